"""SQLite storage for check-ins, flaskr style: one connection per request."""
import os
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
"""
_SCHEMA_READY = "checkins.schema_ready"


def get_db():
    """The request's connection, opened on first use; creates the schema once."""
    if "db" not in g:
        path = current_app.config["DATABASE"]
        parent = os.path.dirname(path)
        if parent:
            os.makedirs(parent, exist_ok=True)
        # Autocommit: every statement is its own transaction, committed
        # before the response is sent.
        g.db = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
        )
        g.db.row_factory = sqlite3.Row
        g.db.execute("PRAGMA journal_mode=WAL")
        g.db.execute("PRAGMA synchronous=FULL")
        g.db.create_function("casefold", 1, str.casefold, deterministic=True)
        if not current_app.extensions.get(_SCHEMA_READY):
            init_db(g.db)
            current_app.extensions[_SCHEMA_READY] = True
    return g.db


def init_db(db):
    """Create the table and index if missing; safe for concurrent processes."""
    db.executescript(SCHEMA)


def close_db(error=None):
    """Close the request's connection, if one was opened."""
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_app(app):
    """Close the connection at the end of every request."""
    app.teardown_appcontext(close_db)
