"""SQLite storage for check-ins: one connection per worker thread, kept
across requests.

The database file is created only at start-up (create_app -> init_app), and
only inside a directory that exists: a missing directory is a missing volume,
and must never turn into an empty store that accepts writes. Connections
open the file read-write without creating it, so while the file or its
directory is gone (or unreadable, or corrupt) every request is a 503 whose
log line names the path, and the service recovers by itself when it comes
back.

The connection is kept (flaskr's one connection per request made SQLite
checkpoint the WAL into the database file, with its fsyncs, every time the
request's connection, the last one, closed: a check-in spent more time
after its handler than in it, and hundreds of milliseconds when the disk
was busy). Each request first checks that the file at the path is still
the one the kept connection has open (device and inode: a file removed,
moved away or replaced is reopened, or is a 503, never written to unseen),
and a connection that ends a request inside a transaction, or meets a
database error, is closed (rolled back) and opened afresh next time.
"""
import os
import pathlib
import sqlite3
import threading

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


# This thread's kept connection: (key, connection, (device, inode)).
_kept = threading.local()


def _identity(path):
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _connection(path):
    """This thread's connection to the file at `path`, kept while it is
    the same file (never creates it)."""
    key = (os.path.abspath(path), BUSY_TIMEOUT_SECONDS, os.getpid())
    kept = getattr(_kept, "entry", None)
    try:
        now = _identity(path)
    except OSError:
        now = None
    if kept is not None and kept[0] == key and now is not None \
            and kept[2] == now:
        return kept[1]
    discard()
    conn = _connect(path)
    try:
        _kept.entry = (key, conn, _identity(path))
    except OSError as exc:
        conn.close()
        raise DatabaseUnavailable(f"database {path}: {exc}") from exc
    return conn


def discard():
    """Close this thread's kept connection (rolling back what it left
    open); the next request opens another."""
    kept = getattr(_kept, "entry", None)
    _kept.entry = None
    if kept is not None:
        try:
            kept[1].close()
        except sqlite3.Error:
            pass


def get_db():
    """The request's connection: this thread's kept one (see above)."""
    if "db" not in g:
        g.db = _connection(current_app.config["DATABASE"])
        if not current_app.extensions.get(_SCHEMA_READY):
            init_db(g.db)
            current_app.extensions[_SCHEMA_READY] = True
    return g.db


def init_db(db):
    """Create the tables and indexes if missing; safe for concurrent processes."""
    db.executescript(SCHEMA)


def close_db(error=None):
    """End the request's use of the connection: kept, unless the request
    failed or left a transaction open (then closed: rolled back)."""
    db = g.pop("db", None)
    kept = getattr(_kept, "entry", None)
    if db is None or kept is None or kept[1] is not db:
        return    # (discarded already: an error handler did)
    if error is not None or db.in_transaction:
        discard()


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
