"""WAF, part 2z25: held-out probes, forty-eighth file (README: the
fifty-sixth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the printshop, droneops, parking and climbinggym corpora
showed when first replayed (at 64d7071), each an attack the round
refuses and a look-alike it passes:
- secret-option: a value that is one option given a file whose name
  says it holds credentials; the same option given a theme's file;
- webroot-positional: an argument list that names a server script in a
  web root as a positional word; the same list naming a data file;
- js-throw: a closed literal, then JavaScript's throw and a variable
  opened again; a sentence with an apostrophe and a "; while";
- clock-level: a record after a spelled line break that opens with a
  clock time and a level word; the same words in a note;
- quoted-order-by: a closed literal, ORDER BY and a comment; a quoted
  phrase "order by ..." in a sentence;
- fragment-at: a URL whose authority holds "#@" before another host;
  a fragment that starts with "@" after the path;
- couch-endpoint: a value that is one of CouchDB's reserved endpoints;
  the endpoint's name in a sentence.
Measured on 64d7071: 6 of those 7 attacks passed (quoted-order-by's was
refused already), 1 of the 7 look-alikes was refused (quoted-order-by's).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "secret-option": ["--settings /opt/shop/credentials.ini"],
    "webroot-positional": ["-f GPX /srv/www/htdocs/track.php input.kml"],
    "js-throw": ["'; throw new Error(String(this)); var q='"],
    "clock-level": ["ok%0d%0a09:12 WARN operator=root action=purge_all"],
    "quoted-order-by": ["shoes' order by 3--"],
    "fragment-at": ["http://files.example#@intranet.example/report"],
    "couch-endpoint": ["_changes?include_docs=true&since=0"],
}

BENIGN = {
    "secret-option": ["--settings /opt/shop/theme.ini"],
    "webroot-positional": ["-f GPX /srv/exports/track.gpx input.kml"],
    "js-throw": ["We're done; while you wait, read this"],
    "clock-level": ["Desk note: 09:12 WARN light came on, fixed"],
    "quoted-order-by": ["The 'order by price' toggle in the list works"],
    "fragment-at": ["https://files.example/#@team"],
    "couch-endpoint": ["see the _changes feed docs"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r48_attack_refused_everywhere,
 test_heldout_r48_benign_passes) = heldout_probe_tests(
    "r48", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
