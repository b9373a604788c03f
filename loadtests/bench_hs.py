"""Would Hyperscan (Debian's libhyperscan5 / libvectorscan5, through
LuaJIT's FFI: loadtests/hs.lua) make the WAF faster? Two questions,
answered with callgrind instruction counts (the machine is shared: req/s
would measure the neighbours):

  regex   per request of the bench's rows (loadtests/bench_waf.py: GET with
          4 args, POST 2 KB API JSON, POST 2 KB prose JSON), WAF on: all
          instructions, and those inside PCRE (every detector regex runs
          through ngx_http_lua_ffi_exec_regex, edge.waf.re): calls and
          inclusive instructions. The most a prefilter that skips regexes
          could save (it would still pay its own scan).
  gate    the plain-value gate's question (does a value hold one of the
          detectors' needles?) asked of realistic values, in one test-only
          nginx (init_by_lua, loadtests/hs_micro.lua): match.any (the
          Aho-Corasick pass) against one hs_scan through the FFI, and a
          Hyperscan PREFILTER database of every detector regex. ns per
          value (os.clock, noisy here) and instructions per value
          (callgrind: the loop's own dump, --dump-before=getppid; the
          harness alone is the "noop" way).

  lengths the gate's question on plain values of 16 to 4096 bytes: where
          Hyperscan's fixed cost per scan is paid back.
  insitu  the gate's question on the values it is asked about when the
          two JSON bodies are inspected (match.any wrapped to record them).
  calls   every regex call the detectors make on the two JSON bodies
          (inspected value by value): how many a PREFILTER scan of their
          subject would rule out, their time, and the prefilter's.

.venv/bin/python loadtests/bench_hs.py [regex] [gate] [lengths] [insitu] [calls]
"""
from concurrent.futures import ThreadPoolExecutor
import glob
import json
import os
import shutil
import subprocess  # nosec B404 - runs the project's own nginx
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

from benchlib import Edge, TrivialUpstream, callgrind_total  # noqa: E402
from bench_waf import (KINDS, api_body, bench_config, json_body,  # noqa: E402
                       raw_request)  # noqa: E402
from cgcalls import calls_to  # noqa: E402
from edgekit.stack import lua_modules  # noqa: E402

N1, N2 = 300, 1300


def regex_share(tmp):
    rows = []
    with TrivialUpstream(tmp / "upstream") as up:
        e = Edge(tmp / "cg-on", up.port, config=bench_config("block"),
                 workers=1, pipeline="on")
        e.start()
        e.stop()
        for kind in KINDS:
            req = raw_request(kind)
            got = {}
            for n in (N1, N2):
                out = str(tmp / f"cg-{kind}-{n}")
                total = callgrind_total(e, req, n, out)
                got[n] = (total, calls_to(out, ["ngx_http_lua_ffi_exec_regex"]))
            d = N2 - N1
            total = (got[N2][0] - got[N1][0]) / d
            c2, i2 = got[N2][1]["ngx_http_lua_ffi_exec_regex"]
            c1, i1 = got[N1][1]["ngx_http_lua_ffi_exec_regex"]
            calls, ins = (c2 - c1) / d, (i2 - i1) / d
            rows.append((KINDS[kind], total, calls, ins))
            print(f"{KINDS[kind]}: {total:,.0f} instructions per request; "
                  f"PCRE {calls:.1f} calls, {ins:,.0f} instructions "
                  f"({100 * ins / total:.1f} %, {ins / max(calls, 1):,.0f} "
                  f"a call)", flush=True)
    return rows


CONF = """{modules}
env PROJECT_DIR;
env HS_MICRO;
error_log logs/error.log;
events {{}}
http {{
    lua_package_path "{root}/lua/?.lua;{root}/loadtests/?.lua;;";
    lua_shared_dict edge_limits 1m;
    lua_shared_dict edge_conn 1m;
    lua_shared_dict edge_metrics 1m;
    lua_shared_dict edge_state 1m;
    lua_shared_dict edge_reputation 1m;
    init_by_lua_file {root}/loadtests/hs_micro.lua;
    server {{ listen 127.0.0.1:1; }}
}}
"""


BENIGN_SAMPLE = 2000


def values_file(tmp):
    """The value sets: the bench's two JSON bodies (their keys and values)
    and BENIGN_SAMPLE benign values of the development corpus
    (dev-payloads.jsonl: HttpParams, libinjection, fuzzdb), every 10th."""
    path = tmp / "hs_values.json"
    if path.exists():
        return path
    from corpus_dev import load_payloads
    benign = [p["value"] for p in load_payloads() if p["label"] == "benign"]
    benign = benign[::max(1, len(benign) // BENIGN_SAMPLE)][:BENIGN_SAMPLE]
    path.write_text(json.dumps({"api": api_body(), "prose": json_body(),
                                "benign": benign}), encoding="utf-8")
    path.chmod(0o644)
    return path


def micro(tmp, spec, valgrind=None):
    """Run hs_micro.lua once (spec: its JSON settings); its stderr lines."""
    spec = dict(spec, values=str(values_file(tmp)))
    d = Path(tempfile.mkdtemp(dir=tmp))
    (d / "logs").mkdir()
    (d / "nginx.conf").write_text(CONF.format(
        modules=lua_modules("nginx"), root=ROOT), encoding="utf-8")
    argv = [shutil.which("nginx") or "/usr/sbin/nginx", "-p", str(d), "-c",
            "nginx.conf"]
    if valgrind:
        argv = [shutil.which("valgrind") or "/usr/bin/valgrind",
                "--tool=callgrind", "--smc-check=all",
                "--dump-before=getppid",
                f"--callgrind-out-file={valgrind}"] + argv
    env = dict(os.environ, PROJECT_DIR=str(ROOT), HS_MICRO=json.dumps(spec))
    proc = subprocess.run(argv, capture_output=True, text=True, env=env,  # nosec B603
                          cwd=ROOT / "openresty",
                          timeout=3600, check=False)
    if proc.returncode != 0 and "HS_MICRO_DONE" not in proc.stderr:
        raise RuntimeError(proc.stderr[-3000:])
    return proc.stderr


def region_total(out):
    """The instructions of the measured loop: hs_micro.lua calls getppid()
    before and after it, and callgrind (--dump-before=getppid) dumps at
    each call; the last numbered dump holds the loop alone."""
    parts = sorted(glob.glob(out + ".*"), key=lambda f: int(f.rsplit(".", 1)[1]))
    if len(parts) < 3:
        raise RuntimeError(f"{out}: expected 3 dumps, got {parts}")
    with open(parts[-1], encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError(f"{parts[-1]}: no totals")


# (settings, ways, repeats): each way's loop runs `repeats` times, each in
# its own process: LuaJIT's traces differ from process to process (the
# same loop measured 424 and 954 instructions a value in two runs)
PLANS = {
    "gate": ({}, {"noop": 1, "match_any": 3, "hs_any_c": 3, "hs_any_lua": 1,
                  "plain_gate": 1, "hs_prefilter": 1, "hs_prefilter_scan": 1}),
    "lengths": ({"lengths": True}, {"match_any": 2, "hs_any_c": 2}),
    "insitu": ({"insitu": True}, {"noop": 1, "match_any": 3, "hs_any_c": 3}),
}


def gate(tmp, plan):
    base, ways = PLANS[plan]
    # the wall-clock pass (every way, all value sets)
    timed = micro(tmp, dict(base, mode="time"))
    sys.stdout.write(timed)
    if "HS_MICRO_SKIPPED" in timed:
        return
    listing = json.loads(micro(tmp, dict(base, mode="list"))
                         .split("HS_LIST ", 1)[1].splitlines()[0])
    jobs = []
    for vset in listing["sets"]:
        nvals = listing["count"][vset]
        for way, repeats in ways.items():
            costly = way == "pcre_all" or "prefilter" in way
            if costly and vset == "benign":
                continue
            r = max(1, (200 if costly else 2000) // nvals)
            if vset.startswith("len"):
                r = max(2, 64000 // (nvals * int(vset[3:])))
            for k in range(repeats):
                jobs.append((vset, way, nvals, 5 * r, k))

    def one(job):
        vset, way, nvals, reps, k = job
        out = str(tmp / f"cg-{vset}-{way}-{k}")
        micro(tmp, dict(base, mode="run", set=vset, way=way, reps=reps),
              valgrind=out)
        return job, region_total(out) / (reps * nvals)

    got = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for (vset, way, nvals, reps, _), per in pool.map(one, jobs):
            got.setdefault((vset, way, nvals, reps), []).append(per)
    for (vset, way, nvals, reps), pers in got.items():
        print(f"callgrind {vset:10s} {way:18s} "
              + " / ".join(f"{p:,.0f}" for p in pers)
              + f" instructions per value ({nvals} values x {reps})",
              flush=True)


def main(argv):
    what = argv or ["regex", "gate"]
    tmp = Path(tempfile.mkdtemp(prefix="bench-hs-"))
    os.chmod(tmp, 0o755)  # nosec B103 - nginx workers traverse it
    try:
        if "regex" in what:
            regex_share(tmp)
        for plan in PLANS:
            if plan in what:
                gate(tmp, plan)
        if "calls" in what:
            sys.stdout.write(micro(tmp, {"mode": "calls"}))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
