"""`make bench` section "waf": what input filtering costs, on loopback with
wrk, one nginx worker, in front of benchlib.TrivialUpstream.

Four benign requests (each with a browser's User-Agent), each through
three edges built from openresty/edge.json (its routes and their WAF
settings; no rate or concurrency limits, which have their own section;
bans off):
  - GET  /api/checkins/alice?q=coffee&page=2&sort=newest&lang=en
  - the same GET with a page load's headers (client hints, a Referer) and
    cookies (analytics, a consent banner's form, a session)
  - POST /api/checkins/alice, 2 KB of API-style JSON (many short fields)
  - POST /api/checkins/alice, 2 KB of JSON carrying a 1.5 KB prose note
  (the bench lets the checkins route take these arguments and bodies)
Figures, each a ratio of 2xx answers/s measured side by side:
  - WAF on ÷ Lua pipeline off                      goal >= 0.85 (GETs),
                                                   >= 0.60 (the JSON POSTs)
  - WAF on ÷ WAF detection off (mode "off": shape checks and body parsing
    still run; the pipeline's own cost is the edge section's figure)
And a reference row per JSON body: a bare nginx whose hand-written Lua only
reads the body and parses it with lua-cjson (CJSON_ONLY) ÷ that nginx
without Lua: the ceiling of any WAF that parses JSON bodies in Lua.
And one row with the REAL check-ins service as upstream (tests/stack.Stack:
the whole stack under Circus, gunicorn + Flask + SQLite, one nginx worker),
pipeline on (edge.json's WAF, no limits, bans off) ÷ pipeline off, POST
/api/checkins/alice with a ~2 KB {"note": <prose>} (what the service
accepts; each one is stored): there the service, not the edge, sets the
pace, so the ratio is what a client of this stack actually sees.
And where Debian's libnginx-mod-http-modsecurity and modsecurity-crs are
installed: a bare nginx reverse proxy with ModSecurity + OWASP CRS
(paranoia level 1, blocking) ÷ the same nginx without it; our answers/s ÷
ModSecurity's (the bare nginx has no Lua and no access log, so this is
severe on us), and our "WAF on ÷ pipeline off" ÷ its "on ÷ off" (each
against its own baseline). Goal >= 20. The row says "skipped" otherwise.
Variants alternate (A B A B ...); medians are reported.
And, where valgrind is installed (BENCH_NO_CG=1 skips it), user-space
instructions per request of one nginx process under callgrind for each
request kind, WAF on / detection off / pipeline off.

Run alone: .venv/bin/python loadtests/bench.py --runs 5 waf
"""
import copy
import json
import os
import shutil
import tempfile
from pathlib import Path

from benchlib import (Edge, ReferenceNginx, TrivialUpstream, alternate,
                      instructions_per_request, median, wrk)
from edgekit.stack import ROOT, Stack, load_edge_config, routed

CONNECTIONS = 32
# issue 11: >= 0.85 on the GET, >= 0.60 on the 2 KB JSON POSTs
GOAL_OFF = {"get": 0.85, "browser": 0.85, "post": 0.60, "prose": 0.60}
GOAL_MODSEC = 20.0

GET_PATH = "/api/checkins/alice?q=coffee&page=2&sort=newest&lang=en"
POST_PATH = "/api/checkins/alice"
# Every request carries a browser's User-Agent, as real clients' do (wrk
# sends none: the edge then scored a missing agent on every request, and a
# real agent's inspection, ~180k instructions before 2026-12-04, was in no
# row).
AGENT = ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 "
         "Firefox/128.0")
# A page load's GET as a browser sends it to a site with analytics and a
# consent banner: client hints, a Referer, and the cookies such a site sets
# (Google Analytics, OneTrust's consent form, a signed session).
BROWSER_HEADERS = {
    "User-Agent": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                   "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"),
    "Accept": ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
               "image/webp,*/*;q=0.8"),
    "Accept-Language": "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
    "Accept-Encoding": "gzip, deflate, br, zstd",
    "sec-ch-ua": '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"',
    "sec-ch-ua-mobile": "?0",
    "sec-ch-ua-platform": '"Windows"',
    "Referer": "https://www.example.com/shop/category/shoes?page=2&sort=price",
    "Cookie": ("_ga=GA1.1.1234567890.1733300000; "
               "_ga_ABCDEF1234=GS1.1.1733300000.3.1.1733300400.0.0.0; "
               "OptanonConsent=isGpcEnabled=0&datestamp=Wed+Dec+04+2026+10%3A00%3A00"
               "+GMT%2B0100&version=202409.1.0&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0"
               "&hosts=&consentId=3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b; "
               "session=eyJ1c2VyIjo0Mn0.Z1a2b3.c4d5e6f7g8h9i0j1k2l3m4n5o6p"),
}

MODSEC_MODULE = Path("/usr/share/nginx/modules/ngx_http_modsecurity_module.so")
# libnginx-mod-http-modsecurity's recommended settings (and the unicode
# map they name, relative to the file).
MODSEC_CONF = Path("/etc/nginx/modsecurity.conf")
UNICODE_MAP = Path("/etc/nginx/unicode.mapping")
CRS_SETUP = Path("/etc/modsecurity/crs/crs-setup.conf")
CRS_RULES = Path("/usr/share/modsecurity-crs/rules")


def api_body():
    """About 2 KB of API-style JSON: many short fields, nested objects."""
    items = [{"sku": f"SKU-{1000 + i}", "name": name, "qty": i + 1,
              "price": round(3.5 * (i + 1), 2), "options": {"size": "M",
                                                             "gift": i % 2 == 0}}
             for i, name in enumerate(["flat white", "croissant",
                                       "lemon cake", "orange juice",
                                       "granola bowl", "espresso"])]
    body = {
        "order_id": "ORD-2026-11-21-000123",
        "customer": {"id": 48213, "name": "Miles O'Brien", "email":
                     "miles.obrien@example.com", "phone": "+1 (555) 123-4567",
                     "tier": "gold"},
        "items": items,
        "delivery": {"street": "12 Rue de Rivoli", "city": "Paris",
                     "zip": "75004", "country": "FR",
                     "slot": "2026-11-21T08:30:00+01:00"},
        "payment": {"method": "card", "last4": "4242", "currency": "EUR"},
        "notes": "Ring twice, please - the bell is broken.",
        "coupon": "WINTER-10", "source": "checkins-web", "version": "2.3.1",
    }
    text = json.dumps(body, ensure_ascii=False)
    pad = 2048 - len(text.encode())
    if pad > 16:
        body["trace"] = "t" * (pad - 14)
        text = json.dumps(body, ensure_ascii=False)
    return text


def json_body():
    """About 2 KB of JSON carrying prose: a 1.5 KB note with punctuation."""
    note = ("Stopped by the corner café after the morning run. The barista "
            "(Ana, I think) recommended the single-origin pour-over: fruity, "
            "a little acidic, not for everyone. I'd go back - maybe on "
            "Sunday, when it's quieter; the queue at 9 o'clock was 12 "
            "people long! Prices: $4.50 for a flat white, $6 for the "
            "pour-over. Wi-Fi works, sockets are rare. Note to self: bring "
            "the notebook & the charger next time, and try the lemon cake. ")
    body = {
        "note": (note * 3)[:1500],
        "tags": ["coffee", "morning", "run", "weekend", "city-centre"],
        "rating": 4,
        "location": {"name": "Corner Café", "lat": 48.8566, "lon": 2.3522},
        "visibility": "friends",
        "client": {"app": "checkins-web", "version": "2.3.1"},
    }
    text = json.dumps(body, ensure_ascii=False)
    pad = 2048 - len(text.encode())
    if pad > 0:
        body["comment"] = "x" * max(0, pad - 16)
        text = json.dumps(body, ensure_ascii=False)
    return text


def bench_config(mode="block"):
    """edge.json's routes and WAF settings, no limits, bans off."""
    conf = copy.deepcopy(load_edge_config())
    routes = {}
    for name, route in conf["routes"].items():
        # no limits, no escalation (limits have their own section)
        routes[name] = {k: copy.deepcopy(route[k])
                        for k in ("methods", "extends", "waf") if k in route}
    # the bench's bodies are richer than the check-in service's {"note"}
    # (and not the document's request body: the positive model still
    # checks the path and q)
    routes["checkins"]["waf"].update(unknown_args="allow", max_json_items=512,
                                     max_json_depth=8, positive_body="ignore")
    waf = copy.deepcopy(conf.get("waf", {}))
    waf.setdefault("ban", {})["enabled"] = False
    waf["mode"] = mode
    return routed({"version": conf["version"], "waf": waf,
                   "routes": routes})


def goodput(result):
    ok = sum(n for status, n in result["status"].items() if 200 <= status < 300)
    return ok / result["seconds"]


KINDS = {
    "get": "GET with 4 arguments",
    "browser": "the same GET with a browser's headers and cookies",
    "post": "POST 2 KB JSON (API fields)",
    "prose": "POST 2 KB JSON (a 1.5 KB prose note)",
}


def note_body():
    """About 2 KB of {"note": prose}: what the real check-ins service takes
    (one key, at most 2000 characters)."""
    note = json.loads(json_body())["note"]
    note = (note + " " + note)[:1950]
    return json.dumps({"note": note}, ensure_ascii=False)


def request_kwargs(kind):
    if kind == "get":
        return GET_PATH, {"headers": {"User-Agent": AGENT}}
    if kind == "browser":
        return GET_PATH, {"headers": dict(BROWSER_HEADERS)}
    body = api_body() if kind == "post" else json_body()
    return POST_PATH, {"method": "POST", "body": body,
                       "headers": {"Content-Type": "application/json",
                                   "User-Agent": AGENT}}


def modsec_available():
    return (MODSEC_MODULE.exists() and MODSEC_CONF.exists()
            and UNICODE_MAP.exists() and CRS_SETUP.exists()
            and CRS_RULES.is_dir())


class PlainNginx(ReferenceNginx):
    """The bench's bare nginx reverse proxy, with or without ModSecurity +
    CRS: the reference for ModSecurity's cost on the same machine."""

    start_timeout = 60   # loading the CRS takes a while

    def __init__(self, run_dir, upstream_port, modsec):
        super().__init__(run_dir, upstream_port)
        self.modsec = modsec

    def _rules(self):
        conf = MODSEC_CONF.read_text()
        conf = conf.replace("SecRuleEngine DetectionOnly", "SecRuleEngine On")
        conf = conf.replace("SecAuditEngine RelevantOnly", "SecAuditEngine Off")
        conf = conf.replace("SecAuditLog /var/log/nginx/modsec_audit.log",
                            f"SecAuditLog {self.dir / 'logs' / 'audit.log'}")
        shutil.copy(UNICODE_MAP, self.dir / "unicode.mapping")
        main = self.dir / "modsecurity.conf"
        main.write_text(conf + "\nSecDebugLogLevel 0\n")
        rules = self.dir / "rules.conf"
        rules.write_text("\n".join([
            f"Include {main}",
            f"Include {CRS_SETUP}",
            f"Include {CRS_RULES}/*.conf",
        ]) + "\n")
        return rules

    def modules(self):
        return f"load_module {MODSEC_MODULE};" if self.modsec else ""

    def http_extra(self):
        if not self.modsec:
            return ""
        return f"modsecurity on; modsecurity_rules_file {self._rules()};"


def _side_by_side(args, edges, kind):
    """Warm every nginx up on this kind of request (and check it passes),
    then run wrk on them in turn (A B A B ...); {name: [wrk results]}."""
    path, kw = request_kwargs(kind)
    for e in edges.values():
        r = wrk(e.url + path, seconds=1, connections=CONNECTIONS, **kw)
        if not r["status"].get(200):
            raise RuntimeError(f"warm-up of {kind}: no 200 in {r['status']}")
    return alternate(
        args.runs,
        **{name: (lambda e=e: wrk(e.url + path, seconds=args.seconds,
                                  connections=CONNECTIONS, **kw))
           for name, e in edges.items()})


def _ratio(results, a, b):
    ra = median([goodput(r) for r in results[a]])
    rb = median([goodput(r) for r in results[b]])
    return ra, rb, (ra / rb if rb else 0.0)


def ours(args, tmp, up):
    rows = []
    with Edge(tmp / "on", up.port, config=bench_config("block")) as on, \
            Edge(tmp / "detect-off", up.port,
                 config=bench_config("off")) as noscan, \
            Edge(tmp / "off", up.port, config=bench_config("block"),
                 pipeline="off") as off:
        edges = {"on": on, "noscan": noscan, "off": off}
        measured = {}
        for kind in KINDS:
            res = _side_by_side(args, edges, kind)
            a, b, ratio = _ratio(res, "on", "off")
            rows.append((f"waf: WAF on ÷ pipeline off, {KINDS[kind]}",
                         f"{ratio:.2f} ({a:,.0f} vs {b:,.0f} req/s)",
                         f">= {GOAL_OFF[kind]:.2f}"))
            a2, b2, ratio2 = _ratio(res, "on", "noscan")
            rows.append((f"waf: detection on ÷ off (shape on), {KINDS[kind]}",
                         f"{ratio2:.2f} ({a2:,.0f} vs {b2:,.0f} req/s)",
                         "WAF's own cost"))
            measured[kind] = (a, ratio)
    return rows, measured


def modsecurity(args, tmp, up, ours_rps):
    if not modsec_available():
        return [("waf: ModSecurity + CRS PL1 (not installed: apt-get install "
                 "libnginx-mod-http-modsecurity modsecurity-crs)", "skipped",
                 f"ours >= {GOAL_MODSEC:.0f}x")]
    rows = []
    with PlainNginx(tmp / "modsec", up.port, modsec=True) as ms, \
            PlainNginx(tmp / "plain", up.port, modsec=False) as plain:
        for kind in KINDS:
            res = _side_by_side(args, {"modsec": ms, "plain": plain}, kind)
            a, b, ratio = _ratio(res, "modsec", "plain")
            rows.append((f"waf: ModSecurity+CRS PL1 ÷ plain nginx, {KINDS[kind]}",
                         f"{ratio:.3f} ({a:,.0f} vs {b:,.0f} req/s)",
                         "reference (issue: 1/20 to 1/35)"))
            ours_abs, ours_ratio = ours_rps[kind]
            times = ours_abs / a if a else 0.0
            rows.append((f"waf: ours ÷ ModSecurity+CRS PL1 (answers/s), {KINDS[kind]}",
                         f"{times:.1f}x ({ours_abs:,.0f} vs {a:,.0f} req/s)",
                         f">= {GOAL_MODSEC:.0f}x"))
            rel = ours_ratio / ratio if ratio else 0.0
            rows.append((f"waf: ours ÷ ModSecurity+CRS PL1 (each ÷ its own "
                         f"baseline), {KINDS[kind]}",
                         f"{rel:.1f}x ({ours_ratio:.2f} vs {ratio:.3f})",
                         f">= {GOAL_MODSEC:.0f}x"))
    return rows


# The least any Lua WAF that inspects JSON bodies does: enter Lua, read the
# body, parse it with lua-cjson. Written by hand for the reference row.
CJSON_ONLY = {
    "http": 'init_by_lua_block { REF_DECODE = require("cjson.safe").decode }',
    "location": """access_by_lua_block {
        ngx.req.read_body()
        local body = ngx.req.get_body_data()
        if not body or not REF_DECODE(body) then
            return ngx.exit(400)
        end
    }""",
}


def parse_floor(args, tmp, up):
    """Reading and parsing the body alone ÷ the same nginx without Lua."""
    rows = []
    with ReferenceNginx(tmp / "ref-cjson", up.port, lua=CJSON_ONLY) as lua, \
            ReferenceNginx(tmp / "ref-plain", up.port) as plain:
        for kind in ("post", "prose"):
            res = _side_by_side(args, {"lua": lua, "plain": plain}, kind)
            a, b, ratio = _ratio(res, "lua", "plain")
            rows.append((f"waf: reference, hand-written Lua that only reads "
                         f"and cjson-decodes the body ÷ the same nginx "
                         f"without Lua, {KINDS[kind]}",
                         f"{ratio:.2f} ({a:,.0f} vs {b:,.0f} req/s)",
                         "the ceiling of any WAF that parses JSON in Lua"))
    return rows


REAL_CONNECTIONS = 8


def real_service(args, tmp):
    """Pipeline on ÷ off in front of the real check-ins service."""
    body = note_body()
    kw = {"method": "POST", "body": body,
          "headers": {"Content-Type": "application/json"}}
    stacks = {"on": Stack(tmp / "real-on", config=bench_config("block"),
                          edge_workers=1),
              "off": Stack(tmp / "real-off", config=bench_config("block"),
                           pipeline="off", edge_workers=1)}
    try:
        for st in stacks.values():
            st.start()
            r = wrk(st.url + POST_PATH, seconds=1,
                    connections=REAL_CONNECTIONS, **kw)
            if not r["status"].get(201):
                raise RuntimeError(f"warm-up: no 201 in {r['status']}")
        res = alternate(
            args.runs,
            **{name: (lambda st=st: wrk(st.url + POST_PATH,
                                        seconds=args.seconds,
                                        connections=REAL_CONNECTIONS, **kw))
               for name, st in stacks.items()})
    finally:
        for st in stacks.values():
            st.stop()
    a, b, ratio = _ratio(res, "on", "off")
    return [("waf: REAL check-ins service as upstream (whole stack under "
             "Circus), pipeline on ÷ off, POST ~2 KB JSON note "
             f"({len(body.encode())} B), {REAL_CONNECTIONS} conns",
             f"{ratio:.2f} ({a:,.0f} vs {b:,.0f} stored/s)",
             "what a client sees (the service sets the pace)")]


def raw_request(kind):
    path, kw = request_kwargs(kind)
    lines = [f"{kw.get('method', 'GET')} {path} HTTP/1.1", "Host: x"]
    body = kw.get("body", "").encode("utf-8")
    for k, v in kw.get("headers", {}).items():
        lines.append(f"{k}: {v}")
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


# Checkout layouts each callgrind row is measured at (BENCH_CG_LAYOUTS):
# the same code started from another path takes other JIT traces. On
# 2026-12-06 a 1.5 KB prose note's detection measured 507k to 682k
# instructions from four paths to one commit, each path repeatable
# within 1k: a row from one path cannot tell a change from a move.
CG_LAYOUTS = max(1, int(os.environ.get("BENCH_CG_LAYOUTS", "3")))


def instructions(tmp, up):
    """Per request, per kind: WAF on / detection off / pipeline off, one
    nginx process under callgrind (instruction counts do not move with
    the machine's noise: the figure to drive down). LuaJIT's PRNG is
    seeded the same in every run (loadtests/cg_fixed_seed.c, as
    cg_pipeline.py does, when a C compiler is there): it picks the JIT's
    abort penalties and so its traces, which moved a row by ~10k. The
    checkout's path moves them more (CG_LAYOUTS): each variant runs from
    CG_LAYOUTS symlinks to the checkout, and a row gives the medians and
    the range of the detection figure."""
    import cg_pipeline  # (imports bench_core and bench_limits: not at load)
    shim = cg_pipeline.build_shim(tmp) if shutil.which("cc") else None
    env = {"LD_PRELOAD": str(shim)} if shim else None
    variants = (("on", "block", "on"), ("noscan", "off", "on"),
                ("off", "block", "off"))
    roots = []
    for k in range(CG_LAYOUTS):
        link = tmp / ("root-" + "abcdefghij"[k % 10] * (1 + 4 * k))
        link.symlink_to(ROOT)
        roots.append(link)
    edges = {}
    for name, mode, pipeline in variants:
        for k, root in enumerate(roots):
            e = Edge(tmp / f"cg-{name}-{k}", up.port, config=bench_config(mode),
                     workers=1, pipeline=pipeline, env=env, root=root)
            e.start()
            e.stop()      # keep its generated prefix; run it under valgrind
            edges[name, k] = e
    rows = []
    for kind in KINDS:
        req = raw_request(kind)
        n = {key: instructions_per_request(e, req, str(tmp / f"cg-{key[0]}-{key[1]}-{kind}"))
             for key, e in edges.items()}
        med = {name: median([n[name, k] for k in range(CG_LAYOUTS)])
               for name, _, _ in variants}
        det = [n["on", k] - n["noscan", k] for k in range(CG_LAYOUTS)]
        rows.append((f"waf: instructions per request (callgrind; WAF on / "
                     f"detection off / pipeline off), {KINDS[kind]}",
                     f"{med['on']:,.0f} / {med['noscan']:,.0f} / {med['off']:,.0f}: "
                     f"detection {median(det):,.0f} ({min(det):,.0f} to "
                     f"{max(det):,.0f} over {CG_LAYOUTS} checkout paths), the rest "
                     f"of the pipeline (shape, parsing) "
                     f"{med['noscan'] - med['off']:,.0f}",
                     "lower is better (medians of the paths)"))
    return rows


def run(args):
    tmp = Path(tempfile.mkdtemp(prefix="bench-waf-"))
    # nginx workers (nobody, when run as root) must reach the run dirs
    # under this fresh mkdtemp directory; nothing else writes in it.
    os.chmod(tmp, 0o755)  # nosec B103 - workers traverse a fresh private tree
    try:
        with TrivialUpstream(tmp / "upstream") as up:
            rows, ours_rps = ours(args, tmp, up)
            rows += parse_floor(args, tmp, up)
            rows += modsecurity(args, tmp, up, ours_rps)
            if shutil.which("valgrind") and not os.environ.get("BENCH_NO_CG"):
                rows += instructions(tmp, up)
        rows += real_service(args, tmp)
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
