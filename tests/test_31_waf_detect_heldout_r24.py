"""WAF, part 2z: held-out probes, twenty-fourth file (README: the
thirty-second round), written for this file on 2026-12-05 after the
energy and gaming corpora (tests/corpus/energy/, tests/corpus/gaming/)
were first replayed, for the classes they showed. No string is taken
from a corpus or a public list: each class is written here in shapes of
our own, through the real edge (shipped config, bans off).

Look-alikes that must pass:
- php-aside: a name PHP runs, a blank, then a group of words alone (a
  sentence's aside: PHP never writes two bare words side by side);
- product-names: a product's name after "&" inside brackets, with "@",
  "]" or a dash after it (a marketplace's listing);
- rows-after-number: numbered items with ")";
- hex-label: a build's hash in a preview host, a file named in hex;
- settings-secret: a theme's settings read for a colour;
- json-path-operand: arrows between words and quoted names in prose;
- create-sentence: "create user" or "create table" in a sentence, the
  name followed by words (or a determiner after "and create user").
- role-rights: a checklist's "create role profiles" after ";".

Attacks that must be refused:
- php-aside: the same names given a command line, glued or spaced;
- product-names: a shell's name, capitalised, given an option;
- rows-after-number: a number that ends the application's row, then
  rows of literals of its own;
- hex-label: a host whose label is a loopback, private or metadata
  address written in hex (a rebinding service's name);
- settings-secret: a template that reads the framework's settings for a
  secret;
- create-sentence: a CREATE statement whose name is followed by what
  SQL writes there ("(", IDENTIFIED BY...), alone or after "and";
- role-rights: a statement after ";" that creates or alters a role or a
  login and gives it rights (LOGIN, SUPERUSER, WITH, PASSWORD...) or
  ends;
- json-path-operand: a JSON path operator (->, ->>) on a name
  compared after OR, a name's member as any operand is (the tokenizer
  read the arrow's ">" as a comparison).

Measured before the changes (2026-12-05, on 6b20f9a): 6 of the 10
attacks passed (the rows, the hex labels, the settings; the php-aside
and product-name attacks bound the changes) and 4 of the 8 look-alikes
were refused (the asides, the product names); the json-path-operand
class was added after, its 2 attacks passing on 43fdadf, and the
role-rights class after that, its 2 attacks passing on 7790e56; the
create-sentence class's 2 look-alikes were refused on 47d9e9c. After them: every attack
refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "php-aside": ["system (ls -la /home)", "x;system(cat /etc/hosts)"],
    "product-names": ["WTB [x] & Ash -c id", "gg & Zsh -i"],
    "rows-after-number": ["7), ('P-3', 1), ('P-4', 1)--", "4), (5, 'root', 1);"],
    "hex-label": ["http://node-7f000001.rb.example:9000/", "https://a9fea9fe.w.example/iam"],
    "settings-secret": ["{{ settings.AWS_SECRET_ACCESS_KEY }}",
                        "{{ settings['SMTP_PASSWORD'] }}"],
    "role-rights": ["3; create role helper with superuser;--", "9; ALTER ROLE guest LOGIN;--"],
    "create-sentence": ["create table t9 (k int, v text)", "2 and create user ops identified by 'x'"],
    "json-path-operand": ["7 OR profile->>'tier' = 'staff'",
                          "12 OR cfg->'plan' = 'pro'"],
}

BENIGN = {
    "php-aside": ["a 2017 system (built in house, rev 3.1)", "the 2024 exec (board meeting) moved"],
    "product-names": ["Trade: Ivy & Dash charm [rare] @ 30 silver", "Ranked: Moss & Ash team!"],
    "rows-after-number": ["Steps 1), 2) and 3) are done"],
    "hex-label": ["preview at https://pr-7f3c19a2.app.example/ is up",
                  "icon http://cdn.example/7f000001.png"],
    "settings-secret": ["{{ settings.accent_color }}", "{{ settings.pinned_threads }}"],
    "role-rights": ["Week 1; create role profiles for the new hires"],
    "create-sentence": ["Please review and create user accounts for the new interns",
                        "We create table plans for the gala by Friday"],
    "json-path-operand": ["progress: draft -> review -> done", "map 'en' -> 'de' later"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r24_attack_refused_everywhere,
 test_heldout_r24_benign_passes) = heldout_probe_tests(
    "r24", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
