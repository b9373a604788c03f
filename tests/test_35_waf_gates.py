"""WAF, regexes and plain finds read by byte tables instead (the speed work
of issue 11): xss.dom_gate answers as the DOM_GATE regex, rce.next_sep
finds what the SEP regex finds, protocol.maybe_session answers as the
finds it replaced, on the corpus's values and on strings generated from
the bytes that decide; tests/waf_gates_check.lua runs both in a test-only
nginx (edgekit.nginx.LuaCheckServer). edge.waf.match.present (an
automaton's scan, cached for the last texts) answers as plain finds of
each list's needles (tests/waf_present_check.lua). normalize.js_decode
(a run of backslashes before an escape folded by one possessive regex)
and xss's comment cut for CSS (plain finds) answer as the Lua patterns they
replaced, which were square in a value's length (tests/waf_rewrites_check.lua).
"""
import json
import re
import urllib.parse
from pathlib import Path

import pytest
import requests

from corpus_replay import CORPUS, load_cases
from edgekit.nginx import LuaCheckServer
from edgekit.stack import load_edge_config

HERE = Path(__file__).resolve().parent
CHECK = HERE / "waf_gates_check.lua"
PRESENT_CHECK = HERE / "waf_present_check.lua"
REWRITES_CHECK = HERE / "waf_rewrites_check.lua"


class GatesServer(LuaCheckServer):
    body_size = "8m"

    def __init__(self, run_dir):
        super().__init__(run_dir, load_edge_config(), f"""
        require("edge.config").load("$CONFIG")
        WAF_GATES_CHECK = assert(loadfile("{CHECK}"))
        WAF_PRESENT_CHECK = assert(loadfile("{PRESENT_CHECK}"))
        WAF_REWRITES_CHECK = assert(loadfile("{REWRITES_CHECK}"))""",
                         {"/gates": "WAF_GATES_CHECK()",
                          "/present": "WAF_PRESENT_CHECK()",
                          "/rewrites": "WAF_REWRITES_CHECK()"})

    def errors(self):
        log = self.dir / "logs" / "error.log"
        text = log.read_text("utf-8", "replace") if log.exists() else ""
        return [ln for ln in text.splitlines()
                if "[error]" in ln or "[alert]" in ln or "[crit]" in ln]

    def check(self, values, n=0, seed=1, what="gates"):
        r = requests.post(f"http://127.0.0.1:{self.port}/{what}",
                          params={"n": n, "seed": seed},
                          data=json.dumps(values), timeout=300)
        assert r.status_code == 200, r.text + self.log_tail()
        return r.json()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = GatesServer(tmp_path_factory.mktemp("gates"))
    yield s
    s.stop()
    assert not s.errors(), "\n".join(s.errors())


def corpus_values():
    """Every value of the CRS cases, raw and decoded, lower-cased too (the
    DOM gate reads the lower-case view)."""
    if not CORPUS.exists():
        pytest.skip("no corpus")
    out = set()
    for case in load_cases(4):
        split = urllib.parse.urlsplit(case["uri"])
        raw = [case["uri"], case.get("body") or ""]
        for part in re.split(r"[&;]", split.query) + \
                re.split(r"[&\n]", case.get("body") or ""):
            raw += part.split("=", 1)
        for v in raw:
            for d in (v, urllib.parse.unquote_plus(v)):
                out.add(d)
                out.add(d.lower())
    out.discard("")
    return sorted(out)


def test_the_byte_readings_agree_with_the_regexes_on_the_corpus(server):
    values = corpus_values()
    res = server.check(values)
    assert res["checked"] == len(values)
    # both regexes must match often, or the comparison proves little
    assert res["dom_hits"] > 100 and res["sep_hits"] > 1000, res
    assert not res["disagreements"], json.dumps(res["disagreements"],
                                                  indent=1)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_byte_readings_agree_on_generated_strings(server, seed):
    n = 30000
    res = server.check([], n=n, seed=seed)
    assert res["checked"] == n
    assert res["dom_hits"] > n // 20 and res["sep_hits"] > n, res
    assert res["session_hits"] > n // 20, res
    assert not res["disagreements"], json.dumps(res["disagreements"],
                                                  indent=1)


def test_known_answers(server):
    """A few by hand, so a change to both sides at once still shows."""
    res = server.check(["top.location", "stopped.", "self (", "x=eval;",
                        "topology.", "document\v.", "a;b", "a\\nb",
                        "plain text", "PHPSESSID", "cfduid", "Sid", "si"])
    assert not res["disagreements"], res
    assert res["dom_hits"] == 4, res
    assert res["session_hits"] == 3, res


def test_present_answers_as_plain_finds_on_the_corpus(server):
    values = sorted({v.lower() for v in corpus_values()})
    res = server.check(values, what="present")
    assert res["texts"] == len(values)
    assert res["scanned_long"] > 1000 and res["found"] > 10000, res
    assert not res["disagreements"], json.dumps(res["disagreements"][:5],
                                                  indent=1)


@pytest.mark.parametrize("seed", [1, 2])
def test_present_answers_as_plain_finds_on_generated_texts(server, seed):
    n = 3000
    res = server.check([], n=n, seed=seed, what="present")
    assert res["texts"] == n and res["scanned_long"] > n // 10, res
    assert res["found"] > res["checked"] // 20, res
    assert not res["disagreements"], json.dumps(res["disagreements"][:5],
                                                  indent=1)


@pytest.mark.parametrize("seed", [1, 2])
def test_rewritten_scans_answer_as_the_lua_patterns(server, seed):
    n = 20000
    res = server.check(["\\\\u0041", "\\\\\\x41", "a\\\\u{1F600}b", "\\\\\\\\",
                        "C:\\\\temp\\\\x", "a/*b*/c/*d", "/*/"], n=n, seed=seed, what="rewrites")
    assert res["checked"] == n + 7
    # the generated strings must hold escapes often, or agreeing proves little
    assert res["changed"] > n // 20, res
    assert not res["disagreements"], json.dumps(res["disagreements"][:5],
                                                  indent=1)
