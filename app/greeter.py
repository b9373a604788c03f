"""Greeter service: the worked example of a third service behind the edge
(README, "Adding a service"): a name in, a greeting out. Not in the shipped
stack; one Circus watcher and one edge config entry add it."""
import inspect
import re

from flask import Blueprint, Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from app import errors, init_server_timing, openapi, query_params
from app.errors import abort_problem
from app.openapi import health_path, json_response, pattern, problem_responses

NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,31}")
GREETINGS = {"de": "Hallo", "en": "Hello", "fr": "Bonjour"}
DEFAULT_LANG = "en"

bp = Blueprint("greeter", __name__)


@bp.get("/api/greet/<name>")
def greet(name):
    """A greeting for `name` in `lang` (default en)."""
    lang = query_params("lang").get("lang", DEFAULT_LANG)
    if lang not in GREETINGS:
        abort_problem(400, "lang must be one of " + ", ".join(GREETINGS),
                      "invalid-parameter")
    if not NAME.fullmatch(name):
        abort_problem(400, "name must be a letter then up to 31 letters, "
                      "digits, _ or -", "invalid-parameter")
    return {"name": name, "lang": lang,
            "greeting": f"{GREETINGS[lang]}, {name}!"}


@bp.get("/health")
def health():
    """Liveness: the process answers."""
    return {"status": "ok", "service": "greeter"}


def describe(spec, config):
    """The routes above in the OpenAPI document."""
    name = {"name": "name", "in": "path", "required": True,
            "description": "Who to greet.",
            "schema": {"type": "string", "pattern": pattern(NAME)}}
    lang = {"name": "lang", "in": "query", "required": False,
            "description": "The greeting's language.",
            "schema": {"type": "string", "enum": sorted(GREETINGS),
                       "default": DEFAULT_LANG}}
    spec.path(path="/api/greet/{name}", operations={"get": {
        "operationId": "greet",
        "description": inspect.getdoc(greet),
        "x-unknown-parameters": "reject",
        "parameters": [name, lang],
        "responses": {
            "200": json_response("The greeting.", {
                "type": "object", "required": ["name", "lang", "greeting"],
                "additionalProperties": False,
                "properties": {"name": name["schema"],
                               "lang": lang["schema"],
                               "greeting": {"type": "string"}}}),
            **problem_responses(400)}}})
    health_path(spec, "greeter", health)


def create_app(test_config=None):
    """Build the greeter app: defaults, then APP_* environment, then
    test_config."""
    app = Flask(__name__, static_folder=None)
    app.config.from_prefixed_env("APP")
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)
    errors.init_app(app)
    init_server_timing(app)
    app.register_blueprint(bp)
    openapi.init_app(app, "greeter", __doc__, describe)
    return app
