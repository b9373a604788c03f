"""WAF, part 6: the CRS regression corpus (cases with pl <= 1) replayed raw
through the real edge on the shipped config (bans off: one client sends
everything). The floors are what the WAF achieved when they were set,
rounded down; they only ever move up (and the benign ceilings down).
Standalone, with details: .venv/bin/python tests/corpus_replay.py"""
import pytest

import corpus_replay as cr

# Recall per CRS category (attack cases blocked / attack cases).
RECALL_FLOORS = {
    "920": 0.81, "921": 1.00, "930": 0.98, "931": 1.00, "932": 0.96,
    "933": 0.97, "934": 1.00, "941": 0.95, "942": 0.95, "943": 0.92,
    "944": 1.00,
}
RECALL_FLOOR = 0.96
# 920 went from 0.85 to 0.84 when invalid UTF-8 (protocol-utf8) moved to
# paranoia 2: three 920250 cases are lone or truncated non-UTF-8 bytes
# (%c0, %E2%A3), which forms posted from ISO-8859-1 pages send as letters
# (CRS itself ships 920250 disabled); overlong forms still block at 1.
# 920 went from 0.84 (121/144) to 0.81 (117/144) on 2026-12-03 when the
# catch-all route took JSON's other media types (application/*+json,
# application/csp-report) and parses them as JSON: four 920420 cases are
# CRS's content-type policy ({"foo":"bar"} sent as cloudevents+json,
# csp-report, reports+json), not attacks; browsers send CSP and Reporting
# API reports as those types, and JSON:API and merge-patch clients theirs,
# which were refused with 415 (test_31_waf_detect_traffic).
# Benign cases blocked: all of them, and without the cases two readers
# judged attacks or requests no origin accepts (tests/corpus_adjudication.json).
# BENIGN_READ_CEILING went from 0.03 to 0.04 when the second reading returned
# 8 cases to the benign set (measured 0.036, 19/528).
BENIGN_CEILING = 0.12
BENIGN_READ_CEILING = 0.04

pytestmark = pytest.mark.skipif(not cr.CORPUS.exists(),
                                reason=f"no corpus at {cr.CORPUS}")


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    edge = cr.run_edge(tmp_path_factory.mktemp("corpus"))
    with edge:
        results = cr.replay("127.0.0.1", edge.port, cr.load_cases(1))
        log = edge.error_log.read_text("utf-8", "replace")
        bad = [line for line in log.splitlines()
               if "[error]" in line or "[crit]" in line or "[alert]" in line]
    assert not bad, "\n".join(bad[:20])
    return cr.summarize(results)


def rate(table):
    b, n = cr.totals(table)
    return b / n


def test_no_server_errors(summary):
    assert summary["errors"] == 0


@pytest.mark.parametrize("cat", sorted(RECALL_FLOORS))
def test_recall_per_category(summary, cat):
    blocked, total = summary["attack"][cat]
    assert blocked / total >= RECALL_FLOORS[cat], f"{cat}: {blocked}/{total}"


def test_recall_overall(summary):
    assert rate(summary["attack"]) >= RECALL_FLOOR


def test_benign_block_rate(summary):
    assert rate(summary["benign"]) <= BENIGN_CEILING


def test_benign_block_rate_without_adjudicated(summary):
    assert rate(summary["benign_read"]) <= BENIGN_READ_CEILING


def test_adjudicated_cases_exist_and_are_benign_labelled():
    cases = {c["id"]: c for c in cr.load_cases(4)}
    for case_id in cr.load_adjudication():
        assert case_id in cases, case_id
        assert cases[case_id]["label"] == "benign", case_id
