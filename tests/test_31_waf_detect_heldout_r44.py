"""WAF, part 2z21: held-out probes, forty-fourth file (README: the
fifty-second round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the beekeeping, escaperooms, translationmemory and railfans
corpora showed when first replayed (at bc446ee), each an attack the
round refuses and a look-alike it passes:
- log-ctime: a record stamped with C's ctime after a break the value
  spells; the same stamp in a sentence;
- json-record: a JSON log string closed, members of its own, the record
  closed and the next one opened; JSON lines written whole;
- sleep-operand: a delay after a separator; a word after "Sleep" in a
  list of settings;
- regex-escape: an escaped command after a separator; a regex's class
  escapes and their quantifiers;
- paren-name: a delay called after a logic word; a word and its
  parenthetical name after "and";
- raw-scheme: a URL of a protocol only a server-side fetcher dials,
  given whole; the protocol named in a sentence;
- arith-name: arithmetic expansion that computes; a placeholder of one
  name in the same brackets;
- range-nul: a written NUL before an extension; a regex's range that
  starts at NUL;
- i18n-lookup: a variable given a function's name, then called; a
  translation lookup given a dotted key;
- forged-login: a record after a line break that says a privileged
  login succeeded; a sentence that says the same of the writer's own.
Measured on bc446ee: 4 of those 10 attacks passed, 6 of the 10
look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "log-ctime": ["pallet 9%0a[Wed Feb 12 07:45:31 2025] [crit] quota exceeded on /srv"],
    "json-record": ['Ana","lvl":"debug","op":"export","ok":"yes"}\n{"seq":"'],
    "sleep-operand": ["42;sleep 7"],
    "regex-escape": ["q1;\\i\\d"],
    "paren-name": ["1 and sleep (3)"],
    "raw-scheme": ["dict://cache.example:11211/info"],
    "arith-name": ["echo $[6*7]"],
    "range-nul": ["avatar.png\\x00.php"],
    "i18n-lookup": ["$a='pass'.'thru';$a('id');"],
    "forged-login": ["job 7 done\n[INFO] sudo succeeded for root on web-2"],
}

BENIGN = {
    "log-ctime": ["Opened the ticket on Wed Feb 12 07:45:31 2025 after the alert"],
    "json-record": ['{"seq": 1, "op": "export"}\n{"seq": 2, "op": "import"}'],
    "sleep-operand": ["Modes: Work=blue; Sleep Mode=grey; Travel=green"],
    "regex-escape": ["\\w+\\s\\w+"],
    "paren-name": ["Signal and lamp (Tyer) fitted in 1904"],
    "raw-scheme": ["Our old gopher:// hole is archived now"],
    "arith-name": ["Use $[qty] in the label template"],
    "range-nul": ["[\\x00-\\x1F]"],
    "i18n-lookup": ["label: $tc('cart.items', 2)"],
    "forged-login": ["Login succeeded after I cleared the cookies, thanks!"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r44_attack_refused_everywhere,
 test_heldout_r44_benign_passes) = heldout_probe_tests(
    "r44", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
