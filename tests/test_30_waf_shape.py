"""WAF, part 1: request shape and the positive model, through the real edge
on the shipped config (limits from the same file, never copied here)."""
import gzip
import json
import os
import shutil
import tempfile

import pytest
import requests

from app.openapi import edge_document, parameter
from test_10_stack import assert_problem
from wafkit import WafEdge, problem_slug, route_waf, waf_config

CONF = waf_config()
ROUTES = CONF["routes"]
CHECKINS = ROUTES["checkins"]["waf"]
UNKNOWN = ROUTES["unknown"]["waf"]
# the positive model's bounds: from the document the edge compiles it from
MAX_COUNT = parameter(edge_document("compute"), "/api/fibonacci", "get",
                      "count")["schema"]["maximum"]
MAX_N = parameter(edge_document("compute"), "/api/fibonacci/{n}", "get",
                  "n")["schema"]["maximum"]


def big_body_config():
    """A route whose bodies may be larger than client_body_buffer_size
    (64k), so nginx spills them to a temporary file."""
    conf = waf_config()
    route_waf(conf, "unknown", max_body_bytes=400000)
    return conf


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-shape"), CONF).start()
    yield e
    e.stop()


@pytest.fixture(scope="module")
def big_edge():
    # nginx workers (not root) write spilled bodies under the run dir: its
    # parents must be traversable, which pytest's 0700 tmp dirs are not.
    run_dir = tempfile.mkdtemp(prefix="waf-big-")
    os.chmod(run_dir, 0o755)
    e = WafEdge(run_dir, big_body_config()).start()
    yield e
    e.stop()
    shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture(autouse=True)
def no_lua_errors(request):
    yield
    for name in ("edge", "big_edge"):
        if name in request.fixturenames:
            e = request.getfixturevalue(name)
            bad = e.error_lines("error") + e.error_lines("crit")
            assert not bad, "\n".join(bad)


# -- shape: URI, headers, arguments ------------------------------------------

def test_uri_too_long(edge):
    uri = "/api/checkins/alice?q=" + "a" * CHECKINS["max_uri_length"]
    r = requests.get(edge.url + uri)
    assert_problem(r, 414)
    assert problem_slug(r) == "uri-too-long"


def test_catch_all_takes_long_uris_of_short_values(edge):
    """A tracking pixel's or a search page's URI: many values, each under
    the value bound, the whole up to the route's (the edge's request-target
    bound): 404 there, 414 past it."""
    n = UNKNOWN["max_uri_length"]
    args = "&".join(f"p{i}=" + "x" * 200 for i in range(n // 210))
    uri = "/collect?" + args
    assert 2048 < len(uri) <= n
    assert_problem(requests.get(edge.url + uri), 404)
    assert_problem(requests.get(edge.url + uri + "&z=" + "y" * (n - len(uri))), 414)


def test_too_many_headers(edge):
    n = UNKNOWN.get("max_headers", 64)
    headers = {f"X-H{i}": "v" for i in range(n + 1)}
    r = requests.get(edge.url + "/probe", headers=headers)
    assert_problem(r, 431)


def test_headers_too_large_in_total(edge):
    limit = UNKNOWN.get("max_header_bytes", 16384)
    headers = {f"X-Big{i}": "v" * 4000 for i in range(limit // 4000 + 1)}
    r = requests.get(edge.url + "/probe", headers=headers)
    assert_problem(r, 431)


@pytest.mark.parametrize("n", [101, 150, 250])
def test_more_than_100_args_do_not_bypass(edge, n):
    """nginx stops at 100 arguments by default: the 101st must not hide an
    attack; the edge counts them all and refuses too many."""
    args = "&".join(f"a{i}=1" for i in range(n - 1))
    r = requests.get(edge.url + f"/probe?{args}&x=1%20or%201%3D1")
    assert r.status_code in (400, 403)
    r = requests.get(edge.url + f"/probe?{args}&x=harmless")
    assert_problem(r, 400)
    assert problem_slug(r) == "too-many-arguments"


def test_form_body_with_many_fields_is_refused(edge):
    body = "&".join(f"f{i}=1" for i in range(150)) + "&x=1 or 1=1"
    r = requests.post(edge.url + "/probe", data=body, headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    assert_problem(r, 400)


def test_argument_name_too_long(edge):
    r = requests.get(edge.url + "/probe?" + "n" * 200 + "=1")
    assert_problem(r, 400)


def test_argument_value_too_long(edge):
    r = requests.get(edge.url + "/probe?v=" + "1" * (
        UNKNOWN["max_arg_value_length"] + 1))
    assert_problem(r, 400)


# -- bodies ---------------------------------------------------------------------

def test_body_too_large_by_content_length(edge):
    r = requests.post(edge.url + "/api/checkins/alice",
                      data=b"x" * (CHECKINS["max_body_bytes"] + 1),
                      headers={"Content-Type": "application/json"})
    assert_problem(r, 413)


def test_chunked_body_too_large(edge):
    def gen():
        for _ in range(UNKNOWN["max_body_bytes"] // 1000 + 2):
            yield b"a=" + b"1" * 998

    r = requests.post(edge.url + "/probe", data=gen(), headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    assert_problem(r, 413)


def test_media_type_not_allowed(edge):
    r = requests.post(edge.url + "/api/checkins/alice", data="note=hi",
                      headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_problem(r, 415)


def test_body_without_content_type_on_a_json_route(edge):
    r = requests.post(edge.url + "/api/checkins/alice", data=b'{"note": "x"}',
                      headers={"Content-Type": ""})
    assert r.status_code in (400, 415)


@pytest.mark.parametrize("ctype", [
    "application/json; charset=ebcdic-cp-us",
    "application/json; charset=utf-8; charset=utf-7",
    "application/json; boundary=x",
    "%{(#nike='multipart/form-data')}",
])
def test_bad_content_type(edge, ctype):
    r = requests.post(edge.url + "/api/checkins/alice", data=b'{"note": "x"}',
                      headers={"Content-Type": ctype})
    assert r.status_code in (400, 415), r.text


def test_compressed_body_refused(edge):
    r = requests.post(edge.url + "/api/checkins/alice", data=b"\x1f\x8b",
                      headers={"Content-Type": "application/json",
                               "Content-Encoding": "gzip"})
    assert_problem(r, 415)


# The catch-all serves nothing: a body of any type, compressed or not, is
# told 404 (not 415); text is still inspected by its declared type.
GZIPPED_NOTE = gzip.compress(json.dumps({"events": [{"sid": "a" * 16,
                                                     "note": "x\x00y"}]}).encode(), mtime=0)
ANY_BODY = [
    ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), {}),
    ("application/octet-stream", bytes(range(256)) * 4, {}),
    ("application/x-protobuf", b"\x0a\x05hello\x10\x00\x18\x00", {}),
    ("audio/ogg", b"OggS\x00\x02" + bytes(range(64)), {}),
    ("application/json", GZIPPED_NOTE, {"Content-Encoding": "gzip"}),
    ("text/plain", gzip.compress(b"<script>alert(1)</script>", mtime=0),
     {"Content-Encoding": "gzip"}),
    ("application/json", b'{"a": 1}', {"Content-Encoding": "identity"}),
]


@pytest.mark.parametrize("ctype,body,extra", ANY_BODY,
                         ids=[f"{c}-{'+'.join(e.values()) or 'plain'}" for c, _, e in ANY_BODY])
def test_catch_all_takes_any_body(edge, ctype, body, extra):
    r = requests.post(edge.url + "/upload/raw", data=body,
                      headers={"Content-Type": ctype, **extra})
    assert_problem(r, 404)


def test_catch_all_still_inspects_text_and_sizes_compressed(edge):
    r = requests.post(edge.url + "/upload/raw", data="<script>alert(1)</script>",
                      headers={"Content-Type": "text/plain"})
    assert_problem(r, 403)
    r = requests.post(edge.url + "/upload/raw", data=b"\x1f\x8b" * UNKNOWN["max_body_bytes"],
                      headers={"Content-Type": "application/json",
                               "Content-Encoding": "gzip"})
    assert_problem(r, 413)
    # an encoding with no body encodes nothing: refused as before
    r = requests.get(edge.url + "/upload/raw", headers={"Content-Encoding": "deflate"})
    assert_problem(r, 415)



@pytest.mark.parametrize("body", [b"{not json", b'{"note": "x"', b"[1, 2,"])
def test_unparseable_json_is_refused(edge, body):
    r = requests.post(edge.url + "/probe", data=body,
                      headers={"Content-Type": "application/json"})
    assert_problem(r, 400)
    assert problem_slug(r) == "invalid-body"


def test_invalid_utf8_in_json_is_refused(edge):
    r = requests.post(edge.url + "/probe", data=b'{"note": "\xc0\xaf"}',
                      headers={"Content-Type": "application/json"})
    assert r.status_code in (400, 403)


def test_json_nested_too_deeply(edge):
    depth = CHECKINS["max_json_depth"] + 1
    body = '{"note": ' + "[" * depth + "1" + "]" * depth + "}"
    r = requests.post(edge.url + "/api/checkins/alice", data=body,
                      headers={"Content-Type": "application/json"})
    assert_problem(r, 400)


def test_json_with_too_many_items(edge):
    body = json.dumps({"note": list(range(CHECKINS["max_json_items"] + 1))})
    r = requests.post(edge.url + "/api/checkins/alice", data=body,
                      headers={"Content-Type": "application/json"})
    assert_problem(r, 400)


@pytest.mark.parametrize("body", [
    b"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n",   # no end
    b"garbage before\r\n--b\r\nContent-Disposition: form-data; name=\"a\"\r\n"
    b"\r\nx\r\n--b--\r\n",
    b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n",  # no disposition
])
def test_malformed_multipart_is_refused(edge, body):
    r = requests.post(edge.url + "/probe", data=body, headers={
        "Content-Type": "multipart/form-data; boundary=b"})
    assert_problem(r, 400)


@pytest.mark.parametrize("body", [
    b"<a><b></a></b>", b"<a>unclosed", b"text only",
])
def test_malformed_xml_is_refused(edge, body):
    r = requests.post(edge.url + "/probe", data=body,
                      headers={"Content-Type": "application/xml"})
    assert_problem(r, 400)


def test_spilled_body_is_still_inspected(big_edge):
    """A body larger than client_body_buffer_size (64k) goes to a temporary
    file; the WAF reads it from there."""
    pad = "x" * 100000
    clean = requests.post(big_edge.url + "/probe", data={"pad": pad, "v": "hi"})
    assert clean.status_code == 404
    bad = requests.post(big_edge.url + "/probe",
                        data={"pad": pad, "v": "1' union select password from users--"})
    assert_problem(bad, 403)
    bad = requests.post(big_edge.url + "/probe", json={
        "pad": pad, "deep": {"v": "<script>alert(1)</script>"}})
    assert_problem(bad, 403)


def test_spilled_unparseable_body_is_refused(big_edge):
    r = requests.post(big_edge.url + "/probe", data="{" + "x" * 100000,
                      headers={"Content-Type": "application/json"})
    assert_problem(r, 400)


def test_multipart_fields_and_file_names_are_inspected(edge):
    r = requests.post(edge.url + "/probe", files={
        "doc": ("report.txt", b"plain text", "text/plain")},
        data={"title": "quarterly report"})
    assert r.status_code == 404
    r = requests.post(edge.url + "/probe", files={
        "doc": ("shell.php", b"hello", "application/octet-stream")})
    assert_problem(r, 403)
    r = requests.post(edge.url + "/probe", files={
        "doc": ("../../etc/passwd", b"hello", "text/plain")})
    assert_problem(r, 403)
    r = requests.post(edge.url + "/probe", files={
        "doc": ("a.txt", b"x", "text/plain")},
        data={"title": "<script>alert(1)</script>"})
    assert_problem(r, 403)


# -- positive model -------------------------------------------------------------

@pytest.mark.parametrize("query,status", [
    ("count=12", 200),
    ("count=0", 200),
    (f"count={MAX_COUNT}", 200),
    (f"count={MAX_COUNT + 1}", 400),
    ("count=-1", 400),
    ("count=abc", 400),
    ("count=1e3", 400),
    ("count=%EF%BC%91", 400),              # fullwidth digit
    ("count=1&count=2", 400),
    ("count=5&debug=1", 400),
])
def test_fibonacci_count(edge, query, status):
    r = requests.get(edge.url + "/api/fibonacci?" + query)
    assert r.status_code == status, r.text
    if status == 400:
        assert problem_slug(r) == "invalid-parameter"


@pytest.mark.parametrize("path,status", [
    ("/api/fibonacci/10", 200),
    (f"/api/fibonacci/{MAX_N}", 200),
    (f"/api/fibonacci/{MAX_N + 1}", 400),
    ("/api/fibonacci/ten", 400),
    ("/api/fibonacci/1/2", 404),
])
def test_fibonacci_path_parameter(edge, path, status):
    r = requests.get(edge.url + path)
    assert r.status_code == status, r.text


@pytest.mark.parametrize("path,query,status", [
    ("/api/checkins/alice.1", "", 200),
    ("/api/checkins/alice.1", "q=o%27clock", 200),
    ("/api/checkins/alice.1", "q=" + "%C3%A9" * 200, 200),   # 200 characters
    ("/api/checkins/alice.1", "q=" + "a" * 201, 400),
    ("/api/checkins/alice.1", "q=", 400),
    ("/api/checkins/alice.1", "sort=1", 400),
    ("/api/checkins/bad%20user", "", 400),
    # PCRE's $ matches before a final newline: the pattern's end is the
    # value's end
    ("/api/checkins/alice%0A", "", 400),
])
def test_checkins_user_and_query(edge, path, query, status):
    r = requests.get(edge.url + path + ("?" + query if query else ""))
    assert r.status_code == status, r.text


def test_health_refuses_bodies(edge):
    r = requests.get(edge.url + "/health", data="x=1",
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code in (403, 415)
