"""Reloading a changed edge config (issue 15), on the real stack (Circus,
nginx, gunicorn): `make reload` and `circusctl signal edge hup` regenerate
the nginx config from edge.json (lua/edge/gen.lua), validate it (nginx -t,
then init_by_lua in check-only mode) and only then let nginx reload (HUP).

* Under a continuous client load (keep-alive sessions and a fresh
  connection per request), a change (a new route, a route's rate limit) is
  applied with no failed request and is visible afterwards.
* A bad config is refused naming the field, nginx gets no HUP, the
  installed files stay as they were, and the edge keeps serving the old
  config. A plain HUP (`circusctl reload edge`) refuses a changed
  services/routes section; `make reload` keeps the running edge's ports.
* README's worked example (a third service: one Circus socket and
  watcher, one edge config entry) added to a running stack under load.

A keep-alive client may meet the close of its idle connection when nginx
retires its workers (RFC 9112 9.3.1: it may retry such a request, nothing
was processed; see test_70_faults.py): those are counted, at most one per
keep-alive thread and reload; a request on a fresh connection never
fails."""
import copy
import json
import subprocess  # nosec B404 - runs make and the project's edge.sh
import threading
import time

import pytest
import requests

from edgekit.client import client
from edgekit.stack import ROOT, Stack, load_edge_config, wait_until

KEEPALIVE_THREADS = 2
FRESH_THREADS = 2
SECONDS_MAX = 30
LOAD_SECONDS = 5
ROUNDS = 4
# A client outside limits.exempt (127.0.0.1), to see the rate limits.
OUTSIDER = "127.0.0.2"

# The change: a new route (a path that was the catch-all's 404) and a new
# rate for the route the load uses.
NEW_ROUTE = {
    "match": [{"exact": "/api/hello", "upstream_path": "/health"}],
    "service": "compute", "methods": ["GET", "HEAD"],
    "limits": ["per_client"],
    "waf": {"max_uri_length": 256, "max_args": 8, "content_types": []},
}


def changed(conf):
    conf = copy.deepcopy(conf)
    conf["routes"]["hello"] = copy.deepcopy(NEW_ROUTE)
    rule = conf["limits"]["rules"]["per_client"]
    rule["rate"], rule["burst"] = rule["rate"] + 7, rule["burst"] + 7
    return conf


def write(path, conf):
    # what an operator's editor does: the file is rewritten in place
    path.write_text(json.dumps(conf, indent=1), encoding="utf-8")


@pytest.fixture
def rstack(tmp_path):
    config = tmp_path / "edge.json"
    write(config, load_edge_config())
    s = Stack(tmp_path / "run", config=config, workers=2).start()
    yield s
    assert not s.stop(), "processes left after stop"


def make_reload(stack):
    """`make reload` with the stack's environment: (returncode, output)."""
    proc = subprocess.run(  # nosec B603 B607 - fixed argv
        ["make", "-s", "-C", str(ROOT), "reload"], env=stack.env,
        capture_output=True, text=True, timeout=90)
    return proc.returncode, proc.stdout + proc.stderr


def hup_reload(stack):
    """`circusctl signal edge hup` (the before_signal hook prepares)."""
    proc = stack.circusctl("signal", "edge", "hup", check=False)
    return proc.returncode, proc.stdout + proc.stderr


RELOADS = {"make": make_reload, "circusctl": hup_reload}


def nginx_workers(stack):
    return sorted(p.pid for p in stack.descendants()
                  if p.is_running() and "nginx: worker" in
                  " ".join(p.cmdline()))


def policy(stack, path="/api/fibonacci/5"):
    """The RateLimit-Policy an outside client gets (the route's rules)."""
    r = client(OUTSIDER).get(stack.url + path, timeout=10)
    assert r.status_code == 200, r.text
    return r.headers.get("RateLimit-Policy", "")


class Load:
    """Threads sending GETs until stopped (never longer than SECONDS_MAX):
    KEEPALIVE_THREADS on one session each, FRESH_THREADS on a new
    connection per request. Every answer must be a 200."""

    PATHS = ("/api/fibonacci?count=30", "/api/fibonacci/40", "/health")

    def __init__(self, stack):
        self.url = stack.url
        self.ok = 0
        self.failures = []
        self.retried = {"keepalive": 0, "fresh": 0}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._run, args=(kind,), daemon=True)
            for kind in ["keepalive"] * KEEPALIVE_THREADS
            + ["fresh"] * FRESH_THREADS]

    def _get(self, session, kind, n):
        url = self.url + self.PATHS[n % len(self.PATHS)]
        if kind == "fresh":
            return requests.get(url, timeout=15,
                                headers={"Connection": "close"})
        return session.get(url, timeout=15)

    def _run(self, kind):
        deadline = time.monotonic() + SECONDS_MAX
        n = 0
        with requests.Session() as session:
            while not self._stop.is_set() and time.monotonic() < deadline:
                n += 1
                try:
                    try:
                        r = self._get(session, kind, n)
                    except requests.ConnectionError as exc:
                        # closed with no response ("Connection aborted"):
                        # a client may retry (RFC 9112 9.3.1); counted
                        if "Connection aborted" not in repr(exc):
                            raise
                        with self._lock:
                            self.retried[kind] += 1
                        r = self._get(session, kind, n)
                except requests.RequestException as exc:
                    with self._lock:
                        self.failures.append(repr(exc)[:160])
                    continue
                with self._lock:
                    if r.status_code == 200:
                        self.ok += 1
                    else:
                        self.failures.append((r.status_code, r.text[:160]))

    def more(self, n=40, timeout=30):
        served = self.ok
        wait_until(lambda: self.ok >= served + n, timeout,
                   what=f"{n} more answers")

    def __enter__(self):
        for t in self._threads:
            t.start()
        wait_until(lambda: self.ok > 20, 30, what="the load to run")
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for t in self._threads:
            t.join(timeout=20)


@pytest.mark.parametrize("how", sorted(RELOADS))
def test_a_changed_config_is_applied_without_a_failed_request(rstack, how):
    stack = rstack
    conf = load_edge_config(stack.config_path)
    r = requests.get(stack.url + "/api/hello", timeout=10)
    assert r.status_code == 404
    old_policy = policy(stack)
    assert old_policy, "the route's rate rule sends RateLimit-Policy"
    workers = nginx_workers(stack)
    with Load(stack) as load:
        started = time.monotonic()
        # the change, then back to the original, ROUNDS times; each one
        # visible once the reload command has returned (make) or nginx has
        # new workers (circusctl's HUP is asynchronous)
        for i in range(ROUNDS):
            new = changed(conf) if i % 2 == 0 else conf
            write(stack.config_path, new)
            rc, out = RELOADS[how](stack)
            assert rc == 0, out
            status = 200 if "hello" in new["routes"] else 404
            wait_until(lambda: requests.get(
                stack.url + "/api/hello", timeout=10).status_code == status,
                30, what=f"the route /api/hello to answer {status}")
            load.more()
        wait_until(lambda: time.monotonic() > started + LOAD_SECONDS,
                   LOAD_SECONDS + 1, what="the load's minimum duration")
    print(f"\n{how}: {ROUNDS} reloads in {time.monotonic() - started:.1f} s "
          f"under load: {load.ok} answers, failures {load.failures}, "
          f"retried {load.retried}")
    assert load.failures == [], load.failures[:5]
    assert load.retried["fresh"] == 0
    assert load.retried["keepalive"] <= ROUNDS * KEEPALIVE_THREADS
    assert load.ok > 100
    assert not set(nginx_workers(stack)) & set(workers)
    assert policy(stack) == old_policy
    assert stack.unexpected_errors() == []


def test_the_new_rate_is_visible_after_a_reload(rstack):
    stack = rstack
    conf = load_edge_config(stack.config_path)
    before = policy(stack)
    new = changed(conf)
    write(stack.config_path, new)
    rc, out = make_reload(stack)
    assert rc == 0, out
    assert "edge: reloaded" in out
    # make reload returns once the old workers are gone: every new
    # connection gets the new config
    burst = new["limits"]["rules"]["per_client"]["burst"]
    for _ in range(4):
        after = policy(stack)
        assert f'"per_client";q={burst};' in after, (before, after)
    assert requests.get(stack.url + "/api/hello").json()["service"] \
        == "compute"


BAD = [
    # refused by lua/edge/gen.lua (services and routes' match/service)
    ("gen", lambda c: c["routes"]["hello"].update(service="nope"),
     'config.routes.hello.service: unknown service "nope"'),
    # refused by init_by_lua (the rest of the file)
    ("init_by_lua", lambda c: c["routes"]["hello"].update(limits=["nope"]),
     "config.routes.hello.limits"),
    # refused by nginx -t (an upstream host nginx cannot resolve)
    ("nginx -t",
     lambda c: c["services"]["compute"]["servers"][0].update(
         address="no-such-host.invalid:80"),
     "no-such-host.invalid"),
]


@pytest.mark.parametrize("how", sorted(RELOADS))
@pytest.mark.parametrize("layer,breaks,message", BAD,
                         ids=[b[0] for b in BAD])
def test_a_bad_config_is_refused_and_the_edge_keeps_the_old_one(
        rstack, how, layer, breaks, message):
    stack = rstack
    conf = load_edge_config(stack.config_path)
    conf_dir = stack.run_dir / "edge" / "conf"
    installed = conf_dir.resolve()
    files = {p.name: p.read_bytes()
             for p in (installed / "generated").iterdir()}
    workers = nginx_workers(stack)
    bad = changed(conf)
    breaks(bad)
    write(stack.config_path, bad)
    rc, out = RELOADS[how](stack)
    if how == "make":
        assert rc != 0, out
        assert message in out, out
    else:
        # circusctl only says whether it sent the command: the refusal,
        # naming the field, is in Circus's log
        wait_until(lambda: "reload refused" in stack.output_path.read_text(),
                   30, what="the refusal in Circus's log")
        log = stack.output_path.read_text()
        assert message in log[log.index("reload refused"):], log[-2000:]
    # nothing was installed, no HUP was sent, the old config serves
    assert conf_dir.resolve() == installed
    assert {p.name: p.read_bytes()
            for p in (installed / "generated").iterdir()} == files
    assert sorted(p.name for p in conf_dir.parent.glob("conf.*")) \
        == sorted([installed.name, "conf.lock"])
    assert nginx_workers(stack) == workers
    assert requests.get(stack.url + "/api/hello").status_code == 404
    assert requests.get(stack.url + "/api/fibonacci/10").status_code == 200
    # fixed, the same command applies it
    write(stack.config_path, changed(conf))
    rc, out = RELOADS[how](stack)
    assert rc == 0, out
    wait_until(lambda: requests.get(stack.url + "/api/hello",
                                    timeout=10).status_code == 200,
               30, what="the fixed config")
    # the refusals are the check-only nginx's, on stderr: the running
    # edge's log has none
    assert stack.unexpected_errors() == []


def test_a_plain_hup_never_runs_routes_the_config_does_not_have(rstack):
    """`circusctl reload edge` (and kill -HUP) reach nginx without the
    regeneration: the edge's init finds the installed upstreams/locations
    are not the changed config's and fails, so nginx keeps its workers and
    the old config; a change to other sections applies as before."""
    stack = rstack
    conf = load_edge_config(stack.config_path)
    workers = nginx_workers(stack)
    write(stack.config_path, changed(conf))  # a new route and a new rate
    stack.circusctl("reload", "edge")
    wait_until(lambda: "not what the running nginx config was generated"
               in stack.error_log.read_text(), 30,
               what="the refusal in the edge's log")
    assert nginx_workers(stack) == workers
    assert requests.get(stack.url + "/api/hello").status_code == 404
    assert requests.get(stack.url + "/api/fibonacci/10").status_code == 200
    assert [line for line in stack.unexpected_errors()
            if "config.services, config.routes: not what" not in line] == []
    # the rate alone (services and routes as installed): applied by HUP
    only_rate = copy.deepcopy(conf)
    only_rate["limits"]["rules"] = changed(conf)["limits"]["rules"]
    write(stack.config_path, only_rate)
    before = policy(stack)
    stack.mark_error_log()
    stack.circusctl("reload", "edge")
    wait_until(lambda: policy(stack) != before, 30, what="the new rate")
    assert stack.unexpected_errors() == []
    # the route: make reload regenerates
    write(stack.config_path, changed(conf))
    rc, out = make_reload(stack)
    assert rc == 0, out
    assert requests.get(stack.url + "/api/hello").status_code == 200


def test_make_reload_keeps_the_running_edges_settings(rstack):
    """A reload re-reads the config file: ports, workers and the config's
    path are the running edge's (recorded at its start), whatever the
    shell that runs `make reload` says (Makefile defaults, say)."""
    stack = rstack
    write(stack.config_path, changed(load_edge_config(stack.config_path)))
    env = dict(stack.env, EDGE_PORT="1", EDGE_STATUS_PORT="2",
               COMPUTE_PORT="3", EDGE_WORKERS="7",
               EDGE_CONFIG=str(ROOT / "openresty" / "edge.json"))
    proc = subprocess.run(  # nosec B603 B607 - fixed argv
        ["make", "-s", "-C", str(ROOT), "reload"], env=env,
        capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert str(stack.config_path) in proc.stderr
    assert requests.get(stack.url + "/api/hello").status_code == 200
    assert requests.get(stack.url + "/api/fibonacci/10").status_code == 200
    assert len(nginx_workers(stack)) == 2


def test_the_worked_example_added_to_a_running_stack_under_load(tmp_path):
    """README's worked example on a running stack, under load: its Circus
    block appended to the stack's circus.ini and `circusctl reloadconfig`
    (the new socket and watcher start, the others keep running), its
    edge.json entries merged and `make reload`: the greeter answers through
    the edge, and no request of the load failed."""
    from test_07_edge_services import another_port, readme_example
    ini = tmp_path / "circus.ini"
    ini.write_text((ROOT / "circus.ini").read_text(encoding="utf-8"),
                   encoding="utf-8")
    config = tmp_path / "edge.json"
    write(config, load_edge_config())
    # circusd's environment has the new service's port from the start
    stack = Stack(tmp_path / "run", config=config, ini=ini, workers=2)
    stack.env["GREETER_PORT"] = str(another_port(stack))
    stack.start()
    try:
        before = {w: stack.pids(w) for w in ("compute", "checkins", "edge")}
        with Load(stack) as load:
            ini.write_text(ini.read_text(encoding="utf-8") + "\n"
                           + readme_example("greeter circus.ini") + "\n",
                           encoding="utf-8")
            stack.circusctl("reloadconfig", timeout=60)
            direct = f"http://127.0.0.1:{stack.env['GREETER_PORT']}"
            wait_until(lambda: requests.get(direct + "/health", timeout=5)
                       .status_code == 200, 30, what="the greeter watcher")
            conf = load_edge_config(config)
            for section, items in json.loads(
                    readme_example("greeter edge.json")).items():
                conf[section].update(items)
            write(config, conf)
            rc, out = make_reload(stack)
            assert rc == 0, out
            r = requests.get(stack.url + "/api/greet/ann?lang=de",
                             timeout=10)
            assert r.status_code == 200, r.text
            assert r.json()["greeting"] == "Hallo, ann!"
            load.more()
        assert {w: stack.pids(w) for w in before} == before
        assert load.failures == [], load.failures[:5]
        assert load.retried["fresh"] == 0
        assert load.retried["keepalive"] <= KEEPALIVE_THREADS
        assert stack.unexpected_errors() == []
    finally:
        assert not stack.stop(), "processes left after stop"
