"""WAF, part 2z16: held-out probes, thirty-ninth file (README: the
forty-seventh round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the theater, outdoors, annotation and cosmetics corpora
showed when first replayed (at 2797a08), each an attack the round
refuses and a look-alike it passes:
- signed-level: a filter given a count and a log file after a pipe; a
  cue's level, a signed number with its unit (dB), after a bar;
- dialog-capital: a dialog called after a string's breakout; the word
  written with a capital as a label ("Prompt (fr):");
- drop-shape: a stacked DROP TABLE after a breakout; a quoted "; DROP"
  line of chat that drops nothing;
- go-exec: Go's call of a context method that runs a command, given
  one; a Go template's fields and a getter.
Measured on 2797a08: 1 of those 4 attacks passed (the rest were refused
by other rules), 3 of the 4 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "signed-level": ["x|tail -20 /var/log/auth.log"],
    "dialog-capital": ["\";prompt(1)//"],
    "drop-shape": ["x'; DROP TABLE t1--"],
    "go-exec": ["{{ .Command \"uname\" }}"],
}

BENIGN = {
    "signed-level": ["SQ 4: rain.wav | vol -8 dB | loop"],
    "dialog-capital": ["Prompt (fr): Quelle heure est-il?"],
    "drop-shape": ["the line said \"; DROP everything and call me\" as a joke"],
    "go-exec": ["{{ .Site.Title }} - {{ .Get \"lang\" }}"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r39_attack_refused_everywhere,
 test_heldout_r39_benign_passes) = heldout_probe_tests(
    "r39", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
