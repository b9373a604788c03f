"""`make load`: the Locust scenarios against the real stack, end to end.

Starts the stack (tests/stack.Stack: Circus, the edge with the repo's
openresty/edge.json, gunicorn) on free loopback ports, measures the compute
core's service times, runs the scenarios with Locust headless, stops the
stack, and writes a summary and a chart:

    clean         the legitimate clients alone: the baseline
    abuse         the same clients plus every abuser, through the edge
    abuse-direct  the same abuse straight to gunicorn, bypassing the edge
    ramp          legit only, open loop, 0.5x -> 10x the core's capacity,
                  through the edge and straight to gunicorn (overload.py)
    slow-service  the service 5x slower mid-run (overload.py)

Results go to loadtests/results/<scenario>/ (Locust's CSV, stats history and
HTML report, summary JSON and log; "locust-*" for the legitimate clients'
Locust process, "abusers-*" for the abusers'); the summary (summary.md) and the
chart (load.png) go to loadtests/results/ and are copied to loadtests/latest/.
The exit code is non-zero when a threshold fails:

  - per run (checked by the locustfile on `quitting`): the legitimate client
    got no unexpected answer (no 4xx, no 5xx) and at least 95% of what it
    asked for; every attack was answered 403; no abuser saw an error;
  - across runs: legit goodput in abuse >= 0.95 x clean, legit p99 in abuse
    <= 2.5 x clean, 0 legit 5xx, every attack 403: in every one of the
    abuse runs (--abuse-runs, 3 by default: "abuse", "abuse#2", "abuse#3",
    against the one clean baseline).

abuse-direct is the contrast and is not held to the thresholds.

Usage:
    python loadtests/run_load.py [--seconds 30] [--scenarios clean abuse ...]
                                 [--abusers Flooder ConnectionHog ...]
                                 [--compute-workers N] [--edge-workers N]
                                 [--processes N | --workers N]
                                 [-- extra locust options]

Distributed Locust: `--processes N` forks N local workers under one master
(Locust's own --processes); `--workers N` starts the master with
--expect-workers N and waits for workers started elsewhere with
  locust --config loadtests/locust.conf --worker --master-host <this host>
(the master forwards the scenario's options to them; the stack must then
listen on a reachable address and the personas cannot bind 127.x sources:
the locustfile turns that off when the target is not on loopback; and
abuse-direct needs the services' ports, which Circus binds to loopback, so
it runs with local workers only).
"""
import argparse
import importlib.metadata
import json
import os
import shlex
import shutil
import statistics
import subprocess  # nosec B404 - runs locust with a fixed argv
import sys
import time
from pathlib import Path

import requests

from app.openapi import document, parameter
from edgekit.stack import VENV, Stack, wait_until

import overload

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

LOCUST = VENV / "bin" / "locust"
CONF = HERE / "locust.conf"
SCENARIOS = ("clean", "abuse", "abuse-direct")
OVERLOAD = ("ramp", "slow-service")
PERSONAS = ("legit", "flooder", "costly", "attacker", "hog")
# locust.conf option -> the persona class it counts.
COUNTS = {"legit-users": "LegitimateClient", "flooders": "Flooder",
          "costly-users": "CostlyAbuser", "attackers": "Attacker",
          "hogs": "ConnectionHog"}
# Goals (issue 5; the p99 goal tightened by issue 13).
MIN_GOODPUT_RATIO = 0.95
MAX_P99_RATIO = 2.5
CGROUP_V2 = Path("/sys/fs/cgroup")
CGROUP_V1 = Path("/sys/fs/cgroup/cpu")


class CpuQuota:
    """A CPU quota for the abusers' load generator, as if it ran on other
    machines: a cgroup of its own (v2 cpu.max, else v1 cpu.cfs_quota_us)
    holding `cores` CPUs' worth of time; where no cgroup can be made (not
    root, no cpu controller), taskset to the last CPU plus nice 10.
    `prefix` is the argv prefix, `how` says what was applied."""

    def __init__(self, cores):
        self.cores, self.path, self.prefix = cores, None, []
        name = f"edge-load-abusers-{os.getpid()}"
        period = 100000
        quota = int(cores * period)
        try:
            if (CGROUP_V2 / "cgroup.controllers").exists() and "cpu" in \
                    (CGROUP_V2 / "cgroup.subtree_control").read_text():
                self.path = CGROUP_V2 / name
                self.path.mkdir()
                (self.path / "cpu.max").write_text(f"{quota} {period}")
            elif (CGROUP_V1 / "cpu.cfs_quota_us").exists():
                self.path = CGROUP_V1 / name
                self.path.mkdir()
                (self.path / "cpu.cfs_period_us").write_text(str(period))
                (self.path / "cpu.cfs_quota_us").write_text(str(quota))
            self.how = f"cgroup CPU quota {cores:g} core ({self.path})"
        except OSError as exc:
            self.close()
            self.path = None
            print(f"no cgroup for the abusers ({exc}): taskset + nice",
                  flush=True)
        if self.path is None:
            last = max(os.sched_getaffinity(0))
            self.prefix = ["taskset", "-c", str(last)]
            self.how = f"taskset CPU {last} + nice 10 (no cgroup)"
        self.prefix = [*self.prefix, "nice", "-n", "10"]

    def add(self, pid):
        """Move a started process (and its future children) in."""
        if self.path is not None:
            (self.path / "cgroup.procs").write_text(str(pid))

    def close(self):
        if self.path is not None and self.path.exists():
            try:
                self.path.rmdir()
            except OSError as exc:
                print(f"warning: cgroup {self.path} left: {exc}", flush=True)


def read_conf(path=CONF):
    """locust.conf as {option: value} (ConfigArgParse's key = value)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" in line:
            key, value = (p.strip() for p in line.split("=", 1))
            out[key] = value
    return out


def option_value(extra, name, default):
    """The last `--name value` / `--name=value` in extra locust args."""
    value = default
    for i, arg in enumerate(extra):
        if arg == f"--{name}" and i + 1 < len(extra):
            value = extra[i + 1]
        elif arg.startswith(f"--{name}="):
            value = arg.split("=", 1)[1]
    return value


# -- the core's capacity ---------------------------------------------------------

# Request kinds the abusers send, by request name, with a path whose cost
# stands for them (out-of-bounds and attacks cost about as little as the
# cheapest request).
KINDS = {
    "max_n": "/api/fibonacci/{max_n}",
    "max_count": "/api/fibonacci?count={max_count}",
    "cheap": "/api/fibonacci?count=1",
}


def kind_of(name):
    if "[max n]" in name:
        return "max_n"
    if "count=[max]" in name:
        return "max_count"
    return "cheap"


def calibrate(stack, settings, samples=5):
    """Median service time (s) of each kind, straight to gunicorn, one at a
    time: the compute core's capacity is workers / service time."""
    base = stack.service_url("compute")
    out = {}
    with requests.Session() as s:
        for kind, path in KINDS.items():
            url = base + path.format(**settings)
            s.get(url, timeout=30)  # warm up
            times = []
            for _ in range(samples):
                t = time.perf_counter()
                s.get(url, timeout=30).raise_for_status()
                times.append(time.perf_counter() - t)
            out[kind] = statistics.median(times)
    return out


def offered(users, workers, abusers):
    """The abuse offered, in multiples of the core's capacity: every
    flooder, costly abuser and hog keeps a request pending all the time, so
    each would keep one worker busy if it were served without queueing;
    the paced attackers add next to nothing. A closed-loop load generator
    cannot offer more than that."""
    return pending(users, abusers) / workers


def pending(users, abusers):
    return sum(users[c] for c in ("Flooder", "CostlyAbuser", "ConnectionHog")
               if c in abusers)


def demand(stats_rows, service_times, workers):
    """What the abusers actually sent, in multiples of the core's capacity:
    the requests per second of each kind x its service time, over the
    workers (the work the core would have had to do to serve them all)."""
    busy = 0.0
    for row in stats_rows:
        persona = row["Name"].split(" ", 1)[0]
        if row["Type"] in ("persona", "served", "") or persona == "legit":
            continue
        if row["Name"] == "Aggregated":
            continue
        busy += float(row["Requests/s"]) * service_times[kind_of(row["Name"])]
    return busy / workers


# -- running a scenario ------------------------------------------------------------

def wait_idle(stack, timeout=60):
    """After a scenario, wait until the core answers a cheap request fast
    (the queues the previous one built are drained)."""
    url = stack.service_url("compute") + "/api/fibonacci?count=1"

    def quick():
        t = time.perf_counter()
        requests.get(url, timeout=10).raise_for_status()
        return time.perf_counter() - t < 0.05

    try:
        wait_until(quick, timeout, interval=0.5, what="the core to be idle")
    except TimeoutError as exc:
        print(f"warning: {exc}", flush=True)


def run_scenario(name, stack, args, extra, out_dir, users, abusers=None,
                 quota=None):
    """One scenario. The legitimate clients run in a Locust process of their
    own, beside the abusers' process (as they would be other machines): in
    one process their latency would include the gevent scheduling of the
    abusers' thousands of requests per second. A distributed run keeps them
    in one Locust (its workers spread the users anyway)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*"):
        old.unlink()
    chosen = args.abusers if abusers is None else abusers
    abusers = []
    if name != "clean":
        abusers = [c for c in COUNTS.values()
                   if c != "LegitimateClient" and c in chosen]
    distributed = []
    if args.processes:
        distributed = ["--processes", str(args.processes)]
    if args.workers:
        distributed = ["--master", "--expect-workers", str(args.workers)]
        print(f"waiting for {args.workers} workers: locust --config "
              f"{CONF.relative_to(ROOT)} --worker --master-host <this host>",
              flush=True)
    if distributed:
        parts = [("locust", ["LegitimateClient", *abusers])]
    else:
        parts = [("locust", ["LegitimateClient"])]
        if abusers:
            parts.append(("abusers", abusers))
    n_users = sum(users[c] for _, classes in parts for c in classes)
    print(f"\n== {name}: {n_users} users, {args.seconds}s ==", flush=True)
    procs = []
    for prefix, classes in parts:
        # The abusers' generator is held to a CPU quota: in a real attack
        # it runs on other machines, here it shares the stack's two cores.
        # It still sends many times the core's capacity (the summary
        # reports how much).
        nice = []
        if prefix == "abusers":
            nice = quota.prefix if quota else ["nice", "-n", "10"]
        cmd = [*nice, str(LOCUST), "--config", str(CONF),
               "-f", str(HERE / "locustfile.py"),
               "--host", stack.url, "-u", str(sum(users[c] for c in classes)),
               "--run-time", f"{args.seconds}s", "--scenario", name,
               "--csv", str(out_dir / prefix), "--csv-full-history",
               "--html", str(out_dir / f"{prefix}-report.html"),
               "--summary-json", str(out_dir / f"{prefix}-summary.json")]
        if name == "abuse-direct":
            cmd += ["--compute-host", stack.service_url("compute"),
                    "--checkins-host", stack.service_url("checkins")]
        if distributed:
            # The master waits only 0.5 s for the workers' final reports
            # after it quits; workers that let users finish their request
            # first (stop-timeout) would report too late and their last
            # seconds would be lost. Stop them at once instead.
            cmd += [*distributed, "--stop-timeout", "0"]
        cmd += [*extra, *classes]
        print("$ " + shlex.join(cmd), flush=True)
        log = open(out_dir / f"{prefix}.log", "w", encoding="utf-8")
        proc = subprocess.Popen(  # nosec B603 - argv
            cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        if prefix == "abusers" and quota:
            quota.add(proc.pid)
        procs.append((prefix, log, proc))
    summary = {"personas": {}, "failed": [], "exit_code": 0,
               "users": n_users}
    for prefix, log, proc in procs:
        try:
            code = proc.wait(
                timeout=args.seconds + 120 + (600 if args.workers else 0))
        finally:
            log.close()
        text = (out_dir / f"{prefix}.log").read_text("utf-8", "replace")
        for line in text.splitlines():
            if "THRESHOLD" in line or "thresholds passed" in line:
                print("  " + line, flush=True)
        summary_path = out_dir / f"{prefix}-summary.json"
        if not summary_path.exists():
            print(text[-3000:], flush=True)
            raise RuntimeError(f"{name}: locust ({prefix}) wrote no summary "
                               f"(exit {code})")
        part = json.loads(summary_path.read_text(encoding="utf-8"))
        summary["personas"].update(part["personas"])
        summary["failed"] += part["failed"]
        summary["exit_code"] = summary["exit_code"] or code
        summary["distributed"] = part.get("distributed", False)
    # where the legitimate clients' tail comes from: p99 by request name
    stats = out_dir / "locust_stats.csv"
    if stats.exists():
        summary["legit_p99_by_request"] = {
            row["Name"][len("legit "):]: row["99%"]
            for row in read_csv(stats)
            if row["Name"].startswith("legit ")
            and row["Type"] not in ("persona", "served")}
    return summary


def read_csv(path):
    import csv
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# -- verdict and report ------------------------------------------------------------

def abuse_keys(runs):
    """The abuse runs against the clean baseline: "abuse", "abuse#2"..."""
    return [n for n in runs if n == "abuse" or n.startswith("abuse#")]


def compare(runs):
    """Cross-scenario checks: [(check, measured, goal, ok)]; each abuse
    check holds in every abuse run (its figures listed run by run)."""
    checks = []
    clean = runs.get("clean", {}).get("personas", {}).get("legit")
    keys = abuse_keys(runs)
    for name in ["clean", *keys]:
        run = runs.get(name)
        if run is not None:
            checks.append((f"{name}: per-run thresholds (locustfile)",
                           "; ".join(run["failed"]) or "passed",
                           "pass", not run["failed"]))
    legit = [runs[k]["personas"].get("legit") for k in keys]
    legit = [x for x in legit if x]
    runs_of = f" ({len(legit)} run{'s' if len(legit) > 1 else ''})"
    if clean and legit:
        ratios = [a["ok_rps"] / clean["ok_rps"] if clean["ok_rps"] else 0
                  for a in legit]
        checks.append(("legit goodput abuse / clean" + runs_of,
                       ", ".join(f"{r:.3f}" for r in ratios),
                       f">= {MIN_GOODPUT_RATIO} in each",
                       all(r >= MIN_GOODPUT_RATIO for r in ratios)))
        p99s = [a["p99_ms"] / max(clean["p99_ms"], 1) for a in legit]
        checks.append(("legit p99 abuse / clean" + runs_of,
                       ", ".join(f"{p:.2f}" for p in p99s),
                       f"<= {MAX_P99_RATIO:g} in each",
                       all(p <= MAX_P99_RATIO for p in p99s)))
        fivexx = [sum(n for s, n in a["status"].items() if s.startswith("5"))
                  for a in legit]
        checks.append(("legit 5xx in abuse" + runs_of,
                       ", ".join(map(str, fivexx)), "0",
                       not any(fivexx)))
    attackers = [runs[k]["personas"].get("attacker") for k in keys]
    attackers = [a for a in attackers if a]
    if attackers:
        blocked = sum(a["status"].get("403", 0) for a in attackers)
        total = sum(a["requests"] for a in attackers)
        checks.append(("attacks answered 403 (abuse)",
                       f"{blocked}/{total}", "all", blocked == total))
    return checks


def rounded(x):
    """A figure to one decimal, or as it is (None, text)."""
    return round(x, 1) if isinstance(x, float) else x


def fmt_status(status):
    return " ".join(f"{k}:{v}" for k, v in sorted(status.items())) or "-"


def overload_lines(results):
    lines = []
    ramp = results.get("ramp")
    if ramp:
        lines += [f"Ramp (legit only, open loop): F({ramp['n']}), "
                  f"{ramp['service_ms']} ms in the handler, capacity "
                  f"{ramp['capacity']}/s measured beside a client that took "
                  f"{ramp.get('capacity_client_cores', 0):.2f} cores "
                  "while the host stole "
                  f"{ramp.get('capacity_stolen_cores', 0):.2f} "
                  f"({ramp['step_seconds']} s per step).", "",
                  "| offered x capacity | capacity the generator and the "
                  "host left/s | edge: goodput/s | edge: p99 ms "
                  "| edge: answers | edge: cores used by service / edge / "
                  "generator / stolen by the host | no edge: goodput/s "
                  "| no edge: p99 ms | no edge: answers |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for f, e, d in zip(ramp["steps"], ramp["edge"], ramp["direct"]):
            left = overload.generator_capacity(ramp, e)
            c = e.get("cores", {})
            cores = " / ".join(f"{c[k]:.2f}" for k in
                               ("service", "edge", "generator", "stolen")
                               if k in c)
            lines.append(f"| {f} | {left:.1f} | {e['goodput']:.1f} | "
                         f"{e['p99_ms']} | "
                         f"{fmt_status(e['status'])} | {cores} | "
                         f"{d['goodput']:.1f} | {d['p99_ms']} | "
                         f"{fmt_status(d['status'])} |")
        lines += ["", "On this 2-core machine the service, the edge and the "
                  "generator share the cores: what the edge (its refusals "
                  "included) and the generator use at a step is taken from "
                  "the service's goodput. The verdict holds the edge to the "
                  "capacity the generator and the host left at each step "
                  "(the capacity scaled by the cores the generator and the "
                  "host's steal time left over those left while it was "
                  "measured), as the abuse scenarios set the abusers' "
                  "generator apart: real clients run elsewhere, the edge's "
                  "CPU counts. Steal time is CPU the hypervisor gave to "
                  "other guests of a shared host; it moves from minute to "
                  "minute.", ""]
    slow = results.get("slow-service")
    if slow:
        lines += [f"Slow service: F({slow['n']}) at {slow['rate']}/s (half "
                  f"the capacity), {slow['factor']}x slower from "
                  f"{slow['switch_on']:.0f} s to {slow['switch_off']:.0f} s;"
                  f" the edge's limit {rounded(slow['limit_before'])} "
                  f"before, {rounded(slow['limit_min_slow'])} at its lowest (floor "
                  f"{slow.get('limit_floor')}), halved or at its floor "
                  f"{slow['limit_fell_in_s']} s after the switch.", "",
                  "| phase | goodput/s | p50 ms | p99 ms | answers |",
                  "|---|---|---|---|---|"]
        for name, f in slow["phases"].items():
            lines.append(f"| {name} | {f['goodput']:.1f} | {f['p50_ms']} | "
                         f"{f['p99_ms']} | {fmt_status(f['status'])} |")
        lines.append("")
    if results:
        lines += ["![ramp and slow service](overload.png)", ""]
    return lines


def write_summary(path, runs, checks, meta, overload_results=None):
    lines = [f"# Load test {meta['date']}", "",
             f"{meta['machine']}; stack: {meta['stack']}; "
             f"{meta['seconds']} s per scenario; Locust {meta['locust']}; "
             f"1-min load average {meta['load_average']} (the load "
             f"generator shares the machine); abusers' generator: "
             f"{meta['abuser_cpu']}.",
             "", "Compute core service times (one request at a time, "
             "straight to gunicorn): "
             + ", ".join(f"{k} {v * 1000:.1f} ms"
                         for k, v in meta["service_times"].items()) + ".", ""]
    lines += ["| check | measured | goal | |", "|---|---|---|---|"]
    lines += [f"| {c} | {m} | {g} | {'ok' if ok else 'FAILED'} |"
              for c, m, g, ok in checks]
    lines += ["", "| scenario | persona | sent/s | served (2xx)/s | p50 ms "
              "| p99 ms | answers | unexpected |",
              "|---|---|---|---|---|---|---|---|"]
    for name, run in runs.items():
        for persona in PERSONAS:
            f = run["personas"].get(persona)
            if f is None:
                continue
            lines.append(
                f"| {name} | {persona} | {f['rps']:.1f} | "
                f"{f['served_rps']:.1f} | {f['p50_ms']} | {f['p99_ms']} | "
                f"{fmt_status(f['status'])} | {f['failures']} |")
    lines.append("")
    for name, run in runs.items():
        legit = run["personas"].get("legit")
        if legit:
            lines.append(f"- {name}: legit asked {legit['asked']:.0f} "
                         f"requests, got {legit['ok']} "
                         f"({legit['got_ratio']:.1%}).")
        by_request = run.get("legit_p99_by_request")
        if by_request:
            lines.append("  Legit p99 by request (ms): " + ", ".join(
                f"{k} {v}" for k, v in sorted(by_request.items())) + ".")
        if run.get("demand") is not None:
            lines.append(
                f"  Abuse offered: {meta['offered']:.0f}x the core's "
                f"capacity ({meta['abusers_back_to_back']} abusers each "
                f"keeping a request pending, {meta['compute_workers']} "
                f"workers); "
                f"sent: {run['demand']:.1f}x (requests/s x service time "
                f"/ workers).")
    clean = runs.get("clean", {}).get("personas", {}).get("legit")
    split = [(n, r) for n, r in runs.items() if n.startswith("abuse[")]
    if clean and split:
        lines += ["", "How the legit p99 rise splits between the abusers "
                  "(abuse with one persona at a time):", "",
                  "| abusers | legit p99 ms | p99 / clean | goodput / clean "
                  "| sent (x capacity) |", "|---|---|---|---|---|"]
        for n, r in [("abuse", runs.get("abuse")), *split]:
            legit = r and r["personas"].get("legit")
            if legit:
                lines.append(
                    f"| {n} | {legit['p99_ms']} | "
                    f"{legit['p99_ms'] / max(clean['p99_ms'], 1):.2f} | "
                    f"{legit['ok_rps'] / clean['ok_rps']:.3f} | "
                    f"{r['demand']:.1f} |")
    lines += ["", "![goodput and p99 per persona over time](load.png)", ""]
    lines += overload_lines(overload_results or {})
    path.write_text("\n".join(lines), encoding="utf-8")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=30,
                        help="length of each scenario (<= 120)")
    parser.add_argument("--scenarios", nargs="+",
                        choices=SCENARIOS + OVERLOAD,
                        default=list(SCENARIOS + OVERLOAD))
    parser.add_argument("--step-seconds", type=int, default=6,
                        help="length of each step of the ramp")
    parser.add_argument("--results", type=Path, default=HERE / "results")
    parser.add_argument("--latest", type=Path, default=HERE / "latest",
                        help="where the summary and chart are copied")
    abusers = [c for c in COUNTS.values() if c != "LegitimateClient"]
    parser.add_argument("--abusers", nargs="+", choices=abusers,
                        default=abusers,
                        help="the abuser personas of the abuse scenarios "
                             "(one at a time shows which one hurts)")
    parser.add_argument("--abuse-runs", type=int, default=3,
                        help="how many times the abuse scenario runs; its "
                             "checks hold in every run (the issue: three "
                             "runs out of three)")
    parser.add_argument("--split", action="store_true",
                        help="also run abuse once per abuser persona, "
                             "and report how the p99 rise splits")
    parser.add_argument("--abuser-cpu", type=float, default=0.5,
                        help="CPU quota of the abusers' load generator, "
                             "in cores (0: none, nice 10 only)")
    parser.add_argument("--edge-workers", type=int, default=2,
                        help="nginx worker processes of the edge (2: one "
                             "a core on this machine, as EDGE_WORKERS=auto)")
    parser.add_argument("--compute-workers", type=int, default=2,
                        help="gunicorn workers of the compute core")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--processes", type=int, default=0,
                       help="Locust distributed: fork N local workers")
    group.add_argument("--workers", type=int, default=0,
                       help="Locust distributed: wait for N workers "
                            "started elsewhere")
    parser.add_argument("extra", nargs="*",
                        help="after --: more locust options")
    args = parser.parse_args(argv)
    if not 1 <= args.seconds <= 120:
        parser.error("--seconds must be within 1..120")
    if not 1 <= args.abuse_runs <= 5:
        parser.error("--abuse-runs must be within 1..5")

    conf = read_conf()
    users = {cls: int(option_value(args.extra, opt, conf.get(opt, 0)))
             for opt, cls in COUNTS.items()}
    # the API's bounds: from the compute service's OpenAPI document
    # (written once, in app/compute.py), unless given after --
    doc = document("compute")
    api_max_n = parameter(doc, "/api/fibonacci/{n}", "get",
                          "n")["schema"]["maximum"]
    api_max_count = parameter(doc, "/api/fibonacci", "get",
                              "count")["schema"]["maximum"]
    settings = {"max_n": int(option_value(args.extra, "max-n", api_max_n)),
                "max_count": int(option_value(args.extra, "max-count",
                                              api_max_count))}
    args.results.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    if load_before > 1.0:
        print(f"warning: the machine is busy (load average {load_before:.1f}"
              f" before the run): the figures will show it", flush=True)
    stack_dir = args.results / "stack"
    shutil.rmtree(stack_dir, ignore_errors=True)
    stall_file = args.results / "stall"
    stall_file.unlink(missing_ok=True)
    stack = Stack(stack_dir, workers=args.compute_workers,
                  edge_workers=args.edge_workers,
                  env={"APP_STALL_FILE": str(stall_file)})
    print(f"starting the stack in {stack_dir} ...", flush=True)
    stack.start()
    runs = {}
    overload_results = {}
    quota = CpuQuota(args.abuser_cpu) if args.abuser_cpu > 0 else None
    try:
        service_times = calibrate(stack, settings)
        print("service times: " + ", ".join(
            f"{k} {v * 1000:.1f} ms" for k, v in service_times.items()),
            flush=True)
        for name in args.scenarios:
            wait_idle(stack)
            if name == "ramp":
                overload_results[name] = overload.ramp(
                    stack, args.compute_workers, args.step_seconds,
                    args.results)
                continue
            if name == "slow-service":
                overload_results[name] = overload.slow_service(
                    stack, args.compute_workers, max(args.seconds, 15),
                    stall_file, args.results)
                continue
            repeats = args.abuse_runs if name == "abuse" else 1
            for i in range(1, repeats + 1):
                if i > 1:
                    wait_idle(stack)
                key = name if i == 1 else f"{name}#{i}"
                out_dir = args.results / (name if i == 1 else f"{name}-{i}")
                run = run_scenario(name, stack, args, args.extra, out_dir,
                                   users, quota=quota)
                stats = [row for path in sorted(out_dir.glob("*_stats.csv"))
                         for row in read_csv(path)]
                run["demand"] = (None if name == "clean" else
                                 demand(stats, service_times,
                                        args.compute_workers))
                runs[key] = run
        for cls in (args.abusers if args.split else []):
            wait_idle(stack)
            key = f"abuse[{cls}]"
            out_dir = args.results / f"abuse-{cls}"
            run = run_scenario("abuse", stack, args, args.extra, out_dir,
                               users, abusers=[cls], quota=quota)
            stats = [row for path in sorted(out_dir.glob("*_stats.csv"))
                     for row in read_csv(path)]
            run["demand"] = demand(stats, service_times,
                                   args.compute_workers)
            runs[key] = run
    finally:
        if quota:
            quota.close()
        left = stack.stop()
        if left:
            print(f"warning: processes left after stop: {left}")

    checks = compare(runs) + overload.checks(overload_results.get("ramp"),
                                             overload_results.get("slow-service"))
    overload.chart(overload_results.get("ramp"),
                   overload_results.get("slow-service"),
                   args.results / "overload.png")
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "machine": f"{os.uname().nodename}, {os.uname().machine}, "
                   f"{len(os.sched_getaffinity(0))} cores, "
                   f"{os.uname().sysname} {os.uname().release}",
        "stack": f"{args.compute_workers} compute workers, 1 checkins "
                 f"worker, {args.edge_workers} nginx workers, openresty/edge.json",
        "seconds": args.seconds,
        "locust": importlib.metadata.version("locust"),
        "service_times": service_times,
        "load_average": f"{load_before:.2f} before, "
                        f"{os.getloadavg()[0]:.2f} after",
        "compute_workers": args.compute_workers,
        "offered": offered(users, args.compute_workers, args.abusers),
        "abusers_back_to_back": pending(users, args.abusers),
        "abusers": args.abusers,
        "abuser_cpu": quota.how if quota else "nice 10, no quota",
    }
    meta["asked_rate"] = (users["LegitimateClient"] * float(option_value(
        args.extra, "legit-rate", conf.get("legit-rate", 0))))
    from load_chart import chart
    if runs:
        chart(args.results, [n for n in runs if n in SCENARIOS], runs,
              args.results / "load.png",
              meta["asked_rate"])
    text = write_summary(args.results / "summary.md", runs, checks, meta,
                         overload_results)
    (args.results / "summary.json").write_text(
        json.dumps({"meta": meta, "runs": runs,
                    "checks": [list(c) for c in checks]}, indent=2),
        encoding="utf-8")
    args.latest.mkdir(parents=True, exist_ok=True)
    for name in ("summary.md", "load.png", "overload.png"):
        if (args.results / name).exists():
            shutil.copy(args.results / name, args.latest / name)
    print("\n" + text)
    print(f"reports: {args.results}/<scenario>/*-report.html; chart: "
          f"{args.latest / 'load.png'}")
    failed = [c for c in checks if not c[3]]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
