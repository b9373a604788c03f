"""WAF, part 2z76: held-out probes, ninety-ninth file (README: the
hundred-and-seventh round), written for this file on 2026-12-07. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

The classes the hundred-and-seventh round's corpora (opticians,
bushcraft, pipeband, gymnastics) showed when first replayed (at
3a85324) that the round fixed, an attack each and a look-alike that
passes:
- var-app-directory: a directory ("/" at its end) under a place of /var
  the system does not make is a setting's folder (the false positive); a
  directory of the system's own under /var is refused as before.
- yes-is-no-command: yes only prints its argument until it is killed,
  no probe (the false positive, a row's answer); a substitution glued
  to it is refused as before.
- statement-quoted-in-text: a statement between quotes in a sentence,
  words on both sides, is named (the false positive); after a breakout
  it is refused as before.
- redis-resp-frame: Redis' own framing, an array's count and a bulk
  string's length before a command, its CR LF escaped or raw; a star
  rating and an amount after a line break pass.
- formula-row-after-rows: a last row whose first cell is a formula of
  numbers alone, after rows of the value's own; a sheet's formula that
  reads cells passes.
- search-or-match-all: a search query widened by an OR of a bare "*"
  at its end; a "*" among words passes.
Measured on 3a85324: the first three look-alikes were refused, the last two
passed; the first three attacks and the raw RESP frame were refused,
the escaped frame, the formula row and the bare "*" passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "var-app-directory": ["/var/log/journal/"],
    "yes-is-no-command": ["tent;2;yes`id`"],
    "statement-quoted-in-text": ["x'; delete from cart where 1=1--"],
    "redis-resp-frame": ["*2\\r\\n$3\\r\\nDEL\\r\\n$4\\r\\nuser\\r\\n",
                         "*1\r\n$8\r\nflushall\r\n"],
    "formula-row-after-rows": ["K1;2;A\nK2;2;A\n=4*5;0;z"],
    "search-or-match-all": ["tag:x OR *"],
}

BENIGN = {
    "var-app-directory": ["backup_dir=/var/archives/weekly/"],
    "yes-is-no-command": ["tent;2;yes / stove;1;yes"],
    "statement-quoted-in-text": ["we changed the 'delete from cart where stale' step in the "
                                 "guide"],
    "redis-resp-frame": ["rated *2 stars\r\n$3 off the next one"],
    "formula-row-after-rows": ["K1;2;A\nK2;2;A\n=SUM(B1:B2);total"],
    "search-or-match-all": ["rate it 4 or * if unsure"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r99_attack_refused_everywhere,
 test_heldout_r99_benign_passes) = heldout_probe_tests(
    "r99", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
