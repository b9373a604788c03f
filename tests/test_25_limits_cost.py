"""Cost budgets (limits.rules with algorithm "cost") through the real edge
(2 nginx workers) in front of a stand-in service of known latency: the log
phase charges each request's upstream time (or the service's own
Server-Timing figure), the access phase refuses a client whose debt exceeds
its burst. Budgets refill slowly (0.01 upstream s per s) so that refill
during a test moves a figure by at most a few milliseconds, and the tests
bound that drift with the time they measured."""
import threading
import time

import pytest

from limitlib import access_log, client, config, start_edge
from edgekit.stack import wait_until
from test_10_stack import assert_problem
from timedupstream import TimedUpstream

RATE = 0.01          # upstream seconds per second
BURST = 0.5          # upstream seconds
LIMITS = {
    "rules": {
        "cost": {"algorithm": "cost", "rate": RATE, "burst": BURST,
                 "key": ["ip"]},
        "few": {"rate": 0.001, "burst": 2, "key": ["ip"]},
    },
}
URL = "/api/fibonacci"


@pytest.fixture(scope="module")
def upstream():
    u = TimedUpstream().start()
    yield u
    u.stop()


@pytest.fixture(scope="module")
def edge(tmp_path_factory, upstream):
    conf = config(limits=LIMITS, routes={
        "fibonacci": {"limits": ["cost"]},
        # the gcra rule alone on one route, with the cost rule on another:
        # shows what a refusal by one rule leaves of the other
        "checkins": {"limits": ["few", "cost"]},
        "health": {"limits": ["few"]},
    })
    e = start_edge(tmp_path_factory.mktemp("edge"), conf, upstream.port)
    yield e
    e.stop()


def remaining(resp, name="cost"):
    """The r= of `name` in the RateLimit header (milliseconds for cost)."""
    for item in resp.headers["RateLimit"].split(","):
        item = item.strip()
        if item.startswith(f'"{name}";'):
            return int(item.split("r=")[1].split(";")[0])
    raise AssertionError(f"no {name} in {resp.headers['RateLimit']}")


def test_service_figure_is_charged_exactly(edge, upstream):
    c = client("127.0.0.2")
    t0 = time.monotonic()
    r = c.get(edge.url + URL + "?timing=300", timeout=10)
    assert r.status_code == 200
    # an idle client has its whole burst
    assert remaining(r) == BURST * 1000
    assert r.headers["RateLimit-Policy"] == '"cost";q=500;w=50'
    # the service's timing is for the edge, not for the client
    assert "Server-Timing" not in r.headers
    entry = access_log(edge, r.headers["X-Request-ID"])
    assert entry["edge"]["cost_ms"] == 300
    r = c.get(edge.url + URL + "?timing=0.5", timeout=10)
    elapsed = time.monotonic() - t0
    # owed: 300 ms, less the refill since (RATE s per s = 10 ms per s)
    left = remaining(r)
    assert 200 <= left <= 200 + RATE * 1000 * elapsed + 1
    assert access_log(edge, r.headers["X-Request-ID"])["edge"]["cost_ms"] \
        == 0.5


def test_measured_time_is_charged_without_a_figure(edge, upstream):
    c = client("127.0.0.3")
    t0 = time.monotonic()
    r = c.get(edge.url + URL + "?ms=120", timeout=10)
    assert r.status_code == 200
    entry = access_log(edge, r.headers["X-Request-ID"])
    # the charge is nginx's measure of the upstream time
    assert entry["edge"]["cost_ms"] == float(entry["upstream_time"]) * 1000
    assert entry["edge"]["cost_ms"] >= 120
    r = c.get(edge.url + URL, timeout=10)
    elapsed = time.monotonic() - t0
    charged = entry["edge"]["cost_ms"]
    assert 500 - charged <= remaining(r) \
        <= 500 - charged + RATE * 1000 * elapsed + 1


def test_over_budget_client_is_refused_until_it_paid(edge, upstream):
    c = client("127.0.0.4")
    t0 = time.monotonic()
    # one request may overdraw: admitted on a clean slate, charged 700 ms
    assert c.get(edge.url + URL + "?timing=700", timeout=10).status_code \
        == 200
    seen = upstream.seen
    r = c.get(edge.url + URL + "?timing=1", timeout=10)
    elapsed = time.monotonic() - t0
    body = assert_problem(r, 429)
    assert body["type"] == "urn:edge:problem:rate-limited"
    assert "cost" in body["detail"]
    assert upstream.seen == seen, "a refused request reached the service"
    # debt 0.7 s against a burst of 0.5 s: paid down to the burst after
    # (0.7 - 0.5) / RATE = 20 s
    retry = int(r.headers["Retry-After"])
    assert 20 - elapsed - 1 <= retry <= 20
    assert r.headers["RateLimit-Policy"] == '"cost";q=500;w=50'
    assert r.headers["RateLimit"] == f'"cost";r=0;t={retry}'
    # another client is not affected
    assert client("127.0.0.5").get(edge.url + URL,
                                   timeout=10).status_code == 200


def test_refusal_by_the_cost_rule_takes_nothing_from_the_others(edge):
    c = client("127.0.0.6")
    # checkins: "few" (2 requests, no refill) then "cost"
    r = c.get(edge.url + "/api/checkins/x?timing=900", timeout=10)
    assert r.status_code == 200
    assert remaining(r, "few") == 1
    r = c.get(edge.url + "/api/checkins/x", timeout=10)
    assert_problem(r, 429)
    assert "cost" in r.json()["detail"]
    # the refused request gave back its unit of "few": one is still there
    r = c.get(edge.url + "/health", timeout=10)
    assert r.status_code == 200
    assert remaining(r, "few") == 0


def test_refused_requests_cost_nothing(edge, upstream):
    c = client("127.0.0.7")
    assert c.get(edge.url + URL + "?timing=600", timeout=10).status_code \
        == 200
    first = int(c.get(edge.url + URL, timeout=10).headers["Retry-After"])
    for _ in range(5):
        r = c.get(edge.url + URL + "?timing=600", timeout=10)
        assert r.status_code == 429
    # still the first debt: the refusals added nothing
    assert int(r.headers["Retry-After"]) <= first


def test_requests_in_flight_reserve_the_last_cost(edge, upstream):
    """Admission reserves what the client's previous request cost, so a
    burst of requests cannot all spend the same clean slate; the log phase
    settles the difference."""
    c = client("127.0.0.8")
    first = c.get(edge.url + URL + "?timing=300", timeout=10)
    assert first.status_code == 200
    # the charge is settled in the log phase, which may run after the
    # client has its answer: wait for its access log line
    access_log(edge, first.headers["X-Request-ID"])
    # owes 300 ms of 500: a second one is admitted and reserves 300 more
    results = []
    slow = threading.Thread(target=lambda: results.append(
        c.get(edge.url + URL + "?ms=1500&timing=1", timeout=10)))
    active = upstream.active
    slow.start()
    wait_until(lambda: upstream.active > active, 5, what="the slow one")
    # 300 owed + 300 reserved > 500: refused while it is in flight
    assert_problem(client("127.0.0.8").get(edge.url + URL, timeout=10), 429)
    slow.join(10)
    assert results[0].status_code == 200
    # settled at 1 ms (in the log phase, just after the answer): 299 ms
    # given back, the client is admitted again
    r = wait_until(lambda: (lambda r: r.status_code == 200 and r)(
        client("127.0.0.8").get(edge.url + URL + "?timing=1", timeout=10)),
        5, what="the reservation settled")
    assert remaining(r) >= 500 - 300 - 1 - 1


def test_a_costly_shape_is_known_before_it_runs(edge, upstream):
    """Requests alike in shape (digits counted, not read) share an
    estimate whoever sends them: a new client's first request of a shape
    known to be costly reserves that cost at once."""
    shape = "/api/fibonacci/{}?ms=1000&timing={}"
    assert client("127.0.0.9").get(edge.url + shape.format(5, 800),
                                   timeout=10).status_code == 200
    newcomer = client("127.0.0.10")
    results = []
    t = threading.Thread(target=lambda: results.append(newcomer.get(
        edge.url + shape.format(6, 100), timeout=10)))
    active = upstream.active
    t.start()
    wait_until(lambda: upstream.active > active, 5, what="its first one")
    # it owes nothing yet, but 800 ms are reserved (> the 500 ms burst)
    assert_problem(client("127.0.0.10").get(edge.url + URL, timeout=10),
                   429)
    t.join(10)
    assert results[0].status_code == 200
    # settled at its real cost (100 ms) in the log phase, which runs just
    # after the answer: admitted again
    wait_until(lambda: client("127.0.0.10").get(
        edge.url + URL, timeout=10).status_code == 200, 5,
        what="the reservation settled")
