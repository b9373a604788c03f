"""When the limiter's store fails, each limit follows its fail_open setting,
and says so in the error log and the counters. The failure is real: the
edge runs with a tiny edge_limits dict (EDGE_LIMITS_DICT_SIZE) that the
test fills with live keys (limit state is never evicted to make room, so a
flood of new keys cannot reset anyone's bucket); then new keys get
"no memory"."""
import pytest

from limitlib import (Upstream, client, config, start_edge, wait_counter,
                      wait_metric)
from test_10_stack import assert_problem

FIB = "/api/fibonacci?count=1"
CHK = "/api/checkins/x"

LIMITS = {
    "rules": {
        # one key per tenant, long-lived (a slot lasts 1000 s)
        "open": {"rate": 0.001, "burst": 100, "key": ["header:X-Tenant"],
                 "fail_open": True},
        "closed": {"rate": 0.001, "burst": 100, "key": ["header:X-Tenant"],
                   "fail_open": False},
    },
}
CONCURRENCY = {"rules": {"core": {"key": ["header:X-Tenant"], "max": 5,
                                  "fail_open": False}}}


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    up = Upstream().start()
    conf = config(limits=LIMITS, concurrency=CONCURRENCY, routes={
        "fibonacci": {"limits": ["open"]},
        "checkins": {"limits": ["closed"]},
        "health": {"concurrency": ["core"]},
    })
    e = start_edge(tmp_path_factory.mktemp("edge"), conf, up.port,
                   env={"EDGE_LIMITS_DICT_SIZE": "12k",
                        "EDGE_CONN_DICT_SIZE": "12k"})
    yield e
    e.stop()
    up.stop()


FAILING_OPEN = "limit open: shared dict error: no memory; failing open"


def fill(edge, path, prefix):
    """New tenants until the dict refuses one (the request still passes:
    fail open, and says so in the error log at once); returns how many keys
    fitted."""
    s = client()
    for i in range(5000):
        r = s.get(edge.url + path, headers={"X-Tenant": f"{prefix}{i}"})
        assert r.status_code == 200, r.text
        if FAILING_OPEN in edge.error_log.read_text():
            return i
    raise AssertionError("the dict never filled up")


def test_fail_open_admits_and_logs(edge):
    fitted = fill(edge, FIB, "t")
    assert fitted > 10
    s = client()
    # new keys keep failing: admitted, counted, logged
    for i in range(3):
        r = s.get(edge.url + FIB, headers={"X-Tenant": f"new{i}"})
        assert r.status_code == 200
    wait_metric(edge, 'edge_limit_store_errors_total{limit="open",'
                      'mode="open"}', 4)
    wait_counter(edge, "open", "error", 4, at_least=True)
    # known keys are still limited normally
    r = s.get(edge.url + FIB, headers={"X-Tenant": "t0"})
    assert r.status_code == 200 and r.headers["RateLimit"].startswith(
        '"open";r=98;')


def test_fail_closed_refuses_with_503(edge):
    s = client()
    if FAILING_OPEN not in edge.error_log.read_text():
        fill(edge, FIB, "u")
    r = s.get(edge.url + CHK, headers={"X-Tenant": "brand-new"})
    body = assert_problem(r, 503)
    assert body["type"] == "urn:edge:problem:over-capacity"
    assert r.headers["Retry-After"] == "1"
    wait_metric(edge, 'edge_limit_store_errors_total{limit="closed",'
                      'mode="closed"}', 1)
    assert "limit closed: shared dict error: no memory; failing closed" \
        in edge.error_log.read_text()


def test_concurrency_fail_closed(edge):
    s = client()
    for i in range(5000):
        r = s.get(edge.url + "/health", headers={"X-Tenant": f"c{i}"})
        if r.status_code != 200:
            break
    # counters that fall to 0 stay (idle TTL), so the tiny edge_conn dict
    # fills up too; then a new key is refused, closed
    assert_problem(r, 503)
    wait_counter(edge, "core", "error", 1, kind="concurrency", at_least=True)
    assert i > 10
