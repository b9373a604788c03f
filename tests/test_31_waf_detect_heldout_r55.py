"""WAF, part 2z32: held-out probes, fifty-fifth file (README: the
sixty-third round), written for this file on 2026-12-06. No string is taken
from a corpus or a public list: each class is written here in shapes of
our own, through the real edge (shipped config, bans off).

The class the animalshelter, signshop, chiropractic and movingco corpora
showed when first replayed (at 21d6368) that the round fixed, an attack
the round refuses and a look-alike it passes:
- ldap-wildcard-after-parenthetical: a name's parenthetical, then a
  wildcard's filter closed and a filter of its own on an attribute that
  matches any value; the same parenthetical before a note in parentheses.
Measured on 21d6368: the attack passed in every placement, and the
look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "ldap-wildcard-after-parenthetical": ["Pen 7: Milo (dog) *)(cn=*))(|(cn=*"],
}

BENIGN = {
    "ldap-wildcard-after-parenthetical": ["Pen 7: Milo (dog) *)(see pen 8)"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r55_attack_refused_everywhere,
 test_heldout_r55_benign_passes) = heldout_probe_tests(
    "r55", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
