"""Property-based tests (hypothesis) of the services' validation, through
the Flask test client on a real SQLite file: for any input, the answer is a
success or the problem envelope with a 4xx (never a 500), and a success
happens exactly when the documented rules say so."""
import json
import re
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.checkins import create_app as checkins_app
from app.compute import create_app as compute_app

SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])
PROBLEM_KEYS = {"type", "title", "status", "detail", "request_id"}
USER = re.compile(r"[A-Za-z0-9_.-]{1,64}")
MAX_COUNT = 300


@pytest.fixture(scope="module")
def compute():
    return compute_app({"FIB_MAX_COUNT": MAX_COUNT, "FIB_MAX_N": 5000}).test_client()


@pytest.fixture(scope="module")
def checkins(tmp_path_factory):
    d = tmp_path_factory.mktemp("props")
    return checkins_app({"DATABASE": str(d / "c.sqlite3"),
                         "NOTE_MAX_LENGTH": 50}).test_client()


def outcome(response, ok_status):
    """ok_status, or the envelope with a 4xx; anything else fails."""
    assert response.status_code < 500, response.get_data(as_text=True)
    if response.status_code == ok_status:
        return True
    assert 400 <= response.status_code < 500
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert set(body) == PROBLEM_KEYS and body["status"] == response.status_code
    return False


text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@SETTINGS
@given(value=st.one_of(text, st.integers(-10, 10**6).map(str),
                       st.from_regex(r"\A[0-9]{1,25}\Z")))
def test_count_is_accepted_exactly_when_it_is_a_small_ascii_integer(compute, value):
    r = compute.get("/api/fibonacci", query_string={"count": value})
    valid = (re.fullmatch(r"[0-9]{1,20}", value) is not None
             and int(value) <= MAX_COUNT)
    assert outcome(r, 200) == valid, (value, r.status_code)
    if valid:
        assert len(r.get_json()["sequence"]) == int(value)


@SETTINGS
@given(args=st.lists(st.tuples(text, text), max_size=4))
def test_any_query_string_is_200_or_the_envelope(compute, args):
    r = compute.get("/api/fibonacci", query_string=args)
    names = [k for k, _ in args]
    valid = (names == ["count"] and re.fullmatch(r"[0-9]{1,20}", args[0][1])
             is not None and int(args[0][1]) <= MAX_COUNT)
    assert outcome(r, 200) == valid


@SETTINGS
@given(n=st.one_of(text.filter(lambda s: "/" not in s and s not in ("", ".", "..")),
                   st.integers(0, 6000).map(str)))
def test_nth_path_parameter(compute, n):
    from urllib.parse import quote
    r = compute.get("/api/fibonacci/" + quote(n, safe=""))
    valid = re.fullmatch(r"[0-9]{1,20}", n) is not None and int(n) <= 5000
    assert r.status_code in (200, 400, 404) and outcome(r, 200) == valid


@SETTINGS
@given(user=st.one_of(text, st.from_regex(r"\A[A-Za-z0-9_.-]{1,70}\Z")))
def test_user_names(checkins, user):
    from urllib.parse import quote
    if user in ("", ".", "..") or "/" in user:
        return  # not one path segment
    r = checkins.post("/api/checkins/" + quote(user, safe=""), json={"note": "n"})
    valid = USER.fullmatch(user) is not None
    assert outcome(r, 201) == valid, user


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | text,
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(text, inner, max_size=3),
    max_leaves=8)


@SETTINGS
@given(body=st.one_of(json_values,
                      st.dictionaries(st.sampled_from(["note", "x"]),
                                      json_values, max_size=2),
                      st.builds(lambda s: {"note": s}, text)))
def test_note_bodies(checkins, body):
    r = checkins.post("/api/checkins/prop", data=json.dumps(body),
                      content_type="application/json")
    valid = (isinstance(body, dict) and set(body) == {"note"}
             and isinstance(body["note"], str) and 1 <= len(body["note"]) <= 50)
    assert outcome(r, 201) == valid, body
    if valid:
        assert r.get_json()["note"] == body["note"]


@SETTINGS
@given(raw=st.binary(max_size=200),
       ctype=st.sampled_from(["application/json", "text/plain", "",
                              "application/json; charset=utf-8",
                              "multipart/form-data; boundary=x"]))
def test_any_bytes_as_a_body(checkins, raw, ctype):
    r = checkins.post("/api/checkins/bytes", data=raw, content_type=ctype)
    outcome(r, 201)


@SETTINGS
@given(key=st.text(alphabet=string.printable + "\u00e9", max_size=40))
def test_idempotency_keys(checkins, key):
    headers = {"Idempotency-Key": key}
    try:
        r1 = checkins.post("/api/checkins/keys", json={"note": "k"}, headers=headers)
    except ValueError:
        return  # werkzeug refuses to send a header with a newline
    if outcome(r1, 201):
        r2 = checkins.post("/api/checkins/keys", json={"note": "k"}, headers=headers)
        assert r2.status_code == 201 and r2.get_json() == r1.get_json()
        r3 = checkins.post("/api/checkins/keys", json={"note": "other"}, headers=headers)
        assert r3.status_code == 422


@SETTINGS
@given(q=text)
def test_search(checkins, q):
    r = checkins.get("/api/checkins/prop", query_string={"q": q})
    assert r.status_code in (200, 400, 404)
    outcome(r, 200)
