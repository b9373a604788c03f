"""WAF, part 2z70: held-out probes, ninety-third file (README: the
hundred-and-first round), written for this file on 2026-12-07. No string
is taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the hundred-and-first round's corpora (fossilclub, papermill,
llamatrek, gondola) showed when first replayed (at the round's first
commit) that the round fixed, an attack each and a look-alike that passes:
- condition-groups: (a false positive fixed) a statement's condition
  written as two groups a logic operator joins, "if (a) && (b) then",
  passes; SQL's IF() with its three arguments is still refused.
- sentence-clause: (a false positive fixed) one word between a
  sentence's "; " and the next "; " is a clause of it, and a command's
  name starting the next clause is a word; a probe there is still
  refused.
- php-abbreviation: (a false positive fixed) a placeholder, a blank,
  then words in brackets with an abbreviation's dots pass; a variable
  called with a string is still refused.
- row-address-cell: one word, a line break, then a record of four cells
  one of which is a mail address; an address on a line of its own
  passes.
- csv-open-field: a quoted CSV field closed, a row of its own, and a
  last field it opens for the application's quote to close; a quotation
  over two lines passes.
- unicode-low-break-pair: two characters whose code points end in a line
  feed then a carriage return (the other order was refused already),
  then any field's name and a blank; CJK text with one such character
  passes.
- search-script-secret: a search engine's script that reads a
  credential's indexed value; one that reads a stock count passes.
- ssrf-query-at: an "@" in a URL's query before an internal address; a
  mail address in a query passes.
- root-options: options alone, a recursive one among them, aimed at the
  root; options aimed at a relative path pass.
- word-quote-comment: a word, the quote that closes the literal, "--", a
  blank and words with an apostrophe inside one; a quotation's dash
  passes.
Measured on the round's first commit: every attack passed but the three
of the false-positive classes (refused there too); those three
look-alikes were refused, every other look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "condition-groups": ["IF(2>1,label,kind)"],
    "sentence-clause": ["Kiln fired at 06:40; cooled; uname -a"],
    "php-abbreviation": ["${fn}('whoami')"],
    "row-address-cell": ["tray4\r\n88,lena@drop.example,owner,1200"],
    "csv-open-field": ['memo","ops","ok"\n"rest'],
    "unicode-low-break-pair": ["zz\u010a\u010dHold: yes"],
    "search-script-secret": ['{ "query" : { "script" : { "script" : '
                             '"doc[\'user.token\'].value.contains(\'a\')" } } }'],
    "ssrf-query-at": ["http://files.example/get?u=x@10.0.0.7:6379/"],
    "root-options": ["-fr /*"],
    "word-quote-comment": ["Tom'-- then I'll wait"],
}

BENIGN = {
    "condition-groups": ["If (depth < 2 m) && (gusts < 30 kn) then launch"],
    "sentence-clause": ["Kiln fired at 06:40; cooled; sort 4 may be chipped"],
    "php-abbreviation": ["Ref pattern: ${LOT_ID}-${BIN} (i.e. 2231-07)"],
    "row-address-cell": ["contact:\nana@farm.example"],
    "csv-open-field": ['She wrote "see you\nat noon"'],
    "unicode-low-break-pair": ["\u5728\u670d\u52a1\u5668\u4e0a\u770b"],
    "search-script-secret": ['{ "query" : { "script" : { "script" : '
                             '"doc[\'stock\'].value > 3" } } }'],
    "ssrf-query-at": ["https://files.example/get?mail=ann@example.org"],
    "root-options": ["-r ./build"],
    "word-quote-comment": ["the 'plan'-- then we go"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r93_attack_refused_everywhere,
 test_heldout_r93_benign_passes) = heldout_probe_tests(
    "r93", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
