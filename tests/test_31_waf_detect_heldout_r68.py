"""WAF, part 2z45: held-out probes, sixty-eighth file (README: the
seventy-sixth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the funfair, chimneysweep, allotments and brassband corpora
showed when first replayed (at 4cac41b) that the round fixed, an attack
the round refuses and a look-alike it passes:
- this-secret-index: a $where's JavaScript comparing one character of a
  secret field by index; an index of an ordinary field in a sentence.
- loopback-name: a URL at a service's port on a name that claims the
  loopback under some other domain (a name only that domain's DNS answers
  for); the name without a port, the name written without a URL, and a
  developer's localhost page in a sentence.
- escaped-break-words: a line break written as an escape after two words
  of a field's text, before an x- header; a status line's snippet, and
  the same words before a line of text.
Measured on 4cac41b: the attacks passed in every placement, the
look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "this-secret-index": ["x' || this.pin[0] == '7"],
    "loopback-name": ["http://loopback.ops.example:9090/status",
                      "https://localhost.x.example:8443/"],
    "escaped-break-words": ["Bay 4\\r\\nX-Trace: 9"],
}

BENIGN = {
    "this-secret-index": ["this.items[0] == 'a' in my test"],
    "loopback-name": ["See loopback.ops.example in the zone file",
                      "Docs run at http://localhost:8080/app for now",
                      "https://localhost.x.example/"],
    "escaped-break-words": ["HTTP/1.1 200 OK\\r\\nX-Trace: 9"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r68_attack_refused_everywhere,
 test_heldout_r68_benign_passes) = heldout_probe_tests(
    "r68", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
