"""Compute service: the CPU-bound core behind the edge (Fibonacci numbers)."""
import inspect
import re

from flask import Blueprint, Flask, current_app
from werkzeug.middleware.proxy_fix import ProxyFix

from app import (check_int_setting, errors, init_server_timing, openapi,
                 query_params)
from app.errors import abort_problem
from app.openapi import health_path, json_response, problem_responses
from app.fibonacci import fibonacci, fibonacci_sequence, to_decimal

# Sequence items are JSON integers, and Python refuses to print ints of more
# than 4300 digits; F(20000) has 4180.
SEQUENCE_CEILING = 20000
DIGITS = re.compile(r"[0-9]{1,20}")

bp = Blueprint("compute", __name__)


def _bounded_int(name, text, maximum):
    """Parse ASCII digits only (no sign, spaces or other scripts) in 0..maximum."""
    if text is None or not DIGITS.fullmatch(text) or int(text) > maximum:
        abort_problem(
            400,
            f"{name} must be an integer between 0 and {maximum}",
            "invalid-parameter",
        )
    return int(text)


@bp.get("/api/fibonacci")
def sequence():
    """The first `count` Fibonacci numbers as JSON integers."""
    params = query_params("count")
    maximum = current_app.config["FIB_MAX_COUNT"]
    count = _bounded_int("count", params.get("count"), maximum)
    return {"count": count, "sequence": fibonacci_sequence(count)}


@bp.get("/api/fibonacci/<n>")
def nth(n):
    """F(n) as a decimal string (it can have hundreds of thousands of digits)."""
    query_params()
    n = _bounded_int("n", n, current_app.config["FIB_MAX_N"])
    return {"n": n, "value": to_decimal(fibonacci(n))}


@bp.get("/health")
def health():
    """Liveness: the process answers."""
    return {"status": "ok", "service": "compute"}


def describe(spec, config):
    """The routes above in the OpenAPI document, bounds from `config`."""
    def integer(name, where, maximum, description):
        return {"name": name, "in": where, "required": True,
                "description": description,
                "schema": {"type": "integer", "minimum": 0,
                           "maximum": maximum}}

    count = integer("count", "query", config["FIB_MAX_COUNT"],
                    "How many numbers, F(0) first (ASCII digits only).")
    spec.path(path="/api/fibonacci", operations={"get": {
        "operationId": "fibonacciSequence",
        "description": inspect.getdoc(sequence),
        "x-unknown-parameters": "reject",
        "parameters": [count],
        "responses": {
            "200": json_response("The sequence.", {
                "type": "object", "required": ["count", "sequence"],
                "additionalProperties": False,
                "properties": {
                    "count": count["schema"],
                    "sequence": {"type": "array",
                                 "items": {"type": "integer", "minimum": 0},
                                 "maxItems": config["FIB_MAX_COUNT"]}}}),
            **problem_responses(400)}}})
    n = integer("n", "path", config["FIB_MAX_N"], "The index (ASCII digits only).")
    spec.path(path="/api/fibonacci/{n}", operations={"get": {
        "operationId": "fibonacciNumber",
        "description": inspect.getdoc(nth),
        "x-unknown-parameters": "reject",
        "parameters": [n],
        "responses": {
            "200": json_response("F(n).", {
                "type": "object", "required": ["n", "value"],
                "additionalProperties": False,
                "properties": {
                    "n": n["schema"],
                    "value": {"type": "string", "pattern": "^[0-9]+$"}}}),
            **problem_responses(400)}}})
    health_path(spec, "compute", health)


def create_app(test_config=None):
    """Build the compute app: defaults, then APP_* environment, then test_config."""
    app = Flask(__name__, static_folder=None)  # no static files: no /static route
    app.config.from_mapping(
        FIB_MAX_COUNT=10_000,
        FIB_MAX_N=1_000_000,
    )
    app.config.from_prefixed_env("APP")
    if test_config is not None:
        app.config.from_mapping(test_config)
    check_int_setting(app.config, "FIB_MAX_COUNT", 0, SEQUENCE_CEILING)
    check_int_setting(app.config, "FIB_MAX_N", 0)

    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)
    errors.init_app(app)
    init_server_timing(app)
    app.register_blueprint(bp)
    openapi.init_app(app, "compute", __doc__, describe)
    return app
