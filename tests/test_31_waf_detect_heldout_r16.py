"""WAF, part 2r: held-out probes, sixteenth file (README: the
twenty-seventh round), written for this file on 2026-12-05 after the
civic corpus (tests/corpus/civic/) was first replayed, for the classes it
showed. No string is taken from a corpus or a public list: each class is
written here in shapes of our own, through the real edge (shipped config,
bans off).

Look-alikes that must pass, by class:
- update-where: a note with commas, assignments and "where" in prose (no
  quote it closes);
- backslash-host: a public host with a backslash in its path;
- money: "net" before an amount of money (a "$" then digits with a
  separator is no shell parameter).

Attacks that must be refused, by class:
- update-where: the value's quote closes the SET clause's literal, more
  assignments, the UPDATE's own WHERE, then a comment or the literal left
  open;
- backslash-host: an internal address, a backslash, then "@" and a
  public name (a WHATWG parser reads the backslash as the path's start:
  the request goes to the internal address);
- money: "net" given its own subcommand and a user to add.

Measured before the change (2026-12-05, on 89a0623): see the commit
message. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "update-where": ["Shift swapped', approved='yes', hours=40 WHERE emp_no='E-5521'-- -",
                     "ok then', tier=3, owner='me' WHERE ticket=88#"],
    "backslash-host": ["http://0.0.0.0\\@files.example.org/a.txt",
                       "http://[::1]\\@cdn.example.net/"],
    "money": ["Deposit; net user temp9 Pw0rd! /add"],
}

BENIGN = {
    "update-where": ["Bob's note, a=1, b=2 where c=3 -- fine"],
    "backslash-host": ["See http://files.example.org\\docs for the form"],
    "money": ["Cleaning job paid $2,350 in May; net $1,910 after costs.",
              "Deposit; net $75.00 after fees"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r16_attack_refused_everywhere,
 test_heldout_r16_benign_passes) = heldout_probe_tests(
    "r16", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
