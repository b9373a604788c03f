"""Costly requests handled as another route (routes.*.escalate + extends):
their own rate and concurrency limits, so they cannot crowd out cheap ones.
Real edge, a held upstream; synchronized on observable state."""
import pytest

from limitlib import (Background, access_log, client, config,
                      start_edge)
from test_10_stack import assert_problem
from test_22_limits_conn import hold

LIMITS = {"rules": {"costly": {"rate": 0.001, "burst": 1, "key": ["ip"]}}}
CONCURRENCY = {"rules": {"costly_cap": {"key": [], "max": 1}}}
ROUTES = {
    "fibonacci": {"escalate": [
        {"arg": "count", "above": 100, "to": "fibonacci_costly"},
        {"path": "^/api/fibonacci/([0-9]+)$", "above": 1000,
         "to": "fibonacci_costly"},
    ]},
    "fibonacci_costly": {"extends": "fibonacci", "limits": ["costly"],
                         "concurrency": ["costly_cap"]},
}


@pytest.fixture
def edge(tmp_path, upstream):
    conf = config(limits=LIMITS, concurrency=CONCURRENCY, routes=ROUTES)
    e = start_edge(tmp_path, conf, upstream.port)
    yield e
    e.stop()


def test_costly_path_has_its_own_concurrency_cap(edge, upstream):
    bg = Background()
    hold(bg, edge, upstream, 1, path="/api/fibonacci/5000?hold=1",
         source="127.0.0.2")
    other = client("127.0.0.3")
    assert_problem(other.get(edge.url + "/api/fibonacci/6000"), 503)
    # Cheap requests on the same route are not held back.
    assert other.get(edge.url + "/api/fibonacci/999").status_code == 200
    assert other.get(edge.url + "/api/fibonacci?count=7").status_code == 200
    upstream.release()
    bg.join()
    assert bg.results == [200]


def test_costly_argument_has_its_own_rate_limit(edge):
    c = client("127.0.0.4")
    assert c.get(edge.url + "/api/fibonacci?count=101").status_code == 200
    r = c.get(edge.url + "/api/fibonacci?count=5000")
    assert_problem(r, 429)
    assert "Retry-After" in r.headers
    for _ in range(5):
        assert c.get(edge.url + "/api/fibonacci?count=100").status_code == 200


@pytest.mark.parametrize("path", ["/api/fibonacci/12ab", "/api/fibonacci/",
                                  "/api/fibonacci?count=5e9",
                                  "/api/fibonacci?count=-99999"])
def test_non_numbers_are_not_escalated(edge, path):
    c = client("127.0.0.5")
    rid = "esc-" + str(abs(hash(path)))
    c.get(edge.url + path, headers={"X-Request-ID": rid})
    assert access_log(edge, rid)["route"] == "fibonacci"


def test_escalated_route_is_logged(edge):
    c = client("127.0.0.6")
    c.get(edge.url + "/api/fibonacci/100000",
          headers={"X-Request-ID": "esc-logged"})
    assert access_log(edge, "esc-logged")["route"] == "fibonacci_costly"
