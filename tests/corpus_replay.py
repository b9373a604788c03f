"""Replay the CRS regression corpus (../shared/corpus/crs-regression.jsonl)
through the real edge and measure what the WAF blocks.

Each case is sent raw over a socket exactly as the corpus gives it (the uri
is already encoded), with Content-Length added when the case has a body and
no such header, and `Connection: close`. A case counts as blocked when the
edge refuses it: any answer other than a pass (the corpus paths go to the
`unknown` route, so a pass is its 404; 2xx/3xx count as passes too), or no
HTTP answer at all. Shape refusals (400, 405, 413, 414, 415, 431) are blocks
too: the request never reaches a service.

Standalone (starts its own edge with openresty/edge.json, bans off):
    .venv/bin/python tests/corpus_replay.py [--pl 1] [--show-missed CAT]
        [--show-fp] [--url http://127.0.0.1:8080]
Prints recall per category on `attack` cases and the block rate on
`benign` cases with pl <= --pl.

tests/corpus_dev.py (the issue-11 development corpora and our own benign
corpus) builds on this module: the edge it starts, raw_bytes(), outcome()
and the keep-alive sender (replay_keepalive).
"""
import argparse
import base64
import collections
import json
import socket
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

from edgekit.stack import EDGE_CONFIG, Edge, free_port, load_edge_config

HERE = Path(__file__).resolve().parent

CORPUS = HERE.parent.parent / "shared" / "corpus" / "crs-regression.jsonl"
ADJUDICATION = HERE / "corpus_adjudication.json"

PASS_STATUSES = {404}


def load_cases(pl_max=1, path=CORPUS):
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            if case["pl"] <= pl_max:
                cases.append(case)
    return cases


def category(case):
    """'942' from 'REQUEST-942-APPLICATION-ATTACK-SQLI'."""
    return case["category"].split("-")[1]


def raw_bytes(case):
    """The case as bytes on the wire. `body_base64` (a body that is not
    text, in tests/corpus/benign-requests.jsonl) is sent as its bytes."""
    body = case.get("body")
    if case.get("body_base64") is not None:
        body = base64.b64decode(case["body_base64"])
    else:
        body = body.encode("utf-8") if body is not None else b""
    lines = [f"{case['method']} {case['uri']} HTTP/1.1"]
    names = set()
    for name, value in case["headers"].items():
        lines.append(f"{name}: {value}")
        names.add(name.lower())
    if body and "content-length" not in names \
            and "transfer-encoding" not in names:
        lines.append(f"Content-Length: {len(body)}")
    if "connection" not in names:
        lines.append("Connection: close")
    if "x-request-id" not in names:
        # the case id comes back in the edge's audit and access log lines
        lines.append(f"X-Request-ID: {case['id']}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + body


def send(host, port, data, timeout=10):
    """Send raw bytes; the status of the first response, or None."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(data)
            try:
                s.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            buf = b""
            while b"\r\n" not in buf:
                chunk = s.recv(4096)
                if not chunk:
                    break
                buf += chunk
            # drain so nginx is not reset mid-write
            while s.recv(65536):
                pass
    except OSError:
        return None
    parts = buf.split(b" ", 2)
    if len(parts) >= 2 and parts[0].startswith(b"HTTP/") \
            and parts[1].isdigit():
        return int(parts[1])
    return None


def blocked(status):
    return status is None or (status >= 400 and status not in PASS_STATUSES)


# Refusals of the request's shape or of the positive model: they say
# nothing about detection (tests/corpus_dev.py counts them apart).
SHAPE_STATUSES = {400, 404, 405, 413, 414, 415, 431}


def outcome(status, pass_statuses=PASS_STATUSES):
    """'pass', 'waf' (403), 'shape' (SHAPE_STATUSES) or 'error' (no
    answer, 5xx, anything else)."""
    if status is not None and (status < 400 or status in pass_statuses):
        return "pass"
    if status == 403:
        return "waf"
    if status in SHAPE_STATUSES:
        return "shape"
    return "error"


MAX_HEAD = 64 * 1024


class _Reader:
    """Buffered reads from one socket, for one answer."""

    def __init__(self, sock):
        self.sock, self.buf = sock, b""

    def fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before the answer ended")
        self.buf += chunk

    def until(self, mark, limit=MAX_HEAD):
        while mark not in self.buf:
            if len(self.buf) > limit:
                raise ValueError("answer head too long")
            self.fill()
        out, self.buf = self.buf.split(mark, 1)
        return out

    def skip(self, n):
        while len(self.buf) < n:
            self.fill()
        self.buf = self.buf[n:]

    def drain(self):
        try:
            while True:
                self.buf = b""
                self.fill()
        except ConnectionError:
            pass


def read_answer(sock, method, reader=None):
    """(status, will_close) of the answer on sock, its body read and
    dropped: what http.client's HTTPResponse gives, at a fraction of its
    cost (the replays spend most of their client time here). 1xx answers
    are skipped; the body ends by Content-Length, by chunks or, with
    neither, at the close. With a `reader` kept for the connection, bytes
    past the answer are the next pipelined answers' and stay in it."""
    r = reader or _Reader(sock)
    while True:
        lines = r.until(b"\r\n\r\n").split(b"\r\n")
        version, status = lines[0].split(b" ", 2)[:2]
        status = int(status)
        if not version.startswith(b"HTTP/") or not 100 <= status <= 999:
            raise ValueError("not an HTTP answer")
        if status >= 200:
            break
    fields = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        fields[name.strip().lower()] = value.strip().lower()
    conn = fields.get(b"connection", b"")
    will_close = b"close" in conn or (version == b"HTTP/1.0"
                                      and b"keep-alive" not in conn)
    if method == "HEAD" or status in (204, 304):
        return status, will_close
    if b"chunked" in fields.get(b"transfer-encoding", b""):
        while True:
            size = int(r.until(b"\r\n").split(b";", 1)[0], 16)
            if size == 0:
                while r.until(b"\r\n"):  # trailer fields, then a blank
                    pass
                break
            r.skip(size + 2)
    elif b"content-length" in fields:
        r.skip(int(fields[b"content-length"]))
    else:
        r.drain()
        will_close = True
    # (bytes past the answer: no request asked for them; start afresh)
    return status, will_close or (reader is None and bool(r.buf))


class KeepAliveSender:
    """Raw requests over one keep-alive connection per thread: a full
    replay of tens of thousands of values pays no connect per request.
    The request goes out as given; the answer is read by `read_answer`
    (its length, chunks, `Connection: close`). A request that fails on a
    reused connection (the server closed it meanwhile) is sent once more
    on a new one; a request with no answer on a new connection gets None."""

    def __init__(self, host, port, timeout=10):
        self.host, self.port, self.timeout = host, port, timeout
        self.local = threading.local()
        self.lock = threading.Lock()
        self.socks = []

    def _connect(self):
        s = socket.create_connection((self.host, self.port),
                                     timeout=self.timeout)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.lock:
            self.socks.append(s)
        self.local.sock = s
        return s

    def _drop(self):
        s = getattr(self.local, "sock", None)
        self.local.sock = None
        if s is not None:
            s.close()

    def send(self, data):
        method = data.split(b" ", 1)[0].decode("ascii", "replace")
        for _ in range(2):
            s = getattr(self.local, "sock", None)
            fresh = s is None
            try:
                s = s or self._connect()
            except OSError:
                return None
            try:
                s.sendall(data)
            except OSError:
                if not fresh:
                    self._drop()
                    continue
                # refused early: the answer may still be there to read
            try:
                status, will_close = read_answer(s, method)
                if will_close:
                    self._drop()
                return status
            except (OSError, ValueError):
                self._drop()
                if fresh:
                    return None
        return None

    def close(self):
        with self.lock:
            for s in self.socks:
                s.close()
            self.socks = []


def replay_keepalive(host, port, items, to_bytes, workers=8):
    """[status] of each item, sent as to_bytes(item) by `workers` threads,
    each over its own keep-alive connection."""
    sender = KeepAliveSender(host, port)
    try:
        with ThreadPoolExecutor(workers) as pool:
            return list(pool.map(lambda it: sender.send(to_bytes(it)),
                                 items))
    finally:
        sender.close()


def replay_pipelined(host, port, items, to_bytes, workers=4, depth=16):
    """[status] of each item, like replay_keepalive, with HTTP/1.1
    pipelining: a batch of `depth` requests goes out in one write on a
    thread's keep-alive connection and the answers are read in order (the
    client's per-request cost is most of a corpus replay's time on two
    cores). When the server closes after answer k, or a reused connection
    fails, the unanswered rest goes again on a new connection; a request
    with no answer as the first on a new connection gets None, as in
    replay_keepalive. Every round answers at least one request or opens a
    new connection, so a batch ends after at most two rounds per item."""
    items = list(items)
    out = [None] * len(items)
    local = threading.local()
    lock = threading.Lock()
    socks = []

    def connect():
        s = socket.create_connection((host, port), timeout=10)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with lock:
            socks.append(s)
        local.sock, local.reader = s, _Reader(s)

    def drop():
        if getattr(local, "sock", None) is not None:
            local.sock.close()
        local.sock = local.reader = None

    def batch(start):
        pending = list(range(start, min(start + depth, len(items))))
        wire = {i: to_bytes(items[i]) for i in pending}
        while pending:
            fresh = getattr(local, "sock", None) is None
            if fresh:
                try:
                    connect()
                except OSError:
                    return
            try:
                local.sock.sendall(b"".join(wire[i] for i in pending))
            except OSError:
                pass  # refused early: answers may still be there to read
            answered = 0
            try:
                for i in pending:
                    method = wire[i].split(b" ", 1)[0].decode("ascii", "replace")
                    out[i], will_close = read_answer(local.sock, method, local.reader)
                    answered += 1
                    if will_close:
                        drop()
                        break
            except (OSError, ValueError):
                drop()
                if fresh and answered == 0:
                    answered = 1  # no answer on a new connection: None
            pending = pending[answered:]

    try:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(batch, range(0, len(items), depth)))
    finally:
        with lock:
            for s in socks:
                s.close()
    return out


def replay(host, port, cases, workers=8):
    """Returns [(case, status)]."""
    with ThreadPoolExecutor(workers) as pool:
        statuses = list(pool.map(lambda c: send(host, port, raw_bytes(c)),
                                 cases))
    return list(zip(cases, statuses))


def load_adjudication(path=ADJUDICATION):
    """Benign-labelled case ids read and judged not benign: {id: reason}."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def summarize(results, adjudicated=None):
    """{'attack': {cat: [blocked, total]}, 'benign': {...}, 'benign_read':
    {...} (benign without the adjudicated cases), 'errors': n}"""
    adjudicated = adjudicated if adjudicated is not None else load_adjudication()
    out = {"attack": collections.defaultdict(lambda: [0, 0]),
           "benign": collections.defaultdict(lambda: [0, 0]),
           "benign_read": collections.defaultdict(lambda: [0, 0]),
           "errors": 0}
    for case, status in results:
        row = out[case["label"]][category(case)]
        row[1] += 1
        if blocked(status):
            row[0] += 1
        if case["label"] == "benign" and case["id"] not in adjudicated:
            row = out["benign_read"][category(case)]
            row[1] += 1
            if blocked(status):
                row[0] += 1
        if status is not None and status >= 500:
            out["errors"] += 1
    return out


def totals(table):
    b = sum(v[0] for v in table.values())
    n = sum(v[1] for v in table.values())
    return b, n


def report(summary, out=sys.stdout):
    print(f"{'category':10} {'recall':>8} {'attacks':>9} "
          f"{'benign blocked':>15} {'benign':>7}", file=out)
    cats = sorted(set(summary["attack"]) | set(summary["benign"]))
    for cat in cats:
        ab, an = summary["attack"].get(cat, [0, 0])
        bb, bn = summary["benign"].get(cat, [0, 0])
        rec = f"{ab / an:.3f}" if an else "-"
        fpr = f"{bb / bn:.3f}" if bn else "-"
        print(f"{cat:10} {rec:>8} {ab:>4}/{an:<4} {fpr:>15} "
              f"{bb:>3}/{bn:<3}", file=out)
    ab, an = totals(summary["attack"])
    bb, bn = totals(summary["benign"])
    print(f"{'all':10} {ab / an:>8.3f} {ab:>4}/{an:<4} {bb / bn:>15.3f} "
          f"{bb:>3}/{bn:<3}", file=out)
    rb, rn = totals(summary["benign_read"])
    print(f"benign blocked without the {bn - rn} adjudicated cases "
          f"(tests/corpus_adjudication.json): {rb / rn:.3f} {rb}/{rn}",
          file=out)
    if summary["errors"]:
        print(f"5xx answers: {summary['errors']}", file=out)


def replay_config(path=EDGE_CONFIG):
    """The shipped config with bans off (one client sends every case)."""
    conf = load_edge_config(path)
    ban = conf.get("waf", {}).get("ban")
    if ban is not None:
        ban["enabled"] = False
    return conf


def run_edge(run_dir, config=None):
    """An edge on the shipped config (bans off); upstreams unused."""
    return Edge(run_dir, compute_port=free_port(),
                config=config or replay_config(), workers=2)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pl", type=int, default=1)
    p.add_argument("--url", help="replay against a running edge instead")
    p.add_argument("--show-missed", metavar="CAT", action="append",
                   default=[], help="print missed attacks of a category "
                   "('all' for every category)")
    p.add_argument("--show-fp", action="store_true",
                   help="print blocked benign cases")
    p.add_argument("--json", action="store_true",
                   help="print the summary as JSON")
    args = p.parse_args(argv)
    cases = load_cases(args.pl)
    if args.url:
        u = urlsplit(args.url)
        results = replay(u.hostname, u.port or 80, cases)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            with run_edge(tmp) as edge:
                results = replay("127.0.0.1", edge.port, cases)
    summary = summarize(results)
    for case, status in results:
        cat = category(case)
        show = (case["label"] == "attack" and not blocked(status)
                and (cat in args.show_missed or "all" in args.show_missed))
        show = show or (args.show_fp and case["label"] == "benign"
                        and blocked(status))
        if show:
            print(json.dumps({"id": case["id"], "status": status,
                              "method": case["method"], "uri": case["uri"],
                              "headers": {k: v for k, v in
                                          case["headers"].items()
                                          if k.lower() not in (
                                              "host", "accept",
                                              "user-agent")},
                              "body": case["body"]}))
    if args.json:
        print(json.dumps({k: dict(v) if isinstance(v, dict) else v
                          for k, v in summary.items()}))
    report(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
