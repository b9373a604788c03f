"""WAF, never a 500 and never an uninspected pass.

1. Minimal cases made from the real browser requests that got 500
   (../shared/repro/waf-500: analytics beacons holding JSON in text/plain
   bodies, a JSON body with a URL-encoded "/*" in a long value): a comment
   opened and never closed made the comment-stripping regex overflow
   PCRE's JIT stack, the detectors read its nil as a value and raised.
2. When inspection does raise (here: PCRE's match limit set to 5 through
   EDGE_REGEX_MATCH_LIMIT, so every WAF regex fails at run time), the
   request gets the route's on_error answer (403 by default, or a pass the
   operator chose), the error is logged once and counted in /metrics.
"""
import json
import re
import time
import uuid

import pytest
import requests

from edgekit.stack import Edge, wait_until
from wafkit import (WafEdge, problem_slug, random_tokens, route_waf, send_text,
                    waf_config)


def xpath_beacon(n_segments):
    """A click-tracking beacon: JSON sent as text/plain, with an XPath that
    starts with "/*" (an unterminated SQL comment, read as text)."""
    xpath = '/*[@id="floor-index_558"]' + "/div[1]" * n_segments
    return json.dumps({"event": "click", "xpath": xpath,
                       "page": "https://www.example.com/", "ts": 1690000000})


def encoded_url_field(n_params):
    """A JSON body whose value is a URL-encoded policy document with a
    wildcard resource ("%2F*": "/*" once decoded)."""
    doc = "arn%3Aaws%3As3%3A%3A%3Asample-bucket%2F*%22%2C" + \
        "+%22note%22%3A+%22some+words+here%22" * n_params
    return json.dumps({"n": "pageview", "u": "https://example.com/search?q="
                       + doc, "ts": 1690000000})


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("robust"), waf_config()).start()
    yield e
    e.stop()


def lua_errors(e):
    return e.error_lines("error") + e.error_lines("crit") + \
        e.error_lines("alert")


@pytest.mark.parametrize("ctype", ["text/plain;charset=UTF-8", "text/plain"])
@pytest.mark.parametrize("n", [10, 300, 1500])
def test_unterminated_comment_in_a_text_body(edge, ctype, n):
    r = requests.post(edge.url + "/webv3", data=xpath_beacon(n),
                      headers={"Content-Type": ctype})
    assert r.status_code < 500, r.text
    assert r.headers["Content-Type"].startswith(
        "application/problem+json") or r.status_code == 404
    assert not lua_errors(edge)


@pytest.mark.parametrize("n", [5, 100, 300])
def test_encoded_comment_in_a_json_value(edge, n):
    r = requests.post(edge.url + "/collect", data=encoded_url_field(n),
                      headers={"Content-Type": "application/json"})
    assert r.status_code < 500, r.text
    assert not lua_errors(edge)


def test_comments_are_still_folded(edge):
    """The linear comment scan keeps what the regex did: comments used as
    whitespace still hide nothing."""
    for v in ["1/**/union/**/select/**/password/**/from/**/users",
              "1 union/*" + "x" * 3000 + "*/select password from users",
              "x'/*!50000or*/ '1'='1"]:
        r = requests.post(edge.url + "/probe", data=json.dumps({"q": v}),
                          headers={"Content-Type": "application/json"})
        assert r.status_code == 403, v[:80]


# -- on_error ------------------------------------------------------------------

def metric(e, name):
    text = requests.get(f"http://127.0.0.1:{e.edge.status_port}/metrics",
                        timeout=5).text
    m = re.search(r"^" + re.escape(name) + r"(?:\{\})? (\d+)", text, re.M)
    return int(m.group(1)) if m else 0


def failing_edge(tmp_path, on_error=None):
    conf = waf_config()
    if on_error:
        route_waf(conf, "unknown", on_error=on_error)
    e = WafEdge(tmp_path, conf)
    e.upstream.start()
    e.edge = Edge(e.run_dir / "edge", e.upstream.port, config=conf, workers=1,
                  env={"EDGE_REGEX_MATCH_LIMIT": "5"}).start()
    return e


# A value that reaches the detectors' regexes (not the plain fast path).
NEEDS_REGEX = "see <b>this</b> & that (maybe)"


def inspection_failures(e):
    return [ln for ln in lua_errors(e) if "inspection failed" in ln]


@pytest.mark.parametrize("on_error,status", [(None, 403), ("pass", 404)])
def test_inspection_error_gets_on_error(tmp_path, on_error, status):
    e = failing_edge(tmp_path, on_error)
    try:
        for i in range(3):
            r = requests.get(e.url + "/probe", params={"q": NEEDS_REGEX},
                             headers={"X-Request-ID": f"err-{i}"})
            assert r.status_code == status
            if status == 403:
                assert problem_slug(r) == "request-blocked"
        audit = e.audit_for("err-0")
        assert audit["action"] == ("error-pass" if on_error else "error-block")
        assert audit["error"] == "inspection failed"
        # logged once, however many requests hit it; never an entry-thread
        # abort (what a 500 looks like in the log)
        assert len(inspection_failures(e)) == 1, lua_errors(e)
        assert not [ln for ln in lua_errors(e) if "aborted" in ln]
        wait_until(lambda: metric(e, "edge_waf_errors_total") == 3, 5,
                   what="edge_waf_errors_total == 3")
    finally:
        e.stop()


def test_shipped_limit_is_pcre_default(edge):
    """EDGE_REGEX_MATCH_LIMIT unset: no inspection fails on a long value
    that backtracks (the default limit is PCRE's)."""
    v = ("a" * 40 + " (") * 100
    r = requests.post(edge.url + "/probe", data=json.dumps({"q": v}),
                      headers={"Content-Type": "application/json"})
    assert r.status_code in (403, 404)
    time.sleep(0.1)
    assert not inspection_failures(edge)


# -- bodies by their declared type ------------------------------------------------

BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR<script>alert(1)</script>\x00' or 1=1--"


@pytest.fixture(scope="module")
def typed_edge(tmp_path_factory):
    conf = waf_config()
    route_waf(conf, "unknown", content_types=[
        "application/json", "text/plain", "multipart/form-data",
        "application/octet-stream", "image/png"])
    e = WafEdge(tmp_path_factory.mktemp("typed"), conf).start()
    yield e
    e.stop()


@pytest.mark.parametrize("ctype,status", [
    ("application/octet-stream", 404), ("image/png", 404),
    ("text/plain", 403)])
def test_body_is_read_by_its_declared_type(typed_edge, ctype, status):
    """Bytes of an image are content: a NUL or a "<script>" in them is not
    an attack; the same bytes declared as text are inspected."""
    r = requests.post(typed_edge.url + "/upload", data=BINARY,
                      headers={"Content-Type": ctype})
    assert r.status_code == status
    assert not lua_errors(typed_edge)


@pytest.mark.parametrize("part_type,filename,status", [
    ("image/png", "cat.png", 404), ("application/octet-stream", None, 404),
    ("text/plain", "notes.txt", 403), (None, None, 403)])
def test_multipart_part_by_its_declared_type(typed_edge, part_type, filename,
                                             status):
    head = 'Content-Disposition: form-data; name="f"'
    if filename:
        head += f'; filename="{filename}"'
    if part_type:
        head += f"\r\nContent-Type: {part_type}"
    body = (b"--b0und\r\n" + head.encode() + b"\r\n\r\n" + BINARY
            + b"\r\n--b0und--\r\n")
    r = requests.post(typed_edge.url + "/upload", data=body, headers={
        "Content-Type": "multipart/form-data; boundary=b0und"})
    assert r.status_code == status


def test_random_tokens_are_mostly_let_through(edge):
    # a bot sensor's or a cipher's token in a text/plain beacon, with the
    # shipped rules: what fires on them is chance, not an attack (each
    # detector's own figure is in its test; tests/corpus_noise.py prints
    # the rules). 120 seeded tokens of 1,000-3,000 bytes: 68 were refused
    # before the interpreters' grammar was read around PHP calls, JS
    # templates, template expressions and globs, and %n weighed by chance
    # (65e2715); 40 are now. A known gap: the bound only keeps it from
    # growing.
    refused = 0
    for token in random_tokens(20261203, 120):
        r = requests.post(edge.url + "/collect", data=json.dumps({"sensor_data": token}),
                          headers={"Content-Type": "text/plain;charset=UTF-8"})
        assert r.status_code < 500, r.text
        refused += r.status_code == 403
    assert refused <= 45, refused


# -- long values of one repeated shape ------------------------------------------

# A structure repeated thousands of times: a URL's host of 2,500 labels
# (10 KB), a run of one letter once decoded ("%41" x 5,000), a form
# cookie of 1,800 pieces. Each made a detector's regex keep a
# backtracking frame per repeat, PCRE's JIT stack overflowed (pcre_exec
# -27), and the request got the route's on_error answer without being
# inspected.
LONG_SHAPES = {
    "host-labels": "see http://" + "ab1." * 2500 + "x/",
    "decoded-letter-run": "%41" * 5000,
}


def inspected(e, status, rid):
    """The answer came from an inspection that ran to its end (a 403 from
    a rule, not from the route's on_error)."""
    assert status < 500
    if status == 403:
        assert not e.audit_for(rid)["action"].startswith("error"), rid


@pytest.mark.parametrize("shape", sorted(LONG_SHAPES))
def test_long_repeated_value_is_inspected(edge, shape):
    status, rid = send_text(edge, LONG_SHAPES[shape], "note")
    inspected(edge, status, rid)


def test_form_cookie_of_many_pieces_is_inspected(edge):
    rid = "cookie-" + uuid.uuid4().hex
    r = requests.get(edge.url + "/probe", headers={
        "Cookie": "prefs=" + "a=&" * 1800, "X-Request-ID": rid})
    inspected(edge, r.status_code, rid)
