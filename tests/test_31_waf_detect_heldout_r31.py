"""WAF, part 2z8: held-out probes, thirty-first file (README: the
thirty-ninth round), written for this file on 2026-12-05. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the electronics, mathforum, crypto and newsletter corpora
showed when first replayed (at 67e7388):
- ip-object: a word after "ip" that is none of iproute2's objects
  (passes: ip runs nothing); an object after a separator (refused);
- condition-require: Solidity's require of a condition and a message
  (passes); Node's require of a module that reaches the system
  (refused);
- system-task: Verilog's "$display(" and "$fwrite(" (pass); a variable
  the value names like one, given a function's name (refused);
- span-in-question: an endless loop a question quotes in backticks
  (passes); one after a breakout (refused);
- tex-interval: an interval in TeX's inline math, "$[a,b]$" (passes);
  bash's "$[...]" arithmetic glued to a word (refused);
- construct-list: PHP's eval given a list, a computer algebra system's
  (passes); eval given a request's variable (refused);
- tex-include: pgfplots' data and an \\input of a hidden file by its
  absolute path (refused); a relative data file (passes);
- tex-graphics: TeX's picture at a private address (refused); at a
  public one (passes);
- later-tautology: a constant comparison after a later logic word and a
  comment (refused); a segment rule's words (passes);
- options-span: a backtick span after compiler flags alone (refused); a
  sentence with a flag and a span (passes);
- unknown-program: a program the vocabulary does not know, given an
  option, after a separator glued to a token (refused); a sentence's
  word and a dash after a word (passes).
Measured on 67e7388: 7 of those 13 attacks passed, 6 of the 12
look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "ip-object": ["q17;ip link set eth0 down"],
    "condition-require": ["require(\"fs\").readFileSync(\"/srv/app/config.yml\")"],
    "system-task": ["$fopen = 'pass' . 'thru'; $fopen('uname -a');"],
    "span-in-question": ["\";while(1){}//"],
    "tex-interval": ["n7$[2**40]"],
    "construct-list": ["eval($_REQUEST['c']);"],
    "tex-include": ["\\addplot file {/etc/group};", "\\input{/srv/site/.secrets}"],
    "tex-graphics": ["\\includegraphics[scale=0.5]{http://10.20.30.40/fig.png}"],
    "later-tautology": ["size > 2 AND tint = 'red' OR 2=2 --"],
    "options-span": ["-Wall -O3 `id`"],
    "unknown-program": ["0x7f3a;walletd --export-keys /tmp/k",
                        "ab12cd; vaultctl -o json dump"],
}

BENIGN = {
    "ip-object": ["Region 4; IP allow-list 198.51.100.7/32 pending"],
    "condition-require": ["require(balance >= cost, \"insufficient funds\");"],
    "system-task": ["$fwrite(fd, \"%h\\n\", data);"],
    "span-in-question": ["Why does `while(true){}` freeze the tab?"],
    "tex-interval": ["the closed interval $[a,b]$ and the open one"],
    "construct-list": ["Maple: eval(a*b, [a = 1, b = 2]);"],
    "tex-include": ["\\addplot table {plots/run3.csv};"],
    "tex-graphics": ["\\includegraphics[width=3cm]{https://example.org/fig.png}"],
    "later-tautology": ["size > 2 and tint = red or blue"],
    "options-span": ["Use -O3 with `clang`"],
    "unknown-program": ["Done; see -v output", "Q4 2024; e-mail -x"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r31_attack_refused_everywhere,
 test_heldout_r31_benign_passes) = heldout_probe_tests(
    "r31", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
