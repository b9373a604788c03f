"""Circus supervision of the real stack: respawn, scaling, graceful reload,
clean shutdown, the pipeline switch, upstream failures."""
import json
import os
import signal
import socket
import threading
import time

import psutil
import pytest
import requests

from edgekit.stack import Edge, Stack, free_port, wait_until
from test_10_stack import assert_problem


@pytest.fixture(scope="module")
def sup(tmp_path_factory):
    s = Stack(tmp_path_factory.mktemp("sup"), workers=2).start()
    yield s
    assert not s.stop()


class Hammer:
    """Sends GETs from a thread until stopped; counts the outcomes. A GET on
    a kept-alive connection that nginx closed as its request arrived (an
    old worker retiring after a reload closes its idle connections; the
    kernel resets it when the GET's bytes arrive after the close) is sent
    again once on a new connection, as RFC 9112 9.3.1 allows; those are
    counted in `retried`."""

    def __init__(self, url, max_seconds=60):
        self.url = url
        self.max_seconds = max_seconds
        self.ok = 0
        self.retried = 0
        self.failures = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        deadline = time.monotonic() + self.max_seconds
        with requests.Session() as session:
            while not self._stop.is_set() and time.monotonic() < deadline:
                try:
                    try:
                        r = session.get(self.url, timeout=10)
                    except requests.ConnectionError as exc:
                        # closed cleanly ("without response") or, when the
                        # request's bytes reached the closed socket first,
                        # reset: either way no answer came on a reused
                        # connection
                        if not ("without response" in repr(exc)
                                or "Connection reset by peer" in repr(exc)):
                            raise
                        self.retried += 1
                        r = session.get(self.url, timeout=10)
                    if r.status_code == 200:
                        self.ok += 1
                    else:
                        self.failures.append(r.status_code)
                except requests.RequestException as exc:
                    self.failures.append(repr(exc))

    def __enter__(self):
        self._thread.start()
        wait_until(lambda: self.ok > 0, 10, what="first answer")
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=20)


def fib_url(stack):
    return stack.url + "/api/fibonacci?count=50"


def test_sigkilled_worker_is_respawned_while_edge_answers(sup):
    before = sup.pids("compute")
    assert len(before) == 2
    with Hammer(fib_url(sup)) as hammer:
        os.kill(before[0], signal.SIGKILL)
        after = wait_until(
            lambda: (p := sup.pids("compute")) and len(p) == 2
            and before[0] not in p and p,
            10, what="respawn")
        served = hammer.ok
        wait_until(lambda: hammer.ok > served + 20, 10, what="more answers")
    assert set(after) != set(before)
    assert hammer.failures == []


def test_incr_and_decr_scale_the_workers(sup):
    sup.circusctl("incr", "compute")
    wait_until(lambda: len(sup.pids("compute")) == 3, 10, what="incr")
    sup.circusctl("decr", "compute")
    wait_until(lambda: len(sup.pids("compute")) == 2, 20, what="decr")
    assert requests.get(fib_url(sup)).status_code == 200


def test_reload_replaces_workers_without_failed_requests(sup):
    before = set(sup.pids("compute"))
    with Hammer(fib_url(sup)) as hammer:
        sup.circusctl("reload", "compute", timeout=60)
        wait_until(lambda: (p := set(sup.pids("compute")))
                   and not p & before and len(p) == 2, 30, what="reload")
        served = hammer.ok
        wait_until(lambda: hammer.ok > served + 20, 10, what="more answers")
    assert hammer.failures == []


def test_edge_reload_with_hup_keeps_answering(sup):
    with Hammer(sup.url + "/health") as hammer:
        sup.circusctl("signal", "edge", "hup")
        served = hammer.ok
        wait_until(lambda: hammer.ok > served + 50, 10, what="answers")
    assert hammer.failures == []
    assert hammer.retried <= 2


def test_clean_shutdown_leaves_no_process(tmp_path):
    s = Stack(tmp_path, workers=1, edge_workers=1).start()
    procs = s.descendants()
    names = {p.name() for p in procs}
    assert "nginx" in names and any("gunicorn" in " ".join(p.cmdline())
                                    for p in procs)
    assert s.stop() == []
    assert not [p for p in procs if p.is_running()
                and p.status() != psutil.STATUS_ZOMBIE]
    for port in (s.edge_port, s.compute_port, s.checkins_port):
        with socket.socket() as sock:
            assert sock.connect_ex(("127.0.0.1", port)) != 0


def test_pipeline_off_switch(tmp_path):
    s = Stack(tmp_path, pipeline="off", workers=1, edge_workers=1).start()
    try:
        generated = (tmp_path / "edge" / "conf" / "generated"
                     / "pipeline.conf").read_text()
        assert "access_by_lua" not in generated
        assert requests.get(fib_url(s)).status_code == 200
        # Without the pipeline the method check is the service's own.
        assert_problem(requests.delete(s.url + "/api/fibonacci/3"), 405)
        assert_problem(requests.get(s.url + "/nope"), 404)
    finally:
        assert not s.stop()


def test_pipeline_empty_switch_logs_the_plain_line(tmp_path):
    """EDGE_PIPELINE=empty (the benches' floor): Lua phases that run
    nothing; the access log falls back to nginx's own JSON line (the Lua
    line's flag is unset) and nginx's errors keep the envelope."""
    edge = Edge(tmp_path, compute_port=free_port(), pipeline="empty")
    edge.start()
    try:
        generated = (tmp_path / "edge" / "conf" / "generated"
                     / "pipeline.conf").read_text()
        assert "access_by_lua_block { }" in generated
        r = requests.get(edge.url + "/api/fibonacci?count=3",
                         headers={"X-Request-ID": "empty-1"})
        assert_problem(r, 502)
    finally:
        edge.stop()
    lines = [json.loads(line)
             for line in edge.access_log.read_text().splitlines()]
    mine = [e for e in lines if e["request_id"] == "empty-1"]
    assert len(mine) == 1, lines
    assert mine[0]["route"] == "fibonacci" and mine[0]["status"] == 502
    assert "edge" not in mine[0]


def test_upstream_down_is_502_and_slow_is_504(tmp_path):
    """The edge alone: one service port refuses, the other accepts
    connections but never answers."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    edge = Edge(tmp_path, compute_port=free_port(),
                checkins_port=silent.getsockname()[1],
                env={"EDGE_UPSTREAM_TIMEOUT": "1"})
    try:
        with edge:
            assert_problem(requests.get(edge.url + "/api/fibonacci/5"), 502)
            assert_problem(requests.get(edge.url + "/api/checkins/bob",
                                        timeout=10), 504)
    finally:
        silent.close()
