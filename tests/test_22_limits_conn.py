"""Concurrency limits through the real edge (2 nginx workers) in front of an
upstream that holds requests until the test releases them. Synchronization
is by wait_until on observable state (the upstream's count of active
requests, the edge's /metrics), never by sleeping."""
import os
import signal

import pytest
import requests

from limitlib import (Background, access_log, client, config, counter,
                      in_flight, start_edge, wait_counter, worker_pids)
from edgekit.stack import wait_until
from test_10_stack import assert_problem

HOLD = "/api/fibonacci?hold=1"
FAST = "/api/fibonacci?count=1"
CHK_HOLD = "/api/checkins/x?hold=1"

CONCURRENCY = {
    "rules": {
        "core": {"key": [], "max": 3, "retry_after": 7},
        "per_client": {"key": ["ip"], "max": 2},
        "waiting": {"key": [], "max": 1, "wait": 30},
        "queued": {"key": [], "max": 1, "wait": 30, "queue": 1},
        "short_wait": {"key": [], "max": 1, "wait": 0.2},
        "dry": {"key": [], "max": 1, "dry_run": True},
        "scaled": {"key": [], "max_per_upstream_worker": 1.5},
    },
}


@pytest.fixture
def make_edge(tmp_path_factory, upstream):
    started = []

    def make(routes, workers=2, env=None):
        conf = config(concurrency=CONCURRENCY, routes=routes)
        e = start_edge(tmp_path_factory.mktemp("edge"), conf, upstream.port,
                       workers=workers, env=env)
        started.append(e)
        return e
    yield make
    for e in started:
        e.stop()


def hold(bg, edge, upstream, n, path=HOLD, source="127.0.0.1"):
    """Start n held requests and wait until the upstream has them all."""
    target = upstream.active + n
    for _ in range(n):
        bg.get(edge.url + path, source=source)
    wait_until(lambda: upstream.active >= target, 10,
               what=f"{target} requests at the upstream")


def test_cap_holds_against_a_slow_upstream(make_edge, upstream):
    edge = make_edge({"fibonacci": {"concurrency": ["core"]}})
    bg = Background()
    hold(bg, edge, upstream, 3)
    # full: refused at once, with the envelope and Retry-After
    r = client().get(edge.url + FAST)
    body = assert_problem(r, 503)
    assert body["type"] == "urn:edge:problem:over-capacity"
    assert r.headers["Retry-After"] == "7"
    assert upstream.active == 3
    # capacity comes back as requests finish
    upstream.release(1)
    wait_until(lambda: upstream.active == 2, 10, what="one to finish")
    wait_until(lambda: sum(in_flight(edge, "core").values()) == 2, 10,
               what="the lease to be released")
    assert client().get(edge.url + FAST).status_code == 200
    upstream.release(2)
    bg.join()
    assert sorted(bg.results) == [200, 200, 200]
    wait_counter(edge, "core", "rejected", 1, kind="concurrency")
    wait_until(lambda: sum(in_flight(edge, "core").values()) == 0, 10,
               what="all leases released")


def test_per_client_cap_counts_each_client(make_edge, upstream):
    edge = make_edge({"fibonacci": {"concurrency": ["per_client"]}})
    bg = Background()
    hold(bg, edge, upstream, 2, source="127.0.0.2")
    assert client("127.0.0.2").get(edge.url + FAST).status_code == 503
    # another client is not affected
    hold(bg, edge, upstream, 2, source="127.0.0.3")
    assert client("127.0.0.3").get(edge.url + FAST).status_code == 503
    assert client("127.0.0.4").get(edge.url + FAST).status_code == 200
    upstream.release(4)
    bg.join()
    assert bg.results == [200] * 4


def test_bounded_wait_gets_the_freed_slot(make_edge, upstream):
    edge = make_edge({"fibonacci": {"concurrency": ["waiting"]}})
    bg = Background()
    hold(bg, edge, upstream, 1)
    waiter = Background()
    waiter.get(edge.url + FAST)   # over the cap: waits for a slot
    wait_counter(edge, "waiting", "waited", 1, kind="concurrency")
    assert waiter.results == []
    upstream.release(1)
    waiter.join()
    bg.join()
    assert waiter.results == [200] and bg.results == [200]


def test_waiting_room_is_bounded(make_edge, upstream):
    # one nginx worker, a cap of 1 and room for 1 waiting (queue 1 x the
    # cap): the next one is refused at once, not after its 30 s wait
    edge = make_edge({"fibonacci": {"concurrency": ["queued"]}}, workers=1)
    bg = Background()
    hold(bg, edge, upstream, 1)
    waiter = Background()
    waiter.get(edge.url + FAST)
    wait_counter(edge, "queued", "waited", 1, kind="concurrency")
    r = client().get(edge.url + FAST, timeout=10)
    assert_problem(r, 503)
    wait_counter(edge, "queued", "rejected", 1, kind="concurrency")
    assert counter(edge, "queued", "waited", kind="concurrency") == 1
    assert waiter.results == []
    upstream.release(1)
    waiter.join()
    bg.join()
    assert waiter.results == [200] and bg.results == [200]


def test_bounded_wait_ends_in_503(make_edge, upstream):
    edge = make_edge({"fibonacci": {"concurrency": ["short_wait"]}})
    bg = Background()
    hold(bg, edge, upstream, 1)
    r = client().get(edge.url + FAST, headers={"X-Request-ID": "waited-1"})
    assert_problem(r, 503)
    assert r.headers["Retry-After"] == "1"
    assert access_log(edge, "waited-1")["edge"]["limits"] == [
        {"limit": "short_wait", "kind": "concurrency", "key": "global",
         "outcome": "rejected", "remaining": 0}]
    upstream.release(1)
    bg.join()


def test_lease_released_when_upstream_fails(make_edge, upstream):
    """An upstream failure ends in nginx's error_page (an internal
    redirect, which drops ngx.ctx): the lease must still be released."""
    edge = make_edge({"fibonacci": {"concurrency": ["short_wait"]}})
    for i in range(3):
        r = client().get(edge.url + "/api/fibonacci?drop=1",
                         headers={"X-Request-ID": f"drop-{i}"})
        assert_problem(r, 502)
    entry = access_log(edge, "drop-2")
    assert entry["status"] == 502 and entry["route"] == "fibonacci"
    assert entry["edge"]["limits"][0]["outcome"] == "allowed"
    assert client().get(edge.url + FAST).status_code == 200
    assert sum(in_flight(edge, "short_wait").values()) == 0


def test_dry_run_never_refuses_but_counts(make_edge, upstream):
    edge = make_edge({"fibonacci": {"concurrency": ["dry"]}})
    bg = Background()
    hold(bg, edge, upstream, 3)
    assert client().get(edge.url + FAST).status_code == 200
    assert sum(in_flight(edge, "dry").values()) == 3
    wait_counter(edge, "dry", "dry_run", 1, kind="concurrency",
                 at_least=True)
    upstream.release(3)
    bg.join()
    assert bg.results == [200] * 3


def test_cap_sized_from_upstream_workers(make_edge, upstream):
    """max_per_upstream_worker 1.5 with WORKERS=3: ceil(4.5) = 5."""
    edge = make_edge({"fibonacci": {"concurrency": ["scaled"]}},
                     env={"WORKERS": "3"})
    bg = Background()
    hold(bg, edge, upstream, 5)
    assert client().get(edge.url + FAST).status_code == 503
    upstream.release(5)
    bg.join()
    assert bg.results == [200] * 5


def test_killed_worker_does_not_leak_capacity(make_edge, upstream):
    """SIGKILL a worker holding leases: its respawn (same worker id) reaps
    them, and exactly the capacity it held comes back."""
    edge = make_edge({"fibonacci": {"concurrency": ["core"]}})
    bg = Background()
    hold(bg, edge, upstream, 3)
    flights = wait_until(
        lambda: (lambda f: f if sum(f.values()) == 3 else None)(
            in_flight(edge, "core")), 10, what="3 leases in /metrics")
    victim = max(flights, key=flights.get)   # the worker holding the most
    held_by_victim = flights[victim]
    pid = worker_pids(edge)[victim]
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: worker_pids(edge).get(victim, pid) != pid, 10,
               what="the worker to be respawned")
    wait_until(lambda: in_flight(edge, "core").get(victim, 0) == 0, 10,
               what="the dead worker's leases to be reaped")
    # the survivors' leases are untouched; the dead one's are free again
    assert sum(in_flight(edge, "core").values()) == 3 - held_by_victim
    bg2 = Background()
    hold(bg2, edge, upstream, held_by_victim)
    assert sum(in_flight(edge, "core").values()) == 3
    assert client().get(edge.url + FAST).status_code == 503
    upstream.release(upstream.active)
    bg.join()
    bg2.join()
    killed = [r for r in bg.results if r != 200]
    assert len(killed) == held_by_victim   # those connections died with it
    assert "reaped" in edge.error_log.read_text()


def test_reload_keeps_the_draining_workers_leases(make_edge, upstream):
    """A reload (HUP) starts new workers with the same worker ids while the
    old ones drain their requests: the new ones must not reap the leases of
    a worker that is still alive, so the cap keeps counting the old
    requests, and their leases are released when those requests end (no
    capacity lost or gained across the reload)."""
    edge = make_edge({"fibonacci": {"concurrency": ["core"]}})
    bg = Background()
    hold(bg, edge, upstream, 3)
    old = set(worker_pids(edge).values())
    os.kill(edge.proc.pid, signal.SIGHUP)
    wait_until(lambda: len(old & set(worker_pids(edge).values())) == 0, 10,
               what="new workers after the reload")
    # the old workers still hold 3 requests: the cap is full
    assert sum(in_flight(edge, "core").values()) == 3
    r = client().get(edge.url + FAST)
    assert_problem(r, 503)
    upstream.release(3)
    bg.join()
    assert bg.results == [200] * 3
    wait_until(lambda: sum(in_flight(edge, "core").values()) == 0, 10,
               what="the drained requests' leases to be released")
    bg2 = Background()
    hold(bg2, edge, upstream, 3)
    assert client().get(edge.url + FAST).status_code == 503
    upstream.release(3)
    bg2.join()
    assert bg2.results == [200] * 3
    assert "reaped" not in edge.error_log.read_text()


def test_status_server_is_loopback_only(make_edge):
    edge = make_edge({"fibonacci": {"concurrency": ["core"]}})
    conf_dir = edge.run_dir / "edge" / "conf" / "generated"
    listen = (conf_dir / "status_listen.conf").read_text()
    assert f"listen 127.0.0.1:{edge.status_port};" in listen
    r = requests.get(f"http://127.0.0.1:{edge.status_port}/metrics")
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/plain; version=0.0.4")
    assert "# TYPE edge_limit_decisions_total counter" in r.text
    assert 'edge_concurrency_max{limit="core"} 3' in r.text
    # not on the public port
    assert requests.get(edge.url + "/metrics").status_code == 404
