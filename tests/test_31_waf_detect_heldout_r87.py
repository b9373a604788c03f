"""WAF, part 2z64: held-out probes, eighty-seventh file (README: the
ninety-fifth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-fifth round's corpora (roastery, fencingclub,
schoolbus, hedgelaying) showed when first replayed (at ed9e679) that the
round fixed, an attack each and a look-alike that passes:
- not-operator: $not of a comparison that has an operator of its own for
  the negation ($not of $lt for $gte); $not of a field's document, and of
  a $regex (the one way to ask that negation), pass.
- template-dialog: a client-side template's expression calling a
  browser dialog, or a function's own call(); a helper called with a
  literal passes.
- star-banner: a line break, then a line framed by runs of "*" that opens
  with a label and its colon; a bold word and a rule of stars pass.
- row-after-field: a field, a line break, then one unquoted record of
  four cells or more as the last line; a header above its rows passes.
- word-control: a control byte inside a word; a tab between words
  passes.
- two-column-export: (a false positive fixed) a two-column export, ";"
  between a header's cells and its rows', with a command's name in a
  cell, passes; a command after a word's ";" still does not.
Measured on ed9e679: every attack passed but the command after a word's
";" (refused there too); the two-column export was refused, every other
look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "not-operator": ['{"age": {"$not": {"$lt": 18}}}',
                     'q={"state":{"$not":{"$eq":"closed"}}}'],
    "template-dialog": ["<p ng-app>{{a.b.call().prompt(1)}}</p>"],
    "star-banner": ["step 3 ok\n*** message from the operators: sign in again ***"],
    "row-after-field": ["7\r\nSKU-1,Brazil,natural,0,0",
                        "Oslo\r\n991;Oslo_v2;4.00;2.10;-50%"],
    "word-control": ["2' UN\x0bION SELECT 1-- "],
    "two-column-export": ["lane;state\n1;open\n2;free\n3;closed;reboot"],
}

BENIGN = {
    "not-operator": ['{"selector": {"$not": {"state": "closed"}}}',
                     '{"name":{"$not":{"$regex":"^tmp"}}}'],
    "template-dialog": ["{{ t('confirm') }} {{ user.name | upper }}"],
    "star-banner": ["**Note**: see below\n***\nnext part"],
    "row-after-field": ["sku,origin,process,qty\nSKU-1,Brazil,natural,4"],
    "word-control": ["name\tqty\tnote: three columns"],
    "two-column-export": ["lane;state\n1;open\n2;free\n3;closed"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r87_attack_refused_everywhere,
 test_heldout_r87_benign_passes) = heldout_probe_tests(
    "r87", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
