"""The real stack (Circus + nginx + gunicorn) through the edge."""
import socket

import pytest
import requests

from app.openapi import parameter
from limitlib import access_log

PROBLEM_KEYS = {"type", "title", "status", "detail", "request_id"}


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def assert_problem(resp, status):
    assert resp.status_code == status, resp.text
    assert resp.headers["Content-Type"].startswith("application/problem+json")
    body = resp.json()
    assert set(body) == PROBLEM_KEYS, body
    assert body["status"] == status
    assert body["request_id"] == resp.headers["X-Request-ID"]
    assert "Traceback" not in resp.text
    # its length given (the edge's own answers too: not chunked)
    assert resp.headers.get("Content-Length") == str(len(resp.content))
    return body


def raw_request(stack, data, timeout=5):
    with socket.create_connection(("127.0.0.1", stack.edge_port),
                                  timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def test_fibonacci_sequence(stack, no_error_log):
    r = requests.get(stack.url + "/api/fibonacci", params={"count": 12})
    assert r.status_code == 200
    assert r.json() == {"count": 12,
                        "sequence": [fib(i) for i in range(12)]}


def test_fibonacci_nth(stack, no_error_log):
    r = requests.get(stack.url + "/api/fibonacci/1000")
    assert r.status_code == 200
    assert r.json() == {"n": 1000, "value": str(fib(1000))}


def test_health_of_each_service(stack, no_error_log):
    assert requests.get(stack.url + "/health").json()["service"] == "compute"
    assert (requests.get(stack.url + "/health/checkins").json()["service"]
            == "checkins")


def test_checkin_round_trip(stack, no_error_log):
    note = "It's 5 o'clock; SELECT * FROM drinks -- cheers"
    r = requests.post(stack.url + "/api/checkins/alice.1",
                      json={"note": note})
    assert r.status_code == 201, r.text
    record = r.json()
    assert record["user"] == "alice.1" and record["note"] == note
    got = requests.get(stack.url + "/api/checkins/alice.1").json()
    assert got["notes"][0]["id"] == record["id"]
    assert got["last_seen"] == record["created_at"]
    found = requests.get(stack.url + "/api/checkins/alice.1",
                         params={"q": "o'clock"}).json()
    assert [n["id"] for n in found["notes"]] == [record["id"]]


def test_request_id_is_generated_and_returned(stack, no_error_log):
    r = requests.get(stack.url + "/api/fibonacci", params={"count": "x"})
    body = assert_problem(r, 400)
    assert len(body["request_id"]) == 32


def test_generated_request_ids_are_unique_hex(stack, no_error_log):
    """The pipeline's own ids (lua/edge/request_id.lua, in place of nginx's
    RAND_bytes one): 32 hex digits, none repeated, whether the requests
    share a kept connection or each has its own (nginx's workers each have
    their prefix), the same in the answer's header and its problem body; a
    request nginx refuses before any location (no pipeline) still gets
    one, nginx's own."""
    ids = []
    with requests.Session() as s:
        for _ in range(20):
            r = s.get(stack.url + "/api/fibonacci", params={"count": 3})
            assert r.status_code == 200
            ids.append(r.headers["X-Request-ID"])
    for _ in range(10):
        r = requests.get(stack.url + "/api/fibonacci/7",
                         headers={"Connection": "close"})
        assert r.status_code == 200
        ids.append(r.headers["X-Request-ID"])
    ids.append(assert_problem(requests.get(stack.url + "/nowhere"),
                              404)["request_id"])
    refused = raw_request(stack, b"GET / HTTP/1.1\r\n\r\n")
    head = refused.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    assert head.startswith("HTTP/1.1 400")
    ids += [line.split(":", 1)[1].strip() for line in head.split("\r\n")
            if line.lower().startswith("x-request-id:")]
    assert len(ids) == 32
    assert all(len(i) == 32 and set(i) <= set("0123456789abcdef")
               for i in ids), ids
    assert len(set(ids)) == len(ids), ids
    # the id the client got is the one its access-log line carries
    assert access_log(stack, ids[0])["uri"] == "/api/fibonacci?count=3"
    assert access_log(stack, ids[25])["uri"] == "/api/fibonacci/7"


def test_request_id_from_client_reaches_the_service(stack, no_error_log):
    r = requests.get(stack.url + "/api/fibonacci", params={"count": "-1"},
                     headers={"X-Request-ID": "client-id.42"})
    body = assert_problem(r, 400)
    assert body["request_id"] == "client-id.42"


def test_unsafe_request_id_is_replaced(stack, no_error_log):
    r = requests.get(stack.url + "/nowhere",
                     headers={"X-Request-ID": "<script>"})
    body = assert_problem(r, 404)
    assert body["request_id"] != "<script>"


def test_server_version_hidden(stack, no_error_log):
    r = requests.get(stack.url + "/health")
    assert r.headers.get("Server", "") in ("", "nginx", "openresty")


# -- one envelope for edge and services ---------------------------------------

def test_service_errors_use_the_envelope(stack, no_error_log):
    assert_problem(requests.get(stack.url + "/api/fibonacci",
                                params={"count": 10**9}), 400)
    assert_problem(requests.get(stack.url + "/api/checkins/nobody-here"),
                   404)
    assert_problem(requests.post(stack.url + "/api/checkins/bob",
                                 data="note=hi"), 415)
    assert_problem(requests.post(
        stack.url + "/api/checkins/bob", data="{not json",
        headers={"Content-Type": "application/json"}), 400)


def test_edge_unknown_route(stack, no_error_log):
    body = assert_problem(requests.get(stack.url + "/wp-admin"), 404)
    assert body["type"] == "about:blank"


def test_edge_method_not_allowed(stack, no_error_log):
    r = requests.delete(stack.url + "/api/fibonacci/3")
    assert_problem(r, 405)
    assert r.headers["Allow"] == "GET, HEAD"


def test_edge_body_too_large(stack, no_error_log):
    no_error_log.allow.append("client intended to send too large body")
    r = requests.post(stack.url + "/api/checkins/bob",
                      data=b"x" * (2 * 1024 * 1024),
                      headers={"Content-Type": "application/json"})
    body = assert_problem(r, 413)
    assert body["title"] == "Content Too Large"


def test_edge_uri_too_long(stack, no_error_log):
    assert_problem(requests.get(stack.url + "/api/fibonacci?count="
                                + "1" * 20000), 414)


def test_edge_headers_too_large(stack, no_error_log):
    r = requests.get(stack.url + "/health",
                     headers={"Cookie": "a=" + "b" * 20000})
    assert_problem(r, 431)


def test_edge_malformed_request_line(stack, no_error_log):
    raw = raw_request(stack, b"GARBAGE\r\n\r\n")
    head, _, body = raw.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"application/problem+json" in head
    assert b'"status":400' in body


def test_edge_internal_location_not_reachable(stack, no_error_log):
    assert_problem(requests.get(stack.url + "/_edge/problem"), 404)


def test_access_log_is_json(stack, no_error_log):
    import json
    import time

    rid = "log-check-1"
    requests.get(stack.url + "/health", headers={"X-Request-ID": rid})
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        lines = stack.access_log.read_text().splitlines()
        entries = [json.loads(line) for line in lines]
        mine = [e for e in entries if e["request_id"] == rid]
        if mine:
            break
        time.sleep(0.1)
    assert mine, "access log line not written"
    assert mine[0]["status"] == 200 and mine[0]["route"] == "health"


@pytest.mark.parametrize("path", ["/api/fibonacci?count=5", "/health"])
def test_head_requests(stack, no_error_log, path):
    r = requests.head(stack.url + path)
    assert r.status_code == 200


def test_large_answer_through_the_edge(stack, no_error_log):
    """An answer nginx buffers to a temp file works even though the run dir
    sits in a 0700 temp dir (as root, nginx's workers run as nobody)."""
    doc = requests.get(stack.service_url("compute") + "/openapi.json").json()
    count = parameter(doc, "/api/fibonacci", "get", "count")["schema"]["maximum"]
    r = requests.get(stack.url + "/api/fibonacci", params={"count": count})
    assert r.status_code == 200, r.text
    assert len(r.json()["sequence"]) == count
