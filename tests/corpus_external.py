"""Measure the WAF on the external corpora nobody tuned on (issue 11).

tests/corpus/external/ (README.md there: sources, commits, licences, what
was left out): attacks.jsonl, from PayloadsAllTheThings' Intruder lists,
two SecLists XSS lists (PortSwigger's cheat sheet) and sqlmap's detection
payloads, every value also in the development corpora dropped; benign.jsonl, names, addresses, e-mail addresses, URLs, paths and
user agents from Faker's locale data, CPython docstrings and the
documentation Debian packages install. THESE ARE NEVER TUNED ON: a miss or
a false positive is reported as a class, not fixed by adding its string.

Each value goes through the real edge in the two placements of
tests/corpus_dev.py (`query`: GET /api/search?q=<value>, `json`: POST
/api/notes {"note": <value>}, both the catch-all route) and is counted the
same way: recall and the benign block rate are WAF 403s over the requests
the WAF saw; shape refusals (400/413/414/...) are printed apart.

Standalone (starts its own edge on the shipped config, bans off):
    .venv/bin/python tests/corpus_external.py [--placement query]
        [--show-missed CAT] [--show-fp CAT] [--show-shape CAT]
        [--sample N] [--json FILE] [--url http://127.0.0.1:8080]
CAT is a category (sqli, xss, traversal, cmdi, ...; benign: name, path,
doc-prose, doc-code, ...) or `all`.
"""
import argparse
import collections
import json
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import corpus_dev as cd
import corpus_replay as cr

HERE = Path(__file__).resolve().parent
EXTERNAL = HERE / "corpus" / "external"
ATTACKS = EXTERNAL / "attacks.jsonl"
BENIGN = EXTERNAL / "benign.jsonl"
CORPUS = "external"


def source_name(source):
    """The project a value came from: 'swisskyrepo/PayloadsAllTheThings'
    -> 'patt', 'sqlmap 1.10.10' -> 'sqlmap', 'faker 40.63.0' -> 'faker'."""
    head = source.split(":", 1)[0].split()[0]
    return {"swisskyrepo/PayloadsAllTheThings": "patt",
            "danielmiessler/SecLists": "seclists"}.get(head, head)


def load(paths=(ATTACKS, BENIGN)):
    """[{id, label, category, source (project), value}]"""
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                it = json.loads(line)
                it["origin"] = it["source"]
                it["source"] = source_name(it["source"])
                items.append(it)
    return items


def run(host, port, items, wanted=cd.PLACEMENTS, workers=8):
    """{CORPUS: {placement: {"results": [(item, status)], "seconds"}}},
    the shape corpus_dev.summarize reads."""
    out = {CORPUS: {}}
    for placement in wanted:
        t0 = time.monotonic()
        statuses = cd.send(host, port, items, placement, workers)
        out[CORPUS][placement] = {"results": list(zip(items, statuses)),
                                  "seconds": time.monotonic() - t0}
    return out


def summarize(replayed):
    """corpus_dev's summary (no adjudicated values here) plus, per
    placement, the rules behind the blocks of each benign class
    (`benign_rules_by_class`)."""
    summary = cd.summarize(replayed, adjudicated={})
    for placement, data in replayed[CORPUS].items():
        by_class = collections.defaultdict(collections.Counter)
        rules = data.get("rules", {})
        for it, status in data["results"]:
            if it["label"] == "benign" and cr.outcome(status) == "waf":
                by_class[it["category"]].update(
                    rules.get(cd.request_id(it, placement), ["?"]))
        summary[CORPUS][placement]["benign_rules_by_class"] = {
            cls: dict(c.most_common()) for cls, c in sorted(by_class.items())}
    return summary


def report(summary, out=sys.stdout):
    cd.report(summary, out)
    for placement, e in summary[CORPUS].items():
        if e["benign_rules_by_class"]:
            print(f"\nrules behind the benign blocks by class ({placement}):",
                  file=out)
            for cls, rules in e["benign_rules_by_class"].items():
                print(f"  {cls:12} " + ", ".join(
                    f"{k} {v}" for k, v in rules.items()), file=out)


def show(replayed, args, out=sys.stdout):
    """JSON lines of the cases asked for (value and where it came from)."""
    def wanted(cats, item):
        return "all" in cats or item["category"] in cats

    for placement, data in replayed[CORPUS].items():
        for item, status in data["results"]:
            o = cr.outcome(status)
            hit = ((o == "waf" and item["label"] == "benign"
                    and wanted(args.show_fp, item))
                   or (o == "pass" and item["label"] == "attack"
                       and wanted(args.show_missed, item))
                   or (o == "shape" and wanted(args.show_shape, item)))
            if not hit:
                continue
            shown = {"placement": placement, "id": item["id"],
                     "category": item["category"], "status": status,
                     "source": item["origin"], "value": item["value"]}
            rules = data.get("rules", {}).get(cd.request_id(item, placement))
            if rules:
                shown["rules"] = rules
            print(json.dumps(shown, ensure_ascii=False), file=out)


def measure(run_dir, wanted=cd.PLACEMENTS, workers=8, items=None):
    """Start an edge in run_dir, replay, attach the audit rules; returns
    (replayed, error-log problems)."""
    items = load() if items is None else items
    with cr.run_edge(run_dir) as edge:
        replayed = run("127.0.0.1", edge.port, items, wanted, workers)
        cd.attach_rules(replayed, edge.error_log)
        problems = cd.error_log_problems(edge)
    return replayed, problems


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--placement", default=",".join(cd.PLACEMENTS),
                   help="query, json or both")
    p.add_argument("--sample", type=int, metavar="N",
                   help="at most N values per (label, category), seeded")
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--url", help="replay against a running edge instead")
    for flag, what in (("--show-fp", "benign values the WAF blocked"),
                       ("--show-missed", "attacks that passed"),
                       ("--show-shape", "values refused by shape")):
        p.add_argument(flag, metavar="CAT", action="append", default=[],
                       help=f"print {what} of a category ('all': every one)")
    p.add_argument("--json", metavar="FILE", help="write the summary as JSON")
    args = p.parse_args(argv)
    wanted = [x for x in args.placement.split(",") if x]
    for x in wanted:
        if x not in cd.PLACEMENTS:
            p.error(f"unknown placement {x!r}")
    items = cd.sample(load(), args.sample)
    t0 = time.monotonic()
    problems = []
    if args.url:
        u = urlsplit(args.url)
        replayed = run(u.hostname, u.port or 80, items, wanted, args.workers)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            replayed, problems = measure(tmp, wanted, args.workers, items)
    wall = time.monotonic() - t0
    show(replayed, args)
    summary = summarize(replayed)
    report(summary)
    n = sum(e["requests"] for e in summary[CORPUS].values())
    print(f"\nwall time {wall:.1f} s (edge start included), {n} requests, "
          f"{args.workers} client threads")
    for line in problems[:20]:
        print("error log:", line)
    if args.json:
        doc = {"wall_seconds": round(wall, 1), "corpora": summary,
               "error_log_problems": len(problems)}
        Path(args.json).write_text(json.dumps(doc, indent=1) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
