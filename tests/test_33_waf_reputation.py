"""WAF, part 4: client reputation. Allow and deny lists (addresses and
CIDR blocks) and temporary bans after repeated blocks."""
import time

import pytest
import requests

from edgekit.stack import wait_until
from wafkit import WafEdge, waf_config

ATTACK = {"v": "<script>alert(1)</script>"}


@pytest.fixture
def edge_factory(tmp_path):
    started = []

    def make(conf):
        e = WafEdge(tmp_path / f"e{len(started)}", conf).start()
        started.append(e)
        return e

    yield make
    for e in started:
        e.stop()


@pytest.mark.parametrize("entry", ["127.0.0.1", "127.0.0.0/8", "::ffff:127.0.0.1"])
def test_allow_list_skips_detection_not_shape(edge_factory, entry):
    e = edge_factory(waf_config(allow=[entry]))
    assert requests.get(e.url + "/probe", params=ATTACK).status_code == 404
    r = requests.get(e.url + "/api/fibonacci", params={"count": "x"})
    assert r.status_code == 400
    r = requests.post(e.url + "/probe", data="{x",
                      headers={"Content-Type": "application/json"})
    assert r.status_code == 400


@pytest.mark.parametrize("entry", ["127.0.0.1", "127.0.0.0/24", "10.0.0.0/8"])
def test_deny_list(edge_factory, entry):
    e = edge_factory(waf_config(deny=[entry]))
    r = requests.get(e.url + "/health")
    if entry == "10.0.0.0/8":
        assert r.status_code == 200          # not this client
    else:
        assert r.status_code == 403
        assert r.json()["type"] == "urn:edge:problem:request-blocked"


def test_ban_after_n_blocks_then_expiry(edge_factory):
    conf = waf_config(ban=True)
    conf["waf"]["ban"] = {"enabled": True, "blocks": 3, "window": 30,
                          "duration": 2}
    e = edge_factory(conf)
    assert requests.get(e.url + "/health").status_code == 200
    for _ in range(3):
        assert requests.get(e.url + "/probe", params=ATTACK).status_code == 403
    # banned: even clean requests are refused, and the ban is logged
    wait_until(lambda: requests.get(e.url + "/health").status_code == 403, 5,
               what="the ban")
    wait_until(lambda: any("reputation: banned 127.0.0.1" in line
                           for line in e.error_lines("warn")), 5,
               what="the ban log line")
    started = time.monotonic()
    wait_until(lambda: requests.get(e.url + "/health").status_code == 200, 10,
               what="the ban to expire")
    assert time.monotonic() - started < 8


def test_shape_refusals_do_not_count_towards_a_ban(edge_factory):
    conf = waf_config(ban=True)
    conf["waf"]["ban"] = {"enabled": True, "blocks": 2, "window": 30,
                          "duration": 60}
    e = edge_factory(conf)
    for _ in range(5):
        assert requests.get(e.url + "/api/fibonacci",
                            params={"count": "x"}).status_code == 400
    assert requests.get(e.url + "/health").status_code == 200


def test_allow_listed_client_is_never_banned(edge_factory):
    conf = waf_config(ban=True, allow=["127.0.0.1"])
    conf["waf"]["ban"] = {"enabled": True, "blocks": 1, "window": 30,
                          "duration": 60}
    e = edge_factory(conf)
    for _ in range(3):
        requests.get(e.url + "/probe", params=ATTACK)
    assert requests.get(e.url + "/health").status_code == 200


def test_lists_and_bans_see_the_client_behind_a_trusted_proxy(edge_factory):
    """Behind a trusted proxy (limits.trusted_proxies) the deny list and
    bans apply to the X-Forwarded-For client, never to the proxy; from an
    untrusted peer the header is ignored."""
    from limitlib import client

    conf = waf_config(deny=["203.0.113.7"], ban=True)
    conf["waf"]["ban"] = {"enabled": True, "blocks": 2, "window": 30,
                          "duration": 30}
    conf["limits"]["trusted_proxies"] = ["127.0.0.2"]
    e = edge_factory(conf)
    proxy, other = client("127.0.0.2"), client("127.0.0.3")
    denied = {"X-Forwarded-For": "203.0.113.7"}
    assert proxy.get(e.url + "/health", headers=denied).status_code == 403
    assert proxy.get(e.url + "/health").status_code == 200
    assert other.get(e.url + "/health", headers=denied).status_code == 200
    # A client behind the proxy gets itself banned; the proxy's other
    # clients and the proxy itself are not.
    bad = {"X-Forwarded-For": "198.51.100.9"}
    for _ in range(2):
        r = proxy.get(e.url + "/probe", params=ATTACK, headers=bad)
        assert r.status_code == 403
    wait_until(lambda: proxy.get(e.url + "/health", headers=bad).status_code
               == 403, 5, what="the ban")
    good = {"X-Forwarded-For": "198.51.100.10"}
    assert proxy.get(e.url + "/health", headers=good).status_code == 200
    assert proxy.get(e.url + "/health").status_code == 200


def test_ipv6_client_is_banned_with_its_64(edge_factory):
    """An IPv6 client picks any address in its /64 at will: the ban covers
    the network (limits.ipv6_prefix), not the one address that was caught;
    the next /64 is another client."""
    from limitlib import client

    conf = waf_config(ban=True)
    conf["waf"]["ban"] = {"enabled": True, "blocks": 2, "window": 30,
                          "duration": 30}
    conf["limits"]["trusted_proxies"] = ["127.0.0.2"]
    e = edge_factory(conf)
    proxy = client("127.0.0.2")
    bad = {"X-Forwarded-For": "2001:db8:0:7::1"}
    for _ in range(2):
        r = proxy.get(e.url + "/probe", params=ATTACK, headers=bad)
        assert r.status_code == 403
    rotated = {"X-Forwarded-For": "2001:db8::7:abcd:1234:5678:9abc"}
    wait_until(lambda: proxy.get(e.url + "/health", headers=rotated)
               .status_code == 403, 5, what="the ban of the /64")
    wait_until(lambda: any("reputation: banned 2001:db8:0:7:0:0:0:0/64"
                           in line for line in e.error_lines("warn")), 5,
               what="the ban log line naming the network")
    other = {"X-Forwarded-For": "2001:db8:0:8::1"}
    assert proxy.get(e.url + "/health", headers=other).status_code == 200
