"""Issue 12 through the real stack: database faults and Idempotency-Key at
the edge (6, 8), the bandit gate (9), privileges and the edge's temp dir
(10), Circus without tracebacks, a valid UTF-8 access log, WAF and ban
counters in /metrics (11)."""
import json
import os
import pwd
import re
import shutil
import stat
import subprocess  # nosec B404 - runs bandit and the supervisor, fixed argv
import sys
import tempfile
from pathlib import Path

import psutil
import pytest
import requests

from app.supervisor import access_problems
from edgekit.client import raw
from edgekit.stack import ROOT, VENV, Stack, wait_until
from limitlib import client, config, metrics
from test_10_stack import assert_problem


# -- 6: database faults through the edge ---------------------------------------

def test_missing_volume_is_503_and_comes_back_without_restart(tmp_path, make_stack):
    vol = tmp_path / "vol"
    vol.mkdir()
    s = make_stack(workers=1, edge_workers=1,
                   env={"APP_DATABASE": str(vol / "c.sqlite3")})
    url = s.url + "/api/checkins/vera"
    assert requests.post(url, json={"note": "kept"}).status_code == 201
    pids = s.pids("checkins")
    vol.rename(tmp_path / "aside")
    assert_problem(requests.post(url, json={"note": "lost?"}), 503)
    assert_problem(requests.get(s.url + "/health/checkins"), 503)
    assert not vol.exists(), "the missing volume was recreated"
    (tmp_path / "aside").rename(vol)
    r = requests.get(url)
    assert r.status_code == 200
    assert [n["note"] for n in r.json()["notes"]] == ["kept"]
    assert s.pids("checkins") == pids, "recovered by a restart"
    out = s.output_path.read_text()
    assert str(vol) in out and "Traceback" not in out


# -- 8: Idempotency-Key through the edge ---------------------------------------

def test_idempotency_key_through_the_edge(stack):
    url = stack.url + "/api/checkins/idem"
    key = {"Idempotency-Key": '"k-7f1c"'}
    first = requests.post(url, json={"note": "n"}, headers=key)
    again = requests.post(url, json={"note": "n"}, headers=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    body = assert_problem(requests.post(url, json={"note": "other"},
                                        headers=key), 422)
    assert body["type"] == "urn:edge:problem:idempotency-key-reused"
    assert requests.get(url).json()["count"] == 1


# -- 9: bandit gates loadtests ------------------------------------------------------

def test_bandit_scans_app_and_loadtests():
    out = subprocess.run(  # nosec B603 - fixed argv
        [str(VENV / "bin" / "bandit"), "-q", "-c", "pyproject.toml", "-r",
         "app", "loadtests", "-f", "json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    report = json.loads(out.stdout)
    scanned = {Path(k).as_posix() for k in report["metrics"] if k != "_totals"}
    assert "loadtests/locustfile.py" in scanned
    assert "app/checkins.py" in scanned
    assert report["results"] == [], report["results"][:3]
    assert out.returncode == 0


# -- 10: privileges and the edge's temp dir ------------------------------------------

def system_python_venv(base):
    """A venv shim that an unprivileged user can run: this venv's packages
    on the system's Python of the same version (this machine's venv Python
    may be a pyenv build under /root, out of nobody's reach). None when
    there is no such Python."""
    system = Path("/usr/bin/python3")
    if not system.exists():
        return None
    out = subprocess.run(  # nosec B603 - fixed argv
        [str(system), "-c", "import sys; print(sys.version_info[:2])"],
        capture_output=True, text=True, timeout=30)
    if out.stdout.strip() != str(tuple(sys.version_info[:2])):
        return None
    site = next(Path(p) for p in sys.path if p.endswith("site-packages")
                and Path(p, "gunicorn").is_dir())
    bin_dir = base / "bin"
    bin_dir.mkdir(parents=True)
    scripts = {
        "python": f'#!/bin/sh\nPYTHONPATH="{ROOT}:{site}" exec {system} "$@"\n',
        "gunicorn": f'#!/bin/sh\nexec {bin_dir}/python -m gunicorn "$@"\n',
        "circusctl": (f'#!/bin/sh\nexec {bin_dir}/python -c "import sys; '
                      f'from circus.circusctl import main; sys.exit(main())" "$@"\n'),
    }
    for name, text in scripts.items():
        (bin_dir / name).write_text(text)
        os.chmod(bin_dir / name, 0o755)  # nosec B103 - run by nobody
    return base


def unprivileged_stack_possible(venv):
    if os.geteuid() != 0:
        return "needs root (the privilege drop happens when started as root)"
    if venv is None:
        return "no system Python of this version for the service user"
    problems = access_problems("nobody", [ROOT / "app" / "__init__.py",
                                          venv / "bin" / "gunicorn"],
                               executable=[venv / "bin" / "python"])
    if problems:
        return "nobody cannot reach this checkout: " + "; ".join(problems)
    return None


def test_as_root_services_and_nginx_workers_run_unprivileged():
    run_dir = Path(tempfile.mkdtemp(prefix="edge-priv-"))
    os.chmod(run_dir, 0o711)  # nosec B103 - nobody must pass through to data/
    venv = VENV
    if os.geteuid() == 0 and access_problems(
            "nobody", executable=[os.path.realpath(VENV / "bin" / "python")]):
        venv = system_python_venv(run_dir / "venv")
    why = unprivileged_stack_possible(venv)
    if why:
        shutil.rmtree(run_dir, ignore_errors=True)
        pytest.skip(why)
    nobody = pwd.getpwnam("nobody")
    data = run_dir / "data"
    data.mkdir()
    os.chown(data, nobody.pw_uid, nobody.pw_gid)
    s = Stack(run_dir / "run", workers=1, edge_workers=1, venv=venv,
              env={"EDGE_SERVICE_USER": "nobody",
                   "APP_DATABASE": str(data / "c.sqlite3")})
    try:
        s.start()
        assert requests.post(s.url + "/api/checkins/root",
                             json={"note": "x"}).status_code == 201
        for watcher in ("compute", "checkins"):
            for pid in s.pids(watcher):
                master = psutil.Process(pid)
                for p in [master, *master.children()]:
                    assert p.uids().effective == nobody.pw_uid, (watcher, p)
        workers = [p for p in s.descendants() if p.name() == "nginx"
                   and "worker" in " ".join(p.cmdline())]
        assert workers and all(p.uids().effective != 0 for p in workers)
        assert (data / "c.sqlite3").stat().st_uid == nobody.pw_uid
        # the edge's temp dir: made by mktemp -d, private, not predictable
        tmp = Path((s.run_dir / "edge" / "tmpdir").read_text().strip())
        assert re.fullmatch(r"/tmp/edge-tmp\.[A-Za-z0-9]{10}", str(tmp))
        st = tmp.lstat()
        assert stat.S_ISDIR(st.st_mode) and st.st_uid == 0
        assert stat.S_IMODE(st.st_mode) == 0o711
    finally:
        left = s.stop()
        shutil.rmtree(run_dir, ignore_errors=True)
    assert not left
    assert not tmp.exists(), "the edge's temp dir outlived the stack"


def test_as_root_an_unreachable_database_refuses_to_start(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root")
    db_dir = tmp_path / "db"  # under pytest's 0700 tmp: nobody cannot write
    db_dir.mkdir()
    env = dict(os.environ, EDGE_SERVICE_USER="nobody",
               APP_DATABASE=str(db_dir / "c.sqlite3"),
               EDGE_RUN_DIR=str(tmp_path / "run"))
    out = subprocess.run(  # nosec B603 - fixed argv
        [str(VENV / "bin" / "python"), "-m", "app.supervisor", "circus.ini"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=30)
    assert out.returncode == 1
    assert "nobody" in out.stderr and str(db_dir) in out.stderr


# -- 11: Circus, the access log, /metrics -----------------------------------------------

def test_stop_and_restart_print_no_traceback(tmp_path):
    s = Stack(tmp_path, workers=1, edge_workers=1).start()
    try:
        s.circusctl("restart", timeout=60)
        wait_until(s._ready, 30, what="the stack after restart")
    finally:
        assert not s.stop()
    out = s.output_path.read_text()
    assert "Traceback" not in out and "ConflictError" not in out, out[-2000:]


def test_access_log_is_valid_utf8(stack):
    rid = "utf8-log-1"
    r = raw(stack.edge_port, b"GET /api/checkins/\xff\xfe\xc3?q=\xe9t\xc3\xa9 "
            b"HTTP/1.1\r\nHost: x\r\nX-Request-ID: " + rid.encode()
            + b"\r\nConnection: close\r\n\r\n")
    assert r.status == 400

    def entry():
        for line in stack.access_log.read_bytes().splitlines():
            if rid.encode() in line:
                return json.loads(line.decode("utf-8"))  # strict
        return None
    e = wait_until(entry, 5, what="the access log line")
    assert e["uri"].startswith("/api/checkins/\u00ff\u00fe\u00c3?q=\u00e9t\u00e9")


def test_metrics_count_waf_decisions_and_bans(edge_factory):
    conf = config()
    conf["waf"] = {"ban": {"blocks": 2, "window": 60, "duration": 60}}
    edge = edge_factory(conf)
    c = client("127.0.0.9")
    attack = edge.url + "/api/fibonacci?count=1%27%20OR%201=1--"
    assert c.get(edge.url + "/api/fibonacci?count=1").status_code == 200
    # no User-Agent: scored (a notice), below the threshold: "pass"
    assert raw(edge.port, b"GET /api/fibonacci?count=1 HTTP/1.1\r\n"
               b"Host: x\r\nConnection: close\r\n\r\n").status == 200
    for _ in range(2):
        assert c.get(attack).status_code == 403
    assert c.get(edge.url + "/api/fibonacci?count=1").status_code == 403

    def counted():
        m = metrics(edge)
        return (m.get('edge_waf_decisions_total{action="block"}', 0) >= 2
                and m.get('edge_waf_decisions_total{action="pass"}', 0) >= 1
                and m.get("edge_bans_total", 0) == 1
                and m.get('edge_reputation_decisions_total'
                          '{outcome="banned"}', 0) >= 1)
    wait_until(counted, 10, what="the counters")
