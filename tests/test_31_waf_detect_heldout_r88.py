"""WAF, part 2z65: held-out probes, eighty-eighth file (README: the
ninety-sixth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-sixth round's corpora (rafting, orienteering,
scaffolding, philately) showed when first replayed (at d273b0f) that the
round fixed, an attack each and a look-alike that passes:
- cell-word: (a false positive fixed) a delimited export whose cell is a
  command's name that is an English word too, alone in the cell, passes;
  a probe's name alone in a cell ("id") is still refused.
- json-fields: a value that closes a JSON string and the object it was
  in, then fields of its own, the last an operator object left open; a
  quotation with a comma passes.
- escaped-bracket-level: an escaped line break, then a level
  in brackets; a footnote's number in brackets passes.
- ssrf-tab-host: a URL whose host is an internal address, then a tab
  glued to a domain; a tab after a local URL in text passes.
- row-after-field-money: a field, a line break, then one ";" record whose
  cells hold a currency sign and a decimal comma; a header above its
  rows passes.
Measured on d273b0f: every attack passed but the probe's name in a cell
(refused there too); the English word in a cell was refused, every other
look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "cell-word": ["part;name;qty\nA-1;rope;3\nB-2;id;4"],
    "json-fields": ['"}, "tier": "gold", "f": {"$gte": "'],
    "escaped-bracket-level": ["Jones\\n[WARN] account disabled"],
    "ssrf-tab-host": ["http://127.0.0.1%09.files.example/a"],
    "row-after-field-money": ["Bay 4\r\nREFUND;7;planks;-20;-\u20ac1,500.00"],
}

BENIGN = {
    "cell-word": ["part;name;qty\nA-1;rope;3\nB-2;Helm;4"],
    "json-fields": ['She wrote "soon", then "later" twice'],
    "escaped-bracket-level": ["see notes\\n[2] on page 4"],
    "ssrf-tab-host": ["http://localhost\tis where it runs"],
    "row-after-field-money": ["bay;item;qty;price\n4;planks;20;\u20ac1,50"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r88_attack_refused_everywhere,
 test_heldout_r88_benign_passes) = heldout_probe_tests(
    "r88", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
