"""Issue 12, defects 1-5, through the real stack (and one stand-in upstream
for error pages): each test failed before its fix."""
import json
import socket
import time

import pytest
import requests

from edgekit.client import Background, raw
from edgekit.stack import Stack, load_edge_config, wait_until
from limitlib import access_log, config, in_flight, metrics
from test_10_stack import PROBLEM_KEYS, assert_problem


def assert_raw_problem(resp, statuses):
    """A raw answer is the envelope with one of `statuses`."""
    assert resp.status in statuses, resp
    assert resp.headers["content-type"].startswith("application/problem+json"), resp
    body = json.loads(resp.body)
    assert set(body) == PROBLEM_KEYS and body["status"] == resp.status
    return body


def get(stack, target, *headers, version="HTTP/1.1"):
    lines = [f"GET {target} {version}", "Host: edge.test", *headers,
             "Connection: close", "", ""]
    return raw(stack.edge_port, "\r\n".join(lines).encode("latin-1"))


# -- 1: escalation reads the decoded value ------------------------------------

@pytest.fixture(scope="module")
def costly_stack(tmp_path_factory):
    """The shipped config with escalation to a costly route of its own
    (the shipped config relies on cost budgets and no longer escalates)."""
    conf = load_edge_config()
    fib = conf["routes"]["fibonacci"]
    fib["escalate"] = [
        {"arg": "count", "above": 2000, "to": "fibonacci_costly"},
        {"path": "^/api/fibonacci/([0-9]+)$", "above": 100000,
         "to": "fibonacci_costly"}]
    conf["routes"]["fibonacci_costly"] = {
        "extends": "fibonacci", "limits": ["per_client"],
        "concurrency": ["compute_costly"]}
    conf["concurrency"]["rules"]["compute_costly"] = {
        "key": [], "max_per_upstream_worker": 0.5, "wait": 0}
    s = Stack(tmp_path_factory.mktemp("costly"), config=conf).start()
    yield s
    s.stop()


@pytest.mark.parametrize("query", [
    "count=%32%30%30%31",        # 2001, every digit encoded
    "count=%3200%31",
    "%63ount=2001",              # the name encoded
    "count=2001",
])
def test_costly_request_is_escalated_however_it_is_encoded(costly_stack,
                                                           query):
    stack = costly_stack
    # sent raw: requests would decode %3X (digits are unreserved)
    rid = "esc12-" + str(abs(hash(query)))
    r = get(stack, f"/api/fibonacci?{query}", f"X-Request-ID: {rid}")
    assert r.status == 200 and json.loads(r.body)["count"] == 2001
    entry = access_log(stack, rid)
    assert entry["uri"] == f"/api/fibonacci?{query}"
    assert entry["route"] == "fibonacci_costly"


# -- 2: a slow reader does not keep the upstream's lease -----------------------

def test_slow_reader_does_not_hold_the_costly_slot(costly_stack):
    """compute_costly admits one costly request at a time (2 workers x 0.5);
    a client that requested a 10 MB answer and reads nothing must not keep
    it once the service has answered."""
    stack = costly_stack
    slow = socket.socket()
    slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    slow.connect(("127.0.0.1", stack.edge_port))
    try:
        slow.sendall(b"GET /api/fibonacci?count=10000 HTTP/1.1\r\n"
                     b"Host: x\r\n\r\n")
        slow.recv(1)  # the answer has started: the service has answered
        statuses = []

        def costly_served():
            r = requests.get(stack.url + "/api/fibonacci?count=2500",
                             timeout=30)
            statuses.append(r.status_code)
            return r.status_code == 200
        wait_until(costly_served, 10, interval=0.2,
                   what="a costly request admitted beside the slow reader")
    finally:
        slow.close()
    # released once: nothing stays in flight, nothing goes below zero
    wait_until(lambda: all(v == 0 for v in
                           in_flight(stack, "compute_costly").values()),
               10, what="compute_costly back to 0")
    assert min(in_flight(stack, "compute_costly").values(), default=0) == 0


def test_lease_is_still_held_while_the_service_works(edge_factory, upstream):
    """The early release is at the service's answer, not before: a request
    the upstream holds keeps its lease (the cap still protects it)."""
    conf = config(concurrency={"rules": {"one": {"key": [], "max": 1}}},
                  routes={"fibonacci": {"concurrency": ["one"]}})
    edge = edge_factory(conf)
    bg = Background()
    bg.get(edge.url + "/api/fibonacci?hold=1")
    wait_until(lambda: upstream.active == 1, 10, what="the held request")
    assert_problem(requests.get(edge.url + "/api/fibonacci?count=1",
                                timeout=10), 503)
    upstream.release()
    bg.join()
    assert bg.results == [200]
    wait_until(lambda: requests.get(edge.url + "/api/fibonacci?count=1",
                                    timeout=10).status_code == 200,
               10, what="the slot back")
    assert in_flight(edge, "one") in ({}, {0: 0})


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_slow_request_body_is_cut_off(stack, framing):
    """A body dripped one byte every 0.5 s (each read well within nginx's
    client_body_timeout) is cut off at the edge's deadline for the whole
    body: 408 in the envelope, or the connection closed."""
    deadline = 10  # lua/edge/hygiene.lua BODY_SECONDS
    if framing == "chunked":
        head, drip = b"Transfer-Encoding: chunked\r\n", b"1\r\n \r\n"
    else:
        head, drip = b"Content-Length: 1000\r\n", b" "
    s = socket.create_connection(("127.0.0.1", stack.edge_port), timeout=30)
    t0 = time.monotonic()
    answer, closed = b"", False
    try:
        s.sendall(b"POST /api/checkins/slowbody HTTP/1.1\r\nHost: x\r\n"
                  b"Content-Type: application/json\r\n" + head + b"\r\n")
        s.settimeout(0.5)
        while time.monotonic() - t0 < deadline + 8:
            try:
                s.sendall(drip)
                chunk = s.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                closed = True
                break
            if not chunk:
                closed = True
                break
            answer += chunk
            if b"\r\n\r\n" in answer:
                break
    finally:
        s.close()
    elapsed = time.monotonic() - t0
    assert closed or answer, f"the body was still being read after {elapsed:.0f} s"
    assert elapsed < deadline + 3
    if answer:
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"application/problem+json" in answer


# -- 3: what the services would refuse is refused (or stripped) at the edge ----

BAD_HEADERS = [
    *[f"X-Test: a{chr(c)}b" for c in (1, 8, 0x0b, 0x0c, 0x1f, 0x7f)],
    "Content-Type: application/json\r\nContent-Type: text/plain",
    "Bad(Name): 1",
    "X-Forwarded-For: " + ", ".join(["10.0.0.1"] * 700),
    # (edge.hygiene reads these headers only when a line names one of
    # them: any case, not only on the first line, spread over lines)
    "Idempotency-Key: a\r\nIdempotency-Key: b",
    "X-A: 1\r\ncontent-type: application/json\r\nX-B: 2\r\n"
    "CONTENT-TYPE: application/json",
    "X-A: 1\r\nx-forwarded-for: " + ", ".join(["10.0.0.1"] * 120)
    + "\r\nX-Forwarded-For: " + ", ".join(["10.0.0.2"] * 120),
]


@pytest.mark.parametrize("header", BAD_HEADERS,
                         ids=lambda h: repr(h[:24]))
def test_bad_headers_are_refused_in_the_envelope(stack, header):
    r = get(stack, "/api/fibonacci?count=1", header)
    assert_raw_problem(r, (400, 431))


@pytest.mark.parametrize("target", [
    "/api/checkins/alice?q=j\u00f6rg",      # passes the positive model
    "/api/checkins/j\u00f6rg",
])
def test_raw_utf8_in_the_target_is_refused(stack, target):
    r = raw(stack.edge_port, f"GET {target} HTTP/1.1\r\nHost: x\r\n"
            "Connection: close\r\n\r\n".encode("utf-8"))
    assert_raw_problem(r, (400,))


@pytest.mark.parametrize("header", ["X-Forwarded-Ssl: on",
                                    "X-Forwarded-Protocol: ssl",
                                    "X-Forwarded-Proto: https"])
def test_scheme_headers_from_clients_are_not_passed_on(stack, header):
    r = get(stack, "/api/fibonacci?count=3", header)
    assert r.status == 200, r
    assert json.loads(r.body)["sequence"] == [0, 1, 1]


def test_non_json_error_from_a_service_is_replaced(edge_factory):
    edge = edge_factory(config())
    for status, shown in ((400, 400), (431, 431), (500, 502)):
        r = requests.get(f"{edge.url}/api/fibonacci?html={status}",
                         timeout=10)
        body = assert_problem(r, shown)
        assert "<html" not in r.text
        assert body["detail"].startswith("the service")
    # JSON answers of the services pass unchanged
    ok = requests.get(edge.url + "/api/fibonacci?count=1", timeout=10)
    assert ok.json() == {"ok": True}
    # and /metrics counts the replacements
    wait_until(lambda: metrics(edge).get(
        'edge_upstream_errors_replaced_total{status="502"}') == 1, 10,
        what="the replacement counted")


# -- 4: nginx's own 501 and 505 -------------------------------------------------

@pytest.mark.parametrize("te", ["identity", "xchunked", "gzip, chunked",
                                "chunked;q=1"])
def test_unknown_transfer_coding_is_501_envelope(stack, te):
    r = raw(stack.edge_port, (
        "POST /api/checkins/te HTTP/1.1\r\nHost: x\r\n"
        f"Transfer-Encoding: {te}\r\nContent-Type: application/json\r\n\r\n"
        "0\r\n\r\n").encode())
    assert_raw_problem(r, (400, 501))


@pytest.mark.parametrize("version", ["HTTP/2.0", "HTTP/9.9"])
def test_unsupported_version_is_505_envelope(stack, version):
    assert_raw_problem(get(stack, "/api/fibonacci?count=1", version=version),
                       (505,))


# -- 5: no redirect built from the client's Host ---------------------------------

@pytest.mark.parametrize("target", ["/api//fibonacci?count=1",
                                    "/api/fibonacci//5",
                                    "/api/%2Ffibonacci?count=1",
                                    "//api/checkins/alice"])
def test_empty_path_segment_is_refused_without_location(stack, target):
    r = get(stack, target, "X-Forwarded-Host: evil.example")
    r2 = raw(stack.edge_port, (f"GET {target} HTTP/1.1\r\nHost: evil.example"
                               "\r\nConnection: close\r\n\r\n").encode())
    for resp in (r, r2):
        assert_raw_problem(resp, (400, 404))
        assert "location" not in resp.headers
