"""WAF, part 2z47: held-out probes, seventieth file (README: the
seventy-eighth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the mountainhut, sailmaker, blacksmith and ciderpress corpora
showed when first replayed (at 18e62bc) that the round fixed, an attack
the round refuses and a look-alike it passes:
- show-stacked: a statement that lists a database's accounts stacked
  after a number; the words in a question.
- go-secret-dump: Go's printf of the context's secret; of a name.
- login-account-outcome: after a typed line break (as a JSON body
  field), a dated record of a login word, a privileged account and its
  success; a sentence about failed logins.
- payment-ok-record: the same, a record that says a payment went
  through; the claim after a label in a sentence.
- signed-by-name: the same, a tagged record signed off by a person's
  name; a sentence that says who signed.
- bare-operator: a value that is a query operator object alone, after a
  label; a filter on a field named in a sentence.
Measured on 18e62bc: the attacks passed in every placement but two of
the typed records in the query (its line break was already refused
there), the look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "show-stacked": ["7; SHOW USERS;--"],
    "go-secret-dump": ["{{printf \"%v\" .Secret}}"],
    "login-account-outcome": ["Shift 2 ok\r\n[2025-02-03 06:07] LOGIN root success from 10.1.1.1"],
    "payment-ok-record": ["Sail 4 done\n[2025-01-02 03:04:05] payment ok order=77 amount=0.00"],
    "signed-by-name": ["Stove lit 09:00\r\n[SAFETY] flue test: PASS (signed K. Lee)"],
    "bare-operator": ["Ref: {\"$ne\": \"B-7\"}"],
}

BENIGN = {
    "show-stacked": ["Can you show users how to book?"],
    "go-secret-dump": ["{{printf \"%v\" .Name}}"],
    "login-account-outcome": ["Shift 2 ok, the login for root failed twice"],
    "payment-ok-record": ["Sail 4: payment ok, thanks"],
    "signed-by-name": ["The form was signed by K. Lee on Friday"],
    "bare-operator": ["Stock query {\"qty\": {\"$gt\": 0}} in the admin tool"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r70_attack_refused_everywhere,
 test_heldout_r70_benign_passes) = heldout_probe_tests(
    "r70", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
