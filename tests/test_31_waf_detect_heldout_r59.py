"""WAF, part 2z36: held-out probes, fifty-ninth file (README: the
sixty-seventh round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the mushroomfarm, harbortugs, planetarium and saddlery
corpora showed when first replayed (at cec3e41) that the round fixed, an
attack the round refuses and a look-alike it passes:
- assignment-only: a variable exported after a separator, then a chain
  that runs a probe; a sentence that ends "; export zone=2 in oven.cfg"
  (a variable set, nothing run).
- apostrophe-breakout: a word with an apostrophe, then the quote that
  closes a JSON string and an operator key of its own; the same word and
  the operator named in a sentence.
- csv-claim-by: a CSV row after a typed line break whose last cell is a
  grant and who gave it; the same row on the phrase's own line.
- record-by-owner: a record with a level word after a typed line break
  that reports an approval by the owner; the same words on one line.
Measured on cec3e41: the last three attacks passed as JSON body fields,
the apostrophe's in every placement (the query already refused the other
two's line breaks), and the first look-alike was refused in every
placement; the other probes were as they must be.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "assignment-only": ["Oven 2 hot; export TZ=UTC && uname -a"],
    "apostrophe-breakout": ['chef\'s pick", "$gt": "'],
    "csv-claim-by": ["Tray 4\n2025-01-02,Tray 9,10,granted_by_root"],
    "record-by-owner": ["Kiln 3 cooled \nNOTICE refund approved by owner total=80"],
}

BENIGN = {
    "assignment-only": ["Oven 2 too hot after update; export zone=2 in oven.cfg"],
    "apostrophe-breakout": ['chef\'s pick: the "$gt" operator'],
    "csv-claim-by": ["Tray 4 2025-01-02,Tray 9,10,granted_by_root"],
    "record-by-owner": ["Kiln 3 cooled, refund approved by owner total=80"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r59_attack_refused_everywhere,
 test_heldout_r59_benign_passes) = heldout_probe_tests(
    "r59", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
