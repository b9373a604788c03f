"""SQLite storage for check-ins, flaskr style: one connection per request.

The database file is created only at start-up (create_app -> init_app), and
only inside a directory that exists: a missing directory is a missing volume,
and must never turn into an empty store that accepts writes. Requests open
the file read-write without creating it, so while the file or its directory
is gone (or unreadable, or corrupt) every request is a 503 whose log line
names the path, and the service recovers by itself when it comes back.
"""
import os
import pathlib
import sqlite3

from flask import current_app, g

BUSY_TIMEOUT_SECONDS = 5.0
SCHEMA = """
CREATE TABLE IF NOT EXISTS checkins (
    id INTEGER PRIMARY KEY,
    user TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS checkins_user_id ON checkins (user, id);
CREATE TABLE IF NOT EXISTS idempotency (
    user TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    checkin_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user, key)
);
CREATE INDEX IF NOT EXISTS idempotency_created ON idempotency (created_at);
"""
_SCHEMA_READY = "checkins.schema_ready"


class DatabaseUnavailable(Exception):
    """The database cannot be used; the message names the path."""


def _connect(path, create=False):
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise DatabaseUnavailable(
            f"database directory {parent} does not exist (or is not a "
            f"directory): not creating it, a missing volume is not an empty store"
        )
    mode = "rwc" if create else "rw"
    uri = pathlib.Path(os.path.abspath(path)).as_uri() + f"?mode={mode}"
    try:
        # Autocommit: every statement is its own transaction, committed
        # before the response is sent (explicit BEGIN for multi-statement
        # writes).
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise DatabaseUnavailable(f"database {path}: {exc}") from exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.create_function("casefold", 1, str.casefold, deterministic=True)
    except sqlite3.Error as exc:
        conn.close()
        raise DatabaseUnavailable(f"database {path}: {exc}") from exc
    return conn


def get_db():
    """The request's connection, opened on first use (never creates the file)."""
    if "db" not in g:
        g.db = _connect(current_app.config["DATABASE"])
        if not current_app.extensions.get(_SCHEMA_READY):
            init_db(g.db)
            current_app.extensions[_SCHEMA_READY] = True
    return g.db


def init_db(db):
    """Create the tables and indexes if missing; safe for concurrent processes."""
    db.executescript(SCHEMA)


def close_db(error=None):
    """Close the request's connection, if one was opened."""
    db = g.pop("db", None)
    if db is not None:
        db.close()


def create_database(app):
    """At start-up: create the file and schema if the directory exists; log
    (naming the path) and carry on unready if it cannot be used."""
    path = app.config["DATABASE"]
    try:
        conn = _connect(path, create=True)
    except DatabaseUnavailable as exc:
        app.logger.error("check-in database unavailable at start-up: %s", exc)
        return False
    try:
        init_db(conn)
        app.extensions[_SCHEMA_READY] = True
    except sqlite3.Error as exc:
        app.logger.error("check-in database %s unusable at start-up: %s", path, exc)
        return False
    finally:
        conn.close()
    return True


def init_app(app):
    """Create the database if it can be; close connections after requests."""
    create_database(app)
    app.teardown_appcontext(close_db)
