"""WAF, part 2z61: held-out probes, eighty-fourth file (README: the
ninety-second round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-second round's corpora (distillery, campsite,
tollbridge, dyeworks) showed when first replayed (at 27a2323) that the
round fixed, an attack each and a look-alike that passes:
- hex-breakout: a hex literal of seven bytes whose bytes close a quote,
  then OR and a comparison; seven bytes no text spells pass.
- regex-length: a $regex of any character a counted number of times (a
  question of the length alone); one with letters before the count
  passes.
- least-objectid: $gte the all-zero ObjectId (every document's id is
  above it); $gte a real id passes.
- escaped-level-line: CR LF written as escapes, then a level word and
  its colon; the escapes named in a sentence before a level word pass.
- escaped-redis: an escaped break, then a Redis command that empties the
  database; the command named in a sentence passes.
- quoted-row-last: a few words, then one row of three quoted fields as
  the last line; a quoted header then its row passes.
- blank-run: eleven line breaks in a row, then text; a few blank lines
  between paragraphs pass.
- keyed-record: a short first line, then a record keyed by an id and
  key=value pairs naming who acted as the last line; a build command's
  variables after a short line pass.
Measured on 27a2323: every attack passed, every look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "hex-breakout": ["0x276f7220353d35"],
    "regex-length": ['{"ref":{"$regex":"^.{9,}"}}'],
    "least-objectid": ['{"_id": {"$gte": ObjectId("' + "0" * 24 + '")}}'],
    "escaped-level-line": ["Kiln 3\\r\\nERROR: glaze batch void"],
    "escaped-redis": ["pot\\r\\nFLUSHDB\\r\\n"],
    "quoted-row-last": ['Marigold\n"ops","override","1"'],
    "blank-run": ["ok" + "\n" * 11 + "hidden text"],
    "keyed-record": ["Z-9\nZ-9 state=void by=ops"],
}

BENIGN = {
    "hex-breakout": ["0x1f2e3d4c5b6a7f"],
    "regex-length": ['{"code":{"$regex":"^AB.{2}$"}}'],
    "least-objectid": ['{"_id":{"$gte":{"$oid":"65a1b2c3d4e5f60718293a4b"}}}'],
    "escaped-level-line": ["use \\r\\n line endings; INFO level logs"],
    "escaped-redis": ["run FLUSHDB only on the test box"],
    "quoted-row-last": ['"a","b","c"\n"1","2","3"'],
    "blank-run": ["line one\n\nline two\n\n\nline three"],
    "keyed-record": ["Build 7\nmake CC=gcc CFLAGS=-O2"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r84_attack_refused_everywhere,
 test_heldout_r84_benign_passes) = heldout_probe_tests(
    "r84", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
