"""Overload scenarios of `make load` (run_load.py --scenarios ramp
slow-service), with an open-loop generator: requests are sent on a
schedule whatever the answers do, as many independent clients would (a
closed-loop generator such as Locust's users slows down with the server
and hides an overload).

  ramp          legitimate clients only, offered load stepping from 0.5x
                to 10x the compute core's capacity, through the edge and
                the same ramp straight to gunicorn. Breakwater's
                criterion: goodput stays >= 0.9 of capacity at every step
                (of the offered load below capacity) and the p99 of what
                is served stays bounded.
  slow-service  a steady load at half the core's capacity; mid-run the
                service's latency rises 5x (APP_STALL_FILE, app/__init__);
                the edge's adaptive limit must fall within seconds, shed
                (fast 503) instead of queueing, and recover after.

Every request is one cheap-to-send, moderately costly call
(/api/fibonacci/<n>, n chosen so that one takes ~RAMP_TARGET_MS at
gunicorn); clients are distinct loopback addresses (127.60.x.y), each at
CLIENT_RATE requests/s, so per-client limits and cost budgets never bind:
what sheds is the concurrency limit. Every request has a deadline
(TIMEOUT); the generator keeps at most MAX_PENDING in flight (more count as
not sent, "overflow").
"""
import asyncio
import json
import math
import os
import time
from pathlib import Path

import psutil
import requests
import uvloop

from app.openapi import document, parameter

# The generator's event loop: uvloop (libuv) takes about a quarter less CPU
# than asyncio's own loop for the same schedule (0.15 against 0.20 of a
# core at 10x, 2026-12-02), CPU that on this 2-core machine is taken from
# the service being measured.
run_loop = uvloop.run

TIMEOUT = 5.0
MAX_PENDING = 3000
CLIENT_RATE = 0.25          # requests/s per client address
RAMP = (0.5, 1, 2, 4, 7, 10)
RAMP_TARGET_MS = 20


def source(i):
    return f"127.60.{i // 250}.{i % 250 + 1}"


async def read_answer(reader):
    """(status, keep): one HTTP/1.1 answer read whole (Content-Length,
    chunked, or until the peer closes); keep: the connection may carry
    another."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, keep, chunked = None, True, False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "connection" and value == "close":
            keep = False
        elif name == "transfer-encoding" and value == "chunked":
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                return status, keep
    if length is None:
        await reader.read()
        return status, False
    await reader.readexactly(length)
    return status, keep


async def one(host, port, path, src, timeout, idle):
    """(status, seconds): status 0 for a timeout or a failed connection.
    Like a real API client, each client address keeps its connection open
    between requests (`idle`: src -> idle connections) when the server
    allows it: the compute core's sync workers close after each answer,
    the edge keeps connections alive."""
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    pool = idle.setdefault(src, [])
    conn = pool.pop() if pool else None
    keep = False
    try:
        async with asyncio.timeout(timeout):
            for attempt in (0, 1):
                fresh = conn is None
                if fresh:
                    conn = await asyncio.open_connection(
                        host, port, local_addr=(src, 0))
                reader, writer = conn
                try:
                    writer.write(f"GET {path} HTTP/1.1\r\nHost: load\r\n"
                                 "\r\n".encode())
                    status, keep = await read_answer(reader)
                    break
                except (asyncio.IncompleteReadError, ConnectionError):
                    # a kept connection the server had closed meanwhile:
                    # once more on a new one
                    writer.close()
                    conn = None
                    if fresh or attempt:
                        raise
    except (TimeoutError, OSError, ValueError, IndexError,
            asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        status = 0
    if conn is not None:
        if keep and status:
            pool.append(conn)
        else:
            conn[1].close()
    return status, loop.time() - t0


async def drive(url, path_of, steps, on_second=None, on_step=None):
    """Open loop over `steps` [(rate, seconds)]: returns per step a list of
    (send time, status, latency); status -1 = not sent (overflow).
    on_step(i) is called as step i starts and (i = len(steps)) after the
    last one's sending."""
    host, port = url.split("//", 1)[1].split(":")
    port = int(port)
    loop = asyncio.get_running_loop()
    pending = set()
    idle = {}
    out = []
    t_start = loop.time()
    next_tick = t_start + 1
    for i, (rate, seconds) in enumerate(steps):
        if on_step:
            on_step(i)
        rows = []
        out.append(rows)
        clients = max(1, math.ceil(rate / CLIENT_RATE))
        start = loop.time()
        for k in range(int(rate * seconds)):
            delay = start + k / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            now = loop.time()
            if on_second and now >= next_tick:
                next_tick += 1
                on_second(now - t_start)
            if len(pending) >= MAX_PENDING:
                rows.append((now - t_start, -1, 0.0))
                continue
            sent = now - t_start

            async def run(sent=sent, src=source(k % clients), rows=rows):
                status, latency = await one(host, port, path_of(k), src,
                                            TIMEOUT, idle)
                rows.append((sent, status, latency))
            task = asyncio.ensure_future(run())
            pending.add(task)
            task.add_done_callback(pending.discard)
    if on_step:
        on_step(len(steps))
    while pending:
        if on_second and loop.time() >= next_tick:
            next_tick += 1
            on_second(loop.time() - t_start)
        await asyncio.wait(pending, timeout=0.5)
    for conns in idle.values():
        for _, writer in conns:
            writer.close()
    return out


def p99(values):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, math.ceil(0.99 * len(values)) - 1)]


def figures(rows, seconds):
    ok = [lat for _, s, lat in rows if 200 <= s < 300]
    statuses = {}
    for _, s, _ in rows:
        statuses[str(s)] = statuses.get(str(s), 0) + 1
    return {"sent": len(rows), "goodput": len(ok) / seconds,
            "p99_ms": round(p99(ok) * 1000, 1) if ok else None,
            "p50_ms": round(sorted(ok)[len(ok) // 2] * 1000, 1) if ok
            else None,
            "status": statuses}


def saturated_rate(service_url, path, workers, seconds=3.0):
    """(requests/s, client cores): what the core serves straight from
    gunicorn with 2 requests per worker always pending (closed loop), its
    capacity for `path`, and the cores this measuring client took meanwhile
    (it shares the machine with the core, as the ramp's generator does)."""
    import concurrent.futures
    deadline = time.monotonic() + seconds
    url = service_url + path

    def loop():
        done = 0
        with requests.Session() as s:
            while time.monotonic() < deadline:
                s.get(url, timeout=30).raise_for_status()
                done += 1
        return done
    t0, c0, s0 = time.monotonic(), own_cpu(), stolen()
    with concurrent.futures.ThreadPoolExecutor(2 * workers) as pool:
        total = sum(pool.map(lambda _: loop(), range(2 * workers)))
    elapsed = time.monotonic() - t0
    return (total / elapsed, (own_cpu() - c0) / elapsed,
            (stolen() - s0) / elapsed)


def stolen():
    """CPU seconds so far that the hypervisor ran elsewhere while this
    virtual machine wanted them (steal time, all cores): on a shared host
    it varies from minute to minute, and what it takes is taken from every
    process here."""
    return getattr(psutil.cpu_times(), "steal", 0.0)


def own_cpu():
    t = psutil.Process().cpu_times()
    return t.user + t.system


def pick_n(service_url, workers):
    """n whose F(n) takes about RAMP_TARGET_MS in the service's handler,
    that median time, the core's capacity for it (requests/s, measured
    saturated: serial requests understate it by the client's and the hop's
    share), the cores the measuring client took and the cores the host
    stole meanwhile (saturated_rate)."""
    def median_time(n, k=5):
        # the handler's own time (Server-Timing), not the round trip: on a
        # busy machine the hop's share varies, and the slow-service switch
        # multiplies the handler's time
        times = []
        with requests.Session() as s:
            s.get(f"{service_url}/api/fibonacci/{n}", timeout=30)
            for _ in range(k):
                t = time.perf_counter()
                r = s.get(f"{service_url}/api/fibonacci/{n}", timeout=30)
                r.raise_for_status()
                own = r.headers.get("Server-Timing", "").split("dur=")
                times.append(float(own[1]) / 1000 if len(own) == 2
                             else time.perf_counter() - t)
        return sorted(times)[k // 2]
    max_n = parameter(document("compute"), "/api/fibonacci/{n}", "get",
                      "n")["schema"]["maximum"]
    n = 100000
    t = median_time(n)
    for _ in range(6):
        if abs(t * 1000 - RAMP_TARGET_MS) < RAMP_TARGET_MS * 0.3:
            break
        # F(n)'s cost grows a little faster than n
        n = max(1000, min(max_n, int(n * (RAMP_TARGET_MS / 1000 / t)
                                       ** 0.8)))
        t = median_time(n)
    return (n, t) + saturated_rate(service_url, f"/api/fibonacci/{n}",
                                   workers)


def cpu_split(stack):
    """CPU seconds so far of the edge (nginx workers), the service
    (gunicorn) and this generator."""
    out = stack.cpu_seconds()
    out["generator"] = own_cpu()
    out["stolen"] = stolen()
    return out


def ramp(stack, workers, step_seconds, out_dir):
    """The ramp through the edge, then straight to gunicorn."""
    n, t, capacity, client, steal = pick_n(stack.service_url("compute"),
                                           workers)
    path = f"/api/fibonacci/{n}"
    steps = [(f * capacity, step_seconds) for f in RAMP]
    result = {"n": n, "service_ms": round(t * 1000, 2),
              "capacity": round(capacity, 1),
              "capacity_client_cores": round(client, 3),
              "capacity_stolen_cores": round(steal, 3),
              "machine_cores": len(os.sched_getaffinity(0)),
              "steps": list(RAMP), "step_seconds": step_seconds}
    for mode, url in (("edge", stack.url),
                      ("direct", stack.service_url("compute"))):
        print(f"ramp {mode}: F({n}) {t * 1000:.1f} ms, capacity "
              f"{capacity:.0f}/s, steps x{RAMP}", flush=True)
        marks = []
        rows = run_loop(drive(
            url, lambda k: path, steps,
            on_step=lambda i: marks.append((time.monotonic(),
                                            cpu_split(stack)))))
        result[mode] = [figures(r, step_seconds) for r in rows]
        # cores each part used while a step was being sent (the answers
        # of a step's last requests land in the next one's)
        for f, (t0, a), (t1, b) in zip(result[mode], marks, marks[1:]):
            f["cores"] = {k: round((b[k] - a[k]) / (t1 - t0), 2) for k in a}
        drain(stack)
    (out_dir / "ramp.json").write_text(json.dumps(result, indent=2),
                                       encoding="utf-8")
    return result


def drain(stack, timeout=60):
    """Wait until the core answers a cheap request quickly again."""
    url = stack.service_url("compute") + "/api/fibonacci?count=1"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        t = time.perf_counter()
        try:
            requests.get(url, timeout=10)
            if time.perf_counter() - t < 0.05:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)


def edge_limit(stack):
    try:
        text = requests.get(stack.status_url + "/metrics", timeout=2).text
    except requests.RequestException:
        return None
    for line in text.splitlines():
        if line.startswith('edge_adaptive_limit{limit="compute_core"}'):
            return float(line.rsplit(" ", 1)[1])
    return None


def adaptive_floor(stack):
    """The compute core's adaptive rule's floor (`min`) in the config the
    stack runs (0 when it has none)."""
    try:
        conf = json.loads(Path(stack.config_path).read_text(encoding="utf-8"))
        rule = conf["concurrency"]["rules"]["compute_core"]["adaptive"]
        return float(rule.get("min", 0))
    except (OSError, ValueError, KeyError, TypeError):
        return 0.0


def slow_service(stack, workers, seconds, stall_file, out_dir, factor=5):
    """Half the capacity offered for `seconds`; the middle third 5x
    slower."""
    n, t, capacity, _, _ = pick_n(stack.service_url("compute"), workers)
    path = f"/api/fibonacci/{n}"
    rate = 0.5 * capacity
    limits = []
    third = seconds / 3
    state = {"switched": False, "restored": False}

    def on_second(at):
        limits.append((round(at, 1), edge_limit(stack)))
        if at >= third and not state["switched"]:
            Path(stall_file).write_text(str(factor), encoding="ascii")
            state["switched"] = True
            state["on"] = at
        if at >= 2 * third and not state["restored"]:
            Path(stall_file).unlink(missing_ok=True)
            state["restored"] = True
            state["off"] = at

    print(f"slow-service: F({n}) {t * 1000:.1f} ms, {rate:.0f}/s offered "
          f"(half the capacity), {factor}x slower from {third:.0f} s to "
          f"{2 * third:.0f} s", flush=True)
    try:
        rows = run_loop(drive(stack.url, lambda k: path,
                                 [(rate, seconds)], on_second))[0]
    finally:
        Path(stall_file).unlink(missing_ok=True)
    per_second = []
    for sec in range(int(seconds)):
        r = [x for x in rows if sec <= x[0] < sec + 1]
        f = figures(r, 1)
        f["t"] = sec
        per_second.append(f)
    phases = {}
    for name, lo, hi in (("before", 0, third), ("slow", third, 2 * third),
                         ("after", 2 * third + 3, seconds)):
        phases[name] = figures([x for x in rows if lo <= x[0] < hi],
                               hi - lo)
    result = {"n": n, "service_ms": round(t * 1000, 2),
              "capacity": round(capacity, 1), "rate": round(rate, 1),
              "factor": factor, "switch_on": state.get("on"),
              "switch_off": state.get("off"), "limits": limits,
              "per_second": per_second, "phases": phases}
    before = [v for at, v in limits if v is not None and at < third]
    during = [(at, v) for at, v in limits
              if v is not None and third <= at < 2 * third]
    high = max(before) if before else None
    # lowered to half of where it was, or to the rule's floor when half
    # is under it (a limit of 3 cannot go to 1.5 with a floor of 2)
    floor = adaptive_floor(stack)
    fell = None
    if high is not None:
        for at, v in during:
            if v <= max(high / 2, floor):
                fell = round(at - state["on"], 1)
                break
    result["limit_before"] = high
    result["limit_floor"] = floor
    result["limit_min_slow"] = min((v for _, v in during), default=None)
    result["limit_fell_in_s"] = fell
    (out_dir / "slow-service.json").write_text(json.dumps(result, indent=2),
                                               encoding="utf-8")
    drain(stack)
    return result


def generator_capacity(ramp_result, step, steal=True):
    """The core's capacity at a ramp step with the load generator's CPU set
    apart (what the issue asks of the abuse scenarios: the edge's own CPU
    counts, the generator's does not, since real clients run elsewhere),
    and the CPU the host stole (steal time: a shared host's other guests,
    not the edge; it moves from minute to minute, so a capacity measured
    at the start is not the one a step had). On this machine the
    generator takes a share of the cores the service runs on: the capacity
    measured beside a client that took c0 cores while the host stole s0
    is scaled to the cores the generator and the host left at that step.
    The edge's CPU stays in: it is what the step measures. steal=False:
    the generator's share only."""
    cores = ramp_result.get("machine_cores")
    c0 = ramp_result.get("capacity_client_cores")
    gen = step.get("cores", {}).get("generator")
    cap = ramp_result["capacity"]
    if not cores or c0 is None or gen is None:
        return cap
    s0 = ramp_result.get("capacity_stolen_cores") if steal else None
    s = step.get("cores", {}).get("stolen") if steal else None
    if s0 is None or s is None:
        s0 = s = 0.0
    return cap * (cores - gen - s) / (cores - c0 - s0)


def checks(ramp_result, slow_result):
    """[(check, measured, goal, ok)] for the summary's verdict table."""
    out = []
    if ramp_result:
        cap = ramp_result["capacity"]

        def worst_of(mode, capacity_of=lambda s: cap):
            # the worst step's goodput / min(offered, its capacity)
            return min(s["goodput"] / min(capacity_of(s), f * cap)
                       for f, s in zip(ramp_result["steps"],
                                       ramp_result[mode]))
        raw = worst_of("edge")
        worst = worst_of("edge", lambda s: generator_capacity(ramp_result, s))
        no_steal = worst_of("edge", lambda s: generator_capacity(
            ramp_result, s, steal=False))
        out.append(("ramp (edge): worst goodput / min(offered, capacity "
                    "the generator and the host left)", f"{worst:.2f}",
                    ">= 0.9", worst >= 0.9))
        out.append(("ramp (edge): the same with the host's steal time "
                    "counted against the edge", f"{no_steal:.2f}", "shown",
                    True))
        out.append(("ramp (edge): the same against the capacity measured "
                    "alone (the generator's CPU counted against the edge)",
                    f"{raw:.2f}", "shown", True))
        p99s = [s["p99_ms"] or 0 for s in ramp_result["edge"]]
        bound = 1000 + 4 * ramp_result["service_ms"] + 500
        out.append(("ramp (edge): worst p99 ms", f"{max(p99s):.0f}",
                    f"<= {bound:.0f} (the edge's wait 1 s + service)",
                    max(p99s) <= bound))
        dworst = worst_of("direct")
        out.append(("ramp (no edge): worst goodput / min(offered, capacity)",
                    f"{dworst:.2f}", "contrast", True))
    if slow_result:
        fell = slow_result["limit_fell_in_s"]
        out.append(("slow-service: limit halved (or at its floor) after the "
                    "5x switch in",
                    f"{fell} s" if fell is not None else "never",
                    "<= 5 s", fell is not None and fell <= 5))
        after = slow_result["phases"]["after"]
        ratio = after["goodput"] / slow_result["rate"]
        out.append(("slow-service: goodput after recovery / offered",
                    f"{ratio:.2f}", ">= 0.9", ratio >= 0.9))
        slow = slow_result["phases"]["slow"]
        fivexx = sum(v for k, v in slow["status"].items()
                     if k.startswith("5"))
        out.append(("slow-service: shed (503) while slow / p99 served ms",
                    f"{fivexx} / {slow['p99_ms']}", "sheds, bounded p99",
                    True))
    return out


def chart(ramp_result, slow_result, out_png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    cols = (1 if ramp_result else 0) + (1 if slow_result else 0)
    if not cols:
        return
    fig, axes = plt.subplots(2, cols, figsize=(6.5 * cols, 7.5),
                             squeeze=False)
    col = 0
    if ramp_result:
        cap = ramp_result["capacity"]
        x = ramp_result["steps"]
        top, bottom = axes[0][col], axes[1][col]
        for mode, color in (("edge", "#1f5fbf"), ("direct", "#d62728")):
            label = "through the edge" if mode == "edge" else "no edge"
            top.plot(x, [s["goodput"] / cap for s in ramp_result[mode]],
                     "o-", color=color, label=label)
            bottom.plot(x, [s["p99_ms"] or float("nan")
                            for s in ramp_result[mode]], "o-", color=color,
                        label=label)
        top.plot(x, [min(1, f) for f in x], ":", color="grey",
                 label="ideal")
        top.plot(x, [generator_capacity(ramp_result, s) / cap
                     for s in ramp_result["edge"]], "x", color="grey",
                 label="capacity the generator and the host left")
        top.axhline(0.9, color="grey", lw=0.8, ls="--")
        top.set_title(f"ramp: F({ramp_result['n']}), capacity "
                      f"{cap:.0f}/s")
        top.set_ylabel("goodput / capacity")
        top.legend()
        bottom.set_yscale("log")
        bottom.set_ylabel("p99 of served, ms")
        bottom.set_xlabel("offered load / capacity")
        col += 1
    if slow_result:
        top, bottom = axes[0][col], axes[1][col]
        ps = slow_result["per_second"]
        t = [p["t"] for p in ps]
        top.plot(t, [p["goodput"] for p in ps], color="#1f5fbf",
                 label="served/s")
        top.plot(t, [p["status"].get("503", 0) for p in ps],
                 color="#f28e2b", label="shed (503)/s")
        top.axhline(slow_result["rate"], color="grey", ls=":",
                    label="offered")
        for key in ("switch_on", "switch_off"):
            if slow_result.get(key):
                top.axvline(slow_result[key], color="black", lw=0.8)
                bottom.axvline(slow_result[key], color="black", lw=0.8)
        top.set_title(f"slow-service: {slow_result['factor']}x slower "
                      "in the middle third")
        top.legend()
        bottom.plot(t, [p["p99_ms"] or float("nan") for p in ps],
                    color="#1f5fbf", label="p99 served, ms")
        bottom.set_yscale("log")
        ax2 = bottom.twinx()
        ax2.plot([a for a, _ in slow_result["limits"]],
                 [v if v is not None else float("nan")
                  for _, v in slow_result["limits"]],
                 color="#2ca02c", label="edge's limit")
        ax2.set_ylabel("adaptive limit (requests in flight)")
        bottom.set_xlabel("seconds")
        bottom.legend(loc="upper left")
        ax2.legend(loc="upper right")
    fig.tight_layout()
    fig.savefig(out_png, dpi=90)
    plt.close(fig)
