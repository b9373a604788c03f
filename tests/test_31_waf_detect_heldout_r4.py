"""WAF, part 2h: held-out probes, fourth round (issue 11), for the classes
the development corpora's remaining misses in "other" name, written here
BEFORE any rule was changed for them (no string taken from a corpus or a
public list: other characters, other markers, other encodings), through
the real edge (shipped config, bans off).

Classes:
- overlong-escaped: overlong UTF-8 in its long forms (4 bytes, and the
  5- and 6-byte forms of the pre-2003 UTF-8, which encode nothing but
  overlong characters or none at all) written as percent escapes, so that
  the application (or a second decoder) makes the bytes;
- format-positional: C format directives whose width or precision comes
  from a positional argument (%*2$x, %.*1$s, and the same without the
  number, %*$x): only printf's grammar has "*" then "$";
- crlf-split: a CR or LF escape split by a line break ("%0" CR LF "a"):
  once a filter deletes the line break, what remains is the escape of
  another one;
- control-runs: runs of backspaces or bells in a value: in a log viewer or
  terminal they erase or hide the text before them (log forging).
Each with benign look-alikes a public API receives: Latin-1 and cp1252
form values, real 4-byte UTF-8 (emoji), percentages and footnote stars,
prices, multi-line text with percentages at line ends, text with tabs and
form feeds.

Each attack is sent as a query value (URL-encoded once, and once more: the
edge decodes repeatedly) and as a JSON body field; each look-alike must
pass in the same placements. For the byte-level classes (overlong-escaped)
the escapes are the attacker's own: sent as written (the bytes reach the
application) and encoded once more (the escapes reach it); the JSON body
carries the escapes as text.

A probe the edge gets wrong is listed in KNOWN_MISSES or
KNOWN_FALSE_POSITIVES with the reason, and runs as a strict xfail: it
fails the suite the day it starts to pass, so the list stays true."""

import pytest

from wafkit import (WafEdge, assert_passes_everywhere,  # noqa: F401
                    assert_refused_everywhere, assert_tables_balanced,
                    no_lua_errors, probe_cases, probe_placements, session,
                    waf_config)

CONF = waf_config()

ATTACKS = {
    "overlong-escaped": [
        "%F0%80%80%AE%F0%80%80%AE%F0%80%80%AFboot.ini",
        "%F0%80%81%BCsvg onload=1%F0%80%81%BE",
        "%F8%80%80%80%AF",
        "%F8%80%80%80%AEtmp",
        "name%FC%80%80%80%80%A7",
        "%FC%80%80%80%80%BCx",
        "x%F0%80%80%8Ay",
    ],
    "format-positional": [
        "%*2$x", "%.*1$s", "%-*3$p", "%*$x", "%*$d%*$d", "ZZZZ%*$s",
        "%1$*2$n", "%0*4$u",
    ],
    "crlf-split": [
        "x%0%0d%0aa", "%0%0a%0dA%0%0a%0dD", "tag%%0d%0a0a",
        "z%0%0a%0ad%0%0a%0aa", "%0%0d%0aA",
    ],
    "control-runs": [
        "report.pdf\b\b\b\b\b\b\bexe",
        "ok\x07\x07\x07\x07\x07\x07",
        "user=guest\b\b\b\b\badmin",
        "done\x07\x07\x07 rm -rf",
    ],
    # second round, written after the first change and before the second
    # (2026-12-02): a marker run glued to MSVC's size prefix alone (the CRT
    # aborts on the incomplete directive); a redirect parameter by the
    # most common generic names (url, to, target) given a scheme-relative
    # URL inside a value
    "format-msvc": ["QQQQ%I", "zzzz%I64", "MMMM.%I32", "HHHH%I|"],
    "redirect-generic-name": [
        "/signin?url=//attacker.test/welcome", "/logout?to=//phish.test",
        "?target=//login-check.test/a", "/auth/cb?url=%2F%2Fattacker.test",
        "/sso?to=//[2001:db8::7]/x",
    ],
    # third round, written after the second change and before the third
    # (2026-12-02): loopback and internal hosts in spellings other than the
    # ones the SSRF rules read, and line breaks hidden in characters whose
    # low byte is CR or LF (servers that keep only a code point's low byte)
    "ipv4-short": [
        "http://127.1/", "https://10.1:8443/admin", "http://192.168.1/router",
        "ftp://127.0.1/pub", "fetch http://127.1:6379/ now",
    ],
    "embedded-ip-host": [
        "http://127.0.0.1.nip.io/", "https://10.0.0.5.sslip.io/admin",
        "http://169.254.169.254.nip.io/latest/meta-data/",
        "http://127-0-0-1.sslip.io:8080/", "http://192.168.0.10.xip.io/",
    ],
    "fqdn-dot": [
        "http://localhost./", "http://localhost.:6379/",
        "https://metadata.google.internal./computeMetadata/v1/",
        "http://kubernetes.default.svc.cluster.local./api",
    ],
    "unicode-crlf": [
        "x\u560a\u560dSet-Cookie: a=b", "q\u010a\u010dLocation: http://evil.test/",
        "\u560d\u560aContent-Length: 0", "ok\u050aHost: evil.test",
    ],
}

BENIGN = {
    "overlong-escaped": [
        # Latin-1 and cp1252 form values (one byte a letter), real UTF-8
        "Ni%F0ur", "M%F8ller", "%FCber+uns", "Gr%FC%DFe", "Per%FA%85",
        "Bj%F8rn+%C5kesson", "%F0%9F%98%80", "%F0%9F%91%8D%F0%9F%8F%BD",
        "caf%E9+cr%E8me",
    ],
    "format-positional": [
        "save 30%* (*members only)", "100%*", "a 50% $ discount",
        "costs 20% * 3", "up 5%; $12 now", "75%*2 = 150%",
    ],
    "crlf-split": [
        "Sales up 10%\r\n0 complaints", "rate: 50%\n0a1b2c is the commit",
        "line one\r\nline two", "progress 0%\r\n100%",
    ],
    "control-runs": [
        "col1\tcol2\tcol3", "chapter 1\fchapter 2", "first line\r\nsecond line",
        "bell \u2407 symbol", "a\bb",
    ],
    "format-msvc": ["ZZZZ% Interest", "Q4 2025: 12%I think", "aaaa%Income",
                    "WWWW%Impressions"],
    "redirect-generic-name": [
        "/img?url=/static/a.png", "?to=/inbox", "/go?url=https://docs.python.org/3/",
        "/share?url=https://example.com/post&title=Hi", "/feed?target=_blank",
        "/resize?url=//cdn.example.com/logo.png", "mail it to //shared/drive please",
    ],
    "ipv4-short": [
        "https://example.com/v1.2/api", "https://docs.python.org/3.12/library/",
        "Version 10.1/2 of the spec", "http://release-1.2.example.com/",
        "http://example.com:8080/1.2.3/",
    ],
    "embedded-ip-host": [
        "https://ec2-54-12-3-4.compute-1.amazonaws.com/", "https://10times.com/events",
        "https://127-things.example.com/", "https://1.2.3.4.example.org/",
    ],
    "fqdn-dot": [
        "Open http://localhost. Then log in.", "the host is localhost.",
        "http://localhost.example.com/", "https://example.com./",
    ],
    "unicode-crlf": [
        "cena 1000 K\u010d", "\u010ce\u0161tina: Content-Type je hlavi\u010dka",
        "\u560d Set-Cookie: explained", "Mal\u010dik Host: Jan",
    ],
}

# Classes whose escapes are the attacker's own (sent as written, and
# encoded once more), see the docstring.
ESCAPED = {"overlong-escaped"}
# A format directive works on the value the application gets: encoded
# twice, it reaches it as "%25*2$x", text (as in test_31_waf_detect_heldout:
# protocol-format-string reads the value as decoded once).
ONCE_ONLY = {"format-positional", "format-msvc"}

# Measured 2026-12-02 before any rule change for this round (commit
# e3e8767): 23 of 24 attacks passed (6 of 7 overlong-escaped, 8 of 8
# format-positional, 5 of 5 crlf-split, 4 of 4 control-runs), every
# look-alike passed. After protocol-encoding on the decoded value,
# positional widths in protocol-format-string, protocol-crlf-split and
# backspace/bell runs in protocol-terminal: 24 of 24 refused, every
# look-alike passes (one, "rate: 50%\n0a1b2c...", was refused by the first
# version of protocol-crlf-split, double-encoded: the rule now wants the
# escape to end where a "%" ends a line).
# Second round, measured before its change: 9 of 9 attacks passed, every
# look-alike passed. After MSVC's size prefix in the marker-run grammar and
# "to", "target" as redirect names: 7 of 9 refused. "url" was tried too
# and refused the image-proxy look-alike ("/resize?url=//cdn...") in every
# placement: left out, its two probes stay misses.
# (url= is left out of the redirect names: image proxies and link
# previews take a scheme-relative source there. The two probes that gave
# it to a sign-in path, "/signin?url=//..." and "/auth/cb?url=%2F%2F...",
# were strict xfails until issue 11's sixth round made any parameter of
# a sign-in or sign-out path a redirect target: test_31_waf_detect_heldout_r7.)
KNOWN_MISSES = {}
# Third round, measured before its change (commit after 730a5ad): 18 of
# 18 attacks passed, every look-alike passed. After inet_aton's short
# forms in rfi-ip-url, internal IPs inside wildcard-DNS names and the
# trailing dot in ssrf-internal, and protocol-crlf-unicode: 18 of 18
# refused, every look-alike passes.
KNOWN_FALSE_POSITIVES = {
}


ATTACK_CASES = probe_cases(ATTACKS, KNOWN_MISSES)
BENIGN_CASES = probe_cases(BENIGN, KNOWN_FALSE_POSITIVES)


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-heldout-r4"), CONF).start()
    yield e
    e.stop()


def statuses(session, edge, cls, value):
    """query (once and twice URL-encoded) and JSON body."""
    keep = "%+" if cls in ESCAPED else ""
    return probe_placements(session, edge, value, keep,
                            once_only=cls in ONCE_ONLY)


def test_tables_are_balanced():
    # every class has attacks and look-alikes, and none is both
    assert_tables_balanced(ATTACKS, BENIGN)


@pytest.mark.parametrize("cls,value", ATTACK_CASES)
def test_heldout_r4_attack_refused_everywhere(edge, session, cls, value):
    got = statuses(session, edge, cls, value)
    assert_refused_everywhere(got, cls, value)


@pytest.mark.parametrize("cls,value", BENIGN_CASES)
def test_heldout_r4_benign_passes(edge, session, cls, value):
    got = statuses(session, edge, cls, value)
    assert_passes_everywhere(got, cls, value)
