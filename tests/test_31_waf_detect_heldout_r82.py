"""WAF, part 2z59: held-out probes, eighty-second file (README: the
ninetieth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninetieth round's corpora (windmill, candlemaker,
bookshop, carpetweaver) showed when first replayed (at 2c7e889) that the
round fixed, an attack each and a look-alike that passes:
- csv-quoted-formula: a formula that fetches a URL, as a CSV cell quotes
  it (its quotes doubled) as the whole value; the formula a user types,
  unquoted, passes.
- xpath-axis-step: a word's or a number's predicate closed, then a step
  along an axis; a predicate written in brackets first passes.
- caret-name: a program's name cmd.exe's carets spell, wherever it
  stands; a tower of exponents passes.
- country-zone-host: a URL whose host holds a site's name in a country's
  academic or commercial zone, then another domain; the site's own URL
  passes.
- escaped-clf: a line break written as "\\r\\n", then an access log's
  record; a sentence naming the log passes.
- redirect-path-loopback: a URL as the whole value whose path holds a
  URL to the loopback name; one to a public site passes.
- json-operator-breakout: a JSON string closed, then a field of its own
  given an operator object; a filter document sent whole passes.
- spelled-request-log: a break the raw value only spells, then a
  request line and a status; the endpoint named in a sentence passes.
- filter-tautology: a name compared with a number, then OR two numbers
  a true comparison joins; numbers compared in a sentence pass.
- mongo-lookup: a collection looked up by name on "db", then a method
  called; an index and a call in prose pass.
In a query value only (a body's text has line breaks of its own):
- csv-admin-word: a first line with a digit, then a CSV row whose cell
  names admin joined to another word by a dash; a header row, words
  only, then the same row passes.
Measured on 2c7e889: every attack passed, and every look-alike passed.

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
    "csv-quoted-formula": ["\"=HYPERLINK(\"\"https://192.0.2.7/a\"\",\"\"see\"\")\""],
    "xpath-axis-step": ["7]/ancestor::node()"],
    "caret-name": ["note: n^e^t^s^t^a^t -an"],
    "country-zone-host": ["https://img.shop.ac.nz.x.example/a.png"],
    "escaped-clf": ["x\\r\\n10.0.0.1 - bob [14/Feb/2023:08:15:42 +0100] "
                    "\"GET /a HTTP/1.1\" 200 5"],
    "redirect-path-loopback": ["https://r.example/go/http%3a%2f%2flocalhost%2fpanel"],
    "json-operator-breakout": ["Kim\"}, \"age\": {\"$gt\": 1}, \"x\": \""],
    "spelled-request-log": ["ada%0aPOST /admin/users 201 by=eve"],
    "filter-tautology": ["k=90 or 2>1"],
    "mongo-lookup": ["x; db[\"orders\"].drop()"],
}

BENIGN = {
    "csv-quoted-formula": ["=HYPERLINK(\"https://192.0.2.7/a\",\"see\")"],
    "xpath-axis-step": ["[7]/ancestor::x is an axis step"],
    "caret-name": ["x^2^3 is a tower"],
    "country-zone-host": ["https://www.shop.co.uk/a.png"],
    "escaped-clf": ["x\\r\\nsee the access log for 10.0.0.1"],
    "redirect-path-loopback": ["https://r.example/go/http%3a%2f%2fexample.org%2f"],
    "json-operator-breakout": ["{\"price\": {\"$lt\": 5}}"],
    "spelled-request-log": ["ada%0aPOST /admin/users is the endpoint"],
    "filter-tautology": ["5 > 3 and 2 < 4"],
    "mongo-lookup": ["the db[0] entry . find(me)"],
}

QUERY_ATTACKS = {
    "csv-admin-word": ["A-1,9\r\nX-2,admin-reset,0"],
}

QUERY_BENIGN = {
    "csv-admin-word": ["part,qty,state\nX-2,admin-reset,0"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r82_attack_refused_everywhere,
 test_heldout_r82_benign_passes) = heldout_probe_tests(
    "r82", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)


def query_only(got):
    return {k: r for k, r in got.items() if k != "json"}


def cases(table):
    return [pytest.param(c, v, id=f"{c}-{i}")
            for i, (c, v) in enumerate((c, v) for c, vs in table.items() for v in vs)]


@pytest.mark.parametrize("cls,value", cases(QUERY_ATTACKS))
def test_heldout_r82_query_attack_refused(edge, session, cls, value):
    assert_refused_everywhere(query_only(probe_placements(session, edge, value)), cls, value)


@pytest.mark.parametrize("cls,value", cases(QUERY_BENIGN))
def test_heldout_r82_query_benign_passes(edge, session, cls, value):
    assert_passes_everywhere(probe_placements(session, edge, value), cls, value)
