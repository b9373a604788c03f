"""WAF, part 2z74: held-out probes, ninety-seventh file (README: the
hundred-and-fifth round), written for this file on 2026-12-07. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

The classes the hundred-and-fifth round's corpora (roofers, glidingclub,
sushibar, chairlift) showed when first replayed (at b15cffc) that the
round fixed, an attack each and a look-alike that passes:
- setting-list-line: a first line, then a last line that names a setting
  and gives it a list ("formats=gif,tiff,..."), is a config's, no row
  (the false positive); a row of its own after a first line is refused
  as before.
- quote-split-command: a command's name an empty quote pair splits,
  after a separator, given anything; an empty pair inside a word that
  names no command passes.
- beam-exec: Elixir's or Erlang's calls that run a program or compile a
  string; the name in a sentence, no call, passes.
- mail-headers-then-body: a value that is an e-mail address, header
  lines of its own, an empty line and text (the JSON placement missed an
  x- header's); a contact block that opens with a label passes.
- formula-row-start: "=" and a formula of numbers alone, then a cell's
  separator, as the value's start; a sheet's formula that reads cells
  passes.
- wider-semicolon-row: a first line of three ";" cells, then a ";" row
  wider than it; a row as wide passes.
- quoted-field-then-row: a first line of one quoted field, then a row of
  quoted fields; a sentence after the quoted field passes.
Measured on b15cffc: the setting list was refused (every other
look-alike passed); of the attacks, the row after a first line and the
address's headers in the query were refused, the rest passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "setting-list-line": ["note\nx9,tarp,21.00,paid"],
    "quote-split-command": ["memo.txt&&ec''ho hi there", 'scan.png;da""te now'],
    "beam-exec": ['System.shell("uname -a")', ':os.cmd(~c"hostname")',
                  'Code.eval_string("1+1")', 'Port.open({:spawn, "uptime"}, [:binary])'],
    "mail-headers-then-body": ["ops@tile.example\nX-Priority: 1\n\n"
                               "Settle invoice 88 with the new sort code"],
    "formula-row-start": ["=7*6;Jones;roof"],
    "wider-semicolon-row": ["Kowal;T4;S\n2024-06-02;T4;S;1:10;signed off;ok"],
    "quoted-field-then-row": ['"ridge tiles"\n"R9","waived","2024-03-03","closed"'],
}

BENIGN = {
    "setting-list-line": ["quota_mb=40\nformats=gif,tiff,webp,avif,bmp"],
    "quote-split-command": ['memo.txt; pa""ge two'],
    "beam-exec": ["System.cmd is Elixir's way to run programs"],
    "mail-headers-then-body": ["Contact: ops@tile.example\nPhone: 0117 496 0000\n\nThanks, Tom"],
    "formula-row-start": ["=SUM(B2:B9);total"],
    "wider-semicolon-row": ["Kowal;T4;S\nNowak;T5;W"],
    "quoted-field-then-row": ['"ridge tiles"\nsee the quote for the rest, thanks'],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r97_attack_refused_everywhere,
 test_heldout_r97_benign_passes) = heldout_probe_tests(
    "r97", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
