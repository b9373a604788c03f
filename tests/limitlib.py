"""Helpers for the limits tests: configs, clients bound to distinct loopback
addresses, a controllable upstream (fast, held or dropped requests), the
edge's access log and /metrics read back."""
import copy
import hashlib
import http.server
import json
import re
import socket
import threading
import time
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter

from stack import Edge, wait_until

ROUTES = {
    "fibonacci": {"methods": ["GET", "HEAD"]},
    "checkins": {"methods": ["GET", "HEAD", "POST"]},
    "health": {"methods": ["GET", "HEAD"]},
    "unknown": {"methods": ["GET"]},
}


def config(limits=None, concurrency=None, routes=None):
    """A complete edge config: `routes` entries are merged into defaults."""
    conf = {"version": 1, "routes": copy.deepcopy(ROUTES)}
    if limits is not None:
        conf["limits"] = limits
    if concurrency is not None:
        conf["concurrency"] = concurrency
    for name, fields in (routes or {}).items():
        conf["routes"].setdefault(name, {}).update(fields)
    return conf


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


class SourceAdapter(HTTPAdapter):
    """Connects from a given local address (127.0.0.2, ...)."""

    def __init__(self, source, **kw):
        self.source = source
        super().__init__(**kw)

    def init_poolmanager(self, *args, **kw):
        kw["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kw)


def client(source="127.0.0.1"):
    s = requests.Session()
    adapter = SourceAdapter(source)
    s.mount("http://", adapter)
    return s


class Upstream:
    """A threaded HTTP server standing in for the services. Requests with
    `hold=1` in the query wait until release() (or the server stops);
    `drop=1` closes the connection without an answer; anything else gets a
    small JSON 200 at once. `active` counts requests being handled."""

    def __init__(self):
        self.active = 0
        self.seen = 0
        self._lock = threading.Lock()
        self._release = threading.Semaphore(0)
        self._stopping = threading.Event()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                with outer._lock:
                    outer.active += 1
                    outer.seen += 1
                try:
                    if "drop=1" in self.path:
                        self.close_connection = True
                        self.connection.shutdown(socket.SHUT_RDWR)
                        return
                    if "hold=1" in self.path:
                        while not outer._stopping.is_set():
                            if outer._release.acquire(timeout=0.05):
                                break
                    body = b'{"ok": true}'
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass
                finally:
                    with outer._lock:
                        outer.active -= 1

            do_HEAD = do_GET

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                      Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever,
                                        daemon=True)

    def release(self, n=1):
        for _ in range(n):
            self._release.release()

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()


class Background:
    """Requests sent from threads (held ones), results collected."""

    def __init__(self):
        self.results = []
        self.threads = []

    def get(self, url, source="127.0.0.1", timeout=30, **kw):
        def run():
            try:
                r = client(source).get(url, timeout=timeout, **kw)
                self.results.append(r.status_code)
            except requests.RequestException as exc:
                self.results.append(type(exc).__name__)

        t = threading.Thread(target=run, daemon=True)
        t.start()
        self.threads.append(t)
        return t

    def join(self, timeout=30):
        for t in self.threads:
            t.join(timeout)


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
