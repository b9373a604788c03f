"""WAF, part 6b: the development corpora of issue 11 and our own benign corpus
replayed through the real edge on the shipped config (bans off), on a fixed
sample: dev-payloads.jsonl (at most 2,000 values per label and category, in
the query and in a JSON body), CSIC 2010 (at most 3,000 requests per class),
and all of tests/corpus/. About 24,000 requests, ~10 s.

Floors are recall measured with this sample when they were set (2026-12-01,
the WAF of main at 9752ce5; main's rules-as-data WAF at f52e0da gives the
same counts on the whole corpora), rounded down by one case; ceilings are the
benign block rates then, rounded up the same way. Floors only move up and
ceilings down. Recall and benign rates are WAF 403s over the requests the WAF
saw: shape refusals (400/413/414/415/...) are counted apart. Standalone, on
the whole corpora and with the cases listed:
    .venv/bin/python tests/corpus_dev.py --show-fp path --show-missed cmdi
"""
import math
import subprocess  # nosec B404 - runs the project's own generator
import sys

import pytest

import corpus_dev as cd
import corpus_replay as cr

SAMPLE = {"payloads": 2000, "csic": 3000, "own-values": None,
          "own-requests": None}

# Each floor is the recall measured then with one attack fewer caught,
# rounded down; each ceiling the block rate with one benign case more
# blocked, rounded up (measured blocked/seen in the comments). They only
# move up (ceilings down); last moved 2026-12-01 after the second round of
# issue 11's detection work (before issue 11: sqli 0.95, xss 0.92,
# traversal 0.78, rfi 0.39, cmdi 0.51, other 0.20, all 0.73; our benign
# values 0.106, requests 0.18; before the second round: traversal 0.87 /
# 0.86, cmdi 0.84, other 0.52, all 0.95).
# dev-payloads, recall per attack category in each placement (query / json:
# sqli 1968/1998 / 1970/2000, xss 1561/1639, traversal 455/504 / 458/515,
# rfi 1995/2000, cmdi 93/107, other 149/195, ssi 78/78; all attacks
# 6291/6538 / 6296/6551; other moved 2026-12-02 in issue 11's fourth
# round, from 134/195 and a floor of 0.68; traversal 2026-12-02 in the
# fifth round (README): 457/504 / 460/515, the etc of a package's
# prefix and servers' logs by name; 458/504 / 461/515 and xss 1562/1639
# after the seventh round: a Windows path with spaces in its directory
# names, a script entry point assigned then called; the floors, rounded
# down, stay; xss 1562/1639 in both placements on 2026-12-03: a script URL
# spelled by string literals joined with "+").
PAYLOAD_RECALL_FLOORS = {
    "query": {"sqli": 0.98, "xss": 0.95, "traversal": 0.90, "rfi": 0.99,
              "cmdi": 0.85, "other": 0.75, "ssi": 0.98, "ALL": 0.96},
    "json": {"sqli": 0.98, "xss": 0.95, "traversal": 0.89, "rfi": 0.99,
             "cmdi": 0.85, "other": 0.75, "ssi": 0.98, "ALL": 0.96},
}
# dev-payloads benign values blocked, both placements (HttpParams/fuzzdb
# `other` 1/2000; libinjection's false_positives.txt `sqli` 2/402).
PAYLOAD_BENIGN_CEILINGS = {"other": 0.001, "sqli": 0.008}

# CSIC 2010 (anomalous 950/2995 caught; normal 0/3000 blocked). Until
# invalid UTF-8 moved to paranoia 2 (forms from ISO-8859-1 pages send
# Latin-1: Mu%F1oz), protocol-utf8 blocked 1531/3000 normal requests and
# 1792/2995 anomalous ones, about half of the latter for the same Latin-1
# letters rather than for their anomaly: the floor went down with it.
CSIC_ANOMALOUS_FLOOR = 0.31
CSIC_NORMAL_CEILING = 0.0004

# Our benign values, both placements (query 8/2982, json 7/2982; 7/2982
# in both after the fifth round (README), 2026-12-02: a multi-line code
# note in a query value is no header injection).
OWN_VALUES_CEILING = 0.003
OWN_VALUE_CLASS_CEILINGS = {
    "prose": 0.001,  # every prose-* class together: 0/1043
    "search": 0.005,  # 0/220
    "name": 0.007, "email": 0.007, "url": 0.005, "html-rich": 0.01,  # 0
    "path": 0.032,  # 4/160 (/var/log/<app>/access.log as a whole value)
    "path-in-text": 0.017,  # 0/60
    "markdown": 0.006,  # 0/170
    "code": 0.027,  # 3/150 (SQL statements pasted into code notes; 4 before 2026-12-02)
    "shell": 0.007,  # 0/160
    "docstring": 0.01,  # 0/110
    "structured": 0.005,  # 0/230
    "unicode": 0.017,  # 0/59
}
# Our whole requests: WAF 0/618 seen; none refused by shape (36 were, 415,
# until 2026-12-03: the catch-all took no binary media type and no
# compressed body).
OWN_REQUESTS_CEILING = 0.002
OWN_REQUESTS_REFUSED_CEILING = 0.002
OWN_REQUEST_CLASS_CEILINGS = {
    "page": 0.007, "beacon-ga4": 0.012, "beacon-matomo": 0.025,
    "form": 0.02, "beacon-pixel": 0.025, "api-json": 0.01, "api-get": 0.017,
    "multipart": 0.025, "header-underscore": 0.084,  # all 0
    "binary": 0.042, "compressed": 0.084,  # 0 (size-checked only)
}


def _available(corpus):
    return cd.CORPUS_FILES[corpus].exists()


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    replayed = {}
    with cr.run_edge(tmp_path_factory.mktemp("corpus_dev")) as edge:
        for corpus, n in SAMPLE.items():
            if _available(corpus):
                replayed.update(cd.run("127.0.0.1", edge.port, [corpus], n))
        problems = cd.error_log_problems(edge)
    assert not problems, "\n".join(problems[:20])
    return cd.summarize(replayed)


def need(corpus):
    if not _available(corpus):
        pytest.skip(f"no corpus at {cd.CORPUS_FILES[corpus]}")


rate_of = cd.rate_of


def test_no_errors_nor_lost_answers(summary):
    for corpus, by_placement in summary.items():
        for placement, e in by_placement.items():
            errors = sum(r["error"] for r in e["labels"].values())
            assert errors == 0, f"{corpus}/{placement}: {errors}"


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("cat", sorted(PAYLOAD_RECALL_FLOORS["query"]))
def test_payload_recall(summary, placement, cat):
    need("payloads")
    e = summary["payloads"][placement]
    if cat == "ALL":
        rate, frac = rate_of(e["labels"], lambda k: k == "attack")
    else:
        rate, frac = rate_of(e["categories"], lambda k: k == f"attack:{cat}")
    assert rate >= PAYLOAD_RECALL_FLOORS[placement][cat], frac


# The same recall without the values two readers judged not attacks
# (tests/corpus_dev_adjudication.json: 42 traversal templates whose {file}
# was never filled, and the like; measured 455/470 query, 458/473 json;
# 457/470, 460/473 after the fifth round (README), 2026-12-02; 458/470,
# 461/473 after the seventh).
PAYLOAD_ADJUDICATED_FLOORS = {"traversal": 0.97}


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("cat", sorted(PAYLOAD_ADJUDICATED_FLOORS))
def test_payload_recall_adjudicated(summary, placement, cat):
    need("payloads")
    r = summary["payloads"][placement]["adjudicated_categories"][cat]
    assert r["rate"] >= PAYLOAD_ADJUDICATED_FLOORS[cat], \
        f"{r['waf']}/{r['waf'] + r['pass']}"


def test_adjudicated_values_are_attack_labelled():
    need("payloads")
    labels = {it["id"]: it["label"] for it in cd.load_payloads()}
    adjudicated = cd.load_adjudication()
    assert adjudicated
    for value_id, reason in adjudicated.items():
        assert labels.get(value_id) == "attack", value_id
        assert "second reading:" in reason, value_id


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
@pytest.mark.parametrize("cat", sorted(PAYLOAD_BENIGN_CEILINGS))
def test_payload_benign(summary, placement, cat):
    need("payloads")
    rate, frac = rate_of(summary["payloads"][placement]["categories"],
                         lambda k: k == f"benign:{cat}")
    assert rate <= PAYLOAD_BENIGN_CEILINGS[cat], frac


def test_payload_placements_agree(summary):
    """A value is judged the same in the query and in a JSON body, give or
    take a few (the query's shape limits differ)."""
    need("payloads")
    q = summary["payloads"]["query"]["categories"]
    j = summary["payloads"]["json"]["categories"]
    for key in q:
        assert abs(q[key]["waf"] - j[key]["waf"]) <= max(
            3, math.ceil(0.01 * q[key]["n"])), key


def test_csic(summary):
    need("csic")
    rows = summary["csic"]["raw"]["categories"]
    rate, frac = rate_of(rows, lambda k: k == "attack:anomalous")
    assert rate >= CSIC_ANOMALOUS_FLOOR, frac
    rate, frac = rate_of(rows, lambda k: k == "benign:normal")
    assert rate <= CSIC_NORMAL_CEILING, frac


@pytest.mark.parametrize("placement", cd.PLACEMENTS)
def test_own_values(summary, placement):
    rows = summary["own-values"][placement]["categories"]
    rate, frac = rate_of(rows, lambda k: True)
    assert rate <= OWN_VALUES_CEILING, frac
    over = {}
    for cls, ceiling in OWN_VALUE_CLASS_CEILINGS.items():
        rate, frac = rate_of(rows, lambda k, c=cls: k == f"benign:{c}" or (
            c == "prose" and k.startswith("benign:prose-")))
        if rate > ceiling:
            over[cls] = frac
    assert not over, over


def test_own_requests(summary):
    e = summary["own-requests"]["raw"]
    rows = e["categories"]
    rate, frac = rate_of(rows, lambda k: True)
    assert rate <= OWN_REQUESTS_CEILING, frac
    assert e["labels"]["benign"]["refused"] <= OWN_REQUESTS_REFUSED_CEILING
    over = {}
    for cls, ceiling in OWN_REQUEST_CLASS_CEILINGS.items():
        rate, frac = rate_of(rows, lambda k, c=cls: k == f"benign:{c}")
        if rate > ceiling:
            over[cls] = frac
    assert not over, over


def test_every_own_class_has_a_ceiling(summary):
    """A class added to the generator gets a ceiling here too."""
    classes = {k.split(":", 1)[1] for k in
               summary["own-values"]["query"]["categories"]}
    assert {("prose" if c.startswith("prose-") else c) for c in classes} \
        == set(OWN_VALUE_CLASS_CEILINGS)
    seen = {k.split(":", 1)[1] for k, r in
            summary["own-requests"]["raw"]["categories"].items()
            if r["waf"] + r["pass"]}
    assert seen == set(OWN_REQUEST_CLASS_CEILINGS)


def test_benign_corpus_is_what_the_generator_writes(tmp_path):
    subprocess.run(  # nosec B603 - fixed argv
        [sys.executable, str(cd.HERE / "corpus" / "make_benign.py"),
         "--out", str(tmp_path)], check=True, capture_output=True,
        timeout=60)
    for path in (cd.OWN_VALUES, cd.OWN_REQUESTS):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), \
            f"{path.name}: rerun tests/corpus/make_benign.py"


def test_benign_corpus_sizes():
    values = cd.load_own(cd.OWN_VALUES)
    requests = cd.load_own(cd.OWN_REQUESTS)
    assert len(values) >= 2000 and len(requests) >= 300
    assert len({v["value"] for v in values}) == len(values)
    assert len({v["id"] for v in values + requests}) == len(values) + \
        len(requests)


def test_benign_values_are_not_from_the_dev_corpus():
    need("payloads")
    dev = {p["value"].strip().lower() for p in cd.load_payloads()}
    own = [v["value"] for v in cd.load_own(cd.OWN_VALUES)
           if v["value"].strip().lower() in dev]
    assert not own, own[:10]
