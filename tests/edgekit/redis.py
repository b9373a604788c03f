"""Real Redis processes for the shared-store tests and the bench: Debian's
redis-server on a free loopback port, in the foreground, no persistence;
killed, restarted on the same port, or run as a replica or a sentinel."""
import shutil
import signal
import socket
import subprocess  # nosec B404 - starts Debian's redis-server
import tempfile
import time
from pathlib import Path

from edgekit.stack import free_port, wait_until

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def command(port, *args, timeout=2, password=None):
    """One command over RESP (inline form); the reply's first line (AUTH
    first when a password is given)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        if password:
            s.sendall(f"AUTH {password}\r\n".encode())
            ok = b""
            while not ok.endswith(b"\r\n"):
                chunk = s.recv(1)
                if not chunk:
                    break
                ok += chunk
            if not ok.startswith(b"+OK"):
                raise RuntimeError(f"AUTH refused: {ok!r}")
        s.sendall((" ".join(str(a) for a in args) + "\r\n").encode())
        data = b""
        while b"\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        if data.startswith(b"*") or data.startswith(b"$"):
            # a bulk or an array: read a little more for the first item
            s.settimeout(0.2)
            try:
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    data += chunk
            except OSError:
                pass
        return data.decode("utf-8", "replace")


def self_signed(directory, name="localhost"):
    """A self-signed certificate and its key (openssl), for a TLS Redis."""
    directory = Path(directory)
    cert, key = directory / "redis.crt", directory / "redis.key"
    subprocess.run(  # nosec B603 B607 - fixed argv, Debian's openssl
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2",
         "-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}"],
        check=True, capture_output=True)
    return cert, key


class Redis:
    """redis-server on 127.0.0.1:port (a fresh free port unless given)."""

    def __init__(self, run_dir, port=None, replica_of=None, sentinel=None,
                 password=None, tls=None, unixsocket=False):
        self.run_dir = Path(run_dir)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.replica_of = replica_of
        self.sentinel = sentinel  # (master_name, master_port) for a sentinel
        self.password = password  # requirepass (AUTH needed)
        # (cert file, key file): also TLS on tls_port (clients unverified)
        self.tls = tls
        self.tls_port = free_port() if tls else None
        # also a Unix domain socket: in a directory of its own, short (a
        # socket's path has ~107 bytes) and open to nginx's workers (nobody)
        self.unixsocket = None
        if unixsocket:
            self.unixsocket = Path(tempfile.mkdtemp(prefix="redis-")) / "s"
            self.unixsocket.parent.chmod(0o755)
        self.proc = None
        self.log = self.run_dir / f"redis-{self.port}.log"

    def _args(self):
        if self.sentinel:
            name, mport = self.sentinel
            conf = self.run_dir / f"sentinel-{self.port}.conf"
            conf.write_text(
                f"port {self.port}\nbind 127.0.0.1\n"
                f"sentinel monitor {name} 127.0.0.1 {mport} 1\n"
                f"sentinel down-after-milliseconds {name} 1000\n"
                f"sentinel failover-timeout {name} 5000\n"
                f"sentinel parallel-syncs {name} 1\n")
            return [REDIS_SERVER, str(conf), "--sentinel"]
        args = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--dir", str(self.run_dir), "--protected-mode", "no",
                "--dbfilename", f"dump-{self.port}.rdb",
                # DEBUG SLEEP: a Redis that stops answering, on loopback
                "--enable-debug-command", "local"]
        if self.replica_of:
            args += ["--replicaof", "127.0.0.1", str(self.replica_of)]
        if self.password:
            args += ["--requirepass", self.password]
        if self.unixsocket:
            args += ["--unixsocket", str(self.unixsocket),
                     "--unixsocketperm", "777"]
        if self.tls:
            args += ["--tls-port", str(self.tls_port),
                     "--tls-cert-file", str(self.tls[0]),
                     "--tls-key-file", str(self.tls[1]),
                     "--tls-auth-clients", "no"]
        return args

    def start(self, timeout=10):
        if self.unixsocket:
            self.unixsocket.parent.mkdir(mode=0o755, exist_ok=True)
        out = open(self.log, "ab")  # noqa: SIM115 - closed by the process
        self.proc = subprocess.Popen(  # nosec B603 - fixed argv
            self._args(), stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)
        out.close()
        wait_until(self.ping, timeout, what=f"redis on {self.port}")
        return self

    def ping(self):
        try:
            return "+PONG" in command(self.port, "PING", timeout=0.5,
                                      password=self.password)
        except (OSError, RuntimeError):
            return False

    def cmd(self, *args):
        return command(self.port, *args, password=self.password)

    def kill(self):
        """SIGKILL: the server vanishes mid-flight (its data with it)."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.proc = None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None
        if self.unixsocket:
            shutil.rmtree(self.unixsocket.parent, ignore_errors=True)

    def restart(self, timeout=10):
        self.kill()
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self.start(timeout=timeout)
            except (TimeoutError, OSError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
