"""Building blocks for `make bench`: wrk on loopback, a trivial upstream,
medians of alternating runs. Every figure is a ratio measured side by side in
one run, never a number compared against a constant from another day."""
import glob
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess  # nosec B404 - runs wrk and nginx, fixed argv
import sys
import tempfile
import textwrap

from edgekit.nginx import NginxProcess, TrivialUpstream  # noqa: F401
from edgekit.stack import (ROOT, Edge, Stack, free_port,  # noqa: F401
                           lua_modules, wait_until)

WRK = shutil.which("wrk") or "/usr/bin/wrk"

# A wrk script that counts responses per status across all threads and
# prints them as one JSON line at the end (wrk's summary only has "non-2xx").
STATUS_SCRIPT = textwrap.dedent("""
    local threads = {}
    function setup(thread)
        threads[#threads + 1] = thread
    end
    function init(args)
        counts = {}
    end
    function response(status, headers, body)
        counts[status] = (counts[status] or 0) + 1
    end
    function done(summary, latency, requests)
        local total = {}
        for _, t in ipairs(threads) do
            for status, n in pairs(t:get("counts")) do
                total[status] = (total[status] or 0) + n
            end
        end
        local parts = {}
        for status, n in pairs(total) do
            parts[#parts + 1] = string.format('"%d": %d', status, n)
        end
        io.write("STATUS_JSON {" .. table.concat(parts, ", ") .. "}\\n")
        io.write(string.format("LATENCY_JSON {\\"p50\\": %.1f, \\"p99\\": %.1f}\\n",
                 latency:percentile(50), latency:percentile(99)))
    end
""")

REQUEST_SCRIPT = textwrap.dedent("""
    wrk.method = {method}
    wrk.body = {body}
    {headers}
""")


def lua_string(s):
    return "[==[" + s + "]==]" if s is not None else "nil"


def wrk(url, seconds=5, connections=32, threads=1, method="GET", body=None,
        headers=None):
    """Run wrk once; returns dict(rps, requests, status{code: n}, p50_ms,
    p99_ms, seconds (asked for), elapsed (wrk's own measure of the run)).
    Status counts come from the Lua script (every response)."""
    # "[ [==[...]==] ]": without the spaces Lua reads "[[" as a long string
    hdrs = "\n".join(f"wrk.headers[ {lua_string(k)} ] = {lua_string(v)}"
                     for k, v in (headers or {}).items())
    script = REQUEST_SCRIPT.format(method=lua_string(method),
                                   body=lua_string(body), headers=hdrs)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script + STATUS_SCRIPT)
        path = f.name
    try:
        out = subprocess.run(  # nosec B603 - fixed argv, loopback url
            [WRK, "-t", str(threads), "-c", str(connections),
             "-d", f"{seconds}s", "--timeout", "10s", "-s", path, url],
            capture_output=True, text=True, check=True,
            timeout=seconds + 60).stdout
    finally:
        os.unlink(path)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    m = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m|h)\b", out)
    total = int(m.group(1))
    elapsed = float(m.group(2)) * {"us": 1e-6, "ms": 1e-3, "s": 1,
                                   "m": 60, "h": 3600}[m.group(3)]
    status = {int(k): v for k, v in json.loads(
        re.search(r"STATUS_JSON (.*)", out).group(1)).items()}
    lat = json.loads(re.search(r"LATENCY_JSON (.*)", out).group(1))
    return {"rps": rps, "requests": total, "status": status,
            "p50_ms": lat["p50"] / 1000, "p99_ms": lat["p99"] / 1000,
            "seconds": seconds, "elapsed": elapsed}


def median(values):
    return statistics.median(values)


def alternate(runs, **variants):
    """Run each variant's callable `runs` times, interleaved (A B A B ...)
    so drift on a noisy machine hits both alike; returns {name: [results]}.
    """
    results = {name: [] for name in variants}
    for _ in range(runs):
        for name, fn in variants.items():
            results[name].append(fn())
    return results


class ReferenceNginx(NginxProcess):
    """A bare nginx reverse proxy of the bench's own (one worker, upstream
    keepalive, no access log), in front of the trivial upstream: the yard
    stick that hand-written reference code (`lua`: a dict with the keys
    "http" and "location", nginx.conf text) or another module (subclasses:
    modules(), http_extra()) is measured against, each variant ÷ the same
    nginx without it."""

    CONF = textwrap.dedent("""
        {modules}
        worker_processes 1;
        pid logs/nginx.pid;
        error_log logs/error.log warn;
        events {{ worker_connections 4096; }}
        http {{
            access_log off;
            client_body_temp_path tmp; proxy_temp_path tmp;
            fastcgi_temp_path tmp; uwsgi_temp_path tmp; scgi_temp_path tmp;
            keepalive_requests 100000;
            client_body_buffer_size 64k;
            {http}
            upstream up {{ server 127.0.0.1:{up}; keepalive 32; }}
            server {{
                listen 127.0.0.1:{port} reuseport backlog=4096;
                location / {{
                    {location}
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_pass http://up;
                }}
            }}
        }}
    """)

    def __init__(self, run_dir, upstream_port, lua=None):
        super().__init__(run_dir)
        self.up = upstream_port
        self.lua = lua

    def binary(self):
        # Debian's modules are built for Debian's nginx.
        return shutil.which("nginx") or "/usr/sbin/nginx"

    def modules(self):
        return lua_modules(self.binary()) if self.lua else ""

    def http_extra(self):
        return self.lua.get("http", "") if self.lua else ""

    def render(self):
        return self.CONF.format(
            modules=self.modules(), http=self.http_extra(),
            location=self.lua.get("location", "") if self.lua else "",
            up=self.up, port=self.port)


def print_table(rows, title=None):
    """rows: list of (figure, value, goal/notes) tuples."""
    if title:
        print(f"\n## {title}\n")
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for i, row in enumerate(rows):
        print("| " + " | ".join(str(c).ljust(w)
                                for c, w in zip(row, widths)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    sys.stdout.flush()


def callgrind_total(edge, request, n, out, done=b"}"):
    """User-space instructions of one nginx process (master_process off,
    the edge's generated config) under callgrind after it answered `n`
    copies of `request` (raw bytes) on one keep-alive connection; an answer
    ends with `done` (the trivial upstream's JSON body ends with "}")."""
    prefix = edge.run_dir / "edge"
    # the edge's private temp directory goes when the edge stops (edge.sh):
    # make it again where the generated config says
    http_conf = (prefix / "conf" / "generated" / "http.conf").read_text()
    m = re.search(r"client_body_temp_path (\S+)/client_body;", http_conf)
    if m:
        os.makedirs(m.group(1), mode=0o711, exist_ok=True)
    proc = subprocess.Popen(  # nosec B603 - fixed argv
        [shutil.which("valgrind") or "/usr/bin/valgrind", "--tool=callgrind",
         "--smc-check=all",
         f"--callgrind-out-file={out}", shutil.which("nginx") or
         "/usr/sbin/nginx", "-p", str(prefix), "-c",
         str(prefix / "conf" / "nginx.conf"),
         "-g", "daemon off; master_process off;"],
        env=edge.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def up():
        if proc.poll() is not None:
            raise RuntimeError("nginx under valgrind exited: " + (
                prefix / "logs" / "error.log").read_text()[-500:])
        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", edge.port)) == 0
    try:
        wait_until(up, 300, what="nginx under valgrind")
        with socket.create_connection(("127.0.0.1", edge.port)) as s:
            for _ in range(n):
                s.sendall(request)
                buf = b""
                while not buf.endswith(done):
                    chunk = s.recv(65536)
                    if not chunk:
                        raise RuntimeError("nginx closed the connection: "
                                           + buf[:200].decode("latin-1"))
                    buf += chunk
    finally:
        proc.send_signal(signal.SIGQUIT)
        proc.wait(timeout=300)
    total = 0
    for f in glob.glob(out + "*"):
        with open(f, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith(("summary:", "totals:")):
                    total = max(total, int(line.split()[1]))
    return total


def instructions_per_request(edge, request, out, n1=300, n2=1300):
    """(total after n2 - total after n1) / (n2 - n1): the start-up and
    warm-up (LuaJIT traces) cancel out. `edge` has been started once and
    stopped (its generated prefix is reused)."""
    a = callgrind_total(edge, request, n1, f"{out}-a")
    b = callgrind_total(edge, request, n2, f"{out}-b")
    return (b - a) / (n2 - n1)
