"""The limits sections of the edge config are validated at start: a bad one
stops nginx with a message naming the field."""
import copy
import json

import pytest

from limitlib import config, sha256
from edgekit.stack import load_edge_config, run_edge_check

GOOD_LIMITS = {
    "trusted_proxies": ["10.0.0.0/8", "::1", "fd00::/8"],
    "exempt": ["127.0.0.1"],
    "rules": {
        "r": {"rate": 1.5, "burst": 3},
        "w": {"algorithm": "sliding_window", "limit": 10, "window": 60,
              "key": ["consumer", "route"]},
    },
    "plans": {"p": ["w"]},
    "consumers": {"acme": {"key_sha256": sha256("k"), "plan": "p"}},
}
GOOD_CONC = {"rules": {"c": {"key": ["ip"], "max": 4, "wait": 0.5}}}


def good():
    return config(limits=copy.deepcopy(GOOD_LIMITS),
                  concurrency=copy.deepcopy(GOOD_CONC),
                  routes={"fibonacci": {"limits": ["r"],
                                        "concurrency": ["c"]}})


def check(tmp_path, conf):
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(conf), encoding="utf-8")
    return run_edge_check(path, tmp_path)


def test_good_limits_config(tmp_path):
    rc, out = check(tmp_path, good())
    assert rc == 0, out


def test_cost_rule_config(tmp_path):
    conf = good()
    conf["limits"]["rules"]["budget"] = {
        "algorithm": "cost", "rate": 0.25, "burst": 0.75,
        "key": ["ip", "consumer"]}
    conf["routes"]["fibonacci"]["limits"].append("budget")
    rc, out = check(tmp_path, conf)
    assert rc == 0, out


def test_shipped_config_limits(tmp_path):
    conf = load_edge_config()
    assert conf["limits"]["rules"] and conf["concurrency"]["rules"]
    rc, out = check(tmp_path, conf)
    assert rc == 0, out


def rule(name):
    return lambda c: c["limits"]["rules"][name]


BAD = [
    ("gcra without burst",
     lambda c: rule("r")(c).pop("burst"),
     "config.limits.rules.r: burst is required for algorithm gcra"),
    ("gcra with a window",
     lambda c: rule("r")(c).update(window=5),
     "config.limits.rules.r: limit and window are for window algorithms"),
    ("window without limit",
     lambda c: rule("w")(c).pop("limit"),
     "config.limits.rules.w: limit and window are required"),
    ("delay mode on a window",
     lambda c: rule("w")(c).update(nodelay=False),
     "config.limits.rules.w: nodelay=false (delay mode) needs algorithm gcra"),
    ("zero rate", lambda c: rule("r")(c).update(rate=0),
     "config.limits.rules.r.rate: value must be at least"),
    ("fractional burst", lambda c: rule("r")(c).update(burst=2.5),
     "config.limits.rules.r: burst of algorithm gcra must be an integer"),
    ("cost without burst",
     lambda c: rule("r")(c).update(algorithm="cost", burst=None) or
     rule("r")(c).pop("burst"),
     "config.limits.rules.r: burst is required for algorithm cost"),
    ("cost with a window",
     lambda c: rule("r")(c).update(algorithm="cost", window=60),
     "config.limits.rules.r: limit and window are for window algorithms; "
     "cost takes rate and burst"),
    ("cost in delay mode",
     lambda c: rule("r")(c).update(algorithm="cost", nodelay=False),
     "config.limits.rules.r: nodelay=false (delay mode) needs algorithm "
     "gcra"),
    ("unknown algorithm",
     lambda c: rule("r")(c).update(algorithm="token"),
     "config.limits.rules.r.algorithm: expected one of"),
    ("bad key part", lambda c: rule("r")(c).update(key=["cookie"]),
     "config.limits.rules.r.key[1]"),
    ("a final newline ($ matches before it)",
     lambda c: c["limits"].update(api_key_header="X-API-Key\n"),
     "config.limits.api_key_header: \"X-API-Key\\n\" does not match"),
    ("ipv6 prefix of 0", lambda c: c["limits"].update(ipv6_prefix=0),
     "config.limits.ipv6_prefix: value must be at least"),
    ("ipv6 prefix over 128", lambda c: c["limits"].update(ipv6_prefix=129),
     "config.limits.ipv6_prefix: value must be at most"),
    ("unknown rule field", lambda c: rule("r")(c).update(burts=3),
     "config.limits.rules.r.burts: unknown field"),
    ("bad rule name",
     lambda c: c["limits"]["rules"].update({"Per IP": {"rate": 1,
                                                      "burst": 1}}),
     'config.limits.rules.Per IP: "Per IP" does not match'),
    ("unknown dict", lambda c: rule("r")(c).update(dict="nope"),
     'config.limits.rules.r.dict: no lua_shared_dict named "nope"'),
    ("route names an unknown rule",
     lambda c: c["routes"]["fibonacci"].update(limits=["r", "zz"]),
     'config.routes.fibonacci.limits[2]: unknown rule "zz" (known: r, w)'),
    ("plan names an unknown rule",
     lambda c: c["limits"]["plans"].update(q=["nope"]),
     'config.limits.plans.q[1]: unknown rule "nope"'),
    ("consumer with an unknown plan",
     lambda c: c["limits"]["consumers"]["acme"].update(plan="gold"),
     'config.limits.consumers.acme.plan: unknown plan "gold"'),
    ("consumer key not hashed",
     lambda c: c["limits"]["consumers"]["acme"].update(key_sha256="k"),
     "config.limits.consumers.acme.key_sha256"),
    ("two consumers with one key",
     lambda c: c["limits"]["consumers"].update(
         bob={"key_sha256": sha256("k"), "plan": "p"}),
     "key_sha256: the same key as consumer"),
    ("anonymous-only rule in a plan",
     lambda c: (rule("r")(c).update(applies_to="anonymous"),
                c["limits"]["plans"]["p"].append("r")),
     "config.limits.plans.p[2]: rule \"r\" applies to anonymous"),
    ("bad trusted proxy",
     lambda c: c["limits"]["trusted_proxies"].append("10.0.0.300"),
     'config.limits.trusted_proxies[4]: "10.0.0.300" is not an IP address'),
    ("bad prefix length",
     lambda c: c["limits"]["exempt"].append("10.0.0.0/33"),
     "config.limits.exempt[2]: prefix length of \"10.0.0.0/33\" must be at "
     "most 32"),
    ("bad api key header",
     lambda c: c["limits"].update(api_key_header="X API Key"),
     "config.limits.api_key_header"),
    ("concurrency without a cap",
     lambda c: c["concurrency"]["rules"]["c"].pop("max"),
     "config.concurrency.rules.c: exactly one of max, "
     "max_per_upstream_worker and adaptive"),
    ("concurrency with two caps",
     lambda c: c["concurrency"]["rules"]["c"].update(
         max_per_upstream_worker=2),
     "config.concurrency.rules.c: exactly one of max, "
     "max_per_upstream_worker and adaptive"),
    ("negative wait",
     lambda c: c["concurrency"]["rules"]["c"].update(wait=-1),
     "config.concurrency.rules.c.wait: value must be at least 0"),
    ("adaptive and a cap",
     lambda c: c["concurrency"]["rules"]["c"].update(adaptive={}),
     "config.concurrency.rules.c: exactly one of max, "
     "max_per_upstream_worker and adaptive"),
    ("adaptive per client",
     lambda c: c["concurrency"]["rules"]["c"].pop("max") and
     c["concurrency"]["rules"]["c"].update(adaptive={}),
     "config.concurrency.rules.c: an adaptive limit is per upstream: key "
     "must be []"),
    ("adaptive floor above its ceiling",
     lambda c: c["concurrency"]["rules"]["c"].pop("max") and
     c["concurrency"]["rules"]["c"].update(key=[], adaptive={"min": 9,
                                                             "max": 8}),
     "config.concurrency.rules.c: adaptive.min must not exceed"),
    ("adaptive start outside its bounds",
     lambda c: c["concurrency"]["rules"]["c"].pop("max") and
     c["concurrency"]["rules"]["c"].update(key=[], adaptive={"initial": 99}),
     "config.concurrency.rules.c: adaptive.initial must lie between"),
    ("adaptive with an unknown field",
     lambda c: c["concurrency"]["rules"]["c"].pop("max") and
     c["concurrency"]["rules"]["c"].update(key=[], adaptive={"gain": 2}),
     "config.concurrency.rules.c.adaptive"),
    ("route names an unknown concurrency rule",
     lambda c: c["routes"]["fibonacci"].update(concurrency=["x"]),
     'config.routes.fibonacci.concurrency[1]: unknown rule "x"'),
]


@pytest.mark.parametrize("name,change,message", BAD, ids=[b[0] for b in BAD])
def test_bad_limits_config_is_refused(tmp_path, name, change, message):
    conf = good()
    change(conf)
    rc, out = check(tmp_path, conf)
    assert rc != 0, out
    assert message in out, out
