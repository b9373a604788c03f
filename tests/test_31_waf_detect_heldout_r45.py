"""WAF, part 2z22: held-out probes, forty-fifth file (README: the
fifty-third round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the childcare, dentistry, woodworking and birdwatching
corpora showed when first replayed (at a62971d), each an attack the
round refuses and a look-alike it passes:
- delimited-export: a probe's name between the separators of rows; a
  header and rows of a delimited export whose header names a command
  that is also a column's word;
- home-climb: a path from "~" that climbs above it into a system
  directory; one that climbs above it into a shared one;
- blank-dots: parent segments written with a trailing blank, which
  Windows drops; two dots and a blank in a sentence;
- login-token: a forged record after a line break, its login written as
  one token; the token named in a sentence.
Measured on a62971d: 3 of those 4 attacks passed (the first was
refused already; the fourth in JSON only), 1 of the 4 look-alikes was
refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "delimited-export": ["zone|whoami|n\n1|2|3"],
    "home-climb": ["~/x/../../etc/shadow"],
    "blank-dots": ["files/.. /.. /.. /etc/group"],
    "login-token": ["Shift 2 \nAUDIT user=root LOGIN_OK"],
}

BENIGN = {
    "delimited-export": ["box_no|date|kg\nK1|2025-04-01|3.5\nK2|2025-04-02|2.9"],
    "home-climb": ["~/proj/../../shared/notes.txt"],
    "blank-dots": ["Wait.. / I mean the other one"],
    "login-token": ["LOGIN_OK is the status code we show after sign-in"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r45_attack_refused_everywhere,
 test_heldout_r45_benign_passes) = heldout_probe_tests(
    "r45", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
