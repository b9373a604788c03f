"""Bad-input suite (issue 12): malformed and hostile requests over raw
sockets to the real stack. Every answer is the envelope with a 4xx (or a
success for input that is odd but legal), or the connection is closed: never
a 5xx, never HTML, never a service's own error page.

Classes: request line, methods, versions, URI forms and sizes, header names
and values, control bytes, encodings, smuggling shapes, chunked oddities,
bodies and content types, JSON pathologies, multipart, pipelining, abrupt
disconnects.

The two 5xx a client can cause are the protocol's own answers, in the
envelope: 501 for a transfer coding nginx does not implement (RFC 9112
6.1) and 505 for an HTTP version it does not support."""
import json
import socket

import pytest
import requests

from edgekit.client import RawResponse
from edgekit.stack import Stack, load_edge_config
from test_10_stack import PROBLEM_KEYS


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """The shipped config without bans: the suite's many blocked requests
    come from one address, and a ban would turn every later case into the
    same 403."""
    conf = load_edge_config()
    conf.setdefault("waf", {})["ban"] = {"enabled": False}
    s = Stack(tmp_path_factory.mktemp("badinput"), config=conf).start()
    yield s
    assert not s.stop()

H = b"Host: edge.test\r\n"
CL = b"Connection: close\r\n"


def req(line, headers=b"", body=b""):
    return line + b"\r\n" + H + headers + CL + b"\r\n" + body


def post(body, ctype=b"application/json", extra=b"", path=b"/api/checkins/bad"):
    head = (b"Content-Type: " + ctype + b"\r\n" if ctype is not None else b"")
    return req(b"POST " + path + b" HTTP/1.1",
               head + extra + b"Content-Length: %d\r\n" % len(body), body)


def chunked(chunks, extra=b""):
    return (b"POST /api/checkins/bad HTTP/1.1\r\n" + H + CL
            + b"Content-Type: application/json\r\n" + extra
            + b"Transfer-Encoding: chunked\r\n\r\n" + chunks)


GET = b"GET /api/fibonacci?count=1 HTTP/1.1"

CASES = {
    # request line
    "no-target": b"GET HTTP/1.1\r\n" + H + CL + b"\r\n",
    "extra-token": req(b"GET / HTTP/1.1 extra"),
    "tab-separated": req(b"GET\t/api/fibonacci?count=1\tHTTP/1.1"),
    "two-spaces": req(b"GET  /api/fibonacci?count=1 HTTP/1.1"),
    "leading-garbage": b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 40,
    "tls-hello": b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" + b"\xab" * 60,
    # methods
    "lowercase-method": req(b"get /api/fibonacci?count=1 HTTP/1.1"),
    "unknown-method": req(b"FOO /api/fibonacci?count=1 HTTP/1.1"),
    "long-method": req(b"A" * 200 + b" /api/fibonacci HTTP/1.1"),
    "symbol-method": req(b"G@T /api/fibonacci HTTP/1.1"),
    "connect": req(b"CONNECT edge.test:443 HTTP/1.1"),
    "trace": req(b"TRACE /api/fibonacci HTTP/1.1"),
    "options-star": req(b"OPTIONS * HTTP/1.1"),
    "delete": req(b"DELETE /api/checkins/bad HTTP/1.1"),
    "put-fib": req(b"PUT /api/fibonacci?count=1 HTTP/1.1",
                   b"Content-Length: 0\r\n"),
    "method-override": req(GET, b"X-HTTP-Method-Override: DELETE\r\n"),
    # versions
    "http-1.2": req(b"GET /api/fibonacci?count=1 HTTP/1.2"),
    "http-2.0": req(b"GET /api/fibonacci?count=1 HTTP/2.0"),
    "http-9.9": req(b"GET /api/fibonacci?count=1 HTTP/9.9"),
    "http-lower": req(b"GET /api/fibonacci?count=1 http/1.1"),
    "https-proto": req(b"GET /api/fibonacci?count=1 HTTPS/1.1"),
    "http-1.10": req(b"GET /api/fibonacci?count=1 HTTP/1.10"),
    "http-0.9-line": b"GET /api/fibonacci?count=1 HTTP/0.9\r\n\r\n",
    "http-1.0-no-host": b"GET /api/fibonacci?count=1 HTTP/1.0\r\n\r\n",
    # URI forms and sizes
    "absolute-form": req(b"GET http://evil.example/api/fibonacci?count=1 HTTP/1.1"),
    "absolute-form-other-scheme": req(b"GET ftp://evil.example/ HTTP/1.1"),
    "uri-10k": req(b"GET /api/fibonacci?count=1&x=" + b"a" * 10000 + b" HTTP/1.1"),
    "uri-5k": req(b"GET /api/fibonacci?x=" + b"a" * 5000 + b" HTTP/1.1"),
    "nul-encoded": req(b"GET /api/checkins/a%00b HTTP/1.1"),
    "nul-raw": req(b"GET /api/checkins/a\x00b HTTP/1.1"),
    "ctl-raw": req(b"GET /api/checkins/a\x01b HTTP/1.1"),
    "del-raw": req(b"GET /api/checkins/a\x7fb HTTP/1.1"),
    "backslash": req(b"GET /api\\fibonacci?count=1 HTTP/1.1"),
    "traversal": req(b"GET /api/checkins/../../etc/passwd HTTP/1.1"),
    "traversal-encoded": req(b"GET /api/checkins/%2e%2e/%2e%2e/etc/passwd HTTP/1.1"),
    "bad-percent": req(b"GET /api/checkins/%zz HTTP/1.1"),
    "lone-percent": req(b"GET /api/checkins/% HTTP/1.1"),
    "fragment": req(b"GET /api/fibonacci?count=1#frag HTTP/1.1"),
    "double-encoded": req(b"GET /api/checkins/%252e%252e HTTP/1.1"),
    "overlong-utf8": req(b"GET /api/checkins/%c0%ae%c0%ae HTTP/1.1"),
    "raw-utf8": req("GET /api/checkins/alice?q=\u00e9 HTTP/1.1".encode()),
    "raw-invalid-utf8": req(b"GET /api/checkins/alice?q=\xff\xfe HTTP/1.1"),
    "double-slash": req(b"GET /api//fibonacci?count=1 HTTP/1.1"),
    "many-args": req(b"GET /api/fibonacci?" + b"&".join(b"a%d=1" % i for i in range(300)) + b" HTTP/1.1"),
    "empty-arg-name": req(b"GET /api/fibonacci?=1&count=1 HTTP/1.1"),
    "repeated-arg": req(b"GET /api/fibonacci?count=1&count=2 HTTP/1.1"),
    "count-huge": req(b"GET /api/fibonacci?count=99999999999999999999999 HTTP/1.1"),
    "count-negative": req(b"GET /api/fibonacci?count=-1 HTTP/1.1"),
    "count-float": req(b"GET /api/fibonacci?count=1e3 HTTP/1.1"),
    "count-unicode-digit": req(b"GET /api/fibonacci?count=%D9%A3 HTTP/1.1"),
    "n-huge-path": req(b"GET /api/fibonacci/" + b"9" * 400 + b" HTTP/1.1"),
    "user-too-long": req(b"GET /api/checkins/" + b"u" * 200 + b" HTTP/1.1"),
    # header names and values, control bytes, encodings
    "no-host-1.1": b"GET /api/fibonacci?count=1 HTTP/1.1\r\n" + CL + b"\r\n",
    "two-hosts": req(GET, b"Host: other.test\r\n"),
    "host-with-space": b"GET /api/fibonacci?count=1 HTTP/1.1\r\nHost: a b\r\n" + CL + b"\r\n",
    "host-bad-chars": b"GET /api/fibonacci?count=1 HTTP/1.1\r\nHost: a/b\\c\r\n" + CL + b"\r\n",
    "no-colon": req(GET, b"NoColonHere\r\n"),
    "space-in-name": req(GET, b"X Y: 1\r\n"),
    "space-before-colon": req(GET, b"X-Y : 1\r\n"),
    "empty-name": req(GET, b": value\r\n"),
    "obs-fold": req(GET, b"X-A: one\r\n two\r\n"),
    "underscore-name": req(GET, b"X_Forwarded_For: 1.2.3.4\r\n"),
    "dot-name": req(GET, b"X.Y: 1\r\n"),
    "paren-name": req(GET, b"X(Y): 1\r\n"),
    "nul-value": req(GET, b"X-A: a\x00b\r\n"),
    "soh-value": req(GET, b"X-A: a\x01b\r\n"),
    "vt-value": req(GET, b"X-A: a\x0bb\r\n"),
    "esc-value": req(GET, b"X-A: a\x1bb\r\n"),
    "del-value": req(GET, b"X-A: a\x7fb\r\n"),
    "bare-cr-value": req(GET, b"X-A: a\rb\r\n"),
    "bare-lf-header": b"GET /api/fibonacci?count=1 HTTP/1.1\nHost: x\nConnection: close\n\n",
    "utf8-value": req(GET, "X-A: caf\u00e9\r\n".encode()),
    "invalid-utf8-value": req(GET, b"X-A: \xff\xfe\r\n"),
    "long-header": req(GET, b"X-A: " + b"a" * 9000 + b"\r\n"),
    "many-headers": req(GET, b"".join(b"X-H%d: 1\r\n" % i for i in range(200))),
    "huge-xff": req(GET, b"X-Forwarded-For: " + b", ".join([b"10.0.0.1"] * 700) + b"\r\n"),
    "xff-garbage": req(GET, b"X-Forwarded-For: <script>, ;;, 999.1.1.1\r\n"),
    "x-forwarded-ssl": req(GET, b"X-Forwarded-Ssl: on\r\n"),
    "x-forwarded-protocol": req(GET, b"X-Forwarded-Protocol: ssl\r\n"),
    "x-forwarded-host": req(b"GET /api//fibonacci?count=1 HTTP/1.1", b"X-Forwarded-Host: evil.example\r\n"),
    "two-content-types": post(b'{"note":"x"}', extra=b"Content-Type: text/plain\r\n"),
    "two-api-keys": req(GET, b"X-API-Key: a\r\nX-API-Key: b\r\n"),
    "bad-request-id": req(GET, b"X-Request-ID: <script>alert(1)</script>\r\n"),
    "huge-cookie": req(GET, b"Cookie: " + b"a=b; " * 1500 + b"\r\n"),
    "range-abuse": req(GET, b"Range: bytes=" + b",".join(b"%d-%d" % (i, i) for i in range(200)) + b"\r\n"),
    "accept-encoding-junk": req(GET, b"Accept-Encoding: " + b"gzip;q=0.5, " * 300 + b"\r\n"),
    "expect-junk": req(GET, b"Expect: 200-ok\r\n"),
    # smuggling shapes
    "cl-and-te": post(b'0\r\n\r\n', extra=b"Transfer-Encoding: chunked\r\n"),
    "two-cl-differ": post(b'{"note":"x"}', extra=b"Content-Length: 5\r\n"),
    "cl-negative": req(b"POST /api/checkins/bad HTTP/1.1", b"Content-Type: application/json\r\nContent-Length: -1\r\n"),
    "cl-not-a-number": req(b"POST /api/checkins/bad HTTP/1.1", b"Content-Type: application/json\r\nContent-Length: 1e3\r\n"),
    "cl-huge": req(b"POST /api/checkins/bad HTTP/1.1", b"Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n"),
    "cl-space": req(b"POST /api/checkins/bad HTTP/1.1", b"Content-Type: application/json\r\nContent-Length: 1 2\r\n"),
    "te-identity": chunked(b"0\r\n\r\n").replace(b"chunked", b"identity"),
    "te-xchunked": chunked(b"0\r\n\r\n").replace(b"chunked", b"xchunked"),
    "te-gzip-chunked": chunked(b"0\r\n\r\n").replace(b"chunked", b"gzip, chunked"),
    "te-chunked-q": chunked(b"0\r\n\r\n").replace(b"chunked", b"chunked;q=1"),
    "te-space-colon": chunked(b"0\r\n\r\n").replace(b"Transfer-Encoding:", b"Transfer-Encoding :"),
    "te-twice": chunked(b"0\r\n\r\n", b"Transfer-Encoding: chunked\r\n"),
    "te-on-http-1.0": chunked(b"0\r\n\r\n").replace(b"HTTP/1.1", b"HTTP/1.0"),
    # chunked oddities
    "chunk-size-junk": chunked(b"zz\r\n{}\r\n0\r\n\r\n"),
    "chunk-size-overflow": chunked(b"ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n"),
    "chunk-extension": chunked(b'c;ext="x\r\n{"note":"x"}\r\n0\r\n\r\n'),
    "chunk-short": chunked(b'20\r\n{"note":"x"}\r\n0\r\n\r\n'),
    "chunk-no-crlf": chunked(b'c\r\n{"note":"x"}0\r\n\r\n'),
    "chunk-negative": chunked(b"-5\r\nabcde\r\n0\r\n\r\n"),
    "chunk-trailer-junk": chunked(b'c\r\n{"note":"x"}\r\n0\r\nX-Trailer: \x01\r\n\r\n'),
    # bodies and content types, JSON pathologies, multipart
    "json-invalid": post(b'{"note":'),
    "json-deep": post(b"[" * 10000 + b"]" * 10000),
    "json-deep-objects": post(b'{"a":' * 5000 + b"1" + b"}" * 5000),
    "json-huge-number": post(b'{"note": 1' + b"0" * 5000 + b"}"),
    "json-dup-keys": post(b'{"note":"a","note":"b"}'),
    "json-bom": post(b'\xef\xbb\xbf{"note":"x"}'),
    "json-wrong-type": post(b'{"note": ["x"]}'),
    "json-null": post(b"null"),
    "json-empty": post(b""),
    "json-lone-surrogate": post(b'{"note":"\\ud800"}'),
    "json-invalid-utf8": post(b'{"note":"\xff\xfe"}'),
    "json-nan": post(b'{"note": NaN}'),
    "json-extra-key": post(b'{"note":"x","admin":true}'),
    "json-too-long-note": post(json.dumps({"note": "n" * 5000}).encode()),
    "json-nosql": post(b'{"note": {"$gt": ""}}'),
    "text-plain-body": post(b"note=x", ctype=b"text/plain"),
    "no-content-type": post(b'{"note":"x"}', ctype=None),
    "charset-utf7": post(b'{"note":"x"}', ctype=b"application/json; charset=utf-7"),
    "ctype-garbage": post(b'{"note":"x"}', ctype=b";;;==="),
    "form-body": post(b"note=x", ctype=b"application/x-www-form-urlencoded"),
    "multipart-no-boundary": post(b"--x\r\n\r\n--x--", ctype=b"multipart/form-data"),
    "multipart-bad": post(b"garbage without boundaries", ctype=b"multipart/form-data; boundary=zz"),
    "multipart-unterminated": post(b'--zz\r\nContent-Disposition: form-data; name="note"\r\n\r\nx', ctype=b"multipart/form-data; boundary=zz"),
    "gzip-body": post(b"\x1f\x8b\x08\x00" + b"\x00" * 20, extra=b"Content-Encoding: gzip\r\n"),
    "body-on-get": req(GET, b"Content-Type: application/json\r\nContent-Length: 2\r\n", b"{}"),
    "body-too-large": post(b'{"note":"' + b"a" * 70000 + b'"}'),
    "body-over-1m": req(b"POST /api/checkins/bad HTTP/1.1", b"Content-Type: application/json\r\nContent-Length: 2000000\r\n"),
    "post-to-fib": post(b"{}", path=b"/api/fibonacci?count=1"),
    "idempotency-key-bad": post(b'{"note":"x"}', extra=b"Idempotency-Key: \"a\\\"b\"\r\n"),
    # pipelining
    "pipelined-then-garbage": (b"GET /api/fibonacci?count=1 HTTP/1.1\r\n" + H
                               + b"\r\nGARBAGE\r\n\r\n"),
    "pipelined-body-overflow": (b"POST /api/checkins/bad HTTP/1.1\r\n" + H
                                + b"Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                                + b"GET /x\x00 HTTP/1.1\r\n\r\n"),
}


def exchange(port, data, half_close=False):
    """Send, half-close (so nginx sees the end of what a truncated request
    will ever send), read everything until the server closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=4) as s:
        try:
            s.sendall(data)
            if half_close:
                s.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        out = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                out += chunk
        except (ConnectionResetError, socket.timeout):
            pass
    return out


def answers(data):
    """Each HTTP answer in a byte stream (pipelined answers included)."""
    out = []
    while data.startswith(b"HTTP/"):
        r = RawResponse(data)
        out.append(r)
        head, _, rest = data.partition(b"\r\n\r\n")
        if r.headers.get("transfer-encoding", "").lower() == "chunked":
            end = rest.find(b"\r\n0\r\n\r\n")
            rest = rest[end + 7:] if end >= 0 else b""
        else:
            rest = rest[int(r.headers.get("content-length", 0) or 0):]
        data = rest
    return out, data


PROTOCOL_5XX = (501, 505)
# Cases where nginx closes the connection without an answer (not HTTP).
CLOSED_OK = {"chunk-short"}  # a chunked body cut short, then EOF: the client is gone


def check(data):
    assert b"<html" not in data.lower() and b"<!doctype" not in data.lower(), data[:400]
    assert b"Traceback" not in data
    got, rest = answers(data)
    if not got:
        # no HTTP answer: the connection was closed, or (HTTP/0.9) a bare
        # body, which must still be JSON
        assert rest == b"" or json.loads(rest), data[:300]
        return []
    for r in got:
        assert r.status < 500 or r.status in PROTOCOL_5XX, (r.status, data[:400])
        if r.status >= 400:
            assert r.headers["content-type"].startswith("application/problem+json"), data[:400]
            body = json.loads(r.body)
            assert set(body) == PROBLEM_KEYS and body["status"] == r.status
        elif r.body:
            assert r.headers.get("content-type", "").startswith("application/"), data[:400]
            json.loads(r.body)
    return [r.status for r in got]


# Truncated requests: the client half-closes after sending (else nginx
# would wait for the rest until client_body_timeout). Every other request
# is sent whole on a connection kept open until the edge closes it
# (Connection: close): a half-close there would make nginx abort a proxied
# request as a client gone away, and hide the answer under test.
TRUNCATED = {"chunk-short", "cl-huge", "body-over-1m", "cl-space"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_gets_the_envelope_or_a_close(stack, name):
    statuses = check(exchange(stack.edge_port, CASES[name],
                              half_close=name in TRUNCATED))
    assert statuses or name in CLOSED_OK, "no answer"


def test_at_least_sixty_classes():
    assert len(CASES) >= 60


@pytest.mark.parametrize("cut", [5, 20, 40, 60])
def test_abrupt_disconnects_leave_the_edge_healthy(stack, cut):
    data = CASES["json-too-long-note"]
    with socket.create_connection(("127.0.0.1", stack.edge_port), timeout=5) as s:
        s.sendall(data[:cut])
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    assert requests.get(stack.url + "/health", timeout=5).status_code == 200


def test_edge_log_has_no_alert_after_the_suite(stack):
    bad = [line for line in stack.new_error_log_lines()
           if "[alert]" in line or "[crit]" in line or "[emerg]" in line]
    assert not bad, bad[:5]
