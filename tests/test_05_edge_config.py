"""The edge config is validated at start: a bad file stops nginx with a
message that names the field (`nginx -t` alone would not run init_by_lua)."""
import copy
import json
import os
import subprocess  # nosec B404 - runs the project's own launcher

import pytest

from edgekit.stack import ROOT, free_port, load_edge_config, run_edge_check

GOOD = load_edge_config()


def with_change(change):
    conf = copy.deepcopy(GOOD)
    change(conf)
    return conf


def write(tmp_path, conf):
    path = tmp_path / "edge.json"
    path.write_text(conf if isinstance(conf, str) else json.dumps(conf),
                    encoding="utf-8")
    return path


def test_shipped_config_is_valid(tmp_path):
    rc, out = run_edge_check(ROOT / "openresty" / "edge.json", tmp_path)
    assert rc == 0, out
    assert "config ok" in out


BAD = [
    ("not json", "{ version: 1", "not valid JSON"),
    ("missing version", lambda c: c.pop("version"), "config.version: is required"),
    ("wrong version", lambda c: c.update(version=2), "config.version: expected one of 1"),
    ("unknown top field", lambda c: c.update(rotues={}), "config.rotues: unknown field"),
    ("unknown route field",
     lambda c: c["routes"]["checkins"].update(method=["GET"]),
     "config.routes.checkins.method: unknown field"),
    ("bad method",
     lambda c: c["routes"]["checkins"].update(methods=["GET", "FETCH"]),
     'config.routes.checkins.methods[2]: expected one of'),
    ("methods not a list",
     lambda c: c["routes"]["checkins"].update(methods="GET"),
     "config.routes.checkins.methods: expected a list"),
    ("empty methods",
     lambda c: c["routes"]["checkins"].update(methods=[]),
     "config.routes.checkins.methods: number of items must be at least 1"),
    ("bad route name",
     lambda c: c["routes"].update({"Bad Name": {}}),
     'config.routes.Bad Name: "Bad Name" does not match'),
    ("no unknown route", lambda c: c["routes"].pop("unknown"),
     "config.routes.unknown: is required"),
    ("extends a missing route",
     lambda c: c["routes"]["health"].update(extends="nothing"),
     "config.routes.health.extends: no route named nothing"),
    ("extends cycle",
     lambda c: (c["routes"]["health"].update(extends="checkins"),
                c["routes"]["checkins"].update(extends="health")),
     "extends: cycle through"),
    ("escalate to a missing route",
     lambda c: c["routes"]["checkins"].update(
         escalate=[{"arg": "q", "above": 1, "to": "nowhere"}]),
     "config.routes.checkins.escalate[1].to: no other route named nowhere"),
    ("escalate without arg or path",
     lambda c: c["routes"]["checkins"].update(
         escalate=[{"above": 1, "to": "health"}]),
     "config.routes.checkins.escalate[1]: exactly one of arg and path"),
    ("escalate with a bad regex",
     lambda c: c["routes"]["checkins"].update(
         escalate=[{"path": "^(unclosed", "above": 1, "to": "health"}]),
     "config.routes.checkins.escalate[1].path: invalid regex"),
]


@pytest.mark.parametrize("name,change,message", BAD, ids=[b[0] for b in BAD])
def test_bad_config_is_refused_naming_the_field(tmp_path, name, change,
                                                message):
    conf = change if isinstance(change, str) else with_change(change)
    rc, out = run_edge_check(write(tmp_path, conf), tmp_path)
    assert rc != 0, out
    assert message in out, out


def test_real_start_refuses_a_bad_config(tmp_path):
    """Not only `check`: the launcher Circus runs exits non-zero too, before
    it listens."""
    path = write(tmp_path, with_change(
        lambda c: c["routes"]["health"].update(methods=["BREW"])))
    port = free_port()
    env = dict(os.environ, EDGE_RUN_DIR=str(tmp_path), EDGE_CONFIG=str(path),
               EDGE_PORT=str(port))
    proc = subprocess.run(  # nosec B603 - fixed argv
        [str(ROOT / "openresty" / "edge.sh")], env=env, capture_output=True,
        text=True, timeout=30)
    assert proc.returncode != 0
    log = (tmp_path / "edge" / "logs" / "error.log").read_text()
    assert "config.routes.health.methods[1]" in proc.stderr + log


def test_bad_pipeline_switch_is_refused(tmp_path):
    env = dict(os.environ, EDGE_RUN_DIR=str(tmp_path), EDGE_PIPELINE="maybe")
    proc = subprocess.run(  # nosec B603 - fixed argv
        [str(ROOT / "openresty" / "edge.sh"), "check"], env=env,
        capture_output=True, text=True, timeout=30)
    assert proc.returncode != 0
    assert "EDGE_PIPELINE must be 'on', 'off' or 'empty'" in proc.stderr
