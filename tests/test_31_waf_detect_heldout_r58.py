"""WAF, part 2z35: held-out probes, fifty-eighth file (README: the
sixty-sixth round), written for this file on 2026-12-06. No string is taken
from a corpus or a public list: each class is written here in shapes of
our own, through the real edge (shipped config, bans off).

The classes the vineyardtours, curling, stormchasers and bookbinding
corpora showed when first replayed (at fea9188) that the round fixed, an
attack the round refuses and a look-alike it passes:
- table-without-bars: a GFM table written without its outer bars, a
  command chained after its last cell; the same table with a command's
  name as a cell (the row after the delimiter row is cells).
- php-variable-call: a variable function called with its parenthesis
  glued to the name; a template's placeholder before a parenthetical.
- xpath-union-after-call: a function's quoted argument closed, then a
  union with a descendant path of steps; a call, then a comment.
- role-granted-admin: a record after a typed line break that reports a
  privilege raised to root; the same words on the phrase's own line.
Measured on fea9188: the xpath and role attacks passed (the role's in
JSON; the query already refused its line break), and the table and
placeholder look-alikes were refused in every placement; the other
probes were as they must be.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "table-without-bars": ["Kiln | Mode\n---|---\nglaze | auto; id"],
    "php-variable-call": ["${cb}(${q})"],
    "xpath-union-after-call": ["') | //staff/salary | ('"],
    "role-granted-admin": ["Gate 3\r\n[2025-01-09 08:00:01] AUDIT privileges elevated for temp7"
                           " -> root"],
}

BENIGN = {
    "table-without-bars": ["Kiln | Mode\n---|---\nfree | auto"],
    "php-variable-call": ["Badge: ${first} (${team})"],
    "xpath-union-after-call": ["note('x') | //todo later"],
    "role-granted-admin": ["Gate 3: privileges elevated for temp7 -> root"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r58_attack_refused_everywhere,
 test_heldout_r58_benign_passes) = heldout_probe_tests(
    "r58", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
