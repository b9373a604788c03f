"""WAF, part 2z73: held-out probes, ninety-sixth file (README: the
hundred-and-fourth round), written for this file on 2026-12-07. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

The classes the hundred-and-fourth round's corpora (bellows, snowplough,
watchtower, puppetmaker) showed when first replayed (at 0cc0917) that
the round fixed, an attack each and a look-alike that passes:
- escaped-crlf-level: a line break written as an escaped CR LF after a
  short head, then a level word, a blank and words; a level word in a
  sentence passes.
- caret-split-word: a word whose letters carets split, cmd.exe's escape;
  a caret between numbers passes.
Measured on 0cc0917: both attacks passed, both look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "escaped-crlf-level": ["crate 7\\r\\nNOTICE quota lifted for guest"],
    "caret-split-word": ["q ^&^& n^o^t^e^p^a^d"],
}

BENIGN = {
    "escaped-crlf-level": ["crate 7 notice: quota lifted for guests"],
    "caret-split-word": ["area 2^3 and 4^2 cm"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r96_attack_refused_everywhere,
 test_heldout_r96_benign_passes) = heldout_probe_tests(
    "r96", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
