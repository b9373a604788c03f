"""The services' API contract (app/openapi.py): each service's OpenAPI 3.1
document is valid, lists exactly the routes the service has, follows the
service's settings, and the running services' answers conform to it; then
a bounded schemathesis run finds no 5xx and no answer that breaks it.

Bounds come from the document itself, never from numbers written here."""
import json
import re

import pytest
import requests
import schemathesis
from openapi_spec_validator import OpenAPIV31SpecValidator

from app import checkins, compute
from app.openapi import DOCUMENT_PATH, EVERY_OPERATION, flask_path, parameter
from contractkit import CONTRACT_ENV, SERVICES, run_schemathesis

AUTOMATIC_METHODS = {"HEAD", "OPTIONS"}  # Flask adds them to every GET route
PROBLEM = "application/problem+json"


@pytest.fixture
def apps(tmp_path):
    return {
        "compute": compute.create_app({"TESTING": True}),
        "checkins": checkins.create_app(
            {"TESTING": True, "DATABASE": str(tmp_path / "c.sqlite3")}),
    }


def doc_of(app):
    return app.extensions["openapi"]


def maximum(doc, path, name):
    return parameter(doc, path, "get", name)["schema"]["maximum"]


# The document itself


@pytest.mark.parametrize("service", SERVICES)
def test_document_is_valid_openapi_31(apps, service):
    doc = doc_of(apps[service])
    assert doc["openapi"] == "3.1.0"
    errors = [e.message for e in OpenAPIV31SpecValidator(doc).iter_errors()]
    assert errors == []


@pytest.mark.parametrize("service", SERVICES)
def test_every_route_is_documented_and_no_other(apps, service):
    app = apps[service]
    routes = {}
    for rule in app.url_map.iter_rules():
        methods = {m.lower() for m in rule.methods - AUTOMATIC_METHODS}
        routes.setdefault(flask_path(rule.rule), set()).update(methods)
    documented = {path: set(item) - {"parameters"}
                  for path, item in doc_of(app)["paths"].items()}
    assert documented == routes
    assert DOCUMENT_PATH in routes


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_documents_its_errors(apps, service):
    for path, item in doc_of(apps[service])["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            codes = set(op["responses"])
            # 414 and 500 from the service, 403 and 429 from the edge
            assert {str(c) for c in EVERY_OPERATION} <= codes, (method, path)
            assert {"403", "414", "429", "500"} <= codes, (method, path)
            assert any(c.startswith("2") for c in codes), (method, path)
            if op.get("parameters") or item.get("parameters") or \
                    "requestBody" in op:
                assert "400" in codes, (method, path)


def test_document_follows_the_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("APP_FIB_MAX_N", "50")
    app = compute.create_app({"FIB_MAX_COUNT": 7})
    doc = doc_of(app)
    assert maximum(doc, "/api/fibonacci", "count") == 7
    assert maximum(doc, "/api/fibonacci/{n}", "n") == 50
    notes = checkins.create_app({"DATABASE": str(tmp_path / "c.sqlite3"),
                                 "NOTE_MAX_LENGTH": 3})
    body = doc_of(notes)["paths"]["/api/checkins/{user}"]["post"][
        "requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["note"]["maxLength"] == 3


@pytest.mark.parametrize(("path", "name", "url"), [
    ("/api/fibonacci", "count", "/api/fibonacci?count={}"),
    ("/api/fibonacci/{n}", "n", "/api/fibonacci/{}"),
])
def test_documented_bounds_are_the_views_bounds(apps, path, name, url):
    """The largest documented value is served, the next one refused."""
    client = apps["compute"].test_client()
    param = parameter(doc_of(apps["compute"]), path, "get", name)
    lowest, highest = param["schema"]["minimum"], param["schema"]["maximum"]
    assert param["required"]
    assert client.get(url.format(lowest)).status_code == 200
    assert client.get(url.format(highest)).status_code == 200
    too_big = client.get(url.format(highest + 1))
    assert (too_big.status_code, too_big.mimetype) == (400, PROBLEM)


def test_documented_user_pattern_and_note_length_are_the_views(apps):
    client = apps["checkins"].test_client()
    item = doc_of(apps["checkins"])["paths"]["/api/checkins/{user}"]
    assert item["parameters"] == [{"$ref": "#/components/parameters/user"}]
    schema = doc_of(apps["checkins"])["components"]["parameters"]["user"][
        "schema"]
    longest = int(re.search(r"\{1,([0-9]+)\}", schema["pattern"]).group(1))
    note = item["post"]["requestBody"]["content"]["application/json"][
        "schema"]["properties"]["note"]
    for name, text, status in [("u" * longest, "x" * note["maxLength"], 201),
                               ("u" * (longest + 1), "x", 400),
                               ("ok", "x" * (note["maxLength"] + 1), 400),
                               ("ok", "", 400)]:
        r = client.post(f"/api/checkins/{name}", json={"note": text})
        assert r.status_code == status, (name, len(text))


# The running services' answers (real gunicorn, started by Circus)


def requests_table(doc, max_body):
    """(service, method, path template, path, kwargs, expected status);
    bounds read from the served document and the service's settings."""
    max_count = maximum(doc["compute"], "/api/fibonacci", "count")
    max_n = maximum(doc["compute"], "/api/fibonacci/{n}", "n")
    key = {"Idempotency-Key": '"contract-1"'}
    fib, nth = "/api/fibonacci", "/api/fibonacci/{n}"
    user = "/api/checkins/{user}"
    return [
        ("compute", "GET", fib, f"{fib}?count=0", {}, 200),
        ("compute", "GET", fib, f"{fib}?count=12", {}, 200),
        ("compute", "GET", fib, f"{fib}?count={max_count}", {}, 200),
        ("compute", "GET", fib, f"{fib}?count={max_count + 1}", {}, 400),
        ("compute", "GET", fib, f"{fib}?count=-1", {}, 400),
        ("compute", "GET", fib, f"{fib}?count=1&x=2", {}, 400),
        ("compute", "GET", fib, fib, {}, 400),
        ("compute", "GET", nth, "/api/fibonacci/0", {}, 200),
        ("compute", "GET", nth, f"/api/fibonacci/{max_n}", {}, 200),
        ("compute", "GET", nth, f"/api/fibonacci/{max_n + 1}", {}, 400),
        ("compute", "GET", nth, "/api/fibonacci/abc", {}, 400),
        ("compute", "GET", "/health", "/health", {}, 200),
        ("compute", "GET", DOCUMENT_PATH, DOCUMENT_PATH, {}, 200),
        ("compute", "GET", DOCUMENT_PATH, DOCUMENT_PATH + "?x=1", {}, 400),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"json": {"note": "first"}}, 201),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"json": {"note": "keyed"}, "headers": key}, 201),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"json": {"note": "keyed"}, "headers": key}, 201),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"json": {"note": "other"}, "headers": key}, 422),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"json": {"note": "x"}, "headers": {"Idempotency-Key": '"'}}, 400),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"json": {"note": ""}}, 400),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"json": {"note": "a", "extra": 1}}, 400),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"data": "note=a"}, 415),
        ("checkins", "POST", user, "/api/checkins/contract",
         {"data": b"{" + b" " * max_body + b"}",
          "headers": {"Content-Type": "application/json"}}, 413),
        ("checkins", "POST", user, "/api/checkins/bad%20user",
         {"json": {"note": "a"}}, 400),
        ("checkins", "GET", user, "/api/checkins/contract", {}, 200),
        ("checkins", "GET", user, "/api/checkins/contract?q=FIRST", {}, 200),
        ("checkins", "GET", user, "/api/checkins/contract?q=", {}, 400),
        ("checkins", "GET", user, "/api/checkins/nobody-here", {}, 404),
        ("checkins", "GET", "/health", "/health", {}, 200),
        ("checkins", "GET", DOCUMENT_PATH, DOCUMENT_PATH, {}, 200),
    ]


@pytest.fixture(scope="module")
def served(stack):
    """Each running service's document, as it serves it."""
    return {name: requests.get(stack.service_url(name) + DOCUMENT_PATH,
                               timeout=10).json() for name in SERVICES}


def test_served_document_is_the_services_own(served, apps):
    """The processes serve what the code builds (the suite runs the
    services with their default settings)."""
    assert served["compute"] == doc_of(apps["compute"])
    assert served["checkins"] == doc_of(apps["checkins"])


def test_answers_conform_to_the_document(stack, served, apps):
    schemas = {name: schemathesis.openapi.from_dict(served[name])
               for name in SERVICES}
    seen = set()
    for service, method, template, path, kwargs, status in \
            requests_table(served, apps["checkins"].config["MAX_CONTENT_LENGTH"]):
        r = requests.request(method, stack.service_url(service) + path,
                             timeout=30, **kwargs)
        where = f"{method} {path[:80]} -> {r.status_code}"
        assert r.status_code == status, where + " " + r.text[:300]
        assert str(status) in served[service]["paths"][template][
            method.lower()]["responses"], where
        if status >= 400:
            assert r.headers["Content-Type"] == PROBLEM, where
            assert r.json()["status"] == status, where
        schemas[service][template][method].validate_response(r)
        seen.add((service, template, method))
    # Every documented operation was exercised at least once.
    for service in SERVICES:
        for path, item in served[service]["paths"].items():
            for method in set(item) - {"parameters"}:
                assert (service, path, method.upper()) in seen, (service, path)


def test_a_nonconforming_answer_is_caught(stack, served):
    """The conformance check can fail: a 200 body without `value`."""
    schema = schemathesis.openapi.from_dict(served["compute"])
    r = requests.get(stack.service_url("compute") + "/api/fibonacci/5",
                     timeout=10)
    r._content = json.dumps({"n": 5}).encode()
    with pytest.raises(AssertionError, match='"value" is a required property'):
        schema["/api/fibonacci/{n}"]["GET"].validate_response(r)


# Schemathesis: generated requests, every check


@pytest.fixture(scope="module")
def contract_stack(tmp_path_factory):
    """The stack the schemathesis run aims at, with the contract bounds
    (contractkit.CONTRACT_ENV; the documents follow them)."""
    from edgekit.stack import Stack
    s = Stack(tmp_path_factory.mktemp("contract"), env=CONTRACT_ENV).start()
    yield s
    assert not s.stop(), "processes left after stop"


@pytest.mark.stack
@pytest.mark.parametrize("service", SERVICES)
def test_schemathesis_finds_no_violation(contract_stack, service):
    """A bounded, seeded run against the service itself (through the edge:
    tests/test_08_edge_contract.py)."""
    url = contract_stack.service_url(service)
    if service == "compute":  # the document follows the settings
        served = requests.get(url + DOCUMENT_PATH, timeout=10).json()
        assert maximum(served, "/api/fibonacci/{n}", "n") == \
            int(CONTRACT_ENV["APP_FIB_MAX_N"])
    code, output = run_schemathesis(url + DOCUMENT_PATH, examples=25,
                                    seed=15, timeout=120)
    assert code == 0, output[-6000:]
    assert "No issues found" in output, output[-3000:]
