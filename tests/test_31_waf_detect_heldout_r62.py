"""WAF, part 2z39: held-out probes, sixty-second file (README: the
seventieth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the clockrepair, alpacafarm, swimschool and radiostation
corpora showed when first replayed (at f611dca's code) that the round
fixed, an attack the round refuses and a look-alike it passes:
- windows-variable-path: a program named by a path that opens with a
  Windows variable, after a separator; such a path to a document.
- twig-env-call: Twig's environment reached through _self and called;
  Python's self.env.
- xpath-comment-union: a predicate closed, an XPath comment, then a union
  with a descendant path; a smiley in parentheses before a bar.
- record-login-key: a dated record after a typed line break that names
  who acted with login=; the same line after a label on one line.
- role-change-record: a record reporting a role changed to an
  administrator's; the same words on one line.
- csv-outcome-cell: a CSV row after a typed line break whose cell says a
  payment's outcome; the same cells on the phrase's own line.
- pg-dollar-select: a stacked SELECT whose first operand is PostgreSQL's
  dollar-quoted literal; display math between double dollars.
- bulk-insert-stacked: T-SQL's BULK INSERT of a file after a breakout; a
  sentence about a bulk insert.
- converter-webroot: a converter's argument list after its input file
  that writes a server script into a web root; the same list writing a
  picture.
- where-after-word: a WHERE after a word, a comparison, then SQL's end (an
  attack), and a sentence that goes on after the comparison.
Measured on f611dca: the attacks passed but the last, which stands beside
its look-alike (the two dated records only as JSON body fields: the query
already refused their line breaks); the look-alikes passed but the last.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "windows-variable-path": ["& %windir%\\system32\\ipconfig.exe /all"],
    "twig-env-call": ["_self.env.setCache('ftp://files.example.net:2121')"],
    "xpath-comment-union": ["Bolt'] (: note :) | //account | x['"],
    "record-login-key": ["Unit 4\r\n2025-02-03T04:05:06Z AUTH OK login=chief"],
    "role-change-record": ["Desk 9\n[2025-02-03 04:05] AUDIT role change: pat -> administrator"],
    "csv-outcome-cell": ["Stall 12 note\r\nST-77,guest,0.00,refunded"],
    "pg-dollar-select": ["5; SELECT $$a$$||version()--"],
    "bulk-insert-stacked": ["x'; BULK INSERT t FROM 'c:\\a.txt';--"],
    "converter-webroot": ["clip.mov -f gif /srv/www/htdocs/up.php"],
    "where-after-word": ["7 where 2>1--"],
}

BENIGN = {
    "windows-variable-path": ["%USERPROFILE%\\Documents\\budget.xlsx"],
    "twig-env-call": ["self.env.get('HOME')"],
    "xpath-comment-union": ["Bolt (: smile :) | bar"],
    "record-login-key": ["Unit 4: 2025-02-03T04:05:06Z AUTH OK login=chief"],
    "role-change-record": ["Desk 9: [2025-02-03 04:05] AUDIT role change: pat -> administrator"],
    "csv-outcome-cell": ["Stall 12 note: ST-77, guest, 0.00, refunded"],
    "pg-dollar-select": ["$$x^2$$ is display math"],
    "bulk-insert-stacked": ["Bulk insert from the vendor sheet failed twice"],
    "converter-webroot": ["clip.mov -f gif out.gif"],
    "where-after-word": ["Lanes where count(booked) = 0 get closed at noon"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r62_attack_refused_everywhere,
 test_heldout_r62_benign_passes) = heldout_probe_tests(
    "r62", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
