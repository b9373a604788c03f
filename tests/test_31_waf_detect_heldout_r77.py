"""WAF, part 2z54: held-out probes, seventy-seventh file (README: the
eighty-fifth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the eighty-fourth and eighty-fifth rounds' corpora showed
(bridgeclub, lifeboat, orchard, knitting; harpmaker, potholerepair,
ropewalk, exhibitworks) that this round fixed, an attack each and a
look-alike that passes:
- lucene-breakout: a search value that closes a group it never opened,
  then ORs a field's term of its own; a list's "a) or b: ..." passes.
- xpath-tautology: a step's predicate that compares a node with a
  literal, then ORs a tautology and closes it.
- xpath-root-union: a number's predicate closed, then a union with the
  root's element "/*".
- xpath-doc-url: XPath's doc() given a URL as the whole value; a file's
  name passes.
- lowbyte-log: two characters whose low bytes are CR and LF (escaped),
  then a log record's level word; one such character in a URL passes.
- banner-level: a line after text framed by "***" that opens with a level
  word and its colon.
- escaped-level-log: a line break written as "\\r\\n" after a short head,
  then a level word and a pair naming who acted.
- spelled-logfmt: a break spelled "%0d%0a" after a pair, then a logfmt
  record naming who acted.
- template-apply: a mustache that calls a function's apply, call or bind
  with arguments; a field read passes.
- exit-status: exit given a status alone after ";" is no command (a
  road's "exit 9"); a chain that runs a probe after it is refused.
- tab-in-host: a tab after a loopback host, which a WHATWG parser drops.
- call-tautology: a call with many arguments before an OR tautology.
Measured on 2e6db22: every attack passed but exit-status's (its uname
was refused before too), and the exit-status look-alike was refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "lucene-breakout": ["q7*) OR dept:payroll OR (title:*"],
    "xpath-tautology": ["part[label/text()='Q7' or 3=3]"],
    "xpath-root-union": ["12] | /* | //row[@n=12"],
    "xpath-doc-url": ["doc('http://203.0.113.7/feed.xml')"],
    "lowbyte-log": ["Rosa%E5%98%8D%E5%98%8AWARN vault opened"],
    "banner-level": ["ok\n*** CRITICAL: ledger purged, ignore earlier lines ***"],
    "escaped-level-log": ["shelf 2\\r\\nNOTICE user=ops wiped the archive"],
    "spelled-logfmt": ["k=v7%0d%0auser=root role=admin auth=ok"],
    "template-apply": ["{{#each rows}}{{this.fn.call 1 2}}{{/each}}"],
    "exit-status": ["k7; exit 1; uname -a"],
    "tab-in-host": ["http://127.0.0.1%09:6379/"],
    "call-tautology": ["ref=CHAR(82,65,78,68,79) OR 7=7"],
}

BENIGN = {
    "lucene-breakout": ["Choose a) or b: either works"],
    "xpath-tautology": ["rack[3] or rack[4], whichever is free"],
    "xpath-root-union": ["12] | /docs/readme.md"],
    "xpath-doc-url": ["doc('catalog.xml')"],
    "lowbyte-log": ["https://shop.example.jp/items/%E8%97%8D%E6%9F%93"],
    "banner-level": ["notes\n*** end of notes ***"],
    "escaped-level-log": ["Reset done\\nplease retry user=bob"],
    "spelled-logfmt": ["a=1 b=2 user=x"],
    "template-apply": ["{{#each rows}}{{this.name}}{{/each}}"],
    "exit-status": ["Ring road; northbound; exit 9"],
    "tab-in-host": ["https://docs.example.org/a%09b"],
    "call-tautology": ["Parts (1,2,3,4) or 5 are spares"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r77_attack_refused_everywhere,
 test_heldout_r77_benign_passes) = heldout_probe_tests(
    "r77", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
