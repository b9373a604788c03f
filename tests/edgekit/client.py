"""HTTP clients for the tests: requests sessions bound to a loopback source
address, requests sent from threads, and raw requests over a socket (for
what requests cannot send: bad request lines, control bytes, odd framing)."""
import re
import socket
import threading

import requests
from requests.adapters import HTTPAdapter


class SourceAdapter(HTTPAdapter):
    """Connects from a given local address (127.0.0.2, ...)."""

    def __init__(self, source, **kw):
        self.source = source
        super().__init__(**kw)

    def init_poolmanager(self, *args, **kw):
        kw["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kw)


def client(source="127.0.0.1"):
    s = requests.Session()
    adapter = SourceAdapter(source)
    s.mount("http://", adapter)
    return s


class Background:
    """Requests sent from threads (held ones), results collected."""

    def __init__(self):
        self.results = []
        self.threads = []

    def get(self, url, source="127.0.0.1", timeout=30, **kw):
        def run():
            try:
                with client(source) as s:
                    r = s.get(url, timeout=timeout, **kw)
                self.results.append(r.status_code)
            except requests.RequestException as exc:
                self.results.append(type(exc).__name__)

        t = threading.Thread(target=run, daemon=True)
        t.start()
        self.threads.append(t)
        return t

    def join(self, timeout=30):
        for t in self.threads:
            t.join(timeout)


class RawResponse:
    """A response read off a socket: status (None when the connection was
    closed without an answer), headers (lower-case names), body bytes."""

    def __init__(self, data):
        self.data = data
        self.status = None
        self.headers = {}
        self.body = b""
        head, sep, body = data.partition(b"\r\n\r\n")
        if not sep:
            return
        lines = head.decode("latin-1").split("\r\n")
        m = re.match(r"HTTP/1\.[01] (\d{3})", lines[0])
        if not m:
            return
        self.status = int(m.group(1))
        for line in lines[1:]:
            name, _, value = line.partition(":")
            self.headers[name.strip().lower()] = value.strip()
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            self.body = _dechunk(body)
        elif "content-length" in self.headers:
            self.body = body[:int(self.headers["content-length"])]
        else:
            self.body = body

    def __repr__(self):
        return f"RawResponse({self.data[:300]!r})"


def _dechunk(data):
    out = b""
    while data:
        size, _, rest = data.partition(b"\r\n")
        try:
            n = int(size.split(b";")[0], 16)
        except ValueError:
            break
        if n == 0:
            break
        out += rest[:n]
        data = rest[n + 2:]
    return out


def raw(port, data, timeout=5, read_timeout=None):
    """Send bytes to 127.0.0.1:port and read the first answer (up to its
    Content-Length or last chunk), or until the server closes. Returns a
    RawResponse; `status` is None for a connection closed without one."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.settimeout(read_timeout or timeout)
        try:
            s.sendall(data)
        except OSError:
            pass
        buf = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                buf += chunk
                if _complete(buf):
                    break
        except (ConnectionResetError, socket.timeout):
            pass
    return RawResponse(buf)


def _complete(buf):
    head, sep, body = buf.partition(b"\r\n\r\n")
    if not sep:
        return False
    m = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    if m:
        return len(body) >= int(m.group(1))
    if re.search(rb"(?im)^transfer-encoding:\s*chunked", head):
        return body.endswith(b"0\r\n\r\n")
    return False
