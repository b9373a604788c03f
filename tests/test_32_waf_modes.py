"""WAF, part 3: detection-only mode, thresholds and scores, paranoia
levels, per-route and per-argument exclusions, disabled rules."""
import pytest
import requests

from wafkit import WafEdge, route_waf, waf_config

ATTACK = "1 OR 1=1"


def start(tmp_path, conf):
    return WafEdge(tmp_path, conf).start()


@pytest.fixture
def edge_factory(tmp_path):
    started = []

    def make(conf):
        e = start(tmp_path / f"e{len(started)}", conf)
        started.append(e)
        return e

    yield make
    for e in started:
        bad = e.error_lines("error") + e.error_lines("crit")
        e.stop()
        assert not bad, "\n".join(bad)


def test_detect_mode_passes_and_flags(edge_factory):
    e = edge_factory(waf_config(mode="detect"))
    r = requests.get(e.url + "/probe", params={"v": ATTACK},
                     headers={"X-Request-ID": "detect-1"})
    assert r.status_code == 404              # reached the route
    audit = e.audit_for("detect-1")
    assert audit["action"] == "flag" and audit["mode"] == "detect"
    assert audit["matches"][0]["rule"] == "sqli-tautology"
    # shape checks still apply in detect mode
    r = requests.get(e.url + "/api/fibonacci", params={"count": "x"})
    assert r.status_code == 400


def test_detect_mode_for_one_route(edge_factory):
    conf = route_waf(waf_config(), "checkins", mode="detect")
    e = edge_factory(conf)
    assert requests.get(e.url + "/api/checkins/a", params={"q": ATTACK}).status_code == 200
    assert requests.get(e.url + "/probe", params={"q": ATTACK}).status_code == 403


def test_off_mode_still_refuses_unparseable_bodies(edge_factory):
    e = edge_factory(waf_config(mode="off"))
    assert requests.get(e.url + "/probe", params={"v": ATTACK}).status_code == 404
    r = requests.post(e.url + "/probe", data="{oops",
                      headers={"Content-Type": "application/json"})
    assert r.status_code == 400


def test_threshold_decides(edge_factory):
    """sqli-select-loose is a warning (3): it blocks only when the route's
    threshold is at most 3."""
    text = "It's 5 o'clock; SELECT * FROM drinks -- cheers"
    e = edge_factory(route_waf(waf_config(), "checkins", threshold=3))
    r = requests.post(e.url + "/api/checkins/a", json={"note": text},
                      headers={"X-Request-ID": "thr-1"})
    assert r.status_code == 403
    assert e.audit_for("thr-1")["score"] == 3
    r = requests.post(e.url + "/probe", json={"note": text})
    assert r.status_code == 404              # other routes: threshold 5


def test_scores_add_up_across_rules(edge_factory):
    e = edge_factory(waf_config(threshold=6, mode="detect"))
    requests.get(e.url + "/probe", params={"v": "<script>alert(1)</script>",
                                           "w": "1 OR 1=1"},
                 headers={"X-Request-ID": "sum-1"})
    audit = e.audit_for("sum-1")
    assert audit["score"] >= 10 and len(audit["matches"]) >= 2


def test_paranoia_level(edge_factory):
    """Host as an IP literal is a paranoia-2 warning; base64 tokens with a
    digit before on...= are paranoia-2 XSS."""
    token = "abc1onload=xyz"
    e1 = edge_factory(waf_config())
    assert requests.get(e1.url + "/probe", params={"t": token}).status_code == 404
    e2 = edge_factory(waf_config(paranoia=2))
    assert requests.get(e2.url + "/probe", params={"t": token}).status_code == 403


def test_exclusion_per_argument(edge_factory):
    conf = route_waf(waf_config(), "unknown", exclusions=[
        {"rules": ["sqli"], "locations": ["query"], "names": ["filter"]}])
    e = edge_factory(conf)
    assert requests.get(e.url + "/probe", params={"filter": ATTACK}).status_code == 404
    # other arguments, other places, other classes: still filtered
    assert requests.get(e.url + "/probe", params={"other": ATTACK}).status_code == 403
    assert requests.post(e.url + "/probe", data={"filter": ATTACK}).status_code == 403
    assert requests.get(e.url + "/probe", params={
        "filter": "<script>alert(1)</script>"}).status_code == 403


def test_global_exclusion_and_disabled_rule(edge_factory):
    conf = waf_config(exclusions=[{"rules": ["xss-tag"], "names": ["html"]}],
                      disabled_rules=["sqli-tautology"])
    e = edge_factory(conf)
    assert requests.get(e.url + "/probe", params={"html": "<style>p{}</style>"}).status_code == 404
    assert requests.get(e.url + "/probe", params={"x": "<style>p{}</style>"}).status_code == 403
    assert requests.get(e.url + "/probe", params={"x": "1 OR 1=1"}).status_code == 404


def test_route_disabled_rules(edge_factory):
    conf = route_waf(waf_config(), "checkins", disabled_rules=["rce"])
    e = edge_factory(conf)
    r = requests.post(e.url + "/api/checkins/a", json={"note": "; cat /etc/passwd"})
    assert r.status_code in (200, 403)       # lfi-system-path still applies
    r = requests.post(e.url + "/api/checkins/a", json={"note": "x7; uname -a"})
    assert r.status_code == 200
    r = requests.post(e.url + "/probe", json={"note": "x7; uname -a"})
    assert r.status_code == 403
