"""WAF, part 2z15: held-out probes, thirty-eighth file (README: the
forty-sixth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the parish, auctions, accessibility and appstore corpora
showed when first replayed (at deebadf), each an attack the round
refuses and a look-alike it passes:
- control-aria: a button given a handler and focus; a button given only
  ARIA attributes and an id;
- bare-button: a button with a handler; a bare button in a sentence;
- tree-path: parent steps past the root to a system file; a step inside
  one data tree;
- tree-url: a URL's path climbing past its root; a step inside a site's
  docs;
- well-known: a site's .git directory; RFC 8615's /.well-known/;
- where-or-true: MongoDB $where's member compared, then OR true; a
  sentence with "||";
- where-return: a number, ";" and a return of the member compared; a
  step and a sentence's "return";
- where-secret: a secret member read a piece at a time; a title's;
- json-key: a JSON string the value closes, then an operator key; a
  filter document of comparisons;
- empty-schema: an empty $jsonSchema; a schema that requires a field;
- xpath-numeric: a number, a logic word and XPath's count of a node
  path; a count of a word in a sentence;
- xpath-union: a wildcard predicate closed, then a union; a list's
  "[*] | //" comment;
- probe-span: a host-information command in a span that ends the value;
  the same span a sentence goes on after;
- id-span: `id` in a span that ends the value; `id` named in a sentence.
Measured on deebadf: 8 of those 14 attacks passed (the rest were refused
by other rules), 5 of the 14 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "control-aria": ["<button aria-label=x onfocus=alert(3) autofocus>go</button>"],
    "bare-button": ["<button onclick=alert(4)>ok</button>"],
    "tree-path": ["/srv/x/../../../etc/group"],
    "tree-url": ["https://x.example/a/../../../../etc/passwd"],
    "well-known": ["https://x.example/.git/HEAD"],
    "where-or-true": ["this.role == 'user' || true"],
    "where-return": ["7; return this.score > -1"],
    "where-secret": ["this.reset_token.startsWith('a')"],
    "json-key": ["Lot 4\", \"$ne\": \""],
    "empty-schema": ["{\"$jsonSchema\": { }}"],
    "xpath-numeric": ["5 and count(//user)>0"],
    "xpath-union": ["*] | //password | //*[a='"],
    "probe-span": ["Gate B `uname -a`"],
    "id-span": ["Row 12 `id`"],
}

BENIGN = {
    "control-aria": ["<button aria-expanded=\"false\" id=\"menu\">Menu</button>"],
    "bare-button": ["Press <button>Save</button> when done"],
    "tree-path": ["/mnt/data/raw/../clean/2024.csv"],
    "tree-url": ["https://docs.example.org/v2/guide/../api/index.html"],
    "well-known": ["https://x.example/.well-known/security.txt"],
    "where-or-true": ["role == user || admin is allowed"],
    "where-return": ["step 7; return the form by Monday"],
    "where-secret": ["this.title.startsWith('Dr')"],
    "json-key": ["{\"price\": {\"$gte\": 10, \"$lte\": 50}}"],
    "empty-schema": ["{\"$jsonSchema\": {\"required\": [\"name\"]}}"],
    "xpath-numeric": ["about 3 or count(x) of them"],
    "xpath-union": ["items[*] | // all items"],
    "probe-span": ["Gate B `uname -a` prints the kernel"],
    "id-span": ["Row 12 `id` is the key"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r38_attack_refused_everywhere,
 test_heldout_r38_benign_passes) = heldout_probe_tests(
    "r38", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
