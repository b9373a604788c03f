"""Check-in service: notes per user, stored in SQLite."""
import json
import re
import sqlite3
from datetime import datetime, timezone

from flask import Blueprint, Flask, current_app, request, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

from app import check_int_setting, db, errors, query_params
from app.errors import abort_problem, problem_response

USER_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,64}")
Q_MAX_LENGTH = 200
DATABASE_UNAVAILABLE = "The check-in database is unavailable."

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


@bp.post("/api/checkins/<user>")
def create(user):
    """Store a check-in; 201 with the record."""
    _check_user(user)
    query_params()
    note = _read_note()
    created_at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    cursor = db.get_db().execute(
        "INSERT INTO checkins (user, note, created_at) VALUES (?, ?, ?)",
        (user, note, created_at),
    )
    record = {
        "id": cursor.lastrowid,
        "user": user,
        "note": note,
        "created_at": created_at,
    }
    return record, 201, {"Location": url_for(".read", user=user)}


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
    except (sqlite3.Error, OSError):
        current_app.logger.exception("health check: database unavailable")
        abort_problem(503, DATABASE_UNAVAILABLE, "database-unavailable")
    return {"status": "ok", "service": "checkins"}


@bp.errorhandler(sqlite3.OperationalError)
def _database_unavailable(error):
    # Locked past the busy timeout, unreadable file, full disk: retryable.
    current_app.logger.error("database error", exc_info=error)
    return problem_response(503, DATABASE_UNAVAILABLE, "database-unavailable")


def create_app(test_config=None):
    """Build the check-in app: defaults, then APP_* environment, then test_config."""
    app = Flask(__name__)
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
    db.init_app(app)
    app.register_blueprint(bp)
    return app
