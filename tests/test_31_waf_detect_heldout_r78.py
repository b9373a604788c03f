"""WAF, part 2z55: held-out probes, seventy-eighth file (README: the
eighty-sixth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the eighty-sixth round's corpora (milliner, cooperage,
thatcher, zookeeper) showed when first replayed (at d81ae3f's code) that
the round fixed, an attack each and a look-alike that passes:
- fork-bomb: a function that pipes itself into itself in the background,
  under any name; a function definition that does not passes.
- obs-fold: a spelled CR LF, one blank, then a header (HTTP's obsolete
  line folding); a label after a typed break and two blanks passes.
- probe-tail: a value that starts as a command line ("time ...") and
  chains a probe after ";" or "|" that ends the value; a word after the
  chain passes.
- tab-formula: a formula after a leading tab, arithmetic before the
  function that fetches a URL; a tab before a label passes.
- csv-header-note: a CSV header row, then a note's label, in a query
  value (a false positive at d81ae3f); a header after a token is refused.
- csv-cell-breakout: a quote the value closes on its first line without
  opening it, then a row of three cells; a screen's inches passes.
In a query value only (a body's text has line breaks of its own):
- csv-claim-row: a first line with a digit, then a CSV row claiming an
  outcome as the last line; a header row, words only, then a row passes.
- redis-open: a Redis command that empties the server opening the value,
  then a line of its own; "flushall" in a sentence passes.
Measured on d81ae3f: every attack passed but csv-header-note's, and its
look-alike was refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

import pytest

from wafkit import (assert_passes_everywhere, assert_refused_everywhere,  # noqa: F401
                    heldout_probe_tests, probe_placements, session, waf_config)

CONF = waf_config()

ATTACKS = {
    "fork-bomb": ["go; zz(){ zz|zz& };zz"],
    "obs-fold": ["Mon%0d%0a%20Location:%20http://203.0.113.8/"],
    "probe-tail": ["time travels; id -u"],
    "tab-formula": ["\t=4*2+IMAGE(\"https://203.0.113.3/p.png\")"],
    "csv-header-note": ["q1\r\nRefresh: 0;url=http://203.0.113.2/"],
    "csv-cell-breakout": ["hall B\"\nR-5,loan,0.00,returned"],
}

BENIGN = {
    "fork-bomb": ["shape() { circle(r=3); square(2); }"],
    "obs-fold": ["Mon\r\n  Location: Leeds depot"],
    "probe-tail": ["time travels; identity unknown"],
    "tab-formula": ["\tnote: 4*2 boxes, see the IMAGE tab"],
    "csv-header-note": ["part,qty\nremark: counted twice"],
    "csv-cell-breakout": ["Screen 27\"\nblack, matte, 4K"],
}

QUERY_ATTACKS = {
    "csv-claim-row": ["B-4;60\nZ-1;credit;-75;approved"],
    "redis-open": ["FLUSHDB\r\nSET k9 v"],
}

QUERY_BENIGN = {
    "csv-claim-row": ["part;qty;state\nZ-1;3;approved"],
    "redis-open": ["flushall the drains\nthen check"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r78_attack_refused_everywhere,
 test_heldout_r78_benign_passes) = heldout_probe_tests(
    "r78", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)


def query_only(got):
    return {k: r for k, r in got.items() if k != "json"}


def cases(table):
    return [pytest.param(c, v, id=f"{c}-{i}")
            for i, (c, v) in enumerate((c, v) for c, vs in table.items() for v in vs)]


@pytest.mark.parametrize("cls,value", cases(QUERY_ATTACKS))
def test_heldout_r78_query_attack_refused(edge, session, cls, value):
    assert_refused_everywhere(query_only(probe_placements(session, edge, value)), cls, value)


@pytest.mark.parametrize("cls,value", cases(QUERY_BENIGN))
def test_heldout_r78_query_benign_passes(edge, session, cls, value):
    assert_passes_everywhere(probe_placements(session, edge, value), cls, value)
