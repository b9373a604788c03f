"""`make bench` section "edge": what the edge itself costs.

- Edge overhead: the same edge (openresty/edge.sh, one nginx worker) with
  its Lua pipeline on and off, in front of benchlib.TrivialUpstream (far
  faster than the edge), wrk on loopback; the ratio of 2xx answers/s.
  The pipeline-on edge runs the routes of openresty/edge.json with no rate
  or concurrency limits and WAF detection off (limits and WAF have their
  own sections): the cost of the plumbing, the Lua entry points and the
  JSON access log.
- Compute core through the edge ÷ straight to gunicorn: the real stack
  (tests/stack.Stack) with the repo's openresty/edge.json as it is (limits,
  WAF, concurrency caps; wrk's 127.0.0.1 is what the config says of it),
  wrk against the edge's /api/fibonacci?count=N and against the compute
  core's own port; the ratio of 2xx answers/s (refusals do not count).

Variants alternate (A B A B ...) and the medians are reported.
"""
import tempfile
from pathlib import Path

from benchlib import (Edge, Stack, TrivialUpstream, alternate, median,
                      wrk)
from edgekit.stack import load_edge_config

CORE_COUNT = 100          # /api/fibonacci?count=100: a small, typical call
EDGE_CONNECTIONS = 32
CORE_CONNECTIONS = 8 
OVERHEAD_GOAL = 0.90      # the bar issue 3 sets for limits on vs off


def plain_config():
    """openresty/edge.json reduced to its routes: no limits, and WAF
    detection off when the config has a WAF section."""
    conf = load_edge_config()
    plain = {"version": conf["version"],
             "routes": {name: {"methods": route["methods"]}
                        for name, route in conf["routes"].items()
                        if "methods" in route}}
    if "waf" in conf:
        plain["waf"] = {"mode": "off"}
    return plain


def goodput(result):
    """2xx answers per second of one wrk run."""
    ok = sum(n for status, n in result["status"].items()
             if 200 <= status < 300)
    return ok / result["seconds"]


def _ratio_row(figure, a_name, b_name, results, goal, unit="req/s"):
    a = median([goodput(r) for r in results[a_name]])
    b = median([goodput(r) for r in results[b_name]])
    ratio = a / b if b else 0.0
    p99_a = median([r["p99_ms"] for r in results[a_name]])
    p99_b = median([r["p99_ms"] for r in results[b_name]])
    refused = sum(n for r in results[a_name] + results[b_name]
                  for status, n in r["status"].items()
                  if not 200 <= status < 300)
    measured = (f"{ratio:.2f} ({a:,.0f} vs {b:,.0f} {unit}; "
                f"p99 {p99_a:.1f} vs {p99_b:.1f} ms"
                + (f"; {refused} non-2xx" if refused else "") + ")")
    return (figure, measured, goal)


def edge_overhead(args, tmp):
    config = plain_config()
    with TrivialUpstream(tmp / "upstream") as upstream, \
            Edge(tmp / "edge-on", upstream.port, config=config,
                 pipeline="on") as on, \
            Edge(tmp / "edge-off", upstream.port, config=config,
                 pipeline="off") as off:
        url = "/api/fibonacci?count=10"
        for edge in (on, off):  # warm up
            wrk(edge.url + url, seconds=1, connections=EDGE_CONNECTIONS)
        results = alternate(
            args.runs,
            on=lambda: wrk(on.url + url, seconds=args.seconds,
                           connections=EDGE_CONNECTIONS),
            off=lambda: wrk(off.url + url, seconds=args.seconds,
                            connections=EDGE_CONNECTIONS))
    return _ratio_row("edge: Lua pipeline on (no limits, WAF detection "
                      "off) ÷ off, trivial upstream, 1 nginx worker",
                      "on", "off", results, f">= {OVERHEAD_GOAL:.2f}")


def core_through_edge(args, tmp):
    stack = Stack(tmp / "stack").start()
    try:
        path = f"/api/fibonacci?count={CORE_COUNT}"
        edge_url = stack.url + path
        direct_url = stack.service_url("compute") + path
        for url in (edge_url, direct_url):  # warm up
            wrk(url, seconds=1, connections=CORE_CONNECTIONS)
        results = alternate(
            args.runs,
            edge=lambda: wrk(edge_url, seconds=args.seconds,
                             connections=CORE_CONNECTIONS),
            direct=lambda: wrk(direct_url, seconds=args.seconds,
                               connections=CORE_CONNECTIONS))
    finally:
        stack.stop()
    return _ratio_row(f"compute core via the edge (edge.json as is) ÷ "
                      f"straight to gunicorn, count={CORE_COUNT}, "
                      f"{CORE_CONNECTIONS} conns, 2 workers", "edge",
                      "direct", results,
                      "close to 1 (the edge is not the bottleneck)")


def run(args):
    with tempfile.TemporaryDirectory(prefix="bench-core-") as tmp:
        tmp = Path(tmp)
        return [edge_overhead(args, tmp), core_through_edge(args, tmp)]
