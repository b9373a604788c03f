"""WAF, part 5: a bad waf section stops the edge with a message naming the
field (schema, regexes compiled at load, cross-field rules)."""
import copy
import json

import pytest

from edgekit.stack import load_edge_config, run_edge_check

GOOD = load_edge_config()


def change(fn):
    conf = copy.deepcopy(GOOD)
    fn(conf)
    return conf


BAD = [
    ("unknown waf field", lambda c: c["waf"].update(mod="block"),
     "config.waf.mod: unknown field"),
    ("bad mode", lambda c: c["waf"].update(mode="blocking"),
     'config.waf.mode: expected one of "block", "detect", "off"'),
    ("paranoia range", lambda c: c["waf"].update(paranoia=5),
     "config.waf.paranoia: value must be at most 4"),
    ("unknown rule", lambda c: c["waf"].update(disabled_rules=["sqli-nope"]),
     'config.waf.disabled_rules[1]: unknown rule or class "sqli-nope"'),
    ("bad cidr", lambda c: c["waf"].update(deny=["10.0.0.0/40"]),
     "config.waf.deny[1]: prefix length of \"10.0.0.0/40\" must be at most 32"),
    ("not an address", lambda c: c["waf"].update(allow=["300.1.2.3"]),
     'config.waf.allow[1]: "300.1.2.3" is not an IP address'),
    ("ban blocks", lambda c: c["waf"]["ban"].update(blocks=0),
     "config.waf.ban.blocks: value must be at least 1"),
    ("exclusion without rules",
     lambda c: c["waf"].update(exclusions=[{"names": ["x"]}]),
     "config.waf.exclusions[1].rules: is required"),
    ("bad location",
     lambda c: c["waf"].update(exclusions=[{"rules": ["sqli"], "locations": ["url"]}]),
     "config.waf.exclusions[1].locations[1]: expected one of"),
    ("bad route regex",
     lambda c: c["routes"]["health"]["waf"].update(path={"pattern": "^(unclosed"}),
     "config.routes.health.waf.path.pattern: invalid regex"),
    ("bad arg pattern",
     lambda c: c["routes"]["checkins"]["waf"].update(args={"q": {"pattern": "[z-a]"}}),
     "config.routes.checkins.waf.args.q.pattern: invalid regex"),
    ("min over max",
     lambda c: c["routes"]["fibonacci"]["waf"].update(
         args={"count": {"type": "integer", "min": 5, "max": 1}}),
     "config.routes.fibonacci.waf.args.count: min must not be greater than max"),
    ("range on strings",
     lambda c: c["routes"]["checkins"]["waf"].update(args={"q": {"max": 3}}),
     "config.routes.checkins.waf.args.q: min/max apply to integer and number"),
    ("bad media type",
     lambda c: c["routes"]["checkins"]["waf"].update(content_types=["json"]),
     "config.routes.checkins.waf.content_types[1]"),
    ("bad compressed body",
     lambda c: c["routes"]["unknown"]["waf"].update(compressed_body="inspect"),
     'config.routes.unknown.waf.compressed_body: expected one of "reject", "size-only"'),
    ("bad route threshold",
     lambda c: c["routes"]["health"]["waf"].update(threshold=0),
     "config.routes.health.waf.threshold: value must be at least 1"),
]


@pytest.mark.parametrize("name,fn,message", BAD, ids=[b[0] for b in BAD])
def test_bad_waf_config_is_refused(tmp_path, name, fn, message):
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(change(fn)), encoding="utf-8")
    rc, out = run_edge_check(path, tmp_path)
    assert rc != 0, out
    assert message in out, out


def test_waf_section_may_be_omitted(tmp_path):
    conf = change(lambda c: c.pop("waf"))
    for route in conf["routes"].values():
        route.pop("waf", None)
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(conf), encoding="utf-8")
    rc, out = run_edge_check(path, tmp_path)
    assert rc == 0, out


def test_readme_rule_table_is_the_detectors_own():
    """README's rule table is made from the detectors' RULES records
    (tests/rules_table.py --write): a rule added, removed or re-scored in
    the code must show there."""
    import rules_table
    text, start, end = rules_table.readme_table()
    assert text[start:end] == rules_table.table()
