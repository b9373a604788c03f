"""WAF, part 2w: held-out probes, twenty-first file (README: the
thirty-first round), written for this file on 2026-12-05 after the legal
and pharma corpora (tests/corpus/legal/, tests/corpus/pharma/) were first
replayed, for the classes they showed. No string is taken from a corpus
or a public list: each class is written here in shapes of our own,
through the real edge (shipped config, bans off).

Look-alikes that must pass:
- own-group: a search that opens and closes its own group, then AND a
  condition on a name or a call ("(renew* w/5 notice) AND Status = Open":
  the ")" closes no group of the application's);
- reply-prefix (the pharma corpus's class): a salutation, a line break,
  then a mail's reply prefix ("AW:", a subject, no header) in a query
  value.

Attacks that must be refused:
- own-group: the same group, then a comparison of literals (a blind
  probe's true or false), or a condition that repeats a name on both
  sides; a ")" the value never opened, then a condition on names;
- reply-prefix: a salutation, a line break, then a header of a mail's
  ("Reply-To:") in a query value.

Measured before the changes (2026-12-05): own-group on ae25e33, its
look-alikes refused; reply-prefix on 55a8e90, its look-alike refused. See
the commit messages. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "own-group": ["(lease*) AND 1=2", "(lease*) OR tier=tier", "9) AND owner = Bob"],
    "reply-prefix": ["Hallo,\nReply-To: desk@attacker.example"],
}

BENIGN = {
    "own-group": ["(renew* w/5 notice) AND Status = Open",
                  "(refund* NEAR/8 delay*) AND sent(>= 2023-06-01)"],
    "reply-prefix": ["Hallo,\nAW: Lieferung KW 12 verschoben"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r21_attack_refused_everywhere,
 test_heldout_r21_benign_passes) = heldout_probe_tests(
    "r21", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
