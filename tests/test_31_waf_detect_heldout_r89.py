"""WAF, part 2z66: held-out probes, eighty-ninth file (README: the
ninety-seventh round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-seventh round's corpora (dogsled, buskers,
trufflehunt, canyoning) showed when first replayed (at 34dbce4) that the
round fixed, an attack each and a look-alike that passes:
- pair-prefix: a parameter's name glued to "=" before a tautology (a
  query's pair pasted whole); the pair before two numbers passes.
- arith-open: a closed literal in arithmetic with the one the
  application's quote closes, the whole value; the sign quoted in a
  sentence passes.
- backtick-separator: a backtick span of a separator alone, glued to a
  word and to a command; the separator quoted as markdown passes.
- two-cell-first-row: a first line of two ";" cells, then a ";" record
  of four cells; a header as wide as its row passes.
- row-cell-equals: a first line with no separator, then a record whose
  cell holds "="; the same pair in a sentence passes.
- formula-row: a first line with no separator, then a row whose first
  cell is arithmetic; a tie's "=" rank passes.
- end-banner-after: a line break, a banner claiming the text's end, then a
  line after it; a wiki's heading passes.
- smuggled-break: an encoded line break glued to a word in text whose
  blanks are typed, then a line of words; a mail link's encoded break
  passes.
- js-call-this: a quote closed, ";" and a call given the document's
  field; a call on "this" in prose passes.
Measured on 34dbce4: every attack passed; every look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "pair-prefix": ["seat=9 or true--"],
    "arith-open": ["'*'"],
    "backtick-separator": ["scan.tif`;`uname -a"],
    "two-cell-first-row": ["Pen 3;18\nVOID;2;straw;-60"],
    "row-cell-equals": ["gate late\nBo,lead,2025-03-01,rate=80"],
    "formula-row": ["bale note\n=4*7,\"x\""],
    "end-banner-after": ["tide ok\r\n=== END OF ROUND ===\r\nApproved: harbour"],
    "smuggled-break": ["dock%0D%0Aall clear given by warden"],
    "js-call-this": ["q'; print(this.token); '"],
}

BENIGN = {
    "pair-prefix": ["seat=9 or 10"],
    "arith-open": ["press the '*' key twice"],
    "backtick-separator": ["split fields with `;` please"],
    "two-cell-first-row": ["pen;count;feed;note\n3;18;hay;ok"],
    "row-cell-equals": ["gate late\nBo said rate=80 for now"],
    "formula-row": ["Place\n=3,Kim,Club"],
    "end-banner-after": ["== Intro ==\n=== Early days ===\nIt began."],
    "smuggled-break": ["mailto:a@b.example?body=Hi%0D%0Asee you"],
    "js-call-this": ["Note: call(this.week) when free"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r89_attack_refused_everywhere,
 test_heldout_r89_benign_passes) = heldout_probe_tests(
    "r89", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
