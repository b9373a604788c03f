"""Two edges sharing one Redis (store "redis"): a flood split across both
is admitted as if one edge saw it all (exact counts for bursts and
windows, the configured rate over time), a request refused by one rule
takes nothing from the others, a ban started on one edge refuses the client
on the other, a concurrency cap holds across both, and the leases of an
edge SIGKILLed mid-request free themselves within the lease TTL.

Real processes: Debian's redis-server on a free loopback port, two nginx
edges (2 workers each) in front of the controllable stand-in upstream."""
import itertools
import json
import math
import os
import re
import signal
import threading
import time
import uuid

import psutil
import pytest

from edgekit.redis import Redis
from edgekit.stack import wait_until
from limitlib import (Background, Upstream, access_log, client, config,
                      counter, in_flight, start_edge, wait_counter)
from test_10_stack import assert_problem

FIB = "/api/fibonacci?count=1"
CHK = "/api/checkins/x"
HEALTH = "/health"
HOLD = "/api/fibonacci?hold=1"
ATTACK = {"v": "<script>alert(1)</script>"}

RULES = {
    # practically no refill during a test: the burst is the count
    "burst": {"rate": 0.01, "burst": 10, "key": ["header:X-Client"],
              "store": "redis"},
    "steady": {"rate": 5, "burst": 3, "key": ["header:X-Client"],
               "store": "redis"},
    "window": {"algorithm": "fixed_window", "limit": 15, "window": 3600,
               "key": ["header:X-Client"], "store": "redis"},
    "narrow": {"rate": 0.01, "burst": 3, "key": ["header:X-Client"],
               "store": "redis"},
    "wide": {"rate": 0.01, "burst": 100, "key": ["header:X-Client"],
             "store": "redis"},
    "slide": {"algorithm": "sliding_window", "limit": 100, "window": 3600,
              "key": ["header:X-Client"], "store": "redis"},
    "watch": {"rate": 0.01, "burst": 2, "key": ["header:X-Client"],
              "store": "redis", "dry_run": True},
}
CONCURRENCY = {"rules": {
    "shared_cap": {"key": [], "max": 3, "store": "redis", "lease_ttl": 60,
                   "retry_after": 3},
    # leases that outlive a dead edge by little (the SIGKILL test)
    "short_lease": {"key": [], "max": 3, "store": "redis", "lease_ttl": 3},
}}


def shared_config(redis_port, routes, ban=None, concurrency=None):
    conf = config(limits={"rules": RULES},
                  concurrency=concurrency or CONCURRENCY, routes=routes)
    conf["store"] = {"edges": 2, "bans": "redis",
                     # generous: the machine may be loaded; a timeout
                     # would fail open and spoil the exact counts
                     "redis": {"host": "127.0.0.1", "port": redis_port,
                               "connect_timeout_ms": 1000,
                               "send_timeout_ms": 1000,
                               "read_timeout_ms": 2000}}
    if ban:
        conf["waf"] = {"ban": ban}
    return conf


@pytest.fixture(scope="module")
def redis(tmp_path_factory):
    r = Redis(tmp_path_factory.mktemp("redis")).start()
    yield r
    r.stop()


@pytest.fixture
def pair(tmp_path_factory, redis, upstream):
    """pair(routes, ban=None) -> two edges sharing the Redis."""
    started = []

    def make(routes, ban=None, concurrency=None):
        conf = shared_config(redis.port, routes, ban, concurrency)
        for _ in range(2):
            started.append(start_edge(tmp_path_factory.mktemp("edge"), conf,
                                      upstream.port, workers=2))
        return started[-2], started[-1]
    yield make
    for e in started:
        e.stop()
    for e in started:
        log = e.error_log.read_text() if e.error_log.exists() else ""
        bad = [line for line in log.splitlines()
               if "[error]" in line or "[alert]" in line or "[crit]" in line]
        assert not bad, "\n".join(bad[:10])


def flood(edges, path, n, headers, threads=4):
    """n requests split round-robin over the edges, from `threads` threads
    per edge; returns the responses."""
    urls = itertools.cycle([e.url + path for e in edges])
    jobs = [next(urls) for _ in range(n)]
    out, lock = [], threading.Lock()

    def run(my_jobs):
        s = client()
        for url in my_jobs:
            r = s.get(url, headers=headers, timeout=10)
            with lock:
                out.append(r)
    k = threads * len(edges)
    workers = [threading.Thread(target=run, args=(jobs[i::k],))
               for i in range(k)]
    for t in workers:
        t.start()
    for t in workers:
        t.join(60)
    return out


def tally(responses):
    counts = {}
    for r in responses:
        counts[r.status_code] = counts.get(r.status_code, 0) + 1
    return counts


def test_a_burst_split_across_two_edges_is_admitted_once(pair):
    a, b = pair({"fibonacci": {"limits": ["burst"]}})
    who = {"X-Client": uuid.uuid4().hex}
    got = flood([a, b], FIB, 40, who)
    counts = tally(got)
    assert counts == {200: 10, 429: 30}, counts
    for r in got:
        if r.status_code == 429:
            assert_problem(r, 429)
            assert int(r.headers["Retry-After"]) >= 1
    # both edges admitted some of the ten (the split was real)
    wait_counter(a, "burst", "allowed", 1, at_least=True)
    wait_counter(b, "burst", "allowed", 1, at_least=True)


def test_a_window_quota_is_exact_across_edges(pair, redis):
    a, b = pair({"checkins": {"limits": ["window"]}})
    who = {"X-Client": uuid.uuid4().hex}
    index = int((server_time(redis) - 1600000000) // 3600)  # gcra.EPOCH
    counts = tally(flood([a, b], CHK, 40, who))
    assert counts == {200: 15, 429: 25}, counts
    # the window's counter expires a second after its window at the
    # latest (its TTL is set by its first request)
    keys = ["{req:window|=%s}|%d" % (who["X-Client"], i)
            for i in (index, index + 1)]  # (the window may have turned)
    kept = [k for k in keys if redis.cmd("EXISTS", k).strip() == ":1"]
    assert kept, keys
    for key in kept:
        ttl = int(redis.cmd("PTTL", key).strip().lstrip(":"))
        assert 0 < ttl <= 3601 * 1000, (key, ttl)


def server_time(redis):
    """Redis's clock (TIME), in seconds."""
    sec, usec = re.findall(r"\$\d+\r\n(\d+)", redis.cmd("TIME"))
    return int(sec) + int(usec) / 1e6


def test_a_sliding_window_weighs_the_previous_window_and_a_dry_run_counts(
        pair, redis):
    """A sliding window on Redis: the previous window's count (seeded in
    Redis so that ~6 of the limit of 100 are left) weighs by the share of
    that window still in the sliding one, and exactly what is left is
    admitted across both edges. A dry-run rule on the same request never
    refuses: over its burst (2) its decisions count as dry_run."""
    a, b = pair({"fibonacci": {"limits": ["slide", "watch"]}})
    who = {"X-Client": uuid.uuid4().hex}
    limit, window = RULES["slide"]["limit"], RULES["slide"]["window"]
    epoch = 1600000000  # gcra.EPOCH

    def share():  # of the previous window still inside the sliding one
        now = server_time(redis) - epoch
        return 1 - (now / window - int(now // window)), int(now // window)
    weight, index = share()
    if weight < 0.01:  # a new window soon: wait for it
        time.sleep(weight * window + 1)
        weight, index = share()
    prev = math.ceil((limit - 6) / weight)
    redis.cmd("SET", "{req:slide|=%s}|%d" % (who["X-Client"], index - 1),
              str(prev), "EX", "60")
    least = math.floor(limit - prev * weight + 1e-9)
    counts = tally(flood([a, b], FIB, 12, who, threads=2))
    weight_after, index_after = share()
    assert index_after == index, "the window turned during the test"
    most = math.floor(limit - prev * weight_after + 1e-9)
    admitted = counts.get(200, 0)
    assert least <= admitted <= most and least >= 5, (counts, least, most)
    assert admitted + counts.get(429, 0) == 12, counts
    # "watch" decided every admitted request: 2 allowed, the rest dry_run
    # (a request the window refused first never reached it). Each nginx
    # worker flushes its counters on its own timer (edge.metrics.FLUSH), so
    # both outcomes are waited for together: one worker's dry_run may show
    # before another's allowed.
    def watched():
        return tuple(sum(counter(e, "watch", outcome) for e in (a, b))
                     for outcome in ("allowed", "dry_run"))
    wait_until(lambda: watched() == (2, admitted - 2), 10,
               what=f"2 allowed and {admitted - 2} dry_run decisions")
    assert watched() == (2, admitted - 2)


def test_the_flood_gets_the_configured_rate(pair):
    """Over ~3 s a flood from 8 threads on two edges is admitted at
    burst + rate x elapsed (the server's clock decides, not the edges').
    The decisions happened between sending and answering, so the bounds
    use the request times that make them widest and narrowest."""
    a, b = pair({"fibonacci": {"limits": ["steady"]}})
    who = {"X-Client": uuid.uuid4().hex}
    admitted, answered = [], []
    stop = time.monotonic() + 3
    lock = threading.Lock()
    bad = []

    def run(url):
        s = client()
        while time.monotonic() < stop:
            sent = time.monotonic()
            r = s.get(url, headers=who, timeout=10)
            done = time.monotonic()
            with lock:
                answered.append(done)
                if r.status_code == 200:
                    admitted.append((sent, done))
                elif r.status_code != 429:
                    bad.append(r.text)
    threads = [threading.Thread(target=run, args=(e.url + FIB,))
               for e in (a, b) for _ in range(4)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not bad, bad[:3]
    rate, burst = RULES["steady"]["rate"], RULES["steady"]["burst"]
    last_sent, last_done = max(admitted, key=lambda x: x[1])
    most = burst + rate * (last_done - t0) + 1
    least = burst + rate * (last_sent - min(answered)) - 1
    assert least <= len(admitted) <= most, (least, len(admitted), most)
    # and the flood was a flood: far more were refused than admitted
    assert len(answered) > 2 * len(admitted), (len(answered), len(admitted))


def test_a_refused_request_takes_nothing_from_other_rules(pair):
    a, b = pair({"fibonacci": {"limits": ["narrow", "wide"]},
                 "checkins": {"limits": ["wide"]}})
    who = {"X-Client": uuid.uuid4().hex}
    counts = tally(flood([a, b], FIB, 10, who, threads=2))
    assert counts == {200: 3, 429: 7}, counts
    # only the 3 admitted requests were taken from "wide": this is the 4th
    r = client().get(b.url + CHK, headers=who)
    assert r.status_code == 200
    assert r.headers["RateLimit"].startswith('"wide";r=96;'), r.headers


def test_a_ban_on_one_edge_refuses_the_client_on_the_other(pair):
    a, b = pair({}, ban={"enabled": True, "blocks": 3, "window": 30,
                         "duration": 5})
    s = client("127.0.0.9")
    assert s.get(b.url + HEALTH).status_code == 200
    for _ in range(3):
        assert s.get(a.url + "/probe", params=ATTACK).status_code == 403
    # the block is counted by a timer after the log phase: wait for it
    wait_until(lambda: s.get(b.url + HEALTH).status_code == 403, 5,
               what="the ban to reach the other edge")
    r = s.get(b.url + HEALTH)
    body = assert_problem(r, 403)
    assert body["type"] == "urn:edge:problem:request-blocked"
    entry = access_log(b, r.headers["X-Request-ID"])
    assert entry["edge"]["reputation"] == "banned"
    # another client is not concerned
    assert client("127.0.0.10").get(b.url + HEALTH).status_code == 200


def hold(bg, edge, upstream, n):
    target = upstream.active + n
    for _ in range(n):
        bg.get(edge.url + HOLD)
    wait_until(lambda: upstream.active >= target, 10,
               what=f"{target} requests at the upstream")


def resp_items(reply):
    """The strings of a RESP array reply."""
    return [line for line in reply.split("\r\n")[1:]
            if line and line[0] not in "*$"]


def test_a_concurrency_cap_holds_across_edges(pair, upstream, redis):
    a, b = pair({"fibonacci": {"concurrency": ["shared_cap"]}})
    bg = Background()
    hold(bg, a, upstream, 2)
    hold(bg, b, upstream, 1)
    # each lease's member in Redis is its request's id, the one the
    # service got in X-Request-ID (and the access log will carry)
    sent = {v for h in upstream.headers[-3:] for k, v in h
            if k.lower() == "x-request-id"}
    members = set()
    for key in resp_items(redis.cmd("KEYS", "*")):
        if redis.cmd("TYPE", key).strip() == "+zset":
            members |= set(resp_items(redis.cmd("ZRANGE", key, "0", "-1")))
    assert len(sent) == 3 and sent <= members, (sent, members)
    for e in (a, b):
        r = client().get(e.url + FIB)
        body = assert_problem(r, 503)
        assert body["type"] == "urn:edge:problem:over-capacity"
        assert r.headers["Retry-After"] == "3"
    upstream.release(1)
    # the lease is released by a timer after the answer's headers
    wait_until(lambda: client().get(b.url + FIB).status_code == 200, 5,
               what="a slot to come back")
    upstream.release(2)
    bg.join()
    assert sorted(bg.results) == [200, 200, 200]


def kill_edge(edge):
    """SIGKILL the edge's master and workers: nothing is released."""
    master = psutil.Process(edge.proc.pid)
    procs = [master] + master.children(recursive=True)
    for p in procs:
        os.kill(p.pid, signal.SIGKILL)
    psutil.wait_procs(procs, timeout=10)
    edge.proc.wait(timeout=10)


def test_a_killed_edge_frees_its_leases_within_the_ttl(pair, upstream):
    """The leases of a SIGKILLed edge stay counted until their deadline
    (taken between `before` and `after`, + lease_ttl), then expire."""
    a, b = pair({"fibonacci": {"concurrency": ["short_lease"]}})
    ttl = CONCURRENCY["rules"]["short_lease"]["lease_ttl"]
    bg = Background()
    before = time.monotonic()
    hold(bg, a, upstream, 3)
    after = time.monotonic()
    kill_edge(a)
    wait_until(lambda: client().get(b.url + FIB).status_code == 200,
               ttl + 5, interval=0.1, what="the dead edge's leases to expire")
    freed = time.monotonic()
    # not before their deadline (nothing released them), and soon after
    assert freed >= before + ttl - 0.2, (freed - before, ttl)
    assert freed <= after + ttl + 1.5, (freed - after, ttl)
    upstream.release(3)
    bg.join(10)


def commandstats(redis):
    """{command: calls} from INFO commandstats (scripts' commands too)."""
    out = {}
    for line in redis.cmd("INFO", "commandstats").splitlines():
        if line.startswith("cmdstat_"):
            name, rest = line[len("cmdstat_"):].split(":", 1)
            out[name] = int(rest.split("calls=")[1].split(",")[0])
    return out


# long leases: no renewal runs during the round-trip count
LONG = {"rules": {"cap": {"key": [], "max": 5, "store": "redis",
                          "lease_ttl": 600}}}


def test_a_request_makes_one_round_trip_for_ban_rates_and_leases(pair,
                                                                  redis):
    """Two redis rate rules, a redis lease and a shared ban check: one
    EVALSHA per request in the access phase (the ban's and the rates'
    reads in one MGET and the lease's ZADD all inside it); the lease
    comes back by one ZREM per request (a timer after the answer)."""
    a, b = pair({"fibonacci": {"limits": ["wide", "window"],
                               "concurrency": ["cap"]}},
                ban={"enabled": True, "blocks": 3, "window": 30,
                     "duration": 5}, concurrency=LONG)
    who = {"X-Client": uuid.uuid4().hex}
    for e in (a, b):  # scripts loaded, connections made
        assert client().get(e.url + FIB, headers=who).status_code == 200
    wait_until(lambda: commandstats(redis).get("zrem", 0) >= 2, 5,
               what="the warm-up leases to come back")
    redis.cmd("CONFIG", "RESETSTAT")
    n = 12  # (2 + n within "window"'s 15)
    s = client()
    for i in range(n):
        r = s.get((a, b)[i % 2].url + FIB, headers=who)
        assert r.status_code == 200, r.text
    wait_until(lambda: commandstats(redis).get("zrem", 0) >= n, 5,
               what="every lease to come back")
    stats = commandstats(redis)
    assert stats.get("evalsha") == n, stats
    # the ban check and the two rates: one MGET, in the script
    assert stats.get("mget") == n, stats
    assert stats.get("zadd") == n, stats     # the lease, in the script
    assert stats.get("zrem") == n, stats     # its release
    assert "get" not in stats and "exists" not in stats, stats
    assert "script" not in stats, stats


def lease_count(redis, key):
    return int(redis.cmd("ZCARD", key).strip().lstrip(":"))


def test_two_phase_across_bans_rates_and_leases(pair, redis, upstream):
    """Refused by one part of the request's round trip, a request takes
    nothing from the others: over the cap (503) it takes no rate unit;
    over a rate (429) it holds no lease; banned (403) neither."""
    cap = {"key": [], "max": 3, "store": "redis", "lease_ttl": 600}
    a, b = pair({"fibonacci": {"limits": ["wide"], "concurrency": ["cap"]},
                 "health": {"limits": ["narrow"], "concurrency": ["cap5"]},
                 "checkins": {"limits": ["wide"]}},
                ban={"enabled": True, "blocks": 3, "window": 30,
                     "duration": 30},
                concurrency={"rules": {"cap": cap,
                                       "cap5": {**cap, "max": 5}}})
    cap_key, cap5_key = "{conn:cap|}", "{conn:cap5|}"
    who = {"X-Client": uuid.uuid4().hex}
    bg = Background()
    for e in (a, a, b):
        bg.get(e.url + HOLD, headers=who)
    wait_until(lambda: lease_count(redis, cap_key) == 3, 10,
               what="3 leases held")
    # over the cap: 503, and "wide" gave nothing
    for e in (a, b, a, b):
        assert_problem(client().get(e.url + FIB, headers=who), 503)
    upstream.release(3)
    bg.join()
    assert sorted(bg.results) == [200, 200, 200]
    wait_until(lambda: lease_count(redis, cap_key) == 0, 5,
               what="the leases to come back")
    r = client().get(b.url + CHK, headers=who)
    assert r.headers["RateLimit"].startswith('"wide";r=96;'), r.headers

    # over a rate: 429, and no lease taken: the 3 held (narrow's burst)
    # stay the count of cap5, which had room
    other = {"X-Client": uuid.uuid4().hex}
    bg = Background()
    for e in (a, b, a):
        bg.get(e.url + "/health?hold=1", headers=other)
    wait_until(lambda: lease_count(redis, cap5_key) == 3, 10,
               what="3 leases held")
    for e in (a, b):
        assert_problem(client().get(e.url + HEALTH, headers=other), 429)
    assert lease_count(redis, cap5_key) == 3
    upstream.release(3)
    bg.join()
    assert sorted(bg.results) == [200, 200, 200]

    # banned (by another edge: the key in Redis): 403, nothing taken
    banned = client("127.0.0.11")
    redis.cmd("SET", "rep:{127.0.0.11}|ban", "1", "EX", "30")
    redis.cmd("CONFIG", "RESETSTAT")
    for e in (a, b, a):
        r = banned.get(e.url + FIB, headers=who)
        assert assert_problem(r, 403)["type"] == \
            "urn:edge:problem:request-blocked"
        assert access_log(e, r.headers["X-Request-ID"])["edge"][
            "reputation"] == "banned"
    stats = commandstats(redis)
    assert stats.get("evalsha") == 3, stats
    assert not any(stats.get(c) for c in ("set", "zadd", "incr")), stats
    redis.cmd("DEL", "rep:{127.0.0.11}|ban")
    r = client().get(a.url + CHK, headers=who)
    assert r.headers["RateLimit"].startswith('"wide";r=95;'), r.headers


def test_a_lease_is_renewed_while_its_request_runs(pair, upstream):
    """A request that runs longer than lease_ttl keeps its slot on every
    edge (its worker renews the lease), and counts in this edge's
    in-flight gauge; given back at the end."""
    ttl = 1.5
    a, b = pair({"fibonacci": {"concurrency": ["one"]}},
                concurrency={"rules": {"one": {"key": [], "max": 1,
                                               "store": "redis",
                                               "lease_ttl": ttl}}})
    bg = Background()
    hold(bg, a, upstream, 1)
    held_at = time.monotonic()
    assert sum(in_flight(a, "one").values()) == 1
    while time.monotonic() < held_at + 2.5 * ttl:
        r = client().get(b.url + FIB)
        assert r.status_code == 503, (time.monotonic() - held_at, r.text)
        time.sleep(0.1)
    assert sum(in_flight(a, "one").values()) == 1
    upstream.release(1)
    bg.join()
    wait_until(lambda: client().get(b.url + FIB).status_code == 200, 5,
               what="the slot to come back")
    wait_until(lambda: sum(in_flight(a, "one").values()) == 0, 5,
               what="the gauge to fall")


def test_a_request_waits_for_a_shared_slot_and_is_counted_once(pair, redis,
                                                               upstream):
    """Over a redis cap with `wait`, the request's whole round trip is
    repeated until a slot comes back on the other edge: admitted then,
    having taken its rate unit once (nothing while it waited)."""
    a, b = pair({"fibonacci": {"limits": ["wide"], "concurrency": ["w"]},
                 "checkins": {"limits": ["wide"]}},
                concurrency={"rules": {"w": {"key": [], "max": 1,
                                             "wait": 5, "store": "redis",
                                             "lease_ttl": 600}}})
    who = {"X-Client": uuid.uuid4().hex}
    bg = Background()
    bg.get(a.url + HOLD, headers=who)
    wait_until(lambda: lease_count(redis, "{conn:w|}") == 1, 10,
               what="the slot held")
    waiter = Background()
    waiter.get(b.url + FIB, headers=who)
    # it is waiting: polling Redis, holding nothing
    wait_until(lambda: counter(b, "w", "waited", "concurrency") >= 1, 10,
               what="the request to wait")
    assert lease_count(redis, "{conn:w|}") == 1
    upstream.release(1)
    bg.join()
    waiter.join()
    assert bg.results == [200] and waiter.results == [200]
    # "wide": the held request, the waiter, and now this one
    r = client().get(a.url + CHK, headers=who)
    assert r.headers["RateLimit"].startswith('"wide";r=97;'), r.headers


def test_the_cluster_config_is_valid(tmp_path, monkeypatch):
    """make run-cluster: openresty/edge.json with the store section of
    openresty/edge-cluster.json (EDGE_STORE_CONFIG) passes edge.sh check
    (which runs the config's validation and compilation)."""
    from edgekit.stack import ROOT, run_edge_check
    monkeypatch.setenv("EDGE_STORE_CONFIG",
                       str(ROOT / "openresty" / "edge-cluster.json"))
    rc, out = run_edge_check(ROOT / "openresty" / "edge.json", tmp_path)
    assert rc == 0, out
    assert "config ok" in out


def test_a_store_overlay_puts_every_rule_on_redis(tmp_path, redis,
                                                  upstream):
    """EDGE_STORE_CONFIG (a file with the store section, "rules": "redis")
    turns a local-only config into a shared one: the rules that name no
    store go to Redis, with the overlay's policy unless they name one;
    a rule that says local, and an adaptive one, stay local."""
    store = tmp_path / "store.json"
    store.write_text(json.dumps({
        "rules": "redis", "on_store_error": "fail_closed", "edges": 2,
        "bans": "redis", "redis": {"port": redis.port,
                                   "read_timeout_ms": 2000}}))
    rules = {"plain": {"rate": 0.01, "burst": 3,
                       "key": ["header:X-Client"]},
             "mine": {"rate": 0.01, "burst": 3, "key": ["header:X-Client"],
                      "store": "local"}}
    conf = config(limits={"rules": rules}, concurrency={"rules": {
        "cap": {"key": [], "max": 8},
        "ad": {"key": [], "adaptive": {"min": 1, "max": 4}}}},
        routes={"fibonacci": {"limits": ["plain"],
                              "concurrency": ["cap", "ad"]},
                "checkins": {"limits": ["mine"]}})
    env = {"EDGE_STORE_CONFIG": str(store)}
    edges = [start_edge(tmp_path / f"e{i}", conf, upstream.port, workers=1,
                        env=env) for i in (0, 1)]
    try:
        who = {"X-Client": uuid.uuid4().hex}
        got = [client().get(e.url + FIB, headers=who).status_code
               for e in edges * 3]
        assert got.count(200) == 3 and got.count(429) == 3, got
        assert redis.cmd("EXISTS", "{req:plain|=%s}" % who["X-Client"]) \
            .strip() == ":1"
        got = [client().get(e.url + CHK, headers=who).status_code
               for e in edges * 4]
        assert got.count(200) == 6, got  # 3 per edge: local
        # the cap is on Redis (its lease set), the adaptive one is not
        redis.cmd("CONFIG", "RESETSTAT")
        assert client().get(edges[0].url + FIB).status_code == 200
        wait_until(lambda: commandstats(redis).get("zrem") == 1, 5,
                   what="the lease to come back")
        assert commandstats(redis).get("zadd") == 1
    finally:
        for e in edges:
            e.stop()


@pytest.mark.parametrize("overlay, message", [
    ('{"rules": "shared"}', "config.store.rules: expected one of"),
    ('{"rules": "redis"}',
     'config.store.rules: "redis" needs the store.redis section'),
    ('{"redis": {"port": 0}}', "config.store.redis.port"),
    ("[1, 2", "not a JSON object"),
])
def test_a_bad_store_overlay_is_refused(tmp_path, monkeypatch, overlay,
                                        message):
    from edgekit.stack import ROOT, run_edge_check
    path = tmp_path / "store.json"
    path.write_text(overlay)
    monkeypatch.setenv("EDGE_STORE_CONFIG", str(path))
    rc, out = run_edge_check(ROOT / "openresty" / "edge.json", tmp_path)
    assert rc != 0, out
    assert f"EDGE_STORE_CONFIG {path}: " in out and message in out, out


def test_a_cost_budget_is_shared_across_edges(tmp_path, redis):
    """A cost rule on the redis store: what a request cost on one edge
    (charged after its log phase, in a timer) is owed on the other."""
    from timedupstream import TimedUpstream
    rate, burst = 0.01, 0.5
    rules = {"rcost": {"algorithm": "cost", "rate": rate, "burst": burst,
                       "key": ["ip"], "store": "redis"}}
    conf = config(limits={"rules": rules},
                  routes={"fibonacci": {"limits": ["rcost"]}})
    conf["store"] = {"edges": 2, "redis": {"port": redis.port,
                                           "read_timeout_ms": 2000}}
    up = TimedUpstream().start()
    edges = [start_edge(tmp_path / f"e{i}", conf, up.port) for i in (0, 1)]
    key = "{req:rcost|127.0.0.3}"

    def owed_ms():
        # the debt in upstream ms, from the TAT's remaining lifetime
        return max(0, int(redis.cmd("PTTL", key).split(":")[1])) * rate

    try:
        c = client("127.0.0.3")
        t0 = time.monotonic()
        r = c.get(edges[0].url + "/api/fibonacci?timing=300", timeout=10)
        assert r.status_code == 200
        # nothing owed yet: a whole, non-negative reset (never "t=-0")
        assert re.fullmatch(r'"rcost";r=500;t=\d+', r.headers["RateLimit"]), \
            r.headers
        # refill: rate x 1000 upstream ms per second since t0

        def refill():
            return rate * 1000 * (time.monotonic() - t0)
        wait_until(lambda: owed_ms() > 299 - refill(), 10,
                   what="the charge in Redis")
        r = c.get(edges[1].url + "/api/fibonacci?timing=300", timeout=10)
        assert r.status_code == 200
        left = int(r.headers["RateLimit"].split("r=")[1].split(";")[0])
        elapsed = time.monotonic() - t0
        assert 200 <= left <= 200 + rate * 1000 * elapsed + 1, left
        wait_until(lambda: owed_ms() > 599 - refill(), 10,
                   what="the second charge")
        # 600 ms owed > the 500 ms burst: refused on either edge (while
        # the refill has not paid 100 ms back: 10 s)
        assert refill() < 90
        for e in edges:
            r = c.get(e.url + "/api/fibonacci?timing=1", timeout=10)
            assert_problem(r, 429)
    finally:
        for e in edges:
            e.stop()
        up.stop()


@pytest.mark.parametrize("change, message", [
    (lambda c: c.pop("store"),
     'store: "redis" needs the top-level store.redis section'),
    (lambda c: c["limits"]["rules"]["burst"].update(store="local",
                                                    on_store_error="local"),
     "config.limits.rules.burst.on_store_error: local is the fallback of a "
     "redis rule"),
    (lambda c: c["concurrency"]["rules"].update(
        ad={"key": [], "adaptive": {"min": 1, "max": 4}, "store": "redis"}),
     "store must be local"),
    (lambda c: c["store"]["redis"].update(sentinels=["no port"]),
     "config.store.redis.sentinels[1]"),
    (lambda c: c["limits"]["rules"]["burst"].update(on_store_error="maybe"),
     "config.limits.rules.burst.on_store_error: expected one of"),
    (lambda c: c["store"]["redis"].update(username="edge"),
     "config.store.redis.username: needs a password"),
    (lambda c: c["store"]["redis"].update(server_name="redis.internal"),
     "config.store.redis.server_name: is for TLS"),
    (lambda c: c["store"]["redis"].update(password=""),
     "config.store.redis.password"),
    (lambda c: c["store"]["redis"].update(socket="redis.sock"),
     "config.store.redis.socket"),
    (lambda c: c["store"]["redis"].update(socket="/run/redis.sock",
                                          sentinels=["127.0.0.1:26379"]),
     "config.store.redis.socket: not with sentinels"),
    (lambda c: c["store"]["redis"].update(socket="/run/redis.sock",
                                          ssl=True),
     "config.store.redis.socket: Redis serves its Unix socket without TLS"),
])
def test_bad_store_config_is_refused(tmp_path, change, message):
    import json
    from edgekit.stack import run_edge_check
    import copy
    conf = copy.deepcopy(shared_config(6379,
                                       {"fibonacci": {"limits": ["burst"]}}))
    change(conf)
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(conf))
    rc, out = run_edge_check(path, tmp_path)
    assert rc != 0 and message in out, out


def test_redis_with_a_password_and_an_acl_user(tmp_path, upstream):
    """A Redis that requires AUTH: the edge authenticates every new
    connection with store.redis.password (and username, an ACL user), or
    EDGE_REDIS_PASSWORD; the limits are then shared as usual. A wrong
    password is a store error: the rule's policy (here 503), never a
    500, and the log names it."""
    r = Redis(tmp_path / "redis", password="default-pw").start()
    r.cmd("ACL", "SETUSER", "edge", "on", ">edge-pw", "~*", "+@all")
    rules = {"three": {"rate": 0.01, "burst": 3, "key": ["header:X-Client"],
                       "store": "redis", "on_store_error": "fail_closed"}}
    edges = []

    def edge(redis_conf, env=None):
        conf = config(limits={"rules": rules},
                      routes={"fibonacci": {"limits": ["three"]}})
        conf["store"] = {"redis": {"port": r.port, "read_timeout_ms": 2000,
                                   **redis_conf}}
        e = start_edge(tmp_path / f"e{len(edges)}", conf, upstream.port,
                       workers=1, env=env)
        edges.append(e)
        return e
    try:
        for e in (edge({"password": "default-pw"}),
                  edge({"username": "edge", "password": "edge-pw"}),
                  edge({"password": "wrong"},
                       env={"EDGE_REDIS_PASSWORD": "default-pw"})):
            who = {"X-Client": uuid.uuid4().hex}
            got = [client().get(e.url + FIB, headers=who).status_code
                   for _ in range(5)]
            assert got == [200, 200, 200, 429, 429], got
            assert r.cmd("EXISTS", "{req:three|=%s}" % who["X-Client"]) \
                .strip() == ":1"
        bad = edge({"username": "edge", "password": "wrong"})
        resp = client().get(bad.url + FIB, headers={"X-Client": "x"})
        body = assert_problem(resp, 503)
        assert body["type"] == "urn:edge:problem:over-capacity"
        wait_until(lambda: "auth:" in bad.error_log.read_text(), 5,
                   what="the AUTH failure in the error log")
    finally:
        for e in edges:
            e.stop()
        r.stop()


def test_redis_over_tls(tmp_path, upstream):
    """store.redis.ssl: the edge speaks TLS to Redis's TLS port (here
    without verifying the self-signed certificate: ssl_verify false);
    without ssl, or verifying a certificate nginx has no CA for, the
    connection fails into the rule's policy (503), never a 500."""
    from edgekit.redis import self_signed
    r = Redis(tmp_path / "redis", tls=self_signed(tmp_path)).start()
    rules = {"three": {"rate": 0.01, "burst": 3, "key": ["header:X-Client"],
                       "store": "redis", "on_store_error": "fail_closed"}}
    edges = []

    def edge(redis_conf):
        conf = config(limits={"rules": rules},
                      routes={"fibonacci": {"limits": ["three"]}})
        conf["store"] = {"redis": {"port": r.tls_port,
                                   "read_timeout_ms": 2000, **redis_conf}}
        e = start_edge(tmp_path / f"e{len(edges)}", conf, upstream.port,
                       workers=1)
        edges.append(e)
        return e
    try:
        e = edge({"ssl": True, "ssl_verify": False,
                  "server_name": "localhost"})
        who = {"X-Client": uuid.uuid4().hex}
        got = [client().get(e.url + FIB, headers=who).status_code
               for _ in range(5)]
        assert got == [200, 200, 200, 429, 429], got
        assert r.cmd("EXISTS", "{req:three|=%s}" % who["X-Client"]) \
            .strip() == ":1"
        for bad in (edge({}), edge({"ssl": True})):
            resp = client().get(bad.url + FIB, headers=who)
            assert_problem(resp, 503)
    finally:
        for e in edges:
            e.stop()
        r.stop()


def test_redis_over_a_unix_socket(tmp_path, upstream):
    """store.redis.socket: the edge speaks to Redis over its Unix domain
    socket (no TCP on either side), and the limits are shared as usual;
    a socket nobody listens on is a store error: the rule's policy (503),
    never a 500."""
    r = Redis(tmp_path / "redis", unixsocket=True).start()
    rules = {"three": {"rate": 0.01, "burst": 3, "key": ["header:X-Client"],
                       "store": "redis", "on_store_error": "fail_closed"}}
    edges = []

    def edge(socket):
        conf = config(limits={"rules": rules},
                      routes={"fibonacci": {"limits": ["three"]}})
        # a TCP port nobody listens on: only the socket can answer
        conf["store"] = {"redis": {"port": 1, "socket": str(socket),
                                   "read_timeout_ms": 2000}}
        e = start_edge(tmp_path / f"e{len(edges)}", conf, upstream.port,
                       workers=1)
        edges.append(e)
        return e
    try:
        a, b = edge(r.unixsocket), edge(r.unixsocket)
        who = {"X-Client": uuid.uuid4().hex}
        got = [client().get(e.url + FIB, headers=who).status_code
               for e in (a, b, a, b, a)]
        assert got == [200, 200, 200, 429, 429], got
        assert r.cmd("EXISTS", "{req:three|=%s}" % who["X-Client"]) \
            .strip() == ":1"
        gone = edge(r.unixsocket.parent / "nobody.sock")
        assert_problem(client().get(gone.url + FIB, headers=who), 503)
        wait_until(lambda: "nobody.sock" in gone.error_log.read_text(), 5,
                   what="the failed connect in the error log")
    finally:
        for e in edges:
            e.stop()
        r.stop()
