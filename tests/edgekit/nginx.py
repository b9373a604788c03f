"""nginx processes of the tests' and benches' own (not the edge): a prefix
directory, a config from render(), run in the foreground on a free port."""
import json
import shutil
import socket
import subprocess  # nosec B404 - runs nginx, fixed argv
import textwrap
from pathlib import Path

from edgekit.stack import ROOT, free_port, lua_modules, wait_until


class NginxProcess:
    """An nginx of the bench's own (not the edge): a prefix directory, a
    config from render(), run in the foreground on a free port."""

    start_timeout = 10

    def __init__(self, run_dir):
        self.dir = Path(run_dir)
        self.port = free_port()
        self.proc = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def binary(self):
        return shutil.which("openresty") or shutil.which("nginx") \
            or "/usr/sbin/nginx"

    def render(self):
        raise NotImplementedError

    def start(self):
        for d in ("conf", "logs", "tmp"):
            (self.dir / d).mkdir(parents=True, exist_ok=True)
        conf = self.dir / "conf" / "nginx.conf"
        conf.write_text(self.render())
        self.proc = subprocess.Popen(  # nosec B603 - fixed argv
            [self.binary(), "-p", str(self.dir), "-c", str(conf),
             "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def up():
            if self.proc.poll() is not None:
                raise RuntimeError(f"{type(self).__name__} exited: " + (
                    self.dir / "logs" / "error.log").read_text())
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", self.port)) == 0

        wait_until(up, self.start_timeout, what=type(self).__name__)
        return self

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=20)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class LuaCheckServer(NginxProcess):
    """nginx with the edge's Lua modules and shared dicts and test-only
    locations: the edge config is written to self.conf_path; `init_lua`
    runs in init_by_lua (the master: it can read the checkout and the
    config, which the workers, nobody when started as root, may not), and
    `locations` maps a path to the Lua its content_by_lua runs."""

    start_timeout = 15
    body_size = "1m"

    def __init__(self, run_dir, config, init_lua, locations):
        super().__init__(run_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.dir.chmod(0o755)
        self.conf_path = self.dir / "edge.json"
        self.conf_path.write_text(json.dumps(config), encoding="utf-8")
        self.conf_path.chmod(0o644)
        self.init_lua = init_lua.replace("$CONFIG", str(self.conf_path))
        self.locations = locations
        self.start()

    def render(self):
        locations = "".join(
            f"        location = {path} {{\n"
            f"            content_by_lua_block {{ {code} }}\n"
            f"        }}\n" for path, code in self.locations.items())
        return f"""
{lua_modules(self.binary())}
worker_processes 1;
pid logs/nginx.pid;
error_log logs/error.log warn;
events {{ worker_connections 16; }}
http {{
    access_log off;
    client_body_temp_path tmp;
    client_body_buffer_size {self.body_size};
    client_max_body_size {self.body_size};
    lua_package_path "{ROOT}/lua/?.lua;;";
    lua_shared_dict edge_limits 1m;
    lua_shared_dict edge_conn 1m;
    lua_shared_dict edge_metrics 1m;
    lua_shared_dict edge_state 1m;
    lua_shared_dict edge_reputation 1m;
    init_by_lua_block {{
{self.init_lua}
    }}
    server {{
        listen 127.0.0.1:{self.port};
{locations}    }}
}}
"""

    def log_tail(self, n=30):
        log = self.dir / "logs" / "error.log"
        if not log.exists():
            return ""
        return "\n".join(
            log.read_text("utf-8", "replace").splitlines()[-n:])


class TrivialUpstream(NginxProcess):
    """A tiny nginx answering every request with a fixed small JSON body,
    far faster than the edge, so edge overhead is what a bench measures."""

    CONF = textwrap.dedent("""
        worker_processes 1;
        pid logs/nginx.pid;
        error_log logs/error.log warn;
        events {{ worker_connections 4096; }}
        http {{
            access_log off;
            client_body_temp_path tmp; proxy_temp_path tmp;
            fastcgi_temp_path tmp; uwsgi_temp_path tmp; scgi_temp_path tmp;
            keepalive_requests 100000;
            client_max_body_size 10m;
            server {{
                listen 127.0.0.1:{port} reuseport backlog=4096;
                location / {{
                    default_type application/json;
                    return 200 '{{"ok": true}}';
                }}
            }}
        }}
    """)

    def render(self):
        return self.CONF.format(port=self.port)
