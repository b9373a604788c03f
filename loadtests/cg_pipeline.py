"""Instructions per request of the edge's Lua pipeline, one nginx process
under callgrind (benchlib.instructions_per_request), GET
/api/fibonacci?count=100 against the trivial upstream, for the variants the
limits bench compares plus the shipped config:

  off      the pipeline off (the proxy hop alone)
  empty    Lua phases that run nothing (EDGE_PIPELINE=empty)
  bare     the pipeline with no limit rules, WAF mode off
  on       bench_limits' three limits (a GCRA rule, two concurrency leases)
  shipped  openresty/edge.json as is (WAF on, the shipped limits)
  noconc   the same without the routes' concurrency rules (what the
           shipped leases and the adaptive limit cost a request)

--fixed-seed preloads loadtests/cg_fixed_seed.c (built with cc into a
temporary directory): LuaJIT's PRNG, which picks the JIT's abort
penalties and so which traces it records, is then seeded the same in
every run; the counts repeat within ~1-2k instead of ~5k. Compare two
trees by running each one's copy of this script alternately in the same
hour, medians of 3 or more runs.

  .venv/bin/python loadtests/cg_pipeline.py --fixed-seed --runs 3 bare on
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess  # nosec B404 - builds the shim with cc, fixed argv
import tempfile
from pathlib import Path

import bench_core
import bench_limits
from benchlib import ROOT, Edge, TrivialUpstream, instructions_per_request

REQUEST = b"GET /api/fibonacci?count=100 HTTP/1.1\r\nHost: x\r\n\r\n"
VARIANTS = {
    "off": (bench_limits.limits_on_config, "off"),
    "empty": (bench_limits.limits_on_config, "empty"),
    "bare": (bench_limits.no_limits_config, "on"),
    "on": (bench_limits.limits_on_config, "on"),
    "shipped": (None, "on"),
    "noconc": (bench_core.without_concurrency, "on"),
}


def build_shim(tmp):
    out = tmp / "cg_fixed_seed.so"
    subprocess.run(  # nosec B603 B607 - fixed argv
        ["cc", "-O2", "-shared", "-fPIC", "-o", str(out),
         str(ROOT / "loadtests" / "cg_fixed_seed.c"), "-ldl"], check=True)
    return out


def measure(tmp, variant, shim, n1, n2):
    make, pipeline = VARIANTS[variant]
    env = {"LD_PRELOAD": str(shim)} if shim else None
    with TrivialUpstream(tmp / f"up-{variant}") as up:
        edge = Edge(tmp / f"cg-{variant}", up.port,
                    config=make() if make else None, workers=1,
                    pipeline=pipeline, env=env)
        edge.start(timeout=120)
        edge.stop()   # keep its generated prefix; run it under valgrind
        return instructions_per_request(edge, REQUEST,
                                        str(tmp / f"cg-{variant}"), n1, n2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=["bare", "on"],
                        choices=sorted(VARIANTS))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fixed-seed", action="store_true")
    parser.add_argument("--n1", type=int, default=500)
    parser.add_argument("--n2", type=int, default=2500)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cg-pipeline-"))
    # nginx workers (nobody, when run as root) must reach the run dirs
    os.chmod(tmp, 0o755)  # nosec B103 - workers traverse a fresh private tree
    try:
        shim = build_shim(tmp) if args.fixed_seed else None
        for variant in args.variants:
            runs = [measure(tmp, variant, shim, args.n1, args.n2)
                    for _ in range(args.runs)]
            print(json.dumps({"tree": str(ROOT), "variant": variant,
                              "median": round(statistics.median(runs)),
                              "runs": [round(r) for r in runs]}),
                  flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
