"""Unit tests of the check-in service on a temporary SQLite database."""
import io
import json
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

import pytest
from werkzeug.test import EnvironBuilder, run_wsgi_app

from app import db as app_db
from app.checkins import Q_MAX_LENGTH, create_app
from app.errors import REQUEST_ID_HEADER

ENVELOPE_KEYS = {"type", "title", "status", "detail", "request_id"}
RECORD_KEYS = {"id", "user", "note", "created_at"}


@pytest.fixture()
def database(tmp_path):
    # the directory is the volume: it must exist (the service never makes it)
    (tmp_path / "data").mkdir()
    return str(tmp_path / "data" / "checkins.sqlite3")


@pytest.fixture()
def app(database):
    return create_app({"TESTING": True, "DATABASE": database})


@pytest.fixture()
def client(app):
    return app.test_client()


def post(client, user, note, **kwargs):
    return client.post(f"/api/checkins/{user}", json={"note": note}, **kwargs)


def assert_problem(response, status, slug=None):
    """Check the exact envelope and return its body."""
    assert response.status_code == status
    assert response.content_type == "application/problem+json"
    body = response.get_json(force=True)
    assert set(body) == ENVELOPE_KEYS
    assert body["type"] == (f"urn:edge:problem:{slug}" if slug else "about:blank")
    assert body["status"] == status
    assert body["request_id"] == response.headers[REQUEST_ID_HEADER]
    return body


# Writing


def test_create_returns_record(client):
    response = post(client, "alice", "hello", headers={REQUEST_ID_HEADER: "w-1"})
    assert response.status_code == 201
    assert response.headers["Location"] == "/api/checkins/alice"
    assert response.headers[REQUEST_ID_HEADER] == "w-1"
    record = response.get_json()
    assert set(record) == RECORD_KEYS
    assert record["user"] == "alice" and record["note"] == "hello"
    assert isinstance(record["id"], int)
    created = datetime.fromisoformat(record["created_at"])
    assert created.utcoffset() == timedelta(0)
    assert len(record["created_at"].split(".")[1]) == len("123456+00:00")


def test_round_trip_newest_first(client):
    records = [post(client, "bob", f"note {i}").get_json() for i in range(3)]
    post(client, "carol", "someone else")
    body = client.get("/api/checkins/bob").get_json()
    assert body == {
        "user": "bob",
        "last_seen": records[-1]["created_at"],
        "count": 3,
        "notes": records[::-1],
    }


def test_recent_limit_and_total_count(database):
    client = create_app({"DATABASE": database, "RECENT_LIMIT": 2}).test_client()
    for i in range(5):
        post(client, "dave", f"n{i}")
    body = client.get("/api/checkins/dave").get_json()
    assert body["count"] == 5
    assert [r["note"] for r in body["notes"]] == ["n4", "n3"]


@pytest.mark.parametrize(
    "note",
    ["'; DROP TABLE checkins; --", "100% _sure_ \\ [x]", "Robert'); --",
     "émoji 🎉 and 中文", "line\nbreak\ttab", "x", "\u0000nul"],
)
def test_notes_stored_verbatim(client, note):
    assert post(client, "eve", note).status_code == 201
    assert client.get("/api/checkins/eve").get_json()["notes"][0]["note"] == note


def test_note_at_max_length(client, app):
    note = "é" * app.config["NOTE_MAX_LENGTH"]
    assert post(client, "frank", note).status_code == 201


@pytest.mark.parametrize("user", ["a", "A.b-c_9", "x" * 64, "..."])
def test_valid_user_names(client, user):
    assert post(client, user, "hi").status_code == 201
    assert client.get(f"/api/checkins/{user}").get_json()["user"] == user


def test_durable_across_app_instances(database):
    writer = create_app({"DATABASE": database}).test_client()
    written = post(writer, "gina", "persisted").get_json()
    reader = create_app({"DATABASE": database}).test_client()
    assert reader.get("/api/checkins/gina").get_json()["notes"] == [written]
    with closing(sqlite3.connect(database)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(checkins)")}
    assert "checkins_user_id" in indexes


def test_connection_settings(app):
    with app.app_context():
        conn = app_db.get_db()
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_file_created_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "c.sqlite3"
    monkeypatch.setenv("APP_DATABASE", str(path))
    assert post(create_app().test_client(), "hank", "hi").status_code == 201
    assert path.exists()


def test_default_database_relative_to_working_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "var").mkdir()
    monkeypatch.delenv("APP_DATABASE", raising=False)
    assert post(create_app().test_client(), "ivy", "hi").status_code == 201
    assert (tmp_path / "var" / "checkins.sqlite3").exists()


# Reading and searching


def test_unknown_user_404(client):
    body = assert_problem(client.get("/api/checkins/nobody"), 404, "unknown-user")
    assert body["title"] == "Not Found"


def test_search_case_insensitive_newest_first(client):
    for note in ["Coffee at noon", "tea", "more COFFEE", "Straße"]:
        post(client, "jack", note)
    body = client.get("/api/checkins/jack?q=coffee").get_json()
    assert set(body) == {"user", "q", "notes"}
    assert body["user"] == "jack" and body["q"] == "coffee"
    assert [r["note"] for r in body["notes"]] == ["more COFFEE", "Coffee at noon"]
    assert all(set(r) == RECORD_KEYS for r in body["notes"])
    found = client.get("/api/checkins/jack", query_string={"q": "STRASSE"}).get_json()
    assert [r["note"] for r in found["notes"]] == ["Straße"]


@pytest.mark.parametrize(
    ("q", "expected"),
    [("%", ["100% sure"]), ("_", ["snake_case"]), ("\\", ["back\\slash"]),
     ("'", ["it's"]), ("' OR 1=1 --", []), ("[a]", [])],
)
def test_search_wildcards_are_literal(client, q, expected):
    for note in ["100% sure", "snake_case", "back\\slash", "it's", "plain"]:
        post(client, "kate", note)
    body = client.get("/api/checkins/kate", query_string={"q": q}).get_json()
    assert [r["note"] for r in body["notes"]] == expected


def test_search_limit(database):
    client = create_app({"DATABASE": database, "RECENT_LIMIT": 2}).test_client()
    for i in range(4):
        post(client, "liam", f"match {i}")
    notes = client.get("/api/checkins/liam?q=match").get_json()["notes"]
    assert [r["note"] for r in notes] == ["match 3", "match 2"]


def test_search_without_match_is_empty(client):
    post(client, "mia", "hello")
    body = client.get("/api/checkins/mia?q=zzz").get_json()
    assert body == {"user": "mia", "q": "zzz", "notes": []}


def test_search_unknown_user_404(client):
    assert_problem(client.get("/api/checkins/nobody?q=x"), 404, "unknown-user")


@pytest.mark.parametrize("q", ["", "x" * (Q_MAX_LENGTH + 1)])
def test_search_q_length(client, q):
    post(client, "noah", "hello")
    response = client.get("/api/checkins/noah", query_string={"q": q})
    body = assert_problem(response, 400, "invalid-parameter")
    assert body["detail"] == f"q must be 1 to {Q_MAX_LENGTH} characters"


def test_search_q_at_max_length(client):
    post(client, "noah", "hello")
    response = client.get("/api/checkins/noah", query_string={"q": "x" * Q_MAX_LENGTH})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["q=a&q=b", "q=a&x=1", "limit=5", "Q=a"])
def test_read_bad_parameters(client, query):
    post(client, "olga", "hello")
    assert_problem(client.get(f"/api/checkins/olga?{query}"), 400, "invalid-parameter")


def test_post_rejects_query_parameters(client):
    assert_problem(
        client.post("/api/checkins/olga?x=1", json={"note": "a"}), 400, "invalid-parameter"
    )


# Write errors


@pytest.mark.parametrize(
    "user", ["x" * 65, "a%20b", "%C3%A9", "a+b", "a@b", "a:b", "a%00", ".", ".."]
)
def test_bad_user_name(client, user):
    body = assert_problem(post(client, user, "hi"), 400, "invalid-user")
    assert "1 to 64 characters" in body["detail"]
    assert_problem(client.get(f"/api/checkins/{user}"), 400, "invalid-user")


@pytest.mark.parametrize("user", ["a/b", "a%2Fb"])
def test_slash_in_user_is_404(client, user):
    assert_problem(post(client, user, "hi"), 404)


def test_note_too_long(client, app):
    maximum = app.config["NOTE_MAX_LENGTH"]
    body = assert_problem(post(client, "pete", "x" * (maximum + 1)), 400, "invalid-note")
    assert body["detail"] == f"note must be a string of 1 to {maximum} characters"


def test_note_max_length_from_environment(database, monkeypatch):
    monkeypatch.setenv("APP_NOTE_MAX_LENGTH", "3")
    client = create_app({"DATABASE": database}).test_client()
    assert post(client, "pete", "abc").status_code == 201
    assert_problem(post(client, "pete", "abcd"), 400, "invalid-note")


@pytest.mark.parametrize("note", ["", 5, None, ["a"], {"a": 1}, True])
def test_note_wrong_type_or_empty(client, note):
    assert_problem(post(client, "quinn", note), 400, "invalid-note")


def test_note_lone_surrogate(client):
    response = client.post(
        "/api/checkins/quinn", data='{"note": "\\ud800"}', content_type="application/json"
    )
    assert_problem(response, 400, "invalid-note")


@pytest.mark.parametrize(
    "payload", [{}, {"text": "a"}, {"note": "a", "extra": 1}, {"note": "a", "Note": "b"}]
)
def test_missing_note_or_extra_keys(client, payload):
    body = assert_problem(
        client.post("/api/checkins/rita", json=payload), 400, "invalid-body"
    )
    assert body["detail"] == "The body must have exactly one key: note."


@pytest.mark.parametrize(
    "data",
    ['{"note": "a"', "note=a", "", "null", '"a"', "[1]", "42",
     '{"note": "a", "note": "b"}', "[" * 5000 + "]" * 5000, b"\xff\xfe{"],
)
def test_malformed_or_non_object_json(client, data):
    response = client.post(
        "/api/checkins/rita", data=data, content_type="application/json"
    )
    assert_problem(response, 400, "invalid-body")


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                     "multipart/form-data; boundary=x", "application/jsonx"],
)
def test_wrong_content_type_415(client, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post(
        "/api/checkins/sam", data=json.dumps({"note": "a"}), headers=headers
    )
    body = assert_problem(response, 415)
    assert body["title"] == "Unsupported Media Type"


def test_json_with_charset_accepted(client):
    response = client.post(
        "/api/checkins/sam",
        data=json.dumps({"note": "a"}),
        content_type="application/json; charset=utf-8",
    )
    assert response.status_code == 201


def test_oversized_body_413(client, app):
    size = app.config["MAX_CONTENT_LENGTH"] + 1
    data = json.dumps({"note": "x" * size})
    body = assert_problem(
        client.post("/api/checkins/tom", data=data, content_type="application/json"),
        413,
    )
    assert body["title"] == "Content Too Large"  # RFC 9110, as the edge says


def post_chunked(app, data):
    """POST a body without Content-Length, as gunicorn hands over a chunked one.

    The test client always sets Content-Length, so this calls the WSGI app.
    """
    environ = EnvironBuilder(
        path="/api/checkins/tom",
        method="POST",
        input_stream=io.BytesIO(data),
        content_type="application/json",
    ).get_environ()
    del environ["CONTENT_LENGTH"]
    environ["wsgi.input_terminated"] = True
    app_iter, status, headers = run_wsgi_app(app, environ, buffered=True)
    return app.response_class(b"".join(app_iter), status=status, headers=headers)


def test_chunked_body_accepted(app):
    response = post_chunked(app, b'{"note": "chunked"}')
    assert response.status_code == 201
    assert response.get_json()["note"] == "chunked"


@pytest.mark.parametrize("padding", [b"x", b" "])
def test_oversized_chunked_body_413(app, padding):
    # Spaces would leave a valid JSON prefix if the body were only truncated.
    data = b'{"note": "a"}' + padding * app.config["MAX_CONTENT_LENGTH"]
    assert_problem(post_chunked(app, data), 413)


def test_body_at_limit_is_read(database):
    client = create_app({"DATABASE": database, "MAX_CONTENT_LENGTH": 20}).test_client()
    data = json.dumps({"note": "x" * 8})  # exactly 20 bytes
    assert len(data) == 20
    response = client.post("/api/checkins/tom", data=data, content_type="application/json")
    assert response.status_code == 201


def test_method_not_allowed(client):
    response = client.delete("/api/checkins/uma")
    assert_problem(response, 405)
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS", "POST"}


# Health and failures


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "service": "checkins"}


def test_health_503_when_database_unusable(tmp_path, caplog):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    app = create_app({"DATABASE": str(blocker / "c.sqlite3")})
    body = assert_problem(app.test_client().get("/health"), 503, "database-unavailable")
    assert "unavailable" in body["detail"]
    assert "health check" in caplog.text


def test_locked_database_is_503(client, database, monkeypatch, caplog):
    post(client, "vic", "first")
    monkeypatch.setattr(app_db, "BUSY_TIMEOUT_SECONDS", 0.05)
    with closing(sqlite3.connect(database, isolation_level=None)) as blocker:
        blocker.execute("BEGIN EXCLUSIVE")
        response = post(client, "vic", "second")
        blocker.execute("ROLLBACK")
    assert_problem(response, 503, "database-unavailable")
    assert "database is locked" in caplog.text


@pytest.mark.parametrize(
    "config", [{"NOTE_MAX_LENGTH": 0}, {"RECENT_LIMIT": "20"}, {"MAX_CONTENT_LENGTH": None}]
)
def test_bad_config_fails_at_start(database, config):
    with pytest.raises(ValueError):
        create_app({"DATABASE": database, **config})


def test_connection_is_kept_across_requests(client, monkeypatch):
    """One connection per worker thread, not one per request (closing the
    last connection made SQLite checkpoint the WAL, fsyncs included, after
    every request)."""
    opened = []
    connect = app_db._connect

    def counting(path, create=False):
        opened.append(path)
        return connect(path, create)
    monkeypatch.setattr(app_db, "_connect", counting)
    app_db.discard()
    for i in range(3):
        assert post(client, "kim", f"note {i}").status_code == 201
    assert client.get("/api/checkins/kim").status_code == 200
    assert len(opened) == 1
