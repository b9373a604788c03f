"""`make bench` section "store": the shared (Redis) store of the limits, on
loopback with wrk, Debian's redis-server on a free port, edges in front of
benchlib.TrivialUpstream.

- Accuracy across edges: two edges (2 workers each) share one GCRA limit
  (RATE/s, burst BURST, one key for all) in Redis; a FLOOD_SECONDS flood
  from two wrk processes at once, one per edge; admitted ÷ what the limit
  allows (burst + rate × the longer of the two floods as wrk timed them).
  Goal: 1.00 ± 0.02.
- Throughput: one edge (1 worker), 3 rate rules decided per request (a
  per-client GCRA, a global GCRA, a per-client window; none refuses),
  store redis (over TCP on loopback) ÷ the same rules on the local store.
  Goal: >= 0.5. With the p99 latency each adds and redis-server's CPU
  a request. Beside it, the same rules with the edge on Redis's Unix
  socket (store.redis.socket), and the CPU a request of all the processes
  (nginx, redis-server, upstream, wrk), local ÷ redis: the throughput
  ratio of a machine the bench has to itself, which the req/s ratio
  approaches only when nothing else runs.
- Throughput with every kind of shared state: the same 3 rules, plus a
  per-client concurrency lease and the bans (store.bans), all on Redis
  ÷ all local (the redis variant's round trips per request are what this
  figure follows). Goal: >= 0.5.
- Outage: the redis rules (fail_open) with Redis killed and the circuit
  open ÷ Redis up: what the edge still answers. Goal: >= 0.9.
- Instructions (when valgrind is installed; BENCH_NO_CG=1 skips it):
  user-space instructions per request of one nginx process under
  callgrind, the same four configs (local / redis, 3 rules / all kinds):
  what the edge spends, free of the machine's noise.
Variants alternate (A B A B ...); medians are reported. The machine may
be shared: the ratios are measured side by side, the absolute numbers are
not comparable across days.

Run alone: make bench BENCH_ARGS="--runs 3 store"
"""
import os
import re
import resource
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil
import requests

from benchlib import (Edge, TrivialUpstream, alternate,
                      instructions_per_request, median, wrk)
from edgekit.redis import Redis
from edgekit.stack import routed, wait_until

CONNECTIONS = 32
RATE, BURST = 200, 20
FLOOD_SECONDS = 10
URL = "/api/fibonacci?count=10"
METHODS = ["GET", "HEAD"]
WAF_OFF = {"mode": "off"}


def routes(limits):
    """The demo routes (their paths and services as shipped)."""
    return routed({"routes": {
        name: {"methods": METHODS, "limits": list(limits)}
        for name in ("fibonacci", "checkins", "health", "unknown")}})


def store(redis, **extra):
    """The store section: Redis on its TCP port (or, socket=path, on its
    Unix socket)."""
    return {"edges": 2, "redis": {"port": redis.port,
                                  "connect_timeout_ms": 100,
                                  "read_timeout_ms": 200,
                                  "breaker_open_ms": 2000, **extra}}


def accuracy_config(redis):
    return {"version": 1, "waf": WAF_OFF, "store": store(redis),
            "limits": {"rules": {"flood": {"rate": RATE, "burst": BURST,
                                           "key": [], "store": "redis"}}},
            **routes(["flood"])}


def three_rules_config(redis, where, socket=None):
    """Every request is decided by three rate rules, none refuses."""
    big = {"store": where}
    if where == "redis":
        big["on_store_error"] = "fail_open"
    extra = {"socket": str(socket)} if socket else {}
    return {"version": 1, "waf": WAF_OFF, "store": store(redis, **extra),
            "limits": {"rules": {
                "per_client": {"rate": 100000, "burst": 100000,
                               "key": ["ip"], **big},
                "everyone": {"rate": 100000, "burst": 1000000, "key": [],
                             **big},
                "hourly": {"algorithm": "fixed_window", "limit": 10 ** 9,
                           "window": 3600, "key": ["ip"], **big}}},
            **routes(["per_client", "everyone", "hourly"])}


def full_config(redis, where):
    """The 3 rules, a per-client concurrency lease and the ban check."""
    conf = three_rules_config(redis, where)
    conf["waf"] = {**WAF_OFF, "ban": {"enabled": True}}
    conf["store"]["bans"] = where
    lease = {"key": ["ip"], "max": 10 ** 6, "store": where}
    if where == "redis":
        lease["on_store_error"] = "fail_open"
    conf["concurrency"] = {"rules": {"per_client": lease}}
    for route in conf["routes"].values():
        route["concurrency"] = ["per_client"]
    return conf


def parallel(jobs):
    """Run callables at once in threads; their results in order."""
    out = [None] * len(jobs)

    def run(i, fn):
        out[i] = fn()
    threads = [threading.Thread(target=run, args=(i, fn))
               for i, fn in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def store_errors(edge):
    """Decisions this edge made without Redis (timeouts under load: then
    fail_open admits more than the limit)."""
    text = requests.get(f"http://127.0.0.1:{edge.status_port}/metrics",
                        timeout=5).text
    return sum(float(v) for v in re.findall(
        r"^edge_limit_store_errors_total\{[^}]*\} (\S+)$", text, re.M))


def accuracy(args, tmp):
    ratios, rps, errors = [], [], 0
    with TrivialUpstream(tmp / "up-acc") as up:
        for i in range(max(1, min(args.runs, 3))):
            redis = Redis(tmp / f"redis-acc-{i}").start()
            try:
                conf = accuracy_config(redis)
                with Edge(tmp / f"acc-a{i}", up.port, config=conf,
                          workers=2) as a, \
                        Edge(tmp / f"acc-b{i}", up.port, config=conf,
                             workers=2) as b:
                    res = parallel([
                        lambda e=e: wrk(e.url + URL, seconds=FLOOD_SECONDS,
                                        connections=CONNECTIONS // 2)
                        for e in (a, b)])
                    time.sleep(1.5)  # the workers' counters flushed
                    errors += sum(store_errors(e) for e in (a, b))
            finally:
                redis.stop()
            admitted = sum(r["status"].get(200, 0) for r in res)
            allowed = BURST + RATE * max(r["elapsed"] for r in res)
            ratios.append(admitted / allowed)
            rps.append(sum(r["rps"] for r in res))
    return ("store: accuracy across 2 edges sharing Redis, admitted ÷ "
            f"allowed (GCRA {RATE}/s burst {BURST}, {FLOOD_SECONDS} s "
            "flood split across both)",
            f"{median(ratios):.4f} (runs: "
            f"{', '.join(f'{x:.4f}' for x in ratios)}; flood "
            f"{median(rps):,.0f} req/s; decided without Redis: "
            f"{errors:,.0f})",
            "1.00 ± 0.02")


def cpu_seconds(proc):
    t = proc.cpu_times()
    return t.user + t.system


def all_cpu(edge, upstream, server):
    """User + system seconds of the edge's nginx processes, the upstream's,
    redis-server's and the waited-for children (wrk) so far."""
    total = cpu_seconds(server)
    for top in (edge.proc, upstream.proc):
        p = psutil.Process(top.pid)
        total += sum(cpu_seconds(c) for c in [p, *p.children(True)])
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return total + ru.ru_utime + ru.ru_stime


def ok_rate(r):
    return r["status"].get(200, 0) / r["seconds"]


def throughput(args, tmp):
    with TrivialUpstream(tmp / "up-tp") as up:
        redis = Redis(tmp / "redis-tp", unixsocket=True).start()
        try:
            with Edge(tmp / "tp-local", up.port,
                      config=three_rules_config(redis, "local"),
                      workers=1) as local, \
                    Edge(tmp / "tp-redis", up.port,
                         config=three_rules_config(redis, "redis"),
                         workers=1) as shared, \
                    Edge(tmp / "tp-redis-unix", up.port,
                         config=three_rules_config(redis, "redis",
                                                   redis.unixsocket),
                         workers=1) as shared_unix, \
                    Edge(tmp / "tp-local-full", up.port,
                         config=full_config(redis, "local"),
                         workers=1) as local_full, \
                    Edge(tmp / "tp-redis-full", up.port,
                         config=full_config(redis, "redis"),
                         workers=1) as shared_full:
                edges = {"local": local, "redis": shared,
                         "redis_unix": shared_unix,
                         "local_full": local_full,
                         "redis_full": shared_full}
                for e in edges.values():
                    wrk(e.url + URL, seconds=1, connections=CONNECTIONS)
                server = psutil.Process(redis.proc.pid)

                def run(e):
                    # and the CPU (user + system) per request of
                    # redis-server, and of everything serving it
                    t0 = cpu_seconds(server)
                    a0 = all_cpu(e, up, server)
                    r = wrk(e.url + URL, seconds=args.seconds,
                            connections=CONNECTIONS)
                    n = max(1, r["requests"])
                    r["redis_us"] = (cpu_seconds(server) - t0) / n * 1e6
                    r["all_us"] = (all_cpu(e, up, server) - a0) / n * 1e6
                    return r
                res = alternate(args.runs, **{
                    name: (lambda e=e: run(e)) for name, e in edges.items()})
                # the outage: Redis gone, the circuit open (fail_open)
                up_runs = alternate(args.runs, up=lambda: wrk(
                    shared.url + URL, seconds=args.seconds,
                    connections=CONNECTIONS))["up"]
                redis.kill()

                def opened():
                    # failures open it: ask until they have
                    requests.get(shared.url + URL, timeout=5)
                    return circuit_open(shared)
                wait_until(opened, 10, what="the circuit to open")
                down_runs = alternate(args.runs, down=lambda: wrk(
                    shared.url + URL, seconds=args.seconds,
                    connections=CONNECTIONS))["down"]
        finally:
            redis.stop()
    loc = median([ok_rate(r) for r in res["local"]])
    red = median([ok_rate(r) for r in res["redis"]])
    p99_loc = median([r["p99_ms"] for r in res["local"]])
    p99_red = median([r["p99_ms"] for r in res["redis"]])
    red_u = median([ok_rate(r) for r in res["redis_unix"]])
    cpu = {name: median([r["redis_us"] for r in runs])
           for name, runs in res.items()}
    # what one request costs the whole machine: on 2 cores that the
    # processes fill, the throughput ratio of a quiet machine
    every = {name: median([r["all_us"] for r in runs])
             for name, runs in res.items()}
    p99_red_u = median([r["p99_ms"] for r in res["redis_unix"]])
    loc_f = median([ok_rate(r) for r in res["local_full"]])
    red_f = median([ok_rate(r) for r in res["redis_full"]])
    p99_loc_f = median([r["p99_ms"] for r in res["local_full"]])
    p99_red_f = median([r["p99_ms"] for r in res["redis_full"]])
    up_ = median([ok_rate(r) for r in up_runs])
    down_ = median([r["requests"] / r["elapsed"] for r in down_runs])
    answered_bad = sum(n for r in down_runs for s, n in r["status"].items()
                       if s != 200)
    return [
        ("store: throughput, 3 rules on the redis store (TCP, loopback) ÷ "
         "on the local store (1 worker, none refuses)",
         f"{red / loc:.2f} ({red:,.0f} vs {loc:,.0f} req/s; p99 "
         f"{p99_red:.2f} vs {p99_loc:.2f} ms: +{p99_red - p99_loc:.2f} ms; "
         f"redis-server CPU {cpu['redis']:.1f} µs a request)",
         ">= 0.5"),
        ("store: the same, the edge on Redis's Unix socket "
         "(store.redis.socket) ÷ on the local store",
         f"{red_u / loc:.2f} ({red_u:,.0f} vs {loc:,.0f} req/s; p99 "
         f"{p99_red_u:.2f} ms: +{p99_red_u - p99_loc:.2f} ms; "
         f"redis-server CPU {cpu['redis_unix']:.1f} µs a request)",
         "(TCP's row: the goal)"),
        ("store: CPU a request (nginx, redis-server, upstream, wrk: user + "
         "system), 3 rules local ÷ redis TCP; ÷ redis Unix socket; with a "
         "lease and the ban check, local ÷ redis",
         f"{every['local'] / every['redis']:.2f} ({every['local']:.0f} vs "
         f"{every['redis']:.0f} µs); "
         f"{every['local'] / every['redis_unix']:.2f} "
         f"({every['redis_unix']:.0f} µs); "
         f"{every['local_full'] / every['redis_full']:.2f} "
         f"({every['local_full']:.0f} vs {every['redis_full']:.0f} µs)",
         "less load-bound than req/s (>= 0.5)"),
        ("store: throughput, 3 rules + a lease + the ban check on the "
         "redis store ÷ all on the local store (1 worker)",
         f"{red_f / loc_f:.2f} ({red_f:,.0f} vs {loc_f:,.0f} req/s; p99 "
         f"{p99_red_f:.2f} vs {p99_loc_f:.2f} ms: "
         f"+{p99_red_f - p99_loc_f:.2f} ms; redis-server CPU "
         f"{cpu['redis_full']:.1f} µs a request)",
         ">= 0.5"),
        ("store: answered during a Redis outage (circuit open, fail_open) "
         "÷ Redis up (1 worker)",
         f"{down_ / up_:.2f} ({down_:,.0f} vs {up_:,.0f} req/s; non-200 "
         f"answers in the outage: {answered_bad})",
         ">= 0.9"),
    ]


CG_REQUEST = b"GET /api/fibonacci?count=10 HTTP/1.1\r\nHost: x\r\n\r\n"


def instructions(tmp):
    """Per request: (total after N2 - total after N1) / (N2 - N1)."""
    n1, n2 = 300, 1300
    out = {}
    with TrivialUpstream(tmp / "up-cg") as up:
        redis = Redis(tmp / "redis-cg").start()
        try:
            for name, conf in (
                    ("local3", three_rules_config(redis, "local")),
                    ("redis3", three_rules_config(redis, "redis")),
                    ("local_full", full_config(redis, "local")),
                    ("redis_full", full_config(redis, "redis"))):
                edge = Edge(tmp / f"cg-{name}", up.port, config=conf,
                            workers=1)
                edge.start()
                edge.stop()  # keep its generated prefix; run it under valgrind
                out[name] = instructions_per_request(
                    edge, CG_REQUEST, str(tmp / f"cg-{name}"), n1, n2)
        finally:
            redis.stop()
    return ("store: edge instructions per request (callgrind, 1 process; "
            "3 rules local / redis; + a lease and the ban check local / "
            "redis)",
            f"{out['local3']:,.0f} / {out['redis3']:,.0f}; "
            f"{out['local_full']:,.0f} / {out['redis_full']:,.0f}",
            "lower is better (low noise; LuaJIT traces vary a little)")


def circuit_open(edge):
    text = requests.get(f"http://127.0.0.1:{edge.status_port}/metrics",
                        timeout=5).text
    return re.search(r"^edge_store_circuit_open\{[^}]*\} 1$", text, re.M)


def run(args):
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        tmp = Path(tmp)
        started = time.monotonic()
        rows = [accuracy(args, tmp), *throughput(args, tmp)]
        if shutil.which("valgrind") and not os.environ.get("BENCH_NO_CG"):
            rows.append(instructions(tmp))
        print(f"# store section: {time.monotonic() - started:.0f} s")
        return rows
