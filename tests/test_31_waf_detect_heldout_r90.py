"""WAF, part 2z67: held-out probes, ninetieth file (README: the
ninety-eighth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-eighth round's corpora (organbuilder,
ferryterminal, wildfirecrew, icefishing) showed when first replayed (at
the ninety-seventh round's code) that the round fixed, an attack each and
a look-alike that passes:
- cell-unit-mark: (a false positive fixed) a one-line ";" record whose
  cell holds words and a number with a foot's mark, then a command's name
  that is an English word alone in the last cell, passes; a probe's name
  there is still refused.
- procedural-cell: (a false positive fixed) a ";" export of three lines
  whose header names a column with a word of SQL's procedural dialects
  passes; the same two lines alone are still refused.
- nbsp-tautology: a tautology whose blanks are no-break spaces; a price
  written with them passes.
- word-apostrophe-rows: a name with an apostrophe, then the quote that
  closes the literal and rows of an INSERT of its own; pairs listed after
  such a name pass.
- spelled-blank-markup: a blank line only the raw value spells, then
  markup; a blank line typed before a tag passes.
- tab-formula: a tab, then a formula that computes; a tab before a
  list's dash passes.
- handlebars-literal-with: a Handlebars block over a string literal; a
  block over a field passes.
Measured on 34dbce4 (the ninety-sixth round's code): every attack
passed but the two boundary ones (the probe's name in the record, the
two-line export: refused there too); both false positives' look-alikes
were refused, every other look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "cell-unit-mark": ["T-4;Plank 6';oak;12;id"],
    "procedural-cell": ["key;desc\nA1;first aid kit"],
    "nbsp-tautology": ["'\u00a0or\u00a0'a'='a"],
    "word-apostrophe-rows": ["D'Arcy'), ('u9','root','1')--"],
    "spelled-blank-markup": ["/faq%0d%0a%0d%0a%3Cb%3Eclosed%3C/b%3E"],
    "tab-formula": ["\t=7*6"],
    "handlebars-literal-with": ['{{#with "abc" as |t|}}{{t.length}}{{/with}}'],
}

BENIGN = {
    "cell-unit-mark": ["T-4;Plank 6';oak;12;split"],
    "procedural-cell": ["key;desc\nA1;first aid kit\nB2;blanket"],
    "nbsp-tautology": ["prix\u00a0: 12\u00a0\u20ac"],
    "word-apostrophe-rows": ["D'Arcy's pairs: ('a','b'), ('c','d')"],
    "spelled-blank-markup": ["see you\r\n\r\n<b>typed</b>"],
    "tab-formula": ["\t- item one"],
    "handlebars-literal-with": ["{{#with author}}{{name}}{{/with}}"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r90_attack_refused_everywhere,
 test_heldout_r90_benign_passes) = heldout_probe_tests(
    "r90", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
