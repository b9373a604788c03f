"""WAF, plain-value gate: a value of letters, digits, spaces and , . _ : + @ -
that none of the detectors' stated necessary conditions (PLAIN_NEEDLES,
plain_maybe) can match skips normalization and detection (edge.waf's
inspect). This runs both ways over the same values in a real nginx and
requires the same rules from each: a test-only config (not the shipped
nginx.conf) with one location that runs tests/waf_fastpath_check.lua on
the corpus's values (query and form fields, path segments, header
values, decoded and with only the gate's alphabet kept) and on values
generated from the detectors' own vocabularies."""
import copy
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
CHECK = HERE / "waf_fastpath_check.lua"
UTF8_CHECK = HERE / "waf_utf8_check.lua"
NOT_PLAIN = re.compile(r"[^A-Za-z0-9 ,._:+@-]+")


class CheckServer(LuaCheckServer):
    """nginx (edgekit.nginx.LuaCheckServer) with locations running
    waf_fastpath_check.lua and waf_utf8_check.lua on an edge config (every
    rule on: paranoia 4)."""

    body_size = "8m"

    def __init__(self, run_dir, config):
        super().__init__(run_dir, config, f"""
        WAF_FASTPATH_CONF = require("edge.config").load("$CONFIG")
        WAF_CHECKS = {{ fastpath = assert(loadfile("{CHECK}")),
                       utf8 = assert(loadfile("{UTF8_CHECK}")) }}""",
                         {"/check": "WAF_CHECKS.fastpath()",
                          "/utf8": "WAF_CHECKS.utf8()"})

    def tail(self, n=30):
        log = self.dir / "logs" / "error.log"
        if not log.exists():
            return ""
        return "\n".join(log.read_text("utf-8", "replace").splitlines()[-n:])

    def errors(self):
        log = self.dir / "logs" / "error.log"
        text = log.read_text("utf-8", "replace") if log.exists() else ""
        return [ln for ln in text.splitlines()
                if "[error]" in ln or "[alert]" in ln or "[crit]" in ln]

    def check(self, values, generated=0, seed=1):
        r = requests.post(f"http://127.0.0.1:{self.port}/check",
                          data=json.dumps({"values": values,
                                           "generated": generated,
                                           "seed": seed}),
                          timeout=300)
        assert r.status_code == 200, r.text + self.tail()
        return r.json()


def every_rule_config():
    conf = copy.deepcopy(load_edge_config())
    conf["waf"]["paranoia"] = 4
    return conf


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = CheckServer(tmp_path_factory.mktemp("fastpath"), every_rule_config())
    yield s
    s.stop()
    assert not s.errors(), "\n".join(s.errors())


def corpus_values():
    """Every value a case carries, raw and decoded, and the same with only
    the gate's alphabet kept (attacks squeezed into plain values)."""
    if not CORPUS.exists():
        pytest.skip("no corpus")
    out = set()
    for case in load_cases(4):
        raw = [case["uri"]]
        split = urllib.parse.urlsplit(case["uri"])
        raw += split.path.split("/")
        for part in re.split(r"[&;]", split.query) + \
                re.split(r"[&\n]", case.get("body") or ""):
            raw += part.split("=", 1)
        raw += [v for k, v in case["headers"].items()
                if k.lower() not in ("host", "content-length")]
        for v in raw:
            for d in (v, urllib.parse.unquote_plus(v)):
                out.add(d)
                out.add(NOT_PLAIN.sub(" ", d).strip())
                out.add(NOT_PLAIN.sub("", d))
    out.discard("")
    return sorted(out)


def test_gate_agrees_with_the_full_path_on_the_corpus(server):
    values = corpus_values()
    res = server.check(values)
    assert res["checked"] == 3 * len(values)
    # the gate must actually be taken, or the comparison proves nothing
    assert res["cleared"] > len(values) // 4, res["cleared"]
    assert not res["disagreements"], json.dumps(res["disagreements"],
                                                  indent=1)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_gate_agrees_with_the_full_path_on_generated_values(server, seed):
    n = 20000
    res = server.check([], generated=n, seed=seed)
    assert res["checked"] == 3 * n
    assert res["cleared"] > n // 10, res["cleared"]
    assert not res["disagreements"], json.dumps(res["disagreements"],
                                                  indent=1)


def test_boundary_values_fire_on_both_paths(server):
    """Plain values the gate must send the long way: each fires a rule."""
    values = ["1 or 1 like 1", "top.location", "+ADw-script+AD4-",
              "java.lang.Runtime", "sudo whoami", "..", ".ssh",
              "http:localhost", "backup.sql", "case when a then b",
              "whoami", "xi:include", "process.env", "2.e.1"]
    res = server.check(values)
    assert not res["disagreements"]
    assert res["cleared"] == 0, res


def test_plain_values_are_cleared(server):
    values = ["flat white", "2026-11-21T08:30:00+01:00",
              "Ring twice, please - the bell is broken.",
              "miles.obrien@example.com", "order_id", "12 Rue de Rivoli"]
    assert server.check(values)["cleared"] >= 5


def test_tokenizer_forgets_the_value_before(server):
    """sqli's token buffers are reused: slots the previous value filled
    past the current one's last token must not be read as its tokens."""
    stale = server.check([])["stale"]
    assert stale["fresh"] == stale["after"] == "sqli-tautology", stale



@pytest.mark.parametrize("seed", [1, 2])
def test_utf8_state_agrees_with_the_byte_walk(server, seed):
    """protocol.utf8_state asks PCRE's strict UTF-8 check first and walks
    the bytes only when PCRE refuses: same verdict on every string, and
    every verdict (true, overlong, false) is among those compared."""
    r = requests.get(f"http://127.0.0.1:{server.port}/utf8",
                     params={"seed": seed, "n": 20000}, timeout=120)
    assert r.status_code == 200, r.text + server.tail()
    res = r.json()
    assert res["checked"] == 20000
    assert set(res["verdicts"]) == {"true", "overlong", "false"}, res
    assert res["strict"] > 0
    assert not res["disagreements"], json.dumps(res["disagreements"],
                                                  indent=1)
