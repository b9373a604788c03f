"""Replay the held-out corpora through our edge and through ModSecurity 3 +
OWASP CRS 3.3.4 at paranoia level 1 (the reference issue 11 measures us
against), side by side, and print per corpus and placement how many benign
values each refused and how many attacks each caught.

The same bytes go to both: the two single-value placements of
tests/corpus_dev.py (`query`: GET /api/search?q=<value>, `json`: POST
/api/notes {"note": <value>}). Ours is the real edge on the shipped config
(bans off); ModSecurity is Debian's libnginx-mod-http-modsecurity with its
recommended settings, SecRuleEngine On and Debian's CRS (the bench's
`PlainNginx`, loadtests/bench_waf.py), a bare nginx proxying to a trivial
upstream. A 403 is a refusal for both.

    .venv/bin/python tests/corpus_crs.py [--corpus external,devtext,...,payloads]
        [--placement query] [--show ours-fp|crs-only-catch]

--show ours-fp prints the benign values we refuse and CRS passes;
--show crs-only-catch the attacks CRS catches and we pass (one JSON line
each, with our rules). Needs `make bench-deps` (ModSecurity and the CRS);
exits 2 without them.
"""
import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

import corpus_dev as cd
import corpus_devtext as cdt
import corpus_external as ce
import corpus_replay as cr

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "loadtests"))
import bench_waf  # noqa: E402  (the bench owns the ModSecurity nginx)
from edgekit.nginx import TrivialUpstream  # noqa: E402

HELD_OUT = ["external", *cdt.CORPORA, "own-values"]
# the development payloads (fuzzdb, libinjection, HttpParams): ours was
# built against them, so they are only replayed when asked for
CORPORA = [*HELD_OUT, "payloads"]


def load_one(name):
    if name == "external":
        return ce.load()
    if name == "own-values":
        return cd.load_own(cd.OWN_VALUES)
    if name == "payloads":
        return cd.load_payloads()
    return cdt.load(cdt.CORPORA[name])


def load(names):
    """Every item of the named corpora, its id prefixed with the corpus's
    name (the ids of two corpora may meet) and `corpus` set."""
    items = []
    for name in names:
        for it in load_one(name):
            it = dict(it, corpus=name, id=f"{name}.{it['id']}")
            items.append(it)
    return items


def replay_both(run_dir, items, wanted, workers):
    """({placement: [our status]}, {placement: [CRS status]}, our rules
    {request id: [rule]})."""
    with cr.run_edge(run_dir / "edge") as edge:
        ours = ce.run("127.0.0.1", edge.port, items, wanted, workers)
        cd.attach_rules(ours, edge.error_log)
    rules = {}
    for data in ours[ce.CORPUS].values():
        rules.update(data.get("rules", {}))
    with TrivialUpstream(run_dir / "up") as up, \
            bench_waf.PlainNginx(run_dir / "crs", up.port, modsec=True) as ms:
        theirs = ce.run("127.0.0.1", ms.port, items, wanted, workers)
    def statuses(replayed):
        return {p: [s for _, s in d["results"]]
                for p, d in replayed[ce.CORPUS].items()}
    return statuses(ours), statuses(theirs), rules


def tally(items, ours, theirs):
    """{(corpus, placement, label): Counter(n, ours, crs, both)}: refusals
    (403) of each and of both."""
    out = collections.defaultdict(collections.Counter)
    for placement in ours:
        for it, a, b in zip(items, ours[placement], theirs[placement]):
            c = out[(it["corpus"], placement, it["label"])]
            wa, wb = cr.outcome(a) == "waf", cr.outcome(b) == "waf"
            c["n"] += 1
            c["ours"] += wa
            c["crs"] += wb
            c["both"] += wa and wb
    return out


def report(counts, out=sys.stdout):
    print(f"{'corpus':13} {'placement':9} {'label':6} {'n':>6} "
          f"{'ours':>6} {'CRS':>6} {'both':>6}  ours  CRS", file=out)
    totals = collections.defaultdict(collections.Counter)
    for (corpus, placement, label), c in sorted(counts.items()):
        print(f"{corpus:13} {placement:9} {label:6} {c['n']:6} {c['ours']:6} "
              f"{c['crs']:6} {c['both']:6}  {c['ours'] / c['n']:.3f} "
              f"{c['crs'] / c['n']:.3f}", file=out)
        totals[(placement, label)].update(c)
    for (placement, label), c in sorted(totals.items()):
        print(f"{'ALL':13} {placement:9} {label:6} {c['n']:6} {c['ours']:6} "
              f"{c['crs']:6} {c['both']:6}  {c['ours'] / c['n']:.3f} "
              f"{c['crs'] / c['n']:.3f}", file=out)
    print("(benign: refused, lower is better; attack: caught, higher is "
          "better; both: refused by each)", file=out)


def show(kind, items, ours, theirs, rules, out=sys.stdout):
    for placement in ours:
        for it, a, b in zip(items, ours[placement], theirs[placement]):
            wa, wb = cr.outcome(a) == "waf", cr.outcome(b) == "waf"
            if kind == "ours-fp":
                hit = it["label"] == "benign" and wa and not wb
            else:
                hit = it["label"] == "attack" and wb and not wa
            if hit:
                print(json.dumps({
                    "placement": placement, "id": it["id"],
                    "category": it["category"],
                    "rules": rules.get(cd.request_id(it, placement)),
                    "value": it["value"]}, ensure_ascii=False), file=out)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", default=",".join(HELD_OUT),
                   help="comma-separated: " + ", ".join(CORPORA))
    p.add_argument("--placement", default=",".join(cd.PLACEMENTS))
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--show", choices=["ours-fp", "crs-only-catch"],
                   action="append", default=[])
    args = p.parse_args(argv)
    if not bench_waf.modsec_available():
        print("ModSecurity + CRS not installed (make bench-deps)", file=sys.stderr)
        return 2
    names = [x for x in args.corpus.split(",") if x]
    for name in names:
        if name not in CORPORA:
            p.error(f"unknown corpus {name!r}")
    wanted = [x for x in args.placement.split(",") if x]
    items = load(names)
    with tempfile.TemporaryDirectory() as d:
        ours, theirs, rules = replay_both(Path(d), items, wanted, args.workers)
    for kind in args.show:
        show(kind, items, ours, theirs, rules)
    report(tally(items, ours, theirs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
