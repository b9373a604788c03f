"""The config compiled into a read-only plan (edge.config): the plugins
write their pieces into plan.routes[name] and plan.compiled, never into
the validated config, and every table of the plan refuses a new key (a
request's state cannot be parked there). Run in a test-only nginx on the
shipped config; the rest of the suite runs every request through the
frozen plan (a write would be an error, the request a 500)."""
import json

import pytest
import requests

from edgekit.nginx import LuaCheckServer
from edgekit.stack import ROOT, load_edge_config

CHECK = ROOT / "tests" / "plan_check.lua"


class PlanServer(LuaCheckServer):
    def __init__(self, run_dir, config):
        super().__init__(run_dir, config, f"""
        local f = assert(io.open("$CONFIG", "rb"))
        PLAN_CHECK_TEXT = f:read("*a")
        f:close()
        PLAN_CHECK_PLAN = require("edge.config").load("$CONFIG")
        PLAN_CHECK = assert(loadfile("{CHECK}"))""",
                         {"/check": "PLAN_CHECK()"})


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    server = PlanServer(tmp_path_factory.mktemp("plan"), load_edge_config())
    try:
        r = requests.get(f"http://127.0.0.1:{server.port}/check", timeout=30)
        log = server.dir / "logs" / "error.log"
        assert r.status_code == 200, (log.read_text()[-2000:]
                                      if log.exists() else r.text)
        yield r.json()
    finally:
        server.stop()


def test_every_table_of_the_plan_refuses_a_new_key(report):
    assert not report["open"], report["open"]
    assert report["frozen"] == report["tables"] > 100
    for w in report["writes"]:
        assert not w["ok"], w
        assert "read-only" in w["err"], w


def test_the_validated_config_is_left_as_the_file_says(report):
    # compile wrote nothing into it: it encodes as a fresh validation does
    assert report["same_conf"] is True


def test_each_route_plan_holds_the_plugins_pieces(report):
    routes = report["routes"]
    assert set(routes) == set(load_edge_config()["routes"])
    for name, pieces in routes.items():
        assert {"name", "conf", "method_set", "allow", "waf",
                "rate_sets", "conn_sets"} <= set(pieces), (name, pieces)
