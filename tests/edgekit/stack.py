"""Start the real stack (Circus + nginx + gunicorn) on free loopback ports,
or the edge alone in front of upstreams of the caller's.

Used by the tests, the benchmarks and the load runs: no mocks, the
processes `make run` starts, in a temporary run directory.
"""
import json
import os
import pwd
import signal
import socket
import subprocess  # nosec B404 - starts the project's own processes
import time
from pathlib import Path

import psutil
import requests

from app.supervisor import remove_tmp_dir

ROOT = Path(__file__).resolve().parent.parent.parent
VENV = Path(os.environ.get("VENV", ROOT / ".venv"))
EDGE_CONFIG = ROOT / "openresty" / "edge.json"
BAD_LOG_LEVELS = ("[error]", "[alert]", "[crit]", "[emerg]")


def free_port(host="127.0.0.1"):
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def wait_until(predicate, timeout, interval=0.05, what="condition"):
    """Poll `predicate` until it returns a truthy value or the deadline."""
    deadline = time.monotonic() + timeout
    last_exc = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as exc:  # noqa: BLE001 - retried until deadline
            last_exc = exc
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}"
                       + (f" (last error: {last_exc!r})" if last_exc else ""))


LUA_MODULE_DIRS = ("/usr/share/nginx/modules", "/usr/lib/nginx/modules",
                   "/usr/lib64/nginx/modules")


def lua_modules(nginx):
    """load_module lines for an nginx binary without Lua built in (Debian's
    nginx: the lua module and NDK, where edge.sh finds them); "" for one
    with Lua built in (OpenResty)."""
    out = subprocess.run(  # nosec B603 - fixed argv
        [nginx, "-V"], capture_output=True, text=True, check=False).stderr
    if any(s in out for s in ("ngx_lua", "lua-nginx-module", "openresty")):
        return ""
    for d in map(Path, LUA_MODULE_DIRS):
        lua = d / "ngx_http_lua_module.so"
        if lua.exists():
            ndk = d / "ndk_http_module.so"
            return (f"load_module {ndk};\n" if ndk.exists() else "") \
                + f"load_module {lua};\n"
    raise RuntimeError(f"{nginx} has no Lua module and none is in "
                       + ", ".join(LUA_MODULE_DIRS))


def load_edge_config(path=EDGE_CONFIG):
    """The config at `path`, its services' OpenAPI document paths made
    absolute (they are relative to the config file, and tests write their
    configs elsewhere)."""
    with open(path, encoding="utf-8") as f:
        conf = json.load(f)
    for service in conf.get("services", {}).values():
        if "openapi" in service:
            service["openapi"] = str(Path(path).parent / service["openapi"])
    return conf


def routed(conf):
    """`conf` (a hand-built edge config, changed in place and returned)
    with the shipped config's services, and each route's paths and service
    (`match`, `service`) taken from the shipped route of the same name:
    where the demo routes' requests go."""
    shipped = load_edge_config()
    conf["services"] = json.loads(json.dumps(shipped["services"]))
    for name, route in conf.get("routes", {}).items():
        for field in ("match", "service"):
            if field in shipped["routes"].get(name, {}) and field not in route:
                route[field] = json.loads(json.dumps(
                    shipped["routes"][name][field]))
    return conf


class Stack:
    """One running stack. `Stack(tmp_path).start()`; `.stop()` when done."""

    # the ports this stack picks itself: (attribute, environment variable)
    PORTS = (("edge_port", "EDGE_PORT"), ("status_port", "EDGE_STATUS_PORT"),
             ("compute_port", "COMPUTE_PORT"), ("checkins_port", "CHECKINS_PORT"))
    # a free port can be taken between free_port() and Circus's bind (an
    # outgoing connection's ephemeral port): so many fresh picks at most
    BIND_ATTEMPTS = 3

    def __init__(self, run_dir, config=None, pipeline="on", workers=2,
                 edge_workers=2, env=None, venv=None, ini=None):
        self.run_dir = Path(run_dir)
        self.ini = Path(ini) if ini else ROOT / "circus.ini"
        self.venv = Path(venv) if venv else VENV
        self.run_dir.mkdir(parents=True, exist_ok=True)
        for attr, _ in self.PORTS:
            setattr(self, attr, free_port())
        if config is None:
            config_path = EDGE_CONFIG
        elif isinstance(config, (str, Path)):
            config_path = Path(config)
        else:
            config_path = self.run_dir / "edge.json"
            config_path.write_text(json.dumps(config), encoding="utf-8")
        self.config_path = config_path
        self.env = dict(os.environ)
        self.env.update({
            "PROJECT_DIR": str(ROOT),
            "VENV": str(self.venv),
            "EDGE_RUN_DIR": str(self.run_dir),
            "EDGE_HOST": "127.0.0.1",
            "WORKERS": str(workers),
            "CHECKINS_WORKERS": "1",
            "EDGE_WORKERS": str(edge_workers),
            "EDGE_PIPELINE": pipeline,
            "EDGE_CONFIG": str(config_path),
            "APP_DATABASE": str(self.run_dir / "checkins.sqlite3"),
            # no privilege drop by default (a pytest tmp dir is 0700: a
            # service user could not reach it); test_62 tests the drop
            "EDGE_SERVICE_USER": pwd.getpwuid(os.geteuid()).pw_name,
        })
        self.env.update({name: str(getattr(self, attr)) for attr, name in self.PORTS})
        self.env.update(env or {})
        self.proc = None
        self.output_path = self.run_dir / "circus.out"
        self.error_log = self.run_dir / "edge" / "logs" / "error.log"
        self.access_log = self.run_dir / "edge" / "logs" / "access.log"
        self.endpoint = f"ipc://{self.run_dir}/circus.sock"
        self._error_log_offset = 0

    @property
    def url(self):
        return f"http://127.0.0.1:{self.edge_port}"

    @property
    def status_url(self):
        return f"http://127.0.0.1:{self.status_port}"

    def service_url(self, name):
        port = {"compute": self.compute_port,
                "checkins": self.checkins_port}[name]
        return f"http://127.0.0.1:{port}"

    # -- lifecycle ---------------------------------------------------------

    def start(self, timeout=30):
        for attempt in range(1, self.BIND_ATTEMPTS + 1):
            offset = self.output_path.stat().st_size if self.output_path.exists() else 0
            out = open(self.output_path, "ab")  # noqa: SIM115 - closed in stop
            self._out = out
            self.proc = subprocess.Popen(  # nosec B603 - fixed argv, no shell
                [str(self.venv / "bin" / "python"), "-m", "app.supervisor",
                 str(self.ini)],
                cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True)
            try:
                wait_until(self._ready, timeout, what="the stack to answer")
                break
            except TimeoutError as exc:
                tail = self.tail()
                self.stop()
                with open(self.output_path, "rb") as f:
                    f.seek(offset)
                    lost_port = b"Could not bind" in f.read()
                if lost_port and attempt < self.BIND_ATTEMPTS:
                    self._repick_ports()
                    continue
                raise TimeoutError(f"{exc}\n{tail}") from None
        self.mark_error_log()
        return self

    def _repick_ports(self):
        """New free ports for the ones this stack picked (not a caller's)."""
        for attr, name in self.PORTS:
            if self.env.get(name) == str(getattr(self, attr)):
                port = free_port()
                setattr(self, attr, port)
                self.env[name] = str(port)

    def _ready(self):
        if self.proc.poll() is not None:
            raise RuntimeError(f"circusd exited with {self.proc.returncode}")
        for path in ("/health", "/health/checkins"):
            if requests.get(self.url + path, timeout=2).status_code != 200:
                return False
        return True

    def descendants(self):
        try:
            return psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def cpu_seconds(self):
        """CPU seconds (user + system) so far of the edge's nginx workers
        and the services' gunicorn processes: {"edge": s, "service": s}."""
        out = {"edge": 0.0, "service": 0.0}
        for proc in self.descendants():
            try:
                cmd = " ".join(proc.cmdline())
                times = proc.cpu_times()
            except psutil.Error:
                continue
            kind = ("edge" if cmd.startswith("nginx: worker")
                    else "service" if "gunicorn" in cmd else None)
            if kind:
                out[kind] += times.user + times.system
        return out

    def stop(self, timeout=40):
        """Graceful quit through circusctl; returns processes left alive."""
        if self.proc is None:
            return []
        procs = self.descendants()
        if self.proc.poll() is None:
            self.circusctl("quit", "--waiting", check=False, timeout=timeout)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        _, alive = psutil.wait_procs(procs, timeout=5)
        for p in alive:
            p.kill()
        self._out.close()
        self.proc = None
        return alive

    def circusctl(self, *args, check=True, timeout=30):
        return subprocess.run(  # nosec B603 - fixed argv, no shell
            [str(self.venv / "bin" / "circusctl"), "--endpoint", self.endpoint,
             "--timeout", str(timeout), *args],
            env=self.env, capture_output=True, text=True, check=check,
            timeout=timeout + 10)

    def pids(self, watcher):
        out = self.circusctl("list", watcher).stdout.strip()
        return [int(p) for p in out.split(",") if p.strip()]

    # -- logs --------------------------------------------------------------
    def mark_error_log(self):
        self._error_log_offset = (self.error_log.stat().st_size
                                  if self.error_log.exists() else 0)

    def new_error_log_lines(self):
        if not self.error_log.exists():
            return []
        with open(self.error_log, "rb") as f:
            f.seek(self._error_log_offset)
            text = f.read().decode("utf-8", "replace")
        return text.splitlines()

    def unexpected_errors(self, allow=()):
        """Error-log lines at error level or worse that match no `allow`."""
        return [line for line in self.new_error_log_lines()
                if any(level in line for level in BAD_LOG_LEVELS)
                and not any(a in line for a in allow)]

    def tail(self, n=40):
        parts = []
        for path in (self.output_path, self.error_log):
            if path.exists():
                lines = path.read_text("utf-8", "replace").splitlines()
                parts.append(f"--- {path} ---\n" + "\n".join(lines[-n:]))
        return "\n".join(parts)


def run_edge_check(config_path, run_dir):
    """`openresty/edge.sh check` on a config: (returncode, output)."""
    env = dict(os.environ, EDGE_RUN_DIR=str(run_dir),
               EDGE_CONFIG=str(config_path), EDGE_PORT=str(free_port()))
    proc = subprocess.run(  # nosec B603 - fixed argv, no shell
        [str(ROOT / "openresty" / "edge.sh"), "check"], env=env,
        capture_output=True, text=True, timeout=30)
    return proc.returncode, proc.stdout + proc.stderr


class Edge:
    """The edge alone (openresty/edge.sh, no Circus), for tests and benches
    that point it at upstreams of their own."""

    def __init__(self, run_dir, compute_port, checkins_port=None,
                 config=None, pipeline="on", workers=1, env=None, root=None):
        # root: the checkout edge.sh is started from (a symlink to ROOT
        # gives the same code at another path: loadtests/bench_waf.py)
        self.root = Path(root) if root else ROOT
        self.run_dir = Path(run_dir)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.status_port = free_port()
        if config is not None and not isinstance(config, (str, Path)):
            path = self.run_dir / "edge.json"
            path.write_text(json.dumps(config), encoding="utf-8")
            config = path
        self.env = dict(os.environ, EDGE_RUN_DIR=str(self.run_dir),
                        EDGE_PORT=str(self.port),
                        EDGE_STATUS_PORT=str(self.status_port),
                        COMPUTE_PORT=str(compute_port),
                        CHECKINS_PORT=str(checkins_port or compute_port),
                        EDGE_WORKERS=str(workers), EDGE_PIPELINE=pipeline,
                        EDGE_CONFIG=str(config or EDGE_CONFIG))
        self.env.update(env or {})
        self.error_log = self.run_dir / "edge" / "logs" / "error.log"
        self.access_log = self.run_dir / "edge" / "logs" / "access.log"
        self.proc = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=15):
        self.proc = subprocess.Popen(  # nosec B603 - fixed argv
            [str(self.root / "openresty" / "edge.sh")], env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL)

        def up():
            if self.proc.poll() is not None:
                raise RuntimeError("edge exited: " + self.tail())
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", self.port)) == 0

        wait_until(up, timeout, what="the edge to listen")
        return self

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                self.proc.wait(timeout=10)
        self.proc = None
        remove_tmp_dir(self.run_dir / "edge")  # edge.sh's, when root

    def tail(self, n=30):
        if not self.error_log.exists():
            return ""
        return "\n".join(self.error_log.read_text().splitlines()[-n:])

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def main(argv):
    """Manual use: python -m edgekit.stack [run dir]."""
    import shutil
    import sys
    s = Stack(Path(argv[1]) if len(argv) > 1 else Path("var/manual"))
    s.start()
    print(s.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("left alive:", s.stop(), file=sys.stderr)
    shutil.rmtree(s.run_dir, ignore_errors=True)


if __name__ == "__main__":
    import sys
    main(sys.argv)

