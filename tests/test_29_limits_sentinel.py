"""The Redis store behind Sentinel: one master, one replica, one sentinel,
all on loopback. The edge asks the sentinel for the master; when the
master is SIGKILLed, the sentinel promotes the replica and the limits
keep working on it (with the state replicated before the kill) within the
configured timeouts, without restarting nginx."""
import subprocess  # nosec B404 - redis-cli, fixed argv
import time
import uuid

import pytest

from edgekit.redis import Redis
from edgekit.stack import wait_until
from limitlib import Upstream, client, config, metrics, start_edge
from test_10_stack import assert_problem

FIB = "/api/fibonacci?count=1"
NAME = "edgestore"
RULES = {"shared": {"rate": 0.01, "burst": 100, "key": ["header:X-Client"],
                    "store": "redis", "on_store_error": "fail_closed"}}


def cli(port, *args):
    return subprocess.run(  # nosec B603 B607 - fixed argv, loopback
        ["redis-cli", "-p", str(port), *map(str, args)],
        capture_output=True, text=True, timeout=10).stdout


@pytest.fixture
def sentinel_setup(tmp_path):
    master = Redis(tmp_path / "m").start()
    replica = Redis(tmp_path / "r", replica_of=master.port).start()
    sentinel = Redis(tmp_path / "s", sentinel=(NAME, master.port)).start()
    up = Upstream().start()
    conf = config(limits={"rules": RULES},
                  routes={"fibonacci": {"limits": ["shared"]}})
    conf["store"] = {"redis": {
        "sentinels": [f"127.0.0.1:{sentinel.port}"], "master_name": NAME,
        "connect_timeout_ms": 300, "send_timeout_ms": 300,
        "read_timeout_ms": 600, "breaker_failures": 2,
        "breaker_open_ms": 300}}
    edge = start_edge(tmp_path / "edge", conf, up.port, workers=2)
    yield edge, master, replica, sentinel
    edge.stop()
    up.stop()
    for r in (sentinel, replica, master):
        r.stop()


def remaining(r):
    return int(r.headers["RateLimit"].split(";r=")[1].split(";")[0])


def test_limits_survive_a_sentinel_failover(sentinel_setup):
    edge, master, replica, sentinel = sentinel_setup
    wait_until(lambda: "master_link_status:up" in cli(
        replica.port, "INFO", "replication"), 20, what="the replica's sync")
    wait_until(lambda: str(replica.port) in cli(
        sentinel.port, "SENTINEL", "REPLICAS", NAME), 20,
        what="the sentinel to know the replica")
    who = {"X-Client": uuid.uuid4().hex}
    s = client()
    for i in range(5):
        r = s.get(edge.url + FIB, headers=who)
        assert r.status_code == 200 and remaining(r) == 99 - i
    # the writes reached the replica before the master dies
    assert cli(master.port, "WAIT", 1, 5000).strip() == "1"

    master.kill()
    killed = time.monotonic()
    statuses = []

    def served():
        r = s.get(edge.url + FIB, headers=who, timeout=10)
        statuses.append(r.status_code)
        if r.status_code == 503:
            assert_problem(r, 503)
            return False
        return r
    try:
        r = wait_until(served, 60, interval=0.2,
                       what="service after failover")
    except TimeoutError:
        # a starved Sentinel (a loaded machine) enters TILT mode and does
        # not fail over for 30 s: say so rather than blame the edge
        log = "".join(p.read_text() for p in sentinel.run_dir.glob("*.log"))
        raise AssertionError(
            f"no failover: statuses {statuses[-10:]}; sentinel "
            f"{'in TILT mode' if '+tilt' in log else 'log:'}\n"
            f"{log[-1500:]}") from None
    took = time.monotonic() - killed
    assert set(statuses) <= {200, 503}, statuses
    # the replica now answers as master, with the state it was sent
    assert "role:master" in cli(replica.port, "INFO", "replication")
    assert remaining(r) == 94, r.headers
    r = s.get(edge.url + FIB, headers=who)
    assert remaining(r) == 93
    print(f"failover: service back after {took:.1f} s, "
          f"{statuses.count(503)} refusals (fail_closed) meanwhile")
    m = metrics(edge)
    assert any(k.startswith("edge_store_errors_total") and v > 0
               for k, v in m.items())
