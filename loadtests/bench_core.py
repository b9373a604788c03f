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
  core's own TCP port (the edge reaches it on its Unix socket, as the
  shipped stack does); the ratio of 2xx answers/s (refusals do not count).

Variants alternate (A B A B ...) and the medians are reported.
"""
import tempfile
from pathlib import Path

from benchlib import (Edge, Stack, TrivialUpstream, alternate, median,
                      wrk)
from edgekit.stack import load_edge_config, routed

CORE_COUNT = 100          # /api/fibonacci?count=100: a small, typical call
EDGE_CONNECTIONS = 32
CORE_CONNECTIONS = 8
OVERHEAD_GOAL = 0.90      # the bar issue 3 sets for limits on vs off
SHARE_GOAL = 0.90         # issue 13: the edge's share of the core


def plain_config():
    """openresty/edge.json reduced to its routes: no limits, and WAF
    detection off when the config has a WAF section."""
    conf = load_edge_config()
    plain = routed({"version": conf["version"],
                    "routes": {name: {"methods": route["methods"]}
                               for name, route in conf["routes"].items()
                               if "methods" in route}})
    if "waf" in conf:
        plain["waf"] = {"mode": "off"}
    return plain


def without_concurrency():
    """openresty/edge.json as is but for its routes' concurrency rules
    (per-client caps and the compute core's adaptive limit): what those
    cost a request is the difference."""
    conf = load_edge_config()
    for route in conf["routes"].values():
        route.pop("concurrency", None)
    return conf


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


def metered(stack, url, seconds):
    """One wrk run against `url`, with the CPU the stack's nginx and
    gunicorn spent on it per answer (microseconds)."""
    before = stack.cpu_seconds()
    result = wrk(url, seconds=seconds, connections=CORE_CONNECTIONS)
    after = stack.cpu_seconds()
    n = max(result["requests"], 1)
    result["cpu_us"] = {k: (after[k] - before[k]) / n * 1e6 for k in after}
    return result


def core_through_edge(args, tmp):
    """The compute core through the edge ÷ straight to gunicorn, and its
    parts: the same edge with its Lua pipeline off (what the proxy hop
    itself costs: nginx's work and one connection per request, since sync
    workers close after each answer; on the Circus Unix socket, see
    circus.ini) and the shipped edge with
    one nginx worker instead of two (the worker count beside the gunicorn
    workers), and the shipped edge over the core's TCP port instead of
    its Unix socket (the hop as it was), and the shipped edge without its
    concurrency rules (what the adaptive limit costs); per variant the CPU its nginx workers and the gunicorn
    workers spent per answer."""
    path = f"/api/fibonacci?count={CORE_COUNT}"
    stacks = {}
    try:
        stacks["edge"] = Stack(tmp / "stack").start()
        stacks["hop"] = Stack(tmp / "stack-off", pipeline="off").start()
        stacks["edge1"] = Stack(tmp / "stack-1", edge_workers=1).start()
        stacks["noconc"] = Stack(tmp / "stack-noconc",
                                 config=without_concurrency()).start()
        # the shipped edge as it was before the Unix sockets: the core
        # reached over its loopback TCP port (a connection per request)
        tcp = Stack(tmp / "stack-tcp")
        tcp.env["COMPUTE_ADDRESS"] = f"127.0.0.1:{tcp.compute_port}"
        stacks["tcp"] = tcp.start()
        shipped = stacks["edge"]
        variants = {name: (lambda s=s: metered(s, s.url + path,
                                               args.seconds))
                    for name, s in stacks.items()}
        variants["direct"] = lambda: metered(
            shipped, shipped.service_url("compute") + path, args.seconds)
        for fn in variants.values():  # warm up
            fn()
        results = alternate(args.runs, **variants)
    finally:
        for stack in stacks.values():
            stack.stop()
    rows = []
    direct = median([goodput(r) for r in results["direct"]])
    cpu = {name: {k: median([r["cpu_us"][k] for r in rs])
                  for k in ("edge", "service")}
           for name, rs in results.items()}
    names = {"edge": "the shipped edge (edge.json as is, 2 nginx workers)",
             "hop": "the same edge with its Lua pipeline off (the proxy "
                    "hop alone)",
             "edge1": "the shipped edge with 1 nginx worker",
             "noconc": "the shipped edge without its concurrency rules "
                       "(the adaptive limit and per-client caps)",
             "tcp": "the shipped edge reaching the core over loopback TCP "
                    "instead of its Unix socket"}
    for name, label in names.items():
        figure, measured, _ = _ratio_row(
            f"compute core through {label} ÷ straight to gunicorn, "
            f"count={CORE_COUNT}, {CORE_CONNECTIONS} conns, 2 workers",
            name, "direct", results, "")
        measured = (f"{measured}; CPU per answer: nginx "
                    f"{cpu[name]['edge']:.0f} us, gunicorn "
                    f"{cpu[name]['service']:.0f} us (straight: "
                    f"{cpu['direct']['service']:.0f} us)")
        goal = (f">= {SHARE_GOAL:.2f} (the edge's share of the core)"
                if name == "edge" else "a part of the figure above")
        rows.append((figure, measured, goal))
    edge = median([goodput(r) for r in results["edge"]])
    hop = median([goodput(r) for r in results["hop"]])
    noconc = median([goodput(r) for r in results["noconc"]])
    if direct and edge and hop and noconc:
        # the shares of the loss: hop, concurrency rules and the rest of
        # the pipeline, as time per answer on the 2 cores (1/rate), so
        # that the parts add up
        lost = 1 / edge - 1 / direct
        hop_part = (1 / hop - 1 / direct) / lost if lost > 0 else 0.0
        conc_part = (1 / edge - 1 / noconc) / lost if lost > 0 else 0.0
        rows.append((
            "where the compute core's loss through the edge goes (time per "
            "answer on the machine's cores)",
            f"proxy hop {hop_part:.0%}, concurrency rules {conc_part:.0%}, "
            f"the rest of the Lua pipeline {1 - hop_part - conc_part:.0%} "
            f"(of {lost * 1e6:.0f} us more per answer than straight)",
            "what would move it: a cheaper pipeline (the hop is a Unix "
            "socket connection per request already)"))
    return rows


def run(args):
    with tempfile.TemporaryDirectory(prefix="bench-core-") as tmp:
        tmp = Path(tmp)
        return [edge_overhead(args, tmp), *core_through_edge(args, tmp)]
