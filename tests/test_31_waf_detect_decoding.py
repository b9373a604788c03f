"""WAF: what a "+" is in each place a value comes from, and Ruby's
interpolation of names (2026-12-05, twenty-third round, before the new
held-out corpora were replayed).

A "+" is a blank only in a form's encoding (a query string, a form body),
which the parsers undo once. In a value's later decodings (a double
encoding), a JSON string or a path segment it is a plus sign: the edge
used to read every value with a percent escape as a form, so a JSON note
lost its plus signs ("%1+0" read as "%1 0"). A body with no Content-Type
that is one value, with no blank and a percent escape, is what `curl -d`
sends: a form's value, "+" a blank.

Ruby's (CoffeeScript's, Groovy's) interpolation of names and numbers in
arithmetic ("#{i + 1}") is a string's data, as "${i + 1}" is; two
literals ("#{7*7}"), a command literal, a file read are not.

Each attack is sent as a query value (URL-encoded once and twice) and as
a JSON body field; each look-alike must pass in the same placements."""

import pytest

from wafkit import (WafEdge, assert_passes_everywhere,  # noqa: F401
                    assert_refused_everywhere, assert_tables_balanced,
                    probe_cases, probe_placements, refused, session,
                    waf_config)

CONF = waf_config()

ATTACKS = {
    # arithmetic on a string after a modulo: a tautology once "+" is a plus
    "plus-sign": ["n'%5+1='1", "k'%3+2='2"],
    "ruby-interpolation": ["#{9*9}", "#{%x(uname -a)}", "#{File.read '/etc/hosts'}",
                           "#{`hostname`}"],
}

BENIGN = {
    "plus-sign": ["C%2B%2B and 50% + tax", "growth 12% + bonus, see C++ notes"],
    "ruby-interpolation": ["puts \"#{idx + 1}. #{title}\"", "label = \"#{rows * 2} rows\"",
                           "\"#{user.name} has #{points - 1} points\""],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES)
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-decoding"), CONF).start()
    yield e
    e.stop()


def test_tables_are_balanced():
    assert_tables_balanced(ATTACKS, BENIGN)


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_decoding_attack_refused_everywhere(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_decoding_benign_passes(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_passes_everywhere(got, cls, value)


# An untyped body of one URL-encoded value: "+" reads as a blank, as in a
# form; a body with blanks is text, read as it is.
@pytest.mark.parametrize("body,blocked", [
    (b"drop+table+accounts%3B%0A", True),
    (b"union+all+select+password+from+accounts%0A", True),
    (b"C%2B%2B+and+Rust%0A", False),
    (b"growth 12% + bonus", False),
])
def test_untyped_encoded_body(edge, session, body, blocked):
    r = session.post(edge.url + "/probe", data=body,
                     headers={"Content-Type": None})
    assert "Content-Type" not in r.request.headers
    assert refused(r) == blocked, (body, r.status_code, r.text[:200])
