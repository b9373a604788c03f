"""Issue 12 at the services (Flask test client, real SQLite files): no
redirect built from the client's Host, database faults are 503 and never a
fresh empty store, Idempotency-Key on POST check-ins."""
import logging
import shutil
import sqlite3
from contextlib import closing

import pytest

from app.checkins import create_app as checkins_app
from app.compute import create_app as compute_app

PROBLEM = "application/problem+json"


def assert_problem(response, status, slug=None):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert body["status"] == status
    if slug:
        assert body["type"] == f"urn:edge:problem:{slug}"
    return body


def post(client, user, note, **kw):
    return client.post(f"/api/checkins/{user}", json={"note": note}, **kw)


@pytest.fixture()
def volume(tmp_path):
    d = tmp_path / "volume"
    d.mkdir()
    return d


@pytest.fixture()
def app(volume):
    return checkins_app({"TESTING": True, "DATABASE": str(volume / "c.sqlite3")})


# -- defect 5: no redirect built from the client's Host ---------------------

@pytest.mark.parametrize("make,path", [
    (compute_app, "/api//fibonacci?count=1"),
    (compute_app, "/api/fibonacci//3"),
    (checkins_app, "/api//checkins/alice"),
])
def test_double_slash_is_404_without_location(tmp_path, make, path):
    (tmp_path / "d").mkdir()
    app = make({"DATABASE": str(tmp_path / "d" / "c.sqlite3")})
    r = app.test_client().get(path, headers={"Host": "evil.example"})
    assert_problem(r, 404)
    assert "Location" not in r.headers


def test_created_location_is_a_path_not_the_clients_host(app):
    r = post(app.test_client(), "alice", "hi", headers={"Host": "evil.example"})
    assert r.status_code == 201
    assert r.headers["Location"] == "/api/checkins/alice"


# -- defect 6: database faults ------------------------------------------------

def test_missing_directory_is_never_created(tmp_path, caplog):
    gone = tmp_path / "unmounted"
    app = checkins_app({"DATABASE": str(gone / "c.sqlite3")})
    client = app.test_client()
    assert_problem(post(client, "amy", "hi"), 503, "database-unavailable")
    assert_problem(client.get("/health"), 503, "database-unavailable")
    assert not gone.exists()
    assert str(gone) in caplog.text


def test_deleted_directory_is_503_then_recovers_without_restart(app, volume, caplog):
    client = app.test_client()
    assert post(client, "bea", "before").status_code == 201
    aside = volume.with_name("aside")
    volume.rename(aside)
    caplog.clear()
    assert_problem(post(client, "bea", "during"), 503, "database-unavailable")
    assert_problem(client.get("/api/checkins/bea"), 503, "database-unavailable")
    assert not volume.exists(), "the missing volume was recreated"
    assert str(volume) in caplog.text
    aside.rename(volume)
    r = client.get("/api/checkins/bea")
    assert r.status_code == 200
    assert [n["note"] for n in r.get_json()["notes"]] == ["before"]
    assert post(client, "bea", "after").status_code == 201


def test_deleted_file_is_503_not_an_empty_store(app, volume):
    client = app.test_client()
    assert post(client, "cid", "x").status_code == 201
    for f in volume.iterdir():
        f.unlink()
    assert_problem(post(client, "cid", "y"), 503, "database-unavailable")
    assert list(volume.iterdir()) == []


def test_directory_replaced_by_a_file_is_503(app, volume):
    client = app.test_client()
    assert post(client, "dan", "x").status_code == 201
    shutil.rmtree(volume)
    volume.write_text("not a directory")
    assert_problem(post(client, "dan", "y"), 503, "database-unavailable")
    assert_problem(client.get("/health"), 503, "database-unavailable")


def test_corrupt_file_is_503(app, volume, caplog):
    client = app.test_client()
    assert post(client, "eve", "x").status_code == 201
    for f in volume.iterdir():
        f.unlink()
    (volume / "c.sqlite3").write_bytes(b"this is not a database" * 100)
    caplog.set_level(logging.ERROR)
    assert_problem(post(client, "eve", "y"), 503, "database-unavailable")
    assert_problem(client.get("/api/checkins/eve"), 503, "database-unavailable")
    assert "c.sqlite3" in caplog.text


# -- defect 8: Idempotency-Key ------------------------------------------------

KEY = '"8e03978e-40d5-43e8-bc93-6894a57f9324"'


def count(volume, user):
    with closing(sqlite3.connect(volume / "c.sqlite3")) as db:
        return db.execute("SELECT count(*) FROM checkins WHERE user = ?",
                          (user,)).fetchone()[0]


def test_same_key_same_body_answers_the_stored_record(app, volume):
    client = app.test_client()
    first = post(client, "fay", "once", headers={"Idempotency-Key": KEY})
    again = post(client, "fay", "once", headers={"Idempotency-Key": KEY})
    assert first.status_code == again.status_code == 201
    assert again.get_json() == first.get_json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert count(volume, "fay") == 1


def test_same_key_other_body_is_422(app, volume):
    client = app.test_client()
    assert post(client, "gus", "one", headers={"Idempotency-Key": KEY}).status_code == 201
    r = post(client, "gus", "two", headers={"Idempotency-Key": KEY})
    assert_problem(r, 422, "idempotency-key-reused")
    assert count(volume, "gus") == 1


def test_keys_are_per_user_and_without_key_every_post_stores(app, volume):
    client = app.test_client()
    assert post(client, "hal", "n", headers={"Idempotency-Key": KEY}).status_code == 201
    assert post(client, "ida", "n", headers={"Idempotency-Key": KEY}).status_code == 201
    assert post(client, "hal", "n").status_code == 201
    assert count(volume, "hal") == 2 and count(volume, "ida") == 1


@pytest.mark.parametrize("key", ['""', '"a\\"b"', "has space", "x" * 256, '"\u00e9"'])
def test_malformed_key_is_400(app, key):
    r = post(app.test_client(), "jon", "n", headers={"Idempotency-Key": key})
    assert_problem(r, 400, "invalid-idempotency-key")


def test_bare_token_key_is_accepted(app, volume):
    client = app.test_client()
    for _ in range(2):
        assert post(client, "kim", "n", headers={"Idempotency-Key": "abc-123"}).status_code == 201
    assert count(volume, "kim") == 1


def test_failed_write_with_a_key_stores_nothing(app, volume, monkeypatch):
    client = app.test_client()
    monkeypatch.setattr("app.checkins._insert", _boom)
    r = post(client, "lou", "n", headers={"Idempotency-Key": KEY})
    assert_problem(r, 503, "database-unavailable")
    monkeypatch.undo()
    # the key was not consumed: the retry stores the check-in
    r = post(client, "lou", "n", headers={"Idempotency-Key": KEY})
    assert r.status_code == 201 and "Idempotent-Replayed" not in r.headers
    assert count(volume, "lou") == 1


def _boom(*_args):
    raise sqlite3.OperationalError("disk I/O error")


def test_concurrent_retries_with_one_key_store_once(volume):
    """Two processes' worth of clients (two apps on one file) racing with the
    same key: one transaction wins, the other answers the stored record."""
    import threading
    path = str(volume / "c.sqlite3")
    apps = [checkins_app({"DATABASE": path}) for _ in range(2)]
    results = []
    start = threading.Barrier(4)

    def send(app):
        client = app.test_client()
        start.wait()
        r = post(client, "race", "same", headers={"Idempotency-Key": KEY})
        results.append((r.status_code, r.get_json()["id"]))

    threads = [threading.Thread(target=send, args=(apps[i % 2],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 4
    assert {status for status, _ in results} == {201}
    assert len({rid for _, rid in results}) == 1
    assert count(volume, "race") == 1
