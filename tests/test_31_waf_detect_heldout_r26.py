"""WAF, part 2z3: held-out probes, twenty-sixth file (README: the
thirty-third round), written for this file on 2026-12-05 after the
library, transit, veterinary, manufacturing, support and maritime
corpora (tests/corpus/library/ ... tests/corpus/maritime/) were first
replayed, for the classes they showed. No string is taken from a corpus
or a public list: each class is written here in shapes of our own,
through the real edge (shipped config, bans off).

Look-alikes that must pass:
- stray-backtick: a lone backtick in text, then words with a ";";
- line-comment: a dash pair ending a line of prose, an option at a
  line's end before more text;
- file-url: a file: URL into a user's own directory;
- app-data-path: a picture, a scan and a data file in the web server's
  tree or an application's spool; one step up to a TIFF;
- title-whole: a title element with words alone inside;
- subfield-aside: a catalogue's subfield code before a parenthetical;
- php-warning: PHP's warning that prints a call with a URL unquoted;
- arc-minutes: angles with minutes after their degrees and an arrow;
- syslog-excerpt: a log pasted whole, its first line in syslog's stamp;
- mango-fields: a Mango query whose fields name no secret;
- date-record: a CSV export pasted with its header line;
- json-in-value: a JSON document of settings or a record as a value;
- quoted-arg-path: a possessive before a system file named in a sentence.

Attacks that must be refused:
- stray-backtick: a backtick nothing closes before the value's quote
  breakout and a command (the shell reads it inside the application's
  quote);
- line-comment: SQL with short line comments as the spaces between its
  words ("--c\\n");
- file-url: a file: URL to an application's directory under /etc inside
  text or markup;
- app-data-path: a script, a library or a directory in the same trees;
- title-whole: a title's close with no open before it, a title holding
  markup;
- subfield-aside, php-warning: a call with a quoted argument;
- arc-minutes: the value's quote then PostgreSQL's JSON arrow;
- syslog-excerpt, date-record: a forged log record after a first line
  that is none: a bracketed time stamp, a level word, CSV fields after a
  date;
- mango-fields: a Mango query whose fields list a secret;
- json-in-value: a JSON document as a value whose string holds a
  tautology or a command (each string is a value the application uses);
- quoted-arg-path: one token, the value's quote, a credential file as a
  new argument, then a shell comment.

Measured on 37c413c (before the changes): 9 of the 16 attacks passed
(the app-data-path, title-whole, subfield-aside, php-warning and
arc-minutes attacks, which bound the changes, and the object's file:
URL were refused already), and 8
of the 14 look-alikes were refused (the three app-data paths, the
title, the subfield, the warning, the angles, the syslog excerpt).
After them: every look-alike passes and every attack is refused, but
the three forged log records in a JSON body (KNOWN_MISSES). The
json-in-value class was added after, 1 of its 2 attacks passing on
9eb9b67; then quoted-arg-path, its 2 attacks passing on 84677e3.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "stray-backtick": ["v2`k'; uname -a; echo '", "lot`7; cat /etc/hostname"],
    "line-comment": ["7'\n--c\nUNION\n--c\nSELECT password FROM staff--",
                     "q' UNION--z\nSELECT 1,2--"],
    "file-url": ["report at file:///etc/myapp/db.ini please",
                 '<object type="text/plain" data="file:///etc/nginx/sites-enabled/shop"></object>'],
    "app-data-path": ["/var/www/shop/uploads/shell.php", "/var/spool/postfix/private"],
    "title-whole": ["Notes</title><svg onload=alert(7)>", "<title>a<img src=x onerror=alert(8)></title>"],
    "subfield-aside": ["$f('whoami')"],
    "php-warning": ["file_get_contents('http://198.51.100.4/k.txt')"],
    "arc-minutes": ["5' -> 'password'"],
    "syslog-excerpt": ["Order 5512\n2025-01-07 10:11:12 ALERT disk wiped by ops",
                       "Printed 2 copies\r\n[2025-01-07 10:11:12] backup verified by ops"],
    "date-record": ["Ticket closed\n2025-01-07,root,GRANT,all,ok"],
    "mango-fields": ['{"selector": {"kind": {"$eq": "user"}}, "fields": ["email", "api_token"]}'],
    "json-in-value": ['{"order": "12 OR 1=1", "view": "full"}', '[{"label": "x; cat /etc/shadow"}]'],
    "quoted-arg-path": ["plums' /etc/passwd #", 'kiwi" /etc/shadow -n #'],
}

BENIGN = {
    "stray-backtick": ["it`s raining; bring a coat"],
    "line-comment": ["Revenue grew -- see\nthe appendix", "run it with --verbose\nthen check"],
    "file-url": ["open file:///home/kim/Documents/plan.pdf in the browser"],
    "app-data-path": ["/var/www/catalog/covers/978-0-00-000000-2.jpg",
                      "/var/spool/faxes/inbound/fax_0042.pdf", "../scans/page-003.tiff"],
    "title-whole": ["Chapter 2 <title>On Method</title> in the draft"],
    "subfield-aside": ["590 ## $b (signed)"],
    "php-warning": ["cron said: file_get_contents(http://mirror.example.org/list.txt): "
                    "failed to open stream"],
    "arc-minutes": ["Bearing 12°15' -> 12°40' after correction"],
    "syslog-excerpt": ["Jan  7 03:14:15 WARN cron[311]: job late\n"
                       "2025-01-07 03:14:20 INFO cron[311]: job done"],
    "date-record": ["day,store,units\n2025-01-06,North,14\n2025-01-07,South,9"],
    "mango-fields": ['{"selector": {"year": {"$gte": 1990}}, "fields": ["title", "isbn"]}'],
    "json-in-value": ['{"lang": "en", "theme": "dark"}',
                      '{"title": "Rock & Roll (live)", "year": 1969}'],
    "quoted-arg-path": ["the admins' /etc/passwd # entries are old"],
}

# (the three forged records on a note's second line passed in a JSON
# body's text until the sixty-fourth round: dated or CSV records naming
# who acted after a short phrase are read there too)
KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r26_attack_refused_everywhere,
 test_heldout_r26_benign_passes) = heldout_probe_tests(
    "r26", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
