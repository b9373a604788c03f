"""`make bench`: the project's performance figures, each measured side by
side in one run with wrk on loopback (median of several alternating runs).

Sections live in loadtests/bench_*.py; each exports `run(args) -> rows`,
rows being (figure, measured, goal) tuples. Usage:
    python loadtests/bench.py [--runs N] [--seconds S] [section ...]
"""
import argparse
import importlib
import platform
import sys
import time

from benchlib import print_table

# Section name -> module (in the order they run).
SECTIONS = {
    "edge": "bench_core",
    "limits": "bench_limits",
    "waf": "bench_waf",
    "store": "bench_store",
    "shapes": "bench_shapes",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3,
                        help="runs per variant; medians are reported")
    parser.add_argument("--seconds", type=int, default=5,
                        help="length of one wrk run")
    parser.add_argument("sections", nargs="*", default=list(SECTIONS),
                        help=f"any of: {', '.join(SECTIONS)}")
    args = parser.parse_args(argv)
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    print(f"# bench {time.strftime('%Y-%m-%d %H:%M')} on "
          f"{platform.node()} ({platform.machine()}, "
          f"{len(__import__('os').sched_getaffinity(0))} cores), "
          f"median of {args.runs} runs x {args.seconds}s")
    rows = [("figure", "measured", "goal")]
    for name in args.sections:
        module = importlib.import_module(SECTIONS[name])
        section_rows = module.run(args)
        print_table([rows[0], *section_rows], title=name)
        rows.extend(section_rows)
    print_table(rows, title="summary")
    return 0


if __name__ == "__main__":
    sys.exit(main())
