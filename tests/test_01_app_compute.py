"""Unit tests of the compute service and the shared error envelope."""
import logging
import re
import sys

import pytest
from flask import request

from app.compute import create_app
from app.errors import INTERNAL_ERROR_DETAIL, REQUEST_ID_HEADER
from app.fibonacci import CHUNK_DIGITS, fibonacci, to_decimal
from app.openapi import parameter

ENVELOPE_KEYS = {"type", "title", "status", "detail", "request_id"}
GENERATED_ID = re.compile(r"[0-9a-f]{32}")


@pytest.fixture()
def app():
    return create_app({"TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def no_int_str_limit():
    """Lift Python's 4300-digit int/str limit for this test only."""
    previous = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    yield
    sys.set_int_max_str_digits(previous)


def documented_maximum(client, path, name):
    """A bound as the service's OpenAPI document states it."""
    doc = client.application.extensions["openapi"]
    return parameter(doc, path, "get", name)["schema"]["maximum"]


def iterative_fibonacci(n):
    """Reference value by plain iteration, independent of fast doubling."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def assert_problem(response, status, slug=None):
    """Check the exact envelope and return its body."""
    assert response.status_code == status
    assert response.content_type == "application/problem+json"
    body = response.get_json(force=True)
    assert set(body) == ENVELOPE_KEYS
    assert body["type"] == (f"urn:edge:problem:{slug}" if slug else "about:blank")
    assert body["status"] == status
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert body["request_id"] == response.headers[REQUEST_ID_HEADER]
    return body


# Values


@pytest.mark.parametrize(
    ("n", "value"),
    [(0, "0"), (1, "1"), (2, "1"), (3, "2"), (10, "55"), (20, "6765"),
     (50, "12586269025"), (93, "12200160415121876738"),
     (100, "354224848179261915075")],
)
def test_nth_small_values(client, n, value):
    response = client.get(f"/api/fibonacci/{n}")
    assert response.status_code == 200
    assert response.content_type == "application/json"
    assert response.get_json() == {"n": n, "value": value}


@pytest.mark.parametrize("n", [1000, 10_000])
def test_nth_matches_iteration(client, n):
    response = client.get(f"/api/fibonacci/{n}")
    assert response.get_json() == {"n": n, "value": str(iterative_fibonacci(n))}


def test_nth_large_n_matches_iteration(client, no_int_str_limit):
    n = 100_000
    value = client.get(f"/api/fibonacci/{n}").get_json()["value"]
    assert len(value) == 20899
    assert value == str(iterative_fibonacci(n))


def test_nth_at_default_maximum(client, no_int_str_limit):
    n = client.application.config["FIB_MAX_N"]
    value = client.get(f"/api/fibonacci/{n}").get_json()["value"]
    assert len(value) == 208988
    assert value == str(fibonacci(n))
    # F(2n) = F(n) * (2 F(n+1) - F(n)) ties fast doubling to F(n-1) + F(n).
    half_n = n // 2
    f, f1 = fibonacci(half_n), fibonacci(half_n - 1) + fibonacci(half_n)
    assert int(value) == f * (2 * f1 - f)


@pytest.mark.parametrize("n", [0, 1, 2, 3, 30, 64, 65, 1000, 4321])
def test_fast_doubling_matches_iteration(n):
    assert fibonacci(n) == iterative_fibonacci(n)


@pytest.mark.parametrize(
    "value",
    [0, 1, 9, 10, 10**CHUNK_DIGITS - 1, 10**CHUNK_DIGITS, 10**CHUNK_DIGITS + 1,
     10 ** (2 * CHUNK_DIGITS), 10 ** (4 * CHUNK_DIGITS) - 1, 7 * 10**5000 + 3,
     3**20_000],
    ids=lambda value: f"{value.bit_length()}-bits",
)
def test_to_decimal_matches_str(value, no_int_str_limit):
    assert to_decimal(value) == str(value)


def test_to_decimal_rejects_negative():
    with pytest.raises(ValueError):
        to_decimal(-1)


@pytest.mark.parametrize(
    ("count", "sequence"),
    [(0, []), (1, [0]), (2, [0, 1]), (10, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34])],
)
def test_sequence(client, count, sequence):
    response = client.get("/api/fibonacci", query_string={"count": count})
    assert response.status_code == 200
    assert response.get_json() == {"count": count, "sequence": sequence}


def test_sequence_at_maximum(client):
    count = client.application.config["FIB_MAX_COUNT"]
    body = client.get(f"/api/fibonacci?count={count}").get_json()
    assert body["count"] == count
    assert len(body["sequence"]) == count
    assert body["sequence"][-1] == iterative_fibonacci(count - 1)


def test_leading_zeros_are_digits(client):
    assert client.get("/api/fibonacci/007").get_json() == {"n": 7, "value": "13"}


# Parameter errors


@pytest.mark.parametrize(
    "query",
    ["", "count=", "count", "count=-1", "count=abc", "count=1.5", "count=1e3",
     "count=%2B5", "count=+5", "count=%205", "count=5%20", "count=%D9%A3",
     "count=%EF%BC%95", "count=0x10", "count=" + "0" * 21, "count={above}",
     "count=99999999999999999999"],
)
def test_sequence_bad_count(client, query):
    maximum = documented_maximum(client, "/api/fibonacci", "count")
    query = query.format(above=maximum + 1)
    body = assert_problem(client.get(f"/api/fibonacci?{query}"), 400, "invalid-parameter")
    assert body["detail"] == f"count must be an integer between 0 and {maximum}"
    assert body["title"] == "Bad Request"


def test_sequence_duplicated_count(client):
    body = assert_problem(
        client.get("/api/fibonacci?count=1&count=2"), 400, "invalid-parameter"
    )
    assert body["detail"] == "count must be given at most once"


@pytest.mark.parametrize("query", ["count=1&x=2", "count=1&Count=1", "count=1&=1"])
def test_sequence_unknown_parameter(client, query):
    body = assert_problem(client.get(f"/api/fibonacci?{query}"), 400, "invalid-parameter")
    assert body["detail"] == "only these query parameters are allowed: count"


@pytest.mark.parametrize(
    "segment", ["abc", "-1", "+5", "%2B5", "%205", "5%20", "%D9%A3", "1.0",
                "{above}", "0" * 21],
)
def test_nth_bad_segment(client, segment):
    maximum = documented_maximum(client, "/api/fibonacci/{n}", "n")
    segment = segment.format(above=maximum + 1)
    body = assert_problem(client.get(f"/api/fibonacci/{segment}"), 400, "invalid-parameter")
    assert body["detail"] == f"n must be an integer between 0 and {maximum}"


def test_nth_rejects_query_parameters(client):
    body = assert_problem(client.get("/api/fibonacci/5?n=6"), 400, "invalid-parameter")
    assert body["detail"] == "no query parameters are allowed here"


# Configuration


def test_bounds_from_environment(monkeypatch):
    monkeypatch.setenv("APP_FIB_MAX_COUNT", "5")
    monkeypatch.setenv("APP_FIB_MAX_N", "50")
    client = create_app().test_client()
    assert client.get("/api/fibonacci?count=5").status_code == 200
    body = assert_problem(client.get("/api/fibonacci?count=6"), 400, "invalid-parameter")
    assert body["detail"] == "count must be an integer between 0 and 5"
    assert client.get("/api/fibonacci/50").status_code == 200
    assert_problem(client.get("/api/fibonacci/51"), 400, "invalid-parameter")


def test_test_config_overrides_environment(monkeypatch):
    monkeypatch.setenv("APP_FIB_MAX_N", "50")
    app = create_app({"FIB_MAX_N": 60})
    assert app.config["FIB_MAX_N"] == 60


@pytest.mark.parametrize(
    "config",
    [{"FIB_MAX_COUNT": -1}, {"FIB_MAX_COUNT": 20_001}, {"FIB_MAX_COUNT": "10"},
     {"FIB_MAX_N": True}, {"FIB_MAX_N": 1.5}],
)
def test_bad_config_fails_at_start(config):
    with pytest.raises(ValueError):
        create_app(config)


def test_not_debug(app):
    assert not app.debug


# Envelope and request ids


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "service": "compute"}
    assert GENERATED_ID.fullmatch(response.headers[REQUEST_ID_HEADER])


def test_request_id_echoed_on_success(client):
    response = client.get("/health", headers={REQUEST_ID_HEADER: "abc-123_X.y"})
    assert response.headers[REQUEST_ID_HEADER] == "abc-123_X.y"


def test_request_id_echoed_in_problem(client):
    response = client.get("/api/fibonacci/x", headers={REQUEST_ID_HEADER: "r" * 64})
    assert assert_problem(response, 400, "invalid-parameter")["request_id"] == "r" * 64


@pytest.mark.parametrize(
    "incoming", ["", "r" * 65, "has space", "semi;colon", "slash/", "é", "a\tb"]
)
def test_request_id_replaced_when_invalid(client, incoming):
    response = client.get("/nowhere", headers={REQUEST_ID_HEADER: incoming})
    body = assert_problem(response, 404)
    assert GENERATED_ID.fullmatch(body["request_id"])
    assert body["request_id"] != incoming


def test_request_ids_are_fresh(client):
    first = client.get("/health").headers[REQUEST_ID_HEADER]
    second = client.get("/health").headers[REQUEST_ID_HEADER]
    assert first != second


def test_unknown_url_404(client):
    body = assert_problem(client.get("/nowhere"), 404)
    assert body["title"] == "Not Found"
    assert body["status"] == 404


def test_method_not_allowed_405_keeps_allow(client):
    response = client.post("/api/fibonacci?count=1")
    body = assert_problem(response, 405)
    assert body["title"] == "Method Not Allowed"
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_head_has_no_body(client):
    response = client.head("/api/fibonacci/10")
    assert response.status_code == 200
    assert response.data == b""


def test_unexpected_exception_500(app, caplog):
    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/boom", headers={REQUEST_ID_HEADER: "req-1"})
    body = assert_problem(response, 500)
    assert body == {
        "type": "about:blank",
        "title": "Internal Server Error",
        "status": 500,
        "detail": INTERNAL_ERROR_DETAIL,
        "request_id": "req-1",
    }
    assert b"secret internals" not in response.data
    assert b"Traceback" not in response.data
    assert "req-1" in caplog.text
    assert "RuntimeError: secret internals" in caplog.text


def test_proxy_fix_uses_one_hop(app):
    @app.get("/peer")
    def peer():
        return {"remote_addr": request.remote_addr}

    response = app.test_client().get(
        "/peer", headers={"X-Forwarded-For": "203.0.113.9, 198.51.100.7"}
    )
    assert response.get_json() == {"remote_addr": "198.51.100.7"}


@pytest.mark.parametrize("path", ["/api/fibonacci?count=10",
                                  "/api/fibonacci/25", "/api/fibonacci/x",
                                  "/health"])
def test_answers_say_how_long_the_handler_ran(client, path):
    """Server-Timing app;dur=<ms>, cpu;dur=<ms> on every answer, errors
    too (the edge charges cost budgets with the first and learns the
    service's parallelism from the second)."""
    resp = client.get(path)
    m = re.fullmatch(r"app;dur=(\d+\.\d{3}), cpu;dur=(\d+\.\d{3})",
                     resp.headers["Server-Timing"])
    assert m and 0 <= float(m.group(1)) < 10_000
    assert 0 <= float(m.group(2)) < 10_000


def test_cpu_figure_is_the_handlers_cpu_not_its_wall_time(tmp_path):
    """cpu;dur counts the CPU the handler used: a stall (waiting, as on a
    slow dependency) adds to app;dur, not to cpu;dur."""
    switch = tmp_path / "stall"
    app = create_app({"TESTING": True, "STALL_FILE": str(switch)})
    c = app.test_client()
    switch.write_text("20")
    resp = c.get("/api/fibonacci/200000")
    assert resp.status_code == 200
    figures = dict(part.strip().split(";dur=")
                   for part in resp.headers["Server-Timing"].split(","))
    app_ms, cpu_ms = float(figures["app"]), float(figures["cpu"])
    assert cpu_ms > 0
    assert app_ms > 5 * cpu_ms


def test_stall_switch_multiplies_the_handler_time(tmp_path):
    """APP_STALL_FILE: while the file holds a factor, answers take that
    factor times their work (the load tests' slow-service switch); absent,
    nothing changes."""
    switch = tmp_path / "stall"
    app = create_app({"TESTING": True, "STALL_FILE": str(switch)})
    c = app.test_client()

    def dur():
        resp = c.get("/api/fibonacci/200000")
        assert resp.status_code == 200
        return float(resp.headers["Server-Timing"].split("dur=")[1]
                     .split(",")[0])
    base = min(dur() for _ in range(5))
    switch.write_text("20")
    slow = dur()
    assert slow > 10 * base
    switch.write_text("not a number")
    assert min(dur() for _ in range(3)) < slow / 5
