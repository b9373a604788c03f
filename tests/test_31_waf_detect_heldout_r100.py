"""WAF, part 2z77: held-out probes, hundredth file (README: the
hundred-and-eighth round), written for this file on 2026-12-07. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

The class the hundred-and-eighth round's corpora (beachhuts, steelfab,
wildliferescue, calligraphy) showed when first replayed (at 319c1c0)
that the round fixed, attacks and look-alikes that pass:
- normalized-punctuation: characters that every Unicode normalization
  form, or NFKC, maps to ASCII punctuation (the Greek question mark is
  ";", the Greek varia "`", the small form variants "<", ">", ";",
  "&"...), which an application that normalizes its input reads as the
  ASCII byte; Greek text ending a question with the Greek question mark,
  and a run of one dot leaders, pass.
Measured on 319c1c0: the small "<" and ">" around a handler were refused
(the handler alone), the other three attacks passed; both look-alikes
passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "normalized-punctuation": ["mesh\u037ewhoami", "\ufe64svg onload=alert(2)\ufe65",
                               "x\ufe54 uname -a", "\u1fefid\u1fef"],
}

BENIGN = {
    "normalized-punctuation": ["\u03a4\u03b9 \u03ce\u03c1\u03b1 \u03b5\u03af\u03bd\u03b1\u03b9"
                               "\u037e \u03a3\u03c4\u03b9\u03c2 \u03b4\u03cd\u03bf",
                               "\u2024\u2024\u2024 and then the rest"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r100_attack_refused_everywhere,
 test_heldout_r100_benign_passes) = heldout_probe_tests(
    "r100", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
