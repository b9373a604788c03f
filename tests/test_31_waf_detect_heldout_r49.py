"""WAF, part 2z26: held-out probes, forty-ninth file (README: the
fifty-seventh round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The class the carsharing, radiology, bakery and coworking corpora showed
when first replayed (at ff66b16), an attack the round refuses and a
look-alike it passes:
- hl7-bare-cr: a field's text, a bare carriage return (HL7 v2's segment
  terminator, which no keyboard types alone) and a segment of the
  value's own; a message pasted whole, which opens with its own header
  segment.
Measured on ff66b16: the attack passed in every placement, the
look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "hl7-bare-cr": ["Chest PA normal\rNTE|1||result released by admin"],
}

BENIGN = {
    "hl7-bare-cr": ["MSH|^~\\&|RIS|H|PACS|H|202501011200||ORM^O01|X9|P|2.3"
                    "\rNTE|1||routine follow-up"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r49_attack_refused_everywhere,
 test_heldout_r49_benign_passes) = heldout_probe_tests(
    "r49", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
