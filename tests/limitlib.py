"""Helpers for the limits tests: configs, clients bound to distinct loopback
addresses, a controllable upstream (fast, held or dropped requests), the
edge's access log and /metrics read back."""
import copy
import hashlib
import json
import re
import time
from pathlib import Path

import requests

from edgekit.client import Background, SourceAdapter, client  # noqa: F401
from edgekit.stack import Edge, routed, wait_until
from edgekit.upstream import Upstream  # noqa: F401

ROUTES = {
    "fibonacci": {"methods": ["GET", "HEAD"]},
    "checkins": {"methods": ["GET", "HEAD", "POST"]},
    "health": {"methods": ["GET", "HEAD"]},
    "unknown": {"methods": ["GET"]},
}

def config(limits=None, concurrency=None, routes=None):
    """A complete edge config: `routes` entries are merged into defaults."""
    conf = routed({"version": 1, "routes": copy.deepcopy(ROUTES)})
    if limits is not None:
        conf["limits"] = limits
    if concurrency is not None:
        conf["concurrency"] = concurrency
    for name, fields in (routes or {}).items():
        conf["routes"].setdefault(name, {}).update(fields)
    return conf


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


def start_edge(tmp_path, conf, upstream_port, workers=2, env=None):
    edge = Edge(tmp_path, upstream_port, config=conf, workers=workers,
                env=env)
    return edge.start()


def metrics(edge):
    text = requests.get(f"http://127.0.0.1:{edge.status_port}/metrics",
                        timeout=5).text
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, value = line.rsplit(" ", 1)
            out[key] = float(value)
    return out


def counter(edge, limit, outcome, kind="rate"):
    return metrics(edge).get(
        f'edge_limit_decisions_total{{kind="{kind}",limit="{limit}",'
        f'outcome="{outcome}"}}', 0)


def wait_counter(edge, limit, outcome, expected, kind="rate", at_least=False):
    """Counters reach the shared dict within edge.metrics.FLUSH (1 s)."""
    def reached():
        n = counter(edge, limit, outcome, kind)
        return n >= expected if at_least else n == expected
    wait_until(reached, 10, what=f"{limit}/{outcome} to count {expected}")
    return counter(edge, limit, outcome, kind)


def wait_metric(edge, key, at_least):
    wait_until(lambda: metrics(edge).get(key, 0) >= at_least, 10,
               what=f"{key} >= {at_least}")
    return metrics(edge)[key]


def in_flight(edge, limit):
    """{worker id: requests in flight} for a concurrency limit."""
    out = {}
    for key, value in metrics(edge).items():
        m = re.match(r'edge_concurrency_in_flight\{limit="([^"]+)",'
                     r'worker="(\d+)"\}', key)
        if m and m.group(1) == limit:
            out[int(m.group(2))] = int(value)
    return out


def worker_pids(edge):
    out = {}
    for key, value in metrics(edge).items():
        m = re.match(r'edge_worker_pid\{worker="(\d+)"\}', key)
        if m:
            out[int(m.group(1))] = int(value)
    return out


def access_log(edge, request_id, timeout=5):
    """The access log entry of a request (the log is buffered: waits)."""
    def find():
        if not Path(edge.access_log).exists():
            return None
        for line in Path(edge.access_log).read_text().splitlines():
            entry = json.loads(line)
            if entry["request_id"] == request_id:
                return entry
        return None
    return wait_until(find, timeout, what=f"access log of {request_id}")


def statuses(session, url, n, **kw):
    return [session.get(url, timeout=10, **kw).status_code for _ in range(n)]


def rate_headers(resp):
    return {k: v for k, v in resp.headers.items()
            if k.lower() in ("ratelimit", "ratelimit-policy", "retry-after")}


def now():
    return time.monotonic()
