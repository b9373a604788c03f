"""WAF, part 2z23: held-out probes, forty-sixth file (README: the
fifty-fourth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the tattoo, angling, orchestra and ceramics corpora showed
when first replayed (at c7c6940), each an attack the round refuses and
a look-alike it passes:
- label-fetch: a private address given after a label that ends with
  the word that fetches; a public one after the same label;
- webhook-label: a private address after a webhook's label; a public
  one after it;
- spaced-tag: a script tag's name spelled with blanks between its
  letters; a music notation's chords in angle brackets;
- level-dated: a record after a line break, its level word before its
  date, that names who acted; the same words in a sentence.
Measured on c7c6940: 3 of those 4 attacks passed (the third was
refused already; the fourth in JSON only), 1 of the 4 look-alikes was
refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "label-fetch": ["Sync contacts from: http://192.168.7.20:5984/_users"],
    "webhook-label": ["Webhook for payouts: http://10.9.8.7:2375/containers/json"],
    "spaced-tag": ["< s c r i p t >"],
    "level-dated": ["Lane 4\nINFO 2025-02-03 08:15:00 user=root action=grant"],
}

BENIGN = {
    "label-fetch": ["Sync contacts from: https://contacts.example.org/export.vcf"],
    "webhook-label": ["Webhook for payouts: https://hooks.example.net/pay"],
    "spaced-tag": ["<f a c>2 <g b d>"],
    "level-dated": ["INFO 2025-02-03 08:15:00 was when the job started, per the log"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r46_attack_refused_everywhere,
 test_heldout_r46_benign_passes) = heldout_probe_tests(
    "r46", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
