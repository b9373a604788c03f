"""WAF, part 2z34: held-out probes, fifty-seventh file (README: the
sixty-fifth round), written for this file on 2026-12-06. No string is taken
from a corpus or a public list: each class is written here in shapes of
our own, through the real edge (shipped config, bans off).

The classes the falconry, lighthouse, dialysis and printmaking corpora
showed when first replayed (at 2bbfd77) that the round fixed, an attack
the round refuses and a look-alike it passes:
- role-elemmatch-negated: an array of roles matched element by element
  with a negation; the same match by equality.
- select-from-article: a SELECT list, then FROM a table and a clause; a
  sentence that starts "SELECT x, SUM(y) from the ... page".
- fetch-through-proxy: an argument list that routes a fetch through a
  proxy the sender names; a sentence that sets a proxy before a command.
Measured on 2bbfd77: the first and the third attacks passed in every
placement, and the second look-alike was refused in every placement;
the other probes were as they must be.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "role-elemmatch-negated": ['{"acl_roles":{"$elemMatch":{"$nin":["reader"]}}}'],
    "select-from-article": ["SELECT bay, SUM(amount) FROM ledger GROUP BY bay --"],
    "fetch-through-proxy": ["--proxy 198.51.100.7:8080 https://files.example.org/a.zip"],
}

BENIGN = {
    "role-elemmatch-negated": ['{"acl_roles":{"$elemMatch":{"$eq":"reader"}}}'],
    "select-from-article": ["SELECT bay, SUM(amount) from the ledger page shows totals"],
    "fetch-through-proxy": ["set http_proxy=10.0.0.1:3128 before running wget "
                            "http://mirror.example.org/"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r57_attack_refused_everywhere,
 test_heldout_r57_benign_passes) = heldout_probe_tests(
    "r57", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
