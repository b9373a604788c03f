"""WAF, part 6c: the external corpora nobody tuned on (issue 11), replayed
through the real edge on the shipped config (bans off) by
tests/corpus_external.py: attacks from PayloadsAllTheThings' Intruder lists,
two SecLists XSS lists and sqlmap's detection payloads (all 1,978), benign values from Faker's
locale data, CPython docstrings, Debian's package documentation and package
descriptions (at most 1,000 per class: 4,516), each in the query and in a
JSON body. About 13,000 requests, 5-35 s on a shared 2-core machine.

These corpora are a measurement of generalization: a miss or a false
positive is reported (as a class, in the README of tests/corpus/external/),
never fixed by adding its string. Floors are the recall measured when they
were set (2026-12-02, the WAF of main at 5d8d95a) with one attack fewer
caught, rounded down; ceilings the benign block rate with one value more
blocked, rounded up. Floors only move up and ceilings down. Standalone, on
everything and with the cases listed:
    .venv/bin/python tests/corpus_external.py --show-missed cmdi --show-fp all
"""
import importlib.util
import json

import pytest

import corpus_dev as cd
import corpus_external as ce

SAMPLE = 1000  # values per (label, category): caps doc-prose (3,496)

# Recall per attack category, the same in both placements (measured
# query / json: cmdi 309/347, sqli 908/942 (PayloadsAllTheThings 347/380,
# sqlmap 561/562), traversal 309/310, xss 322/333 (SecLists 26/26); the small lists
# together (crlf 17/17, ssi 14/17, ldap 4/8, nosql 3/4) 38/46; all attacks
# 1886/1978). Moved up 2026-12-02 after issue 11's fifth round (README;
# test_31_waf_detect_heldout_r6): cmdi 310/347, all attacks 1887/1978 (a
# command between two pipes). Moved up 2026-12-02 after issue 11's sixth
# round (test_31_waf_detect_heldout_r7: cmd.exe's reg after a separator):
# cmdi 314/347, all attacks 1891/1978. Moved up 2026-12-02 after issue
# 11's seventh round (test_31_waf_detect_heldout_r8: interpreters given a
# program text, composed LDAP filters, ESI elements, entry points used as
# values, a script entry point called through parentheses, names spelled
# by literals): cmdi 320/347, xss 327/333, the small lists 45/46 (ssi
# 17/17, ldap 8/8), all attacks 1909/1978. Moved up 2026-12-03 (eighth
# round: comparisons no row decides after a clause no breakout takes, a
# logic word then arithmetic on literals left open, "./" runs before an OS
# target, mocha: in an attribute): sqli 931/942, traversal 310/310, xss
# 328/333, all attacks 1934/1978.
RECALL_FLOORS = {"cmdi": 0.91, "sqli": 0.98, "traversal": 0.995,
                 "xss": 0.98, "small": 0.95, "ALL": 0.97}
SMALL = ("crlf", "ssi", "ldap", "nosql")

# Benign values blocked per class and placement (measured query / json).
# Faker's names, addresses, companies, e-mail addresses, URLs, phone
# numbers, jobs, user agents and sentences (24 locales): 0 of 1,194 in
# each; its absolute file paths 3/109 in each (lfi-extension). Debian and
# CPython documentation: prose 50/994 / 27/1000 (the query's extra blocks
# are protocol-crlf on paragraphs with line breaks), code blocks and shell
# examples 35/647 / 35/648, list items 11/246 / 11/251. Debian package
# summaries 0/747; the first paragraph of their descriptions 4/567 (a path
# named in text, a command word, braces, a Java class name). All benign
# values 103/4504 / 80/4516.
# Moved down 2026-12-02 after issue 11's fifth round (README;
# test_31_waf_detect_heldout_r6: documentation's own markup, multi-line
# text in a query value): prose 14/994 / 13/1000,
# code 26/647 / 26/648, list items 4/246 / 4/251 (reST roles and
# references), package descriptions 3/567; all benign values 50/4504 /
# 49/4516.
# Moved down 2026-12-02 after issue 11's sixth round (README;
# test_31_waf_detect_heldout_r7: rule lines, quoted titles, URL lines,
# ./script lines, arrows, paths in parentheses, option paths, backtick
# options, e-mail domains, contractions, SQL verbs in English, psql
# tables, keyword arguments, hyphenated names): prose 11/994 / 10/1000,
# code 19/647 / 19/648, list items 1/246 / 1/251, package descriptions
# 1/567; all benign values 35/4504 / 34/4516.
# Moved down 2026-12-02 after issue 11's seventh round (README;
# test_31_waf_detect_heldout_r8: a manual page's emphasis escapes, Java
# names as words of a sentence, glob segments of a path): prose 10/994 /
# 9/1000, code 18/647 / 18/648, package descriptions 0/567; all benign
# values 32/4504 / 31/4516.
BENIGN_CEILINGS = {
    "query": {"faker": 0.001, "path": 0.037, "doc-prose": 0.012,
              "doc-code": 0.030, "doc-list": 0.009, "pkg-summary": 0.002,
              "pkg-description": 0.002, "ALL": 0.008},
    "json": {"faker": 0.001, "path": 0.037, "doc-prose": 0.010,
             "doc-code": 0.030, "doc-list": 0.008, "pkg-summary": 0.002,
             "pkg-description": 0.002, "ALL": 0.008},
}
FAKER_CLASSES = ("name", "address", "company", "email", "url", "phone",
                 "job", "user-agent", "text")


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    items = cd.sample(ce.load(), SAMPLE)
    replayed, problems = ce.measure(
        tmp_path_factory.mktemp("corpus_external"), items=items)
    assert not problems, "\n".join(problems[:20])
    return ce.summarize(replayed)[ce.CORPUS]


rate_of = cd.rate_of


def test_every_request_answered(summary):
    for placement, e in summary.items():
        errors = sum(r["error"] for r in e["labels"].values())
        assert errors == 0, f"{placement}: {errors} without an answer or 5xx"


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("cat", sorted(RECALL_FLOORS))
def test_recall(summary, placement, cat):
    rows = summary[placement]["categories"]
    if cat == "ALL":
        rate, frac = rate_of(rows, lambda k: k.startswith("attack:"))
    elif cat == "small":
        rate, frac = rate_of(rows, lambda k: k.split(":", 1)[1] in SMALL
                             and k.startswith("attack:"))
    else:
        rate, frac = rate_of(rows, lambda k: k == f"attack:{cat}")
    assert rate >= RECALL_FLOORS[cat], frac


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("cls", sorted(BENIGN_CEILINGS["query"]))
def test_benign(summary, placement, cls):
    rows = summary[placement]["categories"]
    if cls == "ALL":
        rate, frac = rate_of(rows, lambda k: k.startswith("benign:"))
    elif cls == "faker":
        rate, frac = rate_of(rows, lambda k: k.split(":", 1)[1]
                             in FAKER_CLASSES and k.startswith("benign:"))
    else:
        rate, frac = rate_of(rows, lambda k: k == f"benign:{cls}")
    assert rate <= BENIGN_CEILINGS[placement][cls], frac


def test_every_category_is_measured(summary):
    """A category added to the corpora gets a floor or a ceiling here."""
    cats = {k for k in summary["query"]["categories"]}
    attacks = {k.split(":", 1)[1] for k in cats if k.startswith("attack:")}
    benign = {k.split(":", 1)[1] for k in cats if k.startswith("benign:")}
    assert attacks == (set(RECALL_FLOORS) - {"small", "ALL"}) | set(SMALL)
    assert benign == (set(BENIGN_CEILINGS["query"]) - {"faker", "ALL"}) \
        | set(FAKER_CLASSES)


def _builder():
    path = ce.EXTERNAL / "build_external.py"
    spec = importlib.util.spec_from_file_location("build_external", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_attacks_are_held_out():
    """No attack value is one the WAF was tuned on: none appears, stripped,
    in dev-payloads.jsonl or the CRS cases."""
    builder = _builder()
    if not (builder.SHARED / "dev-payloads.jsonl").exists():
        pytest.skip(f"no development corpora at {builder.SHARED}")
    tuned = builder.tuned_values()
    leaked = [it["id"] for it in ce.load([ce.ATTACKS])
              if it["value"].strip() in tuned]
    assert not leaked, leaked[:10]


def test_corpus_records():
    items = ce.load()
    assert len({it["id"] for it in items}) == len(items)
    assert sum(it["label"] == "attack" for it in items) >= 1500
    assert sum(it["label"] == "benign" for it in items) >= 3000
    for it in items:
        assert it["label"] in ("attack", "benign"), it["id"]
        assert 1 <= len(it["value"]) <= 2000, it["id"]
        assert ":" in it["origin"], it["id"]
    with open(ce.ATTACKS, encoding="utf-8") as f:
        first = json.loads(f.readline())
    assert list(first) == ["id", "source", "category", "label", "value"]
