"""Fuzzing the WAF through the real edge: requests made of random bytes,
mutations of corpus values and real-looking structures (deep, long and
malformed JSON, multipart, XML, charsets, compressed and binary bodies),
sent raw over loopback sockets. The oracle is the edge's contract:
  - never a 5xx (the trivial upstream behind it answers 200 to anything, so
    a 5xx is the edge's own failure);
  - every answer the edge makes itself is the problem+json envelope;
  - no [error]/[crit]/[alert] line in its error log (a Lua error, an
    inspection that raised).
Every request is reproducible from (seed, index).

    make fuzz                       # FUZZ_SECONDS=300 by default
    .venv/bin/python tests/fuzzkit.py --seconds 60 --seed 7 [--workers 4]
"""
import argparse
import base64
import gzip
import json
import random
import socket
import sys
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_DIR = HERE.parent.parent / "shared" / "corpus"

SPECIALS = ["/*", "*/", "'", '"', "<", ">", "%", "%%", "%u002f", "%c0%af",
            "\\u0027", "\\x3c", "&#x3c;", "&lt", "\x00", "\r\n", "\t", "`",
            "${", "{{", "$(", ";", "|", "&&", "../", "..\\", "\\", "--",
            "#", "\xc0\xaf", "\xe2\x80\xa8", "\ufeff", "\U0001f600", "\x7f",
            "\xff", "=", "(", ")", "[", "]", "{", "}", "+", "@@", "::"]

CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "us-ascii", "UTF-8",
            "'utf-8'", "utf-16", "koi8-r", ""]


def corpus_values(limit=20000, seed=0):
    """Values from the development corpora, when they are there."""
    values = []
    path = CORPUS_DIR / "dev-payloads.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as f:
            for line in f:
                values.append(json.loads(line)["value"])
    path = CORPUS_DIR / "crs-regression.jsonl"
    if path.exists():
        with open(path, encoding="utf-8") as f:
            for line in f:
                case = json.loads(line)
                q = urllib.parse.urlsplit(case["uri"]).query
                for _, v in urllib.parse.parse_qsl(q, keep_blank_values=True):
                    values.append(v)
                if case.get("body"):
                    values.append(case["body"])
    rng = random.Random(seed)
    rng.shuffle(values)
    return values[:limit] or ["select 1", "<b>x</b>", "../../etc/passwd"]


class Gen:
    """Random requests; gen.request(i) is the i-th of this seed's."""

    def __init__(self, seed, corpus):
        self.seed = seed
        self.corpus = corpus

    # -- values ------------------------------------------------------------------

    def random_bytes(self, rng, n=None):
        n = rng.choice((1, 3, 16, 100, 700, 3000)) if n is None else n
        kind = rng.random()
        if kind < 0.3:
            return rng.randbytes(n)
        if kind < 0.6:
            return bytes(rng.choices(range(32, 127), k=n))
        s = "".join(rng.choice(SPECIALS) + rng.choice(("", "a", "1", " "))
                    for _ in range(max(1, n // 3)))
        return s.encode("utf-8", "surrogatepass")

    def mutate(self, rng, value):
        v = value
        for _ in range(rng.randrange(1, 4)):
            op = rng.randrange(9)
            pos = rng.randrange(len(v) + 1)
            if op == 0:
                v = v[:pos] + rng.choice(SPECIALS) + v[pos:]
            elif op == 1 and v:
                v = v[:pos] + v[pos + rng.randrange(1, 8):]
            elif op == 2:
                v = v * rng.choice((2, 10, 50))
            elif op == 3:
                v = urllib.parse.quote(v, safe="")
            elif op == 4:
                v = "".join(c.upper() if rng.random() < 0.5 else c for c in v)
            elif op == 5:
                v = base64.b64encode(v.encode("utf-8", "surrogatepass")).decode()
            elif op == 6:
                v = "".join(f"&#{ord(c)};" if rng.random() < 0.3 else c
                            for c in v)
            elif op == 7:
                v = v[:pos] + "/*" + v[pos:]            # unterminated comment
            else:
                v = v[:pos] + "\\u00" + rng.choice(("27", "3c", "2f", "00")) \
                    + v[pos:]
        return v[:20000]

    def value(self, rng):
        if rng.random() < 0.4:
            return self.random_bytes(rng)
        v = self.mutate(rng, rng.choice(self.corpus))
        return v.encode("utf-8", "surrogatepass")

    # -- bodies ------------------------------------------------------------------

    def json_body(self, rng):
        kind = rng.randrange(7)
        text = lambda: self.value(rng).decode("utf-8", "replace")  # noqa: E731
        if kind == 0:                                       # deep
            depth = rng.choice((3, 5, 20, 200, 2000))
            return ("[" * depth + json.dumps(text()) + "]" * depth).encode()
        if kind == 1:                                       # long
            n = rng.choice((10, 100, 3000))
            return json.dumps([text()[:50] for _ in range(n)]).encode()
        if kind == 2:                                       # many keys
            return json.dumps({f"k{i}": text()[:80] for i in range(
                rng.choice((5, 64, 500)))}).encode()
        if kind == 3:                                       # raw bytes inside
            return b'{"note": "' + self.value(rng) + b'"}'
        if kind == 4:                                       # odd JSON
            return rng.choice([
                b'{"a": 1, "a": 2}', b'{"a": "\\ud800"}', b'\xef\xbb\xbf{}',
                b'{"a": 1e999999}', b'{"a": -0.0e-400}', b'[1, 2,]',
                b'{"a": "x"} trailing', b'{"a": NaN}', b'"just a string"',
                b'{"\\u0000": "\\u0000"}', b'{"a": [}', b"{'a': 1}",
                b"1" * 5000, b'{"a": "' + b"\\" * 3001 + b'"}', b"",
                b"null", b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]",
            ])
        return json.dumps({"note": text(), "user": text()[:30],
                           "tags": [text()[:20]]}).encode()

    def multipart_body(self, rng):
        boundary = rng.choice(["b0und", "----WebKitFormBoundary7MA4YWxk",
                               "x" * 70, "a'()+_,-./:=?"])
        parts = []
        for i in range(rng.choice((0, 1, 3, 80))):
            name = rng.choice(["f", "note", "a" * 300, 'x"y', "file", "é"])
            head = f'Content-Disposition: form-data; name="{name}{i}"'
            if rng.random() < 0.3:
                fname = self.value(rng).decode("latin-1")[:100]
                head += f'; filename="{fname}"'
                head += "\r\nContent-Type: " + rng.choice(
                    ["application/octet-stream", "text/plain", "image/png"])
            parts.append(b"--" + boundary.encode() + b"\r\n"
                         + head.encode("latin-1", "replace") + b"\r\n\r\n"
                         + self.value(rng) + b"\r\n")
        end = b"--" + boundary.encode() + b"--\r\n"
        if rng.random() < 0.2:
            end = b""                                         # truncated
        return b"".join(parts) + end, boundary

    def xml_body(self, rng):
        inner = self.value(rng).decode("utf-8", "replace")
        return rng.choice([
            f"<a><b>{inner}</b></a>",
            f'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "{inner[:50]}">]>'
            "<a>&e;</a>",
            f"<a><![CDATA[{inner}]]></a>",
            "<a>" * 500 + "x" + "</a>" * 500,
            f'<a x="{inner[:200]}" y=\'1\'/>',
            f"<a>{inner}",
            inner,
        ]).encode("utf-8", "surrogatepass")

    # -- requests ------------------------------------------------------------------

    def request(self, i):
        rng = random.Random(self.seed * 1_000_003 + i)
        kind = rng.randrange(10)
        path = rng.choice(["/probe", "/api/checkins/alice", "/api/fibonacci",
                           "/health", "/a/b/c.json", "/webv3"])
        method, query, headers, body = "GET", [], {}, None
        if kind <= 2:                                       # query values
            for _ in range(rng.randrange(1, 5)):
                name = rng.choice(["q", "count", "id", "sid", "utm_source",
                                   "x_y", "a[]", "redirect"])
                query.append(urllib.parse.quote(name) + "=" + urllib.parse.quote(
                    self.value(rng), safe=rng.choice(("", "/", "%'<>"))))
        elif kind == 3:                                     # path segments
            path = "/probe/" + urllib.parse.quote(self.value(rng)[:300], safe="")
        elif kind == 4:                                     # headers, cookies
            v = self.value(rng)[:2000]
            v = bytes(b for b in v if b not in (0, 10, 13))
            headers[rng.choice(["User-Agent", "Referer", "X-Custom", "Cookie",
                                "X-Forwarded-For", "Accept-Charset",
                                "X_Under_Score", "Origin"])] = \
                v.decode("latin-1")
        else:                                               # bodies
            method = rng.choice(["POST", "POST", "POST", "PUT", "PATCH"])
            path = rng.choice(["/probe", "/webv3", "/api/checkins/alice"])
            ctype = None
            b = rng.randrange(7)
            if b <= 1:
                body, ctype = self.json_body(rng), "application/json"
                if path.startswith("/api/checkins"):
                    method = "POST"
            elif b == 2:
                body, boundary = self.multipart_body(rng)
                ctype = f"multipart/form-data; boundary={boundary}"
            elif b == 3:
                body, ctype = self.xml_body(rng), rng.choice(
                    ["application/xml", "text/xml"])
            elif b == 4:
                body = b"&".join(urllib.parse.quote(str(k)).encode() + b"="
                                 + urllib.parse.quote(self.value(rng)).encode()
                                 for k in range(rng.randrange(1, 20)))
                ctype = "application/x-www-form-urlencoded"
            elif b == 5:
                body = self.value(rng)
                ctype = "text/plain"
            else:                                           # compressed, binary
                body = gzip.compress(self.value(rng))
                ctype = rng.choice(["application/json", "text/plain",
                                    "application/octet-stream"])
                if rng.random() < 0.5:
                    headers["Content-Encoding"] = "gzip"
            if ctype and rng.random() < 0.3:
                ctype += "; charset=" + rng.choice(CHARSETS)
            if ctype:
                headers["Content-Type"] = ctype
        target = path + ("?" + "&".join(query) if query else "")
        return method, target, headers, body


def raw(method, target, headers, body, rid):
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1",
             f"X-Request-ID: {rid}"]
    for k, v in headers.items():
        lines.append(f"{k}: {v}")
    if body is not None:
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace") \
        + (body or b"")


def exchange(port, data, timeout=10):
    """(status, content-type) of the answer; (None, None) when the edge
    closed the connection without one."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        try:
            s.sendall(data)
        except OSError:
            pass                     # refused before the body was all sent
        buf = b""
        try:
            while b"\r\n\r\n" not in buf:
                chunk = s.recv(65536)
                if not chunk:
                    break
                buf += chunk
        except OSError:
            pass
    head = buf.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    lines = head.split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[1].isdigit():
        return None, None
    ctype = ""
    for ln in lines[1:]:
        if ln.lower().startswith("content-type:"):
            ctype = ln.split(":", 1)[1].strip()
    return int(parts[1]), ctype


def run(port, seed, seconds=None, count=None, workers=4, corpus=None):
    """Send requests until `count` are sent or `seconds` have passed;
    returns (sent, statuses, failures) where a failure is
    (index, status, content type, request summary)."""
    gen = Gen(seed, corpus if corpus is not None else corpus_values(seed=seed))
    deadline = time.monotonic() + seconds if seconds else None
    statuses, failures = {}, []
    sent = 0

    def one(i):
        method, target, headers, body = gen.request(i)
        status, ctype = exchange(port, raw(method, target, headers, body,
                                           f"fuzz-{seed}-{i}"))
        return i, status, ctype, (method, target[:120], headers.get(
            "Content-Type"), len(body or b""))

    limit = count or 10**9
    batch = workers * 16
    with ThreadPoolExecutor(workers) as pool:
        while sent < limit and (deadline is None or time.monotonic() < deadline):
            n = min(batch, limit - sent)
            for i, status, ctype, summary in pool.map(one, range(sent, sent + n)):
                statuses[status] = statuses.get(status, 0) + 1
                if status is not None and (
                        status >= 500
                        or (status not in (200,)
                            and not ctype.startswith("application/problem+json"))):
                    failures.append((i, status, ctype, summary))
            sent += n
    return sent, statuses, failures


def log_errors(error_log):
    if not error_log.exists():
        return []
    return [ln for ln in error_log.read_text("utf-8", "replace").splitlines()
            if any(f"[{lvl}]" in ln for lvl in ("error", "crit", "alert",
                                                "emerg"))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()
    from wafkit import WafEdge, waf_config
    edge = WafEdge(Path(tempfile.mkdtemp(prefix="fuzz-")), waf_config()).start()
    try:
        sent, statuses, failures = run(edge.port, args.seed, args.seconds,
                                       workers=args.workers)
        errors = log_errors(edge.error_log)
    finally:
        edge.stop()
    print(f"seed {args.seed}: {sent} requests in {args.seconds:.0f} s; "
          f"statuses {dict(sorted(statuses.items(), key=str))}")
    for f in failures[:20]:
        print("FAIL", f)
    for ln in errors[:20]:
        print("LOG ", ln[:300])
    if failures or errors:
        print(f"{len(failures)} contract failures, {len(errors)} error-log "
              f"lines; replay with Gen({args.seed}, corpus).request(index)")
        sys.exit(1)
    print("ok: no 5xx, every edge answer the envelope, error log clean")


if __name__ == "__main__":
    main()
