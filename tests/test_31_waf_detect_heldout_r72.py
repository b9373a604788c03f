"""WAF, part 2z49: held-out probes, seventy-second file (README: the
eightieth round, fixed in the eighty-first), written for this file on
2026-12-07. No string is taken from a corpus or a public list: each class
is written here in shapes of our own, through the real edge (shipped
config, bans off).

The classes the climbingwall, pianoschool, oysterfarm and repaircafe
corpora showed when first replayed (at 990bcc0) that the next round
fixed, an attack it refuses and a look-alike it passes:
- cmd-case-blind: a chain to a Windows host probe whose name has a
  capital inside it ("IpConfig"): cmd.exe reads names case-blind, and a
  menu's accelerator is glued to its "&" (a blank after it is a chain).
- csv-claim-token: after one token and a typed line break, a CSV row with
  a privileged account's cell; the same row with no claim, on the
  token's line. (Until the hundred-and-first round the look-alike had
  the line break too and passed only because its address's "@" was no
  row cell's byte: the ninety-seventh round's row class refuses a record
  of four cells after one token and a break whatever the cells hold.)
- union-quoted-name: UNION SELECT quoted as a name in prose, the literal
  after SELECT holding the rest of the sentence (false positives at
  cd0ca65); a literal the value closes, or a token's, still refused.
- assigner-long-option: "; export --pdf" in a sentence: export, set and
  declare take no long option (a false positive at cd0ca65); export -p
  still refused.
- editor-in-prose: an editor named last in a sentence after "&", given
  nothing (a false positive at cd0ca65); given a system file, refused.
Measured on cd0ca65: the attacks of cmd-case-blind and csv-claim-token
passed in both placements, the look-alikes of union-quoted-name,
assigner-long-option and editor-in-prose were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "cmd-case-blind": ["Q7 & IpConfig", "Bay 4 && SystemInfo"],
    "csv-claim-token": ["Drill\r\n88,superuser,ops@attacker.example,lead"],
    "union-quoted-name": ["z' union select 'a", "z' union select user from t-- -"],
    "assigner-long-option": ["Sorted; export -p"],
    "editor-in-prose": ["I live in bash & nano /etc/passwd"],
}

BENIGN = {
    "cmd-case-blind": ["Save &As", "Tools & Options"],
    "csv-claim-token": ["Drill: 88,pending,ops@shop.example,lead"],
    "union-quoted-name": ["They call the 'union select' wall the hardest",
                          "\"Union Select\" is my favourite band (formed 2019)"],
    "assigner-long-option": ["Sorted by date; export --pdf next"],
    "editor-in-prose": ["My tools: tmux & vim"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r72_attack_refused_everywhere,
 test_heldout_r72_benign_passes) = heldout_probe_tests(
    "r72", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
