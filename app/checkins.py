"""Check-in service: notes per user, stored in SQLite."""
import hashlib
import inspect
import json
import re
import sqlite3
from datetime import datetime, timedelta, timezone

from flask import Blueprint, Flask, current_app, request, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

from app import (check_int_setting, db, errors, init_server_timing, openapi,
                 query_params)
from app.errors import abort_problem, problem_response
from app.openapi import health_path, json_response, pattern, problem_responses

USER_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,64}")
Q_MAX_LENGTH = 200
DATABASE_UNAVAILABLE = "The check-in database is unavailable."
# Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): a Structured
# Field string, "..." (a bare token is accepted too); stored answers are kept
# this long.
IDEMPOTENCY_KEY = re.compile(r'"([\x20\x21\x23-\x5b\x5d-\x7e]{1,255})"|([A-Za-z0-9._:~+/=-]{1,255})')
IDEMPOTENCY_TTL = timedelta(hours=24)

bp = Blueprint("checkins", __name__)


def _check_user(user):
    # "." and ".." match the pattern but are dot segments in a URL path.
    if not USER_PATTERN.fullmatch(user) or user in (".", ".."):
        abort_problem(
            400,
            "user must be 1 to 64 characters from A-Z a-z 0-9 _ . - "
            "(and not '.' or '..')",
            "invalid-user",
        )


def _unique_keys(pairs):
    keys = [key for key, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key in JSON object")
    return dict(pairs)


def _read_note():
    """Validate the body {"note": "<text>"} and return the note."""
    if not request.is_json:
        abort_problem(
            415, "The request body must be JSON (Content-Type: application/json)."
        )
    data = request.get_data()
    # A body without Content-Length (chunked) is cut at MAX_CONTENT_LENGTH
    # rather than refused; reading past the cut raises 413.
    request.stream.read(1)
    try:
        body = json.loads(data, object_pairs_hook=_unique_keys)
    except (ValueError, RecursionError):
        body = None
    if not isinstance(body, dict):
        abort_problem(
            400,
            'The request body must be a JSON object like {"note": "..."} '
            "without duplicate keys.",
            "invalid-body",
        )
    if set(body) != {"note"}:
        abort_problem(
            400, "The body must have exactly one key: note.", "invalid-body"
        )
    note = body["note"]
    max_length = current_app.config["NOTE_MAX_LENGTH"]
    if not isinstance(note, str) or not 1 <= len(note) <= max_length:
        abort_problem(
            400,
            f"note must be a string of 1 to {max_length} characters",
            "invalid-note",
        )
    try:
        note.encode("utf-8")
    except UnicodeEncodeError:
        abort_problem(400, "note must not contain lone surrogates", "invalid-note")
    return note


def _record(row):
    return {key: row[key] for key in ("id", "user", "note", "created_at")}


def _unknown_user():
    abort_problem(404, "This user has no check-ins.", "unknown-user")


def _idempotency_key():
    """The request's Idempotency-Key, or None; 400 when malformed."""
    raw = request.headers.get("Idempotency-Key")
    if raw is None:
        return None
    match = IDEMPOTENCY_KEY.fullmatch(raw.strip())
    if not match:
        abort_problem(
            400,
            "Idempotency-Key must be a quoted string of 1 to 255 printable "
            'ASCII characters, e.g. "8e03978e-40d5-43e8-bc93-6894a57f9324"',
            "invalid-idempotency-key",
        )
    return match.group(1) or match.group(2)


def _insert(conn, user, note, created_at):
    cursor = conn.execute(
        "INSERT INTO checkins (user, note, created_at) VALUES (?, ?, ?)",
        (user, note, created_at),
    )
    return {"id": cursor.lastrowid, "user": user, "note": note,
            "created_at": created_at}


def _create_once(conn, user, key, note, created_at):
    """Insert unless (user, key) was seen: then the stored record, or 422
    when that key came with another body. One transaction: a client
    retrying after a lost answer gets the first answer, never a duplicate."""
    fingerprint = hashlib.sha256(note.encode("utf-8")).hexdigest()
    conn.execute("BEGIN IMMEDIATE")
    try:
        expired = (datetime.now(timezone.utc) - IDEMPOTENCY_TTL).isoformat(
            timespec="microseconds")
        conn.execute("DELETE FROM idempotency WHERE created_at < ?", (expired,))
        seen = conn.execute(
            "SELECT fingerprint, checkin_id FROM idempotency"
            " WHERE user = ? AND key = ?", (user, key)).fetchone()
        if seen is None:
            record = _insert(conn, user, note, created_at)
            conn.execute(
                "INSERT INTO idempotency (user, key, fingerprint, checkin_id,"
                " created_at) VALUES (?, ?, ?, ?, ?)",
                (user, key, fingerprint, record["id"], created_at))
            conn.execute("COMMIT")
            return record, False
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if seen["fingerprint"] != fingerprint:
        abort_problem(
            422,
            "This Idempotency-Key was already used with a different request "
            "body; use a new key for a new check-in.",
            "idempotency-key-reused",
        )
    row = conn.execute(
        "SELECT id, user, note, created_at FROM checkins WHERE id = ?",
        (seen["checkin_id"],)).fetchone()
    return _record(row), True


@bp.post("/api/checkins/<user>")
def create(user):
    """Store a check-in; 201 with the record. With an Idempotency-Key, a
    repeat of the same request answers the stored record again."""
    _check_user(user)
    query_params()
    key = _idempotency_key()
    note = _read_note()
    created_at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    conn = db.get_db()
    headers = {"Location": url_for(".read", user=user)}
    if key is None:
        record = _insert(conn, user, note, created_at)
    else:
        record, replayed = _create_once(conn, user, key, note, created_at)
        if replayed:
            headers["Idempotent-Replayed"] = "true"
    return record, 201, headers


@bp.get("/api/checkins/<user>")
def read(user):
    """The user's recent check-ins, newest first, or a search with ?q=."""
    _check_user(user)
    params = query_params("q")
    if "q" in params:
        return _search(user, params["q"])
    # One statement, so the count and the rows come from one snapshot.
    rows = db.get_db().execute(
        "SELECT id, user, note, created_at,"
        " (SELECT count(*) FROM checkins WHERE user = :user) AS total"
        " FROM checkins WHERE user = :user ORDER BY id DESC LIMIT :limit",
        {"user": user, "limit": current_app.config["RECENT_LIMIT"]},
    ).fetchall()
    if not rows:
        _unknown_user()
    return {
        "user": user,
        "last_seen": rows[0]["created_at"],
        "count": rows[0]["total"],
        "notes": [_record(row) for row in rows],
    }


def _search(user, q):
    """Case-insensitive (Unicode casefold) substring search, newest first."""
    if not 1 <= len(q) <= Q_MAX_LENGTH:
        abort_problem(
            400, f"q must be 1 to {Q_MAX_LENGTH} characters", "invalid-parameter"
        )
    conn = db.get_db()
    rows = conn.execute(
        "SELECT id, user, note, created_at FROM checkins"
        " WHERE user = :user AND instr(casefold(note), casefold(:q)) > 0"
        " ORDER BY id DESC LIMIT :limit",
        {"user": user, "q": q, "limit": current_app.config["RECENT_LIMIT"]},
    ).fetchall()
    if not rows and conn.execute(
        "SELECT 1 FROM checkins WHERE user = ? LIMIT 1", (user,)
    ).fetchone() is None:
        _unknown_user()
    return {"user": user, "q": q, "notes": [_record(row) for row in rows]}


@bp.get("/health")
def health():
    """Readiness: the database answers a query."""
    try:
        db.get_db().execute("SELECT 1 FROM checkins LIMIT 1").fetchall()
    except (sqlite3.Error, OSError, db.DatabaseUnavailable) as exc:
        db.discard()
        current_app.logger.error(
            "health check: database %s unavailable: %s",
            current_app.config["DATABASE"], exc)
        abort_problem(503, DATABASE_UNAVAILABLE, "database-unavailable")
    return {"status": "ok", "service": "checkins"}


def _database_unavailable(error):
    # Locked past the busy timeout, missing or unreadable file or directory,
    # corrupt file, full disk: 503, retryable; the log names the path (the
    # client is not told where the server keeps its files).
    current_app.logger.error(
        "database error at %s: %s", current_app.config["DATABASE"], error,
        exc_info=not isinstance(error, db.DatabaseUnavailable))
    # a connection that met an error is not kept
    db.discard()
    return problem_response(503, DATABASE_UNAVAILABLE, "database-unavailable")


def describe(spec, config):
    """The routes above in the OpenAPI document, bounds from `config`."""
    spec.components.parameter("user", "path", {
        "required": True,
        "description": "The user's name (not '.' or '..': dot segments).",
        "schema": {"type": "string", "pattern": pattern(USER_PATTERN),
                   "not": {"enum": [".", ".."]}}})
    note = {"type": "string", "minLength": 1,
            "maxLength": config["NOTE_MAX_LENGTH"]}
    spec.components.schema("Checkin", {
        "type": "object", "required": ["id", "user", "note", "created_at"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "integer", "minimum": 1},
            "user": {"type": "string", "pattern": pattern(USER_PATTERN)},
            "note": note,
            "created_at": {"type": "string", "format": "date-time"}}})
    notes = {"type": "array", "items": "Checkin",
             "maxItems": config["RECENT_LIMIT"]}
    user = {"type": "string", "pattern": pattern(USER_PATTERN)}
    q = {"type": "string", "minLength": 1, "maxLength": Q_MAX_LENGTH}
    spec.path(path="/api/checkins/{user}", parameters=["user"], operations={
        "post": {
            "operationId": "createCheckin",
            "description": inspect.getdoc(create),
            "x-unknown-parameters": "reject",
            "parameters": [{
                "name": "Idempotency-Key", "in": "header", "required": False,
                "description": "A repeat with the same key and body answers "
                               "the stored record again (for 24 hours).",
                "schema": {"type": "string",
                           "pattern": pattern(IDEMPOTENCY_KEY)}}],
            "requestBody": {
                "required": True,
                "description": "Exactly one key, no duplicate keys, at most "
                               f"{config['MAX_CONTENT_LENGTH']} bytes.",
                "content": {"application/json": {"schema": {
                    "type": "object", "required": ["note"],
                    "additionalProperties": False,
                    "properties": {"note": note}}}}},
            "responses": {
                "201": json_response("Stored (or replayed).", "Checkin", {
                    "Location": {"required": True,
                                 "schema": {"type": "string"}},
                    "Idempotent-Replayed": {"schema": {"const": "true"}}}),
                **problem_responses(400, 413, 415, 422, 503)}},
        "get": {
            "operationId": "readCheckins",
            "description": inspect.getdoc(read),
            "x-unknown-parameters": "reject",
            "parameters": [{
                "name": "q", "in": "query", "required": False,
                "description": "Search the notes for this text "
                               "(case-insensitive).",
                "schema": q}],
            "responses": {
                "200": json_response("Recent check-ins, or search results.", {
                    "oneOf": [
                        {"type": "object", "additionalProperties": False,
                         "required": ["user", "last_seen", "count", "notes"],
                         "properties": {
                             "user": user,
                             "last_seen": {"type": "string",
                                           "format": "date-time"},
                             "count": {"type": "integer", "minimum": 1},
                             "notes": {**notes, "minItems": 1}}},
                        {"type": "object", "additionalProperties": False,
                         "required": ["user", "q", "notes"],
                         "properties": {"user": user, "q": q,
                                        "notes": notes}}]}),
                **problem_responses(400, 404, 503)}}})
    health_path(spec, "checkins", health,
                "Up, and the database answers.", (503,))


def create_app(test_config=None):
    """Build the check-in app: defaults, then APP_* environment, then test_config."""
    app = Flask(__name__, static_folder=None)  # no static files: no /static route
    app.config.from_mapping(
        DATABASE="var/checkins.sqlite3",
        NOTE_MAX_LENGTH=2000,
        RECENT_LIMIT=20,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.config.from_prefixed_env("APP")
    if test_config is not None:
        app.config.from_mapping(test_config)
    check_int_setting(app.config, "NOTE_MAX_LENGTH", 1)
    check_int_setting(app.config, "RECENT_LIMIT", 1)
    check_int_setting(app.config, "MAX_CONTENT_LENGTH", 1)

    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)
    errors.init_app(app)
    init_server_timing(app)
    for error in (sqlite3.Error, OSError, db.DatabaseUnavailable):
        app.register_error_handler(error, _database_unavailable)
    db.init_app(app)
    app.register_blueprint(bp)
    openapi.init_app(app, "checkins", __doc__, describe)
    return app
