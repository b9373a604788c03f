"""WAF, part 2t: held-out probes, eighteenth file (README: the
twenty-ninth round), written for this file on 2026-12-05 after the
round's two new held-out corpora (tests/corpus/sports/,
tests/corpus/automotive/) were first replayed, for the classes they
showed. No string is taken from a corpus or a public list: each class is
written here in shapes of our own, through the real edge (shipped config,
bans off).

Look-alikes that must pass, by class:
- json-arrow: an arrow between two quoted names in a sentence;
- var-spelled: assignments whose variables are used as words of text;
- level-line: a line that starts with "Notice" in prose, a remark in
  parentheses after a sentence.

Attacks that must be refused, by class:
- json-arrow: PostgreSQL's JSON arrows after the value's first quote,
  and between literals after OR and compared;
- var-spelled: a command spelled by two variables in a row
  ("p=una;r=me;$p$r");
- level-line (query only: a line break in a query value): a level in
  brackets, and a level word then key=value fields, as a line of their
  own after a title.

Measured before the change (2026-12-05, on f4c2dae): see the commit
message. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

import pytest

from wafkit import (WafEdge, assert_passes_everywhere,  # noqa: F401
                    assert_refused_everywhere, assert_tables_balanced,
                    probe_cases, probe_placements, session, waf_config)

CONF = waf_config()

ATTACKS = {
    "json-arrow": ["n' ->> 'role", "1 OR '{\"r\":1}' -> 'r' = 1"],
    "var-spelled": ["q;p=una;r=me;$p$r"],
}

QUERY_ATTACKS = {
    "level-line": ["Lot 9\r\n[AUDIT] gate opened by admin",
                   "Bay 3\nNOTICE override=on by=night_shift"],
}

BENIGN = {
    "json-arrow": ["Status changed 'Open' -> 'Closed'"],
    "var-spelled": ["price=5; tip=2; total $price plus $tip"],
    "level-line": ["Bay 3 at night\nNotice how the gate sticks in the cold",
                   "Shift notes from the gate\n(photo attached) hinge bent"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES)
QUERY_ATTACK_CASES = probe_cases(QUERY_ATTACKS, KNOWN_MISSES)
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout-r18"), CONF).start()
    yield e
    e.stop()


def test_tables_are_balanced():
    # every class has attacks and look-alikes, and none is both
    assert_tables_balanced({**ATTACKS, **QUERY_ATTACKS}, BENIGN)


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_heldout_r18_attack_refused_everywhere(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", QUERY_ATTACK_CASES)
def test_heldout_r18_attack_refused_in_the_query(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    got.pop("json")
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_heldout_r18_benign_passes(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_passes_everywhere(got, cls, value)
