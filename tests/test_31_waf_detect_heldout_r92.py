"""WAF, part 2z69: held-out probes, ninety-second file (README: the
hundredth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the hundredth round's corpora (rugbyclub, seedbank,
clocktower, hovercraft) showed when first replayed (at 42e9d4a) that the
round fixed, an attack each and a look-alike that passes:
- labelled-loop: (a false positive fixed) a closed shell loop after a
  label's colon is a script shown to a reader and passes; the same loop
  after one word and a line break is still refused.
- ideographic-space: a tautology in fullwidth forms whose blanks are
  ideographic spaces; CJK words those spaces separate pass.
- xpath-union-all: a union with every element of the document, under a
  predicate on its text or name; an XPath step in a sentence passes.
- ssrf-authority-slash: an encoded "/" right before the "@" and an
  internal address; a profile's "/@name" passes.
Measured on 42e9d4a: every attack passed but the loop after one word
(refused there too); the labelled loop was refused, every other
look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "labelled-loop": ["note\nfor k in 1 2; do uname -a; done"],
    "ideographic-space": ["\uff3a\uff3a\uff07\u3000\uff2f\uff32\u3000"
                          "\uff07\uff12\uff07\uff1d\uff07\uff12"],
    "xpath-union-all": ["//row[2] | //*[starts-with(name(),'s')]"],
    "ssrf-authority-slash": ["http://cdn.example%2F@127.0.0.1/x"],
}

BENIGN = {
    "labelled-loop": ["Hint: for x in *.png; do cp \"$x\" bak/; done"],
    "ideographic-space": ["\u6771\u4eac\u3000\u99c5\u3000\u5317\u53e3"],
    "xpath-union-all": ["see //*[1] in the XPath book"],
    "ssrf-authority-slash": ["https://toot.example/@localuser"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r92_attack_refused_everywhere,
 test_heldout_r92_benign_passes) = heldout_probe_tests(
    "r92", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
