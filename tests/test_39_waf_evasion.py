"""WAF, part 6d: evasion robustness (issue 11), through the real edge on the
shipped config (bans off), by tests/corpus_evasion.py: attacks of the
development and external corpora that the WAF refuses as sent are sent
again written another way, and benign values that pass as sent go through
the same wire spellings (controls).

- Wire spellings (every byte percent-encoded, lower-case hex, a form body,
  a JSON body of \\u escapes, a multipart field) deliver exactly the same
  value to the service: every attack stays refused and no benign value is
  refused. Anything else is a parsing or normalization gap.
- Rewrites of the value by its interpreter's grammar (SQL comments, line
  breaks, tabs and vertical tabs for spaces, || and && for OR and AND, a
  true comparison written another way (n+1>n, 'a' like 'a),
  MySQL's versioned comments, letter case; a character reference in an
  event handler, a tagged template for a call, a line break before an
  attribute's "=", a slash for a tag's space, a tab in a javascript:
  scheme, fullwidth punctuation; shell quoting or a backslash inside a
  word, ${IFS}, $() and backticks swapped, a line break for ";", a
  command by its absolute path, "$@" inside a command word, a "?" glob
  in an OS path's file name; a character reference in javascript:, a
  handler's value quoted; backslashes, encoded slashes, "./" and
  "//" in a path, its dots and slashes as overlong UTF-8 (bytes or
  escapes) or IIS's %u escapes; one more level of URL encoding): floors at the shares measured when they were set
  (2026-12-02, main after issue 11's seventh round), rounded down; they
  only move up. The shares the README gives and what is missed, as
  classes, are printed by the tool standalone:
    .venv/bin/python tests/corpus_evasion.py --show shell-backslash-in-word
The value rewrites go in a query and, again, in a JSON body (a raw
overlong byte cannot: JSON has none; sent as an escaped lone surrogate,
the body parser refuses it, 400).
About 18,000 requests over keep-alive connections, 10-20 s here.
"""
import tempfile

import pytest

import corpus_evasion as ev
import corpus_replay as cr

SAMPLE = 120      # seeds per (corpus, category)

VALUE_FLOORS = {
    "sql-comment-for-space": 1.0, "sql-newline-for-space": 1.0,
    "sql-tab-for-space": 1.0, "random-letter-case": 1.0,
    "shell-ifs-for-space": 1.0, "tag-slash-for-space": 1.0,
    "js-scheme-with-tab": 1.0, "path-backslashes": 1.0,
    "path-encoded-slash": 1.0,
    # PHP's ${s''leep(...)} is no PHP (4 seeds): not an evasion
    "shell-quotes-in-word": 0.95,
    # (0.903 while a written "\n" or "\r" inside a command word was read
    # as a line end: u\name; the 4 left are PHP seeds, as above)
    "shell-backslash-in-word": 0.95,
    # a terminal escape and a NUL, sent once more encoded
    "url-encoded-again": 0.995,
    "sql-pipes-for-or-and": 1.0, "sql-versioned-comment": 1.0,
    "sql-vtab-for-space": 1.0, "html-entity-in-handler": 1.0,
    "js-backtick-call": 1.0, "html-newline-before-equals": 1.0,
    "shell-subst-swapped": 1.0, "shell-absolute-command": 1.0,
    "path-dot-segment": 1.0, "path-double-slash": 1.0,
    "fullwidth-punctuation": 1.0, "path-overlong-bytes": 1.0,
    "path-overlong-escapes": 1.0, "path-iis-u-escapes": 1.0,
    "html-entity-in-scheme": 1.0, "html-handler-quoted": 1.0,
    "shell-empty-expansion-in-word": 1.0, "sql-tautology-rewritten": 1.0,
    # /usr/s?ool/mqueue/syslog (no ../: a spool file named alone), and a
    # "<cat" redirection seed
    "shell-glob-in-path": 0.97,
    # a line break where the seed had ";": a lone command word or
    # /usr/bin/id on a line of its own after a line of text (multi-line
    # text is read as prose); 0.815 before a variable's command line was
    # read where the variable is expanded (NAME=$'cmd ...', then $NAME)
    "shell-newline-for-semicolon": 0.85,
}
# benign controls refused after one more level of URL encoding (11 of 943
# when URL-encoded text was read as printf directives, "%20a%20la%20s...";
# 0 since it is read in the text it spells)
AGAIN_BENIGN_CEILING = 1


@pytest.fixture(scope="module", params=["query", "json"])
def result(request):
    # the value rewrites in a query and in a JSON body {"note": ...}
    with tempfile.TemporaryDirectory() as tmp:
        with cr.run_edge(tmp) as edge:
            res = ev.run("127.0.0.1", edge.port, SAMPLE,
                         placement=request.param)
            text = edge.error_log.read_text("utf-8", "replace")
    problems = [ln for ln in text.splitlines()
                if "[error]" in ln or "[alert]" in ln]
    res["problems"] = problems
    res["placement"] = request.param
    res["summary"] = ev.summarize(res)
    return res


def test_the_seeds_are_mostly_refused_as_sent(result):
    # the transforms are measured on seeds the WAF refuses as sent
    assert result["kept"] >= 0.9 * result["seeds"], result["seed_outcomes"]
    assert result["benign_kept"] >= 0.95 * result["benign"]


def test_no_error_and_no_5xx(result):
    assert not result["problems"], result["problems"][:5]
    for name, (_, pairs) in result["rows"].items():
        errors = [it["id"] for it, st in pairs if ev.classify(st) == "error"]
        assert not errors, (name, errors[:5])


@pytest.mark.parametrize("name", sorted(ev.WIRE))
def test_wire_spellings_change_no_verdict(result, name):
    row = result["summary"][name]
    for cat, counts in row["by_category"].items():
        assert counts["pass"] == 0 and counts["waf"] > 0, (name, cat, counts)
    ctl = row["benign_control"]
    assert ctl["waf"] == 0 and ctl["shape"] == 0, (name, ctl)


@pytest.mark.parametrize("name", sorted(ev.VALUE))
def test_rewrites_of_the_value_stay_refused(result, name):
    row = result["summary"][name]
    total = {"waf": 0, "shape": 0, "pass": 0, "error": 0}
    for counts in row["by_category"].values():
        for k in total:
            total[k] += counts[k]
    if name == "path-overlong-bytes" and result["placement"] == "json":
        # JSON has no raw bytes: sent as \u escapes of lone surrogates,
        # which the body parser refuses (400) before any detector
        assert total["shape"] >= 10 and total["pass"] == 0, total
        return
    assert total["waf"] + total["pass"] >= 10, (name, total)
    assert ev.refused_share(total) >= VALUE_FLOORS[name], (name, total)


def test_one_more_encoding_of_benign_text(result):
    ctl = result["summary"]["url-encoded-again"]["benign_control"]
    assert ctl["waf"] <= AGAIN_BENIGN_CEILING, ctl
