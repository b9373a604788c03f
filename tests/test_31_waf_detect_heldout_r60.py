"""WAF, part 2z37: held-out probes, sixtieth file (README: the
sixty-eighth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the icecream, ropeaccess, organicbox and tidepool corpora
showed when first replayed (at 85df8b3) that the round fixed, an attack
the round refuses and a look-alike it passes:
- exe-after-breakout: a Windows program named by its ".exe" and unknown
  to the command vocabulary, chained after the value closed a quote; a
  sentence that tells a reader to run an installer.
- record-claims-grant: a dated record after a typed line break that
  claims a grant with no one named ("credit authorized"); the same words
  on the phrase's own line.
Measured on 85df8b3: both attacks passed as JSON body fields (the first
in every placement; the query already refused the second's line break),
and the look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "exe-after-breakout": ['report.pdf" & tool.exe & "'],
    "record-claims-grant": ["Bin 7\r\n2025-03-04 05:06:07 INFO credit authorized amount=750"],
}

BENIGN = {
    "exe-after-breakout": ["Run setup.exe and then click next"],
    "record-claims-grant": ["Bin 7: 2025-03-04 05:06:07 INFO credit authorized amount=750"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r60_attack_refused_everywhere,
 test_heldout_r60_benign_passes) = heldout_probe_tests(
    "r60", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
