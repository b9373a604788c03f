"""WAF, the walk over a decoded JSON body (edge.waf.parse: an explicit
stack, no recursion), through the real edge on the shipped config: every
key and string value at any depth reaches the detectors with the name of
the key it belongs to (also after a nested object or array is done), and
the item budget (`max_json_items`: keys plus string values, checked at
each table entry) lets exactly its maximum through."""
import json

import pytest
import requests

from test_10_stack import assert_problem
from wafkit import (WafEdge, no_lua_errors, route_waf,  # noqa: F401
                    session, waf_config)

# the catch-all route (/probe) with a budget small enough for its
# max_body_bytes
MAX_ITEMS = 301
CONF = route_waf(waf_config(), "unknown", max_json_items=MAX_ITEMS)
XSS = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-json-walk"), CONF).start()
    yield e
    e.stop()


def post(session, edge, doc, rid=None):
    headers = {"Content-Type": "application/json"}
    if rid:
        headers["X-Request-ID"] = rid
    return session.post(edge.url + "/probe", data=json.dumps(doc, separators=(",", ":")),
                        headers=headers)


@pytest.mark.parametrize("doc", [
    [{"a": {"b": [1, 2]}}, [[["x"]]], XSS],
    [[[[[[XSS]]]]]],
    {"a": [{"b": [{"c": XSS}]}]},
    [{"a": 1}, {"b": {"c": {XSS: 1}}}],
    [[], {}, [{}], XSS],
])
def test_values_and_keys_at_any_depth_are_inspected(session, edge, doc):
    r = post(session, edge, doc)
    assert r.status_code == 403, r.text


def test_a_value_keeps_its_key_name_after_a_nested_level(session, edge):
    # the array's last value comes after a nested array and object were
    # walked: its name is still "outer" (the audit line says so)
    doc = {"outer": [[{"inner": [1, {"deeper": 2}]}], [[]], XSS]}
    r = post(session, edge, doc, rid="json-walk-name-1")
    assert r.status_code == 403
    matches = edge.audit_for("json-walk-name-1")["matches"]
    assert matches and {m["name"] for m in matches} == {"outer"}
    assert {m["where"] for m in matches} == {"body"}


def test_array_values_take_the_enclosing_key_name(session, edge):
    doc = {"a": {"b": 1}, "list": [1, [2, [XSS]]]}
    r = post(session, edge, doc, rid="json-walk-name-2")
    assert r.status_code == 403
    matches = edge.audit_for("json-walk-name-2")["matches"]
    assert matches and {m["name"] for m in matches} == {"list"}


def test_repeated_keys_are_inspected_once_and_new_ones_still_are(session,
                                                                  edge):
    # an array of objects repeats its keys: each distinct key is inspected
    # (once); a key seen for the first time after many repeats still is
    rows = [{"name": "flat white", "qty": 2}] * 40
    ok = post(session, edge, rows)
    assert ok.status_code == 404, ok.text
    doc = rows + [{"name": "x", "qty" + XSS: 2}]
    r = post(session, edge, doc, rid="json-walk-keys-1")
    assert r.status_code == 403, r.text
    # the attack key in every object: reported once, where it first was
    doc = [{XSS: i} for i in range(30)]
    r = post(session, edge, doc, rid="json-walk-keys-2")
    assert r.status_code == 403, r.text
    matches = edge.audit_for("json-walk-keys-2")["matches"]
    assert len({m["rule"] for m in matches}) == len(matches)


def test_the_item_budget_lets_its_maximum_through(session, edge):
    # {"n": [0, 1, ...]}: one entry for "n", one per number
    ok = post(session, edge, {"n": list(range(MAX_ITEMS - 1))})
    assert ok.status_code != 400, ok.text
    over = post(session, edge, {"n": list(range(MAX_ITEMS))})
    assert_problem(over, 400)


def test_string_values_count_towards_the_budget(session, edge):
    # {"s": ["a", ...]}: the k-th string's entry is checked with 2k items
    # counted (the entry "s", then an entry and a string per element)
    k = MAX_ITEMS // 2
    ok = post(session, edge, {"s": ["a"] * k})
    assert ok.status_code != 400, ok.text
    over = post(session, edge, {"s": ["a"] * (k + 1)})
    assert_problem(over, 400)


def test_nested_budget_counts_every_level(session, edge):
    # entries of objects nested in arrays count like top-level ones
    per = 4
    n_objs = MAX_ITEMS // (per + 1)
    doc = [{f"k{j}": j for j in range(per)} for _ in range(n_objs)]
    used = n_objs * (per + 1)
    ok = post(session, edge, doc)
    assert ok.status_code != 400, ok.text
    doc.append({f"k{j}": j for j in range(MAX_ITEMS - used + 1)})
    over = post(session, edge, doc)
    assert_problem(over, 400)


# -- nothing inspected (mode off): the items are only counted ---------------

@pytest.fixture(scope="module")
def edge_off(tmp_path_factory):
    conf = route_waf(waf_config(), "unknown", max_json_items=MAX_ITEMS,
                     mode="off")
    e = WafEdge(tmp_path_factory.mktemp("waf-json-count"), conf).start()
    yield e
    e.stop()


@pytest.mark.parametrize("doc,ok", [
    ({"n": list(range(MAX_ITEMS - 1))}, True),
    ({"n": list(range(MAX_ITEMS))}, False),
    ({"s": ["a"] * (MAX_ITEMS // 2)}, True),
    ({"s": ["a"] * (MAX_ITEMS // 2 + 1)}, False),
    ([{"k": [XSS]}] * (MAX_ITEMS // 4), True),
    ([{"k": [XSS]}] * (MAX_ITEMS // 4 + 1), False),
])
def test_with_detection_off_the_same_budget_holds(session, edge, edge_off,
                                                  doc, ok):
    # each {"k": [XSS]}: the array entry, "k", the string's entry and the
    # string itself
    r = post(session, edge_off, doc)
    if ok:
        assert r.status_code == 404, r.text      # passed: no inspection
    else:
        assert_problem(r, 400)
