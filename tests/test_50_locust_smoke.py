"""Smoke test of the load-test personas: the locustfile runs headless for a
few seconds against a real stack of its own, every persona sends requests
from its own source address, and the legitimate client sees no failure.
(The scenarios themselves, with thresholds, are `make load`.)"""
import json
import shutil
import subprocess  # nosec B404 - runs locust with a fixed argv
import tempfile
from pathlib import Path

import pytest

from edgekit.stack import ROOT, VENV, Stack

pytestmark = pytest.mark.stack

PERSONAS = {"legit", "flooder", "costly", "attacker", "hog"}


@pytest.fixture
def own_stack():
    # Not under tmp_path: pytest's base temp dir is 0700 root, and the
    # nginx workers (nobody) must reach their proxy temp files there (the
    # costly persona's 10 MB answers spill to disk).
    run_dir = Path(tempfile.mkdtemp(prefix="locust-smoke-"))
    run_dir.chmod(0o755)
    s = Stack(run_dir).start()
    yield s
    left = s.stop()
    shutil.rmtree(run_dir, ignore_errors=True)
    assert not left


def test_personas_run_and_legit_is_served(own_stack, tmp_path):
    summary = tmp_path / "summary.json"
    proc = subprocess.run(  # nosec B603 - fixed argv, no shell
        [str(VENV / "bin" / "locust"),
         "--config", str(ROOT / "loadtests" / "locust.conf"),
         "-f", str(ROOT / "loadtests" / "locustfile.py"),
         "--host", own_stack.url, "-u", "8", "--run-time", "5s",
         "--scenario", "smoke", "--summary-json", str(summary),
         "--legit-users", "3", "--flooders", "1", "--costly-users", "1",
         "--attackers", "1", "--hogs", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert summary.exists(), proc.stdout[-2000:] + proc.stderr[-2000:]
    personas = json.loads(summary.read_text())["personas"]
    assert set(personas) == PERSONAS
    legit = personas["legit"]
    assert legit["requests"] > 0
    assert legit["failures"] == 0, legit
    assert not any(s.startswith("5") for s in legit["status"]), legit

    # Each persona came from its own address (127.<block>.0.<n>).
    seen = set()
    for line in own_stack.access_log.read_text().splitlines():
        seen.add(json.loads(line)["remote_addr"])
    for block in (10, 20, 30, 40, 50):
        assert any(a.startswith(f"127.{block}.0.") for a in seen), seen
    assert not own_stack.unexpected_errors()
