"""Helpers for the WAF tests: an edge on the shipped config (or a variant of
it) in front of a trivial upstream that answers 200 to everything, so the
status says who answered: 200 the upstream (passed), 404 the edge's
unknown route (passed), 400/403/413/414/415/431 the edge (refused)."""
import copy
import json
import random
import re
import socket
import urllib.parse
import uuid
from pathlib import Path

import pytest
import requests

from edgekit.nginx import TrivialUpstream
from edgekit.stack import Edge, load_edge_config, wait_until

PROBLEM_TYPE = "urn:edge:problem:"
AUDIT = re.compile(r"waf audit: (\{.*)")


# Fixtures a WAF test module imports (`from wafkit import no_lua_errors`):
# pytest uses a module's imported fixtures as its own. no_lua_errors needs
# the module's `edge` fixture.
@pytest.fixture(scope="module")
def session():
    with requests.Session() as s:
        yield s


@pytest.fixture(autouse=True)
def no_lua_errors(edge):
    """After each test: no error or crit line in the edge's error log."""
    yield
    bad = edge.error_lines("error") + edge.error_lines("crit")
    assert not bad, "\n".join(bad)


def refused(r):
    """The edge refused the request (shape 400 or WAF 403)."""
    return r.status_code in (400, 403)


def shipped_config():
    return load_edge_config()


def waf_config(ban=False, **waf):
    """The shipped config with bans off (tests send many attacks from one
    address) and top-level waf settings overridden."""
    conf = copy.deepcopy(load_edge_config())
    conf["waf"]["ban"]["enabled"] = ban
    conf["waf"].update(waf)
    return conf


# The rule classes a config's waf.disabled_rules may name.
RULE_CLASSES = ("sqli", "xss", "php", "rce", "java", "node", "ssti", "lfi", "rfi", "ssrf",
                "file", "protocol", "session", "xxe")


def only_classes_config(*keep):
    """waf_config() with every rule class but keep disabled: a refusal by
    another class's rule must not hide what theirs say."""
    return waf_config(disabled_rules=[c for c in RULE_CLASSES if c not in keep])


def rule_fired(edge, value, rule):
    """POST value as a JSON note: refused (403) with rule among the
    matches of its audit line?"""
    rid = "fired-" + uuid.uuid4().hex
    r = requests.post(edge.url + "/api/notes", json={"note": value},
                      headers={"X-Request-ID": rid})
    if r.status_code != 403:
        return False
    return any(m["rule"] == rule for m in edge.audit_for(rid)["matches"])


def route_waf(conf, route, **fields):
    conf["routes"][route].setdefault("waf", {}).update(fields)
    return conf


class WafEdge:
    """An edge (config given) plus its trivial upstream."""

    def __init__(self, run_dir, config):
        run_dir = Path(run_dir)
        self.upstream = TrivialUpstream(run_dir / "upstream")
        self.config = config
        self.run_dir = run_dir
        self.edge = None

    def start(self):
        self.upstream.start()
        self.edge = Edge(self.run_dir / "edge", self.upstream.port,
                         config=self.config, workers=1).start()
        return self

    def stop(self):
        if self.edge:
            self.edge.stop()
        self.upstream.stop()

    @property
    def url(self):
        return self.edge.url

    @property
    def port(self):
        return self.edge.port

    @property
    def error_log(self):
        return self.edge.error_log

    def audits(self):
        """Every audit line so far, parsed."""
        out = []
        if not self.error_log.exists():
            return out
        for line in self.error_log.read_text("utf-8", "replace").splitlines():
            m = AUDIT.search(line)
            if m:
                out.append(json.JSONDecoder().raw_decode(m.group(1))[0])
        return out

    def audit_for(self, request_id, timeout=5):
        def find():
            for a in self.audits():
                if a.get("request_id") == request_id:
                    return a
            return None
        return wait_until(find, timeout, what=f"audit line {request_id}")

    def error_lines(self, level):
        """Lines nginx wrote at this level (the level after the time)."""
        if not self.error_log.exists():
            return []
        at = re.compile(r"^\S+ \S+ \[" + level + r"\] ")
        return [line for line in
                self.error_log.read_text("utf-8", "replace").splitlines()
                if at.match(line)]

    def raw(self, data, timeout=5):
        """Send raw bytes; the status code of the answer (None if none)."""
        with socket.create_connection(("127.0.0.1", self.port),
                                      timeout=timeout) as s:
            s.sendall(data)
            buf = b""
            while b"\r\n" not in buf:
                chunk = s.recv(4096)
                if not chunk:
                    break
                buf += chunk
        parts = buf.split(b" ", 2)
        if len(parts) >= 2 and parts[1].isdigit():
            return int(parts[1])
        return None


def problem_slug(resp):
    return resp.json()["type"].removeprefix(PROBLEM_TYPE)


def probe_placements(session, edge, value, keep="", once_only=False):
    """A value sent to /probe as the held-out probe files send it: in the
    query once URL-encoded (the characters in `keep` left as they are) and,
    unless `once_only`, twice, and as a JSON body's note. {placement:
    response}."""
    once = urllib.parse.quote(value, safe=keep)
    twice = urllib.parse.quote(once, safe="")
    out = {}
    placements = (("query", once),) if once_only else (
        ("query", once), ("query-2x", twice))
    for name, q in placements:
        out[name] = session.get(edge.url + "/probe?q=" + q)
    out["json"] = session.post(edge.url + "/probe", json={"note": value})
    return out


def start_class_edges(tmp_path_factory, tag, classes):
    """{class: a started edge where only that rule class runs}."""
    return {c: WafEdge(tmp_path_factory.mktemp(f"{tag}-{c}"),
                       only_classes_config(c)).start() for c in classes}


def assert_no_lua_errors(*edges):
    """No error or crit line in any of the edges' error logs."""
    for e in edges:
        bad = e.error_lines("error") + e.error_lines("crit")
        assert not bad, "\n".join(bad)


def send_text(edge, value, how):
    """A value as a JSON note (how "note": POST /api/notes) or a search
    (GET /api/search?q=), with a request id of its own to find its audit
    line by: (status, request id)."""
    rid = "text-" + uuid.uuid4().hex
    if how == "note":
        r = requests.post(edge.url + "/api/notes", json={"note": value},
                          headers={"X-Request-ID": rid})
    else:
        r = requests.get(edge.url + "/api/search?q="
                         + urllib.parse.quote(value, safe=""),
                         headers={"X-Request-ID": rid})
    return r.status_code, rid


def assert_text_passes(edge, value, how):
    status, rid = send_text(edge, value, how)
    assert status != 403, (value, edge.audit_for(rid))


def assert_text_refused_by(edge, alone, value, rule, how):
    """Refused by `edge`, and by `alone` (an edge where only the rule's
    class runs: another class refusing first must not hide a miss) with
    `rule` among the matches its audit line lists."""
    status, _ = send_text(edge, value, how)
    assert status == 403, value
    status, rid = send_text(alone, value, how)
    assert status == 403, (value, rule)
    rules = [m["rule"] for m in alone.audit_for(rid)["matches"]]
    assert rule in rules, (value, rules)


def assert_refused_everywhere(got, cls, value):
    """A held-out attack: refused in every placement of `got`
    ({placement: response})."""
    passed = [k for k, r in got.items() if not refused(r)]
    assert not passed, f"{cls}: {value!r} passed as {passed}"


def assert_passes_everywhere(got, cls, value):
    """A held-out look-alike: refused in no placement of `got`."""
    refused_as = [k for k, r in got.items() if refused(r)]
    assert not refused_as, f"{cls}: {value!r} refused as {refused_as}"


def assert_tables_balanced(attacks, benign):
    """Every class has attacks and look-alikes, and no value is both."""
    assert set(attacks) == set(benign)
    assert not {v for vs in attacks.values() for v in vs} & {
        v for vs in benign.values() for v in vs}


def probe_cases(table, known, extra=()):
    """The held-out probe files' parameters: every (class, value) of
    `table` ({class: [values]}) then of `extra`, ids "<class>-<position>",
    those in `known` ({value: reason}) marked as strict expected failures."""
    pairs = [(cls, v) for cls, vals in table.items() for v in vals]
    pairs += list(extra)
    return [pytest.param(cls, v, id=f"{cls}-{i}", marks=pytest.mark.xfail(
        strict=True, reason=known[v])) if v in known else
            pytest.param(cls, v, id=f"{cls}-{i}")
            for i, (cls, v) in enumerate(pairs)]


def heldout_probe_tests(name, conf, attacks, benign, known_misses, known_false_positives):
    """The held-out probe files' tests, for a file to bind under its own
    names: a module-scoped edge under `conf`; the check that every class
    has attacks and look-alikes and no value is both; every attack refused
    and every look-alike passed in each placement (probe_placements), the
    values in `known_misses` / `known_false_positives` ({value: reason})
    as strict expected failures. Returns (edge fixture, balance test,
    attack test, look-alike test)."""
    attack_cases = probe_cases(attacks, known_misses)
    benign_cases = probe_cases(benign, known_false_positives)

    @pytest.fixture(scope="module")
    def edge(tmp_path_factory):
        e = WafEdge(tmp_path_factory.mktemp(f"waf-heldout-{name}"), conf).start()
        yield e
        e.stop()

    def tables_are_balanced():
        assert_tables_balanced(attacks, benign)

    @pytest.mark.parametrize("cls,value", attack_cases)
    def attack_refused_everywhere(edge, session, cls, value):
        got = probe_placements(session, edge, value)
        assert_refused_everywhere(got, cls, value)

    @pytest.mark.parametrize("cls,value", benign_cases)
    def benign_passes(edge, session, cls, value):
        got = probe_placements(session, edge, value)
        assert_passes_everywhere(got, cls, value)

    return edge, tables_are_balanced, attack_refused_everywhere, benign_passes


def random_tokens(seed, count, low=1000, high=3000):
    """A bot sensor's or a cipher's tokens, seeded: every printable ASCII
    byte but the JSON quote and backslash, low to high bytes each."""
    rnd = random.Random(seed)
    alphabet = [chr(c) for c in range(32, 127) if chr(c) not in '"\\']
    for _ in range(count):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(low, high)))
