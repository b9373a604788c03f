"""Random tokens through the WAF (issue 11): how often do its rules fire on
bytes that carry no meaning at all?

Bot sensors (Akamai's sensor_data, PerimeterX, Kasada), cipher output and
opaque state blobs put long runs of random printable bytes into real
requests; the browser beacons in ../shared/repro/waf-500 are of that kind.
A rule that fires on them says nothing about attacks: it says the bytes it
looks for occur by chance in noise. This sends seeded tokens (every
printable ASCII byte but the JSON quote and backslash, LOW..HIGH bytes
each) as a beacon (`{"sensor_data": token}` in a text/plain body, as the
browsers send it) through an edge with the shipped config (bans off) and
prints how many were refused and the rules behind them.

    .venv/bin/python tests/corpus_noise.py [--count 200] [--seed 7]
        [--low 200] [--high 3000] [--show RULE]
"""
import argparse
import collections
import json
import sys
import tempfile
import time
import uuid

import requests

from wafkit import WafEdge, random_tokens, waf_config


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--low", type=int, default=200)
    ap.add_argument("--high", type=int, default=3000)
    ap.add_argument("--show", default=None,
                    help="print the tokens this rule fired on")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    refused = 0
    by_rule = collections.Counter()
    shown = []
    with tempfile.TemporaryDirectory(prefix="corpus-noise-") as d:
        edge = WafEdge(d, waf_config()).start()
        try:
            with requests.Session() as s:
                for token in random_tokens(args.seed, args.count, args.low, args.high):
                    rid = "noise-" + uuid.uuid4().hex
                    r = s.post(edge.url + "/collect/beacon",
                               data=json.dumps({"sensor_data": token}),
                               headers={"Content-Type": "text/plain;charset=UTF-8",
                                        "X-Request-ID": rid})
                    if r.status_code != 403:
                        continue
                    refused += 1
                    rules = sorted({m["rule"] for m in edge.audit_for(rid)["matches"]})
                    by_rule.update(rules)
                    if args.show in rules:
                        shown.append(token)
        finally:
            edge.stop()
    print(f"random tokens: {args.count} (seed {args.seed}, {args.low}-{args.high} bytes),"
          f" refused {refused} ({refused / args.count:.3f})")
    for rule, n in by_rule.most_common():
        print(f"  {rule:32s} {n}")
    for token in shown:
        print(token)
    print(f"wall time {time.monotonic() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
