"""Services and routes as data: the nginx upstreams and locations are
generated from edge.json's `services` and each route's `match` / `service`
(lua/edge/gen.lua, run by openresty/edge.sh before nginx starts); a bad
section is refused naming the field; a service added by config alone is
routed by the real edge."""
import copy
import http.server
import json
import re
import threading

import pytest
import requests

from edgekit.stack import (ROOT, Edge, Stack, free_port, load_edge_config,
                           run_edge_check, wait_until)

GOOD = load_edge_config()


def with_change(change):
    conf = copy.deepcopy(GOOD)
    change(conf)
    return conf


def write(tmp_path, conf):
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(conf), encoding="utf-8")
    return path


class Recorder:
    """An upstream that answers 200 with its name and the path it got, and
    keeps the paths."""

    def __init__(self, name):
        self.paths = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                outer.paths.append(self.path)
                body = json.dumps({"service": name,
                                   "path": self.path}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                      Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever,
                         daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def recorders():
    made = []

    def make(name):
        r = Recorder(name)
        made.append(r)
        return r
    yield make
    for r in made:
        r.stop()


def add_greeter(conf, servers, extra_match=()):
    """One service entry and one route entry (stand-in upstreams)."""
    conf["services"]["greeter"] = {
        "servers": servers, "keepalive": 4, "connect_timeout": 1,
        "read_timeout": 5, "health": "/health",
    }
    conf["routes"]["greeter"] = {
        "match": [{"prefix": "/api/greet/"},
                  {"exact": "/greeter/health", "upstream_path": "/health"},
                  *extra_match],
        "service": "greeter",
        "methods": ["GET", "HEAD"], "limits": ["per_client"],
        "waf": {"max_uri_length": 256, "max_args": 4, "content_types": []},
    }


def test_generation_from_config(tmp_path, monkeypatch):
    """A prefix and an exact match, two servers with weights, a $VAR port:
    what nginx gets is written from the config (and nginx accepts it)."""
    conf = with_change(lambda c: add_greeter(c, [
        {"address": "127.0.0.1:$GREETER_PORT", "weight": 3,
         "max_fails": 2, "fail_timeout": 7},
        {"address": "127.0.0.2:${GREETER_PORT}", "backup": True},
    ]))
    monkeypatch.setenv("GREETER_PORT", "18123")
    rc, out = run_edge_check(write(tmp_path, conf), tmp_path)
    assert rc == 0, out
    gen = tmp_path / "edge" / "conf" / "generated"
    up = (gen / "upstreams.conf").read_text()
    routes = (gen / "routes.conf").read_text()
    assert ("upstream greeter {\n"
            "    server 127.0.0.1:18123 weight=3 max_fails=2 "
            "fail_timeout=7s;\n"
            "    server 127.0.0.2:18123 weight=1 max_fails=1 "
            "fail_timeout=10s backup;\n"
            "    keepalive 4;\n}") in up
    assert ("location /api/greet/ {\n"
            "    set $edge_route greeter;\n"
            "    include generated/pipeline.conf;\n"
            "    proxy_connect_timeout 1000ms;\n"
            "    proxy_read_timeout 5000ms;\n"
            "    proxy_pass http://greeter;\n}") in routes
    assert ("location = /greeter/health {\n"
            "    set $edge_route greeter;\n") in routes
    assert "    proxy_pass http://greeter/health;\n" in routes
    # what they were generated from, the $VARs as written: the edge's init
    # compares it with its config (a plain HUP cannot pair a changed
    # routes section with these locations: test_09)
    source = (gen / "services.source").read_text()
    assert "server 127.0.0.1:$GREETER_PORT weight=3" in source
    assert "server 127.0.0.2:${GREETER_PORT} weight=1" in source
    assert "location /api/greet/ {" in source
    # the demo services come from the shipped config too (no Circus here:
    # no EDGE_SOCKET_DIR, so their TCP ports)
    assert "upstream compute {" in up and "upstream checkins {" in up
    assert re.search(r"upstream compute \{\n    server 127\.0\.0\.1:\d+ ", up)
    assert "location /api/fibonacci {" in routes
    assert "location = /health/checkins {" in routes
    # nothing demo-specific is left in the fixed frame
    frame = (ROOT / "openresty" / "nginx.conf").read_text()
    assert not re.search(r"location\s+(=\s*)?/(api|health)", frame)
    assert not re.search(r"upstream\s+\w+\s*\{", frame)


def test_a_unix_socket_address(tmp_path, monkeypatch):
    """unix:/path (here from $EDGE_SOCKET_DIR, as under Circus: edge.sh
    sends the demo services there) is written as nginx's unix: server."""
    monkeypatch.setenv("EDGE_SOCKET_DIR", "/run/edge-test")
    monkeypatch.delenv("COMPUTE_ADDRESS", raising=False)
    conf = with_change(lambda c: add_greeter(c, [
        {"address": "unix:/run/greeter/${GREETER_SOCK}"}]))
    monkeypatch.setenv("GREETER_SOCK", "g.sock")
    rc, out = run_edge_check(write(tmp_path, conf), tmp_path)
    assert rc == 0, out
    up = (tmp_path / "edge" / "conf" / "generated"
          / "upstreams.conf").read_text()
    assert ("upstream greeter {\n    server unix:/run/greeter/g.sock "
            "weight=1 max_fails=1 fail_timeout=10s;\n") in up
    assert ("upstream compute {\n    server unix:/run/edge-test/compute.sock "
            "weight=1") in up


BAD = [
    ("route names an unknown service",
     lambda c: c["routes"]["fibonacci"].update(service="computee"),
     'config.routes.fibonacci.service: unknown service "computee"'),
    ("match names an unknown service",
     lambda c: c["routes"]["health"]["match"][1].update(service="nope"),
     'config.routes.health.match[2].service: unknown service "nope"'),
    ("unknown service field",
     lambda c: c["services"]["compute"].update(weight=2),
     "config.services.compute.weight: unknown field"),
    ("unknown server field",
     lambda c: c["services"]["compute"]["servers"][0].update(port=1),
     "config.services.compute.servers[1].port: unknown field"),
    ("unknown match field",
     lambda c: c["routes"]["fibonacci"]["match"][0].update(regex="x"),
     "config.routes.fibonacci.match[1].regex: unknown field"),
    ("no servers",
     lambda c: c["services"]["compute"].update(servers=[]),
     "config.services.compute.servers: number of items must be at least 1"),
    ("unset environment variable",
     lambda c: c["services"]["compute"]["servers"][0].update(
         address="127.0.0.1:$NO_SUCH_PORT_SET"),
     "config.services.compute.servers[1].address: environment variable "
     "NO_SUCH_PORT_SET is not set"),
    ("address not host:port",
     lambda c: c["services"]["compute"]["servers"][0].update(
         address="127.0.0.1"),
     'config.services.compute.servers[1].address: "127.0.0.1" is not '
     "host:port"),
    ("a Unix socket without an absolute path",
     lambda c: c["services"]["compute"]["servers"][0].update(
         address="unix:compute.sock"),
     'config.services.compute.servers[1].address: "unix:compute.sock" is '
     "not host:port or unix:/path"),
    ("a Unix socket path with a dot-dot segment",
     lambda c: c["services"]["compute"]["servers"][0].update(
         address="unix:/run/edge/../x.sock"),
     'config.services.compute.servers[1].address: "unix:/run/edge/../x.sock" '
     "is not host:port or unix:/path"),
    ("nginx syntax in a path",
     lambda c: c["routes"]["fibonacci"]["match"][0].update(
         prefix="/x; return 200"),
     "config.routes.fibonacci.match[1].prefix: "),
    ("prefix and exact both",
     lambda c: c["routes"]["fibonacci"]["match"][0].update(exact="/x"),
     "config.routes.fibonacci.match[1]: exactly one of prefix and exact"),
    ("a path matched twice",
     lambda c: c["routes"]["checkins"]["match"].append(
         {"prefix": "/api/fibonacci"}),
     "config.routes.fibonacci.match[1]: prefix /api/fibonacci is already "
     "matched by config.routes.checkins.match[2]"),
    ("the catch-all taken",
     lambda c: c["routes"]["fibonacci"]["match"][0].update(prefix="/"),
     'config.routes.fibonacci.match[1].prefix: "/" is the fixed catch-all'),
    ("the edge's own paths",
     lambda c: c["routes"]["fibonacci"]["match"][0].update(
         prefix="/_edge/x"),
     'config.routes.fibonacci.match[1]: "/_edge/x" is reserved'),
    ("a match without a service",
     lambda c: c["routes"]["fibonacci"].pop("service"),
     "config.routes.fibonacci.match[1].service: is required"),
]


@pytest.mark.parametrize("name,change,message", BAD, ids=[b[0] for b in BAD])
def test_bad_services_or_routes_are_refused_naming_the_field(
        tmp_path, name, change, message):
    rc, out = run_edge_check(write(tmp_path, with_change(change)), tmp_path)
    assert rc != 0, out
    assert "edge: " + message in out, out
    # refused by the generator, before nginx: nothing was written for it
    gen = tmp_path / "edge" / "conf" / "generated"
    assert not (gen / "routes.conf").exists()


def test_unknown_route_field_still_refused_by_the_full_validation(tmp_path):
    """gen.lua checks only the parts it writes; the rest of a route is
    still validated by nginx's init_by_lua before the edge serves."""
    rc, out = run_edge_check(write(tmp_path, with_change(
        lambda c: c["routes"]["fibonacci"].update(servce="compute"))),
        tmp_path)
    assert rc != 0
    assert "config.routes.fibonacci.servce: unknown field" in out, out


def test_a_third_service_added_by_config_is_routed(tmp_path, upstream,
                                                   recorders):
    """One `services` entry and one route, nothing else: the edge routes
    to it, with the path rewrite, weights, and the
    demo routes unchanged (the stand-in `upstream` is compute)."""
    heavy, light = recorders("heavy"), recorders("light")
    conf = with_change(lambda c: add_greeter(c, [
        {"address": "127.0.0.1:$GREETER_A_PORT", "weight": 3},
        {"address": "127.0.0.1:$GREETER_B_PORT", "weight": 1},
    ]))
    env = {"GREETER_A_PORT": str(heavy.port),
           "GREETER_B_PORT": str(light.port)}
    edge = Edge(tmp_path, upstream.port, config=conf, workers=1, env=env)
    with edge:
        for i in range(40):
            r = requests.get(f"{edge.url}/api/greet/ann?i={i}", timeout=10)
            assert r.status_code == 200, r.text
            assert r.json()["path"] == f"/api/greet/ann?i={i}"
        # smooth weighted round robin, one worker: exactly 3 to 1
        assert (len(heavy.paths), len(light.paths)) == (30, 10)
        r = requests.get(f"{edge.url}/greeter/health", timeout=10)
        assert r.status_code == 200 and r.json()["path"] == "/health"
        # a method the route does not list: the route's own settings apply
        r = requests.post(f"{edge.url}/api/greet/ann", timeout=10)
        assert r.status_code == 405
        # the demo route still goes to its service (the stand-in)
        seen = upstream.seen
        r = requests.get(f"{edge.url}/api/fibonacci/10", timeout=10)
        assert r.status_code == 200 and upstream.seen == seen + 1
        # and an unmatched path is still the fixed frame's unknown route
        r = requests.get(f"{edge.url}/api/greeting", timeout=10)
        assert r.status_code == 404
        log = edge.access_log
    lines = [json.loads(x) for x in log.read_text().splitlines()]
    assert {x["route"] for x in lines} >= {"greeter", "fibonacci",
                                           "unknown"}


@pytest.mark.parametrize("service", ["compute", "checkins"])
def test_openapi_documents_through_the_edge(stack, no_error_log, service):
    r = requests.get(f"{stack.url}/openapi/{service}.json", timeout=10)
    assert r.status_code == 200, r.text
    direct = requests.get(stack.service_url(service) + "/openapi.json",
                          timeout=10)
    assert r.json() == direct.json()
    assert r.json()["openapi"].startswith("3.1")


def readme_example(name):
    """The fenced block after `<!-- example: NAME -->` in README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- example: " + re.escape(name)
                  + r" -->\n```\w*\n(.*?)\n```", text, re.S)
    assert m, f"README.md has no example {name!r}"
    return m.group(1)


def assert_problem(r, status, slug=None):
    assert r.status_code == status, r.text
    assert r.headers["Content-Type"].startswith("application/problem+json")
    body = r.json()
    assert set(body) == {"type", "title", "status", "detail", "request_id"}
    assert body["status"] == status
    if slug:
        assert body["type"] == f"urn:edge:problem:{slug}"
    assert body["request_id"] == r.headers["X-Request-ID"]
    return body


def another_port(stack):
    """A free port for the greeter, none of the stack's own."""
    taken = {stack.edge_port, stack.status_port, stack.compute_port,
             stack.checkins_port}
    return wait_until(lambda: (p := free_port()) not in taken and p, 5,
                      what="a free port")


def test_the_worked_example_runs_a_real_third_service(tmp_path):
    """README's worked example, exactly: its Circus block appended to a
    copy of circus.ini, its edge.json block merged into a copy of the
    shipped config; the real stack (Circus, gunicorn, nginx) on free ports
    serves the greeter (app/greeter.py) through the edge."""
    ini = tmp_path / "circus.ini"
    ini.write_text((ROOT / "circus.ini").read_text(encoding="utf-8")
                   + "\n" + readme_example("greeter circus.ini") + "\n",
                   encoding="utf-8")
    entries = json.loads(readme_example("greeter edge.json"))
    assert set(entries) == {"services", "routes"}
    conf = copy.deepcopy(GOOD)
    for section, items in entries.items():
        assert not set(items) & set(conf[section])
        conf[section].update(items)
    s = Stack(tmp_path / "run", config=conf, ini=ini, workers=1)
    s.env["GREETER_PORT"] = str(another_port(s))
    s.start()
    try:
        wait_until(lambda: requests.get(s.url + "/greeter/health",
                                        timeout=5).status_code == 200,
                   30, what="the greeter behind the edge")
        assert len(s.pids("greeter")) == 1
        r = requests.get(s.url + "/greeter/health", timeout=10)
        assert r.json() == {"status": "ok", "service": "greeter"}
        r = requests.get(s.url + "/api/greet/ann?lang=fr", timeout=10,
                         headers={"X-Request-ID": "greet-1"})
        assert r.status_code == 200, r.text
        assert r.json() == {"name": "ann", "lang": "fr",
                            "greeting": "Bonjour, ann!"}
        assert r.headers["X-Request-ID"] == "greet-1"
        assert "Server-Timing" not in r.headers  # the edge keeps it
        # the service's own problems pass through the edge unchanged
        body = assert_problem(requests.get(s.url + "/api/greet/1ann",
                                           timeout=10),
                              400, "invalid-parameter")
        assert body["detail"].startswith("name must be")
        body = assert_problem(requests.get(s.url + "/api/greet/ann?lang=xx",
                                           timeout=10),
                              400, "invalid-parameter")
        assert body["detail"].startswith("lang must be one of")
        assert_problem(requests.get(s.url + "/api/greet/a/b", timeout=10),
                       404)
        # the route's methods are the edge's to enforce
        assert_problem(requests.post(s.url + "/api/greet/ann", timeout=10),
                       405)
        # its OpenAPI document, as the service serves it
        r = requests.get(s.url + "/openapi/greeter.json", timeout=10)
        assert r.status_code == 200
        direct = requests.get(
            f"http://127.0.0.1:{s.env['GREETER_PORT']}/openapi.json",
            timeout=10)
        assert r.json() == direct.json()
        assert "/api/greet/{name}" in r.json()["paths"]
        # the demo services still answer
        assert requests.get(s.url + "/api/fibonacci/10",
                            timeout=10).status_code == 200
        assert s.unexpected_errors() == []
    finally:
        assert not s.stop(), "processes left after stop"
    lines = [json.loads(x) for x in s.access_log.read_text().splitlines()]
    assert {x["route"] for x in lines if x["uri"].startswith(
        "/api/greet/")} == {"greeter"}
