"""WAF, part 2z56: held-out probes, seventy-ninth file (README: the
eighty-seventh round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the eighty-seventh round's corpora (lockkeeper, perfumery,
bowlsclub, signwriter) showed when first replayed (at the eighty-sixth
round's code) that the round fixed, an attack each and a look-alike that
passes:
- comment-words: a one-word literal closed, then "--" and a blank glued
  to the quote and words after it (the comment runs to the line's end);
  a plural's possessive before the dashes passes.
- lowbyte-xheader: two characters whose low bytes are CR and LF, then an
  x- extension header; one such character before a word passes.
- banner-pairs: a framed line naming the session with key=value pairs
  inside; a framed section's title passes.
- service-host: a URL at a service-discovery short name, "x.service";
  a site under a "services" label passes.
- object-tostring: an object literal whose toString or valueOf is a
  dialog or an evaluator by name; one given a string passes.
- not-eq-nothing: $not of an $eq that decides nothing; of a value passes.
- unionwith-coll: $unionWith given a collection alone; one with a
  pipeline of its own passes.
Measured on 38bd797: every attack passed, every look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "comment-words": ["carol'-- and then anything at all"],
    "lowbyte-xheader": ["Ola%E5%98%8A%E5%98%8DX-Trace:%201"],
    "banner-pairs": ["Shift over\n\n=== SESSION CLOSED by=keeper role=ops ==="],
    "service-host": ["http://vault.service:8200/v1/secret"],
    "object-tostring": ["'+{valueOf:confirm}+'"],
    "not-eq-nothing": ["{\"sku\": {\"$not\": {\"$eq\": null}}}"],
    "unionwith-coll": ["{\"p\": [{\"$unionWith\": {\"coll\": \"invoices\"}}]}"],
}

BENIGN = {
    "comment-words": ["students'-- see the list below"],
    "lowbyte-xheader": ["\u85cdX-Large size"],
    "banner-pairs": ["Agenda\n=== Notes: a=1 ==="],
    "service-host": ["http://customer.services.example.com/help"],
    "object-tostring": ["{toString: 'label'}"],
    "not-eq-nothing": ["{\"sku\": {\"$not\": {\"$eq\": \"X-1\"}}}"],
    "unionwith-coll": ["{\"p\": [{\"$unionWith\": {\"coll\": \"archive\", "
                       "\"pipeline\": [{\"$match\": {\"y\": 1}}]}}]}"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {
    '{"sku": {"$not": {"$eq": "X-1"}}}':
        "refused since the ninety-fifth round (test_31_waf_detect_heldout_r87's "
        "not-operator): $not of a comparison that has an operator of its own "
        "for the negation ($eq's is $ne) is that operator spelled so that a "
        "filter reading operators' names misses it; no benign value among "
        "~243,000 had one, and $not of a $regex still passes",
}

(edge, test_tables_are_balanced, test_heldout_r79_attack_refused_everywhere,
 test_heldout_r79_benign_passes) = heldout_probe_tests(
    "r79", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
