"""WAF, part 2z43: held-out probes, sixty-sixth file (README: the
seventy-fourth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the bonsainursery, lifeguards, cheesemaker and ferryline
corpora showed when first replayed (at c3e8b86) that the round fixed, an
attack the round refuses and a look-alike it passes:
- union-prose: UNION SELECT followed by a select list a database parses;
  a sentence that opens with "Union select" and goes on with words no
  select list takes (a false positive at c3e8b86).
- delimited-header: a run of bare names a ";" apart where the probes'
  names stand; a header of four cells, two of them words the shell also
  knows (a false positive at c3e8b86).
- delay-span: a backtick span holding only a delay that ends the value
  after a word or a parenthesis; the same span in a sentence that goes on.
- dde-link: a DDE link to a Windows program glued to a word, no formula
  sign before it; a bar and a quoted word in text.
- logfmt-record: after a one-token head and a typed line break, a logfmt
  record naming who acted; the same record after a label.
Measured on c3e8b86: the attacks of delay-span, dde-link and
logfmt-record passed in every placement (the others were refused), and
the look-alikes of union-prose and delimited-header were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "union-prose": ["1 union select password hash from accounts"],
    "delimited-header": ["x;date;who;uname"],
    "delay-span": ["Tray 12 (juniper) `sleep 6`", "Grade B `sleep 4`"],
    "dde-link": ["Crate 5kg=cmd|'/c notepad'!B2"],
    "logfmt-record": ["Q-88\nitem=4 state=void by=ops"],
}

BENIGN = {
    "union-prose": ["Union select panel votes on Friday"],
    "delimited-header": ["Export columns: route;date;units;lot_no"],
    "delay-span": ["We added `sleep 5` between calls.", "What does `sleep 5` do?"],
    "dde-link": ["Pipe a|'b'!c in the docs"],
    "logfmt-record": ["Please see:\nuser=ana role=viewer team=north"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r66_attack_refused_everywhere,
 test_heldout_r66_benign_passes) = heldout_probe_tests(
    "r66", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
