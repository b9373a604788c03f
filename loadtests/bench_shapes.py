"""`make bench`'s shapes section: what one long value of one repeated shape
costs the edge, the WAF's worst case per request.

A pattern or a scan that is square in a value's length (a regex that
backtracks from every start, a Lua pattern anchored at the end, a loop
that searches to the value's end from each separator) is invisible on
ordinary traffic and turns a 15 KB request into a second of a worker's
CPU: an attacker's amplification. Every shape here is sent once, through
the edge on the shipped routes (bans off, upstream trivial), in six
places: a JSON note to the catch-all route (whose body limit is 16 KB),
a 60 KB note to the check-ins route (64 KB), a query value, a form body,
a header and a cookie. The slowest request is
the figure; a 15 KB note of prose is the reference beside it.

Shapes: a run of each printable byte (and tab, CR, LF), pairs of the bytes
that rules read (quotes, brackets, separators, escapes...), a few triples
and repeated words, URL shapes (hosts of many labels, user info, IPv6
groups), and 1,200 seeded mixtures of two to five of those pieces. Wall time on loopback, one request at a time over a keep-alive
connection: the machine's noise moves it a little, a square scan by
orders of magnitude.

    python loadtests/bench_shapes.py      # or: make bench BENCH_ARGS=shapes
"""
import http.client
import itertools
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from benchlib import Edge, TrivialUpstream, median
from bench_waf import bench_config

# the slowest shape may cost this much, wall time, one request
GOAL_SLOWEST_MS = 100.0
JSON_CHARS = 15000       # the catch-all route takes 16 KB of body
CHECKIN_CHARS = 60000    # the check-ins route 64 KB
QUERY_CHARS = 1000       # ... and 1024 bytes of an argument's value
FORM_CHARS = 5000        # percent-encoded to ~15 KB
HEADER_CHARS = 3000      # nginx's header buffers hold 8 KB a line
PAIR_BYTES = list(" a1.-_/\\:;=&?'\"<>()[]{}$%@#*,|+!~`\n")
TRIPLES = ["a.-", "a b", "a1.", "a=&", "a/.", "f(,", "a' ", "a<>", "a--", "a (",
           "a )", "a ,", 'a":', "a\\.", "a@.", "1.1", "a:/"]
WORDS = ["or ", "and ", "select ", "union ", "the ", "a,", "x.y ", "http://a.b/ ",
         "$(", "${", "{{", "<a ", "on ", "a=b ", "--", "/*", "*/", "../", "..\\",
         "%2e", "&#", "\\u00", "0x", "AAAA", "aaaa ", "Ab ", "1e1", "' or '", "||",
         "&&", ";a ", "|a ", "`a", "a:b ", "a@b ", "a.b.", "a-b-", "a_b_", "C:\\",
         "\\\\a\\", "a\\n", "eval(", "a(b", "a)b", "#{", "@(", "| ", "'"]
# (prefix, unit, suffix): a URL's parts repeated
URLS = {"host labels": ("see http://", "ab1.", "x/"),
        "host labels with user": ("http://", "ab1.", "x@h/"),
        "IPv6 groups": ("http://[", "ab:", "1]/"),
        "path segments": ("/", "ab/", "x"),
        "query pairs": ("/x?", "a=1&", "b=2"),
        "mail labels": ("mail me at user@", "ab.", "org")}
PROSE = ("The parcel came two days late, the box was dented and one jar had "
         "cracked; support said they'd refund the jar (order 2210-B) but not "
         "the shipping. ")


def fill(unit, n, prefix="", suffix=""):
    body = unit * ((n - len(prefix) - len(suffix)) // len(unit) + 1)
    return prefix + body[:max(1, n - len(prefix) - len(suffix))] + suffix


MIX_SEED, MIX_COUNT = 7, 1200
MIX_PIECES = PAIR_BYTES + ["select ", "or ", "http://", "../", "${", "{{", "<a ", "on", "'",
                           "\\u00", "%2e", "cat ", "/etc/", "/*", "*/"]


def mixtures(n):
    """{name: value}: seeded units of two to five pieces, repeated to n
    characters (what one shape alone does not reach: a scan that reads to
    the next byte of another kind, which a run of one kind lacks)."""
    rnd = random.Random(MIX_SEED)  # nosec B311 - a fixed seed for test data
    out = {}
    for i in range(MIX_COUNT):
        parts = rnd.sample(MIX_PIECES, rnd.randint(2, 5))
        unit = "".join(rnd.choice(parts) for _ in range(rnd.randint(3, 12)))
        out[f"mix {unit!r}"] = fill(unit, n)
    return out


def shapes(n):
    """{name: value} of n characters each."""
    out = mixtures(n)
    for c in [chr(c) for c in range(32, 127)] + ["\t", "\n", "\r"]:
        out[f"run {c!r}"] = c * n
    for a, b in itertools.product(PAIR_BYTES, PAIR_BYTES):
        if a != b:
            out[f"pair {a + b!r}"] = fill(a + b, n)
    for t in TRIPLES:
        out[f"triple {t!r}"] = fill(t, n)
    for w in WORDS:
        out[f"word {w!r}"] = fill(w, n)
    for name, (pre, unit, post) in URLS.items():
        out[name] = fill(unit, n, pre, post)
    return out


HEAD = ("Host: api.example.com\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; "
        "rv:133.0) Gecko/20100101 Firefox/133.0\r\nAccept: */*\r\n")


def as_json(v):
    body = json.dumps({"note": v}).encode()
    return ("POST", "/api/notes", body, {"Content-Type": "application/json"})


def as_checkin(v):
    body = json.dumps({"note": v}).encode()
    return ("POST", "/api/checkins/alice", body, {"Content-Type": "application/json"})


def as_query(v):
    return ("GET", "/api/search?q=" + quote(v, safe=""), None, {})


def as_form(v):
    body = ("note=" + quote(v, safe="")).encode()
    return ("POST", "/api/notes", body,
            {"Content-Type": "application/x-www-form-urlencoded"})


def printable(v, drop=""):
    return "".join(c if 32 <= ord(c) < 127 and c not in drop else "_" for c in v)


def as_header(v):
    return ("GET", "/api/search?q=1", None, {"X-Note": printable(v)})


def as_cookie(v):
    return ("GET", "/api/search?q=1", None,
            {"Cookie": "a=1; note=" + printable(v, drop="; ")})


PLACES = [("json note", as_json, JSON_CHARS), ("check-in note", as_checkin, CHECKIN_CHARS),
          ("query value", as_query, QUERY_CHARS),
          ("form body", as_form, FORM_CHARS), ("header", as_header, HEADER_CHARS),
          ("cookie", as_cookie, HEADER_CHARS)]


class Client:
    """One keep-alive connection, reopened when the edge closes it."""

    def __init__(self, port):
        self.port, self.conn = port, None

    def send(self, method, path, body, headers):
        for _ in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port,
                                                       timeout=30)
            try:
                t = time.perf_counter()
                self.conn.request(method, path, body=body, headers={
                    "User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) "
                                  "Gecko/20100101 Firefox/133.0", **headers})
                r = self.conn.getresponse()
                r.read()
                ms = (time.perf_counter() - t) * 1000
                if r.getheader("Connection", "").lower() == "close":
                    self.close()
                return r.status, ms
            except (http.client.HTTPException, OSError):
                self.close()
        return None, 0.0

    def close(self):
        if self.conn is not None:
            self.conn.close()
        self.conn = None


def measure(port):
    """[(ms, place, status, shape)] of every shape in every place, and the
    prose reference's median (ms)."""
    client = Client(port)
    out = []
    try:
        prose = fill(PROSE, JSON_CHARS)
        for _ in range(3):                      # warm the worker
            client.send(*as_json(prose))
        ref = median([client.send(*as_json(prose))[1] for _ in range(9)])
        for place, encode, n in PLACES:
            for shape, v in shapes(n).items():
                status, ms = client.send(*encode(v))
                out.append((ms, place, status, shape))
    finally:
        client.close()
    return out, ref


def rows_of(results, ref):
    results = sorted(results, reverse=True)
    worst = results[0]
    inspected = sum(1 for r in results if r[2] in (403, 404, 200))
    nxt = ", ".join(f"{ms:.0f}" for ms, *_ in results[1:4])
    return [
        (f"long one-shape values: the slowest of {len(results)} "
         f"({inspected} inspected, the rest refused by a limit first)",
         f"{worst[0]:.0f} ms ({worst[3]}, {worst[1]}); next {nxt} ms",
         f"<= {GOAL_SLOWEST_MS:.0f} ms"),
        ("long one-shape values: median / a 15 KB prose note's median",
         f"{median([r[0] for r in results]):.1f} / {ref:.1f} ms", "reference"),
    ]


def run(args=None):
    tmp = Path(tempfile.mkdtemp(prefix="bench-shapes-"))
    # nginx workers (nobody, when run as root) must reach the run dirs
    # under this fresh mkdtemp directory; nothing else writes in it.
    os.chmod(tmp, 0o755)  # nosec B103 - workers traverse a fresh private tree
    try:
        with TrivialUpstream(tmp / "upstream") as up, \
                Edge(tmp / "edge", up.port, config=bench_config("block")) as edge:
            results, ref = measure(edge.port)
        return rows_of(results, ref)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    from benchlib import print_table
    print_table([("figure", "measured", "goal"), *run()], title="shapes")
    sys.exit(0)
