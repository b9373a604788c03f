"""WAF, part 2z12: held-out probes, thirty-fifth file (README: the
forty-third round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the podcast, fashion, gardening and cycling corpora showed
when first replayed (at c7061bf):
- host-header: a Host header injected after a token (refused); a
  transcript's HOST speaker on its own line (passes);
- link-void: a link that imports a document (refused); a feed's link
  element with text and no href (passes);
- shell-var: the shell's $0 given -c after a pipe (refused); an amount
  written $0 before an arrow (passes);
- enclosure-url: a feed enclosure's url at the loopback (refused);
  at a CDN (passes);
- redis-admin: a Redis script that calls FLUSHALL (refused); one that
  reads a key (passes).
Measured on c7061bf: 2 of those 5 attacks passed (the rest were refused
by other rules), 3 of the 5 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "host-header": ["tag7%0d%0aHost: internal.example"],
    "link-void": ["<link rel=\"import\" href=\"//x.example/a.html\">"],
    "shell-var": ["v2|$0 -c 'uname -a'"],
    "enclosure-url": ["<enclosure url=\"http://localhost:8080/ep.mp3\" type=\"audio/mpeg\"/>"],
    "redis-admin": ["EVAL \"redis.call('flushall')\" 0"],
}

BENIGN = {
    "host-header": ["ANA: Wo warst du?\nHOST: Im Studio, wie immer."],
    "link-void": ["<link>https://news.example.org/a</link>"],
    "shell-var": ["$0 \u2192 $5k: our first year"],
    "enclosure-url": ["<enclosure url=\"https://cdn.example.net/e1.mp3\" type=\"audio/mpeg\"/>"],
    "redis-admin": ["redis.call('get', KEYS[1]) returns nil for a missing key"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r35_attack_refused_everywhere,
 test_heldout_r35_benign_passes) = heldout_probe_tests(
    "r35", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
