"""One contract: the edge's positive model is compiled from the services'
OpenAPI documents (lua/edge/waf/openapi.lua, the files in
openresty/openapi/), and the edge in front of the services keeps the
documents' promises.

  * the committed documents are what the services serve (no drift);
  * the edge's verdicts follow the document it reads, whatever its bounds
    (a document with other bounds, in front of a stand-in upstream);
  * a document the edge cannot check faithfully stops it, naming the part;
  * schemathesis through the real edge in front of the real services
    finds no 5xx and no answer the document does not allow.

Bounds come from the documents, never from numbers written here."""
import json

import pytest
import requests

from app.openapi import EDGE_DIR, SERVICES, document, dumps, parameter
from contractkit import contract_stack, through_edge
from edgekit.stack import load_edge_config, run_edge_check
from wafkit import WafEdge, problem_slug, waf_config

PROBLEM = "application/problem+json"


def doc_path(service):
    return EDGE_DIR / f"{service}.json"


def committed(service):
    return json.loads(doc_path(service).read_text("utf-8"))


# The committed documents ------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES)
def test_committed_document_is_what_the_code_builds(service):
    """`python -m app.openapi --write` (make openapi) writes this file; a
    bound changed in the service and not written out fails here."""
    assert doc_path(service).read_text("utf-8") == dumps(document(service)), \
        f"{doc_path(service)} is stale: run make openapi"


@pytest.mark.parametrize("service", SERVICES)
def test_committed_document_is_what_the_service_serves(stack, service):
    """The running service (default settings), asked through the edge."""
    r = requests.get(f"{stack.url}/openapi/{service}.json", timeout=10)
    assert r.status_code == 200
    assert r.json() == committed(service)


def test_shipped_routes_repeat_no_bound():
    """edge.json names the documents; the routes using them carry no
    argument or path rules of their own."""
    conf = json.loads((EDGE_DIR.parent / "edge.json").read_text("utf-8"))
    using = [name for name, r in conf["routes"].items()
             if r.get("waf", {}).get("positive") == "openapi"]
    assert sorted(using) == ["checkins", "fibonacci"]
    for name in using:
        waf = conf["routes"][name]["waf"]
        assert not {"args", "path", "unknown_args"} & set(waf), name
    for service in SERVICES:
        assert conf["services"][service]["openapi"] == \
            f"openapi/{service}.json"


# Verdicts follow the document -----------------------------------------------


def variant_docs(tmp_path, change):
    """Copies of the committed documents, `change(docs)` applied, and a
    WAF test config (bans off) whose services read them."""
    docs = {s: committed(s) for s in SERVICES}
    change(docs)
    conf = waf_config()
    for s in SERVICES:
        path = tmp_path / f"{s}.json"
        path.write_text(json.dumps(docs[s]), encoding="utf-8")
        conf["services"][s]["openapi"] = str(path)
    return docs, conf


def tighten(docs):
    compute = docs["compute"]
    count = parameter(compute, "/api/fibonacci", "get", "count")["schema"]
    count["maximum"] = 7
    n = parameter(compute, "/api/fibonacci/{n}", "get", "n")["schema"]
    n["maximum"] = 30
    checkins = docs["checkins"]
    item = checkins["paths"]["/api/checkins/{user}"]
    q = parameter(checkins, "/api/checkins/{user}", "get", "q")["schema"]
    q["maxLength"] = 3
    note = item["post"]["requestBody"]["content"]["application/json"][
        "schema"]["properties"]["note"]
    note["maxLength"] = 5
    checkins["components"]["parameters"]["user"]["schema"]["pattern"] = \
        "^(?:[a-z]{1,4})$"
    # GET only on a path of its own: POST there is 405 (Allow: GET, HEAD)
    checkins["paths"]["/api/checkins/{user}/recent"] = {
        "parameters": item["parameters"],
        "get": {k: v for k, v in item["get"].items() if k != "parameters"}}


@pytest.fixture(scope="module")
def tight(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tight-docs")
    docs, conf = variant_docs(tmp, tighten)
    e = WafEdge(tmp_path_factory.mktemp("tight"), conf).start()
    yield e, docs
    e.stop()


def bound(docs, service, path, method, name, key):
    return parameter(docs[service], path, method, name)["schema"][key]


def test_query_and_path_bounds_are_the_documents(tight):
    edge, docs = tight
    top = bound(docs, "compute", "/api/fibonacci", "get", "count", "maximum")
    assert requests.get(f"{edge.url}/api/fibonacci?count={top}").status_code == 200
    r = requests.get(f"{edge.url}/api/fibonacci?count={top + 1}")
    assert r.status_code == 400 and problem_slug(r) == "invalid-parameter"
    assert r.json()["detail"] == f"count must be an integer between 0 and {top}"
    n = bound(docs, "compute", "/api/fibonacci/{n}", "get", "n", "maximum")
    assert requests.get(f"{edge.url}/api/fibonacci/{n}").status_code == 200
    assert requests.get(f"{edge.url}/api/fibonacci/{n + 1}").status_code == 400
    # required, once, no unknown names (x-unknown-parameters: reject)
    for query in ("", "?count=1&count=2", "?count=1&debug=1"):
        r = requests.get(f"{edge.url}/api/fibonacci{query}")
        assert r.status_code == 400, query
    # no operation for the path: 404
    assert requests.get(f"{edge.url}/api/fibonacci/1/2").status_code == 404


def test_string_rules_are_the_documents(tight):
    edge, docs = tight
    longest = bound(docs, "checkins", "/api/checkins/{user}", "get", "q",
                    "maxLength")
    base = f"{edge.url}/api/checkins/abcd"
    assert requests.get(base + "?q=" + "é" * longest).status_code == 200
    assert requests.get(base + "?q=" + "é" * (longest + 1)).status_code == 400
    assert requests.get(base + "?q=").status_code == 400        # minLength
    # the user pattern, and its not: {enum: [".", ".."]}
    assert requests.get(f"{edge.url}/api/checkins/abcde").status_code == 400
    assert requests.get(f"{edge.url}/api/checkins/ABC").status_code == 400
    # POST takes no query parameter (its operation lists none)
    r = requests.post(base + "?q=a", json={"note": "hi"})
    assert r.status_code == 400 and problem_slug(r) == "invalid-parameter"


@pytest.mark.parametrize("body,status,detail", [
    ({"note": "hello"}, 200, None),
    ({"note": "hello!"}, 400, "body.note: must be 1 to 5 characters"),
    ({"note": ""}, 400, "body.note: must be 1 to 5 characters"),
    ({"note": 5}, 400, "body.note: must be a string"),
    ({"note": "a", "x": 1}, 400, "body: only note is allowed"),
    ({}, 400, "body.note: is required"),
    ([], 400, "body.note: is required"),
    (["note"], 400, "body: must be an object"),
    ("note", 400, "body: must be an object"),
])
def test_json_body_follows_the_request_schema(tight, body, status, detail):
    edge, _ = tight
    r = requests.post(f"{edge.url}/api/checkins/abcd", json=body)
    assert r.status_code == status, r.text
    if detail:
        assert r.headers["Content-Type"] == PROBLEM
        assert problem_slug(r) == "invalid-body"
        assert r.json()["detail"] == detail


@pytest.mark.parametrize("body", [
    {"note": "<script>alert(1)</script>"},
    {"note": "a", "x": "' OR 1=1--"},
    {"note": "a" * 60000 + "<script>alert(1)</script>"},
])
def test_the_schema_refuses_a_body_before_detection_reads_it(tight, body):
    # the service would refuse it: 400, and none of its values is read by
    # the detectors (a 60 KB note where five characters are allowed costs
    # no detection)
    edge, _ = tight
    r = requests.post(f"{edge.url}/api/checkins/abcd", json=body)
    assert r.status_code == 400, r.text
    assert problem_slug(r) == "invalid-body"


def test_methods_follow_the_paths_operations(tight):
    edge, _ = tight
    r = requests.post(f"{edge.url}/api/checkins/abcd/recent", json={"note": "a"})
    assert r.status_code == 405
    assert r.headers["Allow"] == "GET, HEAD"
    assert requests.head(f"{edge.url}/api/checkins/abcd/recent").status_code == 200
    # the route's own methods still come first
    assert requests.delete(f"{edge.url}/api/checkins/abcd").status_code == 405


def test_route_overrides_the_document(tmp_path):
    """waf.args replaces a parameter in every operation of the route;
    waf.unknown_args replaces x-unknown-parameters; waf.positive_body =
    ignore leaves the request body schemas out."""
    _, conf = variant_docs(tmp_path, lambda docs: None)
    waf = conf["routes"]["fibonacci"]["waf"]
    waf["args"] = {"count": {"type": "integer", "min": 0, "max": 3,
                             "required": True}}
    waf["unknown_args"] = "allow"
    conf["routes"]["checkins"]["waf"]["positive_body"] = "ignore"
    e = WafEdge(tmp_path / "run", conf).start()
    try:
        assert requests.get(f"{e.url}/api/fibonacci?count=3").status_code == 200
        assert requests.get(f"{e.url}/api/fibonacci?count=4").status_code == 400
        r = requests.get(f"{e.url}/api/fibonacci?count=3&debug=1")
        assert r.status_code == 200
        r = requests.post(f"{e.url}/api/checkins/ann", json={"x": 1})
        assert r.status_code == 200
        # the rest of the document still applies
        r = requests.post(f"{e.url}/api/checkins/ann?q=1", json={"x": 1})
        assert r.status_code == 400
    finally:
        e.stop()


# Documents the edge refuses ---------------------------------------------------


def refused(tmp_path, change_docs=None, change_conf=None):
    _, conf = variant_docs(tmp_path, change_docs or (lambda docs: None))
    if change_conf:
        change_conf(conf)
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(conf), encoding="utf-8")
    rc, out = run_edge_check(path, tmp_path)
    assert rc != 0, out
    return out


def count_schema(docs):
    return parameter(docs["compute"], "/api/fibonacci", "get", "count")[
        "schema"]


def note_schema(docs):
    return docs["checkins"]["paths"]["/api/checkins/{user}"]["post"][
        "requestBody"]["content"]["application/json"]["schema"]


BAD_DOCS = [
    ("multipleOf", lambda d: count_schema(d).update(multipleOf=2),
     "paths./api/fibonacci.get.parameters[1].schema.multipleOf: not "
     "supported by the edge's positive model"),
    ("array parameter", lambda d: count_schema(d).update(type="array"),
     'paths./api/fibonacci.get.parameters[1].schema.type: parameters of '
     'type "array" are not supported'),
    ("exclusive bound on a number",
     lambda d: count_schema(d).update(type="number", exclusiveMaximum=5),
     "exclusiveMinimum/exclusiveMaximum are supported on integers only"),
    ("oneOf in a body",
     lambda d: note_schema(d)["properties"]["note"].update(
         oneOf=[{"type": "string"}]),
     "requestBody.content.application/json.schema.properties.note.oneOf: "
     "not supported"),
    ("additionalProperties schema",
     lambda d: note_schema(d).update(additionalProperties={"type": "string"}),
     "schema.additionalProperties: only true or false is supported"),
    ("bad pattern",
     lambda d: parameter(d["checkins"], "/api/checkins/{user}", "get",
                         "q")["schema"].update(pattern="[z-a]"),
     "paths./api/checkins/{user}.get.parameters[1].schema.pattern: invalid "
     "regex"),
    ("foreign $ref",
     lambda d: d["checkins"]["paths"]["/api/checkins/{user}"].update(
         parameters=[{"$ref": "other.json#/user"}]),
     "is not in this document"),
    ("unknown parameter field",
     lambda d: parameter(d["compute"], "/api/fibonacci", "get",
                         "count").update(allowEmptyValue=True),
     "parameters[1].allowEmptyValue: not supported"),
    ("bad unknown-parameter policy",
     lambda d: d["compute"]["paths"]["/api/fibonacci"]["get"].update(
         {"x-unknown-parameters": "ignore"}),
     "paths./api/fibonacci.get.x-unknown-parameters: expected reject or "
     "allow"),
    ("not OpenAPI 3.1", lambda d: d["compute"].update(openapi="3.0.3"),
     "is not an OpenAPI 3.1 document"),
]


@pytest.mark.parametrize("name,change,message", BAD_DOCS,
                         ids=[b[0] for b in BAD_DOCS])
def test_a_document_the_edge_cannot_check_is_refused(tmp_path, name, change,
                                                     message):
    out = refused(tmp_path, change_docs=change)
    assert message in out, out


BAD_CONFIGS = [
    ("service without a document",
     lambda c: c["services"]["compute"].pop("openapi"),
     "config.services.compute.openapi: is required by "
     "config.routes.fibonacci.waf.positive"),
    ("missing file",
     lambda c: c["services"]["compute"].update(openapi="/nonexistent/c.json"),
     "config.services.compute.openapi: cannot read the OpenAPI document"),
    ("not a json file",
     lambda c: c["services"]["compute"].update(openapi="compute.yaml"),
     "config.services.compute.openapi: \"compute.yaml\" is not a .json file"),
    ("path rules beside the document",
     lambda c: c["routes"]["fibonacci"]["waf"].update(
         path={"pattern": "^/api/fibonacci$"}),
     'config.routes.fibonacci.waf.path: not with positive "openapi"'),
    ("a method no operation has",
     lambda c: c["routes"]["fibonacci"].update(methods=["GET", "POST"]),
     "config.routes.fibonacci.methods: POST is in no operation of"),
    ("no path under the route",
     lambda c: c["routes"]["fibonacci"].update(
         match=[{"prefix": "/api/other"}]),
     "config.routes.fibonacci.waf.positive: no path of"),
    ("a rewritten path",
     lambda c: c["routes"]["fibonacci"].update(
         match=[{"prefix": "/fib", "upstream_path": "/api/fibonacci"}]),
     "config.routes.fibonacci.match[1].upstream_path: not with "
     'waf.positive "openapi"'),
    ("a route with no paths",
     lambda c: c["routes"].update(orphan={"extends": "fibonacci"}),
     "config.routes.orphan.waf.positive: needs the route's match, or a "
     "route escalating to it"),
    ("unknown positive source",
     lambda c: c["routes"]["fibonacci"]["waf"].update(positive="swagger"),
     'config.routes.fibonacci.waf.positive: expected one of "openapi"'),
]


@pytest.mark.parametrize("name,change,message", BAD_CONFIGS,
                         ids=[b[0] for b in BAD_CONFIGS])
def test_a_route_the_document_cannot_serve_is_refused(tmp_path, name, change,
                                                      message):
    out = refused(tmp_path, change_conf=change)
    assert message in out, out


def test_an_escalation_target_takes_the_escalating_routes_paths(tmp_path):
    """A route costly requests are handed to has no match of its own: its
    operations are those of the paths of the routes escalating to it."""
    _, conf = variant_docs(tmp_path, tighten)
    conf["routes"]["fibonacci"]["escalate"] = [
        {"arg": "count", "above": 5, "to": "costly"}]
    conf["routes"]["costly"] = {"extends": "fibonacci"}
    e = WafEdge(tmp_path / "run", conf).start()
    try:
        for count, status in ((6, 200), (7, 200), (8, 400)):
            r = requests.get(f"{e.url}/api/fibonacci?count={count}")
            assert r.status_code == status, (count, r.text)
        r = requests.get(f"{e.url}/api/fibonacci?count=6&x=1")
        assert r.status_code == 400
    finally:
        e.stop()


def test_shipped_config_paths_are_relative_to_the_config_file(tmp_path):
    """The shipped file names openapi/<service>.json; a copy elsewhere
    with the same relative names finds the copies next to it."""
    raw = json.loads((EDGE_DIR.parent / "edge.json").read_text("utf-8"))
    (tmp_path / "openapi").mkdir()
    for s in SERVICES:
        (tmp_path / "openapi" / f"{s}.json").write_text(
            doc_path(s).read_text("utf-8"), encoding="utf-8")
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    rc, out = run_edge_check(path, tmp_path / "run")
    assert rc == 0, out
    (tmp_path / "openapi" / "checkins.json").unlink()
    rc, out = run_edge_check(path, tmp_path / "run")
    assert rc != 0 and "config.services.checkins.openapi: cannot read" in out


def test_loaded_configs_name_documents_by_absolute_path():
    conf = load_edge_config()
    assert conf["services"]["compute"]["openapi"] == str(doc_path("compute"))


# Schemathesis through the edge ------------------------------------------------


@pytest.fixture(scope="module")
def edge_stack(tmp_path_factory):
    s = contract_stack(tmp_path_factory.mktemp("edge-contract")).start()
    yield s
    assert not s.stop(), "processes left after stop"


@pytest.mark.stack
@pytest.mark.parametrize("service", SERVICES)
def test_schemathesis_through_the_edge_finds_no_violation(edge_stack,
                                                          service):
    """Seeded and bounded: every check, a few dozen examples per
    operation, against the edge (positive model compiled from the document
    the run reads) in front of the real services."""
    code, output = through_edge(edge_stack, service, examples=30, seed=15,
                                timeout=120)
    assert code == 0, output[-6000:]
    assert "No issues found" in output, output[-3000:]
