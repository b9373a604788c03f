"""The services' API contract: an OpenAPI 3.1 document built from each
service's own code and configuration, served at GET /openapi.json.

Each service describes its routes in a `describe(spec, config)` function
next to its views, with the same constants and settings the views check
(FIB_MAX_N, USER_PATTERN, NOTE_MAX_LENGTH...): a bound is written once, in
the service, and the document follows it, APP_* overrides included. The
document is built once, when the app is created, with apispec (component
registry and `$ref` resolution); this module holds what both services
share: the problem envelope (app/errors.py), its responses, the headers
every answer carries.

Readers of the contract (the Locust personas, the tests, the edge's
positive model) take bounds from the document: `parameter(doc, path,
method, name)["schema"]["maximum"]`. The edge cannot ask the services at
start-up (it may start first), so it reads the documents from files,
openresty/openapi/<service>.json, written by `python -m app.openapi
--write` (`make openapi`); tests/test_08_edge_contract.py fails when a
committed file differs from what the service serves.

    python -m app.openapi compute         print compute's document
    python -m app.openapi --write [DIR]   write DIR/<service>.json for
                                          every service (default
                                          openresty/openapi)

Both as this process's environment (APP_* settings) makes the documents.
"""
import inspect
import json
import re
import sys
from pathlib import Path

from apispec import APISpec
from flask import current_app

from app import query_params
from app.errors import PROBLEM_MIMETYPE, REQUEST_ID_HEADER, REQUEST_ID_PATTERN

OPENAPI_VERSION = "3.1.0"
API_VERSION = "1.0.0"
DOCUMENT_PATH = "/openapi.json"
# Flask's "<n>" and "<int:n>" path variables, OpenAPI's "{n}".
_FLASK_VARIABLE = re.compile(r"<(?:[^:<>]+:)?([^<>]+)>")

DESCRIPTION = (
    "Every GET also answers HEAD. An operation marked "
    "x-unknown-parameters: reject refuses with 400 a query parameter it "
    "does not list, and one it lists given twice. Every error is an RFC 9457 problem "
    "(application/problem+json, schema Problem) whose request_id is the "
    "X-Request-ID header: the caller's when it matches "
    f"{REQUEST_ID_PATTERN.pattern}, else a fresh one.")

PROBLEM = {
    "type": "object",
    "description": "RFC 9457 problem details; the edge answers its own "
                   "denials with the same shape.",
    "required": ["type", "title", "status", "detail", "request_id"],
    "additionalProperties": False,
    "properties": {
        "type": {"type": "string",
                 "pattern": r"^(?:about:blank|urn:edge:problem:[a-z0-9-]+)$",
                 "description": "about:blank, or urn:edge:problem:<slug> "
                                "naming the rule the request broke"},
        "title": {"type": "string", "minLength": 1},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string", "minLength": 1},
        "request_id": {"type": "string",
                       "pattern": f"^(?:{REQUEST_ID_PATTERN.pattern})$"},
    },
}

# The problem responses operations refer to by name ("400": "BadRequest").
PROBLEM_RESPONSES = {
    400: ("BadRequest", "A parameter or the body breaks the contract."),
    403: ("Forbidden",
          "Refused by the edge in front of the service (never by the "
          "service): its input filter blocked the request, or the client "
          "is denied or banned."),
    404: ("NotFound", "Nothing here."),
    413: ("ContentTooLarge", "The body is larger than the service accepts."),
    414: ("URITooLong",
          "The request line is longer than the server reads (gunicorn: "
          "4094 bytes, refused before the service runs, with its own HTML "
          "page; behind the edge, the route's max_uri_length: a problem)."),
    415: ("UnsupportedMediaType", "The body is not application/json."),
    422: ("UnprocessableContent",
          "The request is well-formed but conflicts with an earlier one."),
    429: ("TooManyRequests",
          "Refused by the edge in front of the service (never by the "
          "service): a rate or cost limit; Retry-After says when to retry."),
    500: ("InternalServerError", "An unexpected error (a bug); logged."),
    503: ("ServiceUnavailable",
          "A dependency (the database) is unavailable; retry later."),
}


# What any request can get: 414 and 500 from the service; 403 and 429
# from the edge every public request goes through.
EVERY_OPERATION = (403, 414, 429, 500)


def problem_responses(*statuses):
    """An operation's error responses: `statuses`, plus those any request
    can get (EVERY_OPERATION), as references to the shared components."""
    return {str(status): PROBLEM_RESPONSES[status][0]
            for status in sorted({*statuses, *EVERY_OPERATION})}


def json_response(description, schema, headers=None):
    """A 2xx response object: JSON `schema` plus the headers every answer has."""
    return {
        "description": description,
        "headers": {REQUEST_ID_HEADER: "RequestId", "Server-Timing": "ServerTiming",
                    **(headers or {})},
        "content": {"application/json": {"schema": schema}},
    }


def health_path(spec, service, view, description="Up.", statuses=()):
    """Declare a service's GET /health: {"status": "ok", "service": name}."""
    spec.path(path="/health", operations={"get": {
        "operationId": "health",
        "description": inspect.getdoc(view),
        "responses": {
            "200": json_response(description, {
                "type": "object", "required": ["status", "service"],
                "additionalProperties": False,
                "properties": {"status": {"const": "ok"},
                               "service": {"const": service}}}),
            **problem_responses(*statuses)}}})


def pattern(regex):
    """A compiled Python regex the views `fullmatch` as an anchored JSON
    Schema pattern (keep such regexes to the syntax both agree on)."""
    return f"^(?:{regex.pattern})$"


def new_spec(title, description):
    spec = APISpec(title=title, version=API_VERSION,
                   openapi_version=OPENAPI_VERSION,
                   info={"description": f"{description} {DESCRIPTION}"})
    spec.components.schema("Problem", PROBLEM)
    spec.components.header("RequestId", {
        "description": "The request's id (also the problem's request_id).",
        "required": True,
        "schema": PROBLEM["properties"]["request_id"]})
    spec.components.header("ServerTiming", {
        "description": "app;dur=<ms>, cpu;dur=<ms>: how long the handler "
                       "ran, and the CPU time it used. Sent by the service; "
                       "the edge reads it and does not pass it on (so not "
                       "required).",
        "required": False,
        "schema": {"type": "string",
                   "pattern": r"^app;dur=[0-9]+(?:\.[0-9]+)?"
                              r", cpu;dur=[0-9]+(?:\.[0-9]+)?$"}})
    for status, (name, description_) in PROBLEM_RESPONSES.items():
        content = {PROBLEM_MIMETYPE: {"schema": "Problem"}}
        headers = {REQUEST_ID_HEADER: "RequestId"}
        if status == 414:  # see its description: no header, maybe HTML
            content["text/html"] = {"schema": {"type": "string"}}
            headers = {}
        spec.components.response(name, {"description": description_,
                                        "headers": headers,
                                        "content": content})
    spec.path(path=DOCUMENT_PATH, operations={"get": {
        "operationId": "openapi",
        "summary": "This document.",
        "x-unknown-parameters": "reject",
        "responses": {
            "200": json_response("The service's OpenAPI document.", {
                "type": "object", "required": ["openapi", "info", "paths"]}),
            **problem_responses(400),
        },
    }})
    return spec


def _serve():
    query_params()
    return current_app.extensions["openapi"]


def init_app(app, title, description, describe):
    """Build the app's document from `describe(spec, app.config)` once
    (after its configuration is final) and serve it at /openapi.json."""
    spec = new_spec(title, description)
    describe(spec, app.config)
    app.extensions["openapi"] = spec.to_dict()
    app.add_url_rule(DOCUMENT_PATH, "openapi", _serve, methods=["GET"])


def flask_path(rule):
    """"/api/fibonacci/<n>" -> "/api/fibonacci/{n}"."""
    return _FLASK_VARIABLE.sub(r"{\1}", rule)


def resolve(document, node):
    """`node`, or what its local "$ref" ("#/components/...") points at."""
    while "$ref" in node:
        target = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def parameter(document, path, method, name):
    """The parameter object `name` of an operation, e.g.
    parameter(doc, "/api/fibonacci/{n}", "get", "n")["schema"]["maximum"]."""
    item = document["paths"][path]
    params = item.get("parameters", []) + item[method].get("parameters", [])
    for param in params:
        param = resolve(document, param)
        if param["name"] == name:
            return param
    raise KeyError(f"{method.upper()} {path} has no parameter {name!r}")


SERVICES = ("compute", "checkins")
# where the edge reads the documents (edge.json: services.*.openapi)
EDGE_DIR = Path(__file__).resolve().parent.parent / "openresty" / "openapi"


def document(service):
    """The document `service` ("compute" or "checkins") serves when created
    with this process's environment (APP_* settings)."""
    if service == "compute":
        from app.compute import create_app
    elif service == "checkins":
        from app.checkins import create_app
    else:
        raise ValueError(f"unknown service {service!r}: compute or checkins")
    return create_app().extensions["openapi"]


def edge_document(service):
    """The document the edge reads for `service` (the committed file)."""
    return json.loads((EDGE_DIR / f"{service}.json").read_text("utf-8"))


def dumps(doc):
    """The text of a document file (stable: sorted keys, one layout)."""
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(directory=EDGE_DIR):
    """Write every service's document to `directory`/<service>.json; return
    the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for service in SERVICES:
        path = directory / f"{service}.json"
        path.write_text(dumps(document(service)), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv):
    if len(argv) in (1, 2) and argv[0] == "--write":
        for path in write(*argv[1:]):
            print(f"wrote {path}")
        return 0
    if len(argv) != 1 or argv[0] not in SERVICES:
        sys.exit("usage: python -m app.openapi compute|checkins\n"
                 "       python -m app.openapi --write [DIR]")
    sys.stdout.write(json.dumps(document(argv[0]), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
