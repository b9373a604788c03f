"""When the shared store fails, each redis rule follows its policy
(on_store_error): fail_open admits, fail_closed answers the 503 envelope
with Retry-After, local decides on the edge's own dict with the limit
divided by store.edges. Redis is SIGKILLed in the middle of a flood and
restarted on the same port: no answer is a 5xx other than fail_closed's
503, the circuit breaker opens (later requests do not wait for Redis) and
closes again, and normal service returns without restarting nginx.

Real processes: redis-server on a free loopback port, one nginx edge with
2 workers, the stand-in upstream."""
import socket
import threading
import time
import uuid

import pytest

from edgekit.redis import Redis
from edgekit.stack import wait_until
from limitlib import Background, Upstream, client, config, metrics, start_edge
from test_10_stack import assert_problem

OPEN = "/api/fibonacci?count=1"
CLOSED = "/api/checkins/x"
LOCAL = "/health"
OPEN_MS = 1000

RULES = {
    "open": {"rate": 0.01, "burst": 1000, "key": ["header:X-Client"],
             "store": "redis", "on_store_error": "fail_open"},
    "closed": {"rate": 0.01, "burst": 1000, "key": ["header:X-Client"],
               "store": "redis", "on_store_error": "fail_closed"},
    "shared": {"rate": 0.01, "burst": 10, "key": ["header:X-Client"],
               "store": "redis", "on_store_error": "local"},
}
EDGES = 2


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    redis = Redis(tmp_path_factory.mktemp("redis")).start()
    up = Upstream().start()
    conf = config(limits={"rules": RULES}, routes={
        "fibonacci": {"limits": ["open"]},
        "checkins": {"limits": ["closed"]},
        "health": {"limits": ["shared"]},
    })
    conf["store"] = {"edges": EDGES, "redis": {
        "port": redis.port, "connect_timeout_ms": 300,
        "send_timeout_ms": 300, "read_timeout_ms": 600,
        "breaker_failures": 3, "breaker_open_ms": OPEN_MS}}
    try:
        edge = start_edge(tmp_path_factory.mktemp("edge"), conf, up.port,
                          workers=2)
    except Exception:
        up.stop()
        redis.stop()
        raise
    yield edge, redis
    edge.stop()
    up.stop()
    redis.stop()


def m(edge, name):
    out = 0
    for key, value in metrics(edge).items():
        if key.startswith(name):
            out += value
    return out


def circuit_open(edge):
    return m(edge, "edge_store_circuit_open{") >= 1


def who():
    return {"X-Client": uuid.uuid4().hex}


def test_redis_killed_mid_flood_then_restarted(setup):
    edge, redis = setup
    edge_pid = edge.proc.pid
    client_of = {path: who() for path in (OPEN, CLOSED, LOCAL)}
    # Redis up: every rule is decided there
    for path, h in client_of.items():
        r = client().get(edge.url + path, headers=h)
        assert r.status_code == 200, (path, r.text)
        assert ";r=" in r.headers["RateLimit"]
    assert redis.cmd("DBSIZE").strip() == ":3"

    seen = {OPEN: {}, CLOSED: {}}
    bad = []
    stop = threading.Event()

    def run(path):
        s = client()
        while not stop.is_set():
            r = s.get(edge.url + path, headers=client_of[path], timeout=10)
            st = r.status_code
            seen[path][st] = seen[path].get(st, 0) + 1
            if st >= 500 and not (path == CLOSED and st == 503):
                bad.append((path, st, r.text[:200]))
            if st == 503:
                body = assert_problem(r, 503)
                assert body["type"] == "urn:edge:problem:over-capacity"
                assert r.headers["Retry-After"] == "1"
    threads = [threading.Thread(target=run, args=(p,))
               for p in (OPEN, CLOSED) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        wait_until(lambda: sum(seen[CLOSED].values()) > 10, 20,
                   what="the flood to start")
        redis.kill()
        killed = time.monotonic()
        wait_until(lambda: circuit_open(edge), 10, what="the circuit to open")
        opened = time.monotonic() - killed
        # fail_closed answers 503 now; fail_open admits
        n503 = seen[CLOSED].get(503, 0)
        wait_until(lambda: seen[CLOSED].get(503, 0) > n503 + 5, 10,
                   what="fail_closed's 503s")
        n200 = seen[OPEN].get(200, 0)
        wait_until(lambda: seen[OPEN].get(200, 0) > n200 + 5, 10,
                   what="fail_open to admit")

        # local: the rule's burst divided by the edges, on this edge's dict
        h = who()
        got = [client().get(edge.url + LOCAL, headers=h).status_code
               for _ in range(RULES["shared"]["burst"])]
        assert got.count(200) == RULES["shared"]["burst"] // EDGES, got
        assert set(got) == {200, 429}, got

        # while open, requests are answered without asking Redis: no
        # connect timeout added (the skipped counter says so)
        wait_until(lambda: m(edge, "edge_store_skipped_total") > 0, 5,
                   what="calls skipped by the open circuit")
        assert opened < 10

        redis.restart()
        # recovery without restarting nginx: the circuit closes after its
        # open time, the first probe succeeds, fail_closed admits again
        wait_until(lambda: not circuit_open(edge), 10,
                   what="the circuit to close")
        wait_until(lambda: client().get(edge.url + CLOSED,
                                        headers=who()).status_code == 200,
                   10, what="fail_closed to admit again")
        n = seen[CLOSED].get(200, 0)
        wait_until(lambda: seen[CLOSED].get(200, 0) > n + 5, 10,
                   what="the flood to be admitted again")
    finally:
        stop.set()
        for t in threads:
            t.join(15)
    assert not bad, bad[:5]
    assert seen[OPEN].get(503, 0) == 0, seen
    # back on Redis (a fresh one: its state went with the kill)
    h = who()
    for left in (999, 998):
        r = client().get(edge.url + OPEN, headers=h)
        assert r.status_code == 200 and r.headers["RateLimit"].startswith(
            f'"open";r={left};'), r.headers
    assert edge.proc.pid == edge_pid and edge.proc.poll() is None
    assert m(edge, "edge_store_circuit_opens_total") >= 1
    assert m(edge, 'edge_store_errors_total{') >= 3
    assert m(edge, 'edge_limit_store_errors_total{limit="closed",'
                   'mode="closed"}') > 0
    assert m(edge, 'edge_limit_store_errors_total{limit="open",'
                   'mode="open"}') > 0
    assert m(edge, 'edge_limit_store_errors_total{limit="shared",'
                   'mode="local"}') > 0
    assert m(edge, "edge_store_latency_seconds_count") > 0
    log = edge.error_log.read_text()
    assert "circuit open for 1000 ms" in log
    assert "circuit closed, Redis answers again" in log
    assert "failing closed (503)" in log and "failing open" in log
    assert "deciding locally" in log
    for line in log.splitlines():
        if "[error]" in line or "[alert]" in line or "[crit]" in line:
            # nginx's own line for a cosocket whose peer vanished (the
            # killed Redis reset a pooled connection), never an upstream's
            reset = ("recv() failed (104: Connection reset by peer)" in line
                     and "upstream:" not in line)
            assert ("edge: store redis" in line or "redis error" in line
                    or reset), line


def test_a_slow_redis_times_out_into_the_policy(setup):
    """A Redis that stops answering (DEBUG SLEEP) costs a request at most
    the configured timeouts, then the policy applies."""
    edge, redis = setup
    wait_until(lambda: not circuit_open(edge), 10, what="a closed circuit")
    assert client().get(edge.url + CLOSED, headers=who()).status_code == 200
    sleeper = socket.create_connection(("127.0.0.1", redis.port))
    sleeper.sendall(b"DEBUG SLEEP 3\r\n")
    wait_until(lambda: not redis.ping(), 5, what="Redis to sleep")
    t0 = time.monotonic()
    r = client().get(edge.url + CLOSED, headers=who())
    took = time.monotonic() - t0
    assert_problem(r, 503)
    # read timeout 600 ms (+ scheduling slack on a loaded machine)
    assert took < 2.5, took
    r = client().get(edge.url + OPEN, headers=who())
    assert r.status_code == 200
    sleeper.close()
    wait_until(lambda: client().get(edge.url + CLOSED,
                                    headers=who()).status_code == 200,
               15, what="service to return after the sleep")


def test_a_cost_charge_while_redis_is_down_follows_the_policy(tmp_path):
    """A cost rule (policy local) whose charge cannot reach Redis (killed
    while the request ran) charges the edge's own dict, where its local
    fallback (burst / store.edges) then refuses the client; an admitted
    request is charged once, wherever."""
    from timedupstream import TimedUpstream
    rate, burst = 0.01, 0.5
    rules = {"rcost": {"algorithm": "cost", "rate": rate, "burst": burst,
                       "key": ["ip"], "store": "redis",
                       "on_store_error": "local"}}
    redis = Redis(tmp_path / "redis").start()
    up = TimedUpstream().start()
    conf = config(limits={"rules": rules},
                  routes={"fibonacci": {"limits": ["rcost"]}})
    conf["store"] = {"edges": EDGES, "redis": {
        "port": redis.port, "read_timeout_ms": 2000,
        "breaker_open_ms": OPEN_MS}}
    edge = None
    try:
        edge = start_edge(tmp_path / "edge", conf, up.port)
        c = client("127.0.0.5")
        out = {}

        def slow():
            # 300 ms of upstream time (its Server-Timing), more than the
            # local fallback's burst (500 / EDGES ms)
            out["r"] = c.get(edge.url + "/api/fibonacci?ms=1500&timing=300",
                             timeout=10)
        t = threading.Thread(target=slow)
        t.start()
        wait_until(lambda: up.active == 1, 5, what="the request admitted")
        redis.kill()
        t.join(10)
        assert out["r"].status_code == 200
        # the charge's timer failed: the error is logged and counted
        wait_until(lambda: m(edge, 'edge_limit_store_errors_total{limit='
                             '"rcost",mode="local"}') >= 1, 5,
                   what="the lost charge to be counted")
        r = c.get(edge.url + "/api/fibonacci?timing=1", timeout=10)
        body = assert_problem(r, 429)
        assert "upstream time budget" in body["detail"]
        # another client owes nothing
        r = client("127.0.0.6").get(edge.url + "/api/fibonacci?timing=1",
                                    timeout=10)
        assert r.status_code == 200
    finally:
        if edge:
            edge.stop()
        up.stop()
        redis.stop()


def test_redis_leases_follow_their_policy_when_redis_is_down(tmp_path):
    """With Redis gone, each redis concurrency rule follows its policy at
    the concurrency stage: local holds a lease in the edge's dict against
    max / store.edges, fail_closed answers 503, fail_open admits; a slot
    given back locally is free again. Never a 500."""
    redis = Redis(tmp_path / "redis").start()
    up = Upstream().start()
    conc = {"rules": {
        "loc": {"key": [], "max": 2, "store": "redis",
                "on_store_error": "local"},
        "closed": {"key": [], "max": 100, "store": "redis",
                   "on_store_error": "fail_closed"},
        "open": {"key": [], "max": 1, "store": "redis",
                 "on_store_error": "fail_open"}}}
    conf = config(concurrency=conc, routes={
        "fibonacci": {"concurrency": ["loc"]},
        "checkins": {"concurrency": ["closed"]},
        "health": {"concurrency": ["open"]}})
    conf["store"] = {"edges": EDGES, "redis": {
        "port": redis.port, "connect_timeout_ms": 300,
        "read_timeout_ms": 600, "breaker_open_ms": OPEN_MS}}
    edge = None
    try:
        edge = start_edge(tmp_path / "edge", conf, up.port, workers=2)
        assert client().get(edge.url + OPEN).status_code == 200
        redis.kill()
        bg = Background()
        bg.get(edge.url + "/api/fibonacci?hold=1")
        wait_until(lambda: up.active == 1, 10, what="the held request")
        # loc: max 2 / 2 edges = 1 slot here, taken
        assert_problem(client().get(edge.url + OPEN), 503)
        assert_problem(client().get(edge.url + CLOSED), 503)
        for _ in range(3):  # fail_open: admitted whatever its cap
            assert client().get(edge.url + LOCAL).status_code == 200
        up.release(1)
        bg.join()
        assert bg.results == [200]
        wait_until(lambda: client().get(edge.url + OPEN).status_code == 200,
                   5, what="the local slot to come back")
        # counted (metrics reach the shared dict within a second)
        wait_until(lambda: m(edge, 'edge_limit_store_errors_total{limit='
                             '"loc",mode="local"}') >= 1, 5,
                   what="the local fallback to be counted")
    finally:
        if edge:
            edge.stop()
        up.stop()
        redis.stop()


class Dribble:
    """A TCP relay in front of the real Redis that hands its replies on one
    byte at a time (TCP_NODELAY, a pause after each): the edge gets every
    reply in as many pieces as the network may ever cut it into."""

    def __init__(self, port):
        self.port = port
        self.srv = socket.create_server(("127.0.0.1", 0))
        self.listen_port = self.srv.getsockname()[1]
        self.pieces = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                down, _ = self.srv.accept()
            except OSError:
                return
            up = socket.create_connection(("127.0.0.1", self.port))
            down.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._pipe, args=(down, up, False),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(up, down, True),
                             daemon=True).start()

    def _pipe(self, src, dst, dribble):
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if not dribble:
                    dst.sendall(data)
                    continue
                for i in range(len(data)):
                    dst.sendall(data[i:i + 1])
                    self.pieces += 1
                    time.sleep(0.0005)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self):
        self.srv.close()


def test_a_reply_cut_into_pieces_is_read_whole(tmp_path):
    """The edge reads a reply as it arrives and parses it itself: a reply
    (the script's, and NOSCRIPT's error before it is loaded) cut into
    single bytes still decides exactly, with no store error."""
    redis = Redis(tmp_path / "redis").start()
    relay = Dribble(redis.port)
    up = Upstream().start()
    rules = {"three": {"rate": 0.01, "burst": 3, "key": ["header:X-Client"],
                       "store": "redis", "on_store_error": "fail_closed"},
             "slide": {"algorithm": "sliding_window", "limit": 100,
                       "window": 60, "key": ["header:X-Client"],
                       "store": "redis", "on_store_error": "fail_closed"}}
    conf = config(limits={"rules": rules},
                  routes={"fibonacci": {"limits": ["three", "slide"]}})
    conf["store"] = {"redis": {"port": relay.listen_port,
                               "read_timeout_ms": 5000}}
    edge = None
    try:
        edge = start_edge(tmp_path / "edge", conf, up.port, workers=1)
        who = {"X-Client": uuid.uuid4().hex}
        got = [client().get(edge.url + OPEN, headers=who)
               for _ in range(5)]
        assert [r.status_code for r in got] == [200, 200, 200, 429, 429], \
            [r.text for r in got]
        assert [r.headers["RateLimit"].split(";")[:2] for r in got[:3]] == \
            [['"three"', "r=2"], ['"three"', "r=1"], ['"three"', "r=0"]], \
            [r.headers for r in got]
        assert_problem(got[3], 429)
        assert relay.pieces > 100, relay.pieces
        assert m(edge, "edge_store_errors_total") == 0
        log = edge.error_log.read_text()
        assert "[error]" not in log, log[-2000:]
    finally:
        if edge:
            edge.stop()
        up.stop()
        relay.close()
        redis.stop()
