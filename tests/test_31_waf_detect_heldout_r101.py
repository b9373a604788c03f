"""WAF, part 2z78: held-out probes, hundred-and-first file (README: the
hundred-and-ninth round), written for this file on 2026-12-08. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

The class the hundred-and-ninth round's corpora (florist, boatyard,
yogaretreat, vinylshop) showed when first replayed (at d6b1d5d) that the
round fixed, look-alikes and attacks beside them:
- operand-missing: a command that needs an operand given none between
  separators ("sleep &&", "sleep |") is a usage error that runs nothing
  (the false positive: a plan written with "&&"); given its operand, or
  followed by a command of its own, it is refused as before.
Measured on d6b1d5d: both look-alikes were refused, both attacks refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "operand-missing": ["a && sleep 7 && b", "q;sleep;uname"],
}

BENIGN = {
    "operand-missing": ["swim && sleep && eat cake", "nap; sleep | then tea"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r101_attack_refused_everywhere,
 test_heldout_r101_benign_passes) = heldout_probe_tests(
    "r101", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
