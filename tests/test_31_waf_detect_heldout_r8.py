"""WAF, part 2j: held-out probes, eighth file (README: the seventh round),
written for this file on 2026-12-02 BEFORE any rule was changed for them
(no string taken from a corpus or a public list), through the real edge
(shipped config, bans off). The development corpora's misses left in
cmdi and `other` are whole-value command lines and fuzzing markers the
earlier rounds found no grammar for (README: the fifth and sixth rounds);
these classes are their neighbours that a grammar does decide, and the
ones the issue names for the corpora we do not have (Windows commands
after a separator, template and include syntaxes of other layers),
written here in shapes of our own.

Attack classes:
- windows-builtin: cmd.exe built-ins whose first argument is a
  subcommand of their own, as "net user" and "reg query" already are
  (query session/process/user, route print/add/delete), and
  driverquery, a name no English word shares, after a separator;
- inline-code: an interpreter given a program text on its command line
  (perl -e '...', python -c "...", ruby -e, php -r, node -e/-p, lua -e)
  at the start of the value or a line: the program runs whatever the
  text is, as "sh -c" (already a hit anywhere) runs its string;
- ldap-filter: a composed LDAP search filter, an operator (&, |, !)
  then a parenthesised attribute comparison ("(|(uid=*)...)"), with or
  without a breakout before it: what an application splices into its
  own filter to widen it;
- esi-tag: Edge Side Includes elements (<esi:include>, <esi:inline>,
  <esi:vars>, <esi:assign>, <esi:try>, <esi:debug>, ...), which a cache
  in front of the application executes when the value is echoed in a
  page, as it executes SSI's "<!--#include";
- sink-value: a script entry point (alert, prompt, confirm, eval) read
  as a value and called later under another name: passed to a method
  ("[1].forEach(alert)", "Reflect.apply(confirm,...)"), assigned then
  called ("f=prompt,f(1)", "x=alert;x`1`"), or called optionally
  ("alert?.(1)").
Second batch, written after the first change and before its own (the
external corpus's false positives, as classes, with attacks of the same
shape that must stay refused):
- terminal-emphasis: a manual page rendered to a terminal (groff's bold
  and underline, SGR 1/4/22/24/0, in pairs) is text; colours, concealed
  text, cursor moves, erasures and window titles are log forging still.
  Sent once encoded and in a JSON body: the rule reads the value decoded
  once (an escape encoded twice is text until an application decodes it
  twice), as test_31_waf_detect_protocol sends it;
- java-mention: a Java class or package named as a word of a sentence,
  after a word and a space ("replaced by org.apache...", "in java.lang's
  package"), is a mention; after code's own words (new, import, return,
  class) or code's punctuation, or as the whole value, it is the name a
  deserializer or an expression language resolves;
- path-glob: "*" segments of a path ("/srv/app/*/*/config.yaml") are a
  glob, not the "/*...*/" comment that splits SQL keywords.

Third batch, written after the second change and before its own (a
traversal class the development corpus's misses name, in shapes of our
own):
- windows-spaced-path: a Windows path whose directory names hold spaces
  ("C:\\Program Files\\...", "\\Program Files (x86)\\App Server\\...")
  is one path as "C:\\App\\settings.ini" is, and ends in a file no path
  may end in just the same; a drive or backslashes make it Windows', and
  a name with a space in the last segment, a colon or a sentence after
  it is text.

Fourth batch, written after the third change and before its own (two
script classes the external corpus's misses name, which this round read
as classes: the figures of its attack half are no longer held out):
- sink-paren-call: a script entry point in parentheses, alone or after a
  comma expression, called at once ("(0, confirm)(1)", "(window.prompt)(1)",
  "(1,alert)`1`"), the indirect call that reaches the global;
- computed-member: a property name built from literals and called
  ("self[/pro/.source.concat(...)](1)", "self[(1558354).toString(36)](1)"):
  a regular expression's source or a number written in base 36 spells a
  name no filter sees.

First batch's look-alikes: prose with "query user", "route print"; interpreters named
or run with options that take no program text; parentheses with & and |
in prose, C and spreadsheet formulas; ESI named in prose; methods given
ordinary callbacks, "alert" and "confirm" as words, values and levels.

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
    "windows-builtin": [
        "| query session", "x9 & query process *",
        "; route add 10.9.0.0 mask 255.255.0.0 10.0.0.1", "1 & route print -4",
        "& driverquery", "|driverquery /fo csv",
    ],
    "inline-code": [
        "perl -ne 'print if /x/' /var/www/a.log",
        "ruby -rsocket -e 'TCPSocket.new(\"x.test\",9)'",
        'php -r "phpinfo();"', 'python2 -c "print 7*7"', 'node -p "process.pid"',
        'lua -e "os.exit(3)"', '  perl -E "say 42"', 'notes\nruby -e "sleep 9"',
    ],
    "ldap-filter": [
        "x)(|(cn=*)", "(|(uid=root)(uid=*))", "u*(&(objectClass=*))",
        "admin)(!(pwd=x))", "(&(mail=*@x.test)(|(role=admin)(role=*)))",
    ],
    "esi-tag": [
        '<esi:include src="/fragments/x" alt="//x.test/y"/>', "<esi:debug/>",
        '<Esi:Inline name="/a.txt" fetchable="yes">x</esi:inline>',
        "<esi:try><esi:attempt><esi:include src=//x.test/a /></esi:attempt></esi:try>",
        '<esi:assign name="v" value="$(HTTP_HOST)"/>', "a<esi:remove>b</esi:remove>c",
    ],
    # second batch
    "terminal-emphasis": [
        "\x1b[1mbold\x1b[0m then \x1b[8mhidden\x1b[0m", "ok\x1b[1m\x1b[2K",
        "\x1b[1mERROR\x1b[22m\x1b[1A\x1b[2K", "name\x1b[4m\x1b[30;40m",
        "\x1b[1;31mFAIL\x1b[0m", "user=ann \x1b[1m\x1b]2;x\x07",
    ],
    "java-mention": [
        "x=org.apache.commons.collections.functors.InvokerTransformer",
        '["ch.qos.logback.core.db.JNDIConnectionSource",{}]',
        "return javax.naming.InitialContext", "import java.rmi.registry.Registry",
        "class org.springframework.beans.factory.ObjectFactory",
        "com.sun.rowset.JdbcRowSetImpl",
        "new com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    ],
    "path-glob": ["1 union/*/*/select 1", "x' or 1/*/*/=/*/*/1--",
                  # (added with the rework, both passed the first version:
                  # CRS's 942101-9, paranoia 2, a request path "/post/*/*/2
                  # union all/bar", passed it too, which took any "/*/*/"
                  # after a path segment for a glob)
                  "/a/*/*/9 union all/b", "/get/*/*/7 union distinct/x"],
    # third batch
    "windows-spaced-path": [
        "C:\\Program Files\\PostgreSQL\\16\\data\\postgresql.conf",
        "\\Program Files (x86)\\App Server\\logs\\error.log",
        "D:\\Backups\\Nightly Dump\\shop.sql",
        "C:\\Users\\Public\\Build Keys\\release.pfx",
        "/Program Files\\Acme Web\\conf\\site.cfg",
        "c:/program files/acme web/conf/site.cfg",
    ],
    # fourth batch
    "sink-paren-call": [
        "(prompt)('x')", "(0, confirm)(1)", "(confirm)(document.domain)",
        "(window.prompt)(1)", "(1,alert)`1`",
    ],
    "computed-member": [
        "self[/pro/.source.concat(/mpt/.source)](1)",
        "window[[/ale/.source,/rt/.source].join('')](1)",
        "self[(1558354).toString(36)](1)", 'parent[30..toString(36)+"lert"](1)',
    ],
    "sink-value": [
        "[1,2].forEach(alert)", "f=prompt,f(1)", "Reflect.apply(confirm,window,[1])",
        "x=alert;x`1`", "alert?.(1)", 'p=eval;p("1")',
    ],
}

BENIGN = {
    "windows-builtin": [
        "Query user records nightly", "Shipping & route print labels",
        "Route print jobs to tray 2.", "Cost | route add-on | total",
        "Ask about it & query user groups later",
    ],
    "inline-code": [
        "ruby -e is handy for quick checks", "python -m venv .venv", "node --check app.js",
        "Run perl -e with care: it executes code.", "php -S localhost:8000",
        "python3 -c is how you pass a program",
    ],
    "ldap-filter": [
        "if (!(count == 0)) return;", "memset(&(s->buf), 0, 8);", "Pick (a|b) or (c|d)",
        "Use (&) for AND and (|) for OR in filters", "=IF(AND(A1>0,B1>0),1,0)",
    ],
    "esi-tag": [
        "ESI includes (esi:include) are resolved by Varnish.",
        "Mesi: include files from the old share",
        "The <esi> element of the old system is gone",
    ],
    "terminal-emphasis": [
        "\x1b[1mNAME\x1b[0m\n       grepx - find text\n\x1b[1mSYNOPSIS\x1b[0m\n"
        "       \x1b[1mgrepx\x1b[0m [\x1b[4mOPTION\x1b[24m]",
        "The \x1b[1m-q\x1b[22m flag keeps it quiet; see \x1b[4mfiles\x1b[24m below.",
        "\x1b[1mBUGS\x1b[m\n  None known.",
    ],
    "java-mention": [
        "Parsing moved from org.apache.commons.cli.Parser to the new class.",
        "See java.util.concurrent for locks.",
        "It uses sun.misc internals, which is discouraged.",
        "Classes in java.lang's package are loaded first.",
        "- org.apache.http.client.HttpClient\n  replaced by org.apache.hc.client5.http.classic.HttpClient",
    ],
    "path-glob": [
        "/srv/app/*/*/config.yaml", "Logs: /home/ann/logs/*/*/run.txt",
        "Each service reads /opt/tool/*/*/settings.toml at start.",
    ],
    "windows-spaced-path": [
        "C:\\Users\\ann\\My Documents\\notes.txt", "D:\\Photos\\Summer 2024\\beach.jpg",
        "C:\\Temp is full, see the D:\\ drive",
        "Open C:\\Program Files\\App\\settings.ini and set the port",
        "C:\\Program Files\\App\\ is the default folder",
        "\\\\server\\share\\Team Files\\plan.docx",
        "/opt/app/conf holds data/server.conf", "Use /srv/My Site/web.conf as a template",
    ],
    "sink-paren-call": [
        "Click OK (confirm)(optional)", "Click OK (confirm) (optional)",
        "Levels: (alert) (warn) (info)", "f(x)(y)",
    ],
    "computed-member": [
        "console.log(/ab+c/.source)", "(255).toString(16) gives ff",
        "Use arr[i.toString(2)] for the bits", "See [docs](/x/.source) for the pattern",
    ],
    "sink-value": [
        "items.map(render)", "Pick a level (alert) in the form",
        "priority=alert;facility=auth", "promise.then(confirmOrder)",
        "Click OK (confirm) to go on", "Is this an alert?", "alert?. is not valid",
        "level = alert; see the docs",
    ],
}

# Measured before any rule was changed (2026-12-02): 26 of 31 attacks
# passed (every windows-builtin, ldap-filter without a breakout, esi-tag
# and sink-value probe but one; of inline-code the two refused by other
# rules), every look-alike passed.
# After the change (commit after the probes'): every attack refused but
# two, every look-alike passes. A first version of the ldap-filter rule
# refused the two below too, and with them two of CRS's benign cases
# (921200-1, -3: whole filters as a value, labelled benign): a value that
# is whole filters from its first byte is what a directory tool's search
# form takes, so only a filter glued to a value before it is refused.
WHOLE_FILTER = ("a value that is a whole composed filter from its first byte is "
                "what a directory tool's search form takes (CRS's benign cases "
                "921200-1/-3 have this shape); only a filter glued to a value "
                "before it (\"u*(&(...\", \"x)(|(...\") is refused")
KNOWN_MISSES = {
    "(|(uid=root)(uid=*))": WHOLE_FILTER,
    "(&(mail=*@x.test)(|(role=admin)(role=*)))": WHOLE_FILTER,
}
# Second batch, measured before its change (2026-12-02): every attack
# refused, all 11 look-alikes refused.
# After it: the attacks refused, every look-alike passes but one.
KNOWN_FALSE_POSITIVES = {
    BENIGN["java-mention"][4]: "a list item's \"-\" before a name is no word of a "
                               "sentence: a YAML list item holds a class name the same "
                               "way (\"- !!javax...\", \"- org.apache...\")",
}
# Third batch, measured before its change (2026-12-02): 6 of 6 attacks
# passed, every look-alike passed.
# After it: all refused, all pass.
# Fourth batch, measured before its change (2026-12-02): 7 of 9 attacks
# passed, every look-alike passed.
# After it: all refused, all pass.
# (terminal sequences: once encoded and in a body, see the docstring)
ONCE_ONLY = {"terminal-emphasis"}


ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES)
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout-r8"), CONF).start()
    yield e
    e.stop()


def statuses(session, edge, value, cls):
    """query (once and twice URL-encoded; once for ONCE_ONLY) and JSON body."""
    return probe_placements(session, edge, value, once_only=cls in ONCE_ONLY)


def test_tables_are_balanced():
    # every class has attacks and look-alikes, and none is both
    assert_tables_balanced(ATTACKS, BENIGN)


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_heldout_r8_attack_refused_everywhere(edge, session, cls, value):
    got = statuses(session, edge, value, cls)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_heldout_r8_benign_passes(edge, session, cls, value):
    got = statuses(session, edge, value, cls)
    assert_passes_everywhere(got, cls, value)
