"""WAF, part 2z58: held-out probes, eighty-first file (README: the
eighty-ninth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the eighty-ninth round's corpora (lacemaker, fireworks,
wheelwright, shepherdhut) showed when first replayed (at a56d104) that the
round fixed, an attack each and a look-alike that passes:
- english-shell: "ash" and "dash", shells whose names are English words,
  given a bare word in a sentence or a table's cell (false positives at
  a56d104); given a script's path, still refused.
- call-aside: a call between a sentence's dashes, "-- sleep(0) --" with
  em dashes (a false positive at a56d104); a quote closed, then AND and
  a delay, still refused.
- sleep-ended: a delay ended by ";" after a name; "sleep well;" passes.
- assigned-run: a variable given a command's name at a command's place,
  then run as the next command (sh's "k=x; $k", PowerShell's "$k=x; $k");
  a number given and named in a sentence passes.
- empty-output-sub: a command's name split by a substitution whose
  command prints nothing ("$( echo )"); the substitution alone between
  words passes.
- file-url-profile: a file: URL into a Windows profile's AppData, or at a
  file named for its keys; a download's file: URL passes.
- xpath-joined-fetch: a literal closed, then a fetch of a URL joined by
  "||" or ","; a sentence naming doc() passes.
- comment-aside: a one-word literal closed, then "--" and an aside in
  parentheses; a plural's possessive before the dashes passes.
- json-member-open: a JSON string closed, then one member of its own
  left open; a quotation and a comma in prose pass.
- blank-lines-record: a head with a thousands separator, blank lines,
  then a level word's record naming who acted; a greeting after the same
  head passes.
- escaped-cursor: a line that opens with an escaped cursor move or
  erasure after a break; a sentence naming the escape passes.
- spelled-frame: a break the raw value only spells, then a line framed
  by two-byte rules naming the log; the same frame around a chapter's
  title passes.
- loopback-param: a URL as the whole value whose query hands its server
  the loopback address; OAuth's redirect_uri to the developer's machine
  passes.
In a query value only (a body's text has line breaks of its own):
- csv-fewer-cells: a row of fewer cells, then a CSV row claiming a
  privileged account and an outcome; a header row of as many cells
  passes.
Measured on a56d104: every attack passed but english-shell's, call-aside's
and assigned-run's first (refused before too), and the look-alikes of
english-shell and call-aside were refused.

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
    "english-shell": ["Kiln 2; dash /tmp/k.sh"],
    "call-aside": ["x' and sleep(4)-- -"],
    "sleep-ended": ["Lena Ward; sleep 7;"],
    "assigned-run": ["ok;k=uname; $k -a", "Ref 9; $k=hostname; $k"],
    "empty-output-sub": ["q;wh$( echo )oami"],
    "file-url-profile": ["file:///E:/Users/kim/AppData/Roaming/app/cookies",
                         "see file:///srv/keys.json"],
    "xpath-joined-fetch": ["x\"||unparsed-text(\"http://192.0.2.4/a\")||\"",
                           "a', doc('ftp://192.0.2.5/f')"],
    "comment-aside": ["kim'-- (an aside)"],
    "json-member-open": ["Kim\", \"tier\": \"gold"],
    "blank-lines-record": ["Gate tally 1,450\n\n\n\nNOTICE vault opened by owner"],
    "escaped-cursor": ["done\n\\x1b[1A\\x1b[KOK all clear"],
    "spelled-frame": ["ann%0d%0a== audit trail reset =="],
    "loopback-param": ["https://x.example/go?to=127.0.0.1"],
}

BENIGN = {
    "english-shell": ["Bay 2 | ash grove | 3 ft | in stock: 9",
                      "Kiln: 2 hr per load; ash cools slowly overnight"],
    "call-aside": ["long day \u2014 sleep(0) \u2014 back tomorrow"],
    "sleep-ended": ["Lena Ward; sleep well;"],
    "assigned-run": ["price=5; $price is fine"],
    "empty-output-sub": ["A $(echo) B"],
    "file-url-profile": ["file:///C:/Users/x/Downloads/keyboard.pdf"],
    "xpath-joined-fetch": ["the doc() function reads a file, see ch. 2"],
    "comment-aside": ["the students'-- (an aside)"],
    "json-member-open": ["He said \"hi\", then left"],
    "blank-lines-record": ["Gate tally 1,450\n\n\nsee you all at noon"],
    "escaped-cursor": ["Use \\033[2J to clear the screen"],
    "spelled-frame": ["ann%0d%0a== chapter two =="],
    "loopback-param": ["https://auth.example/authorize?client_id=1"
                       "&redirect_uri=http://localhost:3000/cb"],
}

QUERY_ATTACKS = {
    "csv-fewer-cells": ["Kit;blue\neve;admin;approved;x"],
}

QUERY_BENIGN = {
    "csv-fewer-cells": ["a;b;c\nx;admin;approved"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r81_attack_refused_everywhere,
 test_heldout_r81_benign_passes) = heldout_probe_tests(
    "r81", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)


def query_only(got):
    return {k: r for k, r in got.items() if k != "json"}


def cases(table):
    return [pytest.param(c, v, id=f"{c}-{i}")
            for i, (c, v) in enumerate((c, v) for c, vs in table.items() for v in vs)]


@pytest.mark.parametrize("cls,value", cases(QUERY_ATTACKS))
def test_heldout_r81_query_attack_refused(edge, session, cls, value):
    assert_refused_everywhere(query_only(probe_placements(session, edge, value)), cls, value)


@pytest.mark.parametrize("cls,value", cases(QUERY_BENIGN))
def test_heldout_r81_query_benign_passes(edge, session, cls, value):
    assert_passes_everywhere(probe_placements(session, edge, value), cls, value)
