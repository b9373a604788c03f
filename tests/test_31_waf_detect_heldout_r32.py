"""WAF, part 2z9: held-out probes, thirty-second file (README: the
fortieth round), written for this file on 2026-12-05. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the smarthome, bi, regexhelp and dating corpora showed when
first replayed (at ba11535):
- powershell-operator: PowerShell's comparison operators named after
  the shell's name (passes); the shell given its own options after a
  separator (refused);
- sun-entity: a home automation's "sun.sun" entity (passes); a JDK class
  under sun.* (refused);
- ternary-quote: a JavaScript ternary after a quoted literal (passes);
  PostgreSQL's "?" key operator after a breakout (refused);
- db-client-shell: a database client's escape to the shell, MySQL's and
  psql's backslash-bang, sqlite3's .shell (refused); the same marks
  before words (pass);
- awk-pipe: awk printing into a shell (refused); into sort (passes);
- sed-e-command: sed's "e" command at the last line's address
  (refused); a number in exponent notation (passes);
- excel-call: Excel 4.0's EXEC as a cell (refused); COUNTIF of a word
  (passes);
- escaped-crlf: a short token, a written CRLF and a Location header
  (refused); a code snippet's response with words (passes);
- exists-secret: $exists on a password's hash (refused); on a nickname
  beside a field (passes).
Measured on ba11535: 4 of those 10 attacks passed (awk's pipe, sed's
"$e" and EXEC were refused by other rules), 3 of the 10 look-alikes were
refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "powershell-operator": ["k9; powershell -nop -w hidden -c whoami"],
    "sun-entity": ["${sun.misc.Unsafe}"],
    "ternary-quote": ["x' ? 'admin' --"],
    "db-client-shell": [".shell cat /etc/hosts", "\\! uname -a"],
    "awk-pipe": ["BEGIN { print \"uname\" | \"sh\" }"],
    "sed-e-command": ["$e uname -a"],
    "excel-call": ["=EXEC(\"calc.exe\")"],
    "escaped-crlf": ["v1\\r\\nLocation: https://attacker.example/"],
    "exists-secret": ["{\"password_hash\": {\"$exists\": false}}"],
}

BENIGN = {
    "powershell-operator": ["Is PowerShell -like case-sensitive?"],
    "sun-entity": ["{{ state_attr('sun.sun','azimuth') }}"],
    "ternary-quote": ["label = s === 'A' ? 1 : 2;"],
    "db-client-shell": ["\\! was the old negation", "Use .shell to run commands"],
    "awk-pipe": ["{ print $2 | \"sort -u\" }"],
    "sed-e-command": ["1e6 rows per batch"],
    "excel-call": ["=COUNTIF(B:B, \"call\")"],
    "escaped-crlf": ["printf(\"HTTP/1.1 302 Found\\r\\nLocation: /home\\r\\n\\r\\n\");"],
    "exists-secret": ["{\"country\": \"PT\", \"nickname\": {\"$exists\": false}}"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r32_attack_refused_everywhere,
 test_heldout_r32_benign_passes) = heldout_probe_tests(
    "r32", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
