"""Unit tests of the greeter service (app/greeter.py, the README's worked
example of a third service): its answers, its errors in the one problem
envelope, its OpenAPI document. Behind the real edge and Circus:
tests/test_07_edge_services.py."""
import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from app.greeter import GREETINGS, NAME, create_app
from app.openapi import DOCUMENT_PATH, flask_path, parameter

ENVELOPE_KEYS = {"type", "title", "status", "detail", "request_id"}


@pytest.fixture()
def client():
    return create_app({"TESTING": True}).test_client()


def assert_problem(response, status, slug=None):
    assert response.status_code == status, response.data
    assert response.content_type == "application/problem+json"
    body = response.get_json(force=True)
    assert set(body) == ENVELOPE_KEYS
    assert body["status"] == status
    assert body["type"] == (f"urn:edge:problem:{slug}" if slug
                            else "about:blank")
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


@pytest.mark.parametrize("lang", sorted(GREETINGS))
def test_greets_in_each_language(client, lang):
    r = client.get(f"/api/greet/ann?lang={lang}")
    assert r.status_code == 200
    assert r.get_json() == {"name": "ann", "lang": lang,
                            "greeting": f"{GREETINGS[lang]}, ann!"}
    assert r.headers["Server-Timing"].startswith("app;dur=")


def test_default_language(client):
    assert client.get("/api/greet/Bob_2").get_json()["greeting"] \
        == "Hello, Bob_2!"


@pytest.mark.parametrize("url,detail", [
    ("/api/greet/ann?lang=xx", "lang must be one of"),
    ("/api/greet/ann?lang=en&lang=fr", "lang must be given at most once"),
    ("/api/greet/ann?name=x", "only these query parameters"),
    ("/api/greet/1ann", "name must be"),
    ("/api/greet/" + "a" * 33, "name must be"),
    ("/api/greet/an%20n", "name must be"),
])
def test_bad_input_is_a_400_problem(client, url, detail):
    body = assert_problem(client.get(url), 400, "invalid-parameter")
    assert detail in body["detail"]


def test_other_errors_are_problems_too(client):
    assert_problem(client.get("/api/greet/"), 404)
    assert_problem(client.get("/api/greet/a/b"), 404)
    r = client.post("/api/greet/ann")
    assert_problem(r, 405)
    assert "GET" in r.headers["Allow"]


def test_health(client):
    assert client.get("/health").get_json() == {"status": "ok",
                                                "service": "greeter"}


def test_document_is_valid_and_lists_every_route(client):
    doc = client.get(DOCUMENT_PATH).get_json()
    assert [e.message for e in OpenAPIV31SpecValidator(doc).iter_errors()] \
        == []
    routes = {flask_path(r.rule) for r in client.application.url_map.iter_rules()}
    assert set(doc["paths"]) == routes
    name = parameter(doc, "/api/greet/{name}", "get", "name")
    assert name["schema"]["pattern"] == f"^(?:{NAME.pattern})$"
    lang = parameter(doc, "/api/greet/{name}", "get", "lang")
    assert lang["schema"]["enum"] == sorted(GREETINGS)
