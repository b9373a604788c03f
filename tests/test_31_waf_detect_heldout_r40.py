"""WAF, part 2z17: held-out probes, fortieth file (README: the
forty-eighth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the spreadsheets, hpc, retrocomputing and aquarium corpora
showed when first replayed (at aad8109), each an attack the round
refuses and a look-alike it passes:
- stacked-select: one column selected from one table after a number and
  ";", then a comment or a WHERE's comparison (T-SQL's brackets too);
  an instruction that selects one thing from a list;
- set-list: an UPDATE's SET list gone on after a phrase's quote, a
  column written and a literal left open; a quote, a comma and a word
  "=" a number in text;
- where-return: $where's statement after the member's number, a return
  that decides alone; a step's number and a return policy;
- sed-address: sed's s///e after a line address; a substitution without
  the e flag at an address;
- find-primary: find's -exec with a bare ";" before the next primary;
  a sentence about -exec and -print;
- wipe-chain: a command line, then rm -r of the home or del /s of a web
  root; a build's rm -rf of its own output;
- library-dialog: the window's dialog through one of the window's
  names; a library object's own alert method;
- terminal-encoded: a terminal's erase and cursor sequences URL-encoded
  after a file name; a docstring naming one as a C escape.
Measured on aad8109: 7 of those 8 attacks passed (the other was refused
by another rule), 1 of the 8 look-alikes was refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "stacked-select": ["7; SELECT [secret] FROM [app].[tokens] WHERE [owner]=1"],
    "set-list": ["Gold tier %', credit_limit='99999"],
    "where-return": ["12; return 'z'=='z'"],
    "sed-address": ["4s/.*/id/e"],
    "find-primary": ["-name x -exec whoami ; -print"],
    "wipe-chain": ["tar -czf out.tgz data && rm -rf $HOME/*"],
    "library-dialog": ["');self.confirm(document.domain);//"],
    "terminal-encoded": ["invoice.pdf%1B%5B2K%1B%5B1Gpaid in full"],
}

BENIGN = {
    "stacked-select": ["Step 3; select one colour from the swatch"],
    "set-list": ["He answered 'fine', count=2 times"],
    "where-return": ["Order 12; return window 30 days"],
    "sed-address": ["3s/colour/color/g"],
    "find-primary": ["Use -exec with care; -print just lists"],
    "wipe-chain": ["cd public && rm -rf .next/cache"],
    "library-dialog": ["toastr.alert('Upload finished');"],
    "terminal-encoded": ["The sequence `\\x1b[2J` clears the screen"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r40_attack_refused_everywhere,
 test_heldout_r40_benign_passes) = heldout_probe_tests(
    "r40", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
