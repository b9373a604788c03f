"""`make bench` section "limits": what the limiters cost and how exact they
are, on loopback with wrk, in front of benchlib.TrivialUpstream.

- Accuracy: a GCRA limit (rate RATE/s, burst BURST, one key for all) under a
  flood of FLOOD_SECONDS from many connections spread over 2 nginx workers;
  admitted ÷ what the limit allows (burst + rate × the flood's length).
  Goal: within 2 %.
- Throughput: one nginx worker with the limits on (a per-client GCRA limit,
  a per-client and a global concurrency lease, RateLimit headers: every
  request decides, none is refused) ÷ the same edge with the Lua pipeline
  off. Goal: >= 0.9.
- Refusals: how many 429s per second one nginx worker answers when every
  request is over the limit (refusing must be cheap), and that ÷ the
  pipeline-off pass-through rate of the same worker.
Variants alternate (A B A B ...); medians are reported.

Run alone: .venv/bin/python loadtests/bench.py --runs 5 limits
"""
import re
import tempfile
from pathlib import Path

import requests

from benchlib import Edge, TrivialUpstream, alternate, median, wrk

CONNECTIONS = 32
RATE, BURST = 500, 50
FLOOD_SECONDS = 10
METHODS = ["GET", "HEAD"]


def routes(limits=(), concurrency=()):
    return {name: {"methods": METHODS, "limits": list(limits),
                   "concurrency": list(concurrency)}
            for name in ("fibonacci", "checkins", "health", "unknown")}


def accuracy_config():
    return {"version": 1,
            "limits": {"rules": {"flood": {"rate": RATE, "burst": BURST,
                                           "key": []}}},
            "routes": routes(limits=["flood"])}


def limits_on_config():
    """Every request is decided by three limits, none refuses."""
    return {"version": 1,
            "limits": {"rules": {"per_client": {"rate": 100000,
                                                "burst": 100000,
                                                "key": ["ip"]}}},
            "concurrency": {"rules": {
                "per_client": {"key": ["ip"], "max": 10000},
                "core": {"key": [], "max": 10000}}},
            "routes": routes(limits=["per_client"],
                             concurrency=["per_client", "core"])}


def refuse_all_config():
    return {"version": 1,
            "limits": {"rules": {"none": {"rate": 0.0001, "burst": 1,
                                          "key": ["ip"]}}},
            "routes": routes(limits=["none"])}


def allowed_counter(edge, limit):
    text = requests.get(f"http://127.0.0.1:{edge.status_port}/metrics",
                        timeout=5).text
    m = re.search(r'edge_limit_decisions_total\{kind="rate",limit="'
                  + limit + r'",outcome="allowed"\} (\S+)', text)
    return float(m.group(1)) if m else 0.0


def accuracy(args, tmp):
    url = "/api/fibonacci?count=10"
    ratios, rps, counted = [], [], []
    with TrivialUpstream(tmp / "up-acc") as up:
        for i in range(max(1, min(args.runs, 3))):
            # a fresh edge per run: the bucket starts full
            with Edge(tmp / f"acc-{i}", up.port, config=accuracy_config(),
                      workers=2) as edge:
                r = wrk(edge.url + url, seconds=FLOOD_SECONDS,
                        connections=CONNECTIONS, threads=2)
                admitted = r["status"].get(200, 0)
                # wrk's duration is the run's (requests in flight at the
                # end are a handful at most)
                allowed = BURST + RATE * FLOOD_SECONDS
                ratios.append(admitted / allowed)
                rps.append(r["rps"])
                counted.append(allowed_counter(edge, "flood"))
    ratio = median(ratios)
    return ("limits: accuracy, admitted ÷ allowed (GCRA "
            f"{RATE}/s burst {BURST}, {FLOOD_SECONDS} s flood, "
            f"{CONNECTIONS} conns, 2 workers)",
            f"{ratio:.4f} (runs: {', '.join(f'{x:.4f}' for x in ratios)};"
            f" flood {median(rps):,.0f} req/s; edge counted "
            f"{', '.join(f'{x:.0f}' for x in counted)} of "
            f"{BURST + RATE * FLOOD_SECONDS})",
            "within 2% (0.98..1.02)")


def throughput(args, tmp):
    url = "/api/fibonacci?count=10"
    with TrivialUpstream(tmp / "up-tp") as up, \
            Edge(tmp / "tp-on", up.port, config=limits_on_config(),
                 workers=1) as on, \
            Edge(tmp / "tp-off", up.port, config=limits_on_config(),
                 workers=1, pipeline="off") as off:
        for edge in (on, off):
            wrk(edge.url + url, seconds=1, connections=CONNECTIONS)
        res = alternate(
            args.runs,
            on=lambda: wrk(on.url + url, seconds=args.seconds,
                           connections=CONNECTIONS),
            off=lambda: wrk(off.url + url, seconds=args.seconds,
                            connections=CONNECTIONS))
    ok_on = [r["status"].get(200, 0) / r["seconds"] for r in res["on"]]
    ok_off = [r["status"].get(200, 0) / r["seconds"] for r in res["off"]]
    a, b = median(ok_on), median(ok_off)
    return ("limits: throughput, limits on ÷ pipeline off (1 worker, "
            "3 limits decided per request, headers on)",
            f"{a / b:.2f} ({a:,.0f} vs {b:,.0f} req/s; runs on "
            f"{', '.join(f'{x:,.0f}' for x in ok_on)} / off "
            f"{', '.join(f'{x:,.0f}' for x in ok_off)})",
            ">= 0.90")


def refusals(args, tmp):
    url = "/api/fibonacci?count=10"
    with TrivialUpstream(tmp / "up-rej") as up, \
            Edge(tmp / "rej", up.port, config=refuse_all_config(),
                 workers=1) as rej, \
            Edge(tmp / "rej-off", up.port, config=refuse_all_config(),
                 workers=1, pipeline="off") as off:
        for edge in (rej, off):
            wrk(edge.url + url, seconds=1, connections=CONNECTIONS)
        res = alternate(
            args.runs,
            rej=lambda: wrk(rej.url + url, seconds=args.seconds,
                            connections=CONNECTIONS),
            off=lambda: wrk(off.url + url, seconds=args.seconds,
                            connections=CONNECTIONS))
    refused = median([r["status"].get(429, 0) / r["seconds"]
                      for r in res["rej"]])
    passed = median([r["status"].get(200, 0) / r["seconds"]
                     for r in res["off"]])
    p99 = median([r["p99_ms"] for r in res["rej"]])
    return ("limits: refusals answered per second (1 worker, every "
            "request over the limit)",
            f"{refused:,.0f} 429/s (p99 {p99:.1f} ms; "
            f"{refused / passed:.2f} × the pipeline-off pass-through "
            f"{passed:,.0f} req/s)",
            "cheap: at least the pass-through rate")


def run(args):
    with tempfile.TemporaryDirectory(prefix="bench-limits-") as tmp:
        tmp = Path(tmp)
        return [accuracy(args, tmp), throughput(args, tmp),
                refusals(args, tmp)]
