"""WAF, part 2z57: held-out probes, eightieth file (README: the
eighty-eighth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the eighty-eighth round's corpora (ferrier, harbourmaster,
puppetry, ciderorchard) showed when first replayed (at 34e0a17) that the
round fixed, an attack each and a look-alike that passes:
- escaped-by-actor: a line break written as "\\r\\n" after a short head,
  then a level word and who acted named after "by"; a line with no level
  word passes.
- positional-name: a command's name with a positional parameter inside
  ("una$2me"), which "sh -c" expands to nothing; a price's "S$7k" in a
  word passes.
- sendmail-log: sendmail's "-X" glued to a path in a web root, whatever
  the file's name; the option named in a sentence passes.
- python-shell: subprocess given a shell as its program, and an import
  of a command-running module as a statement a ";" joins; a subprocess
  call given a program passes.
- quoted-dashes: a quoted CSV cell that holds dashes and closes again
  (a false positive at 34e0a17, from the eighty-seventh round's comment
  class); a literal closed, then "--" and words, is still refused.
Measured on 34e0a17: every attack passed but quoted-dashes' and
python-shell's second (refused before too: pty.spawn of a shell), and the
quoted-dashes look-alike was refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "escaped-by-actor": ["bay 2\\r\\nNOTICE vault opened by owner"],
    "positional-name": ["k;una$2me -a"],
    "sendmail-log": ["\"-Fx\" -X/srv/www/htdocs/s.log"],
    "python-shell": ["subprocess.run([\"bash\", \"-c\", \"id\"])",
                     "7; import pty; pty.spawn('/bin/sh')"],
    "quoted-dashes": ["dana'-- then the rest"],
}

BENIGN = {
    "escaped-by-actor": ["bay 2\\r\\nplease call the owner"],
    "positional-name": ["Singapore | S$7k-9k/mo"],
    "sendmail-log": ["-X is the trace option, see the manual"],
    "python-shell": ["use subprocess.run(['ls', '-l']) here"],
    "quoted-dashes": ["2025-01-05,Heron,3,\"-- none --\""],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r80_attack_refused_everywhere,
 test_heldout_r80_benign_passes) = heldout_probe_tests(
    "r80", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
