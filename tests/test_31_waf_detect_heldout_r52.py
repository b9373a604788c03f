"""WAF, part 2z29: held-out probes, fifty-second file (README: the
sixtieth round), written for this file on 2026-12-06. No string is taken
from a corpus or a public list: each class is written here in shapes of
our own, through the real edge (shipped config, bans off).

The classes the skiresort, selfstorage, bowling and solarinstall corpora
showed when first replayed (at 0559b1d), an attack the round refuses
and a look-alike it passes:
- sleep-comment: a delay after a phrase and ";", then a shell comment
  (a blank after its "#"); the words without a separator.
- call-then-in: a call then IN and its list; a sentence's "in" after a
  call's name.
- metadata-path-at: a URL whose path holds "@", the metadata address
  and its path (a parser that takes the last "@" for the authority's end
  goes there); a team's page of the same shape.
- regex-one-punctuation: a filter's $regex of wildcards around one
  punctuation byte every e-mail holds; a prefix.
Measured on 0559b1d: 3 of the 4 attacks passed in every placement
(call-then-in's was refused), and 1 of the 4 look-alikes was refused
(call-then-in's).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "sleep-comment": ["Bay 3; sleep 12 # ok"],
    "call-then-in": ["9 and sleep(4) in (9)"],
    "metadata-path-at": ["http://cdn.example.net/a@169.254.169.254/latest/meta-data/"],
    "regex-one-punctuation": ['{"mail": {"$regex": ".+@.+"}}'],
}

BENIGN = {
    "sleep-comment": ["crew sleep 12 # hours on the roster"],
    "call-then-in": ["Sleep(3) in the loop slows it"],
    "metadata-path-at": ["http://cdn.example.net/a@team/latest/meta-data-guide"],
    "regex-one-punctuation": ['{"mail": {"$regex": "^ann@"}}'],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r52_attack_refused_everywhere,
 test_heldout_r52_benign_passes) = heldout_probe_tests(
    "r52", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
