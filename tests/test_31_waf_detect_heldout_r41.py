"""WAF, part 2z18: held-out probes, forty-first file (README: the
forty-ninth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the chemistry, networking, typography and karaoke corpora
showed when first replayed (at efeacd0), each an attack the round
refuses and a look-alike it passes:
- ps-env: PowerShell's Env: drive listed after a separator; a sentence
  that names the listing;
- typed-header: a written \\r\\n after one token, then a header a proxy
  trusts; the same escape before a word that is no header;
- where-js: a query string's $where given JavaScript; Socrata's SoQL
  $where, SQL's "=" and words;
- xquery-return: XQuery's return of a fetched document after a
  literal's breakout; a quote, ")" and the word "return" in text;
- sink-span: a dialog called with a template literal after a breakout;
  a checklist's "confirm" and the command line it names in a span;
- grep-filter: grep walking a directory after a pipe; a device's show
  command searched by grep for one word;
- union-question: UNION SELECT of parameter markers; "union select?"
  asked in a sentence.
Measured on efeacd0: 4 of those 7 attacks passed (the rest were refused
by other rules), 3 of the 7 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "ps-env": ["n; gci env: | Format-List"],
    "typed-header": ["ok\\r\\nX-Real-IP: 10.0.0.1"],
    "where-js": ["$where=this.role=='admin'"],
    "xquery-return": ["') return doc('http://198.51.100.7/x') (:"],
    "sink-span": ["';confirm `1`//"],
    "grep-filter": ["x | grep -r token /srv"],
    "union-question": ["0 union select ?,password from users--"],
}

BENIGN = {
    "ps-env": ["Set up the gci Env: listing in a script"],
    "typed-header": ["en\\r\\nX-Forwarded list in the docs"],
    "where-js": ["$where=role = 'admin' AND active = true"],
    "xquery-return": ["the list\") return value of the parser"],
    "sink-span": ["confirm `kubectl get pods -A` shows Running"],
    "grep-filter": ["show ip route | grep -i ospf"],
    "union-question": ["union select? no, the route-map docs"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r41_attack_refused_everywhere,
 test_heldout_r41_benign_passes) = heldout_probe_tests(
    "r41", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
