"""WAF, part 2z40: held-out probes, sixty-third file (README: the
seventy-first round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the glacierguides, foodbank, tileworks and velodrome corpora
showed when first replayed (at af1a36f) that the round fixed, an attack
the round refuses and a look-alike it passes:
- subcommand-digit: a package manager given a word that starts with a
  digit after a separator, a flat's number (a look-alike), and the same
  tool given its subcommand (an attack).
- or-true-trailing-clause: a quote closed, OR with a true literal, then a
  query's trailing clauses and a comment; a number or another after a
  word's apostrophe, then "order by" in a sentence.
- gremlin-breakout: a Gremlin traversal's string argument and its call
  closed, then steps of the value's own; jQuery's chain.
- imagemagick-url-pipe: an MVG drawing whose url() closes a double quote
  and pipes into a command; CSS's url() before a bar.
Measured on af1a36f: the attacks passed but the first (the subcommand,
which stands beside its look-alike), the look-alikes passed but the first.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "subcommand-digit": ["unit 4; apt remove -y auditd"],
    "or-true-trailing-clause": ["bay' OR TRUE LIMIT 1 OFFSET 2-- -"],
    "gremlin-breakout": ["g1').drop().V().has('x"],
    "imagemagick-url-pipe": ["push graphic-context\nfill 'url(https://img.example.net/a.png\"|id\")'"
                             "\npop graphic-context"],
}

BENIGN = {
    "subcommand-digit": ["Leave at the side door; apt 7C, ring twice"],
    "or-true-trailing-clause": ["Tom's 1 or 2 order by size"],
    "gremlin-breakout": ["$('x').drop(1)"],
    "imagemagick-url-pipe": ["background: url(\"a.png\") | none"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r63_attack_refused_everywhere,
 test_heldout_r63_benign_passes) = heldout_probe_tests(
    "r63", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
