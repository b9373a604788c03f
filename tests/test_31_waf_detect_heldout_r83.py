"""WAF, part 2z60: held-out probes, eighty-third file (README: the
ninety-first round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-first round's corpora (sawmill, fishhatchery,
saltworks, tannery) showed when first replayed (at 8a18153) that the
round fixed, an attack each and a look-alike that passes:
- shell-given-number: "ash", a shell and a tree, given a number in a
  table's cell (a false positive at 8a18153); given a script's path
  after a ";", still refused.
- ifs-assigned-run: an IFS of the value's own, then a variable given a
  program's name and its arguments joined by it, then run; a number
  given passes.
- decoded-substitution: a substitution at a command's place whose
  command decodes base64; the decoder named in a sentence's code span
  passes.
- redirect-ip-port: a URL as the whole value whose path holds an
  internal address and a port as a segment; a path of words and a
  number passes.
- spelled-csv-row: a break the raw value only spells, then a CSV row of
  three cells with a digit, only the break encoded; two phrases after
  the same break pass.
- xpath-secret-text: a step of every element whose predicate looks for
  a secret's word; one that looks for a class passes.
- set-column-paren: a literal closed, then a column set to a literal, a
  parenthesis closed and a comment; a possessive and a parenthesis in
  prose pass.
Measured on 8a18153: every attack passed but shell-given-number's and
decoded-substitution's second (refused before too), and the look-alike
of shell-given-number was refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "shell-given-number": ["Bay 6; ash /tmp/b.sh"],
    "ifs-assigned-run": ["ok;IFS=,;k=uname,-a;$k"],
    "decoded-substitution": ["x|`echo dW5hbWU|base64 -d`", "ok;$(printf bHNsYQ | base64 --decode)"],
    "redirect-ip-port": ["https://r.example/go/10.1.2.3:8080/status"],
    "spelled-csv-row": ["cedar 2x4%0a9912,void,0.00"],
    "xpath-secret-text": ["//*[starts-with(text(), 'api_key')]"],
    "set-column-paren": ["Ann', plan='gold') -- "],
}

BENIGN = {
    "shell-given-number": ["bay 4 | ash 25 | 2.0 m\nbay 5 | elm 30 | 1.5 m"],
    "ifs-assigned-run": ["IFS=,; n=5,6; $n is the pair"],
    "decoded-substitution": ["decode it with `base64 -d file.txt` first"],
    "redirect-ip-port": ["https://r.example/go/status/8080"],
    "spelled-csv-row": ["cedar 2x4%0athanks, see you at 10"],
    "xpath-secret-text": ["//item[contains(@class, 'blue')]"],
    "set-column-paren": ["Ann's plan (gold) -- see notes"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r83_attack_refused_everywhere,
 test_heldout_r83_benign_passes) = heldout_probe_tests(
    "r83", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
