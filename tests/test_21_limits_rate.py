"""Rate limits and quotas through the real edge (nginx + Lua, 2 workers) in
front of a trivial upstream. Every threshold comes from the config the test
hands the edge; rates are tiny (one request per 1000 s) wherever a count
must not change while the test runs, so no assertion depends on timing."""
import concurrent.futures

import pytest

from limitlib import (Upstream, access_log, client, config, sha256,
                      start_edge, statuses, wait_counter)
from test_10_stack import assert_problem

SLOW = 0.001        # one request per 1000 s: nothing refills during a test
KEY_GOLD, KEY_FREE = "gold-key-6f1d2c", "free-key-9a8b7c"

LIMITS = {
    "rules": {
        "burst5": {"rate": SLOW, "burst": 5, "key": ["ip"]},
        "frac": {"rate": 0.25, "burst": 2, "key": ["ip"]},
        "by_route": {"rate": SLOW, "burst": 2, "key": ["route"]},
        "by_tenant": {"rate": SLOW, "burst": 2, "key": ["header:X-Tenant"]},
        "fixed": {"algorithm": "fixed_window", "limit": 3,
                  "window": 2678400, "key": ["ip"]},
        "sliding": {"algorithm": "sliding_window", "limit": 4,
                    "window": 2678400, "key": ["ip"]},
        "dry": {"rate": SLOW, "burst": 1, "key": ["ip"], "dry_run": True},
        "delayed": {"rate": 0.5, "burst": 2, "nodelay": False,
                    "key": ["ip"]},
        "anon_ip": {"rate": SLOW, "burst": 3, "key": ["ip"],
                    "applies_to": "anonymous"},
        "gold": {"rate": SLOW, "burst": 5, "key": ["consumer"]},
        "free": {"rate": SLOW, "burst": 2, "key": ["consumer"]},
    },
    "plans": {"gold": ["gold"], "free": ["free"]},
    "consumers": {
        "acme": {"key_sha256": sha256(KEY_GOLD), "plan": "gold"},
        "bob": {"key_sha256": sha256(KEY_FREE), "plan": "free"},
    },
    "trusted_proxies": ["127.0.0.1", "10.9.0.0/16"],
}

@pytest.fixture(scope="module")
def upstream():
    u = Upstream().start()
    yield u
    u.stop()


def edge_with(tmp_path_factory, upstream, routes, limits=LIMITS, **kw):
    conf = config(limits=limits, routes=routes)
    return start_edge(tmp_path_factory.mktemp("edge"), conf, upstream.port,
                      **kw)


@pytest.fixture
def make_edge(tmp_path_factory, upstream):
    started = []

    def make(routes, limits=LIMITS, **kw):
        e = edge_with(tmp_path_factory, upstream, routes, limits, **kw)
        started.append(e)
        return e
    yield make
    for e in started:
        e.stop()


FIB = "/api/fibonacci?count=3"
CHK = "/api/checkins/alice"


def test_burst_admits_exactly_burst(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["burst5"]}})
    got = statuses(client(), edge.url + FIB, 8)
    assert got == [200] * 5 + [429] * 3


def test_burst_is_exact_under_concurrency_across_workers(make_edge):
    """40 requests at once on many connections (both workers): exactly the
    burst passes, whatever the interleaving (one atomic step per
    decision)."""
    limits = {"rules": {"b": {"rate": SLOW, "burst": 17, "key": ["ip"]}}}
    edge = make_edge({"fibonacci": {"limits": ["b"]}}, limits=limits)
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        got = list(pool.map(lambda _: client().get(edge.url + FIB).status_code,
                            range(40)))
    assert got.count(200) == 17 and got.count(429) == 23


def test_fractional_rate_headers_and_envelope(make_edge):
    """rate 0.25/s, burst 2: two at once, then one every 4 s."""
    edge = make_edge({"checkins": {"limits": ["frac"]}})
    s = client()
    r1, r2, r3 = (s.get(edge.url + CHK) for _ in range(3))
    assert (r1.status_code, r2.status_code) == (200, 200)
    assert r1.headers["RateLimit-Policy"] == '"frac";q=2;w=8'
    assert r1.headers["RateLimit"] == '"frac";r=1;t=4'
    assert r2.headers["RateLimit"] == '"frac";r=0;t=8'
    body = assert_problem(r3, 429)
    assert body["type"] == "urn:edge:problem:rate-limited"
    assert body["title"] == "Too Many Requests"
    assert "frac" in body["detail"]
    assert r3.headers["Retry-After"] == "4"
    assert r3.headers["RateLimit-Policy"] == '"frac";q=2;w=8'
    assert r3.headers["RateLimit"] == '"frac";r=0;t=4'
    assert r3.headers["Cache-Control"] == "no-store"


def test_fractional_rate_below_one_second_interval(make_edge):
    """rate 2.5/s: the interval is 0.4 s, not rounded to whole ms or s."""
    limits = {"rules": {"f": {"rate": 2.5, "burst": 5, "key": ["ip"]}}}
    edge = make_edge({"fibonacci": {"limits": ["f"]}}, limits=limits)
    r = client().get(edge.url + FIB)
    assert r.headers["RateLimit-Policy"] == '"f";q=5;w=2'
    assert r.headers["RateLimit"] == '"f";r=4;t=1'  # 0.4 s, rounded up


def test_headers_can_be_switched_off(make_edge):
    limits = dict(LIMITS, headers=False)
    edge = make_edge({"checkins": {"limits": ["frac"]}}, limits=limits)
    s = client()
    got = [s.get(edge.url + CHK) for _ in range(3)]
    assert [r.status_code for r in got] == [200, 200, 429]
    for r in got:
        assert "RateLimit" not in r.headers
        assert "RateLimit-Policy" not in r.headers
    assert got[2].headers["Retry-After"] == "4"


def test_two_phase_refused_request_consumes_nothing(make_edge):
    """burst5 (per ip) and by_route (burst 2) on fibonacci; burst5 alone on
    checkins. The 3rd..6th fibonacci requests are refused by by_route: they
    must not consume burst5, which keeps 5 - 2 = 3 for checkins."""
    edge = make_edge({"fibonacci": {"limits": ["burst5", "by_route"]},
                      "checkins": {"limits": ["burst5"]}})
    s = client()
    assert statuses(s, edge.url + FIB, 6) == [200, 200] + [429] * 4
    assert statuses(s, edge.url + CHK, 5) == [200] * 3 + [429] * 2


def test_two_phase_order_does_not_matter(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["by_route", "burst5"]},
                      "checkins": {"limits": ["burst5"]}})
    s = client()
    assert statuses(s, edge.url + FIB, 4) == [200, 200, 429, 429]
    assert statuses(s, edge.url + CHK, 4) == [200, 200, 200, 429]


def test_distinct_clients_are_limited_separately(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["burst5"]}})
    a, b, c = client("127.0.0.2"), client("127.0.0.3"), client("127.0.0.4")
    assert statuses(a, edge.url + FIB, 6) == [200] * 5 + [429]
    assert statuses(b, edge.url + FIB, 6) == [200] * 5 + [429]
    assert statuses(a, edge.url + FIB, 1) == [429]
    assert statuses(c, edge.url + FIB, 1) == [200]


def test_spoofed_forwarded_for_from_untrusted_peer_is_ignored(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["burst5"]}})
    s = client("127.0.0.5")   # not a trusted proxy
    got = [s.get(edge.url + FIB,
                 headers={"X-Forwarded-For": f"198.51.100.{i}"}).status_code
           for i in range(7)]
    assert got == [200] * 5 + [429] * 2


def test_forwarded_for_from_trusted_proxy_is_honoured(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["burst5"]}})
    proxy = client("127.0.0.1")   # trusted
    for i in range(3):
        got = statuses(proxy, edge.url + FIB, 6,
                       headers={"X-Forwarded-For": f"198.51.100.{i}"})
        assert got == [200] * 5 + [429], i
    # a client-supplied (spoofed) left part is ignored: the trusted proxy
    # appended the address it saw, which is the client
    got = statuses(proxy, edge.url + FIB, 2, headers={
        "X-Forwarded-For": "198.51.100.99, 198.51.100.0"})
    assert got == [429, 429]
    # a chain of trusted hops is walked to the first untrusted address
    got = statuses(proxy, edge.url + FIB, 6, headers={
        "X-Forwarded-For": "203.0.113.7, 10.9.1.1, 10.9.2.2"})
    assert got == [200] * 5 + [429]
    got = statuses(proxy, edge.url + FIB, 1, headers={
        "X-Forwarded-For": "203.0.113.7"})
    assert got == [429]
    # garbage ends the walk: the last good hop (the proxy itself) counts
    rid = "xff-garbage-1"
    got = proxy.get(edge.url + FIB, headers={
        "X-Forwarded-For": "not-an-ip", "X-Request-ID": rid})
    assert got.status_code == 200


def test_window_quotas_exact(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["fixed"]},
                      "checkins": {"limits": ["sliding"]}})
    s = client()
    assert statuses(s, edge.url + FIB, 5) == [200] * 3 + [429] * 2
    assert statuses(s, edge.url + CHK, 6) == [200] * 4 + [429] * 2
    r = s.get(edge.url + FIB)
    assert r.headers["RateLimit-Policy"] == '"fixed";q=3;w=2678400'
    assert 1 <= int(r.headers["Retry-After"]) <= 2678400
    assert r.headers["RateLimit"] == (
        f'"fixed";r=0;t={r.headers["Retry-After"]}')


def test_empty_and_oversized_keys_never_bypass(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["by_tenant"]}})
    s = client()
    # no header and an empty header share one placeholder bucket
    assert statuses(s, edge.url + FIB, 1) == [200]
    assert statuses(s, edge.url + FIB, 2,
                    headers={"X-Tenant": ""}) == [200, 429]
    # a literal "-" is not the placeholder
    assert statuses(s, edge.url + FIB, 3,
                    headers={"X-Tenant": "-"}) == [200, 200, 429]
    # oversized values are hashed: still limited, and distinct
    big_a, big_b = "a" * 5000, "a" * 4999 + "b"
    assert statuses(s, edge.url + FIB, 3,
                    headers={"X-Tenant": big_a}) == [200, 200, 429]
    assert statuses(s, edge.url + FIB, 3,
                    headers={"X-Tenant": big_b}) == [200, 200, 429]
    # a value holding the separator cannot forge another key
    assert statuses(s, edge.url + FIB, 3,
                    headers={"X-Tenant": "x|y"}) == [200, 200, 429]


def test_dry_run_decides_logs_never_refuses(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["dry"]}})
    s = client()
    rids = [f"dry-{i}" for i in range(4)]
    got = [s.get(edge.url + FIB, headers={"X-Request-ID": rid})
           for rid in rids]
    assert [r.status_code for r in got] == [200] * 4
    assert "RateLimit" not in got[0].headers   # dry-run limits are silent
    outcomes = [access_log(edge, rid)["edge"]["limits"][0]["outcome"]
                for rid in rids]
    assert outcomes == ["allowed", "dry_run", "dry_run", "dry_run"]
    wait_counter(edge, "dry", "dry_run", 3)


def test_delay_mode_queues_up_to_burst_then_refuses(make_edge):
    """rate 0.5/s, burst 2, nodelay false: of 3 simultaneous requests one
    passes at once, one waits for its slot (2 s), one is refused."""
    edge = make_edge({"fibonacci": {"limits": ["delayed"]}})
    rids = [f"delay-{i}" for i in range(3)]
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        got = list(pool.map(
            lambda rid: client().get(edge.url + FIB,
                                     headers={"X-Request-ID": rid}),
            rids))
    assert sorted(r.status_code for r in got) == [200, 200, 429]
    entries = [access_log(edge, rid) for rid in rids]
    outcomes = sorted(e["edge"]["limits"][0]["outcome"] for e in entries)
    assert outcomes == ["allowed", "delayed", "rejected"]
    delayed = [e for e in entries
               if e["edge"]["limits"][0]["outcome"] == "delayed"][0]
    assert 1.9 < delayed["edge"]["delay"] <= 2.0   # the computed wait
    wait_counter(edge, "delayed", "delayed", 1)


def test_decisions_in_access_log(make_edge):
    edge = make_edge({"fibonacci": {"limits": ["burst5", "by_route"]}})
    s = client()
    for i in range(3):
        s.get(edge.url + FIB, headers={"X-Request-ID": f"log-{i}"})
    e0, e2 = access_log(edge, "log-0"), access_log(edge, "log-2")
    assert e0["edge"]["limits"] == [
        {"limit": "burst5", "kind": "rate", "key": "ip",
         "outcome": "allowed", "remaining": 4},
        {"limit": "by_route", "kind": "rate", "key": "route",
         "outcome": "allowed", "remaining": 1}]
    assert e2["status"] == 429 and e2["route"] == "fibonacci"
    assert e2["edge"]["limits"] == [
        {"limit": "by_route", "kind": "rate", "key": "route",
         "outcome": "rejected", "remaining": 0}]
    assert e2["edge"]["refused_by"] == "rate"
    wait_counter(edge, "burst5", "allowed", 2)
    wait_counter(edge, "by_route", "rejected", 1)


# -- consumers ----------------------------------------------------------------

CONSUMER_ROUTES = {"fibonacci": {"limits": ["anon_ip"]}}


def test_consumer_plans(make_edge):
    edge = make_edge(CONSUMER_ROUTES)
    gold = {"X-API-Key": KEY_GOLD}
    free = {"X-API-Key": KEY_FREE}
    # plans are per consumer, wherever the requests come from
    a, b = client("127.0.0.2"), client("127.0.0.3")
    assert statuses(a, edge.url + FIB, 3, headers=gold) == [200] * 3
    assert statuses(b, edge.url + FIB, 3, headers=gold) == [200, 200, 429]
    assert statuses(a, edge.url + FIB, 3, headers=free) == [200, 200, 429]
    # anonymous requests fall back to the per-IP rule (not the plans')
    assert statuses(a, edge.url + FIB, 4) == [200] * 3 + [429]
    r = b.get(edge.url + FIB, headers=gold)
    assert r.headers["RateLimit-Policy"] == '"gold";q=5;w=5000'
    rid = "consumer-log-1"
    b.get(edge.url + FIB, headers={**free, "X-Request-ID": rid})
    assert access_log(edge, rid)["edge"]["consumer"] == "bob"


def test_unknown_api_key_is_401(make_edge):
    edge = make_edge(CONSUMER_ROUTES)
    r = client().get(edge.url + FIB, headers={"X-API-Key": "nope"})
    body = assert_problem(r, 401)
    assert body["type"] == "urn:edge:problem:invalid-api-key"
    # an empty key is no key: anonymous
    r = client().get(edge.url + FIB, headers={"X-API-Key": ""})
    assert r.status_code == 200


def test_guessing_keys_costs_the_guesser_its_quota(make_edge):
    """Unknown keys are limited as anonymous requests (anon_ip, burst 3)
    before the 401: a key guesser is throttled like anyone else."""
    edge = make_edge(CONSUMER_ROUTES)
    s = client("127.0.0.6")
    got = [s.get(edge.url + FIB, headers={"X-API-Key": f"guess-{i}"})
           for i in range(5)]
    assert [r.status_code for r in got] == [401, 401, 401, 429, 429]
    assert_problem(got[3], 429)


def test_window_retry_after_is_the_window_end(make_edge):
    limits = {"rules": {"w": {"algorithm": "fixed_window", "limit": 1,
                              "window": 60, "key": ["ip"]}}}
    edge = make_edge({"fibonacci": {"limits": ["w"]}}, limits=limits)
    s = client()
    first, second = s.get(edge.url + FIB), s.get(edge.url + FIB)
    assert first.status_code == 200
    assert first.headers["RateLimit-Policy"] == '"w";q=1;w=60'
    # windows are aligned on multiples of 60 s: the second request is
    # refused until the current one ends (unless it just crossed into the
    # next window, which the test allows rather than timing anything)
    if second.status_code == 429:
        retry = second.headers["Retry-After"]
        assert 1 <= int(retry) <= 60
        assert second.headers["RateLimit"] == f'"w";r=0;t={retry}'
    else:
        assert second.status_code == 200


@pytest.mark.parametrize("prefix", [None, 56, 128])
def test_ipv6_clients_are_limited_per_network(make_edge, prefix):
    """IPv6 clients (here behind the trusted proxy) share a bucket per /64
    by default (limits.ipv6_prefix): rotating addresses inside it gains
    nothing; another network is another client. IPv4-mapped addresses are
    their IPv4 client."""
    limits = dict(LIMITS)
    if prefix is not None:
        limits["ipv6_prefix"] = prefix
    edge = make_edge({"fibonacci": {"limits": ["burst5"]}}, limits=limits)
    proxy = client("127.0.0.1")   # trusted

    def get(addr, n=1):
        return statuses(proxy, edge.url + FIB, n,
                        headers={"X-Forwarded-For": addr})

    assert get("2001:db8:0:1::1", 6) == [200] * 5 + [429]
    same64 = get("2001:db8::1:ffff:ffff:ffff:ffff")   # same /64 (and /56)
    same56 = get("2001:db8:0:ff::1")                  # same /56 only
    other = get("2001:db8:1:1::1")                    # neither
    if prefix == 128:
        assert (same64, same56, other) == ([200], [200], [200])
    elif prefix == 56:
        assert (same64, same56, other) == ([429], [429], [200])
    else:
        assert (same64, same56, other) == ([429], [200], [200])
    assert get("198.51.100.77", 5) == [200] * 5
    assert get("::ffff:198.51.100.77") == [429]
