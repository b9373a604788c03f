"""WAF, part 2z53: held-out probes, seventy-sixth file (README: the
eighty-fourth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The class the bridgeclub corpus showed when first replayed (at b590b09)
that the round fixed, an attack the round refuses and a look-alike it
passes:
- capital-seat: a single capital letter as a table row's cell ("| W |",
  a bridge scorecard's seat) is no command: no Unix shell finds "W" for
  w (a false positive at b590b09); the lower-case w chained after a token
  is still refused.
Measured on b590b09: the look-alike was refused, the attack refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "capital-seat": ["k2; w"],
}

BENIGN = {
    "capital-seat": ["Round 2 | vs 5 | 1NT= | W | +90"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r76_attack_refused_everywhere,
 test_heldout_r76_benign_passes) = heldout_probe_tests(
    "r76", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
